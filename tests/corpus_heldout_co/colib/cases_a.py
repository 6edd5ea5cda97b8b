"""Cases, part A."""
import datetime as dt

from . import mime
from .mime import addr, hdr, date_hdr, text_part, html_part, multipart, attachment, message, raw_part, rfc822_part
from .common import (supplier, ln, po, conf, expected, Case, ACC, REJ, UNC, chg,
                     request_text, request_html, gt, outlook_block, subject, buyer_addr, D)
from .build import (headers, outlook_after, outlook_reply, gmail_reply, rcv, t2h, html_doc,
                    mid_outlook, mid_gmail, mid_plain, qid, tid)
from .xlsx import make_xlsx, Money
from .pdf import PDF

BR = "Dana Ruiz <dana.ruiz@brightwater.example>"


# ---------------------------------------------------------------------------
def iphone_oneliner():
    sup = supplier("AQUAFORGE", "AquaForge Spa Components Inc.", "orders@aquaforge-spa.example", "en-US")
    p = po("4500031877", sup, "dana", "USD", "2026-11-23", [
        ln("HTJ-5520-SS", 'Hot tub jet, 5" directional, stainless face', 120, "EA", "18.40", "2026-12-18"),
        ln("HTJ-3310-BK", 'Hot tub jet, 3" pulsator, black', 200, "EA", "11.75", "2026-12-18"),
        ln("HTJ-ESC-258", 'Jet escutcheon ring, 2-5/8"', 300, "EA", "2.10", "2026-12-18"),
    ])
    quoted = request_text(p, "Hello Kyle")
    attrib = "On Nov 23, 2026, at 10:40\u202fAM, Dana Ruiz <dana.ruiz@brightwater.example> wrote:"
    text = "Confirmed, all 3 lines as per PO. Thx\n\nKyle\n\nSent from my iPhone\n\n" + gt(attrib + "\n\n" + quoted) + "\n"
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto"><div dir="ltr">Confirmed, all 3 lines as per PO. Thx</div><div dir="ltr"><br></div>'
            '<div dir="ltr">Kyle<br><br><div dir="ltr">Sent from my iPhone</div><div dir="ltr"><br>'
            '<blockquote type="cite">On Nov 23, 2026, at 10:40\u202fAM, Dana Ruiz &lt;dana.ruiz@brightwater.example&gt; wrote:<br><br></blockquote></div>'
            '<blockquote type="cite"><div dir="ltr">' + request_html(p, "Hello Kyle") + '</div></blockquote></div></body></html>\n')
    body = multipart("alternative", [text_part(text, "utf-8", quoted=False), html_part(html, "utf-8", quoted=False)],
                     "Apple-Mail-7C1E0B52-4D3A-4F0B-9E61-2B8C93A1D5F4", preamble=False)
    h = headers("Kyle Brenner <kbrenner@aquaforge-spa.example>", BR,
                "Re: PO 4500031877 - order acknowledgement request",
                date_hdr(2026, 11, 24, 7, 52, 31, "-0500"),
                "<8E2F41A7-0C3B-4C2E-A1D9-5F7B3E6C2D10@aquaforge-spa.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.aquaforge-spa.example", "198.51.100.61", "Tue, 24 Nov 2026 12:52:40 +0000", "dana.ruiz@brightwater.example", "a1")],
                after=[("X-Mailer", "iPhone Mail (22B91)")])
    eml = message(h, body)
    return Case("iphone-ok-oneliner", "confirmation", "en-US",
                "three-word iPhone answer; every figure in the mail is our own quoted request",
                [p], eml, expected("confirmation",
                                   "One-line 'confirmed as per PO' from a phone; all quantities, prices and dates only appear in our quoted request.",
                                   [conf(p, {1: ACC, 2: ACC, 3: ACC})]))


# ---------------------------------------------------------------------------
def bracket_aside_wrapped():
    sup = supplier("HARROWFINCH", "Harrow & Finch Street Furniture Ltd", "sales@harrowfinch.example", "en-GB")
    p = po("4500031902", sup, "tomasz", "GBP", "2026-11-25", [
        ln("BLS-114-BLK", "Bollard sleeve, 114 mm, black PE", 200, "EA", "9.85", "2026-12-14"),
        ln("BLS-168-YEL", "Bollard sleeve, 168 mm, yellow reflective", 150, "EA", "14.20", "2026-12-14"),
        ln("BLC-114-CAP", "Bollard sleeve cap, 114 mm, domed", 200, "EA", "2.35", "2026-12-14"),
    ])
    body = ("Hi Tomasz,\n\n"
            "Thanks for the order. Lines 1 and 3 are fine as per your PO, delivery\n"
            "14/12. On line 2 we can only do 120 off at the same price (the other 30\n"
            "are in the old 2024 yellow and I'd rather not send those) and they'll\n"
            "be with you Friday 11/12.\n\n"
            "Regards\n\n"
            "Gemma Oakes\n"
            "Sales Office | Harrow & Finch Street Furniture Ltd\n"
            "Unit 9, Parkway Industrial Estate, Sheffield S9 3BL\n"
            "T: 0114 496 0732\n\n"
            "Harrow & Finch Street Furniture Ltd. Registered in England No. 04418231.\n"
            "VAT GB 771 2345 19. This e-mail and any attachments are confidential and\n"
            "intended solely for the addressee.")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "en", "Tomasz Wren <tomasz.wren@brightwater.example>",
                         "25 November 2026 16:05", "Sales <sales@harrowfinch.example>",
                         "PO 4500031902 - order acknowledgement request", quoted,
                         "us-ascii", "7bit", "_000_LO2P265MB5123A1B2C3D4E5F6LO2P265MB5123GBRP_", html_lang="EN-GB")
    h = headers("Gemma Oakes <gemma.oakes@harrowfinch.example>", "Tomasz Wren <tomasz.wren@brightwater.example>",
                "RE: PO 4500031902 - order acknowledgement request",
                date_hdr(2026, 11, 26, 11, 18, 4, "+0000"), mid_outlook("a2", "gbrprd02"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-lo2gbr01on2105.outbound.protection.outlook.com", "203.0.113.105",
                            "Thu, 26 Nov 2026 11:18:09 +0000", "tomasz.wren@brightwater.example", "a2")],
                after=outlook_after("a2", "PO 4500031902 - order acknowledgement request", "en-GB"))
    eml = message(h, part)
    return Case("bracket-aside-wrapped", "confirmation", "en-GB",
                "hard-wrapped bracketed aside splits '30' and '2024' across lines next to the real quantity 120",
                [p], eml, expected("confirmation",
                                   "Line 2 cut to 120 (aside in brackets about the other 30 is wrapped over two lines), delivered Fri 11/12 (UK day-first). Lines 1 and 3 as ordered.",
                                   [conf(p, {1: ACC, 2: chg(q=120, d="2026-12-11"), 3: ACC})]))


