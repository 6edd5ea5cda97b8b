"""What batch CI taught on first sight (CJ had no wrong value and no false confirmation), each
in a phrasing of its own:

- CI 002 (a false confirmation): "цены и количества подтверждаем … Поставка со склада в
  течение 48 часов после вашего запроса на отгрузку" (ex stock, within 48 hours of your
  call-off). A delivery that waits on our call-off names no day: the lines are not accepted
  at the PO's dates. Call-off words are conditions in every lexicon language with one, and a
  condition on a delivery clause that gives no date holds the line for a person.
- CI 059: Dutch "momenteel niet leverbaar …: levering in week 3 van 2027" is unavailable for
  now with a later date, not a refusal: "currently", "for now" in more languages.
- CJ 033: "Rad 3 … den följer i en separat bekräftelse" (it follows in a separate
  confirmation) leaves line 3 unconfirmed. In German ("dazu folgt eine separate Bestätigung")
  the line was accepted at the PO's values: "Bestätigung" read as a commitment.
- Beside it: "Voor jullie order van gisteren (cryovials) volgt de bevestiging apart" is about
  another of the supplier's orders, named by one word of its goods, not about this one.
"""

from __future__ import annotations

from datetime import date

from tests.test_extract import lines_of, make_po, read


def test_a_delivery_waiting_on_our_call_off_confirms_no_date() -> None:
    for body, locale in (
        (
            "Order accepted, prices and quantities confirmed. All items are in stock; delivery "
            "ex stock within 48 hours of your call-off.",
            "en-GB",
        ),
        (
            "Auftrag angenommen, Preise und Mengen bestätigt. Lieferung ab Lager innerhalb von "
            "2 Tagen nach Ihrem Abruf.",
            "de-DE",
        ),
        (
            "Order akkoord, prijzen en aantallen bevestigd. Levering uit voorraad op afroep.",
            "nl-NL",
        ),
        (
            "Заказ 4500012345 принят, цены и количества подтверждаем. Поставка со склада в "
            "течение 48 часов после вашего запроса на отгрузку.",
            "ru-RU",
        ),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "needs_review", (locale, res.kind)
        assert any("gives no date" in r for r in res.review_reasons), (locale, res.review_reasons)


def test_unavailable_for_now_with_a_later_date_is_no_refusal() -> None:
    for body, locale in (
        (
            "Pos. 1 en 3 akkoord zoals besteld. Pos. 2: momenteel niet leverbaar bij onze "
            "fabrikant, levering in week 3 van 2027, prijs ongewijzigd.",
            "nl-BE",
        ),
        (
            "Rad 1 och 3 enligt order. Rad 2 är för närvarande inte leveransbar, leverans "
            "vecka 3 2027, pris oförändrat.",
            "sv-SE",
        ),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        got = lines_of(res)
        assert [got[n].status for n in (1, 2, 3)] == ["accepted", "changed", "accepted"], locale
        assert got[2].date == date(2027, 1, 22), locale


def test_a_line_that_follows_in_a_separate_confirmation_stays_open() -> None:
    for body, locale in (
        (
            "Pos. 1 und 2 bestätigt wie bestellt, Lieferung 15.12.2026. Pos. 3 fertigt unser "
            "Unterlieferant - dazu folgt eine separate Bestätigung.",
            "de-DE",
        ),
        (
            "Lines 1 and 2 confirmed as ordered, delivery 2026-12-15. Line 3 is made by our "
            "subcontractor - it follows in a separate confirmation.",
            "en-GB",
        ),
        (
            "Rad 1 och rad 2 bekräftas enligt order, leverans 2026-12-15. Rad 3 tillverkas hos "
            "vår underleverantör - den följer i en separat bekräftelse.",
            "sv-SE",
        ),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        got = lines_of(res)
        assert [got[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "unconfirmed"], locale


def test_a_later_confirmation_of_another_order_named_by_its_goods() -> None:
    other = make_po(
        "4500012399",
        locale="nl-NL",
        lines=[("CRYO-2ML", "Cryovial 2 ml, zak 500", 10, "BAG", "89.00", "2027-01-08")],
        request_id=None,
    )
    res = read(
        "Hallo Dana,\n\nOrder 4500012345 is akkoord zoals besteld, levering 15/12.\n\nVoor "
        "jullie order van gisteren (cryovials) volgt de bevestiging apart, ik wacht nog op de "
        "voorraadstand van onze leverancier.\n\nGroet",
        [make_po(locale="nl-NL"), other],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert [c.po_number for c in res.confirmations] == ["4500012345"]
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}
