# -*- coding: utf-8 -*-
"""Cases 001-018."""
from .common import *


@case("de-at-kw51-outlook", "confirmation", "de-AT",
      "Austrian Outlook top-post over the quoted PO; one line moved to 'KW 51' (=Friday 2026-12-18), other lines as ordered.")
def c01():
    p = po("4500021701", "WAGNER-AT", "Schleifmittel Wagner GmbH", "verkauf@wagner-schleif.example", "de-AT", "EUR",
           "2026-11-03", [("SP-120-RT", "Schleifpad rot K120, 115x230 mm", 500, "PC", "0.86", "2026-12-11"),
                          ("SP-240-GR", "Schleifpad grau K240, 115x230 mm", 300, "PC", "0.92", "2026-12-11"),
                          ("SP-HLD-115", "Handpad-Halter 115 mm", 20, "EA", "7.40", "2026-12-11")])
    text = """Sehr geehrte Frau Halvorsen,

danke für Ihre Bestellung 4500021701.

Pos. 1 (K120 rot) und Pos. 3 (Halter) bestätigen wir wie bestellt, Liefertermin 11.12.2026.
Pos. 2 (K240 grau) ist derzeit nicht lagernd – Liefertermin KW 51, Menge und Preis (€ 0,92/Stk.) unverändert.

Mit freundlichen Grüßen

Ing. Thomas Gruber
Innendienst / Verkauf
Schleifmittel Wagner GmbH
Triester Straße 212, 1230 Wien
Tel. +43 1 615 22 80-14 | Fax -99
FN 123456a HG Wien | UID ATU12345678"""
    q = outlook_quote(p, ("Von", "Gesendet", "An", "Betreff"), sent="Dienstag, 3. November 2026 08:31", sep=None)
    eml = reply(p, ("Gruber Thomas", "t.gruber@wagner-schleif.example"), date_hdr("2026-11-04 10:22:41"),
                "<AM6PR02MB4412A1C0E5D3F7B9@AM6PR02MB4412.eurprd02.prod.outlook.example>", text, q, html=True,
                subject="AW: " + request_subject(p), boundary="_000_AM6PR02MB4412A1C0E5D3F7B9_")
    exp = expected("confirmation", "Lines 1 and 3 confirmed as ordered; line 2 only moves to KW 51 without a day, which per rules is Friday 2026-12-18; quantity and price unchanged.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-18"), 3: A(p, 3)})])
    return [p], eml, exp


@case("pt-br-bale-rounding-gmail", "confirmation", "pt-BR",
      "Gmail 'Em ... escreveu:' reply; line 1 rounded up to a 10-roll bale (40 rolls), both lines delivered earlier (10/12), prices in R$ with decimal comma.")
def c02():
    p = po("4500021702", "EMBPAUL", "Embalagens Paulista Ltda", "vendas@embpaulista.example", "pt-BR", "BRL",
           "2026-11-04", [("BW-10-120", "Plástico bolha 10 mm, rolo 1,20 x 100 m", 35, "ROL", "189.90", "2026-12-14"),
                          ("BW-ANT-60", "Plástico bolha antiestático, rolo 0,60 x 50 m", 12, "ROL", "142.50", "2026-12-14")])
    text = """Oi Ingrid, tudo bem?

Confirmamos o pedido 4500021702.

Item 1: o bolha de 10 mm só sai em fardo fechado de 10 rolos, então ajustamos para 40 rolos, preço mantido R$ 189,90 o rolo.
Item 2: ok, 12 rolos a R$ 142,50.

Entrega dos dois itens em 10/12/2026, frete CIF como sempre.

Abs,
Renata Oliveira
Embalagens Paulista Ltda | (11) 4412-7730 | CNPJ 12.345.678/0001-90"""
    q = gmail_quote(p, "Em qua., 4 de nov. de 2026 às 08:31, Ingrid Halvorsen <ingrid.halvorsen@halvorsen-supply.example> escreveu:")
    eml = reply(p, ("Renata Oliveira", "renata@embpaulista.example"), date_hdr("2026-11-05 14:03:12", "-0300"),
                "<CAF7x9Q2k+Lr3mW1Zp0vT8bN@mail.gmail.example>", text, q, html=True,
                subject="Re: " + request_subject(p), boundary="000000000000a1b2c3d4e5f60718")
    exp = expected("confirmation", "Line 1 quantity rounded 35 -> 40 (bale of 10) at the same price; both lines dated 10/12/2026 (day-first) i.e. earlier than requested 2026-12-14.",
                   [conf(p, {1: C(p, 1, quantity=40, date="2026-12-10"), 2: C(p, 2, date="2026-12-10")})])
    return [p], eml, exp


@case("th-th-buddhist-year", "confirmation", "th-TH",
      "Thai reply with Buddhist-era dates (2569 = 2026); line 2 delivery 22/12/2569, with a stock-arrival date 18/12 as distractor.")
