# -*- coding: utf-8 -*-
from .common import *  # noqa

# 001 ------------------------------------------------------------------
sup = ("PRAMB", "Kompressoren Pramberger GmbH", "verkauf@pramberger-kompressoren.example", "de-AT")
po = PO("4500031201", sup, "martin", "EUR", "2026-11-03", [
    ("PK-270-10", "Piston air compressor 270 l, 10 bar, 400 V", 4, "EA", "1249.00", "2026-12-18"),
    ("SCHL-15", "Air hose reel 15 m, auto-retract", 6, "EA", "89.50", "2026-12-11")])
body = """Sehr geehrter Herr Keller,

danke für Ihre Bestellung. Wir bestätigen beide Positionen zu den angeführten
Preisen (1.249,00 bzw. 89,50 € netto/Stk.).
Liefertermin für beide Positionen: KW 51, Zustellung per Spedition frei Haus.

Mit freundlichen Grüßen

Andreas Pramberger
Verkauf Innendienst

Kompressoren Pramberger GmbH
Welser Straße 112, 4614 Marchtrenk
Tel.: +43 7242 61 500-23 | Fax: +43 7242 61 500-99
Mobil: +43 664 123 45 67
FN 123456x, LG Wels | UID: ATU12345678
IBAN: AT61 1904 3002 3457 3201 | BIC: BKAUATWW

""" + q_outlook(po, "de", sent="Dienstag, 3. November 2026 10:05", contact="Herr Pramberger")
eml = message(addr("Andreas Pramberger", "a.pramberger@pramberger-kompressoren.example"), buyer_addr(po),
              "AW: " + req_subject(po), D("2026-11-05 08:42"), "<8f3a21c0b7e44@pramberger-kompressoren.example>",
              text(body, cs="windows-1252"), reply_to=po["request_message_id"],
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
add("kw51-both-lines", "confirmation", "de-AT",
    "Austrian top-post over German Outlook quote; one 'KW 51' for both lines makes line 2 later while line 1 stays; signature full of phone/FN/IBAN numbers.",
    [po], eml, "KW 51 without a day = Friday 2026-12-18. Line 1 was requested for 2026-12-18 (accepted); line 2 was requested 2026-12-11, so it is changed to 2026-12-18. Prices restated unchanged (1.249,00 = 1249.00).",
    [conf(po, {2: dict(d="2026-12-18")})])

# 002 ------------------------------------------------------------------
sup = ("ESMER", "Esmeris Industrial Ltda", "vendas@esmeris.example", "pt-BR")
po = PO("4500031202", sup, "dana", "USD", "2026-11-03", [
    ("ESM-200-T", "Bench grinder 200 mm, 220 V, 550 W", 12, "EA", "182.00", "2027-01-15"),
    ("REB-200-36", "Grinding wheel Al2O3 200x25 mm, grit 36", 48, "EA", "14.40", "2027-01-15")])
txt = """Olá Dana, bom dia!

Confirmamos o pedido 4500031202.

Item 1 (ESM-200-T): preço atualizado para US$ 189,50 por unidade devido ao
reajuste do aço. Quantidade 12 pçs mantida.
Item 2 (REB-200-36): 48 pçs a US$ 14,40, conforme pedido.

Entrega de ambos os itens em 15/01.

Atenciosamente,
Carla Menezes
Esmeris Industrial Ltda | CNPJ 12.345.678/0001-90
(11) 4002-8922 | Rua Ipiranga, 1500 - Guarulhos/SP

""" + q_gt(po, "Em ter., 3 de nov. de 2026 às 10:05, Dana Ruiz <dana.ruiz@northgate-supply.example> escreveu:")
html = html_doc("<div dir=\"ltr\">" + "<br>".join(txt.split("\n\n")[0:5]).replace("\n", "<br>") +
                "</div><br><div class=\"gmail_quote\">" + q_html(po, "Em ter., 3 de nov. de 2026 às 10:05, Dana Ruiz &lt;dana.ruiz@northgate-supply.example&gt; escreveu:") + "</div>")
eml = message(addr("Carla Menezes", "carla.menezes@esmeris.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-04 14:20", "-0300"), "<CAJx7Yq1pE0fT0x9b2mN4s_v1@mail.gmail.com>",
              multi("alternative", [text(txt), text(html, "html")], "000000000000a1b2c3d4e5f60708"),
              reply_to=po["request_message_id"])
add("price-up-date-no-year", "confirmation", "pt-BR",
    "Brazilian Gmail reply: line 1 price raised with decimal comma 'US$ 189,50', date '15/01' without year.",
    [po], eml, "Line 1 confirmed at 189.50 instead of 182.00 (changed); line 2 as ordered. '15/01' has no year: the next 15 January after the 4 Nov 2026 mail is 2027-01-15, which is the requested date.",
    [conf(po, {1: dict(p="189.50")})])

# 003 ------------------------------------------------------------------
sup = ("SIAMF", "Siam Fastening Co., Ltd.", "sales@siamfastening.example", "th-TH")
po = PO("4500031203", sup, "dana", "USD", "2026-11-04", [
    ("CT-300-BK", "Cable tie nylon 66, 4.8x300 mm, black, UV", 2450, "PC", "0.042", "2026-12-15"),
    ("CT-200-NT", "Cable tie nylon 66, 3.6x200 mm, natural", 5000, "PC", "0.021", "2026-12-15")])
html = html_doc("""<p>เรียน คุณ Dana Ruiz</p>
<p>ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031203 บริษัทฯ ขอยืนยันรายละเอียดดังนี้</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>ลำดับ</th><th>รหัสสินค้า</th><th>จำนวน (เส้น)</th><th>ราคา/เส้น (USD)</th><th>หมายเหตุ</th></tr>
<tr><td>1</td><td>CT-300-BK</td><td>2,500</td><td>0.042</td><td>บรรจุถุงละ 100 เส้น จึงปรับจำนวนขึ้นเป็น 2,500 เส้น</td></tr>
<tr><td>2</td><td>CT-200-NT</td><td>5,000</td><td>0.021</td><td>ตามใบสั่งซื้อ</td></tr>
</table>
<p>กำหนดส่งสินค้าทั้งหมด: วันที่ 15/12/2569</p>
<p>ขอแสดงความนับถือ<br>สมชาย วงศ์สวัสดิ์<br>ฝ่ายขายต่างประเทศ บริษัท สยามฟาสเทนนิ่ง จำกัด<br>โทร 02-123-4567 ต่อ 208</p>""")
eml = message(addr("สมชาย วงศ์สวัสดิ์", "somchai@siamfastening.example"), buyer_addr(po),
              "ตอบกลับ: " + req_subject(po), D("2026-11-06 11:02", "+0700"), "<20261106040212.5521@siamfastening.example>",
              text(html, "html", cte="base64"), reply_to=po["request_message_id"])
add("buddhist-era-pack-rounding", "confirmation", "th-TH",
    "Thai HTML-only base64 mail; quantity rounded up to a bag of 100; delivery date in Buddhist Era (15/12/2569).",
    [po], eml, "Line 1 rounded from 2,450 to 2,500 pieces (bags of 100), price unchanged -> changed. Line 2 as ordered. 15/12/2569 is the Thai Buddhist-era year 2569 = 2026, i.e. 2026-12-15 = requested date.",
    [conf(po, {1: dict(q=2500)})])

# 004 ------------------------------------------------------------------
sup = ("MOMAS", "Mombasa Auto Spares Ltd", "info@mombasa-autospares.example", "sw-KE")
po = PO("4500031204", sup, "priya", "USD", "2026-11-05", [
    ("JC-600A-3M", "Jumper cables 600 A, 3 m, insulated clamps", 80, "SET", "11.80", "2026-12-10")])
txt = """Habari Priya,
Tumepokea PO 4500031204. Tunathibitisha seti 80 kwa bei ya USD 11.80 kila moja. Mzigo utawafikia tarehe 18/12/2026 kwa sababu ya msongamano bandarini.
Asante
Juma

Sent from my Samsung Galaxy smartphone."""
eml = message(addr("Juma Mwakilema", "juma@mombasa-autospares.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-09 07:48", "+0300"), "<a9e1-44c2-8f70@mombasa-autospares.example>",
              text(txt, cte="8bit"), reply_to=po["request_message_id"])
add("swahili-phone-late", "confirmation", "sw-KE",
    "Two-line Swahili phone reply: 'Tumepokea' (received) plus 'Tunathibitisha' (we confirm), delivery 8 days later than requested.",
    [po], eml, "Confirms 80 sets at 11.80 but delivery 18/12/2026 instead of 2026-12-10 -> changed date.",
    [conf(po, {1: dict(d="2026-12-18")})])

# 005 ------------------------------------------------------------------
sup = ("SHREE", "Shreeji Survey Instruments Pvt. Ltd.", "export@shreejisurvey.example", "hi-IN")
po = PO("4500031205", sup, "priya", "USD", "2026-11-06", [
    ("LL-3D-G", "3D green line laser level, 12 lines", 10, "EA", "214.00", "2027-01-20"),
    ("TRP-160", "Aluminium tripod 1.6 m for line lasers", 10, "EA", "23.50", "2027-01-20")])
txt = """नमस्ते प्रिया जी,

आपका PO 4500031205 मिल गया है, धन्यवाद।

12 लाइन वाला ग्रीन लेज़र (LL-3D-G) अब बंद हो चुका है। उसकी जगह नया मॉडल LL-3D-G2 आता है, जिसकी कीमत USD 229.00 प्रति पीस है।
कृपया बताएं कि क्या आप नया मॉडल लेना चाहेंगी। आपकी पुष्टि मिलने के बाद हम पूरे ऑर्डर की मात्रा और डिलीवरी तारीख कन्फर्म कर देंगे। ट्राइपॉड अभी स्टॉक में है।

सादर,
राकेश पटेल
Shreeji Survey Instruments Pvt. Ltd., Ahmedabad
GSTIN 24AAACS1234F1Z5 | Mob: +91 98250 12345 | Ph: 079-2658 4410"""
eml = message(addr("Rakesh Patel", "rakesh@shreejisurvey.example"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-10 12:31", "+0530"), "<PN3P287MB0712A1@shreejisurvey.example>",
              multi("alternative", [text(txt, cte="base64"), text(html_doc("<div>" + txt.replace("\n", "<br>") + "</div>"), "html", cte="base64")], "_000_PN3P287MB0712A1_"),
              reply_to=po["request_message_id"])
add("hindi-question-replacement", "needs_review", "hi-IN",
    "Hindi reply: line 1 discontinued, a successor at a higher price is offered as a question; 'tripod in stock' is not a commitment.",
    [po], eml, "The supplier asks whether we accept the successor model LL-3D-G2 at USD 229.00 and will confirm quantities and dates only after our answer. Nothing is committed yet (not even the tripod line) -> needs_review.")

# 006 ------------------------------------------------------------------
sup = ("VERKF", "Verkfærasalan ehf.", "sala@verkfaerasalan.example", "is-IS")
po = PO("4500031206", sup, "martin", "EUR", "2026-11-04", [
    ("SK-SET-9", "Hex key set 1.5-10 mm, 9 pc, long arm", 30, "SET", "9.80", "2026-12-14"),
    ("SK-T-6", "T-handle hex key 6 mm", 50, "EA", "3.60", "2026-12-14")])
txt = """Takk fyrir póstinn.

Ég er í fríi til og með 20. nóvember 2026 og hef takmarkaðan aðgang að tölvupósti.
Ef erindið er áríðandi vinsamlegast hafðu samband við sala@verkfaerasalan.example eða í síma 555 1234.

I am out of the office until 20 November 2026 with limited access to e-mail. For urgent matters please contact sala@verkfaerasalan.example or call +354 555 1234.

Kveðja / Regards
Guðrún Sigurðardóttir"""
eml = message(addr("Guðrún Sigurðardóttir", "gudrun@verkfaerasalan.example"), buyer_addr(po),
              "Sjálfvirkt svar: " + req_subject(po), D("2026-11-04 09:06", "+0000"), "<auto.20261104090601.77@verkfaerasalan.example>",
              text(txt), reply_to=po["request_message_id"],
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "auto_reply")])
add("icelandic-ooo", "auto_reply", "is-IS",
    "Icelandic/English out-of-office with a date and a phone number that must not be read as a delivery commitment.",
    [po], eml, "Automatic out-of-office (Auto-Submitted: auto-replied); 20 November is the return date, not a delivery date.")

