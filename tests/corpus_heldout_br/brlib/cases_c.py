"""Cases 037-054."""
import html as _html

from .common import A, C, R, U, build, case, conf, other, po, sup, request_eml, request_text, buyer_of, req_subject
from .mime import addr, attach, date_hdr, hdr, leaf, message, multipart, rfc822
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("fryer-baskets-dubai-surcharge", "confirmation/ar-AE",
      "English/Arabic mix from Dubai: new price on line 1 and a single dispatch date for all lines.")
def c_fryer_ae(slug):
    s = sup("GULFKIT", "Gulf Kitchen Wire Products LLC", "sales@gulfkitchenwire.example", "ar-AE")
    p = po("4500031420", s, "USD", "2026-11-20", [
        ("DFB-13-NP", "Fryer basket 13 x 6-1/2 x 5-7/8 in, nickel-plated", 100, "EA", "11.20", "2026-12-14"),
        ("DFB-HLF-8", "Half-size fryer basket 8 in, 1.5 mm wire", 60, "EA", "8.75", "2026-12-14"),
        ("DFB-RCK-24", "Basket hanger rack 24 in", 10, "EA", "34.00", "2026-12-14"),
    ], buyer="priya")
    body = ("السلام عليكم\n\nDear Priya,\n\nGreetings from Dubai. Please find below our confirmation for PO 4500031420:\n\n"
            "Line 1 - 100 pcs @ USD 11.80 (nickel surcharge applied)\n"
            "Line 2 - 60 pcs @ USD 8.75\n"
            "Line 3 - 10 pcs @ USD 34.00\n\n"
            "All items will be dispatched from Jebel Ali on 14/12/2026.\n\n"
            "مع أطيب التحيات\nBest regards,\nFaisal Al Mansoori\nSales Coordinator\nGulf Kitchen Wire Products LLC\n"
            "Plot S30215, Jebel Ali Free Zone South, Dubai, UAE\nTel: +971 4 880 5512")
    eml = build(slug, p=p, frm=("Faisal Al Mansoori", "faisal@gulfkitchenwire.example"),
                date=("2026-11-23 09:20:44", "+0400"), body=body, lang="en", charset="utf-8", cte="base64")
    return [p], eml, conf([(p, {1: C(p="11.80"), 2: A, 3: A})],
                          "Only a dispatch date is given (14/12/2026) and it equals the requested date; line 1 price 11.80.")


@case("steel-wool-chinese-gb2312", "confirmation/zh-CN",
      "Simplified Chinese GB2312 reply: line 2 cut to 24 rolls and moved to 2027年1月8日.")
def c_wool_cn(slug):
    s = sup("HENGDA", "恒达钢丝棉制品有限公司", "sales@hengda-steelwool.example", "zh-CN")
    p = po("4500031428", s, "CNY", "2026-11-20", [
        ("SW-0000-250", "Steel wool grade 0000, 250 g pad", 500, "EA", "6.80", "2026-12-18"),
        ("SW-2-5KG", "Steel wool grade 2, 5 kg reel", 30, "ROL", "96.00", "2026-12-18"),
    ])
    body = ("Laura 您好，\n\n贵司订单 4500031428 确认如下：\n\n"
            "1. SW-0000-250  数量 500 个，单价 6.80 元，交货日期 2026年12月18日\n"
            "2. SW-2-5KG  数量 24 卷（库存仅剩24卷），单价 96.00 元，交货日期 2027年1月8日\n\n"
            "如有问题请随时联系。\n\n谢谢！\n王芳\n外贸部\n恒达钢丝棉制品有限公司\n江苏省常州市武进区湖塘镇工业园 18 号\n"
            "电话：+86 519 8633 2107")
    eml = build(slug, p=p, frm=("王芳", "wangfang@hengda-steelwool.example"),
                date=("2026-11-23 16:05:12", "+0800"), body=body, lang="zh", charset="gb2312", cte="base64",
                client="foxmail", extra_headers=["X-Mailer: Foxmail 7.2.25.228[cn]"], subj_prefix="回复：")
    return [p], eml, conf([(p, {1: A, 2: C(q=24, d="2027-01-08")})],
                          "GB2312 base64; line 2 quantity 24 of 30 and date 2027年1月8日; line 1 restated as ordered.")


@case("chinrests-taiwan-contradictory", "needs_review/zh-TW",
      "Traditional Chinese (Big5) reply gives 12月18日 for both lines, then says line 1 may only ship mid-January.")
def c_chinrest_tw(slug):
    s = sup("YUEYIN", "悅音提琴配件有限公司", "service@yueyin-violin.example", "zh-TW")
    p = po("4500031436", s, "USD", "2026-11-20", [
        ("VC-GUAR-44E", "Guarneri chinrest 4/4, ebony, M3 barrel", 80, "EA", "16.40", "2026-12-18"),
        ("VC-HILL-34R", "Hill chinrest 3/4, rosewood", 40, "EA", "14.90", "2026-12-18"),
    ])
    body = ("Laura 您好：\n\n訂單 4500031436 已收到，謝謝。\n\n"
            "第1項 80 個，交期 12月18日。\n第2項 40 個，交期也是 12月18日。\n\n"
            "不過烏木料目前還卡在海關，第1項可能要到明年1月中才能出貨，確定後再通知您。\n\n"
            "敬祝 商祺\n陳美玲\n悅音提琴配件有限公司\n台中市大里區工業二路 66 號\nTel: +886 4 2491 3307")
    eml = build(slug, p=p, frm=("陳美玲", "meiling.chen@yueyin-violin.example"),
                date=("2026-11-23 14:30:08", "+0800"), body=body, lang="tw", charset="big5", cte="base64",
                subj_prefix="回覆: ")
    return [p], eml, other("needs_review", "Line 1 date contradicts itself (12月18日 vs 'maybe mid-January, will inform'); a buyer cannot book either.")


