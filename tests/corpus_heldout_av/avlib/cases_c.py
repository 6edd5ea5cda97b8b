"""Cases 037-054."""
from __future__ import annotations

from decimal import Decimal

from . import mime
from .common import (D, L, REJ, UNC, S, acc, case, chg, conf, dmy, expected, fri, nf, po, quote_gt,
                     quote_outlook, reply, request_eml, request_subject, rfcdate, sup, hx, req_dt, req_time,
                     BUYERS, request_blocks, pdf_att, after_req)
from .pdf import simple_doc


def _min(tag):
    return int(hx(tag, 2), 16) % 50 + 10


# --------------------------------------------------------------------------- 037
@case(37, "textile-dyes-chinese-per-tonne", "confirmation/zh-CN",
      "Simplified Chinese GB2312 reply pricing line 1 per tonne (42,500元/吨 = the PO's 42.50/kg) and using yearless 12月21日.")
def c037():
    s = sup("HUACAI", "浙江华彩染料有限公司", "sales@huacai-dyes.example", "zh-CN")
    p = po("4500232935", s, "sofia", "CNY", "2026-11-24", [
        L(1, "HC-RR-3BS", "Reactive Red 3BS 150%, 25 kg carton", 1000, "KG", "42.50", "2026-12-21"),
        L(2, "HC-DB-2BLN", "Disperse Blue 2BLN 200%, 25 kg carton", 500, "KG", "58.00", "2026-12-21"),
        L(3, "HC-AY-49", "Acid Yellow 49, 200%, 25 kg carton", 250, "KG", "47.80", "2026-12-21"),
    ])
    assert Decimal("42500") / 1000 == Decimal("42.50")
    name, em = BUYERS["sofia"]
    blocks = [
        "Sofia 女士，您好！",
        "感谢贵司订单 4500232935，现回复如下：",
        ("raw", S("1. 活性红 3BS 150%：1,000 公斤，单价 42,500 元/吨，交货期 12月21日；",
                  "2. 分散蓝 2BLN 200%：500 公斤，单价 58.00 元/公斤，交货期 2027年1月8日（原料紧张）；",
                  "3. 酸性黄 49 200%：250 公斤，单价 47.80 元/公斤，交货期 12月21日。")),
        "以上价格含包装，FOB 宁波。",
        "顺颂商祺！",
        ("sig", S("王丽 Lily Wang", "外贸部 | 浙江华彩染料有限公司", "杭州市萧山区经济技术开发区建设四路 88 号",
                  "电话：+86 571 5555 6238")),
        ("quote", "outlook", [f"发件人： {name} <{em}>", f"发送时间： {p['issued']} {req_time(p)}",
                              f"收件人： {s['email']}", f"主题： {request_subject(p)}"], request_blocks(p)),
    ]
    eml = reply(p, ("王丽", "sales@huacai-dyes.example"), "回复: " + request_subject(p),
                "2026-11-27 15:48:30 +0800", blocks, client="foxmail", charset="GB2312", cte="base64", lang="zh-CN")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-08"), 3: acc(p, 3)})],
                   "Line 1 price per tonne: 42,500 元/吨 = 42.50 CNY/kg = PO price (accepted). '12月21日' without a year "
                   "= 2026-12-21; line 2 moved to 2027年1月8日. FOB Ningbo is a term, not a date.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 038
@case(38, "curtains-noted-dates-to-follow", "needs_review/en-GB",
      "'Noted on our side, our ref SO-55120, dates to follow' - every quantity, price and date in the mail is in our own quoted request.")
