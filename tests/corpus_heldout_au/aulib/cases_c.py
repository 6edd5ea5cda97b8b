"""Cases 037-054."""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal as D

from . import mime, pdf, xlsx
from .common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- 037
@case("fishing-rods-japanese-split-delivery", "confirmation/ja-JP",
      "Japanese ISO-2022-JP plain text with '2027年1月22日' dates, '12,800円' prices, a split delivery (分納) on "
      "line 2 and a price increase on line 3.")
def c037():
    s = sup("TSURIYAMA", "Tsurigu Yamamoto Co., Ltd.", "eigyo@tsurigu-yamamoto.example", "ja-JP")
    po = PO("4500031662", s, "fish", "JPY", "2026-11-13", [
        L(1, "YM-SEA-300H", "Sea bass rod 3.00 m, 10-42 g, 2-piece", 50, "EA", "12800", "2027-01-22"),
        L(2, "YM-EGI-83M", "Eging rod 8'3\" M, 2027 model", 30, "EA", "15400", "2027-01-22"),
        L(3, "YM-TEN-36", "Tenkara rod 3.6 m, 6:4 action", 20, "EA", "9600", "2027-01-22"),
    ])
    b = buyer(po)
    reply = """Anglers Depot A/S
Henrik Lund 様

いつも大変お世話になっております。
株式会社釣具ヤマモト 海外営業部の佐藤でございます。

ご注文番号 4500031662 につきまして、下記の通りご回答申し上げます。

1. シーバスロッド 3.00m（YM-SEA-300H）　50本　単価 12,800円　納期 2027年1月22日
2. エギングロッド 8'3" M（YM-EGI-83M）　30本　単価 15,400円
　　分納とさせていただきます：2026年12月18日に20本、2027年2月5日に残り10本
3. テンカラ竿 3.6m（YM-TEN-36）　20本　単価 9,900円（原材料価格高騰のため）　納期 2027年1月22日

以上、何卒よろしくお願い申し上げます。

――――――――――――――――――――
株式会社 釣具ヤマモト　海外営業部
佐藤 健一（Kenichi Sato）
〒649-6531 和歌山県紀の川市粉河 1820-3
TEL: 0736-73-2210 / FAX: 0736-73-2211
――――――――――――――――――――"""
    blk = outlook_block("ja", f"{b.name} [mailto:{b.email}]", "2026年11月13日 18:05", s["email"], req_subject(po))
    text = reply + "\n\n-----Original Message-----\n" + blk + "\n\n" + quote(req_text(po)) + "\n"
    part = mime.text(text, "plain", "ISO-2022-JP", "7bit", quote_cs=False)
    hdr = reply_headers(mime.addr("佐藤 健一", "k.sato@tsurigu-yamamoto.example", "ISO-2022-JP"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 18, 16, 22, 7, "+0900"),
                        f"<000001db{hx('c037', 8, False)}$2c4e1a30$84d44e90$@tsurigu-yamamoto.example>", po,
                        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja")])
    exp = conf([(po, {1: acc(po, 1),
                      2: chg(30, "15400", "2027-02-05", [(20, "2026-12-18"), (10, "2027-02-05")]),
                      3: chg(20, "9900", "2027-01-22")})],
               "Japanese dates and yen amounts with thousands commas; line 2 split 20 on 2026-12-18 and 10 on "
               "2027-02-05; line 3 new unit price 9,900 yen.")
    return Case([po], mime.message(hdr, part), exp)


# --------------------------------------------------------------------------- 038
@case("greenhouse-film-etd-qingdao-eta-rotterdam", "confirmation/zh-CN",
      "Chinese/English Foxmail reply (GB2312 base64) giving ETD Qingdao 2026-12-20 and a later ETA Rotterdam "
      "2027-01-26 under CIF Rotterdam; the arrival, not the sailing, is the delivery date.")
def c038():
    s = sup("LVPENG", "Shandong Lvpeng Plastics Co., Ltd.", "export@lvpeng-plastics.example", "zh-CN")
    po = PO("4500031670", s, "green", "USD", "2026-11-16", [
        L(1, "PO-FILM-150-9x100", "PO greenhouse film 150 mic, 9 x 100 m, 5-layer", 40, "ROL", "262.00", "2027-01-29"),
        L(2, "SHADE-50-4x100", "Shade net 50 %, 4 x 100 m, black", 60, "ROL", "88.00", "2027-01-29"),
        L(3, "WIGGLE-2M", "Wiggle wire 2 m, PVC coated", 3000, "PCS", "0.41", "2027-01-29"),
    ])
    b = buyer(po)
    reply = """Dear Wouter,

您好！感谢您的订单 4500031670，确认如下：

1. PO大棚膜 150微米 9x100米（PO-FILM-150-9x100）：40卷，单价 USD 262.00
2. 遮阳网 50% 4x100米（SHADE-50-4x100）：60卷，单价 USD 88.00
3. 卡簧 2米（WIGGLE-2M）：3000支，单价 USD 0.41

全部货物装一个20尺柜，贸易条款 CIF Rotterdam：
ETD 青岛港：2026年12月20日
ETA 鹿特丹港：2027年1月26日

船期确定后我们会发送提单副本。

Best regards
Lily Zhang 张丽
Export Manager
山东绿棚塑料有限公司 Shandong Lvpeng Plastics Co., Ltd.
Add: 山东省寿光市经济开发区农圣街 1588 号
Tel: +86 536 5288 130"""
    orig = ("------------------ 原始邮件 ------------------\n"
            f"发件人: \"{b.name}\"<{b.email}>;\n发送时间: 2026年11月16日(星期一) 下午5:12\n"
            f"收件人: \"export\"<{s['email']}>;\n主题: {req_subject(po)}\n\n")
    text = reply + "\n\n\n" + orig + req_text(po) + "\n"
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB2312"><div>'
            + text_to_html(reply).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>")
            + '</div><div><br></div><div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">'
            + "------------------&nbsp;原始邮件&nbsp;------------------</div>"
            + f'<div style="font-size:12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"{esc(b.name)}"'
            + f"&lt;{esc(b.email)}&gt;;</div><div><b>发送时间:</b>&nbsp;2026年11月16日(星期一) 下午5:12</div>"
            + f"<div><b>主题:</b>&nbsp;{esc(req_subject(po))}</div></div><div><br></div>" + req_html(po))
    body = mime.multipart("alternative", [mime.text(text, "plain", "GB2312", "base64"),
                                          mime.text(html, "html", "GB2312", "base64")],
                          "----=_NextPart_6552A1F3_0B6C2E48_41D7A9C5")
    hdr = reply_headers(mime.addr("Lily Zhang", "lily.zhang@lvpeng-plastics.example"), mime.addr(b.name, b.email),
                        "回复：" + req_subject(po), mime.date(2026, 11, 23, 10, 48, 31, "+0800"),
                        f"<tencent_{hx('c038', 40)}@qq.example>", po, cs="GB2312",
                        extra=[("X-Mailer", "Foxmail 7.2.25.375"), ("X-Priority", "3")])
    eta = "2027-01-26"
    exp = conf([(po, {1: chg(40, "262.00", eta), 2: chg(60, "88.00", eta), 3: chg(3000, "0.41", eta)})],
               "Quantities and prices as ordered; ETD Qingdao 2026-12-20 is the sailing (ship) date, the ETA at our "
               "port Rotterdam 2027-01-26 (CIF Rotterdam) is the delivery date and wins; all three lines therefore "
               "change date.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 039
@case("vending-spares-moq-condition", "needs_review/zh-TW",
      "Traditional Chinese (Big5): the whole order will be confirmed only if we raise the spiral quantity to the "
      "1,000 pcs MOQ - a condition, with a date that depends on our answer.")
def c039():
    s = sup("TWVEND", "Taiwan Vending Parts Co., Ltd.", "sales@tw-vendparts.example", "zh-TW")
    po = PO("4500031683", s, "vend", "USD", "2026-11-18", [
        L(1, "COIN-MECH-6T", "Coin mechanism 6-tube, EUR, 24V", 30, "EA", "118.00", "2027-01-15"),
        L(2, "SPIRAL-75-R", "Product spiral 75 mm pitch, right-hand", 400, "EA", "3.40", "2027-01-15"),
        L(3, "KEYPAD-4x3", "Keypad 4x3 membrane, backlit", 60, "EA", "12.60", "2027-01-15"),
    ])
    b = buyer(po)
    text = """Daniel 您好，

感謝您的訂單 4500031683。

投幣器（COIN-MECH-6T）及按鍵板（KEYPAD-4x3）沒有問題。但是螺旋彈簧 75 mm（SPIRAL-75-R）的最低訂購量為 1,000 支，若貴公司可以將數量從 400 支調整為 1,000 支，我們即可確認整張訂單，交期為 2027/1/15。

請回覆是否同意，謝謝。

Best regards,
陳怡君 Joanne Chen
業務部 Sales Dept.
台灣自販零件股份有限公司
Taiwan Vending Parts Co., Ltd.
台中市西屯區工業區三十八路 120 號
Tel: +886-4-2359-1180
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body>'
            '<div style="font-family:PMingLiU,serif">' + text_to_html(text) + "</div></body></html>")
    body = mime.multipart("alternative", [mime.text(text, "plain", "big5", "base64"),
                                          mime.text(html, "html", "big5", "base64")], ob("c039", 0, "APCPRD06"))
    hdr = reply_headers(mime.addr("陳怡君 Joanne Chen", "joanne.chen@tw-vendparts.example", "big5"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 20, 14, 5, 22, "+0800"), mid_outlook("c039", "APCPRD06"), po,
                        extra=ol("c039", "zh-TW", req_subject(po)))
    return Case([po], mime.message(hdr, body),
                other("needs_review", "Conditional: the order is confirmed only if we raise line 2 to the 1,000 pcs "
                                      "MOQ; the date 2027/1/15 depends on our agreement, so nothing is committed yet."))


# --------------------------------------------------------------------------- 040
@case("insulating-gloves-korean-price-and-quantity", "confirmation/ko-KR",
      "Korean (ks_c_5601-1987 base64, Outlook): '7,500V' and '26,500V' in descriptions, a price increase on line "
      "2 and only 100 of 140 pairs on line 3.")
def c040():
    s = sup("KINSAFE", "Korea Insulation Safety Co., Ltd.", "order@kinsafety.example", "ko-KR")
    po = PO("4500031694", s, "gloves", "USD", "2026-11-17", [
        L(1, "KIS-CL1-7500-10", "Insulating glove class 1, 7500 V, size 10", 100, "PAIR", "38.50", "2027-01-08"),
        L(2, "KIS-CL3-26500-11", "Insulating glove class 3, 26500 V, size 11", 40, "PAIR", "72.00", "2027-01-08"),
        L(3, "KIS-LTR-PROT-10", "Leather protector glove, size 10", 140, "PAIR", "9.20", "2027-01-08"),
    ])
    reply = """Sarah O'Donnell 님께,

안녕하십니까. 한국절연안전 해외영업팀 김민준입니다.
주문번호 4500031694에 대해 아래와 같이 확인드립니다.

1. 절연장갑 1등급 7,500V 10호: 100켤레, 단가 USD 38.50, 납기 2027년 1월 8일
2. 절연장갑 3등급 26,500V 11호: 40켤레, 단가 USD 76.00 (원자재 가격 인상), 납기 2027년 1월 8일
3. 가죽 보호장갑 10호: 재고 부족으로 100켤레만 공급 가능하며 나머지 40켤레는 공급이 어렵습니다. 단가 USD 9.20, 납기 2027년 1월 8일

감사합니다.

김민준 드림
해외영업팀 / Overseas Sales Team
한국절연안전(주) Korea Insulation Safety Co., Ltd.
경기도 안산시 단원구 산단로 215
Tel. +82-31-494-7720"""
    text, html = outlook_reply(reply, po, "ko", "2026년 11월 17일 화요일 오후 11:08", charset="ks_c_5601-1987")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "ks_c_5601-1987", "base64"),
                                          mime.text(html, "html", "ks_c_5601-1987", "base64")],
                          ob("c040", 0, "KORPRD01"))
    hdr = reply_headers(mime.addr("김민준", "minjun.kim@kinsafety.example", "ks_c_5601-1987"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 24, 9, 51, 40, "+0900"), mid_outlook("c040", "KORPRD01"), po,
                        extra=ol("c040", "ko-KR", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: chg(40, "76.00", "2027-01-08"), 3: chg(100, "9.20", "2027-01-08")})],
               "Korean dates '2027년 1월 8일'; line 2 price 76.00 (was 72.00); line 3 only 100 of 140 pairs, the rest "
               "explicitly not supplied; voltages in descriptions are not quantities.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 041
@case("fishing-rods-vietnamese-rounded-to-cartons", "confirmation/vi-VN",
      "Vietnamese (UTF-8 base64, Gmail): line 1 quantity rounded up from 300 to 360 rods (6 cartons of 60), "
      "decimal comma prices, dd/mm/yyyy dates.")
def c041():
    s = sup("CANCAUVN", "Viet Fishing Rod Co., Ltd.", "sales@cancauviet.example", "vi-VN")
    po = PO("4500031705", s, "fish", "USD", "2026-11-19", [
        L(1, "VN-TEL-450", "Telescopic rod 4.50 m, glass fibre, 50-100 g", 300, "EA", "6.80", "2027-02-12"),
        L(2, "VN-SURF-420", "Surf rod 4.20 m, 100-250 g, 3-piece", 120, "EA", "18.90", "2027-02-12"),
    ])
    reply = """Kính gửi anh Henrik,

Cảm ơn anh đã gửi đơn hàng số 4500031705. Chúng tôi xác nhận như sau:

- Cần câu rút 4,50 m (VN-TEL-450): 360 cây, đơn giá 6,80 USD, giao hàng ngày 12/02/2027. Do quy cách đóng gói 60 cây/thùng, số lượng được làm tròn lên 360 cây (6 thùng).
- Cần câu surf 4,20 m (VN-SURF-420): 120 cây, đơn giá 18,90 USD, giao hàng ngày 12/02/2027.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Cần Câu Việt
Lô C5, KCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh
ĐT: +84 28 3754 1190"""
    assert 6 * 60 == 360
    attr = "Vào Th 5, 19 thg 11, 2026 vào lúc 15:20 Henrik Lund <henrik.lund@anglers-depot.example> đã viết:"
    text, html = gmail_reply(reply, po, attr)
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "UTF-8", "base64", quote_cs=False),
                                          mime.text(html, "html", "UTF-8", "base64", quote_cs=False)],
                          "000000000000f3a91c05f2e07b44")
    hdr = reply_headers(mime.addr("Nguyễn Thị Thu Hà", "thuha.nguyen@cancauviet.example"), mime.addr(b.name, b.email),
                        "Re: " + req_subject(po), mime.date(2026, 11, 25, 10, 2, 55, "+0700"), mid_gmail("c041"), po)
    exp = conf([(po, {1: chg(360, "6.80", "2027-02-12"), 2: acc(po, 2)})],
               "Quantity rounded up to full cartons: 360 instead of 300 (a committed change); decimal comma prices; "
               "12/02/2027 is day-first.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 042
@case("boat-fenders-thai-buddhist-year", "confirmation/th-TH",
      "Thai (TIS-620 base64) dates in the Buddhist era (15/01/2570 = 2027-01-15); line 2 delivered two weeks "
      "later.")
def c042():
    s = sup("THAIMFEND", "Thai Marine Fender Co., Ltd.", "sales@thaimarinefender.example", "th-TH")
    po = PO("4500031712", s, "fender", "THB", "2026-11-18", [
        L(1, "TMF-CYL-15x60", "Cylindrical fender 15x60 cm, PVC, white", 80, "EA", "520.00", "2027-01-15"),
        L(2, "TMF-BALL-55", "Ball fender 55 cm dia., orange", 30, "EA", "1850.00", "2027-01-15"),
    ])
    reply = """เรียน คุณทอม

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031712 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้

1. กันชนเรือทรงกระบอก 15x60 ซม. สีขาว จำนวน 80 ชิ้น ราคา 520.00 บาท/ชิ้น ส่งมอบวันที่ 15/01/2570
2. กันชนเรือทรงกลม 55 ซม. สีส้ม จำนวน 30 ชิ้น ราคา 1,850.00 บาท/ชิ้น ส่งมอบวันที่ 29/01/2570

ขอแสดงความนับถือ
สมชาย วงศ์ใหญ่
ฝ่ายขายต่างประเทศ
บริษัท ไทยมารีน ฟีนเดอร์ จำกัด
99/12 หมู่ 4 ต.บางปูใหม่ อ.เมือง จ.สมุทรปราการ 10280
โทร. 02-709-4410"""
    text, html = outlook_reply(reply, po, "th", "18 พฤศจิกายน 2569 16:05", charset="TIS-620")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "TIS-620", "base64"),
                                          mime.text(html, "html", "TIS-620", "base64")], ob("c042", 0, "APCPRD03"))
    hdr = reply_headers(mime.addr("สมชาย วงศ์ใหญ่", "somchai.w@thaimarinefender.example", "TIS-620"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 26, 11, 20, 45, "+0700"), mid_outlook("c042", "APCPRD03"), po,
                        extra=ol("c042", "th-TH", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: chg(30, "1850.00", "2027-01-29")})],
               "Buddhist-era years: 2570 = 2027 (and 2569 = 2026 in the quote header); line 2 on 29/01/2570 = "
               "2027-01-29.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 043
@case("beekeeping-qmail-plain-text-bounce", "bounce/id-ID",
      "Old-style qmail 'failure notice' in plain text: no DSN part, the original request with its PO table is "
      "pasted below 'Below this line is a copy of the message.'")
def c043():
    s = sup("LEBAHNUS", "CV Lebah Madu Nusantara", "order@lebahnusantara.example", "id-ID")
    po = PO("4500031720", s, "bee", "USD", "2026-11-20", [
        L(1, "VEIL-RND-C", "Bee veil hat, round, cotton mesh", 200, "EA", "3.90", "2027-02-26"),
        L(2, "GLV-GOAT-L", "Beekeeping gloves goatskin, size L", 150, "PAIR", "5.20", "2027-02-26"),
        L(3, "HT-10-J", "Hive tool 10 in, stainless, J-hook", 300, "EA", "2.10", "2027-02-26"),
    ])
    b = buyer(po)
    orig = (f"Return-Path: <{b.email}>\nReceived: (qmail 22871 invoked by uid 89); 20 Nov 2026 14:31:07 -0000\n"
            f"From: {b.name} <{b.email}>\nTo: {s['email']}\nSubject: {req_subject(po)}\n"
            f"Date: Fri, 20 Nov 2026 14:31:05 +0000\nMessage-ID: {po['request_message_id']}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\nContent-Transfer-Encoding: 7bit\n\n"
            + req_text(po))
    text = f"""Hi. This is the qmail-send program at mail.hiveharvest.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<order@lebahnusantara.example>:
203.0.113.45 does not like recipient.
Remote host said: 550 5.2.1 <order@lebahnusantara.example>: Mailbox disabled for this recipient
Giving up on 203.0.113.45.

--- Below this line is a copy of the message.

{orig}
"""
    part = mime.text(text, "plain", "us-ascii", "7bit", quote_cs=False)
    hdr = [("Return-Path", "<>"), ("Date", "20 Nov 2026 14:31:09 +0000"),
           ("From", "MAILER-DAEMON@mail.hiveharvest.example"), ("To", b.email), ("Subject", "failure notice"),
           ("Message-ID", "<20261120143109.22874.qmail@mail.hiveharvest.example>")]
    return Case([po], mime.message(hdr, part),
                other("bounce", "qmail plain-text failure notice (mailbox disabled); the PO table and dates are in the "
                                "returned copy of our own request."))


# --------------------------------------------------------------------------- 044
@case("mooring-ropes-malay-ship-on-monday", "confirmation/ms-MY",
      "Malay: quantities and prices as ordered, 'kami akan hantar pada hari Isnin ini' - a ship date relative to "
      "the Date header (Thursday 26 Nov -> Monday 30 Nov 2026).")
def c044():
    s = sup("TALITAMB", "Tali Tambat Marin Sdn. Bhd.", "jualan@talitambat.example", "ms-MY")
    po = PO("4500031731", s, "rope", "MYR", "2026-11-19", [
        L(1, "MR-NY-18-50", "Nylon mooring line 18 mm x 50 m, 3-strand, thimble eye", 40, "EA", "420.00", "2026-12-04"),
        L(2, "MR-PE-12-200", "Polyester rope 12 mm, coil 200 m", 25, "ROL", "560.00", "2026-12-04"),
    ])
    reply = """Salam sejahtera Puan Ingrid,

Terima kasih atas pesanan 4500031731. Kami sahkan kedua-dua item mengikut kuantiti dan harga dalam pesanan (40 utas tali nilon 18 mm x 50 m @ RM 420.00 dan 25 gulung tali poliester 12 mm @ RM 560.00).

Barang sudah siap dibungkus dan kami akan hantar pada hari Isnin ini melalui DHL Express. Nombor penjejakan akan kami emelkan selepas penghantaran.

Terima kasih.

Yang benar,
Siti Nurhaliza binti Ahmad
Eksekutif Jualan
Tali Tambat Marin Sdn. Bhd.
Lot 22, Jalan Perindustrian 4, 81700 Pasir Gudang, Johor
Tel: +60 7 251 6630"""
    attr = "Pada Kha, 19 Nov 2026 pada 4:10 PTG, Ingrid Aas <ingrid.aas@harbourline-marine.example> menulis:"
    text, html = gmail_reply(reply, po, attr)
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, quote_cs=False, charset="UTF-8"),
                                          mime.text(html, "html", quote_cs=False, charset="UTF-8")],
                          "000000000000b2c81d05f2e1a9c3")
    hdr = reply_headers(mime.addr("Siti Nurhaliza Ahmad", "siti@talitambat.example"), mime.addr(b.name, b.email),
                        "Re: " + req_subject(po), mime.date(2026, 11, 26, 9, 40, 18, "+0800"), mid_gmail("c044"), po)
    monday = "2026-11-30"
    assert _dt.date.fromisoformat(monday).weekday() == 0
    exp = conf([(po, {1: chg(40, "420.00", monday), 2: chg(25, "560.00", monday)})],
               "Relative ship date: the mail is dated Thursday 26 Nov 2026, 'hari Isnin ini' = Monday 2026-11-30; "
               "only a ship date is given, so it is the line date (earlier than the requested 2026-12-04).")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 045
@case("water-meters-hindi-lakh-amounts", "confirmation/hi-IN",
      "Hindi with English terms, Indian lakh grouping (₹15,60,000.00) in line totals, a new rate on line 2 and a "
      "later date on line 3.")
def c045():
    s = sup("JALMAPAK", "Jalmapak Industries Pvt. Ltd.", "sales@jalmapak.example", "hi-IN")
    po = PO("4500031744", s, "water", "INR", "2026-11-18", [
        L(1, "JM-MJ-15", 'Multi-jet water meter DN15, 1/2", Class B, 110 mm', 2000, "EA", "780.00", "2027-01-29"),
        L(2, "JM-MJ-20", 'Multi-jet water meter DN20, 3/4", Class B, 130 mm', 1500, "EA", "945.00", "2027-01-29"),
        L(3, "JM-CPL-15", 'Meter coupling set DN15 brass, 1/2" x 3/4"', 2000, "SET", "68.00", "2027-01-29"),
    ])
    reply = """प्रिय श्री हेंड्रिक्स,

आपके पर्चेज़ ऑर्डर नंबर 4500031744 के लिए धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:

1. मल्टी-जेट वॉटर मीटर DN15 - 2,000 नग @ ₹780.00 = ₹15,60,000.00, डिलीवरी 29/01/2027
2. मल्टी-जेट वॉटर मीटर DN20 - 1,500 नग @ ₹985.00 = ₹14,77,500.00, डिलीवरी 29/01/2027 (पीतल की कीमत बढ़ने के कारण नई दर)
3. कपलिंग सेट DN15 - 2,000 सेट @ ₹68.00 = ₹1,36,000.00, डिलीवरी 12/02/2027

कुल: ₹31,73,500.00 (GST अतिरिक्त)

सादर,
राजेश कुमार शर्मा
Sales Manager (Exports)
जलमापक इंडस्ट्रीज़ प्रा. लि.
Plot 44, GIDC Makarpura, Vadodara 390010, Gujarat
Mob. +91 98250 41177"""
    assert 2000 * 780 == 1560000 and 1500 * 985 == 1477500 and 2000 * 68 == 136000
    assert 1560000 + 1477500 + 136000 == 3173500
    attr = "बुध, 18 नव॰ 2026 को 3:40 pm बजे Piet Hendriks <p.hendriks@aquanet-utilities.example> ने लिखा:"
    text, html = gmail_reply(reply, po, attr)
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, quote_cs=False, charset="UTF-8"),
                                          mime.text(html, "html", quote_cs=False, charset="UTF-8")],
                          "0000000000007e4f2a05f2e33b10")
    hdr = reply_headers(mime.addr("Rajesh Kumar Sharma", "rajesh.sharma@jalmapak.example"), mime.addr(b.name, b.email),
                        "Re: " + req_subject(po), mime.date(2026, 11, 30, 12, 17, 9, "+0530"), mid_gmail("c045"), po)
    exp = conf([(po, {1: acc(po, 1), 2: chg(1500, "985.00", "2027-01-29"), 3: chg(2000, "68.00", "2027-02-12")})],
               "Hindi text with lakh-grouped totals (15,60,000.00 = 1,560,000) that are line amounts, not unit "
               "prices; line 2 new rate 985.00; line 3 on 12/02/2027.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 046
@case("vending-spares-indian-english-per-piece-sets", "confirmation/en-IN",
      "Indian English ('Rs. 5,75,000/-', 'nos.', 'dt.') plus a CSV copy: the sensor line is quoted as 400 pcs at "
      "Rs. 470 per piece = 200 sets at 940 (unchanged), while the lock line has a new price and date.")
def c046():
    s = sup("VENDCRAFT", "Vendcraft Components Pvt. Ltd.", "exports@vendcraft.example", "en-IN")
    po = PO("4500031758", s, "vend", "INR", "2026-11-19", [
        L(1, "VC-MOTOR-24V", "Spiral motor 24V DC, 5 rpm", 500, "EA", "1150.00", "2027-01-22"),
        L(2, "VC-DROP-SEN", "Drop sensor kit (emitter + receiver), 2 pcs per set", 200, "SET", "940.00", "2027-01-22"),
        L(3, "VC-LOCK-T", "T-handle lock with 2 keys", 300, "EA", "385.00", "2027-01-22"),
    ])
    reply = """Dear Mr. Okafor,

Greetings from Vendcraft!

We are pleased to acknowledge your PO No. 4500031758 dt. 19/11/2026 and confirm as under:

1) Spiral motor 24V DC - 500 nos. @ Rs. 1,150/- each - Rs. 5,75,000/- - delivery 22/01/2027
2) Drop sensor - 400 pcs @ Rs. 470/- per pc (i.e. 200 sets of 2 pcs) - Rs. 1,88,000/- - delivery 22/01/2027
3) T-handle lock - 300 nos. @ Rs. 398/- each - Rs. 1,19,400/- - delivery 29/01/2027

