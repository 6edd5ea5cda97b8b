# -*- coding: utf-8 -*-
"""Cases 037-053."""
from .common import *


@case("ua-eyepiece-pack-of-12", "uk-UA", "Ukrainian: Barlow lenses only in packs of 12, so 40 becomes 48; 'до 18 грудня' equals the need-by date.")
def c037():
    s = sup("OPTYKA", "ТОВ «Оптика-Про»", "sales@optyka-pro.example", "uk-UA")
    p = po("4500031680", s, "2026-11-05", "USD", [
        ("TE-BAR-2X", "Telescope Barlow lens 2x, 1.25\"", 40, "EA", "24.00", "2026-12-18"),
        ("TE-KEL-20", "Telescope eyepiece Kellner 20 mm", 30, "EA", "15.50", "2026-12-18")], buyer=1)
    t = ("Добрий день, Йонасе!\n\nДякуємо за замовлення № 4500031680.\n"
         "Поз. 1: лінзи Барлоу постачаються лише упаковками по 12 шт., тому відвантажимо 4 упаковки = 48 шт. за ціною 24,00 USD/шт.\n"
         "Поз. 2: 30 шт. Kellner 20 мм по 15,50 USD — без змін.\nОбидві позиції доставимо до 18 грудня.\n\n"
         "З повагою,\nОксана Мельник\nТОВ «Оптика-Про», Київ | ЄДРПОУ 41234567 | +380 44 123 45 67\n")
    m = reply(p, ALT(T(t, "koi8-u", "quoted-printable"), H(text2html(t), "utf-8")), when(2026, 11, 10, 12, 0, 2), frm=("Оксана Мельник", s["email"]))
    return [p], m, expected("confirmation", "Line 1 rounded to packs of 12: 48 pcs, price and date unchanged. Line 2 as ordered. 'до 18 грудня' = by 2026-12-18.",
                            conf(p, {1: C(q=48), 2: A}))


@case("kr-nibs-euckr-shipdate-price", "ko-KR", "EUC-KR Korean: line 2 price up for raw material and a 2027년 1월 8일 출고 (ship) date.")
def c038():
    s = sup("HANPEN", "한펜촉 주식회사", "sales@hanpen.example", "ko-KR")
    p = po("4500031692", s, "2026-11-04", "USD", [
        ("FP-NIB-ST-F", "Fountain pen nib steel F, silver", 3000, "PC", "0.48", "2026-12-21"),
        ("FP-NIB-TI-M", "Fountain pen nib titanium M", 400, "PC", "2.10", "2026-12-21")], buyer=2)
    t = ("Priya Natarajan 님께,\n\n발주서 4500031692 관련하여 아래와 같이 확인드립니다.\n\n"
         "1. FP-NIB-ST-F : 3,000개, 단가 USD 0.48, 납기 2026년 12월 21일 - 발주서대로 진행\n"
         "2. FP-NIB-TI-M : 400개, 원자재(티타늄) 가격 인상으로 단가 USD 2.25, 2027년 1월 8일 출고 예정\n\n"
         "감사합니다.\n\n김지훈 과장 | 한펜촉 주식회사 해외영업팀\nTel. 02-2631-4455 | 사업자등록번호 123-45-67890\n")
    m = reply(p, T(t, "euc-kr", "base64"), when(2026, 11, 6, 17, 40, 9), frm=("김지훈", s["email"]))
    return [p], m, expected("confirmation", "Line 1 as ordered ('3,000' = 3000). Line 2 price 2.10 -> 2.25 and, only a ship date being given, date 2027-01-08.",
                            conf(p, {1: A, 2: C(p="2.25", d="2027-01-08")}))


