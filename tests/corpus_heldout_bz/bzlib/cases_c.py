"""Cases 035-046: confirmations (part 3)."""
from .common import (case, S, PO, reply, conf, exp, acc, chg, REJ, UNC, kw, next_date, D, rfc_date, attachment,
                     req_text, gt, attribution, outlook_quote)


@case("ua-ship-only-short", "confirmation/uk-UA",
      "Ukrainian prose (windows-1251) giving only a shipment date and a reduced quantity for the bobbins with the rest not coming.")
def _(name):
    sup = S("TKCHOV", "TOV Tkatski Chovnyky", "zbut@tkatski-chovnyky.example", "uk-UA")
    po = PO("4510039570", sup, "EUR", "2026-11-24", [
        ("CHV-YAS-30", "Hand loom shuttle, ash wood 30 cm", 40, "PCS", "26.00", "2026-12-18"),
        ("CHV-BOB-6", "Shuttle bobbins 6 cm, pack of 12", 60, "BOX", "7.20", "2026-12-18"),
    ])
    body = """Добрий день, пані Марен!

Дякуємо за замовлення 4510039570. Човники (поз. 1) можемо відвантажити в повному обсязі - 40 шт. за ціною 26,00 EUR, а шпулі (поз. 2) - лише 45 упаковок за ціною 7,20 EUR, решти немає і до весни не буде.
Відвантаження обох позицій - 11.12.2026.

З повагою,
Оксана Мельник
ТОВ "Ткацькі Човники"
вул. Городоцька, 174, м. Львів, 79022
тел. +380 32 555 41 87
"""
    eml = reply(name, po, ("Оксана Мельник", "zbut@tkatski-chovnyky.example"), rfc_date(2026, 12, 1, 14, 20, 11, "+0200"),
                body, client="gmail", quote="gmail", charset="windows-1251", cte="base64")
    return [po], eml, exp("confirmation", "Only a shipment date (11.12.2026) is given, so it is the date; line 2 only 45 of 60 packs, the rest will not come.",
                          conf(po, {1: chg(po, 1, d="2026-12-11"), 2: chg(po, 2, q=45, d="2026-12-11")}))


@case("ee-bottom-posted", "confirmation/et-EE",
      "Estonian Thunderbird reply in ISO-8859-13 written below the quoted request (bottom-posting), so the PO table comes before the answer.")
def _(name):
    sup = S("RIIULM", "Riiulimeister OÜ", "tellimused@riiulimeister.example", "et-EE")
    po = PO("4510039590", sup, "EUR", "2026-11-24", [
        ("RL-KASE-200", "Bookshop shelving unit, birch, 2000x1000x400 mm", 10, "PCS", "342.00", "2026-12-22"),
        ("RL-RATAS-4", "Castor set 4 pcs, 50 mm, 2 braked", 10, "SET", "24.00", "2026-12-22"),
    ])
    ans = """Tere, Maren!

Kinnitame tellimuse 4510039590 muutmata kujul: 10 tk riiuleid hinnaga 342,00 EUR/tk ja 10 komplekti rattaid hinnaga 24,00 EUR/kompl, tarne 22.12.2026.

Lugupidamisega
Kätlin Mägi
Riiulimeister OÜ, Tööstuse 48, 10416 Tallinn
tel +372 655 5127
"""
    body = attribution(po, "tbird") + "\n" + gt(req_text(po)) + "\n" + ans
    eml = reply(name, po, ("Kätlin Mägi", "katlin.magi@riiulimeister.example"), rfc_date(2026, 12, 1, 9, 3, 58, "+0200"),
                body, client="tbird", quote="none", charset="iso-8859-13", cte="8bit", html=False, prefix="Re:")
    return [po], eml, exp("confirmation", "Bottom-posted answer confirming everything unchanged (22.12.2026 = requested date).",
                          conf(po, {1: acc(po, 1), 2: acc(po, 2)}))