Total Rs. 8,82,400/- plus GST @ 18%.

Our order acknowledgement is also attached in CSV format for upload into your system.

Kindly do the needful and revert in case of any query.

Thanks & Regards,
Suresh Iyer
Manager - Exports
Vendcraft Components Pvt. Ltd.
B-17, MIDC Bhosari, Pune 411026, Maharashtra
Ph: +91 20 2712 4408 | Mob: +91 98220 61935"""
    assert 500 * 1150 == 575000 and 400 * 470 == 188000 and 2 * 470 == 940 and 300 * 398 == 119400
    assert 575000 + 188000 + 119400 == 882400
    text, html = outlook_reply(reply, po, "en", "Thursday, November 19, 2026 6:12 PM", charset="windows-1252")
    b = buyer(po)
    csv = ("Sr No,PO No,PO Line,Item Code,Description,Qty,UOM,Rate (INR),Amount (INR),Delivery Date\r\n"
           "1,4500031758,1,VC-MOTOR-24V,Spiral motor 24V DC 5 rpm,500,NOS,1150.00,575000.00,22-01-2027\r\n"
           "2,4500031758,2,VC-DROP-SEN,\"Drop sensor (emitter, receiver)\",400,PCS,470.00,188000.00,22-01-2027\r\n"
           "3,4500031758,3,VC-LOCK-T,T-handle lock with 2 keys,300,NOS,398.00,119400.00,29-01-2027\r\n")
    alt = mime.multipart("alternative", [mime.text(text, "plain", "windows-1252"),
                                         mime.text(html, "html", "windows-1252")], ob("c046", 0, "INDPRD01"))
    body = mime.multipart("mixed", [alt, mime.attachment(csv.encode("ascii"), "text/csv",
                                                         "Order_Ack_4500031758.csv")], ob("c046", 4, "INDPRD01"))
    hdr = reply_headers(mime.addr("Suresh Iyer", "suresh.iyer@vendcraft.example"), mime.addr(b.name, b.email),
                        "RE: " + req_subject(po), mime.date(2026, 11, 27, 11, 34, 52, "+0530"),
                        mid_outlook("c046", "INDPRD01"), po, extra=ol("c046", "en-IN", req_subject(po), True))
    exp = conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(300, "398.00", "2027-01-29")})],
               "Line 2 is quoted per piece: 400 pcs x 470 = 200 SET x 940, i.e. unchanged; lakh-grouped amounts are "
               "line totals; 'dt. 19/11/2026' is the PO date; line 3 new price 398 and date 29/01/2027.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 047
@case("cork-delivery-note-for-another-order", "unrelated/en-ZA",
      "Dispatch mail with a PDF delivery note for an older PO that lists the same item code, quantities and a "
      "delivery date - but not for the open order.")
def c047():
    s = sup("CAPECORK", "Cape Cork & Closure (Pty) Ltd", "orders@capecork.example", "en-ZA")
    po = PO("4500031765", s, "cork", "ZAR", "2026-11-20", [
        L(1, "SYN-22x38-CX", "Synthetic cork 22x38 mm, co-extruded", 100000, "PCS", "0.95", "2027-01-29"),
        L(2, "BT-19.5x27-PP", "Bar-top stopper 19.5x27 mm, black PP head", 20000, "PCS", "2.40", "2027-01-29"),
    ])
    b = buyer(po)
    page = pdf.document(
        ["Cape Cork & Closure (Pty) Ltd", "12 Vlakte Road, Stellenbosch Industrial Park, 7600, South Africa",
         "Tel +27 21 880 4410  |  VAT 4820193377"],
        "DELIVERY NOTE DN-0088412",
        [("Customer:", "Caves Distribution SAS, 12 route de Beaune, 21200 Chorey-les-Beaune"),
         ("Customer order:", "4500029871"), ("Our order:", "SO-26-4471"), ("Dispatch date:", "01/12/2026"),
         ("Carrier:", "Bidvest Panalpina - waybill 7781 2093 4410"), ("Expected delivery:", "18/01/2027")],
        ["Line", "Item", "Description", "Qty", "Unit", "Cartons"],
        [["1", "SYN-22x38-CX", "Synthetic cork 22x38 mm, co-extruded", "50 000", "PCS", "25"],
         ["2", "CAP-BT-GOLD", "Bar-top stopper 19.5x27 mm, gold head", "10 000", "PCS", "5"]],
        [40, 75, 160, 380, 430, 480],
        ["Goods received in good order and condition:", "", "Signature ______________________   Date __________"],
        logo="CAPE CORK")
    data = pdf.text_pdf([page], compress=False, title="Delivery Note DN-0088412", author="dispatch",
                        creator="Sage X3", producer="Sage X3 Print Server", date="20261201143012+02'00'")
    text = f"""Dear Customer,

