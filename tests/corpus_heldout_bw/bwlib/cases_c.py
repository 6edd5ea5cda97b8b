"""Cases C: confirmations in Baltic, Cyrillic and Asian scripts; multi-PO, unit conversions."""
from .common import case, sup, line, po, conf, chg, REJ, UNC, expected, reply
from . import mime

C = "confirmation"


@case("glassblowing-three-pos-two-answered", "confirmation/et-EE",
      "Three POs on file, Estonian reply answers two (one with a price rise) and only mentions the third")
def c_glass_ee():
    S = sup("KLTO", "Klaasitööriist OÜ", "tellimused@klaasitooriist.example", "et-EE", "Ms Tamm")
    A = po("4500031640", S, "EUR", "2026-11-12", [
        line(1, "GBP-130-TT", "Blowpipe 130 cm, titanium tip, 1/2\" bore", 6, "EA", "210.00", "2026-12-11"),
        line(2, "JCK-STD-20", "Glassblowing jacks, 20 cm blades", 10, "EA", "68.00", "2026-12-11"),
    ], buyer="tomasz")
    B = po("4500031641", S, "EUR", "2026-11-12", [
        line(1, "MRV-GRAPH-12", "Graphite marver 12x20 cm, 4 cm thick", 4, "EA", "95.00", "2026-12-18"),
    ], buyer="tomasz")
    Cc = po("4500031655", S, "EUR", "2026-11-13", [
        line(1, "PNT-SS-120", "Punty stainless 120 cm, 16 mm", 15, "EA", "39.00", "2027-01-15"),
    ], buyer="tomasz")
    body = """Tere, Tomasz!

Kinnitame tellimused 4500031640 ja 4500031641:

4500031640 – kõik read tellitud kogustes ja hindadega, tarne 11.12.2026.
4500031641 – grafiitmarver 12x20: 4 tk, hind 98,50 EUR/tk (grafiidi hinnatõus), tarne 18.12.2026.

Tellimuse 4500031655 kohta anname vastuse jaanuari alguses.

Lugupidamisega
Kadri Tamm
Klaasitööriist OÜ
Peterburi tee 71, 11415 Tallinn
tel +372 605 2274
"""
    msg = reply(c_glass_ee.slug, A, body, (2026, 11, 17, 11, 22, 45), "outlook", charset="iso-8859-15",
                sender=("Kadri Tamm", "kadri.tamm@klaasitooriist.example"))
    return [A, B, Cc], msg, expected(C, [conf(A, {}), conf(B, {1: chg(B, 1, p="98.50")})],
                                     "Two of three POs answered in one mail (threaded on the first); 4500031655 only mentioned -> left out.")


@case("glass-stoppers-price-per-box", "confirmation/lv-LV",
      "Latvian price per box of 50 ('112,50 EUR par kasti') for a PO priced per piece -> 2.25 EUR/EA")
def c_stoppers_lv():
    S = sup("LBST", "Laboratorijas Stikls SIA", "pasutijumi@labstikls.example", "lv-LV", "Mr Ozols")
    P = po("BW-26-0541", S, "EUR", "2026-11-13", [
        line(1, "STP-NS19-H", "Glass stopper NS 19/26, hollow, boro 3.3", 400, "EA", "2.10", "2026-12-16"),
        line(2, "STP-NS24-S", "Glass stopper NS 24/29, solid, flat head", 300, "EA", "2.60", "2026-12-16"),
    ], buyer="priya")
    body = """Labdien, Anand kundze!

Apstiprinām pasūtījumu BW-26-0541:

1. poz.: 400 gab. (8 kastes pa 50 gab.), cena 112,50 EUR par kasti (50 gab.), piegāde 16.12.2026.
2. poz.: 300 gab., cena 2,60 EUR/gab., piegāde 16.12.2026.

Ar cieņu
Jānis Ozols
Pārdošanas nodaļa
Laboratorijas Stikls SIA, Rūpniecības iela 32, Rīga, LV-1045
Tālr. +371 67 312 845
"""
    msg = reply(c_stoppers_lv.slug, P, body, (2026, 11, 18, 9, 2, 14), "outlook", charset="windows-1257",
                sender=("Jānis Ozols", "janis.ozols@labstikls.example"))
    assert 112.50 / 50 == 2.25
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, p="2.25"), 2: "acc"})],
                              "Box price must be converted to the PO unit (112.50 / 50 = 2.25 EUR per EA); quantity also restated in boxes.")


