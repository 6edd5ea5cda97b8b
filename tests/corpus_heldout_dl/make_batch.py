#!/usr/bin/env python3
"""Regenerate /work/heldout/batch-dl/cases from scratch (standard library only)."""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from dllib import common  # noqa: E402
from dllib import cases_a, cases_b, cases_c, cases_d  # noqa: E402,F401


def main():
    out = os.path.join(HERE, "cases")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    readme = ["# batch-dl: held-out supplier replies", "",
              "Regenerate with `python3 make_batch.py`. One line per case:", ""]
    locales = set()
    for i, c in enumerate(common.CASES, 1):
        name = "%03d-%s" % (i, c["slug"])
        pos, eml, exp = c["fn"]()
        assert exp["kind"] == c["kind"], name
        assert any(p["supplier"]["locale"] == c["locale"] for p in pos), name
        assert c["locale"] not in locales, "duplicate locale " + c["locale"]
        locales.add(c["locale"])
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
    kinds = {}
    for c in common.CASES:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print("%d cases, %d locales, kinds %s" % (len(common.CASES), len(locales), kinds))


if __name__ == "__main__":
    main()
