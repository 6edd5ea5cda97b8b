"""Compare what the supplier confirmed with the PO, with zero tolerance.

The daemon applies configured tolerances on top; here every difference is listed.
"""

from __future__ import annotations

from agent.reading.types import Difference, OpenPO, POConfirmation


def _fmt(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "isoformat"):
        return value.isoformat()
    text = format(value, "f")
    return text


def differences(po: OpenPO, conf: POConfirmation) -> list[Difference]:
    """Every difference between the PO and one confirmation of it (prices by value)."""
    out: list[Difference] = []
    for ln in conf.lines:
        po_line = po.line_by_number(ln.line)
        if po_line is None:
            continue
        if ln.status == "rejected":
            out.append(
                Difference(po.po_number, ln.line, "line_rejected", _fmt(po_line.quantity), "0")
            )
            continue
        if ln.status not in ("accepted", "changed"):
            continue
        if ln.unit_price is not None and ln.unit_price != po_line.unit_price:
            out.append(
                Difference(
                    po.po_number,
                    ln.line,
                    "price_variance",
                    _fmt(po_line.unit_price),
                    _fmt(ln.unit_price),
                )
            )
        if ln.quantity is not None and ln.quantity != po_line.quantity:
            kind = "quantity_short" if ln.quantity < po_line.quantity else "quantity_over"
            out.append(
                Difference(po.po_number, ln.line, kind, _fmt(po_line.quantity), _fmt(ln.quantity))
            )
        if ln.date is not None and ln.date != po_line.requested_date:
            kind = "date_late" if ln.date > po_line.requested_date else "date_early"
            out.append(
                Difference(po.po_number, ln.line, kind, _fmt(po_line.requested_date), _fmt(ln.date))
            )
    return out
