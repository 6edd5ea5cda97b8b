"""Cases 055-070."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import mime, pdf
from .common import (DANA, JANA, MARKUS, MEGAN, OLU, PIETER, TOM, H, L, P, PO, T, at, case, chg, conf, expected,
                     kw_friday, pdf_att, received, reply, request_html, request_id, request_message,
                     request_subject, request_text, sent_str, sup, esc, prefix_lines, outlook_quote_header)


# ---------------------------------------------------------------------------
@case("exim-plain-bounce", "bounce/en-IN",
      "Exim 'Mail delivery failed' plain-text bounce whose body contains the raw multipart copy of our request "
      "(boundaries, HTML table, dates) as plain text.")
def c055(slug):
    from .auto import original_with_received
    s = sup("SHAKTIRESP", "Shakti Respiratory Products Pvt. Ltd.", "orders@shakti-resp.example", "en-IN")
    po = PO("HLS-26-0968", s, PIETER, "USD", "2026-11-26", [
        L(1, "SRP-N95-C", "Respirator N95 cup type, box of 20", 200, "BOX", "5.60", "2027-01-15"),
        L(2, "SRP-OV-PAIR", "Half mask cartridge, organic vapour, pair", 300, "PAIR", "3.10", "2027-01-15"),
    ], req_time="15:02")
    b = po["_buyer"]
    when = at("2026-11-26 15:02:31", 1)
    copy = original_with_received(po, "mx2.halden-labs.example", when, multipart=True)
    body = ("This message was created automatically by mail delivery software.\r\n\r\n"
            "A message that you sent could not be delivered to one or more of its\r\n"
            "recipients. This is a permanent error. The following address(es) failed:\r\n\r\n"
            f"  {s['email']}\r\n    host mx.shakti-resp.example [192.0.2.77]\r\n"
            f"    SMTP error from remote mail server after RCPT TO:<{s['email']}>:\r\n"
            "    550 5.1.1 No such user here\r\n\r\n"
            "------ This is a copy of the message, including all the headers. ------\r\n\r\n").encode() + copy
    hs = [("Return-Path", "<>"),
          ("Received", f"from Debian-exim by mx2.halden-labs.example with local (Exim 4.96)\r\n\tid 1vMk3q-0007Xa-2T"
                       f"\r\n\tfor {b.email}; {mime.fmt_date(when)}"),
          ("X-Failed-Recipients", s["email"]),
          ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@mx2.halden-labs.example>"),
          ("To", b.email),
          ("References", po["request_message_id"]),
          ("Content-Type", "text/plain; charset=us-ascii"),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Message-Id", "<E1vMk3q-0007Xa-2T@mx2.halden-labs.example>"),
          ("Date", mime.fmt_date(when))]
    eml = mime.render_headers(hs) + b"\r\n" + body
    exp = expected("bounce", "Exim bounce (550 no such user); the raw copy of our multipart request below is not "
                   "a supplier answer.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("soles-etd-eta-proforma", "confirmation/vi-VN",
      "Vietnamese Gmail reply plus English proforma PDF giving both an ex-factory ETD and a DAP Hamburg delivery "
      "date (delivery wins); one price increase; 1.200 with dot grouping.")
def c056(slug):
    s = sup("BDSOLE", "Binh Duong Sole Co., Ltd.", "sales@binhduong-sole.example", "vi-VN")
    po = PO("4500078958", s, JANA, "USD", "2026-11-26", [
        L(1, "BDS-RB-3640", "Rubber cupsole 36-40, white, 2027 models", 1200, "PAIR", "2.45", "2027-02-05"),
        L(2, "BDS-EVA-4145", "EVA phylon midsole 41-45, black", 800, "PAIR", "1.80", "2027-02-05"),
    ], req_time="15:30", terms="DAP Hamburg port, Incoterms 2020")
    d = pdf.Doc()
    d.text("BINH DUONG SOLE CO., LTD.", size=14, bold=True)
    d.text("Song Than 2 Industrial Park, Di An, Binh Duong, Vietnam - Tax code 3701234567", size=8)
    d.space(10)
    d.text("PROFORMA INVOICE  PI-BDS-26-0412", size=12, bold=True)
    d.lines("Date: 30/11/2026\nBuyer: Corvane Manufacturing GmbH, Bielefeld, Germany\nYour PO: 4500078958 dated "
            "26/11/2026\nTerms: DAP Hamburg port (Incoterms 2020)")
    d.space(8)
    d.table(["No.", "Item", "Description", "Qty (pairs)", "Unit price USD", "Amount USD"], [
        ["1", "BDS-RB-3640", "Rubber cupsole 36-40, white", "1,200", "2.45", "2,940.00"],
        ["2", "BDS-EVA-4145", "EVA phylon midsole 41-45, black", "800", "1.85", "1,480.00"],
        ["", "", "TOTAL", "2,000", "", "4,420.00"],
    ], [40, 70, 150, 330, 400, 480])
    d.lines("ETD Cat Lai port (HCMC): 15/01/2027\nDelivery date DAP Hamburg port: 12/02/2027\n"
            "Payment: T/T 30% deposit, 70% against copy of B/L\nBank: Vietcombank Binh Duong, SWIFT BFTVVNVX")
    data = d.build(title="Proforma Invoice PI-BDS-26-0412", author="Binh Duong Sole Co., Ltd.",
                   producer="Microsoft: Print To PDF", creation="D:20261130161000+07'00'", compress=False)
    assert 1200 * Decimal("2.45") == Decimal("2940.00") and 800 * Decimal("1.85") == Decimal("1480.00")
    text = """Chào chị Jana,

