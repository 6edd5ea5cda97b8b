"""Exceptions and their resolution: opening one with its priority and owner (from the
exception-type registry and the routing rules), and a person's decision on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from agent import domain
from agent.domain import exception_types
from agent.models import (
    AckState,
    Confirmation,
    ExceptionState,
    ExceptionType,
    InboundMessage,
    LineStatus,
    POException,
    PurchaseOrder,
    Supplier,
)
from agent.models import POLine as POLineRow
from agent.priority import owner_for, priority_for
from agent.workflow.common import (
    ACTOR,
    ANSWERED,
    _buyer_email,
    _date,
    _dec,
    _fallback_owner,
    _set_ack,
)

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import Settings


def open_exception(
    session: Any,
    settings: Settings,
    *,
    po: PurchaseOrder | None,
    type: ExceptionType,
    now: datetime,
    line_number: int | None = None,
    po_value: str | None = None,
    confirmed_value: str | None = None,
    value: Decimal | None = None,
    evidence: str | None = None,
    state: ExceptionState = ExceptionState.open,
    priority: str | None = None,
    owner: str | None = None,
    inbound: InboundMessage | None = None,
    confirmation: Confirmation | None = None,
    actor: str = ACTOR,
    details: dict[str, Any] | None = None,
) -> POException:
    """Create an exception with its priority and owner (routing), audited."""
    routing_rule = "given"
    if priority is None or owner is None:
        line = None
        if po is not None and line_number is not None:
            line = (
                session.execute(
                    select(POLineRow).where(
                        POLineRow.po_id == po.id, POLineRow.line_number == line_number
                    )
                )
                .scalars()
                .first()
            )
        supplier = session.get(Supplier, po.supplier_id) if po is not None else None
        if priority is None:
            priority = exception_types.kind_of(type).priority
        if priority is None:
            priority = priority_for(
                settings.priority,
                value=value if value is not None else Decimal(0),
                needed_by=line.requested_date if line is not None else None,
                today=now.date(),
                criticality=line.criticality if line is not None else None,
                tier=supplier.tier if supplier is not None else None,
            )
        if owner is None:
            choice = owner_for(
                settings.routing,
                kind=type.value,
                priority=priority,
                value=value if value is not None else Decimal(0),
                buyer_email=_buyer_email(session, po),
                fallback=_fallback_owner(settings),
            )
            owner, routing_rule = choice.owner, choice.rule
    exc = POException(
        po_id=po.id if po is not None else None,
        line_number=line_number,
        type=type,
        po_value=(po_value or None) and po_value[:255],
        confirmed_value=(confirmed_value or None) and confirmed_value[:255],
        value_at_risk=value,
        evidence=evidence,
        priority=priority,
        owner=owner,
        state=state,
        inbound_message_id=inbound.id if inbound is not None else None,
        confirmation_id=confirmation.id if confirmation is not None else None,
        created_at=now,
        updated_at=now,
        resolved_at=now if state == ExceptionState.auto_accepted else None,
    )
    session.add(exc)
    session.flush()
    domain.created(
        session,
        exc,
        action="auto_accepted" if state == ExceptionState.auto_accepted else "opened",
        actor=actor,
        now=now,
        details={
            "type": type.value,
            "po_number": po.po_number if po is not None else None,
            "line": line_number,
            "po_value": po_value,
            "confirmed_value": confirmed_value,
            "priority": priority,
            "owner": owner,
            "routing": routing_rule,
            **(details or {}),
        },
    )
    return exc


def _needs_review(
    session: Any,
    settings: Settings,
    inbound: InboundMessage | None,
    pos: Sequence[PurchaseOrder],
    reasons: Sequence[str],
    now: datetime,
    own_words: str | None = None,
) -> None:
    text = "; ".join(reasons) or "the reply could not be read with confidence"
    targets: Sequence[PurchaseOrder | None] = list(pos) or [None]
    for po in targets:
        open_exception(
            session,
            settings,
            po=po,
            type=ExceptionType.needs_review,
            now=now,
            evidence=text if not own_words else f"{text}\n---\n{own_words[:2000]}",
            owner=_buyer_email(session, po) or _fallback_owner(settings),
            inbound=inbound,
            details={"reasons": list(reasons)},
        )


# ---------------------------------------------------------------- resolution


class ResolutionError(Exception):
    """The exception can't be resolved as asked (unknown id, already closed, ...)."""


def _line_row(session: Any, po_id: int | None, number: int | None) -> POLineRow | None:
    if po_id is None or number is None:
        return None
    return (
        session.execute(
            select(POLineRow).where(POLineRow.po_id == po_id, POLineRow.line_number == number)
        )
        .scalars()
        .first()
    )


