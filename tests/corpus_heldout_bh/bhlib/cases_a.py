"""Cases 001-018."""
from .common import (B_DANA, B_ELLA, B_JONAS, B_MIRA, PO, REJ, Sup, Table, acc, add_workdays, all_acc, case,
                     chg, conf, expected, kw_fri, request_blocks)
from .mime import (Multi, att_part, auto_reply, inline_quote, msg_part, reply, request_mail, text_part, message,
                   rfc_date, when, addr, ew, h)


@case("glass-eyes-all-accepted", "confirmation/en-GB",
      "Short Outlook top-post accepting everything; descriptions carry sizes like 12 mm, 3/8 in and '2027 range'.")
def c_glass_eyes(slug):
    s = Sup("BRACKEN", "Brackenridge Glass Eyes Ltd", "orders@brackenridge-eyes.example", "en-GB", "Fiona Hale", "+0000")
    po = PO("4500081101", s, "GBP", "2026-11-03", [
        ("GE-12BR", "Glass eyes 12 mm brown, round pupil (pair)", 40, "PAIR", "3.85", "2026-12-04"),
        ("GE-18AM-SL", "Glass eyes 18 mm amber, slit pupil, 3/8 in stem (pair)", 25, "PAIR", "6.20", "2026-12-04"),
        ("GE-24YL-OWL", "Glass eyes 24 mm yellow, owl, 2027 range (pair)", 10, "PAIR", "11.40", "2026-12-11"),
    ])
    body = ["Hi Dana,",
            "Thanks for your order \u2013 all three lines confirmed as ordered, we'll have them with you by the requested dates.",
            "Best regards\nFiona\n\nFiona Hale | Sales Office\nBrackenridge Glass Eyes Ltd\nUnit 4, Mintsfeet Road South, Kendal LA9 6ND\n"
            "T: +44 1539 720 448 | www.brackenridge-eyes.example",
            "This e-mail and any attachments are confidential and intended solely for the addressee. "
            "Registered in England & Wales No. 04418273."]
    eml = reply(slug, po, date="2026-11-09 10:41", client="outlook", body=body)
    return [po], eml, expected("confirmation", "Plain acceptance of every line; numbers in the descriptions (12 mm, 3/8 in, 2027) must not be read as quantities or dates.", [all_acc(po)])


@case("oven-spares-surcharge-per-piece", "confirmation/de-DE",
      "Price change given as an absolute surcharge '+0,35 EUR/Stk' on one line; the other three lines confirmed as ordered.")
def c_oven_surcharge(slug):
    s = Sup("REINH", "Ofenbau Reinhardt GmbH", "auftrag@ofenbau-reinhardt.example", "de-DE", "Markus Brandl")
    po = PO("4500081217", s, "EUR", "2026-11-04", [
        ("HZ-2400-230", "Heizstab 2400 W 230 V für Etagenofen, L=610 mm", 12, "EA", "48.90", "2026-12-07"),
        ("DI-8X12-SIL", "Türdichtung Silikon 8x12 mm, Meterware", 50, "M", "6.15", "2026-12-07"),
        ("TH-50-300", "Thermostat 50-300 °C, Kapillare 1500 mm", 6, "EA", "39.50", "2026-12-07"),
        ("LA-25W-E14", "Backofenlampe 25 W 300 °C, E14", 20, "EA", "4.60", "2026-12-07"),
    ])
    body = ["Guten Tag Frau Ruiz,",
            "vielen Dank für Ihre Bestellung 4500081217.\n"
            "Die Positionen 1 bis 3 bestätigen wir wie bestellt, Liefertermin 07.12.2026.\n"
            "Für Pos. 4 (Backofenlampe E14) müssen wir leider einen Materialteuerungszuschlag von +0,35 EUR/Stk "
            "berechnen,\nLiefertermin ebenfalls 07.12.2026.",
            "Mit freundlichen Grüßen\n\nMarkus Brandl\nInnendienst Ersatzteile\n\nOfenbau Reinhardt GmbH · Gewerbering 7 · 91126 Schwabach\n"
            "Tel. +49 9122 8731-22 · Fax +49 9122 8731-99\n"
            "Geschäftsführer: Klaus Reinhardt · Amtsgericht Nürnberg HRB 23417 · USt-IdNr. DE261884317"]
    eml = reply(slug, po, date="2026-11-10 14:03", client="outlook", body=body, prefix="AW: ", charset="iso-8859-1")
    exp = expected("confirmation", "Surcharge '+0,35 EUR/Stk' is added to the PO unit price of line 4 (4.60 + 0.35 = 4.95); lines 1-3 accepted.",
                   [conf(po, {1: "A", 2: "A", 3: "A", 4: chg(po, 4, p="4.95")})])
    return [po], eml, exp


