"""A supplier's numbers are read in the convention its own text uses. The PO's supplier
locale says how a German supplier writes numbers, but a German supplier answering in
English writes "EUR 2.50" and "1,000 pcs"; read with the German convention "1,000" is one
piece. When every amount of the text whose decimal mark is certain uses the other mark,
numbers that read either way ("1,000", "2.000") are read the text's way. Every phrasing is
written for these tests."""

from __future__ import annotations

from decimal import Decimal

import pytest

from agent.reading.dates import month_first
from agent.reading.numbers import parse_number, reading_locale
from tests.test_extract import lines_of, make_po, read

FILTERS = [("F7-592", "Bag filter F7 592 x 592 mm", 1000, "EA", "2.50", "2026-12-04")]


def _line(body: str, locale: str):
    res = read(body, [make_po(locale=locale, currency="EUR", lines=FILTERS)])
    assert res.kind == "confirmation", res.review_reasons
    return lines_of(res)[1]


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        # amounts with a currency and a certain decimal mark
        ("We confirm 1,000 pcs at EUR 2.50 each.", "de-DE", "de-DE-x-dot"),
        ("Unit price 4.10 € per piece, 1,200 pieces.", "vi-VN", "vi-VN-x-dot"),
        ("Total 1,250.00 for the order.", "pt-BR", "pt-BR-x-dot"),
        ("Wir liefern 1.000 Stück zu 2,50 EUR.", "en-US", "en-US-x-comma"),
        ("Gesamt 1.250,00 netto.", "en-GB", "en-GB-x-comma"),
        # the text agrees with its locale: nothing to change
        ("Wir liefern 1.000 Stück zu 2,50 EUR.", "de-DE", "de-DE"),
        ("We confirm 1,000 pcs at USD 2.50 each.", "en-US", "en-US"),
        # both marks in one text: the locale decides, as before
        ("Preis 2.50 EUR, Fracht 12,50 EUR, 1.000 Stück.", "de-DE", "de-DE"),
        # no amount whose mark is certain: a time, a date, a grouped number, an item code
        ("Abholung 04.12.2026 ab 14.30 Uhr, 1,000 pcs.", "de-DE", "de-DE"),
        ("Preis 1.250 EUR je Tonne.", "de-DE", "de-DE"),
        ("Ventil DN 2.50 geliefert.", "de-DE", "de-DE"),
    ],
)
def test_the_reading_locale_follows_the_texts_certain_amounts(
    text: str, locale: str, expected: str
) -> None:
    assert reading_locale(text, locale) == expected


def test_a_number_that_reads_either_way_is_read_the_texts_way() -> None:
    assert parse_number("1,000", "de-DE") == Decimal("1.000")
    assert parse_number("1,000", "de-DE-x-dot") == Decimal(1000)
    assert parse_number("2.000", "en-US-x-comma") == Decimal(2000)
    # a number only one convention can read keeps that reading
    assert parse_number("2,50", "de-DE-x-dot") == Decimal("2.50")


def test_the_convention_subtag_leaves_the_date_order_alone() -> None:
    assert month_first("en-US-x-comma")
    assert not month_first("de-DE-x-dot")


def test_a_german_supplier_writing_english_confirms_a_thousand_not_one() -> None:
    line = _line("Hello, we confirm 1,000 pcs at EUR 2.50 each, delivery 04.12.2026.", "de-DE")
    assert (line.status, line.quantity, line.unit_price) == ("accepted", 1000, Decimal("2.50"))


def test_a_vietnamese_supplier_writing_english_cuts_to_two_thousand() -> None:
    line = _line(
        "Dear buyer, we can only ship 2,000 pcs this month, price unchanged at 2.50 EUR/pc, "
        "delivery 04/12/2026.",
        "vi-VN",
    )
    assert (line.status, line.quantity) == ("changed", 2000)


def test_a_us_supplier_writing_german_confirms_a_thousand() -> None:
    line = _line(
        "Guten Tag, wir bestätigen 1.000 Stück zu 2,50 EUR, Liefertermin 04.12.2026.", "en-US"
    )
    assert (line.status, line.quantity, line.unit_price) == ("accepted", 1000, Decimal("2.50"))


def test_the_language_model_is_told_the_texts_convention_in_words() -> None:
    from agent.llm.prompt import build_prompt
    from agent.reading.pipeline import read_message
    from agent.reading.pos_json import load_pos
    from tests.test_extract import make_mail

    systems: list[str] = []

    def fallback(msg, open_pos, result):
        systems.append(build_prompt(msg, open_pos, 20_000).system)
        return None

    raw = make_mail("Could you accept 1,000 pcs at EUR 2.60 instead of 2.50? Please advise.")
    pos = load_pos([make_po(locale="de-DE", currency="EUR", lines=FILTERS)])
    result = read_message(raw, pos, fallback=fallback)
    assert result.kind == "needs_review"
    (system,) = systems
    assert "-x-" not in system
    assert "The supplier's locale is de-DE, but its text writes numbers with '.' as the " in system


def test_a_count_that_reads_as_the_ordered_quantity_the_other_way_settles_the_mark() -> None:
    # no amount in the text, but "1,000" read the English way is exactly what was ordered
    line = _line("Hello, we confirm 1,000 pcs, delivery 04.12.2026.", "de-DE")
    assert (line.status, line.quantity) == ("accepted", 1000)
    assert reading_locale("we confirm 1,000 pcs", "de-DE", (Decimal(1000),)) == "de-DE-x-dot"
    assert reading_locale("we confirm 1,000 pcs", "de-DE", (Decimal(500),)) == "de-DE"


@pytest.mark.parametrize(
    ("body", "locale", "token"),
    [
        ("Hello, we can only supply 2,000 pcs this time.", "de-DE", "'2,000' reads as 2 "),
        ("Confirmed. Qty 1,200, delivery 04.12.2026.", "pl-PL", "'1,200' reads as 1.2 "),
        ("Wir können leider nur 2.500 Stück liefern.", "en-GB", "'2.500' reads as 2.5 "),
    ],
)
def test_a_changed_count_that_reads_either_way_goes_to_a_person(
    body: str, locale: str, token: str
) -> None:
    res = read(body, [make_po(locale=locale, currency="EUR", lines=FILTERS)])
    assert res.kind == "needs_review"
    assert any(token in r and "which one is meant is unclear" in r for r in res.review_reasons)
