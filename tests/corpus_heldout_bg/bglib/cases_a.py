"""Cases 001-018: confirmations, mostly European locales."""
from .common import case, mkpo, acc, chg, REJ, UNC, conf, expected, outlook_quote, gmail_quote, \
    req_body, quoted_lines, req_subject, kw, fd, num
from .mime import reply, multi, attach, message, addr, ew, hdate, text
from .pdf import make_pdf


@case("hearse-fittings-confirmed-oneliner", "confirmation/en-IE",
      "A one-line 'confirmed as ordered' above an Outlook quote whose descriptions (12x20, 3/8, M10x40, 4/3) look like dates and quantities.")
def c001():
    sup = ("DUNMOR", "Dunmore Coachbuilders Fittings Ltd", "orders@dunmore-fittings.example", "en-IE")
    po = mkpo("4500021655", sup, "EUR", "2026-11-03", [
        ("HF-2210", "Casket deck roller 12x20 mm, brass, set of 8", 40, "SET", "31.50", "2026-12-15"),
        ("HF-3318", "Rear door lamp bracket 24V, 3/8 thread", 60, "EA", "18.75", "2026-12-15"),
        ("HF-0412", "Bier pin M10x40 chrome, 4/3 profile", 200, "PCS", "2.95", "2026-12-15"),
    ])
    body = ("Hi Dana,\n\nConfirmed as ordered, thanks.\n\nKind regards,\n\nCiarán Ó Dálaigh\n"
            "Sales Office | Dunmore Coachbuilders Fittings Ltd\n"
            "Unit 7, Ballymount Industrial Estate, Dublin 12, D12 X2R7\n"
            "T: +353 1 456 2210 | M: +353 87 221 0934\n\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee. "
            "If you have received it in error please notify the sender and delete it. "
            "Dunmore Coachbuilders Fittings Ltd, registered in Ireland no. 318221.\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-09 14:22", tz="+0000", frm=("Ciarán Ó Dálaigh", "orders@dunmore-fittings.example"),
                body=body, mid="<AM9PR06MB7411C2E1A0B94D2F@AM9PR06MB7411.eurprd06.prod.dunmore-fittings.example>",
                charset="windows-1252", tag="c001", lang="en-IE")
    exp = expected("confirmation",
                   "One line 'Confirmed as ordered' covers all three lines; the sizes in the quoted descriptions are not dates or quantities.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3)})])
    return [po], eml, exp


@case("oyster-net-price-per-roll", "confirmation/fr-FR",
      "The PO is in metres but the supplier prices per 50 m roll (roll length only in the PO description), so 162,50 EUR per roll must become 3.25 EUR/M.")
def c002():
    sup = ("FILMER", "Filets de la Mer SARL", "adv@filets-delamer.example", "fr-FR")
    po = mkpo("4500021631", sup, "EUR", "2026-11-02", [
        ("ON-P14-50", "Oyster bag mesh 14 mm HDPE, roll 50 m x 1 m", 600, "M", "3.10", "2026-12-11"),
        ("ON-FLT-9", "Float 9x14 cm for 4/3 oyster bag, black", 400, "PCS", "0.85", "2026-12-11"),
    ])
    body = ("Bonjour Madame Ruiz,\n\n"
            "Nous vous confirmons votre commande 4500021631 :\n\n"
            "- ON-P14-50 : 12 rouleaux de 50 m (soit 600 m), prix 162,50 € HT le rouleau, livraison le 11/12/2026\n"
            "- ON-FLT-9 : 400 pièces à 0,85 € HT, livraison le 11/12/2026\n\n"
            "Le prix du filet a été ajusté suite à la hausse du PEHD (tarif au 1er novembre).\n\n"
            "Cordialement,\n\nSophie Le Gall\nAdministration des ventes\nFilets de la Mer SARL\n"
            "ZA de Kerhoas, 29880 Plouguerneau\nTél. 02 98 04 71 20\n\n"
            + gmail_quote(po, "Le lun. 2 nov. 2026 à 09:12, Dana Ruiz <dana.ruiz@corvid-procurement.example> a écrit :"))
    eml = reply(po, date="2026-11-10 11:05", tz="+0100", frm=("Sophie Le Gall", "adv@filets-delamer.example"),
                body=body, mid="<CAF7x2Lq9mR0pXz3K1eN8vD4wTg@mail.filets-delamer.example>", mailer=None,
                prefix="Re: ", tag="000000000000a41c2b05f3e1", lang=None)
    exp = expected("confirmation",
                   "Price given per roll: 162.50 / 50 m = 3.25 EUR/M (changed); 12 rolls = 600 m as ordered. Floats accepted.",
                   [conf(po, {1: chg(po, 1, p="3.25"), 2: acc(po, 2)})])
    return [po], eml, exp


@case("pinball-item-codes-status-words", "confirmation/en-US",
      "Lines are listed by our item codes with a trailing status word (OK / delayed / n/a) explained in a legend below, with US month-first dates.")
def c003():
    sup = ("FLIPRX", "FlipperWorks Supply Inc.", "sales@flipperworks.example", "en-US")
    po = mkpo("4500021702", sup, "USD", "2026-11-04", [
        ("PB-RUB-38", "Rubber ring 3/8 in ID, white, box of 25", 120, "BOX", "4.40", "2026-12-10"),
        ("PB-COIL-2650", "Flipper coil 26-500/34-4500, 50V", 80, "EA", "21.90", "2026-12-10"),
        ("PB-LED-6V", "LED bulb #44 6.3V warm white, 10/pack", 50, "BOX", "7.25", "2026-12-10"),
        ("PB-LEG-1020", "Leg bolt set 3/8-16 x 2-3/4, chrome (4 pcs)", 48, "SET", "9.80", "2026-12-10"),
    ])
    body = ("Dana,\n\nstatus on your PO 4500021702:\n\n"
            "PB-RUB-38      OK\nPB-COIL-2650   delayed\nPB-LED-6V      n/a\nPB-LEG-1020    OK\n\n"
            "OK = confirmed as ordered (qty, price and date).\n"
            "delayed = our coil winder is down; new ship date for the 80 coils is 01/08/2027, same price.\n"
            "n/a = discontinued by the manufacturer, we cannot supply it.\n\n"
            "Thanks,\nJake Moreno\nFlipperWorks Supply Inc. | 2210 W. Grand Ave, Chicago, IL 60612 | (312) 555-0147\n\n"
            "Sent from my iPad\n\n"
            "On Nov 4, 2026, at 9:12 AM, Dana Ruiz <dana.ruiz@corvid-procurement.example> wrote:\n\n"
            + "\n".join(quoted_lines(po)))
    eml = reply(po, date="2026-11-11 16:40", tz="-0500", frm=("Jake Moreno", "sales@flipperworks.example"),
                body=body, mid="<6E1B7C42-9A3D-4F1E-B5C2-1D7E04A9F3B8@flipperworks.example>",
                charset="us-ascii", cte="7bit", html=False, prefix="Re: ",
                mailer=("X-Mailer", "iPad Mail (22B91)"), tag="c003")
    exp = expected("confirmation",
                   "Status words per item code: OK lines accepted; 'delayed' carries a ship date 01/08/2027 (US format = 8 Jan 2027), the only date given so it counts; 'n/a' = cannot supply = rejected.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-08"), 3: REJ, 4: acc(po, 4)})])
    return [po], eml, exp


