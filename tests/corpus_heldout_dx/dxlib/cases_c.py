# -*- coding: utf-8 -*-
from .common import *


@case("pt-safetyglasses-duzia", "confirmation", "pt-PT",
      "European Portuguese reply pricing per dozen pairs ('30,00 € a dúzia') against a per-pair PO price -> 2.50 per PR.")
def c():
    p = po("4500081238", "OCULUS", "Óculus Proteção Individual, Lda.", "encomendas@oculus-pi.example", "pt-PT", "EUR", "2026-11-19", [
        ("OP-OC-INC", "Safety spectacles, clear, EN 166 1F", 240, "PR", "2.60", "2026-12-17"),
        ("OP-OC-AMB", "Safety spectacles, amber lens", 60, "PR", "2.95", "2026-12-17"),
    ])
    body = (u"Exma. Sra. Dana Ruiz,\n\nConfirmamos a V/ encomenda n.º 4500081238:\n\n"
            u"Linha 1 – OP-OC-INC – 240 pares (20 dúzias) – 30,00 € a dúzia – entrega a 17/12/2026\n"
            u"Linha 2 – OP-OC-AMB – 60 pares – 2,95 €/par – entrega a 17/12/2026\n\n"
            u"Com os melhores cumprimentos,\nSofia Almeida\nÓculus Proteção Individual, Lda. | NIF 501234567 | Tel. +351 22 123 4567\n\n" + q_gt(p))
    eml = reply_msg(p, "Sofia Almeida", rfcdate(2026, 11, 20, 10, 30, 0, "+0000"), "<pt-oculus-20261120@oculus-pi.example>",
                    alt(body, "<div>" + esc(body).replace("\n", "<br>") + "</div>", "b1_5a2c9f1e3d7b4a60"), "RE: ")
    return [p], eml, expected("confirmation", "30,00 € per dozen = 2.50 per pair vs PO 2.60 (changed price, qty 240 and date same). Line 2 as ordered.",
                              conf(p, C(p="2.50"), "A"))


@case("ca-thermometers-janvier-noyear", "confirmation", "fr-CA",
      "Québec French reply 'livraison le 8 janvier' (no year) that equals the requested 2027-01-08, prices '42,75 $' -> all accepted despite the year-less date.")
def c():
    p = po("4500081239", "THERMQC", "Thermo-Québec inc.", "commandes@thermoquebec.example", "fr-CA", "CAD", "2026-11-19", [
        ("TQ-FRG-DIG", "Digital fridge/freezer thermometer with alarm", 24, "EA", "42.75", "2027-01-08"),
        ("TQ-BIM-5", "Bimetal dial thermometer 5 in, 0-250 F", 12, "EA", "31.20", "2027-01-08"),
    ], buyer=1)
    body = (u"Bonjour M. Lindqvist,\n\nC'est bon pour la commande 4500081239 : 24 thermomètres numériques à 42,75 $ et 12 thermomètres à cadran à 31,20 $, "
            u"livraison le 8 janvier à votre quai.\n\nMerci et bonne journée!\n\nGeneviève Tremblay\nService à la clientèle | Thermo-Québec inc.\n"
            u"514 555-0182, poste 3 | TPS 123456789 RT0001\n\n" + q_gt(p))
    eml = reply_msg(p, u"Geneviève Tremblay", rfcdate(2026, 11, 23, 13, 5, 0, "-0500"), "<YT3PR01MB4567.thermoquebec@thermoquebec.example>",
                    text(body, charset="iso-8859-1"), "RE: ")
    return [p], eml, expected("confirmation", "'8 janvier' without year: next 8 Jan after 2026-11-23 = 2027-01-08 = requested. Qty/prices equal the PO -> both accepted.",
                              conf(p, "A", "A"))


@case("ch-fr-vacuumbags-apostrophe", "confirmation", "fr-CH",
      "Swiss French reply with CHF apostrophe thousands (CHF 1'248.00 per 1'000) and rounding to full cartons of 1'000.")