@case("survey-tripods-japanese-sjis", "confirmation/ja-JP",
      "Japanese Shift_JIS reply with year-less dates (12月11日, 12月25日) and yen prices with thousands commas.")
def c_tripods_jp(slug):
    s = sup("SEIKO", "星光測機株式会社", "eigyo@seiko-sokki.example", "ja-JP")
    p = po("4500031444", s, "JPY", "2026-11-20", [
        ("ST-ALU-165J", "Aluminium tripod 5/8 x 11, 1.65 m", 20, "EA", "18500", "2026-12-11"),
        ("ST-WD-EL27", "Wooden elevator tripod, 2027 model", 8, "EA", "42800", "2026-12-11"),
        ("ST-PLM-15", "Plumb bob 1.5 kg, brass", 30, "EA", "3200", "2026-12-11"),
    ], buyer="jonas")
    body = ("Jonas Eklund 様\n\nいつもお世話になっております。星光測機の佐藤です。\n\n"
            "ご注文番号 4500031444 につきまして、下記の通りお受けいたします。\n\n"
            "1. ST-ALU-165J  20台  @18,500円  12月11日納品\n"
            "2. ST-WD-EL27   8台  @42,800円  12月25日納品（木製のため乾燥工程が必要です）\n"
            "3. ST-PLM-15   30個  @3,200円  12月11日納品\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "――――――――――――――――\n星光測機株式会社 営業部\n佐藤 健一\n〒330-0854 埼玉県さいたま市大宮区桜木町 2-7-1\n"
            "TEL 048-641-2280\n――――――――――――――――")
    eml = build(slug, p=p, frm=("佐藤 健一", "k.sato@seiko-sokki.example"),
                date=("2026-11-24 11:42:19", "+0900"), body=body, lang="ja", charset="shift_jis", cte="base64",
                hcharset="iso-2022-jp")
    return [p], eml, conf([(p, {1: A, 2: C(d="2026-12-25"), 3: A})],
                          "Year-less Japanese dates resolve to December 2026; only line 2 moves (12月25日).")


@case("pet-carriers-vietnamese-discount", "confirmation/vi-VN",
      "Vietnamese reply lowers line 1 to '12,40 USD' (decimal comma) and restates line 2.")
def c_carriers_vn(slug):
    s = sup("MAYTRE", "Công ty TNHH Mây Tre Xuất Khẩu Hưng Thịnh", "sales@hungthinh-rattan.example", "vi-VN")
    p = po("4500031452", s, "USD", "2026-11-23", [
        ("PC-RAT-S", "Rattan pet carrier S, 40x30x28 cm", 100, "EA", "12.90", "2026-12-15"),
        ("PC-RAT-M", "Rattan pet carrier M, 50x35x32 cm", 80, "EA", "16.50", "2026-12-15"),
    ])
    body = ("Chào chị Laura,\n\nChúng tôi xác nhận đơn hàng 4500031452 như sau:\n\n"
            "- Mục 1: 100 cái, đơn giá 12,40 USD (giảm giá cho số lượng lớn), ngày giao hàng 15/12/2026\n"
            "- Mục 2: 80 cái, đơn giá 16,50 USD, ngày giao hàng 15/12/2026\n\n"
            "Trân trọng,\nNguyễn Thị Hoa\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Mây Tre Xuất Khẩu Hưng Thịnh\n"
            "Lô B4, KCN Phú Nghĩa, Chương Mỹ, Hà Nội\nĐT: +84 24 3386 5120")
    eml = build(slug, p=p, frm=("Nguyễn Thị Hoa", "hoa.nguyen@hungthinh-rattan.example"),
                date=("2026-11-24 15:10:55", "+0700"), body=body, lang="vi", client="gmail", quote="gmail",
                attrib="Vào Th 2, 23 thg 11, 2026 vào lúc 15:41 Laura Beck <laura.beck@kestrel-supply.example> đã viết:")
    return [p], eml, conf([(p, {1: C(p="12.40"), 2: A})],
                          "Price decrease written with decimal comma (12,40); delivery dates equal the PO.")


@case("car-wash-malay-deposit-condition", "needs_review/ms-MY",
      "Malay reply agrees to price and date but only 'tertakluk kepada' a 30% deposit; confirmation explicitly deferred.")
def c_brush_my(slug):
    s = sup("CUCIAN", "Cucian Auto Supplies Sdn. Bhd.", "sales@cucianauto.example", "ms-MY")
    p = po("4500031460", s, "USD", "2026-11-23", [
        ("CWB-MIT-18", "Mitter curtain 18 strips, 12x20 in cloth", 6, "SET", "410.00", "2026-12-21"),
        ("CWB-WRAP-2400", "Wrap-around brush 2400 mm, 3/8 foam", 4, "EA", "865.00", "2026-12-21"),
    ])
    body = ("Salam sejahtera Cik Laura,\n\nTerima kasih atas PO 4500031460. Kami boleh membekalkan semua item pada harga PO "
            "dan menghantar pada 21/12/2026, tertakluk kepada bayaran deposit 30% sebelum kami memulakan pengeluaran. "
            "Pesanan hanya akan disahkan selepas deposit diterima.\n\n"
            "Sila maklumkan jika pihak tuan/puan bersetuju, kami akan hantar invois proforma.\n\n"
            "Sekian, terima kasih.\n\nAhmad Faizal bin Rahman\nEksekutif Jualan\nCucian Auto Supplies Sdn. Bhd.\n"
            "No. 12, Jalan Perusahaan 3, Kawasan Perindustrian Prai, 13600 Pulau Pinang\nTel: +60 4 390 2218")
    eml = build(slug, p=p, frm=("Ahmad Faizal", "faizal@cucianauto.example"),
                date=("2026-11-24 10:33:27", "+0800"), body=body, lang="ms")
    return [p], eml, other("needs_review", "Conditional on a 30% deposit; the supplier says the order is confirmed only after payment.")