def c038():
    s = sup("PENNINE", "Pennine Healthcare Textiles Ltd", "orders@penninehealthtex.example", "en-GB")
    p = po("4500232990", s, "tom", "GBP", "2026-11-24", [
        L(1, "PHT-CC-3020", "Disposable cubicle curtain 3.0x2.0 m, antimicrobial, 6-month", 120, "EA", "38.90", "2026-12-11"),
        L(2, "PHT-TR-6", "Curtain track 6 m, ceiling mount, with 2 bends", 10, "EA", "64.00", "2026-12-11"),
    ])
    blocks = [
        "Hi Tom,",
        "Noted on our side, thank you - our order ref. is SO-55120.",
        "Dates to follow once the fabric mill confirms the antimicrobial finish batch.",
        "Thanks,\nHelen",
        ("sig", S("Helen Crowther", "Customer Services", "Pennine Healthcare Textiles Ltd",
                  "Victoria Mills, Holmfirth Road, Huddersfield HD9 3TR", "Tel: 01484 555 627",
                  "This message is intended only for the named recipient. If you have received it in error please "
                  "notify the sender.")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Helen Crowther", "orders@penninehealthtex.example"), "RE: " + request_subject(p),
                "2026-11-26 12:40:05 +0000", blocks, client="outlook", charset="us-ascii", lang="en-GB")
    return [p], eml, expected("needs_review", notes=(
        "The supplier only acknowledges receipt and promises dates later; the quantities, prices and 2026-12-11 "
        "appear only in our quoted request, so nothing is committed."))


# --------------------------------------------------------------------------- 039
@case(39, "drone-spares-big5-table", "confirmation/zh-TW",
      "Traditional Chinese Big5 table with yyyy/mm/dd dates; one line delivered a week earlier than requested.")
def c039():
    s = sup("XIANGYING", "翔鷹無人機零件股份有限公司", "sales@xiangying-uav.example", "zh-TW")
    p = po("4500233044", s, "tom", "USD", "2026-11-25", [
        L(1, "XY-FC-F7", "Flight controller F7, 30.5x30.5 mm mounting", 40, "PCS", "38.00", "2026-12-18"),
        L(2, "XY-VTX-58", "5.8 GHz video transmitter 800 mW", 40, "PCS", "21.50", "2026-12-18"),
        L(3, "XY-ANT-LHCP", "LHCP antenna 5.8G, SMA, 2/pack", 100, "SET", "4.20", "2026-12-18"),
    ])
    tbl = S("項次  料號          數量   單價(USD)   交期",
            "1     XY-FC-F7        40      38.00     2026/12/18",
            "2     XY-VTX-58       40      21.50     2026/12/11",
            "3     XY-ANT-LHCP    100       4.20     2026/12/18")
    blocks = [
        "Dear Tom,",
        "您好，感謝貴公司訂單 4500233044，回覆交期如下：",
        ("pre", tbl),
        "第 2 項圖傳現貨充足，可提早一週出貨到府。",
        "敬祝 商祺",
        ("sig", S("陳怡君 Amy Chen", "業務部", "翔鷹無人機零件股份有限公司", "桃園市龜山區文化一路 168 號",
                  "TEL: +886-3-555-8712")),
        quote_outlook(p),
    ]
    eml = reply(p, ("陳怡君", "sales@xiangying-uav.example"), "RE: " + request_subject(p),
                "2026-11-27 10:05:44 +0800", blocks, client="outlook", charset="Big5", cte="base64", lang="zh-TW")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2026-12-11"), 3: acc(p, 3)})],
                   "Big5 text table; line 2 earlier (2026/12/11) than requested - an earlier date is still a change; "
                   "'30.5x30.5' and '5.8 GHz' are specs.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 040
@case(40, "rubber-seals-korean-split", "confirmation/ko-KR",
      "Korean EUC-KR reply splitting 5,000 O-rings into 3,000 + 2,000 with yearless '12월 22일'.")
def c040():
    s = sup("DAEHAN", "대한고무씰 주식회사", "sales@daehanseal.example", "ko-KR")
    p = po("4500233098", s, "pieter", "USD", "2026-11-25", [
        L(1, "DH-OR-2535", "O-ring 25x3.5 mm, FKM 75, brown", 5000, "PCS", "0.32", "2026-12-15"),
        L(2, "DH-OS-4062", "Oil seal TC 40x62x8 mm, NBR", 1200, "PCS", "1.10", "2026-12-15"),
    ])
    blocks = [
        "Pieter 님 안녕하세요,",
        "발주서 4500233098 건 아래와 같이 회신 드립니다.",
        ("raw", S("1번 품목 (DH-OR-2535): 5,000개, 단가 USD 0.32, 분할 납품 - 3,000개 12월 15일, 2,000개 12월 22일",
                  "2번 품목 (DH-OS-4062): 1,200개, 단가 USD 1.10, 납기 12월 15일")),
        "감사합니다.",
        ("sig", S("김민준 과장 / Minjun Kim", "해외영업팀 | 대한고무씰 주식회사", "경상남도 김해시 주촌면 골든루트로 77",
                  "Tel. +82 55 555 3190")),
        quote_outlook(p),
    ]
    eml = reply(p, ("김민준", "sales@daehanseal.example"), "RE: " + request_subject(p),
                "2026-11-27 17:22:09 +0900", blocks, client="outlook", charset="EUC-KR", cte="base64", lang="ko-KR")
    exp = expected("confirmation", [conf(p, {1: chg(p, 1, schedule=[(3000, "2026-12-15"), (2000, "2026-12-22")]),
                                                2: acc(p, 2)})],
                   "Line 1 split 3,000 + 2,000 (comma = thousands), dates without year -> 2026-12-15 and 2026-12-22; "
                   "line 2 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 041
@case(41, "juice-concentrate-thai-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 reply with Buddhist-era dates (28 ธ.ค. 2569 = 2026-12-28), quantities in drums and a new price on line 2.")
def c041():
    s = sup("SIAMFRUIT", "บริษัท สยามฟรุ๊ตคอนเซนเทรต จำกัด", "export@siamfruitconc.example", "th-TH")
    p = po("4500233150", s, "ines", "USD", "2026-11-25", [
        L(1, "SFC-PA-60", "Pineapple juice concentrate 60 Brix, aseptic, 250 kg drum", 5000, "KG", "1.38", "2026-12-28"),
        L(2, "SFC-PF-50", "Passion fruit concentrate 50 Brix, 220 kg drum", 1100, "KG", "4.65", "2026-12-28"),
    ])
    assert 20 * 250 == 5000 and 5 * 220 == 1100
    blocks = [
        "เรียน คุณ Ines",
        "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500233150 บริษัทฯ ขอยืนยันดังนี้",
        ("raw", S("รายการที่ 1: น้ำสับปะรดเข้มข้น 60 บริกซ์ 20 ถัง x 250 กก. = 5,000 กก. ราคา 1.38 USD/กก. ส่งมอบ 28 ธ.ค. 2569",
                  "รายการที่ 2: น้ำเสาวรสเข้มข้น 50 บริกซ์ 5 ถัง x 220 กก. = 1,100 กก. ราคา 4.80 USD/กก. ส่งมอบ 28 ธ.ค. 2569")),
        "ราคารายการที่ 2 ปรับตามราคาวัตถุดิบฤดูกาลใหม่",
        "ขอแสดงความนับถือ",
        ("sig", S("สมศรี ใจดี (Somsri Jaidee)", "ฝ่ายส่งออก", "บริษัท สยามฟรุ๊ตคอนเซนเทรต จำกัด",
                  "99/9 หมู่ 4 ถ.เพชรเกษม อ.ปราณบุรี จ.ประจวบคีรีขันธ์ 77120", "โทร +66 32 555 871")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Somsri Jaidee", "export@siamfruitconc.example"), "RE: " + request_subject(p),
                "2026-11-30 11:30:18 +0700", blocks, client="outlook", charset="TIS-620", cte="base64", lang="th-TH")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, price="4.80")})],
                   "Thai Buddhist-era year 2569 = 2026, so 28 ธ.ค. 2569 = 2026-12-28 (as requested). Quantities given as "
                   "drums x kg add up to the PO kg; line 2 price 4.80 USD/kg instead of 4.65.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 042