def c():
    p = po("4500081240", "SOUSVIDE", "Sous-Vide Emballages SA", "ventes@sousvide-emb.example", "fr-CH", "CHF", "2026-11-20", [
        ("SV-GR-4060", "Vacuum bag 400x600, gusseted, 100 my", 2500, "PC", "1.248", "2026-12-15"),
    ], buyer=3)
    body = (u"Bonjour Monsieur Hollis,\n\nNous vous remercions pour votre commande 4500081240 et la confirmons ainsi :\n\n"
            u"SV-GR-4060 : 3'000 pces (cartons de 1'000 uniquement), CHF 1'248.00 le mille, livraison le 15.12.2026.\n\n"
            u"Meilleures salutations\nLaurent Favre\nSous-Vide Emballages SA | CHE-123.456.789 TVA | +41 21 123 45 67\n\n" + q_gt(p))
    eml = reply_msg(p, "Laurent Favre", rfcdate(2026, 11, 23, 8, 45, 0, "+0100"), "<ch-sousvide-1123@sousvide-emb.example>",
                    text(body, charset="utf-8"), "RE: ")
    return [p], eml, expected("confirmation", "Rounded to full cartons: 3000 PC (changed qty). CHF 1'248.00 per thousand = 1.248 per PC = PO price. Date same.",
                              conf(p, C(q=3000)))


@case("ch-de-zipbags-invoice-other-po", "unrelated", "de-CH",
      "Swiss German invoice mail (PDF) for an older, different order 4500079911 from the same supplier while PO 4500081241 is open.")
def c():
    p = po("4500081241", "BEUTELAG", "Beutel & Verpackung AG", "debitoren@beutel-ag.example", "de-CH", "CHF", "2026-11-20", [
        ("BV-DV-1015", "Zip bag 100x150 mm, 60 my", 10000, "PC", "0.042", "2026-12-10"),
        ("BV-DV-2030", "Zip bag 200x300 mm, 60 my", 5000, "PC", "0.095", "2026-12-10"),
    ])
    pdfb = pdf(["Beutel & Verpackung AG, Industriestrasse 8, 8600 Duebendorf", "RECHNUNG Nr. 2026-30417   Datum 20.11.2026",
                "Ihre Bestellung 4500079911 vom 12.10.2026 / Lieferschein LS-88121", "",
                "BV-DV-0810  Druckverschlussbeutel 80x100  20'000 Stk  CHF 0.031  CHF 620.00",
                "Total exkl. MWST CHF 620.00   MWST 8.1% CHF 50.22   Total CHF 670.22",
                "Zahlbar innert 30 Tagen netto. IBAN CH93 0076 2011 6238 5295 7"], "Rechnung 2026-30417")
    body = (u"Grüezi\n\nIm Anhang senden wir Ihnen die Rechnung 2026-30417 zu Ihrer Bestellung 4500079911.\n\nFreundliche Grüsse\nDebitorenbuchhaltung\nBeutel & Verpackung AG\n")
    m = multi("mixed", [text(body, charset="iso-8859-1"), attachment(pdfb, "application/pdf", "Rechnung_2026-30417.pdf")], "----_=_NextPart_001_01DC5A1B.3F2E8C40")
    eml = message("Beutel & Verpackung AG <debitoren@beutel-ag.example>", addr(p["buyer"]["name"], p["buyer"]["email"]),
                  u"Rechnung 2026-30417 / Bestellung 4500079911", rfcdate(2026, 11, 20, 18, 2, 0, "+0100"),
                  "<inv-2026-30417@beutel-ag.example>", m)
    return [p], eml, expected("unrelated", "Invoice for a different, older PO (4500079911); it says nothing about the open PO 4500081241.")


@case("ch-it-hooks-exim-quota", "bounce", "it-CH",
      "Exim bounce 'Mail delivery failed: returning message to sender' (mailbox quota exceeded) in plain text with the original message appended inline.")
