"""Cases 037-055: confirmations in non-Latin / Asian locales, then replies that must not confirm."""
from decimal import Decimal

from .common import case, mkpo, acc, chg, REJ, UNC, conf, expected, outlook_quote, gmail_quote, \
    req_body, quoted_lines, req_subject, kw
from .mime import reply, multi, attach, message, addr, ew, hdate, text
from .pdf import make_pdf


@case("tyre-chain-korean-euckr", "confirmation/ko-KR",
      "EUC-KR base64 Korean reply with '2026년 12월 22일' dates, 세트/박스 counters instead of the PO units, and a third line deferred to next week.")
def c037():
    sup = ("HANCH", "Hankook Farm Chain Co., Ltd.", "sales@hankookfarmchain.example", "ko-KR")
    po = mkpo("4500021721", sup, "USD", "2026-11-04", [
        ("TC-KR-1638", "Tractor tyre chain 16.9-38, 10 mm, diamond pattern", 10, "PAIR", "720.00", "2026-12-11"),
        ("TC-KR-HOOK", "Repair hook 10 mm, box of 50", 20, "BOX", "38.00", "2026-12-11"),
        ("TC-KR-TENS", "Rubber tensioner 4/3, set of 4", 10, "SET", "26.50", "2026-12-11"),
    ])
    body = ("Dana님 안녕하세요,\n\n주문번호 4500021721 확인 드립니다.\n\n"
            "1. TC-KR-1638: 10세트(PAIR), 단가 USD 720.00, 납기 2026년 12월 22일\n"
            "2. TC-KR-HOOK: 20박스, 단가 USD 38.00, 납기 2026년 12월 11일\n"
            "3. TC-KR-TENS: 재고 확인 중입니다. 다음 주에 따로 회신 드리겠습니다.\n\n"
            "1번 품목은 도금 공정 때문에 납기가 조금 늦어집니다. 양해 부탁드립니다.\n\n"
            "감사합니다.\n김민준 드림\n해외영업팀 | 한국농기체인(주)\n경기도 화성시 향남읍 제약공단1길 21\nTel. +82 31 555 7710\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-13 10:30", tz="+0900", frm=("김민준", "sales@hankookfarmchain.example"),
                body=body, mid="<SL2P216MB1820E7F8A9B0C1D2@SL2P216MB1820.KORP216.PROD.hankookfarmchain.example>",
                charset="euc-kr", cte="base64", prefix="회신: ", tag="c037", lang="ko-KR")
    exp = expected("confirmation",
                   "Line 1 delivery 2026년 12월 22일 = 2026-12-22 (changed); line 2 on the requested 12월 11일; line 3 'checking stock, will reply next week' = unconfirmed. 세트 = pairs here, as the '(PAIR)' says.",
                   [conf(po, {1: chg(po, 1, d="2026-12-22"), 2: acc(po, 2), 3: UNC})])
    return [po], eml, exp


@case("honey-jars-gb2312-ship", "confirmation/zh-CN",
      "GB2312 Simplified Chinese with year-less '12月21日发货' ship dates (earlier than requested, so every line changes) and a fullwidth ￥ price.")
def c038():
    sup = ("FENGMI", "Ningbo Fengmi Glassware Co., Ltd.", "export@fengmi-glass.example", "zh-CN")
    po = mkpo("4500021676", sup, "CNY", "2026-11-03", [
        ("HJ-CN-380", "Honey jar 380 ml round, 63 mm lug finish", 30000, "PCS", "1.28", "2026-12-25"),
        ("HJ-CN-CAP63", "Lug cap 63 mm, 4/3 thread, white", 30000, "PCS", "0.21", "2026-12-25"),
        ("HJ-CN-DIP", "Wooden honey dipper 12 cm", 5000, "PCS", "0.65", "2026-12-25"),
    ], buyer="priya")
    body = ("Priya，您好！\n\n关于贵司订单 4500021676，确认如下：\n\n"
            "1. HJ-CN-380：30000个，单价调整为 ￥1.35/个，12月21日发货\n"
            "2. HJ-CN-CAP63：30000个，单价 ￥0.21/个，12月21日发货\n"
            "3. HJ-CN-DIP：5000个，单价 ￥0.65/个，12月21日发货\n\n"
            "因玻璃原料上涨，第1项单价调整，敬请谅解。\n\n"
            "祝好！\n王丽 Lily Wang\n宁波丰蜜玻璃制品有限公司 外贸部\n浙江省宁波市鄞州区工业园区8号\nTel: +86 574 5555 2180\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-12 15:48", tz="+0800", frm=("王丽", "export@fengmi-glass.example"),
                body=body, mid="<2026111215480812345678@fengmi-glass.example>", charset="gb2312", cte="base64",
                prefix="回复: ", mailer=("X-Mailer", "Foxmail 7.2.25.228[cn]"), tag="c038", lang="zh-CN")
    exp = expected("confirmation",
                   "Only ship dates (发货) given, 12月21日 without year -> 2026-12-21 for all lines (earlier than requested 12-25, so changed); line 1 price ￥1.35.",
                   [conf(po, {1: chg(po, 1, p="1.35", d="2026-12-21"), 2: chg(po, 2, d="2026-12-21"),
                              3: chg(po, 3, d="2026-12-21")})])
    return [po], eml, exp


