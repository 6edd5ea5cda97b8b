from .common import case, po, reply, text, alt, multipart, attachment, html_doc, A, C, R, U, conf, other, esc
from .common import rfcdate, quote_gt, quote_outlook, request_html, request_subject, message, addr, dsn
from .common import orig_headers_for, html_from_text, raw_part, Part


@case("estonian-address-question", "needs_review", "et-EE",
      "Estonian: supplier asks which warehouse to deliver to and whether DAP includes unloading; prices quoted but nothing confirmed.")
def c_et():
    p = po("4500031038", "KOIS", "Köis ja Tross OÜ", "myyk@koisjatross.example", "et-EE", "EUR", "2026-11-09",
           [("NR-16-PP", "Nylon rope 16 mm, braided", 500, "M", "1.95", "2026-12-16")], buyer="tom")
    body = """Tere, Tom!

Täname tellimuse 4500031038 eest. Hind 1,95 EUR/m on meie poolt korras.
Enne kinnitamist palun täpsustage:
1) kas kaup tuleb tuua Rotterdami (Dock 4) või teie Tallinna lattu?
2) kas DAP hind peab sisaldama ka mahalaadimist tõstukiga?
Kinnitame tarneaja kohe, kui vastus käes.

Lugupidamisega
Kristjan Tamm
Köis ja Tross OÜ | Peterburi tee 44, 11415 Tallinn | tel +372 612 3456 | KMKR EE101234567
"""
    m = reply(p, "Kristjan Tamm", "kristjan@koisjatross.example", text(body, charset="iso-8859-15", cte="quoted-printable"),
              rfcdate(2026, 11, 10, 10, 20, 0, "+0200"), "<kt.4500031038@koisjatross.example>", subject="Re: " + request_subject(p))
    return [p], m, other("needs_review", "Questions about delivery address and unloading before confirming; only the price is said to be OK, no quantity/date commitment.")


@case("slovenian-earlier-date", "confirmation", "sl-SI",
      "Slovenian: one line can come a week EARLIER than requested ('že v petek, 4. 12.'), the other as ordered.")
def c_sl():
    p = po("4500031039", "SIDRO", "Sidro Tehnika d.o.o.", "prodaja@sidrotehnika.example", "sl-SI", "EUR", "2026-11-06",
           [("AA-EP-385", "Epoxy anchor mortar 385 ml", 60, "EA", "11.20", "2026-12-11"),
            ("AA-SLV-M10", "Mesh sleeve for anchors M10, 16 x 85", 300, "EA", "0.31", "2026-12-11")], buyer="lea")
    body = """Spoštovani,

potrjujemo naročilo 4500031039.
Poz. 1 (epoksidna malta): 60 kos po 11,20 EUR – ker je blago na zalogi, lahko dobavimo že v petek, 4. 12. 2026.
Poz. 2 (mrežasti tulci): 300 kos po 0,31 EUR, dobava 11. 12. 2026.

Lep pozdrav
Maja Kranjc
Sidro Tehnika d.o.o., Celovška 150, 1000 Ljubljana | tel. 01 500 12 34 | ID za DDV SI12345678
"""
    m = reply(p, "Maja Kranjc", "maja.kranjc@sidrotehnika.example", text(body, cte="quoted-printable"),
              rfcdate(2026, 11, 9, 15, 0, 0, "+0100"), "<mk.9911@sidrotehnika.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: C(p, 1, date="2026-12-04"), 2: A(p, 2)}),
                        notes="Line 1 earlier: 4. 12. 2026 instead of 2026-12-11 -> changed date; line 2 as ordered.")


@case("serbian-cyrillic-partial", "confirmation", "sr-RS",
      "Serbian Cyrillic: line 1 confirmed, line 2 'потврдићемо следеће недеље' -> unconfirmed.")
