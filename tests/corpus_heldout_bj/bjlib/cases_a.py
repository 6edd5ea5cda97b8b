"""Cases 001-018."""
from . import mime
from .common import (B_ELLA, B_JONAS, B_MIRA, B_TOMAS, D, case, conf, hdate, kw_friday, labels, mail, other, po,
                     quote_block, req_message, req_subject, req_text, sup, weekday)
from .pdf import make_pdf

DISCL_EN = ("\n\nThis e-mail and any attachments are confidential and intended solely for the addressee. If you have "
            "received it in error please notify the sender and delete it. Registered in England and Wales No. 04417832.\n")


@case("circus-tent-accepted-outlook", "confirmation/en-GB", "one-line blanket confirmation above an Outlook-quoted table whose descriptions are full of numbers (32x48 m, M20x600, 650 g/m2)")
def c001():
    s = sup("BIGTOP", "Big Top Fabrications Ltd", "sales@bigtopfab.example", "en-GB")
    p = po("4500231845", s, "GBP", [
        ("BT-3248-PVC", "Big top canvas 32x48 m, PVC 650 g/m2, flame retardant", 1, "EA", "18450.00", "2026-12-18"),
        ("KP-12-80", "King pole 12 m, galvanised, 80 mm dia.", 4, "EA", "1265.00", "2026-12-18"),
        ("SK-M20x600", "Ground stakes M20x600, zinc plated, box of 50", 6, "BOX", "142.50", "2026-12-11")])
    body = ("Hi Mira,\n\nThanks for the order - confirmed as per your PO, all three lines at the quantities, prices "
            "and dates shown below.\n\nBest regards\n\nOwen Pritchard\nSales Office\nBig Top Fabrications Ltd | Unit 7, "
            "Riverside Works, Leeds LS10 1QP\nT +44 113 496 0712 | M +44 7700 900 418" + DISCL_EN)
    eml = mail(p, ("Owen Pritchard", "owen.pritchard@bigtopfab.example"), D(2026, 11, 10, 9, 41, "+0000"), body,
               quote="outlook-orig", cs="us-ascii", cte="7bit")
    return [p], eml, conf("Blanket 'confirmed as per your PO' for all three lines; the only numbers are in the quoted request.",
                          labels(p, {1: "A", 2: "A", 3: "A"}))


@case("brewing-kettle-kw51", "confirmation/de-DE", "'Liefertermin: 51. KW' without a day means Friday 2026-12-18 for all lines; '1.5 mm' in the reason text is not a quantity")
def c002():
    s = sup("SUDHAUS", "Sudhaus Technik Bamberg GmbH", "auftrag@sudhaus-technik.example", "de-DE")
    p = po("4500231877", s, "EUR", [
        ("SK-500-V4A", "Brewing kettle 500 l, AISI 316, 3-layer, 1.5 mm bottom", 2, "EA", "8940.00", "2026-12-11"),
        ("RW-DN50", "Agitator DN50, 0.75 kW, 230/400V", 2, "EA", "1280.00", "2026-12-11"),
        ("TH-PT100-4/3", "Thermometer PT100 4/3-wire, 250 mm", 4, "PCS", "96.40", "2026-12-11")], buyer=B_JONAS)
    assert kw_friday(2026, 51) == "2026-12-18"
    body = ("Sehr geehrter Herr Brandt,\n\nvielen Dank für Ihre Bestellung 4500231877. Wir bestätigen alle drei "
            "Positionen zu den bestellten Mengen und Preisen.\n\nLiefertermin: 51. KW\n\nEine frühere Lieferung ist "
            "wegen der Materialverfügbarkeit (Bodenbleche 1.5 mm) leider nicht möglich.\n\nMit freundlichen Grüßen\n\n"
            "i.A. Katrin Schüßler\nInnendienst / Auftragsabwicklung\nSudhaus Technik Bamberg GmbH\nGutenbergstraße 17, "
            "96050 Bamberg\nTel. +49 951 555 43-12\nGeschäftsführer: Dipl.-Ing. Martin Rauh | HRB 4711 Amtsgericht Bamberg\n")
    eml = mail(p, ("Katrin Schüßler", "k.schuessler@sudhaus-technik.example"), D(2026, 11, 12, 14, 5), body,
               re="AW:", lang="de", cs="iso-8859-1", henc="Q")
    d = "2026-12-18"
    return [p], eml, conf("KW 51 without weekday = Friday 2026-12-18 for all lines; quantities and prices confirmed unchanged.",
                          labels(p, {1: ("C", None, None, d), 2: ("C", None, None, d), 3: ("C", None, None, d)}))


