"""What batch CI taught on first sight (CJ had no wrong value and no false confirmation), each
in a phrasing of its own:

- CI 002 (a false confirmation): "цены и количества подтверждаем … Поставка со склада в
  течение 48 часов после вашего запроса на отгрузку" (ex stock, within 48 hours of your
  call-off). A delivery that waits on our call-off names no day: the lines are not accepted
  at the PO's dates. Call-off words are conditions in every lexicon language with one, and a
  condition on a delivery clause that gives no date holds the line for a person.
- CI 059: Dutch "momenteel niet leverbaar …: levering in week 3 van 2027" is unavailable for
  now with a later date, not a refusal: "currently", "for now" in more languages.
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
