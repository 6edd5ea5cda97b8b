"""Cases 037-053."""
from . import mime
from .common import (PO, L, REJ, UNC, acc, case, chg, conf, exp, exp_conf, kw, reply, req_text, req_dt,
                     request_eml, sup, req_subject, boundary, msg_id, text_to_html)
from .pdf import pdf


@case("eartags-ua-ship-and-delivery", "confirmation/uk-UA",
      "Ukrainian reply with both a dispatch date and a delivery date (delivery equals the request) and a reduced quantity")
def c037():
    s = sup("AGROMITKA", "TOV Agromitka", "zbut@agromitka.example", "uk-UA")
    po = PO("4500018837", s, "EUR", "2026-11-12", [
        L(1, "AM-TAG-L", "Cattle ear tag large 75x58 mm, numbered, yellow, male+female set", 2000, "PCS", "0.78",
          "2026-12-11"),
        L(2, "AM-TAG-S", "Calf ear tag small 45x55 mm, blank, orange", 1500, "PCS", "0.42", "2026-12-11"),
    ])
    top = ("Добрий день, пані Дано!\n\nПідтверджуємо замовлення № 4500018837:\n"
           "— поз. 1: 2 000 шт. за ціною 0,78 EUR, відвантаження 04.12.2026, доставка до Бремена 11.12.2026;\n"
           "— поз. 2: можемо поставити лише 1 200 шт. (замість 1 500) за ціною 0,42 EUR, доставка 11.12.2026.\n\n"
           "З повагою,\nОлена Коваленко\nменеджер зі збуту\nТОВ «Агромітка»\nвул. Промислова 8, Біла Церква, 09100\n"
           "тел. +380 4563 5 21 40\n")
    eml = reply(po, top, "2026-11-18 11:34:09", ("Олена Коваленко", "o.kovalenko@agromitka.example"), tz="+0200",
                client="outlook", charset="windows-1251", cte="quoted-printable", qlang="uk",
                subject="RE: " + req_subject(po), content_lang="uk-UA")
    e = exp_conf("Line 1 ships 04.12 but is delivered 11.12.2026 = requested -> accepted (delivery wins); line 2 "
                 "only 1 200 of 1 500.",
                 conf(po, {1: acc(po, 1), 2: chg(1200, "0.42", "2026-12-11")}))
    return [po], eml, e


@case("bellows-ru-koi8", "confirmation/ru-RU",
      "Russian KOI8-R 8bit reply: 'до 25.12.2026' for two lines, the third deferred ('сообщим дополнительно')")
def c038():
    s = sup("BAYANM", "OOO Bayan-Master", "zakaz@bayan-master.example", "ru-RU")
    po = PO("4500018838", s, "EUR", "2026-11-12", [
        L(1, "BM-BLW-17", "Bellows for button accordion, 17 folds, 420x260 mm", 12, "EA", "265.00", "2026-12-11"),
        L(2, "BM-STRAP-2", "Bellows strap set, leather, 2 pcs", 12, "SET", "34.00", "2026-12-11"),
        L(3, "BM-REED-45", "Reed block set 4/5 voice, 41 treble keys", 4, "SET", "690.00", "2026-12-11"),
    ])
    top = ("Здравствуйте, Дана!\n\nПодтверждаем заказ N 4500018838:\n\n"
           "1. Мехи 420x260, 17 складок - 12 шт., цена 265,00 EUR, срок поставки до 25.12.2026\n"
           "2. Ремни для мехов - 12 компл., 34,00 EUR, срок поставки до 25.12.2026\n"
           "3. Голосовые планки 4/5 - по этой позиции срок и цену сообщим дополнительно, мастер уточняет наличие "
           "материала.\n\nС уважением,\nСергей Волков\nООО \"Баян-Мастер\"\nг. Тула, ул. Оружейная, 21\n"
           "тел. +7 4872 35-18-90\n")
    eml = reply(po, top, "2026-11-17 16:05:41", ("Сергей Волков", "volkov@bayan-master.example"), tz="+0300",
                client="thunderbird", charset="koi8-r", cte="8bit", html=False, quote="prefix",
                intro="{dd}.{mm}.{yyyy} 11:12, {name} пишет:", subject="Re: " + req_subject(po),
                content_lang="ru")
    d = "2026-12-25"
    e = exp_conf("'до 25.12.2026' is the committed date for lines 1-2; line 3 'сообщим дополнительно' (will tell "
                 "later) -> unconfirmed.",
                 conf(po, {1: chg(12, "265.00", d), 2: chg(12, "34.00", d), 3: UNC}))
    return [po], eml, e


