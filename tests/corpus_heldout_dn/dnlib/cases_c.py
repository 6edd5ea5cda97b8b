# -*- coding: utf-8 -*-
from .common import *

# 037 ------------------------------------------------------------------
S = ("STROPUA", "TOV Strop-Ukraina", "prodazh@strop-ua.example", "uk-UA")
po = PO("4500021681", S, [("SK-KR-1T-2M", "Round sling 1 t, 2 m", 40, "PC", "6.40", "2026-12-14"),
                          ("SK-KR-3T-4M", "Round sling 3 t, 4 m", 15, "PC", "17.90", "2026-12-14")], issued="2026-11-05")
body = ("Добрий день, пані Маро!\n\nПідтверджуємо замовлення № 4500021681 у повному обсязі, ціни без змін.\n"
        "Відвантаження з нашого складу у Львові — 11.12.2026, доставка до вашого складу (DAP Лінц) — 15.12.2026.\n\n"
        "З повагою,\nОксана Мельник\nменеджер з продажу\nТОВ «Строп-Україна», код ЄДРПОУ 38123456\nтел. +380 32 245 67 89")
case(37, "ship-and-delivery-ua", "confirmation", "uk-UA",
     "Ukrainian reply gives a ship date 11.12 and a delivery date 15.12 (one day after need-by); the delivery date wins.",
     [po], reply(37, po, ("Оксана Мельник", "o.melnyk@strop-ua.example"), "Wed, 11 Nov 2026 13:10:33 +0200", ALT(body)),
     {po.number: {1: ch(40, "6.40", "2026-12-15"), 2: ch(15, "17.90", "2026-12-15")}},
     "Full quantities at unchanged prices; delivery 2026-12-15 (not the 11.12 ship date), requested 2026-12-14 -> changed.")

# 038 ------------------------------------------------------------------
S = ("DEVEKTEK", "Devek-Tek Ltd.", "sales@devektek.example", "he-IL")
po = PO("4500021697", S, [("DT-ALU-50", "Aluminium foil tape 50 mm x 50 m", 60, "ROL", "18.90", "2026-12-14"),
                          ("DT-VHB-19", "Double-sided acrylic foam tape 19 mm x 33 m", 60, "ROL", "64.00", "2026-12-14")],
        issued="2026-11-05", cur="ILS")
txt = ("שלום מרה,\n\nתודה על ההזמנה 4500021697.\n\n"
       "שורה 1 – סרט אלומיניום 50 מ\"מ: 60 גלילים, 18.90 ₪ לגליל, אספקה ב-14/12/2026 כמבוקש.\n"
       "שורה 2 – סרט דו-צדדי 19 מ\"מ: במלאי יש רק 40 גלילים, הם יסופקו ב-07/12/2026. יתרת 20 הגלילים תסופק ב-10/01/2027. המחיר ללא שינוי.\n\n"
       "בברכה,\nיוסי לוי\nמנהל מכירות | דבק-טק בע\"מ\nטל. 03-5551234 | נייד 052-7654321")
html = ("<html dir=\"rtl\"><head><meta charset=\"utf-8\"></head><body dir=\"rtl\" style=\"font-family:Arial\">"
        + "".join(f"<p>{p}</p>" for p in txt.replace("\n", "<br>").split("<br><br>")) + "</body></html>")
case(38, "rtl-html-split-he", "confirmation", "he-IL",
     "Hebrew RTL multipart reply: line 2 only 40 rolls in stock delivered 07/12, remaining 20 on 10/01/2027 (day-first) -> split schedule.",
     [po], reply(38, po, ("יוסי לוי", "yossi@devektek.example"), "Thu, 12 Nov 2026 10:30:51 +0200", ALT(txt, html),
                 subj="השב: " + req_subject(po)),
     {po.number: {1: A, 2: ch(60, "64.00", "2027-01-10", [(40, "2026-12-07"), (20, "2027-01-10")])}},
     "Line 1 as ordered. Line 2 in two deliveries: 40 on 2026-12-07 and 20 on 2027-01-10, same price; last delivery is the line date.")

