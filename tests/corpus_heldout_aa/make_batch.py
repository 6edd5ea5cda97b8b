#!/usr/bin/env python3
"""Writes held-out batch AA: cases/NNN-slug/{message.eml,pos.json,expected.json} and README.md.

Standard library only; fully deterministic (fixed boundaries, Message-IDs, zip timestamps).
Usage: python3 make_batch.py
"""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from aalib.registry import CASES  # noqa: E402
import aacases  # noqa: E402,F401  (registers all cases)


def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    nums = sorted(CASES)
    assert nums == list(range(1, len(nums) + 1)), f"case numbers not contiguous: {nums}"
    readme = ["# Batch AA - supplier replies (held-out), one line per case: `case` | kind/locale | what makes it hard",
              ""]
    for n in nums:
        slug, kl, hard, fn = CASES[n]
        pos, eml, exp = fn()
        assert kl.split("/")[0] == exp["kind"], (n, kl, exp["kind"])
        loc = kl.split("/", 1)[1]
        assert loc == pos[0]["supplier"]["locale"], (n, loc, pos[0]["supplier"]["locale"])
        folder = out / f"{n:03d}-{slug}"
        folder.mkdir()
        (folder / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (folder / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n",
                                              encoding="utf-8")
        (folder / "message.eml").write_bytes(eml)
        readme.append(f"`{n:03d}-{slug}` | {kl} | {hard}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(nums)} cases to {out}")


if __name__ == "__main__":
    main()