@case(42, "mushroom-substrate-indonesian-partial", "confirmation/id-ID",
      "Indonesian reply with '4.000 pcs @ USD 0,95' and line 2 split into 400 now and 200 in January.")
def c042():
    s = sup("JAMURNUS", "PT Jamur Nusantara Substrat", "penjualan@jamurnusantara.example", "id-ID")
    p = po("4500233201", s, "pieter", "USD", "2026-11-26", [
        L(1, "JNS-BAG-SH", "Shiitake substrate bag 2.5 kg, sawdust/bran 80/20", 4000, "EA", "0.95", "2026-12-21"),
        L(2, "JNS-SPN-RY", "Rye grain spawn 1 kg, oyster strain P-12", 600, "EA", "2.40", "2026-12-21"),
    ])
    blocks = [
        "Dengan hormat, Bapak Pieter,",
        "Bersama ini kami konfirmasi PO 4500233201 sebagai berikut:",
        ("raw", S("Item 1: 4.000 pcs @ USD 0,95 - pengiriman 21 Desember 2026.",
                  "Item 2: 600 pcs @ USD 2,40 - yang tersedia pada 21 Desember 2026 hanya 400 pcs, sisa 200 pcs",
                  "        menyusul pada 11 Januari 2027.")),
        "Terima kasih atas kepercayaan Bapak.",
        "Hormat kami,",
        ("sig", S("Dewi Lestari", "Sales Export", "PT Jamur Nusantara Substrat",
                  "Jl. Raya Lembang No. 214, Bandung Barat 40391", "Telp. +62 22 555 7814")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Dewi Lestari", "penjualan@jamurnusantara.example"), "RE: " + request_subject(p),
                "2026-11-30 14:12:51 +0700", blocks, client="outlook", charset="us-ascii", lang="id-ID")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1),
                                                2: chg(p, 2, schedule=[(400, "2026-12-21"), (200, "2027-01-11")])})],
                   "Indonesian dot-thousands/comma-decimals; item 2 delivered 400 + 200, full 600 confirmed, last "
                   "delivery 2027-01-11.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 043
@case(43, "lab-kits-malay-pack-size", "confirmation/ms-MY",
      "Malay/English reply supplying goggles in boxes of 10 instead of the PO's boxes of 12 - quantity and price must be converted.")
def c043():
    s = sup("MAKMAL", "Syarikat Makmal Pendidikan Sdn. Bhd.", "jualan@makmalpendidikan.example", "ms-MY")
    p = po("4500233255", s, "tom", "MYR", "2026-11-26", [
        L(1, "SMP-BN-500", "Bunsen burner, natural gas, with 500 mm hose", 60, "EA", "32.00", "2026-12-18"),
        L(2, "SMP-GS-12", "Safety goggles, anti-fog, 12/box", 20, "BOX", "78.00", "2026-12-18"),
        L(3, "SMP-MAG-6", "Bar magnet set 75 mm, 6/set", 40, "SET", "15.50", "2026-12-18"),
    ])
    per_box10 = Decimal("68.00")
    per_box12 = per_box10 / 10 * 12
    assert per_box12 == Decimal("81.60") and 24 * 10 == 20 * 12
    blocks = [
        "Salam sejahtera Tom,",
        "Terima kasih atas PO 4500233255. Kami sahkan item 1 dan item 3 seperti dalam PO.",
        "Untuk item 2, goggles kami hanya dijual dalam kotak 10 pasang sekarang. Jadi kami akan bekalkan\n"
        "24 kotak x 10 = 240 pasang (sama jumlah dengan PO anda: 20 kotak x 12) @ RM 68.00 sekotak (10 pasang).",
        "Penghantaran semua item pada 18/12/2026.",
        "Terima kasih & regards,",
        ("sig", S("Nurul Aisyah binti Ahmad", "Sales Executive", "Syarikat Makmal Pendidikan Sdn. Bhd.",
                  "No. 12, Jalan Perindustrian 3, 40000 Shah Alam, Selangor", "Tel: +60 3-5555 1823")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Nurul Aisyah", "jualan@makmalpendidikan.example"), "RE: " + request_subject(p),
                "2026-11-30 16:45:37 +0800", blocks, client="outlook", charset="us-ascii", lang="ms-MY")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, price=per_box12), 3: acc(p, 3)})],
                   "Item 2 in boxes of 10 at RM 68.00: 240 goggles = the PO's 20 boxes of 12 (quantity unchanged), price "
                   "per PO box of 12 = 68.00 / 10 x 12 = 81.60 (PO 78.00).")
    return [p], eml, exp


