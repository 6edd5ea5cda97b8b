"""Cases 037-054: confirmations in non-Latin scripts and more, then needs_review."""
from .common import (case, sup, po, L, REJ, UNC, conf, other, D, reply, request_text, gt_quote, attach,
                     text_attach, wk, boundary)
from .mime import Part, Multi
from .pdf import make_pdf


@case("cable-price-per-km", "confirmation/ru-RU",
      "Russian KOI8-R 8bit: quantities in km and prices per km against a PO in metres; one price changes after conversion.")
def c037(slug):
    s = sup("MORKABEL", "Морской Кабель АО", "sales@morkabel.example", "ru-RU")
    p = po("HT-26-1052", s, "USD", "2026-11-05", [
        ("DSC-FO-24", "Submarine FO cable 24 fibres, 17 mm, LW", 5000, "M", "9.80", "2026-12-18"),
        ("DSC-PWR-3x16", "Submarine power cable 3x16 mm2, 6/10 kV", 2500, "M", "41.20", "2026-12-18"),
        ("DSC-ANCH-CLP", "Armour anchor clamp 17-25 mm", 12, "EA", "185.00", "2026-12-18"),
    ], buyer="pn")
    body = """Здравствуйте, Прия!

Подтверждаем заказ HT-26-1052:

1. Кабель ВОК 24 волокна - 5 км, цена 9 800,00 USD за км, отгрузка 18.12.2026.
2. Силовой кабель 3х16 мм2 - 2,5 км, цена 43 500,00 USD за км, отгрузка 18.12.2026.
3. Анкерные зажимы - 12 шт., 185,00 USD за шт., отгрузка 18.12.2026.

Цена на силовой кабель изменилась из-за роста стоимости меди.

С уважением,
Дмитрий Соколов
руководитель отдела продаж
АО "Морской Кабель", Санкт-Петербург, Кожевенная линия 40
тел. +7 812 555-47-10
"""
    eml = reply(p, slug, frm=("Дмитрий Соколов", "d.sokolov@morkabel.example"),
                date="2026-11-12T12:03:33+03:00", body=body, client="thunderbird", lang="ru", locale="ru-RU",
                charset="koi8-r", cte="8bit", html=False, prefix="Re: ",
                wrote_fmt="05.11.2026 11:14")
    assert D(9800) / 1000 == D("9.80") and D(43500) / 1000 == D("43.50")
    exp = conf("Per-km figures: 5 km = 5000 M and 9 800,00 USD/km = 9.80 per M (= PO) -> line 1 accepted; 2,5 km = 2500 M, "
               "43 500,00 USD/km = 43.50 per M (PO 41.20) -> line 2 changed; line 3 as ordered. 'отгрузка' = shipment date, "
               "equal to the requested date.",
               (p, {1: L(p, 1), 2: L(p, 2, price="43.50"), 3: L(p, 3)}))
    return [p], eml, exp


@case("pipettes-hebrew-mixed", "confirmation/he-IL",
      "Hebrew windows-1255 reply mixing English item names and '$' amounts, right-to-left text with day-first dates.")
def c038(slug):
    s = sup("PIPETEK", "Pipetek Labs Ltd", "orders@pipetek.example", "he-IL")
    p = po("HT-26-1066", s, "USD", "2026-11-09", [
        ("LP-MC-12-300", "12-channel pipette 30-300 µl", 3, "EA", "1120.00", "2026-12-04"),
        ("LP-TIPS-300F", "Filter tips 300 µl, 10x96 racks per box", 20, "BOX", "52.00", "2026-12-04"),
    ], buyer="ml")
    body = """שלום Mira,

תודה על ההזמנה HT-26-1066.
פריט 1 (12-channel pipette 30-300 µl) – 3 יח', 1,120.00$ ליחידה, אספקה 11/12/2026 (הספק שלנו באירופה מאחר בשבוע).
פריט 2 (filter tips 300 µl) – 20 קרטונים, 52.00$ לקרטון, אספקה 04/12/2026.

בברכה,
נועה לוי
מחלקת מכירות | Pipetek Labs Ltd
רח' המדע 8, רחובות
Tel: +972 8 555 4412
"""
    eml = reply(p, slug, frm=("Noa Levi", "noa.levi@pipetek.example"),
                date="2026-11-11T10:27:54+02:00", body=body, client="outlook", locale="he-IL",
                charset="windows-1255", cte="base64")
    exp = conf("Hebrew with embedded English: item 1 delivery 11/12/2026 (day-first; PO 04/12) -> changed; item 2 as ordered.",
               (p, {1: L(p, 1, date="2026-12-11"), 2: L(p, 2)}))
    return [p], eml, exp