@case("lt-month-genitive", "confirmation/lt-LT",
      "Lithuanian date '2026 m. gruodžio 21 d.' (year-first with the month in the genitive) in ISO-8859-13 base64.")
def _(name):
    sup = S("NARDIR", "Nardymo Įranga UAB", "uzsakymai@nardymo-iranga.example", "lt-LT")
    po = PO("4510039610", sup, "EUR", "2026-11-25", [
        ("REG-1ST-INT", "Scuba regulator 1st stage, INT/yoke 232 bar", 8, "EA", "215.00", "2026-12-18"),
        ("HOSE-LP-90", "LP hose 90 cm, 3/8\" UNF", 20, "EA", "18.50", "2026-12-18"),
    ])
    body = """Laba diena,

patvirtiname užsakymą Nr. 4510039610:
1 poz. - 8 vnt. po 215,00 EUR
2 poz. - 20 vnt. po 18,50 EUR

Pristatymas - 2026 m. gruodžio 21 d.

Pagarbiai
Tomas Kazlauskas
Nardymo Įranga UAB
Savanorių pr. 178, LT-03154 Vilnius
Tel. +370 5 255 5819
"""
    eml = reply(name, po, ("Tomas Kazlauskas", "uzsakymai@nardymo-iranga.example"), rfc_date(2026, 12, 2, 13, 15, 20, "+0200"),
                body, client="outlook", lang="lt-LT", charset="iso-8859-13", cte="base64", html_charset="utf-8")
    return [po], eml, exp("confirmation", "'2026 m. gruodžio 21 d.' = 2026-12-21 for both lines; quantities and prices unchanged.",
                          conf(po, {1: chg(po, 1, d="2026-12-21"), 2: chg(po, 2, d="2026-12-21")}))


@case("vn-price-up", "confirmation/vi-VN",
      "Vietnamese UTF-8 reply, decimal comma prices (8,20 USD) and dd/mm/yyyy dates; one price raised because of cotton cost.")
