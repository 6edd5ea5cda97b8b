"""A price per 100 written with the dollar's country after its sign ("95,00 $ US les 100 kg"),
a Chinese count of a thousand before the price ("每千個 US$52.00"), and a Chinese pack size
written after "每" ("每箱 500 個") are read. Every phrasing is written for these tests."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.numbers import price_hits
from agent.reading.units import pack_sizes
from tests.test_extract import lines_of, make_po, read


def test_a_dollar_with_its_country_then_a_count() -> None:
    (hit,) = price_hits("à 95,00 $ US les 100 kg", "fr-CA")
    assert hit.unit_value == Decimal("0.95")


def test_a_chinese_thousand_before_the_price() -> None:
    (hit,) = price_hits("每千個 US$52.00", "zh-HK")
    assert hit.per == 1000 and hit.value == Decimal("52.00")


def test_a_chinese_pack_size_after_mei() -> None:
    (pack,) = pack_sizes("每箱 500 個，共 24 箱", "EA", "zh-CN")
    assert pack.size == 500 and "carton" in pack.kinds


def test_a_quebec_price_per_hundred_kilograms_on_a_po_in_kilograms() -> None:
    seed = [("SB-1", "Semence de trèfle, sac de 25 kg", 1000, "KG", "0.95", "2026-12-15")]
    res = read(
        "Bonjour,\n\nnous confirmons la commande 4500012345 : 1 000 kg à 98,00 $ US les 100 kg, "
        "livraison le 15 décembre.\n\nCordialement",
        [make_po(locale="fr-CA", currency="USD", lines=seed)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("0.98")


def test_a_pack_named_before_the_price_with_its_size_unbracketed() -> None:
    from agent.reading.units import pack_price

    text = "96 ks, cena za karton 24 ks činí 168,00 EUR"
    end = text.index("168,00") + len("168,00")
    packs = pack_sizes(text, "EA", "cs-CZ")
    assert pack_price(text, end, Decimal("168.00"), "EA", packs) == Decimal("7")
