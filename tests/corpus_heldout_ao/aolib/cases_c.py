"""Cases 031-050: bounces, auto-replies, unrelated mail and replies that need review."""
from . import mime, pdf
from .clients import outlook, gmail, thread_headers, subj
from .core import (L, PO, sup, expected, wd, case, request_text, BUYER_DOMAIN)


def _original(po, date, frm=None):
    """Our request as the full message/rfc822 that a bounce returns."""
    b = po["buyer"]
    h = [("From", frm or mime.addr(b["name"], b["email"])), ("To", po["supplier"]["email"]),
         ("Subject", subj(po["po_number"])), ("Date", date), ("Message-ID", po["request_message_id"])]
    body = mime.text(request_text(po), charset="utf-8", cte="quoted-printable")
    return mime.message(h, body).replace(b"\r\n", b"\n")


def _headers_only(raw):
    return raw.split(b"\n\n", 1)[0] + b"\n"


def c_bounce_postfix():
    s = sup("KEYSF", "Keystone Safety Footwear Inc.", "orders@keystone-footwear.example", "en-US")
    po = PO("4501100136", s, "Priya Nair", "USD", "2026-11-09", [
        L(1, "SH-S3-CAP-42", "Safety shoe S3 SRC composite cap, size 42 (pair)", 40, "PR", "38.90", "2026-12-11"),
        L(2, "SH-S3-CAP-44", "Safety shoe S3 SRC composite cap, size 44 (pair)", 60, "PR", "38.90", "2026-12-11"),
    ])
    orig = _original(po, mime.date(2026, 11, 9, 9, 14, 1, "+0100"))
    notice = ("This is the mail system at host mx1.corvane.example.\n\n"
              "I'm sorry to have to inform you that your message could not\n"
              "be delivered to one or more recipients. It's attached below.\n\n"
              "For further assistance, please send mail to postmaster.\n\n"
              "If you do so, please include this problem report. You can\n"
              "delete your own text from the attached returned message.\n\n"
              "                   The mail system\n\n"
              "<orders@keystone-footwear.example>: host mx.keystone-footwear.example[203.0.113.25]\n"
              "    said: 550 5.1.1 <orders@keystone-footwear.example>: Recipient address\n"
              "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx1.corvane.example\n"
              "X-Postfix-Queue-ID: 4Q8ZtK1mFbz9sWQ\n"
              "X-Postfix-Sender: rfc822; priya.nair@corvane.example\n"
              "Arrival-Date: Mon,  9 Nov 2026 09:14:03 +0100 (CET)\n\n"
              "Final-Recipient: rfc822; orders@keystone-footwear.example\n"
              "Original-Recipient: rfc822;orders@keystone-footwear.example\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Remote-MTA: dns; mx.keystone-footwear.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <orders@keystone-footwear.example>: Recipient\n"
              "    address rejected: User unknown in virtual mailbox table\n")
    body = mime.multipart("report", [
        mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], notice),
        mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        mime.Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                  _headers_only(orig)),
    ], "4Q8ZtK1mFbz9sWQ.1794212045/mx1.corvane.example", params=" report-type=delivery-status;")
    h = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mx1.corvane.example (Mail Delivery System)"),
         ("To", "priya.nair@corvane.example"), ("Subject", "Undelivered Mail Returned to Sender"),
         ("Date", mime.date(2026, 11, 9, 9, 14, 5, "+0100")),
         ("Message-ID", "<20261109081405.6C2F11A0045@mx1.corvane.example>"),
         ("Auto-Submitted", "auto-replied")]
    exp = expected("bounce", "Postfix DSN (multipart/report) for our request: 550 5.1.1 user unknown. The returned "
                   "headers carry our PO number and subject, but nothing from the supplier.")
    return case("bounce-postfix-user-unknown", "Postfix multipart/report bounce whose returned headers quote our PO "
                "subject.", [po], mime.message(h, body), exp)


