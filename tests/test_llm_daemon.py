"""The LLM fallback inside the daemon: `poagent run --once` against Dovecot, aiosmtpd, a
database and the real ``openai`` client talking to an OpenAI-compatible server on loopback.

A reply the rules defer reaches the model. While the model is down (HTTP 500) or
the daily budget is spent, the reply stays a visible needs_review exception and
the daemon reads it again later with backoff; once the model answers, the
grounded answer is applied exactly once and the review is closed. Every cycle is
a new process, so the budget and the answer cache are shown to live in the
database (llm_calls), not in memory.
"""

from __future__ import annotations

import copy
import json
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from agent import ingest
from agent.models import (
    AckState,
    Confirmation,
    ExceptionState,
    InboundMessage,
    LlmCall,
    POException,
    POLine,
    PurchaseOrder,
    Supplier,
)
from agent.reading.types import ExtractionResult, LineConfirmation, POConfirmation
from agent.workflow import apply_result, resolve
from tests.fake_openai import FakeOpenAI, Reply
from tests.loop_helpers import LoopHarness, import_pos, po_json, reply, seed_po
from tests.test_llm import NL_ANSWER

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)  # Monday
PO1, PO2 = "4500012345", "4500012346"
ACME = "orders@acme-castings.example"
DUTCH = (
    "Beste Dana,\n\nRegel 1 akkoord.\n"
    "Regel 2: wij kunnen 30 exemplaren leveren op 08/01/2027 tegen 12,40 USD.\n"
    "Our order confirmation number is SO-77812.\n\nGroet,\nTom"
)


def hours(n: float) -> datetime:
    return T0 + timedelta(hours=n)


def acme_po(number: str) -> dict:
    po = po_json(number, "ACME", ACME, [
        ("CAST-7781", "40", "312.50", "2026-12-15"),
        ("CAST-7790", "50", "12.10", "2026-12-15"),
    ])  # fmt: skip
    po["supplier"]["locale"] = "en-GB"  # 08/01/2027 is the 8th of January
    return po


def nl_answer(po_number: str, **quotes: str) -> dict:
    data = copy.deepcopy(NL_ANSWER)
    data["purchase_orders"][0]["po_number"] = po_number
    data["purchase_orders"][0]["lines"][0].update(quotes)
    return data


@pytest.fixture
def model():
    with FakeOpenAI() as server:
        yield server


@pytest.fixture
def harness(db_url, smtp_server, dovecot, tmp_path, tls_ca, model):
    h = LoopHarness(
        db_url=db_url, smtp=smtp_server, dovecot=dovecot, tmp_path=tmp_path,
        ca_file=tls_ca.ca_file,
        extra={"llm": {
            "enabled": True, "base_url": model.base_url, "model": "gpt-fake",
            "max_retries": 0, "timeout_seconds": 10, "daily_call_budget": 2,
            "retry_base_minutes": 30,
        }},
    )  # fmt: skip
    import_pos(h, tmp_path, [acme_po(PO1), acme_po(PO2)], T0)
    return h


def request_for(smtp, number: str):
    (mail,) = [m for m in smtp.messages() if number in str(m["Subject"])]
    return mail


def open_exceptions(harness: LoopHarness, now: datetime) -> list[dict]:
    listed = harness.cli("exceptions", "--json", now=now)
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