@case("grout-floats-line4-silent", "confirmation/lt-LT",
      "Lithuanian ISO-8859-13 list covers lines 1-3 (short quantity, later date) and says nothing on line 4")
def c_floats_lt():
    S = sup("APIR", "Apdailos Įrankiai UAB", "uzsakymai@apdailos-irankiai.example", "lt-LT", "Ms Kazlauskienė")
    P = po("4500031668", S, "EUR", "2026-11-16", [
        line(1, "TGF-RUB-24", "Rubber grout float 24x10 cm", 300, "EA", "5.40", "2026-12-18"),
        line(2, "TGF-EPX-30", "Epoxy grout float 30x12 cm, hard rubber", 200, "EA", "7.90", "2026-12-18"),
        line(3, "TGF-SPG-HYD", "Hydro sponge 17x11x7 cm", 500, "EA", "1.30", "2026-12-18"),
        line(4, "TGF-RAKE-3", "Grout rake 3 mm, carbide tip", 100, "EA", "4.80", "2026-12-18"),
    ])
    body = """Laba diena,

patvirtiname užsakymą 4500031668:
1 poz. – 300 vnt. po 5,40 EUR, pristatymas 2026-12-18;
2 poz. – 150 vnt. (daugiau neturime) po 7,90 EUR, pristatymas 2026-12-18;
3 poz. – 500 vnt. po 1,30 EUR, pristatymas 2027-01-08.

Pagarbiai
Rasa Kazlauskienė
Apdailos Įrankiai UAB
Savanorių pr. 176, LT-03154 Vilnius
tel. +370 5 213 4470
"""
    msg = reply(c_floats_lt.slug, P, body, (2026, 11, 19, 10, 40, 3), "thunderbird", html=False, quote="gt",
                charset="iso-8859-13", sender=("Rasa Kazlauskienė", "rasa@apdailos-irankiai.example"), lang="lt")
    return [P], msg, expected(C, [conf(P, {1: "acc", 2: chg(P, 2, q=150), 3: chg(P, 3, d="2027-01-08"), 4: UNC})],
                              "Line 4 is not mentioned at all -> unconfirmed; ISO dates in Lithuanian text.")


@case("helmet-lamps-koi8u-split", "confirmation/uk-UA",
      "Ukrainian KOI8-U 8bit text: line 2 delivered 50 now and 30 on 15.01.2027")
def c_lamps_ua():
    S = sup("SHSV", "Shakhtosvitlo LLC", "sales@shakhtosvitlo.example", "uk-UA", "Mr Kovalenko")
    P = po("4500031672", S, "USD", "2026-11-13", [
        line(1, "MHL-KS-7", "Cap lamp 7 Ah, LED 3W, 3.7V Li-ion", 80, "EA", "96.00", "2026-12-18"),
        line(2, "MHL-BELT-50", "Lamp belt 50 mm, leather, 2 buckles", 80, "EA", "11.50", "2026-12-18"),
    ], buyer="oliver")
    body = """Добрий день, пане Брандт!

Підтверджуємо замовлення 4500031672:
поз. 1 – 80 шт. по 96,00 USD, поставка 18.12.2026;
поз. 2 – пояси по 11,50 USD: зараз є лише 50 шт., їх поставимо 18.12.2026,
решту 30 шт. – 15.01.2027.

З повагою,
Олег Коваленко
відділ продажу ТОВ «Шахтосвітло»
вул. Шахтарська 18, м. Павлоград, 51400
тел. +380 5632 6 14 90
"""
    msg = reply(c_lamps_ua.slug, P, body, (2026, 11, 18, 16, 25, 30), "thunderbird", html=False, quote="gt",
                charset="koi8-u", cte="8bit", sender=("Олег Коваленко", "o.kovalenko@shakhtosvitlo.example"), lang="uk")
    return [P], msg, expected(C, [conf(P, {1: "acc", 2: chg(P, 2, d="2027-01-15", sched=[(50, "2026-12-18"), (30, "2027-01-15")])})],
                              "Split in Cyrillic prose; full quantity kept but spread over two dates.")


