"""Cases 037-054."""
from .common import (A, C, R, U, PO, Part, alt, attach, case, conf, dsn, html_doc, mdate, message, mid,
                     multipart, other, quote_gt, quote_outlook, reply, req_id, req_subject, request_html,
                     request_text, sup, text, make_pdf)


@case("ja-jp-shift-jis-month-day", "Japanese Shift_JIS reply with full-width style dates '12月18日' and '1月8日' without year; one line delayed to January.")
def c037():
    s = sup("NIHONJU", "日本潤滑工業株式会社", "eigyo@nihon-junkatsu.example", "ja-JP")
    po = PO("4500031601", s, "USD", "2026-11-05", [
        ("LUB-SIL-420", "Silicone lubricant spray 420 ml", 96, "EA", "4.80", "2026-12-18"),
        ("LUB-CHN-300", "Chain lubricant spray 300 ml", 48, "EA", "5.60", "2026-12-18")], buyer="mika")
    body = ("Northgate Facility Supply\nMika Laine 様\n\nいつも大変お世話になっております。\n日本潤滑工業の佐藤でございます。\n\n"
            "ご注文書 4500031601 につきまして、下記の通りご回答申し上げます。\n\n"
            "1. LUB-SIL-420 シリコンスプレー 96本 単価 4.80 USD 納期 12月18日\n"
            "2. LUB-CHN-300 チェーンルブ 48本 単価 5.60 USD 納期 1月8日（原料入荷遅れのため）\n\n"
            "何卒よろしくお願い申し上げます。\n\n──────────────\n日本潤滑工業株式会社 営業部\n佐藤 健一\n"
            "〒577-0011 大阪府東大阪市荒本北1-4-1\nTEL 06-6745-1180 / FAX 06-6745-1181\n──────────────\n")
    raw = reply(po, ("佐藤 健一", s["email"]), mdate(10, "17:30:05", "+0900"),
                "<20261110173005.A3F1.EIGYO@nihon-junkatsu.example>", text(body, charset="shift_jis", cte="base64"),
                subject="Re: " + req_subject(po) + "【ご回答】", subject_charset="shift_jis")
    return [po], raw, conf([(po, {1: A, 2: C(date="2027-01-08")})],
                           "Line 1 as ordered (12月18日 = 2026-12-18). Line 2: 1月8日 without year is the next 8 January on/after the mail date = 2027-01-08.")


@case("zh-tw-big5-roc-year", "Traditional Chinese Big5 reply using ROC (Minguo) years, 115年12月21日 and 116年1月6日, and an MOQ increase.")
def c038():
    s = sup("TAIWANMESH", "台灣網業股份有限公司", "sales@twmesh.example", "zh-TW")
    po = PO("4500031618", s, "USD", "2026-11-04", [
        ("MP-SS-1020", "Stainless wire mesh panel 1000 x 2000 mm, 10 mesh", 30, "PC", "46.00", "2026-12-21"),
        ("MP-SS-0510", "Stainless wire mesh panel 500 x 1000 mm, 20 mesh", 70, "PC", "15.80", "2026-12-21")], buyer="omar")
    body = ("Omar 您好：\n\n感謝您的訂單 4500031618，回覆如下：\n\n"
            "項次1 MP-SS-1020 數量 30 片 單價 USD 46.00 交期 115年12月21日\n"
            "項次2 MP-SS-0510 最低訂購量為 100 片，數量調整為 100 片，單價 USD 15.80 不變，交期 116年1月6日\n\n"
            "如有問題請隨時與我聯絡。\n\n陳美玲 Meiling Chen\n業務部\n台灣網業股份有限公司\nTel: +886-4-2359-1180 ext. 22\n")
    raw = reply(po, ("陳美玲", s["email"]), mdate(9, "16:02:48", "+0800"),
                "<00c101dcf2e0$1a2b3c40$4e5f6070$@twmesh.example>", text(body, charset="big5", cte="base64"),
                subject="回覆: " + req_subject(po), subject_charset="big5")
    return [po], raw, conf([(po, {1: A, 2: C(quantity=100, date="2027-01-06")})],
                           "ROC calendar: 115年 = 2026, 116年 = 2027. Line 1 as ordered. Line 2 raised to MOQ 100 and delivery 2027-01-06, price unchanged.")


