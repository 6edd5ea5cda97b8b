from .common import *


@case("kw51-outlook-de-at", "confirmation", "de-AT",
      "Top-posted German reply over an Outlook 'Von:/Gesendet:' quote; 'KW 51' without a day means Friday 18 Dec, later than both requested dates, prices unchanged.")
def c():
    s = sup("SCHLEIF", "Schleiftechnik Brandner GmbH", "verkauf@brandner-schleif.example", "de-AT")
    p = po("4500031107", s, "mk", "EUR", "2026-11-09", [
        ("BS-75-900", "Bandschleifer 75 mm, 900 W", 6, "EA", "189.00", "2026-12-14"),
        ("SB-75-P120", "Schleifband 75x533 K120, 10er Pack", 20, "BOX", "14.90", "2026-12-14")])
    body = ("Sehr geehrte Frau Kovač,\n\nbesten Dank für Ihre Bestellung. Wir bestätigen beide Positionen zu den "
            "angegebenen Preisen, Liefertermin ist leider erst KW 51 (Ware kommt aus unserem Zentrallager Linz).\n\n"
            "Mit freundlichen Grüßen\n\nJohann Pichler\nInnendienst Verkauf\nSchleiftechnik Brandner GmbH\n"
            "Industriestraße 12, 4600 Wels\nTel. +43 7242 44 518-22 | FN 148223 s | UID ATU 5318 2204\n\n"
            + quote_outlook(p, "de"))
    eml = message(reply_headers(p, "Pichler Johann", "j.pichler@brandner-schleif.example",
                                "AW: " + req_subject(p), rfcdate("2026-11-11", "10:41:07", "+0100"),
                                "<a31f7c2e90b84d1b9e@brandner-schleif.example>",
                                extra=[("Thread-Topic", req_subject(p)), ("X-Mailer", "Microsoft Outlook 16.0")]),
                  text(body))
    e = expected("confirmation", "Both lines confirmed at PO price and quantity; 'KW 51' with no day = Friday 2026-12-18, later than the requested 2026-12-14, so both lines are changed (date only).",
                 [conf(p, {1: chg(p, 1, date="2026-12-18"), 2: chg(p, 2, date="2026-12-18")})])
    return [p], eml, e


@case("iphone-oneliner-pt-br", "confirmation", "pt-BR",
      "Two-line phone reply 'Confirmado, entrega dia 15/12' with no year and an iPhone footer; day-first date later than requested.")
def c():
    s = sup("LUVASUL", "Luvasul Descartáveis Ltda", "vendas@luvasul.example", "pt-BR")
    p = po("PO-77120", s, "tj", "USD", "2026-11-12", [
        ("VG-NP-M", "Vinyl gloves powder-free, size M, 100/box", 300, "BOX", "3.85", "2026-12-10")])
    body = "Confirmado, entrega dia 15/12.\nAbs\nRenata\n\nEnviado do meu iPhone\n\n> Em 12 de nov. de 2026, às 08:30, Tom Jessup <tom.jessup@halvard-supply.example> escreveu:\n>\n" + quote_gt(p)
    eml = message(reply_headers(p, "Renata Lopes", "renata@luvasul.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-13", "19:02:44", "-0300"), "<8F1E2C0A-77B1-4B3A-9D2E-55A1C0DE7120@luvasul.example>",
                                extra=[("X-Mailer", "iPhone Mail (22B91)")]),
                  text(body, cte="quoted-printable"))
    e = expected("confirmation", "Single line confirmed; '15/12' is day-first (pt-BR), no year -> next 15 Dec after the mail date = 2026-12-15, later than requested 2026-12-10. Quantity and price implicitly as ordered.",
                 [conf(p, {1: chg(p, 1, date="2026-12-15")})])
    return [p], eml, e


@case("buddhist-era-tis620-th-th", "confirmation", "th-TH",
      "Thai reply in TIS-620 with Buddhist-era dates (2569 = 2026) and a changed price on line 2 written with thousands separators.")
