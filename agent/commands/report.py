"""`poagent report`: acknowledgment rate, speed, exceptions and resolution, per supplier/buyer."""

from __future__ import annotations

import json
import sys
from typing import Any

from agent.commands._common import CommandContext, CommandError


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument, add_now_argument

    parser = subparsers.add_parser(
        "report",
        help="acknowledgment rate, time to acknowledge, exceptions, time to resolve",
        description=(
            "Supplier performance for the POs first requested in [--since, --until): "
            "acknowledgment rate, median time to acknowledge, exception rate by type and "
            "median time to resolve, overall, per supplier and per buyer; plus LLM usage."
        ),
    )
    add_config_argument(parser)
    parser.add_argument(
        "--since",
        metavar="DATE",
        help="start (YYYY-MM-DD or ISO time; default: 30 days before --until)",
    )
    parser.add_argument("--until", metavar="DATE", help="end, inclusive for a date (default: now)")
    fmt = parser.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="print JSON")
    fmt.add_argument("--csv", action="store_true", help="print CSV (one row per scope)")
    add_now_argument(parser)
    parser.set_defaults(func=run)


def _when(value: str | None, name: str) -> Any:
    from datetime import UTC, date, datetime

    if not value:
        return None
    try:
        if len(value) == 10:
            parsed_date = date.fromisoformat(value)
            if not date(1970, 1, 2) <= parsed_date <= date(9000, 12, 31):
                raise ValueError(f"{name}: {value} is outside 1970-01-02 .. 9000-12-31")
            return parsed_date
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        if "outside" in str(exc):
            raise
        raise ValueError(f"{name}: not a date (YYYY-MM-DD) or ISO date-time: {value!r}") from None
    if not 1970 <= parsed.year <= 9000:
        raise ValueError(f"{name}: {value} is outside 1970-01-02 .. 9000-12-31")
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def run(ctx: CommandContext) -> int:
    from agent.reports import build_report, format_csv, format_text

    args = ctx.args
    try:
        since = _when(args.since, "--since")
        until = _when(args.until, "--until")
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    now = ctx.now
    with ctx.factory() as session:
        report = build_report(session, since, until, now=now)
    if ctx.output == "json":
        print(json.dumps(report, indent=2, ensure_ascii=False))
    elif ctx.output == "csv":
        sys.stdout.write(format_csv(report))
    else:
        sys.stdout.write(format_text(report))
    return 0