@case("projector-lamps-vi-two-batches", "confirmation/vi-VN",
      "Vietnamese split into 'giao 2 đợt' (two batches) of 6 each with comma decimals (980,00 USD) and day-first dates.")
def c039():
    sup = ("SGLAMP", "Cong ty TNHH Den Chieu Sai Gon", "banhang@denchieusaigon.example", "vi-VN")
    po = mkpo("4500021749", sup, "USD", "2026-11-05", [
        ("CL-VN-35K", "Xenon lamp 3.5 kW, 2000 h", 12, "EA", "980.00", "2026-12-14"),
        ("CL-VN-FAN", "Lamp house cooling fan 24V", 6, "EA", "145.00", "2026-12-14"),
    ])
    body = ("Chào chị Dana,\n\nChúng tôi xác nhận đơn hàng 4500021749 như sau:\n\n"
            "- CL-VN-35K: 12 cái, đơn giá 980,00 USD. Giao 2 đợt: 6 cái ngày 14/12/2026, 6 cái còn lại ngày 28/12/2026.\n"
            "- CL-VN-FAN: 6 cái, đơn giá 145,00 USD, giao ngày 14/12/2026.\n\n"
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh\nCông ty TNHH Đèn Chiếu Sài Gòn\n"
            "Lô C5, KCN Tân Bình, TP. Hồ Chí Minh\nĐT: +84 28 5555 4120\n\n" + outlook_quote(po))
    eml = reply(po, date="2026-11-12 09:20", tz="+0700", frm=("Nguyễn Thị Lan", "banhang@denchieusaigon.example"),
                body=body, mid="<KL1PR0601MB4122F8A9B0C1D2E3@KL1PR0601MB4122.apcprd06.prod.denchieusaigon.example>",
                prefix="RE: ", tag="c039", lang="vi-VN")
    exp = expected("confirmation",
                   "Line 1 in two batches: 6 on 2026-12-14 and the other 6 on 2026-12-28. Line 2 as ordered.",
                   [conf(po, {1: chg(po, 1, d="2026-12-28", sched=[(6, "2026-12-14"), (6, "2026-12-28")]),
                              2: acc(po, 2)})])
    return [po], eml, exp


@case("ballet-barre-thai-buddhist-year", "confirmation/th-TH",
      "TIS-620 Thai reply with Buddhist-era years (18/12/2569, 8/1/2570) that must be converted to 2026/2027.")
def c040():
    sup = ("SIAMDN", "Siam Dance Equipment Co., Ltd.", "sales@siamdance.example", "th-TH")
    po = mkpo("4500021768", sup, "THB", "2026-11-05", [
        ("BB-TH-200", "Portable ballet barre 2.0 m, double, adjustable 4/3 height", 15, "EA", "5400.00", "2026-12-18"),
        ("BB-TH-MIR", "Dance mirror panel 120x180 cm, 5 mm", 10, "EA", "3850.00", "2026-12-18"),
    ])
    body = ("เรียน คุณดาน่า\n\nทางบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500021768 ดังนี้\n\n"
            "1. BB-TH-200 จำนวน 15 ชุด ราคาชุดละ 5,400.00 บาท ส่งมอบวันที่ 18/12/2569\n"
            "2. BB-TH-MIR จำนวน 10 แผ่น ราคาแผ่นละ 3,980.00 บาท ส่งมอบวันที่ 8/1/2570\n\n"
            "ขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายขาย บริษัท สยามแดนซ์อีควิปเมนท์ จำกัด\n"
            "99/12 ถนนบางนา-ตราด กม.5 บางพลี สมุทรปราการ 10540\nโทร 02-555-4120\n\n" + outlook_quote(po))
    eml = reply(po, date="2026-11-16 11:00", tz="+0700", frm=("สมชาย ใจดี", "sales@siamdance.example"),
                body=body, mid="<TYCPR01MB8841A0B1C2D3E4F5@TYCPR01MB8841.apcprd01.prod.siamdance.example>",
                charset="tis-620", cte="base64", prefix="RE: ", tag="c040", lang="th-TH")
    exp = expected("confirmation",
                   "Buddhist era: 2569 = 2026, 2570 = 2027. Line 1 as ordered (18/12/2026); line 2 price 3,980.00 THB and delivery 8/1/2570 = 2027-01-08.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="3980.00", d="2027-01-08")})])
    return [po], eml, exp


@case("pinball-indonesian-sisa-menyusul", "confirmation/id-ID",
      "Indonesian 'sisa 50 pcs menyusul 7 Jan 2027' (remainder follows) creates a two-part schedule; comma decimals 'USD 17,50' and 'Des' month.")
def c041():
    sup = ("NUSAP", "PT Nusantara Pinball Suku Cadang", "penjualan@nusapin.example", "id-ID")
    po = mkpo("4500021712", sup, "USD", "2026-11-04", [
        ("PB-ID-RUB", "Rubber ring kit, 2027 model layout, 40 pcs", 60, "SET", "17.50", "2026-12-10"),
        ("PB-ID-SW24", "Micro switch 24V, 3/8 lever", 400, "PCS", "1.35", "2026-12-10"),
        ("PB-ID-SPR", "Plunger spring 2-1/2 in", 200, "PCS", "0.95", "2026-12-10"),
    ])
    body = ("Selamat siang Ibu Dana,\n\nBerikut konfirmasi PO 4500021712:\n\n"
            "1. PB-ID-RUB - 60 set @ USD 17,50 - kirim 10 Des 2026\n"
            "2. PB-ID-SW24 - 400 pcs @ USD 1,35 - kirim 10 Des 2026\n"
            "3. PB-ID-SPR - 150 pcs @ USD 0,95 - kirim 10 Des 2026, sisa 50 pcs menyusul 7 Jan 2027\n\n"
            "Terima kasih,\nDewi Lestari\nPT Nusantara Pinball Suku Cadang\nJl. Industri Raya No. 17, Cikarang, Bekasi 17530\n"
            "Telp. +62 21 5555 8120\n\n"
            + gmail_quote(po, "Pada tanggal Rab, 4 Nov 2026 pukul 09.12 Dana Ruiz <dana.ruiz@corvid-procurement.example> menulis:"))
    eml = reply(po, date="2026-11-11 13:40", tz="+0700", frm=("Dewi Lestari", "penjualan@nusapin.example"),
                body=body, mid="<CAL2w7Np4xR8tM1qY5vK3zD9sH6@mail.nusapin.example>", mailer=None,
                prefix="Re: ", tag="0000000000008a9b0c05f3e2")
    exp = expected("confirmation",
                   "Only ship dates ('kirim'), which count. Line 3: 150 on 2026-12-10 and the remaining 50 on 2027-01-07. Lines 1-2 as ordered.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2),
                              3: chg(po, 3, d="2027-01-07", sched=[(150, "2026-12-10"), (50, "2027-01-07")])})])
    return [po], eml, exp


