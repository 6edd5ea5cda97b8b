# -*- coding: utf-8 -*-
from .common import *  # noqa


@case("at-aprons-kw-and-pricelist", "confirmation", "de-AT",
      "Windows-1252 QP top-post over a German Outlook quote; one line moves to 'KW 51', another gets a price-list price, the third keeps a date written without year.")
def c_at():
    s = sup("GRUBERTEX", "Textilwerk Gruber GmbH", "verkauf@gruber-textil.example", "de-AT")
    po = PO("4500081201", s, [
        ("SCH-4410", "Latzschürze Baumwolle, marine", 120, "EA", "7.80", "2026-12-11"),
        ("SCH-4420", "Latzschürze PU-beschichtet, weiß", 80, "EA", "12.40", "2026-12-11"),
        ("SCH-5100", "Bistroschürze, schwarz", 60, "EA", "4.60", "2026-12-11"),
    ], issued="2026-11-03")
    body = """Sehr geehrte Frau Ruiz,

danke für Ihre Bestellung 4500081201. Wir bestätigen wie folgt:

Pos. 1  SCH-4410  120 Stk. à € 7,80 – Liefertermin 11.12.2026 passt.
Pos. 2  SCH-4420  80 Stk. à € 12,40 – leider erst KW 51 möglich (die Beschichtung kommt verspätet vom Vorlieferanten).
Pos. 3  SCH-5100  60 Stk. – Preis lt. aktueller Preisliste 2026/27 € 4,90 (statt € 4,60), Termin 11.12. ok.

Bei Rückfragen stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen

Ing. Martina Hofbauer
Verkaufsinnendienst
Textilwerk Gruber GmbH | Industriestraße 14 | 4600 Wels
Tel. +43 7242 21 88-314 | Fax +43 7242 21 88-399
FN 123456k | UID ATU12345678 | LG Wels

""" + q_outlook(po, ("Von", "Gesendet", "An", "Betreff"), sent="Dienstag, 3. November 2026 08:30",
               sep="-----Ursprüngliche Nachricht-----")
    raw = eml(addr("Hofbauer Martina", s["email"]), buyer_to(po), "AW: " + req_subject(po),
              mdate("2026-11-05 10:42:13", "+0100"), mid("outlook", "at1"),
              text(body, cs="windows-1252"), xmailer="Microsoft Outlook 16.0", **reply_headers(po))
    exp = conf("Line 1 accepted. Line 2 'KW 51' with no day = Friday 2026-12-18. Line 3 price 4.90 instead of 4.60; "
               "'11.12.' without year = 2026-12-11 as ordered.",
               (po, {1: A, 2: C(d="2026-12-18"), 3: C(p="4.90")}))
    return [po], raw, exp


@case("br-bins-pack-rounding", "confirmation", "pt-BR",
      "Gmail multipart reply in Brazilian Portuguese; quantity rounded up to full bales of 12, one line pushed past the plant's collective holiday whose dates are distractors.")
def c_br():
    s = sup("PLASTIFORM", "Plastiform Utilidades Ltda", "vendas@plastiform-utilidades.example", "pt-BR")
    po = PO("4500081215", s, [
        ("CX-30L", "Caixa organizadora 30 L com tampa", 250, "EA", "38.90", "2026-12-15"),
        ("CX-56L", "Caixa organizadora 56 L com tampa", 120, "EA", "61.50", "2026-12-15"),
    ], currency="BRL", issued="2026-11-03")
    t = """Bom dia Dana, tudo bem?

Segue a confirmação do pedido 4500081215:

- Item 1 (CX-30L): vendemos somente em fardo fechado com 12 unidades, então ajustamos para 252 pçs (21 fardos). Preço de R$ 38,90 mantido. Entrega 15/12.
- Item 2 (CX-56L): 120 pçs a R$ 61,50, entrega em 08/01/2027 por causa das férias coletivas (a fábrica fecha de 18/12 a 04/01).

Qualquer dúvida estou à disposição.

Abs,
Juliana Moreira
Comercial | Plastiform Utilidades Ltda
(11) 4002-8922 | CNPJ 12.345.678/0001-90
"""
    intro = "Em ter., 3 de nov. de 2026 às 04:30, Dana Ruiz <%s> escreveu:" % po["buyer"]["email"]
    plain = t + "\n" + q_gmail(po, intro)
    html = html_doc(txt2html(t) + html_quote(po, intro), "pt")
    raw = eml(addr("Juliana Moreira", s["email"]), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-04 11:07:51", "-0300"), mid("gmail", "br2"),
              mp("alternative", text(plain), text(html, "html"), style="gmail"), **reply_headers(po))
    exp = conf("Line 1: 252 (21 bales of 12) instead of 250, price and date 15/12 (=2026-12-15) unchanged. Line 2 moved to "
               "08/01/2027 (day-first); 18/12 and 04/01 are the plant holiday, not delivery dates.",
               (po, {1: C(q=252), 2: C(d="2027-01-08")}))
    return [po], raw, exp


