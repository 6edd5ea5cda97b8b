"""What the wrong answers of held-out batches CY and CZ taught, each as a rule of its own that
holds for any phrasing: a fraction of the goods' description beside words of any language, a
Chinese count changed to in a counter the lexicon lacked, a count of weeks "from today", goods
that "land" on a day, Icelandic months, an automatic notice about our
order, a list manager's rejection of our request, a spreadsheet's "ordered" and "confirmed"
column groups, a PDF remark naming the supplier's position 20, and a count of packs the
supplier commits to in a sentence that names no line."""

from __future__ import annotations

import io
import zlib
from datetime import UTC, date, datetime
from decimal import Decimal
from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from agent.reading.dates import find_dates
from agent.reading.pipeline import read_message
from agent.reading.pos_json import load_pos
from tests.test_extract import lines_of, make_po, read

VIOLIN_CASES = [
    ("VC-44", "Violin case 4/4 oblong", 15, "EA", "265.00", "2026-12-11"),
    ("VC-34", "Violin case 3/4 shaped", 10, "EA", "189.00", "2026-12-11"),
]


@pytest.mark.parametrize(
    ("body", "locale"),
    [
        (
            "Wir bestätigen:\nPos. 1  15 Stk. Geigenetui 4/4 oblong à EUR 265.00, Liefertermin "
            "11.12.2026\nPos. 2  10 Stk. Geigenetui 3/4 Formetui à EUR 189.00, Liefertermin "
            "11.12.2026\n",
            "de-DE",
        ),
        (
            "Chúng tôi xác nhận như sau:\n- Dòng 1: 15 hộp đàn 4/4, đơn giá 265,00 EUR, giao hàng "
            "ngày 11/12/2026.\n- Dòng 2: 10 hộp đàn 3/4, đơn giá 189,00 EUR, giao hàng ngày "
            "11/12/2026.\n",
            "vi-VN",
        ),
    ],
)
def test_a_fraction_of_the_goods_beside_words_of_any_language_is_no_date(
    body: str, locale: str
) -> None:
    # (BI 018, BI 037) "Geigenetui 3/4 Formetui", "hộp đàn 3/4": the goods' size, not 3
    # April, whatever language the words around it are in
    res = read(body, [make_po(locale=locale, lines=VIOLIN_CASES)])
    got = lines_of(res)
    assert {got[1].date, got[2].date} == {date(2026, 12, 11)}, res.review_reasons


def test_a_fraction_of_the_goods_after_a_date_word_stays_a_date() -> None:
    # "Lieferung 3/4": a word of delivery before it makes the number a date, whatever the
    # goods' description holds; it is no date the PO asked for, so a person reads it
    res = read(
        "Hello, PO 4500012345: both lines confirmed, delivery 3/4.\n",
        [make_po(locale="en-GB", lines=VIOLIN_CASES)],
    )
    got = lines_of(res)
    assert res.kind == "confirmation", res.review_reasons
    assert {(ln.status, ln.date) for ln in got.values()} == {("changed", date(2027, 4, 3))}


def test_a_chinese_count_in_a_counter_of_its_own_is_the_quantity() -> None:
    # (BI 035) "數量調整為 2,000 顆": 顆 counts pieces (balls of yarn) as 件 does
    res = read(
        "感謝您的訂單 4500012345，確認如下：\n\n"
        "1. CAST-7781 齒輪箱殼體：因最低批量，數量調整為 50 顆，單價 EUR 312.50，交期 2026年12月15日。\n"
        "2. CAST-7782 齒輪箱蓋：100 件，單價 EUR 12.10，交期 2026年12月15日。\n"
        "3. CAST-7790 安裝腳：60 件，單價 EUR 8.40，交期 2026年12月15日。\n",
        [make_po(locale="zh-TW", currency="EUR")],
    )
    got = lines_of(res)
    assert (got[1].status, got[1].quantity) == ("changed", 50), res.review_reasons


def test_a_chinese_count_changed_to_in_an_unknown_unit_is_for_a_person() -> None:
    # "數量調整為 2,000 盒" (adjusted to 2,000 boxes) on a line of pieces: a change the reading
    # cannot convert is never "as ordered"
    res = read(
        "感謝您的訂單 4500012345，確認如下：\n\n"
        "1. CAST-7781 齒輪箱殼體：因最低批量，數量調整為 2,000 盒，單價 EUR 312.50，交期 2026年12月15日。\n"
        "2. CAST-7782 齒輪箱蓋：100 件，單價 EUR 12.10，交期 2026年12月15日。\n"
        "3. CAST-7790 安裝腳：60 件，單價 EUR 8.40，交期 2026年12月15日。\n",
        [make_po(locale="zh-TW", currency="EUR")],
    )
    assert res.kind == "needs_review"
    assert any("數量調整為 2,000 盒" in r for r in res.review_reasons), res.review_reasons


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("barang baru bisa dikirim dua minggu lagi dari hari ini", 14),
        ("kami kirim 3 minggu lagi dari hari ini", 21),
        ("we ship two weeks from today", 14),
    ],
)
def test_a_count_of_weeks_from_today_counts_from_the_mail(text: str, days: int) -> None:
    # (CZ 030) "dua minggu lagi dari hari ini" was read as "hari ini", the mail's own day
    ref = date(2026, 11, 18)
    hits, _ = find_dates(text, "id-ID", ref)
    assert [h.date for h in hits] == [date(2026, 12, 2) if days == 14 else date(2026, 12, 9)]


