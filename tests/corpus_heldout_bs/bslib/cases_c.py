"""Cases 034-046: confirmations, Nordic/Baltic/Eastern/Asian locales."""
from decimal import Decimal

from . import mime as M
from .common import (case, S, L, PO, acc, chg, REJ, UNC, conf, reply, mdate, assert_wd, week_fri, txt2html)


@case("se-rail-grease-pails-vecka-50", "confirmation/sv-SE",
      "Pails of 18 kg and 5 L cans for a PO in KG and L, price per can; 'Leverans v. 50' = Friday 11 Dec")
def c_se(slug):
    sup = S("SPARFN", "Spårfett Nordic AB", "order@sparfett-nordic.example", "sv-SE")
    po = PO("4500032340", sup, "grease", "SEK", "2026-11-12", [
        L("SF-CURVE-KG", "Curve rail grease, biodegradable, bulk per kg (18 kg pails)", 540, "KG", "58.40", "2026-12-18"),
        L("SF-TOR-5L", "Top-of-rail friction modifier, 5 L can", 200, "L", "96.00", "2026-12-18"),
    ])
    body = ("Hej Owen,\n\nTack för beställningen 4500032340. Vi bekräftar:\n\n"
            "- Kurvsmörjfett: 30 hinkar à 18 kg, 58,40 kr/kg\n"
            "- Friktionsmodifierare: 40 dunkar à 5 liter, 480,00 kr/dunk\n\n"
            "Leverans v. 50, dvs. en vecka tidigare än önskat.\n")
    sig = ("Med vänliga hälsningar\nLinnea Sjöberg\nOrderavdelningen | Spårfett Nordic AB\n"
           "Hamnvägen 8, 417 64 Göteborg\nTel. +46 31 555 28 40")
    eml = reply(po, slug=slug, date=mdate("2026-11-17 10:33", "+0100"), body=body, sig=sig, lang="sv",
                client="outlook", cs="iso-8859-1", hcs="iso-8859-1", frm=("Linnea Sjöberg", sup["email"]))
    d = week_fri(2026, 50)
    assert d == "2026-12-11" and 30 * 18 == 540 and 40 * 5 == 200 and Decimal("480.00") / 5 == Decimal("96")
    exp = conf("Pack conversions: 30 pails x 18 kg = 540 KG at 58,40 kr/kg; 40 cans x 5 L = 200 L at "
               "480,00/5 = 96.00 SEK per L (both unchanged); 'v. 50' = Friday 2026-12-11, one week early.",
               (po, {1: chg(540, "58.40", d), 2: chg(200, "96.00", d)}))
    return [po], eml, exp


@case("no-cable-joints-uke-2", "confirmation/nb-NO",
      "'levering uke 2' has no year: next week 2 after a November mail is 2027 -> Friday 15.01.2027; tool kit declined")
def c_no(slug):
    sup = S("HAVKAB", "Havkabel Skjøteteknikk AS", "salg@havkabel-skjot.example", "nb-NO")
    po = PO("4500032355", sup, "cable", "EUR", "2026-11-13", [
        L("HK-JT-145", "Repair joint 145 kV, single core 1x800 mm2, XLPE", 2, "SET", "64800.00", "2027-01-08"),
        L("HK-BEND-RS", "Bend restrictor polyurethane for 145 kV joint", 4, "EA", "5200.00", "2027-01-08"),
        L("HK-TOOL-PREP", "Cable preparation tool kit, 120-160 mm OD", 1, "SET", "7400.00", "2027-01-08"),
    ])
    body = ("Hei Erik,\n\ntakk for bestillingen. Vi bekrefter pos. 1 og 2 med antall og pris iht. ordre, "
            "levering uke 2.\n\nPos. 3 (verktøysett) leverer vi ikke lenger selv – den må dere dessverre "
            "bestille direkte fra produsenten.\n")
    sig = ("Med vennlig hilsen\nKnut Haugen\nSalgsingeniør | Havkabel Skjøteteknikk AS\n"
           "Sjøgata 14, 5300 Kleppestø\nMob. +47 915 55 321")
    eml = reply(po, slug=slug, date=mdate("2026-11-17 15:56", "+0100"), body=body, sig=sig, lang="nb",
                client="outlook", cs="iso-8859-1", hcs="iso-8859-1", frm=("Knut Haugen", sup["email"]))
    d = week_fri(2027, 2)
    exp = conf("'uke 2' without year after a Nov 2026 mail = ISO week 2 of 2027 -> Friday 2027-01-15 for lines "
               "1-2; line 3 will not be supplied -> rejected.",
               (po, {1: chg(2, "64800.00", d), 2: chg(4, "5200.00", d), 3: REJ}))
    return [po], eml, exp