@case("th-tissue-buddhist-era", "confirmation", "th-TH",
      "Thai reply in TIS-620, base64; dates use the Buddhist era (2569/2570) with abbreviated Thai month names.")
def c_th():
    s = sup("SIAMTISSUE", "Siam Tissue Co., Ltd.", "sales@siamtissue.example", "th-TH")
    po = PO("4500081230", s, [
        ("TP-J300", "Jumbo roll toilet tissue 2-ply 300 m", 400, "ROL", "89.00", "2026-12-10"),
        ("TP-STD24", "Toilet tissue 2-ply, pack of 24 rolls", 150, "BOX", "265.00", "2026-12-10"),
    ], currency="THB", issued="2026-11-04", buyer="dana")
    body = """เรียน คุณ Dana

บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500081230 ดังนี้

1. TP-J300 กระดาษชำระม้วนใหญ่ 2 ชั้น 300 ม. จำนวน 400 ม้วน ราคาม้วนละ 89.00 บาท ส่งมอบวันที่ 10 ธ.ค. 2569
2. TP-STD24 กระดาษชำระ แพ็ค 24 ม้วน จำนวน 150 กล่อง ราคา 265.00 บาท ส่งมอบวันที่ 8 ม.ค. 2570 เนื่องจากสินค้าขาดสต็อกชั่วคราว

ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายขาย บริษัท สยามทิชชู่ จำกัด
โทร 02-123-4567 ต่อ 118
"""
    raw = eml(addr("สมชาย ใจดี", s["email"], "tis-620"), buyer_to(po), "ตอบกลับ: " + req_subject(po),
              mdate("2026-11-06 14:22:05", "+0700"), mid("x", "th3", "siamtissue.example"),
              text(body, cs="tis-620", cte="base64"), cs="tis-620", **reply_headers(po))
    exp = conf("Buddhist era: 10 ธ.ค. 2569 = 2026-12-10 (as ordered), 8 ม.ค. 2570 = 2027-01-08 for line 2. VAT remark is not a price change.",
               (po, {1: A, 2: C(d="2027-01-08")}))
    return [po], raw, exp


@case("ke-pumps-discontinued", "confirmation", "sw-KE",
      "Short Swahili reply naming lines by description, not by number; one pump model is discontinued (rejected), the other two confirmed.")
def c_ke():
    s = sup("PAMPUBORA", "Pampu Bora Ltd", "mauzo@pampubora.example", "sw-KE")
    po = PO("4500081244", s, [
        ("WP-SUB-1HP", "Submersible water pump 1 HP", 6, "EA", "38500.00", "2026-12-14"),
        ("WP-SURF-05", "Surface water pump 0.5 HP", 10, "EA", "14200.00", "2026-12-14"),
        ("WP-CTRL", "Automatic pressure controller", 10, "EA", "3900.00", "2026-12-14"),
    ], currency="KES", issued="2026-11-04")
    body = """Habari Dana,

Tumepokea LPO 4500081244, asante sana.

Pampu za 1 HP (6) na pressure controller (10) tunathibitisha, bei kama ilivyo kwenye LPO, tutaleta tarehe 14/12/2026.

Pampu ya 0.5 HP (WP-SURF-05) imesitishwa na kiwanda, hatuwezi kuisambaza tena. Samahani kwa usumbufu.

Asante,
Wanjiru Kamau
Mauzo | Pampu Bora Ltd
Industrial Area, Nairobi | 0722 123 456 | P.O. Box 12345-00100

Sent from my Samsung Galaxy smartphone.
"""
    raw = eml(addr("Wanjiru Kamau", s["email"]), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-05 09:15:40", "+0300"), mid("gmail", "ke4"),
              text(body, cte="7bit" if False else "quoted-printable"), **reply_headers(po))
    exp = conf("Lines 1 and 3 confirmed as ordered (14/12/2026). Line 2 discontinued by the factory -> rejected.",
               (po, {1: A, 2: R, 3: A}))
    return [po], raw, exp


@case("in-earmuffs-hindi-lakh", "confirmation", "hi-IN",
      "Hindi with English terms; Indian lakh grouping in the total, GST remark, one line with a higher price and a later DD-MM-YYYY date.")
