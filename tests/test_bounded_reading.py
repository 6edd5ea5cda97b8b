"""One mail can never stop the rest of the agent.

The daemon reads each mail in a child process under ``[reading] max_seconds`` and
``max_memory_mb`` (agent.sandbox). Here a real daemon (``poagent run``) on Dovecot, aiosmtpd
and a real database gets a mail that takes far longer to read than its budget (a hundred
PDF order confirmations of fifty pages each, all of which the reader really parses), among
ordinary replies: the others are applied, new requests go out meanwhile, the heavy mail is
quarantined once with the reason, and SIGTERM is honoured within seconds even mid-mail.
"""

from __future__ import annotations

import signal
import subprocess
import time
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from sqlalchemy import select

from agent.models import (
    Confirmation,
    ExceptionType,
    InboundMessage,
    InboundState,
    POException,
)
from agent.sandbox import MAX_SENT_BYTES, BudgetExceeded, Child, run_bounded
from tests.loop_helpers import LoopHarness, import_pos, po_json, reply
from tests.mailkit.pdf import text_pdf

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
CONFIRM = "Hello,\n\nWe confirm the order as per PO.\n\nRegards\nJohn"


def _spin(_: int) -> int:
    while True:
        pass


def _hog(n: int) -> int:
    return len(bytearray(n))


def test_the_budget_stops_runaway_work_in_time_and_memory():
    started = time.monotonic()
    with pytest.raises(BudgetExceeded, match="longer than 1 s"):
        run_bounded(_spin, 0, seconds=1, memory_bytes=0)
    assert time.monotonic() - started < 10
    with pytest.raises(BudgetExceeded, match="more than 1024 MB"):
        run_bounded(_hog, 4 * 2**30, seconds=30, memory_bytes=2**30)
    assert run_bounded(_hog, 1000, seconds=30, memory_bytes=2**30) == 1000


def _pid_and_blob(size: int) -> tuple[int, bytes]:
    import os

    return os.getpid(), b"x" * size


def _pid_and_size(previous: tuple[int, bytes]) -> tuple[int, int]:
    import os

    return os.getpid(), len(previous[1])


def _call(fn):  # noqa: ANN001, ANN202
    return fn()


def test_one_child_does_the_pieces_of_one_mail_each_within_the_budget():
    import os

    with Child(seconds=2, memory_bytes=2**30) as child:
        # The first piece's result stays in the child: the next piece gets it without
        # sending it back (2 MB would not be sent: MAX_SENT_BYTES), in the same process.
        first = child.run(_pid_and_blob, 2 * MAX_SENT_BYTES)
        assert first[0] != os.getpid()
        assert child.run(_pid_and_size, first) == (first[0], 2 * MAX_SENT_BYTES)
        # Arguments too big to send go to a fresh fork, which inherits them.
        pid, size = child.run(_pid_and_size, (0, b"y" * (MAX_SENT_BYTES + 1)))
        assert pid not in (first[0], os.getpid()) and size == MAX_SENT_BYTES + 1
        # So do arguments that do not pickle (a fork inherits them as they are).
        child.run(_pid_and_blob, 10)
        assert child.run(_call, lambda: 7) == 7
        started = time.monotonic()
        with pytest.raises(BudgetExceeded, match="longer than 2 s"):
            child.run(_spin, 0)
        assert time.monotonic() - started < 10
        with pytest.raises(BudgetExceeded, match="more than 1024 MB"):
            child.run(_hog, 4 * 2**30)
        assert child.run(_hog, 1000) == 1000


def numbered_pdf(pages: int, lines: int = 40) -> bytes:
    """A plain PDF with a real text layer: ``pages`` pages of ``lines`` lines each."""
    return text_pdf(
        [
            [f"Pos {p * lines + i:05d} ITEM-{i:04d} qty {i + 1} price {i}.50" for i in range(lines)]
            for p in range(pages)
        ]
    )


