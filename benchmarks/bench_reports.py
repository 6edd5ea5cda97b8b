"""Report, digest and write-back timings on a filled database: prints numbers, asserts nothing.

    .venv/bin/python benchmarks/bench_reports.py [--pos 5000] [--deliveries 500]

Fills a temporary SQLite database with ``--pos`` requested POs (two lines each,
60 % acknowledged, one exception per three POs, 50 buyers, 200 suppliers),
then times ``build_report`` over the whole window, one buyer's digest
(collect + render), and ``deliver_due`` of ``--deliveries`` queued write-backs
to a loopback HTTP endpoint. Peak RSS is reported for the whole process.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlmodel import select  # noqa: E402

from agent import digest, writeback  # noqa: E402
from agent.config import settings_from_dict  # noqa: E402
from agent.db import open_database  # noqa: E402
from agent.models import (  # noqa: E402
    AckState,
    Buyer,
    Confirmation,
    ExceptionState,
    ExceptionType,
    POException,
    POLine,
    Priority,
    PurchaseOrder,
    Supplier,
)
from agent.reports import build_report  # noqa: E402

T0 = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


def fill(factory: Any, n_pos: int, rng: random.Random) -> None:
    types = [t for t in ExceptionType if t != ExceptionType.quarantined]
    with factory() as s:
        for i in range(200):
            s.add(Supplier(id=f"S{i:03d}", name=f"Supplier {i}", emails=[f"o@s{i}.example"]))
        buyers = [
            Buyer(email=f"buyer{i}@buyer.example", name=f"Buyer {i}", timezone="Europe/London")
            for i in range(50)
        ]
        s.add_all(buyers)
        s.flush()
        for n in range(n_pos):
            requested = T0 + timedelta(minutes=rng.randrange(0, 30 * 24 * 60))
            acked = requested + timedelta(hours=rng.uniform(1, 120)) if rng.random() < 0.6 else None
            po = PurchaseOrder(
                po_number=f"45{n:08d}", supplier_id=f"S{rng.randrange(200):03d}",
                buyer_id=buyers[rng.randrange(50)].id, currency="USD", issue_date=requested.date(),
                ack_state=AckState.acknowledged if acked else AckState.followed_up,
                content_hash="x", requested_at=requested, acknowledged_at=acked,
            )  # fmt: skip
            s.add(po)
            s.flush()
            for ln in (1, 2):
                s.add(POLine(po_id=po.id, line_number=ln, item=f"I{ln}", quantity=Decimal(10),
                             uom="EA", unit_price=Decimal("2.50"), requested_date=date(2026, 12, 20)))  # fmt: skip
            if acked:
                s.add(Confirmation(po_id=po.id, version=1, created_at=acked))
            if n % 3 == 0:
                created = requested + timedelta(hours=rng.uniform(1, 100))
                resolved = (
                    created + timedelta(hours=rng.uniform(1, 72)) if rng.random() < 0.5 else None
                )
                s.add(POException(
                    po_id=po.id, line_number=1, type=rng.choice(types), po_value="2026-12-20",
                    confirmed_value="2027-01-05", evidence="we can deliver on 5 January",
                    priority=rng.choice(list(Priority)), owner=f"buyer{rng.randrange(50)}@buyer.example",
                    state=ExceptionState.resolved if resolved else ExceptionState.open,
                    created_at=created, resolved_at=resolved,
                ))  # fmt: skip
        s.commit()


class _Ok(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pos", type=int, default=5000)
    ap.add_argument("--deliveries", type=int, default=500)
    args = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        server = ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"sqlite:///{Path(tmp) / 'bench.db'}"
        settings = settings_from_dict({
            "database": {"url": url},
            "writeback": {"webhook_url": f"http://127.0.0.1:{server.server_address[1]}/hook"},
        })  # fmt: skip
        engine, factory = open_database(url)
        started = time.perf_counter()
        fill(factory, args.pos, rng)
        print(f"fill: {args.pos} POs in {time.perf_counter() - started:.1f} s")

        started = time.perf_counter()
        with factory() as s:
            report = build_report(s, T0, T0 + timedelta(days=31), now=T0 + timedelta(days=40))
        took = time.perf_counter() - started
        o = report["overall"]
        print(f"report: {o['requested']} POs, {o['exceptions']} exceptions, "
              f"{len(report['suppliers'])} suppliers, {len(report['buyers'])} buyers in {took:.2f} s")  # fmt: skip

        started = time.perf_counter()
        with factory() as s:
            person = digest.find_recipient(s, settings, "buyer7@buyer.example")
            assert person is not None
            data = digest.collect(s, settings, person, T0 + timedelta(days=31))
            rendered = digest.render_digest(settings, data)
        took = time.perf_counter() - started
        print(f"digest: {len(data.changes) + len(data.review) + len(data.undeliverable)} open items, "
              f"{len(data.awaiting)} awaiting, {len(rendered.text)} chars in {took:.2f} s")  # fmt: skip

        with factory() as s:
            confs = s.exec(select(Confirmation).limit(args.deliveries)).all()
            for conf in confs:
                writeback.enqueue_confirmation(s, conf, settings, now=T0)
            s.commit()
        started = time.perf_counter()
        summary = writeback.deliver_due(factory, settings, T0 + timedelta(minutes=1))
        took = time.perf_counter() - started
        print(f"write-back: {summary.delivered} deliveries in {took:.2f} s "
              f"({summary.delivered / took:.0f}/s)")  # fmt: skip
        server.shutdown()
        engine.dispose()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")


if __name__ == "__main__":
    main()
