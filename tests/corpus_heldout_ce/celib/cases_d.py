"""Cases 055-070: remaining needs_review, automatic replies, bounces and unrelated mail."""
import datetime as dt

from .common import case, sup, mkpo, other, reply, request_message, request_text, req_subject, DOM, BUYERS
from . import mime
from .pdf import make_pdf
from .xlsx import make_xlsx


# ------------------------------------------------------------------ needs_review

@case("ms-zoo-mesh-alternative-gauge", "needs_review/ms-MY",
      "Malay/English question whether a 2.5 mm substitute is acceptable before they confirm; the other line is not confirmed either.")
def c055():
    s = sup("JZS", "Jaringan Zoo Sdn Bhd", "sales@jaringanzoo.example", "ms-MY")
    p = mkpo("4500032930", s, "MYR", "2026-11-11", [
        ("JZS-WM-3-75", "Zoo aviary wire mesh 3 mm, 75x75 mm, 1.8x30 m roll", 20, "ROL", "1380.00", "2026-12-11"),
        ("JZS-HR-10", "Hog ring 10 mm, stainless, box of 1000", 15, "BOX", "96.00", "2026-12-11"),
    ])
    body = """Salam sejahtera Puan Mara,

Terima kasih atas PO 4500032930. Untuk line 1, kami tiada stok dawai 3 mm buat masa ini. Boleh terima 2.5 mm sebagai ganti? Harga sama, RM 1,380.00 segulung.

Please advise so we can confirm the whole PO together (line 2 also pending).

Terima kasih,
Nurul Aina binti Hassan
Jaringan Zoo Sdn Bhd
Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Prai, 13600 Pulau Pinang
Tel: +60 4 390 2217
"""
    eml = reply(p, ("Nurul Aina", "nurul@jaringanzoo.example"), "2026-11-18 09:46:30 +0800", body,
                charset="utf-8", cte="quoted-printable", client="gmail", qstyle="gmail", prefix="Re: ")
    return [p], eml, other("needs_review",
                           "A substitution question (2.5 mm instead of 3 mm) and 'line 2 also pending': nothing is committed; "
                           "'harga sama' is conditional on our answer.")


@case("hi-pill-counter-price-approval", "needs_review/hi-IN",
      "Hindi/English mail asking us to approve a new price of ₹ 1,450 before any delivery date is confirmed.")
def c056():
    s = sup("SBP", "Shri Balaji Pharma Equipments", "sales@balajipharmaeq.example", "hi-IN")
    p = mkpo("4500032948", s, "INR", "2026-11-12", [
        ("SBP-CT-12", "Pill counting tray 12x20 cm, ABS, with spatula", 500, "PCS", "1290.00", "2026-12-16"),
        ("SBP-SP-SS", "Stainless counting spatula 6 in.", 500, "PCS", "210.00", "2026-12-16"),
    ], buyer="tom")
    body = """नमस्ते Tom जी,

आपका PO 4500032948 मिल गया है, धन्यवाद।

कच्चे माल (ABS) की कीमत बढ़ने के कारण हमें लाइन 1 की कीमत ₹ 1,450 प्रति पीस करनी होगी। कृपया नई कीमत की मंज़ूरी भेजें, उसके बाद हम दोनों लाइनों की डिलीवरी की तारीख कन्फर्म करेंगे।

धन्यवाद,
अमित शर्मा
Shri Balaji Pharma Equipments
Plot 41, GIDC Vatva, Ahmedabad 382445
Mob. +91 98250 44127
"""
    eml = reply(p, ("Amit Sharma", "amit@balajipharmaeq.example"), "2026-11-19 12:15:40 +0530", body,
                charset="utf-8", cte="base64", client="outlook", qlang="en")
    return [p], eml, other("needs_review",
                           "Asks for approval of a new price (INR 1,450 per piece) and only then will confirm dates: a proposal, not "
                           "a commitment for any line.")


# ------------------------------------------------------------------ auto replies

@case("enus-hydraulics-ticket-system", "auto_reply/en-US",
      "Helpdesk ticket receipt with a request number and SLA hours, threaded on our request and quoting our subject.")
