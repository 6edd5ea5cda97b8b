from .common import (case, supplier, PO, acc, chg, REJ, UNC, conf, expected, kw, plus,
                     maildate, request_subject, request_body, request_html_table, gt_quote,
                     outlook_quote, text, html, attachment, multipart, message, make_pdf, raw_part,
                     esc, BUYERS)


# ------------------------------------------------------------------ 055
@case(55, "kettle-descaler-quebec-surcharge-per-unit", "fr-CA",
      "Québec French with ISO dates and '12,50 $' style prices; a 0,07 $/unit packaging supplement on the sachets")
def c055():
    s = supplier("DETARQC", "Produits Détartrants Laurentides inc.", "commandes@detartrants-laurentides.example", "fr-CA")
    po = PO(4500031055, s, "CAD", "2026-11-17", [
        ("KD-250", "Kettle descaler 250 ml, citric", 480, "EA", "3.10", "2027-01-20"),
        ("KD-S50", "Descaler powder sachet 50 g", 1000, "EA", "0.85", "2027-01-20"),
    ])
    body = ("Bonjour Mme Ruiz,\n\nNous confirmons votre bon de commande 4500031055 :\n\n"
            "- Détartrant pour bouilloire 250 ml : 480 unités à 3,10 $, livraison le 2027-01-20;\n"
            "- Sachets de poudre 50 g : 1 000 unités à 0,85 $, plus un supplément de 0,07 $ l'unité pour "
            "l'emballage individuel bilingue, livraison le 2027-01-20.\n\n"
            "Merci de votre confiance!\n\nGeneviève Tremblay\nService à la clientèle\n"
            "Produits Détartrants Laurentides inc. | 1250, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B9\n"
            "Tél. : 450 555-0182, poste 3 | Sans frais : 1 866 555-0182 | TPS 123456789 RT0001\n")
    eml = message(("Geneviève Tremblay", "gtremblay@detartrants-laurentides.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 18, 10, 44, -300),
                  "<YT3PR01MB6123D4E5F6A7B8C9@YT3PR01MB6123.CANPRD01.PROD.OUTLOOK.COM>",
                  text(body, charset="windows-1252"), reply_to_po=po)
    exp = expected("confirmation", "Line 1 as ordered. Line 2: 0.85 + 0.07 per unit supplement = 0.92 -> changed price; "
                   "dates are ISO (2027-01-20).",
                   [conf(po, {1: "acc", 2: chg(po, 2, unit_price="0.92")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 056
@case(56, "drill-chucks-romandie-trilingual-ooo", "fr-CH",
      "Trilingual (FR/DE/EN) Swiss absence notice with dates and a deputy's phone; Exchange 'Réponse automatique'")
def c056():
    s = supplier("MANDRINCH", "Mandrins Précision Jura SA", "ventes@mandrins-jura.example", "fr-CH")
    po = PO(4500031056, s, "CHF", "2026-11-19", [
        ("DC-P13", "Precision keyless chuck 0.5-13 mm, B16", 25, "EA", "148.00", "2027-01-12"),
        ("DC-ARB", "Arbor B16 to MT2", 25, "EA", "22.50", "2027-01-12"),
    ], buyer="jonas")
    body = ("Bonjour,\nJe suis absente du 19.11.2026 au 02.12.2026 inclus. Votre message ne sera pas transféré. "
            "Pour toute commande, veuillez contacter M. Luc Girardin au +41 32 421 55 10.\n\n"
            "Guten Tag,\nich bin vom 19.11.2026 bis und mit 02.12.2026 abwesend. Ihre Nachricht wird nicht "
            "weitergeleitet. Für Bestellungen wenden Sie sich bitte an Herrn Luc Girardin, +41 32 421 55 10.\n\n"
            "Hello,\nI am out of the office from 19.11.2026 to 02.12.2026. For orders please contact "
            "Mr Luc Girardin, +41 32 421 55 10.\n\nMeilleures salutations\nSandrine Chappuis\n")
    eml = message(("Sandrine Chappuis", "s.chappuis@mandrins-jura.example"), ("Jonas Keller", po["buyer"]["email"]),
                  "Réponse automatique : " + request_subject(po), maildate(2026, 11, 19, 9, 15),
                  "<GV0P278MB0412A1B2C3D4E5F6@GV0P278MB0412.CHEP278.PROD.OUTLOOK.COM>",
                  text(body, charset="iso-8859-1"), reply_to_po=po,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "s.chappuis@mandrins-jura.example")])
    exp = expected("auto_reply", "Absence notice in three languages; the dates are the absence period.")
    return [po], eml, exp


# ------------------------------------------------------------------ 057
@case(57, "cheese-moulds-ticino-eori-question", "it-CH",
      "Swiss-Italian supplier needs EORI and DAP/DDP choice and asks about a reinforced variant before confirming")
def c057():
    s = supplier("FORMETI", "Forme Casearie Ticino SA", "vendite@formeticino.example", "it-CH")
    po = PO(4500031057, s, "CHF", "2026-11-18", [
        ("FT-3K", "Cheese mould 3 kg, alpine type", 60, "EA", "24.80", "2027-01-19"),
        ("FT-FOL3", "Follower for 3 kg mould", 60, "EA", "6.90", "2027-01-19"),
    ])
    body = ("Buongiorno signora Ruiz,\n\nabbiamo ricevuto il vostro ordine 4500031057, grazie.\n\n"
            "Prima di poterVi confermare quantità e data di consegna ci servono:\n"
            "1) il Vostro numero EORI;\n2) l'indicazione se la merce va sdoganata da noi (DDP) o da Voi (DAP).\n\n"
            "Inoltre le forme da 3 kg sono ora disponibili solo con fondo rinforzato (stesso prezzo): va bene "
            "lo stesso?\n\nCordiali saluti\nElena Bernasconi\nForme Casearie Ticino SA | Via Cantonale 18 | "
            "6805 Mezzovico | Tel. +41 91 946 12 30 | IVA CHE-112.345.678\n")
    eml = message(("Elena Bernasconi", "e.bernasconi@formeticino.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "R: " + request_subject(po), maildate(2026, 11, 19, 14, 27),
                  "<c2a91e4f-3d5b-4f8a-b7c6-91d0e2f3a4b5@formeticino.example>",
                  text(body, charset="utf-8"), reply_to_po=po)
    exp = expected("needs_review", "Questions (EORI, Incoterm, reinforced variant) must be answered before the supplier "
                   "confirms quantity and date; nothing is committed.")
    return [po], eml, exp


# ------------------------------------------------------------------ 058
@case(58, "anchor-shackles-gmail-dsn-no-domain", "en-IE",
      "Google Workspace 'Delivery Status Notification (Failure)': the supplier's domain could not be found")
def c058():
    s = supplier("CORKMAR", "Cork Harbour Marine Supplies Ltd", "sales@corkharbourmarine.example", "en-IE")
    po = PO(4500031058, s, "EUR", "2026-11-19", [
        ("AS-22", "Anchor shackle 22 mm, galv., bow", 40, "EA", "11.60", "2026-12-17"),
    ], buyer="mette")
    rc = s["email"]
    t = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the domain "
         "corkharbourmarine.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
         "Learn more here: https://support.google.com/mail/answer/6596\n\nThe response was:\n\n"
         "DNS Error: DNS type 'mx' lookup of corkharbourmarine.example responded with code NXDOMAIN\n"
         "Domain name not found: corkharbourmarine.example\n" % rc)
    h = ("<html><head></head><body><table cellpadding=0 cellspacing=0><tr><td style='font-size:24px'>"
         "Address not found</td></tr><tr><td>Your message wasn't delivered to <a style='color:#212121' "
         "href='mailto:%s'>%s</a> because the domain corkharbourmarine.example couldn't be found. Check for typos or "
         "unnecessary spaces and try again.</td></tr><tr><td>The response was:<p>DNS Error: DNS type 'mx' lookup of "
         "corkharbourmarine.example responded with code NXDOMAIN Domain name not found: corkharbourmarine.example</p>"
         "</td></tr></table></body></html>" % (rc, rc))
    ds = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Thu, 19 Nov 2026 00:14:03 -0800 (PST)\n"
          "X-Original-Message-ID: %s\n\nFinal-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.2\n"
          "Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of corkharbourmarine.example responded with code "
          "NXDOMAIN\n Domain name not found: corkharbourmarine.example\nLast-Attempt-Date: Thu, 19 Nov 2026 "
          "00:14:04 -0800 (PST)\n" % (po["request_message_id"], rc))
    orig = ("From: Mette Holm <mette.holm@buyer.example>\nDate: Thu, 19 Nov 2026 09:14:02 +0100\n"
            "Message-ID: %s\nSubject: %s\nTo: %s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s\n" % (
                po["request_message_id"], request_subject(po), rc, request_body(po)))
    alt = multipart("alternative", [text(t, charset="UTF-8", cte="7bit"), html(h, charset="UTF-8", cte="7bit")],
                    boundary="000000000000b1c2d3e4f5a6b7c8")
    root = multipart("report", [alt, raw_part("message/delivery-status", ds, None),
                                raw_part("message/rfc822", orig, None)],
                     boundary="000000000000a0b1c2d3e4f5a6b7", params=" report-type=delivery-status;")
    eml = message(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), po["buyer"]["email"],
                  "Delivery Status Notification (Failure)", maildate(2026, 11, 19, 0, 14, -480, 4),
                  "<673c4a2c.050a0220.1f2e3d.9b1cSMTPIN_ADDED_MISSING@mx.google.com>", root,
                  reply_to_po=po, extra=[("^Return-Path", "<>"), ("Auto-Submitted", "auto-replied")])
    exp = expected("bounce", "Gmail/Workspace DSN: the supplier domain has no MX (NXDOMAIN). Threaded to our request but "
                   "not from the supplier.")
    return [po], eml, exp


# ------------------------------------------------------------------ 059
@case(59, "anchor-shackles-maltese-earlier", "mt-MT",
      "Maltese reply confirming everything 'kollu kif ordnat' but delivering earlier, 'fl-4 ta' Diċembru'")
def c059():
    s = supplier("GRANDHARB", "Grand Harbour Chandlers Ltd", "orders@grandharbourchandlers.example", "mt-MT")
    po = PO(4500031059, s, "EUR", "2026-11-16", [
        ("AS-20G", "Anchor shackle 20 mm, galv., grade S", 50, "EA", "8.90", "2026-12-15"),
        ("AS-25G", "Anchor shackle 25 mm, galv., grade S", 30, "EA", "14.50", "2026-12-15"),
        ("AS-PIN20", "Safety pin bolt for 20 mm shackle", 100, "EA", "1.20", "2026-12-15"),
    ], buyer="mette")
    body = ("Bongu Mette,\n\nNikkonfermaw l-ordni 4500031059 kollu kif ordnat, bl-istess kwantitajiet u "
            "prezzijiet. Il-merkanzija diġà għandna fl-istokk, allura nistgħu nwasslu qabel, fl-4 ta' Diċembru.\n\n"
            "Grazzi u sellili,\nJoseph Borg\nGrand Harbour Chandlers Ltd\nTriq il-Marina, Marsa MRS 1234 | "
            "Tel: +356 2123 4567 | Mob: +356 9912 3456 | VAT MT 1234-5678\n")
    eml = message(("Joseph Borg", "joseph@grandharbourchandlers.example"), ("Mette Holm", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 17, 11, 8),
                  "<f41a2b3c-6d7e-48f9-a0b1-c2d3e4f5a6b7@grandharbourchandlers.example>", text(body), reply_to_po=po)
    exp = expected("confirmation", "Quantities and prices as ordered, but delivery on 4 December (no year -> 2026-12-04), "
                   "earlier than the requested 2026-12-15 -> all three lines changed date.",
                   [conf(po, {n: chg(po, n, date="2026-12-04") for n in (1, 2, 3)})])
    return [po], eml, exp


# ------------------------------------------------------------------ 060
@case(60, "mortar-pans-albanian-short-stock", "sq-AL",
      "Albanian reply: only 120 of 200 pans can be supplied, the rest not at all; the paddles as ordered")
def c060():
    s = supplier("NDERTIMTR", "Ndërtim Shpk Tiranë", "shitje@ndertim-tirane.example", "sq-AL")
    po = PO(4500031060, s, "EUR", "2026-11-17", [
        ("MP-PE80", "Mortar pan 80 L, PE", 200, "EA", "7.80", "2026-12-21"),
        ("MP-MIX", "Mortar mixing paddle 120 mm", 50, "EA", "5.60", "2026-12-21"),
    ], buyer="tomas")
    body = ("Përshëndetje z. Ferreira,\n\nJu falënderojmë për porosinë nr. 4500031060.\n\n"
            "Pozicioni 1 (govata 80 L): mund të furnizojmë vetëm 120 copë me çmimin 7,80 EUR, dorëzim më 21 dhjetor. "
            "80 copët e tjera nuk mund t'i furnizojmë, prodhuesi e ka ndërprerë këtë model.\n"
            "Pozicioni 2 (përzierëse 120 mm): 50 copë me 5,60 EUR, dorëzim më 21 dhjetor - konfirmohet.\n\n"
            "Me respekt,\nArben Hoxha\nNdërtim Shpk | NIPT L12345678A | Tel. +355 4 223 4567 | Cel. +355 69 123 4567\n")
    eml = message(("Arben Hoxha", "arben.hoxha@ndertim-tirane.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 18, 16, 12),
                  "<CAE2pQ7sVx0mRt4nYk9zLb1cWf6dHg3jUoA@mail.gmail.com>", text(body), reply_to_po=po)
    exp = expected("confirmation", "Line 1 reduced to 120 (the other 80 will not come) at the same price and date -> changed "
                   "quantity 120. Line 2 as ordered ('21 dhjetor' -> 2026-12-21).",
                   [conf(po, {1: chg(po, 1, quantity=120), 2: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 061
@case(61, "jigsaw-blades-macedonian-overdue-invoices", "mk-MK",
      "Macedonian reply holding the order until overdue invoices are paid; invoice numbers and amounts but no commitment")
def c061():
    s = supplier("ALATSK", "Alat Skopje DOOEL", "prodazba@alatskopje.example", "mk-MK")
    po = PO(4500031061, s, "EUR", "2026-11-18", [
        ("JB-T301", "Jigsaw blade T301CD, laminate, 5 pcs", 300, "PK", "3.90", "2026-12-22"),
        ("JB-T227", "Jigsaw blade T227D, aluminium, 5 pcs", 150, "PK", "4.40", "2026-12-22"),
    ], buyer="jonas")
    body = ("Почитуван г-дине Келер,\n\nНарачката 4500031061 е примена, но не можеме да ја потврдиме додека не се "
            "платат доспеаните фактури бр. 245/2026 (1.920,00 EUR) и 261/2026 (1.560,00 EUR), вкупно 3.480,00 EUR.\n"
            "Ве молиме известете нè кога ќе биде извршена уплатата, по што веднаш ќе ја потврдиме нарачката.\n\n"
            "Со почит,\nМарија Стојановска\nФинансии и продажба | Алат Скопје ДООЕЛ\n"
            "ЕДБ 4030012345678 | тел. +389 2 3123 456\n")
    eml = message(("Марија Стојановска", "marija@alatskopje.example"), ("Jonas Keller", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 19, 13, 40),
                  "<000c01db3a22$5e6f7a8b$1b2c3d4e$@alatskopje.example>",
                  text(body, charset="utf-8", cte="base64"), reply_to_po=po)
    exp = expected("needs_review", "The order is held until overdue invoices are paid; the amounts are invoices, not prices. "
                   "No commitment yet.")
    return [po], eml, exp


# ------------------------------------------------------------------ 062
@case(62, "cheese-moulds-georgian-month-names", "ka-GE",
      "Georgian reply with Georgian month names ('15 დეკემბერი', '22 დეკემბერს'); one line a week later")
def c062():
    s = supplier("SULGUNI", "Kartuli Kveli Equipment LLC", "sales@kveli-equip.example", "ka-GE")
    po = PO(4500031062, s, "USD", "2026-11-16", [
        ("CM-SUL1", "Cheese mould sulguni 1 kg, PP", 300, "EA", "2.60", "2026-12-15"),
        ("CM-IME2", "Cheese mould imeruli 2 kg, PP", 200, "EA", "3.40", "2026-12-15"),
    ], buyer="priya")
    body = ("გამარჯობა, ქალბატონო პრია,\n\nვადასტურებთ შეკვეთას N 4500031062:\n\n"
            "1. სულგუნის ყალიბი 1 კგ - 300 ცალი, ფასი 2.60 USD, მიწოდება 15 დეკემბერი.\n"
            "2. იმერულის ყალიბი 2 კგ - 200 ცალი, ფასი 3.40 USD, მიწოდება 22 დეკემბერს.\n\n"
            "პატივისცემით,\nნინო ბერიძე\nგაყიდვების მენეჯერი | შპს ქართული ყველის აღჭურვილობა\n"
            "ტელ: +995 32 212 34 56 | მობ: +995 599 12 34 56 | ს/კ 404123456\n")
    eml = message(("ნინო ბერიძე", "nino.beridze@kveli-equip.example"), ("Priya Nair", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 18, 12, 15, 240),
                  "<CAF9dL3mWq6pRs0vTx2yNc8zKb5uHe1gJ7A@mail.gmail.com>", text(body), reply_to_po=po)
    exp = expected("confirmation", "Line 1 as ordered (15 December -> 2026-12-15). Line 2 same qty/price, delivery "
                   "22 December -> 2026-12-22 -> changed.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2026-12-22")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 063
@case(63, "ink-rollers-qmail-failure-notice", "hy-AM",
      "qmail 'failure notice' (plain text, no MIME report): the Armenian supplier's server rejected our PO as spam")
def c063():
    s = supplier("YERPRINT", "Yerevan Print Supply LLC", "sales@yerevanprint.example", "hy-AM")
    po = PO(4500031063, s, "USD", "2026-11-18", [
        ("IR-250H", "Ink roller 250 mm, hard rubber", 12, "EA", "38.00", "2027-01-14"),
        ("IR-250S", "Ink roller 250 mm, soft rubber", 12, "EA", "41.00", "2027-01-14"),
    ], buyer="jonas")
    body = ("Hi. This is the qmail-send program at mail.buyer.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<sales@yerevanprint.example>:\n93.187.160.22 does not like recipient.\n"
            "Remote host said: 550 5.7.1 Message rejected as spam by Content Filtering.\n"
            "Giving up on 93.187.160.22.\n\n--- Below this line is a copy of the message.\n\n"
            "Return-Path: <jonas.keller@buyer.example>\nReceived: (qmail 28114 invoked by uid 89); 18 Nov 2026 08:14:03 -0000\n"
            "From: Jonas Keller <jonas.keller@buyer.example>\nTo: sales@yerevanprint.example\n"
            "Subject: " + request_subject(po) + "\nDate: Wed, 18 Nov 2026 09:14:02 +0100\nMessage-ID: "
            + po["request_message_id"] + "\n\n" + request_body(po) + "\n")
    eml = message("MAILER-DAEMON@mail.buyer.example", po["buyer"]["email"], "failure notice",
                  maildate(2026, 11, 18, 8, 14, 0, 9), "<20261118081409.28120.qmail@mail.buyer.example>",
                  raw_part("text/plain; charset=us-ascii", body, None), mime_version=False,
                  extra=[("^Return-Path", "<>")])
    exp = expected("bounce", "qmail permanent failure (550 5.7.1 rejected as spam); the PO text is the returned copy of "
                   "our message.")
    return [po], eml, exp


# ------------------------------------------------------------------ 064
@case(64, "sieve-mesh-kazakh-russian-ship-date", "kk-KZ",
      "Bilingual Kazakh/Russian confirmation in full with only a shipment date (жөнелту / отгрузка 21.12.2026)")
def c064():
    s = supplier("ASTYKELEK", "TOO Astyk Elek", "sales@astyk-elek.example", "kk-KZ")
    po = PO(4500031064, s, "USD", "2026-11-17", [
        ("SM-G3", "Grain sieve mesh 3 mm slot, 1 x 10 m", 20, "ROL", "64.00", "2026-12-28"),
        ("SM-G5", "Grain sieve mesh 5 mm slot, 1 x 10 m", 20, "ROL", "58.00", "2026-12-28"),
    ], buyer="priya")
    body = ("Сәлеметсіз бе, Priya ханым!\n\n4500031064 тапсырысыңызды растаймыз: екі позиция да толық көлемде "
            "(20 + 20 орам), бағасы өзгеріссіз. Жөнелту күні: 21.12.2026 (Қостанай қаласынан).\n\n"
            "Здравствуйте, Прия!\nПодтверждаем заказ 4500031064 в полном объеме (20 + 20 рулонов), цены без "
            "изменений. Дата отгрузки: 21.12.2026 (со склада в г. Костанай).\n\n"
            "Құрметпен / С уважением,\nАйгерім Сейітқали\nТОО «Астық Елек» | БИН 150140012345\n"
            "тел. +7 7142 55 12 34 | моб. +7 701 123 45 67\n")
    eml = message(("Айгерім Сейітқали", "aigerim@astyk-elek.example"), ("Priya Nair", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 19, 15, 0, 300),
                  "<1889213044.20261119150012@astyk-elek.example>", text(body, cte="base64"), reply_to_po=po)
    exp = expected("confirmation", "Full quantity at PO prices; only a shipment date is given (21.12.2026), so date = "
                   "2026-12-21, earlier than requested 2026-12-28 -> both lines changed date.",
                   [conf(po, {1: chg(po, 1, date="2026-12-21"), 2: chg(po, 2, date="2026-12-21")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 065
@case(65, "hoof-nippers-mongolian-price-circular", "mn-MN",
      "Mongolian circular announcing +6 % from 1 Feb 2027 to all customers; open PO is due in December and not mentioned")
def c065():
    s = supplier("MALCHIN", "Malchin Tools LLC", "sales@malchintools.example", "mn-MN")
    po = PO(4500031065, s, "USD", "2026-11-16", [
        ("HN-14M", "Hoof nipper 14 in, horse", 50, "EA", "16.40", "2026-12-18"),
        ("HP-01", "Hoof pick with brush", 200, "EA", "1.10", "2026-12-18"),
    ], buyer="priya")
    body = ("Эрхэм харилцагч та бүхэнд,\n\nҮНИЙН ӨӨРЧЛӨЛТИЙН МЭДЭГДЭЛ\n\n"
            "Түүхий эд болон тээврийн зардал нэмэгдсэнтэй холбогдуулан 2027 оны 2-р сарын 1-нээс эхлэн манай бүх "
            "бүтээгдэхүүний үнэ 6%-иар нэмэгдэхийг мэдэгдэж байна. Өмнө нь баталгаажсан захиалгууд тохирсон үнээр "
            "нийлүүлэгдэнэ.\n\nШинэ үнийн жагсаалтыг хавсаргав.\n\nХүндэтгэсэн,\nБат-Эрдэнэ Ганбаатар\n"
            "Борлуулалтын алба | Малчин Тулс ХХК\nУлаанбаатар, Хан-Уул дүүрэг | утас +976 7011 2233\n")
    csv = ("Код,Нэр,Нэгж,Үнэ 2027-02-01 (USD)\r\nHN-14M,Туурайн хайч 14\",ш,17.38\r\nHP-01,Туурайн дэгээ,ш,1.17\r\n"
           "HR-12,Туурайн зүлгүүр 12\",ш,9.43\r\n").encode("utf-8-sig")
    root = multipart("mixed", [text(body), attachment(csv, "text/csv; charset=\"utf-8\"", "une_2027.csv")])
    eml = message(("Малчин Тулс ХХК", "sales@malchintools.example"), "undisclosed-recipients:;",
                  "Үнийн өөрчлөлтийн мэдэгдэл / Price change notice 2027", maildate(2026, 11, 20, 10, 0, 480),
                  "<circular-2027-price.20261120@malchintools.example>", root,
                  extra=[("Precedence", "bulk")])
    exp = expected("unrelated", "General price-change circular to all customers (undisclosed recipients), effective "
                   "2027-02-01, saying confirmed orders keep their prices; it neither mentions nor answers PO 4500031065 "
                   "(due December).")
    return [po], eml, exp


# ------------------------------------------------------------------ 066
@case(66, "jigsaw-chucks-hongkong-two-pos-one-deferred", "zh-HK",
      "Cantonese/English Big5-HKSCS reply confirms PO A (one line to 04/01/2027) and only defers PO B '聽日再覆'")
def c066():
    s = supplier("KWONGFAT", "Kwong Fat Hardware Co., Ltd.", "sales@kwongfathw.example", "zh-HK")
    a = PO(4500031066, s, "USD", "2026-11-17", [
        ("JB-T101D", "Jigsaw blade T101D wood, pack of 5", 400, "PK", "2.35", "2026-12-14"),
        ("JB-T127D", "Jigsaw blade T127D aluminium, pack of 5", 200, "PK", "3.10", "2026-12-14"),
    ], buyer="jonas")
    b = PO(4500031166, s, "USD", "2026-11-17", [
        ("DC-B16", "Drill chuck B16, 1-13 mm, keyed", 100, "EA", "6.20", "2026-12-21"),
    ], buyer="jonas")
    body = ("Hi Jonas,\n\nPO 4500031066 確認如下:\n"
            "1) T101D 400 packs @USD2.35, 交貨 14/12/2026\n"
            "2) T127D 200 packs @USD3.10 - 呢隻要等到 04/01/2027 先有貨，唔好意思。\n\n"
            "另一張 PO 4500031166 (drill chucks) 我哋聽日再覆你。\n\n"
            "Regards,\nKelvin Chan 陳志偉\nKwong Fat Hardware Co., Ltd. 廣發五金有限公司\n"
            "Unit 1208, 12/F, Kwun Tong Industrial Centre, 472 Kwun Tong Road, Kowloon\n"
            "Tel: (852) 2345 6789  Fax: (852) 2345 6790  WhatsApp: 9123 4567\n")
    eml = message(("Kelvin Chan", "kelvin@kwongfathw.example"), ("Jonas Keller", a["buyer"]["email"]),
                  "RE: " + request_subject(a), maildate(2026, 11, 18, 17, 45, 480),
                  "<TY0PR06MB5120A1B2C3D4E5F6@TY0PR06MB5120.apcprd06.prod.outlook.com>",
                  text(body, charset="big5-hkscs", cte="quoted-printable"), reply_to_po=a)
    exp = expected("confirmation", "PO 4500031066: line 1 as ordered (dd/mm/yyyy); line 2 available only 04/01/2027 -> "
                   "changed date. PO 4500031166 is only mentioned ('will reply tomorrow'), so it is left out.",
                   [conf(a, {1: "acc", 2: chg(a, 2, date="2027-01-04")})])
    return [a, b], eml, exp


# ------------------------------------------------------------------ 067
@case(67, "piano-hinges-german-erp-kw-per-100", "de-DE",
      "German ERP Auftragsbestätigung (PDF, Auto-Submitted) with 'KW 02/2027' dates and a 'Preiseinheit 100' line")
def c067():
    s = supplier("SCHARNLUE", "Scharnierwerk Lüdenscheid GmbH & Co. KG", "vertrieb@scharnierwerk.example", "de-DE")
    po = PO(4500031067, s, "EUR", "2026-11-16", [
        ("PH-3500", "Piano hinge 32x1.0x3500 mm, steel galv.", 100, "PC", "6.95", "2027-01-15"),
        ("PH-VA2000", "Piano hinge 40x1.5x2000 mm, stainless", 60, "PC", "9.80", "2027-01-15"),
        ("PH-MS1000", "Piano hinge 25x0.8x1000 mm, brass", 80, "PC", "5.40", "2027-01-15"),
    ], buyer="jonas")
    pdf = make_pdf([
        "#Scharnierwerk Ludenscheid GmbH & Co. KG",
        "Altenaer Strasse 77 - 58507 Lüdenscheid - USt-IdNr. DE123456789 - HRA 4711 AG Iserlohn",
        "",
        "#Auftragsbestätigung AB-26-30721",
        "Datum: 18.11.2026      Kunden-Nr.: 20417      Ihre Bestellung: 4500031067 vom 16.11.2026",
        "Lieferbedingung: DAP Bremen (Incoterms 2020)     Zahlung: 30 Tage netto",
        "",
        "Pos  Artikel      Bezeichnung                            Menge  ME    Preis  PE   Gesamt EUR  Liefertermin",
        "1    PH-3500      Stangenscharnier 32x1,0x3500 St verz.     100  Stk    6,95   1       695,00  KW 02/2027",
        "2    PH-VA2000    Stangenscharnier 40x1,5x2000 V2A           60  Stk    9,80   1       588,00  KW 03/2027",
        "3    PH-MS1000    Stangenscharnier 25x0,8x1000 Messing       80  Stk  540,00 100       432,00  KW 02/2027",
        "",
        "                                                            Nettowert        1.715,00",
        "                                                            USt. 19 %          325,85",
        "                                                            Gesamt           2.040,85",
        "",
        "PE = Preiseinheit. Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen.",
    ], producer="SAP NetWeaver 7.50 / Adobe Document Services", title="Auftragsbestaetigung AB-26-30721")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung AB-26-30721 zu Ihrer "
            "Bestellung 4500031067.\n\nMit freundlichen Grüßen\nScharnierwerk Lüdenscheid GmbH & Co. KG\n\n"
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese Nachricht.\n"
            "Sitz der Gesellschaft: Lüdenscheid, Registergericht Iserlohn HRA 4711, Geschäftsführer: Dr. K. Brandt\n")
    root = multipart("mixed", [text(body, charset="iso-8859-1"),
                               attachment(pdf, "application/pdf", "AB-26-30721.pdf")])
    eml = message(("Scharnierwerk Lüdenscheid", "noreply-ab@scharnierwerk.example"), ("", po["buyer"]["email"]),
                  "Auftragsbestätigung AB-26-30721 zu Ihrer Bestellung 4500031067", maildate(2026, 11, 18, 5, 31),
                  "<SAP.AB2630721.20261118053102@scharnierwerk.example>", root, subject_charset="iso-8859-1",
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("X-Mailer", "SAP NetWeaver 7.50")])
    exp = expected("confirmation", "Automatically generated but a real order confirmation. Pos 1: KW 02/2027 -> Friday "
                   "2027-01-15 = requested -> accepted. Pos 2: KW 03/2027 -> 2027-01-22 -> changed. Pos 3: 540,00 per "
                   "100 pcs (PE 100) = 5.40 per piece, KW 02 -> accepted.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date=kw(2027, 3)), 3: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 068
@case(68, "egg-incubators-helpdesk-ticket-ack", "en-CA",
      "Help-desk auto-acknowledgement with a ticket number, bilingual EN/FR, promising a reply within 2 business days")
def c068():
    s = supplier("PRAIRIEHAT", "Prairie Hatchery Systems Ltd.", "orders@prairiehatchery.example", "en-CA")
    po = PO(4500031068, s, "CAD", "2026-11-18", [
        ("PH-IN1200", "Egg incubator 1200 eggs, cabinet", 2, "EA", "6450.00", "2027-02-12"),
        ("PH-CAND", "Egg candler LED", 6, "EA", "89.00", "2027-02-12"),
    ])
    body = ("##- Please type your reply above this line -##\n\n"
            "Your request (#48213) has been received and is being reviewed by our order desk.\n"
            "A representative will respond within 2 business days.\n\n"
            "Votre demande (n° 48213) a été reçue. Un représentant vous répondra d'ici 2 jours ouvrables.\n\n"
            "Prairie Hatchery Systems Ltd. | 3302 Miners Ave, Saskatoon SK S7K 7K9 | 1-800-555-0144\n\n"
            "This email is a service from Prairie Hatchery Support. [4KQ7-ZP2M]\n")
    eml = message(("Prairie Hatchery Support", "support@prairiehatchery.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "[Request received] " + request_subject(po), maildate(2026, 11, 18, 2, 15, -360),
                  "<K4Q7ZP2M_673b0c5e1a2b3_48213_sprut@zendesk.example>", text(body), reply_to_po=po,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                         ("Precedence", "list")])
    exp = expected("auto_reply", "Automatic ticket acknowledgement from a help-desk system; no human read it yet and nothing "
                   "is committed.")
    return [po], eml, exp


# ------------------------------------------------------------------ 069
@case(69, "lamp-wicks-ethiopian-ec-gc-dates", "am-ET",
      "Amharic/English reply giving each date in Ethiopian (E.C.) and Gregorian (G.C.) calendars; one price revised")
def c069():
    s = supplier("ABYSSWICK", "Abyssinia Cotton Products PLC", "sales@abyssiniacotton.example", "am-ET")
    po = PO(4500031069, s, "USD", "2026-11-17", [
        ("LW-K10", "Kerosene lamp wick 10 mm, 30 m roll", 300, "ROL", "3.60", "2026-12-18"),
        ("LW-K20", "Kerosene lamp wick 20 mm, 30 m roll", 150, "ROL", "5.20", "2026-12-18"),
    ], buyer="priya")
    body = ("ሰላም ወ/ሮ ፕሪያ፣\n\nየግዢ ትዕዛዝ ቁጥር 4500031069 ተቀብለናል፤ እናመሰግናለን።\n\n"
            "Dear Ms Priya,\n\nWe confirm your PO 4500031069 as follows:\n\n"
            "1. LW-K10 lamp wick 10 mm: 300 rolls @ USD 3.60, delivery Tahsas 9, 2019 E.C. (18 December 2026 G.C.)\n"
            "2. LW-K20 lamp wick 20 mm: 150 rolls @ USD 5.65 (cotton price increase), delivery Tir 6, 2019 E.C. "
            "(14 January 2027 G.C.)\n\n"
            "ከሰላምታ ጋር / Best regards,\nሄኖክ ተስፋዬ Henok Tesfaye\nSales Manager, Abyssinia Cotton Products PLC\n"
            "Kality Industrial Zone, Addis Ababa | Tel: +251 11 439 1234 | Mob: +251 911 234 567 | TIN 0012345678\n")
    eml = message(("Henok Tesfaye", "henok@abyssiniacotton.example"), ("Priya Nair", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 19, 14, 20, 180),
                  "<CAN4bT6wRq1mYs9pLx3zVc7uKd0fGe2hJ5A@mail.gmail.com>", text(body, cte="base64"), reply_to_po=po)
    exp = expected("confirmation", "Dates are given in both calendars; the G.C. (Gregorian) values decide. Line 1 as ordered "
                   "(18 Dec 2026). Line 2: price 5.65 and delivery 2027-01-14 -> changed.",
                   [conf(po, {1: "acc", 2: chg(po, 2, unit_price="5.65", date="2027-01-14")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 070
@case(70, "ink-rollers-afrikaans-factory-closed", "af-ZA",
      "Afrikaans reply declining the whole order because the roller factory closed; every line rejected")
def c070():
    s = supplier("BOLANDROL", "Boland Drukrolle (Edms) Bpk", "verkope@bolanddrukrolle.example", "af-ZA")
    po = PO(4500031070, s, "ZAR", "2026-11-18", [
        ("IR-R200", "Ink roller 200 mm, rubber, offset", 20, "EA", "780.00", "2027-01-25"),
        ("IR-R350", "Ink roller 350 mm, rubber, offset", 10, "EA", "1240.00", "2027-01-25"),
        ("IR-CORE", "Roller core re-rubbering service", 10, "EA", "460.00", "2027-01-25"),
    ], buyer="tomas")
    body = ("Goeiemiddag Tomas\n\nDankie vir bestelling 4500031070. Ongelukkig moet ons u meedeel dat ons drukrolfabriek "
            "in Paarl op 31 Oktober gesluit het. Ons kan dus nie hierdie bestelling uitvoer nie - nie die rolle nie "
            "en ook nie die herrubbering nie.\n\nOns vra om verskoning vir die ongerief en bedank u vir u jarelange "
            "ondersteuning.\n\nVriendelike groete\nPieter van der Merwe\nBoland Drukrolle (Edms) Bpk | "
            "Reg. 1987/004321/07 | Tel. 021 862 1234\n")
    eml = message(("Pieter van der Merwe", "pieter@bolanddrukrolle.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 19, 14, 51, 120),
                  "<JN3P275MB1120D9E8F7A6B5C4@JN3P275MB1120.ZAFP275.PROD.OUTLOOK.COM>",
                  text(body, charset="iso-8859-1"), reply_to_po=po)
    exp = expected("confirmation", "An outright refusal of the whole order is an answer: all three lines rejected.",
                   [conf(po, {1: REJ, 2: REJ, 3: REJ})])
    return [po], eml, exp
