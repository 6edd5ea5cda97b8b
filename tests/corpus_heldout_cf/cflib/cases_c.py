from .common import (case, supplier, po, conf, other, C, A, R, U, reply, mdate, wd, kw_fri, pdf_att, xlsx_att,
                     csv_att, inline_quote, auto_reply, report_bounce, req_subject, body_html)
from .pdf import make_pdf


@case("diffusers-buddhist-year-tis620", "confirmation/th-TH",
      "Thai TIS-620 reply writes dates in the Buddhist era ('22 ธ.ค. 2569' = 2026-12-22) and changes one roll price")
def c036(n):
    s = supplier("AQUAAIR", "Aqua Air Thai Co., Ltd.", "sales@aquaairthai.example", "th-TH")
    p = po("4500232109", s, "THB", "2026-11-11", [
        ("AQD-DISC-9", "Fine bubble disc diffuser 9 in, EPDM", 200, "EA", "185.00", "2026-12-15"),
        ("AQD-TUBE-16", "Aeration tube 16 mm, roll 100 m", 10, "ROL", "1450.00", "2026-12-15"),
    ], buyer="tom")
    body = ("เรียน คุณ Tom\n\nขอยืนยันใบสั่งซื้อเลขที่ 4500232109 ดังนี้\n\n"
            "รายการที่ 1 AQD-DISC-9 หัวทรายจานละเอียด 9 นิ้ว จำนวน 200 ชิ้น ราคา 185.00 บาท/ชิ้น ส่งของวันที่ 15 ธ.ค. 2569\n"
            "รายการที่ 2 AQD-TUBE-16 ท่อเติมอากาศ 16 มม. จำนวน 10 ม้วน ราคาใหม่ 1,520.00 บาท/ม้วน ส่งของวันที่ 22 ธ.ค. 2569\n\n"
            "ขอแสดงความนับถือ\nสมชาย วงศ์ทอง\nฝ่ายขาย บริษัท อควาแอร์ไทย จำกัด\n"
            "99/12 หมู่ 4 ถ.บางนา-ตราด อ.บางพลี จ.สมุทรปราการ 10540\nโทร. 02-312-4455")
    eml = reply(n, p, date=mdate(2026, 11, 23, 14, 2, 50, "+0700"), body=body, cs="tis-620", cte="base64",
                contact="Khun Somchai")
    assert 2569 - 543 == 2026
    return [p], eml, conf([(p, {1: A, 2: C(10, "1520.00", "2026-12-22")})],
                          "Buddhist-era year 2569 = 2026: line 1 15 Dec as ordered; line 2 new price 1,520 THB per roll "
                          "and 22 Dec.")


@case("grow-bags-html-table-vi", "confirmation/vi-VN",
      "HTML-only Vietnamese reply with a table using dot thousands and comma decimals; one quantity reduced")
def c037(n):
    s = supplier("NAMVIET", "Nam Viet Xanh Co., Ltd.", "sales@namvietxanh.example", "vi-VN")
    p = po("4500232017", s, "USD", "2026-11-10", [
        ("TN-PP-2540", "Mushroom bag PP 25x40 cm with filter patch", 30000, "PCS", "0.045", "2026-12-18"),
        ("TN-CAP-38", "Plastic collar + cap 38 mm", 30000, "SET", "0.021", "2026-12-18"),
    ], buyer="marta")
    hb = ("<p>Kính gửi chị Marta,</p><p>Công ty chúng tôi xác nhận đơn hàng 4500232017 như sau:</p>\n"
          "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">\n"
          "<tr><th>STT</th><th>Mã hàng</th><th>Số lượng</th><th>Đơn giá (USD)</th><th>Ngày giao</th></tr>\n"
          "<tr><td>1</td><td>TN-PP-2540</td><td>30.000</td><td>0,045</td><td>18/12/2026</td></tr>\n"
          "<tr><td>2</td><td>TN-CAP-38</td><td>20.000</td><td>0,021</td><td>18/12/2026</td></tr>\n</table>\n"
          "<p>Ghi chú: mục 2 hiện chỉ còn 20.000 bộ, phần còn lại chúng tôi không cung cấp được.</p>\n"
          "<p>Trân trọng,<br>Nguyễn Thị Hoa<br>Phòng Kinh doanh - Công ty TNHH Nấm Việt Xanh<br>"
          "KCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh<br>ĐT: +84 28 3754 2190</p>")
    eml = reply(n, p, date=mdate(2026, 11, 12, 9, 36, 14, "+0700"), body="", html_body=hb, html="only",
                quote="gmail", cs="utf-8", cte="base64", client="gmail", prefix="Re:", contact="Ms. Hoa")
    return [p], eml, conf([(p, {1: A, 2: C(20000, "0.021", "2026-12-18")})],
                          "Only HTML: line 1 as ordered; line 2 '20.000' = 20000 sets (dot thousands), the rest cannot be "
                          "supplied; '0,045' is 0.045 USD.")


