#!/usr/bin/env python3
"""Regenerate cases/ and README.md from dtlib (deterministic)."""
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dtlib import common  # noqa: E402
from dtlib import cases_a, cases_b, cases_c, cases_d  # noqa: E402,F401

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    out = os.path.join(HERE, "cases")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    readme = ["# Held-out batch dt", "", "One line per case: slug | kind/locale | what is tricky.", ""]
    for i, c in enumerate(common.CASES, 1):
        name = "%03d-%s" % (i, c["slug"])
        pos, raw, exp = c["fn"]()
        assert exp["kind"] == c["kind"], name
        assert all(p["supplier"]["locale"] == c["locale"] for p in pos), name
        d = os.path.join(out, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            f.write(common.dumps(pos))
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            f.write(common.dumps(exp))
        readme.append("- `%s` | %s/%s | %s" % (name, c["kind"], c["locale"], c["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d cases" % len(common.CASES))


if __name__ == "__main__":
    main()