@case("mouse-cages-korean-auto-reply", "auto_reply/ko-KR",
      "Korean out-of-office in EUC-KR naming a return date and a colleague; no commitment.")
def c_ko_auto(slug):
    s = Sup("HANBIT", "Hanbit Lab Animal Equipment Co., Ltd.", "sales@hanbit-labcage.example", "ko-KR", "Park Min-jun", "+0900",
            sign="박민준")
    po = PO("4500081288", s, "USD", "2026-11-04", [
        ("IVC-M-391", "IVC mouse cage 391x199x160 mm, polysulfone", 200, "EA", "58.00", "2026-12-18"),
        ("IVC-LID-F", "Filter top lid for IVC-M-391", 200, "EA", "17.40", "2026-12-18"),
    ], buyer=B_MIRA)
    body = ("안녕하세요.\n\n보내주신 메일 감사합니다. 저는 2026년 11월 9일부터 11월 20일까지 해외 출장 중이라\n"
            "메일 확인이 늦어질 수 있습니다.\n\n급한 용무는 영업팀 김지은 대리(jieun.kim@hanbit-labcage.example,\n"
            "+82 31 8017 5540)에게 연락 주시기 바랍니다.\n\n감사합니다.\n박민준 드림\n\n"
            "I am on a business trip until 20 November 2026 with limited access to e-mail.\n"
            "For urgent matters please contact Ms. Jieun Kim, +82 31 8017 5540.")
    eml = auto_reply(slug, po, date="2026-11-09 17:22", tz="+0900", frm=("박민준", s.email),
                     subject="자동 회신: " + po.subject, body=body, charset="euc-kr", cte="base64",
                     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                            ("Content-Language", "ko-KR")])
    return [po], eml, expected("auto_reply", "Out-of-office in Korean (EUC-KR, base64) with dates and a phone number; nothing about the order.")


@case("cricket-bats-dispatch-two-working-days", "confirmation/en-IN",
      "'dispatch in 2 working days' must be resolved against the Date header (Mon 16 Nov -> Wed 18 Nov) and used as the ship date.")
def c_cricket_dispatch(slug):
    s = Sup("MWW", "Meerut Willow Works Pvt. Ltd.", "exports@meerutwillow.example", "en-IN", "Rohit Kansal", "+0530")
    po = PO("4500081340", s, "USD", "2026-11-06", [
        ("CB-EW-SH-G1", "English willow bat Grade 1, SH, 2.8-2.10 lb", 24, "EA", "96.00", "2026-12-11"),
        ("CB-KW-6", "Kashmir willow bat size 6, 2027 edition", 60, "EA", "21.50", "2026-12-11"),
        ("CB-GRIP-OCT", "Octopus grip, assorted colours, box of 12", 10, "BOX", "14.40", "2026-12-11"),
    ], buyer=B_JONAS)
    d = add_workdays("2026-11-16", 2)
    assert d == "2026-11-18"
    body = ["Dear Jonas Sir,", "Greetings from Meerut Willow Works!",
            "We are pleased to confirm your PO No. 4500081340 for all 3 items at the quoted rates and quantities.\n"
            "Goods are ready and packed, dispatch in 2 working days by air freight. AWB copy will be shared upon dispatch.",
            "Thanks & Regards,\nRohit Kansal\nExport Manager\nMeerut Willow Works Pvt. Ltd.\n"
            "Sports Goods Complex, Delhi Road, Meerut - 250002 (U.P.) India\nMob: +91 98370 41266 | Ph: +91 121 276 4410"]
    eml = reply(slug, po, date="2026-11-16 11:05", client="gmail", body=body, prefix="Re: ")
    exp = expected("confirmation",
                   "Relative ship date: mail dated Monday 2026-11-16, 'dispatch in 2 working days' = Wednesday 2026-11-18. "
                   "Per FORMAT.md the Date header is the reference and a ship date counts when no delivery date is given, so all "
                   "lines are 'changed' (earlier than requested) with date 2026-11-18.",
                   [conf(po, {n: chg(po, n, d=d) for n in (1, 2, 3)})])
    return [po], eml, exp


@case("opera-costumes-inline-answers", "confirmation/fr-FR",
      "Answers typed under each quoted PO line (Thunderbird plain text): one OK, one new date '18/12' without year, one refused, one 'OK'.")