# 039 ------------------------------------------------------------------
S = ("ALRAFIAH", "Al Rafiah Equipment LLC", "sales@alrafiah-equip.example", "ar-AE")
po = PO("4500021703", S, [("CH-ELEC-1T", "Electric chain hoist 1 t, 6 m lift, 380 V", 2, "EA", "4850.00", "2026-12-17"),
                          ("CH-TROL-1T", "Push trolley for 1 t hoist", 2, "EA", "720.00", "2026-12-17")],
        issued="2026-11-06", cur="AED")
body = ("السيدة مارا المحترمة،\n\nتحية طيبة وبعد،\n\nنؤكد استلام أمر الشراء رقم 4500021703 ونؤكد التوريد كالتالي:\n\n"
        "١- رافعة سلسلة كهربائية ١ طن: الكمية ٢، السعر ٤٬٨٥٠ درهم للوحدة\n"
        "٢- عربة دفع للرافعة ١ طن: الكمية ٢، السعر ٧٥٠ درهم للوحدة (تم تعديل السعر بسبب ارتفاع تكلفة الشحن)\n\n"
        "موعد التسليم: ١٧/١٢/٢٠٢٦\n\nمع خالص التحية،\nأحمد المنصوري\nقسم المبيعات\nهاتف: ‎+971 4 123 4567\nص.ب. 12345 دبي")
case(39, "arabic-indic-digits-ae", "confirmation", "ar-AE",
     "Arabic reply written entirely with Arabic-Indic digits (٤٬٨٥٠, ١٧/١٢/٢٠٢٦); the trolley price rises to 750 AED.",
     [po], reply(39, po, ("Ahmed Al Mansouri", "ahmed.mansouri@alrafiah-equip.example"), "Wed, 11 Nov 2026 11:45:26 +0400",
                 T(body, cte="base64")),
     {po.number: {1: A, 2: ch(2, "750.00", "2026-12-17")}},
     "٤٬٨٥٠ = 4850 (unchanged), ٧٥٠ = 750 vs 720 ordered; ١٧/١٢/٢٠٢٦ = 17 Dec 2026 = requested date.")

# 040 ------------------------------------------------------------------
S = ("DAEHAN", "Daehan Glue Co., Ltd.", "sales@daehanglue.example", "ko-KR")
po = PO("4500021719", S, [("GS-KR-35G", "Glue stick 35 g, solid", 500, "PC", "850", "2026-12-21"),
                          ("GS-KR-15G-COLOR", "Glue stick 15 g, coloured, disappearing purple", 300, "PC", "620", "2026-12-21")],
        issued="2026-11-09", cur="KRW")
body = ("Mara Kovac 님께,\n\n안녕하십니까. 대한글루 영업팀 김민준입니다.\n발주서(4500021719) 잘 받았습니다.\n\n"
        "1. GS-KR-35G 딱풀 35g: 500개, 개당 850원, 납기 12월 21일(월)\n"
        "2. GS-KR-15G-COLOR 컬러 딱풀 15g: 해당 제품은 단종되어 공급이 불가합니다. 양해 부탁드립니다.\n\n"
        "감사합니다.\n김민준 드림\n대한글루(주) 영업팀 | Tel. 02-2345-6789 | 사업자등록번호 123-45-67890")
case(40, "euckr-discontinued", "confirmation", "ko-KR",
     "Korean EUC-KR reply: line 1 confirmed with '12월 21일(월)' (no year), line 2 discontinued (단종) and cannot be supplied.",
     [po], reply(40, po, ("김민준", "mj.kim@daehanglue.example"), "Fri, 13 Nov 2026 09:50:40 +0900",
                 T(body, "euc-kr", "base64"), subj="RE: " + req_subject(po), charset="euc-kr"),
     {po.number: {1: A, 2: R}},
     "Line 1: 500 pcs at 850 won on 2026-12-21 (next 21 Dec, a Monday) = PO. Line 2 discontinued -> rejected.")

