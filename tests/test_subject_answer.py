"""An answer typed into a reply's subject line, with nothing of the supplier's own in the body
(CT 056, CQ 048): the words added to our subject are the supplier's; our own subject never is.
And the Dutch day-month with a dash after a delivery word ("levering 11-12"), which such a
subject showed to be left unread while the lines kept the PO's date.
"""

from __future__ import annotations

from datetime import date

from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_mail, make_po, read

OUR_SUBJECT = "Please confirm purchase order 4500012345"


def _read(subject: str, body: str = "", *, locale: str = "en-GB", quote: bool = True):
    raw = make_mail(body, subject=subject, quote=quote)
    return read_message(raw, load_pos([make_po(locale=locale)]))


def test_words_added_to_our_subject_are_the_suppliers_answer() -> None:
    res = _read(f"RE: {OUR_SUBJECT} - confirmed, delivery 18/12/2026")
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [date(2026, 12, 18)] * 3
    assert [got[n].quantity for n in (1, 2, 3)] == [40, 100, 60]


def test_our_own_subject_alone_is_no_answer() -> None:
    res = _read(f"RE: {OUR_SUBJECT}")
    assert res.kind == "needs_review"
    assert res.confirmations == []


def test_a_forwarded_subject_is_not_read_as_an_answer() -> None:
    res = _read(f"FW: {OUR_SUBJECT} - confirmed as ordered")
    assert res.kind == "needs_review"
    assert res.confirmations == []


def test_the_body_speaks_when_it_has_words_of_its_own() -> None:
    res = _read(f"RE: {OUR_SUBJECT} - confirmed", "We will revert with dates tomorrow.")
    assert res.kind == "needs_review"
    assert res.confirmations == []


def test_without_a_quoted_subject_the_words_after_the_order_number_are_read() -> None:
    res = _read(
        "Re: PO 4500012345 akkoord - levering 11-12",
        "Verstuurd vanaf mijn iPhone",
        locale="nl-NL",
        quote=False,
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [date(2026, 12, 11)] * 3
    assert got[1].status == "changed"


def test_a_subject_that_only_asks_commits_to_nothing() -> None:
    res = _read("Re: PO 4500012345 - please confirm by 04-12", quote=False, locale="nl-NL")
    assert res.confirmations == []


def test_a_dutch_day_month_with_a_dash_after_a_delivery_word_is_a_date() -> None:
    res = read("Akkoord, levering 11-12.", [make_po(locale="nl-NL")])
    got = lines_of(res)
    assert [got[n].date for n in (1, 2, 3)] == [date(2026, 12, 11)] * 3, res.review_reasons


def test_a_span_of_weeks_after_a_delivery_word_is_no_date() -> None:
    res = read("Akkoord, levering 10-12 weken na order.", [make_po(locale="nl-NL")])
    for conf in res.confirmations:
        for ln in conf.lines:
            assert ln.date != date(2026, 12, 10)
