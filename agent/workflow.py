"""Applying what a supplier's mail says to the database.

``process_inbound`` runs the pure reading pipeline on a stored mail against
the open POs built from the database, then ``apply_result`` turns the
extraction into rows: confirmation versions, promised values on PO lines,
exceptions (with tolerance, priority and owner), snoozes, suppressions. It
emits nothing outward except database rows (digests, write-back and mail
are other jobs reading these rows), and every transition is audited in the
caller's transaction.

The rule above all: nothing is applied that the supplier did not clearly
say, from an address that is theirs. Anything doubtful becomes a
``needs_review`` exception with the reason.
"""

from __future__ import annotations

import contextlib
import logging
import re
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from email.parser import BytesHeaderParser
from email.policy import compat32
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update

from agent import audit, mailauth
from agent.businesstime import (
    country_of,
    due_after,
    end_of_business_day,
    start_of_business_day,
    zone,
)
from agent.models import (
    AckState,
    Buyer,
    Confirmation,
    ConfirmationLine,
    ConfirmationMethod,
    ConfirmationStatus,
    ExceptionState,
    ExceptionType,
    InboundMessage,
    LineStatus,
    OutboundKind,
    OutboundMessage,
    POException,
    PurchaseOrder,
    Supplier,
    SuppressedAddress,
)
from agent.models import POLine as POLineRow
from agent.priority import owner_for, priority_for, value_at_risk
from agent.reading.addresses import (
    MalformedAddress,
    own_domains_of,
    parse_mailbox,
    raw_header_text,
)
from agent.reading.headers import header_text
from agent.reading.types import (
    Difference,
    ExtractionResult,
    LineConfirmation,
    Message,
    OpenPO,
    POConfirmation,
    POLine,
    SupplierInfo,
)

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import Settings, Tolerance

log = logging.getLogger(__name__)

ACTOR = "workflow"
REQUEST_KINDS = (OutboundKind.request, OutboundKind.revision, OutboundKind.follow_up)
DIFFERENCE_TYPES = (
    ExceptionType.price_variance,
    ExceptionType.quantity_short,
    ExceptionType.quantity_over,
    ExceptionType.date_late,
    ExceptionType.date_early,
    ExceptionType.line_rejected,
)
ANSWERED = (LineStatus.accepted, LineStatus.changed, LineStatus.rejected)


# ------------------------------------------------------------------ open POs


def _supplier_info(s: Supplier) -> SupplierInfo:
    domains = {d.lower().lstrip("@") for d in (s.domains or [])}
    return SupplierInfo(
        id=s.id,
        name=s.name,
        emails=tuple(e.lower() for e in [*(s.emails or []), *(s.alternate_emails or [])]),
        domains=tuple(sorted(domains)),
        locale=s.locale or "en-US",
        timezone=s.timezone,
        tier=s.tier,
    )


def open_pos(session: Any, *, po_ids: Iterable[int] | None = None) -> list[OpenPO]:
    """Every PO as the reading pipeline sees it, with the Message-IDs of all mail we sent for it.

    Acknowledged POs are included too: a supplier may revise a confirmation later.
    """
    q = select(PurchaseOrder)
    if po_ids is not None:
        q = q.where(PurchaseOrder.id.in_(list(po_ids)))
    pos = list(session.execute(q.order_by(PurchaseOrder.id)).scalars())
    if not pos:
        return []
    ids = [p.id for p in pos]
    supplier_ids = sorted({p.supplier_id for p in pos})
    buyer_ids = sorted({p.buyer_id for p in pos if p.buyer_id is not None})
    suppliers = {
        s.id: s
        for s in session.execute(select(Supplier).where(Supplier.id.in_(supplier_ids))).scalars()
    }
    buyers = {
        b.id: b for b in session.execute(select(Buyer).where(Buyer.id.in_(buyer_ids))).scalars()
    }
    lines: dict[int, list[POLineRow]] = {}
    for ln in session.execute(
        select(POLineRow).where(POLineRow.po_id.in_(ids)).order_by(POLineRow.line_number)
    ).scalars():
        lines.setdefault(ln.po_id, []).append(ln)
    sent: dict[int, list[str]] = {}
    for po_id, mid in session.execute(
        select(OutboundMessage.po_id, OutboundMessage.message_id)
        .where(OutboundMessage.po_id.in_(ids), OutboundMessage.kind.in_(list(REQUEST_KINDS)))
        .order_by(OutboundMessage.id)
    ).all():
        sent.setdefault(po_id, []).append(mid)
    out = []
    for po in pos:
        supplier = suppliers.get(po.supplier_id)
        if supplier is None:
            continue
        buyer = buyers.get(po.buyer_id) if po.buyer_id is not None else None
        out.append(
            OpenPO(
                po_number=po.po_number,
                supplier=_supplier_info(supplier),
                currency=po.currency,
                lines=tuple(
                    POLine(
                        line=ln.line_number,
                        item=ln.item,
                        description=ln.description,
                        quantity=ln.quantity,
                        uom=ln.uom,
                        unit_price=ln.unit_price,
                        requested_date=ln.requested_date,
                        criticality=ln.criticality,
                        category=ln.category,
                    )
                    for ln in lines.get(po.id, [])
                ),
                buyer_name=buyer.name if buyer else None,
                buyer_email=buyer.email if buyer else None,
                issued=po.issue_date,
                revision=po.revision,
                request_message_ids=tuple(sent.get(po.id, [])),
            )
        )
    return out


# --------------------------------------------------------------- sender check


def _headers(raw: bytes) -> Any:
    return BytesHeaderParser(policy=compat32).parsebytes(raw[:256_000])


def read_sender(raw: bytes) -> tuple[str | None, str | None]:
    """(address, problem): the From mailbox parsed strictly, or why it could not be.

    The raw header is parsed before any decoding (see agent.reading.addresses): neither a
    display name nor Reply-To ever says who wrote the mail.
    """
    values = _headers(raw).get_all("From") or []
    if not values:
        return None, "the mail has no From header"
    if len(values) > 1:
        return None, "the mail has more than one From header"
    value = raw_header_text(values[0])
    try:
        return parse_mailbox(value).address, None
    except MalformedAddress as exc:
        return None, f"the From header {value[:120]!r} is malformed ({exc})"