def c_opera_inline(slug):
    s = Sup("VALMONT", "Atelier Valmont Costumes de Scène", "commandes@atelier-valmont.example", "fr-FR", "Hélène Marchetti")
    po = PO("4500081422", s, "EUR", "2026-11-05", [
        ("OC-CARM-38", "Costume Carmen acte 1, taille 38, jupe 4 volants", 2, "SET", "1450.00", "2026-12-14"),
        ("OC-TOSCA-42", "Robe Tosca acte 2, velours, taille 42", 1, "EA", "1890.00", "2026-12-14"),
        ("OC-PAP-CAPE", "Cape Papageno, plumes, 3/4 longueur, taille M", 3, "EA", "620.00", "2026-12-14"),
        ("OC-WIG-18C", "Perruque XVIIIe, cheveux naturels, 2 boucles", 5, "EA", "410.00", "2026-12-14"),
    ])
    q = inline_quote(po, "thunderbird", "fr", {
        1: "OK, livrable le 14/12.",
        2: "Le velours arrive tard : livraison le 18/12, prix inchangé.",
        3: "Nous ne pouvons plus fournir cette cape (plumassier en rupture), désolés.",
        4: "OK.",
    })
    text = ("Bonjour Madame Ruiz,\n\nVoici nos réponses dans le texte ci-dessous.\n\n" + q +
            "\n\n-- \nHélène Marchetti\nAtelier Valmont - Costumes de Scène\n12 rue des Vinaigriers, 75010 Paris\n"
            "Tél. 01 42 08 31 77")
    eml = reply(slug, po, date="2026-11-10 16:20", client="thunderbird", body=text, quote=False, fmt="plain",
                charset="iso-8859-15", cte="8bit", flowed=True)
    exp = expected("confirmation",
                   "Inline answers under quoted rows; '18/12' has no year -> 2026-12-18; line 3 refused -> rejected; "
                   "'OK' under line 4 is an acceptance.",
                   [conf(po, {1: "A", 2: chg(po, 2, d="2026-12-18"), 3: "R", 4: "A"})])
    return [po], eml, exp


@case("sauna-stones-eur-12-netto", "confirmation/de-AT",
      "New price written 'EUR 12,- netto je Karton' plus a distracting 'ab 1.11.' validity date; dates without year.")
def c_sauna_netto(slug):
    s = Sup("PICHLER", "Saunatechnik Pichler GmbH", "verkauf@pichler-sauna.example", "de-AT", "Andrea Gruber")
    po = PO("4500081519", s, "EUR", "2026-11-05", [
        ("SO-9KW-400", "Saunaofen 9 kW 400 V, Edelstahl, Steuerung extern", 4, "EA", "685.00", "2026-12-09"),
        ("SST-10-15", "Saunasteine Olivin-Diabas 10-15 cm, Karton 20 kg", 20, "BOX", "11.40", "2026-12-09"),
        ("FS-6-9KW", "Fühlerset 6-9 kW inkl. Übertemperaturbegrenzer 142 °C", 4, "SET", "54.00", "2026-12-09"),
    ])
    body = ("Sehr geehrte Frau Ruiz,\n\ndanke für die Bestellung. Pos. 1 und 3 sind bestätigt, Liefertermin 09.12.\n"
            "Bei den Saunasteinen (Pos. 2) gilt seit 1.11. der neue Listenpreis: EUR 12,- netto je Karton.\n"
            "Liefertermin auch hier 09.12.2026.\n\nMit freundlichen Grüßen aus Wels\n\nAndrea Gruber\nVerkaufsinnendienst\n"
            "Saunatechnik Pichler GmbH\nSalzburger Straße 214, 4600 Wels\nTel.: +43 7242 46 8 55-13\nFN 384112 s, LG Wels")
    eml = reply(slug, po, date="2026-11-11 08:52", client="thunderbird", body=body, fmt="plain",
                charset="iso-8859-15", cte="8bit", prefix="AW: ", lang="de")
    exp = expected("confirmation", "'EUR 12,- netto' = 12.00 per box (PO unit BOX); 'seit 1.11.' is a price-validity date, not a delivery date; "
                   "'09.12.' without year = 2026-12-09 = requested.",
                   [conf(po, {1: "A", 2: chg(po, 2, p="12.00"), 3: "A"})])
    return [po], eml, exp


@case("bakery-spares-postfix-dsn", "bounce/en-IE",
      "Postfix multipart/report DSN (5.1.1 user unknown) carrying the full original request with its PO table and dates.")
