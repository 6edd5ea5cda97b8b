# -*- coding: utf-8 -*-
from .common import *


@case("at-hooks-aw-outlook-all-ok", "confirmation", "de-AT",
      "Top-posted Austrian 'AW:' reply in ISO-8859-1 QP over an Outlook-quoted PO; confirms all lines with dd.mm.yyyy dates equal to the PO and a signature with UID/FN numbers.")
def c():
    p = po("4500081201", "HAKLWS", "Haken & Klebe Wagner GmbH", "verkauf@haken-wagner.example", "de-AT", "EUR", "2026-11-03", [
        ("HW-AH-2210", "Adhesive hook, white, 2 kg load", 400, "EA", "0.85", "2026-12-14"),
        ("HW-AH-5520", "Adhesive hook stainless, 5 kg", 150, "EA", "2.35", "2026-12-14"),
    ])
    body = (u"Sehr geehrte Frau Ruiz,\n\nvielen Dank für Ihre Bestellung 4500081201.\n"
            u"Wir bestätigen beide Positionen wie bestellt:\n\n"
            u"Pos. 1  HW-AH-2210  400 Stk.  à EUR 0,85   Liefertermin 14.12.2026\n"
            u"Pos. 2  HW-AH-5520  150 Stk.  à EUR 2,35   Liefertermin 14.12.2026\n\n"
            u"Mit freundlichen Grüßen\n\nMag. Sabine Hörtnagl\nInnendienst / Verkauf\n"
            u"Haken & Klebe Wagner GmbH | Industriestraße 14 | 4600 Wels | Österreich\n"
            u"Tel. +43 7242 55 18-0 | Fax +43 7242 55 18-19\nUID: ATU12345678 | FN 123456b, LG Wels\n\n"
            + q_outlook(p, labels=("Von", "Gesendet", "An", "Betreff")).replace("Sent:", "Gesendet:"))
    eml = reply_msg(p, u"Hörtnagl Sabine", rfcdate(2026, 11, 4, 10, 12, 7, "+0100"),
                    "<8C1F0A2B9D4E@EXCH01.haken-wagner.example>", text(body, charset="iso-8859-1"), "AW: ")
    return [p], eml, expected("confirmation", "Both lines repeated with the PO's quantity, price (0,85 / 2,35 decimal comma) and date; all accepted.", conf(p, "A", "A"))


@case("br-chargers-price-up-gmail", "confirmation", "pt-BR",
      "Brazilian Gmail reply: line 1 price raised with R$ thousands-dot/decimal-comma formatting, line 2 accepted; quoted PO below.")
def c():
    p = po("4500081202", "CARGBR", "Carga Forte Equipamentos Ltda", "vendas@cargaforte.example", "pt-BR", "BRL", "2026-11-04", [
        ("CF-CB12-40", "Battery charger 12V 40A, workshop", 6, "EA", "1180.00", "2026-12-18"),
        ("CF-CB24-10", "Battery charger 24V 10A, smart", 10, "EA", "640.00", "2026-12-18"),
    ])
    body = (u"Bom dia Dana,\n\nSegue confirmação do pedido 4500081202:\n\n"
            u"Item 1 - CF-CB12-40 - 6 pçs - R$ 1.245,00 cada (reajuste do fabricante, aço e cobre) - entrega 18/12/2026\n"
            u"Item 2 - CF-CB24-10 - 10 pçs - R$ 640,00 cada - entrega 18/12/2026\n\n"
            u"Qualquer dúvida estou à disposição.\n\nAtt,\nRenata Moreira\nCarga Forte Equipamentos Ltda\n"
            u"CNPJ 12.345.678/0001-90 | (11) 3456-7890\n\n" + q_gt(p))
    eml = reply_msg(p, "Renata Moreira", rfcdate(2026, 11, 5, 9, 41, 3, "-0300"),
                    "<CAF9k2+x7Lq3mZ@mail.gmail.com>", alt(body, "<div dir=\"ltr\">" + esc(body.split("\n\n" + "On ")[0]).replace("\n", "<br>") + "</div>" + q_html(p), "000000000000a1b2c3d4e5f60718"),
                    frm_email="renata.moreira@cargaforte.example")
    return [p], eml, expected("confirmation", "Line 1 price R$ 1.245,00 = 1245.00 (changed, qty/date same); line 2 as ordered.", conf(p, C(p="1245.00"), "A"))


@case("th-cableties-buddhist-year", "confirmation", "th-TH",
      "Thai reply in TIS-620 base64 using Buddhist-era dates (2569 = 2026) and rounding line 2 up to full bags of 100.")
