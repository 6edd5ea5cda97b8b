# -*- coding: utf-8 -*-
"""Cases 037-054."""
from .common import *  # noqa

# 037 ------------------------------------------------------------- fa-IR auto
S = ("PARS", "ابزار صنعتی پارس", "sales@parstools.example", "fa-IR")
P = po("4500032580", S, "tom", "EUR", "2026-11-19", [
    ("ZT-HD-9x780", "Heavy-duty cable tie 9x780 mm, black", 2000, "PC", "0.64", "2027-01-15"),
])
body = """با سلام و احترام،

اینجانب از تاریخ ۲۸ آبان تا ۱۰ آذر ۱۴۰۵ در مرخصی هستم و به ایمیل دسترسی ندارم.
برای امور فوری با همکارم آقای رضایی (rezaei@parstools.example) تماس بگیرید.

I am on leave until 1 December 2026 with no access to e-mail. For urgent matters please contact Mr. Rezaei (rezaei@parstools.example).

با تشکر
سارا احمدی
"""
eml = reply(P, "سارا احمدی", "پاسخ خودکار: " + req_subject(P), maildate("2026-11-19", "12:32:10", "+0330"),
            "autoreply.8d1f0c.20261119@parstools.example", text(body, cte="base64"),
            frm_email="s.ahmadi@parstools.example", extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])
case("pars-ooo-persian", "auto_reply", "fa-IR",
     "Persian out-of-office with Solar Hijri dates in Persian digits plus an English line.",
     [P], eml, None, "Leave notice (28 Aban - 10 Azar 1405 = until 1 Dec 2026); no answer to the PO.")

# 038 ------------------------------------------------------------- ja-JP
S = ("TAKAG", "株式会社タカギ工機", "eigyo@takagi-koki.example", "ja-JP")
P = po("4500032601", S, "tom", "JPY", "2026-11-19", [
    ("BV-100-JP", "Bench vice 100 mm, ductile iron", 100, "EA", "3200", "2026-12-18"),
    ("BV-150-JP", "Bench vice 150 mm, ductile iron", 30, "EA", "6800", "2026-12-18"),
    ("BV-PAD-150", "Magnetic soft jaw pads 150 mm", 30, "PR", "980", "2026-12-18"),
])
body = """Brightwell MRO Supply
Tom Okafor 様

いつもお世話になっております。
株式会社タカギ工機 営業部の佐藤でございます。

ご注文番号 4500032601 につきまして、下記のとおりお請けいたします。

1. BV-100-JP 万力 100mm
   数量：108個（ケース単位12個入りのため、100個→108個とさせていただきました）
   単価：3,200円
   納期：12月18日（金）
2. BV-150-JP 万力 150mm
   数量：30個　単価：6,800円　納期：12月18日（金）
3. BV-PAD-150 マグネット口金 150mm
   数量：30組　単価：1,050円（価格改定のため）　納期：12月25日（金）

何卒よろしくお願い申し上げます。

――――――――――――――――――
株式会社タカギ工機 営業部
佐藤 健一
〒577-0012 大阪府東大阪市長田東3-2-11
TEL 06-6781-2345　FAX 06-6781-2346
――――――――――――――――――
"""
eml = reply(P, "佐藤 健一", "Re: " + req_subject(P), maildate("2026-11-20", "16:05:33", "+0900"),
            "20261120160533.A1B2C3@takagi-koki.example", text(body, charset="shift_jis", cte="base64"),
            charset="shift_jis")
case("takagi-case-of-12", "confirmation", "ja-JP",
     "Shift_JIS Japanese 注文請書 style: case-of-12 rounding 100 -> 108, price revision on pads, dates '12月18日（金）' without year.",
     [P], eml, [conf(P, {1: chg(108, "3200", "2026-12-18"), 2: A, 3: chg(30, "1050", "2026-12-25")})],
     "Line 1 qty 108 (case of 12); line 3 price 1,050 yen and date 12/25 (Fri) -> 2026-12-25.")

# 039 ------------------------------------------------------------- zh-TW
S = ("DACH", "大成起重機械股份有限公司", "sales@dacheng-hoist.example", "zh-TW")
P = po("4500032622", S, "jonas", "TWD", "2026-11-20", [
    ("EH-CH-1T", "Electric chain hoist 1 t, 3-phase, 6 m lift", 5, "EA", "28500.00", "2027-01-08"),
    ("EH-CH-2T", "Electric chain hoist 2 t, 3-phase, 6 m lift", 3, "EA", "41800.00", "2027-01-08"),
])
body = """Weber 先生 您好：

感謝貴公司訂購（訂單號碼 4500032622），茲確認如下：

1. 1噸電動鏈條吊車 EH-CH-1T：5台，單價 NT$28,500，交期 116年1月8日
2. 2噸電動鏈條吊車 EH-CH-2T：3台，單價 NT$41,800，交期 116年1月22日（馬達缺料，延後兩週）

以上價格均未稅。

大成起重機械股份有限公司
業務部 林志明
電話：(04)2359-1234 分機 18
"""
eml = reply(P, "林志明", "回覆: " + req_subject(P), maildate("2026-11-24", "10:18:51", "+0800"),
            "000a01db3e2f$5c1b7e20$@dacheng-hoist.example", text(body, charset="big5", cte="base64"),
            charset="big5")