Please find attached delivery note DN-0088412 for your order 4500029871, dispatched today from our Stellenbosch warehouse.

Carrier: Bidvest Panalpina, waybill 7781 2093 4410
Packages: 30 cartons on 1 pallet

This is an automated message from our dispatch system. Please do not reply to this e-mail; contact orders@capecork.example for any queries.

Cape Cork & Closure (Pty) Ltd
12 Vlakte Road, Stellenbosch Industrial Park, 7600
Tel +27 21 880 4410"""
    body = mime.multipart("mixed", [mime.text(text, "plain", "utf-8"),
                                    mime.attachment(data, "application/pdf", "DN-0088412.pdf")],
                          "=_sagex3_6f1c2a9e4b7d83015c2e")
    hdr = [("From", mime.addr("Cape Cork Dispatch", "dispatch@capecork.example")), ("To", b.email),
           ("Subject", "Delivery Note DN-0088412 - your order 4500029871"),
           ("Date", mime.date(2026, 12, 1, 14, 30, 44, "+0200")),
           ("Message-ID", f"<DN0088412.{hx('c047', 10, False)}@x3.capecork.example>"),
           ("X-Mailer", "Sage X3 Mail Service"), ("Auto-Submitted", "auto-generated")]
    return Case([po], mime.message(hdr, body),
                other("unrelated", "Delivery note for another order (4500029871) that happens to contain the same "
                                   "item code SYN-22x38-CX with a quantity and an expected delivery date; it says "
                                   "nothing about open PO 4500031765."))


# --------------------------------------------------------------------------- 048
@case("road-barriers-aussie-split-and-per-pack", "confirmation/en-AU",
      "Apple Mail, Australian short dates: fence panels split 120 + 80, clamps sold in packs of 10 while the PO "
      "unit is a box of 50 (price per box must be derived).")
def c048():
    s = sup("BARRSUP", "Barrier Hire Supplies Pty Ltd", "orders@barriersupplies.example", "en-AU")
    po = PO("4500031769", s, "road", "AUD", "2026-11-23", [
        L(1, "WFB-2000-OR", "Water-filled barrier 2000 mm, orange, 2027 spec", 50, "EA", "189.00", "2027-01-22"),
        L(2, "FENCE-2.4x1.8", "Temporary fence panel 2.4 x 1.8 m, 2.5 mm mesh wire", 200, "EA", "64.00", "2027-01-22"),
        L(3, "CLAMP-FN-50", "Fence clamp, zinc plated, box of 50", 10, "BOX", "42.50", "2027-01-22"),
    ])
    b = buyer(po)
    reply = """Hi Oliver,