# 007 ------------------------------------------------------------------
sup = ("KEYST", "Keystone Hand Tools Inc.", "orders@keystonehandtools.example", "en-US")
poA = PO("4500031207", sup, "tom", "USD", "2026-11-02", [
    ("PW-18-AL", "Pipe wrench 18 in, aluminum handle", 24, "EA", "38.75", "2026-12-04"),
    ("PW-24-AL", "Pipe wrench 24 in, aluminum handle", 12, "EA", "52.40", "2026-12-04")])
poB = PO("4500031219", sup, "tom", "USD", "2026-11-04", [
    ("HK-SAE-13", "Hex key set SAE, 13 pc, L-type", 50, "SET", "6.95", "2026-12-11"),
    ("HK-MET-BALL", "Ball-end hex key set metric, 9 pc", 40, "SET", "8.20", "2026-12-11"),
    ("HK-T-HANDLE", "T-handle hex key set, 8 pc", 20, "SET", "21.60", "2026-12-11")])
txt = """Hi Tom,

Both of your orders are good to go.

PO 4500031207 - all confirmed as ordered. Ships 12/2 via UPS Freight, should land at your dock 12/4.

PO 4500031219 - lines 1 and 3 confirmed for 12/11. Line 2 (the ball-end metric sets) is on backorder, we can ship all 40 sets on 1/8/27, same price.

Thanks for the business!

Rick Dombrowski
Inside Sales | Keystone Hand Tools Inc.
Ph 412-555-0187 | Fax 412-555-0188 | Cell 412-555-0143
2200 Liberty Ave, Pittsburgh, PA 15222 | Acct #10448

-----Original Message-----
From: Tom Ashby <tom.ashby@northgate-supply.example>
Sent: Monday, November 2, 2026 10:05 AM
To: orders@keystonehandtools.example
Subject: Purchase order 4500031207 - please confirm

""" + req_text(poA)
eml = message(addr("Rick Dombrowski", "rdombrowski@keystonehandtools.example"), buyer_addr(poA), "RE: " + req_subject(poA),
              D("2026-11-06 16:12", "-0500"), "<BN7PR05MB4410F2@keystonehandtools.example>",
              text(txt, cte="7bit", csq=False, cs="us-ascii"), reply_to=poA["request_message_id"])
