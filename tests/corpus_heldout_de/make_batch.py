#!/usr/bin/env python3
"""Regenerate cases/ and README.md from the delib package (stdlib only)."""
import json
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from delib.common import CASES  # noqa: E402
import delib.cases_a  # noqa: E402,F401
import delib.cases_b  # noqa: E402,F401
import delib.cases_c  # noqa: E402,F401
import delib.cases_d  # noqa: E402,F401


def main():
    out = os.path.join(HERE, "cases")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    readme = ["# Held-out batch `batch-de`", "",
              "Regenerate with `python3 make_batch.py`. One line per case:", ""]
    nums = sorted(CASES)
    assert nums == list(range(1, len(nums) + 1)), nums
    for n in nums:
        c = CASES[n]
        pos, eml, exp = c["fn"]()
        name = "%03d-%s" % (n, c["slug"])
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
        readme.append("- `%s` | %s/%s | %s" % (name, exp["kind"], c["locale"], c["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d cases" % len(nums))


if __name__ == "__main__":
    main()