@pytest.mark.dovecot
@pytest.mark.slow
# Sixteen runs of the real command, each a new process: 50 s on an idle 2-core machine, past
# the default 300 s when that machine is shared five ways.
@pytest.mark.timeout(900)
def test_model_down_then_back_applies_the_reply_once(harness, smtp_server, dovecot, model,
                                                     session_factory):  # fmt: skip
    harness.run_once(T0)
    smtp_server.wait_for(2)
    dovecot.append(reply(request_for(smtp_server, PO1), DUTCH, when=hours(1)))

    # The model is down: the reply is kept as a needs_review exception the buyer sees.
    model.play(then=Reply(status=500, error_message="upstream overloaded"))
    harness.run_once(hours(2))
    assert len(model.requests) == 1
    rows = open_exceptions(harness, hours(2))
    (review,) = [r for r in rows if r["type"] == "needs_review"]
    assert review["po_number"] == PO1
    assert "llm unavailable" in json.dumps(review)
    with session_factory() as s:
        assert s.execute(select(Confirmation)).first() is None
        (mail,) = s.execute(select(InboundMessage)).scalars().all()
        assert mail.kind == "needs_review"
        assert mail.next_attempt_at == hours(2) + timedelta(minutes=30)

    # The model is back, but the retry is not due yet: nothing is asked.
    model.play(then=Reply(answer=nl_answer(PO1)))
    harness.run_once(hours(2.25))
    assert len(model.requests) == 1

    # Due: the grounded answer is applied, the review is closed.
    proc = harness.run_once(hours(3))
    assert "llm_retried=1" in proc.stdout, proc.stdout
    assert len(model.requests) == 2
    with session_factory() as s:
        po = s.execute(select(PurchaseOrder).where(PurchaseOrder.po_number == PO1)).scalar_one()
        assert po.ack_state == AckState.acknowledged
        (conf,) = s.execute(select(Confirmation)).scalars().all()
        assert (conf.version, conf.method.value) == (1, "llm")
        assert conf.supplier_reference == "SO-77812"  # their number, for the write-back
        line2 = s.execute(
            select(POLine).where(POLine.po_id == po.id, POLine.line_number == 2)
        ).scalar_one()
        assert (line2.promised_quantity, line2.promised_price) == (30, Decimal("12.40"))
        assert line2.promised_date == date(2027, 1, 8)
        old = s.get(POException, review["id"])
        assert (old.state, old.action) == (ExceptionState.resolved, "superseded")
        (mail,) = s.execute(select(InboundMessage)).scalars().all()
        assert mail.kind == "confirmation" and mail.next_attempt_at is None
        calls = s.execute(select(LlmCall).order_by(LlmCall.id)).scalars().all()
        assert [c.outcome for c in calls] == ["unavailable", "answered"]
        assert all(c.supplier_id == "ACME" and c.model == "gpt-fake" for c in calls)
    rows = open_exceptions(harness, hours(3))
    assert not [r for r in rows if r["type"] == "needs_review"]
    assert {(r["po_number"], r["type"]) for r in rows} == {
        (PO1, "quantity_short"), (PO1, "price_variance"), (PO1, "date_late"),
    }  # fmt: skip

    # Later cycles neither ask again nor apply twice.
    harness.run_once(hours(4))
    assert len(model.requests) == 2
    with session_factory() as s:
        assert len(s.execute(select(Confirmation)).all()) == 1

    # The second PO's reply arrives: 2 calls today already, the daily budget (2) holds
    # across the restarted processes; it waits as a visible review, nothing is asked.
    dutch2 = DUTCH.replace("Regel 1", f"Order {PO2}: regel 1")
    dovecot.append(reply(request_for(smtp_server, PO2), dutch2, when=hours(4.5)))
    model.play(then=Reply(answer=nl_answer(
        PO2, line_quote="regel 1", status_quote=f"Order {PO2}: regel 1 akkoord"
    )))  # fmt: skip
    harness.run_once(hours(5))
    assert len(model.requests) == 2
    rows = open_exceptions(harness, hours(5))
    (review2,) = [r for r in rows if r["type"] == "needs_review"]
    assert review2["po_number"] == PO2, review2
    assert "daily call budget (2) spent" in review2["evidence"], review2["evidence"]
    # Retries on the same day find the budget spent too (backoff 30, 60 minutes).
    harness.run_once(hours(5.5))
    harness.run_once(hours(6.5))
    assert len(model.requests) == 2
    # A new day (UTC), a new budget: the reply is read and applied.
    harness.run_once(hours(16))
    assert len(model.requests) == 3
    with session_factory() as s:
        po2 = s.execute(select(PurchaseOrder).where(PurchaseOrder.po_number == PO2)).scalar_one()
        assert po2.ack_state == AckState.acknowledged
        assert len(s.execute(select(Confirmation)).all()) == 2
        assert s.get(POException, review2["id"]).state == ExceptionState.resolved
    assert not [r for r in open_exceptions(harness, hours(16)) if r["type"] == "needs_review"]

    # `poagent reprocess` reads the first reply again: the answer comes from llm_calls,
    # the model is not paid twice (and it is a new confirmation version, as reprocess is).
    with session_factory() as s:
        first = s.execute(select(InboundMessage).order_by(InboundMessage.id)).scalars().first()
    again = harness.cli("reprocess", first.message_id, now=hours(17))
    assert again.returncode == 0, again.stderr
    assert ": confirmation" in again.stdout
    assert len(model.requests) == 3


# ------------------------------------------- the retry pass on its own (no mailbox)

HERE = Path(__file__).parent / "fixtures" / "llm" / "acme"
NL_RAW = (HERE / "reply-nl.eml").read_bytes()


@pytest.fixture
def stored(session_factory, settings_factory, db_url, model):
    """PO 4500012345 of ACME (en-GB) and a Dutch reply the rules defer, read once with the
    model down: a needs_review exception and a retry scheduled."""
    settings = settings_factory(db_url=db_url, llm={
        "enabled": True, "base_url": model.base_url, "model": "gpt-fake", "max_retries": 0,
        "retry_base_minutes": 10, "retry_max_attempts": 3,
    })  # fmt: skip
    with session_factory() as s:
        seed_po(s, PO1, supplier_id="ACME", supplier_email=ACME, lines=[
            ("CAST-7781", "40", "312.50", date(2026, 12, 15)),
            ("CAST-7790", "50", "12.10", date(2026, 12, 15)),
        ])  # fmt: skip
        s.get(Supplier, "ACME").locale = "en-GB"
        s.commit()
    model.play(then=Reply(status=500))
    row = ingest.register(session_factory, settings, account="a", folder="INBOX",
                          uidvalidity=1, uid=1, raw=NL_RAW, now=T0)  # fmt: skip
    assert ingest.claim(session_factory, row.id, T0, "w")
    assert ingest.process_claimed(session_factory, settings, row.id, T0, "w") == "processed"
    with session_factory() as s:
        row = s.get(InboundMessage, row.id)
        assert row.kind == "needs_review" and row.next_attempt_at == T0 + timedelta(minutes=10)
    assert len(model.requests) == 1
    return settings, row.id


