"""Cases D: auto-replies, bounces (DSNs) and unrelated mail from suppliers with open POs."""

from datetime import date, timedelta
from html import escape

from . import common as C
from . import mime as M
from .common import L, PO, Case, dt, sup, tz, expect
from .pdf import PdfDoc, table
from .xlsx import XLSX_TYPE, make_xlsx


def finish(key, slug, kind, locale, hard, pos, body, headers, expected):
    return Case(key, slug, kind, locale, hard, pos, M.serialize(M.build(body, headers)), expected)


def _rcv(host, ip, dtm, rcpt):
    return "from %s (%s [%s])\n\tby mx1.%s (Postfix) with ESMTPS id 4%s\n\tfor <%s>; %s" % (
        host, host, ip, C.BUYER_DOMAIN, M.hx(host + str(dtm), 11).upper(), rcpt, M.date_hdr(dtm.astimezone(C.TZ_BUYER)))


# =========================================================================== auto_reply
def d01():
    s = sup("KESSNERORG", "Orgelpfeifenbau Kessner GmbH", "a.roth@kessner-orgelpfeifen.example", "de-DE")
    po = PO("4500022064", s, "sofia", "EUR", "2026-11-30", [
        L(1, "OP-GED8-OAK", "Organ pipes, Gedackt 8', oak, 12 bass pipes", 1, "SET", "3900.00", "2027-01-15"),
        L(2, "OP-REED-TONG", "Reed tongue, brass, assorted sizes", 60, "PCS", "14.50", "2027-01-15"),
    ], sent="2026-11-30 09:12")
    text = """Sehr geehrte Damen und Herren,

ich bin bis einschließlich 04.12.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Herrn Tobias Frank (t.frank@kessner-orgelpfeifen.example, Tel. +49 7141 555-212).

Ab Montag, 07.12.2026 bin ich wieder für Sie da.

Mit freundlichen Grüßen
Anja Roth

---
I am out of the office until 4 December 2026 inclusive. For urgent matters please contact Mr Tobias Frank (t.frank@kessner-orgelpfeifen.example).
"""
    body = M.multipart("alternative", [M.text_part(text, "plain", "iso-8859-1", "quoted-printable"),
                                       M.text_part(M.outlook_html_doc(M.text_to_mso(text), "iso-8859-1", "DE"), "html",
                                                   "iso-8859-1", "quoted-printable")], M.b_outlook("d01"))
    hs = M.reply_headers(po, M.addr("Roth, Anja", "a.roth@kessner-orgelpfeifen.example"), dt("2026-11-30 09:12") + timedelta(seconds=7),
                         M.id_outlook("d01"), M.hdr("Automatische Antwort: " + po.subject, "iso-8859-1"),
                         extra=[("Thread-Topic", po.subject), ("Auto-Submitted", "auto-replied"),
                                ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", s["email"]),
                                ("Content-Language", "de-DE")])
    exp = expect("auto_reply", "Exchange out-of-office (Auto-Submitted: auto-replied) in German and English; the dates "
                               "04.12.2026 / 07.12.2026 are absence dates, not delivery dates.")
    return finish("d01", "de-organ-pipes-out-of-office", "auto_reply", "de-DE",
                  "out-of-office with return dates that look like delivery dates", [po], body, hs, exp)


def d02():
    s = sup("OGWENFIX", "Ogwen Roofing Fixings Ltd", "sales@ogwenfixings.example", "cy-GB")
    po = PO("4500022072", s, "peter", "GBP", "2026-11-27", [
        L(1, "RSH-CU-150W", "Slate hook, copper, 150 mm, Welsh pattern", 4000, "PCS", "0.095", "2026-12-14"),
        L(2, "RSH-SS-DISC", "Disc rivet, stainless, for slate repair", 2000, "PCS", "0.06", "2026-12-14"),
    ], sent="2026-11-27 10:48")
    text = """*** Neges awtomatig / Automatic reply ***

Sylwch: mae ein cyfeiriadau e-bost wedi newid. Nid yw'r blwch post hwn (sales@ogwenfixings.example) yn cael ei fonitro mwyach. Anfonwch eich neges eto at archebion@ogwen-roofing.example os gwelwch yn dda.

Please note: our email addresses have changed. This mailbox (sales@ogwenfixings.example) is no longer monitored and your message has NOT been passed on. Please resend your order or enquiry to orders@ogwen-roofing.example.

Diolch / Thank you
Ogwen Roofing Fixings Ltd
Uned 3, Parc Diwydiannol Llandygai, Bangor LL57 4YH
01248 555 120
"""
    body = M.text_part(text, "plain", "us-ascii", "7bit")
    hs = M.reply_headers(po, M.addr("Ogwen Roofing Fixings", s["email"]), dt("2026-11-27 09:48", tz(0)) + timedelta(seconds=12),
                         M.id_simple("d02", "ogwenfixings.example", "autoreply."), "Automatic reply: " + po.subject,
                         extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply"),
                                ("X-Autoreply", "yes")], return_path="<>")
    exp = expect("auto_reply", "Bilingual Welsh/English auto-reply announcing a new e-mail address; the order was not "
                               "passed on and nothing is confirmed.")
    return finish("d02", "cy-slate-hooks-new-address-autoreply", "auto_reply", "cy-GB",
                  "auto-reply announcing a new address (Welsh/English), null Return-Path", [po], body, hs, exp)


