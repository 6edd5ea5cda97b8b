from .common import *


@case(19, "se-hacksaws-terse-vecka", "Two-line Swedish phone reply 'Ok enligt order. Lev v.50.' over a quoted mail: whole order moved to Friday of week 50.")
def c019():
    s = sup("NORRV", "Norrverktyg AB", "order@norrverktyg.example", "sv-SE")
    p = po("4500031633", s, "jb", "SEK", "2026-11-10", [
        ("HS-FR-325", "Hacksaw frame 300 mm, tensioning lever", 24, "EA", "189.00", "2026-12-04"),
        ("HS-BL-18T", "Hacksaw blade 300 mm 18 TPI bi-metal, 100-pack", 6, "BOX", "1450.00", "2026-12-04")])
    body = ("Hej!\nOk enligt order. Lev v.50.\n\nMvh Lars\n\nSkickat från min iPhone\n\n"
            + quote_gmail(p, "10 nov. 2026 kl. 10:14 skrev Jonas Berg <%s>:" % p["buyer"]["email"]))
    eml = message(reply_headers(p, "Lars Nyström", s["email"], rfcdate(2026, 11, 12, 7, 12),
                                "<E1B2C3D4-5F60-4A7B-8C9D-0E1F2A3B4C5D@norrverktyg.example>", prefix="SV: "),
                  text(body, flowed=True))
    d = kw(2026, 50)
    return [p], eml, expected("confirmation",
        "'Ok enligt order' = qty/price as ordered; 'Lev v.50' = Friday of ISO week 50 = 2026-12-11, later than the requested 12-04 -> both lines changed (date only).",
        [conf(p, {1: chg(p, 1, date=d), 2: chg(p, 2, date=d)})])


@case(20, "fi-nailpunches-xlsx-backorder", "Finnish mail with an XLSX order confirmation (built with zipfile): line 3 appears twice, 25 now and 15 as back-order, dates dd.mm.yyyy as text.")
def c020():
    s = sup("TLAINE", "Työkalu-Laine Oy", "myynti@tyokalu-laine.example", "fi-FI")
    p = po("4500031655", s, "mk", "EUR", "2026-11-10", [
        ("NP-08", "Nail punch 0.8 mm tip, square head", 60, "EA", "3.45", "2026-12-18"),
        ("NP-16", "Nail punch 1.6 mm tip, square head", 60, "EA", "3.45", "2026-12-18"),
        ("NP-SET-3", "Nail punch set 3 pcs in pouch", 40, "SET", "9.90", "2026-12-18")])
    x = make_xlsx([
        ["Tilausvahvistus", "26-40517"], ["Asiakas", "Northgate Supply B.V."], ["Asiakkaan tilausnro", "4500031655"], [],
        ["Rivi", "Tuote", "Kuvaus", "Määrä", "Yks.", "À-hinta EUR", "Toimituspvm"],
        [1, "NP-08", "Naulain 0,8 mm", 60, "kpl", 3.45, "18.12.2026"],
        [2, "NP-16", "Naulain 1,6 mm", 60, "kpl", 3.45, "18.12.2026"],
        [3, "NP-SET-3", "Naulainsarja 3 os.", 25, "sarja", 9.9, "18.12.2026"],
        [3, "NP-SET-3", "Naulainsarja 3 os. (jälkitoimitus)", 15, "sarja", 9.9, "15.01.2027"],
        [], ["", "", "Yhteensä (alv 0 %)", "", "", 810.0, ""]], "Tilausvahvistus")
    body = ("Hei Marta,\n\nliitteenä tilausvahvistus tilaukseenne 4500031655.\n"
            "Rivin 3 sarjoja on varastossa vain 25 kpl, loput 15 kpl toimitetaan jälkitoimituksena viikolla 2.\n\n"
            "Ystävällisin terveisin\nMikko Laine\nMyynti | Työkalu-Laine Oy\npuh. 020 741 2250 | Y-tunnus 1234567-8\n")
    root = multipart("mixed", [text(body, charset="iso-8859-15"),
                               attach("Tilausvahvistus_26-40517.xlsx",
                                      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)],
                     "_004_HE1PR0701MB2219tlaine_")
    eml = message(reply_headers(p, "Mikko Laine", s["email"], rfcdate(2026, 11, 13, 9, 5, "+0200"),
                                "<HE1PR0701MB2219.tlaine@HE1PR0701MB2219.eurprd07.prod.outlook.example>", prefix="VS: "), root)
    return [p], eml, expected("confirmation",
        "XLSX: lines 1-2 as ordered; line 3 split 25 on 2026-12-18 + 15 on 2027-01-15 (also 'viikolla 2') at unchanged price -> changed. Total 60*3.45*2+40*9.90=810.",
        [conf(p, {1: "acc", 2: "acc", 3: chg(p, 3, schedule=[(25, "2026-12-18"), (15, "2027-01-15")])})])


