"""`poagent writeback`: deliver queued write-backs now; `--retry` also re-tries failed ones."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def register(subparsers: Any) -> None:
    from agent.commands.run import add_now_argument
    from agent.config import add_config_argument

    parser = subparsers.add_parser(
        "writeback",
        help="deliver confirmations to the ERP webhook / export folder (--retry: failed ones too)",
        description=(
            "Deliver every due write-back (webhook POST and/or export file). With --retry, "
            "deliveries that failed after their last attempt, and those waiting for a "
            "backoff, are tried again now."
        ),
    )
    add_config_argument(parser)
    parser.add_argument(
        "--retry", action="store_true", help="re-try failed and waiting deliveries now"
    )
    add_now_argument(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from sqlmodel import select

    from agent import writeback
    from agent.commands.run import parse_now
    from agent.config import ConfigError, load_settings
    from agent.db import open_database
    from agent.models import DeliveryState, WebhookDelivery

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
    if not writeback.enabled(settings):
        print(
            "write-back is not configured: set [writeback] webhook_url and/or export_dir, "
            "or add a [connectors.NAME] table",
            file=sys.stderr,
        )
        return 2
    try:
        settings.writeback.webhook_secret()  # fail here, before anything is re-queued
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    engine, factory = open_database(settings.database.url)
    try:
        if args.retry:
            count = writeback.requeue(factory, now)
            print(f"{count} deliveries queued for a new attempt")
        summary = writeback.deliver_due(factory, settings, now)
        print(summary.line())
        for error in summary.errors:
            print(f"  {error}")
        with factory() as session:
            failed = session.exec(
                select(WebhookDelivery).where(WebhookDelivery.state == DeliveryState.failed)
            ).all()
            counts = writeback.count_by_state(session)
        print(
            "deliveries: " + ", ".join(f"{counts.get(s.value, 0)} {s.value}" for s in DeliveryState)
        )
        for row in failed:
            print(
                f"  failed: {row.idempotency_key} after {row.attempts} attempts: {row.last_error}"
            )
        return 1 if failed else 0
    finally:
        engine.dispose()
