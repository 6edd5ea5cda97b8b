"""Business-hours arithmetic in a supplier's time zone (pure functions).

"Follow up after 48 hours" means 48 working hours when ``business_hours_only``
is set: a request sent Friday afternoon is not chased on Sunday.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from agent.config import ScheduleSettings


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


def business_start_on_or_after(moment: datetime, sched: ScheduleSettings, tz: ZoneInfo) -> datetime:
    """The first business moment at or after ``moment`` (UTC)."""
    return add_business_hours(moment, 0, sched, tz)


def end_of_business_day(day: date, sched: ScheduleSettings, tz: ZoneInfo) -> datetime:
    """``day`` at the end of business hours in ``tz`` (UTC): "we will revert by Friday"."""
    return datetime.combine(day, sched.business_end_time, tzinfo=tz).astimezone(UTC)


def start_of_business_day(day: date, sched: ScheduleSettings, tz: ZoneInfo) -> datetime:
    """``day`` at the start of business hours in ``tz`` (UTC): "back on Monday"."""
    return datetime.combine(day, sched.business_start_time, tzinfo=tz).astimezone(UTC)
