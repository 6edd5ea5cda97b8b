"""Processes that open a new SQLite file together: switching it to WAL needs the file to
itself, and SQLite fails that at once (no busy wait) while another connection holds a write
lock. `make_engine` waits for the switch instead of failing (found as a one-in-a-dozen
"database is locked" of `poagent migrate` run by several workers at once)."""

from __future__ import annotations

import sqlite3
import threading
import time

from sqlalchemy import text

from agent.db import make_engine


def test_a_new_file_locked_by_another_writer_is_waited_for(tmp_path) -> None:
    path = tmp_path / "new.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("CREATE TABLE t (x)")  # a new file, still in the rollback-journal mode
    other.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release() -> None:
        time.sleep(0.5)
        other.execute("COMMIT")
        released.set()

    threading.Thread(target=release, daemon=True).start()
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            mode = conn.execute(text("PRAGMA journal_mode")).scalar()
            assert released.is_set()
            assert mode == "wal"
    finally:
        engine.dispose()
        other.close()
