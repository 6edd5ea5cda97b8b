# -*- coding: utf-8 -*-
"""Cases 001-018."""
from .common import *  # noqa

# 001 ------------------------------------------------------------- de-AT
S = ("HOFB", "Eisenwaren Hofbauer GmbH", "verkauf@hofbauer-eisenwaren.example", "de-AT")
P = po("4500031207", S, "jonas", "EUR", "2026-11-03", [
    ("SV-125-G", "Parallel bench vice 125 mm, cast iron", 12, "EA", "89.50", "2026-12-11"),
    ("SV-150-G", "Parallel bench vice 150 mm, swivel base", 8, "EA", "134.00", "2026-12-11"),
    ("SV-JAW-150", "Replacement jaw set 150 mm, grooved", 20, "PR", "18.40", "2026-12-11"),
])
body = """Sehr geehrter Herr Weber,

danke für Ihre Bestellung. Wir bestätigen wie folgt:

Pos. 1 – Parallelschraubstock 125 mm: 12 Stk. à € 89,50 – Liefertermin KW 50
Pos. 2 – Parallelschraubstock 150 mm mit Drehteller: 8 Stk. à € 134,00 – Liefertermin KW 51 (Drehteller derzeit nicht lagernd)
Pos. 3 – Ersatzbackensatz 150 mm: 20 Paar à € 18,40 – Liefertermin 15. Jänner 2027, Teil ist beim Hersteller nachbestellt.

Lieferung frei Haus, Zahlungsbedingungen wie vereinbart.

Mit freundlichen Grüßen

Ing. Florian Pichler
Innendienst / Verkauf
Eisenwaren Hofbauer GmbH
Lendkai 112, 8020 Graz
T +43 316 71 88 40-23 | F +43 316 71 88 40-99
FN 118734 k, LG f. ZRS Graz | UID ATU 41234567

""" + outlook_quote(P, "de", sent="Dienstag, 3. November 2026 10:02")
eml = reply(P, "Pichler Florian", "AW: " + req_subject(P), maildate("2026-11-05", "14:37:12", "+0100"),
            "VI1PR08MB5523A41C0B7E.4480@hofbauer-eisenwaren.example",
            text(body, charset="windows-1252"), extra=["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdsPn4XkQ2Zr"])
case("hofbauer-kw-jaenner", "confirmation", "de-AT",
     "Austrian 'Jänner' month name plus two different calendar weeks; KW 50 Friday equals the requested date so line 1 is accepted.",
     [P], eml, [conf(P, {1: A, 2: chg(8, "134.00", kw(2026, 51)), 3: chg(20, "18.40", "2027-01-15")})],
     "KW 50 = Fri 2026-12-11 = requested, so line 1 accepted; KW 51 = Fri 2026-12-18; 'Jänner' is Austrian for January -> 2027-01-15. Prices with decimal comma unchanged.")

# 002 ------------------------------------------------------------- pt-BR
S = ("FIXA", "Fixabras Abraçadeiras Ltda.", "vendas@fixabras.example", "pt-BR")
P = po("4500031544", S, "priya", "BRL", "2026-11-04", [
    ("ZT-200-B", "Cable tie 4.8x200 mm, black UV", 2500, "PC", "0.18", "2026-12-14"),
    ("ZT-370-B", "Cable tie 7.6x370 mm, black UV", 1000, "PC", "0.62", "2026-12-14"),
    ("ZT-MNT-27", "Adhesive mount base 27x27 mm", 500, "PC", "0.95", "2026-12-14"),
])
body = """Bom dia Priya,

Segue a confirmação do pedido 4500031544:

Item 1 - ZT-200-B: vendemos em embalagem fechada de 1.000 unidades, então ajustamos para 3.000 pç, R$ 0,18/pç, entrega 14/12.
Item 2 - ZT-370-B: 1.000 pç, R$ 0,62/pç, entrega 14/12. Conforme pedido.
Item 3 - ZT-MNT-27: 500 pç, houve reajuste do fornecedor, novo preço R$ 1,05/pç, entrega 18/12.

Frete CIF. Qualquer dúvida estou à disposição.

Att.,
Rafaela Nogueira
Fixabras Abraçadeiras Ltda.
CNPJ 12.345.678/0001-90 | (11) 4032-7788 | WhatsApp (11) 98765-4321

""" + gmail_quote(P, "Em qua., 4 de nov. de 2026 às 10:02, Priya Raman <priya.raman@brightwell-mro.example> escreveu:")
eml = reply(P, "Rafaela Nogueira", "Re: " + req_subject(P), maildate("2026-11-06", "11:48:03", "-0300"),
            "CAF3x9kq+7vB2dYw0tZpQm1eHc=Lr4u@mail.gmail.com", text(body), frm_email="vendas@fixabras.example")
case("fixabras-pack-rounding", "confirmation", "pt-BR",
     "Pack rounding 2.500 -> 3.000 with Brazilian thousands dots, one price increase and one later date without year.",
     [P], eml, [conf(P, {1: chg(3000, "0.18", "2026-12-14"), 2: A, 3: chg(500, "1.05", "2026-12-18")})],
     "'3.000' is three thousand (dot = thousands separator). 14/12 and 18/12 have no year -> Dec 2026. Line 2 as ordered.")