case("dacheng-roc-year", "confirmation", "zh-TW",
     "Big5 Traditional Chinese with Minguo (ROC) years: 116年 = 2027; one line two weeks late.",
     [P], eml, [conf(P, {1: A, 2: chg(3, "41800.00", "2027-01-22")})],
     "ROC year 116 + 1911 = 2027. Line 1 on the requested 2027-01-08; line 2 2027-01-22.")

# 040 ------------------------------------------------------------- zh-CN XLSX
S = ("HENGL", "宁波恒力紧固件有限公司", "sales@hengli-fastener.example", "zh-CN")
P = po("4500032644", S, "priya", "CNY", "2026-11-20", [
    ("PC-DIN3567-20", "Pipe clamp DIN 3567, 20 mm, zinc plated", 2000, "PC", "1.85", "2026-12-28"),
    ("PC-DIN3567-32", "Pipe clamp DIN 3567, 32 mm, zinc plated", 1500, "PC", "2.10", "2026-12-28"),
    ("PC-RUB-40", "Rubber-lined pipe clamp 40 mm, M8", 1000, "PC", "2.65", "2026-12-28"),
    ("ZT-SS-200", "Stainless steel cable tie 4.6x200 mm", 5000, "PC", "0.48", "2026-12-28"),
])
sheet = xlsx([
    ["销售订单确认书 Sales Order Confirmation"],
    ["客户订单号", "4500032644", "", "确认日期", "2026-11-23"],
    [],
    ["行号", "物料编码", "描述", "数量", "单位", "单价(CNY)", "交货日期", "备注"],
    [1, "PC-DIN3567-20", "DIN3567管夹 20mm 镀锌", 2000, "PC", 1.85, "2026-12-28", ""],
    [2, "PC-DIN3567-32", "DIN3567管夹 32mm 镀锌", 1500, "PC", 2.1, "2026-12-28", ""],
    [3, "PC-RUB-40", "带胶条管夹 40mm M8", 1000, "PC", 2.65, "2027-01-15", "胶条缺货"],
    [4, "ZT-SS-200", "不锈钢扎带 4.6x200mm", 5000, "PC", 0.52, "2026-12-28", "原材料涨价"],
], "确认书")
body = """Priya 您好，

贵司订单 4500032644 已收到，我司确认详见附件《销售订单确认书》。
其中第4项不锈钢扎带因原材料涨价，单价调整为0.52元；第3项交期为2027年1月15日，其余按订单执行。

如有问题请随时联系。

祝好！
王丽
宁波恒力紧固件有限公司 外贸部
电话：0574-8765 4321  手机：138 5748 1234
"""
eml = reply(P, "王丽", "回复：" + req_subject(P), maildate("2026-11-23", "15:47:20", "+0800"),
            "tencent_3F2A1B0C9D8E7F6A@hengli-fastener.example",
            multipart("mixed", [text(body, charset="gbk", cte="base64"),
                                attach(sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "SO-4500032644.xlsx")],
                      "----=_NextPart_6561F2C8_0B1A2E40_3C5D7E21"), charset="gbk")
case("hengli-xlsx-confirmation", "confirmation", "zh-CN",
     "GBK body summarises changes; the XLSX attachment (inline strings, numeric prices like 2.1) holds the line-by-line confirmation.",
     [P], eml, [conf(P, {1: A, 2: A, 3: chg(1000, "2.65", "2027-01-15"), 4: chg(5000, "0.52", "2026-12-28")})],
     "Body and XLSX agree: line 3 later (2027-01-15), line 4 price 0.52; 2.1 in the sheet equals PO 2.10.")