@case("ceramic-hob-fredag", "confirmation/da-DK", "'levering fredag den 18. december' has no year: next 18 December after the mail date is 2026-12-18 (a Friday)")
def c003():
    s = sup("NORDKER", "Nordkeramik Kogeplader A/S", "ordre@nordkeramik.example", "da-DK")
    p = po("4500231893", s, "DKK", [
        ("CH-4Z-60", "Ceramic hob 60 cm, 4 zones, 7.2 kW", 12, "EA", "2450.00", "2026-12-15"),
        ("CH-2Z-30", "Domino ceramic hob 30 cm, 2 zones, 3.5 kW", 8, "EA", "1395.00", "2026-12-15")])
    assert weekday("2026-12-18") == "Friday"
    body = ("Hej Mira\n\nTak for ordren. Vi bekræfter begge linjer med antal og priser som bestilt, levering fredag "
            "den 18. december.\n\nDen 15. december kan vi desværre ikke nå, da glaskeramikken først ankommer i uge 50.\n\n"
            "Venlig hilsen\nMette Kjær\nSalg & ordrebehandling\nNordkeramik Kogeplader A/S · Industrivej 22 · 8600 Silkeborg\n"
            "Tlf. +45 86 12 34 56\n")
    eml = mail(p, ("Mette Kjær", "mette.kjaer@nordkeramik.example"), D(2026, 11, 16, 11, 20), body, re="SV:",
               client="gmail", quote="gmail", cs="iso-8859-1", henc="Q")
    d = "2026-12-18"
    return [p], eml, conf("Danish date without year -> 2026-12-18; 'uge 50' in the explanation is not a delivery date.",
                          labels(p, {1: ("C", None, None, d), 2: ("C", None, None, d)}))


@case("gnome-week-2-2027", "confirmation/nl-NL", "'levering in week 2 van 2027' is ISO week 2 of 2027, Friday 2027-01-15; quantities and prices 'akkoord'")
def c004():
    s = sup("VANDIJK", "Tuinbeelden Van Dijk B.V.", "verkoop@tuinbeeldenvandijk.example", "nl-NL")
    p = po("4500231902", s, "EUR", [
        ("GN-30-KL", "Garden gnome classic 30 cm, polyresin, hand painted", 240, "PCS", "7.85", "2026-12-04"),
        ("GN-45-LNT", "Garden gnome with lantern 45 cm, LED 3V", 96, "PCS", "14.20", "2026-12-04"),
        ("GN-DSP-12", "Display carton for 12 gnomes, 40x60 cm", 20, "PCS", "3.10", "2026-12-04")])
    assert kw_friday(2027, 2) == "2027-01-15"
    body = ("Goedemiddag Mira,\n\nDank voor uw order 4500231902. Aantallen en prijzen zijn akkoord. Door de drukte "
            "rond de feestdagen wordt het levering in week 2 van 2027, voor alle drie regels.\n\nMet vriendelijke groet,\n\n"
            "Sander de Wit\nBinnendienst\nTuinbeelden Van Dijk B.V.\nHavenweg 8, 5145 NJ Waalwijk\nT +31 416 67 89 00\n")
    eml = mail(p, ("Sander de Wit", "s.dewit@tuinbeeldenvandijk.example"), D(2026, 11, 18, 15, 2), body,
               lang="nl", cs="windows-1252")
    d = "2027-01-15"
    return [p], eml, conf("Week 2 of 2027 without weekday = Friday 2027-01-15 for all three lines.",
                          labels(p, {1: ("C", None, None, d), 2: ("C", None, None, d), 3: ("C", None, None, d)}))