@case("snuffer-caps-price-per-100", "confirmation/sk-SK",
      "Price quoted 'EUR / 100 ks' must be converted to the PO's per-piece price")
def c038(n):
    s = supplier("KOVLIT", "Kováč Liturgia s.r.o.", "objednavky@kovac-liturgia.example", "sk-SK")
    p = po("4500231915", s, "EUR", "2026-11-09", [
        ("ZHS-ZV-25", "Spare snuffer bell cap brass 25 mm", 500, "PCS", "0.74", "2026-12-11"),
        ("ZHS-TYC-45", "Candle snuffer with wooden handle 45 cm", 30, "EA", "11.20", "2026-12-11"),
    ], buyer="marta")
    body = ("Dobrý deň pani Kowalczyk,\n\nk Vašej objednávke 4500231915:\n\n"
            "Pol. 1 - zvonček zhášadla 25 mm: 500 ks, cena 78,00 EUR / 100 ks, dodanie 11.12.2026.\n"
            "Pol. 2 - zhášadlo s drevenou rúčkou 45 cm: potvrdzujeme podľa objednávky.\n\n"
            "S pozdravom\nMartin Kováč\nKováč Liturgia s.r.o.\nHlavná 48, 040 01 Košice\ntel. +421 55 622 41 09")
    eml = reply(n, p, date=mdate(2026, 11, 18, 13, 51, 3, "+0100"), body=body, cs="iso-8859-2", ql="sk", prefix="Re:",
                contact="pán Kováč")
    return [p], eml, conf([(p, {1: C(500, "0.78", "2026-12-11"), 2: A})],
                          "Line 1: 78,00 EUR per 100 pcs = 0.78 per PCS (was 0.74), date as requested; line 2 as ordered.")


@case("goggle-lenses-viikolla", "confirmation/fi-FI",
      "Finnish week numbers 'viikolla 50' / 'viikolla 49' without a day mean the Fridays; one price is raised")
def c039(n):
    s = supplier("LUMILASI", "Lumilasi Oy", "myynti@lumilasi.example", "fi-FI")
    p = po("4500231871", s, "EUR", "2026-11-06", [
        ("LAS-CYL-C2", "Replacement lens cylindrical, cat. 2", 100, "EA", "16.40", "2026-12-04"),
        ("LAS-TOR-C3", "Toric lens cat. 3, 2027 model, size M", 60, "EA", "24.90", "2026-12-04"),
    ])
    body = ("Hei Dana,\n\nkiitos tilauksesta.\n\nRivi 1: ok, 100 kpl, toimitus viikolla 50.\n"
            "Rivi 2: ok, 60 kpl, toimitus viikolla 49, hinta kuitenkin 25,90 € / kpl (uusi mallisto).\n\n"
            "Ystävällisin terveisin\nJussi Heikkinen\nMyynti | Lumilasi Oy\nTeollisuustie 9, 96320 Rovaniemi\n"
            "+358 16 348 2210")
    eml = reply(n, p, date=mdate(2026, 11, 16, 10, 20, 0, "+0200"), body=body, cs="iso-8859-15", ql="fi", prefix="VS:",
                contact="Jussi")
    return [p], eml, conf([(p, {1: C(100, "16.40", kw_fri(2026, 50)), 2: C(60, "25.90", kw_fri(2026, 49))})],
                          "Week 50 -> Friday 2026-12-11 (line 1), week 49 -> Friday 2026-12-04 = requested but line 2 "
                          "price 25,90 instead of 24,90.")


@case("baguette-trays-two-lots-lt", "confirmation/lt-LT",
      "Lithuanian prose splits the single line into 200 + 100 pieces with month-name dates 'gruodžio 14 d.' / 'gruodžio 21 d.'")
def c040(n):
    s = supplier("KEPIRANG", "UAB Kepyklų įranga", "pardavimai@kepyklu-iranga.example", "lt-LT")
    p = po("4500232099", s, "EUR", "2026-11-11", [
        ("KEP-BGT-5", "Baguette tray 5 channels 600x400 mm, perforated", 300, "EA", "19.80", "2026-12-14"),
    ])
    body = ("Laba diena,\n\npatvirtiname užsakymą Nr. 4500232099: 200 vnt. pristatysime gruodžio 14 d., likusius 100 vnt. - "
            "gruodžio 21 d. Kaina nesikeičia - 19,80 EUR/vnt.\n\nPagarbiai\nRasa Kazlauskienė\nUAB Kepyklų įranga\n"
            "Pramonės pr. 16, LT-51327 Kaunas\nTel. +370 37 45 22 18")
    eml = reply(n, p, date=mdate(2026, 11, 20, 11, 12, 40, "+0200"), body=body, cs="windows-1257", contact="Rasa")
    return [p], eml, conf([(p, {1: C(300, "19.80", "2026-12-21", [(200, "2026-12-14"), (100, "2026-12-21")])})],
                          "Two deliveries: 200 on 14 Dec and 100 on 21 Dec 2026 (no year given, next occurrence); price "
                          "unchanged.")