def sender_address(raw: bytes) -> str | None:
    return read_sender(raw)[0]


def authentication(raw: bytes, settings: Settings, sender: str | None) -> mailauth.Verdict:
    domain = sender.rsplit("@", 1)[1] if sender and "@" in sender else None
    return mailauth.judge(
        _headers(raw).get_all("Authentication-Results") or [],
        domain,
        settings.security.authserv_ids,
    )


def authentication_failures(raw: bytes, settings: Settings | None = None) -> list[str]:
    """ "dmarc=fail" / "spf=fail" reported by a server we listen to (see agent.mailauth)."""
    ids = settings.security.authserv_ids if settings is not None else ()
    return mailauth.judge(_headers(raw).get_all("Authentication-Results") or [], None, ids).failures


def sender_is_supplier(
    sender: str | None, supplier: SupplierInfo, shared_domains: Iterable[str] = ()
) -> bool:
    """The exact address is the supplier's, or its domain is the supplier's own.

    A free-mail or shared-provider domain never vouches for an address: two strangers at
    gmail.com are not one supplier.
    """
    if not sender or "@" not in sender:
        return False
    sender = sender.lower()
    if sender in (e.lower() for e in supplier.emails):
        return True
    domain = sender.rsplit("@", 1)[1]
    return domain in own_domains_of(supplier.emails, supplier.domains, set(shared_domains))


# ------------------------------------------------------------------- helpers


def _tz_for(settings: Settings, supplier: Supplier | None) -> Any:
    return zone(supplier.timezone if supplier else None, settings.company.timezone)


def _buyer_email(session: Any, po: PurchaseOrder | None) -> str | None:
    if po is None or po.buyer_id is None:
        return None
    buyer = session.get(Buyer, po.buyer_id)
    return buyer.email if buyer else None


def _fallback_owner(settings: Settings) -> str:
    return settings.company.reply_to or settings.company.from_address


