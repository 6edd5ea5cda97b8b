#!/usr/bin/env python3
"""Regenerate the held-out batch: cases/NNN-slug/{pos.json,message.eml,expected.json} and README.md."""
import json, os, shutil, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dblib import common  # noqa: E402
from dblib import cases_a, cases_b, cases_c, cases_d  # noqa: E402,F401


def main():
    out = os.path.join(HERE, "cases")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    readme = ["# Held-out batch `batch-db`", "",
              "Regenerate with `python3 make_batch.py`; validate with "
              "`python3 /work/shared/corpus/check_corpus.py cases`.", "",
              "Format per `/work/shared/corpus/FORMAT.md`. One line per case: slug | kind/locale | what is tricky.", ""]
    for i, c in enumerate(common.CASES, 1):
        name = "%03d-%s" % (i, c["slug"])
        pos, raw, exp = c["fn"]()
        assert exp["kind"] == c["kind"], name
        assert pos[0]["supplier"]["locale"] == c["locale"], name
        d = os.path.join(out, name)
        os.makedirs(d)
        with open(os.path.join(d, "pos.json"), "w", encoding="utf-8") as f:
            json.dump([common.public_po(p) for p in pos], f, indent=2, ensure_ascii=False)
            f.write("\n")
        with open(os.path.join(d, "message.eml"), "wb") as f:
            f.write(common.finalize(raw))
        with open(os.path.join(d, "expected.json"), "w", encoding="utf-8") as f:
            json.dump(exp, f, indent=2, ensure_ascii=False)
            f.write("\n")
        readme.append("- `%s` | %s/%s | %s" % (name, c["kind"], c["locale"], c["desc"]))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(readme) + "\n")
    print("wrote %d cases to %s" % (len(common.CASES), out))


if __name__ == "__main__":
    main()
