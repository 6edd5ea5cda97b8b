"""Extraction speed and memory: the reading pipeline in-process over the labeled corpora.

    .venv/bin/python benchmarks/bench_extract.py [--rounds 5] [--no-hostile] [CORPUS_DIR ...]

Default corpora: ../shared/corpus/dev (or /work/shared/corpus/dev) and tests/corpus.
Runs pinned to one CPU core. Prints messages per second at the median round and
at the best round, the peak memory (tracemalloc peak of the Python heap, and the
process's max RSS), the slowest single corpus message, and then the slowest
single message among the generated ones: a 770 kB reply with a 700,000-character
quoted line and every hostile family of tests/hostile_mails.py (each read once).
Targets: at least 200 messages/s on one core at the median, no message above 2 s,
under 200 MB peak on the corpora.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def default_corpora() -> list[Path]:
    out = []
    for cand in (
        ROOT.parent / "shared" / "corpus" / "dev",
        Path("/work/shared/corpus/dev"),
        ROOT / "tests" / "corpus",
    ):
        if cand.is_dir() and cand.resolve() not in [p.resolve() for p in out]:
            out.append(cand)
    return out


def load_cases(corpora: list[Path]):
    from agent.reading.pos_json import load_pos

    cases = []
    for corpus in corpora:
        for case in sorted(
            p
            for p in corpus.iterdir()
            if (p / "message.eml").exists() and (p / "pos.json").exists()
        ):
            cases.append(
                (case.name, (case / "message.eml").read_bytes(), load_pos(case / "pos.json"))
            )
    return cases


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument(
        "--no-hostile", action="store_true", help="skip the generated large and hostile mails"
    )
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    corpora = args.corpora or default_corpora()
    if not corpora:
        print("no corpus found", file=sys.stderr)
        return 2
    from agent.reading.pipeline import read_message

    cases = load_cases(corpora)
    # warm-up: babel data, regex compilation, lazy imports
    for _, raw, pos in cases:
        read_message(raw, pos)
    rates = []
    cpu_rates = []
    for _ in range(args.rounds):
        started = time.perf_counter()
        cpu_started = time.process_time()
        for _, raw, pos in cases:
            read_message(raw, pos)
        elapsed = time.perf_counter() - started
        rates.append(len(cases) / elapsed)
        cpu_rates.append(len(cases) / max(time.process_time() - cpu_started, 1e-9))
    # memory in a separate pass: tracemalloc slows Python down severalfold
    tracemalloc.start()
    for _, raw, pos in cases:
        read_message(raw, pos)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # slowest single message, for the tail
    slowest = []
    for name, raw, pos in cases:
        t = time.perf_counter()
        read_message(raw, pos)
        slowest.append((time.perf_counter() - t, name))
    slowest.sort(reverse=True)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"corpora: {', '.join(str(c) for c in corpora)}; {len(cases)} messages x {args.rounds} rounds"
    )
    print(
        f"messages/s: median {statistics.median(rates):.0f}, peak {max(rates):.0f}, worst round {min(rates):.0f}"
    )
    # on a shared machine the wall clock counts other processes' time too
    print(f"messages per CPU second: median {statistics.median(cpu_rates):.0f}")
    print(f"slowest message: {slowest[0][1]} {slowest[0][0] * 1000:.1f} ms")
    print(
        f"peak memory: Python heap {peak / 1e6:.1f} MB (tracemalloc), process max RSS {rss_mb:.0f} MB"
    )
    print("target: >= 200 messages/s at the median, < 200 MB peak")
    cold, warm = command_start_up(corpora[0])
    print(
        f"one message through 'poagent extract' (start-up included): first call {cold:.2f} s "
        f"(empty start-up cache), then {warm:.2f} s (median of 3)"
    )
    if not args.no_hostile:
        generated = generated_slowest()
        print("generated mails, each read once (CPU seconds):")
        for seconds, name, kind in generated:
            print(f"  {name:28s} {seconds:6.2f} s  {kind}")
        worst = generated[0]
        print(f"slowest generated message: {worst[1]} {worst[0]:.2f} s (target: none above 2 s)")
    return 0


def command_start_up(corpus: Path) -> tuple[float, float]:
    """Wall seconds of one ``poagent extract`` call on one message: with an empty start-up
    cache, then the median of three calls that find it filled."""
    import subprocess
    import tempfile

    case = next(p for p in sorted(corpus.iterdir()) if (p / "message.eml").exists())
    argv = [sys.executable, "-m", "agent", "extract", "--pos", str(case / "pos.json")]
    argv.append(str(case / "message.eml"))
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "POAGENT_CACHE_DIR": cache}
        times = []
        for _ in range(4):
            started = time.perf_counter()
            subprocess.run(argv, env=env, capture_output=True, check=True)
            times.append(time.perf_counter() - started)
    return times[0], statistics.median(times[1:])


def generated_slowest() -> list[tuple[float, str, str]]:
    """Each generated mail through the pipeline once: (seconds, name, kind), slowest first."""
    sys.path.insert(0, str(ROOT))
    from agent.reading.pipeline import read_message
    from agent.reading.pos_json import load_pos
    from tests import hostile_mails

    pos = load_pos(hostile_mails.hostile_pos())
    out = []
    for name, make in hostile_mails.FAMILIES.items():
        raw = make()
        t = time.process_time()
        result = read_message(raw, pos)
        out.append((time.process_time() - t, name, result.kind))
    out.sort(reverse=True)
    return out


if __name__ == "__main__":
    sys.exit(main())
