#!/usr/bin/env python3
"""Regenerate cases/ and README.md of the held-out batch from scratch."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eglib.common import CASES
from eglib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (register cases)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    readme = ["# Held-out batch eg", "", "One line per case: `NNN-slug` | kind/locale | what is tricky.", ""]
    for num in sorted(CASES):
        slug, desc, fn = CASES[num]
        pos, eml, exp = fn()
        name = "%03d-%s" % (num, slug)
        d = os.path.join(OUT, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump(pos, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, ensure_ascii=False, indent=2)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(eml)
        readme.append("- `%s` | %s/%s | %s" % (name, exp["kind"], pos[0]["supplier"]["locale"], desc))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    main()