def c_postfix_dsn(slug):
    s = Sup("KILKB", "Kilkenny Bakery Engineering Ltd", "orders@kilkenny-bakeng.example", "en-IE", "Ciaran Doyle", "+0000")
    po = PO("4500081577", s, "EUR", "2026-11-09", [
        ("DK-CONV-FAN", "Convection fan motor 230V 50Hz, 0.25 kW", 4, "EA", "188.00", "2026-12-04"),
        ("DK-STEAM-VLV", "Steam solenoid valve 1/2\" 24V AC", 6, "EA", "72.50", "2026-12-04"),
        ("DK-STONE-6040", "Cordierite baking stone 600x400x15 mm", 10, "EA", "64.00", "2026-12-11"),
    ], buyer=B_ELLA)
    orig = request_mail(po)
    t = when("2026-11-09 09:12", "+0100")
    human = ("This is the mail system at host mx-out2.halden-group.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<orders@kilkenny-bakeng.example>: host mail.kilkenny-bakeng.example[203.0.113.41]\n"
             "    said: 550 5.1.1 <orders@kilkenny-bakeng.example>: Recipient address rejected:\n"
             "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; mx-out2.halden-group.example\nX-Postfix-Queue-ID: 4Nk7Q12hTmz9vB\n"
          "X-Postfix-Sender: rfc822; ella.varga@halden-group.example\n"
          f"Arrival-Date: {rfc_date(t)}\n\n"
          "Final-Recipient: rfc822; orders@kilkenny-bakeng.example\nOriginal-Recipient: rfc822;orders@kilkenny-bakeng.example\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mail.kilkenny-bakeng.example\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <orders@kilkenny-bakeng.example>: Recipient address\n"
          "    rejected: User unknown in virtual mailbox table\n")
    root = Multi("report", [
        text_part(human, "plain", "us-ascii", "7bit", headers=[("Content-Description", "Notification")]),
        msg_part(ds.encode(), "message/delivery-status"),
        msg_part(orig)], "4Nk7Q12hTmz9vB.1762679571/mx-out2.halden-group.example", params=" report-type=delivery-status;")
    hd = [("Return-Path", "<>"),
          ("From", "MAILER-DAEMON@mx-out2.halden-group.example (Mail Delivery System)"),
          ("To", "ella.varga@halden-group.example"), ("Subject", "Undelivered Mail Returned to Sender"),
          ("Date", rfc_date(when("2026-11-09 09:13", "+0100"))),
          ("Message-ID", "<20261109081331.5C1E2812A4@mx-out2.halden-group.example>"),
          ("Auto-Submitted", "auto-replied")]
    return [po], message(hd, root), expected("bounce", "Postfix DSN; the attached original contains the PO table with quantities, prices and dates that must not be read as a confirmation.")


@case("steel-drums-instead-of-now-price", "confirmation/nl-NL",
      "Only one price changes, expressed as 'in plaats van EUR 14,20 nu EUR 15,10 per paar' inside a sentence.")
def c_steeldrum_price(slug):
    s = Sup("PANROT", "Pan Atelier Rotterdam B.V.", "verkoop@panatelier.example", "nl-NL", "Sanne de Vries")
    po = PO("4500081633", s, "EUR", "2026-11-06", [
        ("SD-TEN-LOWC", "Tenor steelpan low C, chroom, 28 noten", 3, "EA", "1240.00", "2026-12-16"),
        ("SD-DSEC-30", "Double second, set van 2 pannen, 30 noten", 2, "SET", "1980.00", "2026-12-16"),
        ("SD-STK-58", "Steelpan stokken rubber tip 5/8\", per paar", 24, "PAIR", "14.20", "2026-12-16"),
        ("SD-STAND-90", "Statief verstelbaar 70-90 cm", 5, "EA", "89.00", "2026-12-16"),
    ])
    body = ["Beste Dana,",
            "Bedankt voor je bestelling 4500081633. Alles kan geleverd worden op 16 december zoals gevraagd.\n"
            "Alleen de stokken (pos. 3) zijn bij ons duurder geworden: in plaats van \u20ac 14,20 nu \u20ac 15,10 per paar.",
            "Met vriendelijke groet,\n\nSanne de Vries\nOrderafhandeling\nPan Atelier Rotterdam B.V.\nVan Nelleweg 1, 3044 BC Rotterdam\n"
            "T +31 10 714 22 90 | KvK 71734512"]
    eml = reply(slug, po, date="2026-11-11 13:37", client="outlook", body=body, charset="windows-1252")
    exp = expected("confirmation", "Old and new price quoted in one sentence; only the new one (15.10) counts for line 3; '16 december' without year = 2026-12-16.",
                   [conf(po, {1: "A", 2: "A", 3: chg(po, 3, p="15.10"), 4: "A"})])
    return [po], eml, exp