@case("bagpipe-reeds-first-200-balance", "confirmation/en-GB",
      "A split written as 'the first 200 on 4 December, the balance on 18 December' with no years and no explicit second quantity (balance = 300).")
def c004():
    sup = ("GLENRD", "Glen Reed Works Ltd", "orders@glenreedworks.example", "en-GB")
    po = mkpo("4500021640", sup, "GBP", "2026-11-02", [
        ("BR-CH-H3", "Chanter reed, hard, 3/4 cane, Highland pitch 480 Hz", 500, "PCS", "6.20", "2026-12-04"),
        ("BR-DR-T2", "Tenor drone reed set, synthetic, 2-piece", 60, "SET", "14.50", "2026-12-04"),
    ])
    body = ("Morning Dana,\n\nThanks for the order.\n\n"
            "Drone reeds (line 2) are fine: 60 sets at £14.50, with you on 4 Dec as requested.\n\n"
            "Chanter reeds: we can't do all 500 by the 4th. We'll send the first 200 on 4 December and the "
            "balance on 18 December. Price stays at £6.20.\n\n"
            "Cheers,\nAlasdair\n\n--\nAlasdair MacLeod\nGlen Reed Works Ltd\n14 Mill Lane, Kirriemuir, DD8 4BQ\n"
            "01575 572 830\n\n"
            + gmail_quote(po))
    eml = reply(po, date="2026-11-09 08:47", tz="+0000", frm=("Alasdair MacLeod", "orders@glenreedworks.example"),
                body=body, mid="<CAJh4nT0vQ2sWm8Lx1pR5yUe3Zk@mail.glenreedworks.example>", mailer=None,
                prefix="Re: ", tag="0000000000007b21e905f3c4")
    exp = expected("confirmation",
                   "Line 1 split: 200 on 2026-12-04 and the balance (500-200=300) on 2026-12-18; dates without year resolve to Dec 2026. Line 2 accepted.",
                   [conf(po, {1: chg(po, 1, d="2026-12-18", sched=[(200, "2026-12-04"), (300, "2026-12-18")]),
                              2: acc(po, 2)})])
    return [po], eml, exp


@case("ostomy-pouch-anfang-kw51", "confirmation/de-DE",
      "'Lieferung Anfang KW 51' names no weekday, so per the reading rule it is the Friday of ISO week 51 (2026-12-18); 'KW 50' equals the requested date.")
def c005():
    sup = ("STOMED", "StomaMed Vertriebs GmbH", "auftrag@stomamed.example", "de-DE")
    po = mkpo("4500021731", sup, "EUR", "2026-11-05", [
        ("OS-2P-57", "Ostomy pouch 2-piece drainable, flange 57 mm", 1200, "EA", "2.85", "2026-12-11"),
        ("OS-BP-4045", "Base plate convex 40-45 mm, cut-to-fit", 600, "EA", "4.10", "2026-12-11"),
        ("OS-PASTE-60", "Stoma paste 60 g tube", 200, "EA", "5.35", "2026-12-11"),
    ])
    assert kw(2026, 50) == "2026-12-11" and kw(2026, 51) == "2026-12-18"
    body = ("Sehr geehrte Frau Ruiz,\n\nvielen Dank für Ihre Bestellung 4500021731, die wir wie folgt bestätigen:\n\n"
            "Pos. 1  OS-2P-57     1.200 Stück à 2,85 EUR   Lieferung Anfang KW 51\n"
            "Pos. 2  OS-BP-4045     600 Stück à 4,10 EUR   Lieferung KW 50\n"
            "Pos. 3  OS-PASTE-60    200 Stück à 5,35 EUR   Lieferung KW 50\n\n"
            "Mit freundlichen Grüßen\n\nJens Hartmann\nInnendienst\n\nStomaMed Vertriebs GmbH\n"
            "Industriestraße 41 | 44147 Dortmund\nTel. +49 231 9876-214 | Fax +49 231 9876-299\n"
            "Geschäftsführer: Dr. Petra Voss | Amtsgericht Dortmund HRB 28841\n\n"
            + outlook_quote(po, "de"))
    eml = reply(po, date="2026-11-10 10:31", tz="+0100", frm=("Jens Hartmann", "auftrag@stomamed.example"),
                body=body, mid="<FR3P281MB15620E4A7C9D2B11@FR3P281MB1562.DEUP281.PROD.stomamed.example>",
                charset="iso-8859-1", prefix="AW: ", tag="c005", lang="de-DE")
    exp = expected("confirmation",
                   "'Anfang KW 51' names no day; FORMAT's rule maps a week without a named day to its Friday, 2026-12-18 (the supplier commits to week 51, Friday is the latest day of it). KW 50 = Fri 2026-12-11 = requested, so lines 2-3 accepted.",
                   [conf(po, {1: chg(po, 1, d="2026-12-18"), 2: acc(po, 2), 3: acc(po, 3)})])
    return [po], eml, exp


