"""Cases 037-054: Baltic/Asian/English confirmations, attachments, multi-PO and the first needs_review cases."""
from decimal import Decimal as D

from .common import case, sup, mkpo, conf, other, C, reply, kw, request_text, req_subject, DOM
from . import mime
from .pdf import make_pdf


@case("lv-tennis-cans-two-deliveries", "confirmation/lv-LV",
      "Latvian split '7 000 gab. 11.12.2026, atlikušie 5 000 gab. 18.12.2026' with space thousands separators.")
def c037():
    s = sup("TBK", "SIA Tenisa Bumbu Kārbas", "pasutijumi@tbk.example", "lv-LV")
    p = mkpo("4500032480", s, "EUR", "2026-11-09", [
        ("TBK-CAN-4B", "Tennis ball can 4-ball, 75x290 mm, PET, clear", 12000, "EA", "0.52", "2026-12-11"),
        ("TBK-LID-75", "Aluminium pressure lid 75 mm, 2027 tournament print", 12000, "EA", "0.23", "2026-12-11"),
    ])
    body = """Labdien, Mara!

Apstiprinām pasūtījumu Nr. 4500032480. Cenas bez izmaiņām.
1. pozīcija (kārbas): 7 000 gab. 11.12.2026, atlikušie 5 000 gab. 18.12.2026.
2. pozīcija (vāciņi): visi 12 000 gab. 11.12.2026.

Ar cieņu
Līga Bērziņa
Pārdošanas nodaļa
SIA Tenisa Bumbu Kārbas
Rūpniecības iela 21, Rīga, LV-1045
Tel. +371 67 812 445
"""
    eml = reply(p, ("Līga Bērziņa", "liga.berzina@tbk.example"), "2026-11-16 09:33:27 +0200", body,
                charset="iso-8859-13", cte="quoted-printable", client="outlook", qlang="en")
    return [p], eml, conf([(p, {1: C(d="2026-12-18", sch=[(7000, "2026-12-11"), (5000, "2026-12-18")]), 2: "A"})],
                          "Line 1 split 7000 + 5000 = 12000 (space thousands separator), last delivery 2026-12-18; line 2 complete on the requested 11.12.")


@case("ru-lagging-price-per-tonne", "confirmation/ru-RU",
      "KOI8-R reply quotes '0,8 т' at '1 850 EUR/т' for a line ordered in KG: convert to 1.85 per kg.")
def c038():
    s = sup("UKV", 'ООО "УралКонвейер"', "sbyt@uralkonveer.example", "ru-RU")
    p = mkpo("4500032505", s, "EUR", "2026-11-05", [
        ("UKV-SBR-60", "Rubber lagging compound SBR, 60 Shore A", 800, "KG", "1.90", "2026-12-14"),
        ("UKV-ROL-133", "Idler roll 133x465 mm, 6305 bearings", 50, "EA", "38.60", "2026-12-14"),
    ])
    body = """Добрый день, Мара!

По заказу N 4500032505 подтверждаем:
1) Резиновая смесь SBR 60 Shore A - 0,8 т, цена 1 850 EUR/т, отгрузка 14.12.2026.
2) Ролик 133x465 - 50 шт. по 38,60 EUR, отгрузка 14.12.2026.

С уважением,
Дмитрий Соколов
отдел сбыта
ООО "УралКонвейер"
620102, г. Екатеринбург, ул. Посадская, д. 23
тел. +7 343 278-41-90
"""
    eml = reply(p, ("Дмитрий Соколов", "d.sokolov@uralkonveer.example"), "2026-11-13 12:47:33 +0500", body,
                charset="koi8-r", cte="quoted-printable", client="tb", qstyle="tb", prefix="Re: ", html=False)
    return [p], eml, conf([(p, {1: C(p="1.85"), 2: "A"})],
                          "0,8 т = 800 kg (unchanged); 1 850 EUR per tonne = 1.85 EUR per kg vs PO 1.90 -> price changed; ship date "
                          "14.12.2026 (only date given) equals the requested date; line 2 as ordered.")


@case("he-dialysis-chairs-8-of-10", "confirmation/he-IL",
      "Right-to-left Hebrew windows-1255 base64: only 8 of 10 chairs can be supplied.")
