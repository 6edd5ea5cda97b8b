"""Cases 055-070."""
from decimal import Decimal
import datetime as dt

from .common import (B_DANA, B_ELLA, B_JONAS, B_MIRA, PO, Sup, Table, all_acc, case, chg, conf, expected,
                     render_plain, request_blocks, html_escape)
from .mime import (Multi, att_part, auto_reply, inline_quote, message, msg_part, reply, request_mail, rfc_date,
                   text_part, when, h, addr, ew, make_msgid)
from .pdf import make_pdf
from .xlsx import make_xlsx


def _report(slug, human_plain, human_html, ds, orig, boundary):
    parts = []
    if human_html:
        parts.append(Multi("alternative", [text_part(human_plain, "plain", "us-ascii", "quoted-printable"),
                                           text_part(human_html, "html", "us-ascii", "quoted-printable")], boundary + "_alt"))
    else:
        parts.append(text_part(human_plain, "plain", "us-ascii", "7bit"))
    parts += [msg_part(ds.encode(), "message/delivery-status"), msg_part(orig)]
    return Multi("report", parts, boundary, params=" report-type=delivery-status;")


@case("lab-cages-gmail-dsn-nxdomain", "bounce/en-SG",
      "Gmail 'Address not found' DSN (multipart/report, DNS NXDOMAIN) with the original request and its PO table attached.")
def c_gmail_dsn(slug):
    s = Sup("LIONLC", "Lion City Lab Cages Pte. Ltd.", "orders@lioncitylabcages.example", "en-SG", "Grace Tan", "+0800")
    po = PO("4500084990", s, "SGD", "2026-11-19", [
        ("LCL-RAT-1500", "Rat cage 1500U, 480x375x210 mm", 60, "EA", "96.00", "2026-12-18"),
        ("LCL-ENR-TUBE", "Enrichment tube PC, 2.5 in x 6 in", 200, "EA", "2.15", "2026-12-18"),
    ], buyer=B_JONAS)
    orig = request_mail(po)
    plain = ("\n** Address not found **\n\nYour message wasn't delivered to orders@lioncitylabcages.example because the domain "
             "lioncitylabcages.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
             "Learn more here: https://support.google.com/mail/answer/6596\n\nThe response was:\n\n"
             "DNS Error: DNS type 'mx' lookup of lioncitylabcages.example responded with code NXDOMAIN\n"
             "Domain name not found: lioncitylabcages.example\n")
    html = ("<html><body><table cellpadding=\"0\" cellspacing=\"0\" style=\"max-width:600px\"><tr><td>"
            "<h2 style=\"font-family:Google Sans,Roboto,Arial;color:#d93025\">Address not found</h2>"
            "<p>Your message wasn't delivered to <a style=\"color:#212121;text-decoration:none\"><b>orders@lioncitylabcages.example</b></a> "
            "because the domain lioncitylabcages.example couldn't be found. Check for typos or unnecessary spaces and try again.</p>"
            "<p>The response was:</p><p style=\"font-family:monospace\">DNS Error: DNS type 'mx' lookup of lioncitylabcages.example "
            "responded with code NXDOMAIN Domain name not found: lioncitylabcages.example</p></td></tr></table></body></html>")
    ds = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; jonas.kettler@halden-group.example\n"
          f"Arrival-Date: {rfc_date(when('2026-11-19 09:12', '+0100'))}\nX-Original-Message-ID: {po.rid}\n\n"
          "Final-Recipient: rfc822; orders@lioncitylabcages.example\nAction: failed\nStatus: 5.1.2\n"
          "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of lioncitylabcages.example responded with code NXDOMAIN\n"
          f"Last-Attempt-Date: {rfc_date(when('2026-11-19 00:13', '-0800'))}\n")
    root = _report(slug, plain, html, ds, orig, "000000000000" + h(slug, "b", 12))
    hd = [("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", "jonas.kettler@halden-group.example"), ("Auto-Submitted", "auto-replied"),
          ("Subject", "Delivery Status Notification (Failure)"), ("References", po.rid), ("In-Reply-To", po.rid),
          ("X-Failed-Recipients", "orders@lioncitylabcages.example"),
          ("Message-ID", f"<6735f1a2.{h(slug, 'm', 12)}.googlemail.com@mx.google.com>"),
          ("Date", rfc_date(when("2026-11-19 00:13", "-0800")))]
    return [po], message(hd, root), expected("bounce", "Gmail DSN (NXDOMAIN); the attached original carries the full PO table with dates and prices.")