@case("glacier-lift-date-only", "confirmation/de-AT",
      "The reply answers only the delivery date (Austrian '15. Jänner 2027') and says nothing about price or quantity, which therefore stay as ordered.")
def c006():
    sup = ("ALPSEIL", "Alpenseil Technik GmbH", "verkauf@alpenseil-technik.example", "de-AT")
    po = mkpo("4500021660", sup, "EUR", "2026-11-03", [
        ("GL-GRIP-4840", "Detachable grip set for 48 mm haul rope, 2027 model, 4-seater", 24, "SET", "1860.00", "2026-12-18"),
    ], buyer="tomas")
    body = ("Grüß Gott Herr Lindqvist,\n\nzu Ihrer Bestellung 4500021660: Liefertermin ist der 15. Jänner 2027, "
            "frei Talstation wie vereinbart.\n\nMit freundlichen Grüßen\nMag. Florian Eder\n"
            "Alpenseil Technik GmbH\nGewerbepark 3, 6200 Jenbach, Tirol\nT +43 5244 62 410-12\n\n"
            + gmail_quote(po, "Am 03.11.2026 um 09:12 schrieb Tomas Lindqvist:"))
    eml = reply(po, date="2026-11-12 07:55", tz="+0100", frm=("Florian Eder", "verkauf@alpenseil-technik.example"),
                body=body, mid="<7b4e1f0a-2c9d-4b8e-a1f3-5d6e7c8b9a01@alpenseil-technik.example>",
                charset="utf-8", cte="8bit", html=False, flowed=True, prefix="Re: ",
                mailer=("User-Agent", "Mozilla Thunderbird 128.4.0"), tag="c006", lang="de-AT")
    exp = expected("confirmation",
                   "Only a delivery date is given. It is a firm answer to the order, so this is a confirmation; nothing contradicts the PO quantity and price, so they stay as ordered and only the date changes ('Jänner' = January): 2027-01-15.",
                   [conf(po, {1: chg(po, 1, d="2027-01-15")})])
    return [po], eml, exp


@case("tofu-press-inline-ok-rows", "confirmation/it-IT",
      "The only answer is 'OK' typed inline after each quoted table row; the text above just says 'vedi sotto'.")
def c007():
    sup = ("TOFMAC", "Macchine Tofu Veneto S.r.l.", "ordini@tofuveneto.example", "it-IT")
    po = mkpo("4500021715", sup, "EUR", "2026-11-04", [
        ("TP-PR-30", "Tofu press frame 30x30 cm, AISI 304", 6, "EA", "1240.00", "2026-12-16"),
        ("TP-CL-3030", "Press cloth 30x30, 100 micron, pack of 10", 40, "SET", "18.60", "2026-12-16"),
        ("TP-SP-24V", "Pneumatic cylinder 24V valve kit", 6, "SET", "312.00", "2026-12-16"),
    ])
    q = quoted_lines(po)
    out = []
    for ln in q:
        out.append(ln)
        if any(ln.startswith(f"> {l['line']}  ") for l in po["lines"]):
            out.append("OK")
    body = ("Buongiorno Dana,\nvedi sotto.\n\nSaluti\nGiulia Furlan\nUfficio commerciale - Macchine Tofu Veneto S.r.l.\n"
            "Via dell'Artigianato 18, 35010 Vigonza (PD) - Tel. +39 049 502 3311\n\n"
            "Il 04/11/2026 09:12, Dana Ruiz ha scritto:\n" + "\n".join(out))
    eml = reply(po, date="2026-11-10 15:02", tz="+0100", frm=("Giulia Furlan", "ordini@tofuveneto.example"),
                body=body, mid="<5f2c81aa-0d3e-47b9-9c1e-3a7d2e6f4b10@tofuveneto.example>",
                charset="iso-8859-15", html=False, prefix="Re: ",
                mailer=("User-Agent", "Mozilla Thunderbird 115.16.0"), tag="c007", lang="it-IT")
    exp = expected("confirmation",
                   "Each quoted row is followed by 'OK' - every line confirmed as ordered.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3)})])
    return [po], eml, exp


@case("radio-mast-vrijdag-week-51", "confirmation/nl-NL",
      "Dutch week notation with weekdays: 'vrijdag week 51' and 'woensdag week 2 (2027)'; the named day is used, not the default Friday.")
def c008():
    sup = ("MASTBV", "Mastenbouw Noord B.V.", "verkoop@mastenbouw-noord.example", "nl-NL")
    po = mkpo("4500021633", sup, "EUR", "2026-11-02", [
        ("RM-LAT-30", "Lattice mast section 3.0 m, 450 mm triangular, galv.", 12, "EA", "685.00", "2026-12-11"),
        ("RM-GUY-8", "Guy wire 8 mm, 7x19, galvanised", 400, "M", "2.35", "2027-01-08"),
        ("RM-BASE-45", "Hinged base plate 450, M20x60 anchors", 2, "EA", "940.00", "2026-12-11"),
    ])
    assert kw(2026, 51, 5) == "2026-12-18" and kw(2027, 2, 3) == "2027-01-13"
    body = ("Beste Dana,\n\nHierbij onze bevestiging van order 4500021633:\n\n"
            "Regel 1 - 12 st. mastsecties RM-LAT-30: levering vrijdag week 51\n"
            "Regel 2 - 400 m tuidraad RM-GUY-8: levering woensdag week 2 (2027)\n"
            "Regel 3 - voetplaat RM-BASE-45: zoals besteld\n\n"
            "Prijzen conform uw order.\n\n"
            "Met vriendelijke groet,\n\nRuud Visser\nBinnendienst Verkoop\nMastenbouw Noord B.V.\n"
            "Industrieweg 22, 9301 ZG Roden | T +31 50 501 88 40\n\n"
            + outlook_quote(po, "nl"))
    eml = reply(po, date="2026-11-11 13:20", tz="+0100", frm=("Ruud Visser", "verkoop@mastenbouw-noord.example"),
                body=body, mid="<AS8PR09MB6120B3F0C1E7A9D4@AS8PR09MB6120.eurprd09.prod.mastenbouw-noord.example>",
                charset="windows-1252", prefix="RE: ", tag="c008", lang="nl-NL")
    exp = expected("confirmation",
                   "'vrijdag week 51' = Fri 2026-12-18; 'woensdag week 2 (2027)' = Wed 2027-01-13 (named day, not Friday); line 3 'zoals besteld'. Prices as PO.",
                   [conf(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, d="2027-01-13"), 3: acc(po, 3)})])
    return [po], eml, exp