@case("rigging-price-per-100", "confirmation/ru-RU",
      "Russian KOI8-R: price '245,00 USD за 100 шт.' for a per-EA PO line -> 2.45; shipment date only ('отгрузка')")
def c_rig_ru():
    S = sup("STST", "Stsenicheskie Tekhnologii LLC", "zakaz@stsentech.example", "ru-RU", "Mr Smirnov")
    P = po("BW-26-0549", S, "USD", "2026-11-16", [
        line(1, "TRS-SHK-M8", "Shackle M8 (5/16\"), galvanised, WLL 0.5 t", 1000, "EA", "2.35", "2026-12-21"),
        line(2, "TRS-TBK-M10", "Turnbuckle M10 hook-eye, 4/3 thread", 400, "EA", "3.60", "2026-12-21"),
    ], buyer="tomasz")
    body = """Здравствуйте, Томаш!

Подтверждаем заказ BW-26-0549:
поз. 1 – скоба M8, 1000 шт., цена 245,00 USD за 100 шт., отгрузка 21.12.2026;
поз. 2 – талреп M10, 400 шт., цена 3,60 USD/шт., отгрузка 21.12.2026.

С уважением,
Дмитрий Смирнов
менеджер по продажам
ООО «Сценические технологии»
Москва, ул. Складочная, д. 1, стр. 7
тел. +7 495 120-44-71
"""
    msg = reply(c_rig_ru.slug, P, body, (2026, 11, 19, 12, 14, 52), "outlook", charset="koi8-r",
                sender=("Дмитрий Смирнов", "d.smirnov@stsentech.example"), lang="ru")
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, p="2.45"), 2: "acc"})],
                              "Per-100 price converts to 2.45 USD/EA; only a ship date is given, equal to the requested date.")


@case("autoclave-trays-sjis-one-of-two", "confirmation/ja-JP",
      "Japanese Shift_JIS base64: '納期12月18日' without year for one PO; the second PO only gets 'will contact separately'")
def c_trays_jp():
    S = sup("SNWD", "Sanwa Dental Kizai Co., Ltd.", "eigyo@sanwa-dental.example", "ja-JP", "Mr Sato")
    A = po("4500031690", S, "JPY", "2026-11-16", [
        line(1, "DAT-JP-S", "Sterilisation tray S, 20x12x2 cm, SUS304", 200, "EA", "1450", "2026-12-11"),
        line(2, "DAT-JP-M", "Tray M, 28x18x3 cm, with lid", 100, "EA", "2980", "2026-12-11"),
    ], buyer="oliver")
    B = po("4500031691", S, "JPY", "2026-11-16", [
        line(1, "DAT-JP-CAS8", "Instrument cassette for 8 instruments", 50, "EA", "5200", "2027-01-15"),
    ], buyer="oliver")
    body = """ブライトウェル・ソーシング
購買部 オリバー・ブラント様

いつもお世話になっております。三和デンタル器材の佐藤です。

ご注文番号 4500031690 につきまして、下記の通りお請けいたします。

1. 滅菌トレー S（20x12x2 cm）：200個、単価 1,450円、納期 12月18日
2. トレー M（蓋付）：100個、単価 2,980円、納期 12月18日

なお、ご注文番号 4500031691（カセット）につきましては、別途ご連絡いたします。

よろしくお願いいたします。

――――――――――――――――
三和デンタル器材株式会社 営業部
佐藤 健一
〒577-0065 大阪府東大阪市高井田中 3-8-14
TEL 06-6782-4410 / FAX 06-6782-4419
――――――――――――――――
"""
    msg = reply(c_trays_jp.slug, A, body, (2026, 11, 18, 14, 7, 33), "outlook", charset="shift_jis", cte="base64",
                sender=("佐藤 健一", "k.sato@sanwa-dental.example"), lang="ja")
    return [A, B], msg, expected(C, [conf(A, {1: chg(A, 1, d="2026-12-18"), 2: chg(A, 2, d="2026-12-18")})],
                                 "Month-day without a year in kanji; the second PO is only mentioned, so it is left out.")