# --------------------------------------------------------------------------- 044
@case(44, "insulators-shared-inbox-receipt", "auto_reply/fr-CH",
      "Swiss-French shared-inbox acknowledgment with processing time, opening hours and a holiday closure date range.")
def c044():
    s = sup("ICR", "Isolations Céramiques Romandes SA", "commandes@icr-ceramique.example", "fr-CH")
    p = po("4500233310", s, "sofia", "CHF", "2026-11-27", [
        L(1, "ICR-SUP-24", "Ceramic support insulator 24 kV, M12 inserts", 60, "EA", "54.00", "2027-01-15"),
    ])
    body = S("Madame, Monsieur,", "",
             "Nous accusons réception de votre message adressé au Service commandes. Ceci est une réponse automatique.",
             "", "Votre demande sera traitée dans un délai de 48 heures ouvrables. Nos horaires : du lundi au vendredi,",
             "8h00-12h00 / 13h30-17h00.", "",
             "Veuillez noter que nos bureaux seront fermés du 24.12.2026 au 04.01.2027.", "",
             "Meilleures salutations", "",
             "Isolations Céramiques Romandes SA", "Service commandes", "Route de l'Industrie 21, 1530 Payerne",
             "Tél. +41 26 555 44 00", "")
    eml = reply(p, ("Service commandes ICR", "commandes@icr-ceramique.example"),
                "Accusé de réception : " + request_subject(p), after_req(p, 2, "+0100", 11),
                text_body=body, mode="text", client="erp", charset="iso-8859-1", thread=True,
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("Precedence", "auto_reply")])
    return [p], eml, expected("auto_reply", notes=(
        "Automatic receipt of a shared mailbox ('Ceci est une réponse automatique'); 48 h and the closure "
        "24.12.2026-04.01.2027 are not about the order lines."))


# --------------------------------------------------------------------------- 045
@case(45, "textile-dyes-hindi-split", "confirmation/hi-IN",
      "Hindi reply (Devanagari with English item words) splitting line 2 into 1,200 kg and 800 kg deliveries.")
def c045():
    s = sup("SURATDYE", "Surat Dyechem Pvt. Ltd.", "sales@suratdyechem.example", "hi-IN")
    p = po("4500233366", s, "sofia", "INR", "2026-11-27", [
        L(1, "SD-VAT-BL4", "Vat Blue 4 (indanthrone) paste 30%, 50 kg drum", 1000, "KG", "385.00", "2026-12-24"),
        L(2, "SD-SUL-BK1", "Sulphur Black 1, 200%, 25 kg bag", 2000, "KG", "142.00", "2026-12-24"),
    ])
    blocks = [
        "नमस्ते सोफ़िया जी,",
        "आपके PO 4500233366 की हम पुष्टि करते हैं:",
        ("raw", S("आइटम 1 (Vat Blue 4): 1,000 किग्रा @ ₹385.00 प्रति किग्रा, डिलीवरी 24.12.2026",
                  "आइटम 2 (Sulphur Black 1): 2,000 किग्रा @ ₹142.00 प्रति किग्रा - 1,200 किग्रा 24.12.2026 को और",
                  "बाकी 800 किग्रा 07.01.2027 को")),
        "धन्यवाद,",
        ("sig", S("अमित पटेल / Amit Patel", "Surat Dyechem Pvt. Ltd.", "Plot 44, GIDC Sachin, Surat 394230, Gujarat",
                  "Mob: +91 98250 55172")),
        quote_gt(p, f"On Fri, 27 Nov 2026 at 10:{_min('m')}, {BUYERS['sofia'][0]} <{BUYERS['sofia'][1]}> wrote:"),
    ]
    eml = reply(p, ("Amit Patel", "sales@suratdyechem.example"), "Re: " + request_subject(p),
                "2026-12-01 11:08:26 +0530", blocks, client="gmail", charset="UTF-8", cte="base64", lang="hi-IN")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1),
                                                2: chg(p, 2, schedule=[(1200, "2026-12-24"), (800, "2027-01-07")])})],
                   "Devanagari text; line 2 keeps 2,000 kg and the price but arrives 1,200 kg on 24.12.2026 and 800 kg on "
                   "07.01.2027 (day-first).")
    return [p], eml, exp


# --------------------------------------------------------------------------- 046
@case(46, "library-furniture-belgian-semaine", "confirmation/fr-BE",
      "Belgian French per-position answers: one as ordered, one declined, one 'livraison semaine 2' (= Friday 2027-01-15).")
