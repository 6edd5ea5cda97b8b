#!/usr/bin/env python3
"""Regenerate cases/ of the batch-dj held-out corpus from scratch (stdlib only)."""
import json
import os
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from djlib import common  # noqa: E402
from djlib import cases_a, cases_b, cases_c, cases_d  # noqa: E402,F401

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    out = os.path.join(HERE, "cases")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    readme = ["# batch-dj held-out supplier replies", "",
              "Regenerate with `python3 make_batch.py`. One line per case:", ""]
    kinds = {}
    for n, c in enumerate(common.CASES, 1):
        common.start_case(n)
        pos, eml, expected = c["fn"]()
        assert expected["kind"] == c["kind"], c["slug"]
        assert pos[0].sup["locale"] == c["locale"], c["slug"]
        name = f"{n:03d}-{c['slug']}"
        d = os.path.join(out, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump([p.json() for p in pos], f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(expected, f, indent=2, ensure_ascii=False)
            f.write("\n")
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        readme.append(f"- `{name}` | {c['kind']}/{c['locale']} | {c['desc']}")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    locs = {c["locale"] for c in common.CASES}
    print(f"{len(common.CASES)} cases, kinds {kinds}, {len(locs)} locales")


if __name__ == "__main__":
    main()