@case("lv-insoles-third-line-silent", "confirmation/lv-LV",
      "Latvian 'piegāde 2026. gada 14. decembrī' for two lines; the third line is simply not mentioned")
def c_lv(slug):
    sup = S("ORTRIG", "Ortopēdija Rīga SIA", "pasutijumi@ortopedija-riga.example", "lv-LV")
    po = PO("4500032370", sup, "insole", "EUR", "2026-11-13", [
        L("OI-DIAB-40", "Diabetic insole 3-layer, PE foam 6 mm, size 40", 300, "PAIR", "9.40", "2026-12-11"),
        L("OI-DIAB-44", "Diabetic insole 3-layer, PE foam 6 mm, size 44", 200, "PAIR", "9.40", "2026-12-11"),
        L("OI-SPORT-M", "Sport insole with forefoot pad, size M (39-42)", 150, "PAIR", "7.90", "2026-12-11"),
    ])
    body = ("Labdien, Priya!\n\nPaldies par pasūtījumu Nr. 4500032370.\n\n"
            "Apstiprinām 1. un 2. pozīciju (diabēta zolītes, izmēri 40 un 44) pasūtītajā daudzumā un par "
            "norādīto cenu, piegāde 2026. gada 14. decembrī.\n")
    sig = ("Ar cieņu\nIlze Bērziņa\nPārdošanas nodaļa | Ortopēdija Rīga SIA\nBrīvības gatve 301, Rīga, LV-1006\n"
           "Tālr. +371 67 555 412")
    eml = reply(po, slug=slug, date=mdate("2026-11-18 09:14", "+0200"), body=body, sig=sig, lang="lv",
                client="gmail", cs="utf-8", frm=("Ilze Bērziņa", sup["email"]))
    d = "2026-12-14"
    exp = conf("Latvian year-first long date '2026. gada 14. decembrī' for lines 1-2; line 3 (sport insoles) is "
               "not addressed -> unconfirmed.",
               (po, {1: chg(300, "9.40", d), 2: chg(200, "9.40", d), 3: UNC}))
    return [po], eml, exp


@case("lt-langstroth-frames-gruodzio", "confirmation/lt-LT",
      "Lithuanian 'pristatymas gruodžio 11 d.' (no year, genitive month) and a new price on the queen excluder")
def c_lt(slug):
    sup = S("BITPRK", "Bitininkystės prekės UAB", "uzsakymai@bitprekes.example", "lt-LT")
    po = PO("4500032384", sup, "bee", "EUR", "2026-11-13", [
        L("LG-FR-435", "Langstroth deep frame 435x230 mm, wired, assembled", 250, "EA", "1.48", "2026-12-11"),
        L("LG-QEX-10", "Queen excluder, metal, 10-frame Langstroth", 40, "EA", "6.90", "2026-12-11"),
    ])
    body = ("Laba diena, Marta,\n\npatvirtiname užsakymą Nr. 4500032384: rėmeliai 250 vnt. po 1,48 EUR, "
            "skiriamosios tinklelės 40 vnt. po 7,20 EUR (kaina pasikeitė nuo lapkričio 1 d.).\n"
            "Pristatymas gruodžio 11 d.\n")
    sig = ("Pagarbiai\nJonas Petrauskas\nBitininkystės prekės UAB\nSavanorių pr. 178, Kaunas\n+370 37 555 218")
    eml = reply(po, slug=slug, date=mdate("2026-11-18 13:50", "+0200"), body=body, sig=sig, lang="lt",
                client="apple", cs="utf-8", frm=("Jonas Petrauskas", sup["email"]))
    exp = conf("'gruodžio 11 d.' (11 December, no year) = 2026-12-11 = requested; line 1 accepted, line 2 new "
               "price 7,20 EUR ('lapkričio 1 d.' is only the date of the price change).",
               (po, {1: acc(po, 1), 2: chg(40, "7.20", "2026-12-11")}))
    return [po], eml, exp