@case("oven-hinges-bottom-post-split", "confirmation/en-IE",
      "Bottom-posted Thunderbird reply below the quoted request; one line split into two deliveries, the rest confirmed on the requested date.")
def c_oven_ie(slug):
    s = Sup("SHANBP", "Shannon Bakery Parts Ltd", "sales@shannonbakeryparts.example", "en-IE", "Aoife Brennan", "+0000")
    po = PO("4500085011", s, "EUR", "2026-11-19", [
        ("SBP-HINGE-DR", "Oven door hinge, deck oven 2027 series (pair)", 12, "PAIR", "36.50", "2026-12-09"),
        ("SBP-GLASS-4", "Door glass 4 mm tempered, 520x310 mm", 6, "EA", "58.00", "2026-12-09"),
        ("SBP-TIMER-60", "Mechanical timer 60 min, 16 A", 10, "EA", "22.80", "2026-12-09"),
    ], buyer=B_ELLA)
    q = inline_quote(po, "thunderbird", "en", {})
    text = (q + "\n\nHi Ella,\n\nAll confirmed for delivery on 9 December at your prices, except the door hinges: we can deliver "
            "8 pairs on 9 December and the remaining 4 pairs on 18 December.\n\nKind regards,\nAoife\n\n-- \nAoife Brennan\n"
            "Shannon Bakery Parts Ltd | Unit 7, Smithstown Industrial Estate, Shannon, Co. Clare V14 XR62\n"
            "Tel +353 61 472 118\n")
    eml = reply(slug, po, date="2026-11-23 16:02", client="thunderbird", body=text, quote=False, fmt="plain", cte="8bit",
                prefix="Re: ", flowed=True)
    return [po], eml, expected("confirmation", "Answer below the quote; line 1: 8 pairs 2026-12-09 + 4 pairs 2026-12-18 (schedule), lines 2-3 as ordered.",
                               [conf(po, {1: chg(po, 1, d="2026-12-18", sched=[(8, "2026-12-09"), (4, "2026-12-18")]), 2: "A", 3: "A"})])


@case("manhole-covers-drawing-question", "needs_review/en-GB",
      "Supplier asks which clear opening and tray depth we need (drawing rev. C says otherwise) before booking; nothing confirmed.")
def c_manhole_gb(slug):
    s = Sup("PENNINE", "Pennine Access Covers Ltd", "sales@pennineaccess.example", "en-GB", "Gareth Lloyd", "+0000")
    po = PO("4500085077", s, "GBP", "2026-11-19", [
        ("PAC-D400-675", "Manhole cover & frame D400, 675x675 mm clear opening", 12, "EA", "214.00", "2026-12-11"),
        ("PAC-B125-450", "Recessed cover B125, 450x450 mm, 80 mm tray", 20, "EA", "96.00", "2026-12-11"),
    ])
    body = ["Morning Dana,",
            "Before we book this in \u2013 for line 1, do you need the 675 mm clear opening or 600 mm? The D400 675 is a 5-6 week make "
            "from the foundry, the 600 we have on the shelf.\nAlso line 2: recessed tray 80 mm or 100 mm deep? Your drawing rev. C says 100.",
            "Let me know and I'll send the acknowledgement over.",
            "Cheers,\nGareth\n\nGareth Lloyd | Technical Sales\nPennine Access Covers Ltd | Canal Wharf, Skipton BD23 1LB\nT 01756 792 330"]
    eml = reply(slug, po, date="2026-11-23 08:41", client="outlook", body=body)
    return [po], eml, expected("needs_review", "Only questions; '5-6 week make' is a lead-time remark, not a committed date; acknowledgement still to come.")


@case("piano-benches-german-out-of-office", "auto_reply/de-DE",
      "German Outlook 'Automatische Antwort' with an absence end date, phone numbers and a colleague's address.")
