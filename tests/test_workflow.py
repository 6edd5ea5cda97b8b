"""Applying extraction results to the database: versions, tolerances, priority, owner, cadence hints.

The extraction result is the reading pipeline's output (its own tests cover
reading); here it is written out so each rule of the workflow is checked on
its own, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from agent.models import (
    AckState,
    AuditLog,
    Confirmation,
    ExceptionState,
    LineStatus,
    POException,
    POLine,
    PurchaseOrder,
    Supplier,
    SuppressedAddress,
)
from agent.reading.types import (
    DeliveryStatus,
    ExtractionResult,
    LineConfirmation,
    POConfirmation,
)
from agent.workflow import ResolutionError, apply_result, resolve
from tests.loop_helpers import seed_po

NOW = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)


def raw_from(sender: str, extra: str = "") -> bytes:
    return (
        f"From: {sender}\r\nTo: purchasing@buyer.example\r\nSubject: RE: PO\r\n"
        f"Message-ID: <r-{abs(hash((sender, extra)))}@x.example>\r\n{extra}\r\nok\r\n"
    ).encode()


@pytest.fixture
def env(session_factory, settings_factory, db_url):
    settings = settings_factory(
        db_url=db_url,
        tolerances={
            "price_pct": "1",
            "quantity_pct": "0",
            "date_late_days": 2,
            "date_early_days": 5,
            "tiers": {"A": {"price_pct": "3"}},
        },
        priority={
            "high_value_at_risk": "10000",
            "medium_value_at_risk": "1000",
            "critical_days": 7,
            "bump_tiers": ["S"],
        },
        routing={
            "planners": "planning@buyer.example",
            "finance": "finance@buyer.example",
            "finance_price_threshold": "500",
            "operations_manager": "ops@buyer.example",
        },
    )
    with session_factory() as s:
        seed_po(
            s,
            "4500000001",
            supplier_id="ACME",
            supplier_email="orders@acme.example",
            lines=[
                ("FAST-M8", "1000", "0.20", date(2027, 1, 20)),  # $200 of fasteners
                ("CAST-77", "10", "3000.00", date(2027, 1, 20), "critical"),  # $30,000 casting
            ],
        )
        seed_po(
            s,
            "4500000002",
            supplier_id="BOLT",
            supplier_email="sales@bolt.example",
            tier="A",
            lines=[("BOLT-1", "100", "10.00", date(2027, 2, 1))],
        )
        for po in s.execute(select(PurchaseOrder)).scalars():
            po.ack_state = AckState.requested
        s.commit()
    return settings


def confirm(po: str, *lines: LineConfirmation, status: str = "changed") -> ExtractionResult:
    return ExtractionResult(
        kind="confirmation",
        confirmations=[POConfirmation(po_number=po, status=status, lines=list(lines))],
        matched_po_numbers=[po],
        confidence=0.95,
    )


def exceptions(s, **where):
    q = select(POException)
    for k, v in where.items():
        q = q.where(getattr(POException, k) == v)
    return list(s.execute(q.order_by(POException.id)).scalars())


def test_accept_all_lines_acknowledges_po(env, session_factory):
    result = confirm(
        "4500000001",
        LineConfirmation(line=1, status="accepted", evidence="confirmed as per PO"),
        LineConfirmation(line=2, status="accepted", evidence="confirmed as per PO"),
        status="accepted",
    )
    with session_factory() as s:
        assert apply_result(s, env, result, raw_from("orders@acme.example"), NOW) == "confirmation"
        s.commit()
    with session_factory() as s:
        po = s.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_number == "4500000001")
        ).scalar_one()
        assert po.ack_state == AckState.acknowledged
        assert po.acknowledged_at == NOW
        lines = (
            s.execute(select(POLine).where(POLine.po_id == po.id).order_by(POLine.line_number))
            .scalars()
            .all()
        )
        assert [ln.line_status for ln in lines] == [LineStatus.accepted, LineStatus.accepted]
        assert lines[1].promised_price == Decimal("3000.00")
        assert lines[1].promised_date == date(2027, 1, 20)
        assert exceptions(s) == []
        assert s.execute(select(AuditLog).where(AuditLog.entity == "confirmation")).scalars().all()


def test_priority_owner_by_value_and_criticality(env, session_factory):
    # A 5-day slip on both lines: the fastener line is low priority for the
    # planners; the critical casting is high and goes to the operations manager.
    result = confirm(
        "4500000001",
        LineConfirmation(
            line=1, status="changed", date=date(2027, 1, 25), evidence="line 1 Jan 25"
        ),
        LineConfirmation(
            line=2, status="changed", date=date(2027, 1, 25), evidence="line 2 Jan 25"
        ),
    )
    with session_factory() as s:
        apply_result(s, env, result, raw_from("orders@acme.example"), NOW)
        s.commit()
        found = {e.line_number: e for e in exceptions(s)}
    assert found[1].type.value == "date_late" and found[1].state == ExceptionState.open
    assert found[1].priority.value == "low"
    assert found[1].owner == "planning@buyer.example"
    assert found[1].po_value == "2027-01-20" and found[1].confirmed_value == "2027-01-25"
    assert found[1].value_at_risk == Decimal("200.00")
    assert found[2].priority.value == "high"
    assert found[2].owner == "ops@buyer.example"
    assert found[2].value_at_risk == Decimal("30000.00")
    assert found[2].evidence == "line 2 Jan 25"


def test_tolerances_auto_accept_and_tier_override(env, session_factory):
    with session_factory() as s:
        # 2 days late is inside date_late_days=2; price +0.5% inside price_pct=1.
        apply_result(
            s,
            env,
            confirm(
                "4500000001",
                LineConfirmation(
                    line=1, status="changed", date=date(2027, 1, 22), unit_price=Decimal("0.201")
                ),
                LineConfirmation(line=2, status="accepted"),
            ),
            raw_from("orders@acme.example"),
            NOW,
        )
        # Tier A supplier: +2.5% inside the tier's 3%; the default 1% would not accept it.
        apply_result(
            s,
            env,
            confirm(
                "4500000002",
                LineConfirmation(line=1, status="changed", unit_price=Decimal("10.25")),
            ),
            raw_from("sales@bolt.example"),
            NOW,
        )
        s.commit()
        found = exceptions(s)
        assert {(e.type.value, e.state.value) for e in found} == {
            ("date_late", "auto_accepted"),
            ("price_variance", "auto_accepted"),
        } and len(found) == 3
        po1 = s.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_number == "4500000001")
        ).scalar_one()
        assert po1.ack_state == AckState.acknowledged
    with session_factory() as s:
        # Outside tolerance: +5% on 100 x 10.00 for a tier-A supplier = open; $50 stays with the buyer.
        apply_result(
            s,
            env,
            confirm(
                "4500000002",
                LineConfirmation(line=1, status="changed", unit_price=Decimal("10.50")),
            ),
            raw_from("sales@bolt.example"),
            NOW,
        )
        s.commit()
        opened = exceptions(s, state=ExceptionState.open)
        assert [(e.type.value, e.confirmed_value, e.owner) for e in opened] == [
            ("price_variance", "10.50", "dana.ruiz@buyer.example")
        ]


def test_large_price_variance_goes_to_finance(env, session_factory):
    with session_factory() as s:
        apply_result(
            s,
            env,
            confirm(
                "4500000002",
                LineConfirmation(line=1, status="changed", unit_price=Decimal("15.00")),
            ),
            raw_from("sales@bolt.example"),
            NOW,
        )
        s.commit()
        (exc,) = exceptions(s)
    # 100 x $5 = $500 at risk: low priority, but at the $500 finance threshold.
    assert exc.type.value == "price_variance"
    assert exc.value_at_risk == Decimal("500.00")
    assert exc.priority.value == "low"
    assert exc.owner == "finance@buyer.example"


def test_critical_item_raises_priority(env, session_factory):
    with session_factory() as s:
        apply_result(
            s,
            env,
            confirm(
                "4500000001",
                LineConfirmation(line=2, status="changed", unit_price=Decimal("3100.00")),
            ),
            raw_from("orders@acme.example"),
            NOW,
        )
        s.commit()
        (exc,) = exceptions(s)
    # $1,000 at risk is medium; the critical casting raises it to high -> operations manager.
    assert exc.value_at_risk == Decimal("1000.00")
    assert exc.priority.value == "high"
    assert exc.owner == "ops@buyer.example"


def test_later_reply_supersedes_with_history(env, session_factory):
    with session_factory() as s:
        apply_result(
            s,
            env,
            confirm(
                "4500000001",
                LineConfirmation(line=1, status="changed", date=date(2027, 2, 10)),
                LineConfirmation(line=2, status="accepted"),
            ),
            raw_from("orders@acme.example"),
            NOW,
        )
        s.commit()
    later = datetime(2026, 11, 5, 9, 0, tzinfo=UTC)
    with session_factory() as s:
        apply_result(
            s,
            env,
            confirm(
                "4500000001",
                LineConfirmation(
                    line=1, status="accepted", evidence="we can make Jan 20 after all"
                ),
            ),
            raw_from("orders@acme.example"),
            later,
        )
        s.commit()
        confs = s.execute(select(Confirmation).order_by(Confirmation.version)).scalars().all()
        assert [(c.version, c.superseded_at) for c in confs] == [(1, later), (2, None)]
        line1 = s.execute(
            select(POLine).where(POLine.line_number == 1, POLine.item == "FAST-M8")
        ).scalar_one()
        assert line1.promised_date == date(2027, 1, 20)
        assert line1.confirmation_version == 2
        (old,) = exceptions(s, type="date_late")
        assert old.state == ExceptionState.resolved and old.action == "superseded"
        # Line 2 was not addressed by v2: its earlier promise stands.
        line2 = s.execute(select(POLine).where(POLine.item == "CAST-77")).scalar_one()
        assert line2.line_status == LineStatus.accepted and line2.confirmation_version == 1


def test_partial_confirmation_keeps_rest_unconfirmed(env, session_factory):
    with session_factory() as s:
        apply_result(
            s,
            env,
            confirm(
                "4500000001",
                LineConfirmation(line=1, status="accepted"),
                LineConfirmation(line=2, status="unconfirmed"),
                status="partial",
            ),
            raw_from("orders@acme.example"),
            NOW,
        )
        s.commit()
        po = s.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_number == "4500000001")
        ).scalar_one()
        assert po.ack_state == AckState.partially_acknowledged
        assert po.next_follow_up_at is not None and po.next_follow_up_at > NOW
        line2 = s.execute(select(POLine).where(POLine.item == "CAST-77")).scalar_one()
        assert line2.line_status == LineStatus.unconfirmed and line2.promised_date is None


@pytest.mark.parametrize(
    "sender, extra, reason",
    [
        ("someone@gmail.example", "", "not a known address"),
        (
            "orders@acme.example",
            "Authentication-Results: mx.buyer.example; spf=pass smtp.mailfrom=acme.example; dmarc=fail header.from=acme.example\r\n",
            "dmarc=fail",
        ),
    ],
)
def test_foreign_or_unauthenticated_sender_is_never_applied(
    env, session_factory, sender, extra, reason
):
    result = confirm(
        "4500000001",
        LineConfirmation(line=1, status="accepted"),
        LineConfirmation(line=2, status="accepted"),
        status="accepted",
    )
    with session_factory() as s:
        assert apply_result(s, env, result, raw_from(sender, extra), NOW) == "needs_review"
        s.commit()
        assert s.execute(select(Confirmation)).first() is None
        (exc,) = exceptions(s)
        assert exc.type.value == "needs_review" and exc.state == ExceptionState.open
        assert reason in exc.evidence
        assert exc.owner == "dana.ruiz@buyer.example"
        po = s.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_number == "4500000001")
        ).scalar_one()
        assert po.ack_state == AckState.requested


def test_auto_reply_snoozes_and_never_acknowledges(env, session_factory):
    result = ExtractionResult(
        kind="auto_reply",
        auto_reply_return_date=date(2026, 11, 16),
        matched_po_numbers=["4500000001"],
    )
    with session_factory() as s:
        assert apply_result(s, env, result, raw_from("orders@acme.example"), NOW) == "auto_reply"
        s.commit()
        po = s.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_number == "4500000001")
        ).scalar_one()
        assert po.ack_state == AckState.requested
        assert po.snoozed_until == datetime(2026, 11, 16, 8, 0, tzinfo=UTC)
        assert s.execute(select(Confirmation)).first() is None
        assert exceptions(s) == []


def test_auto_reply_without_po_match_uses_sender(env, session_factory):
    result = ExtractionResult(kind="auto_reply", auto_reply_return_date=date(2026, 11, 20))
    with session_factory() as s:
        apply_result(s, env, result, raw_from("sales@bolt.example"), NOW)
        s.commit()
        po1, po2 = (
            s.execute(select(PurchaseOrder).order_by(PurchaseOrder.po_number)).scalars().all()
        )
        assert po1.snoozed_until is None
        assert po2.snoozed_until is not None and po2.snoozed_until.date() == date(2026, 11, 20)


def test_permanent_bounce_opens_undeliverable_and_suppresses(env, session_factory):
    result = ExtractionResult(
        kind="bounce",
        bounce=DeliveryStatus(
            permanent=True,
            recipients=["orders@acme.example"],
            status="5.1.1",
            diagnostic="user unknown",
        ),
    )
    with session_factory() as s:
        apply_result(s, env, result, raw_from("MAILER-DAEMON@mx.acme.example"), NOW)
        apply_result(
            s, env, result, raw_from("MAILER-DAEMON@mx.acme.example"), NOW
        )  # a second copy
        s.commit()
        assert s.get(SuppressedAddress, "orders@acme.example") is not None
        (exc,) = exceptions(s)
        assert exc.type.value == "undeliverable" and exc.state == ExceptionState.open
        assert "5.1.1" in exc.evidence


def test_temporary_bounce_is_only_noted(env, session_factory):
    result = ExtractionResult(
        kind="bounce",
        bounce=DeliveryStatus(permanent=False, recipients=["orders@acme.example"], status="4.2.2"),
    )
    with session_factory() as s:
        apply_result(s, env, result, raw_from("MAILER-DAEMON@mx.acme.example"), NOW)
        s.commit()
        assert s.get(SuppressedAddress, "orders@acme.example") is None
        assert exceptions(s) == []
        assert (
            s.execute(select(AuditLog).where(AuditLog.action == "temporary_bounce")).scalars().all()
        )


def test_holding_answer_schedules_follow_up_on_promised_date(env, session_factory):
    result = ExtractionResult(
        kind="needs_review",
        matched_po_numbers=["4500000001"],
        review_reasons=["holding answer: will revert"],
        promised_reply_date=date(2026, 11, 6),
    )
    with session_factory() as s:
        assert apply_result(s, env, result, raw_from("orders@acme.example"), NOW) == "holding"
        s.commit()
        po = s.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_number == "4500000001")
        ).scalar_one()
        assert po.next_reply_expected == date(2026, 11, 6)
        assert po.next_follow_up_at == datetime(2026, 11, 6, 17, 0, tzinfo=UTC)
        assert exceptions(s) == []


def test_question_is_needs_review_for_buyer(env, session_factory):
    result = ExtractionResult(
        kind="needs_review",
        matched_po_numbers=["4500000001"],
        review_reasons=["the supplier asks a question"],
    )
    with session_factory() as s:
        assert apply_result(s, env, result, raw_from("orders@acme.example"), NOW) == "needs_review"
        s.commit()
        (exc,) = exceptions(s)
        assert exc.type.value == "needs_review" and "asks a question" in exc.evidence
        assert exc.owner == "dana.ruiz@buyer.example"


def test_resolve_accept_and_reject(env, session_factory):
    with session_factory() as s:
        apply_result(
            s,
            env,
            confirm(
                "4500000001",
                LineConfirmation(line=1, status="changed", date=date(2027, 2, 1)),
                LineConfirmation(line=2, status="changed", date=date(2027, 3, 1)),
            ),
            raw_from("orders@acme.example"),
            NOW,
        )
        s.commit()
        e1, e2 = exceptions(s, type="date_late")
    later = datetime(2026, 11, 4, 9, 0, tzinfo=UTC)
    with session_factory() as s:
        resolve(s, env, e1.id, "accept", root_cause="capacity", now=later)
        resolve(s, env, e2.id, "reject", root_cause="need it on time", note="call them", now=later)
        s.commit()
        with pytest.raises(ResolutionError):
            resolve(s, env, e2.id, "accept", root_cause="x", now=later)
        line1 = s.execute(select(POLine).where(POLine.item == "FAST-M8")).scalar_one()
        line2 = s.execute(select(POLine).where(POLine.item == "CAST-77")).scalar_one()
        assert line1.promised_date == date(2027, 2, 1) and line1.line_status == LineStatus.changed
        assert line2.line_status == LineStatus.unconfirmed and line2.promised_date is None
        po = s.get(PurchaseOrder, line2.po_id)
        assert po.ack_state == AckState.partially_acknowledged
        assert po.next_follow_up_at == later
        r1, r2 = exceptions(s, type="date_late")
        assert (r1.state, r1.action, r1.root_cause) == (
            ExceptionState.resolved,
            "accept",
            "capacity",
        )
        assert (r2.state, r2.action, r2.note) == (ExceptionState.resolved, "reject", "call them")
        actions = [
            a.action
            for a in s.execute(select(AuditLog).where(AuditLog.entity == "exception")).scalars()
        ]
        assert actions.count("resolved") == 2


def test_auto_reply_naming_a_colleague_adds_an_alternate_contact(env, session_factory):
    from agent.cadence import _recipients
    from agent.models import Supplier

    raw = (
        b"From: John <orders@acme.example>\r\nTo: purchasing@buyer.example\r\n"
        b"Subject: Out of office: PO 4500000001\r\nAuto-Submitted: auto-replied\r\n"
        b"Message-ID: <ooo-1@acme.example>\r\n\r\n"
        b"I am out of the office until November 16, 2026. For urgent matters please contact "
        b"anna.schmidt@acme.example.\r\n"
    )
    result = ExtractionResult(
        kind="auto_reply",
        auto_reply_return_date=date(2026, 11, 16),
        matched_po_numbers=["4500000001"],
    )
    with session_factory() as s:
        apply_result(s, env, result, raw, NOW)
        s.commit()
        supplier = s.get(Supplier, "ACME")
        assert supplier.alternate_emails == ["anna.schmidt@acme.example"]
        po = s.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_number == "4500000001")
        ).scalar_one()
        # With someone to write to, the chase goes on instead of waiting for the return.
        assert po.snoozed_until is None
        assert _recipients(s, supplier) == ["orders@acme.example", "anna.schmidt@acme.example"]


def test_priority_rules_pure():
    from agent.config import PrioritySettings, RoutingSettings
    from agent.priority import owner_for, priority_for, value_at_risk

    rules = PrioritySettings(high_value_at_risk=Decimal(10000), medium_value_at_risk=Decimal(1000),
                             critical_days=14, bump_criticalities=["critical"], bump_tiers=["A"])  # fmt: skip
    today = date(2026, 11, 3)
    far = date(2027, 3, 1)
    # The seeds' example: a 5-day slip on $200 of fasteners vs a $30,000 critical casting.
    fasteners = value_at_risk("date_late", quantity=Decimal(1000), unit_price=Decimal("0.20"))
    casting = value_at_risk("date_late", quantity=Decimal(10), unit_price=Decimal(3000))
    assert priority_for(rules, value=fasteners, needed_by=far, today=today) == "low"
    assert (
        priority_for(rules, value=casting, needed_by=far, today=today, criticality="critical")
        == "high"
    )
    # Needed within critical_days: high whatever the value.
    assert priority_for(rules, value=fasteners, needed_by=date(2026, 11, 10), today=today) == "high"
    # A key supplier raises one level.
    assert priority_for(rules, value=Decimal(1500), needed_by=far, today=today, tier="A") == "high"
    assert (
        priority_for(rules, value=Decimal(1500), needed_by=far, today=today, tier="C") == "medium"
    )
    # Value at risk per type.
    assert value_at_risk("price_variance", quantity=Decimal(100), unit_price=Decimal(10),
                         confirmed_price=Decimal("10.50")) == Decimal("50.00")  # fmt: skip
    assert value_at_risk("quantity_short", quantity=Decimal(100), unit_price=Decimal(10),
                         confirmed_quantity=Decimal(80)) == Decimal(200)  # fmt: skip

    routing = RoutingSettings(planners="plan@b.example", finance="fin@b.example",
                              finance_price_threshold=Decimal(500), operations_manager="ops@b.example")  # fmt: skip

    def owner(kind, priority, value):
        return owner_for(routing, kind=kind, priority=priority, value=Decimal(value),
                         buyer_email="buyer@b.example", fallback="purchasing@b.example").owner  # fmt: skip

    assert owner("date_late", "high", 0) == "ops@b.example"
    assert owner("date_late", "low", 0) == "plan@b.example"
    assert owner("price_variance", "medium", 499) == "buyer@b.example"
    assert owner("price_variance", "medium", 500) == "fin@b.example"
    assert owner("quantity_short", "low", 10) == "buyer@b.example"
    nobody = RoutingSettings()
    assert owner_for(nobody, kind="date_late", priority="high", value=Decimal(1), buyer_email=None,
                     fallback="purchasing@b.example").owner == "purchasing@b.example"  # fmt: skip


def test_a_pos_history_is_one_trail_under_its_id(env, session_factory):
    """The importer/sender and the workflow/cadence audit a PO under the same subject (its
    id), so the console's PO timeline shows the request and the answer together."""
    from agent import domain
    from agent.web.timeline import replies_of, timeline

    with session_factory() as s:
        po = s.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_number == "4500000002")
        ).scalar_one()
        po.ack_state = AckState.new
        domain.transition(s, po, AckState.requested, action="requested", actor="system", now=NOW)
        result = confirm(
            "4500000002", LineConfirmation(line=1, status="accepted", evidence="ok"),
            status="accepted",
        )  # fmt: skip
        assert apply_result(s, env, result, raw_from("sales@bolt.example"), NOW) == "confirmation"
        s.commit()
        subjects = {
            a.entity_id
            for a in s.execute(
                select(AuditLog).where(AuditLog.entity == "purchase_order")
            ).scalars()
        }
        assert "4500000002" not in subjects and "4500000001" not in subjects
        events = timeline(s, po, replies_of(s, po))
        po_events = [(e.action, e.to_state) for e in events if e.entity == "purchase_order"]
        assert po_events == [("requested", "requested"), ("ack_state", "acknowledged")]
        assert {e.entity_id for e in events if e.entity == "purchase_order"} == {str(po.id)}


