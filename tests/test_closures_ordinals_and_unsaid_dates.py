"""Gaps batch U showed, each in a new phrasing:
- a closure in a bracket ("(plant closed 21 Dec - 6 Jan)") names only the dates inside it: the
  week after the bracket is the delivery's;
- the old value after "rather than" may follow a short word ("rather than on the 15th");
- ordinals joined before a line word ("1. un 3. pozīcija", "1. ja 2. rida") name every line;
- a date of the whole order that no word calls a delivery, with nothing keeping the requested
  date, goes to a person."""

from __future__ import annotations

from datetime import date

from agent.reading import phrases as P
from agent.reading.extract import _LINE_REF
from tests.test_extract import lines_of, make_po, read


def test_a_closure_in_a_closed_bracket_does_not_name_the_date_after_it() -> None:
    text = "Due to our shutdown (plant closed 21 Dec - 6 Jan) we can finish everything in "
    assert not P.closure_before(text)
    assert P.closure_before("Due to our shutdown (plant closed ")


def test_the_old_value_may_follow_a_short_word() -> None:
    assert P.replaced_value("we deliver in week 4 rather than on ", "")
    assert P.replaced_value("Lieferung KW 4 statt am ", "")


def test_ordinals_joined_before_a_line_word_name_every_line() -> None:
    for text in ("- 1. un 3. pozīcija - pēc pasūtījuma", "1. ja 2. rida on korras"):
        m = _LINE_REF.search(text)
        assert m is not None and m.group("a") == "1" and m.group("more").strip(" .")[-1] in "23"


def test_two_lines_named_by_joined_ordinals_take_their_date() -> None:
    res = read(
        "Labdien!\n\nApstiprinām pasūtījumu Nr. 4500012345:\n"
        " - 1. un 2. pozīcija - pēc pasūtījuma, piegāde 2026. gada 18. decembrī;\n"
        " - 3. pozīcija - pēc pasūtījuma, piegāde 2026. gada 15. decembrī.\n\nAr cieņu",
        [make_po(locale="lv-LV")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == date(2026, 12, 18) and got[2].date == date(2026, 12, 18)
    assert got[3].status == "accepted"


def test_a_date_no_word_calls_a_delivery_goes_to_a_person() -> None:
    res = read(
        "Hi Dana,\n\nPO 4500012345 confirmed, prices as per your order. Unfortunately not "
        "possible by the 15th. We can have the lot with the forwarder on 22/12.\n\nRegards",
    )
    got = {ln.line: ln for c in res.confirmations for ln in c.lines}
    assert not any(ln.status == "accepted" for ln in got.values()), res.review_reasons
