"""Cadence: which follow-ups and escalations are due, derived only from the database and ``now``.

Nothing here lives in memory between runs, so a restarted daemon (or a cron
``poagent run --once``) picks up exactly where it stopped. Every follow-up is
enqueued with a ``due_key`` (PO, revision, follow-up number), so the same due
moment can never produce two mails, whatever crashes in between.

Rules:
* chase only lines still unconfirmed (a partially confirmed PO's follow-up
  lists only those); a confirmed or rejected line is never chased again;
* a follow-up is due ``follow_up_after`` ("2 business days" or "48h", see
  agent.businesstime.due_after: weekends, the supplier's public holidays and
  hours outside business hours in its time zone skipped) after the last mail we sent, or at the moment the
  workflow set (the date the supplier promised to answer; one interval after
  a partial answer); never before an out-of-office return; at most
  ``max_follow_ups`` per PO revision; never while a reply waits for review;
* follow-ups reply in the original thread (In-Reply-To/References);
* ``escalate_after`` after the request without any answer, one
  ``no_response_escalation`` exception for the buyer, unless the request
  bounced and its ``undeliverable`` exception is still open (the same problem,
  already in front of the buyer).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update

from agent import domain
from agent.businesstime import country_of, due_after, zone
from agent.models import (
    AckState,
    Buyer,
    Confirmation,
    ExceptionState,
    ExceptionType,
    LineStatus,
    OutboundKind,
    OutboundMessage,
    OutboundState,
    POException,
    PurchaseOrder,
    Supplier,
    SuppressedAddress,
)
from agent.models import POLine as POLineRow

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import Settings
    from agent.db import SessionFactory

log = logging.getLogger(__name__)

ACTOR = "cadence"
CHASED_STATES = (
    AckState.requested,
    AckState.followed_up,
    AckState.partially_acknowledged,
    AckState.escalated,
)
UNANSWERED_STATES = (AckState.requested, AckState.followed_up)


@dataclass
class CadenceSummary:
    follow_ups: list[str] = field(default_factory=list)  # PO numbers
    escalations: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # PO number -> why not now


@dataclass
class Thread:
    original: OutboundMessage  # the request (or revision request) of the current revision
    follow_ups: list[OutboundMessage]

    @property
    def all(self) -> list[OutboundMessage]:
        return [self.original, *self.follow_ups]

    def last_contact(self) -> datetime | None:
        times = [m.sent_at for m in self.all]
        if any(t is None for t in times):
            return None  # something of ours is still on its way out: wait for it
        return max(t for t in times if t is not None)


def thread_for(session: Any, po: PurchaseOrder) -> Thread | None:
    """The current revision's request and the follow-ups sent after it."""
    rows = list(
        session.execute(
            select(OutboundMessage)
            .where(
                OutboundMessage.po_id == po.id,
                OutboundMessage.kind.in_(
                    [OutboundKind.request, OutboundKind.revision, OutboundKind.follow_up]
                ),
                OutboundMessage.state.notin_([OutboundState.cancelled]),
            )
            .order_by(OutboundMessage.id)
        ).scalars()
    )
    original = None
    follow_ups: list[OutboundMessage] = []
    for row in rows:
        if row.kind in (OutboundKind.request, OutboundKind.revision):
            original, follow_ups = row, []
        elif original is not None:
            follow_ups.append(row)
    if original is None:
        return None
    return Thread(original, follow_ups)


def _recipients(session: Any, supplier: Supplier) -> list[str]:
    suppressed = {a for (a,) in session.execute(select(SuppressedAddress.address)).all()}
    out: list[str] = []
    for addr in [*(supplier.emails or []), *(supplier.alternate_emails or [])]:
        a = addr.strip().lower()
        if a and a not in suppressed and a not in out:
            out.append(a)
    return out


def _reply_being_read(session: Any, supplier: Supplier) -> bool:
    """A stored mail from this supplier not yet applied (being read, or retrying)."""
    from agent.models import InboundMessage, InboundState

    senders = [e.lower() for e in [*(supplier.emails or []), *(supplier.alternate_emails or [])]]
    domains = {d.lower().lstrip("@") for d in supplier.domains or []} | {
        e.rsplit("@", 1)[-1] for e in senders if "@" in e
    }
    for (addr,) in session.execute(
        select(InboundMessage.from_addr).where(
            InboundMessage.state.in_(
                [InboundState.fetched, InboundState.claimed, InboundState.retrying]
            )
        )
    ).all():
        if addr and (addr in senders or addr.rsplit("@", 1)[-1] in domains):
            return True
    return False