@case("music-stands-gb2312-ship-split", "confirmation/zh-CN",
      "Simplified Chinese GB2312: line 1 ships 300 on 12月10日 and 200 on 12月24日 (ship dates only) -> schedule")
def c_stands_cn():
    S = sup("NBYP", "Ningbo Yuepu Stand Mfg. Co., Ltd.", "sales@nb-yuepu.example", "zh-CN", "Ms Chen")
    P = po("4500031702", S, "CNY", "2026-11-16", [
        line(1, "MSS-CN-FLD", "Folding music stand, steel, 3-section, black", 500, "EA", "38.50", "2026-12-24"),
        line(2, "MSS-CN-BAG", "Carry bag for folding stand, 600D", 500, "EA", "6.20", "2026-12-24"),
    ], buyer="leah")
    body = """Leah 您好！

订单 4500031702 确认如下：
1. 折叠谱架：500个，单价 38.50 元，12月10日先发300个，余下200个12月24日发货。
2. 谱架包：500个，单价 6.20 元，12月24日发货。

谢谢！

陈静 Chen Jing
宁波乐谱架制造有限公司 外贸部
浙江省宁波市鄞州区金达路 88 号
电话：+86 574 8812 3465
"""
    msg = reply(c_stands_cn.slug, P, body, (2026, 11, 17, 16, 52, 4), "foxmail", charset="gb2312", cte="base64",
                sender=("陈静", "sales@nb-yuepu.example"), quote="gt", lang="zh-CN",
                extra_headers=[("X-Mailer", "Foxmail 7.2.25.254[cn]")])
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, sched=[(300, "2026-12-10"), (200, "2026-12-24")]), 2: "acc"})],
                              "Ship dates are the dates; line 1 has two shipments although total and last date equal the PO.")


@case("spray-skirts-big5-moq", "confirmation/zh-TW",
      "Traditional Chinese Big5: line 2 raised to the 60-piece minimum order quantity")
def c_skirts_tw():
    S = sup("FMPG", "Formosa Paddle Gear Co., Ltd.", "sales@formosapaddle.example", "zh-TW", "Mr Lin")
    P = po("4500031715", S, "USD", "2026-11-16", [
        line(1, "SPR-TW-NYL-S", "Nylon spray skirt S, 75x42 cm cockpit", 50, "EA", "22.80", "2026-12-18"),
        line(2, "SPR-TW-TUN-ML", "Paddling tunnel, 3 mm neoprene, size M/L", 45, "EA", "31.50", "2026-12-18"),
    ], buyer="priya")
    body = """Priya 您好，

訂單 4500031715 確認如下：
第1項：50件，單價 USD 22.80，交貨日 2026/12/18。
第2項：本產品最低訂購量為60件，我們將出貨60件，單價 USD 31.50，交貨日 2026/12/18。

謝謝！
林志明 Jimmy Lin
台灣划艇配件股份有限公司 業務部
台中市西屯區工業區三十八路 12 號
Tel: +886 4 2359 1180
"""
    msg = reply(c_skirts_tw.slug, P, body, (2026, 11, 18, 10, 11, 9), "outlook", charset="big5", cte="base64",
                sender=("林志明", "jimmy.lin@formosapaddle.example"), lang="zh-TW")
    return [P], msg, expected(C, [conf(P, {1: "acc", 2: chg(P, 2, q=60)})],
                              "Quantity raised to the MOQ (45 -> 60) is a change; year-first slash dates.")