@case("pickups-japanese-nouki", "confirmation/ja-JP",
      "Japanese Shift_JIS reply with full-width spaces, yen prices with comma grouping and '12月18日納品' without a year.")
def c039(slug):
    s = sup("SOUNDCOIL", "株式会社サウンドコイル", "eigyo@soundcoil.example", "ja-JP")
    p = po("HT-26-1078", s, "JPY", "2026-11-06", [
        ("GP-SC-ALN5", "Single coil Alnico 5, 6.2k, staggered", 120, "EA", "2450", "2026-12-11"),
        ("GP-HB-ALN2", "Humbucker Alnico 2, 7.8k, 4-conductor", 60, "EA", "4980", "2026-12-11"),
        ("GP-BOBBIN-52", "Bobbin set 52 mm, black ABS", 500, "SET", "180", "2026-12-11"),
    ], buyer="og")
    body = """Grant様

いつもお世話になっております。サウンドコイルの山田です。
ご注文（HT-26-1078）ありがとうございます。以下の通りご回答いたします。

1. GP-SC-ALN5　シングルコイル　120個　単価2,450円　12月18日納品
2. GP-HB-ALN2　ハムバッカー　60個　単価4,980円　12月11日納品
3. GP-BOBBIN-52　ボビンセット　500セット　単価180円　12月11日納品

1.のみ、アルニコ磁石の入荷遅れのため1週間遅れとなります。
何卒よろしくお願いいたします。

--
株式会社サウンドコイル　営業部
山田 健太
〒432-8001 静岡県浜松市中央区西山町1234
TEL 053-555-0198 / FAX 053-555-0199
"""
    eml = reply(p, slug, frm=("山田 健太", "k.yamada@soundcoil.example"),
                date="2026-11-12T14:05:10+09:00", body=body, client="outlook", lang="ja", locale="ja-JP",
                charset="shift_jis", cte="base64", olfmt="2026年11月6日 17:14")
    exp = conf("'12月18日納品' (delivery 18 Dec, no year) = 2026-12-18 for line 1; lines 2 and 3 on 12月11日 as requested; "
               "yen prices '2,450円' etc. equal the PO.",
               (p, {1: L(p, 1, date="2026-12-18"), 2: L(p, 2), 3: L(p, 3)}))
    return [p], eml, exp


@case("plates-chinese-gb2312", "confirmation/zh-CN",
      "Simplified Chinese GB2312 base64: one line with a new delivery date '2026年12月18日', the other with a new unit price in yuan.")
def c040(slug):
    s = sup("HZPLATES", "杭州印版材料有限公司", "sales@hz-plates.example", "zh-CN")
    p = po("HT-26-1090", s, "CNY", "2026-11-06", [
        ("PP-PS-1030", "Positive PS plate 1030x800x0.3 mm", 1000, "EA", "38.50", "2026-12-11"),
        ("PP-CTCP-745", "CTcP plate 745x605x0.27 mm", 1500, "EA", "26.80", "2026-12-11"),
    ])
    body = """Becker 先生您好：

感谢贵司订单 HT-26-1090，确认如下：

1. PS版 1030x800x0.3mm，数量 1000 张，单价 38.50 元，交货期：2026年12月18日
2. CTcP版 745x605x0.27mm，数量 1500 张，单价 27.60 元，交货期：2026年12月11日

注：CTcP版因铝基价格上涨，单价调整为 27.60 元。

此致
敬礼！

王丽 / Wang Li
销售部
杭州印版材料有限公司
浙江省杭州市萧山区经济技术开发区建设路 88 号
电话：+86 571 5555 8866
"""
    eml = reply(p, slug, frm=("王丽", "wangli@hz-plates.example"),
                date="2026-11-11T10:30:41+08:00", body=body, client="outlook", lang="zh", locale="zh-CN",
                charset="gb2312", cte="base64", prefix="答复: ", olfmt="2026年11月6日 16:14")
    exp = conf("Line 1: 交货期 2026年12月18日 (PO 11 Dec) -> changed date; line 2: 单价 27.60 元 (PO 26.80) -> changed price, "
               "date as requested.", (p, {1: L(p, 1, date="2026-12-18"), 2: L(p, 2, price="27.60")}))
    return [p], eml, exp


@case("film-big5-two-batches", "confirmation/zh-TW",
      "Traditional Chinese Big5 reply splitting one line into two batches with month/day dates ('12月11日 40盒，12月22日 20盒').")
