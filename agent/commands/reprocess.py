"""`poagent reprocess MESSAGE-ID`: run a stored inbound mail through reading and applying again."""

from __future__ import annotations

import json
from typing import Any

from agent.commands._common import CommandContext, CommandError


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument, add_now_argument

    parser = subparsers.add_parser(
        "reprocess",
        help="re-run a stored inbound mail (by Message-ID)",
        description=(
            "Read a stored inbound mail again with the current rules and apply the result: a "
            "confirmation becomes a new version (history kept). Works on quarantined mail too."
        ),
    )
    add_config_argument(parser)
    add_now_argument(parser)
    parser.add_argument(
        "message_id", metavar="MESSAGE-ID", help="the mail's Message-ID (with or without <>)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="print the extraction, change nothing"
    )
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    from agent.ingest import load_raw
    from agent.operations import reprocess_stored
    from agent.queries import stored_inbound
    from agent.workflow import read

    args, now, settings = ctx.args, ctx.now, ctx.settings
    with ctx.factory() as session:
        row = stored_inbound(session, args.message_id)
        if row is None:
            raise CommandError(
                f"no stored message with Message-ID {args.message_id.strip()}", status=1
            )
        try:
            raw = load_raw(row)
        except (OSError, ValueError) as exc:
            raise CommandError(f"cannot read the stored message: {exc}", status=1) from None
        if args.dry_run:
            result, _ = read(raw, session, settings, now)
            print(json.dumps(result.to_json()))
            return 0
        kind = reprocess_stored(session, settings, row, raw, now, actor="cli")
        session.commit()
        print(f"{row.message_id}: {kind} ({json.dumps(row.result_json)})")
    return 0
