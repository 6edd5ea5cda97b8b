"""Cases 037-054."""
from . import mime
from .common import (case, sup, po, acc, chg, REJ, UNC, conf, expc, expk, reply, when, rfcdate, iso,
                     kw_friday, req_subject, BUYERS_by_email, e, html_doc)
from .pdf import pdf
from .xlsx import xlsx


@case("hot-sauce-bottles-arabic-english", "confirmation/ar-AE",
      "Arabic windows-1256 letter with English item lines, one of which is declined in both languages.")
def c037():
    s = sup("GULFGLS", "Gulf Glass Packaging LLC", "sales@gulfglasspack.example", "ar-AE")
    p = po("4500219372", s, "mikkel", "USD", "2026-11-18", [
        ("GG-WB-250", "Woozy bottle 250 ml (8.5 oz), flint", 6000, "PCS", "0.38", "2026-12-18"),
        ("GG-SC-2860", "Shrink capsule 28x60 mm, red", 6000, "PCS", "0.03", "2026-12-18"),
        ("GG-CT-24", "Shipper carton 24 x 250 ml, partitioned", 250, "PCS", "0.95", "2026-12-18")])
    body = """السيد/ ميكيل براندت المحترم،

تحية طيبة وبعد،
نؤكد استلام أمر الشراء رقم 4500219372 ونؤكد البنود كما يلي:

Item 1 GG-WB-250: 6,000 PCS @ USD 0.38 - delivery 18/12/2026
Item 2 GG-SC-2860: 6,000 PCS @ USD 0.03 - delivery 18/12/2026
Item 3 GG-CT-24: غير متوفر حالياً / not available, we regret we cannot supply this item.

مع خالص التحيات،
Omar Al Hashimi | عمر الهاشمي
Sales Coordinator
Gulf Glass Packaging LLC, Jebel Ali Free Zone, Dubai, UAE
Tel: +971 4 555 3310
"""
    eml = reply(p, frm_name="Omar Al Hashimi", frm_addr="omar@gulfglasspack.example",
                w=when(2026, 11, 23, 9, 20, 4), body=body, cs="windows-1256", prefix="RE: ", lang="ar-AE",
                contact="Omar")
    return [p], eml, expc("Arabic letter with English lines: items 1 and 2 repeat the PO (6,000 with thousands comma, 18/12/2026 day-first); item 3 'not available, cannot supply' = rejected.",
                          conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: REJ}))


@case("ticket-printers-big5-reduced", "confirmation/zh-TW",
      "Traditional Chinese Big5 reply reducing line 1 from 12 to 10 printers, accepting line 2 and declining the discontinued rolls.")
def c038():
    s = sup("TPETICK", "Taipei Ticketing Equipment Co., Ltd.", "sales@tpe-ticketing.example", "zh-TW")
    p = po("4500219386", s, "dana", "USD", "2026-11-18", [
        ("TT-TP-80", "Thermal ticket printer 80 mm, 24V DC, RS-485", 12, "EA", "685.00", "2027-01-15"),
        ("TT-PH-80", "Print head 80 mm, 8 dots/mm, spare", 20, "EA", "142.00", "2027-01-15"),
        ("TT-RL-8060", "Ticket roll 80 mm x 60 m, BPA-free", 500, "ROL", "2.20", "2026-12-18")])
    body = """Dana 您好：

關於貴公司訂單 4500219386，回覆如下：
第1項 TT-TP-80 印表機：可供應 10 台（非 12 台），單價 USD 685.00，交貨日期 2027/01/15。
第2項 TT-PH-80 列印頭：數量 20 個，單價 USD 142.00，交貨日期 2027/01/15。
第3項 TT-RL-8060 票卷：本公司已停產，無法供應，敬請見諒。

順頌商祺

陳志明
業務部
台北票務設備股份有限公司
新北市新店區民權路 95 號 8 樓
Tel: +886 2 5555 1820
"""
    eml = reply(p, frm_name="陳志明", frm_addr="cm.chen@tpe-ticketing.example",
                w=when(2026, 11, 25, 15, 30, 8), body=body, cs="big5", cte="base64", prefix="RE: ",
                lang="zh-TW", contact="Mr. Chen")
    return [p], eml, expc("Line 1: only 10 of 12 printers (可供應 10 台（非 12 台）), price and date unchanged; line 2 as ordered (2027/01/15); line 3 discontinued, cannot supply = rejected.",
                          conf(p, {1: chg(p, 1, q=10), 2: acc(p, 2), 3: REJ}))


@case("bamboo-flooring-mid-december", "needs_review/vi-VN",
      "Vietnamese reply keeps the price but only promises delivery 'around mid-December' with the exact date to follow.")
