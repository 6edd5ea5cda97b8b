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


def test_a_spaced_numeric_date_is_not_cut_at_its_dots() -> None:
    # Czech and Slovak write "8. 1. 2027": one date, not three sentences
    res = read(
        "Dobrý den,\n\npotvrzujeme:\npol. 1 40 ks 312,50 EUR/ks termín dodání 8. 1. 2027\n"
        "pol. 2 a 3 dle objednávky.\n\nS pozdravem\nSam",
        pos=[make_po(locale="cs-CZ")],
    )
    got = lines_of(res)
    assert got[1].date == date(2027, 1, 8)
    assert got[2].date == date(2026, 12, 15)


def test_czech_and_polish_line_abbreviations_start_their_own_line() -> None:
    # "pol. 2" (položka), "poz. 2" (pozycja) each answer their own line
    res = read(
        "Dzień dobry,\n\npoz. 1 i 3 potwierdzamy bez zmian.\npoz. 2 termin dostawy 11.01.2027.\n\n"
        "Pozdrawiam\nSam",
        pos=[make_po(locale="pl-PL")],
    )
    if res.kind == "confirmation":
        got = lines_of(res)
        assert got[2].date == date(2027, 1, 11)
        assert got[1].date == got[3].date == date(2026, 12, 15)


def test_a_line_the_supplier_declines_in_words_not_understood_is_not_left_unconfirmed() -> None:
    # the refusal of line 3 is the supplier's answer: never report the line as unaddressed
    res = read(
        "Dzień dobry,\n\nPoz. 1 i 2 – potwierdzamy ilości i ceny bez zmian.\n"
        "Poz. 3 – ten odlew został wycofany z naszej oferty, tej pozycji nie możemy zrealizować.\n\n"
        "Pozdrawiam\nSam",
        pos=[make_po(locale="pl-PL")],
    )
    if res.kind == "confirmation":
        assert lines_of(res)[3].status == "rejected"


def test_a_field_said_to_stay_as_ordered_announces_no_change() -> None:
    es = read(
        "Hola Dana,\n\nconfirmamos el pedido. Cantidades y precios correctos, plazo según "
        "pedido.\n\nSaludos\nSam",
        pos=[make_po(locale="es-ES")],
    )
    en = read("Hi Dana,\n\nWe confirm your order, thanks. Price and date no change.\n\nSam")
    for res in (es, en):
        assert res.kind == "confirmation"
        assert {ln.status for ln in lines_of(res).values()} == {"accepted"}
        assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_a_field_that_moves_without_a_value_still_defers() -> None:
    for body, locale in (
        ("Hi Dana,\n\nConfirmed, prices unchanged, but the lead time has changed.\n\nSam", "en-GB"),
        ("Hola Dana,\n\nPrecios sin cambios, pero la entrega se retrasa.\n\nSam", "es-ES"),
        ("Bonjour,\n\nPrix inchangés, mais la livraison sera retardée.\n\nSam", "fr-FR"),
    ):
        res = read(body, pos=[make_po(locale=locale)])
        assert res.kind == "needs_review", body


def test_a_line_whose_confirmation_is_put_off_stays_unconfirmed() -> None:
    cases = (
        (
            "Hallo,\n\nPos. 1 und 2 passen so, Termin wie bestellt.\nPos. 3 können wir erst "
            "Montag bestätigen, wir warten noch auf das Material.\n\nGruß\nSam",
            "de-DE",
        ),
        (
            "Hi Dana,\n\nLines 1 and 2 confirmed as ordered.\nLine 3 we can only confirm after "
            "the foundry replies.\n\nSam",
            "en-GB",
        ),
        (
            "Hola Dana,\n\nPosiciones 1 y 2 confirmadas según pedido.\nLa posición 3 solo podremos "
            "confirmarla la próxima semana.\n\nSaludos\nSam",
            "es-ES",
        ),
    )
    for body, locale in cases:
        res = read(body, pos=[make_po(locale=locale)])
        assert res.kind in ("confirmation", "needs_review"), body
        if res.kind == "confirmation":
            got = lines_of(res)
            assert got[3].status == "unconfirmed", body
            assert got[1].status == got[2].status == "accepted", body


def test_a_put_off_confirmation_never_confirms_the_line() -> None:
    # the date in the same sentence is when they will answer, not a delivery date
    res = read(
        "Hallo,\n\nPos. 3 kann ich Ihnen erst am 20.11. bestätigen.\n\nGruß\nSam",
        pos=[DE_PO],
    )
    if res.kind == "confirmation":
        assert lines_of(res)[3].status == "unconfirmed"
        assert lines_of(res)[3].date is None