def _(name):
    sup = S("VONGSG", "Vong Sai Gon Co., Ltd.", "sales@vongsaigon.example", "vi-VN")
    po = PO("4510039630", sup, "USD", "2026-11-16", [
        ("VNG-DU-200", "Hammock rope nylon 5 mm, 200 m roll", 60, "ROL", "21.00", "2026-12-18"),
        ("VNG-LUOI-2M", "Hammock net 2 m, cotton 12/3 twisted", 150, "PCS", "7.80", "2026-12-18"),
    ])
    body = """Chào chị Maren,

Công ty chúng tôi xác nhận đơn hàng số 4510039630 như sau:
1. Dây võng nylon 5 mm: 60 cuộn x 21,00 USD - giao ngày 18/12/2026.
2. Lưới võng 2 m: 150 cái x 8,20 USD (giá bông tăng) - giao ngày 18/12/2026.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh - Công ty TNHH Võng Sài Gòn
123 Lý Thường Kiệt, Phường 7, Quận 11, TP. Hồ Chí Minh
ĐT: +84 28 5555 6712
"""
    eml = reply(name, po, ("Nguyễn Thị Thu Hà", "sales@vongsaigon.example"), rfc_date(2026, 11, 23, 15, 44, 2, "+0700"),
                body, client="gmail", quote="gmail")
    return [po], eml, exp("confirmation", "Line 1 as ordered; line 2 price 8.20 (decimal comma) instead of 7.80.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, p="8.20")}))


@case("th-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 reply with the delivery date in the Buddhist era ('22 ธ.ค. 2569' = 2026-12-22).")
def _(name):
    sup = S("SIAMPK", "Siam Packaging Co., Ltd.", "sales@siampackaging.example", "th-TH")
    po = PO("4510039650", sup, "USD", "2026-11-18", [
        ("ATM-30-GLS", "Glass perfume atomizer 30 ml, 15/415 pump", 1000, "PCS", "0.92", "2026-12-18"),
        ("CAP-15-ALU", "Aluminium cap 15 mm, gold", 1000, "PCS", "0.11", "2026-12-18"),
    ])
    body = """เรียน คุณ Maren

ทางบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4510039650 ดังนี้
รายการที่ 1  ขวดสเปรย์น้ำหอม 30 ml  จำนวน 1,000 ชิ้น  ราคา 0.92 USD
รายการที่ 2  ฝาอลูมิเนียม 15 mm  จำนวน 1,000 ชิ้น  ราคา 0.11 USD
กำหนดส่งสินค้า 22 ธ.ค. 2569

ขอแสดงความนับถือ
สมชาย ศรีสุข
ฝ่ายขายต่างประเทศ
บริษัท สยามแพ็คเกจจิ้ง จำกัด
99/12 ถนนพระราม 2 แขวงแสมดำ เขตบางขุนเทียน กรุงเทพฯ 10150
โทร. +66 2 555 3184
"""
    eml = reply(name, po, ("Somchai Srisuk", "sales@siampackaging.example"), rfc_date(2026, 11, 25, 10, 12, 45, "+0700"),
                body, client="outlook", lang="th-TH", charset="tis-620", cte="base64", html_charset="utf-8")
    assert 2569 - 543 == 2026
    return [po], eml, exp("confirmation", "Buddhist-era year 2569 = 2026: delivery 2026-12-22 for both lines; quantities and prices unchanged.",
                          conf(po, {1: chg(po, 1, d="2026-12-22"), 2: chg(po, 2, d="2026-12-22")}))


@case("id-kirim-reject", "confirmation/id-ID",
      "Indonesian reply with ship ('kirim') dates equal to the requested date, decimal comma prices, and one item no longer produced.")
def _(name):
    sup = S("KJNUS", "PT Kayu Jati Nusantara", "sales@kayujati-nusantara.example", "id-ID")
    po = PO("4510039670", sup, "USD", "2026-11-19", [
        ("BASE-JATI-20", "Salt lamp base, teak 20x20x4 cm", 600, "PCS", "2.60", "2026-12-21"),
        ("BASE-JATI-25", "Salt lamp base, teak 25x25x5 cm, 24V LED", 300, "PCS", "3.75", "2026-12-21"),
        ("BASE-BMB-15", "Salt lamp base, bamboo 15 cm round", 500, "PCS", "1.40", "2026-12-21"),
    ])
    body = """Selamat siang Ibu Maren,

Terima kasih atas PO 4510039670. Berikut konfirmasi kami:
Item 1: 600 pcs @ USD 2,60 - kirim 21 Desember 2026
Item 2: 300 pcs @ USD 3,75 - kirim 21 Desember 2026
Item 3 (bambu): mohon maaf, tidak bisa kami produksi lagi.

Salam,
Dewi Lestari
Marketing Ekspor
PT Kayu Jati Nusantara
Jl. Raya Jepara-Kudus Km 5, Jepara 59418, Jawa Tengah
Telp. +62 291 555 712
"""
    eml = reply(name, po, ("Dewi Lestari", "sales@kayujati-nusantara.example"), rfc_date(2026, 11, 26, 13, 5, 9, "+0700"),
                body, client="gmail", quote="gmail", charset="iso-8859-1", cte="quoted-printable")
    return [po], eml, exp("confirmation", "Ship date 21 Desember 2026 (no delivery date) equals the requested date: items 1-2 accepted; item 3 rejected.",
                          conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: REJ}))


@case("my-etd-delivery", "confirmation/ms-MY",
      "Malay/English mix with ETD Port Klang 04/12/2026 and a later DDP delivery date 28/12/2026 that wins.")
