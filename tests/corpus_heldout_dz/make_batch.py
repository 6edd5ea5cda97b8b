#!/usr/bin/env python3
"""Regenerate cases/ from scratch: python3 make_batch.py"""
import json
import shutil
from pathlib import Path

from dzlib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (registering)
from dzlib.common import CASES

ROOT = Path(__file__).resolve().parent
OUT = ROOT / "cases"


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    readme = ["# batch-dz: held-out supplier replies", "",
              "Regenerate with `python3 make_batch.py`; validate with "
              "`python3 /work/shared/corpus/check_corpus.py cases`.", ""]
    for i, fn in enumerate(CASES, 1):
        c = fn()
        name = "%03d-%s" % (i, c["slug"])
        d = OUT / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(c["pos"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(c["eml"])
        (d / "expected.json").write_text(json.dumps(c["exp"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        readme.append("- `%s` | %s | %s" % (name, c["tag"], c["desc"]))
    (ROOT / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print("%d cases written to %s" % (len(CASES), OUT))


if __name__ == "__main__":
    main()