Thanks for the order. All good on the barriers - 50 @ $189.00 ex GST, delivered 22/01/2027.

Fence panels: 120 available for 22/01, the other 80 we'll have on the next container, delivered 12/02.

Clamps we only sell in packs of 10 now - so 50 packs of 10 (500 clamps, same as your 10 boxes of 50) at $8.90 a pack, same 22/01 delivery.

Cheers,
Brett

Brett Nolan
Barrier Hire Supplies Pty Ltd
14 Boundary Rd, Carole Park QLD 4300
P: 07 3271 5580 | M: 0412 338 901"""
    assert 50 * 10 == 10 * 50 and D("8.90") * 5 == D("44.50")
    attr = f"On 23 Nov 2026, at 9:14 am, {b.name} <{b.email}> wrote:"
    text = gt_reply(reply, po, attr)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word;">' + text_to_html(reply).replace("<p>", "<div>")
            .replace("</p>", "</div><div><br></div>") + f'<div><br><blockquote type="cite"><div>{esc(attr)}</div>'
            + req_html(po) + "</blockquote></div></body></html>")
    body = mime.multipart("alternative", [mime.text(text, "plain", "utf-8", quote_cs=False),
                                          mime.text(html, "html", "utf-8", quote_cs=False)],
                          "Apple-Mail=_5B2D8E41-7C3A-4F19-9E0B-2A61D4C8F037")
    hdr = reply_headers(mime.addr("Brett Nolan", "brett@barriersupplies.example"), mime.addr(b.name, b.email),
                        "Re: " + req_subject(po), mime.date(2026, 11, 30, 8, 12, 40, "+1100"),
                        mid_apple("c048", "barriersupplies.example"), po,
                        extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    exp = conf([(po, {1: acc(po, 1),
                      2: chg(200, "64.00", "2027-02-12", [(120, "2027-01-22"), (80, "2027-02-12")]),
                      3: chg(10, "44.50", "2027-01-22")})],
               "Line 2 split 120 on 22/01 and 80 on 12/02 (2027); line 3 priced per pack of 10 at 8.90: the PO unit "
               "is a box of 50, so 5 packs = 44.50 per BOX (was 42.50), quantity unchanged at 10 boxes.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 049
@case("beekeeping-one-liner-second-of-two-pos", "confirmation/en-NZ",
      "iPhone one-liner 'Confirmed as per PO, all three lines, delivery 18/12'; two open POs from the supplier and "
      "only the threaded/quoted one is answered.")
def c049():
    s = sup("KIWIHIVE", "Kiwi Hive Supplies Ltd", "orders@kiwihive.example", "en-NZ")
    po_a = PO("4500031775", s, "bee", "NZD", "2026-11-16", [
        L(1, "JAR-500-PET", "Manuka honey jar 500 g, PET, 63 mm lid", 3000, "PCS", "0.46", "2027-01-15"),
        L(2, "BKT-15-TL", "Honey bucket 15 kg with tamper-evident lid", 200, "EA", "6.90", "2027-01-15"),
    ])
    po_b = PO("4500031788", s, "bee", "NZD", "2026-11-20", [
        L(1, "VAR-STRIP-27", "Varroa treatment strips, 2027 season, 10 strips per box", 150, "BOX", "38.00",
          "2026-12-18"),
        L(2, "MAT-HES-1620", "Hive mat, hessian, 16x20 in", 400, "EA", "1.20", "2026-12-18"),
        L(3, "QMC-PLUNGER", "Queen marking cage, plunger type", 60, "EA", "3.40", "2026-12-18"),
    ])
    b = buyer(po_b)
    reply = """Confirmed as per PO, all three lines, delivery 18/12. Cheers, Ngaire