@case("zh-cn-gbk-html-only-accept", "Simplified Chinese HTML-only mail in GBK: a confirmation table restating all lines as ordered, with dates written 2026年12月11日.")
def c039():
    s = sup("HZYINZ", "杭州印章设备有限公司", "order@hz-yinzhang.example", "zh-CN")
    po = PO("4500031624", s, "USD", "2026-11-05", [
        ("NS-AUTO-7D", "Automatic numbering stamp, 7 digits", 12, "EA", "28.00", "2026-12-11"),
        ("NS-PAD-BLK", "Replacement ink pad black for numbering stamp", 24, "EA", "2.10", "2026-12-11")], buyer="dana")
    inner = ("<p>尊敬的 Dana 女士：</p><p>您好！贵司订单 4500031624 已收到，现确认如下：</p>"
             "<table border=\"1\" cellspacing=\"0\"><tr><th>行号</th><th>物料号</th><th>数量</th><th>单价(USD)</th><th>交货日期</th></tr>"
             "<tr><td>1</td><td>NS-AUTO-7D</td><td>12 个</td><td>28.00</td><td>2026年12月11日</td></tr>"
             "<tr><td>2</td><td>NS-PAD-BLK</td><td>24 个</td><td>2.10</td><td>2026年12月11日</td></tr></table>"
             "<p>谢谢！</p><p>王丽<br>杭州印章设备有限公司 外贸部<br>电话：0571-8817 2034</p>")
    raw = reply(po, ("王丽", s["email"]), mdate(6, "10:12:00", "+0800"),
                "<2026110610120012345@hz-yinzhang.example>", text(html_doc(inner, "gbk"), "html", charset="gbk", cte="base64"),
                subject="回复：" + req_subject(po), subject_charset="gbk")
    return [po], raw, conf([(po, {1: A, 2: A})], "Both lines restated exactly as ordered.")


@case("ko-kr-euc-kr-partial", "Korean EUC-KR reply: first regulator confirmed, the second will be answered after checking with the maker.")
def c040():
    s = sup("DAEHAN", "대한가스기기(주)", "sales@daehan-gas.example", "ko-KR")
    po = PO("4500031639", s, "USD", "2026-11-05", [
        ("OXR-MED-15", "Oxygen regulator with flowmeter 0-15 l/min", 10, "EA", "72.00", "2026-12-16"),
        ("OXR-IND-300", "Industrial oxygen regulator 300 bar", 6, "EA", "118.00", "2026-12-16")], buyer="omar")
    body = ("Omar 님 안녕하세요.\n\n발주서 4500031639 관련 회신 드립니다.\n\n"
            "1. OXR-MED-15 : 10개, 단가 USD 72.00, 납기 2026년 12월 16일 확인합니다.\n"
            "2. OXR-IND-300 : 제조사에 재고 확인 중이며 확인 후 회신드리겠습니다.\n\n"
            "감사합니다.\n\n김민수 과장\n대한가스기기(주) 해외영업팀\nTel. +82-51-304-2210\n")
    raw = reply(po, ("김민수", s["email"]), mdate(11, "14:22:37", "+0900"),
                "<20261111142237.kms@daehan-gas.example>", text(body, charset="euc-kr", cte="base64"),
                subject="RE: " + req_subject(po), subject_charset="euc-kr")
    return [po], raw, conf([(po, {1: A, 2: U})],
                           "Line 1 confirmed as ordered; line 2 still being checked with the manufacturer: unconfirmed.")


