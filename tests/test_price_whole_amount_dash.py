"""A whole amount written with a dash for its cents ("€ 1.385,- per ton", "45,– EUR/Stk")
is that amount, and the unit after the dash is still the price's. Every phrasing is written
for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.reading.numbers import price_hits
from tests.test_extract import lines_of, make_po, read

GRANULES = [("PP-H350", "PP homopolymer granules, bags 25 kg", 10000, "KG", "1.3850", "2026-11-27")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("prijs € 1.385,- per ton", Decimal("1385")),
        ("Preis 45,- EUR pro Stück", Decimal("45")),
        ("Stückpreis € 12,-- netto", Decimal("12")),
        ("cena 2 450,– Kč", Decimal("2450")),
    ],
)
def test_the_dash_of_no_cents_is_part_of_the_amount(text: str, value: Decimal) -> None:
    hits = price_hits(text, "de-DE" if "Kč" not in text else "cs-CZ")
    assert [h.value for h in hits] == [value]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "nl-NL",
            "Beste Dana,\n\nOrder 4500012345 bevestigd: 10.000 kg, prijs ongewijzigd "
            "€ 1.385,- per ton, levering 27 november.\n\nGroet",
        ),
        (
            "de-DE",
            "Guten Tag,\n\nBestellung 4500012345 bestätigt: 10.000 kg zu 1.385,- €/t, "
            "Lieferung 27.11.2026.\n\nMit freundlichen Grüßen",
        ),
    ],
)
def test_a_price_per_tonne_with_no_cents_converts_to_the_kilogram(locale: str, body: str) -> None:
    res = read(body, [make_po(locale=locale, currency="EUR", lines=GRANULES)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)[1]
    assert got.status == "accepted"
    assert got.unit_price == Decimal("1.385")