def c_sr():
    p = po("4500031040", "DIZALICE", "Дизалице Нови Сад д.о.о.", "prodaja@dizalice-ns.example", "sr-RS", "EUR", "2026-11-05",
           [("CH-0.5T-3M", "Manual chain hoist 0.5 t, 3 m", 6, "EA", "138.00", "2027-01-18"),
            ("CH-5T-3M", "Manual chain hoist 5 t, 3 m", 2, "EA", "612.00", "2027-01-18")])
    body = """Поштована госпођо Ковалчик,

позиција 1 (ручна дизалица 0,5 т) – 6 ком по 138,00 EUR, испорука 18.01.2027. – потврђујемо.
Позиција 2 (дизалица 5 т) – чекамо одговор произвођача о роковима, потврдићемо следеће недеље.

Срдачан поздрав,
Милан Јовановић
Дизалице Нови Сад д.о.о. | ПИБ 101234567 | тел. 021 123 456
"""
    m = reply(p, "Милан Јовановић", "milan.jovanovic@dizalice-ns.example", text(body, cte="base64"),
              rfcdate(2026, 11, 10, 9, 45, 0, "+0100"), "<mj.20261110@dizalice-ns.example>", subject="Одг: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: U}),
                        notes="Line 1 committed as ordered (18.01.2027.); line 2 explicitly pending -> unconfirmed. The reply commits to something, so kind is confirmation.")


@case("sendmail-host-unknown", "bounce", "mk-MK",
      "Sendmail-style DSN: supplier domain has no MX (5.1.2 host unknown), after four days of retries.")
def c_mk():
    p = po("4500031041", "ZASTITA", "Заштита Скопје ДООЕЛ", "naracki@zastita-sk.example", "mk-MK", "EUR", "2026-11-05",
           [("RC-ABEK1", "Respirator cartridge ABEK1, pair", 80, "PR", "12.40", "2026-12-14")])
    human = """The original message was received at Thu, 5 Nov 2026 11:02:40 +0100
from mx2.northgate-mro.example [192.0.2.44]

   ----- The following addresses had permanent fatal errors -----
<naracki@zastita-sk.example>
    (reason: 550 5.1.2 Host unknown (Name server: zastita-sk.example: host not found))

   ----- Transcript of session follows -----
550 5.1.2 <naracki@zastita-sk.example>... Host unknown (Name server: zastita-sk.example: host not found)
"""
    m = dsn("mx2.northgate-mro.example", "MAILER-DAEMON@mx2.northgate-mro.example", "ana.kowalczyk@northgate-mro.example",
            "naracki@zastita-sk.example", rfcdate(2026, 11, 9, 11, 3, 0, "+0100"), "<202611091003.4A9A3B01@mx2.northgate-mro.example>",
            human, "5.1.2", "550 5.1.2 Host unknown (Name server: zastita-sk.example: host not found)",
            orig_headers_for(p, rfcdate(2026, 11, 5, 11, 2, 40, "+0100")), subject="Returned mail: see transcript for details",
            boundary="4A9A3B01.1762682580/mx2.northgate-mro.example")
    return [p], m, other("bounce", "Sendmail 'Returned mail' DSN; host unknown, permanent failure.")


@case("georgian-terse-no-year", "confirmation", "ka-GE",
      "Georgian greeting + terse English one-liner, 'delivery 14.12' without year for both lines.")
def c_ka():
    p = po("4500031042", "KAVK", "Kavkasia Tools LLC", "sales@kavkasiatools.example", "ka-GE", "USD", "2026-11-09",
           [("BC-30-GE", "Bolt cutter 750 mm", 15, "EA", "27.80", "2026-12-14"),
            ("BC-JAW-30", "Spare jaw set for 750 mm bolt cutter", 10, "SET", "9.60", "2026-12-14")], buyer="raj")
    body = """გამარჯობა Raj,
confirmed all positions as per PO, delivery 14.12.
Giorgi

--
Giorgi Beridze | Kavkasia Tools LLC | Tbilisi, 12 Tsinamdzgvrishvili st. | +995 32 2 123 456 | ID 404123456
"""
    m = reply(p, "Giorgi Beridze", "giorgi@kavkasiatools.example", text(body, cte="quoted-printable"),
              rfcdate(2026, 11, 10, 18, 12, 0, "+0400"), "<CAGb3r1dz3@mail.gmail.example>", subject="Re: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: A(p, 2)}),
                        notes="'as per PO', 14.12 (no year, day-first) = 2026-12-14 = requested for both lines.")


