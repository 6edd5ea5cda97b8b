#!/usr/bin/env python3
"""Regenerate cases/ and README.md of held-out batch dv (standard library only)."""
import json
import shutil
from pathlib import Path

from dvlib import common
from dvlib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (register cases)

ROOT = Path(__file__).resolve().parent


def main():
    out = ROOT / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    readme = ["# Held-out batch dv", "",
              "Regenerate with `python3 make_batch.py`. One line per case:", ""]
    for i, (slug, desc, fn) in enumerate(common.REGISTRY, 1):
        pos, raw, exp = fn()
        name = f"{i:03d}-{slug}"
        d = out / name
        d.mkdir()
        (d / "pos.json").write_text(common.dumps(pos), encoding="utf-8")
        (d / "message.eml").write_bytes(raw)
        (d / "expected.json").write_text(common.dumps(exp), encoding="utf-8")
        readme.append(f"- `{name}` | {exp['kind']}/{pos[0]['supplier']['locale']} | {desc}")
    (ROOT / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(common.REGISTRY)} cases")


if __name__ == "__main__":
    main()
