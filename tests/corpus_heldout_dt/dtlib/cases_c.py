# -*- coding: utf-8 -*-
from .common import *  # noqa


@case("cn-labelprinters-foxmail-gbk", "confirmation", "zh-CN",
      "Foxmail reply in GBK/base64 with a Chinese '原始邮件' quote header; dates '12月25日' without year, one ribbon price raised, full-width yen signs.")
def c_cn():
    s = sup("SZLABEL", "深圳市标签科技有限公司", "sales@szlabeltech.example", "zh-CN")
    po = PO("4500081544", s, [
        ("LP-T4", "Label printer, thermal transfer 4 inch 203 dpi", 8, "EA", "2350.00", "2026-12-18"),
        ("LBL-10050", "Thermal labels 100 x 50 mm, 1000/roll", 200, "ROL", "18.50", "2026-12-18"),
        ("RB-110", "Wax ribbon 110 mm x 300 m", 100, "ROL", "16.00", "2026-12-18"),
    ], currency="CNY", issued="2026-11-12", buyer="dana")
    body = """Dana 您好，

PO 4500081544 已收到，确认如下：

1. LP-T4 标签打印机 8台，单价￥2,350.00，预计交期：12月25日
2. 热敏标签 100x50mm 200卷，单价￥18.50，交期：12月18日
3. 碳带 110mm×300m 100卷，单价由￥16.00调整为￥17.20（原材料涨价），交期：12月18日

如有问题请随时联系。

谢谢！
王丽 Lily Wang
深圳市标签科技有限公司 | 销售部
电话：0755-2345 6789 | 手机：138 0013 8000

------------------ 原始邮件 ------------------
发件人: "Dana Ruiz"<%s>;
发送时间: 2026年11月12日(星期四) 下午3:30
收件人: "sales"<sales@szlabeltech.example>;
主题: %s

%s""" % (po["buyer"]["email"], req_subject(po), req_text(po))
    raw = eml(addr("王丽", s["email"], "gbk"), buyer_to(po), "回复：" + req_subject(po),
              mdate("2026-11-13 09:18:33", "+0800"), "<tencent_4F2A9C1D8E7B6A5F4E3D2C1B0A998877@qq.example>",
              text(body, cs="gbk", cte="base64"), cs="gbk", xmailer="Foxmail 7.2.25.254[cn]", **reply_headers(po))
    exp = conf("Line 1 date 12月25日 = 2026-12-25; line 2 as ordered; line 3 price 17.20 (was 16.00), date as ordered.",
               (po, {1: C(d="2026-12-25"), 2: A, 3: C(p="17.20")}))
    return [po], raw, exp


@case("tw-draincleaner-roc-calendar-big5", "confirmation", "zh-TW",
      "Traditional Chinese Big5 reply using ROC (Minguo) dates 115/12/15 and 116/01/08; line 2 split in two deliveries.")
def c_tw():
    s = sup("YUNGHSIN", "永信清潔用品股份有限公司", "service@yunghsin.example", "zh-TW")
    po = PO("4500081550", s, [
        ("DC-GEL1L", "Drain cleaner gel 1 L", 300, "EA", "129.00", "2026-12-15"),
        ("DC-PWD500", "Drain cleaner powder 500 g", 200, "EA", "85.00", "2026-12-15"),
    ], currency="TWD", issued="2026-11-12", buyer="mei")
    body = """Mei 小姐 您好：

貴公司訂單 4500081550 已確認如下：

1. 水管疏通凝膠 1L　300 瓶　單價 NT$129　交貨日 115/12/15
2. 水管疏通粉 500g　因原料缺貨，200 包分兩批交貨：115/12/15 先交 120 包，餘 80 包於 116/01/08 交貨，單價 NT$85 不變。

敬請查照，謝謝！

永信清潔用品股份有限公司　業務部
陳怡君
電話：(02) 2345-6789 分機 15
"""
    raw = eml(addr("陳怡君", s["email"], "big5"), buyer_to(po), "回覆: " + req_subject(po),
              mdate("2026-11-13 11:40:02", "+0800"), mid("x", "tw38", "yunghsin.example"),
              text(body, cs="big5", cte="base64"), cs="big5", **reply_headers(po))
    exp = conf("ROC year 115 = 2026, 116 = 2027. Line 1 as ordered. Line 2: 120 on 2026-12-15 + 80 on 2027-01-08 (total 200, price unchanged).",
               (po, {1: A, 2: C(d="2027-01-08", sched=[(120, "2026-12-15"), (80, "2027-01-08")])}))
    return [po], raw, exp


