"""Agent-loop throughput with many POs in the database: prints numbers, asserts nothing.

    .venv/bin/python benchmarks/bench_agent_loop.py [--pos 5000] [--mails 300]
                                                     [--db sqlite|postgresql://...]

Fills a database with ``--pos`` POs (3 lines each, one supplier per 4 POs)
whose requests went out 50 hours ago, then measures:

* cadence: one pass that queues a follow-up for every PO, and the next pass
  that finds nothing due (the steady state of a daemon ticking every minute);
* ingestion: ``--mails`` supplier replies stored, claimed, read and applied
  (the mailbox adapter excluded: the IMAP round trips depend on the server).

Peak RSS of the process is reported at the end.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)


def fill(factory, count: int) -> None:
    from agent.models import (
        AckState,
        Buyer,
        OutboundKind,
        OutboundMessage,
        OutboundState,
        POLine,
        PurchaseOrder,
        Supplier,
    )

    with factory() as s:
        buyer = Buyer(email="dana.ruiz@buyer.example", name="Dana Ruiz", created_at=T0)
        s.add(buyer)
        s.flush()
        for n in range(0, count, 4):
            sid = f"SUP{n // 4:05d}"
            s.add(Supplier(id=sid, name=f"Supplier {sid}", emails=[f"orders@{sid.lower()}.example"],
                           domains=[f"{sid.lower()}.example"], created_at=T0, updated_at=T0))  # fmt: skip
        s.flush()
        for n in range(count):
            number = f"45{n:08d}"
            po = PurchaseOrder(po_number=number, supplier_id=f"SUP{n // 4:05d}", buyer_id=buyer.id,
                               currency="USD", issue_date=T0.date(), ack_state=AckState.requested,
                               content_hash="0" * 64, requested_at=T0, created_at=T0, updated_at=T0)  # fmt: skip
            s.add(po)
            s.flush()
            for line in (1, 2, 3):
                s.add(POLine(po_id=po.id, line_number=line, item=f"ITEM-{n}-{line}",
                             description="Part", quantity=Decimal(10 * line), uom="EA",
                             unit_price=Decimal("12.50"), requested_date=date(2027, 1, 15),
                             updated_at=T0))  # fmt: skip
            s.add(OutboundMessage(kind=OutboundKind.request, po_id=po.id, po_revision=0,
                                  buyer_id=buyer.id, message_id=f"<po-{number}.r0.r@buyer.example>",
                                  recipients=[f"orders@sup{n // 4:05d}.example"],
                                  subject=f"PO {number} - please confirm", body_text="...",
                                  state=OutboundState.sent, sent_at=T0, due_key=f"request:{number}:r0",
                                  created_at=T0, updated_at=T0))  # fmt: skip
            if n % 500 == 499:
                s.commit()
        s.commit()


def reply(n: int) -> bytes:
    number = f"45{n:08d}"
    sid = f"sup{n // 4:05d}"
    return (
        f"From: Orders <orders@{sid}.example>\r\nTo: purchasing@buyer.example\r\n"
        f"Subject: RE: PO {number} - please confirm\r\n"
        f"Date: Tue, 03 Nov 2026 10:00:00 +0000\r\nMessage-ID: <reply-{n}@{sid}.example>\r\n"
        f"In-Reply-To: <po-{number}.r0.r@buyer.example>\r\n"
        f"References: <po-{number}.r0.r@buyer.example>\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n"
        "Hello,\r\n\r\nWe confirm the order as per PO.\r\n\r\nRegards\r\nJohn\r\n"
    ).encode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pos", type=int, default=5000)
    parser.add_argument("--mails", type=int, default=300)
    parser.add_argument(
        "--db", default=None, help="database URL (default: a temporary SQLite file)"
    )
    args = parser.parse_args()

    from agent.cadence import run_cadence
    from agent.config import settings_from_dict
    from agent.db import make_engine, session_factory, upgrade
    from agent.ingest import claim, process_claimed, register

    tmp = tempfile.TemporaryDirectory(prefix="poagent-bench-")
    url = args.db or f"sqlite:///{tmp.name}/bench.db"
    upgrade(url)
    engine = make_engine(url)
    factory = session_factory(engine)
    settings = settings_from_dict(
        {"database": {"url": url}, "schedule": {"business_hours_only": False}}
    )

    started = time.perf_counter()
    fill(factory, args.pos)
    print(f"fill: {args.pos} POs in {time.perf_counter() - started:.1f}s")

    now = T0 + timedelta(hours=50)
    started = time.perf_counter()
    summary = run_cadence(factory, settings, now)
    elapsed = time.perf_counter() - started
    print(f"cadence, follow-ups due: {len(summary.follow_ups)} queued in {elapsed:.2f}s "
          f"({args.pos / elapsed:.0f} POs/s)")  # fmt: skip
    started = time.perf_counter()
    summary = run_cadence(factory, settings, now + timedelta(minutes=1))
    elapsed = time.perf_counter() - started
    print(f"cadence, nothing due: {len(summary.follow_ups)} queued in {elapsed:.2f}s "
          f"({args.pos / elapsed:.0f} POs/s)")  # fmt: skip

    mails = min(args.mails, args.pos)
    started = time.perf_counter()
    applied = 0
    for n in range(mails):
        row = register(factory, settings, account="bench", folder="INBOX", uidvalidity=1,
                       uid=n + 1, raw=reply(n), now=now)  # fmt: skip
        if row is not None and claim(factory, row.id, now, "bench:1"):
            applied += process_claimed(factory, settings, row.id, now, "bench:1") == "processed"
    elapsed = time.perf_counter() - started
    print(f"ingest: {applied}/{mails} replies stored and applied in {elapsed:.2f}s "
          f"({mails / elapsed:.1f} mails/s, {1000 * elapsed / mails:.1f} ms each) "
          f"with {args.pos} POs in the database")  # fmt: skip
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss:.0f} MB")
    engine.dispose()
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