def c():
    s = sup("SIAMVENT", "Siam Ventilation Co., Ltd.", "sales@siamvent.example", "th-TH")
    p = po("4500031290", s, "rp", "THB", "2026-11-10", [
        ("EF-300-W", "Wall exhaust fan 300 mm", 40, "EA", "1450.00", "2026-12-18"),
        ("EF-450-I", "Industrial exhaust fan 450 mm, 3-phase", 8, "EA", "6200.00", "2026-12-18")])
    body = ("เรียน คุณ Rahul\n\nทางบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031290 ดังนี้\n\n"
            "1. EF-300-W พัดลมระบายอากาศ 300 มม. จำนวน 40 ตัว ราคา 1,450.00 บาท/ตัว ส่งของวันที่ 18/12/2569\n"
            "2. EF-450-I พัดลมอุตสาหกรรม 450 มม. จำนวน 8 ตัว ราคาปรับเป็น 6,480.00 บาท/ตัว (ราคาวัตถุดิบทองแดงปรับขึ้น) ส่งของวันที่ 18/12/2569\n\n"
            "หากมีข้อสงสัยกรุณาติดต่อกลับ\n\nขอบคุณครับ\nสมชาย วงศ์ใหญ่\nฝ่ายขาย บริษัท สยามเวนติเลชั่น จำกัด\nโทร 02-318-4470 ต่อ 12\n")
    eml = message(reply_headers(p, "Somchai Wongyai", "somchai@siamvent.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-12", "14:05:10", "+0700"), "<20261112140510.5521@siamvent.example>"),
                  text(body, charset="tis-620", cte="base64"))
    e = expected("confirmation", "Dates are Buddhist era: 18/12/2569 = 2026-12-18 (as requested). Line 1 accepted; line 2 price raised from 6,200.00 to 6,480.00 THB per unit -> changed.",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, unit_price="6480.00")})])
    return [p], eml, e


@case("split-delivery-sw-ke", "confirmation", "sw-KE",
      "Swahili/English mixed reply splitting the extinguisher line into two deliveries because of stock, plus an accepted second line.")
def c():
    s = sup("MOTOSAFE", "Motosafe Fire Equipment Ltd", "orders@motosafe.example", "sw-KE")
    p = po("4500031333", s, "tj", "KES", "2026-11-06", [
        ("FE-ABC-6", "Fire extinguisher dry powder ABC 6 kg", 120, "EA", "4350.00", "2026-12-04"),
        ("FE-CO2-5", "Fire extinguisher CO2 5 kg", 30, "EA", "9800.00", "2026-12-04")])
    body = ("Habari Tom,\n\nAsante kwa order yako PO 4500031333.\n\n"
            "Line 1 (ABC 6kg): tuna stock ya 80 pcs tu kwa sasa. Tutawasilisha 80 tarehe 04/12/2026 kama ulivyoomba, "
            "na 40 zilizobaki tarehe 18/12/2026 baada ya shipment kutoka Mombasa kufika. Bei inabaki KES 4,350.00.\n"
            "Line 2 (CO2 5kg): sawa kabisa, 30 pcs @ KES 9,800.00, delivery 04/12/2026.\n\n"
            "Karibu.\n\nWanjiru Kamau\nSales Coordinator | Motosafe Fire Equipment Ltd\nEnterprise Rd, Industrial Area, Nairobi\n"
            "Tel: +254 20 555 0134 | Mob: +254 722 555 019 | PIN P051234567X\n")
    eml = message(reply_headers(p, "Wanjiru Kamau", "wanjiru.kamau@motosafe.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-09", "11:20:00", "+0300"), "<CAF5kq9wZ3x_motosafe_31333@mail.motosafe.example>"),
                  multi("alternative", [text(body), html("<div>" + body.replace("\n", "<br>\n") + "</div>")], "000000000000b1f0a105e8c1d7a2"))
    e = expected("confirmation", "Line 1 full 120 confirmed but split: 80 on 2026-12-04 and 40 on 2026-12-18 -> changed with schedule, last date 2026-12-18. Line 2 accepted as ordered.",
                 [conf(p, {1: chg(p, 1, schedule=[(80, "2026-12-04"), (40, "2026-12-18")]), 2: acc(p, 2)})])
    return [p], eml, e


@case("gst-question-hi-in", "needs_review", "hi-IN",
      "Hindi/Hinglish reply that quotes a rate but asks whether the PO price includes 18% GST before it will confirm.")
def c():
    s = sup("DHRUVGAUGE", "Dhruv Instruments Pvt. Ltd.", "sales@dhruvinstruments.example", "hi-IN")
    p = po("4500031340", s, "rp", "INR", "2026-11-10", [
        ("PG-100-16B", "Pressure gauge 100 mm dial, 0-16 bar, bottom entry", 50, "EA", "1180.00", "2026-12-21"),
        ("PG-63-10B", "Pressure gauge 63 mm dial, 0-10 bar", 100, "EA", "640.00", "2026-12-21")])
    body = ("नमस्ते राहुल जी,\n\nआपका PO 4500031340 मिल गया, धन्यवाद।\n"
            "एक clarification चाहिए: PO में जो rate ₹1,180 और ₹640 लिखा है, वो GST 18% सहित है या अलग से? "
            "हमारी quotation में rate GST extra था। आप confirm कर दीजिए, उसके बाद हम delivery date के साथ order acknowledgement भेज देंगे।\n\n"
            "धन्यवाद,\nसुरेश अग्रवाल\nDhruv Instruments Pvt. Ltd., Plot 44, GIDC Vatva, Ahmedabad 382445\n"
            "M: +91 98250 12345 | GSTIN 24AABCD1234F1Z5\n\n" + quote_gt(p))
    eml = message(reply_headers(p, "Suresh Agarwal", "suresh@dhruvinstruments.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-11", "12:47:03", "+0530"), "<CAB7x1QeDhruv31340@mail.gmail.example>"),
                  text(body, cte="base64"))
    e = expected("needs_review", "The supplier repeats the PO prices only to ask whether they include 18% GST and explicitly defers the acknowledgement and delivery date until we answer; nothing is committed.")
    return [p], eml, e


