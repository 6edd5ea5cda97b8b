"""Applying a confirmation: a new confirmation version, the promised values on the
PO lines, the differences as exceptions (inside the tolerance: accepted), the PO's
acknowledgment state, the write-back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from agent import audit, domain
from agent.businesstime import (
    country_of,
    due_after,
)
from agent.domain import exception_types
from agent.models import (
    AckState,
    Confirmation,
    ConfirmationLine,
    ConfirmationMethod,
    ConfirmationStatus,
    ExceptionState,
    ExceptionType,
    InboundMessage,
    LineStatus,
    POException,
    PurchaseOrder,
    Supplier,
)
from agent.models import POLine as POLineRow
from agent.priority import value_at_risk
from agent.reading.types import (
    Difference,
    ExtractionResult,
    LineConfirmation,
    Message,
    OpenPO,
    POConfirmation,
)
from agent.workflow.common import ACTOR, ANSWERED, DIFFERENCE_TYPES, _date, _dec, _set_ack, _tz_for
from agent.workflow.exceptions import open_exception

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import Settings, Tolerance


def within_tolerance(diff: Difference, tol: Tolerance) -> bool:
    """Is this difference small enough to accept without a person? Rejections never are.

    The type's registry entry names its [tolerances] key: days for a date, else percent.
    """
    kind = exception_types.kind_of(diff.type)
    if kind.tolerance is None:
        return False
    limit = getattr(tol, kind.tolerance)
    if kind.compares == "date":
        po_d, conf_d = _date(diff.po_value), _date(diff.confirmed_value)
        if po_d is None or conf_d is None:
            return False
        return abs((conf_d - po_d).days) <= limit
    po_v, conf_v = _dec(diff.po_value), _dec(diff.confirmed_value)
    if po_v is None or conf_v is None or po_v == 0:
        return False
    return abs(conf_v - po_v) / abs(po_v) * 100 <= limit


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
            exc.action = "superseded"
            exc.note = f"superseded by confirmation version {version}"
            exc.resolved_at = now
            exc.updated_at = now
            domain.transition(
                session,
                exc,
                ExceptionState.resolved,
                action="superseded",
                actor=ACTOR,
                now=now,
                details={"version": version},
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
        esc.action = "answered"
        esc.note = f"the supplier answered (confirmation version {conf.version})"
        esc.resolved_at = esc.updated_at = now
        domain.transition(session, esc, ExceptionState.resolved, action="resolved", actor=actor,
                          now=now, details={"action": "answered", "version": conf.version})  # fmt: skip
    po.next_reply_expected = None
    po.snoozed_until = None
    try:
        from agent import writeback
    except ImportError:  # pragma: no cover - write-back is optional
        writeback = None  # type: ignore[assignment]
    if writeback is not None and hasattr(writeback, "enqueue_confirmation"):
        writeback.enqueue_confirmation(session, conf, settings, now=now, actor=actor)
    return conf


def supplier_reference_in(
    raw: bytes,
    settings: Settings,
    open_po_list: dict[str, OpenPO] | Sequence[OpenPO],
    *,
    message: Message | None = None,
) -> str | None:
    """The supplier's own order number in their words or attachments (never our quote).

    ``message``: the mail as the reading normalized it (else it is normalized here).
    """
    from agent.reading.message import normalize
    from agent.reading.reference import find_supplier_reference

    msg = message
    if msg is None:
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