# ---------------------------------------------------------------------------
def cast_pendulums():
    sup = supplier("PENDELHUG", "Schwarzwälder Pendelmanufaktur Hug GmbH", "auftrag@pendel-hug.example", "de-DE")
    p = po("4500031925", sup, "lena", "EUR", "2026-11-26", [
        ln("CCP-LEAF-180", "Cuckoo clock pendulum, leaf bob, 180 mm, cast brass", 300, "PCS", "7.40", "2026-12-16"),
        ln("CCP-ROD-250", "Pendulum rod, 250 mm, wood, with hook", 300, "PCS", "1.95", "2026-12-16"),
        ln("CCP-BOB-OAK", "Pendulum bob, oak leaf, antique finish", 120, "PCS", "9.80", "2026-12-16"),
    ])
    body = ("Sehr geehrte Frau Vogt,\n\n"
            "vielen Dank für Ihre Bestellung 4500031925.\n\n"
            "Pos. 2 (Pendelstäbe) liefern wir wie gewünscht zum 16.12.2026.\n\n"
            "Die Pendelscheiben der Pos. 1 und 3 werden derzeit in unserer Gießerei gegossen. "
            "Nach dem Entgraten und der Oberflächenbehandlung (Pos. 3 wird zusätzlich antik patiniert) "
            "können wir beide Positionen am Dienstag, 12.01.2027 bei Ihnen anliefern. "
            "Mengen und Preise bleiben unverändert.\n\n"
            "Wir bitten um Ihr Verständnis.\n\n"
            "Mit freundlichen Grüßen\n\n"
            "Sabine Kienzler\n"
            "Auftragsabwicklung\n\n"
            "Schwarzwälder Pendelmanufaktur Hug GmbH\n"
            "Hauptstraße 41 · 78098 Triberg im Schwarzwald\n"
            "Tel. +49 7722 86 41-12 · Fax +49 7722 86 41-99\n"
            "Geschäftsführer: Andreas Hug · Amtsgericht Freiburg i. Br. HRB 702318 · USt-IdNr. DE 812 345 678\n\n"
            "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. "
            "Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "de", "Lena Vogt <lena.vogt@brightwater.example>",
                         "Donnerstag, 26. November 2026 10:12", "auftrag@pendel-hug.example",
                         "PO 4500031925 - order acknowledgement request", quoted,
                         "windows-1252", "quoted-printable", "----=_NextPart_000_0041_01DB61A2.5C3E8F10", html_lang="DE")
    h = headers(addr("Sabine Kienzler", "s.kienzler@pendel-hug.example"), "'Lena Vogt' <lena.vogt@brightwater.example>",
                "AW: PO 4500031925 - order acknowledgement request",
                date_hdr(2026, 11, 30, 14, 27, 45, "+0100"), "<004101db61a2$5c3e8f10$14bbad30$@pendel-hug.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.pendel-hug.example", "192.0.2.84", "Mon, 30 Nov 2026 13:27:51 +0000", "lena.vogt@brightwater.example", "a3")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("a3")), ("Content-Language", "de")])
    eml = message(h, part)
    return Case("cast-pendulums-date", "confirmation", "de-DE",
                "goods 'werden derzeit gegossen' yet a firm weekday date is given; German number/date formats and HRB/USt-Id digits in the signature",
                [p], eml, expected("confirmation",
                                   "Pendulum bobs (pos. 1 and 3) are being cast; firm delivery Tue 12.01.2027. Pos. 2 as ordered. Quantities and prices unchanged.",
                                   [conf(p, {1: chg(d="2027-01-12"), 2: ACC, 3: chg(d="2027-01-12")})]))


# ---------------------------------------------------------------------------
def _postfix_report(queue, arrival, rcpt, remote, diag_lines, status, original, boundary, diag_code):
    expl = ("This is the mail system at host mx1.brightwater.example.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\n"
            "For further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\n"
            "delete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n"
            "<%s>: host %s said:\n    %s\n" % (rcpt, remote, "\n    ".join(diag_lines)))
    ds = ("Reporting-MTA: dns; mx1.brightwater.example\n"
          "X-Postfix-Queue-ID: %s\n"
          "X-Postfix-Sender: rfc822; dana.ruiz@brightwater.example\n"
          "Arrival-Date: %s\n\n"
          "Final-Recipient: rfc822; %s\n"
          "Original-Recipient: rfc822;%s\n"
          "Action: failed\n"
          "Status: %s\n"
          "Remote-MTA: dns; %s\n"
          "Diagnostic-Code: smtp; %s\n" % (queue, arrival, rcpt, rcpt, status, remote.split("[")[0], diag_code))
    return multipart("report", [
        text_part(expl, "us-ascii", "7bit", headers=[("Content-Description", "Notification")], quoted=False),
        raw_part("message/delivery-status", ds, None, headers=[("Content-Description", "Delivery report")]),
        rfc822_part(original, description="Undelivered Message"),
    ], boundary, params=" report-type=delivery-status;", preamble=False)


def our_request_eml(p, date, to, greeting="Hello", reminder=False, mid=None, extra=()):
    """Our own outgoing request as an RFC 822 message (used inside bounces)."""
    name, mail = p["buyer"]["name"], p["buyer"]["email"]
    h = [("From", addr(name, mail)), ("To", to),
         ("Subject", subject(p, reminder)), ("Date", date),
         ("Message-ID", mid or p["request_message_id"])] + list(extra)
    body = text_part(request_text(p, greeting, reminder), "utf-8", "quoted-printable")
    return message(h, body)


def bounce_postfix():
    sup = supplier("RIDGELINE", "Ridgeline Skate Supply LLC", "orders@ridgeline-skate.example", "en-US")
    p = po("4500032010", sup, "dana", "USD", "2026-12-01", [
        ln("SKT-149-RAW", "Skateboard truck, 149 mm hanger, raw aluminium", 250, "PR", "14.60", "2027-01-08"),
        ln("SKT-KP-90A", "Kingpin bushing set, 90A", 500, "SET", "1.85", "2027-01-08"),
    ])
    orig = our_request_eml(p, "Tue, 01 Dec 2026 10:02:09 +0000", "orders@ridgeline-skate.example",
                           extra=[("X-Mailer", "Brightwater PO Agent 2.3")])
    rep = _postfix_report("4Fh2Kq1XyZz9sWQ", "Tue,  1 Dec 2026 10:02:11 +0000 (UTC)",
                          "orders@ridgeline-skate.example", "mx.ridgeline-skate.example[203.0.113.45]",
                          ["550 5.1.1 <orders@ridgeline-skate.example>: Recipient address",
                           "rejected: User unknown in virtual mailbox table (in reply to RCPT TO",
                           "command)"], "5.1.1", orig,
                          "4Fh2Kq1XyZz9sWQ.1796119333/mx1.brightwater.example",
                          "550 5.1.1 <orders@ridgeline-skate.example>: Recipient\n    address rejected: User unknown in virtual mailbox table")
    h = [("Return-Path", "<>"),
         ("Received", "by mx1.brightwater.example (Postfix)\r\n\tid 4Fh2Kq1XyZz9sWQ; Tue,  1 Dec 2026 10:02:13 +0000 (UTC)"),
         ("Date", "Tue,  1 Dec 2026 10:02:13 +0000 (UTC)"),
         ("From", "MAILER-DAEMON@mx1.brightwater.example (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"),
         ("To", "dana.ruiz@brightwater.example"),
         ("Auto-Submitted", "auto-replied"),
         ("Message-Id", "<20261201100213.4Fh2Kq1XyZz9sWQ@mx1.brightwater.example>")]
    eml = message(h, rep)
    return Case("bounce-postfix-user-unknown", "bounce", "en-US",
                "Postfix multipart/report; the returned request carries the whole PO table",
                [p], eml, expected("bounce", "Postfix DSN (5.1.1 user unknown) for our request; the attached original contains the PO figures but nobody answered."))


