"""A date said of all lines in so many words ("Lieferung für beide Positionen: 09.12.2026")
is each line's date, even for a line whose own words only said "in Ordnung". The phrasing is
written for this test."""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read

DRUMS = [
    ("GLY-D230", "Glykol, 230 kg Fass", 8, "DR", "295.00", "2026-12-02"),
    ("ACE-IBC", "Essigsäure 80 %, IBC", 2, "IBC", "980.00", "2026-12-02"),
]


def test_a_date_for_both_positions_is_each_lines() -> None:
    res = read(
        "Guten Tag,\n\nwir bestätigen Ihre Bestellung 4500012345 wie folgt:\n"
        "Pos. 1 – 8 Fass: in Ordnung, 295,00 EUR/Fass.\nPos. 2 – 2 IBC: Preis 1.015,00 EUR/IBC.\n"
        "Lieferung für beide Positionen: 09.12.2026.\n\nMit freundlichen Grüßen",
        [make_po(locale="de-DE", lines=DRUMS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == date(2026, 12, 9) and got[2].date == date(2026, 12, 9)