@case("wetland-pump-malay-promo-price", "confirmation/ms-MY",
      "Malay reply with 'gulung' for rolls, an unrequested year-end price reduction ('RM295.00') and a line to be confirmed next week.")
def c042():
    sup = ("PAYAP", "Paya Pam Teknik Sdn. Bhd.", "jualan@payapam.example", "ms-MY")
    po = mkpo("4500021760", sup, "MYR", "2026-11-05", [
        ("WP-MY-3KW", "Wetland drainage pump 3 kW, 2 in outlet, 240V", 6, "EA", "4250.00", "2026-12-18"),
        ("WP-MY-HOSE", "Lay-flat hose 2 in x 20 m", 12, "ROL", "310.00", "2026-12-18"),
        ("WP-MY-FLT", "Float level controller 24V, 3 m cable", 6, "EA", "385.00", "2026-12-18"),
    ])
    body = ("Salam sejahtera Puan Dana,\n\nKami mengesahkan pesanan 4500021760 seperti berikut:\n\n"
            "- WP-MY-3KW: 6 unit @ RM4,250.00 - penghantaran 18/12/2026\n"
            "- WP-MY-HOSE: 12 gulung @ RM295.00 - penghantaran 18/12/2026\n"
            "- WP-MY-FLT: harga dan tarikh penghantaran akan kami sahkan minggu depan.\n\n"
            "Harga hos telah dikurangkan mengikut promosi hujung tahun.\n\nSekian, terima kasih.\n\n"
            "Ahmad Faizal bin Rahman\nEksekutif Jualan\nPaya Pam Teknik Sdn. Bhd.\nLot 22, Jalan Perindustrian 4, 40300 Shah Alam, Selangor\n"
            "Tel: +60 3-5555 2140\n\n" + outlook_quote(po))
    eml = reply(po, date="2026-11-16 16:10", tz="+0800", frm=("Ahmad Faizal", "jualan@payapam.example"),
                body=body, mid="<KL1PR02MB6281B1C2D3E4F506@KL1PR02MB6281.apcprd02.prod.payapam.example>",
                prefix="RE: ", tag="c042", lang="ms-MY")
    exp = expected("confirmation",
                   "Line 2 confirmed at RM295.00 instead of 310.00 (a decrease is still a change); line 1 as ordered; line 3 'will confirm next week' = unconfirmed.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="295.00"), 3: UNC})])
    return [po], eml, exp


@case("stadium-seats-hindi-mixed", "confirmation/hi-IN",
      "Hindi (Devanagari) reply mixed with English codes, Indian rupee amounts and dd-mm-yyyy dates; one line changes price and date.")
def c043():
    sup = ("BHARST", "Bharat Stadium Seating Pvt. Ltd.", "sales@bharatseating.example", "hi-IN")
    po = mkpo("4500021685", sup, "INR", "2026-11-03", [
        ("SS-IN-BKT", "Bucket seat HDPE, UV stabilised, 2027 colour range", 2000, "PCS", "1450.00", "2026-12-21"),
        ("SS-IN-BRK", "Mounting bracket with M10x40 bolts, set of 2", 2000, "SET", "210.00", "2026-12-21"),
    ], buyer="priya")
    body = ("नमस्ते प्रिया जी,\n\nआपके PO 4500021685 की पुष्टि इस प्रकार है:\n\n"
            "1. SS-IN-BKT - 2,000 सीटें @ ₹1,450.00 - डिलीवरी 21-12-2026\n"
            "2. SS-IN-BRK - 2,000 सेट @ ₹225.00 - डिलीवरी 04-01-2027\n\n"
            "ब्रैकेट की कीमत स्टील के दाम बढ़ने के कारण बदली है।\n\n"
            "धन्यवाद,\nराहुल शर्मा\nसेल्स मैनेजर, Bharat Stadium Seating Pvt. Ltd.\nPlot 14, MIDC Chakan, Pune 410501\nMob: +91 98220 55410\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-10 14:20", tz="+0530", frm=("राहुल शर्मा", "sales@bharatseating.example"),
                body=body, mid="<BM1PR01MB3712C2D3E4F50617@BM1PR01MB3712.INDPRD01.PROD.bharatseating.example>",
                cte="base64", prefix="RE: ", tag="c043", lang="hi-IN")
    exp = expected("confirmation",
                   "Line 1 as ordered; line 2 at ₹225.00 with delivery 04-01-2027 (day-first = 4 Jan 2027).",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="225.00", d="2027-01-04")})])
    return [po], eml, exp


