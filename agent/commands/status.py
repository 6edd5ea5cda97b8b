"""`poagent status`: purchase orders and their acknowledgment state."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Any

from agent.commands._common import CommandContext


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument, add_now_argument

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


def run(ctx: CommandContext) -> int:
    from agent.queries import po_status_rows

    args, now, settings = ctx.args, ctx.now, ctx.settings
    as_json = ctx.output == "json"
    with ctx.factory() as session:
        rows = po_status_rows(session, now, args.state, args.po)
    chasing_off = not settings.imap.username
    if chasing_off:
        from agent.scheduler import NOT_CHASED

        # In --json the rows stay the only thing on stdout.
        print(NOT_CHASED, file=sys.stderr if as_json else sys.stdout)
    if as_json:
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
