"""The real daemon against Dovecot and a webhook receiver: reply appended → POST received.

Shared by tests/test_latency.py and benchmarks/bench_latency.py. The POs are
seeded straight into the database as if their requests went out an hour ago
(a sent request each, whose Message-ID the reply threads on), so the daemon
starts in the steady state: nothing to send, nothing to chase, 1,000 open POs
for the cadence pass to look at every minute.
"""

from __future__ import annotations

import contextlib
import json
import signal
import subprocess
import time
from datetime import UTC, date, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from agent.models import AckState, OutboundKind, OutboundMessage, OutboundState
from tests.loop_helpers import LoopHarness, seed_po
from tests.test_webhook import SECRET, Receiver

BUYER = "dana.ruiz@buyer.example"


def supplier_of(n: int) -> tuple[str, str]:
    """(supplier id, address) of PO number ``n``: one supplier per four POs."""
    sid = f"SUP{n // 4:05d}"
    return sid, f"orders@{sid.lower()}.example"


def po_number(n: int) -> str:
    return f"46{n:08d}"


def request_id(n: int) -> str:
    return f"<po-{po_number(n)}.r0.request@buyer.example>"


def seed_open_pos(factory: Any, count: int, requested_at: datetime) -> None:
    """``count`` POs of three lines, each with its request sent at ``requested_at``."""
    with factory() as session:
        for n in range(count):
            sid, address = supplier_of(n)
            po = seed_po(
                session,
                po_number(n),
                supplier_id=sid,
                supplier_email=address,
                lines=[
                    (f"ITEM-{n}-{line}", str(10 * line), "12.50", date(2027, 1, 15))
                    for line in (1, 2, 3)
                ],
                buyer_email=BUYER,
                now=requested_at,
            )
            po.ack_state = AckState.requested
            po.requested_at = requested_at
            session.add(
                OutboundMessage(
                    kind=OutboundKind.request,
                    po_id=po.id,
                    po_revision=0,
                    buyer_id=po.buyer_id,
                    message_id=request_id(n),
                    recipients=[address],
                    subject=f"PO {po_number(n)} - please confirm",
                    body_text="Please confirm the attached purchase order.",
                    state=OutboundState.sent,
                    sent_at=requested_at,
                    due_key=f"request:{po_number(n)}:r0",
                    created_at=requested_at,
                    updated_at=requested_at,
                )
            )
            if n % 250 == 249:
                session.commit()
        session.commit()


def confirmation_reply(n: int, when: datetime) -> bytes:
    """The supplier's plain "we confirm" answer to PO ``n``'s request."""
    sid, address = supplier_of(n)
    return (
        f"From: Orders <{address}>\r\nTo: purchasing@buyer.example\r\n"
        f"Subject: RE: PO {po_number(n)} - please confirm\r\n"
        f"Date: {format_datetime(when)}\r\n"
        f"Message-ID: <reply-{n}-{int(when.timestamp() * 1000)}@{sid.lower()}.example>\r\n"
        f"In-Reply-To: {request_id(n)}\r\nReferences: {request_id(n)}\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hello,\r\n\r\nWe confirm the order as per PO, all lines on the requested dates.\r\n"
        "\r\nRegards\r\nJohn\r\n"
    ).encode()


def delivery_key(n: int) -> str:
    return f"{po_number(n)}:r0:v1"


class Daemon:
    """``poagent run`` (the real process) with write-back to ``receiver``."""

    def __init__(
        self,
        *,
        db_url: str,
        smtp: Any,
        dovecot: Any,
        receiver: Receiver,
        tmp_path: Path,
        ca_file: str,
        idle: bool,
        poll_interval: float,
        writeback_interval: float = 30.0,
    ) -> None:
        self.harness = LoopHarness(
            db_url=db_url,
            smtp=smtp,
            dovecot=dovecot,
            tmp_path=tmp_path,
            ca_file=ca_file,
            extra={
                "imap": {"idle": idle, "poll_interval_seconds": poll_interval},
                "writeback": {
                    "webhook_url": receiver.url,
                    "webhook_secret_env": "POAGENT_TEST_WEBHOOK_SECRET",
                    "timeout_seconds": 5,
                    # Also the write-back job's interval: max(15, retry_base_seconds).
                    "retry_base_seconds": writeback_interval,
                },
            },
        )
        self.harness.env["POAGENT_TEST_WEBHOOK_SECRET"] = SECRET
        self.log_path = tmp_path / "poagent-run.log"
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60.0) -> None:
        """Start the daemon and wait until its first write-back pass is done."""
        log = self.log_path.open("wb")
        self.proc = subprocess.Popen(
            self.harness.command(
                "run", "--config", str(self.harness.config), "--log-json", "--log-level", "DEBUG"
            ),
            env=self.harness.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise AssertionError(f"poagent run exited early:\n{self.log_tail()}")
            if any(e.get("step") == "writeback" for e in self.events("step")):
                return
            time.sleep(0.1)
        raise AssertionError(f"poagent run did not finish its first pass:\n{self.log_tail()}")

    def events(self, name: str) -> list[dict[str, Any]]:
        out = []
        for line in self.log_path.read_text(errors="replace").splitlines():
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            if isinstance(entry, dict) and entry.get("event") == name:
                out.append(entry)
        return out

    def log_tail(self, chars: int = 5000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:]

    def stop(self) -> int | None:
        proc, self.proc = self.proc, None
        if proc is None:
            return None
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                return proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        return proc.returncode


class Appender:
    """One IMAP connection that APPENDs supplier replies to the inbox."""

    def __init__(self, dovecot: Any) -> None:
        self.client = dovecot.client()

    def append(self, raw: bytes) -> None:
        self.client.append("INBOX", raw)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # the server may already be gone
            self.client.logout()


def wait_for_post(receiver: Receiver, key: str, timeout: float) -> float | None:
    """Monotonic time at which a POST with ``key`` was first seen, or None after ``timeout``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with receiver._lock:
            if any(r["headers"].get("Idempotency-Key") == key for r in receiver.requests):
                return time.monotonic()
        time.sleep(0.002)
    return None


def timed_replies(
    daemon: Daemon,
    receiver: Receiver,
    appender: Appender,
    numbers: list[int],
    *,
    gaps: list[float],
    timeout: float,
) -> list[float]:
    """Append a reply per PO number one by one; seconds from APPEND to its POST, each."""
    latencies = []
    for n, gap in zip(numbers, gaps, strict=True):
        time.sleep(gap)
        raw = confirmation_reply(n, datetime.now(UTC))
        started = time.monotonic()
        appender.append(raw)
        seen = wait_for_post(receiver, delivery_key(n), timeout)
        if seen is None:
            raise AssertionError(
                f"no write-back POST for PO {po_number(n)} within {timeout:.0f}s:\n"
                f"{daemon.log_tail()}"
            )
        latencies.append(seen - started)
    return latencies


def an_hour_ago() -> datetime:
    return datetime.now(UTC) - timedelta(hours=1)