@case("vi-vn-three-deliveries", "Vietnamese reply splitting one line into three deliveries across December and January, the other line as ordered.")
def c041():
    s = sup("THEPVIET", "Công ty TNHH Dụng cụ Thép Việt", "kinhdoanh@thepviet-tools.example", "vi-VN")
    po = PO("4500031645", s, "USD", "2026-11-06", [
        ("PB-900-FL", "Pry bar 900 mm, flat end, forged", 300, "EA", "6.40", "2026-12-18"),
        ("PB-450-GS", "Gooseneck pry bar 450 mm", 150, "EA", "3.90", "2026-12-18")], buyer="dana")
    body = ("Kính gửi chị Dana,\n\nCông ty chúng tôi xác nhận đơn hàng 4500031645 như sau:\n\n"
            "- PB-900-FL: 300 cái, đơn giá 6,40 USD, giao làm 3 đợt: 100 cái ngày 18/12/2026, 100 cái ngày 08/01/2027 và 100 cái ngày 22/01/2027.\n"
            "- PB-450-GS: 150 cái, đơn giá 3,90 USD, giao ngày 18/12/2026.\n\n"
            "Trân trọng,\nNguyễn Thị Hương\nPhòng Kinh doanh\nCông ty TNHH Dụng cụ Thép Việt – KCN Sóng Thần, Bình Dương\nĐT: (0274) 3 742 115\n")
    raw = reply(po, ("Nguyễn Thị Hương", s["email"]), mdate(12, "09:18:00", "+0700"),
                "<TYZPR06MB5120C1@thepviet-tools.example>", text(body, cte="base64"), subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(schedule=[(100, "2026-12-18"), (100, "2027-01-08"), (100, "2027-01-22")]), 2: A})],
                           "Line 1 in three deliveries of 100 (last 2027-01-22); price 6,40 = 6.40. Line 2 as ordered.")


@case("id-id-checking-stock", "Indonesian reply: PO received, stock still being checked, answer promised tomorrow.")
def c042():
    s = sup("PAKUNUS", "PT Paku Nusantara", "sales@pakunusantara.example", "id-ID")
    po = PO("4500031652", s, "USD", "2026-11-06", [
        ("RV-AL-32-8", "Blind rivet aluminium 3.2 x 8 mm (box of 1000)", 40, "BOX", "6.20", "2026-12-14"),
        ("RV-AL-40-10", "Blind rivet aluminium 4.0 x 10 mm (box of 1000)", 40, "BOX", "7.90", "2026-12-14")], buyer="omar")
    body = ("Selamat siang Pak Omar,\n\nPO 4500031652 sudah kami terima, terima kasih.\n"
            "Saat ini stok masih kami cek dengan gudang Cikarang, besok kami kabari konfirmasi jumlah dan tanggal kirimnya.\n\n"
            "Salam,\nDewi Lestari\nPT Paku Nusantara\nTelp. (021) 8990 4127 / WA 0812-8840-3317\n\n"
            + quote_gt(po, "Pada Jum, 6 Nov 2026 pukul 09.30 Omar Haddad <omar.haddad@northgate-supply.example> menulis:"))
    raw = reply(po, ("Dewi Lestari", s["email"]), mdate(9, "13:05:44", "+0700"),
                "<CAB3xYz7Kq1@mail.gmail.com>", text(body), subject="Re: " + req_subject(po))
    return [po], raw, other("needs_review", "Receipt only; stock is being checked and the confirmation will follow tomorrow. Nothing committed.")