@case("hebrew-out-of-office", "auto_reply/he-IL", "Hebrew Outlook automatic reply in windows-1255 with a return date and a colleague's phone number, no answer to the order")
def c005():
    s = sup("MEDSEAT", "Med-Seat Ltd", "sales@medseat.example", "he-IL")
    p = po("4500231921", s, "USD", [
        ("DC-300-EL", "Dialysis chair, 3 motors, 24V, 180 kg load", 6, "EA", "3420.00", "2026-12-18"),
        ("DC-ARM-L/R", "Arm rest set L/R for DC-300", 6, "SET", "185.00", "2026-12-18")], issued="2026-11-09")
    body = ("שלום,\n\nאני מחוץ למשרד עד יום חמישי 19.11.2026 ללא גישה לדואר אלקטרוני.\n"
            "בעניינים דחופים ניתן לפנות לאבי כהן, avi.cohen@medseat.example, טל' 03-5556789.\n\n"
            "תודה,\nנועה לוי\n\n"
            "I am out of the office until Thursday 19.11.2026. For urgent matters please contact Avi Cohen, "
            "avi.cohen@medseat.example, +972 3-555-6789.\n")
    eml = mail(p, ("נועה לוי", "noa.levi@medseat.example"), D(2026, 11, 9, 11, 13, "+0200"), body,
               subject="תשובה אוטומטית: " + req_subject(p), quote=None, cs="windows-1255", cte="base64", alt=False,
               extra_hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, other("auto_reply", "Out-of-office in Hebrew; 19.11.2026 is the return date, not a delivery date.")


@case("skate-deck-livrare", "confirmation/ro-RO", "per-line list with Romanian decimal commas; line 2 reduced to 160 pcs and 'livrare pe 18.12.2026' in a separate sentence for all lines")
def c006():
    s = sup("CARPATI", "Plăci Skate Carpați SRL", "comenzi@placiskate.example", "ro-RO")
    p = po("4500231950", s, "EUR", [
        ("SD-825-MPL", "Skateboard deck 8.25\" Canadian maple, 7-ply", 300, "PCS", "11.40", "2026-12-18"),
        ("SD-800-MPL", "Skateboard deck 8.0\" Canadian maple, 2027 graphics", 200, "PCS", "11.10", "2026-12-18"),
        ("GT-9x33", "Grip tape 9x33\", roll", 20, "ROL", "38.00", "2026-12-18")])
    body = ("Bună ziua,\n\nVă confirmăm comanda 4500231950 după cum urmează:\n"
            "- poz. 1: 300 buc., 11,40 EUR/buc.\n"
            "- poz. 2: 160 buc. (atât avem în stoc cu grafica 2027), 11,10 EUR/buc.\n"
            "- poz. 3: 20 role, 38,00 EUR/rolă\n\n"
            "Livrare pe 18.12.2026 pentru toate pozițiile.\n\nCu stimă,\nIoana Popescu\nDepartament vânzări\n"
            "Plăci Skate Carpați SRL, Str. Fabricii 41, 400620 Cluj-Napoca\nTel. +40 264 555 218\n")
    eml = mail(p, ("Ioana Popescu", "ioana.popescu@placiskate.example"), D(2026, 11, 13, 10, 33, "+0200"), body,
               client="gmail", quote="gmail", re="Re:", cte="base64")
    return [p], eml, conf("Line 2 confirmed with 160 instead of 200; 18.12.2026 equals the requested date for all lines.",
                          labels(p, {1: "A", 2: ("C", 160, None, None), 3: "A"}))


@case("police-radio-ukrainian", "confirmation/uk-UA", "Ukrainian windows-1251 per-line answer: ship date (= requested) vs delivery date, and a discontinued line that is rejected despite an offered alternative")
def c007():
    s = sup("RADIOZV", "Radiozviazok Servis LLC", "sales@radiozviazok.example", "uk-UA")
    p = po("4500232014", s, "EUR", [
        ("PR-DMR-450", "Portable DMR radio 400-470 MHz, 5 W", 40, "EA", "289.00", "2026-12-11"),
        ("BT-LI-2600", "Li-ion battery pack 7.4V 2600 mAh", 80, "EA", "34.50", "2026-12-11"),
        ("CH-6X", "6-way charger, 12/24V", 8, "EA", "212.00", "2026-12-11")])
    body = ("Добрий день, пані Міра!\n\nДякуємо за замовлення 4500232014. Підтверджуємо:\n"
            "1. PR-DMR-450 - 40 шт., 289,00 EUR, відвантаження 11.12.2026, як замовлено.\n"
            "2. BT-LI-2600 - 80 шт., 34,50 EUR, дата поставки 22.12.2026 (затримка постачальника елементів).\n"
            "3. CH-6X - на жаль, знято з виробництва, поставити не можемо. Аналог CH-6X-V2 можемо запропонувати "
            "окремою пропозицією.\n\nЗ повагою,\nОлена Коваленко\nвідділ продажів\nТОВ «Радіозв'язок Сервіс»\n"
            "вул. Промислова 12, Київ 03150\nтел. +380 44 555 12 34\n")
    eml = mail(p, ("Олена Коваленко", "o.kovalenko@radiozviazok.example"), D(2026, 11, 17, 12, 48, "+0200"), body,
               client="thunderbird", quote="thunderbird", re="Re:", cs="windows-1251", alt=False)
    return [p], eml, conf("Line 1 ship date 11.12 = requested (accepted); line 2 delivery 22.12.2026; line 3 discontinued = rejected (alternative only offered separately).",
                          labels(p, {1: "A", 2: ("C", None, None, "2026-12-22"), 3: "R"}))


@case("gmail-bounce-not-delivered", "bounce/ms-MY", "Gmail 'Message not delivered' DSN (multipart/report) carrying the original request with its PO table and dates")
def c008():
    s = sup("KACAJAYA", "Kaca Akuarium Jaya Sdn Bhd", "jualan@kacaakuarium.example", "ms-MY")
    p = po("4500232033", s, "MYR", [
        ("AG-12-1200x600", "Float glass 12 mm, 1200x600, polished edges", 30, "PCS", "145.00", "2026-12-18"),
        ("AG-SIL-310", "Aquarium silicone 310 ml, clear", 48, "PCS", "18.90", "2026-12-18")], issued="2026-11-10",
        buyer=B_TOMAS)
    orig = req_message(p)
    txt = ("\n** Message not delivered **\n\nThere was a problem delivering your message to jualan@kacaakuarium.example. "
           "See the technical details below.\n\nThe response was:\n\nThe recipient server did not accept our requests to "
           "connect. For more information, go to https://support.google.com/mail/?p=IPTimeouts "
           "[kacaakuarium.example. 203.0.113.25: timed out]\n")
    htm = ("<html><body><h2>Message not delivered</h2><p>There was a problem delivering your message to "
           "<b>jualan@kacaakuarium.example</b>. See the technical details below.</p><p>The response was:</p>"
           "<p style=\"font-family:monospace\">The recipient server did not accept our requests to connect. "
           "[kacaakuarium.example. 203.0.113.25: timed out]</p></body></html>\n")
    ds = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; mira-workspace\n"
          "Arrival-Date: Tue, 10 Nov 2026 01:12:03 -0800 (PST)\nX-Original-Message-ID: " + p["request_message_id"] + "\n\n"
          "Final-Recipient: rfc822; jualan@kacaakuarium.example\nAction: failed\nStatus: 4.4.1\n"
          "Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.\n"
          "Last-Attempt-Date: Thu, 12 Nov 2026 01:20:44 -0800 (PST)\n")
    root = mime.mp("report", [mime.mp("alternative", [mime.text(txt), mime.html(htm)], "000000000000a1b2c3d4e5f60718"),
                              mime.dsn(ds), mime.rfc822(orig)], "000000000000f9e8d7c6b5a49382",
                   params=" report-type=delivery-status;")
    hdrs = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", B_TOMAS["email"]),
            ("Subject", "Delivery Status Notification (Failure)"), ("Date", hdate(D(2026, 11, 12, 1, 20, "-0800", 45))),
            ("Message-ID", "<6553f1a2.5d0a0220.3c1b4.0f2e.GMR@mx.google.com>"),
            ("References", p["request_message_id"]), ("In-Reply-To", p["request_message_id"]),
            ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    return [p], mime.build(hdrs, root), other("bounce", "Gmail DSN after retry timeout; the embedded original has the PO table with quantities, prices and 2026-12-18.")