@case("rope-gr-prepayment", "needs_review/el-GR",
      "Greek reply repeats the ordered date and prices but makes the order subject to a 50% prepayment and asks for agreement")
def c039():
    s = sup("AIGAIOROPE", "Aegean Rescue Ropes S.A.", "sales@aegean-ropes.example", "el-GR")
    po = PO("4500018839", s, "EUR", "2026-11-12", [
        L(1, "AE-RR-11", "Static rescue rope 11 mm, 100 m, EN 1891 A, white/red", 15, "ROL", "265.00", "2026-12-11"),
        L(2, "AE-DES-8", "Figure-8 descender with ears, aluminium, 40 kN", 30, "EA", "23.80", "2026-12-11"),
    ])
    top = ("Αγαπητή κα Ruiz,\n\nΣας ευχαριστούμε για την παραγγελία 4500018839. Μπορούμε να την εκτελέσουμε με "
           "παράδοση 11/12/2026 στις τιμές της παραγγελίας, υπό την προϋπόθεση ότι θα λάβουμε προκαταβολή 50% έως "
           "τις 20/11. Παρακαλούμε επιβεβαιώστε ότι συμφωνείτε, ώστε να προχωρήσουμε με την επιβεβαίωση της "
           "παραγγελίας.\n\nΜε εκτίμηση,\nΓιώργος Παπαδάκης\nΤμήμα Πωλήσεων\nΣχοινιά Διάσωσης Αιγαίου Α.Ε.\n"
           "Βιομηχανική Περιοχή Σίνδου, 57022 Θεσσαλονίκη\nΤηλ. +30 2310 797 415\n")
    eml = reply(po, top, "2026-11-16 12:18:30", ("Γιώργος Παπαδάκης", "g.papadakis@aegean-ropes.example"),
                tz="+0200", client="outlook", charset="iso-8859-7", cte="quoted-printable",
                subject="RE: " + req_subject(po), content_lang="el-GR")
    return [po], eml, exp("needs_review", "Conditional: supply only against a 50% prepayment by 20/11 and the supplier "
                                          "asks us to agree before it confirms.")


@case("scalpels-il-price", "confirmation/he-IL",
      "Hebrew RTL HTML with a new per-box price on one line; the other line restated unchanged")
def c040():
    s = sup("ORTVET", "Ort Veterinary Instruments Ltd", "orders@ortvet.example", "he-IL")
    po = PO("4500018840", s, "USD", "2026-11-12", [
        L(1, "OV-DISP-22", "Disposable scalpel no. 22, plastic handle, sterile, box of 10", 100, "BOX", "6.90",
          "2026-12-11"),
        L(2, "OV-DISP-10", "Disposable scalpel no. 10, sterile, box of 10", 60, "BOX", "6.90", "2026-12-11"),
    ])
    top = ("שלום דנה,\n\nמאשרים את הזמנה 4500018840:\nשורה 1 - 100 קופסאות, מחיר מעודכן 7.25 דולר לקופסה, "
           "אספקה 11/12/2026.\nשורה 2 - 60 קופסאות, 6.90 דולר לקופסה, אספקה 11/12/2026.\n\nבברכה,\nנועה לוי\n"
           "אורט מכשור וטרינרי בע\"מ\nרח' המלאכה 12, פתח תקווה\nטל' 03-9224517\n")
    eml = reply(po, top, "2026-11-17 09:44:18", ("Noa Levi", "noa.levi@ortvet.example"), tz="+0200",
                client="outlook", charset="utf-8", cte="base64", rtl=True, content_lang="he-IL")
    e = exp_conf("Hebrew RTL: line 1 new price 7.25 USD per box (PO unit is BOX); line 2 as ordered.",
                 conf(po, {1: chg(100, "7.25", "2026-12-11"), 2: acc(po, 2)}))
    return [po], eml, e


@case("pens-tw-big5-schedule", "confirmation/zh-TW",
      "Traditional Chinese Big5 reply splitting one line into 12月4日 and 12月18日 deliveries without a year")
