"""The state machines as data, and the one way to move an entity between states.

Each :class:`Machine` names the table, the column holding the state, the states a
new row may start in, and the transitions allowed from each state. Staying in the
same state is always allowed: it is an event on the entity (a follow-up queued, a
note added, a stale claim taken over), recorded with ``from_state == to_state``.

:func:`transition` checks the table, sets the state and writes the audit record in
the caller's transaction (the subject is always the row's id). Where the state is
set by a conditional UPDATE (a claim two workers race for), the caller does the
UPDATE and calls :func:`transitioned` to check and record it. :func:`created`
records a new row in its initial state.

The tables list what the code does; the transitions that look questionable are
kept (behaviour is unchanged) and marked ``# questionable:`` below.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from agent import audit
from agent.models import (
    AckState,
    ExceptionState,
    InboundMessage,
    InboundState,
    OutboundMessage,
    OutboundState,
    POException,
    PurchaseOrder,
)


class TransitionError(ValueError):
    """A state change the machine's table does not allow."""


@dataclass(frozen=True)
class Machine:
    name: str
    model: type
    field: str  # the column holding the state
    entity: str  # the audit log's entity name
    states: type[enum.Enum]
    initial: frozenset[Any]
    edges: Mapping[Any, frozenset[Any]]

    def allows(self, old: Any, new: Any) -> bool:
        return old == new or new in self.edges.get(old, frozenset())

    def allowed_pairs(self) -> Iterator[tuple[Any, Any]]:
        """Every (from, to) with from != to that the table allows."""
        for old in self.states:
            for new in sorted(self.edges.get(old, ()), key=lambda s: s.value):
                yield old, new

    def check(self, old: Any, new: Any, *, subject: Any = None) -> None:
        if not isinstance(new, self.states):
            raise TransitionError(f"{self.name}: {new!r} is not a {self.states.__name__}")
        if not self.allows(old, new):
            what = f"{self.name} {subject}" if subject is not None else self.name
            allowed = ", ".join(s.value for s in sorted(self.edges.get(old, ()), key=str)) or "none"
            raise TransitionError(
                f"{what}: {getattr(old, 'value', old)} -> {new.value} is not allowed "
                f"(from {getattr(old, 'value', old)}: {allowed})"
            )

    def check_initial(self, state: Any, *, subject: Any = None) -> None:
        if state not in self.initial:
            what = f"{self.name} {subject}" if subject is not None else self.name
            raise TransitionError(
                f"{what}: cannot start in {getattr(state, 'value', state)} "
                f"(starts in {', '.join(sorted(s.value for s in self.initial))})"
            )


def _edges(table: Mapping[Any, tuple[Any, ...]]) -> dict[Any, frozenset[Any]]:
    return {old: frozenset(news) for old, news in table.items()}


_A = AckState
# A revision (agent.importer) returns a PO to ``new`` from any state.
ACK = Machine(
    name="purchase_order",
    model=PurchaseOrder,
    field="ack_state",
    entity="purchase_order",
    states=AckState,
    initial=frozenset({_A.new}),
    edges=_edges(
        {
            _A.new: (
                _A.requested,  # outbox: the request was sent
                _A.acknowledged,  # workflow: an answer before our send was recorded
                _A.partially_acknowledged,
                # questionable: resolving "reject" on a PO never requested marks it followed up
                _A.followed_up,
            ),
            _A.requested: (
                _A.followed_up,  # cadence: a follow-up queued
                _A.escalated,  # cadence: no answer after escalate_after
                _A.acknowledged,
                _A.partially_acknowledged,
                _A.new,
            ),
            _A.followed_up: (
                _A.escalated,
                _A.acknowledged,
                _A.partially_acknowledged,
                _A.new,
            ),
            _A.escalated: (
                _A.acknowledged,
                _A.partially_acknowledged,
                _A.followed_up,  # workflow.resolve "reject": the chase reopens
                _A.new,
            ),
            _A.partially_acknowledged: (
                _A.acknowledged,
                _A.followed_up,  # resolve "reject" of the last answered line
                _A.new,
            ),
            _A.acknowledged: (
                _A.partially_acknowledged,  # resolve "reject" of one line
                _A.followed_up,  # resolve "reject" of the only answered line
                _A.new,
            ),
        }
    ),
)

