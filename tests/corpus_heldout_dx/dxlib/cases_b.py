# -*- coding: utf-8 -*-
from .common import *


@case("nl-vacuumbags-per100", "confirmation", "nl-NL",
      "Dutch reply quoting the price 'per 100 stuks' (€ 7,80 / 100) against a per-piece PO price of 0.075 -> changed to 0.078.")
def c():
    p = po("4500081219", "VACUPAK", "VacuPak Verpakkingen B.V.", "orders@vacupak.example", "nl-NL", "EUR", "2026-11-12", [
        ("VP-VB-2030", "Vacuum bag 200x300 mm, 90 my, embossed", 5000, "PC", "0.075", "2026-12-08"),
        ("VP-VB-3040", "Vacuum bag 300x400 mm, 90 my, embossed", 3000, "PC", "0.132", "2026-12-08"),
    ])
    body = (u"Goedemiddag Dana,\n\nHierbij bevestigen wij order 4500081219:\n\n"
            u"regel 1: 5.000 st. VP-VB-2030 à € 7,80 per 100 st. (nieuwe folieprijs per 1-11), levering 8 december\n"
            u"regel 2: 3.000 st. VP-VB-3040 à € 13,20 per 100 st., levering 8 december\n\n"
            u"Met vriendelijke groet,\nJeroen de Vries\nVacuPak Verpakkingen B.V. | KvK 12345678 | BTW NL001234567B01\nT +31 (0)40 123 45 67\n\n"
            + q_outlook(p, labels=("Van", "Verzonden", "Aan", "Onderwerp")))
    eml = reply_msg(p, "Jeroen de Vries", rfcdate(2026, 11, 13, 14, 1, 9, "+0100"), "<AM0PR02MB5555.vacupak@vacupak.example>",
                    alt(body, "<p>" + esc(body).replace("\n", "<br>") + "</p>", "_000_AM0PR02MB5555vacupak_"), "RE: ")
    return [p], eml, expected("confirmation", "€ 7,80 per 100 = 0.078 per PC vs PO 0.075 (changed). Line 2 € 13,20 per 100 = 0.132 = PO price (accepted). '8 december' without year = 2026-12-08.",
                              conf(p, C(p="0.078"), "A"))


@case("se-zipbags-vecka-outlook-sv", "confirmation", "sv-SE",
      "Swedish 'SV:' reply over a Swedish Outlook header block; delivery 'vecka 2' = Friday 15 Jan 2027, quantities and prices unchanged.")
def c():
    p = po("4500081220", "PASEAB", "Påsexperten i Borås AB", "order@pasexperten.example", "sv-SE", "SEK", "2026-11-13", [
        ("PE-ZIP-0812", "Zip bag 80x120 mm, 50 my, pack 1000", 20, "BOX", "145.00", "2026-12-18"),
        ("PE-ZIP-1520", "Zip bag 150x200 mm, 50 my, pack 1000", 15, "BOX", "298.00", "2026-12-18"),
    ], buyer=1)
    body = (u"Hej Tomas!\n\nTack för beställningen. Vi bekräftar order 4500081220 enligt nedan, men p.g.a. semesterstängning i fabriken blir leveransen vecka 2.\n\n"
            u"Rad 1: 20 kart. PE-ZIP-0812 à 145,00 kr\nRad 2: 15 kart. PE-ZIP-1520 à 298,00 kr\nLeverans: v. 2 2027\n\n"
            u"Med vänliga hälsningar\nAnnika Bergström\nPåsexperten i Borås AB\nOrg.nr 556123-4567 | Tel 033-12 34 56\n\n"
            + q_outlook(p, labels=(u"Från", u"Skickat", u"Till", u"Ämne")))
    eml = reply_msg(p, u"Annika Bergström", rfcdate(2026, 11, 16, 9, 12, 33, "+0100"), "<DB9PR08MB7777.pasexperten@pasexperten.example>",
                    text(body, charset="windows-1252"), "SV: ")
    return [p], eml, expected("confirmation", "Vecka 2 2027 with no day = Friday 2027-01-15 for both lines; qty and prices as ordered -> changed on date.",
                              conf(p, C(d="2027-01-15"), C(d="2027-01-15")))


@case("no-hooks-revert-friday", "needs_review", "nb-NO",
      "Norwegian reply that only promises a confirmation 'innen fredag' after checking stock; no line is committed.")