def test_today_after_a_word_of_from_is_never_the_date() -> None:
    # whatever count stands before it, "… from today" names where a count starts
    hits, vague = find_dates("Lieferung ab heute möglich", "de-DE", date(2026, 11, 18))
    assert not hits and vague


def test_an_all_good_does_not_hide_a_whole_order_date_after_it() -> None:
    # (beside CY 053) "All good … All lines go out … here Friday next week": the day the
    # goods are here is every line's date, not the PO's the "all good" kept
    res = read(
        "All good on 4500012345 - qty and prices as per your PO. All lines go out to you by "
        "our own van, here Friday next week.\n",
        when=datetime(2026, 11, 27, 21, 0, tzinfo=UTC),
    )
    got = lines_of(res)
    assert res.kind == "confirmation", res.review_reasons
    assert {(ln.status, ln.date) for ln in got.values()} == {("changed", date(2026, 12, 4))}


def test_goods_that_will_land_on_a_day_are_delivered_that_day() -> None:
    # (CY 053) "we'll courier both lines to land next Friday": the day they reach us
    res = read(
        "All good on 4500012345 - qty and prices as per your PO. We've got stock so we'll "
        "courier all lines to land next Friday.\n",
        when=datetime(2026, 11, 27, 21, 0, tzinfo=UTC),
    )
    got = lines_of(res)
    assert {ln.date for ln in got.values()} == {date(2026, 12, 4)}, res.review_reasons


def test_an_icelandic_month_is_a_month() -> None:
    # (CY 055) "afhending ekki fyrr en 15. janúar": Icelandic months (full names only)
    hits, _ = find_dates("afhending ekki fyrr en 15. janúar", "is-IS", date(2026, 11, 24))
    assert [h.date for h in hits] == [date(2027, 1, 15)]


def _notice(subject: str, body: str, headers: dict[str, str]) -> bytes:
    msg = EmailMessage()
    msg["From"] = headers.pop("From")
    msg["To"] = "dana.ruiz@buyer.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 11, 18, 8, 0, tzinfo=UTC))
    msg["Message-ID"] = "<notice.1@acme-castings.example>"
    for k, v in headers.items():
        msg[k] = v
    msg.set_content(body)
    return bytes(msg)


def test_an_automatic_notice_naming_our_order_in_its_subject_is_an_auto_reply() -> None:
    # (CZ 060) an ERP's "Document received - Purchase Order …" outside the thread: about our
    # request, not unrelated mail
    raw = _notice(
        "Document received - Purchase Order 4500012345",
        "*** This is an automated message ***\n\nDocument received: Purchase Order 4500012345\n"
        "Status: RECEIVED - PENDING REVIEW\nAn order confirmation will be sent separately.\n",
        {
            "From": "SAP Notification <noreply-sap@acme-castings.example>",
            "Auto-Submitted": "auto-generated",
        },
    )
    res = read_message(raw, load_pos([make_po()]))
    assert res.kind == "auto_reply"
    assert res.matched_po_numbers == ["4500012345"]


def test_an_automatic_shipping_notice_naming_an_order_outside_the_thread_is_no_reply() -> None:
    # a shipping notice names an order too, but says nothing was received: it is about some
    # order of theirs, not about our request
    raw = _notice(
        "Shipping notice - Purchase Order 4500011111",
        "*** This is an automated message ***\n\nYour order 4500011111 has shipped.\n"
        "Carrier: DHL, tracking 1Z999AA10123456784.\n",
        {
            "From": "SAP Notification <noreply-sap@acme-castings.example>",
            "Auto-Submitted": "auto-generated",
        },
    )
    res = read_message(raw, load_pos([make_po()]))
    assert res.kind == "unrelated"


def test_a_list_managers_rejection_of_our_request_is_a_bounce() -> None:
    # (CZ 065) Mailman's "Your message to Verkope was rejected": our request reached no one
    raw = _notice(
        "Your message to Sales was rejected",
        "Your message entitled\n\n    PO 4500012345 - request for order confirmation\n\n"
        "was rejected by the list moderator for the Sales mailing list.\n"
        '"Posting by non-member to a members-only list."\n',
        {
            "From": "sales-bounces@lists.acme-castings.example",
            "Precedence": "bulk",
            "List-Id": "Sales <sales.lists.acme-castings.example>",
            "X-Mailman-Version": "3.3.9",
            "Auto-Submitted": "auto-generated",
        },
    )
    res = read_message(raw, load_pos([make_po()]))
    assert res.kind == "bounce"
    assert res.matched_po_numbers == ["4500012345"]


