"""Read-side application functions: what the commands show, as plain rows.

The commands call these instead of querying tables themselves; each takes a session and
returns plain data (dicts, tuples, or rows the caller only reads).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


def exception_rows(session: Any, *, states: list[str] | None, owner: str | None, po_number: str | None,
         now: Any) -> list[dict[str, Any]]:  # fmt: skip
    """One dict per exception, highest priority and oldest first: `poagent exceptions`."""
    from sqlalchemy import select

    from agent.models import POException, PurchaseOrder, Supplier

    q = (
        select(POException, PurchaseOrder, Supplier)
        .outerjoin(PurchaseOrder, POException.po_id == PurchaseOrder.id)
        .outerjoin(Supplier, PurchaseOrder.supplier_id == Supplier.id)
    )
    if states:
        q = q.where(POException.state.in_(states))
    if owner:
        q = q.where(POException.owner == owner)
    if po_number:
        q = q.where(PurchaseOrder.po_number == po_number)
    order = {"high": 0, "medium": 1, "low": 2}
    out = []
    for exc, po, supplier in session.execute(q).all():
        age = (now - exc.created_at).total_seconds() / 3600 if exc.created_at else None
        out.append(
            {
                "id": exc.id,
                "type": exc.type.value,
                "state": exc.state.value,
                "priority": exc.priority.value,
                "owner": exc.owner,
                "po_number": po.po_number if po else None,
                "supplier": supplier.name if supplier else None,
                "line": exc.line_number,
                "po_value": exc.po_value,
                "confirmed_value": exc.confirmed_value,
                "value_at_risk": format(exc.value_at_risk, "f")
                if exc.value_at_risk is not None
                else None,
                "evidence": exc.evidence,
                "created_at": exc.created_at.isoformat() if exc.created_at else None,
                "age_hours": round(age, 1) if age is not None else None,
                "action": exc.action,
                "root_cause": exc.root_cause,
                "note": exc.note,
            }
        )
    out.sort(key=lambda r: (order.get(r["priority"], 3), r["created_at"] or "", r["id"]))
    return out


def po_status_rows(session: Any, now: datetime, states: list[str] | None = None,
            numbers: list[str] | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """One dict per PO: `poagent status` (its --json rows, plus ``_requested_at``)."""
    from sqlalchemy import func
    from sqlmodel import col, select

    from agent.models import (
        Buyer,
        ExceptionState,
        OutboundMessage,
        POException,
        POLine,
        PurchaseOrder,
        Supplier,
    )

    query = select(PurchaseOrder, Supplier, Buyer).join(
        Supplier, col(Supplier.id) == col(PurchaseOrder.supplier_id)
    ).outerjoin(Buyer, col(Buyer.id) == col(PurchaseOrder.buyer_id)).order_by(
        col(PurchaseOrder.po_number)
    )  # fmt: skip
    if states:
        query = query.where(col(PurchaseOrder.ack_state).in_(states))
    if numbers:
        query = query.where(col(PurchaseOrder.po_number).in_(numbers))
    rows = session.exec(query).all()
    ids = [po.id for po, _, _ in rows]
    line_counts = dict(
        session.exec(
            select(POLine.po_id, func.count()).where(col(POLine.po_id).in_(ids)).group_by(POLine.po_id)
        ).all()
    )  # fmt: skip
    open_exc = dict(
        session.exec(
            select(POException.po_id, func.count())
            .where(col(POException.po_id).in_(ids),
                   col(POException.state).in_([ExceptionState.open, ExceptionState.acknowledged]))
            .group_by(POException.po_id)
        ).all()
    )  # fmt: skip
    last_mail: dict[int, OutboundMessage] = {}
    for msg in session.exec(
        select(OutboundMessage).where(col(OutboundMessage.po_id).in_(ids)).order_by(col(OutboundMessage.id))
    ):  # fmt: skip
        last_mail[msg.po_id] = msg
    last_reply = _last_replies(session, ids)
    out = []
    for po, supplier, buyer in rows:
        mail = last_mail.get(po.id)
        reply = last_reply.get(po.id)
        out.append({
            "po_number": po.po_number,
            "revision": po.revision,
            "supplier": supplier.id,
            "supplier_name": supplier.name,
            "buyer": buyer.email if buyer else None,
            "lines": line_counts.get(po.id, 0),
            "ack_state": po.ack_state.value,
            "requested_at": po.requested_at.isoformat() if po.requested_at else None,
            "acknowledged_at": po.acknowledged_at.isoformat() if po.acknowledged_at else None,
            "follow_ups_sent": po.follow_ups_sent,
            "last_mail": {
                "kind": mail.kind.value, "state": mail.state.value,
                "message_id": mail.message_id, "attempts": mail.attempts,
                "sent_at": mail.sent_at.isoformat() if mail.sent_at else None,
                "last_error": mail.last_error,
            } if mail else None,
            "last_reply": {"at": reply[0].isoformat(), "kind": reply[1]} if reply else None,
            "last_event": _last_event(mail, reply),
            "open_exceptions": open_exc.get(po.id, 0),
            "_requested_at": po.requested_at,
        })  # fmt: skip
    return out


def _last_replies(session: Any, ids: list[Any]) -> dict[int, tuple[datetime, str]]:
    """The supplier's latest answer per PO: a mail read for it, or a confirmation recorded."""
    from sqlmodel import col, select

    from agent.models import Confirmation, InboundMessage

    out: dict[int, tuple[datetime, str]] = {}

    def keep(po_id: int | None, at: datetime | None, kind: str) -> None:
        if po_id is not None and at is not None and (po_id not in out or at > out[po_id][0]):
            out[po_id] = (at, kind)

    for po_id, at, created, kind in session.exec(
        select(InboundMessage.po_id, InboundMessage.processed_at, InboundMessage.created_at,
               InboundMessage.kind).where(col(InboundMessage.po_id).in_(ids))
    ).all():  # fmt: skip
        keep(po_id, at or created, kind or "mail")
    for po_id, created, status in session.exec(
        select(Confirmation.po_id, Confirmation.created_at, Confirmation.status).where(
            col(Confirmation.po_id).in_(ids)
        )
    ).all():
        keep(po_id, created, f"confirmation {status.value}")
    return out