@case("armenian-weekday-dates", "confirmation", "hy-AM",
      "English from an Armenian distributor with weekday+day-month dates without year; second line slips into January.")
def c_hy():
    p = po("4500031043", "ARAXT", "Arax Technika CJSC", "info@araxtechnika.example", "hy-AM", "USD", "2026-11-06",
           [("IRT-400-K", "Infrared thermometer -32..400 C, 12:1", 25, "EA", "31.50", "2026-12-18"),
            ("IRT-TC-K", "K-type thermocouple probe", 25, "EA", "6.20", "2026-12-18")], buyer="tom")
    body = """Բարև Ձեզ, Dear Mr. Brandt,

Thank you for PO 4500031043. We confirm quantities and prices.
Line 1 (thermometers) will be delivered on Friday, 18 December.
Line 2 (K probes) comes from another factory, delivery Monday, 4 January.

Best regards,
Narek Hakobyan
Sales Manager, Arax Technika CJSC
Yerevan, Arshakunyats ave. 34 | +374 10 123 456 | TIN 01234567
"""
    m = reply(p, "Narek Hakobyan", "narek@araxtechnika.example", text(body, cte="quoted-printable"),
              rfcdate(2026, 11, 11, 12, 0, 0, "+0400"), "<nh.9912.araxt@araxtechnika.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2027-01-04")}),
                        notes="Dates without year: Friday 18 December = 2026-12-18 (as requested), Monday 4 January = 2027-01-04 (weekday consistent). Qty/prices confirmed.")


@case("gbk-two-batches-padlocks", "confirmation", "zh-CN",
      "GBK simplified Chinese: padlocks in two batches (12月20日 300, 1月10日 200), second line as ordered.")
def c_zh_cn():
    p = po("4500031044", "PUJIANG", "浦江锁业有限公司", "export@pujianglock.example", "zh-CN", "USD", "2026-11-05",
           [("PL-38-BR", "Brass padlock 38 mm, keyed alike", 500, "EA", "2.35", "2026-12-20"),
            ("PL-MK-KEY", "Master key for keyed-alike series", 5, "EA", "4.00", "2026-12-20")], buyer="raj")
    body = """Raj 先生：

您好！订单 4500031044 已收到，确认如下：
1. PL-38-BR 铜挂锁 38mm，共500个，单价 USD 2.35。分两批交货：12月20日交300个，1月10日交余下200个。
2. PL-MK-KEY 总钥匙 5把，单价 USD 4.00，12月20日随第一批交货。

祝好！
浦江锁业有限公司 外贸部 王丽
电话：0579-8412 3456  手机：138 5790 1234
"""
    m = reply(p, "王丽", "wangli@pujianglock.example", text(body, charset="gbk", cte="base64"),
              rfcdate(2026, 11, 9, 16, 40, 0, "+0800"), "<tencent_3F2A1B@pujianglock.example>", subject="回复：" + request_subject(p),
              subject_charset="gbk")
    return [p], m, conf((p, {1: C(p, 1, schedule=[(300, "2026-12-20"), (200, "2027-01-10")]), 2: A(p, 2)}),
                        notes="Line 1 split 300 on 2026-12-20 + 200 on 2027-01-10 (no year -> next such date), total 500, last 2027-01-10. Line 2 as ordered.")


@case("malay-csv-new-thread", "confirmation", "ms-MY",
      "Malay mail starting a new thread (no In-Reply-To, no request on record) with a CSV of confirmed lines, dd/mm dates.")