def c039():
    s = sup("SANTRE", "Cong ty TNHH San Tre Viet", "sales@santreviet.example", "vi-VN")
    p = po("4500219399", s, "ines", "USD", "2026-11-18", [
        ("ST-BF-1596", "Bamboo flooring 15x96x960 mm, natural, UV lacquer", 1200, "M2", "18.60", "2026-12-18")])
    body = """Chào chị Ines,

Cảm ơn chị đã gửi đơn hàng 4500219399. Giá 18,60 USD/m2 bên em giữ nguyên cho 1.200 m2. Hàng dự kiến giao khoảng giữa tháng 12, bên em sẽ báo ngày chính xác khi có lịch tàu từ Hải Phòng.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Sàn Tre Việt
KCN Đình Vũ, Hải An, Hải Phòng
ĐT: +84 225 555 0188
"""
    eml = reply(p, frm_name="Nguyễn Thị Lan", frm_addr="lan.nguyen@santreviet.example",
                w=when(2026, 11, 24, 14, 10, 7), body=body, client="gmail", quote="gt", contact="Lan",
                cs="UTF-8", cte="base64", prefix="Re: ")
    return [p], eml, expk("needs_review", "Price and quantity are kept, but the date is only 'dự kiến ... khoảng giữa tháng 12' (expected around mid-December) with the exact date promised later; no committed date.")


@case("rice-cooker-spares-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 confirmation whose dates use the Buddhist-era year 2569 and a Thai month abbreviation (18 ธ.ค. 2569 = 2026-12-18).")
def c040():
    s = sup("THAIRC", "Thai Rice Cooker Parts Co., Ltd.", "sales@thai-rcparts.example", "th-TH")
    p = po("4500219403", s, "sofia", "USD", "2026-11-18", [
        ("TR-HP-700", "Heating plate 700W, 220-240V, for 1.8 L cooker", 300, "EA", "6.40", "2026-12-18"),
        ("TR-TF-165", "Thermal fuse 165 C, 10A 250V", 1000, "PCS", "0.22", "2026-12-18"),
        ("TR-SW-2P", "Cook/warm switch 2-pole", 500, "PCS", "0.85", "2026-12-18")])
    body = """เรียน คุณโซเฟีย

บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500219403 ดังนี้
1. TR-HP-700 จำนวน 300 ชิ้น ราคา 6.40 USD ส่งมอบวันที่ 18 ธ.ค. 2569
2. TR-TF-165 จำนวน 1,000 ชิ้น ราคา 0.22 USD ส่งมอบวันที่ 18 ธ.ค. 2569
3. TR-SW-2P จำนวน 500 ชิ้น ราคา 0.85 USD ส่งมอบวันที่ 18 ธ.ค. 2569

ขอแสดงความนับถือ
สมชาย ศรีสุข
ฝ่ายขายต่างประเทศ
บริษัท ไทยหม้อหุงข้าว อะไหล่ จำกัด
โทร. +66 2 555 4170
"""
    eml = reply(p, frm_name="Somchai Srisuk", frm_addr="somchai@thai-rcparts.example",
                w=when(2026, 11, 27, 10, 5, 7), body=body, cs="tis-620", cte="base64", prefix="RE: ",
                lang="th-TH", contact="Khun Somchai", subj_cs="tis-620")
    return [p], eml, expc("Thai dates in the Buddhist era: 18 ธ.ค. 2569 = 18 December 2026 (2569 - 543), equal to the requested date; quantities (1,000) and prices equal the PO, so all three lines are accepted.",
                          conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: acc(p, 3)}))


@case("net-floats-whole-po-declined", "confirmation/id-ID",
      "Indonesian reply declining the whole PO (both items) because capacity is full until March 2027: a rejection is an answer.")
def c041():
    s = sup("PELNUS", "PT Pelampung Nusantara", "penjualan@pelampung-nusantara.example", "id-ID")
    p = po("4500219417", s, "mikkel", "USD", "2026-11-19", [
        ("PN-FL-150", "Net float 150 mm, EVA, 2.0 kg uplift", 800, "PCS", "3.70", "2026-12-18"),
        ("PN-FL-100", "Net float 100x40 mm, PVC", 3000, "PCS", "0.95", "2026-12-18")])
    body = """Yth. Bapak Mikkel Brandt,

Terima kasih atas PO 4500219417. Mohon maaf, saat ini kami tidak dapat memenuhi pesanan tersebut (kedua item) karena kapasitas produksi kami sudah penuh hingga Maret 2027.

Semoga kita dapat bekerja sama kembali di lain kesempatan.

Hormat kami,
Dewi Kartika
Sales Export
PT Pelampung Nusantara
Jl. Raya Tambak Oso No. 88, Sidoarjo 61253, Jawa Timur
Telp. +62 31 555 0912
"""
    eml = reply(p, frm_name="Dewi Kartika", frm_addr="dewi.kartika@pelampung-nusantara.example",
                w=when(2026, 11, 24, 13, 30, 7), body=body, client="gmail", quote="gt", contact="Dewi",
                cs="UTF-8", prefix="Re: ")
    return [p], eml, expc("Whole order declined ('tidak dapat memenuhi pesanan ... kedua item'); March 2027 is the capacity horizon, not a delivery date. Both lines rejected.",
                          conf(p, {1: REJ, 2: REJ}))


@case("vent-motors-partial-delivery-question", "needs_review/ms-MY",
      "Malay reply asks whether a partial delivery (18 now, 12 in January) is acceptable before it will confirm; prices kept.")
