"""Mailbox ingestion against Dovecot: store, dedupe, claim, retry, quarantine, move after commit."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from agent.ingest import claim, load_raw, poll_once, register, sha256
from agent.mailbox import Mailbox
from agent.models import (
    AuditLog,
    Confirmation,
    ExceptionType,
    InboundMessage,
    InboundState,
    MailboxState,
    POException,
    PurchaseOrder,
)
from tests.loop_helpers import seed_po

pytestmark = pytest.mark.dovecot

NOW = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)


def mail(
    n: int, body: str = "We confirm the order as per PO.", message_id: str | None = "auto"
) -> bytes:
    mid = f"Message-ID: <reply-{n}@acme.example>\r\n" if message_id == "auto" else (
        f"Message-ID: {message_id}\r\n" if message_id else "")  # fmt: skip
    return (
        "From: Acme Orders <orders@acme.example>\r\n"
        "To: purchasing@buyer.example\r\n"
        "Subject: RE: PO 4500000001 - please confirm\r\n"
        f"Date: Tue, 03 Nov 2026 0{n % 10}:00:00 +0000\r\n"
        f"{mid}"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        f"Hello,\r\n\r\n{body}\r\n\r\nJohn\r\n"
    ).encode()


@pytest.fixture
def env(dovecot, session_factory, settings_factory, db_url, monkeypatch, tmp_path):
    monkeypatch.setenv("POAGENT_TEST_IMAP_PASSWORD", dovecot.password)

    def make(**imap):
        return settings_factory(
            db_url=db_url,
            imap={
                "host": dovecot.host,
                "port": dovecot.port,
                "security": "none",
                "username": dovecot.user,
                "password_env": "POAGENT_TEST_IMAP_PASSWORD",
                "socket_timeout_seconds": 5,
                "max_attempts": 3,
                "retry_base_seconds": 60,
                **imap,
            },
        )

    with session_factory() as s:
        seed_po(s, "4500000001", supplier_id="ACME", supplier_email="orders@acme.example",
                lines=[("A-1", "10", "5.00", date(2027, 1, 10))])  # fmt: skip
        s.commit()
    return make


def inbound(s):
    return list(s.execute(select(InboundMessage).order_by(InboundMessage.id)).scalars())


def test_mail_is_stored_applied_and_moved_once(env, dovecot, session_factory):
    settings = env()
    dovecot.append(mail(1))
    with Mailbox(settings.imap) as box:
        summary = poll_once(box, session_factory, settings, NOW)
        assert (summary.new, summary.processed, summary.moved) == (1, 1, 1)
        again = poll_once(box, session_factory, settings, NOW + timedelta(minutes=1))
        assert (again.new, again.processed, again.moved) == (0, 0, 0)
    assert dovecot.messages("INBOX") == []
    assert dovecot.messages("Processed") == [mail(1)]
    with session_factory() as s:
        (row,) = inbound(s)
        assert row.state == InboundState.processed and row.kind == "confirmation"
        assert row.mailbox_action_done and row.attempts == 1
        assert load_raw(row) == mail(1) and row.sha256 == sha256(mail(1))
        assert row.message_id == "<reply-1@acme.example>"
        assert len(s.execute(select(Confirmation)).scalars().all()) == 1
        actions = [a.action for a in s.execute(select(AuditLog).where(AuditLog.entity == "inbound_message"))
                   .scalars()]  # fmt: skip
        assert actions[:3] == ["fetched", "claimed", "processed"] and "mailbox_move" in actions


def test_message_store_directory(env, dovecot, session_factory, tmp_path):
    store = tmp_path / "store"
    settings = env(message_store=str(store))
    dovecot.append(mail(2))
    with Mailbox(settings.imap) as box:
        poll_once(box, session_factory, settings, NOW)
    with session_factory() as s:
        (row,) = inbound(s)
        assert row.raw is None and row.store_path
        assert Path(row.store_path).read_bytes() == mail(2)
        assert Path(row.store_path).is_relative_to(store)
        assert load_raw(row) == mail(2)


def test_same_mail_twice_is_applied_once(env, dovecot, session_factory):
    settings = env()
    dovecot.append(mail(3))
    dovecot.append(mail(3))
    # Without a Message-ID the content hash identifies the copies.
    dovecot.append(mail(4, "Confirmed as per PO, all lines.", message_id=None))
    dovecot.append(mail(4, "Confirmed as per PO, all lines.", message_id=None))
    with Mailbox(settings.imap) as box:
        summary = poll_once(box, session_factory, settings, NOW)
    assert summary.new == 4 and summary.duplicates == 2 and summary.processed == 2
    assert dovecot.messages("INBOX") == []
    assert len(dovecot.messages("Processed")) == 4
    with session_factory() as s:
        rows = inbound(s)
        assert [r.kind for r in rows].count("duplicate") == 2
        assert len(s.execute(select(Confirmation)).scalars().all()) == 2


def test_uidvalidity_reset_is_neither_skipped_nor_repeated(env, dovecot, session_factory):
    settings = env()
    dovecot.append(mail(5))
    dovecot.append(mail(6, "Can you send the drawing first?"))
    calls = []

    def failing_first(session, row, raw, settings_, now):
        from agent.workflow import process_inbound

        calls.append(row.message_id)
        if len(calls) <= 2:
            raise RuntimeError("database hiccup")
        return process_inbound(session, row, raw, settings_, now)

    with Mailbox(settings.imap) as box:
        first = poll_once(box, session_factory, settings, NOW, process=failing_first)
    assert first.retried == 2 and dovecot.messages("INBOX") != []
    old_validity = dovecot.uidvalidity()
    dovecot.reset_uidvalidity()
    assert dovecot.uidvalidity() != old_validity
    dovecot.append(mail(7))
    with Mailbox(settings.imap) as box:
        second = poll_once(
            box, session_factory, settings, NOW + timedelta(hours=1), process=failing_first
        )
    assert second.duplicates == 0 and second.new == 3 and second.processed == 3
    assert dovecot.messages("INBOX") == []
    with session_factory() as s:
        rows = inbound(s)
        assert len(rows) == 3
        assert {r.state for r in rows} == {InboundState.processed}
        assert {r.uidvalidity for r in rows} == {dovecot.uidvalidity()}
        state = s.execute(select(MailboxState)).scalar_one()
        assert state.uidvalidity == dovecot.uidvalidity()
        assert s.execute(select(AuditLog).where(AuditLog.action == "uidvalidity_changed")).first()
        # Two confirmations (mails 5 and 7), one question for review; nothing twice.
        assert len(s.execute(select(Confirmation)).scalars().all()) == 2


def test_failures_retry_with_backoff_then_quarantine(env, dovecot, session_factory):
    settings = env()
    dovecot.append(mail(8))

    def broken(session, row, raw, settings_, now):
        raise ValueError("cannot parse this")

    t = NOW
    with Mailbox(settings.imap) as box:
        assert poll_once(box, session_factory, settings, t, process=broken).retried == 1
        with session_factory() as s:
            (row,) = inbound(s)
            assert row.state == InboundState.retrying and row.attempts == 1
            assert row.next_attempt_at == t + timedelta(seconds=60)
            assert "cannot parse this" in row.last_error
        # Not due yet: nothing happens.
        assert (
            poll_once(
                box, session_factory, settings, t + timedelta(seconds=30), process=broken
            ).retried
            == 0
        )
        assert (
            poll_once(
                box, session_factory, settings, t + timedelta(seconds=61), process=broken
            ).retried
            == 1
        )
        with session_factory() as s:
            assert inbound(s)[0].next_attempt_at == t + timedelta(seconds=61 + 120)
        summary = poll_once(box, session_factory, settings, t + timedelta(hours=1), process=broken)
        assert summary.quarantined == 1
    assert dovecot.messages("INBOX") == []
    assert dovecot.messages("Quarantine") == [mail(8)]
    with session_factory() as s:
        (row,) = inbound(s)
        assert row.state == InboundState.quarantined and row.attempts == 3
        (exc,) = s.execute(select(POException)).scalars().all()
        assert exc.type == ExceptionType.quarantined and exc.inbound_message_id == row.id
        assert "cannot parse this" in exc.evidence
        assert load_raw(row) == mail(8)  # kept for a person and for `poagent reprocess`


def test_only_one_worker_wins_a_claim(env, session_factory):
    settings = env()
    row = register(session_factory, settings, account="a", folder="INBOX", uidvalidity=1, uid=1,
                   raw=mail(9), now=NOW)  # fmt: skip
    assert row is not None
    # The same position registered again (another worker fetched it too) is refused.
    assert register(session_factory, settings, account="a", folder="INBOX", uidvalidity=1, uid=1,
                    raw=mail(9), now=NOW) is None  # fmt: skip
    wins = []
    barrier = threading.Barrier(6)

    def worker(n):
        barrier.wait()
        if claim(session_factory, row.id, NOW, f"otherhost:{1000 + n}"):
            wins.append(n)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(wins) == 1
    with session_factory() as s:
        assert s.get(InboundMessage, row.id).attempts == 1


def test_claim_of_a_dead_process_is_taken_over(env, session_factory):
    settings = env()
    row = register(session_factory, settings, account="a", folder="INBOX", uidvalidity=1, uid=2,
                   raw=mail(10), now=NOW)  # fmt: skip
    import socket

    dead = f"{socket.gethostname()}:999999"  # no such pid
    assert claim(session_factory, row.id, NOW, dead)
    alive = f"{socket.gethostname()}:1"  # pid 1 is alive
    with session_factory() as s:
        r = s.get(InboundMessage, row.id)
        r.claimed_by = alive
        s.commit()
    assert not claim(session_factory, row.id, NOW, "me:2")
    with session_factory() as s:
        r = s.get(InboundMessage, row.id)
        r.claimed_by = dead
        s.commit()
    assert claim(session_factory, row.id, NOW, "me:2")
    with session_factory() as s:
        assert s.get(InboundMessage, row.id).attempts == 2


def test_reprocess_command(env, dovecot, session_factory, tmp_path):
    from tests.conftest import write_toml

    settings = env()
    dovecot.append(mail(11, "Line 1: delivery on Feb 15, 2027."))
    with Mailbox(settings.imap) as box:
        poll_once(box, session_factory, settings, NOW)
    config = write_toml(tmp_path / "c.toml", {"database": {"url": settings.database.url}})
    import subprocess
    import sys

    poagent = str(Path(sys.executable).with_name("poagent"))
    proc = subprocess.run([poagent, "reprocess", "<reply-11@acme.example>", "--config", str(config),
                           "--now", "2026-11-04T10:00:00Z"], capture_output=True, text=True)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert "confirmation" in proc.stdout
    missing = subprocess.run([poagent, "reprocess", "<nope@x>", "--config", str(config)],
                             capture_output=True, text=True)  # fmt: skip
    assert missing.returncode == 1 and "no stored message" in missing.stderr
    with session_factory() as s:
        versions = [
            c.version
            for c in s.execute(select(Confirmation).order_by(Confirmation.version)).scalars()
        ]
        assert versions == [1, 2]
        po = s.execute(select(PurchaseOrder)).scalar_one()
        assert po.po_number == "4500000001"


def test_two_workers_on_one_mailbox_apply_each_mail_once(env, dovecot, session_factory):
    settings = env()
    for n in range(20, 26):
        dovecot.append(mail(n))
    dovecot.append(mail(20))  # a second copy
    results = []
    barrier = threading.Barrier(3)

    def work(name: str) -> None:
        with Mailbox(settings.imap) as box:
            barrier.wait()
            results.append(poll_once(box, session_factory, settings, NOW, worker=f"{name}:1"))

    threads = [threading.Thread(target=work, args=(f"worker{n}",)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(r.processed for r in results) == 6
    assert sum(r.duplicates for r in results) == 1
    with Mailbox(settings.imap) as box:
        assert poll_once(box, session_factory, settings, NOW).processed == 0
    assert dovecot.messages("INBOX") == []
    with session_factory() as s:
        assert len(s.execute(select(Confirmation)).scalars().all()) == 6
        assert {r.state for r in inbound(s)} == {InboundState.processed}
