from .common import *


@case(1, "haberl-airfilters-kw-and-price-rule", "confirmation", "de-AT",
      "Austrian top-post over German Outlook quote: line 2 names a 2027 price but the KW 51 delivery keeps the old price; line 3 moves to KW 2/2027.")
def c001():
    sup = ("HABERL", "Haberl Filtertechnik GmbH", "verkauf@haberl-filter.example", "de-AT")
    p = po("4500081201", sup, "EUR", "2026-11-04", [
        ("AF-G4-592", "Panel air filter G4 592x592x48", 120, "EA", "14.80", "2026-12-14"),
        ("AF-F7-BAG8", "Bag filter F7 592x592x600, 8 pockets", 40, "EA", "38.50", "2026-12-14"),
        ("AF-M5-287", "Panel air filter M5 287x592x48", 60, "EA", "11.20", "2026-12-14"),
    ])
    body = """Sehr geehrte Frau Ruiz,

danke für Ihre Bestellung, wir bestätigen wie folgt:

Pos. 1  G4 592x592  120 Stk. à € 14,80  -  Liefertermin 14.12. passt
Pos. 2  Taschenfilter F7  40 Stk.  -  Liefertermin leider erst KW 51.
        Zur Info: ab 1.1.2027 kostet der F7 € 39,90/Stk., für Lieferungen
        noch heuer gilt selbstverständlich Ihr Bestellpreis von € 38,50.
Pos. 3  M5 287x592 ist derzeit nicht lagernd, die 60 Stk. kommen in KW 2/2027.

Mit freundlichen Grüßen

Ing. Markus Haberl
Verkauf Innendienst

Haberl Filtertechnik GmbH
Industriestraße 14 | 4600 Wels | Österreich
T +43 7242 45678-12 | F +43 7242 45678-99
FN 214587x, LG Wels | UID: ATU61234507

""" + outlook_quote(p, "de", "Mittwoch, 4. November 2026 15:02")
    eml = reply(p, "Markus Haberl", "m.haberl@haberl-filter.example", mdate(2026, 11, 9, 10, 22, 5, 60),
                text(body, charset="windows-1252"), subject="AW: " + req_subject(p), charset="windows-1252")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1), 2: C(p, 2, d=week_day(2026, 51)), 3: C(p, 3, d=week_day(2027, 2))})],
        "notes": "Line 1 as ordered. Line 2: KW 51 without a day = Fri 2026-12-18; the 39,90 is a 2027 price that explicitly does not apply to this 2026 delivery, so price stays 38.50. Line 3: KW 2/2027 = 2027-01-15. '14.12.' has no year -> 2026-12-14."}
    return [p], eml, exp


@case(2, "santarita-hinges-box-of-50", "confirmation", "pt-BR",
      "Gmail pt-BR reply over '>' quote: line 1 rounded up to boxes of 50, both lines delivered earlier (08/01/2027) than requested.")
def c002():
    sup = ("STARITA", "Metalúrgica Santa Rita Ltda.", "vendas@metalurgicasantarita.example", "pt-BR")
    p = po("4500081202", sup, "BRL", "2026-11-05", [
        ("BH-3530-PL", "Brass butt hinge 3.5x3 in, polished", 120, "PC", "18.90", "2027-01-11"),
        ("BH-2520-PL", "Brass butt hinge 2.5x2 in, polished", 200, "PC", "11.40", "2027-01-11"),
    ])
    body = """Boa tarde Dana,

Segue a confirmação do pedido 4500081202:

- Item 1 (dobradiça latão 3,5" x 3"): vendemos somente em caixas com 50 pçs, então ajustamos para 150 pçs. Preço mantido, R$ 18,90/pç.
- Item 2 (dobradiça 2,5" x 2"): ok, 200 pçs a R$ 11,40/pç.

Prazo de entrega para os dois itens: 08/01/2027 (sexta-feira).

Qualquer dúvida estou à disposição.

Att,
Juliana Moreira
Depto. Comercial
Metalúrgica Santa Rita Ltda. | CNPJ 12.345.678/0001-90
(11) 4412-3390 | WhatsApp (11) 98765-4321
"""
    attr = "Em qui., 5 de nov. de 2026 às 16:40, Dana Ruiz <%s> escreveu:" % p["buyer"]["email"]
    plain = body + "\n" + attr + "\n\n" + gt(req_text(p)) + "\n"
    htm = to_html(body, req_html(p), attr_line=attr)
    eml = reply(p, "Juliana Moreira", "juliana.moreira@metalurgicasantarita.example", mdate(2026, 11, 9, 14, 5, 41, -180),
                alt(plain, htm, cte="base64"), subject="Re: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, q=150, d="2027-01-08"), 2: C(p, 2, d="2027-01-08")})],
        "notes": "Line 1 rounded up to 3 boxes of 50 = 150, price kept. Both lines delivered 08/01/2027 (day-first, pt-BR) = 2027-01-08, three days before the requested 2027-01-11, so both are changed."}
    return [p], eml, exp


@case(3, "siamchalk-buddhist-era-html", "confirmation", "th-TH",
      "HTML-only Thai reply with Buddhist-era years (2569/2570) and a Thai month abbreviation; line 2 price raised.")
