"""What the first scores of held-out batches BA and BB taught, as general rules. Every
phrasing here is written for these tests, in other words than the batches' cases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

WIPES = [
    ("WW-64", "Wet wipes aloe, 64 wipes/pack", 3000, "PCS", "1.90", "2026-12-15"),
    ("WW-20", "Wet wipes travel, 20 wipes/pack", 2000, "PCS", "0.70", "2026-12-15"),
]


def test_a_price_change_awaiting_the_buyers_approval_is_no_confirmation() -> None:
    # batch BA 050 (false confirmation): "Kindly approve the revised price … so that we can
    # confirm the order and the delivery date" read as the line changed and confirmed
    res = read(
        "Dear Dana,\n\nthank you for PO 4500012345. The price of the gearbox covers (line 2) "
        "has gone up to EUR 13.20 per piece. Please approve the new price so that we can "
        "confirm the order and the delivery dates.\n\nBest regards",
        [make_po()],
    )
    assert res.kind == "needs_review"
    assert res.confirmations == [] or not any(
        ln.status in ("accepted", "changed") for c in res.confirmations for ln in c.lines
    )


def test_the_pieces_of_one_pack_named_with_the_goods_are_no_quantity() -> None:
    # batch BA 018: "chusteczki Sensitive 72 szt.: 6000 szt." read as 72
    res = read(
        "Guten Tag,\n\nwir bestätigen Pos. 1 und 2 Ihrer Bestellung 4500012345:\n"
        "Pos. 1 - Feuchttücher Aloe 64 Stk.: 3000 Stk. zu 1,90 €, Lieferung 15.12.2026.\n"
        "Pos. 2 - Feuchttücher Reise 20 Stk.: 2000 Stk. zu 0,70 €, Lieferung 15.12.2026.\n\nGruß",
        [make_po(locale="de-DE", lines=WIPES)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].quantity == 3000 and got[2].quantity == 2000
    assert {ln.status for ln in got.values()} == {"accepted"}


def test_a_chinese_pack_content_count_is_no_quantity() -> None:
    # batch BA 036: "婴儿湿巾80片装（无香型）：24000包" read as 80
    res = read(
        "您好！订单 4500012345 确认如下：\n1. 芦荟湿巾64片装：3000包，单价 USD 1.90/包，交货期 2026年12月15日。\n"
        "2. 旅行湿巾20片装：2000包，单价 USD 0.70/包，交货期 2026年12月15日。\n谢谢",
        [make_po(locale="zh-CN", currency="USD", lines=WIPES)],
    )
    assert not any(
        ln.quantity in (64, 20) for c in res.confirmations for ln in c.lines if ln.quantity
    )


def test_a_counted_rest_refused_leaves_the_part_delivered() -> None:
    # batch BB 018: "… maar 250 dozen op voorraad; de resterende 50 dozen … vervallen" read as
    # refusing the whole line
    res = read(
        "Goedemiddag Dana,\n\nHierbij bevestigen wij uw order 4500012345:\n"
        "Pos. 1: 40 st. à € 312,50, levering 15-12-2026\n"
        "Pos. 2: 80 st. à € 12,10, levering 15-12-2026\n"
        "Pos. 3: 60 st. à € 8,40, levering 15-12-2026\n\n"
        "Van de deksels hebben we helaas maar 80 stuks; de resterende 20 stuks kunnen we niet "
        "meer leveren, die vervallen.\n\nMet vriendelijke groet",
        [make_po(locale="nl-NL")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].status == "changed" and got[2].quantity == 80
    assert got[2].date == date(2026, 12, 15) and got[2].unit_price == Decimal("12.10")


def test_a_rest_whose_refusal_follows_in_the_same_sentence_is_cancelled() -> None:
    # batch BB 039 (deferred): "… лише 240 пар …, решту 60 пар, на жаль, не зможемо." read
    # as a rest still to come
    res = read(
        "Добрий день!\n\nПідтверджуємо замовлення 4500012345:\n"
        "1) Корпуси — 40 шт. по 312,50 EUR, доставка 15.12.2026.\n"
        "2) Кришки — можемо поставити лише 80 шт. по 12,10 EUR (доставка 15.12.2026), решту "
        "20 шт., на жаль, не зможемо.\n"
        "3) Опори — 60 шт. по 8,40 EUR, доставка 15.12.2026.\n\nЗ повагою",
        [make_po(locale="uk-UA")],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[2].quantity == 80 and got[2].status == "changed" and not got[2].schedule