@case("vn-incubator-vnd-split", "vi-VN", "Vietnamese with dot thousands in VND (4.850.000 đ): 8 incubators on 15/12, remaining 4 on 05/01/2027.")
def c039():
    s = sup("APTRUNG", "Công ty TNHH Máy Ấp Trứng Minh Phát", "kinhdoanh@maypminhphat.example", "vi-VN")
    p = po("4500031701", s, "2026-11-06", "VND", [
        ("EI-100-AUTO", "Egg incubator 100 eggs, automatic", 12, "EA", "4850000", "2026-12-15"),
        ("EI-CANDLE", "Egg candling lamp LED", 12, "EA", "185000", "2026-12-15")])
    t = ("Kính gửi chị Dana,\n\nCông ty Minh Phát xác nhận đơn hàng 4500031701 như sau:\n"
         "- Máy ấp trứng 100 quả: hiện chỉ còn 8 cái trong kho, giao ngày 15/12/2026; 4 cái còn lại giao ngày 05/01/2027. Đơn giá 4.850.000 đ/cái.\n"
         "- Đèn soi trứng LED: 12 cái, đơn giá 185.000 đ, giao ngày 15/12/2026.\n\n"
         "Trân trọng,\nNguyễn Thị Hoa\nPhòng Kinh doanh – Công ty TNHH Máy Ấp Trứng Minh Phát\nĐT: 028 3822 1199 | MST 0312345678\n")
    m = reply(p, T(t + gmail_quote(p, "Vào Th 6, 6 thg 11, 2026 vào lúc 15:12 Dana Ruiz <dana.ruiz@halvard-trading.example> đã viết:"), "utf-8", "base64"),
              when(2026, 11, 9, 10, 30, 7), prefix="Re: ")
    return [p], m, expected("confirmation", "Line 1 full 12 pcs split 8 on 2026-12-15 and 4 on 2027-01-05 (dd/mm), price unchanged. Line 2 as ordered.",
                            conf(p, {1: C(sched=[(8, "2026-12-15"), (4, "2027-01-05")]), 2: A}))


@case("id-clubs-price-checking", "id-ID", "Indonesian 'noted, price still being checked with the factory, we will inform tomorrow' over a quoted PO; nothing confirmed.")
def c040():
    s = sup("JUGGLINDO", "PT Juggling Indonesia Sejahtera", "sales@jugglindo.example", "id-ID")
    p = po("4500031709", s, "2026-11-09", "USD", [
        ("JC-LED-50", "Juggling club LED, rechargeable", 24, "PC", "31.00", "2027-01-18"),
        ("JC-WOOD-48", "Juggling club wooden, classic", 60, "PC", "7.25", "2027-01-18")])
    t = ("Selamat siang Ibu Dana,\n\nPO 4500031709 sudah kami terima, terima kasih.\n"
         "Untuk harga klub LED masih kami cek ke pabrik karena ada kenaikan harga baterai, dan jadwal produksi klub kayu juga belum keluar. "
         "Besok kami kabari konfirmasinya.\n\nSalam,\nDewi Kartika\nPT Juggling Indonesia Sejahtera | Jl. Raya Bogor Km 28, Jakarta Timur | +62 21 8712 3344\n")
    m = reply(p, T(t + outlook_quote(p), "utf-8", "quoted-printable"), when(2026, 11, 10, 13, 15, 7))
    return [p], m, expected("needs_review", "Receipt plus 'besok kami kabari' (we'll tell you tomorrow); neither price nor schedule is committed.")


@case("my-gamelan-mallets-next-tuesday", "ms-MY", "Malay reply: ready stock, 'boleh hantar Selasa depan' from Wednesday 18 Nov = 2026-11-24, well before the need-by date.")
def c041():
    s = sup("GAMELAN", "Gamelan Craft Sdn. Bhd.", "jualan@gamelancraft.example", "ms-MY")
    p = po("4500031712", s, "2026-11-13", "MYR", [
        ("GM-GAM-PR", "Gong mallet gamelan, padded, pair", 40, "PR", "58.00", "2026-12-08")], buyer=1)
    t = ("Salam Encik Jonas,\n\nTerima kasih atas PO 4500031712. Kami sahkan 40 pasang pemukul gong pada harga RM58.00 sepasang.\n"
         "Barang ready stock, boleh hantar Selasa depan.\n\nTerima kasih,\nNurul Aina\nGamelan Craft Sdn. Bhd. (123456-K) | 03-7781 2200\n")
    m = reply(p, T(t, "utf-8", "7bit"), when(2026, 11, 18, 10, 2, 8), prefix="RE: ")
    return [p], m, expected("confirmation", "Qty and price as ordered; 'Selasa depan' (next Tuesday) from Wed 2026-11-18 = 2026-11-24, earlier than 2026-12-08 -> changed date.",
                            conf(p, {1: C(d="2026-11-24")}))


