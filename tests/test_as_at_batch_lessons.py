"""What the first scores of held-out batches AS and AT taught, as general rules. Every
phrasing here is written for these tests, in other words than the batches' cases."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

SLINGS = [
    ("RS-2T", "Round sling 2 t, 2 m, green", 600, "EA", "7.80", "2026-12-11"),
    ("RS-3T", "Round sling 3 t, 3 m, yellow", 200, "EA", "11.40", "2026-12-11"),
]


def test_not_everything_at_once_is_a_split_not_a_refusal() -> None:
    # batch AT 014: "vi kan tyvärr inte leverera allt på en gång, så vi delar upp leveransen"
    # read as refusing the line
    res = read(
        "Hei Dana,\n\nLinje 1: vi kan dessverre ikke levere alt på en gang, så vi deler opp:\n"
        "  - 300 stk. uke 50\n  - 300 stk. uke 2/2027\n"
        "Linje 2: 200 stk. uke 50.\n\nPrisene som i bestillingen.",
        [make_po(locale="nb-NO", lines=SLINGS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed"
    assert [(s.quantity, s.date) for s in got[1].schedule] == [
        (300, date(2026, 12, 11)),
        (300, date(2027, 1, 15)),
    ]
    assert got[2].status == "accepted"


def test_a_list_under_a_refusal_restates_what_is_refused() -> None:
    # batch AT 017: "下記3品目はいずれも供給することができません" over a list restating each line
    # with its ordered count: every line was read as accepted
    res = read(
        "いつもお世話になっております。\n"
        "誠に申し訳ございませんが、下記2品目は供給することができません。\n\n"
        " 1. RS-2T ラウンドスリング 2t  600本\n"
        " 2. RS-3T ラウンドスリング 3t  200本\n\n"
        "よろしくお願いいたします。",
        [make_po(locale="ja-JP", lines=SLINGS)],
    )
    # no line accepted: the refusal names no line in words the guards read, so a person does
    assert res.kind == "needs_review", res
    assert any("refuses something" in r for r in res.review_reasons), res.review_reasons


def test_goods_no_longer_carried_are_refused() -> None:
    # batch AT 018: "Das Waschmittel führen wir nicht mehr" left the line unconfirmed
    res = read(
        "Hallo, Pos. 1 bestätigt für KW 50. Pos. 2 vertreiben wir leider nicht mehr, bitte "
        "beim Hersteller anfragen.",
        [make_po(locale="de-DE", lines=SLINGS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted" and got[2].status == "rejected"


def test_prices_said_to_include_tax_are_not_read_as_net() -> None:
    # batch AS 016: "Alle Preise verstehen sich inkl. 20 % MwSt." under prices read as new
    # net prices
    res = read(
        "Guten Tag, Pos. 1: 600 Stk. à 9,36 €, Pos. 2: 200 Stk. à 13,68 €, Lieferung KW 50.\n"
        "Sämtliche Preise inkl. 20 % MwSt.",
        [make_po(locale="de-AT", lines=SLINGS)],
    )
    assert res.kind == "needs_review"
    assert any("include" in r and "gross" in r for r in res.review_reasons), res.review_reasons


def test_a_substitute_delivered_in_place_of_a_refused_line_goes_to_a_person() -> None:
    # batch AS 067: "n'est plus fabriquée. Nous vous livrerons à la place son remplaçant …,
    # soit 80 pièces le 18/12" read as a plain refusal
    res = read(
        "Hello Dana, line 1: 600 pcs confirmed for 11/12. Line 2 is discontinued, we will "
        "ship its successor RS-3T-X instead, 200 pcs on 18/12, same price.",
        [make_po(lines=SLINGS)],
    )
    assert res.kind == "needs_review"
    assert any("in its place" in r for r in res.review_reasons), res.review_reasons


def test_a_price_with_tax_excluded_stays_a_net_price() -> None:
    # the other side of the tax rule: "zzgl. MwSt." keeps the price net and read
    res = read(
        "Guten Tag, Pos. 1: 600 Stk. à 7,95 € zzgl. MwSt., Lieferung KW 50. Pos. 2 wie bestellt.",
        [make_po(locale="de-AT", lines=SLINGS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].unit_price == Decimal("7.95")


BAGS = [
    ("PB-20", "Pannier bag 20 L, black", 300, "EA", "21.50", "2026-11-27"),
    ("TB-15", "Top tube bag 1.5 L", 500, "EA", "7.40", "2026-11-27"),
]


def test_a_chinese_next_week_day_written_as_one_word() -> None:
    # batch AT 024: "下周五" (Friday next week) was no date. The mail is of Wednesday
    # 2026-11-18: next week's Friday is 2026-11-27
    res = read(
        "您好，订单确认：驮包 300个，上管包 500个，价格不变，两项均于下周五出货。",
        [make_po(locale="zh-CN", currency="CNY", lines=BAGS)],
        when=datetime(2026, 11, 18, 2, 0, tzinfo=UTC),
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 11, 27)}


def test_a_chinese_weekday_in_brackets_after_a_date_is_that_dates() -> None:
    # the weekday names added for "下周五" must not make "12月18日（周五）" two dates
    res = read(
        "您好，订单确认：驮包 300个，上管包 500个，价格不变，12月18日（周五）到货。",
        [make_po(locale="zh-CN", currency="CNY", lines=BAGS)],
        when=datetime(2026, 11, 18, 2, 0, tzinfo=UTC),
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2026, 12, 18)}


PLAY = [
    ("ZT-12", "Play tower 1.2 m", 2, "SET", "2340.00", "2027-01-15"),
    ("SW-30", "Seesaw 3.0 m", 3, "EA", "480.00", "2027-01-15"),
]


def test_both_positions_in_lithuanian_on_a_po_of_two_lines() -> None:
    # batch AT 064: "Abi pozicijos bus pristatytos iki 2027-01-13" (both positions will be
    # delivered by): "pristatytos" is a delivery word, "abi pozicijos" every line of two
    res = read(
        "Laba diena, patvirtiname užsakymą 4500012345 pagal jūsų kainas ir kiekius. "
        "Abi pozicijos bus pristatytos iki 2027-01-13.",
        [make_po(locale="lt-LT", lines=PLAY)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert {ln.date for ln in lines_of(res).values()} == {date(2027, 1, 13)}


def test_both_positions_on_a_po_of_three_lines_is_for_a_person() -> None:
    res = read(
        "Laba diena, patvirtiname 1 ir 2 pozicijas pagal jūsų kainas. "
        "Abi pozicijos bus pristatytos iki 2027-01-13.",
        [
            make_po(
                locale="lt-LT",
                lines=[*PLAY, ("NT-32", "Climbing net", 4, "EA", "265.00", "2027-01-15")],
            )
        ],
    )
    assert res.kind == "needs_review"
    assert any("speaks of 2 lines" in r for r in res.review_reasons), res.review_reasons


POSTS = [
    ("YS-18", "Y-standard 1 800 mm, galvanised", 500, "EA", "42.50", "2027-01-15"),
    ("DR-12", "Dropper 1,2 m", 2000, "EA", "6.90", "2027-01-15"),
]


def test_rand_prices_written_onto_the_amount() -> None:
    # batch AS 063: "@ R7,10 each" was no price, so "price adjustment" announced none
    res = read(
        "Good day,\n\nThank you for order 4500012345, confirmed as follows:\n"
        "Item 1: 500 x Y-standards 1 800 mm @ R42,50 each, delivery 2027/01/15\n"
        "Item 2: 2 000 x droppers 1,2 m @ R7,10 each (price adjustment), delivery 2027/01/15\n",
        [make_po(locale="en-ZA", currency="ZAR", lines=POSTS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted"
    assert got[2].status == "changed" and got[2].unit_price == Decimal("7.10")


def test_an_apology_for_a_late_answer_announces_no_late_delivery() -> None:
    # batch AS 064: "Apologies for the delay on this one" read as a date change with no date
    res = read(
        "Hi Dana, sorry for the delay on this one, I was out of the office. Both lines are "
        "confirmed as per your PO.",
        [make_po(currency="ZAR", lines=POSTS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert all(ln.status == "accepted" for ln in lines_of(res).values())


MESH = [
    ("WM-50", "Welded mesh panel 50x50 mm, 2.5 m", 40, "EA", "38.00", "2026-12-11"),
    ("WM-25", "Welded mesh panel 25x25 mm, 2.5 m", 20, "EA", "52.00", "2026-12-11"),
]


def test_a_surcharge_on_rows_that_restate_the_po_price_goes_on_top() -> None:
    # batch AS 002: rows at the PO's prices, then "a surcharge of 4 % on positions 2 and 4":
    # the surcharge is charged on top of the price the row restates
    res = read(
        "Good morning,\n\nwe confirm as follows:\n"
        "Pos. 1  mesh 50x50   40 pcs   38.00 EUR   11/12/2026\n"
        "Pos. 2  mesh 25x25   20 pcs   52.00 EUR   11/12/2026\n\n"
        "Due to steel prices we add a surcharge of 5 % on position 2.",
        [make_po(lines=MESH)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "accepted"
    assert got[2].status == "changed" and got[2].unit_price == Decimal("54.60")