def c_ooo_de(slug):
    s = Sup("HOFFKG", "Klavierbau Hoffmann KG", "info@klavierbau-hoffmann.example", "de-DE", "Sabine Hoffmann")
    po = PO("4500085120", s, "EUR", "2026-11-20", [
        ("KH-BANK-ROK", "Klavierbank Rokoko, Nussbaum, 58x36 cm", 2, "EA", "780.00", "2026-12-18"),
        ("KH-ROLLE-40", "Rollenbecher 40 mm, Messing, Satz à 3", 10, "SET", "24.00", "2026-12-18"),
    ])
    body = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 27.11.2026 nicht im Büro. Ihre E-Mail wird nicht "
            "weitergeleitet.\nIn dringenden Fällen wenden Sie sich bitte an unseren Verkauf unter +49 5121 93 77-0 oder "
            "verkauf@klavierbau-hoffmann.example.\n\nMit freundlichen Grüßen\nSabine Hoffmann")
    eml = auto_reply(slug, po, date="2026-11-20 09:13", tz="+0100", frm=("Sabine Hoffmann", s.email),
                     subject="Automatische Antwort: " + po.subject, body=body, charset="iso-8859-1", fmt="alt",
                     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                            ("X-MS-Exchange-Inbox-Rules-Loop", "info@klavierbau-hoffmann.example"), ("Content-Language", "de-DE")])
    return [po], eml, expected("auto_reply", "Out-of-office; '27.11.2026' is a return date, not a delivery date.")


@case("braille-exchange-ndr", "bounce/en-CA",
      "Exchange Online NDR ('Undeliverable:') with HTML body, delivery-status and the original PO request as message/rfc822.")
def c_exchange_ndr(slug):
    s = Sup("MAPLET", "Maple Tactile Technologies Inc.", "orders@mapletactile.example", "en-CA", "Priya Chandran", "-0500")
    po = PO("4500085166", s, "CAD", "2026-11-20", [
        ("MT-EMB-DUO", "Braille embosser duplex 100 cps, 24V adapter", 1, "EA", "6890.00", "2026-12-18"),
        ("MT-LBL-12", "Braille label tape 12 mm x 4 m", 40, "ROL", "11.25", "2026-12-18"),
        ("MT-DOT-PEN", "Stylus & slate set 4-line, 28 cells", 25, "SET", "18.90", "2026-12-18"),
    ], buyer=B_MIRA)
    orig = request_mail(po)
    plain = ("Your message to orders@mapletactile.example couldn't be delivered.\n\n"
             "orders wasn't found at mapletactile.example.\n\nmira.ostrowski   Office 365   orders\nAction Required\n\n"
             "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
             "- Retype the recipient's address, then resend the message.\n\n"
             "Diagnostic information for administrators:\n\nGenerating server: YT4PR01MB9831.CANPRD01.PROD.OUTLOOK.COM\n"
             "orders@mapletactile.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
             "orders@mapletactile.example not found by SMTP address lookup'\n\nOriginal message headers:\n\n"
             f"Message-ID: {po.rid}\nSubject: {po.subject}\n")
    html = ("<html><body><div style=\"font-family:Segoe UI,Arial\"><p style=\"font-size:17pt;color:#C00000\">"
            "Your message to orders@mapletactile.example couldn't be delivered.</p>"
            "<p>orders wasn't found at mapletactile.example.</p><p><b>Action Required</b><br>Unknown To address</p>"
            "<p style=\"font-size:9pt\">Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
            "orders@mapletactile.example not found by SMTP address lookup'</p></div></body></html>")
    ds = ("Reporting-MTA: dns;YT4PR01MB9831.CANPRD01.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;YT4PR01MB9831.CANPRD01.PROD.OUTLOOK.COM\n"
          f"Arrival-Date: {rfc_date(when('2026-11-20 08:12', '+0000'))}\n\n"
          "Original-Recipient: rfc822;orders@mapletactile.example\nFinal-Recipient: rfc822;orders@mapletactile.example\n"
          "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
          "orders@mapletactile.example not found by SMTP address lookup\n")
    root = _report(slug, plain, html, ds, orig, "_000_" + h(slug, "nd", 20).upper() + "_")
    hd = [("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@halden-group.example>"),
          ("To", "<mira.ostrowski@halden-group.example>"), ("Date", rfc_date(when("2026-11-20 08:12", "+0000"))),
          ("Content-Language", "en-US"), ("Message-ID", f"<{h(slug, 'x', 8)}-{h(slug, 'y', 4)}-4c1d-9a3e-{h(slug, 'z', 12)}@YT4PR01MB9831.CANPRD01.PROD.OUTLOOK.COM>"),
          ("In-Reply-To", po.rid), ("References", po.rid), ("Subject", "Undeliverable: " + po.subject),
          ("Auto-Submitted", "auto-replied"), ("X-MS-PublicTrafficType", "Email")]
    return [po], message(hd, root), expected("bounce", "Exchange NDR (5.1.10 recipient not found); original PO request with table attached.")


