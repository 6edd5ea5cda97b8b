"""Engine, sessions and schema upgrades.

Every command that touches the database calls :func:`open_database`, which
upgrades the schema to the newest migration on first use in the process, so
``poagent migrate`` is never a required step (it exists to upgrade explicitly,
e.g. before starting several workers).
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, create_engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

SessionFactory = Callable[[], Session]

_upgraded: set[str] = set()
_upgrade_lock = threading.Lock()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    try:
        cursor.execute("PRAGMA busy_timeout=30000")  # wait for a lock instead of failing
        # WAL lets the daemon read while a command writes. The mode is kept in the file, so
        # only a new database switches; the switch needs the file to itself and SQLite does
        # not wait for that: processes starting together on a new file retry it.
        for attempt in range(200):
            mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() in ("wal", "memory"):
                break
            try:
                cursor.execute("PRAGMA journal_mode=WAL")
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or attempt == 199:
                    raise
                time.sleep(0.05)
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for ``url`` with the settings poagent relies on (SQLite pragmas, pre-ping)."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        connect_args = kwargs.pop("connect_args", {})
        connect_args.setdefault("check_same_thread", False)
        connect_args.setdefault("timeout", 30)
        engine = create_engine(url, connect_args=connect_args, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        # Use psycopg 3 (the installed driver) rather than SQLAlchemy's psycopg2 default.
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return create_engine(url, **kwargs)


def _scrub_before_flush(session: Any, _context: Any, _instances: Any) -> None:
    """No configured secret is ever written to the database (see agent.redact).

    One place for every table: an error text a server echoed (an exception reason, a send
    attempt's error, an LLM answer) is stored without the key or password in it.
    """
    from agent import redact

    if not redact.active():
        return
    from sqlalchemy import inspect as sa_inspect

    for obj in (*session.new, *session.dirty):
        state = sa_inspect(obj)
        for attr in state.mapper.column_attrs:
            value = getattr(obj, attr.key, None)
            if isinstance(value, str | dict | list):
                clean = redact.scrub_value(value)
                if clean != value:
                    setattr(obj, attr.key, clean)


event.listen(Session, "before_flush", _scrub_before_flush)


def session_factory(engine: Engine) -> SessionFactory:
    """A callable returning new sessions; objects stay usable after commit."""
    return sessionmaker(bind=engine, class_=Session, expire_on_commit=False)


def _alembic_config(url: str) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    # ConfigParser interpolation would choke on "%" in passwords.
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


# Alembic keeps its migration context in module globals: one migration per process at a time.
# (Across processes the database serializes them: see migrations/env.py.)
_alembic_lock = threading.RLock()


def upgrade(url: str, revision: str = "head") -> None:
    """Run the Alembic migrations on ``url`` up to ``revision`` (default: the newest)."""
    from alembic import command

    with _alembic_lock:
        command.upgrade(_alembic_config(url), revision)


def downgrade(url: str, revision: str) -> None:
    from alembic import command

    with _alembic_lock:
        command.downgrade(_alembic_config(url), revision)


def current_revision(url: str) -> str | None:
    """The migration the database is at (None = empty database)."""
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config("sqlite://")).get_current_head()
    assert head is not None
    return head


def ensure_schema(url: str) -> None:
    """Upgrade ``url`` to head once per process (cheap when already there)."""
    with _upgrade_lock:
        if url in _upgraded:
            return
        upgrade(url)
        _upgraded.add(url)


def open_database(url: str, *, migrate: bool = True) -> tuple[Engine, SessionFactory]:
    """Engine and session factory for ``url``, upgrading the schema first unless told not to."""
    if migrate:
        ensure_schema(url)
    engine = make_engine(url)
    return engine, session_factory(engine)


@contextmanager
def transaction(factory: SessionFactory) -> Iterator[Session]:
    """A session that commits when the block ends and rolls back on error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