def c():
    p = po("4500081203", "SIAMCT", "Siam Cable Tie Co., Ltd.", "sales@siamcabletie.example", "th-TH", "THB", "2026-11-05", [
        ("SCT-200-BK", "Cable tie 200x4.8 mm, black UV, bag 100", 50, "BAG", "68.00", "2026-12-10"),
        ("SCT-370-NT", "Cable tie 370x7.6 mm natural, loose", 2450, "PC", "1.90", "2026-12-10"),
    ])
    body = (u"เรียน คุณ Tomas\n\nขอยืนยันใบสั่งซื้อเลขที่ 4500081203 ดังนี้\n\n"
            u"1. SCT-200-BK จำนวน 50 ถุง ราคา 68.00 บาท/ถุง ส่งวันที่ 10/12/2569\n"
            u"2. SCT-370-NT จำนวน 2,500 ชิ้น (บรรจุถุงละ 100 ชิ้น ปัดขึ้นเป็นเต็มถุง) ราคา 1.90 บาท/ชิ้น ส่งวันที่ 10/12/2569\n\n"
            u"ขอบคุณครับ\nสมชาย ใจดี\nฝ่ายขาย บริษัท สยามเคเบิ้ลไท จำกัด\nโทร 02-123-4567\n\n" + q_gt(p))
    eml = reply_msg(p, None, rfcdate(2026, 11, 6, 14, 2, 55, "+0700"), "<20261106070255.4411@siamcabletie.example>",
                    text(body, charset="tis-620", cte="base64"), thread=True, frm_email="sales@siamcabletie.example")
    return [p], eml, expected("confirmation", "10/12/2569 is Buddhist era = 2026-12-10. Line 1 as ordered; line 2 rounded up from 2450 to 2500 PC (full bags), price and date unchanged.",
                              conf(p, "A", C(q=2500)))


@case("ke-drillbits-sawa-terse", "confirmation", "sw-KE",
      "Two-line Swahili reply from a phone ('Sawa, tumethibitisha') accepting everything, no table, no repeat of values.")
def c():
    p = po("4500081204", "NYUNDO", "Nyundo Hardware & Tools Ltd", "mauzo@nyundo-hardware.example", "sw-KE", "KES", "2026-11-05", [
        ("NH-HSS-06", "HSS drill bit 6 mm, DIN 338", 200, "EA", "145.00", "2026-12-07"),
        ("NH-HSS-10", "HSS drill bit 10 mm, DIN 338", 100, "EA", "320.00", "2026-12-07"),
        ("NH-SDS-12", "SDS-plus masonry bit 12x160", 60, "EA", "510.00", "2026-12-07"),
    ])
    body = (u"Habari Priya,\nSawa, tumethibitisha oda 4500081204 yote kama ilivyo - bei na tarehe 7/12/2026 sawa.\n\nAsante,\nJuma\n\nImetumwa kutoka kwa simu yangu\n\n" + q_gt(p))
    eml = reply_msg(p, "Juma Otieno", rfcdate(2026, 11, 6, 7, 55, 10, "+0300"), "<a7f3e1c0-2b44-4e0b-9a71-1d2f0c9e6b55@nyundo-hardware.example>",
                    text(body, cte="8bit"), "Re: ", frm_email="juma@nyundo-hardware.example")
    return [p], eml, expected("confirmation", "Whole order confirmed as is ('yote kama ilivyo'), prices and date 7/12/2026 unchanged: every line accepted.", conf(p, "A", "A", "A"))


@case("in-eyewash-hindi-lakh", "confirmation", "hi-IN",
      "Hindi reply with lakh digit grouping (₹1,24,500.00) and a later date for the plumbed station; portable unit accepted.")
def c():
    p = po("4500081205", "SURAKSHA", "Suraksha Safety Equipments Pvt. Ltd.", "sales@suraksha-safety.example", "hi-IN", "INR", "2026-11-06", [
        ("SSE-EW-PL2", "Eye wash station, plumbed, twin bowl, SS", 2, "EA", "124500.00", "2026-12-21"),
        ("SSE-EW-PT16", "Portable eye wash station 16 L", 5, "EA", "18750.00", "2026-12-21"),
    ])
    body = (u"आदरणीय प्रिया जी,\n\nआपके क्रय आदेश संख्या 4500081205 के लिए धन्यवाद। हमारी पुष्टि इस प्रकार है:\n\n"
            u"पंक्ति 1: SSE-EW-PL2 – 2 नग – ₹1,24,500.00 प्रति नग – डिलीवरी 08/01/2027 (स्टेनलेस स्टील बाउल आयात में देरी के कारण)\n"
            u"पंक्ति 2: SSE-EW-PT16 – 5 नग – ₹18,750.00 प्रति नग – डिलीवरी 21/12/2026\n\n"
            u"सादर,\nराजेश कुमार\nबिक्री विभाग, सुरक्षा सेफ्टी इक्विपमेंट्स प्रा. लि.\nGSTIN: 27AABCS1234F1Z5 | मो. +91 98200 12345\n\n" + q_gt(p))
    eml = reply_msg(p, u"राजेश कुमार", rfcdate(2026, 11, 7, 11, 20, 0, "+0530"), "<CAH7m1Q_8x2p@suraksha-safety.example>",
                    text(body, cte="base64"), "Re: ", frm_email="rajesh.k@suraksha-safety.example")
    return [p], eml, expected("confirmation", "Day-first dates; line 1 moves to 2027-01-08 (price ₹1,24,500.00 unchanged), line 2 as ordered.",
                              conf(p, C(d="2027-01-08"), "A"))