@case("textile-dyes-hindi-lakh", "confirmation/hi-IN",
      "Hindi/English reply with rupee amounts in lakh grouping and a two-part delivery for the indigo line.")
def c_dyes_in(slug):
    s = sup("RANGO", "Rangoli Dyechem Pvt. Ltd.", "export@rangolidyechem.example", "hi-IN")
    p = po("4500031468", s, "INR", "2026-11-23", [
        ("TD-RR195-KG", "Reactive Red 195, 150%, per kg", 500, "KG", "620.00", "2026-12-18"),
        ("TD-IND-KG", "Vat Indigo 94%, granules, per kg", 1200, "KG", "385.00", "2026-12-18"),
        ("TD-SOAP-50", "Soaping agent 50 kg drum, 1/2 dosage grade", 10, "EA", "7250.00", "2026-12-18"),
    ])
    body = ("नमस्ते Laura जी,\n\nआपका PO 4500031468 प्राप्त हुआ, धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:\n\n"
            "1. Reactive Red 195 - 500 kg @ ₹620.00/kg - डिलीवरी 18-12-2026\n"
            "2. Vat Indigo - 1,200 kg @ ₹385.00/kg - 800 kg 18-12-2026 को और बाकी 400 kg 08-01-2027 को\n"
            "3. Soaping agent - 10 drums @ ₹7,250.00 - डिलीवरी 18-12-2026\n\n"
            "कुल राशि: ₹8,44,500.00 (GST अतिरिक्त)\n\n"
            "सादर,\nRakesh Sharma\nExport Manager\nRangoli Dyechem Pvt. Ltd.\nPlot 214, GIDC Vatva, Ahmedabad 382445\n"
            "+91 79 2583 1140")
    eml = build(slug, p=p, frm=("Rakesh Sharma", "rakesh.sharma@rangolidyechem.example"),
                date=("2026-11-24 12:18:40", "+0530"), body=body, lang="hi", charset="utf-8", cte="base64",
                client="gmail", quote="gmail")
    return [p], eml, conf([(p, {1: A, 2: C(s=[(800, "2026-12-18"), (400, "2027-01-08")]), 3: A})],
                          "Lakh-grouped total (8,44,500) is a distractor; indigo split 800 + 400 with day-first dashed dates.")


@case("hydraulic-hoses-indian-english-partial", "confirmation/en-IN",
      "Indian-English reply confirms two of three lines (one split 100+100) and never mentions line 3.")
def c_hoses_in(slug):
    s = sup("PUNEHYD", "Deccan Hydraulics Pvt. Ltd.", "sales@deccanhydraulics.example", "en-IN")
    p = po("4500031476", s, "USD", "2026-11-23", [
        ("HH-R13-34-2000", "Hydraulic hose 3/4\" R13, 2000 mm, JIC 1-1/16", 60, "EA", "38.40", "2026-12-22"),
        ("HH-R2AT-12-1200", "Hydraulic hose 1/2\" R2AT, 1200 mm", 200, "EA", "12.60", "2026-12-22"),
        ("HF-BSP-38-M18", "Adaptor 3/8 BSP x M18x1.5", 400, "EA", "1.35", "2026-12-22"),
    ], buyer="priya")
    body = ("Dear Priya Madam,\n\nGreetings from Pune!\n\nWith reference to your PO No. 4500031476 dated 23/11/2026, we are "
            "pleased to confirm as below:\n\n"
            "1) R13 hose assemblies 3/4\" x 2000 mm - 60 nos @ USD 38.40 - delivery 22-12-2026\n"
            "2) R2AT 1/2\" x 1200 mm - 200 nos @ USD 12.60 - 100 nos by 22-12-2026 and balance 100 nos by 12-01-2027\n\n"
            "Kindly do the needful and revert in case of any clarification.\n\n"
            "Thanks & Regards,\nSandeep Kulkarni\nSr. Executive - Sales\nDeccan Hydraulics Pvt. Ltd.\n"
            "Gat No. 1142, Chakan MIDC Phase II, Pune 410501\nMob: +91 98220 41175\n\n"
            "DISCLAIMER: This e-mail is intended only for the addressee and may contain confidential information.")
    eml = build(slug, p=p, frm=("Sandeep Kulkarni", "sandeep.k@deccanhydraulics.example"),
                date=("2026-11-25 11:07:51", "+0530"), body=body, charset="us-ascii", cte="7bit")
    return [p], eml, conf([(p, {1: A, 2: C(s=[(100, "2026-12-22"), (100, "2027-01-12")]), 3: U})],
                          "Line 3 (adaptors) is not addressed -> unconfirmed; 12-01-2027 is 12 January (day-first); PO date 23/11 is context.")


@case("display-cases-za-revised-price-only-quoted", "needs_review/en-ZA",
      "South African reply accepts 'at the revised prices as per below', but below is only our PO with the old prices.")
