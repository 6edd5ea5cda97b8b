"""A price per a pack, named before or after the amount, on a PO counted in another unit: the
pack's stated size converts it (a pack word then a word for price, a Korean count with 당, the
Danish and Norwegian singular "pose", a pack's bare size on goods counted in their own unit).
Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tests.test_extract import lines_of, make_po, read

VIALS = [("SV-10", "Sample vial 10 ml, amber, rack of 50", 400, "RACK", "9.00", "2026-12-14")]


def test_a_packs_bare_size_counts_goods_the_po_counts_in_their_own_unit() -> None:
    # "cases of 8 racks" on a PO in racks: 76.00 a case is 9.50 a rack
    res = read(
        "Hello, we confirm 400 racks, packed in cases of 8 racks, at EUR 76.00 per case. "
        "Delivery 14.12.2026.",
        [make_po(lines=VIALS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.status == "changed"
    assert line.unit_price == Decimal("9.50")
    assert line.quantity == 400 and line.date == date(2026, 12, 14)


TINS = [
    ("PT-05", "Pigment paste oxide red, 0.5 kg tin", 240, "EA", "4.10", "2026-12-18"),
    ("PT-06", "Pigment paste oxide yellow, 0.5 kg tin", 120, "EA", "4.10", "2026-12-18"),
]


def test_a_pack_named_before_a_word_for_price_is_what_the_price_is_per() -> None:
    # "carton price GBP 51.00" with "cartons of 12": 4.25 a tin
    res = read(
        "Hi Dana, line 1: 240 tins in cartons of 12, carton price GBP 51.00, delivery "
        "18/12/2026. Line 2 as ordered.",
        [make_po(currency="GBP", lines=TINS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].unit_price == Decimal("4.25")
    assert got[2].status == "accepted"


def test_a_turkish_pack_before_its_price_word() -> None:
    # "düzine fiyatı" (the dozen's price) before the amount: 51.00 a dozen is 4.25 a tin
    res = read(
        "Merhaba, kalem 1: 20 düzine (240 adet), düzine fiyatı 51,00 GBP, teslim 18.12.2026. "
        "Kalem 2 sipariş gibi.",
        [make_po(locale="tr-TR", currency="GBP", lines=TINS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].unit_price == Decimal("4.25")
    assert got[1].quantity == 240


PCB = [
    ("CAP-104", "Ceramic capacitor 100nF 50V X7R 0603, reel", 20000, "PCS", "0.0062", "2026-12-21")
]


def test_a_korean_count_before_its_price_is_what_the_price_is_per() -> None:
    # "1,000개당 USD 6.50" (per 1,000 pieces): 0.0065 a piece, and the 1,000 is no quantity
    res = read(
        "안녕하세요. 발주서 4500012345 확인하였습니다.\n\n1. CAP-104: 20,000개, 단가 1,000개당 USD 6.50, "
        "납기 2026년 12월 21일",
        [make_po(locale="ko-KR", currency="USD", lines=PCB)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.status == "changed" and line.unit_price == Decimal("0.0065")
    assert line.quantity == 20000


PLUGS = [("EP-50", "Foam earplugs, 50 pairs", 2000, "PCS", "0.52", "2027-01-08")]


def test_a_norwegian_bag_in_the_singular_and_a_count_restated_after_a_dot() -> None:
    # "40 poser à 50 stk. = 2 000 stk., 27,00 EUR pr. pose": the sentence goes on after the
    # abbreviation's dot before "=", and "pose" is a bag of 50: 0.54 a piece
    res = read(
        "Hei, vi bekrefter: 40 poser à 50 stk. = 2 000 stk., 27,00 EUR pr. pose, levering "
        "08.01.2027.",
        [make_po(locale="nb-NO", lines=PLUGS)],
    )
    assert res.kind == "confirmation", res.review_reasons
    line = lines_of(res)[1]
    assert line.status == "changed" and line.unit_price == Decimal("0.54")
    assert line.quantity == 2000 and line.date == date(2027, 1, 8)