# 003 ------------------------------------------------------------- th-TH
S = ("SIAM", "Siam Abrasive Co., Ltd.", "sales@siamabrasive.example", "th-TH")
P = po("4500031610", S, "tom", "THB", "2026-11-04", [
    ("GW-180-6-A36", "Grinding wheel 180x6x22.23 mm A36", 200, "PC", "78.00", "2026-12-15"),
    ("GW-230-19-INOX", "Cutting disc 230x1.9 mm inox", 500, "PC", "42.50", "2026-12-15"),
])
body = """เรียน คุณ Tom Okafor

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031610 บริษัทฯ ขอยืนยันรายการดังนี้

1. GW-180-6-A36 ใบเจียร 180 มม. จำนวน 200 ชิ้น ราคา 78.00 บาท/ชิ้น กำหนดส่ง 15/12/2569
2. GW-230-19-INOX ใบตัดสแตนเลส 230 มม. จำนวน 500 ชิ้น ราคา 42.50 บาท/ชิ้น กำหนดส่ง 8 ม.ค. 2570 (สินค้ารอนำเข้า)

ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%

ขอแสดงความนับถือ
สมชาย ศรีสุข
ฝ่ายขาย บริษัท สยาม อะเบรซีฟ จำกัด
โทร 02-123-4567 ต่อ 112
"""
eml = reply(P, "Somchai Srisuk", "Re: " + req_subject(P), maildate("2026-11-06", "15:20:44", "+0700"),
            "20261106082044.4F2A1@siamabrasive.example", text(body, charset="tis-620", cte="base64"))
case("siam-buddhist-era", "confirmation", "th-TH",
     "Dates in the Thai Buddhist Era (2569/2570 = 2026/2027) in TIS-620 base64; 'ม.ค.' is January.",
     [P], eml, [conf(P, {1: A, 2: chg(500, "42.50", "2027-01-08")})],
     "15/12/2569 BE = 2026-12-15 (as requested). 8 ม.ค. 2570 = 8 January 2027. VAT note is not a price change.")

# 004 ------------------------------------------------------------- sw-KE
S = ("PWANI", "Pwani Drums & Containers Ltd", "sales@pwanidrums.example", "sw-KE")
P = po("4500031702", S, "tom", "KES", "2026-11-05", [
    ("OD-210-ST", "Steel drum 210 L, closed head, blue", 40, "EA", "4850.00", "2026-12-14"),
])
body = """Habari Tom,

Tumepokea LPO 4500031702. Drums 40 zitaletwa tarehe 14/12 kama mlivyoomba, bei ni ile ile 4,850/= kila moja.

Asante,
Juma

Sent from my Android

""" + gmail_quote(P, "On Thu, 5 Nov 2026, 10:02 Tom Okafor, <tom.okafor@brightwell-mro.example> wrote:")
eml = reply(P, "Juma Mwakilema", "Re: " + req_subject(P), maildate("2026-11-09", "07:51:30", "+0300"),
            "CAJm2pQ0d=Xe1WkGq8@mail.gmail.com", text(body, cte="7bit", charset="us-ascii"))
case("pwani-swahili-phone", "confirmation", "sw-KE",
     "Terse Swahili phone reply ('zitaletwa tarehe 14/12', '4,850/=') that confirms everything as ordered.",
     [P], eml, [conf(P, {1: A})],
     "'will be delivered on 14/12 as you requested, price is the same 4,850/= each' -> accepted. 4,850 uses comma as thousands.")

# 005 ------------------------------------------------------------- hi-IN
S = ("SHAKTI", "Shakti Power Tools Pvt. Ltd.", "orders@shaktipowertools.example", "hi-IN")
P = po("4500031733", S, "priya", "INR", "2026-11-05", [
    ("HD-26-SDS", "Rotary hammer drill SDS-plus 26 mm, 800 W", 25, "EA", "6850.00", "2026-12-18"),
    ("HD-32-SDSM", "Rotary hammer SDS-max 32 mm, 1150 W", 10, "EA", "14200.00", "2026-12-18"),
    ("BIT-SDS-SET7", "SDS-plus drill bit set, 7 pcs", 40, "SET", "1150.00", "2026-12-18"),
])
body = """प्रिय प्रिया जी,

नमस्ते। आपके पर्चेज़ ऑर्डर 4500031733 के लिए धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:

1. HD-26-SDS – 25 नग, ₹6,850.00 प्रति नग, डिलीवरी 18-12-2026
2. HD-32-SDSM – 10 नग, ₹14,200.00 प्रति नग, डिलीवरी 05-01-2027 (स्टॉक आयात में है)
3. BIT-SDS-SET7 – यह आइटम अब बंद हो चुका है, हम इसकी आपूर्ति नहीं कर पाएंगे।

कुल राशि (लाइन 1 व 2): ₹3,13,250.00 + GST

धन्यवाद सहित,
राजेश कुमार शर्मा
बिक्री विभाग, शक्ति पावर टूल्स प्रा. लि.
मोबाइल: +91 98110 45672 | GSTIN: 07AABCS1429B1Z6
"""
eml = reply(P, "राजेश शर्मा", "RE: " + req_subject(P), maildate("2026-11-07", "12:05:19", "+0530"),
            "PN3PR01MB7719.20261107063519@shaktipowertools.example",
            multipart("alternative", [text(body, cte="base64"),
                                      text("<html><body><div style=\"font-family:Mangal\">" + html_escape(body).replace("\n", "<br>\n") + "</div></body></html>", "html", cte="base64")],
                      "_000_PN3PR01MB7719_"))
