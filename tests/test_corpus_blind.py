"""The real extraction (`poagent extract`) on the blind corpus, tests/corpus_blind/.

Written as a held-out author would, without looking at the other corpora: typical supplier
replies from many industries, mail clients and languages (acceptances, changes, splits,
rejections, several POs, inline answers, HTML tables, CSV/XLSX attachments, an ERP mail,
auto-replies, bounces, questions, holding answers, unrelated mail). Files are generated
by tests/corpus_blind/make_blind.py; labels follow ../shared/corpus/FORMAT.md.

Judged in-process with the adversarial test's judge (the rules of
../shared/tools/score_extract.py). Deferring to a human is allowed; a wrong answer or a
false confirmation is not. A case still wrong is listed in KNOWN_FAILURES with its finding
in /work/notes/blind_findings.md and runs as xfail(strict=True).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import test_corpus_adversarial as adv

CORPUS = Path(__file__).resolve().parent / "corpus_blind"
CASES = sorted(p for p in CORPUS.iterdir() if p.is_dir() and (p / "expected.json").exists())

# case folder name -> finding (see /work/notes/blind_findings.md)
KNOWN_FAILURES: dict[str, str] = {}


def _run(case: Path, tmp_root: str) -> dict:
    # the adversarial runner reads from its own CORPUS; point it at ours for this call
    saved = adv.CORPUS
    adv.CORPUS = CORPUS
    try:
        return adv._run_case.__wrapped__(case.name, tmp_root)
    finally:
        adv.CORPUS = saved


@pytest.fixture(scope="module")
def tmp_root(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("blind"))


def test_corpus_is_labeled() -> None:
    """Enough realistic cases, mostly confirmations, every line of an answered PO labeled."""
    assert len(CASES) >= 35, f"only {len(CASES)} cases under {CORPUS}"
    assert set(KNOWN_FAILURES) <= {c.name for c in CASES}, "KNOWN_FAILURES names a missing case"
    kinds = []
    for case in CASES:
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        pos = json.loads((case / "pos.json").read_text(encoding="utf-8"))
        kinds.append(expected["kind"])
        assert expected["kind"] in adv.KINDS, case.name
        assert expected.get("notes"), f"{case.name}: no notes"
        if expected["kind"] != "confirmation":
            assert "confirmations" not in expected, case.name
            continue
        by_number = {po["po_number"]: po for po in pos}
        for conf in expected["confirmations"]:
            po = by_number[conf["po_number"]]
            assert {str(ln["line"]) for ln in po["lines"]} == set(conf["lines"]), case.name
            for n, want in conf["lines"].items():
                ordered = po["lines"][int(n) - 1]
                if want["status"] == "accepted":
                    assert want["quantity"] == ordered["quantity"], case.name
                    assert adv._num(want["unit_price"]) == adv._num(ordered["unit_price"]), (
                        case.name
                    )
                    assert want["date"] == ordered["requested_date"], case.name
                if want["status"] == "changed":
                    same = (
                        want["quantity"] == ordered["quantity"]
                        and adv._num(want["unit_price"]) == adv._num(ordered["unit_price"])
                        and want["date"] == ordered["requested_date"]
                        and not want.get("schedule")
                    )
                    assert not same, f"{case.name}: line {n} 'changed' with the PO's values"
    # batches 6-11 added many replies that must not confirm: 57% confirmations overall (69 of 122)
    assert kinds.count("confirmation") >= 0.55 * len(kinds)
    assert set(kinds) == adv.KINDS, "every kind is represented"


def _params() -> list:
    out = []
    for case in CASES:
        marks = []
        if case.name in KNOWN_FAILURES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_FAILURES[case.name]))
        out.append(pytest.param(case, id=case.name, marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_never_wrong_never_false_confirmation(case: Path, tmp_root: str) -> None:
    """Each reply: the extraction may defer to a human, never confirms or reads a wrong value."""
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    output = _run(case, tmp_root)
    outcome, reasons = adv.judge(expected, output)
    assert outcome in ("correct", "deferred"), (
        f"{case.name}: {outcome}: {'; '.join(reasons)}\noutput: {json.dumps(output)[:1500]}"
    )


def test_most_replies_are_read_automatically(tmp_root: str) -> None:
    """A floor on automation (85%) so a guard that defers everything is noticed; raise it as fixes land."""
    outcomes = []
    for case in CASES:
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        outcomes.append(adv.judge(expected, _run(case, tmp_root))[0])
    assert outcomes.count("correct") >= 0.85 * len(CASES), outcomes