@case("sushi-knives-semana-50", "confirmation/es-ES",
      "Spanish prose: two lines on the requested date, one line moved to 'la semana 50' (no day -> Friday).")
def c_sushi_week(slug):
    s = Sup("HALB", "Hojas de Albacete S.L.", "pedidos@hojasalbacete.example", "es-ES", "Javier Moreno")
    po = PO("4500081745", s, "EUR", "2026-11-06", [
        ("SK-YAN-270", "Cuchillo yanagiba 270 mm, acero VG-10", 12, "EA", "118.00", "2026-12-04"),
        ("SK-DEB-165", "Cuchillo deba 165 mm, mango octogonal", 8, "EA", "96.50", "2026-12-04"),
        ("SK-WS-1060", "Piedra de afilar combinada 1000/6000, 210x70x25 mm", 20, "EA", "34.90", "2026-12-04"),
    ])
    body = ["Hola Dana:",
            "Te confirmamos el pedido 4500081745. Las líneas 1 y 3 salen de nuestro almacén y os llegarán el 4 de diciembre, "
            "tal como pedís.\nEl deba de 165 mm (línea 2) viene de Japón: la entrega será en la semana 50, el precio se mantiene.",
            "Un saludo,\n\nJavier Moreno\nDepartamento comercial\nHojas de Albacete S.L. · Pol. Ind. Campollano, C/ E nº 14 · 02007 Albacete\n"
            "Tel. +34 967 21 44 80"]
    eml = reply(slug, po, date="2026-11-11 10:09", client="gmail", body=body, prefix="Re: ", lang="es")
    exp = expected("confirmation", "'semana 50' without a day = Friday of ISO week 50 = 2026-12-11 for line 2; '4 de diciembre' = requested date.",
                   [conf(po, {1: "A", 2: chg(po, 2, d=kw_fri(50)), 3: "A"})])
    return [po], eml, exp


@case("rink-boards-kw-50-51", "needs_review/de-DE",
      "'Lieferung KW 50/51' spans two weeks; prices and quantities agreed but no single committed date.")
def c_rink_kw(slug):
    s = Sup("KESSLER", "Eisbahn-Systeme Kessler GmbH", "vertrieb@kessler-eisbahn.example", "de-DE", "Jana Voigt")
    po = PO("4500081802", s, "EUR", "2026-11-06", [
        ("BD-HDPE-2412", "Bandenelement HDPE 2,44 x 1,22 m, 12 mm, weiß", 40, "EA", "385.00", "2026-12-11"),
        ("PL-SCH-15", "Acryl-Schutzscheibe 15 mm, 1,8 m hoch", 20, "EA", "240.00", "2026-12-11"),
        ("KS-TOR-2F", "Bandentür 2-flügelig, 1,5 m", 2, "EA", "1150.00", "2026-12-11"),
    ], buyer=B_JONAS)
    body = ["Hallo Herr Kettler,",
            "danke, Ihre Bestellung 4500081802 ist angekommen. Preise und Mengen passen so.\n"
            "Lieferung KW 50/51, den genauen Termin nennen wir Ihnen, sobald die Scheiben vom Zulieferer da sind.",
            "Gruß\nJana Voigt\n\nEisbahn-Systeme Kessler GmbH\nIndustriestraße 31 | 87437 Kempten\nTel. +49 831 960 47-0"]
    eml = reply(slug, po, date="2026-11-12 15:44", client="outlook", body=body, prefix="AW: ", charset="iso-8859-1")
    return [po], eml, expected("needs_review", "'KW 50/51' names two weeks and the exact date is explicitly still open; a buyer cannot take a single committed date from it.")


@case("kite-fabric-teslim-tarihi", "confirmation/tr-TR",
      "Turkish reply (windows-1254) confirming quantities and prices with one new date 'teslim tarihi 18.12.2026' for all lines.")