case("shakti-hindi-discontinued", "confirmation", "hi-IN",
     "Hindi reply with lakh-grouped total, one later date (dd-mm-yyyy) and a discontinued line.",
     [P], eml, [conf(P, {1: A, 2: chg(10, "14200.00", "2027-01-05"), 3: R})],
     "Line 1 as ordered; line 2 delivery 05-01-2027 (day-first) -> 5 Jan 2027; line 3 'item discontinued, we cannot supply' -> rejected. Total ₹3,13,250 is lakh grouping, not a price.")

# 006 ------------------------------------------------------------- is-IS
S = ("LOFT", "Loftverk ehf.", "sala@loftverk.example", "is-IS")
P = po("4500031790", S, "marta", "ISK", "2026-11-05", [
    ("AH-10-20", "Air hose PU 10x6.5 mm, 20 m, with couplings", 30, "EA", "5490", "2026-12-16"),
    ("AH-13-50", "Air hose rubber 13 mm, 50 m reel", 10, "ROL", "18900", "2026-12-16"),
])
body = """Sæl Marta,

Takk fyrir pöntunina. Við þurfum að kanna lagerstöðu hjá birgja okkar í Danmörku varðandi 50 m rúllurnar og sendum staðfestingu á allri pöntuninni fyrir föstudaginn 13. nóvember.

Kveðja,
Guðrún Hrafnsdóttir
Loftverk ehf. | Smiðjuvegi 4, 200 Kópavogi | Sími 555 1234 | kt. 540298-2119

""" + gmail_quote(P, "Þann fim., 5. nóv. 2026 kl. 10:02 skrifaði Marta Lindqvist <marta.lindqvist@brightwell-mro.example>:")
eml = reply(P, "Guðrún Hrafnsdóttir", "Re: " + req_subject(P), maildate("2026-11-10", "09:33:51", "+0000"),
            "a7c1e09f-33b2-4d1e-9d7c-loftverk@loftverk.example", text(body, charset="iso-8859-1"),
            charset="iso-8859-1")
case("loftverk-will-revert", "needs_review", "is-IS",
     "Icelandic 'we will check stock and send confirmation of the whole order by Friday' - a date appears but nothing is committed.",
     [P], eml, None,
     "The only date (Friday 13 November) is when they will answer, not a delivery date. Nothing confirmed -> needs_review.")

# 007 ------------------------------------------------------------- de-DE
S = ("KRAEM", "Hebetechnik Krämer GmbH & Co. KG", "auftrag@kraemer-hebetechnik.example", "de-DE")
P = po("4500031822", S, "jonas", "EUR", "2026-11-06", [
    ("EKZ-500-6", "Electric chain hoist 500 kg, 6 m lift, 400 V", 4, "EA", "1198.00", "2027-01-15"),
    ("EKZ-1000-6", "Electric chain hoist 1000 kg, 6 m lift, 400 V", 2, "EA", "1645.00", "2027-01-15"),
    ("FWK-1000", "Push trolley 1000 kg, flange 58-220 mm", 6, "EA", "212.00", "2027-01-15"),
])
doc = pdf([
    "#Hebetechnik Krämer GmbH & Co. KG",
    "Industriestraße 17 - 57250 Netphen - Tel. 02738 6911-0",
    "",
    "#Auftragsbestätigung AB-26-08817",
    "Datum: 10.11.2026          Kunden-Nr.: 30417",
    "Ihre Bestellung: 4500031822 vom 06.11.2026   Ihr Zeichen: Hr. Weber",
    "Lieferbedingung: FCA Netphen (Incoterms 2020)   Zahlung: 30 Tage netto",
    "",
    "Pos   Artikel       Bezeichnung                       Menge    Einzelpreis EUR   Liefertermin",
    "10    EKZ-500-6     Elektrokettenzug 500 kg, 6 m      4 Stk       1.198,00       KW 02/2027",
    "20    EKZ-1000-6    Elektrokettenzug 1000 kg, 6 m     2 Stk       1.712,00       KW 02/2027",
    "30    FWK-1000      Rollfahrwerk 1000 kg              6 Stk         212,00       KW 03/2027",
    "",
    "Pos. 20: Preis gemäß aktueller Preisliste 11/2026 (Materialteuerung).",
    "Nettowarenwert: 9.488,00 EUR   zzgl. 19 % USt.",
    "",
    "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
    "Amtsgericht Siegen HRA 4471 - USt-IdNr. DE 126 554 890",
], "AB-26-08817")
body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung AB-26-08817 zu Ihrer Bestellung 4500031822.
Bitte prüfen Sie die Angaben und teilen Sie uns Abweichungen innerhalb von 3 Werktagen mit.

Diese E-Mail wurde automatisch erzeugt. Bei Rückfragen wenden Sie sich bitte an innendienst@kraemer-hebetechnik.example.

