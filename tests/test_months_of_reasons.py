"""A month named as the time of a reason, not of the delivery: one that ended shortly before
the delivery date the sentence gives ("leverans först vecka 2 - bruket har underhållsstopp i
december"), or one in a clause after a dash about a price that rose ("EUR 218.50 - the drums
went up again in November"). Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.dates import month_before
from tests.test_extract import lines_of, make_po, read


def test_a_month_shortly_before_the_day_is_before_it() -> None:
    assert month_before("i december", date(2027, 1, 15))
    assert month_before("early November", date(2027, 1, 8))
    assert not month_before("in January", date(2026, 12, 18))  # after it: a conflict
    assert not month_before("in December", date(2026, 12, 18))  # the same month


def test_a_shutdown_month_before_the_week_given_is_the_reason() -> None:
    res = read(
        "Hi,\n\norder 4500012345: housings and covers as ordered for 15/12. The mounting feet: delivery "
        "only in week 2 - "
        "the foundry has its maintenance shutdown in December.\n\nSam"
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[3].date == date(2027, 1, 15)


def test_a_month_a_price_rose_in_is_no_delivery_time() -> None:
    res = read(
        "Dear Dana,\n\nwe confirm order 4500012345 for delivery on 15 December:\n"
        "Gearbox housings: 40 at EUR 312.50\n"
        "Gearbox covers: 100 at EUR 12.60 - the castings went up again in October, sorry\n"
        "Mounting feet: 60 at EUR 8.40\n\nRegards",
        [make_po()],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].unit_price == Decimal("12.60")