def c_cases_za(slug):
    s = sup("VITRZA", "Cape Vitrine Manufacturing (Pty) Ltd", "sales@capevitrine.example", "en-ZA")
    p = po("4500031484", s, "EUR", "2026-11-23", [
        ("MDC-WALL-2000", "Wall showcase 2000x600x2200 mm, 10.76 glass", 3, "EA", "3120.00", "2027-01-29"),
        ("MDC-PLN-900", "Plinth case 900x900, 24V LED, 2027 lock", 5, "EA", "1880.00", "2027-01-29"),
    ])
    body = ("Hi Laura,\n\nThanks for the PO. We can do both lines at the revised prices as per below, as discussed with "
            "Jonas on the phone, and deliver in the last week of January.\n\n"
            "Kind regards,\nThabo Nkosi\nSales | Cape Vitrine Manufacturing (Pty) Ltd\n21 Railway Road, Montague Gardens, "
            "Cape Town 7441\nTel: +27 21 551 7890\n\n"
            "This email is subject to the Cape Vitrine e-mail legal notice: www.capevitrine.example/legal")
    eml = build(slug, p=p, frm=("Thabo Nkosi", "thabo@capevitrine.example"),
                date=("2026-11-25 14:26:03", "+0200"), body=body, charset="us-ascii", cte="7bit")
    return [p], eml, other("needs_review", "'Revised prices as per below' points to our own quoted PO, which shows the old prices; the revised values are nowhere.")


@case("horse-blankets-nz-shared-inbox", "auto_reply/en-NZ",
      "Shared-inbox receipt with a request number, office hours and response time, threaded on our request.")
def c_blankets_nz(slug):
    s = sup("RUAH", "Ruahine Saddlery Ltd", "orders@ruahine-saddlery.example", "en-NZ")
    p = po("4500031492", s, "NZD", "2026-11-24", [
        ("HB-CANT-63", "Canterbury turnout rug 6'3, 1200D, 220 g", 25, "EA", "149.00", "2027-01-08"),
        ("HB-COOL-59", "Wool cooler 5'9, tartan, 2027 range", 20, "EA", "89.00", "2027-01-08"),
    ])
    body = ("Kia ora,\n\nThanks for emailing the Ruahine Saddlery orders team. This is an automated message to let you know "
            "we've received your email and it has been logged as request #ORD-77214.\n\n"
            "Our team works Monday to Friday, 8:30am-4:30pm NZT, and we aim to respond within 2 working days. Please note "
            "our warehouse closes for the summer break from 23/12/2026 to 11/01/2027.\n\n"
            "Please don't reply to this email - simply quote #ORD-77214 in any follow-up.\n\n"
            "Nga mihi,\nRuahine Saddlery Ltd\n45 Hokowhitu Ave, Palmerston North 4410")
    eml = build(slug, p=p, frm=("Ruahine Saddlery Orders", "orders@ruahine-saddlery.example"),
                date=("2026-11-24 21:41:30", "+1300"), body=body, client="helpdesk", quote="none",
                charset="us-ascii", cte="7bit",
                subject="[#ORD-77214] We've received your email: Order acknowledgment request - PO 4500031492",
                extra_headers=["Auto-Submitted: auto-generated", "X-Autoreply: yes", "Precedence: bulk"])
    return [p], eml, other("auto_reply", "Ticket-style receipt; the 23/12-11/01 closure dates are not delivery commitments.")


def _exchange_ndr(p, *, lang, rcpt, status, diag, from_name, from_addr, date, subj, text, html_txt, mid, server):
    inner = request_eml(p)
    ds = (f"Reporting-MTA: dns;{server}\nReceived-From-MTA: dns;{server}\n"
          f"Arrival-Date: {date_hdr(*date)}\n\n"
          f"Final-Recipient: rfc822;{rcpt}\nAction: failed\nStatus: {status}\n"
          f"Diagnostic-Code: smtp;{diag}\nRemote-MTA: dns;{rcpt.split('@')[1]}\n")
    alt = multipart("alternative", "_001_" + mid[1:17] + "_", [
        leaf("plain", text, "utf-8", "quoted-printable", ctype_style="plain"),
        leaf("html", html_txt, "utf-8", "quoted-printable", ctype_style="plain"),
    ])
    top = multipart("report", "_000_" + mid[1:17] + "_", [
        alt,
        b"Content-Type: message/delivery-status\n\n" + ds.encode(),
        rfc822(inner),
    ], params="; report-type=delivery-status")
    b = buyer_of(p)
    heads = [f"From: {addr(from_name, from_addr)}", f"To: {addr(b[0], b[1])}",
             f"Date: {date_hdr(*date)}", f"Content-Language: {lang}", f"Message-ID: {mid}",
             f"In-Reply-To: {p['request_message_id']}", f"References: {p['request_message_id']}",
             hdr("Subject", subj), "Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:", "MIME-Version: 1.0"]
    return message(heads, top)


@case("bulletproof-glass-exchange-ndr", "bounce/en-SG",
      "Exchange Online 'Undeliverable' NDR (HTML + delivery-status) with the original PO request attached.")
