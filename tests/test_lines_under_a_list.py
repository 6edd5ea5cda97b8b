"""A line written under the last item of a numbered list, not indented into it, is about the
whole list ("1. … 2. …" then "Delivery to your port on 23/12"); a line indented under the item,
or announced by it ("… in two parts:"), stays the item's. A list item's number before a Roman
numeral word ("1. IV set") is no date. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read

FILM = [
    ("FLM-20", "Stretch film 20 micron, 500 mm", 400, "RL", "14.80", "2027-01-18"),
    ("FLM-30", "BOPP film 30 micron, 600 mm", 800, "KG", "9.40", "2027-01-18"),
]


def test_a_date_under_a_numbered_list_is_every_items() -> None:
    body = (
        "Dear Dana,\n\nwe confirm your order 4500012345 as follows:\n"
        "1. Stretch film 20 micron: 400 rolls at 14.80\n"
        "2. BOPP film 30 micron: 800 kg at 9.40\n"
        "Delivery to your warehouse on 25 January 2027.\n\nBest regards, Sam"
    )
    res = read(body, [make_po(lines=FILM)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == date(2027, 1, 25) and got[2].date == date(2027, 1, 25)
    assert got[1].status == got[2].status == "changed"


def test_a_line_indented_under_the_last_item_stays_that_items() -> None:
    body = (
        "Dear Dana,\n\nwe confirm your order 4500012345 as follows:\n"
        "1. Stretch film 20 micron: 400 rolls at 14.80, delivery 18 January 2027\n"
        "2. BOPP film 30 micron: 800 kg at 9.40, in two parts:\n"
        "   400 kg on 18 January 2027 and 400 kg on 25 January 2027.\n\nBest regards, Sam"
    )
    res = read(body, [make_po(lines=FILM)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted"
    assert [(s.quantity, s.date) for s in got[2].schedule] == [
        (400, date(2027, 1, 18)),
        (400, date(2027, 1, 25)),
    ]


def test_a_list_number_before_a_roman_numeral_word_is_no_date() -> None:
    ref = date(2026, 11, 20)
    assert find_dates("1. IV infusion set, 2 000 ks", "cs-CZ", ref)[0] == []
    assert [h.date for h in find_dates("dodáme 15. XII.", "cs-CZ", ref)[0]] == [date(2026, 12, 15)]
    assert [h.date for h in find_dates("termín 3. IV, prosím", "cs-CZ", ref)[0]] == [
        date(2027, 4, 3)
    ]