def c_hi():
    s = sup("SURAKSHA", "Suraksha Safety Products Pvt. Ltd.", "orders@surakshasafety.example", "hi-IN")
    po = PO("4500081258", s, [
        ("EM-25", "Ear muff SNR 25 dB, headband", 500, "EA", "245.00", "2026-12-18"),
        ("EM-31H", "Ear muff SNR 31 dB, helmet mount", 200, "EA", "612.50", "2026-12-18"),
    ], currency="INR", issued="2026-11-04", buyer="omar")
    t = """नमस्ते ओमार जी,

आपका PO नं. 4500081258 प्राप्त हुआ, धन्यवाद।

लाइन 1: EM-25 – 500 नग @ ₹245.00 – डिलीवरी 18-12-2026 तक, कन्फर्म।
लाइन 2: EM-31H – कच्चे माल की कीमत बढ़ने के कारण रेट ₹645.00 प्रति नग रहेगा, मात्रा 200 नग, डिलीवरी 04-01-2027।

सभी कीमतें GST (18%) अतिरिक्त।
कुल ऑर्डर मूल्य: ₹2,51,500.00 + GST

धन्यवाद,
राजेश शर्मा
सुरक्षा सेफ्टी प्रोडक्ट्स प्रा. लि., भिवंडी
मो. +91 98200 12345 | GSTIN 27AABCS1234F1Z5
"""
    raw = eml(addr("Rajesh Sharma", s["email"]), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-05 16:48:02", "+0530"), mid("outlook", "hi5"),
              mp("alternative", text(t, cte="base64"), text(html_doc(txt2html(t), "hi"), "html", cte="base64")),
              **reply_headers(po))
    exp = conf("Line 1 as ordered. Line 2 price 645.00 (was 612.50) and date 04-01-2027 = 2027-01-04. Total ₹2,51,500 is lakh grouping (251500) and consistent; GST extra is not a change.",
               (po, {1: A, 2: C(p="645.00", d="2027-01-04")}))
    return [po], raw, exp


@case("is-icemelt-weekday-and-week", "confirmation", "is-IS",
      "Icelandic in ISO-8859-1; dot thousands separator on kg quantities, one date as weekday+day without year, the other as 'viku 50'.")
def c_is():
    s = sup("SALTKAUP", "Saltkaup ehf.", "pantanir@saltkaup.example", "is-IS")
    po = PO("4500081263", s, [
        ("IM-NACL-25", "Hálkuvarnarsalt, 25 kg sekkir", 5000, "KG", "38.00", "2026-12-07"),
        ("IM-CACL-FL", "Kalsíumklóríð flögur", 1000, "KG", "145.00", "2026-12-07"),
    ], currency="ISK", issued="2026-11-05", buyer="mei")
    body = """Sæl Mei,

Takk fyrir pöntunina (4500081263).

Salt í 25 kg sekkjum, 5.000 kg á 38 kr./kg - staðfest, afhending mánudaginn 7. desember.
Kalsíumklóríð: eigum ekki nóg á lager núna, getum afhent öll 1.000 kg í viku 50, sama verð.

Kveðja,
Guðrún Sigurðardóttir
Saltkaup ehf. | Sundagörðum 2, 104 Reykjavík
Sími 555 1234 | Kt. 530192-2399
"""
    raw = eml(addr("Guðrún Sigurðardóttir", s["email"], "iso-8859-1"), buyer_to(po), "Svar: " + req_subject(po),
              mdate("2026-11-06 10:03:44", "+0000"), mid("x", "is6", "saltkaup.example"),
              text(body, cs="iso-8859-1", cte="8bit"), cs="iso-8859-1", xmailer="Mozilla Thunderbird",
              **reply_headers(po))
    exp = conf("5.000 kg = 5000. Line 1 Monday 7 December = 2026-12-07 as ordered. Line 2 'viku 50' = Friday 2026-12-11.",
               (po, {1: A, 2: C(d="2026-12-11")}))
    return [po], raw, exp


@case("us-handtrucks-iphone-ship-date", "confirmation", "en-US",
      "Two-line iPhone reply: 'ship 12/4' is month-first and a ship date that is EARLIER than requested, for both lines.")
def c_us():
    s = sup("DOLLYDEPOT", "Dolly Depot Inc.", "sales@dollydepot.example", "en-US")
    po = PO("4500081277", s, [
        ("HT-600P", "Hand truck 600 lb, pneumatic wheels", 12, "EA", "89.95", "2026-12-10"),
        ("HT-CNV4", "Convertible hand truck, 4-wheel", 4, "EA", "214.00", "2026-12-10"),
    ], currency="USD", issued="2026-11-05", buyer="dana")
    body = """Confirmed, both lines ship 12/4 UPS ground.

Mike

Sent from my iPhone

""" + q_gmail(po, "On Nov 5, 2026, at 1:30 AM, Dana Ruiz <%s> wrote:" % po["buyer"]["email"])
    raw = eml(addr("Mike Sorensen", "mike@dollydepot.example"), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-05 17:21:09", "-0600"), mid("apple", "us7"),
              text(body, cte="7bit"), xmailer="iPhone Mail (22B91)", **reply_headers(po))
    exp = conf("'12/4' is month-first (en-US) = 2026-12-04, a ship date, the only date given -> date for both lines; quantities and prices unchanged.",
               (po, {1: C(d="2026-12-04"), 2: C(d="2026-12-04")}))
    return [po], raw, exp


@case("gb-ooo-with-return-date", "auto_reply", "en-GB",
      "Exchange out-of-office reply carrying In-Reply-To and a day-first return date plus phone numbers; nothing about the order.")
