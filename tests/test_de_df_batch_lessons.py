"""Lessons of held-out batches DE and DF: each test is a general capability one of their wrong
answers showed missing, written in its own words (not the batch's text)."""

from __future__ import annotations

from datetime import date, datetime

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read


def _dates(text: str, locale: str) -> list[date]:
    return [h.date for h in find_dates(text, locale, datetime(2026, 11, 20))[0]]


# DE 062: a Georgian month in a case form was not read, and the line kept the PO's date.
def test_georgian_months_are_read_in_their_case_forms() -> None:
    assert _dates("მოვა 18 დეკემბერს", "ka-GE") == [date(2026, 12, 18)]  # on
    assert _dates("მიწოდება 12 იანვრამდე", "ka-GE") == [date(2027, 1, 12)]  # until
    assert _dates("8 თებერვალს გამოვგზავნით", "ka-GE") == [date(2027, 2, 8)]
    assert _dates("5 აგვისტოს", "ka-GE") == [date(2027, 8, 5)]


# DF 012: "poz. 1 - 800 szt." on a line counted in rolls, under a confirmation of the order,
# was not read and never checked: the line went through at the ordered 750.
TAPES = [
    ("TP-19-BK", "PVC tape 19 mm x 20 m, black", 750, "ROL", "2.85", "2026-12-09"),
    ("TP-19-BU", "PVC tape 19 mm x 20 m, blue", 300, "ROL", "2.85", "2026-12-09"),
]


def test_a_count_headed_by_its_line_is_checked_though_nothing_was_read_from_it() -> None:
    res = read(
        "Dzień dobry,\n\npotwierdzamy zamówienie nr 4500012345.\npoz. 1 - 800 szt.\n"
        "Poz. 2 bez zmian.\n\nPozdrawiam",
        [make_po(locale="pl-PL", currency="PLN", lines=TAPES)],
    )
    assert not any(
        ln.line == 1 and ln.status == "accepted" and ln.quantity == 750
        for c in res.confirmations
        for ln in c.lines
    ), res
    assert res.kind == "needs_review"
    assert any("800" in r for r in res.review_reasons), res.review_reasons


def test_the_ordered_count_headed_by_its_line_stays_accepted() -> None:
    # the guard: the line's own count restated under its label, in its own unit, changes nothing
    res = read(
        "Dzień dobry,\n\npotwierdzamy zamówienie nr 4500012345.\npoz. 1 - 750 rolek.\n"
        "Poz. 2 bez zmian.\n\nPozdrawiam",
        [make_po(locale="pl-PL", currency="PLN", lines=TAPES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [ln.status for ln in lines_of(res).values()] == ["accepted", "accepted"]


# DE 030: "за три недеље од данас" (in three weeks from today) was read as today.
def test_serbian_weeks_from_today_in_either_script() -> None:
    assert _dates("Испорука за три недеље од данас.", "sr-RS") == [date(2026, 12, 11)]
    assert _dates("Isporuka za tri nedelje od danas.", "sr-RS") == [date(2026, 12, 11)]
    assert _dates("Испорука за 10 дана.", "sr-RS") == [date(2026, 11, 30)]


# DE 029: "Відвантаження зі складу у Дніпрі - до 22 грудня": "from the warehouse" was read as
# "at once from stock", the mail's own day, though the sentence gives the date.
def test_from_stock_beside_a_date_in_the_same_sentence_is_no_immediate_date() -> None:
    res = read(
        "Доброго дня!\n\nПідтверджуємо замовлення № 4500012345 у повному обсязі.\n\n"
        "Відвантаження зі складу у Львові - до 15 грудня.\n\nЗ повагою",
        [make_po(locale="uk-UA")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


# DE 053 (first read with a Catalan lexicon this stop tried, then dropped): Catalan calendar
# weeks and counts of weeks were no dates.
def test_catalan_weeks_are_dates() -> None:
    assert _dates("la tindrem la setmana 2", "ca-ES") == [date(2027, 1, 15)]
    assert _dates("servirem 300 la setmana 51", "ca-ES") == [date(2026, 12, 18)]
    assert _dates("les lliurarem d'aquí a tres setmanes", "ca-ES") == [date(2026, 12, 11)]