def c():
    p = po("4500081242", "GANCI", "Ganci Ticino SA", "ordini@ganci-ticino.example", "it-CH", "CHF", "2026-11-20", [
        ("GT-GA-8", "Adhesive hook 8 kg, metal, for tiles", 200, "EA", "3.40", "2026-12-11"),
    ], buyer=2)
    body = ("This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n  ordini@ganci-ticino.example\n"
            "    host mx01.ganci-ticino.example [198.51.100.14]\n    SMTP error from remote mail server after RCPT TO:<ordini@ganci-ticino.example>:\n"
            "    552 5.2.2 Mailbox full - quota exceeded\n\n------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <priya.nair@buyer.example>\nFrom: Priya Nair <priya.nair@buyer.example>\nTo: ordini@ganci-ticino.example\n"
            "Subject: %s\nMessage-ID: %s\nDate: %s\n\n%s") % (req_subject(p), p["request_message_id"], sent_date(p), req_body(p))
    eml = message("Mail Delivery System <Mailer-Daemon@relay.buyer.example>", "priya.nair@buyer.example",
                  "Mail delivery failed: returning message to sender", rfcdate(2026, 11, 20, 8, 31, 10, "+0000"),
                  "<E1vQx7S-0004Hk-2A@relay.buyer.example>", text(body, charset="us-ascii", cte="7bit"),
                  extra=[("Return-path", "<>"), ("X-Failed-Recipients", "ordini@ganci-ticino.example"), ("Auto-Submitted", "auto-replied")])
    return [p], eml, expected("bounce", "Exim permanent failure (quota); the quoted PO is our own request.")


@case("be-nl-chargers-receipt-only", "needs_review", "nl-BE",
      "Flemish human reply that only acknowledges receipt ('goed ontvangen, wordt verwerkt') and promises an order confirmation later.")
def c():
    p = po("4500081243", "LAADBE", "Laadtechniek Vlaanderen BV", "verkoop@laadtechniek.example", "nl-BE", "EUR", "2026-11-20", [
        ("LV-LD-1224", "Battery charger 12/24 V 15 A", 8, "EA", "189.00", "2026-12-14"),
        ("LV-LD-BOOST", "Charger with jump-start 12 V", 4, "EA", "265.00", "2026-12-14"),
    ], buyer=1)
    body = (u"Dag Tomas,\n\nUw bestelling 4500081243 is goed ontvangen en wordt verwerkt. U ontvangt zo snel mogelijk onze orderbevestiging met de leverdata.\n\n"
            u"Met vriendelijke groeten,\nSarah Peeters\nLaadtechniek Vlaanderen BV | BTW BE 0123.456.789 | +32 9 123 45 67\n\n" + q_gt(p))
    eml = reply_msg(p, "Sarah Peeters", rfcdate(2026, 11, 23, 9, 50, 0, "+0100"), "<be-laad-1123-0950@laadtechniek.example>",
                    text(body, charset="utf-8"), "Re: ")
    return [p], eml, expected("needs_review", "A person acknowledges receipt only and says the confirmation will follow; nothing is committed.")


@case("kr-cableties-euckr-weekday", "confirmation", "ko-KR",
      "Korean reply in EUC-KR with dates like '12월 23일(수)' without year, one later line, won amounts with comma thousands.")
