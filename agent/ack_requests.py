"""Compose acknowledgment requests and reminders for a PO and put them in the outbox."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from agent.config import Settings
from agent.models import (
    Buyer,
    OutboundKind,
    OutboundMessage,
    OutboundState,
    POLine,
    PurchaseOrder,
    Supplier,
)
from agent.outbox import enqueue
from agent.templates import Rendered, render


def request_due_key(po: PurchaseOrder) -> str:
    return f"request:{po.po_number}:r{po.revision}"


def follow_up_due_key(po: PurchaseOrder, number: int) -> str:
    return f"follow_up:{po.po_number}:r{po.revision}:{number}"


def thread_ids(session: Session, po_id: int) -> list[str]:
    """Message-IDs of the mail the supplier got (or is getting) about this PO, oldest first."""
    rows = session.exec(
        select(OutboundMessage.message_id)
        .where(
            OutboundMessage.po_id == po_id,
            col(OutboundMessage.kind).in_(
                [OutboundKind.request, OutboundKind.revision, OutboundKind.follow_up]
            ),
            col(OutboundMessage.state).in_([OutboundState.sent, OutboundState.sending]),
        )
        .order_by(col(OutboundMessage.id))
    )
    return list(rows)


def po_context(
    session: Session,
    settings: Settings,
    po: PurchaseOrder,
    changed_lines: Iterable[int] = (),
    removed_lines: Iterable[int] = (),
) -> dict[str, Any]:
    """Template variables describing the PO as the supplier should see it."""
    supplier = session.get(Supplier, po.supplier_id)
    buyer = session.get(Buyer, po.buyer_id) if po.buyer_id is not None else None
    lines = session.exec(
        select(POLine).where(POLine.po_id == po.id).order_by(col(POLine.line_number))
    ).all()
    changed = set(changed_lines)
    locale = (supplier.locale if supplier else None) or settings.company.default_locale
    return {
        "po": {
            "number": po.po_number,
            "revision": po.revision,
            "currency": po.currency,
            "issue_date": po.issue_date,
            "site": po.site,
        },
        "supplier": {
            "id": po.supplier_id,
            "name": supplier.name if supplier else po.supplier_id,
            "contact_name": None,
        },
        "buyer": {"name": buyer.name, "email": buyer.email} if buyer else None,
        "locale": locale,
        "lines": [
            {
                "number": ln.line_number,
                "item": ln.item,
                "description": ln.description,
                "quantity": ln.quantity,
                "uom": ln.uom,
                "unit_price": ln.unit_price,
                "requested_date": ln.requested_date,
                "changed": ln.line_number in changed,
            }
            for ln in lines
        ],
        "any_changed": bool(changed),
        "removed_lines": sorted(removed_lines),
        "requested_at": po.requested_at,
    }


def _recipients(session: Session, po: PurchaseOrder) -> list[str]:
    supplier = session.get(Supplier, po.supplier_id)
    return list(supplier.emails) if supplier else []


def queue_request(
    session: Session,
    settings: Settings,
    po: PurchaseOrder,
    now: datetime,
    *,
    changed_lines: Iterable[int] = (),
    removed_lines: Iterable[int] = (),
    not_before: datetime | None = None,
) -> OutboundMessage:
    """Queue the acknowledgment request for the PO's current revision (once per revision)."""
    previous = thread_ids(session, po.id) if po.revision > 0 and po.id is not None else []
    # "Revised" only if the supplier saw an earlier revision; otherwise it is their first request.
    revised = bool(previous)
    context = po_context(session, settings, po, changed_lines if revised else (),
                         removed_lines if revised else ())  # fmt: skip
    context["revised"] = revised
    rendered: Rendered = render(settings, "request", context)
    return enqueue(
        session,
        kind=OutboundKind.revision if revised else OutboundKind.request,
        to=_recipients(session, po),
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        po_id=po.id,
        po_revision=po.revision,
        buyer_id=po.buyer_id,
        in_reply_to=previous[-1] if previous else None,
        references=previous,
        due_key=request_due_key(po),
        now=now,
        not_before=not_before,
        domain=settings.company.from_domain,
        message_id=_message_id(settings, po, "r"),
    )


def render_pending(session: Session, settings: Settings, msg: OutboundMessage) -> None:
    """Write the text of a request queued with ``body_pending`` (by a bulk import).

    Called by the sender in the transaction that claims the row, so the text is
    committed before the first SMTP attempt and every retry sends the same text.
    The request is the PO's first for its revision (a bulk import queues only
    those), rendered from the PO as stored — what ``queue_request`` would have written.
    """
    from agent.outbox import _one_line

    po = session.get(PurchaseOrder, msg.po_id)
    if po is None:
        raise ValueError(f"outbound {msg.id}: its PO {msg.po_id} does not exist")
    context = po_context(session, settings, po)
    context["requested_at"] = None  # as when it was queued: nothing was sent yet
    context["revised"] = False
    rendered = render(settings, "request", context)
    msg.subject = _one_line(rendered.subject)
    msg.body_text = rendered.text
    msg.body_html = rendered.html
    msg.body_pending = None


def queue_follow_up(
    session: Session, settings: Settings, po: PurchaseOrder, now: datetime, number: int
) -> OutboundMessage:
    """Queue reminder ``number`` (1, 2, ...) in the request's thread; at most once per number."""
    context = po_context(session, settings, po)
    context["follow_up_number"] = number
    context["max_follow_ups"] = settings.schedule.max_follow_ups
    rendered = render(settings, "follow_up", context)
    previous = thread_ids(session, po.id) if po.id is not None else []
    return enqueue(
        session,
        kind=OutboundKind.follow_up,
        to=_recipients(session, po),
        subject=rendered.subject,
        text=rendered.text,
        html=rendered.html,
        po_id=po.id,
        po_revision=po.revision,
        buyer_id=po.buyer_id,
        in_reply_to=previous[-1] if previous else None,
        references=previous,
        due_key=follow_up_due_key(po, number),
        now=now,
        domain=settings.company.from_domain,
        message_id=_message_id(settings, po, f"f{number}"),
    )


def _message_id(settings: Settings, po: PurchaseOrder, tag: str) -> str:
    from agent.outbox import make_message_id

    # "po-4500012345.r1.f2.<random>@buyer.example": readable in a supplier's reply headers.
    return make_message_id(settings.company.from_domain, f"po-{po.po_number}.r{po.revision}.{tag}")
