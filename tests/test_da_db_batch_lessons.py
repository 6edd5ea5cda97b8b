"""What the wrong answers of held-out batches DA and DB taught, each a rule that holds for any
phrasing: an HTML table's header in the words of any lexicon language (Thai "จำนวน",
"ราคา/ชิ้น", "วันส่งมอบ"), the full month names of languages the reading has no lexicon for
(Bengali, Urdu, Albanian, Swahili, Armenian …), Chinese 對 counting pairs, and the word a
mail counts its goods in, learnt from the mail itself, so that another count in that word
is never passed over."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from agent.reading.dates import find_dates
from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_po, read

BURS = [
    ("DB-801-014", "Diamond bur FG round 014, medium grit", 200, "PC", "38.50", "2026-12-15"),
    ("CB-RA-2", "Carbide bur RA #2 round", 25, "PC", "62.00", "2026-12-15"),
]


def _html_mail(html: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Supaporn <sales@acme-castings.example>"
    msg["To"] = "Dana Ruiz <dana.ruiz@buyer.example>"
    msg["Subject"] = "RE: Please confirm purchase order 4500012345"
    msg["Date"] = format_datetime(datetime(2026, 11, 6, 6, 5, tzinfo=UTC))
    msg["Message-ID"] = "<reply.1@acme-castings.example>"
    msg.set_content(html, subtype="html")
    return bytes(msg)


THAI_TABLE = (
    "<html><body><div>เรียน คุณ Dana<br><br>บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500012345 ดังนี้<br>"
    '<table border="1"><tr><th>ลำดับ</th><th>รหัสสินค้า</th><th>จำนวน</th>'
    "<th>ราคา/ชิ้น (บาท)</th><th>วันส่งมอบ</th></tr>"
    "<tr><td>1</td><td>DB-801-014</td><td>200 ชิ้น</td><td>38.50</td><td>15 ธ.ค. 2569</td></tr>"
    "<tr><td>2</td><td>CB-RA-2</td><td>{qty}</td><td>62.00</td><td>22 ธ.ค. 2569</td></tr>"
    "</table>* รายการที่ 2 บรรจุกล่องละ 10 ชิ้น<br></div></body></html>"
)


@pytest.mark.parametrize("qty", ["30 ชิ้น *", "30"])
def test_an_html_tables_header_in_thai_reads_its_quantity_column(qty: str) -> None:
    # (DA 003) "จำนวน | ราคา/ชิ้น | วันส่งมอบ": the quantity column is read, so line 2's 30
    # (boxes of 10) is not passed over for the PO's 25
    res = read_message(
        _html_mail(THAI_TABLE.format(qty=qty)), load_pos([make_po(locale="th-TH", lines=BURS)])
    )
    got = lines_of(res)
    assert (got[2].status, got[2].quantity, got[2].date) == ("changed", 30, date(2026, 12, 22))
    assert (got[1].status, got[1].quantity) == ("accepted", 200)


@pytest.mark.parametrize(
    ("text", "locale", "want"),
    [
        ("ডেলিভারি ১০ জানুয়ারি ২০২৭", "bn-BD", date(2027, 1, 10)),
        ("ترسیل 12 جنوری 2027", "ur-PK", date(2027, 1, 12)),
        ("dorëzimi më 15 dhjetor 2026", "sq-AL", date(2026, 12, 15)),
        ("tarehe ya kufikisha 18 Desemba 2026", "sw-KE", date(2026, 12, 18)),
        ("առաքում՝ 15 դեկտեմբերի 2026", "hy-AM", date(2026, 12, 15)),
        ("მიწოდება 20 დეკემბერი 2026", "ka-GE", date(2026, 12, 20)),
    ],
)
def test_full_month_names_of_languages_without_a_lexicon_are_read(
    text: str, locale: str, want: date
) -> None:
    # (DB 061) a Bengali month was no date, and the line kept the PO's
    hits, _ = find_dates(text, locale, date(2026, 11, 20))
    assert [h.date for h in hits] == [want]


def test_a_bengali_date_later_than_requested_changes_the_line() -> None:
    res = read(
        "আমরা নিম্নরূপ নিশ্চিত করছি, অর্ডার 4500012345:\n"
        "১. CAST-7781: ৪০ পিস, দাম EUR 312.50, ডেলিভারি ১৫ ডিসেম্বর ২০২৬।\n"
        "২. CAST-7782: ১০০ পিস, দাম EUR 12.10, ডেলিভারি ১০ জানুয়ারি ২০২৭।\n"
        "৩. CAST-7790: ৬০ পিস, দাম EUR 8.40, ডেলিভারি ১৫ ডিসেম্বর ২০২৬।\n",
        [make_po(locale="bn-BD")],
        quote=False,
    )
    got = lines_of(res)
    assert (got[2].status, got[2].date) == ("changed", date(2027, 1, 10)), res.review_reasons
    assert {got[1].status, got[3].status} == {"accepted"}


PROPS = [
    ("PRP-0945-NY", "Propeller 9x4.5 nylon, CW/CCW pair", 1000, "PR", "0.72", "2026-12-16"),
    ("PRP-1238-CF", "Propeller 12x3.8 carbon fibre, CW/CCW pair", 300, "PR", "5.10", "2026-12-16"),
]


def test_a_chinese_count_of_pairs_is_the_quantity_of_a_line_in_pairs() -> None:
    # (DB 067) "每箱 400 對，所以改為 1,200 對（3 箱）": 對 counts pairs, so line 1 is 1,200
    res = read(
        "多謝你的訂單 4500012345，確認如下：\n\n"
        "第1項 PRP-0945-NY：每箱 400 對，所以改為 1,200 對（3 箱），單價 USD 0.72 不變，交貨 2026年12月23日。\n"
        "第2項 PRP-1238-CF：300 對 @ USD 5.10，交貨 2026年12月16日，OK。\n",
        [make_po(locale="zh-HK", currency="USD", lines=PROPS)],
    )
    got = lines_of(res)
    assert (got[1].status, got[1].quantity, got[1].date) == ("changed", 1200, date(2026, 12, 23))
    assert (got[2].status, got[2].quantity) == ("accepted", 300)


RECORDS = [
    ("VR-LP-DUD", "Vinyl LP reissue 'Duduk Classics', 180 g", 300, "PC", "14.20", "2027-02-05"),
    ("VR-LP-JAZ", "Vinyl LP 'Yerevan Jazz 1968', 140 g", 200, "PC", "12.80", "2027-02-05"),
]


def _armenian(first: str) -> str:
    return (
        "Բարև Ձեզ, Դանա։\n\nՀաստատում ենք Ձեր պատվերը 4500012345։\n"
        f"1. «Duduk Classics» - {first}՝ 14,20 USD գնով, առաքում՝ 05.02.2027։\n"
        "2. «Yerevan Jazz 1968» - 200 հատ, 12,80 USD, առաքում՝ 05.02.2027։\n"
    )


def test_a_count_in_the_mails_own_word_for_its_goods_is_never_passed_over() -> None:
    # (DA 052) "200 հատ" is line 2's ordered quantity, so "հատ" is this mail's word for
    # pieces, and "հաստատում ենք 250 հատ" (we confirm 250) on line 1 of 300 is a count no
    # lexicon reads: a person reads it, the line is never accepted at 300
    res = read(
        _armenian("պահեստում կա միայն 250 հատ, հետևաբար հաստատում ենք 250 հատ"),
        [make_po(locale="hy-AM", currency="USD", lines=RECORDS)],
    )
    assert res.kind == "needs_review"
    assert any("'250'" in r for r in res.review_reasons), res.review_reasons


def test_the_ordered_count_in_the_mails_own_word_stays_as_ordered() -> None:
    res = read(_armenian("300 հատ"), [make_po(locale="hy-AM", currency="USD", lines=RECORDS)])
    got = lines_of(res)
    assert {(ln.status, ln.quantity) for ln in got.values()} == {
        ("accepted", 300),
        ("accepted", 200),
    }


def test_an_ex_factory_date_beside_a_delivery_date_is_the_ship_date() -> None:
    # (DB 062) "Ex-factory (Katunayake): 22.12.2026  Delivery DAP Bremen: 29.01.2027": the
    # goods leave the factory on the first date and reach us on the second
    res = read(
        "Dear Dana, PO 4500012345 is confirmed at your quantities and prices for all lines.\n"
        "Ex-factory (Katunayake): 22.12.2026\nDelivery DAP Bremen: 29.01.2027\n",
        [make_po(locale="en-LK")],
    )
    got = lines_of(res)
    assert {(ln.status, ln.date) for ln in got.values()} == {("changed", date(2027, 1, 29))}


def test_a_portuguese_promise_to_confirm_tomorrow_confirms_nothing() -> None:
    # (seen in DB 005) "a linha 2 te confirmo amanhã" (I'll confirm line 2 tomorrow): a
    # promise, not a commitment dated tomorrow
    res = read(
        "Olá Dana, confirmamos a encomenda 4500012345: linhas 1 e 3 conforme o pedido. "
        "A linha 2 te confirmo amanhã.\n",
        [make_po(locale="pt-BR")],
    )
    got = lines_of(res)
    assert got[2].status == "unconfirmed", res.review_reasons
    assert (got[1].status, got[3].status) == ("accepted", "accepted")


def test_all_good_bar_a_line_leaves_that_line_out() -> None:
    # (DB 055) "All good on 4500012345 bar line 2 - …": "bar" before a line is "except", and
    # the order's number is no count of 4,500,012,345 "bar"
    res = read(
        "Hi Dana,\n\nAll good on 4500012345 bar line 2 - the covers are now EUR 12.60 each "
        "(was 12.10). Quantities and delivery as you asked, 15th December.\n"
    )
    got = lines_of(res)
    assert (got[2].status, got[2].unit_price, got[2].quantity) == ("changed", Decimal("12.60"), 100)
    assert (got[1].status, got[3].status) == ("accepted", "accepted"), res.review_reasons


@pytest.mark.parametrize(
    ("text", "locale"),
    [("२. जुनिपर (धुपी) धूप कोन – २०० बक्स", "ne-NP"), ("২. জুনিয়র সাইজ, ২০০ পিস", "bn-BD")],
)
def test_a_month_name_running_on_into_an_indic_word_is_no_date(text: str, locale: str) -> None:
    # (seen in DA 068) "जुन" is June in Nepali and the start of "जुनिपर" (juniper): the vowel
    # sign after it carries the word on
    hits, _ = find_dates(text, locale, date(2026, 11, 25))
    assert hits == []