def c039():
    s = sup("SHR", "S.R. Medical Equipment Ltd", "orders@sr-medical.example", "he-IL")
    p = mkpo("4500032530", s, "USD", "2026-11-10", [
        ("SHR-DC4-27", "Dialysis chair, 4 motors, 24V, 2027 model", 10, "EA", "2640.00", "2026-12-16"),
        ("SHR-TBL-4030", "Chair side table, swivel, 40x30 cm", 10, "EA", "118.00", "2026-12-16"),
    ])
    body = """שלום מרה,

מאשרים את הזמנה 4500032530:
שורה 1 - כיסא דיאליזה: נוכל לספק 8 יח' בלבד (במקום 10), מחיר 2,640.00 USD, אספקה 16.12.2026.
שורה 2 - שולחן צד: 10 יח', מחיר 118.00 USD, אספקה 16.12.2026.

בברכה,
נועה כהן
מחלקת מכירות
ש.ר. ציוד רפואי בע"מ
רח' המלאכה 14, פתח תקווה
טל' 03-9214470
"""
    eml = reply(p, ("נועה כהן", "noa.cohen@sr-medical.example"), "2026-11-18 13:19:04 +0200", body,
                charset="windows-1255", cte="base64", client="outlook", qlang="en")
    return [p], eml, conf([(p, {1: C(q=8), 2: "A"})],
                          "Line 1: only 8 units instead of 10, price and 16.12.2026 unchanged; line 2 as ordered.")


@case("ar-spa-covers-arabic-english", "confirmation/ar-AE",
      "Arabic text with an English restatement ('17-Dec-2026') moving both lines; the old date 10/12/2026 also appears.")
def c040():
    s = sup("GSC", "Gulf Spa Covers Trading LLC", "sales@gulfspacovers.example", "ar-AE")
    p = mkpo("4500032555", s, "AED", "2026-11-09", [
        ("GSC-CVR-230", "Hot tub cover 230x230 cm, 5/3 inch taper, UV vinyl", 15, "EA", "1650.00", "2026-12-10"),
        ("GSC-LFT-HA", "Cover lifter, hydraulic assist", 15, "EA", "720.00", "2026-12-10"),
    ])
    body = """السيدة مارا المحترمة،

نؤكد طلب الشراء رقم 4500032555 بنفس الكميات والأسعار.
موعد التسليم: 17/12/2026 لكلا البندين (بدلاً من 10/12/2026).

Please note: delivery 17-Dec-2026 for both lines, quantities and prices as per your PO.

مع أطيب التحيات،
أحمد الحمادي
Sales Coordinator
Gulf Spa Covers Trading LLC
Warehouse 7, Al Quoz Industrial Area 3, Dubai, UAE
Tel: +971 4 338 1920
"""
    eml = reply(p, ("Ahmed Al Hammadi", "ahmed@gulfspacovers.example"), "2026-11-19 10:02:55 +0400", body,
                charset="utf-8", cte="base64", client="outlook365", qlang="en")
    d = "2026-12-17"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "Arabic and English both give 17/12/2026 for both lines; '10/12/2026' is the replaced requested date.")


@case("zhcn-abacus-beads-per-box", "confirmation/zh-CN",
      "GB2312 reply prices beads per box of 100 ('8.00 元/盒') while the PO unit is PCS: 0.08 per piece.")
def c041():
    s = sup("NBS", "Ningbo Abacus Bead Crafts Co., Ltd.", "sales@nb-abacus.example", "zh-CN")
    p = mkpo("4500032580", s, "CNY", "2026-11-06", [
        ("NBS-BD-12", "Abacus bead, beechwood 12 mm, natural", 20000, "PCS", "0.085", "2026-12-15"),
        ("NBS-ROD-240", "Abacus rod, bamboo 3 mm x 240 mm", 3000, "PCS", "0.42", "2026-12-15"),
    ])
    body = """Mara 女士您好！

贵司订单 4500032580 确认如下：
1. 榉木算盘珠 12mm：共 20000 粒（200 盒，每盒 100 粒），单价 8.00 元/盒，交货期 2026年12月15日。
2. 竹制算盘杆 3x240mm：3000 支，单价 0.42 元/支，交货期 2026年12月15日。

如有问题请随时联系。

此致
敬礼

王丽
销售部
宁波算盘珠工艺品有限公司
浙江省宁波市鄞州区工业园区 8 号
电话：+86 574 8823 6170
"""
    eml = reply(p, ("王丽", "wangli@nb-abacus.example"), "2026-11-12 16:40:18 +0800", body,
                charset="gb2312", cte="base64", client="plain", qlang="en", html=False)
    return [p], eml, conf([(p, {1: C(p="0.08"), 2: "A"})],
                          "20000 beads = 200 boxes x 100; 8.00 CNY per box = 0.08 per piece vs PO 0.085 -> changed price; line 2 as ordered.")