@case("bowling-shoes-hu-db-ft", "confirmation/hu-HU",
      "Hungarian 'db' / 'pár' and 'Ft' with space thousands separators and year-first dates with a trailing dot (2027.01.11.).")
def c009():
    sup = ("TEKEPARK", "Tekepark Sportcipő Kft.", "rendeles@tekepark.example", "hu-HU")
    po = mkpo("4500021722", sup, "HUF", "2026-11-04", [
        ("BS-RENT-42", "Bowling rental shoe, velcro, size EU 42 (UK 8)", 60, "PAIR", "12450.00", "2026-12-14"),
        ("BS-SPR-400", "Shoe disinfectant spray 400 ml", 120, "EA", "1890.00", "2026-12-14"),
        ("BS-SLD-8", "Replacement slide sole S8, 2027 model", 80, "PAIR", "3200.00", "2026-12-14"),
    ])
    body = ("Tisztelt Ruiz Asszony!\n\nKöszönjük a 4500021722 számú megrendelést, az alábbiak szerint visszaigazoljuk:\n\n"
            "1. BS-RENT-42 - 60 pár, 12 950 Ft/pár, szállítás 2026.12.14.\n"
            "2. BS-SPR-400 - 120 db, 1 890 Ft/db, szállítás 2026.12.14.\n"
            "3. BS-SLD-8 - 80 pár, 3 200 Ft/pár, szállítás 2027.01.11.\n\n"
            "Az 1. tétel ára a beszerzési ár emelkedése miatt módosult.\n\n"
            "Üdvözlettel:\nKovács Eszter\nértékesítési asszisztens\nTekepark Sportcipő Kft.\n"
            "1097 Budapest, Gubacsi út 6. | Tel.: +36 1 555 2740\n\n"
            + outlook_quote(po, "hu"))
    eml = reply(po, date="2026-11-12 09:05", tz="+0100", frm=("Kovács Eszter", "rendeles@tekepark.example"),
                body=body, mid="<VI1PR03MB4471E0A2B6C8D9F1@VI1PR03MB4471.eurprd03.prod.tekepark.example>",
                charset="iso-8859-2", prefix="Válasz: ", tag="c009", lang="hu-HU")
    exp = expected("confirmation",
                   "Line 1 price 12 950 Ft (space = thousands) -> 12950.00 HUF; line 2 as ordered in 'db'; line 3 date 2027.01.11. (year-first).",
                   [conf(po, {1: chg(po, 1, p="12950.00"), 2: acc(po, 2), 3: chg(po, 3, d="2027-01-11")})])
    return [po], eml, exp


@case("honey-jars-ru-dekabrya", "confirmation/ru-RU",
      "KOI8-R base64 Russian reply with year-less genitive dates ('18 декабря', '15 января') where January must roll into 2027.")