@case("ms-my-friday-next-week", "Malay reply with a relative date 'Jumaat minggu depan' (Friday of next week) counted from a Thursday mail date.")
def c043():
    s = sup("PERANCAH", "Perancah Jaya Sdn. Bhd.", "jualan@perancahjaya.example", "ms-MY")
    po = PO("4500031667", s, "USD", "2026-11-06", [
        ("SC-FX-48", "Scaffold fixed coupler 48.3 mm, pressed steel", 800, "PC", "1.45", "2026-12-04"),
        ("SC-SLV-48", "Scaffold sleeve coupler 48.3 mm", 300, "PC", "1.70", "2026-12-04")], buyer="mika")
    body = ("Salam sejahtera Encik Mika,\n\nKami sahkan PO 4500031667: kuantiti dan harga seperti dalam PO. "
            "Barang sudah ada dalam stok, jadi kami boleh hantar lebih awal, iaitu pada hari Jumaat minggu depan.\n\n"
            "Terima kasih.\n\nAhmad Faizal bin Rahman\nEksekutif Jualan\nPerancah Jaya Sdn. Bhd. (No. Syarikat 201401023345)\n"
            "Lot 12, Jalan Perindustrian 3, 41050 Klang, Selangor | Tel: 03-3341 8820\n")
    raw = reply(po, ("Ahmad Faizal", s["email"]), mdate(12, "15:40:00", "+0800"),
                "<SG2PR04MB3301E2@perancahjaya.example>", text(body, cte="7bit", charset="us-ascii"), subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(date="2026-11-20"), 2: C(date="2026-11-20")})],
                           "Mail Thu 2026-11-12; 'Friday next week' = Friday 2026-11-20, earlier than 2026-12-04. Quantities and prices as ordered (a delivery ('hantar') date).")


@case("en-in-so-ack-pdf-lakh-signature", "Indian English mail with a sales-order acknowledgement PDF; the signature and PDF footer are full of lakh-formatted amounts, GSTIN and CIN numbers.")
def c044():
    s = sup("KRISHNA", "Krishna Polytarp Industries Pvt. Ltd.", "exports@krishnapolytarp.example", "en-IN")
    po = PO("4500031673", s, "USD", "2026-11-04", [
        ("TRP-35-BL", "HDPE tarpaulin 3 x 5 m, 150 g/m2, blue", 1000, "PC", "3.20", "2026-12-22"),
        ("TRP-1012-SV", "HDPE tarpaulin 10 x 12 m, 200 g/m2, silver", 120, "PC", "24.00", "2026-12-22")], buyer="omar")
    pdf = make_pdf(["KRISHNA POLYTARP INDUSTRIES PVT. LTD.", "Plot 44, GIDC Phase II, Vapi 396195, Gujarat",
                    "GSTIN 24AAFCK3321M1ZQ   CIN U25209GJ2009PTC058812", "",
                    "SALES ORDER ACKNOWLEDGEMENT  SO/2026-27/0917   Date: 09-11-2026",
                    "Customer PO: 4500031673 dt. 04-11-2026", "",
                    "Sl  Item          Qty    Unit  Rate (USD)  Despatch",
                    "1   TRP-35-BL     1000   PCS   3.20        15-12-2026",
                    "2   TRP-1012-SV    120   PCS   24.00       15-12-2026", "",
                    "Delivery at your Rotterdam dock: 22-12-2026 (sea/road, DAP)",
                    "Annual capacity: 12,00,000 pcs   Paid-up capital INR 2,50,00,000"], title="SO Acknowledgement")
    body = ("Dear Sir,\n\nGreetings from Krishna Polytarp!\n\nPlease find attached our Sales Order Acknowledgement against your PO no. 4500031673. "
            "Kindly do the needful and revert in case of any discrepancy.\n\n"
            "Thanks & Regards,\nVikram Patel\nManager - Exports\nKrishna Polytarp Industries Pvt. Ltd.\n"
            "M: +91 98250 44731 | T: +91 260 243 1180\nTurnover FY 2025-26: INR 48,75,00,000 | Export orders 2,40,000 pcs/month\n")
    m = multipart("mixed", [text(body, cte="7bit", charset="us-ascii"), attach(pdf, "application/pdf", "SOA_0917_PO4500031673.pdf")],
                  "_004_BM1PR01MB2433_")
    raw = reply(po, ("Vikram Patel", s["email"]), mdate(9, "18:11:09", "+0530"),
                "<BM1PR01MB2433A9@krishnapolytarp.example>", m, subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: A})],
                           "PDF: quantities and rates as ordered; despatch 15-12-2026 but delivery 22-12-2026 is given and wins = requested date. Lakh numbers in signature/footer are noise.")


