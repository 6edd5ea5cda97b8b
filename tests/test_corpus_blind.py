"""The real extraction (`poagent extract`) on the blind corpus, tests/corpus_blind/.

Written as a held-out author would, without looking at the other corpora: typical supplier
replies from many industries, mail clients and languages (acceptances, changes, splits,
rejections, several POs, inline answers, HTML tables, CSV/XLSX attachments, an ERP mail,
auto-replies, bounces, questions, holding answers, unrelated mail). Files are generated
by tests/corpus_blind/make_blind.py; labels follow ../shared/corpus/FORMAT.md.

Judged in-process with tests/corpus_judge.py (the rules of
../shared/tools/score_extract.py). Deferring to a human is allowed; a wrong answer or a
false confirmation is not. A case still wrong is listed in KNOWN_FAILURES with its finding
in /work/notes/blind_findings.md and runs as xfail(strict=True).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.corpus_judge import KINDS, case_params, cases_in, judge, num, run_case

CORPUS = Path(__file__).resolve().parent / "corpus_blind"
CASES = cases_in(CORPUS)

# case folder name -> finding (see /work/notes/blind_findings.md)
KNOWN_FAILURES: dict[str, str] = {}


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
        assert expected["kind"] in KINDS, case.name
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
                    assert num(want["unit_price"]) == num(ordered["unit_price"]), case.name
                    assert want["date"] == ordered["requested_date"], case.name
                if want["status"] == "changed":
                    same = (
                        want["quantity"] == ordered["quantity"]
                        and num(want["unit_price"]) == num(ordered["unit_price"])
                        and want["date"] == ordered["requested_date"]
                        and not want.get("schedule")
                    )
                    assert not same, f"{case.name}: line {n} 'changed' with the PO's values"
    # batches 6-11 added many replies that must not confirm: 57% confirmations overall (69 of 122)
    assert kinds.count("confirmation") >= 0.55 * len(kinds)
    assert set(kinds) == KINDS, "every kind is represented"


@pytest.mark.parametrize("case", case_params(CASES, KNOWN_FAILURES))
def test_never_wrong_never_false_confirmation(case: Path, tmp_root: str) -> None:
    """Each reply: the extraction may defer to a human, never confirms or reads a wrong value."""
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    output = run_case(case, tmp_root)
    outcome, reasons = judge(expected, output)
    assert outcome in ("correct", "deferred"), (
        f"{case.name}: {outcome}: {'; '.join(reasons)}\noutput: {json.dumps(output)[:1500]}"
    )


def test_most_replies_are_read_automatically(tmp_root: str) -> None:
    """A floor on automation (85%) so a guard that defers everything is noticed; raise it as fixes land."""
    outcomes = []
    for case in CASES:
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        outcomes.append(judge(expected, run_case(case, tmp_root))[0])
    assert outcomes.count("correct") >= 0.85 * len(CASES), outcomes
