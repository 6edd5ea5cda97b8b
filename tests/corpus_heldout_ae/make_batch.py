#!/usr/bin/env python3
"""Batch AE: held-out supplier replies to purchase orders.

Standard library only and fully deterministic: fixed MIME boundaries, fixed
Message-IDs, fixed zip timestamps.  Run:  python3 make_batch.py
It (re)writes cases/NNN-slug/{message.eml,pos.json,expected.json} and README.md.
"""
from __future__ import annotations

import datetime as dt
from datetime import timedelta
from pathlib import Path

from aelib import *  # noqa: F401,F403
from aelib import (ACC, REJ, UNC, D, Buyer, MailDate, PO, Supplier, addr, apple_plain, attach, case, chg, conf,
                   confirmation, delivery_status, esc, gmail_alt, hdr, html, iso, make_pdf, make_xlsx, message,
                   multipart, next_on_or_after, next_weekday, other, outlook_alt, outlook_html_doc, mso_paras,
                   per, pct, quote_gt, reply_headers, request_message, rfc822, table_pdf, text,
                   text_to_html_lines, thunderbird_plain, wd, week_day, write_all, Bold, Page, outlook_block,
                   outlook_block_html, sent_stamp)

ROOT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- our buyers (we are the customer)
B_MUSIC = Buyer("Megan Clarke", "megan.clarke@tonewood-retail.example", "Tonewood Music Retail Ltd",
                "+44 121 496 0732")
B_BIKE = Buyer("Jonas Berg", "jonas.berg@velocita-cycles.example", "Velocita Cycles Inc.", "+1 303 555 0148")
B_FOOD = Buyer("Priya Shah", "priya.shah@larderco.example", "Larder & Co Foods Ltd", "+44 20 7946 0321")
B_WINE = Buyer("Tom Aldridge", "tom.aldridge@cellarstreet.example", "Cellar Street Wines Ltd", "+44 131 496 0877")
B_MED = Buyer("Sara Lindqvist", "sara.lindqvist@medimove.example", "MediMove Clinics Group", "+1 617 555 0190")
B_MARINE = Buyer("Ewan MacLeod", "ewan.macleod@bluewater-yachts.example", "Bluewater Yacht Services Ltd",
                 "+44 1475 555 214")
B_PACK = Buyer("Anna Novak", "anna.novak@packline.example", "Packline Logistics GmbH", "+49 40 555 81230")
B_GARDEN = Buyer("Oliver Grant", "oliver.grant@greenthumb-stores.example", "GreenThumb Stores Ltd",
                 "+44 117 496 0555")
B_IND = Buyer("Martin Keller", "martin.keller@kestrel-ind.example", "Kestrel Industrial Group", "+49 711 555 3920")
B_OFFICE = Buyer("Kevin Doyle", "kevin.doyle@harlow-office.example", "Harlow Office Services", "+1 212 555 0167")
B_GLASS = Buyer("Helen Price", "helen.price@arcadia-facades.example", "Arcadia Facades Ltd", "+44 161 496 0420")
B_FRESH = Buyer("Luis Ortega", "luis.ortega@greenleaf-kitchens.example", "Greenleaf Kitchens LLC",
                "+1 415 555 0133")
B_WATER = Buyer("Katrin Vogt", "katrin.vogt@aquaclara-utilities.example", "AquaClara Utilities GmbH",
                "+49 89 555 71240")


def R(po, day, hh, mm, ss, tz):
    """MailDate in Nov 2026."""
    return MailDate(2026, 11, day, hh, mm, ss, tz)


# ====================================================================== cases 001-015

@case("001-guitar-strings-outlook-all-ok", "confirmation", "en-GB",
      "Plain 'all four lines confirmed' but the mail also names a dispatch date two days before the delivery date; "
      "string gauges like 10-46 look like ranges.")
def c001():
    sup = Supplier("BRIGHTWELL", "Brightwell Music Distribution Ltd", "orders@brightwell-music.example", "en-GB")
    po = PO("4500031001", sup, B_MUSIC, "GBP", "2026-11-02", [
        ("EXL110-10/46", "Electric guitar strings 10-46, nickel wound", 120, "SET", "4.85", "2026-11-27"),
        ("DH-PS3-14", "Drum head 14in coated, 2-ply", 24, "EA", "18.40", "2026-11-27"),
        ("CAP-SG-6", "Capo for steel-string guitar", 40, "EA", "7.95", "2026-11-27"),
        ("CBL-XLR-6M", "Microphone cable XLR-XLR 6 m", 50, "EA", "6.20", "2026-11-27"),
    ])
    date = R(po, 3, 11, 42, 7, "+0000")
    wd(D(2026, 11, 27), "Friday")
    wd(D(2026, 11, 25), "Wednesday")
    body = ("Hi Megan,\n\n"
            "Thanks for PO 4500031001 - all four lines are confirmed as ordered, prices as per your PO.\n\n"
            "The consignment will leave our Tamworth warehouse on Wednesday 25th and will be with you on "
            "Friday 27th November (DPD next-day, pallet + 1 carton). We'll send the ASN with tracking once it's "
            "booked.\n\n"
            "Just so you know, the EXL110 10-46 sets are the new 2026 packaging (same barcode).\n\n"
            "Kind regards,\n"
            "Rachel Hughes\n"
            "Sales Office | Brightwell Music Distribution Ltd\n"
            "Unit 9, Centurion Park, Tamworth B77 5PN\n"
            "T: 01827 555 310\n\n"
            "Registered in England & Wales No. 04417823. This e-mail and any attachments are confidential.")
    part = outlook_alt(po, body, "en-GB", boundary="_000_DB9PR02MB7312A1C4E0B3F2D6C9A8DB9PR02MB7312eurp_")
    hdrs = reply_headers(po, ("Rachel Hughes", "rachel.hughes@brightwell-music.example"), date,
                         "<DB9PR02MB7312A1C4E0B3F2D6C9A8@DB9PR02MB7312.eurprd02.prod.outlook.com>",
                         extra=[("Thread-Topic", po.subject), ("Thread-Index", "AQHdT2x1kLmN0pQrSaBcDeFgHiJkLw=="),
                                ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
                                ("X-MS-TNEF-Correlator", "")])
    exp = confirmation("All lines accepted; 25th is the dispatch date, the 27th delivery date equals the PO date.",
                       conf(po, {1: ACC, 2: ACC, 3: ACC, 4: ACC}))
    return [po], message(hdrs, part), exp


@case("002-bearings-erp-pdf-per-100", "confirmation", "de-DE",
      "ERP PDF with positions 10/20/30 and own codes beside ours, prices per 100 pieces, delivery as KW, "
      "packing-unit rounding.")
def c002():
    sup = Supplier("KESSLER", "Wälzlager Kessler GmbH", "auftrag@kessler-waelzlager.example", "de-DE")
    po = PO("4500031002", sup, B_IND, "EUR", "2026-10-29", [
        ("6204-2RS", "Deep groove ball bearing 6204-2RS C3, 20x47x14 mm", 200, "EA", "2.15", "2026-12-04"),
        ("6306-ZZ", "Deep groove ball bearing 6306-ZZ, 30x72x19 mm", 120, "EA", "6.80", "2026-12-04"),
        ("NU207-ECP", "Cylindrical roller bearing NU 207 ECP", 30, "EA", "38.50", "2026-12-04"),
    ])
    date = R(po, 4, 7, 12, 3, "+0100")
    kw49, kw51 = week_day(2026, 49), week_day(2026, 51)
    assert iso(kw49) == "2026-12-04" and iso(kw51) == "2026-12-18"
    cols = [(40, "Pos."), (70, "Artikel-Nr."), (150, "Ihre Art.-Nr."), (220, "Bezeichnung"), (380, "Menge"),
            (415, "ME"), (435, "Preis EUR"), (480, "PE"), (505, "Liefertermin")]
    rows = [
        ["10", "KWL-6204-2RSC3", "6204-2RS", "Rillenkugellager 6204-2RS C3", "200", "St", "215,00", "100", "KW 49/2026"],
        ["20", "KWL-6306-ZZ", "6306-ZZ", "Rillenkugellager 6306-ZZ", "125", "St", "680,00", "100", "KW 51/2026"],
        ["", "", "", "Menge auf VPE 25 St. aufgerundet", "", "", "", "", ""],
        ["30", "KWL-NU207ECP", "NU207-ECP", "Zylinderrollenlager NU 207 ECP", "30", "St", "41,20", "1", "04.12.2026"],
    ]
    footer = ["Gesamtbetrag netto: 5.906,00 EUR zzgl. MwSt.",
              "Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto",
              "Lieferbedingung: FCA Schweinfurt (Incoterms 2020). Liefertermine = Versandtermine ab Werk.",
              "PE = Preiseinheit. Es gelten unsere Allgemeinen Verkaufsbedingungen, Stand 01.2026.",
              "Wälzlager Kessler GmbH - Hafenstraße 12 - 97424 Schweinfurt - HRB 4471 AG Schweinfurt"]
    pdf = table_pdf([("AUFTRAGSBESTÄTIGUNG", True), ("Nr. AB 26-04711 vom 04.11.2026", False),
                     ("Kunde: Kestrel Industrial Group, Kunden-Nr. 20417", False),
                     ("Ihre Bestellung 4500031002 vom 29.10.2026", False),
                     ("Ansprechpartner: Frau J. Brandt, Tel. +49 9721 555-214", False)],
                    cols, rows, footer, title="Auftragsbestätigung AB 26-04711", producer="SAP NetWeaver 7.50",
                    creation="D:20261104071144+01'00'", compress=True, tj=True)
    assert 200 * 2.15 + 125 * 6.80 + 30 * 41.20 == 430 + 850 + 1236
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "anbei erhalten Sie unsere Auftragsbestätigung AB 26-04711 zu Ihrer Bestellung 4500031002.\n"
            "Bitte prüfen Sie die Angaben und teilen Sie uns Abweichungen innerhalb von 3 Werktagen mit.\n\n"
            "Mit freundlichen Grüßen\n"
            "Wälzlager Kessler GmbH\nVertriebsinnendienst\n\n"
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie an vertrieb@kessler-waelzlager.example.\n")
    part = multipart("mixed", [text(body, charset="iso-8859-1", cte="quoted-printable"),
                               attach(pdf, "application/pdf", "AB_26-04711.pdf")],
                     "----=_Part_118832_1650212478.1793768323000")
    hdrs = [("From", addr("Kessler Auftragsbestätigung", "auftrag@kessler-waelzlager.example")),
            ("To", addr(B_IND.name, B_IND.email)),
            ("Subject", hdr("Auftragsbestätigung AB 26-04711 zu Ihrer Bestellung 4500031002", "iso-8859-1")),
            ("Date", date.header),
            ("Message-ID", "<1793768323000.118831.JavaMail.sapsys@erp01.kessler-waelzlager.example>"),
            ("X-Mailer", "SAP NetWeaver 7.50")]
    exp = confirmation(
        "Pos 10 = line 1 at 215,00 per 100 = 2.15, KW 49 Friday = requested date. Pos 20 rounded to VPE 25 "
        "(125), KW 51 -> 2026-12-18. Pos 30 price 41,20 per piece.",
        conf(po, {1: ACC, 2: chg(125, "6.80", kw51), 3: chg(30, "41.20", "2026-12-04")}))
    return [po], message(hdrs, part), exp


@case("003-spices-gmail-cartons-crop-year", "confirmation", "fr-FR",
      "French Gmail reply: carton rounding for one line, a price rise on another, one line cancelled, a common new "
      "delivery date given as a weekday, plus a best-before month and a 'semaine 49' aside.")
def c003():
    sup = Supplier("MARCHAND", "Comptoir des Épices Marchand SARL", "commandes@comptoir-marchand.example", "fr-FR")
    po = PO("4500031003", sup, B_FOOD, "EUR", "2026-11-03", [
        ("SP-PN-TEL", "Black pepper Tellicherry TGSEB, whole", 100, "KG", "14.20", "2026-12-01"),
        ("DF-SULT-9", "Sultana raisins, Turkish No. 9, crop 2026", 60, "KG", "4.35", "2026-12-01"),
        ("DF-APR-3", "Dried apricots Malatya No. 3", 75, "KG", "9.80", "2026-12-01"),
        ("SP-CIN-C5", "Cinnamon Ceylon C5 quills 8 cm", 20, "KG", "31.50", "2026-12-01"),
    ])
    date = R(po, 5, 16, 5, 41, "+0100")
    d = wd(D(2026, 12, 8), "Tuesday")
    body = ("Bonjour Madame Shah,\n\n"
            "Merci pour votre commande 4500031003. Voici notre confirmation :\n\n"
            "- Poivre noir Tellicherry TGSEB : 100 kg (8 cartons de 12,5 kg) à 14,20 €/kg, OK.\n"
            "- Raisins sultanines n° 9 récolte 2026 : conditionnés en cartons de 25 kg, nous livrons donc 75 kg "
            "(3 cartons) au prix de 4,35 €/kg.\n"
            "- Abricots secs Malatya n° 3 : 75 kg, mais le prix passe à 10,40 €/kg suite à la mauvaise récolte "
            "2026 en Turquie.\n"
            "- Cannelle de Ceylan C5 : rupture chez notre fournisseur au Sri Lanka, pas de disponibilité avant la "
            "nouvelle récolte. Nous préférons annuler cette ligne.\n\n"
            "Livraison de l'ensemble le mardi 8 décembre au lieu du 1er : nos tournées de la semaine 49 sont "
            "complètes.\n\n"
            "DLUO des raisins : 10/2027. Conditions de paiement inchangées : 45 jours fin de mois.\n\n"
            "Bien cordialement,\n\n"
            "Claire Dubois\n"
            "Service commercial - Comptoir des Épices Marchand\n"
            "12 rue des Entrepôts, 13015 Marseille\n"
            "Tél. 04 91 55 02 17")
    part = gmail_alt(po, body, "fr", boundary="0000000000004f8e1c0625a1d7b2")
    hdrs = reply_headers(po, ("Claire Dubois", "claire.dubois@comptoir-marchand.example"), date,
                         "<CAH3kP9vQ0wZ7f2xYtLr8mN4sB1aDcE6uJ5hG0oKqW2e9Ry3T@mail.gmail.com>", prefix="Re: ")
    exp = confirmation(
        "Carton of 25 kg rounds 60 -> 75 kg; apricot price 10.40; cinnamon cancelled; all delivered Tue 8 Dec. "
        "DLUO 10/2027 and 'semaine 49' are not commitments.",
        conf(po, {1: chg(100, "14.20", d), 2: chg(75, "4.35", d), 3: chg(75, "10.40", d), 4: REJ}))
    return [po], message(hdrs, part), exp


@case("004-bike-parts-phone-typos", "confirmation", "es-MX",
      "Spanish one-paragraph phone reply with typos and no punctuation; frame sizes 54/56 and 700x28 look like "
      "numbers to read; only the chains get a new date.")
def c004():
    sup = Supplier("RODADA", "Rodada Bicis Distribuidora SA de CV", "ventas@rodada-bicis.example", "es-MX")
    po = PO("4500031004", sup, B_BIKE, "USD", "2026-11-04", [
        ("FR-AL-54", "Aluminium road frame, size 54 cm, matte black", 6, "EA", "289.00", "2026-12-04"),
        ("FR-AL-56", "Aluminium road frame, size 56 cm, matte black", 8, "EA", "289.00", "2026-12-04"),
        ("TY-700x28C", "Tyre 700x28C folding, black", 60, "EA", "21.50", "2026-12-04"),
        ("CH-11S-116", "Chain 11-speed, 116 links", 40, "EA", "17.90", "2026-12-04"),
    ])
    date = R(po, 5, 19, 48, 12, "-0600")
    body = ("ola jonas ok confrimo la orden 4500031004 los cuadors 54 y 56 y las lantas 700x28 todo bien para el 4 "
            "de dic las cadenas de 11v no me llegan asta el 15 dic mismo precio te las mando ese dia saludos\n\n"
            "Enviado desde mi iPhone")
    t = po.sent_dt()
    att = f"El {t.day} nov {t.year}, a la(s) {t.hour}:{t.minute:02d}, {B_BIKE.name} <{B_BIKE.email}> escribió:"
    part = apple_plain(po, body, attrib=att)
    hdrs = reply_headers(po, ("Ramiro Tellez", "ramiro.tellez@rodada-bicis.example"), date,
                         "<6A1F0C2E-91B4-4D7A-8E3B-2F5C9D0A7B41@rodada-bicis.example>", prefix="Re: ",
                         extra=[("X-Mailer", "iPhone Mail (22B91)"), ("Content-Language", "es-MX")])
    exp = confirmation("Frames and tyres as ordered (4 Dec = PO date); chains same price but 15 Dec.",
                       conf(po, {1: ACC, 2: ACC, 3: ACC, 4: chg(40, "17.90", "2026-12-15")}))
    return [po], message(hdrs, part), exp


@case("005-toner-all-lines-but-cents", "confirmation", "en-US",
      "'Confirming all lines' while the cyan toner is listed at $187.46 instead of $187.40; US month-first dates, "
      "ship date before delivery date.")
def c005():
    sup = Supplier("KEYSTONE", "Keystone Imaging Supplies Inc.", "orders@keystone-imaging.example", "en-US")
    po = PO("4500031005", sup, B_OFFICE, "USD", "2026-11-05", [
        ("CF360A", "HP 508A toner cartridge, black", 12, "EA", "142.60", "2026-11-20"),
        ("CF361A", "HP 508A toner cartridge, cyan", 6, "EA", "187.40", "2026-11-20"),
        ("CF362A", "HP 508A toner cartridge, yellow", 6, "EA", "187.40", "2026-11-20"),
        ("T9441", "Epson T9441 ink cartridge black, L", 10, "EA", "64.15", "2026-11-20"),
    ])
    date = R(po, 6, 10, 22, 54, "-0500")
    body = ("Hi Kevin,\n\n"
            "Confirming all lines on PO 4500031005:\n\n"
            "CF360A black x 12 @ $142.60\n"
            "CF361A cyan x 6 @ $187.46\n"
            "CF362A yellow x 6 @ $187.40\n"
            "T9441 black L x 10 @ $64.15\n\n"
            "Ships from our Allentown DC on 11/17/2026 via UPS Ground, estimated delivery 11/20/2026.\n"
            "Terms Net 30 as usual.\n\n"
            "Thanks for the business!\n"
            "Dave Kowalski\n"
            "Inside Sales | Keystone Imaging Supplies\n"
            "(610) 555-0184")
    part = gmail_alt(po, body, "en", boundary="000000000000e3b7d80625a2f419")
    hdrs = reply_headers(po, ("Dave Kowalski", "dkowalski@keystone-imaging.example"), date,
                         "<CAOx7Rk2dPq1M9vFZ0sYbT4nW8eL6jH3cU5gA2iKfN7mXo1B@mail.gmail.com>", prefix="Re: ")
    exp = confirmation("Says 'all lines' but CF361A is priced 187.46 (PO 187.40): changed price; delivery 11/20 = PO.",
                       conf(po, {1: ACC, 2: chg(6, "187.46", "2026-11-20"), 3: ACC, 4: ACC}))
    return [po], message(hdrs, part), exp


@case("006-shackles-rejected-with-alternative", "confirmation", "nl-BE",
      "Flemish Outlook reply: a discontinued shackle is rejected with an alternative article at a price, a "
      "turnbuckle gets a new price and date; dd/mm dates that read as US dates, 'WLL 1,2 t' and '2026-rev2'.")
def c006():
    sup = Supplier("VERMEULEN", "Scheepsbeslag Vermeulen BV", "verkoop@vermeulen-scheepsbeslag.example", "nl-BE")
    po = PO("4500031006", sup, B_MARINE, "EUR", "2026-11-04", [
        ("SH-D-08-316", "D-shackle AISI 316, 8 mm, WLL 750 kg", 50, "EA", "4.60", "2026-12-11"),
        ("SH-D-10-316", "D-shackle AISI 316, 10 mm, WLL 1000 kg", 40, "EA", "6.95", "2026-12-11"),
        ("SH-BOW-12-316", "Bow shackle AISI 316, 12 mm, WLL 1500 kg", 20, "EA", "11.80", "2026-12-11"),
        ("TB-M10-316", "Turnbuckle jaw/jaw M10 AISI 316", 16, "EA", "24.30", "2026-12-11"),
    ])
    date = R(po, 9, 14, 31, 2, "+0100")
    body = ("Beste Ewan,\n\n"
            "Hierbij bevestigen wij uw bestelling 4500031006 als volgt:\n\n"
            "Lijn 1 - D-sluiting 8 mm WLL 750 kg: 50 st. à € 4,60 - levering 11/12/2026.\n"
            "Lijn 2 - D-sluiting 10 mm WLL 1000 kg: helaas niet meer leverbaar, de fabrikant heeft dit model uit "
            "productie genomen. Als alternatief kunnen wij art. VB-5012-10 aanbieden (10 mm, WLL 1,2 t, AISI 316) "
            "aan € 7,45/st. Laat ons maar weten of u dit wenst, dan maken wij een nieuwe bevestiging op.\n"
            "Lijn 3 - Harpsluiting 12 mm WLL 1500 kg: 20 st. à € 11,80 - levering 11/12/2026.\n"
            "Lijn 4 - Spanschroef M10 gaffel/gaffel: 16 st., prijs € 25,10/st. volgens onze prijslijst 2026-rev2, "
            "levering 18/12/2026.\n\n"
            "Alle prijzen excl. btw, franco vanaf € 500.\n\n"
            "Met vriendelijke groeten,\n"
            "Sofie Peeters\n"
            "Binnendienst Verkoop\n"
            "Scheepsbeslag Vermeulen BV | Noorderlaan 147, 2030 Antwerpen\n"
            "T +32 3 555 41 20")
    part = outlook_alt(po, body, "nl-BE", charset="windows-1252",
                       boundary="_000_AM6PR10MB2264D1F5C3B84A2E9F71AM6PR10MB2264EURP_", html_lang="NL-BE")
    hdrs = reply_headers(po, ("Sofie Peeters", "sofie.peeters@vermeulen-scheepsbeslag.example"), date,
                         "<AM6PR10MB2264D1F5C3B84A2E9F71@AM6PR10MB2264.EURPRD10.PROD.OUTLOOK.COM>",
                         prefix="RE: ", charset="windows-1252",
                         extra=[("Thread-Topic", po.subject), ("Thread-Index", "AQHdUE2Vq0H7x1k2Rmq3Zk4F8jY1pQ=="),
                                ("Content-Language", "nl-BE")])
    exp = confirmation("Line 2 rejected (alternative only offered, not confirmed); line 4 new price and 18 Dec; "
                       "11/12/2026 is 11 December.",
                       conf(po, {1: ACC, 2: REJ, 3: ACC, 4: chg(16, "25.10", "2026-12-18")}))
    return [po], message(hdrs, part), exp


@case("007-garden-ooo-de-at", "auto_reply", "de-AT",
      "Austrian out-of-office with two dates and a colleague's address; no word about the order.")
def c007():
    sup = Supplier("TIROLGARDEN", "Tiroler Gartengeräte Handels GmbH", "office@tiroler-garten.example", "de-AT")
    po = PO("4500031007", sup, B_GARDEN, "EUR", "2026-11-09", [
        ("GT-HOE-160", "Draw hoe, 160 mm blade, ash handle", 30, "EA", "12.40", "2026-12-09"),
        ("GT-FORK-4T", "Digging fork, 4 tines, D-handle", 25, "EA", "18.90", "2026-12-09"),
    ], sent_time=(8, 5))
    date = R(po, 9, 8, 5, 41, "+0100")
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "vielen Dank für Ihre Nachricht. Ich bin von 09.11. bis einschließlich 20.11.2026 auf Urlaub und habe "
            "in dieser Zeit keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.\n\n"
            "In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Brigitte Hölzl, "
            "brigitte.hoelzl@tiroler-garten.example, Tel. +43 512 555 318-12.\n\n"
            "Ab Montag, 23.11.2026 bin ich wieder gerne für Sie da.\n\n"
            "Mit freundlichen Grüßen\nMarkus Leitner\nTiroler Gartengeräte Handels GmbH")
    part = multipart("alternative", [text(body, charset="iso-8859-1", cte="quoted-printable"),
                                     html(outlook_html_doc(mso_paras(body), "iso-8859-1", "DE-AT"),
                                          charset="iso-8859-1", cte="quoted-printable")],
                     "_000_VI1PR08MB5325E8A1F0C2B6D4A9E3VI1PR08MB5325eurp_")
    hdrs = reply_headers(po, ("Markus Leitner", "office@tiroler-garten.example"), date,
                         "<VI1PR08MB5325E8A1F0C2B6D4A9E3@VI1PR08MB5325.eurprd08.prod.outlook.com>",
                         subject="Automatische Antwort: " + po.subject, charset="iso-8859-1",
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                ("X-MS-Exchange-Inbox-Rules-Loop", "office@tiroler-garten.example"),
                                ("Content-Language", "de-AT")])
    return [po], message(hdrs, part), other("auto_reply", "Out-of-office until 20.11.2026; dates are absence dates.")


@case("008-stretch-film-shift-jis", "confirmation", "ja-JP",
      "Japanese Shift_JIS/base64 reply: pallet rounding to 108 rolls, a raw-material price rise and a later date "
      "written as 12月17日 without a year; dimensions like 500mm×17μm×300m.")
def c008():
    sup = Supplier("TOHO", "Toho Packaging Materials Co., Ltd.", "eigyo@toho-hoso.example", "ja-JP")
    po = PO("4500031008", sup, B_PACK, "USD", "2026-11-02", [
        ("SF-500-17-300", "Hand stretch film 500 mm x 17 my x 300 m, 3in core", 100, "RL", "9.40", "2026-12-10"),
        ("PT-48-66-CLR", "OPP packaging tape 48 mm x 66 m, clear", 360, "RL", "0.92", "2026-12-10"),
        ("SF-M-450-23", "Machine stretch film 450 mm x 23 my x 1500 m", 24, "RL", "38.00", "2026-12-10"),
    ])
    date = R(po, 5, 13, 20, 9, "+0900")
    body = ("Packline Logistics GmbH\nAnna Novak 様\n\n"
            "いつも大変お世話になっております。\n東邦包装資材 営業部の佐藤でございます。\n\n"
            "ご注文書 4500031008 を確かに拝受いたしました。\n下記の通りお請けいたします。\n\n"
            "1. ハンドストレッチフィルム 500mm×17μm×300m（3インチ紙管）\n"
            "　 数量：108本（1パレット54本入のため、2パレットに切り上げさせていただきます）\n"
            "　 単価：USD 9.40／本\n"
            "　 納期：12月10日\n\n"
            "2. OPPテープ 48mm×66m 透明\n"
            "　 数量：360巻（36巻入×10ケース）\n"
            "　 単価：USD 0.92／巻\n"
            "　 納期：12月10日\n\n"
            "3. 機械用ストレッチフィルム 450mm×23μm×1500m\n"
            "　 数量：24本\n"
            "　 単価：USD 39.50／本（原料価格高騰のため、誠に恐縮ながら改定させていただきます）\n"
            "　 納期：12月17日\n\n"
            "お支払条件は従来通り、月末締め翌月末払いとなります。\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "――――――――――――――――\n東邦包装資材株式会社 営業部\n佐藤 健一\nTEL 06-6555-0123\n"
            "――――――――――――――――\n")
    q = quote_gt(po.request_text())
    full = body + "\n-----Original Message-----\n" + q + "\n"
    part = text(full, charset="shift_jis", cte="base64", quote_charset=False)
    hdrs = reply_headers(po, ("佐藤 健一", "k.sato@toho-hoso.example"), date,
                         "<20261105132009.8F3A2C41B7@toho-hoso.example>", prefix="Re: ", charset="iso-2022-jp",
                         extra=[("X-Mailer", "Becky! ver. 2.81.04")])
    exp = confirmation("Pallet of 54 rounds 100 -> 108; line 3 price 39.50 and 12月17日 -> 2026-12-17.",
                       conf(po, {1: chg(108, "9.40", "2026-12-10"), 2: ACC, 3: chg(24, "39.50", "2026-12-17")}))
    return [po], message(hdrs, part), exp


@case("009-exchange-ndr-recipient-not-found", "bounce", "en-IE",
      "Exchange Online NDR with HTML explanation, a delivery-status part and our original PO mail attached.")