Sent from my iPhone"""
    attr = f"> On 20/11/2026, at 4:12 PM, {b.name} <{b.email}> wrote:\n>"
    text = reply + "\n\n" + attr + "\n" + quote(req_text(po_b)) + "\n"
    part = mime.text(text, "plain", "utf-8", quote_cs=False)
    hdr = reply_headers(mime.addr("Ngaire Walker", "ngaire@kiwihive.example"), mime.addr(b.name, b.email),
                        "Re: " + req_subject(po_b), mime.date(2026, 11, 24, 7, 48, 2, "+1300"),
                        mid_apple("c049", "kiwihive.example"), po_b, extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = conf([(po_b, {1: acc(po_b, 1), 2: acc(po_b, 2), 3: acc(po_b, 3)})],
               "Two open POs from the same supplier; the one-liner answers only 4500031788 (subject, In-Reply-To, "
               "quote, 'all three lines'); 18/12 without year = 2026-12-18; PO 4500031775 is not answered.")
    return Case([po_a, po_b], mime.message(hdr, part), exp)


# --------------------------------------------------------------------------- 050
@case("vending-spares-expo-promotion-mail", "unrelated/en-SG",
      "Marketing mail from the supplier's domain: year-end discount on the same coin mechanisms we ordered, "
      "prices, dates and a trade-fair booth.")
def c050():
    s = sup("LIONVEND", "Lion City Vending Parts Pte Ltd", "sales@lioncityvending.example", "en-SG")
    po = PO("4500031781", s, "vend", "SGD", "2026-11-20", [
        L(1, "LC-CM-6T-24", "Coin mechanism 6-tube, 24V, EUR coin set", 25, "EA", "168.00", "2027-01-29"),
        L(2, "LC-BV-5", "Banknote validator 5-note, stacker 300", 10, "EA", "395.00", "2027-01-29"),
    ])
    b = buyer(po)
    text = """Lion City Vending Parts - Year-End Specials 2026