add("two-pos-one-mail", "confirmation", "en-US",
    "One US reply answers two POs (only one quoted); M/D dates, a ship date plus a delivery date, backorder '1/8/27'.",
    [poA, poB], eml, "PO ...207: ships 12/2 but delivers 12/4; the delivery date wins and equals the requested date -> all accepted. PO ...219: lines 1 and 3 accepted; line 2 ships 1/8/27 (en-US month-first = 2027-01-08, only a ship date) -> changed date.",
    [conf(poA), conf(poB, {2: dict(d="2027-01-08")})])

# 008 ------------------------------------------------------------------
sup = ("BRAMP", "Brampton Safety Supplies Ltd", "sales@bramptonsafety.example", "en-GB")
po = PO("4500031208", sup, "dana", "GBP", "2026-11-05", [
    ("SG-CLR-AF", "Safety goggles, clear, anti-fog, EN166", 200, "PR", "3.45", "2026-12-09"),
    ("SG-TNT-5", "Safety goggles, tinted shade 5", 40, "PR", "4.90", "2026-12-09"),
    ("SG-OTG", "Over-spec goggles (fit over glasses)", 60, "PR", "5.25", "2026-12-09")])
quoted = req_text(po).split("\n")
out = []
for ln in quoted:
    out.append("> " + ln if ln else ">")
    if ln.startswith("1   SG-CLR"):
        out.append("OK CONFIRMED")
    if ln.startswith("2   SG-TNT"):
        out.append("SHADE 5 OUT OF STOCK TILL NEW YEAR - CAN ONLY DO 06/01, QTY + PRICE OK")
    if ln.startswith("3   SG-OTG"):
        out.append("OK")