@case("bagpipe-reeds-hebrew", "confirmation/he-IL",
      "Right-to-left Hebrew in windows-1255 with embedded Latin codes and prices; the second line's price rises to 19.60.")
def c044():
    sup = ("GALIL", "Galil Music Reeds Ltd.", "orders@galil-reeds.example", "he-IL")
    po = mkpo("4500021716", sup, "USD", "2026-11-04", [
        ("BR-IL-CAN", "Practice chanter reed, plastic, 4/3", 400, "PCS", "2.40", "2026-12-11"),
        ("BR-IL-DRN", "Bass drone reed, cane, adjustable", 50, "EA", "18.90", "2026-12-11"),
    ])
    body = ("שלום דנה,\n\nמאשרים את הזמנה 4500021716:\n\n"
            "1. BR-IL-CAN - 400 יח' במחיר 2.40 דולר ליחידה, אספקה 11/12/2026\n"
            "2. BR-IL-DRN - 50 יח' במחיר 19.60 דולר ליחידה, אספקה 11/12/2026\n\n"
            "המחיר בשורה 2 עודכן לפי המחירון החדש.\n\nבברכה,\nנועה לוי\nגליל קני נגינה בע\"מ\n"
            "רחוב התעשייה 7, כרמיאל\nטל' 04-555-8120\n\n" + outlook_quote(po))
    eml = reply(po, date="2026-11-12 10:00", tz="+0200", frm=("נועה לוי", "orders@galil-reeds.example"),
                body=body, mid="<VI1PR06MB5511D3E4F5061728@VI1PR06MB5511.eurprd06.prod.galil-reeds.example>",
                charset="windows-1255", prefix="RE: ", tag="c044", lang="he-IL")
    exp = expected("confirmation",
                   "Line 1 as ordered; line 2 price 19.60 USD instead of 18.90.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="19.60")})])
    return [po], eml, exp


@case("hearse-fittings-arabic-english", "confirmation/ar-AE",
      "Arabic windows-1256 reply followed by an English summary; both give the one-week slip on line 2 (23/12/2026).")
def c045():
    sup = ("EMCOACH", "Emirates Coach Fittings LLC", "sales@emiratescoach.example", "ar-AE")
    po = mkpo("4500021686", sup, "AED", "2026-11-03", [
        ("HF-AE-BIER", "Bier platform rail 2200 mm, stainless, 12x20 profile", 6, "EA", "2450.00", "2026-12-16"),
        ("HF-AE-LED", "Roof sign LED 24V, 900 mm", 6, "EA", "1180.00", "2026-12-16"),
    ])
    body = ("السيدة دانا المحترمة،\n\nنؤكد طلب الشراء رقم 4500021686 كما يلي:\n\n"
            "1. HF-AE-BIER: 6 قطع، السعر 2,450.00 درهم، التسليم 16/12/2026\n"
            "2. HF-AE-LED: 6 قطع، السعر 1,180.00 درهم، التسليم 23/12/2026\n\n"
            "Dear Dana, in short: line 1 as ordered, line 2 one week later (23/12/2026), prices unchanged.\n\n"
            "مع التحية،\nعمر الحمادي\nEmirates Coach Fittings LLC\nIndustrial Area 13, Sharjah, UAE\nTel +971 6 555 2140\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-10 11:15", tz="+0400", frm=("Omar Al Hammadi", "sales@emiratescoach.example"),
                body=body, mid="<DXBP281MB0421E4F506172839@DXBP281MB0421.AREP281.PROD.emiratescoach.example>",
                charset="windows-1256", prefix="RE: ", tag="c045", lang="ar-AE")
    exp = expected("confirmation",
                   "Line 1 as ordered; line 2 delivered 23/12/2026 (one week late), price unchanged.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-23")})])
    return [po], eml, exp


@case("beet-seeds-ukrainian-bigbag-refused", "confirmation/uk-UA",
      "Ukrainian windows-1251 reply with both a ship date and a later delivery date on line 1 and a refusal of the big-bag line.")
