"""`poagent digest`: print (or queue now) the digest a buyer gets each working morning."""

from __future__ import annotations

import sys
from typing import Any

from agent.commands._common import CommandContext


def register(subparsers: Any) -> None:
    from agent.commands._common import add_config_argument, add_now_argument

    parser = subparsers.add_parser(
        "digest",
        help="print (--dry-run) or queue a buyer's digest now",
        description=(
            "The daily digest for one person: new exceptions by priority, POs awaiting "
            "acknowledgment, replies waiting for review, changes waiting for approval, "
            "undeliverable requests and what was auto-accepted. --dry-run prints it; "
            "without it the digest is queued in the outbox now."
        ),
    )
    add_config_argument(parser)
    parser.add_argument("--buyer", metavar="EMAIL", required=True, help="whose digest")
    parser.add_argument(
        "--dry-run", action="store_true", help="print it; send, queue and write nothing"
    )
    parser.add_argument("--html", action="store_true", help="with --dry-run: print the HTML part")
    add_now_argument(parser)
    parser.set_defaults(func=run)


def run(ctx: CommandContext) -> int:
    now = ctx.now
    if ctx.args.dry_run:
        with ctx.scratch() as factory:
            return _digest(ctx, factory, now)
    ctx.refuse_clock_skew(ctx.factory)
    return _digest(ctx, ctx.factory, now)


def _digest(ctx: CommandContext, factory: Any, now: Any) -> int:
    from agent import digest, operations

    args, settings = ctx.args, ctx.settings
    with factory() as session:
        found = digest.preview(session, settings, args.buyer, now)
        if found is None:
            known = ", ".join(r.email for r in digest.recipients(session, settings)) or "none"
            print(
                f"--buyer: {args.buyer!r} is not a buyer or exception owner (known: {known})",
                file=sys.stderr,
            )
            return 2
        data, rendered = found
        if args.dry_run:
            print(f"To: {data.recipient.email}")
            print(f"Subject: {rendered.subject}")
            print()
            sys.stdout.write(rendered.html if args.html and rendered.html else rendered.text)
            return 0
        operations.queue_digest_now(session, settings, data, rendered, now, actor="cli")
        session.commit()
    # Only queued: sending here would also send whatever else is due (supplier mail).
    print(
        f"digest for {data.recipient.email} queued: the running agent, or `poagent send`, sends it"
    )
    return 0