def c042():
    s = sup("MOTBUM", "Motor Bumbung Hijau Sdn Bhd", "jualan@motorbumbung.example", "ms-MY")
    p = po("4500219420", s, "sofia", "MYR", "2026-11-19", [
        ("MB-VM-24", "Vent motor 24V DC, 40 Nm, 500 mm stroke", 30, "EA", "410.00", "2026-12-18"),
        ("MB-CT-08", "Controller 8-channel, IP65", 5, "EA", "980.00", "2026-12-18")])
    body = """Salam sejahtera Cik Sofia,

Terima kasih atas pesanan 4500219420. Stok motor 24V kami hanya 18 unit sekarang. Adakah pihak puan boleh terima penghantaran separa (18 unit dahulu pada 18/12, baki 12 unit pada Januari)? Harga kekal. Sila maklumkan supaya kami boleh sahkan pesanan.

Terima kasih,
Ahmad Faizal bin Rahman
Eksekutif Jualan
Motor Bumbung Hijau Sdn Bhd
Lot 22, Jalan Perindustrian 3, 43650 Bandar Baru Bangi, Selangor
Tel: +60 3 5555 2170
"""
    eml = reply(p, frm_name="Ahmad Faizal", frm_addr="faizal@motorbumbung.example",
                w=when(2026, 11, 25, 10, 55, 8), body=body, cs="us-ascii", cte="7bit", prefix="RE: ",
                lang="ms-MY", contact="Encik Ahmad")
    return [p], eml, expk("needs_review", "A question ('Adakah ... boleh terima penghantaran separa?') with a proposed split; the supplier will only confirm after our answer, and line 2 is not addressed.")


@case("press-blankets-hindi-rupees", "confirmation/hi-IN",
      "Hindi/English mix with rupee amounts in Indian digit grouping (₹9,950.00, ₹5,95,500.00) and dd-mm-yyyy dates; one price changed.")
def c043():
    s = sup("MUDRAN", "Mudran Samagri Pvt Ltd", "sales@mudransamagri.example", "hi-IN")
    p = po("4500219434", s, "dana", "INR", "2026-11-19", [
        ("MS-BL-1020", "Offset blanket 1.96 mm, 1020x860 mm, 4-ply", 50, "EA", "9800.00", "2026-12-18"),
        ("MS-UP-010", "Underpacking 0.10 mm, 1030x790 mm, pack of 10", 40, "BOX", "2450.00", "2026-12-18")])
    body = """नमस्ते Dana जी,

आपके PO 4500219434 के लिए धन्यवाद। हम निम्नलिखित की पुष्टि करते हैं:

1. MS-BL-1020 ब्लैंकेट – 50 नग, दर ₹9,950.00 प्रति नग (नई मूल्य सूची), डिलीवरी 18-12-2026
2. MS-UP-010 अंडरपैकिंग – 40 बॉक्स, दर ₹2,450.00 प्रति बॉक्स, डिलीवरी 18-12-2026

कुल मूल्य: ₹5,95,500.00 (GST अतिरिक्त)

सधन्यवाद,
राजेश शर्मा / Rajesh Sharma
Mudran Samagri Pvt Ltd
Plot 44, Sector 6, Faridabad 121006, Haryana
+91 129 555 6620
"""
    assert 50 * 9950 + 40 * 2450 == 595500
    eml = reply(p, frm_name="Rajesh Sharma", frm_addr="rajesh@mudransamagri.example",
                w=when(2026, 11, 26, 11, 30, 5, 30), body=body, client="gmail", quote="gt", contact="Rajesh",
                cs="UTF-8", cte="base64", prefix="Re: ")
    return [p], eml, expc("Line 1 price ₹9,950.00 instead of 9800.00; line 2 as ordered; the total ₹5,95,500.00 uses Indian lakh grouping and must not be taken as a unit price; dates 18-12-2026 equal the PO.",
                          conf(p, {1: chg(p, 1, price="9950.00"), 2: acc(p, 2)}))


@case("stretchers-dispatch-date-only", "confirmation/en-IN",
      "Indian English confirmation with Rs. amounts in lakh format that gives only a dispatch date (07-12-2026) for all lines, which becomes the date.")
