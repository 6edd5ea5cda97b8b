from .common import *

@case("ningbo-gbk-zhengxiang", "confirmation", "zh-CN",
      "Simplified Chinese GBK base64 reply: quantities rounded to full cartons (整箱), delivery '12月20日前发货' ship date, Chinese number formatting.")
def c():
    s = Sup("NBLS", "宁波力士捆绑带有限公司", "sales@nb-lishi.example", "zh-CN")
    po = PO("4500031038", s, "USD", "2026-11-03", [
        ("RS-38-6M", "Ratchet strap 38 mm x 6 m, 2 t", 1000, "EA", "2.15", "2027-01-22"),
        ("RS-50-9M", "Ratchet strap 50 mm x 9 m, 5 t", 450, "EA", "4.60", "2027-01-22")])
    body = """Dana 您好！

感谢您的订单 4500031038，确认如下：

1. 38mm x 6m 紧固带：1000 条，单价 USD 2.15，12月20日前发货（海运）
2. 50mm x 9m 紧固带：按整箱出货，每箱 20 条，数量调整为 460 条（23 箱），单价 USD 4.60，12月20日前发货

如有问题请随时联系。

祝好！
王丽 Lily Wang
宁波力士捆绑带有限公司 外贸部
电话：+86 574 5555 1234 | 手机/微信：138 0574 1234"""
    eml = reply(po, addr("王丽 Lily Wang", "lily.wang@nb-lishi.example", "gbk"), "回复: " + req_subject(po),
                rfcdate("2026-11-05", "16:48:22", "+0800"), "<tencent_5F3C2A1B0E@qq-exmail.nb-lishi.example>",
                text(body + q_gmail(po, "------------------ 原始邮件 ------------------\n发件人: \"Dana Ruiz\"<dana.ruiz@nordhaven-supply.example>;\n发送时间: 2026年11月3日(星期二) 下午4:12"),
                     cs="gbk", cte="base64"), subj_cs="gbk")
    exp = conf("Only a ship date is given ('12月20日前发货' = ship by 20 Dec) -> date 2026-12-20 for both lines (earlier than 22 Jan). Line 2 rounded to 23 cartons x 20 = 460.",
               (po, {1: dict(d="2026-12-20"), 2: dict(q=460, d="2026-12-20")}))
    return [po], eml, exp

@case("taichung-big5-minguo", "confirmation", "zh-TW",
      "Traditional Chinese Big5 reply with Minguo (ROC) calendar dates 115/12/21 and 116/01/12, one line per dozen (打).")
def c():
    s = Sup("TCLH", "台中梯鉤工業股份有限公司", "sales@tc-ladderhook.example", "zh-TW")
    po = PO("4500031039", s, "TWD", "2026-11-04", [
        ("LH-40-ZN", "Ladder hook 40 mm zinc plated", 240, "EA", "18.00", "2026-12-21"),
        ("LH-70-PVC", "Ladder hook 70 mm PVC coated", 120, "EA", "32.00", "2026-12-21")])
    body = """Dana 小姐 您好：

貴公司訂單 4500031039 確認如下：

項次1  LH-40-ZN  240 個  單價 NT$18.00  交期 115/12/21
項次2  LH-70-PVC 120 個  每打 NT$396  交期 116/01/12（塑膠包覆原料延遲）

謝謝！

台中梯鉤工業股份有限公司 業務部 林美玲
TEL：04-2355-1234 分機 21　統一編號：12345678"""
    eml = reply(po, addr("林美玲", "meiling.lin@tc-ladderhook.example", "big5"), "RE: " + req_subject(po),
                rfcdate("2026-11-10", "10:02:45", "+0800"), "<000301db5331$7c8d9e0f$1a2b3c4d$@tc-ladderhook.example>",
                text(body + q_outlook(po), cs="big5", cte="base64"))
    exp = conf("ROC year 115 = 2026, 116 = 2027. Line 1 as ordered. Line 2 NT$396 per dozen (打) = 33.00 per EA (PO 32.00), date 2027-01-12.",
               (po, {1: "A", 2: dict(p="33.00", d="2027-01-12")}))
    return [po], eml, exp

@case("hanseong-chulgo-other-po", "unrelated", "ko-KR",
      "Korean shipping notice (출고 안내) with tracking number for a different, earlier PO from the same supplier.")
