# -*- coding: utf-8 -*-
"""Cases 054-070."""
from decimal import Decimal

from .common import case, sup, mkpo, rdate, build, reply, attr, conf, other, allacc, A, C, R, U, auto_hdrs, \
    req_subject, request_eml, req_table, req_text, kw, esc
from . import mime
from .pdf import make_pdf


@case("fume-filters-russian-split", "confirmation/ru-RU",
      "Russian reply splits the carbon cartridges into two lots (36 on 11.12.2026, 24 on 15.01.2027); HEPA as ordered.")
def c054(slug):
    s = sup("LABVENT", 'ООО "ЛабВент Фильтр"', "sales@labvent-filter.example", "ru-RU")
    po = mkpo("4500022263", s, "mara", "EUR", "2026-11-23", [
        ("LV-HEPA-457", "HEPA H13 filter 457x457x150 mm", 30, "EA", "118.00", "2026-12-18"),
        ("LV-CARB-AC", "Carbon filter cartridge for acid vapours, 2 kg fill", 60, "EA", "54.00", "2026-12-18"),
    ])
    body = """Добрый день, Мара!

Подтверждаем заказ 4500022263:

1. Фильтр HEPA H13 457x457x150 - 30 шт. по 118,00 EUR, поставка 18.12.2026.
2. Угольный картридж (кислотные пары) - 60 шт. по 54,00 EUR, поставка двумя партиями:
   36 шт. - 11.12.2026,
   24 шт. - 15.01.2027.

С уважением,
Ирина Соколова
менеджер по экспорту
ООО "ЛабВент Фильтр", 196084, Санкт-Петербург, ул. Заставская, 33
тел. +7 812 555-20-41"""
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, q=60, d="2027-01-15",
                                        sched=[(36, "2026-12-11"), (24, "2027-01-15")])}))
    return build(slug, [po], ("Ирина Соколова", "i.sokolova@labvent-filter.example"),
                 rdate("2026-11-25 10:47:29", "+0300"), body, exp, charset="koi8-r", lang="ru", prefix="RE: ",
                 html_lang="RU")


@case("prisms-hebrew-price", "confirmation/he-IL",
      "Right-to-left Hebrew (windows-1255) reply raises the price of line 1 to 102.00 USD; dates day-first 11/12/2026.")
def c055(slug):
    s = sup("PRISMAMED", 'פריזמה מדידות בע"מ', "sales@prisma-medidot.example", "he-IL")
    po = mkpo("HL-PO-261334", s, "sam", "USD", "2026-11-23", [
        ("PM-RP-60", "Reflector prism 60 mm with holder, 30 mm offset", 20, "EA", "96.00", "2026-12-11"),
        ("PM-TGT-60", "Reflective target sheet 60x60 mm, pack of 20", 50, "EA", "12.40", "2026-12-11"),
    ])
    body = """שלום סאם,

תודה על ההזמנה HL-PO-261334.

פריט 1: 20 יח' במחיר 102.00 דולר ליחידה (עדכון מחיר של הספק), אספקה 11/12/2026.
פריט 2: 50 יח' במחיר 12.40 דולר ליחידה, אספקה 11/12/2026.

בברכה,
דנה לוי
מחלקת מכירות
פריזמה מדידות בע"מ | רח' הברזל 32, תל אביב 6971044
טל' 03-555-4187"""
    exp = conf((po, {1: C(po, 1, p="102.00"), 2: A(po, 2)}))
    return build(slug, [po], ("דנה לוי", "dana.levi@prisma-medidot.example"),
                 rdate("2026-11-25 14:22:15", "+0200"), body, exp, charset="windows-1255", prefix="RE: ",
                 html_lang="HE", rtl=True)


@case("invoice-for-other-order", "unrelated/en-ZA",
      "Tax invoice with PDF for an older, delivered order HL-PO-260981 from the same supplier; yyyy/mm/dd dates and due date.")