def c_gb():
    s = sup("GRIPSCO", "Gripsco Cable Accessories Ltd", "sales@gripsco.example", "en-GB")
    po = PO("4500081281", s, [
        ("CG-M20", "Cable gland M20 nylon IP68", 400, "EA", "0.38", "2026-12-04"),
        ("CG-M25", "Cable gland M25 nylon IP68", 250, "EA", "0.52", "2026-12-04"),
    ], currency="GBP", issued="2026-11-05", buyer="jonas")
    body = """Thank you for your email.

I am out of the office until Monday 16/11/2026 with limited access to email. Your message has not been forwarded.

For urgent orders please contact our sales desk on sales@gripsco.example or call 01632 960 123 (option 2).

Kind regards
Helen Pritchard
Gripsco Cable Accessories Ltd | Unit 4, Canal Side Ind. Est., Walsall WS2 8XX
"""
    raw = eml(addr("Helen Pritchard", "h.pritchard@gripsco.example"), buyer_to(po),
              "Automatic reply: " + req_subject(po), mdate("2026-11-05 08:31:02", "+0000"),
              mid("outlook", "gb8"),
              mp("alternative", text(body), text(html_doc(txt2html(body), "en-GB", True), "html")),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "h.pritchard@gripsco.example")],
              **reply_headers(po))
    return [po], raw, other("auto_reply", "Out-of-office: the date 16/11/2026 is the return date, not a delivery date.")


@case("fr-glass-cleaner-carton-price-html", "confirmation", "fr-FR",
      "HTML-only reply in ISO-8859-15; price is given per carton of 12 while the PO is per bottle (26,40 € / 12 = 2,20 €), date as weekday phrase.")
def c_fr():
    s = sup("CLAIRNET", "Clairnet Hygiène SAS", "adv@clairnet-hygiene.example", "fr-FR")
    po = PO("4500081290", s, [
        ("NV-750", "Nettoyant vitres pulvérisateur 750 ml", 240, "EA", "2.10", "2026-12-09"),
        ("NV-5L", "Nettoyant vitres bidon 5 L", 40, "EA", "9.80", "2026-12-09"),
    ], issued="2026-11-05")
    h = """<p>Bonjour Madame Ruiz,</p>
<p>Nous vous confirmons la bonne prise en compte de votre commande n° 4500081290 :</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Réf.</th><th>Désignation</th><th>Quantité</th><th>Prix HT</th><th>Livraison</th></tr>
<tr><td>NV-750</td><td>Nettoyant vitres 750 ml</td><td>240 flacons (20 cartons de 12)</td><td>26,40 € le carton</td><td>mercredi 9 décembre</td></tr>
<tr><td>NV-5L</td><td>Nettoyant vitres 5 L</td><td>40 bidons</td><td>9,80 € l'unité</td><td>mercredi 9 décembre</td></tr>
</table>
<p>Franco de port à partir de 300 € HT.</p>
<p>Bien cordialement,</p>
<p>Sophie Marchand<br>Administration des ventes<br>Clairnet Hygiène SAS – 12 rue des Tanneurs – 69007 Lyon<br>Tél. 04 78 12 34 56</p>
<p style="font-size:8pt;color:#888">Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.</p>
"""
    html = html_doc(h + outlook_html_quote(po, ("De", "Envoyé", "À", "Objet"), "jeudi 5 novembre 2026 08:30"), "fr", True)
    raw = eml(addr("Sophie Marchand", s["email"], "iso-8859-15"), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-06 09:12:00", "+0100"), mid("outlook", "fr9"),
              text(html.replace("charset=utf-8", "charset=iso-8859-15"), "html", cs="iso-8859-15"),
              cs="iso-8859-15", **reply_headers(po))
    exp = conf("Line 1: 26,40 € per carton of 12 = 2.20 per bottle (PO 2.10) -> changed price; 'mercredi 9 décembre' = 2026-12-09 as ordered. Line 2 accepted.",
               (po, {1: C(p="2.20"), 2: A}))
    return [po], raw, exp


@case("de-palletjack-erp-pdf-ab", "confirmation", "de-DE",
      "No-reply ERP mail without In-Reply-To, the Auftragsbestätigung is a PDF with a text layer; SAP-style line numbers 10/20 and 'KW 02/2027'.")
def c_de():
    s = sup("HUBTEC", "Hubtec Fördertechnik GmbH", "auftrag@hubtec.example", "de-DE")
    po = PO("4500081302", s, [
        ("GHW-2500", "Gabelhubwagen 2500 kg, Gabel 1150 mm", 4, "EA", "389.00", "2026-12-18"),
        ("GHW-W2000", "Gabelhubwagen mit Waage 2000 kg", 1, "EA", "1240.00", "2026-12-18"),
    ], issued="2026-11-03", buyer="jonas", numbering=[10, 20])
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 2026-AB-10448 zu Ihrer Bestellung 4500081302.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.

