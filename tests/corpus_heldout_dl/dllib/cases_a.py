# -*- coding: utf-8 -*-
from .common import *


# 001 ------------------------------------------------------------------
@case("deat-aw-kw50-frei-haus", "de-AT", "confirmation",
      "Outlook top-post in German over our quoted PO table; 'Liefertermin KW 50' only (= Fri 11 Dec = requested), prices just 'zu den angeführten Preisen'.")
def c001():
    p = po("4500018201", "HAIDER", "Pumpentechnik Haider GmbH", "verkauf@haider-pumpen.example", "de-AT", "lena", "EUR",
           "2026-11-09", [
               ("BP-HD-200", "Barrel pump, hand-operated, 200 l drum, stainless", 8, "EA", "186.50", "2026-12-11"),
               ("BP-E-1000", "Electric barrel pump 1000 W, PP tube 1000 mm", 3, "EA", "742.00", "2026-12-11"),
               ("BP-HOSE-19", "Discharge hose 3/4\", 2 m, with nozzle", 10, "EA", "38.90", "2026-12-11")])
    body = """Sehr geehrte Frau Vogt,

vielen Dank für Ihre Bestellung 4500018201. Wir bestätigen alle drei Positionen zu den angeführten Preisen, Liefertermin KW 50 frei Haus.

Mit freundlichen Grüßen

Ing. Markus Haider
Verkauf Innendienst

Pumpentechnik Haider GmbH
Industriestraße 14, 4600 Wels, Österreich
Tel. +43 7242 45 118-22 | Fax +43 7242 45 118-9
FN 218734 k, LG Wels | UID ATU58123456

""" + outlook_quote(p, "Montag, 9. November 2026 15:02", ("Von", "Gesendet", "An", "Betreff"), "Sir or Madam")
    html = html_doc("<div>" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>", "windows-1252")
    b = multipart("alternative", [text(body, charset="windows-1252"), text(html, "html", "windows-1252")],
                  "_000_DB9PR07MB82314C1F0A8E6B9D2C7A1E7DDB9PR07MB8231eurp_")
    eml = message(("Markus Haider", "verkauf@haider-pumpen.example"), buyer(p), "AW: " + req_subject(p),
                  hdate("2026-11-10 10:17:44"), mid("outlook", "haider-pumpen.example", "1"), b,
                  extra=[("Thread-Topic", req_subject(p)), ("Content-Language", "de-AT")], crlf=True, **reply_hdrs(p))
    exp = expected("confirmation",
                   "All three lines confirmed at PO prices; KW 50 with no day named = Friday 2026-12-11, which is the requested date, so every line is accepted. The quoted PO table below is ours, not the answer.",
                   conf(p, l1=A(p, 1), l2=A(p, 2), l3=A(p, 3)))
    return [p], eml, exp


# 002 ------------------------------------------------------------------
@case("ptbr-gmail-new-price-table", "pt-BR", "confirmation",
      "Gmail reply in Portuguese: one line re-priced to R$ 4.870,00 (Brazilian thousands dot/decimal comma), both lines delivered 18/12 instead of 15/12.")
def c002():
    p = po("4500018215", "CRUZEIRO", "Betoneiras Cruzeiro Ltda", "vendas@betoneirascruzeiro.example", "pt-BR", "tom", "BRL",
           "2026-11-06", [
               ("CM-400-MONO", "Cement mixer 400 L, 2 HP, single-phase 220 V", 6, "EA", "4650.00", "2026-12-15"),
               ("CM-PA-400", "Mixing blade set, replacement, for 400 L", 12, "SET", "185.00", "2026-12-15")])
    t = """Boa tarde Tom,

Segue confirmação do pedido 4500018215:

- Betoneira 400 L monofásica: 6 un. — preço atualizado para R$ 4.870,00/un. (nova tabela vigente desde 01/11/2026)
- Jogo de pás p/ betoneira 400 L: 12 jogos a R$ 185,00 — ok

Entrega de ambos os itens em 18/12/2026, frete CIF.

Qualquer dúvida estou à disposição.

Att.,
Juliana Prado
Comercial | Betoneiras Cruzeiro Ltda
CNPJ 12.345.678/0001-90 | (11) 4002-8922 | WhatsApp (11) 98765-4321

"""
    intro = "Em sex., 6 de nov. de 2026 às 11:05, Tom Okafor <%s> escreveu:" % p["buyer"]["email"]
    plain = t + gt_quote(p, intro)
    html = html_doc('<div dir="ltr">' + t.replace("\n", "<br>") + '</div><br>' + html_blockquote(p, intro))
    b = multipart("alternative", [text(plain, cte="quoted-printable"), text(html, "html", cte="quoted-printable")],
                  "0000000000004f1c2a0605e3b9a7d1")
    eml = message(("Juliana Prado", "vendas@betoneirascruzeiro.example"), buyer(p), "Re: " + req_subject(p),
                  hdate("2026-11-10 14:22:05", "-0300"), mid("gmail", "x", "2"), b, **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1 re-priced to 4870.00 (R$ 4.870,00, dot is the thousands separator); both lines delivered 18/12/2026 instead of the requested 15 Dec, so both are changed; line 2 price/qty unchanged.",
                   conf(p, l1=C(p, 1, price="4870.00", date="2026-12-18"), l2=C(p, 2, date="2026-12-18")))
    return [p], eml, exp


# 003 ------------------------------------------------------------------
@case("thth-tis620-buddhist-year-partial", "th-TH", "confirmation",
      "Thai in TIS-620 with Buddhist-era date '15 ธ.ค. 2569' (= 2026-12-15); second line 'will inform tomorrow' stays unconfirmed.")
def c003():
    p = po("4500018230", "SIAMCANVAS", "Siam Canvas Co., Ltd.", "sales@siamcanvas.example", "th-TH", "priya", "THB",
           "2026-11-11", [
               ("TP-PE-4X6", "Tarpaulin PE 4 x 6 m, 180 g/m2, blue", 120, "PC", "265.00", "2026-12-15"),
               ("TP-PVC-6X8", "Tarpaulin PVC 6 x 8 m, 650 g/m2, grey", 40, "PC", "1890.00", "2026-12-15")])
    t = """เรียน คุณปรียา

ทางบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500018230 ดังนี้

รายการที่ 1 ผ้าใบ PE 4x6 ม. สีฟ้า จำนวน 120 ผืน ราคาผืนละ 265.00 บาท กำหนดส่งสินค้าวันที่ 15 ธ.ค. 2569
รายการที่ 2 ผ้าใบ PVC 6x8 ม. สีเทา ขณะนี้รอทางโรงงานยืนยันวัตถุดิบ จะแจ้งกำหนดส่งให้ทราบภายในวันพรุ่งนี้ค่ะ

ขอบคุณค่ะ
วิไลวรรณ ศรีสุข
ฝ่ายขาย บริษัท สยามแคนวาส จำกัด
โทร. 02-123-4567 ต่อ 118  แฟกซ์ 02-123-4599
"""
    eml = message(("Wilaiwan Srisuk", "sales@siamcanvas.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-12 16:40:31", "+0700"), mid("plain", "siamcanvas.example", "3"),
                  text(t, charset="tis-620", cte="base64"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1 confirmed as ordered; 2569 is the Thai Buddhist-era year (= 2026), so 15 Dec 2026 = requested date -> accepted. Line 2 is waiting for the factory, date to be given tomorrow -> unconfirmed.",
                   conf(p, l1=A(p, 1), l2=U))
    return [p], eml, exp


# 004 ------------------------------------------------------------------
@case("swke-phone-samsung-quote", "sw-KE", "confirmation",
      "Swahili two-liner from a phone over a Samsung-style quoted original whose header date 12/11/2026 is a distractor; delivery 14/12/2026 for both lines.")
def c004():
    p = po("4500018244", "MAJIBORA", "Maji Bora Irrigation Ltd", "mauzo@majibora.example", "sw-KE", "tom", "KES",
           "2026-11-12", [
               ("DR-PC-2L", "Pressure-compensating dripper 2 l/h, barbed", 5000, "EA", "14.50", "2026-12-10"),
               ("DT-16-1000", "Drip tape 16 mm, 20 cm spacing, 1000 m roll", 12, "ROL", "9800.00", "2026-12-10")])
    t = """Habari Bw. Okafor,
Tumepokea oda yako PO 4500018244. Tunathibitisha idadi na bei zote kama zilivyo kwenye oda. Mzigo utafika kwenu tarehe 14/12/2026 (Jumatatu).
Asante.
Wanjiru

Sent from my Galaxy


-------- Original message --------
From: Tom Okafor <%s>
Date: 12/11/2026 16:20 (GMT+03:00)
To: mauzo@majibora.example
Subject: %s

%s
""" % (p["buyer"]["email"], req_subject(p), req_text(p))
    eml = message(("Wanjiru Kamau", "mauzo@majibora.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-13 07:58:10", "+0300"), mid("plain", "majibora.example", "4"),
                  text(t, cte="7bit", charset="us-ascii"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Quantities and prices confirmed as ordered, but delivery is 14/12/2026 (day-first) instead of 10 Dec, so both lines are changed (date only). 12/11/2026 in the quoted header is our send date, not a commitment.",
                   conf(p, l1=C(p, 1, date="2026-12-14"), l2=C(p, 2, date="2026-12-14")))
    return [p], eml, exp


# 005 ------------------------------------------------------------------
@case("hiin-inline-answers-under-lines", "hi-IN", "confirmation",
      "Hindi answers written line by line under our '> ' quoted PO lines: one accepted, one new rate, one out of stock until 15/01/2027; a rupee total as distractor.")
def c005():
    p = po("4500018251", "SHAKTI", "Shakti Abrasives Pvt. Ltd.", "sales@shaktiabrasives.example", "hi-IN", "priya", "INR",
           "2026-11-09", [
               ("GW-A36-180", "Grinding wheel 180 x 6 x 22.23 mm, A36, steel", 200, "EA", "145.00", "2026-12-20"),
               ("GW-C60-125", "Grinding wheel 125 x 6 x 22.23 mm, C60, stone", 150, "EA", "98.00", "2026-12-20"),
               ("GW-FLAP-115", "Flap disc 115 mm, zirconia, P80", 300, "EA", "72.50", "2026-12-20")])
    q = req_text(p, "Sir or Madam").split("\n")
    ans = {
        p["lines"][0]["item"]: "हाँ, 200 नग, ₹145.00 प्रति नग, डिलीवरी 20/12/2026 - पुष्टि।",
        p["lines"][1]["item"]: "पुष्टि, लेकिन नई दर ₹104.00 प्रति नग लगेगी (1 नवंबर से मूल्य वृद्धि)। मात्रा और तारीख वही।",
        p["lines"][2]["item"]: "अभी स्टॉक खत्म है। पूरे 300 नग 15/01/2027 तक भेज पाएंगे, दर वही ₹72.50।",
    }
    out = []
    for x in q:
        out.append(("> " + x) if x else ">")
        for item, a in ans.items():
            if x.split(" ")[0].isdigit() and item in x:
                out.append("")
                out.append(a)
                out.append("")
    t = """नमस्ते प्रिया जी,

PO 4500018251 के लिए हमारे उत्तर नीचे आपकी मेल में ही हर लाइन के नीचे लिखे हैं।
कुल ऑर्डर मूल्य (GST अलग): ₹66,350.00

धन्यवाद,
राजेश गुप्ता
बिक्री विभाग, शक्ति एब्रेसिव्स प्रा. लि.
मोबाइल: +91 98110 45623 | GSTIN: 09AABCS1429B1ZB

On Mon, 9 Nov 2026 at 17:40, Priya Nair <%s> wrote:
""" % p["buyer"]["email"] + "\n".join(out)
    eml = message(("Rajesh Gupta", "sales@shaktiabrasives.example"), buyer(p), "Re: " + req_subject(p),
                  hdate("2026-11-11 12:05:51", "+0530"), mid("gmail", "x", "5"),
                  text(t, cte="base64"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Answers are interleaved below each quoted PO line. Line 1 confirmed as ordered; line 2 confirmed at new rate 104.00; line 3 full 300 pcs but only by 15/01/2027 (day-first). Total 66,350 is just 200x145 + 150x104 + 300x72.50.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, price="104.00"), l3=C(p, 3, date="2027-01-15")))
    return [p], eml, exp


# 006 ------------------------------------------------------------------
@case("isis-ooo-latin1", "is-IS", "auto_reply",
      "Icelandic/English out-of-office (ISO-8859-1 QP, Auto-Submitted) with return date, deputy phone number and 'orders handled when I return'.")
def c006():
    p = po("4500018266", "KADLAGERD", "Kaðlagerðin ehf.", "sala@kadlagerdin.example", "is-IS", "mikael", "ISK",
           "2026-11-16", [
               ("MR-PP-12", "Marine rope PP 12 mm, 3-strand, 220 m coil", 10, "ROL", "21900", "2026-12-18"),
               ("MR-NY-16", "Mooring rope nylon 16 mm, double braid", 300, "M", "1150", "2026-12-18")])
    t = """Góðan dag,

Ég er í fríi og kem aftur til vinnu mánudaginn 30. nóvember 2026. Á meðan svarar Guðrún Helgadóttir fyrirspurnum og pöntunum, sími 562 4410, netfang gudrun@kadlagerdin.example.
Pantanir verða staðfestar þegar ég kem aftur.

Kveðja,
Sigurður Jónsson

---
I am out of the office until Monday 30 November 2026. For urgent matters please contact Guðrún Helgadóttir, tel. +354 562 4410.

Kaðlagerðin ehf. | Fiskislóð 31 | 101 Reykjavík | kt. 540298-1129
"""
    eml = message(("Sigurður Jónsson", "sala@kadlagerdin.example"), buyer(p), "Sjálfvirkt svar: " + req_subject(p),
                  hdate("2026-11-16 14:03:22", "+0000"), mid("outlook", "kadlagerdin.example", "6"),
                  text(t, charset="iso-8859-1"), charset="iso-8859-1",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "sala@kadlagerdin.example")], **reply_hdrs(p))
    exp = expected("auto_reply", "Out-of-office auto-reply; the 30 November date is the return date and commits to nothing.")
    return [p], eml, exp


