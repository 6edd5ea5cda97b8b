"""Lines named one after the other with no value between them share the value after them
("Papriku a kmín dodáme 7.1., pepř až ve 2. týdnu": paprika and caraway on 7 January, pepper
in week 2). Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

SPICES = [
    ("SP-PAP", "Paprika sweet ground, sack 25 kg", 300, "KG", "14.20", "2027-01-05"),
    ("SP-CUM", "Cumin whole, sack 25 kg", 200, "KG", "11.80", "2027-01-05"),
    ("SP-PEP", "Pepper black ground, sack 25 kg", 100, "KG", "26.50", "2027-01-05"),
]


def test_two_lines_named_before_one_date_share_it() -> None:
    body = (
        "Hello Dana,\n\norder 4500012345 is confirmed. Paprika and cumin we deliver on "
        "7 January 2027, the pepper only on 15 January 2027 (container delayed).\n"
        "Prices as ordered.\n\nRegards"
    )
    res = read(body, [make_po(lines=SPICES)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == got[2].date == date(2027, 1, 7)
    assert got[3].date == date(2027, 1, 15)


def test_two_lines_named_before_one_price_share_it() -> None:
    body = (
        "Hello Dana,\n\norder 4500012345 is confirmed for 5 January 2027. Paprika and cumin "
        "are now EUR 15.10 per kg, the pepper EUR 27.40 per kg.\n\nRegards"
    )
    res = read(body, [make_po(lines=SPICES)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert str(got[1].unit_price) == str(got[2].unit_price) == "15.10"
    assert str(got[3].unit_price) == "27.40"