txt = """Hi Dana,

Answers inline below in CAPS.

Kind regards,
Gemma Hollis
Brampton Safety Supplies Ltd | 01632 960 441 | VAT GB 123 4567 89

On 05/11/2026 10:05, Dana Ruiz wrote:
""" + "\n".join(out)
eml = message(addr("Gemma Hollis", "gemma.hollis@bramptonsafety.example"), buyer_addr(po), "Re: " + req_subject(po),
              D("2026-11-06 11:37", "+0000"), "<6b1f9a2e-0d3c-4c55-9e2a-1f0c@bramptonsafety.example>",
              text(txt, cs="utf-8", cte="7bit", fmt="format=flowed"), reply_to=po["request_message_id"],
              extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")])
add("inline-caps-answers", "confirmation", "en-GB",
    "Answers written in capitals between our '> ' quoted PO lines; UK day-first '06/01' without a year.",
    [po], eml, "Lines 1 and 3 OK. Line 2: '06/01' in en-GB is 6 January, no year -> next one after the 6 Nov 2026 mail = 2027-01-06; quantity and price OK -> changed date.",
    [conf(po, {2: dict(d="2027-01-06")})])

# 009 ------------------------------------------------------------------
sup = ("RHEIN", "Rheinische Dichtungstechnik GmbH", "vertrieb@rhein-dichtung.example", "de-DE")
po = PO("4500031209", sup, "martin", "EUR", "2026-11-04", [
    ("FD-DN50-PN16", "Flat gasket DN50 PN16, fibre 2 mm", 400, "PC", "0.85", "2026-12-16"),
    ("FD-DN80-PN16", "Flat gasket DN80 PN16, fibre 2 mm", 300, "PC", "1.32", "2026-12-16"),
    ("SPW-DN100", "Spiral wound gasket DN100 PN40, 316L/graphite", 50, "PC", "14.60", "2026-12-16")])
pdf_lines = [
    "Rheinische Dichtungstechnik GmbH  *  Industriestr. 14  *  50996 Köln",
    "", "Northgate Industrial Supply", "Dock 3, 1180 Harbor Road", "Riverton", "",
    "AUFTRAGSBESTÄTIGUNG Nr. 20261187                 Datum: 10.11.2026",
    "Ihre Bestellung: 4500031209 vom 04.11.2026       Kunden-Nr.: 40177",
    "Ihr Ansprechpartner: Herr Keller                 Sachbearb.: S. Wolff", "",
    "Pos  Artikel        Bezeichnung                   Menge   Preis/100 St   Liefertermin",
    "----------------------------------------------------------------------------------",
    " 10  FD-DN50-PN16   Flachdichtung DN50 PN16        400 St         85,00   16.12.2026",
    " 20  FD-DN80-PN16   Flachdichtung DN80 PN16        300 St        132,00   16.12.2026",
    " 30  SPW-DN100      Spiraldichtung DN100 PN40       50 St      1.460,00   14.01.2027",
    "----------------------------------------------------------------------------------",
    "                                      Nettowarenwert EUR           1.466,00",
    "                                      zzgl. 19 % USt. EUR            278,54",
    "                                      Gesamtbetrag EUR             1.744,54", "",
    "Lieferbedingung: DAP Riverton (Incoterms 2020)   Zahlung: 30 Tage netto",
    "Es gelten unsere Allgemeinen Verkaufsbedingungen.",
    "Amtsgericht Köln HRB 45521 - USt-IdNr. DE812345678 - Geschäftsführer: Dr. H. Brandt"]
txt = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 20261187 zu Ihrer Bestellung 4500031209.

Diese E-Mail wurde automatisch erzeugt. Bei Rückfragen wenden Sie sich bitte an vertrieb@rhein-dichtung.example.

Mit freundlichen Grüßen
Rheinische Dichtungstechnik GmbH"""
eml = message(addr("Rheinische Dichtungstechnik ERP", "noreply-erp@rhein-dichtung.example"), buyer_addr(po),
              "Auftragsbestätigung 20261187 zu Ihrer Bestellung 4500031209", D("2026-11-10 08:31"),
              "<AB20261187.20261110083100@erp.rhein-dichtung.example>",
              multi("mixed", [text(txt, cs="iso-8859-15"), attach(pdf(pdf_lines), "application/pdf", "AB_20261187.pdf")],
                    "----=_Part_20261187_1731227460"), extra=[("Auto-Submitted", "auto-generated")])
add("erp-pdf-per-100", "confirmation", "de-DE",
    "Automatic ERP mail (Auto-Submitted, new thread) whose PDF order acknowledgment lists ERP positions 10/20/30 with prices per 100 pieces.",
    [po], eml, "The PDF commits to the order, so it is a confirmation despite the auto-generated mail. Positions 10/20/30 are PO lines 1/2/3. Prices are per 100 St: 85,00/100 = 0.85, 132,00/100 = 1.32, 1.460,00/100 = 14.60, all equal. Line 3 delivery 14.01.2027 instead of 16.12.2026 -> changed.",
    [conf(po, {3: dict(d="2027-01-14")})])

# 010 ------------------------------------------------------------------
sup = ("LEFEV", "Mandrins Lefèvre SARL", "commandes@mandrins-lefevre.example", "fr-FR")
po = PO("4500031210", sup, "martin", "EUR", "2026-11-03", [
    ("MC-13-AS", "Keyless drill chuck 1.5-13 mm, B16", 60, "EA", "24.80", "2026-12-11"),
    ("MC-16-CR", "Keyed drill chuck 3-16 mm, B18", 30, "EA", "19.40", "2026-12-11"),
    ("CLE-MC-16", "Chuck key S2 for 16 mm chuck", 30, "EA", "2.10", "2026-12-11")])
txt = """Bonjour Monsieur Keller,

Bonne réception de votre commande n° 4500031210, merci.

Nous vous confirmons les lignes 1 et 3 aux prix et délais demandés.
Ligne 2 : le mandrin à clé 3-16 mm est en rupture chez notre fournisseur, disponibilité semaine 2 ; quantité et prix (19,40 €) inchangés.

Cordialement,

Hélène Marchetti
Service ADV - Mandrins Lefèvre SARL
Tél. : 04 72 00 15 15 - SIRET 412 345 678 00021

""" + q_outlook(po, "fr", sent="mardi 3 novembre 2026 10:05", contact="Madame, Monsieur")
eml = message(addr("Hélène Marchetti", "h.marchetti@mandrins-lefevre.example", "iso-8859-1"), buyer_addr(po),
              "RE: " + req_subject(po), D("2026-11-05 09:30"), "<000a01db2f4e$7c2d1e30$74875a90$@mandrins-lefevre.example>",
              text(txt, cs="iso-8859-15", csq=False), reply_to=po["request_message_id"], subj_cs="iso-8859-1")
add("semaine-2-next-year", "confirmation", "fr-FR",
    "French ISO-8859-1 QP reply; one line moved to 'semaine 2', which falls in 2027 (2026 has an ISO week 53).",
    [po], eml, "Lines 1 and 3 accepted. Line 2 'semaine 2' without a day = Friday of ISO week 2 after the mail, i.e. 2027-W02 -> 2027-01-15; qty/price unchanged -> changed date.",
    [conf(po, {2: dict(d=kw(2027, 2))})])

# 011 ------------------------------------------------------------------
sup = ("MAZTE", "Mazací technika Brno s.r.o.", "obchod@mazaci-technika.example", "cs-CZ")
po = PO("4500031211", sup, "martin", "EUR", "2026-11-03", [
    ("MP-500-P", "Lever grease gun 500 cm3", 40, "EA", "16.90", "2026-12-14"),
    ("HAD-300", "Flexible grease gun hose 300 mm", 40, "EA", "2.35", "2026-12-14")])
txt = """Dobrý den pane Kellere,

děkujeme za objednávku č. 4500031211.

Potvrzujeme:
pol. 1 – minimální odběrové množství je 50 ks (celý karton), potvrzujeme tedy 50 ks á 16,90 EUR, dodání 14. 12. 2026
pol. 2 – 40 ks á 2,35 EUR, termín dle objednávky

S pozdravem

Ing. Pavel Dvořák
obchodní oddělení
Mazací technika Brno s.r.o., Vídeňská 88, 639 00 Brno
IČO: 25512345, DIČ: CZ25512345
tel.: +420 541 123 456, mobil: +420 602 987 654

""" + q_gt(po, "Dne út 3. 11. 2026 10:05 uživatel Martin Keller <martin.keller@northgate-supply.example> napsal:")
eml = message(addr("Ing. Pavel Dvořák", "dvorak@mazaci-technika.example", "windows-1250"), buyer_addr(po),
              "Re: " + req_subject(po), D("2026-11-04 13:14"), "<f1c0e2aa-77b1-0d3e@mazaci-technika.example>",
              text(txt, cs="windows-1250", cte="8bit"), reply_to=po["request_message_id"])
add("moq-carton", "confirmation", "cs-CZ",
    "Czech windows-1250 8bit mail; MOQ raises line 1 quantity; Czech date with spaces '14. 12. 2026'; signature with IČO/DIČ numbers.",
    [po], eml, "Line 1 confirmed 50 instead of 40 (minimum order = carton), price and date (14. 12. 2026) as ordered -> changed quantity. Line 2 as ordered -> accepted.",
    [conf(po, {1: dict(q=50)})])

# 012 ------------------------------------------------------------------
sup = ("VARDH", "Vardhman Electricals Pvt. Ltd.", "exports@vardhmanelectricals.example", "en-IN")
po = PO("4500031212", sup, "priya", "USD", "2026-11-03", [
    ("EXT-10M-3C", "Extension cord 10 m, 3 x 1.5 mm2, IP44", 500, "EA", "7.40", "2027-01-10"),
    ("EXT-25M-RL", "Cable reel 25 m, 4 sockets, thermal cut-out", 80, "EA", "28.90", "2027-01-10")])
txt = """Dear Madam,

Greetings from Vardhman Electricals!

We are pleased to confirm your PO No. 4500031212 dtd. 03-Nov-2026 as under:

1) EXT-10M-3C - 500 nos @ USD 7.40 - 300 nos will be despatched to reach you by 20-Dec-2026 and balance 200 nos by 15-Jan-2027.
2) EXT-25M-RL - 80 nos @ USD 28.90 - delivery by 10-Jan-2027.

