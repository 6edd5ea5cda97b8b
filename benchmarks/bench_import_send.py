"""Import and send throughput: prints numbers, asserts nothing.

    .venv/bin/python benchmarks/bench_import_send.py [--pos 2000] [--lines 5] [--send 300]
                                                       [--db sqlite|postgresql://...]

Generates a CSV of POs, imports it (parse + one transaction, requests queued),
re-imports it (the no-op path), then sends ``--send`` requests to an aiosmtpd
server on loopback. Peak RSS is reported for the whole process.
"""

from __future__ import annotations

import argparse
import random
import resource
import socket
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.config import settings_from_dict  # noqa: E402
from agent.db import make_engine, session_factory, upgrade  # noqa: E402
from agent.importer import apply_import, parse_file  # noqa: E402
from agent.outbox import send_due  # noqa: E402

HEADER = ("po_number,line,item,description,quantity,uom,unit_price,requested_date,currency,"
          "supplier_id,supplier_name,supplier_email,buyer_email\n")  # fmt: skip


def make_csv(path: Path, pos: int, lines: int) -> int:
    rnd = random.Random(7)
    rows = 0
    with path.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for p in range(pos):
            supplier = f"S{p % 97:03d}"
            for n in range(1, lines + 1):
                due = date(2026, 12, 1) + timedelta(days=rnd.randrange(90))
                f.write(
                    f'45{p:08d},{n},ITEM-{rnd.randrange(99999):05d},"Part {n}, grade {p % 7}",'
                    f"{rnd.randrange(1, 5000)},EA,{rnd.randrange(1, 99999) / 100:.2f},{due},EUR,"
                    f"{supplier},Supplier {supplier},orders@{supplier.lower()}.example,"
                    f"buyer{p % 5}@buyer.example\n"
                )
                rows += 1
    return rows


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pos", type=int, default=2000)
    parser.add_argument("--lines", type=int, default=5)
    parser.add_argument("--send", type=int, default=300)
    parser.add_argument("--db", default="sqlite")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    url = f"sqlite:///{tmp / 'bench.db'}" if args.db == "sqlite" else args.db
    upgrade(url)
    csv_path = tmp / "pos.csv"
    rows = make_csv(csv_path, args.pos, args.lines)

    from aiosmtpd.controller import Controller

    class Sink:
        count = 0

        async def handle_DATA(self, server, session, envelope):  # noqa: ANN001
            Sink.count += 1
            return "250 OK"

    port = free_port()
    controller = Controller(Sink(), hostname="127.0.0.1", port=port)
    controller.start()
    settings = settings_from_dict({
        "database": {"url": url},
        "smtp": {"host": "127.0.0.1", "port": port, "security": "none"},
        "schedule": {"business_hours_only": False},
    })  # fmt: skip
    factory = session_factory(make_engine(url))
    now = datetime(2026, 11, 23, 9, tzinfo=UTC)

    t0 = time.perf_counter()
    parsed = parse_file(csv_path)
    t1 = time.perf_counter()
    summary = apply_import(factory, settings, parsed, now, progress=False)
    t2 = time.perf_counter()
    again = apply_import(factory, settings, parse_file(csv_path), now, progress=False)
    t3 = time.perf_counter()
    sent = send_due(factory, settings, now, limit=args.send)
    t4 = time.perf_counter()
    controller.stop()

    print(f"database            {url.split(':')[0]}")
    print(
        f"file                {rows} rows, {args.pos} POs, {csv_path.stat().st_size / 1e6:.1f} MB"
    )
    print(f"parse + check       {t1 - t0:6.2f} s  {rows / (t1 - t0):8.0f} rows/s")
    print(f"import (1 txn)      {t2 - t1:6.2f} s  {args.pos / (t2 - t1):8.0f} POs/s  ({summary})")
    print(f"re-import (no-op)   {t3 - t2:6.2f} s  {args.pos / (t3 - t2):8.0f} POs/s  ({again})")
    print(f"send over SMTP      {t4 - t3:6.2f} s  {sent.sent / (t4 - t3):8.1f} mails/s  "
          f"({sent.sent} sent, server got {Sink.count})")  # fmt: skip
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS            {peak:6.0f} MB")


if __name__ == "__main__":
    main()