@case("en-au-terse-all-good", "Very short Australian reply 'All good, confirmed as per PO' over a Gmail quote of a three-line PO.")
def c045():
    s = sup("BONDALL", "Bondall Timber Adhesives Pty Ltd", "orders@bondall-adhesives.example", "en-AU")
    po = PO("4500031688", s, "USD", "2026-11-05", [
        ("WG-PVA-1L", "Wood glue PVA, interior, 1 l", 60, "EA", "5.40", "2027-01-14"),
        ("WG-PU-750", "Polyurethane wood glue 750 ml", 40, "EA", "11.20", "2027-01-14"),
        ("WG-D4-5L", "Wood glue D4 waterproof, 5 l", 10, "EA", "31.00", "2027-01-14")], buyer="dana")
    body = ("Hi Dana,\n\nAll good, confirmed as per PO - qty, pricing and dates.\n\nCheers,\nBrett\n\n"
            + quote_gt(po, "On Thu, 5 Nov 2026 at 19:03, Dana Ruiz <dana.ruiz@northgate-supply.example> wrote:"))
    raw = reply(po, ("Brett Walsh", s["email"]), mdate(6, "07:12:40", "+1100"),
                "<CAM9fQ2pXw4@mail.gmail.com>", text(body, cte="7bit", charset="us-ascii"), subject="Re: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: A, 3: A})], "Blanket confirmation as per PO: all lines accepted.")


@case("en-za-on-leave-auto", "South African 'on leave' auto-reply with a day-first return date and a colleague to contact.")
def c046():
    s = sup("GRIPTAPE", "Griptape SA (Pty) Ltd", "thandi@griptape-sa.example", "en-ZA")
    po = PO("4500031693", s, "USD", "2026-11-06", [
        ("AST-25-CL", "Anti-slip tape 25 mm x 18 m, clear", 80, "ROL", "6.95", "2026-12-11")], buyer="ines")
    body = ("Good day,\n\nThank you for your e-mail. I am on leave until 23/11/2026 and will respond on my return.\n"
            "For orders please contact Pieter on orders@griptape-sa.example or 011 392 4410.\n\nKind regards\nThandi Nkosi\n")
    raw = reply(po, ("Thandi Nkosi", s["email"]), mdate(6, "10:00:03", "+0200"),
                "<auto-20261106100003@griptape-sa.example>", text(body, cte="7bit", charset="us-ascii"),
                subject="Automatic reply: " + req_subject(po), extra=[("Auto-Submitted", "auto-replied")])
    return [po], raw, other("auto_reply", "Automatic 'on leave' reply; nothing about the order.")


@case("en-sg-delivery-order-other-po", "Singapore shipping notice / delivery order for a different, earlier PO of ours; looks like order mail but answers nothing open.")
def c047():
    s = sup("LIONBUNG", "Lion City Lashing Pte Ltd", "logistics@lioncitylashing.example", "en-SG")
    po = PO("4500031705", s, "USD", "2026-11-06", [
        ("BC-RATCH-5M", "Ratchet strap 5 m x 25 mm", 100, "EA", "4.10", "2026-12-15"),
        ("BC-150-BK", "Bungee cord 150 cm, black", 200, "EA", "2.20", "2026-12-15")], buyer="mika")
    body = ("Dear Customer,\n\nPlease be informed that the following shipment has been despatched today.\n\n"
            "Delivery Order: DO-26-11482\nYour PO: 4500030377\nItems: BC-080-BK bungee cord 80 cm x 400 pcs; BC-HOOK-S 200 pcs\n"
            "Vessel: MAERSK KENSINGTON V.447W  ETD Singapore 13/11/2026  ETA Rotterdam 12/12/2026\nB/L no.: MAEU 271 448 903\n\n"
            "This is a system generated notification.\n\nLion City Lashing Pte Ltd | 21 Tuas Ave 8 Singapore 639232 | UEN 201012345K\n")
    raw = message(("Lion City Lashing Logistics", s["email"]), ("Mika Laine", "mika.laine@northgate-supply.example"),
                  "Shipment notification DO-26-11482 / PO 4500030377", mdate(13, "17:45:00", "+0800"),
                  "<DO-26-11482.notify@lioncitylashing.example>", text(body, cte="7bit", charset="us-ascii"))
    return [po], raw, other("unrelated", "Shipping notice for another PO (4500030377); the open PO 4500031705 is not answered.")


@case("en-nz-dispatch-and-delivery", "NZ reply giving both a dispatch date and an overnight-freight delivery date (day-first); the delivery date wins.")
def c048():
    s = sup("KIWICUT", "Kiwi Cutting Tools Ltd", "sales@kiwicutting.example", "en-NZ")
    po = PO("4500031711", s, "USD", "2026-11-05", [
        ("CC-900-RAT", "Ratchet cable cutter 900 mm, for cable up to 120 mm", 4, "EA", "148.00", "2026-12-04")], buyer="dana")
    body = ("Kia ora Dana,\n\nConfirming PO 4500031711 - 4 x CC-900-RAT @ USD 148.00.\n"
            "We'll dispatch Mon 30/11 on overnight freight to the port agent, delivery to you Tue 1/12.\n\n"
            "Ngā mihi,\nAroha Ngata\nKiwi Cutting Tools Ltd | 14 Kaimiro St, Hamilton | 07 847 2290\n")
    raw = reply(po, ("Aroha Ngata", s["email"]), mdate(10, "11:15:00", "+1300"),
                "<SY4P282MB3021D0@kiwicutting.example>", text(body), subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(date="2026-12-01")})],
                           "Dispatch 30/11 and delivery 1/12 (day-first): the delivery date wins, 2026-12-01, earlier than 2026-12-04. Quantity and price as ordered.")