def _claim_decision(session: Any, exc: POException, now: datetime) -> None:
    """Only one decision per state: a conditional UPDATE the database serializes.

    Two people clicking at once (or a double click) both read "open"; the
    second UPDATE finds the state changed and matches no row.
    """
    claimed = session.execute(
        update(POException)
        .where(POException.id == exc.id, POException.state == exc.state,
               POException.updated_at == exc.updated_at)
        .values(updated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount  # fmt: skip
    if claimed != 1:
        raise ResolutionError(f"exception #{exc.id} was changed by someone else just now: reload")


def resolve(
    session: Any,
    settings: Settings,
    exception_id: int,
    action: str,
    *,
    root_cause: str | None = None,
    note: str | None = None,
    actor: str = "cli",
    now: datetime,
) -> POException:
    """A person's decision on an exception.

    accept: the supplier's value stands (a date change becomes the promised date);
    reject: the PO's value stands, the line is unconfirmed again and the chase reopens;
    note: keep it open, mark it acknowledged, add the note.
    """
    # Locked (PostgreSQL): two people deciding at once must not both resolve it.
    exc = session.get(POException, exception_id, with_for_update=True, populate_existing=True)
    if exc is None:
        raise ResolutionError(f"no exception with id {exception_id}")
    if action not in ("accept", "reject", "note"):
        raise ResolutionError(f"unknown action {action!r} (accept, reject or note)")
    closed = exc.state in (ExceptionState.resolved, ExceptionState.auto_accepted)
    if closed and action != "note":
        raise ResolutionError(f"exception #{exc.id} is already {exc.state.value}")
    _claim_decision(session, exc, now)
    if note:
        exc.note = f"{exc.note}\n{note}" if exc.note else note
    if root_cause:
        exc.root_cause = root_cause
    exc.updated_at = now
    po = session.get(PurchaseOrder, exc.po_id) if exc.po_id is not None else None
    line = _line_row(session, exc.po_id, exc.line_number)
    details: dict[str, Any] = {"action": action, "root_cause": root_cause, "note": note}
    if action == "note":
        new = exc.state if closed else ExceptionState.acknowledged
        domain.transition(session, exc, new, action="noted", actor=actor, now=now, details=details)
        return exc
    exc.action = action
    exc.resolved_at = now
    if action == "accept" and line is not None:
        before = (line.promised_quantity, line.promised_price, line.promised_date)
        compares = exception_types.kind_of(exc.type).compares
        if compares == "date":
            line.promised_date = _date(exc.confirmed_value) or line.promised_date
        elif compares == "price":
            line.promised_price = _dec(exc.confirmed_value) or line.promised_price
        elif compares == "quantity":
            line.promised_quantity = _dec(exc.confirmed_value) or line.promised_quantity
        line.updated_at = now
        details["line_before"] = before
        details["line_after"] = (line.promised_quantity, line.promised_price, line.promised_date)
    if action == "reject" and po is not None:
        if line is not None:
            details["line_before"] = {
                "status": line.line_status.value,
                "quantity": line.promised_quantity,
                "price": line.promised_price,
                "date": line.promised_date,
            }
            # The PO's values stand; the supplier is asked again for this line.
            line.line_status = LineStatus.unconfirmed
            line.promised_quantity = line.promised_price = line.promised_date = None
            line.updated_at = now
        po.next_follow_up_at = now
        po.snoozed_until = None
        po.updated_at = now
        lines = list(session.execute(select(POLineRow).where(POLineRow.po_id == po.id)).scalars())
        answered = [ln for ln in lines if ln.line_status in ANSWERED]
        if answered and len(answered) < len(lines):
            _set_ack(
                session, po, AckState.partially_acknowledged, now, f"exception #{exc.id} rejected"
            )
        elif not answered:
            _set_ack(session, po, AckState.followed_up, now, f"exception #{exc.id} rejected")
        details["chase_reopened"] = True
    domain.transition(
        session, exc, ExceptionState.resolved, action="resolved", actor=actor, now=now,
        details=details,
    )  # fmt: skip
    return exc


def reassign(
    session: Any, exception_id: int, owner: str, *, actor: str = "cli", now: datetime
) -> POException:
    """Give an open exception to someone else (audited with the previous owner)."""
    exc = session.get(POException, exception_id, with_for_update=True, populate_existing=True)
    if exc is None:
        raise ResolutionError(f"no exception with id {exception_id}")
    owner = owner.strip().lower()
    if "@" not in owner or len(owner) > 320 or any(c.isspace() for c in owner):
        raise ResolutionError(f"not an email address: {owner!r}")
    if exc.state in (ExceptionState.resolved, ExceptionState.auto_accepted):
        raise ResolutionError(f"exception #{exc.id} is already {exc.state.value}")
    _claim_decision(session, exc, now)
    old = exc.owner
    exc.owner = owner
    exc.updated_at = now
    domain.transition(session, exc, exc.state, action="reassigned", actor=actor, now=now,
                      details={"from_owner": old, "to_owner": owner})  # fmt: skip
    return exc