@case("discontinued-latin1-is-is", "confirmation", "is-IS",
      "Icelandic ISO-8859-1 quoted-printable reply: one carabiner line confirmed, the other discontinued (rejected) with a successor only mentioned.")
def c():
    s = sup("FJALLBUN", "Fjallabúnaður ehf.", "pantanir@fjallabunadur.example", "is-IS")
    p = po("4500031352", s, "as", "EUR", "2026-11-05", [
        ("KB-STL-HMS", "Carabiner steel HMS screwgate 30 kN", 200, "EA", "7.40", "2026-12-11"),
        ("KB-ALU-OVL", "Carabiner aluminium oval, keylock", 150, "EA", "4.95", "2026-12-11")])
    body = ("Sæl Anika,\n\nTakk fyrir pöntunina.\n\n"
            "Lína 1, KB-STL-HMS: 200 stk. á 7,40 EUR, afhending 11.12.2026 - staðfest.\n"
            "Lína 2, KB-ALU-OVL: því miður er þessi vara hætt í framleiðslu og við getum ekki afgreitt hana. "
            "Arftakinn er KB-ALU-OVL2 (5,60 EUR) ef þið viljið, sendið þá nýja pöntun.\n\n"
            "Kveðja,\nGuðrún Þórsdóttir\nFjallabúnaður ehf. | Kt. 540298-2209 | Sími 555 4102\n")
    eml = message(reply_headers(p, "Guðrún Þórsdóttir", "gudrun@fjallabunadur.example", "SV: " + req_subject(p),
                                rfcdate("2026-11-06", "09:55:40", "+0000"), "<000c01dc4f3e$a8b2e930$fa18bb90$@fjallabunadur.example>",
                                charset="iso-8859-1"),
                  text(body, charset="iso-8859-1"))
    e = expected("confirmation", "Line 1 confirmed exactly as ordered (7,40 = 7.40, 11.12.2026). Line 2 is discontinued and not supplied -> rejected; the successor is only offered for a new order, not substituted.",
                 [conf(p, {1: acc(p, 1), 2: rej()})])
    return [p], eml, e


@case("ooo-en-us", "auto_reply", "en-US",
      "Out-of-office with Auto-Submitted header that mentions a return date in December and a colleague's number; no commitment.")
def c():
    s = sup("KEYSTONEV", "Keystone Valve & Supply Inc.", "orders@keystonevalve.example", "en-US")
    p = po("4500031361", s, "tj", "USD", "2026-11-18", [
        ("GV-2-150", "Gate valve 2\" class 150 flanged, WCB", 12, "EA", "214.00", "2027-01-08")])
    body = ("Thank you for your message. I am out of the office from Thursday 11/19 through Tuesday 12/1 with limited access to e-mail.\n\n"
            "For order confirmations, quotes or expediting please contact Dave Mercer at (412) 555-0187 or orders@keystonevalve.example. "
            "Your message will not be forwarded.\n\nKaren Bolt\nInside Sales, Keystone Valve & Supply Inc.\n")
    eml = message(reply_headers(p, "Karen Bolt", "kbolt@keystonevalve.example", "Automatic reply: " + req_subject(p),
                                rfcdate("2026-11-19", "07:02:11", "-0500"), "<BN8PR11MB3578A1C3@keystonevalve.example>",
                                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
                  text(body))
    e = expected("auto_reply", "Automatic out-of-office ('Automatic reply', Auto-Submitted: auto-replied); the dates 11/19 and 12/1 are the absence, not delivery dates.")
    return [p], eml, e


@case("erp-pdf-ack-en-gb", "confirmation", "en-GB",
      "No-reply ERP mail whose body only says 'see attached'; the PDF order acknowledgement's text layer holds per-line dates, one later.")
def c():
    s = sup("STEPWELL", "Stepwell Access Products Ltd", "sales@stepwell.example", "en-GB")
    p = po("4500031377", s, "mk", "GBP", "2026-11-10", [
        ("SS-2T-ALU", "Step stool 2-tread aluminium, 150 kg", 24, "EA", "32.50", "2026-12-07"),
        ("SS-3T-ALU", "Step stool 3-tread aluminium, 150 kg", 12, "EA", "44.00", "2026-12-07"),
        ("SS-KICK-RD", "Kick stool round, red", 10, "EA", "27.80", "2026-12-07")])
    pdfdata = pdf(["STEPWELL ACCESS PRODUCTS LTD", "Unit 7, Brunel Park, Swindon SN2 8BS   VAT GB 284 1177 32",
                   "", "SALES ORDER ACKNOWLEDGEMENT    SO-118842", "Customer: Halvard Industrial Supply   Your ref: 4500031377",
                   "Date: 12/11/2026", "",
                   "Ln  Product      Description                    Qty  UoM  Price GBP  Despatch    Delivery",
                   "1   SS-2T-ALU    Step stool 2-tread aluminium    24  EA      32.50  03/12/2026  07/12/2026",
                   "2   SS-3T-ALU    Step stool 3-tread aluminium    12  EA      44.00  03/12/2026  07/12/2026",
                   "3   SS-KICK-RD   Kick stool round, red           10  EA      27.80  11/12/2026  14/12/2026",
                   "", "Goods total GBP 1,334.00   Carriage: FOC   VAT 20%: 266.80", "Terms: 30 days EOM. E&OE."])
    body = ("Please find attached our Sales Order Acknowledgement SO-118842 for your order 4500031377.\n\n"
            "This is an automatically generated e-mail. Please do not reply to this address.\n\n"
            "Stepwell Access Products Ltd, registered in England & Wales no. 04418832.\n")
    eml = message(reply_headers(p, "Stepwell Sales", "noreply@stepwell.example", "Sales Order Acknowledgement SO-118842 - Your ref 4500031377",
                                rfcdate("2026-11-12", "02:14:55", "+0000"), "<SO118842.20261112021455@erp.stepwell.example>", reply=False),
                  multi("mixed", [text(body, cte="7bit"), attachment("SO-118842.pdf", "application/pdf", pdfdata)], "----=_Part_4411_118842.1794448495"))
    e = expected("confirmation", "ERP acknowledgement in a PDF is a confirmation. Dates dd/mm (en-GB); delivery date wins over despatch. Lines 1-2 as ordered; line 3 delivery 14/12/2026 instead of 07/12 -> changed.",
                 [conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, date="2026-12-14")})])
    return [p], eml, e


