from .common import *


# 037 ------------------------------------------------------------------
@case("saw-chains-gb2312-foxmail-split", "confirmation", "zh-CN",
      "Simplified Chinese Foxmail reply (GB2312/base64): line 1 split into two shipments with dates without year crossing into 2027.")
def c037():
    s = sup("YKC", "Yongkang Chain Co., Ltd.", "sales@ykchain.example", "zh-CN")
    p = po("4500032339", s, "USD", "2026-11-06", [
        ("SC-325-64", "Saw chain .325 in, 1.3 mm, 64 drive links", 500, "EA", "6.80", "2026-12-18"),
        ("SC-38LP-52", "Saw chain 3/8 LP, 1.1 mm, 52 drive links", 300, "EA", "5.90", "2026-12-18"),
    ])
    t = ("Mira 您好！\n\n订单 4500032339 已收到，确认如下：\n\n"
         "1. SC-325-64 链条 500条，单价 USD 6.80。因库存不足，先发300条，12月10日出货；余下200条1月15日出货。\n"
         "2. SC-38LP-52 链条 300条，单价 USD 5.90，12月10日出货。\n\n"
         "如有问题请随时联系。\n\n祝好\n王丽\n永康链条有限公司 外贸部\n电话：0579-8712 3456  手机/微信：138 0579 1234\n\n"
         "------------------ 原始邮件 ------------------\n"
         "发件人: \"Mira Okafor\"<mira.okafor@kestrel-buy.example>;\n发送时间: 2026年11月6日(星期五) 下午5:12\n"
         "收件人: \"sales\"<sales@ykchain.example>;\n" f"主题: {req_subject(p)}\n\n" + req_text(p) + "\n")
    irt, refs = reply_to(p)
    eml = mail(("王丽", "wangli@ykchain.example"), buyer(p), "回复：" + req_subject(p),
               rfcdate("2026-11-09 10:31", "+0800"), "<tencent_5E2A1B3C4D5F6A7B8C9D0E1F@qq.example>",
               text(t, cs="gb2312", cte="base64"), irt, refs, name_cs="gb2312", subj_cs="gb2312",
               extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    exp = expect_conf([(p, {1: chg(p, 1, schedule=[(300, "2026-12-10"), (200, "2027-01-15")]),
                             2: chg(p, 2, date="2026-12-10")})],
                      "Ship dates (出货) without year: 12月10日 = 2026-12-10, 1月15日 = next 15 Jan = 2027-01-15. Line 1 split 300 + 200 "
                      "(total 500, last 2027-01-15); line 2 ships 2026-12-10. Prices unchanged.")
    return [p], eml, exp


# 038 ------------------------------------------------------------------
@case("trolley-wheels-vietnamese-dong", "confirmation", "vi-VN",
      "Vietnamese reply with dong prices using dot thousands (172.000 ₫) and day-first dates; line 2 dearer and later.")
def c038():
    s = sup("BXSG", "Saigon Trolley Wheel Co., Ltd.", "kinhdoanh@banhxesaigon.example", "vi-VN")
    p = po("4500032346", s, "VND", "2026-11-06", [
        ("TW-100-RB", "Trolley wheel 100 mm, rubber, swivel plate", 600, "EA", "125000.00", "2026-12-21"),
        ("TW-150-RB", "Trolley wheel 150 mm, rubber, fixed plate", 300, "EA", "168000.00", "2026-12-21"),
    ], buyer="priya")
    t = ("Kính gửi chị Priya,\n\nCông ty chúng tôi xin xác nhận đơn hàng số 4500032346 như sau:\n\n"
         "- Bánh xe 100 mm (TW-100-RB): 600 cái, đơn giá 125.000 ₫, giao hàng ngày 21/12/2026.\n"
         "- Bánh xe 150 mm (TW-150-RB): 300 cái, đơn giá 172.000 ₫ (do giá cao su tăng), giao hàng ngày 28/12/2026.\n\n"
         "Đơn giá chưa bao gồm VAT 10%.\n\nTrân trọng,\nNguyễn Thị Hương\nPhòng Kinh doanh\n"
         "Công ty TNHH Bánh Xe Đẩy Sài Gòn\nĐT: (028) 3812 3456 - MST: 0312345678\n")
    irt, refs = reply_to(p)
    eml = mail(("Nguyễn Thị Hương", "huong.nt@banhxesaigon.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-10 09:15", "+0700"), "<SG2PR04MB3456A7B8C9D0E1F2@SG2PR04MB3456.apcprd04.prod.outlook.com>",
               alt(text(t), html("<div>" + esc(t).replace("\n", "<br>") + "</div>")), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, price="172000.00", date="2026-12-28")})],
                      "125.000 ₫ = 125000 (dot = thousands). Line 2: 172.000 ₫ instead of 168000 and delivery 28/12/2026. "
                      "The VAT remark does not change the net price.")
    return [p], eml, exp