@case("ua-pipette-tips-postavka", "confirmation/uk-UA",
      "Ukrainian in windows-1251 QP: 'поставка 16.12.2026' for both lines with unchanged prices")
def c_ua(slug):
    sup = S("LABTUA", "LabTech Ukraina TOV", "sales@labtech-ua.example", "uk-UA")
    po = PO("4500032398", sup, "pipette", "EUR", "2026-11-13", [
        L("UA-TIP-10", "Pipette tips 10 µl, bulk, box of 1000", 30, "BOX", "9.80", "2026-12-11"),
        L("UA-TIP-200Y", "Pipette tips 200 µl yellow, bulk, box of 1000", 60, "BOX", "7.40", "2026-12-11"),
    ])
    body = ("Добрий день, пані Чо!\n\nДякуємо за замовлення № 4500032398.\n"
            "Підтверджуємо: поз. 1 – 30 уп. по 9,80 EUR, поз. 2 – 60 уп. по 7,40 EUR, поставка 16.12.2026.\n")
    sig = ("З повагою,\nОлена Коваленко\nменеджер з продажу | ЛабТех Україна ТОВ\nвул. Січових Стрільців 37, Київ\n"
           "тел. +380 44 555 61 20")
    eml = reply(po, slug=slug, date=mdate("2026-11-18 11:07", "+0200"), body=body, sig=sig, lang="uk",
                client="outlook", cs="windows-1251", hcs="windows-1251", frm=("Олена Коваленко", sup["email"]))
    d = "2026-12-16"
    exp = conf("Ukrainian Cyrillic: quantities and prices as ordered, 'поставка 16.12.2026' is five days later "
               "than requested for both lines.",
               (po, {1: chg(30, "9.80", d), 2: chg(60, "7.40", d)}))
    return [po], eml, exp


@case("ru-keg-couplers-koi8-otgruzka", "confirmation/ru-RU",
      "KOI8-R Russian giving only a ship date ('Отгрузка 10.12.2026'); ship date is the label date")
def c_ru(slug):
    sup = S("PIVTK", "PivTekhKomplekt OOO", "zakaz@pivtehkomplekt.example", "ru-RU")
    po = PO("4500032412", sup, "keg", "EUR", "2026-11-13", [
        L("PK-A-FLAT", "Keg coupler A-type (flat), chrome-plated brass", 30, "EA", "41.50", "2026-12-15"),
        L("PK-G-SS", "Keg coupler G-type, stainless", 10, "EA", "58.00", "2026-12-15"),
        L("PK-WASH-16", "Coupler washer set 16 mm, box of 100", 5, "BOX", "12.00", "2026-12-15"),
    ])
    body = ("Здравствуйте, Даниэль!\n\nПодтверждаем заказ N 4500032412 полностью: количество и цены "
            "по всем трём позициям – согласно заказу.\n"
            "Отгрузка 10.12.2026 со склада в Санкт-Петербурге.\n")
    sig = ("С уважением,\nДмитрий Соколов\nОтдел продаж ООО \"ПивТехКомплект\"\n"
           "Санкт-Петербург, ул. Софийская 14\nтел. +7 812 555-47-19")
    eml = reply(po, slug=slug, date=mdate("2026-11-18 12:40", "+0300"), body=body, sig=sig, lang="ru",
                client="tb", cs="koi8-r", cte="8bit", html=False, hcs="koi8-r", frm=("Дмитрий Соколов", sup["email"]))
    d = "2026-12-10"
    exp = conf("Only a ship date is given ('Отгрузка 10.12.2026'), so it is the date for all three lines; "
               "quantities and prices as ordered.",
               (po, {1: chg(30, "41.50", d), 2: chg(10, "58.00", d), 3: chg(5, "12.00", d)}))
    return [po], eml, exp