def c046():
    sup = ("BURIAK", "TOV Buriak-Nasinnia", "zakaz@buriak-nasinnia.example", "uk-UA")
    po = mkpo("4500021759", sup, "EUR", "2026-11-05", [
        ("SB-UA-ELITE", "Sugar beet seed elite, unit = 100,000 seeds, pelleted 3.5-4.5 mm", 200, "EA", "168.00", "2027-02-12"),
        ("SB-UA-BAG", "Big bag 1 T with liner", 4, "EA", "38.00", "2027-02-12"),
    ], buyer="marek")
    body = ("Добрий день, пане Марек!\n\nПідтверджуємо замовлення № 4500021759:\n\n"
            "1. SB-UA-ELITE - 200 п.о. (посівних одиниць), 168,00 EUR за одиницю, відвантаження 29.01.2027, "
            "поставка до Бремена 12.02.2027.\n"
            "2. SB-UA-BAG - біг-беги ми не постачаємо, цю позицію виконати не можемо.\n\n"
            "З повагою,\nОксана Коваленко\nвідділ продажів\nТОВ Буряк-Насіння\nм. Вінниця, вул. Промислова, 9\n"
            "тел. +380 432 55 41 20\n\n" + outlook_quote(po))
    eml = reply(po, date="2026-11-18 12:30", tz="+0200", frm=("Оксана Коваленко", "zakaz@buriak-nasinnia.example"),
                body=body, mid="<AM6PR10MB2281F5061728394A@AM6PR10MB2281.EURPRD10.PROD.buriak-nasinnia.example>",
                charset="windows-1251", prefix="RE: ", tag="c046", lang="uk-UA")
    exp = expected("confirmation",
                   "Line 1: delivery 12.02.2027 wins over the 29.01 dispatch -> as ordered. Line 2 refused -> rejected.",
                   [conf(po, {1: acc(po, 1), 2: REJ})])
    return [po], eml, exp


# ------------------------------------------------------------------ needs_review

@case("propeller-shaft-price-at-shipping-rate", "needs_review/tr-TR",
      "Quantity and date are confirmed, but the price will be invoiced at the exchange rate of the shipment day, so no unit price can be recorded.")
def c047():
    sup = ("DENIZ", "Deniz Şaft Makina San. ve Tic. A.Ş.", "satis@denizsaft.example", "tr-TR")
    po = mkpo("4500021718", sup, "EUR", "2026-11-04", [
        ("PS-TR-140", "Intermediate shaft dia 140 x 3200 mm, 42CrMo4", 2, "EA", "14800.00", "2027-01-15"),
        ("PS-TR-CPL", "Flange coupling for dia 140 shaft", 2, "EA", "2650.00", "2027-01-15"),
    ])
    body = ("Sayın Dana Hanım,\n\n4500021718 numaralı siparişinizi 2 adet ara şaft ve 2 adet kaplin olarak onaylıyoruz, "
            "teslim tarihi 15.01.2027.\n\nAncak fiyatlarımız TL bazındadır; fatura, sevkiyat günündeki TCMB döviz satış kuru "
            "üzerinden EUR'ya çevrilerek kesilecektir. Bu nedenle şu an kesin bir EUR birim fiyat veremiyoruz.\n\n"
            "Saygılarımızla,\nMehmet Yılmaz\nSatış Müdürü\nDeniz Şaft Makina San. ve Tic. A.Ş.\n"
            "Tuzla Tersaneler Bölgesi, 34944 Tuzla / İstanbul\nTel: +90 216 555 41 20\n\n" + outlook_quote(po))
    eml = reply(po, date="2026-11-13 09:45", tz="+0300", frm=("Mehmet Yılmaz", "satis@denizsaft.example"),
                body=body, mid="<PAXPR03MB7712A6B7C8D9E0F1@PAXPR03MB7712.eurprd03.prod.denizsaft.example>",
                charset="iso-8859-9", prefix="YNT: ", tag="c047", lang="tr-TR")
    exp = expected("needs_review",
                   "Order 'confirmed' but the price will be set at the shipment-day exchange rate - the supplier explicitly refuses a firm EUR unit price, so a buyer cannot record the confirmation as is.")
    return [po], eml, exp


@case("chess-sets-question-wood", "needs_review/bg-BG",
      "A Bulgarian reply that asks which wood and which square size before confirming anything.")
def c048():
    sup = ("SHAHM", "Shahmat Craft EOOD", "office@shahmat-craft.example", "bg-BG")
    po = mkpo("4500021747", sup, "EUR", "2026-11-05", [
        ("CS-BG-LUX", "Luxury chess set, king 4.25 in, 2027 edition", 50, "SET", "96.00", "2026-12-18"),
        ("CS-BG-BRD", "Chess board 50x50 cm, 55 mm squares", 50, "EA", "48.00", "2026-12-18"),
    ])
    body = ("Здравейте, г-жо Руис,\n\nБлагодарим за поръчка 4500021747. Преди да я потвърдим, моля уточнете: "
            "фигурите да бъдат ли от орех или от абанос? Цената за абанос е различна. Също така дъската 50x50 см "
            "с полета 55 мм ли да бъде, или 57 мм като миналата година?\n\n"
            "Ще потвърдим цени и срок след Вашия отговор.\n\n"
            "Поздрави,\nГеорги Иванов\nShahmat Craft EOOD\nгр. Троян, ул. Васил Левски 112\nтел. +359 670 5 55 12\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-12 15:20", tz="+0200", frm=("Георги Иванов", "office@shahmat-craft.example"),
                body=body, mid="<VI1PR09MB4410B7C8D9E0F1A2@VI1PR09MB4410.eurprd09.prod.shahmat-craft.example>",
                charset="windows-1251", prefix="RE: ", tag="c048", lang="bg-BG")
    exp = expected("needs_review",
                   "Questions about the material and square size; the supplier will confirm prices and dates only after an answer.")
    return [po], eml, exp