def _review_pending(session: Any, po: PurchaseOrder, since: datetime | None) -> bool:
    q = select(POException.id).where(
        POException.po_id == po.id,
        POException.type == ExceptionType.needs_review,
        POException.state.in_([ExceptionState.open, ExceptionState.acknowledged]),
    )
    if since is not None:
        q = q.where(POException.created_at >= since)
    return session.execute(q.limit(1)).first() is not None


def _has_answer(session: Any, po: PurchaseOrder, since: datetime | None) -> bool:
    """Did the supplier say anything (a confirmation, a holding answer, a reply under review)?"""
    q = select(Confirmation.id).where(
        Confirmation.po_id == po.id, Confirmation.po_revision == po.revision
    )
    if session.execute(q.limit(1)).first() is not None:
        return True
    if po.next_reply_expected is not None:
        return True
    return _review_pending(session, po, since)


def _undeliverable_open(session: Any, po: PurchaseOrder) -> bool:
    q = select(POException.id).where(
        POException.po_id == po.id,
        POException.type == ExceptionType.undeliverable,
        POException.state.in_([ExceptionState.open, ExceptionState.acknowledged]),
    )
    return session.execute(q.limit(1)).first() is not None


def follow_up_due_at(
    session: Any, settings: Settings, po: PurchaseOrder, supplier: Supplier, thread: Thread
) -> datetime | None:
    last = thread.last_contact()
    if last is None:
        return None
    tz = zone(supplier.timezone, settings.company.timezone)
    sched = settings.schedule
    due = po.next_follow_up_at or due_after(
        last, sched.follow_up_after, sched, tz, country_of(supplier.locale, sched)
    )
    if po.snoozed_until is not None and po.snoozed_until > due:
        due = po.snoozed_until
    return due


def _render_follow_up(
    session: Any,
    settings: Settings,
    po: PurchaseOrder,
    lines: list[POLineRow],
    number: int,
    thread: Thread,
    partial: bool,
) -> tuple[str, str, str | None]:
    from agent.ack_requests import po_context
    from agent.templates import render

    context = po_context(session, settings, po)
    # Only the lines still open: a partially confirmed PO is chased for the rest.
    wanted = {ln.line_number for ln in lines}
    context["lines"] = [ln for ln in context["lines"] if ln["number"] in wanted]
    context["follow_up_number"] = number
    context["max_follow_ups"] = settings.schedule.max_follow_ups
    context["partial"] = partial
    context["requested_at"] = thread.original.sent_at or context.get("requested_at")
    rendered = render(settings, "follow_up", context)
    subject = rendered.subject.strip() or f"Re: {thread.original.subject}"
    return subject, rendered.text, rendered.html


