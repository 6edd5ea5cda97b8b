"""What batches CW and CX taught on first sight, each in a phrasing of its own:

- CW 009 (wrong): "- 18/3 naturaalne: 40 rulli à 250 g …, hind 3,10 € rull": the thread count
  of the goods heading a list item is no date, and a price with a pack word right after its
  currency is a price per pack.
- CW 043 (wrong): the body names another open PO of the supplier while the thread and the
  goods are a second one's: which order it answers is for a person.
- CX 005 (false): "Die Preise verstehen sich zzgl. Metallteuerungszuschlag … des
  Liefermonats": a surcharge of no stated amount leaves the price unknown.
- CW 066 (deferred): "只能出 400 個（…出貨），其餘 200 個無法供應": the rest is refused, not split.
- CX 065 (deferred): Arabic "ولا يمكننا توريدها" (and we cannot supply it) refuses the rest.
- CX 038 (deferred): "Решту 100 шт. … не зможемо, тому просимо зняти цю кількість": the rest
  removed at the supplier's request leaves the stock it ships.
- CX 059 (wrong): Japanese "ご希望の12月9日の納期には間に合わず、来週金曜日の出荷": the date
  we asked for, which the words say will not be met, is not the date; "来週の金曜日" is next
  week's Friday.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from tests.test_extract import REQUEST_ID, lines_of, make_po, read

THREAD = [
    ("LT-18-3", "Linen thread 18/3, natural, on 250 g spools", 10, "KG", "12.40", "2026-12-15"),
    ("LT-30-3", "Linen thread 30/3, waxed, on 250 g spools", 5, "KG", "15.60", "2026-12-15"),
]


def test_a_fraction_of_the_goods_heading_a_list_item_is_no_date() -> None:
    res = read(
        "Tere,\n\nKinnitame:\n"
        "- 18/3 naturaalne: 10 kg, hind 12,40 €/kg\n"
        "- 30/3 vahatatud: 5 kg, hind 15,60 €/kg\n\n"
        "Tarne 15.12.2026.\n\nKadri",
        [make_po(locale="et-EE", lines=THREAD)],
    )
    got = lines_of(res)
    assert got[1].status == got[2].status == "accepted", res.review_reasons
    assert got[1].date == got[2].date == date(2026, 12, 15)


@pytest.mark.parametrize(
    "price", ["hind 3,10 € rull", "hind 3,10 € rulli kohta", "hind 3,10 €/rull"]
)
def test_a_pack_word_right_after_the_currency_prices_the_pack(price: str) -> None:
    res = read(
        "Tere,\n\nKinnitame:\n"
        f"- naturaalne: 40 rulli à 250 g (kokku 10 kg), {price}\n"
        "- vahatatud: 20 rulli à 250 g (kokku 5 kg), hind 3,90 €/rull\n\n"
        "Tarne 15.12.2026.\n\nKadri",
        [make_po(locale="et-EE", lines=THREAD)],
    )
    got = lines_of(res)
    # 3.10 a spool of 250 g is 12.40 a kilogram, never 3.10 a kilogram
    assert got[1].unit_price == Decimal("12.40"), res.review_reasons
    assert got[2].unit_price == Decimal("15.60")


def test_a_number_naming_one_order_in_the_thread_of_another_is_for_a_person() -> None:
    named = make_po(
        "4500031256",
        request_id="<po.4500031256.other@buyer.example>",
        lines=[("HND-FLX", "Flexible mannequin hand, left", 100, "EA", "9.80", "2026-12-15")],
    )
    res = read(
        "Hi Dana,\n\nWe confirm PO# 4500031256 as follows:\n\n"
        "Gearbox housings ductile iron - 40 pcs @ 312.50 - 12/15/2026\n"
        "Gearbox covers ductile iron - 100 pcs @ 12.10 - 12/15/2026\n"
        "Mounting feet grey iron - 60 pcs @ 8.40 - 12/15/2026\n\nThanks\nSam",
        [make_po(locale="en-US"), named],
        in_reply_to=REQUEST_ID,
    )
    assert res.kind == "needs_review"
    assert not any(c.po_number == "4500031256" for c in res.confirmations)
    assert any("threaded on our request for PO 4500012345" in r for r in res.review_reasons)


@pytest.mark.parametrize(
    "text, locale",
    [
        (
            "Wir bestätigen alle Positionen in Menge und Termin. Die Preise verstehen sich "
            "zuzüglich Legierungszuschlag, der mit der Rechnung berechnet wird.",
            "de-DE",
        ),
        (
            "All three lines confirmed as ordered. Please note our prices are plus the copper "
            "surcharge of the month of shipment.",
            "en-GB",
        ),
    ],
)
def test_a_surcharge_of_no_stated_amount_leaves_the_price_unknown(text: str, locale: str) -> None:
    res = read(f"Hello,\n\n{text}\n\nSam", [make_po(locale=locale)])
    assert res.kind == "needs_review"
    assert any("says not how much" in r for r in res.review_reasons)


@pytest.mark.parametrize(
    "text",
    [
        "All three lines confirmed as ordered, prices including the alloy surcharge.",
        "All three lines confirmed as ordered, alloy surcharge 3.5 % already in the prices.",
        "All three lines confirmed as ordered; no surcharge on these prices.",
    ],
)
def test_a_surcharge_taken_into_the_price_or_waived_or_stated_is_no_unknown(text: str) -> None:
    res = read(f"Hello,\n\n{text}\n\nSam", [make_po()])
    assert not any("says not how much" in r for r in res.review_reasons)


def test_a_japanese_date_we_asked_for_that_will_not_be_met_is_not_the_date() -> None:
    res = read(
        "お世話になっております。\n\n全品目、数量・単価はご注文通りでお受けいたします。\n"
        "ご指定の12月15日の納期には間に合いませんので、来週の水曜日に出荷いたします。\n",
        [make_po(locale="ja-JP", currency="JPY")],
        when=datetime(2026, 12, 10, 1, 0, tzinfo=UTC),
    )
    got = lines_of(res)
    assert {got[n].date for n in (1, 2, 3)} == {date(2026, 12, 16)}, res.review_reasons


def test_a_refused_rest_after_a_dated_part_leaves_the_smaller_quantity() -> None:
    # (CW 066) the date of the part supplied does not make the refused rest a split
    res = read(
        "您好，\n\n订单 4500012345 确认如下：\n"
        "1. 齿轮箱壳体：40 件，按订单。\n"
        "2. 齿轮箱盖：只能出 70 件（2026年12月15日出货），其余 30 件无法供应，请见谅。\n"
        "3. 安装脚：60 件，按订单。\n",
        [make_po(locale="zh-CN", currency="CNY")],
    )
    got = lines_of(res)
    assert got[2].status == "changed" and got[2].quantity == 70, res.review_reasons
    assert not got[2].schedule


def test_an_arabic_refusal_written_onto_and_and_onto_its_object_refuses_the_rest() -> None:
    # (CX 065) "ولا يمكننا توريدها": "and" written onto "not", "it" onto "supply"
    res = read(
        "مرحباً،\n\nنؤكد طلب الشراء 4500012345:\n"
        "البند 1: 40 قطعة حسب الطلب.\n"
        "البند 2: يمكننا توريد 70 قطعة فقط بتاريخ 15/12/2026. "
        "الكمية المتبقية من البند 2 (30 قطعة) غير متوفرة ولا يمكننا توريدها.\n"
        "البند 3: 60 قطعة حسب الطلب.\n",
        [make_po(locale="ar-EG", currency="EGP")],
    )
    got = lines_of(res)
    assert got[2].status == "changed" and got[2].quantity == 70, res.review_reasons


def test_a_rest_refused_further_on_in_its_clause_is_no_refusal_of_the_line() -> None:
    # (seen beside CX 065) "the remaining quantity (30 pcs) is not available": the rest's
    # own clause refuses the rest; the line is changed to what is left
    res = read(
        "Hello,\n\nWe confirm PO 4500012345:\nLine 1: 40 pcs as ordered.\n"
        "Line 2: 70 pcs only, the remaining quantity (30 pcs) is not available and we cannot "
        "supply it.\nLine 3: 60 pcs as ordered.\n",
        [make_po()],
    )
    got = lines_of(res)
    assert got[2].status == "changed" and got[2].quantity == 70, res.review_reasons


@pytest.mark.parametrize("greeting", ["Oi Dana, td bem?", "Oi Dana, beleza?"])
def test_a_colloquial_portuguese_greeting_question_is_courtesy(greeting: str) -> None:
    # (seen in CX 063) "Oi Marisol, td bem?" asks how we are, not whether we agree
    res = read(
        f"{greeting}\nPedido 4500012345 ok, tudo confirmado conforme o pedido.\nAbs\nSam",
        [make_po(locale="pt-BR", currency="BRL")],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert all(ln.status == "accepted" for ln in lines_of(res).values())


@pytest.mark.parametrize(
    "text, locale",
    [
        (
            "Поз. 2 – на складі є лише 70 шт., їх відвантажимо 15.12.2026. Решту 30 шт. "
            "виготовити найближчим часом не зможемо, тому просимо зняти цю кількість із "
            "замовлення.",
            "uk-UA",
        ),
        (
            "Поз. 2 – на складе есть только 70 шт., отгрузим их 15.12.2026. Остаток 30 шт. "
            "изготовить в этом году не сможем, поэтому просим снять это количество с заказа.",
            "ru-RU",
        ),
    ],
)
def test_stock_and_a_rest_the_supplier_asks_us_to_remove_is_a_smaller_quantity(
    text: str, locale: str
) -> None:
    # (CX 038) "просимо зняти цю кількість із замовлення": the rest is cancelled at the
    # supplier's request, in the clause after the one that counts it
    res = read(
        f"Добрий день!\n\nПоз. 1 та 3 – згідно із замовленням.\n{text}\n",
        [make_po(locale=locale, currency="UAH")],
    )
    got = lines_of(res)
    assert got[2].status == "changed" and got[2].quantity == 70, res.review_reasons