def c046():
    s = sup("BIBLIOMOB", "Biblio-Mobil SRL", "commandes@biblio-mobil.example", "fr-BE")
    p = po("4500233420", s, "dana", "EUR", "2026-11-27", [
        L(1, "BM-PRES-5", "Magazine display rack, 5 shelves, 1800 mm", 10, "EA", "420.00", "2026-12-18"),
        L(2, "BM-CHAR-3", "Book trolley 3-tier, 900x450 mm", 8, "EA", "265.00", "2026-12-18"),
        L(3, "BM-CARR-12", "Study carrel 1200x600 mm, acoustic panel", 12, "EA", "310.00", "2026-12-18"),
    ])
    blocks = [
        "Bonjour Madame Ruiz,",
        "Suite à votre commande 4500233420, voici notre confirmation :",
        ("raw", S("Pos. 1 : 10 présentoirs à 420,00 €, livraison le 18/12/2026.",
                  "Pos. 2 : nous ne fabriquons plus ce modèle de chariot ; nous devons malheureusement décliner cette position.",
                  "Pos. 3 : 12 carrels à 310,00 €, livraison semaine 2 (janvier 2027).")),
        "Nous restons à votre disposition pour toute question.",
        "Bien à vous,",
        ("sig", S("Julien Lambert", "Service clientèle - Biblio-Mobil SRL", "Rue de l'Artisanat 9, 5000 Namur",
                  "Tél. +32 81 55 27 40")),
        quote_outlook(p, "fr"),
    ]
    eml = reply(p, ("Julien Lambert", "commandes@biblio-mobil.example"), "RE : " + request_subject(p),
                "2026-11-30 15:20:47 +0100", blocks, client="outlook", charset="windows-1252", lang="fr-BE")
    w2 = fri(2027, 2)
    assert str(w2) == "2027-01-15"
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: REJ, 3: chg(p, 3, date=w2)})],
                   "'semaine 2 (janvier 2027)' without a day = Friday of ISO week 2/2027 = 2027-01-15; pos. 2 declined; "
                   "pos. 1 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 047
@case(47, "curtains-quebec-ship-and-delivery", "confirmation/fr-CA",
      "Québec French with ISO dates: shipment 2026-12-14 and planned delivery 2026-12-21; line 2 only says 'même envoi'.")
def c047():
    s = sup("LAURENT", "Rideaux Hospitaliers Laurentides inc.", "commandes@rideaux-laurentides.example", "fr-CA")
    p = po("4500233475", s, "pieter", "CAD", "2026-11-30", [
        L(1, "RHL-CC-1524", "Cubicle curtain 152x244 cm (60x96 in.), antimicrobial", 60, "EA", "72.00", "2026-12-21"),
        L(2, "RHL-CAR-12", "Curtain carrier with hook, 12/pack", 50, "PCS", "9.80", "2026-12-21"),
    ])
    name, em = BUYERS["pieter"]
    blocks = [
        "Bonjour M. de Wit,",
        "Nous confirmons votre bon de commande 4500233475 :",
        ("raw", S("Article 1 : 60 rideaux à 72,00 $ chacun, expédition le 2026-12-14, livraison prévue le 2026-12-21.",
                  "Article 2 : 50 paquets à 10,25 $ (nouveau prix fournisseur), même envoi.")),
        "Merci de votre confiance et bonne journée!",
        ("sig", S("Geneviève Tremblay", "Service à la clientèle", "Rideaux Hospitaliers Laurentides inc.",
                  "2250, boul. Industriel, Saint-Jérôme (Québec) J7Y 4N9", "Tél. : 450 555-0182")),
        quote_gt(p, f"Le 2026-11-30 à 10:{_min('q')}, {name} <{em}> a écrit :"),
    ]
    eml = reply(p, ("Geneviève Tremblay", "commandes@rideaux-laurentides.example"), "Re: " + request_subject(p),
                "2026-12-01 09:16:33 -0500", blocks, client="apple", charset="utf-8", lang="fr-CA")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, price="10.25")})],
                   "Line 1 has ship 2026-12-14 and delivery 2026-12-21 - delivery wins, = requested. Line 2 travels in the "
                   "same shipment (delivery 2026-12-21) at 10,25 $ (PO 9.80).")
    return [p], eml, exp


# --------------------------------------------------------------------------- 048
@case(48, "pet-grooming-three-pos-one-answered", "confirmation/es-MX",
      "Three open POs from the supplier; the reply answers only the middle one and merely mentions another.")
def c048():
    s = sup("CANBAJIO", "Distribuidora Canina del Bajío S.A. de C.V.", "ventas@caninabajio.example", "es-MX")
    pa = po("4500233530", s, "marek", "MXN", "2026-11-20", [
        L(1, "CB-CEP-L", "Slicker brush large, 1/4 in. pins", 80, "PCS", "96.00", "2026-12-07"),
        L(2, "CB-PEI-20", "Steel comb 20 cm, fine/coarse", 80, "PCS", "55.00", "2026-12-07"),
    ])
    pb = po("4500233531", s, "marek", "MXN", "2026-11-27", [
        L(1, "CB-SHP-AV", "Oatmeal dog shampoo 3.8 L (1 gal)", 48, "EA", "289.00", "2026-12-14"),
        L(2, "CB-COR-15", "Nail clipper 15 cm, stainless steel", 120, "PCS", "74.50", "2026-12-14"),
        L(3, "CB-TOA-70", "Microfibre pet towel 70x140 cm", 200, "PCS", "58.00", "2026-12-14"),
    ])
    pc = po("4500233532", s, "marek", "MXN", "2026-11-30", [
        L(1, "CB-SEC-2400", "Pet dryer 2400 W, 2 speeds", 6, "EA", "3450.00", "2026-12-21"),
    ])
    name, em = BUYERS["marek"]
    blocks = [
        "Hola Marek, buenas tardes.",
        "Te confirmo el pedido 4500233531: champú 48 pzas a $289.00, cortaúñas 120 pzas a $74.50 y toallas\n"
        "200 pzas a $61.00 (aumento de nuestro proveedor), todo con entrega el 14/12/2026 en Rotterdam.",
        "El 4500233530 lo está viendo mi compañera Laura Méndez, ella te escribe por separado.",
        "Saludos cordiales,",
        ("sig", S("Alejandro Ruiz Cárdenas", "Ejecutivo de Ventas Internacionales",
                  "Distribuidora Canina del Bajío S.A. de C.V.", "Blvd. Adolfo López Mateos 2105, León, Gto. C.P. 37270",
                  "Tel. +52 477 555 0193")),
        quote_gt(pb, f"El vie, 27 nov 2026 a las 10:{_min('z')}, {name} (<{em}>) escribió:"),
    ]
    eml = reply(pb, ("Alejandro Ruiz Cárdenas", "ventas@caninabajio.example"), "Re: " + request_subject(pb),
                "2026-12-01 16:27:40 -0600", blocks, client="gmail", charset="UTF-8", lang="es-MX")
    exp = expected("confirmation", [conf(pb, {1: acc(pb, 1), 2: acc(pb, 2), 3: chg(pb, 3, price="61.00")})],
                   "Only PO 4500233531 is answered (towels re-priced to 61.00); 4500233530 is just mentioned as handled by "
                   "a colleague and 4500233532 not at all, so both are left out.")
    return [pa, pb, pc], eml, exp