def c044():
    s = sup("SANJRES", "Sanjeevani Rescue Equipment Pvt. Ltd.", "orders@sanjeevani-rescue.example", "en-IN")
    p = po("4500219448", s, "tomasz", "INR", "2026-11-19", [
        ("SR-SC-01", "Scoop stretcher, aluminium, 159 kg SWL", 10, "EA", "18500.00", "2026-12-18"),
        ("SR-SP-185", "Spine board 185x45 cm, HDPE, with 3 straps", 20, "EA", "7400.00", "2026-12-18"),
        ("SR-HI-2", "Head immobiliser set, adult", 20, "SET", "2150.00", "2026-12-18")])
    assert 10 * 18500 + 20 * 7400 + 20 * 2150 == 376000
    body = """Dear Sir,

Greetings from Sanjeevani!

We are pleased to confirm your esteemed PO No. 4500219448 dtd. 19-11-2026 as under:

1) Scoop stretcher SR-SC-01 - 10 nos @ Rs. 18,500/- each
2) Spine board SR-SP-185 - 20 nos @ Rs. 7,400/- each
3) Head immobiliser SR-HI-2 - 20 sets @ Rs. 2,150/- each

Total: Rs. 3,76,000/- + GST 12%

Material will be dispatched from our Pune works on 07-12-2026 by air freight. Kindly arrange the import formalities at your end.

Thanks & Regards,
Pradeep Kulkarni
Manager - Exports
Sanjeevani Rescue Equipment Pvt. Ltd.
Gat No. 112, Chakan MIDC, Pune 410501
Mob: +91 98220 55123
"""
    eml = reply(p, frm_name="Pradeep Kulkarni", frm_addr="exports@sanjeevani-rescue.example",
                w=when(2026, 11, 24, 12, 40, 5, 30), body=body, cs="us-ascii", cte="7bit", prefix="RE: ",
                lang="en-IN", contact="Pradeep")
    d = "2026-12-07"
    return [p], eml, expc("Quantities and prices (Rs. 18,500/- etc.) equal the PO; only a dispatch date 07-12-2026 (dd-mm-yyyy) is given, so it is the date for all three lines; the total Rs. 3,76,000/- is lakh-grouped.",
                          conf(p, {1: chg(p, 1, d=d), 2: chg(p, 2, d=d), 3: chg(p, 3, d=d)}))


@case("lacrosse-csv-each-vs-dozen", "confirmation/en-ZA",
      "The answer is in an attached CSV export where the balls line is given in EA (360 @ 17.50) for a PO in dozens (30 DZ @ 210.00), which is the same.")
def c045():
    s = sup("HIGHVELD", "Highveld Sticks (Pty) Ltd", "orders@highveld-sticks.example", "en-ZA")
    p = po("4500219452", s, "ines", "ZAR", "2026-11-20", [
        ("HS-ST-C40", "Complete stick 40in, youth, 2027 model", 60, "EA", "640.00", "2026-12-18"),
        ("HS-ST-D60", "Defence shaft 60in, scandium, black", 24, "EA", "1180.00", "2026-12-18"),
        ("HS-BL-NOC", "Lacrosse balls NOCSAE, yellow, dozen", 30, "DZ", "210.00", "2026-12-18")])
    csv = ("SalesOrder,CustomerPO,Line,Item,Description,Qty,UoM,UnitPrice,Currency,DeliveryDate\r\n"
           "SO-88213,4500219452,1,HS-ST-C40,\"Complete stick 40in, youth\",60,EA,640.00,ZAR,2026-12-18\r\n"
           "SO-88213,4500219452,2,HS-ST-D60,\"Defence shaft 60in, scandium\",24,EA,1215.00,ZAR,2027-01-08\r\n"
           "SO-88213,4500219452,3,HS-BL-NOC,\"Lacrosse ball NOCSAE yellow\",360,EA,17.50,ZAR,2026-12-18\r\n")
    body = """Hi Ines,

Please see attached our order confirmation for PO 4500219452 (CSV export from Sage). Line 2 has a small price increase on the scandium shafts and comes in the new year, sorry about that.

Cheers,
Thabo Nkosi
Highveld Sticks (Pty) Ltd
14 Electron Ave, Isando, Kempton Park 1600
Tel: +27 11 555 0934 | Cell: +27 82 555 7781
"""
    att = mime.att(csv.encode("ascii"), "text/csv", "SO-88213_4500219452.csv", cte="base64")
    eml = reply(p, frm_name="Thabo Nkosi", frm_addr="thabo@highveld-sticks.example",
                w=when(2026, 11, 26, 8, 25, 2), body=body, client="outlook", contact="Thabo", lang="en-ZA",
                atts=[att])
    return [p], eml, expc("Values are only in the CSV: line 2 1215.00 and 2027-01-08; line 3 is 360 EA at 17.50 = 30 DZ at 210.00 on 2026-12-18, i.e. as ordered; line 1 as ordered.",
                          conf(p, {1: acc(p, 1), 2: chg(p, 2, price="1215.00", d="2027-01-08"), 3: acc(p, 3)}))


@case("oyster-knives-day-first-no-year", "confirmation/en-AU",
      "Australian prose with day-first dates without a year ('18/12', '8/1') where 8/1 rolls over into January 2027.")
def c046():
    s = sup("COFFBAY", "Coffin Bay Shucking Co Pty Ltd", "orders@coffinbay-shucking.example", "en-AU")
    p = po("4500219465", s, "tomasz", "AUD", "2026-11-20", [
        ("CB-OK-065", "Oyster knife 65 mm blade, stainless, nylon handle", 300, "EA", "9.80", "2026-12-11"),
        ("CB-OK-075W", "Oyster knife 75 mm, wide tip, timber handle", 150, "EA", "14.20", "2026-12-11"),
        ("CB-GL-XL", "Shucking glove cut level F, XL", 100, "PAIR", "12.60", "2026-12-11")])
    body = """G'day Tomasz,

All good on 4500219465 - qty and pricing as per PO. We can't make the 11th though: earliest delivery into Oslo is 18/12 for lines 1 and 3. Line 2 (timber handles) won't be ready until 8/1, so that one lands 8/1.

Cheers
Matt O'Brien
Coffin Bay Shucking Co | 3 Esplanade, Coffin Bay SA 5607
0408 555 213
"""
    eml = reply(p, frm_name="Matt O'Brien", frm_addr="matt@coffinbay-shucking.example",
                w=when(2026, 11, 27, 10, 12, 11), body=body, client="apple", quote="gt", contact="Matt",
                prefix="Re: ")
    return [p], eml, expc("Day-first dates without a year: 18/12 -> 2026-12-18 for lines 1 and 3; 8/1 -> next 8 January on or after the mail date = 2027-01-08 for line 2; quantities and prices as ordered.",
                          conf(p, {1: chg(p, 1, d="2026-12-18"), 2: chg(p, 2, d="2027-01-08"), 3: chg(p, 3, d="2026-12-18")}))


