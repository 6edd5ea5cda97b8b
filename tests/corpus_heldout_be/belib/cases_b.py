# -*- coding: utf-8 -*-
"""Cases 019-036."""
import datetime as dt
from decimal import Decimal

from .common import case, sup, mkpo, rdate, build, reply, attr, conf, other, allacc, A, C, R, U, auto_hdrs, \
    req_subject, request_eml, req_table, req_text, kw, esc, OL, sent_str
from . import mime
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("prisms-chf-apostrophe", "confirmation/fr-CH",
      "Swiss French prices with apostrophe thousands (CHF 1'234.50) raise line 1; the '1.11.2026' in the text is a price-validity date.")
def c019(slug):
    s = sup("PRISLEMAN", "Prismes Léman SA", "commandes@prismes-leman.example", "fr-CH")
    po = mkpo("4500022035", s, "tobias", "CHF", "2026-11-12", [
        ("SP-GPR1", "Circular prism GPR1 type, 62 mm, offset 0 mm", 10, "EA", "1198.00", "2026-12-11"),
        ("SP-360-MINI", "360 deg mini prism with 5/8 in thread", 6, "EA", "845.00", "2026-12-11"),
        ("SP-POLE-215", "Prism pole 2.15 m, aluminium", 10, "EA", "164.50", "2026-12-11"),
    ])
    assert 10 * Decimal("1234.50") + 6 * Decimal("845.00") + 10 * Decimal("164.50") == Decimal("19060.00")
    body = """Bonjour Monsieur Feld,

Nous vous remercions de votre commande 4500022035 que nous confirmons comme suit :

Pos. 1  GPR1 62 mm     10 pces à CHF 1'234.50 (nouveau prix du verre optique dès le 1.11.2026)
Pos. 2  Mini 360°       6 pces à CHF 845.00
Pos. 3  Canne 2.15 m   10 pces à CHF 164.50

Livraison pour toutes les positions : vendredi 11 décembre 2026.
Total CHF 19'060.00 hors TVA.

Avec nos meilleures salutations

Sébastien Rochat
Service commercial
Prismes Léman SA | Route de la Gare 17 | 1260 Nyon | Tél. +41 22 555 73 40"""
    exp = conf((po, {1: C(po, 1, p="1234.50"), 2: A(po, 2), 3: A(po, 3)}))
    return build(slug, [po], ("Sébastien Rochat", "s.rochat@prismes-leman.example"),
                 rdate("2026-11-16 10:12:45", "+0100"), body, exp, charset="windows-1252", lang="fr",
                 prefix="RE : ", html_lang="FR-CH")


@case("reflective-vests-en-ph", "confirmation/en-PH",
      "Filipino English with 'po' particles and ETAs in month-name form; yellow XL cut to 240 pcs, the rest as ordered.")
def c020(slug):
    s = sup("LUZONSAFE", "Luzon Safety Apparel Corp.", "sales@luzonsafety.example", "en-PH")
    po = mkpo("HL-PO-261227", s, "sam", "USD", "2026-11-12", [
        ("RV-CL2-OR-L", "Reflective vest class 2, orange, size L, 5 cm tape", 500, "PCS", "3.40", "2026-12-11"),
        ("RV-CL2-YL-XL", "Reflective vest class 2, yellow, size XL", 300, "PCS", "3.40", "2026-12-11"),
        ("RV-CL3-OR-2XL", "Class 3 vest with sleeves, orange, 2XL", 150, "PCS", "7.85", "2026-12-18"),
    ])
    body = """Good day Sir Sam,

Thank you po for your PO HL-PO-261227. Please see our confirmation below:

Item 1 - Class 2 orange L, 500 pcs @ USD 3.40 - confirmed po, ETA Dec 11
Item 2 - Class 2 yellow XL, we can only produce 240 pcs po due to shortage of the yellow fabric, same price USD 3.40, ETA Dec 11
Item 3 - Class 3 orange 2XL, 150 pcs @ USD 7.85, ETA Dec 18

Kindly note po that shipment will be via LCL from Manila port. Thank you and God bless!

Respectfully yours,
Maricel Dela Cruz
Sales Coordinator
Luzon Safety Apparel Corp.
Lot 7 Blk 3, First Cavite Industrial Estate, Dasmariñas, Cavite
+63 46 555 0172 / +63 917 555 2841"""
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, q=240), 3: A(po, 3)}))
    return build(slug, [po], ("Maricel Dela Cruz", "maricel.delacruz@luzonsafety.example"),
                 rdate("2026-11-13 17:45:12", "+0800"), body, exp, client="gmail", prefix="Re: ")


@case("greenhouse-clips-xlsx-serial", "confirmation/hu-HU",
      "Values only in an XLSX acknowledgment whose dates are Excel serial numbers formatted yyyy.mm.dd; body says nothing.")
