# -*- coding: utf-8 -*-
"""Cases 037-053"""
from .common import (case, po, conf, exp_conf, exp_kind, C, kw, mdate, reply_mail, mail, text, html,
                     html_doc, multi, attach, pdf, quote_outlook, quote_gmail, quote_gt, req_text, req_subject,
                     html_quote_outlook, html_quote_gmail, html_escape, dsn)


@case("il-rtl-html-sunday", "confirmation", "he-IL",
      "Hebrew right-to-left HTML (base64) with ₪ prices; line 2 has an importer price update and a Sunday delivery date.")
def c037():
    p = po("4500031545", "ORGAZ", "Or Gaz Ltd", "sales@orgaz.example", "he-IL", "ILS", "2026-11-06", [
        ("TL-MINI", "Mini torch lighter, refillable", 500, "EA", "7.90", "2026-12-20"),
        ("TL-KIT-PRO", "Professional butane torch kit", 60, "EA", "89.00", "2026-12-20")])
    msg = ("שלום דנה,\n\nמאשרים את הזמנה 4500031545:\n\n"
           "שורה 1: 500 יח' × ₪7.90, אספקה ב-20.12.2026\n"
           "שורה 2: 60 יח' × ₪92.50 (עדכון מחיר מהיבואן), אספקה ב-27.12.2026\n\n"
           "המחירים אינם כוללים מע\"מ.\n\nבברכה,\nיוסי כהן\nמנהל מכירות | אור גז בע\"מ | 03-1234567\n")
    h = '<div dir="rtl">' + html_escape(msg).replace("\n", "<br>\n") + "</div>\n<hr>\n" + html_quote_outlook(p, sent="Friday, November 6, 2026 11:12 AM")
    plain = msg + "\n" + quote_outlook(p, sent="Friday, November 6, 2026 11:12 AM")
    body = multi("alternative", [text(plain, "utf-8", "base64"), html(html_doc(h, "utf-8", "rtl"), "utf-8", "base64")],
                 "_000_HE1P190MB0345COHEN_")
    eml = reply_mail(p, ("יוסי כהן", "yossi@orgaz.example"), "RE: " + req_subject(p), mdate("2026-11-08 10:05", 2),
                     "<HE1P190MB0345.YC@orgaz.example>", body)
    exp = exp_conf([conf(p, ["A", C(price="92.50", date="2026-12-27")])],
                   "Line 1 as ordered (20.12.2026). Line 2 ₪92.50 and 27.12.2026 (a Sunday, a normal Israeli workday).")
    return [p], eml, exp


@case("ae-arabic-indic-digits", "confirmation", "ar-AE",
      "Arabic reply written entirely with Arabic-Indic digits and the Arabic decimal separator (٢٨٫٥٠, ١٥/١٢/٢٠٢٦); both dates move by five days.")
def c038():
    p = po("4500031557", "ALNOOR", "Al Noor Filtration Trading LLC", "sales@alnoor-filtration.example", "ar-AE",
           "AED", "2026-11-05", [
               ("AF-PLT-24", "Pleated air filter 24x24x2in, MERV 8", 100, "EA", "28.50", "2026-12-10"),
               ("AF-PLT-20", "Pleated air filter 20x20x2in, MERV 8", 60, "EA", "24.00", "2026-12-10")])
    body = ("السيدة/ دانا المحترمة،\n\nتحية طيبة وبعد،\n\n"
            "نؤكد لكم استلام أمر الشراء رقم ٤٥٠٠٠٣١٥٥٧ ونؤكد البنود كالتالي:\n\n"
            "البند ١: ١٠٠ قطعة بسعر ٢٨٫٥٠ درهم للقطعة، التسليم بتاريخ ١٥/١٢/٢٠٢٦\n"
            "البند ٢: ٦٠ قطعة بسعر ٢٤٫٠٠ درهم للقطعة، التسليم بتاريخ ١٥/١٢/٢٠٢٦\n\n"
            "مع خالص التحية،\nأحمد الهاشمي\nقسم المبيعات - النور لتجارة الفلاتر ذ.م.م\nهاتف: ٠٤ ٢٣٤ ٥٦٧٨\n\n"
            + quote_outlook(p, sent="Thursday, November 5, 2026 1:12 PM"))
    eml = reply_mail(p, ("Ahmed Al Hashimi", "ahmed@alnoor-filtration.example"), "RE: " + req_subject(p),
                     mdate("2026-11-09 09:25", 4), "<DXBP281MB0099.AH@alnoor-filtration.example>", text(body))
    d = "2026-12-15"
    exp = exp_conf([conf(p, [C(date=d), C(date=d)])],
                   "Arabic-Indic digits: ١٥/١٢/٢٠٢٦ = 15/12/2026 (day-first) -> 2026-12-15; prices ٢٨٫٥٠ = 28.50 and "
                   "٢٤٫٠٠ = 24.00 as ordered; quantities as ordered.")
    return [p], eml, exp