def c_glass_sg(slug):
    s = sup("LIONS", "Lionshield Glass Pte Ltd", "sales@lionshield-glass.example", "en-SG")
    p = po("4500031500", s, "USD", "2026-11-24", [
        ("BG-BR7-NS78", "Bullet-resistant glass BR7-NS, 1500x1000 mm, 78 mm", 2, "EA", "4980.00", "2027-01-20"),
        ("BG-FRM-78", "Steel frame for 78 mm glazing, 1/2 rebate", 2, "EA", "1240.00", "2027-01-20"),
    ], buyer="tomasz")
    rcpt = "sales@lionshield-glass.example"
    text = ("Your message to sales@lionshield-glass.example couldn't be delivered.\n\n"
            "sales wasn't found at lionshield-glass.example.\n\n"
            "tomasz.wren    Office 365    sales\nAction Required                 Recipient\n\n"
            "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
            "- Retype the recipient's address, then resend the message.\n"
            "- Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.\n\n"
            "More Info for Email Admins\nStatus code: 550 5.1.10\n\n"
            "Original message headers:\n\nMessage-ID: " + p["request_message_id"] + "\n"
            "Subject: " + req_subject(p) + "\n")
    html_txt = ("<html><head></head><body><div style=\"font-family:'Segoe UI',Arial\">"
                "<p><b>Your message to sales@lionshield-glass.example couldn't be delivered.</b></p>"
                "<p>sales wasn't found at lionshield-glass.example.</p>"
                "<p style=\"color:#c00000\"><b>Action Required</b></p><p>Unknown To address</p>"
                "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>"
                "<p>Status code: 550 5.1.10</p></div></body></html>")
    eml = _exchange_ndr(p, lang="en-US", rcpt=rcpt, status="5.1.10",
                        diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
                        from_name="Microsoft Outlook",
                        from_addr="MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-supply.example",
                        date=("2026-11-24 08:41:52", "+0000"), subj="Undeliverable: " + req_subject(p),
                        text=text, html_txt=html_txt,
                        mid="<b7c3a2f01e8d4c55a0e1f2b3c4d5e6f7-0000@AM9PR04MB8123.eurprd04.prod.outlook.com>",
                        server="AM9PR04MB8123.eurprd04.prod.outlook.com")
    return [p], eml, other("bounce", "Exchange NDR (recipient not found); the attached original request carries the PO table.")


@case("polo-mallets-postfix-mailbox-full", "bounce/en-US",
      "Postfix multipart/report DSN (mailbox full) whose returned message contains the PO lines and dates.")