def _enqueue_follow_up(
    session: Any, settings: Settings, po: PurchaseOrder, now: datetime, summary: CadenceSummary
) -> None:
    from agent.ack_requests import follow_up_due_key
    from agent.outbox import enqueue, make_message_id

    supplier = session.get(Supplier, po.supplier_id)
    if supplier is None:
        return
    thread = thread_for(session, po)
    if thread is None:
        summary.skipped[po.po_number] = "no request sent yet"
        return
    unconfirmed = [
        ln
        for ln in session.execute(
            select(POLineRow).where(POLineRow.po_id == po.id).order_by(POLineRow.line_number)
        ).scalars()
        if ln.line_status == LineStatus.unconfirmed
    ]
    if not unconfirmed:
        return
    # An explicit moment (the supplier's promised date, a person reopening the chase)
    # is honoured even past the cap; the cap is for unanswered routine reminders.
    if len(thread.follow_ups) >= settings.schedule.max_follow_ups and po.next_follow_up_at is None:
        summary.skipped[po.po_number] = "max follow-ups reached"
        return
    if _review_pending(session, po, thread.original.created_at):
        summary.skipped[po.po_number] = "a reply waits for review"
        return
    if _reply_being_read(session, supplier):
        summary.skipped[po.po_number] = "a mail from the supplier is still being read"
        return
    due = follow_up_due_at(session, settings, po, supplier, thread)
    if due is None or due > now:
        summary.skipped[po.po_number] = f"next follow-up {due.isoformat() if due else 'after send'}"
        return
    recipients = _recipients(session, supplier)
    if not recipients:
        summary.skipped[po.po_number] = "every supplier address is suppressed (bounced)"
        return
    number = len(thread.follow_ups) + 1
    all_lines = session.execute(select(POLineRow.id).where(POLineRow.po_id == po.id)).all()
    partial = len(unconfirmed) < len(all_lines)
    subject, text, html = _render_follow_up(
        session, settings, po, unconfirmed, number, thread, partial
    )
    due_key = follow_up_due_key(po, number)
    message = enqueue(
        session,
        kind=OutboundKind.follow_up,
        to=recipients,
        subject=subject,
        text=text,
        html=html,
        po_id=po.id,
        po_revision=po.revision,
        buyer_id=po.buyer_id,
        in_reply_to=thread.original.message_id,
        references=[
            *(thread.original.references or []),
            thread.original.message_id,
            *(m.message_id for m in thread.follow_ups),
        ],
        due_key=due_key,
        now=now,
        domain=settings.company.from_domain,
        message_id=make_message_id(
            settings.company.from_domain, f"po-{po.po_number}.r{po.revision}.f{number}"
        ),
        actor=ACTOR,
    )
    po.follow_ups_sent = number
    po.next_follow_up_at = None
    po.updated_at = now
    # A follow-up is an event in any chased state; only the first one changes it.
    domain.transition(
        session,
        po,
        AckState.followed_up if po.ack_state == AckState.requested else po.ack_state,
        action="follow_up_queued",
        actor=ACTOR,
        now=now,
        details={
            "number": number,
            "due_key": due_key,
            "message_id": message.message_id,
            "lines": [ln.line_number for ln in unconfirmed],
            "to": recipients,
        },
    )
    summary.follow_ups.append(po.po_number)


def _escalate(
    session: Any, settings: Settings, po: PurchaseOrder, now: datetime, summary: CadenceSummary
) -> None:
    from agent.workflow import open_exception

    if po.ack_state not in UNANSWERED_STATES:
        return
    thread = thread_for(session, po)
    if thread is None or thread.original.sent_at is None:
        return
    first_sent = thread.original.sent_at
    if po.escalated_at is not None and po.escalated_at >= first_sent:
        return
    if _has_answer(session, po, thread.original.created_at):
        return
    if _undeliverable_open(session, po):
        # The request bounced: the buyer already holds the actionable item (a working
        # address); a "no answer" escalation would count the same problem twice.
        return
    supplier = session.get(Supplier, po.supplier_id)
    tz = zone(supplier.timezone if supplier else None, settings.company.timezone)
    sched = settings.schedule
    country = country_of(supplier.locale if supplier else None, sched)
    due = due_after(first_sent, sched.escalate_after, sched, tz, country)
    if due > now:
        return
    # Conditional UPDATE: two workers can never both escalate the same PO.
    won = session.execute(
        update(PurchaseOrder)
        .where(
            PurchaseOrder.id == po.id,
            (PurchaseOrder.escalated_at.is_(None)) | (PurchaseOrder.escalated_at < first_sent),
        )
        .values(escalated_at=now)
        .execution_options(synchronize_session=False)
    ).rowcount
    if won != 1:
        return
    session.refresh(po)
    lines = list(session.execute(select(POLineRow).where(POLineRow.po_id == po.id)).scalars())
    total = sum((ln.quantity * ln.unit_price for ln in lines), start=0)
    buyer = session.get(Buyer, po.buyer_id) if po.buyer_id is not None else None
    hours = (now - first_sent).total_seconds() / 3600
    open_exception(
        session,
        settings,
        po=po,
        type=ExceptionType.no_response_escalation,
        now=now,
        value=total,
        po_value=f"requested {first_sent.date().isoformat()}",
        confirmed_value="no answer",
        evidence=f"no answer from {supplier.name if supplier else po.supplier_id} "
        f"{hours:.0f} hours after the request ({len(thread.follow_ups)} follow-up(s) sent)",
        priority=None,
        owner=buyer.email if buyer else None,
        actor=ACTOR,
    )
    po.updated_at = now
    domain.transition(
        session, po, AckState.escalated, action="escalated", actor=ACTOR, now=now,
        details={"hours_without_answer": round(hours, 1)},
    )  # fmt: skip
    summary.escalations.append(po.po_number)