def c041():
    s = sup("HONGBI", "Hongbi Precision Pen Co., Ltd.", "sales@hongbi-pen.example", "zh-TW")
    po = PO("4500018842", s, "USD", "2026-11-12", [
        L(1, "HB-FP-EF", "Fountain pen, celluloid, steel nib EF, 2027 lunar edition", 300, "PCS", "18.50", "2026-12-11"),
        L(2, "HB-FP-M", "Fountain pen, celluloid, steel nib M", 200, "PCS", "18.50", "2026-12-11"),
    ])
    top = ("Dana 您好：\n\n貴司訂單 4500018842 確認如下：\n\n"
           "1. EF 尖鋼筆 300 支，單價 USD 18.50，分兩批交貨：12月4日 150 支，12月18日 150 支。\n"
           "2. M 尖鋼筆 200 支，單價 USD 18.50，12月11日交貨。\n\n謝謝！\n\n陳怡君\n宏筆精工股份有限公司 業務部\n"
           "台中市西屯區工業區一路 55 號\nTEL: +886 4 2359 1180\n")
    eml = reply(po, top, "2026-11-17 10:20:00", ("陳怡君", "yichun.chen@hongbi-pen.example"), tz="+0800",
                client="outlook", charset="big5", cte="base64", subject="回覆: " + req_subject(po),
                content_lang="zh-TW")
    e = exp_conf("Line 1 split 150 on 2026-12-04 and 150 on 2026-12-18 (no year, mail 2026-11-17); line 2 on 12月11日 "
                 "= requested -> accepted.",
                 conf(po, {1: chg(300, "18.50", "2026-12-18", [(150, "2026-12-04"), (150, "2026-12-18")]),
                           2: acc(po, 2)}))
    return [po], eml, e


@case("mosquito-vn-price", "confirmation/vi-VN",
      "Vietnamese list with dot thousands (1.200) and comma decimals (4,55 USD); one price rises")
def c042():
    s = sup("MANTUYN", "Viet Mosquito Net Co., Ltd.", "sales@mantuynviet.example", "vi-VN")
    po = PO("4500018843", s, "USD", "2026-11-13", [
        L(1, "VT-MN-RECT", "Mosquito net rectangular 1.6x2.0x2.0 m, polyester 75D, white", 1200, "PCS", "3.85",
          "2026-12-15"),
        L(2, "VT-MN-CIRC", "Circular hanging net, 2027 colours assorted", 600, "PCS", "4.40", "2026-12-15"),
    ])
    top = ("Kính gửi chị Dana,\n\nCông ty chúng tôi xác nhận đơn hàng 4500018843 như sau:\n"
           "- Mục 1: 1.200 chiếc, đơn giá 3,85 USD, giao hàng ngày 15/12/2026.\n"
           "- Mục 2: 600 chiếc, đơn giá 4,55 USD (tăng do giá sợi polyester), giao hàng ngày 15/12/2026.\n\n"
           "Trân trọng,\nNguyễn Thị Hương\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Màn Tuyn Việt\n"
           "KCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh\nĐT: +84 28 3754 6120\n")
    eml = reply(po, top, "2026-11-18 15:02:27", ("Nguyen Thi Huong", "huong.nt@mantuynviet.example"), tz="+0700",
                client="gmail", charset="UTF-8", cte="quoted-printable", quote="prefix",
                intro="Vào {d} thg 11, {yyyy} lúc 15:12 {name} <{email}> đã viết:",
                subject="Re: " + req_subject(po))
    e = exp_conf("Vietnamese number format: '1.200' = 1200, '4,55' = 4.55 (new price on line 2); line 1 as ordered.",
                 conf(po, {1: acc(po, 1), 2: chg(600, "4.55", "2026-12-15")}))
    return [po], eml, e


@case("upholstery-th-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 reply dates delivery in the Buddhist Era (22 ธันวาคม 2569 = 2026-12-22)")
def c043():
    s = sup("SIAMDENT", "Siam Dental Upholstery Co., Ltd.", "sales@siamdental-uph.example", "th-TH")
    po = PO("4500018844", s, "USD", "2026-11-13", [
        L(1, "ST-UPH-SET", "Dental chair upholstery set, 4 pcs, mint green, 2027 chair models", 10, "SET", "520.00",
          "2026-12-11"),
        L(2, "ST-HRC-BK", "Headrest cover, black, 3/8 in foam", 20, "EA", "45.00", "2026-12-11"),
    ])
    top = ("เรียน คุณดาน่า\n\nบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500018844 ตามจำนวนและราคาที่ระบุทุกรายการ "
           "โดยจะจัดส่งถึงปลายทางวันที่ 22 ธันวาคม 2569 ทั้งสองรายการ\n\nขอแสดงความนับถือ\nสมชาย ศรีสุข\n"
           "ฝ่ายขายต่างประเทศ บริษัท สยามเบาะทันตกรรม จำกัด\n88/12 ถนนบางนา-ตราด กม. 23 สมุทรปราการ 10540\n"
           "โทร. +66 2 312 4470\n")
    eml = reply(po, top, "2026-11-18 14:11:52", ("Somchai Srisuk", "somchai@siamdental-uph.example"), tz="+0700",
                client="outlook", charset="tis-620", cte="base64", subject="RE: " + req_subject(po),
                content_lang="th-TH")
    d = "2026-12-22"
    e = exp_conf("Thai Buddhist-Era year 2569 = 2026: delivery 2026-12-22 for both lines, quantities and prices as "
                 "ordered.", conf(po, {1: chg(10, "520.00", d), 2: chg(20, "45.00", d)}))
    return [po], eml, e