@case("ph-ladders-wrong-thread", "tl-PH", "Taglish reply sent in the thread of one PO but it confirms the OTHER open PO by number and items; the threaded PO stays unanswered.")
def c042():
    s = sup("HAGDAN", "Hagdanan Rope Works Inc.", "sales@hagdanan.example", "tl-PH")
    p1 = po("4500031698", s, "2026-11-03", "USD", [
        ("RL-2M-BAM", "Rope ladder 2 m, bamboo rungs", 50, "EA", "11.40", "2026-12-14")], buyer=2)
    p2 = po("4500031714", s, "2026-11-10", "USD", [
        ("RL-4M-HWD", "Rope ladder 4 m, hardwood rungs", 40, "EA", "19.80", "2027-01-11"),
        ("RL-HOOK-SS", "Rope ladder hook set, stainless", 40, "SET", "4.60", "2027-01-11")], buyer=2)
    t = ("Hi Ma'am Priya,\n\nGood day po! Confirmed po yung PO 4500031714 natin:\n"
         "- 40 pcs rope ladder 4m hardwood @ $19.80 - ok po\n- 40 sets hooks SS @ $4.60 - ok din po\n"
         "Delivery po Jan 11, 2027 as requested.\n\nThank you po!\n\nJoy Santos\nHagdanan Rope Works Inc. | Mandaue City, Cebu | +63 32 345 6789\n")
    m = reply(p1, T(t, "utf-8", "7bit"), when(2026, 11, 12, 14, 5, 8), prefix="RE: ")
    return [p1, p2], m, expected("confirmation", "Threaded on PO 4500031698's request, but the body names 4500031714 and its items (4 m ladders, hooks); that PO is fully accepted. PO ...698 is not answered, so it is left out.",
                                 conf(p2, {1: A, 2: A}))


@case("cn-quartz-gbk-mixed", "zh-CN", "GBK Simplified Chinese table: one line as ordered, one discontinued (停产), one rounded to full cartons of 50; '发货' (ship) dates only.")
def c043():
    s = sup("DONGHAI", "东海县晶源水晶制品有限公司", "sales@jingyuan-crystal.example", "zh-CN")
    p = po("4500031725", s, "2026-11-05", "USD", [
        ("QZ-SPH-50", "Quartz crystal sphere 50 mm, clear", 100, "PC", "6.80", "2026-12-25"),
        ("QZ-WAND-SM", "Smoky quartz wand 10 cm", 80, "PC", "4.20", "2026-12-25"),
        ("QZ-BEAD-8", "Quartz crystal bead 8 mm, strand", 420, "PC", "0.95", "2026-12-25")])
    t = ("Dana 您好！\n\n贵司订单 4500031725 确认如下：\n"
         "1. QZ-SPH-50 透明水晶球 50mm，100 个，单价 USD 6.80，2026年12月25日前发货。\n"
         "2. QZ-WAND-SM 茶晶权杖 —— 此款已停产，无法供货，抱歉。\n"
         "3. QZ-BEAD-8 水晶珠 8mm，按整箱（50条/箱）发货，数量调整为 450 条，单价 USD 0.95，2026年12月25日前发货。\n\n"
         "谢谢！\n王丽 | 东海县晶源水晶制品有限公司 | 电话 0518-8722 1133 | 微信 wangli_crystal\n")
    m = reply(p, T(t, "gbk", "base64"), when(2026, 11, 9, 11, 11, 8), frm=("王丽", s["email"]))
    return [p], m, expected("confirmation", "Line 1 as ordered (ship by 2026-12-25 = need-by). Line 2 停产 (discontinued) -> rejected. Line 3 rounded up to 450 (9 cartons of 50), price/date unchanged.",
                            conf(p, {1: A, 2: R, 3: C(q=450)}))