def _set_ack(
    session: Any, po: PurchaseOrder, new: AckState, now: datetime, why: str, **details: Any
) -> None:
    if po.ack_state == new:
        return
    old = po.ack_state
    po.ack_state = new
    po.updated_at = now
    audit.record(
        session,
        "purchase_order",
        po.po_number,
        "ack_state",
        old,
        new,
        ACTOR,
        {"reason": why, **details},
        at=now,
    )


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
    audit.record(
        session,
        "exception",
        exc.id,
        "auto_accepted" if state == ExceptionState.auto_accepted else "opened",
        None,
        state,
        actor,
        {
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
        at=now,
    )
    return exc


# ---------------------------------------------------------------- tolerances


def _dec(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        return Decimal(str(text))
    except (InvalidOperation, ValueError):
        return None


def _date(text: str | None) -> date | None:
    try:
        return date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def within_tolerance(diff: Difference, tol: Tolerance) -> bool:
    """Is this difference small enough to accept without a person? Rejections never are."""
    if diff.type == "price_variance" or diff.type in ("quantity_short", "quantity_over"):
        po_v, conf_v = _dec(diff.po_value), _dec(diff.confirmed_value)
        if po_v is None or conf_v is None or po_v == 0:
            return False
        pct = abs(conf_v - po_v) / abs(po_v) * 100
        limit = tol.price_pct if diff.type == "price_variance" else tol.quantity_pct
        return pct <= limit
    if diff.type in ("date_late", "date_early"):
        po_d, conf_d = _date(diff.po_value), _date(diff.confirmed_value)
        if po_d is None or conf_d is None:
            return False
        days = abs((conf_d - po_d).days)
        return days <= (tol.date_late_days if diff.type == "date_late" else tol.date_early_days)
    return False


# ------------------------------------------------------------------ applying


def _promise(
    line: POLineRow, lc: LineConfirmation
) -> tuple[Decimal | None, Decimal | None, date | None]:
    if lc.status == "rejected":
        return None, None, None
    qty = lc.quantity
    if qty is None and lc.schedule:
        qty = sum((s.quantity for s in lc.schedule), Decimal(0))
    when = lc.date
    if when is None and lc.schedule:
        when = max(s.date for s in lc.schedule)
    # An accepted line, or a change that names only some values, keeps the PO's other values.
    return (
        qty if qty is not None else line.quantity,
        lc.unit_price if lc.unit_price is not None else line.unit_price,
        when if when is not None else line.requested_date,
    )


def _store_confirmation(
    session: Any,
    settings: Settings,
    po: PurchaseOrder,
    open_po: OpenPO,
    pc: POConfirmation,
    result: ExtractionResult,
    inbound: InboundMessage | None,
    now: datetime,
    actor: str = ACTOR,
) -> Confirmation:
    latest = (
        session.execute(
            select(Confirmation).where(
                Confirmation.po_id == po.id, Confirmation.superseded_at.is_(None)
            )
        )
        .scalars()
        .all()
    )
    version = (
        session.execute(
            select(func.max(Confirmation.version)).where(Confirmation.po_id == po.id)
        ).scalar()
        or 0
    ) + 1
    for old in latest:
        old.superseded_at = now
    conf = Confirmation(
        po_id=po.id,
        inbound_message_id=inbound.id if inbound is not None else None,
        version=version,
        po_revision=po.revision,
        status=ConfirmationStatus(pc.status),
        method=ConfirmationMethod(result.method if result.method in ("rules", "llm") else "manual"),
        supplier_reference=(pc.supplier_reference or None) and pc.supplier_reference[:128],
        created_at=now,
    )
    session.add(conf)
    session.flush()
    rows = {
        ln.line_number: ln
        for ln in session.execute(select(POLineRow).where(POLineRow.po_id == po.id)).scalars()
    }
    changed_lines = []
    for lc in pc.lines:
        session.add(
            ConfirmationLine(
                confirmation_id=conf.id,
                line_number=lc.line,
                status=LineStatus(lc.status),
                quantity=lc.quantity,
                unit_price=lc.unit_price,
                currency=lc.currency,
                date=lc.date,
                date_kind=lc.date_kind,
                schedule=[
                    {"quantity": format(s.quantity, "f"), "date": s.date.isoformat()}
                    for s in lc.schedule
                ]
                or None,
                reason=lc.reason,
                evidence=lc.evidence,
            )
        )
        row = rows.get(lc.line)
        if row is None or lc.status == "unconfirmed":
            # Not addressed by this reply: the earlier promise (if any) stands.
            continue
        qty, price, when = _promise(row, lc)
        before = {
            "status": row.line_status.value,
            "quantity": row.promised_quantity,
            "price": row.promised_price,
            "date": row.promised_date,
        }
        row.promised_quantity, row.promised_price, row.promised_date = qty, price, when
        row.line_status = LineStatus(lc.status)
        row.confirmation_version = version
        row.updated_at = now
        changed_lines.append(
            {
                "line": lc.line,
                "before": before,
                "after": {"status": lc.status, "quantity": qty, "price": price, "date": when},
            }
        )
    audit.record(
        session,
        "confirmation",
        conf.id,
        "stored",
        None,
        conf.status,
        actor,
        {
            "po_number": po.po_number,
            "version": version,
            "supersedes": [c.version for c in latest],
            "method": conf.method.value,
            "inbound_message_id": conf.inbound_message_id,
            "lines": changed_lines,
        },
        at=now,
    )
    return conf


def _close_superseded_exceptions(
    session: Any, po: PurchaseOrder, lines: Iterable[int], now: datetime, version: int
) -> None:
    line_set = set(lines)
    for exc in session.execute(
        select(POException).where(
            POException.po_id == po.id,
            POException.state.in_([ExceptionState.open, ExceptionState.acknowledged]),
            POException.type.in_(list(DIFFERENCE_TYPES)),
        )
    ).scalars():
        if exc.line_number in line_set:
            old = exc.state
            exc.state = ExceptionState.resolved
            exc.action = "superseded"
            exc.note = f"superseded by confirmation version {version}"
            exc.resolved_at = now
            exc.updated_at = now
            audit.record(
                session,
                "exception",
                exc.id,
                "superseded",
                old,
                exc.state,
                ACTOR,
                {"version": version},
                at=now,
            )


def refresh_ack_state(
    session: Any, settings: Settings, po: PurchaseOrder, now: datetime, why: str
) -> None:
    """acknowledged when every line is answered, partially when some are."""
    lines = list(session.execute(select(POLineRow).where(POLineRow.po_id == po.id)).scalars())
    answered = [ln for ln in lines if ln.line_status in ANSWERED]
    if lines and len(answered) == len(lines):
        if po.acknowledged_at is None:
            po.acknowledged_at = now
        po.next_follow_up_at = None
        _set_ack(session, po, AckState.acknowledged, now, why)
    elif answered:
        if po.acknowledged_at is None:
            po.acknowledged_at = now
        supplier = session.get(Supplier, po.supplier_id)
        # Chase the rest one follow-up interval after this answer.
        po.next_follow_up_at = due_after(
            now,
            settings.schedule.follow_up_after,
            settings.schedule,
            _tz_for(settings, supplier),
            country_of(supplier.locale if supplier else None, settings.schedule),
        )
        _set_ack(
            session,
            po,
            AckState.partially_acknowledged,
            now,
            why,
            unconfirmed=[ln.line_number for ln in lines if ln.line_status not in ANSWERED],
        )


def apply_confirmation(
    session: Any,
    settings: Settings,
    po: PurchaseOrder,
    open_po: OpenPO,
    pc: POConfirmation,
    result: ExtractionResult,
    inbound: InboundMessage | None,
    now: datetime,
    actor: str = ACTOR,
) -> Confirmation:
    from agent.reading.compare import differences

    conf = _store_confirmation(session, settings, po, open_po, pc, result, inbound, now, actor)
    addressed = [lc.line for lc in pc.lines if lc.status != "unconfirmed"]
    _close_superseded_exceptions(session, po, addressed, now, conf.version)
    supplier = session.get(Supplier, po.supplier_id)
    lines = {
        ln.line_number: ln
        for ln in session.execute(select(POLineRow).where(POLineRow.po_id == po.id)).scalars()
    }
    by_line = {lc.line: lc for lc in pc.lines}
    for diff in differences(open_po, pc):
        line = lines.get(diff.line)
        if line is None:
            continue
        lc = by_line.get(diff.line)
        tol = settings.tolerances.for_line(supplier.tier if supplier else None, line.category)
        inside = within_tolerance(diff, tol)
        qty, price, _ = _promise(line, lc) if lc is not None else (None, None, None)
        value = value_at_risk(
            diff.type,
            quantity=line.quantity,
            unit_price=line.unit_price,
            confirmed_quantity=qty,
            confirmed_price=price,
        )
        open_exception(
            session,
            settings,
            po=po,
            type=ExceptionType(diff.type),
            now=now,
            line_number=diff.line,
            po_value=diff.po_value,
            confirmed_value=diff.confirmed_value,
            value=value,
            evidence=lc.evidence if lc is not None else None,
            state=ExceptionState.auto_accepted if inside else ExceptionState.open,
            inbound=inbound,
            confirmation=conf,
            actor=actor,
            details={"tolerance": tol.model_dump(mode="json"), "within_tolerance": inside},
        )
    refresh_ack_state(session, settings, po, now, f"confirmation v{conf.version}")
    # The supplier answered after all: the "no answer" escalation is settled by it.
    for esc in session.execute(
        select(POException).where(
            POException.po_id == po.id,
            POException.type == ExceptionType.no_response_escalation,
            POException.state.in_([ExceptionState.open, ExceptionState.acknowledged]),
        )
    ).scalars():
        old = esc.state
        esc.state = ExceptionState.resolved
        esc.action = "answered"
        esc.note = f"the supplier answered (confirmation version {conf.version})"
        esc.resolved_at = esc.updated_at = now
        audit.record(session, "exception", esc.id, "resolved", old, esc.state, actor,
                     {"action": "answered", "version": conf.version}, at=now)  # fmt: skip
    po.next_reply_expected = None
    po.snoozed_until = None
    try:
        from agent import writeback
    except ImportError:  # pragma: no cover - write-back is optional
        writeback = None  # type: ignore[assignment]
    if writeback is not None and hasattr(writeback, "enqueue_confirmation"):
        writeback.enqueue_confirmation(session, conf, settings, now=now, actor=actor)
    return conf


def _pos_for(session: Any, numbers: Sequence[str]) -> dict[str, PurchaseOrder]:
    if not numbers:
        return {}
    return {
        p.po_number: p
        for p in session.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_number.in_(list(numbers)))
        ).scalars()
    }