Kindly do the needful and arrange to release the LC at the earliest.

Thanks & Regards,
Sanjay Mehta
Manager - Exports
Vardhman Electricals Pvt. Ltd.
Plot No. 44, GIDC Estate, Vapi - 396 195, Gujarat
Mob: +91 98765 43210 | Tel: 0260-243 1122 | GSTIN: 24AABCV1234M1ZP

From: Priya Natarajan [mailto:priya.natarajan@northgate-supply.example]
Sent: 03 November 2026 14:35
To: exports@vardhmanelectricals.example
Subject: Purchase order 4500031212 - please confirm

""" + req_text(po)
eml = message(addr("Sanjay Mehta", "sanjay.m@vardhmanelectricals.example"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-05 17:02", "+0530"), "<000001db2f8a$2f0e8b20$8d2ba160$@vardhmanelectricals.example>",
              text(txt, cs="us-ascii", cte="7bit"), reply_to=po["request_message_id"])
add("split-delivery-india", "confirmation", "en-IN",
    "Indian English: line 1 split into two deliveries with the balance after the need-by date; 'nos', DD-Mon-YYYY dates.",
    [po], eml, "Line 1: 300 by 2026-12-20 and balance 200 by 2027-01-15; total 500 at 7.40, last delivery 2027-01-15 is later than 2027-01-10 -> changed with schedule. Line 2 as ordered.",
    [conf(po, {1: dict(d="2027-01-15", s=[(300, "2026-12-20"), (200, "2027-01-15")])})])

# 013 ------------------------------------------------------------------
sup = ("TKHSV", "株式会社高橋バルブ製作所", "eigyo@takahashi-valve.example", "ja-JP")
po = PO("4500031213", sup, "priya", "JPY", "2026-11-04", [
    ("NV-316-1/4", "Needle valve SUS316, Rc1/4, 20 MPa", 30, "EA", "4850", "2026-12-18"),
    ("NV-316-1/2", "Needle valve SUS316, Rc1/2, 20 MPa", 20, "EA", "7200", "2026-12-18")])
txt = """Northgate Industrial Supply
購買部　Priya Natarajan 様

