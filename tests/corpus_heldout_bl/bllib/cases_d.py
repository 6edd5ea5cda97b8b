"""Cases 055-070: auto-replies, bounces, unrelated mail."""
from .common import (case, sup, po, other, D, reply, request_eml, request_text, request_subject, request_dt,
                     mdate, msgid, boundary, attach, BUYER_DOM, esc)
from .mime import Part, Multi, message, addr, ew
from .pdf import make_pdf
from .xlsx import make_xlsx


def _auto_hdr(kind="auto-replied"):
    return [("Auto-Submitted", kind), ("X-Auto-Response-Suppress", "All")]


# ------------------------------------------------------------------ auto replies

@case("frames-finnish-ooo", "auto_reply/fi-FI",
      "Finnish/English out-of-office with its own date range (16.-27.11.2026) and a colleague address; nothing about the order.")
def c055(slug):
    s = sup("MEHILAIS", "Mehiläistarvike Oy", "laura.virtanen@mehilaistarvike.example", "fi-FI")
    p = po("4500072110", s, "EUR", "2026-11-16", [
        ("BF-LANG-FI", "Langstroth frame, Finnish pine, 232 mm", 1500, "EA", "1.35", "2026-12-11"),
        ("BF-WIRE-0.4", "Frame wire 0.4 mm, stainless, 500 g spool", 10, "ROL", "12.80", "2026-12-11"),
    ], buyer="ml")
    body = """Hei,

olen vuosilomalla 16.–27.11.2026 enkä lue sähköpostiani. Kiireellisissä tilausasioissa ota yhteyttä myyntiin: myynti@mehilaistarvike.example tai puh. 020 555 4100.

I am on annual leave from 16 to 27 November 2026 and will not be reading my e-mail. For urgent order matters please contact myynti@mehilaistarvike.example or call +358 20 555 4100.

Ystävällisin terveisin / Best regards
Laura Virtanen
Mehiläistarvike Oy
"""
    eml = reply(p, slug, frm=("Laura Virtanen", "laura.virtanen@mehilaistarvike.example"),
                date="2026-11-16T09:14:51+02:00", body=body, client="exchange", lang="fi", locale="fi-FI",
                charset="windows-1252", quote="none", prefix="Automaattinen vastaus: ", extra=_auto_hdr())
    return [p], eml, other("auto_reply", "Outlook out-of-office in Finnish and English; the dates 16.-27.11.2026 are the "
                                          "absence, not a delivery commitment.")


@case("minibars-arabic-autoreply", "auto_reply/ar-AE",
      "Arabic/English automatic acknowledgement (windows-1256, base64) promising an answer within two working days.")
def c056(slug):
    s = sup("GULFHOTEL", "Gulf Hotel Equipment LLC", "sales@gulfhotelequip.example", "ar-AE")
    p = po("HT-26-1201", s, "USD", "2026-11-12", [
        ("HM-GLASS-40", "Glass-door minibar 40 L, 2027 model", 120, "EA", "228.00", "2026-12-18"),
        ("HM-BRKT-W", "Wall bracket for 40 L minibar", 120, "EA", "11.50", "2026-12-18"),
    ], buyer="tf")
    body = """شكراً لتواصلكم مع شركة الخليج لتجهيزات الفنادق.
تم استلام رسالتكم وسيقوم أحد ممثلي المبيعات بالرد عليكم خلال يومي عمل.
ساعات العمل: من الاثنين إلى الجمعة، 8:00 صباحاً - 5:00 مساءً (بتوقيت الإمارات).

Thank you for contacting Gulf Hotel Equipment LLC. Your e-mail has been received and one of our sales representatives will reply within two working days.
Office hours: Monday to Friday, 8:00 am - 5:00 pm (GST).

هذه رسالة آلية، يرجى عدم الرد عليها.
This is an automated message, please do not reply.

Gulf Hotel Equipment LLC | Warehouse 14, Al Quoz Industrial Area 3, Dubai, UAE | +971 4 555 2390
"""
    eml = reply(p, slug, frm=("Gulf Hotel Equipment - Sales", "sales@gulfhotelequip.example"),
                date="2026-11-12T12:15:03+04:00", body=body, client="exchange", locale="ar-AE",
                charset="windows-1256", cte="base64", quote="none", html=False, hcs="utf-8",
                subject="رد تلقائي: " + request_subject(p), extra=_auto_hdr())
    return [p], eml, other("auto_reply", "Automatic receipt in Arabic and English ('will reply within two working days'); "
                                          "no commitment to the order.")


@case("cable-ticket-system", "auto_reply/en-GB",
      "Helpdesk ticket acknowledgement that echoes the PO number and a summary of our request lines, but is generated automatically.")