def c041(slug):
    s = sup("TWIMG", "台灣影像醫材股份有限公司", "sales@tw-imaging.example", "zh-TW")
    p = po("HT-26-1103", s, "USD", "2026-11-09", [
        ("XR-FILM-1417", "X-ray film 14x17 in, green, 100 sheets", 60, "BOX", "96.00", "2026-12-11"),
        ("XR-FIX-20", "Fixer replenisher 2x20 L", 20, "SET", "74.00", "2026-12-11"),
    ], buyer="pn")
    body = """Priya 您好，

感謝您的訂單 HT-26-1103，回覆如下：

項次1：X光底片 14x17，共60盒，單價 USD 96.00。分兩批交貨：12月11日 40盒，12月22日 20盒。
項次2：定影補充液，20組，單價 USD 74.00，12月11日交貨。

謝謝！
陳怡君
台灣影像醫材股份有限公司 業務部
新北市新莊區五工路 88 號
TEL: +886 2 5555 3322
"""
    eml = reply(p, slug, frm=("陳怡君", "yichun.chen@tw-imaging.example"),
                date="2026-11-13T09:41:16+08:00", body=body, client="outlook", lang="zt", locale="zh-TW",
                charset="big5", cte="base64", olfmt="2026年11月9日 下午 04:14")
    exp = conf("Item 1 in two batches: 40 on 12月11日 and 20 on 12月22日 (no year -> 2026) = schedule, date 2026-12-22; "
               "item 2 as ordered.",
               (p, {1: L(p, 1, q=60, sched=[(40, "2026-12-11"), (20, "2026-12-22")]), 2: L(p, 2)}))
    return [p], eml, exp


@case("cool-bags-vietnamese-price", "confirmation/vi-VN",
      "Vietnamese with comma decimals ('6,45 USD') and dot thousands ('2.000 cái'): one price increase, one line as ordered.")
def c042(slug):
    s = sup("TUILANH", "Công ty TNHH Túi Lạnh Việt", "sales@tuilanhviet.example", "vi-VN")
    p = po("HT-26-1115", s, "USD", "2026-11-05", [
        ("IC-BAG-TRV24", "Insulin travel cool bag 24h, 22x14 cm", 2000, "EA", "6.20", "2026-12-11"),
        ("IC-PACK-100", "Ice pack insert 100 g", 4000, "EA", "0.38", "2026-12-11"),
        ("IC-LBL-RX", "Printed Rx label 60x40 mm, roll of 500", 8, "ROL", "9.60", "2026-12-11"),
    ], buyer="pn")
    body = """Kính gửi chị Priya,

Cảm ơn chị đã gửi đơn hàng HT-26-1115. Chúng tôi xác nhận như sau:

- Mục 1: Túi giữ lạnh insulin 24h – 2.000 cái, đơn giá 6,45 USD (tăng do giá vải cách nhiệt), giao hàng ngày 11/12/2026.
- Mục 2: Túi đá 100 g – 4.000 cái, đơn giá 0,38 USD, giao hàng ngày 11/12/2026.

Trân trọng,
Nguyễn Thị Hoa
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Túi Lạnh Việt
Lô B4, KCN Tân Bình, TP. Hồ Chí Minh
ĐT: +84 28 3555 6612
"""
    eml = reply(p, slug, frm=("Nguyễn Thị Hoa", "hoa.nguyen@tuilanhviet.example"),
                date="2026-11-10T15:22:37+07:00", body=body, client="gmail", charset="UTF-8", prefix="Re: ")
    exp = conf("Mục 1: 6,45 USD (comma decimal; PO 6.20) -> changed price; quantities '2.000'/'4.000' use dot grouping and equal "
               "the PO; mục 2 as ordered. Line 3 (label rolls) is not mentioned at all = unconfirmed.",
               (p, {1: L(p, 1, price="6.45"), 2: L(p, 2), 3: UNC}))
    return [p], eml, exp


@case("bonsai-item-still-checking", "confirmation/id-ID",
      "Indonesian: two items OK, the third 'masih kami cek ... akan kami kabari minggu depan' (addressed without commitment = unconfirmed).")
