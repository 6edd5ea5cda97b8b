"""Prices in more currencies (tenge, shekel, baht, rand, Singapore dollars ...), and a price
per kilometre on a PO in metres, are read; a code that is also a word is no currency. Every
phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.reading.numbers import price_hits
from tests.test_extract import lines_of, make_po, read


@pytest.mark.parametrize(
    ("text", "locale", "value", "currency"),
    [
        ("цена 28 500,00 тенге без НДС", "ru-KZ", Decimal("28500.00"), "KZT"),
        ("מחיר 48.50 ₪ ליחידה", "he-IL", Decimal("48.50"), "ILS"),
        ("ZAR 1 250,00 per drum", "en-ZA", Decimal("1250.00"), "ZAR"),
        ("SGD 12.40/pc", "en-SG", Decimal("12.40"), "SGD"),
        ("ราคา ฿1,250 ต่อกล่อง", "th-TH", Decimal("1250"), "THB"),
        ("AED 310.00 each", "ar-AE", Decimal("310.00"), "AED"),
    ],
)
def test_a_price_in_the_currency(text: str, locale: str, value: Decimal, currency: str) -> None:
    assert [(h.value, h.currency) for h in price_hits(text, locale)] == [(value, currency)]


@pytest.mark.parametrize("text", ["all 500 pcs ship Monday", "CLP labels 200 pcs"])
def test_a_code_that_is_a_word_is_no_currency(text: str) -> None:
    assert price_hits(text, "en-GB") == []


def test_a_price_per_kilometre_on_a_po_in_metres() -> None:
    lines = [("CBL-3X25", "Cable 3x2.5 mm2", 2000, "M", "612.00", "2027-04-05")]
    body = (
        "Добрый день!\n\nПодтверждаем заказ № 4500012345: 2 000 м, цена 612 000 тенге за 1 км, "
        "срок поставки 05.04.2027.\n\nС уважением"
    )
    res = read(body, [make_po(locale="ru-KZ", currency="KZT", lines=lines)])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("612")