@case("price-per-100-fr-fr", "confirmation", "fr-FR",
      "French reply giving the nozzle-tip price 'le cent' (per 100) and a 'semaine 50' date; must be converted to per-piece.")
def c():
    s = sup("BUSEFR", "Buses & Pulvérisation SARL", "adv@buses-pulve.example", "fr-FR")
    p = po("4500031388", s, "as", "EUR", "2026-11-13", [
        ("NT-1102-SS", "Nozzle tip flat fan 110-02, stainless", 500, "PC", "0.13", "2026-12-11"),
        ("NT-CAP-Y", "Nozzle cap bayonet, yellow", 500, "PC", "0.21", "2026-12-11")])
    body = ("Bonjour Madame Sørensen,\n\nNous accusons réception de votre commande 4500031388 et vous la confirmons comme suit :\n\n"
            "- NT-1102-SS : 500 pièces, prix 12,40 € HT le cent, livraison semaine 50\n"
            "- NT-CAP-Y : 500 pièces, 0,21 € HT pièce, livraison semaine 50\n\n"
            "Cordialement,\n\nCéline Marchand\nAdministration des ventes\nBuses & Pulvérisation SARL – 14 rue des Tanneurs, 69007 Lyon\n"
            "Tél. : 04 72 55 18 40 – SIRET 412 118 554 00027\n\n"
            "De : Anika Sørensen <anika.sorensen@halvard-supply.example>\nEnvoyé : vendredi 13 novembre 2026 08:30\n"
            "À : adv@buses-pulve.example\nObjet : " + req_subject(p) + "\n\n" + request_text(p))
    eml = message(reply_headers(p, "Céline Marchand", "c.marchand@buses-pulve.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-16", "16:22:09", "+0100"), "<PR1P264MB2231C0B1@buses-pulve.example>",
                                charset="iso-8859-15"),
                  text(body, charset="iso-8859-15"))
    e = expected("confirmation", "Line 1: 12,40 EUR per 100 pieces = 0.124 EUR per PC (PO 0.13) -> changed price; 'semaine 50' = Friday 2026-12-11 = requested date. Line 2 accepted.",
                 [conf(p, {1: chg(p, 1, unit_price="0.124"), 2: acc(p, 2)})])
    return [p], eml, e


@case("sjis-nouki-ja-jp", "confirmation", "ja-JP",
      "Japanese Shift_JIS reply with 納期 dates written without year ('12月18日') and full-width figures, one line later.")