def _pos_by_thread(session: Any, raw: bytes) -> dict[str, PurchaseOrder]:
    try:
        headers = _headers(raw)
    except Exception:  # noqa: BLE001
        return {}
    ids: list[str] = []
    for name in ("In-Reply-To", "References"):
        for value in headers.get_all(name) or []:
            ids.extend(re.findall(r"<[^<>\s]+>", header_text(value)))
    if not ids:
        return {}
    po_ids = {
        po_id
        for (po_id,) in session.execute(
            select(OutboundMessage.po_id).where(
                OutboundMessage.message_id.in_(ids[:50]), OutboundMessage.po_id.is_not(None)
            )
        ).all()
    }
    if not po_ids:
        return {}
    return {
        p.po_number: p
        for p in session.execute(
            select(PurchaseOrder).where(PurchaseOrder.id.in_(po_ids))
        ).scalars()
    }


def _pos_of_sender(session: Any, sender: str | None) -> list[PurchaseOrder]:
    """Unanswered POs of the supplier this address belongs to (for auto-replies that match no PO)."""
    if not sender or "@" not in sender:
        return []
    domain = sender.rsplit("@", 1)[1]
    ids = []
    for s in session.execute(select(Supplier)).scalars():
        info = _supplier_info(s)
        if sender in info.emails or domain in info.domains:
            ids.append(s.id)
    if not ids:
        return []
    return list(
        session.execute(
            select(PurchaseOrder).where(
                PurchaseOrder.supplier_id.in_(ids),
                PurchaseOrder.ack_state.in_(
                    [
                        AckState.requested,
                        AckState.followed_up,
                        AckState.partially_acknowledged,
                        AckState.escalated,
                    ]
                ),
            )
        ).scalars()
    )


def supplier_reference_in(
    raw: bytes, settings: Settings, open_po_list: dict[str, OpenPO] | Sequence[OpenPO]
) -> str | None:
    """The supplier's own order number in their words or attachments (never our quote)."""
    from agent.reading.message import normalize
    from agent.reading.reference import find_supplier_reference

    try:
        msg = normalize(raw, settings.reading.limits())
    except Exception:  # noqa: BLE001 - a missing reference only leaves the column empty
        return None
    attachments = [a.text for a in msg.attachments if a.text]
    ours = [
        o.po_number
        for o in (open_po_list.values() if isinstance(open_po_list, dict) else open_po_list)
    ]
    return find_supplier_reference((msg.own_text, *attachments, msg.subject), exclude=ours)


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
            priority="medium",
            owner=_buyer_email(session, po) or _fallback_owner(settings),
            inbound=inbound,
            details={"reasons": list(reasons)},
        )


def apply_result(
    session: Any,
    settings: Settings,
    result: ExtractionResult,
    raw: bytes,
    now: datetime,
    *,
    inbound: InboundMessage | None = None,
    open_po_list: Sequence[OpenPO] | None = None,
) -> str:
    """Apply one extraction result; returns the kind recorded for the mail."""
    numbers = list(
        dict.fromkeys([*result.matched_po_numbers, *(c.po_number for c in result.confirmations)])
    )
    pos = _pos_for(session, numbers)
    if open_po_list is None:
        open_po_list = open_pos(session, po_ids=[p.id for p in pos.values()])
    by_number = {o.po_number: o for o in open_po_list}
    sender, sender_problem = read_sender(raw)
    if not pos and result.kind in ("needs_review", "auto_reply"):
        # The reading did not tie it to a PO (e.g. a stranger answering): our own
        # Message-IDs in its thread headers still say which request it answers, so
        # the review lands on the right PO. Nothing is applied from this link.
        pos = _pos_by_thread(session, raw)
    if inbound is not None and pos:
        inbound.po_id = next(iter(pos.values())).id

    if result.kind in ("confirmation", "needs_review") and pos:
        # a person's answer that also says they will be away: the answer stands,
        # the absence is recorded (and a named colleague becomes a contact)
        _note_absence(session, settings, list(pos.values()), inbound, sender, now, raw)
    if result.kind == "bounce":
        _apply_bounce(session, settings, result, pos, inbound, now)
        return "bounce"
    if result.kind == "auto_reply":
        _apply_auto_reply(
            session,
            settings,
            result,
            list(pos.values()) or _pos_of_sender(session, sender),
            inbound,
            sender,
            now,
            raw,
        )
        return "auto_reply"
    if result.kind == "unrelated":
        audit.record(
            session,
            "inbound_message",
            inbound.id if inbound else "-",
            "unrelated",
            None,
            None,
            ACTOR,
            {"from": sender},
            at=now,
        )
        return "unrelated"

    reasons = list(result.review_reasons)
    # Never apply anything from someone who is not the supplier, or from mail that failed authentication.
    verdict = authentication(raw, settings, sender)
    auth = list(verdict.failures)
    if auth:
        reasons.append(
            f"sender authentication failed ({', '.join(auth)}): not applied automatically"
        )
    elif settings.security.require_dmarc_pass and not verdict.dmarc_pass:
        auth.append("no dmarc=pass")
        reasons.append(
            "our mail server did not report dmarc=pass for the From domain "
            "([security] require_dmarc_pass): not applied automatically"
        )
    if sender_problem:
        reasons.append(f"{sender_problem}: not applied automatically")
    shared = settings.security.shared_mail_domains
    foreign = [
        n
        for n in numbers
        if n in by_number and not sender_is_supplier(sender, by_number[n].supplier, shared)
    ]
    if foreign and not sender_problem:
        reasons.append(
            f"sent from {sender or 'an unknown address'}, which is not a known address of "
            + ", ".join(sorted({by_number[n].supplier.name for n in foreign}))
            + ": not applied automatically"
        )

    if result.kind == "confirmation" and not auth and not foreign and not sender_problem:
        unknown = []
        reference: list[str | None] = []  # read at most once per mail
        for pc in result.confirmations:
            po = pos.get(pc.po_number)
            op = by_number.get(pc.po_number)
            if po is None or op is None:
                unknown.append(pc.po_number)
                continue
            if not pc.supplier_reference and result.method != "rules":
                # The rules look for it themselves; a model's reading does not carry it.
                if not reference:
                    reference.append(supplier_reference_in(raw, settings, by_number))
                if reference[0]:
                    pc = replace(pc, supplier_reference=reference[0])
            apply_confirmation(session, settings, po, op, pc, result, inbound, now)
        if unknown:
            _needs_review(
                session,
                settings,
                inbound,
                [],
                [f"confirms unknown PO(s) {', '.join(unknown)}"],
                now,
            )
        return "confirmation"

    # A holding answer ("will revert by Friday") is an answer of sorts: record it and
    # chase again on the promised date, unless something else needs a person.
    if (
        result.kind == "needs_review"
        and result.promised_reply_date is not None
        and not auth
        and not foreign
    ):
        for po in pos.values():
            supplier = session.get(Supplier, po.supplier_id)
            when = end_of_business_day(
                result.promised_reply_date, settings.schedule, _tz_for(settings, supplier)
            )
            po.next_reply_expected = result.promised_reply_date
            po.next_follow_up_at = max(when, now)
            po.updated_at = now
            audit.record(
                session,
                "purchase_order",
                po.po_number,
                "reply_promised",
                None,
                None,
                ACTOR,
                {
                    "promised_reply_date": result.promised_reply_date,
                    "next_follow_up_at": po.next_follow_up_at,
                    "inbound_message_id": inbound.id if inbound else None,
                    "reasons": reasons,
                },
                at=now,
            )
        if pos:
            return "holding"
    _needs_review(
        session, settings, inbound, list(pos.values()), reasons or ["the reply needs a person"], now
    )
    return "needs_review"