# 041 ------------------------------------------------------------- ko-KR
S = ("DHJ", "(주)대한잭", "sales@daehanjack.example", "ko-KR")
P = po("4500032666", S, "tom", "KRW", "2026-11-20", [
    ("FJ-3T-KR", "Floor jack 3 t, double pump", 20, "EA", "285000", "2026-12-21"),
    ("FJ-10T-BT", "Bottle jack 10 t", 40, "EA", "48000", "2026-12-21"),
])
body = """Tom Okafor 님께,

안녕하십니까. (주)대한잭 영업팀 김민준입니다.
발주서 4500032666 건 아래와 같이 확인드립니다.

1. FJ-3T-KR 플로어잭 3톤: 20대, 단가 285,000원, 납기 2027년 1월 8일 (생산 일정 관계로 지연)
2. FJ-10T-BT 보틀잭 10톤: 40대, 단가 48,000원, 납기 2026년 12월 21일

감사합니다.

김민준 드림
(주)대한잭 영업팀 | 경기도 안산시 단원구 산단로 123 | Tel. 031-491-2345
"""
eml = reply(P, "김민준", "RE: " + req_subject(P), maildate("2026-11-24", "13:27:04", "+0900"),
            "20261124042704.7721.daehanjack@daehanjack.example", text(body, charset="euc-kr", cte="base64"),
            charset="euc-kr")
case("daehan-euckr", "confirmation", "ko-KR",
     "EUC-KR Korean with 'YYYY년 M월 D일' dates; line 1 delayed to January.",
     [P], eml, [conf(P, {1: chg(20, "285000", "2027-01-08"), 2: A})],
     "Line 1 delivery 2027-01-08 (production schedule); line 2 as ordered.")

# 042 ------------------------------------------------------------- vi-VN
S = ("LTSG", "Công ty TNHH Lưới Thép Sài Gòn", "kinhdoanh@luoithepsaigon.example", "vi-VN")
P = po("4500032688", S, "marta", "VND", "2026-11-20", [
    ("MP-B40-18", "Chain-link mesh B40, 1.8 m x 10 m roll", 50, "ROL", "1250000", "2026-12-15"),
    ("MP-WLD-2x1", "Welded mesh panel 2 x 1 m, 4 mm wire", 200, "PC", "185000", "2026-12-15"),
])
body = """Kính gửi chị Marta,

Công ty chúng tôi xác nhận đơn hàng số 4500032688 như sau:

1. Lưới B40 khổ 1,8 m x 10 m: 50 cuộn, đơn giá 1.250.000 đ/cuộn, giao hàng ngày 15/12/2026.
2. Tấm lưới hàn 2 x 1 m, sợi 4 mm: 200 tấm, đơn giá 195.000 đ/tấm (giá thép tăng), giao hàng ngày 15/12/2026.

Giá trên chưa bao gồm thuế VAT 8%.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh - Công ty TNHH Lưới Thép Sài Gòn
ĐT: 028 3750 1234 | Di động: 0903 123 456
"""
eml = reply(P, "Nguyễn Thị Lan", "Re: " + req_subject(P), maildate("2026-11-24", "14:02:18", "+0700"),
            "CAN8fQ1x9=Tz@luoithepsaigon.example",
            multipart("alternative", [text(body), text("<div>" + html_escape(body).replace("\n", "<br>") + "</div>", "html")],
                      "0000000000007e1f2a05c3b4d6e8"))
case("luoithep-vnd-dots", "confirmation", "vi-VN",
     "Vietnamese with dot-grouped VND prices (1.250.000 đ) and decimal-comma dimensions; one price increase.",
     [P], eml, [conf(P, {1: A, 2: chg(200, "195000", "2026-12-15")})],
     "1.250.000 = 1250000 VND = PO; 195.000 vs 185.000 -> line 2 changed. '1,8 m' is a dimension.")

# 043 ------------------------------------------------------------- id-ID CSV
S = ("SELNU", "PT Selang Nusantara", "penjualan@selangnusantara.example", "id-ID")
P = po("4500032701", S, "jonas", "IDR", "2026-11-23", [
    ("AH-PVC-8", "PVC air hose 8 mm, 100 m roll", 20, "ROL", "685000", "2026-12-18"),
    ("AH-PVC-10", "PVC air hose 10 mm, 100 m roll", 20, "ROL", "845000", "2026-12-18"),
    ("AH-CPL-SET", "Quick coupler set 1/4 inch, 5 pairs", 40, "SET", "125000", "2026-12-18"),
])
csv = """No PO;Baris;Kode Barang;Nama Barang;Qty;Satuan;Harga Satuan (Rp);Tgl Kirim;Keterangan
4500032701;1;AH-PVC-8;Selang PVC 8 mm 100 m;20;ROL;685.000;18/12/2026;
4500032701;2;AH-PVC-10;Selang PVC 10 mm 100 m;12;ROL;845.000;18/12/2026;stok tersedia
4500032701;2;AH-PVC-10;Selang PVC 10 mm 100 m;8;ROL;845.000;08/01/2027;backorder
4500032701;3;AH-CPL-SET;Set kopling cepat 1/4 inch;40;SET;132.500;18/12/2026;harga baru
""".replace("\n", "\r\n").encode("utf-8")
body = """Dengan hormat,

Bersama ini kami lampirkan konfirmasi pesanan (file CSV dari sistem kami) untuk PO 4500032701.
Mohon dicek kembali. Untuk item 3 harga naik karena kenaikan kurs.

Hormat kami,
Dewi Lestari
Admin Penjualan - PT Selang Nusantara
Jl. Raya Industri No. 45, Cikarang, Bekasi 17530 | Telp. (021) 8990 1234
"""
eml = reply(P, "Dewi Lestari", "Re: " + req_subject(P), maildate("2026-11-25", "09:50:33", "+0700"),
            "1764039033.991.selang@selangnusantara.example",
            multipart("mixed", [text(body, charset="us-ascii", cte="7bit"), attach(csv, "text/csv", "KONF_4500032701.csv")],
                      "----=_Part_55012_221843.1764039033"))