def c():
    s = sup("SOKUTEI", "株式会社ソクテイ精機", "eigyo@sokutei-seiki.example", "ja-JP")
    p = po("4500031402", s, "rp", "JPY", "2026-11-11", [
        ("DC-150-IP", "Digital caliper 150 mm IP67", 30, "EA", "8900", "2026-12-18"),
        ("DC-300-ST", "Digital caliper 300 mm standard", 10, "EA", "15400", "2026-12-18")])
    body = ("ハルバード・インダストリアル・サプライ\n購買部　Rahul Pillai 様\n\nいつもお世話になっております。\n株式会社ソクテイ精機の山田でございます。\n\n"
            "ご注文書（No.4500031402）を確かに承りました。下記の通りご回答申し上げます。\n\n"
            "１．DC-150-IP　３０個　単価８，９００円　納期：12月18日\n"
            "２．DC-300-ST　１０個　単価１５，４００円　納期：1月15日（メーカー欠品のため）\n\n"
            "何卒よろしくお願い申し上げます。\n\n――――――――――――――――\n株式会社ソクテイ精機　営業部\n山田 健一\nTEL 06-6543-2101 / FAX 06-6543-2102\n――――――――――――――――\n")
    eml = message(reply_headers(p, "山田 健一", "k.yamada@sokutei-seiki.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-12", "10:03:27", "+0900"), "<20261112100327.4F1A.SOKUTEI@sokutei-seiki.example>",
                                charset="iso-2022-jp"),
                  text(body, charset="shift_jis", cte="base64"))
    e = expected("confirmation", "Full-width digits; dates have no year: 12月18日 -> 2026-12-18 (as requested), 1月15日 -> next 15 Jan after the mail = 2027-01-15. Line 1 accepted, line 2 changed (date).",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-15")})])
    return [p], eml, e


@case("roc-year-moq-big5-zh-tw", "confirmation", "zh-TW",
      "Traditional Chinese Big5 reply using ROC years (115年 = 2026) and rounding the wheel quantity up to full cartons of 50.")
def c():
    s = sup("HSINWHEEL", "新輪工業股份有限公司", "sales@hsinwheel.example", "zh-TW")
    p = po("4500031415", s, "tj", "USD", "2026-11-09", [
        ("TW-100-PU-B", "Trolley wheel 100 mm PU, swivel with brake", 180, "EA", "3.20", "2026-12-22"),
        ("TW-125-PU-F", "Trolley wheel 125 mm PU, fixed", 100, "EA", "3.65", "2026-12-22")])
    body = ("Tom 您好：\n\n貴司訂單 4500031415 已收到，回覆如下：\n\n"
            "1. TW-100-PU-B：每箱50個，數量調整為200個（4箱），單價USD 3.20不變，交期115年12月22日。\n"
            "2. TW-125-PU-F：100個，單價USD 3.65，交期115年12月22日。\n\n"
            "如有問題請隨時聯絡。\n\n新輪工業股份有限公司 業務部\n陳怡君 Ivy Chen\nTel: +886-4-2359-1188 ext.215\n")
    eml = message(reply_headers(p, "陳怡君 Ivy Chen", "ivy.chen@hsinwheel.example", "回覆: " + req_subject(p),
                                rfcdate("2026-11-10", "15:40:02", "+0800"), "<003f01dc5101$7c2e9b40$748bd1c0$@hsinwheel.example>",
                                charset="big5"),
                  text(body, charset="big5", cte="base64"))
    e = expected("confirmation", "ROC year 115 = 2026, so 115年12月22日 = 2026-12-22 (requested). Line 1 quantity rounded up to full cartons: 200 instead of 180 -> changed; line 2 accepted.",
                 [conf(p, {1: chg(p, 1, quantity=200), 2: acc(p, 2)})])
    return [p], eml, e


@case("koi8-shipdate-ru-ru", "confirmation", "ru-RU",
      "Russian KOI8-R reply giving only shipment ('отгрузка') dates and a higher price for the second sling line, with a long requisites signature.")
def c():
    s = sup("STROPMASH", "ООО «СтропМаш»", "zakaz@stropmash.example", "ru-RU")
    p = po("4500031421", s, "mk", "RUB", "2026-11-10", [
        ("LS-2T-3M", "Lifting sling textile 2 t, 3 m", 60, "EA", "890.00", "2026-12-15"),
        ("LS-5T-4M", "Lifting sling textile 5 t, 4 m", 20, "EA", "1190.00", "2026-12-15")])
    body = ("Добрый день, Мира!\n\nПодтверждаем заказ № 4500031421:\n"
            "1) Строп текстильный 2 т, 3 м — 60 шт. по 890,00 руб., отгрузка 10.12.2026\n"
            "2) Строп текстильный 5 т, 4 м — 20 шт. по 1 250,00 руб. (цена изменилась с 01.11), отгрузка 10.12.2026\n"
            "Цены без НДС.\n\n--\nС уважением,\nАлексей Громов\nменеджер отдела продаж\nООО «СтропМаш»\nИНН 7734123456 КПП 773401001\n"
            "тел. +7 (495) 555-12-34 доб. 118\n")
    eml = message(reply_headers(p, "Алексей Громов", "a.gromov@stropmash.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-11", "13:15:48", "+0300"), "<1962811731.20261111131548@stropmash.example>",
                                charset="koi8-r"),
                  text(body, charset="koi8-r", cte="8bit"))
    e = expected("confirmation", "Only a ship date (10.12.2026) is given, so date = 2026-12-10 for both lines (earlier than requested -> changed). Line 2 price 1 250,00 instead of 1190.00. Quantities as ordered.",
                 [conf(p, {1: chg(p, 1, date="2026-12-10"), 2: chg(p, 2, unit_price="1250.00", date="2026-12-10")})])
    return [p], eml, e