@case("aquarium-glass-big5", "confirmation/zh-TW", "Big5 reply where '交期 12/18' is a month/day date without year for both lines")
def c009():
    s = sup("CRYSTAL", "Crystal Art Aquarium Glass Co., Ltd.", "sales@crystalart-glass.example", "zh-TW")
    p = po("4500232101", s, "USD", [
        ("AQ-UW-1500", "Ultra-clear aquarium panel 1500x600x15 mm", 20, "PCS", "186.00", "2026-12-11"),
        ("AQ-UW-900", "Ultra-clear aquarium panel 900x450x10 mm", 40, "PCS", "74.50", "2026-12-11")], buyer=B_ELLA)
    body = ("Ella 您好，\n\n感謝您的訂單 4500232101。\n兩項品項數量與單價均照訂單確認，交期 12/18。\n\n"
            "如有任何問題請隨時與我聯絡。\n\n陳怡君 Yi-Chun Chen\n業務部\n晶藝水族玻璃有限公司\n台中市西屯區工業區一路 88 號\n"
            "Tel: +886-4-2355-1234\n")
    eml = mail(p, ("陳怡君", "yichun.chen@crystalart-glass.example"), D(2026, 11, 19, 9, 30, "+0800"), body,
               subject="回覆: " + req_subject(p), cs="big5", cte="base64")
    d = "2026-12-18"
    return [p], eml, conf("'交期 12/18' = 18 December 2026 (next after the mail date) for both lines; quantities and prices as ordered.",
                          labels(p, {1: ("C", None, None, d), 2: ("C", None, None, d)}))