def d03():
    s = sup("AGUJASAND", "Agujas Industriales Andinas S.A.S.", "servicioalcliente@agujasandinas.example", "es-CO")
    po = PO("4500022081", s, "dana", "COP", "2026-11-25", [
        L(1, "ISN-DBX1-100-CO", "Industrial needle DBx1, Nm 100/16", 10000, "PCS", "640", "2026-12-16"),
        L(2, "ISN-DVX57-90", "Industrial needle DVx57 (coverstitch), Nm 90/14", 5000, "PCS", "880", "2026-12-16"),
    ], sent="2026-11-25 15:20")
    text = """Estimado(a) Dana Ruiz,

Hemos recibido su solicitud y se ha creado el caso #48213: "%s".

Nuestro equipo le responderá en un plazo máximo de 2 días hábiles. Para agregar información a su caso, responda a este correo sin modificar el asunto.

Horario de atención: lunes a viernes de 8:00 a. m. a 5:00 p. m. (hora de Colombia).

Atentamente,
Servicio al Cliente
Agujas Industriales Andinas S.A.S.
Medellín, Colombia

-----------------------------------------
Su mensaje:

%s""" % (po.subject, C.request_text(po))
    html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">%s</body></html>' %
            "<br>".join(escape(l) for l in text.split("\n")))
    body = M.multipart("alternative", [M.text_part(text, "plain", "UTF-8", "quoted-printable", quote_charset=False),
                                       M.text_part(html, "html", "UTF-8", "quoted-printable", quote_charset=False)],
                       "--==_mimepart_" + M.hx("d03", 24))
    hs = M.reply_headers(po, M.addr("Servicio al Cliente - Agujas Andinas", "soporte@agujasandinas.freshdesk.example"),
                         dt("2026-11-25 09:21", tz(-5)), M.id_simple("d03", "freshdesk.example", "ticket.48213."),
                         "[Caso #48213] " + po.subject,
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Freshdesk-Ticket-Id", "48213"),
                                ("Reply-To", "soporte@agujasandinas.freshdesk.example"), ("Precedence", "bulk")],
                         host="mx-out.freshdesk.example", ip="198.51.100.77")
    exp = expect("auto_reply", "Helpdesk ticket receipt that quotes our whole request (all PO figures) below; it only "
                               "acknowledges receipt.")
    return finish("d03", "es-co-sewing-needles-helpdesk-ticket", "auto_reply", "es-CO",
                  "helpdesk receipt quoting the full PO request", [po], body, hs, exp)


def d04():
    s = sup("OSAKASPK", "Osaka Spoke Seisakusho K.K.", "info@osaka-spoke.example", "ja-JP")
    po = PO("4500022093", s, "mats", "JPY", "2026-12-01", [
        L(1, "SPK-JP-14G-280", "Spoke, stainless 14G, 280 mm", 3000, "PCS", "32", "2026-12-18"),
        L(2, "NIP-JP-14G", "Spoke nipple, brass, nickel-plated, 14G", 3000, "PCS", "9", "2026-12-18"),
    ], sent="2026-12-01 09:30")
    text = """※本メールはシステムより自動送信しております。

Mats Lindqvist 様

このたびはお問い合わせいただき、誠にありがとうございます。
以下の内容でメールを受け付けいたしました。担当者より2営業日以内にご連絡いたします。

件名：%s

なお、誠に勝手ながら、弊社では下記の期間を年末年始休業とさせていただきます。

休業期間：2026年12月26日（土）〜2027年1月5日（火）

休業期間中にいただいたお問い合わせにつきましては、1月6日（水）以降、順次対応させていただきます。
本メールは送信専用のため、ご返信いただいてもお答えできません。

株式会社大阪スポーク製作所
〒577-0065 大阪府東大阪市高井田中 3-5-12
TEL 06-6555-1234
""" % po.subject
    body = M.text_part(text, "plain", "ISO-2022-JP", "7bit", quote_charset=False)
    hs = M.reply_headers(po, M.addr("大阪スポーク製作所", "noreply@osaka-spoke.example", "iso-2022-jp"),
                         dt("2026-12-01 17:30", tz(9)) + timedelta(seconds=4), M.id_simple("d04", "osaka-spoke.example"),
                         M.hdr("【自動返信】お問い合わせを受け付けました", "iso-2022-jp"),
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "WEB-MAIL Autoresponder")])
    exp = expect("auto_reply", "Japanese (ISO-2022-JP) automatic receipt with year-end holiday notice: the dates "
                               "2026年12月26日〜2027年1月5日 are closure dates, nothing is committed.")
    return finish("d04", "ja-spokes-autoreply-year-end-closure", "auto_reply", "ja-JP",
                  "ISO-2022-JP auto-receipt with holiday-closure dates, subject without PO number", [po], body, hs, exp)