def c043(slug):
    s = sup("TANAHBONSAI", "CV Tanah Bonsai Nusantara", "penjualan@tanahbonsai.example", "id-ID")
    p = po("HT-26-1127", s, "USD", "2026-11-09", [
        ("BS-KANUMA-36", "Kanuma 3-6 mm, 14 L bag", 120, "EA", "18.50", "2026-12-18"),
        ("BS-ZEOL-24", "Zeolite 2-4 mm, 25 kg bag", 80, "EA", "14.00", "2026-12-18"),
        ("BS-MIX-111", "Bonsai mix 1:1:1 akadama/pumice/lava, 10 L", 200, "EA", "9.20", "2026-12-18"),
    ], buyer="ml")
    body = """Dengan hormat Ibu Mira,

Terima kasih atas PO HT-26-1127.

- Item 1 (Kanuma 3-6 mm): 120 karung, USD 18,50 — pengiriman 18/12/2026. OK.
- Item 2 (Zeolit 2-4 mm): 80 karung, USD 14,00 — pengiriman 18/12/2026. OK.
- Item 3 (campuran bonsai 10 L): stok masih kami cek dengan gudang, akan kami kabari minggu depan.

Hormat kami,
Budi Santoso
Marketing Ekspor
CV Tanah Bonsai Nusantara
Jl. Raya Batu-Malang Km 7, Batu, Jawa Timur 65311
Telp. +62 341 555 789 / WA +62 812 5555 0192
"""
    eml = reply(p, slug, frm=("Budi Santoso", "budi@tanahbonsai.example"),
                date="2026-11-12T09:12:58+07:00", body=body, client="gmail", charset="UTF-8", prefix="Re: ")
    exp = conf("Items 1 and 2 confirmed as ordered (USD 18,50 / 14,00 with comma decimals). Item 3 is addressed but only "
               "'still checking, will let you know next week' = unconfirmed.",
               (p, {1: L(p, 1), 2: L(p, 2), 3: UNC}))
    return [p], eml, exp


@case("minibars-malay-bottom-post", "confirmation/ms-MY",
      "Malay reply written below the quoted request (bottom-posting), confirming everything as ordered.")
def c044(slug):
    s = sup("SEJUK", "Syarikat Sejuk Hotel Sdn. Bhd.", "jualan@sejukhotel.example", "ms-MY")
    p = po("HT-26-1139", s, "USD", "2026-11-10", [
        ("HM-TE-25", "Thermoelectric minibar 25 L, 2027 model", 50, "EA", "176.00", "2026-12-18"),
        ("HM-TRAY-25", "Snack tray for 25 L minibar", 50, "EA", "8.40", "2026-12-18"),
    ], buyer="tf")
    body = """Salam sejahtera Encik Tomás,

Terima kasih atas pesanan HT-26-1139. Kami mengesahkan pesanan ini seperti yang dipesan - kuantiti, harga dan tarikh penghantaran 18/12/2026.

Sekian, terima kasih.

Nur Aisyah binti Rahman
Eksekutif Jualan
Syarikat Sejuk Hotel Sdn. Bhd.
No. 12, Jalan Perindustrian 3, 47500 Subang Jaya, Selangor
Tel: +60 3-5555 1298
"""
    eml = reply(p, slug, frm=("Nur Aisyah", "aisyah@sejukhotel.example"),
                date="2026-11-16T11:34:02+08:00", body=body, client="thunderbird", locale="ms-MY",
                charset="utf-8", html=False, quote="top", prefix="Re: ", wrote_fmt="10/11/2026 16:14")
    exp = conf("The answer sits below the quoted request; it confirms quantity, price and 18/12/2026 (= requested) for the "
               "whole order: both lines accepted.", (p, {1: L(p, 1), 2: L(p, 2)}))
    return [p], eml, exp


@case("temple-bells-hindi", "confirmation/hi-IN",
      "Hindi (Devanagari) reply with rupee sign and Indian digit grouping; one bell delayed with a reason in Hindi.")
def c045(slug):
    s = sup("GHANTASHILP", "Ghanta Shilp Udyog", "sales@ghantashilp.example", "hi-IN")
    p = po("HT-26-1150", s, "INR", "2026-11-06", [
        ("CB-TEMPLE-8", "Brass temple bell 8 in, 2.5 kg", 40, "EA", "3200.00", "2026-12-11"),
        ("CB-HANG-CHN", "Hanging chain, brass, 1 m, 6 mm links", 40, "EA", "450.00", "2026-12-11"),
        ("CB-BELL-12", "Bronze bell 12 in, 9 kg, tone G", 6, "EA", "18500.00", "2026-12-11"),
    ], buyer="pn")
    body = """नमस्ते प्रिया जी,

आपके पीओ HT-26-1150 के लिए धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:

1. पीतल मंदिर घंटी 8 इंच – 40 नग, ₹3,200.00 प्रति नग – डिलीवरी 11/12/2026
2. पीतल चेन 1 मी – 40 नग, ₹450.00 प्रति नग – डिलीवरी 11/12/2026
3. कांस्य घंटी 12 इंच – 6 नग, ₹18,500.00 प्रति नग – डिलीवरी 24/12/2026 (ढलाई में अतिरिक्त समय लगेगा)

धन्यवाद,
राजेश शर्मा
बिक्री विभाग, घंटा शिल्प उद्योग
मुरादाबाद, उत्तर प्रदेश 244001
मो. +91 94120 55512
"""
    eml = reply(p, slug, frm=("Rajesh Sharma", "rajesh@ghantashilp.example"),
                date="2026-11-13T17:50:03+05:30", body=body, client="gmail", charset="UTF-8", cte="base64",
                prefix="Re: ")
    exp = conf("Items 1 and 2 as ordered; item 3 delivery 24/12/2026 (day-first; PO 11/12) -> changed date.",
               (p, {1: L(p, 1), 2: L(p, 2), 3: L(p, 3, date="2026-12-24")}))
    return [p], eml, exp