def c003():
    sup = ("SIAMCH", "Siam Chalk Co., Ltd.", "sales@siamchalk.example", "th-TH")
    p = po("4500081203", sup, "THB", "2026-11-06", [
        ("CH-W100", "White dustless chalk, box of 100", 300, "BOX", "42.00", "2026-12-21"),
        ("CH-C100", "Coloured chalk assorted, box of 100", 150, "BOX", "55.00", "2026-12-21"),
    ])
    htm = """<html><body style="font-family:Tahoma">
<p>เรียน คุณ Dana Ruiz</p>
<p>บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500081203 ดังนี้</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>ลำดับ</th><th>รหัสสินค้า</th><th>จำนวน</th><th>ราคา/กล่อง (บาท)</th><th>วันส่งสินค้า</th></tr>
<tr><td>1</td><td>CH-W100 ชอล์คขาวไร้ฝุ่น</td><td>300 กล่อง</td><td>42.00</td><td>18/12/2569</td></tr>
<tr><td>2</td><td>CH-C100 ชอล์คสีคละสี</td><td>150 กล่อง</td><td>58.00 *</td><td>8 ม.ค. 2570</td></tr>
</table>
<p>* ราคาสินค้ารายการที่ 2 ปรับขึ้นจาก 55.00 บาท เป็น 58.00 บาท ตามต้นทุนวัตถุดิบที่สูงขึ้น</p>
<p>วันที่ในตารางคือวันที่สินค้าถึงคลังของท่าน</p>
<p>ขอแสดงความนับถือ<br>สมชาย ใจดี<br>ฝ่ายขาย บริษัท สยามชอล์ค จำกัด<br>โทร. 02-123-4567 ต่อ 108</p>
</body></html>"""
    eml = reply(p, "สมชาย ใจดี", "somchai@siamchalk.example", mdate(2026, 11, 10, 11, 3, 12, 420),
                text(htm, "html", cte="base64"), subject="ตอบกลับ: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, d="2026-12-18"), 2: C(p, 2, price="58.00", d="2027-01-08")})],
        "notes": "Thai dates use the Buddhist era: 2569 = 2026, 2570 = 2027 ('ม.ค.' = January). The table dates are arrival dates at our warehouse. Line 2 price 55.00 -> 58.00 THB."}
    return [p], eml, exp


@case(4, "juakali-masks-question-and-deposit", "needs_review", "sw-KE",
      "Swahili reply that proposes an N95 substitute at another price and asks for a 50% deposit before it will confirm anything.")
def c004():
    sup = ("JUAKALI", "Jua Kali Safety Supplies Ltd", "mauzo@juakalisafety.example", "sw-KE")
    p = po("4500081204", sup, "KES", "2026-11-05", [
        ("DM-FFP2-V", "Dust mask FFP2 with exhalation valve", 500, "EA", "95.00", "2026-12-10"),
        ("DM-P1-F", "Dust mask P1, folding", 1000, "EA", "38.00", "2026-12-10"),
    ])
    body = """Habari Dana,

Tumepokea oda yako namba 4500081204, asante sana.

Kabla hatujathibitisha tuna mambo mawili:
1. Barakoa za FFP2 zenye valvu hazipo kwa sasa. Tuna N95 zisizo na valvu kwa KSh 102.00 kila moja. Je, zinakubalika badala yake?
2. Kwa wateja wapya tunahitaji malipo ya awali ya asilimia 50 kabla ya kutoa mzigo.

Tafadhali tujulishe ili tuweze kuthibitisha oda na tarehe ya kufikisha.

Wako,
Wanjiru Kamau
Jua Kali Safety Supplies Ltd
Industrial Area, Enterprise Rd, Nairobi | +254 722 555 014 | PIN P051234567X
"""
    eml = reply(p, "Wanjiru Kamau", "mauzo@juakalisafety.example", mdate(2026, 11, 6, 9, 41, 0, 180),
                text(body + "\n\n" + outlook_quote(p, "en", "Thursday, November 5, 2026 4:10 PM")),
                subject="RE: " + req_subject(p))
    exp = {"kind": "needs_review",
           "notes": "The supplier commits to nothing: it asks whether an N95 substitute at KSh 102 is acceptable and requires a 50% prepayment 'before we confirm'. A buyer must answer first."}
    return [p], eml, exp


@case(5, "shreeganesh-earplugs-per100-lakh", "confirmation", "hi-IN",
      "Hindi reply: line 1 priced per 100 pairs (equals PO), lakh-grouped total, line 3 cut to 200 of 300 with the rest refused.")