@case("seedlings-id-one-of-three", "confirmation/id-ID",
      "three open POs in pos.json; the Indonesian reply confirms one and only mentions the other two as still being checked")
def c044():
    s = sup("BIBITNUS", "PT Bibit Nusantara", "penjualan@bibitnusantara.example", "id-ID")
    p1 = PO("4500018845", s, "USD", "2026-11-10", [
        L(1, "BN-MAH-40", "Mahogany seedlings, polybag 15x20 cm, 40-60 cm", 2000, "PCS", "0.55", "2026-12-04"),
    ])
    p2 = PO("4500018846", s, "USD", "2026-11-11", [
        L(1, "BN-TEAK-30", "Teak seedlings, polybag 12x20 cm, 30-40 cm", 3000, "PCS", "0.48", "2026-12-11"),
        L(2, "BN-SEN-25", "Sengon seedlings, polybag 10x15 cm, 25-35 cm", 5000, "PCS", "0.22", "2026-12-11"),
    ])
    p3 = PO("4500018847", s, "USD", "2026-11-12", [
        L(1, "BN-DUR-60", "Durian grafted seedlings, 60-80 cm, Musang King", 200, "PCS", "3.90", "2026-12-18"),
    ])
    top = ("Yth. Ibu Dana,\n\nTerima kasih atas PO 4500018846. Kami konfirmasi: bibit jati 3.000 batang @ USD 0,48 "
           "dan bibit sengon 5.000 batang @ USD 0,22, pengiriman tanggal 7 Desember 2026 (tiba di gudang Ibu).\n\n"
           "Untuk PO 4500018845 dan 4500018847 kami masih cek ketersediaan di kebun dan akan kami kabari "
           "terpisah.\n\nSalam,\nDewi Lestari\nPT Bibit Nusantara\nJl. Raya Bogor Km 32, Cimanggis, Depok 16453\n"
           "Telp. +62 21 8771 2045\n")
    eml = reply(p2, top, "2026-11-18 10:55:14", ("Dewi Lestari", "dewi@bibitnusantara.example"), tz="+0700",
                client="gmail", charset="UTF-8", cte="quoted-printable", quote="prefix",
                intro="Pada {d} Nov {yyyy} pukul 15.12 {name} <{email}> menulis:",
                subject="Re: " + req_subject(p2))
    d = "2026-12-07"
    e = exp_conf("Only PO 4500018846 is answered (arrival 7 Desember 2026, earlier than requested); 4500018845 and "
                 "4500018847 are only mentioned as 'still checking' and are left out.",
                 conf(p2, {1: chg(3000, "0.48", d), 2: chg(5000, "0.22", d)}))
    return [p1, p2, p3], eml, e


@case("inbox-sg-receipt", "auto_reply/en-SG",
      "Singapore shared-inbox receipt promising processing within 2 working days, threaded on our request")
def c045():
    s = sup("LIONCITY", "Lion City Optical Supplies Pte Ltd", "orders@lioncityoptical.example", "en-SG")
    po = PO("4500018848", s, "SGD", "2026-11-13", [
        L(1, "LCO-CL-2020", "Lens cleaning cloth 20x20 cm, suede microfibre, 2027 logo", 8000, "PCS", "0.38",
          "2026-12-11"),
        L(2, "LCO-WIPE-100", "Pre-moistened lens wipes, box of 100", 150, "BOX", "6.20", "2026-12-11"),
    ])
    body = ("Thank you for your email to orders@lioncityoptical.example.\n\nThis shared mailbox is monitored Monday to "
            "Friday, 9.00 am to 6.00 pm (SGT). Your message has been received and will be processed within 2 "
            "working days. For urgent matters please call our order desk at +65 6741 2290.\n\nPlease do not reply to "
            "this automated message.\n\nLion City Optical Supplies Pte Ltd\n21 Ubi Road 1, #04-11, Singapore 408724\n")
    root = mime.text(body, "plain", "us-ascii", "7bit")
    hdrs = [("From", mime.addr("Lion City Optical - Orders", "orders@lioncityoptical.example")),
            ("To", po["buyer"]["email"]),
            ("Subject", "Automatic reply: " + req_subject(po)),
            ("Date", mime.rfc_date("2026-11-16 16:12:05", "+0800")),
            ("Message-ID", msg_id("outlook", "c045", "lioncityoptical.example")),
            ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("Thread-Topic", req_subject(po))]
    return [po], mime.message(hdrs, root), exp("auto_reply", "Shared-inbox receipt: 'will be processed within 2 "
                                                "working days' commits to nothing.")


