# -*- coding: utf-8 -*-
from .common import *

# 001 ------------------------------------------------------------------
S = ("KLEBTEC", "Klebtechnik Haider GmbH", "verkauf@klebtec-haider.example", "de-AT")
po = PO("4500021301", S, [("KT-5030-50", "Doppelseitiges Klebeband 50 mm x 25 m", 120, "ROL", "6.85", "2026-12-18"),
                          ("KT-2210-19", "Gewebeband silber 19 mm x 50 m", 60, "ROL", "4.20", "2026-12-14")],
        issued="2026-11-04")
body = ("Hallo Frau Kovač,\n\npasst so, beide Positionen lieferbar KW 51.\n\nLG aus Wels\nStefan Haider\n\n"
        "Klebtechnik Haider GmbH | Vogelweiderstraße 44 | 4600 Wels\nTel. +43 7242 45 12 0 | Fax DW 19\n"
        "FN 231456 t | LG Wels | UID ATU 57123456"
        + quote(po, "outlook", labels=("Von", "Gesendet", "An", "Betreff"), sent="Mittwoch, 4. November 2026 09:14"))
case(1, "kw51-terse-at", "confirmation", "de-AT",
     "Terse Austrian top-post 'passt so ... KW 51' over a German Outlook quote; KW 51 moves line 2 (requested 14.12.) to Friday 18.12.",
     [po], reply(1, po, ("Stefan Haider", "s.haider@klebtec-haider.example"), "Tue, 10 Nov 2026 14:22:05 +0100", T(body)),
     {po.number: {1: A, 2: ch(60, "4.20", "2026-12-18")}},
     "'passt so' confirms quantities and prices; 'KW 51' without a day = Friday 2026-12-18 for both lines. Line 1 was requested for 18.12. (accepted), line 2 for 14.12. (changed date only).")

# 002 ------------------------------------------------------------------
S = ("PORCAFIX", "Porcafix Fixadores Ltda.", "vendas@porcafix.example", "pt-BR")
po = PO("4500021317", S, [("PRF-M6-AC", "Porca rebite M6 aço zincado, cabeça plana", 5000, "PC", "0.42", "2027-01-08"),
                          ("PRF-M8-AC", "Porca rebite M8 aço zincado, cabeça plana", 3000, "PC", "0.61", "2027-01-08")],
        issued="2026-11-05", cur="BRL")
body = ("Bom dia Mara, tudo bem?\n\nSegue confirmação do pedido 4500021317:\n\n"
        "- Porca rebite M6: 5.000 pçs — tivemos reajuste do aço, o preço passa para R$ 45,00 o cento\n"
        "- Porca rebite M8: 3.000 pçs — mantido R$ 0,61/pç\n\n"
        "Previsão de entrega para os dois itens: 08/01/2027. Frete CIF.\n\n"
        "Atenciosamente,\n\nJuliana Ferreira\nDepto. Comercial\nPorcafix Fixadores Ltda.\n(11) 4412-8890 | (11) 98877-1020\n"
        "CNPJ 12.345.678/0001-90"
        + quote(po, "gmail", labels="Em qua., 4 de nov. de 2026 às 09:14, Mara Kovač <mara.kovac@halden-mro.example> escreveu:"))
case(2, "preco-por-cento-br", "confirmation", "pt-BR",
     "Brazilian reply restates the M6 price 'R$ 45,00 o cento' (per hundred) = 0.45/pc against 0.42 ordered; dates dd/mm/yyyy.",
     [po], reply(2, po, ("Juliana Ferreira", "juliana.ferreira@porcafix.example"), "Mon, 09 Nov 2026 11:05:40 -0300", ALT(body)),
     {po.number: {1: ch(5000, "0.45", "2027-01-08"), 2: A}},
     "R$ 45,00 per hundred pieces = 0.45 per PC, a price increase on line 1; line 2 unchanged. 08/01/2027 is 8 January (day-first), equal to the requested date.")

# 003 ------------------------------------------------------------------
S = ("SAFETHAI", "Safety Thai Supply Co., Ltd.", "sales@safethai-supply.example", "th-TH")
po = PO("4500021325", S, [("SG-CLR-AF", "Safety glasses clear, anti-fog", 240, "EA", "68.00", "2026-12-15"),
                          ("SG-SMK-AS", "Safety glasses smoke, anti-scratch", 150, "EA", "74.50", "2026-12-15")],
        issued="2026-11-04", cur="THB")
body = ("เรียน คุณมารา\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500021325 ทางบริษัทฯ ขอยืนยันรายการดังนี้\n\n"
        "1. SG-CLR-AF แว่นตานิรภัยเลนส์ใส กันฝ้า จำนวน 240 ชิ้น ราคา 68.00 บาท/ชิ้น\n"
        "2. SG-SMK-AS แว่นตานิรภัยเลนส์ชา จำนวน 156 ชิ้น (บรรจุกล่องละ 12 ชิ้น จึงปรับเป็น 13 กล่อง) ราคา 74.50 บาท/ชิ้น\n\n"
        "กำหนดส่งสินค้าทั้งสองรายการ: 15 ธ.ค. 2569\n\nจึงเรียนมาเพื่อทราบ\n\nขอแสดงความนับถือ\nสมชาย วงศ์ใหญ่\n"
        "ฝ่ายขาย บริษัท เซฟตี้ไทย ซัพพลาย จำกัด\nโทร. 02-123-4567 ต่อ 112\nเลขประจำตัวผู้เสียภาษี 0105551234567"
        + quote(po, ">").replace("Kovač", "Kovac"))