@case("sprinklers-euckr-ship-date", "confirmation/ko-KR",
      "Korean EUC-KR: only a shipment date '12월 11일 선적' is given, which becomes the date")
def c_sprink_kr():
    S = sup("HKIR", "Hankook Irrigation Co., Ltd.", "export@hk-irrigation.example", "ko-KR", "Mr Park")
    P = po("BW-26-0556", S, "USD", "2026-11-16", [
        line(1, "ISH-KR-RB12", "Rotor sprinkler 1/2\", 8-14 m, part-circle", 300, "EA", "7.40", "2026-12-18"),
        line(2, "ISH-KR-SW34", "Swing joint 3/4\" x 30 cm", 300, "EA", "2.95", "2026-12-18"),
    ], buyer="oliver")
    body = """Oliver 님, 안녕하세요.

발주서 BW-26-0556 확인드립니다.
1번 품목: 300개, 단가 USD 7.40, 12월 11일 선적합니다.
2번 품목: 300개, 단가 USD 2.95, 12월 11일 선적합니다.

감사합니다.
박준형 드림
한국관개 주식회사 해외영업팀
경기도 화성시 향남읍 제약공단2길 41
Tel. +82 31 354 7720
"""
    msg = reply(c_sprink_kr.slug, P, body, (2026, 11, 19, 9, 48, 16), "outlook", charset="euc-kr", cte="base64",
                sender=("박준형", "jh.park@hk-irrigation.example"), lang="ko")
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2026-12-11"), 2: chg(P, 2, d="2026-12-11")})],
                              "Only a ship date is given, so it is the date (2026-12-11) although it precedes the requested delivery.")


@case("press-cloths-csv-attachment", "confirmation/vi-VN",
      "Vietnamese body plus a semicolon CSV; the roll line moves to 05/01/2027 (day-first)")
def c_cloths_vn():
    S = sup("SGFT", "Saigon Filter Textile Co., Ltd.", "sales@saigonfilter.example", "vi-VN", "Ms Nguyen")
    P = po("4500031728", S, "USD", "2026-11-17", [
        line(1, "CPC-VN-PP-90", "Press cloth polypropylene 90x90 cm, 1/8 twill", 200, "EA", "4.60", "2026-12-22"),
        line(2, "CPC-VN-PES-70", "Press cloth polyester 70x70 cm, hemmed 4 sides", 300, "EA", "3.10", "2026-12-22"),
        line(3, "CPC-VN-ROLL-50", "Filter cloth roll 1.2 m wide, polyester, 50 m", 4, "ROL", "265.00", "2026-12-22"),
    ], buyer="tomasz")
    csv = ("line;item;qty;unit;unit_price_usd;delivery_date\r\n"
           "1;CPC-VN-PP-90;200;EA;4.60;22/12/2026\r\n"
           "2;CPC-VN-PES-70;300;EA;3.10;22/12/2026\r\n"
           "3;CPC-VN-ROLL-50;4;ROL;265.00;05/01/2027\r\n").encode("ascii")
    body = """Kính gửi anh Tomasz,

Chúng tôi xác nhận đơn hàng 4500031728, chi tiết trong file đính kèm (CSV).
Dòng 1 và 2 giao hàng ngày 22/12/2026; dòng 3 (cuộn vải lọc) giao ngày 05/01/2027 do thiếu sợi.
Giá và số lượng theo đơn hàng.

Trân trọng,
Nguyễn Thị Lan
Sales Executive – Saigon Filter Textile Co., Ltd.
Lô C5, KCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh
Tel: +84 28 3754 2210
"""
    msg = reply(c_cloths_vn.slug, P, body, (2026, 11, 19, 15, 3, 27), "gmail",
                sender=("Nguyễn Thị Lan", "lan.nguyen@saigonfilter.example"),
                attachments=[mime.attachment(csv, "text/csv", "OC_4500031728.csv", charset="us-ascii")])
    return [P], msg, expected(C, [conf(P, {3: chg(P, 3, d="2027-01-05")})],
                              "Body and CSV agree; 05/01/2027 is 5 January (day-first), not 1 May.")