def c():
    p = po("4500081244", "HANKUKCT", "한국케이블타이(주)", "sales@hankuk-ct.example", "ko-KR", "KRW", "2026-11-20", [
        ("HK-CT-250", "Cable tie 250 mm, black, pack 100", 100, "BAG", "3200", "2026-12-16"),
        ("HK-CT-SS300", "Stainless cable tie 300 mm, pack 100", 20, "BAG", "18500", "2026-12-16"),
    ], buyer=2)
    body = (u"Priya Nair 님 안녕하세요.\n\n발주서 4500081244 관련 회신드립니다.\n\n"
            u"1. HK-CT-250 100봉 @3,200원 - 12월 16일(수) 납품 가능\n"
            u"2. HK-CT-SS300 20봉 @18,500원 - 원자재 입고 지연으로 12월 23일(수) 납품 예정\n\n"
            u"감사합니다.\n\n김민수 과장 / 영업팀\n한국케이블타이(주)\nTel. 031-123-4567 | 사업자등록번호 123-45-67890\n\n" + q_gt(p))
    eml = reply_msg(p, u"김민수", rfcdate(2026, 11, 23, 10, 10, 0, "+0900"), "<kr-hkct-20261123101000@hankuk-ct.example>",
                    text(body, charset="euc-kr", cte="base64"), "RE: ", subj_charset="euc-kr")
    return [p], eml, expected("confirmation", "Year-less dates -> 2026. Line 1 as ordered; line 2 delivered 2026-12-23 ('납품 예정', planned delivery committed) -> changed date.",
                              conf(p, "A", C(d="2026-12-23")))


@case("cn-drillbits-gbk-split", "confirmation", "zh-CN",
      "Simplified Chinese reply (GBK base64, HTML+text) splitting line 2 into two shipments and confirming line 1 at a lower price.")
def c():
    p = po("4500081245", "HUAZUAN", "江苏华钻工具有限公司", "export@huazuan-tools.example", "zh-CN", "CNY", "2026-11-20", [
        ("HZ-CO-5", "Cobalt HSS drill bit 5 mm, box 10", 50, "BOX", "42.00", "2026-12-18"),
        ("HZ-STEP-432", "Step drill 4-32 mm, TiN", 120, "EA", "36.50", "2026-12-18"),
    ], buyer=3)
    plain = (u"Marek 您好，\n\n订单 4500081245 确认如下：\n\n"
             u"1. HZ-CO-5：50盒，单价 40.00 元/盒（老客户优惠），交货日期 2026年12月18日\n"
             u"2. HZ-STEP-432：120支，单价 36.50 元，分两批交货：12月18日 80支，2027年1月8日 40支\n\n"
             u"谢谢！\n王丽 外贸部\n江苏华钻工具有限公司\n电话：0512-8765 4321  手机：138 1234 5678\n")
    html = u"<html><body>" + esc(plain).replace("\n", "<br>") + q_html(p) + u"</body></html>"
    eml = reply_msg(p, u"王丽", rfcdate(2026, 11, 23, 16, 40, 0, "+0800"), "<tencent_4F2A9C1B7E@huazuan-tools.example>",
                    alt(plain + "\n" + q_gt(p), html, "----=_NextPart_6560E2A1_0B1C2D3E_4F5A6B7C", charset="gbk", cte="base64"),
                    subject=u"回复：" + req_subject(p), subj_charset="gbk")
    return [p], eml, expected("confirmation", "Line 1: price 40.00 vs 42.00 (changed, loyalty discount). Line 2 split 80 on 2026-12-18 + 40 on 2027-01-08 (total 120, last 2027-01-08).",
                              conf(p, C(p="40.00"), C(s=[(80, "2026-12-18"), (40, "2027-01-08")])))


@case("vn-eyewash-vnd-dots", "confirmation", "vi-VN",
      "Vietnamese reply with VND amounts using dot thousands ('12.500.000 đ') and dd/mm/yyyy dates; everything as ordered.")