def c_polo_us(slug):
    s = sup("PALMB", "Palm Beach Polo Supply Co.", "orders@pbpolosupply.example", "en-US")
    p = po("4500031508", s, "USD", "2026-11-24", [
        ("PM-ARG-51", "Argentine tipa head mallet 51 in, 210 g", 18, "EA", "96.00", "2026-12-18"),
        ("PM-GRIP-W15", "Mallet grip wrap, white, 1.5 mm", 50, "EA", "6.20", "2026-12-18"),
    ])
    human = ("This is the mail system at host mail.kestrel-supply.example.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<orders@pbpolosupply.example>: host mx1.pbpolosupply.example[198.51.100.24] said:\n"
             "    552 5.2.2 <orders@pbpolosupply.example>: Recipient address rejected:\n"
             "    Mailbox full - quota exceeded (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; mail.kestrel-supply.example\nX-Postfix-Queue-ID: 4Hm7Kp2fW1z9RtQ\n"
          "X-Postfix-Sender: rfc822; laura.beck@kestrel-supply.example\n"
          "Arrival-Date: Tue, 24 Nov 2026 09:41:02 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; orders@pbpolosupply.example\n"
          "Original-Recipient: rfc822;orders@pbpolosupply.example\nAction: failed\nStatus: 5.2.2\n"
          "Remote-MTA: dns; mx1.pbpolosupply.example\n"
          "Diagnostic-Code: smtp; 552 5.2.2 <orders@pbpolosupply.example>: Recipient address\n"
          "    rejected: Mailbox full - quota exceeded\n")
    bnd = "4Hm7Kp2fW1z9RtQ.1764060063/mail.kestrel-supply.example"
    top = multipart("report", bnd, [
        leaf("plain", human, "us-ascii", "7bit", ctype_style="plain", extra=["Content-Description: Notification"]),
        b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds.encode(),
        rfc822(request_eml(p), extra=["Content-Description: Undelivered Message"]),
    ], params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    heads = ["Return-Path: <>", "Date: Tue, 24 Nov 2026 09:41:03 +0100 (CET)",
             "From: MAILER-DAEMON@mail.kestrel-supply.example (Mail Delivery System)",
             "Subject: Undelivered Mail Returned to Sender", "To: laura.beck@kestrel-supply.example",
             "Auto-Submitted: auto-replied", "MIME-Version: 1.0",
             "Message-Id: <20261124084103.4Hm7Kp2fW1z9RtQ@mail.kestrel-supply.example>"]
    return [p], message(heads, top), other("bounce", "Postfix DSN, mailbox full; no human answer, the PO data is only in the returned original.")


@case("organ-stops-german-ndr", "bounce/de-DE",
      "German Exchange NDR 'Unzustellbar:' (mailbox full) with the request attached as message/rfc822.")
def c_organ_de(slug):
    s = sup("ORGEL", "Orgelteilebau Sauerland GmbH", "auftrag@orgelteilebau.example", "de-DE")
    p = po("4500031516", s, "EUR", "2026-11-24", [
        ("OS-TR8-56", "Trompete 8' reed stop, 56 pipes, 1/2 length resonators", 1, "SET", "18600.00", "2027-02-26"),
        ("OS-OKT4-56", "Oktave 4' stop, 56 pipes, 75% tin", 1, "SET", "7450.00", "2027-02-26"),
    ], buyer="jonas")
    rcpt = "auftrag@orgelteilebau.example"
    text = ("Die Nachricht konnte nicht an auftrag@orgelteilebau.example übermittelt werden.\n\n"
            "Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen. Versuchen Sie später erneut, "
            "die Nachricht zu senden, oder wenden Sie sich direkt an den Empfänger.\n\n"
            "Diagnoseinformationen für Administratoren:\n\nGenerierender Server: EXCH01.orgelteilebau.local\n\n"
            "auftrag@orgelteilebau.example\n#552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException ##\n")
    html_txt = ("<html><body><p><b>Die Nachricht konnte nicht an auftrag@orgelteilebau.example übermittelt werden.</b></p>"
                "<p>Das Postfach des Empfängers ist voll und kann derzeit keine Nachrichten annehmen.</p>"
                "<p>Diagnoseinformationen für Administratoren:<br>Generierender Server: EXCH01.orgelteilebau.local<br>"
                "#552 5.2.2 mailbox full ##</p></body></html>")
    eml = _exchange_ndr(p, lang="de-DE", rcpt=rcpt, status="5.2.2",
                        diag="552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
                        from_name="Microsoft Outlook", from_addr="postmaster@orgelteilebau.example",
                        date=("2026-11-24 09:42:15", "+0100"), subj="Unzustellbar: " + req_subject(p),
                        text=text, html_txt=html_txt,
                        mid="<5d2f8e1a9c3b4e7f8a6b1c2d3e4f5a6b@EXCH01.orgelteilebau.local>",
                        server="EXCH01.orgelteilebau.local")
    return [p], eml, other("bounce", "German NDR; the 5.2.2 quota code and the attached request are the only order-like content.")


@case("skate-blades-quebec-newsletter", "unrelated/fr-CA",
      "Quebec supplier's monthly newsletter with prices, a 'commandez avant le 18 décembre' deadline and promo codes.")
def c_blades_ca(slug):
    s = sup("BOREAL", "Lames Boréal inc.", "commandes@lamesboreal.example", "fr-CA")
    p = po("4500031524", s, "CAD", "2026-11-24", [
        ("ISB-HOC-272", "Hockey runner 272 mm, 4/3 profile", 100, "PAIR", "41.00", "2026-12-15"),
        ("ISB-FIG-10", "Figure blade 10 in, 7 ft rocker", 30, "PAIR", "88.00", "2026-12-15"),
    ])
    text = ("INFOLETTRE LAMES BORÉAL - DÉCEMBRE 2026\n\n"
            "Nouveautés 2027 : lames de hockey 272 mm en acier inoxydable trempé, à partir de 39,99 $ la paire.\n\n"
            "Horaire des Fêtes : nos bureaux seront fermés du 24 décembre au 3 janvier. Pour une livraison avant Noël, "
            "commandez avant le 18 décembre.\n\n"
            "Promo : 10 % de rabais sur les lames de patinage artistique avec le code HIVER27 (valide jusqu'au 31/12/2026).\n\n"
            "Lames Boréal inc. - 1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B9 - 450 555-0198\n"
            "Vous recevez ce courriel parce que vous êtes client de Lames Boréal. Se désabonner : "
            "https://lamesboreal.example/desabonnement?u=7f3a91\n")
    html_txt = ("<!DOCTYPE html><html lang=\"fr-CA\"><head><meta charset=\"utf-8\"><title>Infolettre décembre</title></head>"
                "<body style=\"margin:0;background:#eef3f7\"><table width=\"600\" align=\"center\" style=\"background:#fff\">"
                "<tr><td style=\"padding:20px\"><h1 style=\"color:#0b4f7c\">Infolettre Lames Boréal - décembre 2026</h1>"
                "<h2>Nouveautés 2027</h2><p>Lames de hockey 272 mm en acier inoxydable trempé, à partir de <b>39,99 $</b> la paire.</p>"
                "<h2>Horaire des Fêtes</h2><p>Fermé du 24 décembre au 3 janvier. Pour une livraison avant Noël, commandez "
                "avant le 18 décembre.</p><p style=\"background:#ffe9a8;padding:8px\">10 % de rabais sur les lames de patinage "
                "artistique avec le code <b>HIVER27</b> (valide jusqu'au 31/12/2026).</p>"
                "<p style=\"font-size:11px;color:#777\">Lames Boréal inc. - 1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B9<br>"
                "<a href=\"https://lamesboreal.example/desabonnement?u=7f3a91\">Se désabonner</a></p></td></tr></table></body></html>")
    top = multipart("alternative", "_----------=_MCPart_1187346502", [
        leaf("plain", text, "utf-8", "quoted-printable", ctype_style="plain"),
        leaf("html", html_txt, "utf-8", "quoted-printable", ctype_style="plain"),
    ])
    heads = ["From: " + addr("Lames Boréal", "infolettre@lamesboreal.example"),
             "To: laura.beck@kestrel-supply.example",
             hdr("Subject", "Infolettre de décembre : nouvelles lames 2027 et horaire des Fêtes"),
             "Date: " + date_hdr("2026-12-01 07:00:12", "-0500"),
             "Message-ID: <0100019a1c2d3e4f-7a8b9c0d-1e2f-4a5b-8c7d-6e5f4a3b2c1d-000000@email.lamesboreal.example>",
             "List-Unsubscribe: <https://lamesboreal.example/desabonnement?u=7f3a91>, <mailto:unsubscribe@lamesboreal.example>",
             "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
             "X-Mailer: MailChimp Mailer - **CIDd3a4f9c2b1e0a7d6**", "MIME-Version: 1.0"]
    return [p], message(heads, top), other("unrelated", "Newsletter from the supplier's domain with prices and December dates, but no reference to our PO.")


@case("dairy-gaskets-belgian-invoice-other-po", "unrelated/fr-BE",
      "Belgian ERP mail with a PDF invoice for an earlier PO of ours, not the open one.")
def c_gaskets_be(slug):
    s = sup("JOINT", "Joints Laitiers Wallons SA", "commandes@jointslaitiers.example", "fr-BE")
    p = po("4500031532", s, "EUR", "2026-11-24", [
        ("DG-PAST-O120", "Pasteurizer O-ring 120x6 mm, silicone", 150, "EA", "2.70", "2026-12-18"),
        ("DG-PHE-A15B", "PHE gasket A15-B, EPDM peroxide", 40, "EA", "21.90", "2026-12-18"),
    ])
    pdf = make_pdf([
        ("JOINTS LAITIERS WALLONS SA", "B", 13),
        "Rue de l'Industrie 27, 4800 Verviers - TVA BE 0456.123.789 - IBAN BE71 0961 2345 6769",
        "",
        ("FACTURE FA-2026-1187", "B", 12),
        "Date de facture : 26/11/2026          Echéance : 26/12/2026",
        "Client : Kestrel Industrial Supply GmbH, Billwerder Ring 12, 21035 Hamburg (DE)",
        "Votre commande : 4500029911          Bon de livraison : BL-26-4410 du 20/11/2026",
        "",
        ("Réf.            Désignation                              Qté    P.U. EUR    Total EUR", "B"),
        "DG-PAST-O85     Joint torique 85x5 mm EPDM FDA          300        1,85       555,00",
        "DG-PHE-M10B     Joint échangeur M10-B EPDM                80       14,60     1 168,00",
        "",
        "Total HTVA                                                                1 723,00",
        "TVA 0 % - autoliquidation intracommunautaire (art. 39bis CTVA)                0,00",
        ("Total à payer EUR                                                        1 723,00", "B"),
    ], title="FA-2026-1187", author="Odoo", producer="Odoo 17.0", created="D:20261126080512+01'00'", compress=True)
    body = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint notre facture FA-2026-1187 du 26/11/2026 relative à votre "
            "commande 4500029911 (livrée le 20/11/2026).\n\nÉchéance : 26/12/2026.\n\n"
            "Nous vous remercions de votre confiance.\n\n--\nService comptabilité\nJoints Laitiers Wallons SA\n"
            "Rue de l'Industrie 27, 4800 Verviers\nTél. +32 87 31 44 90")
    hb = ("<div style=\"font-family:Arial\"><p>Madame, Monsieur,</p><p>Veuillez trouver ci-joint notre facture "
          "<b>FA-2026-1187</b> du 26/11/2026 relative à votre commande 4500029911 (livrée le 20/11/2026).</p>"
          "<p>Échéance : 26/12/2026.</p><p>Nous vous remercions de votre confiance.</p><p>--<br>Service comptabilité<br>"
          "Joints Laitiers Wallons SA<br>Rue de l'Industrie 27, 4800 Verviers<br>Tél. +32 87 31 44 90</p></div>")
    eml = build(slug, p=p, frm=("Joints Laitiers Wallons SA", "comptabilite@jointslaitiers.example"),
                date=("2026-11-26 08:05:40", "+0100"), body=body, lang="fr", client="odoo", quote="none",
                html_body=hb, threaded=False, subject="Joints Laitiers Wallons SA Facture (Réf FA-2026-1187)",
                attachments=[("application/pdf", "Facture_FA-2026-1187.pdf", pdf)])
    return [p], eml, other("unrelated", "Invoice for PO 4500029911 (already delivered), not for the open PO 4500031532; same supplier domain.")