@case("frames-csv-and-summary", "confirmation/en-NZ",
      "Body summary plus a CSV export; both agree that only the lids move to 23/12/2026 (day-first).")
def c046(slug):
    s = sup("KIWIHIVE", "Kiwi Hive Supplies Ltd", "orders@kiwihive.example", "en-NZ")
    p = po("HT-26-1162", s, "NZD", "2026-11-10", [
        ("BF-FD-WAXED", "Full depth frame, plastic foundation, waxed", 1000, "EA", "4.10", "2026-12-11"),
        ("BF-34-WAXED", "3/4 depth frame, plastic foundation, waxed", 800, "EA", "3.85", "2026-12-11"),
        ("BF-EXCL-10F", "Queen excluder, 10 frame, galvanised", 60, "EA", "17.50", "2026-12-11"),
        ("BF-LID-10F", "Hive lid, 10 frame, painted", 60, "EA", "32.00", "2026-12-11"),
    ], buyer="og")
    csv = ("PO,Line,Item,Qty,UOM,UnitPrice,Currency,DeliveryDate\r\n"
           "HT-26-1162,1,BF-FD-WAXED,1000,EA,4.10,NZD,11/12/2026\r\n"
           "HT-26-1162,2,BF-34-WAXED,800,EA,3.85,NZD,11/12/2026\r\n"
           "HT-26-1162,3,BF-EXCL-10F,60,EA,17.50,NZD,11/12/2026\r\n"
           "HT-26-1162,4,BF-LID-10F,60,EA,32.00,NZD,23/12/2026\r\n")
    body = """Kia ora Oliver,

Thanks for the order. Our system export is attached as CSV.

Quick summary: all good except the hive lids (line 4) – the paint shop is backed up, so they're now 23/12. Everything else as per your PO for the 11th.

Ngā mihi,
Aroha Ngata
Kiwi Hive Supplies Ltd
18 Te Rapa Road, Hamilton 3200
Ph 07 555 8124
"""
    eml = reply(p, slug, frm=("Aroha Ngata", "aroha@kiwihive.example"),
                date="2026-11-12T14:07:44+13:00", body=body, client="outlook", charset="utf-8", locale="en-NZ",
                attachments=[text_attach(csv, "text/csv", "HT-26-1162_ack.csv", "us-ascii")])
    exp = conf("Body and CSV agree: lines 1-3 as ordered, line 4 delivery 23/12/2026 (en-NZ day-first) -> changed date.",
               (p, {1: L(p, 1), 2: L(p, 2), 3: L(p, 3), 4: L(p, 4, date="2026-12-23")}))
    return [p], eml, exp


# ------------------------------------------------------------------ needs_review

@case("trailer-friday-week", "needs_review/en-IE",
      "Irish 'we'll have them with you Friday week': colloquial relative date a careful buyer could read as 27 Nov or later.")
def c047(slug):
    s = sup("SHANNON", "Shannon Equine Trailers Ltd", "sales@shannon-equine.example", "en-IE")
    p = po("4500072001", s, "EUR", "2026-11-09", [
        ("HTP-BRK-CBL", "Brake cable 1,480 mm for 2700 kg axle", 8, "EA", "34.00", "2026-11-27"),
        ("HTP-HINGE-SS", "Stainless ramp hinge 400 mm", 6, "EA", "52.00", "2026-11-27"),
    ], buyer="og")
    body = """Hi Oliver,

No bother. We're a bit backed up with the sales season but we'll have them with you Friday week, please God. Price as per your order.

Cheers,
Seán Ó Briain
Shannon Equine Trailers Ltd
Unit 4, Ballycasey Business Park, Shannon, Co. Clare V14 X221
+353 61 555 302
"""
    eml = reply(p, slug, frm=("Seán Ó Briain", "sean@shannon-equine.example"),
                date="2026-11-18T17:22:10+00:00", body=body, client="iphone", charset="utf-8",
                prefix="Re: ", html=True)
    return [p], eml, other("needs_review", "'Friday week' (sent Wednesday 18 Nov) is colloquial: a week from this Friday (27 Nov) "
                                            "for most Irish readers, but 'Friday next week' / later for others, and 'please God' "
                                            "hedges it; quantities are not stated. A careful buyer would ask - needs_review.")