いつも大変お世話になっております。
高橋バルブ製作所　営業部の佐藤でございます。

ご注文番号 4500031213 につきまして、下記の通りお請けいたします。

１．NV-316-1/4　30個　単価 4,850円　納期 12月18日
２．NV-316-1/2　20個　単価 7,200円　納期 1月20日（材料入荷待ちのため）

ご確認のほど、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社高橋バルブ製作所　営業部
佐藤 健一
〒537-0001 大阪府大阪市東成区深江北1-2-3
TEL 06-6123-4567　FAX 06-6123-4568
━━━━━━━━━━━━━━━━━━━━"""
eml = message(addr("佐藤 健一", "k.sato@takahashi-valve.example", "iso-2022-jp"), buyer_addr(po),
              "Re: " + req_subject(po) + "【注文請書】", D("2026-11-06 15:40", "+0900"), "<202611061540.TKV0012@takahashi-valve.example>",
              text(txt, cs="shift_jis", cte="base64"), reply_to=po["request_message_id"], subj_cs="iso-2022-jp")
add("japanese-sjis-month-day", "confirmation", "ja-JP",
    "Japanese Shift_JIS base64 order acceptance in JPY with full-width numbering; one delivery '1月20日' without year.",
    [po], eml, "Line 1 accepted (4,850 yen, 12月18日 = 2026-12-18). Line 2: 1月20日 has no year; next such date after the 6 Nov 2026 mail is 2027-01-20 -> changed date.",
    [conf(po, {2: dict(d="2027-01-20")})])

# 014 ------------------------------------------------------------------
sup = ("TCPSK", "Taichung Precision Sockets Co., Ltd.", "sales@tcp-sockets.example", "zh-TW")
po = PO("4500031214", sup, "dana", "USD", "2026-11-05", [
    ("IS-12-SET19", "1/2\" impact socket set 19 pc, CrMo", 100, "SET", "27.30", "2026-12-18"),
    ("IS-34-27D", "3/4\" impact socket 27 mm, deep", 200, "PC", "4.15", "2026-12-18")])
txt = """Dana 您好：