@case("tractor-chains-confirm-next-week", "needs_review/sr-RS",
      "Serbian Cyrillic 'prices are fine' but the delivery date will only be confirmed next week - no commitment yet, and the '20.11.' date is the promised answer date, not a delivery.")
def c049():
    sup = ("LANCI", "Lanci Agro d.o.o.", "prodaja@lanciagro.example", "sr-RS")
    po = mkpo("4500021750", sup, "EUR", "2026-11-05", [
        ("TC-RS-1634", "Tyre chain pair 16.9-34, 9 mm", 8, "PAIR", "640.00", "2026-12-18"),
        ("TC-RS-CLP", "Quick-link clamp 9 mm, box of 20", 10, "BOX", "44.00", "2026-12-18"),
    ])
    body = ("Поштована госпођо Руиз,\n\nпримили смо поруџбину 4500021750. Цене су у реду, али рок испоруке за ланце "
            "16.9-34 и спојнице можемо да потврдимо тек следеће недеље, када добијемо одговор из цинкаре. "
            "Јавићу се најкасније у петак 20.11.\n\n"
            "Срдачан поздрав,\nМилош Петровић\nЛанци Агро д.о.о.\nИндустријска зона бб, 21000 Нови Сад\nтел. +381 21 555 4120\n\n"
            + gmail_quote(po, "чет, 5. нов 2026. у 09:12 Dana Ruiz <dana.ruiz@corvid-procurement.example> је написао/ла:"))
    eml = reply(po, date="2026-11-13 11:05", tz="+0100", frm=("Милош Петровић", "prodaja@lanciagro.example"),
                body=body, mid="<CAB5x9Lm2qV7nR4tK8wP1yE3sJ6@mail.lanciagro.example>", mailer=None,
                prefix="Re: ", tag="0000000000003d4e5f05f3e4")
    exp = expected("needs_review",
                   "'Will confirm next week' for the delivery of both lines; the only date (Friday 20.11.) is when they will answer.")
    return [po], eml, exp


@case("incubator-body-vs-pdf-contradiction", "needs_review/et-EE",
      "The Estonian body confirms 'tarne nädal 50' while the attached PDF says 22.12.2026 for the same lines - a careful buyer cannot tell which holds.")
def c050():
    sup = ("INKUBA", "Inkuba Labor OÜ", "tellimus@inkubalabor.example", "et-EE")
    po = mkpo("4500021725", sup, "EUR", "2026-11-04", [
        ("LI-EE-120", "Cooled incubator 120 L, Peltier, 2027 model", 4, "EA", "3420.00", "2026-12-11"),
        ("LI-EE-LOG", "Temperature data logger, 1.5 m probe", 4, "EA", "185.00", "2026-12-11"),
    ], buyer="tomas")
    lines = ["Inkuba Labor OÜ   Tähetorni 21, 11625 Tallinn   +372 655 5120", "",
             "TELLIMUSE KINNITUS nr TK-2611-208", "Klient: Corvid Group   Teie tellimus: 4500021725", "",
             "Rida Toode       Kirjeldus                       Kogus  Ühik  Hind EUR  Tarnekuupäev",
             "1    LI-EE-120   Jahutusega inkubaator 120 L       4   tk     3420,00  22.12.2026",
             "2    LI-EE-LOG   Temperatuuri andmelogija          4   tk      185,00  22.12.2026", "",
             "Kokku (km-ta): 14420,00 EUR"]
    assert 4 * 3420 + 4 * 185 == 14420
    pdf = make_pdf(lines, title="Tellimuse kinnitus TK-2611-208", producer="Merit Aktiva",
                   date="D:20261112100500+02'00'", compress=True)
    body = ("Tere Tomas,\n\nkinnitame tellimuse 4500021725, tarne nädal 50, hinnad vastavalt tellimusele. "
            "Tellimuse kinnitus on lisatud.\n\nLugupidamisega\nKadri Tamm\nInkuba Labor OÜ\n+372 655 5120\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-12 10:10", tz="+0200", frm=("Kadri Tamm", "tellimus@inkubalabor.example"),
                body=body, mid="<DU0PR10MB6120C8D9E0F1A2B3@DU0PR10MB6120.EURPRD10.PROD.inkubalabor.example>",
                prefix="RE: ", tag="c050", lang="et-EE",
                attachments=[attach(pdf, "application/pdf", "TK-2611-208.pdf")])
    exp = expected("needs_review",
                   "Body: week 50 (Fri 2026-12-11 = requested); PDF: 22.12.2026. The two commitments contradict each other, so a human must ask.")
    return [po], eml, exp


