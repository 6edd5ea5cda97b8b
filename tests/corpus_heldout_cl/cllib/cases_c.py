"""Cases C: Baltic, Middle East, Asia-Pacific and English-speaking confirmations."""
from decimal import Decimal

from . import mime
from .common import (ACC, REJ, UNC, L, case, chg, conf, po, reply, sup, plain_mail, req_text, req_date)


@case("eggcarton-savaite-lt", "confirmation/lt-LT",
      "Lithuanian 'pristatymas 51 savaitę' (week, no weekday) on prices in three decimals; ISO-8859-13")
def c_egg_lt():
    S = sup("EKOTARA", "Ekologiška Tara UAB", "uzsakymai@ekotara.example", "lt-LT")
    P = po("4500031401", S, "EUR", "2026-11-06", [
        L(1, "EKT-KD-10", "Organic egg carton 10-cell, 2x5, recycled pulp", 20000, "PCS", "0.118", "2026-12-11"),
        L(2, "EKT-KD-6", "Organic egg carton 6-cell, printed 1/0", 30000, "PCS", "0.096", "2026-12-11"),
    ])
    body = ("Laba diena,\n\npatvirtiname užsakymą Nr. 4500031401: abi pozicijos pagal užsakymo kiekius ir kainas "
            "(20 000 vnt. po 0,118 EUR ir 30 000 vnt. po 0,096 EUR), pristatymas 51 savaitę.\n\n"
            "Pagarbiai\nRūta Petrauskienė\nPardavimų vadybininkė\nEkologiška Tara UAB\n"
            "Pramonės g. 16, LT-78137 Šiauliai\nTel. +370 41 555 320\n")
    eml = reply(P, frm=("Rūta Petrauskienė", "uzsakymai@ekotara.example"), date="2026-11-13 09:40:15 +0200",
                client="outlook", body=body, charset="iso-8859-13", hdr_cs="iso-8859-13", lang="lt-LT", prefix="RE: ")
    return [P], eml, conf("'51 savaitę' -> Friday 2026-12-18; quantities with space separators and prices unchanged.",
                          (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")}))


@case("saddle-arabic-ae", "confirmation/ar-AE",
      "right-to-left Arabic in windows-1256 with 'التسليم يوم 18/12/2026' and English item names mixed in")
def c_saddle_ae():
    S = sup("DESSAD", "مؤسسة سروج الصحراء للتجارة", "sales@desertsaddle.example", "ar-AE")
    P = po("4500031410", S, "USD", "2026-11-06", [
        L(1, "DSE-SB-01", "Camel saddle blanket 150x110 cm, hand-woven, 4/3 pattern", 50, "PCS", "62.00", "2026-12-11"),
        L(2, "DSE-SP-02", "Camel saddle pad 90x60 cm, felt 20 mm", 50, "PCS", "28.50", "2026-12-11"),
    ], buyer="priya")
    body = ("السيدة بريا ناتاراجان المحترمة،\n\nتحية طيبة وبعد،\n\nنؤكد استلام أمر الشراء رقم 4500031410 ونؤكد "
            "الكميات والأسعار كما هي:\n- Camel saddle blanket 150x110: 50 قطعة بسعر 62.00 دولار\n"
            "- Camel saddle pad 90x60: 50 قطعة بسعر 28.50 دولار\n\nالتسليم يوم 18/12/2026 إلى مستودعكم.\n\n"
            "مع خالص التحية،\nخالد المنصوري\nمؤسسة سروج الصحراء للتجارة\nص.ب 41872، العين، الإمارات العربية المتحدة\n"
            "هاتف: +971 3 555 7720\n")
    eml = reply(P, frm=("خالد المنصوري", "sales@desertsaddle.example"), date="2026-11-16 10:20:44 +0400",
                client="outlook", body=body, charset="windows-1256", cte="base64", hdr_cs="windows-1256",
                lang="ar-AE")
    return [P], eml, conf("Arabic body: quantities and prices as ordered, 'التسليم يوم 18/12/2026' -> 2026-12-18 for both lines.",
                          (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")}))


@case("sakebag-yen-ja", "confirmation/ja-JP",
      "Shift_JIS base64 with '単価 1,250円（税抜）' on a JPY PO and Japanese-style 2026年12月11日 dates")
def c_sake_ja():
    S = sup("SAKABUKURO", "株式会社 酒袋織物", "eigyo@sakabukuro.example", "ja-JP")
    P = po("4500031418", S, "JPY", "2026-11-06", [
        L(1, "SBO-KB-6090", "Sake pressing bag 60x90 cm, cotton canvas No.8", 500, "PCS", "1180", "2026-12-11"),
        L(2, "SBO-KC-100", "Koji cloth 100x100 cm, 2/1 twill", 200, "PCS", "860", "2026-12-11"),
    ])
    body = ("Tallis & Brook Procurement Ltd\nMaren Holt 様\n\nいつもお世話になっております。\n株式会社 酒袋織物の"
            "山田でございます。\n\nご注文番号 4500031418 につきまして、下記の通りお請けいたします。\n\n"
            "1. 酒袋 60x90cm（8号帆布） 500枚 単価 1,250円（税抜） 納期 2026年12月11日\n"
            "2. 麹布 100x100cm 200枚 単価 860円（税抜） 納期 2026年12月11日\n\n"
            "綿帆布の価格改定に伴い、1.の単価を変更させていただきました。何卒ご了承ください。\n\n"
            "今後ともよろしくお願い申し上げます。\n\n――――――――――――\n株式会社 酒袋織物 営業部 山田 花子\n"
            "〒658-0044 兵庫県神戸市東灘区御影塚町2-8\nTEL 078-555-3120\n")
    body = body.replace("――――――――――――", "------------------------")
    eml = reply(P, frm=("山田 花子", "eigyo@sakabukuro.example"), date="2026-11-12 17:30:02 +0900",
                client="outlook", body=body, charset="shift_jis", cte="base64", hdr_cs="iso-2022-jp",
                lang="ja-JP", font="MS PGothic, sans-serif")
    return [P], eml, conf("Line 1 単価 1,250円（税抜） -> 1250 JPY (PO 1180; comma is thousands); line 2 as ordered.",
                          (P, {1: chg(p="1250"), 2: ACC}))


@case("bambootie-tuan51-vi", "confirmation/vi-VN",
      "Vietnamese 'giao hàng tuần 51' plus a reduced quantity written with a dot thousands separator (5.000)")
def c_tie_vi():
    S = sup("TREVIET", "Công ty TNHH Tre Việt", "sales@treviet.example", "vi-VN")
    P = po("4500031425", S, "USD", "2026-11-09", [
        L(1, "TVT-TS-15", "Bamboo tie strip 1.5 m x 12 mm, treated", 10000, "PCS", "0.085", "2026-12-11"),
        L(2, "TVT-TS-20", "Bamboo tie strip 2.0 m x 15 mm, treated", 6000, "PCS", "0.11", "2026-12-11"),
    ], buyer="tom")
    body = ("Kính gửi anh Tom,\n\nChúng tôi xác nhận đơn hàng 4500031425 như sau:\n"
            "- Dòng 1: 10.000 cái, đơn giá 0,085 USD, giao hàng tuần 51.\n"
            "- Dòng 2: chỉ có thể cung cấp 5.000 cái (thiếu tre 2 m), đơn giá 0,11 USD, giao hàng tuần 51.\n\n"
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh - Công ty TNHH Tre Việt\n"
            "Lô B4, KCN Tân Đức, Long An\nĐT: +84 272 555 8820\n")
    eml = reply(P, frm=("Nguyễn Thị Lan", "sales@treviet.example"), date="2026-11-16 15:00:39 +0700",
                client="gmail", body=body, quote="cite", cte="base64",
                attr="Vào Th 2, 9 thg 11, 2026 vào lúc 17:12 Tom Becker <tom.becker@tallisbrook.example> đã viết:")
    return [P], eml, conf("'tuần 51' -> 2026-12-18; '10.000'/'5.000' use dot thousands: line 2 only 5000 of 6000.",
                          (P, {1: chg(d="2026-12-18"), 2: chg(q=5000, d="2026-12-18")}))


@case("racks-disember-my", "confirmation/ms-MY",
      "Malay 'penghantaran 18 Disember 2026' with production-week wording ('minggu ke-50') that is not the delivery")
def c_rack_my():
    S = sup("RAKSALAI", "Syarikat Rak Salai Ikan Sdn. Bhd.", "jualan@raksalai.example", "ms-MY")
    P = po("4500031433", S, "USD", "2026-11-09", [
        L(1, "RSI-RK-5T", "Fish smoking rack 5-tier, 45x60 cm, galvanised", 40, "PCS", "88.00", "2026-12-11"),
        L(2, "RSI-TR-4560", "Spare tray 45x60 cm, 6 mm mesh", 120, "PCS", "9.20", "2026-12-11"),
    ])
    body = ("Salam sejahtera Puan Maren,\n\nKami mengesahkan pesanan 4500031433 seperti berikut:\n"
            "item 1 - 40 unit @ USD 88.00\nitem 2 - 120 unit @ USD 9.20\n\n"
            "Kilang kami penuh sehingga minggu ke-50, jadi penghantaran 18 Disember 2026 ke gudang Felixstowe.\n\n"
            "Terima kasih,\nNurul Aina binti Hassan\nSyarikat Rak Salai Ikan Sdn. Bhd.\n"
            "Lot 22, Kawasan Perindustrian Telok Gong, 42000 Pelabuhan Klang, Selangor\nTel: +60 3-3155 5210\n")
    eml = reply(P, frm=("Nurul Aina Hassan", "jualan@raksalai.example"), date="2026-11-17 09:15:20 +0800",
                client="outlook", body=body, lang="ms-MY")
    return [P], eml, conf("Delivery '18 Disember 2026' for both lines; 'minggu ke-50' is the reason, not a date.",
                          (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")}))


@case("eggtray-per100-zh-cn", "confirmation/zh-CN",
      "GB2312 body quoting prices 'per hundred pieces' (每百个 65.00元) against a per-piece CNY PO")
def c_egg_cn():
    S = sup("LVYUAN", "浙江绿源蛋托有限公司", "sales@lvyuan-pack.example", "zh-CN")
    P = po("4500031440", S, "CNY", "2026-11-09", [
        L(1, "LYP-DT-12", "Organic egg carton 12-cell, 2x6, kraft", 50000, "PCS", "0.62", "2026-12-18"),
        L(2, "LYP-DT-30", "Egg tray 30-cell, 300x300 mm", 20000, "PCS", "0.48", "2026-12-18"),
    ], buyer="priya")
    body = ("Priya 您好：\n\n贵司订单 4500031440 确认如下：\n\n"
            "1. 12枚装有机蛋盒 2x6：50000个，单价 每百个 65.00元（不含税），交期 2026年12月18日\n"
            "2. 30枚蛋托 300x300mm：20000个，单价 每百个 48.00元（不含税），交期 2026年12月18日\n\n"
            "第1项因牛皮纸涨价，单价略有调整，请知悉。\n\n祝好！\n王丽\n浙江绿源蛋托有限公司 外贸部\n"
            "浙江省湖州市吴兴区织里镇工业园88号\n电话：+86 572 555 6618\n")
    assert Decimal("65.00") / 100 == Decimal("0.65") and Decimal("48.00") / 100 == Decimal("0.48")
    eml = reply(P, frm=("王丽", "sales@lvyuan-pack.example"), date="2026-11-18 10:30:51 +0800", client="foxmail",
                body=body, quote="cite", charset="gb2312", cte="base64", hdr_cs="gb2312",
                attr="------------------ 原始邮件 ------------------",
                extra=[("X-Mailer", "Foxmail 7.2.25.331[cn]")])
    return [P], eml, conf("Prices per 100 pieces: 65.00/100 = 0.65 CNY/PCS (PO 0.62, changed); 48.00/100 = 0.48 (unchanged).",
                          (P, {1: chg(p="0.65"), 2: ACC}))


@case("viewport-big5-tw", "confirmation/zh-TW",
      "Big5 per-position list: one accepted, one declined, one delivered a week early (2026/12/04)")
def c_vp_tw():
    S = sup("TWDEEP", "台灣深海視窗股份有限公司", "sales@twdeepview.example", "zh-TW")
    P = po("4500031447", S, "USD", "2026-11-09", [
        L(1, "TDV-VP-150", "Diving bell viewport 150 mm, PMMA 38 mm", 6, "EA", "890.00", "2026-12-11"),
        L(2, "TDV-VP-250", "Diving bell viewport 250 mm, PMMA 50 mm", 2, "EA", "1640.00", "2026-12-11"),
        L(3, "TDV-GS-150", "Gasket set 150 mm, EPDM", 12, "SET", "22.00", "2026-12-11"),
    ], buyer="oskar")
    body = ("Oskar 先生您好：\n\n有關貴公司訂單 4500031447，回覆如下：\n\n"
            "第1項 150mm 視窗：6 個，單價 USD 890.00，交期 2026/12/11，確認。\n"
            "第2項 250mm 視窗：目前模具維修中，恕無法接單。\n"
            "第3項 150mm 墊片組：12 組，單價 USD 22.00，交期提前至 2026/12/04。\n\n"
            "謝謝！\n陳怡君\n台灣深海視窗股份有限公司 業務部\n高雄市前鎮區成功二路 25 號\nTel: +886-7-555-3126\n")
    eml = reply(P, frm=("陳怡君", "sales@twdeepview.example"), date="2026-11-18 14:00:18 +0800", client="outlook",
                body=body, charset="big5", cte="base64", hdr_cs="big5", lang="zh-TW")
    return [P], eml, conf("Line 1 confirmed as ordered; line 2 declined (恕無法接單) -> rejected; line 3 earlier date 2026-12-04.",
                          (P, {1: ACC, 2: REJ, 3: chg(d="2026-12-04")}))


@case("pinsetter-euckr-ko", "confirmation/ko-KR",
      "EUC-KR body with Korean date 2026년 12월 11일 confirming everything as requested")
def c_pin_ko():
    S = sup("KBOWL", "한국볼링설비 주식회사", "sales@kbowling.example", "ko-KR")
    P = po("4500031455", S, "USD", "2026-11-06", [
        L(1, "KBS-DB-8250", "Pinsetter deck belt 82-1/2 in, 2-ply", 10, "PCS", "61.00", "2026-12-11"),
        L(2, "KBS-TB-342", "Turret drive belt 3/8 x 42 in", 20, "PCS", "14.50", "2026-12-11"),
    ], buyer="tom")
    body = ("Tom Becker 님께,\n\n안녕하세요. 한국볼링설비 영업팀 김민준입니다.\n\n"
            "발주번호 4500031455 주문 확인드립니다.\n1번 덱 벨트 10개 USD 61.00, 2번 터렛 벨트 20개 USD 14.50,\n"
            "납기 2026년 12월 11일 모두 요청하신 대로 가능합니다.\n\n감사합니다.\n김민준 과장\n"
            "한국볼링설비 주식회사\n경기도 안산시 단원구 산단로 112\nTel. +82 31 555 4120\n")
    eml = reply(P, frm=("김민준", "sales@kbowling.example"), date="2026-11-11 13:00:45 +0900", client="outlook",
                body=body, charset="euc-kr", cte="base64", hdr_cs="euc-kr", lang="ko-KR")
    return [P], eml, conf("Everything as ordered (quantities, prices, 2026년 12월 11일).", (P, {1: ACC, 2: ACC}))


@case("mallet-threepos-za", "confirmation/en-ZA",
      "three open POs: one fully confirmed, one partly (a line cancelled), the third only mentioned; South African d/m dates")
def c_mallet_za():
    S = sup("KAROO", "Karoo Polo Supplies (Pty) Ltd", "orders@karoopolo.example", "en-ZA")
    P1 = po("4500031461", S, "USD", "2026-11-05", [
        L(1, "KPS-MH-TIPA", "Polo mallet head tipa 210 g, 9 in", 80, "PCS", "31.00", "2026-12-11"),
        L(2, "KPS-MH-BAM", "Polo mallet head bamboo 180 g, 8-1/2 in", 40, "PCS", "26.00", "2026-12-11"),
    ])
    P2 = po("4500031468", S, "USD", "2026-11-06", [
        L(1, "KPS-MH-SYC", "Polo mallet head sycamore 200 g", 50, "PCS", "22.00", "2026-12-18"),
        L(2, "KPS-MH-RUB", "Practice head, rubber core, 3/4 in bore", 100, "PCS", "9.50", "2026-12-18"),
    ])
    P3 = po("4500031474", S, "USD", "2026-11-09", [
        L(1, "KPS-MH-JR", "Junior mallet head 160 g, 2027 model", 30, "PCS", "18.00", "2027-01-15"),
    ])
    body = ("Morning Maren\n\nPO 4500031461: all good as ordered, will be with you on 11/12.\n\n"
            "PO 4500031468: line 1 fine (50 @ USD 22.00, delivery 18/12). The rubber-core practice heads are out of "
            "stock until February - we can't supply those this year, please cancel that line.\n\n"
            "Still working on 4500031474, will come back to you.\n\nKind regards\nPieter van der Merwe\n"
            "Karoo Polo Supplies (Pty) Ltd\n14 Voortrekker Street, Graaff-Reinet, 6280\nTel: +27 49 555 2214 | "
            "Cell: 082 555 7731\n\nDisclaimer: This e-mail is subject to the Karoo Polo Supplies e-mail legal notice.\n")
    eml = reply(P1, frm=("Pieter van der Merwe", "orders@karoopolo.example"), date="2026-11-17 07:55:10 +0200",
                client="outlook", body=body, lang="en-ZA", refs_extra=[P2["request_message_id"]])
    return [P1, P2, P3], eml, conf("PO 461 accepted (11/12 = 11 Dec); PO 468 line 1 accepted, line 2 'please cancel' -> rejected; "
                                   "PO 474 only mentioned -> left out.",
                                   (P1, {1: ACC, 2: ACC}), (P2, {1: ACC, 2: REJ}))


@case("didge-csv-split-au", "confirmation/en-AU",
      "answer only in an attached CSV where one line appears twice (two lots) and dates are dd/mm/yyyy")
def c_didge_au():
    S = sup("TOPEND", "Top End Didgeridoo Supply Pty Ltd", "sales@topenddidge.example", "en-AU")
    P = po("4500031482", S, "AUD", "2026-11-09", [
        L(1, "TED-MP-32", "Didgeridoo mouthpiece, beeswax ring 32 mm", 300, "PCS", "4.40", "2026-12-11"),
        L(2, "TED-MP-BR30", "Didgeridoo mouthpiece, brass 30 mm, 3/4 in spigot", 120, "PCS", "17.90", "2026-12-11"),
        L(3, "TED-BAG-150", "Padded didgeridoo bag 150 cm, 2027 model", 40, "PCS", "34.00", "2026-12-11"),
    ], buyer="oskar")
    csv = ("po_number,line,item,qty_confirmed,unit_price_aud,delivery_date\n"
           "4500031482,1,TED-MP-32,300,4.40,11/12/2026\n"
           "4500031482,2,TED-MP-BR30,70,17.90,11/12/2026\n"
           "4500031482,2,TED-MP-BR30,50,17.90,22/01/2027\n"
           "4500031482,3,TED-BAG-150,40,34.00,11/12/2026\n")
    body = ("G'day Oskar,\n\nConfirmation attached as CSV (straight out of our system). Heads up, the brass ones "
            "come in two lots.\n\nCheers,\nMick O'Brien\nTop End Didgeridoo Supply Pty Ltd\n"
            "3/17 Coonawarra Rd, Winnellie NT 0820\nPh (08) 8955 0123\n")
    att = mime.attach(csv.encode("ascii"), 'text/csv; charset="us-ascii"', "SO-88214_4500031482.csv", cte="7bit")
    eml = reply(P, frm=("Mick O'Brien", "sales@topenddidge.example"), date="2026-11-18 16:10:05 +1100",
                client="gmail", body=body, quote="cite", atts=[att],
                attr="On Mon, 9 Nov 2026 at 21:12, Oskar Lindqvist <oskar.lindqvist@tallisbrook.example> wrote:")
    return [P], eml, conf("CSV only: line 2 split 70 on 2026-12-11 + 50 on 2027-01-22 (schedule); lines 1 and 3 as ordered.",
                          (P, {1: ACC, 2: chg(sched=[(70, "2026-12-11"), (50, "2027-01-22")]), 3: ACC}))


@case("fitting-perbox-sg", "confirmation/en-SG",
      "Singlish-style reply pricing per box of 25 against a per-each PO: one box price equals the PO, the other does not")
def c_fit_sg():
    S = sup("LCTHERM", "Lion City Thermal Fittings Pte Ltd", "sales@lcthermal.example", "en-SG")
    P = po("4500031490", S, "USD", "2026-11-06", [
        L(1, "LCT-NP-34", "Hot spring nipple 3/4 in BSP, 316 SS, 60 mm", 500, "EA", "1.90", "2026-12-11"),
        L(2, "LCT-EL-34", "Elbow 3/4 in BSP, 316 SS, 90 deg", 250, "EA", "3.20", "2026-12-11"),
    ], buyer="priya")
    assert Decimal("47.50") / 25 == Decimal("1.90") and Decimal("82.50") / 25 == Decimal("3.30")
    body = ("Hi Priya,\n\nNoted with thanks. Pls find below our confirmation:\n\n"
            "Item 1 - 20 boxes x 25 pcs = 500 pcs @ USD 47.50/box, ETA 11 Dec\n"
            "Item 2 - 10 boxes x 25 pcs = 250 pcs @ USD 82.50/box, ETA 11 Dec\n\n"
            "Item 2 price follow our latest price list ya, nickel surcharge.\n\nThanks & regards,\nJasmine Tan\n"
            "Lion City Thermal Fittings Pte Ltd\n21 Tuas Avenue 9, Singapore 639183\nDID +65 6555 1832\n")
    eml = reply(P, frm=("Jasmine Tan", "sales@lcthermal.example"), date="2026-11-12 11:25:37 +0800",
                client="outlook", body=body, lang="en-SG")
    return [P], eml, conf("Box prices /25: 47.50/25 = 1.90 (= PO) and 82.50/25 = 3.30 (PO 3.20 -> changed); quantities 500/250 EA.",
                          (P, {1: ACC, 2: chg(p="3.30")}))


@case("smokechips-tonne-ie", "confirmation/en-IE",
      "one line priced per tonne (EUR 1,950.00/t) against a per-kg PO, quantity restated as 0.8 t")
def c_chips_ie():
    S = sup("CONNSMOKE", "Connemara Smokehouse Supplies Ltd", "orders@connemarasmoke.example", "en-IE")
    P = po("4500031497", S, "EUR", "2026-11-06", [
        L(1, "CSS-RK-1200", "Fish smoking rack 1200x600 mm, 12 bars, stainless", 20, "PCS", "142.00", "2026-12-11"),
        L(2, "CSS-OC-510", "Oak smoking chips 5-10 mm for smoking racks, kiln dried", 800, "KG", "1.85", "2026-12-11"),
    ], buyer="tom")
    body = ("Hi Tom,\n\nRacks confirmed, 20 off at EUR 142.00 each, delivered 11/12.\n\n"
            "Oak chips: we now price those by the tonne - EUR 1,950.00/t - so 0.8 t on the same delivery.\n\n"
            "Regards,\nSiobhán Ní Fhlatharta\nConnemara Smokehouse Supplies Ltd\nUnit 9, Ros an Mhíl Business Park, "
            "Co. Galway, H91 X2C4\n+353 91 555 713\n\nConnemara Smokehouse Supplies Ltd. Registered in Ireland No. 512233.\n")
    assert Decimal("1950.00") / 1000 == Decimal("1.95")
    eml = reply(P, frm=("Siobhán Ní Fhlatharta", "orders@connemarasmoke.example"), date="2026-11-11 12:00:48 +0000",
                client="outlook", body=body, lang="en-IE")
    return [P], eml, conf("EUR 1,950.00 per tonne = 1.95 per KG (PO 1.85 -> changed); 0.8 t = 800 KG unchanged; line 1 as ordered.",
                          (P, {1: ACC, 2: chg(p="1.95")}))


@case("yarn-surcharge-ua", "confirmation/uk-UA",
      "Ukrainian +5 % surcharge applied to both PO prices (9.87 and 81.90), windows-1251")
def c_yarn_ua():
    S = sup("KARPAT", "ТОВ Карпатська пряжа", "sales@karpatpryazha.example", "uk-UA")
    P = po("4500031505", S, "EUR", "2026-11-09", [
        L(1, "KPR-YK-2-8", "Yak wool yarn 2/8 Nm, 100 g hank, natural grey", 300, "PCS", "9.40", "2026-12-18"),
        L(2, "KPR-YM-315", "Yak/merino blend 50/50, 3/15 Nm, on cone", 40, "KG", "78.00", "2026-12-18"),
    ])
    assert Decimal("9.40") * Decimal("1.05") == Decimal("9.87") and Decimal("78.00") * Decimal("1.05") == Decimal("81.90")
    body = ("Добрий день, пані Марен!\n\nПідтверджуємо замовлення № 4500031505 у повному обсязі: 300 мотків і 40 кг, "
            "доставка 18.12.2026.\n\nЧерез подорожчання сировини до цін замовлення застосовується надбавка +5 % "
            "на обидві позиції.\n\nЗ повагою,\nОксана Мельник\nменеджер зовнішньоекономічної діяльності\n"
            "ТОВ Карпатська пряжа\nвул. Промислова 7, м. Коломия, 78200\nтел. +380 3433 5 55 18\n")
    eml = reply(P, frm=("Оксана Мельник", "sales@karpatpryazha.example"), date="2026-11-19 10:00:16 +0200",
                client="outlook", body=body, charset="windows-1251", hdr_cs="windows-1251", lang="uk-UA")
    return [P], eml, conf("+5 % on PO prices: 9.40 -> 9.87, 78.00 -> 81.90; quantities and date 18.12.2026 as ordered.",
                          (P, {1: chg(p="9.87"), 2: chg(p="81.90")}))


@case("feedhorn-forward-hi", "confirmation/hi-IN",
      "Hindi/English forward from a colleague: the production head's dispatch date and the later delivery date both appear")
def c_horn_hi():
    S = sup("GAGAN", "गगन एंटीना प्रणाली प्रा. लि.", "sales@gaganantenna.example", "hi-IN")
    P = po("4500031512", S, "USD", "2026-11-09", [
        L(1, "GAS-FH-C", "Radio telescope feed horn C-band 4-8 GHz, scalar ring, 3/8 in flange", 3, "EA", "2950.00", "2026-12-11"),
        L(2, "GAS-PL-C", "Polariser C-band, WR-159", 3, "EA", "1180.00", "2026-12-11"),
    ], buyer="priya")
    inner = ("From: Suresh Iyer <suresh.iyer@gaganantenna.example>\nSent: 18 November 2026 10:05\n"
             "To: Rajesh Kumar <rajesh.kumar@gaganantenna.example>\nSubject: RE: PO 4500031512 - request for order confirmation\n\n"
             "Rajesh ji,\n\nPO 4500031512 ka status:\nLine 1: 3 nos @ USD 2,950.00 - dispatch 04-12-2026, delivery "
             "at Felixstowe 18-12-2026.\nLine 2: 3 nos @ USD 1,180.00 - same shipment.\n\nकृपया customer को बता दें।\n\n"
             "Suresh Iyer\nHead - Production\n")
    body = ("नमस्ते Priya जी,\n\nनीचे हमारे production head का confirmation forward कर रहा हूँ। Quantity और price PO के "
            "अनुसार हैं, delivery 18 दिसंबर 2026 को होगी।\n\nधन्यवाद,\nRajesh Kumar\nExport Sales\n"
            "गगन एंटीना प्रणाली प्रा. लि. (Gagan Antenna Systems Pvt. Ltd.)\nPlot 41, Electronic City Phase II, "
            "Bengaluru 560100\n+91 80 5555 2741\n\n-----Original Message-----\n" + inner + "\n" +
            "-----Original Message-----\n" + "From: Priya Natarajan <priya.natarajan@tallisbrook.example>\n"
            "Sent: 09 November 2026 10:12\nTo: sales@gaganantenna.example\nSubject: PO 4500031512 - request for order confirmation\n\n"
            + req_text(P))
    eml = reply(P, frm=("Rajesh Kumar", "rajesh.kumar@gaganantenna.example"), date="2026-11-18 12:40:29 +0530",
                client="outlook", body=body, quote=None, cte="base64", prefix="FW: ", lang="hi-IN", thread=False)
    return [P], eml, conf("Forwarded internal answer (not threaded): dispatch 04-12-2026 but delivery 18-12-2026 wins; "
                          "prices and quantities as ordered.", (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")}))


@case("racks-fredag-nb", "confirmation/nb-NO",
      "Norwegian 'levering fredag 18. desember' (weekday + date, no year) for the whole order; NOK prices")
def c_rack_nb():
    S = sup("ROYKLOF", "Røykeriutstyr Lofoten AS", "ordre@royklofoten.example", "nb-NO")
    P = po("4500031520", S, "NOK", "2026-11-06", [
        L(1, "RLO-HJ-100", "Fish smoking rack 100x50 cm, 10 bars, aluminium", 30, "PCS", "690.00", "2026-12-11"),
        L(2, "RLO-KR-12", "Hanging hook 12 cm, 4 mm, box of 50", 20, "BOX", "210.00", "2026-12-11"),
    ], buyer="oskar")
    body = ("Hei Oskar,\n\nVi bekrefter ordre 4500031520 med antall og priser som bestilt (30 stk. hjeller à kr 690,00 "
            "og 20 esker kroker à kr 210,00).\n\nLevering fredag 18. desember - uka før klarer vi dessverre ikke.\n\n"
            "Med vennlig hilsen\nKari Johansen\nRøykeriutstyr Lofoten AS\nStorvågan 2, 8310 Kabelvåg\nTlf. +47 76 55 51 20\n")
    eml = reply(P, frm=("Kari Johansen", "ordre@royklofoten.example"), date="2026-11-13 14:30:11 +0100",
                client="outlook", body=body, qlang="nb", lang="nb-NO", charset="iso-8859-1", hdr_cs="iso-8859-1",
                prefix="SV: ")
    return [P], eml, conf("'fredag 18. desember' (no year) -> 2026-12-18 for both lines; price/qty as ordered.",
                          (P, {1: chg(d="2026-12-18"), 2: chg(d="2026-12-18")}))


@case("yakfibre-approx-kg-nz", "confirmation/en-NZ",
      "'approx. 500 kg (+/- 10 %)' on a 500 KG line: the nominal quantity is confirmed with a usual weight tolerance")
def c_yak_nz():
    S = sup("SOUTHYAK", "Southern Alps Yak Fibre Ltd", "orders@southernyak.example", "en-NZ")
    P = po("4500031527", S, "NZD", "2026-11-06", [
        L(1, "SAY-YD-165", "Yak down fibre, dehaired, 16.5 micron, 2027 clip", 500, "KG", "118.00", "2026-12-18"),
        L(2, "SAY-YT-2022", "Yak wool top 20/22 micron, 3/4 in sliver", 200, "KG", "74.00", "2026-12-18"),
    ])
    body = ("Kia ora Maren,\n\nThanks for the order, all sorted:\n\n"
            "Line 1 - approx. 500 kg (+/- 10 %) of the 16.5 micron down; the final weight depends on the dehairing "
            "yield and we invoice actual weight at $118.00/kg.\nLine 2 - 200 kg of top at $74.00/kg.\n\n"
            "Both ship from Christchurch on 4 Dec and arrive Felixstowe 18 Dec.\n\nNgā mihi,\nAroha Williams\n"
            "Southern Alps Yak Fibre Ltd\n112 Main South Road, Geraldine 7930, New Zealand\n+64 3 555 0183\n")
    eml = reply(P, frm=("Aroha Williams", "orders@southernyak.example"), date="2026-11-10 09:12:33 +1300",
                client="gmail", body=body, quote="cite",
                attr="On Fri, 6 Nov 2026 at 23:12, Maren Holt <maren.holt@tallisbrook.example> wrote:")
    return [P], eml, conf("Decision: 'approx. 500 kg (+/- 10 %)' confirms the ordered 500 kg with a normal weight tolerance "
                          "invoiced on actual weight, so line 1 is accepted at 500; ship 4 Dec vs arrival 18 Dec (= requested).",
                          (P, {1: ACC, 2: ACC}))


@case("lamps-all-rejected-us", "confirmation/en-US",
      "a polite refusal of the whole PO (product line discontinued): every line is rejected, still a confirmation")
def c_lamp_us():
    S = sup("CAPEANN", "Cape Ann Lantern Co.", "orders@capeannlantern.example", "en-US")
    P = po("4500031533", S, "USD", "2026-11-05", [
        L(1, "CAL-KL-14", "Keeper's kerosene lamp 14 in, brass, 3/4 in wick", 12, "EA", "96.00", "2026-12-11"),
        L(2, "CAL-WK-34", "Flat wick 3/4 in x 12 in, cotton", 10, "DZ", "14.40", "2026-12-11"),
    ], buyer="tom")
    body = ("Hi Tom,\n\nSorry to be the bearer of bad news - we closed our brass shop at the end of October and are no "
            "longer making the keeper's lamps or the wicks. We won't be able to fill PO 4500031533, please cancel it "
            "on your end.\n\nThanks for thinking of us all these years.\n\nBest,\nDiane Sullivan\nCape Ann Lantern Co.\n"
            "47 Rocky Neck Ave, Gloucester, MA 01930\n(978) 555-0162\n")
    eml = reply(P, frm=("Diane Sullivan", "orders@capeannlantern.example"), date="2026-11-10 16:05:52 -0500",
                client="apple", body=body, quote="cite", font="Helvetica",
                attr="On Nov 5, 2026, at 5:12 AM, Tom Becker <tom.becker@tallisbrook.example> wrote:")
    return [P], eml, conf("Supplier declines the entire PO -> both lines rejected (a rejection is an answer).",
                          (P, {1: REJ, 2: REJ}))