def c005():
    sup = ("SGSAFE", "Shree Ganesh Safety Products Pvt. Ltd.", "sales@shreeganeshsafety.example", "hi-IN")
    p = po("4500081205", sup, "INR", "2026-11-03", [
        ("EP-FOAM-32", "Foam earplugs uncorded SNR 32", 50000, "PR", "4.20", "2026-12-15"),
        ("EP-CORD-29", "Corded earplugs TPE SNR 29", 2000, "PR", "11.50", "2026-12-15"),
        ("EP-BAND-25", "Banded earplugs SNR 25", 300, "PC", "38.00", "2027-01-05"),
    ])
    body = """नमस्ते डाना जी,

आपका PO 4500081205 प्राप्त हुआ, धन्यवाद। हमारी पुष्टि इस प्रकार है:

1. फोम इयरप्लग (EP-FOAM-32): 50,000 जोड़ी, दर ₹420 प्रति 100 जोड़ी, डिलीवरी 15-12-2026
2. कॉर्ड वाले इयरप्लग (EP-CORD-29): 2,000 जोड़ी, ₹11.50 प्रति जोड़ी, डिलीवरी 15-12-2026
3. बैंड वाले इयरप्लग (EP-BAND-25): स्टॉक में केवल 200 पीस हैं। 200 पीस 05-01-2027 को भेज देंगे, बाकी 100 पीस हम सप्लाई नहीं कर पाएंगे।

कुल ऑर्डर मूल्य: ₹2,40,600.00 (GST 18% अतिरिक्त)

धन्यवाद सहित,
राजेश अग्रवाल
श्री गणेश सेफ्टी प्रोडक्ट्स प्रा. लि.
प्लॉट 27, GIDC वापी, गुजरात 396195 | मो. +91 98250 12345
GSTIN: 24AABCS1234F1Z5
"""
    eml = reply(p, "Rajesh Agarwal", "rajesh@shreeganeshsafety.example", mdate(2026, 11, 4, 12, 17, 40, 330),
                alt(body + "\n\n-----Original Message-----\n" + gt(req_text(p)), to_html(body, req_html(p), attr_line="-----Original Message-----"), cte="base64"))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1), 2: A(p, 2), 3: C(p, 3, q=200)})],
        "notes": "Line 1: ₹420 per 100 pairs = 4.20 per pair, as ordered. Line 3: only 200 of 300 confirmed for 05-01-2027 (= requested date, day-first), remaining 100 declined, so quantity 200. Total ₹2,40,600 uses Indian lakh grouping (= 240,600) and is consistent."}
    return [p], eml, exp


@case(6, "krokur-hooks-discontinued-treble", "confirmation", "is-IS",
      "Icelandic ISO-8859-1 reply with dates without year ('12. janúar'), ISK with dot thousands, one line discontinued.")
def c006():
    sup = ("KROKUR", "Krókur ehf.", "sala@krokur.example", "is-IS")
    p = po("4500081206", sup, "ISK", "2026-11-02", [
        ("FH-8-100", "Fishing hook size 8, pack of 100", 40, "BOX", "2450", "2027-01-12"),
        ("FH-2-100", "Fishing hook size 2, pack of 100", 25, "BOX", "2990", "2027-01-12"),
        ("FH-TR6-50", "Treble hook size 6, pack of 50", 10, "BOX", "5400", "2027-01-12"),
    ])
    body = """Sæl Dana,

Takk fyrir pöntunina. Við staðfestum pöntun nr. 4500081206 svona:

Lína 1: 40 öskjur af önglum nr. 8 á 2.450 kr. askjan, afhending 12. janúar.
Lína 2: 25 öskjur af önglum nr. 2 á 2.990 kr., afhending sama dag.
Lína 3: Þríkrókar nr. 6 eru hættir í framleiðslu hjá okkar birgja og við getum því miður ekki afgreitt þá.

Bestu kveðjur,
Guðrún Helgadóttir
Krókur ehf. | Fiskislóð 31, 101 Reykjavík | s. 552 4410 | kt. 540298-2149
"""
    eml = reply(p, "Guðrún Helgadóttir", "gudrun@krokur.example", mdate(2026, 11, 3, 13, 55, 2, 0),
                text(body + "\n\n" + "-----Upprunaleg skilaboð-----\n" + req_text(p), charset="iso-8859-1"),
                subject="SV: " + req_subject(p), charset="iso-8859-1")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: A(p, 2), 3: R})],
           "notes": "'12. janúar' has no year; the next 12 January after the 3 Nov 2026 mail is 2027-01-12 = requested. 2.450 kr. is 2450 ISK (dot = thousands). Line 3 discontinued -> rejected."}
    return [p], eml, exp


@case(7, "gulfcoast-floats-iphone-shipdate", "confirmation", "en-US",
      "Terse iPhone one-liner 'All confirmed per PO, ships 12/4': month-first ship date a week before the need-by date becomes the committed date.")
def c007():
    sup = ("GCTT", "Gulf Coast Tile Tools Inc.", "orders@gulfcoasttiletools.example", "en-US")
    p = po("4500081207", sup, "USD", "2026-11-09", [
        ("GF-1204-GR", "Gum rubber grout float 12x4 in", 144, "EA", "7.85", "2026-12-11"),
        ("GF-EPX-HR", "Epoxy grout float, hard rubber", 48, "EA", "12.40", "2026-12-11"),
    ])
    body = "All confirmed per PO, ships 12/4 FedEx Freight.\n\nSent from my iPhone\n\n"
    body += "On Nov 9, 2026, at 3:12 PM, Dana Ruiz <%s> wrote:\n\n" % p["buyer"]["email"] + gt(req_text(p), "> ")
    eml = reply(p, "Rick Thibodeaux", "rick@gulfcoasttiletools.example", mdate(2026, 11, 10, 7, 48, 19, -360),
                text(body, charset="us-ascii", cte="7bit"), subject="Re: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, d="2026-12-04"), 2: C(p, 2, d="2026-12-04")})],
        "notes": "Quantities and prices confirmed as ordered. Only a ship date is given: 12/4 in en-US is December 4 (2026-12-04), which by the rules is the committed date, earlier than the 12/11 need-by, so both lines are changed."}
    return [p], eml, exp


@case(8, "pennant-ropes-out-of-office", "auto_reply", "en-GB",
      "Outlook 'Automatic reply' from the contact person with a date and a phone number in it; no commitment.")