@case("is-floormats-split-islenska", "confirmation", "is-IS",
      "Icelandic reply (ISO-8859-1) splitting line 1 into two deliveries with Icelandic month names; ISK amounts with dot thousands.")
def c():
    p = po("4500081206", "GOLFMOT", "Gólfmottur ehf.", "sala@golfmottur.example", "is-IS", "ISK", "2026-11-04", [
        ("GM-AF-90150", "Anti-fatigue floor mat 90x150 cm", 30, "EA", "14900", "2026-12-11"),
        ("GM-ENT-120", "Entrance mat 120x180, grey", 8, "EA", "22500", "2026-12-11"),
    ])
    body = (u"Sæl Dana,\n\nTakk fyrir pöntunina 4500081206.\n\n"
            u"Lína 1, GM-AF-90150: 20 stk. afhent 11. desember 2026, hin 10 stk. 8. janúar 2027. Verð óbreytt, 14.900 kr./stk.\n"
            u"Lína 2, GM-ENT-120: 8 stk. á 22.500 kr., afhent 11. desember 2026.\n\n"
            u"Kveðja,\nGuðrún Þórsdóttir\nGólfmottur ehf. | Kt. 550199-2139 | Sími 555 1234\n\n" + q_gt(p))
    eml = reply_msg(p, u"Guðrún Þórsdóttir", rfcdate(2026, 11, 5, 13, 3, 41, "+0000"), "<5f2a.91c3@golfmottur.example>",
                    text(body, charset="iso-8859-1"), "RE: ")
    return [p], eml, expected("confirmation", "Line 1 split 20 on 2026-12-11 + 10 on 2027-01-08 (total 30, last date 2027-01-08); line 2 as ordered.",
                              conf(p, C(s=[(20, "2026-12-11"), (10, "2027-01-08")]), "A"))


@case("us-grinding-phone-shipdate", "confirmation", "en-US",
      "One-line iPhone reply 'all 3 lines good, ships 12/4' - month-first ship date without year replaces the later requested dates.")
def c():
    p = po("4500081207", "ABRAUS", "Abrasive Source Inc.", "orders@abrasivesource.example", "en-US", "USD", "2026-11-09", [
        ("AS-T27-4545", "Grinding disc T27 4-1/2 x 1/4 x 7/8", 250, "EA", "2.15", "2026-12-08"),
        ("AS-T27-7014", "Grinding disc T27 7 x 1/4 x 7/8", 100, "EA", "4.40", "2026-12-08"),
        ("AS-FLAP-4560", "Flap disc 4-1/2 in, 60 grit zirconia", 200, "EA", "3.05", "2026-12-08"),
    ])
    body = "All 3 lines good at your pricing, ships 12/4 from Cleveland.\n\nMike\n\nSent from my iPhone\n\n" + q_gt(p, intro="On Nov 9, 2026, at 7:02 AM, Dana Ruiz <dana.ruiz@buyer.example> wrote:")
    eml = reply_msg(p, "Mike Kowalski", rfcdate(2026, 11, 10, 9, 17, 44, "-0500"), "<7E11C2A4-9B3D-4F0C-8E66-2A9B41F0D3C1@abrasivesource.example>",
                    text(body, cte="7bit", fmt="format=flowed; delsp=yes"), "Re: ", frm_email="mike@abrasivesource.example")
    return [p], eml, expected("confirmation", "Quantities and prices confirmed; only a ship date 12/4 (en-US = Dec 4, next such date = 2026-12-04) is given, so date is 2026-12-04 for all lines (changed).",
                              conf(p, C(d="2026-12-04"), C(d="2026-12-04"), C(d="2026-12-04")))


@case("gb-hardhats-inline-answers", "confirmation", "en-GB",
      "Supplier writes answers inline between our '>'-quoted PO lines: OK / boxes of 20 rounding / 'no longer made' rejection.")