# 007 ------------------------------------------------------------------
@case("enus-two-pos-one-mail-backorder", "en-US", "confirmation",
      "One US reply answers two open POs; month-first dates without year (12/4, 12/16, 1/8 -> 2027), ship dates only, backorder on one line.")
def c007():
    a = po("4500018270", "KEYSTONE", "Keystone Material Handling Inc.", "orders@keystonemh.example", "en-US", "dana", "USD",
           "2026-11-05", [
               ("HT-600-PN", "Hand truck 600 lb, pneumatic wheels", 12, "EA", "129.00", "2026-12-04"),
               ("HT-CONV-800", "Convertible hand truck 800 lb, 2-in-1", 6, "EA", "289.00", "2026-12-04")])
    b_ = po("4500018288", "KEYSTONE", "Keystone Material Handling Inc.", "orders@keystonemh.example", "en-US", "dana", "USD",
            "2026-11-10", [
                ("HT-STAIR-500", "Stair climbing hand truck 500 lb", 4, "EA", "412.00", "2026-12-18"),
                ("HT-WHL-10", "Replacement wheel 10\", flat-free", 24, "EA", "27.50", "2026-12-18")])
    t = """Hi Dana,

Confirming both of your open orders:

PO 4500018270 - all items ship complete 12/4 as requested, pricing OK.
PO 4500018288 - stair climbers ship 12/16. The 10" flat-free wheels are on backorder, those will ship 1/8.

Pricing per your PO on both.

Thanks!
Kevin Marsh | Inside Sales
Keystone Material Handling Inc.
P 717.555.0143 | F 717.555.0199 | Ext. 214
2150 Industrial Pkwy, Lancaster PA 17601

""" + outlook_quote(b_, en_long("2026-11-10", "2:31 PM"))
    eml = message(("Kevin Marsh", "orders@keystonemh.example"), buyer(b_), "RE: " + req_subject(b_),
                  hdate("2026-11-12 15:47:03", "-0500"), mid("outlook", "keystonemh.example", "7"),
                  text(t, charset="us-ascii", cte="7bit"), **reply_hdrs(b_))
    exp = expected("confirmation",
                   "Both POs answered. 4500018270: ships 12/4 = requested, prices OK -> accepted. 4500018288: stair climbers ship 12/16 (ship date only, so date = 2026-12-16, earlier than requested) -> changed; wheels backordered, ship 1/8 = next 8 January on/after the mail date = 2027-01-08 -> changed.",
                   conf(a, l1=A(a, 1), l2=A(a, 2)),
                   conf(b_, l1=C(b_, 1, date="2026-12-16"), l2=C(b_, 2, date="2027-01-08")))
    return [a, b_], eml, exp