def c03():
    p = po("4500021703", "SIAMMTR", "Siam Meter Co., Ltd.", "sales@siammeter.example", "th-TH", "THB",
           "2026-11-05", [("CM-2000A", "Digital clamp meter AC/DC 1000 A", 15, "EA", "3450.00", "2026-12-15"),
                          ("CM-400", "Mini clamp meter 400 A", 30, "EA", "1280.00", "2026-12-15")], buyer="aisha")
    text = """เรียน คุณ Aisha Rahman

บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500021703 ดังนี้

1. CM-2000A แคลมป์มิเตอร์ดิจิตอล จำนวน 15 เครื่อง ราคา 3,450.00 บาท/เครื่อง กำหนดส่งมอบ 15/12/2569
2. CM-400 มินิแคลมป์มิเตอร์ จำนวน 30 เครื่อง ราคา 1,280.00 บาท/เครื่อง
   สินค้าจะเข้าคลังวันที่ 18/12/2569 จึงขอเลื่อนส่งมอบเป็นวันที่ 22/12/2569

ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%

ขอแสดงความนับถือ
สมชาย ศรีสุข
ฝ่ายขาย บริษัท สยามมิเตอร์ จำกัด
โทร 02-711-4580 ต่อ 112"""
    eml = reply(p, ("สมชาย ศรีสุข", "somchai@siammeter.example"), date_hdr("2026-11-06 09:40:00", "+0700"),
                "<20261106094000.5521@siammeter.example>", text, gt_quote(request_text(p)), cte="base64")
    exp = expected("confirmation", "Dates are Buddhist era: 15/12/2569 = 2026-12-15 (as requested), 22/12/2569 = 2026-12-22 for line 2; 18/12 is only the warehouse arrival, not the delivery.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-22")})])
    return [p], eml, exp


@case("sw-ke-question-variant", "needs_review", "sw-KE",
      "Swahili reply that asks which magnetic door stop variant (floor or wall) is wanted before confirming anything.")
def c04():
    p = po("4500021704", "MOMHW", "Mombasa Hardware Supplies Ltd", "sales@mombasahardware.example", "sw-KE", "KES",
           "2026-11-05", [("DS-RUB-BR", "Rubber door stop, brown wedge", 400, "PC", "85.00", "2027-01-08"),
                          ("DS-MAG-SS", "Magnetic door stop, stainless", 60, "PC", "1450.00", "2027-01-08")], buyer="aisha")
    text = """Habari Bi. Aisha,

Tumepokea oda yako namba 4500021704, asante sana.

Kabla ya kuthibitisha, tafadhali tueleze: door stop za sumaku (line 2) unataka za kufunga sakafuni au ukutani? Tuna aina zote mbili lakini bei ni tofauti (KES 1,450 na KES 1,720).
Tutathibitisha bei na tarehe za oda nzima baada ya kupata jibu lako.

Asante,
Wanjiru Kamau
Sales Department
Mombasa Hardware Supplies Ltd
Moi Avenue, P.O. Box 80112-80100 Mombasa
Tel: +254 722 418 903"""
    eml = reply(p, ("Wanjiru Kamau", "wanjiru.kamau@mombasahardware.example"), date_hdr("2026-11-06 11:15:09", "+0300"),
                "<a81c2e7f-4b1d-4f0e-9c55-77b0d1e3f902@mombasahardware.example>", text,
                gmail_quote(p, "On Thu, Nov 5, 2026 at 10:31 AM Aisha Rahman <aisha.rahman@halvorsen-supply.example> wrote:"))
    exp = expected("needs_review", "The supplier asks a question (floor- or wall-mounted) and explicitly says it will confirm price and dates after the answer; nothing is committed, not even line 1.")
    return [p], eml, exp


@case("hi-in-lakh-price-change", "confirmation", "hi-IN",
      "Hindi reply with Indian digit grouping (₹6,32,000.00 total); line 2 new rate ₹4,025.00 and later date 22-01-2027.")