@case("buffer-stops-serbian-cyrillic", "confirmation/sr-RS",
      "Serbian Cyrillic reply, 'испорука до 22.01.2027' one week before the requested date, price per set changed")
def c042(n):
    s = supplier("ZELOPR", "Železnička oprema d.o.o.", "prodaja@zeleznicka-oprema.example", "sr-RS")
    p = po("4500231771", s, "EUR", "2026-11-05", [
        ("BRN-FIX-49", "Fixed buffer stop for rail 49E1", 2, "EA", "6400.00", "2027-01-29"),
        ("BRN-ANK-M20", "Anchor bolt set M20x250", 4, "SET", "185.00", "2027-01-29"),
    ], buyer="jonas")
    body = ("Поштовани господине Вебер,\n\nпотврђујемо поруџбину 4500231771:\n\n"
            "Позиција 1: 2 ком, цена 6.400,00 EUR, испорука до 22.01.2027.\n"
            "Позиција 2: 4 комплета, цена 192,00 EUR по комплету, испорука 22.01.2027.\n\n"
            "Срдачан поздрав,\nНенад Јовановић\nЖелезничка опрема д.о.о.\nБулевар ослобођења 88, 21000 Нови Сад\n"
            "тел. +381 21 480 77 12")
    eml = reply(n, p, date=mdate(2026, 11, 19, 15, 0, 22, "+0100"), body=body, cs="utf-8", contact="Nenad")
    return [p], eml, conf([(p, {1: C(2, "6400.00", "2027-01-22"), 2: C(4, "192.00", "2027-01-22")})],
                          "Both lines delivered by 22.01.2027 (requested 29.01.); line 2 price 192,00 per set; '6.400,00' "
                          "is 6400.00.")


@case("rescue-sets-three-pos-two-answered", "confirmation/en-ZA",
      "Three POs in pos.json; the reply answers two (one with a changed line) and postpones the third, which is left out")
def c045(n):
    s = supplier("HVMS", "Highveld Mine Safety (Pty) Ltd", "orders@highveldsafety.example", "en-ZA")
    p1 = po("KS-26-0411", s, "ZAR", "2026-11-18", [
        ("SCSR-60", "Self-contained self-rescuer 60 min", 40, "EA", "3850.00", "2026-12-11")])
    p2 = po("KS-26-0412", s, "ZAR", "2026-11-18", [
        ("MRM-HOSE-11", "Breathing hose 1.1 m for rescue mask", 30, "EA", "420.00", "2026-12-11"),
        ("MRM-VLV-KIT", "Exhalation valve kit", 60, "SET", "95.00", "2026-12-11")])
    p3 = po("KS-26-0415", s, "ZAR", "2026-11-19", [
        ("MRM-BAG-34", "Carry bag for rescue set, 3/4 length", 20, "EA", "310.00", "2026-12-18")])
    body = ("Morning Dana,\n\nThanks for the three orders. Our answers:\n\n"
            "PO KS-26-0411: confirmed, 40 units SCSR-60 at R3 850,00 each, delivery 11/12/2026.\n"
            "PO KS-26-0412: breathing hoses confirmed as ordered (30 @ R420,00, 11/12/2026). Valve kits: 60 sets at R98,50, "
            "delivery 18/12/2026.\n"
            "PO KS-26-0415: carry bags - still waiting on fabric, we'll come back to you on this one.\n\n"
            "Kind regards\nThabo Nkosi\nInternal Sales | Highveld Mine Safety (Pty) Ltd\n"
            "14 Nobel Street, Jet Park, Boksburg 1459\nTel: +27 11 397 5520\n\n"
            "This e-mail is subject to the Highveld Mine Safety e-mail disclaimer available on request.")
    eml = reply(n, p1, date=mdate(2026, 11, 27, 8, 4, 11, "+0200"), body=body, cs="utf-8", contact="Thabo",
                subject="RE: Purchase orders KS-26-0411 / 0412 / 0415 - request for order confirmation")
    return [p1, p2, p3], eml, conf([(p1, {1: A}), (p2, {1: A, 2: C(60, "98.50", "2026-12-18")})],
                                   "Space thousands and comma decimals (R3 850,00); KS-26-0412 line 2 price 98,50 and "
                                   "18/12/2026; KS-26-0415 only postponed -> not in confirmations.")


@case("diffusers-malay-split", "confirmation/ms-MY",
      "Malay reply splits the blower line into two deliveries (16/12/2026 and 08/01/2027) because of stock")