@case("vent-motors-swiss-ab-pdf", "confirmation/de-CH",
      "Confirmation only in an attached Swiss PDF Auftragsbestätigung with KW 50 and 'Dienstag, KW 51' and a CHF price written 1'310.00.")
def c047():
    s = sup("GWTTHUR", "Gewächshaustechnik Thurgau AG", "verkauf@gwt-thurgau.example", "de-CH")
    p = po("4500219478", s, "sofia", "CHF", "2026-11-20", [
        ("GT-LM-24-600", "Linear motor 24V, 600 mm stroke, 1000 N", 12, "EA", "465.00", "2026-12-11"),
        ("GT-ZS-230", "Rack drive 230V, 2x 3 m shaft", 6, "SET", "1290.00", "2026-12-11"),
        ("GT-ES-15", "End switch set 15 mm", 12, "SET", "48.50", "2026-12-11")])
    lines = [("F2", 14, "Auftragsbestaetigung AB 26-11873"), ("F1", 9, "Gewaechshaustechnik Thurgau AG, Hauptstrasse 41, 8580 Amriswil"),
             "", "Kunde: Halvorsen Trading Group, Brobekkveien 80, 0582 Oslo",
             "Ihre Bestellung: 4500219478 vom 20.11.2026      Datum: 25.11.2026", "Sachbearbeiterin: Andrea Keller, +41 71 555 30 12", "",
             ("F3", 9, "Pos Artikel        Bezeichnung                      Menge  Einh  Preis CHF  Liefertermin"),
             ("F3", 9, "--- -------------- -------------------------------- ------ ----- ---------- -------------------"),
             ("F3", 9, "  1 GT-LM-24-600   Linearmotor 24V, Hub 600 mm        12   Stk      465.00  KW 50"),
             ("F3", 9, "  2 GT-ZS-230      Zahnstangenantrieb 230V 2x3 m       6   Set    1'310.00  Dienstag, KW 51"),
             ("F3", 9, "  3 GT-ES-15       Endschalter-Set 15 mm              12   Set       48.50  KW 50"), "",
             "Preise netto, exkl. MWST, Lieferung DAP Oslo.",
             "Pos. 2: Preisanpassung gemaess Kupferzuschlag 11/2026.",
             "Es gelten unsere allgemeinen Verkaufs- und Lieferbedingungen."]
    doc = pdf(lines, created="20261125144800+01'00'", producer="Abacus ERP", title="AB 26-11873")
    body = """Grüezi Frau Lindqvist

Besten Dank für Ihre Bestellung. Im Anhang erhalten Sie unsere Auftragsbestätigung AB 26-11873.

Freundliche Grüsse
Andrea Keller
Verkauf Innendienst

Gewächshaustechnik Thurgau AG
Hauptstrasse 41 | 8580 Amriswil
T +41 71 555 30 12
"""
    att = mime.att(doc, "application/pdf", "AB_26-11873.pdf")
    eml = reply(p, frm_name="Keller Andrea", frm_addr="andrea.keller@gwt-thurgau.example",
                w=when(2026, 11, 25, 14, 50, 1), body=body, cs="iso-8859-1", qlang="de", prefix="AW: ",
                lang="de-CH", contact="Ms Keller", atts=[att])
    assert iso(kw_friday(2026, 50)) == "2026-12-11"
    return [p], eml, expc("Values only in the PDF: KW 50 = Friday 2026-12-11 = requested (lines 1 and 3 accepted); line 2 'Dienstag, KW 51' = 2026-12-15 and CHF 1'310.00 (Swiss apostrophe thousands separator) instead of 1290.00.",
                          conf(p, {1: acc(p, 1), 2: chg(p, 2, price="1310.00", d=iso(kw_friday(2026, 51, 2))), 3: acc(p, 3)}))


@case("press-blankets-erp-pdf-flate", "confirmation/fr-BE",
      "Unthreaded ERP mail whose body says nothing but 'ci-joint'; the values are in a Flate-compressed PDF with French decimal commas.")
