"""What batch Z's first score taught, each in a phrasing written for these tests: a reply
promised after checking (Traditional Chinese), a date given "as above", a size in the
description's own unit word, a day and month after a word of shipping without the closing
dot, a date written month first where the day comes first, a list of "name – count" items,
words about the order that count one line's quantity, and "Qte" as a quantity column."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.test_extract import lines_of, make_po, read

CORDS = [
    ("PC-SM-3M", "Patch cord LC-SC, SM, duplex, 3 m", 500, "EA", "1.95", "2026-12-10"),
    ("PC-SM-1M", "Patch cord LC-LC, SM, simplex, 1 m", 1000, "EA", "1.22", "2026-12-10"),
]
WAX = [
    ("WAX-SOY", "Soy wax flakes, 20 kg box", 40, "BX", "58.00", "2026-12-11"),
    ("WAX-PAR", "Paraffin wax slabs, 25 kg box", 60, "BX", "46.50", "2026-12-11"),
]


def test_a_reply_promised_after_checking_in_traditional_chinese_is_no_confirmation() -> None:
    res = read(
        "好的，我們確認交期後再回覆您。", [make_po(locale="zh-TW", currency="USD", lines=CORDS)]
    )
    assert res.kind == "needs_review"


def test_a_delivery_given_as_above_is_for_a_person() -> None:
    body = (
        "Buongiorno,\n\nordine 4500012345, confermiamo:\n"
        "pos. 1 – 500 pz a USD 1,95, consegna settimana 51;\n"
        "pos. 2 – 1000 pz, prezzo aggiornato USD 1,30, consegna come sopra.\n\nCordiali saluti"
    )
    res = read(body, [make_po(locale="it-IT", currency="USD", lines=CORDS)])
    assert res.kind == "needs_review"
    assert any("as the one above" in r for r in res.review_reasons), res.review_reasons


def test_confirming_as_above_is_still_a_confirmation() -> None:
    body = (
        "안녕하세요.\n\n발주 4500012345 관련:\n1. 500 EA, USD 1.95, 12월 10일 납품\n"
        "2. 1000 EA, USD 1.22, 12월 10일 납품\n위와 같이 확정합니다.\n\n감사합니다."
    )
    res = read(body, [make_po(locale="ko-KR", currency="USD", lines=CORDS)])
    assert res.kind == "confirmation", res.review_reasons


def test_a_size_in_the_descriptions_unit_is_no_quantity() -> None:
    body = (
        "您好！订单 4500012345 确认如下：\n1. LC-SC 单模双工跳线 3米：500条，单价 USD 1.95，12月4日发货。\n"
        "2. LC-LC 单模单工跳线 1米：1000条，单价 USD 1.22，12月4日发货。"
    )
    res = read(body, [make_po(locale="zh-CN", currency="USD", lines=CORDS)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].quantity, got[2].quantity) == (Decimal(500), Decimal(1000))
    assert {ln.date for ln in got.values()} == {date(2026, 12, 4)}


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "uk-UA",
            "Підтверджуємо замовлення 4500012345, ціни без змін.\nВідвантаження 14.12, разом.",
        ),
        (
            "de-DE",
            "Wir bestätigen die Bestellung 4500012345 zu Ihren Preisen.\nVersand am 14.12 ab Werk.",
        ),
    ],
)
def test_a_day_and_month_after_a_shipping_word_without_the_closing_dot(
    locale: str, body: str
) -> None:
    res = read(body, [make_po(locale=locale, currency="EUR", lines=WAX)])
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 14)}


def test_a_date_written_month_first_where_the_day_comes_first_is_not_left_behind() -> None:
    body = (
        "Добрий день!\n\nПідтверджуємо замовлення 4500012345, ціни без змін.\n"
        "Відвантаження з нашого складу у Львові — 12.14.\n\nЗ повагою"
    )
    res = read(body, [make_po(locale="uk-UA", currency="EUR", lines=WAX)])
    assert res.kind == "needs_review"
    assert any("12.14" in r for r in res.review_reasons), res.review_reasons


def test_name_and_count_items_keep_their_counts_and_an_unread_name_goes_to_a_person() -> None:
    lines = [
        ("CRAY-12", "Wax crayons, 12 colours", 800, "BX", "0.95", "2026-12-04"),
        ("RULER-30", "Ruler 30 cm, transparent", 1000, "EA", "0.21", "2026-12-04"),
    ]
    body = (
        "Dzień dobry,\n\npotwierdzamy zamówienie 4500012345:\nkredki świecowe 12 kolorów – "
        "800 op., linijki 30 cm – 1000 szt.; dostawa 04.12.2026, ceny zgodnie z zamówieniem.\n\n"
        "Pozdrawiam"
    )
    res = read(body, [make_po(locale="pl-PL", currency="EUR", lines=lines)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert (got[1].status, got[1].quantity) == ("accepted", Decimal(800))
    assert (got[2].status, got[2].quantity) == ("accepted", Decimal(1000))


def test_qte_is_a_quantity_column() -> None:
    lines = [("TIP-MIX", "Mixing tips yellow, 48/bag", 30, "BG", "11.20", "2026-12-01")]
    body = (
        "Bonjour,\n\nVoici notre accusé de réception pour la commande 4500012345.\n\n"
        "Ligne | Article | Description | Qte | UM | Prix | Date_livraison\n"
        "1 | TIP-MIX | Embouts mélangeurs jaunes 48/sac | 32 | SAC | 11,20 | 2026-12-01\n\n"
        "Merci"
    )
    res = read(body, [make_po(locale="fr-CA", currency="USD", lines=lines)])
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == Decimal(32)