def c_bounce_exchange():
    s = sup("TVFIL", "Thames Valley Filtration Ltd", "sales@tvfiltration.example", "en-GB")
    po = PO("4501100137", s, "Tom Whitfield", "GBP", "2026-11-10", [
        L(1, "HV-F9-592-RIG", "Rigid filter ePM1 80% (F9) 592x592x292", 24, "EA", "48.60", "2026-12-14"),
        L(2, "HV-PRE-G4-BOX6", "Pleated prefilter G4 592x592x48 (box of 6)", 48, "EA", "7.90", "2026-12-14"),
    ])
    orig = _original(po, mime.date(2026, 11, 10, 10, 2, 40, "+0000"))
    plain = ("Delivery has failed to these recipients or groups:\n\n"
             "sales@tvfiltration.example\n"
             "Your message couldn't be delivered. Despite repeated attempts to deliver your message, the recipient's "
             "email system refused to accept a connection from your email system.\n\n"
             "Contact the recipient by some other means (by phone, for example) and ask them to tell their email "
             "admin that it appears that their email system is refusing connections from your email server.\n\n\n\n"
             "Diagnostic information for administrators:\n\n"
             "Generating server: LO0P265MB5120.GBRP265.PROD.OUTLOOK.example\n\n"
             "sales@tvfiltration.example\n"
             "Remote server returned '550 5.4.316 Message expired, connection refused(Socket error code 10061)'\n\n"
             "Original message headers:\n\n" + _headers_only(orig).decode())
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Your message to sales@tvfiltration.example "
            "couldn't be delivered.</font></b></p><p><font size=\"2\" face=\"Tahoma\">Despite repeated attempts to "
            "deliver your message, the recipient's email system refused to accept a connection from your email "
            "system.</font></p><table><tr><td>tom.whitfield</td><td>Office 365</td><td>sales</td></tr><tr><td>"
            "<font color=\"#808080\">Sender</font></td><td></td><td><font color=\"#C00000\">Action Required"
            "</font></td></tr></table><p><b>Message expired, connection refused</b></p><p>Remote server returned "
            "'550 5.4.316 Message expired, connection refused(Socket error code 10061)'</p></body></html>")
    status = ("Reporting-MTA: dns;LO0P265MB5120.GBRP265.PROD.OUTLOOK.example\n"
              "Received-From-MTA: dns;LO0P265MB5120.GBRP265.PROD.OUTLOOK.example\n"
              "Arrival-Date: Tue, 10 Nov 2026 10:02:41 +0000\n\n"
              "Final-Recipient: rfc822;sales@tvfiltration.example\n"
              "Action: failed\n"
              "Status: 5.4.316\n"
              "Diagnostic-Code: smtp;550 5.4.316 Message expired, connection refused(Socket error code 10061)\n")
    body = mime.multipart("report", [
        mime.multipart("alternative", [mime.text(plain, charset="us-ascii"), mime.text(html, "html", "us-ascii")],
                       "_001_LO0P265MB5120A1B2C3D4E5F6_"),
        mime.Part([("Content-Type", "message/delivery-status")], status),
        mime.Part([("Content-Type", "message/rfc822")], orig),
    ], "_000_LO0P265MB5120A1B2C3D4E5F6_", params=" report-type=delivery-status;")
    h = [("From", "Microsoft Outlook <postmaster@corvane.example>"),
         ("To", "Tom Whitfield <tom.whitfield@corvane.example>"),
         ("Subject", "Undeliverable: " + subj(po["po_number"])),
         ("Date", mime.date(2026, 11, 12, 10, 3, 11, "+0000")),
         ("Message-ID", "<e71c4b2d-91a0-4f6e-8b3c-5d2e1f0a9b8c@LO0P265MB5120.GBRP265.PROD.OUTLOOK.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    exp = expected("bounce", "Exchange/Office 365 NDR after two days of retries (5.4.316), with the full original "
                   "request attached as message/rfc822; threaded on our request.")
    return case("bounce-exchange-ndr-expired", "Exchange NDR threaded on our request and carrying the whole PO text "
                "as an attached message.", [po], mime.message(h, body), exp)


def c_bounce_quota_de():
    s = sup("RHLAB", "Rheintal Laborglas GmbH", "einkauf-service@rheintal-laborglas.example", "de-DE")
    po = PO("4501100138", s, "Lena Hoffmann", "EUR", "2026-11-11", [
        L(1, "LAB-PIP-10", "Volumetric pipette 10 ml class AS (pack of 12)", 36, "EA", "3.40", "2026-12-09"),
        L(2, "LAB-BUR-50", "Burette 50 ml, PTFE stopcock, class AS", 10, "EA", "28.50", "2026-12-09"),
    ])
    orig = _original(po, mime.date(2026, 11, 11, 15, 30, 12, "+0100"))
    notice = ("Dies ist eine automatisch erstellte Nachricht des Mailsystems von mail.rheintal-laborglas.example.\n\n"
              "Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden:\n\n"
              "  einkauf-service@rheintal-laborglas.example\n"
              "    Das Postfach des Empfängers ist voll (Speicherkontingent überschritten).\n"
              "    552 5.2.2 Mailbox full: quota exceeded (2048 MB)\n\n"
              "Die Nachricht wurde 3 Tage lang erfolglos zugestellt und wird nun zurückgesandt.\n"
              "Bitte versuchen Sie es später erneut oder benachrichtigen Sie den Empfänger auf anderem Weg.\n\n"
              "--- This is an automatically generated delivery status notification: mailbox full. ---\n")
    status = ("Reporting-MTA: dns; mail.rheintal-laborglas.example\n"
              "Arrival-Date: Wed, 11 Nov 2026 15:30:14 +0100\n\n"
              "Final-Recipient: rfc822; einkauf-service@rheintal-laborglas.example\n"
              "Action: failed\n"
              "Status: 5.2.2\n"
              "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded (2048 MB)\n"
              "Last-Attempt-Date: Sat, 14 Nov 2026 15:31:02 +0100\n")
    body = mime.multipart("report", [
        mime.text(notice, charset="iso-8859-1", cte="quoted-printable"),
        mime.Part([("Content-Type", "message/delivery-status")], status),
        mime.Part([("Content-Type", "message/rfc822")], orig),
    ], "=_mail.rheintal-laborglas.example-1794753062-31447", params=" report-type=delivery-status;")
    h = [("From", "Mail Delivery System <MAILER-DAEMON@mail.rheintal-laborglas.example>"),
         ("To", "lena.hoffmann@corvane.example"),
         ("Subject", mime.hdr("Unzustellbar: " + subj(po["po_number"]))),
         ("Date", mime.date(2026, 11, 14, 15, 31, 2, "+0100")),
         ("Message-ID", "<E1vKq7S-0008Cz-2F@mail.rheintal-laborglas.example>"),
         ("Auto-Submitted", "auto-replied")]
    exp = expected("bounce", "German quota-full DSN from the supplier's own mail server (552 5.2.2) after three days of "
                   "retries; the attached original carries our PO lines.")
    return case("bounce-mailbox-full-german", "German 'mailbox full' DSN from the supplier's server after retries, "
                "with our whole PO attached.", [po], mime.message(h, body), exp)


def c_bounce_gmail():
    s = sup("CALPO", "Calçados Porto Seguro Ltda.", "vendas@calcadosportoseguro.example", "pt-BR")
    po = PO("4501100139", s, "Priya Nair", "USD", "2026-11-12", [
        L(1, "SH-S1P-39", "Safety shoe S1P low, size 39 (pair)", 30, "PR", "24.20", "2027-01-15"),
        L(2, "SH-S1P-41", "Safety shoe S1P low, size 41 (pair)", 50, "PR", "24.20", "2027-01-15"),
    ])
    orig = _original(po, mime.date(2026, 11, 12, 16, 20, 33, "+0100"))
    plain = ("\n** Address not found **\n\n"
             "Your message wasn't delivered to vendas@calcadosportoseguro.example because the address couldn't be "
             "found, or is unable to receive mail.\n\n"
             "Learn more here: https://support.google.example/mail/?p=NoSuchUser\n\n"
             "The response was:\n\n"
             "550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the "
             "recipient's email address for typos or unnecessary spaces.\n")
    html = ("<html><head></head><body><table cellpadding=\"0\" cellspacing=\"0\"><tr><td><h2>Address not found</h2>"
            "<p>Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>"
            "vendas@calcadosportoseguro.example</b></a> because the address couldn't be found, or is unable to "
            "receive mail.</p></td></tr></table><p>The response was:</p><p>550 5.1.1 The email account that you "
            "tried to reach does not exist.</p></body></html>")
    status = ("Reporting-MTA: dns; googlemail.example\n"
              "Received-From-MTA: dns; priya.nair@corvane.example\n"
              "Arrival-Date: Thu, 12 Nov 2026 07:20:33 -0800 (PST)\n"
              "X-Original-Message-ID: " + po["request_message_id"] + "\n\n"
              "Final-Recipient: rfc822; vendas@calcadosportoseguro.example\n"
              "Action: failed\n"
              "Status: 5.1.1\n"
              "Remote-MTA: dns; mx.calcadosportoseguro.example. (198.51.100.17, the server for the domain "
              "calcadosportoseguro.example.)\n"
              "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.\n"
              "Last-Attempt-Date: Thu, 12 Nov 2026 07:20:35 -0800 (PST)\n")
    body = mime.multipart("report", [
        mime.multipart("related", [mime.multipart("alternative", [mime.text(plain, charset="UTF-8"),
                                                                   mime.text(html, "html", "UTF-8")],
                                                  "000000000000a7b8c90623f8b3c5")],
                       "000000000000a7b8c80623f8b3c4"),
        mime.Part([("Content-Type", "message/delivery-status")], status),
        mime.Part([("Content-Type", "message/rfc822")], orig),
    ], "000000000000a7b8c70623f8b3c3", params=" report-type=delivery-status;")
    h = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"),
         ("To", "priya.nair@corvane.example"), ("Auto-Submitted", "auto-replied"),
         ("Subject", "Delivery Status Notification (Failure)"),
         ("Date", mime.date(2026, 11, 12, 7, 20, 35, "-0800")),
         ("Message-ID", "<6552a3f1.050a0220.3c1d2.9e41.GMR@mx.googlemail.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"])]
    exp = expected("bounce", "Gmail-style 'Address not found' DSN for our request to a Brazilian supplier; the "
                   "returned original lists sizes and pairs but nothing was answered.")
    return case("bounce-gmail-address-not-found", "Gmail 'Address not found' report nested multipart/related inside "
                "multipart/report, with the original PO attached.", [po], mime.message(h, body), exp)