def c056(slug):
    s = sup("BLACKBOARD", "Blackboard Coatings (Pty) Ltd", "orders@blackboardcoatings.example", "en-ZA")
    po = mkpo("HL-PO-261340", s, "sam", "ZAR", "2026-11-23", [
        ("BC-CHK-5L", "Chalkboard paint black, 5 L", 30, "EA", "689.00", "2026-12-18"),
        ("BC-CHK-1L", "Chalkboard paint green, 1 L", 60, "EA", "158.50", "2026-12-18"),
    ])
    lines = [("F2", 13, "Blackboard Coatings (Pty) Ltd"),
             ("F1", 9, "18 Electron Avenue, Isando, Kempton Park 1600 - VAT No. 4730261845"),
             ("F1", 9, ""),
             ("F2", 12, "TAX INVOICE INV-77120"),
             ("F1", 10, "Invoice date: 2026/11/24     Customer: Harbourline Supplies Ltd"),
             ("F1", 10, "Your order: HL-PO-260981     Delivery note: DN-40388 (delivered 2026/11/20)"),
             ("F1", 10, ""),
             ("F3", 9, "Item        Description                    Qty   Unit price      Amount"),
             ("F3", 9, "BC-CHK-5L   Chalkboard paint black 5 L      20     R 689.00   R 13,780.00"),
             ("F3", 9, "BC-PRM-5L   Universal primer 5 L            10     R 412.00    R 4,120.00"),
             ("F1", 10, ""),
             ("F3", 9, "                                       Subtotal     R 17,900.00"),
             ("F3", 9, "                                       VAT 15%       R 2,685.00"),
             ("F3", 9, "                                       Total        R 20,585.00"),
             ("F1", 10, ""),
             ("F1", 10, "Payment due: 2026/12/24. Banking details: FNB, acc. 62845519032, branch 250655.")]
    assert 20 * 689 + 10 * 412 == 17900 and Decimal("17900") * Decimal("0.15") == Decimal("2685.00")
    pdf = make_pdf(lines, compress=True, date="20261124153000+02'00'", title="Tax Invoice INV-77120",
                   producer="Sage Business Cloud Accounting", creator="Sage")
    att = mime.attachment(pdf, "application/pdf", "INV-77120.pdf")
    body = """Good day

Please find attached our tax invoice INV-77120 dated 2026/11/24 for your order HL-PO-260981, delivered on 2026/11/20 (DN-40388).

Payment is due by 2026/12/24.

Kind regards
Thandi Mokoena
Accounts Receivable
Blackboard Coatings (Pty) Ltd
Tel: +27 11 555 9021"""
    core = mime.multipart("mixed", [mime.text(body, charset="us-ascii", cte="7bit"), att],
                          "----=_Part_88213_1049271553.1764002400000")
    hs = [("From", mime.addr("Blackboard Coatings Accounts", "accounts@blackboardcoatings.example")),
          ("To", "sam.okafor@harbourline.example"),
          ("Subject", "Tax Invoice INV-77120 - your order HL-PO-260981"),
          ("Date", rdate("2026-11-24 15:30:41", "+0200")),
          ("Message-ID", "<1764002441000.88213.JavaMail.sage@blackboardcoatings.example>"),
          ("X-Mailer", "Sage Business Cloud"), ("MIME-Version", "1.0")]
    return [po], mime.message(hs, core), other("unrelated")


@case("kegs-arabic-windows-1256", "confirmation/ar-AE",
      "Arabic reply (windows-1256, right-to-left) with an English sign-off moves the couplers to 08/01/2027 and never mentions line 3.")
def c057(slug):
    s = sup("GULFKEGS", "Gulf Kegs Trading LLC", "sales@gulfkegs.example", "ar-AE")
    po = mkpo("4500022276", s, "tobias", "USD", "2026-11-24", [
        ("GK-50-SS", "Stainless keg 50 L, 2027 stamping", 100, "EA", "88.00", "2026-12-18"),
        ("GK-COUP-S", "S-type coupler, 5/8 in outlet", 40, "EA", "27.50", "2026-12-18"),
        ("GK-CAP-64", "Keg dust cap 64 mm, blue", 500, "PCS", "0.22", "2026-12-18"),
    ])
    body = """السيد توبياس المحترم،

نشكركم على طلب الشراء رقم 4500022276.

البند 1: نؤكد 100 برميل بسعر 88.00 دولار للوحدة، التسليم 18/12/2026.
البند 2: 40 وصلة بسعر 27.50 دولار للوحدة، التسليم 08/01/2027 بسبب تأخر الشحنة من المصنع.

Best regards,
Omar Al Hashimi
Sales Coordinator
Gulf Kegs Trading LLC | Jebel Ali Free Zone, Dubai, UAE
Tel +971 4 555 2198"""
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, d="2027-01-08"), 3: U}),
               notes="Arabic right-to-left text with Western digits: line 1 as ordered, line 2 moved to 08/01/2027 (day-first); line 3 (dust caps) is not addressed, so unconfirmed.")
    return build(slug, [po], ("Omar Al Hashimi", "omar@gulfkegs.example"),
                 rdate("2026-11-26 09:35:50", "+0400"), body, exp, charset="windows-1256", prefix="RE: ",
                 html_lang="AR-AE", rtl=True)


