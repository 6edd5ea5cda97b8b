"""A price per pack followed by the pack's size ("cena 62,50 EUR za balenie 50 ks") is read
as both: the words a rejected reading matched are read again. The phrasing is written for
these tests."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.units import pack_sizes
from tests.test_extract import lines_of, make_po, read


def test_a_pack_size_after_a_price_per_pack_is_found() -> None:
    (pack,) = pack_sizes("cena 48,00 EUR za balenie 40 ks", "EA", "sk-SK")
    assert pack.size == 40 and pack.unit == "ks"


def test_a_price_per_pack_of_stated_size_is_a_price_per_piece() -> None:
    plugs = [("HM-8", "Hmoždinka nylonová 8x40", 800, "EA", "1.10", "2026-12-17")]
    res = read(
        "Dobrý deň,\n\npotvrdzujeme objednávku 4500012345: 800 ks (20 balení po 40 ks), cena "
        "48,00 EUR za balenie 40 ks, dodanie 17.12.2026.\n\nS pozdravom",
        [make_po(locale="sk-SK", lines=plugs)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert got.unit_price == Decimal("1.2") and got.quantity == 800


def test_the_verb_can_after_a_count_is_no_can_of_it() -> None:
    assert pack_sizes("only 250 pcs can be produced this month", "EA", "en-GB") == []
    (pack,) = pack_sizes("24 pcs can, shipped on pallets", "EA", "en-GB")
    assert pack.size == 24
