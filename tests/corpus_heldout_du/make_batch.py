#!/usr/bin/env python3
"""Regenerate cases/ from scratch (deterministic)."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from dulib import common
from dulib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (register cases)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "cases")


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    readme = ["# batch-du: held-out supplier replies", "",
              "Regenerate with `python3 make_batch.py`. One line per case: slug | kind/locale | what is tricky.", ""]
    for i, (slug, kind, locale, desc, fn) in enumerate(common.CASES, 1):
        name = "%03d-%s" % (i, slug)
        pos, eml, exp = fn()
        assert exp["kind"] == kind, name
        assert pos[0]["supplier"]["locale"] == locale, name
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
        readme.append("- `%s` | %s/%s | %s" % (name, kind, locale, desc))
    readme += ["", "Validator warnings are only 'locale not named in FORMAT.md' and 'currency not among EUR/GBP/USD':",
               "intended, since every case uses a different supplier locale and its local currency."]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d cases" % len(common.CASES))


if __name__ == "__main__":
    main()