@case("kelp-newsletter-html-only", "unrelated/es-CL",
      "HTML-only marketing newsletter from the kelp supplier with product prices, a trade-fair date and discount codes.")
def c_newsletter(slug):
    s = Sup("ALGPAC", "Algas del Pacífico SpA", "ventas@algaspacifico.example", "es-CL", "Camila Soto", "-0300")
    po = PO("4500085210", s, "USD", "2026-11-20", [
        ("AP-LESS-25", "Lessonia kelp flakes 25 kg, 2-5 mm", 80, "EA", "54.00", "2026-12-22"),
        ("AP-EXT-1000", "Kelp extract concentrate IBC 1000 L", 1, "EA", "2950.00", "2026-12-22"),
    ])
    html = ("<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>Boletín Algas del Pacífico</title></head>"
            "<body style=\"margin:0;background:#eef5f3\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#ffffff;font-family:Arial\">"
            "<tr><td style=\"padding:20px;background:#0b5d4b;color:#fff\"><h1>Boletín Noviembre 2026</h1></td></tr>"
            "<tr><td style=\"padding:20px\"><h2>Nueva línea de bioestimulantes 2027</h2>"
            "<p>Presentamos <b>KelpMax 4-0-3</b> en bidones de 20 L: precio de lanzamiento USD 61,50 por bidón para pedidos "
            "sobre 40 unidades hasta el 31/12/2026.</p>"
            "<p>Visítenos en <b>Fruit Logistica Berlín</b>, 4 al 6 de febrero de 2027, pabellón 25, stand B-12.</p>"
            "<p>Use el código <b>ALGAS10</b> para un 10% de descuento en su próximo pedido web.</p>"
            "<p style=\"font-size:11px;color:#888\">Algas del Pacífico SpA · Av. Costanera 1450, Puerto Montt, Chile · "
            "Si no desea recibir más correos, <a href=\"https://news.algaspacifico.example/baja?u=8812\">darse de baja</a>.</p>"
            "</td></tr></table></td></tr></table></body></html>")
    root = text_part(html, "html", "iso-8859-1", "quoted-printable")
    t = when("2026-11-24 10:00", "-0300")
    hd = [("Return-Path", "<bounce-8812@news.algaspacifico.example>"),
          ("From", addr("Algas del Pacífico", "news@algaspacifico.example", "iso-8859-1")),
          ("To", "dana.ruiz@halden-group.example"), ("Subject", ew("Boletín Noviembre 2026 | Nueva línea KelpMax y Fruit Logistica 2027", "iso-8859-1")),
          ("Date", rfc_date(t)), ("Message-ID", f"<nl-202611-{h(slug, 'n', 10)}@news.algaspacifico.example>"),
          ("List-Unsubscribe", "<https://news.algaspacifico.example/baja?u=8812>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID" + h(slug, "c", 16) + "**")]
    return [po], message(hd, root), expected("unrelated", "Newsletter (List-Unsubscribe, Precedence bulk) from the same supplier domain; prices and dates are marketing.")


@case("kite-fabric-swedish-confirm-next-week", "needs_review/sv-SE",
      "Swedish: 'återkommer med en orderbekräftelse nästa vecka, senast fredag 27/11' and 'priserna bör inte ändras' - nothing committed.")
def c_kite_se(slug):
    s = Sup("DRAKV", "Drakväv Sverige AB", "order@drakvav.example", "sv-SE", "Johan Ek")
    po = PO("4500085190", s, "SEK", "2026-11-20", [
        ("DV-RIP-48", "Ripstop 48 g/m2, 1.5 m, green", 400, "M", "42.00", "2026-12-17"),
        ("DV-TAPE-20", "Hem tape 20 mm, 100 m roll", 15, "ROL", "145.00", "2026-12-17"),
    ], buyer=B_JONAS)
    body = ["Hej Jonas,",
            "tack för ordern 4500085190. Vi inväntar besked från väveriet om leveranstiden och återkommer med en orderbekräftelse "
            "nästa vecka, senast fredag 27/11. Priserna bör inte ändras.",
            "Mvh\nJohan Ek\nDrakväv Sverige AB | Industrigatan 8 | 504 62 Borås | 033-41 27 90"]
    eml = reply(slug, po, date="2026-11-24 13:33", client="outlook", body=body, prefix="SV: ", charset="iso-8859-1", lang="sv")
    return [po], eml, expected("needs_review", "Promise to confirm later; 27/11 is the date of the promised answer, not a delivery date.")