def c05():
    p = po("4500021705", "SHARMATL", "Sharma Tools & Hardware Pvt. Ltd.", "sales@sharmatools.example", "hi-IN", "INR",
           "2026-11-06", [("EP-AL-3.6", "Aluminium telescopic extension pole 1.8-3.6 m", 250, "EA", "1240.00", "2027-01-15"),
                          ("EP-FG-6", "Fibreglass extension pole 3-6 m", 80, "EA", "3875.00", "2027-01-15")], buyer="aisha")
    text = """नमस्ते आयशा जी,

PO 4500021705 के लिए धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:

1) EP-AL-3.6 – 250 नग @ ₹1,240.00 – डिलीवरी 15-01-2027
2) EP-FG-6 – 80 नग, नई दर ₹4,025.00 प्रति नग (फाइबरग्लास की कीमत बढ़ने के कारण) – डिलीवरी 22-01-2027

कुल राशि: ₹6,32,000.00 + GST 18%

धन्यवाद सहित,
राजेश शर्मा
शर्मा टूल्स एंड हार्डवेयर प्रा. लि.
मो. 98110 45872 | GSTIN 07AABCS1234F1Z5"""
    eml = reply(p, ("Rajesh Sharma", "rajesh@sharmatools.example"), date_hdr("2026-11-07 12:48:30", "+0530"),
                "<CAJx81mPq-7Tn2@mail.sharmatools.example>", text,
                gmail_quote(p, "On Fri, 6 Nov 2026 at 13:01, Aisha Rahman <aisha.rahman@halvorsen-supply.example> wrote:"),
                html=True, boundary="0000000000008e4f1a05f2c1")
    exp = expected("confirmation", "Line 1 exactly as ordered (15-01-2027 day-first). Line 2 price 3875.00 -> 4025.00 and date 2027-01-22; the lakh-grouped total 6,32,000 is 250*1240 + 80*4025 and confirms the reading.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="4025.00", date="2027-01-22")})])
    return [p], eml, exp


@case("is-is-out-of-office", "auto_reply", "is-IS",
      "Icelandic out-of-office with Auto-Submitted header and a return date and phone numbers, but no answer.")
def c06():
    p = po("4500021706", "VERKFLAG", "Verkfæralagerinn ehf.", "sala@verkfaeralagerinn.example", "is-IS", "ISK",
           "2026-11-06", [("KS-10M", "Kaðalstigi 10 m, álþrep", 6, "EA", "24900.00", "2027-01-12"),
                          ("KS-5M", "Kaðalstigi 5 m, álþrep", 10, "EA", "14500.00", "2027-01-12")], buyer="tomas")
    text = """Góðan dag,

Ég er fjarverandi frá 6. nóvember til og með 20. nóvember 2026 og hef takmarkaðan aðgang að tölvupósti.
Fyrir pantanir og brýn mál vinsamlegast hafið samband við sala@verkfaeralagerinn.example eða í síma 555 4120.

Kær kveðja,
Guðrún Sigurðardóttir
Verkfæralagerinn ehf. | Smiðjuvegi 11, 200 Kópavogur | kt. 550199-2189

--

I am out of the office until 20 November 2026. For orders please contact sala@verkfaeralagerinn.example."""
    eml = reply(p, ("Guðrún Sigurðardóttir", "gudrun@verkfaeralagerinn.example"), date_hdr("2026-11-06 08:32:05", "+0000"),
                "<autoreply.20261106083205.gudrun@verkfaeralagerinn.example>", text, charset="iso-8859-1",
                subject="Sjálfvirkt svar: " + request_subject(p),
                extra=("Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"),
                sub_charset="iso-8859-1")
    exp = expected("auto_reply", "Automatic absence notice (Auto-Submitted: auto-replied); the dates are the absence period, not delivery dates.")
    return [p], eml, exp


@case("de-de-erp-pdf-ab", "confirmation", "de-DE",
      "No-reply ERP mail with an attached Auftragsbestätigung PDF (text layer); supplier numbers positions 10/20/30, last one 'KW 02/2027'.")
def c07():
    p = po("4500021707", "KOEHLER", "Elektro Köhler GmbH & Co. KG", "auftrag@koehler-elektro.example", "de-DE", "EUR",
           "2026-11-05", [("SD-0.25-100", "Schmelzdraht verzinnt 0,25 mm, Spule 100 m", 20, "ROL", "18.40", "2026-12-09"),
                          ("SD-0.50-100", "Schmelzdraht verzinnt 0,50 mm, Spule 100 m", 20, "ROL", "24.90", "2026-12-09"),
                          ("SD-1.00-50", "Schmelzdraht verzinnt 1,00 mm, Spule 50 m", 10, "ROL", "31.20", "2026-12-09")])
    pdf_lines = [
        "Elektro Köhler GmbH & Co. KG  -  Industriestraße 41  -  42655 Solingen",
        "",
        "Halvorsen Industrial Supply AS, Verkstedveien 14, 3036 Drammen, Norwegen",
        "",
        "AUFTRAGSBESTÄTIGUNG  Nr. AB-2611-04417",
        "Datum: 09.11.2026      Kunden-Nr.: 30418      Ihre Bestellung: 4500021707 vom 05.11.2026",
        "Ihr Zeichen: Ingrid Halvorsen      Unser Zeichen: Fr. Berger",
        "",
        "Pos.  Ihre Pos.  Artikel       Bezeichnung                         Menge    ME   Preis/ME   Liefertermin",
        "10    1          SD-0.25-100   Schmelzdraht verzinnt 0,25 mm 100 m  20       ROL  18,40      09.12.2026",
        "20    2          SD-0.50-100   Schmelzdraht verzinnt 0,50 mm 100 m  20       ROL  24,90      09.12.2026",
        "30    3          SD-1.00-50    Schmelzdraht verzinnt 1,00 mm 50 m   10       ROL  31,20      KW 02/2027",
        "",
        "Warenwert netto: 1.178,00 EUR     zzgl. 19 % MwSt.: 0,00 EUR (innergemeinschaftliche Lieferung)",
        "Lieferbedingung: DAP Drammen (Incoterms 2020)   Zahlungsbedingung: 30 Tage netto",
        "",
        "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
        "Sitz Solingen, Amtsgericht Wuppertal HRA 24411, USt-IdNr. DE 812 334 118",
    ]
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung AB-2611-04417 zu Ihrer Bestellung 4500021707.
Bitte prüfen Sie die Angaben und teilen Sie uns Abweichungen innerhalb von 3 Werktagen mit.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht an diese Adresse.

Elektro Köhler GmbH & Co. KG"""
    part = multipart("mixed", [leaf(body, "plain", "iso-8859-15", "quoted-printable"),
                               attach(pdf(pdf_lines, "AB-2611-04417"), "application/pdf", "AB-2611-04417.pdf")],
                     "=_mixed 0047A1C2C1258A41_=")
    eml = mail(p, ("Elektro Köhler Auftragsbearbeitung", "noreply@koehler-elektro.example"),
               "Auftragsbestätigung AB-2611-04417 zu Ihrer Bestellung 4500021707", date_hdr("2026-11-09 06:02:17"),
               "<OF0047A1C2.88B1F3E2-ONC1258A41@koehler-elektro.example>", part, reply=False,
               extra=("Auto-Submitted: auto-generated",))
    exp = expected("confirmation", "ERP order confirmation (PDF) commits to the order, so it is a confirmation despite Auto-Submitted. Positions 10/20 map to our lines 1/2 as ordered; pos. 30 (our line 3) KW 02/2027 = Friday 2027-01-15.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, date="2027-01-15")})])
    return [p], eml, exp


@case("fr-fr-inline-per-cent-discontinued", "confirmation", "fr-FR",
      "French answers typed inline under each quoted PO line: price quoted 'le cent' (per 100), one reference discontinued.")
def c08():
    p = po("4500021708", "DESCH", "Outillage Deschamps SAS", "adv@outillage-deschamps.example", "fr-FR", "EUR",
           "2026-11-06", [("PC-220W", "Pistolet à colle 220 W, bâton 11 mm", 40, "EA", "21.50", "2026-12-16"),
                          ("BC-11-300", "Bâtons de colle 11 x 300 mm", 2000, "PC", "0.145", "2026-12-16"),
                          ("PC-NOZ-LG", "Buse longue pour pistolet 220 W", 40, "EA", "3.90", "2026-12-16")], buyer="marco")
    ql = request_text(p).split("\n")
    out = []
    for l in ql:
        out.append(("> " + l).rstrip())
        if l.startswith("1   PC-220W"):
            out.append("\nOK conforme, livraison le 16/12.\n")
        elif l.startswith("2   BC-11-300"):
            out.append("\nQuantité OK. Attention, prix 14,90 € le cent (conditionnement par 100), livraison 16/12.\n")
        elif l.startswith("3   PC-NOZ-LG"):
            out.append("\nRéférence arrêtée par le fabricant, plus disponible : nous ne pouvons pas livrer cette ligne.\n")
    text = """Bonjour M. Bellini,

Voir nos réponses dans le texte ci-dessous.

Cordialement,
Sophie Marchand
Administration des ventes – Outillage Deschamps SAS
Tél. 02 41 88 63 20

De : Marco Bellini <marco.bellini@halvorsen-supply.example>
Envoyé : vendredi 6 novembre 2026 08:31
À : adv@outillage-deschamps.example
Objet : """ + request_subject(p) + "\n\n" + "\n".join(out)
    eml = reply(p, ("Sophie Marchand", "s.marchand@outillage-deschamps.example"), date_hdr("2026-11-09 15:27:44"),
                "<PR1P264MB2210C3E4F1A2B5D6@PR1P264MB2210.FRAP264.prod.outlook.example>", text,
                subject="RE: " + request_subject(p), charset="windows-1252")
    exp = expected("confirmation", "Inline answers: line 1 OK; line 2 price 14,90 EUR per hundred = 0.149 per PC (PO 0.145); line 3 discontinued and declined.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="0.149"), 3: R()})])
    return [p], eml, exp


@case("cs-cz-partial-tomorrow-cp1250", "confirmation", "cs-CZ",
      "Czech windows-1250 QP mail: lines 1-2 confirmed, line 3 'termín potvrdíme zítra' stays unconfirmed.")
def c09():
    p = po("4500021709", "NOVAKN", "Nářadí Novák s.r.o.", "obchod@naradi-novak.example", "cs-CZ", "CZK",
           "2026-11-09", [("DK-BIM-32", "Vrtací korunka bimetal 32 mm", 50, "PC", "189.00", "2026-12-14"),
                          ("DK-BIM-68", "Vrtací korunka bimetal 68 mm", 30, "PC", "312.00", "2026-12-14"),
                          ("DK-SET-9", "Sada vrtacích korunek 9 ks", 10, "SET", "1490.00", "2026-12-14")])
    text = """Dobrý den, paní Halvorsenová,

děkujeme za objednávku č. 4500021709.
Pol. 1 a 2 potvrzujeme dle objednávky (množství i ceny), dodání 14. 12. 2026.
Pol. 3 (sady korunek) ověřujeme u výrobce, termín i cenu Vám potvrdíme zítra.

S pozdravem

Jana Dvořáková
Nářadí Novák s.r.o. | Průmyslová 1472/8, 602 00 Brno
tel.: +420 541 223 870 | IČO: 25587412 | DIČ: CZ25587412"""
    q = outlook_quote(p, ("Od", "Odesláno", "Komu", "Předmět"), sent="pondělí 9. listopadu 2026 8:31", sep=None)
    eml = reply(p, ("Jana Dvořáková", "dvorakova@naradi-novak.example"), date_hdr("2026-11-10 13:05:51"),
                "<003a01dd7b2f$8e4c1d20$aae45760$@naradi-novak.example>", text, q, charset="windows-1250",
                subject="RE: " + request_subject(p))
    exp = expected("confirmation", "Lines 1 and 2 confirmed as ordered for 14. 12. 2026; line 3 is only promised for tomorrow, so it is unconfirmed.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: U()})])
    return [p], eml, exp


@case("en-gb-exim-bounce", "bounce", "en-GB",
      "Exim 'Mail delivery failed' plain-text bounce (550 5.1.1) that carries a full copy of our PO mail with its line table.")
def c10():
    p = po("4500021710", "BRISSEAL", "Bristol Sealants Ltd", "orders@bristol-sealants.example", "en-GB", "GBP",
           "2026-11-09", [("ST-BUT-75", "Butyl sealant tape 75 mm x 10 m", 60, "ROL", "7.85", "2026-12-10"),
                          ("ST-ALU-50", "Aluminium-faced sealant tape 50 mm x 10 m", 40, "ROL", "9.20", "2026-12-10")])
    od = date_hdr("2026-11-09 08:31:02")
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  orders@bristol-sealants.example
    host mx1.bristol-sealants.example [203.0.113.25]
    SMTP error from remote mail server after RCPT TO:<orders@bristol-sealants.example>:
    550 5.1.1 <orders@bristol-sealants.example>: Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

""" + original_headers(p, od) + "\n\n" + request_text(p)
    eml = mail(p, ("Mail Delivery System", "Mailer-Daemon@mail.halvorsen-supply.example"),
               "Mail delivery failed: returning message to sender", date_hdr("2026-11-09 08:31:07"),
               "<E1vQz8H-0007Kc-2T@mail.halvorsen-supply.example>", leaf(text, "plain", "us-ascii", "7bit"),
               reply=False, to="ingrid.halvorsen@halvorsen-supply.example",
               extra=("X-Failed-Recipients: orders@bristol-sealants.example", "Auto-Submitted: auto-replied"))
    exp = expected("bounce", "Exim non-delivery report; the quoted PO table inside is our own request, not an answer.")
    return [p], eml, exp


@case("en-us-iphone-terse", "confirmation", "en-US",
      "Two-line iPhone reply 'Confirmed as written' with a US ship date 12/4 and delivery 12/7 (delivery wins, equals PO).")
def c11():
    p = po("4500021711", "KEYSTONE", "Keystone Electrical Supply Inc.", "orders@keystone-elec.example", "en-US", "USD",
           "2026-11-09", [("IT-33-34", "Vinyl electrical tape 3/4 in x 66 ft, black", 600, "ROL", "3.89", "2026-12-07"),
                          ("IT-RUB-130C", "Rubber splicing tape 3/4 in x 30 ft", 120, "ROL", "8.75", "2026-12-07")], buyer="tomas")
    text = "Confirmed as written. Both lines ship 12/4 for delivery 12/7.\n\nMike\n\nSent from my iPhone"
    q = "On Nov 9, 2026, at 2:31 AM, Tomas Lindqvist <tomas.lindqvist@halvorsen-supply.example> wrote:\n\n" + gt_quote(request_text(p))
    eml = reply(p, ("Mike Kowalczyk", "mkowalczyk@keystone-elec.example"), date_hdr("2026-11-09 07:58:13", "-0500"),
                "<6C1E2F0A-77B3-4D9C-A2E8-31F5D0B9C4E1@keystone-elec.example>", text, q, cte="7bit", charset="utf-8",
                subject="Re: " + request_subject(p))
    exp = expected("confirmation", "US month-first: ship 12/4 = Dec 4, delivery 12/7 = Dec 7 = requested date; delivery date wins, so everything is accepted.",
                   [all_acc(p)])
    return [p], eml, exp


@case("en-in-xlsx-order-acceptance", "confirmation", "en-IN",
      "Indian manufacturer's XLSX order acceptance: dd-mm-yyyy dates as text, a confirmed-qty column differing from ordered (pack of 50), one line pushed to March.")
def c12():
    p = po("4500021712", "PJFPUNE", "Precision Jigs & Fixtures (Pune) Pvt Ltd", "sales@pjf-pune.example", "en-IN", "INR",
           "2026-11-10", [("JG-DRL-101", "Drill jig plate, hardened, 6 bush", 12, "EA", "8650.00", "2027-01-20"),
                          ("JG-WLD-220", "Welding jig frame 1200 x 800 mm", 2, "EA", "96500.00", "2027-02-10"),
                          ("JG-BSH-8", "Drill bush 8 mm, hardened, DIN 179", 220, "PC", "145.00", "2027-01-20")], buyer="aisha")
    rows = [["Order Acceptance OA/26-27/0913", "", "", "", "", "", "", "", ""],
            ["Your PO", "PO Line", "Item", "Qty Ordered", "Qty Confirmed", "UOM", "Rate (INR)", "Confirmed Delivery", "Remarks"],
            ["4500021712", 1, "JG-DRL-101", 12, 12, "EA", 8650, "20-01-2027", ""],
            ["4500021712", 2, "JG-WLD-220", 2, 2, "EA", 96500, "03-03-2027", "Fabrication capacity full till Feb"],
            ["4500021712", 3, "JG-BSH-8", 220, 250, "PC", 145, "20-01-2027", "Std pack of 50 nos"]]
    body = """Dear Madam,

Greetings from PJF Pune.

Please find attached our Order Acceptance OA/26-27/0913 against your PO No. 4500021712 dated 10.11.2026.
Kindly note the changes marked in the remarks column.

Thanks & Regards,
Sneha Kulkarni
Sales Coordinator
Precision Jigs & Fixtures (Pune) Pvt Ltd
Plot No. 27, MIDC Bhosari, Pune 411026
Mob: +91 98220 41735 | GST: 27AAECP4417M1ZQ"""
    part = multipart("mixed", [leaf(body, "plain", "utf-8", "7bit"),
                               attach(xlsx(rows, "OA"), XLSX_CT, "OA_26-27_0913.xlsx")], "----=_NextPart_000_0112_01DD7B3A")
    eml = mail(p, ("Sneha Kulkarni", "sneha.k@pjf-pune.example"), "RE: " + request_subject(p),
               date_hdr("2026-11-12 16:20:05", "+0530"), "<000b01dd7c4a$1f2e3d40$5d6c7b80$@pjf-pune.example>", part)
    exp = expected("confirmation", "Answer is in the XLSX: line 1 as ordered; line 2 delivery 03-03-2027 (day-first = 3 March 2027); line 3 confirmed 250 instead of 220 (pack of 50) at same rate and date.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, date="2027-03-03"), 3: C(p, 3, quantity=250)})])
    return [p], eml, exp


@case("es-es-split-delivery", "confirmation", "es-ES",
      "Spanish reply splitting line 1 into 300 pairs on 18/12 and the remaining 200 on '15 de enero' (no year).")
def c13():
    p = po("4500021713", "EBROSUM", "Suministros Industriales Ebro S.L.", "pedidos@suministros-ebro.example", "es-ES", "EUR",
           "2026-11-10", [("RD-GEL-PRO", "Rodilleras de gel con carcasa, talla única", 500, "PR", "9.60", "2026-12-18"),
                          ("RD-FOAM-STD", "Rodilleras de espuma estándar", 200, "PR", "4.15", "2026-12-18")], buyer="marco")
    text = """Buenos días Marco:

Te confirmamos el pedido 4500021713.

Línea 1: como no tenemos el stock completo, os enviamos 300 pares el 18/12 y los 200 restantes el 15 de enero. Precio 9,60 € el par sin cambios.
Línea 2: conforme, 200 pares a 4,15 € para el 18/12.

Un saludo,

Javier Lacasa
Dpto. Comercial
Suministros Industriales Ebro S.L.
Pol. Ind. Malpica, calle E, nave 14 – 50016 Zaragoza
Tel. 976 57 31 20

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional."""
    q = outlook_quote(p, ("De", "Enviado el", "Para", "Asunto"), sent="martes, 10 de noviembre de 2026 8:31", sep=None)
    eml = reply(p, ("Javier Lacasa", "jlacasa@suministros-ebro.example"), date_hdr("2026-11-11 10:44:19"),
                "<DB9PR06MB7720B4A18C2E9F11@DB9PR06MB7720.eurprd06.prod.outlook.example>", text, q, html=True,
                boundary="_000_DB9PR06MB7720B4A18C2E9F11_")
    exp = expected("confirmation", "Line 1 split: 300 on 2026-12-18 and 200 on 15 January (no year -> next one after the mail, 2027-01-15); total 500 unchanged, last date 2027-01-15. Line 2 as ordered.",
                   [conf(p, {1: C(p, 1, schedule=[(300, "2026-12-18"), (200, "2027-01-15")]), 2: A(p, 2)})])
    return [p], eml, exp


@case("es-mx-substitute-question", "needs_review", "es-MX",
      "Mexican supplier offers a substitute brand at a higher price and asks 'te sirve?' before confirming the whole order.")
def c14():
    p = po("4500021714", "MAGBAJIO", "Magnetos y Elevación del Bajío S.A. de C.V.", "ventas@magbajio.example", "es-MX", "MXN",
           "2026-11-11", [("LM-PM-1000", "Imán de elevación permanente 1000 kg", 4, "EA", "8950.00", "2027-01-11"),
                          ("LM-PM-300", "Imán de elevación permanente 300 kg", 10, "EA", "3720.00", "2027-01-11")], buyer="marco")
    text = """Hola Marco, buenas tardes.

Del PM-1000 ya no manejamos la marca que pides; te podemos ofrecer el equivalente de otra marca (misma capacidad, factor de seguridad 3:1) a $9,480.00 MXN c/u más IVA. Te paso la ficha técnica en otro correo.
¿Te sirve? En cuanto me confirmes te mando la confirmación de todo el pedido con fechas.

Saludos,
Ing. Alejandra Ruiz
Magnetos y Elevación del Bajío
Cel. 477 318 2290"""
    eml = reply(p, ("Alejandra Ruiz", "aruiz@magbajio.example"), date_hdr("2026-11-12 16:10:33", "-0600"),
                "<CAM3vR8uX1q=Pz4@mail.magbajio.example>", text,
                gmail_quote(p, "El mié, 11 nov 2026 a las 1:31, Marco Bellini (<marco.bellini@halvorsen-supply.example>) escribió:"),
                html=True, boundary="000000000000f1e2d3c4b5a69788")
    exp = expected("needs_review", "Counter-offer for line 1 with a question; the supplier will send the confirmation of the whole order only after our answer.")
    return [p], eml, exp


@case("it-it-copper-surcharge-4pct", "confirmation", "it-IT",
      "Italian confirmation with a 4% raw-material surcharge on the copper mallet line only.")
def c15():
    p = po("4500021715", "UTBERG", "Utensileria Bergamasca S.r.l.", "ordini@utensileria-bg.example", "it-IT", "EUR",
           "2026-11-11", [("MZ-GOM-450", "Mazzuolo in gomma 450 g, manico in fibra", 120, "EA", "6.80", "2026-12-15"),
                          ("MZ-NYL-40", "Mazzuolo in nylon testa 40 mm", 60, "EA", "11.25", "2026-12-15"),
                          ("MZ-RAME-1000", "Mazzuolo rame/plastica 1000 g", 24, "EA", "38.50", "2026-12-15")], buyer="marco")
    text = """Gentile sig. Bellini,

confermiamo il Vostro ordine n. 4500021715 con consegna il 15/12/2026 per tutte le righe.

Dato il forte aumento delle materie prime, sui prodotti in rame (riga 3, MZ-RAME-1000) siamo costretti ad applicare una maggiorazione del 4%.
Le righe 1 e 2 restano ai prezzi del Vostro ordine.

Cordiali saluti

Paolo Carminati
Ufficio Commerciale
Utensileria Bergamasca S.r.l. – Via Borgo Palazzo 118, 24125 Bergamo
Tel. 035 29 81 44 – P.IVA 02811450163

Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa e-mail sono riservate."""
    q = outlook_quote(p, ("Da", "Inviato", "A", "Oggetto"), sent="mercoledì 11 novembre 2026 08:31", sep="-----Messaggio originale-----")
    eml = reply(p, ("Paolo Carminati", "p.carminati@utensileria-bg.example"), date_hdr("2026-11-12 09:12:00"),
                "<5f2a01dd7c3b$44a1b2c0$cde51840$@utensileria-bg.example>", text, q, charset="windows-1252",
                subject="R: " + request_subject(p))
    exp = expected("confirmation", "All lines for 15/12/2026 as requested; line 3 gets +4%: 38.50 * 1.04 = 40.04.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, price="40.04")})])
    return [p], eml, exp


@case("nl-nl-two-pos-one-mail", "confirmation", "nl-NL",
      "Dutch mail answering two open POs at once: the first fully accepted ('levering 10-12'), the second moved to 'dinsdag 19 januari'.")
def c16():
    p1 = po("4500021716", "VANDIJK", "Gereedschapshandel Van Dijk B.V.", "verkoop@vandijk-gereedschap.example", "nl-NL", "EUR",
            "2026-11-12", [("SPT-300", "Spijkertrekker 300 mm", 80, "EA", "7.95", "2026-12-10"),
                           ("KB-600", "Koevoet met spijkertrekker 600 mm", 40, "EA", "12.40", "2026-12-10")])
    p2 = po("4500021736", "VANDIJK", "Gereedschapshandel Van Dijk B.V.", "verkoop@vandijk-gereedschap.example", "nl-NL", "EUR",
            "2026-11-13", [("SPT-JAP-380", "Japanse spijkertrekker 380 mm", 30, "EA", "14.60", "2027-01-12")])
    text = """Beste Ingrid,

Hierbij bevestigen we beide orders:

- 4500021716: alles akkoord, levering 10-12.
- 4500021736: akkoord qua aantal en prijs, maar de Japanse spijkertrekkers komen pas binnen in week 2; levering wordt dinsdag 19 januari.

Met vriendelijke groet,

Sanne de Groot
Binnendienst
Gereedschapshandel Van Dijk B.V. | Industrieweg 31 | 3542 AD Utrecht
T +31 30 241 77 60 | KvK 30112457 | BTW NL8045.12.337.B01"""
    eml = mail(p1, ("Sanne de Groot", "sanne@vandijk-gereedschap.example"),
               "Bevestiging orders 4500021716 en 4500021736", date_hdr("2026-11-16 11:31:47"),
               "<1a9f7c22-3e08-41b5-b8d1-5c0a44f6e7d3@vandijk-gereedschap.example>",
               leaf(text, "plain", "utf-8", "quoted-printable"), reply=False)
    exp = expected("confirmation", "New thread covering two POs: 4500021716 fully as ordered (10-12 day-first = 2026-12-10); 4500021736 quantity/price ok, delivery Tuesday 19 January -> 2027-01-19 ('week 2' is only the goods-in week).",
                   [all_acc(p1), conf(p2, {1: C(p2, 1, date="2027-01-19")})])
    return [p1, p2], eml, exp


@case("nl-be-newsletter", "unrelated", "nl-BE",
      "Bilingual Belgian HTML newsletter from the same supplier domain with promo prices and dates, no reference to our PO.")
def c17():
    p = po("4500021717", "VERMTG", "Technische Groothandel Vermeulen NV", "orders@vermeulen-tg.example", "nl-BE", "EUR",
           "2026-11-12", [("TS-600-PRO", "Tegelsnijder 600 mm Pro", 10, "EA", "64.90", "2026-12-16")], buyer="tomas")
    html = """<table width="600" align="center"><tr><td>
<h1 style="color:#c00">Nieuwsbrief november 2026 / Newsletter novembre</h1>
<p>Beste klant, cher client,</p>
<p><b>-15% op alle tegelsnijders</b> tot 30/11/2026: Tegelsnijder 600 mm Pro nu <b>€ 55,17</b> i.p.v. € 64,90 (excl. btw).</p>
<p>Opendeurdag in ons magazijn in Wommelgem op zaterdag 28/11 van 9u tot 16u – koffie en demo's van diamantschijven.</p>
<p>Onze kantoren zijn gesloten van 24/12 tot en met 3/01. Bestellingen na 18/12 worden geleverd vanaf 4/01.</p>
<p style="font-size:10px">U ontvangt deze e-mail omdat u klant bent bij Technische Groothandel Vermeulen NV, BTW BE 0412.557.903.
<a href="https://vermeulen-tg.example/uitschrijven?u=8812">Uitschrijven / Se désabonner</a></p>
</td></tr></table>"""
    text = "Nieuwsbrief november 2026\n\n-15% op alle tegelsnijders tot 30/11/2026: Tegelsnijder 600 mm Pro nu EUR 55,17 i.p.v. EUR 64,90.\nOpendeurdag zaterdag 28/11.\nGesloten van 24/12 t/m 3/01.\n\nUitschrijven: https://vermeulen-tg.example/uitschrijven?u=8812"
    part = alt(text, html_doc(html), "b1_8f1c2a3e4d5b6c7d8e9f0a1b2c3d4e5f")
    eml = mail(p, ("Vermeulen NV", "nieuwsbrief@vermeulen-tg.example"), "Nieuwsbrief: -15% op tegelsnijders + opendeurdag 28/11",
               date_hdr("2026-11-17 07:00:00"), "<nb-2026-11.8812@news.vermeulen-tg.example>", part, reply=False,
               to="tomas.lindqvist@halvorsen-supply.example",
               extra=("List-Unsubscribe: <https://vermeulen-tg.example/uitschrijven?u=8812>", "Precedence: bulk"))
    exp = expected("unrelated", "Marketing newsletter; the promo price for the item we ordered and the closing dates are not an answer to PO 4500021717.")
    return [p], eml, exp


@case("fr-ca-html-only-courroie-price", "confirmation", "fr-CA",
      "Québec HTML-only reply (no text part) with '2 890,00 $' number style over an HTML blockquote; spare-belt line repriced.")
def c18():
    p = po("4500021718", "ECUMLAUR", "Écumeurs Laurentides inc.", "ventes@ecumeurs-laurentides.example", "fr-CA", "CAD",
           "2026-11-12", [("OS-BELT-12", "Écumeur d'huile à courroie 12 po", 3, "EA", "2890.00", "2026-12-22"),
                          ("OS-TUBE-24", "Écumeur à tube 24 po, 120 V", 2, "EA", "4150.00", "2027-01-29"),
                          ("OS-BELT-SP", "Courroie de rechange 12 po", 6, "EA", "189.00", "2026-12-22")], buyer="aisha")
    body = """<div>Bonjour Mme Rahman,</div><div><br></div>
<div>Nous confirmons votre commande 4500021718 :</div>
<ul><li>Article 1 : 3 unités à 2 890,00 $, livraison le mardi 22 décembre.</li>
<li>Article 2 : 2 unités à 4 150,00 $, livraison le 29 janvier.</li>
<li>Article 3 : 6 courroies; prix révisé à 205,00 $ chacune (nouveau tarif du fabricant), livrées avec l'article 1.</li></ul>
<div>Merci de votre confiance!</div><div><br></div>
<div>Marie-Ève Tremblay<br>Service à la clientèle<br>Écumeurs Laurentides inc. – 1450, boul. Industriel, Saint-Jérôme (QC) J7Y 4B8<br>450 438-2210, poste 204</div><br>
""" + html_blockquote(p, "Le jeu. 12 nov. 2026 à 02 h 31, Aisha Rahman &lt;aisha.rahman@halvorsen-supply.example&gt; a écrit :")
    eml = mail(p, ("Marie-Ève Tremblay", "metremblay@ecumeurs-laurentides.example"), "RE: " + request_subject(p),
               date_hdr("2026-11-13 10:05:22", "-0500"), "<YT2PR01MB6631E09A2B7C8D4F@YT2PR01MB6631.CANPRD01.prod.outlook.example>",
               leaf(html_doc(body), "html", "utf-8", "quoted-printable"))
    exp = expected("confirmation", "HTML only. Lines 1 and 2 as ordered (22 Dec / 29 Jan, no year -> 2026-12-22, 2027-01-29). Line 3 repriced 189.00 -> 205.00, delivered with line 1 on 2026-12-22.",
                   [conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, price="205.00")})])
    return [p], eml, exp
