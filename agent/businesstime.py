"""Business-hours arithmetic in a supplier's time zone (pure functions).

The cadence (``due_after``) counts in buyers' units: "2 business days" or
"48h" (clock hours), and a mail that falls outside business hours waits for the
next business-hours start in the supplier's time zone, so a request sent
Friday afternoon is not chased on Sunday. ``add_business_hours`` (working hours
only) remains for the moments the workflow derives from a supplier's words.
"""

from __future__ import annotations

import functools
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.config import Delay, ScheduleSettings


def zone(name: str | None, default: str = "UTC") -> ZoneInfo:
    for candidate in (name, default, "UTC"):
        if not candidate:
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    return ZoneInfo("UTC")


def _window(day: date, sched: ScheduleSettings, tz: ZoneInfo) -> tuple[datetime, datetime] | None:
    if day.isoweekday() not in sched.business_days:
        return None
    start = datetime.combine(day, sched.business_start_time, tzinfo=tz)
    end = datetime.combine(day, sched.business_end_time, tzinfo=tz)
    return start, end


def add_business_hours(
    start: datetime, hours: float, sched: ScheduleSettings, tz: ZoneInfo
) -> datetime:
    """``start`` plus ``hours`` counted only inside business hours (in ``tz``); returns UTC."""
    if not sched.business_hours_only:
        return (start + timedelta(hours=hours)).astimezone(UTC)
    remaining = timedelta(hours=hours)
    cursor = start.astimezone(tz)
    # Bounded: a year of calendar days is far more than any configured delay needs.
    for _ in range(800):
        window = _window(cursor.date(), sched, tz)
        if window is not None:
            begin, end = window
            if cursor < begin:
                cursor = begin
            if cursor < end:
                available = end - cursor
                if remaining <= available:
                    return (cursor + remaining).astimezone(UTC)
                remaining -= available
        next_day = cursor.date() + timedelta(days=1)
        cursor = datetime.combine(next_day, time(0, 0), tzinfo=tz)
    return (start + timedelta(hours=hours)).astimezone(UTC)


def end_of_business_day(day: date, sched: ScheduleSettings, tz: ZoneInfo) -> datetime:
    """``day`` at the end of business hours in ``tz`` (UTC): "we will revert by Friday"."""
    return datetime.combine(day, sched.business_end_time, tzinfo=tz).astimezone(UTC)


def start_of_business_day(day: date, sched: ScheduleSettings, tz: ZoneInfo) -> datetime:
    """``day`` at the start of business hours in ``tz`` (UTC): "back on Monday"."""
    return datetime.combine(day, sched.business_start_time, tzinfo=tz).astimezone(UTC)


# ------------------------------------------------- the cadence in buyers' units
# "2 business days" skips weekends (``business_days``), the supplier country's public
# holidays and the company calendar; "48h" is 48 clock hours. Either way a mail that
# falls outside business hours waits for the next business-hours start.


def country_of(locale: str | None, sched: ScheduleSettings) -> str:
    """The supplier's country for its holidays: its locale's region, else the configured one."""
    if locale:
        parts = locale.replace("_", "-").split("-")
        for part in parts[1:]:
            if len(part) == 2 and part.isalpha():
                return part.upper()
    return sched.holiday_country


@functools.lru_cache(maxsize=256)
def _public_holidays(country: str, year: int) -> frozenset[date]:
    import holidays

    try:
        return frozenset(holidays.country_holidays(country, years=year).keys())
    except NotImplementedError:
        return frozenset()  # a country the package doesn't know: weekends only


def is_business_day(day: date, sched: ScheduleSettings, country: str = "") -> bool:
    iso = day.isoformat()
    if iso in sched.company_working_days:
        return True
    if day.isoweekday() not in sched.business_days or iso in sched.company_holidays:
        return False
    return not (
        sched.observe_public_holidays and country and day in _public_holidays(country, day.year)
    )


def next_business_moment(
    moment: datetime, sched: ScheduleSettings, tz: ZoneInfo, country: str = ""
) -> datetime:
    """``moment`` if it is inside business hours, else the next business-hours start (UTC)."""
    if not sched.business_hours_only:
        return moment.astimezone(UTC)
    local = moment.astimezone(tz)
    day = local.date()
    start = datetime.combine(day, sched.business_start_time, tzinfo=tz)
    end = datetime.combine(day, sched.business_end_time, tzinfo=tz)
    if is_business_day(day, sched, country):
        if local < start:
            return start.astimezone(UTC)
        if local < end:
            return local.astimezone(UTC)
    for _ in range(800):  # bounded: no calendar has 800 days off in a row
        day += timedelta(days=1)
        if is_business_day(day, sched, country):
            return datetime.combine(day, sched.business_start_time, tzinfo=tz).astimezone(UTC)
    return moment.astimezone(UTC)


def due_after(
    start: datetime, delay: Delay, sched: ScheduleSettings, tz: ZoneInfo, country: str = ""
) -> datetime:
    """When a mail ``delay`` after ``start`` is due, in business hours of ``tz`` (UTC).

    "48h": 48 clock hours, then the next business-hours moment. "2 business days": the
    same time of day two business days later (a start outside business hours counts
    from the next business-hours start), then the next business-hours moment.
    """
    if delay.unit == "hours":
        return next_business_moment(start + timedelta(hours=delay.amount), sched, tz, country)
    local = next_business_moment(start, sched, tz, country).astimezone(tz)
    day = local.date()
    remaining = int(delay.amount)
    for _ in range(800 + remaining):
        if remaining <= 0:
            break
        day += timedelta(days=1)
        if is_business_day(day, sched, country):
            remaining -= 1
    target = datetime.combine(day, local.timetz().replace(tzinfo=None), tzinfo=tz)
    return next_business_moment(target, sched, tz, country)
