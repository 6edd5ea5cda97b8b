"""Helpers for the web console tests: a seeded database, a live server, a browser."""

from __future__ import annotations

import os
import socket
import threading
import time
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

from sqlalchemy import select

from agent import ingest
from agent.models import AckState, POException, PurchaseOrder
from tests.loop_helpers import seed_po

NOW = datetime(2026, 11, 5, 10, 0, tzinfo=UTC)
BUYER = "dana.ruiz@buyer.example"
OTHER_BUYER = "sam.lee@buyer.example"
LEAD = "lee.lead@buyer.example"
PASSWORD = "correct horse battery"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def supplier_mail(sender: str, subject: str, body: str, *, html: str | None = None,
                  when: datetime | None = None) -> bytes:  # fmt: skip
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "purchasing@buyer.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when or NOW)
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[1])
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    return bytes(msg)


_uid = iter(range(1, 1_000_000))


def deliver(factory: Any, settings: Any, raw: bytes, now: datetime = NOW) -> int:
    """A reply through the daemon's own path: stored as fetched, claimed, read and applied."""
    row = ingest.register(factory, settings, account="test", folder="INBOX", uidvalidity=1,
                          uid=next(_uid), raw=raw, now=now)  # fmt: skip
    assert row is not None
    assert ingest.claim(factory, row.id, now, "test-worker")
    outcome = ingest.process_claimed(factory, settings, row.id, now, "test-worker")
    assert outcome == "processed", outcome
    return row.id


def seed(factory: Any, settings: Any) -> None:
    """Four POs of two suppliers, each with its acknowledgment request sent."""
    from agent.ack_requests import queue_request
    from agent.models import OutboundState

    with factory() as s:
        seed_po(s, "4500000101", supplier_id="ACME", supplier_email="orders@acme.example",
                lines=[("CAST-7781", "40", "312.50", date(2026, 12, 15)),
                       ("FAST-M8", "1000", "0.20", date(2026, 12, 15))])  # fmt: skip
        seed_po(s, "4500000102", supplier_id="ACME", supplier_email="orders@acme.example",
                lines=[("GEAR-12", "10", "95.00", date(2026, 12, 20))])  # fmt: skip
        seed_po(s, "4500000103", supplier_id="BOLT", supplier_email="sales@bolt.example",
                buyer_email=OTHER_BUYER,
                lines=[("BOLT-1", "100", "10.00", date(2027, 1, 10))])  # fmt: skip
        seed_po(s, "4500000104", supplier_id="ACME", supplier_email="orders@acme.example",
                lines=[("PIN-3", "500", "1.20", date(2026, 12, 18))])  # fmt: skip
        sent = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
        for po in s.execute(select(PurchaseOrder)).scalars():
            msg = queue_request(s, settings, po, sent)
            # Seeding stands in for the SMTP step the outbox tests cover: the request went out.
            msg.state, msg.sent_at = OutboundState.sent, sent
            po.ack_state = AckState.requested
            po.requested_at = sent
        s.commit()


def open_exceptions(factory: Any, **where: Any) -> list[POException]:
    with factory() as s:
        q = select(POException).where(POException.state.in_(["open", "acknowledged"]))
        for k, v in where.items():
            q = q.where(getattr(POException, k) == v)
        return list(s.execute(q.order_by(POException.id)).scalars())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """The console app under uvicorn on a loopback port, in a thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        )
        self.server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline:
                raise AssertionError("the console did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: Any) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def screenshot_dir() -> Path:
    import tempfile

    path = Path(
        os.environ.get("POAGENT_SCREENSHOTS") or Path(tempfile.gettempdir()) / "poagent-screenshots"
    )
    path.mkdir(parents=True, exist_ok=True)
    return path