# 041 ------------------------------------------------------------------
S = ("JIANREN", "Hangzhou Jianren Tools Co., Ltd.", "sales@jianren-tools.example", "zh-CN")
po = PO("4500021725", S, [("IS-CN-12-24", "Impact socket 1/2\" dr 24 mm, CrMo", 200, "PC", "1.35", "2027-01-15"),
                          ("IS-CN-12-27", "Impact socket 1/2\" dr 27 mm, CrMo", 200, "PC", "1.48", "2027-01-15"),
                          ("IS-CN-EXT-250", "Impact extension bar 1/2\" x 250 mm", 300, "PC", "2.10", "2027-01-15")],
        issued="2026-11-04", cur="USD", buyer="rp")
body = ("Dear Ravi,\n\n您好！收到贵司订单 4500021725，确认如下：\n\n"
        "1. 24mm 风炮套筒 200个，单价 USD 1.35，交货日期 2027年1月15日\n"
        "2. 27mm 风炮套筒 200个，单价 USD 1.48，交货日期 2027年1月15日\n"
        "3. 250mm 加长杆：我司最小起订量为500个，数量调整为500个，单价不变 USD 2.10，交货日期 2027年1月15日\n\n"
        "请知悉，谢谢！\n\nBest regards,\n王丽 Lily Wang\n杭州坚韧工具有限公司 外贸部\nTel/WeChat: +86 138 0571 2345")
case(41, "gbk-moq-ext-bar-cn", "confirmation", "zh-CN",
     "Simplified-Chinese GBK/base64 reply: line 3 raised to the 500 pcs MOQ, all dates 2027年1月15日.",
     [po], reply(41, po, ("王丽 Lily Wang", "lily.wang@jianren-tools.example"), "Tue, 10 Nov 2026 16:20:14 +0800",
                 T(body, "gbk", "base64"), subj="回复: " + req_subject(po), charset="gbk"),
     {po.number: {1: A, 2: A, 3: ch(500, "2.10", "2027-01-15")}},
     "Lines 1-2 as ordered; line 3 quantity 500 (MOQ) at unchanged price and date.")

# 042 ------------------------------------------------------------------
S = ("BANGDINH", "Cong ty TNHH Bang Dinh Viet", "kinhdoanh@bangdinhviet.example", "vi-VN")
po = PO("4500021731", S, [("BD-OPP-48", "OPP packing tape 48 mm x 100 m, clear", 600, "ROL", "0.72", "2026-12-18")],
        issued="2026-11-06", cur="USD")
body = ("Chào chị Mara,\n\nEm đã nhận được PO 4500021731. Tuy nhiên báo giá số BG-2609/118 mà PO dựa vào đã hết hiệu lực "
        "từ 31/10. Do giá hạt nhựa tăng, bên em sẽ gửi báo giá mới trong tuần này. Sau khi chị đồng ý giá mới, em sẽ xác nhận "
        "PO và ngày giao hàng.\n\nTrân trọng,\nNguyễn Thị Hương\nPhòng Kinh doanh\nCông ty TNHH Băng Dính Việt\nĐT: 0283 812 3456 | MST 0312345678")
case(42, "quote-expired-vn", "needs_review", "vi-VN",
     "Vietnamese reply: the quotation behind the PO expired, a new price will follow and only then will the PO be confirmed.",
     [po], reply(42, po, ("Nguyễn Thị Hương", "huong.nt@bangdinhviet.example"), "Thu, 12 Nov 2026 14:05:37 +0700", T(body)),
     None, "No commitment: price to be re-quoted and confirmation after buyer agreement -> needs_review.")

# 043 ------------------------------------------------------------------
S = ("BAUTKEL", "PT Baut Keling Nusantara", "sales@bautkeling.example", "id-ID")
po = PO("4500021747", S, [("RN-M5-AL", "Rivet nut M5 aluminium, flat head", 2000, "PC", "950.00", "2026-12-07"),
                          ("RN-M8-SS", "Rivet nut M8 stainless, flat head", 1000, "PC", "2750.00", "2026-12-07")],
        issued="2026-11-16", cur="IDR")
body = ("Selamat pagi Bu Mara,\n\nPO 4500021747 sudah kami terima dan kami konfirmasi. Barang ready stock semua, qty dan harga "
        "sesuai PO. Rencana kirim Senin depan via JNE Trucking.\n\nTerima kasih.\n\nSalam,\nDedi Santoso\nPT Baut Keling Nusantara\n"
        "WA 0812-3456-7890")
