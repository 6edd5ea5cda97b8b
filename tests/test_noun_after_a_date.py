"""A delivery or shipment noun right after a date labels it ("ships Monday for Wednesday
delivery"), unless a date follows the noun ("ship 12/10 delivery 12/14", where it labels
the next one). Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.test_extract import lines_of, make_po, read

FRIDAY = datetime(2026, 12, 4, 15, 0, tzinfo=UTC)


def test_a_delivery_noun_after_a_weekday_makes_it_the_delivery_day() -> None:
    body = (
        "Hi Dana,\n\nPO 4500012345 is good to go - everything ships Monday for Wednesday "
        "delivery.\n\nSam"
    )
    res = read(body, [make_po(locale="en-US")], when=FRIDAY)
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 9)}


def test_a_noun_before_the_next_date_labels_that_one() -> None:
    body = "Hi Dana,\n\nPO 4500012345 confirmed, ship 12/10 delivery 12/14.\n\nSam"
    res = read(body, [make_po(locale="en-US")], when=FRIDAY)
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 14)}
