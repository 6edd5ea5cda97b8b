"""`poagent export`: confirmed PO lines as CSV or JSON for the ERP."""

from __future__ import annotations

import sys
from typing import Any

from agent.commands._common import CommandContext, CommandError


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument

    parser = subparsers.add_parser(
        "export",
        help="write confirmed PO lines as CSV or JSON",
        description=(
            "Write every confirmed PO line (PO, line, confirmed quantity, price, date, status, "
            "supplier order reference, confirmation version) whose confirmation arrived on or "
            "after --since."
        ),
    )
    add_config_argument(parser)
    parser.add_argument("--format", choices=("csv", "json"), default="csv")
    parser.add_argument(
        "--since", metavar="DATE", help="only confirmations from this date (YYYY-MM-DD) on"
    )
    parser.add_argument(
        "--output", "-o", metavar="FILE", help="write to FILE (default: standard output)"
    )
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    import os
    import tempfile
    from datetime import date
    from pathlib import Path

    from agent.writeback import export_rows
    from connectors import export

    args = ctx.args
    since = None
    if args.since:
        try:
            since = date.fromisoformat(args.since)
        except ValueError:
            raise CommandError(f"--since: not a date like 2026-12-01: {args.since!r}") from None
    with ctx.factory() as session:
        rows = export_rows(session, since)
    if not args.output:
        count = export.write(rows, sys.stdout, ctx.output)
    else:
        target = Path(args.output).expanduser()
        target.parent.mkdir(parents=True, exist_ok=True)
        # Write beside the target and rename, so an ERP job never reads half a file.
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                count = export.write(rows, fh, ctx.output)
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        print(f"{count} confirmed lines written to {target}", file=sys.stderr)
    return 0