@case("kr-jacks-euckr-one-line-pending", "confirmation", "ko-KR",
      "Korean EUC-KR reply: line 1 confirmed, line 2 'stock being checked, will inform tomorrow' (unconfirmed), line 3 confirmed with a later 'YYYY. M. D.' date.")
def c_kr():
    s = sup("DAEHAN", "(주)대한유압", "sales@daehanhyd.example", "ko-KR")
    po = PO("4500081563", s, [
        ("JK-BT20", "Bottle jack 20 t", 12, "EA", "68000", "2026-12-11"),
        ("JK-FL3", "Floor jack 3 t, low profile", 4, "EA", "245000", "2026-12-11"),
        ("JK-ST6", "Jack stand 6 t (pair)", 10, "PR", "52000", "2026-12-11"),
    ], currency="KRW", issued="2026-11-12", buyer="dana")
    body = """Dana Ruiz 님, 안녕하세요.
대한유압 영업팀 김지훈입니다.

발주서 4500081563 확인하였습니다.

1번 보틀잭 20톤 12대: 단가 68,000원, 납기 2026. 12. 11.
2번 플로어잭 3톤: 현재 재고 확인 중이며 내일 중으로 납기 안내드리겠습니다.
3번 잭스탠드 6톤 10조: 단가 52,000원, 납기 2027. 1. 8.

감사합니다.

김지훈 과장 | (주)대한유압 영업팀
경기도 안산시 단원구 산단로 123 | T. 031-123-4567 | M. 010-1234-5678
"""
    raw = eml(addr("김지훈", s["email"], "euc-kr"), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-13 14:02:51", "+0900"), mid("x", "kr39", "daehanhyd.example"),
              text(body, cs="euc-kr", cte="base64"), cs="euc-kr", **reply_headers(po))
    exp = conf("Line 1 accepted; line 2 deferred to tomorrow -> unconfirmed; line 3 2027. 1. 8. = 2027-01-08.",
               (po, {1: A, 2: U, 3: C(d="2027-01-08")}))
    return [po], raw, exp


@case("vn-kraft-dot-thousands-accept", "confirmation", "vi-VN",
      "Vietnamese multipart reply; VND prices with dot thousands ('1.250.000 đ') that must not be read as decimals; everything as ordered.")
def c_vn():
    s = sup("GIAYSG", "Công ty TNHH Giấy Bao Bì Sài Gòn", "kinhdoanh@giaybaobisg.example", "vi-VN")
    po = PO("4500081571", s, [
        ("GK-80", "Kraft paper 80 gsm, roll 120 cm", 30, "ROL", "1250000", "2026-12-14"),
        ("GK-120", "Kraft paper 120 gsm, roll 120 cm", 15, "ROL", "1680000", "2026-12-14"),
    ], currency="VND", issued="2026-11-13", buyer="mei")
    t = """Kính gửi chị Mei,

Công ty chúng tôi xin xác nhận đơn đặt hàng số 4500081571 như sau:

- Giấy kraft 80 gsm khổ 120 cm: 30 cuộn, đơn giá 1.250.000 đ/cuộn, giao ngày 14/12/2026.
- Giấy kraft 120 gsm khổ 120 cm: 15 cuộn, đơn giá 1.680.000 đ/cuộn, giao ngày 14/12/2026.

Đơn giá chưa bao gồm thuế GTGT 8%.

Trân trọng,
Nguyễn Thị Hồng
Phòng Kinh doanh – Công ty TNHH Giấy Bao Bì Sài Gòn
KCN Tân Bình, TP. Hồ Chí Minh | ĐT: 028 3812 3456
"""
    intro = "Vào Th 6, 13 thg 11, 2026 lúc 14:30 Mei Lindqvist <%s> đã viết:" % po["buyer"]["email"]
    raw = eml(addr("Nguyễn Thị Hồng", s["email"]), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-16 09:05:10", "+0700"), mid("gmail", "vn40"),
              mp("alternative", text(t + "\n" + q_gmail(po, intro), cte="base64"),
                 text(html_doc(txt2html(t) + html_quote(po, intro), "vi"), "html", cte="base64"), style="gmail"),
              **reply_headers(po))
    exp = conf("Both lines as ordered: 1.250.000 = 1250000, 1.680.000 = 1680000, 14/12/2026. VAT remark is not a change.",
               (po, {1: A, 2: A}))
    return [po], raw, exp