@case("clips-chinese-gb2312", "confirmation/zh-CN",
      "Chinese GB2312 Foxmail reply with dates as 2027年1月22日; the spring wire gets a new price and a later date.")
def c058(slug):
    s = sup("LVPENG", "宁波绿棚园艺配件有限公司", "sales@lvpeng-garden.example", "zh-CN")
    po = mkpo("4500022281", s, "priya", "CNY", "2026-11-24", [
        ("CN-GC-25", "Greenhouse film clip 25 mm", 50000, "PCS", "0.21", "2027-01-15"),
        ("CN-ZZ-2", "Zigzag spring wire 2 mm, 2 m length", 3000, "PCS", "1.35", "2027-01-15"),
    ])
    body = """Priya 您好：

感谢贵司订单 4500022281，现确认如下：

1. 25mm 卡膜夹 50000 个，单价 0.21 元，交货日期 2027年1月15日。
2. 2mm 卡簧线（2米/根）3000 根，单价调整为 1.42 元（钢丝涨价），交货日期 2027年1月22日。

如有问题请随时联系。

王丽
销售部
宁波绿棚园艺配件有限公司
浙江省宁波市鄞州区工业园区 8 号
电话：0574-5555 8012"""
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, p="1.42", d="2027-01-22")}))
    return build(slug, [po], ("王丽", "wangli@lvpeng-garden.example"),
                 rdate("2026-11-26 16:05:21", "+0800"), body, exp, client="foxmail", charset="gb2312",
                 cte="base64", prefix="回复：", quote="apple",
                 attribution="------------------ 原始邮件 ------------------\n发件人: Priya Natarajan <priya.natarajan@kestrel-group.example>\n发送时间: 2026年11月24日 16:12\n主题: " + req_subject(po))


@case("prisms-big5-pending-line", "confirmation/zh-TW",
      "Traditional Chinese Big5 reply confirms lines 1-2; the soft case is 'out of stock, date to be confirmed next week' = unconfirmed.")
def c059(slug):
    s = sup("TWPRISM", "台灣精密稜鏡股份有限公司", "sales@twprism.example", "zh-TW")
    po = mkpo("HL-PO-261347", s, "sam", "USD", "2026-11-24", [
        ("TW-PR-25", "Prism 25 mm, silver-coated, -30 mm offset", 60, "EA", "42.00", "2026-12-18"),
        ("TW-HLD-SET", "Prism holder set with 5/8 in adapter", 60, "SET", "18.00", "2026-12-18"),
        ("TW-CASE", "Soft case for mini prism", 60, "EA", "4.50", "2026-12-18"),
    ])
    body = """Sam 您好，

感謝您的訂單 HL-PO-261347，確認如下：

項次1：稜鏡 25 mm，60 個，單價 USD 42.00，交期 2026/12/18
項次2：稜鏡座組，60 組，單價 USD 18.00，交期 2026/12/18
項次3：軟盒目前缺貨，交期待確認，下週回覆您。

敬祝 商祺

林美玲 Meiling Lin
業務部
台灣精密稜鏡股份有限公司
台中市西屯區工業區三十八路 21 號
TEL: +886-4-2355-5172"""
    exp = conf((po, {1: A(po, 1), 2: A(po, 2), 3: U}),
               notes="Line 3 is addressed but without commitment ('交期待確認，下週回覆'), so it is unconfirmed.")
    return build(slug, [po], ("林美玲 Meiling Lin", "meiling.lin@twprism.example"),
                 rdate("2026-11-26 17:40:02", "+0800"), body, exp, charset="big5", cte="base64", prefix="RE: ",
                 html_lang="ZH-TW")


@case("handrails-values-only-in-quote", "needs_review/ko-KR",
      "Korean reply says the price differs from 'the amount in the mail below' and the date is being checked; every number is in our quoted request.")
def c060(slug):
    s = sup("DAEHAN", "(주)대한핸드레일", "sales@daehan-handrail.example", "ko-KR")
    po = mkpo("4500022290", s, "mara", "USD", "2026-11-25", [
        ("DH-HR-75", "Escalator handrail 75 mm, black rubber, per metre", 200, "M", "46.00", "2026-12-18"),
        ("DH-RLR-60", "Handrail drive roller 60 mm", 24, "EA", "38.00", "2026-12-18"),
    ])
    body = """안녕하세요, Mara 님.

주문서 4500022290 잘 받았습니다. 감사합니다.

다만 단가가 아래 메일에 적힌 금액과 다릅니다. 내일 새 단가표를 보내드리겠습니다.
납기는 공장과 확인 중이며, 확인되는 대로 회신드리겠습니다.

감사합니다.

박지훈 대리
해외영업팀
(주)대한핸드레일 | 경기도 시흥시 공단1대로 204
Tel. +82-31-555-4187"""
    return build(slug, [po], ("박지훈", "jh.park@daehan-handrail.example"),
                 rdate("2026-11-26 10:15:33", "+0900"), body, other("needs_review"), charset="euc-kr",
                 cte="base64", prefix="RE: ", html_lang="KO")