# 039 ------------------------------------------------------------------
@case("wire-brushes-indonesian-3-weeks", "confirmation", "id-ID",
      "Indonesian reply with rupiah dot-thousands and a relative date: shipment 'dalam 3 minggu dari hari ini' counted from the Date header.")
def c039():
    s = sup("SJA", "CV Sikat Jaya Abadi", "penjualan@sikatjaya.example", "id-ID")
    p = po("4500032352", s, "IDR", "2026-11-16", [
        ("WB-CS-4R", "Wire brush carbon steel, 4 rows, wooden handle", 1000, "EA", "18500.00", "2026-12-18"),
        ("WB-WHL-100", "Wheel wire brush 100 mm, stainless, for angle grinder", 400, "EA", "45000.00", "2026-12-18"),
    ], buyer="jonas")
    t = ("Selamat siang Pak Jonas,\n\nTerima kasih atas PO 4500032352. Dengan ini kami konfirmasi:\n"
         "1. Sikat kawat baja 4 baris: 1.000 pcs @ Rp 18.500\n"
         "2. Sikat roda stainless 100 mm: 400 pcs @ Rp 45.000\n\n"
         "Pengiriman dalam 3 minggu dari hari ini (barang sedang diproduksi).\n\n"
         "Hormat kami,\nDewi Lestari\nCV Sikat Jaya Abadi\nJl. Raya Industri No. 88, Sidoarjo\nTelp. (031) 891 2345 / WA 0812 3456 7890\n\n")
    intro = "Pada tanggal Sen, 16 Nov 2026 pukul 16.12 Jonas Feld <jonas.feld@kestrel-buy.example> menulis:"
    irt, refs = reply_to(p)
    eml = mail(("Dewi Lestari", "dewi@sikatjaya.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-20 11:45", "+0700"), "<CAN2mB7q+Xy3vLk9RtP5wQz@mail.gmail.com>",
               text(t + q_gmail(p, intro)), irt, refs)
    d = plus("2026-11-20", 21)
    exp = expect_conf([(p, {1: chg(p, 1, date=d), 2: chg(p, 2, date=d)})],
                      f"Quantities and prices as ordered (1.000 = 1000, Rp 18.500 = 18500). '3 minggu dari hari ini' from the "
                      f"mail date Fri 2026-11-20 = {d}, earlier than the requested 2026-12-18.")
    return [p], eml, exp


# 040 ------------------------------------------------------------------
@case("awning-fabric-ooo-malay", "auto_reply", "ms-MY",
      "Bilingual Malay/English out-of-office ('Saya sedang bercuti') with return date and colleague contact.")
def c040():
    s = sup("KTM", "Kain Teduh Malaysia Sdn. Bhd.", "jualan@kainteduh.example", "ms-MY")
    p = po("4500032358", s, "MYR", "2026-11-12", [
        ("AWF-PE-200", "Awning fabric HDPE shade cloth 200 g/m2, beige, 3 m wide", 500, "M", "11.20", "2027-01-08"),
    ])
    t = ("Terima kasih atas e-mel anda. Saya sedang bercuti dan akan kembali ke pejabat pada 23 November 2026. "
         "Untuk urusan segera, sila hubungi Encik Faizal di faizal@kainteduh.example atau +60 3-5123 4567.\n\n"
         "Thank you for your e-mail. I am on leave and will be back in the office on 23 November 2026. "
         "For urgent matters please contact Mr Faizal at faizal@kainteduh.example or +60 3-5123 4567.\n\n"
         "Nurul Aisyah binti Ahmad\nKain Teduh Malaysia Sdn. Bhd.\n")
    irt, refs = reply_to(p)
    eml = mail(("Nurul Aisyah", "nurul@kainteduh.example"), buyer(p), "Auto: " + req_subject(p),
               rfcdate("2026-11-12 17:13", "+0800"), "<OOO.1731402780.nurul@kainteduh.example>",
               text(t, cte="7bit"), irt, refs,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    exp = expect("auto_reply", "Out-of-office reply in Malay and English; 23 November 2026 is the return date.")
    return [p], eml, exp


# 041 ------------------------------------------------------------------
@case("bolt-cutters-taglish-month-first", "confirmation", "tl-PH",
      "Taglish reply ('Confirm namin po') using US month-first dates (01/08/2027) and a steel-driven price increase on line 2.")
def c041():
    s = sup("TIBAY", "Tibay Hardware Trading Corp.", "sales@tibayhardware.example", "tl-PH")
    p = po("4500032360", s, "USD", "2026-11-11", [
        ("BC-14-MINI", "Bolt cutter 14 in, mini, rubber grips", 120, "EA", "7.40", "2026-12-14"),
        ("BC-30-HD", "Bolt cutter 30 in, heavy duty", 40, "EA", "24.90", "2026-12-14"),
    ], buyer="priya")
    t = ("Hi Ma'am Priya,\n\nGood day po! Confirm namin yung PO 4500032360.\n\n"
         "Yung 14\" mini, 120 pcs @ $7.40, ready for delivery on 12/14/2026.\n"
         "Yung 30\" HD naman, 40 pcs pero $26.50 na po each kasi tumaas yung presyo ng steel, delivery 01/08/2027.\n\n"
         "Salamat po!\n\nJoy Santos\nSales Coordinator\nTibay Hardware Trading Corp.\n"
         "Mobile: 0917 123 4567 | Tel: (02) 8123 4567\n\n")
    intro = "On Wed, Nov 11, 2026 at 5:12 PM Priya Nair <priya.nair@kestrel-buy.example> wrote:"
    irt, refs = reply_to(p)
    eml = mail(("Joy Santos", "joy.santos@tibayhardware.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-12 14:03", "+0800"), "<CAMv5Tq8+Lp2nXk7WzR3yBc@mail.gmail.com>",
               alt(text(t + q_gmail(p, intro)),
                   html("<div dir=\"ltr\">" + esc(t).replace("\n", "<br>") + "</div>" + q_html(p, esc(intro)), wrap=False),
                   tag="000000000000"), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, price="26.50", date="2027-01-08")})],
                      "Philippine business mail uses month-first dates: 12/14/2026 = requested; 01/08/2027 = 8 Jan 2027. "
                      "Line 2 price 26.50 instead of 24.90.")
    return [p], eml, exp