def c009():
    sup = Supplier("SHANNONV", "Shannon Valley Office Interiors Ltd", "orders@shannonvalley-interiors.example",
                   "en-IE")
    po = PO("4500031009", sup, B_OFFICE, "EUR", "2026-11-09", [
        ("OC-ERG-MESH", "Ergonomic office chair, mesh back, 4D arms", 24, "EA", "189.00", "2026-12-14"),
        ("OC-STOOL-H", "Draughtsman stool, height 620-870 mm", 6, "EA", "142.00", "2026-12-14"),
    ], sent_time=(14, 2))
    date = R(po, 9, 14, 2, 51, "+0000")
    dom = "harlow-office.example"
    txt = ("Your message to orders@shannonvalley-interiors.example couldn't be delivered.\n\n"
           "orders wasn't found at shannonvalley-interiors.example.\n\n"
           "Kevin.Doyle  Office 365  orders\nAction Required                      Recipient\n\n"
           "Unknown To address\n\n"
           "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
           "- Send the message again following these steps: ...\n\n"
           "Diagnostic information for administrators:\n\n"
           "Generating server: DM6PR11MB4107.namprd11.prod.outlook.com\n\n"
           "orders@shannonvalley-interiors.example\n"
           "Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
           "orders@shannonvalley-interiors.example not found by SMTP address lookup'\n\n"
           "Original message headers:\n\nMessage-ID: " + po.rid + "\n")
    hbody = ("<html><body><div style=\"font-family:Segoe UI,Arial\"><p><b><font color=\"#000066\" size=\"3\">"
             "Your message to orders@shannonvalley-interiors.example couldn't be delivered.</font></b></p>"
             "<p>orders wasn't found at shannonvalley-interiors.example.</p>"
             "<table><tr><td>Kevin.Doyle</td><td>Office 365</td><td>orders</td></tr>"
             "<tr><td></td><td>Action Required</td><td>Recipient</td></tr></table>"
             "<p><b>Unknown To address</b></p><p>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
             "Recipient orders@shannonvalley-interiors.example not found by SMTP address lookup'</p></div>"
             "</body></html>\n")
    alt = multipart("alternative", [text(txt, charset="us-ascii", cte="7bit"), html(hbody, charset="us-ascii",
                                                                                      cte="quoted-printable")],
                    "_001_DM6PR11MB41075D1E2A3B4C5D6E7F8A9B0C1DM6PR11MB4107namp_")
    ds = delivery_status([("Reporting-MTA", "dns;DM6PR11MB4107.namprd11.prod.outlook.com"),
                          ("Received-From-MTA", "dns;DM6PR11MB4107.namprd11.prod.outlook.com"),
                          ("Arrival-Date", "Mon, 9 Nov 2026 14:02:49 +0000")],
                         [[("Final-Recipient", "rfc822;orders@shannonvalley-interiors.example"),
                           ("Action", "failed"), ("Status", "5.1.10"),
                           ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found "
                                               "by SMTP address lookup")]])
    orig = rfc822(request_message(po, MailDate(2026, 11, 9, 14, 2, 44, "+0000")))
    part = multipart("report", [alt, ds, orig], "_000_DM6PR11MB41075D1E2A3B4C5D6E7F8A9B0C1DM6PR11MB4107namp_",
                     params=" report-type=delivery-status;")
    hdrs = [("From", addr("Microsoft Outlook", f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{dom}")),
            ("To", addr(B_OFFICE.name, B_OFFICE.email)),
            ("Subject", "Undeliverable: " + po.subject),
            ("Date", date.header),
            ("Message-ID", "<7c1b2e0a-4d3f-4e8b-9a61-2f0d5c3b8e17@DM6PR11MB4107.namprd11.prod.outlook.com>"),
            ("In-Reply-To", po.rid), ("References", po.rid),
            ("Auto-Submitted", "auto-replied"), ("Content-Language", "en-US")]
    return [po], message(hdrs, part), other("bounce", "Exchange NDR 5.1.10, recipient not found.")


@case("010-wine-vintage-question", "needs_review", "it-IT",
      "Italian reply that asks whether a missing Barolo 2022 may be completed with the 2021 vintage and withholds "
      "the whole confirmation; vintages and bottle counts look like commitments.")
def c010():
    sup = Supplier("FERRARIS", "Ferraris Vini Distribuzione S.r.l.", "ordini@ferraris-vini.example", "it-IT")
    po = PO("4500031010", sup, B_WINE, "GBP", "2026-11-05", [
        ("BAR-2022-075", "Barolo DOCG 2022, 0.75 l", 72, "BT", "27.50", "2026-12-07"),
        ("BRB-ALBA-2024", "Barbera d'Alba DOC 2024, 0.75 l", 120, "BT", "9.80", "2026-12-07"),
        ("MOS-ASTI-NV", "Moscato d'Asti DOCG, 0.75 l", 60, "BT", "8.20", "2026-12-07"),
    ])
    date = R(po, 6, 9, 55, 30, "+0100")
    body = ("Gentile Sig. Aldridge,\n\n"
            "grazie per l'ordine n. 4500031010.\n\n"
            "Prima di procedere avrei bisogno di una sua indicazione: del Barolo 2022 ci sono rimaste soltanto "
            "48 bottiglie (8 casse da 6). Potremmo completare le 72 bottiglie con l'annata 2021, allo stesso "
            "prezzo, oppure preferisce ricevere solo le 48 bottiglie del 2022?\n\n"
            "Appena ricevo la sua risposta le invio la conferma d'ordine completa con la data di consegna; "
            "Barbera 2024 e Moscato sono comunque disponibili a magazzino.\n\n"
            "Cordiali saluti,\n"
            "Giulia Ferraris\n"
            "Ferraris Vini Distribuzione S.r.l. - Via Roma 21, 12051 Alba (CN)\n"
            "Tel. +39 0173 555 210")
    part = thunderbird_plain(po, body, attrib=f"Il 05/11/2026 09:30, {B_WINE.name} ha scritto:")
    hdrs = reply_headers(po, ("Giulia Ferraris", "giulia@ferraris-vini.example"), date,
                         "<4c7e2a91-0b3d-4f6e-a8c2-9d15e0f7b341@ferraris-vini.example>", prefix="Re: ",
                         extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "it-IT")])
    return [po], message(hdrs, part), other(
        "needs_review", "Asks a question (vintage substitution) and promises the confirmation afterwards; "
                        "stock availability is not a commitment.")


@case("011-orthopaedic-xlsx-erp-split", "confirmation", "pt-BR",
      "ERP XLSX with its own item numbers 10-40, our codes in a separate column, Excel serial dates and a "
      "split delivery shown as two rows of item 20.")
def c011():
    sup = Supplier("ORTOVIDA", "OrtoVida Produtos Ortopédicos Ltda.", "pedidos@ortovida.example", "pt-BR")
    po = PO("4500031011", sup, B_MED, "USD", "2026-11-03", [
        ("ORT-KB-M", "Hinged knee brace, size M", 80, "EA", "23.40", "2026-12-14"),
        ("ORT-KB-L", "Hinged knee brace, size L", 60, "EA", "23.40", "2026-12-14"),
        ("ORT-WS-R-S", "Wrist splint right, size S", 100, "EA", "8.75", "2026-12-14"),
        ("ORT-CC-120", "Soft cervical collar, height 120 mm", 50, "EA", "6.10", "2026-12-14"),
    ])
    date = R(po, 11, 8, 2, 17, "-0300")
    rows = [
        ["OrtoVida Produtos Ortopédicos Ltda. - CONFIRMAÇÃO DE PEDIDO DE VENDA"],
        ["Pedido de venda", "PV-2611-0398", "", "Seu pedido", "4500031011"],
        ["Data", D(2026, 11, 10), "", "Cliente", "MediMove Clinics Group"],
        [],
        [Bold("Item"), Bold("Código OrtoVida"), Bold("Seu código"), Bold("Descrição"), Bold("Qtde"), Bold("Un"),
         Bold("Preço unit. USD"), Bold("Entrega"), Bold("Observação")],
        [10, "OV-JH-220-M", "ORT-KB-M", "Joelheira articulada tam. M", 80, "PC", 23.4, D(2026, 12, 14), ""],
        [20, "OV-JH-220-L", "ORT-KB-L", "Joelheira articulada tam. L", 40, "PC", 23.4, D(2026, 12, 14),
         "1ª entrega"],
        [20, "OV-JH-220-L", "ORT-KB-L", "Joelheira articulada tam. L", 20, "PC", 23.4, D(2027, 1, 11),
         "2ª entrega (saldo)"],
        [30, "OV-TP-114-DP", "ORT-WS-R-S", "Tala de punho direita tam. P", 100, "PC", 8.95, D(2026, 12, 14),
         "Reajuste de preço"],
        [40, "OV-CC-120", "ORT-CC-120", "Colar cervical macio 120 mm", 50, "PC", 6.1, D(2026, 12, 21), ""],
        [],
        ["Condição de pagamento: 28/56 DDL", "", "", "Frete: FOB Campinas"],
        ["Validade da proposta: 30/11/2026"],
    ]
    xlsx = make_xlsx([("Confirmação", rows)], timestamp=(2026, 11, 11, 8, 1, 40))
    body = ("Prezados,\n\n"
            "Segue em anexo a confirmação do pedido de venda PV-2611-0398 referente ao seu pedido de compra "
            "4500031011.\nFavor verificar as datas de entrega programadas.\n\n"
            "Atenciosamente,\nDepartamento Comercial\nOrtoVida Produtos Ortopédicos Ltda.\n"
            "Campinas - SP | +55 19 5555-0142\n")
    part = multipart("mixed", [text(body, charset="iso-8859-1", cte="quoted-printable"),
                               attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "Confirmacao_PV-2611-0398.xlsx")],
                     "=_ortovida_erp_0f3a9c12e7b4")
    hdrs = reply_headers(po, ("OrtoVida Comercial", "pedidos@ortovida.example"), date,
                         "<PV-2611-0398.20261111080217@erp.ortovida.example>",
                         subject="Confirmação do pedido 4500031011 - PV-2611-0398", charset="iso-8859-1",
                         threaded=False, extra=[("X-Mailer", "TOTVS Protheus")])
    exp = confirmation("Line 2 split 40 on 14 Dec + 20 on 11 Jan; line 3 price 8.95; line 4 on 21 Dec. "
                       "'28/56 DDL' are payment days, validity date is not a delivery.",
                       conf(po, {1: ACC,
                                 2: chg(60, "23.40", "2027-01-11", [(40, "2026-12-14"), (20, "2027-01-11")]),
                                 3: chg(100, "8.95", "2026-12-14"), 4: chg(50, "6.10", "2026-12-21")}))
    return [po], message(hdrs, part), exp


@case("012-garden-tools-vecka-backorder", "confirmation", "sv-SE",
      "Swedish: delivery as 'vecka 50/51' (Fridays), one line back-ordered without a date, a new price list "
      "'från 1/11' that is not a delivery date.")
def c012():
    sup = Supplier("NORRTRAD", "Norrlands Trädgårdsredskap AB", "order@norrlands-tradgard.example", "sv-SE")
    po = PO("4500031012", sup, B_GARDEN, "EUR", "2026-11-06", [
        ("GT-SP-1200", "Garden spade, ash handle 1200 mm", 40, "EA", "16.90", "2026-12-11"),
        ("GT-RK-14T", "Leaf rake, 14 tines", 60, "EA", "7.40", "2026-12-11"),
        ("GT-PS-200", "Bypass pruning shears 200 mm", 80, "EA", "11.25", "2026-12-11"),
        ("GT-WB-90", "Wheelbarrow 90 l, galvanised", 12, "EA", "54.00", "2026-12-11"),
    ])
    date = R(po, 10, 10, 17, 26, "+0100")
    v50, v51 = week_day(2026, 50), week_day(2026, 51)
    assert iso(v50) == "2026-12-11"
    body = ("Hej Oliver,\n\n"
            "Tack för beställningen! Vi bekräftar order 4500031012 enligt nedan:\n\n"
            "Rad 1 Spade 1200 mm - 40 st à 16,90 EUR, leverans vecka 50\n"
            "Rad 2 Lövräfsa 14 pinnar - 60 st à 7,40 EUR, leverans vecka 50\n"
            "Rad 3 Sekatör 200 mm - restnoterad, vi återkommer med leveransdatum så snart vi fått besked från "
            "fabriken.\n"
            "Rad 4 Skottkärra 90 l - 12 st, pris 56,50 EUR enligt ny prislista från 1/11, leverans vecka 51\n\n"
            "Med vänliga hälsningar\n"
            "Ingrid Sjöberg\nOrderavdelningen\nNorrlands Trädgårdsredskap AB\nTel 060-555 12 40")
    part = outlook_alt(po, body, "sv-SE", charset="iso-8859-1",
                       boundary="_000_HE1PR07MB3322A9B1C0D2E3F4HE1PR07MB3322eurp_", html_lang="SV")
    hdrs = reply_headers(po, ("Ingrid Sjöberg", "ingrid.sjoberg@norrlands-tradgard.example"), date,
                         "<HE1PR07MB3322A9B1C0D2E3F4A5B6@HE1PR07MB3322.eurprd07.prod.outlook.com>", prefix="SV: ",
                         charset="iso-8859-1", extra=[("Content-Language", "sv-SE")])
    exp = confirmation("vecka 50 = Fri 11 Dec = PO date; line 3 back-ordered without date -> unconfirmed; "
                       "line 4 56.50 and vecka 51 (18 Dec).",
                       conf(po, {1: ACC, 2: ACC, 3: UNC, 4: chg(12, "56.50", v51)}))
    return [po], message(hdrs, part), exp


@case("013-gases-newsletter", "unrelated", "en-ZA",
      "Marketing newsletter from the same gas supplier with festive-season delivery dates and cylinder rental "
      "prices, but no reference to our order.")
def c013():
    sup = Supplier("HIGHVELD", "Highveld Industrial Gases (Pty) Ltd", "sales@highveld-gases.example", "en-ZA")
    po = PO("4500031013", sup, B_IND, "USD", "2026-11-06", [
        ("GAS-AR48-50L", "Argon 4.8, 50 l cylinder, 200 bar", 10, "CYL", "58.00", "2026-11-30"),
        ("GAS-CO2-37KG", "Carbon dioxide, 37 kg cylinder", 6, "CYL", "44.50", "2026-11-30"),
    ])
    date = R(po, 12, 6, 0, 0, "+0200")
    txt = ("HIGHVELD GAS MATTERS - November 2026\n\n"
           "Festive season trading hours\n"
           "Our last deliveries before the break go out on Friday 18 December. Depots reopen on Monday 4 January "
           "2027.\n\n"
           "Argon 4.8 special\n"
           "10% off all 50 l argon cylinders ordered before 30 November - quote NOV-ARGON at checkout.\n\n"
           "Cylinder rental 2027\n"
           "From 1 January 2027 the daily rental for 50 l cylinders changes to R 3,20 per day (VAT excl.).\n\n"
           "Safety corner: always secure cylinders upright with a chain at 2/3 height.\n\n"
           "You are receiving this e-mail because you are a Highveld customer. Unsubscribe: "
           "https://news.highveld-gases.example/u/8842a1\n"
           "Highveld Industrial Gases (Pty) Ltd, 14 Brakpan Road, Benoni 1501, South Africa\n")
    h = ("<html><body style=\"font-family:Arial\"><table width=\"600\" align=\"center\"><tr><td>"
         "<h1 style=\"color:#0a5c8c\">Highveld Gas Matters</h1><p>November 2026</p>"
         "<h2>Festive season trading hours</h2><p>Our last deliveries before the break go out on <b>Friday 18 "
         "December</b>. Depots reopen on Monday 4 January 2027.</p>"
         "<h2>Argon 4.8 special</h2><p>10% off all 50&nbsp;l argon cylinders ordered before 30 November - quote "
         "<b>NOV-ARGON</b>.</p><h2>Cylinder rental 2027</h2><p>From 1 January 2027 the daily rental for 50&nbsp;l "
         "cylinders changes to R&nbsp;3,20 per day (VAT excl.).</p>"
         "<p style=\"font-size:10px\">You are receiving this e-mail because you are a Highveld customer. "
         "<a href=\"https://news.highveld-gases.example/u/8842a1\">Unsubscribe</a></p></td></tr></table>"
         "</body></html>\n")
    part = multipart("alternative", [text(txt, charset="utf-8", cte="quoted-printable"),
                                     html(h, charset="utf-8", cte="quoted-printable")], "b1_a8c3e5f7d9b2c4e6f8a0")
    hdrs = [("From", addr("Highveld Industrial Gases", "news@highveld-gases.example")),
            ("To", B_IND.email),
            ("Subject", "Highveld Gas Matters: festive trading hours & argon special"),
            ("Date", date.header),
            ("Message-ID", "<20261112040000.8842a1.nl@news.highveld-gases.example>"),
            ("List-Unsubscribe", "<https://news.highveld-gases.example/u/8842a1>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"), ("X-Mailer", "phpList v3.6.15")]
    return [po], message(hdrs, part), other("unrelated", "Newsletter; the dates are trading hours, not our order.")


@case("014-glass-panels-gb2312", "confirmation", "zh-CN",
      "Simplified-Chinese GB2312 reply: m2 quantities, a price change on the laminated line, a later date on the "
      "10 mm line, plus a quote validity date and a factory holiday window.")
def c014():
    sup = Supplier("HUAJING", "Qingdao Huajing Glass Co., Ltd.", "sales@huajing-glass.example", "zh-CN")
    po = PO("4500031014", sup, B_GLASS, "USD", "2026-11-02", [
        ("GL-TMP-8-CLR", "Tempered glass 8 mm clear, 1200x2400 mm", 180, "M2", "23.50", "2027-01-15"),
        ("GL-LAM-8.76", "Laminated glass 8.76 mm (4+4+0.76 PVB)", 120, "M2", "31.80", "2027-01-15"),
        ("GL-TMP-10-UC", "Tempered glass 10 mm ultra-clear", 60, "M2", "38.90", "2027-01-15"),
    ])
    date = R(po, 6, 15, 40, 12, "+0800")
    body = ("Helen 您好，\n\n"
            "感谢贵司订单 4500031014，现确认如下：\n\n"
            "1. 8mm 透明钢化玻璃 1200x2400mm：180 平方米，单价 USD 23.50/平方米，交货期 2027年1月15日。\n"
            "2. 8.76mm 夹胶玻璃（4+4+0.76PVB）：120 平方米，因PVB胶片涨价，单价调整为 USD 33.20/平方米，"
            "交货期 2027年1月15日。\n"
            "3. 10mm 超白钢化玻璃：60 平方米，单价 USD 38.90/平方米，交货期 2027年1月22日。\n\n"
            "以上价格为 FOB 青岛，付款方式：30% 预付，70% 见提单副本付款。本报价有效期至2026年11月30日。\n"
            "另请注意：春节期间（2027年2月6日至2月17日）工厂停产。\n\n"
            "如有问题请随时联系。\n\n"
            "王丽\n青岛华晶玻璃有限公司 外贸部\n电话：+86 532 5555 0186\n")
    q = quote_gt(po.request_text())
    full = body + "\n------------------ 原始邮件 ------------------\n" + q + "\n"
    part = multipart("alternative",
                     [text(full, charset="gb2312", cte="base64"),
                      html("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                           "</head><body>" + text_to_html_lines(body) + "<div><br></div><div>------------------ "
                           "原始邮件 ------------------</div><blockquote>" + text_to_html_lines(po.request_text())
                           + "</blockquote></body></html>\n", charset="gb2312", cte="base64")],
                     "----=_NextPart_6577A3B4_0A1C2D3E_5F6A7B8C")
    hdrs = reply_headers(po, ("王丽", "wangli@huajing-glass.example"), date,
                         "<tencent_5F2A8C31D7E94B06A1C3F2E8@qq.example>", prefix="回复：", charset="gb2312",
                         extra=[("X-Mailer", "Foxmail 7.2.25.228")])
    exp = confirmation("Laminated line 33.20/m2; 10 mm line 2027-01-22; validity 30 Nov and Chinese New Year are "
                       "not delivery dates.",
                       conf(po, {1: ACC, 2: chg(120, "33.20", "2027-01-15"), 3: chg(60, "38.90", "2027-01-22")}))
    return [po], message(hdrs, part), exp


@case("015-switchgear-weeks-from-po-date", "confirmation", "en-US",
      "Lead times stated as '14 weeks / 12 weeks from PO date (10/28)' and a spare part that 'ships with the "
      "switchboard'; quote validity and submittal timing are distractions.")
def c015():
    sup = Supplier("PINNACLE", "Pinnacle Switchgear Solutions LLC", "orders@pinnacle-switchgear.example", "en-US")
    po = PO("4500031015", sup, B_IND, "USD", "2026-10-28", [
        ("SWG-LV-4000A", "LV main switchboard 4000 A, 480 V, 5 sections", 1, "EA", "86500.00", "2027-01-29"),
        ("MCC-12B", "Motor control center, 12 buckets, NEMA 1", 2, "EA", "41200.00", "2027-01-29"),
        ("SP-BRK-800", "Spare breaker 800 A frame, draw-out", 4, "EA", "6350.00", "2027-01-29"),
    ])
    date = R(po, 11, 16, 48, 3, "-0600")
    d1 = D(2026, 10, 28) + timedelta(weeks=14)
    d2 = D(2026, 10, 28) + timedelta(weeks=12)
    assert iso(d1) == "2027-02-03" and iso(d2) == "2027-01-20"
    body = ("Martin,\n\n"
            "Thanks for the order. Engineering has reviewed the one-lines (drawing set 2026-A) and we accept "
            "PO 4500031015 as follows:\n\n"
            "1) 4000A switchboard, 480V, 5 sections - 1 ea @ $86,500.00. Lead time 14 weeks from your PO date "
            "(10/28), ex works Houston.\n"
            "2) MCC, 12 buckets - 2 ea @ $41,200.00. Lead time 12 weeks from PO date.\n"
            "3) 800A spare breakers - 4 ea @ $6,350.00. These are stock items; we will ship them together with the "
            "switchboard to save you a second freight charge.\n\n"
            "Submittal drawings will follow within 3 weeks. Pricing per quote Q-26-1187 (valid through 12/31/2026), "
            "terms 30% down / net 30.\n\n"
            "Regards,\n"
            "Brian Castillo\nProject Sales Manager\nPinnacle Switchgear Solutions LLC\nHouston, TX | 713-555-0171")
    part = outlook_alt(po, body, "en-US", boundary="_000_SA1PR12MB6894C2E7A9F04B3D8E15SA1PR12MB6894namp_",
                       html_lang="EN-US")
    hdrs = reply_headers(po, ("Brian Castillo", "bcastillo@pinnacle-switchgear.example"), date,
                         "<SA1PR12MB6894C2E7A9F04B3D8E15@SA1PR12MB6894.namprd12.prod.outlook.com>",
                         extra=[("Content-Language", "en-US")])
    exp = confirmation("14 weeks after 2026-10-28 = 2027-02-03 (line 1 and line 3 which ships with it); "
                       "12 weeks = 2027-01-20.",
                       conf(po, {1: chg(1, "86500.00", d1), 2: chg(2, "41200.00", d2), 3: chg(4, "6350.00", d1)}))
    return [po], message(hdrs, part), exp


# ====================================================================== cases 016-030

@case("016-chains-partial-shipped-rest-later", "confirmation", "pl-PL",
      "Polish: 60 of 100 chains already shipped two days ago (ship date only), the rest on a later date, quick "
      "links shipped with the first part at a new price list; a DPD tracking number full of digits.")
def c016():
    sup = Supplier("VELOCZESCI", "Velo-Części Sp. z o.o.", "zamowienia@veloczesci.example", "pl-PL")
    po = PO("4500031016", sup, B_BIKE, "EUR", "2026-10-26", [
        ("CH-KMC-X11", "Chain KMC X11, 11-speed, 118 links", 100, "EA", "19.60", "2026-11-20"),
        ("CH-KMC-X12", "Chain KMC X12, 12-speed, 126 links", 60, "EA", "31.90", "2026-11-20"),
        ("CL-QL-11", "Quick link 11-speed (pair)", 200, "EA", "1.45", "2026-11-20"),
    ])
    date = R(po, 12, 9, 40, 18, "+0100")
    body = ("Dzień dobry Panie Jonasie,\n\n"
            "dziękujemy za zamówienie nr 4500031016. Potwierdzamy realizację:\n\n"
            "poz. 1 - łańcuch X11, 118 ogniw: 60 szt. wysłaliśmy już 10.11.2026 kurierem DPD "
            "(nr przesyłki 0000 4417 2291 06), pozostałe 40 szt. wyślemy 27.11.2026. Cena 19,60 EUR/szt.\n"
            "poz. 2 - łańcuch X12, 126 ogniw: 60 szt., 31,90 EUR/szt., wysyłka 20.11.2026.\n"
            "poz. 3 - spinki 11-rz.: 200 szt., cena 1,52 EUR/szt. wg nowego cennika od 01.11.2026; spinki "
            "poszły razem z pierwszą częścią poz. 1 w dniu 10.11.2026.\n\n"
            "Faktura za wysłaną część zostanie wystawiona osobno.\n\n"
            "Z poważaniem\n"
            "Agnieszka Wróbel\n"
            "Dział Sprzedaży | Velo-Części Sp. z o.o.\n"
            "ul. Przemysłowa 18, 61-001 Poznań | tel. +48 61 555 20 47")
    part = outlook_alt(po, body, "pl-PL", charset="iso-8859-2",
                       boundary="_000_PR3PR09MB5412B7C0E1D94F2A8C63PR3PR09MB5412eurp_", html_lang="PL")
    hdrs = reply_headers(po, ("Agnieszka Wróbel", "a.wrobel@veloczesci.example"), date,
                         "<PR3PR09MB5412B7C0E1D94F2A8C63@PR3PR09MB5412.eurprd09.prod.outlook.com>",
                         prefix="Odp: ", charset="iso-8859-2", extra=[("Content-Language", "pl-PL")])
    exp = confirmation(
        "Line 1 split: 60 shipped 2026-11-10 + 40 on 2026-11-27 (ship dates only). Line 2 ship date = PO date. "
        "Line 3 new price 1.52, shipped 2026-11-10.",
        conf(po, {1: chg(100, "19.60", "2026-11-27", [(60, "2026-11-10"), (40, "2026-11-27")]),
                  2: ACC, 3: chg(200, "1.52", "2026-11-10")}))
    return [po], message(hdrs, part), exp


@case("017-hoses-reels-per-100m", "confirmation", "cs-CZ",
      "Czech: hose sold only in full 50 m reels (120 -> 150 m), hydraulic hose priced per 100 m, Czech spaced "
      "dates '4. 12. 2026'; sizes 3/4\" and 5/16\" in the text.")
def c017():
    sup = Supplier("HADICEBRNO", "Hadice Brno s.r.o.", "obchod@hadice-brno.example", "cs-CZ")
    po = PO("4500031017", sup, B_IND, "EUR", "2026-11-05", [
        ("HS-EPDM-19", "EPDM water hose 3/4in (19 mm), 10 bar", 120, "M", "3.85", "2026-12-04"),
        ("HS-PVC-SUC-50", "PVC suction hose 2in (50 mm), spiral", 60, "M", "11.40", "2026-12-04"),
        ("HS-HYD-2SN-08", "Hydraulic hose 2SN DN08 (5/16in)", 200, "M", "4.95", "2026-12-04"),
    ])
    date = R(po, 9, 13, 12, 55, "+0100")
    body = ("Dobrý den, pane Kellere,\n\n"
            "děkujeme za objednávku č. 4500031017, potvrzujeme ji takto:\n\n"
            "1) Hadice EPDM 3/4\" (19 mm), 10 bar - dodáváme pouze v celých cívkách po 50 m, tj. 150 m "
            "(3 cívky), cena 3,85 EUR/m, dodání 4. 12. 2026.\n"
            "2) Sací hadice PVC 50 mm se spirálou - 60 m (2 cívky po 30 m), cena 11,40 EUR/m, dodání 4. 12. 2026.\n"
            "3) Hydraulická hadice 2SN DN08 - 200 m, cena 512,00 EUR za 100 m, dodání 11. 12. 2026 (50. týden).\n\n"
            "Dodací podmínky: DAP Stuttgart, platební podmínky 30 dní.\n\n"
            "S pozdravem\n\n"
            "Ing. Petr Dvořák\nobchodní oddělení\nHadice Brno s.r.o., Vídeňská 112, 619 00 Brno\n"
            "tel.: +420 545 555 311")
    part = thunderbird_plain(po, body, charset="ISO-8859-2", cte="quoted-printable",
                             attrib=f"Dne 05. 11. 26 v 9:30 {B_IND.name} napsal(a):")
    hdrs = reply_headers(po, ("Petr Dvořák", "dvorak@hadice-brno.example"), date,
                         "<b3f0a7c2-5e19-4d8a-9c4b-1e6f2d8a0c57@hadice-brno.example>", prefix="Re: ",
                         charset="iso-8859-2",
                         extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) "
                                               "Gecko/20100101 Thunderbird/128.4.2"), ("Content-Language", "cs")])
    exp = confirmation("Line 1 rounded to 3 reels = 150 m; line 3 512,00 per 100 m = 5.12/m, 11 Dec.",
                       conf(po, {1: chg(150, "3.85", "2026-12-04"), 2: ACC,
                                 3: chg(200, "5.12", "2026-12-11")}))
    return [po], message(hdrs, part), exp


