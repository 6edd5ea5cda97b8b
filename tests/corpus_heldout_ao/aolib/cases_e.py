"""Cases 061-070."""
import datetime as dt
from . import mime, pdf
from .clients import outlook, gmail, thread_headers, subj
from .core import (L, PO, sup, acc, chg, REJ, UNC, conf, expected, wd, kw, case, request_text, plus_days)


def c_bottom_post_ee():
    s = sup("BALPE", "Balti Pakend OÜ", "myyk@baltipakend.example", "et-EE")
    po = PO("4501100166", s, "Lena Hoffmann", "EUR", "2026-11-10", [
        L(1, "PH-BLS-PVCALU-10", "Blister card PVC/Alu, 10 tablets, printed", 60000, "EA", "0.021", "2026-12-14"),
        L(2, "PH-FBX-30T-BAL", "Folding box 30 tablets (3 blisters), EE/LV/LT", 20000, "EA", "0.046", "2026-12-14"),
    ])
    wd("2026-12-14", "Mon")
    reply = ("Tere, Lena!\n\n"
             "Kinnitame tellimuse 4501100166:\n"
             "1) blistrid 60 000 tk, hind 21,00 EUR / 1000 tk, tarne 14.12.2026;\n"
             "2) voltkarbid 20 000 tk, 0,046 EUR/tk, tarne samuti 14.12.2026.\n\n"
             "Materjali partii nr 2611-045, säilivusaeg kuni 30.11.2029. GMP sertifikaat (ISO 15378) kehtib kuni "
             "05.2028.\n\n"
             "Lugupidamisega\nKadri Tamm\nBalti Pakend OÜ, Tartu\n")
    plain = ("T, 10. november 2026 kell 14:05 kirjutas Lena Hoffmann <lena.hoffmann@corvane.example>:\n"
             + mime.quote(request_text(po, "Kadri")) + "\n\n" + reply)
    body = mime.text(plain, charset="ISO-8859-15", cte="quoted-printable", flowed=True)
    h = thread_headers(po, mime.addr("Kadri Tamm", "kadri.tamm@baltipakend.example"),
                       "Lena Hoffmann <lena.hoffmann@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 11, 9, 44, 0, "+0200"), "<9c3d1e2f-5a6b-4c7d-8e9f-0a1b2c3d4e5f@baltipakend.example>",
                       mailer=("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"))
    exp = expected("confirmation", "Bottom-posted Estonian reply (quote first, answer below). Price per 1000 = 0.021 "
                   "(same); both lines as ordered. Lot '2611-045', shelf life 30.11.2029 and certificate '05.2028' "
                   "are traps.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: acc(po["lines"][1])})])
    return case("pharma-blisters-bottom-posted", "Bottom-posted Estonian answer below the quoted PO, with a lot number "
                "like a date, shelf-life and certificate dates.", [po], mime.message(h, body), exp)


def c_choc_frbe():
    s = sup("DUMNT", "Chocolaterie Dumont SA", "commandes@chocodumont.example", "fr-BE")
    po = PO("4501100167", s, "Tom Whitfield", "EUR", "2026-11-11", [
        L(1, "CH-PRAL-BAR-50", "Praline filled bar 50 g (case of 24)", 2400, "EA", "0.85", "2026-12-09"),
        L(2, "CH-NOIR-72-100", "Dark 72% bar 100 g (case of 24)", 1920, "EA", "1.30", "2026-12-09"),
    ])
    wd("2026-12-09", "Wed")
    new = ("Bonjour Monsieur Whitfield,\n\n"
           "Merci pour votre commande. Nous vous confirmons :\n\n"
           "– barre pralinée 50 g : 100 cartons de 24 pièces à 21,60 € le carton ;\n"
           "– noir 72 % 100 g : 80 cartons de 24 à 31,20 € le carton.\n\n"
           "Livraison le mercredi 9 décembre entre 7 h et 11 h, quai 4. Paiement à nonante jours fin de mois, "
           "comme convenu.\nDate de durabilité minimale des lots : 09/2027.\n\n"
           "Bien à vous,\n\nNathalie Peeters\nService commandes\nChocolaterie Dumont SA – Chaussée de Louvain 412 – "
           "1030 Schaerbeek\n")
    body = outlook(new, po, "mercredi 11 novembre 2026 10:40", lang="fr", charset="windows-1252",
                   boundary="_000_AM8PR01MB7654D6E7F8A9B0C1AM8PR01MB7654eurp_", body_lang="FR-BE")
    h = thread_headers(po, mime.addr("Nathalie Peeters", "n.peeters@chocodumont.example"),
                       "Tom Whitfield <tom.whitfield@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 11, 55, 27, "+0100"),
                       "<AM8PR01MB7654D6E7F8A9B0C1@AM8PR01MB7654.eurprd01.prod.outlook.example>")
    assert round(21.60 / 24, 4) == 0.9 and round(31.20 / 24, 4) == 1.3
    exp = expected("confirmation", "Prices per carton of 24: 21.60/24 = 0.90 (changed), 31.20/24 = 1.30 (same). "
                   "Quantities in cartons (100 x 24, 80 x 24) equal the PO. '72 %', '7 h et 11 h', 'nonante jours' "
                   "and 09/2027 are traps.",
                   [conf(po["po_number"], {1: chg(2400, "0.90", "2026-12-09"), 2: acc(po["lines"][1])})])
    return case("chocolate-per-carton-belgian", "Belgian French reply with prices per carton of 24, delivery hours, "
                "'nonante jours' and a best-before month.", [po], mime.message(h, body), exp)


def c_pdf_tj_it():
    s = sup("LATEM", "Lattiera Emiliana S.p.A.", "ordini@lattieraemiliana.example", "it-IT")
    po = PO("4501100168", s, "Mikkel Strand", "EUR", "2026-11-10", [
        L(1, "DRY-SWP-25", "Sweet whey powder, bag 25 kg", 6000, "KG", "1.18", "2026-12-14"),
        L(2, "DRY-SMP-MH-25", "Skimmed milk powder medium heat, bag 25 kg", 4000, "KG", "3.30", "2026-12-14"),
    ])
    wd("2026-12-14", "Mon"); wd("2026-12-21", "Mon")
    ops = [
        ("R", 40, 770, 515, 40, 0.92),
        ("TJ", 50, 795, 15, ["Latti", -15, "era Emiliana S.p.A."], True),
        ("T", 50, 780, 8, "Via Emilia Ovest 1020 - 41123 Modena (MO) - P.IVA IT 01234560364"),
        ("TJ", 50, 740, 13, ["CON", -30, "FERMA D'ORDINE  n. OC 2026/3381"], True),
        ("T", 50, 722, 9, "Data: 11/11/2026          Cliente: CORVANE GROUP (cod. 10877)"),
        ("TJ", 50, 708, 9, ["Vs. ordine n. ", "4501100168", " del 10/11/2026      Ns. offerta n. 26/0917 del 02/10/2026"]),
        ("L", 40, 695, 555, 695),
        ("T", 45, 683, 8, "Pos.", True), ("T", 75, 683, 8, "Vs. codice", True), ("T", 150, 683, 8, "Ns. codice", True),
        ("T", 210, 683, 8, "Descrizione", True), ("T", 362, 683, 8, "Quantita'", True),
        ("T", 452, 683, 8, "Prezzo", True), ("T", 524, 683, 8, "Consegna", True),
        ("L", 40, 678, 555, 678),
        ("T", 45, 665, 8, "10"), ("T", 75, 665, 8, "DRY-SWP-25"), ("T", 150, 665, 8, "LE-SL-0250"),
        ("TJ", 210, 665, 8, ["Siero di latte dolce in ", -10, "polvere"]),
        ("T", 210, 655, 8, "sacchi carta 25 kg, pallet 40 sacchi"),
        ("TJ", 362, 665, 8, ["240 sacchi = ", "6.000 kg"]), ("T", 452, 665, 8, "EUR 1.180,00 /t"),
        ("T", 524, 665, 8, "14/12/2026"),
        ("T", 45, 638, 8, "20"), ("T", 75, 638, 8, "DRY-SMP-MH-25"), ("T", 150, 638, 8, "LE-LS-MH25"),
        ("TJ", 210, 638, 8, ["Latte scremato in polvere ", -10, "medium heat"]),
        ("T", 210, 628, 8, "sacchi 25 kg, WPNI 1,51-5,99"),
        ("TJ", 362, 638, 8, ["160 sacchi = ", "4.000 kg"]), ("T", 452, 638, 8, "EUR 3,34 /kg"),
        ("T", 524, 638, 8, "21/12/2026"),
        ("L", 40, 615, 555, 615),
        ("T", 50, 600, 8, "Imponibile: EUR 20.440,00     IVA: non imponibile art. 41 D.L. 331/93"),
        ("T", 50, 586, 8, "Resa: DAP Rotterdam (Incoterms 2020).  Pagamento: bonifico bancario 60 gg d.f.f.m."),
        ("T", 50, 572, 8, "Lotto e data di scadenza indicati sul DDT. Certificato di analisi a corredo di ogni lotto."),
        ("T", 50, 550, 7, "Le date di consegna si intendono franco Vs. magazzino. Salvo approvazione del reparto crediti."),
    ]
    assert round(6 * 1180 + 4000 * 3.34, 2) == 20440.00
    data = pdf.build([ops], title="Conferma d'ordine OC 2026/3381", producer="TeamSystem Enterprise",
                     created="D:20261111083000+01'00'")
    text = ("Spett.le Corvane Group,\n\n"
            "in allegato la ns. conferma d'ordine n. OC 2026/3381 relativa al Vs. ordine 4501100168.\n"
            "Vi preghiamo di controllarla e di segnalarci eventuali discrepanze entro 48 ore.\n\n"
            "Distinti saluti\nUfficio Ordini\nLattiera Emiliana S.p.A.\n")
    body = mime.multipart("mixed", [mime.text(text, charset="iso-8859-1", cte="7bit"),
                                    mime.attachment(data, "application/pdf", "OC_2026_3381.pdf")],
                          "=_6a1b2c3d4e5f60718293a4b5c6d7e8f9")
    h = thread_headers(po, "Ufficio Ordini Lattiera Emiliana <ordini@lattieraemiliana.example>",
                       "mikkel.strand@corvane.example", "R: " + subj(po["po_number"]) + " - Conferma d'ordine OC 2026/3381",
                       mime.date(2026, 11, 11, 8, 31, 9, "+0100"), "<OC20263381.20261111083109@lattieraemiliana.example>")
    exp = expected("confirmation", "PDF built with TJ kerning arrays (text split inside words). Pos 10: 240 bags = "
                   "6.000 kg at EUR 1.180,00 per tonne = 1.18/kg, 14/12/2026 (accepted). Pos 20: EUR 3,34/kg and "
                   "21/12/2026 (changed). Offer date 02/10/2026, '60 gg', 'WPNI 1,51-5,99' are traps.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: chg(4000, "3.34", "2026-12-21")})])
    return case("dairy-pdf-tj-per-tonne", "Italian ERP PDF whose text is split by TJ kerning, with a price per tonne "
                "on a PO in kg and dotted thousands.", [po], mime.message(h, body), exp)


def c_jars_validity_hu():
    s = sup("MATCS", "Mátra Csomagolás Kft.", "rendeles@matracsomagolas.example", "hu-HU")
    po = PO("4501100169", s, "Mikkel Strand", "EUR", "2026-11-11", [
        L(1, "GJ-TO70-580", "Glass jar 580 ml TO 70 (tray of 12)", 10080, "EA", "0.168", "2026-12-04"),
        L(2, "GJ-LID-TO70-BK", "Twist-off lid TO 70, black", 10080, "EA", "0.049", "2026-12-04"),
    ])
    wd("2026-12-09", "Wed")
    assert 7 * 120 * 12 == 10080
    new = ("Tisztelt Strand Úr!\n\n"
           "Köszönjük megrendelését (4501100169), amelyet az alábbiak szerint igazolunk vissza:\n\n"
           "– 580 ml-es befőttesüveg TO 70: 10 080 db (7 raklap × 120 tálca × 12 db), 0,168 EUR/db a 2026.10.20-i "
           "ajánlatunk szerint (érvényes 2026.12.31-ig);\n"
           "– TO 70 fekete lapka: 10 080 db, 0,049 EUR/db.\n\n"
           "Szállítás mindkét tételre: 2026. december 9. (szerda). A december 4-i időpontot sajnos nem tudjuk "
           "tartani.\n\n"
           "Üdvözlettel:\nSzabó Péter\nértékesítés\nMátra Csomagolás Kft., Gyöngyös\n")
    body = outlook(new, po, "2026. november 11., szerda 13:05", lang="hu", charset="windows-1250",
                   boundary="_000_BE1P281MB2345E7F8A9B0C1D2BE1P281MB2345DEUP_", body_lang="HU",
                   to_line="rendeles@matracsomagolas.example")
    h = thread_headers(po, mime.addr("Szabó Péter", "szabo.peter@matracsomagolas.example", "windows-1250"),
                       "Mikkel Strand <mikkel.strand@corvane.example>", "VS: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 15, 18, 2, "+0100"),
                       "<BE1P281MB2345E7F8A9B0C1D2@BE1P281MB2345.DEUP281.PROD.OUTLOOK.example>")
    exp = expected("confirmation", "Hungarian year-first dates. Both lines delivered 2026. december 9. (changed date); "
                   "prices as ordered. Offer date 2026.10.20 and validity 2026.12.31 are not delivery dates; "
                   "'7 raklap × 120 tálca × 12 db' multiplies to the PO quantity.",
                   [conf(po["po_number"], {1: chg(10080, "0.168", "2026-12-09"), 2: chg(10080, "0.049", "2026-12-09")})])
    return case("jars-offer-validity-hungarian", "Hungarian reply with an offer date and a 'valid until' date beside "
                "the real delivery date, plus pallet x tray x piece arithmetic.", [po], mime.message(h, body), exp)


def c_csv_gb():
    s = sup("MIDLS", "Midlands Lab Supplies Ltd", "sales@midlandslab.example", "en-GB")
    po = PO("4501100170", s, "Tom Whitfield", "GBP", "2026-11-11", [
        L(1, "LAB-VFL-100-A", "Volumetric flask 100 ml cl. A, NS 12/21 (pk 12)", 48, "EA", "3.95", "2026-12-07"),
        L(2, "LAB-FUN-75", "Glass funnel 75 mm, short stem (pack of 12)", 24, "EA", "2.10", "2026-12-07"),
        L(3, "LAB-WGL-80", "Watch glass 80 mm (pack of 12)", 36, "EA", "0.95", "2026-12-07"),
    ])
    csv_text = ('"SO Number","Line","Customer PO","Customer Item","Our Item","Description","Qty","UOM","Unit Price",'
                '"Line Value","Despatch Date","Delivery Date"\r\n'
                '"SO-118274",1,"4501100170","LAB-VFL-100-A","MLS-VF100A-12","Vol. flask 100ml cl.A NS12/21 pk12",4,"PK",'
                '47.40,189.60,"04/12/2026","07/12/2026"\r\n'
                '"SO-118274",2,"4501100170","LAB-FUN-75","MLS-FN75-12","Funnel 75mm short stem pk12",2,"PK",26.40,52.80,'
                '"04/12/2026","07/12/2026"\r\n'
                '"SO-118274",3,"4501100170","LAB-WGL-80","MLS-WG80-12","Watch glass 80mm pk12",3,"PK",11.40,34.20,'
                '"07/12/2026","08/12/2026"\r\n')
    assert round(47.40 / 12, 4) == 3.95 and round(26.40 / 12, 4) == 2.2 and round(11.40 / 12, 4) == 0.95
    text = ("Dear Customer,\n\n"
            "Thank you for your order. Please find attached our Sales Order Acknowledgement SO-118274 for your "
            "purchase order 4501100170.\n\n"
            "Please check the details carefully and notify us of any discrepancies within 2 working days.\n\n"
            "Midlands Lab Supplies Ltd | Unit 3, Tameside Park, Birmingham B6 7XX | VAT GB 123 4567 89\n\n"
            "This is an automated message sent from Sage 200. Replies to this address are not monitored.\n")
    body = mime.multipart("mixed", [mime.text(text, charset="us-ascii", cte="7bit"),
                                    mime.attachment(csv_text.encode("ascii"), "text/csv", "SO-118274.csv")],
                          "=_NextPart_SAGE200_118274_20261112")
    h = [("From", "Midlands Lab Supplies <noreply@midlandslab.example>"), ("To", "tom.whitfield@corvane.example"),
         ("Subject", "Sales Order Acknowledgement SO-118274 (Your ref: 4501100170)"),
         ("Date", mime.date(2026, 11, 12, 16, 2, 10, "+0000")),
         ("Message-ID", "<SO-118274.638670301301234567@sage200.midlandslab.example>")]
    exp = expected("confirmation", "Unthreaded ERP mail with a CSV in packs (PK) of 12 against a PO in pieces: 4 PK = 48, "
                   "47.40/PK = 3.95 (same); 2 PK = 24 at 26.40/PK = 2.20 (changed); 3 PK = 36, delivery 08/12/2026 "
                   "(despatch 07/12 loses to delivery). Day-first dates. 'NS12/21' is a joint size.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: chg(24, "2.20", "2026-12-07"),
                                           3: chg(36, "0.95", "2026-12-08")})])
    return case("glassware-csv-packs-of-12", "ERP CSV acknowledgment counting packs of 12 with prices per pack, "
                "despatch and delivery columns in day-first format.", [po], mime.message(h, body), exp)