@case("il-paracord-hebrew-1255", "confirmation/he-IL",
      "Hebrew right-to-left in windows-1255 with English item codes; 'אספקה 13.12.2026' is a Sunday delivery")
def c_il(slug):
    sup = S("TZCORD", "Tzanchanim Cords Ltd", "sales@tzcords.example", "he-IL")
    po = PO("4500032427", sup, "cord", "USD", "2026-11-16", [
        L("TZ-CORD-750", "Parachute cord type IV 750 lb, 5 mm, coyote brown, 300 m spool", 12, "ROL", "118.00", "2026-12-16"),
        L("TZ-TAPE-25", "Nylon webbing 25 mm, MIL-W-4088, 50 m roll", 20, "ROL", "64.00", "2026-12-16"),
    ])
    assert_wd("2026-12-13", 6)
    body = ("שלום פול,\n\nתודה על ההזמנה. מאשרים את הזמנה 4500032427:\n"
            "שורה 1 (TZ-CORD-750) – 12 גלילים, 118.00 דולר לגליל.\n"
            "שורה 2 (TZ-TAPE-25) – 20 גלילים, 64.00 דולר לגליל.\n"
            "אספקה 13.12.2026 לשתי השורות.\n")
    sig = "בברכה,\nנועה לוי\nמכירות | Tzanchanim Cords Ltd\nרח' המלאכה 9, חולון\nטל' +972 3 555 8120"
    eml = reply(po, slug=slug, date=mdate("2026-11-18 10:25", "+0200"), body=body, sig=sig, lang="he",
                client="outlook", cs="windows-1255", hcs="utf-8", frm=("Noa Levi", sup["email"]))
    d = "2026-12-13"
    exp = conf("Hebrew RTL text with LTR codes and numbers; both lines as ordered except delivery 13.12.2026 "
               "(three days early).",
               (po, {1: chg(12, "118.00", d), 2: chg(20, "64.00", d)}))
    return [po], eml, exp


@case("jp-harmonica-reeds-shift-jis", "confirmation/ja-JP",
      "Shift_JIS Japanese with 納期 per line and prices in '円'; reed plates get a new price and date, combs accepted")