@case("radio-mast-value-only-in-our-quote", "needs_review/lv-LV",
      "'We confirm with the date you mentioned' - the only dates are in our own quoted follow-up, which offers three different dates.")
def c051():
    sup = ("RMASTI", "SIA Radio Masti", "pasutijumi@radiomasti.example", "lv-LV")
    po = mkpo("4500021639", sup, "EUR", "2026-11-02", [
        ("RM-LV-MAST12", "Telescopic mast 12 m, aluminium, 3/8 guy kit", 3, "EA", "2840.00", "2026-12-18"),
        ("RM-LV-WINCH", "Hand winch 500 kg for mast", 3, "EA", "265.00", "2026-12-18"),
    ])
    follow = ("From: Dana Ruiz <dana.ruiz@corvid-procurement.example>\nSent: Monday, November 9, 2026 2:05 PM\n"
              "To: SIA Radio Masti <pasutijumi@radiomasti.example>\nSubject: PO 4500021639 - earlier delivery?\n\n"
              "Hello Inga,\n\nany news on PO 4500021639? Our site team asks whether you could deliver earlier, "
              "e.g. 04.12.2026 instead of 18.12.2026; if not, 11.12.2026 would also help.\n\nRegards\nDana\n\n")
    body = ("Labdien, Dana,\n\njā, apstiprinām pasūtījumu 4500021639 ar jūsu minēto datumu.\n\n"
            "Ar cieņu\nInga Bērziņa\nSIA Radio Masti\nRūpniecības iela 32, Rīga, LV-1045\ntālr. +371 67 555 120\n\n"
            + follow + outlook_quote(po))
    eml = reply(po, date="2026-11-10 09:35", tz="+0200", frm=("Inga Bērziņa", "pasutijumi@radiomasti.example"),
                body=body, mid="<AM9PR08MB6230D9E0F1A2B3C4@AM9PR08MB6230.eurprd08.prod.radiomasti.example>",
                charset="windows-1257", subject="RE: PO 4500021639 - earlier delivery?", tag="c051", lang="lv-LV")
    exp = expected("needs_review",
                   "'ar jūsu minēto datumu' (with the date you mentioned) - our quoted text mentions 04.12, 18.12 and 11.12; the value exists only in our own text and is ambiguous.")
    return [po], eml, exp


@case("oyster-net-conditional-moq", "needs_review/nb-NO",
      "Norwegian offer to deliver on 15.12 only if the quantity is raised to 500 m, otherwise a small-order surcharge - a conditional answer awaiting our choice.")
def c052():
    sup = ("NORNOT", "Nordnot Havbruk AS", "ordre@nordnot.example", "nb-NO")
    po = mkpo("4500021671", sup, "NOK", "2026-11-03", [
        ("ON-NO-9MM", "Oyster grow-out net 9 mm mesh, 4/3 tube, roll 100 m", 300, "M", "38.50", "2026-12-15"),
        ("ON-NO-CLIP", "Stainless clip 12x20 mm", 2000, "PCS", "1.90", "2026-12-15"),
    ], buyer="tomas")
    body = ("Hei Tomas,\n\nTakk for bestillingen 4500021671. Vi kan levere nettet 15.12 dersom dere øker til minimum 500 m "
            "(5 ruller à 100 m) - ellers kommer det et småordretillegg på 1 500 kr. Klipsene har vi på lager.\n\n"
            "Gi beskjed hva dere foretrekker, så sender vi ordrebekreftelse.\n\n"
            "Mvh\nSigrid Haugen\nNordnot Havbruk AS\nSjøgata 14, 8006 Bodø\nTlf. +47 755 55 210\n\n" + outlook_quote(po, "nb"))
    eml = reply(po, date="2026-11-10 08:40", tz="+0100", frm=("Sigrid Haugen", "ordre@nordnot.example"),
                body=body, mid="<GV3P280MB0412E0F1A2B3C4D5@GV3P280MB0412.SWEP280.PROD.nordnot.example>",
                charset="iso-8859-1", prefix="SV: ", tag="c052", lang="nb-NO")
    exp = expected("needs_review",
                   "Conditional: 500 m minimum or a 1 500 NOK surcharge; the supplier waits for our choice before sending a confirmation.")
    return [po], eml, exp


@case("wetland-pump-deposit-condition", "needs_review/en-GB",
      "The January date holds only if a 30% deposit arrives by 27 November; a pro-forma PDF is attached but no commitment is made yet.")