def c057():
    s = sup("MAH", "Mid-Atlantic Hydraulics Inc.", "orders@midatlantichyd.example", "en-US")
    p = mkpo("4500032960", s, "USD", "2026-11-13", [
        ("MAH-VLV-4W3P", "Float deck valve, 4-way 3-position, 12V DC, 3000 psi", 6, "EA", "412.00", "2026-12-14"),
        ("MAH-CYL-1512", "Lift cylinder 1.5 in. bore x 12 in. stroke", 12, "EA", "188.00", "2026-12-14"),
    ], buyer="tom")
    body = """##- Please type your reply above this line -##

Hello Tom Okafor,

Thank you for contacting Mid-Atlantic Hydraulics. Your request (#48213) has been received and is being reviewed by our order desk.

Typical response time: 1 business day (Mon-Fri, 7:00 AM - 5:00 PM ET).

To add comments to this request, simply reply to this email.

Mid-Atlantic Hydraulics Support
This email is a service from Mid-Atlantic Hydraulics Support. Delivered by Zendesk
"""
    eml = reply(p, ("Mid-Atlantic Hydraulics Support", "support@midatlantichyd.example"), "2026-11-13 04:15:09 -0500", body,
                charset="utf-8", cte="quoted-printable", client="plain", quote=None,
                subject="[Mid-Atlantic Hydraulics] Re: Purchase order 4500032960 - please confirm",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")],
                seed="zendesk-48213")
    return [p], eml, other("auto_reply",
                           "Ticket-system receipt (#48213); '1 business day' and office hours are not delivery information.")


@case("dech-spa-covers-shared-inbox", "auto_reply/de-CH",
      "Shared-inbox acknowledgement 'Ihre Nachricht ist bei uns eingegangen' with a processing time in working days.")