Mit freundlichen Grüßen
Hebetechnik Krämer GmbH & Co. KG
"""
eml = reply(P, "Krämer Hebetechnik - Auftragsbearbeitung", "Auftragsbestätigung AB-26-08817 zu Ihrer Bestellung 4500031822",
            maildate("2026-11-10", "06:12:00", "+0100"), "SAP.AB2608817.20261110061200@kraemer-hebetechnik.example",
            multipart("mixed", [text(body, charset="iso-8859-1"), attach(doc, "application/pdf", "AB-26-08817.pdf")],
                      "=_SAPBCS_7C1E0A55D1F21FE0"),
            threaded=False, extra=["Auto-Submitted: auto-generated", "X-Mailer: SAP NetWeaver 7.50"])
case("kraemer-sap-pdf-ab", "confirmation", "de-DE",
     "Automatic SAP mail (Auto-Submitted) whose PDF order confirmation carries the answer; positions numbered 10/20/30, KW dates.",
     [P], eml, [conf(P, {1: A, 2: chg(2, "1712.00", "2027-01-15"), 3: chg(6, "212.00", kw(2027, 3))})],
     "ERP-generated AB commits to the order -> confirmation despite Auto-Submitted. Pos 10/20/30 = PO lines 1/2/3. KW 02/2027 = Fri 2027-01-15 = requested; KW 03/2027 = Fri 2027-01-22; pos 20 price 1.712,00.")

# 008 ------------------------------------------------------------- fr-FR
S = ("DELAU", "Armoires Delaunay SAS", "adv@armoires-delaunay.example", "fr-FR")
P = po("4500031869", S, "marta", "EUR", "2026-11-06", [
    ("AC-48", "Key cabinet 48 hooks, steel, cylinder lock", 15, "EA", "64.90", "2026-12-16"),
    ("AC-100", "Key cabinet 100 hooks, steel, cylinder lock", 10, "EA", "118.00", "2026-12-16"),
    ("AC-300-E", "Electronic key cabinet 300 hooks, code lock", 2, "EA", "689.00", "2026-12-16"),
    ("PT-CL-100", "Key tags, assorted colours, bag of 100", 20, "BOX", "9.80", "2026-12-16"),
])
ls = req_body(P).split("\n")
ans = {"1 ": "==> OK", "2 ": "==> OK pour la quantité et le délai, mais tarif en vigueur : 121,50 € HT la pièce",
       "3 ": "==> rupture chez notre fournisseur, livraison possible le 12/01", "4 ": "==> OK"}
q = []
for l in ls:
    q.append("> " + l if l else ">")
    for k, v in ans.items():
        if l.startswith(k) and "EUR" in l:
            q.append(v)
body = """Bonjour Madame Lindqvist,

Voir nos réponses dans le texte ci-dessous (==>).

Cordialement,
Julien Marchal
Administration des ventes - Armoires Delaunay SAS
ZI des Ajoncs, 35170 Bruz - Tél. 02 99 05 41 30
SIRET 512 345 678 00027

Le 6 nov. 2026 à 10:02, Marta Lindqvist <marta.lindqvist@brightwell-mro.example> a écrit :
""" + "\n".join(q) + "\n"
eml = reply(P, "Julien Marchal", "RE: " + req_subject(P), maildate("2026-11-09", "16:44:02", "+0100"),
            "1731167042.5512.delaunay@armoires-delaunay.example", text(body, charset="iso-8859-15"),
            charset="iso-8859-15")
case("delaunay-inline-answers", "confirmation", "fr-FR",
     "Answers typed inline under each quoted PO line ('==> OK'), including a new price and a day/month date without year.",
     [P], eml, [conf(P, {1: A, 2: chg(10, "121.50", "2026-12-16"), 3: chg(2, "689.00", "2027-01-12"), 4: A})],
     "Lines 1 and 4 OK. Line 2 same qty/date, price 121,50. Line 3 'livraison possible le 12/01' = 12 January (no year, next after 9 Nov 2026) -> 2027-01-12; 'possible' here is the supplier's committed date.")

# 009 ------------------------------------------------------------- cs-CZ
S = ("PLMO", "Pletivo Morava s.r.o.", "obchod@pletivo-morava.example", "cs-CZ")
P = po("4500031905", S, "jonas", "CZK", "2026-11-09", [
    ("MP-2500-1030", "Welded mesh panel 2500x1030 mm, 4/4 mm, galvanised", 120, "PC", "685.00", "2026-12-09"),
    ("MP-2500-1230", "Welded mesh panel 2500x1230 mm, 5/5 mm, galvanised", 80, "PC", "940.00", "2026-12-09"),
    ("MP-POST-60", "Fence post 60x40 mm, 2000 mm, RAL 6005", 100, "PC", "415.00", "2026-12-09"),
])
body = """Dobrý den, pane Webere,

potvrzujeme Vaši objednávku č. 4500031905 takto:

pol. 1 – panel 2500×1030, drát 4/4 mm: 120 ks á 685,00 Kč, dodání 9. 12. 2026
pol. 2 – panel 2500×1230, drát 5/5 mm: 80 ks á 962,50 Kč (nový ceník od 1. 11.), dodání 9. 12. 2026
pol. 3 – sloupky 60×40: termín Vám potvrdíme zítra, čekáme na vyjádření lakovny.

