"""Locale-aware numbers, prices and quantities as suppliers write them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from agent.reading.numbers import (
    numbers_in,
    parse_number,
    percent_hits,
    price_hits,
    quantity_hits,
)


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("1,250.00", "en-US", "1250.00"),
        ("1.250,00", "de-DE", "1250.00"),
        ("4,25", "de-DE", "4.25"),
        ("1\u202f250,00", "fr-FR", "1250.00"),
        ("1\u00a0250,00", "fr-FR", "1250.00"),
        ("1 250,00", "cs-CZ", "1250.00"),
        ("1,25,000", "en-IN", "125000"),
        ("1,100", "en-GB", "1100"),
        ("2.000", "de-DE", "2000"),
        # a German supplier writing a point decimal: only one sensible reading
        ("2.87", "de-DE", "2.87"),
    ],
)
def test_locale_numbers(text: str, locale: str, want: str) -> None:
    assert numbers_in(text, locale) == [Decimal(want)]


def test_numbers_in_a_sentence_keep_their_order() -> None:
    got = numbers_in("Pos. 2: 300 Stück à 4,25 EUR, Summe 1.275,00", "de-DE")
    assert got == [Decimal(2), Decimal(300), Decimal("4.25"), Decimal("1275.00")]


@pytest.mark.parametrize(
    ("text", "locale", "value", "per", "currency"),
    [
        ("$4.25/ea", "en-US", "4.25", 1, "$"),
        ("USD 1,250.00", "en-US", "1250.00", 1, "USD"),
        ("EUR 4,25", "de-DE", "4.25", 1, "EUR"),
        ("4,25 €/Stk", "de-DE", "4.25", 1, "EUR"),
        ("11,60 €/100 St.", "de-DE", "11.60", 100, "EUR"),
        ("USD2.35/pc", "en-US", "2.35", 1, "USD"),
        ("$72.00/M", "en-US", "72.00", 1000, "$"),
        ("£0.64", "en-GB", "0.64", 1, "GBP"),
        ("12,50 € per 1000 pcs", "it-IT", "12.50", 1000, "EUR"),
    ],
)
def test_prices(text: str, locale: str, value: str, per: int, currency: str) -> None:
    (hit,) = price_hits(text, locale)
    assert hit.value == Decimal(value)
    assert hit.per == per
    assert hit.currency == currency
    assert hit.unit_value == Decimal(value) / per


def test_price_per_hundred_converts_to_the_po_unit() -> None:
    (hit,) = price_hits("Preis unverändert 11,60 €/100 St.", "de-DE")
    assert hit.unit_value == Decimal("0.1160")


def test_a_part_number_is_not_a_price() -> None:
    # "2RS" once read as 2 rupees
    assert [h.value for h in price_hits("Pos. 1  6205-2RS C3  400 St. à 2,87 EUR", "de-DE")] == [
        Decimal("2.87")
    ]


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("1,100 pcs", "en-US", "1100"),
        ("1000pcs", "en-US", "1000"),
        ("2.000 Stück", "de-DE", "2000"),
        ("Qty 80 EA", "en-US", "80"),
        ("300 ks", "cs-CZ", "300"),
    ],
)
def test_quantities(text: str, locale: str, want: str) -> None:
    assert [h.value for h in quantity_hits(text, locale)] == [Decimal(want)]


def test_a_code_is_not_a_quantity() -> None:
    assert quantity_hits("NU 210 ECP and M8x30", "en-US") == []


def test_signed_percentages() -> None:
    got = [p[0] for p in percent_hits("a surcharge of +3% applies; 4,5 % later; -5% off")]
    assert got == [Decimal(3), Decimal("4.5"), Decimal(-5)]


LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "cs_CZ", "en_IN", "es_ES", "it_IT"]


@settings(max_examples=300, deadline=None)
@given(
    value=st.decimals(
        min_value=0, max_value=10**9, places=2, allow_nan=False, allow_infinity=False
    ),
    locale=st.sampled_from(LOCALES),
)
def test_round_trip_of_babel_formatted_numbers(value: Decimal, locale: str) -> None:
    text = format_decimal(value, format="#,##0.00", locale=locale)
    assert parse_number(text, locale.replace("_", "-")) == value


@settings(max_examples=200, deadline=None)
@given(
    value=st.integers(min_value=0, max_value=10**8),
    locale=st.sampled_from(LOCALES),
)
def test_round_trip_of_grouped_integers_in_text(value: int, locale: str) -> None:
    text = f"we can ship {format_decimal(value, locale=locale)} pcs next week"
    assert numbers_in(text, locale.replace("_", "-")) == [Decimal(value)]


@pytest.mark.parametrize("locale", ["de-CH", "fr-CH", "de-DE", "en-US"])
def test_swiss_apostrophe_thousands_straight_or_typographic(locale: str) -> None:
    assert numbers_in("à EUR 1\u2019250.00 netto", locale) == [Decimal("1250.00")]
    assert numbers_in("à EUR 1'250.00 netto", locale) == [Decimal("1250.00")]
    assert numbers_in("12\u2019345\u2019678 Stk", locale) == [Decimal("12345678")]