def review_of(s, row_id):
    return s.execute(
        select(POException).where(
            POException.inbound_message_id == row_id, POException.type == "needs_review"
        )
    ).scalar_one()


def test_never_reached_stays_an_open_review_with_a_note(stored, session_factory, model):
    settings, row_id = stored
    at = T0 + timedelta(minutes=5)
    assert ingest.retry_llm_readings(session_factory, settings, at).due == 0  # not yet
    at = T0 + timedelta(minutes=10)
    assert ingest.retry_llm_readings(session_factory, settings, at).rescheduled == 1
    at += timedelta(minutes=20)  # backoff doubled
    assert ingest.retry_llm_readings(session_factory, settings, at - timedelta(minutes=1)).due == 0
    assert ingest.retry_llm_readings(session_factory, settings, at).rescheduled == 1
    at += timedelta(minutes=40)
    assert ingest.retry_llm_readings(session_factory, settings, at).gave_up == 1
    assert len(model.requests) == 4
    # Nothing more is tried, and the buyer still has the review, with why.
    assert ingest.retry_llm_readings(session_factory, settings, at + timedelta(days=3)).due == 0
    assert len(model.requests) == 4
    with session_factory() as s:
        exc = review_of(s, row_id)
        assert exc.state == ExceptionState.open
        assert "could not be asked after 3 tries" in exc.note
        assert s.get(InboundMessage, row_id).next_attempt_at is None
        assert s.execute(select(Confirmation)).first() is None


def test_a_later_reply_is_never_overwritten_by_the_older_one(stored, session_factory, model):
    settings, row_id = stored
    with session_factory() as s:
        later = ExtractionResult(
            kind="confirmation",
            confirmations=[POConfirmation(po_number=PO1, status="accepted", lines=[
                LineConfirmation(line=1, status="accepted"),
                LineConfirmation(line=2, status="accepted"),
            ])],
            matched_po_numbers=[PO1],
        )  # fmt: skip
        raw = f"From: {ACME}\r\nSubject: RE\r\nMessage-ID: <later@x>\r\n\r\nok\r\n".encode()
        apply_result(s, settings, later, raw, T0 + timedelta(minutes=5))
        s.commit()
    model.play(then=Reply(answer=nl_answer(PO1)))
    summary = ingest.retry_llm_readings(session_factory, settings, T0 + timedelta(minutes=10))
    assert summary.stopped == 1 and summary.applied == 0
    assert len(model.requests) == 1  # not even asked
    with session_factory() as s:
        (conf,) = s.execute(select(Confirmation)).scalars().all()
        assert conf.inbound_message_id is None  # the later reply's, untouched
        exc = review_of(s, row_id)
        assert exc.state == ExceptionState.open and "a later reply was applied" in exc.note
        assert s.get(InboundMessage, row_id).next_attempt_at is None


def test_a_review_a_person_settled_is_not_read_again(stored, session_factory, model):
    settings, row_id = stored
    with session_factory() as s:
        resolve(s, settings, review_of(s, row_id).id, "accept", now=T0 + timedelta(minutes=2))
        s.commit()
    model.play(then=Reply(answer=nl_answer(PO1)))
    summary = ingest.retry_llm_readings(session_factory, settings, T0 + timedelta(minutes=10))
    assert summary.stopped == 1
    assert len(model.requests) == 1
    with session_factory() as s:
        assert s.execute(select(Confirmation)).first() is None


def test_two_workers_read_it_again_once(stored, session_factory, model):
    import threading

    settings, row_id = stored
    model.play(then=Reply(answer=nl_answer(PO1), delay=0.3))
    at = T0 + timedelta(minutes=10)
    results = []
    workers = [
        threading.Thread(
            target=lambda: results.append(ingest.retry_llm_readings(session_factory, settings, at))
        )
        for _ in range(2)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert sorted(r.applied for r in results) == [0, 1]
    assert len(model.requests) == 2  # the first (down) and one answer
    with session_factory() as s:
        (conf,) = s.execute(select(Confirmation)).scalars().all()
        assert conf.method.value == "llm" and conf.inbound_message_id == row_id
        assert review_of(s, row_id).state == ExceptionState.resolved
