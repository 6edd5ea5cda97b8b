#!/usr/bin/env python3
"""Regenerate cases/ and README.md from drlib (standard library only, byte-identical run to run)."""
import json
import shutil
import sys
sys.dont_write_bytecode = True
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from drlib import common  # noqa: E402
from drlib import cases_a, cases_b, cases_c, cases_d  # noqa: E402,F401


def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    readme = ["# Held-out batch dr: supplier replies", "",
              "Regenerate with `python3 make_batch.py`; validate with "
              "`python3 /work/shared/corpus/check_corpus.py cases`.", "",
              "Format per case: `NNN-slug` | kind/locale | what is tricky.", ""]
    for i, c in enumerate(common.CASES, 1):
        name = "%03d-%s" % (i, c["slug"])
        pos, eml, exp = c["fn"]()
        assert exp["kind"] == c["kind"], name
        assert pos[0]["supplier"]["locale"] == c["locale"], name
        d = out / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(pos, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(eml)
        readme.append("- `%s` | %s/%s | %s" % (name, c["kind"], c["locale"], c["desc"]))
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print("%d cases written to %s" % (len(common.CASES), out))


if __name__ == "__main__":
    main()
