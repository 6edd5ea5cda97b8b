#!/usr/bin/env python3
"""Regenerate cases/NNN-slug/{pos.json,message.eml,expected.json} for batch CZ."""
import json
import shutil
from email import policy
from pathlib import Path

from czlib import cases_a, cases_b, cases_c, cases_d

ROOT = Path(__file__).resolve().parent / "cases"


def main():
    cases = sum((getattr(m, "CASES", []) for m in (cases_a, cases_b, cases_c, cases_d)), [])
    if ROOT.exists():
        shutil.rmtree(ROOT)
    ROOT.mkdir()
    readme = ["# Batch CZ - held-out supplier replies", "",
              "Regenerate with `python3 make_batch.py` (run from this directory).", ""]
    for i, fn in enumerate(cases, 1):
        c = fn()
        slug = f"{i:03d}-{c['slug']}"
        d = ROOT / slug
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(c["pos"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(c["exp"], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(c["msg"].as_bytes(policy=policy.SMTP))
        readme.append(f"- `{slug}` | {c['exp']['kind']}/{c['locale']} | {c['hard']}")
    (Path(__file__).resolve().parent / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases")


if __name__ == "__main__":
    main()