def c_ms():
    p = po("4500031045", "PERNAF", "Pernafasan Safety Sdn. Bhd.", "sales@pernafasan.example", "ms-MY", "USD", "2026-11-06",
           [("RC-6001", "Organic vapour cartridge, pair", 150, "PR", "7.60", "2026-12-21"),
            ("RC-5N11", "Particulate filter N95, pack of 10", 60, "PC", "5.90", "2026-12-21"),
            ("RC-501", "Filter retainer, pack of 2", 60, "PC", "1.10", "2026-12-21")], req=False)
    body = """Salam sejahtera Cik Ana,

Dilampirkan pengesahan pesanan untuk PO 4500031045 dalam fail CSV.
Baris 2 hanya ada 40 unit dalam stok, baki 20 unit akan dihantar pada awal Januari (tarikh dalam fail).

Terima kasih.
Nurul Aisyah binti Hassan
Pernafasan Safety Sdn. Bhd. (1234567-X) | Shah Alam, Selangor | Tel: 03-5512 3456
"""
    csv = ("PO No,Line,Item,Qty,UOM,Unit Price (USD),Delivery Date\r\n"
           "4500031045,1,RC-6001,150,PR,7.60,21/12/2026\r\n"
           "4500031045,2,RC-5N11,40,PC,5.90,21/12/2026\r\n"
           "4500031045,2,RC-5N11,20,PC,5.90,06/01/2027\r\n"
           "4500031045,3,RC-501,60,PC,1.10,21/12/2026\r\n").encode("ascii")
    mp = multipart("mixed", [text(body), attachment(csv, "text/csv", "SO-88213_PO4500031045.csv")], "--_pn_88213")
    m = message(addr("Nurul Aisyah", "nurul@pernafasan.example"), "Ana Kowalczyk <ana.kowalczyk@northgate-mro.example>",
                "Pengesahan Pesanan / Order Confirmation PO 4500031045", rfcdate(2026, 11, 10, 14, 15, 0, "+0800"),
                "<SO88213.nurul@pernafasan.example>", mp)
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, schedule=[(40, "2026-12-21"), (20, "2027-01-06")]), 3: A(p, 3)}),
                        notes="Not threaded; CSV gives line 2 in two rows: 40 on 21/12/2026 + 20 on 06/01/2027 (dd/mm) -> split, total 60, last 2027-01-06. Lines 1 and 3 as ordered.")


@case("taglish-per-dozen-us-dates", "confirmation", "tl-PH",
      "Taglish reply pricing per dozen (equal to the PO's per-piece price) with US month-first numeric dates.")
def c_tl():
    p = po("4500031046", "MAYNILA", "Maynila Hardware Trading Corp.", "sales@maynilahardware.example", "tl-PH", "PHP", "2026-11-06",
           [("UK-18-PH", "Utility knife 18 mm, auto-lock", 120, "EA", "95.00", "2026-12-10"),
            ("UK-BL-18-PH", "Blades 18 mm, tube of 10", 60, "PC", "68.00", "2026-12-10")], buyer="raj")
    body = """Hi Sir Raj,

Good day po! Confirmed po yung PO 4500031046.
Item 1 - 120 pcs (10 dozen) @ PHP 1,140.00/dozen, delivery 12/10/2026.
Item 2 - 60 tubes @ PHP 68.00, kaso wala pa stock, delivery na po ay 12/22/2026.

Salamat po!
Jasmine Reyes
Maynila Hardware Trading Corp. | 1234 Rizal Ave., Sta. Cruz, Manila | (02) 8123-4567 / 0917 123 4567
"""
    m = reply(p, "Jasmine Reyes", "jasmine@maynilahardware.example", text(body), rfcdate(2026, 11, 9, 13, 5, 0, "+0800"),
              "<CAJr3y3s-ph1@mail.gmail.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2026-12-22")}),
                        notes="PHP 1,140.00/dozen = 95.00 per EA = PO price; 12/10/2026 is Dec 10 (month-first, en-PH usage; 12/22 confirms the order). Line 2 date 2026-12-22.")


@case("indian-lakh-dd-mm", "confirmation", "en-IN",
      "Indian English with lakh grouping ('₹1,25,000.00') and dd-mm-yyyy dates; one line moves to 05-01-2027 (5 Jan).")
