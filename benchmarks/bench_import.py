"""Large CSV import through the CLI: wall time, CPU time and peak RSS. Prints, asserts nothing.

    .venv/bin/python benchmarks/bench_import.py [--pos 100000] [--lines 10]
                                                [--db sqlite|postgresql://...] [--shuffle 0.05]
                                                [--format csv|json] [--reimport]

Generates ``--pos`` × ``--lines`` rows (default 1,000,000), with a share
``--shuffle`` of rows moved to the end of the file so rows of one PO are not
all next to each other, then runs ``poagent import --check``, ``poagent import``
(requests queued) and, with ``--reimport``, the import again (nothing changes) as
separate processes,
each measured on its own (``os.wait4``): the numbers are what a user's shell
would see. CPU time is printed next to wall time because the machine may be
shared. The target (issue 14): 100k POs in under 2 minutes and under 500 MB.

Measured on a shared 2-core machine (load average in brackets; CPU time is the
figure to compare, wall time is what the other jobs left), 1M lines / 100k POs:

    CSV, SQLite, before  --check  56 s CPU,  72 s wall, 247 MB (5.5)
                         import  161 s CPU, 237 s wall, 248 MB (4.4)
    CSV, SQLite, now     --check  32 s CPU,  71 s wall, 215 MB (4.5)
                         import   89 s CPU, 187 s wall, 215 MB (5.4)
                         re-import (no-op, ORM per PO) 171 s CPU, 564 s wall, 215 MB (8.2)
    CSV, SQLite, one core free  --check  31 s CPU,  37 s wall, 215 MB (2.0)
                         import   91 s CPU,  94 s wall, 215 MB (2.1)
    JSON, SQLite, one core free --check  62 s CPU,  63 s wall, 239 MB (2.1)
                         import  119 s CPU, 143 s wall, 238 MB (3.4)
    JSON, SQLite, now    --check  74 s CPU, 279 s wall, 239 MB (6.4)
                         import  135 s CPU, 516 s wall, 236 MB (5.9)
    CSV, PostgreSQL, now (10k POs / 100k lines)  import 19 s CPU, 62-102 s wall,
                         138 MB (5.3-6); before 25 s CPU, 106 s wall, 155 MB
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = ("po_number,line,item,description,quantity,uom,unit_price,requested_date,currency,"
          "supplier_id,supplier_name,supplier_email,buyer_email,buyer_name,issue_date,site\n")  # fmt: skip


def make_csv(path: Path, pos: int, lines: int, shuffle: float) -> int:
    rnd = random.Random(7)
    moved: list[str] = []
    rows = 0
    with path.open("w", encoding="utf-8") as f:
        f.write(HEADER)
        for p in range(pos):
            supplier = f"S{p % 97:03d}"
            for n in range(1, lines + 1):
                due = date(2026, 12, 1) + timedelta(days=rnd.randrange(90))
                row = (
                    f'45{p:08d},{n},ITEM-{rnd.randrange(99999):05d},"Part {n}, grade {p % 7}",'
                    f"{rnd.randrange(1, 5000)},EA,{rnd.randrange(1, 99999) / 100:.2f},{due},EUR,"
                    f"{supplier},Supplier {supplier},orders@{supplier.lower()}.example,"
                    f"buyer{p % 5}@buyer.example,Buyer {p % 5},2026-11-20,PLANT-{p % 3}\n"
                )
                rows += 1
                if rnd.random() < shuffle:
                    moved.append(row)
                else:
                    f.write(row)
        f.writelines(moved)
    return rows


def make_json(path: Path, pos: int, lines: int) -> int:
    """The same POs as :func:`make_csv` (rows of a PO together) as ``{"purchase_orders": [...]}``."""
    rnd = random.Random(7)
    with path.open("w", encoding="utf-8") as f:
        f.write('{"purchase_orders": [\n')
        for p in range(pos):
            supplier = f"S{p % 97:03d}"
            po_lines = []
            for n in range(1, lines + 1):
                due = date(2026, 12, 1) + timedelta(days=rnd.randrange(90))
                po_lines.append({
                    "line": n, "item": f"ITEM-{rnd.randrange(99999):05d}",
                    "description": f"Part {n}, grade {p % 7}", "quantity": rnd.randrange(1, 5000),
                    "uom": "EA", "unit_price": f"{rnd.randrange(1, 99999) / 100:.2f}",
                    "requested_date": due.isoformat(),
                })  # fmt: skip
            doc = {
                "po_number": f"45{p:08d}", "currency": "EUR", "issued": "2026-11-20",
                "site": f"PLANT-{p % 3}",
                "supplier": {"id": supplier, "name": f"Supplier {supplier}",
                             "email": f"orders@{supplier.lower()}.example"},
                "buyer": {"email": f"buyer{p % 5}@buyer.example", "name": f"Buyer {p % 5}"},
                "lines": po_lines,
            }  # fmt: skip
            f.write(("," if p else "") + json.dumps(doc) + "\n")
        f.write("]}\n")
    return pos * lines


def run(label: str, argv: list[str], pos: int) -> None:
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    out = (proc.stdout.read() if proc.stdout else b"").decode().strip().splitlines()
    err = (proc.stderr.read() if proc.stderr else b"").decode().strip().splitlines()
    code = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    rss = usage.ru_maxrss / 1024
    print(f"{label:<18} load {_load()}")
    print(f"{label:<18} {wall:7.1f} s wall  {cpu:7.1f} s CPU  {rss:6.0f} MB peak RSS  "
          f"{pos / wall:7.0f} POs/s  exit {code}")  # fmt: skip
    for line in (out + err)[-2:]:
        print(f"{'':<18} {line[:150]}")


def _load() -> str:
    """The 1, 5 and 15 minute load averages: on a shared machine wall time depends on them."""
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pos", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=10)
    parser.add_argument("--shuffle", type=float, default=0.05)
    parser.add_argument("--db", default="sqlite")
    parser.add_argument("--format", choices=("csv", "json"), default="csv")
    parser.add_argument("--reimport", action="store_true", help="also time the no-op re-import")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="bench-import-"))
    url = f"sqlite:///{tmp / 'bench.db'}" if args.db == "sqlite" else args.db
    config = tmp / "poagent.toml"
    config.write_text(f'[database]\nurl = "{url}"\n\n[schedule]\nbusiness_hours_only = false\n')
    poagent = [sys.executable, "-m", "agent"]
    subprocess.run([*poagent, "migrate", "--config", str(config)], check=True,
                   capture_output=True, cwd=ROOT)  # fmt: skip
    csv_path = tmp / f"pos.{args.format}"
    t0 = time.perf_counter()
    if args.format == "json":
        rows = make_json(csv_path, args.pos, args.lines)
        layout = "JSON, lines inside their PO"
    else:
        rows = make_csv(csv_path, args.pos, args.lines, args.shuffle)
        layout = f"CSV, {args.shuffle:.0%} of rows moved to the end"
    size = csv_path.stat().st_size / 1e6
    print(f"database           {url.split(':')[0]}   (load average {_load()})")
    print(f"file               {rows} rows, {args.pos} POs, {size:.0f} MB "
          f"({layout}; written in {time.perf_counter() - t0:.0f} s)")  # fmt: skip
    common = ["--config", str(config), "--now", "2026-11-23T09:00:00+00:00", "--no-progress"]
    run("import --check", [*poagent, "import", str(csv_path), "--check", *common], args.pos)
    run("import", [*poagent, "import", str(csv_path), *common], args.pos)
    if args.reimport:
        run("re-import (no-op)", [*poagent, "import", str(csv_path), *common], args.pos)


if __name__ == "__main__":
    main()