@case("018-office-chairs-percent-increase", "confirmation", "hu-HU",
      "Hungarian Outlook reply: one line raised 'by 5%' without the new price, another moved into January, "
      "Hungarian date order '2026. december 15.' and an offer validity date.")
def c018():
    sup = Supplier("ERGOSZEK", "Ergo-Szék Bútorgyártó Kft.", "rendeles@ergoszek.example", "hu-HU")
    po = PO("4500031018", sup, B_OFFICE, "EUR", "2026-11-06", [
        ("CH-TASK-BLK", "Task chair, synchronous mechanism, black fabric", 40, "EA", "118.00", "2026-12-15"),
        ("CH-CONF-4L", "Conference chair, 4-leg chrome frame", 60, "EA", "64.00", "2026-12-15"),
        ("CH-EXEC-LTH", "Executive chair, leather, high back", 6, "EA", "312.00", "2026-12-15"),
    ])
    date = R(po, 11, 15, 5, 37, "+0100")
    body = ("Tisztelt Doyle Úr!\n\n"
            "Köszönjük megrendelését (4500031018), melyet az alábbiak szerint igazolunk vissza:\n\n"
            "1. Forgószék szinkronmechanikával, fekete szövet - 40 db, 118,00 EUR/db, szállítás: "
            "2026. december 15.\n"
            "2. Tárgyalószék, 4 lábú krómozott váz - 60 db; az acél áremelkedése miatt az egységár 5%-kal "
            "emelkedik, szállítás: 2026. december 15.\n"
            "3. Vezetői bőrszék, magas háttámla - 6 db, 312,00 EUR/db, szállítás: 2027. január 12. "
            "(a bőr beérkezése után)\n\n"
            "Fizetési feltétel: átutalás 30 napon belül. Ajánlatunk 2026. november 30-ig érvényes.\n\n"
            "Üdvözlettel:\n"
            "Kovács Eszter\nértékesítési asszisztens\nErgo-Szék Bútorgyártó Kft.\n"
            "8000 Székesfehérvár, Ipari út 7. | +36 22 555 140")
    part = outlook_alt(po, body, "hu-HU", charset="iso-8859-2",
                       boundary="_000_VI1PR02MB6120F3A8D2C14E5B9A07VI1PR02MB6120eurp_", html_lang="HU")
    hdrs = reply_headers(po, ("Kovács Eszter", "kovacs.eszter@ergoszek.example"), date,
                         "<VI1PR02MB6120F3A8D2C14E5B9A07@VI1PR02MB6120.eurprd02.prod.outlook.com>",
                         prefix="VÁLASZ: ", charset="iso-8859-2", extra=[("Content-Language", "hu-HU")])
    assert pct("64.00", 5) == "67.20"
    exp = confirmation("+5% on 64.00 = 67.20; executive chairs 2027-01-12; validity 30 Nov is not a date.",
                       conf(po, {1: ACC, 2: chg(60, pct("64.00", 5), "2026-12-15"),
                                 3: chg(6, "312.00", "2027-01-12")}))
    return [po], message(hdrs, part), exp


@case("019-conveyor-belts-table-other-order", "confirmation", "en-SG",
      "HTML table whose columns run Qty | Unit Price | Delivery | Description | Your Item No. and whose rows are "
      "in a different order from the PO; belt specs like EP 630/4 and 6+2 mm.")
def c019():
    sup = Supplier("LIONCITY", "Lion City Conveyor Pte Ltd", "sales@lioncity-conveyor.example", "en-SG")
    po = PO("4500031019", sup, B_IND, "USD", "2026-11-04", [
        ("CB-EP400/3-800", "Conveyor belt EP 400/3, 800 mm wide, covers 4+2 mm", 120, "M", "48.60", "2026-12-18"),
        ("CB-EP630/4-1000", "Conveyor belt EP 630/4, 1000 mm wide, covers 6+2 mm", 80, "M", "79.20", "2026-12-18"),
        ("CB-PVC-1PLY-500", "PVC belt 1-ply, 500 mm wide, food grade", 40, "M", "22.10", "2026-12-18"),
        ("SPL-KIT-HOT", "Hot vulcanising splice kit for EP 400", 4, "EA", "185.00", "2026-12-18"),
    ])
    date = R(po, 12, 17, 22, 40, "+0800")
    rows = [["Qty", "Unit Price (USD)", "Delivery", "Description", "Your Item No."],
            ["80 m", "79.20", "22-Dec-2026", "EP630/4 1000mm 6+2 mm", "CB-EP630/4-1000"],
            ["120 m", "48.60", "18-Dec-2026", "EP400/3 800mm 4+2 mm", "CB-EP400/3-800"],
            ["4 kits", "192.50", "18-Dec-2026", "Hot splice kit EP400", "SPL-KIT-HOT"],
            ["40 m", "22.10", "15-Jan-2027", "PVC 1-ply 500mm FDA white", "CB-PVC-1PLY-500"]]
    intro = ("Hi Martin,\n\nPlease see below our confirmation for your PO 4500031019. Delivery dates are at your "
             "Stuttgart site (DAP).")
    outro = ("The PVC belt is produced to order, hence the January date. Splice kits have gone up as the "
             "vulcanising compound is now sourced from Germany.\n\n"
             "Best regards,\nJasmine Tan\nSales Coordinator\nLion City Conveyor Pte Ltd\n"
             "21 Tuas Avenue 7, Singapore 639281 | +65 6555 0192")
    w = [8, 18, 13, 28, 16]
    plain_tab = "\n".join("".join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)
    body = intro + "\n\n" + plain_tab + "\n\n" + outro
    from aelib import html_table
    bh = mso_paras(intro) + "\n" + html_table(rows) + "\n" + mso_paras("\n" + outro)
    part = outlook_alt(po, body, "en-GB", boundary="_000_SG2PR04MB5523A0E1F2C3D4B5SG2PR04MB5523apcp_",
                       body_html=bh)
    hdrs = reply_headers(po, ("Jasmine Tan", "jasmine.tan@lioncity-conveyor.example"), date,
                         "<SG2PR04MB5523A0E1F2C3D4B5A6C7@SG2PR04MB5523.apcprd04.prod.outlook.com>",
                         extra=[("Content-Language", "en-SG")])
    exp = confirmation("Columns and rows reordered; match by our item number. EP630 on 22 Dec; PVC 15 Jan 2027; "
                       "splice kit price 192.50.",
                       conf(po, {1: ACC, 2: chg(80, "79.20", "2026-12-22"), 3: chg(40, "22.10", "2027-01-15"),
                                 4: chg(4, "192.50", "2026-12-18")}))
    return [po], message(hdrs, part), exp


@case("020-water-chemicals-ibc-per-tonne", "confirmation", "ro-RO",
      "Romanian: prices per tonne against a per-kg PO, quantity rounded to whole 1,000 kg IBCs, thousands "
      "separators with dots, an IBC deposit price and an SDS revision date.")
def c020():
    sup = Supplier("CHIMAQUA", "ChimAqua Tratare Apă SRL", "comenzi@chimaqua.example", "ro-RO")
    po = PO("4500031020", sup, B_WATER, "EUR", "2026-11-05", [
        ("WT-PAC-18", "Polyaluminium chloride PAC 18%, liquid", 4500, "KG", "0.42", "2026-12-07"),
        ("WT-NAOCL-14", "Sodium hypochlorite 14-15%", 2000, "KG", "0.31", "2026-12-07"),
        ("WT-FECL3-40", "Ferric chloride 40% solution", 3000, "KG", "0.27", "2026-12-07"),
    ])
    date = R(po, 10, 11, 30, 6, "+0200")
    body = ("Bună ziua, doamna Vogt,\n\n"
            "Vă mulțumim pentru comanda 4500031020, pe care o confirmăm după cum urmează:\n\n"
            "1. PAC 18% lichid - livrăm doar în IBC-uri de 1.000 kg, deci 5.000 kg (5 IBC), preț 420 EUR/tonă, "
            "livrare 07.12.2026.\n"
            "2. Hipoclorit de sodiu 14-15% - 2.000 kg (2 IBC), preț 335 EUR/tonă, livrare 07.12.2026.\n"
            "3. Clorură ferică 40% - 3.000 kg (3 IBC), preț 270 EUR/tonă, livrare 14.12.2026.\n\n"
            "IBC-urile se facturează cu 95 EUR/buc. dacă nu sunt returnate în 30 de zile. Buletinul de analiză și "
            "fișa cu date de securitate (FDS rev. 12/2025) însoțesc marfa.\n\n"
            "Cu stimă,\n"
            "Andrei Popescu\nDepartament Vânzări\nChimAqua Tratare Apă SRL\nPloiești | +40 244 555 318")
    part = gmail_alt(po, body, "en", boundary="0000000000007c19ad0625b3e8f4", cte="base64")
    hdrs = reply_headers(po, ("Andrei Popescu", "andrei.popescu@chimaqua.example"), date,
                         "<CAF5mJ1xR8pT0vZq2nW4kB7dY3hL9sG6cE1aU5oI2jN8rX0yQ@mail.gmail.com>", prefix="Re: ")
    exp = confirmation("EUR per tonne / 1000 = per kg: 0.42, 0.335, 0.27; PAC rounded to 5 IBC = 5000 kg; FeCl3 "
                       "14 Dec.",
                       conf(po, {1: chg(5000, per("420", 1000), "2026-12-07"),
                                 2: chg(2000, per("335", 1000), "2026-12-07"),
                                 3: chg(3000, per("270", 1000), "2026-12-14")}))
    return [po], message(hdrs, part), exp


@case("021-marine-ooo-fr-be-bilingual", "auto_reply", "fr-BE",
      "Belgian bilingual French/Dutch out-of-office that names a return date and a colleague.")
def c021():
    sup = Supplier("DUMONT", "Quincaillerie Marine Dumont SA", "commandes@dumont-marine.example", "fr-BE")
    po = PO("4500031021", sup, B_MARINE, "EUR", "2026-11-12", [
        ("BLK-SS-45", "Single block AISI 316, 45 mm sheave", 20, "EA", "17.30", "2026-12-10"),
        ("THM-SS-10", "Wire rope thimble AISI 316, 10 mm", 100, "EA", "0.85", "2026-12-10"),
    ], sent_time=(10, 14))
    date = R(po, 12, 10, 14, 33, "+0100")
    body = ("Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au lundi 16 novembre inclus. Pour toute commande urgente, veuillez "
            "contacter mon collègue Olivier Lambert (olivier.lambert@dumont-marine.example, +32 4 555 27 10).\n\n"
            "Goedendag,\n\n"
            "Ik ben afwezig tot en met maandag 16 november. Voor dringende bestellingen kunt u terecht bij mijn "
            "collega Olivier Lambert (olivier.lambert@dumont-marine.example, +32 4 555 27 10).\n\n"
            "Cordialement / Met vriendelijke groeten,\nNathalie Renard")
    part = multipart("alternative", [text(body, charset="windows-1252", cte="quoted-printable"),
                                     html(outlook_html_doc(mso_paras(body), "windows-1252", "FR-BE"),
                                          charset="windows-1252", cte="quoted-printable")],
                     "_000_AS8PR03MB7021C4B2E9F1A0D3AS8PR03MB7021eurp_")
    hdrs = reply_headers(po, ("Nathalie Renard", "commandes@dumont-marine.example"), date,
                         "<AS8PR03MB7021C4B2E9F1A0D3E5F7@AS8PR03MB7021.eurprd03.prod.outlook.com>",
                         subject="Réponse automatique : " + po.subject, charset="windows-1252",
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                                ("Content-Language", "fr-BE")])
    return [po], message(hdrs, part), other("auto_reply", "Bilingual out-of-office; 16 November is a return date.")


@case("022-anchor-chain-whole-order-later", "confirmation", "hr-HR",
      "Croatian: 'all items at PO prices' but the whole order moves to one later date written both as 18.12.2026 "
      "and '18. prosinca 2026'; EN 10204 3.1 and DIN 766 look like numbers.")
def c022():
    sup = Supplier("JADRAN", "Jadran Nautika d.o.o.", "prodaja@jadran-nautika.example", "hr-HR")
    po = PO("4500031022", sup, B_MARINE, "EUR", "2026-11-06", [
        ("CL-AN-316-10", "Anchor chain AISI 316, 10 mm, DIN 766", 50, "M", "21.80", "2026-12-04"),
        ("CLT-316-200", "Cleat AISI 316, 200 mm", 30, "EA", "14.60", "2026-12-04"),
        ("SW-316-M8", "Swivel eye-eye AISI 316, M8", 20, "EA", "9.90", "2026-12-04"),
    ])
    date = R(po, 10, 8, 55, 20, "+0100")
    body = ("Poštovani gospodine MacLeod,\n\n"
            "zahvaljujemo na narudžbi 4500031022. Potvrđujemo sve stavke po cijenama iz narudžbe. Nažalost, "
            "zbog kašnjenja proizvođača lanca isporuka je moguća tek 18.12.2026. Kako biste sve dobili u jednoj "
            "pošiljci, poslat ćemo cijelu narudžbu zajedno, tako da je novi rok isporuke za sve stavke "
            "18. prosinca 2026.\n\n"
            "Uz lanac prilažemo certifikat 3.1 prema EN 10204.\n\n"
            "Srdačan pozdrav,\n"
            "Ivana Horvat\nProdaja\nJadran Nautika d.o.o.\nObala kneza Branimira 4, 23000 Zadar\n"
            "tel. +385 23 555 412")
    part = outlook_alt(po, body, "hr-HR", charset="windows-1250",
                       boundary="_000_DU2PR04MB8694E2C1A3B5D7F9DU2PR04MB8694eurp_", html_lang="HR")
    hdrs = reply_headers(po, ("Ivana Horvat", "ivana.horvat@jadran-nautika.example"), date,
                         "<DU2PR04MB8694E2C1A3B5D7F9A1B3@DU2PR04MB8694.eurprd04.prod.outlook.com>",
                         prefix="RE: ", charset="windows-1250", extra=[("Content-Language", "hr-HR")])
    d = "2026-12-18"
    exp = confirmation("All lines at PO price and quantity, all delivered 18 Dec instead of 4 Dec.",
                       conf(po, {1: chg(50, "21.80", d), 2: chg(30, "14.60", d), 3: chg(20, "9.90", d)}))
    return [po], message(hdrs, part), exp


@case("023-wine-cases-of-6-and-12", "confirmation", "da-DK",
      "Danish Apple Mail reply pricing some lines per case of 6 against a per-bottle PO, one line short "
      "(18 of 24 bottles), delivery as 'torsdag den 10. december'; vintages in every description.")
def c023():
    sup = Supplier("KRONBORG", "Vinhuset Kronborg ApS", "ordre@vinhuset-kronborg.example", "da-DK")
    po = PO("4500031023", sup, B_WINE, "EUR", "2026-11-09", [
        ("RIO-RES-2019", "Rioja Reserva 2019, 0.75 l", 60, "BT", "11.50", "2026-12-10"),
        ("CHB-1ER-2023", "Chablis 1er Cru 2023, 0.75 l", 36, "BT", "24.80", "2026-12-10"),
        ("PORT-LBV-2020", "Port LBV 2020, 0.75 l", 24, "BT", "16.40", "2026-12-10"),
        ("AQV-LIN-07", "Linie Aquavit 41.5%, 0.7 l", 48, "BT", "27.90", "2026-12-10"),
    ])
    date = R(po, 11, 12, 4, 51, "+0100")
    wd(D(2026, 12, 10), "Thursday")
    body = ("Hej Tom\n\n"
            "Tak for ordren. Vi bekræfter 4500031023 således:\n\n"
            "- Rioja Reserva 2019: 10 kasser à 6 fl. = 60 fl., pris pr. kasse 72,00 EUR (ny importpris)\n"
            "- Chablis 1er Cru 2023: 6 kasser à 6 fl. = 36 fl., 148,80 EUR pr. kasse\n"
            "- Port LBV 2020: kun 18 fl. tilbage på lager (3 kasser) til ordreprisen, resten er udsolgt. "
            "Årgang 2021 kommer først i marts.\n"
            "- Linie Aquavit 0,7 l: 4 kasser à 12 fl. = 48 fl., 27,90 EUR pr. fl.\n\n"
            "Levering torsdag den 10. december med vores egen bil.\n\n"
            "Venlig hilsen\n"
            "Mette Kjær\nVinhuset Kronborg ApS\nStrandvejen 88, 3000 Helsingør\nTlf. 49 55 21 30")
    t = po.sent_dt()
    part = apple_plain(po, body, charset="iso-8859-1",
                       attrib=f"Den {t.day}. nov. {t.year} kl. {t.hour:02d}.{t.minute:02d} skrev {B_WINE.name} "
                              f"<{B_WINE.email}>:")
    hdrs = reply_headers(po, ("Mette Kjær", "mette@vinhuset-kronborg.example"), date,
                         "<9E7B1F04-3C2A-4D5E-8B61-A0F2C3D4E5F6@vinhuset-kronborg.example>", prefix="Re: ",
                         charset="iso-8859-1", extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    assert per("72.00", 6) == "12.00" and per("148.80", 6) == "24.80"
    exp = confirmation("Per-case prices /6: Rioja 12.00 (changed), Chablis 24.80 (as PO); port only 18 bottles; "
                       "all delivered Thu 10 Dec = PO date.",
                       conf(po, {1: chg(60, per("72.00", 6), "2026-12-10"), 2: ACC,
                                 3: chg(18, "16.40", "2026-12-10"), 4: ACC}))
    return [po], message(hdrs, part), exp


@case("024-laser-cutting-drawing-revision-question", "needs_review", "en-GB",
      "Laser cutter asks which drawing revision applies before loading the job and says the whole order will be "
      "confirmed afterwards; the second line 'looks fine' but is not confirmed.")
def c024():
    sup = Supplier("MIDLASER", "Midlands Laser Profiling Ltd", "orders@midlands-laser.example", "en-GB")
    po = PO("4500031024", sup, B_IND, "GBP", "2026-11-09", [
        ("LC-BRKT-0412-C", "Bracket S275 6 mm, laser cut + fold, dwg 0412 rev C", 250, "EA", "3.85", "2026-12-04"),
        ("LC-PLATE-0415-A", "Base plate 400x300x10 mm S355, dwg 0415 rev A", 40, "EA", "27.60", "2026-12-04"),
    ])
    date = R(po, 11, 9, 12, 44, "+0000")
    body = ("Hi Martin,\n\n"
            "Thanks for the order. Before we nest it, can you confirm which revision you need on the bracket? "
            "Your PO says drawing 0412 rev C, but the DXF that came with it is rev D (hole pattern moved 12 mm and "
            "the fold is now 90 deg instead of 95). If it's rev D the price will go up a little because of the "
            "extra fold set-up.\n\n"
            "The base plates look fine as far as I can see, but I'd rather confirm the whole order in one go once "
            "we know which bracket you want.\n\n"
            "Cheers,\nGareth Evans\nEstimating | Midlands Laser Profiling Ltd\n01922 555 608")
    part = outlook_alt(po, body, "en-GB", boundary="_000_LO2P265MB4871D0C9B8A7F6E5LO2P265MB4871GBRP_")
    hdrs = reply_headers(po, ("Gareth Evans", "gareth.evans@midlands-laser.example"), date,
                         "<LO2P265MB4871D0C9B8A7F6E5D4C3@LO2P265MB4871.GBRP265.PROD.OUTLOOK.COM>",
                         extra=[("Content-Language", "en-GB")])
    return [po], message(hdrs, part), other("needs_review", "Question about drawing revision; nothing committed.")


@case("025-pa-speakers-euc-kr", "confirmation", "ko-KR",
      "Korean EUC-KR base64 reply confirming everything as ordered, with a UK warehouse dispatch date before the "
      "arrival date that equals the PO date.")
def c025():
    sup = Supplier("HANBIT", "Hanbit Audio Co., Ltd.", "sales@hanbit-audio.example", "ko-KR")
    po = PO("4500031025", sup, B_MUSIC, "USD", "2026-11-05", [
        ("SPK-PA-12A", "Active PA speaker 12in, 1200 W", 8, "EA", "385.00", "2026-12-09"),
        ("MIX-16CH-D", "Digital mixer, 16 channels", 2, "EA", "1240.00", "2026-12-09"),
        ("MIC-DYN-58", "Dynamic vocal microphone, cardioid", 30, "EA", "42.50", "2026-12-09"),
    ])
    date = R(po, 10, 17, 8, 29, "+0900")
    body = ("Megan Clarke 님께,\n\n"
            "안녕하십니까. 한빛음향 해외영업팀 김민준입니다.\n"
            "보내주신 발주서 4500031025 잘 받았습니다. 아래와 같이 확인드립니다.\n\n"
            "1. 12인치 액티브 PA 스피커 (1200W) - 8대, 단가 USD 385.00\n"
            "2. 16채널 디지털 믹서 - 2대, 단가 USD 1,240.00\n"
            "3. 다이나믹 보컬 마이크 - 30개, 단가 USD 42.50\n\n"
            "영국 물류창고 출고: 2026년 12월 7일\n"
            "도착 예정일: 2026년 12월 9일\n\n"
            "결제 조건은 기존과 동일하게 T/T 30일입니다.\n"
            "감사합니다.\n\n"
            "김민준 드림\n한빛음향 주식회사 해외영업팀\nTel. +82 2 555 0147\n")
    full = body + "\n-----Original Message-----\n" + outlook_block(po, "en-US") + "\n" + po.request_text()
    part = text(full, charset="euc-kr", cte="base64", quote_charset=False)
    hdrs = reply_headers(po, ("김민준", "mj.kim@hanbit-audio.example"), date,
                         "<20261110080829.C41A7B2E90@hanbit-audio.example>", prefix="RE: ", charset="euc-kr",
                         extra=[("X-Mailer", "Daum Web Mailer v1.2")])
    exp = confirmation("All as ordered; 12월 7일 is dispatch, arrival 12월 9일 equals the PO date.",
                       conf(po, {1: ACC, 2: ACC, 3: ACC}))
    return [po], message(hdrs, part), exp


@case("026-hoses-discontinued-line-tr", "confirmation", "tr-TR",
      "Turkish: one line's production discontinued (rejected), the others confirmed as ordered; '%30 peşin' "
      "payment terms and SAE J30R7 in the text.")
def c026():
    sup = Supplier("ANADOLUHORTUM", "Anadolu Hortum San. ve Tic. A.Ş.", "satis@anadolu-hortum.example", "tr-TR")
    po = PO("4500031026", sup, B_IND, "EUR", "2026-11-06", [
        ("HS-AIR-10-20B", "Air hose rubber 10 mm ID, 20 bar", 300, "M", "1.65", "2026-12-11"),
        ("HS-STEAM-25", "Steam hose EPDM 1in (25 mm), 18 bar, 210 C", 50, "M", "14.20", "2026-12-11"),
        ("HS-FUEL-13-SAE", "Fuel hose SAE J30R7, 13 mm", 100, "M", "3.10", "2026-12-11"),
    ])
    date = R(po, 12, 10, 40, 11, "+0300")
    body = ("Sayın Keller,\n\n"
            "4500031026 numaralı siparişiniz için teşekkür ederiz. Sipariş onayımız aşağıdadır:\n\n"
            "1. kalem - Hava hortumu 10 mm, 20 bar: 300 m, 1,65 EUR/m - termin 11.12.2026\n"
            "2. kalem - Buhar hortumu 25 mm, 18 bar: bu ürünün üretimi durdurulmuştur, maalesef tedarik "
            "edemiyoruz.\n"
            "3. kalem - Yakıt hortumu SAE J30R7 13 mm: 100 m, 3,10 EUR/m - termin 11.12.2026\n\n"
            "Teslim şekli: EXW İstanbul. Ödeme: %30 peşin, bakiye sevkiyattan önce.\n\n"
            "Saygılarımızla,\n"
            "Elif Yıldız\nİhracat Departmanı\nAnadolu Hortum San. ve Tic. A.Ş.\n"
            "İkitelli OSB, İstanbul | +90 212 555 43 21")
    part = outlook_alt(po, body, "tr-TR", charset="iso-8859-9",
                       boundary="_000_AM9PR08MB6786B1A2C3D4E5F6AM9PR08MB6786eurp_", html_lang="TR")
    hdrs = reply_headers(po, ("Elif Yıldız", "elif.yildiz@anadolu-hortum.example"), date,
                         "<AM9PR08MB6786B1A2C3D4E5F6A7B8@AM9PR08MB6786.eurprd08.prod.outlook.com>",
                         prefix="YNT: ", charset="iso-8859-9", extra=[("Content-Language", "tr-TR")])
    exp = confirmation("Steam hose discontinued -> rejected; other lines exactly as ordered.",
                       conf(po, {1: ACC, 2: REJ, 3: ACC}))
    return [po], message(hdrs, part), exp


@case("027-postfix-dsn-user-unknown", "bounce", "en-US",
      "Postfix DSN (5.1.1 user unknown) with the returned headers of our PO request.")
def c027():
    sup = Supplier("REDWOOD", "Redwood Fresh Herbs Co.", "orders@redwood-herbs.example", "en-US")
    po = PO("4500031027", sup, B_FRESH, "USD", "2026-11-16", [
        ("HRB-BAS-125", "Fresh basil, 125 g punnet", 48, "EA", "2.35", "2026-11-19"),
        ("HRB-COR-125", "Fresh cilantro, 125 g punnet", 48, "EA", "1.95", "2026-11-19"),
    ], sent_time=(6, 45))
    date = R(po, 16, 6, 45, 52, "-0800")
    req = request_message(po, MailDate(2026, 11, 16, 6, 45, 49, "-0800"))
    hdr_only = req.split(b"\r\n\r\n", 1)[0] + b"\r\n"
    txt = ("This is the mail system at host mail.greenleaf-kitchens.example.\n\n"
           "I'm sorry to have to inform you that your message could not\n"
           "be delivered to one or more recipients. It's attached below.\n\n"
           "For further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\n"
           "delete your own text from the attached returned message.\n\n"
           "                   The mail system\n\n"
           "<orders@redwood-herbs.example>: host mx1.redwood-herbs.example[203.0.113.25] said:\n"
           "    550 5.1.1 <orders@redwood-herbs.example>: Recipient address rejected: User\n"
           "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    ds = delivery_status([("Reporting-MTA", "dns; mail.greenleaf-kitchens.example"),
                          ("X-Postfix-Queue-ID", "4Qm7Zt1c2Bz9sKp"),
                          ("X-Postfix-Sender", "rfc822; luis.ortega@greenleaf-kitchens.example"),
                          ("Arrival-Date", "Mon, 16 Nov 2026 06:45:50 -0800 (PST)")],
                         [[("Final-Recipient", "rfc822; orders@redwood-herbs.example"),
                           ("Original-Recipient", "rfc822;orders@redwood-herbs.example"),
                           ("Action", "failed"), ("Status", "5.1.1"),
                           ("Remote-MTA", "dns; mx1.redwood-herbs.example"),
                           ("Diagnostic-Code", "smtp; 550 5.1.1 <orders@redwood-herbs.example>: Recipient address "
                                               "rejected: User unknown in virtual mailbox table")]])
    part = multipart("report", [text(txt, charset="us-ascii", cte="7bit",
                                     extra=[("Content-Description", "Notification")]),
                                ds, rfc822(hdr_only, "text/rfc822-headers")],
                     "4Qm7Zt1c2Bz9sKp.1794840352/mail.greenleaf-kitchens.example",
                     preamble="This is a MIME-encapsulated message.", params=" report-type=delivery-status;")
    hdrs = [("Return-Path", "<>"),
            ("From", "MAILER-DAEMON@mail.greenleaf-kitchens.example (Mail Delivery System)"),
            ("To", B_FRESH.email),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Date", date.header),
            ("Message-ID", "<20261116144552.8C2F31A0047@mail.greenleaf-kitchens.example>"),
            ("Auto-Submitted", "auto-replied")]
    return [po], message(hdrs, part), other("bounce", "Postfix 5.1.1 user unknown for our PO request.")


