"""classify(): bounces, automatic replies, bulk mail and human answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from agent.reading.classify import classify, find_return_date
from agent.reading.message import normalize, permanent_for

FIXTURES = Path(__file__).parent / "fixtures" / "mail"
OWN = ("megan.holloway@kestrel-motion.example", "tom.aldridge@kestrel-motion.example")


def classified(name: str):
    msg = normalize((FIXTURES / name).read_bytes())
    return msg, classify(msg, OWN)


# ------------------------------------------------------------------- bounces


def test_postfix_dsn_user_unknown_is_a_permanent_bounce_with_the_original():
    msg, c = classified("dsn_postfix_user_unknown.eml")
    assert c.kind == "bounce"
    ds = c.delivery_status
    assert ds.permanent is True
    assert ds.status == "5.1.1"
    assert ds.recipients == ["sales@wyre-forest-resins.example"]
    assert "User unknown" in ds.diagnostic
    assert ds.original_message_id == "<poack.PO-26-04601.20261124081501@kestrel-motion.example>"
    assert ds.original_subject == "Please confirm purchase order PO-26-04601"
    # the returned request is quoted, never the sender's words
    assert "240 KG" not in msg.own_text
    assert "240 KG" in msg.quoted_text


def test_delayed_dsn_is_temporary_and_reads_rfc822_headers():
    _, c = classified("dsn_delay_4_4_7.eml")
    assert c.kind == "bounce"
    assert c.delivery_status.permanent is False
    assert c.delivery_status.status == "4.4.7"
    assert c.delivery_status.original_message_id == (
        "<poack.118950.20261124080000@kestrel-motion.example>"
    )


def test_gmail_dsn():
    _, c = classified("gmail_dsn_failure.eml")
    assert c.kind == "bounce"
    assert c.delivery_status.permanent is True
    assert c.delivery_status.recipients == ["info@closed-company.example"]


def test_exchange_ndr_without_report_part_is_recognised_from_text():
    _, c = classified("exchange_ndr_5_1_1_plain.eml")
    assert c.kind == "bounce"
    assert c.delivery_status.permanent is True
    assert c.delivery_status.status == "5.1.1"
    assert c.delivery_status.recipients == ["jbrown@old-supplier.example"]
    assert c.delivery_status.original_subject == "Please confirm purchase order 118960"
    assert c.delivery_status.original_message_id == (
        "<poack.118960.20261124130400@kestrel-motion.example>"
    )


@pytest.mark.parametrize(
    ("status", "action", "permanent"),
    [
        ("5.1.1", "failed", True),
        ("5.7.1", "failed", True),
        ("4.4.7", "delayed", False),
        ("4.2.2", "failed", False),
        ("5.2.2", "failed", False),  # mailbox full is temporary
        ("5.4.4", "delayed", False),
        (None, "failed", True),
    ],
)
def test_permanent_by_status_class(status, action, permanent):
    assert permanent_for(status, action) is permanent


def test_mailbox_full_exchange_report_is_temporary():
    raw = (FIXTURES / "dsn_postfix_user_unknown.eml").read_bytes()
    raw = raw.replace(b"Status: 5.1.1", b"Status: 5.2.2")
    c = classify(normalize(raw), OWN)
    assert c.kind == "bounce" and c.delivery_status.permanent is False


# --------------------------------------------------------------- auto replies


@pytest.mark.parametrize(
    ("name", "return_date", "contact"),
    [
        ("ooo_en_exchange.eml", date(2026, 12, 7), "orders@penninepackaging.example"),
        ("ooo_de_no_header.eml", date(2026, 12, 4), "p.lindner@kessler-verpackungen.example"),
        ("ooo_fr.eml", date(2026, 11, 30), "adv@usinage-bernard.example"),
        ("ooo_es.eml", date(2026, 12, 2), "ventas@plasticos-ebro.example"),
    ],
)
def test_out_of_office_in_four_languages(name, return_date, contact):
    _, c = classified(name)
    assert c.kind == "auto_reply", c.reasons
    assert c.return_date == return_date
    assert c.alternate_contact == contact


def test_helpdesk_auto_acknowledgment():
    _, c = classified("helpdesk_ack.eml")
    assert c.kind == "auto_reply"
    assert c.return_date is None


def test_out_of_office_body_only_needs_no_headers():
    _, c = classified("ooo_de_no_header.eml")
    assert any("absence notice" in r for r in c.reasons)


def test_x_auto_response_suppress_alone_is_a_human():
    _, c = classified("human_with_suppress_header.eml")
    assert c.kind == "human"


def test_outlook_reply_with_suppress_header_is_human():
    _, c = classified("outlook_desktop_en.eml")
    assert c.kind == "human"


def test_erp_order_confirmation_with_auto_submitted_is_read_as_an_answer():
    _, c = classified("erp_order_confirmation_pdf.eml")
    assert c.kind == "human"
    assert c.auto_generated is True
    assert any("order confirmation" in r for r in c.reasons)


def test_human_mentioning_absence_while_confirming_stays_human():
    raw = (
        b"From: a@supplier.example\nTo: megan.holloway@kestrel-motion.example\n"
        b"Subject: RE: PO 118001\nDate: Mon, 23 Nov 2026 10:00:00 +0000\n\n"
        b"Confirmed as per PO. I am out of the office next week, contact b@supplier.example.\n"
    )
    c = classify(normalize(raw), OWN)
    assert c.kind == "human"


# ------------------------------------------------------------------------ bulk


def test_newsletter_is_bulk():
    _, c = classified("newsletter.eml")
    assert c.kind == "bulk"


def test_threaded_reply_through_a_mailing_list_is_human():
    _, c = classified("group_list_threaded_reply.eml")
    assert c.kind == "human"
    assert any("mailing-list" in r for r in c.reasons)


@pytest.mark.parametrize(
    "name",
    [
        "outlook_desktop_en.eml",
        "owa_underscore_html_only.eml",
        "outlook_mac_html.eml",
        "gmail_html_only_inline_table.eml",
        "apple_mail.eml",
        "iphone.eml",
        "thunderbird_inline_flowed.eml",
        "foxmail_gbk.eml",
        "zoho.eml",
        "german_outlook_cp1252.eml",
        "german_thunderbird_latin1.eml",
        "french_outlook.eml",
        "french_gmail.eml",
        "spanish_outlook.eml",
        "spanish_gmail.eml",
        "gmail_forwarded_chain.eml",
        "xlsx_attachment.eml",
        "csv_and_broken_pdf.eml",
        "forward_as_attachment.eml",
        "shift_jis.eml",
        "injection_below_signature.eml",
    ],
)
def test_human_replies_are_human(name):
    _, c = classified(name)
    assert c.kind == "human", c.reasons
    assert c.delivery_status is None


# --------------------------------------------------------------- return date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I am out of the office from 12 Nov, returning on Monday 23rd November.",
            date(2026, 11, 23),
        ),
        ("I'm away until 12/3 with no access to email.", date(2026, 12, 3)),
        ("Ich bin ab dem 30.11. wieder im Büro.", date(2026, 11, 30)),
        ("Je serai de retour le lundi 7 décembre.", date(2026, 12, 7)),
        ("Estaré fuera hasta el 3 de diciembre.", date(2026, 12, 3)),
        ("I will be back on Monday.", date(2026, 11, 23)),
        ("Thank you for your message.", None),
    ],
)
def test_find_return_date(text, expected):
    from datetime import UTC, datetime

    reference = datetime(2026, 11, 19, 10, 0, tzinfo=UTC)  # a Thursday
    assert find_return_date(text, reference) == expected


def test_read_receipt_is_an_automatic_reply_not_an_answer():
    msg, c = classified("mdn_read_receipt.eml")
    assert c.kind == "auto_reply"
    assert "read receipt" in c.reasons[0]
    assert "Disposition" not in msg.quoted_text + msg.own_text


def _mail(body: str, subject: str = "RE: PO 118001", extra: str = "") -> bytes:
    return (
        f"From: Sam <sam@supplier.example>\nTo: megan.holloway@kestrel-motion.example\n"
        f"Subject: {subject}\nDate: Thu, 19 Nov 2026 10:00:00 +0000\n{extra}"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


def test_person_acknowledging_receipt_is_human_not_auto_reply():
    body = (
        "Hi Megan,\n\nWe have received your order and will get back to you with dates by Friday.\n"
    )
    assert classify(normalize(_mail(body)), OWN).kind == "human"


@pytest.mark.parametrize(
    ("body", "return_date"),
    [
        ("Sono fuori ufficio fino al 30 novembre.", date(2026, 11, 30)),
        ("Ik ben afwezig tot en met 27 november.", date(2026, 11, 27)),
        ("I'm out until Monday 30th November, reply on my return.", date(2026, 11, 30)),
        ("Ich bin ab dem 30.11. wieder im Büro erreichbar.", date(2026, 11, 30)),
    ],
)
def test_absence_notices_without_headers(body, return_date):
    c = classify(normalize(_mail(body)), OWN)
    assert c.kind == "auto_reply", c.reasons
    if return_date:
        assert c.return_date == return_date


def test_erp_mail_saying_do_not_reply_with_order_confirmation_attachment_is_human():
    raw = (
        (FIXTURES / "erp_order_confirmation_pdf.eml")
        .read_bytes()
        .replace(b"Please do not reply.", b"Please do not reply to this email.")
    )
    c = classify(normalize(raw), OWN)
    assert c.kind == "human" and c.auto_generated


def test_auto_submitted_order_desk_text_confirming_is_human():
    body = "We hereby confirm your order 118001 as per PO, delivery 12/10/2026."
    c = classify(normalize(_mail(body, extra="Auto-Submitted: auto-generated\n")), OWN)
    assert c.kind == "human" and c.auto_generated


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I am away until 3/12.", date(2026, 12, 3)),  # en-GB day first
        ("I am away until 12/3.", date(2026, 12, 3)),  # en-US month first
        ("Back on 12/03/2026.", date(2026, 12, 3)),
        ("Ich bin bis 04.12. nicht im Büro.", date(2026, 12, 4)),
    ],
)
def test_numeric_return_dates_take_the_reading_that_comes_soonest(text, expected):
    from datetime import UTC, datetime

    assert find_return_date(text, datetime(2026, 11, 19, 10, 0, tzinfo=UTC)) == expected


def test_bracketed_auto_reply_subject():
    c = classify(
        normalize(_mail("Thanks for your mail.", subject="[Auto-Reply] Re: PO 118001")), OWN
    )
    assert c.kind == "auto_reply"


def test_discussion_list_mail_is_not_bulk_even_unthreaded():
    extra = (
        "List-Id: <orders.granite-tools.example>\n"
        "List-Post: <mailto:orders@granite-tools.example>\n"
        "List-Unsubscribe: <mailto:orders+unsubscribe@granite-tools.example>\nPrecedence: list\n"
    )
    c = classify(normalize(_mail("PO 118001 confirmed for 12/10.", extra=extra)), OWN)
    assert c.kind == "human"


def test_person_mentioning_being_out_tomorrow_is_human():
    body = "Hi Megan,\n\nI'm out of the office tomorrow, so I will check with production and revert Friday.\n"
    assert classify(normalize(_mail(body)), OWN).kind == "human"


def test_erp_confirmation_in_the_body_with_auto_markers_is_human():
    body = (
        "ORDER CONFIRMATION OC-77130\nYour purchase order: 118001\n"
        "Pos 1  KMS-H-2210  120  4.35 USD  2026-12-18\n\n"
        "This message was generated automatically. Please do not reply to this email.\n"
    )
    extra = "Auto-Submitted: auto-generated\n"
    c = classify(normalize(_mail(body, subject="Order confirmation OC-77130", extra=extra)), OWN)
    assert c.kind == "human" and c.auto_generated


def test_helpdesk_ack_repeating_our_subject_stays_auto_reply():
    body = "This is an automated response: we have received your request, ticket #4411."
    subject = "[Ticket #4411] Re: Order acknowledgement required: PO 118001"
    c = classify(
        normalize(_mail(body, subject=subject, extra="Auto-Submitted: auto-replied\n")), OWN
    )
    assert c.kind == "auto_reply"


def test_one_to_one_crm_mail_with_list_unsubscribe_only_is_human():
    extra = "List-Unsubscribe: <https://crm.supplier.example/u/abc>\n"
    c = classify(normalize(_mail("PO 118001 confirmed, delivery 12/10.", extra=extra)), OWN)
    assert c.kind == "human"


def test_system_notification_is_not_an_auto_reply():
    body = (
        "Shipment notification\n\nYour order PUR-118795 has shipped.\nShip date: 11/24/2026\n\n"
        "This is an automated notification, replies are not monitored.\n"
    )
    c = classify(normalize(_mail(body, subject="Your order PUR-118795 has shipped")), OWN)
    assert c.kind == "human" and c.auto_generated
    assert any("notification" in r for r in c.reasons)


def test_unthreaded_helpdesk_receipt_is_still_an_auto_reply():
    body = "Thank you for contacting us. We have received your request, ticket #5521."
    c = classify(
        normalize(_mail(body, subject="[Ticket #5521] Your request has been received")), OWN
    )
    assert c.kind == "auto_reply"


def test_portal_notice_that_our_order_was_received_is_an_auto_reply():
    body = (
        "SupplierLink - Purchase Order Received\n\nPO number: PO-118001\nStatus: PENDING REVIEW\n\n"
        "Your purchase order has been received and queued for review by our order desk.\n"
        "This mailbox is not monitored.\n"
    )
    extra = "Auto-Submitted: auto-generated\n"
    subject = "PO PO-118001 received - pending review"
    c = classify(normalize(_mail(body, subject=subject, extra=extra)), OWN)
    assert c.kind == "auto_reply", c.reasons


def _auto_mail(body: str, subject: str, html: bool = False) -> bytes:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["From"] = "Sales <no-reply@supplier.example>"
    msg["To"] = "buyer@buyer.example"
    msg["Subject"] = subject
    msg["Date"] = "Wed, 02 Dec 2026 10:00:00 +0000"
    msg["Auto-Submitted"] = "auto-generated"
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    return msg.as_bytes()


def test_an_erp_table_headed_in_a_cell_as_an_acknowledgment_is_an_answer() -> None:
    html = (
        "<table><tr><td>Prairie Supply Co., 1450 Industrial Pkwy, Wichita, KS 67219</td>"
        "<td>SALES ORDER ACKNOWLEDGMENT Sales Order #: SO-88123 Customer PO #: 4500012345</td>"
        "</tr></table><table><tr><th>Item</th><th>Qty</th><th>Rate</th><th>Ship Date</th></tr>"
        "<tr><td>CAST-7781</td><td>40</td><td>$312.50</td><td>12/10/2026</td></tr></table>"
    )
    got = classify(normalize(_auto_mail(html, "Sales Order #SO-88123 - PO 4500012345", True)))
    assert got.kind == "human"


def test_an_automatic_receipt_that_mentions_the_acknowledgment_to_come_is_no_answer() -> None:
    body = (
        "Sehr geehrte Kundin, sehr geehrter Kunde,\n\nvielen Dank für Ihre Bestellung 4500012345. "
        "Sie ist in unserem System eingegangen.\nDie Auftragsbestätigung erhalten Sie separat.\n"
    )
    assert classify(normalize(_auto_mail(body, "Eingangsbestätigung"))).kind != "human"


def test_a_japanese_system_receipt_of_our_order_is_an_automatic_reply() -> None:
    body = (
        "※本メールはシステムより自動送信されています。\n\n"
        "ご注文（注文番号：4500012345）を受け付けいたしました。\n"
        "内容を確認の上、担当者より納期回答をさせていただきます。\n"
    )
    assert classify(normalize(_auto_mail(body, "ご注文受付のお知らせ"))).kind == "auto_reply"