@case("bamboo-total-amount-only", "needs_review/sv-SE", "the only answer is a new order total in Swedish number format; no unit prices, so no line can be confirmed")
def c010():
    s = sup("BAMBUGOLV", "Bambugolv Norden AB", "order@bambugolv.example", "sv-SE")
    p = po("4500232150", s, "SEK", [
        ("BF-CAR-14x128", "Bamboo floor carbonised 14x128x1850 mm, click", 180, "M2", "329.00", "2026-12-18"),
        ("BF-LST-15x40", "Bamboo skirting 15x40x2400 mm", 120, "PCS", "64.50", "2026-12-18"),
        ("BF-UL-2MM", "Underlay 2 mm, roll 15 m2", 12, "ROL", "415.00", "2026-12-18")])
    body = ("Hej Mira,\n\ntack för order 4500232150. På grund av höjda fraktkostnader och nya priser från fabriken blir "
            "det totala ordervärdet 74 820,00 SEK exkl. moms (i stället för 71 940,00 SEK).\n\nHör av dig om det går bra, "
            "så skickar vi en orderbekräftelse.\n\nMed vänliga hälsningar\nLinnea Holm\nInnesälj\nBambugolv Norden AB\n"
            "Verkstadsgatan 3, 252 25 Helsingborg\n042-555 18 30\n")
    eml = mail(p, ("Linnea Holm", "linnea.holm@bambugolv.example"), D(2026, 11, 11, 13, 15), body, re="SV:", lang="sv",
               cs="iso-8859-1", henc="Q")
    return [p], eml, other("needs_review", "Only a changed order total (74 820,00 vs 71 940,00 SEK) without unit prices, and an explicit request for approval before confirming.")


@case("bamboo-floor-vnd-dots", "confirmation/vi-VN", "Vietnamese reply with VND prices using dots as thousands separators (1.180.000) and a price increase on line 1")
def c011():
    s = sup("SANTRE", "Viet Bamboo Flooring Co., Ltd.", "sales@santreviet.example", "vi-VN")
    p = po("4500232188", s, "VND", [
        ("VB-ST-15x96", "Strand woven bamboo 15x96x1850 mm, natural", 400, "M2", "1150000", "2026-12-18"),
        ("VB-SK-12x80", "Bamboo skirting 12x80x2400 mm", 300, "PCS", "95000", "2026-12-18")], buyer=B_TOMAS)
    body = ("Kính gửi anh Tomas,\n\nCảm ơn anh đã đặt hàng (PO 4500232188). Chúng tôi xác nhận như sau:\n"
            "- Dòng 1: 400 m2, đơn giá 1.180.000 VND/m2 (giá nguyên liệu tăng), giao hàng 18/12/2026.\n"
            "- Dòng 2: 300 cái, đơn giá 95.000 VND/cái, giao hàng 18/12/2026.\n\nTrân trọng,\nNguyễn Thị Lan\n"
            "Phòng Kinh doanh\nCông ty TNHH Sàn Tre Việt\nKCN Tân Uyên, Bình Dương\nĐT: +84 274 355 6789\n")
    eml = mail(p, ("Nguyễn Thị Lan", "lan.nguyen@santreviet.example"), D(2026, 11, 20, 16, 40, "+0700"), body,
               client="gmail", quote="gmail", re="Re:", cte="8bit")
    return [p], eml, conf("1.180.000 VND = 1180000 (dots are thousands separators); line 2 unchanged.",
                          labels(p, {1: ("C", None, "1180000", None), 2: "A"}))


@case("windsurf-sail-tarne", "confirmation/et-EE", "Estonian ISO-8859-15 reply: 'tarne 18.12.2026' for all lines while '75%' and '5.8 m2' in the text are not changes")
def c012():
    s = sup("PURJE", "Purjetöökoda Läänemeri OÜ", "sales@purjetookoda.example", "et-EE")
    p = po("4500232230", s, "EUR", [
        ("WS-5.8-RACE", "Windsurf sail 5.8 m2, race, monofilm", 10, "PCS", "689.00", "2026-12-11"),
        ("WS-4.7-WAVE", "Windsurf sail 4.7 m2, wave, X-ply", 12, "PCS", "612.00", "2026-12-11"),
        ("MST-430-RDM", "Mast RDM 430 cm, 75% carbon", 10, "PCS", "398.00", "2026-12-11")], buyer=B_ELLA)
    body = ("Tere, Ella!\n\nTäname tellimuse 4500232230 eest. Kinnitame kõik kolm rida tellitud koguste ja hindadega, "
            "tarne 18.12.2026.\n\nMasti RDM 430 süsinikusisaldus on 75%, nagu tellimuses.\n\nLugupidamisega\nKadri Tamm\n"
            "Müügijuht\nPurjetöökoda Läänemeri OÜ\nSadama 5, 10111 Tallinn\n+372 600 1234\n")
    eml = mail(p, ("Kadri Tamm", "kadri.tamm@purjetookoda.example"), D(2026, 11, 17, 9, 5, "+0200"), body,
               client="thunderbird", quote="thunderbird", re="Re:", cs="iso-8859-15", alt=False, henc="Q")
    d = "2026-12-18"
    return [p], eml, conf("All lines confirmed as ordered except date: tarne (delivery) 18.12.2026.",
                          labels(p, {1: ("C", None, None, d), 2: ("C", None, None, d), 3: ("C", None, None, d)}))