Dear valued customer,

Close the year with our best prices ever:

* Coin mechanism 6-tube 24V (LC-CM-6T-24): SGD 149.00 (was SGD 168.00) - orders placed by 31 Dec 2026
* Banknote validator 5-note (LC-BV-5): 10% off with free stacker upgrade
* Spiral kits 55/65/75 mm: buy 100, get 10 free

All promotional orders ship within 5 working days from our Tuas warehouse.

Meet us at Vending & Unattended Retail Asia 2027, Singapore Expo Hall 4, Booth B12, 17-19 March 2027.

Lion City Vending Parts Pte Ltd, 21 Tuas South Avenue 6, Singapore 637021
You are receiving this e-mail because you are a registered customer. Unsubscribe: https://lioncityvending.example/unsubscribe?c=88231"""
    html = ('<html><body style="margin:0;background:#f3f3f3"><table width="600" align="center" '
            'style="background:#fff;font-family:Helvetica,Arial"><tr><td style="background:#c8102e;color:#fff;'
            'padding:18px;font-size:22px">Year-End Specials 2026</td></tr><tr><td style="padding:18px">'
            + text_to_html(text) + "</td></tr></table></body></html>")
    body = mime.multipart("alternative", [mime.text(text, "plain", "utf-8"), mime.text(html, "html", "utf-8")],
                          "_----------=_MCPart_1794915551")
    hdr = [("From", mime.addr("Lion City Vending Parts", "news@lioncityvending.example")), ("To", b.email),
           ("Subject", "Year-end specials: coin mechanisms from SGD 149 + see you at VURA 2027"),
           ("Date", mime.date(2026, 11, 25, 10, 0, 3, "+0800")),
           ("Message-ID", f"<{hx('c050', 20, False)}@mail210.suw121.mcsv.example>"),
           ("List-Unsubscribe", "<https://lioncityvending.example/unsubscribe?c=88231>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
           ("X-Campaign", "yearend2026-sg")]
    return Case([po], mime.message(hdr, body),
                other("unrelated", "Promotional mail that mentions the ordered item with a lower promotional price and "
                                   "dates; it is not an answer to PO 4500031781."))


# --------------------------------------------------------------------------- 051
@case("horse-feed-irish-html-table-dispatch-delivery", "confirmation/en-IE",
      "Outlook HTML table with separate dispatch and delivery columns (delivery wins), an out-of-stock line and a "
      "price change on the last line.")
def c051():
    s = sup("BOYNEEQ", "Boyne Valley Equine Feeds Ltd", "sales@boynevalleyfeeds.example", "en-IE")
    po = PO("4500031796", s, "horse", "EUR", "2026-11-20", [
        L(1, "BV-COOL-20", "Cool mix, 20 kg bag", 240, "EA", "16.80", "2026-12-16"),
        L(2, "BV-CONDI-20", "Conditioning cubes 20 kg, 12 % protein", 160, "EA", "18.40", "2026-12-16"),
        L(3, "BV-BEET-18", "Unmolassed beet pulp 18 kg", 100, "EA", "14.20", "2026-12-16"),
        L(4, "BV-LICK-5", "Mineral lick 5 kg, garlic", 80, "EA", "9.90", "2026-12-16"),
    ])
    b = buyer(po)
    head = ["Your line", "Product", "Qty confirmed", "Price EUR", "Dispatch", "Delivery"]
    rows = [["1", "Cool mix 20 kg", "240", "16.80", "14/12/2026", "16/12/2026"],
            ["2", "Conditioning cubes 20 kg", "160", "18.40", "14/12/2026", "16/12/2026"],
            ["3", "Beet pulp 18 kg", "-", "-", "Out of stock - cannot supply this season", ""],
            ["4", "Mineral lick 5 kg garlic", "80", "10.40", "07/12/2026", "09/12/2026"]]
    intro = """Dear Jonas,

Many thanks for your order 4500031796. Please see our confirmation below.
"""
    outro = """Prices are per bag/tub, delivered to Burgwedel. The lick price has gone up since your last order, apologies for that.

Kind regards,
Siobhán Byrne
Sales & Customer Service
Boyne Valley Equine Feeds Ltd
Mill Road, Navan, Co. Meath, C15 X2Y4, Ireland
T: +353 46 902 1140"""
    reply_text = intro + "\n" + text_table(head, rows, right=(2, 3)) + "\n\n" + outro
    reply_html = mso(intro) + html_table(head, rows) + mso("\n" + outro)
    text, html = outlook_reply(reply_text, po, "en", "Friday, November 20, 2026 3:27 PM", charset="windows-1252",
                               reply_html=reply_html)
    body = mime.multipart("alternative", [mime.text(text, "plain", "windows-1252"),
                                          mime.text(html, "html", "windows-1252")], ob("c051", 0))
    hdr = reply_headers(mime.addr("Siobhán Byrne", "s.byrne@boynevalleyfeeds.example", "windows-1252", "Q"),
                        mime.addr(b.name, b.email), "RE: " + req_subject(po),
                        mime.date(2026, 11, 25, 12, 4, 30, "+0000"), mid_outlook("c051"), po,
                        extra=ol("c051", "en-IE", req_subject(po)))
    exp = conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: REJ, 4: chg(80, "10.40", "2026-12-09")})],
               "Table with dispatch and delivery dates: the delivery column counts (16/12 = requested); line 3 out "
               "of stock for the season = rejected; line 4 new price 10.40 and delivery 09/12/2026; '12 %' is "
               "protein, not a surcharge.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 052