def c_en_in():
    p = po("4500031047", "PRAKASH", "Prakash Lighting Solutions Pvt. Ltd.", "sales@prakashlighting.example", "en-IN", "INR", "2026-11-05",
           [("LP-2X2-36W", "LED panel 2x2 ft, 36 W, 6500 K", 100, "EA", "1250.00", "2026-12-12"),
            ("LP-1X4-40W", "LED panel 1x4 ft, 40 W, 6500 K", 50, "EA", "1480.00", "2026-12-12")], buyer="raj")
    body = """Dear Sir,

Greetings from Prakash Lighting!

With reference to your PO No. 4500031047 dated 05-11-2026, we are pleased to confirm the following:

1) LP-2X2-36W - 100 Nos @ Rs. 1,250.00 = Rs. 1,25,000.00 - delivery on 12-12-2026
2) LP-1X4-40W - 50 Nos @ Rs. 1,480.00 = Rs. 74,000.00 - delivery on 05-01-2027 (due to driver shortage)

GST @18% extra as applicable. Kindly do the needful and acknowledge.

Thanks & Regards,
Suresh Iyer
Sr. Executive - Sales
Prakash Lighting Solutions Pvt. Ltd. | GSTIN 27AABCP1234Q1Z2 | +91 22 2850 1234 | +91 98200 12345
"""
    m = reply(p, "Suresh Iyer", "suresh.iyer@prakashlighting.example", text(body), rfcdate(2026, 11, 7, 11, 40, 0, "+0530"),
              "<PN2PR01MB4411.suresh@prakashlighting.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2027-01-05")}),
                        notes="en-IN is day-first: 05-01-2027 = 5 January 2027 for line 2. Prices ex-GST equal the PO; lakh-grouped totals are noise.")


@case("aussie-superseded-code", "needs_review", "en-AU",
      "Australian supplier asks whether a superseded jack-stand code may be replaced by a 3 t version at a different price.")
def c_en_au():
    p = po("4500031048", "OZLIFT", "OzLift Workshop Supplies Pty Ltd", "sales@ozlift.example", "en-AU", "AUD", "2026-11-09",
           [("JS-2.5T-AU", "Jack stands 2.5 t (pair)", 12, "PR", "58.00", "2027-01-22")], buyer="tom")
    body = """G'day Tom,

Thanks for the PO. Quick one before I lock it in - JS-2.5T-AU has been superseded by the JS-3T-AU (3 tonne, same footprint), $63.50 a pair ex GST.
Happy to go with the 3t or do you want me to hunt down the last of the 2.5t stock?
Let me know and I'll send the confirmation straight away.

Cheers,
Brad Wilson
OzLift Workshop Supplies Pty Ltd | ABN 12 345 678 901 | 07 3123 4567 | Unit 3/22 Industry Dr, Yatala QLD 4207
"""
    m = reply(p, "Brad Wilson", "brad@ozlift.example", text(body), rfcdate(2026, 11, 10, 9, 12, 0, "+1000"),
              "<SY4P282MB1234.brad@ozlift.example>", subject="RE: " + request_subject(p))
    return [p], m, other("needs_review", "A question (substitute 3 t at $63.50 or hunt for old stock) with the confirmation promised after our answer.")


@case("za-helpdesk-ticket", "auto_reply", "en-ZA",
      "South African supplier's ticketing system acknowledges receipt with a ticket number and SLA; no human answer.")