@case("kerbs-in-lakh", "confirmation/en-IN",
      "Indian English with lakh-grouped amounts (Rs. 6,08,000/-), Rmt and MT units and a changed rate")
def c046():
    s = sup("DECCANGR", "Deccan Granites Pvt. Ltd.", "exports@deccangranites.example", "en-IN")
    po = PO("4500018849", s, "INR", "2026-11-11", [
        L(1, "DG-KB-1530", "Granite kerb 150x300x1000 mm, black galaxy, flamed", 400, "M", "1450.00", "2026-12-18"),
        L(2, "DG-COB-10", "Granite cobble 10x10x5 cm, grey, natural split", 20, "T", "8600.00", "2026-12-18"),
    ], buyer="jonas", ship_to="Brightwater Trading India Pvt. Ltd., Yard 4, Ennore Expressway, Chennai 600057")
    top = ("Dear Sir,\n\nGreetings from Deccan Granites!\n\nWe are pleased to confirm your PO No. 4500018849 dated "
           "11-11-2026 as under:\n\n1) Kerb 150x300x1000 black galaxy - 400 Rmt @ Rs. 1,520/- per Rmt = "
           "Rs. 6,08,000/-\n2) Cobbles 10x10x5 grey - 20 MT @ Rs. 8,600/- per MT = Rs. 1,72,000/-\n\n"
           "Total: Rs. 7,80,000/- (Rupees Seven Lakh Eighty Thousand only) plus GST @ 5%.\n\n"
           "Delivery: 18-12-2026 at your Chennai yard.\n\nKindly do the needful.\n\nThanks & Regards,\n"
           "Venkatesh Rao\nManager - Exports\nDeccan Granites Pvt. Ltd.\nSy. No. 212, Tandur Road, Vikarabad, "
           "Telangana 501101\nMob: +91 98480 21377\n")
    eml = reply(po, top, "2026-11-17 12:31:44", ("Venkatesh Rao", "exports@deccangranites.example"), tz="+0530",
                client="outlook", charset="us-ascii", cte="7bit", content_lang="en-IN")
    e = exp_conf("Lakh grouping: line 1 rate Rs. 1,520 per running metre (PO 1450.00) -> changed; line 2 8,600 per "
                 "MT = PO; delivery 18-12-2026 = requested.",
                 conf(po, {1: chg(400, "1520.00", "2026-12-18"), 2: acc(po, 2)}))
    return [po], eml, e


@case("roller-rs-reject-all", "confirmation/sr-RS",
      "Serbian Cyrillic reply declines the whole order (parts discontinued for 2011-2016 rollers), so every line is rejected")
def c047():
    s = sup("PUTMEH", "Putna mehanizacija d.o.o.", "prodaja@putnamehanizacija.example", "sr-RS")
    po = PO("4500018850", s, "EUR", "2026-11-13", [
        L(1, "PM-DRUM-BH", "Drum bearing housing for 7 t roller, 2011-2016 models", 2, "EA", "740.00", "2026-12-11"),
        L(2, "PM-SEAL-24", "Seal kit vibration motor, 24 pcs", 4, "SET", "128.00", "2026-12-11"),
    ])
    top = ("Поштована госпођо Руиз,\n\nнажалост, морамо да одбијемо вашу поруџбину бр. 4500018850. Произвођач је "
           "обуставио производњу делова за моделе ваљака 2011-2016 и ниједну од наведених ставки више не можемо да "
           "испоручимо.\n\nСрдачан поздрав,\nМилош Јовановић\nПутна механизација д.о.о.\nАутопут за Загреб 41, "
           "11070 Нови Београд\nтел. +381 11 311 6240\n")
    eml = reply(po, top, "2026-11-18 09:03:37", ("Miloš Jovanović", "milos.j@putnamehanizacija.example"),
                client="outlook", charset="utf-8", cte="quoted-printable", subject="RE: " + req_subject(po),
                content_lang="sr-Cyrl-RS")
    e = exp_conf("Outright refusal of the whole PO is still an answer: both lines rejected.",
                 conf(po, {1: REJ, 2: REJ}))
    return [po], eml, e