@case("industrial-scales-subject-to-credit-approval", "needs_review/en-US",
      "Dates and prices look confirmed ('ship 12/11 and 01/06/2027'), but the order is 'confirmed subject to "
      "credit approval'.")
def c052():
    s = sup("MIDWSCALE", "Midwest Scale & Weighing Co.", "orders@midwestscale.example", "en-US")
    po = PO("4500031803", s, "scale", "USD", "2026-11-19", [
        L(1, "MSW-BS-2424", "Bench scale 24x24 in, 500 lb x 0.1 lb, NTEP", 12, "EA", "845.00", "2026-12-18"),
        L(2, "MSW-FS-44-5K", "Floor scale 4x4 ft, 5,000 lb capacity, painted", 4, "EA", "1690.00", "2027-01-08"),
    ])
    b = buyer(po)
    reply = """Hi Priya,

Thanks for PO 4500031803. We can ship the bench scales 12/11 and the floor scales 01/06/2027 at PO pricing.

Please note this order is confirmed subject to credit approval - as this is your first order with us, our credit department will reach out for a credit application and trade references. Once approved we will send our formal sales order acknowledgment.

Best,
Kevin Marsh
Inside Sales
Midwest Scale & Weighing Co.
2200 Prairie Ave, Des Moines, IA 50317
(515) 555-0142"""
    text, html = outlook_reply(reply, po, "en", "Thursday, November 19, 2026 2:41 PM", charset="us-ascii")
    body = mime.multipart("alternative", [mime.text(text, "plain", "us-ascii"), mime.text(html, "html", "us-ascii")],
                          ob("c052", 0, "NAMPRD12"))
    hdr = reply_headers(mime.addr("Kevin Marsh", "kmarsh@midwestscale.example"), mime.addr(b.name, b.email),
                        "RE: " + req_subject(po), mime.date(2026, 11, 23, 10, 6, 21, "-0500"),
                        mid_outlook("c052", "NAMPRD12"), po, extra=ol("c052", "en-US", req_subject(po)))
    return Case([po], mime.message(hdr, body),
                other("needs_review", "'Confirmed subject to credit approval': the commitment is conditional on a "
                                      "credit check that has not happened; the formal acknowledgment is still to "
                                      "come."))