def d05():
    s = sup("ENSWALL", "Enseignes Lumineuses Wallonnes SA", "commandes@enseignes-wallonnes.example", "fr-BE")
    po = PO("4500022105", s, "dana", "EUR", "2026-12-02", [
        L(1, "NST-BE-6030", "Neon sign transformer 6 kV / 30 mA, indoor", 40, "EA", "58.00", "2026-12-18"),
        L(2, "NST-BE-8030", "Neon sign transformer 8 kV / 30 mA, indoor", 40, "EA", "63.50", "2026-12-18"),
    ], sent="2026-12-02 14:05")
    text = """Madame, Monsieur,

Nous accusons bonne réception de votre commande n° 4500022105 du 02/12/2026.

Elle sera traitée dans les 48 heures ouvrables par notre service commercial, qui vous fera parvenir une confirmation de commande reprenant les quantités, prix et délais de livraison.

Ceci est un message automatique, merci de ne pas y répondre.

Enseignes Lumineuses Wallonnes SA
Rue de l'Industrie 44 - 4020 Liège - Belgique
TVA BE 0455.551.203
"""
    body = M.text_part(text, "plain", "iso-8859-1", "quoted-printable")
    hs = M.reply_headers(po, M.addr("Enseignes Lumineuses Wallonnes - Commandes", "no-reply@enseignes-wallonnes.example"),
                         dt("2026-12-02 14:05") + timedelta(seconds=31), M.id_simple("d05", "enseignes-wallonnes.example", "ack."),
                         M.hdr("Accusé de réception - commande 4500022105", "iso-8859-1"),
                         extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    exp = expect("auto_reply", "Automatic order-receipt acknowledgment naming the PO: it promises a confirmation within "
                               "48 hours but commits to no quantity, price or date.")
    return finish("d05", "fr-be-neon-transformers-auto-receipt", "auto_reply", "fr-BE",
                  "automatic 'accusé de réception' naming the PO, no commitment", [po], body, hs, exp)


# =========================================================================== bounces
def d06():
    s = sup("RIGALP", "SIA Rigas Laivu Piederumi", "pasutijumi@rlp.example", "lv-LV")
    po = PO("4500022112", s, "peter", "EUR", "2026-11-24", [
        L(1, "MCL-SS-180-LV", "Cleat, stainless, 180 mm, open base", 100, "EA", "12.80", "2026-12-15"),
        L(2, "MCL-SS-230-LV", "Cleat, stainless, 230 mm, open base", 60, "EA", "16.90", "2026-12-15"),
    ], sent="2026-11-24 11:02")
    when = dt("2026-11-24 11:02") + timedelta(seconds=9)
    qid = "4Xk7Pq2mZ8z1Rt"
    text = """This is the mail system at host smtp-out.corvan-sourcing.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pasutijumi@rlp.example>: host mx.rlp.example[203.0.113.88] said: 550 5.1.1
    <pasutijumi@rlp.example>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    ds = M.delivery_status([
        [("Reporting-MTA", "dns; smtp-out.corvan-sourcing.example"), ("X-Postfix-Queue-ID", qid),
         ("X-Postfix-Sender", "rfc822; " + po.buyer_email), ("Arrival-Date", M.date_hdr(po.sent))],
        [("Final-Recipient", "rfc822; pasutijumi@rlp.example"), ("Original-Recipient", "rfc822;pasutijumi@rlp.example"),
         ("Action", "failed"), ("Status", "5.1.1"), ("Remote-MTA", "dns; mx.rlp.example"),
         ("Diagnostic-Code", "smtp; 550 5.1.1 <pasutijumi@rlp.example>: Recipient address\n    rejected: User unknown in virtual mailbox table")]])
    orig = M.rfc822(M.request_message(po), extra=[("Content-Description", "Undelivered Message")])
    p1 = M.text_part(text, "plain", "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    ds["Content-Description"] = "Delivery report"
    body = M.multipart("report", [p1, ds, orig], "%s.1764065538/smtp-out.corvan-sourcing.example" % qid,
                       params=" report-type=delivery-status;", preamble="This is a MIME-encapsulated message.")
    hs = [("Return-Path", "<>"), ("Received", "by smtp-out.corvan-sourcing.example (Postfix)\n\tid %s; %s" % (qid, M.date_hdr(when))),
          ("Date", M.date_hdr(when)), ("From", "MAILER-DAEMON@smtp-out.corvan-sourcing.example (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", po.buyer_email), ("Auto-Submitted", "auto-replied"),
          ("Message-Id", "<20261124100209.%s@smtp-out.corvan-sourcing.example>" % qid)]
    exp = expect("bounce", "Postfix DSN (multipart/report, 550 5.1.1 user unknown); the returned original is our request "
                           "with all PO figures.")
    return finish("d06", "lv-cleats-postfix-user-unknown", "bounce", "lv-LV",
                  "Postfix multipart/report with our full request attached as message/rfc822", [po], body, hs, exp)


def d07():
    s = sup("GLYACHT", "Great Lakes Yacht Hardware Inc.", "orders@greatlakesyacht.example", "en-CA")
    po = PO("4500022120", s, "mats", "CAD", "2026-11-26", [
        L(1, "YWH-GL-10LK", "Winch handle 10 in, lock-in, aluminium, with grip", 36, "EA", "64.50", "2026-12-15"),
        L(2, "YWH-GL-8PK", "Winch handle 8 in, pocket size", 24, "EA", "52.00", "2026-12-15"),
    ], sent="2026-11-26 15:22")
    when = dt("2026-11-26 09:22", tz(-5)) + timedelta(seconds=14)
    plain = """Delivery has failed to these recipients or groups:

orders@greatlakesyacht.example
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.


Diagnostic information for administrators:

Generating server: YT3PR01MB8841.CANPRD01.PROD.OUTLOOK.COM

orders@greatlakesyacht.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'

Original message headers:

Received: from mx1.corvan-sourcing.example (203.0.113.10) by
 YT3PR01MB8841.CANPRD01.PROD.OUTLOOK.COM with Microsoft SMTP Server
 id 15.20.8207.15; Thu, 26 Nov 2026 14:22:21 +0000
From: %s <%s>
To: %s
Subject: %s
Date: %s
Message-ID: %s
""" % (po.buyer_name, po.buyer_email, s["email"], po.subject, M.date_hdr(po.sent), po.request_id)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
            '<p><b><font color="#000066" size="3" face="Arial">Your message to orders@greatlakesyacht.example couldn\'t be '
            'delivered.</font></b></p><p><font size="2" face="Tahoma">orders wasn\'t found... the mailbox is full. '
            '<b>Action Required</b>: Try again later.</font></p>'
            '<table><tr><td><font size="2">Mats Lindqvist</font></td><td><font size="2">Office 365</font></td>'
            '<td><font size="2">orders</font></td></tr><tr><td>Sender</td><td></td><td><b>Mailbox full</b></td></tr></table>'
            '<p><font size="2" face="Tahoma"><b>How to Fix It</b><br>The recipient\'s mailbox is full and can\'t accept '
            'messages now. Please try resending your message later, or contact the recipient directly.</font></p>'
            '<p><font size="2" face="Tahoma">Diagnostic information for administrators:<br>Generating server: '
            'YT3PR01MB8841.CANPRD01.PROD.OUTLOOK.COM<br>Remote Server returned \'554 5.2.2 mailbox full; '
            'STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\'</font></p></body></html>')
    alt = M.multipart("alternative", [M.text_part(plain, "plain", "us-ascii", "quoted-printable"),
                                      M.text_part(html, "html", "us-ascii", "quoted-printable")], M.b_outlook("d07alt"))
    ds = M.delivery_status([
        [("Reporting-MTA", "dns;YT3PR01MB8841.CANPRD01.PROD.OUTLOOK.COM"), ("Received-From-MTA", "dns;mx1.corvan-sourcing.example"),
         ("Arrival-Date", "Thu, 26 Nov 2026 14:22:21 +0000")],
        [("Original-Recipient", "rfc822;orders@greatlakesyacht.example"), ("Final-Recipient", "rfc822;orders@greatlakesyacht.example"),
         ("Action", "failed"), ("Status", "5.2.2"),
         ("Diagnostic-Code", "smtp;554 5.2.2 mailbox full;\n STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded")]])
    orig = M.rfc822(M.request_message(po))
    body = M.multipart("report", [alt, ds, orig], M.b_outlook("d07"), params=" report-type=delivery-status;")
    hs = [("Return-Path", "<>"), ("Received", _rcv("mail-yt3can01on2101.outbound.protection.outlook.example", "40.107.115.101", when, po.buyer_email)),
          ("From", "Microsoft Outlook <postmaster@greatlakesyacht.example>"), ("To", M.addr(po.buyer_name, po.buyer_email)),
          ("Date", M.date_hdr(when)), ("Subject", "Undeliverable: " + po.subject),
          ("Message-ID", "<%s@YT3PR01MB8841.CANPRD01.PROD.OUTLOOK.COM>" % M.id_uuid("d07", "x")[1:37]),
          ("In-Reply-To", po.request_id), ("References", po.request_id), ("Auto-Submitted", "auto-replied"),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")]
    exp = expect("bounce", "Exchange Online NDR 'Undeliverable:' (554 5.2.2 mailbox full) with HTML and text parts, "
                           "delivery-status and the original request attached.")
    return finish("d07", "en-ca-winch-handles-exchange-ndr-mailbox-full", "bounce", "en-CA",
                  "Exchange Online NDR (mailbox full), carries In-Reply-To like a reply", [po], body, hs, exp)


def d08():
    s = sup("HERMISUR", "Herramientas Mineras del Sur S.A.C.", "ventas@hermisur.example", "es-PE")
    po = PO("4500022127", s, "aylin", "PEN", "2026-11-30", [
        L(1, "QW-PE-PF20", "Plug and feathers set, 20 mm", 300, "SET", "38.50", "2026-12-21"),
        L(2, "QW-PE-PF25", "Plug and feathers set, 25 mm", 200, "SET", "46.00", "2026-12-21"),
    ], sent="2026-11-30 16:12")
    when = dt("2026-11-30 07:12", tz(-8)) + timedelta(seconds=55)
    txt = """
** Address not found **

Your message wasn't delivered to jcastillo.hermisur@gmail.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7b1f2c4c1a5si2210338a12.187 - gsmtp
"""
    html = ('<html><head></head><body><div style="font-family:Google Sans,Roboto,Arial;"><table cellpadding="0" '
            'cellspacing="0" style="padding-top:32px;background-color:#ffffff;"><tr><td>'
            '<h1 style="font-size:24px;color:#d93025">Address not found</h1>'
            '<p>Your message wasn\'t delivered to <a style="color:#212121;text-decoration:none"><b>jcastillo.hermisur@gmail.example</b></a> '
            'because the address couldn\'t be found, or is unable to receive mail.</p>'
            '<p>The response from the remote server was:</p><p style="font-family:monospace">550 5.1.1 The email account '
            'that you tried to reach does not exist.</p></td></tr></table></div></body></html>')
    alt = M.multipart("alternative", [M.text_part(txt, "plain", "UTF-8", "7bit", quote_charset=False),
                                      M.text_part(html, "html", "UTF-8", "7bit", quote_charset=False)], M.b_gmail("d08alt"))
    rel = M.multipart("related", [alt], M.b_gmail("d08rel"))
    ds = M.delivery_status([
        [("Reporting-MTA", "dns; googlemail.com"), ("Received-From-MTA", "dns; mx1.corvan-sourcing.example"),
         ("Arrival-Date", "Mon, 30 Nov 2026 07:12:40 -0800 (PST)"), ("X-Original-Message-ID", po.request_id)],
        [("Final-Recipient", "rfc822; jcastillo.hermisur@gmail.example"), ("Action", "failed"), ("Status", "5.1.1"),
         ("Remote-MTA", "dns; gmail-smtp-in.l.google.com. (2607:f8b0:4023:1004::1a, the server for the domain gmail.example.)"),
         ("Diagnostic-Code", "smtp; 550-5.1.1 The email account that you tried to reach does not exist."),
         ("Last-Attempt-Date", "Mon, 30 Nov 2026 07:12:55 -0800 (PST)")]])
    orig = M.rfc822(M.request_message(po))
    body = M.multipart("report", [rel, ds, orig], M.b_gmail("d08"), params=" report-type=delivery-status;")
    hs = [("Return-Path", "<>"), ("Received", _rcv("mail-sor-f69.google.com", "209.85.220.69", when, po.buyer_email)),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", po.buyer_email),
          ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Failure)"),
          ("References", po.request_id), ("In-Reply-To", po.request_id),
          ("X-Failed-Recipients", "jcastillo.hermisur@gmail.example"),
          ("Message-ID", "<6566b3d0.%s.ff8c@mx.google.com>" % M.hx("d08", 16)), ("Date", M.date_hdr(when))]
    exp = expect("bounce", "Gmail DSN: the supplier's group address forwarded to a member mailbox that no longer exists; "
                           "failing address differs from the supplier address on the PO.")
    return finish("d08", "es-pe-quarry-wedges-gmail-forward-bounce", "bounce", "es-PE",
                  "Gmail 'Address not found' for a forwarded member address, In-Reply-To set", [po], body, hs, exp)


def d09():
    s = sup("CORONETI", "Corone Ticino SA", "ordini@corone-ticino.example", "it-CH")
    po = PO("4500022134", s, "mats", "CHF", "2026-12-01", [
        L(1, "WCR-TI-SS-45", "Watch crown, stainless steel, dia. 4.5 mm, push-pull", 600, "PCS", "11.40", "2026-12-18"),
        L(2, "WCR-TI-GASK", "Crown gasket set, FKM", 600, "SET", "1.85", "2026-12-18"),
    ], sent="2026-12-01 10:40")
    when = dt("2026-12-01 10:40") + timedelta(seconds=20)
    orig = M.serialize(M.request_message(po, received_by="from mx1.corvan-sourcing.example (203.0.113.10)\n  by mail.corone-ticino.example with SMTP; 1 Dec 2026 09:40:13 -0000")).decode("ascii").replace("\r\n", "\n")
    text = """Hi. This is the qmail-send program at mail.corone-ticino.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ordini@corone-ticino.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <%s>
Received: (qmail 28841 invoked from network); 1 Dec 2026 09:40:13 -0000
%s""" % (po.buyer_email, orig)
    body = M.text_part(text, "plain", "us-ascii", "7bit", ctype="text/plain")
    hs = [("Return-Path", "<>"), ("Received", _rcv("mail.corone-ticino.example", "203.0.113.140", when, po.buyer_email)),
          ("Date", "1 Dec 2026 09:40:20 -0000"), ("From", "MAILER-DAEMON@mail.corone-ticino.example"),
          ("To", po.buyer_email), ("Subject", "failure notice"),
          ("Message-ID", "<20261201094020.28843.qmail@mail.corone-ticino.example>")]
    exp = expect("bounce", "qmail 'failure notice': plain text, no multipart/report, no In-Reply-To; the copy of our "
                           "request below the line contains every PO figure.")
    return finish("d09", "it-ch-watch-crowns-qmail-failure", "bounce", "it-CH",
                  "qmail plain-text bounce with the whole original inline, generic subject", [po], body, hs, exp)


def d10():
    s = sup("BRATPANT", "Bratislavské zberače s.r.o.", "objednavky@bratzberace.example", "sk-SK")
    po = PO("4500022141", s, "peter", "EUR", "2026-11-24", [
        L(1, "TPS-SK-CU-1300", "Pantograph contact strip, copper-carbon, 1300 mm", 50, "PCS", "172.00", "2026-12-17"),
        L(2, "TPS-SK-AL-1300", "Pantograph carrier, aluminium, 1300 mm", 50, "PCS", "96.00", "2026-12-17"),
    ], sent="2026-11-24 10:22")
    mid = "1vKp3R-0004Zq-2m"
    when = dt("2026-11-25 10:31") + timedelta(seconds=2)
    text = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on smtp-relay.corvan-sourcing.example.

The message identifier is:     %s
The subject of the message is: %s
The date of the message is:    %s

The address to which the message has not yet been delivered is:

  objednavky@bratzberace.example
    host mx1.bratzberace.example [203.0.113.201]
    Delay reason: SMTP error from remote mail server after initial connection:
    421 4.7.0 mx1.bratzberace.example Service not available, closing transmission channel

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""" % (mid, po.subject, M.date_hdr(po.sent))
    ds = M.delivery_status([
        [("Reporting-MTA", "dns; smtp-relay.corvan-sourcing.example")],
        [("Action", "delayed"), ("Final-Recipient", "rfc822;objednavky@bratzberace.example"), ("Status", "4.0.0"),
         ("Remote-MTA", "dns; mx1.bratzberace.example"),
         ("Diagnostic-Code", "smtp; 421 4.7.0 mx1.bratzberace.example Service not available, closing transmission channel"),
         ("Will-Retry-Until", "Tue, 01 Dec 2026 10:22:00 +0100")]])
    hdrs = M.serialize(M.request_message(po)).decode("ascii").split("\r\n\r\n", 1)[0].replace("\r\n", "\n") + "\n"
    rh = M.text_part(hdrs, "rfc822-headers", "us-ascii", "7bit", ctype="text/rfc822-headers")
    body = M.multipart("report", [M.text_part(text, "plain", "us-ascii", "7bit", ctype="text/plain; charset=us-ascii"), ds, rh],
                       "1764063062-eximdsn-1817405741", params=" report-type=delivery-status;")
    hs = [("Return-Path", "<>"), ("Received", "from Debian-exim by smtp-relay.corvan-sourcing.example with local (Exim 4.97)\n\tid 1vKpJQ-0007Xa-0s\n\tfor %s; %s" % (po.buyer_email, M.date_hdr(when))),
          ("X-Failed-Recipients", "objednavky@bratzberace.example"), ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@smtp-relay.corvan-sourcing.example>"), ("To", po.buyer_email),
          ("References", po.request_id), ("Subject", "Warning: message %s delayed 24 hours" % mid),
          ("Message-Id", "<E1vKpJQ-0007Xa-0s@smtp-relay.corvan-sourcing.example>"), ("Date", M.date_hdr(when))]
    exp = expect("bounce", "Exim delay warning (Action: delayed, 4.0.0), not a final failure: still a delivery status "
                           "notification, nothing from the supplier.")
    return finish("d10", "sk-pantograph-exim-delay-warning", "bounce", "sk-SK",
                  "DSN delay warning (not final), text/rfc822-headers only", [po], body, hs, exp)


# =========================================================================== unrelated
def d11():
    s = sup("GLASWW", "Glasurenwerk Westerwald GmbH", "vertrieb@glasurenwerk-ww.example", "de-DE")
    po = PO("4500022150", s, "dana", "EUR", "2026-11-26", [
        L(1, "PG-WW-SALT", "Salt-glaze effect stoneware glaze, grey, powder", 50, "KG", "12.80", "2026-12-16"),
        L(2, "PG-WW-COB", "Cobalt blue underglaze, powder", 10, "KG", "46.00", "2026-12-16"),
    ], sent="2026-11-26 11:00")
    text = """Sehr geehrte Damen und Herren,

bei der Durchsicht unserer Konten haben wir festgestellt, dass folgende Rechnung noch offen ist:

Rechnung 2026-10457 vom 15.10.2026 zu Ihrer Bestellung 4500020987
Rechnungsbetrag: 2.384,55 EUR, fällig am 14.11.2026

Sicher handelt es sich nur um ein Versehen. Bitte überweisen Sie den Betrag bis zum 07.12.2026 auf unser Konto bei der Westerwald Bank, IBAN DE12 5739 1800 0012 3456 78.

Sollten Sie die Zahlung inzwischen veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Buchhaltung
Glasurenwerk Westerwald GmbH
Rheinstraße 18 · 56203 Höhr-Grenzhausen
"""
    doc = PdfDoc(title="Zahlungserinnerung", author="Glasurenwerk Westerwald GmbH", creator="DATEV",
                 producer="DATEV Unternehmen online", created="20261202080000+01'00'")
    doc.text(50, 800, "Glasurenwerk Westerwald GmbH", 14, True)
    doc.lines(50, 750, ["Corvan Industrial Sourcing GmbH", "Kreditorenbuchhaltung", "Hafenstrasse 41", "21079 Hamburg"], 10)
    doc.text(50, 680, "ZAHLUNGSERINNERUNG", 12, True)
    doc.text(400, 680, "Datum: 02.12.2026", 9)
    y = table(doc, [50, 150, 240, 340, 420, 490], 650, ["Rechnung", "Datum", "Ihre Bestellung", "Fällig", "Betrag EUR", "offen"], [
        ["2026-10457", "15.10.2026", "4500020987", "14.11.2026", "2.384,55", "2.384,55"]], size=9, right_cols=(4, 5))
    doc.lines(50, y - 20, ["Bitte überweisen Sie den offenen Betrag bis zum 07.12.2026.",
                           "IBAN DE12 5739 1800 0012 3456 78 - BIC GENODE51WW1"], 9)
    att = M.attachment(doc.build(), "application/pdf", "Zahlungserinnerung_2026-10457.pdf")
    body = M.multipart("mixed", [M.text_part(text, "plain", "iso-8859-15", "quoted-printable"), att], M.b_tb("d11"),
                       preamble="This is a multi-part message in MIME format.")
    hs = M.reply_headers(po, M.addr("Glasurenwerk Westerwald Buchhaltung", "buchhaltung@glasurenwerk-ww.example"),
                         dt("2026-12-02 08:05"), M.id_uuid("d11", "glasurenwerk-ww.example"),
                         "Zahlungserinnerung Rechnung 2026-10457", in_reply_to=False, references=False,
                         extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = expect("unrelated", "Payment reminder for an older invoice (PO 4500020987, not open here) from the same "
                              "supplier as open PO 4500022150; amounts and dates are about the invoice.")
    return finish("d11", "de-glazes-payment-reminder-other-invoice", "unrelated", "de-DE",
                  "payment reminder for another invoice from a supplier with an open PO", [po], body, hs, exp)


def d12():
    s = sup("NAUTLIG", "Nautica Ferramenta Ligure S.r.l.", "ordini@nauticaligure.example", "it-IT")
    po = PO("4500022163", s, "peter", "EUR", "2026-11-27", [
        L(1, "MCL-LIG-ALU-200", "Cleat, aluminium, 200 mm, with cover plate", 80, "EA", "19.20", "2026-12-16"),
        L(2, "MCL-LIG-NYL-150", "Cleat, glass-filled nylon, 150 mm", 200, "EA", "4.30", "2026-12-16"),
    ], sent="2026-11-27 14:20")
    html = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Newsletter dicembre 2026</title></head>
<body style="margin:0;background:#eef2f5"><center><table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif">
<tr><td style="background:#0b3d63;color:#fff;padding:24px;font-size:22px"><b>Nautica Ferramenta Ligure</b> &middot; Newsletter dicembre 2026</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<p>Gentile cliente,</p>
<p>anche quest'anno vi ringraziamo per la fiducia. Ecco le novità di fine stagione:</p>
<h3>Chiusura natalizia</h3>
<p>Il nostro magazzino resterà chiuso <b>dal 24/12/2026 al 06/01/2027</b>. Gli ordini ricevuti dopo il 16/12 saranno evasi a partire dal 07/01/2027.</p>
<h3>Catalogo 2027</h3>
<p>È online il nuovo catalogo 2027 con oltre 300 nuovi articoli: bitte in alluminio anodizzato, gallocce in nylon caricato vetro e la nuova linea di maniglie per winch in carbonio.</p>
<p>Listino 2027 in vigore dal 1° febbraio 2027: aumento medio del 3,5%.</p>
<h3>Fiere</h3>
<p>Vi aspettiamo al <b>Boot Düsseldorf</b>, 16-24 gennaio 2027, padiglione 11, stand B42.</p>
<p style="text-align:center"><a href="https://www.nauticaligure.example/catalogo-2027" style="background:#e8731a;color:#fff;padding:12px 24px;text-decoration:none">Sfoglia il catalogo</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#777">Nautica Ferramenta Ligure S.r.l. &middot; Via del Molo 12, 16128 Genova &middot; P.IVA 01555120990<br>
Ricevi questa e-mail perché sei cliente di Nautica Ferramenta Ligure. <a href="https://nauticaligure.example/unsub?u=c0rv4n">Annulla l'iscrizione</a></td></tr>
</table></center></body></html>
"""
    body = M.text_part(html, "html", "utf-8", "quoted-printable")
    hs = M.reply_headers(po, M.addr("Nautica Ferramenta Ligure", "newsletter@nauticaligure.example"), dt("2026-12-01 10:00"),
                         "<20261201090000.%s@mail.sender.nauticaligure.example>" % M.hx("d12", 20),
                         "Chiusura natalizia, catalogo 2027 e Boot Düsseldorf", to=po.buyer_email,
                         in_reply_to=False, references=False, host="mta-42.sender.nauticaligure.example", ip="198.51.100.142",
                         return_path="<bounce-mc.us21_555120.4410-%s@mail.sender.nauticaligure.example>" % M.hx("d12", 8),
                         extra=[("List-Unsubscribe", "<https://nauticaligure.example/unsub?u=c0rv4n>, <mailto:unsubscribe@nauticaligure.example>"),
                                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                                ("X-Campaign-Id", "dic-2026-newsletter")])
    hs = [(k, M.hdr(v) if k == "Subject" else v) for k, v in hs]
    exp = expect("unrelated", "HTML-only newsletter from the supplier of an open PO: holiday closure dates, 2027 price "
                              "increase '3,5%' and trade-fair dates, none of it about this order.")
    return finish("d12", "it-cleats-newsletter-html-only", "unrelated", "it-IT",
                  "HTML-only newsletter with closure dates and a price-increase percentage", [po], body, hs, exp)


def d13():
    s = sup("MESITARV", "Mesindustarbed OÜ", "muuk@mesindustarbed.example", "et-EE")
    po = PO("4500022179", s, "dana", "EUR", "2026-11-30", [
        L(1, "BKF-EE-LS-FD", "Langstroth full-depth frame, pine, unassembled", 1200, "PCS", "0.84", "2026-12-18"),
        L(2, "BKF-EE-LS-SH", "Langstroth shallow frame, pine, unassembled", 800, "PCS", "0.76", "2026-12-18"),
    ], sent="2026-11-30 10:15")
    text = """Tere!

Saadame teile meie 2027. aasta hinnakirja (manuses). Uued hinnad kehtivad alates 01.01.2027; kuni 31.12.2026 esitatud tellimused täidame kehtiva hinnakirja alusel.

Dear customer, please find attached our price list for 2027. New prices apply from 01.01.2027; orders placed until 31.12.2026 are served at current prices.

Lugupidamisega / Best regards
Kadri Tamm
Mesindustarbed OÜ
Tööstuse 14, 50106 Tartu
+372 7 555 120
"""
    rows = [[("b", "Hinnakiri 2027 / Price list 2027")], ["Kehtib alates / valid from", date(2027, 1, 1)], [],
            [("b", h) for h in ["Tootekood", "Nimetus / Description", "Ühik", "Hind EUR 2026", "Hind EUR 2027"]],
            ["BKF-EE-LS-FD", "Langstroth raam, täiskõrge, mänd", "tk", ("n2", "0.84"), ("n2", "0.89")],
            ["BKF-EE-LS-SH", "Langstroth raam, madal, mänd", "tk", ("n2", "0.76"), ("n2", "0.80")],
            ["BKF-EE-DAD", "Dadant raam, mänd", "tk", ("n2", "0.92"), ("n2", "0.97")],
            ["BKF-EE-WAX", "Kärjepõhi, Langstroth", "tk", ("n2", "0.71"), ("n2", "0.74")]]
    x = make_xlsx([("Hinnakiri 2027", rows)], date_format="dd.mm.yyyy", creator="Kadri Tamm", company="Mesindustarbed OÜ",
                  widths=[16, 36, 6, 14, 14])
    att = M.attachment(x, XLSX_TYPE, "Hinnakiri_2027.xlsx")
    body = M.gmail_reply("d13", text, po, "", quote=False, attachments=[att])
    hs = M.reply_headers(po, M.addr("Kadri Tamm", "kadri@mesindustarbed.example"), dt("2026-12-02 09:40", tz(2)),
                         M.id_gmail("d13"), "Hinnakiri 2027 / Price list 2027", to="undisclosed-recipients:;",
                         in_reply_to=False, references=False, host="mail-lf1-f51.google.com", ip="209.85.167.51")
    exp = expect("unrelated", "Estonian/English price list 2027 (XLSX) sent to all customers: it lists the PO items with "
                              "new 2027 prices but is not an answer to the open PO (which it says is served at current prices).")
    return finish("d13", "et-beehive-frames-price-list-2027-xlsx", "unrelated", "et-EE",
                  "price list XLSX containing the PO's own item codes with other prices", [po], body, hs, exp)


def d14():
    s = sup("CLIPSALM", "Clips Invernadero Almería S.L.", "pedidos@clipsalmeria.example", "es-ES")
    po = PO("4500022186", s, "aylin", "EUR", "2026-12-01", [
        L(1, "GFC-ALM-32", "Greenhouse film clip, 32 mm tube, UV-stabilised", 12000, "PCS", "0.064", "2026-12-21"),
        L(2, "GFC-ALM-50", "Greenhouse film clip, 50 mm tube, UV-stabilised", 6000, "PCS", "0.088", "2026-12-21"),
    ], sent="2026-12-01 12:30")
    text = """Buenos días,

Adjuntamos factura FV26-1187 correspondiente a su pedido 4500020412 (albarán AL26-2291, entregado el 20/11/2026).

Vencimiento: 30 días fecha factura (03/01/2027).

Un saludo,

Administración
Clips Invernadero Almería S.L.
Ctra. de Níjar km 7 · 04120 La Cañada (Almería)
"""
    doc = PdfDoc(title="Factura FV26-1187", author="Clips Invernadero Almeria S.L.", creator="a3ERP",
                 producer="a3ERP 2026", created="20261204090000+01'00'")
    doc.text(50, 800, "CLIPS INVERNADERO ALMERÍA S.L.", 14, True)
    doc.text(50, 786, "CIF B04555120 · Ctra. de Níjar km 7 · 04120 La Cañada (Almería)", 8)
    doc.lines(330, 750, ["Corvan Industrial Sourcing GmbH", "Hafenstrasse 41", "21079 Hamburg (Alemania)", "VAT DE 815 552 031"], 10)
    doc.text(50, 690, "FACTURA N.º FV26-1187", 12, True)
    doc.lines(50, 674, ["Fecha: 04/12/2026", "Su pedido: 4500020412", "Albarán: AL26-2291 (20/11/2026)"], 9)
    y = table(doc, [50, 140, 330, 390, 460], 620, ["Código", "Descripción", "Cantidad", "Precio", "Importe €"], [
        ["GFC-ALM-32", "Clip para tubo 32 mm, UV", "10.000", "0,064", "640,00"],
        ["GFC-ALM-40", "Clip para tubo 40 mm, UV", "8.000", "0,071", "568,00"]], size=9, right_cols=(2, 3, 4))
    doc.lines(330, y - 10, ["Base imponible:     1.208,00", "IVA 0 % (entrega intracomunitaria)", "TOTAL EUR:          1.208,00"], 9)
    doc.lines(50, y - 60, ["Operación exenta art. 25 Ley 37/1992.", "Vencimiento: 03/01/2027 - Transferencia ES12 3058 0555 1200 0012 3456"], 8)
    att = M.attachment(doc.build(), "application/pdf", "FV26-1187.pdf")
    body = M.multipart("mixed", [M.text_part(text, "plain", "iso-8859-1", "quoted-printable"), att], M.b_plain("d14", "----=_NextPart_000_"),
                       preamble="This is a multi-part message in MIME format.")
    hs = M.reply_headers(po, M.addr("Administración Clips Invernadero", "administracion@clipsalmeria.example", "iso-8859-1"),
                         dt("2026-12-04 09:05"), M.id_simple("d14", "clipsalmeria.example"), "Factura FV26-1187 - pedido 4500020412",
                         in_reply_to=False, references=False, extra=[("X-Mailer", "a3ERP mail")])
    exp = expect("unrelated", "Invoice for an earlier, already delivered order (pedido 4500020412) from the supplier of "
                              "open PO 4500022186; overlapping item code GFC-ALM-32 with a different quantity and price.")
    return finish("d14", "es-greenhouse-clips-invoice-other-po", "unrelated", "es-ES",
                  "invoice PDF for another PO sharing an item code with the open PO", [po], body, hs, exp)


def d15():
    s = sup("ARDANJOU", "Ardoises et Fixations d'Anjou SARL", "commandes@ardoises-anjou.example", "fr-FR")
    po = PO("4500022194", s, "peter", "EUR", "2026-11-30", [
        L(1, "RSH-FR-INOX-110", "Slate hook, stainless steel, 110 mm, crochet inox", 8000, "PCS", "0.038", "2026-12-15"),
        L(2, "RSH-FR-CU-110", "Slate hook, copper, 110 mm", 3000, "PCS", "0.079", "2026-12-15"),
    ], sent="2026-11-30 15:45")
    nn = "\u202f"
    text = f"""Bonjour,

Votre commande 4500020876 a été expédiée ce jour.

Bon de livraison : BL-26-04412
Transporteur : Geodis Calberson - n° de suivi 7011 5520 4413 8
Contenu : 2 palettes - crochets inox 110 mm (10{nn}000 pièces) et crochets cuivre 130 mm (4{nn}000 pièces)
Livraison prévue : mardi 8 décembre 2026

Cordialement,

Service Expéditions
Ardoises et Fixations d'Anjou SARL
ZI des Ardoisières - 49800 Trélazé
"""
    body = M.text_part(text, "plain", "UTF-8", "quoted-printable")
    hs = M.reply_headers(po, M.addr("Service Expéditions - Ardoises d'Anjou", "expeditions@ardoises-anjou.example"),
                         dt("2026-12-03 16:20"), M.id_simple("d15", "ardoises-anjou.example", "exp."),
                         "Avis d'expédition - votre commande 4500020876", in_reply_to=False, references=False,
                         extra=[("X-Mailer", "Sage 100 Gestion commerciale")])
    exp = expect("unrelated", "Dispatch notice for an earlier order (4500020876) from the supplier of open PO "
                              "4500022194: similar goods, quantities and a delivery date, but not about the open PO.")
    return finish("d15", "fr-slate-hooks-dispatch-notice-other-po", "unrelated", "fr-FR",
                  "shipping notice with quantities and a date, for a different PO of the same supplier", [po], body, hs, exp)


CASES = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15]