case("selang-csv-split-rows", "confirmation", "id-ID",
     "CSV attachment with one line spread over two rows (12 now, 8 backorder) and dot-grouped rupiah prices.",
     [P], eml, [conf(P, {1: A, 2: chg(20, "845000", "2027-01-08", [(12, "2026-12-18"), (8, "2027-01-08")]),
                         3: chg(40, "132500", "2026-12-18")})],
     "Two CSV rows for Baris 2 = split delivery totalling 20; 08/01/2027 is 8 Jan (day-first). 132.500 = 132500 IDR.")

# 044 ------------------------------------------------------------- ms-MY question
S = ("PMAJU", "Syarikat Perkakas Maju Sdn. Bhd.", "jualan@perkakasmaju.example", "ms-MY")
P = po("4500032722", S, "tom", "MYR", "2026-11-23", [
    ("WH-ADF-MY", "Auto-darkening welding helmet, shade 9-13", 40, "EA", "119.00", "2026-12-18"),
])
body = """Salam sejahtera Encik Tom,

Terima kasih atas pesanan tuan. Sebelum kami sahkan, mohon maklumkan sama ada topeng kimpalan ini perlu ada sijil SIRIM / EN 379 atau model standard sahaja?

- Model bersijil: RM 135.00 seunit, penghantaran 2-3 minggu
- Model standard: ada stok, boleh hantar minggu depan pada harga PO

Kami akan hantar pengesahan sebaik sahaja menerima maklum balas tuan.

Terima kasih,
Nurul Aina binti Hassan
Eksekutif Jualan
Syarikat Perkakas Maju Sdn. Bhd. (123456-K) | Tel: 03-3341 2288 | H/P: 012-345 6789
"""
eml = reply(P, "Nurul Aina", "RE: " + req_subject(P), maildate("2026-11-24", "11:15:02", "+0800"),
            "SG2PR06MB5311.0A@perkakasmaju.example", text(body, charset="us-ascii", cte="7bit"))
case("perkakasmaju-spec-question", "needs_review", "ms-MY",
     "Malay question offering two options with different price and lead time; confirmation only after our answer.",
     [P], eml, None, "Two alternatives, none chosen; supplier waits for our reply -> needs_review.")

# 045 ------------------------------------------------------------- fil-PH question
S = ("MABUH", "Mabuhay Industrial Hardware Corp.", "sales@mabuhayhardware.example", "tl-PH")
P = po("4500032744", S, "tom", "PHP", "2026-11-23", [
    ("CL-30-BLU", "Chalk line reel 30 m, blue chalk", 500, "PC", "185.00", "2026-12-15"),
])
body = """Hi Sir Tom,

Noted po ang PO ninyo. Sir, 300 pcs lang po ang available namin ngayon, yung 200 pcs by mid-January pa po darating galing supplier. Ok lang po ba ang partial delivery? Pls advise po para ma-process na namin.

Thank you po!

Joy Villanueva
Mabuhay Industrial Hardware Corp.
Tel (02) 8712-3456 | Globe 0917 123 4567

""" + gmail_quote(P)
eml = reply(P, "Joy Villanueva", "Re: " + req_subject(P), maildate("2026-11-24", "15:44:40", "+0800"),
            "CAPh7wQ2-8Ls=Yq@mail.gmail.com", text(body, charset="us-ascii", cte="7bit"))
case("mabuhay-partial-ok-po", "needs_review", "tl-PH",
     "Taglish reply asking whether a partial delivery (300 now, 200 mid-January) is acceptable before processing.",
     [P], eml, None, "Proposal awaiting our approval ('Pls advise po'), with a vague 'mid-January' -> needs_review.")

