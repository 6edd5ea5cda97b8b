#!/usr/bin/env python3
"""Regenerate cases/ and README.md from dplib/cases_*.py (standard library only)."""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dplib import common
from dplib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (registration)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    readme = ["# Held-out batch dp", "", "Regenerate with `python3 make_batch.py`.", ""]
    slugs = set()
    for i, meta in enumerate(common.CASES, 1):
        assert meta["slug"] not in slugs, meta["slug"]
        slugs.add(meta["slug"])
        common.write_case(i, meta, OUT)
        readme.append("- `%03d-%s` | %s/%s | %s" % (i, meta["slug"], meta["kind"], meta["locale"], meta["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    kinds = {}
    for m in common.CASES:
        kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
    print(len(common.CASES), "cases", kinds, "locales:", len({m["locale"] for m in common.CASES}))


if __name__ == "__main__":
    main()