def c():
    p = po("4500081208", "HEADSAFE", "Headsafe Protective Ltd", "sales@headsafe.example", "en-GB", "GBP", "2026-11-09", [
        ("HS-V6-WH", "Hard hat vented, white, ratchet", 60, "EA", "6.80", "2026-12-04"),
        ("HS-V6-YE", "Hard hat vented, yellow, ratchet", 30, "EA", "6.80", "2026-12-04"),
        ("HS-CL-LAMP", "Lamp bracket clip for hard hat", 50, "EA", "1.10", "2026-12-04"),
    ], buyer=3)
    t = req_table(p).split("\n")
    body = ("Hi Marek, answers inline below. Regards, Lorna\n\n"
            "On %s, Marek Hollis <marek.hollis@buyer.example> wrote:\n"
            "> Hello Headsafe Protective Ltd team,\n>\n> Please find our purchase order 4500081208 dated 2026-11-09 below. Kindly confirm quantity,\n"
            "> unit price (GBP) and delivery date for each line by reply to this e-mail.\n>\n> %s\n> %s\n\nOK\n\n> %s\n\n"
            "Packed in cartons of 20 so we'll send 40, same price, same date\n\n> %s\n\n"
            "Sorry, this clip is no longer made and we have none left.\n\n>\n> Best regards,\n> Marek Hollis\n\n"
            "--\nLorna Pickering | Sales Office | Headsafe Protective Ltd\nUnit 7, Brindley Park, Stoke-on-Trent ST4 2QX | 01782 555 019\n"
            "Registered in England No. 04512345. VAT GB 123 4567 89\n") % (sent_date(p), t[0], t[1], t[2], t[3])
    eml = reply_msg(p, "Lorna Pickering", rfcdate(2026, 11, 10, 15, 40, 2, "+0000"), "<LO2P265MB1234ABCD@LO2P265.prod.outlook.example>",
                    text(body, cte="quoted-printable"), "RE: ", frm_email="lorna.pickering@headsafe.example")
    return [p], eml, expected("confirmation", "Inline answers under each quoted line: line 1 OK; line 2 rounded to 40 (cartons of 20), price/date same; line 3 discontinued -> rejected.",
                              conf(p, "A", C(q=40), R))


@case("fr-indextabs-html-semaine", "confirmation", "fr-FR",
      "HTML-only French reply with a table; 'semaine 51' without a day means Friday 18 Dec 2026; prices with decimal comma and € after the amount.")
def c():
    p = po("4500081209", "BUREAUP", "Bureau Plus Fournitures SAS", "adv@bureauplus.example", "fr-FR", "EUR", "2026-11-10", [
        ("BP-IDX-A4-12", "Index tabs A4, 12 parts, PP colour", 300, "SET", "1.45", "2026-12-11"),
        ("BP-IDX-AZ", "Index tabs A-Z, A4 carton", 100, "SET", "2.10", "2026-12-11"),
    ])
    html = (u"<html><body><p>Bonjour Madame Ruiz,</p><p>Nous accusons réception de votre commande n° 4500081209 et vous la confirmons comme suit :</p>"
            u"<table border=\"1\" cellpadding=\"3\"><tr><th>Pos.</th><th>Réf.</th><th>Qté</th><th>PU HT</th><th>Livraison</th></tr>"
            u"<tr><td>1</td><td>BP-IDX-A4-12</td><td>300</td><td>1,45&nbsp;€</td><td>semaine 51</td></tr>"
            u"<tr><td>2</td><td>BP-IDX-AZ</td><td>100</td><td>2,10&nbsp;€</td><td>semaine 51</td></tr></table>"
            u"<p>Restant à votre disposition,</p><p>Cordialement,<br>Élodie Marchand<br>Administration des ventes<br>Bureau Plus Fournitures SAS – SIRET 123 456 789 00012</p>"
            + q_html(p) + "</body></html>")
    eml = reply_msg(p, u"Élodie Marchand", rfcdate(2026, 11, 12, 16, 5, 30, "+0100"), "<0102018f.adv.bp.4500081209@bureauplus.example>",
                    text(html, subtype="html", charset="utf-8", cte="quoted-printable"), "RE : ")
    return [p], eml, expected("confirmation", "Semaine 51 (no day) = Friday 2026-12-18, a week after the requested 2026-12-11; qty and prices equal the PO -> both lines changed on date only.",
                              conf(p, C(d="2026-12-18"), C(d="2026-12-18")))


@case("de-jerrycans-erp-pdf-ab", "confirmation", "de-DE",
      "Automatic ERP mail 'Auftragsbestätigung' with a PDF (text layer) holding the data; body says nothing about quantities; one line later by KW, one price per 10 units.")