# 046 ------------------------------------------------------------- en-AU
S = ("SXAE", "Southern Cross Auto Electrical Pty Ltd", "sales@southerncrossauto.example", "en-AU")
P = po("4500032766", S, "priya", "AUD", "2026-11-23", [
    ("JS-12V-1000", "Jump starter 12 V, 1000 A", 24, "EA", "129.00", "2026-12-18"),
    ("JS-24V-3000", "Jump starter 12/24 V, 3000 A, truck", 6, "EA", "389.00", "2026-12-18"),
    ("JS-CASE-L", "Hard case for jump starter, large", 30, "EA", "24.50", "2026-12-18"),
])
body = """Hi Priya,

Thanks for the order.

12V units (JS-12V-1000) and the cases are in stock - 24 and 30 respectively, at PO pricing, ETA your dock Wed 16/12.
The 24V truck units are on backorder from the importer, ETA looks like late Jan but I'll firm that up next week once the container's booked.

Cheers,
Brett Hollis
Southern Cross Auto Electrical Pty Ltd
ABN 51 123 456 789 | Ph 03 9555 0123 | M 0412 345 678

""" + gmail_quote(P, "On Mon, 23 Nov 2026 at 20:02, Priya Raman <priya.raman@brightwell-mro.example> wrote:")
eml = reply(P, "Brett Hollis", "Re: " + req_subject(P), maildate("2026-11-25", "10:22:11", "+1100"),
            "CAB8kL2m0=Vw@southerncrossauto.example", text(body, charset="us-ascii", cte="7bit"))
case("southerncross-backorder", "confirmation", "en-AU",
     "Casual Australian reply: two lines earlier ('Wed 16/12', day-first), one backordered with a vague 'late Jan' to be firmed up.",
     [P], eml, [conf(P, {1: chg(24, "129.00", "2026-12-16"), 2: U, 3: chg(30, "24.50", "2026-12-16")})],
     "16/12 day-first = 16 Dec 2026 (a Wednesday), earlier than 18 Dec -> changed. Truck units not committed -> unconfirmed.")

# 047 ------------------------------------------------------------- en-NZ Exim bounce
S = ("KIWIR", "Kiwi Roofing Supplies Ltd", "orders@kiwiroofing.example", "en-NZ")
P = po("4500032788", S, "marta", "NZD", "2026-11-24", [
    ("RF-UNDER-30", "Roof underlay, synthetic, 1.5 x 30 m", 40, "ROL", "118.00", "2027-01-29"),
    ("RF-FELT-15", "Bitumen roofing felt 1 x 15 m", 60, "ROL", "36.50", "2027-01-29"),
])
body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  orders@kiwiroofing.example
    host mx1.kiwiroofing.example [203.0.113.77]
    SMTP error from remote mail server after RCPT TO:<orders@kiwiroofing.example>:
    550 5.7.1 Message rejected as spam by Content Filtering.

------ This is a copy of the message, including all the headers. ------

Return-path: <marta.lindqvist@brightwell-mro.example>
Received: from [192.0.2.14] (helo=ws-ml.brightwell-mro.example)
	by relay.brightwell-mro.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	(envelope-from <marta.lindqvist@brightwell-mro.example>)
	id 1vB7kQ-0003Xy-2F
	for orders@kiwiroofing.example; %s
From: Marta Lindqvist <marta.lindqvist@brightwell-mro.example>
To: orders@kiwiroofing.example
Subject: %s
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

%s""" % (req_date(P), req_subject(P), req_date(P), P["request_message_id"], req_body(P))
eml = message(("Mail Delivery System", "Mailer-Daemon@relay.brightwell-mro.example"), (None, "marta.lindqvist@brightwell-mro.example"),
              "Mail delivery failed: returning message to sender", maildate("2026-11-24", "10:02:40", "+0100"),
              "<E1vB7kR-0003Y2-9T@relay.brightwell-mro.example>",
              text(body, charset="us-ascii", cte="7bit"), extra=["Auto-Submitted: auto-replied", "X-Failed-Recipients: orders@kiwiroofing.example"])
case("kiwi-exim-spam-reject", "bounce", "en-NZ",
     "Plain-text Exim bounce (550 rejected as spam) with the complete PO request copied inline, no multipart/report.",
     [P], eml, None, "Exim 'Mail delivery failed'; the PO text below is our own copy.")

# 048 ------------------------------------------------------------- en-ZA forwarded internal
S = ("HVLS", "Highveld Lifting Solutions (Pty) Ltd", "sales@highveldlifting.example", "en-ZA")
P = po("4500032801", S, "tom", "ZAR", "2026-11-24", [
    ("LM-PM-2000", "Permanent lifting magnet 2000 kg", 10, "EA", "14850.00", "2026-12-11"),
    ("LM-TEST-CERT", "Load test certificate per magnet", 10, "EA", "450.00", "2026-12-11"),
])
body = """Hi Tom,

