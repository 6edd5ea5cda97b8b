"""A rest with a date and no count of its own ("400 on the 27th, 400 on 11/12 and the balance
18/12") is what the counts before it leave of the line; a short word that is the sentence's
subject and one line's alone ("Gowns fine as ordered.") names that line. Every phrasing is
written for these tests."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

THEATRE = [
    ("DRP-1", "Surgical drape, laparotomy, sterile", 900, "EA", "6.40", "2026-11-27"),
    ("GWN-2", "Surgical gown, reinforced, L", 600, "EA", "3.85", "2026-11-27"),
]


def test_a_dated_balance_is_the_rest_of_the_line() -> None:
    res = read(
        "Morning Dana,\n\nDrapes: 300 on the 27th, 300 on 11/12 and the balance 18/12.\n"
        "Gowns fine as ordered.\n\nNiamh",
        [make_po(locale="en-IE", lines=THEATRE)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert [(s.quantity, s.date) for s in got[1].schedule] == [
        (300, date(2026, 11, 27)),
        (300, date(2026, 12, 11)),
        (300, date(2026, 12, 18)),
    ]
    assert got[2].status == "accepted"