def c():
    p = po("4500081210", "KANISTER", "Kanister-Werk Brandt GmbH & Co. KG", "ab@kanisterwerk.example", "de-DE", "EUR", "2026-11-10", [
        ("KB-20L-OL", "Jerry can 20 l, steel, olive, UN approved", 40, "EA", "24.90", "2026-12-16"),
        ("KB-10L-RD", "Jerry can 10 l, HDPE, red, fuel", 80, "EA", "7.45", "2026-12-16"),
        ("KB-SPOUT", "Flexible spout for jerry can", 120, "EA", "2.20", "2026-12-16"),
    ])
    pdfb = pdf(["Kanister-Werk Brandt GmbH & Co. KG  -  Auftragsbestaetigung AB-2026-118734",
                "Kunde: Buyer Example Inc.   Ihre Bestellung: 4500081210 vom 10.11.2026",
                "Datum: 11.11.2026", "",
                "Pos  Artikel     Bezeichnung                      Menge   Preis/PE       Liefertermin",
                "10   KB-20L-OL   Kanister 20 l Stahl oliv UN     40 St   24,90 EUR/1 St  16.12.2026",
                "20   KB-10L-RD   Kanister 10 l HDPE rot          80 St   74,50 EUR/10 St KW 02/2027",
                "30   KB-SPOUT    Auslaufrohr flexibel            120 St  2,20 EUR/1 St   16.12.2026", "",
                "Zahlungsbedingungen: 30 Tage netto. Es gelten unsere AGB.",
                "Amtsgericht Bielefeld HRA 12345 - USt-IdNr. DE123456789"], "Auftragsbestaetigung AB-2026-118734")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung AB-2026-118734 zu Ihrer Bestellung 4500081210.\n"
            "Bitte prüfen Sie die Angaben. Diese E-Mail wurde automatisch erstellt.\n\nKanister-Werk Brandt GmbH & Co. KG\nVertriebsinnendienst\n")
    m = multi("mixed", [text(body, charset="utf-8", cte="quoted-printable"), attachment(pdfb, "application/pdf", "AB-2026-118734.pdf")],
              "----=_Part_118734_1946182301.1794391200000")
    eml = message("Kanister-Werk Brandt <ab@kanisterwerk.example>", addr(p["buyer"]["name"], p["buyer"]["email"]),
                  u"Auftragsbestätigung AB-2026-118734 zu Bestellung 4500081210", rfcdate(2026, 11, 11, 6, 0, 12, "+0100"),
                  "<AB-2026-118734.1794391212@erp.kanisterwerk.example>", m)
    return [p], eml, expected("confirmation", "ERP AB in the PDF commits to the order (not an auto_reply). Pos 10/30 as ordered; Pos 20 price 74,50 per 10 = 7.45 per EA (same) but KW 02/2027 -> Friday 2027-01-15 (changed date). ERP positions 10/20/30 map to PO lines 1/2/3.",
                              conf(p, "A", C(d="2027-01-15"), "A"))


@case("cz-ladders-discontinued", "confirmation", "cs-CZ",
      "Czech reply (ISO-8859-2, QP): line 2 discontinued with a successor only offered, not confirmed -> rejected; line 1 accepted with Czech decimal comma.")
def c():
    p = po("4500081211", "ZEBRIKY", "Žebříky Novák s.r.o.", "obchod@zebriky-novak.example", "cs-CZ", "CZK", "2026-11-09", [
        ("ZN-AL3x9", "Aluminium ladder 3x9 rungs, EN 131", 4, "EA", "4890.00", "2026-12-15"),
        ("ZN-ST6", "Step ladder 6 steps, aluminium", 6, "EA", "2150.00", "2026-12-15"),
    ])
    body = (u"Dobrý den, paní Ruizová,\n\nk Vaší objednávce 4500081211:\n\n"
            u"pol. 1 ZN-AL3x9 – 4 ks á 4 890,00 Kč – dodání 15. 12. 2026 – potvrzujeme.\n"
            u"pol. 2 ZN-ST6 – bohužel výroba ukončena, nelze dodat. Jako náhradu můžeme nabídnout typ ZN-ST6P za 2 390,00 Kč/ks, "
            u"pokud máte zájem, pošlete prosím novou objednávku.\n\n"
            u"S pozdravem\nPetra Svobodová\nŽebříky Novák s.r.o., IČO 12345678, DIČ CZ12345678\ntel. +420 545 123 456\n\n" + q_gt(p))
    eml = reply_msg(p, u"Petra Svobodová", rfcdate(2026, 11, 10, 8, 47, 19, "+0100"), "<000001dc52a1$4b7e2f10$e27a8d30$@zebriky-novak.example>",
                    text(body, charset="iso-8859-2"), "RE: ", subj_charset="iso-8859-2")
    return [p], eml, expected("confirmation", "Line 1 confirmed as ordered (4 890,00 Kč = 4890.00). Line 2 cannot be supplied; the substitute needs a new order, so it is rejected.",
                              conf(p, "A", R))


