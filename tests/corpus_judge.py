"""Shared by the corpus tests: judge a `poagent extract` answer the way
../shared/tools/score_extract.py does, and run the real command in-process on a case.

    correct             kind, matched POs and every labeled line agree
    deferred            output needs_review, truth is something else (no harm done)
    wrong               anything else
    false_confirmation  truth is not a confirmation, output says it is
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

import pytest

KINDS = {"confirmation", "needs_review", "auto_reply", "bounce", "unrelated"}


def num(value: object) -> object:
    """Numbers compare by value ("0.1160" equals "0.116"), as the scorer does."""
    if value is None:
        return None
    try:
        return Decimal(str(value)).normalize()
    except InvalidOperation:
        return ("unparseable", str(value))


def _schedule_key(schedule: list[dict] | None) -> list[tuple[str, str]]:
    return sorted((str(num(s.get("quantity"))), str(s.get("date"))) for s in schedule or [])


def _line_diffs(po_number: str, line_no: str, want: dict, got: dict | None) -> list[str]:
    if got is None:
        return [f"PO {po_number} line {line_no}: missing in output"]
    where = f"PO {po_number} line {line_no}"
    diffs = []
    if want.get("status") != got.get("status"):
        diffs.append(f"{where}: status {got.get('status')!r}, want {want.get('status')!r}")
    if want.get("status") in ("accepted", "changed"):
        for key in ("quantity", "unit_price"):
            if num(want.get(key)) != num(got.get(key)):
                diffs.append(f"{where}: {key} {got.get(key)!r}, want {want.get(key)!r}")
        if want.get("date") != got.get("date"):
            diffs.append(f"{where}: date {got.get('date')!r}, want {want.get('date')!r}")
        if want.get("schedule") and _schedule_key(want["schedule"]) != _schedule_key(
            got.get("schedule")
        ):
            diffs.append(f"{where}: schedule {got.get('schedule')!r}, want {want['schedule']!r}")
    return diffs


def judge(expected: dict, output: dict) -> tuple[str, list[str]]:
    """(outcome, reasons) with the scorer's rules."""
    want_kind = expected["kind"]
    got_kind = output.get("kind")
    if want_kind != "confirmation" and got_kind == "confirmation":
        return "false_confirmation", [f"kind confirmation, want {want_kind}"]
    if got_kind == "needs_review" and want_kind != "needs_review":
        return "deferred", ["needs_review", *(output.get("review_reasons") or [])]
    if want_kind != got_kind:
        return "wrong", [f"kind {got_kind!r}, want {want_kind!r}"]
    if want_kind != "confirmation":
        return "correct", []
    got_pos = {c.get("po_number"): c for c in output.get("confirmations") or []}
    want_pos = {c["po_number"]: c for c in expected["confirmations"]}
    reasons = []
    if set(got_pos) != set(want_pos):
        reasons.append(f"POs {sorted(map(str, got_pos))}, want {sorted(want_pos)}")
    for po_number, want in want_pos.items():
        got = got_pos.get(po_number)
        if got is None:
            continue
        got_lines = {str(ln.get("line")): ln for ln in got.get("lines") or []}
        for line_no, want_line in want["lines"].items():
            reasons += _line_diffs(po_number, line_no, want_line, got_lines.get(str(line_no)))
    return ("correct" if not reasons else "wrong"), reasons


def cases_in(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.iterdir() if p.is_dir() and (p / "expected.json").exists())


def expected_of(case: Path) -> dict:
    return json.loads((case / "expected.json").read_text(encoding="utf-8"))


@cache
def run_case(case: Path, tmp_root: str) -> dict:
    """The one JSON object `poagent extract` prints for the case's message (once per run)."""
    from agent.cli import main

    work = Path(tmp_root) / case.parent.name / case.name
    work.mkdir(parents=True, exist_ok=True)
    # the command sees neutral names only, never the case folder's
    shutil.copyfile(case / "pos.json", work / "pos.json")
    shutil.copyfile(case / "message.eml", work / "message.eml")
    raw = io.BytesIO()
    out = io.TextIOWrapper(raw, encoding="utf-8", write_through=True)
    with contextlib.redirect_stdout(out):
        code = main(["extract", "--pos", str(work / "pos.json"), str(work / "message.eml")])
    out.flush()
    lines = [ln for ln in raw.getvalue().decode("utf-8").splitlines() if ln.strip()]
    assert code == 0, f"{case.name}: `poagent extract` exited {code}"
    assert len(lines) == 1, f"{case.name}: expected one JSON line, got {len(lines)}: {lines[:3]!r}"
    return json.loads(lines[0])


def case_params(cases: list[Path], known_failures: dict[str, str]) -> list:
    """One pytest param per case; a known failure runs as xfail(strict=True)."""
    out = []
    for case in cases:
        marks = []
        if case.name in known_failures:
            marks.append(pytest.mark.xfail(strict=True, reason=known_failures[case.name]))
        out.append(pytest.param(case, id=case.name, marks=marks))
    return out
