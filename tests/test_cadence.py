"""Requests, follow-ups and escalations derived from the database and `now`, sent over real SMTP."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from agent.ack_requests import queue_request
from agent.businesstime import add_business_hours
from agent.cadence import run_cadence
from agent.config import ScheduleSettings
from agent.models import (
    AckState,
    ExceptionState,
    OutboundKind,
    OutboundMessage,
    POException,
    PurchaseOrder,
    SuppressedAddress,
)
from agent.outbox import send_due
from agent.reading.types import ExtractionResult, LineConfirmation, POConfirmation
from agent.workflow import apply_result
from tests.loop_helpers import seed_po

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # a Monday


def hours(n: float) -> datetime:
    return T0 + timedelta(hours=n)


@pytest.fixture
def env(session_factory, settings_factory, smtp_server, db_url):
    settings = settings_factory(
        db_url=db_url,
        smtp=smtp_server,
        schedule={
            "follow_up_after_hours": 48,
            "max_follow_ups": 2,
            "escalate_after_hours": 120,
            "business_hours_only": False,
        },
    )
    with session_factory() as s:
        seed_po(s, "4500000101", supplier_id="ACME", supplier_email="orders@acme.example",
                lines=[("A-1", "10", "5.00", date(2027, 1, 10)), ("A-2", "20", "7.50", date(2027, 1, 10))])  # fmt: skip
        seed_po(s, "4500000102", supplier_id="BOLT", supplier_email="sales@bolt.example",
                lines=[("B-1", "5", "99.00", date(2027, 1, 15))])  # fmt: skip
        seed_po(s, "4500000103", supplier_id="CAST", supplier_email="ops@cast.example",
                lines=[("C-1", "2", "1500.00", date(2027, 2, 1))])  # fmt: skip
        s.commit()
    return settings


def queue_requests(session_factory, settings, now) -> list[str]:
    """What the import does for each new PO: queue its request (once per revision)."""
    queued = []
    with session_factory() as s:
        for p in s.execute(select(PurchaseOrder).order_by(PurchaseOrder.po_number)).scalars():
            before = s.execute(select(OutboundMessage.id)).all()
            queue_request(s, settings, p, now)
            if len(s.execute(select(OutboundMessage.id)).all()) > len(before):
                queued.append(p.po_number)
        s.commit()
    return queued


def outbound(s, kind=None):
    q = select(OutboundMessage).order_by(OutboundMessage.id)
    if kind:
        q = q.where(OutboundMessage.kind == kind)
    return list(s.execute(q).scalars())


def po(s, number):
    return s.execute(select(PurchaseOrder).where(PurchaseOrder.po_number == number)).scalar_one()


def confirm(s, settings, number, sender, lines, now, status="accepted"):
    result = ExtractionResult(
        kind="confirmation",
        confirmations=[POConfirmation(po_number=number, status=status, lines=lines)],
        matched_po_numbers=[number],
    )
    raw = (
        f"From: {sender}\r\nSubject: RE\r\nMessage-ID: <{number}-{now.timestamp()}@s>\r\n\r\nok\r\n"
    )
    apply_result(s, settings, result, raw.encode(), now)
    s.commit()


def test_requests_follow_ups_escalation(env, session_factory, smtp_server):
    settings = env
    # Import → one request per PO, sent once even if the step runs again.
    assert queue_requests(session_factory, settings, T0) == [
        "4500000101",
        "4500000102",
        "4500000103",
    ]
    assert queue_requests(session_factory, settings, T0) == []
    assert send_due(session_factory, settings, T0).sent == 3
    requests = {m["Subject"]: m for m in smtp_server.messages()}
    assert len(requests) == 3
    by_po = {}
    for m in smtp_server.messages():
        for n in ("4500000101", "4500000102", "4500000103"):
            if n in str(m["Subject"]):
                by_po[n] = m

    # ACME confirms line 1 only; BOLT confirms everything; CAST says nothing.
    with session_factory() as s:
        confirm(s, settings, "4500000101", "orders@acme.example",
                [LineConfirmation(line=1, status="accepted"), LineConfirmation(line=2, status="unconfirmed")],
                hours(5), status="partial")  # fmt: skip
        confirm(s, settings, "4500000102", "sales@bolt.example",
                [LineConfirmation(line=1, status="accepted")], hours(6))  # fmt: skip

    # Nothing is due before 48 hours.
    assert run_cadence(session_factory, settings, hours(47)).follow_ups == []
    summary = run_cadence(session_factory, settings, hours(49))
    assert summary.follow_ups == ["4500000103"]
    # The same due moment never produces a second follow-up.
    assert run_cadence(session_factory, settings, hours(49.5)).follow_ups == []
    # ACME's partial answer at +5h: its remaining line is chased 48h after that answer.
    assert run_cadence(session_factory, settings, hours(53.5)).follow_ups == ["4500000101"]
    assert send_due(session_factory, settings, hours(54)).sent == 2
    mails = smtp_server.messages()[3:]
    assert len(mails) == 2
    follow = {("4500000101" in str(m["Subject"])): m for m in mails}
    acme, cast = follow[True], follow[False]
    # In the original thread.
    assert acme["In-Reply-To"] == by_po["4500000101"]["Message-ID"]
    assert by_po["4500000101"]["Message-ID"] in str(acme["References"])
    assert cast["In-Reply-To"] == by_po["4500000103"]["Message-ID"]
    assert [a.strip() for a in str(acme["To"]).split(",")] == ["orders@acme.example"]
    # Only the unconfirmed line is listed.
    acme_text = acme.get_body(preferencelist=("plain",)).get_content()
    assert "A-2" in acme_text and "A-1" not in acme_text
    assert "C-1" in cast.get_body(preferencelist=("plain",)).get_content()

    # The BOLT PO (fully confirmed) is never chased; the others get their second and
    # last follow-up 48 hours after the first went out (+54h).
    assert run_cadence(session_factory, settings, hours(101)).follow_ups == []
    assert run_cadence(session_factory, settings, hours(103)).follow_ups == [
        "4500000101",
        "4500000103",
    ]
    send_due(session_factory, settings, hours(103))
    assert run_cadence(session_factory, settings, hours(119)).escalations == []
    summary = run_cadence(session_factory, settings, hours(121))
    assert summary.escalations == ["4500000103"]
    assert "4500000103" not in summary.follow_ups  # max_follow_ups reached
    assert run_cadence(session_factory, settings, hours(200)).escalations == []
    with session_factory() as s:
        assert s.execute(select(POException)).scalar_one().state == ExceptionState.open
    with session_factory() as s:
        (esc,) = s.execute(select(POException)).scalars().all()
        assert esc.type.value == "no_response_escalation" and esc.state == ExceptionState.open
        assert esc.owner == "dana.ruiz@buyer.example"
        assert esc.value_at_risk == 3000
        assert po(s, "4500000103").ack_state == AckState.escalated
    # A late answer settles the escalation.
    with session_factory() as s:
        confirm(s, settings, "4500000103", "ops@cast.example",
                [LineConfirmation(line=1, status="accepted")], hours(201))  # fmt: skip
        esc = s.execute(select(POException)).scalar_one()
        assert (esc.state, esc.action) == (ExceptionState.resolved, "answered")
        assert po(s, "4500000103").ack_state == AckState.acknowledged
        assert po(s, "4500000102").ack_state == AckState.acknowledged
        # The partially confirmed PO got an answer: it is chased, never escalated.
        assert po(s, "4500000101").ack_state == AckState.partially_acknowledged
        kinds = [m.kind for m in outbound(s, OutboundKind.follow_up)]
        assert len(kinds) == 4
    # Exactly 3 requests + 4 follow-ups went out over SMTP.
    assert len(smtp_server.messages()) == 7


def test_snooze_and_suppression(env, session_factory, smtp_server):
    settings = env
    queue_requests(session_factory, settings, T0)
    send_due(session_factory, settings, T0)
    with session_factory() as s:
        p = po(s, "4500000101")
        p.snoozed_until = hours(100)  # out of office until then
        s.add(SuppressedAddress(address="sales@bolt.example", reason="5.1.1", at=T0))
        s.commit()
    summary = run_cadence(session_factory, settings, hours(49))
    assert summary.follow_ups == ["4500000103"]
    assert "suppressed" in summary.skipped["4500000102"]
    assert run_cadence(session_factory, settings, hours(101)).follow_ups == ["4500000101"]


def test_business_hours_in_supplier_timezone():
    sched = ScheduleSettings(business_hours_only=True, business_start="08:00", business_end="17:00")
    berlin = ZoneInfo("Europe/Berlin")
    # Friday 15:00 Berlin + 4 business hours = Monday 10:00 Berlin.
    start = datetime(2026, 11, 6, 15, 0, tzinfo=berlin)
    assert add_business_hours(start, 4, sched, berlin) == datetime(
        2026, 11, 9, 10, 0, tzinfo=berlin
    )
    # 48 business hours from Monday 09:00 (8h Monday, then 9h a day) = next Monday 12:00.
    monday = datetime(2026, 11, 2, 9, 0, tzinfo=berlin)
    assert add_business_hours(monday, 48, sched, berlin) == datetime(
        2026, 11, 9, 12, 0, tzinfo=berlin
    )
    # Saturday night starts counting on Monday morning.
    saturday = datetime(2026, 11, 7, 22, 0, tzinfo=berlin)
    assert add_business_hours(saturday, 1, sched, berlin) == datetime(
        2026, 11, 9, 9, 0, tzinfo=berlin
    )


def test_rejecting_a_change_reopens_the_chase(env, session_factory, smtp_server):
    from agent.workflow import resolve

    settings = env
    queue_requests(session_factory, settings, T0)
    send_due(session_factory, settings, T0)
    with session_factory() as s:
        confirm(s, settings, "4500000101", "orders@acme.example",
                [LineConfirmation(line=1, status="accepted"),
                 LineConfirmation(line=2, status="changed", date=date(2027, 3, 1))],
                hours(3), status="changed")  # fmt: skip
        assert po(s, "4500000101").ack_state == AckState.acknowledged
        (exc,) = s.execute(select(POException).where(POException.type == "date_late")).scalars()
    # Acknowledged: nothing to chase.
    assert "4500000101" not in run_cadence(session_factory, settings, hours(60)).follow_ups
    with session_factory() as s:
        resolve(s, settings, exc.id, "reject", root_cause="need it in January", now=hours(61))
        s.commit()
    assert "4500000101" in run_cadence(session_factory, settings, hours(61)).follow_ups
    before = len(smtp_server.messages())
    send_due(session_factory, settings, hours(61))
    (mail,) = [m for m in smtp_server.messages()[before:] if "4500000101" in str(m["Subject"])]
    text = mail.get_body(preferencelist=("plain",)).get_content()
    # Only the rejected line is asked again, at the PO's own date.
    assert "A-2" in text and "A-1" not in text


def test_bounced_request_is_not_escalated_again_as_no_answer(env, session_factory, smtp_server):
    from agent.reading.types import DeliveryStatus
    from agent.workflow import resolve

    settings = env
    queue_requests(session_factory, settings, T0)
    send_due(session_factory, settings, T0)
    with session_factory() as s:
        request = outbound(s, OutboundKind.request)[1]  # BOLT's request
        bounce = ExtractionResult(
            kind="bounce",
            bounce=DeliveryStatus(
                permanent=True,
                recipients=["sales@bolt.example"],
                status="5.1.1",
                original_message_id=request.message_id,
            ),
        )
        raw = b"From: MAILER-DAEMON@mx.bolt.example\r\nSubject: Undelivered\r\n\r\nx\r\n"
        apply_result(s, settings, bounce, raw, hours(1))
        s.commit()
    summary = run_cadence(session_factory, settings, hours(121))
    # ACME and CAST said nothing: escalated. BOLT's request bounced: its undeliverable
    # exception is the buyer's one item for it, not a second "no answer" one.
    assert summary.escalations == ["4500000101", "4500000103"]
    with session_factory() as s:
        bolt = po(s, "4500000102")
        kinds = sorted(
            e.type.value
            for e in s.execute(select(POException).where(POException.po_id == bolt.id)).scalars()
        )
        assert kinds == ["undeliverable"]
        assert bolt.ack_state == AckState.requested
        (undeliverable,) = s.execute(
            select(POException).where(POException.type == "undeliverable")
        ).scalars()
        # Once the buyer closes the undeliverable item, silence is escalated as usual.
        resolve(s, settings, undeliverable.id, "note", note="called them", now=hours(122))
        s.commit()
    assert run_cadence(session_factory, settings, hours(123)).escalations == []
    with session_factory() as s:
        (undeliverable,) = s.execute(
            select(POException).where(POException.type == "undeliverable")
        ).scalars()
        resolve(s, settings, undeliverable.id, "accept", root_cause="wrong address", now=hours(124))
        s.commit()
    assert run_cadence(session_factory, settings, hours(125)).escalations == ["4500000102"]
