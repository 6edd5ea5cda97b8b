"""`poagent history PO`: one PO's whole story from the audit log, oldest first."""

from __future__ import annotations

import json
from typing import Any

from agent.commands._common import CommandContext, CommandError


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument

    parser = subparsers.add_parser(
        "history",
        help="show one PO's audit trail (requests, replies, versions, exceptions, write-backs)",
        description=(
            "Every recorded change of one PO and of what belongs to it (its mail, its "
            "confirmation versions, exceptions and write-backs), oldest first."
        ),
    )
    add_config_argument(parser)
    parser.add_argument("po_number", metavar="PO", help="the PO number")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    from agent.queries import po_history

    with ctx.factory() as session:
        events = po_history(session, ctx.args.po_number)
    if events is None:
        raise CommandError(f"no purchase order {ctx.args.po_number!r}", status=1)
    if ctx.output == "json":
        print(
            json.dumps(
                [
                    {
                        "at": e.at.isoformat(),
                        "actor": e.actor,
                        "entity": e.entity,
                        "entity_id": e.entity_id,
                        "action": e.action,
                        "from_state": e.from_state,
                        "to_state": e.to_state,
                        "details": e.details,
                    }
                    for e in events
                ],
                indent=2,
                default=str,
            )
        )
        return 0
    if not events:
        print(f"PO {ctx.args.po_number}: nothing recorded yet")
        return 0
    for e in events:
        states = f"  {e.from_state or '-'} → {e.to_state}" if e.to_state else ""
        print(f"{e.at:%Y-%m-%d %H:%M}  {e.actor:<10} {e.label}{states}")
    return 0