# --------------------------------------------------------------------------- 049
@case(49, "rubber-seals-qmail-bounce", "bounce/sk-SK",
      "Plain-text qmail 'failure notice' with the raw original MIME request (PO table, dates) pasted below the error.")
def c049():
    s = sup("TESZIL", "Tesnenia Žilina s.r.o.", "objednavky@tesnenia-zilina.example", "sk-SK")
    p = po("4500233585", s, "pieter", "EUR", "2026-11-30", [
        L(1, "TZ-OR-1005", "O-ring 100x5 mm, EPDM 70", 1000, "PCS", "0.44", "2026-12-17"),
        L(2, "TZ-PL-3", "Rubber sheet 3 mm, NR/SBR, 1.4 m wide", 70, "M2", "9.00", "2026-12-17"),
    ])
    orig = request_eml(p).decode("ascii").replace("\r\n", "\n")
    t = req_dt(p).split()[1]
    text = S("Hi. This is the qmail-send program at mail.kestrel-holdings.example.",
             "I'm afraid I wasn't able to deliver your message to the following addresses.",
             "This is a permanent error; I've given up. Sorry it didn't work out.", "",
             f"<{s['email']}>:",
             "192.0.2.61 does not like recipient.",
             f"Remote host said: 550 5.1.1 <{s['email']}>: Recipient address rejected: User unknown in virtual mailbox table",
             "Giving up on 192.0.2.61.", "",
             "--- Below this line is a copy of the message.", "",
             f"Return-Path: <{BUYERS['pieter'][1]}>",
             f"Received: (qmail 28114 invoked by uid 89); {rfcdate(req_dt(p))}",
             orig)
    hs = [("Date", rfcdate(after_req(p, 0, "+0100", 4))),
          ("From", "MAILER-DAEMON@mail.kestrel-holdings.example"),
          ("To", BUYERS["pieter"][1]),
          ("Subject", "failure notice"),
          ("Message-ID", f"<1796026{int(hx('q', 4), 16):05d}.28117@mail.kestrel-holdings.example>")]
    body = text.replace("\n", "\r\n").encode("ascii")
    eml = b"".join(f"{k}: {v}\r\n".encode() for k, v in hs) + b"\r\n" + body
    return [p], eml, expected("bounce", notes=(
        "qmail bounce without MIME structure; the original request follows '--- Below this line is a copy of the "
        "message.' with its PO table, prices and 2026-12-17 as raw text."))


# --------------------------------------------------------------------------- 050
@case(50, "wedding-stationery-two-of-three-pos", "confirmation/nl-BE",
      "Flemish reply answering two of three open POs in separate blocks; one line addressed only with 'bekijken we nog'.")
def c050():
    s = sup("PAPBRUG", "Papeterie Brugge BV", "bestellingen@papeterie-brugge.example", "nl-BE")
    pa = po("4500233640", s, "ines", "EUR", "2026-11-23", [
        L(1, "PB-KRT-A6", "Wedding invitation card A6, 350 gsm, gold foil", 500, "EA", "1.35", "2026-12-11"),
        L(2, "PB-ENV-C6", "Envelope C6 114x162 mm, cream", 500, "EA", "0.22", "2026-12-11"),
    ])
    pb = po("4500233641", s, "ines", "EUR", "2026-11-24", [
        L(1, "PB-MNU-DL", "Menu card DL 99x210 mm, 2027 design", 300, "EA", "0.95", "2026-12-11"),
        L(2, "PB-PLC-107", "Place card 10x7 cm, folded", 300, "EA", "0.28", "2026-12-11"),
        L(3, "PB-SEAL-25", "Wax seal sticker 25 mm, 50/roll", 10, "ROL", "8.40", "2026-12-11"),
    ])
    pc = po("4500233642", s, "ines", "EUR", "2026-11-25", [
        L(1, "PB-GB-129", "Guest book 12x9 in., linen cover", 20, "EA", "18.50", "2027-01-08"),
    ])
    blocks = [
        "Dag Ines,",
        "Hierbij ons antwoord op jullie twee bestellingen van vorige week:",
        ("raw", S("Bestelling 4500233640",
                  "- uitnodigingskaarten A6: 500 st. à € 1,35 - levering 11/12/2026",
                  "- enveloppen C6: 500 st. à € 0,22 - levering 11/12/2026",
                  "",
                  "Bestelling 4500233641",
                  "- menukaarten DL: 300 st. à € 0,95 - levering 11/12/2026",
                  "- plaatskaartjes: 300 st. à € 0,30 (nieuwe karton, iets zwaarder) - levering 11/12/2026",
                  "- zegelstickers: die bekijken we nog met onze drukker, daar kom ik later op terug.")),
        "Met vriendelijke groeten,",
        ("sig", S("Lotte Vermeulen", "Papeterie Brugge BV", "Oostendse Steenweg 142, 8000 Brugge",
                  "T +32 50 55 61 28 | BTW BE 0456.123.789")),
        quote_outlook(pa, "nl"),
    ]
    eml = reply(pa, ("Lotte Vermeulen", "bestellingen@papeterie-brugge.example"), "RE: " + request_subject(pa),
                "2026-12-02 10:47:15 +0100", blocks, client="outlook", charset="windows-1252", lang="nl-BE",
                references=f"{pa['request_message_id']}")
    exp = expected("confirmation", [
        conf(pa, {1: acc(pa, 1), 2: acc(pa, 2)}),
        conf(pb, {1: acc(pb, 1), 2: chg(pb, 2, price="0.30"), 3: UNC})],
        "Threaded on PO 4500233640 but also answers 4500233641 (place cards re-priced 0,30; stickers 'still being "
        "checked' = unconfirmed). PO 4500233642 is not addressed and is left out.")
    return [pa, pb, pc], eml, exp


