#!/usr/bin/env python3
"""Regenerate cases/ and README.md from dalib (standard library only)."""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dalib import common
from dalib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (register cases)


def main():
    out = os.path.join(HERE, "cases")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    readme = ["# Held-out batch DA", "",
              "Regenerate with `python3 make_batch.py`. One line per case:", ""]
    for i, c in enumerate(common.CASES, 1):
        name = "%03d-%s" % (i, c["slug"])
        pos, eml, exp = c["fn"]()
        assert exp["kind"] == c["kind"], name
        for p in pos:
            assert p["supplier"]["locale"] == c["locale"], name
        d = os.path.join(out, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(pos, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        readme.append("- `%s` | %s/%s | %s" % (name, c["kind"], c["locale"], c["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d cases" % len(common.CASES))


if __name__ == "__main__":
    main()
