"""A PO number or item code that starts with the letters TBD/TBC/TBA ("TBD-PO-3318") is a
code, not "to be decided": the reply is read, while "delivery date: TBD" still holds the
line open. Every phrasing is written for these tests."""

from __future__ import annotations

from tests.test_extract import make_po, read


def test_a_po_number_starting_with_tbd_holds_nothing() -> None:
    body = (
        "Dear Dana,\n\nPO TBD-PO-3318 confirmed, all lines at your prices, delivery "
        "15.12.2026.\n\nBest regards"
    )
    res = read(body, [make_po(number="TBD-PO-3318")], subject="RE: PO TBD-PO-3318")
    assert res.kind == "confirmation", res.review_reasons


def test_a_date_to_be_decided_is_still_open() -> None:
    body = "Dear Dana,\n\nPO TBD-PO-3318: prices confirmed, delivery date TBD.\n\nBest regards"
    res = read(body, [make_po(number="TBD-PO-3318")], subject="RE: PO TBD-PO-3318")
    assert res.kind == "needs_review"
