"""A refusal that announces a list ("We cannot supply the following items:") refuses the
items under it: a listed line that restates its ordered values is not thereby accepted, and
"cannot accept" is a refusal, not an acceptance. Every phrasing is written for these tests."""

from __future__ import annotations

from agent.reading.claims import _act
from tests.test_extract import lines_of, read

ROWS = (
    "1. CAST-7781 Gearbox housing 40 pcs 312.50 EUR 15.12.2026\n"
    "2. CAST-7782 Gearbox cover 100 pcs 12.10 EUR 15.12.2026\n"
    "3. CAST-7790 Mounting foot 60 pcs 8.40 EUR 15.12.2026\n"
)


def _committed(res) -> set[int]:
    return {
        ln.line for c in res.confirmations for ln in c.lines if ln.status in ("accepted", "changed")
    }


def test_the_items_under_a_refusal_are_not_accepted() -> None:
    res = read(f"Hi Dana,\n\nWe cannot supply the following items:\n{ROWS}\nRegards, Sam")
    assert not _committed(res), res


def test_cannot_accept_this_order_over_its_lines_accepts_nothing() -> None:
    res = read(f"Hi Dana,\n\nThanks for PO 4500012345. We cannot accept this order:\n{ROWS}\nSam")
    assert not _committed(res), res


def test_cannot_accept_is_a_refusal() -> None:
    assert _act("We cannot accept this order:", False, False) == "decline"
    assert _act("Unfortunately we are unable to accept your PO", False, False) == "decline"
    assert _act("We accept your order", False, False) == "commit"


def test_a_confirmation_as_follows_still_accepts_its_rows() -> None:
    # the guard: the same rows under a confirmation are the confirmation
    res = read(f"Hi Dana,\n\nWe confirm PO 4500012345 as follows:\n{ROWS}\nRegards, Sam")
    assert res.kind == "confirmation", res.review_reasons
    assert {n for n, ln in lines_of(res).items() if ln.status == "accepted"} == {1, 2, 3}