@case("ribbon-colleague-correction", "confirmation/en-NZ", "a colleague's 'correction: line 2 is 15.01.' below the first answer overrides line 2 only; 15.01. without year is 2027-01-15")
def c013():
    s = sup("KIWIRIB", "Kiwi Ribbon & Carbon Ltd", "orders@kiwiribbon.example", "en-NZ")
    p = po("4500232262", s, "NZD", [
        ("TR-1/2-BR", "Typewriter ribbon 1/2\" (13 mm) x 10 m, black/red nylon", 500, "PCS", "6.80", "2026-12-11"),
        ("TR-1/2-BK", "Typewriter ribbon 1/2\" x 10 m, black nylon", 800, "PCS", "6.20", "2026-12-11"),
        ("CR-OLY-SG3", "Correction ribbon for Olympia SG3, 6 m", 200, "PCS", "4.95", "2026-12-11")])
    body = ("Hi Mira,\n\nAll three lines confirmed at PO prices and quantities, dispatch 11/12 as requested.\n\n"
            "Cheers\nHemi Walker\n\n---\nMira - correction: line 2 is 15.01. (the black nylon is on backorder until "
            "the new year). Lines 1 and 3 stay as Hemi wrote.\n\nAroha Ngata | Customer Service\nKiwi Ribbon & Carbon Ltd\n"
            "42 Carbine Road, Mt Wellington, Auckland 1060\nPh +64 9 555 0142\n")
    eml = mail(p, ("Kiwi Ribbon Orders", "orders@kiwiribbon.example"), D(2026, 11, 20, 15, 12, "+1300"), body,
               client="web", quote="outlook-orig", cs="us-ascii", cte="7bit", alt=False)
    return [p], eml, conf("Dispatch 11/12 (day-first) = requested date for lines 1 and 3; the colleague's correction moves line 2 to 2027-01-15.",
                          labels(p, {1: "A", 2: ("C", None, None, "2027-01-15"), 3: "A"}))


@case("invoice-reminder-older-po", "unrelated/it-IT", "Italian payment reminder for an older PO not in pos.json, with a PDF statement full of amounts and dates")
def c014():
    s = sup("BERTOLINI", "Torchi Enologici Bertolini S.r.l.", "commerciale@torchibertolini.example", "it-IT")
    p = po("4500232277", s, "EUR", [
        ("TP-PN-80", "Pneumatic grape press 80 hl, central membrane", 1, "EA", "24800.00", "2026-12-18"),
        ("MB-80-PVC", "Spare membrane for TP-PN-80", 2, "EA", "1450.00", "2026-12-18")])
    body = ("Gentile cliente,\n\ndalle nostre verifiche contabili risulta ancora aperta la seguente fattura:\n\n"
            "Fattura n. 2026/1187 del 15/09/2026 - Vs. ordine 4500198812 - importo 12.480,00 EUR - scadenza 15/10/2026\n\n"
            "Vi preghiamo di provvedere al saldo entro il 30/11/2026 tramite bonifico sul c/c IBAN IT60 X054 2811 1010 "
            "0000 0123 456. Qualora il pagamento fosse già stato effettuato, vi preghiamo di considerare nulla la presente.\n\n"
            "Distinti saluti\nUfficio Amministrazione\nTorchi Enologici Bertolini S.r.l.\nVia dell'Artigianato 9, 37030 "
            "Colognola ai Colli (VR)\nTel. +39 045 555 7731 - P.IVA 01234560237\n")
    pdf = make_pdf(["#Torchi Enologici Bertolini S.r.l. - Estratto conto", "Cliente: Halvorsen Trading AB",
                    "Data: 23/11/2026", "",
                    "Documento        Data        Vs. ordine    Scadenza     Importo EUR",
                    "FT 2026/1187     15/09/2026  4500198812    15/10/2026   12.480,00",
                    "", "Totale scaduto: 12.480,00 EUR"], compress=True, title="Estratto conto",
                   date="D:20261123081500+01'00'")
    eml = mail(p, ("Amministrazione Bertolini", "amministrazione@torchibertolini.example"), D(2026, 11, 23, 8, 17), body,
               subject="Sollecito di pagamento - fattura 2026/1187 - ordine 4500198812", quote=None, thread=False,
               cs="iso-8859-1", attachments=[mime.att(pdf, "application/pdf", "Estratto_conto_2026-11-23.pdf")])
    return [p], eml, other("unrelated", "Payment reminder for invoice 2026/1187 on older PO 4500198812; PO 4500232277 is not mentioned.")


