"""A vague time that says when the supplier's own supply comes ("after New Year", "Anfang
Januar") is no date left open when a delivery word gives the delivery's date after it in the
same sentence. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

SPRINGS = [
    ("TS-200", "Tine spring, double", 200, "EA", "3.15", "2026-12-17"),
    ("BH-01", "Bill hook", 25, "EA", "34.90", "2026-12-17"),
]


def test_a_vague_supply_time_before_a_delivery_date() -> None:
    res = read(
        "Hi Megan,\n\nPO 4500012345: bill hooks 25 on track for 12/17. Tine springs: 150 on hand "
        "for 12/17, the other 50 reach us from the mill early January and we deliver them "
        "1/12.\n\nThanks",
        [make_po(locale="en-US", currency="USD", lines=SPRINGS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == date(2027, 1, 12)
    assert [(s.quantity, s.date) for s in got[1].schedule] == [
        (150, date(2026, 12, 17)),
        (50, date(2027, 1, 12)),
    ]
