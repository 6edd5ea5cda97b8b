"""`poagent digest`: print (or queue now) the digest a buyer gets each working morning."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    from agent.commands.run import add_now_argument
    from agent.config import add_config_argument

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


def run(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from agent.commands.run import parse_now
    from agent.config import ConfigError, load_settings
    from agent.db import open_database

    try:
        now = parse_now(args.now) or datetime.now(UTC)
    except ValueError as exc:
        print(exc, file=sys.stderr)
        return 2
    try:
        settings = load_settings(args.config)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.dry_run:
        from agent.dryrun import DryRunError, scratch_database

        try:
            with scratch_database(settings.database.url) as (_engine, factory):
                return _digest(args, settings, factory, now)
        except DryRunError as exc:
            print(f"--dry-run: {exc}", file=sys.stderr)
            return 2
    engine, factory = open_database(settings.database.url)
    try:
        from agent.commands._common import refuse_clock_skew

        if refuse_clock_skew(args, factory, now):
            return 2
        return _digest(args, settings, factory, now)
    finally:
        engine.dispose()


def _digest(args: argparse.Namespace, settings: Any, factory: Any, now: Any) -> int:
    from agent import digest
    from agent.models import OutboundKind

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
        from agent import outbox

        outbox.enqueue(
            session,
            kind=OutboundKind.digest,
            to=[data.recipient.email],
            subject=rendered.subject,
            text=rendered.text,
            html=rendered.html,
            buyer_id=data.recipient.buyer_id,
            # On demand: its own key, so it neither replaces nor blocks the daily one.
            due_key=f"digest-now:{data.recipient.email.lower()}:{now.isoformat()}",
            now=now,
            domain=settings.company.from_domain,
            actor="cli",
        )
        session.commit()
    # Only queued: sending here would also send whatever else is due (supplier mail).
    print(
        f"digest for {data.recipient.email} queued: the running agent, or `poagent send`, sends it"
    )
    return 0