def _apply_auto_reply(
    session: Any,
    settings: Settings,
    result: ExtractionResult,
    pos: Sequence[PurchaseOrder],
    inbound: InboundMessage | None,
    sender: str | None,
    now: datetime,
    raw: bytes = b"",
) -> None:
    """Out-of-office: never an answer. Hold follow-ups until the return date, or use the alternate."""
    alternate = _alternate_contact(result, raw)
    for po in pos:
        supplier = session.get(Supplier, po.supplier_id)
        details: dict[str, Any] = {"from": sender, "return_date": result.auto_reply_return_date}
        if (
            alternate
            and supplier is not None
            and sender_is_supplier(
                alternate, _supplier_info(supplier), settings.security.shared_mail_domains
            )
        ):
            if alternate not in (supplier.alternate_emails or []) and alternate not in (
                supplier.emails or []
            ):
                supplier.alternate_emails = [*(supplier.alternate_emails or []), alternate]
                supplier.updated_at = now
                audit.record(
                    session,
                    "supplier",
                    supplier.id,
                    "alternate_contact_added",
                    None,
                    None,
                    ACTOR,
                    {"address": alternate},
                    at=now,
                )
            details["alternate_contact"] = alternate
        elif result.auto_reply_return_date is not None:
            until = start_of_business_day(
                result.auto_reply_return_date, settings.schedule, _tz_for(settings, supplier)
            )
            if until > now:
                po.snoozed_until = until
                details["snoozed_until"] = until
        audit.record(
            session,
            "purchase_order",
            po.po_number,
            "auto_reply",
            None,
            None,
            ACTOR,
            details,
            at=now,
        )


# Cheap pre-check on the raw bytes before a second reading for an absence notice.
_ABSENCE_HINT = re.compile(
    rb"(?i)leave|office|absen|vacation|holiday|urlaub|b\xc3\xbcro|bureau|cong\xc3\xa9|oficina"
    rb"|vacaciones|ufficio|ferie|kantoor|vakantie|urlop|f\xc3\xa9rias|dovolen"
)


def _note_absence(
    session: Any,
    settings: Settings,
    pos: Sequence[PurchaseOrder],
    inbound: InboundMessage | None,
    sender: str | None,
    now: datetime,
    raw: bytes,
) -> None:
    head = raw[:200_000]
    # base64 bodies hide the words from the pre-check: those are read in full
    if not _ABSENCE_HINT.search(head) and not re.search(rb"(?i)transfer-encoding:\s*base64", head):
        return
    try:
        from agent.reading.classify import classify
        from agent.reading.message import normalize

        cls = classify(normalize(raw), settings.own_addresses())
    except Exception:  # noqa: BLE001 - a missing note must not lose the answer
        return
    if cls.kind != "human" or not cls.absence:
        return
    alternate = (cls.alternate_contact or "").strip().lower() or None
    for po in pos:
        supplier = session.get(Supplier, po.supplier_id)
        details: dict[str, Any] = {
            "from": sender,
            "absence": cls.absence,
            "return_date": cls.return_date,
            "inbound_message_id": inbound.message_id if inbound else None,
        }
        if alternate and supplier is not None and _add_alternate(session, supplier, alternate, now):
            details["alternate_contact"] = alternate
        audit.record(
            session, "purchase_order", po.po_number, "absence_noted", None, None, ACTOR, details,
            at=now,
        )  # fmt: skip


def _add_alternate(session: Any, supplier: Supplier, alternate: str, now: datetime) -> bool:
    """Adds a colleague an absence notice names as the supplier's alternate contact,
    when the address is the supplier's own; True when it is."""
    if not sender_is_supplier(alternate, _supplier_info(supplier)):
        return False
    if alternate not in (supplier.alternate_emails or []) and alternate not in (
        supplier.emails or []
    ):
        supplier.alternate_emails = [*(supplier.alternate_emails or []), alternate]
        supplier.updated_at = now
        audit.record(
            session,
            "supplier",
            supplier.id,
            "alternate_contact_added",
            None,
            None,
            ACTOR,
            {"address": alternate},
            at=now,
        )
    return True


