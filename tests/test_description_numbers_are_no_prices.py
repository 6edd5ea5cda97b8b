"""A decimal the PO line's own description holds ("Lens blank polycarbonate 1.59", a
refractive index) is the goods' number where the supplier repeats it, not a price the result
must account for; another decimal said of the line still is. Every phrasing is written for
these tests."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

LENSES = [
    ("CR39-65", "Lens blank CR-39 1.5, 65 mm, single vision", 400, "PR", "3.85", "2026-12-15"),
    (
        "PC159-70",
        "Lens blank polycarbonate 1.59, 70 mm, hard coat",
        200,
        "PR",
        "7.10",
        "2026-12-15",
    ),
]


def test_the_goods_own_decimal_is_no_price() -> None:
    body = (
        "Dear Dana,\n\nWe confirm order 4500012345:\n"
        "- CR-39 1.5 65mm: 400 pairs, 3,85 € per pair, delivery 15/12.\n"
        "- Polycarbonate 1.59 70mm HC: 200 pairs, new price 7,45 € per pair, delivery 15/12.\n\n"
        "Best regards"
    )
    res = read(body, [make_po(locale="en-GB", lines=LENSES)])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].unit_price == Decimal("7.45")


def test_another_decimal_said_of_the_line_is_still_review() -> None:
    body = (
        "Dear Dana,\n\nWe confirm order 4500012345:\n"
        "- CR-39 1.5 65mm: 400 pairs, 3,85 € per pair, delivery 15/12.\n"
        "- Polycarbonate 1.59 70mm HC: 200 pairs, those are 7.45 now, delivery 15/12.\n\n"
        "Best regards"
    )
    res = read(body, [make_po(locale="en-GB", lines=LENSES)])
    assert res.kind == "needs_review" or lines_of(res)[2].unit_price == Decimal("7.45")
