"""The week of the mail said beside a date the sentence gives ("the line is booked out this
week so … to you on Thursday 12 November", "noch diese Woche am Freitag, 13.11.") is that
date's setting, not a vague date; a week said against a date ("the week after 15/12") still
goes to a person. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, read


def test_this_week_beside_the_date_given() -> None:
    res = read(
        "Hi Dana,\n\nall good on qty and pricing for PO 4500012345. The moulding line is "
        "booked out this week so we'll have all three lines to you on Thursday 12 November."
        "\n\nCheers"
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 11, 12)}


def test_a_week_said_against_a_date_goes_to_a_person() -> None:
    res = read("Hi Dana,\n\nPO 4500012345 confirmed. We deliver in the week after 15/12.\n\nSam")
    assert res.kind == "needs_review"
