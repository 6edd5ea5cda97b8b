# -*- coding: utf-8 -*-
"""Cases 019-036."""
from .common import (A, AD, ATT, C, CONF, DH, H, M, MAIL, OTHER, PDF, PO, R, S, T, U, buyer_to, case, long_en, q_gt,
                     q_html, q_outlook, req_subject, reply_hdrs, L)


@case("quick-couplers-prepayment-first", "he-IL",
      "Hebrew RTL HTML: the supplier will confirm only after prepayment, attaching a proforma PDF whose figures equal the PO.")
def c019():
    s = S("MAHBERIM", "Mahberim Hydraulics Ltd.", "orders@mahberim-hyd.example", "he-IL")
    po = PO("4500018402", s, [
        L("QC-ISO-A-1/2", "Quick coupler ISO 7241-A, 1/2\", steel, male+female set", 30, "SET", "24.80", "2026-12-17"),
        L("QC-FF-3/8", "Flat-face quick coupler 3/8\", female", 40, "EA", "17.50", "2026-12-17"),
    ], "USD", "2026-11-09")
    html = """<div dir="rtl" style="font-family:Arial">
<p>שלום דנה,</p>
<p>קיבלנו את הזמנת הרכש 4500018402, תודה.</p>
<p>מאחר שזו ההזמנה הראשונה שלכם אצלנו, נוכל לאשר את ההזמנה (כמויות, מחירים ומועד אספקה 17.12.2026) רק לאחר קבלת תשלום מראש.
מצורפת חשבונית פרופורמה על סך 1,444.00 USD.</p>
<p>לאחר קבלת ההעברה נשלח אישור הזמנה סופי.</p>
<p>בברכה,<br>יוסי כהן<br>מחלקת מכירות | מחברים הידראוליקה בע"מ<br>רח' המלאכה 7, חולון | טל' 03-5567788 | נייד 052-4433221</p>
</div>"""
    pdf = PDF(["#MAHBERIM HYDRAULICS LTD.", "PROFORMA INVOICE PI-2026-1187", "Date: 11/11/2026",
               "Customer: Kestrel Works B.V., Rotterdam    Customer PO: 4500018402", "",
               "Item  Code           Description                     Qty  Unit  Price USD  Amount",
               "1     QC-ISO-A-1/2   Quick coupler ISO-A 1/2 set     30   SET   24.80      744.00",
               "2     QC-FF-3/8      Flat-face coupler 3/8 female    40   PCS   17.50      700.00",
               "", "TOTAL USD 1,444.00", "Payment terms: 100% advance payment by bank transfer.",
               "Order will be confirmed upon receipt of payment. Bank: Bank Leumi, IBAN IL62 0108 0000 0009 9999 999"],
              "Proforma PI-2026-1187")
    body = M("mixed", M("alternative", T("שלום דנה,\n\nקיבלנו את הזמנת הרכש 4500018402, תודה.\nמאחר שזו ההזמנה הראשונה "
                                         "שלכם אצלנו, נוכל לאשר את ההזמנה (כמויות, מחירים ומועד אספקה 17.12.2026) רק "
                                         "לאחר קבלת תשלום מראש.\nמצורפת חשבונית פרופורמה על סך 1,444.00 USD.\n\nלאחר "
                                         "קבלת ההעברה נשלח אישור הזמנה סופי.\n\nבברכה,\nיוסי כהן\n", cte="base64"),
                                H(html, cte="base64")),
             ATT(pdf, "application/pdf", "PI-2026-1187.pdf"))
    eml = MAIL(AD("יוסי כהן", "yossi@mahberim-hyd.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-11 10:14", "+0200"), body, "<HE1PR0701MB2283F5A6B7C8D9E0@HE1PR0701MB2283.eurprd07.prod.outlook.example>",
               *reply_hdrs(po))
    return [po], eml, OTHER("needs_review", "The supplier explicitly says it can confirm only after prepayment and will send "
                                            "the final confirmation then; the proforma repeating PO figures is not a commitment. "
                                            "A buyer must decide on the payment condition.")


@case("rubber-mats-arabic-indic-digits", "ar-EG",
      "Egyptian Arabic letter with Arabic-Indic digits (٤ لفات، ١٥/١٢/٢٠٢٦, ٣٨٫٠٠); line 2 can only supply 4 of 6 rolls.")
def c020():
    s = S("ELNOUR", "El-Nour Rubber Industries", "sales@elnour-rubber.example", "ar-EG")
    po = PO("4500018418", s, [
        L("RM-ANTI-1015", "Anti-fatigue rubber mat 1000x1500x15 mm", 25, "EA", "38.00", "2026-12-15"),
        L("RM-INS-ROLL", "Electrical insulating rubber matting, 1 m x 10 m roll, class 2", 6, "ROL", "295.00", "2026-12-15"),
    ], "USD", "2026-11-05", "priya")
    txt = """الأستاذة/ بريا نير المحترمة،
تحية طيبة وبعد،

بالإشارة إلى أمر الشراء رقم ٤٥٠٠٠١٨٤١٨ نفيدكم بالآتي:

١- دواسة مطاط مضادة للإجهاد ١٠٠٠×١٥٠٠×١٥ مم: الكمية ٢٥ قطعة، السعر ٣٨٫٠٠ دولار للقطعة، التسليم ١٥/١٢/٢٠٢٦.
٢- لفائف مطاط عازل للكهرباء: المتوفر ٤ لفات فقط، السعر ٢٩٥٫٠٠ دولار للفة، التسليم ١٥/١٢/٢٠٢٦، ولا يمكننا توفير الكمية المتبقية هذا العام.

وتفضلوا بقبول فائق الاحترام،

م. أحمد عبد الرحمن
مدير المبيعات - شركة النور للصناعات المطاطية
العاشر من رمضان - المنطقة الصناعية ب٣
ت: ٠١٠٠١٢٣٤٥٦٧
"""
    html = "<div dir=\"rtl\" style=\"font-family:Tahoma\">" + txt.replace("\n", "<br>\n") + "</div>"
    body = M("alternative", T(txt, cte="base64"), H(html, cte="base64"))
    eml = MAIL(AD("Ahmed Abdelrahman", "ahmed.a@elnour-rubber.example"), buyer_to(po),
               "RE: " + req_subject(po), DH("2026-11-09 13:05", "+0200"), body,
               "<CAH3x9fP2kLmN0qR5sT7uVwXyZ1aB3cD@mail.elnour-rubber.example>", *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(q=4)}},
               "Arabic-Indic digits: line 1 25 pcs at 38.00, delivery 15/12/2026 = as ordered. Line 2: only 4 rolls "
               "available at 295.00 on 15/12/2026 and the rest cannot be supplied this year -> changed, quantity 4.")
    return [po], eml, exp