@case("ko-rice-pots-table-euckr", "confirmation/ko-KR",
      "EUC-KR table with Korean dates '2026년 12월 17일', a reduced quantity noted in a remark and KRW prices with commas.")
def c042():
    s = sup("HBP", "Hanbit Rice Cooker Parts Co., Ltd.", "export@hanbitparts.example", "ko-KR")
    p = mkpo("4500032605", s, "KRW", "2026-11-10", [
        ("HBP-IH6-25", "IH rice cooker inner pot 6-cup, 2.5 mm, 2027 model", 500, "PCS", "18500", "2026-12-11"),
        ("HBP-SVC-01", "Steam valve cap assembly", 1000, "PCS", "2300", "2026-12-11"),
        ("HBP-PKR-22", "Pressure packing ring 22 cm", 1000, "PCS", "1750", "2026-12-11"),
    ])
    body = """Mara Lindqvist 님께,

안녕하십니까. 한빛밥솥부품 해외영업팀 김민준입니다.
발주서 4500032605 건 아래와 같이 확인드립니다.

항목 | 품번       | 수량  | 단가(KRW) | 납기
1    | HBP-IH6-25 | 500   | 18,500    | 2026년 12월 17일
2    | HBP-SVC-01 | 1,000 | 2,300     | 2026년 12월 11일
3    | HBP-PKR-22 | 800   | 1,750     | 2026년 12월 11일 (잔여 200개 공급 불가)

감사합니다.

김민준 과장
(주)한빛밥솥부품 해외영업팀
경기도 안산시 단원구 목내로 55
Tel. +82 31 492 7710
"""
    eml = reply(p, ("김민준", "mj.kim@hanbitparts.example"), "2026-11-17 14:06:51 +0900", body,
                charset="euc-kr", cte="base64", client="outlook", qlang="en")
    return [p], eml, conf([(p, {1: C(d="2026-12-17"), 2: "A", 3: C(q=800)})],
                          "Line 1 delivery moves to 2026-12-17; line 2 as ordered; line 3 only 800 of 1000 (remaining 200 cannot be supplied).")


@case("th-pill-counters-buddhist-year", "confirmation/th-TH",
      "TIS-620 Thai with Buddhist-era dates '15 ธ.ค. 2569' (= 2026) and a later date for the electronic counters.")
def c043():
    s = sup("TPC", "Thai Pharma Counter Co., Ltd.", "sales@thaipharmacounter.example", "th-TH")
    p = mkpo("4500032630", s, "THB", "2026-11-11", [
        ("TPH-TRY-1220", "Manual pill counting tray with spatula, 12x20 cm", 200, "EA", "145.00", "2026-12-15"),
        ("TPH-CAP-24V", "Electronic capsule counter, 24V adapter", 5, "EA", "18900.00", "2026-12-15"),
    ])
    body = """เรียน คุณมาร่า

บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500032630 ดังนี้
1. ถาดนับยา 200 ชิ้น ราคา 145.00 บาท ส่งมอบวันที่ 15 ธ.ค. 2569
2. เครื่องนับแคปซูล 5 เครื่อง ราคา 18,900.00 บาท ส่งมอบวันที่ 22 ธ.ค. 2569

ขอแสดงความนับถือ
สมชาย ศรีสุข
ฝ่ายขาย
บริษัท ไทยฟาร์มาเคาน์เตอร์ จำกัด
โทร. 02-312-4478
"""
    eml = reply(p, ("Somchai Srisuk", "somchai@thaipharmacounter.example"), "2026-11-20 15:45:10 +0700", body,
                charset="tis-620", cte="base64", client="outlook", qlang="en")
    return [p], eml, conf([(p, {1: "A", 2: C(d="2026-12-22")})],
                          "Thai Buddhist era 2569 = 2026 CE; ธ.ค. = December: line 1 15 Dec as ordered, line 2 22 Dec; prices unchanged.")


@case("id-zoo-mesh-dikirim-dua-tahap", "confirmation/id-ID",
      "Indonesian split shipment (ship dates only) with decimal commas 'USD 21,40/m2' and '5.000 pcs'.")
