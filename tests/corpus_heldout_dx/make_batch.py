#!/usr/bin/env python3
"""Regenerate /work/heldout/batch-dx/cases from scratch (deterministic)."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dxlib.common import CASES
from dxlib import cases_a, cases_b, cases_c, cases_d  # noqa: F401 (registration)

def main():
    out = os.path.join(HERE, "cases")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    readme = ["# batch-dx held-out supplier replies", "",
              "Regenerate with `python3 make_batch.py`. One line per case:", ""]
    slugs = set()
    for i, c in enumerate(CASES, 1):
        assert c["slug"] not in slugs, c["slug"]
        slugs.add(c["slug"])
        pos, eml, exp = c["fn"]()
        assert exp["kind"] == c["kind"], c["slug"]
        name = "%03d-%s" % (i, c["slug"])
        d = os.path.join(out, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(pos, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, indent=2, ensure_ascii=False)
            f.write("\n")
        readme.append("- `%s` | %s/%s | %s" % (name, c["kind"], c["locale"], c["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    from collections import Counter
    print(len(CASES), "cases", dict(Counter(c["kind"] for c in CASES)), len({c["locale"] for c in CASES}), "locales")

if __name__ == "__main__":
    main()