def c008():
    sup = ("PENNANT", "Pennant Cordage Ltd", "sales@pennantcordage.example", "en-GB")
    p = po("4500081208", sup, "GBP", "2026-11-10", [
        ("HR-12-POLY", "Hammock rope 12 mm polyester, 100 m coil", 20, "ROL", "64.00", "2027-01-18"),
        ("HR-8-COT", "Hammock rope 8 mm cotton, 50 m coil", 30, "ROL", "27.50", "2027-01-18"),
    ])
    body = """Thank you for your email.

I am out of the office until Monday 23rd November with limited access to email. If your enquiry concerns an order, please contact our sales desk on 01392 555 0142 or sales@pennantcordage.example and a colleague will be happy to help.

Kind regards,
Helen Marsh
Pennant Cordage Ltd | Marsh Barton Trading Estate, Exeter EX2 8QP
Registered in England & Wales No. 04518273 | VAT GB 812 4471 09
"""
    eml = reply(p, "Helen Marsh", "helen.marsh@pennantcordage.example", mdate(2026, 11, 10, 16, 2, 44, 0),
                text(body, charset="us-ascii", cte="7bit"), subject="Automatic reply: " + req_subject(p),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "helen.marsh@pennantcordage.example")])
    exp = {"kind": "auto_reply", "notes": "Exchange out-of-office reply (Auto-Submitted: auto-replied); the date and phone number are not a commitment."}
    return [p], eml, exp


@case(9, "weihrauch-erp-pdf-pos10", "confirmation", "de-DE",
      "Auto-generated ERP mail ('bitte nicht antworten', Auto-Submitted) with a PDF order acknowledgment; positions numbered 10/20/30, dates as KW, new thread.")
def c009():
    sup = ("WEIHDUFT", "Weihrauch & Duft Manufaktur GmbH", "auftrag@weihrauch-duft.example", "de-DE")
    p = po("4500081209", sup, "EUR", "2026-11-04", [
        ("IC-SAND-50", "Incense cones sandalwood, box of 50", 200, "BOX", "3.10", "2027-01-15"),
        ("IC-MYRR-50", "Incense cones myrrh, box of 50", 120, "BOX", "3.45", "2027-01-15"),
        ("IC-HOLD-BR", "Incense cone holder, brass", 60, "PC", "4.90", "2027-01-08"),
    ])
    rows = [(50, 790, 16, "Weihrauch & Duft Manufaktur GmbH"),
            (50, 774, 9, "Am Klosterberg 3 - 86899 Landsberg am Lech - Tel. +49 8191 94400-0"),
            (50, 720, 14, "Auftragsbestätigung 20261187"),
            (50, 700, 10, "Kunde: Kestrel Supply Ltd, Bristol          Kunden-Nr. 30417"),
            (50, 686, 10, "Ihre Bestellung: 4500081209 vom 04.11.2026"),
            (50, 672, 10, "Datum: 11.11.2026          Zahlungsbedingung: 30 Tage netto"),
            (50, 640, 10, "Pos   Artikel        Bezeichnung                    Menge  ME     Preis/ME   Liefertermin"),
            (50, 624, 10, "10    IC-SAND-50     Räucherkegel Sandelholz 50er     200  Schach.    3,10   KW 02/2027"),
            (50, 610, 10, "20    IC-MYRR-50     Räucherkegel Myrrhe 50er         120  Schach.    3,45   KW 03/2027"),
            (50, 596, 10, "30    IC-HOLD-BR     Kegelhalter Messing               60  Stk        5,20   KW 01/2027"),
            (50, 570, 10, "Nettowert: 1.346,00 EUR     MwSt 19 %: 255,74 EUR     Gesamt: 1.601,74 EUR"),
            (50, 540, 9, "Preisänderung Pos. 30: Messingzuschlag gemäß Tagespreis."),
            (50, 526, 9, "Liefertermine gelten als Anliefertermine frei Haus. Es gelten unsere AGB."),
            (50, 80, 8, "Amtsgericht Augsburg HRB 28811 - USt-IdNr. DE287654321 - Geschäftsführer: Anton Reisacher")]
    pdf = make_pdf(rows, "AB 20261187")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 20261187 zu Ihrer Bestellung 4500081209.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
Bei Rückfragen wenden Sie sich bitte an innendienst@weihrauch-duft.example.

Mit freundlichen Grüßen
Weihrauch & Duft Manufaktur GmbH
"""
    root = multi("mixed", text(body, charset="iso-8859-15"), attach("application/pdf", pdf, "AB_20261187.pdf"))
    eml = reply(p, "Weihrauch & Duft - Auftragsbearbeitung", "noreply@weihrauch-duft.example",
                mdate(2026, 11, 11, 6, 30, 2, 60), root,
                subject="Auftragsbestätigung 20261187 zu Ihrer Bestellung 4500081209", reply=False,
                charset="iso-8859-15", extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "ERP Outbound Mail 7.2")])
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1), 2: C(p, 2, d=week_day(2027, 3)), 3: C(p, 3, price="5.20")})],
        "notes": "ERP-generated acknowledgment (auto mail) counts as a confirmation. Positions 10/20/30 are PO lines 1/2/3 (items match). KW 02/2027 = 2027-01-15 (as requested), KW 03/2027 = 2027-01-22, KW 01/2027 = 2027-01-08 (as requested). Line 3 price 4.90 -> 5.20. Net 620+414+312=1.346,00 checks out."}
    return [p], eml, exp


@case(10, "cbmidi-lids-receipt-only", "needs_review", "fr-FR",
      "French 'accusé de réception' that only says the order arrived and availability will be confirmed by Friday; dates and prices in it are not commitments.")
def c010():
    sup = ("CBMIDI", "Capsules & Bouchages du Midi SARL", "adv@cbmidi.example", "fr-FR")
    p = po("4500081210", sup, "EUR", "2026-11-06", [
        ("JL-TO82-GD", "Twist-off lid 82 mm gold, BPA-NI", 10000, "PC", "0.085", "2026-12-18"),
        ("JL-TO63-WH", "Twist-off lid 63 mm white, BPA-NI", 6000, "PC", "0.072", "2026-12-18"),
    ])
    body = """Bonjour Madame Ruiz,

