"""Migrations: empty database → head, and a database filled at 0001 keeps its data."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlmodel import SQLModel

import agent.models  # noqa: F401
from agent.db import current_revision, downgrade, head_revision, make_engine, upgrade


def test_empty_database_upgrades_to_head_and_matches_the_models(empty_db_url):
    assert current_revision(empty_db_url) is None
    upgrade(empty_db_url)
    assert current_revision(empty_db_url) == head_revision()
    engine = make_engine(empty_db_url)
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            # A model column without a migration (or the reverse) shows up here.
            assert compare_metadata(ctx, SQLModel.metadata) == []
    finally:
        engine.dispose()
    upgrade(empty_db_url)  # running again is harmless
    assert current_revision(empty_db_url) == head_revision()


def test_database_filled_at_0001_keeps_its_data(empty_db_url):
    upgrade(empty_db_url, "0001")
    engine = make_engine(empty_db_url)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO suppliers (id, name, emails, domains, alternate_emails, locale,"
                    " created_at, updated_at) VALUES ('ACME', 'Acme', '[\"o@acme.example\"]',"
                    " '[]', '[]', 'en-GB', '2026-11-01 10:00:00', '2026-11-01 10:00:00')"
                )
            )
            conn.execute(
                text(
                    "INSERT INTO purchase_orders (po_number, revision, supplier_id, currency,"
                    " ack_state, content_hash, follow_ups_sent, created_at, updated_at)"
                    " VALUES ('4500012345', 2, 'ACME', 'USD', 'requested', 'abc', 1,"
                    " '2026-11-01 10:00:00', '2026-11-01 10:00:00')"
                )
            )
            conn.execute(
                text(
                    'INSERT INTO outbound_messages (kind, message_id, "references", recipients,'
                    " subject, body_text, state, attempts, created_at, updated_at) VALUES"
                    " ('request', '<m1@buyer.example>', '[]', '[\"o@acme.example\"]', 's', 'b',"
                    " 'queued', 0, '2026-11-01 10:00:00', '2026-11-01 10:00:00')"
                )
            )
        upgrade(empty_db_url)
        assert current_revision(empty_db_url) == head_revision()
        with engine.connect() as conn:
            row = conn.execute(
                text("SELECT po_number, revision, ack_state FROM purchase_orders")
            ).one()
            assert tuple(row) == ("4500012345", 2, "requested")
            assert conn.execute(text("SELECT count(*) FROM outbound_messages")).scalar() == 1
        names = {ix["name"] for ix in inspect(engine).get_indexes("outbound_messages")}
        assert "ix_outbound_messages_due" in names
        # And back down: 0002 is reversible without touching data.
        downgrade(empty_db_url, "0001")
        names = {ix["name"] for ix in inspect(engine).get_indexes("outbound_messages")}
        assert "ix_outbound_messages_due" not in names
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM purchase_orders")).scalar() == 1
    finally:
        engine.dispose()


def test_migrate_command_upgrades_and_reports(tmp_path, capsys):
    from agent.cli import main
    from tests.conftest import write_toml

    url = f"sqlite:///{tmp_path / 'm.db'}"
    config = write_toml(tmp_path / "c.toml", {"database": {"url": url}})
    assert main(["migrate", "--config", str(config), "--to", "0001"]) == 0
    assert "upgraded empty -> 0001" in capsys.readouterr().out
    assert main(["migrate", "--config", str(config)]) == 0
    assert f"upgraded 0001 -> {head_revision()}" in capsys.readouterr().out
    assert main(["migrate", "--config", str(config)]) == 0
    assert f"already at {head_revision()}" in capsys.readouterr().out


def test_several_processes_upgrading_at_once_all_succeed(empty_db_url, tmp_path):
    # Workers starting together each run the migrations: on PostgreSQL an advisory lock
    # makes the others wait, on SQLite the write lock taken first does.
    import subprocess
    import sys
    from pathlib import Path

    from tests.conftest import write_toml

    config = write_toml(tmp_path / "c.toml", {"database": {"url": empty_db_url}})
    root = Path(__file__).resolve().parent.parent
    procs = [
        subprocess.Popen([sys.executable, "-m", "agent", "migrate", "--config", str(config)],
                         cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(4)
    ]  # fmt: skip
    results = [(p.wait(120), p.stderr.read().decode()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert [code for code, _ in results] == [0, 0, 0, 0], results
    assert current_revision(empty_db_url) == head_revision()


def test_threads_upgrading_in_one_process_take_turns(empty_db_url):
    import threading

    errors: list[BaseException] = []

    def run() -> None:
        try:
            upgrade(empty_db_url)
        except BaseException as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    assert current_revision(empty_db_url) == head_revision()


def test_0007_moves_the_old_by_number_po_entries_to_the_id(empty_db_url):
    """A PO's history becomes one trail; nothing is lost, an unknown number stays."""
    upgrade(empty_db_url, "0005_import_perf")
    engine = make_engine(empty_db_url)
    at = "'2026-11-01 10:00:00'"
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO suppliers (id, name, emails, domains, alternate_emails, locale,"
                    f" created_at, updated_at) VALUES ('ACME', 'Acme', '[]', '[]', '[]', 'en-GB',"
                    f" {at}, {at})"
                )
            )
            # PO "2" has id 7; id 2 is the other PO: an all-digit number can be an id.
            for po_id, number in ((2, "4500012345"), (7, "2")):
                conn.execute(
                    text(
                        "INSERT INTO purchase_orders (id, po_number, revision, supplier_id,"
                        " currency, ack_state, content_hash, follow_ups_sent, created_at,"
                        f" updated_at) VALUES ({po_id}, '{number}', 0, 'ACME', 'USD',"
                        f" 'requested', 'h', 0, {at}, {at})"
                    )
                )
            entries = [
                ("2", "created", "importer"),  # written by id: stays
                ("2", "requested", "system"),
                ("4500012345", "follow_up_queued", "cadence"),  # by number: moves to the id
                ("4500012345", "ack_state", "workflow"),
                ("2", "absence_noted", "workflow"),  # number "2" -> id 7
                ("4599999999", "escalated", "cadence"),  # no such PO: stays as it is
            ]
            for entity_id, action, actor in entries:
                conn.execute(
                    text(
                        "INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES"
                        f" ({at}, '{actor}', 'purchase_order', '{entity_id}', '{action}')"
                    )
                )
            conn.execute(
                text(
                    "INSERT INTO audit_log (at, actor, entity, entity_id, action) VALUES"
                    f" ({at}, 'workflow', 'exception', '4500012345', 'ack_state')"
                )
            )

        def subjects() -> list[tuple[str, str, str]]:
            with engine.connect() as conn:
                return [
                    tuple(r)
                    for r in conn.execute(
                        text("SELECT entity, entity_id, action FROM audit_log ORDER BY id")
                    ).all()
                ]

        upgrade(empty_db_url)
        assert subjects() == [
            ("purchase_order", "2", "created"),
            ("purchase_order", "2", "requested"),
            ("purchase_order", "2", "follow_up_queued"),
            ("purchase_order", "2", "ack_state"),
            ("purchase_order", "7", "absence_noted"),
            ("purchase_order", "4599999999", "escalated"),
            ("exception", "4500012345", "ack_state"),  # another entity: not touched
        ]
        downgrade(empty_db_url, "0005_import_perf")
        assert [s[1] for s in subjects()] == [e[0] for e in entries] + ["4500012345"]
    finally:
        engine.dispose()
