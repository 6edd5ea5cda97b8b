#!/usr/bin/env python3
"""Write held-out batch AG: supplier replies to purchase orders.

Deterministic, standard library only.  Usage:  python3 make_batch.py
Cases are defined in ag_part*.py (registered in order); helpers live in aglib/.
"""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from aglib.core import write_case  # noqa: E402
from aglib.registry import CASES  # noqa: E402
import ag_part1  # noqa: E402,F401
import ag_part2  # noqa: E402,F401
import ag_part3  # noqa: E402,F401
import ag_part4  # noqa: E402,F401
import ag_part5  # noqa: E402,F401


def main():
    root = HERE / "cases"
    if root.exists():
        shutil.rmtree(root)
    root.mkdir()
    readme = ["# Held-out batch AG", "",
              "Supplier replies to purchase orders (dental, marine paint, solar rails, bearings, wine, furniture,",
              "hoses, medical disposables, roofing fasteners, bakery, LED, gases, cosmetic glass, wire mesh,",
              "forklift parts, yarn, tiles, film, lab glass). Written by `make_batch.py` (helpers in `aglib/`,",
              "cases in `ag_part1.py` .. `ag_part5.py`).", "",
              "`case` | kind/locale | what makes it hard", ""]
    seen = set()
    for num, (slug, kind_locale, hard, fn) in enumerate(CASES, start=1):
        assert slug not in seen, slug
        seen.add(slug)
        pos, eml, expected = fn()
        assert expected["kind"] == kind_locale.split("/")[0], (slug, expected["kind"], kind_locale)
        assert kind_locale.split("/")[1] == pos[0]["supplier"]["locale"], (slug, kind_locale)
        name = write_case(root, num, slug, pos, eml, expected)
        readme.append("`%s` | %s | %s" % (name, kind_locale, hard))
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    main()