def c044():
    s = sup("JSN", "PT Jaring Satwa Nusantara", "sales@jaringsatwa.example", "id-ID")
    p = mkpo("4500032655", s, "USD", "2026-11-09", [
        ("JSN-RM2-50", "Stainless rope mesh 2 mm, 50x50 mm aperture", 900, "M2", "21.40", "2026-12-14"),
        ("JSN-FRL-2", "Ferrule 2 mm, stainless", 5000, "PCS", "0.11", "2026-12-14"),
    ], buyer="tom")
    body = """Dengan hormat Bapak Tom,

Kami konfirmasi PO 4500032655 sebagai berikut:
- Item 1: 900 m2, USD 21,40/m2, dikirim dalam dua tahap: 500 m2 tanggal 11 Desember 2026 dan 400 m2 tanggal 18 Desember 2026.
- Item 2: 5.000 pcs, USD 0,11/pcs, dikirim tanggal 11 Desember 2026.

Hormat kami,
Dewi Lestari
Marketing Export
PT Jaring Satwa Nusantara
Jl. Raya Industri No. 88, Cikarang, Bekasi 17530
Telp. +62 21 8990 3341
"""
    eml = reply(p, ("Dewi Lestari", "dewi@jaringsatwa.example"), "2026-11-16 10:25:44 +0700", body,
                charset="iso-8859-1", cte="quoted-printable", client="gmail", qstyle="gmail", prefix="Re: ")
    return [p], eml, conf([(p, {1: C(d="2026-12-18", sch=[(500, "2026-12-11"), (400, "2026-12-18")]),
                                2: C(d="2026-12-11")})],
                          "Only ship dates ('dikirim') are given, so they count: line 1 500 + 400 m2 on 11 and 18 Dec (last 12-18); "
                          "line 2 all 5000 on 11 Dec; prices unchanged (decimal comma).")


@case("enza-idlers-erp-pdf-ack", "confirmation/en-ZA",
      "Automatic ERP mail ('do not reply') whose Flate PDF acknowledgement confirms, reprices one line and moves it past year-end.")
def c045():
    s = sup("KCC", "Karoo Conveyor Components (Pty) Ltd", "orders@karooconveyor.example", "en-ZA")
    p = mkpo("4500032680", s, "ZAR", "2026-11-06", [
        ("KCC-TRS-127-35", "Troughing idler set 127 mm x 3 roll, 35 deg", 40, "SET", "1845.00", "2026-12-18"),
        ("KCC-RET-1150", "Return idler 127x1150 mm", 60, "EA", "612.00", "2026-12-18"),
        ("KCC-GRL-152-5", "Garland idler set 152 mm, 5 roll", 6, "SET", "7320.00", "2026-12-18"),
    ])
    pdf = make_pdf([
        ("KAROO CONVEYOR COMPONENTS (PTY) LTD", "B"),
        "14 Steel Road, Wadeville, Germiston 1428, South Africa   Reg. 2004/018833/07   VAT 4470219876",
        "",
        ("SALES ORDER ACKNOWLEDGEMENT   SO-771204", "B"),
        "Date: 2026/11/12        Customer PO: 4500032680        Customer: BRIGHTWATER SUPPLY CO",
        "Currency: ZAR        Incoterms: FCA Durban",
        "",
        "Ln  Item             Description                            Qty   UoM   Unit Price    Delivery",
        "1   KCC-TRS-127-35   Troughing idler set 127x3, 35 deg       40   SET     1,845.00    2026/12/18",
        "2   KCC-RET-1150     Return idler 127x1150                   60   EA        636.48    2027/01/15",
        "3   KCC-GRL-152-5    Garland idler set 152, 5 roll            6   SET     7,320.00    2026/12/18",
        "",
        "Line 2: price per 2026/11 steel index; delivery after plant shutdown 2026/12/19 - 2027/01/10.",
        "",
        "Order total excl. VAT: ZAR 155,908.80",
        "This acknowledgement is subject to our standard terms of sale.",
    ], title="SO-771204", author="Sage X3", created="20261112071530+02'00'")
    body = """Dear Customer,

Please find attached our Sales Order Acknowledgement SO-771204 for your purchase order 4500032680.

This is an automatically generated e-mail. Please do not reply to this address; contact orders@karooconveyor.example for queries.

Karoo Conveyor Components (Pty) Ltd
"""
    eml = reply(p, ("KCC Sales Orders", "noreply@karooconveyor.example"), "2026-11-12 07:15:42 +0200", body,
                charset="us-ascii", cte="7bit", client="erp", quote=None, html=False, thread=False,
                subject="Sales Order Acknowledgement SO-771204 / Your PO 4500032680",
                atts=[("SO-771204.pdf", "application/pdf", pdf)])
    assert 40 * D("1845") + 60 * D("636.48") + 6 * D("7320") == D("155908.80")
    return [p], eml, conf([(p, {1: "A", 2: C(p="636.48", d="2027-01-15"), 3: "A"})],
                          "ERP-generated mail, but the PDF commits to the order -> confirmation. Line 2 ZAR 636.48 and 2027/01/15; "
                          "the shutdown dates and the order total are distractors; lines 1 and 3 as ordered.")