case(43, "kirim-senin-depan-id", "confirmation", "id-ID",
     "Indonesian WhatsApp-style reply: qty/price 'sesuai PO', shipping 'Senin depan' (next Monday) from a Wednesday mail; ship date only.",
     [po], reply(43, po, ("Dedi Santoso", "dedi@bautkeling.example"), "Wed, 25 Nov 2026 09:12:03 +0700", T(body, "us-ascii", "7bit")),
     {po.number: {1: ch(2000, "950.00", "2026-11-30"), 2: ch(1000, "2750.00", "2026-11-30")}},
     "Only a ship date: next Monday after Wed 25 Nov 2026 = 2026-11-30, earlier than the requested 7 Dec -> changed date on both lines.")

# 044 ------------------------------------------------------------------
S = ("LAPIK", "Lapik Lutut Safety Sdn Bhd", "jualan@lapiklutut.example", "ms-MY")
po = PO("4500021753", S, [("LL-KP-GEL", "Knee pad gel, heavy duty", 100, "PR", "18.50", "2026-12-15")], issued="2026-11-13", cur="MYR")
body = ("Terima kasih atas e-mel anda. Saya sedang bercuti dan akan kembali ke pejabat pada 25 November 2026. "
        "Untuk urusan segera, sila hubungi Encik Faizal di 03-5123 4567.\n\nThank you for your email. I am currently on leave and will "
        "return on 25 November 2026. For urgent matters, please contact En. Faizal at 03-5123 4567.\n\nNurul Aina")
case(44, "bercuti-autoreply-my", "auto_reply", "ms-MY",
     "Malay/English Exchange automatic reply ('Automatic reply:' subject, Auto-Submitted) with a return date.",
     [po], reply(44, po, ("Nurul Aina", "nurul.aina@lapiklutut.example"), "Mon, 16 Nov 2026 08:00:12 +0800", ALT(body),
                 subj="Automatic reply: " + req_subject(po),
                 extra=["Auto-Submitted: auto-generated", "X-MS-Exchange-Inbox-Rules-Loop: nurul.aina@lapiklutut.example"]),
     None, "Out-of-office; 25 November 2026 is a return date.")

# 045 ------------------------------------------------------------------
S = ("TELONG", "Telong Hardware & Industrial Supply", "sales@telonghardware.example", "tl-PH")
po = PO("4500021769", S, [("DS-CAN-9X12", "Canvas drop cloth 9 x 12 ft", 50, "PC", "685.00", "2026-12-15"),
                          ("DS-PLS-12X15", "Plastic drop cloth 12 x 15 ft, 2 mil", 200, "PC", "95.00", "2026-12-15")],
        issued="2026-11-10", cur="PHP")
body = ("Hi Ma'am Mara,\n\nNoted po with thanks. Confirmed po lahat ng items sa PO 4500021769, same qty and price. "
        "Delivery po ay Dec 15 as requested.\n\nSalamat po!\n\nJoy Dela Cruz\nSales Coordinator\nTelong Hardware | 0917 555 1234"
        + quote(po, "outlook2"))
case(45, "taglish-all-confirmed-ph", "confirmation", "tl-PH",
     "Taglish reply 'Confirmed po lahat' with 'Dec 15 as requested'; plain full acceptance with Filipino politeness markers.",
     [po], reply(45, po, ("Joy Dela Cruz", "joy.delacruz@telonghardware.example"), "Thu, 12 Nov 2026 15:44:09 +0800", T(body)),
     {po.number: {1: A, 2: A}}, "All lines confirmed with same quantity, price and the requested 15 Dec 2026.")

# 046 ------------------------------------------------------------------
S = ("REELOZ", "ReelOz Industrial Pty Ltd", "sales@reeloz.example", "en-AU")
po = PO("4500021775", S, [("HR-RET-20", "Retractable hose reel 12 mm x 20 m", 5, "EA", "219.00", "2026-12-04"),
                          ("HR-RET-30", "Retractable hose reel 12 mm x 30 m", 3, "EA", "289.00", "2026-12-04"),
                          ("HR-BRKT-SW", "Swivel wall bracket for hose reel", 8, "EA", "39.50", "2026-12-04")],
        issued="2026-11-09", cur="AUD", buyer="tj")