def c048():
    s = sup("BLANLIEG", "Blanchets Liégeois SA", "commandes@blanchets-liegeois.example", "fr-BE")
    p = po("4500219481", s, "dana", "EUR", "2026-11-20", [
        ("BL-CB-0790", "Compressible blanket 1.95 mm, 790x665 mm, bars fitted", 40, "EA", "118.00", "2026-12-18"),
        ("BL-CB-1030", "Compressible blanket 1.95 mm, 1030x840 mm", 25, "EA", "162.00", "2026-12-18")])
    lines = [("F2", 14, "CONFIRMATION DE COMMANDE N. CC-2026-04412"),
             ("F1", 9, "Blanchets Liegeois SA - Rue de l'Industrie 27 - 4020 Liege - TVA BE 0412.345.678"), "",
             "Client : Halvorsen Trading Group - Brobekkveien 80 - 0582 Oslo (NO)",
             "Votre commande : 4500219481 du 20/11/2026", "Date : 26/11/2026", "",
             ("F3", 9, "Pos Article      Designation                         Qte  Unite  Prix unit. EUR  Livraison"),
             ("F3", 9, "  1 BL-CB-0790   Blanchet compressible 790x665 barres  40  PC             118,00  18/12/2026"),
             ("F3", 9, "  2 BL-CB-1030   Blanchet compressible 1030x840        25  PC             168,00  18/12/2026"),
             "", "Total HT : 8 920,00 EUR", "Conditions : DAP Oslo, paiement 30 jours fin de mois.",
             "Merci de votre confiance."]
    assert 40 * 118 + 25 * 168 == 8920
    doc = pdf(lines, flate=True, created="20261126090200+01'00'", producer="Odoo", title="CC-2026-04412")
    body = """Madame, Monsieur,

Veuillez trouver ci-joint notre confirmation de commande n° CC-2026-04412 relative à votre commande 4500219481.

Ceci est un message généré automatiquement, merci de ne pas y répondre.
Blanchets Liégeois SA
"""
    att = mime.att(doc, "application/pdf", "CC-2026-04412.pdf")
    eml = reply(p, frm_name="Blanchets Liégeois SA", frm_addr="commandes@blanchets-liegeois.example",
                w=when(2026, 11, 26, 9, 2, 1), body=body, client="erp", html=False, quote="none",
                cs="iso-8859-1", thread=False, atts=[att],
                subject="Confirmation de commande CC-2026-04412 / Votre commande 4500219481",
                extra=[("X-Mailer", "Odoo")])
    return [p], eml, expc("ERP-generated PDF confirmation (Flate-compressed content stream), not an auto-reply: line 1 as ordered, line 2 at 168,00 instead of 162.00; '8 920,00' total is not a price.",
                          conf(p, {1: acc(p, 1), 2: chg(p, 2, price="168.00")}))


@case("stretchers-quebec-iso-dates", "confirmation/fr-CA",
      "Québec French with ISO dates (2027-01-22), '25 990,00 $ CA' with a space thousands separator and a 2027 price for one line.")
def c049():
    s = sup("CIVBOR", "Civières Boréal inc.", "commandes@civieres-boreal.example", "fr-CA")
    p = po("4500219495", s, "ines", "CAD", "2026-11-20", [
        ("CB-CV-650", "Powered stretcher 650 lb capacity, 2027 model", 2, "EA", "24800.00", "2027-01-15"),
        ("CB-MT-76", "Stretcher mattress 76 in, fluid resistant", 6, "EA", "410.00", "2027-01-15")])
    body = """Bonjour Mme Okafor,

Nous confirmons votre commande 4500219495 :

• Article 1 – civière motorisée CB-CV-650 : 2 unités à 25\u00a0990,00 $ CA l'unité (prix 2027), livraison le 2027-01-22.
• Article 2 – matelas CB-MT-76 : 6 unités à 410,00 $ CA, livraison le 2027-01-15.

Merci et bonne journée,

Marc-André Tremblay
Représentant aux ventes
Civières Boréal inc. | 2450, boul. Industriel, Sherbrooke (Québec) J1L 2T9
819 555-0142
"""
    eml = reply(p, frm_name="Marc-André Tremblay", frm_addr="ma.tremblay@civieres-boreal.example",
                w=when(2026, 11, 30, 15, 15, -5), body=body, client="apple", quote="gt", qlang="fr",
                contact="Marc-André", cs="utf-8", prefix="Re: ")
    return [p], eml, expc("fr-CA writes ISO dates: line 1 price 25 990,00 $ CA (= 25990.00 CAD) and date 2027-01-22; line 2 as ordered.",
                          conf(p, {1: chg(p, 1, price="25990.00", d="2027-01-22"), 2: acc(p, 2)}))


@case("iv-stands-partial-and-rejected", "confirmation/es-MX",
      "Mexican Spanish per-partida answers: 45 of 60 for line 1, line 2 as ordered, line 3 no longer made (rejected).")