Nous accusons bonne réception de votre commande n° 4500081210 et vous en remercions.

Nos services vérifient actuellement la disponibilité des capsules 82 mm dorées ; nous reviendrons vers vous d'ici vendredi 13 novembre avec une confirmation de prix et de délai pour l'ensemble de la commande.

Bien cordialement,

Sandrine Ferrand
Administration des ventes
Capsules & Bouchages du Midi SARL
ZA du Pont Blanc - 84300 Cavaillon
Tél. 04 90 71 23 45 - Fax 04 90 71 23 46
SARL au capital de 150 000 € - RCS Avignon 412 345 678

""" + outlook_quote(p, "fr", "lundi 9 novembre 2026 09:15")
    eml = reply(p, "Sandrine Ferrand", "adv@cbmidi.example", mdate(2026, 11, 9, 11, 40, 27, 60),
                alt(body, to_html(body), charset="windows-1252"), subject="RE: " + req_subject(p), charset="windows-1252")
    exp = {"kind": "needs_review",
           "notes": "Receipt acknowledgment only: 'nous reviendrons vers vous d'ici vendredi' with price and lead time. Nothing is committed yet."}
    return [p], eml, exp


@case(11, "klicenky-keytags-inline-answers", "confirmation", "cs-CZ",
      "Czech inline answers typed between '>' quoted PO lines (windows-1250 QP): split delivery on line 2 with year-less dates, new price on line 3.")
def c011():
    sup = ("KLICBRNO", "Klíčenky Brno s.r.o.", "obchod@klicenky-brno.example", "cs-CZ")
    p = po("4500081211", sup, "CZK", "2026-11-06", [
        ("KT-AL-RD", "Aluminium key tag red, with ring", 500, "PC", "12.40", "2026-12-11"),
        ("KT-AL-BL", "Aluminium key tag blue, with ring", 500, "PC", "12.40", "2026-12-11"),
        ("KT-PVC-NUM", "PVC key tags numbered 1-500", 1, "SET", "1850.00", "2027-01-08"),
    ])
    q = req_text(p).split("\n")
    out = ["Dobrý den, paní Ruiz,", "", "odpovědi píšu přímo do Vaší objednávky níže.", "",
           "S pozdravem", "Petr Dvořák", "Klíčenky Brno s.r.o. | Hybešova 42, 602 00 Brno | IČ 26912345 | tel. +420 543 211 987", "",
           "-----Původní zpráva-----", ""]
    for l in q:
        out.append(("> " + l) if l else ">")
        if l.startswith(" 1  KT-AL-RD"):
            out.append("OK")
        elif l.startswith(" 2  KT-AL-BL"):
            out.append("modré máme skladem jen 300 ks, ty dodáme 11.12., zbývajících 200 ks dodáme 15.1.")
        elif l.startswith(" 3  KT-PVC-NUM"):
            out.append("OK, termín platí, ale cena dle nového ceníku 1 950,00 Kč/sada")
    eml = reply(p, "Petr Dvořák", "dvorak@klicenky-brno.example", mdate(2026, 11, 9, 8, 12, 51, 60),
                text("\n".join(out), charset="windows-1250"), subject="Odp: " + req_subject(p), charset="windows-1250")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1),
        2: C(p, 2, d="2027-01-15", sched=[(300, "2026-12-11"), (200, "2027-01-15")]),
        3: C(p, 3, price="1950.00")})],
        "notes": "Answers are written under each quoted line. Line 2: 300 on 11.12. (2026-12-11) and 200 on 15.1. (no year -> 2027-01-15), total 500. Line 3: date kept, price 1 950,00 Kč (space thousands, decimal comma)."}
    return [p], eml, exp


@case(12, "tsubame-ladles-sjis-split", "confirmation", "ja-JP",
      "Japanese Shift_JIS base64 reply in formal keigo; line 2 split 100 on 12月10日 and 200 on 1月15日 (year implied).")
def c012():
    sup = ("TSUBAME", "株式会社燕キッチンツール", "eigyo@tsubame-kt.example", "ja-JP")
    p = po("4500081212", sup, "JPY", "2026-11-05", [
        ("LS-SUS-3", "Stainless ladle set, 3 pcs", 300, "SET", "1280", "2026-12-18"),
        ("LS-SUS-5", "Stainless ladle set, 5 pcs with stand", 300, "SET", "2450", "2026-12-18"),
    ])
    body = """ケストレル・サプライ
購買部　ダナ・ルイス様

