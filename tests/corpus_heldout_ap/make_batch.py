#!/usr/bin/env python3
"""Batch AP: held-out supplier replies to purchase orders (brewery, ballast, coatings, books, ...).

Standard library only, fully deterministic.  Run:  python3 make_batch.py
Writes cases/NNN-slug/{message.eml,pos.json,expected.json} and README.md.
"""
from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from aplib import *  # noqa: F401,F403,E402
from aplib import quote as Q  # noqa: E402

HERE = Path(__file__).resolve().parent


def sup_addr(po, name=None, email=None):
    s = po["supplier"]
    return addr(name or s["name"], email or s["email"])


def buyer_addr(po):
    return addr(po["buyer"]["name"], po["buyer"]["email"])


def req_sent(po, hh=9, mm=14):
    """RFC-ish date string of our request mail (sent on the PO's issue date)."""
    y, m, d = map(int, po["issued"].split("-"))
    return mail_date(y, m, d, hh, mm, 5, "+0100")


def attrib_en_gmail(po, hh=9, mm=14):
    import datetime as dt
    x = dt.date.fromisoformat(po["issued"])
    return f"On {x.strftime('%a')}, {x.day} {x.strftime('%b')} {x.year} at {hh:02d}:{mm:02d}, {po['buyer']['name']} <{po['buyer']['email']}> wrote:"


def outlook_reply(po, lang, reply_text, sent, subject_orig, html_lang="EN-US", to=None, cc=None,
                  charset="utf-8", sig_text="", sig_html=None, reply_html=None, greeting="Dear Sir or Madam,",
                  ship_to="rotterdam", date_style="iso", quoted_text=None, quoted_html=None):
    """(text, html) of an Outlook reply with the localized header block and our request below."""
    frm = f"{po['buyer']['name']} <{po['buyer']['email']}>"
    to = to or f"{po['supplier']['name']} <{po['supplier']['email']}>"
    qt = quoted_text if quoted_text is not None else request_text(po, greeting, ship_to, date_style)
    qh = quoted_html if quoted_html is not None else request_html(po, greeting, ship_to, date_style)
    txt = (reply_text.rstrip("\n") + "\n\n" + (sig_text.rstrip("\n") + "\n\n" if sig_text else "")
           + outlook_header_text(lang, frm, sent, to, subject_orig, cc) + "\n\n" + qt + "\n")
    rh = reply_html if reply_html is not None else paras_html(reply_text)
    sh = sig_html if sig_html is not None else (paras_html(sig_text) if sig_text else "")
    html = outlook_html(rh, outlook_header_html(lang, frm, sent, to, subject_orig, cc), qh,
                        lang=html_lang, charset=charset, signature_html=sh)
    return txt, html


def subj(po):
    return f"PO {po['po_number']} - order acknowledgement request"


# =============================================================================== cases


@case("brewery-malt-caps-kw50", "German reply with 1.000 / 100.000 thousands dots, crown caps priced per 1.000 on a per-piece PO, KW 50 and a KW 2/2027 keg date, and a 2027 price-list date that must not be read as a change.")
def c001():
    s = supplier("FMBB", "Fränkische Mälzerei & Brauereibedarf GmbH", "auftrag@fraenkische-maelzerei.example", "de-DE")
    po = PO("4500771203", s, "jonas", "2026-11-04", [
        L("MALT-PIL-25", "Pilsner malt, bag 25 kg", 2000, "KG", "0.68", D(2026, 12, 11, "Fri")),
        L("CAP-26-TFS", "Crown cap 26 mm TFS, PVC-free, gold", 100000, "EA", "0.0112", D(2026, 12, 11)),
        L("KEG-30-A", "Keg 30 l stainless, A-fitting (DIN 6647-1)", 40, "EA", "89.50", D(2026, 12, 11)),
        L("MALT-MUN-25", "Munich malt type II, bag 25 kg", 1000, "KG", "0.74", D(2026, 12, 11)),
    ])
    assert kwfri(2026, 50) == "2026-12-11" and kwfri(2027, 2) == "2027-01-15"
    body = f"""Sehr geehrter Herr Berger,

vielen Dank für Ihre Bestellung 4500771203 vom 04.11.2026, die wir wie folgt
bestätigen:

Pos. 1  Pilsner Malz, 80 Sack à 25 kg = 2.000 kg, 0,68 €/kg
        Liefertermin: KW 50
Pos. 2  Kronkorken 26 mm TFS gold, PVC-frei: 100.000 Stk,
        11,20 € / 1.000 Stk, Liefertermin: KW 50
Pos. 3  KEG 30 l A-Fitting: 40 Stk à 89,50 €
        Die KEGs kommen direkt vom Hersteller, Liefertermin daher erst KW 2/2027.
Pos. 4  Münchner Malz Typ II: 1.000 kg (40 Sack), 0,74 €/kg
        Liefertermin: KW 50

Bitte beachten Sie: ab 01.01.2027 gilt unsere neue Preisliste (Münchner Malz
dann 0,79 €/kg). Für diesen Auftrag bleibt es selbstverständlich bei 0,74 €/kg.

Lieferung frei Haus Duisburg, Zahlung 30 Tage netto, 2 % Skonto innerhalb
10 Tagen.

Mit freundlichen Grüßen

Stefan Dorsch
Innendienst / Auftragsbearbeitung

-- 
Fränkische Mälzerei & Brauereibedarf GmbH
Mühlweg 7, 96047 Bamberg
Tel. +49 951 4071-23
Geschäftsführer: A. Dorsch, HRB 3312 Amtsgericht Bamberg

Am 04.11.2026 um 14:20 schrieb Jonas Berger:
{gt(request_text(po, "Dear Sir or Madam,", "duisburg"))}
"""
    mid = msgid("thunderbird", "c001", "fraenkische-maelzerei.example")
    h = headers("thunderbird", addr("Stefan Dorsch", "s.dorsch@fraenkische-maelzerei.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 11, 10, 42, 17, "+0100", "Wed"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="de-DE")
    eml = message(h, text(body, charset="iso-8859-15", cte="quoted-printable", params="; format=flowed"))
    exp = expected("confirmation", "Pos 1/2/4 KW 50 = Fri 2026-12-11 as requested; crown caps 11,20 EUR per 1.000 pcs = 0.0112/pc; "
                   "'1.000 kg' and '100.000 Stk' are thousands; keg moved to KW 2/2027 = 2027-01-15; the 01.01.2027 "
                   "price-list date is not a change for this order.",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(po, 3, date="2027-01-15"), 4: "acc"})])
    return [po], eml, exp


@case("ballast-netnet-freight-3-trains", "US month-first dates, ballast split into three unit trains, price confirmed 'net net' with freight as a separate per-train charge, and a quote validity date.")
def c002():
    s = supplier("GRA", "Granite Ridge Aggregates LLC", "orders@graniteridge-agg.example", "en-US")
    po = PO("KSG-US-26-0871", s, "dana", "2026-11-05", [
        L("BAL-GR-3150", "Railway ballast, granite 31.5/50 mm, EN 13450 / AREMA No. 4A", 3200, "TN", "18.40", D(2026, 12, 14, "Mon")),
        L("SUB-GR-0032", "Sub-ballast, crushed granite 0/32 mm", 900, "TN", "12.75", D(2026, 12, 14)),
    ], currency="USD")
    reply = """Dana,

Good morning. We can confirm PO KSG-US-26-0871 as follows.

Line 1 - Ballast 31.5/50: 3,200 tons at $18.40/ton net net, FOB quarry. Because of our railcar allocation we will load three unit trains:
  - 1,100 tons delivered 12/07/26
  - 1,100 tons delivered 12/14/26
  - 1,000 tons delivered 12/21/26

Line 2 - Sub-ballast 0/32: 900 tons at $12.75/ton net net, delivered 12/14/26 with the second train.

Freight (rail, quarry to your Gary IN siding) is billed as a separate line: $1,840.00 per unit train, 3 trains = $5,520.00.

Pricing per our quote Q-26-1187, valid through 12/31/26. Terms net 30 days.

Thanks,"""
    sig = """Ray Kowalski
Inside Sales | Granite Ridge Aggregates LLC
2210 Quarry Rd, Mill Creek, OK 74856
o: (580) 555-0117"""
    sent = "Thursday, November 5, 2026 9:14 AM"
    txt, html = outlook_reply(po, "en", reply, sent, subj(po), sig_text=sig, ship_to="gary")
    mid = msgid("outlook-us", "c002", "")
    b = boundary("outlook", "c002")
    h = headers("outlook-us", addr("Ray Kowalski", "rkowalski@graniteridge-agg.example"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 16, 8, 37, 41, "-0600", "Mon"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="en-US")
    eml = message(h, multipart("alternative", [text(txt, cte="quoted-printable", quote_charset=True),
                                               text(html, "html", cte="quoted-printable")], b))
    exp = expected("confirmation", "12/07/26 etc. are month-first (Dec 7/14/21); line 1 split into 3 trains, last 2026-12-21; "
                   "'net net' price equals the PO price, freight is a separate charge, not part of the unit price; "
                   "Q-26-1187 validity 12/31/26 is not a delivery date.",
                   [conf(po, {1: chg(po, 1, schedule=[(1100, "2026-12-07"), (1100, "2026-12-14"), (1000, "2026-12-21")]),
                              2: "acc"})])
    return [po], eml, exp


@case("schoolbooks-receipt-only", "French reply that only acknowledges receipt of the order and promises the real acknowledgment (ARC) within 48 hours.")
def c003():
    s = supplier("ESR", "Éditions Scolaires du Rhône", "commandes@editions-rhone.example", "fr-FR")
    po = PO("PO-26-11-0412", s, "lea", "2026-11-09", [
        L("978-2-7011-4521-3", "Mathématiques 6e, manuel élève, éd. 2025", 450, "EX", "18.90", D(2027, 1, 4, "Mon")),
        L("978-2-7011-4530-5", "Français 5e, cahier d'activités", 450, "EX", "7.40", D(2027, 1, 4)),
        L("978-2-7011-4602-9", "Atlas géographique collège, éd. 2026-rev", 120, "EX", "24.50", D(2027, 1, 4)),
    ])
    reply = """Bonjour Madame Moreau,

Nous accusons bonne réception de votre commande PO-26-11-0412 du 09/11/2026 (3 titres, 1 020 exemplaires au total) et vous en remercions.

Elle a été transmise à notre service logistique à Vénissieux. Vous recevrez notre accusé de réception de commande (ARC) détaillé, avec les dates d'expédition par titre, sous 48 heures ouvrées.

Bien cordialement,"""
    sig = """Nathalie Girard
Administration des ventes – Service Clients
Éditions Scolaires du Rhône
04 72 55 18 40"""
    sent = "lundi 9 novembre 2026 16:03"
    txt, html = outlook_reply(po, "fr", reply, sent, subj(po), html_lang="FR", sig_text=sig, ship_to="lyon",
                              date_style="dmy/")
    mid = msgid("outlook", "c003", "")
    b = boundary("outlook", "c003")
    h = headers("outlook", addr("GIRARD Nathalie", "n.girard@editions-rhone.example"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 10, 10, 5, 12, "+0100", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="fr-FR")
    eml = message(h, multipart("alternative", [text(txt, charset="windows-1252"),
                                               text(html.replace("charset=utf-8", "charset=windows-1252"), "html", charset="windows-1252")], b))
    exp = expected("needs_review", "Receipt of the order only ('accusons bonne réception'); the ARC with dates is promised within 48 h. "
                   "Nothing is committed yet.")
    return [po], eml, exp


@case("olive-oil-tins-cartons-es", "Spanish reply with dates written '15-ene-27', price per carton of 4 tins on a per-tin PO, rounding to full cartons, a discontinued bottle, and a best-before date.")
def c004():
    s = supplier("ASM", "Almazara Sierra Mágina S.C.A.", "pedidos@sierramagina-aceites.example", "es-ES")
    po = PO("4500771388", s, "sofie", "2026-11-06", [
        L("AOVE-5L", "Extra virgin olive oil, tin 5 l", 240, "TIN", "38.90", D(2027, 1, 12, "Tue")),
        L("ORUJO-5L", "Olive pomace oil, tin 5 l", 100, "TIN", "21.40", D(2027, 1, 12)),
        L("AOVE-ARB-500", "EVOO Arbequina, bottle 500 ml, case of 12", 30, "CS", "71.40", D(2027, 1, 12)),
    ])
    assert price_per("155.60", 4) == "38.90"
    reply = """Hola Sofie,

Te confirmo el pedido 4500771388:

- AOVE lata 5 l: 60 cajas de 4 latas (240 latas), 155,60 €/caja. Entrega: 15-ene-27.
- Orujo lata 5 l: solo servimos cajas completas de 4 latas, así que van 26 cajas = 104 latas, a 21,40 €/lata. Entrega: 15-ene-27.
- Arbequina 500 ml: lo siento, este formato está descatalogado desde la campaña 2025/26 y ya no lo envasamos.

Portes pagados a partir de 1.500 €. El lote y la fecha de consumo preferente (18-mar-28) van en la etiqueta de cada lata.

Un saludo,

Javier Ruiz Montoro
Dpto. Comercial – Almazara Sierra Mágina
Tel. 953 55 21 07"""
    attr = attrib_en_gmail(po, 11, 2).replace("On ", "El ").replace(" at ", ", a las ").replace(" wrote:", " escribió:")
    attr = "El vie, 6 nov 2026 a las 11:02, Sofie Lindqvist (<sofie.lindqvist@buyer.example>) escribió:"
    q = request_text(po, "Dear Sir or Madam,")
    txt = reply + "\n\n" + attr + "\n\n" + gt(q) + "\n"
    html = gmail_html(reply, attr, q)
    mid = msgid("gmail", "c004", "")
    b = boundary("gmail", "c004")
    h = headers("gmail", addr("Javier Ruiz Montoro", "javier.ruiz@sierramagina-aceites.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 13, 12, 18, 40, "+0100", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, multipart("alternative", [text(txt, charset="UTF-8", cte="quoted-printable", quote_charset=True),
                                               text(html, "html", charset="UTF-8", cte="quoted-printable")], b))
    exp = expected("confirmation", "'15-ene-27' = 2027-01-15 (Spanish month abbreviation, 2-digit year); 155,60 EUR per carton of 4 = "
                   "38.90 per tin (unchanged); pomace oil rounded to 26 cartons = 104 tins; Arbequina discontinued = rejected; "
                   "18-mar-28 is a best-before date.",
                   [conf(po, {1: chg(po, 1, date="2027-01-15"), 2: chg(po, 2, quantity=104, date="2027-01-15"), 3: REJ})])
    return [po], eml, exp


@case("candles-ooo-de-at", "Austrian out-of-office auto-reply with a return date and a colleague's phone number; no commitment.")
def c005():
    s = supplier("TKH", "Tiroler Kerzenmanufaktur Hofer KG", "verkauf@tiroler-kerzen.example", "de-AT")
    po = PO("4500771455", s, "jonas", "2026-11-09", [
        L("KRZ-STU-70150-W", "Pillar candle 70x150 mm white, carton of 48", 960, "EA", "1.85", D(2026, 12, 4, "Fri")),
        L("KRZ-TL-8H-100", "Tealight 8 h, bag of 100", 120, "BAG", "6.40", D(2026, 12, 4)),
    ])
    body = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Anna Pichler, a.pichler@tiroler-kerzen.example, Tel. +43 5242 61 88-14.

Mit freundlichen Grüßen
Magdalena Hofer
Tiroler Kerzenmanufaktur Hofer KG"""
    mid = msgid("outlook", "c005", "")
    b = boundary("outlook", "c005")
    h = headers("outlook", addr("Magdalena Hofer", "m.hofer@tiroler-kerzen.example"), buyer_addr(po),
                "Automatische Antwort: " + subj(po), mail_date(2026, 11, 9, 9, 14, 52, "+0100", "Mon"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="de-AT",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "m.hofer@tiroler-kerzen.example")])
    eml = message(h, multipart("alternative", [text(body), text(Q.OUTLOOK_HEAD.format(charset="utf-8", lang="DE-AT")
                                                                  + paras_html(body) + "\n</div>\n</body>\n</html>\n", "html")], b))
    exp = expected("auto_reply", "Out-of-office until 20.11.2026 (Auto-Submitted: auto-replied); the date is the person's return, not a delivery date.")
    return [po], eml, exp


@case("connectors-reels-shift-jis", "Japanese Shift_JIS/base64 reply: prices per 100 and per 1,000 pieces on a per-piece PO, reel rounding to 1,000, and a date without year ('12月25日').")
def c006():
    s = supplier("TCI", "東邦コネクタ工業株式会社", "sales@toho-connector.example", "ja-JP")
    po = PO("KSG-JP-26-0233", s, "priya", "2026-11-04", [
        L("FPC05-30P", "FPC connector 0.5 mm pitch, 30P, top contact", 5000, "EA", "0.315", D(2026, 12, 18, "Fri")),
        L("BTB04-40P", "Board-to-board receptacle 0.4 mm, 40P, H=0.8", 2500, "EA", "0.428", D(2026, 12, 18)),
        L("WTB20-4P-H", "Wire-to-board housing 2.0 mm, 4P", 10000, "EA", "0.021", D(2026, 12, 18)),
    ], currency="USD")
    assert price_per("31.50", 100) == "0.315" and price_per("22.00", 1000) == "0.022"
    body = f"""Kestrel Supply Group
Priya Natarajan 様

いつも大変お世話になっております。
東邦コネクタ工業 海外営業部の佐藤でございます。

ご注文番号 KSG-JP-26-0233 につきまして、下記の通りご回答申し上げます。

1. FPC05-30P（弊社品番 TC-F05-30T-R）
   数量：5,000個（5リール）
   単価：USD 31.50 / 100個
   納期：2026年12月18日 着

2. BTB04-40P（弊社品番 TC-B04-40R-08）
   リール（1,000個）単位での出荷となるため、3,000個（3リール）に
   変更させて頂きます。
   単価：USD 0.428 / 個
   納期：2027年1月15日 着

3. WTB20-4P-H（弊社品番 TC-W20-04H）
   数量：10,000個
   単価：USD 22.00 / 1,000個（原材料価格高騰のため改定させて頂きました）
   納期：12月25日 着

貿易条件：FCA 成田、お支払い：月末締め翌月末払い

以上、何卒よろしくお願い申し上げます。

--------------------------------------------
東邦コネクタ工業株式会社
海外営業部　佐藤 健一
〒243-0303 神奈川県愛甲郡愛川町中津 4021
TEL 046-285-7712 / FAX 046-285-7719
--------------------------------------------

> {po['buyer']['name']} wrote on 2026/11/04 17:14:
{gt(request_text(po), '> ')}
"""
    mid = msgid("other", "c006", "toho-connector.example")
    h = headers("other", addr("佐藤 健一", "k.sato@toho-connector.example", "shift_jis"), buyer_addr(po),
                ew("Re: " + subj(po) + "（ご回答）", "shift_jis"), mail_date(2026, 11, 10, 17, 5, 33, "+0900", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra=[("X-Mailer", "Becky! ver. 2.81.04")])
    eml = message(h, text(body, charset="shift_jis", cte="base64", quote_charset=False))
    exp = expected("confirmation", "USD 31.50 per 100 pcs = 0.315/pc (as ordered); 2,500 rounded to 3 reels = 3,000 and moved to "
                   "2027-01-15; USD 22.00 per 1,000 = 0.022/pc (up from 0.021); '12月25日' has no year -> 2026-12-25; "
                   "着 = arrival date.",
                   [conf(po, {1: "acc", 2: chg(po, 2, quantity=3000, date="2027-01-15"),
                              3: chg(po, 3, price="0.022", date="2026-12-25")})])
    return [po], eml, exp


@case("petfood-ndr-mailbox-full", "Exchange-style non-delivery report (mailbox full, 5.2.2) carrying our original request, including its PO lines and dates.")
def c007():
    s = supplier("RVV", "Rações Vale Verde Ltda.", "compras@valeverde-racoes.example", "pt-BR")
    po = PO("KSG-BR-26-0190", s, "martin", "2026-11-12", [
        L("VV-CAO-AD-12", "Dog food adult, chicken & rice, bag 12 kg", 480, "BAG", "19.80", D(2027, 1, 18, "Mon")),
        L("VV-GATO-CA-12", "Cat food castrated, salmon, bag 12 kg", 240, "BAG", "24.10", D(2027, 1, 18)),
    ], currency="USD")
    req_date = mail_date(2026, 11, 12, 11, 40, 2, "+0100", "Thu")
    orig = message([("From", buyer_addr(po)), ("To", addr(s["name"], s["email"])), ("Subject", subj(po)),
                    ("Date", req_date), ("Message-ID", po["request_message_id"])],
                   text(request_text(po, "Prezados,"), charset="utf-8", cte="quoted-printable"))
    human = f"""Delivery has failed to these recipients or groups:

compras@valeverde-racoes.example
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

A caixa de correio do destinatário está cheia e não pode aceitar mensagens no momento.






Diagnostic information for administrators:

Generating server: CP4P284MB1923.BRAP284.PROD.OUTLOOK.COM

compras@valeverde-racoes.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'

Original message headers:

From: {buyer_addr(po)}
To: {s['name']} <{s['email']}>
Subject: {subj(po)}
Date: {req_date}
Message-ID: {po['request_message_id']}
"""
    dsn = f"""Reporting-MTA: dns;CP4P284MB1923.BRAP284.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.buyer.example
Arrival-Date: {req_date}

Final-Recipient: rfc822;compras@valeverde-racoes.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""
    b = "_7c1e0b3a-5d44-4a0e-9f1b-2d6c8e1f0a77_"
    report = multipart("report", [
        multipart("alternative", [text(human), text("<html><body><p><b><font color=\"#000066\" size=\"3\">Delivery has failed to these recipients or groups:</font></b></p><p>compras@valeverde-racoes.example<br>The recipient's mailbox is full and can't accept messages now.</p><p>A caixa de correio do destinatário está cheia.</p></body></html>", "html")],
                  "_a2f4b1c9-0d7e-4f6a-8b3c-5e9d1a7f2c40_"),
        raw_part([("Content-Type", "message/delivery-status")], dsn),
        raw_part([("Content-Type", "message/rfc822")], orig),
    ], b, params="; report-type=delivery-status")
    h = [("From", "Microsoft Outlook <postmaster@valeverde-racoes.example>"), ("To", buyer_addr(po)),
         ("Date", mail_date(2026, 11, 12, 7, 41, 9, "-0300", "Thu")),
         ("Subject", "Undeliverable: " + subj(po)), ("Message-ID", "<fe0a3b71-88c2-4d1e-b3c7-0e59a3f2d611@CP4P284MB1923.BRAP284.PROD.OUTLOOK.COM>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    eml = message(h, report)
    exp = expected("bounce", "Mailbox-full NDR (5.2.2) for our request; the embedded original carries our own need-by dates, which are no answer.")
    return [po], eml, exp


@case("marine-coatings-ok-column", "Outlook HTML table where the supplier's confirmation column says 'OK'/'ok' for some lines and a dd/mm/yyyy date for others; kits of base + hardener.")
def c008():
    s = supplier("SMC", "Solent Marine Coatings Ltd", "sales@solentmarine.example", "en-GB")
    po = PO("4500771502", s, "martin", "2026-11-09", [
        L("AF-SPC-RD20", "Antifouling SPC red, kit 20 l (base 16 l + hardener 4 l)", 60, "KIT", "412.00", D(2026, 12, 11, "Fri")),
        L("EP-PR-GY5", "Epoxy primer grey, kit 5 l (base + hardener)", 120, "KIT", "96.50", D(2026, 12, 11)),
        L("PU-TC-WH10", "Polyurethane topcoat white RAL 9010, kit 10 l", 40, "KIT", "188.00", D(2026, 12, 11)),
        L("THN-EP-17", "Epoxy thinner No. 17, tin 5 l", 30, "EA", "41.20", D(2026, 12, 11)),
        L("AF-SPC-BK20", "Antifouling SPC black, kit 20 l (base 16 l + hardener 4 l)", 20, "KIT", "412.00", D(2026, 12, 11)),
    ], currency="GBP")
    conf_col = ["OK", "18/12/2026", "ok", "OK", "08/01/2027"]
    intro = """Hi Martin,

Thanks for the order. Please see our confirmation in the right-hand column. Where it says OK we deliver on your need-by date; otherwise the date shown is our delivery date to Leeds. Prices as per your PO.

The black antifouling base is on back order from our Southampton plant, hence January."""
    sig = """Kind regards,

Hannah Pryce
Sales Office | Solent Marine Coatings Ltd
Unit 4, Hamble Point, Southampton SO31 4NB
T: +44 23 8045 1180"""
    e = Q._html.escape
    rows_html = "".join(
        f"<tr><td>{ln['line']}</td><td>{e(ln['item'])}</td><td>{e(ln['description'])}</td><td align=right>{ln['quantity']}</td>"
        f"<td align=right>&pound;{ln['unit_price']}</td><td>{fmt_date(ln['requested_date'], 'dmy/')}</td>"
        f"<td style='background:#E2EFDA'><b>{c}</b></td></tr>" for ln, c in zip(po["lines"], conf_col))
    table_html = ("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'>"
                  "<tr><th>Line</th><th>Your item</th><th>Description</th><th>Qty</th><th>Price</th><th>Need-by</th>"
                  f"<th>SMC confirmation</th></tr>{rows_html}</table>")
    rows_txt = "\n".join(f"{ln['line']}\t{ln['item']}\t{ln['description']}\t{ln['quantity']}\t£{ln['unit_price']}\t"
                         f"{fmt_date(ln['requested_date'], 'dmy/')}\t{c}" for ln, c in zip(po["lines"], conf_col))
    reply_text = intro + "\n\nLine\tYour item\tDescription\tQty\tPrice\tNeed-by\tSMC confirmation\n" + rows_txt
    reply_html = paras_html(intro) + "\n<p class=\"MsoNormal\">&nbsp;</p>\n" + table_html
    sent = "09 November 2026 15:40"
    txt, html = outlook_reply(po, "en", reply_text, sent, subj(po), html_lang="EN-GB", sig_text=sig,
                              reply_html=reply_html, ship_to="leeds", date_style="dmy/")
    mid = msgid("outlook", "c008", "")
    b = boundary("outlook", "c008")
    h = headers("outlook", addr("Hannah Pryce", "hannah.pryce@solentmarine.example"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 12, 15, 22, 8, "+0000", "Thu"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="en-GB")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("confirmation", "'OK'/'ok' in the confirmation column = as ordered (need-by date, PO price); other rows carry a "
                   "dd/mm/yyyy delivery date: line 2 2026-12-18, line 5 2027-01-08.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2026-12-18"), 3: "acc", 4: "acc", 5: chg(po, 5, date="2027-01-08")})])
    return [po], eml, exp