body = ("G'day Tom,\n\nAll good on lines 1 and 3, dispatching Friday from our Dandenong warehouse. Line 2 (the 30 m) is on "
        "back-order - ETA from the factory is mid-Jan, I'll confirm a firm date once the container lands.\n\nCheers,\nShane\n\n"
        "Shane O'Brien | Account Manager\nReelOz Industrial Pty Ltd | ABN 51 824 753 556\nP 03 9791 2200 | M 0412 345 678"
        + quote(po, "outlook"))
case(46, "dispatch-friday-backorder-au", "confirmation", "en-AU",
     "Aussie reply: lines 1 and 3 'dispatching Friday' (ship date only, relative), line 2 back-ordered with a vague 'mid-Jan' ETA.",
     [po], reply(46, po, ("Shane O'Brien", "shane@reeloz.example"), "Mon, 16 Nov 2026 10:05:58 +1100", T(body)),
     {po.number: {1: ch(5, "219.00", "2026-11-20"), 2: U, 3: ch(8, "39.50", "2026-11-20")}},
     "Friday after Mon 16 Nov 2026 = 2026-11-20, a dispatch (ship) date -> date for lines 1 and 3. Line 2 'mid-Jan' ETA with a firm date to follow is not a commitment -> unconfirmed.")

# 047 ------------------------------------------------------------------
S = ("KNEEGUARD", "Kneeguard Safety (Pty) Ltd", "orders@kneeguard.example", "en-ZA")
po = PO("4500021781", S, [("KG-HD-GEL", "Knee pads heavy duty gel", 40, "PR", "249.00", "2026-12-11"),
                          ("KG-STRAP-REP", "Replacement straps, pair", 40, "PR", "39.90", "2026-12-11"),
                          ("KG-ROOF-PRO", "Roofer's knee pads, hard cap", 12, "PR", "1249.00", "2026-12-11")],
        issued="2026-11-06", cur="ZAR")
pdf = make_pdf(["KNEEGUARD SAFETY (PTY) LTD   Reg. 2009/123456/07   VAT 4123456789",
                "SALES ORDER ACKNOWLEDGEMENT   SO-884213", "Date: 2026/11/10", "Customer PO: 4500021781", "",
                "Ln  Item           Qty  UoM  Unit Price   Disc%   Nett Amount   Delivery",
                "1   KG-HD-GEL       40  PR   R 249,00       0     R 9 960,00    2026/12/11",
                "2   KG-STRAP-REP    40  PR   R 39,90        0     R 1 596,00    2026/12/11",
                "3   KG-ROOF-PRO     12  PR   R 1 249,00    10     R 13 489,20   2026/12/18", "",
                "Sub-total                                  R 25 045,20", "VAT 15%                                    R 3 756,78",
                "Total                                      R 28 801,98", "",
                "Prices valid for this order only. E&OE."])
body = ("Good day,\n\nPlease find attached our Sales Order Acknowledgement SO-884213 for your purchase order 4500021781.\n\n"
        "Kindly check and revert within 24 hours should there be any discrepancies.\n\nRegards\nKneeguard Safety Sales Team\n"
        "Tel 011 463 2200 | orders@kneeguard.example\n")
case(47, "pdf-discount-column-za", "confirmation", "en-ZA",
     "South African SO acknowledgement PDF with 'R 1 249,00' style numbers, yyyy/mm/dd dates and a 10 % discount column on line 3 plus a later date.",
     [po], reply(47, po, ("Kneeguard Orders", "orders@kneeguard.example"), "Tue, 10 Nov 2026 14:22:37 +0200",
                 MIX(T(body), ATT(pdf, "SO-884213.pdf", "application/pdf")),
                 subj="Sales Order Acknowledgement SO-884213 / Your PO 4500021781", thread=False),
     {po.number: {1: A, 2: A, 3: ch(12, "1124.10", "2026-12-18")}},
     "Lines 1-2 as ordered. Line 3 carries 10 % discount: nett unit price 1249.00 x 0.9 = 1124.10 (12 x 1124.10 = 13 489,20) and delivery 2026/12/18 instead of 12/11.")