@case("il-hebrew-ooo", "he-IL", "Hebrew out-of-office in windows-1255 (RTL) mentioning a return date after the holiday and a mobile number.")
def c044():
    s = sup("NIVSTRINGS", "ניב מיתרים בע\"מ", "orders@nivstrings.example", "he-IL")
    p = po("4500031733", s, "2026-11-15", "USD", [
        ("SS-SYM-SET", "Sitar sympathetic string set", 60, "SET", "12.30", "2026-12-22")])
    t = ("שלום,\n\nאני מחוץ למשרד עד יום ראשון 22.11.2026 ואין לי גישה לדואר אלקטרוני.\n"
         "בעניינים דחופים ניתן לפנות למשרד בטלפון 03-5123456.\n\nתודה,\nיעל לוי\n\n"
         "I am out of the office until Sunday 22.11.2026 with no access to e-mail.\n")
    m = reply(p, T(t, "windows-1255", "quoted-printable"), when(2026, 11, 15, 9, 14, 2), subject="תשובה אוטומטית: " + req_subject(p),
              frm=("יעל לוי", s["email"]), extra=["Auto-Submitted: auto-replied"])
    return [p], m, expected("auto_reply", "Out-of-office until 22.11.2026; says nothing about the order.")


@case("eg-fanous-glass-arabic-digits", "ar-EG", "Arabic with Eastern Arabic digits and the Arabic decimal separator (٣٫٧٥); line 2 moved to ١٠ يناير ٢٠٢٧.")
def c045():
    s = sup("FANOUS", "شركة الفانوس للزجاج", "sales@fanous-glass.example", "ar-EG")
    p = po("4500031740", s, "2026-11-04", "USD", [
        ("LG-FAN-COL", "Lantern glass panel, coloured, fanous style", 100, "PC", "3.75", "2026-12-20"),
        ("LG-FAN-ETCH", "Lantern glass panel, etched", 60, "PC", "5.10", "2026-12-20")])
    t = ("السيدة/ دانا رويز المحترمة\n\nتحية طيبة وبعد،\n\nنؤكد لكم أمر الشراء رقم 4500031740 كالتالي:\n"
         "البند ١: ١٠٠ قطعة زجاج ملون بسعر ٣٫٧٥ دولار للقطعة، التسليم ٢٠ ديسمبر ٢٠٢٦.\n"
         "البند ٢: ٦٠ قطعة زجاج محفور بسعر ٥٫١٠ دولار للقطعة، التسليم ١٠ يناير ٢٠٢٧ بسبب ضغط الإنتاج.\n\n"
         "وتفضلوا بقبول فائق الاحترام،\nأحمد عبد الرحمن\nشركة الفانوس للزجاج – القاهرة، شارع المعز ٤٥\nهاتف: ٠١٠٠١٢٣٤٥٦٧\n")
    m = reply(p, ALT(T(t, "utf-8", "base64"), H("<div dir=\"rtl\">" + text2html(t) + "</div>", "utf-8", "base64")), when(2026, 11, 8, 12, 45, 2), frm=("أحمد عبد الرحمن", s["email"]))
    return [p], m, expected("confirmation", "Line 1 as ordered (١٠٠, ٣٫٧٥, 20 Dec 2026). Line 2 qty/price as ordered, delivery 10 Jan 2027 -> changed.",
                            conf(p, {1: A, 2: C(d="2027-01-10")}))