@case("enau-hay-tines-csv", "confirmation/en-AU",
      "Confirmation only in a CSV attachment with day-first Australian dates and one price and one date change.")
def c046():
    s = sup("SCF", "Southern Cross Farm Tools Pty Ltd", "orders@sxfarmtools.example", "en-AU")
    p = mkpo("4500032705", s, "AUD", "2026-11-11", [
        ("SCF-TN-58-16", "Hay fork tine 5/8 in. x 16 in., forged", 400, "EA", "4.85", "2026-12-18"),
        ("SCF-BLT-38", "Tine retaining bolt 3/8 in. x 2-1/2 in.", 800, "EA", "0.62", "2026-12-18"),
        ("SCF-PFT-1200", "Pallet fork tine 1200 mm, 2.5 t rated", 10, "EA", "310.00", "2026-12-18"),
    ])
    csv = ("PO Number,Line,Item,Qty Confirmed,UOM,Unit Price AUD,Delivery Date,Comment\r\n"
           "4500032705,1,SCF-TN-58-16,400,EA,4.85,18/12/2026,\r\n"
           "4500032705,2,SCF-BLT-38,800,EA,0.62,23/12/2026,bolts from Melbourne DC\r\n"
           "4500032705,3,SCF-PFT-1200,10,EA,329.00,18/12/2026,2026 steel surcharge\r\n").encode("ascii")
    body = """Hi Mara,

Confirmation attached as CSV as per your supplier manual.

Cheers,
Brooke Nguyen
Customer Service | Southern Cross Farm Tools Pty Ltd
22 Foundry Rd, Toowoomba QLD 4350
P +61 7 4633 1180
"""
    eml = reply(p, ("Brooke Nguyen", "brooke.nguyen@sxfarmtools.example"), "2026-11-20 16:12:30 +1000", body,
                charset="utf-8", cte="7bit", client="outlook365", qlang="en",
                atts=[("PO4500032705_confirmation.csv", "text/csv", csv)])
    return [p], eml, conf([(p, {1: "A", 2: C(d="2026-12-23"), 3: C(p="329.00")})],
                          "All data in the CSV: line 1 as ordered; line 2 23/12/2026 (day-first); line 3 AUD 329.00 instead of 310.00.")


@case("ennz-tillers-three-pos-two-answered", "confirmation/en-NZ",
      "Three open POs from one supplier; the reply answers two of them and never mentions the third.")
def c047():
    s = sup("SAG", "Southern Alps Groomer Parts Ltd", "sales@sagparts.example", "en-NZ")
    pa = mkpo("4500032720", s, "NZD", "2026-11-04", [
        ("SAG-FNG-20150", "Tiller finger 20x150 mm, boron steel", 300, "EA", "14.20", "2026-12-11"),
        ("SAG-BLT-M12", "Finger bolt M12x45 10.9", 600, "EA", "1.35", "2026-12-11"),
    ])
    pb = mkpo("4500032731", s, "NZD", "2026-11-06", [
        ("SAG-CMB-45", "Tiller comb plate, 2027 type, 4.5 m", 2, "EA", "3890.00", "2026-12-18"),
    ])
    pc = mkpo("4500032744", s, "NZD", "2026-11-10", [
        ("SAG-CGD-12", "Tiller chain guard 1.2 m", 4, "EA", "275.00", "2026-12-11"),
    ])
    body = """Kia ora Mara,

Quick one on two of your orders:

4500032720 - all good, fingers and bolts as ordered, delivered 11 Dec.
4500032744 - chain guards: we're out of the 1.2 m stock, can do all 4 off on 18 Dec at the same price.

Cheers,
Hamish Campbell
Southern Alps Groomer Parts Ltd
7 Glenda Drive, Frankton, Queenstown 9300
Ph +64 3 442 8817
"""
    eml = reply(pc, ("Hamish Campbell", "hamish@sagparts.example"), "2026-11-19 11:50:03 +1300", body,
                charset="utf-8", cte="7bit", client="gmail", qstyle="gmail", prefix="Re: ",
                extra=[])
    return [pa, pb, pc], eml, conf([(pa, {1: "A", 2: "A"}), (pc, {1: C(d="2026-12-18")})],
                                   "4500032720 confirmed as ordered; 4500032744 moved to 18 Dec (no year -> 2026-12-18); "
                                   "4500032731 is not mentioned and is left out; the mail is threaded on 4500032744 only.")