def c053():
    sup = ("FENPMP", "Fenland Pump Hire & Sales Ltd", "sales@fenlandpumps.example", "en-GB")
    po = mkpo("4500021745", sup, "GBP", "2026-11-05", [
        ("WP-GB-DIESEL6", "Diesel wetland pump 6 in, trailer mounted, 2027 Stage V", 1, "EA", "28400.00", "2027-01-22"),
        ("WP-GB-SUCT6", "Suction hose 6 in x 6 m with strainer", 4, "EA", "395.00", "2027-01-22"),
    ])
    assert (Decimal(28400) + 4 * 395) * Decimal("0.3") == Decimal("8994.0")
    pdf = make_pdf(["FENLAND PUMP HIRE & SALES LTD - PRO-FORMA INVOICE PF-30118", "",
                    "Customer PO 4500021745", "Deposit 30% of GBP 29,980.00 = GBP 8,994.00",
                    "Due by 27/11/2026", "Bank: Barclays, sort code 20-55-41, acc. 55512014"],
                   title="Pro-forma PF-30118", producer="Sage 200", date="D:20261111142500Z")
    body = ("Dana,\n\nThanks for PO 4500021745. We can meet 22 January provided we receive a 30% deposit (£8,994.00) "
            "by 27 November - the engine slot at the factory has to be paid upfront. Once the deposit is in we'll send "
            "the formal acknowledgement. Pro-forma attached.\n\nRegards,\nGareth Pryce\nFenland Pump Hire & Sales Ltd\n"
            "Station Road, March, Cambs PE15 8SJ | 01354 555 210\n\n" + outlook_quote(po))
    eml = reply(po, date="2026-11-11 14:30", tz="+0000", frm=("Gareth Pryce", "sales@fenlandpumps.example"),
                body=body, mid="<LO2P265MB4412F1A2B3C4D5E6@LO2P265MB4412.GBRP265.PROD.fenlandpumps.example>",
                tag="c053", lang="en-GB", attachments=[attach(pdf, "application/pdf", "PF-30118.pdf")])
    exp = expected("needs_review",
                   "Delivery on 22 January only 'provided' a deposit is paid; the formal acknowledgement is to follow - conditional, not yet a commitment.")
    return [po], eml, exp


@case("honey-jars-vague-mid-december", "needs_review/fr-FR",
      "A mobile reply: 'normalement mi-décembre', waiting for glass, prices on lids 'to be reviewed' - vague on every point.")
def c054():
    sup = ("VMIEL", "Verrerie du Miel SAS", "commercial@verrerie-miel.example", "fr-FR")
    po = mkpo("4500021806", sup, "EUR", "2026-11-06", [
        ("HJ-FR-250", "Honey jar 250 g, glass, TO 63 finish", 12000, "PCS", "0.29", "2026-12-11"),
        ("HJ-FR-CAP63", "Lid TO 63 gold, 4/3 lug", 12000, "PCS", "0.07", "2026-12-11"),
    ])
    body = ("Bonjour Dana,\n\nBien reçu votre commande. Normalement ça devrait partir mi-décembre, mais on attend encore "
            "une livraison de verre, je vous redis dès que j'en sais plus. Pour les prix il faudra sans doute revoir "
            "les capsules.\n\nBonne journée\nLucas\n\nEnvoyé de mon iPhone\n\n"
            "> Le 6 nov. 2026 à 09:12, Dana Ruiz <dana.ruiz@corvid-procurement.example> a écrit :\n>\n"
            + "\n".join(quoted_lines(po)))
    eml = reply(po, date="2026-11-13 18:22", tz="+0100", frm=("Lucas Martin", "commercial@verrerie-miel.example"),
                body=body, mid="<9D2E4F61-7A8B-4C9D-8E0F-1A2B3C4D5E6F@verrerie-miel.example>", html=False,
                prefix="Re: ", mailer=("X-Mailer", "iPhone Mail (22B83)"), tag="c054")
    exp = expected("needs_review",
                   "'Normalement mi-décembre', 'je vous redis', lid prices 'sans doute' to be revised: nothing is committed.")
    return [po], eml, exp


@case("slate-hooks-spec-question", "needs_review/en-US",
      "The supplier questions a 3/8 in bend in the description and says line 2 'is fine on our side' but will confirm the whole PO only after an answer.")
def c055():
    sup = ("APSLAT", "Appalachian Slate Supply Co.", "orders@appslate.example", "en-US")
    po = mkpo("4500021714", sup, "USD", "2026-11-04", [
        ("SH-US-CU4", "Copper slate hook 4 in, 3/8 bend, 12 ga", 10000, "PCS", "0.42", "2026-12-15"),
        ("SH-US-SS5", "Stainless slate hook 5 in, 11 ga", 8000, "PCS", "0.55", "2026-12-15"),
    ])
    body = ("Hi Dana,\n\nBefore I enter PO 4500021714: line 1 says 3/8\" bend, but our 4\" copper hook is standard with a "
            "1/2\" bend. Do you want the 1/2\" standard, or a custom 3/8\" (that would carry a tooling charge)? "
            "Line 2 is fine on our side, but I'd rather confirm the whole PO at once when I hear back.\n\n"
            "Thanks,\nBeth Callahan\nAppalachian Slate Supply Co.\n418 Quarry Rd, Pen Argyl, PA 18072\n(610) 555-0188\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-09 15:10", tz="-0500", frm=("Beth Callahan", "orders@appslate.example"),
                body=body, mid="<BL1PR12MB5120A2B3C4D5E6F7@BL1PR12MB5120.namprd12.prod.appslate.example>",
                charset="us-ascii", cte="7bit", tag="c055", lang="en-US")
    exp = expected("needs_review",
                   "A specification question on line 1; line 2 is explicitly held back ('confirm the whole PO at once when I hear back').")
    return [po], eml, exp
