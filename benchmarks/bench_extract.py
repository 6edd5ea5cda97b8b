"""Extraction speed and memory: the reading pipeline in-process over the labeled corpora.

    .venv/bin/python benchmarks/bench_extract.py [--rounds 5] [CORPUS_DIR ...]

Default corpora: ../shared/corpus/dev (or /work/shared/corpus/dev) and tests/corpus.
Prints messages per second at the median round and at the best round, and the
peak memory (tracemalloc peak of the Python heap, and the process's max RSS).
Target: at least 200 messages/s on one core at the median, under 200 MB peak.
"""

from __future__ import annotations

import argparse
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
    args = ap.parse_args()
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
    for _ in range(args.rounds):
        started = time.perf_counter()
        for _, raw, pos in cases:
            read_message(raw, pos)
        elapsed = time.perf_counter() - started
        rates.append(len(cases) / elapsed)
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
    print(f"slowest message: {slowest[0][1]} {slowest[0][0] * 1000:.1f} ms")
    print(
        f"peak memory: Python heap {peak / 1e6:.1f} MB (tracemalloc), process max RSS {rss_mb:.0f} MB"
    )
    print("target: >= 200 messages/s at the median, < 200 MB peak")
    return 0


if __name__ == "__main__":
    sys.exit(main())
