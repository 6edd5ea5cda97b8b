"""Cases 001-015."""
from __future__ import annotations

from .common import (D, case, cw_fri, is_wd, next_no_year, L, PO, SUP, acc, chg, REJ, UNC, conf, expected,
                     request_body, request_subject, headers, buyer_addr, at)
from .mime import encoded_words, addr, text, multipart, attachment, raw_part, message, quote_gt, esc, text_to_html
from .clients import outlook, gmail, apple, thunderbird
from . import pdf, xlsx


# ---------------------------------------------------------------- 001
@case("coffee-spares-outlook-all-accepted", "confirmation/en-GB",
      "Outlook top-post confirming all lines in words only; item texts carry 58x3.5, 3/8 BSP, 15 bar, 48W and the quoted request repeats the dates.")
def c001():
    sup = SUP("BREWLINE", "Brewline Technical Services Ltd", "orders@brewline-tech.example", "en-GB")
    po = PO("4700031562", sup, "maren", D(2026, 11, 3), [
        L(1, "BRW-GSK-58", "Group head gasket 58x3.5 mm NBR", 120, "PCS", "3.85", D(2026, 12, 4)),
        L(2, "BRW-SOL-38", "Solenoid valve 3/8 BSP 230V 2-way", 10, "PCS", "46.20", D(2026, 12, 4)),
        L(3, "BRW-PMP-15", "Vibratory pump 15 bar 48W", 12, "PCS", "38.90", D(2026, 12, 4)),
    ], currency="GBP")
    is_wd(D(2026, 12, 4), "Friday")
    date = at(2026, 11, 10, 14, 22, 0)
    reply = ("Hi Maren,\n\nThanks for the order.\n\nHappy to confirm PO 4700031562 in full - all three lines at the "
             "prices on your order and for delivery on Friday 4th December as requested. The pumps are the EX5-type "
             "equivalent (15 bar), the solenoids come with the 3/8\" BSP adaptors fitted.\n\n"
             "Our sales order ref is SO-88213 should you need to chase anything.\n\n"
             "Kind regards,\n\nGareth Pryce\nSales Office | Brewline Technical Services Ltd\n"
             "Unit 7, Severn Bridge Industrial Estate, Caldicot NP26 5PR\nT: +44 1291 420 118\n\n"
             "This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
             "received it in error please notify the sender and delete it. Brewline Technical Services Ltd, "
             "registered in Wales no. 07741120.\n")
    orig = {"from": f"{po['buyer']['name']} <{po['buyer']['email']}>", "sent": "03 November 2026 09:12",
            "to": "orders@brewline-tech.example", "subject": request_subject(po),
            "body": request_body(po, "Dear Brewline team,", "dmy/")}
    body = outlook(reply, orig, "_000_DB9PR08MB71204C2A1B_", "en", "us-ascii" if False else "utf-8", lang_attr="EN-GB")
    h = headers(addr("Gareth Pryce", "orders@brewline-tech.example"), buyer_addr(po),
                "RE: " + request_subject(po), date, "<DB9PR08MB71204C2A1B5E0F9AA31D@DB9PR08MB7120.eurprd08.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"],
                extra=[("Thread-Topic", request_subject(po)), ("Thread-Index", "AQHZx3b1cK9r2mQpTUaU7yq0Zr0m4w=="),
                       ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")])
    exp = expected("confirmation", "Everything confirmed in prose ('in full', 'as requested'); numbers in item texts and the quoted request are not commitments.",
                   [conf(po, l1=acc(po, 1), l2=acc(po, 2), l3=acc(po, 3))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 002
@case("road-paint-buckets-kw", "confirmation/de-DE",
      "Prices per 25 kg bucket against a PO in kg, rounding to whole buckets, KW 50 / KW 51 to Fridays; Thunderbird flowed ISO-8859-1.")
def c002():
    sup = SUP("SIGNA", "Signa Straßenmarkierung GmbH", "auftrag@signa-markierung.example", "de-DE")
    po = PO("4700031588", sup, "tobias", D(2026, 11, 4), [
        L(1, "RMP-W-25", "Markierungsfarbe weiß RAL 9016, Eimer 25 kg", 1000, "KG", "3.12", D(2026, 12, 11)),
        L(2, "RMP-Y-25", "Markierungsfarbe gelb RAL 1023, Eimer 25 kg", 240, "KG", "3.48", D(2026, 12, 11)),
        L(3, "GLB-150", "Reflexperlen 150-850 µm, Sack 25 kg", 500, "KG", "1.36", D(2026, 12, 11)),
    ])
    assert cw_fri(2026, 50) == D(2026, 12, 11) and cw_fri(2026, 51) == D(2026, 12, 18)
    date = at(2026, 11, 5, 9, 41, 1)
    reply = ("Guten Tag Herr Brenner,\n\nvielen Dank für Ihre Bestellung, die wir wie folgt bestätigen:\n\n"
             "Pos. 1  Markierungsfarbe weiß RAL 9016\n        40 Eimer à 25 kg = 1.000 kg, 78,00 EUR/Eimer, Lieferung KW 50\n"
             "Pos. 2  Markierungsfarbe gelb RAL 1023\n        10 Eimer à 25 kg = 250 kg (nur volle Gebinde lieferbar), 87,00 EUR/Eimer, KW 50\n"
             "Pos. 3  Reflexperlen 150-850 µm\n        20 Sack = 500 kg, 1,36 EUR/kg, Lieferung erst KW 51\n\n"
             "Lieferung frei Baustelle bzw. Lager Hamburg-Billbrook, Zahlungsziel 30 Tage netto.\n"
             "Bitte beachten Sie: Verarbeitung nur bis +5 °C Bodentemperatur.\n\n"
             "Mit freundlichen Grüßen\n\ni. A. Sabine Krüger\nInnendienst\n--\nSigna Straßenmarkierung GmbH\n"
             "Industriestr. 14, 21509 Glinde\nAmtsgericht Lübeck HRB 18822 HL\n")
    attribution = "Am 04.11.26 um 10:03 schrieb Tobias Brenner:"
    body = thunderbird(reply, attribution, request_body(po, "Sehr geehrte Damen und Herren,", "dmy.", "de"),
                       charset="ISO-8859-1", cte="quoted-printable")
    h = headers(addr("Sabine Krüger", "auftrag@signa-markierung.example", "ISO-8859-1", "Q"), buyer_addr(po),
                "Re: " + request_subject(po, "de"), date, "<a41f2c7e-0b6d-4e35-9c1d-77aa20e41b3d@signa-markierung.example>",
                po["request_message_id"], po["request_message_id"],
                extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.16.0"),
                       ("Content-Language", "de-DE")])
    exp = expected("confirmation", "Bucket prices 78,00 and 87,00 / 25 kg = 3.12 and 3.48 per kg (unchanged); line 2 rounded up to 250 kg; KW 50 = Fri 2026-12-11, KW 51 = Fri 2026-12-18.",
                   [conf(po, l1=acc(po, 1), l2=chg(po, 2, qty=250), l3=chg(po, 3, date=D(2026, 12, 18)))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 003
@case("plants-trays-percent-surcharge", "confirmation/fr-FR",
      "4 % surcharge on one line only, a later weekday-named date for that line, and CC trolleys that ride with the first delivery.")
def c003():
    sup = SUP("PEPVDL", "Pépinières du Val de Loire SARL", "commandes@pepinieres-valdeloire.example", "fr-FR")
    po = PO("4700031604", sup, "claire", D(2026, 11, 5), [
        L(1, "PLT-CYC-12", "Cyclamen persicum, pot 12 cm, plateau de 10", 60, "TRAY", "14.50", D(2026, 12, 8)),
        L(2, "PLT-POI-13", "Poinsettia rouge, pot 13 cm, plateau de 8", 80, "TRAY", "19.20", D(2026, 12, 8)),
        L(3, "CC-TROL-DK", "Chariot CC danois, location", 12, "PCS", "4.00", D(2026, 12, 8)),
    ])
    is_wd(D(2026, 12, 8), "Tuesday")
    is_wd(D(2026, 12, 10), "Thursday")
    date = at(2026, 11, 6, 11, 5, 1)
    reply = ("Bonjour Madame Dumont,\n\nNous vous remercions pour votre commande n° 4700031604 que nous confirmons "
             "avec les précisions suivantes :\n\n"
             "- Cyclamens pot 12 (60 plateaux) : disponibles, livraison le mardi 8 décembre comme demandé, 14,50 € le plateau.\n"
             "- Poinsettias rouges pot 13 (80 plateaux) : la coloration des bractées ne sera pas suffisante avant, "
             "livraison le jeudi 10 décembre. En raison de la hausse du coût de chauffage des serres, nous appliquons "
             "une majoration de 4 % sur cette ligne.\n"
             "- Les 12 chariots CC partiront avec la livraison du 8 décembre (à nous retourner sous 21 jours).\n\n"
             "Bien cordialement,\n\nÉlodie Marchand\nService commercial\nPépinières du Val de Loire\n"
             "Tél. 02 41 57 30 12\n")
    attribution = "Le jeu. 5 nov. 2026 à 16:48, Claire Dumont <claire.dumont@kestrel-supply.example> a écrit :"
    body = gmail(reply, attribution, request_body(po, "Bonjour,", "dmy/"), "000000000000a1f3b70613d2c0e5")
    h = headers(addr("Élodie Marchand", "commandes@pepinieres-valdeloire.example"), buyer_addr(po),
                "Re: " + request_subject(po), date, "<CAHx3f9kQ2+PvdL0u5m8RrA1wYc@mail.gmail.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Only line 2 gets +4 % (19.20 x 1.04 = 19.968) and moves to Thu 10 Dec; trolleys ride with the 8 Dec delivery.",
                   [conf(po, l1=acc(po, 1), l2=chg(po, 2, price="19.968", date=D(2026, 12, 10)), l3=acc(po, 3))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 004
@case("pipette-tips-case-of-10-racks", "confirmation/en-US",
      "Sold per case of 10 racks: quantity rounded to whole cases and price per case to be divided by 10; US ship date 12/11 vs arrival 12/15.")
def c004():
    sup = SUP("PINNACLE", "Pinnacle Lab Supply Inc.", "orders@pinnaclelab.example", "en-US")
    po = PO("KSG-118204", sup, "priya", D(2026, 11, 6), [
        L(1, "PT-200-FR", "Pipette tips 200 uL filtered sterile, rack of 96", 45, "RACK", "8.90", D(2026, 12, 15)),
        L(2, "PT-1000-FR", "Pipette tips 1000 uL filtered sterile, rack of 96", 30, "RACK", "9.40", D(2026, 12, 15)),
    ], currency="USD")
    date = at(2026, 11, 9, 16, 40, -5)
    reply = ("Hi Priya,\n\nThank you for PO KSG-118204. Please note these tips are only sold by the case (10 racks of 96 "
             "per case), so I have entered it as follows:\n\n"
             "Line 1 - PT-200-FR -> our 7720-200F: 5 cases (50 racks) @ $89.00/case\n"
             "Line 2 - PT-1000-FR -> our 7720-1000F: 3 cases (30 racks) @ $96.50/case\n\n"
             "Ship date 12/11/2026 via UPS Ground, estimated arrival 12/15/2026.\n"
             "Lot numbers and CoA (expiry 11/2029) will be sent with the packing list.\n\n"
             "Best,\nKayla Morrison\nCustomer Service Rep | Pinnacle Lab Supply\n(617) 555-0144\n")
    attribution = "On Fri, Nov 6, 2026 at 9:31 AM Priya Natarajan <priya.natarajan@kestrel-supply.example> wrote:"
    body = gmail(reply, attribution, request_body(po, "Hello,", "mdy/"), "0000000000005c2e8a0613e0a1b4")
    h = headers(addr("Kayla Morrison", "orders@pinnaclelab.example"), buyer_addr(po), "Re: " + request_subject(po),
                date, "<CAJm7Yq2c+8KfP3uZ0zWq5sT9cE@mail.gmail.example>", po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Line 1 rounded 45 -> 50 racks, $89.00/case = 8.90/rack (same); line 2 $96.50/case = 9.65/rack (up). Delivery 12/15 wins over ship 12/11 (US order).",
                   [conf(po, l1=chg(po, 1, qty=50), l2=chg(po, 2, price="9.65"))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 005
@case("polish-out-of-office", "auto_reply/pl-PL",
      "Polish Outlook out-of-office with a return date and a deputy address; ISO-8859-2 quoted-printable.")
def c005():
    sup = SUP("GRANULEX", "GRANULEX Sp. z o.o.", "k.wisniewska@granulex.example", "pl-PL")
    po = PO("4700031630", sup, "tobias", D(2026, 11, 9), [
        L(1, "RG-SBR-1530", "Granulat gumowy SBR 1,5-3,0 mm, big bag 1 t", 20, "T", "248.00", D(2027, 1, 22)),
        L(2, "RG-SBR-0510", "Granulat gumowy SBR 0,5-1,0 mm, big bag 1 t", 4, "T", "272.00", D(2027, 1, 22)),
    ])
    date = at(2026, 11, 9, 10, 15, 1)
    body_txt = ("Dzień dobry,\n\ndziękuję za wiadomość. Jestem poza biurem do 16.11.2026 r. włącznie i mam ograniczony "
                "dostęp do poczty.\nW pilnych sprawach proszę o kontakt z działem sprzedaży: sprzedaz@granulex.example, "
                "tel. +48 61 842 17 00.\n\nZ poważaniem\nKatarzyna Wiśniewska\nGRANULEX Sp. z o.o.\n")
    body = text(body_txt, "plain", "iso-8859-2", "quoted-printable")
    h = headers(addr("Katarzyna Wiśniewska", "k.wisniewska@granulex.example", "iso-8859-2", "Q"), buyer_addr(po),
                "Automatyczna odpowiedź: " + request_subject(po), date, "<f0e1d2c3b4a5.autoreply.20261109@granulex.example>",
                po["request_message_id"], po["request_message_id"], subj_charset="iso-8859-2", subj_enc="Q",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "k.wisniewska@granulex.example")])
    exp = expected("auto_reply", "Out-of-office in Polish; 16.11.2026 is the return date, not a delivery date.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 006
@case("led-panels-boxes-of-4-japanese", "confirmation/ja-JP",
      "Japanese Shift_JIS reply rounding 30 panels up to 8 boxes of 4 (32 pcs); model names contain 600x600, 40 W, 4000 K.")
def c006():
    sup = SUP("KOEILED", "Koei Shomei Co., Ltd.", "sales@koei-led.example", "ja-JP")
    po = PO("4700031655", sup, "oskar", D(2026, 11, 5), [
        L(1, "LED-P6060-40", "LED panel 600x600 mm 40 W 4000 K UGR<19", 30, "PCS", "27.80", D(2027, 1, 15)),
        L(2, "LED-P12030-36", "LED panel 1200x300 mm 36 W 4000 K", 16, "PCS", "31.50", D(2027, 1, 15)),
    ], currency="USD")
    date = at(2026, 11, 11, 10, 12, 9)
    reply = ("Oskar Lindqvist 様\n\nいつも大変お世話になっております。\n光栄照明株式会社 営業部の田中でございます。\n\n"
             "ご注文書（PO 4700031655）につきまして、下記の通りお請けいたします。\n\n"
             "1. LED-P6060-40（600x600 40W 4000K）\n   4台入りケース単位での出荷となりますため、8ケース（32台）にて手配いたします。\n"
             "   単価 27.80 USD は変更ございません。\n"
             "2. LED-P12030-36（1200x300 36W）\n   4ケース（16台）、単価 31.50 USD。\n\n"
             "納期：両品目とも 2027年1月15日 御社倉庫着\n\n何卒よろしくお願い申し上げます。\n\n"
             "──────────────\n光栄照明株式会社 営業部\n田中 健一\nTEL 06-6123-4567\n")
    orig = {"from": "Oskar Lindqvist <oskar.lindqvist@kestrel-supply.example>", "sent": "2026年11月5日 17:20",
            "to": "sales@koei-led.example", "subject": request_subject(po), "body": request_body(po, "Dear Sales team,")}
    body = outlook(reply, orig, "_000_TYCPR01MB8711AF", "ja", "shift_jis", "base64", lang_attr="JA")
    h = headers(addr("田中 健一", "sales@koei-led.example", "shift_jis"), buyer_addr(po),
                "RE: " + request_subject(po) + "（ご注文お請け）", date,
                "<TYCPR01MB8711AF3C2D5E9B0A71C6@TYCPR01MB8711.jpnprd01.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"], subj_charset="shift_jis")
    exp = expected("confirmation", "Line 1 rounded to 8 cases of 4 = 32 pcs at the same price; line 2 exactly as ordered (4 cases = 16).",
                   [conf(po, l1=chg(po, 1, qty=32), l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 007
@case("water-as-per-quotation-no-prices", "needs_review/en-IE",
      "'Confirmed as per our quotation Q-2026-118' without restating prices or a date and without the quote attached; quantity 2016 looks like a year.")
def c007():
    sup = SUP("GLENBEG", "Glenbeg Spring Water Ltd", "orders@glenbeg-water.example", "en-IE")
    po = PO("4700031671", sup, "maren", D(2026, 11, 9), [
        L(1, "MW-STILL-50", "Still mineral water 0.5 l PET, case of 24", 2016, "BTL", "0.31", D(2026, 12, 2)),
        L(2, "MW-SPARK-50", "Sparkling mineral water 0.5 l PET, case of 24", 1008, "BTL", "0.33", D(2026, 12, 2)),
    ])
    date = at(2026, 11, 10, 12, 48, 0)
    reply = ("Hi Maren,\n\nOrder received with thanks - this is confirmed as per our quotation Q-2026-118 (valid to 31/12/2026).\n"
             "Our transport office will be in touch regarding the delivery slot.\n\n"
             "Kind regards,\nSiobhán Daly\nCustomer Accounts | Glenbeg Spring Water Ltd\nBallymore Eustace, Co. Kildare\n")
    attribution = "On 9 Nov 2026, at 15:02, Maren Holt <maren.holt@kestrel-supply.example> wrote:"
    body = apple(reply, attribution, request_body(po, "Hello Siobhán,", "dmy/"), "Apple-Mail=_6E1C0B3D-8A4F-4F0B-9D2E-3B7A51C4E920")
    h = headers(addr("Siobhán Daly", "orders@glenbeg-water.example"), buyer_addr(po), "Re: " + request_subject(po), date,
                "<9B2E4C1A-7F30-4A8E-B5D1-0C6E2F8A9D47@glenbeg-water.example>", po["request_message_id"], po["request_message_id"],
                extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")])
    exp = expected("needs_review", "Refers to a quotation that is not attached and restates neither prices nor a delivery date; a buyer must check Q-2026-118 first.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 008
@case("dsn-mailbox-over-quota", "bounce/de-AT",
      "Postfix DSN, 552 5.2.2 mailbox over quota, with the original headers attached; the PO number appears only in the returned headers.")
def c008():
    sup = SUP("ALPZEM", "Alpenländische Zementzusätze GmbH", "verkauf@alpzem.example", "de-AT")
    po = PO("4700031690", sup, "tobias", D(2026, 11, 10), [
        L(1, "CA-PCE-200", "Fließmittel PCE, IBC 1000 kg", 2000, "KG", "1.42", D(2026, 12, 10)),
        L(2, "CA-AIR-30", "Luftporenbildner LP 30, Kanister 30 kg", 120, "KG", "3.10", D(2026, 12, 10)),
    ])
    date = at(2026, 11, 10, 8, 2, 1)
    rid = po["request_message_id"]
    human = ("This is the mail system at host mail.kestrel-supply.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
             "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<verkauf@alpzem.example>: host mx01.alpzem.example[193.81.44.20] said: 552 5.2.2\n"
             "    <verkauf@alpzem.example>: Recipient address rejected: Mailbox full /\n"
             "    Postfach voll - quota exceeded (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mail.kestrel-supply.example\nX-Postfix-Queue-ID: 4Q8kZt1Hx9z3wJb\n"
              "X-Postfix-Sender: rfc822; tobias.brenner@kestrel-supply.example\n"
              "Arrival-Date: Tue, 10 Nov 2026 08:01:58 +0100 (CET)\n\n"
              "Final-Recipient: rfc822; verkauf@alpzem.example\nOriginal-Recipient: rfc822;verkauf@alpzem.example\n"
              "Action: failed\nStatus: 5.2.2\nRemote-MTA: dns; mx01.alpzem.example\n"
              "Diagnostic-Code: smtp; 552 5.2.2 <verkauf@alpzem.example>: Recipient address\n"
              "    rejected: Mailbox full / Postfach voll - quota exceeded\n")
    orig_hdrs = (f"Return-Path: <tobias.brenner@kestrel-supply.example>\nFrom: Tobias Brenner <tobias.brenner@kestrel-supply.example>\n"
                 f"To: verkauf@alpzem.example\nSubject: {encoded_words(request_subject(po, 'de'), 'utf-8', 'Q')}\nDate: Tue, 10 Nov 2026 08:01:55 +0100\n"
                 f"Message-ID: {rid}\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1_kestrel_4700031690\"\n")
    root = multipart("report", [
        raw_part("text/plain; charset=us-ascii", human, "7bit", [("Content-Description", "Notification")]),
        raw_part("message/delivery-status", status, None, [("Content-Description", "Delivery report")]),
        raw_part("text/rfc822-headers", orig_hdrs, "7bit", [("Content-Description", "Undelivered Message Headers")]),
    ], "4Q8kZx2Fw1z3wJc.1762758122/mail.kestrel-supply.example", 'report-type=delivery-status',
        preamble="This is a MIME-encapsulated message.")
    h = headers("MAILER-DAEMON@mail.kestrel-supply.example (Mail Delivery System)", "tobias.brenner@kestrel-supply.example",
                "Undelivered Mail Returned to Sender", date, "<20261110070202.4Q8kZx2Fw1z3wJc@mail.kestrel-supply.example>",
                extra=[("Auto-Submitted", "auto-replied")], pre=[("Return-Path", "<>")])
    exp = expected("bounce", "Mailbox-over-quota DSN (5.2.2) for the acknowledgment request; nothing from the supplier.")
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 009
@case("rubber-granulate-full-truck", "confirmation/nl-BE",
      "Quantity topped up to a full truck of 24 big bags, 'week 2' without a day (Friday 2027-01-15), Belgian thousand separators.")
def c009():
    sup = SUP("RGV", "Rubbergranulaat Vlaanderen NV", "verkoop@rgv-rubber.example", "nl-BE")
    po = PO("4700031702", sup, "tobias", D(2026, 11, 6), [
        L(1, "RG-SBR-0520", "SBR rubbergranulaat 0,5-2,0 mm, big bag 1 t", 22, "T", "265.00", D(2027, 1, 12)),
        L(2, "RG-EPDM-G", "EPDM granulaat groen RAL 6010, 1-3 mm, big bag 1 t", 6, "T", "1180.00", D(2027, 1, 12)),
    ])
    assert cw_fri(2027, 2) == D(2027, 1, 15)
    date = at(2026, 11, 12, 8, 55, 1)
    reply = ("Beste Tobias,\n\nBedankt voor uw bestelling 4700031702.\n\n"
             "Pos. 1 SBR 0,5-2,0 mm: wij leveren per volle vracht. We vullen aan tot 24 big bags à 1 ton, "
             "dus 24 ton aan € 265,00/ton.\n"
             "Pos. 2 EPDM groen RAL 6010: 6 big bags à € 1.180,00/ton, zoals besteld.\n\n"
             "Beide posities worden samen geladen en geleverd in week 2 (2027), vrachtwagen met kraan. "
             "Graag een lostijd doorgeven.\nLeveringsvoorwaarden: DAP Hamburg, betaling 30 dagen einde maand.\n\n"
             "Met vriendelijke groeten,\nPieter Van den Broeck\nRubbergranulaat Vlaanderen NV\n")
    orig = {"from": "Tobias Brenner <tobias.brenner@kestrel-supply.example>", "sent": "vrijdag 6 november 2026 14:30",
            "to": "verkoop@rgv-rubber.example", "subject": request_subject(po), "body": request_body(po, "Dear Sir or Madam,", "dmy.")}
    body = outlook(reply, orig, "_000_AM0PR02MB55430D1E", "nl", "iso-8859-15", "quoted-printable", lang_attr="NL-BE")
    h = headers(addr("Pieter Van den Broeck", "verkoop@rgv-rubber.example"), buyer_addr(po), "RE: " + request_subject(po),
                date, "<AM0PR02MB55430D1E8C4BB1F29A7E@AM0PR02MB5543.eurprd02.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"])
    d = D(2027, 1, 15)
    exp = expected("confirmation", "Line 1 topped up 22 -> 24 t, both lines delivered in week 2 = Fri 2027-01-15 (PO wanted 12 Jan); 0,5-2,0 mm and RAL 6010 are not quantities.",
                   [conf(po, l1=chg(po, 1, qty=24, date=d), l2=chg(po, 2, date=d))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 010
@case("epoxy-kits-split-czech", "confirmation/cs-CZ",
      "Czech windows-1250 base64 Outlook reply splitting one line into two deliveries (11.12.2026 and 8.1.2027), day-month dates without leading zeros.")
def c010():
    sup = SUP("EPOXYCHEM", "EPOXY-CHEM s.r.o.", "objednavky@epoxychem.example", "cs-CZ")
    po = PO("4700031719", sup, "oskar", D(2026, 11, 9), [
        L(1, "EP-KIT-5", "Epoxy resin kit 5 kg (A+B), laminating grade", 60, "KIT", "58.40", D(2026, 12, 18)),
        L(2, "EP-HARD-207", "Hardener H207, canister 10 kg", 200, "KG", "11.20", D(2026, 12, 18)),
    ])
    date = at(2026, 11, 13, 13, 20, 1)
    reply = ("Dobrý den, pane Lindqviste,\n\npotvrzujeme Vaši objednávku č. 4700031719 následovně:\n\n"
             "Pol. 1 – sada EP-KIT-5 (5 kg A+B): 40 sad dodáme 11.12.2026, zbývajících 20 sad 8.1.2027. "
             "Cena 58,40 EUR/sada beze změny.\n"
             "Pol. 2 – tužidlo H207: 200 kg (20 kanystrů po 10 kg), cena 11,20 EUR/kg, dodání 18.12.2026.\n\n"
             "Platební podmínky: 30 dní od data vystavení faktury. Bezpečnostní listy zašleme zvlášť.\n\n"
             "S pozdravem\nJana Dvořáková\nobchodní oddělení\nEPOXY-CHEM s.r.o., Průmyslová 1120, 530 02 Pardubice\n")
    orig = {"from": "Oskar Lindqvist <oskar.lindqvist@kestrel-supply.example>", "sent": "pondělí 9. listopadu 2026 11:04",
            "to": "objednavky@epoxychem.example", "subject": request_subject(po), "body": request_body(po, "Dear Sir or Madam,", "dmy.")}
    body = outlook(reply, orig, "_000_VI1PR07MB6624E2B7", "cs", "windows-1250", "base64", lang_attr="CS")
    h = headers(addr("Jana Dvořáková", "objednavky@epoxychem.example", "windows-1250"), buyer_addr(po),
                "RE: " + request_subject(po), date, "<VI1PR07MB6624E2B70A5C47D19F2E@VI1PR07MB6624.eurprd07.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "Line 1 split 40 on 2026-12-11 + 20 on 2027-01-08 (last date is the line date); line 2 as ordered.",
                   [conf(po, l1=chg(po, 1, date=D(2027, 1, 8), schedule=[(40, D(2026, 12, 11)), (20, D(2027, 1, 8))]),
                         l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 011
@case("dried-fruit-cartons-chinese", "confirmation/zh-CN",
      "GB2312 reply rounding 255 kg up to 26 cartons of 10 kg; date 12月18日 without a year; lot number and best-before month in the text.")
def c011():
    sup = SUP("FENGYUAN", "Xinjiang Fengyuan Dried Fruit Co., Ltd.", "export@fengyuan-driedfruit.example", "zh-CN")
    po = PO("4700031733", sup, "priya", D(2026, 11, 10), [
        L(1, "DF-APR-10", "Dried apricots Jumbo, carton 10 kg", 255, "KG", "6.80", D(2026, 12, 18)),
        L(2, "DF-RSN-10", "Green raisins, carton 10 kg", 400, "KG", "4.10", D(2026, 12, 18)),
    ], currency="USD")
    date = at(2026, 11, 16, 9, 30, 8)
    assert next_no_year(date.date(), 12, 18) == D(2026, 12, 18)
    reply = ("Priya 您好，\n\n感谢您的订单 PO 4700031733，现确认如下：\n\n"
             "1）杏干（Jumbo）：按整箱发货，26箱 x 10公斤 = 260公斤，单价 6.80 美元/公斤不变。\n"
             "2）绿葡萄干：40箱，共400公斤，单价 4.10 美元/公斤。\n\n"
             "交货日期：12月18日到达贵司仓库。\n批号 FY-2611-07，保质期至2027年10月。\n\n"
             "祝好！\n王丽\n新疆丰源干果有限公司 外贸部\n电话：+86 991 555 0188\n")
    attribution = "Priya Natarajan <priya.natarajan@kestrel-supply.example> 于2026年11月10日周二 下午4:05写道："
    body = gmail(reply, attribution, request_body(po, "Dear Ms Wang,"), "000000000000e4d20b06141a7c3f", charset="gb2312", cte="base64")
    h = headers(addr("王丽", "export@fengyuan-driedfruit.example", "gb2312"), buyer_addr(po), "回复: " + request_subject(po),
                date, "<CAOw2Hc5nV0+r8yXpB4eZk1dQm@mail.gmail.example>", po["request_message_id"], po["request_message_id"],
                subj_charset="gb2312")
    exp = expected("confirmation", "26 cartons x 10 kg = 260 kg on line 1 (was 255); 12月18日 -> 2026-12-18; expiry 2027年10月 is not a delivery date.",
                   [conf(po, l1=chg(po, 1, qty=260), l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 012
@case("hydraulic-oil-drums-swedish", "confirmation/sv-SE",
      "Litres ordered, 208 l drums confirmed with a price per drum (395,20 / 208 = 1.90 per litre) and 'vecka 51'.")
def c012():
    sup = SUP("NORDSMORJ", "Nordisk Smörjteknik AB", "order@nordisk-smorj.example", "sv-SE")
    po = PO("4700031750", sup, "oskar", D(2026, 11, 11), [
        L(1, "HYD-46-208", "Hydraulic oil HLP 46, drum 208 l", 1000, "L", "1.85", D(2026, 12, 16)),
        L(2, "HYD-32-208", "Hydraulic oil HVLP 32, drum 208 l", 416, "L", "2.05", D(2026, 12, 16)),
    ])
    assert cw_fri(2026, 51) == D(2026, 12, 18)
    date = at(2026, 11, 17, 10, 2, 1)
    reply = ("Hej Oskar,\n\nTack för beställningen. Vi bekräftar order 4700031750 enligt nedan:\n\n"
             "Rad 1  HLP 46: 5 fat à 208 l = 1 040 l, pris 395,20 EUR/fat\n"
             "Rad 2  HVLP 32: 2 fat à 208 l = 416 l, pris 426,40 EUR/fat\n\n"
             "Leverans vecka 51. Fraktfritt över 1 000 l.\n\n"
             "Med vänliga hälsningar\nLinnea Ekström\nKundtjänst, Nordisk Smörjteknik AB\n08-555 230 40\n")
    orig = {"from": "Oskar Lindqvist <oskar.lindqvist@kestrel-supply.example>", "sent": "den 11 november 2026 13:47",
            "to": "order@nordisk-smorj.example", "subject": request_subject(po), "body": request_body(po, "Hej,", "iso")}
    body = outlook(reply, orig, "_000_HE1PR0301MB2291C", "sv", "windows-1252", "quoted-printable", sep="none", lang_attr="SV")
    h = headers(addr("Linnea Ekström", "order@nordisk-smorj.example", "windows-1252", "Q"), buyer_addr(po), "SV: " + request_subject(po),
                date, "<HE1PR0301MB2291C7A4E5B80D12F3C9@HE1PR0301MB2291.eurprd03.prod.outlook.example>",
                po["request_message_id"], po["request_message_id"])
    d = D(2026, 12, 18)
    exp = expected("confirmation", "Line 1: 5 drums = 1040 l at 395.20/208 = 1.90 per l; line 2: 426.40/208 = 2.05 (unchanged). Vecka 51 = Fri 2026-12-18.",
                   [conf(po, l1=chg(po, 1, qty=1040, price="1.90", date=d), l2=chg(po, 2, date=d))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 013
@case("bakery-trays-will-revert-by-friday", "needs_review/de-AT",
      "Austrian reply agreeing with prices but promising a binding date 'bis Freitag, 20.11.'; the only date is the promise.")
def c013():
    sup = SUP("HUBERBB", "Tiroler Bäckereibedarf Huber KG", "verkauf@huber-baeckereibedarf.example", "de-AT")
    po = PO("4700031768", sup, "tobias", D(2026, 11, 12), [
        L(1, "BT-6040-ALP", "Backblech Alu 600x400 mm, gelocht 3 mm", 160, "PCS", "12.40", D(2027, 1, 8)),
        L(2, "BT-RACK-20", "Stapelrahmen für 20 Bleche 600x400", 8, "PCS", "45.00", D(2027, 1, 8)),
    ])
    date = at(2026, 11, 16, 15, 12, 1)
    is_wd(D(2026, 11, 20), "Friday")
    reply = ("Grüß Gott Herr Brenner,\n\ndanke für Ihre Bestellung.\n\nDie gelochten Bleche 600x400 (3 mm Lochung) müssen wir "
             "beim Hersteller anfragen, die Lieferzeit ist derzeit leider unklar. Preislich passt alles so.\n"
             "Ich melde mich spätestens bis Freitag, 20.11., mit einem verbindlichen Liefertermin für beide Positionen.\n\n"
             "Mit freundlichen Grüßen\nMarkus Huber\n\nTiroler Bäckereibedarf Huber KG\nGewerbepark 3, 6060 Hall in Tirol\n"
             "Tel. +43 5223 41 88 0\n")
    attribution = "Am 12.11.2026 um 09:40 schrieb Tobias Brenner <tobias.brenner@kestrel-supply.example>:"
    body = thunderbird(reply, attribution, request_body(po, "Sehr geehrte Damen und Herren,", "dmy.", "de"), cte="quoted-printable")
    h = headers(addr("Markus Huber", "verkauf@huber-baeckereibedarf.example"), buyer_addr(po), "Re: " + request_subject(po, "de"),
                date, "<5d8f2a90-3e71-4c2b-a6f1-0b9e7c14d2aa@huber-baeckereibedarf.example>",
                po["request_message_id"], po["request_message_id"],
                extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = expected("needs_review", "No delivery commitment yet ('melde mich bis Freitag, 20.11.'); 20.11. is the promised answer date, not a delivery date.")
    return {"pos": [po], "eml": message(h, body), "expected": exp}


# ---------------------------------------------------------------- 014
@case("glass-fibre-erp-pdf-ship-vs-eta", "confirmation/en-SG",
      "System mail with a PDF acknowledgment (positions 10/20/30, own codes, compressed streams) giving both ship and delivery dates; roll rounding and one price change.")
def c014():
    sup = SUP("STRAITSCM", "Straits Composite Materials Pte Ltd", "sales.ops@straitscomposites.example", "en-SG")
    po = PO("4700031781", sup, "priya", D(2026, 11, 12), [
        L(1, "GF-CSM-450", "Glass fibre chopped strand mat 450 g/m2, 1040 mm", 1200, "KG", "2.15", D(2027, 1, 20)),
        L(2, "GF-WR-600", "Woven roving 600 g/m2, 1000 mm", 800, "KG", "2.60", D(2027, 1, 20)),
        L(3, "GF-DR-2400", "Direct roving 2400 tex", 1000, "KG", "1.45", D(2027, 1, 20)),
    ], currency="USD")
    date = at(2026, 11, 18, 11, 4, 8)
    pg = pdf.Page()
    pg.text(40, 800, "STRAITS COMPOSITE MATERIALS PTE LTD", 13, True)
    pg.lines(40, 784, ["21 Tuas Avenue 11, Singapore 639086  |  GST Reg. 201533418K"], 8)
    pg.text(40, 750, "SALES ORDER ACKNOWLEDGEMENT", 12, True)
    pg.lines(40, 730, ["SOA No.: SOA-2611-0457", "SOA Date: 18-Nov-2026", "Customer PO: 4700031781 dated 12-Nov-2026",
                       "Customer: Kestrel Supply Group, Hamburg", "Quotation ref: QS-26-0912 (valid until 31-Dec-2026)",
                       "Incoterms: CIF Hamburg   Payment: 30 days from B/L date"], 9)
    y = 640
    cols = [40, 70, 150, 250, 320, 370, 420, 490]
    pg.row(y, list(zip(cols, ["Pos", "Our code", "Your code", "Qty", "UoM", "Price", "Ship date", "Delivery"])), 8, True)
    pg.hline(y - 4)
    rows = [["10", "CSM450-1040", "GF-CSM-450", "1,200.00", "KG", "2.15", "28-Dec-2026", "15-Jan-2027"],
            ["", "40 rolls x 30 kg", "", "", "", "", "", ""],
            ["20", "WR600-1000", "GF-WR-600", "840.00", "KG", "2.60", "28-Dec-2026", "15-Jan-2027"],
            ["", "24 rolls x 35 kg (full rolls only)", "", "", "", "", "", ""],
            ["30", "DR2400-T", "GF-DR-2400", "1,000.00", "KG", "1.48", "04-Jan-2027", "20-Jan-2027"],
            ["", "price adj. per resin surcharge 11/2026", "", "", "", "", "", ""]]
    y -= 18
    for r in rows:
        pg.row(y, list(zip(cols, r)), 8)
        y -= 13
    pg.hline(y)
    pg.lines(40, y - 16, ["Delivery = estimated arrival at port of destination.",
                          "Goods remain our property until full payment. E&OE."], 8)
    data = pdf.build([pg], "SOA-2611-0457", "SAP NetWeaver 7.50 / Adobe Document Services")
    msg_txt = ("Dear Customer,\n\nPlease find attached our Sales Order Acknowledgement SOA-2611-0457 for your purchase "
               "order 4700031781.\n\nThis is a system generated e-mail. Please do not reply to this address; "
               "contact sales.ops@straitscomposites.example for any queries.\n\nStraits Composite Materials Pte Ltd\n")
    root = multipart("mixed", [text(msg_txt, "plain", "us-ascii", "7bit"),
                               attachment(data, "application/pdf", "SOA-2611-0457.pdf")], "----=_Part_8812_1429067.1763434440000")
    h = headers("Straits Composites SAP <noreply-erp@straitscomposites.example>", buyer_addr(po),
                "Sales Order Acknowledgement SOA-2611-0457 / Your PO 4700031781", date,
                "<1429067.8812.1763434440000@sapprd.straitscomposites.example>",
                extra=[("Reply-To", "sales.ops@straitscomposites.example"), ("X-Mailer", "SAP NetWeaver 7.50")])
    exp = expected("confirmation", "ERP PDF: delivery dates (15/15/20 Jan) win over ship dates; pos 20 rounded to 840 kg; pos 30 price 1.48; positions 10/20/30 map to PO lines 1/2/3.",
                   [conf(po, l1=chg(po, 1, date=D(2027, 1, 15)), l2=chg(po, 2, qty=840, date=D(2027, 1, 15)),
                         l3=chg(po, 3, price="1.48"))])
    return {"pos": [po], "eml": message(h, root), "expected": exp}


# ---------------------------------------------------------------- 015
@case("gloves-boxes-of-12-pairs", "confirmation/es-MX",
      "Quantities confirmed in boxes of 12 pairs against a PO in pairs (25 x 12 = 300, 12 x 12 = 144): exactly as ordered.")
def c015():
    sup = SUP("GUANTESBAJIO", "Guantes Industriales del Bajío S.A. de C.V.", "ventas@guantesbajio.example", "es-MX")
    po = PO("4700031795", sup, "priya", D(2026, 11, 13), [
        L(1, "GLV-NIT-9", "Nitrile coated work gloves, size 9 (L)", 300, "PR", "2.35", D(2027, 1, 15)),
        L(2, "GLV-NIT-10", "Nitrile coated work gloves, size 10 (XL)", 144, "PR", "2.35", D(2027, 1, 15)),
    ], currency="USD")
    date = at(2026, 11, 19, 15, 30, -6)
    reply = ("Buenas tardes Priya:\n\nConfirmamos su orden de compra 4700031795 como sigue:\n\n"
             "Partida 1: 25 cajas (12 pares por caja), talla 9, precio USD 2.35 por par.\n"
             "Partida 2: 12 cajas, talla 10, mismo precio.\n\n"
             "Fecha de entrega: 15/01/2027 en su almacén. Norma EN 388:2016 4121X.\n\n"
             "Saludos cordiales,\nAlejandra Ruiz Cárdenas\nEjecutiva de Ventas\nGuantes Industriales del Bajío\n"
             "Tel. +52 477 555 0192\n")
    attribution = "El vie, 13 nov 2026 a las 10:22, Priya Natarajan (<priya.natarajan@kestrel-supply.example>) escribió:"
    body = gmail(reply, attribution, request_body(po, "Hello,", "dmy/"), "000000000000b7c5d20614a09e61")
    h = headers(addr("Alejandra Ruiz Cárdenas", "ventas@guantesbajio.example"), buyer_addr(po),
                "Re: " + request_subject(po), date, "<CAF1pQz0bX7+eLr3t9Nwa2hJsY@mail.gmail.example>",
                po["request_message_id"], po["request_message_id"])
    exp = expected("confirmation", "25 boxes x 12 pairs = 300 pairs and 12 x 12 = 144: both lines exactly as ordered; EN 388:2016 4121X is a standard, not a date.",
                   [conf(po, l1=acc(po, 1), l2=acc(po, 2))])
    return {"pos": [po], "eml": message(h, body), "expected": exp}
