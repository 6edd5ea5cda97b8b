"""What the workflow's jobs share: the open POs as the reading sees them, the POs a
mail names or answers, and the PO's acknowledgment state (through agent.domain).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from agent import domain
from agent.businesstime import (
    zone,
)
from agent.domain import exception_types
from agent.models import (
    AckState,
    Buyer,
    LineStatus,
    OutboundKind,
    OutboundMessage,
    PurchaseOrder,
    Supplier,
)
from agent.models import POLine as POLineRow
from agent.reading.headers import header_text
from agent.reading.types import (
    OpenPO,
    POLine,
    SupplierInfo,
)
from agent.workflow import sender as _sender

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import Settings

ACTOR = "workflow"
REQUEST_KINDS = (OutboundKind.request, OutboundKind.revision, OutboundKind.follow_up)
DIFFERENCE_TYPES = exception_types.DIFFERENCE_TYPES
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
    po.updated_at = now
    domain.transition(
        session, po, new, action="ack_state", actor=ACTOR, now=now,
        details={"reason": why, **details},
    )  # fmt: skip


# -------------------------------------------------------- values as stored


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


def _pos_for(session: Any, numbers: Sequence[str]) -> dict[str, PurchaseOrder]:
    if not numbers:
        return {}
    return {
        p.po_number: p
        for p in session.execute(
            select(PurchaseOrder).where(PurchaseOrder.po_number.in_(list(numbers)))
        ).scalars()
    }


def _pos_by_thread(session: Any, raw: bytes, *, headers: Any = None) -> dict[str, PurchaseOrder]:
    if headers is None:
        try:
            headers = _sender._headers(raw)
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