# --------------------------------------------------------------------------- 051
@case(51, "telecom-cabinets-body-vs-pdf", "needs_review/ro-RO",
      "Romanian body says delivery 18.12.2026 'conform comenzii' while the attached confirmation PDF says 08.01.2027 for line 1.")
def c051():
    s = sup("TELCARC", "Telecom Carcase SRL", "vanzari@telecomcarcase.example", "ro-RO")
    p = po("4500233695", s, "marek", "EUR", "2026-11-30", [
        L(1, "TC-OD-1600", "Outdoor telecom cabinet 1600x750x750 mm, IP55", 6, "EA", "3150.00", "2026-12-18"),
        L(2, "TC-BAT-48", "Battery cabinet 48V, 4 shelves", 6, "EA", "1240.00", "2026-12-18"),
    ])
    pdf = simple_doc([
        ("TELECOM CARCASE SRL", 14, True), "Str. Fabricii 12, 400620 Cluj-Napoca, Romania - CUI RO12345678",
        ("gap", 10), ("CONFIRMARE COMANDA nr. CC-2026-1187", 12, True), ("gap", 4),
        "Client: Kestrel Holdings B.V., Rotterdam          Comanda client: 4500233695 / 30.11.2026",
        "Data: 01.12.2026          Moneda: EUR", ("gap", 8),
        ("Poz.  Cod           Denumire                                  Cant.  UM   Pret unitar   Data livrare", 9, True),
        ("rule",),
        "1     TC-OD-1600    Dulap telecom exterior 1600x750x750 IP55     6    buc     3.150,00    08.01.2027",
        "2     TC-BAT-48     Dulap baterii 48V, 4 rafturi                 6    buc     1.240,00    18.12.2026",
        ("rule",),
        "                                                  Total fara TVA:  26.340,00 EUR",
        ("gap", 10), "Conditii de livrare: DAP Rotterdam. Plata: 60 zile.",
    ], title="Confirmare comanda CC-2026-1187", author="Telecom Carcase SRL", creator="Microsoft Word",
        producer="Microsoft Word for Microsoft 365", date="D:20261201113000+02'00'")
    assert 6 * 3150 + 6 * 1240 == 26340
    name, em = BUYERS["marek"]
    blocks = [
        "Bună ziua, domnule Lind,",
        "Vă confirmăm comanda 4500233695 conform comenzii, cu livrare pe 18.12.2026.\n"
        "Atașat găsiți confirmarea noastră de comandă.",
        "Cu stimă,",
        ("sig", S("Andreea Popescu", "Departament Vânzări", "Telecom Carcase SRL", "Tel. +40 264 555 318")),
        quote_gt(p, f"În lun., 30 nov. 2026 la 10:{_min('r')}, {name} <{em}> a scris:"),
    ]
    eml = reply(p, ("Andreea Popescu", "vanzari@telecomcarcase.example"), "Re: " + request_subject(p),
                "2026-12-01 11:52:04 +0200", blocks, client="gmail", charset="UTF-8",
                attachments=[pdf_att(pdf, "Confirmare_CC-2026-1187.pdf")], lang="ro-RO")
    return [p], eml, expected("needs_review", notes=(
        "Body: everything as ordered for 18.12.2026; attached PDF: line 1 on 08.01.2027. The two statements contradict "
        "each other, so a careful buyer cannot tell which date is committed."))


# --------------------------------------------------------------------------- 052
@case(52, "sports-nutrition-bulgarian-earlier", "confirmation/bg-BG",
      "Bulgarian windows-1251 reply with 'г.' after dates; one line delivered a week earlier than requested.")
