#!/usr/bin/env python3
"""Regenerate cases/ and README.md from dolib (standard library only)."""
import json
import shutil
from pathlib import Path

from dolib import common
from dolib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (register cases)

HERE = Path(__file__).resolve().parent


def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    readme = ["# Held-out batch `batch-do`", "",
              "Regenerate with `python3 make_batch.py`; validate with "
              "`python3 /work/shared/corpus/check_corpus.py cases`.", ""]
    for i, (slug, kl, desc, fn) in enumerate(common.REG, 1):
        pos, eml, exp = fn()
        name = f"{i:03d}-{slug}"
        d = out / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(eml)
        (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        readme.append(f"- `{name}` | {exp['kind']}/{kl} | {desc}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(common.REG)} cases to {out}")


if __name__ == "__main__":
    main()