@case("steel-drums-ticket-system-receipt", "auto_reply/en-US",
      "Help-desk auto-acknowledgement with a ticket number, business hours and a creation timestamp in US format.")
def c_ticket(slug):
    s = Sup("BKSD", "Brooklyn Steel Drum Co.", "orders@bksteeldrum.example", "en-US", "Order Desk", "-0500")
    po = PO("4500085255", s, "USD", "2026-11-20", [
        ("BSD-TEN-SS", "Tenor pan stainless skirt, 29 notes", 2, "EA", "1695.00", "2026-12-18"),
        ("BSD-BAG-TEN", "Padded gig bag for tenor, 24\"", 2, "EA", "149.00", "2026-12-18"),
    ])
    body = ("Hello Dana,\n\nThank you for contacting Brooklyn Steel Drum Co. This is an automated response confirming that we have "
            "received your request.\n\nYour ticket number is #48213. A member of our order desk will respond within 1-2 business "
            "days (Mon-Fri, 9:00 AM - 5:00 PM ET).\n\nTo add additional comments, simply reply to this email.\n\n"
            "----------------------------------------------\nOrder Desk | Ticket #48213 | Priority: Normal | Created: 11/24/2026 10:02 AM\n")
    eml = auto_reply(slug, po, date="2026-11-24 10:02", tz="-0500", frm=("Brooklyn Steel Drum Co. Support", "support@bksteeldrum.example"),
                     subject="[Request #48213] Re: " + po.subject, body=body, fmt="alt", client="webmail",
                     extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply"),
                            ("X-Helpdesk-Ticket", "48213")])
    return [po], eml, expected("auto_reply", "Ticket-system receipt; 11/24/2026 and 1-2 business days are not order dates.")


@case("sushi-knives-japanese-out-of-office", "auto_reply/ja-JP",
      "Japanese out-of-office in Shift_JIS (base64) with an absence period '11月19日（木）〜11月25日（水）'.")
def c_ooo_jp(slug):
    s = Sup("SEKIH", "Seki Hamono Kogyo Co., Ltd.", "sales@seki-hamono.example", "ja-JP", "Sato Misaki", "+0900", sign="佐藤 美咲")
    po = PO("4500085300", s, "JPY", "2026-11-20", [
        ("SH-GYU-240", "Gyuto 240 mm, VG10 damascus", 10, "EA", "24800", "2026-12-22"),
        ("SH-PET-150", "Petty knife 150 mm", 10, "EA", "11200", "2026-12-22"),
    ], buyer=B_MIRA)
    assert dt.date(2026, 11, 19).weekday() == 3 and dt.date(2026, 11, 25).weekday() == 2
    body = ("いつもお世話になっております。\n\n誠に勝手ながら、2026年11月19日（木）〜11月25日（水）まで社内研修のため不在にしております。\n"
            "11月26日（木）以降、順次対応させていただきます。\n\nお急ぎの場合は営業部 鈴木（03-5821-4470）までご連絡ください。\n\n"
            "関刃物工業株式会社\n佐藤 美咲")
    eml = auto_reply(slug, po, date="2026-11-20 09:14", tz="+0900", frm=("佐藤 美咲", s.email), subject="自動応答: " + po.subject,
                     body=body, charset="shift_jis", cte="base64",
                     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, expected("auto_reply", "Japanese absence notice; the dates are the absence period.")


@case("opera-costumes-invoice-other-order", "unrelated/de-DE",
      "Invoice (Flate PDF) for an older order 4500079904 that is not in pos.json; has quantities, prices and a due date.")
def c_invoice(slug):
    s = Sup("BRANDT", "Theaterkostüme Brandt GmbH", "auftrag@kostuem-brandt.example", "de-DE", "Petra Brandt")
    po = PO("4500085288", s, "EUR", "2026-11-20", [
        ("TK-FRACK-52", "Frack schwarz, Gr. 52, Wolle", 4, "EA", "540.00", "2026-12-15"),
        ("TK-KRIN-3R", "Krinoline 3 Reifen, Ø 2,4 m", 2, "EA", "380.00", "2026-12-15"),
    ], buyer=B_ELLA)
    lines = ["# RECHNUNG Nr. 2026-11873", "Theaterkostüme Brandt GmbH, Schanzenstraße 61, 20357 Hamburg",
             "", "Rechnungsdatum: 19.11.2026     Lieferdatum: 17.11.2026     Kunden-Nr. 20418",
             "Ihre Bestellung: 4500079904 vom 12.10.2026     Lieferschein: 80-44172", "",
             "Pos  Artikel        Bezeichnung                      Menge  Einzelpreis   Gesamt",
             "1    TK-UMH-ROT     Umhang Samt rot, 1,6 m              6       210,00  1.260,00",
             "2    TK-HUT-DREI    Dreispitz Filz, Gr. 58              6        48,50    291,00", "",
             "Nettobetrag: 1.551,00 EUR   USt 19 %: 294,69 EUR   Rechnungsbetrag: 1.845,69 EUR",
             "Zahlbar bis 19.12.2026 ohne Abzug.  IBAN DE44 2005 0550 1234 5678 90"]
    assert 6 * Decimal("210") + 6 * Decimal("48.50") == Decimal("1551.00")
    assert (Decimal("1551.00") * Decimal("0.19")).quantize(Decimal("0.01")) == Decimal("294.69")
    pdf = make_pdf(lines, compress=True, title="Rechnung 2026-11873", author="lexoffice", date="D:20261119150500+01'00'")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Rechnung Nr. 2026-11873 vom 19.11.2026 zu Ihrer "
            "Bestellung 4500079904.\nZahlbar bis 19.12.2026 ohne Abzug.\n\nMit freundlichen Grüßen\nBuchhaltung\n"
            "Theaterkostüme Brandt GmbH")
    eml = reply(slug, po, date="2026-11-24 15:05", client="webmail", body=body, fmt="plain", charset="iso-8859-15", quote=False,
                threaded=False, subject="Rechnung 2026-11873 zu Bestellung 4500079904",
                frm=("Theaterkostüme Brandt - Buchhaltung", "buchhaltung@kostuem-brandt.example"),
                attachments=[att_part(pdf, "application/pdf", "Rechnung_2026-11873.pdf")])
    return [po], eml, expected("unrelated", "Invoice for a different, older order (4500079904); the open PO 4500085288 is not answered.")