def c_kite_tr(slug):
    s = Sup("RUZGAR", "Rüzgar Tekstil San. ve Tic. A.Ş.", "satis@ruzgartekstil.example", "tr-TR", "Elif Yıldız", "+0300")
    po = PO("4500081911", s, "EUR", "2026-11-09", [
        ("KF-RS40-RED", "Ripstop polyester kite fabric 40 g/m2, 1.5 m wide, red", 300, "M", "3.95", "2026-12-14"),
        ("KF-RS40-BLU", "Ripstop polyester kite fabric 40 g/m2, 1.5 m wide, blue", 300, "M", "3.95", "2026-12-14"),
        ("KF-DAC-25", "Dacron reinforcement tape 25 mm, 50 m roll", 20, "ROL", "18.40", "2026-12-14"),
    ])
    body = ["Sayın Dana Ruiz,",
            "4500081911 numaralı siparişiniz için teşekkür ederiz. Tüm kalemleri sipariş edilen miktar ve fiyatlarla onaylıyoruz; "
            "ancak boyahanedeki yoğunluk nedeniyle teslim tarihi 18.12.2026 olacaktır.",
            "Saygılarımızla,\n\nElif Yıldız\nİhracat Sorumlusu\nRüzgar Tekstil San. ve Tic. A.Ş.\n"
            "Organize Sanayi Bölgesi 4. Cadde No: 17, 16140 Nilüfer / Bursa\nTel: +90 224 411 58 20"]
    eml = reply(slug, po, date="2026-11-12 11:30", client="outlook", body=body, prefix="YNT: ", charset="windows-1254")
    return [po], eml, expected("confirmation", "One sentence moves all three lines to 18.12.2026 while confirming quantity and price.",
                                [conf(po, {n: chg(po, n, d="2026-12-18") for n in (1, 2, 3)})])


@case("sauna-heaters-viikolla-51", "confirmation/fi-FI",
      "Finnish 'toimitus viikolla 51' (week without day -> Friday 18.12.2026) for both lines.")
def c_sauna_fi(slug):
    s = Sup("LOYLY", "Löylytekniikka Oy", "myynti@loylytekniikka.example", "fi-FI", "Mikko Heinonen", "+0200")
    po = PO("4500082014", s, "EUR", "2026-11-09", [
        ("SH-68-400", "Electric sauna heater 6.8 kW 400V, stainless", 10, "EA", "412.00", "2026-12-11"),
        ("SH-ST-20", "Heater stones 5-10 cm, 20 kg box", 30, "BOX", "16.80", "2026-12-11"),
    ], buyer=B_ELLA)
    body = ("Hei Ella,\n\nKiitos tilauksesta 4500082014. Vahvistamme molemmat rivit tilatuilla määrillä ja hinnoilla,\n"
            "toimitus viikolla 51.\n\n(Both lines confirmed as ordered, delivery in week 51.)\n\nYstävällisin terveisin\n"
            "Mikko Heinonen\nMyyntipäällikkö\nLöylytekniikka Oy, Teollisuustie 9, 33330 Tampere\npuh. 040 718 2290")
    eml = reply(slug, po, date="2026-11-12 09:18", client="apple", body=body, prefix="Re: ", charset="iso-8859-15")
    return [po], eml, expected("confirmation", "'viikolla 51' = ISO week 51, no day -> Friday 2026-12-18; quantities and prices unchanged.",
                                [conf(po, {1: chg(po, 1, d=kw_fri(51)), 2: chg(po, 2, d=kw_fri(51))})])


@case("rosin-supplier-audit-invitation", "unrelated/it-IT",
      "Supplier's quality office invites us to an audit; it carries dates, times and the PO supplier's domain but answers nothing.")
def c_audit(slug):
    s = Sup("BERNARDI", "Colofonie Bernardi S.r.l.", "ordini@bernardi-colofonia.example", "it-IT", "Giulia Bernardi")
    po = PO("4500082077", s, "EUR", "2026-11-09", [
        ("RS-DARK-30", "Colofonia scura per violino, pane 30 g", 200, "EA", "4.80", "2026-12-10"),
        ("RS-LIGHT-30", "Colofonia chiara per viola, pane 30 g", 120, "EA", "4.80", "2026-12-10"),
    ])
    body = ["Gentile Dott.ssa Ruiz,",
            "in vista del rinnovo della certificazione ISO 9001:2015 Vi invitiamo a partecipare all'audit di seconda parte "
            "presso il nostro stabilimento di Cremona.",
            "Data proposta: giovedì 14/01/2027, ore 10:00-16:00\nLuogo: Via Mantova 88, 26100 Cremona (CR)\n"
            "Agenda: visita reparto fusione resine, controllo lotti, laboratorio qualità",
            "Vi preghiamo di confermare la partecipazione entro il 04/12/2026 indicando il numero dei partecipanti.\n"
            "(English: you are kindly invited to our supplier audit day on 14 January 2027 in Cremona.)",
            "Cordiali saluti\n\nRoberto Sala\nResponsabile Qualità\nColofonie Bernardi S.r.l. - Tel. +39 0372 45 18 60"]
    eml = reply(slug, po, date="2026-11-13 12:05", client="outlook", body=body, frm=("Roberto Sala", "qualita@bernardi-colofonia.example"),
                subject="Invito audit fornitori 2027 / Supplier audit invitation", quote=False, threaded=False, charset="iso-8859-1")
    return [po], eml, expected("unrelated", "Audit invitation from the supplier's QA office; dates in it (14/01/2027, 04/12/2026) are not order data.")