def c_jp(slug):
    sup = S("TOKAIHK", "Tokai Harmonica Kogyo K.K.", "eigyo@tokai-harmonica.example", "ja-JP")
    po = PO("4500032441", sup, "harmonica", "JPY", "2026-11-16", [
        L("TH-REED-C", "Phosphor bronze reed plate, key C, 10-hole, 0.8 mm", 200, "EA", "1150", "2026-12-11"),
        L("TH-REED-G", "Phosphor bronze reed plate, key G, 10-hole, 0.8 mm", 150, "EA", "1150", "2026-12-11"),
        L("TH-COMB-ABS", "ABS comb 10-hole, black", 300, "EA", "240", "2026-12-11"),
    ])
    body = ("ブルースフィールド・インストゥルメンツ\nサム・カーター様\n\n"
            "いつもお世話になっております。東海ハーモニカ工業の佐藤です。\n"
            "ご注文番号4500032441につきまして、下記の通りご回答申し上げます。\n\n"
            "1. TH-REED-C　200枚　単価 1,200円　納期：2026年12月18日\n"
            "2. TH-REED-G　150枚　単価 1,200円　納期：2026年12月18日\n"
            "3. TH-COMB-ABS　300個　単価 240円　納期：2026年12月11日\n\n"
            "リン青銅の価格上昇により、リードプレートの単価を改定させていただきました。\n"
            "何卒よろしくお願い申し上げます。\n")
    sig = ("━━━━━━━━━━━━━━━━━━\n東海ハーモニカ工業株式会社\n営業部　佐藤 健一\n"
           "〒430-0851 静岡県浜松市中央区向宿2-14\nTEL 053-555-2718 / FAX 053-555-2719\n━━━━━━━━━━━━━━━━━━")
    eml = reply(po, slug=slug, date=mdate("2026-11-18 17:22", "+0900"), body=body, sig=sig, lang="ja",
                client="outlook", cs="shift_jis", cte="base64", hcs="iso-2022-jp", frm=("佐藤 健一", sup["email"]))
    exp = conf("Japanese per-line answer: reed plates 1,200円 (was 1150) and 納期 2026年12月18日; comb line "
               "repeats quantity, price and 2026-12-11 -> accepted.",
               (po, {1: chg(200, "1200", "2026-12-18"), 2: chg(150, "1200", "2026-12-18"), 3: acc(po, 3)}))
    return [po], eml, exp


@case("cn-sic-shelves-gb2312-split", "confirmation/zh-CN",
      "GB2312 Chinese; line 1 split into two batches across the year end, line 2 with raw-material price increase")
def c_cn(slug):
    sup = S("ZIBOREF", "Zibo Refractory Co., Ltd.", "sales@zibo-refractory.example", "zh-CN")
    po = PO("4500032455", sup, "kiln", "USD", "2026-11-16", [
        L("ZB-SIC-5050", "Kiln shelf recrystallised SiC 500x500x12 mm", 200, "EA", "52.00", "2026-12-31"),
        L("ZB-POST-150", "SiC square post 50x50x150 mm", 400, "EA", "4.80", "2027-01-08"),
    ])
    body = ("Ruth 您好，\n\n感谢您的订单 4500032455。确认如下：\n\n"
            "1. ZB-SIC-5050：共200片，单价 USD 52.00，分两批交货：120片 2026年12月15日，80片 2027年1月5日。\n"
            "2. ZB-POST-150：400个，单价 USD 4.90（原材料涨价），交货日期：2026年12月15日。\n\n"
            "如有问题请随时联系。\n")
    sig = ("此致\n敬礼\n\n王丽\n外贸部\n淄博耐火材料有限公司\n山东省淄博市张店区华光路88号\n电话：+86 533 555 2316")
    eml = reply(po, slug=slug, date=mdate("2026-11-19 09:48", "+0800"), body=body, sig=sig, lang="zh",
                client="outlook", cs="gb2312", cte="base64", hcs="gb2312", frm=("王丽", sup["email"]))
    exp = conf("Chinese dates 2026年12月15日 / 2027年1月5日: line 1 120 + 80 pieces, last batch 2027-01-05; line 2 "
               "new price USD 4.90 and earlier date 2026-12-15.",
               (po, {1: chg(200, "52.00", "2027-01-05", [(120, "2026-12-15"), (80, "2027-01-05")]),
                     2: chg(400, "4.90", "2026-12-15")}))
    return [po], eml, exp


@case("tw-chess-clocks-big5", "confirmation/zh-TW",
      "Big5 Traditional Chinese with slash dates '交期 2026/12/10'; the carrying-case line cannot be supplied")