def c_ticket_ack():
    s = sup("PRNET", "Pacific Rim Networks LLC", "orders@pacrimnet.example", "en-US")
    po = PO("4501100140", s, "Jonas Berg", "USD", "2026-11-12", [
        L(1, "NW-RTR-EDGE-8", "Edge router 8x 1G + 2x SFP, dual PSU", 4, "EA", "890.00", "2026-12-16"),
        L(2, "NW-PATCH-C6A-2M", "Patch cord Cat6A S/FTP 2 m, grey", 200, "EA", "3.20", "2026-12-16"),
    ])
    text = ("##- Please type your reply above this line -##\n\n"
            "Hello Jonas,\n\n"
            "Thank you for contacting Pacific Rim Networks Order Management. Your request (#48213) has been received "
            "and is being reviewed by our team.\n\n"
            "Subject: PO 4501100140 - please confirm\n"
            "Priority: Normal\n"
            "Status: Open\n\n"
            "Our standard response time is 1 business day (Mon-Fri, 8:00 am - 5:00 pm PT). Order acknowledgments are "
            "normally issued within 2 business days of receipt.\n\n"
            "To add additional comments, reply to this email. Please do not change the subject line.\n\n"
            "Pacific Rim Networks Order Management\n\n"
            "This email is a service from Pacific Rim Networks. [Q7WK9R-3M2X]\n")
    html = ("<html><body><div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>"
            "<p>Hello Jonas,</p><p>Thank you for contacting Pacific Rim Networks Order Management. Your request "
            "(#48213) has been received and is being reviewed by our team.</p><table><tr><td>Subject:</td><td>"
            "PO 4501100140 - please confirm</td></tr><tr><td>Priority:</td><td>Normal</td></tr><tr><td>Status:</td>"
            "<td>Open</td></tr></table><p>Our standard response time is 1 business day (Mon-Fri, 8:00 am - 5:00 pm PT)."
            " Order acknowledgments are normally issued within 2 business days of receipt.</p><p>To add additional "
            "comments, reply to this email. Please do not change the subject line.</p><p style=\"color:#aaaaaa\">"
            "This email is a service from Pacific Rim Networks. [Q7WK9R-3M2X]</p></body></html>")
    body = mime.multipart("alternative", [mime.text(text), mime.text(html, "html")], "--==_mimepart_6552b1e4c2a9f_3a1f2")
    h = [("From", "Pacific Rim Networks Order Management <support@pacrimnet.example>"),
         ("Reply-To", "Pacific Rim Networks Order Management <support+id48213@pacrimnet.example>"),
         ("To", "Jonas Berg <jonas.berg@corvane.example>"),
         ("Subject", "[Pacific Rim Networks] Re: " + subj(po["po_number"])),
         ("Date", mime.date(2026, 11, 12, 6, 41, 19, "-0800")),
         ("Message-ID", "<Q7WK9R3M2X_6552b1e4c2a9f_48213_sprut@helpdesk.pacrimnet.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")]
    exp = expected("auto_reply", "Helpdesk ticket auto-acknowledgment (#48213) echoing our subject; '1 business day' and "
                   "'within 2 business days' are service levels, not commitments.")
    return case("ticket-system-auto-ack", "Helpdesk auto-acknowledgment that repeats our PO subject and promises an "
                "acknowledgment 'within 2 business days'.", [po], mime.message(h, body), exp)