@case("id-fenceposts-split-week-after", "confirmation", "id-ID",
      "Indonesian reply with 'btg' units and Rp dot thousands; line 1 split 250 + 150 'minggu depannya' with the explicit second date.")
def c_id():
    s = sup("PAGARBAJA", "PT Pagar Baja Nusantara", "sales@pagarbaja.example", "id-ID")
    po = PO("4500081585", s, [
        ("TP-GLV180", "Tiang pagar galvanis 180 cm", 400, "EA", "87500", "2026-12-16"),
        ("KLM-U", "Klem U untuk tiang pagar", 800, "EA", "4200", "2026-12-16"),
    ], currency="IDR", issued="2026-11-13", buyer="mei")
    body = """Selamat siang Bu Mei,

Terima kasih atas PO 4500081585. Kami konfirmasi sbb:

1. Tiang pagar galvanis 180 cm - 400 btg @ Rp 87.500, dikirim bertahap: 250 btg tgl 16 Desember 2026, sisanya 150 btg minggu depannya (23 Desember 2026).
2. Klem U - 800 pcs @ Rp 4.200, kirim 16 Desember 2026.

Harga belum termasuk PPN 11%.

Salam,
Dewi Lestari
Sales Admin - PT Pagar Baja Nusantara
Jl. Industri Raya No. 8, Cikarang | Telp. (021) 8990 1234 | WA 0812 3456 7890
"""
    raw = eml(addr("Dewi Lestari", s["email"]), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-16 12:14:09", "+0700"), mid("x", "id41", "pagarbaja.example"),
              text(body, cte="quoted-printable", flowed=True), **reply_headers(po))
    exp = conf("Line 1: 250 on 2026-12-16 + 150 on 2026-12-23 (total 400, price same). Line 2 accepted.",
               (po, {1: C(d="2026-12-23", sched=[(250, "2026-12-16"), (150, "2026-12-23")]), 2: A}))
    return [po], raw, exp


@case("my-ooo-bercuti", "auto_reply", "ms-MY",
      "Malay/English bilingual out-of-office with return date and alternate contact, sent with Auto-Submitted and a 'Balasan automatik' subject.")
def c_my():
    s = sup("PERKAKAS", "Syarikat Perkakas Maju Sdn. Bhd.", "jualan@perkakasmaju.example", "ms-MY")
    po = PO("4500081592", s, [
        ("PM-DRN1", "Drain cleaner liquid 1 L", 240, "EA", "9.80", "2026-12-09"),
    ], currency="MYR", issued="2026-11-13", buyer="omar")
    body = """Terima kasih atas e-mel anda.

Saya sedang bercuti dan akan kembali ke pejabat pada 23 November 2026. Untuk sebarang pertanyaan berkaitan pesanan, sila hubungi Encik Faizal di 03-5512 3456 atau faizal@perkakasmaju.example.

Thank you for your email. I am on leave and will return on 23 November 2026. For order enquiries please contact Mr Faizal at 03-5512 3456.

Nurul Aina binti Hassan
Syarikat Perkakas Maju Sdn. Bhd.
"""
    raw = eml(addr("Nurul Aina", "nurul@perkakasmaju.example"), buyer_to(po),
              "Balasan automatik: " + req_subject(po), mdate("2026-11-13 16:30:12", "+0800"),
              mid("outlook", "my42"), text(body), extra=[("Auto-Submitted", "auto-replied")], **reply_headers(po))
    return [po], raw, other("auto_reply", "Out-of-office in Malay and English.")


@case("ph-nitrile-aprons-per-dozen", "confirmation", "en-PH",
      "Philippine English with prices per dozen: line 1 per-dozen price equals the PO per-piece price (accepted), line 2 works out higher; month-first date 12/18/2026.")