@case("en-ie-m365-ndr", "Microsoft 365 non-delivery report (550 5.1.10 RecipientNotFound) as multipart/report with HTML explanation.")
def c049():
    s = sup("SHANNONFX", "Shannon Fixings Ltd", "orders@shannonfixings.example", "en-IE")
    po = PO("4500031726", s, "EUR", "2026-11-06", [
        ("DWS-42-65", "Drywall screw 4.2 x 65 mm, coarse, zinc (box of 500)", 30, "BOX", "11.40", "2026-12-10")], buyer="ines")
    expl = ("Your message to orders@shannonfixings.example couldn't be delivered.\n\n"
            "orders wasn't found at shannonfixings.example.\n\nines.kovac   Office 365   orders\nAction Required   Recipient\n\n"
            "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
            "- Retype the recipient's address, then resend the message.\n\n"
            "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    raw = dsn("postmaster@northgate-supply.example", None, mdate(6, "09:01:44", "+0000"),
              "<a4e1c7b2-3f91-4c2e-9b11-1fa2e8d6c3a7@AM0PR10MB3312.eurprd10.prod.outlook.example>", po, s["email"], "5.1.10",
              "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
              "AM0PR10MB3312.eurprd10.prod.outlook.example", expl, "b_MSNDR_7a2f91c3",
              subject="Undeliverable: " + req_subject(po), frm_name="Microsoft Outlook",
              arrival="Fri, 06 Nov 2026 09:01:40 +0000", headers_only=False)
    return [po], raw, other("bounce", "Exchange Online NDR, Action: failed, 5.1.10; the request was not delivered.")