def c046(n):
    s = supplier("AKUATEK", "Akuatek Sdn. Bhd.", "jualan@akuatek.example", "ms-MY")
    p = po("4500231955", s, "MYR", "2026-11-09", [
        ("PNY-NANO-30", "Nano bubble diffuser tube 30 cm", 150, "EA", "28.50", "2026-12-16"),
        ("PNY-BLW-750", "Ring blower 750 W, 240V", 4, "EA", "1180.00", "2026-12-16"),
    ], buyer="priya")
    body = ("Salam sejahtera Puan Priya,\n\nTerima kasih atas pesanan 4500231955.\n\n"
            "Item 1: disahkan, 150 unit @ RM28.50, penghantaran 16/12/2026.\n"
            "Item 2: stok semasa hanya 2 unit. 2 unit akan dihantar pada 16/12/2026 dan baki 2 unit pada 08/01/2027. "
            "Harga kekal RM1,180.00 seunit.\n\nSekian, terima kasih.\n\nAhmad Faizal bin Ismail\nEksekutif Jualan\n"
            "Akuatek Sdn. Bhd.\nLot 22, Jalan Perusahaan 3, 34600 Kamunting, Perak\nTel: +60 5 891 2234")
    eml = reply(n, p, date=mdate(2026, 11, 11, 16, 48, 0, "+0800"), body=body, client="gmail", quote="gmail",
                prefix="Re:", contact="Encik Ahmad")
    return [p], eml, conf([(p, {1: A, 2: C(4, "1180.00", "2027-01-08", [(2, "2026-12-16"), (2, "2027-01-08")])})],
                          "Line 2 split 2 + 2 units, last delivery 08/01/2027 (day-first); price unchanged; line 1 as "
                          "ordered.")


@case("gym-mats-hindi-english", "confirmation/hi-IN",
      "Hindi/English mixed reply with rupee-sign prices '₹19,800' and dispatch dates (ship dates) in day-first order")
def c047(n):
    s = supplier("GUPTASPT", "Gupta Sports Industries", "sales@guptasports.example", "hi-IN")
    p = po("4500232010", s, "INR", "2026-11-10", [
        ("GYM-MAT-64", "Gymnastics mat 6x4 ft, 50 mm, PVC cover", 40, "EA", "3450.00", "2026-12-11"),
        ("GYM-CRASH-86", "Crash mat 8x6 ft, 200 mm", 4, "EA", "18900.00", "2026-12-11"),
    ], buyer="priya")
    body = ("नमस्ते प्रिया जी,\n\nआपका PO 4500232010 मिल गया, धन्यवाद।\n\n"
            "Item 1: 40 nos @ ₹3,450 - confirm, dispatch 11/12/2026.\n"
            "Item 2: ₹19,800 per piece (नया रेट, foam महंगा हुआ है), 4 nos, dispatch 18/12/2026.\n\n"
            "धन्यवाद,\nविकास गुप्ता\nGupta Sports Industries\nSports Goods Complex, Meerut 250002 (U.P.)\n"
            "Mob: +91 98370 41122")
    eml = reply(n, p, date=mdate(2026, 11, 17, 18, 5, 33, "+0530"), body=body, cs="utf-8", cte="base64",
                client="gmail", quote="gmail", prefix="Re:", contact="Vikas ji")
    return [p], eml, conf([(p, {1: A, 2: C(4, "19800.00", "2026-12-18")})],
                          "Only dispatch (ship) dates: line 1 11/12/2026 as requested; line 2 new price 19,800 INR and "
                          "dispatch 18/12/2026.")


@case("cheese-boards-body-and-pdf", "confirmation/en-IE",
      "Body summarises vaguely ('second week of January'); the attached PDF gives the exact split dates that make the label")
def c048(n):
    s = supplier("BURRENTP", "Burren Timber Products Ltd", "sales@burrentimber.example", "en-IE")
    p = po("4500231662", s, "EUR", "2026-11-04", [
        ("CB-SPR-1200", "Spruce cheese board 1200x300x30 mm, kiln dried", 60, "EA", "22.40", "2026-12-10"),
        ("CB-SPR-600", "Spruce cheese board 600x300x30 mm", 120, "EA", "12.10", "2026-12-10"),
        ("CB-RACK-6", "Shelf bracket set for 6 boards, M10x40 bolts", 10, "SET", "86.00", "2026-12-10"),
    ])
    pdf = make_pdf([
        "Burren Timber Products Ltd", "Unit 3, Ennis Business Park, Ennis, Co. Clare, V95 T2K8, Ireland", "",
        "ORDER ACKNOWLEDGEMENT  SO-48817", "Date: 12/11/2026", "Customer: Kestrel Supply Group B.V.",
        "Your order: 4500231662 of 04/11/2026", "Terms: DAP Venlo", "",
        "Ln  Item          Description                          Qty   UoM   Price EUR   Delivery",
        "1   CB-SPR-1200   Spruce board 1200x300x30 kiln dried   60   EA       22.40   10/12/2026",
        "2   CB-SPR-600    Spruce board 600x300x30              100   EA       12.10   10/12/2026",
        "2   CB-SPR-600    (balance)                             20   EA       12.10   15/01/2027",
        "3   CB-RACK-6     Bracket set 6 boards, M10x40          10   SET      86.00   10/12/2026",
        "", "Delivery dates are dates of delivery to your premises.", "VAT No. IE 6388047V",
    ], title="SO-48817", author="Sage 200", creation="D:20261112101500Z")
    body = ("Hi Dana,\n\nPlease find attached our order acknowledgement SO-48817. In short: lines 1 and 3 as ordered for "
            "10 Dec; line 2 we can only do 100 this side of Christmas, the other 20 follow in the second week of January "
            "(exact dates on the acknowledgement).\n\nBest regards,\nSiobhán Murphy\nCustomer Service | Burren Timber "
            "Products Ltd\nUnit 3, Ennis Business Park, Ennis, Co. Clare, V95 T2K8\nT: +353 65 682 4410")
    eml = reply(n, p, date=mdate(2026, 11, 12, 10, 21, 7, "+0000"), body=body, cs="utf-8", contact="Siobhán",
                attachments=[pdf_att(pdf, "SO-48817.pdf")])
    return [p], eml, conf([(p, {1: A, 2: C(120, "12.10", "2027-01-15", [(100, "2026-12-10"), (20, "2027-01-15")]),
                                3: A})],
                          "Body is vague on the second lot; the PDF gives 100 on 10/12/2026 and 20 on 15/01/2027 "
                          "(delivery dates); lines 1 and 3 as ordered.")