@case("vests-vietnamese", "confirmation/vi-VN",
      "Vietnamese reply with dot thousands and comma decimals: zip vests repriced to 2,55 USD and moved to 25/12/2026.")
def c061(slug):
    s = sup("SAOVIET", "Công ty TNHH Bảo Hộ Lao Động Sao Việt", "sales@saoviet-baoho.example", "vi-VN")
    po = mkpo("HL-PO-261352", s, "sam", "USD", "2026-11-24", [
        ("SV-VEST-MESH", "Mesh safety vest, lime, 2 x 5 cm tape, size L", 1000, "PCS", "1.85", "2026-12-18"),
        ("SV-VEST-ZIP", "Zip vest with ID pocket, orange, XL", 600, "PCS", "2.40", "2026-12-18"),
    ])
    body = """Chào anh Sam,

Cảm ơn anh đã gửi đơn hàng HL-PO-261352. Bên em xin xác nhận như sau:

- Mục 1: áo lưới phản quang, 1.000 cái, đơn giá 1,85 USD, giao hàng ngày 18/12/2026.
- Mục 2: áo khóa kéo có túi thẻ, 600 cái, đơn giá 2,55 USD (do vải tăng giá), giao hàng ngày 25/12/2026.

Trân trọng,
Nguyễn Thị Hương
Phòng Kinh doanh
Công ty TNHH Bảo Hộ Lao Động Sao Việt
KCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh
ĐT: +84 28 5555 2187"""
    a = attr(po, "Vào {wd}, {d} thg {m}, {y} lúc 09:12 {name} <{email}> đã viết:",
             ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"])
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, p="2.55", d="2026-12-25")}))
    return build(slug, [po], ("Nguyễn Thị Hương", "huong.nguyen@saoviet-baoho.example"),
                 rdate("2026-11-27 09:20:44", "+0700"), body, exp, client="gmail", attribution=a, cte="base64",
                 prefix="Re: ")


@case("tattoo-ink-thai-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 reply writes dates in the Buddhist calendar ('22 ธ.ค. 2569' = 2026-12-22).")
def c062(slug):
    s = sup("SIAMINK", "บริษัท สยามอิงค์ จำกัด", "sales@siamink.example", "th-TH")
    po = mkpo("4500022298", s, "priya", "USD", "2026-11-25", [
        ("SI-BLK-250", "Black tattoo ink 250 ml, vegan", 40, "EA", "38.00", "2026-12-18"),
        ("SI-SHD-120", "Shading solution 120 ml", 60, "EA", "9.50", "2026-12-18"),
    ])
    body = """เรียน คุณ Priya

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500022298 บริษัทฯ ขอยืนยันรายการดังนี้

รายการที่ 1: หมึกสีดำ 250 ml จำนวน 40 ขวด ราคา 38.00 USD ส่งมอบวันที่ 22 ธ.ค. 2569
รายการที่ 2: น้ำยาเฉดสี 120 ml จำนวน 60 ขวด ราคา 9.50 USD ส่งมอบวันที่ 18 ธ.ค. 2569

ขอแสดงความนับถือ
สมชาย ใจดี
ฝ่ายขาย บริษัท สยามอิงค์ จำกัด
99/9 ถ.บางนา-ตราด กม.18 จ.สมุทรปราการ 10540
โทร 02-555-4187"""
    exp = conf((po, {1: C(po, 1, d="2026-12-22"), 2: A(po, 2)}),
               notes="Buddhist Era year 2569 = 2026 CE; 'ธ.ค.' is December, so line 1 is 2026-12-22 and line 2 is as requested.")
    return build(slug, [po], ("Somchai Jaidee", "somchai@siamink.example"),
                 rdate("2026-11-27 14:02:10", "+0700"), body, exp, charset="tis-620", prefix="RE: ",
                 html_lang="TH")


@case("gmail-bounce-address-not-found", "bounce/id-ID",
      "Gmail 'Address not found' DSN (550 5.1.1) with HTML explanation and the complete original request attached.")
