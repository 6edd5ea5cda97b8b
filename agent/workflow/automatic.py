"""Applying automatic mail: a bounce (suppress the address, an undeliverable exception),
an out-of-office (snooze the chase, learn the named colleague), an absence mentioned
in a person's answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from agent import audit
from agent.businesstime import (
    start_of_business_day,
)
from agent.models import (
    AckState,
    ExceptionState,
    ExceptionType,
    InboundMessage,
    OutboundMessage,
    POException,
    PurchaseOrder,
    Supplier,
    SuppressedAddress,
)
from agent.reading.types import (
    ExtractionResult,
    Message,
)
from agent.workflow.common import ACTOR, _buyer_email, _fallback_owner, _supplier_info, _tz_for
from agent.workflow.exceptions import open_exception
from agent.workflow.sender import sender_is_supplier

if TYPE_CHECKING:  # pragma: no cover
    from agent.config import Settings


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


def _apply_auto_reply(
    session: Any,
    settings: Settings,
    result: ExtractionResult,
    pos: Sequence[PurchaseOrder],
    inbound: InboundMessage | None,
    sender: str | None,
    now: datetime,
    raw: bytes = b"",
    message: Message | None = None,
) -> None:
    """Out-of-office: never an answer. Hold follow-ups until the return date, or use the alternate."""
    alternate = _alternate_contact(result, raw, message)
    for po in pos:
        supplier = session.get(Supplier, po.supplier_id)
        details: dict[str, Any] = {"from": sender, "return_date": result.auto_reply_return_date}
        if (
            alternate
            and supplier is not None
            and _add_alternate(session, settings, supplier, alternate, now)
        ):
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
            po.id,
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
    message: Message | None = None,
) -> None:
    head = raw[:200_000]
    # base64 bodies hide the words from the pre-check: those are read in full
    if not _ABSENCE_HINT.search(head) and not re.search(rb"(?i)transfer-encoding:\s*base64", head):
        return
    try:
        from agent.reading.classify import classify
        from agent.reading.message import normalize

        msg = message if message is not None else normalize(raw)
        cls = classify(msg, settings.own_addresses())
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
        if (
            alternate
            and supplier is not None
            and _add_alternate(session, settings, supplier, alternate, now)
        ):
            details["alternate_contact"] = alternate
        audit.record(
            session, "purchase_order", po.id, "absence_noted", None, None, ACTOR, details,
            at=now,
        )  # fmt: skip


def _add_alternate(
    session: Any, settings: Settings, supplier: Supplier, alternate: str, now: datetime
) -> bool:
    """Adds a colleague an absence notice names as the supplier's alternate contact,
    when the address is the supplier's own; True when it is."""
    if not sender_is_supplier(
        alternate, _supplier_info(supplier), settings.security.shared_mail_domains
    ):
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


def _alternate_contact(
    result: ExtractionResult, raw: bytes, message: Message | None = None
) -> str | None:
    """The colleague an out-of-office names ("please contact anna@..."), if any."""
    value = getattr(result, "alternate_contact", None)
    if not value:
        try:
            from agent.reading.classify import classify
            from agent.reading.message import normalize

            msg = message if message is not None else normalize(raw)
            value = classify(msg).alternate_contact
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
            owner=_buyer_email(session, po) or _fallback_owner(settings),
            inbound=inbound,
            details={"recipients": recipients},
        )