def c_forward_nz():
    s = sup("KIWAG", "Kiwi Agri Parts Ltd", "sales@kiwiagri.example", "en-NZ")
    po = PO("4501100171", s, "Priya Nair", "USD", "2026-11-10", [
        L(1, "AG-HUB-DISC-6B", "Disc harrow hub assembly, 6-bolt", 20, "EA", "84.00", "2026-12-18"),
        L(2, "AG-SCRP-DISC", "Disc scraper blade, spring steel", 100, "EA", "5.60", "2026-12-18"),
    ])
    text = ("Hi Priya,\n\n"
            "Just forwarding what the warehouse came back with - I'll get you a proper confirmation once Dave signs "
            "off on the pricing, hopefully Monday.\n\n"
            "Cheers,\nSam\n\n"
            "---------- Forwarded message ---------\n"
            "From: Warehouse Hamilton <warehouse@kiwiagri.example>\n"
            "Date: Thu, 12 Nov 2026 at 4:10 PM\n"
            "Subject: RE: stock check 4501100171\n"
            "To: Sam Wilson <sam.wilson@kiwiagri.example>\n\n"
            "Sam,\n\n12 of the hubs on the shelf, rest comes ex our Aussie supplier, no ETA yet. Scrapers fine, 100 in "
            "stock, could go out next week.\n"
            "Heads up - supplier's put the hubs up 8% from 1 Dec, check with Dave before you confirm anything.\n\n"
            "Rangi\nWarehouse Hamilton\n\n"
            "---------- Forwarded message ---------\n"
            "From: Priya Nair <priya.nair@corvane.example>\n"
            "Date: Tue, 10 Nov 2026 at 9:02 PM\n"
            "Subject: PO 4501100171 - please confirm\n"
            "To: <sales@kiwiagri.example>\n\n" + request_text(po))
    body = mime.text(text, charset="UTF-8", cte="quoted-printable")
    h = thread_headers(po, mime.addr("Sam Wilson", "sam.wilson@kiwiagri.example"),
                       "Priya Nair <priya.nair@corvane.example>", "Fwd: RE: stock check 4501100171",
                       mime.date(2026, 11, 12, 17, 25, 40, "+1300"),
                       "<CAR9aB2uD5cF0eG3xA4lY7bP1vW6hK8mNo9@mail.gmail.example>")
    exp = expected("needs_review", "Salesperson forwards an internal warehouse note (12 of 20 hubs in stock, no ETA, "
                   "+8 % pending) and says a proper confirmation follows after price sign-off: nothing is committed.")
    return case("agri-forwarded-warehouse-note", "Forwarded internal stock check with partial quantities and a "
                "price rise, explicitly not yet a confirmation.", [po], mime.message(h, body), exp)