# ---------------------------------------------------------------------------
def xlsx_reject_line():
    sup = supplier("RINKBYGG", "Nordisk Rinkbygg AB", "order@rinkbygg.example", "sv-SE")
    p = po("4500031944", sup, "aiko", "SEK", "2026-11-25", [
        ln("IRB-1200-W", "Ice rink board panel, 1.2 m, HDPE white", 24, "EA", "8450.00", "2026-12-18"),
        ln("IRB-GL-12", "Shielding glass, tempered 12 mm, 2.0 m", 24, "EA", "3120.00", "2026-12-18"),
        ln("IRB-DOOR-P", "Player gate, double, with frame", 2, "EA", "21900.00", "2026-12-18"),
    ])
    rows = [
        ["ORDERBEKRÄFTELSE"],
        ["Nordisk Rinkbygg AB", None, None, None, None, None, "Vår order", "61-20418"],
        ["Brightwater Industrial Supply Ltd", None, None, None, None, None, "Er order", "4500031944"],
        ["Er referens: Aiko Bell", None, None, None, None, None, "Datum", dt.date(2026, 11, 27)],
        [],
        ["Rad", "Artikel", "Benämning", "Antal", "Enhet", "À-pris SEK", "Belopp SEK", "Leveransdatum", "Status"],
        [1, "IRB-1200-W", "Sargelement 1,2 m HDPE vit", 24, "st", Money("8450.00"), Money("202800.00"), dt.date(2027, 1, 8), "Bekräftad"],
        [2, "IRB-GL-12", "Skyddsglas härdat 12 mm, 2,0 m", 24, "st", Money("3120.00"), Money("74880.00"), dt.date(2026, 12, 18), "Bekräftad"],
        [3, "IRB-DOOR-P", "Spelarbåsdörr dubbel m. karm", 2, "st", None, None, None, "Utgår"],
        [],
        [None, None, None, None, None, "Summa exkl. moms", Money("277680.00")],
        ["Leveransvillkor: DAP Felixstowe (Incoterms 2020). Betalningsvillkor: 30 dagar netto."],
    ]
    xl = make_xlsx([("Orderbekräftelse", rows)], creator="Johan Lindqvist", date_fmt="yyyy-mm-dd")
    body = ("Hej Aiko,\n\n"
            "Tack för beställningen. Bifogat finner du vår orderbekräftelse.\n\n"
            "Tyvärr kan vi inte leverera rad 3 (spelarbåsdörr, dubbel) – den har utgått ur\n"
            "vårt sortiment och ersättaren är ännu inte godkänd. Övriga rader enligt bilagan;\n"
            "sargelementen kommer tyvärr först efter nyår.\n\n"
            "Med vänliga hälsningar\n"
            "Johan Lindqvist\n"
            "Säljare\n"
            "Nordisk Rinkbygg AB | Skolgatan 17 | 802 53 Gävle\n"
            "Tel 026-41 22 90")
    quoted = request_text(p, "Hello")
    alt = outlook_reply(body, "sv", "Aiko Bell <aiko.bell@brightwater.example>",
                        "den 25 november 2026 14:12", "order@rinkbygg.example",
                        "PO 4500031944 - order acknowledgement request", quoted,
                        "windows-1252", "quoted-printable", "_000_HE1PR0701MB2233B4A7E0C24C1F9D2E0A1B2C3D4E5FHE1PR0701MB_", html_lang="SV")
    mixed = multipart("mixed", [alt, attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                "Orderbekräftelse 61-20418.xlsx", name_charset="iso-8859-1")],
                      "_004_HE1PR0701MB2233B4A7E0C24C1F9D2E0A1B2C3D4E5FHE1PR0701MB_", preamble=False)
    h = headers(addr("Johan Lindqvist", "johan.lindqvist@rinkbygg.example"), "Aiko Bell <aiko.bell@brightwater.example>",
                "SV: PO 4500031944 - order acknowledgement request",
                date_hdr(2026, 11, 27, 9, 3, 12, "+0100"), mid_outlook("a5"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-he1eur01on0711.outbound.protection.outlook.com", "203.0.113.71",
                            "Fri, 27 Nov 2026 08:03:18 +0000", "aiko.bell@brightwater.example", "a5")],
                after=outlook_after("a5", "PO 4500031944 - order acknowledgement request", "sv-SE", attach=True))
    eml = message(h, mixed)
    return Case("xlsx-ack-body-rejects-line", "confirmation", "sv-SE",
                "XLSX acknowledgement (serial date cells) plus a Swedish body that rejects line 3",
                [p], eml, expected("confirmation",
                                   "Line 3 rejected in the body (discontinued; XLSX says 'Utgår'); line 1 moved to 2027-01-08 per the XLSX date cell; line 2 as ordered.",
                                   [conf(p, {1: chg(d="2027-01-08"), 2: ACC, 3: REJ})]))


# ---------------------------------------------------------------------------
def ja_reiwa():
    sup = supplier("ENSHU", "株式会社 遠州織機部品", "eigyo@enshu-shokki.example", "ja-JP")
    p = po("4500031971", sup, "aiko", "JPY", "2026-11-26", [
        ln("LSH-PW-330", "Loom shuttle, power loom, persimmon wood, 330 mm", 40, "PCS", "8400", "2026-12-21"),
        ln("LSH-SPG-12", "Shuttle tension spring, steel", 200, "PCS", "320", "2026-12-21"),
        ln("LSH-PRN-W", "Pirn, wooden, for LSH-PW-330", 500, "PCS", "95", "2027-01-15"),
    ])
    body = ("Brightwater Industrial Supply Ltd\n"
            "Aiko Bell 様\n\n"
            "いつも大変お世話になっております。\n"
            "遠州織機部品の鈴木でございます。\n\n"
            "ご注文番号 4500031971 につきまして、下記の通りご回答申し上げます。\n\n"
            "１．LSH-PW-330（シャトル　柿材　330mm）\n"
            "　　数量：４０個　単価：８，４００円　納期：令和８年１２月２１日　→ご希望通り\n"
            "２．LSH-SPG-12（シャトル用スプリング）\n"
            "　　数量：２００個　単価：３２０円　納期：令和９年１月１５日\n"
            "　　※材料入荷の都合により、ご希望納期に間に合いません。誠に申し訳ございません。\n"
            "３．LSH-PRN-W（木管）\n"
            "　　数量：５００個　単価：９５円　納期：令和９年１月１５日　→ご希望通り\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "━━━━━━━━━━━━━━━━━━━━━━\n"
            "株式会社　遠州織機部品\n"
            "営業部　鈴木　一郎\n"
            "〒432-8021　静岡県浜松市中央区佐鳴台3-14-7\n"
            "TEL 053-447-2281　FAX 053-447-2290\n"
            "━━━━━━━━━━━━━━━━━━━━━━\n")
    quoted = ("-----Original Message-----\n"
              "From: Aiko Bell <aiko.bell@brightwater.example>\n"
              "Sent: Thursday, November 26, 2026 7:05 PM\n"
              "To: eigyo@enshu-shokki.example\n"
              "Subject: PO 4500031971 - order acknowledgement request\n\n" + request_text(p, "Dear Mr Suzuki"))
    text = body + "\n" + quoted
    part = text_part(text, "ISO-2022-JP", "7bit", quoted=False)
    h = headers(addr("鈴木 一郎", "i.suzuki@enshu-shokki.example", "ISO-2022-JP", "B"), "Aiko Bell <aiko.bell@brightwater.example>",
                hdr("【納期回答】RE: PO 4500031971 - order acknowledgement request", "ISO-2022-JP", "B", whole=True),
                date_hdr(2026, 11, 27, 17, 45, 2, "+0900"), "<000a01db5e8f$2c1d4b60$84d7e220$@enshu-shokki.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("smtp.enshu-shokki.example", "198.51.100.140", "Fri, 27 Nov 2026 08:45:09 +0000", "aiko.bell@brightwater.example", "a7")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")])
    eml = message(h, part)
    return Case("ja-reiwa-fullwidth", "confirmation", "ja-JP",
                "ISO-2022-JP body, Reiwa era dates (令和8年/9年) and full-width digits; line 3's January date is the requested one",
                [p], eml, expected("confirmation",
                                   "Reiwa 8 = 2026, Reiwa 9 = 2027. Line 2 moved to 2027-01-15; lines 1 and 3 as requested (line 3's requested date already was 15 Jan). Full-width digits and 円 prices equal the PO.",
                                   [conf(p, {1: ACC, 2: chg(d="2027-01-15"), 3: ACC})]))