Hubtec Fördertechnik GmbH · Am Kanal 7 · 44147 Dortmund
Geschäftsführer: Dr. K. Brandt · Amtsgericht Dortmund HRB 98765 · USt-IdNr. DE812345678
"""
    p = pdf(["#Auftragsbestätigung Nr. 2026-AB-10448",
             "Hubtec Fördertechnik GmbH, Am Kanal 7, 44147 Dortmund",
             "",
             "Kunde: Brightline Facilities Supply GmbH        Kunden-Nr. 30117",
             "Ihre Bestellung: 4500081302 vom 03.11.2026      Datum: 09.11.2026",
             "",
             "Pos.  Artikel     Bezeichnung                          Menge   Einzelpreis   Liefertermin",
             "10    GHW-2500    Gabelhubwagen 2500 kg, Gabel 1150     4 Stk   389,00 EUR    KW 02/2027",
             "20    GHW-W2000   Gabelhubwagen mit Waage 2000 kg       1 Stk   1.240,00 EUR  KW 51/2026",
             "",
             "Zwischensumme                 2.796,00 EUR",
             "MwSt. 19 %                      531,24 EUR",
             "Gesamtbetrag                  3.327,24 EUR",
             "",
             "Lieferbedingung: frei Haus (DAP)   Zahlungsbedingung: 30 Tage netto",
             "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen."], "Auftragsbestaetigung 2026-AB-10448")
    raw = eml(addr("Hubtec Auftragsabwicklung", "noreply@hubtec.example"), buyer_to(po),
              "Auftragsbestätigung 2026-AB-10448 zu Ihrer Bestellung 4500081302",
              mdate("2026-11-09 06:02:17", "+0100"), mid("x", "de10", "erp.hubtec.example"),
              mp("mixed", text(body), att(p, "application/pdf", "AB_2026-AB-10448.pdf"), style="java"),
              extra=[("Auto-Submitted", "auto-generated")])
    exp = conf("ERP confirmation = confirmation even though automatic. Pos 10 'KW 02/2027' = Friday 2027-01-15 (changed); Pos 20 'KW 51/2026' = Friday 2026-12-18 = as ordered.",
               (po, {10: C(d="2027-01-15"), 20: A}))
    return [po], raw, exp


@case("cz-outletboxes-inline-answers", "confirmation", "cs-CZ",
      "Windows-1250 QP; supplier writes answers inline under each quoted PO row; one line later, one discontinued with a substitute only suggested.")
def c_cz():
    s = sup("ELKOBOX", "Elkobox s.r.o.", "obchod@elkobox.example", "cs-CZ")
    po = PO("4500081316", s, [
        ("KU68-1901", "Krabice pod omítku KU 68-1901", 500, "EA", "10.50", "2026-12-11"),
        ("KO8-IP66", "Krabice na povrch IP66 100x100", 120, "EA", "71.20", "2026-12-11"),
        ("KP67-2", "Krabice přístrojová do dutých stěn", 300, "EA", "15.30", "2026-12-11"),
    ], currency="CZK", issued="2026-11-05", buyer="jonas")
    body = """Dobrý den, pane Webere,

odpovědi píšu přímo do Vaší objednávky níže.

S pozdravem
Petra Nováková
Elkobox s.r.o. | Průmyslová 1234, 530 02 Pardubice
tel.: +420 466 123 456 | IČO: 12345678

Dne čt 5. 11. 2026 8:30 Jonas Weber <%s> napsal(a):
""" % po["buyer"]["email"] + answer_inline(po, {
        1: "OK, potvrzuji.",
        2: "Skladem nemáme, dodáme až 8.1.2027, cena beze změny.",
        3: "Tento typ se již nevyrábí. Náhrada je KPR 68 za 17,90 Kč – pokud máte zájem, pošlete prosím novou objednávku.",
    })
    raw = eml(addr("Petra Nováková", s["email"], "windows-1250"), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-06 13:37:29", "+0100"), mid("x", "cz11", "elkobox.example"),
              text(body, cs="windows-1250"), cs="windows-1250", xmailer="Mozilla Thunderbird",
              **reply_headers(po))
    exp = conf("Inline answers: line 1 OK; line 2 delivered 8.1.2027 = 2027-01-08; line 3 discontinued, a substitute needs a new order -> rejected.",
               (po, {1: A, 2: C(d="2027-01-08"), 3: R}))
    return [po], raw, exp


@case("in-labelprinter-dpi-question", "needs_review", "en-IN",
      "Indian business English acknowledgement that asks which print head and ribbon core we want before issuing the OA; full of numbers but commits to nothing.")
def c_en_in():
    s = sup("LABELTECH", "Labeltech Systems Pvt. Ltd.", "sales@labeltech.example", "en-IN")
    po = PO("4500081327", s, [
        ("TT-420", "Thermal transfer label printer 4 inch", 5, "EA", "38500.00", "2026-12-16"),
        ("RIB-110", "Wax/resin ribbon 110 mm x 300 m", 60, "ROL", "640.00", "2026-12-16"),
    ], currency="INR", issued="2026-11-05", buyer="omar")
    body = """Dear Sir,

