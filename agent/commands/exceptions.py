"""`poagent exceptions`: list exceptions (open by default) with priority and owner."""

from __future__ import annotations

import json
import sys
from typing import Any

from agent.commands._common import CommandContext


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument, add_now_argument

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


def run(ctx: CommandContext) -> int:
    from agent.queries import exception_rows

    args, now = ctx.args, ctx.now
    states = args.state or (None if args.all else ["open", "acknowledged"])
    with ctx.factory() as session:
        found = exception_rows(session, states=states, owner=args.owner, po_number=args.po,
                               now=now)  # fmt: skip
    if ctx.output == "json":
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