Cảm ơn chị đã gửi đơn hàng 4500078958. Bên em xác nhận như sau:
- Dòng 1: đế cao su 36-40, 1.200 đôi, đơn giá 2,45 USD/đôi
- Dòng 2: đế EVA 41-45, 800 đôi, đơn giá 1,85 USD/đôi (giá nguyên liệu EVA tăng)

Do nhà máy nghỉ Tết Nguyên đán, hàng sẽ xuất xưởng (ETD) ngày 15/01/2027 và giao tại cảng Hamburg
(DAP) ngày 12/02/2027.
Chi tiết xem proforma invoice đính kèm.

Trân trọng,
Nguyễn Thị Thu Hà (Ms.)
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Đế Giày Bình Dương
KCN Sóng Thần 2, Dĩ An, Bình Dương, Việt Nam
ĐT: +84 274 3555 120
"""
    attrib = "Vào Th 5, 26 thg 11, 2026 vào lúc 21:30 Jana Becker <j.becker@corvane.example> đã viết:"
    eml = reply(po, slug, client="gmail", when=at("2026-11-30 16:20", 7),
                frm=("Nguyễn Thị Thu Hà", "thuha.nguyen@binhduong-sole.example"), text=text, attrib=attrib,
                charset="UTF-8", cte="base64", attachments=[pdf_att(data, "PI-BDS-26-0412.pdf")])
    exp = expected("confirmation", "ETD 15/01/2027 is the ship date, the DAP Hamburg delivery date 12/02/2027 wins; "
                   "line 2 price 1.85 (PO 1.80). Body and PDF agree.",
                   [conf(po, {1: chg(1200, "2.45", "2027-02-12"), 2: chg(800, "1.85", "2027-02-12")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cones-thai-buddhist-year", "confirmation/th-TH",
      "Thai Outlook reply in TIS-620/base64 with dates in the Buddhist era (22/01/2570 = 2027-01-22), one line as "
      "requested and one later.")
def c057(slug):
    s = sup("SIAMCONE", "Siam Cone Co., Ltd.", "sales@siamcone.example", "th-TH")
    po = PO("BMF-PO-26-3431", s, MEGAN, "USD", "2026-11-26", [
        L(1, "SC-CONE-115", "Wafer cone 115 mm, carton of 480", 100, "BOX", "21.50", "2027-01-22"),
        L(2, "SC-CUP-60", "Wafer cup 60 mm, carton of 1000", 60, "BOX", "26.00", "2027-01-22"),
    ], req_time="08:40")
    text = """เรียน คุณ Megan Clarke

ขอบคุณสำหรับใบสั่งซื้อเลขที่ BMF-PO-26-3431 บริษัทฯ ขอยืนยันรายละเอียดดังนี้

1. SC-CONE-115 โคนเวเฟอร์ 115 มม. จำนวน 100 กล่อง ราคา 21.50 USD/กล่อง ส่งมอบวันที่ 22/01/2570
2. SC-CUP-60 ถ้วยเวเฟอร์ 60 มม. จำนวน 60 กล่อง ราคา 26.00 USD/กล่อง ส่งมอบวันที่ 05/02/2570

ขอแสดงความนับถือ

