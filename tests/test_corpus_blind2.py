"""The real extraction (`poagent extract`) on the second blind batch, tests/corpus_blind2/.

15 held-out supplier replies written without looking at the other corpora (see its README:
9 confirmations of everyday kinds, 6 non-commitments in fresh phrasings). Files are generated
by tests/corpus_blind2/make_blind2.py; labels follow ../shared/corpus/FORMAT.md. Judged
in-process with the adversarial test's judge (the rules of ../shared/tools/score_extract.py):
deferring to a human is allowed, a wrong answer or a false confirmation is not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.corpus_judge import KINDS, case_params, cases_in, judge, num, run_case

CORPUS = Path(__file__).resolve().parent / "corpus_blind2"
CASES = cases_in(CORPUS)

# case folder name -> defect still open (runs as xfail(strict=True))
KNOWN_FAILURES: dict[str, str] = {}


@pytest.fixture(scope="module")
def tmp_root(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("blind2"))


def test_corpus_is_labeled() -> None:
    """15 cases, labels well formed, every line of an answered PO labeled with consistent values."""
    assert len(CASES) == 15, f"{len(CASES)} cases under {CORPUS}"
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
                same = (
                    want.get("quantity") == ordered["quantity"]
                    and num(want.get("unit_price")) == num(ordered["unit_price"])
                    and want.get("date") == ordered["requested_date"]
                    and not want.get("schedule")
                )
                if want["status"] == "accepted":
                    assert same, f"{case.name}: line {n} 'accepted' with other values than the PO's"
                if want["status"] == "changed":
                    assert not same, f"{case.name}: line {n} 'changed' with the PO's values"
    assert kinds.count("confirmation") == 9


@pytest.mark.parametrize("case", case_params(CASES, KNOWN_FAILURES))
def test_never_wrong_never_false_confirmation(case: Path, tmp_root: str) -> None:
    """Each reply: the extraction may defer to a human, never confirms or reads a wrong value."""
    expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
    output = run_case(case, tmp_root)
    outcome, reasons = judge(expected, output)
    assert outcome in ("correct", "deferred"), (
        f"{case.name}: {outcome}: {'; '.join(reasons)}\noutput: {json.dumps(output)[:1500]}"
    )


def test_non_commitments_never_confirm(tmp_root: str) -> None:
    """The six replies that commit to nothing are never read as a confirmation."""
    for case in CASES:
        expected = json.loads((case / "expected.json").read_text(encoding="utf-8"))
        if expected["kind"] == "confirmation":
            continue
        assert run_case(case, tmp_root)["kind"] != "confirmation", case.name
