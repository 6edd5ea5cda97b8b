"""Cases 056-070: auto-replies, bounces and unrelated mail."""
from .common import case, mkpo, expected, req_body, req_subject, outlook_quote, DOMAIN
from .mime import Part, reply, multi, attach, message, addr, ew, hdate, text, html_from_text
from .pdf import make_pdf
from .xlsx import make_xlsx


def orig_request(po, date, tz="+0100"):
    """Our original acknowledgment request as it left our server (bytes, LF)."""
    b = po["buyer"]
    s = po["supplier"]
    hdrs = [("From", addr(b["name"], b["email"])), ("To", addr(s["name"], s["email"])),
            ("Subject", req_subject(po)), ("Date", hdate(date, tz)),
            ("Message-ID", po["request_message_id"]), ("MIME-Version", "1.0")]
    return message(hdrs, text(req_body(po), "plain", "utf-8", "quoted-printable"), crlf=False)


def dsn_part(fields_msg, fields_rcpt):
    body = "\n".join(f"{k}: {v}" for k, v in fields_msg) + "\n\n" + \
        "\n".join(f"{k}: {v}" for k, v in fields_rcpt) + "\n"
    return Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"], body.encode("ascii"))


def rfc822_part(raw, desc="Undelivered Message"):
    return Part([f"Content-Description: {desc}", "Content-Type: message/rfc822"], raw)


# ------------------------------------------------------------------ auto replies

@case("stadium-seats-polish-ooo-return-date", "auto_reply/pl-PL",
      "A Polish out-of-office with a return date (23.11.2026) and a deputy's phone number - dates that must not be read as delivery dates.")
