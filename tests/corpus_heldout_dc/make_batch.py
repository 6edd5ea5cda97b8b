#!/usr/bin/env python3
"""Regenerate cases/ and README.md from dclib (standard library only)."""
from pathlib import Path
from dclib import common
from dclib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (register cases)

here = Path(__file__).resolve().parent
lines = common.write_all(here / "cases")
(here / "README.md").write_text(
    "# Held-out batch dc: supplier replies\n\nRegenerate with `python3 make_batch.py`.\n\n"
    + "\n".join(lines) + "\n", encoding="utf-8")
print(f"{len(lines)} cases written")
