"""Buyer digests: one email per person per day with everything that needs them.

Who gets one: every buyer, and every other owner of an open exception (a
planner, finance), at ``[schedule] digest_time`` in their own time zone
(buyer.timezone, else the company's). What is in it:

- new exceptions since the previous digest, by priority;
- POs awaiting acknowledgment, with their age and follow-ups so far;
- replies waiting for review, with the reason;
- changes waiting for approval (date, price, quantity, rejected lines);
- undeliverable requests;
- what the agent auto-accepted within tolerance since the previous digest.

Each item carries its PO, line, both values and the supplier's own words.
``send_due_digests`` (a scheduler step) queues each digest in the outbox under
``digest:<email>:<local date>``, so a person gets at most one a day however
often the step runs or restarts. ``collect`` + ``render_digest`` are also used
by ``poagent digest --dry-run``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import quote
from zoneinfo import ZoneInfo

from sqlalchemy import or_
from sqlmodel import Session, select

from agent.config import Settings
from agent.domain import exception_types
from agent.models import (
    AckState,
    Buyer,
    ExceptionState,
    OutboundKind,
    OutboundMessage,
    POException,
    POLine,
    PurchaseOrder,
    Supplier,
)

log = logging.getLogger(__name__)

PRIORITIES = ("high", "medium", "low")
OPEN_STATES = (ExceptionState.open, ExceptionState.acknowledged)
AWAITING_STATES = (
    AckState.requested,
    AckState.followed_up,
    AckState.escalated,
    AckState.partially_acknowledged,
)
# How long after digest_time a missed digest is still sent (daemon was down at that moment).
SEND_WINDOW = timedelta(hours=12)


def _value(v: Any) -> str:
    return "" if v is None else str(v.value if hasattr(v, "value") else v)


def _age(delta: timedelta) -> str:
    hours = delta.total_seconds() / 3600
    if hours < 1:
        return f"{max(int(hours * 60), 0)} min"
    if hours < 48:
        return f"{int(hours)} h"
    return f"{int(hours // 24)} days"


@dataclass
class Recipient:
    email: str
    name: str | None
    timezone: str
    is_buyer: bool
    buyer_id: int | None = None


@dataclass
class DigestData:
    recipient: Recipient
    now: datetime
    since: datetime
    new_by_priority: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    awaiting: list[dict[str, Any]] = field(default_factory=list)
    review: list[dict[str, Any]] = field(default_factory=list)
    changes: list[dict[str, Any]] = field(default_factory=list)
    undeliverable: list[dict[str, Any]] = field(default_factory=list)
    auto_accepted: list[dict[str, Any]] = field(default_factory=list)
    escalations: list[dict[str, Any]] = field(default_factory=list)

    @property
    def new_count(self) -> int:
        return sum(len(v) for v in self.new_by_priority.values())

    @property
    def empty(self) -> bool:
        return not (
            self.new_count
            or self.awaiting
            or self.review
            or self.changes
            or self.undeliverable
            or self.auto_accepted
            or self.escalations
        )

    def context(self, settings: Settings) -> dict[str, Any]:
        tz = ZoneInfo(self.recipient.timezone)
        _add_console_links(self, settings.web.base_url)
        return {
            "recipient": self.recipient,
            "now_local": self.now.astimezone(tz),
            "since_local": self.since.astimezone(tz),
            "new_by_priority": self.new_by_priority,
            "new_count": self.new_count,
            "high_count": len(self.new_by_priority.get("high", [])),
            "awaiting": self.awaiting,
            "review": self.review,
            "changes": self.changes,
            "undeliverable": self.undeliverable,
            "auto_accepted": self.auto_accepted,
            "escalations": self.escalations,
            "priorities": PRIORITIES,
            "labels": {k.value: k.label for k in exception_types.REGISTRY.values()},
        }


def _add_console_links(data: DigestData, base_url: str) -> None:
    """With ``[web] base_url`` set, each item links to its place in the web console."""
    if not base_url:
        return
    groups = [*data.new_by_priority.values(), data.awaiting, data.review, data.changes,
              data.undeliverable, data.auto_accepted, data.escalations]  # fmt: skip
    for group in groups:
        for it in group:
            if it.get("po_number"):
                it["po_url"] = f"{base_url}/po/{quote(str(it['po_number']), safe='')}"
            if it.get("id") is not None and "label" in it:
                it["url"] = f"{base_url}/exceptions/{it['id']}"


# --------------------------------------------------------------------- collection


def recipients(session: Session, settings: Settings) -> list[Recipient]:
    """Every buyer, plus every other owner of an open exception."""
    company_tz = settings.company.timezone
    out: dict[str, Recipient] = {}
    for b in session.exec(select(Buyer).order_by(Buyer.email)).all():  # type: ignore[arg-type]
        out[b.email.lower()] = Recipient(
            b.email, b.name, b.timezone or company_tz, is_buyer=True, buyer_id=b.id
        )
    owners = session.exec(
        select(POException.owner).where(POException.state.in_(OPEN_STATES)).distinct()  # type: ignore[attr-defined]
    ).all()
    for owner in sorted(o for o in owners if o and "@" in o):
        out.setdefault(owner.lower(), Recipient(owner, None, company_tz, is_buyer=False))
    return list(out.values())


def find_recipient(session: Session, settings: Settings, email: str) -> Recipient | None:
    for r in recipients(session, settings):
        if r.email.lower() == email.strip().lower():
            return r
    return None


def _evidence_parts(exc: POException) -> tuple[str | None, str | None]:
    """(reason, supplier's words) from an exception's evidence text."""
    text = (exc.evidence or "").strip()
    if not text:
        return None, None
    kind = exception_types.kind_of(exc.type)
    if not kind.supplier_words:
        return text, None  # written by a mail server or by the agent itself
    if kind.group == "review":
        if "\n---\n" in text:
            reason, words = text.split("\n---\n", 1)
            return reason.strip() or None, words.strip() or None
        return text, None
    return None, text


def _item(
    exc: POException,
    po: PurchaseOrder | None,
    supplier: Supplier | None,
    line: POLine | None,
    recipient: Recipient,
    now: datetime,
) -> dict[str, Any]:
    reason, words = _evidence_parts(exc)
    if exception_types.kind_of(exc.type).group != "review" and exc.note:
        reason = exc.note
    kind = _value(exc.type)
    return {
        "id": exc.id,
        "type": kind,
        "label": exception_types.label(kind),
        "priority": _value(exc.priority),
        "po_number": po.po_number if po else None,
        "line": exc.line_number,
        "item": line.item if line else None,
        "description": line.description if line else None,
        "po_value": exc.po_value,
        "confirmed_value": exc.confirmed_value,
        "value_at_risk": exc.value_at_risk,
        "currency": po.currency if po else None,
        "supplier": supplier.name if supplier else None,
        "evidence": words,
        "reason": reason,
        "owner": exc.owner,
        "owner_is_recipient": (exc.owner or "").lower() == recipient.email.lower(),
        "state": _value(exc.state),
        "age": _age(now - exc.created_at),
        "created_at": exc.created_at,
    }


def _previous_digest_at(session: Session, recipient: Recipient, today: date) -> datetime | None:
    prefix = f"digest:{recipient.email.lower()}:"
    rows = session.exec(
        select(OutboundMessage.due_key, OutboundMessage.created_at).where(
            OutboundMessage.kind == OutboundKind.digest,
            OutboundMessage.due_key.like(prefix + "%"),  # type: ignore[union-attr]
        )
    ).all()
    best: datetime | None = None
    for key, created in rows:
        if key and key.startswith(prefix) and key[len(prefix) :] < today.isoformat():
            best = created if best is None or created > best else best
    return best


def collect(
    session: Session,
    settings: Settings,
    recipient: Recipient,
    now: datetime,
    since: datetime | None = None,
) -> DigestData:
    """Everything the recipient should see at ``now`` (new = created after ``since``).

    ``since`` defaults to the moment the previous digest was queued: strictly
    after it, because what was created in the same instant was already in it.
    """
    tz = ZoneInfo(recipient.timezone)
    if since is None:
        since = _previous_digest_at(session, recipient, now.astimezone(tz).date())
        if since is None:
            since = now - timedelta(days=1)
    data = DigestData(recipient=recipient, now=now, since=since)

    my_po_ids: set[int] = set()
    if recipient.buyer_id is not None:
        my_po_ids = set(
            session.exec(
                select(PurchaseOrder.id).where(PurchaseOrder.buyer_id == recipient.buyer_id)
            ).all()
        )  # type: ignore[arg-type]
    mine = [POException.owner == recipient.email]
    if my_po_ids:
        mine.append(POException.po_id.in_(sorted(my_po_ids)))  # type: ignore[union-attr]
    exceptions = session.exec(
        select(POException)
        .where(or_(*mine))
        .where(
            or_(
                POException.state.in_(OPEN_STATES),  # type: ignore[attr-defined]
                POException.created_at > since,  # type: ignore[operator]
            )
        )
        .where(POException.created_at <= now)  # type: ignore[operator]
        .order_by(POException.created_at, POException.id)  # type: ignore[arg-type]
    ).all()

    cache_po: dict[int, PurchaseOrder | None] = {}
    cache_sup: dict[str, Supplier | None] = {}

    def po_of(po_id: int | None) -> PurchaseOrder | None:
        if po_id is None:
            return None
        if po_id not in cache_po:
            cache_po[po_id] = session.get(PurchaseOrder, po_id)
        return cache_po[po_id]

    def supplier_of(po: PurchaseOrder | None) -> Supplier | None:
        if po is None:
            return None
        if po.supplier_id not in cache_sup:
            cache_sup[po.supplier_id] = session.get(Supplier, po.supplier_id)
        return cache_sup[po.supplier_id]

    def line_of(po: PurchaseOrder | None, number: int | None) -> POLine | None:
        if po is None or number is None:
            return None
        return session.exec(
            select(POLine).where(POLine.po_id == po.id, POLine.line_number == number)
        ).first()

    data.new_by_priority = {p: [] for p in PRIORITIES}
    for exc in exceptions:
        po = po_of(exc.po_id)
        item = _item(exc, po, supplier_of(po), line_of(po, exc.line_number), recipient, now)
        is_new = exc.created_at > since
        if exc.state == ExceptionState.auto_accepted:
            if is_new:
                data.auto_accepted.append(item)
            continue
        if exc.state not in OPEN_STATES:
            continue
        if is_new:
            data.new_by_priority.setdefault(item["priority"], []).append(item)
        # The digest section is the type's registry entry's group.
        group = exception_types.kind_of(exc.type).group
        {
            "changes": data.changes,
            "review": data.review,
            "undeliverable": data.undeliverable,
            "escalations": data.escalations,
        }[group].append(item)

    rank = {p: i for i, p in enumerate(PRIORITIES)}
    for bucket in (data.changes, data.review, data.undeliverable, data.escalations):
        bucket.sort(key=lambda it: (rank.get(it["priority"], 9), it["created_at"]))

    if my_po_ids:
        waiting = session.exec(
            select(PurchaseOrder)
            .where(PurchaseOrder.id.in_(sorted(my_po_ids)))  # type: ignore[union-attr]
            .where(PurchaseOrder.ack_state.in_(AWAITING_STATES))  # type: ignore[attr-defined]
            .order_by(PurchaseOrder.requested_at, PurchaseOrder.po_number)  # type: ignore[arg-type]
        ).all()
        for po in waiting:
            if po.requested_at is None or po.requested_at > now:
                continue
            supplier = supplier_of(po)
            data.awaiting.append(
                {
                    "po_number": po.po_number,
                    "supplier": supplier.name if supplier else po.supplier_id,
                    "state": _value(po.ack_state),
                    "age": _age(now - po.requested_at),
                    "age_hours": (now - po.requested_at).total_seconds() / 3600,
                    "requested_at": po.requested_at.astimezone(tz),
                    "follow_ups": po.follow_ups_sent,
                    "next_follow_up": po.next_follow_up_at.astimezone(tz)
                    if po.next_follow_up_at
                    else None,
                    "snoozed_until": po.snoozed_until.astimezone(tz) if po.snoozed_until else None,
                }
            )
        data.awaiting.sort(key=lambda a: -a["age_hours"])
    return data


def render_digest(settings: Settings, data: DigestData) -> Any:
    from agent.templates import render

    return render(settings, "digest", data.context(settings))


# ------------------------------------------------------------------------ sending


@dataclass
class DigestSummary:
    queued: int = 0
    skipped_empty: int = 0
    already_sent: int = 0
    recipients: list[str] = field(default_factory=list)


def digest_moment(settings: Settings, tz_name: str, day: date) -> datetime:
    tz = ZoneInfo(tz_name)
    local = datetime.combine(day, settings.schedule.digest_time_of_day, tzinfo=tz)
    return local.astimezone(UTC)


def due_key(email: str, day: date) -> str:
    return f"digest:{email.lower()}:{day.isoformat()}"


def send_due_digests(
    session_factory: Any,
    settings: Settings,
    now: datetime | None = None,
    *,
    only: Iterable[str] | None = None,
) -> DigestSummary:
    """Queue today's digest for everyone whose digest_time has come (at most once a day)."""
    from agent import outbox

    now = now or datetime.now(UTC)
    summary = DigestSummary()
    wanted = {e.lower() for e in only} if only else None
    with session_factory() as session:
        people = recipients(session, settings)
    for person in people:
        if wanted is not None and person.email.lower() not in wanted:
            continue
        local_day = now.astimezone(ZoneInfo(person.timezone)).date()
        if local_day.isoweekday() not in settings.schedule.business_days:
            continue  # a summary for the working day; the weekend's news waits for Monday
        moment = digest_moment(settings, person.timezone, local_day)
        if not (moment <= now < moment + SEND_WINDOW):
            continue
        key = due_key(person.email, local_day)
        with session_factory() as session:
            exists = session.exec(
                select(OutboundMessage.id).where(OutboundMessage.due_key == key)
            ).first()
            if exists is not None:
                summary.already_sent += 1
                continue
            data = collect(session, settings, person, now)
            if data.empty:
                summary.skipped_empty += 1
                continue
            rendered = render_digest(settings, data)
            outbox.enqueue(
                session,
                kind=OutboundKind.digest,
                to=[person.email],
                subject=rendered.subject,
                text=rendered.text,
                html=rendered.html,
                buyer_id=person.buyer_id,
                due_key=key,
                now=now,
                domain=settings.company.from_domain,
                actor="digest",
            )
            session.commit()
        summary.queued += 1
        summary.recipients.append(person.email)
        log.info("digest queued for %s (%s)", person.email, key)
    return summary


def preview(
    session: Session, settings: Settings, email: str, now: datetime
) -> tuple[DigestData, Any] | None:
    """The digest ``email`` would get at ``now`` (None if they are not a recipient)."""
    person = find_recipient(session, settings, email)
    if person is None:
        return None
    data = collect(session, settings, person, now)
    return data, render_digest(settings, data)
