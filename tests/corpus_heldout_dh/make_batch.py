#!/usr/bin/env python3
"""Regenerate cases/ from scratch: python3 make_batch.py"""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dhlib import common
from dhlib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (registration)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    cases = sorted(common.CASES, key=lambda c: c["num"])
    nums = [c["num"] for c in cases]
    assert nums == list(range(1, len(cases) + 1)), nums
    readme = ["# Held-out batch dh", "", "Regenerate with `python3 make_batch.py`.", ""]
    for c in cases:
        pos, eml, exp = c["fn"]()
        assert exp["kind"] == c["kind"], c["slug"]
        for p in pos:
            assert p["supplier"]["locale"] == c["locale"], c["slug"]
        name = "%03d-%s" % (c["num"], c["slug"])
        d = os.path.join(OUT, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(pos, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        readme.append("- `%s` | %s/%s | %s" % (name, c["kind"], c["locale"], c["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    kinds = {}
    for c in cases:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print(len(cases), "cases", kinds, "locales:", len({c["locale"] for c in cases}))


if __name__ == "__main__":
    main()
