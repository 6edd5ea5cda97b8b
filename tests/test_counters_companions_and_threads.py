"""Chinese, Japanese and Korean piece counters count ("改为 1200 件"); a line that ships with
another line and gives no date of its own ("与第1项同批发货", "ships together with line 1") is
not kept at the PO's date; a bare confirmation in the thread of an order that is no longer
open goes to a person; and an EDI order response ("ORDRSP") generated automatically is read
as an answer. Every phrasing is written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime

from agent.reading.classify import classify
from agent.reading.message import normalize
from agent.reading.numbers import quantity_hits
from tests.test_extract import lines_of, make_po, read

SOLAR = [
    ("PV-450", "Solar module 450 W mono", 1000, "EA", "61.20", "2027-01-20"),
    ("INV-50K", "String inverter 50 kW", 6, "EA", "2150.00", "2027-01-20"),
]


def test_cjk_piece_counters_are_counts() -> None:
    for text, value in (("改为 1,200 件", 1200), ("6 台", 6), ("800枚", 800), ("30 대", 30)):
        (hit,) = quantity_hits(text, "zh-CN")
        assert hit.value == Decimal(value)
    # a pack is no piece counter: "17 箱" is 17 boxes
    assert quantity_hits("17 箱", "zh-CN") == []


def test_a_changed_quantity_in_chinese_pieces_is_read() -> None:
    body = (
        "您好！\n\n订单 4500012345 确认如下：\n第1项 光伏组件：数量改为 1200 件，单价不变，"
        "2027年1月20日发货。\n第2项 逆变器：6 台，单价 USD 2,150.00，2027年1月20日发货。\n\n谢谢"
    )
    res = read(body, [make_po(locale="zh-CN", currency="USD", lines=SOLAR)])
    assert res.kind == "confirmation", res.review_reasons
    got = lines_of(res)
    assert got[1].status == "changed" and got[1].quantity == 1200


def test_a_line_shipping_with_another_without_a_date_is_not_kept_at_the_po_date() -> None:
    # the company named by words no line has ("与第1项同批发货" is read as such): a person's
    res = read(
        "您好！\n\n订单 4500012345 确认如下：\n第1项：1000 件，USD 61.20，2027年1月8日发货。\n"
        "第2项：6 台，USD 2,150.00，与第1项同批发货。\n\n谢谢",
        [make_po(locale="zh-CN", currency="USD", lines=SOLAR)],
    )
    assert res.kind == "needs_review"
    assert any("ties its date to another line's" in r for r in res.review_reasons)
    # the one line it goes with, named by its number, dates it (not the PO's date)
    res = read(
        "Hi,\n\nPO 4500012345:\nLine 1 - 1000 pcs at 61.20, ships 8 Jan 2027.\nLine 2 - 6 pcs "
        "at 2,150.00, ships together with line 1.\n\nRegards",
        [make_po(locale="en-GB", currency="USD", lines=SOLAR)],
    )
    assert res.kind == "confirmation", res.review_reasons
    assert lines_of(res)[2].date == datetime(2027, 1, 8).date()


def test_a_bare_confirmation_in_a_closed_orders_thread_goes_to_a_person() -> None:
    res = read(
        "Morning Dana,\n\nAll confirmed, delivery as you asked.\n\nSam",
        [make_po(number="4500012345"), make_po(number="4500012399")],
        subject="RE: Purchase order 4500011111 - please confirm",
        in_reply_to="<po-4500011111.1@buyer.example>",
        quote=False,
    )
    assert res.kind == "needs_review"
    assert "4500011111" in " ".join(res.review_reasons)


def _edi_mail(subject: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Acme EDI <edi-noreply@acme-castings.example>"
    msg["To"] = "Purchasing <dana.ruiz@buyer.example>"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 4, 6, 0, tzinfo=UTC))
    msg["Message-ID"] = "<edi.77@acme-castings.example>"
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(
        "*** Generated automatically - this mailbox is not monitored ***\n\n"
        "LIN  BUYER ART   QTY   PRICE   DELIVERY\n"
        "001  CAST-7781   40    312.50  20261215\n"
    )
    return msg.as_bytes()


def test_an_edi_order_response_is_read_as_an_answer() -> None:
    assert classify(normalize(_edi_mail("ORDRSP 4500012345 / AC-88"))).kind == "human"
    assert classify(normalize(_edi_mail("Purchase order response 4500012345"))).kind == "human"
    # the same automatic mail without an order-response subject is a notification
    assert classify(normalize(_edi_mail("Stock report week 45"))).kind != "human"
