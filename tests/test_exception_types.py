"""The exception-type registry (agent.domain.exception_types): complete, consistent with
the reading and the settings, and what its entries say is what the other modules do."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import get_args

import pytest

from agent.config import Tolerance, ToleranceOverride
from agent.domain import exception_types as et
from agent.models import ExceptionType
from agent.reading.types import DifferenceType

NOW = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)


def test_every_stored_type_has_one_complete_entry():
    assert [k.type for k in et.KINDS] == list(et.REGISTRY)
    assert set(et.REGISTRY) == set(ExceptionType)
    assert len(et.KINDS) == len(ExceptionType)
    for kind in et.KINDS:
        assert kind.label and kind.hint, kind.type
        assert kind.group in get_args(et.DigestGroup)
        assert kind.priority in (None, *get_args(et.Priority))
        if kind.tolerance is not None:
            assert kind.difference and kind.compares is not None


def test_the_differences_are_those_the_reading_finds():
    assert {t.value for t in et.DIFFERENCE_TYPES} == set(get_args(DifferenceType))


def test_every_tolerance_key_is_a_setting():
    keys = {k.tolerance for k in et.KINDS if k.tolerance}
    assert keys == set(Tolerance.model_fields)
    assert keys == set(ToleranceOverride.model_fields)


def test_within_tolerance_reads_the_entry():
    from agent.reading.types import Difference
    from agent.workflow import within_tolerance

    tol = Tolerance(price_pct=Decimal(2), quantity_pct=Decimal(0), date_late_days=3)
    assert within_tolerance(Difference("P", 1, "price_variance", "10.00", "10.10"), tol)
    assert not within_tolerance(Difference("P", 1, "quantity_short", "10", "9"), tol)
    assert within_tolerance(Difference("P", 1, "date_late", "2026-12-01", "2026-12-04"), tol)
    assert not within_tolerance(Difference("P", 1, "date_early", "2026-12-04", "2026-12-01"), tol)
    assert not within_tolerance(Difference("P", 1, "line_rejected", "10", "0"), tol)


def test_owner_and_value_rules_follow_the_entry(monkeypatch):
    from agent.config import RoutingSettings
    from agent.priority import owner_for, value_at_risk

    routing = RoutingSettings(planners="plan@b.example", finance="fin@b.example",
                              finance_price_threshold=Decimal(100))  # fmt: skip

    def owner(kind: str, value: str = "500") -> tuple[str, str]:
        got = owner_for(routing, kind=kind, priority="low", value=Decimal(value),
                        buyer_email="dana@b.example", fallback="po@b.example")  # fmt: skip
        return got.owner, got.rule

    assert owner("date_late") == ("plan@b.example", "date_change")
    assert owner("price_variance") == ("fin@b.example", "price_variance_threshold")
    assert owner("price_variance", "50") == ("dana@b.example", "default")
    assert owner("quantity_short") == ("dana@b.example", "default")
    line = {"quantity": Decimal(10), "unit_price": Decimal(5)}
    assert value_at_risk("quantity_short", **line, confirmed_quantity=Decimal(8)) == 10
    # One entry changed: quantities go to the planners and are valued as whole lines.
    entry = et.kind_of("quantity_short")
    monkeypatch.setitem(et.REGISTRY, entry.type, replace(entry, owner_rule="planners",
                                                         compares=None))  # fmt: skip
    assert owner("quantity_short") == ("plan@b.example", "date_change")
    assert value_at_risk("quantity_short", **line, confirmed_quantity=Decimal(8)) == 50


@pytest.fixture
def digest_env(session_factory, settings_factory, db_url):
    from tests.loop_helpers import seed_po

    settings = settings_factory(db_url=db_url)
    with session_factory() as s:
        seed_po(s, "4500000001", supplier_id="ACME", supplier_email="orders@acme.example",
                lines=[("FAST-M8", "1000", "0.20", date(2027, 1, 20))])  # fmt: skip
        s.commit()
    return settings


def test_a_registry_entry_drives_label_priority_and_digest_group(
    digest_env, session_factory, monkeypatch
):
    """Change one entry, and the exception the workflow opens, its label and the digest
    section it is listed in all follow, without touching another module."""
    from sqlalchemy import select

    from agent.digest import collect, find_recipient
    from agent.models import POException, PurchaseOrder
    from agent.workflow import open_exception

    entry = et.kind_of(ExceptionType.needs_review)
    monkeypatch.setitem(
        et.REGISTRY,
        entry.type,
        replace(entry, label="Read this one", priority="high", group="escalations"),
    )
    with session_factory() as s:
        po = s.execute(select(PurchaseOrder)).scalar_one()
        exc = open_exception(s, digest_env, po=po, type=ExceptionType.needs_review, now=NOW,
                             evidence="the reply could not be read")  # fmt: skip
        s.commit()
        assert s.get(POException, exc.id).priority == "high"
        recipient = find_recipient(s, digest_env, exc.owner)
        data = collect(s, digest_env, recipient, NOW, since=NOW.replace(hour=0))
    assert [it["id"] for it in data.escalations] == [exc.id]
    assert data.review == []
    assert data.escalations[0]["label"] == "Read this one"