def c():
    p = po("4500081221", "KROKAS", "Krok & Feste AS", "ordre@krokfeste.example", "nb-NO", "NOK", "2026-11-13", [
        ("KF-LIM-3", "Adhesive hook 3 kg, transparent", 500, "EA", "6.90", "2026-12-10"),
    ])
    body = (u"Hei Dana,\n\ntakk for bestillingen 4500081221. Vi må sjekke lagerbeholdningen hos produsenten i Sverige og kommer tilbake "
            u"med bekreftelse på antall, pris og leveringsdato innen fredag.\n\nMvh\nOla Nordby\nKrok & Feste AS | Org.nr 912 345 678 MVA | +47 22 12 34 56\n\n" + q_gt(p))
    eml = reply_msg(p, "Ola Nordby", rfcdate(2026, 11, 17, 10, 3, 0, "+0100"), "<9b4c2e11-ordre-krokfeste@krokfeste.example>",
                    text(body, charset="iso-8859-1"), "SV: ")
    return [p], eml, expected("needs_review", "Only promises to revert by Friday; nothing confirmed.")


@case("dk-chargers-xlsx-attachment", "confirmation", "da-DK",
      "Danish mail whose body only says 'se vedhæftede'; the confirmation is an XLSX (built zip) with a changed quantity and a Danish-format date.")