@case("postfix-dsn-nl-nl", "bounce", "nl-NL",
      "Postfix multipart/report DSN (user unknown) for our request to a Dutch supplier, with our PO text returned inside it.")
def c():
    s = sup("AKOESTIQ", "Akoestiq B.V.", "inkoop-orders@akoestiq.example", "nl-NL")
    p = po("4500031430", s, "as", "EUR", "2026-11-16", [
        ("AP-1200-GR", "Acoustic wall panel 1200x600x40, grey felt", 48, "EA", "58.00", "2027-01-15")])
    info = ("This is the mail system at host mx1.halvard-supply.example.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n<inkoop-orders@akoestiq.example>: host mail.akoestiq.example[198.51.100.24] said:\n"
            "    550 5.1.1 <inkoop-orders@akoestiq.example>: Recipient address rejected:\n    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx1.halvard-supply.example\nX-Postfix-Queue-ID: 4Ws1Kp2Hcbz9tQ\nX-Postfix-Sender: rfc822; anika.sorensen@halvard-supply.example\n"
              "Arrival-Date: Mon, 16 Nov 2026 08:30:04 +0000 (UTC)\n\nFinal-Recipient: rfc822; inkoop-orders@akoestiq.example\n"
              "Original-Recipient: rfc822;inkoop-orders@akoestiq.example\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.akoestiq.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <inkoop-orders@akoestiq.example>: Recipient address\n    rejected: User unknown in virtual mailbox table\n")
    orig = ("From: Anika Sørensen <anika.sorensen@halvard-supply.example>\nTo: inkoop-orders@akoestiq.example\nSubject: " + req_subject(p) +
            "\nDate: Mon, 16 Nov 2026 08:30:00 +0000\nMessage-ID: " + p["request_message_id"] +
            "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + request_text(p) + "\n")
    root = multi("report", [
        raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], info),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "8bit")], orig)],
        "4Ws1Kp2Hcbz9tQ.1794817805/mx1.halvard-supply.example", extra="; report-type=delivery-status")
    h = [("From", "MAILER-DAEMON@mx1.halvard-supply.example (Mail Delivery System)"), ("To", "anika.sorensen@halvard-supply.example"),
         ("Subject", "Undelivered Mail Returned to Sender"), ("Date", rfcdate("2026-11-16", "08:30:05", "+0000")),
         ("Message-ID", "<20261116083005.5B2A11C0099@mx1.halvard-supply.example>"), ("Auto-Submitted", "auto-replied")]
    eml = message(h, root)
    e = expected("bounce", "Postfix delivery status notification: 550 5.1.1 user unknown; the returned PO text inside is our own request, not an answer.")
    return [p], eml, e


@case("vise-question-es-mx", "needs_review", "es-MX",
      "Mexican Spanish reply that asks whether the vises are wanted with swivel or fixed base before confirming price and date.")
def c():
    s = sup("TORNIMEX", "Tornillería y Herramientas del Bajío S.A. de C.V.", "ventas@tornimex.example", "es-MX")
    p = po("4500031447", s, "tj", "USD", "2026-11-12", [
        ("WV-125", "Workbench vise 125 mm jaw", 15, "EA", "48.50", "2026-12-16"),
        ("WV-150", "Workbench vise 150 mm jaw", 10, "EA", "66.00", "2026-12-16")])
    body = ("Buen día Tom,\n\nRecibimos su orden de compra, muchas gracias.\n\nAntes de confirmar, una pregunta: ¿las prensas de banco las requieren con base giratoria o base fija? "
            "El código que nos indica existe en ambas versiones y la giratoria tiene otro precio y otro tiempo de entrega.\n\n"
            "Quedo atento a sus comentarios para enviarle la confirmación.\n\nSaludos cordiales,\nIng. Jorge Alberto Ramírez\n"
            "Ejecutivo de Ventas | Tornimex\nCel. +52 1 477 555 0192 | Tel. (477) 555 2210 ext. 104\n\n"
            "El jue, 12 nov 2026 a las 8:30, Tom Jessup (<tom.jessup@halvard-supply.example>) escribió:\n" + quote_gt(p))
    eml = message(reply_headers(p, "Jorge Ramírez", "jramirez@tornimex.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-12", "11:05:51", "-0600"), "<CAJp8Qz9Tornimex31447@mail.gmail.example>"),
                  multi("alternative", [text(body), html("<div dir=\"ltr\">" + body.split("El jue")[0].replace("\n", "<br>") +
                                                         "</div><br><div class=\"gmail_quote\"><div class=\"gmail_attr\">El jue, 12 nov 2026 a las 8:30, Tom Jessup escribió:</div>"
                                                         "<blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
                                                         + request_html_table(p) + "</blockquote></div>")], "0000000000009a7c3e05e8d1a6b1"))
    e = expected("needs_review", "A question about the product variant (swivel vs fixed base) that affects price and date; the supplier explicitly waits for our answer before confirming.")
    return [p], eml, e