@case("bells-clapper-question", "needs_review/de-DE",
      "German reply asks for drawing details before confirming and only gives a provisional week ('voraussichtlich KW 51').")
def c048(slug):
    s = sup("HARTMANN", "Glockengießerei Hartmann KG", "verkauf@glocken-hartmann.example", "de-DE")
    p = po("4500072015", s, "EUR", "2026-11-10", [
        ("CB-KLOEP-620", "Clapper for bell 620 mm, forged, 24 kg", 1, "EA", "1850.00", "2026-12-11"),
        ("CB-LAGER-60", "Bell bearing 60 mm, SKF 6212-2RS", 2, "EA", "240.00", "2026-12-11"),
    ])
    body = """Sehr geehrter Herr Becker,

vielen Dank für Ihre Bestellung 4500072015.

Bevor wir bestätigen können, benötigen wir noch die Zeichnung der Glockenkrone bzw. die Angabe, ob die Glocke mit Kronenaufhängung oder mit Flachkopf aufgehängt ist – der Klöppel wird individuell geschmiedet. Können Sie uns außerdem das Schlagringgewicht bzw. den Schlagringdurchmesser nennen?

Sobald uns die Angaben vorliegen, bestätigen wir Preis und Liefertermin (voraussichtlich KW 51).

Mit freundlichen Grüßen
Stefan Hartmann
Glockengießerei Hartmann KG
Am Glockenberg 3, 91301 Forchheim
Tel. 09191 555-40
"""
    eml = reply(p, slug, frm=("Stefan Hartmann", "s.hartmann@glocken-hartmann.example"),
                date="2026-11-12T11:41:09+01:00", body=body, client="outlook", lang="de", locale="de-DE",
                charset="windows-1252", cte="quoted-printable", prefix="AW: ", olfmt="Dienstag, 10. November 2026 09:14")
    return [p], eml, other("needs_review", "Questions about the bell crown and strike-ring weight must be answered first; "
                                            "'voraussichtlich KW 51' is explicitly provisional. Nothing is committed.")


@case("barrels-prepayment-condition", "needs_review/fr-BE",
      "Belgian French: the supplier would deliver at the PO price on 11/12 only if a 30 % deposit is paid first - a condition, not a commitment.")
def c049(slug):
    s = sup("WALLONNE", "Tonnellerie Wallonne SRL", "commandes@tonnellerie-wallonne.example", "fr-BE")
    p = po("4500072027", s, "EUR", "2026-11-09", [
        ("WB-BEER-225", "Oak beer barrel 225 L, ex-Burgundy", 8, "EA", "390.00", "2026-12-11"),
        ("WB-STAND-2", "Barrel stand for 2 barrels, steel", 4, "EA", "115.00", "2026-12-11"),
    ], buyer="tf")
    body = """Bonjour Monsieur Ferreira,

Merci pour votre commande 4500072027.

Nous pouvons livrer les 8 fûts et les 4 supports au prix indiqué pour le 11/12, à condition de recevoir un acompte de 30 % avant le 20/11. Pour un premier achat chez nous, c'est notre règle.

Merci de nous confirmer votre accord, nous lancerons alors la commande.

Bien à vous,
Laurent Dubois
Tonnellerie Wallonne SRL
Rue de la Tonnellerie 22, 4500 Huy
Tél. +32 85 55 41 20
"""
    eml = reply(p, slug, frm=("Laurent Dubois", "l.dubois@tonnellerie-wallonne.example"),
                date="2026-11-13T16:06:44+01:00", body=body, client="outlook", lang="fr", locale="fr-BE",
                charset="windows-1252", olfmt="lundi 9 novembre 2026 09:14")
    return [p], eml, other("needs_review", "The values match the PO, but the delivery is conditional on a 30 % prepayment "
                                            "the buyer has not agreed to ('à condition de ...', 'merci de nous confirmer votre "
                                            "accord'); a human must decide.")


@case("racks-confirm-next-week", "needs_review/it-IT",
      "Italian: order received, dates and prices will be confirmed next week after checking with their beech supplier.")