@case("grow-bags-price-per-box-es", "confirmation/es-ES",
      "Price given per box of 500 ('92,50 €/caja') for a line ordered in pieces; quantity restated as 10 boxes")
def c049(n):
    s = supplier("SUSTRIOJ", "Sustratos y Envases La Rioja, S.L.", "comercial@sustratosrioja.example", "es-ES")
    p = po("4500231898", s, "EUR", "2026-11-09", [
        ("BCS-PP-4060", "Mushroom grow bag PP 40x60 cm, filter 0.5 um", 5000, "PCS", "0.19", "2026-12-11"),
        ("BCS-SELL-400", "Impulse bag sealer 400 mm", 2, "EA", "245.00", "2026-12-11"),
    ], buyer="marta")
    body = ("Hola Marta:\n\nGracias por el pedido 4500231898.\n\n"
            "Pos. 1: las bolsas se sirven en cajas de 500 unidades a 92,50 €/caja; confirmamos 10 cajas (5.000 uds.), "
            "entrega 11/12/2026.\nPos. 2: conforme pedido, 2 selladoras a 245,00 €, misma fecha de entrega.\n\n"
            "Un saludo,\nJavier Moreno\nDpto. Comercial\nSustratos y Envases La Rioja, S.L.\n"
            "Pol. Ind. El Sequero, nave 14, 26509 Agoncillo (La Rioja)\nTel. 941 43 72 10\n\n"
            "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y para uso exclusivo de su destinatario.")
    eml = reply(n, p, date=mdate(2026, 11, 13, 12, 40, 55, "+0100"), body=body, cs="windows-1252", ql="es",
                contact="Javier")
    assert 92.50 / 500 == 0.185
    return [p], eml, conf([(p, {1: C(5000, "0.185", "2026-12-11"), 2: A})],
                          "Line 1: 10 boxes x 500 = 5000 PCS; 92,50 EUR per box / 500 = 0.185 per PCS (PO 0.19); line 2 "
                          "as ordered.")


@case("goggle-lenses-csv-fr-ca", "confirmation/fr-CA",
      "The answer is only in a semicolon CSV with comma decimals; one delivery date moves")
def c050(n):
    s = supplier("OPTBOREAL", "Optiques Boréal inc.", "commandes@optiquesboreal.example", "fr-CA")
    p = po("4500231990", s, "CAD", "2026-11-10", [
        ("LEN-MIR-C3", "Mirror lens cat. 3, size M", 120, "EA", "21.00", "2026-12-11"),
        ("LEN-YEL-C1", "Yellow lens cat. 1, 2027 collection", 80, "EA", "18.50", "2026-12-11"),
        ("LEN-POCHE", "Microfibre pouch 12x20 cm", 200, "EA", "2.10", "2026-12-11"),
    ], buyer="tom")
    csv = ("ligne;article;qte;prix_unitaire;devise;date_livraison\r\n1;LEN-MIR-C3;120;21,00;CAD;2026-12-11\r\n"
           "2;LEN-YEL-C1;80;18,50;CAD;2026-12-18\r\n3;LEN-POCHE;200;2,10;CAD;2026-12-11\r\n")
    body = ("Bonjour,\n\nVoir le fichier CSV ci-joint pour la confirmation de votre commande 4500231990.\n\n"
            "Merci et bonne journée!\n\nÉmilie Gagnon\nService à la clientèle\nOptiques Boréal inc.\n"
            "1450, rue Bouvier, Québec (Québec) G2K 1L9\n418 555-0182")
    eml = reply(n, p, date=mdate(2026, 11, 24, 9, 3, 44, "-0500"), body=body, cs="windows-1252", ql="fr",
                prefix="RE :", contact="Émilie", attachments=[csv_att(csv, "confirmation_4500231990.csv", "windows-1252")])
    return [p], eml, conf([(p, {1: A, 2: C(80, "18.50", "2026-12-18"), 3: A})],
                          "All values in the CSV: only line 2's date differs (2026-12-18); prices with comma decimals "
                          "equal the PO.")


