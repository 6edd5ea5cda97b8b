#!/usr/bin/env python3
"""Write held-out batch AC: supplier replies to purchase orders (see /work/shared/corpus/FORMAT.md).

Standard library only; deterministic (fixed boundaries, Message-IDs, PDF/XLSX timestamps).
Usage: python3 make_batch.py            -> writes cases/NNN-slug/{message.eml,pos.json,expected.json} and README.md
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from aclib.registry import CASES  # noqa: E402
import chunks.c1  # noqa: E402,F401
import chunks.c2  # noqa: E402,F401
import chunks.c3  # noqa: E402,F401
import chunks.c4  # noqa: E402,F401


def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    nums = sorted(c["num"] for c in CASES)
    assert nums == list(range(1, len(nums) + 1)), nums
    readme = ["# Batch AC: held-out supplier replies", "",
              "Theme: bakery ingredients, wind turbine spares, stationery, HVAC, pharma excipients, hydraulics, "
              "yarns, solar mounting, tyres, fasteners, tiles, glass bottles, welding, kitchen equipment, films, "
              "animal bedding, lab glassware, forklift parts, school furniture, cocoa and coffee.", "",
              "Regenerate with `python3 make_batch.py`; validate with "
              "`python3 /work/shared/corpus/check_corpus.py cases`.", "",
              "case | kind/locale | what makes it hard", "--- | --- | ---"]
    for c in sorted(CASES, key=lambda c: c["num"]):
        pos, msg, exp = c["fn"]()
        name = f"{c['num']:03d}-{c['slug']}"
        d = out / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(msg)
        readme.append(f"`{name}` | {exp['kind']}/{c['locale']} | {c['hard']}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()