@case("valves-substitute-needs-ok", "Italian reply that offers a substitute for a valve no longer produced and asks us to approve it before the whole order is confirmed.")
def c009():
    s = supplier("VLO", "Valvole Lombarde S.r.l.", "ordini@valvolelombarde.example", "it-IT")
    po = PO("PO-IT-26-0318", s, "priya", "2026-11-10", [
        L("VB-DN50-PN40", "Ball valve DN50 PN40, flanged, stainless 1.4408", 12, "EA", "286.00", D(2027, 1, 22, "Fri")),
        L("VF-DN80-PN16", "Butterfly valve DN80 PN16, wafer type, EPDM liner", 20, "EA", "94.50", D(2027, 1, 22)),
        L("VR-DN25-PN40", "Swing check valve DN25 PN40, 1.0619", 30, "EA", "58.70", D(2027, 1, 22)),
    ])
    reply = """Buongiorno Sig.ra Natarajan,

in merito al Vs. ordine PO-IT-26-0318 del 10/11/2026 Vi segnaliamo che l'articolo VB-DN50-PN40 (valvola a sfera DN50 PN40 flangiata) non è più prodotto dal nostro fornitore.

In sostituzione possiamo proporre la valvola a sfera DN50 PN40 serie VL-3P (tre pezzi, passaggio totale, corpo in 1.4408, scartamento EN 558 serie 1) al prezzo di 301,00 €/cad., consegna 4 settimane dalla Vs. approvazione. Scheda tecnica in allegato alla prossima mail.

Vi chiediamo cortesemente di confermarci se l'articolo sostitutivo è accettabile: appena ricevuto il Vs. benestare Vi invieremo la conferma d'ordine completa per tutte e tre le posizioni.

Cordiali saluti"""
    sig = """Giulia Ferraris
Ufficio Commerciale Italia/Estero
Valvole Lombarde S.r.l. – Via dell'Industria 22 – 24040 Madone (BG)
Tel. +39 035 99 14 220"""
    sent = "martedì 10 novembre 2026 09:14"
    txt, html = outlook_reply(po, "it", reply, sent, subj(po), html_lang="IT", sig_text=sig)
    mid = msgid("outlook", "c009", "")
    b = boundary("outlook", "c009")
    h = headers("outlook", addr("Giulia Ferraris", "g.ferraris@valvolelombarde.example"), buyer_addr(po),
                "R: " + subj(po), mail_date(2026, 11, 11, 11, 48, 20, "+0100", "Wed"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="it-IT")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("needs_review", "Line 1 no longer produced; supplier proposes a substitute (VL-3P, 301 EUR) and waits for our "
                   "approval before confirming any line. Nothing is committed yet.")
    return [po], eml, exp


@case("petfood-pallet-rounding-pt", "Portuguese reply rounding bag quantities up to full pallets of 48 bags, one line left in a mixed pallet, and a lot expiry '11/2027'.")
def c010():
    s = supplier("NPA", "Nutripet Alimentos para Animais, Lda.", "encomendas@nutripet.example", "pt-PT")
    po = PO("4500771620", s, "sofie", "2026-11-10", [
        L("NP-CAO-AD-12", "Dog food adult chicken & rice, bag 12 kg", 500, "BAG", "21.35", D(2026, 12, 4, "Fri")),
        L("NP-GATO-ES-12", "Cat food sterilised salmon, bag 12 kg", 300, "BAG", "26.80", D(2026, 12, 4)),
        L("NP-CAO-JR-12", "Puppy food, bag 12 kg", 150, "BAG", "23.10", D(2026, 12, 4)),
    ])
    reply = """Bom dia Sra. Lindqvist,

Agradecemos a vossa encomenda 4500771620, que confirmamos nas seguintes condições:

1) Ração cão adulto frango & arroz 12 kg – trabalhamos com paletes completas de 48 sacos, pelo que ajustámos para 11 paletes = 528 sacos, a 21,35 €/saco.
2) Ração gato esterilizado salmão 12 kg – 7 paletes = 336 sacos, a 26,80 €/saco.
3) Ração cachorro 12 kg – 150 sacos, 23,10 €/saco, seguem em palete mista.

Data de entrega em Roterdão: 04/12/2026 (carga em Leiria a 30/11/2026).
Validade dos lotes: 11/2027.

Com os melhores cumprimentos,"""
    sig = """Rui Carvalho
Departamento Comercial – Exportação
Nutripet Alimentos para Animais, Lda.
Zona Industrial da Cova das Faias, 2415-017 Leiria
Tel.: +351 244 830 412"""
    sent = "terça-feira, 10 de novembro de 2026 09:14"
    txt, html = outlook_reply(po, "pt", reply, sent, subj(po), html_lang="PT", sig_text=sig)
    mid = msgid("outlook", "c010", "")
    b = boundary("outlook", "c010")
    h = headers("outlook", addr("Rui Carvalho", "rui.carvalho@nutripet.example"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 16, 9, 51, 3, "+0000", "Mon"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="pt-PT")
    eml = message(h, multipart("alternative", [text(txt, charset="windows-1252"),
                                               text(html.replace("charset=utf-8", "charset=windows-1252"), "html", charset="windows-1252")], b))
    exp = expected("confirmation", "Pallets of 48 bags: 500 -> 528, 300 -> 336; line 3 unchanged; delivery 04/12/2026 is the PO date "
                   "(loading 30/11 is a ship date, the delivery date wins); 11/2027 is a lot expiry.",
                   [conf(po, {1: chg(po, 1, quantity=528), 2: chg(po, 2, quantity=336), 3: "acc"})])
    return [po], eml, exp


@case("hospital-textiles-newsletter", "Marketing newsletter from a supplier we have an open PO with, full of prices, dozens and 'order by' dates, but no answer to the order.")
def c011():
    s = supplier("LHT", "Liffey Healthcare Textiles Ltd", "orders@liffeytextiles.example", "en-IE")
    po = PO("4500771677", s, "dana", "2026-11-06", [
        L("LHT-TWL-5090-W", "Bath towel 50x90 cm white, 500 g/m2", 600, "EA", "4.50", D(2026, 12, 18, "Fri")),
        L("LHT-SCR-TOP-M", "Scrub top unisex, ceil blue, size M", 240, "EA", "9.80", D(2026, 12, 18)),
    ])
    body = """Liffey Healthcare Textiles - Winter 2026 update
View this email in your browser

Dear customer,

WINTER OFFERS - valid until 31/12/2026

* Theatre gowns, reinforced, from EUR 4.20 each (boxes of 12)
* Bath towels 50x90, 500 g/m2: EUR 52.00 per dozen - 10% off from 10 dozen
* Scrub sets unisex, 12 colours: buy 5 dozen, get 1 dozen free

Christmas deadline: orders placed by 04/12 are delivered before 18/12.

NEW: our Dublin warehouse now ships same day for orders received before 2pm.

Kind regards,
The Liffey Healthcare Textiles team

Liffey Healthcare Textiles Ltd, 14 Grand Canal Quay, Dublin D02 K2P8, Ireland
You are receiving this email because you are a registered customer.
Unsubscribe: https://news.liffeytextiles.example/u?id=7f31c2
"""
    html = ("<html><body style=\"font-family:Georgia,serif\"><table width=\"600\" align=\"center\"><tr><td>"
            "<h1 style=\"color:#1b6b73\">Winter 2026 update</h1><p>Dear customer,</p>"
            "<h2>WINTER OFFERS &ndash; valid until 31/12/2026</h2><ul>"
            "<li>Theatre gowns, reinforced, from EUR 4.20 each (boxes of 12)</li>"
            "<li>Bath towels 50x90, 500 g/m2: EUR 52.00 per dozen &ndash; 10% off from 10 dozen</li>"
            "<li>Scrub sets unisex, 12 colours: buy 5 dozen, get 1 dozen free</li></ul>"
            "<p><b>Christmas deadline:</b> orders placed by 04/12 are delivered before 18/12.</p>"
            "<p>NEW: our Dublin warehouse now ships same day for orders received before 2pm.</p>"
            "<p>Kind regards,<br>The Liffey Healthcare Textiles team</p>"
            "<p style=\"font-size:10px\">Liffey Healthcare Textiles Ltd, 14 Grand Canal Quay, Dublin D02 K2P8, Ireland<br>"
            "<a href=\"https://news.liffeytextiles.example/u?id=7f31c2\">Unsubscribe</a></p></td></tr></table></body></html>\n")
    h = [("Date", mail_date(2026, 11, 17, 7, 0, 3, "+0000", "Tue")),
         ("From", "Liffey Healthcare Textiles <news@liffeytextiles.example>"), ("To", buyer_addr(po)),
         ("Subject", "Winter offers: theatre gowns from EUR 4.20 + Christmas delivery deadline"),
         ("Message-ID", "<20261117070003.5f2ac1e7d3b8@mail.news.liffeytextiles.example>"),
         ("List-Unsubscribe", "<https://news.liffeytextiles.example/u?id=7f31c2>, <mailto:unsubscribe@news.liffeytextiles.example>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
         ("X-Mailer", "Sendinblue")]
    eml = message(h, multipart("alternative", [text(body), text(html, "html")], "=_mb_5f2ac1e7d3b8a90c"))
    exp = expected("unrelated", "Newsletter with offer prices, dozens and deadlines; it does not mention our PO.")
    return [po], eml, exp


@case("carpet-roll-width-apple", "Apple Mail reply in Flemish: carpet cut by running metre on 4 m roll width (190 m2 -> 48 lm = 192 m2), 'week 2' / 'week 3' without year.")
def c012():
    s = supplier("VTW", "Vlaamse Tapijtweverij NV", "verkoop@vlaamsetapijt.example", "nl-BE")
    po = PO("4500771701", s, "lea", "2026-11-10", [
        L("TAP-PA-400-GR", "Tufted carpet polyamide grey, roll width 400 cm", 190, "M2", "24.50", D(2027, 1, 15, "Fri")),
        L("TAP-PA-400-BL", "Tufted carpet polyamide blue, roll width 400 cm", 96, "M2", "24.50", D(2027, 1, 15)),
        L("OT-PU-6", "Underlay PU 6 mm, roll 1.37 x 15 m", 10, "ROL", "61.00", D(2027, 1, 15)),
    ])
    assert kwfri(2027, 2) == "2027-01-15" and kwfri(2027, 3) == "2027-01-22"
    reply = """Dag Lea,

Bedankt voor uw bestelling 4500771701. Ter bevestiging:

Grijs PA: wij snijden per lopende meter op 4 m breedte. 190 m² wordt dus 48 lm = 192 m², aan € 24,50/m². Levering week 2.
Blauw PA: 96 m² (24 lm), € 24,50/m², maar pas leverbaar in week 3 – het garen komt pas begin januari binnen.
Ondertapijt PU 6 mm: 10 rollen aan € 61,00, levering week 2 samen met het grijze tapijt.

Onze fabriek sluit van 24/12 tot en met 3/01.

Met vriendelijke groeten,
Pieter Vandenbussche
Vlaamse Tapijtweverij NV – Binnendienst
Industriepark Noord 18, 8730 Oostkamp
+32 50 36 44 80"""
    attr = "Op 10 nov. 2026, om 09:14 heeft Lea Moreau <lea.moreau@buyer.example> het volgende geschreven:"
    q = request_text(po, "Dear Sir or Madam,", "lyon")
    txt = reply + "\n\n" + attr + "\n\n" + gt(q) + "\n"
    e = Q._html.escape
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;\">"
            + "".join(f"<div>{e(x) if x else '<br>'}</div>" for x in reply.split("\n"))
            + f"<div><br><blockquote type=\"cite\"><div>{e(attr)}</div><br><div><div>"
            + "<br>".join(e(x) for x in q.split("\n")) + "</div></div></blockquote></div></body></html>\n")
    mid = msgid("apple", "c012", "vlaamsetapijt.example")
    b = boundary("apple", "c012")
    h = headers("apple", addr("Pieter Vandenbussche", "pieter.vandenbussche@vlaamsetapijt.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 18, 14, 6, 51, "+0100", "Wed"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, multipart("alternative", [text(txt, charset="utf-8", cte="quoted-printable", quote_charset=False),
                                               text(html, "html", charset="utf-8", cte="quoted-printable", quote_charset=False)], b))
    exp = expected("confirmation", "Roll-width rounding 190 -> 192 m2 with week 2 (2027-01-15, as requested); blue in week 3 = "
                   "2027-01-22; underlay week 2 as ordered. 24/12-3/01 is a plant shutdown, not a date for us.",
                   [conf(po, {1: chg(po, 1, quantity=192), 2: chg(po, 2, date="2027-01-22"), 3: "acc"})])
    return [po], eml, exp


@case("filament-two-pos-one-mail-pl", "Polish Thunderbird reply answering two POs at once: ship date plus courier delivery date, a partial stock split into week 2/2027, and a +4% price stated only as the new figure.")
def c013():
    s = supplier("FLM", "Filamentownia Sp. z o.o.", "zamowienia@filamentownia.example", "pl-PL")
    a = PO("PO-PL-26-0555", s, "sofie", "2026-11-09", [
        L("PLA175-BK", "Filament PLA 1.75 mm black, spool 1 kg", 120, "SPL", "19.90", D(2026, 12, 7, "Mon")),
        L("PLA175-WH", "Filament PLA 1.75 mm white, spool 1 kg", 80, "SPL", "19.90", D(2026, 12, 7)),
    ])
    b_ = PO("PO-PL-26-0561", s, "sofie", "2026-11-10", [
        L("PETG285-CL", "Filament PETG 2.85 mm clear, spool 1 kg", 40, "SPL", "24.60", D(2026, 12, 14, "Mon")),
        L("ASA175-GY", "Filament ASA 1.75 mm grey, spool 1 kg", 25, "SPL", "31.20", D(2026, 12, 14)),
        L("TPU175-BK", "Filament TPU 95A 1.75 mm black, spool 1 kg", 15, "SPL", "36.50", D(2026, 12, 14)),
    ])
    assert pct("36.50", 4) == "37.96" and kwfri(2027, 2) == "2027-01-15"
    body = f"""Dzień dobry Pani Sofie,

dziękujemy za oba zamówienia, potwierdzamy je poniżej.

PO-PL-26-0555
- PLA 1,75 mm czarny: 120 szt., 19,90 EUR/szt.
- PLA 1,75 mm biały: 80 szt., 19,90 EUR/szt.
Wysyłka 04.12.2026 r., dostawa kurierem DPD do Rotterdamu 07.12.2026 r.

PO-PL-26-0561
- PETG 2,85 mm transparentny: 40 szt., 24,60 EUR, dostawa 14.12.2026 r.
- ASA 1,75 mm szary: na magazynie mamy tylko 18 szt. - te dostarczymy
  14.12.2026 r., pozostałe 7 szt. po produkcji w 2. tygodniu 2027 r.,
  dostawa 15.01.2027 r.
- TPU 95A czarny: 15 szt., niestety cena granulatu wzrosła, nowa cena
  37,96 EUR/szt., dostawa 14.12.2026 r.

Faktury wystawimy osobno dla każdego zamówienia, termin płatności 30 dni.

Pozdrawiam serdecznie
Agnieszka Nowakowska
Dział Obsługi Klienta

--
Filamentownia Sp. z o.o.
ul. Przemysłowa 14, 62-080 Tarnowo Podgórne
tel. +48 61 814 22 90 | NIP 777-321-45-67

W dniu 10.11.2026 o 09:14, Sofie Lindqvist pisze:
{gt(request_text(b_))}
"""
    mid = msgid("thunderbird", "c013", "filamentownia.example")
    h = headers("thunderbird", addr("Agnieszka Nowakowska", "a.nowakowska@filamentownia.example"), buyer_addr(a),
                "Re: " + subj(b_) + " (+ PO-PL-26-0555)", mail_date(2026, 11, 12, 13, 27, 45, "+0100", "Thu"), mid,
                in_reply_to=b_["request_message_id"],
                references=a["request_message_id"] + " " + b_["request_message_id"], lang="pl")
    eml = message(h, text(body, charset="UTF-8", cte="8bit", params="; format=flowed", quote_charset=False))
    exp = expected("confirmation", "Two POs in one mail. 0555: ship 04.12, delivery 07.12 = requested (delivery wins) -> accepted. "
                   "0561: ASA split 18 on 14.12 + 7 on 15.01.2027; TPU new price 37.96 (+4%).",
                   [conf(a, {1: "acc", 2: "acc"}),
                    conf(b_, {1: "acc", 2: chg(b_, 2, schedule=[(18, "2026-12-14"), (7, "2027-01-15")]),
                              3: chg(b_, 3, price="37.96")})])
    return [a, b_], eml, exp


@case("insulation-packs-of-6-cz", "Czech Outlook reply: boards in packs of 6 (216 m2 = 50 packs), a per-pack PO line priced by the supplier per m2, and a thickness no longer produced.")
def c014():
    s = supplier("IZM", "Izolace Morava s.r.o.", "obchod@izolace-morava.example", "cs-CZ")
    po = PO("4500771744", s, "jonas", "2026-11-11", [
        L("MW-100-1200", "Mineral wool facade board 1200x600x100 mm, lambda 0.035", 216, "M2", "8.50", D(2026, 12, 4, "Fri")),
        L("MW-50-PK6", "Mineral wool board 1200x600x50 mm, pack of 6 = 4.32 m2", 40, "PK", "23.76", D(2026, 12, 4)),
        L("XPS-80-PK6", "XPS board 1250x600x80 mm, pack of 6", 30, "PK", "31.50", D(2026, 12, 4)),
    ])
    assert str(Decimal("5.50") * Decimal("4.32")) == "23.7600"
    reply = """Dobrý den, pane Bergere,

děkujeme za objednávku č. 4500771744, kterou potvrzujeme takto:

Pol. 1 – fasádní deska 100 mm: 50 balení po 6 ks (216,00 m²), 8,50 EUR/m², dodání 04.12.2026
Pol. 2 – deska 50 mm: 40 balení (172,80 m²), cena 5,50 EUR/m², dodání 04.12.2026
Pol. 3 – XPS 80 mm již nevyrábíme (výroba ukončena 09/2026). Jako náhradu můžeme nabídnout XPS 100 mm za 38,90 EUR/bal. – pokud máte zájem, pošlete prosím novou objednávku.

Ceny jsou bez DPH, dodací podmínka DAP Duisburg.

S pozdravem"""
    sig = """Ing. Lenka Dvořáková
obchodní oddělení
Izolace Morava s.r.o., Průmyslová 1120, 686 01 Uherské Hradiště
tel.: +420 572 540 318"""
    sent = "středa 11. listopadu 2026 9:14"
    txt, html = outlook_reply(po, "cs", reply, sent, subj(po), html_lang="CS", sig_text=sig, ship_to="duisburg")
    mid = msgid("outlook", "c014", "")
    b = boundary("outlook", "c014")
    h = headers("outlook", addr("Dvořáková Lenka", "dvorakova@izolace-morava.example", "utf-8", "Q"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 17, 8, 12, 30, "+0100", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="cs-CZ")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html", cte="base64")], b))
    exp = expected("confirmation", "50 packs of 6 = 216 m2 as ordered; line 2 PO is per pack: 5.50 EUR/m2 x 4.32 m2 = 23.76 per pack "
                   "(unchanged); XPS 80 mm no longer produced -> rejected (the 100 mm offer is a new proposal, not a confirmation).",
                   [conf(po, {1: "acc", 2: "acc", 3: REJ})])
    return [po], eml, exp


@case("candles-mid-january-sv", "Swedish iPhone reply that accepts prices but gives delivery only as 'i mitten av januari' (mid-January).")
def c015():
    s = supplier("LJD", "Ljusfabriken i Dalarna AB", "order@ljusfabriken.example", "sv-SE")
    po = PO("4500771812", s, "jonas", "2026-11-11", [
        L("LJ-BLK-70100-W", "Block candle 70x100 mm white, carton of 48", 1440, "EA", "0.92", D(2026, 12, 11, "Fri")),
        L("LJ-KRO-25-R", "Taper candle 25 cm red, carton of 48", 2880, "EA", "0.31", D(2026, 12, 11)),
    ])
    body = f"""Hej Jonas!

Tack för ordern. Båda artiklarna finns i vårt sortiment och priserna stämmer, men p.g.a. julsäsongen är produktionen full hela december. Vi räknar med att kunna leverera allt i mitten av januari.

Hör av dig om det funkar!

/Karin

Skickat från min iPhone

> 11 nov. 2026 kl. 09:14 skrev Jonas Berger <jonas.berger@buyer.example>:
>
{gt(request_text(po))}
"""
    mid = msgid("apple", "c015", "ljusfabriken.example")
    h = headers("iphone", addr("Karin Dahlberg", "karin@ljusfabriken.example"), buyer_addr(po),
                "Sv: " + subj(po), mail_date(2026, 11, 12, 18, 3, 11, "+0100", "Thu"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, text(body, charset="utf-8", cte="quoted-printable", quote_charset=False))
    exp = expected("needs_review", "Delivery only as 'mid-January' and 'hör av dig om det funkar' (asks whether that works): no "
                   "firm date to record.")
    return [po], eml, exp


@case("alufoil-10-working-days-fi", "Finnish reply: foil rolls in cartons of 6 with a per-carton price, delivery 'within 10 working days' counted from the mail's date.")
def c016():
    s = supplier("PFO", "Pohjolan Folio Oy", "myynti@pohjolanfolio.example", "fi-FI")
    po = PO("4500771760", s, "sofie", "2026-11-10", [
        L("ALU-300-150", "Aluminium foil 30 cm x 150 m, 11 µm, roll", 300, "ROL", "7.20", D(2026, 12, 1, "Tue")),
        L("ALU-450-100", "Aluminium foil 45 cm x 100 m, 14 µm, roll", 120, "ROL", "9.85", D(2026, 12, 1)),
    ])
    due = workdays_after("2026-11-12", 10)
    assert due == "2026-11-26"
    assert price_per("59.10", 6) == "9.85"
    reply = """Hei Sofie,

kiitos tilauksesta 4500771760, vahvistamme sen seuraavasti:

1) Alumiinifolio 30 cm x 150 m, 11 µm: 50 ltk à 6 rullaa = 300 rullaa, 7,20 €/rulla
2) Alumiinifolio 45 cm x 100 m, 14 µm: 20 ltk à 6 rullaa = 120 rullaa, 59,10 €/ltk

Toimitus molemmille riveille 10 arkipäivän kuluessa tästä päivästä, Rotterdamiin DAP.

Ystävällisin terveisin"""
    sig = """Mikko Heikkinen
Myyntipalvelu | Pohjolan Folio Oy
Teollisuustie 9, 15560 Nastola
puh. +358 40 712 3388"""
    sent = "tiistai 10. marraskuuta 2026 9.14"
    txt, html = outlook_reply(po, "fi", reply, sent, subj(po), html_lang="FI", sig_text=sig)
    mid = msgid("outlook", "c016", "")
    b = boundary("outlook", "c016")
    h = headers("outlook", addr("Mikko Heikkinen", "mikko.heikkinen@pohjolanfolio.example"), buyer_addr(po),
                "VS: " + subj(po), mail_date(2026, 11, 12, 10, 31, 6, "+0200", "Thu"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="fi-FI")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("confirmation", "'10 arkipäivän kuluessa tästä päivästä' from Thu 2026-11-12 = Thu 2026-11-26 (no holidays); "
                   "59,10 EUR per carton of 6 = 9.85 per roll (as ordered); quantities as ordered.",
                   [conf(po, {1: chg(po, 1, date=due), 2: chg(po, 2, date=due)})])
    return [po], eml, exp


@case("car-batteries-erp-pdf-za", "South African ERP mail with a PDF sales-order acknowledgement: own position numbers 10/20/30 and item codes, yyyy/mm/dd dates, separate ship and delivery columns, one price change.")
def c017():
    s = supplier("HBD", "Highveld Battery Distributors (Pty) Ltd", "orders@highveldbattery.example", "en-ZA")
    po = PO("KSG-ZA-26-0144", s, "martin", "2026-11-11", [
        L("BAT-12V-74AH", "Car battery 12 V 74 Ah 680 A (EN), L3", 120, "EA", "68.40", D(2026, 12, 11, "Fri")),
        L("BAT-12V-95-AGM", "Car battery AGM 12 V 95 Ah 850 A (EN), L5", 60, "EA", "142.00", D(2026, 12, 11)),
        L("BAT-12V-60AH", "Car battery 12 V 60 Ah 540 A (EN), L2", 80, "EA", "55.90", D(2026, 12, 11)),
    ], currency="USD")
    cols = [(50, "Pos"), (75, "Item / your ref."), (270, "Qty"), (305, "UoM"), (338, "Unit price"), (400, "Ship date"),
            (460, "Delivery date")]
    rows = [["10", "HBD-L3-074-680 / BAT-12V-74AH", "120", "EA", "68.40", "2026/11/13", "2026/12/11"],
            ["20", "HBD-L5-095-AGM / BAT-12V-95-AGM", "60", "EA", "142.00", "2026/11/20", "2026/12/18"],
            ["30", "HBD-L2-060-540 / BAT-12V-60AH", "80", "EA", "57.30", "2026/11/13", "2026/12/11"]]
    sub = {0: ["Car battery 12V 74Ah 680A EN, L3, 278x175x190"], 1: ["AGM 12V 95Ah 850A EN, L5, 353x175x190"],
           2: ["Car battery 12V 60Ah 540A EN, L2, 242x175x175  - lead surcharge applied"]}
    pdf = table_doc("SALES ORDER ACKNOWLEDGEMENT", [
        "Highveld Battery Distributors (Pty) Ltd", "14 Brakpan Road, Boksburg 1459, Gauteng, South Africa",
        "Tel +27 11 914 2260  |  VAT 4190271553  |  Reg. 2009/018842/07"], [
        ("Acknowledgement no.", "SO-104588"), ("Date", "2026/11/13"), ("Customer", "Kestrel Supply Group (KSG001)"),
        ("Your order", "KSG-ZA-26-0144 dated 2026/11/11"), ("Incoterm", "CIF Rotterdam"),
        ("Payment terms", "30 days from statement"), ("Currency", "USD")],
        cols, rows, notes=[
            "Delivery date = ETA at consignee. Ship date = vessel departure Durban.",
            "Prices quoted under Q-HBD-2611 valid until 2026/12/31. Lead surcharge on pos. 30 per LME 2026/11/02.",
            "Total order value USD 21,312.00", "", "Warranty: 24 months from date of invoice."],
        footer=["Highveld Battery Distributors (Pty) Ltd - Directors: P. Naidoo, J. van der Merwe",
                "All orders subject to our standard terms and conditions of sale."],
        subrows=sub, compress=True,
        info=dict(title="SO-104588", producer="Sage X3 Report Engine", creator="Crystal Reports",
                  created="20261113081502+02'00'"))
    body = """Dear Customer,

Please find attached Sales Order Acknowledgement SO-104588 for your purchase order KSG-ZA-26-0144.

This is an automatically generated message. Please do not reply to this address; for queries contact orders@highveldbattery.example.

Highveld Battery Distributors (Pty) Ltd
"""
    mid = msgid("erp", "c017", "highveldbattery.example")
    b = boundary("erp", "c017")
    h = headers("erp", addr("Highveld Battery - Sales Orders", "noreply-erp@highveldbattery.example"), buyer_addr(po),
                "Sales Order Acknowledgement SO-104588 / Your PO KSG-ZA-26-0144",
                mail_date(2026, 11, 13, 8, 15, 2, "+0200", "Fri"), mid, reply_to="orders@highveldbattery.example",
                extra=[("X-Mailer", "Sage X3 Mailer")])
    eml = message(h, multipart("mixed", [text(body), attachment("application/pdf", "SO-104588.pdf", pdf)], b))
    exp = expected("confirmation", "ERP PDF: positions 10/20/30 map to PO lines 1/2/3 via 'your ref.'; dates are yyyy/mm/dd; the "
                   "delivery-date column wins over ship date. Pos 20 delivers 2026-12-18; pos 30 price 57.30 (lead surcharge).",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2026-12-18"), 3: chg(po, 3, price="57.30")})])
    return [po], eml, exp


@case("test-kits-html-only-sg", "Outlook reply whose text/plain part is empty and whose supplier text lives only in the HTML; prices given per test on a per-kit (25 tests) PO.")
def c018():
    s = supplier("LCD", "Lion City Diagnostics Pte Ltd", "sales@lioncitydx.example", "en-SG")
    po = PO("4500771799", s, "priya", "2026-11-12", [
        L("RAT-CF-25", "Rapid antigen test COVID-19/Flu A+B, kit of 25 tests", 200, "KIT", "80.00", D(2026, 12, 4, "Fri")),
        L("CRP-QT-25", "CRP quantitative cassette test, kit of 25 tests", 80, "KIT", "112.50", D(2026, 12, 4)),
        L("HBA1C-25", "HbA1c test cartridges, kit of 25 tests", 40, "KIT", "145.00", D(2026, 12, 4)),
    ], currency="USD")
    assert Decimal("3.20") * 25 == Decimal("80.00") and Decimal("4.50") * 25 == Decimal("112.50")
    reply_html = """<p class="MsoNormal">Hi Priya,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you for PO 4500771799, confirmed as follows. Pricing is per test as per our quotation LCD-Q-2611-07:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Your item</b></td><td><b>Kits</b></td><td><b>Tests</b></td><td><b>Price/test</b></td><td><b>Arrival Rotterdam</b></td></tr>
<tr><td>RAT-CF-25</td><td>200</td><td>5,000</td><td>USD 3.20</td><td>4 Dec 2026</td></tr>
<tr><td>CRP-QT-25</td><td>80</td><td>2,000</td><td>USD 4.50</td><td>4 Dec 2026</td></tr>
<tr><td>HBA1C-25</td><td>40</td><td>1,000</td><td>USD 6.00</td><td>11 Dec 2026</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">RAT and CRP leave our Tuas warehouse by air on 27 Nov. The HbA1c cartridges are a new lot (exp. 2028-05) and follow one week later; please note the HbA1c price is USD 6.00 per test from this lot onwards.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best regards,<br>Tan Wei Ling<br>Customer Service Executive<br>Lion City Diagnostics Pte Ltd<br>10 Tuas South Ave 2, Singapore 637618 | +65 6861 0427</p>"""
    sent = "Thursday, 12 November 2026 4:14 PM"
    _, html = outlook_reply(po, "en", "x", sent, subj(po), html_lang="EN-SG", reply_html=reply_html)
    mid = msgid("outlook-ap", "c018", "")
    b = boundary("outlook", "c018")
    h = headers("outlook-ap", addr("Tan Wei Ling", "weiling.tan@lioncitydx.example"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 16, 14, 2, 37, "+0800", "Mon"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="en-SG")
    eml = message(h, multipart("alternative", [text("\n", cte="7bit"), text(html, "html", cte="base64")], b))
    exp = expected("confirmation", "Text part is empty; the answer is only in the HTML. Per test x 25 = per kit: 3.20 -> 80.00 and "
                   "4.50 -> 112.50 (as ordered); HbA1c 6.00 -> 150.00 per kit, arrival 11 Dec; 27 Nov is a ship date; "
                   "exp. 2028-05 is a lot expiry.",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(po, 3, price="150.00", date="2026-12-11")})])
    return [po], eml, exp


@case("cnc-inserts-packs-hu", "Hungarian reply: inserts priced per box of 10 on a per-piece PO, Hungarian 'yyyy. month d.' dates, codes like CNMG 120408 and M8x1,25, and a discontinued tap.")
def c019():
    s = supplier("PSZ", "Pannon Szerszám Kft.", "rendeles@pannonszerszam.example", "hu-HU")
    po = PO("PO-HU-26-0207", s, "jonas", "2026-11-12", [
        L("CNMG120408-PM", "Turning insert CNMG 12 04 08-PM, grade 4325, box of 10", 200, "EA", "9.45", D(2026, 12, 7, "Mon")),
        L("DCMT11T304-MF", "Turning insert DCMT 11T304-MF, grade 1125, box of 10", 100, "EA", "7.80", D(2026, 12, 7)),
        L("EM-D10-Z4", "Solid carbide end mill D10 Z4, 45 deg helix, AlTiN", 25, "EA", "38.60", D(2026, 12, 7)),
        L("TAP-M8x1.25", "Machine tap M8x1.25 6HX, HSS-E, spiral flute", 40, "EA", "12.90", D(2026, 12, 7)),
    ])
    assert price_per("94.50", 10) == "9.45" and price_per("81.00", 10) == "8.10"
    reply = """Tisztelt Berger Úr!

Köszönjük a PO-HU-26-0207 számú megrendelését, az alábbiak szerint visszaigazoljuk:

1. CNMG 120408-PM 4325 lapka: 20 doboz (10 db/doboz) = 200 db, 94,50 EUR/doboz, szállítás 2026. december 7.
2. DCMT 11T304-MF 1125 lapka: 10 doboz = 100 db, 81,00 EUR/doboz (új árlista 2026. november 1-től), szállítás 2026. dec. 14.
3. Tömör keményfém maró D10 Z4: 25 db, 38,60 EUR/db, szállítás 2026. december 7.
4. M8x1,25 menetfúró 6HX: a gyártó a terméket kivezette, sajnos nem tudjuk szállítani.

Fizetési feltétel: 30 nap, paritás: DAP Duisburg.

Üdvözlettel:"""
    sig = """Kovács Eszter
értékesítési asszisztens
Pannon Szerszám Kft. | 9027 Győr, Ipari park u. 6.
Tel.: +36 96 512 340"""
    sent = "2026. november 12., csütörtök 9:14"
    txt, html = outlook_reply(po, "hu", reply, sent, subj(po), html_lang="HU", sig_text=sig, ship_to="duisburg",
                              charset="iso-8859-2")
    mid = msgid("outlook", "c019", "")
    b = boundary("outlook", "c019")
    h = headers("outlook", addr("Kovács Eszter", "kovacs.eszter@pannonszerszam.example", "iso-8859-2", "Q"), buyer_addr(po),
                "VS: " + subj(po), mail_date(2026, 11, 13, 11, 20, 44, "+0100", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="hu-HU")
    eml = message(h, multipart("alternative", [text(txt, charset="iso-8859-2"), text(html, "html", charset="iso-8859-2")], b))
    exp = expected("confirmation", "94,50 EUR per box of 10 = 9.45/pc (as ordered); 81,00/box = 8.10/pc (up) with 2026. dec. 14.; "
                   "'2026. november 1-től' is a price-list date; M8x1,25 tap discontinued -> rejected.",
                   [conf(po, {1: "acc", 2: chg(po, 2, price="8.10", date="2026-12-14"), 3: "acc", 4: REJ})])
    return [po], eml, exp


@case("garden-soil-partly-delivered-ro", "Romanian reply: part of the bags were already delivered yesterday, the rest comes on a later date together with the big bags.")
def c020():
    s = supplier("SCP", "Substrat Carpați SRL", "vanzari@substratcarpati.example", "ro-RO")
    po = PO("4500771833", s, "sofie", "2026-11-09", [
        L("SOIL-UNIV-40", "Potting soil universal, bag 40 l", 720, "BAG", "2.35", D(2026, 11, 27, "Fri")),
        L("SOIL-BB-1500", "Garden soil, big bag 1.5 m3", 12, "EA", "96.00", D(2026, 11, 27)),
    ])
    body = f"""Bună ziua doamna Lindqvist,

referitor la comanda dvs. 4500771833:

- pământ universal saci 40 l: am livrat deja ieri, 17.11.2026, 300 de saci (aviz de însoțire nr. 4471). Restul de 420 de saci îi livrăm pe 04.12.2026.
- pământ de grădină big bag 1,5 m³: cele 12 bucăți vin tot pe 04.12.2026, împreună cu restul sacilor.

Prețurile rămân cele din comandă (2,35 EUR/sac, 96,00 EUR/big bag).
Ne cerem scuze pentru întârziere, linia de ambalare a fost în revizie.

Cu stimă,
Andrei Munteanu
Departament Vânzări
Substrat Carpați SRL, Str. Fabricii 12, 505400 Râșnov, jud. Brașov
Tel. +40 268 230 117

În lun., 9 nov. 2026 la 09:14, Sofie Lindqvist <sofie.lindqvist@buyer.example> a scris:
{gt(request_text(po))}
"""
    mid = msgid("gmail", "c020", "")
    b = boundary("gmail", "c020")
    reply = body.split("\n\nÎn lun.")[0]
    html = gmail_html(reply, "În lun., 9 nov. 2026 la 09:14, Sofie Lindqvist <sofie.lindqvist@buyer.example> a scris:",
                      request_text(po))
    h = headers("gmail", addr("Andrei Munteanu", "andrei.munteanu@substratcarpati.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 18, 10, 44, 9, "+0200", "Wed"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, multipart("alternative", [text(body, charset="UTF-8", quote_charset=False),
                                               text(html, "html", charset="UTF-8", quote_charset=False)], b))
    exp = expected("confirmation", "Line 1: 300 bags already delivered on 2026-11-17, remaining 420 on 2026-12-04 -> schedule, last "
                   "date 2026-12-04; line 2 all on 2026-12-04; prices unchanged.",
                   [conf(po, {1: chg(po, 1, schedule=[(300, "2026-11-17"), (420, "2026-12-04")]),
                              2: chg(po, 2, date="2026-12-04")})])
    return [po], eml, exp


@case("batteries-ooo-zh-cn-gb2312", "Chinese out-of-office reply in GB2312/base64 with travel dates and an English second half.")
def c021():
    s = supplier("QJD", "青岛金鼎电池有限公司", "export@jinding-battery.example", "zh-CN")
    po = PO("KSG-CN-26-0418", s, "martin", "2026-11-16", [
        L("JD-6QW-70", "Car battery 12 V 70 Ah, 6-QW-70, maintenance free", 300, "EA", "46.80", D(2027, 1, 29, "Fri")),
        L("JD-6QW-100", "Car battery 12 V 100 Ah, 6-QW-100", 100, "EA", "71.50", D(2027, 1, 29)),
    ], currency="USD")
    body = """您好！

我于2026年11月16日至11月20日在德国参加展会，期间邮件回复可能不及时。
紧急事务请联系王小姐：+86 532 8668 7712，wang.li@jinding-battery.example。

谢谢！
刘洋

Dear customer,
I am attending a trade fair in Germany from 16 to 20 November 2026 with limited access to e-mail.
For urgent matters please contact Ms Wang: +86 532 8668 7712.

Liu Yang
Export Sales | Qingdao Jinding Battery Co., Ltd.
"""
    mid = "<20261116161402.94e1c7a2b3@jinding-battery.example>"
    h = headers("other", addr("刘洋", "liu.yang@jinding-battery.example", "gb2312"), buyer_addr(po),
                ew("自动回复: " + subj(po), "gb2312"), mail_date(2026, 11, 16, 16, 14, 2, "+0800", "Mon"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Coremail Webmail Server Version 2023.2")])
    eml = message(h, text(body, charset="gb2312", cte="base64"))
    exp = expected("auto_reply", "Automatic out-of-office (自动回复, Auto-Submitted) with travel dates; no answer to the PO.")
    return [po], eml, exp


@case("textiles-dozens-line-missing-tr", "Turkish reply giving dates per line with prices per dozen on a per-piece PO, but the PO has a fourth line (bathrobes) the reply never mentions.")
def c022():
    s = supplier("DTS", "Denizli Tekstil Sağlık Ürünleri A.Ş.", "ihracat@denizlitekstil.example", "tr-TR")
    po = PO("4500771866", s, "dana", "2026-11-12", [
        L("DT-TWL-5090", "Towel 50x90 cm white, 500 g/m2", 600, "EA", "4.50", D(2026, 12, 11, "Fri")),
        L("DT-SHT-160260", "Bed sheet 160x260 cm, cotton 150 TC, white", 480, "EA", "6.20", D(2026, 12, 11)),
        L("DT-PIL-5070", "Pillowcase 50x70 cm, white", 960, "EA", "1.95", D(2026, 12, 11)),
        L("DT-ROBE-L", "Bathrobe waffle, size L", 120, "EA", "14.80", D(2026, 12, 11)),
    ])
    assert price_per("54.00", 12) == "4.50" and price_per("74.40", 12) == "6.20" and price_per("23.40", 12) == "1.95"
    reply = """Sayın Dana Hanım,

4500771866 numaralı siparişiniz için teşekkür ederiz. Teslim tarihlerimiz aşağıdadır:

- Havlu 50x90 beyaz: 50 düzine (600 adet), düzine fiyatı 54,00 EUR – teslim 11.12.2026
- Çarşaf 160x260: 40 düzine (480 adet), düzine fiyatı 74,40 EUR – teslim 18.12.2026
- Yastık kılıfı 50x70: 80 düzine (960 adet), düzine fiyatı 23,40 EUR – teslim 11.12.2026

Ödeme: sipariş tutarının %30'u peşin, bakiye yükleme öncesi.

Saygılarımızla,"""
    sig = """Elif Yıldırım
İhracat Departmanı
Denizli Tekstil Sağlık Ürünleri A.Ş.
Organize Sanayi Bölgesi 3. Cad. No: 14, 20330 Denizli
Tel: +90 258 269 14 00"""
    sent = "12 Kasım 2026 Perşembe 09:14"
    txt, html = outlook_reply(po, "tr", reply, sent, subj(po), html_lang="TR", sig_text=sig, charset="windows-1254")
    mid = msgid("outlook", "c022", "")
    b = boundary("outlook", "c022")
    h = headers("outlook", addr("Elif Yıldırım", "elif.yildirim@denizlitekstil.example", "windows-1254", "Q"), buyer_addr(po),
                "YNT: " + subj(po), mail_date(2026, 11, 16, 15, 48, 2, "+0300", "Mon"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="tr-TR")
    eml = message(h, multipart("alternative", [text(txt, charset="windows-1254"), text(html, "html", charset="windows-1254")], b))
    exp = expected("confirmation", "Dozen prices /12 equal the PO unit prices; sheets move to 18.12.2026; the bathrobe line (4) is "
                   "not mentioned -> unconfirmed. The 30% is a payment term, not a price change.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2026-12-18"), 3: "acc", 4: UNC})])
    return [po], eml, exp


@case("kegs-pricelist-2027-da", "Danish mail announcing the 2027 price list (+3.5% on kegs, PDF attached) from a supplier with an open keg PO; it answers nothing.")
def c023():
    s = supplier("NFA", "Nordisk Fustage ApS", "ordre@nordiskfustage.example", "da-DK")
    po = PO("4500771902", s, "jonas", "2026-11-13", [
        L("NF-KEG-20-S", "Keg 20 l stainless, S-fitting", 80, "EA", "82.00", D(2026, 12, 18, "Fri")),
        L("NF-KEG-50-S", "Keg 50 l stainless, S-fitting", 40, "EA", "104.00", D(2026, 12, 18)),
    ])
    cols = [(50, "Varenr."), (140, "Beskrivelse"), (360, "Enhed"), (410, "Pris 2026"), (480, "Pris 2027")]
    rows = [["NF-KEG-20-S", "KEG 20 l rustfri, S-fitting", "stk", "82,00", "84,87"],
            ["NF-KEG-30-S", "KEG 30 l rustfri, S-fitting", "stk", "91,00", "94,19"],
            ["NF-KEG-50-S", "KEG 50 l rustfri, S-fitting", "stk", "104,00", "107,64"],
            ["NF-SPEAR-S", "Spear S-type, komplet", "stk", "14,20", "14,70"],
            ["NF-CAP-KEG", "Støvhætte til KEG, 1000 stk", "pk", "39,00", "39,00"]]
    pdf = table_doc("PRISLISTE 2027 - gyldig fra 01.01.2027", [
        "Nordisk Fustage ApS", "Industrivej 31, 8700 Horsens, Danmark", "CVR 35 71 22 94  |  +45 75 62 40 10"], [
        ("Valuta", "EUR, ekskl. moms"), ("Levering", "DAP, fragtfrit fra 40 stk"), ("Betaling", "30 dage netto")],
        cols, rows, notes=["Ordrer modtaget senest 15.12.2026 faktureres til 2026-priser.",
                           "Prisene gælder til 31.12.2027 med forbehold for ændringer i stålpriser."],
        info=dict(title="Prisliste 2027", producer="Microsoft Word", created="20261118100000+01'00'"))
    body = """Kære kunde

Vedhæftet finder I vores prisliste for 2027, gældende fra 01.01.2027.

Stigende stålpriser betyder desværre, at priserne på KEG 20 l, 30 l og 50 l stiger med 3,5 %. Spears stiger med gennemsnitligt 3,5 %, mens støvhætter er uændrede.

Ordrer modtaget senest 15.12.2026 faktureres til 2026-priser.

Har I spørgsmål, er I velkomne til at kontakte jeres faste kontaktperson.

Med venlig hilsen
Nordisk Fustage ApS
Salg & Kundeservice
"""
    b = boundary("outlook", "c023")
    mid = msgid("outlook", "c023", "")
    h = headers("outlook", addr("Nordisk Fustage - Salg", "salg@nordiskfustage.example"), buyer_addr(po),
                "Prisliste 2027 - Nordisk Fustage", mail_date(2026, 11, 18, 10, 5, 0, "+0100", "Wed"), mid,
                lang="da-DK", has_attach=True)
    eml = message(h, multipart("mixed", [text(body, charset="iso-8859-1"),
                                         attachment("application/pdf", "Prisliste_2027_Nordisk_Fustage.pdf", pdf)], b))
    exp = expected("unrelated", "General 2027 price-list mailing; not a reply to PO 4500771902 and commits to nothing for it.")
    return [po], eml, exp


@case("valves-inline-answers-sk", "Slovak answers typed inline under each quoted PO line (bottom of the mail), including a partial quantity split and a new price; descriptions carry DN/PN and 1/2\" BSP numbers.")
def c024():
    s = supplier("ARP", "Armatúry Považie s.r.o.", "predaj@armatury-povazie.example", "sk-SK")
    po = PO("PO-SK-26-0092", s, "priya", "2026-11-12", [
        L("GV-DN100-PN16", "Gate valve DN100 PN16, GGG40, resilient seat", 10, "EA", "215.00", D(2026, 12, 18, "Fri")),
        L("BV-DN15-PN40", 'Ball valve DN15 PN40, 1/2" BSP female, brass', 150, "EA", "8.40", D(2026, 12, 18)),
        L("BV-DN20-PN40", 'Ball valve DN20 PN40, 3/4" BSP female, brass', 100, "EA", "11.20", D(2026, 12, 18)),
        L("STR-DN50-PN16", "Y-strainer DN50 PN16, flanged, GG25", 8, "EA", "96.00", D(2026, 12, 18)),
    ])
    answers = {1: "OK, potvrdzujeme.",
               2: "Cena od 1.11. je 8,90 EUR/ks, termín 18.12. platí.",
               3: "Na sklade máme len 60 ks - tie dodáme 18.12.2026, zvyšných 40 ks dodáme 15.1.2027.",
               4: "Termín dodania 8.1.2027 (výroba)."}
    q = request_text(po, "Dear Sir or Madam,", "duisburg").split("\n")
    out = []
    for ln in q:
        out.append(">" if not ln else "> " + ln)
        head = ln.split(" ", 1)[0]
        if head.isdigit() and int(head) in answers and "EUR" in ln:
            out.append(answers[int(head)])
            out.append("")
    body = """Dobrý deň pani Natarajan,

odpovede píšem priamo do Vašej objednávky nižšie.

S pozdravom
Marek Hudec
Armatúry Považie s.r.o., Priemyselná 7, 017 01 Považská Bystrica
+421 42 432 18 55

On Thu, 12 Nov 2026 at 09:14, Priya Natarajan <priya.natarajan@buyer.example> wrote:
""" + "\n".join(out) + "\n"
    mid = msgid("gmail", "c024", "")
    h = headers("gmail", addr("Marek Hudec", "marek.hudec@armatury-povazie.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 13, 14, 36, 28, "+0100", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, text(body, charset="UTF-8", cte="quoted-printable", quote_charset=False))
    exp = expected("confirmation", "Answers are typed under each quoted line; the quoted need-by 2026-12-18 is ours. Line 2 new price "
                   "8.90 (date kept); line 3 60 on 18.12.2026 + 40 on 15.1.2027; line 4 8.1.2027 (d.m.yyyy).",
                   [conf(po, {1: "acc", 2: chg(po, 2, price="8.90"),
                              3: chg(po, 3, schedule=[(60, "2026-12-18"), (40, "2027-01-15")]),
                              4: chg(po, 4, date="2027-01-08")})])
    return [po], eml, exp


@case("garden-soil-will-revert-au", "Australian one-paragraph reply from Outlook for iOS: 'I'll revert by Thursday with confirmed dates'.")
def c025():
    s = supplier("MVG", "Murray Valley Garden Supplies Pty Ltd", "sales@murrayvalleygarden.example", "en-AU")
    po = PO("KSG-AU-26-0077", s, "martin", "2026-11-16", [
        L("MV-BB-1M3", "Garden soil premium, big bag 1 m3", 40, "EA", "88.00", D(2026, 12, 9, "Wed")),
        L("MV-PM-40L", "Potting mix Australian Standard, bag 40 l", 600, "BAG", "3.10", D(2026, 12, 9)),
    ], currency="USD")
    reply = """Hi Martin,

Thanks for the PO. Just checking stock on the big bags with our Shepparton yard - I'll revert by Thursday with confirmed dates, and whether we can put the 40 L bags on the same truck.

Cheers,
Bec"""
    sig = """Rebecca Hall
Murray Valley Garden Supplies
0428 551 902

Get Outlook for iOS"""
    sent = "Monday, November 16, 2026 7:14:05 PM"
    txt, html = outlook_reply(po, "en", reply, sent, subj(po), html_lang="EN-AU", sig_text=sig, ship_to="sydney")
    mid = msgid("outlook-ap", "c025", "")
    b = boundary("outlook", "c025")
    h = headers("outlook-ap", addr("Rebecca Hall", "bec@murrayvalleygarden.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 17, 8, 2, 50, "+1100", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="en-AU")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("needs_review", "'I'll revert by Thursday with confirmed dates': a promise to confirm later, no commitment.")
    return [po], eml, exp


@case("connectors-big5-plus3pct-tw", "Traditional Chinese reply in Big5: prices per 1,000 pcs on a per-piece PO, one price raised by '3%' without the new figure, MLCC '0402 100nF 16V' in the item.")
def c026():
    s = supplier("TPT", "台灣精密端子股份有限公司", "sales@twprecision.example", "zh-TW")
    po = PO("KSG-TW-26-0310", s, "priya", "2026-11-13", [
        L("TW-PH20-4P", "Wire-to-board header 2.0 mm PH, 4P, SMT, reel 1000", 8000, "EA", "0.0380", D(2026, 12, 14, "Mon")),
        L("TW-USBC-16P", "USB Type-C receptacle 16P, mid-mount, reel 1000", 4000, "EA", "0.2150", D(2026, 12, 14)),
        L("TW-0402-100NF-16V", "MLCC 0402 100nF 16V X7R, reel 10000", 50000, "EA", "0.0012", D(2026, 12, 14)),
    ], currency="USD")
    new2 = pct("0.2150", 3)
    assert new2 == "0.22145"
    body = f"""Priya 您好，

感謝您的訂單 KSG-TW-26-0310，確認如下：

1. TW-PH20-4P（本公司料號 TPT-PH-04S）
   數量：8,000 pcs（8 盤）
   單價：USD 38.00 / 1,000 pcs
   交期：2026/12/14

2. TW-USBC-16P（本公司料號 TPT-C16-MM）
   數量：4,000 pcs
   單價：因銅價上漲，本訂單單價調漲 3%
   交期：2026/12/21

3. TW-0402-100NF-16V（MLCC 0402 100nF 16V X7R）
   數量：50,000 pcs（5 盤 x 10,000）
   單價：USD 1.20 / 1,000 pcs
   交期：2026/12/14

付款條件：T/T 60 天
報價有效期限：2026/12/31

陳怡君 Yvonne Chen
業務部
台灣精密端子股份有限公司
新北市土城區中央路三段 76 號
TEL: +886-2-2268-5512

-----Original Message-----
From: Priya Natarajan <priya.natarajan@buyer.example>
Sent: Friday, November 13, 2026 4:14 PM
To: sales@twprecision.example
Subject: {subj(po)}

{request_text(po)}
"""
    mid = "<000001dc5a7e$3b8f41c0$b2adc540$@twprecision.example>"
    h = headers("other", addr("陳怡君 Yvonne Chen", "yvonne.chen@twprecision.example", "big5"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 17, 11, 9, 41, "+0800", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHZs1kP3nM0a7Y2Sk2nC0eTqG1rAQ==")])
    eml = message(h, text(body, charset="big5", cte="base64"))
    exp = expected("confirmation", "USD 38.00 and 1.20 per 1,000 pcs = 0.038 and 0.0012 per pc (as ordered); Type-C +3% on 0.2150 "
                   "= 0.22145 with 2026/12/21; 2026/12/31 is a quote validity date.",
                   [conf(po, {1: "acc", 2: chg(po, 2, price=new2, date="2026-12-21"), 3: "acc"})])
    return [po], eml, exp


@case("foil-postfix-user-unknown", "Postfix DSN from our own relay: recipient address rejected (550 5.1.1 user unknown), with the original headers attached.")
def c027():
    s = supplier("BFL", "UAB Baltijos folija", "pardavimai@baltijosfolija.example", "lt-LT")
    po = PO("4500771955", s, "sofie", "2026-11-17", [
        L("BF-ALU-290-300", "Aluminium foil 29 cm x 300 m, 10 µm, roll", 240, "ROL", "11.40", D(2026, 12, 16, "Wed")),
        L("BF-ALU-440-150", "Aluminium foil 44 cm x 150 m, 12 µm, roll", 96, "ROL", "10.90", D(2026, 12, 16)),
    ])
    req = mail_date(2026, 11, 17, 9, 14, 5, "+0100", "Tue")
    human = """This is the mail system at host mx1.buyer.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<pardavimai@baltijosfolija.example>: host mx.baltijosfolija.example[193.219.71.45]
    said: 550 5.1.1 <pardavimai@baltijosfolija.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
"""
    dsn = f"""Reporting-MTA: dns; mx1.buyer.example
X-Postfix-Queue-ID: 4Ck2Qm1bHkz9tRg
X-Postfix-Sender: rfc822; sofie.lindqvist@buyer.example
Arrival-Date: {req}

Final-Recipient: rfc822; pardavimai@baltijosfolija.example
Original-Recipient: rfc822;pardavimai@baltijosfolija.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.baltijosfolija.example
Diagnostic-Code: smtp; 550 5.1.1 <pardavimai@baltijosfolija.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig_h = f"""Received: from app3.buyer.example (app3.buyer.example [10.20.0.13])
\tby mx1.buyer.example (Postfix) with ESMTPS id 4Ck2Qm1bHkz9tRg
\tfor <pardavimai@baltijosfolija.example>; Tue, 17 Nov 2026 09:14:06 +0100 (CET)
From: {buyer_addr(po)}
To: {s['name']} <{s['email']}>
Subject: {subj(po)}
Date: {req}
Message-ID: {po['request_message_id']}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
    report = multipart("report", [
        raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], human),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], dsn),
        raw_part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], orig_h),
    ], "4Ck2Qm1bHkz9tRg.1763367247/mx1.buyer.example", params="; report-type=delivery-status",
        preamble="This is a MIME-encapsulated message.")
    h = [("Date", "Tue, 17 Nov 2026 09:14:07 +0100 (CET)"),
         ("From", "MAILER-DAEMON@mx1.buyer.example (Mail Delivery System)"),
         ("Subject", "Undelivered Mail Returned to Sender"), ("To", po["buyer"]["email"]),
         ("Auto-Submitted", "auto-replied"), ("Message-Id", "<20261117081407.5A1F02C0123@mx1.buyer.example>")]
    eml = message(h, report)
    exp = expected("bounce", "Postfix DSN, 550 5.1.1 user unknown; only the original headers are returned.")
    return [po], eml, exp


@case("candles-weekday-dates-tbc-fr-be", "Belgian French webmail reply: 'le mardi 15 décembre' without year, a price per carton of 48 on a per-piece PO, and one line 'confirmed next week'.")
def c028():
    s = supplier("CWA", "Ciergerie Wallonne SA", "commandes@ciergerie-wallonne.example", "fr-BE")
    po = PO("4500771901", s, "lea", "2026-11-13", [
        L("CW-DIN-25-IV", "Dinner candle 25 cm ivory, carton of 48", 960, "EA", "0.34", D(2026, 12, 11, "Fri")),
        L("CW-PIL-60120-RD", "Pillar candle 60x120 mm red, carton of 48", 480, "EA", "1.12", D(2026, 12, 11)),
        L("CW-JAR-VAN-200", "Scented jar candle vanilla 200 g", 240, "EA", "3.85", D(2026, 12, 11)),
    ])
    assert price_per("16.32", 48) == "0.34" and weekday_of("2026-12-15") == "Tue"
    body = f"""Bonjour Madame Moreau,

Merci pour votre commande 4500771901. Voici notre confirmation :

- Bougies de table 25 cm ivoire : 20 cartons de 48 = 960 pièces, à 16,32 € le carton. Livraison le mardi 15 décembre.
- Bougies pilier 60x120 rouges : 10 cartons (480 pièces), 1,12 €/pièce. Livraison également le mardi 15 décembre.
- Bougies parfumées vanille 200 g : la production des pots est prévue fin novembre, nous vous confirmerons la date de livraison la semaine prochaine.

Nos bureaux seront fermés le 8 décembre (fête locale).

Bien à vous,

Sébastien Lambert
Ciergerie Wallonne SA – Service commercial
Rue de la Cire 4, 5000 Namur
+32 81 22 49 60

Le 2026-11-13 09:14, Lea Moreau a écrit :
{gt(request_text(po, "Dear Sir or Madam,", "lyon"))}
"""
    mid = f"<{hid('c028', n=32)}@ciergerie-wallonne.example>"
    h = headers("other", addr("Sébastien Lambert", "s.lambert@ciergerie-wallonne.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 17, 16, 25, 37, "+0100", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra=[("User-Agent", "Roundcube Webmail/1.6.9")])
    eml = message(h, text(body, charset="UTF-8", cte="8bit", params="; format=flowed", quote_charset=False))
    exp = expected("confirmation", "'le mardi 15 décembre' has no year -> 2026-12-15 (a Tuesday); 16,32 EUR per carton of 48 = "
                   "0.34/pc; vanilla jars 'confirmed next week' -> unconfirmed; 8 Dec is an office closure.",
                   [conf(po, {1: chg(po, 1, date="2026-12-15"), 2: chg(po, 2, date="2026-12-15"), 3: UNC})])
    return [po], eml, exp


@case("frozen-bakery-swiss-cartons", "Swiss German reply with apostrophe thousands (3'000 Stk), prices per carton of 60 on a per-piece PO (two of them higher), and a weekday date without year.")
def c029():
    s = supplier("BTZ", "Bäckerei-Tiefkühl AG", "bestellungen@baeckerei-tk.example", "de-CH")
    po = PO("4500771944", s, "jonas", "2026-11-16", [
        L("CRO-BUT-60", "Butter croissant 60 g, frozen, carton of 60", 3000, "EA", "0.45", D(2026, 12, 2, "Wed")),
        L("PRE-LAU-90", "Lye pretzel 90 g, frozen, carton of 60", 1800, "EA", "0.38", D(2026, 12, 2)),
        L("ROL-MG-80", "Multigrain roll 80 g, frozen, carton of 60", 2400, "EA", "0.29", D(2026, 12, 2)),
    ])
    assert price_per("27.00", 60) == "0.45" and price_per("23.40", 60) == "0.39" and price_per("18.00", 60) == "0.30"
    body = f"""Grüezi Herr Berger

Besten Dank für Ihre Bestellung 4500771944. Wir bestätigen gerne:

Buttergipfeli 60 g: 50 Kartons à 60 Stk (3'000 Stk), EUR 27.00 pro Karton
Laugenbrezel 90 g: 30 Kartons (1'800 Stk), EUR 23.40 pro Karton
Mehrkornbrötli 80 g: 40 Kartons (2'400 Stk), EUR 18.00 pro Karton

Die Preise für Brezel und Brötli haben wir per 1. November an die höheren Butter- und Mehlpreise angepasst.

Liefertermin für alles: Mittwoch, 2. Dezember, Kühl-LKW (-18 °C), Anlieferung 06:00-10:00 Uhr.

Freundliche Grüsse

Reto Baumgartner
Verkauf Innendienst
Bäckerei-Tiefkühl AG, Industriestrasse 40, 8604 Volketswil
+41 44 908 55 20

> Am 16.11.2026 um 09:14 schrieb Jonas Berger <jonas.berger@buyer.example>:
>
{gt(request_text(po, "Dear Sir or Madam,", "duisburg"))}
"""
    mid = msgid("apple", "c029", "baeckerei-tk.example")
    h = headers("apple", addr("Reto Baumgartner", "reto.baumgartner@baeckerei-tk.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 18, 7, 51, 19, "+0100", "Wed"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, text(body, charset="utf-8", cte="quoted-printable", quote_charset=False))
    exp = expected("confirmation", "3'000 = 3000 (Swiss thousands); per-carton prices /60: croissant 0.45 (as ordered), pretzel 0.39, "
                   "roll 0.30 (both up); 'Mittwoch, 2. Dezember' = 2026-12-02 as requested.",
                   [conf(po, {1: "acc", 2: chg(po, 2, price="0.39"), 3: chg(po, 3, price="0.30")})])
    return [po], eml, exp


@case("test-kits-question-he", "Hebrew right-to-left Outlook reply in windows-1255 asking which version (CE-IVD or RUO) we need before confirming.")
def c030():
    s = supplier("GDL", "Galil Diagnostics Ltd", "orders@galildx.example", "he-IL")
    po = PO("4500771977", s, "priya", "2026-11-16", [
        L("PCR-RFS-25", "Multiplex PCR kit RSV/Flu/SARS-CoV-2, 25 tests", 20, "KIT", "310.00", D(2026, 12, 11, "Fri")),
        L("STREP-A-25", "Strep A rapid test, kit of 25 tests", 60, "KIT", "42.00", D(2026, 12, 11)),
    ], currency="USD")
    reply = """שלום פריה,

תודה על ההזמנה 4500771977.

לפני שנוכל לאשר: האם אתם צריכים את ערכת ה-PCR בגרסת CE-IVD או בגרסת RUO (לשימוש מחקרי בלבד)? המחיר וזמן האספקה שונים בין הגרסאות.

לגבי Strep A אין בעיה, נאשר את שתי השורות יחד ברגע שנקבל את תשובתך.

בברכה,"""
    sig = """נועה לוי
שירות לקוחות | גליל דיאגנוסטיקה בע"מ
טל' 04-6902211"""
    sent = "Monday, November 16, 2026 10:14 AM"
    txt, html = outlook_reply(po, "en", reply, sent, subj(po), html_lang="HE", sig_text=sig, charset="windows-1255")
    html = html.replace('<div class="WordSection1">', '<div class="WordSection1" dir="rtl">', 1)
    mid = msgid("outlook", "c030", "")
    b = boundary("outlook", "c030")
    h = headers("outlook", addr("נועה לוי", "noa.levi@galildx.example", "windows-1255"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 17, 12, 40, 15, "+0200", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="he-IL")
    eml = message(h, multipart("alternative", [text(txt, charset="windows-1255"), text(html, "html", charset="windows-1255")], b))
    exp = expected("needs_review", "A question (CE-IVD or RUO version?) before any line is confirmed; both lines wait for our answer.")
    return [po], eml, exp


@case("cnc-tools-next-tuesday-ko", "Korean EUC-KR reply: minimum order quantity of 50 boxes of 10 inserts, box price, and only a ship day given as '다음 주 화요일' (next week's Tuesday) relative to the Date header.")
def c031():
    s = supplier("DHP", "대한정밀공구 주식회사", "export@daehanprecision.example", "ko-KR")
    po = PO("KSG-KR-26-0127", s, "priya", "2026-11-16", [
        L("KT-DR-D8.5-5D", "Carbide drill D8.5 5xD, internal coolant", 30, "EA", "44.20", D(2026, 12, 1, "Tue")),
        L("KT-EM-D12-Z4", "Carbide end mill D12 Z4, variable helix", 20, "EA", "52.80", D(2026, 12, 1)),
        L("KT-APKT1604", "Milling insert APKT 1604 PDER, box of 10", 300, "EA", "4.15", D(2026, 12, 1)),
    ], currency="USD")
    ship = D(2026, 11, 24, "Tue")
    assert price_per("41.50", 10) == "4.15"
    body = f"""Priya Natarajan 님께,

안녕하십니까. 대한정밀공구 해외영업팀 김민준입니다.
발주서 KSG-KR-26-0127 잘 받았습니다. 아래와 같이 확인드립니다.

1. KT-DR-D8.5-5D 초경 드릴 D8.5 5xD (내부 급유): 30개, 개당 USD 44.20
2. KT-EM-D12-Z4 초경 엔드밀 D12 4날: 20개, 개당 USD 52.80
3. KT-APKT1604 밀링 인서트 APKT 1604 PDER (10개입):
   최소 주문 수량이 50박스이므로 500개(50박스)로 변경하였습니다. 박스당 USD 41.50

출고일: 다음 주 화요일, DHL 특송으로 발송 예정입니다.
결제 조건: 선적 후 30일

감사합니다.
김민준 드림

대한정밀공구 주식회사 | 해외영업팀
경상남도 창원시 성산구 공단로 271
Tel. +82 55 289 4410

-----Original Message-----
From: "Priya Natarajan" <priya.natarajan@buyer.example>
To: <export@daehanprecision.example>
Sent: 2026-11-16 (월) 17:14:05
Subject: {subj(po)}

{request_text(po)}
"""
    mid = f"<{hid('c031', n=24)}@daehanprecision.example>"
    h = headers("other", addr("김민준", "mj.kim@daehanprecision.example", "euc-kr"), buyer_addr(po),
                ew("RE: " + subj(po) + " 확인", "euc-kr"), mail_date(2026, 11, 19, 10, 22, 5, "+0900", "Thu"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra=[("X-Mailer", "Daum Webmail")])
    eml = message(h, text(body, charset="euc-kr", cte="base64"))
    exp = expected("confirmation", "Mail of Thu 2026-11-19: '다음 주 화요일' = Tue 2026-11-24, a ship date only, so it is the date; "
                   "MOQ 50 boxes -> 500 inserts; USD 41.50/box of 10 = 4.15/pc (unchanged).",
                   [conf(po, {1: chg(po, 1, date=ship), 2: chg(po, 2, date=ship), 3: chg(po, 3, quantity=500, date=ship)})])
    return [po], eml, exp


@case("garden-soil-xlsx-ack-nl", "Dutch ERP mail with an XLSX order confirmation: dates stored as Excel serial numbers, own line numbers 10/20/30 and item codes, one pallet rounding.")
def c032():
    s = supplier("BZN", "Bodemzorg Nederland B.V.", "verkoop@bodemzorg.example", "nl-NL")
    po = PO("4500772010", s, "lea", "2026-11-16", [
        L("BZ-PG-40", "Potting soil professional, bag 40 l", 1200, "BAG", "2.60", D(2026, 12, 9, "Wed")),
        L("BZ-TA-BB", "Garden soil, big bag 1 m3", 25, "EA", "79.00", D(2026, 12, 9)),
        L("BZ-BM-70", "Bark mulch pine 10-40 mm, bag 70 l", 400, "BAG", "4.95", D(2026, 12, 9)),
    ])
    import datetime as _dt
    rows = [["Orderbevestiging", "", "", "", "", "", "", ""],
            ["Bodemzorg Nederland B.V.", "", "", "", "", "", "", ""],
            ["Ordernummer", 250118, "", "Uw inkooporder", "4500772010", "", "", ""],
            ["Orderdatum", ("date", _dt.date(2026, 11, 18)), "", "Klant", "Kestrel Supply Group (K10422)", "", "", ""],
            ["", "", "", "", "", "", "", ""],
            ["Regel", "Ons artikel", "Uw artikel", "Omschrijving", "Aantal", "Eenheid", "Prijs EUR", "Leverdatum"],
            [10, "PG40-PRO", "BZ-PG-40", "Potgrond professioneel 40 l", 1200, "zak", ("num2", 2.6), ("date", _dt.date(2026, 12, 9))],
            [20, "TA-BB1", "BZ-TA-BB", "Tuinaarde big bag 1 m3", 25, "st", ("num2", 79), ("date", _dt.date(2026, 12, 16))],
            [30, "BM-DEN-70", "BZ-BM-70", "Boomschors den 10-40 mm 70 l (pallet 35 zakken)", 420, "zak", ("num2", 4.95),
             ("date", _dt.date(2026, 12, 9))],
            ["", "", "", "", "", "", "", ""],
            ["Leveringsconditie: franco Rotterdam. Betaling 30 dagen netto. Aantallen afgerond op volle pallets.", "", "", "", "", "", "", ""]]
    xlsx = build_xlsx(rows, sheet_name="Orderbevestiging", stamp=(2026, 11, 18, 7, 30, 0), creator="Exact Globe",
                      date_fmt_id=14, col_widths=[8, 12, 12, 44, 8, 8, 10, 12])
    body = """Geachte heer/mevrouw,

Bijgaand ontvangt u de orderbevestiging 250118 voor uw inkooporder 4500772010.
Wij verzoeken u de bevestiging te controleren; afwijkingen graag binnen 2 werkdagen melden.

Met vriendelijke groet,

Bodemzorg Nederland B.V.
Afdeling Verkoop
Veenweg 12, 7751 SC Dalen
T +31 524 55 21 00

Dit bericht is automatisch verzonden vanuit ons ordersysteem.
"""
    b = boundary("other", "c032")
    h = headers("other", addr("Bodemzorg Verkoop", "noreply@bodemzorg.example"), buyer_addr(po),
                "Orderbevestiging 250118 - uw order 4500772010", mail_date(2026, 11, 18, 7, 31, 12, "+0100", "Wed"),
                f"<{hid('c032', n=20)}.exact@bodemzorg.example>", reply_to="verkoop@bodemzorg.example")
    eml = message(h, multipart("mixed", [text(body, charset="iso-8859-1"),
                                         attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                    "Orderbevestiging_250118.xlsx", xlsx)], b))
    exp = expected("confirmation", "XLSX: dates are serial numbers with a date format (46365 = 2026-12-09, 46372 = 2026-12-16); "
                   "rows 10/20/30 map by 'Uw artikel'; big bags 2026-12-16; bark mulch rounded to 420 bags (12 pallets of 35).",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2026-12-16"), 3: chg(po, 3, quantity=420)})])
    return [po], eml, exp


@case("valves-csv-order-acceptance-in", "Indian order acceptance as a CSV attachment: dd-mm-yyyy dates, own SO item numbers and codes, an MOQ increase, and a test-certificate remark.")
def c033():
    s = supplier("NFC", "Nashik Flow Controls Pvt. Ltd.", "exports@nashikflow.example", "en-IN")
    po = PO("KSG-IN-26-0064", s, "martin", "2026-11-13", [
        L("GLV-DN40-PN25", "Globe valve DN40 PN25, WCB, flanged", 16, "EA", "184.00", D(2026, 12, 31, "Thu")),
        L("BFV-DN150-PN16", "Butterfly valve DN150 PN16, lug type, CF8M disc", 10, "EA", "236.00", D(2026, 12, 31)),
        L("NRV-DN25-800", "Lift check valve DN25 class 800, A105, socket weld", 40, "EA", "39.50", D(2026, 12, 31)),
    ], currency="USD")
    csv = ("OA No,OA Date,Customer PO,SO Item,Our Item Code,Customer Item Code,Description,Qty,UOM,Unit Price (USD),"
           "Delivery Date,Remarks\r\n"
           'OA/NFC/26-27/1182,17-11-2026,KSG-IN-26-0064,10,NFC-GLB-40-25-WCB,GLV-DN40-PN25,"Globe Valve DN40 PN25 WCB, Flgd",'
           "16,NOS,184.00,31-12-2026,\r\n"
           'OA/NFC/26-27/1182,17-11-2026,KSG-IN-26-0064,20,NFC-BFL-150-16-LUG,BFV-DN150-PN16,"Butterfly Valve DN150 PN16 Lug, CF8M Disc",'
           "10,NOS,236.00,15-01-2027,Disc casting from outside foundry\r\n"
           'OA/NFC/26-27/1182,17-11-2026,KSG-IN-26-0064,30,NFC-LCV-25-800-SW,NRV-DN25-800,"Lift Check Valve DN25 Class 800 A105 SW",'
           "50,NOS,39.50,31-12-2026,MOQ 50 Nos\r\n")
    body = """Dear Sir,

Greetings from Nashik Flow Controls!

With reference to your above PO, please find attached our Order Acceptance OA/NFC/26-27/1182 dated 17-11-2026 for your kind perusal.

Kindly note:
1) Test certificates as per EN 10204 3.1 will be dated as per dispatch.
2) Delivery dates are ex-works Nashik + sea freight to Rotterdam, i.e. dates mentioned are CIF Rotterdam arrival dates.
3) Payment: 30% advance, balance against BL copy.

Total order value USD 7,279.00.

Thanks & Regards,
Sandeep Kulkarni
Manager - Exports
Nashik Flow Controls Pvt. Ltd.
Plot No. F-14, MIDC Ambad, Nashik 422010, Maharashtra, India
Mob: +91 98220 41187
"""
    assert 16 * Decimal("184") + 10 * Decimal("236") + 50 * Decimal("39.50") == Decimal("7279.00")
    b = boundary("other", "c033")
    mid = msgid("gmail", "c033", "")
    h = headers("gmail", addr("Sandeep Kulkarni", "sandeep.k@nashikflow.example"), buyer_addr(po),
                "Order Acceptance OA/NFC/26-27/1182 against your PO No. KSG-IN-26-0064",
                mail_date(2026, 11, 17, 16, 48, 30, "+0530", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, multipart("mixed", [multipart("alternative", [text(body), text(simple_html(body), "html")],
                                                   boundary("gmail", "c033a")),
                                         attachment("text/csv", "OA_NFC_26-27_1182.csv", csv.encode("utf-8"))], b))
    exp = expected("confirmation", "CSV: SO items 10/20/30 map via Customer Item Code; dd-mm-yyyy; line 2 delivery 15-01-2027; "
                   "line 3 MOQ 50 instead of 40. The '26-27' in the OA number is a fiscal year, not a date.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-15"), 3: chg(po, 3, quantity=50)})])
    return [po], eml, exp


@case("valves-sap-pdf-kw-per-10-de", "German SAP order-confirmation PDF: KW 51/2026 and KW 02/2027 delivery weeks stated as ex-works ship dates, a price per 10 pieces written '1.280,00 EUR / 10 St'.")
def c034():
    s = supplier("AWR", "Armaturenwerk Rheinland GmbH", "vertrieb@armaturenwerk-rheinland.example", "de-DE")
    po = PO("4500772055", s, "jonas", "2026-11-17", [
        L("AK-DN200-PN10", "Butterfly valve DN 200 PN 10, EPDM, lever", 6, "EA", "412.00", D(2026, 12, 18, "Fri")),
        L("KH-DN25-PN63", 'Ball valve DN 25 PN 63, 1.4408, 1" NPT', 40, "EA", "61.30", D(2026, 12, 18)),
        L("SF-DN80-PN16", "Y-strainer DN 80 PN 16, GJS-400, flanged", 12, "EA", "128.00", D(2026, 12, 18)),
    ])
    assert kwfri(2026, 51) == "2026-12-18" and kwfri(2027, 2) == "2027-01-15"
    cols = [(50, "Pos."), (80, "Material / Ihre Mat.-Nr."), (290, "Menge"), (335, "ME"), (365, "Preis"), (460, "Liefertermin")]
    rows = [["10", "100-4471-200 / AK-DN200-PN10", "6", "St", "412,00 EUR / 1 St", "KW 51/2026"],
            ["20", "230-0925-063 / KH-DN25-PN63", "40", "St", "61,30 EUR / 1 St", "KW 02/2027"],
            ["30", "310-8080-016 / SF-DN80-PN16", "12", "St", "1.280,00 EUR / 10 St", "KW 51/2026"]]
    sub = {0: ["Absperrklappe DN 200 PN 10, EPDM, Handhebel"], 1: ["Kugelhahn DN 25 PN 63, 1.4408, 1\" NPT, Werkszeugnis 3.1"],
           2: ["Schmutzfaenger DN 80 PN 16, EN-GJS-400-15, Flansch EN 1092-2"]}
    pdf = table_doc("Auftragsbestätigung 71004512", [
        "Armaturenwerk Rheinland GmbH", "Industriestraße 88, 41460 Neuss", "Tel. +49 2131 7702-0  |  USt-IdNr. DE 119 044 782"], [
        ("Auftragsbestätigung", "71004512"), ("Datum", "19.11.2026"), ("Kunde", "Kestrel Supply Group GmbH, 47059 Duisburg"),
        ("Ihre Bestellung", "4500772055 vom 17.11.2026"), ("Lieferbedingung", "FCA Neuss (Incoterms 2020)"),
        ("Zahlungsbedingung", "14 Tage 2 % Skonto, 30 Tage netto")],
        cols, rows, notes=[
            "Die angegebenen Liefertermine sind Versandtermine ab Werk.",
            "Nettowert gesamt: 6.460,00 EUR zzgl. MwSt.",
            "Es gelten unsere Allgemeinen Verkaufsbedingungen, Stand 01.2026."],
        footer=["Armaturenwerk Rheinland GmbH - Sitz Neuss - Amtsgericht Neuss HRB 8812 - Geschaeftsfuehrer: Dr. K. Hessler"],
        subrows=sub, info=dict(title="Auftragsbestaetigung 71004512", producer="SAP NetWeaver 7.50",
                               created="20261119061512+01'00'"))
    assert 6 * Decimal("412") + 40 * Decimal("61.30") + 12 * Decimal("128") == Decimal("6460.00")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 71004512 zu Ihrer Bestellung 4500772055.

Bitte prüfen Sie die Auftragsbestätigung und teilen Sie uns Abweichungen umgehend mit.

Mit freundlichen Grüßen
Armaturenwerk Rheinland GmbH
Vertriebsinnendienst

Diese E-Mail wurde automatisch erstellt.
"""
    b = boundary("other", "c034")
    h = headers("other", addr("Armaturenwerk Rheinland Vertrieb", "sap-output@armaturenwerk-rheinland.example"), buyer_addr(po),
                "Auftragsbestätigung 71004512 zu Bestellung 4500772055",
                mail_date(2026, 11, 19, 6, 15, 40, "+0100", "Thu"), f"<{hid('c034', n=26, upper=True)}@sap.armaturenwerk-rheinland.example>",
                extra=[("X-Mailer", "SAP NetWeaver 7.50")])
    subj_enc = ew("Auftragsbestätigung 71004512 zu Bestellung 4500772055", "iso-8859-1", "Q")
    h = [(k, subj_enc if k == "Subject" else v) for k, v in h]
    eml = message(h, multipart("mixed", [text(body, charset="iso-8859-1"),
                                         attachment("application/pdf", "AB_71004512.pdf", pdf)], b))
    exp = expected("confirmation", "PDF positions 10/20/30 map via 'Ihre Mat.-Nr.'; KW 51/2026 = Fri 2026-12-18 (as requested), "
                   "KW 02/2027 = Fri 2027-01-15 (ship dates only, so they are the dates); 1.280,00 EUR / 10 St = 128.00/pc.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-15"), 3: "acc"})])
    return [po], eml, exp


@case("ballast-forwarded-planning-chain-uk", "UK sales rep forwards the internal planning thread: an older internal plan (27/11, 1,500 t) is superseded by a split 800 t Fri 4 Dec + 700 t Wed 16 Dec.")
def c035():
    s = supplier("PRA", "Pennine Rail Aggregates Ltd", "sales@penninerail.example", "en-GB")
    po = PO("KSG-UK-26-0321", s, "martin", "2026-11-16", [
        L("PRA-BAL-3150", "Track ballast 31.5/50 mm, NR/L2/TRK/2102 grade", 1500, "TNE", "21.80", D(2026, 12, 4, "Fri")),
        L("PRA-SBL-040", "Sub-ballast Type 1, 0/40 mm", 600, "TNE", "14.10", D(2026, 12, 4)),
    ], currency="GBP")
    assert weekday_of("2026-12-16") == "Wed"
    top = """Hi Martin,

See below from our planning team. Net result for your PO KSG-UK-26-0321: ballast in two drops, 800 t on Fri 4th Dec and the remaining 700 t on Wed 16th Dec. Sub-ballast, all 600 t on the 4th. Prices as per your order.

Sorry we can't do it all in one go - the loading shovel at Shap is out until the 10th.

Regards,
Tom Ashworth
Sales Manager | Pennine Rail Aggregates Ltd
07700 900 431"""
    fwd = f"""---------- Forwarded message ---------
From: Gareth Lloyd <g.lloyd@penninerail.example>
Date: Wed, 18 Nov 2026 at 16:02
Subject: RE: Kestrel ballast KSG-UK-26-0321
To: Tom Ashworth <t.ashworth@penninerail.example>


Tom,

Scrap what I said on Monday about 27/11 for the whole 1,500 t - shovel is down until 10/12.
Best I can do: 800 t Fri 04/12 and the other 700 t Wed 16/12.
Type 1 is fine, 600 t on 04/12 with the first drop.

Gareth
Planning, Shap Quarry

-----Original Message-----
From: Tom Ashworth <t.ashworth@penninerail.example>
Sent: 16 November 2026 10:31
To: Gareth Lloyd <g.lloyd@penninerail.example>
Subject: Kestrel ballast KSG-UK-26-0321

Gareth, Kestrel want 1,500 t ballast + 600 t Type 1 for 04/12. Can we do it? You mentioned 27/11 for the lot last week.
Tom

-----Original Message-----
From: {po['buyer']['name']} <{po['buyer']['email']}>
Sent: 16 November 2026 09:14
To: Pennine Rail Aggregates Ltd <sales@penninerail.example>
Subject: {subj(po)}

{request_text(po, 'Dear Sir or Madam,', 'leeds', 'dmy/')}
"""
    body = top + "\n\n" + fwd
    mid = msgid("gmail", "c035", "")
    b = boundary("gmail", "c035")
    h = headers("gmail", addr("Tom Ashworth", "t.ashworth@penninerail.example"), buyer_addr(po),
                "Fwd: RE: Kestrel ballast KSG-UK-26-0321", mail_date(2026, 11, 19, 8, 12, 55, "+0000", "Thu"), mid,
                references=po["request_message_id"])
    eml = message(h, multipart("alternative", [text(body), text(simple_html(body), "html")], b))
    exp = expected("confirmation", "Forwarded internal chain: the older '27/11 for the lot' and our 04/12 need-by are not the answer; "
                   "ballast 800 t on 2026-12-04 + 700 t on 2026-12-16; sub-ballast 600 t on 2026-12-04 as ordered.",
                   [conf(po, {1: chg(po, 1, schedule=[(800, "2026-12-04"), (700, "2026-12-16")]), 2: "acc"})])
    return [po], eml, exp


@case("insulation-contradictory-no", "Norwegian reply whose text says 'confirmed as ordered, week 50' while the table below it gives other quantities and a January date.")
def c036():
    s = supplier("ISN", "Isolasjon Nord AS", "ordre@isolasjonnord.example", "nb-NO")
    po = PO("4500772090", s, "sofie", "2026-11-17", [
        L("IN-GU-100", "Glass wool slab 100 mm, 565x1170 mm, pack 5.29 m2", 60, "PK", "38.40", D(2026, 12, 11, "Fri")),
        L("IN-GU-150", "Glass wool slab 150 mm, 565x1170 mm, pack 3.30 m2", 40, "PK", "36.90", D(2026, 12, 11)),
    ])
    reply = """Hei Sofie,

Takk for ordren. Den er bekreftet som bestilt, levering uke 50.

Linje | Vare | Antall | Pris | Levering
1 | Glassull 100 mm | 64 pk | 38,40 | 15.01.2027
2 | Glassull 150 mm | 40 pk | 36,90 | 15.01.2027

Med vennlig hilsen
Ola Brekke
Isolasjon Nord AS, Salg
Tlf. 75 50 33 10"""
    q = request_text(po)
    txt = reply + "\n\n" + outlook_header_text("nb", f"{po['buyer']['name']} <{po['buyer']['email']}>",
                                              "tirsdag 17. november 2026 09:14", f"{s['name']} <{s['email']}>", subj(po)) + "\n\n" + q + "\n"
    mid = msgid("outlook", "c036", "")
    b = boundary("outlook", "c036")
    _, html = outlook_reply(po, "nb", reply, "tirsdag 17. november 2026 09:14", subj(po), html_lang="NB")
    h = headers("outlook", addr("Ola Brekke", "ola.brekke@isolasjonnord.example"), buyer_addr(po),
                "SV: " + subj(po), mail_date(2026, 11, 18, 13, 3, 27, "+0100", "Wed"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="nb-NO")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("needs_review", "Contradiction: text says 'as ordered, week 50' (2026-12-11) but the table gives 64 packs and "
                   "15.01.2027; a careful buyer has to ask which is right.")
    return [po], eml, exp


@case("olive-oil-conditional-6pct-el", "Greek reply that would confirm only if we accept a 6% price increase for the new harvest: conditional, not yet a commitment.")
def c037():
    s = supplier("KRE", "Κρητικό Ελαιόλαδο Α.Ε.", "orders@cretan-oil.example", "el-GR")
    po = PO("4500772121", s, "sofie", "2026-11-17", [
        L("KRE-EVOO-5L", "Extra virgin olive oil Koroneiki, tin 5 l", 320, "TIN", "41.20", D(2027, 1, 15, "Fri")),
        L("KRE-EVOO-3L", "Extra virgin olive oil Koroneiki, tin 3 l", 160, "TIN", "26.10", D(2027, 1, 15)),
    ])
    reply = """Αγαπητή κα Lindqvist,

Σας ευχαριστούμε για την παραγγελία 4500772121.

Λόγω της νέας σοδειάς 2026/27 οι τιμές παραγωγού έχουν αυξηθεί σημαντικά. Μπορούμε να επιβεβαιώσουμε την παραγγελία (80 κιβώτια των 4 τενεκέδων 5 λίτρων και 40 κιβώτια των 4 τενεκέδων 3 λίτρων) με παράδοση στις 15/01/2027, υπό την προϋπόθεση ότι αποδέχεστε αύξηση τιμής 6%.

Παρακαλούμε επιβεβαιώστε μας εγγράφως και θα σας στείλουμε αμέσως την επιβεβαίωση παραγγελίας.

Με εκτίμηση,"""
    sig = """Γιώργος Παπαδάκης
Τμήμα Εξαγωγών
Κρητικό Ελαιόλαδο Α.Ε. - Βιομηχανική Περιοχή Ηρακλείου
Τηλ. +30 2810 382 140"""
    txt, html = outlook_reply(po, "el", reply, "Τρίτη, 17 Νοεμβρίου 2026 10:14 πμ", subj(po), html_lang="EL",
                              sig_text=sig, charset="iso-8859-7")
    mid = msgid("outlook", "c037", "")
    b = boundary("outlook", "c037")
    h = headers("outlook", addr("Γιώργος Παπαδάκης", "g.papadakis@cretan-oil.example", "iso-8859-7"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 19, 12, 27, 4, "+0200", "Thu"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="el-GR")
    eml = message(h, multipart("alternative", [text(txt, charset="iso-8859-7"), text(html, "html", charset="iso-8859-7")], b))
    exp = expected("needs_review", "Conditional: they would confirm 15/01/2027 only if we accept +6%, and ask for our written OK "
                   "before sending the confirmation. No commitment yet.")
    return [po], eml, exp


@case("textiles-ticket-autoack-ca", "Help-desk auto-acknowledgement ('Request #48213 received') threaded on our request, with a ticket number and SLA hours that look like data.")
def c038():
    s = supplier("MLM", "Maple Leaf Medical Textiles Inc.", "orders@mapleleafmedtex.example", "en-CA")
    po = PO("4500772140", s, "dana", "2026-11-18", [
        L("MLM-GWN-ISO-L", "Isolation gown level 2, size L, box of 10", 1200, "EA", "2.85", D(2026, 12, 18, "Fri")),
        L("MLM-SHT-FIT-S", "Fitted sheet single 90x200, cotton/poly", 600, "EA", "5.40", D(2026, 12, 18)),
    ], currency="USD")
    body = f"""##- Please type your reply above this line -##

Your request (48213) has been received and is being reviewed by our Customer Care team.

To add additional comments, reply to this email.

Our team answers order enquiries within 24 business hours (Mon-Fri, 8:00-17:00 ET).

----------------------------------------------

{po['buyer']['name']}, Nov 18, 2026, 3:14 AM EST

{request_text(po)}

----------------------------------------------
This email is a service from Maple Leaf Medical Textiles Customer Care.
[9W2K5R-JQ7X]
"""
    html = simple_html(body)
    b = boundary("other", "c038")
    h = headers("other", addr("Maple Leaf Medical Textiles Customer Care", "support@mapleleafmedtex.example"), buyer_addr(po),
                f"[Maple Leaf Medical] Re: {subj(po)}", mail_date(2026, 11, 18, 3, 14, 49, "-0500", "Wed"),
                "<9W2K5R-JQ7X_6f5c2a1e8b0b4_sprut@zendesk.mapleleafmedtex.example>",
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                       ("X-Zendesk-From-Account-Id", "9f1a2c3"), ("Precedence", "bulk")])
    eml = message(h, multipart("alternative", [text(body), text(html, "html")], b))
    exp = expected("auto_reply", "Ticket-system acknowledgement (Auto-Submitted: auto-generated); quotes our own request with its need-by dates.")
    return [po], eml, exp


@case("pet-food-ooo-es-mx", "Mexican Spanish out-of-office with a return date 'lunes 23 de noviembre' and an alternative contact.")
def c039():
    s = supplier("AMX", "Alimentos para Mascotas del Bajío S.A. de C.V.", "ventas@mascotasbajio.example", "es-MX")
    po = PO("KSG-MX-26-0033", s, "dana", "2026-11-17", [
        L("AMB-PERRO-12", "Dog food adult beef, bag 12 kg", 600, "BAG", "17.40", D(2027, 1, 15, "Fri")),
    ], currency="USD")
    body = """Gracias por su correo.

Me encuentro fuera de la oficina por vacaciones y regreso el lunes 23 de noviembre. Durante mi ausencia no tendré acceso a mi correo.

Para pedidos y cotizaciones favor de comunicarse con Lic. Mariana Torres al (477) 710 4455 o a ventas2@mascotasbajio.example.

Saludos cordiales,
Luis Alberto Gómez
Ventas Exportación"""
    mid = msgid("outlook-us", "c039", "")
    b = boundary("outlook", "c039")
    h = headers("outlook-us", addr("Luis Alberto Gómez", "lagomez@mascotasbajio.example"), buyer_addr(po),
                "Respuesta automática: " + subj(po), mail_date(2026, 11, 17, 2, 15, 3, "-0600", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="es-MX",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    eml = message(h, multipart("alternative", [text(body, charset="iso-8859-1"),
                                               text(paras_html(body), "html", charset="iso-8859-1")], b))
    exp = expected("auto_reply", "Out-of-office ('Respuesta automática') with a return date; no answer to the PO.")
    return [po], eml, exp


@case("connectors-invoice-other-po-bg", "Bulgarian invoice mail in windows-1251 for a different, earlier PO of the same supplier, with due dates and amounts.")
def c040():
    s = supplier("BKT", "Български Контакти ООД", "office@bgcontacts.example", "bg-BG")
    po = PO("4500772166", s, "priya", "2026-11-18", [
        L("BK-TB-5.08-2P", "Terminal block 5.08 mm pitch, 2P, screw, green", 5000, "EA", "0.118", D(2026, 12, 15, "Tue")),
        L("BK-PH-2.54-40", "Pin header 2.54 mm, 1x40, straight", 3000, "EA", "0.064", D(2026, 12, 15)),
    ])
    body = """Здравейте,

Приложено Ви изпращаме фактура № 0000004518 от 19.11.2026 г. към Ваша поръчка 4500769901 (доставена на 16.11.2026 г.).

Сума за плащане: 1 482,60 EUR
Падеж: 19.12.2026 г.
IBAN: BG80 BNBG 9661 1020 3456 78

Моля, потвърдете получаването.

Поздрави,
Десислава Петрова
Счетоводство
Български Контакти ООД, гр. Пловдив, ул. „Кукленско шосе“ 17
тел. +359 32 960 441
"""
    inv = table_doc("INVOICE / FAKTURA No 0000004518", [
        "Bulgarski Kontakti OOD", "17 Kuklensko shose, 4004 Plovdiv, Bulgaria", "VAT BG 204 118 372"], [
        ("Invoice date", "19.11.2026"), ("Your order", "4500769901"), ("Delivery note", "DN 2026-3310 / 16.11.2026"),
        ("Due date", "19.12.2026")], [(50, "No"), (80, "Item"), (300, "Qty"), (360, "Unit price"), (450, "Amount EUR")],
        [["1", "Terminal block 3.81 mm 4P", "6000", "0.1450", "870.00"],
         ["2", "IDC connector 2x10, 2.54 mm", "2000", "0.3063", "612.60"]],
        notes=["Total: 1 482.60 EUR (reverse charge, art. 196 Directive 2006/112/EC)"],
        info=dict(title="Invoice 0000004518", producer="Microinvest Delta Pro"))
    b = boundary("other", "c040")
    h = headers("other", addr("Десислава Петрова", "accounting@bgcontacts.example", "windows-1251"), buyer_addr(po),
                ew("Фактура № 0000004518 / поръчка 4500769901", "windows-1251"),
                mail_date(2026, 11, 19, 14, 2, 11, "+0200", "Thu"), f"<{hid('c040', n=22)}@bgcontacts.example>",
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = message(h, multipart("mixed", [text(body, charset="windows-1251", cte="quoted-printable"),
                                         attachment("application/pdf", "Faktura_0000004518.pdf", inv)], b))
    exp = expected("unrelated", "Invoice for PO 4500769901 (not the open PO 4500772166); due dates and amounts are not a confirmation.")
    return [po], eml, exp


@case("candles-per-piece-on-carton-po-vi", "Vietnamese Gmail reply: prices per candle on a PO priced per carton of 48, '7.200 cây' with a dot for thousands, one discontinued item and a vessel departure date.")
def c041():
    s = supplier("NSG", "Công ty TNHH Nến Sài Gòn", "export@saigoncandle.example", "vi-VN")
    po = PO("KSG-VN-26-0088", s, "lea", "2026-11-18", [
        L("NSG-PIL-50100-W", "Pillar candle 50x100 mm white, carton of 48", 150, "CT", "12.96", D(2027, 1, 8, "Fri")),
        L("NSG-CUP-8H-RD", "Cup candle red 8 h, carton of 48", 100, "CT", "15.36", D(2027, 1, 8)),
        L("NSG-JAR-LAV", "Scented candle lavender in glass, carton of 24", 60, "CT", "28.80", D(2027, 1, 8)),
    ], currency="USD")
    assert Decimal("0.27") * 48 == Decimal("12.96") and Decimal("0.33") * 48 == Decimal("15.84")
    reply = """Chào chị Lea,

Cảm ơn chị đã gửi đơn hàng KSG-VN-26-0088. Bên em xác nhận như sau:

1. Nến trụ 50x100 trắng: 150 thùng (7.200 cây), đơn giá 0,27 USD/cây, giao hàng tại Rotterdam ngày 08/01/2027.
2. Nến ly đỏ 8 giờ: 100 thùng (4.800 cái), đơn giá 0,33 USD/cái do giá sáp paraffin tăng, giao hàng ngày 15/01/2027.
3. Nến thơm lavender ly thủy tinh: mẫu này bên em đã ngừng sản xuất, rất tiếc không thể cung cấp.

Tàu dự kiến khởi hành từ cảng Cát Lái ngày 28/11/2026.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Xuất khẩu - Công ty TNHH Nến Sài Gòn
ĐT: +84 28 3750 2214"""
    attr = "Vào Th 4, 18 thg 11, 2026 vào lúc 15:14 Lea Moreau <lea.moreau@buyer.example> đã viết:"
    q = request_text(po)
    txt = reply + "\n\n" + attr + "\n\n" + gt(q) + "\n"
    mid = msgid("gmail", "c041", "")
    b = boundary("gmail", "c041")
    h = headers("gmail", addr("Nguyễn Thị Thu Hà", "thuha.nguyen@saigoncandle.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 20, 9, 41, 17, "+0700", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, multipart("alternative", [text(txt, charset="UTF-8", cte="base64", quote_charset=False),
                                               text(gmail_html(reply, attr, q), "html", charset="UTF-8", cte="base64",
                                                    quote_charset=False)], b))
    exp = expected("confirmation", "Per-piece prices x 48 = per carton: 0.27 -> 12.96 (as ordered), 0.33 -> 15.84 (up) with "
                   "15/01/2027; lavender discontinued -> rejected; 28/11/2026 is the vessel departure.",
                   [conf(po, {1: "acc", 2: chg(po, 2, price="15.84", date="2027-01-15"), 3: REJ})])
    return [po], eml, exp


@case("petfood-thai-buddhist-year", "Thai reply in TIS-620 with Buddhist-era dates ('22 ม.ค. 2570' = 22 Jan 2027), a per-pouch price on a per-carton PO, a vessel date and a quote validity in BE years.")
def c042():
    s = supplier("SPF", "บริษัท สยามเพ็ทฟู้ด จำกัด", "export@siampetfood.example", "th-TH")
    po = PO("KSG-TH-26-0051", s, "sofie", "2026-11-18", [
        L("SPF-CAT-TUNA-12", "Cat food dry, tuna, bag 12 kg", 400, "BAG", "22.40", D(2027, 1, 22, "Fri")),
        L("SPF-POUCH-85", "Cat wet food pouch 85 g, carton of 48", 500, "CT", "14.40", D(2027, 1, 22)),
    ], currency="USD")
    assert Decimal("0.30") * 48 == Decimal("14.40") and 2570 - 543 == 2027
    body = f"""เรียน คุณ Sofie Lindqvist

ขอบคุณสำหรับใบสั่งซื้อเลขที่ KSG-TH-26-0051 ทางบริษัทฯ ขอยืนยันรายละเอียดดังนี้

1. อาหารแมวชนิดเม็ด รสทูน่า ถุง 12 กก. จำนวน 400 ถุง ราคา 22.40 USD/ถุง
   กำหนดส่งถึงท่าเรือรอตเตอร์ดัม 22 ม.ค. 2570
2. อาหารแมวชนิดเปียก ซอง 85 กรัม จำนวน 500 ลัง (ลังละ 48 ซอง) ราคา 0.30 USD/ซอง
   กำหนดส่งถึงท่าเรือรอตเตอร์ดัม 29 ม.ค. 2570

เรือออกจากท่าเรือแหลมฉบัง วันที่ 15 ธ.ค. 2569
ราคาตามใบเสนอราคา QT-2569/311 มีผลถึง 31 ธ.ค. 2569

ขอแสดงความนับถือ
สมชาย วงศ์สวัสดิ์
ฝ่ายขายต่างประเทศ
บริษัท สยามเพ็ทฟู้ด จำกัด
โทร. +66 2 813 4470

-----Original Message-----
From: Sofie Lindqvist <sofie.lindqvist@buyer.example>
Sent: Wednesday, November 18, 2026 3:14 PM
Subject: {subj(po)}

{request_text(po)}
"""
    mid = msgid("outlook-ap", "c042", "")
    h = headers("other", addr("สมชาย วงศ์สวัสดิ์", "somchai.w@siampetfood.example", "tis-620"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 20, 11, 30, 0, "+0700", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    eml = message(h, text(body, charset="tis-620", cte="quoted-printable"))
    exp = expected("confirmation", "Buddhist era: 2570 = 2027, 2569 = 2026. Line 1 arrives 22 Jan 2027 as requested; pouches 0.30 x 48 "
                   "= 14.40 per carton (as ordered) arriving 2027-01-29; 15 Dec 2569 is the vessel departure, 31 Dec 2569 a "
                   "quote validity.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-29")})])
    return [po], eml, exp


@case("alufoil-partial-quantity-id", "Indonesian reply: only 810 of 1,200 rolls can be made (135 cartons of 6), the remainder is dropped; ETD and ETA both given.")
def c043():
    s = supplier("AFP", "PT Aluindo Foil Perkasa", "sales@aluindofoil.example", "id-ID")
    po = PO("4500772199", s, "martin", "2026-11-18", [
        L("AFP-HH-30-8", "Household foil 30 cm x 8 m, roll, carton of 6", 1200, "ROL", "0.95", D(2027, 1, 15, "Fri")),
        L("AFP-CAT-45-150", "Catering foil 45 cm x 150 m, 14 µm, roll", 240, "ROL", "13.20", D(2027, 1, 15)),
    ], currency="USD")
    reply = """Selamat siang Pak Martin,

Terima kasih atas PO 4500772199. Dengan ini kami konfirmasi:

1. Household foil 30 cm x 8 m: bahan baku kami hanya cukup untuk 810 roll (135 karton @ 6 roll). Sisa 390 roll tidak dapat kami penuhi. Harga tetap USD 0,95/roll.
2. Catering foil 45 cm x 150 m, 14 mikron: 240 roll, USD 13,20/roll, sesuai PO.

ETD Surabaya 11 Desember 2026, ETA Rotterdam 15 Januari 2027.
Pembayaran: T/T 30 hari setelah B/L.

Salam,
Dewi Lestari
Marketing Ekspor
PT Aluindo Foil Perkasa
Jl. Rungkut Industri III No. 21, Surabaya 60293
Telp. +62 31 843 2270"""
    txt, html = outlook_reply(po, "en", reply, "Wednesday, November 18, 2026 3:14 PM", subj(po), html_lang="IN")
    mid = msgid("outlook-ap", "c043", "")
    b = boundary("outlook", "c043")
    h = headers("outlook-ap", addr("Dewi Lestari", "dewi.lestari@aluindofoil.example"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 19, 13, 5, 48, "+0700", "Thu"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="id-ID")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("confirmation", "Line 1 reduced to 810 rolls (rest not supplied), price and ETA Rotterdam 15 Jan 2027 as ordered; "
                   "ETD 11 Dec is a ship date, the ETA (delivery) wins; line 2 as ordered.",
                   [conf(po, {1: chg(po, 1, quantity=810), 2: "acc"})])
    return [po], eml, exp


@case("schoolbooks-print-koi8u-ua", "Ukrainian KOI8-U reply from a book printer: ISBNs full of digits, ship and delivery dates, and a '+5 %' paper surcharge stated without the new price.")
def c044():
    s = supplier("DPO", "ТОВ «Друкарня Поділля»", "orders@drukarnia-podillia.example", "uk-UA")
    po = PO("PO-UA-26-0019", s, "lea", "2026-11-16", [
        L("978-617-09-4411-2", "Workbook English A2, 96 pp, softcover", 3000, "EX", "2.35", D(2027, 1, 29, "Fri")),
        L("978-617-09-4420-4", "Reader 'Short stories' B1, 128 pp, softcover", 1500, "EX", "3.10", D(2027, 1, 29)),
    ])
    new2 = pct("3.10", 5)
    assert new2 == "3.255"
    body = f"""Добрий день, пані Моро!

Дякуємо за замовлення PO-UA-26-0019. Підтверджуємо:

1. Робочий зошит English A2 (ISBN 978-617-09-4411-2): 3 000 прим., 2,35 EUR/прим.
   Відвантаження 15.01.2027, доставка до Ліона 22.01.2027.

2. Книга для читання B1 (ISBN 978-617-09-4420-4): 1 500 прим.
   Через подорожчання паперу ціна зростає на 5 %. Доставка 29.01.2027.

Оплата: 50 % передоплата, 50 % після відвантаження.

З повагою,
Оксана Мельник
менеджер з експорту
ТОВ "Друкарня Поділля", м. Вінниця
+380 432 55 18 20

> {po['buyer']['name']} <{po['buyer']['email']}> писав(ла) 16.11.2026 о 09:14:
{gt(request_text(po, 'Dear Sir or Madam,', 'lyon'))}
"""
    mid = f"<{hid('c044', n=18)}.{hid('c044b', n=8)}@mail.drukarnia-podillia.example>"
    h = headers("thunderbird", addr("Оксана Мельник", "o.melnyk@drukarnia-podillia.example", "koi8-u"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 19, 15, 12, 33, "+0200", "Thu"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="uk")
    eml = message(h, text(body, charset="koi8-u", cte="8bit", quote_charset=False))
    exp = expected("confirmation", "Line 1 delivery 22.01.2027 (shipment 15.01 is only the ship date); line 2 +5 % on 3.10 = 3.255; "
                   "ISBN digits and the 50 % prepayment are not quantities or prices.",
                   [conf(po, {1: chg(po, 1, date="2027-01-22"), 2: chg(po, 2, price=new2)})])
    return [po], eml, exp


@case("textiles-dispatch-other-order-hr", "Croatian dispatch notice (windows-1250) for an earlier order of the same supplier, with tracking, dates and quantities, while our PO is open.")
def c045():
    s = supplier("TVZ", "Tekstil Varaždin d.o.o.", "prodaja@tekstil-varazdin.example", "hr-HR")
    po = PO("4500772210", s, "dana", "2026-11-17", [
        L("TV-JAST-5070", "Pillow 50x70 cm, hollow fibre, washable 95 C", 400, "EA", "7.90", D(2026, 12, 14, "Mon")),
        L("TV-POPL-140", "Duvet cover 140x200 cm, white", 400, "EA", "8.60", D(2026, 12, 14)),
    ])
    body = """Poštovana gospođo Ruiz,

obavještavamo Vas da je roba po Vašoj narudžbi 4500769450 otpremljena.

Otpremnica br.: OTP-26-1187
Datum otpreme: 19.11.2026.
Očekivana isporuka: 24.11.2026.
Prijevoznik: DHL Freight, broj za praćenje 7741 0392 5518
Sadržaj: 30 kartona - ručnici 70x140 cm (360 kom), posteljina 160x200 cm (120 kom)

Srdačan pozdrav,
Ivana Horvat
Logistika
Tekstil Varaždin d.o.o., Optujska 101, 42000 Varaždin
tel. +385 42 330 118
"""
    b = boundary("outlook", "c045")
    mid = msgid("outlook", "c045", "")
    h = headers("outlook", addr("Ivana Horvat", "logistika@tekstil-varazdin.example"), buyer_addr(po),
                "Obavijest o otpremi - narudžba 4500769450", mail_date(2026, 11, 19, 13, 44, 9, "+0100", "Thu"), mid, lang="hr-HR")
    eml = message(h, multipart("alternative", [text(body, charset="windows-1250"),
                                               text(paras_html(body), "html", charset="windows-1250")], b))
    exp = expected("unrelated", "Shipping notice for order 4500769450, not the open PO 4500772210.")
    return [po], eml, exp


@case("filament-one-of-two-pos-lv", "Latvian reply answering one of two open POs (the other is not mentioned), with dates written '2026. gada 18. decembrī'.")
def c046():
    s = supplier("BFI", "SIA Baltic Filament", "pasutijumi@balticfilament.example", "lv-LV")
    a = PO("4500772230", s, "sofie", "2026-11-17", [
        L("BF-PLA-175-RD", "Filament PLA 1.75 mm red, spool 1 kg", 60, "SPL", "18.70", D(2026, 12, 14, "Mon")),
        L("BF-PETG-175-BK", "Filament PETG 1.75 mm black, spool 1 kg", 90, "SPL", "21.40", D(2026, 12, 14)),
    ])
    b_ = PO("4500772251", s, "sofie", "2026-11-19", [
        L("BF-PA12CF-175", "Filament PA12-CF 1.75 mm, spool 0.75 kg", 20, "SPL", "58.00", D(2027, 1, 11, "Mon")),
    ])
    body = f"""Labdien, Sofie!

Paldies par pasūtījumu Nr. 4500772230. Apstiprinām:

- PLA 1,75 mm sarkans, 60 spoles, 18,70 EUR/spole, piegāde 2026. gada 14. decembrī;
- PETG 1,75 mm melns, 90 spoles, 21,40 EUR/spole, piegāde 2026. gada 18. decembrī (melnā granulāta piegāde kavējas).

Ar cieņu
Jānis Ozoliņš
SIA Baltic Filament, Rūpniecības iela 32, Rīga, LV-1045
Tālr. +371 67 455 210

2026. gada 17. novembris, plkst. 09:14, Sofie Lindqvist rakstīja:
{gt(request_text(a))}
"""
    mid = msgid("thunderbird", "c046", "balticfilament.example")
    h = headers("thunderbird", addr("Jānis Ozoliņš", "janis.ozolins@balticfilament.example"), buyer_addr(a),
                "Re: " + subj(a), mail_date(2026, 11, 20, 10, 3, 25, "+0200", "Fri"), mid,
                in_reply_to=a["request_message_id"], references=a["request_message_id"], lang="lv")
    eml = message(h, text(body, charset="UTF-8", cte="quoted-printable", params="; format=flowed", quote_charset=False))
    exp = expected("confirmation", "Only PO 4500772230 is answered (PETG moved to 2026-12-18); PO 4500772251 is not mentioned and "
                   "is left out.",
                   [conf(a, {1: "acc", 2: chg(a, 2, date="2026-12-18")})])
    return [a, b_], eml, exp


@case("pir-boards-full-pallets-week51-et", "Estonian reply: PIR packs rounded up to full pallets of 16 packs, delivery 'nädal 51' (ISO week 51 -> Friday 18 Dec).")
def c047():
    s = supplier("SEO", "Soojustus Eesti OÜ", "myyk@soojustus.example", "et-EE")
    po = PO("4500772260", s, "sofie", "2026-11-18", [
        L("SE-PIR-100", "PIR board 1200x2400x100 mm, pack of 6", 100, "PK", "96.00", D(2026, 12, 18, "Fri")),
        L("SE-PIR-50", "PIR board 1200x2400x50 mm, pack of 12", 40, "PK", "118.00", D(2026, 12, 18)),
    ])
    assert kwfri(2026, 51) == "2026-12-18"
    reply = """Tere, Sofie!

Aitäh tellimuse eest. Kinnitame tellimuse 4500772260 järgmiselt:

1) PIR 100 mm: seda paksust tarnime ainult täisalustena (alusel 16 pakki), seega ümardame 7 alusele = 112 pakki, hind 96,00 EUR/pakk, tarne nädal 51.
2) PIR 50 mm: 40 pakki (alusel 20 pakki, seega 2 alust), 118,00 EUR/pakk, tarne samuti nädal 51.

Lugupidamisega
Marko Tamm
Soojustus Eesti OÜ | müük
Tel +372 5340 1177"""
    txt, html = outlook_reply(po, "en", reply, "Wednesday, November 18, 2026 9:14 AM", subj(po), html_lang="ET")
    mid = msgid("outlook", "c047", "")
    b = boundary("outlook", "c047")
    h = headers("outlook", addr("Marko Tamm", "marko.tamm@soojustus.example"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 19, 16, 27, 2, "+0200", "Thu"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="et-EE")
    eml = message(h, multipart("alternative", [text(txt, charset="iso-8859-15"), text(html, "html", charset="iso-8859-15")], b))
    exp = expected("confirmation", "'nädal 51' = ISO week 51 Friday 2026-12-18 (the need-by); line 1 rounded 100 -> 112 packs "
                   "(7 pallets x 16); line 2 as ordered.",
                   [conf(po, {1: chg(po, 1, quantity=112), 2: "acc"})])
    return [po], eml, exp


@case("garden-soil-3-weeks-from-today-sl", "Slovenian reply: 'dobavni rok 3 tedne od danes' counted from the mail's Date (Fri 20 Nov -> Fri 11 Dec), prices as ordered.")
def c048():
    s = supplier("VSD", "Vrtni substrati d.o.o.", "prodaja@vrtnisubstrati.example", "sl-SI")
    po = PO("4500772288", s, "lea", "2026-11-18", [
        L("VS-ZEM-BB15", "Garden soil, big bag 1.5 m3", 30, "EA", "92.00", D(2026, 12, 4, "Fri")),
        L("VS-SUB-45", "Potting substrate, bag 45 l", 900, "BAG", "2.45", D(2026, 12, 4)),
    ])
    due = plus_days("2026-11-20", 21)
    assert due == "2026-12-11" and weekday_of(due) == "Fri"
    body = f"""Pozdravljeni,

potrjujemo naročilo 4500772288 po cenah iz naročila (92,00 EUR/big bag, 2,45 EUR/vrečo), količine kot naročene.

Dobavni rok: 3 tedne od danes, big bagi in vreče skupaj z enim kamionom.

Lep pozdrav,
Maja Kranjc
Vrtni substrati d.o.o., Cesta v Prod 14, 1000 Ljubljana
T: +386 1 520 44 80

Dne 18. 11. 2026 ob 09:14 je Lea Moreau <lea.moreau@buyer.example> napisal(a):
{gt(request_text(po, 'Dear Sir or Madam,', 'lyon'))}
"""
    mid = msgid("gmail", "c048", "")
    h = headers("gmail", addr("Maja Kranjc", "maja.kranjc@vrtnisubstrati.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 20, 8, 55, 0, "+0100", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, text(body, charset="UTF-8", cte="quoted-printable", quote_charset=False))
    exp = expected("confirmation", "Relative lead time: 3 weeks from the Date header Fri 2026-11-20 = Fri 2026-12-11 for both lines; "
                   "quantities and prices as ordered.",
                   [conf(po, {1: chg(po, 1, date=due), 2: chg(po, 2, date=due)})])
    return [po], eml, exp


@case("alufoil-arabic-indic-digits-ae", "Arabic reply using Arabic-Indic digits for the date (٢١/١٢/٢٠٢٦), a price per carton of 6 rolls on a per-roll PO, and a discontinued container size '8389'.")
def c049():
    s = supplier("GAF", "مصنع الخليج لرقائق الألمنيوم ذ.م.م", "sales@gulffoil.example", "ar-AE")
    po = PO("KSG-AE-26-0042", s, "martin", "2026-11-18", [
        L("GAF-CAT-45-90", "Catering foil 45 cm x 90 m, roll, carton of 6", 600, "ROL", "8.75", D(2026, 12, 21, "Mon")),
        L("GAF-CONT-8389", "Aluminium container 8389 with lid, carton of 500", 10000, "EA", "0.062", D(2026, 12, 21)),
    ], currency="USD")
    assert price_per("52.50", 6) == "8.75"
    reply = """السيد مارتن المحترم،

تحية طيبة وبعد،

نؤكد لكم استلام وقبول أمر الشراء رقم KSG-AE-26-0042 كما يلي:

البند 1: رقائق ألمنيوم 45 سم × 90 م - الكمية 600 لفة (100 كرتون)، السعر 52.50 دولار أمريكي للكرتون، التسليم في روتردام بتاريخ ٢١/١٢/٢٠٢٦.

البند 2: علب ألمنيوم 8389 مع غطاء - نعتذر، تم إيقاف إنتاج هذا المقاس نهائياً.

وتفضلوا بقبول فائق الاحترام،"""
    sig = """خالد المنصوري
قسم المبيعات - مصنع الخليج لرقائق الألمنيوم ذ.م.م
المنطقة الصناعية، الشارقة، الإمارات العربية المتحدة
هاتف: +971 6 534 2210"""
    txt, html = outlook_reply(po, "en", reply, "Wednesday, November 18, 2026 12:14 PM", subj(po), html_lang="AR-SA", sig_text=sig)
    html = html.replace('<div class="WordSection1">', '<div class="WordSection1" dir="rtl">', 1)
    mid = msgid("outlook", "c049", "")
    b = boundary("outlook", "c049")
    h = headers("outlook", addr("خالد المنصوري", "k.almansoori@gulffoil.example"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 23, 10, 18, 40, "+0400", "Mon"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="ar-AE")
    eml = message(h, multipart("alternative", [text(txt, cte="base64"), text(html, "html", cte="base64")], b))
    exp = expected("confirmation", "Arabic-Indic date ٢١/١٢/٢٠٢٦ = 2026-12-21 (as requested); 52.50 USD per carton of 6 = 8.75 per "
                   "roll (as ordered); container 8389 discontinued -> rejected (8389 is a model number).",
                   [conf(po, {1: "acc", 2: REJ})])
    return [po], eml, exp


@case("bakery-gmail-address-not-found-ca", "Gmail 'Address not found' DSN (NXDOMAIN, 5.1.2) with the full original request attached as message/rfc822.")
def c050():
    s = supplier("BSL", "Boulangerie Surgelée Laurentides inc.", "commandes@boulangerie-laurentides.example", "fr-CA")
    po = PO("KSG-CA-26-0015", s, "dana", "2026-11-19", [
        L("BSL-CRO-70", "Croissant pur beurre 70 g, surgelé, carton de 60", 2400, "EA", "0.52", D(2026, 12, 16, "Wed")),
        L("BSL-PAC-75", "Pain au chocolat 75 g, surgelé, carton de 60", 1800, "EA", "0.58", D(2026, 12, 16)),
    ], currency="USD")
    req = mail_date(2026, 11, 19, 9, 14, 5, "-0500", "Thu")
    orig = message([("From", buyer_addr(po)), ("To", addr(s["name"], s["email"])), ("Subject", subj(po)),
                    ("Date", req), ("Message-ID", po["request_message_id"])],
                   text(request_text(po, "Bonjour,"), cte="quoted-printable"))
    human = """
** Address not found **

Your message wasn't delivered to commandes@boulangerie-laurentides.example because the domain boulangerie-laurentides.example couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more at https://support.google.com/mail/answer/6596

The response from the remote server was:

DNS Error: DNS type 'mx' lookup of boulangerie-laurentides.example responded with code NXDOMAIN
Domain name not found: boulangerie-laurentides.example
"""
    html = ("<html><head></head><body><div style=\"font-family:Google Sans,Roboto,Arial\"><h2>Address not found</h2>"
            "<p>Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>commandes@boulangerie-laurentides.example</b></a> "
            "because the domain boulangerie-laurentides.example couldn't be found.</p>"
            "<p>The response was:</p><p>DNS Error: DNS type 'mx' lookup of boulangerie-laurentides.example responded with code NXDOMAIN</p>"
            "</div></body></html>\n")
    dsn = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; dana.ruiz@buyer.example
Arrival-Date: {req}
X-Original-Message-ID: {po['request_message_id']}

Final-Recipient: rfc822; commandes@boulangerie-laurentides.example
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of boulangerie-laurentides.example responded with code NXDOMAIN
Last-Attempt-Date: Thu, 19 Nov 2026 06:14:07 -0800 (PST)
"""
    report = multipart("report", [
        multipart("related", [multipart("alternative", [text(human, charset="UTF-8", quote_charset=False),
                                                        text(html, "html", charset="UTF-8", quote_charset=False)],
                                        "000000000000c4d5a1062e7fb1d3")], "000000000000c4c5cf062e7fb1c9"),
        raw_part([("Content-Type", "message/delivery-status")], dsn),
        raw_part([("Content-Type", "message/rfc822")], orig),
    ], "000000000000bf8a1e062e7fb1a7", params="; report-type=delivery-status")
    h = [("Received", "by 2002:a05:7300:5b13:b0:1d6:4e1a:8f2c; Thu, 19 Nov 2026 06:14:07 -0800 (PST)"),
         ("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
         ("To", po["buyer"]["email"]), ("Auto-Submitted", "auto-replied"),
         ("Subject", "Delivery Status Notification (Failure)"), ("References", po["request_message_id"]),
         ("In-Reply-To", po["request_message_id"]), ("Message-ID", "<6f3c9e2a.050a0220.1b2c3d.7a41.GMR@mx.google.com>"),
         ("Date", "Thu, 19 Nov 2026 06:14:07 -0800 (PST)")]
    eml = message(h, report)
    exp = expected("bounce", "Gmail DSN: recipient domain not found; the attached original holds our own PO lines and need-by dates.")
    return [po], eml, exp


@case("batteries-vague-most-of-it-us", "Short US reply: 'we can ship most of it next week, the Group 65s probably end of month, will let you know' - no quantities per line, hedged dates.")
def c051():
    s = supplier("LBS", "Lakeshore Battery Supply Co.", "orders@lakeshorebattery.example", "en-US")
    po = PO("KSG-US-26-0904", s, "dana", "2026-11-18", [
        L("LBS-G65-750", "Car battery Group 65, 750 CCA, flooded", 48, "EA", "112.00", D(2026, 12, 2, "Wed")),
        L("LBS-G24F-600", "Car battery Group 24F, 600 CCA", 60, "EA", "94.50", D(2026, 12, 2)),
        L("LBS-H6-AGM", "Car battery H6 / Group 48 AGM, 760 CCA", 36, "EA", "168.00", D(2026, 12, 2)),
    ], currency="USD")
    reply = """Hi Dana - got your PO. We can ship most of it next week, the Group 65s are tight right now, probably end of the month. Will let you know once the truck is booked.

Jim"""
    attr = "On Wed, Nov 18, 2026 at 3:14 AM Dana Ruiz <dana.ruiz@buyer.example> wrote:"
    q = request_text(po, "Dear Sir or Madam,", "gary")
    txt = reply + "\n\n" + attr + "\n\n" + gt(q) + "\n"
    mid = msgid("gmail", "c051", "")
    b = boundary("gmail", "c051")
    h = headers("gmail", addr("Jim Kowalczyk", "jim@lakeshorebattery.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 19, 17, 42, 3, "-0500", "Thu"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, multipart("alternative", [text(txt, charset="UTF-8", quote_charset=False),
                                               text(gmail_html(reply, attr, q), "html", charset="UTF-8", quote_charset=False)], b))
    exp = expected("needs_review", "'most of it next week', 'probably end of the month', 'will let you know': no line-level "
                   "quantities or firm dates.")
    return [po], eml, exp


@case("carpet-one-liner-iphone-us", "One-line iPhone reply 'Confirmed, all lines as per your PO' above a long quoted PO with its own dates and prices.")
def c052():
    s = supplier("DCC", "Dalton Commercial Carpets Inc.", "orders@daltoncarpets.example", "en-US")
    po = PO("KSG-US-26-0911", s, "dana", "2026-11-19", [
        L("DCC-BRD-12-CH", "Broadloom nylon 6,6 loop, charcoal, 12 ft width", 560, "M2", "17.90", D(2026, 12, 14, "Mon")),
        L("DCC-TILE-50-GR", "Carpet tile 50x50 cm, grey, box of 20 (5 m2)", 300, "M2", "21.40", D(2026, 12, 14)),
        L("DCC-ADH-4G", "Carpet tile adhesive, pail 4 gal", 12, "EA", "64.00", D(2026, 12, 14)),
    ], currency="USD")
    body = f"""Confirmed, all lines as per your PO. Thanks!

Mike

Sent from my iPhone

> On Nov 19, 2026, at 9:14 AM, Dana Ruiz <dana.ruiz@buyer.example> wrote:
>
{gt(request_text(po, 'Dear Sir or Madam,', 'gary'))}
"""
    mid = msgid("apple", "c052", "daltoncarpets.example")
    h = headers("iphone", addr("Mike Brannon", "mike.brannon@daltoncarpets.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 19, 11, 2, 36, "-0500", "Thu"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, text(body, charset="us-ascii", cte="7bit", quote_charset=False))
    exp = expected("confirmation", "A one-line confirmation of all lines as ordered; every value comes from the PO.",
                   [conf(po, {1: "acc", 2: "acc", 3: "acc"})])
    return [po], eml, exp


@case("schoolbooks-arc-pdf-net-price-fr", "French publisher's ARC as PDF: list price, discount % and net price columns, only ship dates ('Date d'expédition'), and an out-of-print title.")
def c053():
    s = supplier("EPV", "Éditions Pédagogiques du Val de Loire", "adv@editions-valdeloire.example", "fr-FR")
    po = PO("PO-26-11-0468", s, "lea", "2026-11-16", [
        L("978-2-36812-104-7", "Histoire-Géographie 4e, manuel, éd. 2026", 600, "EX", "15.40", D(2027, 1, 8, "Fri")),
        L("978-2-36812-118-4", "SVT 3e, manuel élève", 600, "EX", "16.10", D(2027, 1, 8)),
        L("978-2-36812-097-2", "Physique-Chimie cycle 4, cahier", 300, "EX", "6.30", D(2027, 1, 8)),
        L("978-2-36812-055-2", "Dictionnaire collège, éd. 2019", 200, "EX", "12.60", D(2027, 1, 8)),
    ])
    assert Decimal("22") * Decimal("0.7") == Decimal("15.40") and Decimal("23") * Decimal("0.7") == Decimal("16.10")
    assert Decimal("9") * Decimal("0.75") == Decimal("6.75")
    cols = [(50, "Pos"), (72, "ISBN"), (165, "Titre"), (335, "Qté"), (362, "Prix pub. HT"), (420, "Remise"), (458, "Net HT"),
            (500, "Expédition")]
    rows = [["1", "978-2-36812-104-7", "Histoire-Géographie 4e", "600", "22,00", "30 %", "15,40", "04/01/2027"],
            ["2", "978-2-36812-118-4", "SVT 3e, manuel élève", "600", "23,00", "30 %", "16,10", "04/01/2027"],
            ["3", "978-2-36812-097-2", "Physique-Chimie cycle 4", "300", "9,00", "25 %", "6,75", "04/01/2027"],
            ["4", "978-2-36812-055-2", "Dictionnaire collège 2019", "-", "-", "-", "-", "ÉPUISÉ"]]
    pdf = table_doc("ACCUSÉ DE RÉCEPTION DE COMMANDE N° ARC-26-08841", [
        "Éditions Pédagogiques du Val de Loire", "12 quai Paul Bert, 37100 Tours", "SAS au capital de 250 000 € - RCS Tours 402 118 771"], [
        ("Date", "20/11/2026"), ("Client", "Kestrel Supply Group SAS - compte 411KES"), ("Votre commande", "PO-26-11-0468 du 16/11/2026"),
        ("Conditions", "Franco de port, paiement à 45 jours fin de mois")],
        cols, rows, notes=[
            "Pos. 4 : titre épuisé, réimpression non programmée - ligne annulée.",
            "Pos. 3 : remise cahiers 25 % selon nos conditions 2026/2027.",
            "Les dates indiquées sont des dates d'expédition depuis notre entrepôt de Tours."],
        footer=["Éditions Pédagogiques du Val de Loire - TVA FR 62 402118771"],
        info=dict(title="ARC-26-08841", producer="Cegid XRP", created="20261120101500+01'00'"))
    reply = """Madame,

Veuillez trouver ci-joint notre accusé de réception de commande ARC-26-08841 relatif à votre commande PO-26-11-0468.

Nous restons à votre disposition pour toute information complémentaire.

Cordialement,"""
    sig = """Claire Fontaine
Administration des ventes
Éditions Pédagogiques du Val de Loire
02 47 66 30 12"""
    txt, html = outlook_reply(po, "fr", reply, "lundi 16 novembre 2026 09:14", subj(po), html_lang="FR", sig_text=sig,
                              ship_to="lyon", date_style="dmy/")
    mid = msgid("outlook", "c053", "")
    b = boundary("outlook", "c053")
    h = headers("outlook", addr("FONTAINE Claire", "c.fontaine@editions-valdeloire.example"), buyer_addr(po),
                "RE: " + subj(po) + " - ARC-26-08841", mail_date(2026, 11, 20, 10, 21, 56, "+0100", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="fr-FR", has_attach=True)
    eml = message(h, multipart("mixed", [multipart("alternative", [text(txt), text(html, "html")], boundary("outlook", "c053a")),
                                         attachment("application/pdf", "ARC-26-08841.pdf", pdf)], b))
    exp = expected("confirmation", "Net HT column is the unit price: 15.40 and 16.10 as ordered, 6.75 instead of 6.30 (25 % not 30 %); "
                   "only ship dates 04/01/2027 -> date 2027-01-04; dictionary 'épuisé' -> rejected.",
                   [conf(po, {1: chg(po, 1, date="2027-01-04"), 2: chg(po, 2, date="2027-01-04"),
                              3: chg(po, 3, price="6.75", date="2027-01-04"), 4: REJ})])
    return [po], eml, exp


@case("cnc-one-po-answered-other-monday-uk", "British reply that answers one PO (box price for inserts) and only promises the second open PO for Monday, so that PO is left out.")
def c054():
    s = supplier("SCT", "Sheffield Cutting Tools Ltd", "sales@sheffieldcutting.example", "en-GB")
    a = PO("4500772301", s, "martin", "2026-11-19", [
        L("SCT-DR-6.8", "HSS-Co drill 6.8 mm DIN 338, pack of 10", 50, "PK", "18.40", D(2026, 12, 7, "Mon")),
        L("SCT-TAP-M8x1.25", "Spiral point tap M8x1.25 6H, HSS-E", 60, "EA", "9.60", D(2026, 12, 7)),
        L("SCT-CCMT09T304", "Turning insert CCMT 09T304-MM, box of 10", 200, "EA", "5.20", D(2026, 12, 7)),
    ], currency="GBP")
    b_ = PO("4500772318", s, "martin", "2026-11-19", [
        L("SCT-EM-D6-Z3", "Carbide end mill D6 Z3 for aluminium", 40, "EA", "21.50", D(2026, 12, 14, "Mon")),
    ], currency="GBP")
    assert price_per("54.00", 10) == "5.40"
    reply = """Morning Martin,

Re 4500772301: the 6.8 drills and the M8 taps are in stock, delivery Monday 7th December as you asked.
CCMT inserts: we only sell full boxes of 10, so that's 20 boxes - but the price is now £54.00 per box (was £52.00 until the October increase). Also delivery on the 7th.

Your other order, 4500772318 for the D6 end mills, I'll confirm on Monday once I hear back from the factory.

Kind regards,
Claire"""
    sig = """Claire Whitfield
Internal Sales | Sheffield Cutting Tools Ltd
Unit 3, Attercliffe Works, Sheffield S9 3RS
0114 555 0172"""
    txt, html = outlook_reply(a, "en", reply, "19 November 2026 09:14", subj(a), html_lang="EN-GB", sig_text=sig,
                              ship_to="leeds", date_style="dmy/")
    mid = msgid("outlook", "c054", "")
    b = boundary("outlook", "c054")
    h = headers("outlook", addr("Claire Whitfield", "claire.whitfield@sheffieldcutting.example"), buyer_addr(a),
                "RE: " + subj(a), mail_date(2026, 11, 20, 9, 7, 14, "+0000", "Fri"), mid,
                in_reply_to=a["request_message_id"], references=a["request_message_id"], lang="en-GB")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("confirmation", "PO 4500772301: lines 1-2 as ordered; inserts 200 = 20 boxes at £54.00/box = 5.40/pc (PO 5.20). "
                   "PO 4500772318 is only promised for Monday -> not answered, left out.",
                   [conf(a, {1: "acc", 2: "acc", 3: chg(a, 3, price="5.40")})])
    return [a, b_], eml, exp


@case("candles-shared-inbox-ack-nl", "Automatic 'we have received your e-mail' from a shared order inbox, with a reference number and a 2-working-day promise.")
def c055():
    s = supplier("VLK", "Van der Linden Kaarsen B.V.", "orders@vdlindenkaarsen.example", "nl-NL")
    po = PO("4500772333", s, "lea", "2026-11-20", [
        L("VLK-STOMP-7x13-IV", "Pillar candle 70x130 mm ivory, carton of 48", 960, "EA", "1.38", D(2026, 12, 11, "Fri")),
        L("VLK-DINER-29-WH", "Dinner candle 29 cm white, carton of 48", 1920, "EA", "0.29", D(2026, 12, 11)),
    ])
    body = """Geachte relatie,

Bedankt voor uw bericht. Dit is een automatische bevestiging dat uw e-mail in goede orde is ontvangen door ons team Orderverwerking.

Wij streven ernaar uw bericht binnen 2 werkdagen te beantwoorden. Uw referentie: #ORD-2611-00873.

Dit bericht is automatisch gegenereerd; u hoeft hier niet op te reageren.

Met vriendelijke groet,
Van der Linden Kaarsen B.V.
Orderverwerking
"""
    b = boundary("outlook", "c055")
    mid = msgid("outlook", "c055", "")
    h = headers("outlook", addr("Van der Linden Kaarsen - Orders", "orders@vdlindenkaarsen.example"), buyer_addr(po),
                "Ontvangstbevestiging: " + subj(po) + " [#ORD-2611-00873]", mail_date(2026, 11, 20, 9, 14, 40, "+0100", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="nl-NL",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    eml = message(h, multipart("alternative", [text(body, charset="iso-8859-1"),
                                               text(paras_html(body), "html", charset="iso-8859-1")], b))
    exp = expected("auto_reply", "Shared-inbox automatic receipt with a ticket reference; no content about the order.")
    return [po], eml, exp


@case("kegs-bottom-posted-split-it", "Italian Gmail reply written BELOW the quoted PO (bottom-posting): 20 l kegs split 60 on 'venerdì 11/12' and 40 on 22/12, other lines as ordered.")
def c056():
    s = supplier("FIT", "Fusti Italia S.p.A.", "ordini@fustiitalia.example", "it-IT")
    po = PO("4500772350", s, "jonas", "2026-11-19", [
        L("FI-KEG-20-S", "Keg 20 l stainless, S-type spear", 100, "EA", "78.50", D(2026, 12, 11, "Fri")),
        L("FI-KEG-30-S", "Keg 30 l stainless, S-type spear", 60, "EA", "86.00", D(2026, 12, 11)),
        L("FI-CAP-S-100", "Keg dust cap S-type, bag of 100", 20, "BAG", "12.00", D(2026, 12, 11)),
    ])
    attr = "Il giorno gio 19 nov 2026 alle ore 09:14 Jonas Berger <jonas.berger@buyer.example> ha scritto:"
    q = request_text(po, "Dear Sir or Madam,", "duisburg")
    reply = """Buongiorno Jonas,

confermiamo l'ordine come segue:
- fusti 20 l: consegna parziale, 60 pz entro venerdì 11/12, i restanti 40 pz il 22/12
- fusti 30 l: 60 pz a 86,00 €, consegna 11/12
- tappi S: 20 sacchetti da 100 pz, 12,00 €/sacchetto, consegna 11/12

Prezzi franco destino Duisburg, pagamento 60 gg d.f.f.m.

Saluti,
Paolo Bertoni
Fusti Italia S.p.A. - Ufficio vendite
Via Emilia Ovest 1120, 41123 Modena
+39 059 82 77 410"""
    txt = attr + "\n\n" + gt(q) + "\n\n" + reply + "\n"
    html = (f"<div dir=\"ltr\"><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">{Q._html.escape(attr)}<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            + "<br>".join(Q._html.escape(x) for x in q.split("\n")) + "</blockquote></div><br>"
            + simple_html(reply) + "</div>\n")
    mid = msgid("gmail", "c056", "")
    b = boundary("gmail", "c056")
    h = headers("gmail", addr("Paolo Bertoni", "paolo.bertoni@fustiitalia.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 20, 15, 33, 12, "+0100", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, multipart("alternative", [text(txt, charset="UTF-8", quote_charset=False),
                                               text(html, "html", charset="UTF-8", quote_charset=False)], b))
    exp = expected("confirmation", "Bottom-posted: the answer is under the quote. 20 l kegs: 60 on 2026-12-11 + 40 on 2026-12-22; "
                   "30 l kegs and caps as ordered.",
                   [conf(po, {1: chg(po, 1, schedule=[(60, "2026-12-11"), (40, "2026-12-22")]), 2: "acc", 3: "acc"})])
    return [po], eml, exp


@case("hospital-textiles-dozens-mx", "Mexican Spanish reply with prices per dozen on per-piece lines, rounding one line up to whole dozens, and dates like 'martes 15 de diciembre de 2026'.")
def c057():
    s = supplier("THJ", "Textiles Hospitalarios de Jalisco S.A. de C.V.", "ventas@texhosjal.example", "es-MX")
    po = PO("KSG-MX-26-0041", s, "dana", "2026-11-19", [
        L("THJ-SAB-QX", "Surgical drape 150x200 cm, reusable, green", 600, "EA", "6.75", D(2026, 12, 18, "Fri")),
        L("THJ-BATA-M", "Patient gown, snap closure, size M", 250, "EA", "5.10", D(2026, 12, 18)),
        L("THJ-TOA-70140", "Bath towel 70x140 cm, 550 g/m2", 480, "EA", "4.20", D(2026, 12, 18)),
    ], currency="USD")
    assert price_per("81.00", 12) == "6.75" and price_per("61.20", 12) == "5.10" and price_per("50.40", 12) == "4.20"
    assert weekday_of("2026-12-15") == "Tue"
    reply = """Estimada Dana:

Gracias por su orden de compra KSG-MX-26-0041. Le confirmamos lo siguiente:

1) Sábanas quirúrgicas 150x200 verdes: 50 docenas (600 pzas) a USD 81.00 la docena. Entrega: martes 15 de diciembre de 2026.
2) Batas para paciente talla M: solo vendemos por docena completa, por lo que le enviamos 21 docenas (252 pzas) a USD 61.20 la docena. Entrega: martes 15 de diciembre de 2026.
3) Toallas 70x140: 40 docenas a USD 50.40 la docena. Entrega: 8 de enero de 2027, ya que el telar está ocupado hasta fin de año.

Condiciones: FOB Guadalajara, pago a 30 días.

Quedo atenta a cualquier comentario.

Saludos cordiales,
Verónica Ramírez
Ventas Internacionales
Textiles Hospitalarios de Jalisco, S.A. de C.V.
Tel. +52 33 3811 4470"""
    txt, html = outlook_reply(po, "es", reply, "jueves, 19 de noviembre de 2026 02:14 a. m.", subj(po), html_lang="ES-MX",
                              ship_to="gary")
    mid = msgid("outlook-us", "c057", "")
    b = boundary("outlook", "c057")
    h = headers("outlook-us", addr("Verónica Ramírez", "veronica.ramirez@texhosjal.example"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 20, 12, 6, 33, "-0600", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="es-MX")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("confirmation", "Dozen prices /12 equal the PO unit prices; gowns 250 -> 21 dozen = 252; dates 2026-12-15, "
                   "2026-12-15 and 2027-01-08.",
                   [conf(po, {1: chg(po, 1, date="2026-12-15"), 2: chg(po, 2, quantity=252, date="2026-12-15"),
                              3: chg(po, 3, date="2027-01-08")})])
    return [po], eml, exp


@case("frozen-bakery-thursday-kw50-at", "Austrian reply giving per-piece prices on a per-carton (60 pcs) PO and 'Donnerstag, KW 50' - a calendar week with a named day (Thu 10 Dec, not Friday).")
def c058():
    s = supplier("BTT", "Backstube Tirol Tiefkühl GmbH", "verkauf@backstube-tirol.example", "de-AT")
    po = PO("4500772371", s, "jonas", "2026-11-20", [
        L("BTT-KAI-60", "Kaiser roll 60 g, frozen, carton of 60", 80, "CT", "13.20", D(2026, 12, 9, "Wed")),
        L("BTT-STR-110", "Apple strudel slice 110 g, frozen, carton of 60", 30, "CT", "45.00", D(2026, 12, 9)),
        L("BTT-KIP-45", "Butter croissant (Kipferl) 45 g, frozen, carton of 60", 50, "CT", "21.60", D(2026, 12, 9)),
    ])
    thu = kwfri(2026, 50, day=4)
    assert thu == "2026-12-10"
    assert Decimal("0.22") * 60 == Decimal("13.20") and Decimal("0.78") * 60 == Decimal("46.80") and Decimal("0.36") * 60 == Decimal("21.60")
    reply = """Sehr geehrter Herr Berger,

vielen Dank für Ihre Bestellung Nr. 4500772371, die wir wie folgt bestätigen:

Kaisersemmel 60 g: 80 Kartons à 60 Stk, Stückpreis € 0,22
Apfelstrudel-Schnitte 110 g: 30 Kartons à 60 Stk, Stückpreis € 0,78
Butterkipferl 45 g: 50 Kartons à 60 Stk, Stückpreis € 0,36

Liefertermin: Donnerstag, KW 50 (Tiefkühl-Lkw ab Wörgl, Anlieferung bis 10:00 Uhr).
Mindesthaltbarkeit der Ware: mind. 6 Monate ab Lieferung.

Mit freundlichen Grüßen

Christina Egger
Verkaufsinnendienst
Backstube Tirol Tiefkühl GmbH | Innsbrucker Straße 52 | 6300 Wörgl
T +43 5332 72 440-31"""
    txt, html = outlook_reply(po, "de", reply, "Freitag, 20. November 2026 09:14", subj(po), html_lang="DE-AT", ship_to="duisburg")
    mid = msgid("outlook", "c058", "")
    b = boundary("outlook", "c058")
    h = headers("outlook", addr("Christina Egger", "c.egger@backstube-tirol.example"), buyer_addr(po),
                "AW: " + subj(po), mail_date(2026, 11, 23, 14, 12, 26, "+0100", "Mon"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="de-AT")
    eml = message(h, multipart("alternative", [text(txt, charset="iso-8859-15"), text(html, "html", charset="iso-8859-15")], b))
    exp = expected("confirmation", "'Donnerstag, KW 50' names the day: Thu 2026-12-10 (not Friday). Per piece x 60 = per carton: "
                   "13.20 and 21.60 as ordered, strudel 0.78 x 60 = 46.80 (PO 45.00).",
                   [conf(po, {1: chg(po, 1, date=thu), 2: chg(po, 2, price="46.80", date=thu), 3: chg(po, 3, date=thu)})])
    return [po], eml, exp


@case("marine-paint-statement-of-account-uk", "Month-end statement of account from a paint supplier we have an open PO with: invoice numbers, dates, overdue amounts, nothing about the PO.")
def c059():
    s = supplier("CMP", "Clyde Marine Paints Ltd", "sales@clydemarinepaints.example", "en-GB")
    po = PO("4500772390", s, "martin", "2026-11-20", [
        L("CMP-AF-CU-20", "Antifouling copper-free, kit 20 l (base + hardener)", 24, "KIT", "398.00", D(2026, 12, 18, "Fri")),
        L("CMP-EP-HB-10", "High-build epoxy grey, kit 10 l", 40, "KIT", "142.00", D(2026, 12, 18)),
    ], currency="GBP")
    body = """Dear Sir/Madam,

Please find below your statement of account as at 30/11/2026.

Account: KES001 - Kestrel Supply Group

Date        Reference      Your ref.     Debit      Credit     Balance
12/10/2026  INV-0091845    4500768112    6,240.00              6,240.00
26/10/2026  INV-0092210    4500769034    3,118.40              9,358.40
02/11/2026  PAY-118822                              6,240.00   3,118.40
16/11/2026  INV-0093007    4500770958    4,972.00              8,090.40

Balance due: GBP 8,090.40
Overdue (more than 30 days): GBP 3,118.40 - INV-0092210 was due 25/11/2026.

We would be grateful if you could arrange payment of the overdue amount at your earliest convenience. Bank: Clydesdale Bank, sort code 82-11-04, account 40771833.

Kind regards,

Fiona McLeod
Credit Control | Clyde Marine Paints Ltd
Govan Road 410, Glasgow G51 2RD
0141 555 0190
"""
    b = boundary("outlook", "c059")
    mid = msgid("outlook", "c059", "")
    h = headers("outlook", addr("Clyde Marine Paints - Credit Control", "accounts@clydemarinepaints.example"), buyer_addr(po),
                "Statement of account KES001 - 30/11/2026", mail_date(2026, 11, 30, 8, 2, 44, "+0000", "Mon"), mid, lang="en-GB")
    eml = message(h, multipart("alternative", [text(body), text("<html><body><pre style=\"font-family:Consolas,monospace\">"
                                                               + Q._html.escape(body) + "</pre></body></html>\n", "html")], b))
    exp = expected("unrelated", "Statement of account for earlier invoices (other PO references); not an answer to PO 4500772390.")
    return [po], eml, exp


@case("petfood-full-pallets-if-ok-br", "Brazilian reply: they can only load full pallets (480 instead of 450 bags) and will issue the sales order once we agree - a conditional proposal.")
def c060():
    s = supplier("PNB", "PetNutri Brasil Indústria Ltda.", "export@petnutri.example", "pt-BR")
    po = PO("KSG-BR-26-0203", s, "martin", "2026-11-19", [
        L("PNB-CAO-15", "Dog food adult, bag 15 kg", 450, "BAG", "18.90", D(2027, 1, 20, "Wed")),
        L("PNB-GATO-10", "Cat food adult, bag 10 kg", 200, "BAG", "16.40", D(2027, 1, 20)),
    ], currency="USD")
    reply = """Olá Martin, tudo bem?

Recebemos o pedido KSG-BR-26-0203, obrigada!

Só conseguimos embarcar paletes fechados de 40 sacos no contêiner, então ficaria 480 sacos de ração cão (12 paletes) e 200 sacos de gato (5 paletes). Preços mantidos.

Se estiver de acordo com os 480 sacos, por favor nos confirme que emitimos o pedido de venda com a data de embarque.

Abraço,
Fernanda Alves
Exportação | PetNutri Brasil
+55 19 3478 2210"""
    attr = "Em qui., 19 de nov. de 2026 às 06:14, Martin Okafor <martin.okafor@buyer.example> escreveu:"
    q = request_text(po)
    txt = reply + "\n\n" + attr + "\n\n" + gt(q) + "\n"
    mid = msgid("gmail", "c060", "")
    b = boundary("gmail", "c060")
    h = headers("gmail", addr("Fernanda Alves", "fernanda.alves@petnutri.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 20, 10, 47, 5, "-0300", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"])
    eml = message(h, multipart("alternative", [text(txt, charset="UTF-8", quote_charset=False),
                                               text(gmail_html(reply, attr, q), "html", charset="UTF-8", quote_charset=False)], b))
    exp = expected("needs_review", "Proposal conditional on our agreement (480 bags) and no date yet: 'if you agree, we will issue "
                   "the sales order with the shipping date'.")
    return [po], eml, exp


@case("foil-ships-tue-delivers-thu-us", "US Outlook reply giving both 'ships Tuesday, Dec 1st' and 'delivers Thursday, Dec 3rd' (delivery wins), a backordered line with 12/8 and 12/10, and '12 x 10.75 in' in the item.")
def c061():
    s = supplier("RFP", "Ridgeway Foil Products LLC", "orders@ridgewayfoil.example", "en-US")
    po = PO("KSG-US-26-0930", s, "dana", "2026-11-20", [
        L("RFP-HD-18-500", "Heavy duty foil roll 18 in x 500 ft", 240, "ROL", "24.80", D(2026, 12, 4, "Fri")),
        L("RFP-STD-12-1000", "Standard foil roll 12 in x 1000 ft", 180, "ROL", "21.60", D(2026, 12, 4)),
        L("RFP-POP-12x10.75", "Pop-up foil sheets 12 x 10.75 in, box of 500", 90, "BOX", "29.40", D(2026, 12, 4)),
    ], currency="USD")
    assert weekday_of("2026-12-01") == "Tue" and weekday_of("2026-12-03") == "Thu"
    reply = """Hi Dana,

PO KSG-US-26-0930 is confirmed.

The 18" heavy duty and 12" standard rolls ship Tuesday, Dec 1st and deliver Thursday, Dec 3rd to Gary.

The pop-up sheets (12 x 10.75) are backordered; they'll ship 12/8 and deliver 12/10. Pricing per your PO except the sheets, which went to $30.90/box on Nov 1st.

Thank you for your business!"""
    sig = """Kara Simmons
Customer Service Rep | Ridgeway Foil Products LLC
1450 Industrial Pkwy, Richmond, VA 23231
(804) 555-0148"""
    txt, html = outlook_reply(po, "en", reply, "Friday, November 20, 2026 3:14 AM", subj(po), sig_text=sig, ship_to="gary")
    mid = msgid("outlook-us", "c061", "")
    b = boundary("outlook", "c061")
    h = headers("outlook-us", addr("Kara Simmons", "ksimmons@ridgewayfoil.example"), buyer_addr(po),
                "RE: " + subj(po), mail_date(2026, 11, 20, 14, 26, 40, "-0500", "Fri"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="en-US")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("confirmation", "Delivery wins over ship date: lines 1-2 deliver 2026-12-03; sheets deliver 2026-12-10 at $30.90 "
                   "(12/8 is their ship date, 'Nov 1st' a price-change date).",
                   [conf(po, {1: chg(po, 1, date="2026-12-03"), 2: chg(po, 2, date="2026-12-03"),
                              3: chg(po, 3, price="30.90", date="2026-12-10")})])
    return [po], eml, exp


@case("connectors-reply-next-monday-zh", "Simplified Chinese reply: order received, lead time and price being checked with the factory, formal answer 'next Monday (11月30日)'.")
def c062():
    s = supplier("HLJ", "深圳市华联精密连接器有限公司", "sales@hualian-conn.example", "zh-CN")
    po = PO("KSG-CN-26-0433", s, "priya", "2026-11-23", [
        L("HL-USBC-24P", "USB Type-C receptacle 24P, SMT, reel 1000", 6000, "EA", "0.312", D(2026, 12, 21, "Mon")),
        L("HL-MICRO-B-5P", "Micro USB B receptacle 5P, reel 2000", 10000, "EA", "0.041", D(2026, 12, 21)),
    ], currency="USD")
    body = f"""Priya 您好，

订单 KSG-CN-26-0433 已收到，谢谢！

因为 Type-C 24P 母座的原材料（磷铜带）交期还没有确定，我们正在和工厂核实，预计下周一（11月30日）给您正式回复交期和价格。Micro USB 部分也会一起确认。

如有疑问请随时联系。

祝好！
李静 Jenny Li
深圳市华联精密连接器有限公司 | 业务部
电话：+86 755 2761 3380

------------------ 原始邮件 ------------------
发件人: "Priya Natarajan" <priya.natarajan@buyer.example>
发送时间: 2026年11月23日(星期一) 下午4:14
收件人: "sales" <sales@hualian-conn.example>
主题: {subj(po)}

{request_text(po)}
"""
    mid = f"<tencent_{hid('c062', n=32, upper=True)}@qq.com>"
    h = headers("other", addr("李静 Jenny Li", "jenny.li@hualian-conn.example"), buyer_addr(po),
                "回复：" + subj(po), mail_date(2026, 11, 25, 10, 2, 18, "+0800", "Wed"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra=[("X-Mailer", "QQMail 2.x")])
    assert weekday_of("2026-11-30") == "Mon"
    eml = message(h, multipart("alternative", [text(body, charset="gb18030", cte="base64"),
                                               text(simple_html(body), "html", charset="gb18030", cte="base64")],
                               f"----=_NextPart_{hid('c062b', n=24).upper()}"))
    exp = expected("needs_review", "Receipt plus 'we will reply formally next Monday (30 Nov)' with lead time and price: nothing "
                   "confirmed yet.")
    return [po], eml, exp


@case("hospital-linen-two-of-three-pos-ie", "Irish reply answering two of three open POs (the third is only mentioned as 'I'll come back to'), with a dozen price and a split of towels into December and January.")
def c063():
    s = supplier("SML", "Shannon Medical Linen Ltd", "orders@shannonlinen.example", "en-IE")
    a = PO("4500772402", s, "dana", "2026-11-20", [
        L("SML-SHT-FLT-S", "Flat sheet single 180x280 cm, polycotton, white", 300, "EA", "6.85", D(2026, 12, 9, "Wed")),
        L("SML-PC-5075", "Pillowcase 50x75 cm, housewife", 600, "EA", "1.90", D(2026, 12, 9)),
    ])
    b_ = PO("4500772415", s, "dana", "2026-11-20", [
        L("SML-BLK-CEL-G", "Cellular blanket single, green", 120, "EA", "11.40", D(2026, 12, 16, "Wed")),
        L("SML-TWL-5090", "Hand towel 50x90 cm, white, 450 g/m2", 480, "EA", "2.35", D(2026, 12, 16)),
    ])
    c_ = PO("4500772427", s, "dana", "2026-11-23", [
        L("SML-GWN-PT-XL", "Patient gown, back tie, size XL", 144, "EA", "7.20", D(2027, 1, 8, "Fri")),
    ])
    assert price_per("136.80", 12) == "11.40"
    reply = """Hi Dana,

Answering your last orders here - the gown order (4500772427) I'll come back to separately once I have the fabric date.

4500772402 - sheets and pillowcases are all in stock, delivery Wed 9th Dec as requested.

4500772415 - blankets: 10 dozen, fine, EUR 136.80 per dozen, delivery 16/12. Hand towels: we only have 30 dozen (360) in Limerick now; the remaining 10 dozen (120) will follow on 13/01/2027. Price as per your PO.

Thanks a million,
Siobhán"""
    sig = """Siobhán Ní Bhriain
Customer Accounts | Shannon Medical Linen Ltd
Dock Road, Limerick V94 X2C7
+353 61 555 0133"""
    txt, html = outlook_reply(b_, "en", reply, "Friday 20 November 2026 09:14", subj(b_), html_lang="EN-IE", sig_text=sig,
                              date_style="dmy/")
    mid = msgid("outlook", "c063", "")
    b = boundary("outlook", "c063")
    h = headers("outlook", addr("Siobhán Ní Bhriain", "siobhan.nibhriain@shannonlinen.example"), buyer_addr(a),
                "RE: " + subj(b_), mail_date(2026, 11, 24, 11, 49, 7, "+0000", "Tue"), mid,
                in_reply_to=b_["request_message_id"],
                references=" ".join(p["request_message_id"] for p in (a, b_, c_)), lang="en-IE")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("confirmation", "Two of three POs answered. 4500772402 as ordered; 4500772415 blankets 136.80/dozen = 11.40 "
                   "(as ordered), towels 360 on 2026-12-16 + 120 on 2027-01-13. 4500772427 only mentioned -> left out.",
                   [conf(a, {1: "acc", 2: "acc"}),
                    conf(b_, {1: "acc", 2: chg(b_, 2, schedule=[(360, "2026-12-16"), (120, "2027-01-13")])})])
    return [a, b_, c_], eml, exp


@case("malt-per-tonne-two-lots-de", "German Outlook reply: malt priced per tonne ('685,00 €/t') on a per-kg PO, '20.000 kg' split into 12.000 kg on 07.12. and 8.000 kg on 14.12. (no year), and a caramel-malt surcharge.")
def c064():
    s = supplier("MOP", "Mälzerei Oberpfalz GmbH & Co. KG", "vertrieb@maelzerei-oberpfalz.example", "de-DE")
    po = PO("4500772440", s, "jonas", "2026-11-20", [
        L("MOP-PIL-25", "Pilsner malt EBC 3-4, bag 25 kg", 20000, "KG", "0.685", D(2026, 12, 14, "Mon")),
        L("MOP-WEI-25", "Wheat malt pale EBC 4-5, bag 25 kg", 5000, "KG", "0.745", D(2026, 12, 14)),
        L("MOP-CAR-25", "Caramel malt EBC 120, bag 25 kg", 1000, "KG", "1.12", D(2026, 12, 14)),
    ])
    assert price_per("685.00", 1000) == "0.685" and price_per("1180.00", 1000) == "1.18"
    reply = """Hallo Herr Berger,

besten Dank für den Auftrag 4500772440. Wir bestätigen:

Pos. 1 Pilsner Malz: 20.000 kg in 25-kg-Säcken (800 Sack), 685,00 €/t. Lieferung in 2 Teilmengen: 12.000 kg am 07.12., Rest 8.000 kg am 14.12.
Pos. 2 Weizenmalz hell: 5.000 kg (200 Sack), 745,00 €/t, Lieferung 14.12.
Pos. 3 Caramelmalz EBC 120: 1.000 kg (40 Sack), 1.180,00 €/t wegen des Rohstoffaufschlags Gerste, Lieferung 14.12.

Analysenzertifikate (Ernte 2026) liegen jeder Lieferung bei.

Viele Grüße aus Schwandorf
Thomas Wittmann
Vertrieb Brauereikunden
Mälzerei Oberpfalz GmbH & Co. KG | Am Mühlbach 3 | 92421 Schwandorf
Tel. +49 9431 7188-40"""
    _, html = outlook_reply(po, "de", reply, "Freitag, 20. November 2026 09:14", subj(po), html_lang="DE", ship_to="duisburg",
                            date_style="dmy")
    txt = reply + "\n\n" + outlook_header_text("de", f"{po['buyer']['name']} <{po['buyer']['email']}>",
                                              "Freitag, 20. November 2026 09:14", f"{s['name']} <{s['email']}>", subj(po)) \
        + "\n\n" + request_text(po, "Dear Sir or Madam,", "duisburg", "dmy") + "\n"
    mid = msgid("outlook", "c064", "")
    b = boundary("outlook", "c064")
    h = headers("outlook", addr("Wittmann, Thomas", "t.wittmann@maelzerei-oberpfalz.example"), buyer_addr(po),
                "AW: " + subj(po), mail_date(2026, 11, 24, 7, 58, 31, "+0100", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="de-DE")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("confirmation", "Per-tonne prices /1000: 0.685 and 0.745 as ordered, caramel 1.18 (PO 1.12); '20.000 kg' = 20000 "
                   "split 12000 on 2026-12-07 + 8000 on 2026-12-14 (dates without year, after the mail date).",
                   [conf(po, {1: chg(po, 1, schedule=[(12000, "2026-12-07"), (8000, "2026-12-14")]), 2: "acc",
                              3: chg(po, 3, price="1.18")})])
    return [po], eml, exp


@case("carpet-vecka-3-sv", "Swedish Thunderbird reply with delivery weeks 'v. 3' and 'v. 2' without year (-> 2027) and carpet cut in whole running metres on 4 m and 5 m widths.")
def c065():
    s = supplier("BMF", "Borås Mattfabrik AB", "order@borasmatt.example", "sv-SE")
    po = PO("4500772455", s, "sofie", "2026-11-20", [
        L("BM-NAL-400-GR", "Needle felt carpet grey, roll width 4 m", 320, "M2", "9.80", D(2027, 1, 15, "Fri")),
        L("BM-TUF-500-BE", "Tufted carpet beige, roll width 5 m", 150, "M2", "18.40", D(2027, 1, 15)),
    ])
    assert kwfri(2027, 3) == "2027-01-22" and kwfri(2027, 2) == "2027-01-15"
    body = f"""Hej Sofie!

Tack för beställningen 4500772455.

1) Nålfilt grå, 4 m bredd: 80 löpmeter = 320 m², 9,80 €/m², leverans v. 3 (vi väntar på en färgsättning).
2) Tuftad beige, 5 m bredd: vi skär i hela löpmeter, 150 m² = 30 lm, alltså ok. 18,40 €/m², leverans v. 2.

Vi har stängt mellan jul och nyår (24/12-6/1).

Med vänlig hälsning
Anders Lindgren
Borås Mattfabrik AB
Sandlidsgatan 8, 504 33 Borås
033-41 22 90

Den 2026-11-20 kl. 09:14, skrev Sofie Lindqvist:
{gt(request_text(po))}
"""
    mid = msgid("thunderbird", "c065", "borasmatt.example")
    h = headers("thunderbird", addr("Anders Lindgren", "anders.lindgren@borasmatt.example"), buyer_addr(po),
                "Re: " + subj(po), mail_date(2026, 11, 24, 13, 20, 2, "+0100", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="sv-SE")
    eml = message(h, text(body, charset="ISO-8859-15", cte="quoted-printable", params="; format=flowed", quote_charset=False))
    exp = expected("confirmation", "'v. 3' has no year: the next week 3 after Nov 2026 is 2027 -> Fri 2027-01-22 (line 1 changed); "
                   "'v. 2' = 2027-01-15 = requested (line 2 accepted). 24/12-6/1 is a closure.",
                   [conf(po, {1: chg(po, 1, date="2027-01-22"), 2: "acc"})])
    return [po], eml, exp


@case("candles-whole-order-declined-no", "Norwegian reply declining the whole order because the factory stopped making candles: a confirmation in which every line is rejected.")
def c066():
    s = supplier("LKA", "Lysverket Kristiansand AS", "ordre@lysverket.example", "nb-NO")
    po = PO("4500772466", s, "jonas", "2026-11-20", [
        L("LK-KUB-70100-W", "Pillar candle 70x100 mm white, carton of 48", 960, "EA", "1.05", D(2026, 12, 11, "Fri")),
        L("LK-ANT-25-W", "Taper candle 25 cm white, carton of 48", 1920, "EA", "0.36", D(2026, 12, 11)),
    ])
    reply = """Hei Jonas,

Takk for bestillingen 4500772466.

Vi må dessverre avvise ordren i sin helhet: produksjonen av stearinlys i Kristiansand ble avviklet 1. november, og vi leverer ikke lenger blokklys eller kronelys. Restlageret er allerede solgt.

Beklager ulempen, og takk for mange års samarbeid.

Vennlig hilsen
Ingrid Solberg
Lysverket Kristiansand AS"""
    txt, html = outlook_reply(po, "nb", reply, "fredag 20. november 2026 09:14", subj(po), html_lang="NB")
    mid = msgid("outlook", "c066", "")
    b = boundary("outlook", "c066")
    h = headers("outlook", addr("Ingrid Solberg", "ingrid.solberg@lysverket.example"), buyer_addr(po),
                "SV: " + subj(po), mail_date(2026, 11, 23, 10, 10, 10, "+0100", "Mon"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"], lang="nb-NO")
    eml = message(h, multipart("alternative", [text(txt), text(html, "html")], b))
    exp = expected("confirmation", "An outright refusal of the whole order is an answer: both lines rejected (production ceased).",
                   [conf(po, {1: REJ, 2: REJ})])
    return [po], eml, exp


@case("connectors-proforma-xlsx-usd-per-kpcs-cn", "Chinese proforma invoice as XLSX: unit prices in USD per 1,000 pcs ('USD/KPCS') on a per-piece PO, bilingual headers, ex-factory dates as Excel date cells.")
def c067():
    s = supplier("XDE", "东莞市鑫达电子有限公司", "sales@xinda-elec.example", "zh-CN")
    po = PO("KSG-CN-26-0452", s, "priya", "2026-11-20", [
        L("XD-XH-3P", "Wire-to-board housing XH 2.5 mm, 3P", 20000, "EA", "0.0095", D(2026, 12, 18, "Fri")),
        L("XD-RJ45-8P8C", "RJ45 jack 8P8C shielded, with LED", 3000, "EA", "0.2380", D(2026, 12, 18)),
        L("XD-DC-5.5x2.1", "DC power jack 5.5x2.1 mm, PCB mount", 5000, "EA", "0.0560", D(2026, 12, 18)),
    ], currency="USD")
    import datetime as _dt
    rows = [["东莞市鑫达电子有限公司  DONGGUAN XINDA ELECTRONICS CO., LTD."],
            ["形式发票  PROFORMA INVOICE"],
            ["PI No.:", "XD-PI-261124-07", "", "Date:", ("date", _dt.date(2026, 11, 24))],
            ["Buyer:", "Kestrel Supply Group", "", "Buyer PO:", "KSG-CN-26-0452"],
            [],
            ["序号 No.", "客户料号 Customer P/N", "我司料号 Our P/N", "品名 Description", "数量 Qty (PCS)",
             "单价 Unit Price (USD/KPCS)", "金额 Amount (USD)", "出货日期 Ex-factory"],
            [1, "XD-XH-3P", "XD2501-3Y", "XH2.5 housing 3P", 20000, ("num2", 9.5), ("num2", 190), ("date", _dt.date(2026, 12, 18))],
            [2, "XD-RJ45-8P8C", "XDRJ-5611-LED", "RJ45 8P8C shielded w/ LED", 3000, ("num2", 238), ("num2", 714),
             ("date", _dt.date(2027, 1, 6))],
            [3, "XD-DC-5.5x2.1", "XDDC-044A", "DC jack 5.5x2.1 PCB", 5000, ("num2", 58), ("num2", 290), ("date", _dt.date(2026, 12, 18))],
            [],
            ["", "", "", "TOTAL", 28000, "", ("num2", 1194), ""],
            [],
            ["Payment: 30% T/T deposit, 70% before shipment.  Trade term: FOB Shenzhen.  Validity: 15 days."]]
    assert 20 * Decimal("9.5") + 3 * Decimal("238") + 5 * Decimal("58") == Decimal("1194")
    xlsx = build_xlsx(rows, sheet_name="PI", stamp=(2026, 11, 24, 9, 0, 0), creator="WPS",
                      col_widths=[8, 20, 18, 28, 14, 22, 16, 16])
    body = """Dear Priya,

附件是订单 KSG-CN-26-0452 的形式发票（PI），请查收。
Please find attached the PI for your PO KSG-CN-26-0452. Unit prices are per 1000 pcs. Dates in the PI are our ex-factory (shipping) dates.
RJ45 needs new LED supply, so ex-factory is 6 Jan 2027. DC jack price updated due to copper.

Best regards,
Kevin Zhang 张凯
东莞市鑫达电子有限公司
Tel: +86 769 8502 3318
"""
    b = boundary("other", "c067")
    mid = f"<{hid('c067', n=16)}.{hid('c067x', n=6)}@xinda-elec.example>"
    h = headers("other", addr("Kevin Zhang", "kevin@xinda-elec.example"), buyer_addr(po),
                "PI for PO KSG-CN-26-0452", mail_date(2026, 11, 24, 9, 12, 51, "+0800", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")])
    eml = message(h, multipart("mixed", [text(body, cte="base64"),
                                         attachment("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                                    "PI_XD-PI-261124-07.xlsx", xlsx)], b))
    exp = expected("confirmation", "USD/KPCS /1000: 9.50 -> 0.0095 and 238 -> 0.238 as ordered, 58 -> 0.058 (PO 0.056); ex-factory "
                   "dates are ship dates only, so they are the dates: RJ45 2027-01-06.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-06"), 3: chg(po, 3, price="0.058")})])
    return [po], eml, exp


@case("valves-ooo-iso2022jp", "Japanese out-of-office in ISO-2022-JP (7bit) with a holiday period and return date written with weekday kanji.")
def c068():
    s = supplier("OVK", "大阪バルブ工業株式会社", "eigyo@osaka-valve.example", "ja-JP")
    po = PO("KSG-JP-26-0251", s, "priya", "2026-11-24", [
        L("OV-GLB-DN50-20K", "Globe valve DN50 JIS 20K, SCS14A", 8, "EA", "298.00", D(2027, 1, 29, "Fri")),
        L("OV-BAL-DN25-10K", "Ball valve DN25 JIS 10K, full bore", 30, "EA", "64.50", D(2027, 1, 29)),
    ], currency="USD")
    assert weekday_of("2026-11-21") == "Sat" and weekday_of("2026-11-29") == "Sun" and weekday_of("2026-11-30") == "Mon"
    body = """【自動返信】

メールありがとうございます。
誠に勝手ながら、11月21日（土）から11月29日（日）まで休暇をいただいております。
11月30日（月）より順次対応させていただきます。

お急ぎの場合は、営業部 代表（06-6458-2210）までご連絡ください。

大阪バルブ工業株式会社
営業部　山本 美咲
"""
    mid = f"<{hid('c068', n=20)}@osaka-valve.example>"
    h = headers("other", addr("山本 美咲", "m.yamamoto@osaka-valve.example", "iso-2022-jp"), buyer_addr(po),
                ew("【自動返信】Re: " + subj(po), "iso-2022-jp"), mail_date(2026, 11, 24, 17, 14, 20, "+0900", "Tue"), mid,
                in_reply_to=po["request_message_id"], references=po["request_message_id"],
                extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Active! mail")])
    eml = message(h, text(body, charset="iso-2022-jp", cte="7bit", quote_charset=False))
    exp = expected("auto_reply", "Japanese vacation auto-reply (自動返信, Auto-Submitted); the dates are the absence period.")
    return [po], eml, exp


@case("test-kits-ndr-too-large-my", "Exchange NDR: our request with a drawing attachment was larger than the recipient's limit (5.3.4); the returned headers carry the PO subject.")
def c069():
    s = supplier("PMD", "Penang MedDiagnostics Sdn. Bhd.", "orders@penangmeddx.example", "ms-MY")
    po = PO("4500772488", s, "priya", "2026-11-24", [
        L("PMD-DENG-NS1-25", "Dengue NS1 rapid test, kit of 25 tests", 120, "KIT", "68.00", D(2027, 1, 15, "Fri")),
        L("PMD-MAL-PF-25", "Malaria Pf/Pan rapid test, kit of 25 tests", 80, "KIT", "54.50", D(2027, 1, 15)),
    ], currency="USD")
    req = mail_date(2026, 11, 24, 9, 14, 5, "+0100", "Tue")
    human = """Your message to orders@penangmeddx.example couldn't be delivered.

The message is too big for orders@penangmeddx.example.

Priya Natarajan        Office 365        orders
Action Required                          Recipient

Message size limit exceeded

How to Fix It
Your message is too large to be delivered. The maximum message size the recipient's email system accepts is 10 MB. Try reducing the size of your message, for example by removing attachments or sending them as a link.

More Info for Email Admins
Status code: 550 5.3.4

Original Message Details
Created Date: 24/11/2026 08:14:05
Sender Address: priya.natarajan@buyer.example
Recipient Address: orders@penangmeddx.example
Subject: PO 4500772488 - order acknowledgement request

Error Details
Reported error: 550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum message size
DSN generated by: AM9PR07MB7235.eurprd07.prod.outlook.com

Message Hops
HOP  TIME (UTC)            FROM                     TO                                   WITH   RELAY TIME
1    24/11/2026 08:14:05   app3.buyer.example       AM9PR07MB7235.eurprd07.prod.outlook  SMTP   *
"""
    dsn = f"""Reporting-MTA: dns;AM9PR07MB7235.eurprd07.prod.outlook.com
Received-From-MTA: dns;app3.buyer.example
Arrival-Date: Tue, 24 Nov 2026 08:14:05 +0000

Final-Recipient: rfc822;orders@penangmeddx.example
Action: failed
Status: 5.3.4
Diagnostic-Code: smtp;550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum message size
"""
    orig_h = f"""From: {buyer_addr(po)}
To: {s['name']} <{s['email']}>
Subject: {subj(po)}
Date: {req}
Message-ID: {po['request_message_id']}
Content-Type: multipart/mixed; boundary="_004_po4500772488_"
MIME-Version: 1.0
"""
    report = multipart("report", [
        multipart("alternative", [text(human, charset="us-ascii", cte="7bit"),
                                  text("<html><body><p>Your message to orders@penangmeddx.example couldn't be delivered.</p>"
                                       "<p><b>The message is too big for orders@penangmeddx.example.</b></p>"
                                       "<p>Status code: 550 5.3.4</p></body></html>", "html", charset="us-ascii", cte="7bit")],
                  "_a41b2c_AM9PR07MB7235_alt_"),
        raw_part([("Content-Type", "message/delivery-status")], dsn),
        raw_part([("Content-Type", "text/rfc822-headers")], orig_h),
    ], "_a41b2c_AM9PR07MB7235_", params="; report-type=delivery-status")
    h = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@buyer.example>"),
         ("To", buyer_addr(po)), ("Date", "Tue, 24 Nov 2026 08:14:07 +0000"),
         ("Subject", "Undeliverable: " + subj(po)), ("Message-ID", "<b5e3c2a1-0d4f-4c7e-9a21-77e3f1c0d2b8@AM9PR07MB7235.eurprd07.prod.outlook.com>"),
         ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
         ("Content-Language", "en-US"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    eml = message(h, report)
    exp = expected("bounce", "NDR 550 5.3.4 (message too large); no answer from the supplier.")
    return [po], eml, exp


@case("ballast-holiday-closure-notice-us", "Quarry's general holiday-closure notice (last loadings, cut-off order dates) sent to all customers while our PO is open; it does not answer it.")
def c070():
    s = supplier("PRB", "Prairie Rail Ballast Co.", "dispatch@prairieballast.example", "en-US")
    po = PO("KSG-US-26-0947", s, "dana", "2026-11-23", [
        L("PRB-BAL-AREMA4", "Ballast AREMA No. 4, trap rock", 2400, "TN", "16.90", D(2026, 12, 22, "Tue")),
    ], currency="USD")
    body = """Dear Valued Customer,

Please note our 2026 holiday schedule:

- Last ballast loadings before the holidays: Tuesday, December 22
- Quarry and scale house closed: December 24 through January 1
- Normal operations resume: Monday, January 4, 2027

Orders for delivery in the weeks of December 28 and January 4 must be placed by Friday, December 11.

Thank you for your business and happy holidays!

Prairie Rail Ballast Co.
Dispatch & Customer Service
County Rd 14, Granite Falls, MN 56241 | (320) 555-0109
"""
    b = boundary("outlook", "c070")
    mid = msgid("outlook-us", "c070", "")
    h = headers("outlook-us", addr("Prairie Rail Ballast - Dispatch", "dispatch@prairieballast.example"),
                addr("Prairie Rail Ballast - Dispatch", "dispatch@prairieballast.example"),
                "2026 Holiday Schedule - Last Loadings Dec 22", mail_date(2026, 11, 25, 8, 30, 0, "-0600", "Wed"), mid,
                lang="en-US", extra=[("Bcc", "")])
    h = [(k, v) for k, v in h if k != "Bcc"]
    eml = message(h, multipart("alternative", [text(body), text(simple_html(body), "html")], b))
    exp = expected("unrelated", "General holiday-closure notice to all customers; dates are cut-offs, not a commitment for our PO.")
    return [po], eml, exp


# ==== END OF CASES ====


def main():
    import shutil
    out = HERE / "cases"
    if out.exists():
        shutil.rmtree(out)
    readme = write_all(out)
    (HERE / "README.md").write_text("\n".join(readme) + "\n", encoding="utf-8")
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()
