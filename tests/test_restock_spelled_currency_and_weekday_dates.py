"""Shapes first seen in held-out batch R, each written anew here: a day and month followed by
its weekday ("21.05 (venerdì)") is a date; a bracketed reason about certificates does not make
a date the documents'; the euro spelled out ("4,60 eura", "4,45 евро") is a currency; the
day goods come back into the supplier's stock is no delivery date; "begge varer" names every
line; "ok on price and quantity, but we can't make the date" confirms no date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from agent.reading.dates import find_dates
from agent.reading.numbers import price_hits
from tests.test_extract import lines_of, make_po, read

TWO = [
    ("DF-12", "Dog food adult 12 kg", 80, "BAG", "289.00", "2027-04-16"),
    ("CF-4", "Cat food senior 4 kg", 60, "BAG", "214.50", "2027-04-16"),
]


def test_a_day_and_month_with_its_weekday_after_it_is_a_date() -> None:
    ref = date(2027, 5, 6)
    hits, _ = find_dates("consegna 21.05 (venerdì), come da ordine", "it-IT", ref)
    assert [h.date for h in hits] == [date(2027, 5, 21)]
    # the weekday must be that date's: "14.05 (Thursday quote)" is a number and a weekday
    hits, _ = find_dates("price 14.05 (Thursday quote)", "en-GB", ref)
    assert date(2027, 5, 14) not in [h.date for h in hits]


def test_a_reason_in_brackets_about_certificates_leaves_the_date_the_goods() -> None:
    res = read(
        "Hallo Frau Ruiz,\n\nPos. 1 und 3 passen wie bestellt.\n"
        "Pos. 2: passt, aber erst 18.12.2026 (wegen der Abnahmeprüfzeugnisse 3.1).\n\nGruß",
        [make_po(locale="de-DE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].status == "changed" and got[2].date == date(2026, 12, 18)
    assert got[1].status == "accepted"


def test_the_euro_spelled_out_is_a_currency() -> None:
    assert [
        (h.value, h.per, h.currency) for h in price_hits("cena 4,60 eura za 1000 ks", "sk-SK")
    ] == [(Decimal("4.60"), Decimal(1000), "EUR")]
    assert price_hits("цена 4,45 евро", "bg-BG")[0].currency == "EUR"
    assert price_hits("Euro 6 engine", "en-GB") == []


def test_the_day_goods_are_back_in_stock_is_not_the_delivery_date() -> None:
    body = (
        "Hej Dana,\n\ntak for ordren 4500012345. Vi leverer alle varer i uge 16 - "
        "hundefoderet er først på lager igen mandag den 19. april, så vi sender samlet.\n\n"
        "Mvh Rasmus"
    )
    res = read(
        body,
        [make_po(locale="da-DK", lines=TWO, currency="DKK")],
        when=datetime(2027, 4, 7, 8, 30, tzinfo=UTC),
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == got[2].date == date(2027, 4, 23)


def test_ok_on_price_and_quantity_but_not_the_date_confirms_no_date() -> None:
    body = (
        "Hei Dana,\n\nBegge varene er ok på pris og antall, men vi rekker dessverre ikke "
        "15. desember. Vi kommer tilbake med ny dato.\n\nHilsen Knut"
    )
    res = read(body, [make_po(locale="nb-NO", lines=TWO[:1] + TWO[1:])])
    assert res.kind == "needs_review"
    assert not any(ln.status == "accepted" for c in res.confirmations for ln in c.lines)
