"""`poagent send`: send the mail that is due from the outbox."""

from __future__ import annotations

from typing import Any

from agent.commands._common import CommandContext


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument, add_now_argument

    parser = subparsers.add_parser(
        "send",
        help="send due acknowledgment requests and other queued mail over SMTP",
        description=(
            "Send every queued mail that is due. Safe to run from several processes at once "
            "and to interrupt: nothing is lost and nothing is sent twice (see README)."
        ),
    )
    add_config_argument(parser)
    add_now_argument(parser)
    parser.add_argument("--limit", type=int, default=500, help="at most this many (default 500)")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every mail sent or held (and why)"
    )
    from agent.commands._common import add_dry_run_argument

    add_dry_run_argument(parser, "which mail would go out now and which would be held")
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    from agent.logging_setup import configure
    from agent.outbox import send_due

    # Without --now each mail is dated by the real clock as it goes out.
    args, now, settings = ctx.args, ctx.fixed_now, ctx.settings
    # Each retry or failure is logged (stderr) as it happens; the summary goes to stdout.
    configure(level=settings.logging.level, as_json=settings.logging.as_json)
    if args.dry_run:
        from agent.outbox import preview_due

        with ctx.scratch() as factory:
            summary = preview_due(factory, settings, now, limit=args.limit)
        for line in summary.would_send:
            print(f"would send {line}")
        for line in summary.held_details:
            print(f"would hold {line}")
        print(summary)
        return 0
    ctx.refuse_clock_skew(ctx.factory)
    summary = send_due(ctx.factory, settings, now, limit=args.limit)
    if args.verbose:
        for line in summary.delivered:
            print(f"sent {line}")
        for line in summary.held_details:
            print(f"held {line}")
    print(summary)
    return 1 if summary.failed or summary.retrying else 0