def c010():
    sup = ("STEKLO", "OOO Steklotara-Yug", "zakaz@steklotara-yug.example", "ru-RU")
    po = mkpo("4500021810", sup, "EUR", "2026-11-06", [
        ("HJ-500-TO82", "Honey jar 500 ml hexagonal, TO 82 neck", 24000, "PCS", "0.214", "2026-12-18"),
        ("HJ-LID-82G", "Twist-off lid TO 82, gold, 4/3 lug", 24000, "PCS", "0.058", "2026-12-18"),
        ("HJ-250-TO63", "Honey jar 250 ml, TO 63 neck", 12000, "PCS", "0.162", "2026-12-18"),
    ])
    body = ("Добрый день, Дана!\n\nПодтверждаем Ваш заказ N 4500021810:\n\n"
            "1. HJ-500-TO82 - 24 000 шт., 0,214 EUR/шт., поставка 18 декабря\n"
            "2. HJ-LID-82G - 24 000 шт., 0,058 EUR/шт., поставка 18 декабря\n"
            "3. HJ-250-TO63 - 12 000 шт., 0,162 EUR/шт., поставка 15 января\n\n"
            "Позиция 3 - после новогодних праздников, раньше не успеваем.\n\n"
            "С уважением,\nИрина Соколова\nменеджер отдела продаж\nООО Стеклотара-Юг\n"
            "г. Краснодар, ул. Тихорецкая, 5\nтел. +7 861 555-40-12\n\n"
            + gmail_quote(po, "06.11.2026 09:12, Dana Ruiz пишет:"))
    eml = reply(po, date="2026-11-13 11:40", tz="+0300", frm=("Ирина Соколова", "zakaz@steklotara-yug.example"),
                body=body, mid="<1784522031.20261113114012@steklotara-yug.example>", charset="koi8-r",
                cte="base64", html=False, prefix="Re: ", mailer=("X-Mailer", "The Bat! (v10.5.3) Professional"),
                tag="c010", lang="ru-RU")
    exp = expected("confirmation",
                   "'18 декабря' = 2026-12-18 (requested, lines 1-2 accepted); '15 января' without a year is the next 15 January after the mail = 2027-01-15. '24 000' uses a space as thousands separator.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, d="2027-01-15")})])
    return [po], eml, exp


@case("stadium-seats-el-tem", "confirmation/el-GR",
      "Greek 'τεμ.' quantities with a dot thousands separator (1.200 τεμ. of 1.500) and the remainder explicitly not supplied.")
def c011():
    sup = ("KERKIS", "Kerkis Stadium Seating S.A.", "sales@kerkis-seating.example", "el-GR")
    po = mkpo("4500021842", sup, "EUR", "2026-11-06", [
        ("SS-TIP-45", "Tip-up stadium seat 45 cm, blue RAL 5015, 4/3 back", 1500, "PCS", "38.90", "2026-12-18"),
        ("SS-NUM-3", "Seat number plate, 3-digit, aluminium", 1500, "PCS", "1.20", "2026-12-18"),
    ])
    body = ("Καλημέρα σας κυρία Ruiz,\n\nΣε συνέχεια της παραγγελίας σας 4500021842 σας επιβεβαιώνουμε:\n\n"
            "1. SS-TIP-45: 1.200 τεμ. x 38,90 € - παράδοση 18/12/2026. Τα υπόλοιπα 300 τεμ. δεν μπορούμε "
            "να τα παραδώσουμε λόγω έλλειψης πρώτης ύλης.\n"
            "2. SS-NUM-3: 1.500 τεμ. x 1,20 € - παράδοση 18/12/2026.\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nKerkis Stadium Seating S.A.\n"
            "ΒΙΠΕ Σίνδου, 57022 Θεσσαλονίκη\nΤηλ. +30 2310 798 420\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-16 10:12", tz="+0200", frm=("Νίκος Παπαδόπουλος", "sales@kerkis-seating.example"),
                body=body, mid="<DB8PR10MB3344F1A9E2C07B65@DB8PR10MB3344.eurprd10.prod.kerkis-seating.example>",
                charset="iso-8859-7", prefix="ΑΠ: ", tag="c011", lang="el-GR")
    exp = expected("confirmation",
                   "'1.200 τεμ.' = 1200 pieces (dot = thousands), the other 300 are declined: quantity changed to 1200. Line 2 as ordered.",
                   [conf(po, {1: chg(po, 1, q=1200), 2: acc(po, 2)})])
    return [po], eml, exp


@case("slate-hooks-ja-chaku", "confirmation/ja-JP",
      "Shift_JIS Japanese reply with '12月18日(金)着' (arrival) for two lines and '12月25日(金)出荷' (ship only) plus a new price for the third.")
def c012():
    sup = ("YANEKO", "Yane Kanamono Kogyo K.K.", "eigyo@yane-kanamono.example", "ja-JP")
    po = mkpo("4500021790", sup, "JPY", "2026-11-05", [
        ("SH-CU-150", "Slate hook copper 150 mm, 3.0 mm wire", 20000, "PCS", "18", "2026-12-18"),
        ("SH-SS-180", "Slate hook stainless 180 mm, crimped", 10000, "PCS", "24", "2026-12-18"),
        ("SH-DRV-12", "Hook driver tool, 12x20 head", 10, "EA", "4800", "2026-12-18"),
    ], buyer="priya")
    body = ("コルビッド・グループ\nプリヤ・ナイル様\n\nいつもお世話になっております。屋根金物工業の佐藤です。\n\n"
            "ご注文番号 4500021790 につきまして、下記の通りご回答申し上げます。\n\n"
            "1. SH-CU-150　20,000本　@18円　12月18日(金)着\n"
            "2. SH-SS-180　10,000本　@24円　12月18日(金)着\n"
            "3. SH-DRV-12　10個　@5,200円　12月25日(金)出荷\n\n"
            "3番の工具は仕入れ価格改定のため、単価を変更させていただきました。\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "屋根金物工業株式会社　営業部\n佐藤 健一\n〒454-0012 名古屋市中川区尾頭橋3-8-1\nTEL 052-555-3180\n\n"
            + gmail_quote(po, "2026年11月5日(木) 9:12 Priya Nair <priya.nair@corvid-procurement.example>:"))
    eml = reply(po, date="2026-11-17 14:30", tz="+0900", frm=("佐藤 健一", "eigyo@yane-kanamono.example"),
                body=body, mid="<20261117143012.7F3A.4E21B8C0@yane-kanamono.example>", charset="shift_jis",
                cte="base64", html=False, prefix="Re: ", mailer=("X-Mailer", "Becky! ver. 2.81.04"), tag="c012",
                lang="ja-JP")
    exp = expected("confirmation",
                   "12月18日(金)着 = arrival 2026-12-18 (a Friday) = requested. Line 3: ship date 12月25日(金) is the only date (ship date counts) and price 5,200 JPY.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="5200", d="2026-12-25")})])
    return [po], eml, exp


@case("lab-incubator-pdf-bestaetigter-termin", "confirmation/de-CH",
      "Empty body; the Flate-compressed PDF acknowledgment has both a 'Wunschtermin' and a 'Bestätigter Termin' column and Swiss 7'850.00 prices.")
def c013():
    sup = ("INKULAB", "Inkulab AG", "auftragsbestaetigung@inkulab.example", "de-CH")
    po = mkpo("4500021628", sup, "CHF", "2026-11-02", [
        ("LI-CO2-170", "CO2 incubator 170 L, 230V, 2 shelves", 3, "EA", "7850.00", "2026-12-14"),
        ("LI-SHF-17", "Extra shelf 170 L, perforated 1.5 mm", 12, "EA", "95.00", "2026-12-14"),
        ("LI-HEPA-3", "HEPA filter kit, 3/pack", 6, "SET", "240.00", "2026-12-14"),
    ], buyer="tomas")
    lines = [
        "Inkulab AG  |  Industriestrasse 9  |  CH-8604 Volketswil  |  +41 44 555 61 00",
        "",
        "AUFTRAGSBESTÄTIGUNG  AB-26-11873",
        "",
        "Kunde: Corvid Group, Hafenstrasse 12, 28197 Bremen",
        "Ihre Bestellung: 4500021628 vom 02.11.2026     Ihr Zeichen: T. Lindqvist",
        "Datum: 11.11.2026",
        "",
        "Pos Artikel     Bezeichnung                 Menge ME   Preis CHF  Wunschtermin  Bestätigter Termin",
        "10  LI-CO2-170  CO2-Inkubator 170 L, 230V       3 ST    7'850.00  14.12.2026    18.12.2026",
        "20  LI-SHF-17   Zusatzeinschub 170 L, 1.5 mm   12 ST       95.00  14.12.2026    14.12.2026",
        "30  LI-HEPA-3   HEPA-Filterset, 3 Stk.          6 SET     240.00  14.12.2026    14.12.2026",
        "",
        "Total netto CHF 26'130.00   zzgl. MWST",
        "Lieferbedingung: DAP Bremen   Zahlung: 60 Tage netto",
        "",
        "Diese Auftragsbestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ]
    assert 3 * 7850 + 12 * 95 + 6 * 240 == 26130
    pdf = make_pdf(lines, title="Auftragsbestaetigung AB-26-11873", compress=True,
                   date="D:20261111060200+01'00'")
    root = multi("mixed", [attach(pdf, "application/pdf", "AB-26-11873.pdf")], "=_mixed 0043B2A1C1258C41_=")
    hdrs = [("From", addr("Inkulab AG Auftragsbestätigung", "auftragsbestaetigung@inkulab.example", "iso-8859-1")),
            ("To", "Tomas Lindqvist <tomas.lindqvist@corvid-procurement.example>"),
            ("Subject", ew("Auftragsbestätigung AB-26-11873 zu Ihrer Bestellung 4500021628", "iso-8859-1")),
            ("Date", hdate("2026-11-11 06:02", "+0100")),
            ("Message-ID", "<OF8C1A2B3D.4E5F6071-ONC1258C41.0021A4B2@inkulab.example>"),
            ("X-Mailer", "SAP NetWeaver 7.50")]
    eml = message(hdrs, root)
    exp = expected("confirmation",
                   "ERP mail with empty body; the PDF's 'Bestätigter Termin' column (not 'Wunschtermin') gives 18.12.2026 for pos 10 -> line 1 changed; pos 20/30 confirmed as requested. Swiss 7'850.00 = 7850.00.",
                   [conf(po, {1: chg(po, 1, d="2026-12-18"), 2: acc(po, 2), 3: acc(po, 3)})])
    return [po], eml, exp


@case("ballet-barre-obsolete-successor", "confirmation/fr-BE",
      "Line 2 is cancelled as obsolete and a successor item with its own price is proposed but explicitly not confirmed; line 3 moves to January.")
def c014():
    sup = ("BARRBE", "Barres & Studio SPRL", "commandes@barres-studio.example", "fr-BE")
    po = mkpo("4500021744", sup, "EUR", "2026-11-05", [
        ("BB-WM-250", "Wall-mounted ballet barre 2.5 m, ash, diameter 45 mm", 10, "EA", "189.00", "2026-12-17"),
        ("BB-BR-DBL", "Double bracket 2-level, 90/110 cm, white", 20, "EA", "46.50", "2026-12-17"),
        ("BB-FS-300", "Freestanding barre 3.0 m, aluminium, 2027 model", 4, "EA", "412.00", "2026-12-17"),
    ])
    body = ("Bonjour Madame Ruiz,\n\nConcernant votre commande 4500021744 :\n\n"
            "- Ligne 1, BB-WM-250 : confirmée, 10 pièces à 189,00 EUR, livraison le 17/12/2026.\n"
            "- Ligne 2, BB-BR-DBL : cet article n'est plus fabriqué (fin de série), nous devons annuler cette ligne. "
            "Le modèle qui le remplace est le BB-BR-DBL2 (réglable 85/115 cm) à 52,80 EUR ; si vous le souhaitez, "
            "merci de nous envoyer une nouvelle commande et nous vous confirmerons le délai.\n"
            "- Ligne 3, BB-FS-300 : confirmée, 4 pièces à 412,00 EUR, livraison le 08/01/2027 "
            "(le modèle 2027 sort de production fin décembre).\n\n"
            "Bien cordialement,\n\nAmélie Dubois\nService clientèle\nBarres & Studio SPRL\n"
            "Rue de l'Industrie 27, 1400 Nivelles\nTél. +32 67 55 42 10\n\n"
            + outlook_quote(po, "fr"))
    eml = reply(po, date="2026-11-12 16:45", tz="+0100", frm=("Amélie Dubois", "commandes@barres-studio.example"),
                body=body, mid="<PR3P192MB0871A3C4D5E6F708@PR3P192MB0871.EURP192.PROD.barres-studio.example>",
                charset="windows-1252", prefix="RE : ", tag="c014", lang="fr-BE")
    exp = expected("confirmation",
                   "Line 2 cancelled (obsolete) -> rejected; the successor BB-BR-DBL2 is only offered, not confirmed, and is not a PO line. Line 3 date 08/01/2027 (day-first) = 2027-01-08.",
                   [conf(po, {1: acc(po, 1), 2: REJ, 3: chg(po, 3, d="2027-01-08")})])
    return [po], eml, exp


@case("tractor-chains-full-500", "confirmation/es-ES",
      "Quantity given as 'la totalidad de las 500 (quinientas)' in words and digits, year-less day-first dates (14/12, 21/12).")
def c015():
    sup = ("CADAGR", "Cadenas Agrícolas del Ebro S.L.", "pedidos@cadenas-ebro.example", "es-ES")
    po = mkpo("4500021711", sup, "EUR", "2026-11-04", [
        ("TC-LINK-13", "Spare cross-link 13 mm for tractor tyre chain, hardened", 500, "PCS", "3.45", "2026-12-14"),
        ("TC-SET-1828", "Tyre chain pair 18.4-28, ladder pattern, 8 mm", 12, "PAIR", "689.00", "2026-12-14"),
        ("TC-TENS-4", "Rubber tensioner, set of 4", 24, "SET", "27.90", "2026-12-14"),
    ])
    body = ("Hola Dana:\n\nTe confirmo el pedido 4500021711.\n\n"
            "- Eslabones TC-LINK-13: te servimos la totalidad de las 500 (quinientas) piezas, a 3,45 EUR, el 14/12.\n"
            "- Cadenas TC-SET-1828: 12 pares a 689,00 EUR, pero la entrega sería el 21/12 porque estamos pendientes del galvanizado.\n"
            "- Tensores TC-TENS-4: 24 juegos a 27,90 EUR, el 14/12.\n\n"
            "Un saludo,\n\n--\nPilar Sanz Lacasa\nDpto. Comercial\nCadenas Agrícolas del Ebro S.L.\n"
            "Pol. Ind. El Portazgo, nave 14 - 50011 Zaragoza\nTel. 976 55 31 20\n\n"
            + gmail_quote(po, "El mié, 4 nov 2026 a las 9:12, Dana Ruiz (<dana.ruiz@corvid-procurement.example>) escribió:"))
    eml = reply(po, date="2026-11-10 18:03", tz="+0100", frm=("Pilar Sanz", "pedidos@cadenas-ebro.example"),
                body=body, mid="<CAM4vX9kP2qT7nR1mW8sZ3yB6cE@mail.cadenas-ebro.example>", mailer=None,
                prefix="Re: ", tag="00000000000091f4a205f3f0")
    exp = expected("confirmation",
                   "'la totalidad de las 500 (quinientas)' = full 500, accepted; line 2 delivery 21/12 (no year -> 2026-12-21); line 3 accepted.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-21"), 3: acc(po, 3)})])
    return [po], eml, exp