@case("fenders-tis620-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 with Buddhist-era years (2569 = 2026); ETD and warehouse delivery date both given, delivery wins")
def c_fenders_th():
    S = sup("SMRC", "Siam Marine Rubber Co., Ltd.", "export@siammarine.example", "th-TH", "Ms Srisuk")
    P = po("BW-26-0563", S, "USD", "2026-11-17", [
        line(1, "FND-TH-F5", "Fender F5, 27x70 cm, black", 80, "PCS", "18.90", "2026-12-21"),
        line(2, "FND-TH-A4", "Ball fender A4, 55 cm dia.", 30, "PCS", "36.50", "2026-12-21"),
    ], buyer="leah")
    body = """เรียน คุณลีอา

บริษัทฯ ขอยืนยันใบสั่งซื้อ BW-26-0563 ดังนี้
รายการที่ 1: 80 ชิ้น ราคา 18.90 USD
รายการที่ 2: 30 ชิ้น ราคา 36.50 USD
ส่งออกจากท่าเรือแหลมฉบัง 20 พ.ย. 2569 และส่งถึงคลังสินค้าของท่านที่ Hull วันที่ 28 ธ.ค. 2569

ขอแสดงความนับถือ
สุนิสา ศรีสุข
ฝ่ายขายต่างประเทศ บริษัท สยามมารีนรับเบอร์ จำกัด
นิคมอุตสาหกรรมอมตะซิตี้ ระยอง
โทร +66 38 650 412
"""
    msg = reply(c_fenders_th.slug, P, body, (2026, 11, 18, 13, 36, 40), "outlook", charset="tis-620", cte="base64",
                sender=("Sunisa Srisuk", "sunisa@siammarine.example"), lang="th")
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2026-12-28"), 2: chg(P, 2, d="2026-12-28")})],
                              "Thai abbreviated months and Buddhist years; ship date 20 Nov vs delivery 28 Dec 2569 -> 2026-12-28.")


@case("bellows-goatskin-harga-naik", "confirmation/id-ID",
      "Indonesian with decimal comma on USD prices; line 2 price rises to USD 13,20/lembar")
def c_goat_id():
    S = sup("KGSJ", "PT Kulit Garut Sejahtera", "penjualan@kulitgarut.example", "id-ID", "Mr Hidayat")
    P = po("4500031733", S, "USD", "2026-11-17", [
        line(1, "LTH-GOAT-TH", "Goatskin, thin, 0.3-0.4 mm, for bellows gussets, 5 sq ft", 150, "EA", "9.80", "2026-12-18"),
        line(2, "LTH-GOAT-NAT", "Goatskin natural, 0.8 mm, 6 sq ft", 80, "EA", "12.40", "2026-12-18"),
    ])
    body = """Dengan hormat Ibu Maren,

Kami konfirmasi PO 4500031733 sebagai berikut:
Item 1: 150 lembar, USD 9,80/lembar – pengiriman 18 Desember 2026.
Item 2: 80 lembar, harga naik menjadi USD 13,20/lembar – pengiriman 18 Desember 2026.

Terima kasih atas kerja samanya.

Salam,
Asep Hidayat
Marketing Ekspor – PT Kulit Garut Sejahtera
Jl. Gagak Lumayung No. 45, Garut 44112, Jawa Barat
Telp. +62 262 233 418
"""
    msg = reply(c_goat_id.slug, P, body, (2026, 11, 19, 14, 20, 2), "gmail",
                sender=("Asep Hidayat", "asep.hidayat@kulitgarut.example"))
    return [P], msg, expected(C, [conf(P, {1: "acc", 2: chg(P, 2, p="13.20")})],
                              "Decimal comma on USD amounts; 'lembar' (sheet) equals the PO unit EA.")