@case("hearing-loop-harga-tetap", "confirmation/id-ID", "Indonesian 'harga tetap' (price unchanged) plus one new delivery date for all items in prose")
def c015():
    s = sup("LINGKAR", "PT Lingkar Dengar Nusantara", "penjualan@lingkardengar.example", "id-ID")
    p = po("4500232305", s, "USD", [
        ("HL-AMP-D7", "Hearing loop amplifier class D, 24V, rooms up to 400 m2", 6, "EA", "742.00", "2026-12-11"),
        ("HL-CU-1.5", "Copper flat tape 1.5 mm2 x 100 m", 12, "ROL", "88.00", "2026-12-11"),
        ("HL-SGN-A4", "Loop signage sticker A4, box of 10", 6, "BOX", "19.50", "2026-12-11")])
    body = ("Selamat siang Ibu Mira,\n\nTerima kasih atas PO 4500232305. Kami konfirmasi semua item dengan jumlah sesuai "
            "PO dan harga tetap. Pengiriman dijadwalkan tanggal 21 Desember 2026 karena stok amplifier baru tiba minggu "
            "depan.\n\nHormat kami,\nDewi Lestari\nSales Admin\nPT Lingkar Dengar Nusantara\nJl. Industri Raya No. 17, "
            "Cikarang, Bekasi 17530\nTelp. +62 21 8990 1234\n")
    eml = mail(p, ("Dewi Lestari", "dewi.lestari@lingkardengar.example"), D(2026, 11, 17, 13, 2, "+0700"), body,
               client="gmail", quote="gmail", re="Re:")
    d = "2026-12-21"
    return [p], eml, conf("'harga tetap' = prices unchanged; quantities as PO; all items on 21 Dec 2026.",
                          labels(p, {1: ("C", None, None, d), 2: ("C", None, None, d), 3: ("C", None, None, d)}))


@case("grape-press-greek", "confirmation/el-GR", "Greek ISO-8859-7 reply: 'παράδοση 18/12' without a year for both lines")
def c016():
    s = sup("OINOTEC", "Oinotechniki Presses S.A.", "sales@oinotechniki.example", "el-GR")
    p = po("4500232340", s, "EUR", [
        ("GP-HYD-40", "Hydraulic basket press 40 hl, stainless", 2, "EA", "9650.00", "2026-12-11"),
        ("GP-BSK-40", "Spare basket 40 hl, perforated 1.5 mm", 2, "EA", "1120.00", "2026-12-11")])
    body = ("Καλημέρα κυρία Okafor,\n\nΣας ευχαριστούμε για την παραγγελία 4500232340. Επιβεβαιώνουμε και τις δύο θέσεις "
            "με τις ποσότητες και τις τιμές της παραγγελίας, παράδοση 18/12.\n\nΜε εκτίμηση,\nΓιώργος Παπαδόπουλος\n"
            "Τμήμα Πωλήσεων\nΟινοτεχνική Πιεστήρια Α.Ε.\nΒΙΠΕ Σίνδου, 57022 Θεσσαλονίκη\nΤηλ. +30 2310 555 789\n")
    eml = mail(p, ("Γιώργος Παπαδόπουλος", "g.papadopoulos@oinotechniki.example"), D(2026, 11, 24, 10, 44, "+0200"),
               body, subject="ΑΠ: " + req_subject(p), cs="iso-8859-7")
    d = "2026-12-18"
    return [p], eml, conf("Day-first 18/12 without year = 2026-12-18 for both lines; quantities and prices unchanged.",
                          labels(p, {1: ("C", None, None, d), 2: ("C", None, None, d)}))