# 042 ------------------------------------------------------------------
@case("coffee-filters-us-ship-vs-deliver", "confirmation", "en-US",
      "US reply with month-first ship date 12/04 and delivery date 12/07 (delivery wins), plus a signature full of numbers (SO #, customer #, phones, ISO 9001:2015).")
def c042():
    s = sup("GLFS", "Great Lakes Filter Supply, Inc.", "orders@glfilter.example", "en-US")
    p = po("4500032371", s, "USD", "2026-11-12", [
        ("CF-12C-BSK", "Basket coffee filter 8-12 cup, white, case of 1000", 40, "BOX", "21.75", "2026-12-08"),
        ("CF-URN-24", "Urn coffee filter 24 x 12 in, case of 500", 25, "BOX", "34.20", "2026-12-08"),
    ])
    t = ("Hi Mira,\n\nConfirmed, both lines ship 12/04 via FedEx Freight, delivery to your dock 12/07. Pricing as per PO.\n\n"
         "Thanks!\n\nBrian Kowalski\nInside Sales | Great Lakes Filter Supply, Inc.\n"
         "1200 W. Industrial Pkwy, Suite 4, Toledo, OH 43612\n"
         "P: (419) 555-0142 x 217 | F: (419) 555-0143 | C: (419) 555-0199\n"
         "Customer # 100482 | Order ack # SO-558213\nISO 9001:2015 Certified | Serving the trade since 1987\n\n"
         "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the sole use of the intended recipient(s) and may "
         "contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited.\n\n")
    irt, refs = reply_to(p)
    eml = mail(("Brian Kowalski", "bkowalski@glfilter.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-13 08:52", "-0500"), "<BN8PR12MB3345F1A2B3C4D5E6@BN8PR12MB3345.namprd12.prod.outlook.com>",
               alt(text(t + q_outlook(p, "Thursday, November 12, 2026 4:12 AM")),
                   html("<div>" + esc(t).replace("\n", "<br>") + "</div><hr>" + req_html(p))), irt, refs)
    exp = expect_conf([(p, {1: chg(p, 1, date="2026-12-07"), 2: chg(p, 2, date="2026-12-07")})],
                      "US month-first, no year: ship 12/04, delivery 12/07 -> the delivery date 2026-12-07 wins (one day before "
                      "the requested 2026-12-08). Quantities/prices as per PO. Signature numbers are noise.")
    return [p], eml, exp


# 043 ------------------------------------------------------------------
@case("dowel-pins-uk-per-thousand", "confirmation", "en-GB",
      "British reply: day-first 04/12/2026 equals the requested date; line 2 re-priced '£17.40 per 1000' against a per-piece PO price.")
def c043():
    s = sup("MDP", "Midland Dowel & Pin Co Ltd", "sales@midlanddowel.example", "en-GB")
    p = po("4500032384", s, "GBP", "2026-11-10", [
        ("DP-4x20-H", "Dowel pin 4 x 20 mm, hardened, ISO 8734", 20000, "PC", "0.0118", "2026-12-04"),
        ("DP-5x30-H", "Dowel pin 5 x 30 mm, hardened, ISO 8734", 15000, "PC", "0.0165", "2026-12-04"),
    ], buyer="jonas")
    t = ("Hi Jonas,\n\nThanks for the order. Line 1 is fine as per your PO. Please note line 2 is now £17.40 per 1000, "
         "as our January price review has been brought forward - apologies. Everything to be delivered 04/12/2026.\n\n"
         "Kind regards,\nSarah Whitfield\nSales Office\nMidland Dowel & Pin Co Ltd\nUnit 7, Tame Valley Ind. Est., "
         "Tamworth B77 5BY\nTel: 01827 123456 | Reg. in England No. 01234567 | VAT GB 123 4567 89\n\n")
    irt, refs = reply_to(p)
    eml = mail(("Sarah Whitfield", "sarah.whitfield@midlanddowel.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-11 15:20", "+0000"), "<LO2P265MB4567ABCDEF012345@LO2P265MB4567.GBRP265.PROD.OUTLOOK.COM>",
               text(t + q_outlook(p, "10 November 2026 09:12"), cs="iso-8859-1"), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, price="0.0174")})],
                      "04/12/2026 is day-first (4 Dec) = requested. Line 2: £17.40 per 1000 = 0.0174 per piece vs 0.0165 -> changed.")
    return [p], eml, exp