def c021(slug):
    s = sup("KERTKLIP", "Kertész-Klipsz Kft.", "rendeles@kerteszklipsz.example", "hu-HU")
    po = mkpo("4500022048", s, "mara", "EUR", "2026-11-12", [
        ("GK-19-TR", "Tomato truss clip 19 mm", 20000, "PCS", "0.0240", "2026-12-04"),
        ("GK-HOOK-12", "Plant hook 12x20 cm, galvanised", 5000, "PCS", "0.0850", "2026-12-04"),
        ("GK-TWINE-2K", "PP twine, 2 kg spool", 100, "ROL", "7.40", "2026-12-11"),
    ])
    d = dt.date
    rows = [
        ["Kertész-Klipsz Kft.", "", "", "", "", "", ""],
        ["Rendelés-visszaigazolás / Order acknowledgment", "", "", "", "", "", ""],
        ["Vevő rendelésszáma:", "4500022048", "", "Visszaigazolás száma:", "RV-2026-1893", "", ""],
        ["Visszaigazolás kelte:", d(2026, 11, 16), "", "Pénznem:", "EUR", "", ""],
        [],
        ["Tétel", "Cikkszám", "Megnevezés", "Mennyiség", "ME", "Egységár", "Szállítási dátum"],
        [1, "GK-19-TR", "Paradicsomklipsz 19 mm", 20000, "db", Decimal("0.024"), d(2026, 12, 4)],
        [2, "GK-HOOK-12", "Növénytartó kampó 12x20 cm", 5000, "db", Decimal("0.085"), d(2026, 12, 18)],
        [3, "GK-TWINE-2K", "PP kötözőzsineg 2 kg", 100, "tekercs", Decimal("7.60"), d(2026, 12, 11)],
        [],
        ["Megjegyzés: a 3. tétel ára a polipropilén alapanyag drágulása miatt módosult.", "", "", "", "", "", ""],
    ]
    x = make_xlsx(rows, sheet="Visszaigazolas", date_fmt="yyyy.mm.dd", widths=[22, 14, 30, 12, 9, 11, 16],
                  author="Kertész-Klipsz ERP", stamp=(2026, 11, 16, 7, 58, 0))
    att = mime.attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "RV-2026-1893.xlsx")
    body = """Tisztelt Lindqvist Asszony!

Köszönjük megrendelését. Mellékelten küldjük a 4500022048 számú rendelés visszaigazolását (RV-2026-1893).

Üdvözlettel:

Szabó Katalin
értékesítési asszisztens
Kertész-Klipsz Kft. | 6000 Kecskemét, Izsáki út 14.
Tel.: +36 76 555 218"""
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, d="2026-12-18"), 3: C(po, 3, p="7.60")}),
               notes="All values are in the XLSX only; dates are Excel serials (46360 = 2026-12-04, 46374 = 2026-12-18, 46367 = 2026-12-11) shown as yyyy.mm.dd; 0.024 equals the PO's 0.0240.")
    return build(slug, [po], ("Szabó Katalin", "szabo.katalin@kerteszklipsz.example"),
                 rdate("2026-11-16 08:03:51", "+0100"), body, exp, charset="iso-8859-2", lang="hu",
                 prefix="VS: ", html_lang="HU", attachments=[att])


@case("sushi-rice-gochuumon-doori", "confirmation/ja-JP",
      "Japanese Shift_JIS reply: 'ご注文どおり' (as ordered) for quantity, price and date, with a Japanese-format date.")
def c022(slug):
    s = sup("KOMESHO", "株式会社 米匠", "eigyo@komesho.example", "ja-JP")
    po = mkpo("4500022056", s, "priya", "JPY", "2026-11-13", [
        ("JR-SUSHI-10", "Sushi rice Hitomebore, crop 2026, 10 kg bags", 500, "KG", "620", "2026-12-18"),
        ("JR-SU-18", "Sushi vinegar, 1.8 L bottle", 24, "EA", "1450", "2026-12-18"),
    ])
    body = """Kestrel Group B.V.
プリヤ・ナタラジャン様

いつもお世話になっております。
株式会社米匠 営業部の佐藤でございます。

このたびはご注文（発注番号 4500022056）をいただき、誠にありがとうございます。
全品目、ご注文どおり（数量・単価・納期）にて承りました。

納期：2026年12月18日（金） 貴社倉庫着

今後ともよろしくお願い申し上げます。

--
株式会社 米匠 営業部
佐藤 健一
〒950-0087 新潟県新潟市中央区東大通1-2-3
TEL 025-555-0187 / FAX 025-555-0188"""
    exp = conf((po, allacc(po)))
    return build(slug, [po], ("佐藤 健一", "k.sato@komesho.example"),
                 rdate("2026-11-16 10:31:20", "+0900"), body, exp, charset="shift_jis", cte="base64",
                 prefix="RE: ", html_lang="JA")


@case("exchange-ndr-user-unknown", "bounce/de-CH",
      "Exchange Online NDR (550 5.1.1 RecipientNotFound) with HTML explanation, delivery-status and the full request attached.")
def c023(slug):
    s = sup("SUTER", "Windkanal Modellbau Suter AG", "bestellung@suter-modellbau.example", "de-CH")
    po = mkpo("4500022061", s, "tobias", "CHF", "2026-11-13", [
        ("WT-M1-12", "Wind tunnel model, 1:12 scale, NACA 2412 wing", 1, "EA", "18400.00", "2027-01-29"),
        ("WT-BAL-6C", "6-component balance adapter, M10x40 bolts", 2, "EA", "2350.00", "2027-01-29"),
    ])
    orig = request_eml(po)
    ptxt = """Delivery has failed to these recipients or groups:

bestellung@suter-modellbau.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM6PR08MB4231.eurprd08.prod.outlook.com

bestellung@suter-modellbau.example
mx01.suter-modellbau.example
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:

Message-ID: %s
Subject: %s
Date: Fri, 13 Nov 2026 08:12:04 +0000
""" % (po["request_message_id"], req_subject(po))
    phtml = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>'
             '<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients or groups:</font></b></p>'
             '<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:bestellung@suter-modellbau.example">'
             'bestellung@suter-modellbau.example</a><br>The email address you entered couldn\'t be found. Please check the '
             'recipient\'s email address and try to resend the message.</p></font>'
             '<p><font face="Tahoma" size="2">Diagnostic information for administrators:</font></p>'
             '<p><font face="Tahoma" size="2">Generating server: AM6PR08MB4231.eurprd08.prod.outlook.com<br>'
             'Remote Server returned \'550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\''
             '</font></p></body></html>')
    alt = mime.multipart("alternative", [mime.text(ptxt, charset="us-ascii"),
                                         mime.text(phtml, subtype="html", charset="us-ascii")],
                         "_000_a8f31c2e55b04d6e9f0c3e1d7b2a4c90AM6PR08MB4231eurprd_")
    ds = """Reporting-MTA: dns;AM6PR08MB4231.eurprd08.prod.outlook.com
Received-From-MTA: dns;AM6PR08MB4231.eurprd08.prod.outlook.com
Arrival-Date: Fri, 13 Nov 2026 08:12:05 +0000

Final-Recipient: rfc822;bestellung@suter-modellbau.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
Remote-MTA: dns;mx01.suter-modellbau.example
"""
    core = mime.multipart("report", [alt, mime.delivery_status(ds), mime.rfc822(orig)],
                          "_004_a8f31c2e55b04d6e9f0c3e1d7b2a4c90AM6PR08MB4231eurprd_",
                          params="; report-type=delivery-status")
    hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-group.example>"),
          ("To", "Tobias Feld <tobias.feld@kestrel-group.example>"),
          ("Date", rdate("2026-11-13 08:12:09", "+0000")),
          ("Subject", "Undeliverable: " + req_subject(po)),
          ("Message-ID", "<9a4c6e1b-27f0-4d3a-b5c8-1e2f3a4b5c6d@AM6PR08MB4231.eurprd08.prod.outlook.com>"),
          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
          ("Content-Language", "en-US"), ("MIME-Version", "1.0")]
    return [po], mime.message(hs, core), other("bounce")


