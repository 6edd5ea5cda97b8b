#!/usr/bin/env python3
"""Regenerate cases/ from scratch: python3 make_batch.py"""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from edlib import common  # noqa: E402
from edlib import cases_a, cases_b, cases_c, cases_d  # noqa: E402,F401


def main():
    out = os.path.join(HERE, "cases")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    readme = ["# batch-ed: held-out supplier replies", "",
              "Regenerate with `python3 make_batch.py`. One line per case:", ""]
    for i, c in enumerate(common.CASES, 1):
        name = "%03d-%s" % (i, c["slug"])
        pos, eml, exp = c["fn"]()
        assert exp["kind"] == c["kind"], name
        assert all(p["supplier"]["locale"] == c["locale"] for p in pos), name
        d = os.path.join(out, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(pos, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        readme.append("- `%s` | %s/%s | %s" % (name, c["kind"], c["locale"], c["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d cases" % len(common.CASES))


if __name__ == "__main__":
    main()
