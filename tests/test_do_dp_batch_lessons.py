"""Lessons of held-out batches DO and DP: each test is a general capability one of their wrong
answers showed missing, written in its own words (not the batch's text)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from agent.reading.dates import find_dates
from agent.reading.numbers import price_hits
from tests.test_extract import lines_of, make_po, read

_TWO = [
    ("HM-13-BR", "Hose mender 1/2 inch, brass", 400, "EA", "0.95", "2026-12-14"),
    ("HM-19-BR", "Hose mender 3/4 inch, brass", 250, "EA", "1.30", "2026-12-14"),
]


# DO 003 (wrong): Thai "จึงขอปรับจำนวนเป็น 150 ตัว" (so the quantity is adjusted to 150 pieces):
# Thai runs its words together, no Thai word after a number was a unit, and the PO's count was
# kept.
def test_a_thai_count_word_after_a_number_is_its_unit() -> None:
    res = read(
        "เรียน คุณ Dana\n\nขอยืนยันใบสั่งซื้อเลขที่ 4500012345 ดังนี้\n"
        "1. Hose mender 1/2 inch บรรจุถุงละ 100 ชิ้น จึงขอปรับจำนวนเป็น 500 ชิ้น ราคา 0.95 EUR "
        "ส่งของวันที่ 14/12/2026\n"
        "2. Hose mender 3/4 inch จำนวน 250 ชิ้น ราคา 1.30 EUR ส่งของวันที่ 14/12/2026\n",
        [make_po(locale="th-TH", lines=_TWO)],
    )
    assert {n: ln.quantity for n, ln in lines_of(res).items()} == {1: 500, 2: 250}


# DO 063 and DP 062 (wrong): Bengali "৩৬.৫০ মার্কিন ডলার" (36.50 US dollars) and "১৪৮ টাকা" (148
# taka) were no money, so the PO's prices were kept.
def test_the_american_dollar_and_the_taka_written_out_are_money() -> None:
    assert [(h.value, h.currency) for h in price_hits("প্রতি মিটার ১৪৮ টাকা", "bn-BD")] == [
        (Decimal(148), "BDT")
    ]
    assert [(h.value, h.currency) for h in price_hits("প্রতি পিস ৩৬.৫০ মার্কিন ডলার", "bn-BD")] == [
        (Decimal("36.50"), "DOLLAR")
    ]
    assert [h.value for h in price_hits("36.50 US dollars each", "en-US")] == [Decimal("36.50")]
    lines = [
        ("MR-12", "Marine rope nylon 12 mm", 500, "M", "95.00", "2026-12-14"),
        ("MR-20", "Marine rope polypropylene 20 mm", 300, "M", "140.00", "2026-12-14"),
    ]
    res = read(
        "প্রিয় ম্যাডাম,\n\nআমরা নিশ্চিত করছি:\n১. নাইলন রশি ১২ মিমি – ৫০০ মিটার, প্রতি মিটার ৯৫ টাকা, "
        "ডেলিভারি ১৪/১২/২০২৬\n২. পিপি রশি ২০ মিমি – ৩০০ মিটার, প্রতি মিটার ১৫২ টাকা, ডেলিভারি "
        "১৪/১২/২০২৬\n",
        [make_po(locale="bn-BD", currency="BDT", lines=lines)],
    )
    assert lines_of(res)[2].unit_price == Decimal(152), res.review_reasons


# DP 070 (wrong): Azerbaijani "çatdırılma bu gündən 4 həftə sonra" (delivery 4 weeks from
# today) was not read: the line was accepted at the PO's date.
def test_an_azerbaijani_count_of_weeks_is_a_date() -> None:
    hits, _ = find_dates("çatdırılma 4 həftə sonra", "az-AZ", date(2026, 11, 4))
    assert [h.date for h in hits] == [date(2026, 12, 2)]
    res = read(
        "Hörmətli Dana xanım,\n\n4500012345 saylı sifarişinizi təsdiq edirik:\n"
        "1) Hose mender 1/2 inch - 400 ədəd, 0,95 EUR, çatdırılma 14.12.2026\n"
        "2) Hose mender 3/4 inch - 250 ədəd, 1,30 EUR, anbarda olmadığı üçün çatdırılma 4 "
        "həftə sonra\n",
        [make_po(locale="az-AZ", lines=_TWO)],
    )
    assert not any(
        ln.line == 2 and ln.date == date(2026, 12, 14) for c in res.confirmations for ln in c.lines
    ), res.review_reasons


# DP 055 (wrong): a discontinued item, then "Si querés te cotizo el reemplazo (U$S 2,45 c/u),
# avisame" (if you want I'll quote the replacement, let me know): an offer was read as the
# line's new price.
def test_a_replacement_offered_if_the_buyer_wants_it_is_no_new_price() -> None:
    lines = [*_TWO, ("TB-5260", "T-bolt clamp 52-60 mm", 100, "EA", "2.10", "2026-12-14")]
    res = read(
        "Hola Dana,\n\nTe confirmamos la OC 4500012345 con excepción del ítem 3: la abrazadera "
        "T-bolt 52-60 está discontinuada. Si querés te cotizo la 55-63 que la reemplaza (EUR "
        "2,45 c/u), avisame.\n\nÍtems 1 y 2 salen el 14/12 tal cual la OC.\n",
        [make_po(locale="es-AR", lines=lines)],
    )
    assert not any(
        ln.line == 3 and ln.unit_price == Decimal("2.45")
        for c in res.confirmations
        for ln in c.lines
    ), res.review_reasons


# ... and once Thai counts are read, a count in the goods' own name ("กล่องใส่ 12 ชิ้น", a box
# for 12 pieces) comes before the one the quantity word leads ("จำนวน 5,000 ใบ"): the latter
# is the line's, and the former no second quantity.
def test_the_count_a_quantity_word_leads_is_the_lines() -> None:
    lines = [("BOX-12", "Cake box for 12, printed", 5000, "EA", "0.09", "2026-12-14")]
    res = read(
        "เรียน คุณ Dana\n\nขอยืนยันคำสั่งซื้อดังนี้\n"
        "รายการที่ 1 กล่องใส่ 12 ชิ้น พิมพ์ลาย จำนวน 5,000 ใบ ราคา 0.09 EUR ต่อใบ ส่งวันที่ 14/12/2026\n",
        [make_po(locale="th-TH", lines=lines)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[1].quantity == 5000


# DO 062 (deferred): Tamil "ரூ.68.00 - டிசம்பர் 12 அன்று அனுப்புகிறோம்" (Rs. 68.00 - we ship on
# 12 December): the abbreviated rupee was no money, so its cents and the month after the dash
# looked like an unread date, and the new price "ரூ.10.25" of line 2 was not read.
def test_the_rupee_abbreviated_in_tamil_and_hindi_is_money() -> None:
    assert [(h.value, h.currency) for h in price_hits("விலை ரூ.10.25", "ta-IN")] == [
        (Decimal("10.25"), "RUPEE")
    ]
    assert [h.value for h in price_hits("दर रु. 450 प्रति पीस", "hi-IN")] == [Decimal(450)]
    res = read(
        "மதிப்பிற்குரிய மேடம்,\n\n"
        "1. Hose mender 1/2 - 400 எண்ணிக்கை - ரூ.0.95 - டிசம்பர் 14 அன்று அனுப்புகிறோம்.\n"
        "2. Hose mender 3/4 - 250 எண்ணிக்கை - விலை ரூ.1.45 (புதிய விலை) - டிசம்பர் 14 அன்று "
        "அனுப்புகிறோம்.\n",
        [make_po(locale="ta-IN", currency="INR", lines=_TWO)],
    )
    assert {n: ln.unit_price for n, ln in lines_of(res).items()} == {
        1: Decimal("0.95"),
        2: Decimal("1.45"),
    }, res.review_reasons
