"""The state machines (agent.domain): every allowed transition is taken and audited,
the others are refused with a clear error and leave the row and the audit log alone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlmodel import select

from agent.domain import (
    ACK,
    EXCEPTION,
    INBOUND,
    MACHINES,
    OUTBOUND,
    TransitionError,
    created,
    transition,
    transitioned,
)
from agent.models import (
    AckState,
    AuditLog,
    ExceptionState,
    ExceptionType,
    InboundMessage,
    InboundState,
    OutboundMessage,
    OutboundState,
    POException,
    PurchaseOrder,
    Supplier,
)

NOW = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def _row(session, machine, state):
    """A flushed row of the machine's table in ``state``."""
    if session.get(Supplier, "ACME") is None:
        session.add(Supplier(id="ACME", name="Acme", emails=["orders@acme.example"]))
        session.flush()
    n = session.info.setdefault("n", 0) + 1
    session.info["n"] = n
    if machine is ACK:
        row = PurchaseOrder(po_number=f"PO{n}", supplier_id="ACME", currency="EUR",
                            content_hash="h", ack_state=state)  # fmt: skip
    elif machine is OUTBOUND:
        row = OutboundMessage(message_id=f"<m{n}@x>", subject="s", body_text="b", state=state)
    elif machine is INBOUND:
        row = InboundMessage(account="a", folder="INBOX", uidvalidity=1, uid=n, sha256="0" * 64,
                             state=state)  # fmt: skip
    else:
        row = POException(type=ExceptionType.needs_review, state=state)
    session.add(row)
    session.flush()
    return row


def _all_allowed():
    return [
        pytest.param(m, old, new, id=f"{m.name}:{old.value}->{new.value}")
        for m in MACHINES
        for old, new in m.allowed_pairs()
    ]


@pytest.mark.parametrize(("machine", "old", "new"), _all_allowed())
def test_every_allowed_transition_sets_the_state_and_audits_it(sqlite_url, machine, old, new):
    from agent.db import make_engine, session_factory

    engine = make_engine(sqlite_url)
    try:
        with session_factory(engine)() as s:
            row = _row(s, machine, old)
            assert transition(s, row, new, action="moved", actor="test", now=NOW,
                              details={"why": "walk"})  # fmt: skip
            s.commit()
            entry = s.exec(select(AuditLog).where(AuditLog.action == "moved")).one()
            assert getattr(s.get(machine.model, row.id), machine.field) == new
            assert (entry.entity, entry.entity_id) == (machine.entity, str(row.id))
            assert (entry.from_state, entry.to_state) == (old.value, new.value)
            assert (entry.actor, entry.details) == ("test", {"why": "walk"})
    finally:
        engine.dispose()


def test_the_tables_are_complete_and_refuse_something():
    for m in MACHINES:
        assert set(m.edges) == set(m.states), m.name
        assert m.initial <= set(m.states)
        refused = [(a, b) for a in m.states for b in m.states if not m.allows(a, b)]
        assert refused, f"{m.name} allows everything"


REFUSED = [
    (ACK, AckState.acknowledged, AckState.requested),
    (ACK, AckState.new, AckState.escalated),
    (ACK, AckState.partially_acknowledged, AckState.escalated),
    (ACK, AckState.escalated, AckState.requested),
    (OUTBOUND, OutboundState.sent, OutboundState.queued),
    (OUTBOUND, OutboundState.queued, OutboundState.sent),
    (OUTBOUND, OutboundState.cancelled, OutboundState.sending),
    (OUTBOUND, OutboundState.failed, OutboundState.retrying),
    (INBOUND, InboundState.processed, InboundState.claimed),
    (INBOUND, InboundState.fetched, InboundState.quarantined),
    (INBOUND, InboundState.quarantined, InboundState.claimed),
    (EXCEPTION, ExceptionState.resolved, ExceptionState.open),
    (EXCEPTION, ExceptionState.auto_accepted, ExceptionState.resolved),
    (EXCEPTION, ExceptionState.acknowledged, ExceptionState.open),
]


@pytest.mark.parametrize(
    ("machine", "old", "new"),
    [pytest.param(*r, id=f"{r[0].name}:{r[1].value}->{r[2].value}") for r in REFUSED],
)
def test_a_transition_not_in_the_table_is_refused(session_factory, machine, old, new):
    assert not machine.allows(old, new)
    with session_factory() as s:
        row = _row(s, machine, old)
        before = s.exec(select(AuditLog)).all()
        with pytest.raises(TransitionError) as err:
            transition(s, row, new, action="moved", actor="test", now=NOW)
        message = str(err.value)
        assert f"{old.value} -> {new.value} is not allowed" in message
        assert machine.name in message and str(row.id) in message
        assert getattr(row, machine.field) == old
        assert s.exec(select(AuditLog)).all() == before
        with pytest.raises(TransitionError):
            transitioned(s, machine, row.id, old, new, action="moved", actor="t", now=NOW)


def test_staying_in_a_state_is_an_event_unless_only_if_changed(sqlite_url):
    from agent.db import make_engine, session_factory

    engine = make_engine(sqlite_url)
    try:
        with session_factory(engine)() as s:
            po = _row(s, ACK, AckState.followed_up)
            assert transition(s, po, AckState.followed_up, action="follow_up_queued",
                              actor="cadence", now=NOW)  # fmt: skip
            assert not transition(s, po, AckState.followed_up, action="ack_state",
                                  actor="workflow", now=NOW, only_if_changed=True)  # fmt: skip
            actions = [a.action for a in s.exec(select(AuditLog))]
            assert actions == ["follow_up_queued"]
    finally:
        engine.dispose()


def test_a_new_row_starts_in_an_initial_state(sqlite_url):
    from agent.db import make_engine, session_factory

    engine = make_engine(sqlite_url)
    try:
        with session_factory(engine)() as s:
            exc = _row(s, EXCEPTION, ExceptionState.open)
            created(s, exc, action="opened", actor="test", now=NOW)
            entry = s.exec(select(AuditLog)).one()
            assert (entry.from_state, entry.to_state, entry.entity_id) == (
                None,
                "open",
                str(exc.id),
            )
            odd = _row(s, OUTBOUND, OutboundState.sent)
            with pytest.raises(TransitionError, match="cannot start in sent"):
                created(s, odd, action="queued", actor="test", now=NOW)
    finally:
        engine.dispose()


def test_an_unknown_state_or_entity_is_refused(sqlite_url):
    from agent.db import make_engine, session_factory

    engine = make_engine(sqlite_url)
    try:
        with session_factory(engine)() as s:
            po = _row(s, ACK, AckState.new)
            with pytest.raises(TransitionError, match="not a AckState"):
                transition(s, po, OutboundState.sent, action="x", actor="t", now=NOW)
            with pytest.raises(TransitionError, match="no state machine"):
                transition(s, s.get(Supplier, "ACME"), AckState.new, action="x", actor="t",
                           now=NOW)  # fmt: skip
    finally:
        engine.dispose()