Greetings from Labeltech!

We acknowledge receipt of your PO No. 4500081327 dated 05-11-2026 for 5 Nos. TT-420 printers and 60 Nos. ribbons.

Kindly clarify the following before we process:
1) TT-420 is available with 203 dpi (Rs. 38,500/-) and 300 dpi (Rs. 44,200/-) print head. Please confirm which one is required.
2) Ribbon core size - 1 inch or 0.5 inch?

Upon receipt of your clarification we shall send the Order Acceptance with delivery schedule.

Thanks & Regards,
Pradeep Kulkarni
Sr. Executive - Sales Coordination
Labeltech Systems Pvt. Ltd. | Plot No. 42, MIDC Bhosari, Pune - 411026
Ph: +91-20-2712 3456 | Mob: +91 98220 55555
"""
    raw = eml(addr("Pradeep Kulkarni", s["email"]), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-06 12:05:31", "+0530"), mid("outlook", "enin12"),
              mp("alternative", text(body + "\n" + q_outlook(po)), text(html_doc(txt2html(body) + outlook_html_quote(po), "en-IN", True), "html")),
              **reply_headers(po))
    return [po], raw, other("needs_review", "Questions (print head, ribbon core) before the order acceptance; quoted prices are options, nothing is committed.")


@case("mx-exchange-ndr-spanish", "bounce", "es-MX",
      "Localized Exchange Online NDR in Spanish (multipart/report) for the PO request, quoting our subject and PO number.")
def c_mx():
    s = sup("AGUILA", "Ferretería El Águila S.A. de C.V.", "compras@ferreteriaaguila.example", "es-MX")
    po = PO("4500081333", s, [
        ("GT-3T", "Gato hidráulico de botella 3 t", 10, "EA", "465.00", "2026-12-11"),
        ("GT-PL2", "Gato de patín 2 t", 4, "EA", "1890.00", "2026-12-11"),
    ], currency="MXN", issued="2026-11-06", buyer="dana")
    rid = po["request_message_id"]
    html = html_doc("""<p><b><font color="#000066" size="3">No se pudo entregar el mensaje a estos destinatarios o grupos:</font></b></p>
<p><a href="mailto:compras@ferreteriaaguila.example">compras@ferreteriaaguila.example</a><br>
La dirección de correo electrónico que escribió no se encuentra. Compruebe la dirección de correo del destinatario e intente volver a enviar el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.</p>
<p><b>Información de diagnóstico para administradores:</b></p>
<p>Servidor que genera el informe: DB8PR04MB6985.eurprd04.prod.outlook.com</p>
<p>compras@ferreteriaaguila.example<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p>
<p>Encabezados del mensaje original:</p>
<pre>Subject: Purchase order 4500081333 - please confirm
Message-ID: %s</pre>""" % esc(rid), "es")
    ds = """Reporting-MTA: dns;DB8PR04MB6985.eurprd04.prod.outlook.com
Received-From-MTA: dns;mail.brightline-facilities.example
Arrival-Date: Fri, 6 Nov 2026 07:30:02 +0000

Final-Recipient: rfc822;compras@ferreteriaaguila.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""
    hdrs = """From: Dana Ruiz <%s>
To: compras@ferreteriaaguila.example
Subject: %s
Date: %s
Message-ID: %s
MIME-Version: 1.0
""" % (po["buyer"]["email"], req_subject(po), req_date(po), rid)
    body = mp("report", text(html, "html"),
              Part([("Content-Type", "message/delivery-status")], ds.encode()),
              Part([("Content-Type", "text/rfc822-headers")], hdrs.encode()),
              extra=[], style="outlook")
    body.headers[0] = ("Content-Type", "multipart/report; report-type=delivery-status")
    raw = eml("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brightline-facilities.example>",
              addr(po["buyer"]["name"], po["buyer"]["email"]), "No se puede entregar: " + req_subject(po),
              mdate("2026-11-06 07:30:05", "+0000"), mid("outlook", "mx13"),
              body, extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
              in_reply_to=rid, references=rid)
    return [po], raw, other("bounce", "Spanish-language Exchange NDR, 5.1.1 recipient not found.")


@case("es-cones-two-pos-third-pending", "confirmation", "es-ES",
      "One mail answers two of three open POs from the same supplier; the third PO is mentioned as 'mañana' and must be left out; dates without year.")