def c_rebar_de_kg():
    s = sup("STKRR", "Stahlkontor Ruhr GmbH", "vertrieb@stahlkontor-ruhr.example", "de-DE")
    po = PO("4501100172", s, "Lena Hoffmann", "EUR", "2026-11-11", [
        L(1, "RB-B500B-10", "Rebar B500B dia 10 mm, bars 12 m, EN 10080", 20000, "KG", "0.710", "2026-12-08"),
        L(2, "RB-B500B-20", "Rebar B500B dia 20 mm, bars 12 m, EN 10080", 12000, "KG", "0.695", "2026-12-08"),
        L(3, "RB-MESH-Q188A", "Welded mesh Q188A 6000x2300 mm", 80, "EA", "38.50", "2026-12-08"),
    ])
    assert kw(2026, 50, 2) == wd("2026-12-08", "Tue")
    new = ("Sehr geehrte Frau Hoffmann,\n\n"
           "zu Ihrer Bestellung 4501100172:\n\n"
           "Pos. 1  BSt 500 B Ø 10, 12 m: 20 t zu 705,00 €/t, Lieferung Dienstag, KW 50\n"
           "Pos. 2  BSt 500 B Ø 20, 12 m: 12 t zu 695,00 €/t, ebenfalls Dienstag KW 50\n"
           "Pos. 3  Matten Q188A: Termin wird nächste Woche bestätigt, das Werk hat den Walzplan für Dezember noch "
           "nicht freigegeben.\n\n"
           "Preise frei Lager Rotterdam, Legierungszuschlag Dezember inklusive. Abnahmeprüfzeugnisse 3.1 nach "
           "EN 10204 liegen der Lieferung bei.\n\n"
           "Mit freundlichen Grüßen\n\nJörg Klein\nVerkauf Betonstahl\nStahlkontor Ruhr GmbH · Hafenstraße 17 · "
           "47119 Duisburg\n")
    body = outlook(new, po, "Mittwoch, 11. November 2026 16:40", lang="de", charset="iso-8859-15",
                   boundary="_000_FR3P281MB1234A0B1C2D3E4F5FR3P281MB1234DEUP_", body_lang="DE")
    h = thread_headers(po, mime.addr("Jörg Klein", "joerg.klein@stahlkontor-ruhr.example", "iso-8859-15"),
                       "Lena Hoffmann <lena.hoffmann@corvane.example>", "AW: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 8, 27, 14, "+0100"),
                       "<FR3P281MB1234A0B1C2D3E4F5@FR3P281MB1234.DEUP281.PROD.OUTLOOK.example>")
    exp = expected("confirmation", "Price per tonne on a PO in kg: 705,00 €/t = 0.705/kg (changed), 695,00 €/t = 0.695 "
                   "(same). 'Dienstag, KW 50' names the day = 2026-12-08 (= requested). 20 t / 12 t = PO kg. Mesh "
                   "'wird nächste Woche bestätigt' -> unconfirmed. 'Q188A', 'EN 10204 3.1' are traps.",
                   [conf(po["po_number"], {1: chg(20000, "0.705", "2026-12-08"), 2: acc(po["lines"][1]), 3: UNC})])
    return case("rebar-per-tonne-tuesday-kw50", "German rebar reply with prices per tonne against a PO in kg, "
                "'Dienstag, KW 50' and one line to be confirmed next week.", [po], mime.message(h, body), exp)


