import datetime as dt

from .common import (case, supplier, PO, acc, chg, REJ, UNC, conf, expected, kw, plus,
                     maildate, request_subject, request_body, request_html_table, gt_quote,
                     outlook_quote, text, html, attachment, multipart, message, make_pdf, raw_part,
                     make_xlsx, XLSX, esc, BUYERS)


# ------------------------------------------------------------------ 037
@case(37, "rope-ratchets-malay-will-revert", "ms-MY",
      "Malay/English human acknowledgement: order received, stock check in Penang, will revert before Monday")
def c037():
    s = supplier("PERKASA", "Perkasa Hardware Sdn. Bhd.", "sales@perkasahw.example", "ms-MY")
    po = PO(4500031037, s, "MYR", "2026-11-18", [
        ("RR-38", "Rope ratchet 3/8 in, 100 kg", 200, "PC", "18.50", "2026-12-23"),
        ("RR-12", "Rope ratchet 1/2 in, 250 kg", 100, "PC", "27.90", "2026-12-23"),
    ], buyer="jonas")
    body = ("Salam sejahtera Encik Jonas,\n\nPesanan belian 4500031037 telah kami terima, terima kasih. Kami akan "
            "semak stok dengan gudang di Pulau Pinang dan maklumkan semula sebelum hari Isnin.\n\n"
            "Dear Mr Jonas, PO received with thanks. We will check stock with our Penang warehouse and revert "
            "before Monday.\n\nSekian, terima kasih.\n\nNur Aisyah binti Rahman\nSales Executive\n"
            "Perkasa Hardware Sdn. Bhd. (Co. No. 201501012345 (1134567-K))\nTel: +603-5191 2345 | "
            "H/P: +6012-345 6789\n\n"
            "DISCLAIMER: This e-mail and any attachment are confidential and intended solely for the addressee.\n")
    eml = message(("Nur Aisyah", "aisyah@perkasahw.example"), ("Jonas Keller", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 19, 10, 12, 480),
                  "<SG2PR06MB5310A4B3C2D1E0F9@SG2PR06MB5310.apcprd06.prod.outlook.com>",
                  text(body, charset="us-ascii", cte="7bit"), reply_to_po=po)
    exp = expected("needs_review", "A person acknowledges receipt and promises an answer after a stock check; no quantity, "
                   "price or date is committed.")
    return [po], eml, exp


# ------------------------------------------------------------------ 038
@case(38, "drill-chucks-taglish-received-po", "tl-PH",
      "Taglish 'Received po, thank you po!' receipt that forwards the PO to sales; the 'po' particle is not a purchase order")