def c():
    p = po("4500081246", "ANTOANVN", "Công ty TNHH Thiết bị An Toàn Việt", "banhang@antoanviet.example", "vi-VN", "VND", "2026-11-20", [
        ("ATV-EW-CB", "Combination eye wash and shower station", 1, "EA", "12500000", "2027-01-15"),
        ("ATV-EW-DK", "Desk-mounted eye wash, swivel", 3, "EA", "3850000", "2027-01-15"),
    ])
    body = (u"Kính gửi chị Dana,\n\nCông ty chúng tôi xác nhận đơn đặt hàng số 4500081246 như sau:\n\n"
            u"- Dòng 1: ATV-EW-CB, SL 01 bộ, đơn giá 12.500.000 đ, giao ngày 15/01/2027\n"
            u"- Dòng 2: ATV-EW-DK, SL 03 cái, đơn giá 3.850.000 đ, giao ngày 15/01/2027\n\n"
            u"Trân trọng,\nNguyễn Thị Lan\nCông ty TNHH Thiết bị An Toàn Việt\nMST: 0312345678 | ĐT: 028 3812 3456\n\n" + q_gt(p))
    eml = reply_msg(p, u"Nguyễn Thị Lan", rfcdate(2026, 11, 24, 9, 0, 0, "+0700"), "<vn-antoan-20261124@antoanviet.example>",
                    text(body, charset="utf-8", cte="base64"), "RE: ")
    return [p], eml, expected("confirmation", "12.500.000 and 3.850.000 are VND with dot thousands = PO prices; dates equal -> both accepted.",
                              conf(p, "A", "A"))


@case("id-floormats-senin-depan", "confirmation", "id-ID",
      "Indonesian reply: stock ready, 'dikirim Senin depan (30/11)' - earlier than requested; price per roll in Rupiah with dot thousands.")
def c():
    p = po("4500081247", "KARPETID", "PT Karpet Industri Nusantara", "sales@karpetnusantara.example", "id-ID", "IDR", "2026-11-23", [
        ("KIN-CM-1220", "Coil floor mat 1.2 x 20 m, PVC, roll", 5, "ROL", "1850000", "2026-12-14"),
    ], buyer=2)
    body = (u"Selamat siang Bu Priya,\n\nPO 4500081247 kami konfirmasi: 5 roll KIN-CM-1220 @ Rp 1.850.000,- per roll. Barang ready stock, "
            u"akan dikirim Senin depan (30/11) dan sampai di gudang Ibu hari yang sama.\n\nTerima kasih,\nDewi Lestari\nPT Karpet Industri Nusantara\n"
            u"Telp. (021) 5555 1234 | WA 0812 3456 7890\n\n" + q_gt(p))
    eml = reply_msg(p, "Dewi Lestari", rfcdate(2026, 11, 24, 12, 30, 0, "+0700"), "<id-karpet-1124@karpetnusantara.example>",
                    text(body, charset="utf-8"), "RE: ")
    return [p], eml, expected("confirmation", "Mail of Tue 2026-11-24: 'Senin depan (30/11)' = Monday 2026-11-30, arriving same day -> earlier date (changed). Qty/price as ordered.",
                              conf(p, C(d="2026-11-30")))


@case("my-grinding-phone-malay", "confirmation", "ms-MY",
      "Terse Malay phone reply 'OK boss, semua confirm, hantar 10/12' - day-first ship date without year, one requested date later.")
def c():
    p = po("4500081248", "GILAPMY", "Gilap Abrasif Sdn. Bhd.", "order@gilapabrasif.example", "ms-MY", "MYR", "2026-11-23", [
        ("GA-GD-100", "Grinding disc 100x6x16 mm", 400, "EA", "3.20", "2026-12-10"),
        ("GA-CD-100", "Cutting disc 100x1x16 mm, inox", 600, "EA", "1.85", "2026-12-17"),
    ], buyer=1)
    body = u"OK boss, semua confirm ikut harga PO. Hantar 10/12.\n\nAzlan\n\nDihantar dari telefon Samsung Galaxy saya.\n\n" + q_gt(p)
    eml = reply_msg(p, "Azlan Ismail", rfcdate(2026, 11, 24, 8, 2, 0, "+0800"), "<my-gilap-0802@gilapabrasif.example>",
                    text(body, charset="utf-8"), "Re: ", frm_email="azlan@gilapabrasif.example")
    return [p], eml, expected("confirmation", "All confirmed at PO prices, shipped 10/12 (day-first, ms-MY) = 2026-12-10. Line 1 equals request (accepted); line 2 requested 12-17, confirmed 12-10 (changed, earlier).",
                              conf(p, "A", C(d="2026-12-10")))