def _alternate_contact(result: ExtractionResult, raw: bytes) -> str | None:
    """The colleague an out-of-office names ("please contact anna@..."), if any."""
    value = getattr(result, "alternate_contact", None)
    if not value:
        try:
            from agent.reading.classify import classify
            from agent.reading.message import normalize

            value = classify(normalize(raw)).alternate_contact
        except Exception:  # noqa: BLE001 - a missing hint only means no alternate
            value = None
    return value.strip().lower() if isinstance(value, str) and "@" in value else None


def _apply_bounce(
    session: Any,
    settings: Settings,
    result: ExtractionResult,
    pos: dict[str, PurchaseOrder],
    inbound: InboundMessage | None,
    now: datetime,
) -> None:
    status = result.bounce
    recipients = [
        r.strip().lower() for r in (status.recipients if status else []) if r and "@" in r
    ]
    targets = dict(pos)
    if status is not None and status.original_message_id:
        out = (
            session.execute(
                select(OutboundMessage).where(
                    OutboundMessage.message_id == status.original_message_id
                )
            )
            .scalars()
            .first()
        )
        if out is not None and out.po_id is not None:
            po = session.get(PurchaseOrder, out.po_id)
            if po is not None:
                targets.setdefault(po.po_number, po)
            if not recipients:
                recipients = [r.lower() for r in out.recipients or []]
    if not targets and recipients:
        for addr in recipients:
            for po in _pos_of_sender(session, addr):
                targets.setdefault(po.po_number, po)
    if inbound is not None and targets and inbound.po_id is None:
        inbound.po_id = next(iter(targets.values())).id
    permanent = bool(status and status.permanent)
    if not permanent:
        audit.record(
            session,
            "inbound_message",
            inbound.id if inbound else "-",
            "temporary_bounce",
            None,
            None,
            ACTOR,
            {
                "recipients": recipients,
                "status": status.status if status else None,
                "po_numbers": sorted(targets),
                "note": "delivery delayed; the normal follow-up retries",
            },
            at=now,
        )
        return
    for addr in recipients:
        if session.get(SuppressedAddress, addr) is None:
            session.add(
                SuppressedAddress(
                    address=addr,
                    reason=f"permanent bounce {status.status or ''} {status.diagnostic or ''}".strip()[
                        :2000
                    ],
                    source_message_id=inbound.message_id if inbound else None,
                    at=now,
                )
            )
            audit.record(
                session,
                "suppressed_address",
                addr,
                "suppressed",
                None,
                "suppressed",
                ACTOR,
                {"status": status.status},
                at=now,
            )
    for po in targets.values():
        already = (
            session.execute(
                select(POException).where(
                    POException.po_id == po.id,
                    POException.type == ExceptionType.undeliverable,
                    POException.state.in_([ExceptionState.open, ExceptionState.acknowledged]),
                )
            )
            .scalars()
            .first()
        )
        if already is not None:
            continue
        open_exception(
            session,
            settings,
            po=po,
            type=ExceptionType.undeliverable,
            now=now,
            evidence=f"mail to {', '.join(recipients) or 'the supplier'} bounced permanently"
            + (f" ({status.status}: {status.diagnostic})" if status and status.status else ""),
            priority="high",
            owner=_buyer_email(session, po) or _fallback_owner(settings),
            inbound=inbound,
            details={"recipients": recipients},
        )


# --------------------------------------------------------------- entry point

# One fallback per (settings, database): its budgets, rate limits and answer cache live
# in llm_calls, so they hold across restarts and workers. A settings object that is
# gone takes its fallbacks (and the engines they hold) with it.
_fallbacks: dict[int, dict[int, tuple[Any, Any]]] = {}
# The time the daemon is working at (``--now``), for the LLM budget's day and hour.
_reading_now: ContextVar[datetime | None] = ContextVar("poagent_reading_now", default=None)


def _llm_clock() -> datetime:
    return _reading_now.get() or datetime.now(UTC)


def _fallback(settings: Settings, session: Any = None) -> Any:
    """The LLM fallback for ``read_message`` (None when ``[llm]`` is off).

    The ledger writes llm_calls in sessions of its own, committed at once: the
    caller's transaction (which must not have written yet on SQLite) is not
    involved, and a paid answer is kept even if the caller's work rolls back.
    """
    if not getattr(getattr(settings, "llm", None), "enabled", False):
        return None
    try:
        from agent.llm import make_fallback
    except ImportError:
        return None
    engine = None
    if session is not None:
        bind = session.get_bind()
        engine = getattr(bind, "engine", bind)
    per_db = _fallbacks.get(id(settings))
    if per_db is None:
        per_db = {}
        try:
            weakref.finalize(settings, _fallbacks.pop, id(settings), None)
        except TypeError:  # can't be weakly referenced: no reuse (its id may come back)
            pass
        else:
            _fallbacks[id(settings)] = per_db
    key = id(engine)
    if key not in per_db:
        from agent.db import session_factory

        factory = session_factory(engine) if engine is not None else None
        per_db[key] = (engine, make_fallback(settings, factory, clock=_llm_clock))
    return per_db[key][1]


_PO_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/-]{2,39}")


def _mentioned_po_ids(session: Any, texts: Iterable[str]) -> set[int]:
    """POs whose number appears as a token in these texts (one indexed query per 500 tokens).

    A reply from one supplier that names another supplier's PO must reach the reading with
    that PO known, so that it is reviewed as "not this supplier's PO" instead of being
    filed as unrelated where nobody sees it.
    """
    tokens: set[str] = set()
    for text in texts:
        for m in _PO_TOKEN.finditer(text[:200_000]):
            tok = m.group().strip("._/-")
            if any(ch.isdigit() for ch in tok):
                tokens.update((tok, tok.upper()))
        if len(tokens) > 20_000:
            break
    found: set[int] = set()
    batch = sorted(tokens)
    for i in range(0, len(batch), 500):
        found |= set(
            session.execute(
                select(PurchaseOrder.id).where(PurchaseOrder.po_number.in_(batch[i : i + 500]))
            ).scalars()
        )
    return found