def c_two_open_one_answered_ko():
    s = sup("DSFLT", "대성필터 주식회사", "export@daesungfilter.example", "ko-KR")
    po1 = PO("4501100173", s, "Jonas Berg", "USD", "2026-11-04", [
        L(1, "HV-HEPA-H13-610", "HEPA filter H13 610x610x292", 10, "EA", "132.00", "2026-12-18"),
    ])
    po2 = PO("4501100174", s, "Jonas Berg", "USD", "2026-11-11", [
        L(1, "HV-PRE-G4-592-B6", "Pleated prefilter G4 592x592x48 (box of 6)", 120, "EA", "6.80", "2026-12-18"),
        L(2, "HV-MED-F7-ROLL", "Filter media F7, roll 2 m x 20 m", 4, "ROL", "215.00", "2026-12-18"),
    ])
    wd("2026-12-23", "Wed")
    new = ("Jonas Berg 님께,\n\n"
           "발주서 4501100174 관련하여 아래와 같이 확인드립니다.\n\n"
           "1. 프리필터 G4 592x592x48: 120개 (20박스 x 6개), 단가 USD 6.80\n"
           "2. 필터 미디어 F7 (2m x 20m): 4롤, 단가 USD 221.00 (원자재 가격 인상)\n\n"
           "납기: 12월 23일(수) 로테르담 창고 도착 예정입니다.\n\n"
           "감사합니다.\n\n이서연 드림\n해외영업팀 | 대성필터 주식회사\nTel. +82 31 555 7720\n")
    body = outlook(new, po2, "2026년 11월 11일 수요일 오후 5:30", lang="ko", charset="utf-8",
                   boundary="_000_SL2P216MB1876C3D4E5F6A7B8SL2P216MB1876KORP_", body_lang="KO")
    h = thread_headers(po2, mime.addr("이서연", "seoyeon.lee@daesungfilter.example"),
                       "Jonas Berg <jonas.berg@corvane.example>", "RE: " + subj(po2["po_number"]),
                       mime.date(2026, 11, 12, 10, 12, 55, "+0900"),
                       "<SL2P216MB1876C3D4E5F6A7B8@SL2P216MB1876.KORP216.PROD.OUTLOOK.example>")
    exp = expected("confirmation", "Two open POs; only 4501100174 is answered (HEPA PO 4501100173 is not mentioned, so it "
                   "is left out). '12월 23일(수)' without year = 2026-12-23 for both lines; media price 221.00. "
                   "'20박스 x 6개' = 120 as ordered.",
                   [conf("4501100174", {1: chg(120, "6.80", "2026-12-23"), 2: chg(4, "221.00", "2026-12-23")})])
    return case("hvac-two-open-one-answered-korean", "Korean reply answering one of two open POs, with a weekday-"
                "marked date without year.", [po1, po2], mime.message(h, body), exp)