@case("candle-wicks-danish-price-list", "unrelated/da-DK",
      "Danish 2027 price list (XLSX) that contains the very item codes of our open PO with new prices.")
def c_wicks_dk(slug):
    s = sup("VAEGE", "Vægefabrikken Fyn ApS", "salg@vaegefabrik.example", "da-DK")
    p = po("4500031540", s, "DKK", "2026-11-25", [
        ("CW-LX-12", "LX 12 wick, 150 mm, tabbed", 4000, "EA", "0.65", "2026-12-16"),
        ("CW-WOOD-13", "Wooden wick 13x130 mm, crackling", 1000, "EA", "1.95", "2026-12-16"),
    ], buyer="jonas")
    x = make_xlsx([
        ["Vægefabrikken Fyn ApS - Prisliste 2027", "", "", ""],
        ["Gældende fra 01.01.2027, priser i DKK ekskl. moms", "", "", ""],
        ["Varenr.", "Beskrivelse", "Enhed", "Pris 2027"],
        ["CW-LX-8", "LX 8 væge, 100 mm, med fod", "stk.", 0.52],
        ["CW-LX-12", "LX 12 væge, 150 mm, med fod", "stk.", 0.68],
        ["CW-WOOD-13", "Trævæge 13x130 mm, knitrende", "stk.", 2.05],
        ["CW-SQ-20", "Firkantflettet væge 2/0, 100 m", "rulle", 19.40],
    ], sheet="Prisliste 2027", stamp=(2026, 11, 27, 8, 0, 0))
    body = ("Kære kunde\n\nVedhæftet finder du vores prisliste gældende fra 1. januar 2027. Priserne stiger i gennemsnit 4 % "
            "på grund af højere bomulds- og træpriser.\n\nOrdrer modtaget før 31.12.2026 leveres til nuværende priser.\n\n"
            "Med venlig hilsen\nMette Sørensen\nVægefabrikken Fyn ApS\nNyborgvej 212, 5220 Odense SØ\nTlf. +45 66 15 42 80")
    eml = build(slug, p=p, frm=("Mette Sørensen", "mette.sorensen@vaegefabrik.example"),
                date=("2026-11-27 08:12:03", "+0100"), body=body, lang="da", charset="iso-8859-1", quote="none",
                threaded=False, subject="Prisliste 2027 - Vægefabrikken Fyn",
                attachments=[("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Prisliste_2027.xlsx", x)])
    return [p], eml, other("unrelated", "General 2027 price list sent to all customers; it lists our item codes with new prices but does not answer the PO.")


