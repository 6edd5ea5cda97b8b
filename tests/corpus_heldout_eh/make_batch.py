#!/usr/bin/env python3
"""Regenerate cases/ and README.md from ehlib (stdlib only, byte-identical run to run)."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ehlib import common
from ehlib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (register cases)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    readme = ["# Held-out batch eh", "", "Regenerate with `python3 make_batch.py`.", ""]
    for i, c in enumerate(common.CASES, 1):
        common.sanity(c)
        name = "%03d-%s" % (i, c["slug"])
        d = os.path.join(OUT, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(c["pos"], f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(c["expected"], f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(c["eml"])
        readme.append("- `%s` | %s/%s | %s" % (name, c["kind"], c["locale"], c["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    kinds = {}
    for c in common.CASES:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print(len(common.CASES), "cases", kinds, "locales:", len({c["locale"] for c in common.CASES}))


if __name__ == "__main__":
    main()