@case("beer-kegs-three-pos-one-answered", "confirmation/en-GB",
      "Three open POs with the same supplier; only HL-PO-261188 is answered, with caps reduced to full boxes of 250 and brought forward.")
def c024(slug):
    s = sup("BREWLINE", "Brewline Kegs Ltd", "sales@brewlinekegs.example", "en-GB")
    pa = mkpo("HL-PO-261105", s, "sam", "GBP", "2026-11-02", [
        ("KG-50-DIN", "Beer keg 50 L DIN, stainless, 2027 batch", 40, "EA", "96.00", "2026-11-27"),
    ])
    pb = mkpo("HL-PO-261188", s, "sam", "GBP", "2026-11-09", [
        ("KG-30-EURO", "Euro keg 30 L, A-type spear", 60, "EA", "84.50", "2026-12-11"),
        ("KG-SPR-A", "Spare spear A-type, 30/50 L", 60, "EA", "14.20", "2026-12-11"),
        ("KG-CAP-RED", "Keg cap red, 64 mm", 600, "PCS", "0.18", "2026-12-11"),
    ])
    pc = mkpo("HL-PO-261240", s, "sam", "GBP", "2026-11-13", [
        ("KG-20-SLIM", "Slim keg 20 L, 1/6 bbl equivalent", 30, "EA", "79.00", "2026-12-18"),
    ])
    body = """Hi Sam,

Re your PO HL-PO-261188 - confirmed as follows:

30 L Euro kegs x 60 @ £84.50 - 11/12/2026
Spears A-type x 60 @ £14.20 - 11/12/2026
Red caps - these only come in boxes of 250, so we've put you down for 500 (2 boxes) rather than 600, still £0.18 each. They're in stock so they'll come early, on 04/12/2026.

Thanks,
Dave

Dave Hollis
Sales Office | Brewline Kegs Ltd
Unit 12, Burton Enterprise Park, Burton upon Trent DE14 1RR
01283 555 670

This email and any attachments are confidential and intended solely for the addressee. Brewline Kegs Ltd, registered in England No. 04418273."""
    exp = conf((pb, {1: A(pb, 1), 2: A(pb, 2), 3: C(pb, 3, q=500, d="2026-12-04")}),
               notes="pos.json holds three POs of the same supplier; the reply answers only HL-PO-261188 (the others are not mentioned and left out). Caps: 500 instead of 600, delivered 04/12/2026 (day-first).")
    return build(slug, [pa, pb, pc], ("Dave Hollis", "dave.hollis@brewlinekegs.example"),
                 rdate("2026-11-16 14:02:19", "+0000"), body, exp, po=pb, prefix="RE: ")


@case("nursing-pads-inline-lakh", "confirmation/en-IN",
      "Answers typed inline under each quoted PO line, with Indian lakh grouping (1,20,000) and dd/mm dates.")
def c025(slug):
    s = sup("SHUBH", "Shubh Hygiene Products Pvt. Ltd.", "exports@shubhhygiene.example", "en-IN")
    po = mkpo("4500022072", s, "priya", "USD", "2026-11-13", [
        ("NP-DISP-12", "Disposable nursing pads 12 cm, ultra thin", 120000, "PCS", "0.031", "2026-12-18"),
        ("NP-BAMB-3L", "Washable bamboo nursing pads, 3-layer", 4000, "PAIR", "0.95", "2026-12-18"),
        ("NP-GEL-2", "Hydrogel breast pads, 2 per pack", 6000, "PCS", "0.42", "2026-12-18"),
    ])
    rows = req_table(po).split("\n")
    answers = {
        1: ">> CONFIRMED. Qty 1,20,000 pcs, rate USD 0.031, delivery 18/12/2026.",
        2: ">> Can supply 3,500 pairs only (bamboo fabric short), rate same, delivery 18/12/2026.",
        3: ">> Rate revised to USD 0.45 per pc due to gel cost increase. Qty 6,000, delivery 24/12/2026.",
    }
    tab = [rows[0], rows[1]]
    for i, r in enumerate(rows[2:], 1):
        tab += [r, answers[i], ""]
    text = req_text(po).replace(req_table(po), "\n".join(tab).rstrip("\n"))
    f, snt, t, sub, sep = OL["en"]
    b = po["buyer"]
    body = """Dear Priya ji,

Greetings from Shubh Hygiene!

Please find our replies inline below (marked >>).

Thanks & Regards,
Rakesh Sharma
Export Manager
Shubh Hygiene Products Pvt. Ltd.
Plot No. 44, GIDC Phase II, Vapi - 396 195, Gujarat, India
Mob: +91 98250 55321 | Tel: +91 260 255 4410

-----Original Message-----
%s%s%s <%s>
%s%s%s
%s%s%s
%s%s%s

%s""" % (f, sep, b["name"], b["email"], snt, sep, sent_str(po, "en"), t, sep, po["supplier"]["email"], sub, sep,
         req_subject(po), text)
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, q=3500), 3: C(po, 3, p="0.45", d="2026-12-24")}))
    return build(slug, [po], ("Rakesh Sharma", "rakesh.sharma@shubhhygiene.example"),
                 rdate("2026-11-17 12:14:36", "+0530"), body, exp, quote="none", html=False, prefix="RE: ",
                 charset="us-ascii", cte="7bit")


