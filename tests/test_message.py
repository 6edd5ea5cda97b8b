"""normalize(): real client mails → Message with the supplier's words separated."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.reading.html import html_to_text
from agent.reading.message import normalize, unflow

FIXTURES = Path(__file__).parent / "fixtures" / "mail"


def load(name: str):
    return normalize((FIXTURES / name).read_bytes())


# ---------------------------------------------------------------- headers


def test_outlook_headers_are_normalized():
    msg = load("outlook_desktop_en.eml")
    assert msg.from_addr == "gwhitlock@northfield-gears.example"
    assert msg.from_name == "Gary Whitlock"
    assert msg.to == ["megan.holloway@kestrel-motion.example"]
    assert msg.cc == ["orders@northfield-gears.example"]
    assert msg.subject == "RE: Please confirm purchase order 118520"
    assert msg.in_reply_to == ["<poack.118520.20261116120000@kestrel-motion.example>"]
    assert msg.references == ["<poack.118520.20261116120000@kestrel-motion.example>"]
    assert msg.message_id == "<000b01dc58a1$4e2f1a30$ea8d4e90$@northfield-gears.example>"
    assert msg.date == datetime(2026, 11, 17, 15, 2, 8, tzinfo=UTC)
    assert msg.date.utcoffset() == timedelta(hours=-6)
    assert msg.header("X-Mailer") == "Microsoft Outlook 16.0"
    assert msg.defects == []


def test_encoded_words_in_subject_and_names():
    msg = load("german_outlook_cp1252.eml")
    assert msg.subject == "AW: Bitte bestätigen Sie die Bestellung 4500019400"
    assert msg.from_name == "Markus Weiß"
    assert msg.from_addr == "m.weiss@weiss-soehne.example"
    gbk = load("foxmail_gbk.eml")
    assert gbk.subject == "回复: Please confirm purchase order 118610"
    assert gbk.date is not None and gbk.date.utcoffset() == timedelta(hours=8)


# ---------------------------------------------------------------- charsets


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "german_outlook_cp1252.eml",
            "Pos. 2 leider erst zum 15.01.2027 – der Preis bleibt bei 12,40 €",
        ),
        (
            "german_thunderbird_latin1.eml",
            "können wir leider nicht liefern, der Artikel ist abgekündigt",
        ),
        ("foxmail_gbk.eml", "您好！订单PO#118610确认如下："),
        ("shift_jis.eml", "納期は2026年12月10日です。"),
        ("french_outlook.eml", "60 pièces à 148,00 €, livraison le 22/01/2027"),
        ("spanish_outlook.eml", "la entrega será el 29/01/2027"),
        ("apple_mail.eml", "Delivery will be 4 December rather than 27 November – the 6206"),
    ],
)
def test_charsets_and_transfer_encodings_decode_to_the_suppliers_words(name, expected):
    msg = load(name)
    assert expected in msg.own_text
    assert msg.defects == []


def test_format_flowed_lines_are_joined():
    msg = load("german_thunderbird_latin1.eml")
    assert "Pos. 2 können wir leider nicht liefern, der Artikel ist abgekündigt." in msg.own_text


def test_unflow_keeps_quote_depth_and_signature_separator():
    text = "first part \nsecond part\n> quoted soft \n> quoted end\n-- \nName"
    assert unflow(text) == "first part second part\n> quoted soft quoted end\n-- \nName"
    assert unflow("abc \ndef", delsp=True) == "abcdef"


# ------------------------------------------------------- quoted and own text


@pytest.mark.parametrize(
    ("name", "own", "quoted"),
    [
        ("outlook_desktop_en.eml", "we can only do 450 pcs by 12/18", "KMS-G-1001"),
        ("owa_underscore_html_only.eml", "Both lines confirmed, delivery 12/04", "400 EA at 2.15"),
        ("outlook_mac_html.eml", "Confirmed: 1.200 pcs at 0,84 EUR", "0,79 EUR"),
        ("gmail_html_only_inline_table.eml", "1\t50\t$88.00\t12/22/2026", "USD 85.00"),
        ("apple_mail.eml", "Both lines confirmed at your prices", "£3.10"),
        ("iphone.eml", "All good, confirmed as per PO.", "GBP 0.045"),
        ("foxmail_gbk.eml", "PCB-3302, 800pcs", "need-by 18 Dec 2026"),
        ("zoho.eml", "We confirm PO 118490 in full", "USD 210.00"),
        ("german_outlook_cp1252.eml", "Pos. 1 bestätigen wir wie bestellt", "8,90 EUR"),
        ("german_thunderbird_latin1.eml", "Liefertermin KW 51", "2,87 EUR"),
        ("french_outlook.eml", "Nous confirmons votre commande", "145,00 EUR"),
        ("french_gmail.eml", "livraison semaine 2", "3,20 EUR"),
        ("spanish_outlook.eml", "Confirmamos el pedido", "12,00 EUR"),
        ("spanish_gmail.eml", "el precio es 4,10 EUR", "3,90 EUR"),
        ("injection_below_signature.eml", "re-price line 2", "1000 EA at 0.09"),
    ],
)
def test_own_words_are_separated_from_the_quoted_request(name, own, quoted):
    msg = load(name)
    assert own in msg.own_text
    assert quoted not in msg.own_text
    assert quoted in msg.quoted_text


def test_signature_and_disclaimer_are_not_own_text():
    msg = load("german_outlook_cp1252.eml")
    assert "Tel. +49 7121 555 210" in msg.signature
    assert "vertrauliche" in msg.signature
    assert "Tel." not in msg.own_text and "vertrauliche" not in msg.own_text
    fr = load("french_outlook.eml")
    assert "confidentiels" in fr.signature and "confidentiels" not in fr.own_text


def test_text_plain_preferred_over_html_alternative():
    msg = load("outlook_desktop_en.eml")
    # the plain part has "1/8"; the HTML table would have been rendered with tabs
    assert "the balance of 50 pcs ships 1/8." in msg.own_text
    assert "\t" not in msg.body_text.split("From:")[0]


def test_html_only_mail_is_rendered_with_table_rows_and_hidden_text_dropped():
    msg = load("gmail_html_only_inline_table.eml")
    assert "Line\tQty\tPrice\tDelivery" in msg.own_text
    assert "2\t25\t$140.50\t01/05/2027" in msg.own_text
    assert "Automated readers" not in msg.body_text  # display:none
    assert msg.quoted_text.startswith("On Thu, Nov 19, 2026")


def test_owa_reply_separator_starts_the_quote():
    msg = load("owa_underscore_html_only.eml")
    assert msg.own_text.startswith("Hi Megan,")
    assert "Please confirm line 1" not in msg.own_text
    assert "Please confirm line 1" in msg.quoted_text


def test_forwarded_message_attachment_is_quoted_not_own():
    msg = load("forward_as_attachment.eml")
    assert "We will deliver both lines on 12/14." in msg.own_text
    assert "12/18" not in msg.own_text
    assert "pallets 12/18" in msg.quoted_text
    assert "Subject: production dates" in msg.quoted_text


def test_inline_answers_become_segments_with_their_quoted_context():
    msg = load("thunderbird_inline_flowed.eml")
    texts = [s.text for s in msg.own_segments]
    assert texts[0].startswith("Jake,")
    line1 = next(s for s in msg.own_segments if "1/22" in s.text)
    assert "Line 1: KMS-C-2301" in line1.quoted_context
    assert "USD 55.00" in line1.quoted_context  # flowed quote joined
    line2 = next(s for s in msg.own_segments if s.text == "Fine as ordered.")
    assert line2.quoted_context.startswith("Line 2: KMS-C-2302")
    assert "Ron Pietrzak" in msg.signature


# -------------------------------------------------------------- attachments


def test_pdf_attachment_text_layer():
    msg = load("erp_order_confirmation_pdf.eml")
    (att,) = msg.attachments
    assert att.filename == "OC-77120.pdf"
    assert att.error is None
    assert "1    KMS-H-2210  120   4.35 USD    2026-12-18" in att.text


def test_xlsx_attachment_rows_skip_hidden_sheets():
    msg = load("xlsx_attachment.eml")
    (att,) = msg.attachments
    assert att.rows[0] == ["PO", "Line", "Item", "Qty", "Unit price", "Confirmed date"]
    assert att.rows[2] == ["118710", "2", "KMS-E-502", "150", "5.75", "2027-01-08"]
    assert "do not show" not in att.text
    assert "118710\t1\tKMS-E-501\t300\t2.4\t2026-12-11" in att.text


def test_csv_attachment_in_declared_charset_and_unreadable_pdf_reports_error():
    msg = load("csv_and_broken_pdf.eml")
    csv_att, pdf_att = msg.attachments
    assert csv_att.rows[1] == ["1", "KMS-F-10", "1.000", "0,12", "18.12.2026"]
    assert pdf_att.filename == "scan.pdf"
    assert pdf_att.text in (None, "")
    assert pdf_att.error and "pdf" in pdf_att.error.lower()
    assert "See attached" in msg.own_text


# ----------------------------------------------------------------- html unit


def test_html_to_text_blockquotes_breaks_and_tables():
    html = (
        "<p>Hello<br>World</p><div>Row:</div><table><tr><th>A</th><th>B</th></tr>"
        "<tr><td>1</td><td><b>two</b> words</td></tr></table>"
        "<blockquote><p>quoted line</p><blockquote>deeper</blockquote></blockquote>"
        "<div style='DISPLAY: None'>secret</div><script>x()</script>"
    )
    text = html_to_text(html).text
    assert "Hello\nWorld" in text
    assert "A\tB\n1\ttwo words" in text
    assert "> quoted line" in text
    assert "> > deeper" in text
    assert "secret" not in text and "x()" not in text


def test_html_to_text_reports_outlook_separator():
    html = (
        "<div>Confirmed.</div><div id='divRplyFwdMsg'><b>From:</b> Buyer<br>"
        "<b>Sent:</b> Monday</div><div>old request 500 pcs</div>"
    )
    rendered = html_to_text(html)
    lines = rendered.text.split("\n")
    assert rendered.quote_start is not None
    assert "Confirmed." in "\n".join(lines[: rendered.quote_start])
    assert "old request 500 pcs" in "\n".join(lines[rendered.quote_start :])


def test_date_without_timezone_is_assumed_utc_with_defect():
    raw = b"From: a@b.example\nDate: Mon, 23 Nov 2026 10:00:00\nSubject: x\n\nbody\n"
    msg = normalize(raw)
    assert msg.date == datetime(2026, 11, 23, 10, 0, tzinfo=UTC)
    assert any("time zone" in d for d in msg.defects)


def test_forward_of_a_colleagues_message_is_supplier_text_marked_as_forwarded():
    from agent.reading.quotes import ForwardedSegment

    msg = load("gmail_forwarded_chain.eml")
    top, fwd = msg.own_segments
    assert "we confirm delivery on 15/01/2027" in top.text
    assert not isinstance(top, ForwardedSegment)
    assert isinstance(fwd, ForwardedSegment)
    assert fwd.forwarded_from == "planning@vardhman-castings.example"
    assert fwd.text.startswith("Pouring 02/01/2027")
    assert "---------- Forwarded message ---------" in msg.quoted_text
    assert "From: Plant Planning" in msg.quoted_text


def test_forward_of_someone_elses_message_stays_quoted():
    raw = (
        (FIXTURES / "gmail_forwarded_chain.eml")
        .read_bytes()
        .replace(b"planning@vardhman-castings.example", b"sales@other-mill.example")
    )
    msg = normalize(raw)
    assert len(msg.own_segments) == 1
    assert "INR 1,250" in msg.quoted_text and "INR 1,250" not in msg.own_text


def test_answers_typed_in_red_into_an_outlook_quote_are_own_segments():
    msg = load("outlook_answers_in_red.eml")
    segs = msg.own_segments
    assert segs[0].text == "Hi Tom,\n\nMy comments in red below."
    ok = next(s for s in segs if s.text == "OK")
    assert ok.quoted_context.endswith("Line 1 - keypad 4x3 - 40 EA at £11.20 - 11 December 2026")
    cut = next(s for s in segs if s.text == "20 only, rest cancelled")
    assert cut.quoted_context == "Line 2 - LCD module - 25 EA at £7.85 - 11 December 2026"
    # the buyer's request and its (blue) signature stay quoted
    assert "£11.20" not in msg.own_text
    assert "Tel +44 1632 960 118" not in msg.own_text
    assert "Tel +44 1632 960 118" in msg.quoted_text


def test_coloured_text_in_a_quote_without_an_announcement_stays_quoted():
    raw = (FIXTURES / "outlook_answers_in_red.eml").read_bytes()
    raw = raw.replace(b"My comments in red below.", b"Thanks, will check.")
    msg = normalize(raw)
    assert "20 only" not in msg.own_text
    assert "20 only" in msg.quoted_text


def test_outlook_msonormal_paragraphs_are_lines_not_paragraphs():
    text = html_to_text(
        '<p class="MsoNormal">Regards,</p><p class="MsoNormal">Sam</p>'
        '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Sam Hughes</p><p>Next</p><p>Para</p>'
    ).text
    assert text == "Regards,\nSam\n\nSam Hughes\n\nNext\n\nPara"


def test_thunderbird_html_forward_of_a_colleague():
    from agent.reading.quotes import ForwardedSegment

    raw = (
        b"From: Kevin <kevin@harbor.example>\nTo: m@buyer.example\nSubject: Fwd: PO 1\n"
        b"Date: Mon, 23 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\nContent-Type: text/html\n\n"
        b"<html><body><p>Marcus, see below from our plant - confirmed.</p>"
        b'<div class="moz-forward-container"><br><br>-------- Forwarded Message --------'
        b'<table class="moz-email-headers-table"><tr><th>Subject: </th><td>PO 1</td></tr>'
        b"<tr><th>Date: </th><td>Mon, 23 Nov 2026</td></tr><tr><th>From: </th>"
        b"<td>Luis &lt;lortega@harbor.example&gt;</td></tr><tr><th>To: </th>"
        b"<td>Kevin &lt;kevin@harbor.example&gt;</td></tr></table><br>"
        b"<p>Both lines ship Dec 15.</p><p>Luis</p></div></body></html>\n"
    )
    msg = normalize(raw)
    top, fwd = msg.own_segments
    assert top.text == "Marcus, see below from our plant - confirmed."
    assert isinstance(fwd, ForwardedSegment) and fwd.text.startswith("Both lines ship Dec 15.")
    assert "From:\tLuis" in msg.quoted_text


def test_html_charset_from_meta_tag():
    raw = (
        b"From: a@b.example\nSubject: x\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n"
        b"Content-Type: text/html\nContent-Transfer-Encoding: 8bit\n\n"
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
        b"</head><body><p>Preis 4,25 \x80 f\xfcr Pos. 2</p></body></html>\n"
    )
    msg = normalize(raw)
    assert msg.own_text == "Preis 4,25 € für Pos. 2"
    assert msg.defects == []


@pytest.mark.parametrize(
    ("ctype", "name", "size", "error"),
    [
        ("application/ms-tnef", "winmail.dat", 500, "winmail.dat"),
        ("application/msword", "AB.doc", 500, "Word"),
        ("image/jpeg", "scan.jpg", 200_000, "scan"),
        ("image/png", "logo.png", 5_000, None),
    ],
)
def test_unreadable_attachment_kinds_are_reported(ctype, name, size, error):
    import base64 as b64

    payload = b64.encodebytes(b"\x00" * size).decode()
    raw = (
        "From: a@b.example\nSubject: x\nDate: Mon, 23 Nov 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nsee file\n'
        f"--b\nContent-Type: {ctype}; name={name}\nContent-Disposition: attachment; filename={name}\n"
        f"Content-Transfer-Encoding: base64\n\n{payload}\n--b--\n"
    ).encode()
    (att,) = normalize(raw).attachments
    if error is None:
        assert att.error is None
    else:
        assert error in att.error