@case("ensg-ribbons-forwarded-per-100", "confirmation/en-SG",
      "Sales rep forwards the factory's answer: spools priced 'USD 38.00 per 100 pcs' and ex-factory vs delivered dates.")
def c048():
    s = sup("LCR", "Lion City Ink Ribbon Pte Ltd", "sales@lioncityribbon.example", "en-SG")
    p = mkpo("4500032790", s, "USD", "2026-11-09", [
        ("LCR-SPL-12N", "Typewriter ribbon spool 1/2 in., nylon, black", 3000, "EA", "0.41", "2026-12-16"),
        ("LCR-RBN-1310", "Ribbon 13 mm x 10 m, red/black", 2000, "EA", "0.95", "2026-12-16"),
    ])
    body = """Hi Mara,

Please see below from our factory - your PO is confirmed. Note the spools are priced per 100 pcs.

Regards,
Jason Tan
Sales Manager
Lion City Ink Ribbon Pte Ltd
10 Ubi Crescent, #05-41 Ubi Techpark, Singapore 408564
DID +65 6741 2230 | HP +65 9182 4471

---------- Forwarded message ---------
From: Factory Planning <planning@lioncityribbon.example>
Date: Mon, 16 Nov 2026 at 09:02
Subject: PO 4500032790 Brightwater
To: Jason Tan <jason.tan@lioncityribbon.example>

Jason,

PO 4500032790 ok from our side:
- Spool 1/2 in. black: 3,000 pcs @ USD 38.00 per 100 pcs, ex-factory 9 Dec 2026, delivered Rotterdam 16 Dec 2026
- Ribbon 13 mm x 10 m: 2,000 pcs @ USD 0.95/pc, ex-factory 9 Dec 2026, delivered Rotterdam 16 Dec 2026

Planning team
"""
    eml = reply(p, ("Jason Tan", "jason.tan@lioncityribbon.example"), "2026-11-16 11:37:12 +0800", body,
                charset="utf-8", cte="quoted-printable", client="gmail", qstyle="gmail", prefix="Re: ")
    return [p], eml, conf([(p, {1: C(p="0.38"), 2: "A"})],
                          "Forwarded internal mail carries the answer: USD 38.00 per 100 pcs = 0.38 per EA (PO 0.41); delivered date "
                          "16 Dec wins over ex-factory 9 Dec; line 2 as ordered.")


# ------------------------------------------------------------------ needs_review

@case("engb-foghorn-question-rev", "needs_review/en-GB",
      "Supplier asks which compressor revision we want and explicitly holds the whole confirmation until we answer.")
def c049():
    s = sup("LMS", "Longships Marine Signals Ltd", "sales@longshipsmarine.example", "en-GB")
    p = mkpo("4500032810", s, "GBP", "2026-11-10", [
        ("LMS-HRN-DIA", "Fog horn diaphragm, 24V, 2 nm, rev C", 3, "EA", "1240.00", "2026-12-11"),
        ("LMS-CMP-24C", "Horn compressor 24V, rev C (2027)", 3, "EA", "865.00", "2026-12-11"),
    ])
    body = """Hi Mara,

Thanks for the order. Before we confirm: on line 2 do you need the rev C 24V compressor (2027 design) or the old rev B 12V unit? The drawing attached to your PO shows rev B but the item code is the rev C one, and the lead times are different (rev B ex stock, rev C approx. 5 weeks).

Line 1 looks fine, but we'd rather confirm the order in one go once we know.

Kind regards,
Oliver Pascoe
Sales Engineer
Longships Marine Signals Ltd
Unit 4, Trevol Business Park, Torpoint, Cornwall PL11 2TB
T: +44 1752 812 440
Registered in England & Wales No. 04418820
"""
    eml = reply(p, ("Oliver Pascoe", "o.pascoe@longshipsmarine.example"), "2026-11-12 10:05:37 +0000", body,
                charset="us-ascii", cte="7bit", client="outlook", qlang="en")
    return [p], eml, other("needs_review",
                           "A question about the revision; 'line 1 looks fine' is explicitly not a confirmation ('we'd rather confirm "
                           "in one go'); '5 weeks' is a lead time for one option, not a commitment.")


