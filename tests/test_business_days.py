"""The cadence in buyers' units: "2 business days" and "48h", holidays, business hours."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from agent.ack_requests import queue_request
from agent.businesstime import country_of, due_after, next_business_moment
from agent.cadence import run_cadence
from agent.config import ConfigError, Delay, ScheduleSettings, settings_from_dict
from agent.models import OutboundKind, OutboundMessage, PurchaseOrder
from agent.outbox import send_due
from tests.loop_helpers import seed_po

BERLIN = ZoneInfo("Europe/Berlin")


def berlin(*args: int) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


def sched(**kw) -> ScheduleSettings:
    return ScheduleSettings(**kw)


def test_two_business_days_skip_the_weekend_and_german_christmas() -> None:
    s = sched()
    # Thursday 24 Dec 2026, 09:00: Friday 25th is a public holiday in Germany, then a weekend.
    start = berlin(2026, 12, 24, 9, 0)
    two = Delay.parse("2 business days")
    assert due_after(start, two, s, BERLIN, "DE") == berlin(2026, 12, 29, 9, 0).astimezone(UTC)
    # Without a country only the weekend is skipped.
    assert due_after(start, two, s, BERLIN, "") == berlin(2026, 12, 28, 9, 0).astimezone(UTC)
    # The company calendar: the 28th is a company day off; a holiday worked anyway counts.
    closed = sched(company_holidays=["2026-12-28"])
    assert due_after(start, two, closed, BERLIN, "") == berlin(2026, 12, 29, 9, 0).astimezone(UTC)
    open_on_25th = sched(company_working_days=["2026-12-25"])
    assert due_after(start, two, open_on_25th, BERLIN, "DE") == berlin(
        2026, 12, 28, 9, 0
    ).astimezone(UTC)


def test_48h_are_clock_hours_then_moved_into_business_hours() -> None:
    s = sched()
    h48 = Delay.parse("48h")
    # Monday 09:00 + 48 h = Wednesday 09:00 (a business moment: stays).
    assert due_after(berlin(2026, 11, 2, 9, 0), h48, s, BERLIN) == berlin(
        2026, 11, 4, 9, 0
    ).astimezone(UTC)
    # Thursday 16:00 + 48 h = Saturday 16:00 → Monday 08:00, the next business-hours start.
    assert due_after(berlin(2026, 11, 5, 16, 0), h48, s, BERLIN) == berlin(
        2026, 11, 9, 8, 0
    ).astimezone(UTC)
    # A request sent after hours counts its business days from the next morning.
    assert due_after(
        berlin(2026, 11, 6, 18, 30), Delay.parse("2 business days"), s, BERLIN
    ) == berlin(2026, 11, 11, 8, 0).astimezone(UTC)
    assert next_business_moment(berlin(2026, 11, 7, 12, 0), s, BERLIN) == berlin(
        2026, 11, 9, 8, 0
    ).astimezone(UTC)


def test_delay_syntax_and_clear_errors() -> None:
    assert str(Delay.parse("2 business days")) == "2 business days"
    assert str(Delay.parse("48h")) == "48h"
    assert Delay.parse("36 hours") == Delay(amount=36, unit="hours")
    assert Delay.parse("1 working day") == Delay(amount=1, unit="business_days")
    with pytest.raises(ConfigError) as err:
        settings_from_dict({"schedule": {"follow_up_after": "2 weeks"}})
    assert 'schedule.follow_up_after: must be like "2 business days" or "48h"' in str(err.value)
    with pytest.raises(ConfigError) as err:
        settings_from_dict({"schedule": {"holiday_country": "XX"}})
    assert "schedule.holiday_country: unknown country code 'XX'" in str(err.value)


def test_old_hour_keys_keep_working_with_a_deprecation_note() -> None:
    settings = settings_from_dict(
        {"schedule": {"follow_up_after_hours": 48, "escalate_after_hours": 120}}
    )
    assert settings.schedule.follow_up_after == Delay(amount=48, unit="hours")
    assert settings.schedule.escalate_after == Delay(amount=120, unit="hours")
    notes = settings.schedule.deprecations()
    assert len(notes) == 2 and "follow_up_after_hours is deprecated" in notes[0]
    defaults = settings_from_dict({})
    assert str(defaults.schedule.follow_up_after) == "2 business days"
    assert str(defaults.schedule.escalate_after) == "5 business days"
    assert defaults.schedule.deprecations() == []


def test_supplier_country_from_its_locale() -> None:
    s = sched(holiday_country="FR")
    assert country_of("de-DE", s) == "DE"
    assert country_of("en_GB", s) == "GB"
    assert country_of("de", s) == "FR"
    assert country_of(None, s) == "FR"


@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_request_monday_0900_with_48h_is_followed_up_wednesday_1030(
    session_factory, settings_factory, smtp_server, db_url
) -> None:
    """The issue's case: 48 h configured, request Monday 09:00, follow-up by Wednesday 10:30."""
    settings = settings_factory(
        db_url=db_url,
        smtp=smtp_server,
        company={"timezone": "Europe/Berlin"},
        schedule={
            "follow_up_after": "48h",
            "escalate_after": "5 business days",
            "business_hours_only": True,
        },
    )
    monday = berlin(2026, 11, 2, 9, 0).astimezone(UTC)
    with session_factory() as s:
        seed_po(s, "4500000201", supplier_id="ACME", supplier_email="orders@acme.example",
                timezone="Europe/Berlin", lines=[("A-1", "10", "5.00", date(2027, 1, 10))])  # fmt: skip
        s.commit()
        po = s.execute(select(PurchaseOrder)).scalar_one()
        queue_request(s, settings, po, monday)
        s.commit()
    assert send_due(session_factory, settings, monday).sent == 1
    tuesday = berlin(2026, 11, 3, 16, 0).astimezone(UTC)
    assert run_cadence(session_factory, settings, tuesday).follow_ups == []
    wednesday = berlin(2026, 11, 4, 10, 30).astimezone(UTC)
    assert run_cadence(session_factory, settings, wednesday).follow_ups == ["4500000201"]
    # Five business days without an answer: the next Monday at 09:00, not before.
    assert run_cadence(session_factory, settings, berlin(2026, 11, 9, 8, 59)).escalations == []
    assert run_cadence(session_factory, settings, berlin(2026, 11, 9, 9, 0)).escalations == [
        "4500000201"
    ]
    with session_factory() as s:
        kinds = [m.kind for m in s.execute(select(OutboundMessage)).scalars()]
    assert kinds.count(OutboundKind.follow_up) == 1