@case("xray-cables-erp-pdf-accepted", "confirmation/en-US",
      "An automatic ERP e-mail from a no-reply address whose Flate PDF acknowledges everything as ordered: a confirmation, not an auto-reply")
def c052(n):
    s = supplier("CLEARVW", "ClearView Dental Imaging LLC", "orders@clearviewdental.example", "en-US")
    p = po("4500231801", s, "USD", "2026-11-05", [
        ("XS-CBL-3M", "Sensor USB cable 3 m, replacement", 25, "EA", "149.00", "2026-12-07"),
        ("XS-POS-KIT", "Sensor positioning kit, bite blocks 4/3", 40, "EA", "38.50", "2026-12-07"),
    ])
    pdf = make_pdf([
        "ClearView Dental Imaging LLC", "2800 Lakeshore Dr, Suite 300, Milwaukee, WI 53207, USA", "",
        "SALES ORDER ACKNOWLEDGMENT        SO# 771204", "Order Date: 11/09/2026", "Customer PO: 4500231801",
        "Sold To: Kestrel Supply Group B.V., Venlo, NL", "Ship Via: UPS Worldwide Expedited   Terms: Net 30", "",
        "Line  Item         Description                        Qty  UOM   Unit Price   Ext. Price   Sched. Delivery",
        "1     XS-CBL-3M    Sensor USB cable 3 m               25   EA      $149.00    $3,725.00   12/07/2026",
        "2     XS-POS-KIT   Positioning kit, bite blocks 4/3   40   EA       $38.50    $1,540.00   12/07/2026",
        "", "Order Total: $5,265.00", "Thank you for your business!",
    ], compress=True, title="SO 771204", author="NetSuite", creation="D:20261109081500-06'00'")
    body = ("This is an automatically generated message from ClearView Dental Imaging.\n\n"
            "Attached is the order acknowledgment SO# 771204 for your purchase order 4500231801.\n\n"
            "Please do not reply to this e-mail. For questions contact orders@clearviewdental.example or call "
            "(414) 555-0190.\n")
    eml = reply(n, p, date=mdate(2026, 11, 9, 8, 15, 21, "-0600"), body=body, client="erp", quote="none", html=None,
                cs="us-ascii", cte="7bit", hdr_cs="utf-8", frm=("ClearView Dental Imaging", "no-reply@clearviewdental.example"),
                subject="Order Acknowledgment SO# 771204 - Your PO 4500231801", thread=False,
                extra_headers=[("Auto-Submitted", "auto-generated")], attachments=[pdf_att(pdf, "SO771204.pdf")])
    assert 25 * 149 == 3725 and 40 * 38.5 == 1540 and 3725 + 1540 == 5265
    return [p], eml, conf([(p, {1: A, 2: A})],
                          "ERP acknowledgment PDF (Flate): quantities, prices and 12/07/2026 (month-first = 7 Dec) all "
                          "as ordered; the Auto-Submitted header does not make it an auto_reply.")


@case("bell-clappers-inline-de", "confirmation/de-DE",
      "Short answers typed under each quoted PO row (bottom-quoted '>' text): a week-only date, 'OK', a new price and a dropped line")
def c054(n):
    s = supplier("GLOCKEDER", "Glockengießerei Eder GmbH & Co. KG", "vertrieb@glocken-eder.example", "de-DE")
    p = po("4500232121", s, "EUR", "2026-11-12", [
        ("KLP-GLK-350", "Forged bell clapper for 350 kg bell", 2, "EA", "1640.00", "2026-12-18"),
        ("KLP-LED-350", "Clapper leather suspension, 350 kg bell", 2, "EA", "210.00", "2026-12-18"),
        ("KLP-BOLZ-M16", "Clapper bolt M16x120, galvanised", 8, "EA", "14.80", "2026-12-18"),
        ("KLP-FETT-1", "Special grease for clapper bearing, 1 kg tin", 3, "EA", "39.00", "2026-12-18"),
    ], buyer="jonas")
    body = ("Hallo Herr Weber,\n\nunsere Antworten unten im Text.\n\nGruß\nThomas Eder\n"
            "Glockengießerei Eder GmbH & Co. KG\nGießereistraße 4, 94474 Vilshofen\nTel. 08541 9631-0\n\n" +
            inline_quote(p, {1: "-> bestätigt, Liefertermin KW 2/2027 (Schmiede ausgelastet)", 2: "-> OK",
                             3: "-> Preis 15,20 EUR/Stk., Menge und Termin ok",
                             4: "-> entfällt, Artikel nicht mehr lieferbar"}, "de", "Herr Eder"))
    eml = reply(n, p, date=mdate(2026, 11, 24, 7, 49, 30, "+0100"), body=body, cs="iso-8859-15", cte="8bit",
                client="thunderbird", quote="none", html=None, prefix="AW:")
    return [p], eml, conf([(p, {1: C(2, "1640.00", kw_fri(2027, 2)), 2: A, 3: C(8, "15.20", "2026-12-18"), 4: R})],
                          "Inline answers: line 1 'KW 2/2027' -> Friday 2027-01-15; line 2 OK; line 3 price 15,20; line 4 "
                          "no longer available -> rejected.")