Ceny jsou bez DPH.

S pozdravem
Petra Nováková
obchodní oddělení
Pletivo Morava s.r.o. | Průmyslová 1182, 779 00 Olomouc
IČO: 27812345 | DIČ: CZ27812345 | tel.: +420 585 224 310

""" + outlook_quote(P, "en", sepline="-----Original Message-----")
eml = reply(P, "Petra Nováková", "RE: " + req_subject(P), maildate("2026-11-11", "13:02:45", "+0100"),
            "002401db3412$8c0e2a10$a42a7e30$@pletivo-morava.example", text(body, charset="windows-1250"),
            charset="windows-1250")
case("pletivo-partial-tomorrow", "confirmation", "cs-CZ",
     "Windows-1250 QP; two lines confirmed (one with a new price list price), third 'will confirm tomorrow'.",
     [P], eml, [conf(P, {1: A, 2: chg(80, "962.50", "2026-12-09"), 3: U})],
     "Line 3 has no commitment ('termín potvrdíme zítra') -> unconfirmed; '1. 11.' is the price-list validity, not a delivery date.")

# 010 ------------------------------------------------------------- en-GB bounce
S = ("HARR", "Harrow Fixings Ltd", "orders@harrowfixings.example", "en-GB")
P = po("4500031940", S, "tom", "GBP", "2026-11-09", [
    ("SC-DC-48", "Double coupler 48.3 mm, drop forged, EN 74", 500, "EA", "2.85", "2026-12-04"),
    ("SC-SW-48", "Swivel coupler 48.3 mm, drop forged", 300, "EA", "3.40", "2026-12-04"),
])
d = maildate("2026-11-09", "10:02:37", "+0100")
p1 = text("""This is the mail system at host mx1.brightwell-mro.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@harrowfixings.example>: host mx.harrowfixings.example[203.0.113.25]
    said: 550 5.1.1 <orders@harrowfixings.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)
""", charset="us-ascii", cte="7bit", headers=["Content-Description: Notification"])
p2 = b"""Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.brightwell-mro.example
X-Postfix-Queue-ID: 4Lq7Zt3bK1z9sVh
X-Postfix-Sender: rfc822; tom.okafor@brightwell-mro.example
Arrival-Date: """ + d.encode() + b"""

Final-Recipient: rfc822; orders@harrowfixings.example
Original-Recipient: rfc822;orders@harrowfixings.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.harrowfixings.example
Diagnostic-Code: smtp; 550 5.1.1 <orders@harrowfixings.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
p3 = ("""Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Tom Okafor <tom.okafor@brightwell-mro.example>
To: orders@harrowfixings.example
Subject: %s
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""" % (req_subject(P), d, P["request_message_id"])).encode()
eml = message(("Mail Delivery System", "MAILER-DAEMON@mx1.brightwell-mro.example"), (None, "tom.okafor@brightwell-mro.example"),
              "Undelivered Mail Returned to Sender", maildate("2026-11-09", "10:02:41", "+0100"),
              "<20261109090241.4Lq7Zt3bK1z9sVh@mx1.brightwell-mro.example>",
              multipart("report", [p1, p2, p3], "4Lq7Zt3bK1z9sVh.1762678961/mx1.brightwell-mro.example",
                        "; report-type=delivery-status"),
              extra=["Auto-Submitted: auto-replied"])
case("harrow-postfix-dsn", "bounce", "en-GB",
     "Postfix multipart/report DSN (550 5.1.1 user unknown) returning only the headers of our PO request.",
     [P], eml, None, "Standard Postfix bounce for the PO request; no supplier content.")

# 011 ------------------------------------------------------------- en-US
S = ("VOLT", "Voltline Power Products Inc.", "sales@voltline.example", "en-US")
P = po("4500031977", S, "priya", "USD", "2026-11-09", [
    ("JS-1200", "Jump starter 12 V, 1200 A peak, lithium", 36, "EA", "74.25", "2026-12-10"),
])
body = "Confirmed, all 36 @ $74.25. Ship 12/4.\n\nSent from my iPhone\n\n" + quote_gt(
    "On Nov 9, 2026, at 4:02 AM, Priya Raman <priya.raman@brightwell-mro.example> wrote:\n\n" + req_body(P))
eml = reply(P, "Dwayne Kessler", "Re: " + req_subject(P), maildate("2026-11-10", "08:17:55", "-0500"),
            "8E1B0C7A-44F1-4C1E-9A0B-3F52D7C1E6A2@voltline.example",
            text(body, charset="us-ascii", cte="7bit"), extra=["X-Mailer: iPhone Mail (22B91)"])
case("voltline-ship-12-4", "confirmation", "en-US",
     "One-line iPhone reply: 'Ship 12/4' is a US month-first ship date a week before the need-by date.",
     [P], eml, [conf(P, {1: chg(36, "74.25", "2026-12-04")})],
     "Only a ship date is given, so date = ship date 2026-12-04 (en-US month-first), earlier than requested 2026-12-10 -> changed.")