@case("rope-hr-partial", "confirmation/hr-HR",
      "Croatian per-item list: one line as ordered, one reduced, one explicitly still waiting for the sub-supplier")
def c048():
    s = sup("UZADJAD", "Užad Jadran d.o.o.", "prodaja@uzad-jadran.example", "hr-HR")
    po = PO("4500018851", s, "EUR", "2026-11-13", [
        L(1, "UJ-RR-105", "Low-stretch rope 10.5 mm, 200 m reel", 10, "ROL", "310.00", "2026-12-11"),
        L(2, "UJ-HAR-FB", "Full body rescue harness, size M/L", 12, "EA", "189.00", "2026-12-11"),
        L(3, "UJ-STR-2", "Rescue stretcher strap set, 2 m", 20, "SET", "27.50", "2026-12-11"),
    ])
    top = ("Poštovana gđo Ruiz,\n\npotvrđujemo narudžbu 4500018851 djelomično:\n"
           "- stavka 1: 10 koluta po 310,00 EUR, isporuka 11.12.2026. - potvrđeno\n"
           "- stavka 2: 8 kom (umjesto 12) po 189,00 EUR, isporuka 11.12.2026.; preostala 4 kom ne možemo isporučiti\n"
           "- stavka 3: za trake još čekamo odgovor dobavljača, javit ćemo se naknadno.\n\nLijep pozdrav,\n"
           "Ivana Barić\nUžad Jadran d.o.o.\nObala kneza Branimira 6, 23000 Zadar\ntel. +385 23 318 520\n")
    eml = reply(po, top, "2026-11-19 13:40:21", ("Ivana Barić", "ivana.baric@uzad-jadran.example"),
                client="outlook", charset="windows-1250", cte="quoted-printable", qlang="hr",
                subject="RE: " + req_subject(po), content_lang="hr-HR")
    e = exp_conf("Line 1 as ordered; line 2 only 8 of 12; line 3 'still waiting for the supplier' -> unconfirmed.",
                 conf(po, {1: acc(po, 1), 2: chg(8, "189.00", "2026-12-11"), 3: UNC}))
    return [po], eml, e


@case("greenhouse-si-three-drops", "confirmation/sl-SI",
      "Slovenian reply splits one line into three deliveries written as '4. 12. 2026' with spaces")
def c049():
    s = sup("RASTSTEK", "Rastlinjaki Steklo d.o.o.", "narocila@rastlinjaki-steklo.example", "sl-SI")
    po = PO("4500018852", s, "EUR", "2026-11-13", [
        L(1, "RS-HG-4", "Hardened greenhouse glass 4 mm, 1200x2000 mm", 800, "M2", "14.90", "2026-12-11"),
        L(2, "RS-ALU-6", "Aluminium glazing profile 6 m, 2/3 ridge type", 120, "EA", "36.00", "2026-12-11"),
    ])
    top = ("Spoštovana ga. Ruiz,\n\npotrjujemo naročilo 4500018852:\n\n1. Kaljeno steklo 4 mm: 800 m2 po 14,90 EUR, "
           "v treh dobavah - 300 m2 dne 4. 12. 2026, 300 m2 dne 11. 12. 2026 in 200 m2 dne 18. 12. 2026.\n"
           "2. Alu profil: 120 kos po 36,00 EUR, dobava 11. 12. 2026.\n\nLep pozdrav,\nMatej Kranjc\n"
           "Rastlinjaki Steklo d.o.o.\nIndustrijska cesta 5, 1290 Grosuplje\ntel. +386 1 786 43 20\n")
    eml = reply(po, top, "2026-11-19 08:22:05", ("Matej Kranjc", "matej.kranjc@rastlinjaki-steklo.example"),
                client="thunderbird", charset="windows-1250", cte="quoted-printable", html=False, quote="prefix",
                intro="Dne {d}. 11. {yyyy} ob {HH}:{MM} je {name} napisal(a):", subject="Re: " + req_subject(po),
                content_lang="sl")
    e = exp_conf("Line 1 in three drops 300+300+200 (2026-12-04/11/18), last = 2026-12-18; line 2 as ordered.",
                 conf(po, {1: chg(800, "14.90", "2026-12-18", [(300, "2026-12-04"), (300, "2026-12-11"),
                                                              (200, "2026-12-18")]),
                           2: acc(po, 2)}))
    return [po], eml, e