@case("de-ch-chf-apostrophe-thousands", "Swiss German reply in CHF with apostrophe thousands separators ('1'440.00'), a new unit price derived from a total, and 'Lieferung KW 50'.")
def c050():
    s = sup("GEHOERS", "Gehörschutz Zürich AG", "verkauf@gehoerschutz-zh.example", "de-CH")
    po = PO("4500031732", s, "CHF", "2026-11-05", [
        ("EP-DET-200", "Detectable earplugs, metal core, box of 200 pairs", 12, "BOX", "115.00", "2026-12-14"),
        ("EP-BAND-25", "Banded earplugs, reusable, SNR 25 dB", 150, "PR", "2.85", "2026-12-14")], buyer="mika")
    body = ("Grüezi Herr Laine\n\nBesten Dank für Ihre Bestellung 4500031732, die wir gerne wie folgt bestätigen:\n\n"
            "Pos. 1  EP-DET-200  12 Box à CHF 120.00 = CHF 1'440.00 (neuer Listenpreis ab 1.11.)\n"
            "Pos. 2  EP-BAND-25  150 Paar à CHF 2.85 = CHF 427.50\n\n"
            "Lieferung beider Positionen KW 50.\n\nFreundliche Grüsse\n\nReto Meier\nVerkaufsinnendienst\n"
            "Gehörschutz Zürich AG | Hardturmstrasse 130 | 8005 Zürich | Tel. 044 271 33 80 | CHE-108.224.517 MWST\n")
    raw = reply(po, ("Reto Meier", s["email"]), mdate(9, "14:30:00", "+0100"),
                "<ZR0P278MB0551AA@gehoerschutz-zh.example>", text(body, charset="iso-8859-1"), subject="AW: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(unit_price="120.00", date="2026-12-11"), 2: C(date="2026-12-11")})],
                           "Swiss format: CHF 120.00 per box (PO 115.00). KW 50 = Friday 2026-12-11 for both lines, earlier than 2026-12-14. Quantities as ordered.")


@case("fr-ch-contradictory-forward", "Swiss French reply says 'livrable le 11.12', but a forwarded warehouse note below says stock is out until January; a buyer cannot tell which holds.")
def c051():
    s = sup("JERRY", "Jerrican Romandie SA", "commandes@jerrican-romandie.example", "fr-CH")
    po = PO("4500031747", s, "EUR", "2026-11-06", [
        ("FC-10-SS", "Fuel can 10 l, stainless steel", 20, "EA", "48.00", "2026-12-11")], buyer="ines")
    body = ("Bonjour Madame Kovac,\n\nMerci pour votre commande 4500031747. Les 20 bidons FC-10-SS sont livrables le 11.12 au prix convenu.\n\n"
            "Meilleures salutations\nSophie Rochat\nJerrican Romandie SA, Route de Crissier 4, 1023 Crissier\n\n"
            "-------- Message transféré --------\nDe : Entrepôt Crissier <depot@jerrican-romandie.example>\nDate : 10.11.2026 16:55\n"
            "Objet : stock FC-10-SS\n\nSophie, attention : plus de FC-10-SS en stock, les 40 derniers sont partis ce matin pour Genève. "
            "Prochain arrivage fournisseur pas avant mi-janvier. Ne rien promettre au client svp.\nYves\n")
    raw = reply(po, ("Sophie Rochat", s["email"]), mdate(11, "08:20:00", "+0100"),
                "<GV0P278MB1234F1@jerrican-romandie.example>", text(body, charset="iso-8859-1"), subject="RE: " + req_subject(po))
    return [po], raw, other("needs_review", "Contradiction: the salesperson confirms 11.12 but the forwarded (newer-looking) warehouse note says no stock until mid-January and 'promise nothing'. A human must clarify.")


@case("it-ch-entro-il-15-gennaio", "Italian-Swiss reply confirming with delivery 'entro il 15 gennaio' (no year) and a quantity reduced to what is left in stock.")
def c052():
    s = sup("CERNIERE", "Cerniere Ticino SA", "vendite@cerniere-ticino.example", "it-CH")
    po = PO("4500031752", s, "EUR", "2026-11-05", [
        ("GH-SELF-CL", "Self-closing gate hinge, adjustable, galvanised (pair)", 40, "PR", "17.90", "2026-12-18"),
        ("GH-LATCH-GR", "Gravity gate latch, galvanised", 40, "EA", "6.30", "2026-12-18")], buyer="omar")
    body = ("Buongiorno Signor Haddad,\n\ngrazie per l'ordine 4500031752.\n\n"
            "Cerniere GH-SELF-CL: disponiamo ancora di 32 paia, che possiamo consegnare entro il 15 gennaio. Le restanti 8 paia non sono più disponibili.\n"
            "Chiavistelli GH-LATCH-GR: 40 pezzi, consegna entro il 15 gennaio.\nPrezzi invariati.\n\n"
            "Cordiali saluti\nLuca Bernasconi\nCerniere Ticino SA | Via Cantonale 18 | 6814 Lamone | Tel. 091 945 22 10\n")
    raw = reply(po, ("Luca Bernasconi", s["email"]), mdate(10, "11:11:11", "+0100"),
                "<ZRAP278MB0990BE@cerniere-ticino.example>", text(body, charset="iso-8859-1"), subject="R: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(quantity=32, date="2027-01-15"), 2: C(date="2027-01-15")})],
                           "Line 1: only 32 of 40 pairs (rest unavailable), delivery 15 January (next one = 2027-01-15). Line 2: full quantity, same date. Prices unchanged.")