def c_ph():
    s = sup("CEBUSAFE", "Cebu Safety Supply Corp.", "sales@cebusafety.example", "en-PH")
    po = PO("4500081598", s, [
        ("NA-2845", "Nitrile apron 28 x 45 in, green", 120, "EA", "85.00", "2026-12-12"),
        ("NA-3645HD", "Nitrile apron 36 x 45 in, heavy duty", 60, "EA", "112.00", "2026-12-12"),
    ], currency="PHP", issued="2026-11-13", buyer="dana")
    body = """Hi Ma'am Dana,

Good day!

Pls be informed that we can serve your PO 4500081598 as follows:

- Nitrile apron 28x45 green - 120 pcs (10 doz) @ PHP 1,020.00/doz, delivery 12/12/2026
- Nitrile apron 36x45 HD - 60 pcs (5 doz) @ PHP 1,380.00/doz, delivery on 12/18/2026 since stocks are still in transit from Manila

Thank you and God bless!

Regards,
Jessa Mae Villanueva
Sales Coordinator | Cebu Safety Supply Corp.
M.J. Cuenco Ave., Cebu City | (032) 412 3456 | 0917 123 4567
"""
    raw = eml(addr("Jessa Mae Villanueva", s["email"]), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-16 10:22:45", "+0800"), mid("outlook", "ph43"),
              mp("alternative", text(body + "\n" + q_outlook(po)), text(html_doc(txt2html(body) + outlook_html_quote(po), "en-PH", True), "html")),
              **reply_headers(po))
    exp = conf("Line 1: 1,020.00/doz = 85.00/pc = PO price, 12/12/2026 -> accepted. Line 2: 1,380.00/12 = 115.00/pc (PO 112.00), 12/18/2026 = 2026-12-18.",
               (po, {1: A, 2: C(p="115.00", d="2026-12-18")}))
    return [po], raw, exp


@case("au-barriertape-tomorrow-and-3-weeks", "confirmation", "en-AU",
      "Casual Australian reply: one line ships 'tomorrow' arriving 'Fri 20/11' (earlier), the other 'in about 3 weeks' with explicit 'Wed 9/12' (day-first).")
def c_au():
    s = sup("SCSAFETY", "Southern Cross Safety Pty Ltd", "orders@southerncrosssafety.example", "en-AU")
    po = PO("4500081604", s, [
        ("BT-RW75", "Barrier tape red/white 75 mm x 100 m", 200, "ROL", "6.90", "2026-12-14"),
        ("BT-YB75", "Barrier tape yellow/black 75 mm x 100 m", 100, "ROL", "6.90", "2026-12-14"),
    ], currency="AUD", issued="2026-11-16", buyer="dana")
    body = """Hi Dana,

No worries, all good on price and qty.

Red/white is on the shelf and goes out tomorrow on overnight freight, so you'll have it Fri 20/11.
Yellow/black we're out of - new stock lands in about 3 weeks, so delivery Wed 9/12.

Cheers,
Bec Thompson
Southern Cross Safety Pty Ltd | ABN 12 345 678 901
1300 123 456 | 14 Quarry Rd, Campbellfield VIC 3061
"""
    raw = eml(addr("Bec Thompson", "bec@southerncrosssafety.example"), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-18 15:47:20", "+1100"), mid("outlook", "au44"),
              text(body + "\n" + q_outlook(po)), **reply_headers(po))
    exp = conf("Line 1 delivered Fri 20/11 = 2026-11-20 (earlier than 14 Dec). Line 2 Wed 9/12 (day-first) = 2026-12-09. Price/qty unchanged.",
               (po, {1: C(d="2026-11-20"), 2: C(d="2026-12-09")}))
    return [po], raw, exp


@case("nz-postfix-user-unknown", "bounce", "en-NZ",
      "Postfix 'Undelivered Mail Returned to Sender' multipart/report with the complete original PO request attached as message/rfc822.")
def c_nz():
    s = sup("KIWICLEAN", "Kiwi Cleaning Supplies Ltd", "orders@kiwicleaning.example", "en-NZ")
    po = PO("4500081608", s, [
        ("KC-GLASS5", "Glass cleaner concentrate 5 L", 40, "EA", "18.50", "2026-12-11"),
        ("KC-TRIG", "Trigger spray bottle 750 ml", 100, "EA", "2.40", "2026-12-11"),
    ], currency="NZD", issued="2026-11-16", buyer="mei")
    rid = po["request_message_id"]
    note = """This is the mail system at host mx.brightline-facilities.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@kiwicleaning.example>: host mx.kiwicleaning.example[198.51.100.23] said:
    550 5.1.1 <orders@kiwicleaning.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = """Reporting-MTA: dns; mx.brightline-facilities.example
X-Postfix-Queue-ID: 4Xk2Lm0Qz7z9sWq
X-Postfix-Sender: rfc822; mei.lindqvist@brightline-facilities.example
Arrival-Date: Mon, 16 Nov 2026 07:30:04 +0000 (UTC)

