#!/usr/bin/env python3
"""Regenerate cases/ and README.md from dylib/cases_*.py (standard library only)."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dylib import common
from dylib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (register cases)

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    out = os.path.join(HERE, "cases")
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    readme = ["# Held-out batch dy", "",
              "Regenerate with `python3 make_batch.py`. One line per case:", ""]
    locales = set()
    for i, (slug, locale, desc, fn) in enumerate(common.CASES, 1):
        pos, eml, exp = fn()
        name = "%03d-%s" % (i, slug)
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
        assert pos[0]["supplier"]["locale"] == locale, name
        locales.add(locale)
        readme.append("- `%s` | %s/%s | %s" % (name, exp["kind"], locale, desc))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("%d cases, %d locales" % (len(common.CASES), len(locales)))


if __name__ == "__main__":
    main()
