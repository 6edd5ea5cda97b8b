#!/usr/bin/env python3
"""Regenerate cases/ and README.md of held-out batch dd from ddlib (standard library only)."""
import json
import shutil
from pathlib import Path

from ddlib import cases_a, cases_b, cases_c, cases_d  # noqa: F401 - registration
from ddlib.common import CASES

HERE = Path(__file__).resolve().parent


def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    readme = ["# Held-out batch dd", "", "Regenerate with `python3 make_batch.py`.", ""]
    locales = set()
    for i, (slug, desc, fn) in enumerate(CASES, 1):
        name = f"{i:03d}-{slug}"
        pos, eml, expected = fn(name)
        d = out / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(pos, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(eml)
        loc = pos[0]["supplier"]["locale"]
        locales.add(loc)
        readme.append(f"- `{name}` | {expected['kind']}/{loc} | {desc}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"{len(CASES)} cases, {len(locales)} distinct locales")


if __name__ == "__main__":
    main()