def test_a_list_mail_that_rejects_nothing_stays_bulk() -> None:
    raw = _notice(
        "Sales digest, Vol 12",
        "Today's topics: price list 2027, trade fair invitation.\n",
        {
            "From": "sales-bounces@lists.acme-castings.example",
            "Precedence": "bulk",
            "List-Id": "Sales <sales.lists.acme-castings.example>",
        },
    )
    assert read_message(raw, load_pos([make_po()])).kind == "unrelated"


def _xlsx(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    for row in rows:
        wb.active.append(row)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_a_sheets_confirmed_group_of_columns_is_the_answer() -> None:
    # (CY 018) "Ordered" and "Confirmed" over the same three column names: the confirmed
    # ones are the supplier's answer
    sheet = _xlsx(
        [
            ["ORDER CONFIRMATION 4500012345"],
            [None, "Ordered", None, None, "Confirmed", None, None],
            ["Line", "Qty", "Price EUR", "Date", "Qty", "Price EUR", "Date"],
            [1, 40, 312.5, "2026-12-15", 40, 312.5, "2026-12-15"],
            [2, 100, 12.1, "2026-12-15", 100, 12.6, "2026-12-15"],
            [3, 60, 8.4, "2026-12-15", 60, 8.4, "2027-01-08"],
        ]
    )
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    res = read("Dana, our confirmation is attached. Sam", attachments=(("oc.xlsx", xlsx, sheet),))
    got = lines_of(res)
    assert got[2].unit_price == Decimal("12.60"), res.review_reasons
    assert got[3].date == date(2027, 1, 8)
    assert got[1].status == "accepted"


def _pdf(lines: list[tuple[int, int, str]]) -> bytes:
    """A one-page PDF drawing each text at (x, y), in Helvetica."""
    stream = "BT /F1 9 Tf " + " ".join(
        f"1 0 0 1 {x} {y} Tm ({t.replace('(', '[').replace(')', ']')}) Tj" for x, y, t in lines
    )
    stream += " ET"
    data = zlib.compress(stream.encode("latin-1"))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    )
    return out.getvalue()


def test_a_pdf_remark_naming_the_suppliers_position_dates_that_line() -> None:
    # (CZ 018) rows numbered 10/20/30 on the left, and in a column on the right "Neuer
    # Liefertermin Pos. 20:" over "15.01.2027": position 20 is our line 2
    pdf = _pdf(
        [
            (40, 800, "AUFTRAGSBESTAETIGUNG Nr. AB-26-08812"),
            (40, 786, "Ihre Bestellung: 4500012345 vom 02.11.2026"),
            (40, 760, "Pos  Artikel      Menge    Preis EUR"),
            (40, 746, "10   CAST-7781    40 Stk   312.50"),
            (40, 732, "20   CAST-7782    100 Stk   12.10"),
            (40, 718, "30   CAST-7790    60 Stk   8.40"),
            (40, 690, "Liefertermin: 15.12.2026"),
            (330, 746, "Bemerkungen zur Bestellung:"),
            (330, 732, "Pos. 20: Guss erst im Januar."),
            (330, 718, "Neuer Liefertermin Pos. 20:"),
            (330, 704, "15.01.2027"),
        ]
    )
    res = read(
        "Guten Tag, anbei unsere Auftragsbestätigung.",
        [make_po(locale="de-DE")],
        attachments=(("AB-26-08812.pdf", "application/pdf", pdf),),
    )
    got = lines_of(res)
    assert got[2].date == date(2027, 1, 15), res.review_reasons
    assert got[1].date == got[3].date == date(2026, 12, 15)


def test_a_count_of_packs_committed_to_in_a_sentence_naming_no_line_is_for_a_person() -> None:
    # (seen beside AO 027) "vì vậy chúng tôi xác nhận 480 cuộn" (so we confirm 480 rolls) in
    # an item no word of the PO names: never "as ordered" at the PO's quantity
    res = read(
        "Chúng tôi xác nhận đơn hàng 4500012345 như sau:\n"
        "- Vỏ hộp số: 40 cuộn, đơn giá 312,50 EUR.\n"
        "- Nắp: số lượng tối thiểu là 480 cuộn, vì vậy chúng tôi xác nhận 480 cuộn, "
        "đơn giá 12,10 EUR.\n- Chân đế: 60 cuộn, đơn giá 8,40 EUR.\n",
        [make_po(locale="vi-VN")],
    )
    assert res.kind == "needs_review"
    assert any("480" in r for r in res.review_reasons), res.review_reasons