def c_en_za():
    p = po("4500031049", "VELDT", "Veldt Industrial Supplies (Pty) Ltd", "orders@veldtind.example", "en-ZA", "ZAR", "2026-11-09",
           [("MS-76-ZA", "Magnetic sweeper 760 mm", 4, "EA", "1895.00", "2026-12-08")], buyer="raj")
    plain = """Dear Raj Mehta,

Thank you for contacting Veldt Industrial Supplies. Your request has been logged as ticket #ZA-558812.
Subject: Purchase order 4500031049 - request for order confirmation

One of our consultants will respond within 2 business days (48 hours). Please quote the ticket number in all correspondence.

Kind regards,
Veldt Customer Service Desk
This is an automated message - please do not reply. Tel 011 555 0123 | Reg. 2001/012345/07
"""
    html = html_doc(html_from_text(plain))
    m = reply(p, "Veldt Customer Service", "servicedesk@veldtind.example", alt(plain, html, "b1=_ZA558812"),
              rfcdate(2026, 11, 9, 10, 1, 22, "+0200"), "<ticket-ZA-558812@veldtind.example>",
              subject="[Ticket #ZA-558812] RE: " + request_subject(p), extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Freshdesk")])
    return [p], m, other("auto_reply", "Automated ticket acknowledgement; says only that the request was logged.")


@case("kiwi-phone-all-good", "confirmation", "en-NZ",
      "Two-line phone reply 'All good, confirmed as per PO' on top of the full quoted request.")
def c_en_nz():
    p = po("4500031050", "KIWIR", "Kiwi Rigging & Rope Ltd", "sales@kiwirigging.example", "en-NZ", "NZD", "2026-11-09",
           [("NR-10-NZ", "Nylon rope 10 mm, double braid", 200, "M", "2.40", "2026-12-15"),
            ("NR-THIM-10", "Thimble for 10 mm rope, galvanised", 20, "EA", "1.85", "2026-12-15"),
            ("NR-CLIP-10", "Wire rope grip 10 mm", 40, "EA", "0.95", "2026-12-15")])
    body = """All good, confirmed as per PO. Cheers

Sent from my iPhone

On 9/11/2026, at 9:14 PM, Ana Kowalczyk <ana.kowalczyk@northgate-mro.example> wrote:

""" + quote_gt(p)
    m = reply(p, "Hemi Walker", "hemi@kiwirigging.example", text(body), rfcdate(2026, 11, 10, 7, 48, 0, "+1300"),
              "<6F3D1A2B-9C4E-4B7A-8E21-0A1B2C3D4E5F@kiwirigging.example>", subject="Re: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: A(p, 2), 3: A(p, 3)}),
                        notes="'confirmed as per PO' commits all three lines exactly as ordered; the quoted table is ours.")


@case("irish-price-increase-letter", "unrelated", "en-IE",
      "Irish supplier's general price-increase letter (from 1 Jan 2027, orders placed from then); does not answer our PO.")
def c_en_ie():
    p = po("4500031051", "EIREW", "Éire Welding Supplies Ltd", "sales@eirewelding.example", "en-IE", "EUR", "2026-11-06",
           [("WR-SS316-25", "Stainless welding rod 316L, 2.5 mm", 40, "KG", "18.90", "2026-12-14")])
    plain = """Dear Valued Customer,

Due to continued increases in nickel and energy costs, we regret to inform you that our prices will increase by 6% on all stainless steel consumables with effect from 1st January 2027.
Orders placed before 31st December 2026 will be honoured at current prices.

We thank you for your continued support.

Yours sincerely,
Siobhán O'Connor
Managing Director
Éire Welding Supplies Ltd | Unit 12, Ballymount Ind. Est., Dublin 12, D12 X2Y3 | VAT IE 1234567T
"""
    html = html_doc(html_from_text(plain))
    m = message(addr("Éire Welding Supplies", "news@eirewelding.example"), "undisclosed-recipients:;",
                "Price notification - effective 1st January 2027", rfcdate(2026, 11, 16, 9, 0, 0, "+0000"),
                "<pricelist-2027.88@eirewelding.example>", alt(plain, html, "=_pi2027_", cte="quoted-printable"),
                extra=[("Precedence", "bulk")])
    return [p], m, other("unrelated", "Circular to all customers about future prices; our PO (placed 2026-11-06) is not answered or mentioned.")


@case("sg-html-table-columns", "confirmation", "en-SG",
      "HTML-only reply with a table of 'Confirmed Qty / Price / ETA' columns next to our ordered values.")
def c_en_sg():
    p = po("4500031052", "LIONHS", "Lion City Hoists Pte Ltd", "sales@lioncityhoists.example", "en-SG", "SGD", "2026-11-06",
           [("CH-LEV-0.75T", "Lever hoist 0.75 t, 1.5 m", 10, "EA", "96.00", "2026-12-18"),
            ("CH-LEV-1.5T", "Lever hoist 1.5 t, 1.5 m", 6, "EA", "128.00", "2026-12-18"),
            ("CH-BEAM-1T", "Beam clamp 1 t", 10, "EA", "42.00", "2026-12-18")], buyer="tom")
    html = html_doc("""<p>Hi Tom,</p><p>Please see our confirmation below. Pls note CH-LEV-1.5T stock is limited.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde"><th>S/N</th><th>Item</th><th>Ordered Qty</th><th>Unit Price (SGD)</th><th>Req. Date</th><th>Confirmed Qty</th><th>Confirmed Price</th><th>ETA</th></tr>
<tr><td>1</td><td>CH-LEV-0.75T</td><td>10</td><td>96.00</td><td>18/12/2026</td><td>10</td><td>96.00</td><td>11/12/2026</td></tr>
<tr><td>2</td><td>CH-LEV-1.5T</td><td>6</td><td>128.00</td><td>18/12/2026</td><td>4</td><td>128.00</td><td>18/12/2026</td></tr>
<tr><td>3</td><td>CH-BEAM-1T</td><td>10</td><td>42.00</td><td>18/12/2026</td><td>10</td><td>42.00</td><td>18/12/2026</td></tr>
</table>
<p>Balance 2 pcs of CH-LEV-1.5T cannot be supplied this year, pls raise new PO in 2027 if still required.</p>
<p>Thanks &amp; regards,<br>Tan Wei Ming<br>Lion City Hoists Pte Ltd | 25 Kaki Bukit Rd 4 #03-12 Singapore 417800 | +65 6741 2345 | UEN 201012345K</p>""")
    m = reply(p, "Tan Wei Ming", "weiming.tan@lioncityhoists.example", text(html, "html", cte="quoted-printable"),
              rfcdate(2026, 11, 10, 15, 30, 0, "+0800"), "<SG2PR06MB9911.tan@lioncityhoists.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: C(p, 1, date="2026-12-11"), 2: C(p, 2, q=4), 3: A(p, 3)}),
                        notes="Read the Confirmed columns, not the Ordered ones: line 1 ETA 11/12/2026 (earlier), line 2 only 4 of 6 (balance cancelled), line 3 as ordered.")


@case("nigeria-ps-retracts", "needs_review", "en-NG",
      "Nigerian English: body 'confirms' 50 units but a P.S. retracts it pending a stock check -> nothing firm.")
def c_en_ng():
    p = po("4500031053", "LAGSAF", "Lagos Safety Equipment Ltd", "sales@lagossafety.example", "en-NG", "USD", "2026-11-09",
           [("DM-FFP1-50", "Dust mask FFP1, box of 50", 50, "BOX", "9.40", "2026-12-15")], buyer="raj")
    body = """Good afternoon Sir,

Trust this mail meets you well.
We acknowledge receipt of your PO 4500031053 and confirm 50 boxes at USD 9.40, delivery 15/12/2026.

Warm regards,
Chinedu Okafor
Lagos Safety Equipment Ltd | 14 Creek Road, Apapa, Lagos | +234 803 123 4567 | RC 123456

P.S. Sorry Sir, store just informed me that the last container has not cleared at Apapa. Please disregard the above until I confirm actual stock, I will revert latest Monday.
"""
    m = reply(p, "Chinedu Okafor", "chinedu@lagossafety.example", text(body), rfcdate(2026, 11, 10, 14, 20, 0, "+0100"),
              "<CAN9ok4f0r@mail.gmail.example>", subject="RE: " + request_subject(p))
    return [p], m, other("needs_review", "The P.S. withdraws the confirmation ('disregard the above') pending a stock check; a human must wait for Monday's answer.")


@case("argentina-ship-date-only", "confirmation", "es-AR",
      "Rioplatense Spanish with 'U$S' prices; one line has only a dispatch date ('despachamos el viernes 11/12') and that is the date.")
def c_es_ar():
    p = po("4500031054", "BARRE", "Barredoras Magnéticas del Plata S.R.L.", "ventas@barredorasplata.example", "es-AR", "USD", "2026-11-06",
           [("MS-50-AR", "Magnetic sweeper 500 mm", 10, "EA", "68.00", "2026-12-14"),
            ("MS-100-AR", "Magnetic sweeper 1000 mm, forklift mount", 2, "EA", "410.00", "2026-12-14")])
    body = """Hola Ana, ¿cómo estás?

Te confirmo la OC 4500031054:
- MS-50: 10 unidades a U$S 68,00, entrega el lunes 14/12 en Rotterdam.
- MS-100: 2 unidades a U$S 410,00, esas las despachamos el viernes 11/12 desde Buenos Aires.

Cualquier cosa avisame.
Abrazo,
Martín Gómez
Barredoras Magnéticas del Plata S.R.L. | CUIT 30-71234567-8 | (011) 4555-1234
"""
    m = reply(p, "Martín Gómez", "martin@barredorasplata.example", text(body, charset="iso-8859-1", cte="quoted-printable"),
              rfcdate(2026, 11, 9, 17, 0, 0, "-0300"), "<mg.oc4500031054@barredorasplata.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2026-12-11")}),
                        notes="Line 1 delivery lunes 14/12 = 2026-12-14 as requested. Line 2 gives only a ship date (viernes 11/12) -> by the rule date = 2026-12-11 (changed).")


