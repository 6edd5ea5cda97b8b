"""A price per another weight unit than the PO's ("0,39 EUR/kg" on a PO in tonnes, "1 180 евро
за тонну" on a PO in kg, TNE as the ERP's tonne) is converted; a percentage in brackets that
says what the goods are ("(surové bílkoviny 18 %)") is no price change, while "(+6 %)" stays
one. Every phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.invariants import _PERCENT, _specification_aside
from agent.reading.units import measure_ratio
from tests.test_extract import lines_of, make_po, read


def test_tonne_words_weigh_a_thousand_kilograms() -> None:
    for word in ("TNE", "тонну", "tona"):
        assert measure_ratio(word, "KG") == 1000, word


def test_a_price_per_kg_on_a_po_in_tonnes() -> None:
    feed = [("KRM-1", "Krmná směs pro nosnice", 30, "TNE", "390.00", "2026-12-10")]
    res = read(
        "Dobrý den,\n\npotvrzujeme objednávku 4500012345: 30 t krmné směsi (surové bílkoviny "
        "18 %), cena 0,41 EUR/kg kvůli zdražení obilí, dodání 10. 12. 2026.\n\nS pozdravem",
        [make_po(locale="cs-CZ", lines=feed)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert got.unit_price == Decimal("410") and got.quantity == 30


def test_a_price_per_tonne_written_with_a_currency_word() -> None:
    meal = [("RM-65", "Fish meal 65 %", 10000, "KG", "1.10", "2026-12-14")]
    res = read(
        "Здравствуйте!\n\nПодтверждаем заказ 4500012345: 10 тонн, цена 1 150 евро за тонну, "
        "доставка 14.12.2026.\n\nС уважением",
        [make_po(locale="ru-RU", lines=meal)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("1.15")


def test_a_signed_percentage_in_brackets_is_still_a_change() -> None:
    text = "we adjust our prices (+6 %) from April"
    assert not _specification_aside(text, _PERCENT.search(text).start())
    text = "30 t feed (crude protein 18 %)"
    assert _specification_aside(text, _PERCENT.search(text).start())