@case("jp-maskingfilm-sjis-noyear", "confirmation", "ja-JP",
      "Japanese reply in Shift_JIS (base64) with dates without year ('12月18日') and a later date for one line; full-width digits in the yen price.")
def c():
    p = po("4500081212", "NIHONMF", "日本マスキング工業株式会社", "eigyo@nihon-masking.example", "ja-JP", "JPY", "2026-11-11", [
        ("NM-MF-550", "Masking film 550 mm x 25 m, with tape", 120, "ROL", "980", "2026-12-11"),
        ("NM-MF-1100", "Masking film 1100 mm x 25 m, with tape", 80, "ROL", "1450", "2026-12-11"),
    ], buyer=1)
    body = (u"Tomas Lindqvist 様\n\nいつもお世話になっております。日本マスキング工業の佐藤でございます。\n"
            u"ご注文番号 4500081212 につきまして、下記の通りご回答申し上げます。\n\n"
            u"１．NM-MF-550　120巻　単価 ９８０円　納期 12月11日\n"
            u"２．NM-MF-1100　80巻　単価 1,450円　納期 12月18日（原反入荷待ちのため1週間遅れとなります）\n\n"
            u"何卒よろしくお願い申し上げます。\n\n――――――――――――――――\n日本マスキング工業株式会社　営業部\n佐藤 健一\nTEL 06-1234-5678 / FAX 06-1234-5679\n〒530-0001 大阪府大阪市北区梅田1-2-3\n――――――――――――――――\n")
    eml = reply_msg(p, u"佐藤 健一", rfcdate(2026, 11, 12, 10, 30, 0, "+0900"), "<20261112103000.A1B2C3@nihon-masking.example>",
                    text(body, charset="shift_jis", cte="base64"), "RE: ", subj_charset="iso-2022-jp")
    return [p], eml, expected("confirmation", "No year on dates: next 12-11 / 12-18 after the mail date = 2026. Line 1 as ordered (full-width 980); line 2 one week late (2026-12-18).",
                              conf(p, "A", C(d="2026-12-18")))


@case("tw-nylonrope-big5-rolls", "confirmation", "zh-TW",
      "Traditional Chinese in Big5 (QP) with slash dates like 2027/1/8, price per metre matching the PO and a later date for line 2 only.")
def c():
    p = po("4500081213", "TAIROPE", "台灣繩業股份有限公司", "sales@tw-rope.example", "zh-TW", "TWD", "2026-11-10", [
        ("TR-NY-10", "Nylon rope 10 mm, 3-strand, white", 600, "M", "18.50", "2026-12-18"),
        ("TR-NY-16", "Nylon rope 16 mm, 3-strand, white", 300, "M", "41.00", "2026-12-18"),
    ], buyer=2)
    body = (u"Priya 您好：\n\n感謝貴公司訂單 4500081213，回覆如下：\n\n"
            u"第1項 TR-NY-10  600米  單價 NT$18.5/米  交期 2026/12/18\n"
            u"第2項 TR-NY-16  300米  單價 NT$41/米  交期 2027/1/8（16mm 需重新排產）\n\n"
            u"如有任何問題請隨時與我聯繫。\n\n林雅婷 業務部\n台灣繩業股份有限公司\n電話：(04)2345-6789 分機 215\n統一編號：12345678\n\n" + q_gt(p))
    eml = reply_msg(p, u"林雅婷", rfcdate(2026, 11, 11, 17, 8, 22, "+0800"), "<001a01dc53b4$c0ffee00$tw-rope@tw-rope.example>",
                    text(body, charset="big5"), "回覆: ", subj_charset="big5")
    return [p], eml, expected("confirmation", "Line 1 as ordered (18.5 = 18.50). Line 2 delivery 2027/1/8 instead of 2026-12-18 (changed).",
                              conf(p, "A", C(d="2027-01-08")))


@case("ru-padlocks-koi8-partial", "confirmation", "ru-RU",
      "Russian reply in KOI8-R: line 1 confirmed with Russian month name, line 2 'уточним завтра' -> unconfirmed.")