def _(name):
    sup = S("MAKPLS", "Makmal Plastik Sdn. Bhd.", "sales@makmalplastik.example", "ms-MY")
    po = PO("4510039690", sup, "USD", "2026-11-19", [
        ("CFT-15-STR", "Centrifuge tube 15 ml, sterile, 50/rack", 100, "BOX", "14.20", "2026-12-18"),
        ("CFT-50-STD", "Centrifuge tube 50 ml, self-standing, 25/bag", 80, "BOX", "12.80", "2026-12-18"),
    ], buyer=2)
    body = """Salam sejahtera Puan Priya,

Kami mengesahkan PO 4510039690 seperti berikut:
Item 1 - 100 kotak @ USD 14.20
Item 2 - 80 kotak @ USD 12.80

ETD Port Klang: 04/12/2026
Delivery to your warehouse (DDP Manchester): 28/12/2026

Harap maklum, sea freight mengambil masa lebih lama pada bulan Disember.

Terima kasih,
Nur Aisyah binti Razak
Sales Executive
Makmal Plastik Sdn. Bhd.
Lot 23, Jalan Perusahaan 4, Kawasan Perindustrian Batu Caves, 68100 Selangor, Malaysia
Tel: +60 3 6185 5521
"""
    eml = reply(name, po, ("Nur Aisyah Razak", "aisyah@makmalplastik.example"), rfc_date(2026, 11, 26, 17, 22, 31, "+0800"),
                body, client="outlook", lang="ms-MY")
    return [po], eml, exp("confirmation", "Delivery date 28/12/2026 (DDP) wins over ETD 04/12/2026; quantities and prices as ordered.",
                          conf(po, {1: chg(po, 1, d="2026-12-28"), 2: chg(po, 2, d="2026-12-28")}))


@case("hi-in-hinglish", "confirmation/hi-IN",
      "Hindi-English mix; dispatch date 07/12/2026 is a distractor, the delivery 'तक 14/12/2026' matches the PO.")
def _(name):
    sup = S("MEHTAT", "Mehta Tattoo Supplies Pvt. Ltd.", "sales@mehtatattoo.example", "hi-IN")
    po = PO("4510039750", sup, "USD", "2026-11-20", [
        ("NDL-0905RL", "Tattoo needle 09/05RL, box of 50", 120, "BOX", "6.40", "2026-12-14"),
        ("NDL-1211M1", "Tattoo needle 12/11M1, box of 50", 80, "BOX", "6.90", "2026-12-14"),
    ])
    body = """नमस्ते Maren जी,

आपका PO 4510039750 confirm है।
Item 1: 120 box @ USD 6.40
Item 2: 80 box @ USD 6.90
Dispatch 07/12/2026, delivery आपके Manchester warehouse पर 14/12/2026 तक।

धन्यवाद,
राहुल मेहता
Mehta Tattoo Supplies Pvt. Ltd.
B-14, Okhla Industrial Area Phase II, New Delhi 110020
Mob. +91 98110 55534
"""
    eml = reply(name, po, ("Rahul Mehta", "sales@mehtatattoo.example"), rfc_date(2026, 11, 27, 11, 48, 0, "+0530"),
                body, client="gmail", quote="gmail", cte="base64")
    return [po], eml, exp("confirmation", "Delivery by 14/12/2026 (day-first) equals the requested date; dispatch 07/12 is only the ship date.",
                          conf(po, {1: acc(po, 1), 2: acc(po, 2)}))


@case("ae-arabic-partial-qty", "confirmation/ar-AE",
      "Arabic windows-1256 right-to-left text with Western digits; one line confirmed for 1,000 of 1,200 pieces.")
