"""How a confirmation version reads as acknowledgment codes: one table for every format.

:func:`ack_lines` turns the write-back payload into lines of parts (a part is
a quantity with a status code and a date). X12 855 writes a part as an ACK
segment; EDIFACT ORDRSP and cXML ConfirmationRequest translate the same codes
through their own tables, so the three documents say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

# X12 ACK01 (line item status). The other formats map from these.
ACCEPTED = "IA"
CHANGED = "IC"  # more than one of quantity, price, date changed
REJECTED = "IR"
BACKORDERED = "IB"
DATE_CHANGED = "DR"
PRICE_CHANGED = "IP"
QUANTITY_CHANGED = "IQ"

# Which single change gives which code; several changes give CHANGED.
_ONE_CHANGE = {"date": DATE_CHANGED, "price": PRICE_CHANGED, "quantity": QUANTITY_CHANGED}

# X12 BAK02 (whole-PO acknowledgment type).
PO_ACCEPTED = "AD"  # acknowledge with detail, no change
PO_CHANGED = "AC"  # acknowledge with detail and change
PO_EXCEPTIONS_ONLY = "AE"  # acknowledge with exception detail only (some lines not listed)
PO_REJECTED = "RJ"


@dataclass
class AckPart:
    code: str
    quantity: Decimal
    date: date | None


@dataclass
class AckLine:
    line: int
    item: str
    uom: str
    ordered_quantity: Decimal
    ordered_price: Decimal | None
    requested_date: date | None
    price: Decimal | None  # the confirmed unit price (the ordered one when unchanged)
    currency: str | None
    date_kind: str  # "delivery" | "ship"
    parts: list[AckPart] = field(default_factory=list)

    @property
    def code(self) -> str:
        """The line's status: its first part's code (later parts are backorders)."""
        return self.parts[0].code if self.parts else ACCEPTED

    @property
    def confirmed_quantity(self) -> Decimal:
        return sum((p.quantity for p in self.parts if p.code != REJECTED), Decimal(0))


def _dec(value: Any) -> Decimal | None:
    return None if value in (None, "") else Decimal(str(value))


def _day(value: Any) -> date | None:
    return None if not value else date.fromisoformat(str(value)[:10])


def _code(changes: list[str]) -> str:
    if not changes:
        return ACCEPTED
    return _ONE_CHANGE[changes[0]] if len(changes) == 1 else CHANGED


def ack_lines(payload: dict[str, Any]) -> list[AckLine]:
    """The lines of a confirmation payload (agent/writeback.confirmation_payload) as parts."""
    out: list[AckLine] = []
    for ln in payload["lines"]:
        ordered = ln.get("ordered") or {}
        ordered_qty = _dec(ordered.get("quantity")) or Decimal(0)
        ordered_price = _dec(ordered.get("unit_price"))
        requested = _day(ordered.get("requested_date"))
        qty = _dec(ln.get("quantity"))
        price = _dec(ln.get("unit_price"))
        when = _day(ln.get("date"))
        ack = AckLine(
            line=int(ln["line"]),
            item=ln.get("item") or "",
            uom=ordered.get("uom") or "EA",
            ordered_quantity=ordered_qty,
            ordered_price=ordered_price,
            requested_date=requested,
            price=price if price is not None else ordered_price,
            currency=ln.get("currency") or payload.get("currency"),
            date_kind=ln.get("date_kind") or "delivery",
        )
        if ln.get("status") == "rejected":
            ack.parts.append(AckPart(REJECTED, Decimal(0), None))
            out.append(ack)
            continue
        price_changed = price is not None and ordered_price is not None and price != ordered_price
        schedule = [s for s in (ln.get("schedule") or []) if s.get("quantity")]
        if len(schedule) > 1:
            # Split delivery: the first part as promised, the rest to follow (backordered).
            first, *rest = schedule
            changes = [k for k, hit in (("date", _day(first.get("date")) != requested),
                                        ("price", price_changed)) if hit]  # fmt: skip
            ack.parts.append(AckPart(_code(changes), Decimal(str(first["quantity"])),
                                     _day(first.get("date"))))  # fmt: skip
            for part in rest:
                ack.parts.append(
                    AckPart(BACKORDERED, Decimal(str(part["quantity"])), _day(part.get("date")))
                )
            out.append(ack)
            continue
        confirmed_qty = qty if qty is not None else ordered_qty
        confirmed_date = when or requested
        changes = []
        if confirmed_date != requested:
            changes.append("date")
        if price_changed:
            changes.append("price")
        if confirmed_qty != ordered_qty:
            changes.append("quantity")
        ack.parts.append(AckPart(_code(changes), confirmed_qty, confirmed_date))
        out.append(ack)
    return out


def po_code(payload: dict[str, Any], lines: list[AckLine], all_line_numbers: int | None) -> str:
    """BAK02 for the whole PO from its lines."""
    if lines and all(ln.code == REJECTED for ln in lines):
        return PO_REJECTED
    if all_line_numbers is not None and len(lines) < all_line_numbers:
        return PO_EXCEPTIONS_ONLY
    if all(ln.code == ACCEPTED and len(ln.parts) == 1 for ln in lines):
        return PO_ACCEPTED
    return PO_CHANGED


def unit_out(uom: str, unit_codes: dict[str, str]) -> str:
    """Our unit -> the partner's code (unit_codes maps partner code -> ours)."""
    for theirs, ours in unit_codes.items():
        if ours == uom:
            return theirs
    return uom


def unit_in(code: str, unit_codes: dict[str, str]) -> str | None:
    """The partner's unit code -> ours; None when a mapping exists and lacks the code."""
    if not unit_codes:
        return code
    return unit_codes.get(code)


def amount(value: Decimal) -> str:
    """A decimal as the shortest exact text (no exponent): 312.50 -> 312.5, 40 -> 40."""
    text = format(value.normalize(), "f")
    return text
