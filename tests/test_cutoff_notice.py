"""A seasonal order cut-off notice under a confirmation: its dates are a rule for orders in
general, not a delivery this supplier commits to."""

from __future__ import annotations

from datetime import date

from agent.reading.pipeline import read_message
from tests.test_guards import PO_NUMBER, _mail, _po


def _read(body: str):
    return read_message(_mail(body), [_po("en-GB")])


def test_cut_off_dates_are_no_delivery_dates() -> None:
    result = _read(
        "Hi Renee,\n\nAll three lines confirmed as ordered, delivery 15/12 as you asked.\n\n"
        "Just a reminder of our holiday cut-off: orders for delivery before 23/12 need to be "
        "placed by 14/12.\n\nDave"
    )
    assert result.kind == "confirmation", result.review_reasons
    lines = {ln.line: ln for po in result.confirmations for ln in po.lines}
    assert {ln.date for ln in lines.values()} == {date(2026, 12, 15)}
    assert all(ln.status == "accepted" for ln in lines.values())
    assert result.confirmations[0].po_number == PO_NUMBER


def test_a_delivery_after_the_cut_off_is_still_read() -> None:
    # the cut-off names its own date; the delivery said after it is this order's
    result = _read(
        "Hi Renee,\n\nOur Christmas cut-off was 10/12, so all three lines will be delivered "
        "on 18/12 instead of 15/12.\n\nDave"
    )
    lines = {ln.line: ln for po in result.confirmations for ln in po.lines}
    assert result.kind == "confirmation", result.review_reasons
    assert {ln.date for ln in lines.values()} == {date(2026, 12, 18)}
