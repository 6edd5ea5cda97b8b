"""The South African rand written with a space before the amount ("@ R 389,00 per bag", batch
AZ 069): no price was read where the rand stood apart, and a price per bag of stated size sent
the reply to a person. A size ("R 22,5") stays no price."""

from __future__ import annotations

from decimal import Decimal

from agent.reading.numbers import price_hits
from tests.test_extract import lines_of, make_po, read

GRAVEL = [("GRV-20", "Crushed gravel 20 mm", 400, "KG", "4.10", "2026-12-15")]


def test_a_rand_price_per_bag_written_apart() -> None:
    res = read(
        "Morning Dana,\n\nThanks for PO 4500012345, confirmed as follows:\n\nLine 1: 20 bags x "
        "20 kg = 400 kg @ R 84,00 per bag, delivered 15/12/2026\n\nRegards",
        [make_po(locale="en-ZA", currency="ZAR", lines=GRAVEL)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.unit_price == Decimal("4.20") and line.quantity == 400


def test_a_size_after_an_r_is_no_rand() -> None:
    assert price_hits("radius R 22,5 on the edge", "en-ZA") == []
    assert [h.value for h in price_hits("R 1 250,00 in total", "en-ZA")] == [Decimal("1250.00")]