def heavy_reply(original: EmailMessage, sender: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = str(original["From"])
    msg["Subject"] = f"RE: {original['Subject']}"
    msg["Date"] = format_datetime(T0 + timedelta(hours=2))
    msg["Message-ID"] = make_msgid(domain="supplier01.example")
    msg["In-Reply-To"] = str(original["Message-ID"])
    msg.set_content("Please find our order confirmations attached.")
    pdf = numbered_pdf(50)
    for i in range(100):
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"oc-{i}.pdf")
    return bytes(msg)


def wait_until(check, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.25)
    raise AssertionError(f"condition not met within {timeout}s")


def requests_by_po(smtp) -> dict[str, EmailMessage]:
    out: dict[str, EmailMessage] = {}
    for m in smtp.messages():
        subject = str(m["Subject"])
        if not subject.lower().startswith("re"):
            for word in subject.split():
                if word.startswith("45000"):
                    out.setdefault(word, m)
    return out


def _pos(first: int, last: int) -> list[dict]:
    return [
        po_json(f"45000{i:05d}", f"SUP{i:02d}", f"orders@supplier{i:02d}.example",
                [(f"ITEM-{i}", "10", "12.50", "2027-01-15")])
        for i in range(first, last + 1)
    ]  # fmt: skip


@pytest.fixture
def harness_for(db_url, smtp_server, dovecot, tmp_path, tls_ca):
    def make(max_seconds: float) -> LoopHarness:
        h = LoopHarness(
            db_url=db_url, smtp=smtp_server, dovecot=dovecot, tmp_path=tmp_path,
            ca_file=tls_ca.ca_file,
            extra={"imap": {"poll_interval_seconds": 1, "retry_base_seconds": 1},
                   "schedule": {"send_interval_seconds": 1},
                   "reading": {"max_seconds": max_seconds}},
        )  # fmt: skip
        import_pos(h, tmp_path, _pos(1, 4), T0)
        h.run_once(T0)
        return h

    return make


@pytest.mark.dovecot
@pytest.mark.slow
def test_a_mail_over_its_budget_is_quarantined_while_the_rest_goes_on(
    harness_for, session_factory, smtp_server, dovecot, tmp_path
):
    harness = harness_for(max_seconds=3)
    requests = requests_by_po(smtp_server)
    assert len(requests) == 4
    proc = subprocess.Popen(
        harness.command("run", "--now", (T0 + timedelta(hours=3)).isoformat(), "--allow-clock-skew",
                        "--config", str(harness.config)),
        env=harness.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        dovecot.append(heavy_reply(requests["4500000001"], "orders@supplier01.example"))
        for i in (2, 3, 4):
            dovecot.append(reply(requests[f"45000{i:05d}"], CONFIRM, when=T0 + timedelta(hours=2)))
        # New POs arrive while the mailbox is busy: their requests still go out.
        import_pos(harness, tmp_path, _pos(5, 6), T0 + timedelta(hours=3))
        wait_until(lambda: {"4500000005", "4500000006"} <= set(requests_by_po(smtp_server)), 60)

        def done() -> bool:
            with session_factory() as s:
                confs = s.execute(select(Confirmation)).scalars().all()
                quarantined = (
                    s.execute(
                        select(POException).where(POException.type == ExceptionType.quarantined)
                    )
                    .scalars()
                    .all()
                )
                return len(confs) == 3 and len(quarantined) == 1

        wait_until(done, 120)
        stop_started = time.monotonic()
    finally:
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-3000:]
    assert time.monotonic() - stop_started < 15
    with session_factory() as s:
        (exc,) = s.execute(
            select(POException).where(POException.type == ExceptionType.quarantined)
        ).scalars()
        assert "reading took longer than 3 s" in exc.evidence
        heavy = s.get(InboundMessage, exc.inbound_message_id)
        assert heavy.state == InboundState.quarantined and heavy.attempts == 1
        applied = {c.po_id for c in s.execute(select(Confirmation)).scalars()}
        assert len(applied) == 3
    # A restart does not read it again.
    proc = harness.run_once(T0 + timedelta(hours=4))
    assert "quarantined=0" in proc.stdout