def c_tw(slug):
    sup = S("TWTIME", "Taiwan Precision Timing Co., Ltd.", "sales@tw-timing.example", "zh-TW")
    po = PO("4500032470", sup, "chess", "USD", "2026-11-16", [
        L("TW-DGT-3000", "Digital chess clock, 2027 model, Bronstein/Fischer, 2 x AA", 120, "EA", "38.50", "2026-12-18"),
        L("TW-CASE-12", "Carrying case for 12 chess clocks", 10, "EA", "24.00", "2026-12-18"),
    ])
    body = ("Victor 您好：\n\n感謝您的訂單 4500032470，確認如下：\n\n"
            "項次1：TW-DGT-3000，120台，單價 USD 38.50，交期 2026/12/10。\n"
            "項次2：TW-CASE-12，本公司已停產此項目，無法供應，敬請見諒。\n")
    sig = ("順頌商祺\n\n林怡君 Joyce Lin\n業務部\n台灣精密計時股份有限公司\n台中市西屯區工業區一路 25 號\n"
           "Tel: +886 4 2555 3810")
    eml = reply(po, slug=slug, date=mdate("2026-11-19 16:05", "+0800"), body=body, sig=sig, lang="zt",
                client="outlook", cs="big5", cte="base64", hcs="big5", frm=("Joyce Lin", sup["email"]))
    exp = conf("Line 1 as ordered but '交期 2026/12/10' (earlier); line 2 discontinued, '無法供應' -> rejected.",
               (po, {1: chg(120, "38.50", "2026-12-10"), 2: REJ}))
    return [po], eml, exp


@case("kr-dental-covers-euc-kr", "confirmation/ko-KR",
      "EUC-KR Korean with '납기일 2026년 12월 11일' applying to both items")
def c_kr(slug):
    sup = S("HANBIT", "Hanbit Dental Materials Co., Ltd.", "export@hanbit-dental.example", "ko-KR")
    po = PO("4500032486", sup, "dental", "USD", "2026-11-17", [
        L("HB-SEAT-GR", "Dental chair seat cover, seamless PVC 1.0 mm, grey", 50, "EA", "64.00", "2026-12-18"),
        L("HB-FOAM-40", "Memory foam insert 40 mm, for 4/3 backrest", 50, "EA", "27.50", "2026-12-18"),
    ])
    body = ("Nadia Keller 님께,\n\n주문 번호 4500032486 건 확인드립니다.\n\n"
            "- 품목 1: 50개, 단가 USD 64.00\n- 품목 2: 50개, 단가 USD 27.50\n\n"
            "납기일 2026년 12월 11일 (두 품목 모두).\n\n감사합니다.\n")
    sig = "김민준 드림\n해외영업팀 | 한빛치과소재(주)\n경기도 안산시 단원구 산단로 123\nTel. +82 31 555 7720"
    eml = reply(po, slug=slug, date=mdate("2026-11-19 10:12", "+0900"), body=body, sig=sig, lang="ko",
                client="outlook", cs="euc-kr", cte="base64", hcs="euc-kr", frm=("김민준", sup["email"]))
    d = "2026-12-11"
    exp = conf("Korean: quantities and prices as ordered, 납기일 2026년 12월 11일 (one week early) for both items.",
               (po, {1: chg(50, "64.00", d), 2: chg(50, "27.50", d)}))
    return [po], eml, exp


@case("th-puppet-strings-buddhist-year", "confirmation/th-TH",
      "TIS-620 Thai with a Buddhist-era date '10 ธ.ค. 2569' (= 10 Dec 2026)")