# 048 ------------------------------------------------------------------
S = ("OLIEKAN", "Oliekan Verspreiders BK", "verkope@oliekan.example", "af-ZA")
po = PO("4500021797", S, [("OK-MET-500", "Metal oil can 500 ml, pump type", 24, "EA", "84.00", "2026-12-17"),
                          ("OK-PL-200", "Plastic oil can 200 ml", 60, "EA", "7.20", "2026-12-17")], issued="2026-11-09", cur="ZAR")
body = ("Goeie môre Mara,\n\nDankie vir die bestelling 4500021797. Ons bevestig soos volg:\n\n"
        "Lyn 1: 24 x metaal-oliekanne 500 ml @ R84,00 elk\nLyn 2: 5 dosyn plastiek-oliekanne 200 ml @ R86,40 per dosyn\n\n"
        "Aflewering: Donderdag 17 Desember.\n\nVriendelike groete\nPieter van der Merwe\nOliekan Verspreiders BK | Tel 021 555 0199 | "
        "BK 2001/012345/23" + quote(po, "outlook"))
case(48, "per-dozen-same-price-af", "confirmation", "af-ZA",
     "Afrikaans reply restates line 2 as '5 dosyn @ R86,40 per dosyn', which is exactly 60 EA at 7.20; weekday+date without year.",
     [po], reply(48, po, ("Pieter van der Merwe", "pieter@oliekan.example"), "Fri, 13 Nov 2026 09:30:41 +0200", T(body)),
     {po.number: {1: A, 2: A}},
     "5 dozen = 60 EA, R86,40/12 = 7.20 per EA: no change. 'Donderdag 17 Desember' = 2026-12-17 = requested. Both accepted.")

# 049 ------------------------------------------------------------------
S = ("KIWIHOIST", "Kiwi Hoist & Rigging Ltd", "sales@kiwihoist.example", "en-NZ")
po = PO("4500021803", S, [("KH-LEV-1.5T", "Lever hoist 1.5 t", 4, "EA", "265.00", "2026-12-09")], issued="2026-11-10", cur="NZD", buyer="tj")
d = "Tue, 10 Nov 2026 08:14:52 +0000"
txt = ("\n** Address not found **\n\nYour message wasn't delivered to sales@kiwihoist.example because the domain kiwihoist.example "
       "couldn't be found. Check for typos or unnecessary spaces and try again.\n\nLearn more here: https://support.google.com/mail/answer/6596\n\n"
       "The response was:\n\nDNS Error: DNS type 'mx' lookup of kiwihoist.example responded with code NXDOMAIN\n"
       "Domain name not found: kiwihoist.example\n")
orig = (f"From: Tom Jansen <tom.jansen@halden-mro.example>\nTo: sales@kiwihoist.example\nSubject: {req_subject(po)}\n"
        f"Date: Tue, 10 Nov 2026 08:14:50 +0000\nMessage-ID: {po.reqid}\n")
body = Multi("report", [ALT(txt), dsn("mx.google.com", d, [("sales@kiwihoist.example", "failed", "5.1.2",
                        "DNS Error: DNS type 'mx' lookup of kiwihoist.example responded with code NXDOMAIN")]),
                        rfc822_headers(orig)], params="; report-type=delivery-status")
msg = eml(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), po.buyer, "Delivery Status Notification (Failure)", d,
          "<6548a9f1.050a0220.8d2c1.1b3cSMTPIN_ADDED_BROKEN@mx.google.com>", body, in_reply=po.reqid,
          extra=["Auto-Submitted: auto-replied"])
case(49, "gmail-nxdomain-nz", "bounce", "en-NZ",
     "Google 'Address not found' DSN (NXDOMAIN) threaded to our request via In-Reply-To; the human-readable part is multipart/alternative.",
     [po], msg, None, "Delivery failure: the supplier's domain does not resolve; the request never arrived.")

# 050 ------------------------------------------------------------------
S = ("LIONTAPE", "Lion City Tapes Pte Ltd", "sales@lioncitytapes.example", "en-SG")
po = PO("4500021819", S, [("LT-MASK-24", "Masking tape 24 mm x 40 m, 80°C", 480, "ROL", "1.05", "2026-12-16"),
                          ("LT-DUCT-48", "Duct tape 48 mm x 25 m, silver", 240, "ROL", "2.90", "2026-12-16")],
        issued="2026-11-04", cur="SGD")