@pytest.mark.dovecot
@pytest.mark.slow
def test_sigterm_mid_mail_stops_within_seconds_and_loses_nothing(
    harness_for, session_factory, smtp_server, dovecot
):
    harness = harness_for(max_seconds=600)
    requests = requests_by_po(smtp_server)
    proc = subprocess.Popen(
        harness.command("run", "--now", (T0 + timedelta(hours=3)).isoformat(), "--allow-clock-skew",
                        "--config", str(harness.config)),
        env=harness.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        dovecot.append(heavy_reply(requests["4500000001"], "orders@supplier01.example"))

        def claimed() -> bool:
            with session_factory() as s:
                rows = s.execute(select(InboundMessage)).scalars().all()
                return any(r.state == InboundState.claimed for r in rows)

        wait_until(claimed, 60)
        time.sleep(1)
    finally:
        stop_started = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err[-3000:]
    assert time.monotonic() - stop_started < 10, "SIGTERM not honoured mid-mail"
    with session_factory() as s:
        (row,) = s.execute(select(InboundMessage)).scalars()
        # Abandoned, not failed: still there to be read after the restart.
        assert row.state in (InboundState.claimed, InboundState.fetched, InboundState.retrying)
        assert not s.execute(select(POException)).scalars().all()


def test_finished_children_are_reaped_by_the_next_one():
    import multiprocessing

    for _ in range(5):
        with Child(seconds=30, memory_bytes=0) as child:
            child.run(_hog, 10)
    # Not joined when closed: each is reaped, once it has died, when a later one starts
    # (or by active_children(), or at exit); none is left behind.
    deadline = time.monotonic() + 10
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert multiprocessing.active_children() == []


def _full_collection_walks() -> int:
    import gc

    return len(gc.get_objects())


def test_a_child_never_walks_the_objects_it_inherited():
    import gc

    # Everything the daemon had when it forked is frozen in the child: a collection there
    # does not touch (and copy) the daemon's heap.
    assert (
        run_bounded(_full_collection_walks, seconds=30, memory_bytes=0)
        < len(gc.get_objects()) // 10
    )
    with Child(seconds=30, memory_bytes=0) as child:
        child.run(_hog, 10)
        assert child.run(_full_collection_walks) < len(gc.get_objects()) // 10


_KILLED_DAEMON = """
import os, sys, time
from agent.db import make_engine, session_factory
from agent.ingest import mailbox_lease
from agent.sandbox import Child

with mailbox_lease(session_factory(make_engine(sys.argv[1])), "acct", "INBOX") as mine:
    assert mine
    child = Child(seconds=300, memory_bytes=0)
    child.run(os.getpid)
    if sys.argv[2] == "busy":
        child._jobs.send_bytes(__import__("pickle").dumps((time.sleep, (300,))))
    print(child._proc.pid, flush=True)
    time.sleep(300)
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            # A zombie waiting for init to reap it holds nothing any more.
            return fh.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


@pytest.mark.parametrize("state", ["idle", "busy"])
def test_a_reading_child_dies_with_a_killed_daemon_and_frees_the_mailbox(tmp_path, state):
    import os
    import sys

    from agent.db import make_engine, session_factory
    from agent.ingest import mailbox_lease

    url = f"sqlite:///{tmp_path / 'agent.db'}"
    daemon = subprocess.Popen(
        [sys.executable, "-c", _KILLED_DAEMON, url, state],
        stdout=subprocess.PIPE,
        text=True,
        cwd=os.getcwd(),
    )
    try:
        child_pid = int(daemon.stdout.readline())
        daemon.send_signal(signal.SIGKILL)
        daemon.wait(10)
    finally:
        daemon.kill()
    deadline = time.monotonic() + 10
    while not _gone(child_pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(child_pid), "the reading child outlived the daemon that was killed"
    # What a restarted daemon notices: the mailbox is free to read again.
    with mailbox_lease(session_factory(make_engine(url)), "acct", "INBOX", wait=5) as mine:
        assert mine