@case("de-insulators-termin-folgt", "needs_review/de-DE",
      "Order receipt acknowledged, binding dates promised 'bis Freitag, 20.11.2026': a date that is not a delivery date.")
def c050():
    s = sup("KIS", "Keramik-Isolatoren Selb GmbH", "vertrieb@isolatoren-selb.example", "de-DE")
    p = mkpo("4500032830", s, "EUR", "2026-11-09", [
        ("KIS-ST-20", "Ceramic standoff insulator M10x40, 20 kV", 1000, "EA", "3.75", "2026-12-14"),
        ("KIS-SP-3070", "Support insulator 30x70 mm, C 221 steatite", 400, "EA", "5.10", "2026-12-14"),
    ])
    body = """Sehr geehrte Frau Lindqvist,

vielen Dank für Ihre Bestellung 4500032830, die wir dankend erhalten haben.

Die Liefertermine klären wir gerade mit unserer Brennerei ab. Eine verbindliche Auftragsbestätigung erhalten Sie bis Freitag, 20.11.2026.

Mit freundlichen Grüßen
Sabine Köhler
Vertriebsinnendienst
Keramik-Isolatoren Selb GmbH
Vielitzer Straße 26, 95100 Selb
Tel. +49 9287 880-134
"""
    eml = reply(p, ("Sabine Köhler", "s.koehler@isolatoren-selb.example"), "2026-11-16 15:28:02 +0100", body,
                charset="iso-8859-1", cte="quoted-printable", client="outlook", qlang="de", prefix="AW: ")
    return [p], eml, other("needs_review",
                           "Receipt only; the binding confirmation will follow by Friday 20.11.2026 - that is a reply deadline, "
                           "not a delivery date.")


@case("fr-airship-fabric-sous-reserve-acompte", "needs_review/fr-FR",
      "Confirmation 'sous réserve de réception d'un acompte de 30 %' with a relative lead time: conditional, not a commitment.")
def c051():
    s = sup("TAL", "Tissus Aérostatiques de Lyon SA", "commercial@tissus-aerostat.example", "fr-FR")
    p = mkpo("4500032855", s, "EUR", "2026-11-10", [
        ("TAL-ENV-140", "Airship envelope fabric, TPU/nylon 140 g/m2, width 1.52 m", 800, "M", "24.60", "2026-12-18"),
        ("TAL-PATCH-30", "Repair patch kit 30x30 cm, same coating", 20, "SET", "42.00", "2026-12-18"),
    ])
    body = """Bonjour Madame Lindqvist,

Nous pouvons confirmer votre commande 4500032855 sous réserve de réception d'un acompte de 30 % (soit 6 156,00 EUR HT). Dès réception du virement, la livraison pourra intervenir sous trois semaines.

Vous trouverez notre RIB en pied de message.

Cordialement,
Hugo Bernard
Service commercial
Tissus Aérostatiques de Lyon SA
IBAN FR76 3000 4012 3400 0101 2345 678 - BIC BNPAFRPPLYO
Tél. +33 4 72 61 90 33
"""
    assert (800 * D("24.60") + 20 * D("42.00")) * D("0.30") == D("6156")
    eml = reply(p, ("Hugo Bernard", "commercial@tissus-aerostat.example"), "2026-11-13 09:12:48 +0100", body,
                charset="iso-8859-1", cte="quoted-printable", client="outlook", qlang="fr", prefix="RE : ")
    return [p], eml, other("needs_review",
                           "Conditional: confirmation only after a 30 % down payment, delivery 'three weeks after payment' gives no "
                           "date; the deposit amount is not a price.")


@case("it-ribbons-contradictory-dates", "needs_review/it-IT",
      "Confirms Friday 11/12, then a P.S. says the two-colour ribbons will not arrive before the 18th and 'maybe' all together.")