def c050():
    s = sup("SOPBAJ", "Soportes Médicos del Bajío S.A. de C.V.", "ventas@soportesbajio.example", "es-MX")
    p = po("4500219502", s, "dana", "USD", "2026-11-23", [
        ("SB-PS-5R", "IV stand 5 casters, 2 hooks, height 1.2-2.1 m", 60, "EA", "46.00", "2026-12-18"),
        ("SB-PS-INF", "Infusion pump mount, 3/8 clamp, for 25-38 mm pole", 60, "EA", "18.50", "2026-12-18"),
        ("SB-BS-DL", "Weighted base 15 kg, 5-leg", 20, "EA", "39.00", "2026-12-18")])
    body = """Buen día Dana,

Gracias por su orden 4500219502. Le confirmamos lo siguiente:

Partida 1: sólo podemos surtir 45 piezas de las 60, mismo precio, entrega 18/12/2026.
Partida 2: 60 piezas, USD 18.50, entrega 18/12/2026.
Partida 3: la base de 15 kg ya no se fabrica, no podemos surtirla.

Saludos cordiales,
Lic. Alejandra Campos
Ventas Internacionales
Soportes Médicos del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 2550, León, Gto. C.P. 37270
Tel. +52 477 555 1180
"""
    eml = reply(p, frm_name="Alejandra Campos", frm_addr="acampos@soportesbajio.example",
                w=when(2026, 11, 26, 18, 40, -6), body=body, client="gmail", quote="gt", qlang="es",
                contact="Alejandra", cs="UTF-8", prefix="RE: ")
    return [p], eml, expc("Line 1 reduced to 45 (same price and date); line 2 as ordered (18/12/2026 day-first); line 3 'ya no se fabrica, no podemos surtirla' = rejected.",
                          conf(p, {1: chg(p, 1, q=45), 2: acc(p, 2), 3: REJ}))


@case("ticket-printers-xlsx-split-rolls", "confirmation/nl-BE",
      "Flemish mail pointing to an attached XLSX order confirmation in which the rolls line appears twice (40 + 20 boxes on two dates).")
def c051():
    s = sup("TICKVL", "Ticketprint Vlaanderen NV", "orders@ticketprint-vl.example", "nl-BE")
    p = po("4500219516", s, "dana", "EUR", "2026-11-23", [
        ("TV-TP-58", "Onboard ticket printer 58 mm, 12/24V", 30, "EA", "395.00", "2027-01-08"),
        ("TV-BR-58", "Mounting bracket for 58 mm printer, pole 35 mm", 30, "EA", "27.50", "2027-01-08"),
        ("TV-RL-5850", "Thermal roll 58 mm x 50 m, box of 50 rolls", 60, "BOX", "41.00", "2026-12-11")])
    rows = [["Orderbevestiging OB-2026-7731", None, None, None, None, None, None, None],
            ["Uw PO", "Lijn", "Artikel", "Omschrijving", "Aantal", "Eenheid", "Prijs EUR", "Leverdatum"],
            ["4500219516", 1, "TV-TP-58", "Ticketprinter 58 mm 12/24V", 30, "ST", 395, "08/01/2027"],
            ["4500219516", 2, "TV-BR-58", "Montagebeugel paal 35 mm", 30, "ST", 27.5, "08/01/2027"],
            ["4500219516", 3, "TV-RL-5850", "Thermische rol 58x50 (doos 50)", 40, "DOOS", 41, "11/12/2026"],
            ["4500219516", 3, "TV-RL-5850", "Thermische rol 58x50 (doos 50)", 20, "DOOS", 41, "18/12/2026"]]
    doc = xlsx(rows, sheet="OB-2026-7731", when=(2026, 11, 27, 11, 50, 0), creator="Exact Online")
    body = """Beste Dana,

In bijlage onze orderbevestiging voor PO 4500219516 (Excel). Alles volgens bestelling, behalve de rollen: die leveren we in twee keer.

Met vriendelijke groeten,
Pieter Vermeulen
Ticketprint Vlaanderen NV | Nijverheidslaan 12 | 8540 Deerlijk
+32 56 55 71 20
"""
    att = mime.att(doc, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "OB-2026-7731.xlsx")
    eml = reply(p, frm_name="Pieter Vermeulen", frm_addr="pieter.vermeulen@ticketprint-vl.example",
                w=when(2026, 11, 27, 11, 55, 1), body=body, cs="us-ascii", qlang="nl", prefix="RE: ",
                lang="nl-BE", contact="Pieter", atts=[att])
    return [p], eml, expc("XLSX lists line 3 twice: 40 boxes on 11/12/2026 and 20 on 18/12/2026 (dd/mm), so a schedule ending 2026-12-18; lines 1 and 2 as ordered (08/01/2027).",
                          conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, sched=[(40, "2026-12-11"), (20, "2026-12-18")])}))


@case("scaffold-couplers-per-position", "confirmation/sk-SK",
      "Slovak per-position list with space-grouped thousands (1 500 ks), a new price on position 3 and a withdrawn item on position 4.")
