"""A question in a paragraph about one line ("Pos 3: … Vilken revision gäller?") holds that
line, not the whole order: the lines answered firmly are confirmed and the asked one stays
open. A question that decides what a refusal of the line means (an end-of-life item and its
replacement offered) still goes to a person. Every phrasing is written for these tests."""

from __future__ import annotations

from tests.test_extract import lines_of, make_po, read


def test_a_question_about_one_line_leaves_only_that_line_open() -> None:
    body = (
        "Hej Dana,\n\nPos 1 och 2 går bra enligt er order, leverans 15/12.\n\n"
        "Pos 3: på ritningen står rev C men i er order rev D. Vilken revision gäller? Vi "
        "återkommer med pris och leveranstid när vi vet.\n\nMvh"
    )
    res = read(body, [make_po(locale="sv-SE")])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "unconfirmed"]


def test_a_question_about_a_replacement_for_a_refused_line_is_not_a_rejection() -> None:
    body = (
        "Hi Dana,\n\nLine 1 confirmed, delivery 15/12.\n\n"
        "Line 2: the cover is end of life, we can't get it any more. The replacement is the "
        "CAST-7783 at the same price. Can you confirm you're happy with it?\n\n"
        "Line 3 confirmed, delivery 15/12.\n\nSam"
    )
    res = read(body, [make_po()])
    assert res.kind == "needs_review" or lines_of(res)[2].status == "unconfirmed"