See below from our stores. To confirm your PO 4500032801:

- Magnets LM-PM-2000: 6 units delivered on 8 Dec, the remaining 4 on 29 January 2027. Price as per PO (R 14 850,00 each).
- Load test certificates: all 10 at PO price, each one travels with its magnet (so 6 on 8 Dec, 4 on 29 Jan).

Apologies for the split - the factory batch was late.

Kind regards
Lerato Mokoena
Internal Sales | Highveld Lifting Solutions (Pty) Ltd
Tel 011 908 4411 | Cell 082 555 1234 | Reg. 2009/012345/07 | VAT 4123456789

---------- Forwarded message ---------
From: Pieter van Wyk <stores@highveldlifting.example>
Date: Wed, 25 Nov 2026 at 16:20
Subject: RE: Brightwell PO 4500032801
To: Lerato Mokoena <lerato.mokoena@highveldlifting.example>

Lerato, we've only got 6 of the 2 ton magnets on the floor, can send on the 8th. Next batch from the factory lands around the 20th of Jan, so say 29 Jan for the other 4. Certs no problem.

Pieter

-----Original Message-----
From: Lerato Mokoena
Sent: Wednesday, 25 November 2026 09:11
To: Stores
Subject: Brightwell PO 4500032801

Pieter, can we do 10 x LM-PM-2000 for 11/12? Please advise.
"""
eml = reply(P, "Lerato Mokoena", "FW: RE: Brightwell PO 4500032801", maildate("2026-11-26", "08:05:59", "+0200"),
            "AS2PR09MB6310.F0@highveldlifting.example", text(body, charset="us-ascii", cte="7bit"),
            frm_email="lerato.mokoena@highveldlifting.example", threaded=False)
case("highveld-forwarded-stores", "confirmation", "en-ZA",
     "Forwarded internal thread (stores -> sales) with the rep's top note; split 6 + 4 and certificates following the magnets; 'R 14 850,00' ZA format.",
     [P], eml, [conf(P, {1: chg(10, "14850.00", "2027-01-29", [(6, "2026-12-08"), (4, "2027-01-29")]),
                         2: chg(10, "450.00", "2027-01-29", [(6, "2026-12-08"), (4, "2027-01-29")])})],
     "The rep's note is the commitment; stores' 'around the 20th' is internal. 11/12 in the inner mail is the requested date.")

# 049 ------------------------------------------------------------- af-ZA
S = ("BOLB", "Boland Boumateriaal (Edms) Bpk", "bestellings@bolandbou.example", "af-ZA")
P = po("4500032822", S, "jonas", "ZAR", "2026-11-24", [
    ("DR-SET-15", "Drain rod set, 15 x 1 m, with 6 tools", 12, "SET", "685.00", "2026-12-14"),
])
body = """Goeiemiddag Jonas,

Dankie vir die bestelling. Ek wag nog vir ons verskaffer in Kaapstad om die voorraad te bevestig – ek sal jou môre teen 12:00 laat weet of ons die 14de Desember kan haal.

Groete
Marius du Toit
Boland Boumateriaal (Edms) Bpk | Lady Greystraat 18, Paarl | Tel 021 872 3344
"""
eml = reply(P, "Marius du Toit", "RE: " + req_subject(P), maildate("2026-11-25", "14:12:40", "+0200"),
            "VI1PR0101MB2231.33@bolandbou.example", text(body, charset="windows-1252"), charset="windows-1252")
case("boland-will-confirm", "needs_review", "af-ZA",
     "Afrikaans 'will let you know tomorrow by 12:00 whether we can make 14 December' - the requested date is repeated but not committed.",
     [P], eml, None, "Repeating the requested date inside a conditional is not a confirmation -> needs_review.")

# 050 ------------------------------------------------------------- sv-SE
S = ("NORDV", "Nordverktyg AB", "order@nordverktyg.example", "sv-SE")
P = po("4500032844", S, "marta", "SEK", "2026-11-24", [
    ("TR-SAW-80", "Steel trestle 80 cm, pair", 20, "PR", "895.00", "2026-12-18"),
    ("TR-SAW-ADJ", "Adjustable trestle 70-120 cm, pair", 15, "PR", "1245.00", "2026-12-18"),
])
body = """Hej Marta!

Tack för ordern. Vi bekräftar härmed:

Rad 1: 20 par bockar 80 cm à 895,00 kr, leverans v.51
Rad 2: 15 par justerbara bockar à 1 295,00 kr (ny prislista från 1/11), leverans v.51

Med vänlig hälsning
Anders Lindgren
Nordverktyg AB | Verkstadsgatan 7, 721 30 Västerås | Org.nr 556123-4567 | Tel 021-12 34 56