def c():
    p = po("4500081214", "ZAMKI", "ООО «Замки и Запоры»", "sbyt@zamki-zapory.example", "ru-RU", "RUB", "2026-11-11", [
        ("ZZ-PL-40", "Padlock brass 40 mm, 3 keys", 150, "EA", "385.00", "2026-12-14"),
        ("ZZ-PL-KA60", "Padlock 60 mm keyed alike (set of 6)", 20, "SET", "2640.00", "2026-12-14"),
    ], buyer=3)
    body = (u"Добрый день, Марек!\n\nПо заказу 4500081214:\n\n"
            u"поз. 1 ZZ-PL-40 — 150 шт. по 385,00 руб., отгрузка 14 декабря 2026 г. — подтверждаем.\n"
            u"поз. 2 ZZ-PL-KA60 — по комплектам под один ключ уточним на складе и ответим завтра.\n\n"
            u"С уважением,\nАнна Кузнецова\nменеджер отдела продаж\nООО «Замки и Запоры»\nИНН 7701234567, КПП 770101001\nтел. +7 (495) 123-45-67, доб. 204\n\n" + q_gt(p))
    eml = reply_msg(p, u"Анна Кузнецова", rfcdate(2026, 11, 12, 12, 15, 49, "+0300"), "<1731403549.887213@mail.zamki-zapory.example>",
                    text(body, charset="koi8-r", cte="8bit"), "RE: ", subj_charset="koi8-r")
    return [p], eml, expected("confirmation", "Line 1 confirmed as ordered (only a shipment date given, equal to the need-by date). Line 2 deferred to tomorrow -> unconfirmed.",
                              conf(p, "A", U))


@case("pl-couplers-question-profile", "needs_review", "pl-PL",
      "Polish reply asks which coupling profile (ISO 6150 B vs. Euro) is meant before confirming; mentions prices and dates only conditionally.")
def c():
    p = po("4500081215", "PNEUMA", "Pneumatech Szybkozłącza Sp. z o.o.", "handel@pneumatech.example", "pl-PL", "PLN", "2026-11-12", [
        ("PT-QC-14", "Quick coupler 1/4\" female, steel", 100, "EA", "21.40", "2026-12-09"),
        ("PT-QC-38", "Quick coupler 3/8\" female, steel", 50, "EA", "29.90", "2026-12-09"),
    ])
    body = (u"Dzień dobry Pani Dano,\n\ndziękujemy za zamówienie 4500082215... przepraszam, 4500081215.\n"
            u"Zanim potwierdzimy: jaki profil złączy Państwo potrzebują – ISO 6150 B (typ niemiecki) czy typ Euro/Orion? "
            u"Pod obecnymi indeksami mamy obie wersje. W przypadku ISO 6150 B ceny 21,40 zł i 29,90 zł i termin 9.12 są aktualne, "
            u"dla typu Orion cena byłaby wyższa o ok. 15%.\n\nCzekamy na informację.\n\nPozdrawiam\nKrzysztof Wiśniewski\n"
            u"Pneumatech Szybkozłącza Sp. z o.o. | NIP 123-456-78-90 | tel. 61 123 45 67\n\n" + q_gt(p))
    eml = reply_msg(p, u"Krzysztof Wiśniewski", rfcdate(2026, 11, 13, 9, 2, 11, "+0100"), "<2d8e1f4a-pneumatech-1113@pneumatech.example>",
                    text(body, charset="iso-8859-2"), "Odp: ", subj_charset="utf-8")
    return [p], eml, expected("needs_review", "The supplier asks which profile is needed before confirming; prices/dates are conditional on the answer, so nothing is committed yet.")


@case("it-respirators-ooo", "auto_reply", "it-IT",
      "Italian out-of-office (Auto-Submitted, 'Risposta automatica') that names a return date and a colleague's phone, full of numbers.")
