"""Languages that put the verb last say what a date is after it ("12.04.2027 tarihinde
fabrikamızdan sevk edilecektir", "5월 7일 출고 예정입니다"): the date is a ship date, and
"the whole order" ("siparişinizin tamamı", "두 품목 모두") makes it every line's. "10kW" is
kilowatts, never calendar week 10 or 3, and names the line "… 10 kW …". Every phrasing is
written for these tests."""

from __future__ import annotations

from datetime import date

from agent.reading.dates import find_dates
from tests.test_extract import lines_of, make_po, read

KILNS = [
    ("INV-10", "Hybrid inverter 10 kW, single phase", 12, "EA", "910.00", "2027-02-26"),
    ("BAT-5", "Battery module 5 kWh", 24, "EA", "1250.00", "2027-02-26"),
]


def test_kilowatts_are_no_calendar_week() -> None:
    ref = date(2026, 12, 10)
    assert find_dates("- 10kW 3-phase inverter, 12 pcs", "de-DE", ref)[0] == []
    assert [h.date for h in find_dates("Lieferung KW 3", "de-DE", ref)[0]] == [date(2027, 1, 22)]


def test_a_turkish_ship_date_with_the_verb_last_dates_the_whole_order() -> None:
    body = (
        "Sayın Ruiz Hanım,\n\n4500012345 numaralı siparişiniz için teşekkür ederiz.\n"
        "Siparişinizin tamamı 19.02.2027 tarihinde depomuzdan sevk edilecektir.\n"
        "Fiyatlar siparişteki gibidir.\n\nSaygılarımızla"
    )
    res = read(body, [make_po(locale="tr-TR", lines=KILNS)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == got[2].date == date(2027, 2, 19)
    assert got[1].date_kind == "ship"


def test_a_korean_ship_date_for_both_items_names_the_kilowatt_line_too() -> None:
    body = (
        "안녕하세요.\n\n발주서 4500012345 확인드립니다.\n"
        "- 10kW 하이브리드 인버터 12대, 단가 910.00\n- 배터리 모듈 5kWh 24개, 단가 1250.00\n\n"
        "두 품목 모두 2027년 2월 19일 출고 예정입니다.\n\n감사합니다."
    )
    res = read(body, [make_po(locale="ko-KR", lines=KILNS)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].date == got[2].date == date(2027, 2, 19)
