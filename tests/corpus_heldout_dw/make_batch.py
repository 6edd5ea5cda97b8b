#!/usr/bin/env python3
"""Regenerate cases/ from scratch: python3 make_batch.py"""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dwlib import common  # noqa: E402
from dwlib import cases_a, cases_b, cases_c, cases_d  # noqa: E402,F401

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    readme = ["# Held-out batch dw", "", "One line per case: `NNN-slug` | kind/locale | what is tricky.", ""]
    kinds = {}
    for i, c in enumerate(common.CASES, 1):
        name = "%03d-%s" % (i, c["slug"])
        pos, eml, exp = c["fn"]()
        assert exp["kind"] == c["kind"], name
        assert pos[0]["supplier"]["locale"] == c["locale"], name
        d = os.path.join(OUT, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(pos, indent=2, ensure_ascii=False) + "\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            f.write(json.dumps(exp, indent=2, ensure_ascii=False) + "\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        readme.append("- `%s` | %s/%s | %s" % (name, c["kind"], c["locale"], c["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    locs = {c["locale"] for c in common.CASES}
    print("%d cases, kinds %s, %d locales" % (len(common.CASES), kinds, len(locs)))


if __name__ == "__main__":
    main()