@case("028-figs-three-deliveries-greek", "confirmation", "el-GR",
      "Greek ISO-8859-7 reply splitting the figs into three deliveries (two in 2026, one in January 2027); "
      "fruit size '50-60 pcs/kg' and a best-before month look like quantities and dates.")
def c028():
    sup = Supplier("PAPADOPOULOS", "Papadopoulos Bros S.A. Dried Fruit", "export@papadopoulos-dryfruit.example",
                   "el-GR")
    po = PO("4500031028", sup, B_FOOD, "EUR", "2026-11-04", [
        ("DF-FIG-KAL-1", "Dried figs Kalamata, layer, size 1 (50-60 pcs/kg)", 600, "KG", "7.90", "2026-12-04"),
        ("DF-RAIS-COR", "Currants Vostizza, crop 2026", 400, "KG", "5.60", "2026-12-04"),
    ])
    date = R(po, 9, 12, 25, 3, "+0200")
    body = ("Αγαπητή κα Shah,\n\n"
            "Σας ευχαριστούμε για την παραγγελία 4500031028. Επιβεβαιώνουμε τα εξής:\n\n"
            "1. Ξερά σύκα Καλαμάτας layer, μέγεθος 1 (50-60 τεμ./kg): 600 kg στην τιμή των 7,90 €/kg. "
            "Λόγω περιορισμένης διαθεσιμότητας της νέας σοδειάς η παράδοση θα γίνει σε τρεις δόσεις: "
            "200 kg στις 04/12/2026, 200 kg στις 18/12/2026 και 200 kg στις 15/01/2027.\n"
            "2. Κορινθιακή σταφίδα Βοστίτσα, σοδειά 2026: 400 kg, 5,60 €/kg, παράδοση 04/12/2026.\n\n"
            "Όρος πληρωμής: 60 ημέρες. Ανάλωση κατά προτίμηση πριν από: 11/2027.\n\n"
            "Με εκτίμηση,\n"
            "Γιώργος Νικολάου\nΤμήμα Εξαγωγών\nΑφοί Παπαδόπουλου Α.Ε.\nΚαλαμάτα | +30 27210 55 412")
    t = po.sent_dt()
    part = gmail_alt(po, body, "en", charset="ISO-8859-7", boundary="000000000000b5d2f40625b4c1a9")
    hdrs = reply_headers(po, ("Γιώργος Νικολάου", "g.nikolaou@papadopoulos-dryfruit.example"), date,
                         "<CAK9vB2eLq5nR1tY7wZ3xP8mH0cF4dJ6sA2gU9oE1iT5kN3yW@mail.gmail.com>", prefix="Re: ",
                         charset="iso-8859-7")
    exp = confirmation("Figs: 200 + 200 + 200 on 4 Dec, 18 Dec, 15 Jan; currants as ordered.",
                       conf(po, {1: chg(600, "7.90", "2027-01-15",
                                        [(200, "2026-12-04"), (200, "2026-12-18"), (200, "2027-01-15")]),
                                 2: ACC}))
    return [po], message(hdrs, part), exp


@case("029-desks-confirmed-next-week-fi", "confirmation", "fi-FI",
      "Finnish: two lines confirmed (one with a higher price and 'viikko 51'), the desks explicitly 'confirmed "
      "next week' and therefore unconfirmed.")
def c029():
    sup = Supplier("TOIMISTOKALUSTE", "Suomen Toimistokaluste Oy", "tilaukset@toimistokaluste.example", "fi-FI")
    po = PO("4500031029", sup, B_OFFICE, "EUR", "2026-11-10", [
        ("CH-SADDLE-GR", "Saddle stool, grey, gas lift", 20, "EA", "96.00", "2026-12-16"),
        ("CH-VISIT-OAK", "Visitor chair, oak frame, fabric seat", 36, "EA", "74.50", "2026-12-16"),
        ("TB-HEIGHT-160", "Height-adjustable desk 160x80 cm, white", 10, "EA", "389.00", "2026-12-16"),
    ])
    date = R(po, 13, 14, 22, 8, "+0200")
    v51 = week_day(2026, 51)
    body = ("Hei Kevin,\n\n"
            "kiitos tilauksesta 4500031029. Vahvistamme seuraavat rivit:\n\n"
            "Rivi 1: satulatuoli harmaa, 20 kpl à 96,00 €, toimitus ke 16.12.2026\n"
            "Rivi 2: vierastuoli, tammirunko, 36 kpl à 78,00 € (kankaan hinta noussut), toimitus viikko 51\n"
            "Rivi 3: sähköpöytä 160x80 - vahvistamme toimituspäivän ensi viikolla, kun saamme runkojen "
            "toimitusajan tehtaalta.\n\n"
            "Ystävällisin terveisin\n"
            "Jukka Virtanen\nmyyntisihteeri\nSuomen Toimistokaluste Oy\nPuh. 040 555 2217")
    wd(D(2026, 12, 16), "Wednesday")
    part = thunderbird_plain(po, body, charset="UTF-8", cte="8bit",
                             attrib=f"{B_OFFICE.name} kirjoitti 10.11.2026 klo 9.30:")
    hdrs = reply_headers(po, ("Jukka Virtanen", "jukka.virtanen@toimistokaluste.example"), date,
                         "<e41f92a7-6b0c-4d38-b5a1-70c3e8d9f215@toimistokaluste.example>", prefix="Vs: ",
                         extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fi")])
    exp = confirmation("Row 2 78.00 and week 51 Friday 2026-12-18; row 3 promised next week -> unconfirmed.",
                       conf(po, {1: ACC, 2: chg(36, "78.00", v51), 3: UNC}))
    return [po], message(hdrs, part), exp


@case("030-gas-invoice-other-po", "unrelated", "de-DE",
      "Invoice from the same gas supplier for a different PO number, with cylinder rental days that resemble "
      "our open order's lines.")
def c030():
    sup = Supplier("RHEINGASE", "Rheinland Technische Gase GmbH", "vertrieb@rheinland-gase.example", "de-DE")
    po = PO("4500031030", sup, B_IND, "EUR", "2026-11-10", [
        ("GAS-AR46-50L", "Argon 4.6, 50 l cylinder, 200 bar, filling", 12, "CYL", "39.00", "2026-11-27"),
        ("RENT-CYL-50L", "Cylinder rental 50 l, per cylinder-day", 360, "DAY", "0.38", "2026-11-27"),
    ])
    date = R(po, 16, 5, 31, 0, "+0100")
    cols = [(40, "Pos."), (70, "Artikel"), (300, "Menge"), (360, "ME"), (400, "Preis"), (470, "Betrag EUR")]
    rows = [["1", "Argon 4.6 Füllung 50 l", "8", "Fl", "39,00", "312,00"],
            ["2", "Flaschenmiete Oktober 2026 (14 Fl. x 31 Tage)", "434", "Tag", "0,38", "164,92"],
            ["3", "Gefahrgutzuschlag", "1", "psch", "18,50", "18,50"]]
    pdf = table_pdf([("RECHNUNG 9026114471", True), ("Rechnungsdatum: 16.11.2026", False),
                     ("Ihre Bestellung: 4500029876 vom 02.10.2026", False),
                     ("Lieferschein 8012 20931 vom 05.10.2026", False)],
                    cols, rows, ["Summe netto 495,42 EUR  MwSt 19 % 94,13 EUR  Gesamt 589,55 EUR",
                                 "Zahlbar bis 16.12.2026 ohne Abzug.",
                                 "IBAN DE12 3705 0198 0001 2345 67"],
                    title="Rechnung 9026114471", producer="Rheinland ERP", creation="D:20261116053100+01'00'")
    body = ("Sehr geehrte Damen und Herren,\n\n"
            "im Anhang erhalten Sie unsere Rechnung 9026114471 zu Ihrer Bestellung 4500029876.\n"
            "Bitte beachten Sie das Zahlungsziel 16.12.2026.\n\n"
            "Mit freundlichen Grüßen\nRheinland Technische Gase GmbH - Debitorenbuchhaltung\n\n"
            "Diese Nachricht wurde automatisch versendet.")
    part = multipart("mixed", [text(body, charset="utf-8", cte="quoted-printable"),
                               attach(pdf, "application/pdf", "RE_9026114471.pdf")], "=_rg_inv_9026114471")
    hdrs = [("From", addr("Rheinland Gase Rechnungswesen", "rechnung@rheinland-gase.example")),
            ("To", B_IND.email),
            ("Subject", "Rechnung 9026114471 - Bestellung 4500029876"),
            ("Date", date.header),
            ("Message-ID", "<inv.9026114471.20261116053100@rheinland-gase.example>")]
    return [po], message(hdrs, part), other("unrelated", "Invoice for PO 4500029876, not our open PO 4500031030.")


# ====================================================================== cases 031-045

@case("031-gravel-frames-supplier-codes-only", "confirmation", "en-AU",
      "Fresh (unquoted) mail listing only the supplier's own codes and descriptions; frames must be matched by "
      "size, the tyre by ETRTO 40-622 = 700x40C; Australian dd/mm dates without year.")
def c031():
    sup = Supplier("SCCC", "Southern Cross Cycle Components Pty Ltd", "orders@sccc.example", "en-AU")
    po = PO("4500031031", sup, B_BIKE, "USD", "2026-11-09", [
        ("FR-CX-52", "Carbon gravel frame, size 52, gloss blue", 4, "EA", "612.00", "2026-12-11"),
        ("FR-CX-55", "Carbon gravel frame, size 55, gloss blue", 6, "EA", "612.00", "2026-12-11"),
        ("FR-CX-58", "Carbon gravel frame, size 58, gloss blue", 3, "EA", "612.00", "2026-12-11"),
        ("TY-700x40-GR", "Gravel tyre 700x40C, tan wall", 40, "EA", "29.80", "2026-12-11"),
    ])
    date = R(po, 12, 8, 14, 26, "+1100")
    body = ("G'day Jonas,\n\n"
            "Thanks for the order, all booked in under our SO-88213. Here's what we've got you down for:\n\n"
            "SCG-GRV-C52-BL   Gravel frameset carbon 52cm gloss blue   x4    USD 612.00   ETA 11/12\n"
            "SCG-GRV-C55-BL   Gravel frameset carbon 55cm gloss blue   x6    USD 612.00   ETA 11/12\n"
            "SCG-GRV-C58-BL   Gravel frameset carbon 58cm gloss blue   x3    USD 612.00   ETA 11/12\n"
            "SCT-40622-TAN    Gravel tyre 40-622 tanwall folding      x40   USD 31.20    ETA 18/12\n\n"
            "Tyres are up a bit, the new casing came in at a higher cost from the factory. Frames ship from our "
            "Melbourne DC, tyres come direct from Taiwan so they're a week behind.\n\n"
            "Cheers,\nMick O'Brien\nSouthern Cross Cycle Components\n+61 3 5550 1942")
    part = multipart("alternative", [text(body, charset="utf-8", cte="quoted-printable"),
                                     html("<div dir=\"ltr\">" + "<br>".join(
                                         esc(x) for x in body.split("\n")) + "</div>\n", charset="utf-8",
                                         cte="quoted-printable")], "000000000000c4e8f10625b5a2d7")
    hdrs = [("From", addr("Mick O'Brien", "mick@sccc.example")),
            ("To", addr(B_BIKE.name, B_BIKE.email)),
            ("Subject", "Order confirmation SO-88213 (your PO 4500031031)"),
            ("Date", date.header),
            ("Message-ID", "<CAMp4Rz8xK1vT0qW5nB3dY7eL2hG9sF6cU1aI4oJ8jN0rX2yQ@mail.gmail.com>")]
    exp = confirmation("Frames matched by size 52/55/58, as ordered (ETA 11/12 = 11 Dec); tyre 40-622 = "
                       "700x40C at 31.20, ETA 18/12.",
                       conf(po, {1: ACC, 2: ACC, 3: ACC, 4: chg(40, "31.20", "2026-12-18")}))
    return [po], message(hdrs, part), exp


@case("032-toner-line-totals-sk", "confirmation", "sk-SK",
      "Slovak reply giving only line totals ('spolu 693,00 EUR' for 15 pcs), so unit prices must be derived; "
      "a grand total with a space as thousands separator.")
def c032():
    sup = Supplier("TONERSERVIS", "TonerServis s.r.o.", "objednavky@tonerservis.example", "sk-SK")
    po = PO("4500031032", sup, B_OFFICE, "EUR", "2026-11-10", [
        ("TN-2420", "Brother TN-2420 toner, black", 25, "EA", "38.90", "2026-11-27"),
        ("CE285A", "HP 85A toner, black", 15, "EA", "44.20", "2026-11-27"),
        ("C13T03U140", "Epson 603XL ink, black", 40, "EA", "16.70", "2026-11-27"),
    ])
    date = R(po, 11, 13, 47, 0, "+0100")
    assert 25 * 38.90 == 972.50 and abs(15 * 46.20 - 693.00) < 1e-9 and 40 * 16.70 == 668.00
    body = ("Dobrý deň pán Doyle,\n\n"
            "ďakujeme za objednávku 4500031032, potvrdzujeme:\n\n"
            "1. Brother TN-2420 čierny - 25 ks, spolu 972,50 EUR\n"
            "2. HP 85A (CE285A) - 15 ks, spolu 693,00 EUR\n"
            "3. Epson 603XL čierny - 40 ks, spolu 668,00 EUR\n\n"
            "Celkom 2 333,50 EUR bez DPH. Dodanie 27.11.2026 kuriérom.\n\n"
            "S pozdravom\n"
            "Zuzana Hrušková\nTonerServis s.r.o., Bratislava\n+421 2 5555 3190")
    part = gmail_alt(po, body, "en", boundary="0000000000009a1c3e0625b6d4f2")
    hdrs = reply_headers(po, ("Zuzana Hrušková", "hruskova@tonerservis.example"), date,
                         "<CAJq8Tm1pV3xR6nZ0wY4kD9bL7hE2sF5cG1aU8oI3jN6rK0yW@mail.gmail.com>", prefix="Re: ")
    exp = confirmation("Line totals / quantity: 38.90 (same), 693.00/15 = 46.20 (changed), 16.70 (same).",
                       conf(po, {1: ACC, 2: chg(15, per("693.00", 15), "2026-11-27"), 3: ACC}))
    return [po], message(hdrs, part), exp


@case("033-gases-will-revert-by-friday", "needs_review", "de-CH",
      "Swiss German 'we are checking acetylene availability and will send the definitive confirmation by "
      "Friday 20.11.' - a date that is not a delivery date.")
def c033():
    sup = Supplier("HELVETIAGASE", "Helvetia Industriegase AG", "bestellung@helvetia-gase.example", "de-CH")
    po = PO("4500031033", sup, B_IND, "EUR", "2026-11-12", [
        ("GAS-N2-50-50L", "Nitrogen 5.0, 50 l cylinder, 300 bar", 8, "CYL", "46.00", "2026-11-30"),
        ("GAS-C2H2-40L", "Acetylene, 40 l cylinder", 4, "CYL", "88.00", "2026-11-30"),
        ("RENT-CYL-DAY", "Cylinder rental, per cylinder-day", 360, "DAY", "0.42", "2026-11-30"),
    ])
    date = R(po, 16, 10, 2, 38, "+0100")
    wd(D(2026, 11, 20), "Friday")
    body = ("Grüezi Herr Keller\n\n"
            "Besten Dank für Ihre Bestellung 4500031033.\n\n"
            "Wir klären zurzeit mit unserem Abfüllwerk in Schweizerhalle die Verfügbarkeit der Acetylenflaschen "
            "ab. Sobald wir Bescheid haben, erhalten Sie die definitive Auftragsbestätigung - spätestens bis "
            "Freitag, 20.11.\n\n"
            "Freundliche Grüsse\n\n"
            "Reto Brunner\nInnendienst\nHelvetia Industriegase AG\nRheinstrasse 40, 4133 Pratteln\n"
            "Tel. +41 61 555 72 10")
    part = outlook_alt(po, body, "de-CH", charset="iso-8859-1",
                       boundary="_000_ZR0P278MB0712A3B5C7D9E1F3ZR0P278MB0712CHEP_", html_lang="DE-CH")
    hdrs = reply_headers(po, ("Reto Brunner", "reto.brunner@helvetia-gase.example"), date,
                         "<ZR0P278MB0712A3B5C7D9E1F3A5B7@ZR0P278MB0712.CHEP278.PROD.OUTLOOK.COM>",
                         prefix="AW: ", charset="iso-8859-1", extra=[("Content-Language", "de-CH")])
    return [po], message(hdrs, part), other("needs_review", "Promises the confirmation by Friday 20.11.; nothing "
                                                           "committed yet.")


@case("034-mushrooms-thursday-the-17th", "confirmation", "en-US",
      "Casual reply moving everything from 'Tuesday the 15th' to 'Thursday the 17th' (no month, no year) with "
      "one price up; punnets, trays and bunches.")
def c034():
    sup = Supplier("BAYMUSH", "Bay Area Mushroom & Herb Growers", "orders@bayarea-mushrooms.example", "en-US")
    po = PO("4500031034", sup, B_FRESH, "USD", "2026-11-19", [
        ("MSH-OYS-TRAY", "Oyster mushrooms, 2.2 lb tray", 30, "TRAY", "9.60", "2026-12-15"),
        ("MSH-SHI-PUN", "Shiitake, 150 g punnet", 80, "EA", "2.85", "2026-12-15"),
        ("HRB-THY-BUN", "Fresh thyme, bunch", 60, "EA", "1.10", "2026-12-15"),
        ("HRB-ROS-BUN", "Fresh rosemary, bunch", 60, "EA", "1.10", "2026-12-15"),
    ])
    date = R(po, 20, 7, 51, 19, "-0800")
    wd(D(2026, 12, 15), "Tuesday")
    d17 = wd(D(2026, 12, 17), "Thursday")
    # "the 17th" on or after 20 Nov that is a Thursday: 17 Dec (17 Nov is a Tuesday and already past)
    assert D(2026, 11, 17).weekday() != 3
    body = ("Hey Luis,\n\n"
            "Got your PO, thanks! Tuesday the 15th doesn't work for us, the pick crew is off that week for the "
            "holiday party + farm maintenance. Earliest we can bring everything in is Thursday the 17th, first "
            "thing in the morning.\n\n"
            "Oysters are $9.95/tray now, substrate costs went up again. Shiitake, thyme and rosemary stay at your "
            "prices and all quantities are fine.\n\n"
            "Holler if Thursday's a problem.\n\n"
            "Rosa\n"
            "Bay Area Mushroom & Herb Growers\n(510) 555-0162")
    part = gmail_alt(po, body, "en", boundary="000000000000f1a3c50625b7e9b4")
    hdrs = reply_headers(po, ("Rosa Delgado", "rosa@bayarea-mushrooms.example"), date,
                         "<CAGt3Lp0wX8nQ2vR5mZ1yB6dK4hJ7sE9cF0aT3oU8iN2rM5yV@mail.gmail.com>", prefix="Re: ")
    exp = confirmation("'Thursday the 17th' = 2026-12-17 for all lines; oysters 9.95.",
                       conf(po, {1: chg(30, "9.95", d17), 2: chg(80, "2.85", d17), 3: chg(60, "1.10", d17),
                                 4: chg(60, "1.10", d17)}))
    return [po], message(hdrs, part), exp


@case("035-tape-carton-multiples-lt", "confirmation", "lt-LT",
      "Lithuanian windows-1257 reply rounding tape rolls up to full cartons of 36 and moving the stretch film a "
      "week; ISO dates, microns and a production week number.")
def c035():
    sup = Supplier("BALTPAK", "Baltijos Pakuotė UAB", "uzsakymai@baltijos-pakuote.example", "lt-LT")
    po = PO("4500031035", sup, B_PACK, "EUR", "2026-11-09", [
        ("PT-PP-50-66-BR", "PP tape 50 mm x 66 m, 45 my, brown, low noise", 500, "RL", "0.88", "2026-12-02"),
        ("PT-PVC-50-66-WH", "PVC tape 50 mm x 66 m, 52 my, white", 200, "RL", "1.74", "2026-12-02"),
        ("SF-500-23-3C", "Stretch film 500 mm x 23 my, 3in core, 2.5 kg", 120, "RL", "6.90", "2026-12-02"),
    ])
    date = R(po, 11, 9, 18, 45, "+0200")
    assert 14 * 36 == 504 and 6 * 36 == 216
    body = ("Laba diena,\n\n"
            "dėkojame už užsakymą Nr. 4500031035. Patvirtiname:\n\n"
            "1. PP juosta 50 mm x 66 m, 45 µm, ruda - 504 rit. (14 dėžių po 36 rit.), 0,88 EUR/rit., "
            "pristatymas 2026-12-02.\n"
            "2. PVC juosta 50 mm x 66 m, 52 µm, balta - 216 rit. (6 dėžės po 36 rit.), 1,74 EUR/rit., "
            "pristatymas 2026-12-02.\n"
            "3. Ištempiama plėvelė 500 mm x 23 µm - 120 rit., 6,90 EUR/rit., pristatymas 2026-12-09 "
            "(gamyba 49 sav.).\n\n"
            "Pagarbiai\n"
            "Rasa Kazlauskienė\nPardavimų vadybininkė\nBaltijos Pakuotė UAB, Kaunas\nTel. +370 37 555 214")
    part = outlook_alt(po, body, "en-GB", charset="windows-1257",
                       boundary="_000_DB8PR06MB6361F0E1D2C3B4A5DB8PR06MB6361eurp_", html_lang="LT")
    hdrs = reply_headers(po, ("Rasa Kazlauskienė", "rasa.k@baltijos-pakuote.example"), date,
                         "<DB8PR06MB6361F0E1D2C3B4A5B6C7@DB8PR06MB6361.eurprd06.prod.outlook.com>",
                         charset="windows-1257", extra=[("Content-Language", "lt-LT")])
    exp = confirmation("Cartons of 36: 500 -> 504, 200 -> 216; film 2026-12-09 ('49 sav.' is production week).",
                       conf(po, {1: chg(504, "0.88", "2026-12-02"), 2: chg(216, "1.74", "2026-12-02"),
                                 3: chg(120, "6.90", "2026-12-09")}))
    return [po], message(hdrs, part), exp


@case("036-ortho-ticket-system-ack", "auto_reply", "en-US",
      "Help-desk ticket acknowledgment ('Request #48211 received') threaded on our PO mail, quoting our "
      "request and a promised response time.")
def c036():
    sup = Supplier("SUMMITORTHO", "Summit Ortho & Rehab Supply Inc.", "orders@summit-ortho.example", "en-US")
    po = PO("4500031036", sup, B_MED, "USD", "2026-11-13", [
        ("ORT-AFO-L-M", "Ankle-foot orthosis, left, size M", 12, "EA", "54.00", "2026-12-04"),
        ("ORT-CRUTCH-AL", "Forearm crutch, aluminium, adjustable", 40, "EA", "17.25", "2026-12-04"),
    ], sent_time=(11, 20))
    date = R(po, 13, 11, 20, 31, "-0500")
    body = ("##- Please type your reply above this line -##\n\n"
            "Hello Sara,\n\n"
            "Thank you for contacting Summit Ortho & Rehab Supply. Your request (#48211) has been received and is "
            "being reviewed by our order desk team.\n\n"
            "Our typical response time is 1-2 business days. To add additional comments, simply reply to this "
            "email.\n\n"
            "Subject: Purchase order 4500031036 - please confirm\n"
            "Status: Open\n\n"
            "This email is a service from Summit Ortho Order Desk.\n"
            "[VQ2R7K-8M4P]")
    hb = ("<html><body><p style=\"color:#b5b5b5\">##- Please type your reply above this line -##</p>"
          + text_to_html_lines(body.split("\n", 2)[2]) + "</body></html>\n")
    part = multipart("alternative", [text(body, charset="utf-8", cte="quoted-printable"),
                                     html(hb, charset="utf-8", cte="quoted-printable")],
                     "--==_mimepart_6754b2f1a8c3e_3a2f1c8d4e5b7")
    hdrs = reply_headers(po, ("Summit Ortho Order Desk", "support@summit-ortho.example"), date,
                         "<VQ2R7K8M4P_6754b2f1_48211@summit-ortho.zendesk.example>",
                         subject="[Summit Ortho] Re: Purchase order 4500031036 - please confirm",
                         extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                                ("X-Zendesk-From-Account-Id", "c41f72")])
    return [po], message(hdrs, part), other("auto_reply", "Ticket system acknowledgment, request #48211.")


@case("037-bearings-big5-per-thousand", "confirmation", "zh-TW",
      "Traditional-Chinese Big5 reply with slash dates, one line priced 'per thousand pieces', payment terms "
      "'月結 60 天' and a quote validity date.")