def _candidates(session: Any, settings: Settings, now: datetime) -> list[int]:
    """POs that may have a follow-up or escalation due, from a few bulk queries.

    Conservative: it may let through a PO with nothing due (the per-PO step decides,
    inside its transaction), never hold back one that has something due. It keeps
    the steady-state pass (nothing due) cheap with many thousands of open POs.
    """
    pos = list(
        session.execute(
            select(PurchaseOrder).where(PurchaseOrder.ack_state.in_(list(CHASED_STATES)))
        ).scalars()
    )
    if not pos:
        return []
    ids = [p.id for p in pos]
    threads: dict[int, Thread] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for row in session.execute(
            select(OutboundMessage)
            .where(
                OutboundMessage.po_id.in_(chunk),
                OutboundMessage.kind.in_(
                    [OutboundKind.request, OutboundKind.revision, OutboundKind.follow_up]
                ),
                OutboundMessage.state.notin_([OutboundState.cancelled]),
            )
            .order_by(OutboundMessage.id)
        ).scalars():
            if row.kind in (OutboundKind.request, OutboundKind.revision):
                threads[row.po_id] = Thread(row, [])
            elif row.po_id in threads:
                threads[row.po_id].follow_ups.append(row)
    unconfirmed = {
        po_id
        for (po_id,) in session.execute(
            select(POLineRow.po_id)
            .where(POLineRow.line_status == LineStatus.unconfirmed)
            .group_by(POLineRow.po_id)
        ).all()
    }
    reviews: dict[int, datetime] = {}
    for po_id, created in session.execute(
        select(POException.po_id, POException.created_at).where(
            POException.type == ExceptionType.needs_review,
            POException.state.in_([ExceptionState.open, ExceptionState.acknowledged]),
            POException.po_id.is_not(None),
        )
    ).all():
        reviews[po_id] = max(created, reviews.get(po_id, created))
    answered = set(session.execute(select(Confirmation.po_id, Confirmation.po_revision)).all())
    undeliverable = set(
        session.execute(
            select(POException.po_id).where(
                POException.type == ExceptionType.undeliverable,
                POException.state.in_([ExceptionState.open, ExceptionState.acknowledged]),
                POException.po_id.is_not(None),
            )
        ).scalars()
    )
    suppliers = {sup.id: sup for sup in session.execute(select(Supplier)).scalars()}
    sched = settings.schedule
    out = []
    for po in pos:
        thread = threads.get(po.id)
        if thread is None or po.id not in unconfirmed:
            continue
        supplier = suppliers.get(po.supplier_id)
        tz = zone(supplier.timezone if supplier else None, settings.company.timezone)
        country = country_of(supplier.locale if supplier else None, sched)
        review = po.id in reviews and reviews[po.id] >= thread.original.created_at
        first_sent = thread.original.sent_at
        escalation_due = (
            po.ack_state in UNANSWERED_STATES
            and first_sent is not None
            and (po.escalated_at is None or po.escalated_at < first_sent)
            and not review
            and (po.id, po.revision) not in answered
            and po.next_reply_expected is None
            and po.id not in undeliverable
            and due_after(first_sent, sched.escalate_after, sched, tz, country) <= now
        )
        last = thread.last_contact()
        follow_up_due = False
        if (
            last is not None
            and not review
            and (len(thread.follow_ups) < sched.max_follow_ups or po.next_follow_up_at is not None)
        ):
            due = po.next_follow_up_at or due_after(last, sched.follow_up_after, sched, tz, country)
            if po.snoozed_until is not None and po.snoozed_until > due:
                due = po.snoozed_until
            follow_up_due = due <= now
        if escalation_due or follow_up_due:
            out.append(po.id)
    return sorted(out)


def run_cadence(
    session_factory: SessionFactory, settings: Settings, now: datetime
) -> CadenceSummary:
    """Enqueue due follow-ups and open due escalations; one transaction per PO."""
    summary = CadenceSummary()
    with session_factory() as session:
        ids = _candidates(session, settings, now)
    for po_id in ids:
        with session_factory() as session:
            po = session.get(PurchaseOrder, po_id)
            if po is None or po.ack_state not in CHASED_STATES:
                continue
            try:
                _escalate(session, settings, po, now, summary)
                _enqueue_follow_up(session, settings, po, now, summary)
                session.commit()
            except Exception:
                session.rollback()
                log.exception("cadence for PO %s failed; retried next cycle", po.po_number)
    return summary
