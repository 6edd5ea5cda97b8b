"""Cases 019-036."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import mime, pdf, xlsx
from .common import (DANA, JANA, MARKUS, MEGAN, OLU, PIETER, TOM, H, L, P, PO, T, at, case, chg, conf, expected,
                     kw_friday, pdf_att, xlsx_att, received, reply, request_html, request_message,
                     request_subject, request_text, sent_str, sup, esc, outlook_quote_header)


# ---------------------------------------------------------------------------
@case("tactile-ticket-receipt", "auto_reply/en-AU",
      "Helpdesk auto-acknowledgment creating ticket #48213 with business hours and '2 business days', echoing "
      "our full request (PO table and dates) below.")
def c019(slug):
    s = sup("SCTACTILE", "Southern Cross Tactile Pty Ltd", "orders@sctactile.example", "en-AU")
    po = PO("KFG-PO-26-10519", s, DANA, "AUD", "2026-11-12", [
        L(1, "SCT-TI-300", "Tactile indicator tile 300x300 mm, warning, yellow PU", 120, "EA", "24.60", "2027-01-15"),
        L(2, "SCT-SS-25", "Discrete tactile stud 25 mm, stainless 316", 2000, "EA", "1.85", "2027-01-15"),
        L(3, "SCT-ADH-600", "Two-part adhesive, 600 ml cartridge", 40, "EA", "19.90", "2027-01-15"),
    ], req_time="07:35", ship_to="Kestrel Facility Group AU, 7 Pendle Way, Pendle Hill NSW 2145")
    b = po["_buyer"]
    when = at("2026-11-12 18:36:04", 11)
    text = f"""Hi Dana Ruiz,

Thank you for contacting Southern Cross Tactile. This is an automated response to confirm that we have
received your email and created ticket #48213.

Our customer service team is available Monday to Friday, 8:30 am - 5:00 pm AEDT. We aim to respond to all
requests within 2 business days. Orders received after 2:00 pm are processed on the next business day.

Please keep the ticket number in the subject line if you write to us again about this request.

Kind regards,
Customer Service Team
Southern Cross Tactile Pty Ltd | ABN 51 824 753 556
22 Boundary Road, Rocklea QLD 4106 | 1300 555 218

---------- Your request ----------
{request_text(po)}"""
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            "<p>Hi Dana Ruiz,</p><p>Thank you for contacting Southern Cross Tactile. This is an automated response "
            "to confirm that we have received your email and created ticket <b>#48213</b>.</p>"
            "<p>Our customer service team is available Monday to Friday, 8:30 am - 5:00 pm AEDT. We aim to respond "
            "to all requests within 2 business days. Orders received after 2:00 pm are processed on the next "
            "business day.</p><p>Please keep the ticket number in the subject line if you write to us again about "
            "this request.</p><p>Kind regards,<br>Customer Service Team<br>Southern Cross Tactile Pty Ltd | ABN 51 "
            "824 753 556<br>22 Boundary Road, Rocklea QLD 4106 | 1300 555 218</p><hr>"
            "<p style=\"color:#777\">Your request:</p><div style=\"color:#777\">" + request_html(po, "plain")
            + "</div></body></html>\n")
    hx = mime.hexid(slug, 24)
    root = mime.Multi("alternative", [mime.text_part(text, "plain", "UTF-8", "quoted-printable"),
                                      mime.text_part(html, "html", "UTF-8", "quoted-printable")], f"--==_mimepart_{hx}")
    hs = received(slug, "support@sctactile.example", b.email, when) + [
        ("Date", mime.fmt_date(when)),
        ("From", "Southern Cross Tactile Support <support@sctactile.example>"),
        ("Reply-To", "Southern Cross Tactile Support <support@sctactile.example>"),
        ("To", mime.addr(b.name, b.email)),
        ("Message-ID", f"<ticket-48213-{hx[:12]}@sctactile.example>"),
        ("In-Reply-To", po["request_message_id"]),
        ("References", po["request_message_id"]),
        ("Subject", f"[#48213] Request received: {request_subject(po)}"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Precedence", "bulk"),
        ("X-Helpdesk-Ticket-Id", "48213")]
    eml = mime.message(hs, root)
    exp = expected("auto_reply", "Ticket-system receipt (Auto-Submitted, ticket #48213) that quotes our request "
                   "verbatim; '2 business days' and the PO table are not an answer.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("mlcc-shift-jis-no-year", "confirmation/ja-JP",
      "Japanese Outlook reply in Shift_JIS/base64 with dates like 12月18日 and 1月15日 without a year and a "
      "quantity rounded up to full reels.")
def c020(slug):
    s = sup("TOYOCER", "Toyo Ceramic Denshi Co., Ltd.", "sales@toyo-ceramic.example", "ja-JP")
    po = PO("4500078884", s, JANA, "JPY", "2026-11-12", [
        L(1, "TC-0805-104K50", "MLCC 0805 100nF 50V X7R 10%, reel 4000 pcs", 20000, "PCS", "1.20", "2026-12-18"),
        L(2, "TC-1206-106K25", "MLCC 1206 10uF 25V X5R, reel 3000 pcs", 10000, "PCS", "4.80", "2026-12-18"),
        L(3, "TC-0603-471J50", "MLCC 0603 470pF 50V C0G 5%, reel 4000 pcs", 12000, "PCS", "0.65", "2027-01-15"),
    ], req_time="09:40")
    text = """Corvane Manufacturing GmbH
購買部 Jana Becker 様

いつも大変お世話になっております。
東洋セラミック電子 海外営業部の佐藤でございます。

ご注文（PO 4500078884）につきまして、下記の通りご回答申し上げます。

1. TC-0805-104K50（0805 100nF 50V X7R）
　 数量：20,000個　単価：1.20円　納期：12月18日
2. TC-1206-106K25（1206 10uF 25V X5R）
　 リール単位（3,000個/リール）での出荷となるため、12,000個（4リール）にて承ります。
　 単価：4.80円　納期：12月25日
3. TC-0603-471J50（0603 470pF 50V C0G）
　 数量：12,000個　単価：0.65円　納期：1月15日

何卒よろしくお願い申し上げます。