@case("bike-saddles-croatian-partial", "confirmation/hr-HR",
      "Croatian reply confirming only 60 of 100 on line 1 (rest cannot be supplied) and line 2 in full.")
def c_saddles_hr(slug):
    s = Sup("SEDLA", "Sedla Adria d.o.o.", "prodaja@sedla-adria.example", "hr-HR", "Ivana Horvat")
    po = PO("4500082120", s, "EUR", "2026-11-09", [
        ("SAD-RD-143", "Road saddle 143 mm, carbon rails 7x9 mm", 100, "EA", "38.50", "2026-12-10"),
        ("SAD-MTB-155", "MTB saddle 155 mm, CrMo rails", 80, "EA", "24.90", "2026-12-10"),
    ], buyer=B_MIRA)
    body = ["Poštovana gospođo Ostrowski,",
            "zahvaljujemo na narudžbi 4500082120.\n\n"
            "Poz. 1: zbog nestašice karbonskih šina možemo isporučiti samo 60 kom, rok isporuke 10.12.2026. "
            "Preostalih 40 kom nažalost ne možemo isporučiti.\n"
            "Poz. 2: potvrđujemo 80 kom po 24,90 EUR, isporuka 10.12.2026.",
            "S poštovanjem,\n\nIvana Horvat\nProdaja\nSedla Adria d.o.o., Ulica Frana Supila 8, 51000 Rijeka\nTel: +385 51 330 217"]
    eml = reply(slug, po, date="2026-11-13 08:47", client="outlook", body=body, prefix="Odg: ", charset="windows-1250", lang="hr")
    return [po], eml, expected("confirmation", "Partial quantity: line 1 only 60 pcs (the other 40 declined) at the original price and date.",
                                [conf(po, {1: chg(po, 1, q=60), 2: "A"})])


@case("piano-benches-swiss-franken", "confirmation/de-CH",
      "Swiss German ('Grüezi', no sharp s) with the new price written 'Fr. 45.–' for one line; CHF order.")
def c_piano_ch(slug):
    s = Sup("STAEUB", "Klavierbänke Stäubli AG", "bestellung@staeubli-klavierbank.example", "de-CH", "Reto Stäubli")
    po = PO("4500082233", s, "CHF", "2026-11-09", [
        ("PB-ADJ-4656", "Klavierbank höhenverstellbar 46-56 cm, schwarz poliert", 6, "EA", "389.00", "2026-12-15"),
        ("PB-DUO-90", "Duobank 90x35 cm, Nussbaum", 2, "EA", "612.00", "2026-12-15"),
        ("PB-CUSH-55", "Ersatzpolster Velours 55x32 cm", 10, "EA", "42.00", "2026-12-15"),
    ])
    body = ("Grüezi Frau Ruiz\n\nBesten Dank für Ihre Bestellung. Wir bestätigen alle Positionen mit Liefertermin 15.12.2026.\n"
            "Einzig das Ersatzpolster (Pos. 3) kostet neu Fr. 45.– pro Stück, da der Velours-Stoff teurer geworden ist.\n\n"
            "Freundliche Grüsse\n\nReto Stäubli\nKlavierbänke Stäubli AG\nBahnhofstrasse 40, 8610 Uster\nTel. 044 940 12 77")
    eml = reply(slug, po, date="2026-11-13 10:26", client="apple", body=body, prefix="AW: ", lang="de")
    return [po], eml, expected("confirmation", "'Fr. 45.–' = CHF 45.00 for line 3; other lines as ordered.",
                                [conf(po, {1: "A", 2: "A", 3: chg(po, 3, p="45.00")})])


@case("mouse-cages-hebrew-date", "confirmation/he-IL",
      "Hebrew (windows-1255) confirmation with the date written 18/12/26 (day-first, two-digit year).")