@case("rosin-qmail-plain-bounce", "bounce/pt-BR",
      "Old-style qmail plain-text bounce with the full original request (headers and PO table) pasted below the marker line.")
def c_qmail(slug):
    s = Sup("BREUMG", "Breu para Arcos Minas Ltda.", "vendas@breuminas.example", "pt-BR", "Fabio Costa", "-0300")
    po = PO("4500085344", s, "EUR", "2026-11-20", [
        ("BM-VIOL-AMB", "Violin rosin amber, 2027 formula, 21 g", 400, "EA", "2.10", "2026-12-21"),
        ("BM-CELLO-DK", "Cello rosin dark, 30 g", 150, "EA", "2.95", "2026-12-21"),
    ], buyer=B_JONAS)
    orig = request_mail(po, plain_only=True).decode("ascii")
    body = ("Hi. This is the qmail-send program at mail.breuminas.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<vendas@breuminas.example>:\nThis user's disk quota has been exceeded. (#5.2.2)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <jonas.kettler@halden-group.example>\n"
            "Received: (qmail 28117 invoked from network); 20 Nov 2026 08:12:47 -0000\n" + orig)
    root = text_part(body, "plain", "us-ascii", "7bit")
    hd = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mail.breuminas.example"),
          ("To", "jonas.kettler@halden-group.example"), ("Subject", "failure notice"),
          ("Date", "Fri, 20 Nov 2026 08:12:51 +0000"), ("Message-ID", "<1763626371.28119@mail.breuminas.example>")]
    return [po], message(hd, root), expected("bounce", "qmail 'failure notice' in one text/plain part; the original request (with its own headers) is inline, not a MIME attachment.")


@case("piano-benches-body-vs-pdf-conflict", "needs_review/fr-FR",
      "Body says delivery 11/12 'comme demandé' but the attached acknowledgement PDF says 18/12/2026 for both lines.")