@case("chile-despacho-vs-entrega", "confirmation", "es-CL",
      "Chilean Spanish giving both a dispatch date and a later delivery date per line; the delivery date wins.")
def c_es_cl():
    p = po("4500031055", "RASPA", "Raspadores Andinos SpA", "ventas@raspadoresandinos.example", "es-CL", "USD", "2026-11-05",
           [("FS-450-CL", "Floor scraper 450 mm, heavy duty", 6, "EA", "44.00", "2027-01-15"),
            ("FS-BL-450", "Spare blade 450 mm", 30, "EA", "5.20", "2027-01-15")], buyer="lea")
    body = """Estimada Léa:

Junto con saludar, confirmamos la OC 4500031055:

Ítem 1 – 6 un. a USD 44,00 – despacho desde San Antiago 28/12/2026, entrega en destino 15/01/2027.
Ítem 2 – 30 un. a USD 5,20 – despacho 04/01/2027, entrega en destino 22/01/2027.

Saludos cordiales,
Camila Soto
Raspadores Andinos SpA | RUT 76.123.456-7 | +56 2 2345 6789
"""
    body = body.replace("San Antiago", "Santiago")
    m = reply(p, "Camila Soto", "camila.soto@raspadoresandinos.example", text(body, cte="quoted-printable"),
              rfcdate(2026, 11, 10, 12, 30, 0, "-0300"), "<cs.4500031055@raspadoresandinos.example>", subject="RE: " + request_subject(p))
    return [p], m, conf((p, {1: A(p, 1), 2: C(p, 2, date="2027-01-22")}),
                        notes="Delivery dates win over dispatch dates: line 1 15/01/2027 = requested; line 2 delivered 22/01/2027 (dispatch 04/01 is not the date).")