def c():
    p = po("4500081222", "LADEKOM", "Ladekompagniet ApS", "salg@ladekompagniet.example", "da-DK", "DKK", "2026-11-13", [
        ("LK-BC-6/12", "Battery charger 6/12 V, 8 A", 20, "EA", "489.00", "2026-12-07"),
        ("LK-BC-LI36", "Charger for 36 V Li-ion tool batteries", 12, "EA", "745.00", "2026-12-07"),
        ("LK-MAINT", "Battery maintainer 12 V, 1 A", 30, "EA", "219.00", "2026-12-07"),
    ], buyer=2)
    rows = [["Ordrebekræftelse", "", "", "", "", ""], ["Jeres ordre", "4500081222", "", "", "", ""],
            ["Linje", "Varenr.", "Antal", "Enhed", "Pris DKK", "Leveringsdato"],
            [1, "LK-BC-6/12", 20, "stk", 489.0, "07-12-2026"],
            [2, "LK-BC-LI36", 10, "stk", 745.0, "07-12-2026"],
            [3, "LK-MAINT", 30, "stk", 219.0, "14-12-2026"],
            ["Bem.: linje 2 - kun 10 stk. på lager, restordre annulleret", "", "", "", "", ""]]
    body = (u"Hej Priya\n\nSe vedhæftede ordrebekræftelse på ordre 4500081222.\n\nVenlig hilsen\nMette Kjær\nLadekompagniet ApS · CVR 12345678 · tlf. 70 12 34 56\n")
    m = multi("mixed", [text(body, charset="utf-8"),
                        attachment(xlsx(rows, "Ordrebekraeftelse"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "OB_4500081222.xlsx")],
              "=_b1c7e3b0f2a54c8e9d1a_=")
    eml = reply_msg(p, u"Mette Kjær", rfcdate(2026, 11, 16, 13, 26, 5, "+0100"), "<1f2e3d4c.ladekompagniet@ladekompagniet.example>", m, "SV: ")
    return [p], eml, expected("confirmation", "XLSX: line 1 as ordered; line 2 only 10 (rest cancelled) -> changed qty 10; line 3 date 14-12-2026 (changed).",
                              conf(p, "A", C(q=10), C(d="2026-12-14")))


@case("fi-cableties-split-kpl", "confirmation", "fi-FI",
      "Finnish reply splitting line 1 (500 kpl 7.12. and rest 1 500 kpl 11.1.2027) with space thousands separators; line 2 accepted.")
def c():
    p = po("4500081223", "NIPPUTEK", "Nipputekniikka Oy", "myynti@nipputekniikka.example", "fi-FI", "EUR", "2026-11-16", [
        ("NT-NS-300", "Cable tie 300x4.8 black, UV stabilised", 2000, "PC", "0.034", "2026-12-07"),
        ("NT-NS-140", "Cable tie 140x3.6 natural", 5000, "PC", "0.011", "2026-12-07"),
    ], buyer=1)
    body = (u"Hei Tomas,\n\ntilaus 4500081223 vahvistetaan seuraavasti:\n\n"
            u"Rivi 1 NT-NS-300: 500 kpl toimitetaan 7.12. ja loput 1 500 kpl 11.1.2027, hinta 0,034 €/kpl.\n"
            u"Rivi 2 NT-NS-140: 5 000 kpl 7.12.2026, hinta 0,011 €/kpl.\n\n"
            u"Ystävällisin terveisin\nMikko Virtanen\nNipputekniikka Oy | Y-tunnus 1234567-8 | puh. 040 123 4567\n\n" + q_gt(p))
    eml = reply_msg(p, "Mikko Virtanen", rfcdate(2026, 11, 17, 8, 10, 45, "+0200"), "<CAB4xY9-nippu-1117@nipputekniikka.example>",
                    text(body, charset="iso-8859-15"), "VS: ")
    return [p], eml, expected("confirmation", "Line 1: 500 on 2026-12-07 (7.12. no year -> next = 2026) + 1500 on 2027-01-11; total 2000 unchanged, last date 2027-01-11. Line 2 as ordered.",
                              conf(p, C(s=[(500, "2026-12-07"), (1500, "2027-01-11")]), "A"))


@case("ee-drillbits-ooo-estonian", "auto_reply", "et-EE",
      "Estonian out-of-office ('Automaatvastus: ...') in the thread, listing a return date and an alternative contact; X-Auto-Response-Suppress style headers.")
def c():
    p = po("4500081224", "PUURID", "Puurimeister OÜ", "muuk@puurimeister.example", "et-EE", "EUR", "2026-11-16", [
        ("PM-HSS-08", "HSS-Co drill bit 8 mm", 100, "EA", "3.90", "2026-12-14"),
    ])
    body = (u"Tere!\n\nOlen puhkusel kuni 27.11.2026. Kiireloomuliste tellimuste korral palun pöörduge Kadri Tamme poole: kadri.tamm@puurimeister.example, tel +372 5123 4567.\n\n"
            u"Lugupidamisega\nTiit Kask\nPuurimeister OÜ\n")
    eml = message(addr("Tiit Kask", "muuk@puurimeister.example"), addr(p["buyer"]["name"], p["buyer"]["email"]),
                  u"Automaatvastus: " + req_subject(p), rfcdate(2026, 11, 16, 8, 30, 41, "+0200"),
                  "<AM9PR07MB1111.ooo@puurimeister.example>", text(body, charset="utf-8", cte="base64"),
                  irt=p["request_message_id"], refs=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Inbox-Rules-Loop", "muuk@puurimeister.example")])
    return [p], eml, expected("auto_reply", "Out-of-office auto reply; no order content.")


@case("lv-eyewash-exchange-ndr", "bounce", "lv-LV",
      "Exchange/Office365-style NDR ('Undeliverable:') with a human HTML part and a message/delivery-status part: 550 5.4.1 recipient access denied.")
def c():
    p = po("4500081225", "ACUSKALO", "Acu skalošana SIA", "pasutijumi@acuskalosana.example", "lv-LV", "EUR", "2026-11-16", [
        ("AS-EW-500", "Eye wash bottle 500 ml, sterile saline", 60, "EA", "6.40", "2026-12-09"),
        ("AS-EW-WS", "Wall station for 2 eye wash bottles", 6, "EA", "38.00", "2026-12-09"),
    ], buyer=3)
    html = ("<html><body><p><b><font color=\"#000066\" size=\"3\">Your message to pasutijumi@acuskalosana.example couldn't be delivered.</font></b></p>"
            "<p>pasutijumi wasn't found at acuskalosana.example.</p><p>Marek Hollis&nbsp;&nbsp;&nbsp;Office 365&nbsp;&nbsp;&nbsp;pasutijumi - Action Required Recipient</p>"
            "<p><b>How to Fix It</b><br>The address may be misspelled or may not exist.</p>"
            "<p>Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'</p></body></html>")
    status = ("Reporting-MTA: dns;VI1PR02MB9999.eurprd02.prod.outlook.example\nReceived-From-MTA: dns;buyer.example\nArrival-Date: Mon, 16 Nov 2026 09:00:04 +0000\n\n"
              "Final-Recipient: rfc822;pasutijumi@acuskalosana.example\nAction: failed\nStatus: 5.4.1\n"
              "Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied. AS(201806281)\n")
    hdrs = ("From: Marek Hollis <marek.hollis@buyer.example>\nTo: pasutijumi@acuskalosana.example\nSubject: %s\nDate: %s\nMessage-ID: %s\n"
            % (req_subject(p), sent_date(p, 9, 0), p["request_message_id"]))
    rep = multi("report", [text(html, "html", "utf-8", "quoted-printable"),
                           Part([("Content-Type", "message/delivery-status")], status.encode()),
                           Part([("Content-Type", "text/rfc822-headers")], hdrs.encode())], "_000_VI1PR02MB9999NDR_")
    rep.headers[0] = ("Content-Type", 'multipart/report; report-type=delivery-status; boundary="_000_VI1PR02MB9999NDR_"')
    eml = message("Microsoft Outlook <postmaster@buyer.example>", "marek.hollis@buyer.example",
                  "Undeliverable: " + req_subject(p), rfcdate(2026, 11, 16, 9, 0, 6, "+0000"),
                  "<c3a9d0b1-ndr-4f7e@VI1PR02MB9999.eurprd02.prod.outlook.example>", rep,
                  irt=p["request_message_id"], refs=p["request_message_id"], extra=[("X-MS-Exchange-Message-Is-Ndr", "")])
    return [p], eml, expected("bounce", "Exchange NDR for our PO request; not a supplier answer.")


@case("lt-floormats-stock-short", "confirmation", "lt-LT",
      "Lithuanian (ISO-8859-13, QP): only 35 of 50 mats in stock and the rest will not be delivered -> quantity reduced; second line accepted.")
def c():
    p = po("4500081226", "KILIMAI", "UAB Pramoniniai kilimėliai", "uzsakymai@kilimeliai.example", "lt-LT", "EUR", "2026-11-17", [
        ("PK-RB-6090", "Rubber floor mat 60x90, drainage holes", 50, "EA", "18.60", "2026-12-10"),
        ("PK-CP-1015", "Carpet mat 100x150, grey", 10, "EA", "27.00", "2026-12-10"),
    ])
    body = (u"Laba diena,\n\ndėkojame už užsakymą Nr. 4500081226.\n\n"
            u"1 eil. PK-RB-6090: sandėlyje turime tik 35 vnt., juos pristatysime 2026-12-10, kaina 18,60 EUR/vnt. Likusių 15 vnt. pristatyti negalėsime – gamintojas nutraukė gamybą.\n"
            u"2 eil. PK-CP-1015: 10 vnt. po 27,00 EUR, pristatymas 2026-12-10.\n\n"
            u"Pagarbiai\nRasa Jankauskienė\nUAB Pramoniniai kilimėliai | Įm. k. 123456789 | tel. +370 5 212 3456\n\n" + q_gt(p))
    eml = reply_msg(p, u"Rasa Jankauskienė", rfcdate(2026, 11, 18, 11, 5, 0, "+0200"), "<kilimeliai.20261118110500@kilimeliai.example>",
                    text(body, charset="iso-8859-13"), "RE: ", subj_charset="iso-8859-13")
    return [p], eml, expected("confirmation", "Line 1 confirmed for 35 only (rest will not be delivered) -> changed qty 35; line 2 as ordered.",
                              conf(p, C(q=35), "A"))


@case("hu-grinding-two-pos-one-mail", "confirmation", "hu-HU",
      "Hungarian reply answering two POs in one mail with 'ÉÉÉÉ. HH. NN.' dates and forint amounts with space thousands; one PO has a price change.")
def c():
    p1 = po("4500081227", "CSISZOL", "Csiszoló-Tech Kft.", "rendeles@csiszolotech.example", "hu-HU", "HUF", "2026-11-16", [
        ("CT-TV-125", "Cutting/grinding disc 125x6 mm, steel", 300, "EA", "640", "2026-12-11"),
        ("CT-LT-125", "Flap disc 125 mm, P80", 150, "EA", "890", "2026-12-11"),
    ], buyer=3)
    p2 = po("4500081231", "CSISZOL", "Csiszoló-Tech Kft.", "rendeles@csiszolotech.example", "hu-HU", "HUF", "2026-11-17", [
        ("CT-TV-230", "Grinding disc 230x6 mm, steel", 100, "EA", "1450", "2026-12-18"),
    ], buyer=3)
    body = (u"Tisztelt Hollis Úr!\n\nMindkét megrendelését visszaigazoljuk:\n\n"
            u"4500081227\n  1. tétel CT-TV-125 – 300 db – 640 Ft/db – szállítás 2026. 12. 11.\n  2. tétel CT-LT-125 – 150 db – 920 Ft/db (alapanyag-drágulás) – szállítás 2026. 12. 11.\n\n"
            u"4500081231\n  1. tétel CT-TV-230 – 100 db – 1 450 Ft/db – szállítás 2026. 12. 18.\n\n"
            u"Üdvözlettel:\nKovács Eszter\nértékesítés\nCsiszoló-Tech Kft. | Adószám: 12345678-2-13 | Tel.: +36 1 234 5678\n")
    eml = message(addr(u"Kovács Eszter", "rendeles@csiszolotech.example"), addr(p1["buyer"]["name"], p1["buyer"]["email"]),
                  u"Visszaigazolás: 4500081227 és 4500081231", rfcdate(2026, 11, 18, 14, 30, 0, "+0100"),
                  "<e5f1a2b3.csiszolo@csiszolotech.example>", text(body, charset="iso-8859-2"),
                  irt=p2["request_message_id"], refs=p1["request_message_id"] + " " + p2["request_message_id"])
    return [p1, p2], eml, expected("confirmation", "Two POs confirmed in one mail. 4500081227: line 1 as ordered, line 2 price 920 instead of 890 (changed). 4500081231 as ordered.",
                                   conf(p1, "A", C(p="920")), conf(p2, "A"))


@case("ro-hardhats-prepayment-question", "needs_review", "ro-RO",
      "Romanian reply: goods available, but delivery only after 100% prepayment and asks the buyer to accept these terms before they confirm.")
def c():
    p = po("4500081228", "PROTCAP", "Protecție Cap S.R.L.", "vanzari@protectiecap.example", "ro-RO", "RON", "2026-11-17", [
        ("PC-CS-AL", "Hard hat, white, 6-point suspension", 80, "EA", "32.50", "2026-12-14"),
    ])
    body = (u"Bună ziua,\n\nmulțumim pentru comanda 4500081228. Avem produsul pe stoc, însă pentru clienții noi livrarea se face numai după plata în avans 100% pe bază de factură proformă.\n"
            u"Vă rugăm să ne confirmați dacă sunteți de acord cu aceste condiții, iar apoi vă trimitem confirmarea fermă cu data de livrare.\n\n"
            u"Cu stimă,\nIoana Popescu\nProtecție Cap S.R.L. | CUI RO12345678 | J40/1234/2015 | tel. 021 123 45 67\n\n" + q_gt(p))
    eml = reply_msg(p, "Ioana Popescu", rfcdate(2026, 11, 18, 10, 0, 0, "+0200"), "<ro-20261118-0001@protectiecap.example>",
                    text(body, charset="utf-8", cte="base64"), "RE: ")
    return [p], eml, expected("needs_review", "Asks the buyer to accept prepayment terms first and says the firm confirmation will follow; no commitment yet.")


@case("bg-indextabs-cp1251-signature", "confirmation", "bg-BG",
      "Bulgarian reply in Windows-1251 confirming as ordered; signature packed with ЕИК, IBAN, phone numbers and a lev/euro amount that are not order data.")
def c():
    p = po("4500081229", "KANCBG", "Канцеларски материали ООД", "office@kanc-materiali.example", "bg-BG", "EUR", "2026-11-17", [
        ("KM-IT-10", "Index tabs 1-10, A4, cardboard", 200, "SET", "0.95", "2026-12-16"),
        ("KM-IT-31", "Index tabs 1-31, A4, PP", 120, "SET", "1.80", "2026-12-16"),
    ], buyer=2)
    body = (u"Здравейте, г-жо Наир,\n\nПотвърждаваме поръчка № 4500081229 изцяло, съгласно посочените количества, цени и срок на доставка 16.12.2026 г.\n\n"
            u"Поздрави,\nДесислава Петрова\nКанцеларски материали ООД\nЕИК 123456789 | ДДС № BG123456789\nIBAN: BG80 BNBG 9661 1020 3456 78\n"
            u"тел.: +359 2 987 65 43 | моб.: 0888 123 456\nМинимална поръчка за безплатна доставка: 150,00 EUR\n\n" + q_gt(p))
    eml = reply_msg(p, u"Десислава Петрова", rfcdate(2026, 11, 18, 16, 12, 0, "+0200"), "<bg.kanc.4500081229@kanc-materiali.example>",
                    text(body, charset="windows-1251"), "RE: ", subj_charset="windows-1251")
    return [p], eml, expected("confirmation", "Whole PO confirmed as ordered; numbers in the signature (IBAN, 150,00 EUR free-shipping threshold) are noise.",
                              conf(p, "A", "A"))


@case("gr-jerrycans-iso88597-later", "confirmation", "el-GR",
      "Greek reply in ISO-8859-7 with the delivery pushed to 22/01/2027 for both lines and prices written with decimal comma.")
def c():
    p = po("4500081230", "DOHEIA", "Δοχεία Αττικής Α.Ε.", "pwliseis@doxeia-attikis.example", "el-GR", "EUR", "2026-11-17", [
        ("DA-JC20-GR", "Jerry can 20 L, plastic, green (water)", 60, "EA", "8.90", "2026-12-18"),
        ("DA-JC5-RD", "Jerry can 5 L, plastic, red", 100, "EA", "3.60", "2026-12-18"),
    ])
    body = (u"Καλησπέρα σας κα Ruiz,\n\nΕπιβεβαιώνουμε την παραγγελία 4500081230:\n\n"
            u"Γραμμή 1: DA-JC20-GR, 60 τεμ., 8,90 € / τεμ.\nΓραμμή 2: DA-JC5-RD, 100 τεμ., 3,60 € / τεμ.\n\n"
            u"Λόγω φόρτου παραγωγής η παράδοση θα γίνει στις 22/01/2027 και για τις δύο γραμμές.\n\n"
            u"Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΔοχεία Αττικής Α.Ε. | ΑΦΜ 012345678 | τηλ. 210 123 4567\n\n" + q_gt(p))
    eml = reply_msg(p, u"Νίκος Παπαδόπουλος", rfcdate(2026, 11, 19, 17, 40, 0, "+0200"), "<doxeia.19112026.1740@doxeia-attikis.example>",
                    text(body, charset="iso-8859-7"), "RE: ", subj_charset="iso-8859-7")
    return [p], eml, expected("confirmation", "Both lines confirmed at PO qty/price but delivered 2027-01-22 (changed date).",
                              conf(p, C(d="2027-01-22"), C(d="2027-01-22")))


@case("tr-ladders-zam-aralik", "confirmation", "tr-TR",
      "Turkish reply with month names ('15 Aralık 2026'), a '%5 zam' on line 2 and 'KDV hariç' note; ISO-8859-9 QP.")
def c():
    p = po("4500081232", "MERDIVEN", "Anadolu Merdiven San. ve Tic. A.Ş.", "satis@anadolumerdiven.example", "tr-TR", "TRY", "2026-11-18", [
        ("AM-TEL-44", "Telescopic ladder 4.4 m, aluminium", 10, "EA", "3400.00", "2026-12-15"),
        ("AM-PL-3x8", "Platform ladder 3x8 rungs", 4, "EA", "7800.00", "2026-12-15"),
    ])
    body = (u"Merhaba Dana Hanım,\n\n4500081232 no.lu siparişiniz için teşekkürler.\n\n"
            u"1. kalem AM-TEL-44: 10 adet, birim fiyat 3.400,00 TL, teslim 15 Aralık 2026.\n"
            u"2. kalem AM-PL-3x8: 4 adet, alüminyum fiyatlarındaki artış nedeniyle sipariş fiyatına %5 zam uygulanacaktır, teslim 15 Aralık 2026.\n\n"
            u"Fiyatlarımıza KDV dahil değildir.\n\nSaygılarımızla,\nEmre Yılmaz\nAnadolu Merdiven San. ve Tic. A.Ş.\nVergi No: 1234567890 | Tel: 0 (262) 123 45 67\n\n" + q_gt(p))
    eml = reply_msg(p, u"Emre Yılmaz", rfcdate(2026, 11, 19, 11, 20, 0, "+0300"), "<TR-AM-20261119112000@anadolumerdiven.example>",
                    text(body, charset="iso-8859-9"), "YNT: ", subj_charset="iso-8859-9")
    return [p], eml, expected("confirmation", "Line 1 as ordered. Line 2 +5% on the PO price: 7800.00 x 1.05 = 8190.00 (changed). KDV (VAT) note is not a price change.",
                              conf(p, "A", C(p="8190.00")))


@case("ua-padlocks-price-letter", "unrelated", "uk-UA",
      "Ukrainian general price-increase letter (KOI8-U) effective 1 Jan 2027 with a percentage table, sent as a new thread; answers no PO.")
def c():
    p = po("4500081233", "ZAMOKUA", "ТОВ «Замок-Україна»", "info@zamok-ua.example", "uk-UA", "UAH", "2026-11-18", [
        ("ZU-VZ-50", "Padlock 50 mm, hardened shackle", 100, "EA", "210.00", "2026-12-15"),
    ])
    body = (u"Шановні партнери!\n\nПовідомляємо, що з 01.01.2027 ціни на продукцію ТОВ «Замок-Україна» зростуть:\n\n"
            u"  навісні замки серії ВЗ — +7 %\n  циліндрові механізми — +5 %\n  кодові замки — без змін\n\n"
            u"Замовлення, підтверджені до 31.12.2026, виконуються за діючими цінами.\nОновлений прайс-лист надішлемо окремим листом.\n\n"
            u"З повагою,\nвідділ продажів ТОВ «Замок-Україна»\nтел. +380 44 123 45 67 | ЄДРПОУ 12345678\n")
    eml = message(addr(u"Замок-Україна", "info@zamok-ua.example"), addr(p["buyer"]["name"], p["buyer"]["email"]),
                  u"Зміна цін з 01.01.2027", rfcdate(2026, 11, 20, 9, 0, 0, "+0200"), "<pricing-2027.1@zamok-ua.example>",
                  text(body, charset="koi8-u", cte="quoted-printable"), subj_charset="koi8-u", extra=[("Precedence", "bulk")])
    return [p], eml, expected("unrelated", "Generic price-increase circular to all customers, no reference to PO 4500081233 and no commitment on it.")


@case("sk-maskingfilm-do-bez-roku", "confirmation", "sk-SK",
      "Slovak reply with dates without year ('do 4. 12.') earlier than requested for line 1 and a line delivered in two lots for line 2.")
def c():
    p = po("4500081234", "FOLIASK", "Fólie Slovakia s.r.o.", "objednavky@folie-sk.example", "sk-SK", "EUR", "2026-11-18", [
        ("FS-MF-2600", "Masking film 2600 mm x 20 m", 40, "ROL", "7.90", "2026-12-11"),
        ("FS-MF-1400", "Masking film 1400 mm x 33 m", 60, "ROL", "6.20", "2026-12-11"),
    ])
    body = (u"Dobrý deň,\n\npotvrdzujeme objednávku 4500081234:\n\n"
            u"pol. 1 FS-MF-2600 – 40 rol. á 7,90 € – máme skladom, dodáme už do 4. 12.\n"
            u"pol. 2 FS-MF-1400 – 60 rol. á 6,20 € – 30 rol. do 11. 12. a zvyšných 30 rol. do 18. 12.\n\n"
            u"S pozdravom\nMartin Horváth\nFólie Slovakia s.r.o. | IČO 12345678 | tel. +421 2 1234 5678\n\n" + q_gt(p))
    eml = reply_msg(p, u"Martin Horváth", rfcdate(2026, 11, 19, 13, 14, 0, "+0100"), "<sk-folie-1119@folie-sk.example>",
                    text(body, charset="windows-1250"), "RE: ", subj_charset="utf-8")
    return [p], eml, expected("confirmation", "No-year dates -> 2026. Line 1 earlier, 2026-12-04 (changed). Line 2 split 30 on 2026-12-11 + 30 on 2026-12-18 (changed, last date 12-18).",
                              conf(p, C(d="2026-12-04"), C(s=[(30, "2026-12-11"), (30, "2026-12-18")])))


@case("si-nylonrope-forwarded-warehouse", "confirmation", "sl-SI",
      "Sales rep forwards the warehouse's internal answer ('Fwd:') with one sentence on top; the confirmation facts sit in the forwarded part, including a changed date.")
def c():
    p = po("4500081235", "VRVI", "Vrvi in trakovi d.o.o.", "prodaja@vrvi-trakovi.example", "sl-SI", "EUR", "2026-11-18", [
        ("VT-PA-12", "Nylon (PA) rope 12 mm, braided, 100 m coil", 6, "ROL", "74.00", "2026-12-09"),
        ("VT-PA-8", "Nylon (PA) rope 8 mm, braided, 200 m coil", 4, "ROL", "68.50", "2026-12-09"),
    ], buyer=1)
    body = (u"Pozdravljeni g. Lindqvist,\n\nspodaj odgovor našega skladišča – s tem potrjujemo naročilo 4500081235.\n\nLp, Nina Kranjc\n\n"
            u"---------- Posredovano sporočilo ---------\nOd: Skladišče Vrvi <skladisce@vrvi-trakovi.example>\nDatum: pet., 20. nov. 2026 ob 08:02\n"
            u"Zadeva: RE: 4500081235\nZa: Nina Kranjc <nina.kranjc@vrvi-trakovi.example>\n\n"
            u"Nina,\n12 mm (6 kolutov po 74,00) imamo, gre ven 9.12.\n8 mm pride od dobavitelja šele v 2. tednu januarja, torej 4 kolute po 68,50 lahko pošljemo 15.1.2027.\n\nBoštjan\n")
    eml = reply_msg(p, "Nina Kranjc", rfcdate(2026, 11, 20, 9, 15, 0, "+0100"), "<si-vrvi-fw-1120@vrvi-trakovi.example>",
                    text(body, charset="utf-8"), subject="Fwd: RE: " + req_subject(p), frm_email="nina.kranjc@vrvi-trakovi.example")
    return [p], eml, expected("confirmation", "The sales rep confirms via the forwarded warehouse note: line 1 as ordered (ship 9.12 = requested), line 2 same qty/price but 2027-01-15 (changed).",
                              conf(p, "A", C(d="2027-01-15")))


@case("hr-couplers-month-vague", "needs_review", "hr-HR",
      "Croatian reply 'u principu potvrđujemo' but the date is 'prosinac ili siječanj, ovisno o dobavljaču' and the price 'will be checked' - no firm commitment.")
def c():
    p = po("4500081236", "SPOJKE", "Brze spojke Zagreb d.o.o.", "prodaja@brzespojke.example", "hr-HR", "EUR", "2026-11-19", [
        ("BS-QC-12", "Hydraulic quick coupler 1/2\" ISO A, set", 20, "SET", "38.00", "2026-12-14"),
        ("BS-QC-34", "Hydraulic quick coupler 3/4\" ISO A, set", 10, "SET", "56.00", "2026-12-14"),
    ])
    body = (u"Poštovana gđo Ruiz,\n\nu principu potvrđujemo narudžbu 4500081236, ali rok isporuke još ne znamo točno – prosinac ili siječanj, ovisno o našem dobavljaču iz Italije. "
            u"Cijene ćemo također još provjeriti jer očekujemo novi cjenik.\nJavit ćemo se čim dobijemo potvrdu.\n\n"
            u"Srdačan pozdrav,\nIvan Horvat\nBrze spojke Zagreb d.o.o. | OIB 12345678901 | tel. 01 2345 678\n\n" + q_gt(p))
    eml = reply_msg(p, "Ivan Horvat", rfcdate(2026, 11, 20, 12, 0, 0, "+0100"), "<hr-spojke-1120@brzespojke.example>",
                    text(body, charset="iso-8859-2"), "Odg: ", subj_charset="utf-8")
    return [p], eml, expected("needs_review", "'In principle' with no date and prices still being checked; supplier will revert - nothing firm is committed.")


@case("rs-respirators-cyrillic-moq", "confirmation", "sr-RS",
      "Serbian Cyrillic reply (Windows-1251): filters ordered per piece but sold in pairs with MOQ 50 pairs -> quantity raised, price per pair converted.")
def c():
    p = po("4500081237", "ZASTITA", "Заштита Нови Сад д.о.о.", "prodaja@zastita-ns.example", "sr-RS", "RSD", "2026-11-19", [
        ("ZN-RM-HALF", "Half mask respirator, size M", 30, "EA", "1850.00", "2026-12-16"),
        ("ZN-FLT-A1", "Filter A1 for half mask, bayonet", 80, "EA", "420.00", "2026-12-16"),
    ], buyer=2)
    body = (u"Поштована госпођо Наир,\n\nпотврђујемо поруџбину 4500081237:\n\n"
            u"1. ZN-RM-HALF – 30 ком. – 1.850,00 дин. – испорука 16.12.2026.\n"
            u"2. ZN-FLT-A1 – филтери се продају само у паровима, минимална количина 50 пари, тј. 100 ком. – цена 840,00 дин. по пару – испорука 16.12.2026.\n\n"
            u"Срдачан поздрав,\nМилан Јовановић\nЗаштита Нови Сад д.о.о. | ПИБ 101234567 | тел. 021 123 456\n\n" + q_gt(p))
    eml = reply_msg(p, u"Милан Јовановић", rfcdate(2026, 11, 20, 14, 25, 0, "+0100"), "<rs-zastita-20261120@zastita-ns.example>",
                    text(body, charset="windows-1251"), "RE: ", subj_charset="utf-8")
    return [p], eml, expected("confirmation", "Line 1 as ordered. Line 2: MOQ 50 pairs = 100 EA; 840,00 per pair = 420.00 per EA (same as PO) -> changed on quantity only (100).",
                              conf(p, "A", C(q=100)))
