#!/usr/bin/env python3
"""Regenerate cases/ and README.md from eelib (deterministic)."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eelib.common import CASES
from eelib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (register cases)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")

def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    readme = ["# Held-out batch ee", "", "Regenerate with `python3 make_batch.py`.", ""]
    for i, c in enumerate(CASES, 1):
        name = f"{i:03d}-{c['slug']}"
        pos, eml, exp = c["fn"]()
        assert exp["kind"] == c["kind"], name
        for po in pos:
            assert po["supplier"]["locale"] == c["locale"], name
        d = os.path.join(OUT, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(pos, indent=2, ensure_ascii=False) + "\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(exp, indent=2, ensure_ascii=False) + "\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        readme.append(f"- `{name}` | {c['kind']}/{c['locale']} | {c['desc']}")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print(f"{len(CASES)} cases written to {OUT}")

if __name__ == "__main__":
    main()