def c():
    s = Sup("HANS", "한성유압(주)", "sales@hanseong-hyd.example", "ko-KR")
    po = PO("4500031040", s, "KRW", "2026-11-09", [
        ("QC-1/4-SET", "Quick coupler set 1/4\"", 100, "SET", "6800", "2026-12-16"),
        ("QC-1/2-SET", "Quick coupler set 1/2\"", 40, "SET", "14500", "2026-12-16")])
    body = """안녕하세요, 한성유압 영업팀입니다.

발주번호 4500030877 건 금일 출고되었음을 안내드립니다.

- 품목: QC-3/8-SET 퀵커플러 세트 3/8"  60세트
- 출고일: 2026년 11월 12일
- 운송: CJ대한통운 / 운송장번호 6521-8890-1234
- 도착 예정: 2026년 11월 19일

감사합니다.
한성유압(주) 영업팀 | 경기도 시흥시 공단1대로 123 | TEL 031-555-7788"""
    eml = mail(addr("한성유압 영업팀", "sales@hanseong-hyd.example"), addr("Dana Ruiz", "dana.ruiz@nordhaven-supply.example"),
               "[출고안내] 발주번호 4500030877", rfcdate("2026-11-12", "15:30:00", "+0900"),
               "<ship-4500030877-20261112@hanseong-hyd.example>", text(body, cs="euc-kr", cte="base64"), subj_cs="euc-kr")
    return [po], eml, other("unrelated", "Shipping notice for PO 4500030877 (different item, different order); PO 4500031040 is not answered.")

@case("saigon-son-vnd", "confirmation", "vi-VN",
      "Vietnamese reply with dot-grouped VND amounts, one colour out of stock (rejected), one line reduced.")
def c():
    s = Sup("SGSON", "Công ty TNHH Sơn Đánh Dấu Sài Gòn", "kinhdoanh@sondanhdau-sg.example", "vi-VN")
    po = PO("4500031041", s, "VND", "2026-11-05", [
        ("SDD-DO-400", "Sơn xịt đánh dấu màu đỏ 400 ml", 600, "EA", "185000", "2026-12-10"),
        ("SDD-XL-400", "Sơn xịt đánh dấu xanh lá 400 ml", 300, "EA", "185000", "2026-12-10"),
        ("SDD-TR-400", "Sơn xịt đánh dấu trắng 400 ml", 300, "EA", "172000", "2026-12-10")])
    body = """Kính gửi chị Dana,

Công ty chúng tôi xác nhận đơn hàng số 4500031041 như sau:

1. Sơn đỏ 400ml: 600 chai, đơn giá 185.000 ₫, giao ngày 10/12/2026
2. Sơn xanh lá 400ml: hiện hết hàng và nhà máy ngừng sản xuất màu này, rất tiếc không thể cung cấp.
3. Sơn trắng 400ml: chỉ còn 240 chai, đơn giá 172.000 ₫, giao ngày 10/12/2026

Trân trọng,
Nguyễn Thị Hương
Phòng Kinh doanh - Công ty TNHH Sơn Đánh Dấu Sài Gòn
ĐT: 028 3555 1234 | MST: 0312345678"""
    eml = reply(po, addr("Nguyễn Thị Hương", "huong.nguyen@sondanhdau-sg.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-11", "09:14:03", "+0700"), "<SG2PR06MB5321.4F0A@sondanhdau-sg.example>",
                text(body + q_outlook(po)))
    exp = conf("185.000 ₫ = 185000 (dot thousands). L1 accepted; L2 out of stock and discontinued -> rejected; L3 only 240 -> changed quantity.",
               (po, {1: "A", 2: "R", 3: dict(q=240)}))
    return [po], eml, exp

@case("surabaya-harga-baru-box", "confirmation", "id-ID",
      "Indonesian reply confirming with a raw-material price increase per box and 'minggu depan Jumat' style relative date.")