@pytest.mark.parametrize(
    ("subject", "extra", "body", "kind"),
    [
        (
            "Automatic reply: PO 4500000001",
            "Auto-Submitted: auto-replied\r\n",
            "I am out of the office until 30 November 2026. "
            "Please contact anna.berg@acme.example for urgent matters.",
            "auto_reply",
        ),
        (
            "RE: PO 4500000001",
            "",
            "We confirm PO 4500000001 as ordered, both lines.\r\n\r\nPlease note I am on "
            "vacation until 30 November; my colleague anna.berg@acme.example can help.",
            "confirmation",
        ),
    ],
    ids=["out_of_office", "answer_with_absence"],
)
def test_a_reply_is_parsed_once(
    env, session_factory, settings_factory, db_url, monkeypatch, subject, extra, body, kind
):
    """The mail the reading normalized travels with the result into the workflow: no second
    normalize (absence note, alternate contact, supplier reference), one header parse when
    applying."""
    import agent.reading.message as message_module
    from agent import workflow
    from agent.models import InboundMessage
    from agent.workflow import sender as sender_check

    settings = settings_factory(db_url=db_url, reading={"isolate": False})
    raw = (
        f"From: Orders <orders@acme.example>\r\nTo: purchasing@buyer.example\r\n"
        f"Subject: {subject}\r\nDate: Tue, 03 Nov 2026 09:00:00 +0000\r\n{extra}"
        f"Message-ID: <once-{kind}@acme.example>\r\nContent-Type: text/plain; charset=utf-8"
        f"\r\n\r\n{body}\r\n"
    ).encode()
    normalized: list[bytes] = []
    real_normalize = message_module.normalize

    def counting_normalize(data, *args, **kwargs):
        normalized.append(data)
        return real_normalize(data, *args, **kwargs)

    headers: list[bytes] = []
    real_headers = sender_check._headers

    def counting_headers(data):
        headers.append(data)
        return real_headers(data)

    monkeypatch.setattr(message_module, "normalize", counting_normalize)
    monkeypatch.setattr(sender_check, "_headers", counting_headers)
    with session_factory() as s:
        row = InboundMessage(account="a", folder="INBOX", uidvalidity=1, uid=1, sha256="0" * 64,
                             raw=raw, size=len(raw))  # fmt: skip
        s.add(row)
        s.flush()
        assert workflow.process_inbound(s, row, raw, settings, NOW) == kind
        s.commit()
        # The absence / out-of-office was read (from the one normalized mail).
        supplier = s.get(Supplier, "ACME")
        assert "anna.berg@acme.example" in (supplier.alternate_emails or [])
    assert [d for d in normalized if d == raw] == [raw]
    assert len(headers) == 2  # choosing the candidate POs, then applying