# --------------------------------------------------------------------------- 053
@case("mooring-ropes-ex-works-forwarder-collect", "confirmation/en-GB",
      "'Ready ex works 11/12, your forwarder to collect': a day-first ship/collection date with no delivery date, "
      "so it becomes the line date.")
def c053():
    s = sup("SOLCORD", "Solent Cordage Ltd", "sales@solentcordage.example", "en-GB")
    po = PO("4500031811", s, "rope", "GBP", "2026-11-20", [
        L(1, "SC-DB-14-100", "Polyester double braid 14 mm x 100 m, navy", 12, "ROL", "198.00", "2026-12-16"),
        L(2, "SC-3S-24-220", "Nylon 3-strand 24 mm x 220 m", 4, "ROL", "1240.00", "2026-12-16"),
        L(3, "SC-SN-10", "Rubber snubber for 10-14 mm line", 40, "EA", "14.50", "2026-12-16"),
    ])
    reply = """Dear Ingrid,

Thank you for your order 4500031811, confirmed at your prices and quantities for all three lines.

Goods will be ready ex works 11/12, your forwarder to collect from our Southampton warehouse (Mon-Fri 08:00-15:30; please book a slot with our yard on 023 8063 4410 at least 24 hours ahead).

Kind regards,

Daniel Hughes
Sales Administrator
Solent Cordage Ltd
Unit 9, Ocean Park, Southampton SO14 5QT
T: 023 8063 4400"""
    text, html = outlook_reply(reply, po, "en", "Friday, November 20, 2026 11:05 AM", charset="us-ascii")
    b = buyer(po)
    body = mime.multipart("alternative", [mime.text(text, "plain", "us-ascii"), mime.text(html, "html", "us-ascii")],
                          ob("c053", 0, "GBRPRD01"))
    hdr = reply_headers(mime.addr("Daniel Hughes", "d.hughes@solentcordage.example"), mime.addr(b.name, b.email),
                        "RE: " + req_subject(po), mime.date(2026, 11, 26, 14, 51, 3, "+0000"),
                        mid_outlook("c053", "GBRPRD01"), po, extra=ol("c053", "en-GB", req_subject(po)))
    d = "2026-12-11"
    exp = conf([(po, {1: chg(12, "198.00", d), 2: chg(4, "1240.00", d), 3: chg(40, "14.50", d)})],
               "Ex works 11/12 (en-GB day-first = 11 December 2026) with our forwarder collecting: the only date "
               "given is the ship/collection date, so it is the line date; prices and quantities as ordered.")
    return Case([po], mime.message(hdr, body), exp)


# --------------------------------------------------------------------------- 054
@case("carwash-chemicals-us-dates-two-of-three-pos", "confirmation/en-US",
      "US month-first ship dates (12/11/2026 = Dec 11) across two POs in one reply, a backordered line with no "
      "ETA, and a third PO only mentioned.")
def c054():
    s = sup("GLWASH", "Great Lakes Wash Chemistry Inc.", "orders@glwashchem.example", "en-US")
    po_a = PO("4500031822", s, "carwash", "USD", "2026-11-17", [
        L(1, "GL-PRESOAK-55", "Presoak alkaline, 55 gal drum", 10, "EA", "612.00", "2026-12-18"),
        L(2, "GL-TRIFOAM-5B", "Triple foam conditioner, 5 gal pail, blue", 40, "EA", "96.00", "2026-12-18"),
    ])
    po_b = PO("4500031835", s, "carwash", "USD", "2026-11-18", [
        L(1, "GL-SFR-55", "Spot-free rinse agent, 55 gal drum", 6, "EA", "780.00", "2027-01-08"),
        L(2, "GL-TIRE-5SB", "Tire dressing solvent-based, 5 gal pail", 30, "EA", "118.00", "2027-01-08"),
    ])
    po_c = PO("4500031847", s, "carwash", "USD", "2026-11-20", [
        L(1, "GL-BRUSH-12", "Wheel brush 12 in, soft bristle", 100, "EA", "14.20", "2027-01-15"),
    ])
    b = buyer(po_a)
    reply = """Hi Marco,

Please see below for the two POs:

PO 4500031822
- Presoak 55 gal: 10 drums @ $612.00, ship 12/11/2026
- Triple foam blue 5 gal: 40 pails @ $96.00, ship 12/11/2026

PO 4500031835
- Spot-free rinse 55 gal: 6 drums @ $780.00, ship 01/08/2027
- Tire dressing 5 gal: backordered, no ETA at this time - we'll update you as soon as we hear from our supplier.

We're still checking stock on the wheel brushes (PO 4500031847), will come back to you separately.

Thanks,
Jen Kowalczyk
Customer Service
Great Lakes Wash Chemistry Inc.
4800 W. 150th St, Cleveland, OH 44135
(216) 555-0187"""
    text, html = outlook_reply(reply, po_a, "en", "Tuesday, November 17, 2026 9:40 AM", charset="windows-1252")
    body = mime.multipart("alternative", [mime.text(text, "plain", "windows-1252"), mime.text(html, "html", "windows-1252")],
                          ob("c054", 0, "NAMPRD08"))
    hdr = reply_headers(mime.addr("Jen Kowalczyk", "jkowalczyk@glwashchem.example"), mime.addr(b.name, b.email),
                        "RE: POs 4500031822 / 4500031835", mime.date(2026, 11, 24, 16, 20, 55, "-0500"),
                        mid_outlook("c054", "NAMPRD08"), po_a,
                        refs=po_a["request_message_id"] + " " + po_b["request_message_id"],
                        extra=ol("c054", "en-US", "POs 4500031822 / 4500031835"))
    exp = conf([(po_a, {1: chg(10, "612.00", "2026-12-11"), 2: chg(40, "96.00", "2026-12-11")}),
                (po_b, {1: acc(po_b, 1), 2: UNC})],
               "Two POs answered in one mail: US ship dates 12/11/2026 = 2026-12-11 (changed) and 01/08/2027 = "
               "2027-01-08 (= requested); the backordered tire dressing has no commitment (unconfirmed); PO "
               "4500031847 is only mentioned and left out.")
    return Case([po_a, po_b, po_c], mime.message(hdr, body), exp)
