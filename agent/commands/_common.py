"""Helpers shared by the foundation commands (not a command: the name starts with "_")."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any


def parse_now(value: str | None) -> datetime:
    """``--now`` as aware UTC (naive = UTC); the real clock when not given. ValueError if bad."""
    if not value:
        return datetime.now(UTC)
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(
            f"--now: not an ISO date-time: {value!r} (e.g. 2026-12-01T09:00:00Z)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def add_now_argument(parser: Any) -> None:
    parser.add_argument(
        "--now",
        metavar="ISO-DATETIME",
        help=(
            "act as if it were this time (UTC if no offset): it really acts, dated then. "
            "For tests and scratch databases; on a database that has sent real mail it is "
            "refused more than an hour from the real clock unless --dry-run or "
            "--allow-clock-skew is given"
        ),
    )
    parser.add_argument(
        "--allow-clock-skew",
        action="store_true",
        help="let --now act far from the real clock on a database that has sent real mail",
    )


def add_dry_run_argument(parser: Any, what: str) -> None:
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help=f"show {what}; change nothing (no mail, no mailbox moves, no database writes)",
    )


def refuse_clock_skew(args: Any, factory: Any, now: datetime | None) -> bool:
    """Print why ``--now`` may not act here and return True; False when it may."""
    from agent.dryrun import clock_refusal

    problem = clock_refusal(
        factory,
        now if getattr(args, "now", None) else None,
        dry_run=bool(getattr(args, "dry_run", False)),
        allow_skew=bool(getattr(args, "allow_clock_skew", False)),
    )
    if problem:
        print(problem, file=sys.stderr)
        return True
    return False


def load(args: Any) -> Any:
    """Settings for ``args.config``; prints the problems and returns None when invalid."""
    from agent.config import ConfigError, load_settings

    try:
        return load_settings(getattr(args, "config", None))
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return None


def sources(settings: Any) -> dict[str, Any]:
    """Which configuration file and database a command uses (for stderr or --json)."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    url = settings.database.url
    database: dict[str, Any] = {"url": settings.database.masked_url()}
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        database["file"] = str(Path(parsed.database).expanduser().resolve())
    return {
        "config": str(settings.source) if settings.source else None,
        "database": database,
    }


def announce(settings: Any, *, uses_database: bool = True) -> None:
    """One stderr line naming the configuration and database, so nobody guesses."""
    info = sources(settings)
    if info["config"]:
        config = f"config {info['config']}"
    else:
        config = "no config file: built-in defaults (give --config or set POAGENT_CONFIG)"
    parts = [config]
    if uses_database:
        db = info["database"]
        parts.append(f"database {db.get('file') or db['url']}")
    print("poagent: " + "; ".join(parts), file=sys.stderr)
    for note in settings.schedule.deprecations():
        print(f"poagent: note: {note}", file=sys.stderr)
