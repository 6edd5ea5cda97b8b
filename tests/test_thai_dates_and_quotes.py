"""Thai: months by name or abbreviation ("15 ม.ค. 2570", a year of the Buddhist era) are
dates, the dots inside "ม.ค." end no sentence, and a Thai Gmail attribution line ("... เขียนว่า:")
starts our quoted mail. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from agent.reading.dates import find_dates
from agent.reading.quotes import split_quotes
from agent.reading.segments import sentence_spans

REF = datetime(2026, 12, 8)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("กำหนดส่งสินค้า 20 ก.พ. 2570", date(2027, 2, 20)),
        ("ส่งของภายในวันที่ 5 มีนาคม 2570", date(2027, 3, 5)),
        ("จัดส่ง 18 ธ.ค.", date(2026, 12, 18)),  # no year: the next 18 December
    ],
)
def test_thai_months_are_dates(text: str, want: date) -> None:
    hits, _ = find_dates(text, "th-TH", REF)
    assert [h.date for h in hits] == [want]


def test_the_dots_of_a_thai_month_end_no_sentence() -> None:
    text = "ราคาตามใบสั่งซื้อ ส่งของวันที่ 20 ก.พ. 2570 ครบทุกรายการ"
    assert len(list(sentence_spans(text))) == 1


def test_a_thai_gmail_attribution_starts_our_quoted_mail() -> None:
    text = (
        "ยืนยันตามใบสั่งซื้อค่ะ\n\n"
        "เมื่อ พ. 2 ธ.ค. 2569 เวลา 09:40 Anna Berg <anna.berg@buyer.example> เขียนว่า:\n\n"
        "Please confirm 400 pcs by 20.02.2027."
    )
    split = split_quotes(text)
    own = "\n".join(seg.text for seg in split.own_segments)
    assert "400 pcs" not in own and "400 pcs" in split.quoted_text
    assert "2569" not in own


def test_a_thai_confirmation_as_ordered_is_read() -> None:
    from tests.test_extract import lines_of, make_po, read

    body = (
        "เรียน คุณ Dana\n\nบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500012345 ทุกรายการตามใบสั่งซื้อ "
        "กำหนดส่งมอบวันที่ 15 ธ.ค. 2569 ค่ะ\n\nขอแสดงความนับถือ"
    )
    res = read(body, [make_po(locale="th-TH")])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert {ln.status for ln in got.values()} == {"accepted"}
    assert {ln.date for ln in got.values()} == {date(2026, 12, 15)}


def test_a_thai_promise_to_confirm_later_confirms_nothing() -> None:
    from tests.test_extract import make_po, read

    body = (
        "เรียน คุณ Dana\n\nได้รับใบสั่งซื้อเลขที่ 4500012345 แล้วค่ะ ขณะนี้กำลังตรวจสอบกับฝ่ายผลิต "
        "จะแจ้งกำหนดส่งให้ทราบอีกครั้งค่ะ\n\nขอแสดงความนับถือ"
    )
    res = read(body, [make_po(locale="th-TH")])
    assert res.kind == "needs_review"
    assert all(ln.status == "unconfirmed" for c in res.confirmations for ln in c.lines)