# ---------------------------------------------------------------------------
def discount_threshold():
    sup = supplier("BELLANDI", "Officine Organarie Bellandi S.r.l.", "ordini@bellandi-organi.example", "it-IT")
    p = po("4500031988", sup, "ines", "EUR", "2026-11-26", [
        ln("OPS-22-MPL", "Organ pipe stopper, maple, 22 mm, leather-faced", 400, "PCS", "6.50", "2026-12-18"),
        ln("OPS-38-MPL", "Organ pipe stopper, maple, 38 mm, leather-faced", 150, "PCS", "14.00", "2026-12-18"),
        ln("OPS-60-OAK", "Organ pipe stopper, oak, 60 mm, with handle", 60, "PCS", "22.00", "2026-12-18"),
    ])
    body = ("Gentile Sig.ra Carvalho,\n\n"
            "confermiamo il Vs. ordine n. 4500031988 per le quantità e la data di consegna richieste (18/12/2026).\n\n"
            "Poiché l'importo complessivo dell'ordine (€ 6.020,00) supera la soglia di € 5.000,00 prevista dalle "
            "nostre condizioni commerciali 2026, applichiamo uno sconto del 3% su tutte le righe: i prezzi unitari "
            "del Vs. ordine si intendono quindi al lordo di tale sconto, che verrà riportato in fattura.\n\n"
            "Cordiali saluti\n\n"
            "Giulia Bellandi\n"
            "Ufficio Commerciale\n"
            "Officine Organarie Bellandi S.r.l.\n"
            "Via dei Colli 112 - 35143 Padova (PD)\n"
            "Tel. +39 049 872 3310 - P.IVA 04123560287\n\n"
            "Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questo messaggio sono riservate "
            "e ad uso esclusivo del destinatario.")
    quoted = request_text(p, "Dear Ms Bellandi")
    part = outlook_reply(body, "it", "Inés Carvalho <ines.carvalho@brightwater.example>",
                         "giovedì 26 novembre 2026 17:22", "ordini@bellandi-organi.example",
                         "PO 4500031988 - order acknowledgement request", quoted,
                         "iso-8859-15", "quoted-printable", "----=_NextPart_000_0019_01DB63F1.8A2C4E70", html_lang="IT")
    h = headers(addr("Giulia Bellandi", "g.bellandi@bellandi-organi.example"), addr("Inés Carvalho", "ines.carvalho@brightwater.example", "iso-8859-15"),
                "R: PO 4500031988 - order acknowledgement request",
                date_hdr(2026, 12, 1, 10, 12, 40, "+0100"), "<001901db63f1$8a2c4e70$9e84eb50$@bellandi-organi.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("smtp.bellandi-organi.example", "192.0.2.201", "Tue, 01 Dec 2026 09:12:47 +0000", "ines.carvalho@brightwater.example", "a8")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("a8")), ("Content-Language", "it")])
    eml = message(h, part)
    return Case("discount-above-threshold", "confirmation", "it-IT",
                "3% discount because the order total exceeds EUR 5.000,00; net prices must be derived, Italian number format",
                [p], eml, expected("confirmation",
                                   "Order total EUR 6.020,00 > 5.000,00 threshold, so 3% off every unit price: 6.50->6.305, 14.00->13.58, 22.00->21.34. Quantities and date as ordered.",
                                   [conf(p, {1: chg(p="6.305"), 2: chg(p="13.58"), 3: chg(p="21.34")})]))


# ---------------------------------------------------------------------------
def pack_price():
    sup = supplier("LUTHCOMP", "Luthieria Paulista Componentes Ltda.", "vendas@luthcomp.example", "pt-BR")
    p = po("4500032033", sup, "ines", "BRL", "2026-11-27", [
        ln("TPG-VIO-EB", "Violin tuning peg, ebony, Swiss model", 600, "PCS", "8.50", "2026-12-21"),
        ln("TPG-GTR-CL6", "Classical guitar tuning machines, 3+3, brass", 80, "SET", "74.00", "2026-12-21"),
    ])
    body = ("Olá Inés, boa tarde!\n\n"
            "Segue a confirmação do pedido 4500032033:\n\n"
            "- Cravelha para violino, ébano (TPG-VIO-EB): 600 peças. Trabalhamos somente com embalagem "
            "de 6 peças, valor R$ 52,80 por embalagem (100 embalagens). Entrega em 08/01/2027.\n"
            "- Tarraxa para violão clássico 3+3 (TPG-GTR-CL6): 80 jogos a R$ 74,00, entrega em 21/12/2026 "
            "conforme solicitado.\n\n"
            "Qualquer dúvida estou à disposição.\n\n"
            "Abraço,\n"
            "Rafael Nogueira\n"
            "Luthieria Paulista Componentes Ltda.\n"
            "(11) 3208-4471 | WhatsApp (11) 98765-1203")
    quoted = request_text(p, "Hello Rafael")
    attrib = "Em sex., 27 de nov. de 2026 às 08:07, Inés Carvalho <ines.carvalho@brightwater.example> escreveu:"
    part = gmail_reply(body, attrib, quoted, boundary="0000000000004f8a2b0630c1d2e7")
    h = headers("Rafael Nogueira <rafael.nogueira@luthcomp.example>", addr("Inés Carvalho", "ines.carvalho@brightwater.example"),
                "Re: PO 4500032033 - order acknowledgement request",
                date_hdr(2026, 12, 2, 15, 33, 18, "-0300"), mid_gmail("a9"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-sor-f41.google.com", "209.85.220.41", "Wed, 02 Dec 2026 18:33:24 +0000", "ines.carvalho@brightwater.example", "a9")])
    eml = message(h, part)
    return Case("pack-price-per-piece-po", "confirmation", "pt-BR",
                "price quoted per pack of 6 (R$ 52,80) while the PO is per piece; Brazilian number format",
                [p], eml, expected("confirmation",
                                   "Line 1: R$ 52,80 per pack of 6 = 8.80 per piece (PO 8.50), delivery 08/01/2027; quantity 600 pieces (100 packs). Line 2 as ordered.",
                                   [conf(p, {1: chg(p="8.80", d="2027-01-08"), 2: ACC})]))


# ---------------------------------------------------------------------------
def weekday_date():
    sup = supplier("STAFFSKILN", "Staffordshire Kiln Furniture Ltd", "sales@staffs-kilnfurniture.example", "en-GB")
    p = po("4500032047", sup, "tomasz", "GBP", "2026-11-30", [
        ln("KSH-SIC-4050", "Kiln shelf, silicon carbide, 400 x 500 x 10 mm", 36, "EA", "58.90", "2026-12-15"),
        ln("KPR-CRD-100", "Kiln prop, cordierite, 100 mm", 144, "EA", "2.45", "2026-12-15"),
        ln("KPR-CRD-150", "Kiln prop, cordierite, 150 mm", 96, "EA", "3.10", "2026-12-15"),
    ])
    body = ("Morning Tomasz,\n\n"
            "Thanks for this, prices all fine.\n\n"
            "The props are on the shelf and will go out Monday 7 Dec. The SiC shelves come in "
            "from our supplier next week, so they'll go out on the pallet Thursday 17 Dec. "
            "No extra carriage for the second drop.\n\n"
            "Regards\n"
            "Dave Millington\n"
            "Staffordshire Kiln Furniture Ltd\n"
            "Brookhouse Works, Longton, Stoke-on-Trent ST3 1PQ | 01782 496 310")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "en", "Tomasz Wren <tomasz.wren@brightwater.example>",
                         "30 November 2026 17:44", "sales@staffs-kilnfurniture.example",
                         "PO 4500032047 - order acknowledgement request", quoted,
                         "us-ascii", "7bit", "_000_CWLP123MB4471D2E9F1A0B3C4CWLP123MB4471GBRP_", html_lang="EN-GB")
    h = headers("Dave Millington <dave@staffs-kilnfurniture.example>", "Tomasz Wren <tomasz.wren@brightwater.example>",
                "RE: PO 4500032047 - order acknowledgement request",
                date_hdr(2026, 12, 1, 9, 41, 27, "+0000"), mid_outlook("a10", "gbrprd01"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-cwlgbr01on2098.outbound.protection.outlook.com", "203.0.113.98",
                            "Tue, 01 Dec 2026 09:41:33 +0000", "tomasz.wren@brightwater.example", "a10")],
                after=outlook_after("a10", "PO 4500032047 - order acknowledgement request", "en-GB"))
    eml = message(h, part)
    return Case("weekday-named-dates", "confirmation", "en-GB",
                "dates only as 'Monday 7 Dec' / 'Thursday 17 Dec' (no year, ship dates), items named not numbered",
                [p], eml, expected("confirmation",
                                   "Ship dates only: props (lines 2, 3) go out Mon 7 Dec 2026, SiC shelves (line 1) Thu 17 Dec 2026. Prices and quantities as ordered.",
                                   [conf(p, {1: chg(d="2026-12-17"), 2: chg(d="2026-12-07"), 3: chg(d="2026-12-07")})]))


# ---------------------------------------------------------------------------
def bounce_exchange_de():
    sup = supplier("REITKLEIN", "Reitsport Klein GmbH", "bestellung@reitsport-klein.example", "de-DE")
    p = po("4500032058", sup, "lena", "EUR", "2026-11-30", [
        ln("HST-SS-120", "Stirrup irons, stainless, 120 mm tread", 60, "PR", "38.50", "2026-12-18"),
        ln("HST-TRD-RB", "Stirrup tread pads, rubber, black", 120, "PR", "4.20", "2026-12-18"),
        ln("HST-LTH-BR", "Stirrup leathers, 140 cm, brown", 60, "PR", "22.90", "2027-01-08"),
    ])
    orig_h = [("From", "Lena Vogt <lena.vogt@brightwater.example>"), ("To", "bestellung@reitsport-klein.example"),
              ("Subject", subject(p)), ("Date", "Mon, 30 Nov 2026 15:20:44 +0000"),
              ("Message-ID", p["request_message_id"])]
    orig = message(orig_h, text_part(request_text(p, "Hello"), "utf-8"))
    text = ("Die Übermittlung an folgende Empfänger oder Gruppen ist fehlgeschlagen:\n\n"
            "bestellung@reitsport-klein.example\n"
            "Das Postfach des Empfängers ist voll, und es können derzeit keine Nachrichten angenommen werden. "
            "Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.\n\n\n\n\n\n"
            "Diagnoseinformationen für Administratoren:\n\n"
            "Generierender Server: EX02.reitsport-klein.local\n\n"
            "bestellung@reitsport-klein.example\n"
            "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; "
            "Failed to process message due to a permanent exception with message Cannot open mailbox /o=Reitsport Klein/ou=Exchange "
            "Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=bestellung. 16.55847:8A0C0000'\n\n"
            "Ursprüngliche Nachrichtenkopfzeilen:\n\n"
            "Received: from mx1.brightwater.example (192.0.2.10) by EX02.reitsport-klein.local\n"
            " (10.10.1.12) with Microsoft SMTP Server (TLS) id 15.2.1544.4; Mon, 30 Nov 2026\n"
            " 16:20:51 +0100\n"
            "From: Lena Vogt <lena.vogt@brightwater.example>\n"
            "To: <bestellung@reitsport-klein.example>\n"
            "Subject: PO 4500032058 - order acknowledgement request\n"
            "Date: Mon, 30 Nov 2026 15:20:44 +0000\n"
            "Message-ID: <po-4500032058.1@brightwater.example>\n"
            "MIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n"
            "Return-Path: lena.vogt@brightwater.example\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<p><b><font color="#000066" size="3" face="Arial">Die Übermittlung an folgende Empfänger oder Gruppen ist fehlgeschlagen:</font></b></p>'
            '<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:bestellung@reitsport-klein.example">bestellung@reitsport-klein.example</a><br>'
            'Das Postfach des Empfängers ist voll, und es können derzeit keine Nachrichten angenommen werden. '
            'Versuchen Sie später erneut, die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.<br></p></font>'
            '<br><br><br><br><br><font color="#808080" size="2" face="Tahoma"><p><b>Diagnoseinformationen für Administratoren:</b></p>'
            '<p>Generierender Server: EX02.reitsport-klein.local</p><p>bestellung@reitsport-klein.example<br>'
            'Remote Server returned \'554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\'<br></p></font>'
            '</body></html>\n')
    ds = ("Reporting-MTA: dns;EX02.reitsport-klein.local\n"
          "Received-From-MTA: dns;mx1.brightwater.example\n"
          "Arrival-Date: Mon, 30 Nov 2026 15:20:51 +0000\n\n"
          "Final-Recipient: rfc822;bestellung@reitsport-klein.example\n"
          "Action: failed\n"
          "Status: 5.2.2\n"
          "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded\n")
    rep = multipart("report", [
        multipart("alternative", [text_part(text, "utf-8", "base64"), html_part(html, "utf-8", "base64")],
                  "_001_2f4c8e1a9b7d4e0f8a1c2b3d4e5f6a7b_", preamble=False),
        raw_part("message/delivery-status", ds, None),
        rfc822_part(orig),
    ], "_000_2f4c8e1a9b7d4e0f8a1c2b3d4e5f6a7b_", params=" report-type=delivery-status;", preamble=False)
    h = [("Received", "from EX02.reitsport-klein.local (198.51.100.12) by mx1.brightwater.example\r\n\t(Postfix) with ESMTPS id 4Fh9Qz3KbLz1x; Mon, 30 Nov 2026 15:20:53 +0000 (UTC)"),
         ("From", "<postmaster@reitsport-klein.example>"),
         ("To", "<lena.vogt@brightwater.example>"),
         ("Date", "Mon, 30 Nov 2026 16:20:52 +0100"),
         ("Subject", hdr("Unzustellbar: PO 4500032058 - order acknowledgement request")),
         ("Message-ID", "<2f4c8e1a9b7d4e0f8a1c2b3d4e5f6a7b@EX02.reitsport-klein.local>"),
         ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
         ("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"),
         ("Thread-Topic", "PO 4500032058 - order acknowledgement request")]
    eml = message(h, rep)
    return Case("bounce-exchange-german", "bounce", "de-DE",
                "German Exchange NDR 'Unzustellbar' (5.2.2 mailbox full) with In-Reply-To pointing at our request",
                [p], eml, expected("bounce", "Exchange non-delivery report in German (Postfach voll, 5.2.2); threaded to our request but not a supplier answer."))


# ---------------------------------------------------------------------------
def one_word_per_line():
    sup = supplier("GROENKRING", "Groenkring Composttechniek B.V.", "verkoop@groenkring.example", "nl-NL")
    p = po("4500032066", sup, "dana", "EUR", "2026-11-27", [
        ln("CDR-220-GR", "Compost drum, rotating, 220 L, green", 40, "EA", "89.00", "2026-12-14"),
        ln("CDR-140-GR", "Compost drum, rotating, 140 L, green", 60, "EA", "64.50", "2026-12-14"),
        ln("CDR-STD-HD", "Compost drum stand, heavy duty", 40, "EA", "27.80", "2026-12-14"),
        ln("CDR-AER-KIT", "Aeration rod kit", 100, "SET", "6.40", "2026-12-14"),
    ])
    from .common import table_text, _fmt_issued, SHIP_TO, signature
    intro = ("Hello,\n\n"
             "please confirm our purchase order 4500032066 of %s line by line\n"
             "(quantity, unit price, delivery date). A short answer per line is\n"
             "enough; just reply to this e-mail.\n" % _fmt_issued(p["issued"]))
    tail = ("Currency: EUR, prices per unit of measure. Delivery DAP to:\n%s\n\nKind regards\n%s\n"
            % (", ".join(SHIP_TO), signature(p)))
    text = ("Hoi Dana,\n\nzie onder.\n\n"
            "Op 27-11-2026 om 14:02 schreef Dana Ruiz:\n" + gt(intro) + "\n>\n" + gt(table_text(p)) + "\n\n"
            "ok\nok\n18-1\nnee\n\n" + gt(tail) + "\n\n"
            "-- \nHenk Visser\nGroenkring Composttechniek B.V.\nIndustrieweg 22, 7335 DV Apeldoorn\n055 - 576 40 18\n")
    part = text_part(text, "UTF-8", "quoted-printable", flowed=True, quoted=False)
    h = headers("Henk Visser <henk@groenkring.example>", BR,
                "Re: PO 4500032066 - order acknowledgement request",
                date_hdr(2026, 11, 30, 8, 16, 55, "+0100"), "<6b1f3c2e-8a4d-4e7b-9c10-d2a5e3f47b81@groenkring.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("smtp.groenkring.example", "198.51.100.22", "Mon, 30 Nov 2026 07:17:01 +0000", "dana.ruiz@brightwater.example", "a12")],
                after=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "nl")])
    eml = message(h, part)
    return Case("one-word-per-line-under-table", "confirmation", "nl-NL",
                "answers typed one word per line ('ok/ok/18-1/nee') under our quoted table; Dutch d-m date without year",
                [p], eml, expected("confirmation",
                                   "Four bare answers under the quoted table map to lines 1-4 in order: ok, ok, 18-1 (= 18 Jan 2027), nee (= cannot supply).",
                                   [conf(p, {1: ACC, 2: ACC, 3: chg(d="2027-01-18"), 4: REJ})]))