@case("rail-clips-confirm-next-week", "needs_review/ru-RU",
      "Russian reply: prices and dates 'will be confirmed next week'; the shipment date it gives is explicitly not certain.")
def c026(slug):
    s = sup("RELSKREP", 'ООО "РельсКрепёж"', "zakaz@relskrep.example", "ru-RU")
    po = mkpo("4500022085", s, "tobias", "EUR", "2026-11-13", [
        ("RF-KB65", "Rail clip KB-65 for 24 mm bolt", 8000, "PCS", "1.12", "2026-12-18"),
        ("RF-ZB-M22", "Terminal bolt M22x75 with nut", 8000, "PCS", "0.64", "2026-12-18"),
    ])
    body = """Добрый день, Тобиас!

Заказ 4500022085 получили, спасибо.

Сроки и цены подтвердим на следующей неделе, после согласования с заводом - по клеммам КБ-65 сейчас загрузка производства до конца декабря. Ориентировочно отгрузка 21.12, но это пока не точно.

По болтам М22х75 вопросов нет, но подтвердим вместе с клеммами одним письмом.

С уважением,
Алексей Морозов
Отдел продаж ООО "РельсКрепёж"
г. Екатеринбург, ул. Фронтовых бригад, 18
тел. +7 343 255-41-87"""
    return build(slug, [po], ("Алексей Морозов", "a.morozov@relskrep.example"),
                 rdate("2026-11-17 11:40:02", "+0500"), body, other("needs_review"), charset="koi8-r",
                 lang="ru", prefix="RE: ", html_lang="RU")


@case("chalkboard-paint-per-bucket", "confirmation/de-CH",
      "Line 1 is priced per 2.5 L bucket (Fr. 52.50) on a PO in litres: 21.00 per litre, i.e. unchanged; line 2 moved a week.")
def c027(slug):
    s = sup("KELLER", "Tafelfarben Keller AG", "verkauf@tafelfarben-keller.example", "de-CH")
    po = mkpo("4500022093", s, "tobias", "CHF", "2026-11-13", [
        ("CP-SCHW-L", "Chalkboard paint black, matt, in 2.5 L buckets", 50, "L", "21.00", "2026-12-04"),
        ("CP-MAG-L", "Magnetic primer, 1 L tins", 20, "L", "38.40", "2026-12-04"),
    ])
    body = """Grüezi Herr Feld

Besten Dank für Ihre Bestellung 4500022093, die wir gerne wie folgt bestätigen:

Pos. 1: 20 Gebinde à 2.5 L (= 50 L) Tafelfarbe schwarz matt, Fr. 52.50 pro Gebinde, Liefertermin 04.12.2026
Pos. 2: 20 L Magnetgrundierung in 1-L-Dosen, CHF 38.40/L, Liefertermin 11.12.2026

Freundliche Grüsse

Reto Bühler
Verkauf Innendienst
Tafelfarben Keller AG | Industriestrasse 31 | 8404 Winterthur
Tel. +41 52 555 31 20"""
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, d="2026-12-11")}),
               notes="Fr. 52.50 per 2.5 L bucket is 21.00 per litre, equal to the PO price; 20 buckets = 50 L. Only Pos. 2 changes (date 11.12.2026).")
    return build(slug, [po], ("Reto Bühler", "r.buehler@tafelfarben-keller.example"),
                 rdate("2026-11-17 15:22:48", "+0100"), body, exp, charset="iso-8859-1", lang="de",
                 prefix="AW: ", html_lang="DE-CH")


@case("greenhouse-clips-pdf-per-mille", "confirmation/fr-BE",
      "Body only points to a Flate-compressed PDF; prices there are per 1000 pieces and quantities use Belgian dots (50.000).")
