"""UN/EDIFACT D.96A: ORDERS in, ORDRSP out, with the same mapping as X12.

Inbound: an interchange (optional UNA, UNB ... UNZ) with one ORDERS message
(UNH ... UNT) per PO. Counts and references of UNT and UNZ are checked first;
errors name the segment and its position (1 = the first segment after UNA).

Outbound: BGM+231 with the whole-PO response code, one LIN per line with its
action code, QTY 21 (ordered) and 113 (confirmed), DTM 2/10 (the confirmed
delivery/ship date) and PRI AAA (the confirmed net price). A line split into
several deliveries gets one SCC/QTY/DTM group per part.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from connectors import mapping
from connectors.base import Connector, Document, DocumentError, Inbound, RenderContext

if TYPE_CHECKING:
    from agent.config import PartnerSettings

DEFAULT_UNA = ":+.? '"
# DTM 2005 qualifiers in ORDERS and what they mean to us.
DATE_QUALIFIERS = {"2": "delivery", "10": "ship", "137": "issued", "4": "issued",
                   "63": "delivery", "64": "delivery", "69": "delivery"}  # fmt: skip
_PREFERRED_DATE = {"delivery": ("2", "69", "63", "64"), "ship": ("10",)}
DATE_QUALIFIER_OUT = {"delivery": "2", "ship": "10"}
DATE_FORMATS = {"102": 8, "203": 12}  # CCYYMMDD, CCYYMMDDHHMM
NAD_PARTIES = {"BY", "SU", "SE", "DP", "IV", "ST", "BT", "CN", "OB"}
ITEM_TYPES = {"BP", "SA", "IN", "EN", "SRV", "MF", "UP"}
# X12 ACK01 -> LIN 1229 action code (5 accepted, 3 changed, 7 not accepted).
LIN_ACTION = {mapping.ACCEPTED: "5", mapping.REJECTED: "7"}
LIN_CHANGED = "3"
# X12 BAK02 -> BGM 1225 message function (29 accepted, 4 change, 27 not accepted).
BGM_FUNCTION = {mapping.PO_ACCEPTED: "29", mapping.PO_CHANGED: "4",
                mapping.PO_EXCEPTIONS_ONLY: "4", mapping.PO_REJECTED: "27"}  # fmt: skip


@dataclass
class Segment:
    tag: str
    elements: list[list[str]]  # elements[0] = [tag]; each element is its components
    position: int

    def get(self, n: int, c: int = 0) -> str:
        if n >= len(self.elements) or c >= len(self.elements[n]):
            return ""
        return self.elements[n][c].strip()

    def where(self, n: int | None = None) -> str:
        el = f", element {n}" if n else ""
        return f"segment {self.tag} at position {self.position}{el}"


def _tokenize(text: str) -> list[Segment]:
    una = DEFAULT_UNA
    body = text
    if text.startswith("UNA"):
        una, body = text[3:9], text[9:]
    comp, elem, _dec, release, _rep, term = una
    segments: list[list[list[str]]] = []
    seg: list[list[str]] = [[""]]
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == release and i + 1 < len(body):
            seg[-1][-1] += body[i + 1]
            i += 2
            continue
        if ch == term:
            segments.append(seg)
            seg = [[""]]
        elif ch == elem:
            seg.append([""])
        elif ch == comp:
            seg[-1].append("")
        elif ch in "\r\n" and seg == [[""]]:
            pass  # line breaks between segments
        else:
            seg[-1][-1] += ch
        i += 1
    if seg != [[""]] and "".join("".join(e) for e in seg).strip():
        segments.append(seg)
    return [Segment(s[0][0].strip(), s, n) for n, s in enumerate(segments, start=1)]


def _date(seg: Segment) -> date:
    value, fmt = seg.get(1, 1), seg.get(1, 2) or "102"
    if fmt not in DATE_FORMATS:
        raise DocumentError(seg.where(1), f"unknown date format {fmt!r} (known: 102, 203)")
    try:
        if len(value) != DATE_FORMATS[fmt] or not value.isdigit():
            raise ValueError
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        raise DocumentError(seg.where(1), f"{value!r} is not a date in format {fmt}") from None


def _number(seg: Segment, n: int, c: int) -> str:
    value = seg.get(n, c)
    try:
        Decimal(value)
    except InvalidOperation:
        raise DocumentError(seg.where(n), f"{value!r} is not a number") from None
    return value


def _count(seg: Segment, n: int) -> int:
    value = seg.get(n)
    if not value.isdigit():
        raise DocumentError(seg.where(n), f"{value!r} is not a count")
    return int(value)


def _messages(segments: list[Segment]) -> list[list[Segment]]:
    if not segments or segments[0].tag != "UNB":
        where = segments[0].where() if segments else "interchange"
        raise DocumentError(where, "an EDIFACT interchange starts with UNB (after UNA)")
    unb, unz = segments[0], segments[-1]
    if unz.tag != "UNZ":
        raise DocumentError(unz.where(), "the interchange does not end with UNZ")
    messages: list[list[Segment]] = []
    current: list[Segment] | None = None
    for seg in segments[1:-1]:
        if seg.tag == "UNH":
            if current is not None:
                raise DocumentError(seg.where(), "UNH before the UNT closing the last message")
            if (seg.get(2, 0), seg.get(2, 1), seg.get(2, 2)) != ("ORDERS", "D", "96A"):
                raise DocumentError(
                    seg.where(2),
                    f"message type {':'.join(seg.elements[2])!r}: expected ORDERS:D:96A",
                )
            current = [seg]
        elif current is None:
            raise DocumentError(seg.where(), "segment outside a UNH/UNT message")
        else:
            current.append(seg)
            if seg.tag == "UNT":
                if _count(seg, 1) != len(current):
                    raise DocumentError(
                        seg.where(1),
                        f"says {seg.get(1)} segments, the message has {len(current)} "
                        f"(UNH at position {current[0].position} to UNT)",
                    )
                if seg.get(2) != current[0].get(1):
                    raise DocumentError(
                        seg.where(2), f"reference {seg.get(2)!r} != UNH {current[0].get(1)!r}"
                    )
                messages.append(current)
                current = None
    if current is not None:
        raise DocumentError(current[0].where(), "message has no UNT")
    if _count(unz, 1) != len(messages):
        raise DocumentError(unz.where(1), f"says {unz.get(1)} messages, found {len(messages)}")
    if unz.get(2) != unb.get(5):
        raise DocumentError(unz.where(2), f"reference {unz.get(2)!r} != UNB {unb.get(5)!r}")
    if not messages:
        raise DocumentError(unb.where(), "the interchange holds no ORDERS message")
    return messages


def _order(msg: list[Segment], partner: PartnerSettings) -> dict[str, Any]:
    bgm = msg[1]
    if bgm.tag != "BGM":
        raise DocumentError(bgm.where(), "an ORDERS message starts with BGM after UNH")
    if bgm.get(1) not in ("220", "105", "221"):
        raise DocumentError(bgm.where(1), f"document name code {bgm.get(1)!r}: expected 220")
    if not bgm.get(2):
        raise DocumentError(bgm.where(2), "the PO number is missing")
    po: dict[str, Any] = {"po_number": bgm.get(2), "currency": None, "issued": None,
                          "supplier": {}, "buyer": None, "lines": []}  # fmt: skip
    header_dates: dict[str, date] = {}
    party: dict[str, Any] | None = None
    line: dict[str, Any] | None = None
    line_seg: Segment | None = None
    line_dates: dict[str, date] = {}

    def pick(dates: dict[str, date]) -> date | None:
        return next((dates[q] for q in _PREFERRED_DATE[partner.requested_date] if q in dates), None)

    def close() -> None:
        if line is None or line_seg is None:
            return
        when = pick(line_dates) or pick(header_dates)
        if when is None:
            q = _PREFERRED_DATE[partner.requested_date][0]
            raise DocumentError(line_seg.where(), f"no {partner.requested_date} date (DTM+{q})")
        line["requested_date"] = when.isoformat()
        po["lines"].append(line)

    for seg in msg[2:-1]:
        tag = seg.tag
        if tag == "DTM":
            q = seg.get(1, 0)
            if q not in DATE_QUALIFIERS:
                raise DocumentError(seg.where(1), f"unknown date qualifier {q!r}")
            when = _date(seg)
            if DATE_QUALIFIERS[q] == "issued" and line is None:
                po["issued"] = when.isoformat()
            (line_dates if line is not None else header_dates)[q] = when
        elif tag == "CUX":
            po["currency"] = seg.get(1, 1)
        elif tag == "NAD":
            q = seg.get(1)
            if q not in NAD_PARTIES:
                raise DocumentError(seg.where(1), f"unknown party qualifier {q!r}")
            party = None
            if q in ("SU", "SE"):
                party = po["supplier"]
                party.update(id=seg.get(2, 0), name=seg.get(4, 0) or seg.get(2, 0))
            elif q == "BY":
                party = po["buyer"] = {"name": seg.get(4, 0) or None}
            elif q in ("DP", "ST"):
                po["site"] = seg.get(2, 0) or seg.get(4, 0)
        elif tag == "CTA":
            if party is not None and seg.get(2, 1):
                party["name"] = party.get("name") or seg.get(2, 1)
                if party is po["buyer"]:
                    party["name"] = seg.get(2, 1)
        elif tag == "COM":
            if party is not None and seg.get(1, 1) == "EM":
                party["email"] = seg.get(1, 0)
            elif seg.get(1, 1) not in ("EM", "TE", "FX", "AL"):
                raise DocumentError(
                    seg.where(1), f"unknown communication channel {seg.get(1, 1)!r}"
                )
        elif tag == "LIN":
            close()
            line_seg, line_dates = seg, {}
            kind = seg.get(3, 1)
            if kind and kind not in ITEM_TYPES:
                raise DocumentError(seg.where(3), f"unknown item number type {kind!r}")
            line = {"line": seg.get(1), "item": seg.get(3, 0) if kind == partner.edifact_item_type
                    else None, "description": None}  # fmt: skip
        elif tag == "PIA" and line is not None:
            for n in range(2, len(seg.elements)):
                kind = seg.get(n, 1)
                if kind not in ITEM_TYPES:
                    raise DocumentError(seg.where(n), f"unknown item number type {kind!r}")
                if kind == partner.edifact_item_type and not line["item"]:
                    line["item"] = seg.get(n, 0)
        elif tag == "IMD" and line is not None:
            line["description"] = seg.get(3, 3) or line["description"]
        elif tag == "QTY" and line is not None:
            if seg.get(1, 0) != "21":
                raise DocumentError(
                    seg.where(1), f"quantity qualifier {seg.get(1, 0)!r}: expected 21"
                )
            line["quantity"] = _number(seg, 1, 1)
            unit = seg.get(1, 2) or "EA"
            ours = mapping.unit_in(unit, partner.unit_codes)
            if ours is None:
                raise DocumentError(seg.where(1), f"unit code {unit!r} is not in unit_codes")
            line["uom"] = ours
        elif tag == "PRI" and line is not None:
            if seg.get(1, 0) not in ("AAA", "AAB"):
                raise DocumentError(seg.where(1), f"unknown price qualifier {seg.get(1, 0)!r}")
            line["unit_price"] = _number(seg, 1, 1)
        elif tag in ("UNS", "CNT", "RFF", "FTX", "TAX", "MOA", "LOC", "PAT", "TOD", "ALC"):
            continue
        else:
            raise DocumentError(seg.where(), f"unexpected segment {tag!r} in ORDERS")
    close()
    for ln in po["lines"]:
        if not ln["item"]:
            raise DocumentError(
                msg[0].where(), f"line {ln['line']} has no {partner.edifact_item_type} item number"
            )
        ln["description"] = ln["description"] or ln["item"]
    if not po["lines"]:
        raise DocumentError(msg[0].where(), f"PO {po['po_number']} has no LIN line")
    return po


def _esc(value: Any) -> str:
    text = str(value)
    for ch in "?+:'":
        text = text.replace(ch, "?" + ch)
    return text


class EdifactConnector(Connector):
    format = "edifact"
    extensions = (".edi", ".edifact", ".ordrsp", ".orders")
    media_type = "application/EDIFACT"

    @classmethod
    def sniff(cls, data: bytes) -> bool:
        return data.lstrip(b"\xef\xbb\xbf \r\n\t")[:3] in (b"UNA", b"UNB")

    @classmethod
    def sender_id(cls, data: bytes) -> str | None:
        try:
            segments = _tokenize(data.decode("utf-8").lstrip("\ufeff \r\n\t"))
        except UnicodeDecodeError:
            return None
        return segments[0].get(2, 0) if segments and segments[0].tag == "UNB" else None

    @classmethod
    def partner_key(cls, partner: PartnerSettings) -> str | None:
        return partner.edifact_id

    def parse(self, data: bytes, partner: PartnerSettings) -> Inbound:
        try:
            text = data.decode("utf-8").lstrip("\ufeff \r\n\t")
        except UnicodeDecodeError as exc:
            raise DocumentError("interchange", f"not UTF-8 text (byte {exc.start})") from None
        records, sources = [], []
        for msg in _messages(_tokenize(text)):
            records.append(_order(msg, partner))
            sources.append(f"UNH {msg[0].get(1)} at position {msg[0].position}")
        return Inbound(records, sources)

    def render(
        self, confirmation: dict[str, Any], partner: PartnerSettings, ctx: RenderContext
    ) -> Document:
        number = ctx.next_number(
            f"edifact:unb:{partner.edifact_our_qualifier}:{partner.edifact_our_id}"
        )
        ref = f"{number:014d}"[-14:]
        now = ctx.now
        lines = mapping.ack_lines(confirmation)
        po_code = mapping.po_code(confirmation, lines, confirmation.get("po_line_count"))
        msg: list[str] = [
            "UNH+1+ORDRSP:D:96A:UN",
            f"BGM+231+{_esc(confirmation['idempotency_key'])}+{BGM_FUNCTION[po_code]}",
            f"DTM+137:{now.strftime('%Y%m%d')}:102",
            f"RFF+ON:{_esc(confirmation['po_number'])}",
        ]
        if confirmation.get("supplier_reference"):
            msg.append(f"RFF+VN:{_esc(confirmation['supplier_reference'])}")
        if confirmation.get("currency"):
            msg.append(f"CUX+2:{confirmation['currency']}:9")
        for ln in lines:
            unit = mapping.unit_out(ln.uom, partner.unit_codes)
            action = LIN_ACTION.get(ln.code, LIN_CHANGED)
            msg.append(f"LIN+{ln.line}+{action}+{_esc(ln.item)}:{partner.edifact_item_type}")
            msg.append(f"QTY+21:{mapping.amount(ln.ordered_quantity)}:{unit}")
            msg.append(f"QTY+113:{mapping.amount(ln.confirmed_quantity)}:{unit}")
            first = ln.parts[0] if ln.parts else None
            if first is not None and first.date is not None and len(ln.parts) == 1:
                msg.append(f"DTM+{DATE_QUALIFIER_OUT[ln.date_kind]}:{first.date:%Y%m%d}:102")
            if ln.price is not None and ln.code != mapping.REJECTED:
                msg.append(f"PRI+AAA:{mapping.amount(ln.price)}")
            if len(ln.parts) > 1:
                for part in ln.parts:
                    msg.append("SCC+1")
                    msg.append(f"QTY+113:{mapping.amount(part.quantity)}:{unit}")
                    if part.date is not None:
                        msg.append(f"DTM+{DATE_QUALIFIER_OUT[ln.date_kind]}:{part.date:%Y%m%d}:102")
        msg.append("UNS+S")
        msg.append(f"UNT+{len(msg) + 1}+1")
        unb = (f"UNB+UNOC:3+{_esc(partner.edifact_our_id)}:{partner.edifact_our_qualifier}"
               f"+{_esc(partner.edifact_id)}:{partner.edifact_qualifier}"
               f"+{now.strftime('%y%m%d')}:{now.strftime('%H%M')}+{ref}")  # fmt: skip
        segments = ["UNA" + DEFAULT_UNA[:-1], unb, *msg, f"UNZ+1+{ref}"]
        text = segments[0] + "'\n" + "".join(s + "'\n" for s in segments[1:])
        key = confirmation["idempotency_key"].replace(":", "_").replace("/", "_")
        return Document(text.encode("utf-8"), f"{key}.ordrsp.edi", self.media_type, ref)
