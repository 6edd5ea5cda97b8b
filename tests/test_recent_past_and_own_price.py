"""A day and month without a year that just went by ("the colour you approved on 28/10",
written on 4/11) is that past day, never the same day next year; cones count as rolls; a
surcharge said of the whole order does not change a line whose own words keep its price.
Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from agent.reading.dates import find_dates
from agent.reading.units import pack_kinds
from tests.test_extract import lines_of, read

# make_mail sends the reply on 2026-11-04


def test_a_day_that_just_went_by_is_in_the_past() -> None:
    (hit,), _ = find_dates("colour as approved on 28/10", "en-GB", datetime(2026, 11, 4))
    assert hit.date == date(2026, 10, 28)
    # a day further back is still the next such day (a January date written in December)
    (hit,), _ = find_dates("delivery 10/01", "en-GB", datetime(2026, 12, 4))
    assert hit.date == date(2027, 1, 10)


def test_a_past_approval_date_does_not_hold_up_a_confirmation() -> None:
    res = read(
        "Hi Dana,\n\norder 4500012345 confirmed as per PO, delivery 15/12 as requested. Colour "
        "and finish as per the sample you approved on 28/10.\n\nSam"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_cones_and_spools_are_rolls() -> None:
    assert pack_kinds("cones") == pack_kinds("spool") == frozenset({"roll"})


def test_a_surcharge_on_the_order_leaves_a_line_that_keeps_its_price() -> None:
    res = read(
        "Hi Dana,\n\nconfirming 4500012345, all lines as ordered for 15/12. A 4% energy "
        "surcharge applies to castings from this month, so the housings and covers invoice at "
        "PO price +4%. The feet stay at the PO price.\n\nSam"
    )
    got = lines_of(res) if res.kind == "confirmation" else {}
    # either a person reads it, or the feet keep their price: never the feet at +4%
    if got:
        assert got[3].unit_price == Decimal("8.40")
    else:
        assert res.kind == "needs_review"
