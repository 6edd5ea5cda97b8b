#!/usr/bin/env python3
"""Regenerate cases/ from scratch: python3 make_batch.py"""
import os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eblib.common import CASES, dump_json
from eblib import cases_a, cases_b, cases_c, cases_d  # noqa: F401 (register)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    readme = ["# Held-out batch eb", "", "Regenerate with `python3 make_batch.py`.", ""]
    for i, c in enumerate(CASES, 1):
        name = "%03d-%s" % (i, c["slug"])
        pos, eml, exp = c["fn"]()
        assert exp["kind"] == c["kind"], name
        for p in pos:
            assert p["supplier"]["locale"] == c["locale"], name
        d = os.path.join(OUT, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "wb") as f:
            f.write(dump_json(pos))
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(d, "expected.json"), "wb") as f:
            f.write(dump_json(exp))
        readme.append("- `%s` | %s/%s | %s" % (name, c["kind"], c["locale"], c["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    main()
