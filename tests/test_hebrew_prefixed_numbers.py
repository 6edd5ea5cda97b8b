"""A Hebrew prefix joined to a number by a hyphen ("ל-48.50$", to $48.50; "ב-3/12", on 3/12)
is no range's dash: the price and the date are read. Every phrasing is written for these
tests."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from agent.reading.dates import find_dates
from agent.reading.numbers import price_hits
from tests.test_extract import lines_of, make_po, read


def test_a_prefixed_price_and_date_are_read() -> None:
    (hit,) = price_hits("המחיר עלה ל-52.40$ ליחידה", "he-IL")
    assert hit.value == Decimal("52.40")
    (day,), _ = find_dates("נשלח כבר ב-7/12", "he-IL", datetime(2026, 11, 4))
    assert day.date == date(2026, 12, 7)
    assert price_hits("10-12$", "he-IL") == []  # a range stays no price


def test_a_hebrew_reply_with_a_prefixed_date_changes_the_line() -> None:
    res = read(
        "שלום,\n\nמאשרים את הזמנה 4500012345: כל השורות לפי ההזמנה, המכסים יסופקו כבר ב-7/12."
        "\n\nבברכה",
        [make_po(locale="he-IL")],
    )
    if res.kind == "confirmation":
        assert lines_of(res)[2].date != date(2026, 12, 15)
    else:
        assert res.kind == "needs_review"
