"""cXML 1.2: OrderRequest in, ConfirmationRequest out (POSTed with shared-secret credentials).

Inbound XML is parsed without network access or entity expansion (a partner's
DOCTYPE never makes us fetch anything). Errors name the element and its line.

Outbound: ConfirmationHeader type is accept / reject / detail for the whole
order; each line is a ConfirmationItem (the ordered quantity) whose
ConfirmationStatus parts sum to it: accepted or changed parts (with UnitPrice
when the price changed and deliveryDate/shipmentDate), backordered parts and
a reject part for a short quantity. Documents declare the Fulfill.dtd of
cXML 1.2.063 and validate against it (tests/fixtures/cxml).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any
from xml.sax.saxutils import escape, quoteattr

from connectors import mapping
from connectors.base import Connector, Document, DocumentError, Inbound, RenderContext

if TYPE_CHECKING:
    from agent.config import PartnerSettings

CXML_VERSION = "1.2.063"
DOCTYPE = f'<!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/{CXML_VERSION}/Fulfill.dtd">'
HEADER_TYPE = {mapping.PO_ACCEPTED: "accept", mapping.PO_REJECTED: "reject"}
# X12 ACK01 -> ConfirmationStatus@type.
STATUS_TYPE = {mapping.ACCEPTED: "accept", mapping.REJECTED: "reject",
               mapping.BACKORDERED: "backordered"}  # fmt: skip
DATE_ATTRIBUTE = {"delivery": "deliveryDate", "ship": "shipmentDate"}
REQUESTED_ATTRIBUTE = {"delivery": "requestedDeliveryDate", "ship": "requestedShipmentDate"}
SECRET_MARK = "@@poagent:cxml-shared-secret@@"


def _parse_xml(data: bytes) -> Any:
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    )
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise DocumentError(f"line {exc.lineno}", f"not well-formed XML: {exc.msg}") from None


def _where(el: Any, attr: str | None = None) -> str:
    at = f", attribute {attr}" if attr else ""
    return f"element {el.tag} at line {el.sourceline}{at}"


def _attr(el: Any, name: str) -> str:
    value = (el.get(name) or "").strip()
    if not value:
        raise DocumentError(_where(el, name), "is required")
    return value


def _day(el: Any, name: str) -> date | None:
    value = (el.get(name) or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise DocumentError(_where(el, name), f"{value!r} is not an ISO 8601 date") from None


def _num(el: Any, text: str, what: str) -> str:
    try:
        Decimal(text)
    except InvalidOperation:
        raise DocumentError(_where(el), f"{what} {text!r} is not a number") from None
    return text


def _child(el: Any, path: str) -> Any:
    found = el.find(path)
    if found is None:
        raise DocumentError(_where(el), f"has no {path}")
    return found


def _contact(header: Any, roles: tuple[str, ...]) -> dict[str, Any] | None:
    for contact in header.findall("Contact"):
        if contact.get("role") in roles:
            return {"name": (contact.findtext("Name") or "").strip() or None,
                    "email": (contact.findtext("Email") or "").strip() or None}  # fmt: skip
    return None


class CxmlConnector(Connector):
    format = "cxml"
    extensions = (".xml", ".cxml")
    media_type = "text/xml; charset=utf-8"

    @classmethod
    def sniff(cls, data: bytes) -> bool:
        return b"<cXML" in data[:4096]

    @classmethod
    def sender_id(cls, data: bytes) -> str | None:
        try:
            root = _parse_xml(data)
        except DocumentError:
            return None
        return root.findtext("Header/From/Credential/Identity")

    @classmethod
    def partner_key(cls, partner: PartnerSettings) -> str | None:
        return partner.cxml_identity

    def parse(self, data: bytes, partner: PartnerSettings) -> Inbound:
        root = _parse_xml(data)
        if root.tag != "cXML":
            raise DocumentError(_where(root), "the root element must be cXML")
        orders = root.findall("Request/OrderRequest")
        if not orders:
            raise DocumentError(_where(root), "holds no Request/OrderRequest")
        supplier_id = (root.findtext("Header/To/Credential/Identity") or "").strip()
        records, sources = [], []
        for order in orders:
            header = _child(order, "OrderRequestHeader")
            if header.get("type", "new") not in ("new", "update"):
                raise DocumentError(_where(header, "type"), f"unknown type {header.get('type')!r}")
            money = header.find("Total/Money")
            supplier = _contact(header, ("supplierCorporate", "supplierAccount", "sales")) or {}
            po: dict[str, Any] = {
                "po_number": _attr(header, "orderID"),
                "issued": (_day(header, "orderDate") or date.today()).isoformat(),
                "currency": money.get("currency") if money is not None else None,
                "supplier": {"id": supplier_id or None, **supplier},
                "buyer": _contact(header, ("buyer", "purchasingAgent", "buyerAccount")),
                "lines": [],
            }
            ship_to = header.find("ShipTo/Address")
            if ship_to is not None and ship_to.get("addressID"):
                po["site"] = ship_to.get("addressID")
            for n, item in enumerate(order.findall("ItemOut"), start=1):
                detail = _child(item, "ItemDetail")
                unit = (detail.findtext("UnitOfMeasure") or "").strip()
                ours = mapping.unit_in(unit, partner.unit_codes)
                if ours is None:
                    raise DocumentError(_where(detail), f"unit code {unit!r} is not in unit_codes")
                price = _child(detail, "UnitPrice/Money")
                item_id = (item.findtext(f"ItemID/{partner.cxml_item_id}") or "").strip()
                if not item_id:
                    raise DocumentError(_where(item), f"has no ItemID/{partner.cxml_item_id}")
                when = _day(item, REQUESTED_ATTRIBUTE[partner.requested_date])
                if when is None:
                    raise DocumentError(
                        _where(item), f"has no {REQUESTED_ATTRIBUTE[partner.requested_date]}"
                    )
                po["lines"].append({
                    "line": item.get("lineNumber") or str(n),
                    "item": item_id,
                    "description": (detail.findtext("Description") or "").strip() or item_id,
                    "quantity": _num(item, _attr(item, "quantity"), "quantity"),
                    "uom": ours,
                    "unit_price": _num(price, (price.text or "").strip(), "price"),
                    "requested_date": when.isoformat(),
                })  # fmt: skip
            if not po["lines"]:
                raise DocumentError(_where(order), "has no ItemOut")
            records.append(po)
            sources.append(f"OrderRequest at line {order.sourceline}")
        return Inbound(records, sources)

    def render(
        self, confirmation: dict[str, Any], partner: PartnerSettings, ctx: RenderContext
    ) -> Document:
        number = ctx.next_number(f"cxml:payload:{partner.cxml_our_identity}")
        now = ctx.now.astimezone(UTC)
        stamp = now.isoformat(timespec="seconds")
        payload_id = f"{now:%Y%m%d%H%M%S}.{number}.{confirmation['idempotency_key']}@poagent"
        lines = mapping.ack_lines(confirmation)
        po_code = mapping.po_code(confirmation, lines, confirmation.get("po_line_count"))
        currency = confirmation.get("currency") or "USD"
        # The secret is filled in at send time (finalize): stored documents never hold it.
        has_secret = bool(partner.cxml_shared_secret_env or partner.cxml_shared_secret_file)
        sender_secret = f"<SharedSecret>{SECRET_MARK}</SharedSecret>" if has_secret else ""

        def cred(domain: str, identity: str, extra: str = "") -> str:
            return (f"<Credential domain={quoteattr(domain)}><Identity>{escape(identity)}"
                    f"</Identity>{extra}</Credential>")  # fmt: skip

        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            DOCTYPE,
            f"<cXML payloadID={quoteattr(payload_id)} timestamp={quoteattr(stamp)} xml:lang=\"en-US\">",
            "<Header>",
            f"<From>{cred(partner.cxml_our_domain, partner.cxml_our_identity)}</From>",
            f"<To>{cred(partner.cxml_domain, partner.cxml_identity)}</To>",
            f"<Sender>{cred(partner.cxml_our_domain, partner.cxml_our_identity, sender_secret)}"
            "<UserAgent>poagent</UserAgent></Sender>",
            "</Header>",
            f"<Request deploymentMode={quoteattr(partner.cxml_deployment_mode)}>",
            "<ConfirmationRequest>",
            f"<ConfirmationHeader type={quoteattr(HEADER_TYPE.get(po_code, 'detail'))} "
            f"noticeDate={quoteattr(stamp)} operation=\"new\""
            + (f" confirmID={quoteattr(confirmation['supplier_reference'])}"
               if confirmation.get("supplier_reference") else "")
            + f" version={quoteattr(str(confirmation['confirmation_version']))}/>",
            f"<OrderReference orderID={quoteattr(confirmation['po_number'])}>"
            f"<DocumentReference payloadID={quoteattr(confirmation['po_number'])}/></OrderReference>",
        ]  # fmt: skip
        for ln in lines:
            unit = escape(mapping.unit_out(ln.uom, partner.unit_codes))
            out.append(f'<ConfirmationItem quantity="{mapping.amount(ln.ordered_quantity)}" '
                       f'lineNumber="{ln.line}"><UnitOfMeasure>{unit}</UnitOfMeasure>')  # fmt: skip
            parts = list(ln.parts)
            short = ln.ordered_quantity - ln.confirmed_quantity
            if ln.code != mapping.REJECTED and short > 0:
                # Quantities of the statuses add up to the ordered quantity: the rest is rejected.
                parts.append(mapping.AckPart(mapping.REJECTED, short, None))
            for part in parts:
                kind = STATUS_TYPE.get(part.code, "detail")
                if ln.code == mapping.REJECTED:
                    part = mapping.AckPart(mapping.REJECTED, ln.ordered_quantity, None)
                attrs = f'quantity="{mapping.amount(part.quantity)}" type="{kind}"'
                if part.date is not None and part.code != mapping.REJECTED:
                    when = datetime(part.date.year, part.date.month, part.date.day, tzinfo=UTC)
                    attrs += f' {DATE_ATTRIBUTE[ln.date_kind]}="{when.isoformat()}"'
                price = ""
                if (kind == "detail" and ln.price is not None
                        and ln.price != ln.ordered_price):  # fmt: skip
                    price = (f"<UnitPrice><Money currency={quoteattr(ln.currency or currency)}>"
                             f"{mapping.amount(ln.price)}</Money></UnitPrice>")  # fmt: skip
                out.append(f"<ConfirmationStatus {attrs}><UnitOfMeasure>{unit}</UnitOfMeasure>"
                           f"{price}</ConfirmationStatus>")  # fmt: skip
            out.append("</ConfirmationItem>")
        out += ["</ConfirmationRequest>", "</Request>", "</cXML>"]
        key = confirmation["idempotency_key"].replace(":", "_").replace("/", "_")
        return Document(("\n".join(out) + "\n").encode("utf-8"), f"{key}.confirmation.xml",
                        self.media_type, payload_id)  # fmt: skip

    def finalize(self, doc: Document, partner: PartnerSettings, partner_name: str) -> Document:
        mark = SECRET_MARK.encode()
        if mark not in doc.body:
            return doc
        secret = partner.cxml_shared_secret(partner_name or "PARTNER")
        value = escape(secret.reveal()).encode("utf-8") if secret is not None else b""
        return Document(doc.body.replace(mark, value), doc.filename, doc.media_type,
                        doc.control_number)  # fmt: skip

    def check_response(self, status_code: int, body: bytes) -> tuple[str, bool] | None:
        """cXML answers HTTP 200 with <Response><Status code=...>; only 2xx codes are accepted.

        A 5xx status is the receiver's trouble (retry later); 4xx means it refused the document.
        """
        try:
            root = _parse_xml(body)
        except DocumentError as exc:
            return f"the cXML response is not XML ({exc})", True
        status = root.find("Response/Status")
        if status is None:
            return "the cXML response has no Response/Status", True
        code = (status.get("code") or "").strip()
        if not code.startswith("2"):
            text = (status.get("text") or "").strip()
            detail = (status.text or "").strip()[:200]
            message = f"cXML status {code} {text}".strip() + (f": {detail}" if detail else "")
            return message, code.startswith("5")
        return None
