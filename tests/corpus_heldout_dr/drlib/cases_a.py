# -*- coding: utf-8 -*-
"""Cases 001-018."""
from .common import (case, sup, po, labels, expected, build, addr, rfcdate, req_text, req_html, req_subject,
                     outlook_quote, en_sent, gt, DE_OUTLOOK, html_wrap, text_to_html, esc, attachment, make_xlsx,
                     message, multipart, text, dsn_part, original_request_part, req_rfcdate, bnd, reply_headers,
                     raw_part)


@case("airfilter-outlook-de-at-all-ok", "confirmation", "de-AT",
      "Top-posted 'passt so' over a German Outlook quote in ISO-8859-1 QP; signature full of numbers (UID, FN, IBAN, phone extensions) that must not be read as quantities or prices.")
def c001():
    s = sup("LUFTREIN", "Luftrein Filtertechnik GmbH", "verkauf@luftrein.example", "de-AT")
    p = po("4500031207", s, "dana", "EUR", "2026-11-03", [
        ("AF-G4-592", "Bag filter G4 592x592x360 mm, 6 pockets", 24, "EA", "18.40", "2026-12-14"),
        ("AF-F7-592", "Bag filter F7 592x592x600 mm, 8 pockets", 24, "EA", "41.90", "2026-12-14"),
        ("AF-PAN-G3", "Panel filter G3 490x592x48 mm", 60, "EA", "6.75", "2026-12-14")])
    body = """Sehr geehrte Frau Ruiz,

danke für Ihre Bestellung - passt so. Wir bestätigen alle drei Positionen zu Ihren Preisen, Lieferung frei Haus am 14.12.2026.

Mit freundlichen Grüßen

Ing. Markus Pichler
Innendienst / Auftragsabwicklung

Luftrein Filtertechnik GmbH
Industriestraße 14, 2351 Wiener Neudorf
Tel.: +43 2236 62 4 80-17 | Fax: +43 2236 62 4 80-99
Mobil: +43 664 123 45 67
Firmenbuch FN 241876 x, LG Wiener Neustadt | UID: ATU57381204
IBAN: AT61 1904 3002 3457 3201 | BIC: BKAUATWW

Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.

""" + outlook_quote(p, "Dienstag, 3. November 2026 09:42", DE_OUTLOOK)
    eml = build(p, addr("Pichler Markus", s["email"]), rfcdate(2026, 11, 4, 8, 15, 3, "+0100"),
                "<VI1PR0902MB2214A3C5@VI1PR0902MB2214.eurprd09.prod.outlook.example>", body,
                charset="iso-8859-1", cte="quoted-printable", prefix="AW: ")
    return [p], eml, expected("confirmation", "All three lines confirmed as ordered (price, qty, 14.12.2026 = requested). Numbers in the signature (62 4 80-17, FN 241876, IBAN) are noise.",
                              [labels(p, {1: "A", 2: "A", 3: "A"})])


@case("binliners-iphone-ship-date-us", "confirmation", "en-US",
      "Terse iPhone reply: 'ships 12/4' is month-first (Dec 4, not Apr 12) and is only a ship date, so it becomes the date of every line.")
def c002():
    s = sup("GRNBAG", "Greenway Bag Supply Inc.", "sales@greenwaybag.example", "en-US")
    p = po("4500031244", s, "dana", "USD", "2026-11-05", [
        ("BL-4045-B", "Can liner 40x45 in, 1.5 mil, black, 100/case", 20, "BOX", "38.50", "2026-12-11"),
        ("BL-3339-C", "Can liner 33x39 in, 0.9 mil, clear, 250/case", 15, "BOX", "24.10", "2026-12-11"),
        ("BL-2433-N", "Can liner 24x33 in, 8 mic, natural, 1000/case", 10, "BOX", "16.80", "2026-12-11")])
    body = """Confirmed all 3 lines at your pricing. Will ship 12/4 via FedEx Freight, PRO # to follow.

Mike

Sent from my iPhone

> On Nov 5, 2026, at 9:42 AM, Dana Ruiz <dana.ruiz@kestrelworks.example> wrote:
>
""" + gt(req_text(p, "Greenway Bag Supply team"), "> ")
    eml = build(p, addr("Mike Delgado", "mike.d@greenwaybag.example"), rfcdate(2026, 11, 9, 7, 3, 51, "-0600"),
                "<4F2A6C1E-88B1-4D0E-9E47-1C2B3A4D5E6F@greenwaybag.example>", body, charset="us-ascii",
                cte="7bit", prefix="Re: ")
    d = {"d": "2026-12-04"}
    return [p], eml, expected("confirmation", "Quantities and prices confirmed; only a ship date is given: 12/4 in en-US = 2026-12-04, which replaces the requested 2026-12-11 for all lines (ship date is the date when no delivery date is given).",
                              [labels(p, {1: d, 2: d, 3: d})])


@case("solder-shiftjis-split-delivery", "confirmation", "ja-JP",
      "Shift_JIS base64 Japanese reply; line 2 split into two deliveries with month/day dates without a year (one in January -> 2027); line 3's box remark does not change anything.")
