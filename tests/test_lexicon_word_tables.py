"""Four word lists are lexicon tables filled by every language: goods in stock ([stock]: "na
zalihi", "în stoc"), the words that name the whole order ([whole_order]: "this order", "этого
заказа"), a price reduction ([discount]: "korting", "отстъпка") and a price said to be gross
by the word after it ([gross_price]: "brutto", "TTC"; never English "gross", a count of 144).
Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.reading import decide, guards, invariants
from agent.reading import lexicon as L
from agent.reading import phrases as P
from tests.test_extract import lines_of, make_po, read

TABLES = ("stock", "whole_order", "discount", "gross_price")


def test_every_language_fills_the_four_tables() -> None:
    for code, tables in L.languages().items():
        for table in TABLES:
            assert tables[table], (code, table)


def test_the_old_word_lists_are_gone_or_read_the_lexicon() -> None:
    for module, name in (
        (decide, "_STOCK_WORD"),
        (decide, "_WHOLE_ORDER"),
        (guards, "_WHOLE_ORDER"),
        (invariants, "_GROSS_PRICE"),
    ):
        assert not hasattr(module, name), (module.__name__, name)
    assert P.DISCOUNT is L.pattern("discount")
    assert L.alternation("stock") in decide._stock_word().pattern
    assert L.alternation("gross_price") in invariants._gross_price().pattern


# ------------------------------------------------------------------ stock


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Nous confirmons la commande telle que passée. Les pieds (ligne 3) sont en stock et "
            "vous seront livrés le 08/12/2026.",
            "fr-FR",
        ),
        (
            "Potvrđujemo narudžbu kako je naručena. Nogice (stavka 3) su na zalihi i bit će "
            "isporučene 08.12.2026.",
            "hr-HR",
        ),
        (
            "Confirmăm comanda așa cum a fost plasată. Picioarele (poziția 3) sunt în stoc și "
            "vor fi livrate pe 08.12.2026.",
            "ro-RO",
        ),
    ],
)
def test_goods_in_stock_delivered_on_a_day_take_that_day(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[3].date == date(2026, 12, 8)


def test_a_stock_word_is_found_inside_a_compound() -> None:
    stock = decide._stock_word()
    for words in ("Lagerbestand", "skladem", "varastossa", "庫存", "na zalogi"):
        assert stock.search(words), words
    assert not stock.search("Rechnung")


# ------------------------------------------------------------------ whole order


@pytest.mark.parametrize(
    "text",
    [
        "we have to decline this order",
        "wir müssen diese Bestellung leider ablehnen",
        "nie możemy przyjąć to zamowienie",  # typed without its accents
        "мы вынуждены отказаться от этого заказа",
        "我们无法接受该订单",  # no word boundaries in Chinese
        "この注文はお受けできません",
    ],
)
def test_the_whole_order_is_named(text: str) -> None:
    assert L.search("whole_order", text), text


@pytest.mark.parametrize(
    "text",
    [
        "this orderly process",
        # the polite word for any mention of the order, a line's too
        "ご注文の3番は廃番です",
        "order line 2 is discontinued",
    ],
)
def test_an_order_word_alone_is_not_the_whole_order(text: str) -> None:
    assert not L.search("whole_order", text), text


def test_a_refusal_of_this_order_rejects_every_line() -> None:
    res = read(
        "Unfortunately we have to decline this order: the housings are discontinued.",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.status for ln in lines_of(res).values()} == {"rejected"}


# ------------------------------------------------------------------ discount


@pytest.mark.parametrize(
    "text",
    ["5 % korting", "3 % Rabatt", "скидка 5%", "5%割引", "בהנחה של 5%", "giảm giá 5%"],
)
def test_a_discount_is_named(text: str) -> None:
    assert L.search("discount", text), text


def test_hebrew_assuming_that_is_no_discount() -> None:
    assert not L.search("discount", "בהנחה שהמחיר לא ישתנה")


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        ("Order bevestigd zoals besteld, met 5% korting op alle regels.", "nl-NL"),
        ("Потвърждаваме поръчката както е направена, с отстъпка 5% на всички позиции.", "bg-BG"),
    ],
)
def test_a_discount_on_every_line_lowers_the_po_prices(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].unit_price == Decimal("11.495")


# ------------------------------------------------------------------ gross price


@pytest.mark.parametrize(
    "text",
    [
        "cena 51,66 zł brutto/szt.",
        "12,40 € TTC",
        "12 400,00 Ft bruttó",
        "12.40 EUR incl. VAT",
        "12,40 TL KDV dahil",
        "12.40元含税",
    ],
)
def test_a_gross_price(text: str) -> None:
    assert invariants._gross_price().search(text), text


@pytest.mark.parametrize(
    "text",
    [
        "12.40 gross",  # a gross is also 144 pieces
        "1.250,00 kg brutto",  # a weight
        "12.40 not incl. VAT",
        "12,40 TL KDV dahil değil",
        "12.40元不含税",
    ],
)
def test_not_a_gross_price(text: str) -> None:
    assert not invariants._gross_price().search(text), text


def test_a_price_said_brutto_is_for_a_person_and_english_gross_is_not() -> None:
    res = read(
        "Potwierdzamy zamówienie. Poz. 2: cena 14,88 € brutto/szt., dostawa 15.12.2026.",
        [make_po(locale="pl-PL")],
    )
    assert res.kind == "needs_review"
    assert any("gross price" in r for r in res.review_reasons), res.review_reasons
    res = read(
        "Order confirmed. Line 2: price 14.52 gross, delivery 15/12/2026.",
        [make_po(locale="en-GB")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].unit_price == Decimal("14.52")
