"""The order's own date said beside its number without a year ("uw order 4500012345 van 2
november") is the day it was issued, not a delivery date a year on. Every phrasing is
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Geachte mevrouw Ruiz,\n\nHierbij bevestigen wij uw order 4500 012 345 van 2 november:"
            "\nalle regels zoals besteld, levering dinsdag 15 december.\n\nMet vriendelijke groet",
            "nl-NL",
        ),
        (
            "Hi Dana,\n\nWe confirm your order 4500012345 of 2 November, all lines as ordered, "
            "delivery Tuesday 15 December.\n\nSam",
            "en-GB",
        ),
    ],
)
def test_the_orders_own_date_is_no_delivery_date(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}