# ---------------------------------------------------------------------------
def gb2312_price():
    sup = supplier("HENGNAI", "淄博恒耐窑具有限公司", "sales@hengnai-kiln.example", "zh-CN")
    p = po("4500032081", sup, "rahul", "CNY", "2026-11-27", [
        ln("KSH-SIC-4545", "Kiln shelf, SiC, 450 x 450 x 12 mm", 200, "PCS", "86.50", "2026-12-21"),
        ln("KSH-COR-5040", "Kiln shelf, cordierite-mullite, 500 x 400 x 15 mm", 150, "PCS", "121.00", "2026-12-21"),
        ln("KPR-SIC-80", "Kiln post, SiC, 40 x 40 x 80 mm", 600, "PCS", "6.80", "2026-12-21"),
    ])
    body = ("Rahul 您好，\n\n"
            "贵司订单 4500032081 已收到，谢谢！现回复如下：\n\n"
            "1. 碳化硅棚板 450×450×12：200 块，单价 ￥86.50，交期 12月21日，确认。\n"
            "2. 堇青石-莫来石棚板 500×400×15：150 块，因原材料（堇青石）上涨，单价调整为 ￥132.00，交期 12月28日。\n"
            "3. 碳化硅立柱 40×40×80：600 支，单价 ￥6.80，交期 12月21日，确认。\n\n"
            "如有问题请随时联系。\n\n"
            "王丽 Lily Wang\n"
            "淄博恒耐窑具有限公司 外贸部\n"
            "电话：0533-6218877  手机/微信：13853302716\n")
    quoted = ("\n------------------ 原始邮件 ------------------\n"
              "发件人: \"Rahul Mehta\"<rahul.mehta@brightwater.example>;\n"
              "发送时间: 2026年11月27日(星期五) 晚上11:40\n"
              "收件人: \"sales\"<sales@hengnai-kiln.example>;\n"
              "主题: PO 4500032081 - order acknowledgement request\n\n" + request_text(p, "Dear Ms Wang"))
    text = body + quoted
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">'
            '<div>' + "".join("<div>%s</div>" % (l if l else "<br>") for l in body.split("\n")) + '</div>'
            '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件&nbsp;------------------</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"Rahul Mehta"&lt;rahul.mehta@brightwater.example&gt;;</div>'
            '<div><b>发送时间:</b>&nbsp;2026年11月27日(星期五) 晚上11:40</div><div><b>收件人:</b>&nbsp;"sales"&lt;sales@hengnai-kiln.example&gt;;</div>'
            '<div><b>主题:</b>&nbsp;PO 4500032081 - order acknowledgement request</div></div><br>' + request_html(p, "Dear Ms Wang") + '\n')
    part = multipart("alternative", [text_part(text, "GB2312", "base64"), html_part(html, "GB2312", "base64")],
                     "----=_NextPart_6561E2F8_0B1C4A30_3D7E9F12", preamble=False)
    h = headers(addr("王丽", "lily.wang@hengnai-kiln.example", "GB2312", "B"), "\"Rahul Mehta\"<rahul.mehta@brightwater.example>",
                hdr("回复：PO 4500032081 - order acknowledgement request", "GB2312", "B", whole=True),
                date_hdr(2026, 11, 30, 16, 20, 9, "+0800"), "<tencent_8C2F5A61B3D4E7F9A0C1B2D3@qq.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("smtpbg.qq.example", "203.0.113.206", "Mon, 30 Nov 2026 08:20:15 +0000", "rahul.mehta@brightwater.example", "a13")],
                after=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    eml = message(h, part)
    return Case("gb2312-price-change", "confirmation", "zh-CN",
                "GB2312 base64 Foxmail reply; Chinese dates without year (12月28日) and a raw-material price increase on one line",
                [p], eml, expected("confirmation",
                                   "Line 2 price raised to 132.00 and date 12月28日 (= 2026-12-28); lines 1 and 3 confirmed as ordered.",
                                   [conf(p, {1: ACC, 2: chg(p="132.00", d="2026-12-28"), 3: ACC})]))


# ---------------------------------------------------------------------------
def end_next_week():
    sup = supplier("SCBOLLARDS", "Southern Cross Bollards Pty Ltd", "sales@scbollards.example", "en-AU")
    p = po("4500032094", sup, "tomasz", "AUD", "2026-11-30", [
        ln("BLS-140-YEL", "Bollard sleeve, 140 mm, yellow, UV stabilised", 80, "EA", "24.60", "2026-12-11"),
        ln("BLS-140-BLU", "Bollard sleeve, 140 mm, blue, UV stabilised", 40, "EA", "24.60", "2026-12-11"),
    ])
    body = ("Hi Tomasz, sleeves are going through the moulder now, should have them out to you "
            "end of next week all going well. Same prices as the quote.\n\nCheers\nMick\n\nSent from my Galaxy")
    quoted = request_text(p, "Hello")
    text = body + "\n\n\n-------- Original message --------\nFrom: Tomasz Wren <tomasz.wren@brightwater.example> \n" \
        "Date: 30/11/26 9:14 pm (GMT+10:00) \nTo: sales@scbollards.example \nSubject: PO 4500032094 - order acknowledgement request \n\n" + quoted
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">'
            + body.replace("\n", "<br>") + '</div><div><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
            '<div>-------- Original message --------</div><div>From: Tomasz Wren &lt;tomasz.wren@brightwater.example&gt; </div>'
            '<div>Date: 30/11/26 9:14 pm (GMT+10:00) </div><div>To: sales@scbollards.example </div>'
            '<div>Subject: PO 4500032094 - order acknowledgement request </div><div><br></div></div>' + request_html(p, "Hello") + '</body></html>\n')
    part = multipart("alternative", [text_part(text, "UTF-8", "quoted-printable"), html_part(html, "UTF-8", "quoted-printable")],
                     "--_com.samsung.android.email_1764741902118430", preamble=False)
    h = headers("Mick Farrell <mick@scbollards.example>", "Tomasz Wren <tomasz.wren@brightwater.example>",
                "RE: PO 4500032094 - order acknowledgement request",
                date_hdr(2026, 12, 3, 13, 5, 2, "+1100"), "<q8x2m1k4v7yq0t3n5c6b9a2z.1764727502118@email.android.com>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.scbollards.example", "198.51.100.177", "Thu, 03 Dec 2026 02:05:09 +0000", "tomasz.wren@brightwater.example", "a14")])
    eml = message(h, part)
    return Case("end-of-next-week-no-date", "needs_review", "en-AU",
                "'end of next week all going well' from a phone: no date, hedged",
                [p], eml, expected("needs_review",
                                   "Only 'end of next week all going well' - no date and a hedge; prices 'as the quote' (not restated). A human must get a real date."))


