#!/usr/bin/env python3
"""Regenerate cases/ and README.md of batch-ef from scratch (deterministic)."""
import sys
sys.dont_write_bytecode = True
import json  # noqa: E402
import shutil
from pathlib import Path

from eflib import common
from eflib import cases_a, cases_b, cases_c, cases_d  # noqa: F401  (registration)

HERE = Path(__file__).resolve().parent


def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    readme = ["# batch-ef: held-out supplier replies", "",
              "Regenerate with `python3 make_batch.py`. One line per case:", ""]
    for i, c in enumerate(common.CASES, 1):
        name = f"{i:03d}-{c['slug']}"
        common.reset_boundaries(name)
        r = c["fn"]()
        d = out / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(r["pos"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(r["eml"])
        exp = {"kind": c["kind"]}
        if c["kind"] == "confirmation":
            exp["confirmations"] = r["confs"]
        else:
            assert not r.get("confs"), name
        exp["notes"] = r["notes"]
        (d / "expected.json").write_text(json.dumps(exp, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        readme.append(f"- `{name}` | {c['kind']}/{c['locale']} | {c['desc']}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"{len(common.CASES)} cases written to {out}")


if __name__ == "__main__":
    main()