@case("centrifuge-yes-to-all-three", "confirmation/en-US", "the whole answer is 'Yes to all three, same dates.' under our follow-up question; values come only from the PO")
def c017():
    s = sup("SPINWELL", "Spinwell Scientific Inc.", "orders@spinwell.example", "en-US")
    p = po("4500232366", s, "USD", [
        ("CF-24-MICRO", "Microcentrifuge 24 x 1.5/2.0 ml, 15,000 rpm", 5, "EA", "1890.00", "2026-12-09"),
        ("RT-4x750", "Swing-out rotor 4 x 750 ml", 3, "EA", "2475.00", "2026-12-16"),
        ("AD-50ML-4", "Adapter 50 ml conical, set of 4", 12, "SET", "96.00", "2026-12-16")], buyer=B_JONAS)
    fu_id = "<fu.4500232366.20261113@mail.halvorsen-trading.example>"
    q1 = ("On Fri, Nov 13, 2026 at 4:02 AM Jonas Brandt <jonas.brandt@halvorsen-trading.example> wrote:\n"
          "> Hi Kevin,\n>\n> thanks for the quick receipt. Can you confirm the three lines as per the PO and that you will\n"
          "> meet our requested dates (12/09 for the microcentrifuges, 12/16 for rotors and adapters)?\n>\n"
          "> Jonas\n>\n")
    inner = quote_block(p, "gmail").strip("\n").split("\n")
    q2 = "\n".join(">" + ("" if l.startswith(">") else " ") + l if l else ">" for l in inner) + "\n"
    body = ("Yes to all three, same dates.\n\nKevin\n\nKevin Marsh | Customer Service\nSpinwell Scientific Inc.\n"
            "1200 Lakeview Pkwy, Suite 300, Vernon Hills, IL 60061\n(847) 555-0193\n\n")
    txt = body + q1 + q2
    eml = mail(p, ("Kevin Marsh", "kevin.marsh@spinwell.example"), D(2026, 11, 16, 8, 47, "-0500"), txt,
               client="gmail", quote=None, re="Re:", refs=f"{p['request_message_id']} {fu_id}",
               html_body="<div dir=\"ltr\">Yes to all three, same dates.<br><br>Kevin<br><br>Kevin Marsh | Customer Service"
                         "<br>Spinwell Scientific Inc.<br>(847) 555-0193</div><br><div class=\"gmail_quote\">"
                         "<blockquote>" + txt[len(body):].replace("\n", "<br>\n").replace("<", "&lt;").replace("&lt;br>", "<br>") + "</blockquote></div>\n")
    eml = eml.replace(("In-Reply-To: " + p["request_message_id"]).encode(), ("In-Reply-To: " + fu_id).encode())
    return [p], eml, conf("'Yes to all three, same dates' answers our question to confirm the PO as ordered; all lines accepted.",
                          labels(p, {1: "A", 2: "A", 3: "A"}))


@case("car-seat-address-change", "needs_review/es-ES", "the supplier confirms all lines as ordered but announces delivery to a different address, which a buyer must approve")
def c018():
    s = sup("SILLASIB", "Sillas Infantiles Ibéricas S.L.", "pedidos@sillasibericas.example", "es-ES")
    p = po("4500232388", s, "EUR", [
        ("CS-I360-40/105", "Baby car seat i-Size 40-105 cm, 360 deg rotation, ISOFIX", 60, "EA", "189.00", "2026-12-11"),
        ("CS-BST-15/36", "Booster seat group 2/3 (15-36 kg)", 80, "EA", "54.00", "2026-12-11")])
    body = ("Hola Mira:\n\nConfirmamos el pedido 4500232388 completo: 60 uds. a 189,00 € y 80 uds. a 54,00 €, con entrega "
            "el 11/12/2026.\n\nImportante: la mercancía se entregará en vuestro almacén de Malmö (Industrigatan 5, 212 14 "
            "Malmö) y no en Göteborg, ya que es la dirección que tenemos en nuestro sistema. Si no estáis de acuerdo, "
            "indicádnoslo antes del 25/11.\n\nUn saludo,\nPaula Martínez Ruiz\nDpto. Comercial\nSillas Infantiles Ibéricas S.L.\n"
            "Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 22, 46988 Paterna (Valencia)\nTel. +34 961 555 402\n")
    eml = mail(p, ("Paula Martínez Ruiz", "paula.martinez@sillasibericas.example"), D(2026, 11, 18, 17, 26), body,
               lang="es", cs="windows-1252", henc="Q")
    return [p], eml, other("needs_review", "Quantities, prices and date match the PO, but the supplier changes the delivery address to Malmö; the buyer has to approve before it is a confirmation.")
