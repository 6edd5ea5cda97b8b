"""`poagent status`: purchase orders and their acknowledgment state."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any


def register(subparsers: Any) -> None:
    from agent.commands._common import add_now_argument
    from agent.config import add_config_argument

    parser = subparsers.add_parser(
        "status",
        help="show purchase orders and their acknowledgment state",
        description="A table of POs: revision, supplier, acknowledgment state, last mail, open exceptions.",
    )
    add_config_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--state", action="append", help="only POs in this state (repeatable)")
    parser.add_argument("--po", action="append", help="only this PO number (repeatable)")
    add_now_argument(parser)
    parser.set_defaults(func=run)


def _age(moment: datetime | None, now: datetime) -> str:
    if moment is None:
        return "-"
    seconds = int((now - moment).total_seconds())
    ahead = seconds < 0
    seconds = abs(seconds)
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            amount = f"{seconds // size}{unit}"
            return f"in {amount}" if ahead else f"{amount} ago"
    return "just now"


def collect(session: Any, now: datetime, states: list[str] | None = None,
            numbers: list[str] | None = None) -> list[dict[str, Any]]:  # fmt: skip
    """One dict per PO (the --json rows)."""
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


def run(args: argparse.Namespace) -> int:
    from agent.commands._common import load, parse_now
    from agent.db import open_database

    try:
        now = parse_now(args.now)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    settings = load(args)
    if settings is None:
        return 2
    engine, factory = open_database(settings.database.url)
    try:
        with factory() as session:
            rows = collect(session, now, args.state, args.po)
    finally:
        engine.dispose()
    chasing_off = not settings.imap.username
    if chasing_off:
        from agent.scheduler import NOT_CHASED

        # In --json the rows stay the only thing on stdout.
        print(NOT_CHASED, file=sys.stderr if args.json else sys.stdout)
    if args.json:
        for row in rows:
            row.pop("_requested_at")
        print(json.dumps(rows, indent=2))
        return 0
    if not rows:
        print("no purchase orders (import some with: poagent import FILE)")
        return 0
    headers = ["PO", "Rev", "Supplier", "Lines", "State", "Requested", "Last mail", "Exceptions"]
    table = [
        [
            r["po_number"], str(r["revision"]), r["supplier"], str(r["lines"]), r["ack_state"],
            _age(r["_requested_at"], now),
            r["last_event"],
            str(r["open_exceptions"]),
        ]
        for r in rows
    ]  # fmt: skip
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in table:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
    counts: dict[str, int] = {}
    for r in rows:
        counts[r["ack_state"]] = counts.get(r["ack_state"], 0) + 1
    print("\n" + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0