@case("marinebatt-no-ship-vs-delivery", "confirmation/nb-NO",
      "Norwegian reply with a ship date (2.12.) and a delivery date (9.12. = requested), a new list price on one line")
def c050():
    s = sup("NORDMAR", "Nordic Marine Energi AS", "ordre@nordicmarine-energi.example", "nb-NO")
    po = PO("4500018853", s, "NOK", "2026-11-13", [
        L(1, "NME-LI-100", "Lithium marine battery 12V 100Ah, IP67, heated", 12, "EA", "8950.00", "2026-12-09"),
        L(2, "NME-CHG-40", "Marine battery charger 12/24V 40A, 3-bank", 6, "EA", "3290.00", "2026-12-09"),
    ])
    top = ("Hei Dana,\n\nTakk for bestillingen 4500018853. Vi bekrefter:\n\nLinje 1: 12 stk à NOK 9 250,00 (ny "
           "listepris fra 1.12.), sendes fra lager i Ålesund 2.12., levert Bremen 9.12.\nLinje 2: 6 stk à NOK "
           "3 290,00, samme forsendelse og levering.\n\nMed vennlig hilsen\nIngrid Solberg\nNordic Marine Energi AS\n"
           "Moloveien 14, 6004 Ålesund\nTlf. +47 70 10 42 88\n")
    eml = reply(po, top, "2026-11-19 10:15:30", ("Ingrid Solberg", "ingrid.solberg@nordicmarine-energi.example"),
                client="outlook", charset="iso-8859-1", cte="quoted-printable", qlang="nb",
                subject="SV: " + req_subject(po), content_lang="nb-NO")
    e = exp_conf("Ship 2.12. but delivered 9.12. (= requested): line 1 changes only in price (9 250,00), line 2 "
                 "'same shipment and delivery' -> accepted.",
                 conf(po, {1: chg(12, "9250.00", "2026-12-09"), 2: acc(po, 2)}))
    return [po], eml, e


@case("ledscreen-pt-quoted-price", "needs_review/pt-PT",
      "Portuguese reply says line 2's price was updated 'conforme a tabela em baixo', but the only table below is our own quote with the old price")
def c051():
    s = sup("ECRASPALCO", "Ecrãs Palco Lda.", "encomendas@ecraspalco.example", "pt-PT")
    po = PO("4500018854", s, "EUR", "2026-11-13", [
        L(1, "EP-P29-IN", "LED panel P2.9 indoor 500x1000 mm, 1/16 scan", 24, "EA", "690.00", "2026-12-11"),
        L(2, "EP-PROC-4K", "Video processor 4K, 8 outputs", 1, "EA", "3850.00", "2026-12-11"),
    ])
    top = ("Boa tarde Dana,\n\nConfirmamos a encomenda 4500018854, mas o preço da linha 2 foi atualizado conforme a "
           "tabela em baixo. O prazo de entrega mantém-se.\n\nCumprimentos,\nRicardo Fonseca\nEcrãs Palco Lda.\n"
           "Rua da Indústria 220, 4470-177 Maia\nTel. +351 229 447 310\n")
    eml = reply(po, top, "2026-11-19 17:20:45", ("Ricardo Fonseca", "ricardo.fonseca@ecraspalco.example"),
                tz="+0000", client="outlook", charset="iso-8859-1", cte="quoted-printable", qlang="pt",
                subject="RE: " + req_subject(po), content_lang="pt-PT")
    return [po], eml, exp("needs_review", "The 'updated' line-2 price is said to be in the table below, but the only "
                                          "table is our own quoted request with 3850.00; the new price is unknown.")


@case("pizza-fr-ooo", "auto_reply/fr-FR",
      "French Outlook out-of-office naming a return date and a deputy, threaded on our request")