def c058():
    s = sup("WAS", "Whirlpool Abdeckungen Schweiz AG", "info@whirlpool-abdeckungen.example", "de-CH")
    p = mkpo("4500032975", s, "CHF", "2026-11-16", [
        ("WAS-ABD-220", "Hot tub cover 220x220 cm, 5/3 inch taper, anthracite", 8, "EA", "690.00", "2026-12-17"),
        ("WAS-LFT-SP", "Cover lifter, side-mount, 2027", 8, "EA", "245.00", "2026-12-17"),
    ])
    body = """Guten Tag

Vielen Dank für Ihre Nachricht an info@whirlpool-abdeckungen.example. Ihre E-Mail ist bei uns eingegangen und wird so rasch wie möglich bearbeitet, in der Regel innert 2 Arbeitstagen.

Bei dringenden Anliegen erreichen Sie uns Mo-Fr 08.00-12.00 / 13.30-17.00 Uhr unter +41 62 839 10 20.

Freundliche Grüsse
Ihr Team der Whirlpool Abdeckungen Schweiz AG
Industriestrasse 15, 5036 Oberentfelden

Dies ist eine automatisch generierte Nachricht.
"""
    eml = reply(p, ("Whirlpool Abdeckungen Schweiz AG", "info@whirlpool-abdeckungen.example"), "2026-11-16 10:14:52 +0100", body,
                charset="iso-8859-1", cte="quoted-printable", client="plain", quote=None,
                subject="Eingangsbestätigung: Purchase order 4500032975 - please confirm",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, other("auto_reply", "Automatic receipt from a shared inbox; '2 Arbeitstagen' and office hours are not commitments.")


@case("ja-soroban-fuzai-iso2022jp", "auto_reply/ja-JP",
      "Japanese out-of-office in ISO-2022-JP with holiday dates and weekdays in brackets.")
def c059():
    s = sup("USS", "Unshu Soroban Co., Ltd.", "sales@unshu-soroban.example", "ja-JP")
    p = mkpo("4500032990", s, "JPY", "2026-11-20", [
        ("USS-TAMA-21", "Soroban bead, birch 21 mm, 4/1 type", 10000, "PCS", "38", "2026-12-18"),
        ("USS-FRM-23", "Soroban frame 23 rods, ebony", 100, "PCS", "6800", "2026-12-18"),
    ])
    for d, wd in (("2026-11-20", 4), ("2026-11-29", 6), ("2026-12-01", 1)):
        assert dt.date.fromisoformat(d).weekday() == wd
    body = """Brightwater Supply Co
Mara Lindqvist 様

メールありがとうございます。
誠に勝手ながら、11月20日（金）から11月29日（日）まで休暇をいただいております。
12月1日（火）より順次対応させていただきます。

お急ぎの場合は営業部 代表アドレス sales@unshu-soroban.example までご連絡ください。

株式会社雲州そろばん 営業部
山本 浩二
"""
    eml = reply(p, ("山本 浩二", "k.yamamoto@unshu-soroban.example"), "2026-11-20 18:14:33 +0900", body,
                charset="iso-2022-jp", cte="7bit", client="plain", quote=None, html=False,
                subject="【自動返信】不在のお知らせ Re: Purchase order 4500032990 - please confirm",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Microsoft Outlook 16.0")])
    return [p], eml, other("auto_reply",
                           "Out-of-office (11/20-11/29, back 12/1) in ISO-2022-JP; the dates are absence dates, not deliveries.")


@case("pl-crampons-autoodpowiedz-urlop", "auto_reply/pl-PL",
      "Polish 'Autoodpowiedź' holiday notice until 4 December with a deputy's phone number.")
def c060():
    s = sup("RTA", "Raki Tatry Sp. z o.o.", "m.nowak@raki-tatry.example", "pl-PL")
    p = mkpo("4500033005", s, "PLN", "2026-11-20", [
        ("RTA-RK-12A", "Glacier crampon 12-point, automatic binding", 60, "PAIR", "389.00", "2026-12-18"),
        ("RTA-PAS-01", "Crampon strap set, 2027", 60, "SET", "42.00", "2026-12-18"),
    ])
    body = """Dzień dobry,

dziękuję za wiadomość. Przebywam na urlopie do 4 grudnia 2026 r. i nie mam dostępu do poczty.
W pilnych sprawach proszę o kontakt z p. Ewą Zając: e.zajac@raki-tatry.example, tel. +48 18 201 44 37.

Pozdrawiam
Michał Nowak
Raki Tatry Sp. z o.o.
"""
    eml = reply(p, ("Michał Nowak", "m.nowak@raki-tatry.example"), "2026-11-20 10:14:29 +0100", body,
                charset="iso-8859-2", cte="quoted-printable", client="outlook", quote=None, html=False, hmode="Q",
                subject="Autoodpowiedź: Purchase order 4500033005 - please confirm",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, other("auto_reply", "Holiday auto-reply; '4 grudnia 2026' is the return date, not a delivery date.")


# ------------------------------------------------------------------ bounces

def _dsn(po, *, date, mid, frm, subject, notice, notice_html=None, dsn_fields, boundary, extra=(), charset="us-ascii",
         to_rcpt=None, orig=True):
    b = po["buyer"]
    hdrs = [("From", frm), ("To", mime.addr(b["name"], b["email"])), ("Subject", mime.ew(subject, "utf-8")),
            ("Date", mime.rfcdate(date)), ("Message-ID", mid), ("Auto-Submitted", "auto-replied")] + list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    if notice_html:
        first = mime.multipart("alternative", [mime.text(notice, "plain", charset, "quoted-printable"),
                                               mime.text(notice_html, "html", charset, "quoted-printable")],
                               "alt-" + boundary)
    else:
        first = mime.text(notice, "plain", charset, "7bit" if charset == "us-ascii" else "quoted-printable",
                          extra=["Content-Description: Notification"])
    parts = [first, mime.raw("message/delivery-status", dsn_fields.encode("ascii"), cte=None,
                             extra=["Content-Description: Delivery report"])]
    if orig:
        parts.append(mime.raw("message/rfc822", request_message(po, to_rcpt), cte=None,
                              extra=["Content-Description: Undelivered Message"]))
    root = mime.multipart("report", parts, boundary, params=" report-type=delivery-status;")
    return mime.message(hdrs, root)


@case("engb-tennis-cans-postfix-dsn", "bounce/en-GB",
      "Postfix multipart/report 'User unknown' carrying our full request (PO table with dates and prices) as message/rfc822.")
def c061():
    s = sup("WCC", "Wimbledon Canister Co Ltd", "orders@wimbledoncanister.example", "en-GB")
    p = mkpo("4500033020", s, "GBP", "2026-11-09", [
        ("WCC-3B-TIN", "Tennis ball can, tinplate, 3 balls, 12x20 label panel", 10000, "EA", "0.44", "2026-12-11"),
        ("WCC-KEY-RG", "Ring-pull key end 73 mm", 10000, "EA", "0.09", "2026-12-11"),
    ])
    notice = """This is the mail system at host mx1.brightwater-supply.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@wimbledoncanister.example>: host mx.wimbledoncanister.example[203.0.113.25]
    said: 550 5.1.1 <orders@wimbledoncanister.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    fields = """Reporting-MTA: dns; mx1.brightwater-supply.example
X-Postfix-Queue-ID: 3F2A1C04B7
X-Postfix-Sender: rfc822; mara.lindqvist@brightwater-supply.example
Arrival-Date: Mon,  9 Nov 2026 10:14:03 +0100 (CET)

Final-Recipient: rfc822; orders@wimbledoncanister.example
Original-Recipient: rfc822;orders@wimbledoncanister.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.wimbledoncanister.example
Diagnostic-Code: smtp; 550 5.1.1 <orders@wimbledoncanister.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    eml = _dsn(p, date="2026-11-09 10:14:05 +0100", mid="<20261109091405.3F2A1C04B7@mx1.brightwater-supply.example>",
               frm="MAILER-DAEMON@mx1.brightwater-supply.example (Mail Delivery System)",
               subject="Undelivered Mail Returned to Sender", notice=notice, dsn_fields=fields,
               boundary="3F2A1C04B7.1794215645/mx1.brightwater-supply.example")
    return [p], eml, other("bounce", "Postfix DSN (5.1.1 user unknown); the attached original request contains the PO table and dates.")


@case("de-shingles-exchange-ndr", "bounce/de-DE",
      "German Exchange NDR 'Unzustellbar' with HTML explanation, DSN part and our original request attached.")
def c062():
    s = sup("SMA", "Schindelmanufaktur Allgäu GmbH", "bestellung@schindel-allgaeu.example", "de-DE")
    p = mkpo("4500033041", s, "EUR", "2026-11-17", [
        ("SMA-LAE-16", "Larch shingle 16 cm, stained silver-grey, 3/8 in. butt", 420, "M2", "54.80", "2026-12-18"),
        ("SMA-NAG-2540", "Stainless shingle nail 2.5x40 mm", 60, "KG", "11.40", "2026-12-18"),
    ])
    notice = """Ihre Nachricht hat folgende Empfänger nicht erreicht:

bestellung@schindel-allgaeu.example
Das Postfach ist voll und kann derzeit keine Nachrichten empfangen. Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.

Diagnoseinformationen für Administratoren:
Generierender Server: EXCH02.schindel-allgaeu.local
bestellung@schindel-allgaeu.example
Remoteserver hat '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException' zurückgegeben
"""
    html = ("<html><body><p><b><font color=\"#000066\" size=\"3\">Ihre Nachricht hat folgende Empfänger nicht erreicht:</font></b></p>"
            "<p><a href=\"mailto:bestellung@schindel-allgaeu.example\">bestellung@schindel-allgaeu.example</a><br>"
            "Das Postfach ist voll und kann derzeit keine Nachrichten empfangen.</p>"
            "<p><font size=\"2\">Diagnoseinformationen für Administratoren:<br>Generierender Server: EXCH02.schindel-allgaeu.local<br>"
            "Remoteserver hat '554 5.2.2 mailbox full' zurückgegeben</font></p></body></html>")
    fields = """Reporting-MTA: dns;EXCH02.schindel-allgaeu.local
Received-From-MTA: dns;mx1.brightwater-supply.example
Arrival-Date: Tue, 17 Nov 2026 09:14:11 +0000

Final-Recipient: rfc822;bestellung@schindel-allgaeu.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException
"""
    eml = _dsn(p, date="2026-11-17 10:14:40 +0100", mid="<7c1e52a09d7b4e6fb0f3a1c2d4e5f601@EXCH02.schindel-allgaeu.local>",
               frm="postmaster@schindel-allgaeu.example", subject="Unzustellbar: " + req_subject(p),
               notice=notice, notice_html=html, dsn_fields=fields, charset="utf-8",
               boundary="_000_7c1e52a09d7b4e6fb0f3a1c2d4e5f601EXCH02_",
               extra=[("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    return [p], eml, other("bounce", "Exchange NDR in German (5.2.2 mailbox full) with the original PO request attached.")


@case("it-organ-rolls-qmail-plaintext", "bounce/it-IT",
      "Plain-text qmail bounce with the whole original request pasted below 'Below this line is a copy of the message'.")
def c063():
    s = sup("OPS", "Organetti Piemonte snc", "ordini@organetti-piemonte.example", "it-IT")
    p = mkpo("4500033066", s, "EUR", "2026-11-18", [
        ("OPS-RUL-26-8", "Barrel organ roll, 26-note, 8 tunes, 2027 repertoire", 10, "EA", "185.00", "2026-12-16"),
        ("OPS-CAR-20-30", "Punched card book 20-note, 30 m", 5, "EA", "240.00", "2026-12-16"),
    ])
    orig = request_message(p).decode("ascii")
    body = ("Hi. This is the qmail-send program at mail.organetti-piemonte.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<ordini@organetti-piemonte.example>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <mara.lindqvist@brightwater-supply.example>\n"
            "Received: (qmail 28817 invoked from network); 18 Nov 2026 09:14:07 -0000\n"
            "Received: from mx1.brightwater-supply.example (198.51.100.17)\n"
            "  by mail.organetti-piemonte.example with SMTP; 18 Nov 2026 09:14:07 -0000\n" + orig)
    hdrs = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mail.organetti-piemonte.example"),
            ("To", "mara.lindqvist@brightwater-supply.example"), ("Subject", "failure notice"),
            ("Date", mime.rfcdate("2026-11-18 09:14:08 +0000")),
            ("Message-ID", "<20261118091408.28820.qmail@mail.organetti-piemonte.example>"), ("MIME-Version", "1.0")]
    eml = mime.message(hdrs, mime.text(body, "plain", "us-ascii", "7bit"))
    return [p], eml, other("bounce", "qmail 'failure notice' in plain text (no multipart/report); the copied request shows PO lines and dates.")


@case("cs-insulators-exim-mailbox", "bounce/cs-CZ",
      "Exim 'Mail delivery failed' multipart/report after retries, original request attached as message/rfc822.")
def c064():
    s = sup("PIL", "Porcelánové izolátory Louny a.s.", "objednavky@izolatory-louny.example", "cs-CZ")
    p = mkpo("4500033088", s, "CZK", "2026-11-19", [
        ("PIL-VN-22", "Porcelain post insulator 22 kV, 4/3 shed profile", 150, "EA", "1320.00", "2026-12-17"),
        ("PIL-NN-1", "Low-voltage spool insulator 1 kV, 12x20 mm bore", 2000, "EA", "18.50", "2026-12-17"),
    ])
    notice = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  objednavky@izolatory-louny.example
    host mx.izolatory-louny.example [192.0.2.44]
    SMTP error from remote mail server after RCPT TO:<objednavky@izolatory-louny.example>:
    550 5.7.1 Mailbox disabled, not accepting messages
"""
    fields = """Reporting-MTA: dns; mx1.brightwater-supply.example

Action: failed
Final-Recipient: rfc822;objednavky@izolatory-louny.example
Status: 5.7.1
Remote-MTA: dns; mx.izolatory-louny.example
Diagnostic-Code: smtp; 550 5.7.1 Mailbox disabled, not accepting messages
"""
    eml = _dsn(p, date="2026-11-19 10:14:22 +0100", mid="<E1vKq7C-0004Zr-2P@mx1.brightwater-supply.example>",
               frm="Mail Delivery System <Mailer-Daemon@mx1.brightwater-supply.example>",
               subject="Mail delivery failed: returning message to sender", notice=notice, dsn_fields=fields,
               boundary="1794910462-eximdsn-1804289383", extra=[("X-Failed-Recipients", "objednavky@izolatory-louny.example")])
    return [p], eml, other("bounce", "Exim DSN (mailbox disabled); the supplier locale is Czech but the bounce is English server text.")


@case("enau-crampons-o365-ndr", "bounce/en-AU",
      "Office 365 'Undeliverable' NDR (5.4.1 relay access denied) with HTML notice and the attached request.")
def c065():
    s = sup("SMC", "Snowy Mountains Climbing Gear Pty Ltd", "orders@snowymtnclimbing.example", "en-AU")
    p = mkpo("4500033104", s, "AUD", "2026-11-23", [
        ("SMC-CR-G12", "Glacier crampon G12, 12-point, 36-46", 30, "PAIR", "219.00", "2026-12-18"),
        ("SMC-ABP-12", "Anti-balling plates for G12", 30, "PAIR", "24.50", "2026-12-18"),
    ])
    notice = """Your message to orders@snowymtnclimbing.example couldn't be delivered.

orders wasn't found at snowymtnclimbing.example.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: SY4P282MB1180.AUSP282.PROD.OUTLOOK.COM
orders@snowymtnclimbing.example
Remote server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'
"""
    html = ("<html><body><div style=\"font-family:'Segoe UI',Arial\"><p>Your message to "
            "<a href=\"mailto:orders@snowymtnclimbing.example\">orders@snowymtnclimbing.example</a> couldn't be delivered.</p>"
            "<p><b>orders</b> wasn't found at snowymtnclimbing.example.</p><table><tr><td>Mara Lindqvist</td><td>Office 365</td>"
            "<td>orders</td></tr><tr><td>Sender</td><td></td><td>Action Required</td></tr></table>"
            "<p>Remote server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'</p></div></body></html>")
    fields = """Reporting-MTA: dns;SY4P282MB1180.AUSP282.PROD.OUTLOOK.COM
Received-From-MTA: dns;AM9PR07MB7122.eurprd07.prod.outlook.com
Arrival-Date: Mon, 23 Nov 2026 09:14:02 +0000

Final-Recipient: rfc822;orders@snowymtnclimbing.example
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied.
 AS(201806281) [SY4P282MB1180.AUSP282.PROD.OUTLOOK.COM 2026-11-23T09:14:03.112Z 08DE1A2B3C4D5E6F]
"""
    eml = _dsn(p, date="2026-11-23 09:14:04 +0000",
               mid="<b3f1c0e2-77aa-4d1c-9a3e-5c2f8e1d4a90@SY4P282MB1180.AUSP282.PROD.OUTLOOK.COM>",
               frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brightwater-supply.example>",
               subject="Undeliverable: " + req_subject(p), notice=notice, notice_html=html, dsn_fields=fields,
               charset="utf-8", boundary="_002_b3f1c0e277aa4d1c9a3e5c2f8e1d4a90SY4P282MB1180AUSP_",
               extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")])
    return [p], eml, other("bounce", "Office 365 NDR from our own tenant; the attached original request carries the PO table and dates.")


# ------------------------------------------------------------------ unrelated

@case("esmx-rice-pots-portal-invitation", "unrelated/es-MX",
      "Invitation to register on the supplier's B2B portal with a deadline date and customer code, from the supplier's domain.")
def c066():
    s = sup("OAP", "Ollas Arroceras del Pacífico S.A. de C.V.", "ventas@ollasarroceras.example", "es-MX")
    p = mkpo("4500033120", s, "MXN", "2026-11-16", [
        ("OAP-OLL-18", "Rice cooker inner pot 1.8 L, 3-layer, 2027 model", 600, "PCS", "164.00", "2026-12-15"),
        ("OAP-TAP-18", "Glass lid 20 cm with steam vent 3/8 in.", 600, "PCS", "58.50", "2026-12-15"),
    ], buyer="ines")
    text = """Estimado cliente:

Lo invitamos a registrarse en nuestro nuevo Portal de Clientes B2B, donde podrá consultar en línea sus pedidos, confirmaciones, facturas y fechas de entrega.

Su código de cliente: BRW-0412
Enlace de registro: https://portal.ollasarroceras.example/registro?c=BRW-0412

El enlace vence el 15/12/2026. A partir del 01/01/2027 las confirmaciones de pedido se publicarán únicamente en el portal.

Atentamente,
Equipo de Atención a Clientes
Ollas Arroceras del Pacífico S.A. de C.V.
Av. Vallarta 6503, Zapopan, Jal. C.P. 45010
Tel. +52 33 3110 4420

Si no desea recibir estos correos, responda con BAJA.
"""
    html = ("<table width=\"600\" style=\"font-family:Arial\"><tr><td style=\"background:#c0392b;color:#fff;padding:12px\">"
            "<b>Portal de Clientes B2B</b></td></tr><tr><td style=\"padding:12px\"><p>Estimado cliente:</p>"
            "<p>Lo invitamos a registrarse en nuestro nuevo Portal de Clientes B2B, donde podrá consultar en línea sus pedidos, "
            "confirmaciones, facturas y fechas de entrega.</p><p>Su código de cliente: <b>BRW-0412</b></p>"
            "<p><a href=\"https://portal.ollasarroceras.example/registro?c=BRW-0412\" style=\"background:#c0392b;color:#fff;padding:8px 16px\">Registrarme</a></p>"
            "<p>El enlace vence el 15/12/2026. A partir del 01/01/2027 las confirmaciones de pedido se publicarán únicamente en el portal.</p>"
            "<p>Atentamente,<br>Equipo de Atención a Clientes<br>Ollas Arroceras del Pacífico S.A. de C.V.</p></td></tr></table>")
    eml = reply(p, ("Portal Ollas Arroceras", "portal@ollasarroceras.example"), "2026-11-24 08:00:12 -0600", text,
                charset="utf-8", cte="quoted-printable", client="plain", quote=None, thread=False, html_body=html,
                subject="Invitación: regístrese en nuestro Portal de Clientes B2B",
                to="compras@brightwater-supply.example",
                extra=[("List-Unsubscribe", "<mailto:baja@ollasarroceras.example>"), ("Precedence", "bulk")])
    return [p], eml, other("unrelated",
                           "Portal registration invitation from the supplier; 15/12/2026 and 01/01/2027 are portal dates, and our "
                           "open PO is not mentioned.")


@case("deat-groomer-newsletter", "unrelated/de-AT",
      "HTML newsletter from a groomer parts maker with trade-fair dates, 2027 prices and percentages.")
def c067():
    s = sup("TPT", "Tauern Pistentechnik GmbH", "verkauf@tauern-pistentechnik.example", "de-AT")
    p = mkpo("4500033137", s, "EUR", "2026-11-12", [
        ("TPT-FW-55", "Tiller shaft 5.5 m, 2027 series", 1, "EA", "8940.00", "2026-12-18"),
        ("TPT-ZHN-30", "Tiller tooth 30x140 mm", 200, "EA", "27.80", "2026-12-18"),
    ])
    text = """Winter-Newsletter 2026 | Tauern Pistentechnik

Liebe Kundinnen und Kunden,

die Saison 2026/27 beginnt! Unsere Highlights:

* Neue Fräswelle 5,5 m (Serie 2027) - jetzt mit 12 % weniger Gewicht
* Fräszähne 30x140 mm im 100er-Pack: Aktionspreis EUR 24,90/Stk. bis 31.12.2026
* Besuchen Sie uns auf der Interalpin-Vorschau, 14.-16.01.2027, Stand B-412

Servicezeiten über die Feiertage: 24.12.2026 - 06.01.2027 Notdienst unter +43 6432 7710-99.

Ihr Team von Tauern Pistentechnik
Gewerbestraße 12, 5542 Flachau

Newsletter abbestellen: https://tauern-pistentechnik.example/abmelden
"""
    html = ("<div style=\"max-width:640px;font-family:Helvetica\"><h1 style=\"color:#0b5394\">Winter-Newsletter 2026</h1>"
            "<p>Liebe Kundinnen und Kunden,</p><p>die Saison 2026/27 beginnt! Unsere Highlights:</p><ul>"
            "<li>Neue Fräswelle 5,5 m (Serie 2027) - jetzt mit 12 % weniger Gewicht</li>"
            "<li>Fräszähne 30x140 mm im 100er-Pack: <b>Aktionspreis EUR 24,90/Stk.</b> bis 31.12.2026</li>"
            "<li>Besuchen Sie uns auf der Interalpin-Vorschau, 14.-16.01.2027, Stand B-412</li></ul>"
            "<p>Servicezeiten über die Feiertage: 24.12.2026 - 06.01.2027 Notdienst unter +43 6432 7710-99.</p>"
            "<p style=\"font-size:11px;color:#888\">Newsletter abbestellen: <a href=\"https://tauern-pistentechnik.example/abmelden\">hier</a></p></div>")
    eml = reply(p, ("Tauern Pistentechnik", "newsletter@tauern-pistentechnik.example"), "2026-11-25 07:30:00 +0100", text,
                charset="utf-8", cte="quoted-printable", client="plain", quote=None, thread=False, html_body=html,
                subject="Winter-Newsletter 2026: Neue Fräswellen für die Saison 2027",
                extra=[("List-Unsubscribe", "<https://tauern-pistentechnik.example/abmelden>"), ("Precedence", "bulk"),
                       ("X-Mailer", "CleverReach")])
    return [p], eml, other("unrelated",
                           "Marketing newsletter; it mentions the very items of our open PO (5.5 m shaft, 30x140 teeth) and a "
                           "promotional price, but it is not an answer to the PO.")


@case("enie-organ-rolls-price-list-2027", "unrelated/en-IE",
      "2027 price list as XLSX with '+3.5 %' and validity dates, sent by the supplier of an open PO.")
def c068():
    s = sup("DBO", "Dublin Barrel Organ Works Ltd", "sales@dublinbarrelorgan.example", "en-IE")
    p = mkpo("4500033150", s, "EUR", "2026-11-18", [
        ("DBO-RL-20-10", "Organ grinder roll, 20-note, 10 tunes", 8, "EA", "240.00", "2026-12-17"),
        ("DBO-RL-31-6", "Organ grinder roll, 31-note, 6 tunes", 4, "EA", "320.00", "2026-12-17"),
    ])
    x = make_xlsx([
        ["Dublin Barrel Organ Works Ltd - Price list 2027", None, None, None],
        ["Valid from 01/01/2027. Prices in EUR excl. VAT.", None, None, None],
        [],
        ["Item", "Description", "UoM", "Price 2027"],
        ["DBO-RL-20-10", "Organ grinder roll, 20-note, 10 tunes", "EA", 248.40],
        ["DBO-RL-31-6", "Organ grinder roll, 31-note, 6 tunes", "EA", 331.20],
        ["DBO-BK-26-40", "Book music 26-note, 40 m", "EA", 455.00],
        ["DBO-CR-01", "Crank handle, brass", "EA", 62.10],
    ], sheet="Price list 2027", stamp=(2026, 11, 26, 15, 0, 0), creator="Siobhan Walsh")
    body = """Dear Customer,

Please find attached our price list for 2027, valid from 1 January 2027. Due to increased paper and labour costs, prices rise by 3.5 % on average. Orders placed and confirmed before 31 December 2026 will be invoiced at 2026 prices.

Kind regards,
Siobhán Walsh
Dublin Barrel Organ Works Ltd
Unit 9, Coolmine Industrial Estate, Dublin 15, D15 X2Y8
T +353 1 821 4470
"""
    eml = reply(p, ("Siobhán Walsh", "sales@dublinbarrelorgan.example"), "2026-11-26 15:04:48 +0000", body,
                charset="utf-8", cte="quoted-printable", client="outlook", quote=None, thread=False,
                subject="Price list 2027 - Dublin Barrel Organ Works",
                atts=[("DBO_Pricelist_2027.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])
    return [p], eml, other("unrelated",
                           "General 2027 price list (new prices for our PO items from 1/1/2027) - not an answer about the open PO.")


@case("engb-spa-covers-invoice-other-po", "unrelated/en-GB",
      "Invoice PDF for an older, different PO (4500029977) from the supplier of our open PO, with dates and amounts.")
def c069():
    s = sup("CSC", "Cotswold Spa Covers Ltd", "accounts@cotswoldspacovers.example", "en-GB")
    p = mkpo("4500033172", s, "GBP", "2026-11-20", [
        ("CSC-CVR-210", "Hot tub cover 210x210 cm, 4/3 inch taper, slate", 10, "EA", "312.00", "2026-12-18"),
        ("CSC-LFT-UM", "Under-mount cover lifter", 10, "EA", "119.00", "2026-12-18"),
    ])
    pdf = make_pdf([
        ("COTSWOLD SPA COVERS LTD", "B"),
        "Unit 3, Love Lane Industrial Estate, Cirencester GL7 1YG   VAT GB 298 4471 02",
        "",
        ("INVOICE  INV-26-08812", "B"),
        "Invoice date: 27/11/2026     Due date: 27/12/2026     Your order: 4500029977",
        "Delivery note: DN-26-04410 (delivered 24/11/2026)",
        "",
        "Qty   Item          Description                                   Unit price     Amount",
        "6     CSC-CVR-200   Hot tub cover 200x200 cm, 4/3 taper, brown        298.00   1,788.00",
        "6     CSC-STR-4     Strap kit, 4 locks                                 14.50      87.00",
        "",
        "Net GBP 1,875.00     VAT 20 % GBP 375.00     Total GBP 2,250.00",
        "Bank: Lloyds, sort code 30-94-12, account 11834470",
    ], title="Invoice INV-26-08812", author="Sage 50", created="20261127111000+00'00'", compress=False)
    body = """Dear Sir/Madam,

Please find attached invoice INV-26-08812 for your order 4500029977.

Payment terms 30 days. Many thanks for your business.

Accounts Department
Cotswold Spa Covers Ltd
01285 640 912
"""
    eml = reply(p, ("Cotswold Spa Covers Accounts", "accounts@cotswoldspacovers.example"), "2026-11-27 11:12:40 +0000", body,
                charset="us-ascii", cte="7bit", client="plain", quote=None, thread=False, html=False,
                subject="Invoice INV-26-08812 - your order 4500029977",
                atts=[("INV-26-08812.pdf", "application/pdf", pdf)])
    assert 6 * 298 + 6 * 14.5 == 1875 and 1875 * 1.2 == 2250
    return [p], eml, other("unrelated", "An invoice for a different, older PO (4500029977); the open PO 4500033172 is not answered.")


@case("sk-pantograph-delivery-note-other-po", "unrelated/sk-SK",
      "Slovak delivery note (dodací list) PDF for another order, with shipped quantities and a delivery date.")
def c070():
    s = sup("ZTR", "Zberače Trnava s.r.o.", "expedicia@zberace-trnava.example", "sk-SK")
    p = mkpo("4500033190", s, "EUR", "2026-11-23", [
        ("ZTR-LIS-1500", "Pantograph carbon strip 1500 mm, 2027 tram type", 30, "EA", "295.00", "2026-12-18"),
        ("ZTR-PRU-14", "Pantograph spring 14x160 mm", 40, "EA", "21.60", "2026-12-18"),
    ])
    pdf = make_pdf([
        ("ZBERACE TRNAVA s.r.o.", "B"),
        "Priemyselná 14, 917 01 Trnava, IČO 36 248 551",
        "",
        ("DODACÍ LIST  DL 2026/1931", "B"),
        "Dátum expedície: 30.11.2026     Vaša objednávka: 4500030215",
        "Príjemca: Brightwater Supply Co, Havenweg 18, 3089 JT Rotterdam",
        "",
        "Poz.  Kód            Popis                                     Množstvo   MJ",
        "1     ZTR-LIS-1200   Uhlíková lišta 1200 mm                        24     ks",
        "2     ZTR-TLM-24     Tlmič 24V                                      6     ks",
        "",
        "Počet balení: 2 palety, hmotnosť brutto 186 kg",
        "Prevzal: ______________________",
    ], title="Dodaci list DL 2026/1931", author="Money S3", created="20261130131500+01'00'")
    body = """Dobrý deň,

v prílohe posielame dodací list DL 2026/1931 k Vašej objednávke 4500030215. Tovar bol dnes expedovaný, doručenie predpokladáme 3.12.2026.

S pozdravom
Expedícia
Zberače Trnava s.r.o.
tel. +421 33 551 20 40
"""
    eml = reply(p, ("Expedícia Zberače Trnava", "expedicia@zberace-trnava.example"), "2026-11-30 13:22:05 +0100", body,
                charset="windows-1250", cte="quoted-printable", client="outlook", quote=None, thread=False, html=False,
                subject="Dodací list DL 2026/1931 - objednávka 4500030215",
                atts=[("DL_2026_1931.pdf", "application/pdf", pdf)])
    return [p], eml, other("unrelated",
                           "Delivery note for another order (4500030215, different items); its dates (30.11, 3.12.2026) do not "
                           "answer the open PO 4500033190.")