# ------------------------------------------------------------------ not confirmations
@case("barrel-bungs-confirmaremos", "needs_review/es-ES",
      "Receipt of the order with 'os confirmaremos precios y fecha la semana que viene' and a date ('viernes 27') that is not a delivery date")
def n_es(n):
    s = supplier("TAPRIOJ", "Taponería Riojana, S.L.", "pedidos@taponeriariojana.example", "es-ES")
    p = po("4500232188", s, "EUR", "2026-11-13", [
        ("TAP-SIL-55", "Silicone barrel bung 55 mm, 12 mm hole", 600, "PCS", "2.35", "2026-12-14"),
        ("TAP-SIL-60", "Silicone barrel bung 60 mm, solid", 400, "PCS", "2.55", "2026-12-14"),
    ])
    body = ("Hola Dana,\n\nhemos recibido el pedido 4500232188, gracias. Estamos pendientes de que nuestro proveedor de "
            "silicona nos confirme plazos y el nuevo precio de la materia prima para 2027.\n\n"
            "Os confirmaremos precios y fecha de entrega la semana que viene, como muy tarde el viernes 27.\n\n"
            "Un saludo,\nLaura Giménez\nTaponería Riojana, S.L.\nCtra. de Logroño km 3, 26200 Haro (La Rioja)\n"
            "Tel. 941 31 04 22")
    eml = reply(n, p, date=mdate(2026, 11, 18, 17, 22, 0, "+0100"), body=body, cs="iso-8859-1", ql="es", contact="Laura")
    wd("2026-11-27", "Fri")
    return [p], eml, other("needs_review",
                           "Only an acknowledgement of receipt: prices and dates will be confirmed next week; 'viernes 27' "
                           "is the promised answer date, not a delivery date.")


@case("gym-mats-body-vs-pdf-conflict", "needs_review/de-DE",
      "Body says 'Liefertermin 11.12.2026' but the attached Flate PDF order confirmation says 08.01.2027 for both lines")
def n_de(n):
    s = supplier("TURNKRG", "Turnsport Krüger GmbH", "auftrag@turnsport-krueger.example", "de-DE")
    p = po("4500232005", s, "EUR", "2026-11-10", [
        ("TM-200-100-8", "Gymnastics mat 200x100x8 cm, class 2", 30, "EA", "139.00", "2026-12-11"),
        ("TM-WAGEN-10", "Mat trolley for 10 mats", 2, "EA", "389.00", "2026-12-11"),
    ])
    pdf = make_pdf([
        "Turnsport Krüger GmbH - Am Sportpark 6 - 34123 Kassel", "", "Auftragsbestätigung AB-2026-3318", "",
        "Ihre Bestellung 4500232005 vom 10.11.2026", "Kunde: Kestrel Supply Group B.V., Venlo", "",
        "Pos.  Artikel        Bezeichnung                      Menge   Einzelpreis   Liefertermin",
        "1     TM-200-100-8   Turnmatte 200x100x8 cm, Kl. 2    30 St      139,00 EUR   08.01.2027",
        "2     TM-WAGEN-10    Mattenwagen für 10 Matten         2 St      389,00 EUR   08.01.2027",
        "", "Gesamtbetrag netto: 4.948,00 EUR",
    ], compress=True, title="AB-2026-3318", author="Sage 100", creation="D:20261117093000+01'00'")
    body = ("Sehr geehrte Frau Ruiz,\n\nvielen Dank für Ihren Auftrag. Beide Positionen bestätigen wir zu Ihren Preisen, "
            "Liefertermin 11.12.2026.\n\nDie Auftragsbestätigung finden Sie im Anhang.\n\nMit freundlichen Grüßen\n"
            "Sabine Krüger\nTurnsport Krüger GmbH\nAm Sportpark 6, 34123 Kassel\nTel. 0561 57 30 88-12\n"
            "Geschäftsführer: Dirk Krüger | AG Kassel HRB 17720")
    eml = reply(n, p, date=mdate(2026, 11, 17, 9, 36, 18, "+0100"), body=body, cs="iso-8859-1", ql="de", prefix="AW:",
                contact="Frau Krüger", attachments=[pdf_att(pdf, "AB-2026-3318.pdf")])
    assert 30 * 139 + 2 * 389 == 4948
    return [p], eml, other("needs_review",
                           "Contradiction: mail text confirms 11.12.2026, the attached order confirmation says 08.01.2027; "
                           "a buyer cannot tell which date is binding.")


@case("timing-chips-ticket-receipt", "auto_reply/en-US",
      "Help-desk ticket acknowledgement ('we have received your request #104882') from the supplier's domain, threaded on the request")