def c063(slug):
    s = sup("SUSUKAMBING", "CV Susu Kambing Nusantara", "pesanan@susukambing-nusantara.example", "id-ID")
    po = mkpo("HL-PO-261360", s, "claire", "USD", "2026-11-25", [
        ("SK-SAB-100", "Goat milk soap 100 g, pandan", 2000, "PCS", "0.86", "2026-12-18"),
        ("SK-SAB-LQ", "Goat milk liquid soap 250 ml", 500, "PCS", "1.70", "2026-12-18"),
    ])
    orig = request_eml(po)
    ptxt = """
** Address not found **

Your message wasn't delivered to pesanan@susukambing-nusantara.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
"""
    phtml = ("<html><head></head><body><table cellpadding=\"0\" cellspacing=\"0\" class=\"email-wrapper\" "
             "style=\"padding-top:32px;background-color:#ffffff\"><tbody><tr><td><table cellpadding=0 cellspacing=0>"
             "<tbody><tr><td style=\"font-size:24px;padding-bottom:12px\">Address not found</td></tr>"
             "<tr><td style=\"font-size:16px\">Your message wasn't delivered to <a style='color:#212121;text-decoration:none'>"
             "<b>pesanan@susukambing-nusantara.example</b></a> because the address couldn't be found, or is unable to receive mail."
             "</td></tr><tr><td style=\"padding-top:24px\">The response was:</td></tr>"
             "<tr><td><p style=\"font-family:monospace\">550 5.1.1 The email account that you tried to reach does not exist.</p>"
             "</td></tr></tbody></table></td></tr></tbody></table></body></html>")
    alt = mime.multipart("alternative", [mime.text(ptxt, charset="UTF-8"),
                                         mime.text(phtml, subtype="html", charset="UTF-8")],
                         "000000000000a4e1b80643f2c7d9")
    ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; claire.dubois@harbourline.example
Arrival-Date: Wed, 25 Nov 2026 00:12:05 -0800 (PST)
X-Original-Message-ID: %s

Final-Recipient: rfc822; pesanan@susukambing-nusantara.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.susukambing-nusantara.example. (192.0.2.15, the server for the domain susukambing-nusantara.example.)
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Wed, 25 Nov 2026 00:12:07 -0800 (PST)
""" % po["request_message_id"]
    core = mime.multipart("report", [alt, mime.delivery_status(ds), mime.rfc822(orig)],
                          "000000000000a4d9b40643f2c7b1", params="; report-type=delivery-status")
    hs = [("Return-Path", "<>"),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", "claire.dubois@harbourline.example"), ("Auto-Submitted", "auto-replied"),
          ("Subject", "Delivery Status Notification (Failure)"),
          ("References", po["request_message_id"]), ("In-Reply-To", po["request_message_id"]),
          ("X-Failed-Recipients", "pesanan@susukambing-nusantara.example"),
          ("Message-ID", "<6744a6b7.050a0220.1c3f2e.9a41.GMR@mx.google.com>"),
          ("Date", rdate("2026-11-25 00:12:07", "-0800")), ("MIME-Version", "1.0")]
    return [po], mime.message(hs, core), other("bounce")


@case("goat-soap-indonesian-split", "confirmation/id-ID",
      "Indonesian reply ships line 1 in two lots (1.800 on 11/12/2026, 1.200 on 8/1/2027) with dot thousands and comma prices.")
def c064(slug):
    s = sup("LESTARI", "PT Sabun Kambing Lestari", "penjualan@sabunlestari.example", "id-ID")
    po = mkpo("4500022305", s, "mara", "USD", "2026-11-25", [
        ("SL-GOAT-100", "Goat milk soap 100 g, sandalwood", 3000, "PCS", "0.92", "2026-12-18"),
        ("SL-GOAT-KIDS", "Kids goat milk soap 75 g, 2027 design", 1500, "PCS", "0.88", "2026-12-18"),
    ])
    body = """Selamat siang Ibu Mara,

Terima kasih atas PO 4500022305. Kami konfirmasi sebagai berikut:

1. Sabun susu kambing cendana 100 g: 3.000 pcs @ USD 0,92 - pengiriman bertahap: 1.800 pcs tgl 11/12/2026 dan 1.200 pcs tgl 8/1/2027.
2. Sabun anak 75 g: 1.500 pcs @ USD 0,88 - tiba 18/12/2026 sesuai permintaan.

