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
