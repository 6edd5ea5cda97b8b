"""A price worked out in the reply ("list price EUR 48.00 less 5 % = EUR 45.60 per tin") is
the amount after "="; a total after "=" with no percentage ("10 x EUR 4.50 = EUR 45.00") is no
unit price. Every phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

PAINT = [
    ("WP-MAT-10", "Wall paint matt white, 10 l", 80, "EA", "46.00", "2026-12-08"),
    ("PR-UNI-25", "Universal primer, 2.5 l", 40, "EA", "19.90", "2026-12-08"),
]


def test_the_price_after_equals_is_the_discounted_price() -> None:
    res = read(
        "Hello Aylin,\n\nPO 4500012345:\nLine 1: 80 tins, list price EUR 48.00 less 5 % project "
        "discount = EUR 45.60 per tin.\nLine 2: 40 tins at EUR 19.90 as ordered.\nDelivery on "
        "8/12/2026 for both.\n\nRegards",
        [make_po(locale="en-GB", lines=PAINT)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].unit_price == Decimal("45.60")
    assert got[2].status == "accepted"