def c052():
    s = sup("NIV", "Nastri Ivrea srl", "ordini@nastri-ivrea.example", "it-IT")
    p = mkpo("4500032870", s, "EUR", "2026-11-11", [
        ("NIV-NB-13", "Typewriter ribbon 13 mm x 10 m, black, for Lettera 32", 400, "PCS", "3.90", "2026-12-11"),
        ("NIV-BC-13", "Typewriter ribbon 13 mm x 10 m, black/red", 300, "PCS", "4.20", "2026-12-11"),
    ])
    body = """Buongiorno Mara,

confermiamo l'ordine 4500032870, consegna venerdì 11/12 come richiesto.

Cordiali saluti
Paola Gianotti
Nastri Ivrea srl - Via Jervis 22, 10015 Ivrea (TO)
Tel. +39 0125 63 41 90

P.S. Ho appena sentito il magazzino: i nastri bicolore non arrivano prima del 18, quindi forse consegniamo tutto insieme il 18/12. Le faccio sapere.
"""
    eml = reply(p, ("Paola Gianotti", "p.gianotti@nastri-ivrea.example"), "2026-11-18 12:31:09 +0100", body,
                charset="iso-8859-15", cte="quoted-printable", client="tb", qstyle="tb", prefix="Re: ", html=False)
    return [p], eml, other("needs_review",
                           "The confirmation of 11/12 is contradicted by the P.S. ('forse' = maybe all on 18/12, 'Le faccio sapere'); "
                           "a careful buyer cannot tell which date holds for either line.")


@case("enus-tennis-cans-checking-dates", "needs_review/en-US",
      "'Checking the dates below with the plant': every date and price appears only in our own quoted request.")
def c053():
    s = sup("KTC", "Keystone Tube & Can Inc.", "orders@keystonecan.example", "en-US")
    p = mkpo("4500032895", s, "USD", "2026-11-12", [
        ("KTC-3B-PET", "Tennis ball can, 3 balls, PET, 2.75x9 in.", 24000, "EA", "0.31", "2026-12-15"),
        ("KTC-LID-AL", "Aluminum peel lid, 2.75 in., full-pressure", 24000, "EA", "0.14", "2026-12-15"),
    ], buyer="tom")
    body = """Thanks Tom, got it.

I'm checking the dates below with the plant and will get back to you by Wednesday.

Mike Sorensen
Customer Service Rep
Keystone Tube & Can Inc. | 1800 Industrial Hwy, York, PA 17402
(717) 555-0134
"""
    eml = reply(p, ("Mike Sorensen", "msorensen@keystonecan.example"), "2026-11-16 08:03:21 -0500", body,
                charset="utf-8", cte="7bit", client="android", qstyle="gmail", prefix="Re: ")
    return [p], eml, other("needs_review",
                           "Nothing is committed; quantities, prices and 12/15 appear only in our quoted request; 'by Wednesday' is a reply promise.")


@case("sk-airship-fabric-po-inventure", "needs_review/sk-SK",
      "Slovak 'objednávku sme prijali' with the delivery date to be confirmed after a stock count ending 30.11.")
def c054():
    s = sup("TTZ", "Technické Textílie Žilina s.r.o.", "obchod@textilie-zilina.example", "sk-SK")
    p = mkpo("4500032912", s, "EUR", "2026-11-12", [
        ("TTZ-AEF-180", "Airship envelope fabric, polyester/PU 180 g/m2, 1.6 m", 1500, "M", "15.90", "2026-12-16"),
        ("TTZ-TAPE-40", "Reinforcement tape 40 mm, 2027 spec", 1000, "M", "1.45", "2026-12-16"),
    ])
    body = """Dobrý deň, pani Lindqvist,

objednávku č. 4500032912 sme prijali, ďakujeme. Ceny sú v poriadku, termín dodania Vám potvrdíme po inventúre skladu, ktorú robíme do 30.11.

S pozdravom
Martina Hudecová
obchodné oddelenie
Technické Textílie Žilina s.r.o.
Priemyselná 6, 010 01 Žilina
tel.: +421 41 562 77 12
"""
    eml = reply(p, ("Martina Hudecová", "martina.hudecova@textilie-zilina.example"), "2026-11-17 13:55:14 +0100", body,
                charset="iso-8859-2", cte="quoted-printable", client="outlook", qlang="sk")
    return [p], eml, other("needs_review",
                           "Receipt plus 'prices are fine' but the delivery date will only be confirmed after the stock count "
                           "(30.11 is the count, not a delivery date): no line is committed.")
