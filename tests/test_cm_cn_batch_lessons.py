"""What batches CM and CN taught on first sight, each in a phrasing of its own:

- CM 057 and CN 013 (false confirmations, written independently): the mail says the order is
  confirmed as ordered ("som bestilt", "Everything confirmed per your order") above an attached
  acknowledgment that prints another price and date for a line. Neither says which holds: a
  person reads it.
- CN 015: "cena 51,66 zł brutto/szt." on a net PO: a price said to be gross (brutto, TTC) is
  no new unit price.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read


def _ack_csv(price: str, due: str) -> bytes:
    return (
        "Pos;Artikel;Menge;Preis;Liefertermin\n"
        "1;CAST-7781;40;312,50;15.12.2026\n"
        f"2;CAST-7782;100;{price};{due}\n"
        "3;CAST-7790;60;8,40;15.12.2026\n"
    ).encode()


def test_as_ordered_above_an_attachment_that_differs_is_for_a_person() -> None:
    for body, locale in (
        ("Hi Dana, all confirmed per the order - acknowledgement attached. Sam", "en-GB"),
        (
            "Hallo Frau Ruiz, wir bestätigen Ihre Bestellung wie bestellt, AB anbei.\n\nGruß",
            "de-DE",
        ),
    ):
        res = read(
            body,
            [make_po(locale=locale)],
            attachments=(("AB-7781.csv", "text/csv", _ack_csv("12,95", "08.01.2027")),),
        )
        assert res.kind == "needs_review", (locale, res.kind)


def test_as_ordered_above_an_attachment_that_agrees_confirms() -> None:
    res = read(
        "Hi Dana, all confirmed per the order - acknowledgement attached. Sam",
        [make_po(locale="en-GB")],
        attachments=(("AB-7781.csv", "text/csv", _ack_csv("12,10", "15.12.2026")),),
    )
    assert res.kind == "confirmation", res.review_reasons


def test_a_gross_price_is_no_new_unit_price() -> None:
    for body, locale in (
        (
            "Auftrag bestätigt. Pos. 2: Preis 14,40 € brutto je Stück, Liefertermin 15.12.2026.",
            "de-DE",
        ),
        (
            "Commande confirmée. Ligne 2 : prix 14,52 € TTC l'unité, livraison le 15/12/2026.",
            "fr-FR",
        ),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind != "confirmation" or all(
            ln.unit_price in (None, make_po()["lines"][ln.line - 1]["unit_price"])
            for c in res.confirmations
            for ln in c.lines
        ), (locale, res.kind)


def test_a_short_month_name_between_a_day_and_a_year_is_a_date() -> None:
    # CM 033: "teslim 14 Ara 2026": Turkish and Greek short month names are words elsewhere,
    # read as months with a day before and a year after
    for body, locale in (
        ("Siparişinizi onaylıyoruz, tüm kalemler teslim 18 Ara 2026.", "tr-TR"),
        ("Επιβεβαιώνουμε την παραγγελία σας, παράδοση όλων των θέσεων 18 Δεκ. 2026.", "el-GR"),
        ("Confermiamo l'ordine, consegna di tutte le posizioni il 18 gen. 2027.", "it-IT"),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        want = date(2027, 1, 18) if locale == "it-IT" else date(2026, 12, 18)
        assert {ln.date for ln in lines_of(res).values()} == {want}, locale


def test_a_whole_order_declined_in_its_entirety_rejects_every_line() -> None:
    # CN 060: "Vi må derfor avslå bestillingen 4500031720 i sin helhet": an adverb between
    # "must" and "decline", the order named by its number and "in its entirety"
    for body, locale in (
        (
            "Takk for henvendelsen. Verkstedet er fullt til sommeren, så vi må derfor avslå "
            "bestillingen 4500012345 i sin helhet.",
            "nb-NO",
        ),
        (
            "Tak for ordren. Vi må desværre afslå den i sin helhed, da vores fabrik lukker.",
            "da-DK",
        ),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        assert {ln.status for ln in lines_of(res).values()} == {"rejected"}, locale


def test_a_long_tax_word_before_its_rate_is_no_price_change() -> None:
    # CN 061: "ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%": the tax word is longer than the few characters
    # looked at before the rate
    res = read(
        "Wir bestätigen Ihre Bestellung wie bestellt. Alle Preise verstehen sich zuzüglich "
        "Mehrwertsteuer 19 %.",
        [make_po(locale="de-DE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"accepted"}


def test_a_discount_in_more_languages_changes_the_po_price() -> None:
    # CM 052: "geven wij 4% korting op de prijzen uit jullie order": Dutch "korting" (and
    # "rabat", "sleva", "desconto" …) is a discount
    res = read(
        "Order bevestigd zoals besteld, met 5% korting op alle regels.",
        [make_po(locale="nl-NL")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].unit_price == Decimal("11.495")


def test_a_compound_surcharge_word_on_one_line() -> None:
    # CN 008: "vi måste lägga på ett materialtillägg på 5 % på rad 2"
    res = read(
        "Vi bekräftar order 4500012345 enligt er beställning. Rad 2: på grund av stålpriset "
        "tillkommer ett legeringstillägg på 4 %.",
        [make_po(locale="sv-SE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].unit_price == Decimal("12.584") and got[1].status == "accepted"


def test_a_price_stated_with_its_discount_is_not_discounted_again() -> None:
    # AH 048, W 032: "τιμή 39,90 € (έκπτωση 5%)": the price stated is the PO's less 5 %
    res = read(
        "Wir bestätigen Ihre Bestellung. Pos. 2: 100 Stück zu 11,50 € (5 % Rabatt wegen der "
        "Menge), Liefertermin wie bestellt. Pos. 1 und 3 wie bestellt.",
        [make_po(locale="de-DE")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].unit_price == Decimal("11.50")


def test_the_date_of_a_price_rise_in_an_aside_is_no_delivery() -> None:
    # CM 062: "(vår underleverantör har höjt priset på rostfritt från 1 december)"
    res = read(
        "Vi bekräftar enligt nedan:\n\n"
        "Rad 1: 40 st à 312,50 kr, leverans 15.12.2026\n"
        "Rad 2: 100 st à 12,90 kr, leverans 15.12.2026\n"
        "(vårt gjuteri har höjt priset på mässing från 1 december)\n"
        "Rad 3: 60 st à 8,40 kr, leverans 15.12.2026",
        [make_po(locale="sv-SE", currency="SEK")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}


def test_an_aside_wrapped_onto_its_own_line_explains_the_date_above_it() -> None:
    # CN 036: "… termen de livrare 25.01.2027" over "(actuatoarele vin de la furnizorul nostru
    # din Germania în săptămâna 3)": the supplier's own inbound week, not a second date
    res = read(
        "We confirm as follows:\n\n"
        "Line 1: 40 pcs at 312.50, as ordered\n"
        "Line 2: 100 pcs at 12.10, delivery 08/01/2027\n"
        "(the covers come in from our foundry in week 52)\n"
        "Line 3: 60 pcs at 8.40, as ordered",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].date == date(2027, 1, 8)


def test_goods_in_stock_delivered_on_a_day_take_that_day() -> None:
    # CM 044: "Ces sangles sont en stock et vous seront livrées séparément le 21/12/2026":
    # the stock is the line's goods, and the day they reach us is the line's date
    res = read(
        "Nous confirmons la commande telle que passée. Les pieds (ligne 3) sont en stock et "
        "vous seront livrés le 08/12/2026.",
        [make_po(locale="fr-FR")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[3].date == date(2026, 12, 8)


def test_an_aside_hard_wrapped_in_cyrillic_stays_one_aside() -> None:
    # CM 027: "цена 12 980,00 руб./шт. (с 1 декабря" over "подорожало оптическое стекло)":
    # a line that goes on in lower case continues the one above in any script, so the aside
    # (a price rise's date) is read whole and its date is no delivery date
    res = read(
        "Подтверждаем заказ 4500012345:\n\n"
        "поз. 1 - 40 шт. по 312,50 EUR, поставка 15.12.2026;\n"
        "поз. 2 - 100 шт. по 13,20 EUR (с 1 декабря\n"
        "подорожал чугун), поставка 15.12.2026;\n"
        "поз. 3 - 60 шт. по 8,40 EUR, поставка 15.12.2026.",
        [make_po(locale="ru-RU")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 15)}
    assert lines_of(res)[2].unit_price == Decimal("13.20")


def test_a_short_month_name_with_its_dot_and_no_year_is_a_date() -> None:
    # CM 027: "поставка 25 дек." from a Russian supplier: the abbreviation's dot marks the
    # month; without reading it, the line was kept at the PO's date
    for body, locale, want in (
        ("Заказ подтверждаем. Поз. 2 - поставка 22 дек., остальное как заказано.", "ru-RU", 22),
        ("Замовлення підтверджуємо. Поз. 2 - поставка 23 груд., решта як замовлено.", "uk-UA", 23),
    ):
        res = read(body, [make_po(locale=locale)])
        assert res.kind == "confirmation", (locale, res.review_reasons)
        assert lines_of(res)[2].date == date(2026, 12, want), locale
