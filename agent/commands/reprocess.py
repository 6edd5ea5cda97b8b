"""`poagent reprocess MESSAGE-ID`: run a stored inbound mail through reading and applying again."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def register(subparsers: Any) -> None:
    from agent.commands.run import add_now_argument
    from agent.config import add_config_argument

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


def run(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from sqlalchemy import select

    from agent import domain
    from agent.commands.run import parse_now
    from agent.config import ConfigError, load_settings
    from agent.db import open_database
    from agent.ingest import load_raw
    from agent.models import InboundMessage, InboundState
    from agent.workflow import read, reprocess

    try:
        now = parse_now(args.now) or datetime.now(UTC)
        settings = load_settings(args.config)
    except (ValueError, ConfigError) as exc:
        print(exc, file=sys.stderr)
        return 2
    wanted = args.message_id.strip()
    candidates = {wanted, wanted.strip("<>"), f"<{wanted.strip('<>')}>"}
    engine, factory = open_database(settings.database.url)
    try:
        with factory() as session:
            row = (
                session.execute(
                    select(InboundMessage)
                    .where(
                        InboundMessage.message_id.in_(list(candidates)),
                        InboundMessage.kind.is_distinct_from("duplicate"),
                    )
                    .order_by(InboundMessage.id)
                )
                .scalars()
                .first()
            )
            if row is None:
                print(f"no stored message with Message-ID {wanted}", file=sys.stderr)
                return 1
            try:
                raw = load_raw(row)
            except (OSError, ValueError) as exc:
                print(f"cannot read the stored message: {exc}", file=sys.stderr)
                return 1
            if args.dry_run:
                result, _ = read(raw, session, settings, now)
                print(json.dumps(result.to_json()))
                return 0
            previous = row.state
            kind = reprocess(session, row, raw, settings, now)
            if previous != InboundState.processed:
                row.processed_at = now
                domain.transition(session, row, InboundState.processed, action="processed",
                                  actor="cli", now=now, details={"via": "reprocess"})  # fmt: skip
            session.commit()
            print(f"{row.message_id}: {kind} ({json.dumps(row.result_json)})")
    finally:
        engine.dispose()
    return 0
