"""Cases 037-053."""
from .common import (PO, supplier, dt, tz, CET, conf, other, acc, chg, rej, unc, all_acc, Case,
                     req_text, req_html, quote_gt, OUTLOOK, esc, BUYER_COMPANY, PURCHASING,
                     outlook_block, outlook_block_html)
from .mime import (text, multipart, message, msgid, boundary, ew, addr, attachment, rfc822,
                   raw_part, html_doc, p_html, br_html, date_hdr, Part)
from .kit import (hdrs, received, outlook_extra, outlook_alt, gmail_alt, plain_reply,
                  request_message, request_headers_text)
from . import pdf as P
from . import xlsx as X
from .cases_a import pon


# ----------------------------------------------------------------------------- 037
def c037():
    S = supplier("THAMESIDE", "Thameside Brewery Fittings Ltd", "sales@thamesidefittings.example", "en-GB")
    po = PO(pon(37), S, "cv", "GBP", "2026-11-24", [
        ("KC-UK-S", "Keg coupler S-type, lever handle", 30, "EA", "41.50", "2026-12-14"),
        ("KC-UK-U", "Keg coupler U-type", 10, "EA", "47.20", "2026-12-14"),
    ])
    when = dt(2026, 11, 30, 9, 5, 12, tz(0))
    rows = [["Thameside Brewery Fittings Ltd - Trade Price List 2027"], [],
            [X.B("Code"), X.B("Description"), X.B("Unit"), X.B("Price 2026 (GBP)"), X.B("Price 2027 (GBP)"), X.B("Valid from")],
            ["KC-UK-S", "Keg coupler S-type, lever handle", "each", X.N("41.50"), X.N("43.40"), X.D("2027-01-01")],
            ["KC-UK-U", "Keg coupler U-type", "each", X.N("47.20"), X.N("49.30"), X.D("2027-01-01")],
            ["KC-UK-G", "Keg coupler G-type", "each", X.N("49.90"), X.N("52.10"), X.D("2027-01-01")],
            ["KC-UK-A", "Keg coupler A-type (basket)", "each", X.N("52.00"), X.N("54.30"), X.D("2027-01-01")],
            ["KC-SEAL-KIT", "Coupler seal kit", "kit", X.N("3.10"), X.N("3.25"), X.D("2027-01-01")],
            ["KC-NRV", "Non-return valve insert", "each", X.N("2.40"), X.N("2.50"), X.D("2027-01-01")],
            [], ["Prices ex works, excl. VAT. Orders received before 31/12/2026 are invoiced at 2026 prices."]]
    xl = X.build_xlsx("Price list 2027", rows, date_format="dd/mm/yyyy", creator="Thameside Sales",
                      col_widths=[14, 36, 8, 16, 16, 12])
    t = ("Dear Valued Customer,\n\n"
         "Please find attached our trade price list effective 1 January 2027.\n\n"
         "Due to continued increases in stainless steel and brass costs, prices will rise by an average of 4.5%. "
         "All orders received before 31 December 2026 will be invoiced at current prices.\n\n"
         "Thank you for your continued business.\n\n"
         "Kind regards,\nThe Sales Team\nThameside Brewery Fittings Ltd\nUnit 9, Riverside Way, Reading RG1 8AA\n"
         "Registered in England and Wales No. 00000000\n")
    alt = multipart("alternative", [text(t, "plain", "utf-8", "quoted-printable"),
                                    text(html_doc(p_html(t), outlook=True), "html", "utf-8", "quoted-printable")],
                    boundary("outlook", "c037"))
    att = attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "Thameside Price List 2027.xlsx")
    body = multipart("mixed", [alt, att], boundary("outlook-att", "c037"))
    frm = addr("Thameside Brewery Fittings - Sales", "sales@thamesidefittings.example")
    eml = message(hdrs(frm, "undisclosed-recipients:;", "Price list 2027 - Thameside Brewery Fittings", when,
                       msgid("outlook", "c037"),
                       recv=received("mail.thamesidefittings.example", "203.0.113.137", when, po.buyer_email, "c037"),
                       extra=outlook_extra("en-GB", True)), body)
    exp = other("unrelated", "General 2027 price list sent to all customers (Bcc); it lists the PO's items with new "
                "prices from 2027-01-01 but does not answer the PO.")
    return Case(37, "price-list-2027-xlsx", "unrelated/en-GB",
                "Bcc price-list mail whose XLSX lists the PO's own items with 2027 prices and a 'valid from' date",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 038
def c038():
    S = supplier("MOLBERT", "TOV Molbert-Ukraina", "zbut@molbert.example", "uk-UA")
    po = PO(pon(38), S, "tr", "UAH", "2026-11-26", [
        ("MOL-ZAT-01", "Easel canvas clamp, beech, top", 300, "PCS", "85.00", "2026-12-14"),
        ("MOL-GV-M8", "Easel clamp knob M8, brass insert", 600, "PCS", "22.00", "2026-12-14"),
    ], contact="Ms Melnyk")
    when = dt(2026, 12, 1, 11, 30, 4, tz(2))
    top = ("Добрий день, пане Томаше!\n\n"
           "Дякуємо за замовлення №%s. Підтверджуємо:\n\n"
           "Поз. 1 – затискач для полотна, бук – 300 шт. по 85,00 грн, відвантаження 14.12.2026.\n"
           "Поз. 2 – гвинт-барашек М8 з латунною вставкою – на складі є лише 500 шт., їх відвантажимо 14.12.2026 "
           "за ціною 22,00 грн. Решту 100 шт. виготовити до кінця року не зможемо, тому просимо зняти цю кількість "
           "із замовлення.\n\n"
           "З повагою,\nОксана Мельник\nменеджер зі збуту\nТОВ «Мольберт-Україна»\n"
           "м. Львів, вул. Городоцька, 174\nтел. +380 32 255 01 23\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["uk"], "четвер, 26 листопада 2026 р. 10:42", top, "c038",
                      charset="windows-1251", cte="base64", html_lang="UK")
    frm = addr("Оксана Мельник", "o.melnyk@molbert.example", "windows-1251", "B")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook", "c038"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c038",
                       recv=received("mail.molbert.example", "203.0.113.38", when, po.buyer_email, "c038"),
                       extra=outlook_extra("uk-UA")), alt)
    exp = conf([(po, {1: acc(), 2: chg(q=500)})],
               "Ukrainian windows-1251 (base64) reply; line 2 only 500 of 600, the remaining 100 are declined "
               "('просимо зняти'), so the committed quantity is 500 on 14.12.2026.")
    return Case(38, "ukrainian-partial-remainder-cancelled", "confirmation/uk-UA",
                "Ukrainian windows-1251 reply: part quantity shipped, rest asked to be cancelled",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 039
def c039():
    S = supplier("PERIIHORNAR", "Perii Hornar SRL", "vanzari@periihornar.example", "ro-RO")
    po = PO(pon(39), S, "tr", "RON", "2026-11-26", [
        ("PH-PERIE-250", "Chimney brush, polypropylene, 250 mm", 60, "PCS", "42.00", "2026-12-16"),
        ("PH-PERIE-300", "Chimney brush, steel wire, 300 mm", 40, "PCS", "55.00", "2026-12-16"),
        ("PH-TIJA-1.5", "Flexible rod 1.5 m, M10", 120, "PCS", "18.50", "2026-12-16"),
    ], contact="Ms Popescu")
    when = dt(2026, 12, 3, 10, 2, 44, tz(2))
    top = ("Bună ziua, domnule Rybak,\n\n"
           "Vă mulțumim pentru comanda nr. %s din 26.11.2026.\n\n"
           "Din păcate, trebuie să vă informăm că nu putem onora această comandă. Începând cu 1 decembrie 2026 "
           "secția noastră de perii pentru coșuri a fost închisă, iar stocul rămas a fost deja vândut. "
           "Vă rugăm să anulați comanda în sistemul dumneavoastră.\n\n"
           "Ne cerem scuze pentru neplăcere și vă mulțumim pentru colaborare.\n\n"
           "Cu stimă,\nIoana Popescu\nDepartament Vânzări\nPerii Hornar SRL\nStr. Fabricii nr. 9, 500269 Brașov\n"
           "Tel.: +40 268 555 012\n" % po.number)
    attr = "În joi, 26 nov. 2026 la 10:42, Tomasz Rybak <%s> a scris:" % po.buyer_email
    alt = gmail_alt(po, attr, top, "c039")
    frm = addr("Ioana Popescu", "vanzari@periihornar.example")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("gmail", "c039"), po.request_id, po.request_id,
                       recv=received("mail-wr1-f54.google.example", "198.51.100.54", when, po.buyer_email, "c039")), alt)
    exp = conf([(po, {1: rej(), 2: rej(), 3: rej()})],
               "Whole order declined (department closed, stock sold); a rejection is an answer: every line rejected. "
               "Dates in the mail are the order date and the closure date.")
    return Case(39, "romanian-whole-order-declined", "confirmation/ro-RO",
                "whole order declined in Romanian prose, no line-by-line figures",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 040
def c040():
    S = supplier("RAJLOCK", "Rajkot Lock & Tools Pvt. Ltd.", "export@rajkotlock.example", "en-IN")
    po = PO(pon(40), S, "ja", "INR", "2026-12-01", [
        ("LPS-IN-24", "Locksmith pick set 24 pcs with leather case", 100, "SET", "1850.00", "2026-12-18"),
        ("LPS-IN-EXT", "Broken key extractor set, 10 pcs", 150, "SET", "420.00", "2026-12-18"),
    ])
    when = dt(2026, 12, 2, 12, 10, 47, tz(5, 30))
    top = ("Dear Sir,\n\nGreetings of the day!\n\n"
           "Thanks for your PO no. %s. We are checking the stock position and production schedule with our "
           "factory at Rajkot. We will revert back with the confirmation of delivery date by Monday EOD.\n\n"
           "Kindly bear with us.\n\n"
           "Thanks & Regards,\nVikram Patel\nExport Executive\nRajkot Lock & Tools Pvt. Ltd.\n"
           "Aji GIDC, Rajkot - 360003\n+91 99090 00000\n" % po.number)
    attr = "On Tue, Dec 1, 2026 at 2:12\u202fPM Jonas Albrecht <%s> wrote:" % po.buyer_email
    alt = gmail_alt(po, attr, top, "c040")
    frm = addr("Vikram Patel", "export@rajkotlock.example")
    eml = message(hdrs(frm, "Jonas Albrecht <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("gmail", "c040"), po.request_id, po.request_id,
                       recv=received("mail-pf1-f180.google.example", "198.51.100.180", when, po.buyer_email, "c040")), alt)
    exp = other("needs_review", "'We will revert back ... by Monday EOD' - receipt plus a promise to answer later; "
                "no quantity, price or date is committed.")
    return Case(40, "will-revert-by-monday", "needs_review/en-IN",
                "human 'we will revert back by Monday EOD' with the full PO quoted below",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 041
def c041():
    S = supplier("MANILAAQUA", "Manila Aqua Supply Corp.", "sales@manilaaqua.example", "en-PH")
    po = PO(pon(41), S, "pn", "PHP", "2026-11-26", [
        ("AQH-PH-100", "Submersible aquarium heater 100 W", 150, "PCS", "395.00", "2026-12-18"),
        ("AQH-PH-200", "Submersible aquarium heater 200 W", 100, "PCS", "465.00", "2026-12-18"),
    ], contact="Ms Reyes")
    when = dt(2026, 12, 1, 14, 25, 16, tz(8))
    top = ("Good day Ma'am Priya,\n\n"
           "Thank you for your PO# %s. Please see below our confirmation:\n\n"
           "Item 1 - 100W heater, 150 pcs @ PHP 395.00 - delivery 12/18/2026\n"
           "Item 2 - 200W heater, 100 pcs @ PHP 465.00 - delivery 01/08/2027 (the thermostat parts will arrive "
           "from our supplier only after the holidays)\n\n"
           "Thank you and God bless.\n\n"
           "Regards,\nMa. Cristina Reyes\nSales Coordinator\nManila Aqua Supply Corp.\n"
           "1234 Rizal Ave., Sta. Cruz, Manila 1003\nTel. (02) 8555 0123\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["en"], "Thursday, November 26, 2026 4:42 PM", top, "c041", html_lang="EN-PH")
    frm = addr("Ma. Cristina Reyes", "sales@manilaaqua.example")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook-apac", "c041"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c041",
                       recv=received("mail.manilaaqua.example", "203.0.113.141", when, po.buyer_email, "c041"),
                       extra=outlook_extra("en-PH")), alt)
    exp = conf([(po, {1: acc(), 2: chg(date="2027-01-08")})],
               "Philippine month-first dates: 12/18/2026 and 01/08/2027 = 8 January 2027 (not 1 August).")
    return Case(41, "philippine-month-first", "confirmation/en-PH",
                "month-first dates (01/08/2027 = 8 Jan) from a supplier outside the US",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 042
def c042():
    S = supplier("TATRAMOD", "Modelárstvo Tatra s.r.o.", "predaj@modelarstvo-tatra.example", "sk-SK")
    po = PO(pon(42), S, "tr", "EUR", "2026-11-27", [
        ("MRC-TT-STD", "TT scale coupler, standard", 800, "PCS", "0.62", "2026-12-18"),
        ("MRC-H0-KK", "H0 short coupler, NEM 362", 600, "PCS", "0.78", "2026-12-18"),
        ("MRC-H0-KIN", "H0 close-coupling kinematic unit", 200, "PCS", "2.35", "2026-12-18"),
    ], contact="Mr Horváth")
    when = dt(2026, 12, 2, 9, 50, 28)
    top = ("Dobrý deň, pán Rybak,\n\n"
           "ďakujeme za objednávku č. %s. Potvrdzujeme:\n\n"
           "1. spojka TT štandard – 800 ks, 0,62 €/ks, dodanie 18. XII. 2026\n"
           "2. krátka spojka H0 NEM 362 – 600 ks, 0,78 €/ks, dodanie 18. XII. 2026\n"
           "3. kinematika H0 – 200 ks, 2,35 €/ks, dodanie až 15. I. 2027 (čakáme na dodávku pružín)\n\n"
           "S pozdravom\n\nJán Horváth\nModelárstvo Tatra s.r.o.\nHlavná 15, 058 01 Poprad\ntel.: +421 52 555 0123\n"
           % po.number)
    attr = "Dňa 27. 11. 2026 o 9:42 Tomasz Rybak napísal(a):"
    part = plain_reply(po, attr, top, "windows-1250", "quoted-printable", flowed=True)
    frm = addr("Ján Horváth", "predaj@modelarstvo-tatra.example", "windows-1250", "Q")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("thunderbird", "c042", "modelarstvo-tatra.example"), po.request_id, po.request_id,
                       recv=received("mail.modelarstvo-tatra.example", "203.0.113.142", when, po.buyer_email, "c042"),
                       extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sk")]), part)
    exp = conf([(po, {1: acc(), 2: acc(), 3: chg(date="2027-01-15")})],
               "Slovak dates with Roman-numeral months: 18. XII. 2026 and 15. I. 2027; euro prices with decimal comma.")
    return Case(42, "slovak-roman-month-dates", "confirmation/sk-SK",
                "Slovak dates with Roman-numeral months (18. XII. 2026, 15. I. 2027)",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 043
def c043():
    S = supplier("SASAKI", "Sasaki Gakki Co., Ltd.", "eigyo@sasaki-gakki.example", "ja-JP")
    po = PO(pon(43), S, "cv", "JPY", "2026-11-30", [
        ("SXP-JP-ALTO", "Saxophone pad set, alto, premium leather", 20, "SET", "9800", "2026-12-18"),
        ("SXP-JP-TNR", "Saxophone pad set, tenor, premium leather", 10, "SET", "12800", "2026-12-18"),
    ], req_dt=dt(2026, 11, 30, 9, 42, 17))
    when = dt(2026, 11, 30, 17, 42, 29, tz(9))
    rcpt = po.supplier["email"]
    orig = request_message(po).decode("ascii")
    t = ("Hi. This is the qmail-send program at mail.sasaki-gakki.example.\n"
         "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
         "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
         "<%s>:\n"
         "Sorry, no mailbox here by that name. (#5.1.1)\n\n"
         "--- Below this line is a copy of the message.\n\n"
         "Return-Path: <%s>\n"
         "Received: (qmail 28412 invoked from network); 30 Nov 2026 08:42:21 -0000\n"
         "Received: from mx-out1.northgate-sourcing.example (192.0.2.25)\n"
         "  by mail.sasaki-gakki.example with SMTP; 30 Nov 2026 08:42:21 -0000\n" % (rcpt, po.buyer_email)) + orig
    part = Part([("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")],
                t.encode("ascii"))
    hs = [("Return-Path", "<>"),
          ("Received", "from mail.sasaki-gakki.example (mail.sasaki-gakki.example [203.0.113.243])\n\tby mx1.northgate-sourcing.example (Postfix) with ESMTP id 4ZQy81Rk2cz7Lm\n\tfor <%s>; Mon, 30 Nov 2026 09:42:31 +0100 (CET)" % po.buyer_email),
          ("Date", "30 Nov 2026 08:42:29 -0000"),
          ("From", "MAILER-DAEMON@mail.sasaki-gakki.example"),
          ("To", po.buyer_email),
          ("Subject", "failure notice"),
          ("Message-ID", "<20261130084229.28414.qmail@mail.sasaki-gakki.example>")]
    eml = message(hs, part)
    exp = other("bounce", "qmail-send failure notice: plain text, no multipart/report, no In-Reply-To; the original "
                "request with the PO table follows '--- Below this line is a copy of the message.'")
    return Case(43, "qmail-failure-notice", "bounce/ja-JP",
                "qmail 'failure notice' in plain text with the whole request inline, no DSN structure or threading headers",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 044
def c044():
    S = supplier("PICHLER", "Schlosstechnik Pichler GmbH", "verkauf@pichler-schloss.example", "de-AT")
    a = PO(pon(44), S, "ja", "EUR", "2026-11-16", [
        ("LPS-AT-HOOK", "Pick set, hooks only, 8 pcs", 50, "SET", "19.80", "2026-12-09"),
    ], contact="Ms Huber")
    b = PO(pon(44, 1), S, "ja", "EUR", "2026-11-25", [
        ("LPS-AT-PRO", "Locksmith pick set professional, 32 pcs", 40, "SET", "89.00", "2027-01-11"),
        ("LPS-AT-DIM", "Dimple pick set, 6 pcs", 60, "SET", "24.50", "2027-01-11"),
        ("LPS-AT-PLUG", "Plug spinner, spring steel", 30, "EA", "32.00", "2027-01-11"),
    ], contact="Ms Huber")
    when = dt(2026, 12, 1, 14, 20, 9)
    rows = [[X.B("Auftragsbestätigung AB-26-04417")], [],
            ["Kunde:", "Northgate Sourcing GmbH, Hamburg"],
            ["Ihre Bestellung:", b.number, "vom", X.D("2026-11-25")],
            ["Datum:", X.D("2026-12-01")], [],
            [X.B("Pos"), X.B("Artikel"), X.B("Ihre Art.-Nr."), X.B("Bezeichnung"), X.B("Menge"), X.B("ME"),
             X.B("Preis EUR"), X.B("Liefertermin"), X.B("Bemerkung")],
            [10, "PI-32PRO", "LPS-AT-PRO", "Sperrhaken-Set Profi 32-tlg.", 40, "Set", X.N("89.00"), X.D("2027-01-11"), ""],
            [20, "PI-DIM6", "LPS-AT-DIM", "Dimple-Pick-Set 6-tlg.", 60, "Set", X.N("24.50"), X.D("2027-01-22"),
             "Teillieferung: 30 Set am 11.01.2027, Rest 30 Set am 22. Jänner 2027"],
            [30, "PI-PLUG", "LPS-AT-PLUG", "Plug Spinner Federstahl", 30, "Stk", X.N("34.00"), X.D("2027-01-11"),
             "Preisanpassung lt. Preisliste 2027"],
            [], ["Lieferbedingung: DAP Hamburg", "", "", "Zahlung: 30 Tage netto"]]
    xl = X.build_xlsx("AB-26-04417", rows, date_format="dd.mm.yyyy", creator="Katharina Huber",
                      col_widths=[6, 11, 14, 30, 7, 5, 10, 12, 58])
    top = ("Sehr geehrter Herr Albrecht,\n\n"
           "anbei übermitteln wir Ihnen unsere Auftragsbestätigung AB-26-04417 zu Ihrer Bestellung %s als Excel-Datei.\n"
           "Bitte beachten Sie die Teillieferung bei Pos. 20 und den neuen Preis bei Pos. 30.\n\n"
           "Mit freundlichen Grüßen\n\nIng. Katharina Huber\nVerkaufsinnendienst\n\n"
           "Schlosstechnik Pichler GmbH\nBrunner Straße 71, 1230 Wien\nTel. +43 1 555 18 20\n"
           "FN 000000x, Handelsgericht Wien\n" % b.number)
    alt = outlook_alt(b, OUTLOOK["de"], "Mittwoch, 25. November 2026 09:42", top, "c044",
                      charset="windows-1252", html_lang="DE-AT")
    att = attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     "AB-26-04417_%s.xlsx" % b.number)
    body = multipart("mixed", [alt, att], boundary("outlook-att", "c044"))
    frm = addr("Huber Katharina", "k.huber@pichler-schloss.example")
    eml = message(hdrs(frm, "Albrecht Jonas <%s>" % b.buyer_email, "AW: " + b.subject, when,
                       msgid("outlook", "c044"), b.request_id, b.request_id,
                       thread_topic=b.subject, seed="c044",
                       recv=received("mail.pichler-schloss.example", "203.0.113.144", when, b.buyer_email, "c044"),
                       extra=outlook_extra("de-AT", True)), body)
    exp = conf([(b, {1: acc(), 2: chg(sched=[(30, "2027-01-11"), (30, "2027-01-22")]), 3: chg(p="34.00")})],
               "XLSX acknowledgment with Excel date serials (dd.mm.yyyy format) and supplier positions 10/20/30 mapped "
               "via 'Ihre Art.-Nr.'; Austrian 'Jänner' in a remark gives the split. The older PO of the same supplier "
               "is not answered and is left out.")
    return Case(44, "austrian-xlsx-ab-serial-dates", "confirmation/de-AT",
                "XLSX confirmation with date serials, positions 10/20/30, 'Jänner', and a second open PO not answered",
                [a, b], eml, exp)


# ----------------------------------------------------------------------------- 045
def c045():
    S = supplier("JADRALNA", "Jadralna oprema d.o.o.", "prodaja@jadralna-oprema.example", "sl-SI")
    po = PO(pon(45), S, "cv", "EUR", "2026-11-30", [
        ("PGC-SI-AL25", "Paragliding carabiner, aluminium, 25 kN, twist-lock", 150, "PCS", "18.90", "2026-12-15"),
        ("PGC-SI-ST45", "Steel maillon, 45 kN, for reserve", 100, "PCS", "7.40", "2026-12-15"),
    ], contact="Ms Zupan")
    when = dt(2026, 12, 3, 16, 12, 55)
    top = ("Spoštovana ga. Vennet,\n\n"
           "popravek k spodnjemu sporočilu moje sodelavke: karabinov (postavka 1) žal ne moremo dobaviti 15. 12., ker "
           "certifikacijski laboratorij še ni izdal poročila o preskusu. Karabine bomo dobavili 29. 12. 2026. "
           "Postavka 2 ostane nespremenjena (15. 12. 2026).\n\n"
           "Opravičujemo se za nevšečnosti.\n\n"
           "Lep pozdrav\n\nMarko Kranjc\nvodja prodaje\nJadralna oprema d.o.o.\nTržaška cesta 40, 1000 Ljubljana\n"
           "tel.: +386 1 555 01 23\n")
    mid = ("Od: Urška Zupan <urska.zupan@jadralna-oprema.example>\nPoslano: sreda, 2. december 2026 10:05\n"
           "Za: Clara Vennet <%s>\nZadeva: RE: %s\n\n"
           "Spoštovani,\n\npotrjujemo naročilo %s v celoti: obe postavki po naročenih cenah, dobava 15. 12. 2026.\n\n"
           "Lp, Urška Zupan\nJadralna oprema d.o.o.\n\n" % (po.buyer_email, po.subject, po.number))
    mid_html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">' + p_html(mid) + "</div>")
    alt = outlook_alt(po, OUTLOOK["sl"], "ponedeljek, 30. november 2026 9:42", top, "c045",
                      charset="windows-1250", extra_quote_text=mid, extra_quote_html=mid_html, html_lang="SL")
    frm = addr("Marko Kranjc", "marko.kranjc@jadralna-oprema.example")
    mid_prev = msgid("outlook", "c045-prev")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook", "c045"), mid_prev, po.request_id + " " + mid_prev,
                       cc="Urška Zupan <urska.zupan@jadralna-oprema.example>".replace("Urška Zupan", ew("Urška Zupan", "windows-1250", "Q")),
                       thread_topic=po.subject, seed="c045",
                       recv=received("mail.jadralna-oprema.example", "203.0.113.145", when, po.buyer_email, "c045"),
                       extra=outlook_extra("sl-SI")), alt)
    exp = conf([(po, {1: chg(date="2026-12-29"), 2: acc()})],
               "Correction on top of a colleague's earlier full confirmation (quoted below): the newest statement wins - "
               "carabiners 29. 12. 2026, maillons unchanged 15. 12. 2026. Slovenian 'd. m. yyyy' dates with spaces.")
    return Case(45, "slovenian-correction-of-colleague", "confirmation/sl-SI",
                "a correction superseding a colleague's quoted 'confirmed in full' reply in the same thread",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 046
def c046():
    S = supplier("HOORTECH", "Hoortech Benelux NV", "orders@hoortech.example", "nl-BE")
    po = PO(pon(46), S, "pn", "EUR", "2026-11-24", [
        ("HAD-BE-TULIP", "Tulip dome, 10 pcs per pack", 200, "BOX", "7.90", "2026-12-14"),
        ("HAD-BE-DBL-M", "Double dome medium, 10 pcs per pack", 150, "BOX", "8.40", "2026-12-14"),
    ])
    when = dt(2026, 11, 24, 9, 44, 2)
    t = ("Geachte klant,\n\n"
         "Wij hebben uw bestelling %s goed ontvangen. Ze werd geregistreerd onder ons intern nummer VO-2026-118734.\n"
         "Dit is een automatisch gegenereerd bericht en geen orderbevestiging. U ontvangt binnen 2 werkdagen een "
         "orderbevestiging met de definitieve leverdatum.\n\n"
         "Gelieve niet te antwoorden op dit e-mailadres.\n\n"
         "---\n\n"
         "Dear customer,\n\n"
         "We have received your order %s (our reference VO-2026-118734). This is an automatically generated message "
         "and not an order confirmation. You will receive an order confirmation with the final delivery date within "
         "2 working days.\n\n"
         "Hoortech Benelux NV | Industrieweg 12, 9000 Gent | BTW BE 0000.000.000\n" % (po.number, po.number))
    part = text(t, "plain", "utf-8", "quoted-printable")
    frm = addr("Hoortech Orderdesk", "noreply-orders@hoortech.example")
    eml = message(hdrs(frm, po.buyer_email,
                       "Ontvangstbevestiging / Acknowledgement of receipt - uw bestelling %s" % po.number, when,
                       "<VO-2026-118734.ack.20261124094402@erp.hoortech.example>", po.request_id, po.request_id,
                       recv=received("erp.hoortech.example", "203.0.113.146", when, po.buyer_email, "c046"),
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Odoo"),
                              ("Precedence", "auto_reply")]), part)
    exp = other("auto_reply", "ERP receipt two minutes after the request, explicitly 'geen orderbevestiging / not an order "
                "confirmation'; it commits to nothing.")
    return Case(46, "erp-receipt-not-a-confirmation", "auto_reply/nl-BE",
                "ERP 'order received' mail that says it is not a confirmation, with an internal order number",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 047
def c047():
    S = supplier("VEERBOOT", "Veerbootservice Harlingen B.V.", "verkoop@veerbootservice.example", "nl-NL")
    po = PO(pon(47), S, "tr", "EUR", "2026-11-23", [
        ("FGR-NL-200", "Gangway roller, PU, 200 x 100 mm", 12, "EA", "149.00", "2026-12-18"),
        ("FGR-NL-SIDE", "Gangway side guide roller, nylon, 80 mm", 24, "EA", "38.50", "2026-12-18"),
    ], contact="Mr de Vries")
    when = dt(2026, 11, 27, 11, 37, 21)
    intro = "Goedemorgen Tomasz,\n\nHierbij bevestigen wij uw order %s:\n" % po.number
    outro = ("Let op: de leverdatum van de PU-rollen is gewijzigd (rood aangegeven), de gietmal is in onderhoud.\n\n"
             "Met vriendelijke groet,\n\nPieter de Vries\nBinnendienst\nVeerbootservice Harlingen B.V.\n"
             "Havenweg 14, 8861 XK Harlingen\nT +31 517 555 012\n")
    table_t = ("Art.nr       Omschrijving               Aantal  Prijs     Leverdatum\n"
               "FGR-NL-200   Loopplankrol PU 200x100    12      € 149,00  18-12-2026 08-01-2027\n"
               "FGR-NL-SIDE  Geleiderol nylon 80 mm     24      € 38,50   18-12-2026\n")
    td = 'style="border:solid #A6A6A6 1.0pt;padding:2pt 6pt"'
    table_h = ('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
               "<tr><td %s><b>Art.nr</b></td><td %s><b>Omschrijving</b></td><td %s><b>Aantal</b></td>"
               "<td %s><b>Prijs</b></td><td %s><b>Leverdatum</b></td></tr>"
               "<tr><td %s>FGR-NL-200</td><td %s>Loopplankrol PU 200x100</td><td %s>12</td><td %s>&euro; 149,00</td>"
               '<td %s><s>18-12-2026</s> <b><span style="color:red">08-01-2027</span></b></td></tr>'
               "<tr><td %s>FGR-NL-SIDE</td><td %s>Geleiderol nylon 80 mm</td><td %s>24</td><td %s>&euro; 38,50</td>"
               "<td %s>18-12-2026</td></tr></table>" % ((td,) * 15))
    top = intro + "\n" + table_t + "\n" + outro
    top_html = p_html(intro) + table_h + '<p class="MsoNormal">&nbsp;</p>' + p_html(outro)
    alt = outlook_alt(po, OUTLOOK["nl"], "maandag 23 november 2026 09:42", top, "c047", top_html=top_html,
                      html_lang="NL")
    frm = addr("Pieter de Vries", "verkoop@veerbootservice.example")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook", "c047"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c047",
                       recv=received("mail.veerbootservice.example", "203.0.113.147", when, po.buyer_email, "c047"),
                       extra=outlook_extra("nl-NL")), alt)
    exp = conf([(po, {1: chg(date="2027-01-08"), 2: acc()})],
               "In the HTML the old date is struck through and the new one in red; the plain-text part flattens this to "
               "'18-12-2026 08-01-2027'. The note says the date was changed, so 08-01-2027 (day-first) is the commitment.")
    return Case(47, "dutch-strikethrough-date", "confirmation/nl-NL",
                "changed date shown as strikethrough + red in HTML; the text part shows both dates side by side",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 048
def c048():
    S = supplier("SHEMATECH", "Shema-Tech Ltd", "orders@shematech.example", "he-IL")
    po = PO(pon(48), S, "pn", "ILS", "2026-11-24", [
        ("HAD-IL-OPEN-M", "Open dome medium, 10 pcs per box", 400, "BOX", "24.00", "2026-12-15"),
        ("HAD-IL-CLS-L", "Closed dome large, 10 pcs per box", 250, "BOX", "26.50", "2026-12-15"),
    ], contact="Ms Levi")
    when = dt(2026, 12, 1, 13, 5, 40, tz(2))
    top = ("שלום Priya,\n\n"
           "תודה על ההזמנה מספר %s.\n"
           "אנו מאשרים את ההזמנה כדלקמן:\n\n"
           "שורה 1 – כיפות פתוחות M: 400 קופסאות, 24.00 ₪ לקופסה, אספקה 15.12.26\n"
           "שורה 2 – כיפות סגורות L: 250 קופסאות, 26.50 ₪ לקופסה, אספקה 22.12.26\n\n"
           "בברכה,\nדנה לוי\nמנהלת הזמנות\nשמע-טק בע\"מ\nטל' 03-5550147\n" % po.number)
    top_html = '<div dir="rtl">' + p_html(top.rstrip("\n")) + "</div>"
    alt = outlook_alt(po, OUTLOOK["he"], "יום שלישי 24 נובמבר 2026 10:42", top, "c048",
                      charset="windows-1255", top_html=top_html, html_lang="HE", dir_="rtl")
    frm = addr("דנה לוי", "orders@shematech.example", "windows-1255", "B")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email, ew("השב:", "windows-1255") + " " + po.subject, when,
                       msgid("outlook", "c048"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c048",
                       recv=received("mail.shematech.example", "203.0.113.148", when, po.buyer_email, "c048"),
                       extra=outlook_extra("he-IL")), alt)
    exp = conf([(po, {1: acc(), 2: chg(date="2026-12-22")})],
               "Hebrew right-to-left windows-1255 reply with two-digit-year dates (15.12.26, 22.12.26) and ₪ prices.")
    return Case(48, "hebrew-rtl-two-digit-year", "confirmation/he-IL",
                "Hebrew RTL windows-1255 text with dd.mm.yy dates embedded in right-to-left lines",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 049
def c049():
    S = supplier("FERGEUTSTYR", "Fergeutstyr Bergen AS", "salg@fergeutstyr.example", "nb-NO")
    po = PO(pon(49), S, "tr", "NOK", "2026-11-27", [
        ("FGR-NO-250", "Gangway roller, PU, 250 x 120 mm", 10, "EA", "1890.00", "2026-12-21"),
        ("FGR-NO-BRG", "Bearing housing for gangway roller 250", 10, "EA", "640.00", "2026-12-21"),
    ], contact="Ms Solheim")
    when = dt(2026, 11, 30, 14, 40, 8)
    top = ("Hei Tomasz,\n\n"
           "Takk for bestillingen (PO %s). Rullene må vi få inn fra underleverandøren vår i Polen, og de har ikke gitt "
           "oss noen bekreftet dato ennå. Slik det ser ut nå blir det nok rundt midten av januar, men det avhenger av "
           "når de får råvarene. Lagerhusene har vi ikke på lager, men det ordner seg sikkert.\n\n"
           "Jeg gir beskjed så snart jeg vet mer.\n\n"
           "Med vennlig hilsen\nIngrid Solheim\nFergeutstyr Bergen AS\nSjøgaten 12, 5003 Bergen\nTlf. +47 55 55 01 20\n"
           % po.number)
    alt = outlook_alt(po, OUTLOOK["nb"], "fredag 27. november 2026 09:42", top, "c049", html_lang="NO")
    frm = addr("Ingrid Solheim", "salg@fergeutstyr.example")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, "SV: " + po.subject, when,
                       msgid("outlook", "c049"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c049",
                       recv=received("mail.fergeutstyr.example", "203.0.113.149", when, po.buyer_email, "c049"),
                       extra=outlook_extra("nb-NO")), alt)
    exp = other("needs_review", "Vague estimate only ('nok rundt midten av januar', depends on sub-supplier) and "
                "'I'll let you know' - no commitment on either line.")
    return Case(49, "norwegian-vague-mid-january", "needs_review/nb-NO",
                "vague estimate 'rundt midten av januar' depending on a sub-supplier",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 050
def c050():
    S = supplier("TAPMAULE", "Tapones del Maule SpA", "ventas@taponesmaule.example", "es-CL")
    po = PO(pon(50), S, "mo", "CLP", "2026-11-20", [
        ("BUNG-CL-SIL48", "Silicone barrel bung 48 mm, with vent", 800, "PCS", "1850", "2026-12-16"),
        ("BUNG-CL-ROB50", "Oak barrel bung 50 mm", 1200, "PCS", "690", "2026-12-16"),
        ("BUNG-CL-SIL55R", "Silicone bung, solid, 55 mm, red", 500, "PCS", "1490", "2026-12-16"),
    ], contact="Catalina")
    when = dt(2026, 11, 25, 17, 40, 3, tz(-3))
    top = ("Estimada Marisol:\n\n"
           "Junto con saludar, confirmamos su orden de compra N° %s:\n\n"
           "- Tapón silicona 48 mm con venteo: 800 un. a $1.850 c/u, despacho 16-12-2026.\n"
           "- Tapón de roble 50 mm: 1.200 un. a $690 c/u. De este ítem podemos despachar 700 un. el 16-12-2026 y las "
           "500 restantes el 06-01-2027.\n"
           "- Tapón silicona macizo 55 mm rojo: 500 un. a $1.590 c/u (nuevo precio lista), despacho 16-12-2026.\n\n"
           "Los precios son netos, sin IVA.\n\n"
           "Saludos cordiales,\n\nCatalina Muñoz\nEjecutiva Comercial\nTapones del Maule SpA\nTalca, Chile\n"
           "+56 71 255 0123\n" % po.number)
    attr = "El vie, 20 nov 2026 a las 5:42\u202fa.m., Marisol Ortega (<%s>) escribió:" % po.buyer_email
    alt = gmail_alt(po, attr, top, "c050")
    frm = addr("Catalina Muñoz", "ventas@taponesmaule.example")
    eml = message(hdrs(frm, "Marisol Ortega <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("gmail", "c050"), po.request_id, po.request_id,
                       recv=received("mail-qt1-f173.google.example", "198.51.100.173", when, po.buyer_email, "c050")), alt)
    exp = conf([(po, {1: acc(), 2: chg(sched=[(700, "2026-12-16"), (500, "2027-01-06")]), 3: chg(p="1590")})],
               "Chilean pesos without decimals and dot thousands ($1.850); items described in words without our codes "
               "and in PO order; dd-mm-yyyy dispatch (ship) dates; oak bungs split 700 + 500.")
    return Case(50, "chilean-clp-no-decimals", "confirmation/es-CL",
                "CLP prices without decimals ($1.850), lines identified only by Spanish descriptions, a split",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 051
def c051():
    S = supplier("LCHS", "Lion City Hearing Supplies Pte Ltd", "sales@lchs.example", "en-SG")
    po = PO(pon(51), S, "pn", "SGD", "2026-11-26", [
        ("HAD-SG-OPEN-S", "Open dome small, 10 pcs per box", 120, "BOX", "8.60", "2026-12-14"),
        ("HAD-SG-OPEN-M", "Open dome medium, 10 pcs per box", 180, "BOX", "8.60", "2026-12-14"),
    ])
    when = dt(2026, 11, 30, 10, 15, 22, tz(8))
    top = ("\nRegards,\nJasmine Tan\nSales Executive\nLion City Hearing Supplies Pte Ltd\n"
           "10 Ubi Crescent, #05-12 Ubi Techpark, Singapore 408564\nDID: +65 6555 0123\n\n"
           "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for the named addressee(s) and "
           "may contain confidential information. If you are not the intended recipient, please delete it and notify "
           "the sender.\n")
    alt = outlook_alt(po, OUTLOOK["en"], "Thursday, 26 November 2026 4:42 PM", top, "c051", html_lang="EN-SG")
    frm = addr("Jasmine Tan", "sales@lchs.example")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email,
                       "RE: " + po.subject + " - CONFIRMED AS PER PO", when,
                       msgid("outlook-apac", "c051"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c051",
                       recv=received("mail.lchs.example", "203.0.113.151", when, po.buyer_email, "c051"),
                       extra=outlook_extra("en-SG")), alt)
    exp = conf([(po, all_acc(po))],
               "The only statement is in the Subject ('CONFIRMED AS PER PO'); the body is a signature, a disclaimer and "
               "the quoted request. All lines accepted as ordered.")
    return Case(51, "subject-only-confirmation", "confirmation/en-SG",
                "commitment only in the Subject line; body is empty apart from signature, disclaimer and quote",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 052
def c052():
    S = supplier("LEVANTE", "Caballetes y Pinceles Levante S.L.", "pedidos@caballeteslevante.example", "es-ES")
    po = PO(pon(52), S, "ja", "EUR", "2026-11-25", [
        ("EC-ES-CL50", "Easel clamp, pine, 50 mm", 200, "PCS", "2.85", "2026-12-17"),
        ("EC-ES-KNOB", "Clamping knob, plastic", 400, "PCS", "0.45", "2026-12-17"),
    ])
    when = dt(2026, 11, 27, 12, 14, 50)
    cols = [("Código", 40), ("Descripción", 110), ("Cant.", 330), ("Precio", 400), ("Importe", 480)]
    rows = [("EC-ES-CL50", "Pinza para caballete, pino, 50 mm", "300", "2,85", "855,00"),
            ("EC-ES-KNOB", "Pomo de apriete, plástico", "600", "0,45", "270,00"),
            ("PORTES", "Portes Valencia - Hamburgo", "1", "35,00", "35,00")]
    pdf = P.table_doc(
        [("FACTURA FV26-01987", 13, True), ("Fecha: 27/11/2026    Vencimiento: 27/12/2026", 9, False),
         ("Cliente: Northgate Sourcing GmbH - NIF-IVA DE000000000", 8, False),
         ("Su pedido: 4500029911    Albarán: AL26-03412 de 20/11/2026", 8, False)],
        cols, rows,
        [("Base imponible: 1.160,00 EUR", 9, False),
         ("IVA 0 % - Entrega intracomunitaria exenta (art. 25 Ley 37/1992)", 8, False),
         ("TOTAL FACTURA: 1.160,00 EUR", 10, True),
         ("Forma de pago: transferencia - IBAN ES00 0000 0000 0000 0000 0000", 8, False)],
        col_align=["l", "l", "r", "r", "r"], logo="Caballetes y Pinceles Levante S.L.",
        title="FV26-01987", producer="a3ERP", creation="D:20261127121000+01'00'")
    t = ("Estimados señores:\n\n"
         "Adjuntamos la factura FV26-01987 correspondiente a su pedido 4500029911 (albarán AL26-03412 del 20/11/2026).\n"
         "Vencimiento: 27/12/2026. Importe total: 1.160,00 €.\n\n"
         "Un saludo,\nDpto. Administración\nCaballetes y Pinceles Levante S.L.\n"
         "Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla 22, 46988 Paterna (Valencia)\n")
    alt = multipart("alternative", [text(t, "plain", "windows-1252", "quoted-printable"),
                                    text(html_doc(p_html(t), outlook=True, charset="windows-1252"), "html", "windows-1252", "quoted-printable")],
                    boundary("outlook", "c052"))
    body = multipart("mixed", [alt, attachment(pdf, "application/pdf", "FV26-01987.pdf")], boundary("outlook-att", "c052"))
    frm = addr("Administración Levante", "facturacion@caballeteslevante.example", "iso-8859-1", "Q")
    eml = message(hdrs(frm, PURCHASING, "Factura FV26-01987 - Pedido 4500029911", when, msgid("outlook", "c052"),
                       cc="Jonas Albrecht <%s>" % po.buyer_email,
                       recv=received("mail.caballeteslevante.example", "203.0.113.152", when, PURCHASING, "c052"),
                       extra=outlook_extra("es-ES", True)), body)
    exp = other("unrelated", "Invoice for an earlier order (4500029911) of the same items at the same prices from the "
                "same supplier; not an answer to the open PO.")
    return Case(52, "invoice-for-earlier-order", "unrelated/es-ES",
                "invoice PDF for an older PO of the same items and prices from the same supplier",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 053
def c053():
    S = supplier("LAURENTIDES", "Canots Laurentides inc.", "ventes@canotslaurentides.example", "fr-CA")
    po = PO(pon(53), S, "cv", "CAD", "2026-11-26", [
        ("CT-QC-ASH-34", "Canoe thwart, ash, 34 in", 60, "EA", "21.50", "2027-01-12"),
        ("CT-QC-YOKE", "Carrying yoke, ash, contoured", 40, "EA", "48.00", "2027-01-12"),
        ("CT-QC-SEAT", "Cane seat frame, ash, bow", 40, "EA", "62.00", "2027-01-12"),
    ], contact="Mr Tremblay")
    when = dt(2026, 11, 30, 15, 22, 31, tz(-5))
    top = ("Bonjour Madame Vennet,\n\n"
           "Merci pour votre commande %s. Voici notre confirmation :\n\n"
           "1. Barre transversale en frêne 34 po — 60 unités à 21,50 $ — livraison le 12 janvier 2027\n"
           "2. Joug de portage en frêne — 40 unités à 48,00 $ — livraison le 12 janvier 2027\n"
           "3. Cadre de siège cannelé — nous pouvons fournir 25 unités le 12 janvier 2027; les 15 autres suivront "
           "le 26 janvier 2027. Prix : 64,50 $ l'unité (hausse du prix du rotin).\n\n"
           "Tous les prix sont avant taxes (TPS/TVQ non applicables à l'exportation).\n\n"
           "Cordialement,\n\nJean-François Tremblay\nDirecteur des ventes\nCanots Laurentides inc.\n"
           "1250, rue Principale, Mont-Tremblant (Québec)  J8E 0A0\nTél. : 819 555-0142\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["fr"], "26 novembre 2026 03:42", top, "c053", sep=" : ", html_lang="FR-CA")
    frm = addr("Jean-François Tremblay", "jf.tremblay@canotslaurentides.example")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook-us", "c053"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c053",
                       recv=received("mail.canotslaurentides.example", "203.0.113.153", when, po.buyer_email, "c053"),
                       extra=outlook_extra("fr-CA")), alt)
    exp = conf([(po, {1: acc(), 2: acc(), 3: chg(p="64.50", sched=[(25, "2027-01-12"), (15, "2027-01-26")])})],
               "Québec French with '$' meaning CAD, decimal commas, dates in words; seat frames split 25 + 15 and "
               "repriced. French Outlook quote header uses 'De :' with a space before the colon.")
    return Case(53, "quebec-split-and-price", "confirmation/fr-CA",
                "Québec French, '$' = CAD with decimal comma, a split plus price change on one line",
                [po], eml, exp)


CASES = [c037, c038, c039, c040, c041, c042, c043, c044, c045, c046, c047, c048, c049, c050,
         c051, c052, c053]