case(3, "buddhist-era-thai", "confirmation", "th-TH",
     "Thai reply in TIS-620/base64; the date is in the Buddhist era (15 ธ.ค. 2569 = 2026-12-15) and line 2 is rounded up to full boxes of 12.",
     [po], reply(3, po, ("Somchai Wongyai", "somchai.w@safethai-supply.example"), "Wed, 11 Nov 2026 10:40:12 +0700",
                 T(body, "tis-620", "base64"), subj="ตอบกลับ: " + req_subject(po), charset="utf-8"),
     {po.number: {1: A, 2: ch(156, "74.50", "2026-12-15")}},
     "2569 B.E. - 543 = 2026, so both lines deliver 2026-12-15 as requested. Line 2 is confirmed as 156 pcs (13 boxes of 12) instead of 150.")

# 004 ------------------------------------------------------------------
S = ("MSHUPA", "Mshupa Lifting & Rigging Ltd", "sales@mshupa-lifting.example", "sw-KE")
po = PO("4500021340", S, [("CH-MAN-0.5T", "Manual chain hoist 0.5 t, 3 m lift", 6, "EA", "14500.00", "2026-12-11"),
                          ("CH-MAN-1T", "Manual chain hoist 1 t, 3 m lift", 4, "EA", "18900.00", "2026-12-11")],
        issued="2026-11-06", cur="KES")
body = ("Habari Mara,\n\nTumepokea LPO yako namba 4500021340, asante sana.\n\n"
        "Line 1 (0.5T) - tunathibitisha vipande 6 @ KES 14,500, delivery tarehe 11/12/2026 kama ulivyoomba.\n"
        "Line 2 (1T) - stock imeisha kwa sasa, mzigo mpya unaingia Mombasa mwezi ujao. Tunaweza ku-deliver "
        "vipande vyote 4 tarehe 20/01/2027, bei ni ile ile.\n\nAsante,\nWanjiru Kamau\nSales Desk | +254 722 418 903\n\n"
        "Sent from my Samsung Galaxy smartphone.")
case(4, "swahili-backorder-line2", "confirmation", "sw-KE",
     "Swahili/English phone reply: line 1 as ordered, line 2 out of stock with a new date 20/01/2027 at the same price.",
     [po], reply(4, po, ("Wanjiru Kamau", "wanjiru@mshupa-lifting.example"), "Thu, 12 Nov 2026 08:47:31 +0300", T(body, cte="8bit")),
     {po.number: {1: A, 2: ch(4, "18900.00", "2027-01-20")}},
     "Line 1 confirmed as ordered; line 2 confirmed in full at the same price but for 20 January 2027 (day-first).")

# 005 ------------------------------------------------------------------
S = ("VELDRA", "Veldra Welding Consumables Pvt. Ltd.", "sales@veldra-weld.example", "hi-IN")
po = PO("4500021356", S, [("E6013-3.15", "Welding electrode E6013, 3.15 mm", 48, "KG", "310.00", "2026-12-12"),
                          ("E7018-4.0", "Welding electrode E7018, 4.0 mm, low hydrogen", 100, "KG", "385.00", "2026-12-12")],
        issued="2026-11-05", cur="INR", buyer="rp")
body = ("आदरणीय रवि जी,\n\nआपका पर्चेज़ ऑर्डर क्रमांक 4500021356 प्राप्त हुआ, धन्यवाद।\n\nपुष्टि इस प्रकार है:\n"
        "१) E6013 3.15 mm – यह 5 किलो के पैकेट में ही आता है, इसलिए मात्रा 50 किलो कर दी गई है। दर ₹310.00 प्रति किलो।\n"
        "२) E7018 4.0 mm – 100 किलो, दर ₹385.00 प्रति किलो।\n\n"
        "दोनों आइटम की डिलीवरी 10-12-2026 तक हो जाएगी।\n\nकुल राशि: ₹54,000.00 + GST 18% = ₹63,720.00\n\n"
        "सधन्यवाद,\nअमित शर्मा\nबिक्री विभाग, वेल्ड्रा वेल्डिंग कंज़्यूमेबल्स प्रा. लि.\nमो. 98765 43210 | GSTIN 27AABCV1234F1Z5"
        + quote(po, "outlook2"))
case(5, "hindi-pack-rounding", "confirmation", "hi-IN",
     "Hindi reply with Devanagari numerals for item numbers: 48 kg rounded to 50 kg (5 kg packets), delivery 10-12-2026 earlier than requested, GST totals in the text.",
     [po], reply(5, po, ("Amit Sharma", "amit.sharma@veldra-weld.example"), "Tue, 10 Nov 2026 16:12:09 +0530", T(body, cte="base64")),
     {po.number: {1: ch(50, "310.00", "2026-12-10"), 2: ch(100, "385.00", "2026-12-10")}},
     "Line 1 quantity becomes 50 kg; both lines deliver 10 Dec 2026 (dd-mm-yyyy), two days before the requested 12 Dec, so both are changed. Totals incl. GST are not unit prices.")