# ---------------------------------------------------------------------------
def newsletter_price_increase():
    sup = supplier("STEIRER", "Drahtwerk Steirer GmbH", "verkauf@drahtwerk-steirer.example", "de-AT")
    p = po("4500032102", sup, "lena", "EUR", "2026-11-30", [
        ln("VTW-ZA-25", "Vineyard trellis wire, Zn-Al coated, 2.5 mm", 1000, "KG", "2.85", "2027-01-15"),
        ln("VTW-ZA-20", "Vineyard trellis wire, Zn-Al coated, 2.0 mm", 600, "KG", "3.05", "2027-01-15"),
        ln("VTW-GRP-L", "Wire gripple, large", 500, "PCS", "1.62", "2027-01-15"),
    ])
    text = ("Drahtwerk Steirer News 12/2026\n"
            "==============================\n\n"
            "Sehr geehrte Geschäftspartnerin, sehr geehrter Geschäftspartner,\n\n"
            "aufgrund der weiterhin gestiegenen Zink- und Energiekosten passen wir unsere Listenpreise\n"
            "mit 1. Februar 2027 wie folgt an:\n\n"
            "  * Spanndraht Zn-Al, alle Stärken (1,8 bis 3,0 mm) ....... +4,5 %\n"
            "  * Rebstockdrähte und Bindedraht ........................ +3,9 %\n"
            "  * Gripple, Drahtspanner und Zubehör ........ unverändert\n\n"
            "Alle Aufträge, die bis 31. Jänner 2027 bei uns eingehen, liefern wir selbstverständlich noch\n"
            "zu den bisherigen Preisen aus.\n\n"
            "Betriebsurlaub: Unser Werk bleibt von 24.12.2026 bis einschließlich 6.1.2027 geschlossen.\n"
            "Letzte Auslieferung vor Weihnachten: Freitag, 18.12.2026.\n\n"
            "Besuchen Sie uns auf der INTERVITIS in Stuttgart, Halle 7, Stand 7B41.\n\n"
            "Mit besten Grüßen aus der Steiermark\n"
            "Ihr Team von Drahtwerk Steirer\n\n"
            "Drahtwerk Steirer GmbH | Industriestraße 8 | 8430 Leibnitz | Österreich\n"
            "FN 218734 m, Landesgericht für ZRS Graz | UID ATU 58412377\n\n"
            "Sie erhalten diesen Newsletter, weil Sie Kunde bei uns sind. Abmelden:\n"
            "https://news.drahtwerk-steirer.example/unsubscribe?u=7f3a9c&id=b21e44\n")
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>Preisanpassung ab 1. Februar 2027</title></head>'
            '<body style="margin:0;background:#eeeeee"><table width="600" align="center" style="background:#ffffff;font-family:Arial,sans-serif">'
            '<tr><td style="background:#1d4f2a;color:#ffffff;padding:18px;font-size:20px">Drahtwerk Steirer News 12/2026</td></tr>'
            '<tr><td style="padding:18px;font-size:14px">'
            '<p>Sehr geehrte Geschäftspartnerin, sehr geehrter Geschäftspartner,</p>'
            '<p>aufgrund der weiterhin gestiegenen Zink- und Energiekosten passen wir unsere Listenpreise <b>mit 1.&nbsp;Februar 2027</b> wie folgt an:</p>'
            '<table style="font-size:14px"><tr><td>Spanndraht Zn-Al, alle Stärken (1,8 bis 3,0&nbsp;mm)</td><td align="right"><b>+4,5&nbsp;%</b></td></tr>'
            '<tr><td>Rebstockdrähte und Bindedraht</td><td align="right"><b>+3,9&nbsp;%</b></td></tr>'
            '<tr><td>Gripple, Drahtspanner und Zubehör</td><td align="right">unverändert</td></tr></table>'
            '<p>Alle Aufträge, die bis 31.&nbsp;Jänner 2027 bei uns eingehen, liefern wir selbstverständlich noch zu den bisherigen Preisen aus.</p>'
            '<p><b>Betriebsurlaub:</b> Unser Werk bleibt von 24.12.2026 bis einschließlich 6.1.2027 geschlossen. '
            'Letzte Auslieferung vor Weihnachten: Freitag, 18.12.2026.</p>'
            '<p>Besuchen Sie uns auf der INTERVITIS in Stuttgart, Halle 7, Stand 7B41.</p>'
            '<p>Mit besten Grüßen aus der Steiermark<br>Ihr Team von Drahtwerk Steirer</p></td></tr>'
            '<tr><td style="font-size:11px;color:#777777;padding:18px">Drahtwerk Steirer GmbH | Industriestraße 8 | 8430 Leibnitz | Österreich<br>'
            'FN 218734 m, Landesgericht für ZRS Graz | UID ATU 58412377<br>'
            '<a href="https://news.drahtwerk-steirer.example/unsubscribe?u=7f3a9c&amp;id=b21e44">Abmelden</a></td></tr></table>'
            '<img src="https://news.drahtwerk-steirer.example/open.gif?u=7f3a9c&amp;id=b21e44" width="1" height="1" alt=""></body></html>\n')
    part = multipart("alternative", [text_part(text, "utf-8", "quoted-printable"), html_part(html, "utf-8", "quoted-printable")],
                     "_----------=_MCPart_1984462015", preamble=False)
    h = [rcv("mail171.atl21.mcsv.example", "198.51.100.171", "Wed, 02 Dec 2026 06:00:14 +0000", "lena.vogt@brightwater.example", "a15"),
         ("From", "Drahtwerk Steirer <newsletter@drahtwerk-steirer.example>"),
         ("Reply-To", "Drahtwerk Steirer <verkauf@drahtwerk-steirer.example>"),
         ("To", "Lena Vogt <lena.vogt@brightwater.example>"),
         ("Subject", hdr("Preisanpassung ab 1. Februar 2027 | Drahtwerk Steirer News 12/2026")),
         ("Date", date_hdr(2026, 12, 2, 7, 0, 3, "+0100")),
         ("Message-ID", "<b21e44.7f3a9c.20261202060003@mail171.atl21.mcsv.example>"),
         ("List-Unsubscribe", "<https://news.drahtwerk-steirer.example/unsubscribe?u=7f3a9c&id=b21e44>, <mailto:unsubscribe-b21e44@news.drahtwerk-steirer.example>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
         ("List-Id", "Drahtwerk Steirer Kundeninfo <b21e44.list-id.news.drahtwerk-steirer.example>"),
         ("Precedence", "bulk"), ("X-Campaign", "b21e44"), ("Feedback-ID", "b21e44:7f3a9c:mc")]
    eml = message(h, part)
    return Case("newsletter-price-increase", "unrelated", "de-AT",
                "customer newsletter announcing +4.5 % from 1 Feb 2027 from a supplier with an open PO for exactly that wire",
                [p], eml, expected("unrelated",
                                   "Bulk newsletter (List-Unsubscribe, Precedence: bulk) announcing list-price increases from 1 Feb 2027 and holiday closure; not an answer to PO 4500032102."))


# ---------------------------------------------------------------------------
def split_second_open():
    sup = supplier("PASIEKADREW", "Pasieka-Drew Sp. z o.o.", "handel@pasieka-drew.example", "pl-PL")
    p = po("4500032110", sup, "tomasz", "PLN", "2026-11-27", [
        ln("BHF-DAD-W", "Beehive frame, Dadant, wired, pine", 1000, "PCS", "4.30", "2026-12-16"),
        ln("BHF-WLK-W", "Beehive frame, Wielkopolska, wired, pine", 1500, "PCS", "3.95", "2026-12-16"),
        ln("BHF-SPC-100", "Frame spacers, plastic, box of 100", 40, "BOX", "18.00", "2026-12-16"),
    ])
    body = ("Dzień dobry Panie Tomaszu,\n\n"
            "dziękujemy za zamówienie nr 4500032110.\n\n"
            "Poz. 1 oraz poz. 3 potwierdzamy zgodnie z zamówieniem - wysyłka 14.12.2026, dostawa do Państwa 16.12.2026.\n\n"
            "Poz. 2 (ramki wielkopolskie): 900 szt. możemy wysłać razem z resztą, dostawa 16.12.2026. "
            "Termin dla pozostałych 600 szt. podamy po dostawie drewna z tartaku, najpóźniej do 11.12.\n\n"
            "Ceny bez zmian.\n\n"
            "Z poważaniem\n"
            "Katarzyna Wójcik\n"
            "Dział Sprzedaży\n"
            "Pasieka-Drew Sp. z o.o.\n"
            "ul. Tarnowska 58, 33-300 Nowy Sącz\n"
            "tel. +48 18 441 27 90\n"
            "NIP 734-352-18-60, KRS 0000418832, kapitał zakładowy 250 000 zł")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "pl", "Tomasz Wren <tomasz.wren@brightwater.example>",
                         "piątek, 27 listopada 2026 15:31", "handel@pasieka-drew.example",
                         "PO 4500032110 - order acknowledgement request", quoted,
                         "iso-8859-2", "quoted-printable", "----=_NextPart_000_0007_01DB63D4.1F0E2A90", html_lang="PL")
    h = headers(addr("Katarzyna Wójcik", "k.wojcik@pasieka-drew.example", "iso-8859-2"), "'Tomasz Wren' <tomasz.wren@brightwater.example>",
                "Odp: PO 4500032110 - order acknowledgement request",
                date_hdr(2026, 12, 1, 12, 36, 20, "+0100"), "<000701db63d4$1f0e2a90$5d2a7fb0$@pasieka-drew.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("poczta.pasieka-drew.example", "192.0.2.150", "Tue, 01 Dec 2026 11:36:27 +0000", "tomasz.wren@brightwater.example", "a16")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("a16")), ("Content-Language", "pl")])
    eml = message(h, part)
    return Case("split-second-part-undated", "confirmation", "pl-PL",
                "line 2 split: 900 dated, remaining 600 'date to follow by 11.12'; ship vs delivery dates",
                [p], eml, expected("confirmation",
                                   "Lines 1 and 3 as ordered (delivery 16.12 wins over ship 14.12). Line 2 only partly committed: 900 on 16.12, the other 600 have no date yet ('najpóźniej do 11.12' is when they will tell us) - so line 2 is unconfirmed.",
                                   [conf(p, {1: ACC, 2: UNC, 3: ACC})]))


# ---------------------------------------------------------------------------
def koi8r_split():
    sup = supplier("SPORTKOROBKA", "ООО \"СпортКоробка\"", "zakaz@sportkorobka.example", "ru-RU")
    p = po("4500032121", sup, "rahul", "RUB", "2026-11-26", [
        ln("IRB-HK-2000", "Ice rink board, hockey, 2.0 m section, polyethylene", 40, "EA", "18500.00", "2026-12-25"),
        ln("IRB-GATE-1", "Ice rink gate, single, with hardware", 24, "EA", "12400.00", "2026-12-25"),
        ln("IRB-BOLT-K", "Board connection bolt kit", 60, "SET", "890.00", "2026-12-25"),
    ])
    body = ("Здравствуйте, Rahul.\n\n"
            "Подтверждаем заказ N 4500032121 со следующими уточнениями:\n\n"
            "1. Борт хоккейный 2,0 м - 40 шт. по 18 500,00 руб., поставка до 25.12.2026 г. - подтверждаем.\n"
            "2. Калитка одинарная - 24 шт. по 12 400,00 руб.: 18 шт. отгрузим к 25.12.2026 г.,\n"
            "   оставшиеся 6 шт. - 15.01.2027 г. (после новогодних праздников).\n"
            "3. Комплект болтов - 60 компл. по 890,00 руб., 25.12.2026 г. - подтверждаем.\n\n"
            "--\n"
            "С уважением,\n"
            "Андрей Смирнов\n"
            "менеджер отдела продаж\n"
            "ООО \"СпортКоробка\"\n"
            "тел. +7 (343) 310-44-52\n")
    text = body + "\nВы писали 26 ноября 2026 г., 17:40:\n\n" + gt(request_text(p, "Hello")) + "\n"
    part = text_part(text, "koi8-r", "base64", quoted=False)
    h = headers(addr("Андрей Смирнов", "a.smirnov@sportkorobka.example", "koi8-r", "B"), "Rahul Mehta <rahul.mehta@brightwater.example>",
                "Re: PO 4500032121 - order acknowledgement request",
                date_hdr(2026, 11, 30, 11, 14, 37, "+0500"), "<1718264033.20261130111437@sportkorobka.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mx.sportkorobka.example", "203.0.113.33", "Mon, 30 Nov 2026 06:14:44 +0000", "rahul.mehta@brightwater.example", "a17")],
                after=[("X-Mailer", "The Bat! (v10.4.2) Professional"), ("Reply-To", "zakaz@sportkorobka.example")])
    eml = message(h, part)
    return Case("koi8r-split-delivery", "confirmation", "ru-RU",
                "KOI8-R base64 (The Bat!), line split 18 + 6 over New Year, Russian number format '18 500,00 руб.'",
                [p], eml, expected("confirmation",
                                   "Line 2 split: 18 pcs by 25.12.2026, remaining 6 on 15.01.2027 (final date). Lines 1 and 3 as ordered.",
                                   [conf(p, {1: ACC, 2: chg(sched=[(18, "2026-12-25"), (6, "2027-01-15")]), 3: ACC})]))


