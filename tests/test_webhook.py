"""Webhook write-back against a real HTTP server on loopback.

The receiver below behaves like an ERP endpoint that dedups on Idempotency-Key:
it records every request it sees and "applies" a key only the first time.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import threading
import time
from datetime import date, timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select

from agent import writeback
from agent.config import settings_from_dict
from agent.models import AuditLog, DeliveryState, WebhookDelivery
from connectors.webhook import canonical_json, sign, verify_signature
from tests import confirmation_rows as rows

SECRET = "s3cret-for-tests"


class Receiver:
    """An HTTP endpoint on 127.0.0.1; ``start()``/``stop()`` make it reachable or refuse."""

    def __init__(self, port: int = 0) -> None:
        self.port = port
        self.requests: list[dict[str, Any]] = []
        self.applied: dict[str, dict[str, Any]] = {}
        # Behaviour knobs, read per request.
        self.fail_first_for: set[str] = set()  # apply, then answer 500 (the response is "lost")
        self.status = 200
        self.delay = 0.0
        self._server: ThreadingHTTPServer | None = None
        self._lock = threading.Lock()
        if not port:
            with socket.socket() as probe:
                probe.bind(("127.0.0.1", 0))
                self.port = probe.getsockname()[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/erp/confirmations"

    def start(self) -> Receiver:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                key = self.headers.get("Idempotency-Key", "")
                with outer._lock:
                    outer.requests.append({"headers": dict(self.headers), "body": body})
                    status = outer.status
                    if status == 200:
                        if key not in outer.applied:
                            outer.applied[key] = json.loads(body)
                        if key in outer.fail_first_for:
                            outer.fail_first_for.discard(key)
                            status = 500
                if outer.delay:
                    time.sleep(outer.delay)
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


@pytest.fixture
def receiver() -> Any:
    r = Receiver()
    yield r
    r.stop()


@pytest.fixture
def db(db_url: str, session_factory: Any) -> Any:
    """(url, session factory) of a migrated database: SQLite and PostgreSQL."""
    return db_url, session_factory


def make_settings(url: str, webhook_url: str = "", **wb: Any) -> Any:
    os.environ["POAGENT_TEST_WEBHOOK_SECRET"] = SECRET
    return settings_from_dict(
        {
            "database": {"url": url},
            "writeback": {
                "webhook_url": webhook_url,
                "webhook_secret_env": "POAGENT_TEST_WEBHOOK_SECRET",
                "timeout_seconds": 2,
                "max_attempts": 4,
                "retry_base_seconds": 30,
                **wb,
            },
        }
    )


def seed_confirmations(factory: Any, settings: Any, count: int = 3) -> list[str]:
    keys = []
    with factory() as session:
        for i in range(count):
            po = rows.purchase_order(
                session,
                f"45000200{i}",
                "ACME",
                "dana@buyer.example",
                [(40, "312.50", date(2026, 12, 15)), (10, "0.1160", date(2026, 12, 20))],
            )
            conf = rows.confirm(
                session,
                po,
                1,
                [{"line": 1}, {"line": 2, "status": "changed", "date": date(2027, 1, 8)}],
                at=rows.T0 + timedelta(hours=i),
                supplier_reference=f"SO-{i}",
            )
            row = writeback.enqueue_confirmation(session, conf, settings, now=rows.T0)
            assert row is not None
            keys.append(row.idempotency_key)
        session.commit()
    return keys


def test_signature_is_hmac_sha256_of_the_exact_body() -> None:
    body = canonical_json({"b": 1, "a": "ä", "price": Decimal("0.1160")})
    assert body == '{"a":"ä","b":1,"price":"0.1160"}'.encode()
    header = sign(SECRET.encode(), body)
    expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert header == f"sha256={expected}"
    assert verify_signature(SECRET.encode(), body, header)
    assert not verify_signature(SECRET.encode(), body + b" ", header)
    assert not verify_signature(b"other", body, header)
    assert not verify_signature(SECRET.encode(), body, None)


def test_endpoint_down_then_up_delivers_each_confirmation_exactly_once(
    db: Any, receiver: Receiver
) -> None:
    url, factory = db
    settings = make_settings(url, receiver.url)
    keys = seed_confirmations(factory, settings)
    assert keys == ["450002000:r0:v1", "450002001:r0:v1", "450002002:r0:v1"]

    # Nothing listens on the port yet: connection refused, every row waits for a retry.
    summary = writeback.deliver_due(factory, settings, rows.T0)
    assert (summary.attempted, summary.delivered, summary.retrying) == (3, 0, 3)
    with factory() as session:
        pending = session.exec(select(WebhookDelivery)).all()
        assert {r.state for r in pending} == {DeliveryState.pending}
        assert all(r.attempts == 1 and r.last_error for r in pending)
        assert all(r.next_attempt_at == rows.T0 + timedelta(seconds=30) for r in pending)
    # Not due yet: a second run in the same minute tries nothing.
    assert writeback.deliver_due(factory, settings, rows.T0 + timedelta(seconds=5)).attempted == 0

    # The endpoint comes back, but the response to the first key's request is lost (500
    # after applying it), so that key is delivered twice and must be applied once.
    receiver.fail_first_for = {keys[0]}
    receiver.start()
    t1 = rows.T0 + timedelta(seconds=31)
    summary = writeback.deliver_due(factory, settings, t1)
    assert (summary.delivered, summary.retrying) == (2, 1)
    t2 = t1 + timedelta(seconds=61)  # second failure of that row: backoff doubled to 60 s
    summary = writeback.deliver_due(factory, settings, t2)
    assert (summary.delivered, summary.retrying, summary.failed) == (1, 0, 0)
    assert writeback.deliver_due(factory, settings, t2 + timedelta(days=1)).attempted == 0

    seen = [r["headers"]["Idempotency-Key"] for r in receiver.requests]
    assert sorted(seen) == sorted([*keys, keys[0]])
    assert sorted(receiver.applied) == sorted(keys)  # each applied exactly once
    for req in receiver.requests:
        assert verify_signature(SECRET.encode(), req["body"], req["headers"]["X-Poagent-Signature"])
        payload = json.loads(req["body"])
        assert payload["idempotency_key"] == req["headers"]["Idempotency-Key"]
    first = receiver.applied[keys[0]]
    assert first["po_number"] == "450002000"
    assert first["confirmation_version"] == 1
    assert first["supplier_reference"] == "SO-0"
    assert Decimal(first["lines"][0]["unit_price"]) == Decimal("312.50")
    assert first["lines"][1]["status"] == "changed"
    assert first["lines"][1]["date"] == "2027-01-08"
    assert first["lines"][1]["ordered"]["requested_date"] == "2026-12-20"
    assert Decimal(first["lines"][1]["ordered"]["unit_price"]) == Decimal("0.116")

    with factory() as session:
        done = session.exec(select(WebhookDelivery)).all()
        assert {r.state for r in done} == {DeliveryState.delivered}
        assert sorted(r.attempts for r in done) == [2, 2, 3]
        trail = session.exec(
            select(AuditLog.action).where(AuditLog.entity == "webhook_delivery")
        ).all()
    # queued ×3, refused ×3, lost response ×1, delivered ×3: every attempt is on record.
    assert sorted(trail) == sorted(["queued"] * 3 + ["attempt_failed"] * 4 + ["delivered"] * 3)


def test_timeout_is_retried_and_recorded(db: Any, receiver: Receiver) -> None:
    url, factory = db
    settings = make_settings(url, receiver.url, timeout_seconds=0.5)
    [key] = seed_confirmations(factory, settings, 1)
    receiver.delay = 1.5
    receiver.start()
    summary = writeback.deliver_due(factory, settings, rows.T0)
    assert (summary.delivered, summary.retrying) == (0, 1)
    with factory() as session:
        row = session.exec(select(WebhookDelivery)).one()
        assert "timed out" in (row.last_error or "")
    receiver.delay = 0
    summary = writeback.deliver_due(factory, settings, rows.T0 + timedelta(minutes=5))
    assert summary.delivered == 1
    assert key in receiver.applied


def test_client_error_fails_at_once_and_retry_command_redelivers(
    db: Any, receiver: Receiver, tmp_path: Path
) -> None:
    url, factory = db
    settings = make_settings(url, receiver.url)
    [key] = seed_confirmations(factory, settings, 1)
    receiver.status = 422  # the receiver rejects the document: waiting will not help
    receiver.start()
    summary = writeback.deliver_due(factory, settings, rows.T0)
    assert (summary.failed, summary.retrying) == (1, 0)
    with factory() as session:
        row = session.exec(select(WebhookDelivery)).one()
        assert row.state == DeliveryState.failed
        assert row.last_error and row.last_error.startswith("HTTP 422")
    # Failed rows are never picked up again by the periodic job ...
    assert writeback.deliver_due(factory, settings, rows.T0 + timedelta(days=3)).attempted == 0

    # ... only by `poagent writeback --retry`, once the receiver is fixed.
    receiver.status = 200
    config = tmp_path / "poagent.toml"
    config.write_text(
        f'[database]\nurl = "{url}"\n'
        f'[writeback]\nwebhook_url = "{receiver.url}"\n'
        'webhook_secret_env = "POAGENT_TEST_WEBHOOK_SECRET"\n'
    )
    env = {**os.environ, "POAGENT_TEST_WEBHOOK_SECRET": SECRET}
    proc = subprocess.run(
        [sys.executable, "-m", "agent", "writeback", "--retry", "--config", str(config)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "1 delivered" in proc.stdout
    assert SECRET not in proc.stdout + proc.stderr
    assert list(receiver.applied) == [key]
    with factory() as session:
        row = session.exec(select(WebhookDelivery)).one()
        assert row.state == DeliveryState.delivered


def test_gives_up_after_max_attempts(db: Any, receiver: Receiver) -> None:
    url, factory = db
    settings = make_settings(url, receiver.url, max_attempts=3, retry_base_seconds=10)
    seed_confirmations(factory, settings, 1)
    receiver.status = 503
    receiver.start()
    now = rows.T0
    outcomes = []
    for _ in range(5):
        summary = writeback.deliver_due(factory, settings, now)
        outcomes.append((summary.attempted, summary.retrying, summary.failed))
        now += timedelta(hours=1)
    assert outcomes == [(1, 1, 0), (1, 1, 0), (1, 0, 1), (0, 0, 0), (0, 0, 0)]
    assert len(receiver.requests) == 3
    assert [r["headers"]["X-Poagent-Delivery"] for r in receiver.requests] == ["1", "2", "3"]


def test_two_workers_never_post_the_same_row_twice(db: Any, receiver: Receiver) -> None:
    url, factory = db
    settings = make_settings(url, receiver.url)
    keys = seed_confirmations(factory, settings, 6)
    receiver.delay = 0.05
    receiver.start()
    results: list[Any] = []
    workers = [
        threading.Thread(
            target=lambda: results.append(writeback.deliver_due(factory, settings, rows.T0))
        )
        for _ in range(2)
    ]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert sum(r.delivered for r in results) == 6
    assert sorted(r["headers"]["Idempotency-Key"] for r in receiver.requests) == sorted(keys)


def test_enqueue_is_idempotent_and_export_dir_gets_one_file_per_version(
    db: Any, tmp_path: Path
) -> None:
    url, factory = db
    out = tmp_path / "erp-in"
    settings = make_settings(url, "", export_dir=str(out))
    with factory() as session:
        po = rows.purchase_order(session, "7001", "ACME", None, [(5, "10.00", date(2026, 12, 1))])
        v1 = rows.confirm(session, po, 1, [{"line": 1}], at=rows.T0)
        a = writeback.enqueue_confirmation(session, v1, settings, now=rows.T0)
        b = writeback.enqueue_confirmation(session, v1, settings, now=rows.T0)
        assert a is not None and b is not None and a.id == b.id
        v2 = rows.confirm(
            session, po, 2, [{"line": 1, "status": "changed", "quantity": 4}], at=rows.T0
        )
        writeback.enqueue_confirmation(session, v2, settings, now=rows.T0)
        session.commit()
    summary = writeback.deliver_due(factory, settings, rows.T0)
    assert summary.delivered == 2
    files = sorted(p.name for p in out.iterdir())
    assert files == ["7001_r0_v1.json", "7001_r0_v2.json"]
    v2_doc = json.loads((out / "7001_r0_v2.json").read_text())
    assert v2_doc["supersedes_version"] == 1
    assert v2_doc["lines"][0]["quantity"] == "4"


def test_nothing_is_queued_when_write_back_is_off(db: Any) -> None:
    url, factory = db
    settings = make_settings(url, "")
    with factory() as session:
        po = rows.purchase_order(session, "7002", "ACME", None, [(5, "10.00", date(2026, 12, 1))])
        conf = rows.confirm(session, po, 1, [{"line": 1}], at=rows.T0)
        assert writeback.enqueue_confirmation(session, conf, settings, now=rows.T0) is None


def test_versions_of_one_po_arrive_in_order_even_when_the_first_needs_a_retry(
    db: Any, receiver: Receiver
) -> None:
    url, factory = db
    settings = make_settings(url, receiver.url)
    with factory() as session:
        po = rows.purchase_order(session, "7003", "ACME", None, [(5, "10.00", date(2026, 12, 1))])
        other = rows.purchase_order(
            session, "7004", "ACME", None, [(5, "10.00", date(2026, 12, 1))]
        )
        v1 = rows.confirm(session, po, 1, [{"line": 1}], at=rows.T0)
        writeback.enqueue_confirmation(session, v1, settings, now=rows.T0)
        v2 = rows.confirm(
            session, po, 2, [{"line": 1, "status": "changed", "quantity": 4}], at=rows.T0
        )
        writeback.enqueue_confirmation(session, v2, settings, now=rows.T0)
        o1 = rows.confirm(session, other, 1, [{"line": 1}], at=rows.T0)
        writeback.enqueue_confirmation(session, o1, settings, now=rows.T0)
        session.commit()
    receiver.status = 503
    receiver.start()
    first = writeback.deliver_due(factory, settings, rows.T0)
    # v1 failed; v2 of the same PO waits for it; the other PO is not held up... but it
    # also met the 503, so it retries on its own schedule.
    assert (first.attempted, first.waiting, first.retrying) == (2, 1, 2)
    assert [r["headers"]["Idempotency-Key"] for r in receiver.requests] == [
        "7003:r0:v1",
        "7004:r0:v1",
    ]
    receiver.status = 200
    second = writeback.deliver_due(factory, settings, rows.T0 + timedelta(minutes=5))
    assert second.delivered == 3 and second.waiting == 0
    keys = [r["headers"]["Idempotency-Key"] for r in receiver.requests[2:]]
    assert keys.index("7003:r0:v1") < keys.index("7003:r0:v2")