def c028(slug):
    s = sup("HORTICLIP", "Horticlip SRL", "commandes@horticlip.example", "fr-BE")
    po = mkpo("HL-PO-261252", s, "claire", "EUR", "2026-11-13", [
        ("HC-22-TR", "Tomato clip 22 mm, transparent", 50000, "PCS", "0.0420", "2026-12-11"),
        ("HC-RING-11", "Support ring 11 mm, biodegradable 2027", 30000, "PCS", "0.0315", "2026-12-11"),
    ])
    lines = [("F2", 14, "HORTICLIP SRL"),
             ("F1", 9, "Rue de l'Industrie 41 - 7700 Mouscron - Belgique - TVA BE 0412.345.678"),
             ("F1", 9, ""),
             ("F2", 12, "CONFIRMATION DE COMMANDE N° 26/1187"),
             ("F1", 10, "Date : 17/11/2026"),
             ("F1", 10, "Client : Harbourline Supplies Ltd, Bristol BS1 4DJ"),
             ("F1", 10, "Votre commande : HL-PO-261252 du 13/11/2026"),
             ("F1", 10, ""),
             ("F3", 9, "Pos Article     Désignation                  Quantité    Prix/1000   Livraison"),
             ("F3", 9, "--- ----------  ---------------------------  ----------  ----------  ----------"),
             ("F3", 9, "1   HC-22-TR    Clip tomate 22 mm transp.    50.000 pc     42,00 €   18/12/2026"),
             ("F3", 9, "2   HC-RING-11  Anneau support 11 mm bio     30.000 pc     33,50 €   11/12/2026"),
             ("F1", 10, ""),
             ("F1", 10, "Prix en EUR par 1000 pièces, hors TVA. Conditions : DAP Avonmouth (Incoterms 2020)."),
             ("F1", 10, "Paiement : 30 jours date de facture."),
             ("F1", 10, ""),
             ("F1", 9, "Nos conditions générales de vente s'appliquent. Horticlip SRL - RPM Tournai - IBAN BE71 0961 2345 6769")]
    pdf = make_pdf(lines, compress=True, date="20261117081512+01'00'", title="Confirmation de commande 26/1187",
                   producer="Odoo 17.0", creator="wkhtmltopdf")
    att = mime.attachment(pdf, "application/pdf", "CC_26-1187.pdf")
    body = """Bonjour,

Veuillez trouver en annexe notre confirmation de commande 26/1187 relative à votre commande HL-PO-261252.

Bien à vous,

Service commandes
Horticlip SRL
Tél. +32 56 55 48 20"""
    exp = conf((po, {1: C(po, 1, d="2026-12-18"), 2: C(po, 2, p="0.0335")}),
               notes="All values are in the compressed PDF; prices are per 1000 pieces (42,00 EUR/1000 = 0.042, unchanged; 33,50/1000 = 0.0335, changed) and 50.000 means fifty thousand.")
    return build(slug, [po], ("Horticlip - Service commandes", "commandes@horticlip.example"),
                 rdate("2026-11-17 08:16:03", "+0100"), body, exp, client="thunderbird", html=False,
                 attachments=[att], quote="none", prefix="Re: ", cte="8bit")


@case("ticket-system-receipt", "auto_reply/nl-BE",
      "Helpdesk ticket acknowledgment '[Ticket #48213]' repeating the PO subject; automatic, commits to nothing.")
def c029(slug):
    s = sup("ONDERLAAG", "Onderlaag Vlaanderen NV", "orders@onderlaag-vlaanderen.example", "nl-BE")
    po = mkpo("4500022104", s, "mara", "EUR", "2026-11-16", [
        ("OV-FOAM-3", "Foam underlay 3 mm with vapour barrier, 15 m2 roll", 80, "ROL", "22.40", "2026-12-11"),
        ("OV-CORK-2", "Cork underlay 2 mm, 10 m2 roll", 30, "ROL", "41.00", "2026-12-11"),
    ])
    body = """Beste klant,

Wij hebben uw bericht goed ontvangen.

Uw ticketnummer is #48213. Een medewerker van onze klantendienst neemt binnen 2 werkdagen contact met u op.
Gelieve dit ticketnummer te vermelden in alle verdere correspondentie.

Onderwerp: %s
Ontvangen op: 16/11/2026 09:12

Dit is een automatisch gegenereerd bericht. Gelieve niet op deze e-mail te antwoorden.

Met vriendelijke groeten,
Klantendienst Onderlaag Vlaanderen NV
Nijverheidslaan 8, 8540 Deerlijk | +32 56 55 70 10""" % req_subject(po)
    eml = reply(slug, po, ("Klantendienst Onderlaag Vlaanderen", "service@onderlaag-vlaanderen.example"),
                rdate("2026-11-16 09:12:31", "+0100"), body, client="roundcube", quote="none",
                subject="[Ticket #48213] Re: " + req_subject(po),
                extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Ticket-ID", "48213"),
                               ("X-Mailer", "Freshdesk")])
    return [po], eml, other("auto_reply")


@case("dog-leashes-html-only-partial", "confirmation/fr-CA",
      "HTML-only Lotus Notes mail in Canadian French: line 1 cut to 180, line 3 declined, ISO-style dates.")
def c030(slug):
    s = sup("BOREAL", "Laisses Boréal inc.", "ventes@laissesboreal.example", "fr-CA")
    po = mkpo("HL-PO-261266", s, "sam", "CAD", "2026-11-16", [
        ("DL-NYL-20-180", "Nylon leash 20 mm x 1.8 m, reflective stitching", 240, "EA", "7.25", "2026-12-11"),
        ("DL-RET-5M", "Retractable leash 5 m, up to 25 kg", 120, "EA", "16.90", "2026-12-11"),
        ("DL-BIO-15", "Biothane leash 15 mm x 3 m, 2027 colours", 60, "EA", "12.40", "2026-12-18"),
    ])
    hb = """<div><font face="Arial" size="2">Bonjour Sam,</font></div>
<div><br></div>
<div><font face="Arial" size="2">Merci pour votre commande HL-PO-261266. Voici notre confirmation&nbsp;:</font></div>
<ul>
<li><font face="Arial" size="2"><b>Article 1</b> (laisse nylon 20 mm x 1,8 m)&nbsp;: 180 unités seulement (rupture de sangle réfléchissante), le solde de 60 est annulé. Prix 7,25 $, livraison le 2026-12-11.</font></li>
<li><font face="Arial" size="2"><b>Article 2</b> (laisse rétractable 5 m)&nbsp;: 120 unités à 16,90 $, livraison le 2026-12-11.</font></li>
<li><font face="Arial" size="2"><b>Article 3</b> (Biothane 15 mm x 3 m)&nbsp;: nous ne fabriquons plus ce modèle, nous devons malheureusement décliner cette ligne.</font></li>
</ul>
<div><font face="Arial" size="2">Bonne journée,</font></div>
<div><br></div>
<div><font face="Arial" size="2">Geneviève Tremblay<br>Service à la clientèle<br>Laisses Boréal inc. | 1450, boul. Industriel, Granby (Québec) J2J 2B8<br>450 555-0193</font></div>
<hr>
<div><font face="Arial" size="2"><b>De :</b> Sam Okafor &lt;sam.okafor@harbourline.example&gt;<br><b>Date :</b> 2026-11-16 09:12<br><b>Objet :</b> %s</font></div>
""" % esc(req_subject(po))
    from .common import req_html
    hb += req_html(po)
    exp = conf((po, {1: C(po, 1, q=180), 2: A(po, 2), 3: R}))
    return build(slug, [po], ("Geneviève Tremblay", "gtremblay@laissesboreal.example"),
                 rdate("2026-11-18 10:27:40", "-0500"), "", exp, client="notes", html="only", html_body=hb,
                 quote="none", prefix="Re : ",
                 extra_headers=[("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF241 February 26, 2018")])