# ---------------------------------------------------------------------------
def ticket_autoreply():
    sup = supplier("CELTICLANES", "Celtic Lanes Equipment Ltd", "orders@celticlanes.example", "en-IE")
    p = po("4500032130", sup, "dana", "EUR", "2026-11-30", [
        ln("BWP-TP-1050", "Tenpin bowling pin, maple, plastic coated, 1.5 kg", 120, "EA", "27.40", "2026-12-18"),
        ln("BWP-CP-5", "Candlepins, set of 10", 12, "SET", "118.00", "2026-12-18"),
    ])
    case_no = "20261130160214873"
    text = ("Dear Dana Ruiz,\n\n"
            "Thank you for contacting Celtic Lanes Equipment. This is an automated response to confirm\n"
            "that we have received your request.\n\n"
            "    Case number:  %s\n"
            "    Subject:      PO 4500032130 - order acknowledgement request\n"
            "    Priority:     Normal\n"
            "    Queue:        Sales Orders (IE)\n\n"
            "A member of our team will respond within 2 business days. To add information to this case,\n"
            "please reply to this email and keep [Case #%s] in the subject line.\n\n"
            "Our opening hours are Monday to Friday, 08:30-17:30 (GMT). Orders received after 14:00\n"
            "are processed on the next working day.\n\n"
            "Kind regards,\n"
            "Celtic Lanes Customer Service\n"
            "Unit 7, Ballymount Industrial Estate, Dublin 12, D12 X4K2\n\n"
            "ref:_00D5g0000012_5003X00002Kq8zQ:ref\n" % (case_no, case_no))
    html = ("<html><body style=\"font-family:Arial\">" + t2h(text) + "</body></html>\n")
    part = multipart("alternative", [text_part(text, "UTF-8", "quoted-printable"), html_part(html, "UTF-8", "quoted-printable")],
                     "----sinikael-?=_1-17645580143770.8131429812247001", preamble=False)
    h = [rcv("smtp-out.celticlanes.example", "198.51.100.93", "Mon, 30 Nov 2026 16:02:15 +0000", "dana.ruiz@brightwater.example", "a18"),
         ("From", "Celtic Lanes Support <support@celticlanes.example>"),
         ("To", "Dana Ruiz <dana.ruiz@brightwater.example>"),
         ("Subject", "[Case #%s] Received: PO 4500032130 - order acknowledgement request" % case_no),
         ("Date", date_hdr(2026, 11, 30, 16, 2, 14, "+0000")),
         ("Message-ID", "<case.%s.ack@support.celticlanes.example>" % case_no),
         ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
         ("Precedence", "auto_reply"), ("X-Helpdesk-Case", case_no)]
    eml = message(h, part)
    return Case("ticket-autoreply-case-number", "auto_reply", "en-IE",
                "helpdesk receipt with a 17-digit case number, '2 business days' and opening hours",
                [p], eml, expected("auto_reply",
                                   "Ticketing-system receipt (Auto-Submitted) with case number 20261130160214873; commits to nothing."))


CASES = [iphone_oneliner, bracket_aside_wrapped, cast_pendulums, bounce_postfix, xlsx_reject_line,
         ja_reiwa, discount_threshold, pack_price, weekday_date, bounce_exchange_de, one_word_per_line,
         gb2312_price, end_next_week, newsletter_price_increase, split_second_open, koi8r_split,
         ticket_autoreply]