@case("ph-hardhats-taglish-csv", "confirmation", "tl-PH",
      "Taglish reply with a CSV attachment (comma-separated, month-first dates); one line rejected as out of stock, one with a new price.")
def c():
    p = po("4500081249", "TIBAYPH", "Tibay Safety Supplies Inc.", "orders@tibaysafety.example", "tl-PH", "PHP", "2026-11-23", [
        ("TS-HH-WH", "Hard hat, white, pin-lock", 100, "EA", "185.00", "2026-12-09"),
        ("TS-HH-BL", "Hard hat, blue, ratchet", 50, "EA", "245.00", "2026-12-09"),
        ("TS-CHIN", "Chin strap, 2-point", 150, "EA", "38.00", "2026-12-09"),
    ])
    csvb = csv_bytes([["PO No", "Line", "Item", "Qty", "UOM", "Unit Price (PHP)", "Delivery Date", "Remarks"],
                      ["4500081249", "1", "TS-HH-WH", "100", "EA", "185.00", "12/09/2026", "OK"],
                      ["4500081249", "2", "TS-HH-BL", "50", "EA", "262.00", "12/09/2026", "new price eff. Nov 15"],
                      ["4500081249", "3", "TS-CHIN", "0", "EA", "", "", "out of stock - cannot supply"]], sep=",")
    body = (u"Hi Ma'am Dana,\n\nGood day po! Attached po ang confirmation namin for PO 4500081249. Pasensya na po, wala na po kaming stock ng chin strap.\n\n"
            u"Thank you po!\n\nJoy Santos\nSales Coordinator | Tibay Safety Supplies Inc.\nTel (02) 8123 4567 | Mobile 0917 123 4567\n")
    m = multi("mixed", [text(body, charset="utf-8"), attachment(csvb, "text/csv", "PO4500081249_confirmation.csv")], "----boundary_tibay_4500081249")
    eml = reply_msg(p, "Joy Santos", rfcdate(2026, 11, 24, 14, 45, 0, "+0800"), "<ph-tibay-1124@tibaysafety.example>", m, "RE: ")
    return [p], eml, expected("confirmation", "CSV: line 1 OK; line 2 new price 262.00 (changed); line 3 out of stock, cannot supply -> rejected. 12/09/2026 is month-first (en-PH practice, matches 2026-12-09).",
                              conf(p, "A", C(p="262.00"), R))


@case("au-indextabs-backorder-mix", "confirmation", "en-AU",
      "Australian reply: line 1 reduced to stock on hand, line 2 'no longer stocked' (rejected), line 3 fine; dd/mm dates and 'Cheers'.")