def c003():
    s = sup("MINATO", "Minato Denzai Co., Ltd.", "eigyo@minato-denzai.example", "ja-JP")
    p = po("4500031388", s, "dana", "JPY", "2026-11-04", [
        ("SW-SAC305-08", "Solder wire SAC305 0.8 mm, 500 g reel", 40, "ROL", "6850", "2026-12-18"),
        ("SW-SN63-10", "Solder wire Sn63Pb37 1.0 mm, 500 g reel", 25, "ROL", "4920", "2026-12-18"),
        ("FLX-RMA-10", "Flux pen RMA, 10 ml", 30, "EA", "780", "2026-12-18")])
    body = """Kestrel Works
購買部 Dana Ruiz 様

いつも大変お世話になっております。
株式会社ミナト電材 営業部の佐藤でございます。

この度はご注文（貴社注文番号 4500031388）を賜り、誠にありがとうございます。
下記の通りご回答申し上げます。

1. SW-SAC305-08　40巻　@6,850円　→ ご指定の12月18日(金)着にて承りました。
2. SW-SN63-10　25巻　@4,920円　→ 在庫僅少のため、12月11日(金)着で15巻、
   残り10巻は1月15日(金)着の分納とさせていただきたく存じます。単価の変更はございません。
3. FLX-RMA-10　30本　@780円　→ 10本入りケース×3での出荷となります。12月18日(金)着。

以上、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社ミナト電材　営業部
佐藤 健一（Kenichi Sato）
〒108-0075 東京都港区港南2-16-3
TEL 03-5471-2280　FAX 03-5471-2281
━━━━━━━━━━━━━━━━━━━━

2026/11/04 9:42 に Dana Ruiz さんは書きました:
""" + gt(req_text(p), "> ")
    eml = build(p, addr("佐藤 健一", s["email"], "iso-2022-jp"), rfcdate(2026, 11, 5, 10, 22, 40, "+0900"),
                "<20261105102240.3F1A.SATO@minato-denzai.example>", body, charset="shift_jis", cte="base64",
                prefix="Re: ", hdr_charset="iso-2022-jp")
    return [p], eml, expected("confirmation", "Line 1 and 3 as ordered (3 cases of 10 = 30). Line 2 split: 15 on 12月11日 = 2026-12-11, 10 on 1月15日 = 2027-01-15 (next such date after the Nov mail), price unchanged.",
                              [labels(p, {1: "A", 2: {"s": [(15, "2026-12-11"), (10, "2027-01-15")]}, 3: "A"})])


@case("heatgun-gmail-ptbr-price-up", "confirmation", "pt-BR",
      "Gmail multipart reply in Brazilian Portuguese: line 1 price raised to R$ 312,40 (decimal comma), 'Valores sem IPI' and the CNPJ are noise.")