def c_es():
    s = sup("SENLEV", "Señalizaciones Levante S.L.", "pedidos@senalizacioneslevante.example", "es-ES")
    a = PO("4500081340", s, [
        ("TB-50R", "Cono reflectante 50 cm", 300, "EA", "3.95", "2026-12-14"),
        ("TB-75F", "Cono flexible 75 cm", 150, "EA", "7.20", "2026-12-14"),
    ], issued="2026-11-06", buyer="jonas")
    b = PO("4500081341", s, [
        ("BL-4KG", "Base lastrada 4 kg para cono", 300, "EA", "2.40", "2026-12-14"),
    ], issued="2026-11-06", buyer="jonas")
    c = PO("4500081355", s, [
        ("BAL-TR", "Baliza luminosa LED para cono", 80, "EA", "11.60", "2026-12-18"),
    ], issued="2026-11-09", buyer="jonas")
    body = """Buenos días Jonas:

Te confirmo los dos pedidos:

Pedido 4500081340
 - Cono TB-50R reflectante 50 cm: 300 uds a 3,95 €, entrega 14/12.
 - Cono TB-75F flexible 75 cm: 150 uds a 7,20 €, entrega 14/12.

Pedido 4500081341
 - Base lastrada 4 kg: 300 uds. El precio pasa a 2,65 € por la subida del caucho reciclado; entrega 21/12.

El pedido 4500081355 (balizas) te lo confirmo mañana, estoy esperando respuesta de fábrica.

Un saludo,

Vicente Ferrer Llopis
Dpto. Comercial
Señalizaciones Levante S.L. · Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 38 · 46988 Paterna (Valencia)
Tel. 961 23 45 67 · www.senalizacioneslevante.example

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario...
"""
    raw = eml(addr("Vicente Ferrer", "vferrer@senalizacioneslevante.example"), buyer_to(a),
              "RE: Pedidos 4500081340 y 4500081341", mdate("2026-11-10 09:48:12", "+0100"),
              mid("outlook", "es14"), text(body, cs="iso-8859-15"), cs="iso-8859-15", **reply_headers(a))
    exp = conf("PO ...340 accepted (14/12 = 2026-12-14). PO ...341: price 2.65 (was 2.40) and date 21/12 = 2026-12-21. PO ...355 only mentioned ('mañana') -> not listed.",
               (a, {1: A, 2: A}), (b, {1: C(p="2.65", d="2026-12-21")}))
    return [a, b, c], raw, exp


@case("it-tape-percent-surcharge", "confirmation", "it-IT",
      "Italian confirmation 'come richiesto' where a 4% raw-material surcharge mentioned in the second paragraph changes every unit price.")
def c_it():
    s = sup("BRAMBILLA", "Nastri Segnaletici Brambilla S.r.l.", "ordini@brambillanastri.example", "it-IT")
    po = PO("4500081369", s, [
        ("NS-RB200", "Nastro segnaletico bianco/rosso 200 m", 150, "ROL", "3.25", "2026-12-11"),
        ("NS-GN500", "Nastro segnaletico giallo/nero 500 m", 60, "ROL", "7.50", "2026-12-11"),
    ], issued="2026-11-06", buyer="dana")
    body = """Gentile sig.ra Ruiz,

confermiamo il Vs. ordine n. 4500081369 del 06/11/2026, quantità come richiesto, consegna entro l'11/12/2026.

Come anticipato con la circolare di ottobre, su tutti gli articoli in polietilene viene applicata una maggiorazione del 4% sul prezzo per l'aumento delle materie prime.

Distinti saluti

Elena Colombo
Ufficio Commerciale Italia
Nastri Segnaletici Brambilla S.r.l. – Via dell'Industria 21 – 20862 Arcore (MB)
Tel. +39 039 601 2345 – P.IVA 01234567890

""" + q_outlook(po, ("Da", "Inviato", "A", "Oggetto"), "venerdì 6 novembre 2026 08:30", "")
    raw = eml(addr("Elena Colombo", s["email"]), buyer_to(po), "R: " + req_subject(po),
              mdate("2026-11-09 15:02:55", "+0100"), mid("outlook", "it15"),
              text(body), **reply_headers(po))
    exp = conf("Quantities and date as ordered, but +4% on the PO prices: 3.25 -> 3.38, 7.50 -> 7.80.",
               (po, {1: C(p="3.38"), 2: C(p="7.80")}))
    return [po], raw, exp


@case("nl-handtrucks-partial-tomorrow", "confirmation", "nl-NL",
      "Casual Dutch reply: lines 1 and 2 'akkoord' with the requested weekday date, line 3 awaits the supplier's own vendor -> unconfirmed.")
