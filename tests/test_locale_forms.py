"""Numbers and dates the way the supplier's locale writes them, price units, and
masking of item codes: the pure helpers the extractor builds on."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.reading.dates import find_dates, month_first
from agent.reading.masks import MASK, code_tokens, mask_codes
from agent.reading.numbers import number_hits, price_unit_divisor, quantity_hits

REF = date(2026, 11, 10)


@pytest.mark.parametrize("locale", ["cs-CZ", "fr-FR", "pl-PL"])
@pytest.mark.parametrize("space", [" ", "\u00a0", "\u202f", "\u2009"])
def test_space_grouped_quantities_where_the_locale_groups_with_spaces(locale, space) -> None:
    [hit] = quantity_hits(f"dodáme 1{space}200 ks", locale)
    assert hit.value == Decimal(1200)
    assert hit.text.startswith("1")


def test_space_grouped_amount_with_decimal_comma() -> None:
    assert [h.value for h in number_hits("celkem 12 500,50 Kč", "cs-CZ")] == [Decimal("12500.50")]


def test_a_space_is_no_thousands_separator_in_en_us() -> None:
    # as before: the last group is the quantity, never 1200
    assert [h.value for h in quantity_hits("300 240 pcs", "en-US")] == [Decimal(240)]


def test_indian_lakh_grouping() -> None:
    assert [h.value for h in number_hits("Rs. 1,25,000", "en-IN")] == [Decimal(125000)]


@pytest.mark.parametrize("locale", ["cs-CZ", "de-DE", "pl-PL", "en-US"])
def test_spaced_dotted_date_is_day_first(locale) -> None:
    hits, _ = find_dates("1 200 ks, dodání 8. 1. 2027", locale, REF)
    assert [h.date for h in hits] == [date(2027, 1, 8)]
    assert hits[0].text == "8. 1. 2027"


@pytest.mark.parametrize(
    ("locale", "first"),
    [
        ("en-US", True),
        ("en-PH", True),
        ("zh-CN", True),
        ("en-GB", False),
        ("en-IN", False),
        ("de-DE", False),
        ("cs-CZ", False),
        ("fr-FR", False),
        ("sv-SE", False),
        ("xx-YY", False),
    ],
)
def test_month_first_is_decided_per_locale(locale, first) -> None:
    assert month_first(locale) is first


def test_numeric_date_follows_the_locale_order() -> None:
    us, _ = find_dates("ship 04-12-2026", "en-US", REF)
    gb, _ = find_dates("Despatch: 04-12-2026", "en-GB", REF)
    assert [h.date for h in us] == [date(2026, 4, 12)]
    assert [h.date for h in gb] == [date(2026, 12, 4)]


@pytest.mark.parametrize(
    ("text", "divisor"),
    [
        ("4,25 EUR per 100", 100),
        ("€11,60/100 St.", 100),
        ("Preis 45,00 PE 100 ST", 100),
        ("PE: 1000", 1000),
        ("4,25 EUR pro 100 Stk", 100),
        ("USD 12.00 per 1000", 1000),
        ("per 1.000 pcs", 1000),
        ("$3.10 per M", 1000),
        ("$9.00 per C", 100),
        ("$48.00 per case of 24", 24),
        ("pro Karton à 50", 50),
        ("per box of 1,000", 1000),
        ("$0.34 each", 1),
        ("$0.34/ea", 1),
        ("per piece", 1),
    ],
)
def test_price_unit_divisor(text, divisor) -> None:
    assert price_unit_divisor(text) == Decimal(divisor)


@pytest.mark.parametrize(
    "text", ["USD 4.25", "delivery 12/01", "item 4/3", "3% surcharge", "up 5 per 100%", ""]
)
def test_no_price_unit_stated(text) -> None:
    assert price_unit_divisor(text) is None


def test_code_tokens_are_code_like_never_plain_numbers() -> None:
    assert code_tokens("Hex cap screw 3/8-16 x 1-1/4, Gr 8") == ["3/8-16", "1-1/4"]
    assert code_tokens("Washer 4/3 M8x40, box of 40") == ["4/3", "M8x40"]
    assert code_tokens("KMS-FA-1021") == ["KMS-FA-1021"]


def test_masked_codes_are_not_read_as_dates_or_numbers_and_offsets_stay() -> None:
    text = "Pos 10 M8x40 4/3: 40 pcs, delivery 12/18"
    masked = mask_codes(text, ["M8x40", "4/3"])
    assert len(masked) == len(text)
    assert masked == f"Pos 10 {MASK * 5} {MASK * 3}: 40 pcs, delivery 12/18"
    hits, _ = find_dates(masked, "en-US", REF)
    assert [(h.date, h.start) for h in hits] == [(date(2026, 12, 18), text.index("12/18"))]
    assert [h.value for h in quantity_hits(masked, "en-US")] == [Decimal(40)]


def test_mask_only_whole_tokens() -> None:
    # "4/3" inside a date or a longer code stays
    assert mask_codes("due 4/3/2027, part 14/3", ["4/3"]) == "due 4/3/2027, part 14/3"
    assert mask_codes("", ["4/3"]) == ""
    assert mask_codes("4/3", []) == "4/3"


def test_a_position_number_before_a_spaced_quantity_is_not_a_thousands_group() -> None:
    hits = quantity_hits("Pos. 2 400 ks; položka 3 1 500 ks", "cs-CZ")
    assert [h.value for h in hits] == [Decimal(400), Decimal(1500)]