# 006 ------------------------------------------------------------------
S = ("SLONGUR", "Slöngur og Rúllur ehf.", "sala@slongur.example", "is-IS")
po = PO("4500021362", S, [("HR-15-20", "Hose reel, auto-rewind, 1/2\" x 20 m", 8, "EA", "28900.00", "2026-12-18"),
                          ("HR-34-15", "Hose reel, auto-rewind, 3/4\" x 15 m", 4, "EA", "34500.00", "2026-12-18")],
        issued="2026-11-09", cur="ISK")
body = ("Sæl Mara,\n\ntakk fyrir pöntunina. Við eigum 1/2\" keflin á lager en þurfum að athuga með 3/4\" keflin hjá "
        "birgjanum okkar í Danmörku. Ég sendi þér staðfestingu á báðum línum á mánudaginn.\n\nKveðja,\n"
        "Guðrún Sigurðardóttir\nSölufulltrúi | Sími 555 1234\nSlöngur og Rúllur ehf. | Kt. 540298-1234 | Smiðjuvegi 11, 200 Kópavogi"
        + quote(po, "outlook"))
case(6, "icelandic-confirm-monday", "needs_review", "is-IS",
     "Icelandic (ISO-8859-1) reply says line 1 is in stock but promises the confirmation of both lines on Monday: nothing is committed yet.",
     [po], reply(6, po, ("Guðrún Sigurðardóttir", "gudrun@slongur.example"), "Thu, 12 Nov 2026 15:31:44 +0000",
                 T(body, "iso-8859-1"), charset="iso-8859-1"),
     None,
     "Stock availability is stated but the supplier explicitly defers the confirmation of both lines to Monday; no quantity/price/date commitment -> needs_review.")

# 007 ------------------------------------------------------------------
S = ("TQPRO", "TorquePro Tools Inc.", "orders@torquepro-tools.example", "en-US")
po = PO("4500021378", S, [("TW-38-2080", "Click torque wrench 3/8\" dr, 20-80 ft-lb", 10, "EA", "89.00", "2026-12-11"),
                          ("TW-12-50250", "Click torque wrench 1/2\" dr, 50-250 ft-lb", 6, "EA", "142.00", "2026-12-11"),
                          ("TW-14-40200", "Click torque wrench 1/4\" dr, 40-200 in-lb", 4, "EA", "76.50", "2026-12-11")],
        issued="2026-11-06", cur="USD", buyer="tj")
body = ("Tom - all 3 lines confirmed at PO pricing. Ships 12/07 from Tulsa, delivers 12/10.\n\nBrandon\n\nSent from my iPhone"
        + quote(po, "gmail", labels="On Nov 6, 2026, at 3:14 AM, Tom Jansen <tom.jansen@halden-mro.example> wrote:"))
case(7, "iphone-ship-and-deliver-us", "confirmation", "en-US",
     "One-line iPhone reply with month-first dates without year giving both a ship date (12/07) and a delivery date (12/10); the delivery date wins.",
     [po], reply(7, po, ("Brandon Kessler", "bkessler@torquepro-tools.example"), "Mon, 09 Nov 2026 07:58:13 -0600", T(body, "us-ascii", "7bit"), mstyle=1),
     {po.number: {n: ch(q, p, "2026-12-10") for n, q, p in [(1, 10, "89.00"), (2, 6, "142.00"), (3, 4, "76.50")]}},
     "en-US: 12/10 = December 10, next such date after the mail = 2026-12-10. Delivery date wins over ship date 12/07. One day before the requested 12/11, so all three lines are changed (date only).")

# 008 ------------------------------------------------------------------
S = ("SOCKITUK", "Sockit Industrial Supplies Ltd", "sales@sockit-industrial.example", "en-GB")
po = PO("4500021384", S, [("IS-12-17", "Impact socket 1/2\" dr 17 mm, 6pt", 40, "EA", "4.85", "2026-12-04"),
                          ("IS-12-19", "Impact socket 1/2\" dr 19 mm, 6pt", 40, "EA", "5.10", "2026-12-04"),
                          ("IS-34-32", "Impact socket 3/4\" dr 32 mm, deep", 12, "EA", "14.60", "2026-12-04"),
                          ("IS-SET-1210", "Impact socket set 1/2\" dr, 10 pc", 30, "SET", "48.00", "2026-12-04")],
        issued="2026-11-05", cur="GBP", buyer="tj")
rq = request_text(po, "Hello,").split("\n")
notes_inline = {"1   IS-12-17": "OK", "2   IS-12-19": "OK - PRICE NOW 5.35 EACH (KOBRA INCREASE FROM 1ST NOV)",
                "3   IS-34-32": "DISCONTINUED BY KOBRA, NO REPLACEMENT - SORRY",
                "4   IS-SET-1210": "CAN ONLY DO 25 SETS - LAST OF THE STOCK, SHIPS WITH THE REST"}
out = []
skip = False
for i, ln in enumerate(rq):
    if skip:
        skip = False
        continue
    out.append("> " + ln if ln else ">")
    for k, v in notes_inline.items():
        if ln.startswith(k):
            out += ["> " + rq[i + 1], "", v, ""]
            skip = True
