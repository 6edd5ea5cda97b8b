#!/usr/bin/env python3
"""Regenerate cases/ from scratch: python3 make_batch.py"""
import json, shutil, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from dnlib import common
from dnlib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (register cases)

out = HERE / "cases"
if out.exists():
    shutil.rmtree(out)
out.mkdir()
cs = sorted(common.CASES, key=lambda c: c["num"])
nums = [c["num"] for c in cs]
assert nums == list(range(1, len(cs) + 1)), nums
readme = ["# Held-out batch dn", "", "One line per case: `NNN-slug` | kind/locale | what is tricky.", ""]
for c in cs:
    name = f"{c['num']:03d}-{c['slug']}"
    d = out / name
    d.mkdir()
    (d / "pos.json").write_text(json.dumps([p.json() for p in c["pos"]], ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    (d / "message.eml").write_bytes(c["msg"])
    (d / "expected.json").write_text(json.dumps(common.expected_json(c), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    readme.append(f"- `{name}` | {c['kind']}/{c['locale']} | {c['desc']}")
(HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
from collections import Counter
print(len(cs), "cases", dict(Counter(c["kind"] for c in cs)), len({c["locale"] for c in cs}), "locales")