# 044 ------------------------------------------------------------------
@case("egg-trays-aussie-fuel-surcharge", "confirmation", "en-AU",
      "Casual Australian reply: a per-unit fuel surcharge of $0.02 on line 1 only, ship date 'Mon 14/12'.")
def c044():
    s = sup("SCPP", "Southern Cross Pulp Products Pty Ltd", "orders@scpulp.example", "en-AU")
    p = po("4500032395", s, "AUD", "2026-11-12", [
        ("ET-30-AU", "Egg tray 30-cell, pulp, natural", 8000, "PC", "0.38", "2026-12-14"),
        ("EC-6-FLAT", "Egg carton 6-cell, flat top, printable", 12000, "PC", "0.29", "2026-12-14"),
    ], buyer="tomas")
    t = ("G'day Tomas,\n\nAll good with the order. Just a heads up there's a fuel surcharge of $0.02 a unit on the trays "
         "(line 1) this month, cartons are unchanged. Both lines going out on the truck Mon 14/12.\n\n"
         "Cheers,\nBrett\n\nBrett Sullivan | Southern Cross Pulp Products\n0412 345 678 | ABN 12 345 678 901\n\n"
         "-----Original Message-----\nFrom: Tomas Lindqvist <tomas.lindqvist@kestrel-buy.example>\n"
         "Sent: Thursday, 12 November 2026 8:12 PM\nTo: orders@scpulp.example\n"
         f"Subject: {req_subject(p)}\n\n" + req_text(p) + "\n")
    irt, refs = reply_to(p)
    eml = mail(("Brett Sullivan", "brett@scpulp.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-13 10:40", "+1100"), "<SY4P282MB1234CDEF5678@SY4P282MB1234.AUSP282.PROD.OUTLOOK.COM>",
               text(t), irt, refs)
    exp = expect_conf([(p, {1: chg(p, 1, price="0.40"), 2: acc(p, 2)})],
                      "Per-unit surcharge $0.02 on line 1 -> 0.38 + 0.02 = 0.40. 'Mon 14/12' (day-first, ship date) = 2026-12-14 "
                      "= requested for both lines.")
    return [p], eml, exp


# 045 ------------------------------------------------------------------
@case("fan-belts-za-dispatch-eta", "confirmation", "en-ZA",
      "South African reply with rand prices in comma decimals, a dispatch date AND an ETA at our warehouse (ETA wins, equals request); one line on the new price list.")
def c045():
    s = sup("HVTS", "Highveld Transmission Supplies (Pty) Ltd", "sales@highveldts.example", "en-ZA")
    p = po("4500032403", s, "ZAR", "2026-11-09", [
        ("FB-A42", "V-belt A42 (Li 1067)", 300, "EA", "48.50", "2026-12-15"),
        ("FB-B60", "V-belt B60 (Li 1524)", 200, "EA", "72.80", "2026-12-15"),
        ("FB-SPB-2000", "Wedge belt SPB 2000", 100, "EA", "131.20", "2026-12-15"),
    ], buyer="priya")
    t = ("Morning Priya\n\nThanks for PO 4500032403, confirmed as follows:\n\n"
         "1. A42 x 300 @ R48,50\n2. B60 x 200 @ R72,80\n3. SPB2000 x 100 @ R136,90 (new price list effective 1 Nov)\n\n"
         "Dispatch Thu 10 Dec via DHL airfreight, ETA your warehouse Tue 15 Dec.\n\n"
         "Regards\nThabo Nkosi\nExport Sales\nHighveld Transmission Supplies (Pty) Ltd\n"
         "Tel +27 11 555 0172 | Cell 082 555 0198 | Reg. 2004/012345/07 | VAT 4123456789\n\n"
         + q_outlook(p, "Monday, 09 November 2026 11:12"))
    irt, refs = reply_to(p)
    eml = mail(("Thabo Nkosi", "thabo@highveldts.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-10 08:05", "+0200"), "<JNAP275MB0987FEDC4321@JNAP275MB0987.ZAFP275.PROD.OUTLOOK.COM>",
               text(t), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, price="136.90")})],
                      "Delivery (ETA Tue 15 Dec = 2026-12-15) wins over the dispatch date 10 Dec and equals the request. "
                      "R48,50 / R72,80 as ordered; line 3 R136,90 vs 131.20 -> changed.")
    return [p], eml, exp


# 046 ------------------------------------------------------------------
@case("glass-jars-prepayment-first", "needs_review", "en-NG",
      "Nigerian supplier acknowledges the PO and attaches a proforma (same qty/price) but requires 70% advance payment before it will confirm a delivery date.")