body = ("Hi Tom,\n\nAnswers inline below in capitals. Everything that's going is delivering 4th Dec as you asked.\n\n"
        "Cheers\nGemma\n\nGemma Wright | Sales Office | Sockit Industrial Supplies Ltd\n0121 496 0872 | VAT GB 123 4567 89\n\n"
        "On 05/11/2026 09:14, Tom Jansen wrote:\n" + "\n".join(out) + "\n")
case(8, "inline-capitals-gb", "confirmation", "en-GB",
     "Answers typed in capitals between the '>'-quoted PO rows: one OK, one price increase, one discontinued line, one quantity cut to last stock.",
     [po], reply(8, po, ("Gemma Wright", "gemma.wright@sockit-industrial.example"), "Tue, 10 Nov 2026 12:03:27 +0000", T(body)),
     {po.number: {1: A, 2: ch(40, "5.35", "2026-12-04"), 3: R, 4: ch(25, "48.00", "2026-12-04")}},
     "Inline answers: line 1 OK; line 2 price 5.35; line 3 discontinued without replacement -> rejected; line 4 only 25 sets. The top says everything that ships delivers 4 Dec as requested.")

# 009 ------------------------------------------------------------------
S = ("HEBEX", "Hebex Werkstatttechnik GmbH", "auftrag@hebex.example", "de-DE")
po = PO("4500021390", S, [("UB-3T-PAAR", "Unterstellbock 3 t, Hubhöhe 285-420 mm (Paar)", 12, "PR", "89.90", "2027-01-15"),
                          ("UB-6T-PAAR", "Unterstellbock 6 t, Hubhöhe 385-600 mm (Paar)", 8, "PR", "129.00", "2027-01-15")],
        issued="2026-11-04")
pdf = make_pdf(["HEBEX Werkstatttechnik GmbH  -  Industriestraße 7  -  33719 Bielefeld", "",
                "AUFTRAGSBESTÄTIGUNG  Nr. 2611-40871", "Datum: 11.11.2026      Kunden-Nr.: 100482",
                "Ihre Bestellung: 4500021390 vom 04.11.2026   Ihr Zeichen: Frau Kovač", "",
                "Pos  Artikel        Menge  ME   Preis/ME    Gesamt EUR   Liefertermin",
                "10   UB-3T-PAAR        12  PR      89,90      1.078,80   KW 02/2027",
                "     Unterstellbock 3 t (Paar)",
                "20   UB-6T-PAAR         8  PR     134,50      1.076,00   KW 02/2027",
                "     Unterstellbock 6 t (Paar)  -  Preis lt. Preisliste 01/2027", "",
                "Nettowert                                   2.154,80", "zzgl. 19 % MwSt.                              409,41",
                "Gesamtbetrag                                2.564,21", "",
                "Lieferbedingung: DAP Linz   Zahlungsbedingung: 30 Tage netto",
                "Es gelten unsere Allgemeinen Verkaufsbedingungen."])
body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung Nr. 2611-40871.\n\n"
        "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n\n"
        "--\nHebex Werkstatttechnik GmbH · Industriestraße 7 · 33719 Bielefeld\n"
        "Amtsgericht Bielefeld HRB 40112 · Geschäftsführer: K. Brandt · USt-IdNr. DE 812 334 556\n")
case(9, "erp-ab-pdf-kw02", "confirmation", "de-DE",
     "No-reply ERP mail whose only content is a PDF Auftragsbestätigung (text layer): item positions 10/20, KW 02/2027, a price change on Pos. 20.",
     [po], reply(9, po, ("Hebex Auftragsabwicklung", "noreply@hebex.example"), "Wed, 11 Nov 2026 06:02:11 +0100",
                 MIX(T(body), ATT(pdf, "AB_2611-40871.pdf", "application/pdf")),
                 subj="Auftragsbestätigung 2611-40871 zu Ihrer Bestellung 4500021390", thread=False, mstyle=3),
     {po.number: {1: A, 2: ch(8, "134.50", "2027-01-15")}},
     "An ERP order confirmation is a confirmation. Pos 10/20 map to PO lines 1/2 by item. KW 02/2027 = Friday 2027-01-15 = requested. Pos 20 price 134,50 instead of 129.00.")

# 010 ------------------------------------------------------------------
S = ("LEFEVRE", "Rouleaux & Pinceaux Lefèvre SARL", "commandes@lefevre-peinture.example", "fr-FR")
poA = PO("4500021402", S, [("RL-180-MF", "Rouleau microfibre 180 mm, poils 12 mm", 100, "PC", "3.95", "2026-12-09"),
                           ("RL-110-MS", "Rouleau mousse laqueur 110 mm", 200, "PC", "1.40", "2026-12-09"),
                           ("MN-180", "Monture rouleau 180 mm", 50, "PC", "2.75", "2026-12-09")], issued="2026-11-03")
poB = PO("4500021415", S, [("RL-250-PL", "Rouleau polyamide façade 250 mm", 60, "PC", "6.20", "2026-12-16"),
                           ("BAC-250", "Bac à peinture 250 mm", 40, "PC", "2.10", "2026-12-16")], issued="2026-11-05")