@case("steel-brushes-euckr-price-adjust", "ko-KR",
      "Korean EUC-KR base64: all lines deliverable on the requested date, but item 3 re-priced 13,800원 via a polite 'please adjust'.")
def c021():
    s = S("DAEHAN", "Daehan Brush Co., Ltd.", "sales@daehanbrush.example", "ko-KR")
    po = PO("4500018425", s, [
        L("SB-WIRE-4R-K", "Steel wire hand brush, 4 rows, plastic handle", 200, "EA", "3500", "2026-12-16"),
        L("SB-END-19", "End brush 19 mm, 6 mm shank", 100, "EA", "4200", "2026-12-16"),
        L("SB-WHL-150", "Wheel brush 150 mm, crimped wire", 40, "EA", "12500", "2026-12-16"),
    ], "KRW", "2026-11-06", "tomasz")
    txt = """Tomasz Weber 님께,

안녕하십니까, 대한브러쉬 영업팀 김민준입니다.
발주서 4500018425 건 회신드립니다.

전 품목 요청하신 납기(2026년 12월 16일)대로 납품 가능합니다.
다만 3번 품목(휠브러쉬 150mm)은 원자재 가격 인상으로 단가를 개당 13,800원으로 조정 부탁드립니다.
나머지 품목 단가는 발주서와 동일합니다.

감사합니다.
김민준 드림

대한브러쉬(주) 영업팀 | Tel. 031-987-6543 | Fax. 031-987-6544
경기도 시흥시 공단1대로 123
"""
    body = T(txt, charset="euc-kr", cte="base64")
    eml = MAIL(AD("김민준", "mj.kim@daehanbrush.example", "euc-kr"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-11 15:22", "+0900"), body, "<20261111152207.9A3B1C@daehanbrush.example>", *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: A, 3: C(p="13800")}},
               "All items deliverable on 2026-12-16 as requested; items 1-2 keep PO prices; item 3 re-priced to 13,800 KRW "
               "per piece (raw-material increase) -> changed.")
    return [po], eml, exp


@case("trolley-wheels-gb18030-pi-pdf-split", "zh-CN",
      "Chinese body (GB18030) explains a 2-lot split; the attached PI PDF (ERP, English) also raises item 2 price and moves item 3 ETD earlier.")
def c022():
    s = S("HENGLI", "Ningbo Hengli Caster Co., Ltd.", "export@hengli-caster.example", "zh-CN")
    po = PO("4500018431", s, [
        L("TW-100-PU-SW", "Trolley wheel 100 mm, PU tread, swivel with brake", 400, "EA", "3.85", "2026-12-18"),
        L("TW-125-RB-FX", "Trolley wheel 125 mm, rubber, fixed", 300, "EA", "4.20", "2026-12-18"),
        L("TW-200-PN", "Pneumatic trolley wheel 200 mm, 16 mm bore", 100, "EA", "6.90", "2027-01-15"),
    ], "USD", "2026-11-02", "lena")
    txt = """Lena 您好，

感谢您的订单 4500018431。附件是我司的订单确认书 (PI)，请查收。
说明：第1项 400 个分两批出货：200 个 12月4日出货，另外 200 个 12月18日出货。其余按附件。
如有问题请随时联系。

祝好！
王丽 Lily Wang
宁波恒力脚轮有限公司 外贸部
Tel: +86 574 8765 4321 | WeChat: lily_hengli
"""
    pdf = PDF(["#NINGBO HENGLI CASTER CO., LTD.", "SALES CONFIRMATION / PROFORMA INVOICE",
               "PI No.: HL-PI-26-1108        Date: 2026-11-06",
               "Buyer: Kestrel Works B.V.     Your PO: 4500018431", "",
               "Item Code           Description                 Qty  Unit Price USD  ETD",
               "1    TW-100-PU-SW   100mm PU swivel w/ brake    400  PCS  3.85       see remark",
               "2    TW-125-RB-FX   125mm rubber fixed          300  PCS  4.35       2026-12-18",
               "3    TW-200-PN      200mm pneumatic 16mm bore   100  PCS  6.90       2027-01-08", "",
               "Remark: item 1 shipped in 2 lots: 200 pcs ETD 2026-12-04, 200 pcs ETD 2026-12-18.",
               "Item 2: rubber compound price adjustment.",
               "Price terms: FOB Ningbo.   Payment: T/T 30 days after B/L.",
               "Total amount: USD 3,535.00"], "HL-PI-26-1108", "Kingdee K/3 Cloud")
    body = M("mixed", T(txt, charset="gb18030", cte="base64"), ATT(pdf, "application/pdf", "HL-PI-26-1108.pdf"))
    eml = MAIL(AD("Lily Wang", "lily@hengli-caster.example"), buyer_to(po), "回复: " + req_subject(po),
               DH("2026-11-06 16:40", "+0800"), body, "<tencent_4F2A9B7C1D3E5F60@qq.hengli-caster.example>",
               *reply_hdrs(po), subj_charset="gb18030")
    exp = CONF([po], {po["po_number"]: {1: C(s=[(200, "2026-12-04"), (200, "2026-12-18")]), 2: C(p="4.35"),
                                       3: C(d="2027-01-08")}},
               "ETD = ship dates, the only dates given. Line 1: 400 at 3.85 in two lots (200 on 2026-12-04, 200 on "
               "2026-12-18). Line 2: price 4.35 (PDF only), ETD 2026-12-18. Line 3: ETD 2027-01-08, earlier than requested. "
               "Total check: 1540 + 1305 + 690 = 3,535.00.")
    return [po], eml, exp


@case("anchor-bolts-vietnamese-no-year", "vi-VN",
      "Vietnamese Gmail reply with 2.000 / 36.500 đ dot-thousands and 'ngày 20 tháng 12' (no year) for the custom-made line.")
def c023():
    s = S("SGBOLT", "Saigon Bolt Co., Ltd.", "kinhdoanh@saigonbolt.example", "vi-VN")
    po = PO("4500018446", s, [
        L("AB-M12-150-VN", "Anchor bolt M12x150, zinc plated", 2000, "EA", "4800", "2026-12-18"),
        L("AB-M20-300-J", "J-type foundation anchor bolt M20x300", 300, "EA", "36500", "2026-12-18"),
    ], "VND", "2026-11-10", "priya")
    txt = """Chào chị Priya,

Bên em xác nhận đơn hàng 4500018446 như sau:
- Bu lông nở M12x150 mạ kẽm: 2.000 con, đơn giá 4.800 đ/con, giao ngày 18/12.
- Bu lông móng J M20x300: 300 con, đơn giá 36.500 đ/con. Hàng này phải gia công nên giao ngày 20 tháng 12 ạ.

Chị kiểm tra giúp em nhé. Cảm ơn chị!

Trân trọng,
Nguyễn Thị Hồng Nhung
Phòng Kinh doanh - Công ty TNHH Bu Lông Sài Gòn
ĐT: 028 3754 1122 - DĐ: 0903 456 789
"""
    intro = "Vào Th 3, 10 thg 11, 2026 vào lúc 15:05 Priya Nair <priya.nair@kestrelworks.example> đã viết:"
    html = "<div dir=\"ltr\">" + txt.replace("\n", "<br>") + "</div><br>" + q_html(po, intro.replace("<", "&lt;").replace(">", "&gt;"))
    body = M("alternative", T(txt + "\n" + q_gt(po, intro)), H(html))
    eml = MAIL(AD("Hồng Nhung", "nhung.nth@saigonbolt.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-13 09:48", "+0700"), body, "<CALx8Qm3n7Pz0aT2b5vYc9wR4kJ6hS1dF@mail.gmail.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(d="2026-12-20")}},
               "Line 1: 2.000 pcs at 4.800 VND, delivery 18/12 (= 2026-12-18) as ordered. Line 2: price/qty as ordered, "
               "delivery 'ngày 20 tháng 12' without year = 2026-12-20.")
    return [po], eml, exp


@case("bench-grinders-checking-stock", "id-ID",
      "Indonesian reply: stock being checked, price awaited from principal, full confirmation 'besok sore' - nothing committed.")
def c024():
    s = S("MPNUS", "PT Mesin Perkakas Nusantara", "penjualan@mpnusantara.example", "id-ID")
    po = PO("4500018453", s, [
        L("BG-150-EU", "Bench grinder 150 mm, 370 W, 230 V", 10, "EA", "1450000", "2027-01-08"),
        L("BG-GUARD-150", "Spark guard / eye shield set for 150 mm grinder", 10, "SET", "125000", "2027-01-08"),
    ], "IDR", "2026-11-11", "lena")
    txt = """Selamat siang Bu Lena,

Terima kasih atas PO 4500018453. Stok mesin gerinda duduk 150 mm sedang kami cek di gudang Cikarang,
dan untuk pelindung percikan kami masih menunggu konfirmasi harga dari prinsipal.
Kami akan konfirmasi jumlah, harga, dan tanggal pengiriman besok sore.

Salam,
Dewi Kartika
Sales Admin | PT Mesin Perkakas Nusantara
Jl. Industri Raya No. 8, Cikarang, Bekasi 17530 | Telp. (021) 8990 1234 ext. 21
"""
    body = T(txt + "\n" + q_outlook(po, "en", long_en("2026-11-11", "15:05")))
    eml = MAIL(AD("Dewi Kartika", "dewi.kartika@mpnusantara.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-12 14:10", "+0700"), body, "<SG2PR06MB5128A9B8C7D6E5F4@SG2PR06MB5128.apcprd06.prod.outlook.example>",
               *reply_hdrs(po))
    return [po], eml, OTHER("needs_review", "Human holding reply: stock is being checked and prices awaited; quantities, "
                                            "prices and dates promised for tomorrow afternoon. Nothing committed.")


@case("cable-glands-terse-phone-malay", "ms-MY",
      "Two-line Malay phone reply: 'confirm semua, harga sama, hantar 14/12' - a second date 11/12 is only the reason (lorry full).")
def c025():
    s = S("KABJAYA", "Syarikat Kabel Jaya Sdn. Bhd.", "order@kabeljaya.example", "ms-MY")
    po = PO("4500018460", s, [
        L("CG-M16-PA-MY", "Cable gland M16x1.5, nylon, black", 300, "EA", "1.20", "2026-12-11"),
        L("CG-M32-PA-MY", "Cable gland M32x1.5, nylon, black", 100, "EA", "3.40", "2026-12-11"),
        L("CG-LOCK-M16", "Locknut M16, nylon", 300, "EA", "0.35", "2026-12-11"),
    ], "MYR", "2026-11-12")
    txt = "Ok confirm semua item, harga sama. Hantar 14/12 sbb 11/12 lori penuh.\n\nDihantar dari iPhone saya\n\n"
    body = T(txt + q_gt(po, "Pada 12 Nov 2026, pada 4:05 PTG, Dana Ruiz <dana.ruiz@kestrelworks.example> menulis:"),
             cte="7bit")
    eml = MAIL(AD("Ahmad Faizal", "faizal@kabeljaya.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-13 21:47", "+0800"), body, "<8D2E41F0-3A7C-4B19-9E55-6C0B7D1A2F34@kabeljaya.example>",
               *reply_hdrs(po), extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = CONF([po], {po["po_number"]: {1: C(d="2026-12-14"), 2: C(d="2026-12-14"), 3: C(d="2026-12-14")}},
               "All items confirmed at the same prices and quantities, delivered (hantar) 14/12 = 2026-12-14 instead of "
               "11/12; '11/12 lori penuh' only explains why the requested day is not possible.")
    return [po], eml, exp


@case("drum-pumps-partial-principal", "en-PH",
      "Filipino English: items 1-2 'ready for pick-up on Dec 11' (earlier than asked), item 3 to be confirmed tomorrow.")
def c026():
    s = S("LUZPUMP", "Luzon Pump & Fluid Systems Inc.", "sales@luzonpump.example", "en-PH")
    po = PO("4500018477", s, [
        L("DP-AIR-SS", "Air-operated drum pump, stainless 316, 1000 mm", 2, "EA", "685.00", "2026-12-18"),
        L("DP-BARREL-KIT", "Drum adapter kit 2\" BSP with bung wrench", 6, "SET", "42.00", "2026-12-18"),
        L("DP-FLOW-MTR", "Digital flow meter for drum pump", 2, "EA", "168.00", "2026-12-18"),
    ], "USD", "2026-11-09", "tomasz")
    txt = """Good day Sir Tomasz,

Thank you for your PO 4500018477. Please see our confirmation below:

Item 1 - Air-operated drum pump SS316: 2 units @ USD 685.00, ready for pick-up on Dec 11, 2026.
Item 2 - Drum adapter kit: 6 sets @ USD 42.00, together with item 1 on Dec 11.
Item 3 - Digital flow meter: we are still checking with our principal in Germany, we will confirm
availability and lead time tomorrow.

Thank you and God bless.

Respectfully yours,
Ma. Cristina Dela Cruz
Sales Coordinator
Luzon Pump & Fluid Systems Inc.
Unit 5B, Pioneer Highlands, Mandaluyong City 1550
Tel. (02) 8634 5512 | Mobile 0917 842 3311
"""
    body = M("alternative", T(txt + "\n" + q_outlook(po)),
             H("<div>" + txt.replace("\n", "<br>") + "</div>" + q_html(po, "<b>From:</b> Tomasz Weber<br><b>Sent:</b> "
                                                                   + long_en(po["issued"]), "outlook")))
    eml = MAIL(AD("Cristina Dela Cruz", "cristina.delacruz@luzonpump.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-10 17:05", "+0800"), body, "<PS2PR01MB3456D7E8F9A0B1C2@PS2PR01MB3456.apcprd01.prod.outlook.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(d="2026-12-11"), 2: C(d="2026-12-11"), 3: U}},
               "Items 1 and 2 confirmed at PO qty/price, ready for pick-up (ship date, the only date) Dec 11, 2026 - earlier "
               "than the requested 2026-12-18, so changed. Item 3 explicitly pending ('will confirm tomorrow') -> unconfirmed.")
    return [po], eml, exp


@case("extension-cords-week50-disclaimer", "nl-NL",
      "Dutch 'levering week 50' (= Friday 2026-12-11) for all lines, a new price on line 2, long legal disclaimer under the signature.")
def c027():
    s = S("VDMEER", "Kabelhandel Van der Meer B.V.", "verkoop@vdmeer-kabel.example", "nl-NL")
    po = PO("4500018484", s, [
        L("EC-5M-H05", "Extension cord 5 m, H05VV-F 3G1.5, IP20", 150, "EA", "6.95", "2026-12-09"),
        L("EC-10M-IP44", "Extension cord 10 m, IP44, outdoor", 80, "EA", "11.20", "2026-12-09"),
        L("EC-REEL-50", "Cable reel 50 m, H07RN-F 3G2.5, thermal cut-out", 10, "EA", "89.00", "2026-12-09"),
    ], "EUR", "2026-11-04", "lena")
    txt = """Goedemorgen Lena,

Bedankt voor je order 4500018484. Hierbij de bevestiging:

Regel 1: 150 st. à € 6,95 - levering week 50
Regel 2: 80 st. - de IP44-versie is per 1 november in prijs verhoogd naar € 12,35 per stuk - levering week 50
Regel 3: 10 st. à € 89,00 - levering week 50

Alles komt in één zending.

Met vriendelijke groet,

Bas de Vries
Binnendienst
Kabelhandel Van der Meer B.V. | Industrieweg 41, 3044 AS Rotterdam
T 010 - 415 22 80 | KvK 24356789 | BTW NL812345678B01

Dit e-mailbericht is uitsluitend bestemd voor de geadresseerde(n). Indien u dit bericht onterecht
ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.
Op al onze aanbiedingen en leveringen zijn de Metaalunievoorwaarden van toepassing.
"""
    body = T(txt + "\n" + q_outlook(po, "nl", "woensdag 4 november 2026 09:05"))
    eml = MAIL(AD("Bas de Vries", "b.devries@vdmeer-kabel.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-09 08:47"), body, "<AM0PR10MB3188A1C2E3F4B5D6@AM0PR10MB3188.EURPRD10.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(d="2026-12-11"), 2: C(p="12.35", d="2026-12-11"), 3: C(d="2026-12-11")}},
               "'week 50' without a day = Friday 2026-12-11 for all lines (PO asked 2026-12-09). Line 2 also re-priced "
               "to 12.35 per piece. Quantities unchanged.")
    return [po], eml, exp


@case("rubber-mats-ooo-bilingual", "nl-BE",
      "Belgian out-of-office in Dutch and French with a return date and a phone number; auto headers present.")
def c028():
    s = S("VLMAT", "Vloermatten Vlaanderen BV", "orders@vloermatten-vl.example", "nl-BE")
    po = PO("4500018490", s, [
        L("RM-ENT-90150", "Entrance mat rubber/coir 900x1500 mm", 12, "EA", "54.00", "2027-01-12"),
        L("RM-RING-80120", "Rubber ring mat 800x1200x22 mm", 20, "EA", "31.50", "2027-01-12"),
    ], "EUR", "2026-11-16", "tomasz")
    txt = """Beste,

Ik ben afwezig tot en met vrijdag 27/11 en heb beperkt toegang tot mijn mails.
Voor dringende bestellingen kan u terecht bij orders@vloermatten-vl.example of op 09 225 14 70.

Met vriendelijke groeten,
Sofie Claes

---

Bonjour,

Je suis absente jusqu'au vendredi 27/11 inclus et n'ai qu'un accès limité à mes e-mails.
Pour les commandes urgentes, veuillez contacter orders@vloermatten-vl.example ou le 09 225 14 70.

Cordialement,
Sofie Claes
"""
    body = T(txt)
    eml = MAIL(AD("Sofie Claes", "sofie.claes@vloermatten-vl.example"), buyer_to(po),
               "Automatisch antwoord: " + req_subject(po), DH("2026-11-16 09:05"), body,
               "<7c9e2a41b3d54f0e8a61c2d3e4f5a6b7@vloermatten-vl.example>", *reply_hdrs(po),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    return [po], eml, OTHER("auto_reply", "Bilingual out-of-office until Friday 27/11; no statement about the order.")


@case("floor-squeegees-quebec-discontinued", "fr-CA",
      "Québec French with ISO dates and '12,95 $'; lines 1-2 as ordered, line 3 discontinued and cancelled from the order.")
def c029():
    s = S("DSLAUR", "Distributions Sanitaires Laurentides inc.", "commandes@dsl-sanitaire.example", "fr-CA")
    po = PO("4500018507", s, [
        L("FS-450-DBL", "Floor squeegee 450 mm, double rubber blade", 24, "EA", "12.95", "2026-12-15"),
        L("FS-900-IND", "Industrial floor squeegee 900 mm, steel frame", 6, "EA", "64.50", "2026-12-15"),
        L("FS-REFILL-900", "Replacement blade 900 mm, neoprene", 12, "EA", "18.75", "2026-12-15"),
    ], "CAD", "2026-11-10", "priya")
    txt = """Bonjour Priya,

Merci pour votre commande 4500018507. Voici notre confirmation :

1- Raclette 450 mm double lame : 24 unités à 12,95 $ - livraison le 2026-12-15
2- Raclette industrielle 900 mm : 6 unités à 64,50 $ - livraison le 2026-12-15
3- Lame de remplacement 900 mm néoprène : ce produit est discontinué par le fabricant et nous n'avons
   plus d'inventaire. Nous devons donc l'annuler de votre commande.

Bonne fin de journée!

Marie-Ève Tremblay
Service à la clientèle
Distributions Sanitaires Laurentides inc.
1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B9
Tél. : 450 555-0199, poste 204
"""
    body = M("alternative", T(txt + "\n" + q_outlook(po, "fr", "10 novembre 2026 03:05")),
             H("<div>" + txt.replace("\n", "<br>") + "</div>"))
    eml = MAIL(AD("Marie-Ève Tremblay", "me.tremblay@dsl-sanitaire.example"), buyer_to(po), "RE : " + req_subject(po),
               DH("2026-11-12 14:31", "-0500"), body, "<YT3PR01MB6543B2C1D0E9F8A7@YT3PR01MB6543.CANPRD01.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: A, 3: R}},
               "Lines 1 and 2 confirmed exactly (12,95 $ = 12.95 CAD, 2026-12-15). Line 3 discontinued and cancelled -> rejected.")
    return [po], eml, exp


@case("gear-oil-per-litre-drum", "fr-CH",
      "Swiss French: drum priced CHF 5.95 per litre (x 200 L = 1190.00 per drum vs 1180.00), Swiss 4'990.00 total, 've 18.12.'.")
def c030():
    s = S("LUBROM", "Lubrifiants Romands SA", "commandes@lubroromand.example", "fr-CH")
    po = PO("4500018515", s, [
        L("GO-VG220-200", "Gear oil ISO VG 220, 200 L drum", 3, "DR", "1180.00", "2026-12-18"),
        L("GO-VG150-20", "Gear oil ISO VG 150, 20 L pail", 10, "PC", "142.00", "2026-12-18"),
    ], "CHF", "2026-11-05")
    txt = """Bonjour Madame Ruiz,

Nous vous remercions de votre commande n° 4500018515 et vous la confirmons comme suit :

Pos. 1 : huile pour engrenages ISO VG 220, 3 fûts de 200 l, au prix de CHF 5.95/l
         (prix du jour, indexé sur le cours de l'huile de base), livraison ve 18.12.
Pos. 2 : huile ISO VG 150, 10 bidons de 20 l à CHF 142.00 le bidon, livraison ve 18.12.

Montant total HT : CHF 4'990.00 (TVA 8,1 % en sus).

Meilleures salutations

Laurent Favre
Lubrifiants Romands SA
Route de Genève 88, 1028 Préverenges
Tél. 021 802 44 10 | CHE-112.345.678 TVA
"""
    body = T(txt + "\n" + q_outlook(po, "fr", "jeudi, 5 novembre 2026 09:05"), charset="iso-8859-1")
    eml = MAIL(AD("Laurent Favre", "l.favre@lubroromand.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-10 16:02"), body, "<ZR0P278MB0412C3D4E5F6A7B8@ZR0P278MB0412.CHEP278.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(p="1190.00"), 2: A}},
               "Line 1: CHF 5.95 per litre x 200 L = 1190.00 per drum (PO unit DR, 1180.00) -> changed price; the total "
               "3x1190 + 10x142 = 4'990.00 confirms it. 've 18.12.' = Friday 2026-12-18 as requested. Line 2 as ordered.")
    return [po], eml, exp


@case("hand-cleaners-erp-pdf-pos10", "de-CH",
      "Automatic 'do not reply' ERP mail (new thread) with an Auftragsbestätigung PDF; positions 10/20/30 map to PO lines 1/2/3, pos 30 later.")
def c031():
    s = S("HYGIENA", "Hygiena Handelshaus AG", "verkauf@hygiena-ag.example", "de-CH")
    po = PO("4500018522", s, [
        L("HC-GEL-2L", "Hand cleaner gel, solvent-free, 2 L bottle", 60, "EA", "18.90", "2026-12-14"),
        L("HC-CREAM-250", "Skin care cream 250 ml tube", 100, "EA", "6.40", "2026-12-14"),
        L("HC-DISP-2L", "Dispenser for 2 L bottles, wall-mounted", 8, "EA", "34.00", "2026-12-14"),
    ], "CHF", "2026-11-06", "tomasz")
    pdf = PDF(["#Auftragsbestätigung 2026-AB-118734",
               "Hygiena Handelshaus AG, Industriestrasse 12, 8604 Volketswil",
               "Kunde: Kestrel Works B.V., Rotterdam          Kunden-Nr. 40211",
               "Ihre Bestellung: 4500018522 vom 06.11.2026    Datum: 10.11.2026", "",
               "Pos  Artikel        Bezeichnung               Menge  ME   Preis CHF  Liefertermin",
               "10   HC-GEL-2L      Handreiniger Gel 2 l      60     Stk  18.90      14.12.2026",
               "20   HC-CREAM-250   Hautpflegecreme 250 ml    100    Stk  6.40       14.12.2026",
               "30   HC-DISP-2L     Wandspender 2 l           8      Stk  34.00      21.12.2026", "",
               "Total netto                                              CHF 2'046.00",
               "MWST 8.1 %                                               CHF   165.73",
               "Total                                                    CHF 2'211.73", "",
               "Lieferbedingungen: DAP Rotterdam. Zahlungsbedingungen: 30 Tage netto.",
               "Es gelten unsere Allgemeinen Geschäftsbedingungen."], "Auftragsbestätigung 2026-AB-118734",
              "Abacus ERP")
    txt = ("Sehr geehrte Damen und Herren\n\nIm Anhang erhalten Sie unsere Auftragsbestätigung 2026-AB-118734.\n\n"
           "Diese Nachricht wurde automatisch generiert. Bitte antworten Sie nicht auf diese E-Mail.\n\n"
           "Freundliche Grüsse\nHygiena Handelshaus AG\n")
    body = M("mixed", T(txt), ATT(pdf, "application/pdf", "AB_2026-AB-118734.pdf"))
    eml = MAIL(AD("Hygiena Handelshaus AG", "noreply-erp@hygiena-ag.example"), "tomasz.weber@kestrelworks.example",
               "Auftragsbestätigung 2026-AB-118734 zu Ihrer Bestellung 4500018522", DH("2026-11-10 08:31"), body,
               "<ab.2026-AB-118734.1731223860@erp.hygiena-ag.example>", extra=[("Auto-Submitted", "auto-generated")])
    exp = CONF([po], {po["po_number"]: {1: A, 2: A, 3: C(d="2026-12-21")}},
               "ERP-generated order confirmation (counts as confirmation despite Auto-Submitted). Positions 10/20/30 are "
               "PO lines 1/2/3 by item code. Lines 1-2 as ordered; line 3 delivery 21.12.2026 instead of 14.12.")
    return [po], eml, exp


@case("insulated-gloves-settimana50-pack10", "it-IT",
      "Italian 'consegna settimana 50' equals the requested Friday; over-gloves only sold in packs of 10 pairs (25 -> 30).")
def c032():
    s = S("GUANLOM", "Guanti Sicurezza Lombarda S.r.l.", "ordini@guantilombarda.example", "it-IT")
    po = PO("4500018538", s, [
        L("IG-CL1-10", "Insulated gloves class 1 (7500 V), size 10", 25, "PR", "48.60", "2026-12-11"),
        L("IG-LEATH-OV", "Leather over-gloves for insulated gloves, size 10", 25, "PR", "9.80", "2026-12-11"),
        L("IG-BAG-ST", "Glove storage bag", 10, "EA", "7.50", "2026-12-11"),
    ], "EUR", "2026-11-09", "priya")
    txt = """Buongiorno Sig.ra Nair,

in riferimento al Vs. ordine n. 4500018538 Vi confermiamo:

pos. 1 - guanti isolanti classe 1 tg. 10: n. 25 paia a € 48,60/paio, consegna settimana 50
pos. 2 - sovraguanti in pelle tg. 10: vendibili solo in confezioni da 10 paia, pertanto Vi inviamo
         30 paia a € 9,80/paio, consegna settimana 50
pos. 3 - borsa porta-guanti: n. 10 pz. a € 7,50, consegna settimana 50

Restiamo a disposizione per ogni chiarimento.
Cordiali saluti

Giulia Bianchi
Ufficio Commerciale
Guanti Sicurezza Lombarda S.r.l.
Via dell'Artigianato 21 - 20871 Vimercate (MB)
Tel. +39 039 668 1234 - P.IVA 01234560159

Le informazioni contenute in questo messaggio sono riservate e confidenziali. Il loro utilizzo è
consentito esclusivamente al destinatario del messaggio, per le finalità indicate nel messaggio stesso.
"""
    body = T(txt + "\n" + q_outlook(po, "it", "lunedì 9 novembre 2026 09:05"), charset="windows-1252")
    eml = MAIL(AD("Giulia Bianchi", "g.bianchi@guantilombarda.example"), buyer_to(po), "R: " + req_subject(po),
               DH("2026-11-12 11:18"), body, "<001b01db34f2$aa11bb22$cc33dd44$@guantilombarda.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(q=30), 3: A}},
               "'settimana 50' = Friday 2026-12-11 = requested date. Line 1 and 3 as ordered; line 2 rounded up to 30 pairs "
               "(packs of 10), price unchanged.")
    return [po], eml, exp


@case("junction-boxes-alternative-offer", "es-ES",
      "Spanish: one item discontinued, an alternative offered at 14,20 EUR and the whole confirmation withheld until we say OK.")
def c033():
    s = S("MELEV", "Material Eléctrico Levante S.L.", "pedidos@melevante.example", "es-ES")
    po = PO("4500018545", s, [
        L("JB-IP55-80", "Junction box IP55, 80x80x45 mm", 250, "EA", "1.95", "2026-12-16"),
        L("JB-2210-IP67", "Junction box IP67 JB-2210, 220x170x80 mm", 40, "EA", "13.60", "2026-12-16"),
    ], "EUR", "2026-11-11", "lena")
    txt = """Hola Lena,

Gracias por el pedido 4500018545. Antes de confirmarlo, una cosa: la caja JB-2210 (IP67) está
descatalogada por el fabricante. Os podemos ofrecer la JB-2215, mismas medidas pero IP66, a 14,20 €
la unidad.

¿Os vale? En cuanto me deis el OK os mando la confirmación del pedido completo con fechas.

Un saludo,
Javier Martínez Soler
Dpto. Comercial - Material Eléctrico Levante S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 34 - 46988 Paterna (Valencia)
Tel. 961 234 567 - Móvil 654 321 987
"""
    body = M("alternative", T(txt + "\n" + q_outlook(po, "es", "miércoles, 11 de noviembre de 2026 9:05")),
             H("<div>" + txt.replace("\n", "<br>") + "</div>"))
    eml = MAIL(AD("Javier Martínez Soler", "jmartinez@melevante.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-13 12:05"), body, "<PR3P195MB0876E1F2A3B4C5D6@PR3P195MB0876.EURP195.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    return [po], eml, OTHER("needs_review", "The supplier proposes a substitute (IP66 instead of IP67, new price) and "
                                            "explicitly waits for our OK before confirming the whole order with dates.")


@case("key-cabinets-split-signature-numbers", "es-MX",
      "Mexican reply with $4,850.00 MXN (dot decimal), 3 now + 2 on '12 de enero', and a signature full of RFC/C.P./phone numbers.")
def c034():
    s = S("CIBAJIO", "Cerrajería Industrial del Bajío S.A. de C.V.", "ventas@cib-bajio.example", "es-MX")
    po = PO("4500018551", s, [
        L("KC-20-MX", "Key cabinet 20 hooks, steel, cam lock", 10, "EA", "1350.00", "2026-12-15"),
        L("KC-100-DIG", "Key cabinet 100 hooks, digital lock", 5, "EA", "4850.00", "2026-12-15"),
    ], "MXN", "2026-11-10")
    txt = """Buenas tardes Dana,

Le confirmo su orden de compra 4500018551:

- Gabinete para 20 llaves (KC-20-MX): 10 pzas a $1,350.00 MXN c/u, entrega 15/12/2026.
- Gabinete 100 llaves con cerradura digital (KC-100-DIG): solo tenemos 3 pzas en existencia,
  se las enviamos para el 15/12/2026; las 2 restantes llegan de fábrica y se las entregamos
  el 12 de enero. Precio $4,850.00 MXN c/u.

Precios más IVA.

Saludos cordiales,

Lic. Fernando Ramírez Ortega
Ejecutivo de Ventas
Cerrajería Industrial del Bajío S.A. de C.V.
RFC CIB-980312-QW4
Blvd. Adolfo López Mateos 2150 Pte., Col. Jardines del Moral, C.P. 37160, León, Gto.
Tel. (477) 718 2030 ext. 115 | Cel. 477 123 4567
Horario: L-V 8:30 a 18:00 hrs
"""
    body = M("alternative", T(txt), H("<div style=\"font-family:Verdana\">" + txt.replace("\n", "<br>") + "</div>"))
    eml = MAIL(AD("Fernando Ramírez", "framirez@cib-bajio.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-18 17:22", "-0600"), body, "<BY5PR12MB4321F0E9D8C7B6A5@BY5PR12MB4321.namprd12.prod.outlook.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(s=[(3, "2026-12-15"), (2, "2027-01-12")])}},
               "Line 1 as ordered. Line 2: all 5 at $4,850.00 but split: 3 on 15/12/2026, 2 on '12 de enero' (no year, "
               "next one = 2027-01-12). Signature numbers (RFC, C.P., phones, hours) are noise.")
    return [po], eml, exp


@case("ladder-hooks-el-martes-que-viene", "es-AR",
      "Argentine voseo: whole order confirmed, dispatched 'el martes que viene' relative to a Thursday mail (= 2026-11-24).")
def c035():
    s = S("FIRP", "Ferretería Industrial Río de la Plata S.R.L.", "ventas@firp.example", "es-AR")
    po = PO("4500018568", s, [
        L("LH-DBL-350", "Double ladder hook, galvanised, 350 mm", 30, "EA", "7.40", "2026-12-18"),
        L("LH-WALL-500", "Wall-mounted ladder bracket 500 mm, pair", 15, "PR", "15.90", "2026-12-18"),
    ], "USD", "2026-11-12", "tomasz")
    txt = """Hola Tomasz, ¿cómo andás?

Te confirmo la OC 4500018568 completa, cantidades y precios como los pediste. Los ganchos y los
soportes ya están en depósito, así que los despachamos el martes que viene.

Abrazo,
Martín Gómez
Ferretería Industrial Río de la Plata S.R.L.
Av. Gral. Paz 11.250, Villa Lugano, CABA | Tel. +54 11 4601-2233 | CUIT 30-71234567-8
"""
    body = T(txt + "\n" + q_gt(po, "El jue, 12 nov 2026 a las 05:05, Tomasz Weber (<tomasz.weber@kestrelworks.example>) escribió:"))
    eml = MAIL(AD("Martín Gómez", "mgomez@firp.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-19 11:02", "-0300"), body, "<CAJ5v7kQ9rT2mL4nX8pW1sY3dF6hG0aB@mail.gmail.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(d="2026-11-24"), 2: C(d="2026-11-24")}},
               "Quantities and prices as ordered. The mail is Thursday 2026-11-19; 'el martes que viene' = Tuesday "
               "2026-11-24, a dispatch (ship) date and the only date -> date 2026-11-24 for both lines (earlier than asked).")
    return [po], eml, exp


@case("oil-filters-invoice-other-po", "es-CL",
      "Chilean electronic invoice (PDF) for a different PO 4500016902 from the same supplier - not an answer to our open PO.")
def c036():
    s = S("ANDESF", "Comercial Andes Filtros SpA", "ventas@andesfiltros.example", "es-CL")
    po = PO("4500018574", s, [
        L("OF-HYD-20", "Hydraulic return filter element, 20 micron", 16, "EA", "27.50", "2027-01-15"),
        L("OF-SPIN-M", "Spin-on oil filter, M20x1.5", 40, "EA", "8.90", "2027-01-15"),
    ], "USD", "2026-11-12", "priya")
    txt = """Estimado cliente:

Adjuntamos factura electrónica N° 48213 correspondiente a su orden de compra 4500016902
(despacho según guía N° 10544 del 13/11/2026).

Monto total: USD 2.318,40
Vencimiento: 13/12/2026

Ante cualquier consulta, escribir a cobranzas@andesfiltros.example.

Comercial Andes Filtros SpA - RUT 76.543.210-K
Av. Américo Vespucio 1501, Quilicura, Santiago
"""
    pdf = PDF(["#FACTURA ELECTRONICA N 48213", "Comercial Andes Filtros SpA   RUT 76.543.210-K",
               "Fecha emision: 16/11/2026        Vencimiento: 13/12/2026",
               "Cliente: Kestrel Works B.V.      Su OC: 4500016902", "",
               "Cant  Codigo      Descripcion                        P.Unit USD   Total",
               "48    OF-SPIN-M   Filtro aceite spin-on M20x1,5      8,90         427,20",
               "24    OF-HYD-10   Elemento filtro retorno 10 micron  78,80        1.891,20", "",
               "TOTAL USD 2.318,40"], "Factura 48213", "SII DTE")
    body = M("mixed", T(txt), ATT(pdf, "application/pdf", "DTE_33_48213.pdf"))
    eml = MAIL(AD("Facturación Andes Filtros", "facturacion@andesfiltros.example"), "priya.nair@kestrelworks.example",
               "Factura Electrónica N° 48213 - Comercial Andes Filtros SpA", DH("2026-11-16 10:40", "-0300"), body,
               "<dte.48213.20261116@andesfiltros.example>")
    return [po], eml, OTHER("unrelated", "Invoice for PO 4500016902 (not in pos.json); it lists OF-SPIN-M like our open PO "
                                         "4500018574 but bills an earlier shipment. Not an answer to the open PO.")