def c038():
    s = supplier("MAKITOOL", "Maginhawa Tools Trading Corp.", "purchasing.support@maginhawatools.example", "tl-PH")
    po = PO(4500031038, s, "USD", "2026-11-18", [
        ("DC-SDS", "SDS-plus adapter with 13 mm chuck", 80, "EA", "7.90", "2026-12-16"),
        ("DC-13M", "Metal keyed chuck 13 mm, 1/2-20", 120, "EA", "4.75", "2026-12-16"),
    ])
    body = ("Hi Ma'am Dana,\n\nReceived po, thank you po! Will forward to our sales team for processing and they "
            "will send the confirmation po.\n\nSalamat po,\nJoanna Marie Santos\nAdmin Assistant\n"
            "Maginhawa Tools Trading Corp. | 123 Maginhawa St., Teachers Village, Quezon City 1101\n"
            "Tel: (02) 8921 4567 | Globe: 0917 123 4567 | TIN 123-456-789-000\n\n"
            "On Wed, 18 Nov 2026, 4:14 pm Dana Ruiz, <dana.ruiz@buyer.example> wrote:\n\n"
            + gt_quote(request_body(po)) + "\n")
    eml = message(("Joanna Marie Santos", "joanna.santos@maginhawatools.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 19, 8, 47, 480),
                  "<CAGr6vD1s8KpLqW3tY0mNz5xBc7uEf2hJ9A@mail.gmail.com>", text(body), reply_to_po=po)
    exp = expected("needs_review", "Human receipt only: forwarded to sales, confirmation to follow. Nothing committed.")
    return [po], eml, exp


# ------------------------------------------------------------------ 039
@case(39, "torque-wrenches-us-per-dozen", "en-US",
      "US reply pricing per dozen ($1,140.00/dz = $95.00 ea) with month-first ship 12/4 and delivery 12/9 dates")
def c039():
    s = supplier("GLTOOL", "Great Lakes Tool Supply, Inc.", "orders@greatlakestool.example", "en-US")
    po = PO(4500031039, s, "USD", "2026-11-10", [
        ("TW-38C", "Torque wrench 3/8 in dr, 10-80 ft-lb, click", 36, "EA", "98.00", "2026-12-11"),
        ("SK-38-12", "Socket set 3/8 in dr, 12 pc, metric", 24, "SET", "41.50", "2026-12-11"),
    ])
    body = ("Hi Dana,\n\nThanks for the PO. We can do the 3/8 click wrenches at $1,140.00/dz - that's our 3+ dozen "
            "price break, so a little under your number. Socket sets confirmed 24 @ $41.50.\n\n"
            "Everything ships 12/4 via UPS Ground from our Chicago warehouse, should deliver 12/9.\n\n"
            "Best,\nMike\n\nMike Kowalski | Inside Sales\nGreat Lakes Tool Supply, Inc.\n"
            "1450 W. Fulton St, Chicago, IL 60607\nO: (312) 555-0147 x221 | C: (773) 555-0199 | F: (312) 555-0148\n\n"
            "From: Dana Ruiz <dana.ruiz@buyer.example>\nSent: Tuesday, November 10, 2026 2:14 AM\n"
            "To: orders@greatlakestool.example\nSubject: " + request_subject(po) + "\n\n" + request_body(po) + "\n")
    eml = message(("Mike Kowalski", "mkowalski@greatlakestool.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 10, 14, 26, -360),
                  "<CH2PR11MB4472C0A5E9D3F1B2@CH2PR11MB4472.namprd11.prod.outlook.com>",
                  text(body, charset="us-ascii", cte="7bit"), reply_to_po=po)
    exp = expected("confirmation", "en-US month-first: ship 12/4 = 2026-12-04, deliver 12/9 = 2026-12-09; the delivery date wins. "
                   "Line 1: $1,140.00 per dozen = 95.00 per EA -> changed price and date. Line 2: qty/price as ordered, "
                   "date 2026-12-09 -> changed date.",
                   [conf(po, {1: chg(po, 1, unit_price="95.00", date="2026-12-09"),
                              2: chg(po, 2, date="2026-12-09")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 040
@case(40, "banjo-parts-uk-earlier-bridges-declined", "en-GB",
      "British multipart reply with HTML blockquote: strings earlier on '2/12' (2 Dec), bridges declined")
def c040():
    s = supplier("FOLKSTR", "Folkstring Supplies Ltd", "sales@folkstring.example", "en-GB")
    po = PO(4500031040, s, "GBP", "2026-11-11", [
        ("BS-5LG", "Banjo strings 5-string light, nickel", 150, "SET", "4.20", "2026-12-14"),
        ("BS-PB5", "Banjo strings 5-string phosphor bronze", 100, "SET", "5.10", "2026-12-14"),
        ("BB-58", "Banjo bridge 5/8 in maple/ebony", 50, "EA", "6.75", "2026-12-14"),
    ], buyer="mette")
    t = ("Morning Mette,\n\nLines 1 and 2 are fine at your prices - we can actually get them to you a bit earlier, "
         "on 2/12.\n\nLine 3, the bridges: our maker in Sheffield has stopped production, so I'm afraid we'll "
         "have to decline that line.\n\nCheers,\nTom\n\nTom Ashworth\nFolkstring Supplies Ltd | Unit 4, Canal Wharf, "
         "Leeds LS11 5PS\nT: 0113 496 0123 | M: 07700 900461 | Reg. in England No. 08123456 | VAT GB 123 4567 89\n\n"
         "From: Mette Holm <mette.holm@buyer.example>\nSent: 11 November 2026 08:14\nTo: sales@folkstring.example\n"
         "Subject: " + request_subject(po) + "\n\n" + request_body(po) + "\n")
    h = ("<html><body><div style=\"font-family:Aptos,sans-serif\">Morning Mette,<br><br>Lines 1 and 2 are fine at your "
         "prices - we can actually get them to you a bit earlier, on 2/12.<br><br>Line 3, the bridges: our maker in "
         "Sheffield has stopped production, so I'm afraid we'll have to decline that line.<br><br>Cheers,<br>Tom<br>"
         "<br><span style=\"font-size:9pt;color:#777\">Tom Ashworth<br>Folkstring Supplies Ltd | Unit 4, Canal Wharf, "
         "Leeds LS11 5PS<br>T: 0113 496 0123 | M: 07700 900461 | Reg. in England No. 08123456 | VAT GB 123 4567 89"
         "</span></div><hr><blockquote style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">"
         "<b>From:</b> Mette Holm &lt;mette.holm@buyer.example&gt;<br><b>Sent:</b> 11 November 2026 08:14<br>"
         "<b>Subject:</b> " + esc(request_subject(po)) + "<br><br>" + request_html_table(po) +
         "</blockquote></body></html>")
    root = multipart("alternative", [text(t, charset="utf-8"), html(h)])
    eml = message(("Tom Ashworth", "tom@folkstring.example"), ("Mette Holm", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 12, 9, 3, 0),
                  "<LO2P265MB5512B9A8C7D6E5F4@LO2P265MB5512.GBRP265.PROD.OUTLOOK.COM>", root, reply_to_po=po)
    exp = expected("confirmation", "en-GB day-first: '2/12' = 2 December 2026, earlier than 14 Dec -> lines 1 and 2 changed "
                   "date (qty/price as ordered). Line 3 declined -> rejected.",
                   [conf(po, {1: chg(po, 1, date="2026-12-02"), 2: chg(po, 2, date="2026-12-02"), 3: REJ})])
    return [po], eml, exp


# ------------------------------------------------------------------ 041
@case(41, "orchard-ladders-aussie-ooo-quoted", "en-AU",
      "Australian out-of-office that quotes our whole PO table and gives a return date 30/11")
def c041():
    s = supplier("GOULBURN", "Goulburn Valley Orchard Supplies Pty Ltd", "orders@gvorchard.example", "en-AU")
    po = PO(4500031041, s, "AUD", "2026-11-19", [
        ("OL-T12", "Tripod orchard ladder 12 ft, aluminium", 10, "EA", "389.00", "2027-01-29"),
        ("OL-T10", "Tripod orchard ladder 10 ft, aluminium", 10, "EA", "335.00", "2027-01-29"),
    ], buyer="priya")
    body = ("G'day,\n\nThanks for your email. I'm out of the office on harvest leave and back Monday 30/11. "
            "Your email won't be forwarded.\n\nFor orders please call the Shepparton office on (03) 5821 4400 or "
            "email orders@gvorchard.example.\n\nCheers,\nBrett Sullivan\nGoulburn Valley Orchard Supplies Pty Ltd | "
            "ABN 12 345 678 901\n\n-----Original Message-----\nFrom: Priya Nair <priya.nair@buyer.example>\n"
            "Sent: Thursday, 19 November 2026 7:14 PM\nTo: orders@gvorchard.example\nSubject: " + request_subject(po)
            + "\n\n" + request_body(po) + "\n")
    eml = message(("Brett Sullivan", "brett@gvorchard.example"), ("Priya Nair", po["buyer"]["email"]),
                  "Automatic reply: " + request_subject(po), maildate(2026, 11, 19, 19, 15, 660),
                  "<SY4P282MB1520F3A2B1C0D9E8@SY4P282MB1520.AUSP282.PROD.OUTLOOK.COM>",
                  text(body, charset="us-ascii", cte="7bit"), reply_to_po=po,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    exp = expected("auto_reply", "Out-of-office autoreply; the PO numbers/dates below are our own quoted request and 30/11 "
                   "is a return date.")
    return [po], eml, exp


# ------------------------------------------------------------------ 042
@case(42, "fence-staples-za-xlsx-ack", "en-ZA",
      "South African SO acknowledgement as a real XLSX (date serials, numeric prices); plier line dearer and a week later")
def c042():
    s = supplier("KAROOWIRE", "Karoo Wire & Fencing (Pty) Ltd", "sales@karoowire.example", "en-ZA")
    po = PO(4500031042, s, "ZAR", "2026-11-12", [
        ("FS-U40", "U-staple 40 mm galv., 25 kg box", 40, "BOX", "612.50", "2027-01-11"),
        ("FS-U50", "U-staple 50 mm galv., 25 kg box", 30, "BOX", "598.00", "2027-01-11"),
        ("FT-PLR", "Fencing plier / staple puller", 10, "EA", "245.00", "2027-01-11"),
    ], buyer="tomas")
    d = dt.date
    rows = [["Karoo Wire & Fencing (Pty) Ltd - Sales Order Acknowledgement"],
            ["SO Number", "SO-118842", "", "Customer PO", "4500031042"],
            ["Date", d(2026, 11, 13), "", "Terms", "30 days from statement"],
            [],
            ["Line", "Item", "Description", "Qty", "UoM", "Unit Price (ZAR)", "Line Total (ZAR)", "Delivery Date"],
            [1, "FS-U40", "U-Staple 40mm galv 25kg", 40, "BOX", 612.5, 24500.0, d(2027, 1, 11)],
            [2, "FS-U50", "U-Staple 50mm galv 25kg", 30, "BOX", 598.0, 17940.0, d(2027, 1, 11)],
            [3, "FT-PLR", "Fencing Plier Heavy Duty", 10, "EA", 265.0, 2650.0, d(2027, 1, 18)],
            [],
            ["", "", "", "", "", "Subtotal", 45090.0],
            ["", "", "", "", "", "VAT 15%", 6763.5],
            ["", "", "", "", "", "Total", 51853.5]]
    x = make_xlsx(rows, "SO-118842")
    body = ("Good day Tomas\n\nPlease find attached our Sales Order Acknowledgement SO-118842 for your PO 4500031042.\n"
            "Please note the plier price is per our 2027 price list.\n\nKind regards\nLerato Mokoena\nSales Admin\n"
            "Karoo Wire & Fencing (Pty) Ltd | Reg. 2009/012345/07 | VAT 4123456789\n"
            "Tel: 049 892 1100 | Cell: 082 555 1234 | 14 Voortrekker Rd, Graaff-Reinet, 6280\n")
    root = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attachment(x, XLSX, "SO-118842.xlsx")])
    eml = message(("Lerato Mokoena", "lerato@karoowire.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 13, 11, 48, 120),
                  "<JN2P275MB0612A8B7C6D5E4F3@JN2P275MB0612.ZAFP275.PROD.OUTLOOK.COM>", root, reply_to_po=po)
    exp = expected("confirmation", "The XLSX is the confirmation (dates are Excel serials shown dd/mm/yyyy). Lines 1-2 as "
                   "ordered. Line 3: 265.00 instead of 245.00 and delivery 2027-01-18 -> changed.",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(po, 3, unit_price="265.00", date="2027-01-18")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 043
@case(43, "hoof-nippers-o365-ndr-threaded", "en-NG",
      "Office 365 NDR (multipart/report with HTML and the original attached) that carries In-Reply-To of our PO mail")
def c043():
    s = supplier("SAHELVET", "Sahel Veterinary Supplies Ltd", "procurement@sahelvet.example", "en-NG")
    po = PO(4500031043, s, "USD", "2026-11-17", [
        ("HN-14F", "Hoof nipper 14 in, farrier, forged", 30, "EA", "19.80", "2027-01-18"),
        ("HR-12", "Hoof rasp 12 in, double-cut", 60, "EA", "8.90", "2027-01-18"),
    ])
    rc = s["email"]
    t = ("Your message to %s couldn't be delivered.\n\nprocurement wasn't found at sahelvet.example.\n\n"
         "dana.ruiz       Office 365       procurement\nAction Required                  Recipient\n\n"
         "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist. Try one or more of "
         "the following:\n- Retype the recipient's address, then resend the message.\n\n"
         "Diagnostic information for administrators:\n\nGenerating server: AM7PR10MB3345.EURPRD10.PROD.OUTLOOK.COM\n\n"
         "%s\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
         "address lookup'\n" % (rc, rc))
    h = ("<html><body><p style='font-size:16pt;color:#C00000'>Your message to %s couldn't be delivered.</p>"
         "<p><b>procurement</b> wasn't found at <b>sahelvet.example</b>.</p><p>Unknown To address</p>"
         "<p><b>Remote Server returned</b> '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
         "address lookup'</p></body></html>" % rc)
    ds = ("Reporting-MTA: dns;AM7PR10MB3345.EURPRD10.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;mail.buyer.example\n"
          "Arrival-Date: Tue, 17 Nov 2026 08:14:05 +0000\n\nFinal-Recipient: rfc822;%s\nAction: failed\n"
          "Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by "
          "SMTP address lookup\n" % rc)
    orig = ("From: Dana Ruiz <dana.ruiz@buyer.example>\nTo: %s\nSubject: %s\nDate: Tue, 17 Nov 2026 09:14:02 +0100\n"
            "Message-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"us-ascii\"\n"
            "Content-Transfer-Encoding: 7bit\n\n%s\n" % (rc, request_subject(po), po["request_message_id"],
                                                          request_body(po)))
    alt = multipart("alternative", [text(t, charset="us-ascii", cte="7bit"), html(h, charset="us-ascii", cte="7bit")])
    root = multipart("report", [alt, raw_part("message/delivery-status", ds, "7bit"),
                                raw_part("message/rfc822", orig, "7bit")],
                     params=" report-type=delivery-status;")
    eml = message(("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@buyer.example"),
                  ("Dana Ruiz", po["buyer"]["email"]), "Undeliverable: " + request_subject(po),
                  maildate(2026, 11, 17, 8, 14, 0, 9),
                  "<e4b0d3a1-8f5c-4c2e-9a71-3d2c1b0a9f8e@AM7PR10MB3345.EURPRD10.PROD.OUTLOOK.COM>", root,
                  reply_to_po=po,
                  extra=[("^Return-Path", "<>"), ("Auto-Submitted", "auto-replied"),
                         ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-US")])
    exp = expected("bounce", "Exchange Online non-delivery report (5.1.10 recipient not found). It is threaded to our PO "
                   "mail and its attached original contains the PO table, but nothing came from the supplier.")
    return [po], eml, exp


# ------------------------------------------------------------------ 044
@case(44, "kettle-descaler-arabic-indic-digits", "ar-EG",
      "Egyptian Arabic reply written entirely in Arabic-Indic digits (٢٠/١٢/٢٠٢٦, ١٫١٥); tablets pushed to ١٠/١/٢٠٢٧")
def c044():
    s = supplier("EGYDET", "Egyptian Detergents Co. S.A.E.", "sales@egydet.example", "ar-EG")
    po = PO(4500031044, s, "USD", "2026-11-15", [
        ("KD-500", "Kettle descaler liquid 500 ml", 1200, "EA", "1.15", "2026-12-20"),
        ("KD-TAB", "Descaler tablets, tube of 10", 800, "EA", "0.90", "2026-12-20"),
    ], buyer="tomas")
    body = ("السيد/ توماس فيريرا المحترم\n\nتحية طيبة وبعد،\n\n"
            "نؤكد لسيادتكم أمر الشراء رقم ٤٥٠٠٠٣١٠٤٤ كالتالي:\n\n"
            "١- مزيل الترسبات السائل ٥٠٠ مل: الكمية ١٢٠٠ عبوة، السعر ١٫١٥ دولار أمريكي للعبوة، التسليم ٢٠/١٢/٢٠٢٦\n"
            "٢- أقراص إزالة الترسبات: الكمية ٨٠٠ أنبوب، السعر ٠٫٩٠ دولار أمريكي، التسليم ١٠/١/٢٠٢٧ "
            "نظراً لتأخر وصول مواد التغليف.\n\n"
            "وتفضلوا بقبول فائق الاحترام،\n\nأحمد عبد الرحمن\nمدير المبيعات - الشركة المصرية للمنظفات ش.م.م\n"
            "المنطقة الصناعية الثالثة، مدينة ٦ أكتوبر - ت: ٣٨٣٣٤٥٦٧ (٠٢) - س.ت: ١٢٣٤٥\n")
    eml = message(("أحمد عبد الرحمن", "a.abdelrahman@egydet.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 17, 13, 30, 120),
                  "<000f01db38e1$4a5b6c7d$def0a1b2$@egydet.example>",
                  text(body, charset="utf-8", cte="base64"), reply_to_po=po,
                  extra=[("Content-Language", "ar-eg")])
    exp = expected("confirmation", "Arabic-Indic digits, day-first. Line 1: 1200 at 1.15, 20/12/2026 = as ordered. Line 2: 800 "
                   "at 0.90, delivery 10/1/2027 -> changed date 2027-01-10.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-10")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 045
@case(45, "nib-holders-hebrew-rtl-html", "he-IL",
      "Hebrew right-to-left HTML (windows-1255 QP) with ₪ prices, '28.12' without year and a two-digit-year '10.1.27'")
def c045():
    s = supplier("KTIVAJLM", "Kli Ktiva Yerushalayim Ltd", "orders@ktiva-jlm.example", "he-IL")
    po = PO(4500031045, s, "ILS", "2026-11-16", [
        ("NH-CAL", "Calligraphy nib holder, straight, beech", 100, "EA", "18.90", "2026-12-28"),
        ("NH-SET", "Nib holder with 5 nibs, gift set", 40, "SET", "64.00", "2026-12-28"),
    ])
    t = ("שלום דנה,\n\nמאשרים את הזמנה 4500031045:\n"
         "שורה 1 - 100 יח' במחיר 18.90 ₪ ליח', אספקה 28.12\n"
         "שורה 2 - 40 סטים במחיר 64.00 ₪ לסט, אספקה רק ב-10.1.27 (הספק מאירופה מתעכב)\n\n"
         "בברכה,\nיעל כהן\nכלי כתיבה ירושלים בע\"מ | ח.פ. 512345678 | טל' 02-6251234\n")
    h = ("<html dir=\"rtl\"><head><meta charset=\"windows-1255\"></head><body dir=\"rtl\" style=\"font-family:Arial\">"
         "<p>שלום דנה,</p><p>מאשרים את הזמנה 4500031045:</p><ul>"
         "<li>שורה 1 - 100 יח' במחיר 18.90 ₪ ליח', אספקה 28.12</li>"
         "<li>שורה 2 - 40 סטים במחיר 64.00 ₪ לסט, אספקה רק ב-10.1.27 (הספק מאירופה מתעכב)</li></ul>"
         "<p>בברכה,<br>יעל כהן<br>כלי כתיבה ירושלים בע\"מ | ח.פ. 512345678 | טל' 02-6251234</p></body></html>")
    root = multipart("alternative", [text(t, charset="windows-1255"), html(h, charset="windows-1255")])
    eml = message(("יעל כהן", "yael@ktiva-jlm.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 18, 12, 5, 120),
                  "<VI1P195MB0611E2D3C4B5A697@VI1P195MB0611.EURP195.PROD.OUTLOOK.COM>", root, reply_to_po=po,
                  subject_charset="windows-1255")
    exp = expected("confirmation", "Line 1: 100 at 18.90 ILS, '28.12' without year -> 2026-12-28 = requested -> accepted. "
                   "Line 2: 40 at 64.00, delivery 10.1.27 (day.month.2-digit year) = 2027-01-10 -> changed.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-10")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 046
@case(46, "hoof-nippers-sialkot-urdu-revised-quote", "ur-PK",
      "Urdu + English: PO received but rates will be revised for the dollar rate, new quotation tomorrow, then confirmation")
def c046():
    s = supplier("SIALKSURG", "Sialkot Farrier & Surgical Works", "export@sialkotfarrier.example", "ur-PK")
    po = PO(4500031046, s, "USD", "2026-11-16", [
        ("HN-15", "Hoof nipper 15 in, farrier", 60, "EA", "14.50", "2027-01-15"),
        ("HK-R", "Hoof knife, right hand", 120, "EA", "3.20", "2027-01-15"),
    ])
    body = ("محترمہ دانا صاحبہ،\nالسلام علیکم۔\n\nآپ کا آرڈر نمبر 4500031046 موصول ہو گیا ہے، شکریہ۔ ڈالر کے ریٹ میں "
            "تبدیلی کی وجہ سے ہمیں قیمتوں پر نظرِ ثانی کرنی ہو گی۔ ہم کل تک نئی کوٹیشن بھیج دیں گے، اس کے بعد "
            "آرڈر کی تصدیق کریں گے۔\n\n"
            "Dear Madam,\nYour PO 4500031046 is received. Due to dollar rate movement our rates will be revised; "
            "revised quotation will be shared tomorrow InshaAllah, after that we will confirm the order.\n\n"
            "Best regards,\nMuhammad Usman\nExport Manager\nSialkot Farrier & Surgical Works\n"
            "Small Industrial Estate, Sialkot 51310, Pakistan\nPh: +92 52 3256789 | Cell/WhatsApp: +92 300 6123456\n"
            "NTN: 1234567-8\n")
    eml = message(("Muhammad Usman", "usman@sialkotfarrier.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 17, 15, 40, 300),
                  "<CAMx7Pq0vR3kLw9sT1yNb6zUc4dFe8gHj2A@mail.gmail.com>", text(body, cte="base64"), reply_to_po=po)
    exp = expected("needs_review", "Receipt plus an announced price revision; confirmation only after a new quotation. "
                   "Commits to nothing yet.")
    return [po], eml, exp


# ------------------------------------------------------------------ 047
@case(47, "gauze-bangladesh-yarn-shortage", "bn-BD",
      "Bangladeshi English with Bengali greeting: '20-Dec-26' ex-factory dates and one line cut to 1,800 rolls (balance cancelled)")
def c047():
    s = supplier("PADMATEX", "Padma Medi-Tex Ltd.", "merchandising@padmameditex.example", "bn-BD")
    po = PO(4500031047, s, "USD", "2026-11-13", [
        ("GZ-7.5", "Gauze roll 7.5 cm x 4 m, 17 threads", 2000, "ROL", "0.16", "2026-12-20"),
        ("GZ-15", "Gauze roll 15 cm x 4 m, 17 threads", 1000, "ROL", "0.29", "2026-12-20"),
    ], buyer="priya")
    body = ("প্রিয় Priya Nair,\nশুভেচ্ছা নেবেন।\n\nDear Madam,\n\nGreetings from Padma Medi-Tex. We are pleased to "
            "confirm your PO# 4500031047 as below:\n\n"
            "1) GZ-7.5 (7.5cm x 4m): due to yarn shortage we can supply 1,800 rolls only @ USD 0.16, ex-factory "
            "20-Dec-26. Balance 200 rolls stands cancelled.\n"
            "2) GZ-15 (15cm x 4m): 1,000 rolls @ USD 0.29, ex-factory 20-Dec-26.\n\n"
            "PI will follow. Please note our bank details remain unchanged.\n\n"
            "Thanks & Best Regards\nMd. Rafiqul Islam\nSr. Merchandiser\nPadma Medi-Tex Ltd.\n"
            "Plot 27, BSCIC I/E, Tongi, Gazipur-1710 | Cell: +880 1711-234567 | BIN: 000123456-0101\n")
    eml = message(("Md. Rafiqul Islam", "rafiq@padmameditex.example"), ("Priya Nair", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 16, 17, 20, 360),
                  "<KL1PR06MB6123B4C5D6E7F809@KL1PR06MB6123.apcprd06.prod.outlook.com>", text(body), reply_to_po=po)
    exp = expected("confirmation", "Line 1 confirmed for 1,800 of 2,000 (rest cancelled) at PO price, ex-factory 20-Dec-26 "
                   "(ship date only) = requested -> changed quantity 1800. Line 2 as ordered.",
                   [conf(po, {1: chg(po, 1, quantity=1800), 2: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 048
@case(48, "egg-incubators-namakkal-tamil", "ta-IN",
      "Tamil reply from Namakkal with ₹ lakh-style prices; hatchers moved to 'பிப்ரவரி 5' without a year")
def c048():
    s = supplier("KONGUINC", "Kongu Poultry Equipments", "sales@konguincubators.example", "ta-IN")
    po = PO(4500031048, s, "INR", "2026-11-16", [
        ("INC-1056", "Egg incubator 1056 eggs, setter", 4, "SET", "98000.00", "2027-01-22"),
        ("HAT-1056", "Hatcher 1056 eggs", 2, "SET", "76500.00", "2027-01-22"),
    ], buyer="priya")
    body = ("வணக்கம் Priya மேடம்,\n\nஉங்கள் ஆர்டர் எண் 4500031048 பெற்றுக்கொண்டோம், நன்றி.\n\n"
            "1. இன்குபேட்டர் 1056 முட்டை (INC-1056) - 4 செட், விலை ₹98,000.00 / செட், டெலிவரி 22-01-2027 - உறுதி.\n"
            "2. ஹேட்சர் 1056 முட்டை (HAT-1056) - 2 செட், விலை ₹76,500.00 / செட் - டெலிவரி பிப்ரவரி 5 அன்று "
            "(மோட்டார் வர தாமதம்).\n\n"
            "மொத்தம்: ₹5,45,000.00 + GST 12%\n\nநன்றி,\nக. செந்தில்குமார்\nKongu Poultry Equipments, "
            "Salem Main Road, Namakkal - 637001\nCell: 94431 23456 | GSTIN 33ABCPS1234K1Z7\n")
    eml = message(("Senthilkumar K", "senthil@konguincubators.example"), ("Priya Nair", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 18, 11, 2, 330),
                  "<CAL5nR8pWq2mTs7vYx0zKb3uFc9dGe1hJ4A@mail.gmail.com>", text(body, cte="base64"), reply_to_po=po)
    exp = expected("confirmation", "Line 1 confirmed as ordered (22-01-2027). Line 2: same qty/price, delivery 'February 5' "
                   "without year -> next 5 Feb after the mail = 2027-02-05 -> changed. Total 5,45,000 = 4x98,000 + "
                   "2x76,500 (Indian grouping).",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-02-05")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 049
@case(49, "cheese-moulds-portuguese-esgotado-duzia", "pt-PT",
      "European Portuguese: one line as ordered, one 'esgotado, data a confirmar', one priced 'à dúzia'")
def c049():
    s = supplier("QUEIJOFORM", "Queijoformas - Equipamentos para Lacticínios, Lda.", "comercial@queijoformas.example",
                 "pt-PT")
    po = PO(4500031049, s, "EUR", "2026-11-17", [
        ("QF-SE1", "Cheese mould Serra type 1 kg, PP", 150, "EA", "3.40", "2027-01-08"),
        ("QF-AZ2", "Cheese mould Azeitao 250 g, perforated", 300, "EA", "1.95", "2027-01-08"),
        ("QF-CLOTH", "Cheese cloth band 1 kg mould", 240, "EA", "1.10", "2027-01-08"),
    ], buyer="tomas")
    body = ("Bom dia Sr. Tomas Ferreira,\n\nAgradecemos a V. encomenda n.º 4500031049.\n\n"
            "- Formas tipo Serra 1 kg: 150 un. a 3,40 €, entrega dia 8 de janeiro.\n"
            "- Formas Azeitão 250 g: de momento esgotadas; prevemos nova produção em fevereiro, data a confirmar "
            "logo que possível.\n"
            "- Cintas de pano para forma de 1 kg: 240 un. a 12,60 € a dúzia, entrega dia 8 de janeiro.\n\n"
            "Com os melhores cumprimentos,\nAna Rita Sousa\nDep. Comercial | Queijoformas, Lda.\n"
            "Zona Industrial de Oliveira de Azeméis, Lote 12 | NIF 501 234 567 | Tel. 256 600 123\n")
    eml = message(("Ana Rita Sousa", "anarita@queijoformas.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 19, 10, 41, 0),
                  "<DU0PR09MB6012A3B4C5D6E7F8@DU0PR09MB6012.eurprd09.prod.outlook.com>",
                  text(body, charset="iso-8859-15"), reply_to_po=po)
    exp = expected("confirmation", "Line 1 as ordered ('8 de janeiro' -> 2027-01-08). Line 2 out of stock, February 'data a "
                   "confirmar' -> unconfirmed (not committed, not refused). Line 3: 12,60 EUR per dozen = 1.05 per EA -> "
                   "changed price.",
                   [conf(po, {1: "acc", 2: UNC, 3: chg(po, 3, unit_price="1.05")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 050
@case(50, "ink-rollers-rioplatense-lunes-11-1", "es-AR",
      "Argentine voseo phone reply: 'todo como lo pediste salvo el ítem 2, que te lo entrego el lunes 11/1'")
def c050():
    s = supplier("RODILLOSBA", "Rodillos Gráficos Buenos Aires S.R.L.", "ventas@rodillosba.example", "es-AR")
    po = PO(4500031050, s, "USD", "2026-11-18", [
        ("IR-150", "Ink roller 150 mm, rubber brayer", 30, "EA", "11.80", "2026-12-18"),
        ("IR-300", "Ink roller 300 mm, press type", 10, "EA", "46.00", "2026-12-18"),
        ("IR-AXL", "Spare axle for IR-300", 10, "EA", "7.20", "2026-12-18"),
    ], buyer="tomas")
    body = ("Hola Tomás, ¿cómo andás? Te confirmo todo como lo pediste salvo el ítem 2, que te lo entrego el lunes "
            "11/1 porque el caucho viene de Brasil. Mismo precio.\nAbrazo,\nMartín\n\nEnviado desde mi Galaxy\n\n\n"
            "-------- Mensaje original --------\nDe: Tomas Ferreira <tomas.ferreira@buyer.example>\n"
            "Fecha: 18/11/26 05:14 (GMT-03:00)\nPara: ventas@rodillosba.example\nAsunto: " + request_subject(po)
            + "\n\n" + request_body(po) + "\n")
    eml = message(("Martín Gómez", "martin.gomez@rodillosba.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 19, 19, 22, -180),
                  "<u8k3n1xq0hw7v4c2m9p5.1763590920133@email.android.com>", text(body), reply_to_po=po)
    exp = expected("confirmation", "Lines 1 and 3 as ordered. Line 2 same price, delivered 'lunes 11/1' = Monday 2027-01-11 "
                   "(day-first, no year) -> changed.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-11"), 3: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 051
@case(51, "rope-ratchets-chilean-dispatch-other-oc", "es-CL",
      "Chilean automatic dispatch notice (guía de despacho, tracking) for an older OC 4500028811, not the open PO")
def c051():
    s = supplier("FERRAUSTRAL", "Ferretería Industrial Austral SpA", "ventas@ferraustral.example", "es-CL")
    po = PO(4500031051, s, "USD", "2026-11-17", [
        ("RR-25C", "Rope ratchet 1/4 in, 68 kg, carded", 120, "PC", "4.35", "2027-01-05"),
    ], buyer="tomas")
    h = ("<html><body style='font-family:Arial'><table width=600><tr><td style='background:#003366;color:#fff'>"
         "<b>Ferretería Industrial Austral SpA</b></td></tr><tr><td><h3>Aviso de despacho</h3>"
         "<p>Estimado cliente:</p><p>Le informamos que su pedido ha sido despachado.</p><table>"
         "<tr><td>Orden de compra cliente:</td><td><b>4500028811</b></td></tr>"
         "<tr><td>Guía de despacho electrónica N°:</td><td>458812</td></tr>"
         "<tr><td>Fecha de despacho:</td><td>20-11-2026</td></tr>"
         "<tr><td>Transportista:</td><td>Chilexpress, OT 99120448817</td></tr>"
         "<tr><td>Bultos:</td><td>3 (48,5 kg)</td></tr></table>"
         "<p>Detalle: 200 x RR-38C Trinquete para cuerda 3/8\" - 60 x RR-12C Trinquete 1/2\"</p>"
         "<p>Este es un mensaje automático, por favor no responder.</p>"
         "<p style='font-size:8pt'>Av. Pedro Montt 2040, Puerto Montt - RUT 76.123.456-7 - Fono +56 65 223 4500</p>"
         "</td></tr></table></body></html>")
    eml = message(("Despachos Ferretería Austral", "despachos@ferraustral.example"), ("", po["buyer"]["email"]),
                  "Aviso de despacho - OC 4500028811 - Guía 458812", maildate(2026, 11, 20, 17, 5, -180),
                  "<despacho.458812.20261120170500@ferraustral.example>", html(h, charset="iso-8859-1"),
                  extra=[("Auto-Submitted", "auto-generated")])
    exp = expected("unrelated", "Shipping notice for a different order (OC 4500028811, RR-38C/RR-12C). It does not answer "
                   "open PO 4500031051.")
    return [po], eml, exp


# ------------------------------------------------------------------ 052
@case(52, "sieve-mesh-spanish-price-per-metre", "es-ES",
      "Spanish supplier prices rolls per linear metre: 2,18 €/m x 25 m is a change, 1,64 €/m x 25 m equals the PO")
def c052():
    s = supplier("MALLASEBRO", "Mallas del Ebro S.L.", "pedidos@mallasebro.example", "es-ES")
    po = PO(4500031052, s, "EUR", "2026-11-16", [
        ("SM-2G", "Sieve mesh 2 mm galv., 1 m x 25 m roll", 20, "ROL", "52.00", "2026-12-17"),
        ("SM-5G", "Sieve mesh 5 mm galv., 1 m x 25 m roll", 10, "ROL", "41.00", "2026-12-17"),
    ])
    body = ("Buenos días Dana:\n\nConfirmamos su pedido 4500031052:\n\n"
            "- Malla 2 mm galvanizada: 20 rollos de 25 m a 2,18 €/m lineal (tarifa 2027), entrega 17/12.\n"
            "- Malla 5 mm galvanizada: 10 rollos de 25 m a 1,64 €/m lineal, entrega 17/12.\n\n"
            "Un saludo,\nJavier Lasheras\nDpto. Comercial - Mallas del Ebro S.L.\n"
            "Pol. Ind. Malpica, C/ E, nave 14 - 50016 Zaragoza - CIF B50123456 - Tel. 976 57 12 34\n\n"
            "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario...\n\n"
            "De: Dana Ruiz <dana.ruiz@buyer.example>\nEnviado el: lunes, 16 de noviembre de 2026 9:14\n"
            "Para: pedidos@mallasebro.example\nAsunto: " + request_subject(po) + "\n\n" + request_body(po) + "\n")
    eml = message(("Javier Lasheras", "jlasheras@mallasebro.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 17, 9, 55),
                  "<PAXPR04MB8123F0E1D2C3B4A5@PAXPR04MB8123.eurprd04.prod.outlook.com>",
                  text(body, charset="windows-1252"), reply_to_po=po)
    exp = expected("confirmation", "PO unit is a 25 m roll; price given per metre. Line 1: 2.18 x 25 = 54.50 per ROL vs 52.00 "
                   "-> changed price. Line 2: 1.64 x 25 = 41.00 = PO -> accepted. 17/12 -> 2026-12-17.",
                   [conf(po, {1: chg(po, 1, unit_price="54.50"), 2: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 053
@case(53, "orchard-ladders-catalan-setmana-2", "ca-ES",
      "Catalan reply from Lleida: two lines for 'dimecres 13 de gener', the platform ladder 'la setmana 2'")
def c053():
    s = supplier("ESCALESSEG", "Escales Fruiteres del Segrià SL", "comandes@escalessegria.example", "ca-ES")
    po = PO(4500031053, s, "EUR", "2026-11-18", [
        ("OL-3P10", "Orchard ladder 3-leg alu, 10 steps", 15, "EA", "142.00", "2027-01-13"),
        ("OL-3P14", "Orchard ladder 3-leg alu, 14 steps", 10, "EA", "189.00", "2027-01-13"),
        ("OL-PLAT6", "Platform orchard ladder, 6 steps", 4, "EA", "265.00", "2027-01-13"),
    ], buyer="tomas")
    body = ("Bon dia Tomas,\n\nUs confirmem la comanda 4500031053: les escales de 10 i 14 graons tal com les heu "
            "demanat, per al dimecres 13 de gener. L'escala de plataforma, al mateix preu, la tindrem la setmana 2.\n\n"
            "Salutacions cordials,\nJordi Puigdollers\nEscales Fruiteres del Segrià SL\n"
            "Ctra. de Torrefarrera, km 2 - 25123 Lleida - NIF B25123456 - Tel. 973 20 45 67\n")
    eml = message(("Jordi Puigdollers", "jordi@escalessegria.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 20, 12, 30),
                  "<7fd2a9c3-5b1e-4a0d-8c6f-2e9b4d1a7c30@escalessegria.example>",
                  text(body, charset="iso-8859-1"), reply_to_po=po)
    exp = expected("confirmation", "Lines 1-2 as ordered (dimecres 13 de gener = 2027-01-13). Line 3 same price, 'setmana 2' "
                   "without a day -> Friday of ISO week 2 2027 = 2027-01-15 -> changed.",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(po, 3, date=kw(2027, 2))})])
    return [po], eml, exp


# ------------------------------------------------------------------ 054
@case(54, "torque-wrenches-swiss-apostrophe", "de-CH",
      "Swiss German 'Grüezi' reply with CHF 1'250.50 apostrophe thousands, 'Fr, 18.12.' and a promotional lower price")
def c054():
    s = supplier("DREHMOMCH", "Drehmoment Technik Huber AG", "verkauf@drehmoment-huber.example", "de-CH")
    po = PO(4500031054, s, "CHF", "2026-11-16", [
        ("TW-DIG200", "Digital torque wrench 1/2 in, 20-200 Nm", 8, "EA", "1250.50", "2026-12-18"),
        ("TW-C60", "Torque wrench 3/8 in, 5-60 Nm", 20, "EA", "189.00", "2026-12-18"),
    ], buyer="jonas")
    body = ("Grüezi Herr Keller\n\nBesten Dank für Ihre Bestellung 4500031054, die wir gerne wie folgt bestätigen:\n\n"
            "Pos. 1: 8 Stk. TW-DIG200 à CHF 1'250.50, Liefertermin Fr, 18.12.\n"
            "Pos. 2: 20 Stk. TW-C60 à CHF 179.00 (Aktionspreis bis Ende Jahr), Liefertermin Fr, 18.12.\n\n"
            "Freundliche Grüsse\n\nReto Huber\nInnendienst\nDrehmoment Technik Huber AG\n"
            "Industriestrasse 21 | CH-8604 Volketswil | Tel. +41 44 908 12 34 | MWST CHE-123.456.789\n\n"
            "Diese E-Mail kann vertrauliche Informationen enthalten. Falls Sie nicht der richtige Adressat sind, "
            "informieren Sie bitte sofort den Absender.\n\n"
            "Von: Jonas Keller <jonas.keller@buyer.example>\nGesendet: Montag, 16. November 2026 09:14\n"
            "An: verkauf@drehmoment-huber.example\nBetreff: " + request_subject(po) + "\n\n" + request_body(po) + "\n")
    eml = message(("Reto Huber", "r.huber@drehmoment-huber.example"), ("Jonas Keller", po["buyer"]["email"]),
                  "AW: " + request_subject(po), maildate(2026, 11, 17, 16, 2),
                  "<ZR0P278MB0654C1D2E3F4A5B6@ZR0P278MB0654.CHEP278.PROD.OUTLOOK.COM>",
                  text(body, charset="iso-8859-1"), reply_to_po=po)
    exp = expected("confirmation", "CHF 1'250.50 = 1250.50 (Swiss apostrophe thousands). Pos. 1 as ordered (Fr, 18.12. -> "
                   "2026-12-18). Pos. 2 at 179.00 instead of 189.00 -> changed price.",
                   [conf(po, {1: "acc", 2: chg(po, 2, unit_price="179.00")})])
    return [po], eml, exp