สมชาย ใจดี
ฝ่ายขายต่างประเทศ
บริษัท สยามโคน จำกัด
นิคมอุตสาหกรรมบางปู สมุทรปราการ 10280
โทร. +66 2 555 4120
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-27 14:12", 7),
                frm=("Somchai Jaidee", "somchai@siamcone.example"), text=text, lang="th",
                charset="TIS-620", cte="base64", content_language="th-TH", body_lang_attr="TH")
    exp = expected("confirmation", "Buddhist-era years: 2570 BE = 2027 CE. Line 1 on 22/01/2570 = 2027-01-22 (as "
                   "requested); line 2 on 05/02/2570 = 2027-02-05.",
                   [conf(po, {1: "acc", 2: chg(60, "26.00", "2027-02-05")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("star-pickets-noted-only", "needs_review/en-AU",
      "iPhone one-liner 'got it thanks, noted' above the quoted PO: every quantity, price and date in the mail "
      "is in our own quoted request.")
def c058(slug):
    s = sup("OUTBACKFS", "Outback Fencing Supplies Pty Ltd", "sales@outbackfencing.example", "en-AU")
    po = PO("KFG-PO-26-10604", s, DANA, "AUD", "2026-11-26", [
        L(1, "OFS-SP-1650", "Steel star picket 1650 mm, black, 1.90 kg/m", 400, "EA", "7.95", "2026-12-18"),
        L(2, "OFS-CAP-YEL", "Star picket safety cap, yellow", 400, "EA", "0.55", "2026-12-18"),
        L(3, "OFS-PW-25", "Plain wire 2.5 mm, 1500 m coil", 6, "ROL", "118.00", "2026-12-18"),
    ], req_time="07:15", ship_to="Kestrel Facility Group AU, 7 Pendle Way, Pendle Hill NSW 2145")
    text = """Hi Dana, got it thanks, noted.

Cheers
Shane

Sent from my iPhone
"""
    attrib = "On 26 Nov 2026, at 6:15 pm, Dana Ruiz <dana.ruiz@kestrel-group.example> wrote:"
    eml = reply(po, slug, client="iphone", when=at("2026-11-30 07:52", 11),
                frm=("Shane Kelly", "shane@outbackfencing.example"), text=text, attrib=attrib, charset="utf-8",
                cte="7bit", html=False, subj_prefix="Re: ")
    exp = expected("needs_review", "'got it, noted' acknowledges receipt without committing to quantities, prices "
                   "or dates; all values are only in our quoted request.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("ropes-indonesian", "confirmation/id-ID",
      "Indonesian Outlook reply with decimal-comma USD prices ('USD 38,50'), dot-grouped '1.000 meter', a price "
      "increase and a later date written '5 Februari 2027'.")
def c059(slug):
    s = sup("TALINUSA", "PT Tali Nusantara Jaya", "penjualan@talinusantara.example", "id-ID")
    po = PO("4500078963", s, MARKUS, "USD", "2026-11-27", [
        L(1, "TNJ-PP-12", "PP rope 3-strand 12 mm, 220 m coil", 40, "ROL", "38.50", "2027-01-22"),
        L(2, "TNJ-PE-8", "PE rope 8 mm, 220 m coil, blue", 60, "ROL", "19.80", "2027-01-22"),
        L(3, "TNJ-NY-16", "Nylon rope 16 mm, double braid, per metre", 1000, "M", "1.12", "2027-01-22"),
    ], req_time="10:45")
    text = """Dengan hormat, Bapak Markus,

Terima kasih atas PO 4500078963. Dengan ini kami konfirmasi:

1. Tali PP 12 mm (TNJ-PP-12): 40 roll @ USD 38,50, pengiriman 22 Januari 2027
2. Tali PE 8 mm (TNJ-PE-8): 60 roll @ USD 21,20 (kenaikan harga bahan baku), pengiriman 22 Januari 2027
3. Tali nilon 16 mm (TNJ-NY-16): 1.000 meter @ USD 1,12, pengiriman 5 Februari 2027

Hormat kami,

Budi Santoso
Bagian Penjualan Ekspor
PT Tali Nusantara Jaya
Jl. Raya Industri No. 45, Cikarang, Bekasi 17530
Telp. +62 21 8955 5120
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-30 13:37", 7),
                frm=("Budi Santoso", "budi.santoso@talinusantara.example"), text=text, lang="id",
                charset="us-ascii", content_language="id-ID", body_lang_attr="IN")
    exp = expected("confirmation", "Decimal comma in USD prices; line 2 price 21.20 (PO 19.80); line 3 1.000 m = "
                   "1000 m on 2027-02-05.",
                   [conf(po, {1: "acc", 2: chg(60, "21.20", "2027-01-22"), 3: chg(1000, "1.12", "2027-02-05")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("respirators-malay-short-supply", "confirmation/ms-MY",
      "Malay reply with an English aside: one line only partly supplied (150 of 200 boxes, balance not "
      "available), one later date, dd/mm/yyyy.")
def c060(slug):
    s = sup("PELINDUNG", "Pelindung Pernafasan Sdn Bhd", "jualan@pelindung.example", "ms-MY")
    po = PO("HLS-26-0971", s, PIETER, "USD", "2026-11-27", [
        L(1, "PP-FFP2-V", "FFP2 respirator with valve, box of 10", 300, "BOX", "6.20", "2027-01-08"),
        L(2, "PP-FFP3-NV", "FFP3 respirator without valve, box of 10", 200, "BOX", "9.40", "2027-01-08"),
        L(3, "PP-P100-PAD", "P100 filter pads, pair", 400, "PAIR", "2.30", "2027-01-08"),
    ], req_time="16:20")
    text = """Salam sejahtera Encik Pieter,

Terima kasih atas pesanan HLS-26-0971. Berikut pengesahan kami:

Item 1: 300 kotak @ USD 6.20 - penghantaran 08/01/2027
Item 2: stok terhad, kami hanya boleh bekalkan 150 kotak @ USD 9.40 - penghantaran 08/01/2027.
        Baki 50 kotak tidak dapat dibekalkan.
Item 3: 400 pasang @ USD 2.30 - penghantaran 22/01/2027

Sorry for the short supply on item 2, we expect new stock only in Q2 2027.

Yang benar,

Nurul Aisyah binti Ahmad
Eksekutif Jualan
Pelindung Pernafasan Sdn Bhd
Lot 12, Jalan Perusahaan 3, Kawasan Perindustrian Bukit Beruntung, 48300 Rawang, Selangor
Tel: +60 3 6555 2140
"""
    eml = reply(po, slug, client="outlook", when=at("2026-12-02 09:48", 8),
                frm=("Nurul Aisyah", "nurul.aisyah@pelindung.example"), text=text, lang="ms",
                charset="us-ascii", content_language="ms-MY", body_lang_attr="MS")
    exp = expected("confirmation", "Line 2 confirmed for 150 of 200 boxes, balance not supplied -> changed quantity "
                   "150; line 3 on 22/01/2027; 'Q2 2027' is not a date.",
                   [conf(po, {1: "acc", 2: chg(150, "9.40", "2027-01-08"), 3: chg(400, "2.30", "2027-01-22")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("soles-marketing-korean", "unrelated/ko-KR",
      "Korean HTML-only marketing mail (EUC-KR, base64) from the supplier's marketing address announcing 2027 "
      "models, a 10 % promotion until 18 December and a trade fair.")
def c061(slug):
    s = sup("BSOLTECH", "Busan Soltech Co., Ltd.", "export@busan-soltech.example", "ko-KR")
    po = PO("4500078970", s, JANA, "USD", "2026-11-27", [
        L(1, "BST-RB-3842", "Rubber outsole, sizes 38-42 assorted, 12 pairs/set", 120, "SET", "31.20", "2027-01-29"),
        L(2, "BST-PU-3944", "PU outsole 39-44, black, 12 pairs/set", 60, "SET", "27.80", "2027-01-29"),
    ], req_time="11:10")
    b = po["_buyer"]
    when = at("2026-12-02 09:00:05", 9)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=euc-kr"></head>
<body style="margin:0;font-family:'Malgun Gothic',Dotum,sans-serif;background:#f4f4f4">
<table width="640" align="center" cellpadding="20" style="background:#ffffff">
<tr><td style="background:#0b3d91;color:#fff"><h1 style="margin:0">BUSAN SOLTECH</h1><p>2027 S/S 신제품 아웃솔 컬렉션</p></td></tr>
<tr><td>
<p>안녕하세요, 부산솔텍입니다.</p>
<p>2027년 봄/여름 시즌을 위한 신제품 아웃솔 12종을 소개합니다.</p>
<ul>
<li>초경량 EVA 미드솔 (비중 0.18), 사이즈 220~290</li>
<li>재활용 고무 30% 함유 친환경 아웃솔</li>
<li>논슬립 TPR 아웃솔 (SATRA TM144 인증)</li>
</ul>
<p style="background:#fff3cd;padding:12px"><b>연말 프로모션:</b> 2026년 12월 18일까지 주문 시 전 품목 10% 할인 (최소 주문 100세트)</p>
<p>2027년 2월 10~12일 홍콩 APLF 전시회 부스 3C-21에서 신제품을 직접 확인하세요.</p>
<p>문의: export@busan-soltech.example / +82-51-555-7788</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">본 메일은 정보통신망법에 따라 수신 동의하신 분께 발송되었습니다.
수신을 원치 않으시면 <a href="https://busan-soltech.example/unsubscribe">수신거부</a>를 클릭하세요.<br>
부산솔텍(주) | 부산광역시 사상구 학장로 123 | 사업자등록번호 123-45-67890</td></tr>
</table></body></html>
"""
    root = mime.text_part(html, "html", "euc-kr", "base64")
    hx = mime.hexid(slug, 24)
    hs = received(slug, "marketing@busan-soltech.example", b.email, when) + [
        ("Date", mime.fmt_date(when)),
        ("From", mime.addr("부산솔텍 마케팅", "marketing@busan-soltech.example", "euc-kr")),
        ("To", b.email),
        ("Subject", mime.enc_text("[광고] [부산솔텍] 2027 S/S 신제품 아웃솔 컬렉션 & 연말 프로모션 안내", "euc-kr")),
        ("Message-ID", f"<{hx}@mailer.busan-soltech.example>"),
        ("List-Unsubscribe", "<https://busan-soltech.example/unsubscribe?m=" + hx[:12] + ">"),
        ("Precedence", "bulk"),
        ("X-Mailer", "Stibee")]
    eml = mime.message(hs, root)
    exp = expected("unrelated", "Advertising mail ([광고]) from the supplier's marketing sender; promotion dates and "
                   "10 % discount are not about PO 4500078970.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pigment-hindi-dispatch", "confirmation/hi-IN",
      "Hindi Gmail reply (UTF-8) with drums x 30 kg, dd-mm-yyyy dispatch dates and one line declined in Hindi "
      "('उपलब्ध नहीं').")
def c062(slug):
    s = sup("RANGSHILP", "Rangshilp Pigments Pvt. Ltd.", "sales@rangshilp.example", "hi-IN")
    po = PO("4500078974", s, JANA, "USD", "2026-11-27", [
        L(1, "RS-PY74-P", "Pigment paste PY74 yellow, 30 kg drum", 600, "KG", "9.20", "2027-01-15"),
        L(2, "RS-PR254-P", "Pigment paste PR254 red, 30 kg drum", 300, "KG", "16.80", "2027-01-15"),
        L(3, "RS-PV23-P", "Pigment paste PV23 violet, 10 kg pail", 50, "KG", "24.50", "2027-01-15"),
    ], req_time="15:05")
    text = """नमस्ते Jana जी,

आपके ऑर्डर 4500078974 के लिए धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:

1. PY74 पीला पेस्ट (RS-PY74-P) – 600 किग्रा (20 ड्रम × 30 किग्रा), USD 9.20/किग्रा, डिस्पैच 08-01-2027
2. PR254 लाल पेस्ट (RS-PR254-P) – 300 किग्रा (10 ड्रम × 30 किग्रा), USD 16.80/किग्रा, डिस्पैच 08-01-2027
3. PV23 बैंगनी पेस्ट (RS-PV23-P) – यह अभी उपलब्ध नहीं है, हम इसकी आपूर्ति नहीं कर पाएंगे।

Regards,
Anil Mehta
Export Manager
Rangshilp Pigments Pvt. Ltd.
GIDC Vatva, Ahmedabad 382445, Gujarat
+91 79 2555 4120
"""
    attrib = "शुक्र, 27 नव॰ 2026 को 7:35 pm बजे Jana Becker <j.becker@corvane.example> ने लिखा:"
    eml = reply(po, slug, client="gmail", when=at("2026-12-01 12:06", 5.5),
                frm=("Anil Mehta", "anil.mehta@rangshilp.example"), text=text, attrib=attrib, charset="UTF-8",
                cte="quoted-printable")
    exp = expected("confirmation", "Dispatch (ship) dates 08-01-2027 = 2027-01-08 for lines 1-2 (20 x 30 = 600 kg, 10 "
                   "x 30 = 300 kg); line 3 not available -> rejected.",
                   [conf(po, {1: chg(600, "9.20", "2027-01-08"), 2: chg(300, "16.80", "2027-01-08"), 3: "rej"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("fence-droppers-za", "confirmation/en-ZA",
      "South African Outlook reply with year-first dates (2027/01/15), decimal-comma rand prices (R7,10), space "
      "thousands (2 000) and 1,2 m in the item text.")
def c063(slug):
    s = sup("KAROOFENCE", "Karoo Fencing Supplies (Pty) Ltd", "orders@karoofencing.example", "en-ZA")
    po = PO("KFG-PO-26-10611", s, TOM, "ZAR", "2026-11-27", [
        L(1, "KFS-Y-1800", "Y-standard fence post 1800 mm, galvanised", 500, "EA", "42.50", "2027-01-15"),
        L(2, "KFS-DROP-12", "Wire dropper 1.2 m, 4 mm", 2000, "EA", "6.80", "2027-01-15"),
        L(3, "KFS-BW-25", "Barbed wire 2.5 mm, 500 m roll", 40, "ROL", "689.00", "2027-01-15"),
    ], req_time="08:25", ship_to="Kestrel Facility Group SA, 18 Director Road, Spartan, Germiston 1619")
    text = """Good day Tom,

Thank you for your order KFG-PO-26-10611, confirmed as follows:

Item 1: 500 x Y-standards 1 800 mm @ R42,50 each, delivery 2027/01/15
Item 2: 2 000 x droppers 1,2 m @ R7,10 each (price adjustment effective 1 December), delivery 2027/01/15
Item 3: 40 rolls barbed wire 2,5 mm @ R689,00 per roll, delivery 2027/01/22

Delivery to your Germiston site with our own truck. Please ensure a forklift is available for off-loading.

Kind regards

Pieter van der Merwe
Sales | Karoo Fencing Supplies (Pty) Ltd
14 Voortrekker Street, Worcester, 6850
Tel: 023 555 4120 | Cell: 082 555 3310
Reg. No. 2009/012345/07
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-30 11:18", 2),
                frm=("Pieter van der Merwe", "pieter@karoofencing.example"), text=text, lang="en",
                charset="us-ascii", content_language="en-ZA", body_lang_attr="EN-ZA")
    exp = expected("confirmation", "en-ZA conventions: 2027/01/15 year-first, R7,10 = 7.10 (PO 6.80), 2 000 = 2000; "
                   "line 3 on 2027-01-22. The company registration 2009/012345/07 is not a date.",
                   [conf(po, {1: "acc", 2: chg(2000, "7.10", "2027-01-15"), 3: chg(40, "689.00", "2027-01-22")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("elevator-reply-to-reminder", "confirmation/en-IE",
      "Irish supplier answers our reminder, not the request (In-Reply-To = reminder, References = request + "
      "reminder); ship dates '11/12' and '08/01' without a year, the latter in the next year.")
def c064(slug):
    s = sup("LIFFEYLIFT", "Liffey Lift Parts Ltd", "sales@liffeylift.example", "en-IE")
    po = PO("KFG-PO-26-10520", s, DANA, "EUR", "2026-11-12", [
        L(1, "LLP-ROPE-8", "Elevator suspension rope 8 mm, 8x19S-FC, per metre", 240, "M", "4.65", "2026-12-11"),
        L(2, "LLP-PB-24V", "Landing push button 24V, illuminated, stainless", 12, "EA", "38.00", "2026-12-11"),
        L(3, "LLP-DC-2027", "Door contact, 2027 model, EN 81-20", 8, "EA", "52.50", "2026-12-11"),
    ], req_time="10:20")
    b = po["_buyer"]
    rem_when = at("2026-11-24 08:45", 0)
    rem_id = request_id(po["po_number"], b, "2026-11-24", 2)
    orig_rows = outlook_quote_header(po, "en")
    orig_hdr = "\n".join(f"{k}: {v}" for k, v in orig_rows)
    text_body = (request_text(po, reminder=True) + "\n________________________________\n" + orig_hdr + "\n\n"
                 + request_text(po))
    rem_html = "\n".join(f'<p class="MsoNormal">{esc(x) if x else "&nbsp;"}<o:p></o:p></p>'
                         for x in request_text(po, reminder=True).rstrip().split("\n"))
    html_body = (rem_html + '\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                 '<p class="MsoNormal">' + "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in orig_rows)
                 + "<o:p></o:p></p></div>\n" + request_html(po, "outlook"))
    text = """Hi Dana,

Apologies for the delay on this one - I was out on site visits last week.

All three lines are confirmed, quantities and prices as per your PO. The rope and push buttons will go out
on 11/12, the door contacts on 08/01 as the new EN 81-20 model isn't released until the New Year.

Regards,
Ciarán O'Brien
Sales Desk | Liffey Lift Parts Ltd
Unit 7, Ballymount Industrial Estate, Dublin 12, D12 X2V8
T: +353 1 555 4120
Liffey Lift Parts Ltd is registered in Ireland, No. 512345.
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-26 09:30", 0),
                frm=("Ciarán O'Brien", "ciaran.obrien@liffeylift.example"), text=text, lang="en",
                charset="windows-1252", content_language="en-IE", body_lang_attr="EN-IE",
                subject="RE: " + request_subject(po, reminder=True),
                quote_kw={"when": rem_when, "subject": request_subject(po, reminder=True), "text_body": text_body,
                          "html_body": html_body},
                in_reply_to=rem_id, references=f"{po['request_message_id']} {rem_id}")
    exp = expected("confirmation", "Reply to our reminder (References: request + reminder). Ship dates without year: "
                   "11/12 = 2026-12-11 (= requested), 08/01 = 2027-01-08 (next occurrence after 2026-11-26).",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(8, "52.50", "2027-01-08")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("mesh-list-minus-discount", "confirmation/es-MX",
      "Mexican reply states list prices 'menos 10% de descuento' without writing the net; list minus 10 % equals "
      "the PO price, one line later ('29 de enero de 2027').")
def c065(slug):
    s = sup("MALLABAJIO", "Mallas y Alambres del Bajío S.A. de C.V.", "ventas@mallas-bajio.example", "es-MX")
    po = PO("BMF-PO-26-3436", s, MEGAN, "USD", "2026-11-27", [
        L(1, "MAB-66-1010", "Welded wire mesh 6x6-10/10, roll 2.5 x 40 m", 30, "ROL", "112.50", "2027-01-15"),
        L(2, "MAB-PAN-4X8", "Welded mesh panel 6-6/8-8, 4 x 8 ft", 200, "EA", "22.50", "2027-01-15"),
    ], req_time="16:40", terms="FCA Celaya, Incoterms 2020")
    assert Decimal("125.00") * Decimal("0.9") == Decimal("112.50") and Decimal("25.00") * Decimal("0.9") == Decimal("22.50")
    text = """Estimada Megan:

Gracias por su orden de compra BMF-PO-26-3436. Le confirmamos lo siguiente:

Partida 1: 30 rollos de malla electrosoldada 6x6-10/10, precio de lista USD 125.00 por rollo menos 10% de
descuento por volumen, entrega 15 de enero de 2027.
Partida 2: 200 paneles 6-6/8-8 de 4 x 8 ft, precio de lista USD 25.00 c/u con el mismo 10% de descuento,
entrega 29 de enero de 2027.

Precios FCA Celaya, Gto.

Saludos cordiales,

Lic. Alejandra Torres
Ventas Internacionales
Mallas y Alambres del Bajío S.A. de C.V.
Carretera Celaya-Salamanca km 8.5, 38020 Celaya, Gto., México
Tel. +52 461 555 2140
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-30 10:15", -6),
                frm=("Alejandra Torres", "atorres@mallas-bajio.example"), text=text, lang="es",
                charset="windows-1252", content_language="es-MX", body_lang_attr="ES-MX")
    exp = expected("confirmation", "Net = list minus 10 %: 125.00 -> 112.50 and 25.00 -> 22.50, both equal to the PO "
                   "price (the list price is not the unit price). Line 2 moved to 2027-01-29.",
                   [conf(po, {1: "acc", 2: chg(200, "22.50", "2027-01-29")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("cones-vague-before-christmas", "needs_review/it-IT",
      "Italian iPhone reply: 'dovremmo farcela prima di Natale, salvo imprevisti', prices still to be checked, "
      "'linea 2' means a production line; nothing firm.")
def c066(slug):
    s = sup("CONIEMILIA", "Coni Emilia S.p.A.", "vendite@coni-emilia.example", "it-IT")
    po = PO("BMF-PO-26-3440", s, MEGAN, "EUR", "2026-11-30", [
        L(1, "CE-BISC-130", "Biscuit cone 130 mm, carton of 260", 45, "BOX", "33.20", "2026-12-18"),
        L(2, "CE-COPPA-3", "Wafer cup no. 3, carton of 1200", 20, "BOX", "39.90", "2026-12-18"),
    ], req_time="09:05")
    text = """Buongiorno Megan,

ricevuto, grazie. Dovremmo farcela prima di Natale, salvo imprevisti con la linea 2 che è in manutenzione
fino a metà dicembre. I prezzi li devo ancora verificare con il commerciale per via dell'aumento della farina.

Le faccio sapere al più presto.

Cordiali saluti
Giulia Bertoni
Coni Emilia S.p.A.

Inviato da iPhone
"""
    attrib = "Il giorno 30 nov 2026, alle ore 10:05, Megan Clarke <megan.clarke@brightmoor-foods.example> ha scritto:"
    eml = reply(po, slug, client="iphone", when=at("2026-12-02 18:22", 1),
                frm=("Giulia Bertoni", "g.bertoni@coni-emilia.example"), text=text, attrib=attrib,
                charset="utf-8", cte="quoted-printable", subj_prefix="Re: ")
    exp = expected("needs_review", "Vague and conditional ('dovremmo', 'salvo imprevisti', prices to be checked, "
                   "'le faccio sapere'); 'prima di Natale' is not a date.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("fuel-filter-substitute", "needs_review/fr-FR",
      "French reply: the ordered filter is discontinued and an 'équivalent' successor will be shipped at the same "
      "price and date; the ordered item itself is not confirmed.")
def c067(slug):
    s = sup("FDSARL", "Filtration Diesel Service SARL", "ventes@filtration-diesel.example", "fr-FR")
    po = PO("4500078981", s, MARKUS, "EUR", "2026-11-30", [
        L(1, "FDS-FG-2040", "Fuel filter element FG-2040, 10 micron, for 24V heated housing", 80, "EA", "27.60",
          "2026-12-18"),
    ], req_time="14:15")
    text = """Bonjour Monsieur Voigt,

Merci pour votre commande 4500078981.

La référence FDS-FG-2040 n'est plus fabriquée. Nous vous livrerons à la place son remplaçant
FDS-FG-2040B (mêmes dimensions, même finesse 10 µm, joint amélioré), au même prix de 27,60 € HT
pièce, soit 80 pièces le 18/12.

Cordialement,

Laurent Girard
Service ventes
Filtration Diesel Service SARL
ZI des Estroublans, 13127 Vitrolles
Tél. : 04 42 55 61 20
"""
    eml = reply(po, slug, client="outlook", when=at("2026-12-03 10:02", 1),
                frm=("Laurent Girard", "l.girard@filtration-diesel.example"), text=text, lang="fr",
                charset="windows-1252", content_language="fr-FR", body_lang_attr="FR")
    exp = expected("needs_review", "Substitution: a different item (FDS-FG-2040B) would be shipped instead of the "
                   "ordered FDS-FG-2040; same price/date, but the ordered item is not confirmed and the buyer must "
                   "approve the substitute first.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("gmail-dsn-no-such-domain", "bounce/pt-BR",
      "Google 'Delivery Status Notification (Failure)' (NXDOMAIN, 5.1.2) as multipart/report with the full "
      "original request as message/rfc822.")
def c068(slug):
    from .auto import dsn_block
    s = sup("CONESSUL", "Cones Sul Alimentos Ltda.", "vendas@conessul.example", "pt-BR")
    po = PO("BMF-PO-26-3444", s, MEGAN, "USD", "2026-12-01", [
        L(1, "CS-CASQ-120", "Sugar cone 120 mm, case of 300", 80, "BOX", "24.80", "2027-01-22"),
        L(2, "CS-CAS-CHOC", "Chocolate-lined cone 125 mm, case of 240", 40, "BOX", "36.50", "2027-01-29"),
    ], req_time="14:14")
    b = po["_buyer"]
    when = at("2026-12-01 06:14:05", -8)
    rcpt = s["email"]
    text = f"""
** Address not found **

Your message wasn't delivered to {rcpt} because the domain conessul.example couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/mail/?p=NoSuchDomain

The response was:

DNS Error: DNS type 'mx' lookup of conessul.example responded with code NXDOMAIN Domain name not found: conessul.example For more information, go to https://support.google.com/mail/?p=NoSuchDomain
"""
    html = ("<html><head></head><body><div style=\"font-family:Google Sans,Roboto,Arial,sans-serif\">"
            "<h2 style=\"color:#d93025\">Address not found</h2>"
            f"<p>Your message wasn't delivered to <b>{rcpt}</b> because the domain conessul.example couldn't be "
            "found. Check for typos or unnecessary spaces and try again.</p>"
            "<p><a href=\"https://support.google.com/mail/?p=NoSuchDomain\">LEARN MORE</a></p>"
            "<p>The response was:</p><p style=\"font-family:monospace\">DNS Error: DNS type 'mx' lookup of "
            "conessul.example responded with code NXDOMAIN Domain name not found: conessul.example</p></div>"
            "</body></html>\n")
    hx = mime.hexid(slug, 32)
    alt = mime.Multi("alternative", [mime.text_part(text, "plain", "UTF-8", "quoted-printable"),
                                     mime.text_part(html, "html", "UTF-8", "quoted-printable")], f"000000000000{hx[:12]}")
    dsn = mime.raw_part("message/delivery-status", dsn_block(
        "googlemail.com", when - dt.timedelta(seconds=2),
        [{"final": rcpt, "action": "failed", "status": "5.1.2",
          "diag": "DNS Error: DNS type 'mx' lookup of conessul.example responded with code NXDOMAIN Domain name "
                  "not found: conessul.example", "last": when - dt.timedelta(seconds=1)}],
        [f"Received-From-MTA: dns; {b.email}"]))
    # original as sent from Gmail (Workspace)
    orig = request_message(po, multipart=True)
    orig_part = mime.raw_part("message/rfc822", orig)
    root = mime.Multi("report", [alt, dsn, orig_part], f"000000000000{hx[12:24]}",
                      params=" report-type=delivery-status;")
    hs = [("Return-Path", "<>"),
          ("Received", f"by 2002:a05:7300:8c12:b0:1a2:3f4e:5d6c with SMTP id x18csp4417512dyc;\r\n\t"
                       f"{mime.fmt_date(when)}"),
          ("Date", mime.fmt_date(when)),
          ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", b.email),
          ("Auto-Submitted", "auto-replied"),
          ("Subject", "Delivery Status Notification (Failure)"),
          ("References", po["request_message_id"]),
          ("In-Reply-To", po["request_message_id"]),
          ("X-Failed-Recipients", rcpt),
          ("Message-ID", f"<{hx[:24]}.{hx[24:32]}.mx@mx.google.com>")]
    eml = mime.message(hs, root)
    exp = expected("bounce", "Gmail DSN: supplier domain does not exist (5.1.2); the attached original is our "
                   "request with its table and dates.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("baking-paper-shared-inbox-receipt", "auto_reply/de-AT",
      "Austrian shared-mailbox receipt ('Eingangsbestätigung', auto-replied) with '2 Werktage' and company "
      "holiday dates 24.12.2026-06.01.2027.")
def c069(slug):
    s = sup("TIROLBACK", "Tirol Backpapier GmbH", "office@tirol-backpapier.example", "de-AT")
    po = PO("BMF-PO-26-3447", s, OLU, "EUR", "2026-12-01", [
        L(1, "TB-BP-4060", "Baking paper 40x60 cm, box of 500 sheets", 100, "BOX", "20.40", "2026-12-18"),
        L(2, "TB-BP-ROL-45", "Baking paper roll 45 cm x 200 m", 30, "ROL", "24.90", "2026-12-18"),
    ], req_time="09:06")
    b = po["_buyer"]
    when = at("2026-12-01 10:07:02", 1)
    text = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Diese ist in unserem zentralen Postfach office@tirol-backpapier.example
eingegangen und wird an die zuständige Abteilung weitergeleitet.

Bestellungen werden in der Regel innerhalb von 2 Werktagen bestätigt.
Bitte beachten Sie unsere Betriebsferien: von 24.12.2026 bis einschließlich 06.01.2027 ist unser
Büro geschlossen.

Dies ist eine automatisch generierte Nachricht, bitte antworten Sie nicht darauf.

Tirol Backpapier GmbH
Innstraße 22, 6020 Innsbruck
Tel. +43 512 555 410
FN 345678x, Landesgericht Innsbruck
"""
    root = mime.text_part(text, "plain", "iso-8859-1", "quoted-printable")
    hs = received(slug, "office@tirol-backpapier.example", b.email, when) + [
        ("Date", mime.fmt_date(when)),
        ("From", "Tirol Backpapier Office <office@tirol-backpapier.example>"),
        ("To", mime.addr(b.name, b.email)),
        ("Subject", mime.enc_text("Eingangsbestätigung: " + request_subject(po), "iso-8859-1", "Q")),
        ("Message-ID", f"<autoreply.{mime.hexid(slug, 20)}@tirol-backpapier.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "auto_reply")]
    eml = mime.message(hs, root)
    exp = expected("auto_reply", "Automatic receipt of a shared mailbox; the working-day promise and holiday dates "
                   "are not an answer to the order.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("soles-delivery-note-other-order", "unrelated/hu-HU",
      "Hungarian dispatch mail with a PDF delivery note for another order (4500078702) from the same supplier, "
      "with a ship date, GLS tracking number and expected delivery date.")
def c070(slug):
    s = sup("TALPKFT", "Talpgyártó Kft.", "rendeles@talpgyarto.example", "hu-HU")
    po = PO("4500078990", s, JANA, "EUR", "2026-12-01", [
        L(1, "TG-PU-42", "PU outsole size 42, black, 4 mm profile", 800, "PAIR", "3.85", "2027-01-15"),
        L(2, "TG-PU-43", "PU outsole size 43, black, 4 mm profile", 800, "PAIR", "3.85", "2027-01-15"),
    ], req_time="13:30")
    b = po["_buyer"]
    d = pdf.Doc()
    d.text("Talpgyártó Kft.", size=14, bold=True)
    d.text("6000 Kecskemét, Ipar utca 11. - Adószám: 12345678-2-03", size=8)
    d.space(10)
    d.text("SZÁLLÍTÓLEVÉL / DELIVERY NOTE  SZL-2026-1187", size=12, bold=True)
    d.lines("Kelt / Date: 2026.12.03.\nCímzett / Consignee: Corvane Manufacturing GmbH, Industriestrasse 12, "
            "33602 Bielefeld\nRendelésszám / Order no.: 4500078702\nFuvarozó / Carrier: GLS, 62411980345")
    d.space(8)
    d.table(["Tétel", "Cikkszám", "Megnevezés", "Mennyiség", "ME"], [
        ["1", "TG-PU-42", "PU talp 42, fekete, 4 mm profil", "800", "pár"],
        ["2", "TG-PU-44", "PU talp 44, fekete, 4 mm profil", "400", "pár"],
    ], [40, 80, 170, 400, 470])
    d.lines("Csomagok száma / Parcels: 12 karton\nBruttó tömeg / Gross weight: 286 kg")
    data = d.build(title="Szallitolevel SZL-2026-1187", author="Talpgyarto Kft.", producer="Kulcs-Soft Ugyvitel",
                   creation="D:20261203141500+01'00'", compress=True)
    text = """Tisztelt Partnerünk!

Mellékelten küldjük a 4500078702 számú rendeléshez tartozó SZL-2026-1187 számú szállítólevelet.
Az áru ma, 2026.12.03-án került feladásra (GLS, csomagszám: 62411980345),
várható kézbesítés: 2026.12.07.

Üdvözlettel:
Talpgyártó Kft. - Logisztika
6000 Kecskemét, Ipar utca 11.
Tel.: +36 76 555 215
"""
    when = at("2026-12-03 14:20:40", 1)
    hx = mime.hexid(slug, 24)
    root = mime.Multi("mixed", [mime.text_part(text, "plain", "iso-8859-2", "quoted-printable"),
                                pdf_att(data, "SZL-2026-1187.pdf")], f"----=_NextPart_000_{hx[:4]}_{hx[4:12]}.{hx[12:20]}")
    hs = received(slug, "logisztika@talpgyarto.example", b.email, when) + [
        ("From", mime.addr("Talpgyártó Kft. - Logisztika", "logisztika@talpgyarto.example", "iso-8859-2", "Q")),
        ("To", b.email),
        ("Subject", mime.enc_text("Szállítólevél SZL-2026-1187 - rendelés 4500078702", "iso-8859-2", "Q")),
        ("Date", mime.fmt_date(when)),
        ("Message-ID", f"<000001db{hx[:8]}${hx[8:16]}${hx[16:24]}@talpgyarto.example>"),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Content-Language", "hu")]
    eml = mime.message(hs, root)
    exp = expected("unrelated", "Delivery note for a different order (4500078702) from the same supplier, overlapping "
                   "item TG-PU-42; its ship/delivery dates do not answer PO 4500078990.")
    return [po], eml, exp