def c046():
    s = sup("LGW", "Lagos Glassworks Nigeria Ltd", "sales@lagosglassworks.example", "en-NG")
    p = po("4500032418", s, "USD", "2026-11-10", [
        ("GJ-HEX-190", "Hexagonal glass jar 190 ml with gold metal lid", 5000, "EA", "0.42", "2027-01-29"),
    ])
    pdf = make_pdf([
        "#PROFORMA INVOICE PI/LGW/26/118",
        "Lagos Glassworks Nigeria Ltd, Plot 12 Oregun Industrial Estate, Ikeja, Lagos. RC 123456",
        "Customer: Kestrel Procurement Ltd    Your ref: PO 4500032418    Date: 12/11/2026",
        "",
        "Item          Description                         Qty     Unit USD    Amount USD",
        "GJ-HEX-190    Hexagonal jar 190ml, gold lid      5,000      0.42       2,100.00",
        "",
        "Total: USD 2,100.00     Advance payment required (70%): USD 1,470.00",
        "Delivery: to be advised upon receipt of advance payment",
        "Bank: Zenith Bank Plc, USD Dom. Account 5071234567, SWIFT ZEIBNGLA",
    ], title="PI/LGW/26/118")
    t = ("Dear Mira,\n\nCompliments of the season in advance. We acknowledge receipt of your PO 4500032418 and thank you "
         "for your patronage.\n\nKindly note that as a new customer, our policy requires 70% advance payment before "
         "production can be scheduled. Please find attached our Proforma Invoice PI/LGW/26/118 for USD 1,470.00. "
         "Upon receipt of payment we shall revert with the confirmed delivery date.\n\n"
         "Thanks and best regards,\nChinedu Okonkwo\nSales Manager\nLagos Glassworks Nigeria Ltd\n"
         "+234 803 123 4567 | +234 1 271 2345\n")
    irt, refs = reply_to(p)
    eml = mail(("Chinedu Okonkwo", "chinedu.okonkwo@lagosglassworks.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-12 13:30", "+0100"), "<CAP4rNq2+Yx8vKm3LtB7wDs@mail.gmail.com>",
               mixed(text(t), attach(pdf, "application/pdf", "PI-LGW-26-118.pdf")), irt, refs)
    exp = expect("needs_review", "Nothing is committed: production and the delivery date depend on a 70% prepayment; "
                 "the proforma repeats our quantity/price but says delivery 'to be advised'. A buyer must decide on prepayment.")
    return [p], eml, exp


# 047 ------------------------------------------------------------------
@case("hinge-pins-arabic-indic-digits", "confirmation", "ar-EG",
      "Arabic reply written entirely with Arabic-Indic digits (٣٠٬٠٠٠ / ٢٫٥٠ / ٢٠/١٢/٢٠٢٦); line 2 reduced to the available 12,000 pieces.")
def c047():
    s = sup("EHC", "Egyptian Hinge Company", "sales@egyhinge.example", "ar-EG")
    p = po("4500032425", s, "EGP", "2026-11-08", [
        ("HP-3x40-ZN", "Hinge pin 3 x 40 mm, steel, zinc plated", 30000, "PC", "2.50", "2026-12-20"),
        ("HP-5x70-ZN", "Hinge pin 5 x 70 mm, steel, zinc plated", 15000, "PC", "4.20", "2026-12-20"),
    ], buyer="priya")
    t = ("السيدة/ بريا ناير المحترمة،\n\nتحية طيبة وبعد،\n\n"
         "نفيدكم باستلام أمر الشراء رقم 4500032425 ونؤكد التوريد كالتالي:\n\n"
         "١- مسمار مفصلة ٣×٤٠ مم: الكمية ٣٠٬٠٠٠ قطعة، السعر ٢٫٥٠ جنيه للقطعة، التسليم ٢٠/١٢/٢٠٢٦\n"
         "٢- مسمار مفصلة ٥×٧٠ مم: الكمية المتاحة ١٢٬٠٠٠ قطعة فقط، السعر ٤٫٢٠ جنيه للقطعة، التسليم ٢٠/١٢/٢٠٢٦. "
         "أما الكمية المتبقية (٣٬٠٠٠ قطعة) فلا يمكننا توريدها لتوقف خط الإنتاج.\n\n"
         "وتفضلوا بقبول فائق الاحترام،\nأحمد عبد الرحمن\nمدير المبيعات\nالشركة المصرية للمفصلات - المنطقة الصناعية، العاشر من رمضان\n"
         "هاتف: ٠١٠٠١٢٣٤٥٦٧\n")
    irt, refs = reply_to(p)
    h = "<div dir=\"rtl\" style=\"font-family:Arial\">" + esc(t).replace("\n", "<br>") + "</div>"
    eml = mail(("أحمد عبد الرحمن", "a.abdelrahman@egyhinge.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-10 12:10", "+0200"), "<VI1PR09MB4321ABCD9876@VI1PR09MB4321.eurprd09.prod.outlook.com>",
               alt(text(t, cte="base64"), html(h, cte="base64")), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, qty=12000)})],
                      "Arabic-Indic digits with ٬ (thousands) and ٫ (decimal): line 1 30,000 @ 2.50, 20/12/2026 = as ordered. "
                      "Line 2 only 12,000 available (remaining 3,000 cannot be supplied) at 4.20, same date -> quantity 12000.")
    return [p], eml, exp