@case("eg-new-quote-tomorrow", "needs_review", "ar-EG",
      "Egyptian Arabic (colloquial) reply: prices changed with the exchange rate, a new quotation follows tomorrow; no commitment.")
def c039():
    p = po("4500031569", "ALNASR", "Al-Nasr Trolleys & Carts Co.", "sales@alnasr-carts.example", "ar-EG", "EGP",
           "2026-11-08", [
               ("UC-PLAT-300", "Platform trolley 300 kg", 10, "EA", "3450.00", "2027-01-18"),
               ("UC-SHELF-3", "Three-shelf service cart", 8, "EA", "2890.00", "2027-01-18")])
    body = ("أستاذة دانا، صباح الخير\n\n"
            "استلمنا أمر الشراء رقم 4500031569، لكن الأسعار المذكورة هي أسعار عرض شهر يوليو، والأسعار اتغيرت بسبب "
            "سعر الصرف. هنبعت لحضرتك عرض سعر جديد بكرة إن شاء الله، وبعد موافقتكم نأكد مواعيد التسليم.\n\n"
            "شكراً،\nمحمد عبد الفتاح\nالمبيعات | 01001234567\n")
    eml = reply_mail(p, ("Mohamed Abdelfattah", "m.abdelfattah@alnasr-carts.example"), "RE: " + req_subject(p),
                     mdate("2026-11-10 10:40", 2), "<CAN4sr-ar-EG-9911@mail.gmail.com>", text(body, "windows-1256"),
                     hcharset="utf-8")
    exp = exp_kind("needs_review", "Supplier says PO prices are outdated and a new quotation will follow; nothing "
                                   "confirmed, buyer must act.")
    return [p], eml, exp


@case("vn-dot-thousands-dong", "confirmation", "vi-VN",
      "Vietnamese reply with VND dot thousands (12.500 đ), one price up and one out-of-stock line moved to January.")
def c040():
    p = po("4500031571", "SGTOOLS", "Saigon Tools Co., Ltd.", "banhang@saigontools.example", "vi-VN", "VND",
           "2026-11-09", [
               ("BC-9MM", "Box cutter 9 mm, plastic body", 1000, "EA", "12500", "2026-12-15"),
               ("BC-18MM-AL", "Box cutter 18 mm, aluminium body", 500, "EA", "38000", "2026-12-15"),
               ("BL-9-10", "Spare blades 9 mm, tube of 10", 300, "BOX", "15000", "2026-12-15")])
    body = ("Kính gửi chị Dana,\n\nCông ty chúng tôi xác nhận đơn hàng số 4500031571 như sau:\n\n"
            "1. Dao rọc giấy 9 mm: 1.000 cái, đơn giá 12.500 đ, giao ngày 15/12/2026\n"
            "2. Dao rọc giấy 18 mm thân nhôm: 500 cái, đơn giá 39.500 đ, giao ngày 15/12/2026\n"
            "3. Lưỡi dao 9 mm (hộp 10 lưỡi): 300 hộp, đơn giá 15.000 đ, hiện hết hàng nên giao ngày 05/01/2027\n\n"
            "Giá chưa bao gồm VAT 10%.\n\nTrân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh - Công ty TNHH Dụng cụ Sài Gòn\n"
            "ĐT: 028 3823 4567 | MST 0301234567\n\n" + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Nguyễn Thị Lan", "lan.nguyen@saigontools.example"), "RE: " + req_subject(p),
                     mdate("2026-11-11 15:12", 7), "<SG2P153MB0321.NTL@saigontools.example>", text(body, "utf-8", "base64"))
    exp = exp_conf([conf(p, ["A", C(price="39500"), C(date="2027-01-05")])],
                   "Dots are thousands: 1.000 = 1000, 12.500 đ = 12500. Line 2 39.500 đ; line 3 05/01/2027 "
                   "(day-first).")
    return [p], eml, exp


