"""What the commands share (not a command: the name starts with "_").

:class:`CommandContext` is built once by :mod:`agent.cli` for each invocation and handed to
the command's ``func``: the parsed arguments, the settings (loaded once), the session
factory of the configured database (opened on first use, disposed by the CLI), the clock
(``now``: ``--now`` or the real clock, then fixed for the command) and the output format.
A command reports a problem the user must fix by raising :class:`CommandError`; the CLI
prints it on stderr and exits with its status.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

    from agent.config import ConfigError, Settings
    from agent.db import SessionFactory


class CommandError(Exception):
    """A problem the user must fix: its message goes to stderr as is, the exit status is ``status``."""

    def __init__(self, message: str, status: int = 2) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def parse_now(value: str | None) -> datetime | None:
    """``--now`` as aware UTC (naive = UTC); None when not given. ValueError if malformed."""
    if not value:
        return None
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


def output_format(args: argparse.Namespace) -> str:
    """The output format asked for: json (--json), csv (--csv, --format) or text."""
    if getattr(args, "json", False):
        return "json"
    if getattr(args, "csv", False):
        return "csv"
    fmt = getattr(args, "format", None)
    return fmt if fmt in ("csv", "json") else "text"


@dataclass(eq=False)
class CommandContext:
    """Everything a command needs from outside its arguments; see the module docstring.

    ``settings_loaded`` is the result of loading ``--config`` (the settings, or the
    ``ConfigError`` that loading raised), or None for a command without ``--config``.
    """

    args: argparse.Namespace
    settings_loaded: Settings | ConfigError | None = None
    output: str = "text"
    _engine: Engine | None = field(default=None, init=False, repr=False)
    _factory: SessionFactory | None = field(default=None, init=False, repr=False)

    # -- settings --------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        """The settings; CommandError (status 2, the problems) when the configuration is invalid."""
        from agent.config import ConfigError

        loaded = self.settings_loaded
        if loaded is None:
            raise RuntimeError(f"`{getattr(self.args, 'command', '?')}` takes no --config")
        if isinstance(loaded, ConfigError):
            raise CommandError(str(loaded))
        return loaded

    @property
    def settings_error(self) -> ConfigError | None:
        """Why the configuration could not be loaded, or None."""
        from agent.config import ConfigError

        loaded = self.settings_loaded
        return loaded if isinstance(loaded, ConfigError) else None

    # -- clock -----------------------------------------------------------------------

    @cached_property
    def fixed_now(self) -> datetime | None:
        """``--now``, or None when the command runs on the real clock. CommandError if malformed."""
        try:
            return parse_now(getattr(self.args, "now", None))
        except ValueError as exc:
            raise CommandError(str(exc)) from None

    @cached_property
    def now(self) -> datetime:
        """The moment the command acts as of: ``--now``, else the real clock when first asked."""
        return self.fixed_now or datetime.now(UTC)

    def refuse_clock_skew(self, factory: SessionFactory) -> None:
        """CommandError when ``--now`` may not act on this database (see ``clock_refusal``)."""
        from agent.dryrun import clock_refusal

        problem = clock_refusal(
            factory,
            self.fixed_now,
            dry_run=bool(getattr(self.args, "dry_run", False)),
            allow_skew=bool(getattr(self.args, "allow_clock_skew", False)),
        )
        if problem:
            raise CommandError(problem)

    # -- database --------------------------------------------------------------------

    @property
    def factory(self) -> SessionFactory:
        """Sessions on the configured database, opened (and upgraded) on first use."""
        if self._factory is None:
            from agent.db import open_database

            self._engine, self._factory = open_database(self.settings.database.url)
        return self._factory

    @contextmanager
    def scratch(self) -> Iterator[SessionFactory]:
        """A dry run's sessions: a throwaway copy of the database, all writes discarded."""
        from agent.dryrun import DryRunError, scratch_database

        try:
            with scratch_database(self.settings.database.url) as (_engine, factory):
                yield factory
        except DryRunError as exc:
            raise CommandError(f"--dry-run: {exc}") from None

    def close(self) -> None:
        """Dispose of the database connections (the CLI calls this when the command ends)."""
        if self._engine is not None:
            self._engine.dispose()
            self._engine = self._factory = None


def build_context(args: argparse.Namespace) -> CommandContext:
    """The context for ``args``: the settings of a command with ``--config`` are loaded here."""
    loaded: Any = None
    # `extract` reads mail offline: its settings only matter when --config names a file, and
    # loading the defaults (pydantic, SQLAlchemy) would cost more than reading one message.
    wanted = getattr(args, "config", None) or getattr(args, "settings_required", True)
    if hasattr(args, "config") and wanted:
        from agent.config import ConfigError, load_settings

        try:
            loaded = load_settings(args.config)
        except ConfigError as exc:
            loaded = exc
    return CommandContext(args=args, settings_loaded=loaded, output=output_format(args))


def add_config_argument(parser: Any) -> None:
    """The shared ``--config PATH`` option every command takes. Here, not in ``agent.config``:
    building the parser must not import pydantic for every command (``extract`` reads one
    mail in about a second; the settings machinery would add a quarter of that)."""
    parser.add_argument(
        "--config",
        metavar="PATH",
        default=None,
        help="TOML configuration file (default: $POAGENT_CONFIG, else built-in defaults)",
    )


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