@case("sugar-beet-as-line-1", "confirmation/cs-CZ",
      "Line 2's date is given only as 'termín jako u pol. 1' (as line 1), and seed units are written 'VJ' against a PO in EA.")
def c016():
    sup = ("REPOSIV", "Řepa Osiva s.r.o.", "objednavky@repa-osiva.example", "cs-CZ")
    po = mkpo("4500021766", sup, "CZK", "2026-11-05", [
        ("SB-RH-100", "Sugar beet seed, rhizomania-tolerant, pelleted 3.75-4.75 mm, unit = 100,000 seeds", 150, "EA", "5890.00", "2027-02-15"),
        ("SB-CR-100", "Sugar beet seed, cercospora-tolerant, unit = 100,000 seeds, 2027 harvest", 80, "EA", "6240.00", "2027-02-26"),
        ("SB-TRT-5", "Seed priming liquid, 5 L canisters", 50, "L", "412.00", "2027-02-15"),
    ], buyer="marek")
    body = ("Dobrý den, pane Wolny,\n\npotvrzujeme Vaši objednávku č. 4500021766:\n\n"
            "pol. 1  SB-RH-100   150 VJ   5 890,00 Kč/VJ   dodání 12.02.2027\n"
            "pol. 2  SB-CR-100    80 VJ   6 240,00 Kč/VJ   termín jako u pol. 1\n"
            "pol. 3  SB-TRT-5     50 l      412,00 Kč/l    dodání 15.02.2027\n\n"
            "(VJ = výsevní jednotka = 100 000 semen)\n\n"
            "S pozdravem\nIng. Lenka Dvořáková\nobchodní oddělení\nŘepa Osiva s.r.o., Hrubčická 3, 796 01 Prostějov\n"
            "tel.: +420 582 555 310\n\n"
            + outlook_quote(po, "cs"))
    eml = reply(po, date="2026-11-18 08:15", tz="+0100", frm=("Lenka Dvořáková", "objednavky@repa-osiva.example"),
                body=body, mid="<VI1P190MB0622D4E5F6071829@VI1P190MB0622.EURP190.PROD.repa-osiva.example>",
                charset="iso-8859-2", prefix="RE: ", tag="c016", lang="cs-CZ")
    exp = expected("confirmation",
                   "Line 1 dated 12.02.2027; line 2 'jako u pol. 1' takes the same date 2027-02-12 (earlier than its requested 26.02). VJ = seed unit = the PO's EA. Line 3 as ordered.",
                   [conf(po, {1: chg(po, 1, d="2027-02-12"), 2: chg(po, 2, d="2027-02-12"), 3: acc(po, 3)})])
    return [po], eml, exp