def candidate_po_ids(
    session: Any,
    raw: bytes,
    shared_domains: Iterable[str] = (),
    texts: Iterable[str] = (),
) -> list[int] | None:
    """The POs a mail can be about: those whose thread it is in, those it names by number,
    and all of its sender's supplier. None (= every PO) when nothing says anything, e.g. a
    supplier writing from a new address without replying to our mail: the reading then
    matches by PO number and the sender check sends it to review.

    Keeps reading fast with many POs in the database.
    """
    ids = {p.id for p in _pos_by_thread(session, raw).values()}
    ids |= _mentioned_po_ids(session, texts)
    sender = sender_address(raw)
    if sender and "@" in sender:
        # Plain rows, not ORM objects: this runs for every mail over every supplier.
        suppliers = [
            sid
            for sid, emails, domains, alternates in session.execute(
                select(Supplier.id, Supplier.emails, Supplier.domains, Supplier.alternate_emails)
            ).all()
            if sender in (e.lower() for e in [*(emails or []), *(alternates or [])])
            or sender.rsplit("@", 1)[1]
            in own_domains_of(emails or [], domains or [], set(shared_domains))
        ]
        if suppliers:
            ids |= set(
                session.execute(
                    select(PurchaseOrder.id).where(PurchaseOrder.supplier_id.in_(suppliers))
                ).scalars()
            )
    return sorted(ids) if ids else None


def _normalize(raw: bytes, limits: Any) -> Message:
    from agent.reading.message import normalize

    return normalize(raw, limits)


def _read_rules(msg: Message, pos: list[OpenPO], own: list[str]) -> ExtractionResult:
    from agent.reading.pipeline import read_parsed

    return read_parsed(msg, pos, own_addresses=own)


@contextlib.contextmanager
def _bounded(settings: Settings, stop: Any = None) -> Iterator[Callable[..., Any]]:
    """``call(fn, *args)``: ``fn(*args)`` under the [reading] budget; with isolate on, all the
    calls of one ``with`` block share one child process (agent.sandbox.Child: one fork per mail)."""
    if not settings.reading.isolate:
        yield lambda fn, *args: fn(*args)
        return
    from agent.sandbox import Child

    with Child(
        seconds=settings.reading.max_seconds,
        memory_bytes=settings.reading.max_memory_mb * 2**20,
        stop=stop,
    ) as child:
        yield child.run


def read(
    raw: bytes, session: Any, settings: Settings, now: datetime, *, stop: Any = None
) -> tuple[ExtractionResult, list[OpenPO]]:
    """Read one mail against the open POs it can be about.

    The rules read inside the [reading] time and memory budget (agent.sandbox): a mail built
    to make the scanners crawl costs one child process, not the daemon. Only the LLM fallback,
    which waits on the network under its own timeout and budgets, runs here.
    """
    from agent.reading.pipeline import read_parsed

    own = settings.own_addresses()
    token = _reading_now.set(now)
    try:
        with _bounded(settings, stop) as bounded:
            msg = bounded(_normalize, raw, settings.reading.limits())
            texts = [msg.subject or "", msg.own_text]
            pos = open_pos(
                session,
                po_ids=candidate_po_ids(session, raw, settings.security.shared_mail_domains, texts),
            )
            result = bounded(_read_rules, msg, pos, own)
        fallback = _fallback(settings, session) if result.kind == "needs_review" else None
        if fallback is not None:
            # The rules' part already ran within budget above; it is deterministic, so the
            # second run here costs the same, and the fallback sees the pipeline's own state.
            result = read_parsed(msg, pos, own_addresses=own, fallback=fallback)
    finally:
        _reading_now.reset(token)
    return result, pos


def process_inbound(
    session: Any, row: InboundMessage, raw: bytes, settings: Settings, now: datetime
) -> str:
    """Read one stored mail and apply it (caller commits). Returns the kind for the mail record.

    A mail left needs_review only because the model could not be asked (down, budget
    spent) gets ``next_attempt_at``: :func:`retry_llm_reading` reads it again then.
    """
    result, pos = read(raw, session, settings, now)
    kind = apply_result(session, settings, result, raw, now, inbound=row, open_po_list=pos)
    row.result_json = {**result.to_json(), "applied_as": kind}
    row.next_attempt_at = None
    if kind == "needs_review" and _llm_retryable(result):
        _schedule_llm_retry(session, settings, row, result, now, attempts=0)
    return kind


# ------------------------------------------------------------- LLM retries

LLM_RETRY_KEY = "llm_retry"


def _llm_retryable(result: ExtractionResult) -> bool:
    try:
        from agent.llm import is_retryable
    except ImportError:  # pragma: no cover - the LLM package is optional
        return False
    return is_retryable(result)


def llm_retry_delay(settings: Settings, attempts: int) -> timedelta:
    """Backoff before the next try: base, 2×base, 4×base, ... at most 6 hours."""
    base = float(getattr(settings.llm, "retry_base_minutes", 15.0))
    return timedelta(minutes=min(base * 2 ** max(0, attempts), 6 * 60.0))


def _schedule_llm_retry(
    session: Any,
    settings: Settings,
    row: InboundMessage,
    result: ExtractionResult,
    now: datetime,
    *,
    attempts: int,
) -> bool:
    """Set the next try; False (and no next try) once the attempts are spent."""
    limit = int(getattr(settings.llm, "retry_max_attempts", 12))
    reasons = [r for r in result.review_reasons if r.startswith("llm unavailable")]
    info: dict[str, Any] = {"attempts": attempts, "reasons": reasons}
    if attempts >= limit:
        row.next_attempt_at = None
        info["gave_up_at"] = now.isoformat()
    else:
        row.next_attempt_at = now + llm_retry_delay(settings, attempts)
        info["next_attempt_at"] = row.next_attempt_at.isoformat()
    row.result_json = {**(row.result_json or {}), LLM_RETRY_KEY: info}
    audit.record(
        session,
        "inbound_message",
        row.id,
        "llm_retry_scheduled" if row.next_attempt_at else "llm_retry_given_up",
        None,
        None,
        ACTOR,
        info,
        at=now,
    )
    return row.next_attempt_at is not None


