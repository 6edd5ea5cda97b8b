#!/usr/bin/env python3
"""Writes held-out batch X: cases/NNN-slug/{message.eml,pos.json,expected.json} and README.md.

Standard library only, fully deterministic: boundaries, Message-IDs and zip
timestamps are fixed in the case definitions (xlib/cases*.py).
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from xlib import cases1, cases2, cases3, cases4  # noqa: E402

MODULES = [cases1, cases2, cases3, cases4]


def main():
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    readme = ["# Batch X - held-out supplier replies", "",
              "Medical and lab consumables, aerospace fasteners, inks and paper, HVAC, bakery, glass,",
              "textiles, janitorial, marine, fire safety, optics, cosmetics packaging, gases, bicycles,",
              "garden, seeds and fertiliser, lab chemicals, elevators, signage.", "",
              "Regenerate with `python3 make_batch.py`; validate with",
              "`python3 /work/shared/corpus/check_corpus.py cases`.", "",
              "case | kind/locale | what makes it hard", "--- | --- | ---"]
    seen = set()
    cases = []
    for mod in MODULES:
        for fn in mod.CASES:
            cases.append(fn())
    cases.sort(key=lambda c: c["n"])
    for i, cs in enumerate(cases, 1):
        assert cs["n"] == i, (i, cs["n"], cs["slug"])
        name = f"{cs['n']:03d}-{cs['slug']}"
        assert name not in seen
        seen.add(name)
        d = out / name
        d.mkdir()
        (d / "pos.json").write_text(json.dumps(cs["pos"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "expected.json").write_text(json.dumps(cs["exp"], indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        (d / "message.eml").write_bytes(cs["eml"])
        # self-check: the message parses and every part decodes
        msg = email.message_from_bytes(cs["eml"], policy=email.policy.default)
        for part in msg.walk():
            if not part.is_multipart() and part.get_content_maintype() == "text":
                part.get_content()
        # self-check: Date header in November 2026; label dates are weekdays within the plausible window
        when = email.utils.parsedate_to_datetime(str(msg["Date"]))
        assert when.year == 2026 and when.month == 11, (name, msg["Date"])
        for conf in cs["exp"].get("confirmations", []):
            for key, lab in conf["lines"].items():
                for d in [lab.get("date")] + [x["date"] for x in lab.get("schedule", [])]:
                    if d:
                        day = dt.date.fromisoformat(d)
                        assert day.weekday() < 5, (name, key, d, "weekend")
                        assert dt.date(2026, 11, 1) <= day <= dt.date(2027, 3, 31), (name, key, d)
        loc = cs["pos"][0]["supplier"]["locale"]
        readme.append(f"`{name}` | {cs['exp']['kind']}/{loc} | {cs['hard']}")
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(cases)} cases to {out}")


if __name__ == "__main__":
    main()