def c_nl():
    s = sup("VANDIJK", "Van Dijk Transportmiddelen B.V.", "verkoop@vandijk-transport.example", "nl-NL")
    po = PO("4500081374", s, [
        ("SW-250L", "Steekwagen 250 kg, luchtbanden", 20, "EA", "79.00", "2026-12-15"),
        ("SW-TRAP", "Traploper steekwagen", 5, "EA", "349.00", "2026-12-15"),
        ("SW-KLAP", "Klapsteekwagen aluminium", 10, "EA", "112.00", "2026-12-15"),
    ], issued="2026-11-06", buyer="mei")
    body = """Hoi Mei,

1 en 2 akkoord, levering dinsdag 15 december zoals gevraagd.
Over de klapsteekwagens hoor ik morgen meer van onze leverancier, ik laat het je dan weten.

Groet,
Pieter de Groot
Van Dijk Transportmiddelen B.V. | T 0318 123 456 | KvK 12345678

Op vr 6 nov 2026 om 08:30 schreef Mei Lindqvist <%s>:
""" % po["buyer"]["email"] + gt(req_text(po))
    raw = eml(addr("Pieter de Groot", "pieter@vandijk-transport.example"), buyer_to(po),
              "Re: " + req_subject(po), mdate("2026-11-09 16:40:03", "+0100"), mid("gmail", "nl16"),
              text(body), **reply_headers(po))
    exp = conf("Lines 1 and 2 accepted (15 December = 2026-12-15 as ordered); line 3 pending -> unconfirmed.",
               (po, {1: A, 2: A, 3: U}))
    return [po], raw, exp


@case("be-invoice-other-order", "unrelated", "nl-BE",
      "Flemish invoice mail with PDF for an earlier, different PO number from the same supplier; it is not an answer to the open PO.")
def c_be():
    s = sup("KRAFTPACK", "Kraftpack Vlaanderen BV", "facturatie@kraftpack.example", "nl-BE")
    po = PO("4500081380", s, [
        ("KP-80-100", "Kraftpapier 80 g/m², rol 100 cm x 300 m", 25, "ROL", "46.50", "2026-12-10"),
    ], issued="2026-11-06", buyer="jonas")
    body = """Geachte klant,

In bijlage vindt u onze factuur VF26-04418 voor uw bestelling 4500079911 (geleverd op 28/10/2026).

Gelieve het bedrag van € 1.128,60 over te maken op rekening BE71 0961 2345 6769 vóór 27/12/2026 met vermelding van de gestructureerde mededeling +++090/9337/55493+++.

Met vriendelijke groeten,
Boekhouding Kraftpack Vlaanderen BV
Nijverheidslaan 12, 9160 Lokeren | BTW BE 0123.456.789
"""
    p = pdf(["#FACTUUR VF26-04418", "Kraftpack Vlaanderen BV - Nijverheidslaan 12 - 9160 Lokeren",
             "Klant: Brightline Facilities Supply GmbH   Klantnr. 70221",
             "Uw bestelling: 4500079911   Leverdatum: 28/10/2026   Factuurdatum: 12/11/2026",
             "", "KP-80-100  Kraftpapier 80 g/m2 100 cm x 300 m   20 ROL   46,50   930,00",
             "Totaal excl. BTW 930,00   BTW 21% 195,30   Transport 3,30   Te betalen EUR 1.128,60"], "VF26-04418")
    raw = eml(addr("Kraftpack Boekhouding", s["email"]), buyer_to(po), "Factuur VF26-04418",
              mdate("2026-11-12 11:15:00", "+0100"), mid("x", "be17", "kraftpack.example"),
              mp("mixed", text(body), att(p, "application/pdf", "VF26-04418.pdf"), style="java"))
    return [po], raw, other("unrelated", "Invoice for PO 4500079911 (already delivered), not the open PO 4500081380.")


@case("ca-fr-palletjack-prepayment", "needs_review", "fr-CA",
      "Quebec French: supplier will confirm quantities and dates only after a 100% prepayment or credit application; asks whether to send a pro forma.")
def c_frca():
    s = sup("LAURENT", "Fournitures Laurentides inc.", "ventes@fournitureslaurentides.example", "fr-CA")
    po = PO("4500081391", s, [
        ("TP-5500", "Transpalette manuel 5500 lb, fourches 27 x 48 po", 3, "EA", "529.00", "2026-12-17"),
    ], currency="CAD", issued="2026-11-09", buyer="jonas")
    body = """Bonjour M. Weber,

Merci pour le bon de commande 4500081391.

Comme votre compte n'est pas encore ouvert chez nous, nous pourrons confirmer la commande et la date de livraison seulement après réception d'un paiement anticipé de 100 % (ou d'une demande de crédit dûment remplie).

Voulez-vous qu'on vous envoie une facture pro forma? Le montant serait de 1 587,00 $ plus TPS/TVQ.

Merci et bonne journée!

Marie-Ève Tremblay
Service à la clientèle
Fournitures Laurentides inc. | 2150, boul. Industriel, Laval (Québec) H7S 1P6
Tél. : 450 555-0142 poste 221
"""
    raw = eml(addr("Marie-Ève Tremblay", s["email"]), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-10 10:21:47", "-0500"), mid("outlook", "frca18"),
              text(body + "\n" + q_outlook(po, ("De", "Envoyé", "À", "Objet"), "9 novembre 2026 08:30", "")),
              **reply_headers(po))
    return [po], raw, other("needs_review", "Confirmation is explicitly deferred until prepayment/credit; a question is asked. Nothing committed.")
