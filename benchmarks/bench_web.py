"""Web console latency on a filled database: prints numbers, asserts nothing.

    .venv/bin/python benchmarks/bench_web.py [--pos 10000] [--exceptions 2000] [--requests 50]
    .venv/bin/python benchmarks/bench_web.py --db-url postgresql://...   # an empty database

Fills a database (a temporary SQLite file unless ``--db-url``) with ``--pos``
open POs (two lines each, 200 suppliers, 50 buyers) and ``--exceptions`` open
exceptions spread over them, serves the console with uvicorn on loopback and
times ``--requests`` GETs of the queue page over real HTTP with a signed-in
session: a buyer's own queue, a lead's whole queue, a filtered queue. The
target is a median under 200 ms.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx  # noqa: E402
import uvicorn  # noqa: E402

from agent.config import settings_from_dict  # noqa: E402
from agent.db import open_database  # noqa: E402
from agent.models import (  # noqa: E402
    AckState,
    Buyer,
    ExceptionType,
    POException,
    POLine,
    Priority,
    PurchaseOrder,
    Supplier,
)
from agent.web import create_app  # noqa: E402
from agent.web.auth import add_user  # noqa: E402

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
PASSWORD = "benchmark password"


def fill(factory: Any, n_pos: int, n_exc: int, rng: random.Random) -> None:
    types = [ExceptionType.price_variance, ExceptionType.date_late, ExceptionType.needs_review,
             ExceptionType.quantity_short, ExceptionType.undeliverable]  # fmt: skip
    with factory() as s:
        for i in range(200):
            s.add(Supplier(id=f"S{i:03d}", name=f"Supplier {i}", emails=[f"o@s{i}.example"]))
        buyers = [Buyer(email=f"buyer{i}@buyer.example", name=f"Buyer {i}") for i in range(50)]
        s.add_all(buyers)
        s.flush()
        po_ids = []
        for n in range(n_pos):
            requested = NOW - timedelta(minutes=rng.randrange(0, 30 * 24 * 60))
            po = PurchaseOrder(po_number=f"45{n:08d}", supplier_id=f"S{rng.randrange(200):03d}",
                               buyer_id=buyers[n % 50].id, currency="USD",
                               ack_state=AckState.followed_up, content_hash="x",
                               requested_at=requested)  # fmt: skip
            s.add(po)
            s.flush()
            po_ids.append((po.id, n % 50))
            for ln in (1, 2):
                s.add(POLine(po_id=po.id, line_number=ln, item=f"ITEM-{ln}", description="part",
                             quantity=Decimal(10), uom="EA", unit_price=Decimal("2.50"),
                             requested_date=date(2026, 12, 20)))  # fmt: skip
        for k in range(n_exc):
            po_id, buyer = po_ids[rng.randrange(len(po_ids))]
            s.add(POException(
                po_id=po_id, line_number=1, type=types[k % len(types)],
                po_value="2026-12-20", confirmed_value="2027-01-10",
                evidence="We can deliver line 1 on 10 January instead, sorry for the delay.",
                priority=[Priority.high, Priority.medium, Priority.low][k % 3],
                owner=f"buyer{buyer}@buyer.example",
                created_at=NOW - timedelta(hours=rng.uniform(1, 24 * 20)),
            ))  # fmt: skip
        add_user(s, "buyer7@buyer.example", "buyer", PASSWORD, now=NOW)
        add_user(s, "lead@buyer.example", "lead", PASSWORD, now=NOW)
        s.commit()


def sign_in(base: str, email: str) -> httpx.Client:
    client = httpx.Client(base_url=base, timeout=30)
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/login").text).group(1)  # type: ignore[union-attr]
    client.post("/login", data={"csrf": token, "email": email, "password": PASSWORD})
    return client


def timed(client: httpx.Client, path: str, n: int) -> list[float]:
    client.get(path)  # warm-up (template compilation, connection pool)
    out = []
    for _ in range(n):
        start = time.perf_counter()
        r = client.get(path)
        out.append((time.perf_counter() - start) * 1000)
        assert r.status_code == 200 and "Queue" in r.text, r.status_code
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--pos", type=int, default=10_000)
    ap.add_argument("--exceptions", type=int, default=2_000)
    ap.add_argument("--requests", type=int, default=50)
    ap.add_argument("--db-url", default=None)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db_url or f"sqlite:///{tmp}/bench.db"
        settings = settings_from_dict({"database": {"url": url}, "web": {"secure_cookies": False}})
        engine, factory = open_database(url)
        start = time.perf_counter()
        fill(factory, args.pos, args.exceptions, random.Random(7))
        print(f"filled {args.pos} POs, {args.exceptions} exceptions in "
              f"{time.perf_counter() - start:.1f}s ({url.split(':')[0]})")  # fmt: skip
        app = create_app(settings, factory, clock=lambda: NOW)
        sock_port = 18000 + random.Random().randrange(1000)
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=sock_port,
                                               log_level="warning"))  # fmt: skip
        server.install_signal_handlers = lambda: None  # type: ignore[method-assign]
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.02)
        base = f"http://127.0.0.1:{sock_port}"
        try:
            buyer, lead = sign_in(base, "buyer7@buyer.example"), sign_in(base, "lead@buyer.example")
            for label, client, path in (
                ("buyer's own queue", buyer, "/"),
                ("lead: whole queue (page 1 of all)", lead, "/"),
                ("lead: filtered (high, 3-5 days)", lead, "/?owner=all&priority=high&age=3-5"),
            ):
                ms = sorted(timed(client, path, args.requests))
                print(f"{label:38s} median {statistics.median(ms):6.1f} ms   "
                      f"p90 {ms[int(len(ms) * 0.9) - 1]:6.1f} ms")  # fmt: skip
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
