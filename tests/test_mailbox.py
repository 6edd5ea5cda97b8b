"""The IMAP adapter against a real Dovecot server."""

from __future__ import annotations

import threading
import time

import pytest

from agent.config import ImapSettings
from agent.mailbox import PROCESSED_KEYWORD, Mailbox, MailboxError, connect_with_backoff

pytestmark = pytest.mark.dovecot


def _mail(n: int) -> bytes:
    return (
        f"From: Supplier <orders@supplier{n}.example>\r\n"
        f"To: agent@buyer.example\r\n"
        f"Subject: RE: PO 45000{n:05d} - please confirm\r\n"
        f"Message-ID: <reply-{n}@supplier.example>\r\n"
        f"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n"
        f"\r\n"
        f"Confirmed as per PO.\r\n"
    ).encode()


def _settings(dovecot, monkeypatch, **extra) -> ImapSettings:
    monkeypatch.setenv("TEST_IMAP_PASSWORD", dovecot.password)
    values = dict(
        host=dovecot.host,
        port=dovecot.port,
        security="none",
        username=dovecot.user,
        password_env="TEST_IMAP_PASSWORD",
        socket_timeout_seconds=5,
        idle_renew_seconds=1,
    )
    values.update(extra)
    return ImapSettings(**values)


def test_search_fetch_move_creates_folder(dovecot, monkeypatch):
    for n in (1, 2, 3):
        dovecot.append(_mail(n))
    with Mailbox(_settings(dovecot, monkeypatch)) as box:
        state = box.select()
        assert state.uidvalidity == dovecot.uidvalidity()
        uids = box.search_unprocessed()
        assert len(uids) == 3
        fetched = box.fetch(uids)
        assert [f.raw for f in fetched] == [_mail(1), _mail(2), _mail(3)]
        # PEEK: the mail stays unread for a human sharing the mailbox.
        assert all(b"\\Seen" not in f.flags for f in fetched)
        how = box.move(uids[:2], "Processed")
        assert how == "move"
        assert box.search_unprocessed() == uids[2:]
    assert "Processed" in dovecot.folders()
    assert dovecot.messages("Processed") == [_mail(1), _mail(2)]
    assert dovecot.messages("INBOX") == [_mail(3)]


def test_move_without_move_capability_copies_and_expunges(dovecot, monkeypatch):
    dovecot.append(_mail(1))
    dovecot.append(_mail(2))
    with Mailbox(_settings(dovecot, monkeypatch)) as box:
        # A server without MOVE (RFC 6851): Dovecot has it, so hide it.
        box._capabilities = box._capabilities - {b"MOVE"}
        box.select()
        uids = box.search_unprocessed()
        assert box.move(uids[:1], "Quarantine") == "copy"
        assert box.search_unprocessed() == uids[1:]
    assert dovecot.messages("Quarantine") == [_mail(1)]
    assert dovecot.messages("INBOX") == [_mail(2)]


def test_flagged_mail_is_not_searched_again(dovecot, monkeypatch):
    dovecot.append(_mail(1))
    with Mailbox(_settings(dovecot, monkeypatch)) as box:
        box.select()
        uids = box.search_unprocessed()
        box.flag_processed(uids)
        assert box.search_unprocessed() == []
        assert PROCESSED_KEYWORD in box.fetch(uids)[0].flags


def test_wrong_password_is_a_clear_error_without_the_password(dovecot, monkeypatch):
    settings = _settings(dovecot, monkeypatch)
    monkeypatch.setenv("TEST_IMAP_PASSWORD", "not-the-password-xyz")
    with pytest.raises(MailboxError) as err:
        Mailbox(settings).connect()
    assert "not-the-password-xyz" not in str(err.value)
    assert f"{dovecot.host}:{dovecot.port}" in str(err.value)