def test_check_config_shows_the_delays_and_notes_the_old_keys(tmp_path, capsys) -> None:
    from agent.cli import main
    from tests.conftest import write_toml

    config = write_toml(
        tmp_path / "c.toml",
        {"schedule": {"follow_up_after_hours": 36, "escalate_after": "4 business days"}},
    )
    assert main(["check-config", "--config", str(config)]) == 0
    out, err = capsys.readouterr()
    assert 'follow_up_after = "36h"' in out
    assert 'escalate_after = "4 business days"' in out
    assert "note: schedule.follow_up_after_hours is deprecated" in err


@pytest.mark.parametrize("db_backend", ["sqlite"], indirect=True)
def test_supplier_mail_waits_for_the_suppliers_own_business_hours_and_holidays(
    session_factory, settings_factory, smtp_server, db_url
) -> None:
    from agent.models import Supplier

    settings = settings_factory(
        db_url=db_url, smtp=smtp_server, company={"timezone": "Europe/Berlin"},
        schedule={"business_hours_only": True},
    )  # fmt: skip
    with session_factory() as s:
        seed_po(s, "4500000301", supplier_id="NIPPON", supplier_email="sales@nippon.example",
                timezone="Asia/Tokyo", lines=[("N-1", "10", "5.00", date(2027, 1, 10))])  # fmt: skip
        seed_po(s, "4500000302", supplier_id="BRANDT", supplier_email="vk@brandt.example",
                timezone="Europe/Berlin", lines=[("B-1", "10", "5.00", date(2027, 1, 10))])  # fmt: skip
        s.get(Supplier, "BRANDT").locale = "de-DE"
        s.get(Supplier, "NIPPON").locale = "ja-JP"
        s.commit()
        for po in s.execute(select(PurchaseOrder).order_by(PurchaseOrder.po_number)).scalars():
            queue_request(s, settings, po, berlin(2026, 12, 24, 1, 0))
        s.commit()
    # Friday 25 Dec 2026, 02:00 in Berlin (a German holiday, at night) = 10:00 in Tokyo.
    christmas = berlin(2026, 12, 25, 2, 0).astimezone(UTC)
    summary = send_due(session_factory, settings, christmas)
    assert summary.sent == 1 and "sales@nippon.example" in summary.delivered[0]
    [held] = summary.held_details
    assert "vk@brandt.example" in held
    assert held.endswith("until 2026-12-28 08:00 CET")  # after Christmas and the weekend