""" + outlook_quote(P, "sv", sent="den 24 november 2026 10:02")
eml = reply(P, "Anders Lindgren", "SV: " + req_subject(P), maildate("2026-11-26", "13:36:27", "+0100"),
            "HE1P190MB0447.E2@nordverktyg.example", text(body, charset="iso-8859-1"), charset="iso-8859-1")
case("nordverktyg-v51", "confirmation", "sv-SE",
     "Swedish 'leverans v.51' (Friday = requested date) and a new price-list price written '1 295,00 kr'.",
     [P], eml, [conf(P, {1: A, 2: chg(15, "1295.00", "2026-12-18")})],
     "v.51 = Fri 2026-12-18 = requested; '1/11' is the price-list date. Line 2 price 1295.00.")

# 051 ------------------------------------------------------------- nb-NO
S = ("BERGS", "Bergen Sikring AS", "ordre@bergensikring.example", "nb-NO")
P = po("4500032866", S, "priya", "NOK", "2026-11-25", [
    ("KC-64-NO", "Key cabinet 64 hooks", 10, "EA", "1390.00", "2026-12-10"),
    ("KC-128-NO", "Key cabinet 128 hooks", 6, "EA", "2290.00", "2026-12-10"),
    ("KC-TAG-50", "Key tags with labels, pack of 50", 20, "BOX", "149.00", "2026-12-10"),
])
body = """Hei Priya,

Takk for bestillingen. Her er ordrebekreftelse:

Linje 1 – nøkkelskap 64 kroker: 10 stk à kr 1 390,00 – levering torsdag uke 50
Linje 2 – nøkkelskap 128 kroker: 6 stk à kr 2 290,00 – levering uke 3 (restordre fra fabrikk)
Linje 3 – nøkkelbrikker: 20 pk à kr 149,00 – levering torsdag uke 50

Mvh
Kari Nilsen
Bergen Sikring AS | Kokstadveien 23, 5257 Kokstad | Org.nr. 912 345 678 MVA | Tlf. 55 22 33 44
"""
eml = reply(P, "Kari Nilsen", "SV: " + req_subject(P), maildate("2026-11-27", "09:18:02", "+0100"),
            "GV3P280MB0911.4C@bergensikring.example", text(body, charset="windows-1252"), charset="windows-1252")
case("bergen-uke-weekday", "confirmation", "nb-NO",
     "Norwegian week numbers with and without a weekday: 'torsdag uke 50' (= requested) vs 'uke 3' (next year, Friday).",
     [P], eml, [conf(P, {1: A, 2: chg(6, "2290.00", kw(2027, 3)), 3: A})],
     "torsdag uke 50 = Thu 2026-12-10 = requested. 'uke 3' after November means week 3 of 2027 -> Fri 2027-01-22.")

# 052 ------------------------------------------------------------- da-DK unrelated invoice
S = ("JYSK", "Jysk Værktøj A/S", "ordre@jyskvaerktoej.example", "da-DK")
P = po("4500032888", S, "tom", "DKK", "2026-11-25", [
    ("HD-SDS-26", "Hammer drill SDS-plus 26 mm", 10, "EA", "1249.00", "2026-12-16"),
    ("HD-BIT-SET", "SDS-plus bit set, 5 pcs", 20, "SET", "189.00", "2026-12-16"),
])
inv = pdf([
    "#Jysk Værktøj A/S",
    "Industrivej 40 - 8600 Silkeborg - CVR 12345678",
    "",
    "#FAKTURA 2026-11873",
    "Fakturadato: 26.11.2026      Forfaldsdato: 26.12.2026",
    "Kunde: Brightwell MRO Supply, Havenweg 41, Rotterdam",
    "Jeres ordre: 4500029914      Leveret: 20.11.2026",
    "",
    "Varenr.      Tekst                              Antal   Enhedspris      Beløb",
    "HD-SDS-26    Borehammer SDS-plus 26 mm            5     1.249,00   6.245,00",
    "HD-BIT-SET   SDS-plus borsæt 5 dele              10       189,00   1.890,00",
    "",
    "Subtotal DKK 8.135,00   Moms 25 % 2.033,75   I alt DKK 10.168,75",
    "Betaling: netto 30 dage. Bank: Reg. 1234 Konto 0012345678",
], "Faktura 2026-11873")
body = """Kære kunde

Hermed fremsendes faktura 2026-11873 for jeres ordre 4500029914, leveret 20.11.2026.
Betalingsbetingelser: netto 30 dage, forfald 26.12.2026.