poC = PO("4500021433", S, [("PER-EXT-24", "Perche télescopique 1,2-2,4 m", 20, "PC", "11.90", "2027-01-08")], issued="2026-11-06")
body = ("Bonjour Madame Kovač,\n\nJe vous confirme nos deux commandes en cours :\n\n"
        "Commande 4500021402 : les 3 lignes sont confirmées telles quelles, livraison le 9 décembre.\n\n"
        "Commande 4500021415 :\n- rouleaux façade 250 mm : OK, 60 pièces à 6,20 € HT, livraison le 16/12\n"
        "- bacs à peinture 250 mm : 40 pièces à 2,10 € HT, livrables seulement en semaine 1 (nous sommes fermés du 21/12 au 3/01)\n\n"
        "Bien cordialement,\n\nSylvie Lefèvre\nService commercial\nTél. 03 20 45 67 89\n"
        + quote(poB, ">", text=request_text(poB)).replace("\n\n", "\n", 1).replace("\n", "\nLe 05/11/2026 à 09:14, Mara Kovač a écrit :\n", 1))
case(10, "two-pos-one-mail-fr", "confirmation", "fr-FR",
     "Reply to PO B's thread answers two POs at once (A fully, B with 'semaine 1'); a third open PO of the same supplier is not mentioned.",
     [poA, poB, poC], reply(10, poB, ("Sylvie Lefèvre", "s.lefevre@lefevre-peinture.example"), "Fri, 13 Nov 2026 17:45:03 +0100", ALT(body)),
     {poA.number: {1: A, 2: A, 3: A}, poB.number: {1: A, 2: ch(40, "2.10", "2027-01-08")}},
     "PO 4500021402 confirmed as is (9 Dec = requested). PO 4500021415 line 1 as ordered, line 2 in 'semaine 1' = Friday 2027-01-08 (ISO week 1 of 2027). PO 4500021433 is not mentioned -> left out.")

# 011 ------------------------------------------------------------------
S = ("ZEMNIC", "Zemnič s.r.o.", "obchod@zemnic.example", "cs-CZ")
po = PO("4500021421", S, [("ZT-1500-FE", "Zemnicí tyč 1,5 m, žárově zinkovaná", 100, "PC", "124.50", "2026-12-11"),
                          ("SPK-ZT", "Svorka k zemnicí tyči", 100, "PC", "18.90", "2026-12-11")],
        issued="2026-11-05", cur="CZK")
body = ("Dobrý den, paní Kovač,\n\npotvrzujeme objednávku č. 4500021421:\n\n"
        "pol. 1 – zemnicí tyče 1,5 m: skladem máme 60 ks, ty odešleme tak, aby byly u Vás 4.12.2026. "
        "Zbývajících 40 ks dodáme v týdnu 2/2027. Cena 124,50 Kč/ks beze změny.\n"
        "pol. 2 – svorky 100 ks po 18,90 Kč, dodání 4.12.2026 spolu s první dodávkou.\n\n"
        "S pozdravem\n\nPetr Novák\nobchodní oddělení\nZemnič s.r.o., Vídeňská 88, 639 00 Brno\nIČO 27145698, DIČ CZ27145698\n"
        "tel. +420 545 213 870" + quote(po, "outlook", labels=("Od", "Odesláno", "Komu", "Předmět"), sent="středa 4. listopadu 2026 9:14"))
case(11, "split-week2-cz", "confirmation", "cs-CZ",
     "Czech (windows-1250 QP) split delivery: 60 pcs on 4.12.2026 and the rest 'v týdnu 2/2027'; line 2 travels with the first shipment.",
     [po], reply(11, po, ("Petr Novák", "novak@zemnic.example"), "Wed, 11 Nov 2026 09:20:55 +0100", T(body, "windows-1250"), charset="windows-1250"),
     {po.number: {1: ch(100, "124.50", "2027-01-15", [(60, "2026-12-04"), (40, "2027-01-15")]), 2: ch(100, "18.90", "2026-12-04")}},
     "Line 1: 60 pcs 2026-12-04 + 40 pcs in ISO week 2/2027 (Friday 2027-01-15); price unchanged. Line 2: full quantity on 2026-12-04, earlier than requested 11.12.")

# 012 ------------------------------------------------------------------
S = ("NIHONFUSE", "Nihon Fuse Shoji Co., Ltd.", "eigyo@nihon-fuse.example", "ja-JP")
po = PO("4500021437", S, [("FH-10X38-1P", "Fuse holder 10x38, 1-pole, DIN rail", 60, "PC", "1250", "2026-12-18"),
                          ("FH-14X51-3P", "Fuse holder 14x51, 3-pole, DIN rail", 20, "PC", "4800", "2026-12-18")],
        issued="2026-11-04", cur="JPY")
body = ("ハルデンMRO株式会社\n購買部 マラ・コヴァチ様\n\nいつも大変お世話になっております。\n日本ヒューズ商事の佐藤でございます。\n\n"
        "ご注文番号4500021437につきまして、下記の通りお請けいたします。\n\n"
        "1. FH-10X38-1P　ヒューズホルダー 10x38 1極\n　数量：100個（最小発注数量が100個のため、数量を変更させていただきました）\n"
        "　単価：@1,250円\n　納期：12月18日（金）\n\n"
        "2. FH-14X51-3P　ヒューズホルダー 14x51 3極\n　数量：20個\n　単価：@4,800円\n　納期：12月18日（金）\n\n"
        "何卒よろしくお願い申し上げます。\n\n━━━━━━━━━━━━━━━━━━\n株式会社日本ヒューズ商事\n営業部　佐藤 健一\n"
        "〒101-0021 東京都千代田区外神田3-12-8\nTEL: 03-5432-1098　FAX: 03-5432-1099\n━━━━━━━━━━━━━━━━━━"
        + quote(po, ">").replace("Kovač", "Kovac"))