@case("handrails-erp-pdf-sap-items", "confirmation/es-MX",
      "Automatic SAP mail with a PDF acknowledgment using item numbers 10/20/30 and dd.mm.yyyy; position 20 moves to 08.01.2027.")
def c031(slug):
    s = sup("BAJIO", "Pasamanos Industriales del Bajío S.A. de C.V.", "ventas@pasamanosbajio.example", "es-MX")
    po = mkpo("4500022117", s, "priya", "USD", "2026-11-16", [
        ("EH-SBR-62", "Handrail SBR profile 62 mm, black, per metre", 300, "M", "41.80", "2026-12-18"),
        ("EH-GUIDE-T", "Guide T-profile, 2.5 m length", 40, "PCS", "23.60", "2026-12-18"),
        ("EH-CLN-1L", "Handrail cleaner, 1 L", 24, "EA", "9.40", "2026-12-18"),
    ])
    lines = [("F2", 13, "Pasamanos Industriales del Bajío S.A. de C.V."),
             ("F1", 9, "Blvd. Adolfo López Mateos 3120, 37270 León, Gto., México - RFC PIB980312KX4"),
             ("F1", 9, ""),
             ("F2", 12, "CONFIRMACIÓN DE PEDIDO 0300018842"),
             ("F1", 10, "Fecha: 18.11.2026          Cliente: 0000104577 Kestrel Group B.V."),
             ("F1", 10, "Su pedido: 4500022117 del 16.11.2026"),
             ("F1", 10, "Condiciones de entrega: DAP Zoetermeer   Moneda: USD"),
             ("F1", 10, ""),
             ("F3", 9, "Pos  Material     Descripción                   Cantidad  UM   Precio unit.  Fecha entrega"),
             ("F3", 9, "---- -----------  ----------------------------  --------  ---  ------------  -------------"),
             ("F3", 9, "10   EH-SBR-62    Pasamanos SBR 62 mm negro          300  M          41.80    18.12.2026"),
             ("F3", 9, "20   EH-GUIDE-T   Perfil guía T 2,5 m                 40  PZA        23.60    08.01.2027"),
             ("F3", 9, "30   EH-CLN-1L    Limpiador de pasamanos 1 L          24  PZA         9.40    18.12.2026"),
             ("F1", 10, ""),
             ("F1", 10, "Importe total: 13,709.60 USD"),
             ("F1", 9, "Documento generado automáticamente por SAP. No requiere firma.")]
    assert 300 * Decimal("41.80") + 40 * Decimal("23.60") + 24 * Decimal("9.40") == Decimal("13709.60")
    pdf = make_pdf(lines, compress=False, date="20261118070203-06'00'", title="Confirmacion de pedido 0300018842",
                   producer="SAP NetWeaver 7.50", creator="SAP Smart Forms")
    att = mime.attachment(pdf, "application/pdf", "ConfPedido_0300018842.pdf")
    body = """Estimado cliente:

Adjunto encontrará la confirmación de pedido 0300018842 correspondiente a su orden de compra 4500022117.

Este correo fue generado automáticamente; favor de no responder. Para cualquier aclaración comuníquese con su ejecutivo de ventas al +52 477 555 2040 o a ventas@pasamanosbajio.example.

Pasamanos Industriales del Bajío S.A. de C.V."""
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, d="2027-01-08"), 3: A(po, 3)}),
               notes="An ERP-generated mail with a PDF acknowledgment commits to the order, so it is a confirmation; SAP items 10/20/30 map to PO lines 1/2/3 by material code.")
    return build(slug, [po], ("SAP Notificaciones", "sap-noreply@pasamanosbajio.example"),
                 rdate("2026-11-18 07:02:11", "-0600"), body, exp, client="sap", html=False, quote="none",
                 thread=False, attachments=[att], subject="Confirmación de pedido 0300018842 / Su OC 4500022117",
                 extra_headers=[("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
                 charset="iso-8859-1")


@case("marble-prepayment-condition", "needs_review/tr-TR",
      "Turkish reply that would confirm only if 50% prepayment is accepted; the '3 hafta' lead time is conditional.")
def c032(slug):
    s = sup("EGEMERMER", "Ege Mermer Kimya A.Ş.", "satis@egemermerkimya.example", "tr-TR")
    po = mkpo("4500022123", s, "mara", "EUR", "2026-11-16", [
        ("MM-CRYST-5", "Marble crystallizer liquid, 5 L can", 40, "EA", "31.00", "2026-12-11"),
        ("MM-WAX-1", "Stone wax paste, 1 kg tin", 60, "EA", "12.80", "2026-12-11"),
    ])
    body = """Sayın Lindqvist,

4500022123 numaralı siparişiniz için teşekkür ederiz.

Yeni müşterilerimizde olduğu gibi, siparişi toplam tutarın %50'sinin peşin ödenmesi koşuluyla onaylayabiliriz (toplam 2.008,00 EUR, peşinat 1.004,00 EUR). Ödeme hesabımıza geçtikten sonra teslimat 3 hafta içinde yapılır.

Lütfen bu koşulu kabul edip etmediğinizi bize bildiriniz; proforma faturayı hemen gönderebiliriz.

Saygılarımızla,
Elif Yıldız
Dış Ticaret Sorumlusu
Ege Mermer Kimya A.Ş. | Kemalpaşa OSB, 35730 İzmir
Tel: +90 232 555 41 20"""
    assert 40 * Decimal("31.00") + 60 * Decimal("12.80") == Decimal("2008.00")
    return build(slug, [po], ("Elif Yıldız", "elif.yildiz@egemermerkimya.example"),
                 rdate("2026-11-18 13:15:27", "+0300"), body, other("needs_review"), charset="iso-8859-9",
                 lang="tr", prefix="YNT: ", html_lang="TR")


@case("prisms-split-prose-second-po-mentioned", "confirmation/pt-BR",
      "Split delivery in Portuguese prose (50 on 07/12, balance 70 on 21/12); a second PO is only mentioned as 'em análise' and left out.")
def c033(slug):
    s = sup("PRISPAUL", "Prismas Topográficos Paulista Ltda.", "vendas@prismaspaulista.example", "pt-BR")
    po = mkpo("HL-PO-261279", s, "sam", "USD", "2026-11-16", [
        ("TP-MINI-17", "Mini prism 17.5 mm offset, 1/4 in thread", 120, "EA", "58.00", "2026-12-11"),
        ("TP-BIPOD-2", "Bipod for prism pole, 2 m legs", 30, "EA", "74.50", "2026-12-11"),
    ])
    po2 = mkpo("HL-PO-261280", s, "sam", "USD", "2026-11-16", [
        ("TP-TRIB-8", "Tribrach with optical plummet, 5/8 in", 12, "EA", "132.00", "2026-12-18"),
    ])
    body = """Olá Sam,

Segue a confirmação do pedido HL-PO-261279:

Item 1: 120 peças a US$ 58,00 - entregaremos 50 peças em 07/12/2026 e o saldo de 70 peças em 21/12/2026.
Item 2: 30 bipés a US$ 74,50, entrega em 11/12/2026, conforme solicitado.

O pedido HL-PO-261280 (bases nivelantes) ainda está em análise com a fábrica, retornamos em breve.

Abraços,
Rafael Nogueira
Vendas Internacionais
Prismas Topográficos Paulista Ltda.
Rua Voluntários da Pátria 1520 - Santana - São Paulo/SP - CEP 02011-000
+55 11 5555-3142"""
    a = attr(po, "Em {wd}., {d} de {mon}. de {y} às 09:12, {name} <{email}> escreveu:",
             ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"],
             ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"])
    exp = conf((po, {1: C(po, 1, q=120, d="2026-12-21", sched=[(50, "2026-12-07"), (70, "2026-12-21")]),
                     2: A(po, 2)}),
               notes="Line 1 is split (50 on 07/12/2026, 70 on 21/12/2026, day-first). HL-PO-261280 is only mentioned ('ainda está em análise'), so it is left out of the confirmations.")
    return build(slug, [po, po2], ("Rafael Nogueira", "rafael.nogueira@prismaspaulista.example"),
                 rdate("2026-11-19 16:48:05", "-0300"), body, exp, client="gmail", attribution=a, prefix="Re: ")


@case("kegs-line-discontinued", "confirmation/pt-PT",
      "European Portuguese: lines 1 and 2 confirmed 'conforme encomenda', line 3 discontinued and declined.")
def c034(slug):
    s = sup("BARRISLUS", "Barris Lusitanos, Lda.", "encomendas@barrislusitanos.example", "pt-PT")
    po = mkpo("4500022131", s, "tobias", "EUR", "2026-11-17", [
        ("BK-50-DIN", "Keg 50 L DIN 6647-1, stainless", 80, "EA", "92.00", "2026-12-18"),
        ("BK-30-DIN", "Keg 30 L DIN 6647-1, stainless", 80, "EA", "86.50", "2026-12-18"),
        ("BK-20-DIN", "Keg 20 L DIN, 2027 batch", 40, "EA", "81.00", "2026-12-18"),
    ])
    body = """Exmo. Sr. Tobias Feld,

Agradecemos a V/ encomenda n.º 4500022131.

Linhas 1 e 2: confirmadas conforme encomenda (quantidades, preços e data de entrega 18/12/2026).

Linha 3: o barril de 20 L foi descontinuado no final de outubro, pelo que não podemos fornecer esta linha. Lamentamos o incómodo.

Com os melhores cumprimentos,

Inês Carvalho
Departamento Comercial
Barris Lusitanos, Lda. - Zona Industrial de Oiã, Lote 17, 3770-059 Oiã, Aveiro
Tel.: +351 234 555 120"""
    exp = conf((po, {1: A(po, 1), 2: A(po, 2), 3: R}))
    return build(slug, [po], ("Inês Carvalho", "ines.carvalho@barrislusitanos.example"),
                 rdate("2026-11-19 10:05:44", "+0000"), body, exp, charset="iso-8859-15", lang="pt",
                 prefix="RE: ", html_lang="PT")


@case("tattoo-ink-newsletter", "unrelated/pl-PL",
      "Polish marketing newsletter from the supplier's domain with a promo deadline 18.12 and dispatch cut-off 11.12.2026.")
def c035(slug):
    s = sup("TUSZEKOLOR", "Tusze Artystyczne Kolor Sp. z o.o.", "zamowienia@tuszekolor.example", "pl-PL")
    po = mkpo("HL-PO-261284", s, "claire", "EUR", "2026-11-17", [
        ("TK-BLK-120", "Black tattoo ink 120 ml", 60, "EA", "14.90", "2026-12-11"),
        ("TK-WHT-30", "White tattoo ink 30 ml", 40, "EA", "6.20", "2026-12-11"),
    ])
    text = """Nowości 2027 w Kolor!

12 nowych kolorów w serii PRO (30 ml i 120 ml) - już dostępne w sklepie.

PROMOCJA: -15% na wszystkie tusze czarne do 18.12.2026 z kodem ZIMA15.
Zamówienia złożone do 11.12.2026 wyślemy jeszcze przed świętami.

Przykładowe ceny:
  Czerń Lining 120 ml     - 59,90 zł  (było 69,90 zł)
  Biel Opaque 30 ml       - 24,90 zł
  Zestaw 12 kolorów 1 oz  - 349,00 zł

Do zobaczenia na targach Tattoo Expo Warszawa, 16-17.01.2027, stoisko B12!

--
Tusze Artystyczne Kolor Sp. z o.o., ul. Przemysłowa 12, 30-701 Kraków
Otrzymujesz tę wiadomość, ponieważ jesteś naszym klientem. Wypisz się: https://tuszekolor.example/unsubscribe?u=88213"""
    html = ("<html><body><table width=\"600\" align=\"center\" style=\"font-family:Arial\"><tr><td>"
            "<h1 style=\"color:#c0142b\">Nowości 2027 w Kolor!</h1>"
            "<p>12 nowych kolorów w serii PRO (30 ml i 120 ml) - już dostępne w sklepie.</p>"
            "<p><b>PROMOCJA: -15% na wszystkie tusze czarne do 18.12.2026</b> z kodem <b>ZIMA15</b>.<br>"
            "Zamówienia złożone do 11.12.2026 wyślemy jeszcze przed świętami.</p>"
            "<table><tr><td>Czerń Lining 120 ml</td><td>59,90 zł</td><td><s>69,90 zł</s></td></tr>"
            "<tr><td>Biel Opaque 30 ml</td><td>24,90 zł</td><td></td></tr>"
            "<tr><td>Zestaw 12 kolorów 1 oz</td><td>349,00 zł</td><td></td></tr></table>"
            "<p>Do zobaczenia na targach Tattoo Expo Warszawa, 16-17.01.2027, stoisko B12!</p>"
            "<p style=\"font-size:10px;color:#888\">Tusze Artystyczne Kolor Sp. z o.o., ul. Przemysłowa 12, 30-701 Kraków<br>"
            "<a href=\"https://tuszekolor.example/unsubscribe?u=88213\">Wypisz się</a></p>"
            "</td></tr></table></body></html>")
    core = mime.multipart("alternative", [mime.text(text, charset="iso-8859-2"),
                                          mime.text(html, subtype="html", charset="iso-8859-2")],
                          "_----------=_MCPart_1587046352")
    hs = [("From", mime.addr("Kolor - Tusze Artystyczne", "newsletter@tuszekolor.example")),
          ("Reply-To", "sklep@tuszekolor.example"),
          ("To", "claire.dubois@harbourline.example"),
          ("Subject", mime.enc_header("Nowości 2027: 12 nowych kolorów i -15% do 18.12!", "iso-8859-2", "Q")),
          ("Date", rdate("2026-11-20 07:30:00", "+0100")),
          ("Message-ID", "<20261120063000.88213.7f3a1c@mail.tuszekolor.example>"),
          ("List-Unsubscribe", "<https://tuszekolor.example/unsubscribe?u=88213>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
          ("Precedence", "bulk"), ("X-Mailer", "MailerLite"), ("MIME-Version", "1.0")]
    return [po], mime.message(hs, core), other("unrelated")


@case("underlay-full-rolls-vs-m2", "confirmation/nl-BE",
      "Felt underlay ordered in m2 but sold per full 15 m2 roll: 42 rolls = 630 m2 at EUR 48,00 per roll (= 3.20/m2, unchanged).")
def c036(slug):
    s = sup("KEMPEN", "Ondervloer Kempen BV", "verkoop@ondervloer-kempen.example", "nl-BE")
    po = mkpo("4500022146", s, "mara", "EUR", "2026-11-17", [
        ("UL-FELT-5", "Felt underlay 5 mm, 1.5 m wide rolls", 620, "M2", "3.20", "2026-12-11"),
        ("UL-DPM-200", "Damp-proof membrane 200 micron", 400, "M2", "0.74", "2026-12-11"),
    ])
    body = """Goedemiddag Mara,

Dank voor uw bestelling 4500022146. Wij bevestigen graag:

Pos. 1: vilt 5 mm wordt enkel per volle rol geleverd (rol van 15 m² = 10 lm x 1,5 m). Wij leveren dus 42 rollen = 630 m², aan € 48,00 per rol. Levering 11/12/2026.
Pos. 2: 400 m² dampscherm 200 mu aan € 0,74/m², levering 11/12/2026.

Met vriendelijke groeten,

Wim Peeters
Verkoop binnendienst
Ondervloer Kempen BV | Industrieweg 5 | 2280 Grobbendonk
T +32 14 55 12 80"""
    assert Decimal("48.00") / 15 == Decimal("3.2") and 42 * 15 == 630
    exp = conf((po, {1: C(po, 1, q=630), 2: A(po, 2)}),
               notes="620 m2 rounded up to 42 full rolls of 15 m2 = 630 m2; EUR 48,00 per roll / 15 m2 = 3.20 per m2, the PO price.")
    return build(slug, [po], ("Wim Peeters", "wim.peeters@ondervloer-kempen.example"),
                 rdate("2026-11-19 13:37:21", "+0100"), body, exp, charset="windows-1252", lang="nl",
                 prefix="RE: ", html_lang="NL-BE")
