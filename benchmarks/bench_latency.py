"""Reply appended → write-back POST received, with the real daemon: prints numbers, asserts nothing.

    .venv/bin/python benchmarks/bench_latency.py [--pos 1000] [--replies 12]
                                                   [--db sqlite,postgresql] [--idle on,off]
                                                   [--poll-interval 10] [--logs DIR]

For each database and IDLE setting: a Dovecot IMAP server, an aiosmtpd server
and a PostgreSQL cluster (the fixtures of tests/conftest.py and tests/dovecot.py,
so it runs under pytest, as root like the Dovecot tests), ``--pos`` open POs
whose requests went out an hour ago, an HTTP webhook receiver on loopback, and
``poagent run`` as a separate process with the default intervals (write-back
every 30 s, cadence/digests every 60 s), except the mailbox poll interval
(``--poll-interval``, 60 s by default in a real config), which bounds the
latency when IDLE is off. Then ``--replies`` supplier confirmations are
APPENDed one by one, each 0.5-2.5 s after the previous one's POST (IDLE off:
0.5 s to 0.5 s + the poll interval; seeded), each timed from the APPEND to the
moment its POST reaches the receiver. The load average (1 min) is printed before
and after: on a shared machine the figures follow it.

Where the time goes (PostgreSQL, 1,000 open POs, IDLE on): Dovecot tells an IDLE
client about new mail ~0.5 s after it lands (its NOTIFY_DELAY_MSECS, not
configurable), so about half of the median is the server's. The rest is the
mailbox step (SELECT/SEARCH/FETCH, store, claim, parse and read the mail in one
forked child, look up the candidate POs, apply and commit: each session a pool
checkout with pre-ping, BEGIN and COMMIT/ROLLBACK round trips, which cost
milliseconds each on a busy 2-core box) and the woken write-back (claim, render,
POST). ``--logs DIR`` keeps each daemon's DEBUG log (JSON lines with millisecond
timestamps: IDLE EXISTS, FETCH, MOVE, step done, httpcore POST) to see it per reply.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

RESULTS_ENV = "POAGENT_BENCH_LATENCY_RESULTS"
OPTIONS_ENV = "POAGENT_BENCH_LATENCY_OPTIONS"


def _options() -> dict[str, Any]:
    return json.loads(os.environ.get(OPTIONS_ENV, "{}"))


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (the value at least ``q`` of the samples are at or under)."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * q // 100))
    return ordered[int(rank) - 1]


@pytest.mark.parametrize("idle", [True, False], ids=["idle-on", "idle-off"])
def test_reply_to_webhook_latency(
    idle: bool,
    db_backend: str,
    db_url: str,
    session_factory: Any,
    smtp_server: Any,
    dovecot: Any,
    tls_ca: Any,
    tmp_path: Path,
) -> None:
    import time

    from tests.latency_harness import Appender, Daemon, an_hour_ago, seed_open_pos, timed_replies
    from tests.test_webhook import Receiver

    opts = _options()
    pos, replies, poll = opts["pos"], opts["replies"], opts["poll_interval"]
    started = time.perf_counter()
    seed_open_pos(session_factory, pos, an_hour_ago())
    seeded = time.perf_counter() - started
    receiver = Receiver().start()
    daemon = Daemon(
        db_url=db_url,
        smtp=smtp_server,
        dovecot=dovecot,
        receiver=receiver,
        tmp_path=tmp_path,
        ca_file=tls_ca.ca_file,
        idle=idle,
        poll_interval=poll,
    )
    rnd = random.Random(15)
    numbers = rnd.sample(range(pos), replies)
    # With IDLE off, replies land at random moments of the poll interval (not always
    # just after the poll that delivered the previous one).
    spread = 2.0 if idle else poll
    gaps = [rnd.uniform(0.5, 0.5 + spread) for _ in numbers]
    appender = Appender(dovecot)
    try:
        daemon.start()
        latencies = timed_replies(
            daemon, receiver, appender, numbers, gaps=gaps, timeout=max(60.0, 3 * poll)
        )
    finally:
        appender.close()
        daemon.stop()
        receiver.stop()
        if opts.get("logs"):
            import shutil

            name = f"poagent-run-{db_backend}-{'idle' if idle else 'poll'}.log"
            Path(opts["logs"]).mkdir(parents=True, exist_ok=True)
            shutil.copy(daemon.log_path, Path(opts["logs"]) / name)
    result = {
        "db": db_backend,
        "idle": idle,
        "pos": pos,
        "poll_interval": poll,
        "seed_seconds": round(seeded, 1),
        "latencies": latencies,
    }
    with open(os.environ[RESULTS_ENV], "a", encoding="utf-8") as fh:
        fh.write(json.dumps(result) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pos", type=int, default=1000, help="open POs in the database")
    parser.add_argument("--replies", type=int, default=12, help="replies timed per run")
    parser.add_argument("--db", default="sqlite,postgresql", help="sqlite, postgresql or both")
    parser.add_argument("--idle", default="on,off", help="on, off or both")
    parser.add_argument(
        "--poll-interval", type=float, default=10.0, help="[imap] poll_interval_seconds"
    )
    parser.add_argument("--logs", default="", help="keep the daemon's DEBUG logs in this folder")
    args = parser.parse_args()
    dbs = [d.strip() for d in args.db.split(",") if d.strip()]
    idles = [f"idle-{i.strip()}" for i in args.idle.split(",") if i.strip()]
    selected = " or ".join(f"({d} and {i})" for d in dbs for i in idles)

    load_before = os.getloadavg()[0]
    with tempfile.NamedTemporaryFile(prefix="bench-latency-", suffix=".jsonl") as results:
        os.environ[RESULTS_ENV] = results.name
        os.environ[OPTIONS_ENV] = json.dumps(
            {
                "pos": args.pos,
                "replies": args.replies,
                "poll_interval": args.poll_interval,
                "logs": str(Path(args.logs).resolve()) if args.logs else "",
            }
        )
        code = pytest.main(
            [
                str(Path(__file__).resolve()),
                "-q",
                "-p",
                "tests.conftest",
                "-p",
                "no:cacheprovider",
                "--rootdir",
                str(ROOT),
                "-o",
                "timeout=3600",
                "-k",
                selected,
            ]
        )
        runs = [json.loads(line) for line in Path(results.name).read_text().splitlines()]

    print()
    print(
        f"reply appended -> webhook POST received, {args.pos} open POs, default intervals "
        f"(write-back 30 s), poll_interval_seconds={args.poll_interval:g}"
    )
    print(f"load average (1 min): {load_before:.2f} before, {os.getloadavg()[0]:.2f} after")
    print(f"{'database':<11} {'IDLE':<5} {'n':>3} {'p50':>7} {'p95':>7} {'max':>7}  seed")
    for run in runs:
        lat = run["latencies"]
        print(
            f"{run['db']:<11} {'on' if run['idle'] else 'off':<5} {len(lat):>3} "
            f"{statistics.median(lat):>6.2f}s {percentile(lat, 95):>6.2f}s {max(lat):>6.2f}s"
            f"  {run['seed_seconds']:.0f}s"
        )
        print("    each: " + " ".join(f"{x:.2f}" for x in lat))
    return int(code)


if __name__ == "__main__":
    sys.exit(main())