Final-Recipient: rfc822; orders@kiwicleaning.example
Original-Recipient: rfc822;orders@kiwicleaning.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kiwicleaning.example
Diagnostic-Code: smtp; 550 5.1.1 <orders@kiwicleaning.example>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    orig = ("From: Mei Lindqvist <mei.lindqvist@brightline-facilities.example>\nTo: orders@kiwicleaning.example\n"
            "Subject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n"
            "Content-Transfer-Encoding: 7bit\n\n%s" % (req_subject(po), req_date(po), rid, req_text(po)))
    body = mp("report",
              Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], note.encode()),
              Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode()),
              Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig.encode()),
              style="java")
    body.headers[0] = ("Content-Type", "multipart/report; report-type=delivery-status")
    raw = eml("MAILER-DAEMON@mx.brightline-facilities.example (Mail Delivery System)", po["buyer"]["email"],
              "Undelivered Mail Returned to Sender", mdate("2026-11-16 07:30:06", "+0000"),
              "<20261116073006.4Xk2Lm0Qz7z9sWq@mx.brightline-facilities.example>", body,
              extra=[("Auto-Submitted", "auto-replied")])
    return [po], raw, other("bounce", "Postfix DSN, 5.1.1 user unknown; the attached original contains our own PO table.")


@case("za-bins-friday-next-week-rand-comma", "confirmation", "en-ZA",
      "South African English with 'R 45,50' decimal-comma rand prices; 'Friday next week' relative to a Thursday mail and a separate lid delivery on 'the 14th'.")
def c_za():
    s = sup("BINSCO", "Bins & Co (Pty) Ltd", "sales@binsco.example", "en-ZA")
    po = PO("4500081615", s, [
        ("SB-50", "Storage bin 50 L, stackable", 100, "EA", "45.50", "2026-12-04"),
        ("SB-LID50", "Lid for storage bin 50 L", 100, "EA", "12.00", "2026-12-04"),
    ], currency="ZAR", issued="2026-11-16", buyer="jonas")
    body = """Morning Jonas,

Thanks for the order 4500081615.

Bins: 100 @ R 45,50 ex VAT, delivery Friday next week.
Lids: 100 @ R 12,00 ex VAT, but these only land from China on 11 December, so we'll deliver them separately on the 14th.

Regards,
Thabo Nkosi
Bins & Co (Pty) Ltd | 22 Electron Ave, Isando, 1600
Tel 011 392 1234 | Reg. 2009/123456/07 | VAT 4123456789
"""
    raw = eml(addr("Thabo Nkosi", "thabo@binsco.example"), buyer_to(po), "RE: " + req_subject(po),
              mdate("2026-11-19 08:12:37", "+0200"), mid("outlook", "za46"),
              text(body + "\n" + q_outlook(po)), **reply_headers(po))
    exp = conf("Mail is Thu 19 Nov: 'Friday next week' = 2026-11-27 for bins. Lids 'the 14th' = 14 December 2026 (11 December is arrival from China). R 45,50 = 45.50.",
               (po, {1: C(d="2026-11-27"), 2: C(d="2026-12-14")}))
    return [po], raw, exp


@case("ca-asn-other-po", "unrelated", "en-CA",
      "Automatic shipment notification with tracking number and ship date for a DIFFERENT, older PO of the same supplier.")
def c_ca():
    s = sup("MAPLEIND", "Maple Industrial Supply Inc.", "orders@mapleindustrial.example", "en-CA")
    po = PO("4500081612", s, [
        ("EM-H27", "Ear muffs NRR 27, headband", 80, "EA", "24.75", "2026-12-10"),
        ("EM-C25", "Ear muffs NRR 25, cap mount", 40, "EA", "29.90", "2026-12-10"),
    ], currency="CAD", issued="2026-11-16", buyer="dana")
    body = """SHIPMENT NOTIFICATION

Your order has shipped.

Customer PO:      4500079120
Sales order:      SO-771245
Ship date:        2026-11-17
Carrier:          Purolator Ground
Tracking #:       335512345678
Est. delivery:    2026-11-20

Qty  Item      Description
24   EM-H27    Ear muffs NRR 27, headband
12   SG-CLR    Safety glasses, clear

Questions? Reply to this email or call 1-800-555-0199.
Maple Industrial Supply Inc. | 4410 Steeles Ave W, Toronto ON
"""
    raw = eml("Maple Industrial Shipping <shipping@mapleindustrial.example>", buyer_to(po),
              "Your order has shipped - PO 4500079120", mdate("2026-11-17 16:02:00", "-0500"),
              "<asn.SO-771245.20261117@mapleindustrial.example>", text(body, cte="7bit"),
              extra=[("Auto-Submitted", "auto-generated")])
    return [po], raw, other("unrelated", "ASN for PO 4500079120, not the open PO 4500081612, although it lists the same ear-muff item.")