def c_conflict(slug):
    s = Sup("LEFEVRE", "Manufacture Lefèvre - Bancs de piano", "adv@lefevre-bancs.example", "fr-FR", "Claire Lefèvre")
    po = PO("4500085360", s, "EUR", "2026-11-20", [
        ("LF-BANC-LXV", "Banquette Louis XV 55x33 cm, velours bordeaux", 3, "EA", "640.00", "2026-12-11"),
        ("LF-TAB-REG", "Tabouret réglable 2 vérins, 46-56 cm", 5, "EA", "420.00", "2026-12-11"),
    ])
    lines = ["# ACCUSE DE RECEPTION DE COMMANDE", "Manufacture Lefevre - 7 rue de l'Industrie - 88500 Mirecourt", "",
             "AR n. AR2611-0457      du 24/11/2026      Votre commande : 4500085360", "",
             "Ref.          Designation                                Qte   PU HT EUR   Livraison prevue",
             "LF-BANC-LXV   Banquette Louis XV 55x33, velours bordeaux   3      640,00   18/12/2026",
             "LF-TAB-REG    Tabouret reglable 2 verins 46-56 cm          5      420,00   18/12/2026", "",
             "Total HT : 4 020,00 EUR     Conditions : 30 jours fin de mois"]
    assert 3 * 640 + 5 * 420 == 4020
    pdf = make_pdf(lines, title="AR2611-0457", author="Sage 100", date="D:20261124101000+01'00'")
    body = ["Bonjour Madame Ruiz,", "Nous confirmons votre commande 4500085360, livraison le 11/12 comme demandé.\n"
            "Vous trouverez ci-joint notre accusé de réception.", "Cordialement,\n\nClaire Lefèvre\nAdministration des ventes\n"
            "Manufacture Lefèvre \u2013 Bancs de piano depuis 1921\n7 rue de l'Industrie, 88500 Mirecourt \u2013 03 29 37 14 62"]
    eml = reply(slug, po, date="2026-11-24 10:12", client="outlook", body=body, lang="fr",
                attachments=[att_part(pdf, "application/pdf", "AR2611-0457.pdf")])
    return [po], eml, expected("needs_review", "Contradiction: body 11/12 (= requested) vs PDF 18/12/2026; a buyer cannot know which date is committed.")


@case("sushi-knives-shared-inbox-receipt", "auto_reply/fr-CH",
      "Swiss French shared-mailbox 'Accusé de réception automatique' with an internal reference and a 48-hour promise.")