@case("newsletter-nl-be", "unrelated", "nl-BE",
      "Flemish HTML newsletter from the same supplier domain with product prices and dates, no reference to our PO.")
def c():
    s = sup("VLAKLUS", "Vlaklus Bevestigingstechniek NV", "order@vlaklus.example", "nl-BE")
    p = po("4500031455", s, "mk", "EUR", "2026-11-17", [
        ("JC-25-ZN", "Junction clamp 25 mm, zinc plated", 400, "EA", "0.92", "2026-12-18")])
    h_ = ("<html><body style=\"font-family:Arial\"><table width=\"600\" align=\"center\"><tr><td><h1>Winteractie bij Vlaklus!</h1>"
          "<p>Beste klant,</p><p>Tot en met 18 december 2026 krijgt u <b>15% korting</b> op alle kruisklemmen en buisklemmen. "
          "Bijvoorbeeld: kruisklem JC-25-ZN nu <b>€ 0,78</b> in plaats van € 0,92 (per stuk, excl. btw).</p>"
          "<p>Bestel vóór 11/12 en wij leveren nog vóór Kerstmis.</p><p><a href=\"https://www.vlaklus.example/winteractie?utm_source=nieuwsbrief\">Bekijk alle acties</a></p>"
          "<hr><p style=\"font-size:10px\">U ontvangt deze nieuwsbrief omdat u klant bent bij Vlaklus NV, Industrieweg 8, 9000 Gent. BTW BE 0456.789.123. "
          "<a href=\"https://www.vlaklus.example/uitschrijven?id=88213\">Uitschrijven</a></p></td></tr></table></body></html>")
    t = ("Winteractie bij Vlaklus!\n\nBeste klant,\n\nTot en met 18 december 2026 krijgt u 15% korting op alle kruisklemmen en buisklemmen. "
         "Bijvoorbeeld: kruisklem JC-25-ZN nu € 0,78 in plaats van € 0,92.\n\nBestel vóór 11/12 en wij leveren nog vóór Kerstmis.\n\n"
         "Uitschrijven: https://www.vlaklus.example/uitschrijven?id=88213\n")
    hh = [("From", "Vlaklus Nieuwsbrief <nieuwsbrief@vlaklus.example>"), ("To", "mira.kovac@halvard-supply.example"),
          ("Subject", hdr("Winteractie: 15% korting op klemmen tot 18/12")), ("Date", rfcdate("2026-11-19", "06:00:00", "+0100")),
          ("Message-ID", "<nl-2026-47.88213@news.vlaklus.example>"), ("List-Unsubscribe", "<https://www.vlaklus.example/uitschrijven?id=88213>"),
          ("Precedence", "bulk")]
    eml = message(hh, multi("alternative", [text(t), html(h_)], "=_nl47_88213"))
    e = expected("unrelated", "Marketing newsletter (Precedence: bulk, List-Unsubscribe); it even mentions our item code and a lower promo price, but it does not answer PO 4500031455.")
    return [p], eml, e


@case("inline-answers-sv-se", "confirmation", "sv-SE",
      "Swedish inline answers typed after our '> ' quoted PO lines: 'OK' on one, 'lev v.2' on another, reduced quantity on the third.")
def c():
    s = sup("REPHJUL", "Norrlands Rep & Hjul AB", "order@norrlandsrep.example", "sv-SE")
    p = po("4500031468", s, "as", "SEK", "2026-11-13", [
        ("RP-50-SGL", "Rope pulley 50 mm single sheave", 40, "EA", "145.00", "2026-12-17"),
        ("RP-75-DBL", "Rope pulley 75 mm double sheave", 20, "EA", "289.00", "2026-12-17"),
        ("RP-100-SWV", "Rope pulley 100 mm swivel eye", 12, "EA", "412.00", "2026-12-17")])
    q = quote_gt(p).split("\n")
    out = []
    for x in q:
        out.append(x)
        if x.startswith("> 1 |"):
            out.append("OK")
        elif x.startswith("> 2 |"):
            out.append("OK men lev v.2 -27, slut hos tillverkaren")
        elif x.startswith("> 3 |"):
            out.append("Bara 8 st kvar, de går ut 17/12, resten (4 st) kan vi inte leverera - utgått")
    body = ("Hej Anika,\n\nsvar direkt i din text nedan.\n\nMvh\nPer Lindqvist\nNorrlands Rep & Hjul AB\n\n"
            "Den 13 nov. 2026 kl. 08:30 skrev Anika Sørensen <anika.sorensen@halvard-supply.example>:\n" + "\n".join(out))
    eml = message(reply_headers(p, "Per Lindqvist", "per.lindqvist@norrlandsrep.example", "SV: " + req_subject(p),
                                rfcdate("2026-11-16", "08:12:40", "+0100"), "<e2a77c1d-4b1f-9a02-norrlandsrep@norrlandsrep.example>"),
                  text(body, charset="iso-8859-1"))
    e = expected("confirmation", "Answers are inline under the quoted lines. Line 1 OK = accepted. Line 2 'lev v.2 -27' = ISO week 2 of 2027, Friday 2027-01-15 -> changed date. Line 3 only 8 of 12 on 2026-12-17, the remaining 4 are not supplied -> changed, quantity 8.",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, date=kw(2027, 2)), 3: chg(p, 3, quantity=8)})])
    return [p], eml, e