def c():
    p = po("4500081216", "RESPIRA", "Respira Protezioni S.r.l.", "ordini@respira-protezioni.example", "it-IT", "EUR", "2026-11-12", [
        ("RP-FFP2-NV", "Respirator FFP2 NR, without valve, box 20", 50, "BOX", "9.80", "2026-12-10"),
        ("RP-HM-A2P3", "Half mask with A2P3 filters, size M", 25, "EA", "27.50", "2026-12-10"),
    ])
    body = (u"Gentile cliente,\n\nsarò assente dall'ufficio dal 12/11/2026 al 20/11/2026 compreso, con accesso limitato alla posta.\n"
            u"Per ordini urgenti potete contattare la collega Chiara Bianchi (chiara.bianchi@respira-protezioni.example, tel. +39 02 1234 5678).\n\n"
            u"Cordiali saluti\nLuca Ferrari\nRespira Protezioni S.r.l. – P.IVA IT01234567890\n")
    eml = message(addr("Luca Ferrari", "ordini@respira-protezioni.example"), addr(p["buyer"]["name"], p["buyer"]["email"]),
                  u"Risposta automatica: " + req_subject(p), rfcdate(2026, 11, 12, 8, 31, 2, "+0100"),
                  "<ooo.20261112083102.77@respira-protezioni.example>", text(body, charset="utf-8"),
                  irt=p["request_message_id"], refs=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    return [p], eml, expected("auto_reply", "Out-of-office auto-reply; the dates 12/11-20/11 are absence dates, not delivery dates.")


@case("es-safetyglasses-postfix-dsn", "bounce", "es-ES",
      "Postfix multipart/report DSN: the supplier mailbox is unknown (550 5.1.1); our PO request is attached as message/rfc822 with the full PO table.")
def c():
    p = po("4500081217", "GAFASEG", "Gafas de Seguridad Levante S.L.", "pedidos@gafaslevante.example", "es-ES", "EUR", "2026-11-12", [
        ("GL-SG-CL", "Safety glasses clear, anti-fog, EN 166", 200, "PR", "3.20", "2026-12-11"),
        ("GL-SG-SM", "Safety glasses smoke, anti-scratch", 100, "PR", "3.45", "2026-12-11"),
    ])
    orig = ("From: Dana Ruiz <dana.ruiz@buyer.example>\nTo: pedidos@gafaslevante.example\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n%s") % (req_subject(p), sent_date(p), p["request_message_id"], req_body(p))
    human = ("This is the mail system at host mx1.buyer.example.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n<pedidos@gafaslevante.example>: host mx.gafaslevante.example[203.0.113.25] said:\n"
             "    550 5.1.1 <pedidos@gafaslevante.example>: Recipient address rejected: User\n    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    status = ("Reporting-MTA: dns; mx1.buyer.example\nX-Postfix-Queue-ID: 4TgK2x3vQmz9sW\nX-Postfix-Sender: rfc822; dana.ruiz@buyer.example\n"
              "Arrival-Date: Thu, 12 Nov 2026 08:30:02 +0000 (UTC)\n\nFinal-Recipient: rfc822; pedidos@gafaslevante.example\n"
              "Original-Recipient: rfc822;pedidos@gafaslevante.example\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.gafaslevante.example\n"
              "Diagnostic-Code: smtp; 550 5.1.1 <pedidos@gafaslevante.example>: Recipient\n    address rejected: User unknown in virtual mailbox table\n")
    rep = multi("report", [
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], human.encode()),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status.encode()),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig.encode()),
    ], "4TgK2x3vQmz9sW.1794472203/mx1.buyer.example")
    rep.headers[0] = ("Content-Type", 'multipart/report; report-type=delivery-status; boundary="4TgK2x3vQmz9sW.1794472203/mx1.buyer.example"')
    eml = message("MAILER-DAEMON@mx1.buyer.example (Mail Delivery System)", "dana.ruiz@buyer.example",
                  "Undelivered Mail Returned to Sender", rfcdate(2026, 11, 12, 8, 30, 3, "+0000"),
                  "<20261112083003.5B1E81C0A2@mx1.buyer.example>", rep, extra=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")])
    return [p], eml, expected("bounce", "Postfix DSN for the PO request; the embedded PO table is our own text, not a confirmation.")


@case("mx-thermometers-surcharge-pct", "confirmation", "es-MX",
      "Mexican Spanish reply with a '+4% recargo por tipo de cambio' on line 1 only and an en-US-style decimal point; line 2 accepted.")
def c():
    p = po("4500081218", "TERMOMX", "Termometría del Bajío S.A. de C.V.", "ventas@termobajio.example", "es-MX", "MXN", "2026-11-13", [
        ("TB-IR-550", "Infrared thermometer -50..550 C", 12, "EA", "1250.00", "2026-12-15"),
        ("TB-DIG-PRB", "Digital probe thermometer, stainless", 40, "EA", "215.00", "2026-12-15"),
    ], buyer=2)
    body = (u"Hola Priya, buenas tardes.\n\nTe confirmo la OC 4500081218:\n\n"
            u"- Partida 1 TB-IR-550: 12 pzas, entrega 15/12/2026. Este equipo es importado, aplica recargo de +4% por tipo de cambio sobre el precio de la OC ($1,250.00 MXN).\n"
            u"- Partida 2 TB-DIG-PRB: 40 pzas a $215.00 MXN, entrega 15/12/2026.\n\n"
            u"Precios más IVA.\n\nSaludos cordiales,\nIng. Alejandro Torres\nTermometría del Bajío S.A. de C.V.\nRFC TBA010203AB1 | Tel. 477 123 4567\n\n" + q_gt(p))
    eml = reply_msg(p, "Alejandro Torres", rfcdate(2026, 11, 13, 15, 44, 0, "-0600"), "<BN8PR10MB3456.termobajio@termobajio.example>",
                    text(body, charset="utf-8", cte="quoted-printable"), "RE: ")
    return [p], eml, expected("confirmation", "+4% on line 1: 1250.00 x 1.04 = 1300.00 (changed price, qty/date same). Line 2 as ordered. 'más IVA' is tax, not a price change.",
                              conf(p, C(p="1300.00"), "A"))