@case("id-kirim-stok-kosong", "confirmation", "id-ID",
      "Indonesian informal reply using 'kirim' (ship) dates, Rp prices with dot thousands; one later date and one price increase.")
def c041():
    p = po("4500031583", "MAJUJ", "CV Maju Jaya Teknik", "penjualan@majujaya.example", "id-ID", "IDR", "2026-11-06", [
        ("RL-7-BUSA", "Foam roller 7 in", 200, "EA", "18500", "2026-12-14"),
        ("RL-4-BUSA", "Foam roller 4 in, mini", 300, "EA", "9500", "2026-12-14"),
        ("GAG-7", "Roller frame 7 in", 50, "EA", "22000", "2026-12-14")])
    body = ("Selamat siang Bu Dana,\n\nPO 4500031583 kami konfirmasi ya:\n"
            "- Roller busa 7\": 200 pcs @ Rp 18.500, kirim tgl 14 Desember 2026\n"
            "- Roller busa 4\": stok kosong, baru bisa kirim 8 Januari 2027, 300 pcs @ Rp 9.500\n"
            "- Gagang roller 7\": 50 pcs @ Rp 23.750 (harga naik dari pabrik), kirim 14 Desember 2026\n\n"
            "Terima kasih,\nBudi Santoso\nCV Maju Jaya Teknik | WA 0812-3456-7890\n")
    eml = reply_mail(p, ("Budi Santoso", "budi@majujaya.example"), "Re: " + req_subject(p), mdate("2026-11-09 12:03", 7),
                     "<CAB0diSantoso-77a@mail.gmail.com>", text(body))
    exp = exp_conf([conf(p, ["A", C(date="2027-01-08"), C(price="23750")])],
                   "Only ship dates ('kirim'), used as dates. Line 2 8 Jan 2027; line 3 Rp 23.750 = 23750.")
    return [p], eml, exp


@case("my-cuti-autoreply", "auto_reply", "ms-MY",
      "Malay/English Outlook 'Automatic reply' (on leave until 23 November) with an alternate contact and phone numbers.")