def c_shared_inbox_nl():
    s = sup("HGLAS", "Hollandse Glasverpakking B.V.", "verkoop@hollandseglas.example", "nl-NL")
    po = PO("4501100141", s, "Mikkel Strand", "EUR", "2026-11-12", [
        L(1, "GJ-HEX-280", "Hexagonal jar 280 ml TO 63, tray of 12", 6000, "EA", "0.21", "2026-12-10"),
    ])
    text = ("Geachte relatie,\n\n"
            "Bedankt voor uw e-mail. Wij hebben uw bericht in goede orde ontvangen.\n"
            "Ons team Verkoop Binnendienst streeft ernaar uw bericht binnen 2 werkdagen te beantwoorden.\n\n"
            "Let op: in week 47 en 48 hebben wij in verband met de jaarlijkse inventarisatie beperkte bezetting.\n\n"
            "Met vriendelijke groet,\nTeam Verkoop Binnendienst\nHollandse Glasverpakking B.V. | Industrieweg 40 | "
            "7521 AB Enschede\n\n"
            "Dit is een automatisch gegenereerd bericht, u kunt hier niet op antwoorden.\n")
    body = mime.text(text, charset="iso-8859-1", cte="7bit")
    h = [("From", "Verkoop Hollandse Glas <verkoop@hollandseglas.example>"),
         ("To", "mikkel.strand@corvane.example"),
         ("Subject", "Ontvangstbevestiging: " + subj(po["po_number"])),
         ("Date", mime.date(2026, 11, 12, 14, 55, 2, "+0100")),
         ("Message-ID", "<ar-20261112145502-77141@hollandseglas.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
    exp = expected("auto_reply", "Shared-inbox 'we received your mail' notice in Dutch; '2 werkdagen' and 'week 47 en 48' "
                   "are not delivery commitments.")
    return case("shared-inbox-received-dutch", "Dutch shared-mailbox receipt with calendar weeks and a two-day "
                "response promise that must not be read as a confirmation.", [po], mime.message(h, body), exp)


def c_ooo_frca():
    s = sup("CHMRY", "Chocolaterie Mont-Royal inc.", "commandes@chocomontroyal.example", "fr-CA")
    po = PO("4501100142", s, "Tom Whitfield", "EUR", "2026-11-11", [
        L(1, "CH-MAPLE-40G", "Maple milk chocolate bar 40 g (case of 24)", 2880, "EA", "0.95", "2026-12-15"),
        L(2, "CH-DARK-SEA-40G", "Dark chocolate sea salt 40 g (case of 24)", 1440, "EA", "0.99", "2026-12-15"),
    ])
    text = ("Bonjour,\n\n"
            "Je suis absente du bureau du lundi 9 novembre au vendredi 20 novembre 2026 inclusivement. Je serai de "
            "retour le lundi 23 novembre.\n"
            "Pour toute commande urgente, veuillez communiquer avec Marc-André Tremblay au 514 555-0174 ou à "
            "commandes@chocomontroyal.example.\n\n"
            "Merci et bonne journée!\n\n"
            "Hello,\n\n"
            "I am out of the office from Monday, November 9 to Friday, November 20, 2026 inclusive and will be back "
            "on Monday, November 23. For urgent orders please contact Marc-André Tremblay at 514 555-0174.\n\n"
            "Geneviève Ouellet\nService à la clientèle | Chocolaterie Mont-Royal inc.\n")
    wd("2026-11-09", "Mon"); wd("2026-11-20", "Fri"); wd("2026-11-23", "Mon")
    body = mime.text(text, charset="iso-8859-1", cte="quoted-printable")
    h = [("From", mime.addr("Geneviève Ouellet", "g.ouellet@chocomontroyal.example", "iso-8859-1")),
         ("To", "tom.whitfield@corvane.example"),
         ("Subject", mime.hdr("Réponse automatique : " + subj(po["po_number"]), "iso-8859-1")),
         ("Date", mime.date(2026, 11, 11, 8, 12, 30, "-0500")),
         ("Message-ID", "<YT3PR01MB8844OOF3c1d@YT3PR01MB8844.CANPRD01.PROD.OUTLOOK.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]
    exp = expected("auto_reply", "Bilingual Quebec out-of-office; the absence dates (9-20 November) and return date are "
                   "not delivery dates.")
    return case("ooo-quebec-bilingual", "Bilingual French/English out-of-office full of weekday dates close to the "
                "PO's dates.", [po], mime.message(h, body), exp)


def c_ooo_ko():
    s = sup("HANNT", "한빛네트웍스 주식회사", "sales@hanbitnet.example", "ko-KR")
    po = PO("4501100143", s, "Jonas Berg", "USD", "2026-11-12", [
        L(1, "NW-SW-24P-L3", "Switch 24-port L3, 4x 25G SFP28", 4, "EA", "2150.00", "2026-12-18"),
        L(2, "NW-DAC-25G-3M", "DAC cable 25G SFP28 3 m", 16, "EA", "27.00", "2026-12-18"),
    ])
    wd("2026-11-16", "Mon")
    text = ("안녕하세요.\n\n"
            "해외 출장으로 2026년 11월 16일(월)까지 부재중입니다. 이 기간 동안 메일 확인이 늦어질 수 있습니다.\n"
            "급한 용무는 영업지원팀 (sales@hanbitnet.example, 02-555-0188)으로 연락 부탁드립니다.\n\n"
            "감사합니다.\n김민준 드림\n\n"
            "I am on a business trip until Monday, 16 November 2026. For urgent matters please contact "
            "sales@hanbitnet.example.\n")
    body = mime.text(text, charset="euc-kr", cte="base64")
    h = [("From", mime.addr("김민준", "minjun.kim@hanbitnet.example", "euc-kr")),
         ("To", "jonas.berg@corvane.example"),
         ("Subject", mime.hdr("[자동응답] " + subj(po["po_number"]), "euc-kr")),
         ("Date", mime.date(2026, 11, 12, 18, 2, 44, "+0900")),
         ("Message-ID", "<autoreply.1731402164.7719@mail.hanbitnet.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied")]
    exp = expected("auto_reply", "Korean out-of-office in EUC-KR (base64) with an English line; the return date "
                   "2026년 11월 16일 is not a delivery date.")
    return case("ooo-korean-euc-kr", "Korean EUC-KR base64 out-of-office with an encoded subject and a return date.",
                [po], mime.message(h, body), exp)


def c_ooo_dech():
    s = sup("GLTHG", "Glaswerk Thurgau AG", "verkauf@glaswerk-thurgau.example", "de-CH")
    po = PO("4501100144", s, "Lena Hoffmann", "EUR", "2026-11-12", [
        L(1, "LAB-BTL-GL45-1000", "Laboratory bottle GL 45, 1000 ml, with cap (pack of 10)", 50, "EA", "4.10",
          "2026-12-09"),
        L(2, "LAB-PET-100", "Petri dish glass 100x15 mm (pack of 12)", 144, "EA", "1.65", "2026-12-09"),
    ])
    text = ("Grüezi\n\n"
            "Besten Dank für Ihre Nachricht. Ich bin bis und mit Freitag, 13. November 2026 abwesend und habe keinen "
            "Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an unseren Verkaufsinnendienst: verkauf@glaswerk-thurgau.example, "
            "Tel. +41 71 555 32 10.\n\n"
            "Freundliche Grüsse\nReto Bachmann\nGlaswerk Thurgau AG\n")
    wd("2026-11-13", "Fri")
    body = mime.text(text, charset="iso-8859-1", cte="quoted-printable")
    h = [("From", "Reto Bachmann <reto.bachmann@glaswerk-thurgau.example>"),
         ("To", "lena.hoffmann@corvane.example"),
         ("Subject", mime.hdr("Abwesenheitsnotiz: " + subj(po["po_number"]))),
         ("Date", mime.date(2026, 11, 12, 16, 20, 11, "+0100")),
         ("Message-ID", "<ZR0P278MB0921OOF88a@ZR0P278MB0921.CHEP278.PROD.OUTLOOK.example>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied")]
    exp = expected("auto_reply", "Swiss German out-of-office ('bis und mit Freitag, 13. November 2026'); threaded.")
    return case("ooo-swiss-german", "Swiss German absence notice threaded on the request, with a weekday date.",
                [po], mime.message(h, body), exp)


def c_newsletter_it():
    s = sup("RAPAD", "Ricambi Agricoli Padana S.p.A.", "ordini@ricambipadana.example", "it-IT")
    po = PO("4501100145", s, "Mikkel Strand", "EUR", "2026-11-06", [
        L(1, "AG-TINE-HAY-10", "Tedder tine 10 mm, twin, left", 200, "EA", "6.20", "2026-12-11"),
        L(2, "AG-PTO-LEM-1-3/8", "PTO shaft lemon profile, 1 3/8\" Z6, 1010 mm", 10, "EA", "118.00", "2026-12-11"),
    ])
    html = ("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>Newsletter Novembre 2026</title>"
            "</head><body style=\"margin:0;background:#f3f3f3\"><table width=\"600\" align=\"center\" "
            "style=\"background:#ffffff;font-family:Arial\"><tr><td style=\"padding:20px;background:#1e5b2e;"
            "color:#fff\"><h1>Ricambi Padana News &mdash; Novembre 2026</h1></td></tr><tr><td style=\"padding:20px\">"
            "<h2>Vi aspettiamo ad AgriTech Expo Bologna!</h2><p>Dal 11 al 15 novembre 2026, Padiglione 22, Stand B14. "
            "Presentiamo la nuova gamma di denti per ranghinatori e giunti cardanici.</p>"
            "<h2>Promo inverno: -15% sui ricambi per falciatrici</h2><p>Valida per ordini ricevuti entro il "
            "31/12/2026, consegna entro la settimana 3/2027. Codici promo: FALC-15, LAME-2026-11.</p>"
            "<p>Lame rotative 112x48x4: ora a &euro; 3,45 cad. (conf. da 25 pz).</p>"
            "<h2>Chiusura per festività</h2><p>I nostri magazzini resteranno chiusi dal 24/12 al 06/01.</p>"
            "</td></tr><tr><td style=\"padding:10px;font-size:11px;color:#888\">Ricevi questa e-mail perché sei "
            "cliente di Ricambi Agricoli Padana S.p.A. &ndash; <a href=\"https://news.ricambipadana.example/u?id=8841\">"
            "Annulla l'iscrizione</a></td></tr></table></body></html>")
    text = ("Ricambi Padana News - Novembre 2026\n\nVi aspettiamo ad AgriTech Expo Bologna! Dal 11 al 15 novembre 2026, "
            "Padiglione 22, Stand B14.\n\nPromo inverno: -15% sui ricambi per falciatrici. Valida per ordini ricevuti "
            "entro il 31/12/2026, consegna entro la settimana 3/2027. Codici promo: FALC-15, LAME-2026-11.\n"
            "Lame rotative 112x48x4: ora a € 3,45 cad. (conf. da 25 pz).\n\n"
            "Chiusura per festività: dal 24/12 al 06/01.\n\n"
            "Annulla l'iscrizione: https://news.ricambipadana.example/u?id=8841\n")
    body = mime.multipart("alternative", [mime.text(text), mime.text(html, "html")], "b1_8c2f1e7d9a3b4c5d6e7f8a9b0c1d2e3f")
    h = [("From", "Ricambi Padana News <news@ricambipadana.example>"),
         ("To", "mikkel.strand@corvane.example"),
         ("Subject", "Novembre 2026: AgriTech Expo, promo inverno -15% e chiusure festive"),
         ("Date", mime.date(2026, 11, 10, 7, 30, 0, "+0100")),
         ("Message-ID", "<nl-2026-11.8841.mikkel.strand=corvane.example@news.ricambipadana.example>"),
         ("List-Unsubscribe", "<https://news.ricambipadana.example/u?id=8841>, <mailto:unsubscribe@news.ricambipadana.example>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("X-Mailer", "Mailup")]
    exp = expected("unrelated", "Marketing newsletter from the supplier's domain with promo prices, a calendar week and "
                   "date ranges; it does not answer the open PO.")
    return case("newsletter-agri-parts-italian", "Supplier newsletter with prices, '-15%', 'settimana 3/2027' and "
                "dates, sent while a PO to the same supplier is open.", [po], mime.message(h, body), exp)


def c_invoice_other_pl():
    s = sup("NARKR", "Narzędzia Kraków Sp. z o.o.", "biuro@narzedzia-krakow.example", "pl-PL")
    po = PO("4501100146", s, "Ines Kovač", "EUR", "2026-11-10", [
        L(1, "HT-WRN-ADJ-250", "Adjustable wrench 250 mm, CrV", 100, "EA", "7.40", "2026-12-11"),
        L(2, "HT-HEX-SET-9", "Hex key set 1.5-10 mm, 9 pcs, ball end", 150, "SET", "4.90", "2026-12-11"),
    ])
    rows = [["1", "HT-PLR-LONG-200", "Szczypce wydluzone 200 mm", "80", "szt.", "6,10", "488,00"],
            ["2", "HT-FILE-SET-5", "Zestaw pilnikow 5 szt.", "60", "kpl.", "5,25", "315,00"]]
    ops = pdf.table_page(
        [("Narzedzia Krakow Sp. z o.o.", 13, True), ("ul. Wielicka 112, 30-552 Krakow · NIP 679-000-11-22", 8, False),
         ("FAKTURA VAT / INVOICE  nr FV/2026/11/0412", 12, True),
         ("Data wystawienia: 12.11.2026   Data sprzedazy: 12.11.2026   Termin platnosci: 12.12.2026 (30 dni)", 9, False),
         ("Nabywca: Corvane Group, Havenweg 12, 3089 Rotterdam, NL   Zamowienie nr: 4501099870", 9, False)],
        [("Lp.", 40), ("Indeks", 65), ("Nazwa", 165), ("Ilosc", 330), ("J.m.", 370), ("Cena netto EUR", 405),
         ("Wartosc EUR", 490)], rows,
        [("Razem netto: 803,00 EUR   VAT 0% (WDT)   Do zaplaty: 803,00 EUR", 9, True),
         ("Rachunek: PL61 1090 1014 0000 0712 1981 2874   SWIFT: WBKPPLPP", 8, False)])
    data = pdf.build([ops], title="FV/2026/11/0412", producer="Comarch ERP Optima", created="D:20261112101500+01'00'")
    text = ("Dzień dobry,\n\nw załączeniu przesyłamy fakturę nr FV/2026/11/0412 do zamówienia 4501099870.\n"
            "Termin płatności: 12.12.2026.\n\nPozdrawiamy\nDział Księgowości\nNarzędzia Kraków Sp. z o.o.\n")
    body = mime.multipart("mixed", [mime.text(text, charset="iso-8859-2"),
                                    mime.attachment(data, "application/pdf", "FV_2026_11_0412.pdf")],
                          "----=_Part_55120_1290331.1794471300412")
    h = [("From", "Narzędzia Kraków - Księgowość <faktury@narzedzia-krakow.example>"),
         ("To", "ap-invoices@corvane.example"), ("Cc", "ines.kovac@corvane.example"),
         ("Subject", "Faktura FV/2026/11/0412 - zamówienie 4501099870"),
         ("Date", mime.date(2026, 11, 12, 10, 15, 22, "+0100")),
         ("Message-ID", "<1290331.55120.1794471300412@erp.narzedzia-krakow.example>")]
    exp = expected("unrelated", "Invoice with PDF for an older order 4501099870 (not in pos.json) from the same "
                   "supplier whose PO 4501100146 is open; payment due date is not a delivery date.")
    return case("invoice-for-other-order-polish", "Invoice PDF from the right supplier but for a different, older PO "
                "number, with quantities, prices and a due date.", [po], mime.message(h, body), exp)


def c_shipping_other_es():
    s = sup("CLELC", "Calzado Laboral Elche S.L.", "pedidos@calzadolaboralelche.example", "es-ES")
    po = PO("4501100147", s, "Tom Whitfield", "EUR", "2026-11-11", [
        L(1, "SH-S3-MID-43", "Safety boot S3 mid, size 43 (pair)", 40, "PR", "31.50", "2026-12-16"),
        L(2, "SH-S3-MID-45", "Safety boot S3 mid, size 45 (pair)", 40, "PR", "31.50", "2026-12-16"),
    ])
    text = ("Estimado cliente:\n\n"
            "Le informamos de que su pedido ha sido expedido.\n\n"
            "Su pedido: 4501099512\nAlbarán: AL-26-07781\nFecha de expedición: 13/11/2026\n"
            "Transportista: TransEuropa Cargo · Nº de seguimiento: TEC 7781 4402 1193\n"
            "Bultos: 6 cajas (96 pares) · Peso: 118 kg\nEntrega prevista: 18/11/2026\n\n"
            "Contenido:\n  SH-S1P-LOW-40  Zapato S1P bajo talla 40   48 pares\n"
            "  SH-S1P-LOW-42  Zapato S1P bajo talla 42   48 pares\n\n"
            "Para cualquier consulta responda a este correo indicando el número de albarán.\n\n"
            "Calzado Laboral Elche S.L. · Departamento de Logística\n")
    body = mime.text(text, charset="iso-8859-1", cte="quoted-printable")
    h = [("From", "Logística Calzado Laboral Elche <logistica@calzadolaboralelche.example>"),
         ("To", "tom.whitfield@corvane.example"),
         ("Subject", mime.hdr("Aviso de expedición AL-26-07781 - su pedido 4501099512", "iso-8859-1")),
         ("Date", mime.date(2026, 11, 13, 17, 2, 40, "+0100")),
         ("Message-ID", "<exp.AL-26-07781.20261113170240@sga.calzadolaboralelche.example>"),
         ("Auto-Submitted", "auto-generated")]
    exp = expected("unrelated", "Shipping notice for another order (4501099512) from the same supplier; its ship and "
                   "delivery dates and pairs belong to that order, not to open PO 4501100147.")
    return case("shipping-notice-other-order-spanish", "Dispatch advice with delivery date and pairs from the right "
                "supplier, but for a different PO.", [po], mime.message(h, body), exp)


def c_pricelist_bg():
    s = sup("ROZDL", "Розова долина ООД", "office@rozova-dolina.example", "bg-BG")
    po = PO("4501100148", s, "Ines Kovač", "EUR", "2026-11-09", [
        L(1, "HA-ROSE-SOAP-25", "Rose soap 25 g, boxed (ctn 500)", 10000, "EA", "0.19", "2026-12-14"),
        L(2, "HA-ROSE-LOT-30", "Rose body lotion 30 ml (ctn 500)", 5000, "EA", "0.27", "2026-12-14"),
    ])
    csv_text = ("Код;Наименование;Опаковка;Цена EUR/бр.;Валидна от;Валидна до\n"
                "RD-SOAP-25;Сапун с розово масло 25 г, в кутийка;кашон 500 бр.;0,21;01.01.2027;31.12.2027\n"
                "RD-LOT-30;Лосион за тяло 30 мл;кашон 500 бр.;0,29;01.01.2027;31.12.2027\n"
                "RD-SHG-30;Душ гел 30 мл;кашон 500 бр.;0,24;01.01.2027;31.12.2027\n"
                "RD-SHP-30;Шампоан 30 мл;кашон 500 бр.;0,24;01.01.2027;31.12.2027\n")
    text = ("Уважаеми партньори,\n\n"
            "Приложено Ви изпращаме ценовата ни листа за 2027 г., валидна от 01.01.2027 до 31.12.2027.\n"
            "Поръчки, получени до 15.12.2026, се изпълняват по досегашните цени.\n\n"
            "С уважение,\nТеодора Илиева\nТърговски отдел\nРозова долина ООД, гр. Казанлък\n")
    body = mime.multipart("mixed", [mime.text(text, charset="windows-1251", cte="quoted-printable"),
                                    mime.attachment(csv_text.encode("windows-1251"), "text/csv",
                                                    "cenova_lista_2027.csv")],
                          "----=_NextPart_000_0031_01DB5F11.9A2C4E70")
    h = [("From", mime.addr("Теодора Илиева", "office@rozova-dolina.example", "windows-1251")),
         ("To", "ines.kovac@corvane.example"),
         ("Subject", mime.hdr("Ценова листа 2027 / Price list 2027", "windows-1251")),
         ("Date", mime.date(2026, 11, 13, 11, 44, 9, "+0200")),
         ("Message-ID", "<003101db5f11$9a2c4e70$ce84eb50$@rozova-dolina.example>"),
         ("X-Mailer", "Microsoft Outlook 16.0")]
    exp = expected("unrelated", "Bulgarian 2027 price list (CSV, windows-1251) that even lists the ordered items at new "
                   "prices; it is a general circular, not an answer to PO 4501100148 (which it does not mention).")
    return case("price-list-2027-bulgarian", "Price list CSV that contains the ordered items with new prices and "
                "validity dates, but is not an answer to the PO.", [po], mime.message(h, body), exp)


def c_statement_hu():
    s = sup("ALFUV", "Alföldi Üveg Kft.", "ertekesites@alfoldiuveg.example", "hu-HU")
    po = PO("4501100149", s, "Mikkel Strand", "EUR", "2026-11-10", [
        L(1, "GJ-TO66-314", "Glass jar 314 ml TO 66, tray of 12", 9600, "EA", "0.132", "2026-12-15"),
    ])
    text = ("Tisztelt Partnerünk!\n\n"
            "Tájékoztatjuk, hogy nyilvántartásunk szerint folyószámlájuk egyenlege 2026.11.13-i állapot szerint:\n\n"
            "Számlaszám        Kelt         Esedékes     Összeg (EUR)   Rendelés\n"
            "SZ-2026-0931      2026.09.14   2026.10.14     1 240,00     4501098811\n"
            "SZ-2026-1017      2026.10.05   2026.11.04     2 118,40     4501099204\n"
            "SZ-2026-1102      2026.10.28   2026.11.27       986,00     4501099650\n"
            "Összesen:                                     4 344,40\n\n"
            "Ebből lejárt: 3 358,40 EUR. Kérjük, szíveskedjenek a lejárt tételeket 8 napon belül rendezni.\n"
            "Amennyiben az egyenleggel nem értenek egyet, kérjük, jelezzék 15 napon belül.\n\n"
            "Üdvözlettel:\nKovács Eszter\nPénzügy\nAlföldi Üveg Kft., Orosháza\n")
    assert round(1240.00 + 2118.40 + 986.00, 2) == 4344.40 and round(1240.00 + 2118.40, 2) == 3358.40
    body = mime.text(text, charset="iso-8859-2", cte="quoted-printable")
    h = [("From", mime.addr("Kovács Eszter", "penzugy@alfoldiuveg.example", "iso-8859-2")),
         ("To", "mikkel.strand@corvane.example"),
         ("Subject", mime.hdr("Folyószámla egyenlegközlő 2026.11.13 / Statement of account", "iso-8859-2")),
         ("Date", mime.date(2026, 11, 13, 9, 5, 31, "+0100")),
         ("Message-ID", "<5f1e2a.20261113090531.penzugy@alfoldiuveg.example>")]
    exp = expected("unrelated", "Hungarian statement of account listing invoices for three older orders with due "
                   "dates and amounts; nothing about open PO 4501100149.")
    return case("statement-of-account-hungarian", "Statement of account full of PO-like numbers, dates and amounts "
                "for older orders.", [po], mime.message(h, body), exp)


def c_revert_lt():
    s = sup("BALPK", "UAB Baltijos pakuotės", "pardavimai@baltijospakuotes.example", "lt-LT")
    po = PO("4501100150", s, "Lena Hoffmann", "EUR", "2026-11-11", [
        L(1, "PH-FBX-30C", "Folding box, 30 capsules blister, 4c + varnish", 80000, "EA", "0.034", "2026-12-18"),
        L(2, "PH-FBX-60C", "Folding box, 60 capsules blister, 4c + varnish", 40000, "EA", "0.041", "2026-12-18"),
    ])
    wd("2026-11-20", "Fri")
    new = ("Laba diena, Lena,\n\n"
           "ačiū už užsakymą 4501100150, jį gavome. Šiuo metu laukiame kartono kainos patvirtinimo iš tiekėjo, todėl "
           "kainas ir terminus patvirtinsime iki penktadienio, lapkričio 20 d.\n\n"
           "Pagarbiai\nRūta Kazlauskienė\nPardavimų vadybininkė\nUAB Baltijos pakuotės, Kaunas\n")
    body = outlook(new, po, "2026 m. lapkričio 11 d., trečiadienis 15:02", lang="lt", charset="windows-1257",
                   boundary="_000_PR3PR07MB6543C1D2E3F4A5B6PR3PR07MB6543eurp_", body_lang="LT")
    h = thread_headers(po, mime.addr("Rūta Kazlauskienė", "ruta.k@baltijospakuotes.example", "windows-1257"),
                       "Lena Hoffmann <lena.hoffmann@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 10, 31, 7, "+0200"),
                       "<PR3PR07MB6543C1D2E3F4A5B6@PR3PR07MB6543.eurprd07.prod.outlook.example>")
    exp = expected("needs_review", "Lithuanian 'we will confirm prices and dates by Friday 20 November'; receipt only, "
                   "nothing committed. The Friday is a reply deadline, not a delivery date.")
    return case("pharma-boxes-will-revert-friday", "Lithuanian human reply promising a confirmation by a named Friday, "
                "which looks like a delivery date.", [po], mime.message(h, body), exp)


def c_later_sk():
    s = sup("FILTS", "FILTRA Slovakia s.r.o.", "predaj@filtra.example", "sk-SK")
    po = PO("4501100151", s, "Ines Kovač", "EUR", "2026-11-10", [
        L(1, "HV-BAG-M5-592", "Bag filter ePM10 60% (M5) 592x592x535, 6 pockets", 60, "EA", "14.20", "2026-12-11"),
        L(2, "HV-CARB-610", "Activated carbon panel 610x610x48", 12, "EA", "39.00", "2026-12-11"),
    ])
    new = ("Dobrý deň pani Kovač,\n\n"
           "ďakujeme za objednávku. Potvrdenie Vám zašleme budúci týždeň – momentálne čakáme na termín dodania "
           "filtračného média od nášho dodávateľa. Predpokladáme niečo okolo 50. týždňa, ale zatiaľ to nevieme "
           "garantovať.\n\n"
           "S pozdravom\nJana Horváthová\nFILTRA Slovakia s.r.o., Nitra\n")
    body = outlook(new, po, "utorok 10. novembra 2026 13:44", lang="sk", charset="windows-1250",
                   boundary="_000_VI1PR09MB2233E4F5A6B7C8D9VI1PR09MB2233eurp_", body_lang="SK",
                   new_html=None)
    h = thread_headers(po, mime.addr("Jana Horváthová", "jana.horvathova@filtra.example", "windows-1250"),
                       "Ines Kovač <ines.kovac@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 11, 8, 50, 19, "+0100"),
                       "<VI1PR09MB2233E4F5A6B7C8D9@VI1PR09MB2233.eurprd09.prod.outlook.example>")
    exp = expected("needs_review", "Slovak: confirmation promised for next week; 'around week 50, but cannot guarantee' "
                   "is an estimate, not a commitment.")
    return case("hvac-confirmation-next-week-slovak", "Slovak reply that promises a confirmation next week and "
                "floats an unguaranteed calendar week.", [po], mime.message(h, body), exp)


def c_conditional_hr():
    s = sup("FOLZG", "Folija Zagreb d.o.o.", "prodaja@folija-zagreb.example", "hr-HR")
    po = PO("4501100152", s, "Ines Kovač", "EUR", "2026-11-11", [
        L(1, "PF-STR-17-500-HAND", "Stretch film 17 my, 500 mm, hand roll", 900, "KG", "2.30", "2026-12-09"),
        L(2, "PF-LDPE-BAG-60", "LDPE pallet cover bag 1200x1000x1500, 60 my", 600, "KG", "2.10", "2026-12-09"),
    ])
    new = ("Poštovana gospođo Kovač,\n\n"
           "zahvaljujemo na narudžbi 4501100152. Zbog porasta cijene granulata možemo je potvrditi samo uz "
           "povećanje cijene od 6 % na obje stavke (2,44 odnosno 2,23 EUR/kg). Ako se slažete, isporuka bi bila "
           "9. 12. kako ste tražili.\n\n"
           "Molimo Vašu potvrdu pa ćemo odmah poslati službenu potvrdu narudžbe.\n\n"
           "Srdačan pozdrav,\nIvan Horvat\nProdaja\nFolija Zagreb d.o.o.\n")
    body = gmail(new, po, "sri, 11. stu 2026. u 16:10 Ines Kovač <ines.kovac@corvane.example> napisala je:",
                 boundary="000000000000b9c0d10623f9c4d6", charset="ISO-8859-2")
    h = thread_headers(po, mime.addr("Ivan Horvat", "ivan.horvat@folija-zagreb.example"),
                       "Ines Kovač <ines.kovac@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 9, 14, 48, "+0100"),
                       "<CAM4wX7qZ1yB5aC8tW0hU3xL6rS9dG2iJk4@mail.gmail.example>")
    exp = expected("needs_review", "Croatian conditional acceptance: confirmed only if we accept +6 % (2.44 / 2.23 EUR/kg); "
                   "asks for our approval first, so nothing is committed yet.")
    return case("film-conditional-price-increase-croatian", "Croatian reply that would confirm only if the buyer "
                "accepts a 6 % increase, with all numbers already computed.", [po], mime.message(h, body), exp)


def c_question_ja():
    s = sup("SANJO", "株式会社三条工具製作所", "eigyo@sanjo-kogu.example", "ja-JP")
    po = PO("4501100153", s, "Jonas Berg", "USD", "2026-11-10", [
        L(1, "HT-NIP-150", "Diagonal cutting nipper 150 mm", 200, "EA", "9.80", "2027-01-22"),
        L(2, "HT-PLR-RAD-160", "Radio pliers 160 mm", 150, "EA", "11.20", "2027-01-22"),
        L(3, "HT-SET-PLR-3", "Pliers set 3 pcs in pouch", 60, "SET", "29.50", "2027-01-22"),
    ])
    text = ("Corvane Group\nJonas Berg 様\n\n"
            "いつもお世話になっております。三条工具製作所の佐藤でございます。\n"
            "ご注文書 4501100153 を拝受いたしました。誠にありがとうございます。\n\n"
            "正式な注文請書の発行にあたり、以下2点についてご確認をお願いできますでしょうか。\n\n"
            "1. 納品先はロッテルダムの中央倉庫（Havenweg 12）でよろしいでしょうか。前回はハンブルクの倉庫でした。\n"
            "2. パレットはユーロパレット（1200×800）指定でしょうか。弊社標準は1100×1100です。\n\n"
            "ご確認いただき次第、納期・単価を記載した注文請書をお送りいたします。\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "株式会社三条工具製作所\n海外営業部　佐藤 健一\nTEL 0256-55-1234\n\n"
            "-----Original Message-----\n" + request_text(po))
    body = mime.text(text, charset="shift_jis", cte="base64")
    h = thread_headers(po, mime.addr("佐藤 健一", "k.sato@sanjo-kogu.example", "iso-2022-jp"),
                       "Jonas Berg <jonas.berg@corvane.example>", mime.hdr("RE: " + subj(po["po_number"]) + "【確認のお願い】", "iso-2022-jp"),
                       mime.date(2026, 11, 11, 11, 25, 3, "+0900"), "<20261111112503.A1B2C3D4@sanjo-kogu.example>",
                       mailer=("X-Mailer", "Microsoft Outlook 16.0"))
    exp = expected("needs_review", "Japanese (Shift_JIS, base64) questions about delivery address and pallet type before "
                   "an order acknowledgment is issued; no prices or dates committed. '1200×800' is a pallet size.")
    return case("tools-questions-japanese-sjis", "Polite Japanese Shift_JIS reply that only asks two questions and "
                "promises the acknowledgment afterwards.", [po], mime.message(h, body), exp)


def c_prepay_he():
    s = sup("NETIL", "נטקום מערכות בע\"מ", "orders@netcom-il.example", "he-IL")
    po = PO("4501100154", s, "Jonas Berg", "USD", "2026-11-11", [
        L(1, "NW-FW-1U-8G", "Firewall appliance 1U, 8x 1G, 2x 10G", 2, "EA", "3150.00", "2026-12-15"),
        L(2, "NW-LIC-FW-3Y", "Firewall security licence 3 years", 2, "EA", "1280.00", "2026-12-15"),
    ])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body dir=\"rtl\"><div dir=\"rtl\" style=\"font-family:Arial\">"
            "<p>שלום Jonas,</p>"
            "<p>תודה על הזמנת הרכש 4501100154.</p>"
            "<p>לפני שנוכל לאשר את ההזמנה, נדרש תשלום מקדמה של 30% (סך 2,658.00 USD) בהתאם לתנאי האשראי ללקוחות חדשים. "
            "חשבונית עסקה תישלח בנפרד. לאחר קבלת התשלום נשלח אישור הזמנה עם מועד אספקה.</p>"
            "<p>נא לאשר אם מקובל עליכם.</p>"
            "<p>בברכה,<br>נועה לוי<br>מחלקת מכירות<br>נטקום מערכות בע\"מ, פתח תקווה</p></div>"
            "<div dir=\"ltr\"><hr><b>From:</b> Jonas Berg &lt;jonas.berg@corvane.example&gt;<br><b>Sent:</b> "
            "Wednesday, November 11, 2026 4:40 PM<br><b>Subject:</b> " + subj(po["po_number"]) + "<br><br>"
            + mime.html_escape(request_text(po)).replace("\n", "<br>") + "</div></body></html>")
    assert round((2 * 3150 + 2 * 1280) * 0.30, 2) == 2658.00
    body = mime.text(html, "html", charset="utf-8", cte="base64")
    h = thread_headers(po, mime.addr("נועה לוי", "noa.levi@netcom-il.example"),
                       "Jonas Berg <jonas.berg@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 12, 0, 51, "+0200"),
                       "<HE1P195MB0412A7B8C9D0E1F2@HE1P195MB0412.EURP195.PROD.OUTLOOK.example>")
    exp = expected("needs_review", "Hebrew HTML-only (RTL, base64): confirmation only after a 30 % prepayment "
                   "(2,658.00 USD is the deposit, not a price); asks for agreement.")
    return case("network-prepayment-hebrew", "Right-to-left Hebrew HTML-only reply making confirmation conditional "
                "on a prepayment whose amount looks like a price.", [po], mime.message(h, body), exp)


def c_contradiction_nb():
    s = sup("NRTRE", "Norsk Trelast AS", "ordre@norsktrelast.example", "nb-NO")
    po = PO("4501100155", s, "Mikkel Strand", "EUR", "2026-11-10", [
        L(1, "TM-PINE-48x198", "Pine C24 planks 48x198 mm, 5.4 m", 22, "M3", "398.00", "2026-12-04"),
        L(2, "TM-PINE-36x48", "Pine battens 36x48 mm, 4.8 m", 6, "M3", "355.00", "2026-12-04"),
    ])
    new = ("Hei Mikkel,\n\n"
           "Takk for bestillingen. Vi bekrefter ordre 4501100155 med levering fredag 4. desember, priser som i "
           "bestillingen.\n\n"
           "Lastebil er booket fra sagbruket i uke 51, så lasten er hos dere rett før jul.\n\n"
           "Mvh\nOle Hansen\nNorsk Trelast AS\n")
    body = gmail(new, po, "tir. 10. nov. 2026 kl. 15:22 skrev Mikkel Strand <mikkel.strand@corvane.example>:",
                 boundary="000000000000c1d2e30623fa1b2c")
    h = thread_headers(po, mime.addr("Ole Hansen", "ole.hansen@norsktrelast.example"),
                       "Mikkel Strand <mikkel.strand@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 11, 13, 37, 15, "+0100"),
                       "<CAN5xY8rA2zC6bD9uX1iV4yM7sT0eH3jKl5@mail.gmail.example>")
    wd("2026-12-04", "Fri")
    exp = expected("needs_review", "Norwegian reply that confirms delivery Friday 4 December and in the next paragraph "
                   "says the truck leaves the sawmill in week 51 (arriving just before Christmas); contradictory, a "
                   "buyer must ask.")
    return case("timber-contradictory-dates-norwegian", "Confirms 'fredag 4. desember' and then books the truck for "
                "week 51: two incompatible dates in one short mail.", [po], mime.message(h, body), exp)


CASES = [c_bounce_postfix, c_bounce_exchange, c_bounce_quota_de, c_bounce_gmail, c_ticket_ack, c_shared_inbox_nl,
         c_ooo_frca, c_ooo_ko, c_ooo_dech, c_newsletter_it, c_invoice_other_pl, c_shipping_other_es, c_pricelist_bg,
         c_statement_hu, c_revert_lt, c_later_sk, c_conditional_hr, c_question_ja, c_prepay_he, c_contradiction_nb]