def c056():
    sup = ("TRYB", "Trybuna Siedziska Sp. z o.o.", "k.nowak@trybuna-siedziska.example", "pl-PL")
    po = mkpo("4500021830", sup, "PLN", "2026-11-09", [
        ("SS-PL-TIP", "Tip-up stadium seat, 4/3 back, RAL 6018 green", 800, "PCS", "164.00", "2026-12-18"),
        ("SS-PL-RW", "Row letter plate A-Z, 12x20 cm", 40, "PCS", "22.00", "2026-12-18"),
    ], buyer="marek")
    body = ("Dzień dobry,\n\ndziękuję za wiadomość. Jestem na urlopie do 20.11.2026 włącznie, wracam w poniedziałek "
            "23.11.2026. W pilnych sprawach proszę o kontakt z Pawłem Zielińskim, tel. +48 22 555 41 20, "
            "p.zielinski@trybuna-siedziska.example.\n\nI am out of the office until 20.11.2026 and back on 23.11.2026.\n\n"
            "Pozdrawiam\nKatarzyna Nowak\nTrybuna Siedziska Sp. z o.o.\n")
    eml = reply(po, date="2026-11-09 09:13", tz="+0100", frm=("Katarzyna Nowak", sup[2]), body=body,
                mid="<a1b2c3d4e5f60718293a4b5c6d7e8f90@WAWEX01.trybuna-siedziska.example>", charset="iso-8859-2",
                prefix="Automatyczna odpowiedź: ", tag="c056", lang="pl-PL",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, expected("auto_reply",
                               "Out-of-office until 20.11.2026, back 23.11.2026 (a Monday): return dates, not delivery dates.")


@case("projector-lamps-ticket-receipt", "auto_reply/en-IN",
      "A helpdesk ticket acknowledgement quoting our subject and promising an answer 'within 2 business days' - automatic, not an answer.")
def c057():
    sup = ("CINELU", "CineLumen India Pvt. Ltd.", "orders@cinelumen.example", "en-IN")
    po = mkpo("4500021811", sup, "USD", "2026-11-10", [
        ("CL-IN-30K", "Xenon lamp 3.0 kW for DLP cinema, 2000 h", 6, "EA", "1090.00", "2026-12-18"),
    ], buyer="priya")
    body = ("Dear Priya Nair,\n\nThank you for contacting CineLumen. Your request has been registered as\n"
            "Ticket #48213 - \"Purchase order 4500021811 - request for order acknowledgement\".\n\n"
            "Our order desk will respond within 2 business days. Please do not change the subject line when replying, "
            "so that your message is added to the same ticket.\n\n"
            "Track your ticket: https://support.cinelumen.example/helpdesk/tickets/48213\n\n"
            "Regards,\nCineLumen Customer Care\n1800 555 0142 (toll free, Mon-Sat 9:30-18:00 IST)\n")
    eml = reply(po, date="2026-11-10 10:02", tz="+0530", frm=("CineLumen Support", "support@cinelumen.example"), body=body,
                mid="<freshdesk.48213.1731213120.ack@cinelumen.example>", subject="[Ticket #48213] We have received your request",
                mailer=("X-Mailer", "Freshdesk"), tag="c057",
                extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Autoreply", "true")])
    return [po], eml, expected("auto_reply", "Ticket system receipt (Ticket #48213); it quotes the PO number but commits to nothing.")


@case("beet-seed-shared-inbox-receipt", "auto_reply/sv-SE",
      "An HTML-only Swedish shared-inbox receipt ('Vi har tagit emot ditt mejl ... inom 48 timmar') that repeats the PO number.")
def c058():
    sup = ("BETFRO", "Betfrö Norden AB", "order@betfro-norden.example", "sv-SE")
    po = mkpo("4500021835", sup, "SEK", "2026-11-11", [
        ("SB-SE-MONO", "Sugar beet seed monogerm, unit = 100,000 seeds, 2027", 90, "EA", "2150.00", "2027-02-19"),
        ("SB-SE-CTR", "Seed counter calibration disc 3.5 mm", 2, "EA", "840.00", "2027-02-19"),
    ], buyer="tomas")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>\n'
            '<table width="600" style="font-family:Arial,sans-serif;font-size:13px"><tr><td>\n'
            '<p><b>Tack för ditt mejl!</b></p>\n'
            '<p>Vi har tagit emot ditt meddelande &quot;Purchase order 4500021835 - request for order acknowledgement&quot; '
            'och återkommer normalt inom 48 timmar (vardagar). Detta är ett automatiskt svar från vår gemensamma orderbrevlåda.</p>\n'
            '<p>Betfrö Norden AB | Frögatan 3, 261 31 Landskrona | 0418-55 21 40</p>\n'
            '</td></tr></table>\n</body></html>\n')
    eml = reply(po, date="2026-11-11 09:12", tz="+0100", frm=("Betfrö Norden Order", sup[2]), body="", html=html,
                html_only=True, mid="<receipt-20261111-091247-7731@betfro-norden.example>",
                prefix="Mottagen: ", mailer=None, tag="c058",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [po], eml, expected("auto_reply", "Automatic receipt from a shared order mailbox; the 48-hour promise is not a confirmation.")


@case("bowling-shoes-japanese-ooo", "auto_reply/ja-JP",
      "ISO-2022-JP Japanese absence notice (出張) with a return date '11月30日(月)' that looks like a date commitment.")
def c059():
    sup = ("TKBOWL", "Tokyo Bowling Supply K.K.", "tanaka@tokyobowling.example", "ja-JP")
    po = mkpo("4500021838", sup, "JPY", "2026-11-16", [
        ("BS-JP-RENT", "Bowling rental shoe, size 26.5 cm, 2027 model", 80, "PAIR", "4200", "2026-12-18"),
        ("BS-JP-SOLE", "Slide sole S6", 40, "PAIR", "1350", "2026-12-18"),
    ], buyer="priya")
    body = ("いつもお世話になっております。\n\n誠に恐れ入りますが、11月16日(月)から11月27日(金)まで海外出張のため不在にしております。"
            "11月30日(月)より順次対応させていただきます。\n\nお急ぎの場合は営業部 山本（yamamoto@tokyobowling.example、"
            "03-5555-2140）までご連絡ください。\n\n東京ボウリングサプライ株式会社\n田中 裕子\n")
    eml = reply(po, date="2026-11-16 09:13", tz="+0900", frm=("Tanaka Yuko", sup[2]), body=body,
                mid="<20261116091301.A1B2C3@tokyobowling.example>", charset="iso-2022-jp", cte="7bit", html=False,
                subject="不在通知: " + req_subject(po), mailer=("X-Mailer", "Microsoft Outlook 16.0"), tag="c059",
                extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, expected("auto_reply", "Business-trip absence notice; 11月30日(月) is the return date, not a delivery date.")


@case("ballet-barre-quebec-ooo", "auto_reply/fr-CA",
      "A bilingual Québec out-of-office ('absente du bureau jusqu'au 2026-11-27') with ISO dates and a colleague's address.")
def c060():
    sup = ("BARQC", "Barres Pirouette inc.", "julie.gagnon@barres-pirouette.example", "fr-CA")
    po = mkpo("4500021842", sup, "CAD", "2026-11-20", [
        ("BB-QC-WALL", "Wall ballet barre 3.0 m, maple, 4/3 brackets", 12, "EA", "265.00", "2027-01-15"),
    ])
    body = ("Bonjour,\n\nJe suis absente du bureau jusqu'au 2026-11-27 inclusivement. Pour toute commande, veuillez écrire "
            "à commandes@barres-pirouette.example.\n\nHello, I am out of the office until 2026-11-27. For orders please write "
            "to commandes@barres-pirouette.example.\n\nJulie Gagnon\nBarres Pirouette inc. | Laval (Québec)\n")
    eml = reply(po, date="2026-11-20 14:05", tz="-0500", frm=("Julie Gagnon", sup[2]), body=body,
                mid="<YQBPR0101MB6120A1B2C3D4E5F6@YQBPR0101MB6120.CANPRD01.PROD.barres-pirouette.example>",
                subject="Réponse automatique : " + req_subject(po), tag="c060", lang="fr-CA",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, expected("auto_reply", "Out-of-office (bilingual); the ISO date 2026-11-27 is the return date.")


# ------------------------------------------------------------------ bounces

@case("tofu-press-postfix-dsn", "bounce/en-GB",
      "A Postfix multipart/report DSN (5.1.1 user unknown) that carries our full request with its PO table and dates as message/rfc822.")
def c061():
    sup = ("TOFUUK", "Tofu Tech UK Ltd", "orders@tofutech-uk.example", "en-GB")
    po = mkpo("4500021845", sup, "GBP", "2026-11-16", [
        ("TP-UK-20", "Tofu press 20x12 cm, stainless, 3/8 spring", 30, "EA", "48.00", "2026-12-11"),
        ("TP-UK-CL", "Cheesecloth 90x90 cm, pack of 12", 20, "SET", "15.60", "2026-12-11"),
    ])
    expl = ("This is the mail system at host mail.corvid-procurement.example.\n\n"
            "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
            "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n<orders@tofutech-uk.example>: host mx1.tofutech-uk.example[203.0.113.25] said:\n"
            "    550 5.1.1 <orders@tofutech-uk.example>: Recipient address rejected: User\n"
            "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    dsn = dsn_part([("Reporting-MTA", "dns; mail.corvid-procurement.example"), ("X-Postfix-Queue-ID", "4Fk2Lq0x7Rz1"),
                    ("X-Postfix-Sender", "rfc822; dana.ruiz@corvid-procurement.example"),
                    ("Arrival-Date", "Mon, 16 Nov 2026 09:12:03 +0000 (GMT)")],
                   [("Final-Recipient", "rfc822; orders@tofutech-uk.example"),
                    ("Original-Recipient", "rfc822;orders@tofutech-uk.example"), ("Action", "failed"),
                    ("Status", "5.1.1"), ("Remote-MTA", "dns; mx1.tofutech-uk.example"),
                    ("Diagnostic-Code", "smtp; 550 5.1.1 <orders@tofutech-uk.example>: Recipient address rejected: User unknown in virtual mailbox table")])
    exp_part = Part(["Content-Description: Notification", 'Content-Type: text/plain; charset="us-ascii"'], expl.encode())
    root = multi("report", [exp_part, dsn, rfc822_part(orig_request(po, "2026-11-16 09:12", "+0000"))],
                 "4Fk2Lq0x7Rz1.1794820324/mail.corvid-procurement.example", params=" report-type=delivery-status;")
    hdrs = [("From", "MAILER-DAEMON@mail.corvid-procurement.example (Mail Delivery System)"),
            ("To", "dana.ruiz@corvid-procurement.example"), ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", hdate("2026-11-16 09:12", "+0000")),
            ("Message-ID", "<20261116091204.5C8A41E0F2@mail.corvid-procurement.example>"),
            ("Auto-Submitted", "auto-replied")]
    return [po], message(hdrs, root), expected("bounce", "Postfix DSN, 5.1.1 user unknown; the PO table and dates are in the returned original only.")


@case("radio-mast-exchange-ndr-spanish", "bounce/es-MX",
      "A Spanish Exchange NDR ('No se puede entregar') with HTML diagnostics, a delivery-status part and the original request attached.")
def c062():
    sup = ("TORBAJ", "Torres y Mástiles del Bajío S.A. de C.V.", "ventas@torresbajio.example", "es-MX")
    po = mkpo("4500021848", sup, "USD", "2026-11-17", [
        ("RM-MX-SEC6", "Guyed tower section 6 m, 45 cm face, galv.", 10, "EA", "1180.00", "2027-01-15"),
        ("RM-MX-GUY", "Guy wire 3/8 in EHS, 7 strand", 600, "M", "1.95", "2027-01-15"),
        ("RM-MX-BASE", "Pier pin base M24x60", 2, "EA", "415.00", "2027-01-15"),
    ])
    plain = ("No se puede entregar el mensaje a estos destinatarios o grupos:\n\nventas@torresbajio.example\n"
             "La dirección de correo electrónico que escribió no se encuentra. Compruebe la dirección del destinatario "
             "e intente enviar de nuevo el mensaje.\n\nDiagnóstico para administradores:\n"
             "Servidor generador: MN2PR05MB6120.namprd05.prod.torresbajio.example\n"
             "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">'
            '<div style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
            '<p style="font-size:21px;color:#c00000"><b>No se puede entregar el mensaje.</b></p>'
            '<p>Su mensaje a <a href="mailto:ventas@torresbajio.example">ventas@torresbajio.example</a> no se pudo entregar. '
            'No se encontró la dirección en el dominio torresbajio.example.</p>'
            '<p><b>Cómo solucionarlo:</b> compruebe la dirección del destinatario e intente enviar el mensaje de nuevo.</p>'
            '<hr><p style="font-size:11px">Diagnóstico para administradores<br>Servidor generador: MN2PR05MB6120.namprd05.prod.torresbajio.example<br>'
            'ventas@torresbajio.example<br>Remote Server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound\'</p>'
            '</div></body></html>\n')
    alt = multi("alternative", [text(plain, "plain", "utf-8", "quoted-printable"),
                                text(html, "html", "utf-8", "quoted-printable")], "_000_MN2PR05MB6120NDR_")
    dsn = dsn_part([("Reporting-MTA", "dns;MN2PR05MB6120.namprd05.prod.torresbajio.example"),
                    ("Received-From-MTA", "dns;mail.corvid-procurement.example"),
                    ("Arrival-Date", "Tue, 17 Nov 2026 08:12:09 +0000")],
                   [("Original-Recipient", "rfc822;ventas@torresbajio.example"),
                    ("Final-Recipient", "rfc822;ventas@torresbajio.example"), ("Action", "failed"),
                    ("Status", "5.1.10"),
                    ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")])
    root = multi("report", [alt, dsn, rfc822_part(orig_request(po, "2026-11-17 09:12"), "Mensaje no entregado")],
                 "_001_MN2PR05MB6120NDRrep_", params=" report-type=delivery-status;")
    hdrs = [("From", "Microsoft Outlook <postmaster@torresbajio.example>"),
            ("To", "dana.ruiz@corvid-procurement.example"),
            ("Subject", ew("No se puede entregar: " + req_subject(po))),
            ("Date", hdate("2026-11-17 02:12", "-0600")),
            ("Message-ID", "<4b1e9c2a-7d3f-4a8e-b6c1-0f2e3d4a5b6c@MN2PR05MB6120.namprd05.prod.torresbajio.example>"),
            ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
            ("Auto-Submitted", "auto-replied"), ("Content-Language", "es-MX"),
            ("X-MS-Exchange-Message-Is-Ndr", "")]
    return [po], message(hdrs, root), expected("bounce", "Exchange NDR in Spanish (5.1.10 RecipientNotFound); threaded on our request, carrying the PO table.")


@case("glacier-lift-qmail-plain-bounce", "bounce/fi-FI",
      "A plain-text qmail 'failure notice' (no multipart/report) with the complete original request pasted below the separator line.")
def c063():
    sup = ("TUNTURI", "Tunturihissit Oy", "myynti@tunturihissit.example", "fi-FI")
    po = mkpo("4500021851", sup, "EUR", "2026-11-18", [
        ("GL-FI-ROLL", "Line roller 250 mm, rubber tyre, 2027 spec", 48, "EA", "164.00", "2026-12-18"),
        ("GL-FI-BRG", "Roller bearing 6204-2RS, box of 10", 12, "BOX", "38.50", "2026-12-18"),
    ], buyer="tomas")
    orig = orig_request(po, "2026-11-18 09:12").decode("ascii")
    body = ("Hi. This is the qmail-send program at mx.tunturihissit.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<myynti@tunturihissit.example>:\nThis mailbox has been disabled (#5.2.1)\n\n"
            "--- Below this line is a copy of the message.\n\n" + orig)
    root = Part(['Content-Type: text/plain; charset="us-ascii"', "Content-Transfer-Encoding: 7bit"], body.encode("ascii"))
    hdrs = [("From", "MAILER-DAEMON@mx.tunturihissit.example"), ("To", "tomas.lindqvist@corvid-procurement.example"),
            ("Subject", "failure notice"), ("Date", hdate("2026-11-18 10:13", "+0200")),
            ("Message-ID", "<1795508000.29117@mx.tunturihissit.example>")]
    return [po], message(hdrs, root), expected("bounce", "qmail plain-text bounce; everything below the separator is our own request (PO table, dates).")


@case("pinball-german-dsn-mailbox-full", "bounce/de-DE",
      "A German provider's DSN ('Postfach voll', 5.2.2) in multipart/report with German explanation and the returned request with its table.")
def c064():
    sup = ("FLIPDE", "Flipper-Teile Schmidt GmbH", "bestellung@flipper-schmidt.example", "de-DE")
    po = mkpo("4500021856", sup, "EUR", "2026-11-19", [
        ("PB-DE-GUM", "Gummiring-Set 2027, 3/8 und 1/2 Zoll, 40 Stk.", 50, "SET", "16.80", "2026-12-11"),
        ("PB-DE-SP50", "Spule 23-800, 50V", 30, "EA", "19.40", "2026-12-11"),
    ])
    expl = ("Dies ist eine automatisch erstellte Benachrichtigung über den Zustellstatus.\n\n"
            "Die Zustellung an folgende Empfänger ist fehlgeschlagen:\n\n     bestellung@flipper-schmidt.example\n\n"
            "Grund: Das Postfach des Empfängers ist voll (552 5.2.2 Mailbox full / Postfach voll).\n"
            "Ihre Nachricht vom 19.11.2026 09:12 wurde nicht zugestellt und ist unten angehängt.\n")
    dsn = dsn_part([("Reporting-MTA", "dns; mx01.flipper-schmidt.example"),
                    ("Arrival-Date", "Thu, 19 Nov 2026 09:12:05 +0100")],
                   [("Final-Recipient", "rfc822; bestellung@flipper-schmidt.example"), ("Action", "failed"),
                    ("Status", "5.2.2"), ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full")])
    root = multi("report", [text(expl, "plain", "iso-8859-1", "quoted-printable"), dsn,
                            rfc822_part(orig_request(po, "2026-11-19 09:12"), "Unzustellbare Nachricht")],
                 "B7A13C2E91.1795594325/mx01.flipper-schmidt.example", params=" report-type=delivery-status;")
    hdrs = [("From", "Mail Delivery System <MAILER-DAEMON@mx01.flipper-schmidt.example>"),
            ("To", "dana.ruiz@corvid-procurement.example"),
            ("Subject", ew("Unzustellbar: " + req_subject(po), "iso-8859-1")),
            ("Date", hdate("2026-11-19 09:12", "+0100")),
            ("Message-ID", "<20261119081205.B7A13C2E91@mx01.flipper-schmidt.example>"),
            ("Auto-Submitted", "auto-replied")]
    return [po], message(hdrs, root), expected("bounce", "DSN 5.2.2 mailbox full, German explanation; PO data only inside the returned message.")


@case("slate-hooks-delayed-dsn", "bounce/en-AU",
      "A 'Delivery Status Notification (Delay)' (Action: delayed, 4.4.7) - still a DSN, not a supplier answer, with the request attached.")
def c065():
    sup = ("STHSLT", "Southern Slate Fixings Pty Ltd", "sales@southernslate.example", "en-AU")
    po = mkpo("4500021858", sup, "AUD", "2026-11-19", [
        ("SH-AU-CU", "Copper slate hook 150 mm, 3.0 mm", 12000, "PCS", "0.31", "2026-12-18"),
        ("SH-AU-DISC", "Disc rivet 4/3 copper, box of 500", 8, "BOX", "27.50", "2026-12-18"),
    ])
    plain = ("** Delivery incomplete **\n\nThere was a temporary problem delivering your message to sales@southernslate.example. "
             "We'll retry for 44 more hours. You'll be notified if the delivery fails permanently.\n\n"
             "The response from the remote server was:\n451 4.4.7 Temporary server error. Please try again later\n")
    dsn = dsn_part([("Reporting-MTA", "dns; mail.corvid-procurement.example"),
                    ("Arrival-Date", "Thu, 19 Nov 2026 09:12:02 +0100")],
                   [("Final-Recipient", "rfc822; sales@southernslate.example"), ("Action", "delayed"),
                    ("Status", "4.4.7"), ("Will-Retry-Until", "Sat, 21 Nov 2026 09:12:02 +0100"),
                    ("Diagnostic-Code", "smtp; 451 4.4.7 Temporary server error. Please try again later")])
    root = multi("report", [text(plain, "plain", "utf-8", "7bit"), dsn, rfc822_part(orig_request(po, "2026-11-19 09:12"))],
                 "000000000000dsn4b7c05f3e6", params=" report-type=delivery-status;")
    hdrs = [("From", "Mail Delivery Subsystem <mailer-daemon@mail.corvid-procurement.example>"),
            ("To", "dana.ruiz@corvid-procurement.example"),
            ("Subject", "Delivery Status Notification (Delay)"), ("Date", hdate("2026-11-19 13:14", "+0100")),
            ("Message-ID", "<dsn-delay-20261119131402-4500021858@mail.corvid-procurement.example>"),
            ("Auto-Submitted", "auto-replied")]
    return [po], message(hdrs, root), expected("bounce", "Delay DSN (4.4.7, will retry); a delivery status notification, so bounce.")


# ------------------------------------------------------------------ unrelated

@case("tractor-chains-complaint-earlier-delivery", "unrelated/it-IT",
      "The supplier disputes our deduction on an October delivery of another PO; it is full of quantities, dates and prices but does not answer the open PO.")
def c066():
    sup = ("CATPAD", "Catene Agricole Padane S.r.l.", "amministrazione@catenepadane.example", "it-IT")
    po = mkpo("4500021772", sup, "EUR", "2026-11-05", [
        ("TC-IT-1430", "Tyre chain pair 14.9-30, 8 mm", 10, "PAIR", "520.00", "2026-12-16"),
        ("TC-IT-TENS", "Chain tensioner, set of 4", 10, "SET", "31.00", "2026-12-16"),
    ])
    body = ("Gentile Dana,\n\ncon riferimento alla nostra consegna del 14/10/2026 (DDT n. 2291, vostro ordine 4500020877) "
            "contestiamo la nota di addebito n. 118 del 02/11/2026: il vostro magazzino ha scartato 6 coppie di catene "
            "16.9-34 per \"ruggine superficiale\", ma le foto allegate al DDT mostrano la merce imballata correttamente. "
            "Vi chiediamo di annullare l'addebito di 3.120,00 EUR o di restituirci le 6 coppie entro il 30/11/2026 "
            "per una verifica.\n\nIn attesa di un vostro cortese riscontro porgiamo distinti saluti.\n\n"
            "Elena Bianchi\nUfficio Amministrazione\nCatene Agricole Padane S.r.l.\nVia Emilia Ovest 410, 41123 Modena\n"
            "Tel. +39 059 555 2140\n")
    eml = reply(po, date="2026-11-16 11:25", tz="+0100", frm=("Elena Bianchi", sup[2]), body=body,
                mid="<AM8PR02MB7714F0A1B2C3D4E5@AM8PR02MB7714.eurprd02.prod.catenepadane.example>",
                charset="windows-1252", thread=False,
                subject="Contestazione nota di addebito 118 - DDT 2291 del 14/10/2026 (ordine 4500020877)",
                tag="c066", lang="it-IT")
    return [po], eml, expected("unrelated",
                               "A complaint about an earlier delivery for another order (4500020877); the open PO 4500021772 is not mentioned.")


@case("bowling-newsletter-danish", "unrelated/da-DK",
      "A Danish HTML newsletter with 2027 prices, 'levering inden jul' promises and a discount code - bulk mail, not an answer.")
def c067():
    sup = ("DKBOWL", "Dansk Bowlingudstyr A/S", "salg@dansk-bowling.example", "da-DK")
    po = mkpo("4500021815", sup, "DKK", "2026-11-09", [
        ("BS-DK-RENT", "Bowling rental shoe, size 38-46 assortment", 120, "PAIR", "389.00", "2026-12-17"),
    ])
    txt = ("Nyhedsbrev november 2026\n\nNye udlejningssko 2027 - nu med velcro og skiftesål S8.\n"
           "Bestil inden 01.12.2026, så leverer vi inden jul. Brug koden JUL26 og få 8 % rabat.\n\n"
           "Udlejningssko 2027: 359,00 kr. pr. par (før 389,00 kr.)\nDesinfektionsspray 400 ml: 69,00 kr.\n\n"
           "Afmeld nyhedsbrevet: https://dansk-bowling.example/afmeld\n")
    html = html_from_text(txt, "utf-8", "Verdana,sans-serif", "13px")
    eml = reply(po, date="2026-11-17 07:00", tz="+0100", frm=("Dansk Bowlingudstyr", "nyhedsbrev@dansk-bowling.example"),
                body=txt, html=html, mid="<nl-2026-11.88213.20261117@mailer.dansk-bowling.example>", thread=False,
                subject="Nyhedsbrev: Nye udlejningssko 2027 - levering inden jul", to="dana.ruiz@corvid-procurement.example",
                mailer=("X-Mailer", "Mailchimp Mailer - **CID4a1b2c3d4e5f**"), tag="c067",
                extra=[("List-Unsubscribe", "<https://dansk-bowling.example/afmeld?u=88213>"), ("Precedence", "bulk")])
    return [po], eml, expected("unrelated", "Marketing newsletter; the 2027 prices and 'before Christmas' are offers, not an order answer.")


@case("radio-mast-price-list-2027-xlsx", "unrelated/nb-NO",
      "A 2027 price list in XLSX that lists our exact item codes with new prices valid from 01.01.2027 - not an answer to the open PO.")
def c068():
    sup = ("NORDMA", "Nordmast AS", "salg@nordmast.example", "nb-NO")
    po = mkpo("4500021820", sup, "NOK", "2026-11-09", [
        ("RM-NO-SEC3", "Lattice mast section 3 m, 300 mm face", 8, "EA", "5400.00", "2026-12-18"),
        ("RM-NO-GUY6", "Guy wire 6 mm galvanised", 300, "M", "18.50", "2026-12-18"),
    ], buyer="tomas")
    xl = make_xlsx([["Nordmast AS - Prisliste 2027", "", "", "Gyldig fra 01.01.2027"], [],
                    ["Varenr.", "Beskrivelse", "Enhet", "Pris NOK 2027"],
                    ["RM-NO-SEC3", "Gittermastseksjon 3 m, 300 mm", "stk", 5690.0],
                    ["RM-NO-SEC6", "Gittermastseksjon 6 m, 300 mm", "stk", 10950.0],
                    ["RM-NO-GUY6", "Bardunwire 6 mm galv.", "m", 19.4],
                    ["RM-NO-BASE", "Fotplate 300, M20x60", "stk", 2480.0]], "Prisliste 2027")
    body = ("Hei,\n\nvedlagt finner du vår prisliste for 2027, gyldig fra 01.01.2027. Alle ordre bekreftet før årsskiftet "
            "leveres til 2026-priser.\n\nMed vennlig hilsen\nOle Bakken\nNordmast AS\nIndustriveien 9, 7080 Heimdal\nTlf. +47 72 55 41 20\n")
    eml = reply(po, date="2026-11-18 08:30", tz="+0100", frm=("Ole Bakken", "ole.bakken@nordmast.example"), body=body,
                mid="<GV0P278MB0716A1B2C3D4E5F6@GV0P278MB0716.CHEP278.PROD.nordmast.example>", charset="iso-8859-1",
                thread=False, subject="Prisliste 2027 - Nordmast AS", tag="c068", lang="nb-NO",
                to="tomas.lindqvist@corvid-procurement.example",
                attachments=[attach(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    "Nordmast_prisliste_2027.xlsx")])
    return [po], eml, expected("unrelated",
                               "General 2027 price list (valid from 01.01.2027) sent to all customers; it does not answer PO 4500021820 even though its item codes appear.")


@case("incubator-invoice-other-order", "unrelated/cs-CZ",
      "An invoice PDF for an older PO (4500020511) from the same supplier, with quantities, prices and a due date, while a different PO is open.")
def c069():
    sup = ("INKBRN", "Inkubátory Brno s.r.o.", "fakturace@inkubatory-brno.example", "cs-CZ")
    po = mkpo("4500021824", sup, "CZK", "2026-11-09", [
        ("LI-CZ-55", "Laboratory incubator 55 L, 230V, 2 shelves", 2, "EA", "48900.00", "2026-12-18"),
        ("LI-CZ-SHF", "Spare shelf 55 L, 1.5 mm", 4, "EA", "1250.00", "2026-12-18"),
    ], buyer="marek")
    lines = ["INKUBATORY BRNO s.r.o., Videnska 112, 619 00 Brno, ICO 25555412, DIC CZ25555412", "",
             "FAKTURA - DANOVY DOKLAD c. 2026110482", "",
             "Odberatel: Corvid Group, Hafenstrasse 12, 28197 Bremen",
             "Vase objednavka: 4500020511      Dodaci list: DL-26-0933 ze dne 05.11.2026",
             "Datum vystaveni: 16.11.2026   DUZP: 05.11.2026   Splatnost: 15.01.2027", "",
             "Pol. Kod        Popis                         Mnozstvi  MJ   Cena/MJ CZK    Celkem CZK",
             "1    LI-CZ-120  Inkubator 120 L                      1  ks      72 400,00     72 400,00",
             "2    LI-CZ-SHF  Police 55 L                          6  ks       1 250,00      7 500,00", "",
             "Zaklad DPH 0 % (reverse charge): 79 900,00 CZK",
             "Celkem k uhrade: 79 900,00 CZK"]
    pdf = make_pdf(lines, title="Faktura 2026110482", producer="Pohoda", date="D:20261116080000+01'00'", compress=True)
    body = ("Dobrý den,\n\nv příloze zasíláme fakturu č. 2026110482 k Vaší objednávce 4500020511.\n\n"
            "S pozdravem\nfakturace\nInkubátory Brno s.r.o.\n")
    eml = reply(po, date="2026-11-16 08:05", tz="+0100", frm=("Inkubátory Brno - fakturace", sup[2]), body=body,
                mid="<pohoda.2026110482.1795331100@inkubatory-brno.example>", charset="iso-8859-2", html=False,
                thread=False, subject="Faktura 2026110482 - obj. 4500020511", mailer=("X-Mailer", "Pohoda E1"),
                to="Marek Wolny <marek.wolny@corvid-procurement.example>", tag="c069",
                attachments=[attach(pdf, "application/pdf", "Faktura_2026110482.pdf")])
    return [po], eml, expected("unrelated", "Invoice for another, already delivered order (4500020511); the open PO 4500021824 is not answered.")


@case("tractor-chains-delivery-note-other-order", "unrelated/sk-SK",
      "A Slovak shipping notice with a delivery-note CSV for an older PO; its ship and delivery dates resemble a confirmation but concern another order.")
def c070():
    sup = ("RETAZE", "Reťaze Agro Slovakia s.r.o.", "expedicia@retaze-agro.example", "sk-SK")
    po = mkpo("4500021827", sup, "EUR", "2026-11-10", [
        ("TC-SK-1838", "Tyre chain pair 18.4-38, 10 mm", 6, "PAIR", "760.00", "2026-12-18"),
        ("TC-SK-LINK", "Repair link 10 mm, box of 25", 10, "BOX", "29.00", "2026-12-18"),
    ])
    csv = ("Dodaci list;Objednavka;Polozka;Kod;Popis;Mnozstvo;MJ;Expedicia;Dorucenie\r\n"
           "DL-2026-7712;4500020944;1;TC-SK-1634;Snehove retaze 16.9-34;4;par;19.11.2026;23.11.2026\r\n"
           "DL-2026-7712;4500020944;2;TC-SK-LINK;Spojka 10 mm (25 ks);6;bal;19.11.2026;23.11.2026\r\n")
    body = ("Dobrý deň,\n\ndnes sme expedovali tovar k Vašej objednávke 4500020944 (dodací list DL-2026-7712 v prílohe). "
            "Predpokladané doručenie 23.11.2026, prepravca Raben, číslo zásielky 55120933.\n\n"
            "S pozdravom\nExpedícia\nReťaze Agro Slovakia s.r.o., Hlohovská 14, 949 01 Nitra\n")
    eml = reply(po, date="2026-11-19 14:40", tz="+0100", frm=("Expedícia Reťaze Agro", sup[2]), body=body,
                mid="<expedicia.DL-2026-7712.20261119@retaze-agro.example>", charset="windows-1250", html=False,
                thread=False, subject="Avízo expedície DL-2026-7712 - obj. 4500020944", mailer=None, tag="c070",
                attachments=[attach(csv, "text/csv", "DL-2026-7712.csv")])
    return [po], eml, expected("unrelated",
                               "Dispatch advice / delivery note for an older order 4500020944, not the open PO 4500021827 (which even shares an item code).")