Hormat kami,
Dewi Lestari
Bagian Penjualan Ekspor
PT Sabun Kambing Lestari
Jl. Raya Bogor KM 31, Depok 16953, Indonesia
Telp. +62 21 5555 8740"""
    a = attr(po, "Pada {wd}, {d} {mon} {y} pukul 09.12 {name} <{email}> menulis:",
             ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"],
             ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"])
    exp = conf((po, {1: C(po, 1, q=3000, d="2027-01-08", sched=[(1800, "2026-12-11"), (1200, "2027-01-08")]),
                     2: A(po, 2)}),
               notes="Line 1 ships in two lots (day-first dates, 8/1/2027 = 8 January 2027); only ship dates are given, so they count.")
    return build(slug, [po], ("Dewi Lestari", "dewi@sabunlestari.example"),
                 rdate("2026-11-27 12:30:15", "+0700"), body, exp, client="gmail", attribution=a, prefix="Re: ")


@case("nursing-pads-new-price-needs-ok", "needs_review/ms-MY",
      "Malay reply quotes a new unit price and asks us to agree before it confirms the order and delivery date.")
def c065(slug):
    s = sup("PADSUSU", "Syarikat Pad Penyusuan Bersatu Sdn Bhd", "jualan@padpenyusuan.example", "ms-MY")
    po = mkpo("4500022312", s, "priya", "USD", "2026-11-25", [
        ("PP-DISP-IW", "Disposable nursing pads, individually wrapped", 50000, "PCS", "0.033", "2026-12-18"),
    ])
    body = """Salam sejahtera Cik Priya,

Terima kasih atas pesanan 4500022312.

Harga bahan mentah telah naik sejak 1 November; harga baharu ialah USD 0.036 seunit (sebelum ini USD 0.033).
Sila sahkan sama ada pihak tuan/puan bersetuju dengan harga baharu ini. Selepas itu kami akan mengesahkan pesanan dan tarikh penghantaran.

Sekian, terima kasih.

Nurul Aina binti Ahmad
Eksekutif Jualan
Syarikat Pad Penyusuan Bersatu Sdn Bhd
Lot 12, Jalan Perindustrian 3, 81400 Senai, Johor
Tel: +60 7 555 4120"""
    return build(slug, [po], ("Nurul Aina Ahmad", "nurul.aina@padpenyusuan.example"),
                 rdate("2026-11-27 11:05:27", "+0800"), body, other("needs_review"), prefix="RE: ",
                 html_lang="MS")


@case("marble-hinglish-per-drum", "confirmation/hi-IN",
      "Hindi/English mix prices line 2 per 40 L drum (Rs 8,800 = 220 per litre, up from 210) and gives dispatch and delivery dates.")
def c066(slug):
    s = sup("SGMARBLE", "Shree Ganesh Marble Chemicals", "sales@sgmarblechem.example", "hi-IN")
    po = mkpo("4500022320", s, "priya", "INR", "2026-11-25", [
        ("SG-POL-20", "Marble polishing powder, 20 kg bags", 2000, "KG", "145.00", "2026-12-18"),
        ("SG-GRAN-L", "Granite polish liquid, 40 L drums", 600, "L", "210.00", "2026-12-18"),
    ])
    body = """नमस्ते प्रिया जी,

आपका PO 4500022320 मिल गया, धन्यवाद।

Item 1: 2,000 kg (100 bags x 20 kg) @ ₹145/kg, total ₹2,90,000 - dispatch 10/12/2026, आपके warehouse पर delivery 18/12/2026 तक।
Item 2: 600 L = 15 drums, इसका rate अब ₹8,800 per drum (40 L) रहेगा, delivery 18/12/2026।