def c050(slug):
    s = sup("PASTATEC", "Pastatec Attrezzature S.r.l.", "vendite@pastatec.example", "it-IT")
    p = po("4500072040", s, "EUR", "2026-11-10", [
        ("PDR-RACK-12", "Pasta drying rack 12 arms, 60 cm, beech", 25, "EA", "48.00", "2026-12-11"),
        ("PDR-NEST-TR", "Nest drying tray 40x30 cm, perforated", 100, "EA", "7.90", "2026-12-11"),
    ])
    body = """Gentile Jonas,

abbiamo ricevuto l'ordine 4500072040, grazie.

Stiamo verificando la disponibilità del faggio con il nostro fornitore: vi confermeremo date e prezzi la settimana prossima.

Cordiali saluti

Giulia Ferri
Pastatec Attrezzature S.r.l.
Via Emilia Ovest 1020 - 41123 Modena
Tel. 059 555 8810
"""
    eml = reply(p, slug, frm=("Giulia Ferri", "g.ferri@pastatec.example"),
                date="2026-11-11T12:59:30+01:00", body=body, client="gmail", lang="it", charset="UTF-8",
                prefix="R: ", wrote_fmt="mar 10 nov 2026 alle ore 09:14")
    return [p], eml, other("needs_review", "Acknowledges receipt only; 'vi confermeremo date e prezzi la settimana prossima' "
                                            "commits to nothing yet.")


@case("pipettes-should-be-ok", "needs_review/en-GB",
      "'Should be OK for the dates you've listed below' - the only dates and prices are in our quoted request, and a formal acknowledgement is still to come.")
def c051(slug):
    s = sup("THAMESLAB", "Thames Lab Supplies Ltd", "sales@thameslab.example", "en-GB")
    p = po("4500072052", s, "GBP", "2026-11-10", [
        ("LP-PIP-E-1000", "Electronic pipette 50-1000 µl", 4, "EA", "385.00", "2026-12-04"),
        ("LP-TIP-1000", "Tips 1000 µl, bulk bag of 1000", 20, "EA", "14.60", "2026-12-04"),
        ("LP-CHRG-4", "Charging stand for 4 electronic pipettes", 1, "EA", "210.00", "2026-12-04"),
    ], buyer="ml")
    body = """Thanks Mira - received.

Should be OK for the dates you've listed below, I think. The order desk will send you the formal acknowledgement once it's keyed in.

Best,
Ben Whitaker
Account Manager | Thames Lab Supplies Ltd
Unit 12, Kennet Side, Reading RG1 3EA
0118 555 7730
"""
    eml = reply(p, slug, frm=("Ben Whitaker", "ben.whitaker@thameslab.example"),
                date="2026-11-10T15:03:27+00:00", body=body, client="outlook", charset="utf-8")
    return [p], eml, other("needs_review", "No values of its own: 'should be OK ... I think' refers to the dates in our quoted "
                                            "request and the formal acknowledgement is still to come. Taking the quoted values "
                                            "as confirmed would be wrong.")


@case("lead-body-vs-pdf", "needs_review/pl-PL",
      "Body confirms the whole order for 11.12.2026 while the attached PDF says 18.12.2026 and a higher price for one line - contradictory.")
def c052(slug):
    s = sup("WITRAZOLOW", "Witraże i Ołów Sp.j.", "biuro@witraze-olow.example", "pl-PL")
    p = po("4500072066", s, "EUR", "2026-11-09", [
        ("SG-LEAD-H5", "Lead came H 5 mm, round heart, 1.8 m", 300, "M", "3.40", "2026-12-11"),
        ("SG-PATINA-1L", "Black patina for lead, 1 L bottle", 12, "L", "16.50", "2026-12-11"),
    ])
    pdf = make_pdf([
        "# POTWIERDZENIE ZAMOWIENIA PZ/1182/2026",
        "Witraze i Olow Sp.j., ul. Szklana 4, 31-222 Krakow, NIP 676-000-00-00",
        "",
        "Zamowienie klienta: 4500072066 z dnia 09.11.2026     Data: 12.11.2026",
        "",
        "Lp.  Indeks          Nazwa                                 Ilosc  J.m.   Cena EUR   Termin",
        "1    SG-LEAD-H5      Olow H 5 mm, rdzen okragly, 1,8 m       300  m          3,40   18.12.2026",
        "2    SG-PATINA-1L    Patyna czarna do olowiu 1 l              12  l         17,20   18.12.2026",
        "",
        "Warunki platnosci: przelew 30 dni.",
    ], compress=False, title="PZ/1182/2026", author="Witraze i Olow", date="D:20261112091000+01'00'",
        producer="Subiekt GT")
    body = """Dzień dobry,

potwierdzamy całość zamówienia 4500072066, dostawa 11.12.2026. Potwierdzenie w załączniku.

Pozdrawiam
Agnieszka Wójcik
Witraże i Ołów Sp.j.
ul. Szklana 4, 31-222 Kraków
tel. +48 12 555 70 41
"""
    eml = reply(p, slug, frm=("Agnieszka Wójcik", "a.wojcik@witraze-olow.example"),
                date="2026-11-12T09:18:40+01:00", body=body, client="thunderbird", lang="pl", locale="pl-PL",
                charset="utf-8", html=False, prefix="Re: ", wrote_fmt="09.11.2026 o 09:14",
                attachments=[attach(pdf, "application/pdf", "PZ_1182_2026.pdf")])
    return [p], eml, other("needs_review", "The body confirms everything for 11.12.2026 (= PO), the attached confirmation "
                                            "says 18.12.2026 for both lines and 17,20 instead of 16,50 for line 2. Which one "
                                            "holds cannot be decided without asking.")


