"""``--dry-run`` and the ``--now`` guard: show what would happen, change nothing.

A dry run works on a scratch database that is thrown away afterwards, so the
real code paths run unchanged and nothing they write survives:

* SQLite: a consistent copy (the sqlite3 backup API) in a temporary directory;
* PostgreSQL: one connection inside one transaction that is rolled back at the
  end (each session commits only a savepoint of it).

No SMTP (the outbox is only previewed), no IMAP (the mailbox is not read, so
nothing is moved), no model calls and no write-back.

``--now`` means "act as if it were then": meant for tests and scratch
databases. On a database that has sent real mail it refuses to act more than
an hour away from the real clock, unless ``--dry-run`` or
``--allow-clock-skew`` is given.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.engine import make_url

from agent.scheduler import Agent

if TYPE_CHECKING:  # pragma: no cover
    from sqlalchemy.engine import Engine

    from agent.db import SessionFactory

MAX_CLOCK_SKEW = timedelta(hours=1)


class DryRunError(Exception):
    """The dry run cannot be set up (e.g. the schema needs a migration first)."""


@contextmanager
def scratch_database(url: str) -> Iterator[tuple[Engine, SessionFactory]]:
    """An engine and session factory whose writes are all discarded at the end."""
    from sqlalchemy.orm import sessionmaker
    from sqlmodel import Session

    from agent.db import current_revision, ensure_schema, head_revision, make_engine

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        workdir = Path(tempfile.mkdtemp(prefix="poagent-dry-run-"))
        copy = workdir / "scratch.db"
        source = parsed.database
        if source and source != ":memory:" and Path(source).expanduser().exists():
            # Opened read-only: a dry run must not even create the real file.
            src = sqlite3.connect(f"file:{Path(source).expanduser()}?mode=ro", uri=True)
            dst = sqlite3.connect(copy)
            try:
                src.backup(dst)
            finally:
                src.close()
                dst.close()
        scratch_url = f"sqlite:///{copy}"
        ensure_schema(scratch_url)
        engine = make_engine(scratch_url)
        try:
            yield engine, sessionmaker(bind=engine, class_=Session, expire_on_commit=False)
        finally:
            engine.dispose()
            shutil.rmtree(workdir, ignore_errors=True)
        return
    if current_revision(url) != head_revision():
        raise DryRunError(
            "the database schema is not up to date; a dry run does not migrate it "
            "(run `poagent migrate` first)"
        )
    engine = make_engine(url)
    conn = engine.connect()
    outer = conn.begin()
    try:
        yield (
            engine,
            sessionmaker(
                bind=conn,
                class_=Session,
                expire_on_commit=False,
                join_transaction_mode="create_savepoint",
            ),
        )
    finally:
        outer.rollback()
        conn.close()
        engine.dispose()


def last_mail_sent_at(factory: SessionFactory) -> datetime | None:
    """When this database last sent mail to anyone (None = never)."""
    from sqlalchemy import func, select

    from agent.models import OutboundMessage, OutboundState

    with factory() as session:
        return session.execute(
            select(func.max(OutboundMessage.sent_at)).where(
                OutboundMessage.state == OutboundState.sent
            )
        ).scalar()


def clock_refusal(
    factory: SessionFactory, now: datetime | None, *, dry_run: bool, allow_skew: bool
) -> str | None:
    """Why ``--now`` must not act on this database, or None when it may."""
    if now is None or dry_run or allow_skew:
        return None
    real = datetime.now(UTC)
    skew = now - real
    if abs(skew) <= MAX_CLOCK_SKEW:
        return None
    last = last_mail_sent_at(factory)
    if last is None:
        return None
    hours = abs(skew).total_seconds() / 3600
    direction = "ahead of" if skew.total_seconds() > 0 else "behind"
    return (
        f"--now {now.isoformat(timespec='minutes')} is {hours:.1f} hours {direction} the real "
        f"clock, and this database has sent real mail (last at "
        f"{last.isoformat(timespec='minutes')}): acting now would send mail and write "
        "timestamps as if it were then. Add --dry-run to see what would happen, or "
        "--allow-clock-skew if this is a scratch database."
    )


class DryRunAgent(Agent):
    """One cycle that reads and decides like the real one but sends and moves nothing.

    ``report`` collects one line per thing that would happen, in order.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.report: list[str] = []
        self._listed: set[str] = set()

    def step_send(self, now: datetime) -> Any:
        from agent.outbox import preview_due

        summary = preview_due(self.session_factory, self.settings, now)
        # The cycle previews twice (before and after the cadence): list each mail once.
        summary.would_send = [m for m in summary.would_send if m not in self._listed]
        summary.held_details = [m for m in summary.held_details if m not in self._listed]
        summary.held = len(summary.held_details)
        self._listed.update(summary.would_send, summary.held_details)
        self.report.extend(f"would send {m}" for m in summary.would_send)
        self.report.extend(f"would hold {m}" for m in summary.held_details)
        return summary

    def step_mailbox(self, now: datetime) -> Any:
        if not self.settings.imap.username:
            return {"skipped": "no [imap] username configured"}
        return {"skipped": "dry run: the mailbox is not read (nothing is moved)"}

    def step_llm_retry(self, now: datetime) -> Any:
        return {"skipped": "dry run: the model is not asked"} if self.settings.llm.enabled else None

    def step_cadence(self, now: datetime) -> Any:
        from agent.cadence import run_cadence

        if not self.settings.imap.username:
            return super().step_cadence(now)  # nobody is chased: same answer as a real cycle
        # As if the mailbox held nothing new (it is not read in a dry run).
        result = run_cadence(self.session_factory, self.settings, now)
        self.report.extend(f"would queue follow-up for PO {n}" for n in result.follow_ups)
        self.report.extend(f"would escalate PO {n} to its buyer" for n in result.escalations)
        return result

    def step_writeback(self, now: datetime) -> Any:
        return {"skipped": "dry run: nothing is written back"}