# 012 ------------------------------------------------------------- en-IN
S = ("VENK", "Venkatesh Auto Tools", "sales@venkateshautotools.example", "en-IN")
P = po("4500032011", S, "tom", "INR", "2026-11-10", [
    ("FJ-3T-LP", "Hydraulic floor jack 3 t, low profile", 100, "EA", "5250.00", "2026-12-15"),
    ("FJ-2T-ALU", "Aluminium floor jack 2 t, racing", 40, "EA", "7480.00", "2026-12-15"),
])
body = """Dear Sir,

Greetings from Venkatesh Auto Tools!

We acknowledge with thanks receipt of your PO No. 4500032011 dt. 10-11-2026 and confirm the same as under:

1) FJ-3T-LP - 100 Nos @ Rs. 5,250/- each. Ready stock 60 Nos will be delivered on 15-12-2026; balance 40 Nos by 05-01-2027.
2) FJ-2T-ALU - 40 Nos @ Rs. 7,480/- each, delivery 15-12-2026.

Total PO value Rs. 8,24,200/- (Rupees Eight Lakh Twenty Four Thousand Two Hundred only) plus GST @ 18%.

Kindly arrange to send the delivery schedule for the balance qty if any change.

Thanks & Regards,
S. Venkatesh
Venkatesh Auto Tools
No. 14, 3rd Cross, Peenya Industrial Area, Bengaluru - 560058
Mob: +91 98450 12345 | GSTIN: 29ABCPV1234F1Z5 | MSME Udyam: UDYAM-KR-03-0012345
"""
eml = reply(P, "Venkatesh Auto Tools", "Re: " + req_subject(P), maildate("2026-11-12", "17:41:09", "+0530"),
            "CAH7n0Yv3k2Lp=eUq@venkateshautotools.example", text(body, charset="us-ascii", cte="7bit"))
case("venkatesh-split-lakh", "confirmation", "en-IN",
     "Indian English with lakh totals; line 1 split 60 now / 40 later in dd-mm-yyyy dates.",
     [P], eml, [conf(P, {1: chg(100, "5250.00", "2027-01-05", [(60, "2026-12-15"), (40, "2027-01-05")]), 2: A})],
     "Line 1 split: 60 on 15-12-2026, balance 40 by 05-01-2027 (5 Jan) -> changed with schedule, date = last delivery. Line 2 as ordered. 8,24,200 is the total.")

# 013 ------------------------------------------------------------- es-ES auto
S = ("LEVA", "Rodillos Gráficos Levante S.L.", "pedidos@rodilloslevante.example", "es-ES")
P = po("4500032040", S, "marta", "EUR", "2026-11-10", [
    ("IR-ENT-150", "Ink roller, hard rubber, 150 mm", 20, "EA", "14.60", "2026-12-17"),
    ("IR-ENT-250", "Ink roller, hard rubber, 250 mm", 10, "EA", "21.90", "2026-12-17"),
])
body = """Gracias por su mensaje.

Me encuentro fuera de la oficina hasta el lunes 23 de noviembre de 2026, con acceso limitado al correo electrónico.
Para pedidos urgentes, contacte con mi compañera Lucía Ferrer (lucia.ferrer@rodilloslevante.example, tel. +34 961 234 567).

Un saludo,
Andrés Molina
Rodillos Gráficos Levante S.L.
"""
eml = reply(P, "Andrés Molina", "Respuesta automática: " + req_subject(P), maildate("2026-11-10", "10:02:50", "+0100"),
            "f2a7b1c9d0e34c77a1b2@rodilloslevante.example", text(body, charset="iso-8859-1"),
            frm_email="andres.molina@rodilloslevante.example",
            extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"],
            charset="iso-8859-1")
case("levante-ooo", "auto_reply", "es-ES",
     "Spanish Exchange out-of-office with a return date and a colleague's phone number.",
     [P], eml, None, "Out-of-office; the date 23 November is the return date, not a delivery date.")

# 014 ------------------------------------------------------------- es-MX
S = ("BAJIO", "Herramientas del Bajío S.A. de C.V.", "ventas@herrbajio.example", "es-MX")
P = po("4500032066", S, "priya", "MXN", "2026-11-10", [
    ("CL-30-AZ", "Chalk line reel 30 m, with blue chalk 115 g", 120, "PC", "145.00", "2026-12-18"),
    ("CL-PWD-AZ-1K", "Marking chalk powder blue, 1 kg bottle", 60, "PC", "98.00", "2026-12-18"),
])
body = """Hola Priya, buenas tardes.

Te confirmo la OC 4500032066:

- Tiralíneas 30 m (CL-30-AZ): 120 pzas, precio $1,764.00 MXN por docena, entrega 18 de diciembre.
- Polvo azul 1 kg (CL-PWD-AZ-1K): 60 pzas a $98.00 c/u, entrega 18 de diciembre.

Precios más IVA. Quedo atenta.

Saludos,
Mariana Torres | Ventas Industriales
Herramientas del Bajío S.A. de C.V. | RFC HBA981204KL2
Tel. 477 712 3456 ext. 204

""" + gmail_quote(P, "El mar, 10 nov 2026 a las 3:02, Priya Raman (<priya.raman@brightwell-mro.example>) escribió:")
eml = reply(P, "Mariana Torres", "RE: " + req_subject(P), maildate("2026-11-12", "15:26:18", "-0600"),
            "CAOt4Lm-ZqM1bVn9x@herrbajio.example", text(body))