def c_cages_he(slug):
    s = Sup("NEGEV", "Negev Lab Housing Ltd", "orders@negevlab.example", "he-IL", "Noa Levi", "+0200", sign="נועה לוי")
    po = PO("4500082347", s, "USD", "2026-11-09", [
        ("MC-IVC-500", "IVC mouse cage GM500, 391x199x160 mm", 120, "EA", "64.00", "2026-12-11"),
        ("MC-LID-500", "Filter top lid for GM500", 120, "EA", "18.50", "2026-12-11"),
        ("MC-WB-250", "Water bottle 250 ml, 2.5 mm sipper", 240, "EA", "3.20", "2026-12-11"),
    ])
    body = ["שלום Dana,",
            "תודה על הזמנה מספר 4500082347.\nאנו מאשרים את כל השורות בכמויות ובמחירים שבהזמנה. מועד אספקה: 18/12/26.",
            "בברכה,\nנועה לוי\nמנהלת הזמנות\nNegev Lab Housing Ltd | אזור תעשייה עמק שרה, באר שבע\nטל' 08-6231447"]
    eml = reply(slug, po, date="2026-11-15 09:40", client="outlook", body=body, charset="windows-1255", lang="en",
                html_body=None)
    return [po], eml, expected("confirmation", "Hebrew RTL text; '18/12/26' is day-first with a two-digit year = 2026-12-18 for all lines.",
                                [conf(po, {n: chg(po, n, d="2026-12-18") for n in (1, 2, 3)})])


@case("bonsai-tools-pcs-rupiah", "confirmation/id-ID",
      "Indonesian list with 'pcs', 'Rp 385.000' (dot = thousands) and a short shipment on line 3.")
def c_bonsai_id(slug):
    s = Sup("BONSNUS", "CV Alat Bonsai Nusantara", "penjualan@bonsainusantara.example", "id-ID", "Budi Santoso", "+0700")
    po = PO("4500082451", s, "IDR", "2026-11-10", [
        ("BT-CONC-210", "Concave cutter 210 mm, carbon steel", 30, "PCS", "385000", "2026-12-14"),
        ("BT-WIRE-25", "Aluminium wire 2.5 mm, 500 g roll", 50, "ROL", "95000", "2026-12-14"),
        ("BT-SCI-180", "Bonsai scissors 180 mm, butterfly handle", 40, "PCS", "210000", "2026-12-14"),
    ])
    body = ["Selamat siang Ibu Dana,",
            "Terima kasih atas PO 4500082451. Kami konfirmasi sebagai berikut:",
            "1. Concave cutter 210 mm - 30 pcs @ Rp 385.000 - kirim tgl 14 Desember 2026\n"
            "2. Kawat aluminium 2,5 mm - 50 roll @ Rp 95.000 - kirim tgl 14 Desember 2026\n"
            "3. Gunting bonsai 180 mm - stok kami hanya 25 pcs @ Rp 210.000 - kirim tgl 14 Desember 2026,\n"
            "   sisa 15 pcs tidak bisa kami penuhi.",
            "Hormat kami,\n\nBudi Santoso\nCV Alat Bonsai Nusantara\nJl. Raya Kopo No. 212, Bandung 40225\nTelp. (022) 540 3318 / WA 0812 2044 7719"]
    eml = reply(slug, po, date="2026-11-16 13:15", client="gmail", body=body, prefix="Re: ")
    return [po], eml, expected("confirmation", "Rupiah with dot thousands (Rp 385.000 = 385000 IDR); 'kirim' is a ship date equal to the requested date; line 3 only 25 pcs.",
                                [conf(po, {1: "A", 2: "A", 3: chg(po, 3, q=25)})])


@case("kelp-latvian-piegade", "confirmation/lv-LV",
      "Latvian reply (ISO-8859-13) with 'piegāde 18.12.2026.' (date with trailing ordinal dot) for both lines.")
def c_kelp_lv(slug):
    s = Sup("JURASZ", "Baltijas Jūraszāles SIA", "pasutijumi@juraszales.example", "lv-LV", "Laura Ozola", "+0200")
    po = PO("4500082560", s, "EUR", "2026-11-10", [
        ("KF-LQ-20", "Liquid kelp fertilizer 0.1-0.1-1.5, 20 L canister", 60, "EA", "42.00", "2026-12-11"),
        ("KF-MEAL-25", "Kelp meal 1-0-2, 25 kg bag", 40, "EA", "36.50", "2026-12-11"),
    ], buyer=B_MIRA)
    body = ["Labdien, Mira!",
            "Paldies par pasūtījumu Nr. 4500082560. Apstiprinām abas pozīcijas par norādītajām cenām un daudzumiem, "
            "piegāde 18.12.2026.",
            "Ar cieņu\nLaura Ozola\nPārdošanas vadītāja\nSIA Baltijas Jūraszāles, Ostas iela 5, Liepāja, LV-3401\nTālr. +371 634 27 118"]
    eml = reply(slug, po, date="2026-11-16 10:02", client="outlook", body=body, charset="iso-8859-13", prefix="RE: ")
    return [po], eml, expected("confirmation", "'piegāde 18.12.2026.' - Latvian date with final dot = 2026-12-18 for both lines; price and quantity unchanged.",
                                [conf(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, d="2026-12-18")})])