感謝您的訂單 4500031214，茲確認如下：

項次1：IS-12-SET19，100組，單價 USD 27.30，交期 民國115年12月18日
項次2：IS-34-27D，200個，單價調整為 USD 4.45（鉻鉬鋼原料上漲），交期 民國115年12月18日

如有任何問題請隨時與我聯繫。

敬祝 商祺
林美玲 Meiling Lin
台中精密套筒股份有限公司 業務部
TEL: +886-4-2359-1234 ext. 31"""
eml = message(addr("林美玲", "meiling@tcp-sockets.example", "big5"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-07 10:15", "+0800"), "<003601db30b1$a1b2c3d4$e5f60718$@tcp-sockets.example>",
              multi("alternative", [text(txt, cs="big5", cte="base64"),
                                    text(html_doc("<div>" + txt.replace("\n", "<br>") + "</div>").replace("utf-8", "big5"), "html", cs="big5", cte="base64")],
                    "----=_NextPart_000_0037_01DB30B1.A1B2C3D4"), reply_to=po["request_message_id"], subj_cs="big5")
add("roc-year-price-up", "confirmation", "zh-TW",
    "Traditional Chinese Big5 multipart; dates in Minguo (ROC) calendar '民國115年'; one unit price raised.",
    [po], eml, "ROC year 115 = 2026, so both dates are 2026-12-18 as requested. Line 1 accepted; line 2 price 4.45 instead of 4.15 -> changed.",
    [conf(po, {2: dict(p="4.45")})])

# 015 ------------------------------------------------------------------
sup = ("FSCGJ", "Foshan Cigong Tools Co., Ltd.", "sales@fs-cigong.example", "zh-CN")
po = PO("4500031215", sup, "dana", "USD", "2026-11-05", [
    ("TC-800", "Manual tile cutter 800 mm, laser guide", 25, "EA", "46.00", "2027-01-22"),
    ("TCW-22", "Spare scoring wheel 22 mm", 100, "PC", "1.20", "2027-01-22")])
txt = """Dana 你好，

订单4500031215已收到，谢谢！

有两个问题需要跟您确认：
1. 800mm瓷砖切割机是否需要带激光定位？带激光版单价USD 49.00，不带激光版USD 46.00。
2. 刀轮是10个装一卡还是散装？

您确认后我们会尽快回复交期。

祝好
王丽 Lily Wang
佛山瓷工工具有限公司 外贸部
手机/微信: +86 138 2345 6789"""
eml = message(addr("Lily Wang", "lily@fs-cigong.example"), buyer_addr(po), "回复: " + req_subject(po),
              D("2026-11-09 10:22", "+0800"), "<2026110910221234567@fs-cigong.example>",
              text(txt, cs="gbk", cte="base64"), reply_to=po["request_message_id"], subj_cs="gbk")
add("chinese-questions-first", "needs_review", "zh-CN",
    "Simplified Chinese GBK mail: receipt plus two questions; the PO price appears as one option but nothing is confirmed.",
    [po], eml, "The supplier asks which variant (laser or not) and which packing we want before giving dates. USD 46.00 is quoted as one option, not a commitment -> needs_review.")

# 016 ------------------------------------------------------------------
sup = ("DHFLT", "Daehan Filter Co., Ltd.", "overseas@daehanfilter.example", "ko-KR")
po = PO("4500031216", sup, "tom", "USD", "2026-11-05", [
    ("OF-W712", "Spin-on oil filter M20x1.5, 93 mm", 600, "PC", "3.85", "2026-12-22"),
    ("OF-HU718", "Oil filter element, cartridge 108 mm", 300, "PC", "5.10", "2026-12-22"),
    ("OF-WR-76", "Oil filter cap wrench 76 mm", 20, "PC", "6.40", "2026-12-22")])
txt = """Tom Ashby 님께,

안녕하세요, 대한필터 해외영업팀 김민준입니다.
발주서 4500031216 건 확인하였습니다.

