"""What batch BJ's first score taught (4 wrong values), each in a phrasing of its own:

- 002: "Liefertermin: 51. KW": the ordinal's dot before the week's word ended the sentence
  in both splitters, and the date was lost (the PO's kept).
- 013: a colleague's correction below the writer's sign-off ("--- / Mira - correction: line 2
  is 15.01.") was left out of the supplier's words: such words send the reply to a person.
- 028: Slovak "K podložkám (položka 3) sa ozveme … budúci týždeň" promises an answer: next
  week is when they write, not a delivery.
- 039: Turkish writes the percent sign first ("%3 ek ücret"): the surcharge is a percentage.
"""

from __future__ import annotations

from datetime import date

from agent.reading.numbers import percent_hits
from tests.test_extract import lines_of, make_po, read


def test_a_week_s_ordinal_before_kw_is_one_date() -> None:
    res = read(
        "Guten Tag,\n\nwir bestätigen alle Positionen zu Ihren Mengen und Preisen.\n\n"
        "Versandbereit: 50. KW\n\nMit freundlichen Grüßen\nAnna",
        [make_po(locale="de-AT")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 11)}


def test_a_correction_below_the_sign_off_goes_to_a_person() -> None:
    res = read(
        "Hi Dana,\n\nall lines confirmed as ordered, delivery 15/12/2026.\n\nBest\nTom\n\n"
        "--\nDana, one change from the warehouse: line 3 can only go on 08/01/2027.\n\n"
        "Sue Park | Sales Support\nAcme Castings Ltd",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "needs_review"


def test_a_slovak_promise_to_get_back_next_week_confirms_nothing() -> None:
    res = read(
        "Dobrý deň,\n\npoložka 1 a položka 2: potvrdzujeme, dodanie 15.12.2026.\n"
        "K položke 3 sa vám ozveme budúci týždeň.\n\nS pozdravom\nMartin",
        [make_po(locale="sk-SK")],
    )
    got = {ln.line: ln.status for c in res.confirmations for ln in c.lines}
    assert got.get(3) in (None, "unconfirmed"), got


def test_the_percent_sign_before_the_number() -> None:
    assert [(v, t) for v, _, _, t in percent_hits("fiyatlara %4,5 zam yapılmıştır")] == [
        (4.5, "%4,5")
    ]
