"""Batch AG, cases 72-80: bounces and unrelated mail."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal as Dec

from aglib import mime, pdf, xlsx
from aglib.core import L, PO, When, buyer, request_subject, request_text, supplier, compose
from aglib.mime import Binary, Multi, Raw, Text, esc
from aglib.registry import case
from aglib.styles import buyer_pair, request_headers, request_message

DT = dt.datetime


def dsn_message(*, frm, to, subject, when, msg_id, explanation, status_fields, original, seed, html=None,
                original_headers_only=False, extra=(), bstyle="other"):
    """multipart/report; report-type=delivery-status."""
    parts = []
    if html is not None:
        parts.append(Multi("alternative", [Text(explanation, "plain", "utf-8", "quoted-printable"),
                                           Text(html, "html", "utf-8", "quoted-printable")],
                           mime.boundary(bstyle, seed + "alt")))
    else:
        parts.append(Text(explanation, "plain", "us-ascii", "7bit", extra=["Content-Description: Notification"]))
    parts.append(Raw("message/delivery-status", status_fields, cte=None,
                     extra=["Content-Description: Delivery report"]))
    if original_headers_only:
        parts.append(Raw("text/rfc822-headers", original, cte="7bit", extra=["Content-Description: Undelivered Message Headers"]))
    else:
        parts.append(Raw("message/rfc822", original, cte="7bit", extra=["Content-Description: Undelivered Message"]))
    root = Multi("report", parts, mime.boundary(bstyle, seed), params="report-type=delivery-status")
    head = [("Return-Path", "<>"), ("From", frm), ("To", to), ("Subject", subject), ("Date", when.rfc),
            ("Message-ID", msg_id)] + list(extra)
    return mime.message(head, root)


def bn(notes):
    return {"kind": "bounce", "notes": notes}


def un(notes):
    return {"kind": "unrelated", "notes": notes}


# =========================================================================== bounces

@case("yarn-request-postfix-user-unknown", "bounce/pt-PT",
      "Postfix 'Undelivered Mail Returned to Sender' with 5.1.1 user unknown; the attached original is our "
      "own PO request with its requested dates and the PO number.")
def c072():
    sup = supplier("FIOSAVE", "Fios do Ave, Lda.", "encomendas@fiosdoave.example", "pt-PT")
    byr = buyer("NW", "Hannah Price", "hannah.price")
    po = PO("NWT-7768", sup, byr, "EUR", "2026-11-24", [
        L(1, "YRN-LIN-14", "Linen yarn Nm 14/1, wet spun, natural, cones", 600, "KG", "11.90", "2027-01-22"),
        L(2, "YRN-CO-LIN-20", "Cotton/linen 55/45 yarn Ne 20/1, cones", 900, "KG", "5.35", "2027-01-22"),
    ])
    sent = When(2026, 11, 24, 9, 0, 12, "+0000")
    w = When(2026, 11, 24, 9, 0, 15, "+0000")
    orig = request_message(po, sent)
    expl = ("This is the mail system at host mx1.northweave.example.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<encomendas@fiosdoave.example>: host mx.fiosdoave.example[198.51.100.23] said:\n"
            "    550 5.1.1 <encomendas@fiosdoave.example>: Recipient address rejected: User\n"
            "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx1.northweave.example\n"
              "X-Postfix-Queue-ID: 4Xk2Lm0QZrz9sTy\n"
              "X-Postfix-Sender: rfc822; hannah.price@northweave.example\n"
              "Arrival-Date: Tue, 24 Nov 2026 09:00:12 +0000 (GMT)\n\n"
              "Final-Recipient: rfc822; encomendas@fiosdoave.example\n"
              "Original-Recipient: rfc822;encomendas@fiosdoave.example\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Remote-MTA: dns; mx.fiosdoave.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <encomendas@fiosdoave.example>: Recipient\n"
              "    address rejected: User unknown in virtual mailbox table\n")
    eml = dsn_message(frm="MAILER-DAEMON@mx1.northweave.example (Mail Delivery System)",
                      to=mime.addr("Hannah Price", "hannah.price@northweave.example"),
                      subject="Undelivered Mail Returned to Sender", when=w,
                      msg_id="<20261124090015.4Xk2Lm0QZrz9sTy@mx1.northweave.example>", explanation=expl,
                      status_fields=status, original=orig, seed="c072",
                      extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, bn("Postfix DSN 5.1.1; the embedded message is our own request.")


@case("lab-glass-exchange-ndr-access-denied", "bounce/de-DE",
      "Exchange Online 'Undeliverable' NDR with an HTML explanation, 550 5.4.1 access denied and only the "
      "headers of our request attached.")
def c073():
    sup = supplier("GHLAUSITZ", "Glashütte Lausitz GmbH", "bestellung@glashuette-lausitz.example", "de-DE")
    byr = buyer("MC", "Sofia Brandt", "sofia.brandt")
    po = PO("MC-PO-261160", sup, byr, "EUR", "2026-11-25", [
        L(1, "LG-PET-100", "Petri dish glass 100x15 mm", 200, "PCS", "1.45", "2026-12-16"),
        L(2, "LG-BKR-1000-HF", "Beaker 1000 ml, high form, borosilicate", 30, "PCS", "7.20", "2026-12-16"),
    ])
    sent = When(2026, 11, 25, 10, 20, 3)
    w = When(2026, 11, 25, 10, 20, 9)
    hdrs = request_headers(po, sent)
    expl = ("Your message to bestellung@glashuette-lausitz.example couldn't be delivered.\n\n"
            "bestellung wasn't found at glashuette-lausitz.example.\n\n"
            "sofia.brandt    Office 365    bestellung\n"
            "Action Required                Recipient\n\n"
            "Unknown To address\n\n"
            "How to Fix It\n"
            "The address may be misspelled or may not exist. Try one or more of the following:\n"
            "- Retype the recipient's address, then resend the message.\n"
            "- If the address is correct, contact the recipient by some other means and ask them to check with "
            "their email admin.\n\n"
            "More Info for Email Admins\nStatus code: 550 5.4.1\n\n"
            "Original Message Details\nCreated Date: 25.11.2026 09:20:03\n"
            "Sender Address: sofia.brandt@meridian-care.example\n"
            "Recipient Address: bestellung@glashuette-lausitz.example\n"
            "Subject: Purchase order MC-PO-261160 - please confirm\n\n"
            "Error Details\nReported error: 550 5.4.1 Recipient address rejected: Access denied. "
            "[AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-11-25T09:20:08.412Z 08DD0C4A1B2E7F90]\n"
            "DSN generated by: AM9PR04MB8451.eurprd04.prod.outlook.com\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<table width=\"710\" style=\"font-family:'Segoe UI',sans-serif\"><tr><td style=\"font-size:16px\">"
            "Your message to <a href=\"mailto:bestellung@glashuette-lausitz.example\">bestellung@glashuette-lausitz.example</a> "
            "couldn't be delivered.</td></tr>"
            "<tr><td style=\"font-size:24px;font-weight:600;color:#c00000\">bestellung wasn't found at "
            "glashuette-lausitz.example.</td></tr>"
            "<tr><td><b>How to Fix It</b><br>The address may be misspelled or may not exist.</td></tr>"
            "<tr><td style=\"font-size:11px;color:#666\">Status code: 550 5.4.1<br>Reported error: 550 5.4.1 "
            "Recipient address rejected: Access denied.<br>DSN generated by: AM9PR04MB8451.eurprd04.prod.outlook.com"
            "</td></tr></table></body></html>")
    status = ("Reporting-MTA: dns;AM9PR04MB8451.eurprd04.prod.outlook.com\n"
              "Received-From-MTA: dns;AM9PR04MB8451.eurprd04.prod.outlook.com\n"
              "Arrival-Date: Wed, 25 Nov 2026 09:20:03 +0000\n\n"
              "Final-Recipient: rfc822;bestellung@glashuette-lausitz.example\n"
              "Action: failed\n"
              "Status: 5.4.1\n"
              "Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied.\n"
              " [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2026-11-25T09:20:08.412Z 08DD0C4A1B2E7F90]\n"
              "Remote-MTA: dns;mx.glashuette-lausitz.example\n"
              "X-Display-Name: bestellung@glashuette-lausitz.example\n")
    eml = dsn_message(frm=mime.addr("Microsoft Outlook", "postmaster@meridian-care.example"),
                      to=mime.addr("Sofia Brandt", "sofia.brandt@meridian-care.example"),
                      subject="Undeliverable: Purchase order MC-PO-261160 - please confirm", when=w,
                      msg_id=mime.msgid("outlook", "c073"), explanation=expl, html=html, status_fields=status,
                      original=hdrs, original_headers_only=True, seed="c073", bstyle="outlook",
                      extra=[("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
                             ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "1"),
                             ("Content-Language", "en-US")])
    return [po], eml, bn("Exchange NDR 550 5.4.1, headers of our request attached.")


@case("tiles-gmail-recipient-inbox-full", "bounce/tr-TR",
      "Google 'Delivery Status Notification (Failure)': the recipient's inbox is out of storage space "
      "(552 5.2.2), with our request attached.")
def c074():
    sup = supplier("ANADOLUSER", "Anadolu Seramik San. A.Ş.", "anadoluseramik.satis@gmail.example", "tr-TR")
    byr = buyer("TS", "Kasper Nowak", "k.nowak")
    po = PO("TSB/26/0498", sup, byr, "EUR", "2026-11-25", [
        L(1, "TL-TRV-6060", "Porcelain tile travertine look 60x60, box 1.44 m2", 150, "BOX", "21.60", "2027-01-15"),
        L(2, "TL-STEP-3360", "Stair tread 33x60, travertine look", 40, "PCS", "9.80", "2027-01-15"),
    ])
    sent = When(2026, 11, 25, 13, 5, 40, "+0000")
    w = When(2026, 11, 25, 13, 5, 44, "-0800")
    orig = request_message(po, sent)
    expl = ("** Message not delivered **\n\n"
            "Your message couldn't be delivered to anadoluseramik.satis@gmail.example because the recipient's inbox "
            "is full. The recipient's inbox is out of storage space. Please direct the recipient to\n"
            "https://support.google.com/mail/?p=OverQuotaPerm\n\n"
            "The response from the remote server was:\n"
            "552 5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to\n"
            "5.2.2  https://support.google.com/mail/?p=OverQuotaPerm a640c23a62f3a-aa4b1c2d9f8si12345566b.410 - gsmtp\n")
    status = ("Reporting-MTA: dns; googlemail.com\n"
              "Arrival-Date: Wed, 25 Nov 2026 05:05:40 -0800 (PST)\n"
              "X-Original-Message-ID: %s\n\n"
              "Final-Recipient: rfc822; anadoluseramik.satis@gmail.example\n"
              "Action: failed\n"
              "Status: 5.2.2\n"
              "Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.102.27, the server for the domain gmail.example.)\n"
              "Diagnostic-Code: smtp; 552-5.2.2 The recipient's inbox is out of storage space and inactive.\n"
              "Last-Attempt-Date: Wed, 25 Nov 2026 05:05:44 -0800 (PST)\n" % po["request_message_id"])
    eml = dsn_message(frm=mime.addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
                      to=mime.addr(None, "k.nowak@terrace-build.example"),
                      subject="Delivery Status Notification (Failure)", when=w,
                      msg_id="<6744e1a8.5d0a0220.3c91b.8f2eSMTPIN_ADDED_MISSING@mx.google.com>",
                      explanation=expl, status_fields=status, original=orig, seed="c074", bstyle="gmail",
                      extra=[("References", po["request_message_id"]), ("In-Reply-To", po["request_message_id"]),
                             ("Auto-Submitted", "auto-replied")])
    return [po], eml, bn("Mailbox full (5.2.2) DSN from Google.")


@case("bakery-request-delayed-warning", "bounce/et-EE",
      "An Exim 'Warning: message delayed 24 hours' DSN (Action: delayed, 4.4.1, will retry until a date) - "
      "still a delivery notification, not a supplier answer.")
def c075():
    sup = supplier("BALTPAGAR", "Balti Pagaritooted AS", "tellimused@baltipagar.example", "et-EE")
    byr = buyer("AH", "Owen Gallagher", "owen.gallagher")
    po = PO("AH-26-04492", sup, byr, "EUR", "2026-11-25", [
        L(1, "BK-RYE-FL-25", "Rye flour type 1150, sack 25 kg", 30, "SACK", "16.40", "2026-12-14"),
        L(2, "BK-MALT-DRK", "Dark roasted rye malt, bag 20 kg", 6, "BAG", "38.00", "2026-12-14"),
    ])
    sent = When(2026, 11, 25, 8, 14, 2, "+0000")
    w = When(2026, 11, 26, 8, 14, 30, "+0000")
    orig = request_message(po, sent)
    expl = ("This message was created automatically by mail delivery software.\n"
            "A message that you sent has not yet been delivered to one or more of its\n"
            "recipients after more than 24 hours on the queue on mx2.alderbank-hotels.example.\n\n"
            "The message identifier is:     1wHq4c-000K2p-3D\n"
            "The subject of the message is: Purchase order AH-26-04492 - please confirm\n"
            "The date of the message is:    Wed, 25 Nov 2026 08:14:02 +0000\n\n"
            "The address to which the message has not yet been delivered is:\n\n"
            "  tellimused@baltipagar.example\n"
            "    host mx.baltipagar.example [203.0.113.45]\n"
            "    Delay reason: SMTP error from remote mail server after initial connection:\n"
            "    Connection timed out\n\n"
            "No action is required on your part. Delivery attempts will continue for\n"
            "some time, and this warning may be repeated at intervals if the message\n"
            "remains undelivered. Eventually the mail delivery software will give up,\n"
            "and when that happens, the message will be returned to you.\n")
    status = ("Reporting-MTA: dns; mx2.alderbank-hotels.example\n\n"
              "Action: delayed\n"
              "Final-Recipient: rfc822;tellimused@baltipagar.example\n"
              "Status: 4.4.1\n"
              "Remote-MTA: dns; mx.baltipagar.example\n"
              "Will-Retry-Until: Sat, 28 Nov 2026 08:14:02 +0000\n")
    eml = dsn_message(frm=mime.addr("Mail Delivery System", "Mailer-Daemon@mx2.alderbank-hotels.example"),
                      to=mime.addr(None, "owen.gallagher@alderbank-hotels.example"),
                      subject="Warning: message 1wHq4c-000K2p-3D delayed 24 hours", when=w,
                      msg_id="<E1wI0aL-000Kq1-7R@mx2.alderbank-hotels.example>", explanation=expl,
                      status_fields=status, original=request_headers(po, sent), original_headers_only=True,
                      seed="c075", extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "tellimused@baltipagar.example")])
    return [po], eml, bn("Delay DSN (4.4.1, action delayed).")


# =========================================================================== unrelated

@case("marine-paint-newsletter-winter-offers", "unrelated/en-GB",
      "A supplier newsletter with percentages, 'until 31 December 2026' and product prices for items we "
      "have on order - but it is bulk marketing, not an answer.")
def c076():
    sup = supplier("SOLENTMC", "Solent Marine Coatings Ltd", "sales@solentmarine.example", "en-GB")
    byr = buyer("KIG", "Marta Lindqvist", "m.lindqvist")
    po = PO("4500232630", sup, byr, "GBP", "2026-11-25", [
        L(1, "MP-AF-ERO-5", "Antifouling eroding, navy, tin 5 l", 20, "TIN", "64.00", "2026-12-18"),
        L(2, "MP-PR-EPX-2.5", "Epoxy primer, grey, 2.5 l kit", 16, "KIT", "48.50", "2026-12-18"),
    ])
    w = When(2026, 11, 26, 7, 30, 0, "+0000")
    text = ("SOLENT MARINE COATINGS - WINTER LAY-UP NEWS, November 2026\n\n"
            "Winter lay-up offers: 15% off all eroding antifoulings until 31 December 2026.\n"
            "Antifouling eroding, navy, 5 l - now GBP 54.40 (was GBP 64.00)\n"
            "Epoxy primer grey 2.5 l kit - buy 10, get 1 free\n\n"
            "New: SolentGuard Eco copper-free coating, available from week 3 2027.\n"
            "Meet us at Boot Duesseldorf, 16-24 January 2027, Hall 11 / C42.\n\n"
            "Prices exclude VAT. Offer valid for orders placed before 31.12.2026 and delivered by 29.01.2027.\n\n"
            "You are receiving this email because you are a trade customer of Solent Marine Coatings Ltd.\n"
            "Unsubscribe: https://news.solentmarine.example/u/7f3a9c\n"
            "Solent Marine Coatings Ltd, Hamble Point, Southampton SO31 4NB. Registered in England No. 03918274.\n")
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Winter lay-up news</title></head>"
            "<body style=\"margin:0;background:#eef3f7\"><table width=\"600\" align=\"center\" style=\"background:#fff;"
            "font-family:Arial,sans-serif\"><tr><td style=\"background:#0b3d66;color:#fff;padding:20px;font-size:22px\">"
            "Winter lay-up offers</td></tr><tr><td style=\"padding:20px\"><p><b>15% off</b> all eroding antifoulings "
            "until 31 December 2026.</p><table><tr><td>Antifouling eroding, navy, 5 l</td><td><s>GBP 64.00</s> "
            "<b>GBP 54.40</b></td></tr><tr><td>Epoxy primer grey 2.5 l kit</td><td>buy 10, get 1 free</td></tr>"
            "</table><p>New: SolentGuard Eco copper-free coating, available from week 3 2027.</p>"
            "<p>Meet us at Boot Duesseldorf, 16-24 January 2027, Hall 11 / C42.</p></td></tr>"
            "<tr><td style=\"font-size:11px;color:#777;padding:20px\">Prices exclude VAT. Offer valid for orders "
            "placed before 31.12.2026 and delivered by 29.01.2027.<br><a href=\"https://news.solentmarine.example/u/7f3a9c\">"
            "Unsubscribe</a></td></tr></table></body></html>")
    eml = compose(frm=("Solent Marine Coatings", "news@solentmarine.example"), to=[buyer_pair(po)],
                  subject="Winter lay-up offers: 15% off antifouling until 31 December", when=w,
                  msg_id="<20261126073000.7f3a9c.4411@news.solentmarine.example>", text=text, html=html,
                  seed="c076", bstyle="other",
                  extra=[("List-Unsubscribe", "<https://news.solentmarine.example/u/7f3a9c>, <mailto:unsubscribe@news.solentmarine.example?subject=7f3a9c>"),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                         ("X-Campaign-ID", "winter-layup-2026")])
    return [po], eml, un("Marketing newsletter from the supplier; no reference to our PO.")


@case("roofing-invoice-for-another-po", "unrelated/pl-PL",
      "A VAT invoice PDF from the same supplier for an older, delivered PO (TSB/26/0398), with due date and "
      "delivery date - not an answer to the open PO TSB/26/0495.")
def c077():
    sup = supplier("STALMET", "Stalmet Złącza Sp. z o.o.", "sprzedaz@stalmet-zlacza.example", "pl-PL")
    byr = buyer("TS", "Grace Holloway", "g.holloway")
    po = PO("TSB/26/0495", sup, byr, "EUR", "2026-11-25", [
        L(1, "RF-SDS-63x25", "Self-drilling screw 6.3x25 with EPDM washer, box of 250", 80, "BOX", "12.10", "2026-12-16"),
        L(2, "RF-STCH-48x19", "Stitching screw 4.8x19, RAL 9006, box of 250", 40, "BOX", "8.70", "2026-12-16"),
    ])
    w = When(2026, 11, 26, 11, 0, 18)
    rows = [("Lp.", "Nazwa", "Ilosc", "J.m.", "Cena netto", "Wartosc netto"),
            ("1", "Wkret samowiercacy 5,5x25 EPDM (op. 250 szt.)", "60", "op.", "11,40", "684,00"),
            ("2", "Wkret do blachy 4,8x19 RAL 9006 (op. 250 szt.)", "20", "op.", "8,70", "174,00")]
    items = pdf.lines(40, 805, ["FAKTURA VAT nr FV/2026/11/0457"], size=13, bold=True)
    items += pdf.lines(40, 785, ["Data wystawienia: 26.11.2026", "Data dostawy: 20.11.2026",
                                 "Termin platnosci: 26.12.2026 (30 dni)", "Zamowienie nabywcy: TSB/26/0398",
                                 "WZ: WZ/2026/11/1182"], size=8.5, dy=11)
    items += pdf.lines(330, 785, ["Sprzedawca: Stalmet Zlacza Sp. z o.o.", "ul. Kolejowa 17, 41-200 Sosnowiec",
                                  "NIP 644-33-21-908", "Nabywca: Terrace Stone Builders", "Unit 9 Westway Park, Leeds"],
                       size=8.5, dy=11)
    items += pdf.table([40, 62, 300, 340, 380, 450], 700, rows, size=8, dy=14, bold_first=True)
    items += pdf.lines(40, 640, ["Razem netto: 858,00 EUR   VAT 0% (WDT)   Razem brutto: 858,00 EUR",
                                 "Rachunek: PL61 1090 1014 0000 0712 1981 2874 (EUR)"], size=8.5, dy=12)
    doc = pdf.build([items], compress=True, title="FV/2026/11/0457", author="Stalmet", producer="Comarch ERP Optima",
                    creation="D:20261126105800+01'00'")
    text = ("Dzień dobry,\n\n"
            "w załączeniu przesyłamy fakturę VAT nr FV/2026/11/0457 do zamówienia TSB/26/0398 (dostawa z 20.11.2026).\n"
            "Termin płatności: 26.12.2026.\n\n"
            "Pozdrawiamy\nDział Księgowości\nStalmet Złącza Sp. z o.o.\n")
    eml = compose(frm=("Stalmet Złącza - faktury", "faktury@stalmet-zlacza.example"), to=[buyer_pair(po)],
                  subject="Faktura FV/2026/11/0457 - zam. TSB/26/0398", when=w,
                  msg_id=mime.msgid("other", "c077", "stalmet-zlacza.example"), text=text,
                  attachments=[Binary(doc, "application/pdf", "FV_2026_11_0457.pdf")], seed="c077", bstyle="other",
                  charset="iso-8859-2", hcharset="iso-8859-2", hmode="Q")
    return [po], eml, un("Invoice for another PO (TSB/26/0398); the open PO TSB/26/0495 is not addressed.")


@case("hydraulics-dispatch-notice-other-order", "unrelated/da-DK",
      "A dispatch notification with tracking number and expected delivery tomorrow for an earlier order "
      "(4500231944), sent while PO 4500232640 is open with the same supplier.")
def c078():
    sup = supplier("DKHYD", "Dansk Hydraulik Komponenter A/S", "ordre@dkhydraulik.example", "da-DK")
    byr = buyer("KIG", "Tomás Ferreira", "t.ferreira")
    po = PO("4500232640", sup, byr, "EUR", "2026-11-25", [
        L(1, "HV-BALL-3W-12", "3-way ball valve, 1/2 in BSP, 350 bar", 12, "PCS", "38.40", "2026-12-11"),
        L(2, "HV-CHK-38", "Check valve 3/8 in BSP, 0.5 bar cracking", 30, "PCS", "9.90", "2026-12-11"),
    ])
    w = When(2026, 11, 25, 15, 45, 31)
    text = ("Kære kunde\n\n"
            "Din ordre er nu afsendt.\n\n"
            "Vores ordrenr.: 1187432\n"
            "Jeres ordrenr.: 4500231944\n"
            "Afsendt: 25.11.2026\n"
            "Forventet levering: 26.11.2026\n"
            "Fragtfører: GLS Denmark - pakkenr. 5704 2219 8841 (2 kolli, 14,6 kg)\n"
            "Track & trace: https://gls-group.example/track/570422198841\n\n"
            "Indhold:\n"
            "  10 stk  HV-BALL-2W-12  2-vejs kugleventil 1/2\" BSP\n"
            "  20 stk  HF-ADP-38-12   Adapter 3/8\" x 1/2\" BSP\n\n"
            "Med venlig hilsen\nDansk Hydraulik Komponenter A/S - Lager & Forsendelse\n"
            "Denne mail kan ikke besvares.\n")
    eml = compose(frm=("Dansk Hydraulik Komponenter", "forsendelse@dkhydraulik.example"), to=[buyer_pair(po)],
                  subject="Forsendelsesbekræftelse - ordre 1187432 / jeres ref. 4500231944", when=w,
                  msg_id=mime.msgid("erp", "c078", "dkhydraulik.example"), text=text, html=None, seed="c078",
                  bstyle="other", charset="utf-8", cte="quoted-printable",
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Microsoft Dynamics NAV")])
    return [po], eml, un("Shipping notice for another order; the open PO is not mentioned.")


@case("flour-price-list-2027-xlsx", "unrelated/fr-FR",
      "A 2027 price list (XLSX, 'tarifs applicables au 1er janvier 2027') that lists the very flour we have "
      "on order at a new price - information, not an answer to the PO.")
def c079():
    sup = supplier("MOULBEAUCE", "Moulins de la Beauce SAS", "commercial@moulins-beauce.example", "fr-FR")
    byr = buyer("AH", "Claire Dubois", "claire.dubois")
    po = PO("AH-26-04494", sup, byr, "EUR", "2026-11-25", [
        L(1, "BK-FL-T55-25", "Wheat flour T55, sack 25 kg", 60, "SACK", "18.90", "2026-12-10"),
        L(2, "BK-FL-T65-25", "Wheat flour T65 (baguette), sack 25 kg", 40, "SACK", "19.60", "2026-12-10"),
    ])
    w = When(2026, 11, 27, 9, 0, 0)
    rows = [["Moulins de la Beauce - Grille tarifaire 2027"], ["Tarifs HT applicables au 01/01/2027, franco à partir de 1 tonne"], [],
            ["Référence", "Désignation", "Conditionnement", "Prix 2026 (€)", "Prix 2027 (€)", "Variation"],
            ["T55-25", "Farine de blé T55", "sac 25 kg", 18.9, 19.8, "4,8 %"],
            ["T65-25", "Farine de blé T65 tradition", "sac 25 kg", 19.6, 20.5, "4,6 %"],
            ["T80-25", "Farine bise T80", "sac 25 kg", 21.4, 22.3, "4,2 %"],
            ["SEIG-T130", "Farine de seigle T130", "sac 25 kg", 24.1, 25.2, "4,6 %"],
            ["GLU-1", "Gluten de blé", "sac 20 kg", 58.0, 61.0, "5,2 %"], [],
            ["Tarifs valables du 01/01/2027 au 31/12/2027 sous réserve d'évolution du cours du blé (Euronext)."]]
    data = xlsx.build([("Tarifs 2027", rows)], when=(2026, 11, 26, 16, 0, 0), creator="Moulins de la Beauce")
    text = ("Madame, Monsieur,\n\n"
            "Veuillez trouver ci-joint notre grille tarifaire 2027, applicable à toutes les livraisons à partir "
            "du 1er janvier 2027. Les commandes livrées jusqu'au 31 décembre 2026 restent facturées aux tarifs "
            "actuels.\n\n"
            "Nous restons à votre disposition pour tout renseignement.\n\n"
            "Bien cordialement,\nLe service commercial\nMoulins de la Beauce SAS - 28200 Châteaudun\n")
    eml = compose(frm=("Moulins de la Beauce", "commercial@moulins-beauce.example"), to=[buyer_pair(po)],
                  subject="Grille tarifaire 2027 - Moulins de la Beauce", when=w,
                  msg_id=mime.msgid("outlook", "c079"), text=text, html=None, seed="c079", bstyle="outlook",
                  attachments=[Binary(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "Tarifs_2027_Moulins_de_la_Beauce.xlsx")])
    return [po], eml, un("Price list for 2027; no answer to PO AH-26-04494.")


@case("bearings-statement-of-account", "unrelated/it-IT",
      "An 'estratto conto' listing invoices, amounts and due dates (one overdue) from the supplier of an open "
      "PO - accounting mail with plenty of dates and numbers but no order answer.")
def c080():
    sup = supplier("CUSCLOMB", "Cuscinetti Lombardi S.r.l.", "vendite@cuscinettilombardi.example", "it-IT")
    byr = buyer("KIG", "Priya Natarajan", "p.natarajan")
    po = PO("4500232655", sup, byr, "EUR", "2026-11-26", [
        L(1, "BRG-7208-BEP", "Angular contact bearing 7208 BEP", 20, "PCS", "24.80", "2026-12-18"),
        L(2, "BRG-51110", "Thrust ball bearing 51110", 30, "PCS", "7.60", "2026-12-18"),
    ])
    w = When(2026, 11, 27, 10, 20, 0)
    text = ("Spett.le Kestrel Industrial Group,\n\n"
            "Vi trasmettiamo il Vs. estratto conto aggiornato al 27/11/2026:\n\n"
            "Documento          Data        Scadenza    Importo EUR   Stato\n"
            "Fatt. 2026/3318    30/09/2026  30/10/2026     1.842,60   SCADUTA\n"
            "Fatt. 2026/3702    23/10/2026  22/11/2026       916,00   SCADUTA\n"
            "Fatt. 2026/4011    13/11/2026  13/12/2026     2.330,40   a scadere\n"
            "N.C. 2026/0212     16/11/2026  -               -120,00   nota di credito\n"
            "                                           ----------\n"
            "Saldo a Vs. debito                            4.969,00\n\n"
            "Vi preghiamo di voler provvedere al saldo delle partite scadute (2.758,60 EUR) entro il 04/12/2026. "
            "Qualora il pagamento fosse già stato effettuato, Vi preghiamo di non tenere conto della presente.\n\n"
            "Coordinate bancarie: IBAN IT60 X054 2811 1010 0000 0123 456 - Banca Popolare di Bergamo\n\n"
            "Distinti saluti\nUfficio Amministrazione\nCuscinetti Lombardi S.r.l. - Via dell'Industria 41 - 24040 Bonate Sotto (BG)\n")
    assert Dec("1842.60") + Dec("916.00") + Dec("2330.40") - Dec("120.00") == Dec("4969.00")
    eml = compose(frm=("Amministrazione Cuscinetti Lombardi", "amministrazione@cuscinettilombardi.example"),
                  to=[("Accounts Payable", "ap@kestrel-group.example")], cc=[buyer_pair(po)],
                  subject="Estratto conto al 27/11/2026 - Kestrel Industrial Group", when=w,
                  msg_id=mime.msgid("other", "c080", "cuscinettilombardi.example"), text=text, html=None,
                  seed="c080", charset="windows-1252", cte="quoted-printable")
    return [po], eml, un("Statement of account; no reference to the open PO.")
