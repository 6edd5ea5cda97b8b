"""A date cut by a soft line break after its weekday ("levering op vrijdag" over "15
december (week 51).") is one date, not a weekday and a date that disagree. Every phrasing is
written for these tests."""

from __future__ import annotations

from datetime import date

from agent.reading.dates import date_wraps
from tests.test_extract import lines_of, make_po, read


def test_a_weekday_at_a_line_end_goes_on_with_its_date() -> None:
    body = (
        "Goedemiddag Dana,\n\nWij bevestigen uw order 4500012345 volledig, alle regels zoals "
        "besteld, levering op dinsdag\n15 december (week 51).\n\nMet vriendelijke groet"
    )
    res = read(body, [make_po(locale="nl-NL")])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_only_a_day_and_month_go_on_a_weekday() -> None:
    assert date_wraps("Liefertermin Freitag,", "18.12.2026")
    assert not date_wraps("delivery Friday", "2. Line two as ordered")
    assert not date_wraps("as ordered", "15 december")
    # a line that itself ends in a weekday is one of a list of dates: no chain of wraps
    assert not date_wraps("next Monday", "12/01/2026 Dec 1 next Monday")