def c042():
    p = po("4500031595", "PERKUT", "Syarikat Perkakas Utama Sdn. Bhd.", "jualan@perkakasutama.example", "ms-MY", "MYR",
           "2026-11-16", [
               ("HR-RETR-15", "Retractable hose reel 15 m", 20, "EA", "185.00", "2026-12-21")], buyer=2)
    body = ("Terima kasih atas e-mel anda. Saya sedang bercuti dan akan kembali ke pejabat pada 23 November 2026. "
            "Untuk sebarang urusan pesanan, sila hubungi Encik Hafiz di 03-7845 1234 atau hafiz@perkakasutama.example.\n\n"
            "Thank you for your email. I am currently on leave and will be back in the office on 23 November 2026. "
            "For order matters please contact Mr Hafiz at 03-7845 1234 or hafiz@perkakasutama.example.\n\n"
            "Nurul Aisyah\nSyarikat Perkakas Utama Sdn. Bhd.\n")
    eml = reply_mail(p, ("Nurul Aisyah", "nurul@perkakasutama.example"), "Automatic reply: " + req_subject(p),
                     mdate("2026-11-16 17:13", 8), "<KL1PR0401MB2233.auto@perkakasutama.example>", text(body),
                     extra=(("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "nurul@perkakasutama.example")))
    exp = exp_kind("auto_reply", "Exchange automatic reply (on leave until 23 Nov).")
    return [p], eml, exp


@case("au-per-unit-levy", "confirmation", "en-AU",
      "Aussie casual reply: a per-unit import levy ($12.50/unit) added to line 2 gives $301.50, with the total stated; 'Wed 9 Dec' without year.")
def c043():
    p = po("4500031608", "SXLUBE", "Southern Cross Lubrication Pty Ltd", "sales@sxlube.example", "en-AU", "AUD",
           "2026-11-09", [
               ("GG-450-HD", "Heavy-duty grease gun 450 g", 24, "EA", "38.60", "2026-12-09"),
               ("GG-CORD-18V", "Cordless grease gun 18 V, skin only", 4, "EA", "289.00", "2026-12-09"),
               ("GG-COUP-HD", "Heavy duty grease coupler", 48, "EA", "6.20", "2026-12-09")])
    body = ("G'day Dana,\n\nAll good on PO 4500031608. Lines 1 and 3 confirmed as per PO. Line 2 - manufacturer has "
            "added an import levy of $12.50/unit so that's $301.50 ea. ETA for everything is Wed 9 Dec into your "
            "Riverton dock.\n\nCheers,\nBrett Wilson\nInternal Sales | Southern Cross Lubrication Pty Ltd\n"
            "ABN 12 345 678 901 | Ph (07) 3123 4567 | 14 Enterprise St, Eagle Farm QLD 4009\n\n"
            + quote_outlook(p, sent="Monday, 9 November 2026 7:12 PM", sep=""))
    eml = reply_mail(p, ("Brett Wilson", "brett.wilson@sxlube.example"), "RE: " + req_subject(p),
                     mdate("2026-11-10 08:31", 10), "<SY4P282MB1234.BW@sxlube.example>", text(body, "us-ascii", "7bit"))
    exp = exp_conf([conf(p, ["A", C(price="301.50"), "A"])],
                   "Wed 9 Dec = 2026-12-09 = requested. Line 2: 289.00 + 12.50 levy = 301.50 per unit.")
    return [p], eml, exp


@case("nz-invoice-other-po", "unrelated", "en-NZ",
      "Tax invoice PDF from the same supplier for the same kind of goods but a different, older PO number; not an answer to the open PO.")
def c044():
    p = po("4500031610", "KIWIEL", "Kiwi Electrical Wholesale Ltd", "orders@kiwielec.example", "en-NZ", "NZD",
           "2026-11-10", [
               ("ET-19-BLK", "PVC electrical tape 19 mm x 20 m, black", 120, "ROL", "2.85", "2026-12-08"),
               ("ET-19-YG", "PVC electrical tape 19 mm, yellow/green", 60, "ROL", "3.10", "2026-12-08")])
    lines = ["KIWI ELECTRICAL WHOLESALE LTD   GST No. 123-456-789", "TAX INVOICE INV-208871     Date: 13/11/2026",
             "Customer: Northgate Industrial Supply      Your order: 4500029944", "",
             "Item        Description                    Qty   Unit    Total",
             "ET-19-BLK   PVC tape 19mm x 20m black      200   2.80   560.00",
             "ET-25-BLK   PVC tape 25mm x 20m black       50   4.20   210.00", "",
             "Subtotal 770.00   GST 15% 115.50   TOTAL NZD 885.50", "Due date: 20/12/2026"]
    body = multi("mixed", [
        text("Kia ora,\n\nPlease find attached Tax Invoice INV-208871 for your order 4500029944, dispatched "
             "13/11/2026. Payment is due on the 20th of the month following invoice.\n\nNgā mihi,\n"
             "Accounts Team\nKiwi Electrical Wholesale Ltd | 09 555 0199\n"),
        attach(pdf(lines, "INV-208871", "MYOB"), "application/pdf", "INV-208871.pdf")],
        "----=_Part_20887_1631.1794700000")
    eml = mail(("Kiwi Electrical Accounts", "accounts@kiwielec.example"), (p["buyer"]["name"], p["buyer"]["email"]),
               "Tax Invoice INV-208871 from Kiwi Electrical Wholesale Ltd", mdate("2026-11-13 16:20", 13),
               "<inv208871.1794700000@kiwielec.example>", body)
    exp = exp_kind("unrelated", "Invoice for another PO (4500029944), not a reply about open PO 4500031610 even "
                                "though the goods overlap.")
    return [p], eml, exp


@case("za-box-of-10-backorder", "confirmation", "en-ZA",
      "South African reply pricing tape per box of 10 (R185,00 = R18.50/roll, unchanged) and shipping only the 24 rolls in stock of line 3, balance without ETA.")
def c045():
    p = po("4500031622", "HIGHV", "Highveld Electrical Supplies (Pty) Ltd", "sales@highveld-elec.example", "en-ZA",
           "ZAR", "2026-11-05", [
               ("ET-PVC-BLK", "PVC insulation tape 18 mm x 20 m, black", 200, "ROL", "18.50", "2026-12-11"),
               ("ET-PVC-RED", "PVC insulation tape 18 mm x 20 m, red", 100, "ROL", "18.50", "2026-12-11"),
               ("ET-SAMAL-25", "Self-amalgamating tape 25 mm x 10 m", 40, "ROL", "96.00", "2026-12-11")], buyer=0)
    body = ("Morning Dana\n\nThanks for the PO. The tape comes in boxes of 10 rolls at R185,00 per box for the black "
            "and the red, so that's 20 boxes black and 10 boxes red. Self-amalgamating tape is R96,00 per roll but we "
            "only have 24 in stock - the balance is on back order with no ETA yet, so we'll send the 24 with the rest.\n\n"
            "Delivery Friday 11 December.\n\nRegards\nThabo Nkosi\nHighveld Electrical Supplies (Pty) Ltd\n"
            "011 555 0123 | VAT 4123456789 | Reg 2004/012345/07\n\n"
            + quote_gmail(p, "On Thu, 5 Nov 2026 at 11:12, Dana Ruiz <dana.ruiz@buyer.example> wrote:"))
    eml = reply_mail(p, ("Thabo Nkosi", "thabo@highveld-elec.example"), "Re: " + req_subject(p),
                     mdate("2026-11-06 08:15", 2), "<CAHv1dNkosi-002@mail.gmail.com>", text(body))
    exp = exp_conf([conf(p, ["A", "A", C(q=24)])],
                   "R185,00 per box of 10 = 18.50 per roll, 20 and 10 boxes = 200 and 100 rolls: lines 1-2 as ordered, "
                   "Fri 11 Dec 2026 = requested. Line 3: only 24 rolls committed (balance back-ordered without ETA) -> "
                   "quantity 24.")
    return [p], eml, exp


@case("ie-exchange-ndr", "bounce", "en-IE",
      "Exchange Online 'Undeliverable' NDR (RecipientNotFound) quoting the original PO mail with its full table.")
def c046():
    p = po("4500031634", "IRHOIST", "Irish Hoist & Rigging Ltd", "orders@irishhoist.example", "en-IE", "EUR",
           "2026-11-09", [
               ("CH-ELEC-500", "Electric chain hoist 500 kg", 2, "EA", "845.00", "2026-12-16"),
               ("CH-TROL-1T", "Push trolley 1 t for chain hoist", 2, "EA", "168.00", "2026-12-16")], buyer=1)
    rcpt = p["supplier"]["email"]
    human = ("Your message to %s couldn't be delivered.\n\n"
             "orders wasn't found at irishhoist.example.\n\n"
             "martin.keller   Office 365   orders\nAction Required                 Recipient\n\n"
             "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n\n"
             "Diagnostic information for administrators:\n\nGenerating server: DB8PR09MB3345.eurprd09.prod.outlook.example\n"
             "%s\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
             "address lookup'\n") % (rcpt, rcpt)
    eml = dsn(p, ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@buyer.example"),
              mdate("2026-11-09 09:13", 0), "<d41f2a0b-5c3e-4f7a-9b1d-ndr00931@DB8PR09MB3345.eurprd09.prod.outlook.example>",
              human, "DB8PR09MB3345.eurprd09.prod.outlook.example", rcpt, "5.1.10",
              "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
              "b2f7e1d0-aa11-4c22-9f33-44ee55ff6677", subject="Undeliverable: " + req_subject(p))
    exp = exp_kind("bounce", "Exchange non-delivery report, recipient not found; the quoted PO is our own mail.")
    return [p], eml, exp


@case("sg-backorder-revert", "confirmation", "en-SG",
      "Singlish-style terse reply: line 2 has a warehouse ETA (29 Jan) and a later delivery date (1 Feb, which wins), line 3 'will revert tomorrow'.")
def c047():
    p = po("4500031646", "LIONCI", "Lion City Instruments Pte Ltd", "sales@lioncity-inst.example", "en-SG", "SGD",
           "2026-11-09", [
               ("LL-360-G", "360 green line laser level", 10, "EA", "268.00", "2027-01-20"),
               ("LL-DET-80", "Line laser detector, 80 m", 10, "EA", "96.00", "2027-01-20"),
               ("LL-BRK-W", "Wall mount bracket for line laser", 10, "EA", "24.00", "2027-01-20")], buyer=2)
    body = ("Hi Priya,\n\nNoted with thanks. Pls see below:\n\n"
            "1) 360 green laser - can confirm 10 units @ S$268.00, delivery 20 Jan.\n"
            "2) Detector - backorder from principal, ETA our warehouse 29 Jan, can deliver to you 1 Feb. Price same.\n"
            "3) Bracket - will revert tomorrow on availability.\n\n"
            "Thanks & regards,\nJasmine Tan\nSales Coordinator\nLion City Instruments Pte Ltd\n"
            "60 Kaki Bukit Place #05-12 Singapore 415979 | Tel: 6741 2345 | UEN 201912345K\n\n"
            + quote_outlook(p, sent="Monday, November 9, 2026 5:12 PM"))
    eml = reply_mail(p, ("Jasmine Tan", "jasmine.tan@lioncity-inst.example"), "RE: " + req_subject(p),
                     mdate("2026-11-11 10:02", 8), "<SI2PR04MB5566.JT@lioncity-inst.example>", text(body))
    exp = exp_conf([conf(p, ["A", C(date="2027-02-01"), "U"])],
                   "Dates without year -> 2027. Line 1 20 Jan as ordered. Line 2 delivery to us 1 Feb 2027 (the 29 Jan "
                   "is only their warehouse ETA). Line 3 pending -> unconfirmed.")
    return [p], eml, exp


@case("in-english-per-dozen", "confirmation", "en-IN",
      "Indian English 'kindly find below' table; connector priced per dozen (Rs. 1,440.00/dozen = 120.00/pc vs PO 115.00), dd-Mon-yyyy dates.")
def c048():
    p = po("4500031658", "BHARAT", "Bharat Hose Industries", "sales@bharathose.example", "en-IN", "INR", "2026-11-04", [
        ("HR-MET-20", "Metal hose reel, 20 m capacity", 24, "EA", "1150.00", "2027-01-05"),
        ("HC-QC-12", "Quick connector 1/2in, brass", 120, "PC", "115.00", "2027-01-05")], buyer=2)
    body = ("Dear Madam,\n\nGreetings from Bharat Hose Industries!\n\n"
            "We thank you for your valued PO No. 4500031658 dated 04.11.2026 and kindly find below our acceptance:\n\n"
            "Sr. | Item                          | Qty                   | Rate                 | Delivery\n"
            "1   | Metal hose reel 20 m          | 24 Nos                | Rs. 1,150.00/No      | 05-Jan-2027\n"
            "2   | Brass quick connector 1/2\"    | 10 dozen (120 Pcs)    | Rs. 1,440.00/dozen   | 05-Jan-2027\n\n"
            "Total basic value: Rs. 42,000.00 (GST @18% extra)\n\n"
            "Kindly do the needful and send us the amended PO for item 2 at the earliest.\n\n"
            "Thanks & Regards,\nSuresh Iyer\nManager - Sales\nBharat Hose Industries, Bhiwandi\n"
            "+91 22 2345 6789 | GSTIN 27AAAFB1234C1Z9\n\n"
            + quote_outlook(p, sent="Wednesday, November 4, 2026 2:42 PM"))
    eml = reply_mail(p, ("Suresh Iyer", "suresh.iyer@bharathose.example"), "RE: " + req_subject(p),
                     mdate("2026-11-06 11:48", 5, 30), "<PN3PR01MB7788.SI@bharathose.example>", text(body))
    exp = exp_conf([conf(p, ["A", C(price="120.00")])],
                   "Rs. 1,440.00 per dozen = 120.00 per piece (PO 115.00) -> line 2 changed price; 10 dozen = 120 pcs. "
                   "Total 24x1150 + 120x120 = 42,000 is consistent.")
    return [p], eml, exp


@case("ph-taglish-pdc-terms", "needs_review", "tl-PH",
      "Taglish (Tagalog-English) reply asking whether 30-day PDC payment terms are OK before they process the order.")
def c049():
    p = po("4500031660", "PILHW", "Pilipinas Hardware Trading Corp.", "sales@pilipinashw.example", "tl-PH", "PHP",
           "2026-11-10", [
               ("KC-30-WM", "Key cabinet 30 hooks, wall mount", 10, "EA", "1650.00", "2026-12-18"),
               ("KC-TAGS-50", "Key tags with labels, pack of 50", 20, "SET", "240.00", "2026-12-18")])
    body = ("Good pm po Ma'am Dana,\n\nReceived po namin ang PO 4500031660. Bago po namin i-process, pa-confirm lang po "
            "kung ok sa inyo ang terms na 30 days PDC? COD po kasi ang naka-set sa system namin for new accounts. "
            "Once ok na po, send na po namin ang sales order with delivery date.\n\nThank you po!\n\n"
            "Maricel Santos\nSales Coordinator | Pilipinas Hardware Trading Corp.\n0917 123 4567 | (02) 8123 4567\n")
    eml = reply_mail(p, ("Maricel Santos", "maricel@pilipinashw.example"), "RE: " + req_subject(p),
                     mdate("2026-11-11 14:22", 8), "<CAPh1l-santos-4500031660@mail.gmail.com>", text(body, "us-ascii", "7bit"))
    exp = exp_kind("needs_review", "Question about payment terms (30-day post-dated cheques vs COD) before processing; "
                                   "no commitment.")
    return [p], eml, exp


@case("sk-tyzden-2-2027", "confirmation", "sk-SK",
      "Slovak windows-1250 QP reply: 'dodanie 2. týždeň 2027' = Friday 15 Jan 2027, a week later than requested.")
def c050():
    p = po("4500031672", "MERTECH", "Meracia technika s.r.o.", "obchod@meraciatechnika.example", "sk-SK", "EUR",
           "2026-11-05", [
               ("MK-1000", "Measuring wheel 1000 mm circumference", 6, "EA", "52.00", "2027-01-08"),
               ("MK-318-D", "Measuring wheel 318 mm, digital", 10, "EA", "71.50", "2027-01-08")])
    body = ("Dobrý deň pani Ruiz,\n\nďakujeme za objednávku č. 4500031672. Potvrdzujeme:\n\n"
            "pol. 1 - 6 ks po 52,00 EUR, dodanie 2. týždeň 2027\n"
            "pol. 2 - 10 ks po 71,50 EUR, dodanie 2. týždeň 2027\n\n"
            "S pozdravom\nMartina Horváthová\nobchodné oddelenie\nMeracia technika s.r.o. | IČO 12345678 | "
            "+421 2 1234 5678\n\n" + quote_outlook(p, labels=("Od", "Odoslané", "Komu", "Predmet"),
                                                     sent="štvrtok 5. novembra 2026 10:12", sep=""))
    eml = reply_mail(p, ("Martina Horváthová", "horvathova@meraciatechnika.example"), "RE: " + req_subject(p),
                     mdate("2026-11-09 13:02", 1), "<VI1P193MB0456.MH@meraciatechnika.example>",
                     text(body, "windows-1250"), hcharset="windows-1250")
    d = kw(2027, 2)
    exp = exp_conf([conf(p, [C(date=d), C(date=d)])],
                   "2. týždeň 2027 = ISO week 2, no day named -> Friday 2027-01-15 (requested 01-08). Qty/price as ordered.")
    return [p], eml, exp


@case("si-spaced-dates-split", "confirmation", "sl-SI",
      "Slovenian dates written with spaces ('22. 12. 2026', '12. 1. 2027'); line 2 split 250 from stock + 150 in January.")
def c051():
    p = po("4500031684", "KONZOL", "Konzole d.o.o.", "prodaja@konzole.example", "sl-SI", "EUR", "2026-11-06", [
        ("KN-150-Z", "Shelf bracket 150 mm, zinc", 400, "EA", "1.35", "2026-12-22"),
        ("KN-250-Z", "Shelf bracket 250 mm, zinc", 400, "EA", "1.95", "2026-12-22")])
    body = ("Pozdravljeni,\n\npotrjujemo naročilo št. 4500031684:\n\n"
            "1. KN-150: 400 kos po 1,35 EUR, dobava 22. 12. 2026\n"
            "2. KN-250: na zalogi imamo le 250 kos, ki jih dobavimo 22. 12. 2026, preostalih 150 kos pa 12. 1. 2027. "
            "Cena 1,95 EUR/kos.\n\nLep pozdrav,\nMaja Kovač\nKonzole d.o.o. | Tržaška cesta 120, Ljubljana | "
            "tel. 01 234 56 78\n\n" + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Maja Kovač", "maja.kovac@konzole.example"), "Re: " + req_subject(p),
                     mdate("2026-11-10 08:48", 1), "<7c8d9e0f.konzole.1110@konzole.example>", text(body, "iso-8859-2"),
                     hcharset="iso-8859-2")
    exp = exp_conf([conf(p, ["A", C(date="2027-01-12", sched=[(250, "2026-12-22"), (150, "2027-01-12")])])],
                   "Line 2 split 250 on 2026-12-22 + 150 on 2027-01-12; total 400 at 1,95.")
    return [p], eml, exp


@case("hr-per-kg-vs-box", "confirmation", "hr-HR",
      "Croatian reply quoting line 1 per kg (6,20 EUR/kg) while the PO prices 4 kg boxes at 24.80: same value, so everything is accepted.")
def c052():
    p = po("4500031696", "VARIL", "Varilica d.o.o.", "prodaja@varilica.example", "hr-HR", "EUR", "2026-11-09", [
        ("EL-6013-2.5", "Welding electrode E6013 2.5 mm, 4 kg box", 20, "BOX", "24.80", "2027-01-11"),
        ("EL-7018-3.2", "Welding electrode E7018 3.2 mm", 60, "KG", "5.90", "2027-01-11")])
    body = ("Poštovana gospođo Ruiz,\n\nzahvaljujemo na narudžbi 4500031696. Potvrđujemo:\n\n"
            "1. E6013 2,5 mm - 20 kutija (80 kg) po 6,20 EUR/kg, isporuka 11.01.2027.\n"
            "2. E7018 3,2 mm - 60 kg po 5,90 EUR/kg, isporuka 11.01.2027.\n\n"
            "S poštovanjem,\nIvan Horvat\nVarilica d.o.o. | OIB 12345678901 | +385 1 234 5678\n\n"
            + quote_gmail(p, "pon, 9. stu 2026. u 10:12 Dana Ruiz <dana.ruiz@buyer.example> napisao je:"))
    eml = reply_mail(p, ("Ivan Horvat", "ivan.horvat@varilica.example"), "Re: " + req_subject(p),
                     mdate("2026-11-12 07:40", 1), "<CAHr-horvat-0011@mail.gmail.com>", text(body, "utf-8", "base64"))
    exp = exp_conf([conf(p, ["A", "A"])],
                   "Line 1: 6,20 EUR/kg x 4 kg per box = 24.80 per BOX = PO price; 20 boxes as ordered. All dates 11.01.2027.")
    return [p], eml, exp


@case("rs-cyrillic-receipt-only", "needs_review", "sr-RS",
      "Serbian Cyrillic human receipt: order received, stock and dates will be reported by end of the week.")
def c053():
    p = po("4500031708", "ALATBG", "Alati Beograd d.o.o.", "prodaja@alati-bg.example", "sr-RS", "RSD", "2026-11-10", [
        ("UC-FOLD-150", "Folding utility cart 150 kg", 8, "EA", "7490.00", "2027-01-14"),
        ("UC-TOOL-5D", "Tool cart with 5 drawers", 3, "EA", "28900.00", "2027-01-14")], buyer=3)
    body = ("Поштовани,\n\nПримили смо вашу поруџбину бр. 4500031708. Проверићемо стање залиха са магацином и "
            "јавићемо вам рокове испоруке и цене до краја недеље.\n\nСрдачан поздрав,\nДрагана Јовановић\n"
            "Продаја | Алати Београд д.о.о. | +381 11 123 4567\n\n" + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Драгана Јовановић", "dragana.jovanovic@alati-bg.example"), "Одг: " + req_subject(p),
                     mdate("2026-11-11 11:30", 1), "<4500031708.ack.dj@alati-bg.example>", text(body, "utf-8", "8bit"))
    exp = exp_kind("needs_review", "Receipt only; dates and prices promised by end of week. Nothing committed.")
    return [p], eml, exp