def c():
    s = Sup("SBYG", "PT Sarung Tangan Surabaya", "sales@sts-gloves.example", "id-ID")
    po = PO("4500031042", s, "USD", "2026-11-06", [
        ("NTR-M-100", "Nitrile gloves size M, box of 100", 500, "BOX", "3.90", "2026-12-04"),
        ("NTR-L-100", "Nitrile gloves size L, box of 100", 500, "BOX", "3.90", "2026-12-04")])
    body = """Selamat siang Ibu Dana,

Terima kasih atas PO 4500031042. Kami konfirmasi:
- Nitrile M: 500 box
- Nitrile L: 500 box

Mohon maaf, karena kenaikan harga bahan baku lateks nitril, harga menjadi USD 4,15 per box untuk kedua ukuran.
Barang siap kirim hari Jumat minggu depan.

Salam,
Budi Santoso
PT Sarung Tangan Surabaya | Jl. Rungkut Industri III No. 12, Surabaya | Telp. (031) 555 8899 | NPWP 01.234.567.8-615.000"""
    d = plus(next_wd("2026-11-11", 0), 4)
    eml = reply(po, addr("Budi Santoso", "budi@sts-gloves.example"), "Re: " + req_subject(po),
                rfcdate("2026-11-11", "13:22:37", "+0700"), "<CAB4x9w2ZpL@mail.gmail.com>",
                text(body + q_gmail(po, "Pada Jum, 6 Nov 2026 pukul 15.12 Dana Ruiz <dana.ruiz@nordhaven-supply.example> menulis:")))
    exp = conf(f"Price USD 4,15 (decimal comma) per box for both lines. 'Jumat minggu depan' (Friday next week) from Wed 11 Nov = {d}; it is a ship-ready date, used as date.",
               (po, {1: dict(p="4.15", d=d), 2: dict(p="4.15", d=d)}))
    return [po], eml, exp

@case("klang-check-principal", "needs_review", "ms-MY",
      "Malaysian 'Noted, will check with principal and revert' reply in Malay/English mix - no commitment.")
def c():
    s = Sup("KLNG", "Klang Coatings Equipment Sdn. Bhd.", "sales@klangcoat.example", "ms-MY")
    po = PO("4500031043", s, "MYR", "2026-11-09", [
        ("PS-HVLP-800", "HVLP paint sprayer 800 W", 8, "EA", "420.00", "2026-12-18"),
        ("PS-ALS-390", "Airless paint sprayer 3.9 l/min", 2, "EA", "6850.00", "2026-12-18")])
    body = """Hi Dana,

Noted with thanks. Untuk item airless tu kena check dengan principal dulu sebab stok kat Malaysia habis. Will revert by early next week on both items ya.

Tq.

Regards,
Siti Aminah
Klang Coatings Equipment Sdn. Bhd. (123456-X)
Lot 22, Jalan Sungai Kayu Ara 32/39, 40460 Shah Alam | 03-5555 1234

Sent from my Huawei phone"""
    eml = reply(po, addr("Siti Aminah", "siti@klangcoat.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-10", "11:48:19", "+0800"), "<4b2f7e1c.AYcAAB3xYk@klangcoat.example>",
                text(body + q_outlook(po, "en", "Monday, 9 November 2026 4:12 PM")))
    return [po], eml, other("needs_review", "Acknowledgement only; the supplier will revert next week on both items.")

@case("cebu-taglish-couplers", "confirmation", "tl-PH",
      "Taglish reply 'Confirmed po lahat' with month-name dates ('Dec 10') and one item with new price.")
def c():
    s = Sup("CEBU", "Cebu Pneumatic Supply Corp.", "orders@cebupneumatic.example", "tl-PH")
    po = PO("4500031044", s, "PHP", "2026-11-05", [
        ("QC-14-NPT-M", "Quick coupler 1/4\" NPT male plug", 200, "PC", "68.00", "2026-12-10"),
        ("QC-14-NPT-F", "Quick coupler 1/4\" NPT female socket", 200, "PC", "145.00", "2026-12-10"),
        ("QC-38-NPT-F", "Quick coupler 3/8\" NPT female socket", 50, "PC", "210.00", "2026-12-10")])
    body = """Hi Ma'am Dana,

Good day po! Confirmed po lahat ng items sa PO 4500031044, delivery Dec 10. Pero sa 3/8 female socket po, tumaas na po ang presyo, P235.00 na po per pc. Same qty po lahat.

Salamat po!

Jenny Reyes
Sales Coordinator, Cebu Pneumatic Supply Corp.
(032) 255 1234 | 0917 555 1234"""
    eml = reply(po, addr("Jenny Reyes", "jenny.reyes@cebupneumatic.example"), "Re: " + req_subject(po),
                rfcdate("2026-11-09", "10:30:11", "+0800"), "<CAKd8Yv3nQ@mail.gmail.com>",
                text(body + q_gmail(po, "On Thu, Nov 5, 2026 at 4:12 PM Dana Ruiz <dana.ruiz@nordhaven-supply.example> wrote:")))
    exp = conf("All lines confirmed for Dec 10 (= requested) and ordered quantities; line 3 price 235.00.",
               (po, {1: "A", 2: "A", 3: dict(p="235.00")}))
    return [po], eml, exp

