"""Rows for write-back, digest and report tests: suppliers, POs, confirmations, exceptions.

These write through the real models into a real (migrated) database, the way
the importer and the workflow do, so the code under test reads real rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlmodel import Session, select

from agent.models import (
    AckState,
    Buyer,
    Confirmation,
    ConfirmationLine,
    ConfirmationStatus,
    ExceptionState,
    ExceptionType,
    LineStatus,
    POException,
    POLine,
    Priority,
    PurchaseOrder,
    Supplier,
)

T0 = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def supplier(session: Session, sid: str, name: str | None = None, **kw: Any) -> Supplier:
    row = session.get(Supplier, sid)
    if row is None:
        row = Supplier(
            id=sid,
            name=name or sid.title(),
            emails=kw.pop("emails", [f"orders@{sid.lower()}.example"]),
            domains=kw.pop("domains", [f"{sid.lower()}.example"]),
            **kw,
        )
        session.add(row)
        session.flush()
    return row


def buyer(session: Session, email: str, name: str | None = None, tz: str | None = None) -> Buyer:
    row = session.exec(select(Buyer).where(Buyer.email == email)).first()
    if row is None:
        row = Buyer(email=email, name=name, timezone=tz)
        session.add(row)
        session.flush()
    return row


def purchase_order(
    session: Session,
    po_number: str,
    supplier_id: str,
    buyer_email: str | None,
    lines: Sequence[tuple[Any, Any, date]],  # (quantity, unit_price, requested_date)
    *,
    currency: str = "USD",
    requested_at: datetime | None = T0,
    ack_state: AckState = AckState.requested,
    revision: int = 0,
    items: Sequence[str] | None = None,
) -> PurchaseOrder:
    supplier(session, supplier_id)
    b = buyer(session, buyer_email) if buyer_email else None
    po = PurchaseOrder(
        po_number=po_number,
        revision=revision,
        supplier_id=supplier_id,
        buyer_id=b.id if b else None,
        currency=currency,
        issue_date=(requested_at or T0).date(),
        ack_state=ack_state,
        content_hash=f"hash-{po_number}-{revision}",
        requested_at=requested_at,
        created_at=requested_at or T0,
    )
    session.add(po)
    session.flush()
    for n, (qty, price, need_by) in enumerate(lines, start=1):
        session.add(
            POLine(
                po_id=po.id,
                line_number=n,
                item=(items[n - 1] if items else f"ITEM-{po_number}-{n}"),
                description=f"Part {n} of {po_number}",
                quantity=Decimal(str(qty)),
                uom="EA",
                unit_price=Decimal(str(price)),
                requested_date=need_by,
            )
        )
    session.flush()
    return po


def confirm(
    session: Session,
    po: PurchaseOrder,
    version: int,
    lines: Sequence[dict[str, Any]],
    *,
    at: datetime,
    status: ConfirmationStatus = ConfirmationStatus.accepted,
    supplier_reference: str | None = None,
) -> Confirmation:
    """Store a confirmation version and update each addressed line's promise, like the workflow."""
    for older in session.exec(
        select(Confirmation).where(
            Confirmation.po_id == po.id, Confirmation.superseded_at.is_(None)
        )  # type: ignore[union-attr]
    ).all():
        older.superseded_at = at
        session.add(older)
    conf = Confirmation(
        po_id=po.id,
        version=version,
        po_revision=po.revision,
        status=status,
        supplier_reference=supplier_reference,
        created_at=at,
    )
    session.add(conf)
    session.flush()
    po_lines = {
        ln.line_number: ln for ln in session.exec(select(POLine).where(POLine.po_id == po.id)).all()
    }
    for spec in lines:
        n = spec["line"]
        po_line = po_lines[n]
        line_status = LineStatus(spec.get("status", "accepted"))
        qty = spec.get("quantity", po_line.quantity if line_status != LineStatus.rejected else None)
        price = spec.get(
            "unit_price", po_line.unit_price if line_status != LineStatus.rejected else None
        )
        when = spec.get(
            "date", po_line.requested_date if line_status != LineStatus.rejected else None
        )
        session.add(
            ConfirmationLine(
                confirmation_id=conf.id,
                line_number=n,
                status=line_status,
                quantity=None if qty is None else Decimal(str(qty)),
                unit_price=None if price is None else Decimal(str(price)),
                currency=po.currency,
                date=when,
                date_kind="delivery" if when else None,
                evidence=spec.get("evidence", "Confirmed as per PO."),
            )
        )
        if line_status != LineStatus.unconfirmed:
            po_line.line_status = line_status
            po_line.promised_quantity = None if qty is None else Decimal(str(qty))
            po_line.promised_price = None if price is None else Decimal(str(price))
            po_line.promised_date = when
            po_line.confirmation_version = version
            session.add(po_line)
    if po.acknowledged_at is None:
        po.acknowledged_at = at
    po.ack_state = AckState.acknowledged
    session.add(po)
    session.flush()
    return conf


def exception(
    session: Session,
    po: PurchaseOrder,
    type: str,
    *,
    at: datetime,
    resolved_at: datetime | None = None,
    state: str | None = None,
    priority: str = "medium",
    owner: str | None = None,
    line: int | None = None,
    po_value: str | None = None,
    confirmed_value: str | None = None,
    evidence: str | None = None,
    value_at_risk: Any = None,
) -> POException:
    if state is None:
        state = "resolved" if resolved_at else "open"
    row = POException(
        po_id=po.id,
        line_number=line,
        type=ExceptionType(type),
        po_value=po_value,
        confirmed_value=confirmed_value,
        evidence=evidence,
        value_at_risk=None if value_at_risk is None else Decimal(str(value_at_risk)),
        priority=Priority(priority),
        owner=owner,
        state=ExceptionState(state),
        created_at=at,
        updated_at=resolved_at or at,
        resolved_at=resolved_at,
    )
    session.add(row)
    session.flush()
    return row
