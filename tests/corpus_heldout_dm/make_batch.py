#!/usr/bin/env python3
"""Regenerate /work/heldout/batch-dm/cases from scratch."""
import json, os, shutil, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dmlib import common
from dmlib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (register cases)

def main():
    out = os.path.join(HERE, "cases")
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    readme = ["# batch-dm held-out supplier replies", "",
              "Regenerate with `python3 make_batch.py`. One line per case:", ""]
    for n, meta in enumerate(common.CASES, 1):
        c = common.Case(meta)
        meta["fn"](c)
        assert c.eml and c.expected and c.pos, meta["slug"]
        assert c.expected["kind"] == meta["kind"], meta["slug"]
        name = "%03d-%s" % (n, meta["slug"])
        d = os.path.join(out, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(c.pos, f, indent=2, ensure_ascii=False); f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(c.expected, f, indent=2, ensure_ascii=False); f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(c.eml)
        readme.append("- `%s` | %s/%s | %s" % (name, meta["kind"], meta["locale"], meta["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d cases" % len(common.CASES))

if __name__ == "__main__":
    main()