def c037():
    sup = Supplier("TWPB", "Taiwan Precision Bearing Co., Ltd.", "sales@tw-precision-bearing.example", "zh-TW")
    po = PO("4500031037", sup, B_IND, "USD", "2026-11-06", [
        ("6204-2RS-C3", "Deep groove ball bearing 6204-2RS C3", 1000, "EA", "1.62", "2026-12-18"),
        ("6205-ZZ", "Deep groove ball bearing 6205-ZZ", 600, "EA", "1.95", "2026-12-18"),
        ("608-2RS", "Miniature bearing 608-2RS (8x22x7)", 2000, "EA", "0.38", "2026-12-18"),
    ])
    date = R(po, 12, 16, 3, 55, "+0800")
    body = ("Martin 先生您好：\n\n"
            "感謝貴公司訂單 4500031037，茲確認如下：\n\n"
            "1. 6204-2RS C3：1,000 個，單價 USD 1.62，交期 2026/12/18\n"
            "2. 6205-ZZ：600 個，單價 USD 1.95，交期 2026/12/18\n"
            "3. 608-2RS (8x22x7)：2,000 個，單價 每千個 USD 395.00，交期 2027/01/08\n\n"
            "備註：報價有效期限至 2026/11/30；付款條件 T/T 月結 60 天。\n\n"
            "敬祝 商祺\n\n"
            "陳怡君 Yvonne Chen\n台灣精密軸承股份有限公司 業務部\nTel: +886 4 2555 0138\n")
    full = body + "\n-----Original Message-----\n" + outlook_block(po, "en-US") + "\n" + po.request_text()
    part = text(full, charset="big5", cte="base64", quote_charset=False)
    hdrs = reply_headers(po, ("陳怡君", "yvonne.chen@tw-precision-bearing.example"), date,
                         "<000a01dd54c2$8f3e1b20$ad7b5160$@tw-precision-bearing.example>", prefix="回覆: ",
                         charset="big5", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    exp = confirmation("608-2RS at USD 395 per 1000 = 0.395/pc, 2027-01-08; others as ordered.",
                       conf(po, {1: ACC, 2: ACC, 3: chg(2000, per("395.00", 1000), "2027-01-08")}))
    return [po], message(hdrs, part), exp


@case("038-glass-conditional-surcharge", "needs_review", "es-ES",
      "Spanish conditional acceptance: the order can be served on the requested dates only if a 4% energy "
      "surcharge is accepted; firm confirmation promised afterwards.")
def c038():
    sup = Supplier("VIDRIOSLEVANTE", "Vidrios Técnicos Levante S.L.", "pedidos@vidrios-levante.example", "es-ES")
    po = PO("4500031038", sup, B_GLASS, "EUR", "2026-11-10", [
        ("GL-LAM-10.76", "Laminated safety glass 10.76 mm (5+5+0.76)", 95, "M2", "44.80", "2027-01-20"),
        ("GL-TMP-12-CLR", "Tempered glass 12 mm clear, polished edges", 50, "M2", "52.30", "2027-01-20"),
    ])
    date = R(po, 13, 12, 36, 14, "+0100")
    body = ("Buenos días Helen:\n\n"
            "Gracias por su pedido 4500031038.\n\n"
            "Podemos servirlo en las fechas que indican (20/01/2027), siempre que acepten un recargo energético "
            "del 4 % sobre los precios del pedido, que estamos aplicando a todos los pedidos con entrega en el "
            "primer trimestre. Si están de acuerdo, les enviamos la confirmación en firme en cuanto recibamos su "
            "visto bueno.\n\n"
            "Un saludo,\n"
            "Javier Moreno Ruiz\nDpto. Comercial\nVidrios Técnicos Levante S.L.\nPaterna (Valencia) | "
            "+34 961 555 204")
    part = gmail_alt(po, body, "es", boundary="000000000000d2e4a60625b8f1c3")
    hdrs = reply_headers(po, ("Javier Moreno", "jmoreno@vidrios-levante.example"), date,
                         "<CAN7xWq3pR0vY5tZ8mB1kD4nL6hF2sG9cE0aU3oI7jT5rP1yX@mail.gmail.com>", prefix="Re: ")
    return [po], message(hdrs, part), other("needs_review", "Conditional on accepting +4%; firm confirmation only "
                                                           "after our agreement.")


@case("039-double-glazing-two-phases-pt", "confirmation", "pt-PT",
      "European-Portuguese Outlook reply splitting one glass line into two phased deliveries written as "
      "'8 de janeiro de 2027'; m2 quantities and 4/16/4 glazing notation.")
def c039():
    sup = Supplier("VIDATL", "Vidraria Atlântica, Lda.", "encomendas@vidraria-atlantica.example", "pt-PT")
    po = PO("4500031039", sup, B_GLASS, "EUR", "2026-11-10", [
        ("GL-DG-4-16-4", "Double glazing unit 4/16/4 low-E, argon filled", 85, "M2", "42.00", "2027-01-08"),
        ("GL-TMP-8-SAT", "Tempered glass 8 mm satin (acid-etched)", 40, "M2", "36.50", "2027-01-08"),
    ])
    date = R(po, 17, 15, 12, 40, "+0000")
    wd(D(2027, 1, 8), "Friday")
    wd(D(2027, 1, 22), "Friday")
    body = ("Exma. Sra. Helen Price,\n\n"
            "Agradecemos a vossa encomenda n.º 4500031039, que confirmamos nas seguintes condições:\n\n"
            "- Vidro duplo 4/16/4 baixo emissivo com árgon: 85 m², a 42,00 €/m². Entrega em duas fases: 50 m² a "
            "8 de janeiro de 2027 e os restantes 35 m² a 22 de janeiro de 2027.\n"
            "- Vidro temperado 8 mm acidado: 40 m², a 36,50 €/m², entrega a 8 de janeiro de 2027.\n\n"
            "Condições de pagamento: 60 dias data de fatura.\n\n"
            "Com os melhores cumprimentos,\n"
            "Rui Carvalho\nDepartamento Comercial\nVidraria Atlântica, Lda. | Leiria\nTel. +351 244 555 870")
    part = outlook_alt(po, body, "pt-PT", charset="windows-1252",
                       boundary="_000_PAXPR02MB7342D5E6F7A8B9C0PAXPR02MB7342eurp_", html_lang="PT")
    hdrs = reply_headers(po, ("Rui Carvalho", "rui.carvalho@vidraria-atlantica.example"), date,
                         "<PAXPR02MB7342D5E6F7A8B9C0D1E2@PAXPR02MB7342.eurprd02.prod.outlook.com>",
                         prefix="RE: ", charset="windows-1252", extra=[("Content-Language", "pt-PT")])
    exp = confirmation("Line 1 50 m2 on 8 Jan + 35 m2 on 22 Jan; line 2 as ordered.",
                       conf(po, {1: chg(85, "42.00", "2027-01-22", [(50, "2027-01-08"), (35, "2027-01-22")]),
                                 2: ACC}))
    return [po], message(hdrs, part), exp


@case("040-mailbox-full-quota-it", "bounce", "it-IT",
      "Italian/English provider bounce for a full mailbox (5.2.2 over quota) with the original PO attached.")
def c040():
    sup = Supplier("CREMONASTRUM", "Strumenti Musicali Cremona S.r.l.", "ordini@cremona-strumenti.example", "it-IT")
    po = PO("4500031040", sup, B_MUSIC, "EUR", "2026-11-16", [
        ("VLN-STR-4/4-SET", "Violin strings 4/4, synthetic core, set", 60, "SET", "14.90", "2026-12-11"),
        ("ROS-VLN-DARK", "Violin rosin, dark", 40, "EA", "3.60", "2026-12-11"),
    ], sent_time=(9, 0))
    date = R(po, 16, 9, 1, 12, "+0100")
    txt = ("Il messaggio non è stato consegnato ad uno o più destinatari.\n"
           "This message could not be delivered to one or more recipients.\n\n"
           "Destinatario / Recipient: ordini@cremona-strumenti.example\n"
           "Motivo: la casella del destinatario è piena (quota superata).\n"
           "Reason: 552 5.2.2 Mailbox full - user is over quota\n\n"
           "Il messaggio originale è allegato. The original message is attached.\n")
    ds = delivery_status([("Reporting-MTA", "dns; smtp-out.tonewood-retail.example"),
                          ("Arrival-Date", "Mon, 16 Nov 2026 09:00:58 +0100")],
                         [[("Final-Recipient", "rfc822; ordini@cremona-strumenti.example"),
                           ("Action", "failed"), ("Status", "5.2.2"),
                           ("Remote-MTA", "dns; mx.cremona-strumenti.example"),
                           ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full - user is over quota")]])
    orig = rfc822(request_message(po, MailDate(2026, 11, 16, 9, 0, 57, "+0100")))
    part = multipart("report", [text(txt, charset="utf-8", cte="8bit"), ds, orig], "=_bounce_a81c4f_2611160901",
                     params=" report-type=delivery-status;")
    hdrs = [("From", addr("Mail Delivery Subsystem", "mailer-daemon@smtp-out.tonewood-retail.example")),
            ("To", B_MUSIC.email),
            ("Subject", hdr("Messaggio non consegnato / Undelivered message: " + po.subject, "utf-8")),
            ("Date", date.header),
            ("Message-ID", "<bounce.a81c4f.2611160901@smtp-out.tonewood-retail.example>"),
            ("In-Reply-To", po.rid), ("Auto-Submitted", "auto-replied")]
    return [po], message(hdrs, part), other("bounce", "Mailbox full, 552 5.2.2.")


@case("041-garden-tools-uk-ship-and-arrival", "confirmation", "uk-UA",
      "Ukrainian windows-1251 reply: quantities and prices as ordered but a dispatch date and a later estimated "
      "arrival date; the arrival date is the commitment.")
def c041():
    sup = Supplier("AGROINSTR", "Agroinstrument LLC", "zbut@agroinstrument.example", "uk-UA")
    po = PO("4500031041", sup, B_GARDEN, "EUR", "2026-11-09", [
        ("GT-SHV-PT", "Shovel, pointed, steel, fibreglass handle", 100, "EA", "8.40", "2026-12-10"),
        ("GT-HOE-1300", "Hoe, ash handle 1300 mm", 80, "EA", "6.90", "2026-12-10"),
        ("GT-PITCH-4", "Pitchfork, 4 tines", 50, "EA", "9.70", "2026-12-10"),
    ])
    date = R(po, 13, 11, 5, 9, "+0200")
    body = ("Доброго дня, пане Гранте!\n\n"
            "Дякуємо за замовлення № 4500031041. Підтверджуємо всі позиції за кількістю та цінами:\n"
            "лопата штикова - 100 шт. по 8,40 EUR; сапа з держаком 1300 мм - 80 шт. по 6,90 EUR; "
            "вила 4-ріжкові - 50 шт. по 9,70 EUR.\n\n"
            "На жаль, через планові відключення електроенергії на заводі відвантаження можливе лише 17.12.2026. "
            "Орієнтовна дата доставки до Бристоля - 23.12.2026.\n\n"
            "З повагою,\n"
            "Олена Шевченко\nменеджер з експорту\nТОВ «Агроінструмент», м. Харків\nтел. +380 57 555 31 42")
    part = outlook_alt(po, body, "en-GB", charset="windows-1251",
                       boundary="_000_VI1PR09MB4478A6B7C8D9E0F1VI1PR09MB4478eurp_", html_lang="UK")
    hdrs = reply_headers(po, ("Олена Шевченко", "o.shevchenko@agroinstrument.example"), date,
                         "<VI1PR09MB4478A6B7C8D9E0F1A2B3@VI1PR09MB4478.eurprd09.prod.outlook.com>",
                         charset="windows-1251", extra=[("Content-Language", "uk-UA")])
    d = "2026-12-23"
    exp = confirmation("Ship 17.12, delivery 23.12: delivery wins; quantities and prices as ordered.",
                       conf(po, {1: chg(100, "8.40", d), 2: chg(80, "6.90", d), 3: chg(50, "9.70", d)}))
    return [po], message(hdrs, part), exp


@case("042-spices-moq-vietnam", "confirmation", "vi-VN",
      "Vietnamese reply: a minimum order quantity raises cassia to 500 kg, star anise price up, and both an ETD "
      "(ship) and an ETA (arrival) date given; '550 g/l' pepper density looks like a number to read.")
def c042():
    sup = Supplier("GIAVIVIET", "Viet Spice Co., Ltd.", "sales@giavi-viet.example", "vi-VN")
    po = PO("4500031042", sup, B_FOOD, "USD", "2026-11-05", [
        ("SP-PEP-BLK-550", "Black pepper 550 g/l, FAQ", 500, "KG", "6.40", "2027-01-15"),
        ("SP-CAS-CIG-8", "Cassia cigarette 8 cm, split", 300, "KG", "4.10", "2027-01-15"),
        ("SP-ANI-STAR", "Star anise, autumn crop 2026", 150, "KG", "9.20", "2027-01-15"),
    ])
    date = R(po, 12, 14, 48, 2, "+0700")
    body = ("Kính gửi chị Priya,\n\n"
            "Cảm ơn chị đã đặt hàng (PO 4500031042). Chúng tôi xin xác nhận như sau:\n\n"
            "1. Tiêu đen 550 g/l FAQ: 500 kg, giá 6,40 USD/kg.\n"
            "2. Quế ống 8 cm: số lượng đặt hàng tối thiểu là 500 kg, vì vậy chúng tôi xác nhận 500 kg, giá "
            "4,10 USD/kg.\n"
            "3. Hoa hồi vụ thu 2026: 150 kg, giá 9,60 USD/kg (giá hồi năm nay tăng).\n\n"
            "Ngày xuất hàng dự kiến (ETD Cát Lái): 05/12/2026.\n"
            "Ngày hàng đến (ETA cảng Felixstowe): 15/01/2027.\n\n"
            "Trân trọng,\n"
            "Nguyễn Thị Lan\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Gia Vị Việt\nĐT: +84 28 5555 0471")
    part = gmail_alt(po, body, "en", boundary="000000000000a7c9e20625b9d3f5", cte="base64")
    hdrs = reply_headers(po, ("Nguyễn Thị Lan", "lan.nguyen@giavi-viet.example"), date,
                         "<CAH1vQ9pN3xT6wZ0rY2kB8dL5mE7sF4cG0aU1oJ3iK9rW6yT@mail.gmail.com>", prefix="Re: ")
    exp = confirmation("ETA 15/01/2027 (= PO date) wins over ETD; cassia MOQ 500 kg; star anise 9.60.",
                       conf(po, {1: ACC, 2: chg(500, "4.10", "2027-01-15"), 3: chg(150, "9.60", "2027-01-15")}))
    return [po], message(hdrs, part), exp


@case("043-switchgear-two-pos-one-mail-in", "confirmation", "en-IN",
      "Indian-English reply answering two POs in one mail with dd-mm-yyyy dates, a revised panel price and a "
      "split '8 nos. now, balance 4 nos. by' delivery.")
def c043():
    sup = Supplier("DECCAN", "Deccan Electricals Pvt. Ltd.", "orders@deccan-electricals.example", "en-IN")
    po1 = PO("4500031043", sup, B_IND, "USD", "2026-11-02", [
        ("PNL-PCC-1600", "Power control centre 1600 A, 415 V", 1, "EA", "24800.00", "2027-02-26"),
        ("PNL-APFC-300", "APFC panel 300 kVAr", 1, "EA", "9650.00", "2027-02-26"),
    ])
    po2 = PO("4500031044", sup, B_IND, "USD", "2026-11-04", [
        ("ACB-2000-EDO", "Air circuit breaker 2000 A, 4P, EDO", 2, "EA", "5420.00", "2027-01-29"),
        ("MCCB-250-TM", "MCCB 250 A, 36 kA, TM release", 12, "EA", "318.00", "2027-01-29"),
    ])
    date = R(po1, 13, 12, 41, 7, "+0530")
    body = ("Dear Sir,\n\n"
            "Greetings from Deccan Electricals!\n\n"
            "We thank you for your valued purchase orders and are pleased to confirm as below.\n\n"
            "PO No. 4500031043 dtd. 02-11-2026\n"
            "a) PCC panel 1600A, 415V - 1 no. - USD 24,800.00 - delivery 26-02-2027\n"
            "b) APFC panel 300 kVAr - 1 no. - USD 9,980.00 (revised due to increase in capacitor cost) - "
            "delivery 12-03-2027\n\n"
            "PO No. 4500031044 dtd. 04-11-2026\n"
            "a) ACB 2000A 4P EDO - 2 nos. - USD 5,420.00 each - delivery 29-01-2027\n"
            "b) MCCB 250A 36kA - 12 nos. - USD 318.00 each - 8 nos. on 29-01-2027, balance 4 nos. by "
            "12-02-2027\n\n"
            "Payment: 30% advance, balance against proforma invoice before despatch. Prices ex-works Pune, "
            "packing & forwarding included. GA drawings for the PCC shall be submitted within 2 weeks.\n\n"
            "Thanks & Regards,\n"
            "Suresh Kulkarni\nManager - Sales & Marketing\nDeccan Electricals Pvt. Ltd.\nPune 411 026 | "
            "+91 20 5555 3140")
    part = outlook_alt(po1, body, "en-GB", boundary="_000_PN3PR01MB7741A2B3C4D5E6F7PN3PR01MB7741INDP_",
                       html_lang="EN-IN")
    hdrs = reply_headers(po1, ("Suresh Kulkarni", "suresh.k@deccan-electricals.example"), date,
                         "<PN3PR01MB7741A2B3C4D5E6F7A8B9@PN3PR01MB7741.INDPRD01.PROD.OUTLOOK.COM>",
                         subject="RE: Purchase orders 4500031043 & 4500031044 - confirmation",
                         extra=[("Content-Language", "en-IN")])
    exp = confirmation(
        "Two POs: APFC panel 9,980.00 on 12-03-2027; MCCB 8 on 29 Jan + 4 on 12 Feb.",
        conf(po1, {1: ACC, 2: chg(1, "9980.00", "2027-03-12")}),
        conf(po2, {1: ACC, 2: chg(12, "318.00", "2027-02-12", [(8, "2027-01-29"), (4, "2027-02-12")])}))
    return [po1, po2], message(hdrs, part), exp


@case("044-marine-price-list-2027", "unrelated", "en-GB",
      "Circular with the 2027 price list as XLSX that lists our ordered shackles with new prices and a "
      "'valid from' date, but is not an answer to the open PO.")
def c044():
    sup = Supplier("SOLENT", "Solent Marine Hardware Ltd", "sales@solent-marine.example", "en-GB")
    po = PO("4500031045", sup, B_MARINE, "GBP", "2026-11-12", [
        ("SMH-DSH-06", "D-shackle AISI 316, 6 mm, WLL 500 kg", 100, "EA", "2.95", "2026-12-08"),
        ("SMH-DSH-08", "D-shackle AISI 316, 8 mm, WLL 750 kg", 60, "EA", "3.85", "2026-12-08"),
    ])
    date = R(po, 18, 8, 0, 3, "+0000")
    rows = [[Bold("Solent Marine Hardware - Trade Price List 2027 (GBP, ex VAT)")],
            [Bold("Valid from"), D(2027, 1, 1)],
            [],
            [Bold("Code"), Bold("Description"), Bold("Pack"), Bold("Price")],
            ["SMH-DSH-05", "D-shackle AISI 316, 5 mm, WLL 350 kg", 10, 2.45],
            ["SMH-DSH-06", "D-shackle AISI 316, 6 mm, WLL 500 kg", 10, 3.10],
            ["SMH-DSH-08", "D-shackle AISI 316, 8 mm, WLL 750 kg", 10, 4.05],
            ["SMH-DSH-10", "D-shackle AISI 316, 10 mm, WLL 1000 kg", 5, 6.20],
            ["SMH-BSH-08", "Bow shackle AISI 316, 8 mm, WLL 750 kg", 10, 4.40],
            ["SMH-THM-08", "Thimble AISI 316, 8 mm", 25, 0.62]]
    xlsx = make_xlsx([("Price list 2027", rows)], timestamp=(2026, 11, 17, 16, 40, 0))
    body = ("Dear Customer,\n\n"
            "Please find attached our trade price list for 2027, valid from 1 January 2027.\n\n"
            "All orders received before 31 December 2026 will be invoiced at current prices. Our offices close on "
            "23 December and reopen on 4 January.\n\n"
            "Kind regards,\nSolent Marine Hardware Ltd\nSales Team\n")
    part = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                      "SMH_Price_List_2027.xlsx")], "----=_NextPart_000_0031_01DD5A1B.8C3F2E40")
    hdrs = [("From", addr("Solent Marine Hardware", "sales@solent-marine.example")),
            ("To", "undisclosed-recipients:;"),
            ("Subject", "Solent Marine Hardware - Price List 2027"),
            ("Date", date.header),
            ("Message-ID", "<003101dd5a1b$8c3f2e40$a4bd8ac0$@solent-marine.example>"),
            ("X-Mailer", "Microsoft Outlook 16.0")]
    return [po], message(hdrs, part), other("unrelated", "Circular price list; no reference to PO 4500031045.")


@case("045-conveyor-belts-uke-and-weekday-nb", "confirmation", "nb-NO",
      "Norwegian Apple Mail reply mixing 'uke 51' and 'onsdag 16. desember', a space as thousands separator, "
      "and belt specs like 5+1,5 and 24,6 m.")
def c045():
    sup = Supplier("NORDISKBAAND", "Nordisk Transportbånd AS", "ordre@nordisk-baand.example", "nb-NO")
    po = PO("4500031046", sup, B_IND, "EUR", "2026-11-11", [
        ("CB-EP500/3-650-E", "Conveyor belt EP 500/3, 650 mm, 5+1.5 mm, endless 24.6 m", 2, "EA", "1480.00",
         "2026-12-16"),
        ("CB-CHEV-800-C15", "Chevron belt 800 mm, profile C15, 3 ply", 60, "M", "96.00", "2026-12-16"),
        ("CB-SCR-PU-650", "Belt scraper blade, polyurethane, 650 mm", 10, "EA", "58.00", "2026-12-16"),
    ])
    date = R(po, 16, 13, 27, 44, "+0100")
    wd(D(2026, 12, 16), "Wednesday")
    u51 = week_day(2026, 51)
    body = ("Hei Martin,\n\n"
            "Takk for bestillingen. Ordre 4500031046 bekreftes slik:\n\n"
            "Pos 1: EP 500/3 650 mm, 5+1,5, endeløs skjøtt 24,6 m - 2 stk à 1 480,00 EUR, levering uke 51.\n"
            "Pos 2: Chevronbånd 800 mm C15 - 60 m à 96,00 EUR/m, levering onsdag 16. desember.\n"
            "Pos 3: Skraperblad PU 650 mm - 10 stk à 61,50 EUR, levering onsdag 16. desember.\n\n"
            "Frakt: DAP Stuttgart.\n\n"
            "Mvh\nKristian Haugen\nNordisk Transportbånd AS\nTlf. +47 55 55 31 20")
    t = po.sent_dt()
    part = apple_plain(po, body, attrib=f"{t.day}. nov. {t.year} kl. {t.hour:02d}:{t.minute:02d} skrev "
                                        f"{B_IND.name} <{B_IND.email}>:")
    hdrs = reply_headers(po, ("Kristian Haugen", "kristian@nordisk-baand.example"), date,
                         "<5C2E9A71-0B4D-4F83-A6E2-1D7C3B9F0E48@nordisk-baand.example>", prefix="Sv: ",
                         extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    exp = confirmation("Pos 1 uke 51 = Fri 2026-12-18; pos 2 as ordered; pos 3 61.50.",
                       conf(po, {1: chg(2, "1480.00", u51), 2: ACC, 3: chg(10, "61.50", "2026-12-16")}))
    return [po], message(hdrs, part), exp


# ====================================================================== cases 046-060

B_MUSIC_US = Buyer("Alicia Moreno", "alicia.moreno@libertymusic.example", "Liberty Music Stores Inc.",
                   "+1 615 555 0119")


@case("046-dried-mango-per-carton-thai", "confirmation", "th-TH",
      "Thai TIS-620 reply pricing per 10 kg carton against a per-kg PO and giving the date in the Buddhist "
      "era (18 ธันวาคม 2569 = 2026-12-18), with production and expiry months beside it.")
def c046():
    sup = Supplier("SIAMDF", "Siam Dried Fruit Co., Ltd.", "export@siamdriedfruit.example", "th-TH")
    po = PO("4500031146", sup, B_FOOD, "USD", "2026-11-10", [
        ("DF-MANGO-SL", "Dried mango slices, low sugar", 240, "KG", "8.20", "2026-12-18"),
        ("DF-PINE-RING", "Dried pineapple rings", 120, "KG", "6.90", "2026-12-18"),
        ("DF-BAN-CHIP", "Banana chips, sweetened", 100, "KG", "3.80", "2026-12-18"),
    ])
    date = R(po, 13, 10, 15, 42, "+0700")
    assert 2569 - 543 == 2026
    body = ("เรียน คุณ Priya\n\n"
            "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031146 บริษัทฯ ขอยืนยันรายการดังนี้\n\n"
            "1. มะม่วงอบแห้งชนิดหวานน้อย 24 กล่อง (กล่องละ 10 กก.) = 240 กก. ราคากล่องละ 82.00 USD\n"
            "2. สับปะรดอบแห้งแบบวง 12 กล่อง (กล่องละ 10 กก.) = 120 กก. ราคากล่องละ 72.00 USD\n"
            "3. กล้วยฉาบ 10 กล่อง (กล่องละ 10 กก.) = 100 กก. ราคากล่องละ 38.00 USD\n\n"
            "กำหนดส่งสินค้าถึงท่าเรือปลายทาง: 18 ธันวาคม 2569\n"
            "วันผลิต: พ.ย. 2569 / วันหมดอายุ: พ.ย. 2570\n\n"
            "ขอแสดงความนับถือ\n"
            "สมชาย ใจดี\nฝ่ายส่งออก\nบริษัท สยามผลไม้อบแห้ง จำกัด\nโทร +66 2 555 0193\n")
    full = body + "\n________________________________\n" + outlook_block(po, "en-GB") + "\n" + po.request_text()
    part = text(full, charset="TIS-620", cte="base64")
    hdrs = reply_headers(po, ("สมชาย ใจดี", "somchai@siamdriedfruit.example"), date,
                         "<TYZPR06MB6213C0D1E2F3A4B5TYZPR06MB6213@TYZPR06MB6213.apcprd06.prod.outlook.com>",
                         charset="utf-8", extra=[("Content-Language", "th-TH")])
    exp = confirmation("Per 10 kg carton /10: 8.20 (same), 7.20 (changed), 3.80 (same); Buddhist year 2569 = 2026.",
                       conf(po, {1: ACC, 2: chg(120, per("72.00", 10), "2026-12-18"), 3: ACC}))
    return [po], message(hdrs, part), exp


@case("047-insoles-partial-stock-hebrew", "confirmation", "he-IL",
      "Hebrew right-to-left HTML reply (windows-1255): shoe sizes 42/44 next to quantities, one size only "
      "partly in stock with the balance on a later date, one price update.")
def c047():
    sup = Supplier("GALILORTHO", "Galil Orthopedics Ltd.", "orders@galil-ortho.example", "he-IL")
    po = PO("4500031147", sup, B_MED, "USD", "2026-11-12", [
        ("ORT-INS-42", "Orthopaedic insoles, EU size 42", 100, "PR", "11.40", "2026-12-10"),
        ("ORT-INS-44", "Orthopaedic insoles, EU size 44", 80, "PR", "11.40", "2026-12-10"),
        ("ORT-HEEL-M", "Silicone heel cup, size M", 150, "PR", "4.25", "2026-12-10"),
    ])
    date = R(po, 16, 11, 38, 20, "+0200")
    body = ("שלום שרה,\n\n"
            "תודה על ההזמנה 4500031147. אנו מאשרים:\n\n"
            "- מדרסים אורתופדיים מידה 42: 100 זוגות, 11.40 דולר לזוג, אספקה 10/12/2026\n"
            "- מדרסים אורתופדיים מידה 44: 60 זוגות בלבד במלאי, 11.40 דולר לזוג, אספקה 10/12/2026; "
            "היתרה (20 זוגות) תסופק ב-07/01/2027\n"
            "- כוסית עקב סיליקון מידה M: 150 זוגות, 4.60 דולר לזוג (עדכון מחיר), אספקה 10/12/2026\n\n"
            "בברכה,\n"
            "מיכל לוי\nמחלקת הזמנות\nאורתופדיה גליל בע\"מ\nטל' 04-6555021")
    hbody = ("<html dir=\"rtl\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1255\">"
             "</head><body dir=\"rtl\" style=\"font-family:Arial\">" + text_to_html_lines(body) +
             "<hr><div dir=\"ltr\">" + esc(outlook_block(po, "en-US")).replace("\n", "<br>") + "<br>" +
             text_to_html_lines(po.request_text()) + "</div></body></html>\n")
    part = html(hbody, charset="windows-1255", cte="quoted-printable")
    hdrs = reply_headers(po, ("מיכל לוי", "michal.levi@galil-ortho.example"), date,
                         "<VI1P195MB0724E3F4A5B6C7D8VI1P195MB0724@VI1P195MB0724.EURP195.PROD.OUTLOOK.COM>",
                         prefix="RE: ", charset="windows-1255", extra=[("Content-Language", "he-IL")])
    exp = confirmation("Size 44: 60 on 10 Dec + 20 on 7 Jan; heel cups 4.60; sizes 42/44 are not quantities.",
                       conf(po, {1: ACC,
                                 2: chg(80, "11.40", "2027-01-07", [(60, "2026-12-10"), (20, "2027-01-07")]),
                                 3: chg(150, "4.60", "2026-12-10")}))
    return [po], message(hdrs, part), exp


@case("048-gas-cylinders-rental-arabic", "confirmation", "ar-AE",
      "Arabic HTML reply with an English summary: cylinders as ordered, the rental line (cylinder-days) at a "
      "new daily rate; gas mix '82/18' and 'Thursday 26 November'.")
def c048():
    sup = Supplier("GULFGAS", "Gulf Industrial Gases LLC", "sales@gulf-gases.example", "ar-AE")
    po = PO("4500031148", sup, B_IND, "USD", "2026-11-11", [
        ("GAS-O2-50L", "Oxygen industrial, 50 l cylinder", 20, "CYL", "21.00", "2026-11-26"),
        ("GAS-ARCO2-50L", "Argon/CO2 82/18 mix, 50 l cylinder", 15, "CYL", "34.50", "2026-11-26"),
        ("RENT-CYL-DAY", "Cylinder rental, 35 cylinders x 30 days (cylinder-days)", 1050, "DAY", "0.30",
         "2026-11-26"),
    ])
    date = R(po, 16, 9, 12, 5, "+0400")
    wd(D(2026, 11, 26), "Thursday")
    ar = ("السيد مارتن المحترم،\n\n"
          "نشكركم على أمر الشراء رقم 4500031148، ونؤكد ما يلي:\n\n"
          "1. أكسجين صناعي، أسطوانة 50 لتر: 20 أسطوانة بسعر 21.00 دولار للأسطوانة\n"
          "2. خليط أرجون/ثاني أكسيد الكربون 82/18: 15 أسطوانة بسعر 34.50 دولار للأسطوانة\n"
          "3. إيجار الأسطوانات: 1050 يوم-أسطوانة بسعر 0.35 دولار لليوم\n\n"
          "موعد التسليم: الخميس 26 نوفمبر 2026\n\n"
          "مع أطيب التحيات،")
    en = ("Dear Martin,\n\nSummary in English: O2 20 cyl @ USD 21.00, Ar/CO2 82/18 15 cyl @ USD 34.50, rental "
          "1,050 cylinder-days @ USD 0.35 (new daily rate). Delivery Thursday 26 November 2026 to your Jebel Ali "
          "site.\n\nBest regards,\nOmar Al Mansoori\nSales Coordinator | Gulf Industrial Gases LLC\n"
          "+971 4 555 0188")
    plain = ar + "\n\n" + en + "\n"
    hb = ("<html><head><meta charset=\"utf-8\"></head><body><div dir=\"rtl\" style=\"text-align:right\">" +
          text_to_html_lines(ar) + "</div><br><div dir=\"ltr\">" + text_to_html_lines(en) + "</div></body></html>\n")
    part = multipart("alternative", [text(plain, charset="utf-8", cte="base64"),
                                     html(hb, charset="utf-8", cte="base64")],
                     "_000_DXBP281MB0445A1B2C3D4E5F6DXBP281MB0445_")
    hdrs = reply_headers(po, ("Omar Al Mansoori", "omar.almansoori@gulf-gases.example"), date,
                         "<DXBP281MB0445A1B2C3D4E5F6A7B8@DXBP281MB0445.ARE.PROD.OUTLOOK.COM>",
                         extra=[("Content-Language", "ar-AE")])
    exp = confirmation("Cylinders as ordered; rental 0.35 per cylinder-day; Thu 26 Nov = PO date.",
                       conf(po, {1: ACC, 2: ACC, 3: chg(1050, "0.35", "2026-11-26")}))
    return [po], message(hdrs, part), exp


@case("049-nutmeg-one-of-two-pos-id", "confirmation", "id-ID",
      "Indonesian reply answering one of two open POs and saying the other is still waiting for the farmers "
      "(mentioned, not answered); decimal commas.")
def c049():
    sup = Supplier("REMPAH", "PT Rempah Nusantara", "sales@rempah-nusantara.example", "id-ID")
    po1 = PO("4500031149", sup, B_FOOD, "USD", "2026-11-03", [
        ("SP-NUT-ABCD", "Nutmeg whole ABCD, shelled", 200, "KG", "11.80", "2027-01-22"),
        ("SP-CLV-LAL", "Cloves Lalpari, hand-picked", 150, "KG", "9.40", "2027-01-22"),
    ])
    po2 = PO("4500031150", sup, B_FOOD, "USD", "2026-11-10", [
        ("SP-MACE-BR", "Mace blades, broken", 50, "KG", "24.00", "2027-02-05"),
        ("SP-CUB-PEP", "Cubeb pepper, whole", 30, "KG", "15.50", "2027-02-05"),
    ])
    date = R(po1, 17, 15, 3, 27, "+0700")
    body = ("Yth. Ibu Priya Shah,\n\n"
            "Terima kasih atas pesanannya. Dengan ini kami konfirmasi PO 4500031149 sebagai berikut:\n\n"
            "1. Pala utuh ABCD tanpa kulit - 200 kg, harga USD 12,20/kg (harga pala naik sejak Oktober)\n"
            "2. Cengkeh Lalpari petik tangan - 150 kg, harga USD 9,40/kg\n\n"
            "Perkiraan tiba (ETA) di Felixstowe: 22 Januari 2027.\n\n"
            "Untuk PO 4500031150 (fuli dan kemukus) kami masih menunggu konfirmasi dari petani di Banda, "
            "akan kami kabari minggu depan.\n\n"
            "Hormat kami,\n"
            "Dewi Lestari\nExport Sales\nPT Rempah Nusantara, Surabaya\nTelp. +62 31 5555 0172")
    part = gmail_alt(po1, body, "en", boundary="000000000000e8f0b20625bad4c6")
    hdrs = reply_headers(po1, ("Dewi Lestari", "dewi@rempah-nusantara.example"), date,
                         "<CAP2wR8qM4xU7vZ1nY3kC9eL6hG0sB5dF2aT4oI9jK7rQ1yZ@mail.gmail.com>", prefix="Re: ",
                         refs_before=[po2.rid])
    exp = confirmation("Only PO 4500031149 answered (nutmeg 12.20); PO 4500031150 is only mentioned, so left out.",
                       conf(po1, {1: chg(200, "12.20", "2027-01-22"), 2: ACC}))
    return [po1, po2], message(hdrs, part), exp


@case("050-music-ooo-japanese-iso2022jp", "auto_reply", "ja-JP",
      "Japanese out-of-office in ISO-2022-JP with a holiday period and a return date written with weekdays "
      "in brackets.")
def c050():
    sup = Supplier("HAMAGAKKI", "Hamamatsu Gakki Shokai Co., Ltd.", "order@hamamatsu-gakki.example", "ja-JP")
    po = PO("4500031151", sup, B_MUSIC, "USD", "2026-11-20", [
        ("KB-DIG-88W", "Digital piano 88 keys, weighted, white", 4, "EA", "690.00", "2027-01-15"),
        ("UKE-CON-MAH", "Concert ukulele, mahogany", 24, "EA", "58.00", "2027-01-15"),
    ], sent_time=(9, 10))
    date = R(po, 20, 18, 10, 44, "+0900")
    wd(D(2026, 11, 20), "Friday")
    wd(D(2026, 11, 29), "Sunday")
    wd(D(2026, 11, 30), "Monday")
    body = ("※このメールは自動返信です。\n\n"
            "お問い合わせいただきありがとうございます。\n"
            "誠に勝手ながら、11月20日（金）から11月29日（日）まで休暇をいただいております。\n"
            "いただいたメールは11月30日（月）より順次対応させていただきます。\n"
            "お急ぎの場合は営業部 代表（order@hamamatsu-gakki.example）までご連絡ください。\n\n"
            "浜松楽器商会 営業部 鈴木\n")
    part = text(body, charset="ISO-2022-JP", cte="7bit")
    hdrs = reply_headers(po, ("鈴木 美咲", "m.suzuki@hamamatsu-gakki.example"), date,
                         "<20261120181044.autoreply.3f9a@hamamatsu-gakki.example>",
                         subject="自動返信: " + po.subject, charset="ISO-2022-JP",
                         extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    return [po], message(hdrs, part), other("auto_reply", "Japanese OOO, holiday 20-29 Nov.")


@case("051-flocculant-split-latvian", "confirmation", "lv-LV",
      "Latvian reply splitting 8000 kg into two deliveries (December and January) with dates ending in a dot; "
      "an SDS version and a batch expiry month as distractors.")
def c051():
    sup = Supplier("BUKIMIJA", "Baltijas Ūdens Ķīmija SIA", "pasutijumi@bu-kimija.example", "lv-LV")
    po = PO("4500031152", sup, B_WATER, "EUR", "2026-11-12", [
        ("WT-ALSULF-G", "Aluminium sulphate, granular, 25 kg bags", 8000, "KG", "0.29", "2026-12-09"),
        ("WT-APAM-25", "Anionic polyacrylamide flocculant, 25 kg bags", 500, "KG", "3.40", "2026-12-09"),
    ])
    date = R(po, 17, 10, 51, 13, "+0200")
    body = ("Labdien, Vogtes kundze!\n\n"
            "Paldies par pasūtījumu Nr. 4500031152. Apstiprinām:\n\n"
            "1. Alumīnija sulfāts, granulēts, maisos pa 25 kg - 8000 kg, cena 0,29 EUR/kg. Piegāde divās daļās: "
            "4000 kg 09.12.2026. un 4000 kg 06.01.2027.\n"
            "2. Anjonu poliakrilamīds - 500 kg (20 maisi), cena 3,40 EUR/kg, piegāde 09.12.2026.\n\n"
            "Drošības datu lapa: versija 4.1. Partijas derīguma termiņš: 2028. gada marts.\n\n"
            "Ar cieņu\n"
            "Ilze Bērziņa\nPārdošanas nodaļa\nBaltijas Ūdens Ķīmija SIA, Rīga\nTālr. +371 67 555 210")
    part = outlook_alt(po, body, "en-GB", charset="windows-1257",
                       boundary="_000_AS4PR07MB8790C1D2E3F4A5B6AS4PR07MB8790eurp_", html_lang="LV")
    hdrs = reply_headers(po, ("Ilze Bērziņa", "ilze.berzina@bu-kimija.example"), date,
                         "<AS4PR07MB8790C1D2E3F4A5B6C7D8@AS4PR07MB8790.eurprd07.prod.outlook.com>",
                         charset="windows-1257", extra=[("Content-Language", "lv-LV")])
    exp = confirmation("Line 1: 4000 kg 2026-12-09 + 4000 kg 2027-01-06; line 2 as ordered.",
                       conf(po, {1: chg(8000, "0.29", "2027-01-06", [(4000, "2026-12-09"), (4000, "2027-01-06")]),
                                 2: ACC}))
    return [po], message(hdrs, part), exp


@case("052-laser-parts-lots-estonian", "confirmation", "et-EE",
      "Estonian laser-cutting confirmation: one part delivered in two lots, one priced per lot "
      "('300 tk = 615,00 EUR'), drawing numbers and revisions that look like quantities.")
def c052():
    sup = Supplier("TLNLASER", "Tallinna Laserlõikus OÜ", "tellimused@tallinna-laser.example", "et-EE")
    po = PO("4500031153", sup, B_IND, "EUR", "2026-11-13", [
        ("LC-GUS-2231-B", "Gusset plate S355 8 mm, dwg 2231 rev B", 600, "EA", "2.40", "2026-12-11"),
        ("LC-FLG-2240-A", "Flange ring 304L 4 mm, dwg 2240 rev A", 150, "EA", "6.75", "2026-12-11"),
        ("LC-COV-2252-C", "Cover plate DC01 2 mm, bent, dwg 2252 rev C", 300, "EA", "1.95", "2026-12-11"),
    ])
    date = R(po, 18, 16, 20, 33, "+0200")
    body = ("Tere, Martin!\n\n"
            "Kinnitame tellimuse 4500031153:\n\n"
            "1) Knaap S355 8 mm, joonis 2231 rev B - 600 tk, 2,40 EUR/tk. Tarnime kahes partiis: 300 tk "
            "11.12.2026 ja 300 tk 18.12.2026.\n"
            "2) Äärikrõngas 304L 4 mm, joonis 2240 rev A - 150 tk, 6,75 EUR/tk, tarne 11.12.2026.\n"
            "3) Kaaneplaat DC01 2 mm, painutatud, joonis 2252 rev C - hind partii kohta: 300 tk = 615,00 EUR, "
            "tarne 11.12.2026.\n\n"
            "Hinnad ei sisalda käibemaksu. Materjalisertifikaat EN 10204 3.1 lisatakse saatelehele.\n\n"
            "Lugupidamisega\n"
            "Kadri Tamm\nmüügijuht\nTallinna Laserlõikus OÜ\n+372 655 5310")
    part = outlook_alt(po, body, "en-GB", charset="utf-8",
                       boundary="_000_HE1PR0802MB2468D7E8F9A0B1C2HE1PR0802MB2468eurp_", html_lang="ET")
    hdrs = reply_headers(po, ("Kadri Tamm", "kadri.tamm@tallinna-laser.example"), date,
                         "<HE1PR0802MB2468D7E8F9A0B1C2D3E4@HE1PR0802MB2468.eurprd08.prod.outlook.com>",
                         extra=[("Content-Language", "et-EE")])
    exp = confirmation("Gussets 300 + 300 (11 and 18 Dec); cover plates 615.00 per lot of 300 = 2.05 each.",
                       conf(po, {1: chg(600, "2.40", "2026-12-18", [(300, "2026-12-11"), (300, "2026-12-18")]),
                                 2: ACC, 3: chg(300, per("615.00", 300), "2026-12-11")}))
    return [po], message(hdrs, part), exp


@case("053-ink-discontinued-bulgarian", "confirmation", "bg-BG",
      "Bulgarian windows-1251 reply rejecting a discontinued Canon ink line and confirming the others as "
      "ordered, with 'г.' after every date.")
def c053():
    sup = Supplier("PRINTCONS", "Print Consumables EOOD", "orders@printcons.example", "bg-BG")
    po = PO("4500031154", sup, B_OFFICE, "EUR", "2026-11-16", [
        ("TN-241BK", "Brother TN-241BK toner, black", 20, "EA", "29.50", "2026-11-30"),
        ("CLI-571XL-C", "Canon CLI-571XL ink, cyan", 30, "EA", "9.80", "2026-11-30"),
        ("Q2612A", "HP 12A toner, black", 25, "EA", "31.40", "2026-11-30"),
    ])
    date = R(po, 18, 12, 9, 51, "+0200")
    body = ("Здравейте, г-н Дойл,\n\n"
            "Благодарим за поръчка № 4500031154. Потвърждаваме следното:\n\n"
            "1. Тонер Brother TN-241BK - 20 бр. по 29,50 EUR - доставка 30.11.2026 г.\n"
            "2. Мастило Canon CLI-571XL циан - спряно от производство, за съжаление не можем да го доставим.\n"
            "3. Тонер HP 12A (Q2612A) - 25 бр. по 31,40 EUR - доставка 30.11.2026 г.\n\n"
            "Поздрави,\n"
            "Десислава Петрова\nПринт Консумативи ЕООД, София\nтел. +359 2 955 5120")
    part = thunderbird_plain(po, body, charset="windows-1251", cte="quoted-printable",
                             attrib=f"На 16.11.2026 г. в 9:30, {B_OFFICE.name} написа:")
    hdrs = reply_headers(po, ("Десислава Петрова", "d.petrova@printcons.example"), date,
                         "<7a0c3e51-9b2d-4f6a-8e17-c5d4b3a2f190@printcons.example>", prefix="Re: ",
                         charset="windows-1251", extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = confirmation("Canon ink discontinued -> rejected; the rest as ordered.",
                       conf(po, {1: ACC, 2: REJ, 3: ACC}))
    return [po], message(hdrs, part), exp


@case("054-bearings-bottom-posted-slovene", "confirmation", "sl-SI",
      "Slovene answer bottom-posted under the full quoted PO (which carries the requested dates); two "
      "positions moved to '14. 1. 2027', bearing designations like 22210 E1 K and H310.")
def c054():
    sup = Supplier("LEZAJICELJE", "Ležaji Celje d.o.o.", "prodaja@lezaji-celje.example", "sl-SI")
    po = PO("4500031155", sup, B_IND, "EUR", "2026-11-13", [
        ("22210-E1-K", "Spherical roller bearing 22210 E1 K", 10, "EA", "64.00", "2026-12-11"),
        ("H310", "Adapter sleeve H310", 10, "EA", "12.30", "2026-12-11"),
        ("UCP205", "Pillow block bearing unit UCP205", 24, "EA", "13.90", "2026-12-11"),
    ])
    date = R(po, 18, 8, 33, 16, "+0100")
    body = ("Pozdravljeni,\n\n"
            "potrjujemo naročilo 4500031155.\n"
            "Poz. 1 in 2 (ležaj 22210 E1 K in puša H310): dobavni rok je 14. 1. 2027, cene ostanejo "
            "nespremenjene.\n"
            "Poz. 3 (UCP205): 24 kosov po 13,90 EUR, dobava 11. 12. 2026.\n\n"
            "Lep pozdrav,\n"
            "Matej Kranjc\nLežaji Celje d.o.o.\n+386 3 555 42 10")
    part = thunderbird_plain(po, body, charset="windows-1250", cte="quoted-printable", bottom=True,
                             attrib=f"Dne 13. 11. 2026 ob 09:30 je {B_IND.name} napisal:")
    hdrs = reply_headers(po, ("Matej Kranjc", "matej.kranjc@lezaji-celje.example"), date,
                         "<2e8d4b17-0a6c-4f39-b5e2-9c1a7d3f6b08@lezaji-celje.example>", prefix="Re: ",
                         charset="windows-1250", extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = confirmation("Answer below the quote; lines 1-2 2027-01-14 at PO price; line 3 as ordered.",
                       conf(po, {1: chg(10, "64.00", "2027-01-14"), 2: chg(10, "12.30", "2027-01-14"), 3: ACC}))
    return [po], message(hdrs, part), exp


@case("055-hose-confirmed-but-backordered", "needs_review", "en-US",
      "Says 'confirmed, everything ships 12/4' and then, further down, that the main hose is back-ordered until "
      "mid-January and offers a substitute: contradictory.")
def c055():
    sup = Supplier("GREATLAKES", "Great Lakes Hose & Fitting Inc.", "orders@greatlakes-hose.example", "en-US")
    po = PO("4500031156", sup, B_IND, "USD", "2026-11-12", [
        ("HS-R12-16", "Hydraulic hose SAE 100R12 -16 (1in)", 150, "FT", "6.85", "2026-12-04"),
        ("FT-JIC-16-16", "JIC 37 female swivel fitting -16", 40, "EA", "9.20", "2026-12-04"),
    ])
    date = R(po, 17, 14, 2, 48, "-0500")
    body = ("Hi Martin,\n\n"
            "PO 4500031156 is confirmed, everything ships 12/4.\n\n"
            "Pricing per your PO.\n\n"
            "Note: the R12 -16 hose is on backorder from the mill until mid-January. We could sub a 4-wire "
            "spiral 4SH -16 if that works for your application, let me know.\n\n"
            "Thanks,\nTodd Brennan\nGreat Lakes Hose & Fitting\n(216) 555-0139")
    part = gmail_alt(po, body, "en", boundary="000000000000b3d5f70625bbe5d8")
    hdrs = reply_headers(po, ("Todd Brennan", "todd@greatlakes-hose.example"), date,
                         "<CAE6yS0rN5xV8wZ2pY4kD1fL7hH3sC6eG9aU5oK0jM8rR2yA@mail.gmail.com>", prefix="Re: ")
    return [po], message(hdrs, part), other("needs_review", "Confirms 12/4 for everything but says the hose is "
                                                           "back-ordered to January: contradictory.")


@case("056-gmail-bounce-domain-not-found", "bounce", "en-CA",
      "Gmail 'Address not found' bounce (DNS error for the supplier domain) with delivery-status and the "
      "original message.")
def c056():
    sup = Supplier("MAPLELEAF", "Maple Leaf Bike Works Ltd.", "sales@mapleleaf-bikes.example", "en-CA")
    b = Buyer("Jonas Berg", "jonas.berg@velocita-cycles.example", "Velocita Cycles Inc.")
    po = PO("4500031157", sup, b, "USD", "2026-11-19", [
        ("WH-700C-DISC", "Wheelset 700C disc, 12 mm thru-axle", 10, "EA", "214.00", "2026-12-18"),
        ("TU-700x28-PR", "Inner tube 700x25-32C, presta 48 mm", 200, "EA", "3.10", "2026-12-18"),
    ], sent_time=(16, 40))
    date = R(po, 19, 16, 40, 58, "-0800")
    txt = ("** Address not found **\n\n"
           "Your message wasn't delivered to sales@mapleleaf-bikes.example because the domain "
           "mapleleaf-bikes.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
           "Learn more here: https://support.google.com/mail/?p=BadRcptDomain\n\n"
           "The response was:\n\n"
           "DNS Error: DNS type 'mx' lookup of mapleleaf-bikes.example responded with code NXDOMAIN Domain name "
           "not found: mapleleaf-bikes.example\n")
    hb = ("<html><head></head><body><table><tr><td style=\"font-size:24px\">Address not found</td></tr>"
          "<tr><td>Your message wasn't delivered to <a style=\"color:#212121\">sales@mapleleaf-bikes.example</a> "
          "because the domain mapleleaf-bikes.example couldn't be found. Check for typos or unnecessary spaces "
          "and try again.</td></tr><tr><td><b>The response was:</b><p>DNS Error: DNS type 'mx' lookup of "
          "mapleleaf-bikes.example responded with code NXDOMAIN</p></td></tr></table></body></html>\n")
    alt = multipart("alternative", [text(txt, charset="UTF-8", cte="7bit"), html(hb, charset="UTF-8",
                                                                                  cte="quoted-printable")],
                    "00000000000095a3c10625bc0a11")
    ds = delivery_status([("Reporting-MTA", "dns; googlemail.com"),
                          ("Received-From-MTA", "dns; jonas.berg@velocita-cycles.example"),
                          ("Arrival-Date", "Thu, 19 Nov 2026 16:40:55 -0800 (PST)"),
                          ("X-Original-Message-ID", po.rid)],
                         [[("Final-Recipient", "rfc822; sales@mapleleaf-bikes.example"),
                           ("Action", "failed"), ("Status", "5.1.2"),
                           ("Diagnostic-Code", "smtp; DNS type 'mx' lookup of mapleleaf-bikes.example responded "
                                               "with code NXDOMAIN"),
                           ("Last-Attempt-Date", "Thu, 19 Nov 2026 16:40:58 -0800 (PST)")]])
    orig = rfc822(request_message(po, MailDate(2026, 11, 19, 16, 40, 55, "-0800")))
    part = multipart("report", [alt, ds, orig], "00000000000095a3b80625bc0a0f",
                     params=" report-type=delivery-status;")
    hdrs = [("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
            ("To", b.email),
            ("Subject", "Delivery Status Notification (Failure)"),
            ("Date", date.header),
            ("Message-ID", "<6755a8da.050a0220.1f3b2c.a41e.GMR@mx.google.com>"),
            ("In-Reply-To", po.rid), ("References", po.rid), ("Auto-Submitted", "auto-replied")]
    return [po], message(hdrs, part), other("bounce", "Gmail DSN, NXDOMAIN for the supplier domain.")


@case("057-iem-distributor-quotes-manufacturer", "confirmation", "en-US",
      "Distributor forwards the manufacturer's allocation mail (ship 11 December from Germany, arrival 16 Dec, "
      "dealer net price in EUR) and adds its own delivery commitment of 12/18; frequency range 516-558 MHz.")
def c057():
    sup = Supplier("PROSOUND", "ProSound Distribution Inc.", "orders@prosound-dist.example", "en-US")
    po = PO("4500031158", sup, B_MUSIC_US, "USD", "2026-11-09", [
        ("IEM-WL-G4-A", "Wireless in-ear monitor system, band A (516-558 MHz)", 4, "EA", "529.00", "2026-12-07"),
        ("DI-ACT-2CH", "Active DI box, 2 channel", 10, "EA", "89.00", "2026-12-07"),
        ("HP-STUDIO-80", "Studio headphones, 80 ohm", 20, "EA", "119.00", "2026-12-07"),
    ])
    date = R(po, 12, 11, 26, 40, "-0600")
    wd(D(2026, 12, 18), "Friday")
    fwd = ("---------- Forwarded message ---------\n"
           "From: Order Management EMEA <om-emea@sennmark-audio.example>\n"
           "Date: Thu, Nov 12, 2026 at 3:14 AM\n"
           "Subject: RE: Allocation request PSD-PO-77812 / end customer Liberty Music\n"
           "To: Chris Novak <chris.novak@prosound-dist.example>\n\n\n"
           "Hello Chris,\n\n"
           "for PSD-PO-77812 we can allocate the 4 pcs IEM G4 band A (516-558 MHz). Because of the band A "
           "frequency change they will be built in week 50 and shipped from Wedemark on 11 December, arrival at "
           "your Nashville warehouse approx. 16 December.\n\n"
           "Price as per your 2026 distributor agreement (EUR 412.00 net).\n\n"
           "Best regards\nOrder Management EMEA\nSennmark Audio GmbH\n")
    body = ("Hi Alicia,\n\n"
            "I checked with the factory on the IEM systems, see their answer below. Net for you:\n\n"
            "- DI boxes (10) and headphones (20): from our stock, delivery 12/7 as requested, your prices.\n"
            "- IEM G4 band A (4): the factory can't build them before week 50. They land here on the 16th and we "
            "turn them around same day, so delivery to your store Friday 12/18. Price stays at $529.00.\n\n"
            "Sorry about the delay on those.\n\n"
            "Chris Novak\nAccount Manager | ProSound Distribution Inc.\nNashville, TN | (615) 555-0178\n\n" + fwd)
    part = gmail_alt(po, body, "en", boundary="000000000000c6e8a40625bcf7e9")
    hdrs = reply_headers(po, ("Chris Novak", "chris.novak@prosound-dist.example"), date,
                         "<CAL3zT1sO6xW9vA3qZ5kE2gM8hI4tD7fH0bV6pL1kN9sS3zB@mail.gmail.com>", prefix="Re: ")
    exp = confirmation("Distributor's own commitment: IEM delivery 2026-12-18 at $529; week 50 / 11 Dec / 16 Dec "
                       "and EUR 412 are the factory's figures. Others as ordered.",
                       conf(po, {1: chg(4, "529.00", "2026-12-18"), 2: ACC, 3: ACC}))
    return [po], message(hdrs, part), exp


@case("058-stretch-film-yesterdays-order-and-new-rfq", "confirmation", "de-DE",
      "Confirms 'Ihre gestrige Bestellung' exactly as ordered and, in the same mail, asks questions about a "
      "different new quotation (30 µm bundling film): the question does not make it needs_review.")
def c058():
    sup = Supplier("FOLIENNORD", "Folienwerk Nord GmbH", "verkauf@folienwerk-nord.example", "de-DE")
    po = PO("4500031159", sup, B_PACK, "EUR", "2026-11-18", [
        ("SF-H-500-20-BLK", "Hand stretch film 500 mm, 20 my, black, 250 m", 144, "RL", "8.10", "2026-12-03"),
        ("SF-M-500-17-PRE", "Machine pre-stretch film 500 mm, 17 my, 1800 m", 30, "RL", "41.00", "2026-12-03"),
    ])
    date = R(po, 19, 10, 44, 2, "+0100")
    wd(D(2026, 12, 3), "Thursday")
    body = ("Hallo Frau Novak,\n\n"
            "vielen Dank für Ihre gestrige Bestellung 4500031159, die wir hiermit wie folgt bestätigen:\n\n"
            "Pos. 1: 144 Rollen Handstretchfolie schwarz 20 µm (= 4 Paletten à 36 Rollen) à 8,10 €\n"
            "Pos. 2: 30 Rollen Maschinen-Vorstreckfolie 17 µm à 41,00 €\n"
            "Liefertermin für beide Positionen: Donnerstag, 03.12.2026.\n\n"
            "Zu Ihrer Anfrage von heute wegen der Bündelfolie 30 µm in 400 mm Breite: Könnten Sie uns noch die "
            "Jahresmenge und die gewünschte Kerngröße (50 mm oder 76 mm) mitteilen? Dann erstellen wir Ihnen "
            "gern ein Angebot.\n\n"
            "Viele Grüße aus Neumünster\n"
            "Jan Petersen\nVertrieb Innendienst\nFolienwerk Nord GmbH\nTel. 04321 555-140")
    part = outlook_alt(po, body, "de-DE", charset="iso-8859-15",
                       boundary="_000_FR3P281MB1569B2C3D4E5F6A7FR3P281MB1569DEUP_", html_lang="DE")
    hdrs = reply_headers(po, ("Jan Petersen", "jan.petersen@folienwerk-nord.example"), date,
                         "<FR3P281MB1569B2C3D4E5F6A7B8C9@FR3P281MB1569.DEUP281.PROD.OUTLOOK.COM>",
                         prefix="AW: ", charset="iso-8859-15", extra=[("Content-Language", "de-DE")])
    exp = confirmation("All as ordered (Thu 03.12.2026); the question concerns a separate quotation.",
                       conf(po, {1: ACC, 2: ACC}))
    return [po], message(hdrs, part), exp


@case("059-shipping-notice-other-order-nl", "unrelated", "nl-NL",
      "Dutch dispatch notice with track & trace and tomorrow's delivery date, but for another PO number of the "
      "same supplier.")
def c059():
    sup = Supplier("FOGBRABANT", "Fietsonderdelen Groothandel Brabant B.V.", "orders@fog-brabant.example", "nl-NL")
    po = PO("4500031160", sup, B_BIKE, "EUR", "2026-11-16", [
        ("BR-DISC-160", "Disc brake rotor 160 mm, 6-bolt", 40, "EA", "11.20", "2026-12-09"),
        ("BR-PAD-RES", "Disc brake pads, resin", 100, "PR", "4.35", "2026-12-09"),
    ])
    date = R(po, 19, 17, 5, 0, "+0100")
    body = ("Beste klant,\n\n"
            "Uw bestelling is verzonden!\n\n"
            "Ordernummer: 2026-118734\n"
            "Uw referentie: 4500030877\n"
            "Vervoerder: PostNL Pakketten\n"
            "Track & Trace: 3SFOGB0011873421\n"
            "Verwachte levering: vrijdag 20 november 2026, tussen 09:00 en 13:00\n\n"
            "Inhoud zending:\n"
            "  12 x Ketting 9-speed 114 schakels\n"
            "  30 x Buitenband 28-622 reflectie\n\n"
            "Met vriendelijke groet,\nFietsonderdelen Groothandel Brabant B.V.\n\n"
            "Dit is een automatisch gegenereerd bericht.")
    part = multipart("alternative", [text(body, charset="utf-8", cte="quoted-printable"),
                                     html("<html><body>" + text_to_html_lines(body) + "</body></html>\n",
                                          charset="utf-8", cte="quoted-printable")], "=_fog_ship_2026118734")
    hdrs = [("From", addr("FOG Brabant Verzending", "noreply@fog-brabant.example")),
            ("To", B_BIKE.email),
            ("Subject", "Verzendbevestiging order 2026-118734 (uw ref. 4500030877)"),
            ("Date", date.header),
            ("Message-ID", "<ship.2026-118734.1763568300@fog-brabant.example>"),
            ("Auto-Submitted", "auto-generated")]
    return [po], message(hdrs, part), other("unrelated", "Shipping notice for reference 4500030877, not our open "
                                                        "PO 4500031160.")


@case("060-herbs-shared-inbox-received-da", "auto_reply", "da-DK",
      "Danish shared-inbox acknowledgment ('vi har modtaget din e-mail ... inden for 2 arbejdsdage') from an "
      "info@ address, threaded on our PO.")
def c060():
    sup = Supplier("DANSKSVAMPE", "Dansk Svampe & Krydderurter A/S", "info@dansk-svampe.example", "da-DK")
    po = PO("4500031161", sup, B_FRESH, "EUR", "2026-11-20", [
        ("MSH-KB-250", "King oyster mushrooms, 250 g punnet", 120, "EA", "2.40", "2026-12-01"),
        ("HRB-DILL-TR", "Fresh dill, tray of 10 bunches", 30, "TRAY", "7.80", "2026-12-01"),
    ], sent_time=(7, 55))
    date = R(po, 20, 7, 55, 40, "+0100")
    body = ("Kære kunde\n\n"
            "Tak for din henvendelse. Vi har modtaget din e-mail og vender tilbage hurtigst muligt, normalt inden "
            "for 2 arbejdsdage.\n\n"
            "Bestillinger til levering i morgen skal være os i hænde senest kl. 12.00.\n\n"
            "Med venlig hilsen\nDansk Svampe & Krydderurter A/S\nKundeservice\n\n"
            "Denne e-mail er sendt automatisk og kan ikke besvares.")
    part = text(body, charset="iso-8859-1", cte="quoted-printable")
    hdrs = reply_headers(po, ("Dansk Svampe Kundeservice", "info@dansk-svampe.example"), date,
                         "<autoack.20261120075540.51c2@dansk-svampe.example>",
                         subject="Vi har modtaget din e-mail: " + po.subject, charset="iso-8859-1",
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [po], message(hdrs, part), other("auto_reply", "Shared inbox acknowledgment; no commitment.")


# ====================================================================== cases 061-080

@case("061-switchgear-ack-to-follow-fr-ca", "needs_review", "fr-CA",
      "Québec French: order received, engineering must validate the single-line diagrams, official "
      "acknowledgment promised by 'mercredi prochain (25 novembre)', and a typical 16-18 week lead time.")
def c061():
    sup = Supplier("BOREAL", "Appareillage Électrique Boréal inc.", "commandes@boreal-electrique.example", "fr-CA")
    po = PO("4500031162", sup, B_IND, "USD", "2026-11-16", [
        ("PNL-MCC-600V", "Motor control centre 600 V, 8 sections", 1, "EA", "72400.00", "2027-03-19"),
        ("PNL-DIST-1200", "Distribution panel 1200 A, 600 V", 2, "EA", "18900.00", "2027-03-19"),
    ])
    date = R(po, 19, 13, 50, 27, "-0500")
    wd(D(2026, 11, 25), "Wednesday")
    body = ("Bonjour M. Keller,\n\n"
            "Nous avons bien reçu votre bon de commande 4500031162 et nous vous en remercions.\n\n"
            "Notre service d'ingénierie doit d'abord valider les schémas unifilaires avant que nous puissions "
            "confirmer les délais. Vous recevrez notre accusé de réception officiel d'ici mercredi prochain "
            "(25 novembre). À titre indicatif, le délai habituel pour ce type d'appareillage est de 16 à 18 "
            "semaines.\n\n"
            "Cordialement,\n\n"
            "Geneviève Tremblay\nAdministration des ventes\nAppareillage Électrique Boréal inc.\n"
            "Laval (Québec) | 450 555-0126")
    part = outlook_alt(po, body, "fr-CA", charset="windows-1252",
                       boundary="_000_YT3PR01MB6215E4F5A6B7C8D9YT3PR01MB6215CANP_", html_lang="FR-CA")
    hdrs = reply_headers(po, ("Geneviève Tremblay", "g.tremblay@boreal-electrique.example"), date,
                         "<YT3PR01MB6215E4F5A6B7C8D9E0F1@YT3PR01MB6215.CANPRD01.PROD.OUTLOOK.COM>",
                         prefix="RE : ", charset="windows-1252", extra=[("Content-Language", "fr-CA")])
    return [po], message(hdrs, part), other("needs_review", "Acknowledgment promised for 25 November; the lead "
                                                           "time range is indicative only.")


@case("062-wine-three-open-pos-two-answered-es", "confirmation", "es-ES",
      "Spanish reply 'confirming both pending orders' while three are open: one answered fully, one partly "
      "(short rosado, Txakoli 'next week'), the sherry PO not mentioned at all; dd/mm dates without year.")
def c062():
    sup = Supplier("RIOJAALTA", "Bodegas y Distribución Rioja Alta S.L.", "pedidos@riojaalta-dist.example",
                   "es-ES")
    po1 = PO("4500031163", sup, B_WINE, "EUR", "2026-11-04", [
        ("RJ-CRZ-2022", "Rioja Crianza 2022, 0.75 l", 120, "BT", "6.90", "2026-12-04"),
        ("RJ-GRS-2016", "Rioja Gran Reserva 2016, 0.75 l", 36, "BT", "21.50", "2026-12-04"),
    ])
    po2 = PO("4500031164", sup, B_WINE, "EUR", "2026-11-11", [
        ("CAVA-BN-NV", "Cava Brut Nature NV, 0.75 l", 180, "BT", "5.40", "2026-12-11"),
        ("CAVA-ROS-NV", "Cava Rosado Brut NV, 0.75 l", 60, "BT", "6.10", "2026-12-11"),
        ("TXK-2025", "Txakoli 2025, 0.75 l", 48, "BT", "9.30", "2026-12-11"),
    ])
    po3 = PO("4500031165", sup, B_WINE, "EUR", "2026-11-16", [
        ("SHR-FINO", "Sherry Fino, 0.75 l", 60, "BT", "7.20", "2026-12-18"),
    ])
    date = R(po1, 20, 12, 18, 36, "+0100")
    wd(D(2026, 12, 4), "Friday")
    body = ("Hola Tom:\n\n"
            "Te confirmo los dos pedidos pendientes:\n\n"
            "Pedido 4500031163: Crianza 2022 - 120 botellas (20 cajas de 6) a 6,90 €; Gran Reserva 2016 - "
            "36 botellas a 21,50 €. Entrega el viernes 4 de diciembre.\n\n"
            "Pedido 4500031164: Cava Brut Nature - 180 botellas (15 cajas de 12) a 5,40 €, entrega el 11/12. "
            "Del Cava Rosado solo nos quedan 48 botellas, te las mando junto con el Brut Nature el 11/12 a 6,10 €. "
            "El Txakoli 2025 te lo confirmo la semana que viene, el productor todavía no ha embotellado.\n\n"
            "Un abrazo,\n"
            "Marta Ibáñez\nBodegas y Distribución Rioja Alta S.L.\nHaro (La Rioja) | +34 941 555 318")
    part = outlook_alt(po2, body, "es-ES", charset="iso-8859-15",
                       boundary="_000_MRZP264MB2985A1B2C3D4E5F6MRZP264MB2985FRAP_", html_lang="ES")
    hdrs = reply_headers(po2, ("Marta Ibáñez", "marta.ibanez@riojaalta-dist.example"), date,
                         "<MRZP264MB2985A1B2C3D4E5F6A7B8@MRZP264MB2985.FRAP264.PROD.OUTLOOK.COM>",
                         subject="RE: Pedidos pendientes Cellar Street", charset="iso-8859-15",
                         refs_before=[po1.rid], extra=[("Content-Language", "es-ES")])
    exp = confirmation(
        "PO 63 all as ordered; PO 64 rosado only 48, Txakoli next week (unconfirmed); PO 65 not mentioned -> "
        "left out.",
        conf(po1, {1: ACC, 2: ACC}),
        conf(po2, {1: ACC, 2: chg(48, "6.10", "2026-12-11"), 3: UNC}))
    return [po1, po2, po3], message(hdrs, part), exp


@case("063-guitars-inline-answers-it", "confirmation", "it-IT",
      "Italian answers typed inline under each quoted PO row; the quoted rows carry the requested dates and "
      "sizes '4/4' and '3/4' look like dates or fractions.")
def c063():
    sup = Supplier("DSMVENETA", "Distribuzione Strumenti Musicali Veneta S.r.l.", "ordini@dsmveneta.example",
                   "it-IT")
    po = PO("4500031166", sup, B_MUSIC, "EUR", "2026-11-17", [
        ("GTR-CL-44", "Classical guitar 4/4, solid cedar top", 10, "EA", "149.00", "2026-12-10"),
        ("GTR-CL-34", "Classical guitar 3/4, laminated top", 12, "EA", "79.00", "2026-12-10"),
        ("STR-NYL-HT", "Nylon strings, high tension, set", 100, "SET", "5.20", "2026-12-10"),
        ("BAG-CL-44", "Gig bag for classical guitar 4/4, 10 mm padding", 10, "EA", "24.00", "2026-12-10"),
    ])
    date = R(po, 18, 17, 2, 11, "+0100")
    answers = {1: "OK confermato",
               2: "8 pz per il 10/12, le restanti 4 pz il 15/01/2027",
               3: "ok ma il prezzo è 5,45 (nuovo listino)",
               4: "ok"}
    out = ["Buongiorno Megan,", "", "risposte nel testo qui sotto.", "", "Saluti", "Luca", "",
           gmail_attrib_it(po), ""]
    for ln in po.request_text().rstrip("\n").split("\n"):
        out.append(("> " + ln).rstrip())
        parts = ln.split()
        if parts and parts[0].isdigit() and int(parts[0]) in answers and len(parts) > 3:
            out.append("")
            out.append(answers[int(parts[0])])
            out.append("")
    body = "\n".join(out) + "\n\n--\nLuca Bianchi\nUfficio vendite - DSM Veneta S.r.l.\nTel. +39 049 555 7120\n"
    part = text(body, charset="UTF-8", cte="quoted-printable")
    hdrs = reply_headers(po, ("Luca Bianchi", "l.bianchi@dsmveneta.example"), date,
                         "<0f3b9d24-7e15-4a8c-b61d-2c9e5a0f7d83@dsmveneta.example>", prefix="R: ",
                         extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "it-IT")])
    exp = confirmation("Inline: line 2 8 on 10/12 + 4 on 15/01/2027; line 3 5.45; lines 1 and 4 ok.",
                       conf(po, {1: ACC,
                                 2: chg(12, "79.00", "2027-01-15", [(8, "2026-12-10"), (4, "2027-01-15")]),
                                 3: chg(100, "5.45", "2026-12-10"), 4: ACC}))
    return [po], message(hdrs, part), exp


def gmail_attrib_it(po):
    from aelib import gmail_attrib
    return gmail_attrib(po, "it")


@case("064-audio-cables-per-pack-gb", "confirmation", "en-GB",
      "Prices per pack of 10 and per bag of 25 against per-each PO prices; delivery 'Tuesday 1st December', one "
      "day earlier than requested, after a Monday dispatch.")
def c064():
    sup = Supplier("NPAS", "Northern Pro Audio Supplies Ltd", "sales@northernproaudio.example", "en-GB")
    po = PO("4500031167", sup, B_MUSIC, "GBP", "2026-11-16", [
        ("CBL-JACK-3M", "Instrument cable 6.35 mm jack, 3 m", 100, "EA", "3.90", "2026-12-02"),
        ("CON-XLR-F", "XLR female cable connector, 3-pin, gold", 200, "EA", "1.45", "2026-12-02"),
        ("CBL-SPK-15", "Speaker cable Speakon-Speakon 15 m, 2x2.5 mm2", 12, "EA", "21.80", "2026-12-02"),
    ])
    date = R(po, 18, 9, 7, 30, "+0000")
    wd(D(2026, 11, 30), "Monday")
    d = wd(D(2026, 12, 1), "Tuesday")
    body = ("Morning Megan,\n\n"
            "PO 4500031167 confirmed:\n\n"
            "- 3 m jack leads: 100 (10 packs of 10) at £39.00 per pack\n"
            "- XLR female connectors: these come in bags of 25, so 200 = 8 bags at £38.75 per bag\n"
            "- Speakon 15 m: 12 at £21.80 each\n\n"
            "All dispatching Monday 30th for delivery Tuesday 1st December.\n\n"
            "Cheers,\nDan Whitfield\nNorthern Pro Audio Supplies Ltd\nLeeds | 0113 555 0416")
    part = outlook_alt(po, body, "en-GB", boundary="_000_LO4P123MB6602F1E2D3C4B5A6LO4P123MB6602GBRP_")
    hdrs = reply_headers(po, ("Dan Whitfield", "dan@northernproaudio.example"), date,
                         "<LO4P123MB6602F1E2D3C4B5A6C7D8@LO4P123MB6602.GBRP123.PROD.OUTLOOK.COM>",
                         extra=[("Content-Language", "en-GB")])
    assert per("39.00", 10) == "3.90" and per("38.75", 25) == "1.55"
    exp = confirmation("Per pack/bag converted: 3.90 (same), 1.55 (changed); delivery 1 Dec for all lines.",
                       conf(po, {1: chg(100, per("39.00", 10), d), 2: chg(200, per("38.75", 25), d),
                                 3: chg(12, "21.80", d)}))
    return [po], message(hdrs, part), exp


@case("065-rigging-subject-to-credit-approval", "needs_review", "en-US",
      "Both lines 'confirmed at your pricing for 12/15, subject to credit approval' with a credit application "
      "PDF attached: the order is not released yet.")
def c065():
    sup = Supplier("ATLRIG", "Atlantic Marine Rigging Supply Co.", "orders@atlantic-rigging.example", "en-US")
    po = PO("4500031168", sup, B_MARINE, "USD", "2026-11-17", [
        ("SHK-316-12-2T", "Shackle AISI 316, 1/2in, WLL 2 t", 30, "EA", "18.40", "2026-12-15"),
        ("WR-316-7x19-8", "Wire rope AISI 316 7x19, 8 mm", 200, "FT", "2.10", "2026-12-15"),
    ])
    date = R(po, 18, 15, 31, 9, "-0500")
    pg = Page()
    y = 790
    for s, b in [("ATLANTIC MARINE RIGGING SUPPLY CO.", True), ("CREDIT APPLICATION", True), ("", False),
                 ("Company legal name: ______________________", False), ("Federal Tax ID: __________", False),
                 ("Years in business: ____   Requested credit line: USD ________", False),
                 ("Trade reference 1: ______________________", False),
                 ("Trade reference 2: ______________________", False),
                 ("Bank reference: ______________________", False), ("", False),
                 ("Terms upon approval: Net 30. Form rev. 03/2025", False)]:
        if s:
            pg.text(50, y, s, 12 if b else 10, b)
        y -= 18
    pdf = make_pdf([pg], "Credit Application", "Microsoft Word", "D:20250311090000-05'00'")
    body = ("Hi Ewan,\n\n"
            "Thanks for the PO. We can confirm both lines at your pricing for delivery 12/15, subject to credit "
            "approval. Since this is your first order with us, our credit department needs the attached credit "
            "application and two trade references. Once approved we'll release the order and send our formal "
            "acknowledgment.\n\n"
            "Alternatively we can ship on a prepaid basis if that's easier for you.\n\n"
            "Best,\nKaren Walsh\nCustomer Service | Atlantic Marine Rigging Supply Co.\nNorfolk, VA | "
            "(757) 555-0123")
    alt = gmail_alt(po, body, "en", boundary="000000000000d8f0c60625bd1a2b")
    part = multipart("mixed", [alt, attach(pdf, "application/pdf", "AMRS_Credit_Application.pdf")],
                     "000000000000d8f0c40625bd1a29")
    hdrs = reply_headers(po, ("Karen Walsh", "kwalsh@atlantic-rigging.example"), date,
                         "<CAB9xU3tP7yW0vB4rZ6kF3hN9iJ5uE8gI1cW7qM2lO0tT4zC@mail.gmail.com>", prefix="Re: ")
    return [po], message(hdrs, part), other("needs_review", "Confirmation conditional on credit approval; order "
                                                           "not released.")


@case("066-gas-cylinders-dienstag-kw49", "confirmation", "de-DE",
      "German Thunderbird reply: everything as ordered with delivery 'Dienstag, KW 49 (01.12.2026)', while a "
      "rental price valid from 01.01.2027 is mentioned as a note.")
def c066():
    sup = Supplier("GASRUHR", "Gasehandel Ruhr GmbH", "auftrag@gasehandel-ruhr.example", "de-DE")
    po = PO("4500031169", sup, B_IND, "EUR", "2026-11-18", [
        ("GAS-CO2-E290", "CO2 E290, 37.5 kg cylinder", 10, "CYL", "52.00", "2026-12-01"),
        ("GAS-AR46-50", "Argon 4.6, 50 l, 200 bar", 6, "CYL", "47.50", "2026-12-01"),
        ("RENT-FL-TAG", "Cylinder rental, per cylinder-day", 480, "DAY", "0.36", "2026-12-01"),
        ("DEL-CHG", "Delivery charge, per delivery", 1, "EA", "35.00", "2026-12-01"),
    ])
    date = R(po, 19, 8, 12, 50, "+0100")
    d = week_day(2026, 49, 2)
    assert iso(d) == "2026-12-01"
    body = ("Guten Tag Herr Keller,\n\n"
            "wir bestätigen Ihre Bestellung 4500031169 wie folgt:\n\n"
            "Pos. 1  CO2 E290 37,5 kg      10 Flaschen  à 52,00 €\n"
            "Pos. 2  Argon 4.6 50 l         6 Flaschen  à 47,50 €\n"
            "Pos. 3  Flaschenmiete        480 Flaschentage à 0,36 €\n"
            "        (Hinweis: ab 01.01.2027 gilt für neue Mietverträge 0,39 €/Tag)\n"
            "Pos. 4  Anlieferung            pauschal 35,00 €\n\n"
            "Anlieferung am Dienstag, KW 49 (01.12.2026) mit unserem eigenen Fahrzeug.\n\n"
            "Freundliche Grüße\n"
            "Sabine Krämer\nGasehandel Ruhr GmbH\nAm Hafen 7, 45138 Essen\nTel. 0201 555 3120")
    part = thunderbird_plain(po, body, charset="UTF-8", cte="8bit",
                             attrib=f"Am 18.11.26 um 09:30 schrieb {B_IND.name}:")
    hdrs = reply_headers(po, ("Sabine Krämer", "s.kraemer@gasehandel-ruhr.example"), date,
                         "<5d91c2a8-3f4e-4b07-a9d6-e81b2c7f0a45@gasehandel-ruhr.example>", prefix="Re: ",
                         extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")])
    exp = confirmation("Dienstag KW 49 = 2026-12-01 = PO date; 0,39 from 2027 applies to new contracts only.",
                       conf(po, {1: ACC, 2: ACC, 3: ACC, 4: ACC}))
    return [po], message(hdrs, part), exp


@case("067-dried-shiitake-html-only-cn", "confirmation", "zh-CN",
      "HTML-only Chinese reply (no text/plain part) confirming both lines as ordered; mushroom size '4-5cm', "
      "production month and 24-month shelf life, ETD before ETA.")
def c067():
    sup = Supplier("SHANZHEN", "Fujian Shanzhen Foods Co., Ltd.", "export@shanzhen-foods.example", "zh-CN")
    po = PO("4500031170", sup, B_FOOD, "USD", "2026-11-13", [
        ("MSH-SHI-DRY-4", "Dried shiitake, flower type, 4-5 cm", 300, "KG", "18.50", "2027-01-29"),
        ("MSH-WEAR-DRY", "Dried wood ear, black, grade A", 200, "KG", "9.60", "2027-01-29"),
    ])
    date = R(po, 17, 16, 45, 0, "+0800")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
         "<div style=\"font-family:Microsoft YaHei\">"
         "<p>Dear Priya,</p><p>您好！感谢您的订单 <b>4500031170</b>。</p><p>订单确认如下：</p>"
         "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
         "<tr><th>品名</th><th>规格</th><th>数量</th><th>单价</th></tr>"
         "<tr><td>花菇</td><td>4-5cm</td><td>300公斤</td><td>USD 18.50/公斤</td></tr>"
         "<tr><td>黑木耳</td><td>A级</td><td>200公斤</td><td>USD 9.60/公斤</td></tr></table>"
         "<p>装运期（ETD 厦门）：2026年12月18日<br>预计到港日期（ETA Felixstowe）：2027年1月29日</p>"
         "<p>2026年新货，生产日期：2026年11月，保质期24个月。</p>"
         "<p>Best regards<br>林晓燕 Lin Xiaoyan<br>福建山珍食品有限公司<br>Tel: +86 595 5555 0137</p></div>"
         "<div><br></div><div style=\"border-top:1px solid #ccc\">------------------&nbsp;Original&nbsp;"
         "------------------</div><blockquote>" + text_to_html_lines(po.request_text()) +
         "</blockquote></body></html>\n")
    part = html(h, charset="UTF-8", cte="base64")
    hdrs = reply_headers(po, ("林晓燕", "linxy@shanzhen-foods.example"), date,
                         "<tencent_8A3C1E0F5B7D92C4E6A1B3F5@qq.example>", prefix="回复: ", charset="UTF-8",
                         extra=[("X-Mailer", "Foxmail 7.2.25.228")])
    exp = confirmation("ETA 2027-01-29 = PO date; ETD is the shipment; all as ordered.",
                       conf(po, {1: ACC, 2: ACC}))
    return [po], message(hdrs, part), exp


@case("068-garden-ooo-spanish", "auto_reply", "es-ES",
      "Spanish vacation auto-reply naming a return weekday and date and an alternative order address.")
def c068():
    sup = Supplier("JARDIBERICA", "Herramientas Jardín Ibérica S.A.", "comercial@jardiberica.example", "es-ES")
    po = PO("4500031171", sup, B_GARDEN, "EUR", "2026-11-20", [
        ("GT-AZADA-1300", "Garden hoe, ash handle 1300 mm", 60, "EA", "9.40", "2026-12-16"),
        ("GT-RAST-16", "Bow rake, 16 teeth", 40, "EA", "8.10", "2026-12-16"),
    ], sent_time=(11, 5))
    date = R(po, 20, 11, 5, 50, "+0100")
    wd(D(2026, 11, 30), "Monday")
    body = ("Gracias por su mensaje.\n\n"
            "Estaré fuera de la oficina hasta el lunes 30 de noviembre, con acceso limitado al correo. Para pedidos "
            "y consultas urgentes puede escribir a pedidos@jardiberica.example o llamar al +34 976 555 210.\n\n"
            "Un saludo,\nPilar Sánchez")
    part = multipart("alternative", [text(body, charset="UTF-8", cte="quoted-printable"),
                                     html("<div dir=\"ltr\">" + text_to_html_lines(body) + "</div>\n",
                                          charset="UTF-8", cte="quoted-printable")],
                     "000000000000a0c2e40625be2b3c")
    hdrs = reply_headers(po, ("Pilar Sánchez", "comercial@jardiberica.example"), date,
                         "<CAD4vW7uQ8zX1wC5sA7lG4iO0jK6vF9hJ2dX8rN3mP1uU5aD@mail.gmail.com>", prefix="Re: ",
                         extra=[("Auto-Submitted", "auto-replied")])
    return [po], message(hdrs, part), other("auto_reply", "Vacation responder until 30 November.")


@case("069-packaging-statement-of-account", "unrelated", "en-IE",
      "Monthly statement of account (PDF) listing invoices against other PO numbers, with due dates and an "
      "overdue balance; not a reply to the open PO.")
def c069():
    sup = Supplier("LIFFEYPACK", "Liffey Packaging Supplies Ltd", "orders@liffey-packaging.example", "en-IE")
    po = PO("4500031172", sup, B_PACK, "EUR", "2026-11-16", [
        ("PT-PP-48-66-CL", "PP tape 48 mm x 66 m, clear, acrylic", 720, "RL", "0.79", "2026-12-04"),
        ("SF-500-23-BL", "Stretch film 500 mm x 23 my, blue tint", 96, "RL", "7.20", "2026-12-04"),
    ])
    date = R(po, 20, 6, 30, 0, "+0000")
    cols = [(40, "Date"), (110, "Document"), (200, "Your ref"), (300, "Due"), (380, "Debit"), (450, "Credit"),
            (510, "Balance")]
    rows = [["01/10/2026", "Opening bal.", "", "", "", "", "1,284.60"],
            ["06/10/2026", "INV 118204", "4500030611", "05/11/2026", "2,116.80", "", "3,401.40"],
            ["21/10/2026", "PAY 5531", "", "", "", "1,284.60", "2,116.80"],
            ["29/10/2026", "INV 118377", "4500030744", "28/11/2026", "864.00", "", "2,980.80"],
            ["03/11/2026", "CRN 2291", "4500030611", "", "", "96.00", "2,884.80"]]
    pdf = table_pdf([("LIFFEY PACKAGING SUPPLIES LTD", True), ("STATEMENT OF ACCOUNT", True),
                     ("Customer: Packline Logistics GmbH   Account no. PAC014", False),
                     ("Statement date: 20/11/2026", False)],
                    cols, rows, ["Current: 864.00   30 days: 2,020.80 (overdue)   60 days: 0.00",
                                 "Please remit EUR 2,020.80 now overdue. IBAN IE29 AIBK 9311 5212 3456 78"],
                    title="Statement PAC014 November 2026", producer="Sage 200", compress=True)
    body = ("Dear Customer,\n\n"
            "Please find attached your statement of account as at 20/11/2026.\n\n"
            "Our records show EUR 2,020.80 overdue. If payment has already been made, please disregard this "
            "notice.\n\n"
            "Kind regards,\nCredit Control\nLiffey Packaging Supplies Ltd, Ballymount, Dublin 12\n")
    part = multipart("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(pdf, "application/pdf", "Statement_PAC014_202611.pdf")],
                     "----=_Part_55120_88341726.1795149000000")
    hdrs = [("From", addr("Liffey Packaging Credit Control", "creditcontrol@liffey-packaging.example")),
            ("To", B_PACK.email),
            ("Subject", "Statement of account - PAC014 - November 2026"),
            ("Date", date.header),
            ("Message-ID", "<stmt.PAC014.202611@liffey-packaging.example>")]
    return [po], message(hdrs, part), other("unrelated", "Statement of account for other POs.")


@case("070-delayed-dsn-fr", "bounce", "fr-FR",
      "Delayed-delivery DSN (Action: delayed, 4.4.7) in French and English: still a delivery status "
      "notification, not a reply.")
def c070():
    sup = Supplier("VERRLORRAINE", "Verrerie Technique de Lorraine SAS", "commandes@verrerie-lorraine.example",
                   "fr-FR")
    po = PO("4500031173", sup, B_GLASS, "EUR", "2026-11-19", [
        ("GL-BORO-5", "Borosilicate glass sheet 5 mm, 500x500 mm", 40, "EA", "38.00", "2027-01-12"),
        ("GL-CER-4", "Ceramic glass 4 mm, heat resistant", 25, "M2", "96.00", "2027-01-12"),
    ], sent_time=(8, 15))
    date = R(po, 20, 8, 16, 2, "+0000")
    txt = ("Ceci est un message automatique du serveur de messagerie.\n"
           "This is an automatically generated Delivery Status Notification.\n\n"
           "AVERTISSEMENT / WARNING: votre message n'a pas encore pu être remis. Le serveur continuera ses "
           "tentatives pendant 4 jours. Vous n'avez rien à faire pour l'instant.\n"
           "Your message has not yet been delivered. The server will keep trying for 4 days.\n\n"
           "Destinataire / Recipient: commandes@verrerie-lorraine.example\n"
           "Motif / Reason: 451 4.4.7 Temporary failure, remote host not responding\n")
    ds = delivery_status([("Reporting-MTA", "dns; mail.arcadia-facades.example"),
                          ("Arrival-Date", "Thu, 19 Nov 2026 08:15:04 +0000")],
                         [[("Final-Recipient", "rfc822; commandes@verrerie-lorraine.example"),
                           ("Action", "delayed"), ("Status", "4.4.7"),
                           ("Diagnostic-Code", "smtp; 451 4.4.7 Temporary failure, remote host not responding"),
                           ("Will-Retry-Until", "Mon, 23 Nov 2026 08:15:04 +0000")]])
    req = request_message(po, MailDate(2026, 11, 19, 8, 15, 3, "+0000"))
    part = multipart("report", [text(txt, charset="utf-8", cte="quoted-printable"), ds,
                                rfc822(req.split(b"\r\n\r\n", 1)[0] + b"\r\n", "text/rfc822-headers")],
                     "=_dsn_delay_20261120081602", params=" report-type=delivery-status;")
    hdrs = [("From", addr("Mail Delivery System", "MAILER-DAEMON@mail.arcadia-facades.example")),
            ("To", B_GLASS.email),
            ("Subject", hdr("Avis de retard de remise / Delivery delayed: " + po.subject, "utf-8")),
            ("Date", date.header),
            ("Message-ID", "<dsn.delay.20261120081602.4f1e@mail.arcadia-facades.example>"),
            ("Auto-Submitted", "auto-replied")]
    return [po], message(hdrs, part), other("bounce", "Delayed DSN 4.4.7.")


@case("071-conveyor-freight-question-pt-br", "needs_review", "pt-BR",
      "Brazilian Portuguese: order received but the supplier asks CIF or FOB and whether the belts are spliced, "
      "before confirming; a proposal number and validity date look like data.")
def c071():
    sup = Supplier("CORREIASPR", "Correias Transportadoras Paraná Ltda.", "vendas@correias-parana.example",
                   "pt-BR")
    po = PO("4500031174", sup, B_IND, "USD", "2026-11-16", [
        ("CB-EP800/4-1200", "Conveyor belt EP 800/4, 1200 mm, 8+3 mm, heat resistant", 150, "M", "132.00",
         "2027-02-12"),
        ("CB-EP400/3-600", "Conveyor belt EP 400/3, 600 mm, 4+2 mm", 90, "M", "41.50", "2027-02-12"),
    ])
    date = R(po, 19, 10, 25, 47, "-0300")
    body = ("Prezado Martin, bom dia.\n\n"
            "Recebemos o pedido 4500031174, obrigado.\n\n"
            "Antes de confirmar precisamos de duas informações:\n"
            "1) O frete é CIF ou FOB? O preço da nossa proposta 2611/26 (válida até 30/11/2026) considerava FOB "
            "Curitiba.\n"
            "2) As correias seguem abertas ou devemos entregar com emenda vulcanizada a quente?\n\n"
            "Assim que tivermos o retorno enviamos a confirmação com os prazos de entrega.\n\n"
            "Atenciosamente,\n"
            "Rafael Oliveira\nDepartamento Comercial\nCorreias Transportadoras Paraná Ltda.\nCuritiba - PR | "
            "+55 41 5555-0183")
    part = gmail_alt(po, body, "pt", boundary="000000000000f2a4c60625bf3c4d")
    hdrs = reply_headers(po, ("Rafael Oliveira", "rafael.oliveira@correias-parana.example"), date,
                         "<CAF1wX9vR2aY5xD8tB0mH7jP3kL6wG0iK3eY9sO4nQ2vV6bE@mail.gmail.com>", prefix="Re: ")
    return [po], message(hdrs, part), other("needs_review", "Questions about freight and splicing; no commitment.")


@case("072-sa-wine-minimum-per-label", "confirmation", "en-ZA",
      "South African exporter: a 10-case minimum per label rounds 48 to 60 bottles, a price change, and a "
      "chain of sailing / ETA / bonded-warehouse dates where the last one is the delivery.")
def c072():
    sup = Supplier("STELLCELLAR", "Stellenbosch Cellar Exports (Pty) Ltd", "orders@stellenbosch-cellar.example",
                   "en-ZA")
    po = PO("4500031175", sup, B_WINE, "GBP", "2026-11-16", [
        ("PNT-2022-075", "Pinotage 2022, 0.75 l", 48, "BT", "7.80", "2027-01-20"),
        ("CHB-2024-075", "Chenin Blanc 2024, 0.75 l", 120, "BT", "5.20", "2027-01-20"),
        ("MCC-BRUT-NV", "Cap Classique Brut NV, 0.75 l", 36, "BT", "11.60", "2027-01-20"),
    ])
    date = R(po, 19, 14, 9, 33, "+0200")
    d = "2027-01-13"
    body = ("Hi Tom,\n\n"
            "Thanks for the order, a few notes on 4500031175:\n\n"
            "Pinotage 2022 - our export minimum per label is 10 cases of 6, so we've rounded up to 60 bottles at "
            "GBP 7.80.\n"
            "Chenin Blanc 2024 - 120 bottles (20 cases) at GBP 5.20.\n"
            "Cap Classique Brut NV - 36 bottles, now GBP 12.40 following the new cuvee release.\n\n"
            "The consolidated container sails from Cape Town on 4 December, ETA Tilbury 8 January, and will be "
            "delivered to your bonded warehouse on 13 January 2027.\n\n"
            "Kind regards,\nAnnelie van der Merwe\nExport Coordinator\nStellenbosch Cellar Exports (Pty) Ltd\n"
            "+27 21 555 0197")
    part = outlook_alt(po, body, "en-GB", boundary="_000_JNAP275MB0712C4D5E6F7A8B9JNAP275MB0712ZAFP_",
                       html_lang="EN-ZA")
    hdrs = reply_headers(po, ("Annelie van der Merwe", "annelie@stellenbosch-cellar.example"), date,
                         "<JNAP275MB0712C4D5E6F7A8B9C0D1@JNAP275MB0712.ZAFP275.PROD.OUTLOOK.COM>",
                         extra=[("Content-Language", "en-ZA")])
    exp = confirmation("Delivery to bonded warehouse 13 Jan 2027 for all; Pinotage MOQ 60; Brut 12.40.",
                       conf(po, {1: chg(60, "7.80", d), 2: chg(120, "5.20", d), 3: chg(36, "12.40", d)}))
    return [po], message(hdrs, part), exp


@case("073-switchgear-dienstag-kw2-de", "confirmation", "de-DE",
      "German switchgear confirmation across the year end: 'Dienstag, KW 2/2027' for one panel, plain 'KW "
      "2/2027' (Friday = PO date) for another, and an approximate lead time with the date still to be "
      "confirmed.")
def c073():
    sup = Supplier("SAWESER", "Schaltanlagenbau Weser GmbH", "ab@schaltanlagen-weser.example", "de-DE")
    po = PO("4500031176", sup, B_IND, "EUR", "2026-11-09", [
        ("NSHV-2500", "LV main distribution 2500 A, 4 panels", 1, "EA", "58400.00", "2027-01-15"),
        ("UV-400-IP54", "Sub-distribution board 400 A, IP54", 3, "EA", "6950.00", "2027-01-15"),
        ("KOMP-200KVAR", "Capacitor bank 200 kvar, detuned", 1, "EA", "12800.00", "2027-01-15"),
    ])
    date = R(po, 20, 15, 40, 1, "+0100")
    d1 = week_day(2027, 2, 2)
    assert iso(d1) == "2027-01-12" and iso(week_day(2027, 2)) == "2027-01-15"
    body = ("Sehr geehrter Herr Keller,\n\n"
            "vielen Dank für Ihren Auftrag 4500031176. Nach technischer Klärung bestätigen wir:\n\n"
            "Pos. 1  NSHV 2500 A, 4 Felder: 58.400,00 €, Liefertermin Dienstag, KW 2/2027\n"
            "Pos. 2  UV 400 A IP54, 3 Stück: 6.950,00 €/Stück, Liefertermin KW 2/2027\n"
            "Pos. 3  Blindleistungskompensation 200 kvar verdrosselt: Lieferzeit ca. 14 Wochen; den genauen Termin "
            "bestätigen wir nach Eingang der Kondensatoren.\n\n"
            "Zahlungsbedingungen: 30 % bei Auftragserteilung, 60 % bei Lieferung, 10 % nach Inbetriebnahme.\n\n"
            "Mit freundlichen Grüßen\n"
            "i. A. Thomas Meier\nAuftragsabwicklung\nSchaltanlagenbau Weser GmbH\nTel. 0421 555 6630")
    part = outlook_alt(po, body, "de-DE", charset="windows-1252",
                       boundary="_000_BEZP281MB2245A3B4C5D6E7F8BEZP281MB2245DEUP_", html_lang="DE")
    hdrs = reply_headers(po, ("Thomas Meier", "t.meier@schaltanlagen-weser.example"), date,
                         "<BEZP281MB2245A3B4C5D6E7F8A9B0@BEZP281MB2245.DEUP281.PROD.OUTLOOK.COM>",
                         prefix="AW: ", charset="windows-1252", extra=[("Content-Language", "de-DE")])
    exp = confirmation("Dienstag KW 2/2027 = 2027-01-12; KW 2 without day = Fri 2027-01-15 = PO date; capacitor "
                       "bank date to be confirmed -> unconfirmed.",
                       conf(po, {1: chg(1, "58400.00", d1), 2: ACC, 3: UNC}))
    return [po], message(hdrs, part), exp


@case("074-ortho-pdf-per-box-fr", "confirmation", "fr-FR",
      "French ERP acknowledgment PDF (kerned TJ text, Flate stream) with quantities in boxes of 10 and prices "
      "per box; one date moved, and a lot expiry date in the footer.")
def c074():
    sup = Supplier("ORTHORA", "Orthopédie Rhône-Alpes SAS", "adv@ortho-rhonealpes.example", "fr-FR")
    po = PO("4500031177", sup, B_MED, "EUR", "2026-11-16", [
        ("ORT-BAND-10", "Elastic bandage 10 cm x 4 m", 500, "EA", "0.92", "2026-12-08"),
        ("ORT-TAPE-KIN-5", "Kinesiology tape 5 cm x 5 m, beige", 120, "EA", "4.30", "2026-12-08"),
        ("ORT-SPLT-FNG-M", "Finger splint, aluminium/foam, size M", 200, "EA", "1.15", "2026-12-08"),
    ])
    date = R(po, 18, 7, 45, 12, "+0100")
    cols = [(40, "Ligne"), (75, "Réf. ORA"), (140, "Votre réf."), (220, "Désignation"), (365, "Qté"),
            (395, "Cond."), (440, "P.U. HT"), (490, "Livraison")]
    rows = [["1", "ORA-BE1004", "ORT-BAND-10", "Bande élastique 10 cm x 4 m", "50", "bte 10", "9,40", "08/12/2026"],
            ["2", "ORA-KT0505B", "ORT-TAPE-KIN-5", "Bande kinésio 5 cm x 5 m beige", "120", "rlx", "4,30",
             "08/12/2026"],
            ["3", "ORA-AD-M", "ORT-SPLT-FNG-M", "Attelle de doigt alu/mousse T.M", "20", "bte 10", "11,50",
             "15/12/2026"]]
    pdf = table_pdf([("ACCUSÉ DE RÉCEPTION DE COMMANDE", True), ("N° ARC 26-11-0874 du 18/11/2026", False),
                     ("Votre commande n° 4500031177 du 16/11/2026", False),
                     ("Client : MediMove Clinics Group", False)],
                    cols, rows,
                    ["P.U. HT par conditionnement (bte 10 = boîte de 10 pièces). Franco de port dès 300 EUR HT.",
                     "Lots : BE1004 lot 2611A, péremption 10/2030. Règlement : 45 jours fin de mois.",
                     "Orthopédie Rhône-Alpes SAS - 14 rue de l'Industrie, 69800 Saint-Priest - RCS Lyon 512 345 678"],
                    title="ARC 26-11-0874", producer="Sage X3", creation="D:20261118074500+01'00'",
                    compress=True, tj=True)
    body = ("Bonjour,\n\n"
            "Veuillez trouver ci-joint l'accusé de réception de votre commande 4500031177.\n\n"
            "Cordialement,\nService ADV\nOrthopédie Rhône-Alpes SAS\n")
    part = multipart("mixed", [text(body, charset="iso-8859-1", cte="quoted-printable"),
                               attach(pdf, "application/pdf", "ARC_26-11-0874.pdf")], "=_ora_arc_26110874")
    hdrs = [("From", addr("ADV Orthopédie Rhône-Alpes", "adv@ortho-rhonealpes.example", "iso-8859-1")),
            ("To", addr(B_MED.name, B_MED.email)),
            ("Subject", hdr("Accusé de réception commande 4500031177 - ARC 26-11-0874", "iso-8859-1")),
            ("Date", date.header),
            ("Message-ID", "<ARC26110874.20261118074512@x3.ortho-rhonealpes.example>"),
            ("X-Mailer", "Sage X3 V12")]
    exp = confirmation("Boxes of 10: 50 boxes = 500 at 9,40/box = 0.94 (changed); splints 20 boxes = 200 at "
                       "11,50/box = 1.15, delivery 15/12; kinesio tape as ordered.",
                       conf(po, {1: chg(500, per("9.40", 10), "2026-12-08"), 2: ACC,
                                 3: chg(200, per("11.50", 10), "2026-12-15")}))
    return [po], message(hdrs, part), exp


@case("075-herbs-next-tuesday-thanksgiving", "confirmation", "en-US",
      "Phone reply: 'whole order comes next Tuesday' (relative to the Friday Date header) because of "
      "Thanksgiving, pea shoots split with 'the Tuesday after'.")
def c075():
    sup = Supplier("SUNNYSLOPE", "Sunny Slope Farms", "orders@sunnyslope-farms.example", "en-US")
    po = PO("4500031178", sup, B_FRESH, "USD", "2026-11-19", [
        ("HRB-MINT-TR", "Fresh mint, tray of 12 bunches", 10, "TRAY", "14.40", "2026-11-26"),
        ("MCG-PEA-2OZ", "Pea shoot microgreens, 2 oz clamshell", 48, "EA", "3.25", "2026-11-26"),
        ("HRB-SAGE-BUN", "Fresh sage, bunch", 40, "EA", "1.35", "2026-11-26"),
    ])
    date = R(po, 20, 6, 12, 4, "-0800")
    wd(date.date, "Friday")
    t1 = next_weekday(date.date, 1)
    t2 = t1 + timedelta(days=7)
    assert iso(t1) == "2026-11-24" and iso(t2) == "2026-12-01"
    body = ("Morning Luis! We're closed Thursday for Thanksgiving so the whole order comes next Tuesday. Pea "
            "shoots: only 36 ready by then, the other 12 the Tuesday after. Prices all same as your PO.\n\n"
            "-Tyler\n\nSent from my Galaxy")
    part = text(body + "\n\n-------- Original message --------\nFrom: " + B_FRESH.name + " <" + B_FRESH.email +
                ">\nDate: 11/19/26 9:30 AM (GMT-08:00)\nTo: orders@sunnyslope-farms.example\nSubject: " +
                po.subject + "\n\n" + po.request_text(), charset="UTF-8", cte="quoted-printable")
    hdrs = reply_headers(po, ("Tyler Nguyen", "tyler@sunnyslope-farms.example"), date,
                         "<ml3k9x2a-7b1c-4e5d-9f0a-1b2c3d4e5f6a@email.android.com>",
                         extra=[("X-Mailer", "Samsung Email")])
    exp = confirmation("Next Tuesday from Fri 20 Nov = 2026-11-24; pea shoots 36 then 12 on 2026-12-01.",
                       conf(po, {1: chg(10, "14.40", t1), 2: chg(48, "3.25", t2, [(36, t1), (12, t2)]),
                                 3: chg(40, "1.35", t1)}))
    return [po], message(hdrs, part), exp


@case("076-tyres-csv-acknowledgment-nl", "confirmation", "nl-NL",
      "Dutch acknowledgment as a semicolon CSV (windows-1252, decimal commas, dd-mm-yyyy) with supplier "
      "positions 10-40 and ETRTO sizes like 28-622 beside our codes.")
def c076():
    sup = Supplier("BANDENHUIS", "Bandenhuis Holland B.V.", "verkoop@bandenhuis-holland.example", "nl-NL")
    po = PO("4500031179", sup, B_BIKE, "EUR", "2026-11-17", [
        ("TY-700x28C-BLK", "Tyre 700x28C, folding, black", 80, "EA", "22.40", "2026-12-09"),
        ("TY-700x32C-REF", "Tyre 700x32C, reflective, wire bead", 60, "EA", "14.10", "2026-12-09"),
        ("TY-27.5x2.25", "MTB tyre 27.5x2.25, tubeless ready", 40, "EA", "31.70", "2026-12-09"),
        ("TU-700x28-FV", "Inner tube 700x28-32C, Presta 60 mm", 150, "EA", "2.95", "2026-12-09"),
    ])
    date = R(po, 19, 11, 2, 40, "+0100")
    csv = ("Orderbevestiging;OB-26-55120\r\n"
           "Uw ordernummer;4500031179\r\n"
           "Datum;19-11-2026\r\n"
           "\r\n"
           "Regel;Artikel;Uw artikel;Omschrijving;Aantal;Prijs;Leverdatum\r\n"
           "10;BH-28622-FB;TY-700x28C-BLK;Vouwband 28-622 zwart;80;22,40;09-12-2026\r\n"
           "20;BH-32622-RF;TY-700x32C-REF;Band 32-622 reflectie draad;60;14,10;16-12-2026\r\n"
           "30;BH-57584-TL;TY-27.5x2.25;MTB band 57-584 tubeless ready;40;33,20;09-12-2026\r\n"
           "40;BH-BI-2832-FV60;TU-700x28-FV;Binnenband 28/32-622 FV 60 mm;150;2,95;09-12-2026\r\n"
           "\r\n"
           "Betalingsconditie;30 dagen netto\r\n").encode("windows-1252")
    body = ("Geachte heer Berg,\n\n"
            "In de bijlage vindt u orderbevestiging OB-26-55120 voor uw bestelling 4500031179.\n"
            "Let op: regel 20 wordt een week later geleverd.\n\n"
            "Met vriendelijke groet,\n"
            "Bandenhuis Holland B.V.\nAfdeling Verkoop Binnendienst\n")
    part = multipart("mixed", [text(body, charset="windows-1252", cte="quoted-printable"),
                               attach(csv, 'text/csv; charset="windows-1252"', "OB-26-55120.csv")],
                     "=_bh_ob_2655120")
    hdrs = [("From", addr("Bandenhuis Holland Verkoop", "verkoop@bandenhuis-holland.example")),
            ("To", addr(B_BIKE.name, B_BIKE.email)),
            ("Subject", "Orderbevestiging OB-26-55120 / uw order 4500031179"),
            ("Date", date.header),
            ("Message-ID", "<OB2655120.1763546560@erp.bandenhuis-holland.example>"),
            ("X-Mailer", "Exact Globe")]
    exp = confirmation("CSV: regel 20 on 16-12-2026, regel 30 price 33,20; 10 and 40 as ordered.",
                       conf(po, {1: ACC, 2: chg(60, "14.10", "2026-12-16"), 3: chg(40, "33.20", "2026-12-09"),
                                 4: ACC}))
    return [po], message(hdrs, part), exp


@case("077-bearings-will-revert-sg", "needs_review", "en-SG",
      "Singapore-style 'Noted with thanks, will check with our factory and revert by early next week' - a "
      "one-liner with no commitment.")
def c077():
    sup = Supplier("STRAITSBRG", "Straits Industrial Bearings Pte Ltd", "sales@straits-bearings.example", "en-SG")
    po = PO("4500031180", sup, B_IND, "USD", "2026-11-18", [
        ("6310-2RS-C3", "Deep groove ball bearing 6310-2RS C3", 80, "EA", "9.80", "2026-12-21"),
        ("NJ2210-ECP", "Cylindrical roller bearing NJ 2210 ECP", 20, "EA", "44.00", "2026-12-21"),
    ])
    date = R(po, 19, 9, 41, 5, "+0800")
    body = ("Hi Martin,\n\n"
            "Noted with thanks. Will check with our factory on the availability of the 6310-2RS C3 and NJ2210 and "
            "revert by early next week.\n\n"
            "Regards,\nWei Ling\nStraits Industrial Bearings Pte Ltd\n+65 6555 0174")
    part = outlook_alt(po, body, "en-GB", boundary="_000_SEZPR04MB6890B5C6D7E8F9A0SEZPR04MB6890apcp_",
                       html_lang="EN-SG")
    hdrs = reply_headers(po, ("Tan Wei Ling", "weiling@straits-bearings.example"), date,
                         "<SEZPR04MB6890B5C6D7E8F9A0B1C2@SEZPR04MB6890.apcprd04.prod.outlook.com>",
                         extra=[("Content-Language", "en-SG")])
    return [po], message(hdrs, part), other("needs_review", "Will revert after checking with factory.")


@case("078-glogg-vintage-later-sv", "confirmation", "sv-SE",
      "Swedish Thunderbird reply: spirits delivered 'tisdag 8/12' as ordered, the 2026 glögg later and dearer "
      "because a campaign price ran 't.o.m. 15/11'; d/m dates without year.")
def c078():
    sup = Supplier("NORDVINSPRIT", "Nordiska Vin & Sprit AB", "order@nordiska-vinsprit.example", "sv-SE")
    po = PO("4500031181", sup, B_WINE, "EUR", "2026-11-16", [
        ("GIN-SWE-70", "Swedish dry gin 41.5%, 0.7 l", 36, "BT", "24.90", "2026-12-08"),
        ("AKV-OPA-70", "O.P. Anderson aquavit, 0.7 l", 24, "BT", "19.80", "2026-12-08"),
        ("GLOGG-2026-75", "Glögg 2026 edition, 0.75 l", 120, "BT", "6.40", "2026-12-08"),
    ])
    date = R(po, 18, 13, 16, 22, "+0100")
    wd(D(2026, 12, 8), "Tuesday")
    body = ("Hej Tom!\n\n"
            "Tack för beställningen 4500031181.\n\n"
            "Gin och akvavit levereras tisdag 8/12 enligt order.\n\n"
            "Glöggen: årgång 2026 är nästan slutsåld hos producenten. Vi kan leverera alla 120 flaskor men först "
            "den 15/12, och priset blir 6,90 EUR/flaska (kampanjpriset 6,40 gällde t.o.m. 15/11).\n\n"
            "Hälsningar\nErik Lindström\nNordiska Vin & Sprit AB\n08-555 213 40")
    part = thunderbird_plain(po, body, charset="UTF-8", cte="8bit",
                             attrib=f"Den 2026-11-16 kl. 09:30, skrev {B_WINE.name}:")
    hdrs = reply_headers(po, ("Erik Lindström", "erik.lindstrom@nordiska-vinsprit.example"), date,
                         "<c2a7e190-5d3b-4f86-b04e-7f1a9c2d6e35@nordiska-vinsprit.example>", prefix="SV: ",
                         extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")])
    exp = confirmation("Gin/aquavit 8/12 = PO date; glögg 120 at 6.90 on 15/12; 't.o.m. 15/11' is the old "
                       "campaign end.",
                       conf(po, {1: ACC, 2: ACC, 3: chg(120, "6.90", "2026-12-15")}))
    return [po], message(hdrs, part), exp


@case("079-glass-ooo-fi-en", "auto_reply", "fi-FI",
      "Finnish/English annual-leave auto-reply with a date range '23.-27.11.2026' and a deputy.")
def c079():
    sup = Supplier("LASITALO", "Lasitalo Oy", "myynti@lasitalo.example", "fi-FI")
    po = PO("4500031182", sup, B_GLASS, "EUR", "2026-11-23", [
        ("GL-TMP-6-GRY", "Tempered glass 6 mm grey tinted", 60, "M2", "29.40", "2027-01-08"),
        ("GL-MIR-4-SAF", "Safety mirror 4 mm with film", 30, "M2", "24.10", "2027-01-08"),
    ], sent_time=(8, 40))
    date = R(po, 23, 8, 40, 39, "+0200")
    body = ("Olen vuosilomalla 23.-27.11.2026. Sähköpostejani ei välitetä. Kiireellisissä tilausasioissa ota "
            "yhteyttä: Mikko Laine, mikko.laine@lasitalo.example, puh. 040 555 3127.\n\n"
            "I am on annual leave 23-27 November 2026. For urgent order matters please contact Mikko Laine, "
            "mikko.laine@lasitalo.example, tel. +358 40 555 3127.\n\n"
            "Ystävällisin terveisin / Best regards\nSatu Heikkinen\nLasitalo Oy")
    part = multipart("alternative", [text(body, charset="iso-8859-1", cte="quoted-printable"),
                                     html(outlook_html_doc(mso_paras(body), "iso-8859-1", "FI"),
                                          charset="iso-8859-1", cte="quoted-printable")],
                     "_000_HE1PR1001MB1337C8D9E0F1A2B3HE1PR1001MB1337eurp_")
    hdrs = reply_headers(po, ("Satu Heikkinen", "myynti@lasitalo.example"), date,
                         "<HE1PR1001MB1337C8D9E0F1A2B3C4D5@HE1PR1001MB1337.EURPRD10.PROD.OUTLOOK.COM>",
                         subject="Automaattinen vastaus: " + po.subject, charset="iso-8859-1",
                         extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], message(hdrs, part), other("auto_reply", "Annual leave auto-reply 23-27 Nov.")


@case("080-garden-tools-forwarded-warehouse-chain", "confirmation", "en-GB",
      "Sales summary on top of a forwarded internal warehouse note: short hedge shears split over two dates, "
      "kneeler pads discontinued with a smaller alternative at a price; 'w/c 14/12' and container dates "
      "below.")
def c080():
    sup = Supplier("COTSWOLD", "Cotswold Garden Tools Ltd", "sales@cotswold-tools.example", "en-GB")
    po = PO("4500031183", sup, B_GARDEN, "GBP", "2026-11-17", [
        ("GT-LOP-700", "Bypass loppers, 700 mm handles", 30, "EA", "19.50", "2026-12-04"),
        ("GT-SHEAR-HDG", "Hedge shears, 230 mm wavy blade", 40, "EA", "14.75", "2026-12-04"),
        ("GT-TROW-SS", "Hand trowel, stainless steel", 120, "EA", "4.20", "2026-12-04"),
        ("GT-KNEEL-450", "Garden kneeler pad, 450x280 mm", 60, "EA", "3.60", "2026-12-04"),
    ])
    date = R(po, 19, 16, 11, 58, "+0000")
    body = ("Hi Oliver,\n\n"
            "See below from our warehouse. To summarise for PO 4500031183:\n"
            "- Loppers (30) and trowels (120): on the 4th as requested, your prices.\n"
            "- Hedge shears: 25 on the 4th, the remaining 15 on 18th December, same price.\n"
            "- Kneeler pads: the 450x280 version is discontinued I'm afraid. We have the 400x250 at GBP 3.20 if "
            "you want them instead - just let me know and I'll add them.\n\n"
            "Best,\nHannah Price\nSales Office | Cotswold Garden Tools Ltd\n01285 555 741\n\n"
            "-----Original Message-----\n"
            "From: Warehouse <warehouse@cotswold-tools.example>\n"
            "Sent: 19 November 2026 15:02\n"
            "To: Hannah Price <hannah.price@cotswold-tools.example>\n"
            "Subject: RE: stock check PO 4500031183 Greenthumb\n\n"
            "Hannah - loppers 30 ok, shears only 25 in stock, next container 14/12 so 15 more w/c 14/12, "
            "realistically to customer 18/12. Trowels fine 120. Kneelers KP-450 discontinued, KP-400 in stock "
            "300+.\n"
            "Steve\n\n"
            "-----Original Message-----\n"
            "From: Hannah Price <hannah.price@cotswold-tools.example>\n"
            "Sent: 19 November 2026 11:20\n"
            "To: Warehouse <warehouse@cotswold-tools.example>\n"
            "Subject: stock check PO 4500031183 Greenthumb\n\n"
            "Steve, can you check stock for the below please, customer wants it all on 4/12.\n\n")
    part = outlook_alt(po, body, "en-GB", boundary="_000_CWLP265MB3476D9E0F1A2B3C4CWLP265MB3476GBRP_")
    hdrs = reply_headers(po, ("Hannah Price", "hannah.price@cotswold-tools.example"), date,
                         "<CWLP265MB3476D9E0F1A2B3C4D5E6@CWLP265MB3476.GBRP265.PROD.OUTLOOK.COM>",
                         extra=[("Content-Language", "en-GB")])
    exp = confirmation("Shears 25 on 4 Dec + 15 on 18 Dec; kneeler pads rejected (alternative only offered); "
                       "others as ordered.",
                       conf(po, {1: ACC, 2: chg(40, "14.75", "2026-12-18", [(25, "2026-12-04"), (15, "2026-12-18")]),
                                 3: ACC, 4: REJ}))
    return [po], message(hdrs, part), exp


# ====================================================================== END OF CASES

if __name__ == "__main__":
    n = write_all(ROOT)
    print(f"wrote {n} cases to {ROOT / 'cases'}")
