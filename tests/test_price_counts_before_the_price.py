"""The count a price is for, written before it ("price per 1000 is $41.00", "Preis pro 1.000
Stück: 41,00 €", "1,000本あたり 275.00 USD"), makes a price per piece, and that count is no
quantity; South African mail writes "25/11" day first; a day and a month after a word of
delivery that the locale's order cannot read ("delivery 25/11" from the US) goes to a
person. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.numbers import price_hits
from tests.test_extract import lines_of, make_po, read

LABELS = [
    ("LBL-A", "Label 40x30 mm, white", 20000, "EA", "0.0450", "2026-11-27"),
    ("LBL-B", "Label 60x40 mm, silver", 10000, "EA", "0.0620", "2026-11-27"),
]


def test_the_count_before_a_price_is_its_per() -> None:
    for text, locale in (
        ("the price per 1000 is $41.00 now", "en-GB"),
        ("Preis pro 1.000 Stück: 41,00 €", "de-DE"),
        ("単価を 1,000枚あたり 41.00 USD に改定", "ja-JP"),
    ):
        (hit,) = price_hits(text, locale)
        assert hit.value == Decimal("41.00") and hit.per == 1000, text


def test_a_price_per_thousand_before_its_figure_changes_the_line() -> None:
    res = read(
        "Hi Dana,\n\nPO 4500012345: the 40x30 labels are confirmed as ordered. For the 60x40 "
        "silver labels the price per 1000 is $65.00 now, delivered 27/11.\n\nRegards",
        [make_po(locale="en-ZA", currency="USD", lines=LABELS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted"
    assert got[2].unit_price == Decimal("0.065") and got[2].quantity == 10000


def test_south_african_mail_writes_the_day_first() -> None:
    res = read(
        "Hi Dana,\n\nall labels on PO 4500012345 confirmed at the PO prices, delivered 25/11.\n\n"
        "Regards",
        [make_po(locale="en-ZA", currency="USD", lines=LABELS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 11, 25)}


def test_a_day_and_month_the_locale_cannot_read_goes_to_a_person() -> None:
    res = read(
        "Hi Dana,\n\nall labels on PO 4500012345 confirmed at the PO prices, delivery 25/11.\n\n"
        "Regards",
        [make_po(locale="en-US", currency="USD", lines=LABELS)],
    )
    assert res.kind == "needs_review"
    assert any("25/11" in r for r in res.review_reasons), res.review_reasons


def test_words_between_the_count_and_the_price() -> None:
    (hit,) = price_hits("Linje 2: pris per 100 stk blir nå 64,00 EUR.", "nb-NO")
    assert hit.per == 100 and hit.value == Decimal("64.00")


def test_a_chinese_counter_after_the_count_a_price_is_for() -> None:
    (hit,) = price_hits("单价调整为 USD 64/千个，12月18日出货", "zh-CN")
    assert hit.per == 1000 and hit.unit_value == Decimal("0.064")
