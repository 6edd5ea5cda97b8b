"""Automatic mail is never an answer: bounces, auto-replies in eleven languages,
ticket receipts, challenge-response, abuse reports, newsletters; and a person's
answer that mentions an absence stays an answer with the absence recorded."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from agent.reading.classify import automatic_marks, classify
from agent.reading.message import normalize
from agent.reading.pipeline import read_message
from agent.reading.types import OpenPO, POLine, SupplierInfo

OWN = ("megan.holloway@kestrel-motion.example",)
REQUEST = "<poack.118001.20261118@kestrel-motion.example>"
PO = OpenPO(
    po_number="118001",
    supplier=SupplierInfo(
        id="S1", name="Supplier", emails=("sam@supplier.example",), domains=("supplier.example",)
    ),
    currency="USD",
    lines=(
        POLine(1, "KMS-100", "Bearing", Decimal(120), "EA", Decimal("4.35"), date(2026, 12, 18)),
    ),
    buyer_email=OWN[0],
    issued=date(2026, 11, 18),
    request_message_ids=(REQUEST,),
)


def _mail(
    body: str,
    subject: str = "RE: PO 118001",
    extra: str = "",
    sender: str = "Sam <sam@supplier.example>",
    threaded: bool = True,
) -> bytes:
    thread = f"In-Reply-To: {REQUEST}\nReferences: {REQUEST}\n" if threaded else ""
    return (
        f"From: {sender}\nTo: megan.holloway@kestrel-motion.example\n"
        f"Subject: {subject}\nDate: Thu, 19 Nov 2026 10:00:00 +0000\n{thread}{extra}"
        f"Message-ID: <x.{abs(hash(body))}@supplier.example>\n"
        f"Content-Type: text/plain; charset=utf-8\n\n{body}\n"
    ).encode()


# ---------------------------------------------------- auto-replies, by language

AUTO_REPLIES = [
    (
        "en",
        "Automatic reply: PO 118001",
        "I am out of the office until 30 November with limited access to e-mail.",
        date(2026, 11, 30),
    ),
    (
        "de",
        "Automatische Antwort: PO 118001",
        "Ich bin bis zum 27.11.2026 nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.",
        date(2026, 11, 27),
    ),
    (
        "fr",
        "Réponse automatique : PO 118001",
        "Je suis absent jusqu'au 30 novembre. En cas d'urgence, merci de contacter anne@supplier.example.",
        date(2026, 11, 30),
    ),
    (
        "es",
        "Respuesta automática: PO 118001",
        "Estoy fuera de la oficina hasta el 1 de diciembre.",
        date(2026, 12, 1),
    ),
    (
        "it",
        "Risposta automatica: PO 118001",
        "Sono fuori ufficio fino al 2 dicembre.",
        date(2026, 12, 2),
    ),
    (
        "nl",
        "Automatisch antwoord: PO 118001",
        "Ik ben afwezig tot en met 3 december.",
        date(2026, 12, 3),
    ),
    (
        "pl",
        "[Automatyczna odpowiedź] PO 118001",
        "Jestem na urlopie do 04.12.2026. W pilnych sprawach proszę o kontakt z biurem.",
        date(2026, 12, 4),
    ),
    (
        "pt",
        "Resposta automática: PO 118001",
        "Estou de férias até 05/12/2026. Responderei no meu regresso.",
        date(2026, 12, 5),
    ),
    (
        "cs",
        "Automatická odpověď: PO 118001",
        "Jsem mimo kancelář do 7. 12. 2026.",
        date(2026, 12, 7),
    ),
    (
        "zh",
        "自动回复: PO 118001",
        "您好，我正在休假，将于2026年12月8日返回办公室。",
        date(2026, 12, 8),
    ),
    (
        "ja",
        "自動応答: PO 118001",
        "ただいま休暇をいただいております。12月9日以降に返信いたします。",
        date(2026, 12, 9),
    ),
]


@pytest.mark.parametrize(
    ("lang", "subject", "body", "back"), AUTO_REPLIES, ids=[a[0] for a in AUTO_REPLIES]
)
def test_auto_reply_wording_and_return_date(lang, subject, body, back):
    c = classify(normalize(_mail(body, subject=subject)), OWN)
    assert c.kind == "auto_reply", c.reasons
    assert c.return_date == back


@pytest.mark.parametrize(
    ("lang", "subject", "body", "back"), AUTO_REPLIES, ids=[a[0] for a in AUTO_REPLIES]
)
def test_auto_reply_body_alone_is_enough(lang, subject, body, back):
    # no headers, a plain reply subject: the absence wording alone marks it
    c = classify(normalize(_mail(body, subject="RE: PO 118001")), OWN)
    assert c.kind == "auto_reply", c.reasons


def test_ticket_system_receipt_is_automatic():
    body = "Thank you. We received your request #48213 and will answer as soon as possible."
    c = classify(normalize(_mail(body, subject="RE: PO 118001")), OWN)
    assert c.kind == "auto_reply", c.reasons
    result = read_message(_mail(body), [PO], own_addresses=OWN)
    assert result.kind == "auto_reply"


# ---------------------------------------------------------- never an answer

CONFIRMING_BODY = (
    "We confirm PO 118001: line 1, 120 EA at 4.35 USD, delivery 18.12.2026. Confirmed."
)

MARKS = [
    ("null sender", "Return-Path: <>\n", "Sam <sam@supplier.example>"),
    ("mailer-daemon", "", "Mail Delivery System <MAILER-DAEMON@mx.supplier.example>"),
    ("postmaster", "", "postmaster@supplier.example"),
    ("auto-replied", "Auto-Submitted: auto-replied\n", "Sam <sam@supplier.example>"),
    ("x-autoreply", "X-Autoreply: yes\n", "Sam <sam@supplier.example>"),
    ("precedence bulk", "Precedence: bulk\n", "Sam <sam@supplier.example>"),
    ("precedence junk", "Precedence: junk\n", "Sam <sam@supplier.example>"),
    (
        "auto-generated",
        "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\n",
        "Sam <sam@supplier.example>",
    ),
]


@pytest.mark.parametrize(("name", "extra", "sender"), MARKS, ids=[m[0] for m in MARKS])
@pytest.mark.parametrize("threaded", [True, False], ids=["threaded", "unthreaded"])
def test_an_automatic_mark_never_makes_an_answer(name, extra, sender, threaded):
    raw = _mail(CONFIRMING_BODY, extra=extra, sender=sender, threaded=threaded)
    msg = normalize(raw)
    assert automatic_marks(msg), name
    result = read_message(raw, [PO], own_addresses=OWN)
    assert result.kind in ("bounce", "auto_reply", "unrelated"), (name, result.kind)
    assert not result.confirmations


def test_multipart_report_saying_confirmed_is_not_an_answer():
    raw = (
        "From: Mail Delivery System <MAILER-DAEMON@mx.supplier.example>\n"
        "To: megan.holloway@kestrel-motion.example\nSubject: Delivery report\n"
        f"Date: Thu, 19 Nov 2026 10:00:00 +0000\nIn-Reply-To: {REQUEST}\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\n\n'
        f"--B\nContent-Type: text/plain\n\n250 2.0.0 Ok: queued. {CONFIRMING_BODY}\n--B--\n"
    ).encode()
    result = read_message(raw, [PO], own_addresses=OWN)
    assert result.kind in ("bounce", "auto_reply", "unrelated")
    assert not result.confirmations


def test_erp_order_confirmation_document_is_still_an_answer():
    body = (
        "ORDER CONFIRMATION OC-77130\nYour purchase order: 118001\n"
        "Pos 1  KMS-100  120 EA  4.35 USD  18.12.2026\n\n"
        "This message was generated automatically. Please do not reply to this email.\n"
    )
    raw = _mail(
        body,
        subject="Order confirmation OC-77130",
        extra="Auto-Submitted: auto-generated\n",
        threaded=False,
    )
    c = classify(normalize(raw), OWN)
    assert c.kind == "human" and c.auto_generated, c.reasons


def test_auto_generated_notification_without_a_document_is_no_answer():
    # the same headers on a mail that is no order confirmation: not an answer
    body = "Your PO 118001 has been confirmed in our portal. Log in to see the details."
    raw = _mail(
        body,
        subject="Portal notification",
        extra="Auto-Submitted: auto-generated\n",
        threaded=False,
    )
    result = read_message(raw, [PO], own_addresses=OWN)
    assert result.kind != "confirmation"


def test_challenge_response_is_automatic_and_no_answer():
    body = (
        "Your message to sam@supplier.example has been held pending verification. "
        "Please confirm that you are a human by clicking the link below. "
        "This sender verification protects my mailbox from spam."
    )
    raw = _mail(body, subject="Please confirm your message (PO 118001)")
    c = classify(normalize(raw), OWN)
    assert c.kind == "auto_reply" and any("challenge" in r for r in c.reasons)
    assert read_message(raw, [PO], own_addresses=OWN).kind == "auto_reply"


def test_arf_abuse_report_is_unrelated_not_review():
    raw = (
        b"From: staff@hotmail.example\nTo: abuse@kestrel-motion.example\n"
        b"Subject: complaint about message from 192.0.2.1\nDate: Thu, 19 Nov 2026 10:00:00 +0000\n"
        b'Content-Type: multipart/report; report-type=feedback-report; boundary="B"\n\n'
        b"--B\nContent-Type: text/plain\n\nThis is an email abuse report.\n"
        b"--B\nContent-Type: message/feedback-report\n\nFeedback-Type: abuse\nUser-Agent: x/1.0\nVersion: 1\n"
        b"--B\nContent-Type: message/rfc822\n\nFrom: megan.holloway@kestrel-motion.example\n"
        b"Subject: PO 118001\n\nPlease confirm PO 118001.\n--B--\n"
    )
    c = classify(normalize(raw), OWN)
    assert c.kind == "bulk"
    assert read_message(raw, [PO], own_addresses=OWN).kind == "unrelated"


def test_newsletter_is_unrelated_not_review():
    raw = _mail(
        "<html><body><img src='cid:banner'></body></html>",
        subject="Our autumn offers",
        extra="List-Unsubscribe: <https://news.supplier.example/u>\nPrecedence: bulk\n",
        threaded=False,
    )
    assert read_message(raw, [PO], own_addresses=OWN).kind == "unrelated"


# --------------------------------------- a person's answer mentioning an absence


def test_person_confirming_before_leave_is_an_answer_with_the_absence_recorded():
    body = (
        "Hi Megan,\n\nconfirming before I go on leave: PO 118001 line 1, 120 EA at 4.35 USD, "
        "delivery 18.12.2026 is confirmed.\n\nI'm out of the office from tomorrow until "
        "30 November; my colleague anna.berg@supplier.example will handle anything urgent.\n\nSam"
    )
    raw = _mail(body)
    c = classify(normalize(raw), OWN)
    assert c.kind == "human", c.reasons
    assert c.return_date == date(2026, 11, 30)
    assert c.alternate_contact == "anna.berg@supplier.example"
    result = read_message(raw, [PO], own_addresses=OWN)
    assert result.kind == "confirmation", result.review_reasons


def test_image_only_newsletter_with_list_unsubscribe_alone_is_unrelated():
    raw = _mail(
        "<html><body><img src='https://news.supplier.example/banner.png'></body></html>",
        subject="Our autumn offers",
        extra="List-Unsubscribe: <https://news.supplier.example/u>\n",
        threaded=False,
    ).replace(b"text/plain", b"text/html")
    assert classify(normalize(raw), OWN).kind == "bulk"
    assert read_message(raw, [PO], own_addresses=OWN).kind == "unrelated"


def test_esp_campaign_without_list_headers_is_unrelated():
    raw = _mail(
        "New: bearings in every size, 10 % off this week.\n\nUnsubscribe | Manage your preferences",
        subject="Autumn offers from Supplier",
        extra="Feedback-ID: 1234:campaign:esp\nX-Mailgun-Tag: autumn\n",
        threaded=False,
    )
    assert classify(normalize(raw), OWN).kind == "bulk"
    assert read_message(raw, [PO], own_addresses=OWN).kind == "unrelated"


@pytest.mark.parametrize(
    "body",
    [
        "Hi Megan, confirming before I go on leave: PO 118001 is confirmed as ordered. "
        "I am out of the office from tomorrow.\n\nSam",
        "Hallo, ich bestätige Ihnen noch vor meinem Urlaub die Bestellung 118001 wie bestellt. "
        "Ich bin ab morgen bis 30.11. nicht im Büro.\n\nSam",
    ],
    ids=["en-no-return-date", "de"],
)
def test_a_confirmation_mentioning_the_absence_is_a_human_answer(body):
    raw = _mail(body)
    c = classify(normalize(raw), OWN)
    assert c.kind == "human" and c.absence, c.reasons
    assert read_message(raw, [PO], own_addresses=OWN).kind == "confirmation"