def c_erp_pdf_us():
    s = sup("RWSOL", "Redwood Solar Components Inc.", "orders@redwoodsolar.example", "en-US")
    po = PO("4501100175", s, "Jonas Berg", "USD", "2026-11-09", [
        L(1, "PV-INV-10K-3P", "String inverter 10 kW 3-phase, 2 MPPT", 8, "EA", "1125.00", "2026-12-18"),
        L(2, "PV-OPT-450", "Power optimizer 450 W", 64, "EA", "42.00", "2026-12-18"),
        L(3, "PV-MON-GW-2", "Monitoring gateway, gen 2", 8, "EA", "96.00", "2026-12-18"),
    ])
    wd("2026-12-04", "Fri")
    cols = [("Ln", 40), ("Your Part", 62), ("Our Part", 140), ("Description", 205), ("Qty", 370),
            ("Unit Price", 400), ("Ext. Price", 455), ("Ship Date", 510)]
    rows = [["10", "PV-INV-10K-3P", "RS-INV10-3P-B", "Inverter 10kW 3ph 2MPPT", "8 EA", "1,125.00", "9,000.00", "12/04/2026"],
            ["20", "PV-OPT-450", "RS-OPT450-H", "Optimizer 450W", "64 EA", "42.00", "2,688.00", "12/04/2026"],
            ["30", "PV-MON-GW-2", "RS-GW2", "CANCELLED - item no longer produced", "0 EA", "", "0.00", ""]]
    ops = pdf.table_page(
        [("REDWOOD SOLAR COMPONENTS INC.", 13, True), ("4410 N. Blackstone Ave, Fresno, CA 93726  |  (559) 555-0140", 8, False),
         ("SALES ORDER ACKNOWLEDGMENT   SO# 77120-A", 12, True),
         ("Order Date: 11/10/2026     Customer PO: 4501100175     Ship Via: Best Way / LTL + ocean", 9, False),
         ("Bill To / Ship To: Corvane Group, Havenweg 12, 3089 Rotterdam, NL", 9, False)],
        cols, rows,
        [("Order Total: 11,688.00 USD", 9, True),
         ("Line 30: gateway gen 2 discontinued by manufacturer; replacement MG-3 quoted separately (Q-26-1192).", 8, False),
         ("Terms: Net 30.  FOB Origin Fresno, CA.  Quote Q-26-1180 valid until 12/31/2026.", 8, False),
         ("Ship dates are estimated dates of shipment from our facility.", 8, False)])
    assert 8 * 1125 + 64 * 42 == 11688
    data = pdf.build([ops], title="SO 77120-A", producer="Acumatica Report Engine", created="D:20261110214500-08'00'")
    text = ("Thank you for your order!\n\nAttached is the acknowledgment for sales order 77120-A "
            "(your PO 4501100175). Please review and contact your sales representative with any questions.\n\n"
            "Redwood Solar Components Inc.\n")
    html = ("<html><body><p>Thank you for your order!</p><p>Attached is the acknowledgment for sales order "
            "<b>77120-A</b> (your PO 4501100175). Please review and contact your sales representative with any "
            "questions.</p><p>Redwood Solar Components Inc.</p></body></html>")
    body = mime.multipart("mixed", [
        mime.multipart("alternative", [mime.text(text, charset="us-ascii", cte="7bit"),
                                       mime.text(html, "html", "us-ascii", "7bit")], "alt-77120A-b2"),
        mime.attachment(data, "application/pdf", "SO_77120-A_Acknowledgment.pdf")], "mix-77120A-b1")
    h = [("From", "Redwood Solar Orders <no-reply@redwoodsolar.example>"), ("To", "jonas.berg@corvane.example"),
         ("Subject", "Order Acknowledgment SO# 77120-A for PO 4501100175"),
         ("Date", mime.date(2026, 11, 10, 21, 45, 33, "-0800")),
         ("Message-ID", "<so77120a.ack.20261110214533@erp.redwoodsolar.example>"),
         ("Auto-Submitted", "auto-generated")]
    exp = expected("confirmation", "Automatic ERP mail (Auto-Submitted) whose PDF commits: lines 10/20 as ordered but "
                   "only a ship date 12/04/2026 (US month-first = 4 Dec), which is the date; line 30 cancelled, no "
                   "longer produced -> rejected. Quote validity 12/31/2026 is a trap.",
                   [conf(po["po_number"], {1: chg(8, "1125.00", "2026-12-04"), 2: chg(64, "42.00", "2026-12-04"),
                                           3: REJ})])
    return case("solar-erp-pdf-no-longer-produced", "Auto-generated ERP acknowledgment (not an auto-reply) with US "
                "ship dates only and a line cancelled as no longer produced.", [po], mime.message(h, body), exp)