case("bajio-per-dozen", "confirmation", "es-MX",
     "Price quoted per dozen ($1,764.00/docena) against a per-piece PO price; must be converted to 147.00.",
     [P], eml, [conf(P, {1: chg(120, "147.00", "2026-12-18"), 2: A})],
     "1,764.00 / 12 = 147.00 MXN per PC vs 145.00 ordered -> changed; date 18 Dec = requested. Line 2 as ordered.")

# 015 ------------------------------------------------------------- it-IT
S = ("SALBR", "Saldatura Brianza S.r.l.", "ordini@saldaturabrianza.example", "it-IT")
P = po("4500032101", S, "jonas", "EUR", "2026-11-11", [
    ("WH-ADF-913", "Auto-darkening welding helmet, shade 9-13", 24, "EA", "58.70", "2027-01-08"),
    ("WH-ADF-PRO-TC", "Auto-darkening helmet, true colour, 4 sensors", 12, "EA", "112.00", "2027-01-08"),
    ("WH-LENS-OUT-10", "Outer cover lens, pack of 10", 30, "BOX", "7.90", "2027-01-08"),
])
body = """Buongiorno Sig. Weber,

in riferimento al Vs. ordine 4500032101 Vi confermiamo:

pos. 1 – WH-ADF-913: 24 pz a € 58,70 cad., consegna 08/01/2027
pos. 2 – WH-ADF-PRO-TC: articolo fuori produzione, non più disponibile. In alternativa possiamo proporre il modello WH-ADF-PRO-X2 a € 124,00 cad.; se interessati Vi preghiamo di inviarci un nuovo ordine.
pos. 3 – WH-LENS-OUT-10: 30 conf. a € 7,90, consegna 08/01/2027

Cordiali saluti

Chiara Colombo
Ufficio Commerciale
Saldatura Brianza S.r.l. – Via Valassina 88, 20851 Lissone (MB)
Tel. +39 039 245 1180 – P.IVA 02871450968

AVVISO DI RISERVATEZZA: Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, qualsiasi utilizzo non autorizzato è vietato. Se avete ricevuto questo messaggio per errore, Vi preghiamo di darne comunicazione al mittente e di cancellarlo.

""" + outlook_quote(P, "it", sent="mercoledì 11 novembre 2026 10:02")
eml = reply(P, "Chiara Colombo", "R: " + req_subject(P), maildate("2026-11-13", "11:09:33", "+0100"),
            "AM9PR02MB7120F1C3E0A5B.7E2@saldaturabrianza.example", text(body, charset="windows-1252"),
            charset="windows-1252")
case("brianza-fuori-produzione", "confirmation", "it-IT",
     "One line discontinued with an alternative model offered at another price (requires a new order); GDPR disclaimer.",
     [P], eml, [conf(P, {1: A, 2: R, 3: A})],
     "Pos. 2 is out of production; the alternative WH-ADF-PRO-X2 needs a new order, so line 2 is rejected, not changed.")

# 016 ------------------------------------------------------------- nl-NL newsletter
S = ("MAGN", "Magneet Techniek Holland B.V.", "verkoop@magneettechniek.example", "nl-NL")
P = po("4500032130", S, "marta", "EUR", "2026-11-11", [
    ("LM-PM-1000", "Permanent lifting magnet 1000 kg", 3, "EA", "689.00", "2027-01-22"),
])
txt = """MAGNEET TECHNIEK HOLLAND – Nieuwsbrief november 2026

Nieuw: accu-hefmagneten LM-BAT 500 / 1000 / 2000
Tot 18 december 10% introductiekorting met code HEF10.

Openingstijden rond de feestdagen
Ons magazijn is gesloten van donderdag 24 december t/m zondag 3 januari.
Bestellingen die na 16 december binnenkomen, verzenden wij vanaf maandag 4 januari.

Beurs: bezoek ons op de Techni-Show Utrecht, stand 8.B047.

Magneet Techniek Holland B.V. | Kanaaldijk 12, 5683 CR Best | KvK 17123456
U ontvangt deze e-mail omdat u klant bij ons bent. Afmelden: https://magneettechniek.example/afmelden?u=8812
"""
html = "<html><body><h1>Nieuwsbrief november 2026</h1>" + "".join("<p>%s</p>" % html_escape(x) for x in txt.split("\n\n")) + "</body></html>"
eml = message(("Magneet Techniek Holland", "nieuwsbrief@magneettechniek.example"), (None, "marta.lindqvist@brightwell-mro.example"),
              "November-nieuwsbrief: nieuwe accu-hefmagneten en openingstijden feestdagen", maildate("2026-11-17", "07:00:00", "+0100"),
              "<nl-2026-11.8812.mtholland@mailer.magneettechniek.example>",
              multipart("alternative", [text(txt), text(html, "html")], "b1_8a1c4e0f2d9b7e6a5c3d"),
              extra=["List-Unsubscribe: <https://magneettechniek.example/afmelden?u=8812>", "Precedence: bulk",
                     "X-Campaign: nov26"])