def c057(slug):
    s = sup("ATLSUBSEA", "Atlantic Subsea Cables Ltd", "orders@atlantic-subsea.example", "en-GB")
    p = po("4500072125", s, "GBP", "2026-11-11", [
        ("ASC-ARM-32", "Rock-armoured cable 32 mm, 4x2.5 mm2", 800, "M", "44.10", "2026-12-18"),
        ("ASC-TERM-32", "Cable termination assembly 32 mm", 4, "EA", "1320.00", "2026-12-18"),
    ], buyer="og")
    body = """Dear Oliver Grant,

Thank you for your email. This is an automated response to confirm that your request has been received and logged as ticket AS-48213 in our Customer Service queue "Orders - UK".

Subject: Order acknowledgement request - PO 4500072125
Priority: Normal
Target first response: within 2 working days

A member of our order management team will review your request and reply to you directly. Please do not change the subject line when replying, so that your message is added to the existing ticket.

Kind regards,
Atlantic Subsea Cables - Customer Service
Pembroke Dock, SA72 6TD, United Kingdom | +44 1646 555 700

This message was sent by an automated system. Ticket AS-48213 | Status: Open
"""
    eml = reply(p, slug, frm=("Atlantic Subsea Customer Service", "support@atlantic-subsea.example"),
                date="2026-11-11T08:16:40+00:00", body=body, client="gmail", charset="utf-8", quote="none",
                subject="[AS-48213] Re: " + request_subject(p),
                extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Mailer", "Zendesk Mailer")])
    return [p], eml, other("auto_reply", "Ticket-system receipt: repeats the PO number and subject but was generated "
                                          "automatically and commits to nothing.")


@case("ice-tools-shared-inbox", "auto_reply/sv-SE",
      "Swedish shared-inbox receipt with a case number and processing time ('normalt inom 1–2 arbetsdagar').")
def c058(slug):
    s = sup("ISVERKTYG", "Isverktyg Norden AB", "order@isverktyg.example", "sv-SE")
    p = po("4500072138", s, "SEK", "2026-11-12", [
        ("IST-CHAINSAW-ICE", "Electric ice chainsaw 16 in, 230 V", 2, "EA", "7450.00", "2026-12-11"),
        ("IST-RASP-SET", "Ice rasp set, 3 profiles", 4, "SET", "890.00", "2026-12-11"),
    ], buyer="ml")
    body = """Hej!

Tack för ditt mejl till order@isverktyg.example. Detta är en automatisk bekräftelse på att vi har tagit emot ditt meddelande. Ärendenummer: SE-20261112-0457.

Vi behandlar order i den ordning de kommer in, normalt inom 1–2 arbetsdagar. Du behöver inte skicka ditt meddelande igen.

Med vänliga hälsningar
Isverktyg Norden AB – Orderavdelningen
Sågverksgatan 3, 972 54 Luleå · 0920-55 58 00
"""
    eml = reply(p, slug, frm=("Isverktyg Norden - Order", "order@isverktyg.example"),
                date="2026-11-12T09:15:12+01:00", body=body, client="gmail", charset="utf-8", quote="none",
                subject="Vi har tagit emot ditt meddelande [SE-20261112-0457]", thread=True,
                extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    return [p], eml, other("auto_reply", "Automatic receipt from a shared order inbox; the '1-2 arbetsdagar' is processing "
                                          "time, not a delivery date.")


@case("bows-spanish-ooo", "auto_reply/es-ES",
      "Spanish out-of-office with absence dates and a colleague's address, threaded on our request.")
def c059(slug):
    s = sup("ARQLEVANTE", "Arquería Levante S.L.", "vicente.soler@arqueria-levante.example", "es-ES")
    p = po("4500072143", s, "EUR", "2026-11-13", [
        ("AB-HORSE-50", "Horse bow 50 in, 35 lb, horn/fibreglass", 6, "EA", "198.00", "2026-12-11"),
        ("AB-ARMG-L", "Arm guard, leather, size L", 12, "EA", "16.00", "2026-12-11"),
    ], buyer="tf")
    body = """Gracias por su mensaje.

Estaré fuera de la oficina del 16 al 20 de noviembre de 2026, sin acceso al correo electrónico. A mi regreso responderé a su mensaje lo antes posible.

Para pedidos urgentes, contacte con pedidos@arqueria-levante.example o llame al 963 55 52 10.

Un saludo,
Vicente Soler
Arquería Levante S.L.
"""
    eml = reply(p, slug, frm=("Vicente Soler", "vicente.soler@arqueria-levante.example"),
                date="2026-11-16T07:02:33+01:00", body=body, client="exchange", lang="es", locale="es-ES",
                charset="iso-8859-1", quote="none", prefix="Respuesta automática: ", extra=_auto_hdr())
    return [p], eml, other("auto_reply", "Out-of-office (16-20 November 2026); the dates are the absence period.")


@case("tracks-russian-ooo", "auto_reply/ru-RU",
      "Russian KOI8-R out-of-office ('в командировке до 30.11.2026') with a deputy's contact.")
def c060(slug):
    s = sup("SNEGTRAK", "Снежный Трак ООО", "a.morozov@snegtrak.example", "ru-RU")
    p = po("HT-26-1214", s, "EUR", "2026-11-13", [
        ("ST-20x156-175", "Track 20x156 in, 1.75 in lug, deep snow", 6, "EA", "1210.00", "2026-12-18"),
        ("ST-WHEEL-180", "Bogie wheel 180 mm with bearing", 24, "EA", "38.00", "2026-12-18"),
    ], buyer="og")
    body = """Здравствуйте!

Я нахожусь в командировке до 30.11.2026 включительно, доступ к почте ограничен.
По срочным вопросам обращайтесь к Ирине Волковой: i.volkova@snegtrak.example, тел. +7 495 555-12-40.

С уважением,
Алексей Морозов
ООО "Снежный Трак"
"""
    eml = reply(p, slug, frm=("Алексей Морозов", "a.morozov@snegtrak.example"),
                date="2026-11-13T11:20:09+03:00", body=body, client="thunderbird", locale="ru-RU",
                charset="koi8-r", cte="8bit", html=False, quote="none", prefix="Автоответ: ", extra=_auto_hdr())
    return [p], eml, other("auto_reply", "Out-of-office in Russian (KOI8-R); 30.11.2026 is the end of a business trip.")


# ------------------------------------------------------------------ bounces

def _dsn(reporting_mta, rcpt, status, diag, arrival, remote_mta=None):
    t = "Reporting-MTA: dns; %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n" % (
        reporting_mta, arrival, rcpt, rcpt, status)
    if remote_mta:
        t += "Remote-MTA: dns; %s\n" % remote_mta
    t += "Diagnostic-Code: smtp; %s\n" % diag
    return Part("message/delivery-status", t)


@case("pickups-japanese-bounce", "bounce/ja-JP",
      "Japanese multipart/report (ISO-2022-JP explanation) for a full mailbox, carrying our original request with its PO table.")
def c061(slug):
    s = sup("TOON", "有限会社東音ピックアップ", "info@toon-pickup.example", "ja-JP")
    p = po("HT-26-1226", s, "JPY", "2026-11-16", [
        ("GP-MINI-HB", "Mini humbucker 7.2k, 2027 series", 80, "EA", "3650", "2026-12-18"),
        ("GP-FB-SC", "Filter'Tron style pickup, 4.5k", 40, "EA", "5200", "2026-12-18"),
    ], buyer="og")
    jp = """このメールは自動送信されています。

次の宛先へのメール配信に失敗しました。

  <info@toon-pickup.example>
  理由: 受信者のメールボックスの容量が上限を超えています。
  (552 5.2.2 Mailbox full)

送信されたメールを添付します。
お手数ですが、宛先をご確認のうえ、時間をおいて再送してください。

--
mail.toon-pickup.example メール配信システム
"""
    orig = request_eml(p, slug)
    root = Multi("report", [Part("text/plain", jp, "ISO-2022-JP", "7bit"),
                            _dsn("mail.toon-pickup.example", "info@toon-pickup.example", "5.2.2",
                                 "552 5.2.2 Mailbox full", mdate("2026-11-16T17:14:25+09:00")),
                            Part("message/rfc822", orig, None, "7bit")],
                 boundary(slug, 0, "java"), ctparams=[("report-type", "delivery-status")])
    hdr = [("Return-Path", "<>"), ("Date", mdate("2026-11-16T17:14:31+09:00")),
           ("From", "MAILER-DAEMON@mail.toon-pickup.example (Mail Delivery Subsystem)"),
           ("To", p["buyer"]["email"]),
           ("Subject", ew("配信不能のお知らせ (Returned mail: see transcript for details)", "ISO-2022-JP")),
           ("Message-ID", "<202611160814.4AG8EVq1027731@mail.toon-pickup.example>"),
           ("Auto-Submitted", "auto-replied")]
    return [p], message(hdr, root), other("bounce", "Japanese DSN (mailbox full); the attached original contains our PO table "
                                                     "with quantities, prices and dates that must not be read as an answer.")


@case("chips-postfix-dsn", "bounce/en-US",
      "Postfix 'Undelivered Mail Returned to Sender' multipart/report (user unknown) with the full original request as message/rfc822.")
def c062(slug):
    s = sup("RACETIMER", "RaceTimer USA Inc.", "orders@racetimer-usa.example", "en-US")
    p = po("HT-26-1233", s, "USD", "2026-11-16", [
        ("MT-RFID-BIB", "RFID bib tag UHF, 2027 race season", 10000, "EA", "0.42", "2026-12-11"),
        ("MT-READER-8", "8-port UHF reader, 24V, IP65", 2, "EA", "3890.00", "2026-12-11"),
        ("MT-CABLE-10", "Antenna cable 10 m, LMR-400", 16, "EA", "64.00", "2026-12-11"),
    ], buyer="og")
    txt = """This is the mail system at host mx1.halvard-trading.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@racetimer-usa.example>: host mx.racetimer-usa.example[203.0.113.25]
    said: 550 5.1.1 <orders@racetimer-usa.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    orig = request_eml(p, slug)
    root = Multi("report", [Part("text/plain", txt, "us-ascii", ctparams=[("Content-Description", None)] if False else []),
                            _dsn("mx1.halvard-trading.example", "orders@racetimer-usa.example", "5.1.1",
                                 "550 5.1.1 <orders@racetimer-usa.example>: Recipient address rejected: User unknown in virtual mailbox table",
                                 mdate("2026-11-16T09:14:23+01:00"), "mx.racetimer-usa.example"),
                            Part("message/rfc822", orig, None, "7bit", headers=[("Content-Description", "Undelivered Message")])],
                 "4Bq7Xk2Zt9zKp1.1794816864/mx1.halvard-trading.example", ctparams=[("report-type", "delivery-status")],
                 preamble="This is a MIME-encapsulated message.")
    hdr = [("Return-Path", "<>"), ("Date", mdate("2026-11-16T09:14:24+01:00")),
           ("From", "MAILER-DAEMON@mx1.halvard-trading.example (Mail Delivery System)"),
           ("Subject", "Undelivered Mail Returned to Sender"), ("To", p["buyer"]["email"]),
           ("Auto-Submitted", "auto-replied"), ("Message-Id", "<20261116081424.4Bq7Xk2Zt9zKp1@mx1.halvard-trading.example>")]
    return [p], message(hdr, root), other("bounce", "Our own MTA's DSN (550 5.1.1 user unknown); the returned original "
                                                     "holds the PO table and requested dates.")


@case("plates-exchange-ndr", "bounce/de-DE",
      "German Exchange NDR ('Unzustellbar', RecipientNotFound) with text and HTML explanation, delivery-status and the original attached.")
def c063(slug):
    s = sup("VOGTOFFSET", "Offsetplatten Vogt GmbH", "bestellung@vogt-offset.example", "de-DE")
    p = po("4500072210", s, "EUR", "2026-11-17", [
        ("PP-VIOLET-460", "Violet CTP plate 460x510x0.15 mm", 500, "EA", "3.95", "2026-12-11"),
        ("PP-CLEAN-5L", "Plate cleaner 5 L", 8, "L", "12.40", "2026-12-11"),
    ])
    txt = """Ihre Nachricht hat folgende Empfänger bzw. Gruppen nicht erreicht:

bestellung@vogt-offset.example
Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse des Empfängers, und senden Sie die Nachricht erneut. Wenden Sie sich an Ihren E-Mail-Administrator, wenn das Problem weiterhin besteht.

Diagnoseinformationen für Administratoren:

Generierender Server: EXCH01.vogt-offset.local

bestellung@vogt-offset.example
Remoteserver hat '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.

Ursprüngliche Nachrichtenkopfzeilen:

Message-ID: %s
Subject: %s
""" % (p["request_message_id"], request_subject(p))
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\">Ihre Nachricht hat folgende Empfänger bzw. Gruppen nicht erreicht:"
            "</font></b></p><p><a href=\"mailto:bestellung@vogt-offset.example\">bestellung@vogt-offset.example</a><br>"
            "Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden.</p><p>Diagnoseinformationen für Administratoren:"
            "</p><p>Generierender Server: EXCH01.vogt-offset.local</p><p>Remoteserver hat '550 5.1.10 "
            "RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup' zurückgegeben.</p></body></html>\n")
    alt = Multi("alternative", [Part("text/plain", txt, "utf-8", "quoted-printable"),
                                Part("text/html", html, "utf-8", "quoted-printable")], boundary(slug, 1, "outlook"))
    orig = request_eml(p, slug)
    root = Multi("report", [alt,
                            _dsn("EXCH01.vogt-offset.local", "bestellung@vogt-offset.example", "5.1.10",
                                 "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                                 mdate("2026-11-17T09:14:40+01:00")),
                            Part("message/rfc822", orig, None, "7bit")],
                 boundary(slug, 0, "outlook"), ctparams=[("report-type", "delivery-status")])
    hdr = [("From", "postmaster@vogt-offset.example"), ("To", p["buyer"]["email"]),
           ("Date", mdate("2026-11-17T09:14:41+01:00")),
           ("Subject", ew("Unzustellbar: " + request_subject(p), "utf-8")),
           ("Message-ID", "<5b2e7c1a-0f3d-4a9e-b7c2-19d4e8a61f20@EXCH01.vogt-offset.local>"),
           ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
           ("Content-Language", "de-DE"), ("X-MS-Exchange-Generated-Message-Source", "DSN"),
           ("Auto-Submitted", "auto-replied")]
    return [p], message(hdr, root), other("bounce", "Exchange non-delivery report in German (recipient not found); the "
                                                     "original request with its PO lines is attached.")


@case("lead-qmail-plain", "bounce/fr-FR",
      "Plain-text qmail 'failure notice' (mailbox full, French remote text) with the original request pasted below the separator line.")
def c064(slug):
    s = sup("PLOMBVITRAIL", "Plomb & Vitrail SARL", "commandes@plomb-vitrail.example", "fr-FR")
    p = po("4500072222", s, "EUR", "2026-11-17", [
        ("SG-LEAD-U6", "Lead came U-profile 6 mm, 2 m strips", 250, "M", "4.10", "2026-12-11"),
        ("SG-CEMENT-5", "Leaded glass cement 5 kg, black", 6, "EA", "38.00", "2026-12-11"),
    ])
    orig = request_eml(p, slug).decode("ascii")
    txt = """Hi. This is the qmail-send program at mail.plomb-vitrail.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<commandes@plomb-vitrail.example>:
Boîte aux lettres pleine : le message ne peut pas être remis (quota dépassé).
552 5.2.2 Mailbox quota exceeded / boîte pleine

--- Below this line is a copy of the message.

Return-Path: <jonas.becker@halvard-trading.example>
Received: (qmail 28117 invoked from network); 17 Nov 2026 08:14:30 -0000
Received: from mx1.halvard-trading.example (198.51.100.14)
  by mail.plomb-vitrail.example with SMTP; 17 Nov 2026 08:14:30 -0000
""" + orig
    root = Part("text/plain", txt, "utf-8", "8bit")
    hdr = [("Return-Path", "<>"), ("Date", "Tue, 17 Nov 2026 08:14:31 +0000"),
           ("From", "MAILER-DAEMON@mail.plomb-vitrail.example"), ("To", p["buyer"]["email"]),
           ("Subject", "failure notice"), ("Message-ID", "<20261117081431.28119.qmail@mail.plomb-vitrail.example>")]
    return [p], message(hdr, root), other("bounce", "qmail plain-text bounce, no DSN part; the copy of our request (with "
                                                     "PO table and dates) follows the separator line.")


@case("xray-czech-dsn", "bounce/cs-CZ",
      "Czech-language DSN ('Nedoručitelná zpráva', blocked mailbox) as multipart/report with the original request.")
def c065(slug):
    s = sup("RTGSERVIS", "RTG Servis Olomouc s.r.o.", "objednavky@rtg-servis.example", "cs-CZ")
    p = po("4500072236", s, "CZK", "2026-11-18", [
        ("XR-DRYER-KIT", "Dryer heater kit 230 V for film processor", 2, "SET", "8900.00", "2026-12-11"),
        ("XR-BELT-45", "Drive belt set for 45 s processor", 4, "SET", "1250.00", "2026-12-11"),
    ])
    txt = """Toto je automaticky generovaná zpráva poštovního serveru mx.rtg-servis.example.

Vaši zprávu nebylo možné doručit následujícímu příjemci:

  <objednavky@rtg-servis.example>
  Důvod: schránka příjemce je zablokována (550 5.2.1 Mailbox disabled).

Původní zpráva je připojena.
"""
    orig = request_eml(p, slug)
    root = Multi("report", [Part("text/plain", txt, "utf-8", "quoted-printable"),
                            _dsn("mx.rtg-servis.example", "objednavky@rtg-servis.example", "5.2.1",
                                 "550 5.2.1 Mailbox disabled", mdate("2026-11-18T09:14:28+01:00")),
                            Part("message/rfc822", orig, None, "7bit")],
                 boundary(slug, 0, "java"), ctparams=[("report-type", "delivery-status")])
    hdr = [("Return-Path", "<>"), ("Date", mdate("2026-11-18T09:14:29+01:00")),
           ("From", addr("Mail Delivery System", "MAILER-DAEMON@mx.rtg-servis.example")),
           ("To", p["buyer"]["email"]),
           ("Subject", ew("Nedoručitelná zpráva: " + request_subject(p), "utf-8", "Q")),
           ("Message-ID", "<20261118081429.7F2A31C0042@mx.rtg-servis.example>"),
           ("Auto-Submitted", "auto-replied")]
    return [p], message(hdr, root), other("bounce", "Czech DSN (mailbox disabled) carrying our original PO request.")


# ------------------------------------------------------------------ unrelated

@case("pipettes-sustainability-webinar", "unrelated/da-DK",
      "Danish marketing invitation to a sustainability webinar from the PO's supplier, full of dates and times.")
def c066(slug):
    s = sup("PIPNORDIC", "Pipette Nordic A/S", "ordre@pipettenordic.example", "da-DK")
    p = po("4500072260", s, "DKK", "2026-11-13", [
        ("LP-PN-8CH-300", "8-channel pipette 20-300 µl", 2, "EA", "5450.00", "2026-12-11"),
        ("LP-PN-TIP-300", "Tips 300 µl refill, 10x96", 30, "BOX", "240.00", "2026-12-11"),
    ], buyer="ml")
    text = """Webinar: Bæredygtige laboratorier – mindre plast, samme præcision

Kære Mira Lindqvist

Pipettespidser står for op til 40 % af plastaffaldet i et typisk laboratorium. Hvordan reducerer man mængden uden at gå på kompromis med præcisionen?

Deltag i vores gratis webinar torsdag den 3. december 2026 kl. 10.00–11.00, hvor vi gennemgår:
- genanvendelige spidsstativer og refill-systemer
- CO2-regnskab for laboratorieforbrugsvarer (scope 3)
- erfaringer fra Aarhus Universitet

Tilmelding senest 1. december: https://events.pipettenordic.example/webinar-baeredygtighed

Venlig hilsen
Pipette Nordic A/S · Marielundvej 46, 2730 Herlev · +45 44 55 60 70

Du modtager denne e-mail, fordi du er kunde hos Pipette Nordic. Afmeld nyhedsbrevet: https://pipettenordic.example/afmeld
"""
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Webinar</title></head><body style=\"font-family:Arial\">"
            "<table width=\"600\" align=\"center\"><tr><td style=\"background:#0B6E4F;color:#fff;padding:20px\"><h1>Bæredygtige "
            "laboratorier</h1><p>Mindre plast, samme præcision</p></td></tr><tr><td style=\"padding:20px\"><p>Kære Mira Lindqvist</p>"
            "<p>Pipettespidser står for op til 40 % af plastaffaldet i et typisk laboratorium.</p><p><b>Torsdag den 3. december "
            "2026 kl. 10.00–11.00</b> – gratis webinar</p><ul><li>genanvendelige spidsstativer og refill-systemer</li>"
            "<li>CO2-regnskab for laboratorieforbrugsvarer (scope 3)</li><li>erfaringer fra Aarhus Universitet</li></ul>"
            "<p><a href=\"https://events.pipettenordic.example/webinar-baeredygtighed\" style=\"background:#0B6E4F;color:#fff;"
            "padding:10px 20px\">Tilmeld dig</a></p></td></tr><tr><td style=\"font-size:11px;color:#777\">Pipette Nordic A/S · "
            "Marielundvej 46, 2730 Herlev · <a href=\"https://pipettenordic.example/afmeld\">Afmeld</a></td></tr></table></body></html>\n")
    root = Multi("alternative", [Part("text/plain", text, "utf-8", "quoted-printable"),
                                 Part("text/html", html, "utf-8", "quoted-printable")], boundary(slug, 0, "java"))
    hdr = [("From", addr("Pipette Nordic", "nyhedsbrev@pipettenordic.example")),
           ("To", addr(p["buyer"]["name"], p["buyer"]["email"])),
           ("Subject", ew("Webinar 3. december: Bæredygtige laboratorier – mindre plast, samme præcision", "utf-8")),
           ("Date", mdate("2026-11-19T07:30:00+01:00")),
           ("Message-ID", "<20261119063000.5f8c.nl-2611@mail.pipettenordic.example>"),
           ("List-Unsubscribe", "<https://pipettenordic.example/afmeld?u=8812>, <mailto:afmeld@pipettenordic.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
           ("X-Mailer", "Apsis One")]
    return [p], message(hdr, root), other("unrelated", "Newsletter-style webinar invitation on sustainability from the same "
                                                        "supplier; the dates (3 and 1 December) are event dates, not about the PO.")


@case("pickups-winter-newsletter", "unrelated/en-GB",
      "Supplier newsletter with a Christmas dispatch deadline (18 December) and a 3.5 % price rise from 1 January, not addressed to the PO.")
def c067(slug):
    s = sup("WOLFE", "Wolfe & Sons Pickups Ltd", "sales@wolfepickups.example", "en-GB")
    p = po("4500072274", s, "GBP", "2026-11-16", [
        ("WS-P90-CRM", "P-90 dog-ear, cream, 8.4k", 30, "EA", "46.00", "2026-12-11"),
        ("WS-TELE-BR", "Tele bridge pickup, 7.1k, 2027 voicing", 30, "EA", "41.50", "2026-12-11"),
    ], buyer="og")
    text = """WOLFE & SONS PICKUPS - WINTER NEWS 2026

New for 2027: the hand-wound P-90 "Ember" range (8.4k, cream and black dog-ear covers).

Christmas shipping: last UK dispatch Friday 18 December; orders received after 16 December ship from 5 January 2027.

Price update: our 2027 trade price list applies from 1 January 2027 with an average increase of 3.5 %. Orders confirmed before 31 December keep 2026 prices.

Workshop closed 24 December - 4 January.

Wolfe & Sons Pickups Ltd, 7 Foundry Lane, Birmingham B18 6LT | 0121 555 0844
Unsubscribe: https://wolfepickups.example/unsubscribe
"""
    html = "<html><body style=\"font-family:Georgia\">" + "".join(
        "<p>%s</p>" % esc(x) for x in text.strip().split("\n\n")) + "</body></html>\n"
    root = Multi("alternative", [Part("text/plain", text, "us-ascii", "7bit"),
                                 Part("text/html", html, "us-ascii", "7bit")], boundary(slug, 0, "java"))
    hdr = [("From", addr("Wolfe & Sons Pickups", "news@wolfepickups.example")),
           ("To", p["buyer"]["email"]), ("Subject", "Winter News: Ember P-90s, Christmas shipping dates & 2027 prices"),
           ("Date", mdate("2026-11-20T10:00:00+00:00")),
           ("Message-ID", "<c2f1b8e4a7.20261120100000@mailchimp.wolfepickups.example>"),
           ("List-Unsubscribe", "<https://wolfepickups.example/unsubscribe?e=oliver.grant>"),
           ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer")]
    return [p], message(hdr, root), other("unrelated", "Bulk newsletter; '18 December' and '3.5 %' are general shipping and "
                                                        "price-list news, not an answer to PO 4500072274.")


@case("racks-price-list-2027", "unrelated/it-IT",
      "Italian 2027 price list (XLSX) from the PO's supplier listing the ordered items with new prices, sent without reference to the PO.")
def c068(slug):
    s = sup("TELAIEMILIA", "Telai Pasta Emilia S.r.l.", "commerciale@telaipasta.example", "it-IT")
    p = po("4500072288", s, "EUR", "2026-11-16", [
        ("TPE-TEL-80x40", "Drying frame 80x40 cm, poplar, 2 mm mesh", 60, "EA", "22.40", "2026-12-18"),
        ("TPE-RACK-18", "Frame rack 18 levels, 80x40", 3, "EA", "610.00", "2026-12-18"),
    ])
    rows = [["Listino prezzi 2027 - valido dal 01/01/2027"], [],
            ["Codice", "Descrizione", "UM", "Prezzo 2026 EUR", "Prezzo 2027 EUR"],
            ["TPE-TEL-60x40", "Telaio 60x40 cm pioppo, rete 2 mm", "PZ", D("18.90"), D("19.70")],
            ["TPE-TEL-80x40", "Telaio 80x40 cm pioppo, rete 2 mm", "PZ", D("22.40"), D("23.30")],
            ["TPE-RACK-18", "Carrello 18 piani 80x40", "PZ", D("610.00"), D("635.00")],
            ["TPE-CANNA-1.5", "Canna 1,5 m alluminio", "PZ", D("3.60"), D("3.75")]]
    x = make_xlsx(rows, sheet="Listino 2027", creator="Telai Pasta Emilia")
    body = """Gentili clienti,

in allegato il nostro nuovo listino prezzi, valido per gli ordini con consegna dal 01/01/2027.
Gli ordini già confermati restano ai prezzi 2026.

Cordiali saluti
Ufficio Commerciale
Telai Pasta Emilia S.r.l. - Via Canale 31, 42122 Reggio Emilia - Tel. 0522 555 190
"""
    eml = reply(p, slug, frm=("Telai Pasta Emilia - Commerciale", "commerciale@telaipasta.example"),
                date="2026-11-23T16:30:00+01:00", body=body, client="outlook", lang="it", locale="it-IT",
                charset="iso-8859-1", quote="none", thread=False, subject="Listino prezzi 2027",
                attachments=[attach(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                    "Listino_2027.xlsx")])
    return [p], eml, other("unrelated", "A general 2027 price list (circular to all customers, no PO reference, not "
                                         "threaded); the ordered items appear with future prices but nothing answers PO 4500072288.")


@case("frames-invoice-other-order", "unrelated/pl-PL",
      "Polish invoice (Flate PDF) for an older order 4500069870 from the same supplier while PO 4500072150 is open.")
def c069(slug):
    s = sup("PASIEKATECH", "Pasieka-Tech Sp. z o.o.", "biuro@pasieka-tech.example", "pl-PL")
    p = po("4500072150", s, "PLN", "2026-11-16", [
        ("PT-RAMKA-WLKP", "Wielkopolska frame 360x260 mm, pine", 2000, "EA", "3.10", "2026-12-18"),
        ("PT-WEZA-WLKP", "Wax foundation for Wielkopolska frame", 2000, "EA", "2.45", "2026-12-18"),
    ])
    pdf = make_pdf([
        "# FAKTURA VAT nr FV/2026/11/0412",
        "Sprzedawca: Pasieka-Tech Sp. z o.o., ul. Miodowa 12, 62-030 Lubon, NIP 777-000-00-00",
        "Nabywca: Halvard Trading B.V., Waalhaven Z.z. 44, 3089 JH Rotterdam, VAT NL000000000B01",
        "Data wystawienia: 02.12.2026     Data dostawy: 01.12.2026     Termin platnosci: 01.01.2027",
        "Zamowienie nabywcy: 4500069870 z dnia 14.10.2026",
        "",
        "Lp.  Nazwa                                   Ilosc   J.m.   Cena netto   Wartosc netto",
        "1    Ramka dadant 435x300 mm, sosna           1500   szt.        3,40        5 100,00",
        "2    Podkarmiaczka powalkowa 2 l               200   szt.       14,50        2 900,00",
        "",
        "Razem netto PLN: 8 000,00   VAT 0% (WDT)   Do zaplaty: 8 000,00 PLN",
    ], compress=True, title="FV/2026/11/0412", author="Pasieka-Tech", date="D:20261202080500+01'00'",
        producer="wFirma.pl")
    body = """Dzień dobry,

w załączeniu przesyłamy fakturę nr FV/2026/11/0412 do zamówienia 4500069870 (dostawa z 01.12.2026).
Termin płatności: 01.01.2027.

Z poważaniem
Dział księgowości
Pasieka-Tech Sp. z o.o.
"""
    eml = reply(p, slug, frm=("Pasieka-Tech - Księgowość", "faktury@pasieka-tech.example"),
                date="2026-12-02T08:06:12+01:00", body=body, client="thunderbird", lang="pl", locale="pl-PL",
                charset="utf-8", html=False, quote="none", thread=False,
                subject="Faktura FV/2026/11/0412 do zamówienia 4500069870",
                attachments=[attach(pdf, "application/pdf", "FV_2026_11_0412.pdf")])
    return [p], eml, other("unrelated", "Invoice for another order (4500069870) from the same supplier; quantities, prices "
                                         "and dates in it must not be matched to open PO 4500072150.")


@case("cool-bags-delivery-note-other", "unrelated/nl-NL",
      "Dutch shipping notification / packing list for an older order with track & trace and delivered quantities, not the open PO.")
def c070(slug):
    s = sup("KOELTAS", "Koeltas Holland B.V.", "verkoop@koeltas.example", "nl-NL")
    p = po("4500072170", s, "EUR", "2026-11-17", [
        ("KT-INS-2PEN", "Insulin cooler 2 pens, 8x20 cm", 2500, "EA", "5.10", "2026-12-18"),
        ("KT-INS-XL", "Insulin cool bag XL, 10 pens, 48h", 400, "EA", "17.80", "2026-12-18"),
    ], buyer="pn")
    body = """Geachte klant,

Uw zending is vandaag verzonden.

Pakbon: 80012345
Uw ordernummer: 4500069511
Vervoerder: PostNL Pakketten, track & trace 3SKTH1234567890
Verwachte aflevering: 02-12-2026

Inhoud zending:
Artikel          Omschrijving                        Besteld  Geleverd
KT-INS-2PEN      Insulinekoeler 2 pennen 8x20 cm       1000      1000
KT-GEL-50        Gelpack 50 g                          1000      1000

Met vriendelijke groet,
Koeltas Holland B.V. - Logistiek
Nijverheidsweg 5, 3771 ME Barneveld
"""
    eml = reply(p, slug, frm=("Koeltas Holland Logistiek", "logistiek@koeltas.example"),
                date="2026-12-01T15:42:10+01:00", body=body, client="gmail", charset="utf-8", quote="none",
                thread=False, html=False, subject="Verzendbevestiging pakbon 80012345 - uw order 4500069511",
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Exact Online")])
    return [p], eml, other("unrelated", "Shipping notification for a different order (4500069511); one item code also "
                                         "appears in the open PO 4500072170, but the mail does not answer it.")