def c052():
    s = sup("SPOJTRN", "Lešenárske spojky Trnava s.r.o.", "obchod@spojky-trnava.example", "sk-SK")
    p = po("4500219520", s, "tomasz", "EUR", "2026-11-23", [
        ("ST-SP-48-90", "Right-angle coupler 48.3 mm, pressed, 90 deg", 1500, "PCS", "2.65", "2026-12-18"),
        ("ST-SP-48-SW", "Swivel coupler 48.3 mm, pressed", 1000, "PCS", "2.95", "2026-12-18"),
        ("ST-PN-48", "Putlog coupler 48.3 mm", 600, "PCS", "2.10", "2026-12-18"),
        ("ST-GC-48", "Girder coupler 48.3 mm, flange up to 26 mm", 200, "PCS", "6.80", "2026-12-18")])
    body = """Dobrý deň pán Wren,

k objednávke 4500219520:

pol. 1 – OK, 1 500 ks, 2,65 EUR, dodanie 18.12.2026
pol. 2 – OK, 1 000 ks, 2,95 EUR, dodanie 18.12.2026
pol. 3 – 600 ks, cena 2,25 EUR/ks (nový cenník od 1.11.), dodanie 18.12.2026
pol. 4 – nedodávame, výrobok bol stiahnutý z ponuky.

S pozdravom
Martin Horváth
obchodné oddelenie
Lešenárske spojky Trnava s.r.o. | Priemyselná 7, 917 01 Trnava
tel. +421 33 555 1290
"""
    eml = reply(p, frm_name="Martin Horváth", frm_addr="horvath@spojky-trnava.example",
                w=when(2026, 12, 1, 10, 0, 1), body=body, cs="windows-1250", prefix="RE: ", lang="sk-SK",
                contact="Martin")
    return [p], eml, expc("Positions 1-2 as ordered ('1 500' with a space thousands separator); position 3 new price 2,25 (the '1.11.' is a price-list date, not a delivery date); position 4 withdrawn = rejected.",
                          conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, price="2.25"), 4: REJ}))


@case("oyster-knives-pieces-vs-dozens", "confirmation/hr-HR",
      "PO in dozens, Croatian reply in pieces with per-piece prices (240 kom at 5,20 = 20 DZ at 62.40), so both lines are accepted.")
def c053():
    s = sup("OSTREA", "Ostrea Alati d.o.o.", "prodaja@ostrea-alati.example", "hr-HR")
    p = po("4500219533", s, "mikkel", "EUR", "2026-11-23", [
        ("OA-NO-60", "Oyster knife 60 mm, Ston type, olive wood", 20, "DZ", "62.40", "2026-12-11"),
        ("OA-NO-80", "Oyster knife 80 mm, Pisa type, PP handle", 15, "DZ", "48.00", "2026-12-11")])
    body = """Poštovani gospodine Brandt,

potvrđujemo narudžbu 4500219533:

1. OA-NO-60 – 240 kom, cijena 5,20 EUR/kom, isporuka 11.12.2026.
2. OA-NO-80 – 180 kom, cijena 4,00 EUR/kom, isporuka 11.12.2026.

Lijep pozdrav,
Ivana Marić
Ostrea Alati d.o.o. | Obala kralja Tomislava 3, 20230 Ston
tel. +385 20 555 118
"""
    eml = reply(p, frm_name="Ivana Marić", frm_addr="ivana.maric@ostrea-alati.example",
                w=when(2026, 11, 26, 13, 30, 1), body=body, cs="windows-1250", prefix="RE: ", lang="hr-HR",
                contact="Ivana")
    return [p], eml, expc("Conversion from pieces to dozens: 240 kom = 20 DZ and 5,20 x 12 = 62.40; 180 kom = 15 DZ and 4,00 x 12 = 48.00; date equal. Both accepted despite all numbers differing on the surface.",
                          conf(p, {1: acc(p, 1), 2: acc(p, 2)}))


@case("climbing-holds-two-of-four", "confirmation/sl-SI",
      "Slovenian reply confirms positions 1 and 4 only; positions 2 and 3 are simply not mentioned and must be unconfirmed.")
def c054():
    s = sup("OPRALP", "Oprimki Alpe d.o.o.", "narocila@oprimki-alpe.example", "sl-SI")
    p = po("4500219547", s, "sofia", "EUR", "2026-11-24", [
        ("OP-SL-S10", "Sloper set S, 10 pcs, PU, dual-tex", 30, "SET", "69.00", "2026-12-18"),
        ("OP-PI-M08", "Pinch set M, 8 pcs", 30, "SET", "74.00", "2026-12-18"),
        ("OP-MC-XS50", "Micro foot chips XS, 50 pcs", 40, "SET", "45.00", "2026-12-18"),
        ("OP-VL-6045", "Volume 60x45 cm triangle, fibreglass", 10, "EA", "189.00", "2026-12-18")])
    body = """Pozdravljeni,

za naročilo 4500219547 potrjujemo:
- poz. 1 Sloper set S: 30 kompletov po 69,00 EUR, dobava 18.12.2026
- poz. 4 Volumen 60x45: 10 kosov po 189,00 EUR, dobava 18.12.2026

Lep pozdrav,
Nina Kranjc
Oprimki Alpe d.o.o. | Savska cesta 22, 4000 Kranj
+386 4 555 2210
"""
    eml = reply(p, frm_name="Nina Kranjc", frm_addr="nina@oprimki-alpe.example",
                w=when(2026, 11, 27, 9, 45, 1), body=body, client="thunderbird", quote="gt", html=False,
                cs="iso-8859-2", contact="Nina", prefix="Re: ", lang="sl-SI")
    return [p], eml, expc("Only positions 1 and 4 are confirmed (as ordered); positions 2 and 3 are not addressed and stay unconfirmed.",
                          conf(p, {1: acc(p, 1), 2: UNC, 3: UNC, 4: acc(p, 4)}))
