#!/usr/bin/env python3
"""Write held-out batch AO (supplier replies to purchase orders) into ./cases/.

Standard library only, deterministic: fixed boundaries, Message-IDs, zip stamps.
Usage: python3 make_batch.py
"""
import importlib
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

MODULES = ["aolib.cases_a", "aolib.cases_b", "aolib.cases_c", "aolib.cases_d", "aolib.cases_e"]


def main():
    cases = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        cases.extend(mod.CASES)
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    readme = ["# Batch AO: supplier replies (pharmacy packaging, farm parts, fruit, solar, tools, ink, yarn, "
              "dairy, glassware, rebar, amenities, lubricants, filters, film, masks, timber, chocolate, "
              "networking, safety shoes, jars)", "",
              "`case` | kind/locale | what makes it hard", ""]
    slugs = set()
    for i, fn in enumerate(cases, start=1):
        c = fn()
        slug = f"{i:03d}-{c['slug']}"
        assert c["slug"] not in slugs, c["slug"]
        slugs.add(c["slug"])
        d = out / slug
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(c["pos"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(c["expected"], indent=2, ensure_ascii=False) + "\n",
                                         encoding="utf-8")
        (d / "message.eml").write_bytes(c["eml"])
        loc = c["pos"][0]["supplier"]["locale"]
        readme.append(f"`{slug}` | {c['expected']['kind']}/{loc} | {c['hard']}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {out}")


if __name__ == "__main__":
    main()