@case("ooo-nb-no", "auto_reply", "nb-NO",
      "Norwegian out-of-office ('Jeg er på kurs') sent with X-Autoreply and a Re: subject, naming a return date.")
def c():
    s = sup("ISKRAPE", "Nordkapp Vinterutstyr AS", "ordre@nordkappvinter.example", "nb-NO")
    p = po("4500031472", s, "mk", "NOK", "2026-11-18", [
        ("IS-30-BR", "Ice scraper 30 cm with brass blade", 500, "EA", "39.00", "2026-12-09")])
    body = ("Hei,\n\nTakk for e-posten din. Jeg er på kurs til og med onsdag 25. november og har begrenset tilgang til e-post.\n"
            "Haster det, ring sentralbordet på 22 55 41 00 eller send til ordre@nordkappvinter.example.\n\n"
            "Med vennlig hilsen\nKjetil Haugen\nNordkapp Vinterutstyr AS\n")
    eml = message(reply_headers(p, "Kjetil Haugen", "kjetil.haugen@nordkappvinter.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-18", "08:31:02", "+0100"), "<autoreply.1794990662.kjetil@nordkappvinter.example>",
                                extra=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]),
                  text(body, charset="iso-8859-1"))
    e = expected("auto_reply", "Out-of-office auto-reply (X-Autoreply, Auto-Submitted); the subject looks like a normal 'Re:' reply but the content only announces an absence.")
    return [p], eml, e


@case("two-pos-one-mail-da-dk", "confirmation", "da-DK",
      "Danish reply confirming two acoustic-panel POs in one mail while a third open PO is listed in pos.json and not mentioned.")
def c():
    s = sup("LYDDAEMP", "Lyddæmp ApS", "ordre@lyddaemp.example", "da-DK")
    p1 = po("4500031480", s, "as", "DKK", "2026-11-10", [
        ("AP-600-WH", "Acoustic ceiling panel 600x600, white", 120, "EA", "185.00", "2026-12-15"),
        ("AP-CLIP-4", "Mounting clip set for panels, 4 pcs", 30, "SET", "42.00", "2026-12-15")])
    p2 = po("4500031481", s, "as", "DKK", "2026-11-10", [
        ("AP-BAFFLE-12", "Acoustic baffle 1200x300, anthracite", 40, "EA", "349.00", "2027-01-12")])
    p3 = po("4500031499", s, "as", "DKK", "2026-11-12", [
        ("AP-600-BK", "Acoustic ceiling panel 600x600, black", 60, "EA", "195.00", "2027-01-19")])
    body = ("Hej Anika\n\nTak for ordrerne. Hermed bekræftelse:\n\n"
            "Ordre 4500031480\n  pos. 1  AP-600-WH   120 stk.  kr. 185,00  lev. 15.12.2026\n  pos. 2  AP-CLIP-4    30 sæt   kr. 42,00   lev. 15.12.2026\n\n"
            "Ordre 4500031481\n  pos. 1  AP-BAFFLE-12  40 stk.  kr. 359,00 (ny farvetillæg kr. 10,00/stk.)  lev. 12.01.2027\n\n"
            "Alle priser ekskl. moms.\n\nVenlig hilsen\nMette Kjær\nLyddæmp ApS · CVR 38 11 72 04 · Tlf. 70 20 11 48\n")
    eml = message(reply_headers(p1, "Mette Kjær", "mk@lyddaemp.example", "SV: Ordre 4500031480 og 4500031481",
                                rfcdate("2026-11-13", "14:02:18", "+0100"), "<7c1d0a2b-lyddaemp-20261113@lyddaemp.example>", reply=False),
                  text(body, cte="quoted-printable"))
    e = expected("confirmation", "Two POs confirmed in one new-thread mail. 4500031480 both lines as ordered. 4500031481 line 1 price 359,00 (349 + 10 colour surcharge) -> changed. PO 4500031499 is not mentioned and is left out.",
                 [conf(p1, {1: acc(p1, 1), 2: acc(p1, 2)}), conf(p2, {1: chg(p2, 1, unit_price="359.00")})])
    return [p1, p2, p3], eml, e