Med venlig hilsen
Jysk Værktøj A/S – Bogholderiet
"""
eml = message(("Jysk Værktøj A/S - Faktura", "faktura@jyskvaerktoej.example"), ("Tom Okafor", "tom.okafor@brightwell-mro.example"),
              "Faktura 2026-11873 - ordre 4500029914", maildate("2026-11-26", "06:30:00", "+0100"),
              "<inv-2026-11873.1764135000@jyskvaerktoej.example>",
              multipart("mixed", [text(body, charset="windows-1252"), attach(inv, "application/pdf", "Faktura_2026-11873.pdf")],
                        "=_Part_0_98123.1764135000"), charset="windows-1252")
case("jysk-invoice-other-po", "unrelated", "da-DK",
     "Invoice PDF from the same supplier with the same item codes, but for an earlier, different order 4500029914.",
     [P], eml, None, "Invoice concerns PO 4500029914, not the open 4500032888 -> unrelated.")

# 053 ------------------------------------------------------------- fi-FI
S = ("VIEM", "Viemärityökalu Oy", "myynti@viemarityokalu.example", "fi-FI")
P = po("4500032901", S, "jonas", "EUR", "2026-11-25", [
    ("DR-SPIRAL-16", "Drain cleaning spiral 16 mm x 15 m", 20, "EA", "54.00", "2027-01-08"),
    ("DR-SPIRAL-22", "Drain cleaning spiral 22 mm x 20 m", 10, "EA", "89.00", "2027-01-08"),
    ("DR-HEAD-SET", "Spiral tool head set, 6 pcs", 20, "SET", "32.50", "2027-01-08"),
])
body = """Hei Jonas,

Kiitos tilauksesta. Vahvistamme tilauksenne 4500032901 seuraavasti:

Rivi 1: 20 kpl á 54,00 €, toimitus vko 1/2027
Rivi 2: 10 kpl á 89,00 €, toimitus vko 3/2027
Rivi 3: 30 sarjaa á 32,50 € (myyntierä 15 sarjaa), toimitus vko 1/2027

Ystävällisin terveisin
Mika Virtanen
Viemärityökalu Oy | Teollisuustie 9, 33330 Tampere | Y-tunnus 1234567-8 | p. 040 123 4567
"""
eml = reply(P, "Mika Virtanen", "VS: " + req_subject(P), maildate("2026-11-27", "12:49:15", "+0200"),
            "HE1PR07MB3301.B5@viemarityokalu.example", text(body, charset="iso-8859-15"), charset="iso-8859-15")
case("viemari-vko-lot", "confirmation", "fi-FI",
     "Finnish 'vko 1/2027' week dates (ISO week 1 of 2027) and a sales-lot rounding 20 -> 30 sets; ISO-8859-15.",
     [P], eml, [conf(P, {1: A, 2: chg(10, "89.00", kw(2027, 3)), 3: chg(30, "32.50", kw(2027, 1))})],
     "vko 1/2027 = Fri 2027-01-08 = requested; vko 3/2027 = Fri 2027-01-22; lot of 15 -> 30 sets.")

# 054 ------------------------------------------------------------- et-EE ticket auto reply
S = ("TTEH", "Tallinna Tõstetehnika OÜ", "myyk@tostetehnika.example", "et-EE")
P = po("4500032922", S, "marta", "EUR", "2026-11-26", [
    ("EH-MINI-300", "Mini electric hoist 150/300 kg, 230 V", 8, "EA", "169.00", "2027-01-20"),
    ("EH-ARM-1100", "Swivel arm for mini hoist, 1100 mm", 8, "EA", "74.00", "2027-01-20"),
])
body = """Tere!

Täname, Teie kiri on vastu võetud ja registreeritud numbriga TT-20261126-0412.
Meie müügiosakond vastab 1-2 tööpäeva jooksul.

See on automaatne vastus, palun ärge sellele kirjale vastake.

---
Thank you, your message has been received and registered as TT-20261126-0412.
Our sales team will respond within 1-2 working days.
This is an automated reply.

Tallinna Tõstetehnika OÜ | Peterburi tee 71, 11415 Tallinn
"""
eml = reply(P, "Tallinna Tõstetehnika OÜ", "[TT-20261126-0412] Teie tellimus on vastu võetud / Your message has been received",
            maildate("2026-11-26", "11:02:44", "+0200"), "ticket.TT-20261126-0412@helpdesk.tostetehnika.example",
            text(body, charset="iso-8859-15"), charset="iso-8859-15",
            frm_email="noreply@tostetehnika.example",
            extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "Precedence: auto_reply"])
case("tostetehnika-ticket-receipt", "auto_reply", "et-EE",
     "Helpdesk ticket receipt ('registered as TT-...') in Estonian and English; automatic and commits to nothing.",
     [P], eml, None, "Automatic acknowledgement of receipt without any order data -> auto_reply.")
