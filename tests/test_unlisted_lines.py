"""A reply that confirms "as follows" and lists some lines leaves the others out: a date said
of the whole order below the list does not confirm a line the list does not name. Every
phrasing is written for these tests."""

from __future__ import annotations

from tests.test_extract import make_po, read

INSTRUMENTS = [
    ("UK-CON-MAH", "Concert ukulele, mahogany", 120, "EA", "42.00", "2027-01-15"),
    ("UK-SOP-SPR", "Soprano ukulele, spruce top", 200, "EA", "27.50", "2027-01-15"),
    ("TUN-CLIP-C", "Clip-on tuner, chromatic", 300, "EA", "3.20", "2027-01-15"),
]


def test_a_line_the_list_leaves_out_is_not_confirmed_by_the_orders_date() -> None:
    res = read(
        "Dear Erin,\n\nthank you for order 4500012345, we confirm as follows:\n"
        "1. Concert ukulele mahogany: 120 pcs, USD 42.00\n"
        "2. Soprano ukulele spruce: 200 pcs, USD 28.60 (spruce tops went up)\n"
        "Ex-works date 28/12/2026, the two items in one shipment.\n\nBest regards",
        [make_po(locale="en-GB", currency="USD", lines=INSTRUMENTS)],
    )
    assert res.kind == "needs_review"
    assert any("line 3" in r and "list does not name" in r for r in res.review_reasons), (
        res.review_reasons
    )


def test_a_list_naming_every_line_leaves_none_out() -> None:
    res = read(
        "Dear Erin,\n\nthank you for order 4500012345, we confirm as follows:\n"
        "1. Concert ukulele mahogany: 120 pcs, USD 42.00\n"
        "2. Soprano ukulele spruce: 200 pcs, USD 27.50\n"
        "3. Clip-on tuner: 300 pcs, USD 3.20\n"
        "Delivery 15/01/2027 for all three.\n\nBest regards",
        [make_po(locale="en-GB", currency="USD", lines=INSTRUMENTS)],
    )
    assert not any("list does not name" in r for r in res.review_reasons), res.review_reasons