@case("ludhiana-kindly-note", "confirmation", "en-IN",
      "Indian English OC with 'Kindly note' style, Rs. prices with lakh separators, day-first 05/01/2027 dispatch and freight extra.")
def c():
    s = Sup("LDHN", "Punjab Cargo Lashing Pvt. Ltd.", "sales@punjablashing.example", "en-IN")
    po = PO("4500031045", s, "INR", "2026-11-04", [
        ("RS-50-8M-5T", "Ratchet strap 50 mm x 8 m, 5 t", 400, "EA", "1250.00", "2026-12-28"),
        ("RS-35-6M-3T", "Ratchet strap 35 mm x 6 m, 3 t", 600, "EA", "640.00", "2026-12-28")], buyer="priya")
    body = """Dear Madam,

Greetings from Punjab Cargo Lashing!

With reference to your esteemed PO No. 4500031045 dated 04/11/2026, we are pleased to confirm the same as under:

Sr. 1 - Ratchet strap 50mm x 8m 5T - 400 nos @ Rs. 1,250.00 - dispatch by 05/01/2027
Sr. 2 - Ratchet strap 35mm x 6m 3T - 600 nos @ Rs. 640.00 - dispatch by 28/12/2026

Total order value Rs. 8,84,000.00 + GST @18% + freight extra at actuals.

Kindly note that the 5T straps will be dispatched a little late due to webbing shortage.

Thanking you and assuring you of our best services at all times.

Yours faithfully,
For Punjab Cargo Lashing Pvt. Ltd.
Harpreet Singh
Manager - Sales
Focal Point, Phase VIII, Ludhiana 141010 | +91 98140 12345 | GSTIN 03AABCP1234C1Z9"""
    eml = reply(po, addr("Harpreet Singh", "harpreet@punjablashing.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-07", "12:40:00", "+0530"), "<PN2PR01MB4410.9C71@punjablashing.example>",
                text(body + q_outlook(po, "en", "04 November 2026 13:42")))
    exp = conf("Day-first dates: line 1 dispatch 05/01/2027 = 2027-01-05 (changed); line 2 28/12/2026 = requested -> accepted. Freight 'at actuals' does not change unit prices.",
               (po, {1: dict(d="2027-01-05"), 2: "A"}))
    return [po], eml, exp

@case("brisbane-ticket-ack", "auto_reply", "en-AU",
      "Helpdesk auto-acknowledgement 'Your request #48213 has been received' from the supplier's ticket system.")