いつも大変お世話になっております。
株式会社燕キッチンツール営業部の佐藤でございます。

この度はご注文（注文番号：4500081212）を賜り、誠にありがとうございます。
下記の通りご回答申し上げます。

１．お玉３点セット（LS-SUS-3）　300セット　単価 1,280円
　　納期：2026年12月18日

２．お玉５点セット スタンド付（LS-SUS-5）　300セット　単価 2,450円
　　在庫の都合により、誠に恐縮ながら分納とさせていただきます。
　　　12月10日着　100セット
　　　1月15日着　 200セット

ご不明な点がございましたら、お気軽にお申し付けください。
何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社燕キッチンツール　営業部
佐藤　健太
〒959-1200 新潟県燕市大曲4321-1
TEL 0256-63-1234 / FAX 0256-63-1235
━━━━━━━━━━━━━━━━━━━━
"""
    eml = reply(p, "佐藤 健太", "k.sato@tsubame-kt.example", mdate(2026, 11, 6, 17, 20, 33, 540),
                text(body, charset="shift_jis", cte="base64"), subject="Re: " + req_subject(p), charset="iso-2022-jp")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1),
        2: C(p, 2, d="2027-01-15", sched=[(100, "2026-12-10"), (200, "2027-01-15")])})],
        "notes": "Line 1 as ordered. Line 2 split delivery (着 = arrival): 12月10日 -> 2026-12-10, 1月15日 has no year and the next one after the Nov 2026 mail is 2027-01-15; total 300, price unchanged."}
    return [p], eml, exp


@case(13, "chuanhsing-traps-big5-moq", "confirmation", "zh-TW",
      "Traditional Chinese Big5 reply: MOQ/carton rounding on line 1 (2,000 -> 2,400), other lines OK, one date for all.")
def c013():
    sup = ("CHUANHS", "全興五金有限公司", "sales@chuanhsing-hw.example", "zh-TW")
    p = po("4500081213", sup, "USD", "2026-11-04", [
        ("MT-SNAP-W", "Wooden snap mouse trap", 2000, "PC", "0.38", "2027-01-20"),
        ("MT-PLAS-R", "Reusable plastic mouse trap", 1200, "PC", "0.95", "2027-01-20"),
        ("MT-LIVE-M", "Live catch mouse trap, metal cage", 100, "PC", "6.80", "2027-01-20"),
    ])
    body = """Dana 您好，

感謝您的訂單 4500081213，回覆如下：

1. 木製捕鼠夾 MT-SNAP-W：每箱 240 個，需整箱出貨，數量調整為 2,400 個（10 箱），單價 USD 0.38 不變。
2. 塑膠捕鼠器 MT-PLAS-R：OK，1,200 個，USD 0.95。
3. 金屬捕鼠籠 MT-LIVE-M：OK，100 個，USD 6.80。

以上三項交期皆為 2027/1/20 到貨，與貴司需求相同。

如有任何問題請隨時與我聯絡，謝謝！

業務部 林淑芬 Sophie Lin
全興五金有限公司
台中市西屯區工業區一路 88 號
TEL: +886-4-2358-1234 ext. 215　FAX: +886-4-2358-5678
統一編號：12345678
"""
    eml = reply(p, "Sophie Lin", "sophie@chuanhsing-hw.example", mdate(2026, 11, 5, 10, 2, 8, 480),
                text(body + "\n\n----- 原始郵件 -----\n" + req_text(p), charset="big5", cte="base64"),
                subject="回覆: " + req_subject(p), charset="big5")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, q=2400), 2: A(p, 2), 3: A(p, 3)})],
        "notes": "Line 1 rounded up to full cartons of 240 -> 2,400 pcs (comma = thousands), price and date kept. 2027/1/20 arrival = requested for all lines."}
    return [p], eml, exp


@case(14, "svarka-tips-koi8-percent", "confirmation", "ru-RU",
      "Russian KOI8-R 8bit reply under a Russian Outlook quote: +5% copper surcharge on line 2 (given also as 54,60), ship dates only, space-grouped total.")
def c014():
    sup = ("SVARKAK", "ООО «СваркаКомплект»", "zakaz@svarkakomplekt.example", "ru-RU")
    p = po("4500081214", sup, "RUB", "2026-11-06", [
        ("NT-M6-10", "Contact tip M6 1.0 mm CuCrZr", 1000, "PC", "38.50", "2026-12-14"),
        ("NT-M8-12", "Contact tip M8 1.2 mm CuCrZr", 500, "PC", "52.00", "2026-12-14"),
        ("NT-NOZ-16", "Gas nozzle conical 16 mm", 200, "PC", "145.00", "2026-12-21"),
    ])
    body = """Добрый день, Дана!

Подтверждаем заказ N 4500081214:

поз. 1 - 1000 шт. по 38,50 руб., отгрузка 14.12.2026;
поз. 2 - 500 шт.; в связи с ростом цен на медь цена увеличена на 5 % (54,60 руб./шт.), отгрузка 14.12.2026;
поз. 3 - 200 шт. по 145,00 руб., отгрузка 21.12.2026.

Итого: 94 800,00 руб. без НДС.

С уважением,
Алексей Смирнов
менеджер отдела продаж
ООО "СваркаКомплект"
ИНН 7701234567 / КПП 770101001
тел. +7 (495) 123-45-67 доб. 204