def a_us(n):
    s = supplier("CHRONOS", "ChronoStride Inc.", "orders@chronostride.example", "en-US")
    p = po("4500232250", s, "USD", "2026-11-16", [
        ("CS-UHF-BIB", "UHF bib chip, 2027 season, 100x30 mm", 12000, "EA", "0.41", "2026-12-11"),
        ("CS-ANT-24", "Antenna panel 24V for finish mat", 2, "EA", "640.00", "2026-12-11"),
    ])
    body = ("##- Please type your reply above this line -##\n\nHello Dana,\n\nThank you for contacting ChronoStride. "
            "This is an automated confirmation that we have received your request (#104882). A member of our order desk "
            "will respond within 1-2 business days.\n\nRequest summary\nSubject: " + req_subject(p) +
            "\nStatus: Open\nPriority: Normal\n\nYou can view the status of your request at "
            "https://support.chronostride.example/hc/requests/104882\n\nChronoStride Order Desk\n"
            "1200 Harbor Blvd, Suite 410, Oakland, CA 94607\n")
    eml = auto_reply(n, p, date=mdate(2026, 11, 16, 1, 13, 5, "-0800"), body=body, client="ticket",
                     frm=("ChronoStride Order Desk", "support@chronostride.example"),
                     subject="[ChronoStride] Re: " + req_subject(p) + " [#104882]",
                     extra_headers=[("X-Ticket-ID", "104882")])
    return [p], eml, other("auto_reply",
                           "Ticket-system receipt: no human read the PO yet; '1-2 business days' and the ticket number are "
                           "not order data.")


@case("trailer-ramps-exchange-ndr", "bounce/de-AT",
      "German Exchange Online NDR ('Unzustellbar', 550 5.4.1) with text+HTML, delivery-status and the original request attached")
def b_at(n):
    s = supplier("ALPANH", "Alpen-Anhänger GmbH", "bestellung@alpen-anhaenger.example", "de-AT")
    p = po("4500232260", s, "EUR", "2026-11-18", [
        ("PAR-RMP-1700", "Horse trailer rear ramp 1700x1550 mm, alu", 3, "EA", "712.00", "2026-12-16"),
        ("PAR-GAS-2", "Ramp gas spring pair 600 N", 6, "PAIR", "54.00", "2026-12-16"),
    ], buyer="jonas")
    human = ("Ihre Nachricht hat folgende Empfänger nicht erreicht:\n\nbestellung@alpen-anhaenger.example\n\n"
             "Remote-Server hat '550 5.4.1 Recipient address rejected: Access denied.' zurückgegeben\n\n"
             "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: AM9PR04MB8211.eurprd04.prod.outlook.com\n\n"
             "bestellung@alpen-anhaenger.example\nalpenanhaenger-at.mail.protection.outlook.example\n"
             "Remote-Server hat '550 5.4.1 Recipient address rejected: Access denied. "
             "[DB1PEPF000509F0.eurprd05.prod.outlook.com]' zurückgegeben\n\nUrsprüngliche Nachrichtenkopfzeilen:\n\n"
             "Message-ID: " + p["request_message_id"] + "\nSubject: " + req_subject(p) + "\n")
    hh = ("<html><body><p><b><font color=\"#000066\" size=\"3\">Ihre Nachricht hat folgende Empfänger nicht erreicht:</font>"
          "</b></p><p><a href=\"mailto:bestellung@alpen-anhaenger.example\">bestellung@alpen-anhaenger.example</a></p>"
          "<p>Remote-Server hat '550 5.4.1 Recipient address rejected: Access denied.' zurückgegeben</p>"
          "<p>Diagnoseinformationen für Administratoren:</p><p>Generierender Server: AM9PR04MB8211.eurprd04.prod.outlook.com"
          "</p></body></html>")
    dsn = ("Reporting-MTA: dns;AM9PR04MB8211.eurprd04.prod.outlook.com\n"
           "Received-From-MTA: dns;AM9PR04MB8211.eurprd04.prod.outlook.com\n"
           "Arrival-Date: Wed, 18 Nov 2026 09:12:31 +0000\n\n"
           "Final-Recipient: rfc822;bestellung@alpen-anhaenger.example\nAction: failed\nStatus: 5.4.1\n"
           "Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied.\n"
           "Remote-MTA: dns;alpenanhaenger-at.mail.protection.outlook.example\n")
    eml = report_bounce(n, p, date=mdate(2026, 11, 18, 9, 12, 40, "+0000"),
                        frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-supply.example>",
                        subject="Unzustellbar: " + req_subject(p), human=human, human_html=hh, dsn=dsn,
                        msgid="<b7c3d2f1-44a0-4e8e-9a51-2c0e6f1d7a3b@AM9PR04MB8211.eurprd04.prod.outlook.com>",
                        orig_date=mdate(2026, 11, 18, 10, 12, 31, "+0100"), orig_contact="Sir or Madam",
                        extra_headers=[("Content-Language", "de-DE"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    return [p], eml, other("bounce",
                           "Exchange NDR in German: the PO table with quantities and dates is only inside the returned "
                           "original message.")