def _(name):
    sup = S("GLDPPK", "Golden Perfume Packaging LLC", "sales@golden-perfume-pack.example", "ar-AE")
    po = PO("4510039770", sup, "USD", "2026-11-20", [
        ("ATM-50-CRY", "Crystal perfume atomizer 50 ml, gold collar", 400, "PCS", "4.60", "2026-12-17"),
        ("ATM-8-TRV", "Travel atomizer 8 ml, refillable", 1200, "PCS", "1.15", "2026-12-17"),
    ])
    body = """السيدة مارين المحترمة،

تحية طيبة وبعد،

نؤكد لكم طلب الشراء رقم 4510039770 كما يلي:
البند 1: 400 قطعة بسعر 4.60 دولار أمريكي للقطعة
البند 2: 1,000 قطعة فقط بسعر 1.15 دولار أمريكي (الكمية المتبقية 200 قطعة غير متوفرة)
تاريخ التسليم: 17/12/2026

مع خالص التحية،
خالد المنصوري
قسم المبيعات - شركة العطور الذهبية للتغليف ذ.م.م
المنطقة الصناعية 2، القوز، دبي، الإمارات العربية المتحدة
هاتف: +971 4 555 2318
"""
    html = ("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head>"
            "<body dir=\"rtl\"><div style=\"font-family:Tahoma;font-size:10pt\">"
            + "<br>\n".join(body.rstrip().split("\n")) + "</div></body></html>\n")
    eml = reply(name, po, ("خالد المنصوري", "sales@golden-perfume-pack.example"), rfc_date(2026, 11, 30, 10, 30, 0, "+0400"),
                body, client="outlook", lang="ar-AE", charset="windows-1256", cte="quoted-printable", html=html)
    return [po], eml, exp("confirmation", "Line 1 as ordered; line 2 only 1,000 of 1,200 pieces (remaining 200 unavailable) on 17/12/2026.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, q=1000)}))


@case("au-price-rise", "confirmation/en-AU",
      "Australian reply with day-first short dates ('Wed 16/12') and a price rise on one line written casually.")
def _(name):
    sup = S("SXREF", "Southern Cross Refractories Pty Ltd", "sales@sxrefractories.example", "en-AU")
    po = PO("4510039790", sup, "AUD", "2026-11-23", [
        ("PZS-380-RND", "Pizza stone 380 mm round, 15 mm cordierite", 200, "PCS", "16.40", "2026-12-16"),
        ("PZS-PEEL-12", "Pizza peel 12 in aluminium, 24 in handle", 60, "PCS", "22.80", "2026-12-16"),
    ])
    body = """G'day Maren,

PO 4510039790 is confirmed:

Line 1 - 200 stones. We've had a price increase since we quoted, so these are $17.20 each. Delivered to your Manchester dock Wed 16/12.
Line 2 - 60 peels @ $22.80, also Wed 16/12.

Cheers,
Jack Mitchell
Southern Cross Refractories Pty Ltd
27 Kororoit Creek Rd, Williamstown North VIC 3016
Ph (03) 9555 4410 | ABN 12 345 678 901
"""
    eml = reply(name, po, ("Jack Mitchell", "jack@sxrefractories.example"), rfc_date(2026, 11, 30, 9, 12, 40, "+1100"),
                body, client="outlook", lang="en-AU")
    return [po], eml, exp("confirmation", "Line 1 price 17.20 AUD instead of 16.40; both lines delivered 16/12 = 2026-12-16 (requested).",
                          conf(po, {1: chg(po, 1, p="17.20"), 2: acc(po, 2)}))


@case("us-csv-attachment", "confirmation/en-US",
      "Answer only in an attached CSV with US month-first ship and delivery dates; one line appears on two CSV rows (split delivery).")
def _(name):
    sup = S("GLPIN", "Great Lakes Pin Co.", "orders@greatlakespin.example", "en-US")
    po = PO("4510039810", sup, "USD", "2026-11-23", [
        ("BP-TEN-36", "Tenpin, hard maple, 3 lb 6 oz, 15 in", 200, "EA", "27.90", "2026-12-18"),
        ("BP-CANDLE-2", "Candlepin, 2 lb 8 oz, 15 3/4 in", 100, "EA", "21.40", "2026-12-18"),
        ("BP-DUCK-9", "Duckpin 9.4 in, 1 lb 8 oz", 60, "EA", "18.60", "2026-12-18"),
    ])
    csv = ("po_number,line,item,qty_confirmed,unit_price_usd,ship_date,delivery_date\r\n"
           "4510039810,1,BP-TEN-36,200,27.90,12/11/2026,12/18/2026\r\n"
           "4510039810,2,BP-CANDLE-2,100,21.40,12/11/2026,12/18/2026\r\n"
           "4510039810,3,BP-DUCK-9,40,18.60,12/11/2026,12/18/2026\r\n"
           "4510039810,3,BP-DUCK-9,20,18.60,01/08/2027,01/15/2027\r\n").encode()
    att = attachment(csv, "text/csv", "PO4510039810_confirmation.csv")
    body = """Hi Maren,

See attached CSV with our confirmation for PO 4510039810.

Thanks,
Dan Kowalski
Great Lakes Pin Co. | 1180 W. Bristol Rd, Flint, MI 48507 | (810) 555-0142
"""
    eml = reply(name, po, ("Dan Kowalski", "orders@greatlakespin.example"), rfc_date(2026, 12, 1, 8, 55, 12, "-0500"),
                body, client="gmail", quote="gmail", attachments=[att])
    return [po], eml, exp("confirmation", "CSV: lines 1-2 as ordered (delivery 12/18/2026); line 3 in two rows: 40 on 2026-12-18 and 20 on 2027-01-15 (delivery dates win over ship dates).",
                          conf(po, {1: acc(po, 1), 2: acc(po, 2),
                                    3: chg(po, 3, d="2027-01-15", sched=[(40, "2026-12-18"), (20, "2027-01-15")])}))


@case("gb-forwarded-workshop", "confirmation/en-GB",
      "The sales contact forwards the workshop's internal note as the confirmation; the dates (11/12, 15/01 without year) sit in the forwarded part.")
def _(name):
    sup = S("PENLOOM", "Pennine Loom Supplies Ltd", "sales@pennineloom.example", "en-GB")
    po = PO("4510039830", sup, "GBP", "2026-11-24", [
        ("SHT-FLY-14", "Fly shuttle 14 in, boxwood, steel tips", 20, "PCS", "48.00", "2026-12-11"),
        ("SHT-BOAT-11", "Boat shuttle 11 in, open bottom", 35, "PCS", "29.50", "2026-12-11"),
        ("PRN-6X1-10", "Pirns 6 in x 1 in, pack of 10", 25, "BOX", "12.75", "2026-12-11"),
    ])
    body = """Hi Maren,

Please see Gary's note below from the workshop - that's our confirmation for 4510039830. Prices as per your PO.

Regards,
Dave Hirst
Sales Office | Pennine Loom Supplies Ltd
Dean Clough Mills, Halifax HX3 5AX
T 01422 555 218

________________________________
From: Gary Ackroyd <gary.ackroyd@pennineloom.example>
Sent: 30 November 2026 09:12
To: Dave Hirst <dave.hirst@pennineloom.example>
Subject: RE: Brightwater 4510039830

Dave,

Fly shuttles: all 20 can go 11/12.
Boat shuttles: only 25 in finished stock, they can go 11/12 as well, the remaining 10 will be ready for 15/01.
Pirns fine for 11/12.

Gary
"""
    eml = reply(name, po, ("Dave Hirst", "dave.hirst@pennineloom.example"), rfc_date(2026, 11, 30, 10, 2, 7, "+0000"),
                body, client="outlook", lang="en-GB")
    return [po], eml, exp("confirmation", "Forwarded internal note: lines 1 and 3 on 11/12 (= requested); line 2 split 25 on 2026-12-11 and 10 on 15/01 -> 2027-01-15.",
                          conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-15", sched=[(25, "2026-12-11"), (10, "2027-01-15")]),
                                    3: acc(po, 3)}))
