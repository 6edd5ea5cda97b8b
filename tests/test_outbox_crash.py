"""The sender killed with SIGKILL between "queued" and "sent": restart delivers each mail once.

A real ``poagent send`` subprocess talks to aiosmtpd; the server holds the
connection at a chosen point so the kill lands exactly there.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import col, select

from agent.models import AttemptOutcome, OutboundMessage, OutboundState, SendAttempt
from tests.conftest import write_toml
from tests.test_outbox import import_docs, po_doc

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _config(tmp_path: Path, db_url: str, server, tls_ca) -> Path:
    return write_toml(
        tmp_path / "poagent.toml",
        {
            "company": {"name": "Buyer Example GmbH", "from_address": "purchasing@buyer.example"},
            "database": {"url": db_url},
            "schedule": {"business_hours_only": False},
            "smtp": {**server.smtp_settings(), "password_env": "POAGENT_TEST_SMTP_PASSWORD",
                     "ca_file": tls_ca.ca_file, "claim_timeout_seconds": 600},
        },
    )  # fmt: skip


def _send(config: Path, now: datetime, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(
        # A fixed --now on a database that has sent mail: a scratch database, said so.
        [sys.executable, "-m", "agent", "send", "--config", str(config), "--now", now.isoformat(),
         "--allow-clock-skew"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kwargs,
    )  # fmt: skip


def _kill_when_stalled(proc: subprocess.Popen, server) -> None:
    if not server.stalled.wait(60):
        proc.kill()
        out, err = proc.communicate()
        pytest.fail(f"sender never reached the server: {out.decode()} {err.decode()}")
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(30) == -signal.SIGKILL


def _rows(factory):
    with factory() as s:
        rows = s.exec(select(OutboundMessage).order_by(col(OutboundMessage.id))).all()
        attempts = s.exec(select(SendAttempt).order_by(col(SendAttempt.id))).all()
    return rows, attempts


def _setup(tmp_path, db_url, session_factory, smtp_server, settings_factory, tls_ca):
    settings = settings_factory(db_url, smtp_server)
    docs = [po_doc(number=f"450000000{n}") for n in (1, 2, 3)]
    import_docs(tmp_path, session_factory, settings, docs)
    return _config(tmp_path, db_url, smtp_server, tls_ca)


def test_killed_before_the_smtp_transaction_each_request_arrives_exactly_once(
    tmp_path, db_url, session_factory, smtp_server, settings_factory, tls_ca
):
    config = _setup(tmp_path, db_url, session_factory, smtp_server, settings_factory, tls_ca)
    # The first request goes through; the server then holds the second at MAIL FROM.
    smtp_server.stall_mail = threading.Event()
    smtp_server.stall_after = 1
    proc = _send(config, NOW)
    _kill_when_stalled(proc, smtp_server)
    rows, attempts = _rows(session_factory)
    assert [r.state for r in rows] == [OutboundState.sent, OutboundState.sending,
                                       OutboundState.queued]  # fmt: skip
    assert [a.outcome for a in attempts] == [AttemptOutcome.sent, AttemptOutcome.started]
    assert len(smtp_server.received) == 1

    release, smtp_server.stall_mail = smtp_server.stall_mail, None
    release.set()
    # Restarted at once: the row another sender may still be working on is left alone.
    proc = _send(config, NOW + timedelta(minutes=1))
    assert proc.wait(60) == 0, proc.communicate()
    rows, _ = _rows(session_factory)
    assert [r.state for r in rows] == [OutboundState.sent, OutboundState.sending,
                                       OutboundState.sent]  # fmt: skip
    # After the claim timeout the dead sender's row is taken over and delivered.
    proc = _send(config, NOW + timedelta(minutes=11))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    assert "taken over 1" in out.decode()

    received = smtp_server.wait_for(3)
    rows, attempts = _rows(session_factory)
    assert all(r.state == OutboundState.sent for r in rows)
    sent_ids = sorted(m.message["Message-ID"] for m in received)
    assert sent_ids == sorted(r.message_id for r in rows)  # each exactly once
    crashed = [a for a in attempts if a.outbound_id == rows[1].id]
    assert [a.outcome for a in crashed] == [AttemptOutcome.interrupted, AttemptOutcome.sent]
    # A run with nothing due sends nothing more.
    assert _send(config, NOW + timedelta(hours=2)).wait(60) == 0
    assert len(smtp_server.received) == 3


def test_killed_inside_the_transaction_resends_with_the_same_message_id(
    tmp_path, db_url, session_factory, smtp_server, settings_factory, tls_ca
):
    config = _setup(tmp_path, db_url, session_factory, smtp_server, settings_factory, tls_ca)
    # The server has the first message but has not said "250" yet when the sender dies.
    smtp_server.stall_data = threading.Event()
    smtp_server.stall_after = 0
    proc = _send(config, NOW)
    _kill_when_stalled(proc, smtp_server)
    release, smtp_server.stall_data = smtp_server.stall_data, None
    release.set()

    proc = _send(config, NOW + timedelta(minutes=11))
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err.decode()
    received = smtp_server.wait_for(4)
    rows, attempts = _rows(session_factory)
    assert all(r.state == OutboundState.sent for r in rows)
    ids = [m.message["Message-ID"] for m in received]
    # The ambiguous one arrived twice, as the same mail (same Message-ID: one thread).
    assert ids.count(rows[0].message_id) == 2
    assert sorted(set(ids)) == sorted(r.message_id for r in rows)
    first = [a for a in attempts if a.outbound_id == rows[0].id]
    assert [a.outcome for a in first] == [AttemptOutcome.interrupted, AttemptOutcome.sent]
    assert {a.message_id for a in first} == {rows[0].message_id}
    assert "server may have the mail" in (first[0].detail or "")
    json.dumps([a.detail for a in attempts])  # the log is plain data