case(12, "shiftjis-moq-no-year", "confirmation", "ja-JP",
     "Japanese Shift_JIS/base64 reply: MOQ raises line 1 from 60 to 100 pcs; dates are '12月18日（金）' without a year; prices '@1,250円'.",
     [po], reply(12, po, ("佐藤 健一", "k.sato@nihon-fuse.example"), "Tue, 10 Nov 2026 13:30:00 +0900",
                 T(body, "shift_jis", "base64"), subj="Re: " + req_subject(po) + " 【ご注文請書】", charset="iso-2022-jp"),
     {po.number: {1: ch(100, "1250", "2026-12-18"), 2: A}},
     "12月18日 without year = next 18 Dec after the mail = 2026-12-18 (a Friday, matching 金). Line 1 quantity 100 (MOQ), price unchanged; line 2 as ordered.")

# 013 ------------------------------------------------------------------
S = ("TAIGLUE", "Taiglue Industrial Co., Ltd.", "sales@taiglue.example", "zh-TW")
po = PO("4500021443", S, [("GS-11-100", "Hot melt glue stick 11 mm x 100 mm, clear (1 kg bag)", 50, "KG", "320.00", "2027-01-08"),
                          ("GS-7-100", "Hot melt glue stick 7 mm x 100 mm, box of 25", 80, "BOX", "85.00", "2027-01-08"),
                          ("GS-STICK-40", "Office glue stick 40 g", 200, "PC", "18.00", "2027-01-08")],
        issued="2026-11-06", cur="TWD")
body = ("Mara 您好：\n\n感謝您的訂單（訂單號碼 4500021443），回覆如下：\n\n"
        "1. GS-11-100 熱熔膠條 11mm，50 公斤，單價 NT$320，交期 2027/1/8\n"
        "2. GS-7-100 熱熔膠條 7mm，80 盒，因原料上漲，單價調整為 NT$88.5／盒，交期 2027/1/8\n"
        "3. GS-STICK-40 口紅膠 40g，200 支，單價 NT$18，交期 2027/1/8\n\n"
        "以上，如有問題請隨時與我聯繫。\n\n陳雅婷 Tina Chen\n台膠實業股份有限公司 業務部\nTel: +886-2-2698-1234 分機 215\n"
        "Fax: +886-2-2698-1235")
case(13, "big5-price-up", "confirmation", "zh-TW",
     "Traditional-Chinese Big5 (base64) reply; line 2 price raised to NT$88.5 per box, dates written 2027/1/8.",
     [po], reply(13, po, ("陳雅婷 Tina Chen", "tina.chen@taiglue.example"), "Thu, 12 Nov 2026 10:05:21 +0800",
                 T(body, "big5", "base64"), subj="回覆: " + req_subject(po), charset="big5"),
     {po.number: {1: A, 2: ch(80, "88.50", "2027-01-08"), 3: A}},
     "Lines 1 and 3 as ordered. Line 2 price 88.5 per box instead of 85.00; quantity and date 2027-01-08 unchanged.")

# 014 ------------------------------------------------------------------
S = ("STROPTEH", "OOO StropTekhSnab", "sales@stroptehsnab.example", "ru-RU")
po = PO("4500021459", S, [("STP-2T-3M", "Round sling 2 t, 3 m", 30, "PC", "890.00", "2026-12-15"),
                          ("STP-5T-4M", "Round sling 5 t, 4 m", 10, "PC", "2450.00", "2026-12-15")],
        issued="2026-11-09", cur="RUB")
body = ("Здравствуйте, Мара!\n\nЗаказ получили, спасибо. Стропы есть в наличии, цены и количество - согласно заказу.\n"
        "Работаем только по 100% предоплате: счет на оплату вышлем отдельным письмом сегодня.\n"
        "Отгрузка - в течение 5 рабочих дней после поступления оплаты на наш расчетный счет.\n\n"
        "Подтверждение заказа с датой поставки вышлем после оплаты.\n\n"
        "С уважением,\nЕлена Смирнова\nменеджер отдела продаж\nООО \"СтропТехСнаб\"\nтел. +7 (495) 123-45-67, доб. 204\n"
        "ИНН 7701234567 / КПП 770101001")
case(14, "koi8r-prepayment-first", "needs_review", "ru-RU",
     "Russian KOI8-R 8bit mail: stock and prices 'per order' but shipment depends on 100% prepayment and the confirmation with a date is promised after payment.",
     [po], reply(14, po, ("Елена Смирнова", "smirnova@stroptehsnab.example"), "Wed, 11 Nov 2026 12:40:18 +0300",
                 T(body, "koi8-r", "8bit"), subj="Re: " + req_subject(po), charset="koi8-r"),
     None,
     "The supplier says the order confirmation will be sent after prepayment; no delivery date exists until the buyer pays. A human must act -> needs_review, not a confirmation.")

