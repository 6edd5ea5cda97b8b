"""Split deliveries written in any order, and lines named in the supplier's own inflection,
list numbering or currency sign (each phrasing written for this test, not from a corpus)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read

SEALS = [
    ("SIL-220", "Uszczelka silikonowa 220 mm", 500, "EA", "1.90", "2026-12-18"),
    ("PTFE-60", "Taśma PTFE 60 m", 200, "EA", "4.20", "2026-12-18"),
]
FILM = [
    ("PE-F80", "LDPE-kalvo 80 µm, rulla 1500 mm", 4000, "KG", "2.15", "2026-12-11"),
    ("PE-S23", "Venytyskalvo 23 µm, 500 mm", 120, "RL", "14.90", "2026-12-11"),
]


def _schedule(line) -> list[tuple[Decimal, date]]:
    return sorted((Decimal(s.quantity), s.date) for s in line.schedule)


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        # the date before its quantity, in a list
        (
            "Guten Tag,\n\nPos. 2 liefern wir in zwei Teilen:\n- 18.12.2026: 60 Stück\n"
            "- 15.01.2027: 40 Stück\n\nPos. 1 und 3 wie bestellt.\n\nGruß",
            "de-DE",
        ),
        # one part each way round, in one sentence
        (
            "Hello Dana, lines 1 and 3 as ordered. Line 2: on 18/12 we can ship 60 pcs, the "
            "remaining 40 pcs follow on 15/01/2027.",
            "en-GB",
        ),
        # Japanese bullets, the date first
        (
            "ご注文ありがとうございます。\n1番と3番はご注文通り承りました。\n2番は分納となります。\n"
            "・12月18日　60個\n・1月15日　40個（残数）",
            "ja-JP",
        ),
    ],
)
def test_a_split_is_read_whichever_comes_first_date_or_quantity(body: str, locale: str) -> None:
    res = read(body, [make_po(locale=locale)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].status == "changed"
    assert _schedule(got[2]) == [
        (Decimal(40), date(2027, 1, 15)),
        (Decimal(60), date(2026, 12, 18)),
    ]
    assert got[1].status == got[3].status == "accepted"


def test_parts_that_do_not_add_up_to_the_line_are_no_split() -> None:
    res = read(
        "Hello Dana, all lines as ordered except line 2: on 18/12 we can ship 60 pcs, and "
        "on 15/01/2027 another 30 pcs.",
        [make_po()],
    )
    assert not any(ln.schedule for c in res.confirmations for ln in c.lines)
    assert res.kind == "needs_review"


def test_a_list_of_parts_each_with_a_dash_is_one_schedule() -> None:
    po = make_po(
        lines=[("LS-800", "Leaf spring assembly, 3 leaves", 90, "EA", "88.00", "2027-01-15")]
    )
    res = read(
        "Dear Dana,\n\nwe confirm your order at the ordered price with this schedule:\n\n"
        "30 pcs – 2026.12.22.\n30 pcs – 2027.01.12.\n30 pcs – 2027.01.26.\n\nBest regards",
        [po],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    # the "3" of "3 leaves" in the description is not taken out of "30 pcs"
    assert line.quantity == 90
    assert [d for _, d in _schedule(line)] == [
        date(2026, 12, 22),
        date(2027, 1, 12),
        date(2027, 1, 26),
    ]


def test_a_description_word_in_the_suppliers_inflection_names_its_line() -> None:
    # Finnish partitive ("Venytyskalvoa") and a compound's part ("kalvo" of "LDPE-kalvo");
    # "80 rullaa" counts rolls and names no line, though line 1's description says "rulla"
    res = read(
        "Moi Dana,\n\n80 µm kalvo: toimitus viikolla 50 kuten pyysitte, hinta ok.\n"
        "Venytyskalvoa saadaan viikolle 50 vain 80 rullaa, loput 40 rullaa toimitetaan "
        "viikolla 2.\n\nTerveisin",
        [make_po(lines=FILM, locale="fi-FI")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[1].date == date(2026, 12, 11)
    assert _schedule(got[2]) == [
        (Decimal(40), date(2027, 1, 15)),
        (Decimal(80), date(2026, 12, 11)),
    ]


def test_a_word_one_letter_away_names_its_line_only_when_one_line_has_it() -> None:
    from agent.reading.extract import LineIndex
    from agent.reading.pos_json import load_pos

    (po,) = load_pos([make_po(lines=SEALS, locale="pl-PL")])
    index = LineIndex(po)
    assert index.refs("uszczelki dostarczymy 18.12.")[0] == {1}
    (two,) = load_pos(
        [
            make_po(
                lines=[
                    ("C-25", "Contactor 25 A", 10, "EA", "11.40", "2026-12-18"),
                    ("C-40", "Contractor kit 40 A", 10, "EA", "19.00", "2026-12-18"),
                ]
            )
        ]
    )
    # "contator" is one letter from "contactor" and two from "contractor": line 1 alone
    assert LineIndex(two).refs("Contator 25 A: entregaremos conforme pedido")[0] == {1}
    # a word near the words of two lines names neither
    assert LineIndex(two).refs("the contactors are fine")[0] == {1}


MOTORS = [
    ("EM-11", "Electric motor IE3 11 kW 4 pole", 4, "EA", "890.00", "2026-12-18"),
    ("FL-160", "B5 flange frame 160", 4, "EA", "45.00", "2026-12-18"),
]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Dear Dana,\n\nunfortunately we cannot supply 11 kW motors until the end of the "
            "year. Therefore we are unable to confirm your order.\n\nRegards",
            "en-GB",
        ),
        (
            "Hola Dana,\n\nlamentamos comunicarle que no podemos atenderlo: ya no disponemos "
            "de stock de motores.\n\nSaludos",
            "es-ES",
        ),
    ],
)
def test_a_refusal_naming_some_goods_and_silent_on_the_rest_goes_to_a_person(
    body: str, locale: str
) -> None:
    # the flange frames are not said to be "not addressed": the whole order may be refused
    res = read(body, [make_po(lines=MOTORS, locale=locale)])
    assert res.kind == "needs_review", res.confirmations
    assert "the refusal may be of the whole order" in " ".join(res.review_reasons)


def test_chinese_numerals_number_the_lines_of_a_list() -> None:
    res = read(
        "Dana 您好：\n\n訂單 4500012345 確認如下：\n一、齒輪箱殼體：40 件，交期 12/15。\n"
        "二、齒輪箱蓋：目前庫存只有 60 件，先出 60 件（12/15），其餘 40 件於 1/12 出貨。\n"
        "三、安裝腳：照訂單。\n\n謝謝！",
        [make_po(locale="zh-TW", currency="TWD")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert _schedule(got[2]) == [
        (Decimal(40), date(2027, 1, 12)),
        (Decimal(60), date(2026, 12, 15)),
    ]
    assert got[1].status == got[3].status == "accepted"


@pytest.mark.parametrize(("currency", "same"), [("TWD", True), ("CNY", True), ("EUR", False)])
def test_the_yuan_sign_is_the_pos_currency_when_the_po_is_in_a_yuan(currency, same) -> None:
    res = read(
        "您好，訂單 4500012345 全部確認，第1項單價 312.50 元，其他照訂單。",
        [make_po(locale="zh-TW", currency=currency)],
    )
    reasons = " ".join(res.review_reasons)
    assert ("the PO is in" not in reasons) == same, reasons
    if same:
        assert res.kind == "confirmation", reasons


@pytest.mark.parametrize(
    ("text", "locale", "day"),
    [
        ("expedice ve středu 51. týden", "cs-CZ", date(2026, 12, 16)),
        ("utorok 50. týždeň", "sk-SK", date(2026, 12, 8)),
        ("w środę 51. tydzień", "pl-PL", date(2026, 12, 16)),
        ("dodáme 51. týden", "cs-CZ", date(2026, 12, 18)),  # no day named: the Friday
    ],
)
def test_a_weekday_before_an_ordinal_week_is_that_day_of_the_week(text, locale, day) -> None:
    hits, _ = find_dates(text, locale, datetime(2026, 12, 3))
    assert [h.date for h in hits] == [day]


def test_a_cause_is_not_what_a_clause_is_about() -> None:
    from agent.reading.decide import _about_something_else

    # "stock" names the reason, not the object, of the change
    assert not _about_something_else("due to a stock shortage we ship 60 on 12/15, 40 on 1/12")
    assert not _about_something_else("メーカー在庫不足のため、12月18日に60個、残り40個は1月12日")
    assert not _about_something_else("raaka-ainepulan vuoksi toimitamme 60 kpl viikolla 51")
    # while stock that is the subject still is
    assert _about_something_else("we have 60 in stock")


def test_chinese_words_are_read_in_traditional_characters_too() -> None:
    import agent.reading.lexicon as L

    # the lexicon is written in Simplified characters; Taiwan and Hong Kong write Traditional
    assert L.search("commit", "照訂單出貨")
    assert L.search("commit", "照订单出货")
    assert L.search("commit", "按訂單交貨")
    assert L.search("decline", "停產") or L.search("decline", "停产")
    assert L._with_variants("[^，订]{0,3}确", {"订": "訂", "确": "確"}) == "[^，订訂]{0,3}[确確]"


def test_a_lexicon_with_a_broken_variant_table_is_named() -> None:
    import agent.reading.lexicon as L

    with pytest.raises(L.LexiconError, match="zh.toml"):
        L._variant_pairs("zh.toml", "订訂单")