# 048 ------------------------------------------------------------------
@case("ink-cartridges-newsletter-gulf", "unrelated", "ar-AE",
      "Bilingual English/Arabic White Friday promotional newsletter from the supplier's marketing address, full of prices and dates.")
def c048():
    s = sup("GOS", "Gulf Office Supplies LLC", "orders@gulfofficesupplies.example", "ar-AE")
    p = po("4500032431", s, "AED", "2026-11-09", [
        ("INK-PG545XL", "Ink cartridge Canon PG-545XL, black", 100, "EA", "62.00", "2026-12-10"),
    ])
    t = ("WHITE FRIDAY DEALS | عروض الجمعة البيضاء\n\n"
         "Up to 40% off printer inks and toners - valid until 30/11/2026.\n"
         "خصم حتى ٤٠٪ على الأحبار والتونر - العرض ساري حتى 30/11/2026\n\n"
         "* Canon PG-545XL black - now AED 49.00 (was AED 69.00)\n"
         "* HP 305XL tri-colour - now AED 79.00\n* A4 copy paper 80 g, box of 5 reams - AED 95.00\n\n"
         "Free delivery across the UAE on orders above AED 500.\n\n"
         "Gulf Office Supplies LLC, Al Quoz Industrial Area 3, Dubai | +971 4 123 4567\n"
         "You are receiving this because you are a registered customer. Unsubscribe: https://gulfofficesupplies.example/u?id=8812\n")
    h = ("<table width=\"600\" align=\"center\"><tr><td style=\"background:#111;color:#fff;font-size:24px\">WHITE FRIDAY DEALS"
         "<br><span dir=\"rtl\">عروض الجمعة البيضاء</span></td></tr><tr><td>" + esc(t).replace("\n", "<br>") + "</td></tr></table>")
    eml = mail(("Gulf Office Supplies", "newsletter@gulfofficesupplies.example"), buyer(p),
               "White Friday: up to 40% off inks & toners | عروض الجمعة البيضاء", rfcdate("2026-11-20 06:00", "+0400"),
               "<nl-20261120-8812.a7f3@mailer.gulfofficesupplies.example>", alt(text(t), html(h)),
               extra=[("List-Unsubscribe", "<https://gulfofficesupplies.example/u?id=8812>"), ("Precedence", "bulk"),
                      ("X-Campaign-ID", "WF2026-AE")])
    exp = expect("unrelated", "Marketing newsletter; the PG-545XL promo price is not an answer to PO 4500032431.")
    return [p], eml, exp


# 049 ------------------------------------------------------------------
@case("jumper-cables-hebrew-two-digit-year", "confirmation", "he-IL",
      "Hebrew reply in Windows-1255 with two-digit-year dates (17.12.26) and a stock-limited quantity on line 2.")
def c049():
    s = sup("NGV", "Negev Cables Ltd", "sales@negevcables.example", "he-IL")
    p = po("4500032440", s, "USD", "2026-11-09", [
        ("JC-400-25", "Jumper cables 400 A, 2.5 m, with bag", 300, "SET", "11.60", "2026-12-17"),
        ("JC-1000-6M", "Jumper cables 1000 A, 6.0 m, truck", 50, "SET", "39.00", "2026-12-17"),
    ], buyer="jonas")
    t = ("שלום יונס,\n\nמאשרים את הזמנה 4500032440:\n\n"
         "שורה 1 - 300 סטים, 11.60$ ליחידה, אספקה 17.12.26\n"
         "שורה 2 - ניתן לספק רק 40 סטים (המלאי מוגבל), 39.00$ ליחידה, אספקה 17.12.26\n\n"
         "בברכה,\nמיכל לוי\nכבלי הנגב בעמ | טל' 08-6123456 | נייד 052-1234567\n")
    irt, refs = reply_to(p)
    eml = mail(("מיכל לוי", "michal@negevcables.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-11 10:20", "+0200"), "<AM9PR01MB7788AA11BB22@AM9PR01MB7788.eurprd01.prod.outlook.com>",
               text(t, cs="windows-1255"), irt, refs, name_cs="windows-1255")
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, qty=40)})],
                      "17.12.26 = 2026-12-17 (two-digit year). Line 2 limited to 40 sets instead of 50; price and date unchanged.")
    return [p], eml, exp


# 050 ------------------------------------------------------------------
@case("kitchen-scales-ooo-estonian", "auto_reply", "et-EE",
      "Estonian vacation auto-reply ('Automaatvastus') with return date, colleague phone and an order address.")
