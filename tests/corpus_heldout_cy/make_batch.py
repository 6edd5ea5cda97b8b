#!/usr/bin/env python3
"""Regenerate all cases of batch CY: python3 make_batch.py"""
import shutil
from pathlib import Path

from cylib import common
from cylib import cases_a  # noqa: F401
try:
    from cylib import cases_b  # noqa: F401
    from cylib import cases_c  # noqa: F401
    from cylib import cases_d  # noqa: F401
except ImportError:
    pass

HERE = Path(__file__).resolve().parent


def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    cases = common.write_all(out)
    lines = ["# Batch CY - held-out supplier replies", "",
             "Regenerate with `python3 make_batch.py` (standard library only).", ""]
    for c in cases:
        lines.append(f"- `{c['name']}` | {c['kind']}/{c['locale']} | {c['desc']}")
    (HERE / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