# 015 ------------------------------------------------------------------
S = ("OLEJPOL", "Olejpol Sp. z o.o.", "zamowienia@olejpol.example", "pl-PL")
po = PO("4500021466", S, [("OK-500-MET", "Oliwiarka metalowa 500 ml, elastyczny dziobek", 24, "PC", "21.90", "2026-12-10"),
                          ("OK-300-PCV", "Oliwiarka plastikowa 300 ml", 36, "PC", "9.40", "2026-12-10")],
        issued="2026-11-10", cur="PLN")
body = ("Dzień dobry,\n\ndziękuję za wiadomość. Do 23.11.2026 przebywam na urlopie bez dostępu do poczty. "
        "W sprawach pilnych, w tym potwierdzeń zamówień, proszę kontaktować się z p. Tomaszem Lisem: "
        "tomasz.lis@olejpol.example, tel. +48 61 812 45 70.\n\n"
        "Hello, I am on leave until 23 November 2026 with no access to e-mail. For urgent matters including order "
        "confirmations please contact Mr Tomasz Lis (tomasz.lis@olejpol.example, +48 61 812 45 70).\n\n"
        "Pozdrawiam / Best regards\nAnna Wójcik\nOlejpol Sp. z o.o.")
case(15, "urlop-autoreply-pl", "auto_reply", "pl-PL",
     "Polish/English out-of-office with a deputy, dates and phone numbers; threaded with In-Reply-To like a real reply.",
     [po], reply(15, po, ("Anna Wójcik", "anna.wojcik@olejpol.example"), "Tue, 10 Nov 2026 09:14:31 +0100", ALT(body),
                 subj="Automatyczna odpowiedź: " + req_subject(po),
                 extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Thread-Topic: " + req_subject(po)]),
     None, "Out-of-office message (Auto-Submitted: auto-replied); the date 23.11.2026 is the return date, not a delivery date.")

# 016 ------------------------------------------------------------------
S = ("GINOTEX", "Ginotex Protezioni S.r.l.", "ordini@ginotex.example", "it-IT")
po = PO("4500021472", S, [("GN-PRO-GEL", "Ginocchiera professionale con gel", 50, "PR", "12.80", "2026-12-14")],
        issued="2026-11-10")
d = "Tue, 10 Nov 2026 09:15:02 +0100"
txt = ("This is the mail system at host mx1.halden-mro.example.\n\nI'm sorry to have to inform you that your message could not\n"
       "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
       "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
       "                   The mail system\n\n<ordini@ginotex.example>: host mx.ginotex.example[198.51.100.23] said: 550\n"
       "    5.1.1 <ordini@ginotex.example>: Recipient address rejected: User unknown in\n"
       "    virtual mailbox table (in reply to RCPT TO command)\n")
orig = (f"Received: by mx1.halden-mro.example (Postfix, from userid 1001)\n\tid 4Q7bXk0w2Zz9s; {d}\n"
        f"From: Mara Kovač <mara.kovac@halden-mro.example>\nTo: ordini@ginotex.example\n"
        f"Subject: {req_subject(po)}\nDate: Tue, 10 Nov 2026 09:14:58 +0100\nMessage-ID: {po.reqid}\nMIME-Version: 1.0\n")
orig = orig.replace("Mara Kovač", "=?utf-8?q?Mara_Kova=C4=8D?=")
body = Multi("report", [T(txt, "us-ascii", "7bit", "text/plain"),
                        dsn("mx1.halden-mro.example", d, [("ordini@ginotex.example", "failed", "5.1.1",
                            "550 5.1.1 <ordini@ginotex.example>: Recipient address rejected: User unknown in virtual mailbox table")]),
                        rfc822_headers(orig)], params="; report-type=delivery-status")
msg = eml(("Mail Delivery System", "MAILER-DAEMON@mx1.halden-mro.example"), po.buyer, "Undelivered Mail Returned to Sender",
          d, "<20261110081502.9A1F2C0123@mx1.halden-mro.example>", body, extra=["Auto-Submitted: auto-replied"])
case(16, "postfix-user-unknown", "bounce", "it-IT",
     "Postfix multipart/report DSN (550 5.1.1 user unknown) for the request to an Italian supplier; no In-Reply-To, PO only in the returned headers.",
     [po], msg, None, "Delivery status notification from our own MTA: the request never reached the supplier.")

# 017 ------------------------------------------------------------------
S = ("CINTASIB", "Cintas Adhesivas Ibéricas S.L.", "pedidos@cintasib.example", "es-ES")
po = PO("4500021488", S, [("CA-PP-48-66", "Cinta embalaje PP 48 mm x 66 m, marrón", 360, "ROL", "0.98", "2026-12-09"),
                          ("CA-AM-PAP-25", "Cinta de carrocero 25 mm x 45 m", 240, "ROL", "1.15", "2026-12-09")],
        issued="2026-11-05")
txt = ("OFERTAS DE DICIEMBRE - Cintas Adhesivas Ibéricas\n\nHola,\n\nCerramos el año con precios especiales para profesionales:\n\n"
       "* Cinta de embalaje PP 48 mm x 66 m marrón: desde 0,89 €/rollo (caja de 36)\n"
       "* Cinta de carrocero 25 mm x 45 m: 1,05 €/rollo a partir de 10 cajas\n"
       "* Cinta americana plata 50 mm x 50 m: 3,40 €/rollo\n\n"
       "Pedidos recibidos antes del 15/12 se entregan antes de Navidad.\n\nVer catálogo completo: https://www.cintasib.example/ofertas\n\n"
       "Recibe este correo porque es cliente de Cintas Adhesivas Ibéricas S.L. (CIF B12345678).\n"
       "Darse de baja: https://www.cintasib.example/baja?u=8812\n")
html = ("<html><body style=\"font-family:Arial\"><table width=600 align=center><tr><td><h1 style=\"color:#c00\">Ofertas de diciembre</h1>"
        "<p>Cerramos el año con precios especiales para profesionales:</p><table border=0 cellpadding=6>"
        "<tr><td>Cinta de embalaje PP 48 mm x 66 m marrón</td><td><b>desde 0,89 €/rollo</b></td></tr>"
        "<tr><td>Cinta de carrocero 25 mm x 45 m</td><td><b>1,05 €/rollo</b> a partir de 10 cajas</td></tr>"
        "<tr><td>Cinta americana plata 50 mm x 50 m</td><td><b>3,40 €/rollo</b></td></tr></table>"
        "<p>Pedidos recibidos antes del 15/12 se entregan antes de Navidad.</p>"
        "<p><a href=\"https://www.cintasib.example/ofertas\">Ver catálogo completo</a></p>"
        "<p style=\"font-size:10px;color:#888\">Recibe este correo porque es cliente de Cintas Adhesivas Ibéricas S.L. (CIF B12345678). "
        "<a href=\"https://www.cintasib.example/baja?u=8812\">Darse de baja</a></p></td></tr></table></body></html>")
msg = eml(("Cintas Ibéricas", "newsletter@cintasib.example"), ("", "mara.kovac@halden-mro.example"),
          "🎄 Ofertas de diciembre: cinta de embalaje desde 0,89 €/rollo", "Mon, 16 Nov 2026 08:00:00 +0100",
          "<nl-2026-12.8812@news.cintasib.example>", ALT(txt, html),
          extra=["List-Unsubscribe: <https://www.cintasib.example/baja?u=8812>, <mailto:baja@cintasib.example>",
                 "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk", "X-Mailer: Mailrelay v7"])
case(17, "newsletter-same-items-es", "unrelated", "es-ES",
     "Spanish supplier newsletter quoting prices for exactly the tapes on the open PO (and a delivery promise) but it answers nothing.",
     [po], msg, None, "Bulk newsletter (List-Unsubscribe, Precedence: bulk); the prices are offers, not a confirmation of PO 4500021488.")

# 018 ------------------------------------------------------------------
S = ("KNIEPRO", "KniePro Werkkleding B.V.", "verkoop@kniepro.example", "nl-NL")
po = PO("4500021494", S, [("KB-GEL-PRO", "Kniebeschermer gel, professioneel", 60, "PR", "14.95", "2027-01-20"),
                          ("KB-FOAM-ECO", "Kniebeschermer schuim, economy", 100, "PR", "6.40", "2027-01-20"),
                          ("KB-INL-VTS", "Kniestukken inlegbaar voor werkbroek", 40, "PR", "8.75", "2027-01-20")],
        issued="2026-11-06", buyer="tj")
rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td align=right>{c}</td><td align=right>{p}</td><td>week 3</td></tr>"
               for a, b, c, p in [(1, "KB-GEL-PRO", "60 paar", "€ 14,95 p/paar"), (2, "KB-FOAM-ECO", "100 paar", "€ 6,40 p/paar"),
                                  (3, "KB-INL-VTS", "40 paar", "€ 8,75 p/paar")])