def c050():
    s = sup("KJM", "Kaalud ja Mõõdud OÜ", "myyk@kaaludmoodud.example", "et-EE")
    p = po("4500032449", s, "EUR", "2026-11-13", [
        ("KS-POST-30", "Platform scale 30 kg / 10 g, stainless", 25, "EA", "58.00", "2027-01-22"),
        ("KS-KIT-5", "Kitchen scale 5 kg / 1 g, bamboo", 120, "EA", "9.40", "2027-01-22"),
    ])
    t = ("Tere!\n\nOlen puhkusel kuni 23.11.2026. Kiireloomulistes küsimustes palun pöörduge kolleegi poole: "
         "Kadri Tamm, kadri.tamm@kaaludmoodud.example, tel +372 5123 4567.\nTellimused palun saata aadressile "
         "tellimus@kaaludmoodud.example.\n\nParimate soovidega\nMart Kask\nKaalud ja Mõõdud OÜ\n")
    irt, refs = reply_to(p)
    eml = mail(("Mart Kask", "myyk@kaaludmoodud.example"), buyer(p), "Automaatvastus: " + req_subject(p),
               rfcdate("2026-11-13 10:13", "+0200"), "<CAGv-ooo-2026111310130@mail.gmail.com>",
               text(t), irt, refs, extra=[("Auto-Submitted", "auto-replied")])
    exp = expect("auto_reply", "Vacation responder; 23.11.2026 is the end of the absence, nothing about the order.")
    return [p], eml, exp


# 051 ------------------------------------------------------------------
@case("lock-washers-latvian-genitive-dates", "confirmation", "lv-LV",
      "Latvian ISO-8859-13 reply with long-form dates ('2026. gada 17. decembrī') and space-grouped quantities; line 2 one week later.")
def c051():
    s = sup("BST", "SIA Baltijas Stiprinājumi", "pardosana@baltstipr.example", "lv-LV")
    p = po("4500032452", s, "EUR", "2026-11-11", [
        ("LW-M5-A2", "Lock washer M5 DIN 127 B, stainless A2", 10000, "PC", "0.018", "2026-12-10"),
        ("LW-M20-127", "Lock washer M20 DIN 127 B, zinc plated", 2000, "PC", "0.21", "2026-12-10"),
    ], buyer="tomas")
    t = ("Labdien, Tomas!\n\nApstiprinām pasūtījumu Nr. 4500032452:\n\n"
         "1) M5 A2 paplāksnes - 10 000 gab., 0,018 EUR/gab., piegāde 2026. gada 10. decembrī\n"
         "2) M20 paplāksnes - 2 000 gab., 0,21 EUR/gab., piegāde 2026. gada 17. decembrī\n\n"
         "Ar cieņu\nIlze Bērziņa\nSIA Baltijas Stiprinājumi | Rīga, Krasta iela 52 | tālr. +371 67 123 456\n\n"
         + q_outlook(p, "trešdiena, 2026. gada 11. novembris 11:12"))
    irt, refs = reply_to(p)
    eml = mail(("Ilze Bērziņa", "ilze.berzina@baltstipr.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-12 14:40", "+0200"), "<AS4PR05MB9012ABCD3344@AS4PR05MB9012.eurprd05.prod.outlook.com>",
               text(t, cs="iso-8859-13"), irt, refs, name_cs="iso-8859-13")
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, date="2026-12-17")})],
                      "10 000 gab. / 0,018 EUR and delivery 10 Dec 2026 = as ordered; line 2 delivery 17 Dec 2026.")
    return [p], eml, exp


# 052 ------------------------------------------------------------------
@case("mesh-bags-lithuanian-line-cancelled", "confirmation", "lt-LT",
      "Lithuanian HTML+text reply with ISO dates and rolls (rit.) as unit; the drawstring bag is no longer made and the line is cancelled.")