@case("barrels-end-dec-or-jan", "needs_review/de-CH",
      "Swiss German vague answer: 'voraussichtlich Ende Dezember oder anfangs Januar' and price for one item still open.")
def c053(slug):
    s = sup("ZUERCHER", "Küferei Zürcher AG", "info@kueferei-zuercher.example", "de-CH")
    p = po("4500072080", s, "CHF", "2026-11-10", [
        ("WB-OAK-300", "Swiss oak barrel 300 L, light toast", 3, "EA", "1480.00", "2026-12-18"),
        ("WB-OAK-110", "Swiss oak barrel 110 L, medium toast", 5, "EA", "890.00", "2026-12-18"),
    ], buyer="tf")
    body = """Grüezi Herr Ferreira

Besten Dank für die Bestellung 4500072080.

Die Fässer sind in Arbeit; Lieferung voraussichtlich Ende Dezember oder anfangs Januar, je nachdem wie schnell das Holz nachtrocknet. Den genauen Termin und den definitiven Preis für die 300-Liter-Fässer geben wir Ihnen bekannt, sobald wir mehr wissen. Die 110er bleiben bei CHF 890.–.

Freundliche Grüsse
Urs Zürcher
Küferei Zürcher AG
Weinbaustrasse 9, 8820 Wädenswil
Tel. 044 555 13 77
"""
    eml = reply(p, slug, frm=("Urs Zürcher", "urs.zuercher@kueferei-zuercher.example"),
                date="2026-11-16T08:15:02+01:00", body=body, client="apple", lang="de", charset="utf-8",
                prefix="AW: ", wrote_fmt="10.11.2026 um 09:14")
    return [p], eml, other("needs_review", "No committed date ('voraussichtlich Ende Dezember oder anfangs Januar') and the "
                                            "300 L price is still open; the only firm statement is the 110 L price. Nothing a "
                                            "buyer could record as confirmed.")


@case("bows-substitute-question", "needs_review/en-US",
      "Supplier proposes shipping the 2027 model at a higher price and asks which way to go before entering the whole order.")
def c054(slug):
    s = sup("OZARK", "Ozark Archery Supply LLC", "orders@ozarkarchery.example", "en-US")
    p = po("HT-26-1188", s, "USD", "2026-11-10", [
        ("AB-RC-62-30", 'Takedown recurve 62", 30 lb, 2026 model', 12, "EA", "289.00", "2026-12-11"),
        ("AB-GLOVE-M", "Shooting glove, leather, size M", 24, "EA", "14.50", "2026-12-11"),
        ("AB-QUIV-3T", "Back quiver, 3 tubes, 24 in", 12, "EA", "36.00", "2026-12-11"),
    ], buyer="og")
    body = """Hi Oliver,

The 2026 model of the 62" takedown recurve (line 1) is sold out. We could ship the 2027 model at $312.00 instead of $289.00 for the 12/11 date, or you can wait for a restock of the 2026 model sometime in February.

Let me know which way you want to go and I'll enter the whole order then (gloves and quivers are in stock).

Thanks,
Kyle Brandt
Ozark Archery Supply LLC
2200 N Old Wire Rd, Fayetteville, AR 72703
(479) 555-0120
"""
    eml = reply(p, slug, frm=("Kyle Brandt", "kyle@ozarkarchery.example"),
                date="2026-11-11T10:44:51-06:00", body=body, client="gmail", charset="UTF-8", prefix="Re: ")
    return [p], eml, other("needs_review", "An offer with a question (2027 model at $312.00 or wait until February); the order "
                                            "will only be entered after the buyer decides, and 'in stock' for lines 2-3 is not a "
                                            "commitment either.")