―――――――――――――――――――――
東洋セラミック電子株式会社
海外営業部　佐藤 美咲
〒617-0833 京都府長岡京市神足 2-3-4
TEL: 075-555-8120 / FAX: 075-555-8121
―――――――――――――――――――――
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-24 10:15", 9),
                frm=("佐藤 美咲", "m.sato@toyo-ceramic.example"), text=text, lang="ja",
                charset="shift_jis", cte="base64", content_language="ja-JP", body_lang_attr="JA",
                hdr_charset="iso-2022-jp")
    exp = expected("confirmation", "Dates without year (mail 2026-11-24): 12月18日 = 2026-12-18, 12月25日 = "
                   "2026-12-25, 1月15日 = 2027-01-15. Line 2 rounded up to 12,000 pcs (4 reels of 3,000).",
                   [conf(po, {1: "acc", 2: chg(12000, "4.80", "2026-12-25"), 3: "acc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("earplugs-boxes-of-pairs-gb2312", "confirmation/zh-CN",
      "Chinese Foxmail reply in GB2312/base64: one price per box of 200 pairs for a PO priced per pair, "
      "quantities in boxes, and 2027年1月29日 style dates.")
def c021(slug):
    s = sup("NBJINGAN", "Ningbo Jing'an Safety Products Co., Ltd.", "sales@jingan-safety.example", "zh-CN")
    po = PO("HLS-26-0931", s, PIETER, "USD", "2026-11-13", [
        L(1, "JA-EP-PU200", "Foam earplugs PU, SNR 37 dB, uncorded, box 200 pairs", 20000, "PAIR", "0.085",
          "2027-01-15"),
        L(2, "JA-EP-CORD100", "Corded earplugs PU, SNR 35 dB, box 100 pairs", 5000, "PAIR", "0.14", "2027-01-15"),
        L(3, "JA-EP-DISP", "Earplug dispenser, wall-mounted, 500 pairs capacity", 20, "EA", "18.50", "2027-01-15"),
    ], req_time="10:05")
    b = po["_buyer"]
    body = """Dear Pieter,

您好！感谢您的订单 HLS-26-0931，现确认如下：

1. JA-EP-PU200 泡棉耳塞（200副/盒）：100盒，共20000副，单价 USD 17.00/盒，交货期 2027年1月15日
2. JA-EP-CORD100 带线耳塞（100副/盒）：50盒，共5000副，单价 USD 0.14/副，交货期 2027年1月29日（春节前原材料紧张）
3. JA-EP-DISP 耳塞分配器：20个，单价 USD 18.50/个，交货期 2027年1月15日

如有任何问题，请随时与我联系。

Best regards,
王丽 Lily Wang
外贸部 / Export Dept.
宁波静安劳保用品有限公司
Ningbo Jing'an Safety Products Co., Ltd.
Tel: +86-574-5555-6688   Mob/WeChat: +86 139 5555 2046
"""
    w = po["_req_when"]
    quote = ("\n\n------------------ 原始邮件 ------------------\n"
             f"发件人: \"{b.name}\"<{b.email}>;\n"
             f"发送时间: {w.year}年{w.month}月{w.day}日(星期五) 下午5:05\n"
             f"收件人: \"sales\"<{s['email']}>;\n"
             f"主题: {request_subject(po)}\n\n" + request_text(po))
    assert w.weekday() == 4
    html_q = ('<div style="font-size:12px;font-family:Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;'
              '原始邮件&nbsp;------------------</div><div style="font-size:12px;background:#efefef;padding:8px;">'
              f'<div><b>发件人:</b>&nbsp;"{esc(b.name)}"&lt;{b.email}&gt;;</div>'
              f'<div><b>发送时间:</b>&nbsp;{w.year}年{w.month}月{w.day}日(星期五) 下午5:05</div>'
              f'<div><b>收件人:</b>&nbsp;"sales"&lt;{s["email"]}&gt;;<wbr></div>'
              f'<div><b>主题:</b>&nbsp;{esc(request_subject(po))}</div></div><div><br></div>'
              + request_html(po, "plain"))
    eml = reply(po, slug, client="foxmail", when=at("2026-11-19 15:26", 8),
                frm=("Lily Wang", "lily.wang@jingan-safety.example"), text=body, quote=None, subj_prefix="回复：",
                text_quote=quote, html_quote=html_q, charset="GB2312", cte="base64",
                agent=("X-Mailer", "Foxmail 7.2.25.375[cn]"), content_language="zh-CN")
    assert Decimal("17.00") / 200 == Decimal("0.085")
    exp = expected("confirmation", "Line 1 priced USD 17.00 per box of 200 pairs = 0.085 per pair (= PO); 100 "
                   "boxes = 20000 pairs. Line 2 moved to 2027年1月29日. Line 3 as ordered.",
                   [conf(po, {1: "acc", 2: chg(5000, "0.14", "2027-01-29"), 3: "acc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("pigment-price-list-2027", "unrelated/de-DE",
      "Reply in the PO's thread (AW:, In-Reply-To) that only sends the generic 2027 price list as a PDF; it "
      "lists the ordered item codes with new prices but says nothing about the order.")
def c022(slug):
    s = sup("FPWESER", "Farbpasten Weser GmbH", "vertrieb@farbpasten-weser.example", "de-DE")
    po = PO("4500078893", s, JANA, "EUR", "2026-11-13", [
        L(1, "FW-PP-RO-110", "Pigment paste iron oxide red PR101, 20 kg pail", 200, "KG", "8.40", "2026-12-04"),
        L(2, "FW-PP-WS-6", "Pigment paste titanium white PW6, 25 kg pail", 500, "KG", "6.95", "2026-12-04"),
    ], req_time="08:50")
    d = pdf.Doc()
    d.text("Farbpasten Weser GmbH", size=15, bold=True)
    d.text("Preisliste 2027  -  gültig ab 01.01.2027", size=12, bold=True)
    d.text("Alle Preise in EUR je kg, netto, zzgl. gesetzl. MwSt., ab Werk Hameln", size=8)
    d.space(8)
    d.table(["Artikel", "Bezeichnung", "Gebinde", "Preis 2026", "Preis 2027", "Mindestmenge"], [
        ["FW-PP-RO-110", "Pigmentpaste Eisenoxidrot PR101", "20 kg", "8,40", "8,78", "20 kg"],
        ["FW-PP-GE-42", "Pigmentpaste Eisenoxidgelb PY42", "20 kg", "7,95", "8,31", "20 kg"],
        ["FW-PP-SW-11", "Pigmentpaste Eisenoxidschwarz PBk11", "20 kg", "8,10", "8,46", "20 kg"],
        ["FW-PP-WS-6", "Pigmentpaste Titanweiß PW6", "25 kg", "6,95", "7,10", "25 kg"],
        ["FW-PP-BL-153", "Pigmentpaste Phthaloblau PB15:3", "10 kg", "17,60", "17,95", "10 kg"],
        ["FW-PP-GR-7", "Pigmentpaste Phthalogrün PG7", "10 kg", "19,20", "19,60", "10 kg"],
        ["FW-PP-RU-5", "Pigmentpaste Ruß PBk7, 5 kg (neu)", "5 kg", "-", "9,90", "5 kg"],
        ["FW-PP-WS-6-120", "Pigmentpaste Titanweiß PW6, 120 kg (neu)", "120 kg", "-", "6,70", "120 kg"],
    ], [40, 120, 300, 350, 410, 470])
    d.space(6)
    d.lines("Mengenrabatte: ab 500 kg 2 %, ab 1.000 kg 3 % je Bestellung.\nLieferzeit ab Lager: 5-8 Arbeitstage. "
            "Betriebsferien 23.12.2026 - 06.01.2027.\nEs gelten unsere Allgemeinen Verkaufsbedingungen, Stand "
            "01/2027.", size=8)
    data = d.build(title="Preisliste 2027", author="Farbpasten Weser GmbH", producer="Adobe PDF Library 17.0",
                   creation="D:20261118093000+01'00'", compress=True)
    text = """Sehr geehrte Damen und Herren,

wie jedes Jahr zum Jahresende erhalten Sie anbei unsere Preisliste 2027, gültig ab 01.01.2027.
Bitte beachten Sie die angepassten Preise für Eisenoxid-Pasten (+4,5 %) sowie die neuen Gebindegrößen
5 kg und 120 kg.

Für Rückfragen stehen wir Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

i. A. Thomas Brandt
Vertrieb Innendienst

Farbpasten Weser GmbH
Hafenstraße 31, 31785 Hameln
Tel. +49 5151 555-60 | vertrieb@farbpasten-weser.example
Geschäftsführer: Dr. Ulrike Meyer | Amtsgericht Hannover HRB 123456
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-18 09:41", 1),
                frm=("Brandt, Thomas", "t.brandt@farbpasten-weser.example"), text=text, lang="de",
                charset="iso-8859-15", content_language="de-DE", body_lang_attr="DE", subj_prefix="AW: ",
                attachments=[pdf_att(data, "Preisliste_2027_Farbpasten_Weser.pdf")])
    exp = expected("unrelated", "Generic annual price list for 2027 sent in the order's thread; it contains our "
                   "item codes with 2027 prices but neither confirms nor declines PO 4500078893.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("mlcc-per-k-big5", "confirmation/zh-TW",
      "Traditional Chinese Outlook reply in Big5 with prices per 1,000 pieces (USD x.xx/K), quantities as 50K/16K "
      "and one discontinued line.")
def c023(slug):
    s = sup("HUAJING", "Hua Jing Electronics Co., Ltd.", "sales@huajing-elec.example", "zh-TW")
    po = PO("4500078897", s, JANA, "USD", "2026-11-16", [
        L(1, "HJ-0402-103K16", "MLCC 0402 10nF 16V X7R, 10k reel", 50000, "PCS", "0.0021", "2027-01-08"),
        L(2, "HJ-0805-225K25", "MLCC 0805 2.2uF 25V X7R, 4k reel", 16000, "PCS", "0.0135", "2027-01-08"),
        L(3, "HJ-1210-476M6", "MLCC 1210 47uF 6.3V X5R, 2k reel", 4000, "PCS", "0.092", "2027-01-08"),
    ], req_time="11:25")
    text = """Dear Jana,

感謝您的訂單 4500078897，回覆如下：

項次1：HJ-0402-103K16，50K pcs，單價 USD 2.10/K，交期 2027/01/08
項次2：HJ-0805-225K25，16K pcs，單價 USD 13.50/K，交期 2027/01/22
項次3：HJ-1210-476M6，原廠已停產，無法供貨，抱歉。

謝謝!

Best Regards,
陳怡君 Vivian Chen
業務部 Sales Dept.
台灣華晶電子股份有限公司
Hua Jing Electronics Co., Ltd.
新北市新莊區五工路 88 號
TEL: +886-2-2555-3318 ext. 215
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-23 17:52", 8),
                frm=("Vivian Chen", "vivian.chen@huajing-elec.example"), text=text, lang="zh-TW",
                charset="big5", cte="base64", content_language="zh-TW", body_lang_attr="ZH-TW")
    exp = expected("confirmation", "Prices per K (1,000 pcs): 2.10/K = 0.0021 (= PO), 13.50/K = 0.0135 (= PO); "
                   "line 2 date 2027/01/22; line 3 discontinued -> rejected.",
                   [conf(po, {1: "acc", 2: chg(16000, "0.0135", "2027-01-22"), 3: "rej"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("shoe-soles-euc-kr", "confirmation/ko-KR",
      "Korean Outlook reply in EUC-KR with 2027년 1월 22일 dates, one delayed line and one price increase; sizes "
      "38-42 and 43-46 in the item text.")
def c024(slug):
    s = sup("BSOLTECH", "Busan Soltech Co., Ltd.", "export@busan-soltech.example", "ko-KR")
    po = PO("4500078902", s, JANA, "USD", "2026-11-16", [
        L(1, "BST-RB-3842", "Rubber outsole, sizes 38-42 assorted, 12 pairs/set", 150, "SET", "31.20", "2027-01-08"),
        L(2, "BST-EVA-4346", "EVA midsole 43-46, 8 mm, 12 pairs/set", 80, "SET", "18.60", "2027-01-08"),
    ], req_time="15:05")
    text = """안녕하세요 Jana 님,

발주서 4500078902 잘 받았습니다. 아래와 같이 회신 드립니다.

1. BST-RB-3842 (고무 아웃솔 38-42): 150세트, 단가 USD 31.20, 납기 2027년 1월 22일 (고무 원자재 입고 지연)
2. BST-EVA-4346 (EVA 미드솔 43-46): 80세트, 단가 USD 19.40 (원자재 가격 인상), 납기 2027년 1월 8일

확인 부탁드립니다.
감사합니다.

김민준 과장 / Minjun Kim, Manager
해외영업팀 | 부산솔텍(주)
부산광역시 사상구 학장로 123
Tel. +82-51-555-7788 | Fax. +82-51-555-7789
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-19 11:08", 9),
                frm=("김민준", "mj.kim@busan-soltech.example"), text=text, lang="ko",
                charset="euc-kr", cte="base64", content_language="ko-KR", body_lang_attr="KO")
    exp = expected("confirmation", "Line 1 delayed to 2027-01-22; line 2 price raised to 19.40 (date as "
                   "requested). '확인 부탁드립니다' (please check) does not undo the confirmation.",
                   [conf(po, {1: chg(150, "31.20", "2027-01-22"), 2: chg(80, "19.40", "2027-01-08")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("diesel-filters-split-us-dates", "confirmation/en-US",
      "US Outlook reply with month-first ship dates (12/01, 01/06/2027), a line split into two shipments and "
      "transit time in days instead of delivery dates.")
def c025(slug):
    s = sup("GPFILT", "Great Plains Filtration Inc.", "customerservice@gpfiltration.example", "en-US")
    po = PO("BMF-PO-26-3371", s, MEGAN, "USD", "2026-11-16", [
        L(1, "GPF-FF5488", "Fuel filter spin-on, 1-14 UNS thread, 10 micron", 240, "EA", "14.25", "2026-12-04"),
        L(2, "GPF-FS1280", "Fuel/water separator, 24V heater, 12x20 bowl", 60, "EA", "38.90", "2026-12-04"),
        L(3, "GPF-AF25557", "Air filter primary, 13.5 x 24 in.", 48, "EA", "52.10", "2026-12-11"),
    ], req_time="15:30", ship_to="Brightmoor Foods Inc., Fleet Workshop, 1200 Commerce Way, Columbus, OH 43219")
    text = """Hi Megan,

Thanks for PO BMF-PO-26-3371. We have stock on part of line 1, so we'll split it:

Line 1 - FF5488: 120 pcs ship 11/20/2026, balance 120 pcs ship 12/08/2026, $14.25 ea
Line 2 - FS1280: 60 pcs @ $38.90, ship 12/01/2026
Line 3 - AF25557: 48 pcs @ $52.10, ship 01/06/2027 (backordered from the factory)

All shipments FedEx Freight LTL from our Wichita, KS DC, transit 2-3 business days to Columbus.
Please let me know if you need anything else.

Best,

Kyle Brennan
Inside Sales | Great Plains Filtration Inc.
4400 N. Hydraulic St., Wichita, KS 67219
P: (316) 555-0192 | F: (316) 555-0193
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-18 16:05", -6),
                frm=("Kyle Brennan", "kbrennan@gpfiltration.example"), text=text, lang="en-US",
                charset="us-ascii", cte="7bit", html_cte="quoted-printable", content_language="en-US", body_lang_attr="EN-US",
                quote_kw={"when": at("2026-11-16 15:30", 0).astimezone(dt.timezone(dt.timedelta(hours=-6)))})
    exp = expected("confirmation", "Month-first US dates; only ship dates are given (transit days are not a "
                   "delivery date). Line 1 split 120 on 2026-11-20 + 120 on 2026-12-08; line 2 ships 2026-12-01; "
                   "line 3 ships 2027-01-06.",
                   [conf(po, {1: chg(240, "14.25", "2026-12-08", [(120, "2026-11-20"), (120, "2026-12-08")]),
                              2: chg(60, "38.90", "2026-12-01"), 3: chg(48, "52.10", "2027-01-06")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("webbing-slings-lakh-rejected", "confirmation/en-IN",
      "Indian Gmail reply with an HTML table, dd-mm-yyyy dispatch dates, an INR total in lakh grouping "
      "(7,52,004) and one line regretted.")
def c026(slug):
    s = sup("GANGALIFT", "Ganga Lifting Solutions Pvt. Ltd.", "exports@gangalifting.example", "en-IN")
    po = PO("KFG-PO-26-10533", s, TOM, "USD", "2026-11-16", [
        L(1, "GLS-WS1-2", "Polyester webbing sling WLL 1 t, 2 m, 30 mm, violet", 500, "EA", "3.40", "2027-01-15"),
        L(2, "GLS-WS3-4", "Polyester webbing sling WLL 3 t, 4 m, 90 mm, yellow", 200, "EA", "9.80", "2027-01-15"),
        L(3, "GLS-RS10-6", "Round sling WLL 10 t, 6 m, orange", 40, "EA", "41.00", "2027-01-15"),
        L(4, "GLS-RT-5T", "Ratchet strap 5 t, 50 mm x 10 m, J-hook", 1000, "EA", "5.25", "2027-01-15"),
    ], req_time="12:00")
    rows = [["1", "GLS-WS1-2", "500", "3.40", "1,700.00", "08-01-2027"],
            ["2", "GLS-WS3-4", "200", "9.80", "1,960.00", "08-01-2027"],
            ["3", "GLS-RS10-6", "-", "-", "-", "Regret - cannot offer (10 T test certificate under revision)"],
            ["4", "GLS-RT-5T", "1,000", "5.25", "5,250.00", "22-01-2027"],
            ["", "Total", "", "", "8,910.00", ""]]
    assert 500 * 3.4 + 200 * 9.8 + 1000 * 5.25 == 8910
    blocks = [P("Dear Sir,"), P("Greetings from Ganga Lifting Solutions!"),
              P("We are pleased to confirm your esteemed order no. KFG-PO-26-10533 as under:"),
              T(["Sr.", "Item", "Qty (Nos.)", "Rate (USD)", "Amount (USD)", "Dispatch date"], rows),
              P("Total order value USD 8,910.00 (approx. INR 7,52,004 for your reference).\n"
                "Shipment by sea, CIF Felixstowe. Payment 30% advance, balance against B/L."),
              P("Thanks & Regards,\nRohit Sharma\nManager - Exports\nGanga Lifting Solutions Pvt. Ltd.\n"
                "Plot No. 47, Sector 6, IMT Manesar, Gurugram - 122050, Haryana, India\n"
                "Mob: +91 98110 55432 | Tel: +91 124 455 5600")]
    attrib = "On Mon, 16 Nov 2026 at 17:30, Tom Ashby <tom.ashby@kestrel-group.example> wrote:"
    eml = reply(po, slug, client="gmail", when=at("2026-11-19 11:32", 5.5),
                frm=("Rohit Sharma", "rohit.sharma@gangalifting.example"), blocks=blocks, attrib=attrib,
                charset="UTF-8", cte="quoted-printable")
    exp = expected("confirmation", "dd-mm-yyyy dispatch dates (08-01-2027 = 8 Jan); lakh-grouped INR total is only "
                   "informative; line 3 regretted -> rejected.",
                   [conf(po, {1: chg(500, "3.40", "2027-01-08"), 2: chg(200, "9.80", "2027-01-08"), 3: "rej",
                              4: chg(1000, "5.25", "2027-01-22")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("shelving-xlsx-merged-totals", "confirmation/de-CH",
      "Swiss mail whose confirmation is only in an XLSX with merged title/group header cells, Excel date "
      "serials, a changed price, a changed date and totals rows incl. 8.1 % MWST.")
def c027(slug):
    s = sup("BRUNNERAG", "Apotheken-Einrichtungen Brunner AG", "auftrag@brunner-einrichtungen.example", "de-CH")
    po = PO("HLS-26-0938", s, PIETER, "CHF", "2026-11-17", [
        L(1, "BR-SK-60-5", "Drawer cabinet W600, 5 drawers, H 1040 mm", 4, "EA", "2180.00", "2027-01-15"),
        L(2, "BR-RG-100-7", "Shelving unit W1000 x D350 x H2200, 7 shelves", 12, "EA", "865.00", "2027-01-15"),
        L(3, "BR-TB-100", "Extra shelf W1000 x D350, load 60 kg", 20, "EA", "74.50", "2027-01-15"),
        L(4, "BR-KL-MONT", "Assembly kit incl. wall anchors M8x80", 16, "SET", "35.00", "2027-01-15"),
    ], req_time="10:20", ship_to="Halden Life Science AG, Spitalapotheke, Hochbergerstrasse 60, 4057 Basel")
    D = dt.date
    lines = [(1, "BR-SK-60-5", "Schubladenschrank B600, 5 Schubladen", 4, "Stk", Decimal("2180.00"), D(2027, 1, 15)),
             (2, "BR-RG-100-7", "Regal B1000 x T350 x H2200, 7 Tablare", 12, "Stk", Decimal("865.00"), D(2027, 1, 29)),
             (3, "BR-TB-100", "Zusatztablar B1000 x T350, 60 kg", 20, "Stk", Decimal("76.20"), D(2027, 1, 15)),
             (4, "BR-KL-MONT", "Montageset inkl. Dübel M8x80", 16, "Set", Decimal("35.00"), D(2027, 1, 15))]
    S, F = xlsx.S, xlsx.F
    rows = [[S("Auftragsbestätigung AB-26-04417", "title")] + [None] * 7,
            [S("Ihre Bestellung HLS-26-0938 vom 17.11.2026  -  Lieferadresse: Spitalapotheke Basel", "bold")] + [None] * 7,
            [],
            [S("Pos.", "head"), S("Artikel", "head"), S("Bezeichnung", "head"), S("Menge", "head"), None,
             S("Preise CHF", "head"), None, S("Liefertermin", "head")],
            [None, None, None, S("Anzahl", "head"), S("ME", "head"), S("Einzelpreis", "head"), S("Betrag", "head"), None]]
    first = len(rows) + 1
    for n, art, txt, q, me, pr, d in lines:
        r = len(rows) + 1
        rows.append([n, art, txt, S(q, "int"), me, S(float(pr), "num2"), F(f"D{r}*F{r}", float(pr * q), "num2"),
                     d])
    last = len(rows)
    net = sum(pr * q for _, _, _, q, _, pr, _ in lines)
    vat = (net * Decimal("0.081")).quantize(Decimal("0.01"))
    r_net, r_vat, r_tot = last + 1, last + 2, last + 3
    rows.append([S("Total netto", "bold"), None, None, None, None, None, F(f"SUM(G{first}:G{last})", float(net),
                                                                               "bold_num2"), None])
    rows.append([S("MWST 8.1 %", "bold"), None, None, None, None, None, F(f"ROUND(G{r_net}*0.081,2)", float(vat),
                                                                              "num2"), None])
    rows.append([S("Total inkl. MWST", "bold"), None, None, None, None, None, F(f"G{r_net}+G{r_vat}",
                                                                                    float(net + vat), "bold_num2"), None])
    rows.append([])
    rows.append(["Lieferung frei Haus, Montage nicht inbegriffen. Zahlbar 30 Tage netto."])
    merges = ["A1:H1", "A2:H2", "A4:A5", "B4:B5", "C4:C5", "D4:E4", "F4:G4", "H4:H5",
              f"A{r_net}:F{r_net}", f"A{r_vat}:F{r_vat}", f"A{r_tot}:F{r_tot}"]
    data = xlsx.build(rows, sheet_name="AB-26-04417", merges=merges, col_widths=[6, 14, 40, 9, 6, 12, 13, 13],
                      creator="Brunner AG", created="2026-11-23T07:52:00Z", company="Apotheken-Einrichtungen Brunner AG",
                      date_format="dd.mm.yyyy")
    assert net == Decimal("21184.00") and vat == Decimal("1715.90")
    text = """Grüezi Herr de Wit

Besten Dank für Ihre Bestellung. In der Beilage erhalten Sie unsere Auftragsbestätigung AB-26-04417
als Excel-Datei.

Freundliche Grüsse

Reto Frei
Auftragsabwicklung

Apotheken-Einrichtungen Brunner AG
Industriestrasse 14 | 8604 Volketswil
T +41 44 555 71 30 | www.brunner-einrichtungen.example
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-23 08:55", 1),
                frm=("Reto Frei", "reto.frei@brunner-einrichtungen.example"), text=text, lang="de",
                charset="iso-8859-1", content_language="de-CH", body_lang_attr="DE-CH", subj_prefix="AW: ",
                attachments=[xlsx_att(data, "AB-26-04417.xlsx")])
    exp = expected("confirmation", "Only the XLSX confirms: merged header cells (Menge/Preise CHF spanning two "
                   "columns), Excel date serials; line 2 to 2027-01-29, line 3 price 76.20; totals rows are not "
                   "lines.",
                   [conf(po, {1: "acc", 2: chg(12, "865.00", "2027-01-29"), 3: chg(20, "76.20", "2027-01-15"),
                              4: "acc"})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("postfix-dsn-user-unknown", "bounce/tr-TR",
      "Postfix 'Undelivered Mail Returned to Sender' multipart/report (5.1.1 user unknown) from our own relay, "
      "with the original request attached as message/rfc822.")
def c028(slug):
    from .auto import dsn_block, original_with_received
    s = sup("EGECADIR", "Ege Çadır Kumaşları San. ve Tic. A.Ş.", "satis@ege-cadir.example", "tr-TR")
    po = PO("4500078905", s, JANA, "EUR", "2026-11-17", [
        L(1, "EGE-OX600", "Polyester oxford 600D, PU coated, width 1.50 m, olive", 1200, "M", "2.35", "2027-01-22"),
        L(2, "EGE-CAN380", "Cotton canvas 380 g/m2, water repellent, width 1.60 m", 800, "M", "4.90", "2027-01-22"),
    ], req_time="11:04")
    b = po["_buyer"]
    when = at("2026-11-17 11:04:13", 1)
    qid = "4XkQ2m0T1Vz9sB"
    rcpt = s["email"]
    note = f"""This is the mail system at host mail.corvane.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.ege-cadir.example[203.0.113.45] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    p1 = mime.text_part(note, "plain", "us-ascii", "7bit", headers=[("Content-Description", "Notification")],
                        quote_charset=False)
    p1.headers = [("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")]
    dsn = mime.raw_part("message/delivery-status", dsn_block(
        "mail.corvane.example", when - dt.timedelta(seconds=3),
        [{"final": rcpt, "original": rcpt, "action": "failed", "status": "5.1.1", "remote": "mx.ege-cadir.example",
          "diag": f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table"}],
        [f"X-Postfix-Queue-ID: {qid}", f"X-Postfix-Sender: rfc822; {b.email}"]),
        headers=[("Content-Description", "Delivery report")])
    orig = mime.raw_part("message/rfc822", original_with_received(po, "mail.corvane.example", when),
                         headers=[("Content-Description", "Undelivered Message")])
    root = mime.Multi("report", [p1, dsn, orig], f"{qid}.1763373853/mail.corvane.example",
                      params=" report-type=delivery-status;",
                      preamble="This is a MIME-encapsulated message.\n")
    hs = [("Return-Path", "<>"),
          ("Received", f"by mail.corvane.example (Postfix)\r\n\tid 4XkQ2m1Y7Kz9sC; {mime.fmt_date(when)}"),
          ("Date", mime.fmt_date(when)),
          ("From", "MAILER-DAEMON@mail.corvane.example (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", b.email),
          ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0")]
    hs2 = [("Content-Transfer-Encoding", "8bit"),
           ("Message-Id", f"<20261117100413.4XkQ2m1Y7Kz9sC@mail.corvane.example>")]
    eml = mime.message(hs, root)
    # put CTE and Message-Id after Content-Type, as Postfix does
    head, body = eml.split(b"\r\n\r\n", 1)
    eml = head + b"\r\n" + mime.render_headers(hs2).rstrip(b"\r\n") + b"\r\n\r\n" + body
    exp = expected("bounce", "Postfix DSN: recipient unknown (5.1.1). The returned message is our own request with "
                   "the PO table and requested dates; nothing from the supplier.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("tactile-erp-pdf-flate", "confirmation/fr-BE",
      "Automatic ERP mail (no threading headers, noreply sender) whose Flate-compressed PDF order confirmation "
      "changes one date and one price; body only shows a VAT-inclusive total.")
def c029(slug):
    s = sup("PODOBNLX", "Podotactile Benelux SA", "commandes@podotactile-benelux.example", "fr-BE")
    po = PO("KFG-PO-26-10540", s, DANA, "EUR", "2026-11-17", [
        L(1, "PTB-DC-400", "Tactile warning paving, concrete 400x400x60 mm, blister, buff", 250, "EA", "7.80",
          "2026-12-11"),
        L(2, "PTB-DC-400-R", "Tactile paving 400x400x60 mm, corduroy, red", 120, "EA", "8.40", "2026-12-11"),
        L(3, "PTB-INOX-25", "Stainless steel tactile stud 25 mm, M6 shank, box of 100", 20, "BOX", "92.00",
          "2026-12-18"),
        L(4, "PTB-BAND-30", "Guidance strip PVC 30x600 mm, white", 300, "EA", "3.10", "2026-12-18"),
    ], req_time="15:45", ship_to="Kestrel Facility Group Belgium, Rue de Lusambo 39, 1190 Forest, Belgium")
    b = po["_buyer"]
    d = pdf.Doc()
    d.text("Podotactile Benelux SA", size=15, bold=True)
    d.text("Chaussée de Mons 1420 - 1070 Anderlecht - TVA BE 0456.789.123 - IBAN BE71 0961 2345 6769", size=8)
    d.space(12)
    d.text("CONFIRMATION DE COMMANDE", size=13, bold=True)
    d.lines("N° 2026-AC-08812\nDate : 20/11/2026\nClient : Kestrel Facility Group Ltd - site Forest\n"
            "Votre référence : KFG-PO-26-10540 du 17/11/2026\nConditions : DAP Forest, paiement 30 jours fin de mois")
    d.space(8)
    d.table(["Pos", "Article", "Désignation", "Qté", "Unité", "P.U. EUR", "Montant EUR", "Livraison"], [
        ["1", "PTB-DC-400", "Dalle podotactile béton 400x400x60, plots, chamois", "250", "pc", "7,80", "1 950,00",
         "11/12/2026"],
        ["2", "PTB-DC-400-R", "Dalle podotactile 400x400x60, bandes, rouge", "120", "pc", "8,40", "1 008,00",
         "18/12/2026"],
        ["3", "PTB-INOX-25", "Clou podotactile inox 25 mm, tige M6 (bte 100)", "20", "bte", "92,00", "1 840,00",
         "18/12/2026"],
        ["4", "PTB-BAND-30", "Bande de guidage PVC 30x600, blanc", "300", "pc", "3,25", "975,00", "18/12/2026"],
    ], [40, 62, 130, 330, 358, 392, 440, 500])
    d.lines("Total HTVA :     5 773,00 EUR\nTVA 21 % :       1 212,33 EUR\nTotal TVAC :     6 985,33 EUR", size=9)
    d.space(10)
    d.lines("Les délais s'entendent départ usine sauf mention contraire. Prix adapté pos. 4 suivant tarif 2026-11.\n"
            "Nos conditions générales de vente sont disponibles sur demande.", size=8)
    data = d.build(title="Confirmation de commande 2026-AC-08812", author="Podotactile Benelux SA",
                   producer="Odoo", creation="D:20261120071500+01'00'", compress=True)
    assert 250 * Decimal("7.80") + 120 * Decimal("8.40") + 20 * Decimal("92.00") + 300 * Decimal("3.25") == 5773
    assert (Decimal("5773") * Decimal("0.21")).quantize(Decimal("0.01")) == Decimal("1212.33")
    text = """Madame, Monsieur,

Veuillez trouver ci-joint notre confirmation de commande n° 2026-AC-08812 relative à votre commande
KFG-PO-26-10540 du 17/11/2026.

Montant total : 6 985,33 € TVAC

Ce message est généré automatiquement, merci de ne pas y répondre.
Pour toute question : commandes@podotactile-benelux.example - tél. +32 2 555 41 20

Podotactile Benelux SA
Chaussée de Mons 1420, 1070 Anderlecht
"""
    html = ("<div style=\"font-family:Verdana,sans-serif;font-size:13px\"><p>Madame, Monsieur,</p><p>Veuillez trouver "
            "ci-joint notre confirmation de commande n° <strong>2026-AC-08812</strong> relative à votre commande "
            "<strong>KFG-PO-26-10540</strong> du 17/11/2026.</p><p>Montant total : <strong>6 985,33 € TVAC</strong>"
            "</p><p style=\"color:#888\">Ce message est généré automatiquement, merci de ne pas y répondre.<br>Pour "
            "toute question : commandes@podotactile-benelux.example - tél. +32 2 555 41 20</p><p>Podotactile Benelux "
            "SA<br>Chaussée de Mons 1420, 1070 Anderlecht</p></div>\n")
    when = at("2026-11-20 07:15:31", 1)
    hx = mime.hexid(slug, 30)
    alt = mime.Multi("alternative", [mime.text_part(text, "plain", "utf-8", "quoted-printable"),
                                     mime.text_part(html, "html", "utf-8", "quoted-printable")], f"===============alt{hx[:19]}==")
    root = mime.Multi("mixed", [alt, pdf_att(data, "Confirmation_2026-AC-08812.pdf")], f"===============mix{hx[10:29]}==")
    hs = received(slug, "erp-noreply@podotactile-benelux.example", b.email, when) + [
        ("Message-Id", f"<{hx[:20]}.1763619331.482913-openerp-8812-sale.order@erp.podotactile-benelux.example>"),
        ("Date", mime.fmt_date(when)),
        ("From", mime.addr("Podotactile Benelux - Service commandes", "erp-noreply@podotactile-benelux.example")),
        ("Reply-To", "commandes@podotactile-benelux.example"),
        ("To", mime.addr(b.name, b.email)),
        ("Subject", mime.enc_text("Confirmation de commande 2026-AC-08812 - Votre réf. KFG-PO-26-10540", "utf-8",
                                  "Q")),
        ("X-Odoo-Objects", "sale.order-8812")]
    eml = mime.message(hs, root)
    exp = expected("confirmation", "ERP mail; the Flate-compressed PDF is the confirmation: line 2 moved to "
                   "18/12/2026, line 4 price 3.25 (PO 3.10). The body's 6 985,33 € is VAT-inclusive total only.",
                   [conf(po, {1: "acc", 2: chg(120, "8.40", "2026-12-18"), 3: "acc", 4: chg(300, "3.25", "2026-12-18")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("deicing-salt-fr-ca-schedule", "confirmation/fr-CA",
      "Québec French Outlook reply with ISO-style 2026-12-07 dates, bulk salt in three truckloads (schedule) and "
      "prices written '96,50 $/t' in CAD.")
def c030(slug):
    s = sup("SELLAUR", "Sel de déglaçage Laurentides inc.", "commandes@sel-laurentides.example", "fr-CA")
    po = PO("BMF-PO-26-3380", s, MEGAN, "CAD", "2026-11-17", [
        L(1, "SDL-VRAC", "Road de-icing salt, bulk, treated, 30 T truckloads", 180, "T", "96.50", "2026-12-11"),
        L(2, "SDL-SAC20", "De-icing salt 20 kg bag, pallet of 56 bags", 12, "PAL", "742.00", "2026-12-04"),
    ], req_time="14:10", ship_to="Brightmoor Foods Canada, 2250 boul. Industriel, Laval (Québec) H7S 1P4")
    text = """Bonjour Mme Clarke,

Nous confirmons votre bon de commande BMF-PO-26-3380 :

Ligne 1 – sel de déglaçage en vrac : 180 t à 96,50 $/t, livrées en trois voyages :
   • 90 t le 2026-12-07
   • 60 t le 2026-12-14
   • 30 t le 2027-01-11
Ligne 2 – sacs de 20 kg : 12 palettes à 742,00 $ la palette, livraison le 2026-12-03.

Merci de vous assurer que l'accès au quai est déneigé lors des livraisons.

Cordialement,

Jean-François Tremblay
Représentant aux ventes
Sel de déglaçage Laurentides inc.
1250, rue Industrielle, Saint-Jérôme (Québec) J7Y 4B8
Tél. : 450 555-2840 | Sans frais : 1 800 555-2841
"""
    eml = reply(po, slug, client="outlook", when=at("2026-11-26 10:20", -5),
                frm=("Jean-François Tremblay", "jftremblay@sel-laurentides.example"), text=text, lang="fr",
                charset="windows-1252", content_language="fr-CA", body_lang_attr="FR-CA",
                quote_kw={"when": at("2026-11-17 09:10", -5)})
    exp = expected("confirmation", "fr-CA year-first dates. Line 1 delivered in three loads 90 t (2026-12-07), 60 t "
                   "(2026-12-14), 30 t (2027-01-11) -> schedule, last date 2027-01-11; line 2 one day early "
                   "(2026-12-03).",
                   [conf(po, {1: chg(180, "96.50", "2027-01-11", [(90, "2026-12-07"), (60, "2026-12-14"),
                                                                    (30, "2027-01-11")]),
                              2: chg(12, "742.00", "2026-12-03")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("foam-confirm-next-week", "needs_review/de-DE",
      "German iPhone reply: cannot confirm prices or dates yet, will send the confirmation next week; one line "
      "'sollte zum 18.12. machbar sein' is explicitly not binding.")
def c031(slug):
    s = sup("SWEICHS", "Schaumstoffwerk Eichsfeld GmbH", "innendienst@schaumstoff-eichsfeld.example", "de-DE")
    po = PO("4500078913", s, JANA, "EUR", "2026-11-18", [
        L(1, "SWE-RG35-190", "PU foam block RG 35/40, 190x90x14 cm", 200, "EA", "38.70", "2026-12-18"),
        L(2, "SWE-VISCO-50", "Visco foam topper layer 50 mm, RG 50, 180x200 cm", 80, "EA", "64.20", "2026-12-18"),
        L(3, "SWE-KALT-43", "Cold foam core HR 40, 4/3 zone cut, 90x200x16 cm", 120, "EA", "71.50", "2027-01-08"),
    ], req_time="08:12")
    text = """Hallo Frau Becker,

vielen Dank für die Bestellung. Aufgrund der aktuellen Rohstofflage (TDI/MDI) können wir Preise und
Liefertermine im Moment leider nicht verbindlich bestätigen. Wir melden uns Anfang nächster Woche mit
der Auftragsbestätigung.

Pos. 1 sollte zum 18.12. machbar sein, das kann ich aber erst nach Rücksprache mit der Produktion
fix zusagen.

Viele Grüße
Stefan Hoffmann

Von meinem iPhone gesendet
"""
    attrib = "Am 18.11.2026 um 08:12 schrieb Jana Becker <j.becker@corvane.example>:"
    eml = reply(po, slug, client="iphone", when=at("2026-11-20 17:48", 1),
                frm=("Stefan Hoffmann", "s.hoffmann@schaumstoff-eichsfeld.example"), text=text, attrib=attrib,
                charset="utf-8", cte="quoted-printable", subj_prefix="Re: ")
    exp = expected("needs_review", "Explicitly no binding confirmation yet ('melden uns Anfang nächster Woche'); "
                   "'sollte ... machbar sein' for pos. 1 is not a commitment.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("mattress-foam-qty-changed", "confirmation/pt-PT",
      "European Portuguese Thunderbird reply in ISO-8859-15 8bit: one line reduced to full pallets (144 of 150) "
      "and one date written '8 de janeiro de 2027'.")
def c032(slug):
    s = sup("ESPVOUGA", "Espumas do Vouga, Lda.", "encomendas@espumas-vouga.example", "pt-PT")
    po = PO("4500078918", s, JANA, "EUR", "2026-11-18", [
        L(1, "EV-D30-190", "Mattress foam D30, 190x90x15 cm", 300, "EA", "22.40", "2026-12-18"),
        L(2, "EV-D25-200", "Mattress foam D25, 200x140x12 cm", 150, "EA", "31.80", "2026-12-18"),
        L(3, "EV-HR40-ROL", "HR40 foam sheet 20 mm, roll 2 m x 25 m", 10, "ROL", "186.00", "2026-12-18"),
    ], req_time="09:30")
    text = """Boa tarde Sra. Jana Becker,

Agradecemos a v/ encomenda 4500078918, que confirmamos nos seguintes termos:

Linha 1 - 300 un. a 22,40 EUR, entrega 18/12/2026.
Linha 2 - por razões de paletização (24 un./palete) só podemos fornecer 144 un. (6 paletes),
          a 31,80 EUR, entrega 18/12/2026.
Linha 3 - 10 rolos a 186,00 EUR, entrega 8 de janeiro de 2027.

Com os melhores cumprimentos,

--
Rui Figueiredo
Departamento Comercial
Espumas do Vouga, Lda.
Zona Industrial de Oiã, Lote 14, 3770-059 Oliveira do Bairro
Tel. +351 234 555 810
"""
    attrib = "Em 18/11/2026 08:30, Jana Becker escreveu:"
    eml = reply(po, slug, client="thunderbird", when=at("2026-11-23 15:12", 0),
                frm=("Rui Figueiredo", "rui.figueiredo@espumas-vouga.example"), text=text, attrib=attrib,
                html=False, charset="ISO-8859-15", cte="8bit", content_language="pt-PT",
                quote_kw={})
    exp = expected("confirmation", "Line 2 reduced to 144 pieces (6 pallets of 24) - a lower confirmed quantity; "
                   "line 3 date in words '8 de janeiro de 2027'.",
                   [conf(po, {1: "acc", 2: chg(144, "31.80", "2026-12-18"), 3: chg(10, "186.00", "2027-01-08")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("shoe-soles-half-english", "confirmation/pt-BR",
      "Gmail Android reply half in English, half in Brazilian Portuguese; English part gives a ship date for two "
      "lines, Portuguese part a different ship date (22/01/2027) for the third.")
def c033(slug):
    s = sup("SOLSINOS", "Solados Vale do Sinos Ltda.", "vendas@solados-sinos.example", "pt-BR")
    po = PO("4500078921", s, JANA, "USD", "2026-11-18", [
        L(1, "SVS-TR-3944", "TR outsole, sizes 39-44, black, box 24 pairs", 480, "PAIR", "2.95", "2027-01-15"),
        L(2, "SVS-BOR-3540", "Rubber outsole 35-40, 3/8 in. heel, white", 360, "PAIR", "3.60", "2027-01-15"),
        L(3, "SVS-PALM-15", "Insole board 1.5 mm, sheet 1 x 1.5 m", 200, "EA", "1.90", "2027-01-15"),
    ], req_time="14:20")
    text = """Hi Jana,

Thanks for the PO. Lines 1 and 3 are confirmed, qty and price as per your order, ship date Jan 8th.

Quanto à linha 2: o solado de borracha branco 35-40 só conseguimos embarcar em 22/01/2027, preço
mantido US$ 3,60 o par, quantidade de 360 pares ok.

Any questions let me know.

Abs,
Rafael Schneider
Solados Vale do Sinos Ltda.
Novo Hamburgo - RS
+55 51 95555-3021
"""
    attrib = "Em qua., 18 de nov. de 2026 às 10:20, Jana Becker <j.becker@corvane.example> escreveu:"
    eml = reply(po, slug, client="android", when=at("2026-11-24 08:51", -3),
                frm=("Rafael Schneider", "rafael@solados-sinos.example"), text=text, attrib=attrib,
                charset="UTF-8", cte="quoted-printable")
    exp = expected("confirmation", "Mixed English/Portuguese. Lines 1 and 3: qty and price as ordered, ship date "
                   "'Jan 8th' = 2027-01-08 (ship date counts, no delivery date); line 2 ships 22/01/2027.",
                   [conf(po, {1: chg(480, "2.95", "2027-01-08"), 2: chg(360, "3.60", "2027-01-22"),
                              3: chg(200, "1.90", "2027-01-08")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("peat-newsletter", "unrelated/nl-NL",
      "Bulk HTML newsletter from the same supplier domain with a promotion percentage, holiday closing dates and "
      "'levering vanaf week 2', while a PO from this supplier is open.")
def c034(slug):
    s = sup("VEENHUIS", "Veenhuis Substraten B.V.", "verkoop@veenhuis-substraten.example", "nl-NL")
    po = PO("KFG-PO-26-10555", s, TOM, "EUR", "2026-11-20", [
        L(1, "VH-TT70", "Garden peat 70 L, pH 5.5-6.5, pallet of 30", 6, "PAL", "198.00", "2026-12-11"),
        L(2, "VH-BARK-60", "Pine bark mulch 10-25 mm, 60 L, pallet of 40", 4, "PAL", "236.00", "2026-12-11"),
    ], req_time="13:15")
    b = po["_buyer"]
    when = at("2026-11-30 07:00:12", 1)
    text = """Veenhuis Nieuwsbrief - december 2026

Beste relatie,

Nieuw in ons assortiment: RHP-gecertificeerde potgronden zonder kokos, in 40 L en 70 L.
Vraag uw accountmanager naar de introductieprijzen.

ACTIE: 10% korting op turfstrooisel 70 L bij bestellingen t/m 18-12-2026 (min. 2 pallets).

Openingstijden feestdagen:
- gesloten van 24-12-2026 t/m 03-01-2027
- laatste leveringen vóór de feestdagen: 22-12-2026
- leveringen vanaf week 2 weer volgens planning

Bezoek ons op de Vakbeurs Groen & Substraat, 19-21 januari 2027, stand B-214.

Met groene groet,
Team Veenhuis Substraten

U ontvangt deze e-mail omdat u klant bent van Veenhuis Substraten B.V.
Afmelden: https://veenhuis-substraten.example/nieuwsbrief/afmelden
"""
    html = """<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Veenhuis Nieuwsbrief december 2026</title></head>
<body style="margin:0;background:#f2f5ef;font-family:Arial,Helvetica,sans-serif;color:#233">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#2f5d34;color:#fff;font-size:22px;font-weight:bold">Veenhuis Nieuwsbrief &ndash; december 2026</td></tr>
<tr><td><p>Beste relatie,</p>
<p>Nieuw in ons assortiment: <b>RHP-gecertificeerde potgronden zonder kokos</b>, in 40 L en 70 L. Vraag uw accountmanager naar de introductieprijzen.</p>
<p style="background:#fff4d6;padding:12px"><b>ACTIE:</b> 10% korting op turfstrooisel 70 L bij bestellingen t/m 18-12-2026 (min. 2 pallets).</p>
<h3>Openingstijden feestdagen</h3>
<ul><li>gesloten van 24-12-2026 t/m 03-01-2027</li><li>laatste leveringen v&oacute;&oacute;r de feestdagen: 22-12-2026</li><li>leveringen vanaf week 2 weer volgens planning</li></ul>
<p>Bezoek ons op de Vakbeurs Groen &amp; Substraat, 19-21 januari 2027, stand B-214.</p>
<p>Met groene groet,<br>Team Veenhuis Substraten</p></td></tr>
<tr><td style="font-size:11px;color:#777">U ontvangt deze e-mail omdat u klant bent van Veenhuis Substraten B.V.<br><a href="https://veenhuis-substraten.example/nieuwsbrief/afmelden">Afmelden</a></td></tr>
</table></td></tr></table></body></html>
"""
    hx = mime.hexid(slug, 32)
    root = mime.Multi("alternative", [mime.text_part(text, "plain", "utf-8", "quoted-printable"),
                                      mime.text_part(html, "html", "utf-8", "quoted-printable")], f"_----------=_{hx[:20]}")
    hs = received(slug, "nieuwsbrief@veenhuis-substraten.example", b.email, when) + [
        ("From", "Veenhuis Substraten <nieuwsbrief@veenhuis-substraten.example>"),
        ("To", b.email),
        ("Subject", mime.enc_text("Veenhuis Nieuwsbrief december | Nieuwe RHP-potgronden & openingstijden "
                                  "feestdagen", "utf-8")),
        ("Date", mime.fmt_date(when)),
        ("Message-ID", f"<{hx[:24]}.nb-2026-12@mailing.veenhuis-substraten.example>"),
        ("List-Unsubscribe", "<https://veenhuis-substraten.example/nieuwsbrief/afmelden?u=" + hx[:10] + ">"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("List-Id", "Veenhuis nieuwsbrief <nieuwsbrief.veenhuis-substraten.example>"),
        ("Precedence", "bulk"),
        ("X-Mailer", "Laposta")]
    eml = mime.message(hs, root)
    exp = expected("unrelated", "Marketing newsletter (List-Unsubscribe, Precedence: bulk) from the supplier's "
                   "domain; the discount, closing dates and 'week 2' are not about PO KFG-PO-26-10555.")
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("baking-paper-forwarded-see-below", "confirmation/nl-BE",
      "Sales rep forwards the planner's internal answer with only 'zie hieronder'; the complete answer (dates "
      "'vrijdag 11/12', '8/01/2027') sits in the forwarded chain above our quoted request.")
def c035(slug):
    s = sup("BAKVL", "Bakpapier Vlaanderen NV", "verkoop@bakpapier-vlaanderen.example", "nl-BE")
    po = PO("BMF-PO-26-3391", s, OLU, "EUR", "2026-11-19", [
        L(1, "BV-SIL-4060", "Silicone baking paper 40x60 cm, 500 sheets/box", 80, "BOX", "19.60", "2026-12-11"),
        L(2, "BV-ROL-30-75", "Baking paper roll 30 cm x 75 m", 150, "ROL", "5.45", "2026-12-11"),
        L(3, "BV-TUL-150", "Tulip muffin cups 150x150 mm, box of 200", 60, "BOX", "9.80", "2026-12-18"),
    ], req_time="10:12")
    b = po["_buyer"]
    w = po["_req_when"]
    text = f"""Dag Olu,

Zie hieronder de bevestiging van onze planning.

Groeten,
Kristof

Kristof Peeters
Account Manager Food Service
Bakpapier Vlaanderen NV
Industriepark Noord 17, 9100 Sint-Niklaas
T +32 3 555 18 40 | M +32 475 55 62 19

________________________________
Van: Els Van Damme <els.vandamme@bakpapier-vlaanderen.example>
Verzonden: maandag 23 november 2026 16:02
Aan: Kristof Peeters <kristof.peeters@bakpapier-vlaanderen.example>
Onderwerp: RE: bestelling Brightmoor BMF-PO-26-3391

Kristof,

Bestelling BMF-PO-26-3391 is ingepland:
pos 1 - 80 dozen à € 19,60 - levering vrijdag 11/12
pos 2 - 150 rollen à € 5,45 - levering vrijdag 11/12
pos 3 - tulpcups: 60 dozen à € 9,80, maar pas leverbaar op 8/01/2027 (nieuwe productierun)

Prijzen volgens jouw offerte, dus ok.

Els

________________________________
Van: Kristof Peeters <kristof.peeters@bakpapier-vlaanderen.example>
Verzonden: maandag 23 november 2026 09:14
Aan: Els Van Damme <els.vandamme@bakpapier-vlaanderen.example>; Planning <planning@bakpapier-vlaanderen.example>
Onderwerp: FW: bestelling Brightmoor BMF-PO-26-3391

Els, kan je deze inplannen en mij de data laten weten?

________________________________
Van: {b.name} <{b.email}>
Verzonden: donderdag 19 november 2026 11:12
Aan: verkoop@bakpapier-vlaanderen.example
Onderwerp: {request_subject(po)}

{request_text(po)}"""
    assert w.weekday() == 3 and dt.date(2026, 12, 11).weekday() == 4
    els_id = f"<AS8PR02MB{mime.hexid(slug + 'els', 24).upper()}@AS8PR02MB7410.eurprd02.prod.outlook.com>"
    kr_id = f"<AS8PR02MB{mime.hexid(slug + 'kr', 24).upper()}@AS8PR02MB7410.eurprd02.prod.outlook.com>"
    eml = reply(po, slug, client="outlook", when=at("2026-11-24 08:40", 1),
                frm=("Kristof Peeters", "kristof.peeters@bakpapier-vlaanderen.example"), text=text, quote=None,
                lang="nl", charset="windows-1252", content_language="nl-BE", body_lang_attr="NL-BE",
                subject="FW: RE: bestelling Brightmoor BMF-PO-26-3391", in_reply_to=els_id,
                references=f"{po['request_message_id']} {kr_id} {els_id}")
    exp = expected("confirmation", "Forward with only 'see below'; the planner's answer below is complete: lines 1-2 "
                   "on Friday 11/12 (= requested 2026-12-11), line 3 on 8/01/2027. Internal mails sit between the "
                   "answer and our request.",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(60, "9.80", "2027-01-08")})])
    return [po], eml, exp


# ---------------------------------------------------------------------------
@case("fence-posts-saptamana-51", "confirmation/ro-RO",
      "Romanian Gmail reply in UTF-8/base64 with 'livrare în săptămâna 51' (ISO week Friday) and a new price for "
      "one line 'de la 1 decembrie'.")
def c036(slug):
    s = sup("GARDMETAL", "Gard Metal Prod S.R.L.", "vanzari@gardmetal.example", "ro-RO")
    po = PO("KFG-PO-26-10561", s, DANA, "EUR", "2026-11-19", [
        L(1, "GM-ST-48-2000", "Fence post round 48 mm, 2.0 m, galvanised, with cap", 300, "EA", "6.90", "2026-12-18"),
        L(2, "GM-ST-60-2500", "Fence post 60x60 mm, 2.5 m, base plate 120x120", 60, "EA", "15.40", "2026-12-18"),
        L(3, "GM-CL-48", "Post clamp 48 mm for 3D panel, set of 4", 300, "SET", "2.10", "2026-12-18"),
    ], req_time="11:00", ship_to="Kestrel Facility Group, Depozit Cluj, Str. Fabricii 93, 400632 Cluj-Napoca")
    assert kw_friday(2026, 51) == "2026-12-18"
    text = """Bună ziua,

Vă confirmăm comanda KFG-PO-26-10561 după cum urmează:

- poz. 1: 300 buc. × 6,90 EUR, livrare în săptămâna 51
- poz. 2: 60 buc. × 15,40 EUR, livrare în săptămâna 51
- poz. 3: clemele se livrează în seturi de câte 4; confirmăm 300 seturi × 2,25 EUR (preț nou valabil de la 1 decembrie), livrare în săptămâna 51

Transportul este inclus până la depozitul din Cluj-Napoca.

Cu stimă,
Andreea Popescu
Departament Vânzări
Gard Metal Prod S.R.L.
Str. Industriilor nr. 7, 550234 Sibiu
Tel.: +40 269 555 412 | Mobil: +40 744 555 019
"""
    attrib = "În joi, 19 nov. 2026 la 13:00, Dana Ruiz <dana.ruiz@kestrel-group.example> a scris:"
    eml = reply(po, slug, client="gmail", when=at("2026-11-25 10:14", 2),
                frm=("Andreea Popescu", "andreea.popescu@gardmetal.example"), text=text, attrib=attrib,
                charset="UTF-8", cte="base64")
    exp = expected("confirmation", "'săptămâna 51' = Friday 2026-12-18 = requested date, so lines 1-2 are accepted; "
                   "line 3 price raised to 2.25.",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(300, "2.25", "2026-12-18")})])
    return [po], eml, exp
