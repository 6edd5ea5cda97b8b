"""A split delivery written shipment by shipment, each shipment's one date leading the
counts of several lines ("Truck 1, arriving 14 January: size S 300, size XL 200"): each
line gets its count with that shipment's date, and the parts must add up to the line.
Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.test_extract import lines_of, make_po, read

JACKETS = [
    ("WJ-S", "Softshell work jacket, size S", 500, "EA", "41.20", "2027-01-14"),
    ("WJ-XL", "Softshell work jacket, size XL", 300, "EA", "43.80", "2027-01-14"),
]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Hello Dana,\n\nthanks for PO 4500012345. We have to ship it in two trucks:\n\n"
            "Truck 1 - arriving 14 January 2027: size S 300 pcs, size XL 200 pcs\n"
            "Truck 2 - arriving 4 February 2027: size S 200 pcs, size XL 100 pcs\n\n"
            "Prices as per your order.\n\nRegards, Sam",
            "en-GB",
        ),
        (
            "Hallo Frau Ruiz,\n\nBestellung 4500012345 liefern wir in zwei Teilen:\n\n"
            "1. Sendung, Anlieferung 14.01.2027: Größe S 300 Stück, Größe XL 200 Stück\n"
            "2. Sendung, Anlieferung 04.02.2027: Größe S 200 Stück, Größe XL 100 Stück\n\n"
            "Preise wie bestellt.\n\nMit freundlichen Grüßen",
            "de-DE",
        ),
    ],
)
def test_each_line_takes_its_count_with_the_shipments_date(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale, lines=JACKETS)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    small, large = got[1], got[2]
    assert [(s.quantity, s.date) for s in small.schedule] == [
        (300, date(2027, 1, 14)),
        (200, date(2027, 2, 4)),
    ]
    assert [(s.quantity, s.date) for s in large.schedule] == [
        (200, date(2027, 1, 14)),
        (100, date(2027, 2, 4)),
    ]
    assert small.quantity == 500 and small.date == date(2027, 2, 4)
    assert large.unit_price == Decimal("43.80")


def test_parts_that_do_not_add_up_to_the_line_are_not_a_schedule() -> None:
    body = (
        "Hello Dana,\n\nthanks for PO 4500012345. We have to ship it in two trucks:\n\n"
        "Truck 1 - arriving 14 January 2027: size S 300 pcs, size XL 200 pcs\n"
        "Truck 2 - arriving 4 February 2027: size S 150 pcs, size XL 100 pcs\n\n"
        "Prices as per your order.\n\nRegards, Sam"
    )
    res = read(body, [make_po(lines=JACKETS)])
    assert res.kind == "needs_review"
    assert any("line 1" in r for r in res.review_reasons), res.review_reasons