def c004():
    s = sup("TERMOTEC", "Termotec Ferramentas Ltda.", "vendas@termotec.example", "pt-BR")
    p = po("4500031402", s, "priya", "BRL", "2026-11-05", [
        ("HG-2000-220", "Heat gun 2000 W, 220 V, 2 temperature stages", 12, "EA", "289.90", "2027-01-11"),
        ("HG-NZ-SET", "Nozzle set for heat gun, 4 pcs", 12, "SET", "64.50", "2027-01-11")])
    main = """Olá Priya, bom dia!

Segue a confirmação do pedido 4500031402:

- Soprador térmico 2000 W (HG-2000-220): 12 pç, valor unitário R$ 312,40 (reajuste da tabela de novembro), entrega 11/01/2027.
- Jogo de bicos (HG-NZ-SET): 12 jg, valor unitário R$ 64,50, entrega 11/01/2027.

Valores sem IPI. Frete CIF.

Qualquer dúvida estou à disposição.

Att.,
Renata Carvalho
Vendas Internas | Termotec Ferramentas Ltda.
CNPJ 12.345.678/0001-90 | (11) 4002-8922 ramal 231"""
    intro = "Em qui., 5 de nov. de 2026 às 09:42, Priya Nair <priya.nair@kestrelworks.example> escreveu:"
    body = main + "\n\n" + intro + "\n\n" + gt(req_text(p), "> ")
    html = ('<div dir="ltr">' + text_to_html(main) + '</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            + esc(intro) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            + req_html(p) + '</blockquote></div>')
    eml = build(p, addr("Renata Carvalho", "renata.carvalho@termotec.example"), rfcdate(2026, 11, 6, 11, 4, 9, "-0300"),
                "<CAJ7x+Q0aPz3nW8mD5vK2sT9bYc1@mail.gmail.example>", body, html=html, style=1, prefix="Re: ")
    return [p], eml, expected("confirmation", "Line 1: 12 pcs, new unit price R$ 312,40 = 312.40 (was 289.90), date as requested. Line 2 as ordered. 'sem IPI' (tax excluded) does not change the net price.",
                              [labels(p, {1: {"p": "312.40"}, 2: "A"})])


@case("dustmask-thai-buddhist-year-html", "confirmation", "th-TH",
      "HTML-only Thai reply (base64) with Buddhist-era dates '15 ธ.ค. 2569' (= 2026); line 2 later delivery.")
def c005():
    s = sup("SIAMSAFE", "Siam Safety Supply Co., Ltd.", "sales@siamsafety.example", "th-TH")
    p = po("4500031455", s, "priya", "THB", "2026-11-05", [
        ("DM-N95-FV", "Dust mask N95 foldable with valve, box of 20", 50, "BOX", "420.00", "2026-12-15"),
        ("DM-P2-CUP", "Dust mask FFP2 cup type, box of 20", 30, "BOX", "515.00", "2026-12-15")])
    inner = """<p>เรียน คุณ Priya</p>
<p>บริษัท สยามเซฟตี้ซัพพลาย จำกัด ขอขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031455 และขอยืนยันรายการดังนี้</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>ลำดับ</th><th>รหัสสินค้า</th><th>จำนวน</th><th>ราคา/กล่อง (บาท)</th><th>วันส่งสินค้า</th><th>หมายเหตุ</th></tr>
<tr><td>1</td><td>DM-N95-FV</td><td>50 กล่อง</td><td>420.00</td><td>15 ธ.ค. 2569</td><td>-</td></tr>
<tr><td>2</td><td>DM-P2-CUP</td><td>30 กล่อง</td><td>515.00</td><td>22 ธ.ค. 2569</td><td>สินค้ารอเข้าจากโรงงาน</td></tr>
</table>
<p>ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%</p>
<p>ขอแสดงความนับถือ<br>สุภาพร วงศ์ใหญ่ (ฝ่ายขาย)<br>บริษัท สยามเซฟตี้ซัพพลาย จำกัด<br>โทร. 02-123-4567 ต่อ 108 | มือถือ 081-234-5678</p>
<hr><p><b>From:</b> Priya Nair &lt;priya.nair@kestrelworks.example&gt;<br><b>Sent:</b> Thursday, November 5, 2026 9:42 AM<br><b>Subject:</b> Purchase order 4500031455 - please confirm</p>
""" + req_html(p)
    eml = build(p, addr("Supaporn Wongyai", "supaporn.w@siamsafety.example"), rfcdate(2026, 11, 6, 14, 30, 0, "+0700"),
                "<TYZPR03MB6987E1F2@TYZPR03MB6987.apcprd03.prod.outlook.example>", None,
                html=html_wrap(inner, "th"), cte="base64")
    return [p], eml, expected("confirmation", "Thai Buddhist year 2569 = 2026. Line 1 as ordered (15 Dec). Line 2 delivery 22 ธ.ค. 2569 = 2026-12-22 instead of 2026-12-15. VAT remark is noise.",
                              [labels(p, {1: "A", 2: {"d": "2026-12-22"}})])


@case("tarpaulin-swahili-partial", "confirmation", "sw-KE",
      "Swahili/English mix: lines 1-2 confirmed ('sawa'), line 3 'tutathibitisha kesho' (will confirm tomorrow) stays unconfirmed.")
def c006():
    s = sup("PWANI", "Pwani Canvas & Tents Ltd", "sales@pwanicanvas.example", "sw-KE")
    p = po("4500031490", s, "priya", "KES", "2026-11-06", [
        ("TP-HD-4X6", "Tarpaulin HD PE 200 g/m2, 4 x 6 m, green", 40, "PC", "2350.00", "2026-12-07"),
        ("TP-HD-6X8", "Tarpaulin HD PE 200 g/m2, 6 x 8 m, green", 25, "PC", "4600.00", "2026-12-07"),
        ("TP-CNV-3X4", "Canvas tarpaulin 3 x 4 m, eyelets every 50 cm", 10, "PC", "5200.00", "2026-12-07")])
    body = """Habari Priya,

Asante kwa order yako. Tunathibitisha kama ifuatavyo:

Line 1 - pcs 40 @ KES 2,350.00 - delivery 07/12/2026 sawa.
Line 2 - pcs 25 @ KES 4,600.00 - delivery 07/12/2026 sawa.
Line 3 (canvas 3x4) - hii tutathibitisha kesho baada ya kuongea na fundi wetu wa kushona, stock ya canvas iko chini kidogo.

Asante,
Joseph Mwangi
Sales Dept, Pwani Canvas & Tents Ltd
Tel: +254 722 123 456 | P.O. Box 84512-80100, Mombasa
"""
    eml = build(p, addr("Joseph Mwangi", "joseph@pwanicanvas.example"), rfcdate(2026, 11, 9, 16, 12, 5, "+0300"),
                "<CAF3k9pQ2w8Hh1XyZ0s6mN4b7vR@mail.gmail.example>", body + "\nOn Fri, 6 Nov 2026 at 09:42, Priya Nair <priya.nair@kestrelworks.example> wrote:\n\n" + gt(req_text(p)),
                cte="7bit", charset="us-ascii", prefix="Re: ")
    return [p], eml, expected("confirmation", "Lines 1-2 confirmed as ordered (07/12/2026 day-first = requested). Line 3 will be confirmed tomorrow: unconfirmed.",
                              [labels(p, {1: "A", 2: "A", 3: "U"})])


@case("overalls-icelandic-stock-split", "confirmation", "is-IS",
      "Icelandic in ISO-8859-1: 30 pcs from stock on 10. desember, remaining 20 on 14. janúar (no year -> 2027); price written 8.900 kr.")
def c007():
    s = sup("VINNUF", "Vinnufatabúðin ehf.", "sala@vinnufatabudin.example", "is-IS")
    p = po("4500031512", s, "tomas", "ISK", "2026-11-06", [
        ("OV-PB-52", "Overall polyester/cotton, navy, size 52", 50, "PC", "8900", "2026-12-10"),
        ("OV-PB-56", "Overall polyester/cotton, navy, size 56", 20, "PC", "8900", "2026-12-10")])
    body = """Sæll Tomas,

Takk fyrir pöntunina.

Stærð 52: við eigum 30 stk. á lager sem fara til ykkar 10. desember. Hin 20 stk. koma með næstu sendingu frá birgja og verða afhent 14. janúar.
Stærð 56: 20 stk. staðfest, afhending 10. desember.
Verð 8.900 kr./stk. óbreytt á báðum línum.

Kveðja,
Guðrún Hallsdóttir
Sölufulltrúi - Vinnufatabúðin ehf.
Sími 555 1234 | GSM 861 2345 | kt. 520198-2079
Skeifan 11, 108 Reykjavík

-----Original Message-----
From: Tomas Lindqvist <tomas.lindqvist@kestrelworks.example>
Sent: föstudagur, 6. nóvember 2026 09:42
To: sala@vinnufatabudin.example
Subject: Purchase order 4500031512 - please confirm

""" + req_text(p)
    eml = build(p, addr("Guðrún Hallsdóttir", "gudrun@vinnufatabudin.example", "iso-8859-1", "Q"),
                rfcdate(2026, 11, 9, 11, 2, 44, "+0000"), "<000a01dc5172$1b2c3d40$4e5f6a70@vinnufatabudin.example>", body,
                charset="iso-8859-1", cte="quoted-printable", prefix="RE: ", hdr_charset="iso-8859-1")
    return [p], eml, expected("confirmation", "Line 1 split: 30 on 2026-12-10, 20 on 14. janúar = 2027-01-14 (total 50, last date 2027-01-14). Line 2 as ordered.",
                              [labels(p, {1: {"s": [(30, "2026-12-10"), (20, "2027-01-14")]}, 2: "A"})])


@case("padlock-hinglish-per-dozen", "confirmation", "hi-IN",
      "Hinglish with Devanagari: line 1 priced '₹1,140 per dozen' for 10 dozen, which equals 120 EA at 95.00 (accepted); line 2 dispatch date later (dd-mm-yyyy).")
def c008():
    s = sup("AGLOCK", "Agarwal Lock Works", "orders@agarwallock.example", "hi-IN")
    p = po("4500031533", s, "priya", "INR", "2026-11-09", [
        ("PL-40-BR", "Padlock brass 40 mm, 3 keys", 120, "EA", "95.00", "2026-12-12"),
        ("PL-50-LS", "Padlock laminated steel 50 mm, keyed alike", 60, "EA", "310.00", "2026-12-12")])
    body = """नमस्ते Priya ji,

Aapka PO 4500031533 mil gaya, dhanyavaad.

लाइन 1: 40mm brass padlock – 10 dozen, rate ₹1,140 per dozen, dispatch 12-12-2026.
लाइन 2: 50mm laminated keyed-alike – 60 nos @ ₹310/- each, lekin keyed-alike set banane mein 2 hafte extra lagenge, dispatch 26-12-2026.

GST @18% extra as applicable.

Regards,
Rajesh Agarwal
Agarwal Lock Works, Aligarh (U.P.)
Mob. 98370 12345 | GSTIN 09AAACA1234B1Z5
"""
    eml = build(p, addr("Rajesh Agarwal", "rajesh@agarwallock.example"), rfcdate(2026, 11, 10, 12, 41, 0, "+0530"),
                "<CAHs8xR2kLw0Q1p@mail.gmail.example>", body + "\nOn Mon, 9 Nov, 2026, 2:12 pm Priya Nair, <priya.nair@kestrelworks.example> wrote:\n" + gt(req_text(p)),
                cte="base64", prefix="Re: ")
    return [p], eml, expected("confirmation", "Line 1: 10 dozen = 120 EA, 1140/12 = 95.00 per EA, dispatch 12-12-2026 = requested: accepted. Line 2: only a dispatch (ship) date 26-12-2026, which becomes the date. GST extra is tax, not a price change.",
                              [labels(p, {1: "A", 2: {"d": "2026-12-26"}})])


@case("conveyor-swiss-kw-with-weekday", "confirmation", "de-CH",
      "Swiss German (no ß, apostrophe thousands CHF 1'015.00): 'Mi. KW 53' is a named day in ISO week 53 of 2026 (30.12.), 'KW 2' a Friday in 2027; line 3 in KW 51 = requested.")
def c009():
    s = sup("BANDAG", "Bandtech AG", "verkauf@bandtech.example", "de-CH")
    p = po("4500031560", s, "ines", "CHF", "2026-11-09", [
        ("CB-PVC-500", "Conveyor belt PVC 2-ply, 500 mm, endless 6200 mm", 4, "EA", "1480.00", "2026-12-18"),
        ("CB-PU-300", "Conveyor belt PU food grade, 300 mm, endless 3400 mm", 2, "EA", "965.00", "2026-12-18"),
        ("CB-LACE-05", "Mechanical belt lacing kit, 500 mm", 4, "SET", "112.50", "2026-12-18")])
    body = """Grüezi Frau Albrecht

Besten Dank für Ihre Bestellung 4500031560. Gerne bestätigen wir wie folgt:

Pos. 1   4 Stk.   CHF 1'480.00   Liefertermin Mi. KW 53 (Betriebsferien Vulkanisation bis 28.12.)
Pos. 2   2 Stk.   CHF 1'015.00   Liefertermin KW 2 (Konfektion extern, Preis gem. Tarif 2027)
Pos. 3   4 Set    CHF   112.50   Liefertermin KW 51

Alle Preise exkl. MWST, franko Domizil.

Freundliche Grüsse

Reto Baumgartner
Verkauf Innendienst
Bandtech AG | Industriestrasse 7 | CH-8604 Volketswil
T +41 44 908 12 34 | Zentrale +41 44 908 12 00

""" + outlook_quote(p, "Montag, 9. November 2026 09:42", DE_OUTLOOK)
    eml = build(p, addr("Baumgartner Reto", "reto.baumgartner@bandtech.example"), rfcdate(2026, 11, 10, 15, 47, 12, "+0100"),
                "<ZR0P278MB0123B4D5@ZR0P278MB0123.CHEP278.PROD.OUTLOOK.example>", body, cte="quoted-printable",
                prefix="AW: ")
    return [p], eml, expected("confirmation", "Pos. 1: Wednesday of ISO week 53/2026 = 2026-12-30. Pos. 2: KW 2 (next, i.e. 2027) Friday = 2027-01-15, price 1015.00. Pos. 3: KW 51 Friday = 2026-12-18 = requested -> accepted.",
                              [labels(p, {1: {"d": "2026-12-30"}, 2: {"p": "1015.00", "d": "2027-01-15"}, 3: "A"})])


@case("floortape-fr-question-first", "needs_review", "fr-FR",
      "French reply that mentions stock for lines 1-2 but asks a question about line 3's roll length and explicitly waits before confirming anything.")
def c010():
    s = sup("SIGNASOL", "Signasol SAS", "adv@signasol.example", "fr-FR")
    p = po("4500031577", s, "ines", "EUR", "2026-11-09", [
        ("FT-50-YL", "Floor marking tape PVC 50 mm x 33 m, yellow", 48, "ROL", "7.90", "2026-12-08"),
        ("FT-50-YB", "Floor marking tape 50 mm x 33 m, yellow/black", 24, "ROL", "11.40", "2026-12-08"),
        ("FT-75-WH", "Floor marking tape 75 mm x 33 m, white", 12, "ROL", "10.60", "2026-12-08")])
    main = """Bonjour Madame Albrecht,

Merci pour votre commande n° 4500031577.

Avant de vous transmettre notre accusé de réception, pouvez-vous me confirmer un point sur la ligne 3 : la référence FT-75-WH n'existe chez nous qu'en 75 mm x 30 m (et non 33 m). Cette longueur vous convient-elle ?

Les lignes 1 et 2 sont a priori disponibles sur stock. Dès votre retour, je vous confirme l'ensemble avec prix et délais.

Bien cordialement,

Sophie Lemaire
Administration des ventes
SIGNASOL SAS – 12 rue des Forges – 69800 Saint-Priest
Tél. : 04 72 37 18 90 – Capital 150 000 € – RCS Lyon 512 345 678"""
    html = html_wrap(text_to_html(main) + '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>De :</b> Ines Albrecht &lt;ines.albrecht@kestrelworks.example&gt;<br><b>Envoyé :</b> lundi 9 novembre 2026 09:42<br><b>À :</b> adv@signasol.example<br><b>Objet :</b> Purchase order 4500031577 - please confirm</p></div>' + req_html(p), "fr")
    body = main + "\n\nDe : Ines Albrecht <ines.albrecht@kestrelworks.example>\nEnvoyé : lundi 9 novembre 2026 09:42\nÀ : adv@signasol.example\nObjet : Purchase order 4500031577 - please confirm\n\n" + req_text(p)
    eml = build(p, addr("Sophie Lemaire", "s.lemaire@signasol.example"), rfcdate(2026, 11, 10, 10, 5, 0, "+0100"),
                "<PR3P192MB0876C1D2@PR3P192MB0876.EURP192.PROD.OUTLOOK.example>", body, html=html, prefix="RE : ")
    return [p], eml, expected("needs_review", "The supplier asks whether 30 m rolls are acceptable for line 3 and says it will confirm 'l'ensemble' afterwards; 'a priori disponibles' for lines 1-2 is not a commitment.")


@case("machineoil-polish-ooo", "auto_reply", "pl-PL",
      "Polish out-of-office (Automatyczna odpowiedź) with return date, a colleague's phone number and our quoted subject; no commitment.")
def c011():
    s = sup("OLEJPOL", "Olej-Pol Sp. z o.o.", "zamowienia@olejpol.example", "pl-PL")
    p = po("4500031590", s, "marek", "PLN", "2026-11-10", [
        ("MO-HLP46-20", "Hydraulic oil HLP 46, 20 L canister", 30, "EA", "189.00", "2026-12-04"),
        ("MO-ISO68-208", "Slideway oil ISO VG 68, 208 L drum", 2, "EA", "2140.00", "2026-12-04")])
    body = """Dzień dobry,

dziękuję za wiadomość. Jestem na urlopie do 16.11.2026 r. włącznie, z ograniczonym dostępem do poczty.
W sprawach zamówień proszę o kontakt z p. Anną Kowalczyk: a.kowalczyk@olejpol.example, tel. +48 61 842 11 22 wew. 14.

Pozdrawiam
Piotr Wiśniewski
Olej-Pol Sp. z o.o. | ul. Przemysłowa 45, 62-080 Tarnowo Podgórne
NIP 777-123-45-67
"""
    eml = build(p, addr("Piotr Wiśniewski", "p.wisniewski@olejpol.example", "iso-8859-2", "Q"),
                rfcdate(2026, 11, 10, 9, 43, 2, "+0100"), "<d41c2a7b8e0f4a1b9c3e5f60718293a4@olejpol.example>", body,
                charset="iso-8859-2", cte="quoted-printable", subject="Automatyczna odpowiedź: " + req_subject(p),
                hdr_charset="iso-8859-2",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")])
    return [p], eml, expected("auto_reply", "Out-of-office auto reply (Auto-Submitted header, holiday until 16.11.2026); the dates and phone numbers are not about the PO.")


@case("eyewash-exchange-ndr", "bounce", "en-GB",
      "Exchange 'Undeliverable' NDR (multipart/report with delivery-status and the original PO mail attached, so the PO table appears inside the bounce).")
def c012():
    s = sup("ASHSAFE", "Ashford Safety Products Ltd", "orders@ashfordsafety.example", "en-GB")
    p = po("4500031602", s, "dana", "GBP", "2026-11-10", [
        ("EW-ST-PLUMB", "Eye wash station plumbed-in, dual bowl", 2, "EA", "386.00", "2027-01-20"),
        ("EW-REFILL-1L", "Eye wash refill 1 L, sterile saline", 24, "EA", "9.85", "2027-01-20")])
    human = """Delivery has failed to these recipients or groups:

orders@ashfordsafety.example
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM6PR09MB4421.eurprd09.prod.outlook.example

orders@ashfordsafety.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient orders@ashfordsafety.example not found by SMTP address lookup'

Original message headers:

Message-ID: <po-4500031602.1@kestrelworks.example>
Subject: Purchase order 4500031602 - please confirm
"""
    rep = multipart("report", [text(human, cte="quoted-printable"),
                               dsn_part("AM6PR09MB4421.eurprd09.prod.outlook.example",
                                        [{"final": s["email"], "action": "failed", "status": "5.1.10",
                                          "remote": "mx.ashfordsafety.example",
                                          "diag": "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"}],
                                        arrival=req_rfcdate(p, "+0000")),
                               original_request_part(p, req_rfcdate(p, "+0000"))],
                    bnd("ndr4500031602", 2), "; report-type=delivery-status")
    hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrelworks.example>"),
          ("To", addr(p["buyer"]["name"], p["buyer"]["email"])),
          ("Subject", "Undeliverable: " + req_subject(p)), ("Date", rfcdate(2026, 11, 10, 9, 42, 31, "+0000")),
          ("Message-ID", "<8b2f1c0e-7d4a-4e51-9a0b-3c6d2e1f4a59@AM6PR09MB4421.eurprd09.prod.outlook.example>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    return [p], message(hs, rep), expected("bounce", "Non-delivery report: recipient not found (5.1.10). The quoted PO inside is our own original, not a confirmation.")


@case("knifeblade-gbk-moq-ship", "confirmation", "zh-CN",
      "Simplified Chinese in GBK base64: line 1 raised to the MOQ of 1000, both lines only have a ship date (发货) that becomes the date; '含税' price note does not change the price.")
def c013():
    s = sup("FENGRUI", "Ningbo Fengrui Tools Co., Ltd.", "export@fengrui-tools.example", "zh-CN")
    p = po("4500031618", s, "marek", "CNY", "2026-11-10", [
        ("KB-18-SNAP", "Snap-off knife blade 18 mm, tube of 10", 800, "EA", "3.80", "2026-12-20"),
        ("KB-TRAP-100", "Trapezoid utility blade, dispenser of 100", 60, "BOX", "42.00", "2026-12-20")])
    body = """Marek 您好！

贵司订单 4500031618 已收到，谢谢！回复如下：

1. 18mm 美工刀片（KB-18-SNAP）：该型号最小起订量为 1000 支，我们按 1000 支安排生产，单价 3.80 元不变，预计 12 月 15 日发货。
2. 梯形刀片（KB-TRAP-100）：60 盒，单价 42.00 元，同样 12 月 15 日发货。

以上单价与订单一致（含税）。如有问题请随时联系。

祝好！
王丽 Lily Wang
宁波锋锐工具有限公司 外贸部
电话：0574-8765 4321  手机：138 5742 1234

------------------ 原始邮件 ------------------
发件人: "Marek Novak"<marek.novak@kestrelworks.example>;
发送时间: 2026年11月10日(星期二) 下午4:42
收件人: "export"<export@fengrui-tools.example>;
主题: Purchase order 4500031618 - please confirm

""" + req_text(p)
    eml = build(p, addr("王丽", "lily.wang@fengrui-tools.example", "gbk"), rfcdate(2026, 11, 11, 9, 15, 27, "+0800"),
                "<tencent_5A1B2C3D4E5F60718293A4B5@qq.example>", body, charset="gbk", cte="base64",
                prefix="回复：", hdr_charset="gbk")
    return [p], eml, expected("confirmation", "Line 1: MOQ 1000 -> quantity 1000 (was 800), price 3.80 unchanged, ship 12月15日 = 2026-12-15 (ship date is the date). Line 2: 60 at 42.00, ship 2026-12-15 instead of 2026-12-20.",
                              [labels(p, {1: {"q": 1000, "d": "2026-12-15"}, 2: {"d": "2026-12-15"}})])


@case("grabbar-korean-xlsx-only", "confirmation", "ko-KR",
      "Korean EUC-KR body just says 'see attached'; the answer is only in an XLSX order acknowledgement: one line later, one line discontinued (단종, qty 0).")
def c014():
    s = sup("DAEHAN", "Daehan Safety Industrial Co.", "overseas@daehansafety.example", "ko-KR")
    p = po("4500031633", s, "marek", "KRW", "2026-11-10", [
        ("GB-SS-300", "Grab bar stainless steel 300 mm, dia. 32", 30, "EA", "18500", "2027-01-08"),
        ("GB-SS-600", "Grab bar stainless steel 600 mm, dia. 32", 40, "EA", "24800", "2027-01-08"),
        ("GB-L-700", "L-shaped grab bar 700 x 700 mm", 10, "EA", "61000", "2027-01-08")])
    body = """안녕하세요, Marek Novak 님.
대한안전산업 해외영업팀 김민준입니다.

발주서 4500031633 에 대한 주문확인서를 첨부와 같이 송부드립니다.
내용 확인 부탁드립니다.

감사합니다.

김민준 / 해외영업팀 대리
대한안전산업(주) | 경기도 안산시 단원구 산단로 123
T. 031-491-2345 | M. 010-9876-5432
"""
    x = make_xlsx([["주문확인서 (Order Acknowledgement)"], ["고객 PO No.", "4500031633"], ["당사 주문번호", "SO-26-11-0457"], [],
                   ["PO 항번", "품번", "품명", "수량", "단위", "단가(KRW)", "납기", "비고"],
                   [1, "GB-SS-300", "손잡이 스테인리스 300mm", 30, "EA", 18500, "2027-01-08", ""],
                   [2, "GB-SS-600", "손잡이 스테인리스 600mm", 40, "EA", 24800, "2027-01-15", "납기 1주 지연"],
                   [3, "GB-L-700", "ㄱ자 손잡이 700x700", 0, "EA", 0, "-", "단종 - 공급 불가"]], "주문확인서")
    eml = build(p, addr("김민준", "mj.kim@daehansafety.example", "euc-kr"), rfcdate(2026, 11, 11, 17, 8, 44, "+0900"),
                "<20261111170844.mj.kim.4500031633@daehansafety.example>", body, charset="euc-kr", cte="base64",
                atts=[attachment(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "OA_4500031633.xlsx")],
                hdr_charset="euc-kr", prefix="RE: ")
    return [p], eml, expected("confirmation", "Answer only in the XLSX: line 1 as ordered; line 2 delivery 2027-01-15 (one week late); line 3 quantity 0, '단종 - 공급 불가' (discontinued, cannot supply) = rejected.",
                              [labels(p, {1: "A", 2: {"d": "2027-01-15"}, 3: "R"})])


@case("vacuumhose-mx-per-roll", "confirmation", "es-MX",
      "Mexican Spanish: hose ordered per metre is priced per 15 m roll ($1,275.00 MXN / rollo -> 85.00 per M); 'más IVA' is noise.")
def c015():
    s = sup("MANGUMEX", "Mangueras Industriales del Bajío S.A. de C.V.", "ventas@manguerasbajio.example", "es-MX")
    p = po("4500031650", s, "dana", "MXN", "2026-11-10", [
        ("VH-PU-38", "Vacuum hose PU, ID 38 mm, wire reinforced", 60, "M", "82.00", "2026-12-16"),
        ("VH-CUF-38", "Hose cuff 38 mm, rubber", 20, "EA", "45.50", "2026-12-16")])
    body = """Buenas tardes Dana,

Confirmamos su orden de compra 4500031650:

* Manguera PU 38 mm (VH-PU-38): se surte en rollos de 15 m, le enviamos 4 rollos (60 m) a $1,275.00 MXN por rollo. Entrega 16/12/2026.
* Cople de hule 38 mm (VH-CUF-38): 20 pzas a $45.50 c/u, entrega 16/12/2026.

Precios más IVA. Condiciones de pago según lo acordado.

Saludos cordiales,

Ing. Alejandro Ríos
Ventas Industriales
Mangueras Industriales del Bajío S.A. de C.V.
Tel. (477) 712 3456 ext. 105 | León, Gto.

-----Mensaje original-----
De: Dana Ruiz <dana.ruiz@kestrelworks.example>
Enviado el: martes, 10 de noviembre de 2026 09:42 a. m.
Para: ventas@manguerasbajio.example
Asunto: Purchase order 4500031650 - please confirm

""" + req_text(p)
    eml = build(p, addr("Alejandro Rios", "arios@manguerasbajio.example"), rfcdate(2026, 11, 11, 16, 20, 0, "-0600"),
                "<SJ0PR13MB5432A1B2C3@SJ0PR13MB5432.namprd13.prod.outlook.example>", body, charset="windows-1252",
                cte="quoted-printable", prefix="RE: ")
    return [p], eml, expected("confirmation", "Line 1: 60 m as 4 rolls of 15 m at 1,275.00 per roll = 85.00 per M (PO 82.00) -> changed price. Line 2 as ordered.",
                              [labels(p, {1: {"p": "85.00"}, 2: "A"})])


@case("loadbinder-koi8r-two-pos", "confirmation", "ru-RU",
      "Russian KOI8-R mail answering two POs at once; the second PO's line 2 is discontinued (снят с производства); prices written '3 900,00 руб.'.")
def c016():
    s = sup("TEHKREP", "OOO TekhKrepyozh", "sales@tehkrep.example", "ru-RU")
    a = po("4500031671", s, "marek", "RUB", "2026-11-10", [
        ("LB-RAT-10", "Ratchet load binder 3/8-1/2 in, WLL 2450 kg", 20, "EA", "2450.00", "2026-12-21"),
        ("LB-LEV-10", "Lever load binder 3/8-1/2 in", 10, "EA", "1680.00", "2026-12-21")])
    b = po("4500031688", s, "marek", "RUB", "2026-11-11", [
        ("LB-CH-10-6", "Transport chain G70 3/8 in, 6 m, with hooks", 20, "EA", "3900.00", "2026-12-21"),
        ("LB-RAT-13", "Ratchet load binder 1/2-5/8 in", 10, "EA", "2980.00", "2026-12-21")])
    body = """Добрый день, Марек!

Отвечаем сразу по двум заказам.

Заказ N 4500031671 - обе позиции подтверждаем, цены без изменений, поставка 21.12.2026.

Заказ N 4500031688:
поз. 1 - цепь G70 3/8", 20 шт. по 3 900,00 руб., поставка 21.12.2026, подтверждаем;
поз. 2 - стяжка храповая 1/2-5/8" снята с производства, поставить не сможем, аналога у нас нет.

С уважением,
Алексей Смирнов
менеджер по продажам
ООО "ТехКрепёж"
тел. +7 (495) 123-45-67 доб. 214
ИНН 7701234567 / КПП 770101001
"""
    eml = build(a, addr("Алексей Смирнов", "a.smirnov@tehkrep.example", "koi8-r"), rfcdate(2026, 11, 12, 11, 33, 17, "+0300"),
                "<1731400397.518204@tehkrep.example>", body, charset="koi8-r", cte="8bit",
                subject="Re: Заказы 4500031671 и 4500031688", hdr_charset="koi8-r",
                refs_extra=[b["request_message_id"]])
    return [a, b], eml, expected("confirmation", "PO 4500031671: both lines confirmed as ordered. PO 4500031688: line 1 as ordered, line 2 discontinued -> rejected.",
                                 [labels(a, {1: "A", 2: "A"}), labels(b, {1: "A", 2: "R"})])


@case("rainjacket-dutch-newsletter", "unrelated", "nl-NL",
      "Dutch HTML newsletter from the same supplier advertising rain jackets (our open PO's goods) with prices and delivery promises; bulk headers, not a reply.")
def c017():
    s = sup("REGENPRO", "RegenPro Bedrijfskleding B.V.", "verkoop@regenpro.example", "nl-NL")
    p = po("4500031702", s, "tomas", "EUR", "2026-11-11", [
        ("RJ-PU-HV-L", "Rain jacket PU hi-vis yellow, size L", 40, "PC", "24.90", "2026-12-09"),
        ("RJ-PU-HV-XL", "Rain jacket PU hi-vis yellow, size XL", 30, "PC", "24.90", "2026-12-09")])
    txt = """RegenPro nieuwsbrief – november 2026

Black Friday bij RegenPro: 20% korting op alle regenjassen!
Hi-vis regenjas PU, geel, maten S t/m 3XL: nu € 19,92 i.p.v. € 24,90.
Op voorraad besteld = binnen 2 werkdagen geleverd.

Actie geldig t/m 30-11-2026. Vraag uw accountmanager naar de voorwaarden.

U ontvangt deze e-mail omdat u klant bent bij RegenPro. Afmelden: https://regenpro.example/afmelden?u=8812
RegenPro Bedrijfskleding B.V. | KvK 12345678 | Industrieweg 22, 3542 AD Utrecht
"""
    html = html_wrap("<h1>Black Friday bij RegenPro</h1><p><b>20% korting op alle regenjassen!</b></p><table><tr><td>Hi-vis regenjas PU, geel, S t/m 3XL</td><td><s>€ 24,90</s> <b>€ 19,92</b></td></tr></table><p>Op voorraad besteld = binnen 2 werkdagen geleverd. Actie geldig t/m 30-11-2026.</p><p style=\"font-size:9px\">U ontvangt deze e-mail omdat u klant bent bij RegenPro. <a href=\"https://regenpro.example/afmelden?u=8812\">Afmelden</a><br>RegenPro Bedrijfskleding B.V. | KvK 12345678</p>", "nl")
    eml = build(p, addr("RegenPro", "nieuwsbrief@mail.regenpro.example"), rfcdate(2026, 11, 24, 6, 0, 0, "+0100"),
                "<nb-2026-11-bf.8812@mail.regenpro.example>", txt, html=html, threaded=False,
                subject="🌧️ Black Friday: 20% korting op regenjassen", to="tomas.lindqvist@kestrelworks.example",
                extra=[("List-Unsubscribe", "<https://regenpro.example/afmelden?u=8812>"), ("Precedence", "bulk"),
                       ("List-Id", "RegenPro klanten <klanten.regenpro.example>")])
    return [p], eml, expected("unrelated", "A marketing newsletter (List-Unsubscribe, Precedence: bulk, no thread). The discounted rain-jacket price is an offer, not an answer to PO 4500031702.")


@case("eyewash-turkish-inline-answers", "confirmation", "tr-TR",
      "Turkish supplier answers inline under each quoted PO line (windows-1254 QP): OK / new price 1.290,00 and later date / discontinued.")
def c018():
    s = sup("GOZSAFE", "Güvenlik Ekipmanları San. ve Tic. A.Ş.", "satis@guvenlikekipman.example", "tr-TR")
    p = po("4500031719", s, "priya", "TRY", "2026-11-11", [
        ("EW-PL-1L", "Eye wash bottle 1 L, saline", 48, "EA", "185.00", "2026-12-14"),
        ("EW-ST-WALL", "Eye wash station wall-mounted, 2 x 1 L", 6, "EA", "1240.00", "2026-12-14"),
        ("EW-PH-500", "pH neutral eye wash 500 ml", 48, "EA", "120.00", "2026-12-14")])
    rows = [r for r in req_text(p).split("\n")]
    out = []
    ans = {"1 ": "   --> ONAY. 48 adet x 185,00 TL, termin uygun.",
           "2 ": "   --> ONAY fakat fiyat 1.290,00 TL/adet (yeni liste), teslim 21.12.2026",
           "3 ": "   --> Bu ürün üretimden kalktı, tedarik edemiyoruz."}
    for r in rows:
        out.append(r)
        for k, v in ans.items():
            if r.startswith(k) and "EW-" in r:
                out.append(v)
    body = """Merhaba Priya Hanım,

Cevaplarımızı aşağıda satır aralarına yazdık.

Saygılarımızla,
Emre Yıldız
Satış Destek | Güvenlik Ekipmanları San. ve Tic. A.Ş.
Tel: +90 216 555 12 34 | Vergi No: 1234567890

-----Original Message-----
From: Priya Nair <priya.nair@kestrelworks.example>
Sent: Wednesday, November 11, 2026 9:42 AM
To: satis@guvenlikekipman.example
Subject: Purchase order 4500031719 - please confirm

""" + "\n".join(out)
    eml = build(p, addr("Emre Yıldız", "emre.yildiz@guvenlikekipman.example", "windows-1254", "Q"),
                rfcdate(2026, 11, 12, 14, 2, 9, "+0300"), "<AM9PR07MB7312F00D@AM9PR07MB7312.eurprd07.prod.outlook.example>",
                body, charset="windows-1254", cte="quoted-printable", hdr_charset="windows-1254")
    return [p], eml, expected("confirmation", "Inline answers in the quoted table: line 1 OK; line 2 new price 1,290.00 and delivery 21.12.2026; line 3 discontinued = rejected.",
                              [labels(p, {1: "A", 2: {"p": "1290.00", "d": "2026-12-21"}, 3: "R"})])