@case("projector-lamp-icelandic", "confirmation/is-IS",
      "Icelandic reply (a language most tools lack) with dot thousands and comma decimals (1.540,00) and a month name ('18. desember 2026').")
def c017():
    sup = ("LJOSID", "Ljósið Kvikmyndatækni ehf.", "pantanir@ljosid.example", "is-IS")
    po = mkpo("4500021751", sup, "EUR", "2026-11-05", [
        ("CL-XE-3K", "Xenon lamp 3 kW for 2K cinema projector, 2000 h", 8, "EA", "1150.00", "2026-12-11"),
        ("CL-XE-45K", "Xenon lamp 4.5 kW, 1500 h", 4, "EA", "1490.00", "2026-12-11"),
    ])
    body = ("Góðan dag Dana,\n\nTakk fyrir pöntunina nr. 4500021751. Við staðfestum hana svona:\n\n"
            "Lína 1: CL-XE-3K, 8 stk., 1.150,00 EUR/stk., afhending 11.12.2026.\n"
            "Lína 2: CL-XE-45K, 4 stk., 1.540,00 EUR/stk., afhending 18. desember 2026 "
            "(framleiðandinn hefur seinkað sendingunni).\n\n"
            "Verðið á línu 2 hefur hækkað frá síðasta tilboði.\n\n"
            "Kveðja,\nGuðrún Þórðardóttir\nLjósið Kvikmyndatækni ehf.\nSkeifan 11, 108 Reykjavík\nSími +354 555 4120\n\n"
            + outlook_quote(po))
    eml = reply(po, date="2026-11-13 12:00", tz="+0000", frm=("Guðrún Þórðardóttir", "pantanir@ljosid.example"),
                body=body, mid="<DU2PR08MB7209C5D6E7F80912@DU2PR08MB7209.eurprd08.prod.ljosid.example>",
                charset="iso-8859-1", prefix="SV: ", tag="c017", lang="is-IS")
    exp = expected("confirmation",
                   "Icelandic: line 1 as ordered; line 2 at 1.540,00 EUR (= 1540.00) with delivery 18 December 2026.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="1540.00", d="2026-12-18")})])
    return [po], eml, exp


@case("chess-sets-two-pos-one-answered", "confirmation/en-IN",
      "Two open POs; the reply confirms one (dispatch vs delivery dates, Indian lakh grouping) and only mentions the other, which must be left out.")
def c018():
    sup = ("RAJCHS", "Rajputana Chess Crafts Pvt. Ltd.", "exports@rajputana-chess.example", "en-IN")
    a = mkpo("4500021870", sup, "INR", "2026-11-06", [
        ("CH-TW-375", "Tournament chess set, weighted, king 3.75 in, sheesham", 300, "SET", "1850.00", "2026-12-18"),
        ("CH-BRD-20", "Folding chess board 20x20 in, 2.25 in squares", 300, "EA", "640.00", "2026-12-18"),
    ], buyer="priya")
    b = mkpo("4500021904", sup, "INR", "2026-11-06", [
        ("CH-CLK-D1", "Digital chess clock, 2027 edition", 100, "EA", "2150.00", "2027-01-15"),
    ], buyer="priya")
    assert 300 * 1850 + 300 * 640 == 747000
    body = ("Dear Priya ji,\n\nGreetings from Rajputana Chess Crafts!\n\nWe confirm PO 4500021870 as under:\n\n"
            "1. CH-TW-375 - 300 sets @ ₹1,850.00 - dispatch 11-12-2026, delivery at your Bremen gate by 18-12-2026\n"
            "2. CH-BRD-20 - 300 pcs @ ₹640.00 - delivery 18-12-2026\n\n"
            "Total order value ₹7,47,000.00 plus freight as agreed.\n\n"
            "Regarding PO 4500021904 (chess clocks), our team is checking with the electronics vendor and will revert separately.\n\n"
            "Warm regards,\nVikram Shekhawat\nExport Manager\nRajputana Chess Crafts Pvt. Ltd.\n"
            "E-44, RIICO Industrial Area, Jodhpur 342005, Rajasthan\nMob: +91 98290 55123\n\n"
            + outlook_quote(a))
    eml = reply(a, date="2026-11-10 12:45", tz="+0530", frm=("Vikram Shekhawat", "exports@rajputana-chess.example"),
                body=body, mid="<PN3PR01MB8120A7B8C9D0E1F2@PN3PR01MB8120.INDPRD01.PROD.rajputana-chess.example>",
                tag="c018", lang="en-IN")
    exp = expected("confirmation",
                   "PO 4500021870 confirmed as ordered (delivery 18-12-2026 wins over dispatch 11-12-2026; ₹7,47,000 is lakh grouping of the total). PO 4500021904 is only mentioned ('will revert separately') and is left out.",
                   [conf(a, {1: acc(a, 1), 2: acc(a, 2)})])
    return [a, b], eml, exp