@case("sauna-stones-finnish-week-50", "confirmation/fi-FI",
      "Finnish two-line iPhone reply: 'toimitus viikolla 50' (week 50, no day) for the whole order.")
def c_sauna_fi(slug):
    s = sup("KIUAS", "Kiuaskivi Oy", "myynti@kiuaskivi.example", "fi-FI")
    p = po("4500031548", s, "EUR", "2026-11-25", [
        ("SS-KER-1015", "Sauna stones, olivine diabase 10-15 cm, 20 kg box", 60, "BOX", "24.50", "2026-12-09"),
        ("SS-KER-510", "Sauna stones 5-10 cm, 20 kg box, for 4/3 kW heaters", 30, "BOX", "24.50", "2026-12-09"),
    ])
    body = ("Hei Laura,\n\nvahvistan tilauksen 4500031548, määrät ja hinnat kuten tilauksessa. Toimitus viikolla 50.\n\n"
            "Terveisin\nJukka Virtanen\nKiuaskivi Oy\n\nLähetetty iPhonesta")
    eml = build(slug, p=p, frm=("Jukka Virtanen", "jukka.virtanen@kiuaskivi.example"),
                date=("2026-11-26 07:58:11", "+0200"), body=body, lang="fi", client="iphone", quote="apple",
                attrib="Laura Beck <laura.beck@kestrel-supply.example> kirjoitti 25.11.2026 kello 10.41:")
    d = "2026-12-11"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "'viikolla 50' without a day = Friday of ISO week 50 = 2026-12-11, two days after the requested 12-09.")


@case("container-seals-estonian-erp-pdf", "confirmation/et-EE",
      "Automatic ERP mail ('please do not reply') whose attached PDF is a real order confirmation with one later date.")
def c_seals_ee(slug):
    s = sup("PLOMM", "Plommid OÜ", "myyk@plommid.example", "et-EE")
    p = po("4500031556", s, "EUR", "2026-11-25", [
        ("CSL-BOLT-ISO8", "Bolt seal ISO 17712 H, 8 mm", 5000, "EA", "0.59", "2026-12-18"),
        ("CSL-IND-CBL18", "Indicative cable seal 1.8 mm, 200 mm", 3000, "EA", "0.29", "2026-12-18"),
        ("CSL-LBL-2575", "Tamper-evident label 25x75 mm, roll of 1000", 10, "ROL", "38.00", "2026-12-18"),
    ])
    pdf = make_pdf([
        ("PLOMMID OÜ", "B", 13),
        "Peterburi tee 71, 11415 Tallinn  |  KMKR EE101845227  |  +372 6 512 440",
        "",
        ("TELLIMUSE KINNITUS / ORDER CONFIRMATION  26-1148", "B", 12),
        "Klient / Customer: Kestrel Industrial Supply GmbH",
        "Teie tellimus / Your order: 4500031556    Kuupäev / Date: 26.11.2026",
        "Valuuta / Currency: EUR    Tarneviis / Incoterms: DAP Hamburg",
        "",
        ("Rida  Kood            Kirjeldus                         Kogus   Ühik   Hind     Tarneaeg", "B"),
        "1     CSL-BOLT-ISO8   Poltplomm ISO 17712 H, 8 mm        5000   tk     0,59     18.12.2026",
        "2     CSL-IND-CBL18   Trossplomm 1,8 mm, 200 mm          3000   tk     0,29     18.12.2026",
        "3     CSL-LBL-2575    Turvakleebis 25x75 mm, rull 1000     10   rull   38,00    04.01.2027",
        "",
        "Kokku / Total EUR 4 200,00",
        "Tarneaeg = kauba saabumise kuupäev / delivery date = date of arrival.",
    ], title="Tellimuse kinnitus 26-1148", author="Directo", producer="Directo ERP", created="D:20261126071500+02'00'",
        compress=True)
    body = ("Tere,\n\nManuses on tellimuse kinnitus nr 26-1148 (Teie tellimus 4500031556).\n"
            "Attached please find order confirmation no. 26-1148 (your order 4500031556).\n\n"
            "See on automaatne kiri, palun ärge vastake. / This is an automated message, please do not reply.\n\n"
            "Plommid OÜ\nPeterburi tee 71, 11415 Tallinn")
    eml = build(slug, p=p, frm=("Plommid OÜ", "noreply@plommid.example"),
                date=("2026-11-26 07:15:22", "+0200"), body=body, lang="et", client="directo", quote="none",
                html=False, threaded=False, charset="iso-8859-15",
                subject="Tellimuse kinnitus 26-1148 / Order confirmation 26-1148 (4500031556)",
                extra_headers=["X-Mailer: Directo ERP", "Auto-Submitted: auto-generated"],
                attachments=[("application/pdf", "Tellimuse_kinnitus_26-1148.pdf", pdf)])
    return [p], eml, conf([(p, {1: A, 2: A, 3: C(d="2027-01-04")})],
                          "Auto-generated ERP mail is still a confirmation; the Flate PDF moves line 3 to 04.01.2027.")
