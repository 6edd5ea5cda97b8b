#!/usr/bin/env python3
"""Write held-out batch AI (supplier replies: musical instruments, tents, eggs,
chainsaws, implants, insulation, ... ) into cases/NNN-slug/.

Standard library only, fully deterministic: run it twice, get identical bytes.
Usage:  python3 make_batch.py
"""
from __future__ import annotations

import json
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ailib.core import CASES  # noqa: E402
import cases_a  # noqa: E402,F401
import cases_b  # noqa: E402,F401
import cases_c  # noqa: E402,F401
import cases_d  # noqa: E402,F401
import cases_e  # noqa: E402,F401


def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    order = list(CASES)
    random.Random(20261110).shuffle(order)   # mix kinds; fixed seed keeps it stable
    slugs = set()
    ponums = set()
    readme = ["# Batch AI - held-out supplier replies", "",
              "Theme: musical instruments, event tents, eggs and dairy, forestry, implants, insulation,",
              "pet food, filters, water, plasterboard, screws, vaccine carriers, filament, cable ties,",
              "nuts, aircraft consumables, fabrics, corks, road salt, playground equipment.", "",
              "Regenerate with `python3 make_batch.py`; validate with",
              "`python3 /work/shared/corpus/check_corpus.py cases`.", ""]
    for n, c in enumerate(order, 1):
        assert c["slug"] not in slugs, c["slug"]
        slugs.add(c["slug"])
        pos, eml, exp = c["fn"]()
        kind, loc = c["kl"].split("/")
        assert exp["kind"] == kind, (c["slug"], exp["kind"], kind)
        assert pos[0]["supplier"]["locale"] == loc, (c["slug"], pos[0]["supplier"]["locale"], loc)
        for p in pos:
            assert p["po_number"] not in ponums, (c["slug"], p["po_number"])
            ponums.add(p["po_number"])
        name = f"{n:03d}-{c['slug']}"
        d = out / name
        d.mkdir()
        (d / "message.eml").write_bytes(eml)
        (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        readme.append(f"`{name}` | {c['kl']} | {c['hard']}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(order)} cases to {out}")


if __name__ == "__main__":
    main()