def c052():
    s = sup("SNPD", "Спорт Нутришън Пловдив ЕООД", "poruchki@sportnutrition-pd.example", "bg-BG")
    p = po("4500233750", s, "dana", "EUR", "2026-11-30", [
        L(1, "SNP-BCAA-400", "BCAA 2:1:1 powder 400 g, watermelon", 500, "PCS", "8.90", "2026-12-18"),
        L(2, "SNP-PB-12", "Protein bar 60 g, 12/box, 2027 recipe", 150, "BOX", "14.40", "2026-12-18"),
        L(3, "SNP-SH-700", "Shaker 700 ml with mesh", 300, "PCS", "1.60", "2026-12-18"),
    ])
    blocks = [
        "Здравейте, г-жо Руис,",
        "Потвърждаваме поръчка № 4500233750:",
        ("raw", S("поз. 1 – 500 бр. по 8,90 EUR, доставка 18.12.2026 г.;",
                  "поз. 2 – 150 кутии по 14,40 EUR, доставка 11.12.2026 г. (по-рано от заявеното);",
                  "поз. 3 – 300 бр. по 1,60 EUR, доставка 18.12.2026 г.")),
        "Поздрави,",
        ("sig", S("Мария Георгиева", "Търговски отдел", "Спорт Нутришън Пловдив ЕООД",
                  "бул. „Марица“ 154, 4002 Пловдив", "тел. +359 32 555 614")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Мария Георгиева", "poruchki@sportnutrition-pd.example"), "RE: " + request_subject(p),
                "2026-12-02 09:33:21 +0200", blocks, client="outlook", charset="windows-1251", lang="bg-BG")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2026-12-11"), 3: acc(p, 3)})],
                   "Cyrillic windows-1251; '18.12.2026 г.' style dates; position 2 comes earlier (11.12.2026), which is "
                   "still a changed date.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 053
@case(53, "insulators-croatian-per-ten", "confirmation/hr-HR",
      "Croatian price 'za 10 kom' that equals the PO's per-piece price once divided; '15. 1. 2027.' dates - all accepted.")
def c053():
    s = sup("KERIZO", "Keramika Izolatori d.d.", "prodaja@keramika-izolatori.example", "hr-HR")
    p = po("4500233805", s, "sofia", "EUR", "2026-12-01", [
        L(1, "KI-VPI-20", "Support insulator 20 kV, indoor, M10 inserts", 80, "EA", "29.50", "2027-01-15"),
        L(2, "KI-PRO-10", "Wall bushing 10 kV, 630 A", 16, "EA", "118.00", "2027-01-15"),
    ])
    assert Decimal("295.00") / 10 == Decimal("29.50")
    blocks = [
        "Poštovana gospođo Brandt,",
        "zahvaljujemo na narudžbi i potvrđujemo je kako slijedi:",
        ("raw", S("stavka 1: 80 kom, cijena 295,00 EUR za 10 kom, isporuka 15. 1. 2027.",
                  "stavka 2: 16 kom, cijena 118,00 EUR/kom, isporuka 15. 1. 2027.")),
        "Srdačan pozdrav,",
        ("sig", S("Ivana Horvat", "Prodaja", "Keramika Izolatori d.d., Industrijska cesta 3, 10360 Sesvete",
                  "Tel. +385 1 555 2047")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Ivana Horvat", "prodaja@keramika-izolatori.example"), "RE: " + request_subject(p),
                "2026-12-02 14:18:39 +0100", blocks, client="outlook", charset="windows-1250", lang="hr-HR")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: acc(p, 2)})],
                   "Line 1 priced per 10 pieces: 295,00 / 10 = 29.50 EUR = PO price, so nothing changed; '15. 1. 2027.' is "
                   "15 January 2027 as requested.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 054
@case(54, "carbon-brushes-serbian-partial-split", "confirmation/sr-RS",
      "Serbian Latin reply: lines 1 and 3 'u celosti', line 2 delivered 100 now and the remaining 50 in January.")
def c054():
    s = sup("ELUGNIS", "Elektrougalj Niš d.o.o.", "prodaja@elektrougalj-nis.example", "sr-RS")
    p = po("4500233860", s, "marek", "EUR", "2026-12-01", [
        L(1, "EN-CB-1025", "Carbon brush 10x25x40 mm, electrographite, 2.5 mm2 lead", 300, "PCS", "4.10", "2026-12-22"),
        L(2, "EN-CB-1632", "Carbon brush 16x32x50 mm, metal-graphite", 150, "PCS", "7.40", "2026-12-22"),
        L(3, "EN-SP-25", "Brush spring 2.5 N", 450, "PCS", "0.65", "2026-12-22"),
    ])
    name, em = BUYERS["marek"]
    blocks = [
        "Poštovani gospodine Lind,",
        "potvrđujemo porudžbenicu br. 4500233860: stavke 1 i 3 u celosti (količina, cena, rok 22.12.2026.).",
        "Stavka 2: možemo isporučiti 100 kom. do 22.12.2026., a preostalih 50 kom. do 15.01.2027., po ceni iz porudžbine.",
        "Srdačan pozdrav,",
        ("sig", S("Milan Jovanović", "Komercijala", "Elektrougalj Niš d.o.o., Bulevar 12. februara 88, 18000 Niš",
                  "Tel: +381 18 555 430")),
        quote_gt(p, f"uto, 1. dec 2026. u 10:{_min('s')} {name} <{em}> je napisao/la:"),
    ]
    eml = reply(p, ("Milan Jovanović", "prodaja@elektrougalj-nis.example"), "Re: " + request_subject(p),
                "2026-12-03 08:55:12 +0100", blocks, client="gmail", charset="UTF-8", lang="sr-RS")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1),
                                                2: chg(p, 2, schedule=[(100, "2026-12-22"), (50, "2027-01-15")]),
                                                3: acc(p, 3)})],
                   "'Bulevar 12. februara' in the signature is a street name, not a date; line 2 split 100 + 50, last "
                   "delivery 2027-01-15, price unchanged.")
    return [p], eml, exp