case("magneet-nieuwsbrief", "unrelated", "nl-NL",
     "Supplier newsletter with dates (holiday closure, promo deadline) that look like delivery info but answer no PO.",
     [P], eml, None, "Bulk newsletter from the supplier of an open PO; holiday closure dates are not a confirmation.")

# 017 ------------------------------------------------------------- nl-BE two POs
S = ("VDB", "Vandenbroucke Gereedschap NV", "verkoop@vdb-gereedschap.example", "nl-BE")
PA = po("4500032155", S, "tom", "EUR", "2026-11-11", [
    ("DR-SET-10", "Drain rod set, 10 x 1 m polypropylene, with tools", 15, "SET", "42.60", "2026-12-11"),
    ("DR-PLG-100", "Drain rod plunger 100 mm", 30, "EA", "6.20", "2026-12-11"),
])
PB = po("4500032158", S, "tom", "EUR", "2026-11-11", [
    ("PC-15-RUB", "Pipe clamp 15 mm with rubber insert, M8", 400, "EA", "0.74", "2026-12-11"),
    ("PC-22-RUB", "Pipe clamp 22 mm with rubber insert, M8", 600, "EA", "0.81", "2026-12-11"),
    ("PC-54-RUB", "Pipe clamp 54 mm with rubber insert, M8/M10", 200, "EA", "1.37", "2026-12-11"),
])
body = """Goedemorgen Tom,

Hierbij bevestigen wij uw twee bestellingen van 11/11:

Bestelling 4500032158 (buisklemmen):
- PC-15-RUB: 400 st. à € 0,74 – levering 11/12
- PC-22-RUB: verpakt per 250 st., wij leveren 750 st. à € 0,81 – levering 11/12
- PC-54-RUB: 200 st. – prijs aangepast naar € 1,45 – levering 18/12

Bestelling 4500032155 (ontstoppingsstangen):
- DR-SET-10: 15 sets à € 42,60 – levering vrijdag 11/12
- DR-PLG-100: 30 st. à € 6,20 – levering vrijdag 11/12

Met vriendelijke groeten,
Stijn Claeys
Vandenbroucke Gereedschap NV | Brugsesteenweg 233, 8500 Kortrijk
BTW BE 0412.345.678 | T 056 22 41 90
"""
eml = reply(PA, "Stijn Claeys", "Bevestiging bestellingen 4500032155 en 4500032158", maildate("2026-11-16", "08:31:12", "+0100"),
            "DB7PR05MB4412.A1E3C@vdb-gereedschap.example", text(body, charset="windows-1252"), threaded=False,
            charset="windows-1252")
case("vdb-two-pos-one-mail", "confirmation", "nl-BE",
     "New thread confirming two POs at once, in reverse order, with pack rounding and a price change on the second PO.",
     [PA, PB], eml, [conf(PA, {1: A, 2: A}),
                     conf(PB, {1: A, 2: chg(750, "0.81", "2026-12-11"), 3: chg(200, "1.45", "2026-12-18")})],
     "Both POs answered. 11/12 and 18/12 are day/month (Belgium) -> 11 and 18 Dec 2026. PC-22 rounded to 3 packs of 250 = 750.")

# 018 ------------------------------------------------------------- fr-BE question
S = ("LAMB", "Échafaudages Lambert SRL", "commandes@echafaudages-lambert.example", "fr-BE")
P = po("4500032190", S, "marta", "EUR", "2026-11-12", [
    ("TR-ADJ-130", "Adjustable steel trestle 80-130 cm", 40, "PR", "38.50", "2027-01-15"),
    ("TR-ADJ-200", "Adjustable steel trestle 125-200 cm", 20, "PR", "52.00", "2027-01-15"),
])
body = """Bonjour Madame,

Avant de confirmer votre commande 4500032190 : les tréteaux TR-ADJ-130 existent en version galvanisée et en version peinte (RAL 2004). Votre bon de commande ne précise pas la finition. Pouvez-vous nous indiquer laquelle vous souhaitez ? Le prix et le délai en dépendent (galvanisé : stock ; peint : environ 4 semaines).

Par ailleurs, la livraison se fait-elle bien à Rotterdam (Dock 3) et non à votre dépôt de Gand ?

Dès réception de votre réponse, nous vous envoyons la confirmation.

Bien à vous,
Nathalie Dubois
Échafaudages Lambert SRL – Rue de l'Industrie 21, 7080 Frameries
Tél. +32 65 67 12 34 – TVA BE 0456.789.123

""" + outlook_quote(P, "fr", sent="jeudi 12 novembre 2026 10:02")
eml = reply(P, "Nathalie Dubois", "RE: " + req_subject(P), maildate("2026-11-13", "09:55:40", "+0100"),
            "PR3P195MB0815C9.2A1@echafaudages-lambert.example", text(body, charset="windows-1252"),
            charset="windows-1252")
case("lambert-finish-question", "needs_review", "fr-BE",
     "Questions about finish and delivery address before confirming; mentions stock and '4 semaines' lead times hypothetically.",
     [P], eml, None,
     "Supplier explicitly waits for our answer before confirming; the lead times are conditional on the finish -> needs_review.")
