"""Business-day aging of the queue (pure): what "3-5 days old" means across weekends."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from agent.web.queue import AGE_BUCKETS, Filters, age_range, business_age, business_days_back

MONDAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("created", "age"),
    [
        (MONDAY, 0),
        # Weekdays in (created, today]: from the weekend, Monday is the one that counts.
        (date(2026, 11, 29), 1),  # Sunday
        (date(2026, 11, 28), 1),  # Saturday
        (date(2026, 11, 27), 1),  # Friday
        (date(2026, 11, 23), 5),  # the Monday before
        (date(2026, 11, 16), 10),
        (MONDAY + timedelta(days=3), 0),  # in the future: never negative
    ],
)
def test_business_age_skips_weekends(created: date, age: int) -> None:
    assert business_age(created, MONDAY) == age


def test_age_buckets_cover_every_age_exactly_once() -> None:
    tz = ZoneInfo("Europe/Berlin")
    today = date(2026, 12, 3)  # a Thursday
    for back in range(0, 40):
        created_day = today - timedelta(days=back)
        created = datetime(created_day.year, created_day.month, created_day.day, 15, tzinfo=tz)
        age = business_age(created_day, today)
        hits = []
        for label, young, old in AGE_BUCKETS:
            oldest, newest = age_range(label, today, tz)
            if created < newest and (oldest is None or created >= oldest):
                hits.append(label)
                assert young <= age and (old is None or age <= old), (label, age)
        assert len(hits) == 1, (created_day, hits)
    assert business_days_back(today, 0) == today


def test_filters_default_to_my_queue_and_drop_unknown_values() -> None:
    f = Filters.from_query({"priority": "urgent", "age": "3-5", "page": "x"}, "me@buyer.example")
    assert (f.owner, f.priority, f.age, f.page) == ("me@buyer.example", "", "3-5", 1)
    assert Filters.from_query({"owner": "all"}, "me@buyer.example").owner == ""
    assert f.query(page=2) == {"owner": "me@buyer.example", "age": "3-5", "page": "2"}
    with pytest.raises(ValueError, match="unknown age bucket"):
        age_range("11-99", date(2026, 12, 3), ZoneInfo("UTC"))