@case("sg-forwarded-warehouse-split", "confirmation", "en-SG",
      "Sales rep forwards the warehouse's internal Singlish reply ('FW:' inside a reply), stating a split delivery for line 2 and stock OK for lines 1 and 3.")
def c_sg():
    s = sup("LIONCITY", "Lion City Industrial Pte Ltd", "sales@lioncityind.example", "en-SG")
    po = PO("4500081625", s, [
        ("WP-BST075", "Booster pump 0.75 kW", 4, "EA", "420.00", "2026-12-10"),
        ("WP-SUB04", "Submersible drainage pump 0.4 kW", 10, "EA", "185.00", "2026-12-10"),
        ("WP-HOSE2", "Discharge hose 2 in x 20 m", 10, "ROL", "38.00", "2026-12-10"),
    ], currency="SGD", issued="2026-11-17", buyer="omar")
    body = """Hi Omar,

Pls see below from our warehouse. Confirmed as per below, price as per PO.

Thanks.
Regards,
Kelvin Tan
Sales Executive | Lion City Industrial Pte Ltd
10 Ubi Crescent, #05-12 Ubi Techpark, Singapore 408564 | T +65 6741 2345

---------- Forwarded message ---------
From: Ah Huat Lim <warehouse@lioncityind.example>
Date: Wed, 18 Nov 2026 at 10:02
Subject: RE: PO 4500081625 stock check
To: Kelvin Tan <kelvin@lioncityind.example>

Kelvin,
line 1 and line 3 stock ok, can deliver 10 Dec.
line 2 only have 6 units now, can send together 10 Dec. Balance 4 units ETA 15 Jan.
Price no change.

Ah Huat

""" + q_gmail(po, "On Tue, 17 Nov 2026 at 15:30, Omar Haddad <%s> wrote:" % po["buyer"]["email"])
    raw = eml(addr("Kelvin Tan", "kelvin@lioncityind.example"), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-18 11:36:55", "+0800"), mid("gmail", "sg48"), text(body), **reply_headers(po))
    exp = conf("Forwarded internal answer adopted by the rep. Lines 1 and 3 on 10 Dec = as ordered. Line 2: 6 on 2026-12-10 + 4 on 2027-01-15 ('15 Jan' next occurrence).",
               (po, {1: A, 2: C(d="2027-01-15", sched=[(6, "2026-12-10"), (4, "2027-01-15")]), 3: A}))
    return [po], raw, exp


@case("se-receipt-will-confirm-friday", "needs_review", "sv-SE",
      "Swedish human reply that only acknowledges receipt and promises an order confirmation by Friday after checking lead times.")
def c_se():
    s = sup("NORDSALT", "Nordsalt AB", "order@nordsalt.example", "sv-SE")
    po = PO("4500081633", s, [
        ("NS-VS25", "Vägsalt, 25 kg säck", 4000, "KG", "4.90", "2026-12-04"),
        ("NS-GRUS", "Halkgrus 2-4 mm, storsäck", 2000, "KG", "1.35", "2026-12-04"),
    ], currency="SEK", issued="2026-11-17", buyer="mei")
    body = """Hej Mei!

Tack för er beställning 4500081633 (4 000 kg vägsalt och 2 000 kg halkgrus).

Vi har tagit emot den och återkommer med en orderbekräftelse så snart vi har stämt av leveranstiderna med vår leverantör, senast på fredag.

Med vänliga hälsningar
Anna Lindberg
Innesälj | Nordsalt AB
Hamngatan 4, 211 22 Malmö | 040-12 34 56
"""
    raw = eml(addr("Anna Lindberg", "anna.lindberg@nordsalt.example", "iso-8859-1"), buyer_to(po),
              "SV: " + req_subject(po), mdate("2026-11-18 09:10:00", "+0100"), mid("outlook", "se49"),
              text(body + "\n" + q_outlook(po, ("Från", "Skickat", "Till", "Ämne"), "den 17 november 2026 08:30", ""), cs="iso-8859-1"),
              cs="iso-8859-1", **reply_headers(po))
    return [po], raw, other("needs_review", "Receipt only; repeats the ordered quantities but commits to nothing ('återkommer ... senast på fredag').")


@case("no-fence-uke2-and-discontinued", "confirmation", "nb-NO",
      "Norwegian short reply: posts in 'uke 2' (ISO week 2 of the NEXT year), netting discontinued -> rejected.")
def c_no():
    s = sup("GJERDE", "Gjerdeservice AS", "ordre@gjerdeservice.example", "nb-NO")
    po = PO("4500081641", s, [
        ("GS-ST150", "Gjerdestolpe stål 150 cm", 120, "EA", "189.00", "2026-12-18"),
        ("GS-NETT12", "Gjerdenetting 1,2 x 25 m", 30, "ROL", "1450.00", "2026-12-18"),
    ], currency="NOK", issued="2026-11-17", buyer="mei")
    body = """Hei Mei,

Takk for bestillingen.

Stolpene kan vi levere i uke 2, pris som avtalt.
Nettingen er dessverre utgått hos produsent og kan ikke leveres.

Mvh
Ola Haugen
Gjerdeservice AS | Industriveien 12, 2020 Skedsmokorset | Tlf 63 87 12 34 | Org.nr 912 345 678

Sendt fra Outlook for Android
"""
    raw = eml(addr("Ola Haugen", "ola@gjerdeservice.example"), buyer_to(po), "SV: " + req_subject(po),
              mdate("2026-11-18 13:45:09", "+0100"), mid("outlook", "no50"), text(body), **reply_headers(po))
    exp = conf("'uke 2' after a November mail = ISO week 2 of 2027, Friday 2027-01-15. Netting discontinued -> rejected.",
               (po, {1: C(d="2027-01-15"), 2: R}))
    return [po], raw, exp


@case("dk-autosvar-kursus", "auto_reply", "da-DK",
      "Danish 'Autosvar' from a sales person on a course, mentioning a Wednesday return date; HTML+text, no In-Reply-To.")
def c_dk():
    s = sup("DKPUMPE", "Dansk Pumpe & Teknik ApS", "salg@dkpumpe.example", "da-DK")
    po = PO("4500081644", s, [
        ("DP-DYK400", "Dykpumpe 400 W, rent vand", 6, "EA", "1295.00", "2026-12-11"),
    ], currency="DKK", issued="2026-11-17", buyer="jonas")
    body = """Tak for din mail.

Jeg er på kursus og tilbage på kontoret onsdag den 25. november. Mails bliver ikke videresendt.

Haster det, kan du ringe til vores salgsafdeling på 70 12 34 56.

Venlig hilsen
Lars Mikkelsen
Dansk Pumpe & Teknik ApS
"""
    raw = eml(addr("Lars Mikkelsen", "lm@dkpumpe.example"), buyer_to(po), "Autosvar: " + req_subject(po),
              mdate("2026-11-17 08:31:05", "+0100"), mid("outlook", "dk51"),
              mp("alternative", text(body, cs="iso-8859-1"), text(html_doc(txt2html(body), "da", True), "html")),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], raw, other("auto_reply", "Out-of-office (on a course until 25 November).")


@case("fi-toiletpaper-xlsx-confirmation", "confirmation", "fi-FI",
      "Finnish one-sentence mail; the real answer is an attached XLSX (inline strings) with per-line status, a price change with a January date and a discontinued line.")
def c_fi():
    s = sup("PAPERITUKKU", "Paperitukku Oy", "myynti@paperitukku.example", "fi-FI")
    po = PO("4500081648", s, [
        ("WC-8", "WC-paperi 8 rll, 2-krs", 150, "BOX", "6.80", "2026-12-18"),
        ("WC-JUMBO", "Jumbo WC-paperi 2-krs", 80, "ROL", "14.90", "2026-12-18"),
        ("WC-TEL", "WC-paperiteline, jumbo", 20, "EA", "24.00", "2026-12-18"),
    ], issued="2026-11-17", buyer="jonas")
    body = """Hei,

liitteenä tilausvahvistus tilaukseenne 4500081648.

Ystävällisin terveisin
Tiina Korhonen
Paperitukku Oy | Teollisuustie 5, 33330 Tampere | puh. 010 123 4567
"""
    x = xlsx([
        ["Tilausvahvistus", "TV-26-3381"],
        ["Asiakkaan tilaus", "4500081648"],
        [],
        ["Rivi", "Tuote", "Kuvaus", "Määrä", "Yks.", "à-hinta EUR", "Toimituspvm", "Tila"],
        [1, "WC-8", "WC-paperi 8 rll", 150, "ltk", 6.8, "18.12.2026", "Vahvistettu"],
        [2, "WC-JUMBO", "Jumbo WC-paperi", 80, "rll", 15.4, "8.1.2027", "Vahvistettu, hinta muuttunut"],
        [3, "WC-TEL", "WC-paperiteline", 0, "kpl", "", "", "Ei toimiteta - tuote poistunut valikoimasta"],
    ], "Vahvistus")
    raw = eml(addr("Tiina Korhonen", s["email"], "iso-8859-15"), buyer_to(po), "VS: " + req_subject(po),
              mdate("2026-11-19 10:11:02", "+0200"), mid("outlook", "fi52"),
              mp("mixed", text(body, cs="iso-8859-15"),
                 att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Tilausvahvistus_TV-26-3381.xlsx")),
              cs="iso-8859-15", **reply_headers(po))
    exp = conf("From the XLSX: row 1 as ordered; row 2 price 15.40 (was 14.90), date 8.1.2027 = 2027-01-08; row 3 not delivered, product discontinued -> rejected.",
               (po, {1: A, 2: C(p="15.40", d="2027-01-08"), 3: R}))
    return [po], raw, exp


@case("ee-earmuffs-partial-qty-question", "needs_review", "et-EE",
      "Estonian reply proposing 150 instead of 200 now and 50 at the end of January, but asking us to agree first ('Palun kinnitage').")
def c_ee():
    s = sup("OHUTUS", "Ohutus OÜ", "myyk@ohutus.example", "et-EE")
    po = PO("4500081655", s, [
        ("KK-30", "Kõrvaklapid SNR 30 dB", 200, "EA", "13.60", "2026-12-11"),
    ], issued="2026-11-18", buyer="dana")
    body = """Tere,

tänan tellimuse 4500081655 eest.

Kas sobib, kui tarnime 11.12.2026 200 asemel 150 tk (rohkem praegu laos ei ole) ja ülejäänud 50 tk jaanuari lõpus? Hind jääb samaks.

Palun kinnitage, siis saadame tellimuse kinnituse.

Lugupidamisega
Kadri Tamm
Ohutus OÜ | Peterburi tee 46, 11415 Tallinn | tel +372 612 3456
"""
    raw = eml(addr("Kadri Tamm", "kadri@ohutus.example", "iso-8859-15"), buyer_to(po), "Vs: " + req_subject(po),
              mdate("2026-11-19 14:30:44", "+0200"), mid("x", "ee53", "ohutus.example"),
              text(body, cs="iso-8859-15"), cs="iso-8859-15", **reply_headers(po))
    return [po], raw, other("needs_review", "A proposal phrased as a question awaiting our agreement; 'end of January' is vague and nothing is committed yet.")


@case("lv-glasscleaner-one-rejected-8859-13", "confirmation", "lv-LV",
      "Latvian ISO-8859-13 reply: line 1 confirmed with '×' and comma decimals, line 2 concentrate no longer produced -> rejected.")
def c_lv():
    s = sup("TIRSLOGS", "SIA Tīrs Logs", "pasutijumi@tirslogs.example", "lv-LV")
    po = PO("4500081660", s, [
        ("LT-750", "Logu tīrītājs 750 ml", 200, "EA", "1.95", "2026-12-09"),
        ("LT-KONC1", "Logu tīrītāja koncentrāts 1 L", 50, "EA", "4.40", "2026-12-09"),
    ], issued="2026-11-18", buyer="mei")
    body = """Labdien!

Apstiprinām pasūtījumu Nr. 4500081660:

1. pozīcija - 200 gab. × 1,95 EUR, piegāde 09.12.2026.
2. pozīcija - koncentrāts vairs netiek ražots, diemžēl to piegādāt nevaram.

Ar cieņu
Līga Bērziņa
SIA Tīrs Logs | Rīga, Krasta iela 52 | tālr. +371 67 123 456
"""
    raw = eml(addr("Līga Bērziņa", s["email"], "iso-8859-13"), buyer_to(po), "Re: " + req_subject(po),
              mdate("2026-11-19 11:05:30", "+0200"), mid("x", "lv54", "tirslogs.example"),
              text(body, cs="iso-8859-13"), cs="iso-8859-13", **reply_headers(po))
    exp = conf("Line 1 accepted (09.12.2026). Line 2 not produced any more -> rejected.",
               (po, {1: A, 2: R}))
    return [po], raw, exp
