"""Which date a line gets: dates for several lines, surcharge dates, weeks with a day named,
dates restated from the PO, and dates said of another line. End to end through
``read_message``, with phrasings written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime

from tests.test_extract import lines_of, make_po, read

DE_PO = make_po(locale="de-DE")


def test_a_surcharge_in_a_compound_word_dates_no_delivery() -> None:
    # "Legierungszuschlag per 1.12." is when a surcharge applies, never a delivery date
    res = read(
        "Hallo Frau Ruiz,\n\nPos. 1: 40 Stk. zu EUR 315,00/Stk. (Legierungszuschlag per 1.12.)\n"
        "Pos. 2 und 3 wie bestellt.\n\nLiefertermin für alle Positionen: 15.12.2026\n\nGruß\nSam",
        pos=[DE_PO],
    )
    got = lines_of(res)
    assert got[1].date == date(2026, 12, 15)
    assert date(2026, 12, 1) not in [ln.date for ln in got.values()]


def test_a_calendar_week_with_its_day_after_it_is_that_day() -> None:
    res = read(
        "Hallo Frau Ruiz,\n\nalle drei Positionen bestätigen wir zu Ihren Preisen und Mengen, "
        "Lieferung KW 51 (Mittwoch).\n\nGruß\nSam",
        pos=[DE_PO],
        when=datetime(2026, 11, 19, 9, 0, tzinfo=UTC),
    )
    assert res.kind == "confirmation"
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 16)}