def c_lead_time_fr():
    s = sup("FILND", "Filatures du Nord SAS", "adv@filaturesdunord.example", "fr-FR")
    po = PO("4501100176", s, "Mikkel Strand", "EUR", "2026-11-12", [
        L(1, "YRN-WOOL-228-NAT", "Wool yarn Nm 2/28 natural, cone 1 kg (box of 24)", 240, "EA", "18.40", "2026-12-11"),
        L(2, "YRN-WOOL-228-NVY", "Wool yarn Nm 2/28 dyed navy, cone 1 kg (box of 24)", 96, "EA", "21.90", "2026-12-11"),
    ])
    mail_day = "2026-11-13"
    wd(mail_day, "Fri")
    five_weeks = plus_days(mail_day, 35)
    assert five_weeks == wd("2026-12-18", "Fri")
    new = ("Bonjour Monsieur Strand,\n\n"
           "Bien reçu votre commande 4501100176, merci.\n\n"
           "Le naturel Nm 2/28 (240 cônes, soit 10 cartons de 24) est disponible sur stock et partira de chez nous "
           "le 11 décembre comme demandé.\n"
           "Pour le marine, la teinture se fait à la commande : délai de 5 semaines à compter de ce jour, même prix, "
           "96 cônes (4 cartons).\n\n"
           "Cordialement,\nJulien Dupuis\nADV – Filatures du Nord SAS\n59200 Tourcoing\n")
    body = gmail(new, po, "Le jeu. 12 nov. 2026 à 17:20, Mikkel Strand <mikkel.strand@corvane.example> a écrit :",
                 boundary="000000000000f4a5b60623fd4e5f")
    h = thread_headers(po, mime.addr("Julien Dupuis", "julien.dupuis@filaturesdunord.example"),
                       "Mikkel Strand <mikkel.strand@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 13, 10, 4, 51, "+0100"),
                       "<CAS0bC3vE6dG1fH4yB5mZ8cQ2wX7iL9nOp0@mail.gmail.example>")
    exp = expected("confirmation", "Line 1 ships 11 December (ship date only = the date, equals requested). Line 2 "
                   "'5 semaines à compter de ce jour' from the Date header Fri 2026-11-13 = 2026-12-18. 'Nm 2/28' "
                   "is a yarn count, not 28 February.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: chg(96, "21.90", five_weeks)})])
    return case("yarn-lead-time-five-weeks", "French lead time '5 semaines à compter de ce jour' counted from the "
                "Date header, beside a ship date and a yarn count like 2/28.", [po], mime.message(h, body), exp)


CASES = [c_bottom_post_ee, c_choc_frbe, c_pdf_tj_it, c_jars_validity_hu, c_csv_gb, c_forward_nz, c_rebar_de_kg,
         c_two_open_one_answered_ko, c_erp_pdf_us, c_lead_time_fr]