# 008 ------------------------------------------------------------------
@case("engb-split-short-stock", "en-GB", "confirmation",
      "British reply: 600 of 1000 brackets on 'Wed 9th Dec', balance of 400 on '8/1/27' (day-first = 8 Jan), other line fine; split schedule.")
def c008():
    p = po("4500018292", "HARBOURSIDE", "Harbourside Fixings Ltd", "sales@harboursidefixings.example", "en-GB", "dana", "GBP",
           "2026-11-10", [
               ("SB-250-GALV", "Shelf bracket 250 mm, heavy duty, galvanised", 1000, "EA", "1.85", "2026-12-09"),
               ("SB-300-WHT", "Shelf bracket 300 mm, white epoxy", 400, "EA", "2.40", "2026-12-09")])
    t = """Morning Dana,

Thanks for the order. We're a bit short on the 250 mm galv brackets - we can send 600 with the first delivery on Wed 9th Dec and the balance of 400 on 8/1/27 when the next batch is back from the galvaniser.
300 mm white are fine, all 400 on the 9th.
Prices as per your PO.

Kind regards,
Sophie Whitlock
Sales Office
Harbourside Fixings Ltd | Unit 7, Quayside Trading Estate, Poole BH15 4QT
T: 01202 555 314 | Company No. 04821937 | VAT GB 812 4471 26

This e-mail and any attachments are confidential and intended solely for the addressee.

""" + outlook_quote(p, "Tuesday, 10 November 2026 14:31")
    html = html_doc('<div style="font-family:Calibri,sans-serif;font-size:11pt">' + t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div>", "utf-8")
    b = multipart("alternative", [text(t), text(html, "html")], "_000_LO2P265MB4410A1B2C3D4E5F60718293ALO2P265MB4410GBRP_")
    eml = message(("Sophie Whitlock", "sales@harboursidefixings.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-12 11:20:40", "+0000"), mid("outlook", "harboursidefixings.example", "8"), b,
                  crlf=True, **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1 split: 600 on Wed 9 Dec 2026 and 400 on 8/1/27 (UK day-first = 8 Jan 2027); total 1000, last date 2027-01-08 -> changed with schedule. Line 2 all 400 on the 9th at PO price -> accepted.",
                   conf(p, l1=C(p, 1, date="2027-01-08", schedule=[(600, "2026-12-09"), (400, "2027-01-08")]), l2=A(p, 2)))
    return [p], eml, exp


# 009 ------------------------------------------------------------------
@case("frfr-erp-pdf-accuse-reception", "fr-FR", "confirmation",
      "Automatic ERP mail (new thread, noreply sender) whose only content is a PDF 'accusé de réception' with positions 10/20/30, comma decimals, one later date and a carton round-up.")
def c009():
    p = po("4500018305", "BREVAL", "Outillage Bréval SAS", "adv@outillage-breval.example", "fr-FR", "lena", "EUR",
           "2026-11-10", [
               ("OS-125-350", "Orbital sander 125 mm, 350 W, variable speed", 20, "EA", "89.90", "2026-12-18"),
               ("OS-150-450", "Orbital sander 150 mm, 450 W, dust extraction", 10, "EA", "134.50", "2026-12-18"),
               ("OS-PAD-125", "Hook-and-loop backing pad 125 mm, 8 holes", 25, "EA", "11.20", "2026-12-18")])
    pdf = make_pdf([
        "OUTILLAGE BREVAL SAS                    ACCUSE DE RECEPTION DE COMMANDE",
        "12 rue de l'Industrie                   N° AR2611873",
        "67400 Illkirch-Graffenstaden            Date : 12/11/2026",
        "",
        "Client : BRIGHTWATER TOOLS & SUPPLY     Code client : 411BRI027",
        "Votre commande : 4500018305 du 10/11/2026",
        "",
        "Pos Référence    Désignation                       Qté U    PU HT   Montant HT  Livraison",
        "--- ------------ --------------------------------- --- --- ------- ----------- ----------",
        "10  OS-125-350   Ponceuse excentrique 125mm 350W    20 PCE   89,90    1 798,00  18/12/2026",
        "20  OS-150-450   Ponceuse excentrique 150mm 450W    10 PCE  134,50    1 345,00  08/01/2027",
        "30  OS-PAD-125   Plateau auto-agrippant 125mm 8T    30 PCE   11,20      336,00  18/12/2026",
        "",
        "Quantités arrondies au conditionnement (carton de 10).",
        "",
        "Total HT : 3 479,00 EUR     TVA 20 % : 695,80 EUR     Total TTC : 4 174,80 EUR",
        "Conditions de paiement : 60 jours fin de mois. Franco de port.",
        "",
        "SAS au capital de 1 200 000 EUR - RCS Strasbourg B 412 345 678 - TVA FR61412345678",
    ], producer="Sage X3 Editions")
    t = """Bonjour,

Veuillez trouver ci-joint notre accusé de réception de commande n° AR2611873 relatif à votre commande 4500018305.

Ce message est généré automatiquement, merci de ne pas y répondre. Pour toute question : adv@outillage-breval.example - 03 88 45 21 00.

Outillage Bréval SAS - Capital 1 200 000 € - RCS Strasbourg B 412 345 678
"""
    b = multipart("mixed", [text(t, charset="iso-8859-15"), attachment(pdf, "application/pdf", "AR2611873.pdf")],
                  "----=_Part_118273_1029384756.1794475812000")
    eml = message(("Outillage Bréval - ADV", "noreply@outillage-breval.example"), buyer(p),
                  "Accusé de réception de commande AR2611873 - Votre commande 4500018305",
                  hdate("2026-11-12 08:30:12"), mid("erp", "outillage-breval.example", "9"), b,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Sage X3 Mailer")])
    exp = expected("confirmation",
                   "ERP-generated acknowledgment PDF commits to the order, so it is a confirmation despite Auto-Submitted. Positions 10/20/30 map to PO lines 1/2/3 by item code. Pos 10 as ordered; pos 20 delivery 08/01/2027 (day-first) -> changed date; pos 30 rounded to carton of 10: 30 instead of 25 -> changed quantity.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, date="2027-01-08"), l3=C(p, 3, quantity=30)))
    return [p], eml, exp


# 010 ------------------------------------------------------------------
@case("frca-exchange-ndr-mailbox-full", "fr-CA", "bounce",
      "French Exchange NDR 'Non remis :' (multipart/report, 5.2.2 mailbox full) echoing our PO subject and headers.")
def c010():
    p = po("4500018311", "BOREAL", "Quincaillerie Boréal inc.", "commandes@quincaillerie-boreal.example", "fr-CA", "mikael", "CAD",
           "2026-11-13", [
               ("PL-40-KA", "Padlock 40 mm brass, keyed alike", 60, "EA", "14.75", "2026-12-11"),
               ("PL-50-SH", "Padlock 50 mm, hardened shackle", 30, "EA", "22.40", "2026-12-11")])
    human = """Échec de la remise aux destinataires ou groupes suivants :

commandes@quincaillerie-boreal.example
La boîte aux lettres du destinataire est pleine et ne peut pas accepter de messages pour l'instant. Réessayez d'envoyer le message plus tard, ou contactez directement le destinataire.

Informations de diagnostic pour les administrateurs :

Serveur de génération : EXCH02.quincaillerie-boreal.example

commandes@quincaillerie-boreal.example
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'
"""
    ds = Part([("Content-Type", "message/delivery-status")], ("""Reporting-MTA: dns;EXCH02.quincaillerie-boreal.example
Received-From-MTA: dns;mx1.brightwater-tools.example
Arrival-Date: Fri, 13 Nov 2026 15:01:58 +0000

Final-Recipient: rfc822;commandes@quincaillerie-boreal.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
""").encode())
    oh = Part([("Content-Type", "text/rfc822-headers")], orig_headers(p, hdate("2026-11-13 10:01:40", "-0500")).encode())
    b = multipart("report", [text(human, charset="utf-8"), ds, oh], "_b2f1c9e0-7a34-4c1e-9d55-0e8a7f3b6c21_",
                  extra="; report-type=delivery-status")
    eml = message(("Microsoft Exchange", "postmaster@quincaillerie-boreal.example"), buyer(p),
                  "Non remis : " + req_subject(p), hdate("2026-11-13 15:02:03", "+0000"),
                  mid("exchange", "quincaillerie-boreal.example", "10"), b,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    exp = expected("bounce", "Delivery status notification: the supplier mailbox is full (5.2.2); the PO request never arrived.")
    return [p], eml, exp


# 011 ------------------------------------------------------------------
@case("esmx-caja-12-moq", "es-MX", "confirmation",
      "Mexican Spanish: sold by box of 12 so 100 -> 108 pcs; '$89.50 MXN c/u' dot decimal; date '15 de diciembre' without year equals requested.")
def c011():
    p = po("4500018320", "AZTECA", "Cortadores Azteca S.A. de C.V.", "ventas@cortadoresazteca.example", "es-MX", "tom", "MXN",
           "2026-11-11", [
               ("UK-18-SNAP", "Utility knife 18 mm, snap-off, auto-lock", 100, "PC", "89.50", "2026-12-15"),
               ("UK-BLD-18", "Spare blades 18 mm, tube of 10", 250, "PC", "42.00", "2026-12-15")])
    t = """Buen día Sr. Okafor,

Le confirmamos su orden de compra 4500018320 con los siguientes ajustes:

1. Cúter 18 mm (UK-18-SNAP): se vende por caja de 12 pzas, por lo que ajustamos de 100 a 108 pzas. Precio $89.50 MXN c/u sin cambio.
2. Repuesto de navajas 18 mm (UK-BLD-18): 250 pzas a $42.00 c/u, sin cambio.

Fecha de entrega para ambas partidas: 15 de diciembre.

Saludos cordiales,
Ing. Alejandra Núñez Ortiz
Ejecutiva de Ventas | Cortadores Azteca S.A. de C.V.
Tel. (33) 3615 2290 ext. 104 | RFC CAZ-980512-KT3

"""
    intro = "El mié, 11 nov 2026 a las 16:45, Tom Okafor (<%s>) escribió:" % p["buyer"]["email"]
    plain = t + gt_quote(p, intro)
    html = html_doc('<div dir="ltr">' + t.replace("\n", "<br>") + "</div>" + html_blockquote(p, intro))
    b = multipart("alternative", [text(plain), text(html, "html")], "000000000000b3a91d0605e4f17c22")
    eml = message(("Alejandra Núñez", "ventas@cortadoresazteca.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-16 10:12:37", "-0600"), mid("gmail", "x", "11"), b, **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1 rounded up to full boxes of 12: 108 pcs at unchanged price -> changed quantity. Line 2 as ordered. '15 de diciembre' without year = 2026-12-15 = requested.",
                   conf(p, l1=C(p, 1, quantity=108), l2=A(p, 2)))
    return [p], eml, exp


# 012 ------------------------------------------------------------------
@case("eses-question-which-version", "es-ES", "needs_review",
      "Spanish supplier asks which of two versions/prices of the cutting disc we want before confirming anything; prices in the question are not a commitment.")
def c012():
    p = po("4500018333", "VALLES", "Abrasivos del Vallès S.L.", "pedidos@abrasivosvalles.example", "es-ES", "mikael", "EUR",
           "2026-11-13", [
               ("CD-230", "Cutting disc 230 x 1.9 mm", 500, "EA", "2.35", "2026-12-14"),
               ("GW-230-DEP", "Depressed centre grinding disc 230 x 6 mm", 200, "EA", "3.10", "2026-12-14")])
    t = """Hola Mikael:

Antes de pasar el pedido 4500018333 a almacén necesitamos que nos aclaréis una cosa: el disco de corte 230 x 1,9 lo tenemos en dos versiones, para inox (ref. CD-230-IX, 2,35 €/ud.) y para piedra (ref. CD-230-ST, 2,10 €/ud.). En vuestro pedido figura la referencia genérica CD-230. ¿Cuál necesitáis?

En cuanto nos lo confirméis os mandamos la confirmación de todo el pedido con fechas.

Un saludo,

Jordi Puig i Serra
Dpto. Comercial
Abrasivos del Vallès S.L. · Pol. Ind. Can Roqueta, C/ Ca n'Alzina 118 · 08202 Sabadell
Tel. 93 745 12 60 · CIF B-65123456

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario...

-----Mensaje original-----
De: Mikael Berg [mailto:%s]
Enviado el: viernes, 13 de noviembre de 2026 12:10
Para: pedidos@abrasivosvalles.example
Asunto: %s

%s
""" % (p["buyer"]["email"], req_subject(p), req_text(p))
    eml = message(("Jordi Puig", "pedidos@abrasivosvalles.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-17 09:31:08"), mid("outlook", "abrasivosvalles.example", "12"),
                  text(t, charset="windows-1252"), **reply_hdrs(p))
    exp = expected("needs_review",
                   "A question before confirming (stainless or stone version of the disc); the supplier explicitly says the confirmation with dates will follow. Nothing is committed.")
    return [p], eml, exp


# 013 ------------------------------------------------------------------
@case("itit-fuori-produzione-settimana51", "it-IT", "confirmation",
      "Italian Outlook reply: middle line discontinued (alternative offered only for a new order), others 'settimana 51' = Fri 18 Dec = requested.")
def c013():
    p = po("4500018340", "LOMBARDI", "Banchi Lombardi S.r.l.", "ordini@banchilombardi.example", "it-IT", "lena", "EUR",
           "2026-11-12", [
               ("JT-600-AL", "Jigsaw table 600 x 450 mm, aluminium top", 15, "EA", "118.00", "2026-12-18"),
               ("JT-450-ST", "Jigsaw table 450 x 300 mm, steel, foldable", 10, "EA", "76.50", "2026-12-18"),
               ("JT-CLAMP", "Quick clamp set for jigsaw table", 25, "SET", "9.80", "2026-12-18")])
    t = """Buonasera Sig.ra Vogt,

confermiamo l'ordine n. 4500018340 come segue:

- JT-600-AL: 15 pz a € 118,00 cad., consegna prevista settimana 51;
- JT-450-ST: articolo fuori produzione dal 30/09, non più disponibile. In alternativa possiamo proporre il JT-450-ST2 a € 82,00 cad. (da ordinare con nuovo ordine);
- JT-CLAMP: 25 set a € 9,80, consegna settimana 51.

Cordiali saluti

Paolo Ferrari
Ufficio Commerciale - Banchi Lombardi S.r.l.
Via dell'Artigianato 22 - 24060 Castelli Calepio (BG)
Tel. 035 444 1287 - Fax 035 444 1290 - P.IVA 02837410165

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario.

""" + outlook_quote(p, "giovedì 12 novembre 2026 10:20", ("Da", "Inviato", "A", "Oggetto"))
    eml = message(("Paolo Ferrari", "ordini@banchilombardi.example"), buyer(p), "R: " + req_subject(p),
                  hdate("2026-11-13 17:05:19"), mid("outlook", "banchilombardi.example", "13"),
                  text(t.replace("€", "EUR") if False else t, charset="iso-8859-15"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Settimana 51 without a day = Friday 2026-12-18 = requested, prices and quantities unchanged -> lines 1 and 3 accepted. Line 2 is discontinued -> rejected; the JT-450-ST2 alternative would need a new order and does not confirm line 2.",
                   conf(p, l1=A(p, 1), l2=R, l3=A(p, 3)))
    return [p], eml, exp


# 014 ------------------------------------------------------------------
@case("nlnl-html-only-staaltoeslag-pct", "nl-NL", "confirmation",
      "HTML-only Dutch table; steel ramps get '+ 4% staaltoeslag' (-> 1913.60) and 'vr 8 jan.' without year; Dutch € 1.249,00 formatting.")
def c014():
    p = po("4500018352", "OPRIJDIRECT", "Oprijplaat Direct B.V.", "verkoop@oprijplaatdirect.example", "nl-NL", "mikael", "EUR",
           "2026-11-13", [
               ("LR-ALU-1500", "Loading ramp aluminium 1500 mm, 600 kg, pair", 6, "PR", "1249.00", "2026-12-15"),
               ("LR-STL-2000", "Loading ramp steel 2000 mm, 1200 kg, pair", 2, "PR", "1840.00", "2026-12-15"),
               ("LR-CURB", "Curb ramp rubber 600 mm", 20, "EA", "34.95", "2026-12-15")])
    rows = [("1", "LR-ALU-1500", "Oprijplaat alu 1500 mm", "6 paar", "€ 1.249,00", "di 15 dec."),
            ("2", "LR-STL-2000", "Oprijplaat staal 2000 mm", "2 paar", "€ 1.840,00 + 4% staaltoeslag", "vr 8 jan."),
            ("3", "LR-CURB", "Stoepoprit rubber 600 mm", "20 st.", "€ 34,95", "di 15 dec.")]
    tr = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:3px 6px">%s</td>' % c for c in r) + "</tr>" for r in rows)
    body = """<p style="font-family:Arial;font-size:10pt">Beste Mikael,</p>
<p style="font-family:Arial;font-size:10pt">Hierbij bevestigen wij uw order 4500018352 als volgt:</p>
<table style="border-collapse:collapse;font-family:Arial;font-size:10pt"><tr style="background:#dde">
<th>Pos.</th><th>Artikel</th><th>Omschrijving</th><th>Aantal</th><th>Prijs p/st.</th><th>Levering</th></tr>{TR}</table>
<p style="font-family:Arial;font-size:10pt">Let op: op stalen oprijplaten rekenen wij vanaf 1 december een staaltoeslag van 4% op de stuksprijs.</p>
<p style="font-family:Arial;font-size:10pt">Met vriendelijke groet,<br><b>Sanne de Vries</b><br>Binnendienst<br>Oprijplaat Direct B.V. | Edisonstraat 41 | 7006 RE Doetinchem<br>T 0314 36 22 80 | KvK 09187654 | BTW NL8192.34.567.B01</p>
<hr><p style="font-size:8pt;color:#888">Op al onze leveringen zijn de Metaalunievoorwaarden van toepassing.</p>""".replace("{TR}", tr)
    eml = message(("Sanne de Vries", "verkoop@oprijplaatdirect.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-18 13:46:55"), mid("outlook", "oprijplaatdirect.example", "14"),
                  text(html_doc(body, lang="nl"), "html"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "HTML-only table. Line 1 and 3 as ordered (di 15 dec = 2026-12-15). Line 2: 4% steel surcharge on the PO unit price: 1840.00 x 1.04 = 1913.60, delivery 'vr 8 jan.' = next 8 January after the mail = 2027-01-08 -> changed.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, price="1913.60", date="2027-01-08"), l3=A(p, 3)))
    return [p], eml, exp


# 015 ------------------------------------------------------------------
@case("plpl-iso88592-base64-bez-zmian", "pl-PL", "confirmation",
      "Terse Polish 'bez zmian' confirmation in ISO-8859-2 base64 with Thunderbird 'W dniu ... pisze:' quote; all three lines accepted.")
def c015():
    p = po("4500018367", "WISLA", "Narzędzia Wisła Sp. z o.o.", "zamowienia@narzedziawisla.example", "pl-PL", "lena", "PLN",
           "2026-11-16", [
               ("ND-SET-7", "Nut driver set 7 pcs, 5-13 mm", 40, "SET", "64.90", "2026-12-10"),
               ("ND-10-MAG", "Nut driver 10 mm, magnetic, 1/4\" hex", 150, "EA", "11.40", "2026-12-10"),
               ("ND-8-MAG", "Nut driver 8 mm, magnetic, 1/4\" hex", 150, "EA", "10.90", "2026-12-10")])
    t = """Dzień dobry,

potwierdzam zamówienie 4500018367 bez zmian - ilości, ceny i termin dostawy 10.12.2026 zgodnie z zamówieniem.

Pozdrawiam
Katarzyna Żurawska
Dział Sprzedaży
Narzędzia Wisła Sp. z o.o. | ul. Łączna 14, 05-800 Pruszków
NIP 527-123-45-67 | tel. 22 651 40 12 | kom. 601 234 567

""" + gt_quote(p, "W dniu 16.11.2026 o 14:05, Lena Vogt pisze:")
    eml = message(("Katarzyna Żurawska", "zamowienia@narzedziawisla.example"), buyer(p), "Odp: " + req_subject(p),
                  hdate("2026-11-17 08:12:49"), mid("apple", "narzedziawisla.example", "15"),
                  text(t, charset="iso-8859-2", cte="base64", flowed=True), charset="iso-8859-2",
                  extra=[("User-Agent", "Mozilla Thunderbird")], **reply_hdrs(p))
    exp = expected("confirmation", "'bez zmian' = without changes; quantities, prices and 10.12.2026 as ordered -> all lines accepted.",
                   conf(p, l1=A(p, 1), l2=A(p, 2), l3=A(p, 3)))
    return [p], eml, exp


# 016 ------------------------------------------------------------------
@case("cscz-received-will-confirm", "cs-CZ", "needs_review",
      "Czech human reply that only acknowledges receipt and promises the confirmation with delivery date within 2 working days.")
def c016():
    p = po("4500018371", "PLOTYMORAVA", "Ploty Morava s.r.o.", "obchod@plotymorava.example", "cs-CZ", "lena", "CZK",
           "2026-11-17", [
               ("FP-60-2000", "Fence post 60 x 60 mm, 2000 mm, galvanised + green", 120, "EA", "389.00", "2026-12-16"),
               ("FP-STRUT", "Fence strut 48 mm, 2000 mm", 40, "EA", "245.00", "2026-12-16")])
    t = """Dobrý den, paní Vogtová,

děkujeme za objednávku č. 4500018371, přijali jsme ji ke zpracování. Potvrzení s termínem dodání Vám zašleme nejpozději do 2 pracovních dnů.

S pozdravem

Petra Horáková
obchodní oddělení
Ploty Morava s.r.o., Průmyslová 1288, 686 01 Uherské Hradiště
IČ: 26912345, DIČ: CZ26912345, tel.: +420 572 555 120

""" + outlook_quote(p, "úterý 17. listopadu 2026 16:44", ("Od", "Odesláno", "Komu", "Předmět"))
    eml = message(("Petra Horáková", "obchod@plotymorava.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-18 09:03:27"), mid("outlook", "plotymorava.example", "16"),
                  text(t, charset="windows-1250"), charset="windows-1250", **reply_hdrs(p))
    exp = expected("needs_review", "Only a receipt ('we accepted it for processing'); the confirmation with delivery date is promised within 2 working days. No commitment yet.")
    return [p], eml, exp


# 017 ------------------------------------------------------------------
@case("ruru-koi8r-split-shipments", "ru-RU", "confirmation",
      "Russian in KOI8-R with space thousands separators ('2 350,00 руб.'); line 2 split 25 now (04.12) + 35 later (20.01.2027), ship dates only.")
def c017():
    p = po("4500018380", "TEHNOPROKL", "OOO TehnoProkladka", "sbyt@tehnoprokladka.example", "ru-RU", "mikael", "RUB",
           "2026-11-11", [
               ("EG-HG-K4M", "Cylinder head gasket, MLS, 1.6 16V", 40, "EA", "2350.00", "2026-12-18"),
               ("EG-SET-K4M", "Engine gasket set complete, 1.6 16V", 60, "SET", "6890.00", "2026-12-18"),
               ("EG-VC-K4M", "Valve cover gasket, silicone", 100, "EA", "410.00", "2026-12-18")])
    t = """Добрый день, Микаэль!

Подтверждаем заказ N 4500018380:

Поз. 1 - 40 шт. по 2 350,00 руб., отгрузка 18.12.2026.
Поз. 2 - на складе 25 компл., отгрузим 04.12.2026; оставшиеся 35 компл. - отгрузка 20.01.2027. Цена 6 890,00 руб. без изменений.
Поз. 3 - 100 шт. по 410,00 руб., отгрузка 18.12.2026.

С уважением,
Андрей Кузнецов
менеджер отдела продаж ООО "ТехноПрокладка"
тел. +7 (843) 555-12-40, доб. 231
ИНН 1655123456 / КПП 165501001

-----Original Message-----
From: Mikael Berg <%s>
Sent: Wednesday, November 11, 2026 1:15 PM
To: sbyt@tehnoprokladka.example
Subject: %s

%s
""" % (p["buyer"]["email"], req_subject(p), req_text(p))
    eml = message(("Андрей Кузнецов", "sbyt@tehnoprokladka.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-12 15:20:02", "+0300"), mid("plain", "tehnoprokladka.example", "17"),
                  text(t, charset="koi8-r", cte="8bit"), charset="koi8-r", **reply_hdrs(p))
    exp = expected("confirmation",
                   "Lines 1 and 3 ship 18.12.2026 at PO price -> accepted. Line 2: 25 sets ship 04.12.2026 and 35 on 20.01.2027 (ship dates only, so they are the dates), total 60 at unchanged price -> changed with schedule, date 2027-01-20.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, date="2027-01-20", schedule=[(25, "2026-12-04"), (35, "2027-01-20")]), l3=A(p, 3)))
    return [p], eml, exp


# 018 ------------------------------------------------------------------
@case("ukua-invoice-other-po", "uk-UA", "unrelated",
      "Ukrainian invoice (KOI8-U text + PDF) for an earlier, delivered PO 4500017202 while our open PO 4500018395 is not mentioned.")
def c018():
    p = po("4500018395", "DNIPROSHL", "TOV Dnipro-Shlanh", "zbut@dnipro-shlanh.example", "uk-UA", "mikael", "UAH",
           "2026-11-16", [
               ("AH-PU-10", "Air hose PU 8 x 12 mm, 10 m, with couplings", 80, "EA", "612.00", "2026-12-14"),
               ("AH-RB-20", "Air hose rubber 10 mm, 20 m reel", 30, "EA", "1480.00", "2026-12-14")])
    t = """Доброго дня!

Надсилаємо рахунок на оплату N СФ-2611-0457 за поставку згідно з Вашим замовленням 4500017202 (відвантажено 06.11.2026, ТТН 20450812345678).
Сума до сплати: 48 612,00 грн з ПДВ. Термін оплати - 14 днів.

З повагою,
Олена Коваленко
бухгалтерія ТОВ "Дніпро-Шланг"
тел. +380 56 785 12 40
"""
    pdf = make_pdf([
        "TOV DNIPRO-SHLANH                      RAKHUNOK NA OPLATU / INVOICE",
        "vul. Kosmichna 21, Dnipro 49000        No. SF-2611-0457 vid 18.11.2026",
        "",
        "Pokupets / Buyer: Brightwater Tools & Supply",
        "Zamovlennia / Your order: 4500017202",
        "",
        "N  Tovar                              K-st   Tsina       Suma",
        "1  AH-PU-6  Air hose PU 6x8, 10 m       50   420,00   21 000,00",
        "2  AH-CPL-14 Coupling 1/4\"             200    67,55   13 510,00",
        "",
        "Razom bez PDV:     40 510,00 UAH",
        "PDV 20%:            8 102,00 UAH",
        "Do splaty:         48 612,00 UAH",
    ], producer="BAS Buhhalteriia")
    b = multipart("mixed", [text(t, charset="koi8-u", cte="quoted-printable"),
                            attachment(pdf, "application/pdf", "SF-2611-0457.pdf")], "----=_NextPart_000_0041_01DB3A0C.7E5B3A10")
    eml = message(("Олена Коваленко", "buh@dnipro-shlanh.example"), buyer(p),
                  "Рахунок N СФ-2611-0457 до замовлення 4500017202", hdate("2026-11-18 11:40:09", "+0200"),
                  mid("exchange", "dnipro-shlanh.example", "18"), b, charset="koi8-u")
    exp = expected("unrelated", "An invoice for a different, already shipped order (4500017202). It does not answer the open PO 4500018395.")
    return [p], eml, exp