@case(21, "dk-ooo-ferie", "Danish vacation auto-reply (Autosvar) with return date and sales contact numbers.")
def c021():
    s = sup("FJORD", "Fjord Beslag A/S", "mette.holm@fjordbeslag.example", "da-DK")
    p = po("4500031677", s, "jb", "DKK", "2026-11-11", [
        ("UB-M8-60", "U-bolt M8 x 60 mm with plate and nuts, galv", 500, "EA", "4.20", "2026-12-17")])
    body = ("Tak for din mail.\n\nJeg er på ferie og er tilbage mandag den 16. november. Din mail bliver ikke videresendt.\n"
            "Ved bestillinger og ordrebekræftelser kontakt venligst salg@fjordbeslag.example eller tlf. 70 20 14 14.\n\n"
            "Venlig hilsen\nMette Holm\nFjord Beslag A/S\n")
    h = reply_headers(p, "Mette Holm", s["email"], rfcdate(2026, 11, 11, 10, 14, ss=5), "<autosvar-8812.1794391245@fjordbeslag.example>",
                      subject="Autosvar: " + subj(p), charset="iso-8859-1",
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [p], message(h, text(body, charset="iso-8859-1")), expected("auto_reply", "Vacation auto-reply; no order information.")


@case(22, "no-jointing-price-per-kg", "Norwegian reply: order confirmed, but the 5 kg tub is now invoiced by weight 'kr 61,80 per kg' (= 309.00 per tub); the 1 kg tub unchanged.")
def c022():
    s = sup("BYGGK", "Byggkjemi Norge AS", "ordre@byggkjemi.example", "nb-NO")
    p = po("4500031699", s, "jb", "NOK", "2026-11-11", [
        ("JC-5KG-GR", "Jointing compound, grey, 5 kg tub", 80, "EA", "289.00", "2026-12-14"),
        ("JC-1KG-GR", "Jointing compound, grey, 1 kg tub", 120, "EA", "74.00", "2026-12-14")])
    body = ("Hei Jonas,\n\ntakk for bestillingen. Vi bekrefter ordre 4500031699 med levering mandag 14. desember.\n\n"
            "Merk at fugemassen i 5 kg-spann faktureres etter vekt fra 1. november: kr 61,80 per kg, dvs. kr 309,00 per spann. "
            "1 kg-spann er uendret, kr 74,00.\n\n"
            "Med vennlig hilsen\nIngrid Solberg\nOrdrekontor\nByggkjemi Norge AS | Org.nr. 987 654 321 MVA | Tlf. 22 70 45 00\n"
            + quote_outlook(p, "en", "onsdag 11. november 2026 10:14"))
    eml = message(reply_headers(p, "Ingrid Solberg", s["email"], rfcdate(2026, 11, 16, 11, 20),
                                "<GV0P278MB0712.byggk@GV0P278MB0712.CHEP278.prod.outlook.example>", prefix="SV: "),
                  text(body, charset="iso-8859-1"))
    return [p], eml, expected("confirmation",
        "Delivery 14 Dec = requested. Line 1 price per kg 61,80 x 5 kg = 309.00 per EA (changed); line 2 unchanged -> accepted.",
        [conf(p, {1: chg(p, 1, price="309.00"), 2: "acc"})])


@case(23, "hu-ubolts-percent-surcharge", "Hungarian reply (ISO-8859-2) confirming quantities and date '2027.01.12.' but adding a +8% galvanising surcharge on all lines.")
def c023():
    s = sup("CSAVC", "Csavar-Centrum Kft.", "ertekesites@csavarcentrum.example", "hu-HU")
    p = po("4500031711", s, "mk", "HUF", "2026-11-11", [
        ("UB-M10-80", "U-bolt M10 x 80 mm, galv, with nuts", 600, "EA", "185.00", "2027-01-12"),
        ("UB-M12-100", "U-bolt M12 x 100 mm, galv, with nuts", 400, "EA", "265.00", "2027-01-12")])
    body = ("Tisztelt Keller Marta!\n\nKöszönjük megrendelését (4500031711). A tételeket a megrendelt mennyiségben "
            "visszaigazoljuk, szállítási határidő: 2027.01.12.\n\n"
            "Felhívjuk szíves figyelmét, hogy a horganyzási költségek emelkedése miatt minden tételre +8% felárat "
            "számítunk fel a megrendelésben szereplő egységárakon felül.\n\n"
            "Üdvözlettel:\nKovács Péter\nértékesítési munkatárs\nCsavar-Centrum Kft. | 1097 Budapest, Könyves Kálmán krt. 12. "
            "| Tel.: +36 1 234 5678 | Adószám: 12345678-2-43\n")
    eml = message(reply_headers(p, "Kovács Péter", s["email"], rfcdate(2026, 11, 13, 14, 2),
                                "<6a1f0c2e-31b8-4f5e-9d27-csavar@csavarcentrum.example>", prefix="Vá: ", charset="iso-8859-2"),
                  text(body, charset="iso-8859-2"))
    return [p], eml, expected("confirmation",
        "Qty and date as ordered; +8% surcharge on the PO unit price: 185.00 -> 199.80, 265.00 -> 286.20 -> both lines changed (price).",
        [conf(p, {1: chg(p, 1, price="199.80"), 2: chg(p, 2, price="286.20")})])


@case(24, "tr-mirrors-discontinued", "Turkish reply (windows-1254 QP): two lines explicitly approved, third discontinued and out of stock -> rejected.")
def c024():
    s = sup("ANAT", "Anadolu Teknik Hırdavat A.Ş.", "satis@anadoluteknik.example", "tr-TR")
    p = po("4500031733", s, "pn", "TRY", "2026-11-12", [
        ("IM-50-TEL", "Inspection mirror 50 mm, telescopic 240-900 mm", 100, "EA", "145.00", "2026-12-18"),
        ("IM-LED-80", "Inspection mirror 80 mm with LED, telescopic", 40, "EA", "420.00", "2026-12-18"),
        ("IM-RECT-SW", "Inspection mirror rectangular, swivel joint", 40, "EA", "210.00", "2026-12-18")])
    body = ("Merhaba Priya Hanım,\n\n4500031733 nolu siparişinizi aldık, teşekkür ederiz.\n\n"
            "1. kalem: 100 adet, 145,00 TL, teslim tarihi 18.12.2026 – onaylanmıştır.\n"
            "2. kalem: 40 adet, 420,00 TL, teslim tarihi 18.12.2026 – onaylanmıştır.\n"
            "3. kalem: Dikdörtgen mafsallı ayna üretimden kalkmıştır, stokta da yoktur; bu kalemi maalesef tedarik edemiyoruz.\n\n"
            "İyi çalışmalar,\nEmre Yıldız\nSatış Temsilcisi\nAnadolu Teknik Hırdavat A.Ş. | Tel: +90 216 555 12 34 | Vergi No: 1234567890\n"
            + quote_outlook(p, "en", "12 Kasım 2026 Perşembe 12:14"))
    eml = message(reply_headers(p, "Emre Yıldız", s["email"], rfcdate(2026, 11, 16, 10, 30, "+0300"),
                                "<VI1PR03MB4455.anat@VI1PR03MB4455.eurprd03.prod.outlook.example>", prefix="YNT: ", charset="windows-1254"),
                  text(body, charset="windows-1254"))
    return [p], eml, expected("confirmation",
        "Lines 1-2 confirmed exactly as ordered; line 3 discontinued and cannot be supplied -> rejected.",
        [conf(p, {1: "acc", 2: "acc", 3: REJ})])


@case(25, "gr-bungee-code-question", "Greek reply (ISO-8859-7) asking whether our unknown code means their kit and which hook type we want; will confirm after our answer.")
def c025():
    s = sup("PAPAD", "Sidirika Papadopoulos S.A.", "poliseis@sidirika-papadopoulos.example", "el-GR")
    p = po("4500031755", s, "mk", "EUR", "2026-11-12", [
        ("BC-ADJ-120", "Bungee cord adjustable 120 cm, 8 mm", 300, "EA", "2.35", "2026-12-21"),
        ("BC-STRAP-10", "Bungee strap kit 10 pcs assorted", 80, "SET", "7.90", "2026-12-21")])
    body = ("Καλημέρα κυρία Keller,\n\nΕυχαριστούμε για την παραγγελία 4500031755.\n"
            "Για τη γραμμή 2 (BC-STRAP-10) δεν βρίσκουμε τον κωδικό στο σύστημά μας. Μήπως εννοείτε το σετ BC-KIT-10 "
            "(10 τεμ., διάφορα μήκη, 8,40 € το σετ); Επίσης, τα 120 cm τα θέλετε με γάντζους ή με καραμπίνερ;\n"
            "Μόλις μας απαντήσετε θα σας στείλουμε την επιβεβαίωση για όλη την παραγγελία.\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΣΙΔΗΡΙΚΑ ΠΑΠΑΔΟΠΟΥΛΟΣ Α.Ε. | Τηλ. 210 345 6789 | ΑΦΜ 094123456\n")
    eml = message(reply_headers(p, "Νίκος Παπαδόπουλος", s["email"], rfcdate(2026, 11, 13, 11, 40, "+0200"),
                                "<b3c9e1d2f0a4.papad@sidirika-papadopoulos.example>", charset="iso-8859-7"),
                  text(body, charset="iso-8859-7"))
    return [p], eml, expected("needs_review",
        "Two questions (unknown code on line 2, hook type on line 1); confirmation of the whole order is promised only after our answer.")


@case(26, "kr-doorstops-euckr-moq", "Korean reply in EUC-KR: line 1 confirmed, line 2 raised to the 500-piece minimum order quantity; dates '12월 22일' without year.")
def c026():
    s = sup("DAEHAN", "Daehan Hardware Co., Ltd.", "sales@daehanhw.example", "ko-KR")
    p = po("4500031777", s, "pn", "KRW", "2026-11-12", [
        ("DS-MAG-SUS", "Magnetic door stop, stainless, floor mount", 200, "EA", "8500", "2026-12-22"),
        ("DS-RUB-BK", "Rubber door stop, wedge, black", 300, "EA", "1200", "2026-12-22")])
    body = ("Priya Nair 님께,\n\n안녕하세요. 대한철물 영업팀 김지훈입니다.\n발주서 4500031777 잘 받았습니다.\n\n"
            "1. 마그네틱 도어스토퍼(DS-MAG-SUS) 200개, 단가 8,500원, 납기 12월 22일 - 확인\n"
            "2. 고무 도어스토퍼(DS-RUB-BK)는 최소 주문 수량이 500개입니다. 500개로 진행하며 단가 1,200원, 납기 12월 22일입니다.\n\n"
            "감사합니다.\n김지훈 드림\n\n대한철물(주) 영업팀 | Tel. 02-2634-5511 | 사업자등록번호 123-45-67890\n")
    eml = message(reply_headers(p, "김지훈", s["email"], rfcdate(2026, 11, 17, 9, 15, "+0900"),
                                "<20261117091502.kjh@daehanhw.example>", charset="euc-kr"),
                  text(body, charset="euc-kr", cte="base64"))
    return [p], eml, expected("confirmation",
        "Line 1 as ordered (12월 22일 -> 2026-12-22). Line 2 quantity raised to MOQ 500 at same price/date -> changed.",
        [conf(p, {1: "acc", 2: chg(p, 2, quantity=500)})])


@case(27, "cn-cablereels-gb2312-copper", "Simplified Chinese (GB2312 base64) reply with a copper-driven unit price change on line 1, line 2 unchanged, dates '2027年1月8日'.")
def c027():
    s = sup("HENGDA", "Ningbo Hengda Electric Co., Ltd.", "export@hengda-electric.example", "zh-CN")
    p = po("4500031799", s, "ta", "CNY", "2026-11-12", [
        ("CR-10-H05", "Cable reel 10 m, H05VV-F 3G1.0, 3 sockets", 500, "EA", "38.50", "2027-01-08"),
        ("CR-EMPTY-290", "Empty cable drum 290 mm, plastic", 300, "EA", "16.20", "2027-01-08")])
    body = ("Tom 您好，\n\n订单 4500031799 已收到，确认如下：\n"
            "1. CR-10-H05 电缆盘 10米：500 个，因铜价上涨，单价调整为 41.80 元，交期 2027年1月8日。\n"
            "2. CR-EMPTY-290 空线盘：300 个，单价 16.20 元，交期 2027年1月8日。\n\n"
            "如有问题请随时联系。\n\n祝好！\n王丽\n宁波恒达电器有限公司 外贸部\n电话：+86 574 8765 4321\n")
    eml = message(reply_headers(p, "王丽", s["email"], rfcdate(2026, 11, 16, 15, 22, "+0800"),
                                "<tencent_7A3F1B2C.hengda@hengda-electric.example>", subject="回复：" + subj(p), charset="gb2312",
                                extra=[("X-Mailer", "Foxmail 7.2.25.228")]),
                  text(body, charset="gb2312", cte="base64"))
    return [p], eml, expected("confirmation",
        "Line 1 price 38.50 -> 41.80 (copper), qty/date as ordered -> changed. Line 2 as ordered.",
        [conf(p, {1: chg(p, 1, price="41.80"), 2: "acc"})])


@case(28, "vn-hinges-receipt-only", "Vietnamese acknowledgement of receipt only: warehouse checking stock, answer promised within 2 working days.")
def c028():
    s = sup("PHUTH", "Phu Thanh Hardware Co., Ltd.", "kinhdoanh@phuthanh-kimkhi.example", "vi-VN")
    p = po("4500031811", s, "pn", "VND", "2026-11-13", [
        ("GH-BAR-250", "Gate hinge bar 250 mm, black powder coat", 400, "EA", "42000", "2027-01-15")])
    body = ("Kính gửi chị Priya,\n\nCông ty chúng tôi đã nhận được đơn đặt hàng số 4500031811. Bộ phận kho đang kiểm tra "
            "tồn kho và sẽ phản hồi xác nhận số lượng, giá và ngày giao hàng trong vòng 2 ngày làm việc.\n\n"
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh – Công ty TNHH Kim Khí Phú Thành\nĐT: 028 3856 1234 | MST: 0301234567\n")
    eml = message(reply_headers(p, "Nguyễn Thị Lan", s["email"], rfcdate(2026, 11, 16, 8, 30, "+0700"),
                                "<CAGk2mV0x-phuthanh.1611@mail.gmail.example>", prefix="Re: "),
                  text(body))
    return [p], eml, expected("needs_review", "Only a receipt; quantity, price and date will be confirmed later.")


@case(29, "id-wallplugs-later-monday", "Indonesian reply: all items as per PO (Rp 18.500 with dot thousands) but delivery only 'Senin, 14 Desember 2026'.")
def c029():
    s = sup("SBN", "PT Sinar Baut Nusantara", "sales@sinarbaut.example", "id-ID")
    p = po("4500031833", s, "ta", "IDR", "2026-11-13", [
        ("WP-6-SC", "Wall plug 6 mm with screw, box of 100", 200, "BOX", "18500", "2026-12-09"),
        ("WP-8-SC", "Wall plug 8 mm with screw, box of 100", 150, "BOX", "26500", "2026-12-09")])
    body = ("Selamat siang Pak Tom,\n\nTerima kasih atas PO 4500031833. Kami konfirmasi semua item sesuai PO (jumlah dan harga: "
            "Rp 18.500 dan Rp 26.500 per box), namun pengiriman baru bisa hari Senin, 14 Desember 2026 karena antrean produksi.\n\n"
            "Salam,\nDewi Kartika\nSales Admin | PT Sinar Baut Nusantara\nTelp. (021) 4587 1234 | NPWP 01.234.567.8-012.000\n\n"
            + quote_gmail(p, "Pada Jum, 13 Nov 2026 pukul 16.14 Tom Alvarez <%s> menulis:" % p["buyer"]["email"]))
    eml = message(reply_headers(p, "Dewi Kartika", s["email"], rfcdate(2026, 11, 17, 13, 10, "+0700"),
                                "<CAB9rT4k+sbn.1711@mail.gmail.example>", prefix="Re: "),
                  text(body))
    return [p], eml, expected("confirmation",
        "Qty and price as ordered (Rp 18.500 = 18500), delivery Monday 2026-12-14 instead of 12-09 -> both lines changed (date).",
        [conf(p, {1: chg(p, 1, date="2026-12-14"), 2: chg(p, 2, date="2026-12-14")})])


@case(30, "my-hasps-incoterm-question", "Malay reply asking whether our prices are ex-works or delivered before they confirm; mentions an RM 350 charge hypothetically.")
def c030():
    s = sup("PJAYA", "Perkakasan Jaya Sdn. Bhd.", "jualan@perkakasanjaya.example", "ms-MY")
    p = po("4500031855", s, "jb", "MYR", "2026-11-13", [
        ("PH-HD-150", "Padlock hasp heavy duty 150 mm, hardened", 200, "EA", "12.80", "2026-12-18"),
        ("PH-SW-100", "Padlock hasp swivel 100 mm, zinc", 200, "EA", "6.40", "2026-12-18")])
    body = ("Salam sejahtera Encik Jonas,\n\nTerima kasih atas pesanan 4500031855. Sebelum kami sahkan, boleh kami tahu sama ada "
            "harga dalam PO ini termasuk penghantaran ke pelabuhan Port Klang (FOB) atau ex-works? Sebut harga kami sebelum ini "
            "adalah ex-works Shah Alam. Kalau termasuk penghantaran, ada caj tambahan RM 350 untuk keseluruhan pesanan.\n\n"
            "Setelah disahkan, kami akan hantar pengesahan pesanan berserta tarikh penghantaran.\n\n"
            "Terima kasih,\nNurul Aina binti Hassan\nEksekutif Jualan | Perkakasan Jaya Sdn. Bhd. (123456-X) | Tel: 03-5511 2233\n"
            + quote_outlook(p, "en", "Friday, 13 November 2026 5:14 PM"))
    eml = message(reply_headers(p, "Nurul Aina Hassan", s["email"], rfcdate(2026, 11, 16, 10, 5, "+0800"),
                                "<SG2PR06MB5012.pjaya@SG2PR06MB5012.apcprd06.prod.outlook.example>"),
                  text(body))
    return [p], eml, expected("needs_review", "A question on Incoterms before confirming; no line committed and no delivery date given.")


@case(31, "ph-ubolts-taglish-phasedout", "Taglish (Tagalog/English) phone reply: items 1-2 confirmed 'same qty and price, delivery Dec 15', item 3 phased out.")
def c031():
    s = sup("MNLB", "Manila Bolts & Fasteners Trading", "sales@manilabolts.example", "tl-PH")
    p = po("4500031877", s, "ta", "PHP", "2026-11-13", [
        ("UB-38-ZP", "U-bolt 3/8 in x 2-1/2 in, zinc plated", 1000, "EA", "18.50", "2026-12-15"),
        ("UB-12-ZP", "U-bolt 1/2 in x 3 in, zinc plated", 600, "EA", "27.00", "2026-12-15"),
        ("UB-58-HDG", "U-bolt 5/8 in x 4 in, hot-dip galvanized", 200, "EA", "58.00", "2026-12-15")])
    body = ("Hi Sir Tom, noted po on PO 4500031877.\n\nConfirmed po items 1 and 2, same qty and price, delivery Dec 15. "
            "Yung item 3 (5/8 HDG) wala na po kaming stock and phased out na sa supplier namin, so hindi na po namin ma-serve. Sorry po!\n\n"
            "Thanks po,\nJoy\n\nSent from Yahoo Mail on Android\n\n"
            + quote_gmail(p, "On Fri, Nov 13, 2026 at 5:14 PM, Tom Alvarez <%s> wrote:" % p["buyer"]["email"]))
    eml = message(reply_headers(p, "Joy Santos", s["email"], rfcdate(2026, 11, 17, 20, 41, "+0800"),
                                "<1731847260123.98765.ymail@mail.yahoo.example>", prefix="Re: "),
                  text(body))
    return [p], eml, expected("confirmation",
        "Items 1-2 as ordered (Dec 15 = requested). Item 3 cannot be served (phased out) -> rejected.",
        [conf(p, {1: "acc", 2: "acc", 3: REJ})])


@case(32, "in-bounce-exchange-ndr", "Exchange 'Undeliverable:' NDR for the request sent to an Indian supplier (550 5.1.10 RecipientNotFound), HTML + delivery-status.")
def c032():
    s = sup("BHARAT", "Bharat Fasteners Pvt. Ltd.", "sales@bharatfasteners.example", "en-IN")
    p = po("4500031899", s, "pn", "INR", "2026-11-13", [
        ("EB-M12-SS", "Eye bolt M12, stainless 316, collared", 150, "EA", "210.00", "2027-01-05")])
    txt = ("Your message to sales@bharatfasteners.example couldn't be delivered.\n\n"
           "sales wasn't found at bharatfasteners.example.\n\npriya.nair  Office 365  sales\nAction Required            Recipient\n\n"
           "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
           "- Retype the recipient's address, then resend the message.\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: AM9PR04MB8412.eurprd04.prod.outlook.example\n"
           "sales@bharatfasteners.example\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    ds = ("Reporting-MTA: dns;AM9PR04MB8412.eurprd04.prod.outlook.example\nReceived-From-MTA: dns;AM9PR04MB8412.eurprd04.prod.outlook.example\n"
          "Arrival-Date: Fri, 13 Nov 2026 09:14:11 +0000\n\nFinal-Recipient: rfc822;sales@bharatfasteners.example\nAction: failed\n"
          "Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")
    orig = ("From: Priya Nair <priya.nair@northgate-supply.example>\nTo: sales@bharatfasteners.example\nSubject: %s\n"
            "Date: %s\nMessage-ID: %s\n" % (subj(p), req_sent(p), p["request_message_id"]))
    root = multipart("report", [
        alt(txt, html_doc(paras(txt)), "b1_ndr_alt_8412"),
        raw("message/delivery-status", ds),
        raw("text/rfc822-headers", orig)], "a2_ndr_report_8412", "; report-type=delivery-status")
    h = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northgate-supply.example>"),
         ("To", addr(p["buyer"]["name"], p["buyer"]["email"])), ("Subject", "Undeliverable: " + subj(p)),
         ("Date", rfcdate(2026, 11, 13, 9, 14, "+0000", 19)),
         ("Message-ID", "<a4f1e6c2-77b0-4d3e-9c1e-0b1d2e3f4a5b@AM9PR04MB8412.eurprd04.prod.outlook.example>"),
         ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
         ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    return [p], message(h, root), expected("bounce", "Exchange NDR: recipient not found (550 5.1.10).")


@case(33, "au-mixers-etd-vs-eta", "Australian reply gives both a ship date 'ETD Tues 15/12' and an arrival 'ETA Wed 20/1'; the delivery date wins and equals the requested date.")
def c033():
    s = sup("OZMIX", "OzMix Equipment Pty Ltd", "sales@ozmix.example", "en-AU")
    p = po("4500031911", s, "mk", "AUD", "2026-11-13", [
        ("MM-BAR-90", "Wheelbarrow mortar mixer 90 L, 240 V", 5, "EA", "689.00", "2027-01-20"),
        ("MM-PAD-120", "Mixing paddle 120 mm, SDS-plus shank", 30, "EA", "34.50", "2027-01-20")])
    body = ("Hi Marta,\n\nAll good - confirmed as per your PO, qty and pricing as listed.\n"
            "Both lines will be on the boat ex Sydney (ETD Tues 15/12), ETA Rotterdam Wed 20/1.\n\n"
            "Cheers\nBrett\n\nBrett Macready | Sales\nOzMix Equipment Pty Ltd | ABN 12 345 678 901\n"
            "M 0412 345 678 | 14 Pioneer Ave, Thornleigh NSW 2120\n\n"
            + quote_gmail(p, "On Fri, 13 Nov 2026 at 20:14, Marta Keller <%s> wrote:" % p["buyer"]["email"]))
    plain = body
    hb = paras(body.split("On Fri")[0]) + quote_html(p, "On Fri, 13 Nov 2026 at 20:14, Marta Keller &lt;%s&gt; wrote:" % p["buyer"]["email"])
    eml = message(reply_headers(p, "Brett Macready", s["email"], rfcdate(2026, 11, 17, 9, 48, "+1100"),
                                "<CAM4xZ9p_ozmix.1711@mail.gmail.example>", prefix="Re: "),
                  alt(plain, html_doc(hb, "en-AU"), "0000000000008f2e3d4c5b6a7988"))
    return [p], eml, expected("confirmation",
        "Confirmed as per PO; ETD 15/12 is a ship date, the ETA 20/1 (2027-01-20) is the delivery date and wins -> equals requested, all accepted.",
        [conf(p, {1: "acc", 2: "acc"})])


@case(34, "za-hacksaws-dispatch-delivery", "South African reply with 'R38,90' comma prices, a dispatch and a delivery date on line 1, and a new list price on line 2.")
def c034():
    s = sup("HVTD", "Highveld Tool Distributors (Pty) Ltd", "sales@highveldtools.example", "en-ZA")
    p = po("4500031933", s, "jb", "ZAR", "2026-11-16", [
        ("HS-JNR-150", "Junior hacksaw 150 mm", 120, "EA", "38.90", "2026-12-11"),
        ("HS-FRM-300", "Hacksaw frame 300 mm, adjustable", 60, "EA", "145.00", "2026-12-11")])
    body = ("Morning Jonas\n\nThanks for the order, see our confirmation below:\n\n"
            "Line 1 - 120 x junior hacksaws @ R38,90 - dispatch 4 December, delivery to you 11 December.\n"
            "Line 2 - 60 x frames - new price R152,50 each from 1 November (we did send the price list in October). Delivery 11 December.\n\n"
            "Kind regards\nThandi Mokoena\nInternal Sales\nHighveld Tool Distributors (Pty) Ltd\n"
            "Tel: +27 11 608 1234 | Reg. No. 2004/012345/07 | VAT No. 4123456789\n"
            + quote_outlook(p, "en", "Monday, 16 November 2026 11:14"))
    eml = message(reply_headers(p, "Thandi Mokoena", s["email"], rfcdate(2026, 11, 18, 8, 5, "+0200"),
                                "<JNAP275MB0612.hvtd@JNAP275MB0612.ZAFP275.prod.outlook.example>"),
                  text(body, charset="us-ascii", cte="7bit"))
    return [p], eml, expected("confirmation",
        "Line 1: delivery 11 Dec (wins over dispatch 4 Dec) = requested, price R38,90 -> accepted. Line 2: price 152.50 instead of 145.00 -> changed.",
        [conf(p, {1: "acc", 2: chg(p, 2, price="152.50")})])


@case(35, "ca-newsletter-logtongs", "Canadian supplier's marketing newsletter (bulk, List-Unsubscribe) advertising log tongs we have on order - not an answer.")
def c035():
    s = sup("NTT", "Northern Timber Tools Inc.", "orders@northerntimber.example", "en-CA")
    p = po("4500031955", s, "ta", "CAD", "2026-11-16", [
        ("LT-CANT-48", "Cant hook 48 in, ash handle", 12, "EA", "64.00", "2027-01-22"),
        ("LT-TONG-28", "Log tongs 28 in, skidding", 20, "EA", "49.50", "2027-01-22")])
    txt = ("NORTHERN TIMBER TOOLS - WINTER 2027 CATALOGUE\n\nHi Tom,\n\nOur winter catalogue is here! Stock up before the season:\n"
           "* Log tongs 28\" skidding - now $42.08 (15% off until Dec 31)\n* Cant hooks 36\"-60\" - from $54.40\n"
           "* Free shipping on orders over $750 across Canada\n\nShop now: https://www.northerntimber.example/winter27\n\n"
           "You are receiving this email because you are a Northern Timber Tools customer.\n"
           "Unsubscribe: https://news.northerntimber.example/u?id=88123 | 1200 Rue du Moulin, Trois-Rivieres QC G9A 5H7\n")
    hb = ("<table width=600 align=center><tr><td><h1>Winter 2027 Catalogue</h1><p>Hi Tom,</p><p>Our winter catalogue is here! Stock up before the season:</p>"
          "<ul><li>Log tongs 28&quot; skidding - <b>now $42.08</b> (15% off until Dec 31)</li><li>Cant hooks 36&quot;-60&quot; - from $54.40</li>"
          "<li>Free shipping on orders over $750 across Canada</li></ul><p><a href='https://www.northerntimber.example/winter27'>Shop now</a></p>"
          "<p style='font-size:10px'>You are receiving this email because you are a Northern Timber Tools customer. "
          "<a href='https://news.northerntimber.example/u?id=88123'>Unsubscribe</a></p></td></tr></table>")
    h = [("From", "Northern Timber Tools <news@news.northerntimber.example>"), ("To", p["buyer"]["email"]),
         ("Subject", "Winter 2027 catalogue is here + 15% off log tongs & cant hooks"),
         ("Date", rfcdate(2026, 11, 18, 11, 0, "-0500")), ("Message-ID", "<20261118160000.88123.nl@news.northerntimber.example>"),
         ("List-Unsubscribe", "<https://news.northerntimber.example/u?id=88123>, <mailto:unsub-88123@news.northerntimber.example>"),
         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    return [p], message(h, alt(txt, html_doc(hb), "=_nl_88123_alt")), expected("unrelated",
        "Marketing newsletter; the promo price for log tongs is not an answer to PO 4500031955.")


@case(36, "cafr-shackles-apple-html-earlier", "Québec French Apple Mail reply (HTML blockquote) with ISO dates; line 2 can be delivered a week earlier.")
def c036():
    s = sup("QMSL", "Quincaillerie Marine Saint-Laurent inc.", "service@qmsl.example", "fr-CA")
    p = po("4500031977", s, "ta", "CAD", "2026-11-16", [
        ("AS-38-G", "Anchor shackle 3/8 in, galvanized, WLL 1 t", 150, "EA", "4.85", "2027-01-15"),
        ("AS-12-G", "Anchor shackle 1/2 in, galvanized, WLL 2 t", 100, "EA", "7.20", "2027-01-15")])
    top = ("Bonjour Tom,\n\nNous confirmons votre commande 4500031977 :\n"
           "- ligne 1 : 150 manilles 3/8 po à 4,85 $ ch., livraison le 2027-01-15\n"
           "- ligne 2 : 100 manilles 1/2 po à 7,20 $ ch., livraison le 2027-01-08 (on peut devancer d'une semaine)\n\n"
           "Merci et bonne journée!\n\nSophie Tremblay\nService à la clientèle | Quincaillerie Marine Saint-Laurent inc.\n"
           "418 555-0142, poste 3 | TPS 123456789 RT0001 | TVQ 1234567890 TQ0001\n\n")
    lead = "Le 16 nov. 2026 à 04:14, Tom Alvarez &lt;%s&gt; a écrit :" % p["buyer"]["email"]
    hb = paras(top) + '<div><br><blockquote type="cite"><div>%s</div>%s</blockquote></div>' % (lead, request_html(p))
    plain = top + quote_gmail(p, "Le 16 nov. 2026 à 04:14, Tom Alvarez <%s> a écrit :" % p["buyer"]["email"])
    eml = message(reply_headers(p, "Sophie Tremblay", s["email"], rfcdate(2026, 11, 19, 14, 33, "-0500"),
                                "<9C1D2E3F-4A5B-46C7-8D9E-0F1A2B3C4D5E@qmsl.example>",
                                extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]),
                  alt(plain, html_doc(hb, "fr-CA"), "Apple-Mail=_5B8E2D1C-3F4A-4B6C-9D7E-8F9A0B1C2D3E"))
    return [p], eml, expected("confirmation",
        "Line 1 exactly as ordered. Line 2 same qty/price but delivery 2027-01-08, a week earlier -> changed.",
        [conf(p, {1: "acc", 2: chg(p, 2, date="2027-01-08")})])
