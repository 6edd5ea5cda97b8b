"""`poagent demo`: see the whole agent work in a minute, with no mail account."""

from __future__ import annotations

import sys
from typing import Any

from agent.commands._common import CommandContext, parse_now


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="run the agent against simulated suppliers on embedded mail servers (no setup)",
        description=(
            "Start an embedded IMAP server (pymap) and SMTP server (aiosmtpd) on 127.0.0.1, a "
            "SQLite database in a temporary folder and a stand-in ERP webhook; import sample "
            "POs; run the real agent loop against simulated suppliers (confirm, change a date "
            "or price, bounce, out-of-office, silence) with an accelerated clock; then print "
            "the report and a buyer digest."
        ),
    )
    parser.add_argument(
        "--speed",
        type=float,
        default=3.0,
        metavar="HOURS",
        help="simulated hours per agent cycle (default 3)",
    )
    parser.add_argument("--days", type=float, default=7.0, help="simulated days to run (default 7)")
    parser.add_argument(
        "--keep",
        metavar="DIR",
        help="keep the database, config, exports and raw mail in DIR (default: a temp folder, removed)",
    )
    parser.add_argument(
        "--start",
        metavar="ISO-DATETIME",
        help="simulated start (default: Monday 08:00 UTC this week)",
    )
    parser.add_argument("--verbose", action="store_true", help="print every audit entry")
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    from pathlib import Path

    from agent.demo.runner import DemoOptions, run_demo

    args = ctx.args
    if args.speed <= 0 or args.days <= 0:
        print("--speed and --days must be positive", file=sys.stderr)
        return 2
    if args.days * 24 / args.speed > 2000:
        print(
            "--days/--speed would run more than 2000 cycles; use a larger --speed", file=sys.stderr
        )
        return 2
    try:
        start = parse_now(args.start)
    except ValueError as exc:
        print(str(exc).replace("--now", "--start"), file=sys.stderr)
        return 2
    import logging

    # The narration is the output; the agent's own log lines would drown it.
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    run_demo(
        DemoOptions(
            hours_per_cycle=args.speed,
            days=args.days,
            keep=Path(args.keep) if args.keep else None,
            start=start,
            verbose=args.verbose,
        )
    )
    return 0