def c():
    p = po("4500081250", "OZOFFICE", "Oz Office Wholesale Pty Ltd", "sales@ozofficewholesale.example", "en-AU", "AUD", "2026-11-23", [
        ("OZ-TAB-5", "Index tabs 5 tab A4, coloured", 500, "SET", "0.72", "2026-12-08"),
        ("OZ-TAB-JAN", "Index tabs Jan-Dec, A4", 200, "SET", "1.35", "2026-12-08"),
        ("OZ-TAB-AZ", "Index tabs A-Z, A4, PP", 150, "SET", "1.95", "2026-12-08"),
    ], buyer=3)
    body = ("G'day Marek,\n\nRe PO 4500081250:\n\n1) OZ-TAB-5 - we've only got 320 sets on hand, can send those on 08/12 and that's it for this year, "
            "no more coming in. Price as per PO.\n2) OZ-TAB-JAN - sorry, no longer stocked, please remove from the order.\n"
            "3) OZ-TAB-AZ - 150 @ $1.95, 08/12.\n\nCheers,\nBrooke\n\nBrooke Mitchell | Customer Service\nOz Office Wholesale Pty Ltd | ABN 12 345 678 901\n"
            "Ph 02 9123 4567 | Unit 3/15 Parramatta Rd, Lidcombe NSW 2141\n\n" + q_outlook_line(p))
    eml = reply_msg(p, "Brooke Mitchell", rfcdate(2026, 11, 24, 11, 20, 0, "+1100"), "<SY4P282MB1234.ozoffice@ozofficewholesale.example>",
                    alt(body, "<div>" + esc(body).replace("\n", "<br>") + "</div>", "_000_SY4P282MB1234_"), "RE: ")
    return [p], eml, expected("confirmation", "Line 1: 320 of 500 on 08/12 (day-first -> 2026-12-08), no more to follow -> changed qty 320. Line 2 rejected. Line 3 as ordered.",
                              conf(p, C(q=320), R, "A"))


@case("nz-jerrycans-ooo-summer", "auto_reply", "en-NZ",
      "Kiwi out-of-office in HTML+text with 'back on 30 November' and a 0800 number; arrives as 'Automatic reply:' with X-Auto-Response headers.")