धन्यवाद,
Rajesh Agarwal
Shree Ganesh Marble Chemicals
Plot 23, RIICO Industrial Area, Kishangarh, Rajasthan 305801
+91 1463 255 418"""
    assert Decimal("8800") / 40 == Decimal("220") and 2000 * 145 == 290000
    exp = conf((po, {1: A(po, 1), 2: C(po, 2, p="220.00")}),
               notes="Rs 8,800 per 40 L drum = 220.00 per litre (PO 210.00); line 1 gives dispatch 10/12 and delivery 18/12, delivery wins; lakh grouping 2,90,000.")
    return build(slug, [po], ("Rajesh Agarwal", "rajesh@sgmarblechem.example"),
                 rdate("2026-12-01 10:42:09", "+0530"), body, exp, client="gmail", prefix="Re: ")


@case("delivery-order-other-po", "unrelated/en-SG",
      "Dispatch advice with a PDF delivery order for an earlier PO HL-PO-261120, with ship date and ETA; the open PO is not mentioned.")
def c067(slug):
    s = sup("LIONCITY", "Lion City Safety Pte Ltd", "sales@lioncitysafety.example", "en-SG")
    po = mkpo("HL-PO-261361", s, "sam", "USD", "2026-11-25", [
        ("LC-VEST-CL2", "Hi-vis vest class 2, orange, M-XXL assorted", 800, "PCS", "2.75", "2026-12-18"),
        ("LC-VEST-SRV", "Surveyor vest with 10 pockets, lime, L", 120, "PCS", "8.90", "2026-12-18"),
    ])
    lines = [("F2", 13, "LION CITY SAFETY PTE LTD"),
             ("F1", 9, "21 Tuas South Ave 6, Singapore 637021 - GST Reg No. 201512345K"),
             ("F1", 9, ""),
             ("F2", 12, "DELIVERY ORDER DO-SG-55821"),
             ("F1", 10, "DO date: 26/11/2026     Customer PO: HL-PO-261120"),
             ("F1", 10, "Ship via: ONE Line, vessel ONE HARMONY 051W, ETD 26/11/2026, ETA Felixstowe 29/12/2026"),
             ("F1", 10, ""),
             ("F3", 9, "No  Item code      Description                         Qty    UOM"),
             ("F3", 9, "1   LC-VEST-CL2    Hi-vis vest class 2, yellow, L       600    PCS"),
             ("F3", 9, "2   LC-RAIN-JKT    Hi-vis rain jacket, orange, XL       150    PCS"),
             ("F1", 10, ""),
             ("F1", 10, "Packages: 12 cartons, gross weight 286.5 kg"),
             ("F1", 9, "Received in good order and condition: ____________________")]
    pdf = make_pdf(lines, compress=False, date="20261126170500+08'00'", title="Delivery Order DO-SG-55821",
                   producer="Xero", creator="Xero")
    att = mime.attachment(pdf, "application/pdf", "DO-SG-55821.pdf")
    body = """Dear Customer,

Please be informed that the goods under your PO HL-PO-261120 have been shipped on 26/11/2026 (ETD) and are expected to arrive at Felixstowe on 29/12/2026 (ETA).

Please find attached Delivery Order DO-SG-55821 for your reference.

Thank you and best regards,
Logistics Department
Lion City Safety Pte Ltd
Tel: +65 6555 2910"""
    core = mime.multipart("mixed", [mime.multipart("alternative", [
        mime.text(body, charset="us-ascii", cte="7bit"),
        mime.text("<html><body>" + "<br>\n".join(esc(x) for x in body.split("\n")) + "</body></html>",
                  subtype="html", charset="us-ascii", cte="7bit")], "_000_SG2PR06MB5503A1B2C3D4E5F6_"), att],
        "_004_SG2PR06MB5503A1B2C3D4E5F6_")
    hs = [("From", mime.addr("Lion City Safety Logistics", "logistics@lioncitysafety.example")),
          ("To", "Sam Okafor <sam.okafor@harbourline.example>"),
          ("Subject", "Delivery Order DO-SG-55821 - Your PO HL-PO-261120 - Shipped"),
          ("Thread-Topic", "Delivery Order DO-SG-55821 - Your PO HL-PO-261120 - Shipped"),
          ("Date", rdate("2026-11-26 17:06:12", "+0800")),
          ("Message-ID", "<SG2PR06MB5503A1B2C3D4E5F6@SG2PR06MB5503.apcprd06.prod.outlook.com>"),
          ("Content-Language", "en-SG"), ("X-MS-Has-Attach", "yes"), ("MIME-Version", "1.0")]
    return [po], mime.message(hs, core), other("unrelated")


@case("wind-tunnel-us-ship-and-delivery", "confirmation/en-US",
      "US month-first dates with both ship and delivery dates per line (ships 01/22/2027, delivers 01/27/2027); delivery dates win.")
def c068(slug):
    s = sup("AEROFORM", "AeroForm Test Models Inc.", "orders@aeroformmodels.example", "en-US")
    po = mkpo("4500022334", s, "tobias", "USD", "2026-11-26", [
        ("AF-WING-0012", "Half-span wing model NACA 0012, 1:8, 24V pressure scanner ports", 1, "EA", "26500.00",
         "2027-01-29"),
        ("AF-FAIR-1220", "Fairing set 12x20 in, glass fiber", 2, "SET", "1840.00", "2026-12-18"),
    ])
    body = """Hi Tobias,

Thanks for PO 4500022334. Confirming:

Line 1: half-span wing model 1:8 - $26,500.00, ships 01/22/2027, 5 days transit to Zoetermeer, delivery 01/27/2027.
Line 2: fairing set 12x20 x 2 - $1,840.00/set, ships 12/04/2026, delivery 12/11/2026.

Let me know if you need the CAD files for the sting interface before then.