body = ("Hi Mara,\n\nNoted with thanks. Confirm can supply both items at PO price. Lead time 4 weeks from PO date, so goods will "
        "reach your warehouse latest by 2 Dec.\n\nThanks & Regards,\nTan Wei Ling\nSales Executive\nLion City Tapes Pte Ltd | "
        "UEN 201234567K\nDID +65 6745 1234 | HP +65 9123 4567" + quote(po, "outlook"))
case(50, "lead-time-from-po-date-sg", "confirmation", "en-SG",
     "Singlish-style 'Noted with thanks. Confirm can supply' with delivery as lead time from the PO date (4 weeks -> by 2 Dec), earlier than needed.",
     [po], reply(50, po, ("Tan Wei Ling", "weiling.tan@lioncitytapes.example"), "Fri, 06 Nov 2026 16:50:22 +0800", ALT(body)),
     {po.number: {1: ch(480, "1.05", "2026-12-02"), 2: ch(240, "2.90", "2026-12-02")}},
     "PO dated 2026-11-04 + 4 weeks = 2026-12-02, also stated as 'latest by 2 Dec'; requested 2026-12-16 -> both changed (date).")

# 051 ------------------------------------------------------------------
S = ("EMERALD", "Emerald Welding Supplies Ltd", "sales@emeraldweld.example", "en-IE")
po = PO("4500021825", S, [("EW-ER70S6-2.4", "TIG filler rod ER70S-6 2.4 mm, 5 kg tube", 30, "PC", "38.50", "2026-12-10")], issued="2026-11-06")
txt = ("Dear Valued Customer,\n\nDue to continued increases in raw material and energy costs, we regret to advise that prices on "
       "all filler metals (MIG wire, TIG rods and stick electrodes) will increase by 6% with effect from 1 January 2027.\n\n"
       "All orders received and confirmed before 31 December 2026 will be invoiced at current prices.\n\n"
       "We thank you for your continued business and remain at your disposal for any questions.\n\nYours sincerely,\n"
       "Declan Murphy\nManaging Director\nEmerald Welding Supplies Ltd, Unit 4, Ballymount Industrial Estate, Dublin 12\n"
       "Registered in Ireland No. 345678 | VAT IE 6345678T\n")
case(51, "price-increase-circular-ie", "unrelated", "en-IE",
     "Irish 'Dear Valued Customer' price-increase circular (+6 % from 1 January 2027) from the same supplier, not a reply to the PO.",
     [po], reply(51, po, ("Emerald Welding Supplies", "marketing@emeraldweld.example"), "Mon, 16 Nov 2026 10:00:00 +0000", ALT(txt),
                 subj="Price adjustment notice - effective 1 January 2027", thread=False, to=("", "purchasing@halden-mro.example"),
                 extra=["Precedence: bulk"]),
     None, "A general price letter to all customers; it does not answer PO 4500021825 (whose price stays valid for orders confirmed before 31 Dec) -> unrelated.")

# 052 ------------------------------------------------------------------
S = ("REBITLUSA", "Rebitagem Lusa, Lda.", "encomendas@rebitagemlusa.example", "pt-PT")
po = PO("4500021831", S, [("RL-M4-AC", "Porca de rebitar M4, aço zincado", 4000, "PC", "0.095", "2026-12-18"),
                          ("RL-M10-INOX", "Porca de rebitar M10, inox A2", 500, "PC", "0.62", "2026-12-18")], issued="2026-11-05")
ans = ("Bom dia Sra. Mara Kovač,\n\nConfirmamos a encomenda 4500021831:\n• Porca M4 aço: 4.000 un. a 95,00 € o milheiro\n"
       "• Porca M10 inox: 500 un. a 0,62 €/un.\nEntrega a 18 de dezembro.\n\nCom os melhores cumprimentos,\nRui Carvalho\n"
       "Rebitagem Lusa, Lda. | NIF 501234567 | Tel. 229 876 543")