def c052():
    s = sup("FOURSPIERRES", "Fours & Pierres SAS", "adv@fours-pierres.example", "fr-FR")
    po = PO("4500018855", s, "EUR", "2026-11-13", [
        L(1, "FP-PZ-3530", "Pizza stone cordierite 35x30 cm, 1.5 cm", 400, "PCS", "17.20", "2026-12-11"),
    ])
    body = ("Bonjour,\n\nJe suis absente du bureau jusqu'au lundi 30 novembre 2026 inclus, avec un accès limité à "
            "mes e-mails.\n\nPour toute question urgente concernant vos commandes, merci de contacter Julien Morel : "
            "j.morel@fours-pierres.example - 04 78 62 19 30.\n\nCordialement,\nAurélie Besson\n"
            "Administration des ventes - Fours & Pierres SAS\n")
    html = text_to_html(body)
    root = mime.multipart("alternative", [mime.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                          mime.text("<html><body>" + html + "</body></html>", "html", "iso-8859-1",
                                                    "quoted-printable")], boundary("outlook", "c052", 1))
    hdrs = [("From", mime.addr("Aurélie Besson", "a.besson@fours-pierres.example", "iso-8859-1")),
            ("To", mime.addr("Dana Ruiz", po["buyer"]["email"])),
            ("Subject", mime.enc("Réponse automatique : ", "iso-8859-1") + " " + req_subject(po)),
            ("Date", mime.rfc_date("2026-11-16 09:12:22")),
            ("Message-ID", msg_id("outlook", "c052", "fours-pierres.example")),
            ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
            ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("Thread-Topic", req_subject(po)), ("Content-Language", "fr-FR")]
    return [po], mime.message(hdrs, root), exp("auto_reply", "Out-of-office until 30 novembre 2026; the date is the "
                                                "absence, not a delivery.")


@case("erp-ca-pdf-ack", "confirmation/en-CA",
      "automatic ERP mail from a no-reply address; the attached (uncompressed) PDF acknowledgement rounds one line to full cases and moves another")
def c053():
    s = sup("MAPLEPENS", "Maple Leaf Fountain Pen Co.", "sales@mapleleafpens.example", "en-CA")
    po = PO("4500018856", s, "CAD", "2026-11-13", [
        L(1, "ML-FP-F", "Fountain pen, maple wood barrel, steel nib F", 150, "EA", "42.00", "2026-12-11"),
        L(2, "ML-FP-B11", "Fountain pen, maple wood barrel, steel nib B 1.1 mm", 50, "EA", "44.50", "2026-12-11"),
        L(3, "ML-CART-6", "Ink cartridges standard, blue-black, 6/box", 300, "BOX", "3.20", "2026-12-11"),
    ])
    lines = ["**Maple Leaf Fountain Pen Co. - Sales Order Acknowledgement",
             "1180 Industrial Pkwy, Guelph, ON N1H 6J5, Canada   GST/HST 81442 7719 RT0001",
             "", "Sales Order: SO-118842          Order Date: 2026-11-19",
             "Customer PO: 4500018856         Customer: Brightwater Trading GmbH",
             "Ship Via: FedEx International Economy   Terms: Net 30   Currency: CAD", "",
             "Ln  Item        Description                            Ordered  Confirmed  UoM  Unit Price  Promised Delivery",
             "1   ML-FP-F     Fountain pen, maple barrel, nib F          150        150  EA        42.00  2026-12-11",
             "2   ML-FP-B11   Fountain pen, maple barrel, nib B 1.1       50         50  EA        44.50  2026-12-18",
             "3   ML-CART-6   Ink cartridges blue-black 6/box            300        288  BOX        3.20  2026-12-11",
             "", "Notes:", "Ln 3: quantity rounded down to full shipping cases (12 cases x 24 boxes).",
             "Ln 2: B 1.1 mm nibs in production, promised delivery 2026-12-18.", "",
             "Subtotal CAD 9,446.60", "This acknowledgement is subject to our standard terms of sale."]
    att = pdf(lines, compress=False, title="Sales Order Acknowledgement SO-118842", author="NetSuite",
              date="20261119080312-05'00'")
    body = ("This is an automatically generated message from Maple Leaf Fountain Pen Co.\n\nPlease find attached "
            "Sales Order Acknowledgement SO-118842 for your purchase order 4500018856.\n\nPlease do not reply to this "
            "address. Questions: customerservice@mapleleafpens.example or 1-519-555-0182.\n")
    eml = reply(po, body, "2026-11-19 08:03:15", ("Maple Leaf Pens - Order Management", "erp-noreply@mapleleafpens.example"),
                tz="-0500", client="erp", charset="us-ascii", cte="7bit", html=False, quote="none", thread=False,
                subject="Sales Order Acknowledgement SO-118842 / Your PO 4500018856",
                attachments=[(att, "application/pdf", "SO-118842.pdf")],
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "NetSuite")])
    e = exp_conf("ERP-generated mail counts as a confirmation: ln 1 as ordered; ln 2 delivery 2026-12-18; ln 3 288 "
                 "instead of 300 boxes (full cases).",
                 conf(po, {1: acc(po, 1), 2: chg(50, "44.50", "2026-12-18"), 3: chg(288, "3.20", "2026-12-11")}))
    return [po], eml, e