def c_receipt_ch(slug):
    s = Sup("CJLEMAN", "Couteaux Japonais Léman SA", "commandes@couteaux-leman.example", "fr-CH", "Service des commandes")
    po = PO("4500085402", s, "CHF", "2026-11-23", [
        ("CJL-SANT-180", "Santoku 180 mm, acier SG2", 12, "EA", "189.00", "2026-12-18"),
        ("CJL-NAK-165", "Nakiri 165 mm, Aogami Super", 6, "EA", "214.00", "2026-12-18"),
    ])
    body = ("Accusé de réception automatique\n\nNous accusons réception de votre message du 23.11.2026. Notre service des "
            "commandes le traitera dans les meilleurs délais (en principe sous 48 heures ouvrables).\n\n"
            "Merci de ne pas répondre à ce message.\nRéférence interne : CMD-IN-2026-07731\n\n"
            "Couteaux Japonais Léman SA · Rue du Simplon 22 · 1006 Lausanne · +41 21 616 42 90")
    eml = auto_reply(slug, po, date="2026-11-23 09:14", tz="+0100", frm=("Couteaux Japonais Léman - Commandes", s.email),
                     subject="Accusé de réception : " + po.subject, body=body, charset="iso-8859-1", cte="quoted-printable",
                     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")])
    return [po], eml, expected("auto_reply", "Shared-inbox receipt; nothing about quantities, prices or dates of the order.")


@case("cricket-gear-vague-mid-december", "needs_review/en-AU",
      "Casual Australian reply: 'should be right for most of it', bats 'mid-December-ish' - no firm commitment per line.")
def c_vague_au(slug):
    s = Sup("YARRA", "Yarra Cricket Supplies Pty Ltd", "sales@yarracricket.example", "en-AU", "Darren Mitchell", "+1100")
    po = PO("4500085433", s, "AUD", "2026-11-23", [
        ("YC-BAT-SH-G2", "English willow bat SH, Grade 2, 2027 range", 30, "EA", "185.00", "2026-12-16"),
        ("YC-PAD-MENS", "Batting pads men's, ambidextrous", 30, "PAIR", "72.00", "2026-12-16"),
    ], buyer=B_ELLA)
    body = ["G'day Ella,",
            "No worries, should be right for most of it. Bats might be a bit tight with the willow shipment, we'll do our best "
            "to get them out mid-December-ish. Pads shouldn't be a problem.",
            "Cheers\nDarren\n\nSent from my iPhone"]
    eml = reply(slug, po, date="2026-11-25 07:48", client="iphone", body=body, prefix="Re: ", fmt="plain")
    return [po], eml, expected("needs_review", "Hedged language ('should be right', 'do our best', 'mid-December-ish', 'shouldn't be a problem') commits to no date or quantity.")


@case("goat-feeders-price-list-2027", "unrelated/da-DK",
      "Danish 2027 price list mail with an XLSX that even lists our ordered item codes at new prices - still not an answer to the PO.")
def c_pricelist(slug):
    s = Sup("GEDEF", "Nordisk Gedefoder A/S", "salg@gedefoder.example", "da-DK", "Lars Holm")
    po = PO("4500085470", s, "DKK", "2026-11-23", [
        ("NG-HAY-100", "Hay rack for goats 100 cm, galvanised", 20, "EA", "489.00", "2026-12-17"),
        ("NG-LICK-10", "Mineral lick holder 10 kg", 40, "EA", "64.00", "2026-12-17"),
    ], buyer=B_MIRA)
    D = Decimal
    rows = [["Prisliste 2027 - gældende fra 1. januar 2027"], [],
            ["Varenr.", "Beskrivelse", "Enhed", "Pris DKK ekskl. moms", "Gyldig fra"],
            ["NG-HAY-100", "Høhæk til geder 100 cm, galv.", "stk", D("515.00"), dt.date(2027, 1, 1)],
            ["NG-HAY-150", "Høhæk til geder 150 cm, galv.", "stk", D("689.00"), dt.date(2027, 1, 1)],
            ["NG-LICK-10", "Holder til slikkesten 10 kg", "stk", D("67.00"), dt.date(2027, 1, 1)],
            ["NG-TRUG-2M", "Foderkrybbe 2 m", "stk", D("1245.00"), dt.date(2027, 1, 1)]]
    x = make_xlsx(rows, sheet="Prisliste 2027", creator="Microsoft Excel")
    body = ["Kære kunde,", "Vedhæftet finder du vores prisliste for 2027, som gælder for alle ordrer med levering fra 1. januar 2027.\n"
            "Ordrer med levering i 2026 faktureres til de nuværende priser.",
            "Med venlig hilsen\nLars Holm\nSalgschef\nNordisk Gedefoder A/S · Landevejen 44 · 8700 Horsens · Tlf. 75 62 10 88"]
    eml = reply(slug, po, date="2026-11-25 11:20", client="outlook", body=body, quote=False, threaded=False,
                subject="Prisliste 2027 / Price list 2027", frm=("Lars Holm", "salg@gedefoder.example"), charset="iso-8859-1",
                to=[("Mira Ostrowski", "mira.ostrowski@halden-group.example")],
                attachments=[att_part(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Prisliste_2027.xlsx")])
    return [po], eml, expected("unrelated", "General price list for 2027; it names our item codes but explicitly applies only from 2027, "
                               "and the PO (delivery 2026-12-17) is neither mentioned nor answered.")


@case("davits-new-date-only-in-quote", "needs_review/es-ES",
      "'Confirmado con la nueva fecha de entrega según abajo' - but below is only our own request with our requested date.")
def c_quote_only(slug):
    s = Sup("PESCAN", "Pescantes Navales del Cantábrico S.L.", "pedidos@pescantescantabrico.example", "es-ES", "Iñaki Etxeberria")
    po = PO("4500085501", s, "EUR", "2026-11-23", [
        ("PC-DAV-RESC", "Rescue boat davit SWL 1.2 t, 24V control", 1, "SET", "19800.00", "2027-01-22"),
        ("PC-HOOK-12", "Release hook 1.2 t", 2, "EA", "2350.00", "2027-01-22"),
    ], buyer=B_JONAS)
    body = ["Buenos días Jonas,", "Confirmado con la nueva fecha de entrega según abajo.",
            "Saludos,\nIñaki Etxeberria\nPescantes Navales del Cantábrico S.L.\nMuelle de Zorroza s/n, 48013 Bilbao\nTel. +34 944 41 27 60"]
    eml = reply(slug, po, date="2026-11-25 12:44", client="outlook", body=body, lang="es", charset="iso-8859-1")
    return [po], eml, expected("needs_review", "Refers to a 'new delivery date below', but the only date below is our own requested date in the quoted request; "
                               "the new date is missing, so nothing can be recorded.")