html = ("<html><head><meta charset=\"utf-8\"></head><body><div style=\"font-family:Verdana;font-size:10pt\">"
        + ans.replace("\n", "<br>\n") + "</div><br><div>Em 05/11/2026 09:14, Mara Kovač escreveu:</div>"
        "<blockquote type=\"cite\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
        + request_html(po) + "</blockquote></body></html>")
case(52, "per-milheiro-blockquote-pt", "confirmation", "pt-PT",
     "Portuguese HTML reply over a blockquoted PO table restates the M4 price 'a 95,00 € o milheiro' (per thousand) = 0.095/pc.",
     [po], reply(52, po, ("Rui Carvalho", "rui.carvalho@rebitagemlusa.example"), "Wed, 11 Nov 2026 10:15:48 +0000",
                 ALT(ans + quote(po, ">"), html)),
     {po.number: {1: A, 2: A}},
     "95,00 € per thousand = 0.095 € per piece = PO; 18 de dezembro = requested. Both lines accepted.")

# 053 ------------------------------------------------------------------
S = ("RODPLATA", "Rodillos del Plata S.R.L.", "ventas@rodillosdelplata.example", "es-AR")
po = PO("4500021847", S, [("RD-22-LANA", "Rodillo lana sintética 22 cm", 120, "PC", "12.50", "2026-12-11"),
                          ("RD-10-ESP", "Rodillo espuma 10 cm", 40, "PC", "2.35", "2026-12-11")], issued="2026-11-09", cur="USD")
body = ("Hola Mara, ¿cómo va?\n\nTe confirmo la OC 4500021847:\n- Rodillos lana 22 cm: 120 u. a U$S 12,50\n"
        "- Rodillos espuma 10 cm: van 48 u. porque vienen en cajas de 12, a U$S 2,35\n\nSalen de fábrica el viernes 11/12.\n\n"
        "Abrazo,\nMartín Gómez\nRodillos del Plata S.R.L. | CUIT 30-71234567-8\nTel. (011) 4302-5566"
        + quote(po, "gmail", labels="El lun, 9 nov 2026 a las 05:14, Mara Kovač (<mara.kovac@halden-mro.example>) escribió:"))
case(53, "cajas-de-12-ar", "confirmation", "es-AR",
     "Argentine voseo reply: foam rollers rounded to full boxes of 12 (48), prices 'U$S 12,50', ex-works day 'viernes 11/12'.",
     [po], reply(53, po, ("Martín Gómez", "mgomez@rodillosdelplata.example"), "Wed, 18 Nov 2026 17:22:10 -0300", T(body), mstyle=1),
     {po.number: {1: A, 2: ch(48, "2.35", "2026-12-11")}},
     "Ship date 11/12 (day-first, Friday 11 Dec 2026) = requested date. Line 1 as ordered; line 2 quantity 48 instead of 40.")

# 054 ------------------------------------------------------------------
S = ("SOLANDINA", "Soldaduras Andinas SpA", "ventas@soldandinas.example", "es-CL")
po = PO("4500021853", S, [("SA-E6011-3.2", "Electrodo E6011 3,2 mm, caja 5 kg", 30, "BOX", "27.40", "2026-12-15")], issued="2026-11-10", cur="USD")
body = ("Estimada Mara:\n\nAcusamos recibo de su OC N° 4500021853. La estamos revisando con bodega y le confirmaremos plazos y "
        "disponibilidad a la brevedad.\n\nSaludos cordiales,\nCarolina Muñoz\nEjecutiva Comercial\nSoldaduras Andinas SpA | "
        "RUT 76.123.456-7 | +56 2 2345 6789" + quote(po, "outlook", labels=("De", "Enviado el", "Para", "Asunto"),
                                                      sent="martes, 10 de noviembre de 2026 5:14"))
case(54, "acuse-de-recibo-cl", "needs_review", "es-CL",
     "Chilean 'acusamos recibo' reply: receipt only, availability and dates to follow.",
     [po], reply(54, po, ("Carolina Muñoz", "cmunoz@soldandinas.example"), "Thu, 12 Nov 2026 12:02:55 -0300", ALT(body)),
     None, "A human acknowledgement of receipt that commits to nothing -> needs_review.")
