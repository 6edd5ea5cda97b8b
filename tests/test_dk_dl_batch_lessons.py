"""Lessons of held-out batches DK and DL, and of the older cases their fixes exposed: each test
is a general capability a wrong answer showed missing, written in its own words (not the
batch's text)."""

from __future__ import annotations

from tests.test_extract import lines_of, make_po, read

_TWO = [
    ("HM-13-BR", "Hose mender 1/2 inch, brass", 400, "EA", "0.95", "2026-12-14"),
    ("HM-19-BR", "Hose mender 3/4 inch, brass", 250, "EA", "1.30", "2026-12-14"),
]


# DL 038 (deferred): "50 x Air hose … @ R 1 245,50 ea": the rand amount, followed by "ea",
# was taken for a count of 1,245.50 pieces; and "ARO" of "200 x ARO coupler", the goods' own
# name on the PO, for "after receipt of order", a condition.
def test_an_amount_of_money_is_no_count_and_the_goods_name_no_condition() -> None:
    lines = [
        ("AH-10-20", "Air hose rubber 10 mm, 20 m", 50, "EA", "1245.50", "2026-12-11"),
        ("QC-ARO-14", "Quick coupler ARO 1/4in, brass", 200, "EA", "38.75", "2026-12-11"),
    ]
    res = read(
        "Good morning Dana\n\nHerewith confirmation of your PO 4500012345:\n"
        "Line 1: 50 x Air hose rubber 10 mm x 20 m @ R 1 245,50 ea - delivery 2026/12/11\n"
        "Line 2: 200 x ARO coupler 1/4in brass @ R 38,75 ea - delivery 2026/12/11\n",
        [make_po(locale="en-ZA", currency="ZAR", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}


def test_a_condition_word_that_is_not_the_goods_name_still_holds() -> None:
    # the guard: "ARO" of a lead time, on goods whose name does not hold it
    res = read(
        "Hi Dana,\n\nPO 4500012345 confirmed, delivery 4 weeks ARO subject to credit approval.\n",
        [make_po(locale="en-ZA", currency="ZAR", lines=_TWO)],
    )
    assert res.kind == "needs_review", res
