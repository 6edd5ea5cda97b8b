"""Words about every line that give one delivery date ("everything confirmed for delivery on
Tuesday 8 December"), above a table that puts a line on another day, go to a person: which
holds is unclear. Every phrasing is written for these tests."""

from __future__ import annotations

from tests.test_extract import make_po, read

LINEN = [
    ("TWL-BATH-WH", "Bath towel 70x140, white", 300, "EA", "6.20", "2026-12-08"),
    ("TWL-HAND-WH", "Hand towel 50x100, white", 600, "EA", "3.10", "2026-12-08"),
]


def test_a_date_for_every_line_against_a_rows_date() -> None:
    res = read(
        "Hi Dana,\n\nAll good on PO 4500012345, everything confirmed for delivery on Tuesday 8 December.\n\n"
        "Line  Item          Qty  Price  Delivery\n"
        "1     TWL-BATH-WH   300  6.20   08/12/2026\n"
        "2     TWL-HAND-WH   600  3.10   15/12/2026\n\nCheers",
        [make_po(locale="en-GB", lines=LINEN)],
    )
    assert res.kind == "needs_review"
    assert any("gives every line" in r for r in res.review_reasons), res.review_reasons


def test_rows_that_agree_with_the_date_for_every_line() -> None:
    res = read(
        "Hi Dana,\n\nAll good on PO 4500012345, everything confirmed for delivery on Tuesday 8 December.\n\n"
        "Line  Item          Qty  Price  Delivery\n"
        "1     TWL-BATH-WH   300  6.20   08/12/2026\n"
        "2     TWL-HAND-WH   600  3.10   08/12/2026\n\nCheers",
        [make_po(locale="en-GB", lines=LINEN)],
    )
    assert res.kind == "confirmation", res.review_reasons