_O = OutboundState
OUTBOUND = Machine(
    name="outbound_message",
    model=OutboundMessage,
    field="state",
    entity="outbound_message",
    states=OutboundState,
    initial=frozenset({_O.queued}),
    edges=_edges(
        {
            _O.queued: (_O.sending, _O.cancelled),
            _O.retrying: (_O.sending, _O.cancelled),
            # sending -> sending: a stale claim taken over (the event "taken_over")
            _O.sending: (_O.sent, _O.retrying, _O.failed, _O.cancelled),
            _O.sent: (),
            _O.failed: (),
            _O.cancelled: (),
        }
    ),
)

_I = InboundState
INBOUND = Machine(
    name="inbound_message",
    model=InboundMessage,
    field="state",
    entity="inbound_message",
    states=InboundState,
    # processed: a duplicate is stored already processed
    initial=frozenset({_I.fetched, _I.processed}),
    edges=_edges(
        {
            _I.fetched: (
                _I.claimed,
                # questionable: `poagent reprocess` (and the console) mark any stored mail
                # processed, even one not yet read or claimed by a worker right now
                _I.processed,
            ),
            # claimed -> claimed: a stale claim taken over ("reclaimed")
            _I.claimed: (_I.processed, _I.retrying, _I.quarantined),
            _I.retrying: (_I.claimed, _I.processed),  # processed: reprocess (see above)
            _I.processed: (),
            _I.quarantined: (_I.processed,),  # reprocess of a quarantined mail
        }
    ),
)

_E = ExceptionState
EXCEPTION = Machine(
    name="exception",
    model=POException,
    field="state",
    entity="exception",
    states=ExceptionState,
    initial=frozenset({_E.open, _E.auto_accepted}),
    edges=_edges(
        {
            _E.open: (_E.acknowledged, _E.resolved),
            _E.acknowledged: (_E.resolved,),
            # a note on a closed exception keeps its state
            _E.resolved: (),
            _E.auto_accepted: (),
        }
    ),
)

MACHINES: tuple[Machine, ...] = (ACK, OUTBOUND, INBOUND, EXCEPTION)
_BY_MODEL = {m.model: m for m in MACHINES}


def machine_for(entity: Any) -> Machine:
    machine = _BY_MODEL.get(type(entity))
    if machine is None:
        raise TransitionError(f"no state machine for {type(entity).__name__}")
    return machine


def subject(entity: Any) -> str:
    """The audit subject of a row: its id (one trail per entity)."""
    if entity.id is None:
        raise TransitionError(f"{type(entity).__name__} has no id yet (flush it first)")
    return str(entity.id)


def transition(
    session: Any,
    entity: Any,
    new_state: Any,
    *,
    action: str,
    actor: str,
    now: datetime | None,
    details: Mapping[str, Any] | None = None,
    only_if_changed: bool = False,
) -> bool:
    """Move ``entity`` to ``new_state`` and audit it (same transaction; the caller commits).

    Staying in the same state records the event ``action`` unless ``only_if_changed``,
    in which case nothing happens. Returns True when something was recorded. Raises
    :class:`TransitionError` for a move the machine's table does not allow.
    """
    machine = machine_for(entity)
    old = getattr(entity, machine.field)
    if old == new_state and only_if_changed:
        return False
    transitioned(
        session,
        machine,
        subject(entity),
        old,
        new_state,
        action=action,
        actor=actor,
        now=now,
        details=details,
    )
    setattr(entity, machine.field, new_state)
    return True


def transitioned(
    session: Any,
    machine: Machine,
    entity_id: Any,
    old: Any,
    new: Any,
    *,
    action: str,
    actor: str,
    now: datetime | None,
    details: Mapping[str, Any] | None = None,
) -> None:
    """Check and audit a move (made by :func:`transition`, or already made by a conditional
    UPDATE: a claim)."""
    machine.check(old, new, subject=entity_id)
    audit.record(session, machine.entity, entity_id, action, old, new, actor, details, at=now)


def created(
    session: Any,
    entity: Any,
    *,
    action: str,
    actor: str,
    now: datetime | None,
    details: Mapping[str, Any] | None = None,
) -> None:
    """Audit a new row (flushed, so it has its id) in its initial state."""
    machine = machine_for(entity)
    state = getattr(entity, machine.field)
    machine.check_initial(state, subject=entity.id)
    audit.record(
        session, machine.entity, subject(entity), action, None, state, actor, details, at=now
    )