@case("za-o365-ndr-access-denied", "en-ZA", "Exchange Online style NDR ('Undeliverable:') with HTML explanation, DSN 5.4.1 and the original request attached.")
def c046():
    s = sup("KAROO", "Karoo Canoe Supplies (Pty) Ltd", "orders@karoocanoe.example", "en-ZA")
    p = po("4500031748", s, "2026-11-12", "ZAR", [
        ("CP-KAY-220", "Kayak/canoe paddle aluminium 220 cm", 40, "EA", "485.00", "2027-01-22")])
    html = ("<p><b><font color=\"#000066\">Your message to orders@karoocanoe.example couldn't be delivered.</font></b></p>"
            "<p>Access denied. The recipient's organisation doesn't accept mail from your domain.</p>"
            "<p><b>Remote server returned</b> '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [JNAP275MB0511.ZAFP275.PROD.OUTLOOK.COM]'</p>"
            "<p>Original message headers: see attachment.</p>")
    txt = ("Delivery has failed to these recipients or groups:\n\norders@karoocanoe.example\n"
           "Access denied. The recipient's organisation doesn't accept mail from your domain.\n\n"
           "Remote server returned '550 5.4.1 Recipient address rejected: Access denied.'\n")
    body = Multi("report", [ALT(T(txt, "us-ascii", "7bit"), H(html, "us-ascii", "7bit")),
                            dsn("JNAP275MB0511.ZAFP275.PROD.OUTLOOK.COM", "orders@karoocanoe.example", "failed", "5.4.1",
                                "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)", when(2026, 11, 12, 9, 12, 1),
                                remote_mta="karoocanoe-example.mail.protection.outlook.com"),
                            rfc822_part(our_request_eml(p))], "; report-type=delivery-status")
    m = eml(body, frm=("Microsoft Outlook", "postmaster@karoocanoe.onmicrosoft.example"), to=(p["buyer"]["name"], p["buyer"]["email"]),
            subject="Undeliverable: " + req_subject(p), date=when(2026, 11, 12, 10, 13, 2), reply_to=p["request_message_id"],
            extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "])
    return [p], m, expected("bounce", "Non-delivery report (550 5.4.1) threaded on our request; the PO data in the attachment is our own mail.")


@case("za-afr-account-on-hold", "af-ZA", "Afrikaans: the order will only be confirmed once an overdue account is settled; no line is committed.")
def c047():
    s = sup("TOUWERK", "Touwerk Boland (Edms) Bpk", "bestellings@touwerkboland.example", "af-ZA")
    p = po("4500031756", s, "2026-11-10", "ZAR", [
        ("RL-6M-NYL", "Rope ladder 6 m, nylon, wooden rungs", 12, "EA", "1240.00", "2027-01-15")], buyer=1)
    t = ("Goeie middag Jonas\n\nDankie vir bestelling 4500031756.\n"
         "Ongelukkig is julle rekening tans op hou weens die agterstallige faktuur IN-77812 (R 14 880,00, 60 dae uitstaande). "
         "Ons kan die bestelling eers bevestig sodra die bedrag vereffen is. Stuur asseblief die betalingsbewys aan rekeninge@touwerkboland.example.\n\n"
         "Vriendelike groete\nElsabé van der Merwe\nTouwerk Boland (Edms) Bpk | Paarl | 021 872 4410\n")
    m = reply(p, T(t, "iso-8859-1"), when(2026, 11, 13, 14, 20, 2))
    return [p], m, expected("needs_review", "Account on hold: confirmation only after payment of another invoice. The amounts/dates belong to invoice IN-77812, not to the PO line.")


@case("ng-stamps-balance-later", "en-NG", "Nigerian English: 'we can supply 200 pcs Friday 11th December, balance 100 pcs on or before 15th January 2027'; naira with ₦ and commas.")
def c048():
    s = sup("SEALCRAFT", "Sealcraft Nigeria Ltd", "sales@sealcraft.example", "en-NG")
    p = po("4500031761", s, "2026-11-06", "NGN", [
        ("IS-PRE-INK", "Pre-inked office ink stamp, custom", 300, "PC", "4500.00", "2026-12-11"),
        ("IS-REFILL", "Stamp ink refill 28 ml, blue", 150, "PC", "1200.00", "2026-12-11")], buyer=2)
    t = ("Dear Priya,\n\nGreetings from Sealcraft.\n\nWith reference to your PO No. 4500031761, kindly note as follows:\n\n"
         "1. Pre-inked stamps: we can supply 200 pcs on Friday 11th December. Balance 100 pcs will be supplied on or before 15th January 2027. Unit price remains ₦4,500.00.\n"
         "2. Ink refill 28ml: 150 pcs @ ₦1,200.00 on Friday 11th December.\n\n"
         "Thank you for your continued patronage.\n\nYours faithfully,\nChukwuemeka Obi\nSales Manager, Sealcraft Nigeria Ltd\n"
         "Plot 14, Ikeja Industrial Estate, Lagos | 0803 456 7890 | RC 845123\n")
    m = reply(p, ALT(T(t, "utf-8", "quoted-printable"), H(text2html(t))), when(2026, 11, 9, 11, 0, 1))
    return [p], m, expected("confirmation", "Line 1 full 300 split: 200 on 2026-12-11 and 100 'on or before' 2027-01-15 (that date is the commitment). Line 2 as ordered.",
                            conf(p, {1: C(sched=[(200, "2026-12-11"), (100, "2027-01-15")]), 2: A}))


@case("au-shipping-notice-other-order", "en-AU", "Australian dispatch notification for an older order with tracking and ETA; the open PO is not mentioned.")
def c049():
    s = sup("BILLABONG", "Billabong Paddle Co Pty Ltd", "dispatch@billabongpaddle.example", "en-AU")
    p = po("4500031774", s, "2026-11-09", "AUD", [
        ("CP-CARB-140", "Canoe paddle carbon, 140 cm", 20, "EA", "212.00", "2027-01-25")])
    t = ("G'day,\n\nGood news - your order has been dispatched!\n\nYour PO: 4500029544\nOur ref: SO-88412\n"
         "Carrier: StarTrack Express, 2 cartons, 18.4 kg\nConsignment: ST4500294411\nEstimated delivery: 17/11/2026\n\n"
         "Track it here: https://billabongpaddle.example/track/ST4500294411\n\nCheers,\nBillabong Paddle Co Dispatch Team\nABN 51 824 753 556\n")
    m = eml(ALT(T(t, "us-ascii", "7bit"), H(text2html(t), "us-ascii", "7bit")), frm=("Billabong Paddle Co", s["email"].replace("dispatch", "noreply")),
            to=(p["buyer"]["name"], p["buyer"]["email"]), subject="Your order SO-88412 has been dispatched", date=when(2026, 11, 16, 15, 3, 11))
    return [p], m, expected("unrelated", "Shipping notice for PO 4500029544 (an earlier order), not an answer about PO 4500031774.")


@case("nz-paddles-terse-closure-signature", "en-NZ", "Kiwi one-liner 'All good, cheers. With you 18/12' over a signature full of holiday-closure dates.")
def c050():
    s = sup("WAKA", "Waka Paddles Ltd", "sales@wakapaddles.example", "en-NZ")
    p = po("4500031782", s, "2026-11-10", "NZD", [
        ("CP-WAKA-180", "Outrigger canoe paddle, 180 cm, laminated", 16, "EA", "265.00", "2026-12-15")])
    t = ("All good, cheers. Paddles will be with you 18/12.\n\nTama\n\n--\nTama Ngata | Waka Paddles Ltd\n"
         "Our workshop closes 24/12 and reopens 11/01/2027. Orders after 16/12 ship in the new year.\n"
         "Ph 09 445 2210 | 0274 123 456 | GST 112-345-678\n")
    m = reply(p, T(t + gmail_quote(p), "us-ascii", "7bit"), when(2026, 11, 11, 8, 5, 13), prefix="Re: ")
    return [p], m, expected("confirmation", "Qty and price as ordered (All good); delivery 18/12 (day-first, no year -> 2026-12-18) instead of 15/12. Signature dates are closure notices.",
                            conf(p, {1: C(d="2026-12-18")}))


@case("ie-frets-discontinued-alternative", "en-IE", "Irish HTML reply with blockquote: line 2 discontinued, an alternative is only offered (not confirmed) -> rejected; line 1 accepted.")
def c051():
    s = sup("CLADACH", "Cladach Instrument Supplies Ltd", "orders@cladach.example", "en-IE")
    p = po("4500031790", s, "2026-11-09", "EUR", [
        ("MF-EVO-18", "Mandolin fret wire EVO gold 1.8 mm", 200, "M", "3.40", "2026-12-16"),
        ("MF-SS-PRE", "Mandolin fret set stainless, pre-radiused", 25, "SET", "22.00", "2026-12-16")], buyer=1)
    body_html = ("<div>Hi Jonas,</div><div><br></div><div>Thanks for the order. The EVO wire (line 1) is fine: 200 m at €3.40, "
                 "with you on 16/12.</div><div><br></div><div>Line 2, the pre-radiused stainless sets, has been discontinued by the maker "
                 "and we can't supply it, sorry. We could offer the un-radiused version MF-SS-STR at €19.50/set instead - let me know if you'd like that "
                 "and I'll send a revised confirmation.</div><div><br></div><div>Kind regards,<br>Siobhán Murphy<br>Cladach Instrument Supplies Ltd "
                 "| Unit 4, Galway Business Park | +353 91 555 0123 | VAT IE 6388047V</div><br>"
                 f"<div class=\"gmail_quote\">On Mon, 9 Nov 2026 at 08:12, Jonas Berglund &lt;{p['buyer']['email']}&gt; wrote:<br>"
                 f"<blockquote type=\"cite\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">{request_html(p)}</blockquote></div>")
    m = reply(p, H(body_html, "utf-8", "quoted-printable"), when(2026, 11, 10, 11, 40, 0), prefix="Re: ")
    return [p], m, expected("confirmation", "HTML-only. Line 1 as ordered. Line 2 discontinued; the alternative is an offer awaiting our decision, so line 2 is rejected.",
                            conf(p, {1: A, 2: R}))


@case("sg-noted-will-revert", "en-SG", "Singapore 'Noted with thanks, will revert with OC by next week' top-posted over the full PO table.")
def c052():
    s = sup("LIONOPTIC", "Lion City Optics Pte. Ltd.", "sales@lioncityoptics.example", "en-SG")
    p = po("4500031803", s, "2026-11-12", "SGD", [
        ("TE-ORT-6", "Telescope eyepiece orthoscopic 6 mm", 20, "EA", "78.00", "2027-01-08"),
        ("TE-ZOOM-8-24", "Telescope zoom eyepiece 8-24 mm", 10, "EA", "145.00", "2027-01-08")], buyer=2)
    t = ("Hi Priya,\n\nNoted with thanks. Will check with our principal in Japan and revert with OC by next week.\n\n"
         "Best regards,\nKelvin Tan\nLion City Optics Pte. Ltd. | UEN 201234567K | +65 6345 1122\n" + outlook_quote(p))
    m = reply(p, T(t, "utf-8", "quoted-printable"), when(2026, 11, 13, 9, 40, 8))
    return [p], m, expected("needs_review", "Acknowledgement with a promise to revert next week; the PO values appear only in our quoted mail.")


@case("mt-flags-maltese-tuesday", "mt-MT", "Maltese reply with a new unit price and delivery 'it-Tlieta 8 ta' Diċembru' (a weekday-named date, 2026-12-08).")
def c053():
    s = sup("BANDALORI", "Bandalori Marine Supplies Ltd", "ordnijiet@bandalori.example", "mt-MT")
    p = po("4500031811", s, "2026-11-06", "EUR", [
        ("NF-MT-ENS", "Nautical flag Malta ensign 90x135 cm", 40, "PC", "2.95", "2026-12-11")])
    t = ("Għażiż Dana,\n\nNikkonfermaw l-ordni 4500031811 għal 40 bandiera.\n"
         "Il-prezz ġdid tagħna huwa EUR 3.10 kull waħda minħabba ż-żieda fl-ispiża tad-drapp.\n"
         "Il-kunsinna ssir it-Tlieta 8 ta' Diċembru.\n\nSaħħa,\nJoseph Camilleri\nBandalori Marine Supplies Ltd | Marsa | +356 2122 3344 | VAT MT12345678\n")
    m = reply(p, T(t, "iso-8859-3"), when(2026, 11, 10, 10, 0, 1))
    return [p], m, expected("confirmation", "40 pcs confirmed at €3.10 (was 2.95) with delivery Tuesday 8 December (no year -> 2026-12-08).",
                            conf(p, {1: C(p="3.10", d="2026-12-08")}))