@case("pt-pt-resposta-automatica", "European Portuguese automatic reply (Auto-Submitted) announcing absence until a date, with a Lisbon signature full of numbers.")
def c053():
    s = sup("SERRAS", "Serras & Lâminas Lda.", "joao.ferreira@serraselaminas.example", "pt-PT")
    po = PO("4500031768", s, "EUR", "2026-11-06", [
        ("HSB-300-32", "Hacksaw blade 300 mm, HSS, 32 TPI", 200, "EA", "0.69", "2026-12-15")], buyer="dana")
    body = ("Bom dia,\n\nEncontro-me ausente do escritório até dia 18 de novembro, com acesso limitado ao correio eletrónico.\n"
            "Para assuntos urgentes, contacte encomendas@serraselaminas.example ou o telefone 21 847 30 20.\n\n"
            "Com os melhores cumprimentos,\nJoão Ferreira\nSerras & Lâminas Lda. | NIPC 507 334 281 | Capital social 50.000,00 €\n")
    raw = reply(po, ("João Ferreira", s["email"]), mdate(6, "09:35:12", "+0000"),
                "<auto.1762421712.jf@serraselaminas.example>", text(body, charset="iso-8859-15"),
                subject="Resposta automática: " + req_subject(po), extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    return [po], raw, other("auto_reply", "Out-of-office auto reply; nothing about the order.")


@case("es-ar-no-stock-no-restock", "Argentine Spanish Gmail reply: two lines confirmed in 'u$s' with decimal comma, one line rejected (no stock and no restock).")
def c054():
    s = sup("INSUMOSBA", "Insumos Informáticos del Plata S.R.L.", "ventas@insumosdelplata.example", "es-AR")
    po = PO("4500031774", s, "USD", "2026-11-05", [
        ("INK-CAN-PG545", "Ink cartridge Canon PG-545XL black", 30, "EA", "19.80", "2026-12-07"),
        ("INK-CAN-CL546", "Ink cartridge Canon CL-546XL colour", 30, "EA", "22.40", "2026-12-07"),
        ("INK-BRO-LC3219", "Ink cartridge Brother LC3219XL value pack", 10, "SET", "61.00", "2026-12-07")], buyer="dana")
    body = ("Hola Dana, ¿cómo estás?\n\nTe confirmo la OC 4500031774:\n"
            "- PG-545XL: 30 u. a u$s 19,80, entrega 07/12\n- CL-546XL: 30 u. a u$s 22,40, entrega 07/12\n"
            "- LC3219XL: no tenemos stock y el importador no va a reponer, así que esa no te la podemos entregar. Disculpas.\n\n"
            "Saludos!\nMartín Giménez\nInsumos Informáticos del Plata S.R.L. | CUIT 30-71234567-9 | Tel. (011) 4312-8870\n\n"
            + quote_gt(po, "El jue, 5 nov 2026 a las 10:12, Dana Ruiz (<dana.ruiz@northgate-supply.example>) escribió:"))
    raw = reply(po, ("Martín Giménez", s["email"]), mdate(9, "16:28:00", "-0300"),
                "<CAN7pQ3vLx8@mail.gmail.com>", text(body), subject="Re: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: A, 3: R})],
                           "07/12 is day-first without year = 2026-12-07 (as requested). Lines 1-2 as ordered; line 3 cannot be supplied: rejected.")
