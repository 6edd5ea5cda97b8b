#!/usr/bin/env python3
"""Regenerate cases/ and README.md from dglib (standard library only)."""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dglib import common  # noqa: E402
from dglib import cases_a, cases_b, cases_c, cases_d  # noqa: E402,F401


def main():
    out = os.path.join(HERE, "cases")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    readme = ["# Held-out batch dg", "", "Regenerate with `python3 make_batch.py`.", ""]
    for i, c in enumerate(common.CASES, 1):
        name = "%03d-%s" % (i, c["slug"])
        pos, raw, exp = c["fn"]()
        assert exp["kind"] == c["kind"], name
        for p in pos:
            assert p["supplier"]["locale"] == c["locale"] or len(pos) > 1, name
        d = os.path.join(out, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(pos, f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(raw)
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, indent=2, ensure_ascii=False)
            f.write("\n")
        readme.append("- `%s` | %s/%s | %s" % (name, c["kind"], c["locale"], c["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    kinds = {}
    for c in common.CASES:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print(len(common.CASES), "cases", kinds, "locales:", len({c["locale"] for c in common.CASES}))


if __name__ == "__main__":
    main()