html = ("<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
        "<p>Goedemorgen Tom,</p><p>Hierbij bevestigen wij uw order 4500021494 als volgt:</p>"
        "<table border=1 cellpadding=4 style=\"border-collapse:collapse\"><tr><th>Regel</th><th>Artikel</th><th>Aantal</th>"
        f"<th>Prijs</th><th>Levering</th></tr>{rows}</table>"
        "<p>Levering franco uw magazijn.</p><p>Met vriendelijke groet,<br><b>Sanne de Vries</b><br>Binnendienst KniePro Werkkleding B.V.<br>"
        "T 0413 24 56 78 | KvK 17012345</p></div><div><hr><b>Van:</b> Tom Jansen &lt;tom.jansen@halden-mro.example&gt;<br>"
        "<b>Verzonden:</b> vrijdag 6 november 2026 09:14<br><b>Aan:</b> verkoop@kniepro.example<br><b>Onderwerp:</b> "
        + req_subject(po) + "</div><blockquote style=\"margin-left:8px;border-left:2px solid #ccc;padding-left:8px\">"
        + request_html(po) + "</blockquote></body></html>")
case(18, "html-only-week3-nl", "confirmation", "nl-NL",
     "HTML-only Dutch reply (no text part) with a confirmation table saying 'week 3' for every line and our PO table in a blockquote below.",
     [po], reply(18, po, ("Sanne de Vries", "s.devries@kniepro.example"), "Thu, 12 Nov 2026 11:27:40 +0100", T(html, ctype="text/html")),
     {po.number: {1: ch(60, "14.95", "2027-01-22"), 2: ch(100, "6.40", "2027-01-22"), 3: ch(40, "8.75", "2027-01-22")}},
     "Quantities and prices as ordered; 'week 3' (no day) = Friday of ISO week 3 2027 = 2027-01-22, two days after the requested 2027-01-20, so all lines changed. The quoted table below is our own request.")