def c052():
    s = sup("TNP", "UAB Tinklinė Pakuotė", "pardavimai@tinklinepakuote.example", "lt-LT")
    p = po("4500032467", s, "EUR", "2026-11-10", [
        ("MB-POT-25", "Mesh bag for potatoes 25 kg, 50x80 cm, yellow", 30000, "PC", "0.058", "2026-12-14"),
        ("MB-NET-TUB", "Tubular mesh net on roll, 500 m, red", 40, "ROL", "21.50", "2026-12-14"),
        ("MB-DRAW-5", "Drawstring mesh bag 5 kg, white", 10000, "PC", "0.071", "2026-12-14"),
    ], buyer="priya")
    t = ("Laba diena,\n\nPatvirtiname užsakymą Nr. 4500032467:\n\n"
         "1. Maišeliai bulvėms 25 kg - 30 000 vnt., 0,058 EUR/vnt., pristatymas 2026-12-14.\n"
         "2. Tinklelis ritinyje - 40 rit., 21,50 EUR/rit., pristatymas 2026-12-14.\n"
         "3. Maišeliai su raišteliu 5 kg - šios prekės nebegaminame, todėl šią užsakymo eilutę atšaukiame.\n\n"
         "Pagarbiai\nRasa Kazlauskienė\nUAB Tinklinė Pakuotė | Kaunas, Pramonės pr. 8 | +370 37 123 456\n")
    rows = ("<tr><td>1</td><td>Maišeliai bulvėms 25 kg</td><td>30 000 vnt.</td><td>0,058</td><td>2026-12-14</td></tr>"
            "<tr><td>2</td><td>Tinklelis ritinyje</td><td>40 rit.</td><td>21,50</td><td>2026-12-14</td></tr>"
            "<tr><td>3</td><td>Maišeliai su raišteliu 5 kg</td><td colspan=\"3\"><i>nebegaminama - eilutė atšaukta</i></td></tr>")
    h = ("<p>Laba diena,</p><p>Patvirtiname užsakymą Nr. 4500032467:</p><table border=\"1\" cellpadding=\"3\">"
         "<tr><th>Eil.</th><th>Prekė</th><th>Kiekis</th><th>Kaina EUR</th><th>Pristatymas</th></tr>" + rows +
         "</table><p>Pagarbiai<br>Rasa Kazlauskienė<br>UAB Tinklinė Pakuotė</p>")
    irt, refs = reply_to(p)
    eml = mail(("Rasa Kazlauskienė", "rasa.k@tinklinepakuote.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-11 16:25", "+0200"), "<20261111142500.77c1@tinklinepakuote.example>",
               alt(text(t), html(h)), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: acc(p, 2), 3: REJ})],
                      "Lines 1-2 exactly as ordered (30 000 = 30000, ISO dates). Line 3 no longer produced, line cancelled -> rejected.")
    return [p], eml, exp


# 053 ------------------------------------------------------------------
@case("nitrile-gloves-call-me", "needs_review", "sl-SI",
      "Two-line Slovenian phone reply: 'something is wrong with the price, please call me tomorrow' - no commitment.")
def c053():
    s = sup("RCE", "Rokavice Celje d.o.o.", "prodaja@rokavice-celje.example", "sl-SI")
    p = po("4500032473", s, "EUR", "2026-11-12", [
        ("NG-L-200", "Nitrile gloves 3.5 g, size L, blue, box of 200", 500, "BOX", "7.90", "2026-12-11"),
    ])
    t = ("Pozdravljeni, glede naročila 4500032473 - pri ceni je nekaj narobe, prosim pokličite me jutri dopoldne.\n"
         "Lp, Matej\n041 123 456\n\nPoslano iz mobilnika\n")
    irt, refs = reply_to(p)
    eml = mail(("Matej Kovač", "matej.kovac@rokavice-celje.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-12 18:47", "+0100"), "<m2k9x1.4c7e@rokavice-celje.example>",
               text(t), irt, refs)
    exp = expect("needs_review", "The supplier flags a price problem and asks for a call; nothing is confirmed or rejected.")
    return [p], eml, exp


# 054 ------------------------------------------------------------------
@case("oil-drums-address-question", "needs_review", "hr-HR",
      "Croatian reply asking which delivery address and whether UN certification is needed before prices and dates can be confirmed.")
def c054():
    s = sup("BSL", "Bačve Slavonija d.o.o.", "prodaja@bacve-slavonija.example", "hr-HR")
    p = po("4500032480", s, "EUR", "2026-11-11", [
        ("OD-210-GALV", "Galvanised steel drum 210 l, tight head", 60, "EA", "44.00", "2027-01-20"),
        ("OD-30-PL", "Plastic drum 30 l, open head with lid", 200, "EA", "6.30", "2027-01-20"),
    ])
    t = ("Poštovana gospođo Okafor,\n\nzahvaljujemo na narudžbi 4500032480. Prije potvrde molimo da nam javite:\n\n"
         "1. na koju adresu isporučujemo - u narudžbi je navedeno skladište u Felixstoweu, a u vašem ranijem dopisu "
         "skladište u Rotterdamu;\n2. trebaju li bačve od 210 l biti UN-certificirane (1A1/X1.6/250)?\n\n"
         "Cijene i rokovi isporuke ovise o tome, pa ćemo potvrdu poslati čim dobijemo vaš odgovor.\n\n"
         "S poštovanjem,\nIvana Horvat\nBačve Slavonija d.o.o. | Osijek | tel. +385 31 123 456 | OIB 12345678901\n\n")
    intro = "Dana sri, 11. stu 2026. u 10:12 Mira Okafor <mira.okafor@kestrel-buy.example> napisala je:"
    irt, refs = reply_to(p)
    eml = mail(("Ivana Horvat", "ivana.horvat@bacve-slavonija.example"), buyer(p), "Odg: " + req_subject(p),
               rfcdate("2026-11-12 09:33", "+0100"), "<CAKx1Nf3+Qz7wLp2Vt8mRb@mail.gmail.com>",
               text(t + q_gmail(p, intro), cs="iso-8859-2"), irt, refs, name_cs="iso-8859-2")
    exp = expect("needs_review", "Questions before confirming (delivery address, UN certification); the confirmation is "
                 "explicitly deferred until we answer.")
    return [p], eml, exp