def c():
    s = Sup("BRIS", "Brisbane Safety Supplies Pty Ltd", "orders@brissafety.example", "en-AU")
    po = PO("4500031046", s, "AUD", "2026-11-10", [
        ("CH-RUB-MIN", "Wheel chock rubber, mining grade", 16, "EA", "89.00", "2027-01-15")])
    t = """Hi Dana,

Thanks for contacting Brisbane Safety Supplies. This is an automated response to let you know that your request has been received and assigned ticket #48213.

Our customer service team aims to respond within 2 business days (Mon-Fri 7:30am-4:00pm AEST).

Please quote #48213 in any further correspondence.

Brisbane Safety Supplies Pty Ltd | ABN 12 345 678 901 | 1300 555 123"""
    eml = reply(po, addr("Brisbane Safety Supplies Support", "support@brissafety.example"),
                "[Ticket #48213] Re: " + req_subject(po), rfcdate("2026-11-10", "18:12:51", "+1000"),
                "<zd-48213-ack@brissafety.example>", text(t, cte="7bit"),
                extra=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    return [po], eml, other("auto_reply", "Ticket-system acknowledgement; does not commit to anything.")

@case("durban-forwarded-warehouse", "confirmation", "en-ZA",
      "Rep forwards an internal warehouse mail ('see below, we can do as per warehouse'): the split and dates are only in the forwarded part.")
def c():
    s = Sup("DRBN", "Coastal Tool Distributors (Pty) Ltd", "sales@coastaltools.example", "en-ZA")
    po = PO("4500031047", s, "ZAR", "2026-11-05", [
        ("SL-BOX-1200", "Spirit level box section 1200 mm", 60, "EA", "329.00", "2026-12-11"),
        ("SL-TORP-230", "Torpedo level 230 mm magnetic", 100, "EA", "89.50", "2026-12-11")])
    body = """Good day Dana

See below from our warehouse - we can do as per warehouse, prices as per your PO.

Kind regards
Thabo Nkosi
Sales | Coastal Tool Distributors (Pty) Ltd
Tel +27 31 555 0123 | Reg. 2009/012345/07 | VAT 4123456789

-----Original Message-----
From: Warehouse Durban <warehouse@coastaltools.example>
Sent: Tuesday, 10 November 2026 14:05
To: Thabo Nkosi <thabo@coastaltools.example>
Subject: RE: stock check PO 4500031047 Nordhaven

Thabo,
1200 box levels - 40 in stock, can go out 4/12. Balance 20 from the January container, ready 22/1.
Torpedo - all 100 available, 4/12 no problem.
Sipho

-----Original Message-----
From: Thabo Nkosi
Sent: Tuesday, 10 November 2026 09:30
To: Warehouse Durban
Subject: stock check PO 4500031047 Nordhaven

Can you check stock for the attached? Customer wants 11/12.""" + q_outlook(po, "en", "Thursday, 5 November 2026 10:12")
    eml = reply(po, addr("Thabo Nkosi", "thabo@coastaltools.example"), "FW: " + req_subject(po),
                rfcdate("2026-11-10", "15:20:38", "+0200"), "<JNAP275MB0411.6E1B@coastaltools.example>", text(body))
    exp = conf("Rep adopts the warehouse answer. Line 1: 40 on 2026-12-04 + 20 on 2027-01-22 (day-first, January -> 2027). Line 2: all 100 on 2026-12-04 (earlier than 11/12).",
               (po, {1: dict(s=[(40, "2026-12-04"), (20, "2027-01-22")]), 2: dict(d="2026-12-04")}))
    return [po], eml, exp

@case("dubai-arabic-indic-digits", "confirmation", "ar-AE",
      "Arabic RTL HTML reply with Arabic-Indic digits for quantities, prices and dates; one line changed in date.")
def c():
    s = Sup("DXBS", "مؤسسة الخليج لمواد السباكة", "sales@gulfplumbing.example", "ar-AE")
    po = PO("4500031048", s, "AED", "2026-11-04", [
        ("TS-PTFE-12", "PTFE thread seal tape 12 mm x 12 m", 1200, "ROL", "1.25", "2026-12-10"),
        ("TS-GEL-250", "Thread sealant gel 250 ml", 90, "EA", "24.00", "2026-12-10")])
    h = ("<html dir=\"rtl\"><body style=\"font-family:Arial\"><p>السيدة دانا المحترمة،</p>"
         "<p>تحية طيبة وبعد،</p><p>نؤكد لكم أمر الشراء رقم ٤٥٠٠٠٣١٠٤٨ كما يلي:</p>"
         "<p>١- شريط تفلون ١٢ مم: الكمية ١٬٢٠٠ لفة، السعر ١٫٢٥ درهم، التسليم ١٠/١٢/٢٠٢٦</p>"
         "<p>٢- جل مانع تسرب ٢٥٠ مل: الكمية ٩٠ قطعة، السعر ٢٤٫٠٠ درهم، التسليم ٢٠/١٢/٢٠٢٦</p>"
         "<p>مع خالص التحية،<br>أحمد الحمادي<br>مؤسسة الخليج لمواد السباكة - دبي، القوز الصناعية ٣<br>هاتف: ٠٤٣٣٣٤٤٥٥ | TRN 100123456700003</p>"
         + q_html(po, "On Wed, 4 Nov 2026, Dana Ruiz wrote:") + "</body></html>")
    eml = reply(po, addr("أحمد الحمادي", "ahmed@gulfplumbing.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-09", "10:05:31", "+0400"), "<DXBP281MB0101.2B3C@gulfplumbing.example>",
                mp("alternative", text("نؤكد لكم أمر الشراء رقم ٤٥٠٠٠٣١٠٤٨ - يرجى عرض النسخة HTML.", cte="base64"), text(h, "html", cte="base64")))
    exp = conf("Arabic-Indic digits with ٬ thousands and ٫ decimal separators, day-first. Line 1 as ordered; line 2 delivery 20/12/2026.",
               (po, {1: "A", 2: dict(d="2026-12-20")}))
    return [po], eml, exp

@case("haifa-1255-qp", "confirmation", "he-IL",
      "Hebrew windows-1255 quoted-printable reply: one pump earlier, one later 'בעוד שבועיים' (in two weeks) from the mail date.")
def c():
    s = Sup("HAIF", "ואקום טכנולוגיות חיפה בע\"מ", "sales@vacuum-haifa.example", "he-IL")
    po = PO("4500031049", s, "ILS", "2026-11-06", [
        ("VP-RV8", "Rotary vane vacuum pump 8 m3/h", 3, "EA", "5400.00", "2026-12-01"),
        ("VP-DIA-2", "Diaphragm vacuum pump 2 m3/h", 5, "EA", "2150.00", "2026-12-14")])
    body = """שלום דנה,

לגבי הזמנה 4500031049:
1. משאבה רוטרית 8 מק"ש - 3 יח' במחיר 5,400.00 ש"ח, אספקה בעוד שבועיים.
2. משאבת ממברנה - 5 יח' במחיר 2,150.00 ש"ח, אספקה 07/12/2026.

בברכה,
יוסי כהן
מחלקת מכירות | ואקום טכנולוגיות חיפה בע"מ | טל' 04-8555123 | ח.פ. 512345678"""
    d = plus("2026-11-19", 14)
    eml = reply(po, addr("יוסי כהן", "yossi@vacuum-haifa.example", "windows-1255"), "RE: " + req_subject(po),
                rfcdate("2026-11-19", "09:40:10", "+0200"), "<VI1P18901MB0707.1C2D@vacuum-haifa.example>",
                text(body + q_outlook(po), cs="windows-1255"))
    exp = conf(f"'בעוד שבועיים' = two weeks after the mail (Thu 19 Nov) = {d}, later than the requested 1 Dec. Line 2 07/12/2026 day-first = 2026-12-07, earlier than requested.",
               (po, {1: dict(d=d), 2: dict(d="2026-12-07")}))
    return [po], eml, exp

@case("sialkot-urdu-mix", "confirmation", "ur-PK",
      "Urdu/English mixed reply from Sialkot confirming all lines as ordered, with a big signature full of phone and NTN numbers.")
def c():
    s = Sup("SLKT", "Sialkot Rubber Works (Pvt) Ltd", "export@sialkotrubber.example", "ur-PK")
    po = PO("4500031050", s, "USD", "2026-11-05", [
        ("WC-RUB-8", "Rubber wheel chock 8 in", 300, "EA", "4.80", "2027-01-29"),
        ("WC-RUB-12", "Rubber wheel chock 12 in", 150, "EA", "7.90", "2027-01-29")])
    body = """محترمہ Dana صاحبہ،
السلام علیکم،

آپ کا PO نمبر 4500031050 موصول ہو گیا۔ ہم تمام آئٹمز کی تصدیق کرتے ہیں:
- 8 inch chock: 300 pcs @ USD 4.80
- 12 inch chock: 150 pcs @ USD 7.90
ڈلیوری 29 جنوری 2027 تک، جیسا کہ PO میں ہے۔

شکریہ،
Muhammad Imran
Export Manager
Sialkot Rubber Works (Pvt) Ltd
Small Industrial Estate, Sialkot 51310, Pakistan
Ph: +92 52 355 1234 | Cell/WhatsApp: +92 300 612 3456 | NTN 1234567-8 | STRN 17-00-1234-567-89"""
    eml = reply(po, addr("Muhammad Imran", "imran@sialkotrubber.example"), "Re: " + req_subject(po),
                rfcdate("2026-11-08", "11:11:11", "+0500"), "<CAN5wPq2Xy@mail.gmail.com>",
                text(body + q_gmail(po, "On Thu, 5 Nov 2026 at 13:12, Dana Ruiz <dana.ruiz@nordhaven-supply.example> wrote:"), cte="base64"))
    exp = conf("Everything confirmed as ordered, delivery by 29 Jan 2027 as in the PO. Signature numbers are noise.",
               (po, {1: "A", 2: "A"}))
    return [po], eml, exp

@case("zuerich-chf-apostroph-kw2", "confirmation", "de-CH",
      "Swiss German (ss not ß) with CHF 1'249.50 apostrophe thousands, 'KW 2/2027' and a Montag-named week for another line.")
def c():
    s = Sup("ZHWZ", "Werkzeug Zürich AG", "verkauf@werkzeug-zh.example", "de-CH")
    po = PO("4500031051", s, "CHF", "2026-11-06", [
        ("WS-125-SL", "Winkelschleifer 125 mm Akku 18 V, Solo", 8, "EA", "1249.50", "2027-01-15"),
        ("AK-18-50", "Akku 18 V 5,0 Ah", 16, "EA", "139.00", "2027-01-15"),
        ("LG-18-SCH", "Schnellladegerät 18 V", 8, "EA", "89.90", "2027-01-15")], buyer="jonas")
    body = """Grüezi Herr Berg

Besten Dank für Ihre Bestellung 4500031051. Gerne bestätigen wir:

Pos. 1  8 Stk.  Winkelschleifer Akku 18 V Solo   à CHF 1'249.50   Lieferung KW 2/2027
Pos. 2 16 Stk.  Akku 18 V 5,0 Ah                 à CHF 139.00     Lieferung KW 2/2027
Pos. 3  8 Stk.  Schnellladegerät 18 V            à CHF 94.50      Lieferung Montag, KW 2/2027

Freundliche Grüsse

Reto Meier
Verkauf Innendienst
Werkzeug Zürich AG | Hardturmstrasse 161 | 8005 Zürich
T +41 44 555 12 34 | MWST CHE-123.456.789"""
    eml = reply(po, addr("Meier Reto", "reto.meier@werkzeug-zh.example"), "AW: " + req_subject(po),
                rfcdate("2026-11-12", "09:03:27", "+0100"), "<ZR0P278MB0999.7A8B@werkzeug-zh.example>",
                text(body + q_outlook(po, "de", "Freitag, 6. November 2026 09:12"), cs="iso-8859-1"))
    exp = conf("KW 2/2027 = Friday 2027-01-15 = requested for lines 1-2 (accepted; CHF 1'249.50 = 1249.50). Line 3: price 94.50 and Monday of KW 2 = 2027-01-11.",
               (po, {1: "A", 2: "A", 3: dict(p="94.50", d=wk(2027, 2, 1))}))
    return [po], eml, exp

@case("schmidt-eingang-ab-folgt", "needs_review", "de-DE",
      "Human German reply: order received, the formal Auftragsbestätigung will follow separately - no data committed.")
def c():
    s = Sup("SCHM", "Schmidt Elektrotechnik GmbH", "auftrag@schmidt-elektro.example", "de-DE")
    po = PO("4500031052", s, "EUR", "2026-11-10", [
        ("AD-IP66-100", "Abzweigdose IP66 100x100x60", 150, "EA", "3.95", "2026-12-09"),
        ("AD-IP66-150", "Abzweigdose IP66 150x110x70", 80, "EA", "6.40", "2026-12-09")])
    body = """Guten Tag Frau Ruiz,

vielen Dank für Ihre Bestellung 4500031052, die heute bei uns eingegangen ist.
Die Auftragsbestätigung mit den Lieferterminen erhalten Sie in den nächsten Tagen separat aus unserem System.

Mit freundlichen Grüßen

i. A. Thomas Weber
Vertriebsinnendienst
Schmidt Elektrotechnik GmbH · Gewerbepark 14 · 35394 Gießen
Tel. +49 641 555 78-20 · Geschäftsführer: Klaus Schmidt · HRB 4711 Amtsgericht Gießen · USt-IdNr. DE123456789"""
    eml = reply(po, addr("Weber, Thomas", "t.weber@schmidt-elektro.example"), "AW: " + req_subject(po),
                rfcdate("2026-11-10", "14:27:06", "+0100"), "<FR2P281MB1234.3E4F@schmidt-elektro.example>",
                text(body + q_outlook(po, "de"), cs="windows-1252"))
    return [po], eml, other("needs_review", "A person acknowledges receipt and promises the AB later; nothing is confirmed yet.")

@case("porto-disclaimer-nif", "confirmation", "pt-PT",
      "European Portuguese HTML+text reply, one line with a new date 'dia 18' (day only), long confidentiality disclaimer with NIF and capital numbers.")
def c():
    s = Sup("PRTO", "Metalúrgica do Porto, Lda.", "encomendas@metalporto.example", "pt-PT")
    po = PO("4500031053", s, "EUR", "2026-11-09", [
        ("LT-CURVA-34", "Curva latão 3/4\" F/F", 150, "PC", "4.35", "2026-12-11"),
        ("LT-TE-34", "Tê latão 3/4\" F/F/F", 100, "PC", "5.10", "2026-12-11")])
    t = """Bom dia Sra. Dana Ruiz,

Confirmamos a encomenda 4500031053:
- Curva 3/4": 150 un. a 4,35 €, entrega a 11/12/2026
- Tê 3/4": 100 un. a 5,10 €, entrega no dia 18 de dezembro

Com os melhores cumprimentos,
Joana Ferreira
Departamento Comercial
Metalúrgica do Porto, Lda. | Rua do Freixo 1234, 4300-219 Porto | Tel. +351 22 555 1234

AVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são confidenciais e destinam-se exclusivamente ao destinatário. Metalúrgica do Porto, Lda., NIF 501234567, Capital Social 250.000,00 €, matriculada na C.R.C. do Porto sob o n.º 12345. Se recebeu esta mensagem por engano, por favor elimine-a e informe o remetente."""
    h = "<html><body>" + "".join(f"<p>{html_esc(l)}</p>" if l else "" for l in t.split("\n")) + q_html(po, "De: Dana Ruiz, 9 de novembro de 2026 09:12") + "</body></html>"
    eml = reply(po, addr("Joana Ferreira", "joana.ferreira@metalporto.example"), "RE: " + req_subject(po),
                rfcdate("2026-11-12", "10:48:57", "+0000"), "<DB9PR10MB6900.0F11@metalporto.example>",
                mp("alternative", text(t + q_outlook(po, "pt")), text(h, "html")))
    exp = conf("Line 1 as ordered; line 2 'dia 18 de dezembro' = 2026-12-18. Disclaimer numbers (NIF, capital 250.000,00 €) are noise.",
               (po, {1: "A", 2: dict(d="2026-12-18")}))
    return [po], eml, exp

@case("rosario-vacaciones", "auto_reply", "es-AR",
      "Argentine 'Respuesta automática' for summer holidays 'hasta el 4/1' with an alternate contact; Auto-Submitted header.")
def c():
    s = Sup("ROSA", "Herramientas del Litoral S.A.", "ventas@herrlitoral.example", "es-AR")
    po = PO("4500031054", s, "USD", "2026-11-18", [
        ("GA-125-900", "Amoladora angular 125 mm 900 W", 15, "EA", "58.00", "2027-02-05")])
    t = """Hola, gracias por escribirme.

Estoy de vacaciones desde el 18/11 hasta el 4/1 inclusive. Durante mi ausencia, por pedidos y consultas comunicate con Matías Sosa (msosa@herrlitoral.example, +54 341 555-0199).

Saludos,
Florencia Giménez
Herramientas del Litoral S.A."""
    eml = reply(po, addr("Florencia Giménez", "fgimenez@herrlitoral.example"), "Respuesta automática: " + req_subject(po),
                rfcdate("2026-11-18", "09:12:59", "-0300"), "<AR.OOF.7731@herrlitoral.example>", text(t),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [po], eml, other("auto_reply", "Vacation auto reply; dates in it are the absence, not delivery dates.")
