"""`poagent exceptions`: list exceptions (open by default) with priority and owner."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    from agent.commands.run import add_now_argument
    from agent.config import add_config_argument

    parser = subparsers.add_parser(
        "exceptions",
        help="list exceptions (open ones by default)",
        description="List exceptions: type, PO/line, PO value, confirmed value, priority, owner.",
    )
    add_config_argument(parser)
    add_now_argument(parser)
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument(
        "--all", action="store_true", help="include resolved and auto-accepted exceptions"
    )
    parser.add_argument(
        "--state", action="append", help="only these states (open, acknowledged, resolved, ...)"
    )
    parser.add_argument("--owner", help="only exceptions owned by this address")
    parser.add_argument("--po", help="only this PO number")
    parser.set_defaults(func=run)


def rows(session: Any, *, states: list[str] | None, owner: str | None, po_number: str | None,
         now: Any) -> list[dict[str, Any]]:  # fmt: skip
    from sqlalchemy import select

    from agent.models import POException, PurchaseOrder, Supplier

    q = (
        select(POException, PurchaseOrder, Supplier)
        .outerjoin(PurchaseOrder, POException.po_id == PurchaseOrder.id)
        .outerjoin(Supplier, PurchaseOrder.supplier_id == Supplier.id)
    )
    if states:
        q = q.where(POException.state.in_(states))
    if owner:
        q = q.where(POException.owner == owner)
    if po_number:
        q = q.where(PurchaseOrder.po_number == po_number)
    order = {"high": 0, "medium": 1, "low": 2}
    out = []
    for exc, po, supplier in session.execute(q).all():
        age = (now - exc.created_at).total_seconds() / 3600 if exc.created_at else None
        out.append(
            {
                "id": exc.id,
                "type": exc.type.value,
                "state": exc.state.value,
                "priority": exc.priority.value,
                "owner": exc.owner,
                "po_number": po.po_number if po else None,
                "supplier": supplier.name if supplier else None,
                "line": exc.line_number,
                "po_value": exc.po_value,
                "confirmed_value": exc.confirmed_value,
                "value_at_risk": format(exc.value_at_risk, "f")
                if exc.value_at_risk is not None
                else None,
                "evidence": exc.evidence,
                "created_at": exc.created_at.isoformat() if exc.created_at else None,
                "age_hours": round(age, 1) if age is not None else None,
                "action": exc.action,
                "root_cause": exc.root_cause,
                "note": exc.note,
            }
        )
    out.sort(key=lambda r: (order.get(r["priority"], 3), r["created_at"] or "", r["id"]))
    return out


def run(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from agent.commands.run import parse_now
    from agent.config import ConfigError, load_settings
    from agent.db import open_database

    try:
        now = parse_now(args.now) or datetime.now(UTC)
        settings = load_settings(args.config)
    except (ValueError, ConfigError) as exc:
        print(exc, file=sys.stderr)
        return 2
    states = args.state or (None if args.all else ["open", "acknowledged"])
    engine, factory = open_database(settings.database.url)
    try:
        with factory() as session:
            found = rows(session, states=states, owner=args.owner, po_number=args.po, now=now)
    finally:
        engine.dispose()
    if args.json:
        json.dump(found, sys.stdout, indent=2)
        sys.stdout.write("\n")
        return 0
    if not found:
        print("no exceptions")
        return 0
    for r in found:
        where = f"PO {r['po_number']}" if r["po_number"] else "(no PO)"
        if r["line"] is not None:
            where += f" line {r['line']}"
        values = ""
        if r["po_value"] or r["confirmed_value"]:
            values = f" PO {r['po_value'] or '-'} -> {r['confirmed_value'] or '-'}"
        print(
            f"#{r['id']:<5} {r['priority']:<6} {r['state']:<13} {r['type']:<22} {where}{values}"
            f"  owner {r['owner'] or '-'}"
        )
        if r["evidence"]:
            first = r["evidence"].strip().splitlines()[0] if r["evidence"].strip() else ""
            print(f"       {first[:150]}")
    return 0