def c_th(slug):
    sup = S("HUNLAK", "Hun Lakhon Lek Supply Co., Ltd.", "sales@hunlakhon-supply.example", "th-TH")
    po = PO("4500032500", sup, "puppet", "GBP", "2026-11-17", [
        L("TH-SILK-05", "Silk puppet string 0.5 mm, natural, 50 m spool", 80, "PCS", "3.20", "2026-12-18"),
        L("TH-ROD-30", "Rattan control rod 30 cm x 8 mm", 120, "PCS", "0.85", "2026-12-18"),
    ])
    body = ("เรียน คุณคลาร่า\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500032500\n"
            "บริษัทฯ ขอยืนยันทั้งสองรายการตามจำนวนและราคาในใบสั่งซื้อ กำหนดส่งมอบวันที่ 10 ธ.ค. 2569\n")
    sig = ("ขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายขายต่างประเทศ\nบริษัท หุ่นละครเล็ก ซัพพลาย จำกัด\n"
           "99 ถนนเจริญกรุง กรุงเทพฯ 10500\nโทร +66 2 555 4180")
    eml = reply(po, slug=slug, date=mdate("2026-11-19 14:30", "+0700"), body=body, sig=sig, lang="th",
                client="outlook", cs="tis-620", cte="quoted-printable", hcs="utf-8", frm=("Somchai Jaidee", sup["email"]))
    d = "2026-12-10"
    exp = conf("Thai Buddhist-era year: 'วันที่ 10 ธ.ค. 2569' = 10 December 2026 (2569 - 543); both lines "
               "otherwise as ordered.",
               (po, {1: chg(80, "3.20", d), 2: chg(120, "0.85", d)}))
    return [po], eml, exp


@case("id-trellis-two-of-three-pos", "confirmation/id-ID",
      "Three open POs in pos.json: the reply confirms two of them ('pengiriman tanggal 9 Desember 2026'), the third is deferred")
def c_id(slug):
    sup = S("KAWNUS", "PT Kawat Nusantara", "penjualan@kawatnusantara.example", "id-ID")
    po1 = PO("4500032515", sup, "trellis", "USD", "2026-11-17", [
        L("KN-HT-25", "High-tensile wire 2.5 mm, class 3 galvanised, 600 m coil", 50, "ROL", "38.00", "2026-12-16"),
    ])
    po2 = PO("4500032516", sup, "trellis", "USD", "2026-11-17", [
        L("KN-ANCH-12", "Earth anchor 12x1200 mm, disc 100 mm", 200, "EA", "4.60", "2026-12-16"),
        L("KN-STRAIN-M", "Wire strainer, medium, for 2.0-4.0 mm wire", 100, "EA", "2.10", "2026-12-16"),
    ])
    po3 = PO("4500032517", sup, "trellis", "USD", "2026-11-17", [
        L("KN-POST-24", "Steel line post 2.4 m, 45x30 mm profile", 500, "EA", "6.75", "2027-01-20"),
    ])
    body = ("Yth. Ibu Ana Ruiz,\n\nTerima kasih atas PO 4500032515 dan 4500032516. Dengan ini kami konfirmasi:\n\n"
            "PO 4500032515 – kawat 2,5 mm: 50 gulungan @ USD 38,00, pengiriman tanggal 9 Desember 2026.\n"
            "PO 4500032516 – angkur tanah 200 pcs @ USD 4,60 dan strainer 100 pcs @ USD 2,10, "
            "pengiriman tanggal 9 Desember 2026.\n\n"
            "Untuk PO 4500032517 (tiang baja) kami masih menunggu jadwal produksi dan akan kabari minggu depan.\n")
    sig = ("Hormat kami,\nDewi Lestari\nPT Kawat Nusantara\nJl. Raya Cikarang No. 45, Bekasi 17530\n"
           "Telp. +62 21 555 8934")
    eml = reply(po1, slug=slug, date=mdate("2026-11-20 09:18", "+0700"), body=body, sig=sig, lang="id",
                client="gmail", cs="utf-8", frm=("Dewi Lestari", sup["email"]),
                subject="RE: PO 4500032515 & 4500032516 - konfirmasi",
                refs=f"{po1['request_message_id']} {po2['request_message_id']}")
    d = "2026-12-09"
    exp = conf("Two of three POs answered: 4500032515 and 4500032516 delivered 9 Desember 2026 with unchanged "
               "quantities and prices (decimal comma 'USD 38,00'); 4500032517 only deferred -> left out.",
               (po1, {1: chg(50, "38.00", d)}),
               (po2, {1: chg(200, "4.60", d), 2: chg(100, "2.10", d)}))
    return [po1, po2, po3], eml, exp