""" + outlook_quote(p, "ru", "6 ноября 2026 г. 14:22", sep="-----Original Message-----")
    body = body.replace("«", '"').replace("»", '"')
    eml = reply(p, "Алексей Смирнов", "a.smirnov@svarkakomplekt.example", mdate(2026, 11, 9, 12, 4, 50, 180),
                text(body, charset="koi8-r", cte="8bit"), subject="RE: " + req_subject(p), charset="koi8-r")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1), 2: C(p, 2, price="54.60"), 3: A(p, 3)})],
        "notes": "Only ship dates (отгрузка) are given, which equal the requested dates. Line 2: +5% on 52.00 = 54.60 RUB. Total 38 500 + 27 300 + 29 000 = 94 800,00 (space thousands, comma decimal)."}
    return [p], eml, exp


@case(15, "filtrex-postfix-bounce", "bounce", "pl-PL",
      "Postfix multipart/report DSN with a Polish remote 550 text; the returned headers carry our request's Message-ID.")
def c015():
    sup = ("FILTREX", "Filtrex Kalisz Sp. z o.o.", "zamowienia@filtrex-kalisz.example", "pl-PL")
    p = po("4500081215", sup, "PLN", "2026-11-10", [
        ("OF-W712", "Oil filter spin-on, M20x1.5", 200, "EA", "18.40", "2026-12-16"),
        ("OF-HU718", "Oil filter cartridge HU 718/5x", 120, "EA", "24.90", "2026-12-16"),
    ], buyer="tom")
    rcpt = sup[2]
    notice = """This is the mail system at host mail.kestrel-supply.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mx1.filtrex-kalisz.example[192.0.2.41] said: 550
    5.1.1 <%s>: Skrzynka odbiorcza nie istnieje / Mailbox does not
    exist (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    ds = """Reporting-MTA: dns; mail.kestrel-supply.example
X-Postfix-Queue-ID: 4Q7kLm2Zr8z9vBn
X-Postfix-Sender: rfc822; tomasz.nowak@kestrel-supply.example
Arrival-Date: Tue, 10 Nov 2026 09:02:11 +0000 (UTC)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.filtrex-kalisz.example
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Skrzynka odbiorcza nie istnieje /
    Mailbox does not exist
""" % (rcpt, rcpt, rcpt)
    hdrs = """From: Tomasz Nowak <tomasz.nowak@kestrel-supply.example>
To: %s
Subject: %s
Date: Tue, 10 Nov 2026 09:02:10 +0000
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8""" % (rcpt, req_subject(p), p["request_message_id"])
    root = multi("report", text(notice, charset="us-ascii", cte="7bit"),
                 raw_part("Content-Description: Delivery report\nContent-Type: message/delivery-status", ds),
                 raw_part("Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers", hdrs),
                 params=[("report-type", "delivery-status")])
    root.parts[0].extra = [("Content-Description", "Notification")]
    hs = [("Return-Path", "<>"), ("From", "MAILER-DAEMON@mail.kestrel-supply.example (Mail Delivery System)"),
          ("To", "tomasz.nowak@kestrel-supply.example"), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", mdate(2026, 11, 10, 9, 2, 13, 0)), ("Message-ID", "<20261110090213.4Q7kLm2Zr8z9vBn@mail.kestrel-supply.example>"),
          ("Auto-Submitted", "auto-replied")]
    eml = email_bytes(hs, root, seed="015")
    exp = {"kind": "bounce", "notes": "Postfix DSN: the request to zamowienia@filtrex-kalisz.example failed with 550 5.1.1 (Polish/English remote text)."}
    return [p], eml, exp


@case(16, "vernicitools-two-pos-one-mail", "confirmation", "it-IT",
      "Italian reply to the second PO's thread that answers both open POs; pack rounding to 40s on one line; dates day-first without year.")
def c016():
    sup = ("VERNTOOL", "Vernici Tools Bergamo S.r.l.", "ordini@vernicitools.example", "it-IT")
    p1 = po("4500081216", sup, "EUR", "2026-11-03", [
        ("PT-230-PL", "Paint tray 230 mm, plastic", 300, "PC", "1.65", "2026-12-09"),
        ("PT-LIN-230", "Disposable tray liner 230 mm", 1000, "PC", "0.32", "2026-12-09"),
    ], buyer="mira")
    p2 = po("4500081217", sup, "EUR", "2026-11-05", [
        ("PT-380-MET", "Paint tray 380 mm, metal", 80, "PC", "6.90", "2026-12-16"),
        ("PT-GRID-300", "Paint grid 300x270 mm", 150, "PC", "1.10", "2026-12-16"),
    ], buyer="mira")
    body = """Buongiorno Mira,

confermiamo entrambi i vostri ordini aperti:

- ordine 4500081216 (vaschette 230 mm e fogli): tutto come da vostro ordine, consegna 09/12.
- ordine 4500081217: pos. 1 vaschette metalliche 380 mm ok, 80 pz a 6,90 €, consegna 16/12;
  pos. 2 griglie 300x270: sono disponibili solo in confezioni da 40 pz, quindi vi mandiamo 160 pz (4 confezioni) al prezzo di 1,10 €, sempre il 16/12.

Cordiali saluti

Luca Bonetti
Ufficio Commerciale
Vernici Tools Bergamo S.r.l.
Via dei Mille 18 - 24126 Bergamo
Tel. 035 123 4567 - P.IVA 03412340165

""" + outlook_quote(p2, "it", "giovedì 5 novembre 2026 11:48")
    eml = reply(p2, "Luca Bonetti", "l.bonetti@vernicitools.example", mdate(2026, 11, 6, 9, 33, 10, 60),
                text(body, charset="iso-8859-15"), subject="R: " + req_subject(p2), charset="iso-8859-15")
    exp = {"kind": "confirmation", "confirmations": [
        allacc(p1),
        conf(p2, {1: A(p2, 1), 2: C(p2, 2, q=160)})],
        "notes": "Reply in PO 4500081217's thread but it also confirms 4500081216 in full. 09/12 and 16/12 are day-first without year -> 2026-12-09 / 2026-12-16 = requested. 4500081217 line 2: packs of 40 -> 160 pcs."}
    return [p1, p2], eml, exp


@case(17, "remacheslevante-rivets-semana50", "confirmation", "es-ES",
      "Spanish reply: lines 1-2 leave the warehouse 'en la semana 50' (ship week = requested Friday), line 3 new tariff price; long signature with registry numbers and LOPD disclaimer.")
def c017():
    sup = ("REMLEV", "Remaches Levante S.L.", "pedidos@remacheslevante.example", "es-ES")
    p = po("4500081218", sup, "EUR", "2026-11-06", [
        ("RG-HAND-48", "Hand rivet gun 2.4-4.8 mm", 60, "PC", "24.50", "2026-12-11"),
        ("RG-LEV-64", "Lever rivet gun up to 6.4 mm", 25, "PC", "58.00", "2026-12-11"),
        ("RG-NUT-M8", "Rivet nut tool M3-M8", 20, "PC", "72.00", "2026-12-18"),
    ])
    body = """Hola Dana:

Te confirmo el pedido 4500081218.

Las posiciones 1 y 2 van según pedido y salen de nuestro almacén en la semana 50.
La posición 3 (remachadora de tuercas M3-M8) tiene precio actualizado desde el 1 de noviembre: 76,90 € la unidad. Entrega el 18/12 como pedís.

Un saludo,

Vicente Soler
Dpto. Comercial
REMACHES LEVANTE S.L.
Pol. Ind. Fuente del Jarro - C/ Ciudad de Sevilla, 42 - 46988 Paterna (Valencia)
Tel. 961 32 45 78 - Móvil 655 12 34 56 - CIF B-46123456
Inscrita en el Registro Mercantil de Valencia, Tomo 8.123, Libro 5.412, Folio 87, Hoja V-101.234

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial. En cumplimiento del Reglamento (UE) 2016/679 le informamos de que sus datos serán tratados por REMACHES LEVANTE S.L. con la finalidad de gestionar la relación comercial.

""" + outlook_quote(p, "es", "viernes, 6 de noviembre de 2026 12:30")
    eml = reply(p, "Vicente Soler", "vsoler@remacheslevante.example", mdate(2026, 11, 9, 13, 12, 0, 60),
                alt(body, to_html(body), cte="quoted-printable"), subject="RE: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1), 2: A(p, 2), 3: C(p, 3, price="76.90")})],
        "notes": "'Salen de nuestro almacén en la semana 50' is a ship week without a day -> Friday 2026-12-11 = requested, so lines 1-2 are accepted. Line 3 price 76,90 €, date 18/12 = 2026-12-18 as requested. Numbers in the signature (Tomo 8.123 ...) are noise."}
    return [p], eml, exp


@case(18, "herrbajio-levels-contradiction", "needs_review", "es-MX",
      "Mexican reply that confirms 15 December, then a P.D. says the factory shipment slips to mid-January and the exact date will follow next week.")
def c018():
    sup = ("HERRBAJ", "Herramientas del Bajío S.A. de C.V.", "ventas@herrbajio.example", "es-MX")
    p = po("4500081219", sup, "MXN", "2026-11-05", [
        ("SL-600-AL", "Aluminium spirit level 600 mm", 100, "PC", "189.00", "2026-12-15"),
        ("SL-1200-AL", "Aluminium spirit level 1200 mm", 50, "PC", "329.00", "2026-12-15"),
    ])
    body = """Buen día Dana,

Le confirmo su pedido 4500081219, los 100 niveles de 60 cm y los 50 de 120 cm a los precios indicados, con entrega el 15 de diciembre.

Saludos cordiales,
Ing. Alejandro Ramírez
Herramientas del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 2301, León, Gto. | Tel. (477) 712 3456

P.D. Me acaba de avisar almacén que el embarque de fábrica no llega antes de la semana del 4 de enero, entonces la entrega sería más bien a mediados de enero. Le confirmo la fecha exacta la próxima semana, disculpe.
"""
    attr = "El jue, 5 nov 2026 a las 10:05, Dana Ruiz (<%s>) escribió:" % p["buyer"]["email"]
    eml = reply(p, "Alejandro Ramírez", "aramirez@herrbajio.example", mdate(2026, 11, 9, 10, 20, 0, -360),
                alt(body + "\n" + attr + "\n\n" + gt(req_text(p)), to_html(body, req_html(p), attr_line=attr)),
                subject="RE: " + req_subject(p))
    exp = {"kind": "needs_review",
           "notes": "Contradictory: the body confirms delivery 15 December, the P.D. withdraws it ('más bien a mediados de enero', exact date next week). No delivery date is committed for either line; a buyer must follow up."}
    return [p], eml, exp
