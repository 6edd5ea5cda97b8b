"""A PO's whole story from the audit log: requests, reminders, replies, versions, exceptions.

Every entity's audit subject is its row id (``agent.domain.subject``); the
console's PO page and ``poagent history`` read the same trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select

from agent.domain import subject
from agent.models import (
    AuditLog,
    Confirmation,
    ConfirmationLine,
    InboundMessage,
    OutboundMessage,
    POException,
    POLine,
    PurchaseOrder,
    WebhookDelivery,
)

# How each (entity, action) reads in the timeline; anything else shows as "entity action".
LABELS: dict[tuple[str, str], str] = {
    ("outbound_message", "queued"): "mail queued",
    ("outbound_message", "sent"): "mail sent",
    ("outbound_message", "cancelled"): "mail cancelled",
    ("outbound_message", "failed"): "mail failed",
    ("outbound_message", "retry_scheduled"): "mail retry scheduled",
    ("purchase_order", "requested"): "acknowledgment requested",
    ("purchase_order", "ack_state"): "acknowledgment state",
    ("inbound_message", "fetched"): "reply received",
    ("inbound_message", "processed"): "reply read",
    ("inbound_message", "reprocessed"): "reply read again",
    ("exception", "opened"): "exception opened",
    ("exception", "auto_accepted"): "difference accepted within tolerance",
    ("exception", "resolved"): "exception resolved",
    ("exception", "noted"): "note added",
    ("exception", "reassigned"): "exception reassigned",
    ("exception", "superseded"): "exception superseded",
    ("confirmation", "stored"): "confirmation stored",
}
# Claims and leases are plumbing, not part of the story.
HIDDEN_ACTIONS = {"claimed", "reclaimed", "taken_over"}


@dataclass
class Event:
    at: datetime
    actor: str
    entity: str
    entity_id: str
    action: str
    label: str
    from_state: str | None
    to_state: str | None
    details: dict[str, Any]


@dataclass
class LineView:
    number: int
    item: str
    description: str
    uom: str
    ordered_quantity: Any
    ordered_price: Any
    ordered_date: Any
    confirmed: ConfirmationLine | None
    promised_quantity: Any
    promised_price: Any
    promised_date: Any
    status: str


def po_lines(session: Any, po: PurchaseOrder) -> list[LineView]:
    latest = (
        session.execute(
            select(Confirmation)
            .where(Confirmation.po_id == po.id)
            .order_by(Confirmation.version.desc())
            .limit(1)
        )
        .scalars()
        .first()
    )
    confirmed: dict[int, ConfirmationLine] = {}
    if latest is not None:
        for cl in session.execute(
            select(ConfirmationLine).where(ConfirmationLine.confirmation_id == latest.id)
        ).scalars():
            confirmed[cl.line_number] = cl
    return [
        LineView(
            number=ln.line_number,
            item=ln.item,
            description=ln.description,
            uom=ln.uom,
            ordered_quantity=ln.quantity,
            ordered_price=ln.unit_price,
            ordered_date=ln.requested_date,
            confirmed=confirmed.get(ln.line_number),
            promised_quantity=ln.promised_quantity,
            promised_price=ln.promised_price,
            promised_date=ln.promised_date,
            status=ln.line_status.value,
        )
        for ln in session.execute(
            select(POLine).where(POLine.po_id == po.id).order_by(POLine.line_number)
        ).scalars()
    ]


def replies_of(session: Any, po: PurchaseOrder) -> list[InboundMessage]:
    """Mail tied to the PO directly, or through a confirmation or an exception."""
    via_conf = select(Confirmation.inbound_message_id).where(Confirmation.po_id == po.id)
    via_exc = select(POException.inbound_message_id).where(POException.po_id == po.id)
    return list(
        session.execute(
            select(InboundMessage)
            .where(
                or_(
                    InboundMessage.po_id == po.id,
                    InboundMessage.id.in_(via_conf),
                    InboundMessage.id.in_(via_exc),
                ),
                InboundMessage.kind.is_distinct_from("duplicate"),
            )
            .order_by(InboundMessage.id)
        ).scalars()
    )


def timeline(session: Any, po: PurchaseOrder, replies: list[InboundMessage]) -> list[Event]:
    exc_ids = [
        str(i) for (i,) in session.execute(select(POException.id).where(POException.po_id == po.id))
    ]
    out_ids = [
        str(i)
        for (i,) in session.execute(
            select(OutboundMessage.id).where(OutboundMessage.po_id == po.id)
        )
    ]
    conf_ids = [
        i for (i,) in session.execute(select(Confirmation.id).where(Confirmation.po_id == po.id))
    ]
    hook_ids = [
        str(i)
        for (i,) in session.execute(
            select(WebhookDelivery.id).where(WebhookDelivery.confirmation_id.in_(conf_ids or [-1]))
        )
    ]
    wanted = [
        # One subject per PO: its id (migration 0007 moved the old by-number entries).
        (AuditLog.entity == "purchase_order") & (AuditLog.entity_id == subject(po)),
        (AuditLog.entity == "exception") & AuditLog.entity_id.in_(exc_ids or ["-"]),
        (AuditLog.entity == "outbound_message") & AuditLog.entity_id.in_(out_ids or ["-"]),
        (AuditLog.entity == "inbound_message")
        & AuditLog.entity_id.in_([str(r.id) for r in replies] or ["-"]),
        (AuditLog.entity == "confirmation")
        & AuditLog.entity_id.in_([str(i) for i in conf_ids] or ["-"]),
        (AuditLog.entity.in_(["webhook_delivery", "writeback"]))
        & AuditLog.entity_id.in_(hook_ids or ["-"]),
    ]
    events = []
    for entry in session.execute(
        select(AuditLog).where(or_(*wanted)).order_by(AuditLog.at, AuditLog.id)
    ).scalars():
        if entry.action in HIDDEN_ACTIONS:
            continue
        events.append(
            Event(
                at=entry.at,
                actor=entry.actor,
                entity=entry.entity,
                entity_id=entry.entity_id,
                action=entry.action,
                label=LABELS.get((entry.entity, entry.action), f"{entry.entity} {entry.action}"),
                from_state=entry.from_state,
                to_state=entry.to_state,
                details=entry.details or {},
            )
        )
    return events