def c():
    p = po("4500081251", "KIWICAN", "Kiwi Containers Ltd", "orders@kiwicontainers.example", "en-NZ", "NZD", "2026-11-23", [
        ("KC-JC-20Y", "Jerry can 20 L, diesel, yellow", 30, "EA", "29.50", "2026-12-18"),
    ])
    plain = ("Kia ora,\n\nThanks for your email. I'm away from the office until Monday 30 November with limited access to email.\n"
             "For orders please call our team on 0800 548 226 or email sales@kiwicontainers.example.\n\nNga mihi,\nHemi Walker\nKiwi Containers Ltd\n")
    eml = message(addr("Hemi Walker", "orders@kiwicontainers.example"), addr(p["buyer"]["name"], p["buyer"]["email"]),
                  "Automatic reply: " + req_subject(p), rfcdate(2026, 11, 24, 8, 31, 0, "+1300"), "<ME3PR01MB9999.auto@kiwicontainers.example>",
                  alt(plain, "<html><body>" + esc(plain).replace("\n", "<br>") + "</body></html>", "_000_ME3PR01MB9999auto_"),
                  irt=p["request_message_id"], refs=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, expected("auto_reply", "Out-of-office; 30 November is a return date, not a delivery date.")


@case("za-ladders-rand-space-comma", "confirmation", "en-ZA",
      "South African reply with prices 'R 2 450,00' (space thousands, decimal comma) and a later date for one line, plus a B-BBEE signature.")
def c():
    p = po("4500081252", "LADDERZA", "Highveld Ladders (Pty) Ltd", "sales@highveldladders.example", "en-ZA", "ZAR", "2026-11-23", [
        ("HL-FG-8", "Fibreglass step ladder 8 steps", 6, "EA", "2450.00", "2026-12-11"),
        ("HL-AL-EXT7", "Aluminium extension ladder 7 m", 3, "EA", "3890.00", "2026-12-11"),
    ], buyer=2)
    body = ("Morning Priya\n\nPlease see confirmation for PO 4500081252 below:\n\nLine 1: 6 x HL-FG-8 @ R 2 450,00 each - delivery 11/12/2026\n"
            "Line 2: 3 x HL-AL-EXT7 @ R 3 890,00 each - delivery 18/01/2027 (factory closes 15 Dec to 11 Jan)\n\nKind regards\nThabo Nkosi\n"
            "Highveld Ladders (Pty) Ltd | Reg 2009/123456/07 | VAT 4123456789 | Level 2 B-BBEE contributor\nTel 011 123 4567 | Cell 082 123 4567\n\n" + q_outlook_line(p))
    eml = reply_msg(p, "Thabo Nkosi", rfcdate(2026, 11, 24, 9, 30, 0, "+0200"), "<za-highveld-1124@highveldladders.example>",
                    text(body, charset="utf-8"), "RE: ")
    return [p], eml, expected("confirmation", "Line 1 as ordered (R 2 450,00 = 2450.00). Line 2 delivery 18/01/2027 (changed). Factory closure dates are context, not delivery dates.",
                              conf(p, "A", C(d="2027-01-18")))


@case("ie-padlocks-two-pos-one-answered", "confirmation", "en-IE",
      "Irish reply with two open POs in pos.json: confirms 4500081253 fully and says it will 'come back on' 4500081254 -> the second PO is left out.")
def c():
    p1 = po("4500081253", "SECUREIE", "Secure Lock Distributors Ltd", "orders@securelock.example", "en-IE", "EUR", "2026-11-24", [
        ("SL-PL-45B", "Padlock brass 45 mm", 60, "EA", "7.40", "2026-12-15"),
        ("SL-PL-LOTO", "Safety lockout padlock, red, nylon", 40, "EA", "11.90", "2026-12-15"),
    ])
    p2 = po("4500081254", "SECUREIE", "Secure Lock Distributors Ltd", "orders@securelock.example", "en-IE", "EUR", "2026-11-24", [
        ("SL-HASP-150", "Hasp and staple 150 mm", 40, "EA", "5.20", "2026-12-15"),
    ])
    body = ("Hi Dana,\n\n4500081253 is grand - both lines confirmed, 60 brass padlocks @ 7.40 and 40 lockout padlocks @ 11.90, delivery 15/12/2026.\n\n"
            "I'll come back to you on 4500081254 once I hear from the warehouse about the hasps.\n\nThanks a million,\nSiobhan\n\n"
            "Siobhan O'Brien | Secure Lock Distributors Ltd | Unit 12, Ballymount Ind. Est., Dublin 12 | +353 1 456 7890\n\n" + q_gt(p1))
    eml = reply_msg(p1, "Siobhan O'Brien", rfcdate(2026, 11, 25, 10, 0, 0, "+0000"), "<ie-secure-1125@securelock.example>",
                    text(body, charset="utf-8"), "Re: ")
    return [p1, p2], eml, expected("confirmation", "PO 4500081253 fully confirmed; PO 4500081254 only mentioned (will come back) -> left out of confirmations.",
                                   conf(p1, "A", "A"))


@case("sg-maskingfilm-width-question", "needs_review", "en-SG",
      "Singapore English reply asking whether 2,400 mm width is acceptable instead of 2,600 mm before confirming; mentions a price and date for the alternative only.")
def c():
    p = po("4500081255", "LIONTAPE", "Lion Tape & Film Pte Ltd", "sales@liontape.example", "en-SG", "SGD", "2026-11-24", [
        ("LT-MF-2600", "Masking film 2600 mm x 25 m with tape", 50, "ROL", "9.80", "2026-12-14"),
    ], buyer=1)
    body = ("Hi Tomas,\n\nNoted with thanks on PO 4500081255. Kindly advise if 2,400 mm width can or not? 2,600 mm is out of stock until Feb. "
            "If 2,400 mm ok we can deliver 50 rolls by 10/12 at S$9.20/roll.\n\nPls revert, thanks.\n\nRegards,\nWei Ling\n"
            "Lion Tape & Film Pte Ltd | UEN 201912345K | +65 6123 4567\n\n" + q_gt(p))
    eml = reply_msg(p, "Tan Wei Ling", rfcdate(2026, 11, 25, 15, 10, 0, "+0800"), "<sg-liontape-1125@liontape.example>",
                    text(body, charset="utf-8"), "RE: ")
    return [p], eml, expected("needs_review", "Supplier proposes a substitute width and asks the buyer to decide; the offer is conditional, nothing confirmed for the ordered item.")