Regards,
Jake Thornton
Program Manager | AeroForm Test Models Inc.
4100 Aviation Pkwy, Wichita, KS 67209
(316) 555-0172"""
    exp = conf((po, {1: C(po, 1, d="2027-01-27"), 2: C(po, 2, d="2026-12-11")}),
               notes="Month-first US dates; each line has a ship and a delivery date and the delivery date wins (2027-01-27 and 2026-12-11, both earlier than requested).")
    return build(slug, [po], ("Jake Thornton", "jthornton@aeroformmodels.example"),
                 rdate("2026-12-02 08:14:27", "-0600"), body, exp, prefix="RE: ", html_lang="EN-US")


@case("exim-bounce-plain", "bounce/lv-LV",
      "Plain-text Exim 'Mail delivery failed' (550 5.7.1 rejected as spam) followed by the full original request with its PO table.")
def c069(slug):
    s = sup("GRIDAS", "SIA Grīdas Pamatne", "pasutijumi@gridas-pamatne.example", "lv-LV")
    po = mkpo("4500022341", s, "mara", "EUR", "2026-11-30", [
        ("GP-PE-3", "PE foam underlay 3 mm, 20 m2 roll", 50, "ROL", "18.90", "2026-12-18"),
        ("GP-XPS-5", "XPS underlay boards 5 mm, 5 m2 pack", 120, "BOX", "9.40", "2026-12-18"),
    ])
    orig = request_eml(po).decode("ascii")
    text = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pasutijumi@gridas-pamatne.example
    host mx.gridas-pamatne.example [192.0.2.88]
    SMTP error from remote mail server after end of data:
    550 5.7.1 Message rejected as spam by Content Filtering (score 7.4)

------ This is a copy of the message, including all the headers. ------

Return-path: <mara.lindqvist@kestrel-group.example>
Received: from [10.20.4.17] (helo=p2p01.kestrel-group.example)
	by mx1.kestrel-group.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.98)
	(envelope-from <mara.lindqvist@kestrel-group.example>)
	id 1vHx2k-00031q-0V
	for pasutijumi@gridas-pamatne.example; Mon, 30 Nov 2026 09:12:05 +0100
""" + orig
    part = mime.text(text, charset="us-ascii", cte="7bit", qcharset=False)
    hs = [("Return-path", "<>"), ("Envelope-to", "mara.lindqvist@kestrel-group.example"),
          ("Date", rdate("2026-11-30 09:12:09", "+0100")),
          ("From", "Mail Delivery System <Mailer-Daemon@mx1.kestrel-group.example>"),
          ("To", "mara.lindqvist@kestrel-group.example"),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Auto-Submitted", "auto-replied"),
          ("X-Failed-Recipients", "pasutijumi@gridas-pamatne.example"),
          ("Message-Id", "<E1vHx2m-00031x-2A@mx1.kestrel-group.example>"), ("MIME-Version", "1.0")]
    return [po], mime.message(hs, part), other("bounce")


@case("ooo-big5-trade-fair", "auto_reply/zh-TW",
      "Bilingual Traditional Chinese/English out-of-office (Big5) with absence dates 11/30-12/4 and an assistant's extension.")
def c070(slug):
    s = sup("XIANYI", "弦藝樂器股份有限公司", "sales@xianyi-strings.example", "zh-TW")
    po = mkpo("HL-PO-261372", s, "claire", "USD", "2026-11-30", [
        ("XY-VC-A-44", "Cello A string 4/4, steel core, medium", 100, "EA", "9.80", "2026-12-18"),
        ("XY-VC-SET-12", "Cello string set 1/2 size", 40, "SET", "28.50", "2026-12-18"),
    ])
    body = """您好，

我於 2026年11月30日至12月4日 出國參加上海國際樂器展，期間回覆郵件會有延遲。
訂單相關緊急事項，請聯絡業務助理 陳小姐（分機 215）或來信 sales@xianyi-strings.example。

Thank you for your email. I am out of the office from 30 Nov to 4 Dec 2026 (Music China, Shanghai) with limited access to email. For urgent order matters please contact my assistant Ms. Chen (ext. 215).

謝謝！
張志明 Jimmy Chang
弦藝樂器股份有限公司"""
    eml = reply(slug, po, ("張志明 Jimmy Chang", "jimmy.chang@xianyi-strings.example"),
                rdate("2026-11-30 16:12:52", "+0800"), body, quote="none", charset="big5", cte="base64",
                subject="自動回覆: " + req_subject(po), extra_headers=auto_hdrs(), html_lang="ZH-TW")
    return [po], eml, other("auto_reply")