def _last_event(mail: Any, reply: tuple[datetime, str] | None) -> str:
    """What happened last between us and the supplier (our mail, or their answer)."""
    ours = (mail.sent_at or mail.created_at) if mail is not None else None
    if reply is not None and (ours is None or reply[0] >= ours):
        return f"reply received ({reply[1]})"
    if mail is not None:
        return f"{mail.kind.value} {mail.state.value}"
    return "-"


def stored_inbound(session: Any, message_id: str) -> Any:
    """The first stored inbound mail (not a duplicate) with this Message-ID, with or without <>."""
    from sqlalchemy import select

    from agent.models import InboundMessage

    wanted = message_id.strip()
    candidates = {wanted, wanted.strip("<>"), f"<{wanted.strip('<>')}>"}
    return (
        session.execute(
            select(InboundMessage)
            .where(
                InboundMessage.message_id.in_(list(candidates)),
                InboundMessage.kind.is_distinct_from("duplicate"),
            )
            .order_by(InboundMessage.id)
        )
        .scalars()
        .first()
    )


def web_users(session: Any) -> list[Any]:
    """The web console's users, by email."""
    from sqlalchemy import select

    from agent.models import WebUser

    return list(session.execute(select(WebUser).order_by(WebUser.email)).scalars())


def failed_deliveries(session: Any) -> list[Any]:
    """Write-back deliveries that failed after their last attempt."""
    from sqlmodel import select

    from agent.models import DeliveryState, WebhookDelivery

    return list(
        session.exec(
            select(WebhookDelivery).where(WebhookDelivery.state == DeliveryState.failed)
        ).all()
    )


def delivery_counts(session: Any) -> list[tuple[str, int]]:
    """(state, number of write-back deliveries) for every delivery state, in order."""
    from agent.models import DeliveryState
    from agent.writeback import count_by_state

    counts = count_by_state(session)
    return [(s.value, counts.get(s.value, 0)) for s in DeliveryState]


def po_history(session: Any, po_number: str) -> list[Any] | None:
    """One PO's audit trail, oldest first (``agent.web.timeline.Event``s); None: no such PO."""
    from sqlalchemy import select

    from agent.models import PurchaseOrder
    from agent.web.timeline import replies_of, timeline

    rows = list(
        session.execute(
            select(PurchaseOrder)
            .where(PurchaseOrder.po_number == po_number.strip())
            .order_by(PurchaseOrder.id)
        ).scalars()
    )
    if not rows:
        return None
    events = [e for po in rows for e in timeline(session, po, replies_of(session, po))]
    return sorted(events, key=lambda e: e.at)