def _open_reviews_of(session: Any, row: InboundMessage) -> list[POException]:
    return list(
        session.execute(
            select(POException).where(
                POException.inbound_message_id == row.id,
                POException.type == ExceptionType.needs_review,
                POException.state.in_([ExceptionState.open, ExceptionState.acknowledged]),
            )
        ).scalars()
    )


def _note(session: Any, exc: POException, text: str, now: datetime) -> None:
    exc.note = f"{exc.note}\n{text}" if exc.note else text
    exc.updated_at = now
    audit.record(session, "exception", exc.id, "noted", exc.state, exc.state, ACTOR,
                 {"note": text}, at=now)  # fmt: skip


def _later_confirmation(
    session: Any, row: InboundMessage, numbers: Sequence[str]
) -> Confirmation | None:
    """A confirmation stored for the same POs from another mail after this one was read."""
    po_ids = {p.id for p in _pos_for(session, numbers).values()}
    if row.po_id is not None:
        po_ids.add(row.po_id)
    if not po_ids:
        return None
    since = row.processed_at or row.created_at
    return (
        session.execute(
            select(Confirmation)
            .where(
                Confirmation.po_id.in_(sorted(po_ids)),
                Confirmation.created_at >= since,
                Confirmation.inbound_message_id.is_distinct_from(row.id),
            )
            .order_by(Confirmation.id)
        )
        .scalars()
        .first()
    )


def retry_llm_reading(
    session: Any, row: InboundMessage, raw: bytes, settings: Settings, now: datetime
) -> str:
    """Read again a mail the model could not be asked about (caller commits).

    Returns "applied" (the new reading is applied like any reply and the review it
    opened is superseded), "rescheduled", "gave_up" (the review stays open for a
    person, with a note), or "stopped" (a person settled the review, or a later
    reply was applied since: the older mail must not overwrite it).
    """
    previous = dict(row.result_json or {})
    attempts = int((previous.get(LLM_RETRY_KEY) or {}).get("attempts", 0)) + 1
    reviews = _open_reviews_of(session, row)
    if not reviews:
        row.next_attempt_at = None
        audit.record(session, "inbound_message", row.id, "llm_retry_stopped", None, None, ACTOR,
                     {"reason": "the review was settled by a person"}, at=now)  # fmt: skip
        return "stopped"
    later = _later_confirmation(session, row, list(previous.get("po_numbers") or []))
    result: ExtractionResult | None = None
    if later is None:
        # Nothing is written before the reading: the LLM ledger commits in its own session.
        result, pos = read(raw, session, settings, now)
        if _llm_retryable(result):
            if _schedule_llm_retry(session, settings, row, result, now, attempts=attempts):
                return "rescheduled"
            for exc in reviews:
                _note(session, exc, f"the model could not be asked after {attempts} tries "
                      f"({'; '.join(result.review_reasons)}): please read the reply", now)  # fmt: skip
            return "gave_up"
        numbers = [*result.matched_po_numbers, *(c.po_number for c in result.confirmations)]
        later = _later_confirmation(session, row, numbers)
    if later is not None or result is None:
        assert later is not None
        row.next_attempt_at = None
        row.result_json = {**previous, LLM_RETRY_KEY: {"attempts": attempts, "stopped": True}}
        for exc in reviews:
            _note(session, exc, "not read again with the model: a later reply was applied "
                  f"since (confirmation version {later.version})", now)  # fmt: skip
        audit.record(session, "inbound_message", row.id, "llm_retry_stopped", None, None, ACTOR,
                     {"reason": "a later reply was applied", "confirmation_id": later.id},
                     at=now)  # fmt: skip
        return "stopped"
    for exc in reviews:
        old = exc.state
        exc.state = ExceptionState.resolved
        exc.action = "superseded"
        exc.note = f"superseded: read again with the model ({result.kind}, {result.method})"
        exc.resolved_at = exc.updated_at = now
        audit.record(session, "exception", exc.id, "superseded", old, exc.state, ACTOR,
                     {"by": "llm_retry", "kind": result.kind, "attempts": attempts}, at=now)  # fmt: skip
    previous_kind = row.kind
    kind = apply_result(session, settings, result, raw, now, inbound=row, open_po_list=pos)
    row.kind = kind
    row.next_attempt_at = None
    row.result_json = {
        **result.to_json(),
        "applied_as": kind,
        LLM_RETRY_KEY: {"attempts": attempts, "done_at": now.isoformat()},
    }
    audit.record(session, "inbound_message", row.id, "llm_retried", previous_kind, kind, ACTOR,
                 {"attempts": attempts, "method": result.method}, at=now)  # fmt: skip
    return "applied"


def reprocess(
    session: Any,
    row: InboundMessage,
    raw: bytes,
    settings: Settings,
    now: datetime,
    actor: str = "cli",
) -> str:
    """Re-run a stored mail (``poagent reprocess``): a confirmation becomes a new version."""
    previous = row.kind
    kind = process_inbound(session, row, raw, settings, now)
    audit.record(
        session, "inbound_message", row.id, "reprocessed", previous, kind, actor, {}, at=now
    )
    return kind


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
    old = exc.state
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
        if not closed:
            exc.state = ExceptionState.acknowledged
        audit.record(session, "exception", exc.id, "noted", old, exc.state, actor, details, at=now)
        return exc
    exc.action = action
    exc.state = ExceptionState.resolved
    exc.resolved_at = now
    if action == "accept" and line is not None:
        before = (line.promised_quantity, line.promised_price, line.promised_date)
        if exc.type in (ExceptionType.date_late, ExceptionType.date_early):
            line.promised_date = _date(exc.confirmed_value) or line.promised_date
        elif exc.type == ExceptionType.price_variance:
            line.promised_price = _dec(exc.confirmed_value) or line.promised_price
        elif exc.type in (ExceptionType.quantity_short, ExceptionType.quantity_over):
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
    audit.record(session, "exception", exc.id, "resolved", old, exc.state, actor, details, at=now)
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
    audit.record(session, "exception", exc.id, "reassigned", exc.state, exc.state, actor,
                 {"from_owner": old, "to_owner": owner}, at=now)  # fmt: skip
    return exc
