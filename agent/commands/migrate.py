"""`poagent migrate`: upgrade the database schema to the newest migration.

Every command that uses the database upgrades it automatically on first use;
this command does it explicitly (before starting several workers, or to check).
"""

from __future__ import annotations

import sys
from typing import Any

from agent.commands._common import CommandContext


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument

    parser = subparsers.add_parser(
        "migrate",
        help="upgrade the database schema (done automatically by every command, too)",
        description="Run the Alembic migrations on [database] url up to the newest (or --to).",
    )
    add_config_argument(parser)
    parser.add_argument("--to", default="head", metavar="REVISION", help="target (default head)")
    parser.add_argument("--show", action="store_true", help="only print the current revision")
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    from agent.db import current_revision, head_revision, upgrade

    args, settings = ctx.args, ctx.settings
    url = settings.database.url
    shown = settings.database.masked_url()
    try:
        before = current_revision(url)
        if args.show:
            print(f"{shown}: at {before or 'empty'} (newest {head_revision()})")
            return 0
        upgrade(url, args.to)
        after = current_revision(url)
    except Exception as exc:  # the database is unreachable or refuses: say so plainly
        print(f"migrate: {shown}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    if before == after:
        print(f"{shown}: already at {after}")
    else:
        print(f"{shown}: upgraded {before or 'empty'} -> {after}")
    return 0
