#!/usr/bin/env python3
"""Regenerate cases/ from scratch: python3 make_batch.py"""
import json, shutil, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from eclib import common  # noqa: E402
from eclib import cases_a, cases_b, cases_c, cases_d  # noqa: E402,F401


def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    readme = ["# Held-out batch EC", "", "Regenerate with `python3 make_batch.py`.", "",
              "One line per case: `NNN-slug` | kind/locale | what is tricky.", ""]
    for i, c in enumerate(common.CASES, 1):
        name = f"{i:03d}-{c['slug']}"
        d = out / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(c["pos"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(c["expected"], indent=2, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
        (d / "message.eml").write_bytes(c["eml"])
        readme.append(f"- `{name}` | {c['kind']}/{c['locale']} | {c['desc']}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(common.CASES)} cases to {out}")


if __name__ == "__main__":
    main()