def test_connection_lost_then_reconnect_with_backoff(dovecot, monkeypatch):
    dovecot.append(_mail(1))
    settings = _settings(dovecot, monkeypatch)
    box = Mailbox(settings).connect()
    box.select()
    dovecot.stop()
    with pytest.raises(MailboxError):
        box.search_unprocessed()
    assert not box.connected
    slept: list[float] = []

    def sleep(delay: float) -> None:
        slept.append(delay)
        if len(slept) == 2:
            dovecot.start()

    box = connect_with_backoff(settings, attempts=5, base_delay=0.01, sleep=sleep)
    try:
        box.select()
        assert len(box.search_unprocessed()) == 1
    finally:
        box.close()
    # Two failed attempts, the second wait no shorter than the first.
    assert len(slept) == 2 and slept[1] >= slept[0]


def test_idle_wakes_on_new_mail(dovecot, monkeypatch):
    settings = _settings(dovecot, monkeypatch, idle_renew_seconds=2)
    with Mailbox(settings) as box:
        box.select()
        assert box.has("IDLE")
        timer = threading.Timer(0.5, dovecot.append, args=(_mail(7),))
        timer.start()
        started = time.monotonic()
        woke = box.wait_for_mail(20)
        timer.join()
        assert woke is True
        assert time.monotonic() - started < 10
        # IDLE was ended cleanly: the connection still answers commands.
        assert len(box.search_unprocessed()) == 1


def test_idle_renews_and_times_out_without_mail(dovecot, monkeypatch):
    settings = _settings(dovecot, monkeypatch, idle_renew_seconds=0.5)
    with Mailbox(settings) as box:
        box.select()
        started = time.monotonic()
        assert box.wait_for_mail(1.6) is False
        assert 1.4 < time.monotonic() - started < 5
        assert box.search_unprocessed() == []


def test_implicit_tls_and_starttls_verify_the_certificate(tmp_path, monkeypatch):
    import os
    import shutil
    import tempfile
    from pathlib import Path

    import trustme

    from tests.dovecot import DovecotServer, _require_dovecot

    binary = _require_dovecot()
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    root = Path(tempfile.mkdtemp(prefix="poagent-dovecot-tls-"))
    os.chmod(root, 0o755)
    cert_file, key_file, ca_file = root / "cert.pem", root / "key.pem", tmp_path / "ca.pem"
    cert.cert_chain_pems[0].write_to_path(str(cert_file))
    cert.private_key_pem.write_to_path(str(key_file))
    ca.cert_pem.write_to_path(str(ca_file))
    server = DovecotServer(root=root, binary=binary, tls=(str(cert_file), str(key_file)))
    try:
        server.start()
        server.append(_mail(1))
        for security, port in (("ssl", server.ssl_port), ("starttls", server.port)):
            settings = _settings(
                server, monkeypatch, security=security, port=port, ca_file=str(ca_file)
            )
            with Mailbox(settings) as box:
                box.select()
                assert len(box.search_unprocessed()) == 1
        # A certificate from a CA we do not trust is refused, never silently accepted.
        other = trustme.CA()
        other_file = tmp_path / "other.pem"
        other.cert_pem.write_to_path(str(other_file))
        settings = _settings(
            server, monkeypatch, security="ssl", port=server.ssl_port, ca_file=str(other_file)
        )
        with pytest.raises(MailboxError, match="certificate"):
            Mailbox(settings).connect()
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


def test_a_server_that_never_answers_times_out(monkeypatch):
    import socket

    # Accepts the TCP connection, never sends the IMAP greeting.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    try:
        monkeypatch.setenv("TEST_IMAP_PASSWORD", "x")
        settings = ImapSettings(
            host="127.0.0.1", port=listener.getsockname()[1], security="none", username="u",
            password_env="TEST_IMAP_PASSWORD", socket_timeout_seconds=1,
        )  # fmt: skip
        started = time.monotonic()
        with pytest.raises(MailboxError):
            Mailbox(settings).connect()
        assert time.monotonic() - started < 5
    finally:
        listener.close()