1번, 2번 품목: 수량 및 단가 발주서대로 확정, 납기 2026.12.22
3번 품목(필터 렌치 76mm): 단종되어 공급이 불가합니다. 양해 부탁드립니다.

감사합니다.
김민준 드림
대한필터 주식회사 | T. +82-51-123-4567 | 부산광역시 사상구"""
eml = message(addr("김민준", "mj.kim@daehanfilter.example", "euc-kr"), buyer_addr(po), "RE: " + req_subject(po),
              D("2026-11-10 09:05", "+0900"), "<20261110000512.KMJ.4417@daehanfilter.example>",
              multi("alternative", [text(txt, cs="euc-kr", cte="base64"),
                                    text(html_doc("<p>" + txt.replace("\n", "<br>") + "</p>").replace("utf-8", "euc-kr"), "html", cs="euc-kr", cte="base64")],
                    "=_Part_88211_daehan"), reply_to=po["request_message_id"], subj_cs="euc-kr")
add("korean-discontinued-line", "confirmation", "ko-KR",
    "Korean EUC-KR reply: two lines confirmed with a dotted date, the third discontinued.",
    [po], eml, "Lines 1 and 2 confirmed as ordered (2026.12.22 = requested). Line 3 discontinued, cannot be supplied -> rejected.",
    [conf(po, {3: "R"})])

# 017 ------------------------------------------------------------------
sup = ("INSTR", "OOO InstrumentSnab", "zakaz@instrumentsnab.example", "ru-RU")
po = PO("4500031217", sup, "martin", "EUR", "2026-11-06", [
    ("SNK-08", "Automatic wire stripper 0.2-6 mm2", 120, "EA", "11.40", "2026-12-21"),
    ("SNK-KS", "Cable sheath stripper 8-28 mm", 60, "EA", "7.90", "2026-12-21")])
txt = """Добрый день, Мартин!

Подтверждаем заказ N 4500031217 в полном объёме.
В связи с ростом стоимости логистики на все позиции действует надбавка +4% к цене заказа.
Отгрузка со склада до 18.12.2026, доставка к вам до 25.12.2026.

С уважением,
Ольга Смирнова
менеджер по ВЭД
ООО "ИнструментСнаб"
ИНН 7701234567, тел. +7 (495) 123-45-67 доб. 214"""
eml = message(addr("Ольга Смирнова", "o.smirnova@instrumentsnab.example", "koi8-r"), buyer_addr(po),
              "RE: " + req_subject(po), D("2026-11-09 12:44", "+0300"), "<1731145440.552871@instrumentsnab.example>",
              text(txt, cs="koi8-r", cte="8bit"), reply_to=po["request_message_id"], subj_cs="koi8-r")
add("koi8r-percent-surcharge", "confirmation", "ru-RU",
    "Russian KOI8-R 8bit mail; +4% surcharge on all lines; both a ship date and a later delivery date.",
    [po], eml, "+4% applies to the PO unit prices: 11.40 -> 11.856, 7.90 -> 8.216. Delivery date 25.12.2026 wins over the ship date 18.12.2026. Both lines changed (price, date).",
    [conf(po, {1: dict(p="11.856", d="2026-12-25"), 2: dict(p="8.216", d="2026-12-25")})])

# 018 ------------------------------------------------------------------
sup = ("ZAKHP", "TOV Zakhyst-Profi", "sales@zakhyst-profi.example", "uk-UA")
po = PO("4500031218", sup, "martin", "EUR", "2026-11-06", [
    ("NK-GEL-01", "Knee pads, gel, professional", 150, "PR", "8.60", "2027-01-12"),
    ("NK-FOAM-02", "Knee pads, foam, lightweight", 100, "PR", "4.20", "2027-01-12")])
txt = """Доброго дня, пане Мартіне!

Замовлення № 4500031218 отримали, дякуємо.
Для нових клієнтів ми працюємо лише за умови 100% передоплати. Після надходження коштів на наш рахунок ми підтвердимо кількість і дату відвантаження.
Рахунок-фактуру на суму 1 710,00 EUR надішлемо окремим листом сьогодні.

З повагою,
Тетяна Коваленко
ТОВ «Захист-Профі», м. Львів
+380 32 123 45 67"""
eml = message(addr("Тетяна Коваленко", "t.kovalenko@zakhyst-profi.example"), buyer_addr(po),
              "Re: " + req_subject(po), D("2026-11-10 15:20", "+0200"), "<c41a7be0-11f3-4d8e-b1f2-7e0c95a0@zakhyst-profi.example>",
              text(txt, cte="base64"), reply_to=po["request_message_id"])
add("prepayment-before-confirm", "needs_review", "uk-UA",
    "Ukrainian reply that will confirm only after 100% prepayment; the invoice total equals the PO value but no line is committed.",
    [po], eml, "Confirmation of quantities and dates is explicitly postponed until prepayment arrives; nothing is committed yet -> needs_review. (1 710,00 EUR = 150x8.60 + 100x4.20 is just the invoice amount.)")