@case("german-received-will-confirm", "needs_review", "de-DE",
      "German human receipt: 'Bestellung eingegangen, AB folgt' - a receipt with no commitment.")
def c_de_de():
    p = po("4500031056", "SCHLEIF", "Schleifmittel Rheinland GmbH", "auftrag@schleifmittel-rl.example", "de-DE", "EUR", "2026-11-09",
           [("SD-225-P120", "Drywall sanding disc 225 mm, P120", 400, "PC", "0.64", "2026-12-16"),
            ("SD-225-P180", "Drywall sanding disc 225 mm, P180", 400, "PC", "0.64", "2026-12-16")], buyer="tom")
    body = """Hallo Herr Brandt,

vielen Dank, Ihre Bestellung 4500031056 ist bei uns eingegangen und wird bearbeitet.
Die Auftragsbestätigung mit Lieferterminen erhalten Sie in den nächsten Tagen.

Viele Grüße
Sabine Krüger
Auftragsabwicklung
Schleifmittel Rheinland GmbH · Industriestr. 8 · 51149 Köln
Tel. +49 2203 123-45 · HRB 12345 AG Köln · USt-IdNr. DE123456789

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.
"""
    m = reply(p, "Sabine Krüger", "s.krueger@schleifmittel-rl.example", text(body, charset="iso-8859-15", cte="quoted-printable"),
              rfcdate(2026, 11, 9, 16, 5, 0, "+0100"), "<sk.ab.9911@schleifmittel-rl.example>", subject="AW: " + request_subject(p))
    return [p], m, other("needs_review", "A human acknowledges receipt only; the AB (order confirmation) is announced for later. No line committed.")
