"""Cases 061-080."""
from decimal import Decimal

from .common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- 061
@case("061-estonian-furniture-split", "et-EE",
      "Estonian reply: two furniture lines as ordered, visitor chairs 10 from stock and 6 on 7 January; '80x35x190' dimensions.")
def c061():
    s = S("MOOBLIMAAILM", "Mööbli Maailm OÜ", "muuk@moobli-maailm.example", "et-EE")
    d = D("2026-12-10", "Thu")
    p = PO("4500219120", s, "jonas", "EUR", "2026-11-24", [
        L(1, "OF-SHELF-5", "Bookshelf 5 shelves 80x35x190 cm, white, flat-packed", 10, "EA", "84.00", d),
        L(2, "OF-TBL-MEET", "Meeting table 240x110 cm, oak veneer, flat-packed", 2, "EA", "412.00", d),
        L(3, "OF-CHR-VIS", "Visitor chair, stackable, grey fabric", 16, "EA", "46.00", d),
    ], sent="2026-11-24 14:50 +0100", ship_to="facilities")
    body = """Tere, Jonas!

Aitäh tellimuse eest. Kinnitame tellimuse nr 4500219120:

1. Raamaturiiul 80x35x190 cm, valge, lahtivõetud kujul - 10 tk, 84,00 EUR/tk, tarne 10.12.2026
2. Koosolekulaud 240x110 cm, tammespoon - 2 tk, 412,00 EUR/tk, tarne 10.12.2026
3. Külastajatool, virnastatav, hall - laos on 10 tk, mille tarnime 10.12.2026; ülejäänud 6 tk tarnime 7. jaanuaril 2027. Hind jääb samaks.

Lugupidamisega
Kristjan Tamm
Mööbli Maailm OÜ | Peterburi tee 71, 11415 Tallinn
tel +372 655 0124"""
    eml = reply("061", p, ("Kristjan Tamm", s.email), "2026-11-26 13:05 +0200", body, "outlook", html_lang="ET")
    exp = confirmation((p, {1: "acc", 2: "acc", 3: dict(s=[(10, d), (6, D("2027-01-07", "Thu"))])}),
                       notes="Chairs split 10 on 10.12.2026 + 6 on 7 January 2027 (Estonian '7. jaanuaril'); other lines as "
                             "ordered. Dimensions 80x35x190 / 240x110 are not quantities.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 062
@case("062-price-list-2027", "de-AT",
      "Austrian supplier sends its 2027 price list (valid from 1 Jänner 2027, offer valid until 31.03.2027) while a PO is open.")
def c062():
    s = S("TIROLBACK", "Tiroler Backzutaten GmbH", "office@tiroler-backzutaten.example", "de-AT")
    p = PO("4500219140", s, "anna", "EUR", "2026-11-24", [
        L(1, "BZ-MALZ-25", "Backmalz hell, Sack 25 kg", 12, "SACK", "31.40", "2026-12-16"),
        L(2, "BZ-SAUER-10", "Natursauerteig getrocknet, Eimer 10 kg", 8, "EA", "46.90", "2026-12-16"),
    ], sent="2026-11-24 09:05 +0100", req_lang="de", ship_to="bakery")
    sh = Sheet()
    sh.text("Tiroler Backzutaten GmbH", size=14, bold=True, dy=14)
    sh.text("PREISLISTE 2027 - gültig ab 01.01.2027", size=12, bold=True, dy=22)
    cols = [50, 130, 330, 400, 470]
    sh.row(list(zip(cols, ["Art.-Nr.", "Bezeichnung", "Gebinde", "EUR 2026", "EUR 2027"])), bold=True, dy=4)
    sh.rule().gap(10)
    for r in [["TB-1100", "Backmalz hell", "Sack 25 kg", "31,40", "32,50"],
              ["TB-1120", "Backmalz dunkel", "Sack 25 kg", "33,10", "34,25"],
              ["TB-2040", "Natursauerteig getrocknet", "Eimer 10 kg", "46,90", "48,55"],
              ["TB-3300", "Brotgewürz gemahlen", "Beutel 5 kg", "27,80", "28,75"],
              ["TB-5110", "Kürbiskerne grün", "Sack 25 kg", "118,00", "122,10"]]:
        sh.row(list(zip(cols, r)), size=8, dy=13)
    sh.gap(12)
    sh.text("Preise je Gebinde, ab Werk Innsbruck, zzgl. USt. Angebot gültig bis 31.03.2027.", size=8, dy=11)
    sh.text("Zahlung: 14 Tage 2 % Skonto oder 30 Tage netto.", size=8, dy=11)
    pdf = make_pdf([sh.ops], title="Preisliste 2027", producer="BMD NTCS")
    txt = """Sehr geehrte Kundin, sehr geehrter Kunde,

anbei übermitteln wir Ihnen unsere Preisliste 2027, gültig ab 1. Jänner 2027.

Aufgrund gestiegener Energie- und Rohstoffkosten erhöhen sich unsere Preise durchschnittlich um 3,5 %. Die Preisliste ist bis 31.03.2027 gültig; danach behalten wir uns Anpassungen vor.

Für Rückfragen steht Ihnen Ihr Kundenbetreuer gerne zur Verfügung.

Mit freundlichen Grüßen
Tiroler Backzutaten GmbH
Verkauf
Grabenweg 64, 6020 Innsbruck"""
    eml = simple("062", "Tiroler Backzutaten Verkauf <office@tiroler-backzutaten.example>", p.buyer.email,
                 "2026-11-26 08:00 +0100", "Preisliste 2027 - Tiroler Backzutaten", txt, None,
                 attachments=[mime.attachment(pdf, "application/pdf", "Preisliste_2027.pdf")])
    return [p], eml, other("unrelated", "Price list for 2027 sent to all customers; it mentions items of the open PO and "
                                        "validity dates but is not an answer to PO 4500219140 (delivery 16.12.2026).")


# --------------------------------------------------------------------------- 063
@case("063-latvian-gravel-loads-year-first", "lv-LV",
      "Latvian reply with year-first long dates ('2026. gada 8. decembrī') and granite split into loads over two days; '0/2', '8/16' gradings.")
def c063():
    s = S("DAUGAVASMILTS", "SIA Daugavas Smilts", "pasutijumi@daugavas-smilts.example", "lv-LV")
    d = D("2026-12-08", "Tue")
    p = PO("4500219160", s, "jonas", "EUR", "2026-11-25", [
        L(1, "AG-SAND-02", "Washed sand 0/2 mm", 120, "T", "9.80", d),
        L(2, "AG-GRAN-816", "Granite chippings 8/16 mm", 75, "T", "16.40", d),
    ], sent="2026-11-25 08:20 +0100", ship_to="grounds")
    body = """Labdien, Jonas!

Apstiprinām pasūtījumu Nr. 4500219160:

1. Mazgātas smiltis 0/2 mm - 120 t, 9,80 EUR/t; piegāde 2026. gada 8. decembrī (6 kravas pa 20 t).
2. Granīta šķembas 8/16 mm - 75 t, 16,40 EUR/t. Piegādāsim 2 kravas (50 t) 2026. gada 9. decembrī un 1 kravu (25 t) 2026. gada 10. decembrī.

Ar cieņu
Ilze Bērziņa
SIA Daugavas Smilts | Rīgas iela 112, Ogre, LV-5001
tālr. +371 6555 0412"""
    eml = reply("063", p, ("Ilze Bērziņa", s.email), "2026-11-27 10:45 +0200", body, "gmail")
    exp = confirmation((p, {1: "acc", 2: dict(s=[(50, D("2026-12-09", "Wed")), (25, D("2026-12-10", "Thu"))])}),
                       notes="Sand 120 t on 8 Dec as requested. Granite 50 t on 9 Dec + 25 t on 10 Dec. '0/2', '8/16' are grain "
                             "sizes, '6 kravas pa 20 t' is load planning.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 064
@case("064-us-erp-pdf-ship-dates", "en-US",
      "US ERP acknowledgment PDF with compressed streams and TJ-kerned text: only scheduled ship dates, a price change, HP and kW in descriptions.")
def c064():
    s = S("GLMOTOR", "Great Lakes Motor & Drive Co.", "orderacks@glmotor.example", "en-US")
    d = D("2026-12-16", "Wed")
    p = PO("4500219180", s, "daniel", "USD", "2026-11-23", [
        L(1, "EM-2HP-56C", "Motor 1.5 kW (2 HP), 1800 RPM, TEFC, 56C frame, 208-230/460 V", 6, "EA", "289.00", d),
        L(2, "EM-5HP-184T", "Motor 3.7 kW (5 HP), 1800 RPM, TEFC, 184T frame, 230/460 V", 4, "EA", "512.00", d),
        L(3, "EM-10HP-215T", "Motor 7.5 kW (10 HP), 1800 RPM, TEFC, 215T frame, 230/460 V", 2, "EA", "898.00", d),
    ], sent="2026-11-23 17:10 +0100", ship_to="usa")
    sh = Sheet()
    sh.text("GREAT LAKES MOTOR & DRIVE CO.", size=13, bold=True, dy=13)
    sh.text("3150 Industrial Blvd, Toledo, OH 43612  |  (419) 555-0148", size=8, dy=24)
    sh.text("SALES ORDER ACKNOWLEDGMENT", size=12, bold=True, dy=18)
    for a, b in [("Sales Order:", "771204"), ("Order Date:", "11/25/2026"), ("Customer PO:", "4500219180"),
                 ("Customer:", "Castellan Group US, Columbus OH"), ("Terms:", "Net 30"),
                 ("FOB:", "Shipping Point"), ("Ship Via:", "Best Way LTL")]:
        sh.row([(50, a), (140, b)], size=9, dy=12)
    sh.gap(10)
    cols = [50, 72, 150, 380, 410, 470]
    sh.row(list(zip(cols, ["Ln", "Item", "Description", "Qty", "Unit Price", "Sched Ship"])), bold=True, dy=4)
    sh.rule().gap(10)
    for r in [["1", "GL-056C-2-18", "2 HP 1800 RPM TEFC 56C 208-230/460V", "6", "289.00", "12/11/2026"],
              ["", "Cust item: EM-2HP-56C", "", "", "", ""],
              ["2", "GL-184T-5-18", "5 HP 1800 RPM TEFC 184T 230/460V", "4", "512.00", "12/11/2026"],
              ["", "Cust item: EM-5HP-184T", "", "", "", ""],
              ["3", "GL-215T-10-18", "10 HP 1800 RPM TEFC 215T 230/460V", "2", "925.00", "12/18/2026"],
              ["", "Cust item: EM-10HP-215T", "Price per current list eff. 11/01/2026", "", "", ""]]:
        sh.row(list(zip(cols, r)), size=8, dy=13)
    sh.rule().gap(6)
    sh.row([(300, "Order Total"), (470, "$5,632.00")], size=9, bold=True, dy=24)
    sh.text("Dates shown are scheduled ship dates from Toledo, OH. Transit time is not included.", size=8, dy=11)
    sh.text("Quotation Q-26-3318 valid through 12/31/2026. All sales subject to GLMD terms and conditions.", size=8, dy=11)
    pdf = make_pdf([sh.ops], kern=True, compress=True, title="SO 771204", producer="Epicor Kinetic",
                   created="D:20261125061400-05'00'")
    assert 6 * 289 + 4 * 512 + 2 * 925 == 5632
    body = """Attached is Sales Order Acknowledgment 771204 for your PO 4500219180.

Please review all items, quantities, prices and dates. If you have any questions, contact your Inside Sales representative at (419) 555-0148.

This is an automated message from Great Lakes Motor & Drive Co. Please do not reply to this address."""
    eml = simple("064", "Great Lakes Motor & Drive <orderacks@glmotor.example>", buyer_addr(p), "2026-11-25 06:14 -0500",
                 "Sales Order Acknowledgment 771204 - PO 4500219180", body, None, charset="us-ascii", cte="7bit",
                 attachments=[mime.attachment(pdf, "application/pdf", "SOA_771204.pdf")])
    sd = D("2026-12-11", "Fri")
    exp = confirmation((p, {1: dict(d=sd), 2: dict(d=sd), 3: dict(p="925.00", d=D("2026-12-18", "Fri"))}),
                       notes="Only scheduled ship dates are given (transit not included), so the dates are the ship dates "
                             "12/11/2026 and 12/18/2026 (US month-first). Line 3 price 925.00 instead of 898.00. Order date, "
                             "price-list date and quotation validity are not delivery dates.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 065
@case("065-forwarded-warehouse-answer", "it-IT",
      "Sales forwards the warehouse's internal answer: arrival date, partial quantity with the rest undated, and our requested date quoted inside.")
def c065():
    s = S("ANTIPADANA", "Antincendio Padana S.r.l.", "vendite@antincendio-padana.example", "it-IT")
    d = D("2026-12-14", "Mon")
    p = PO("4500219200", s, "sofia", "EUR", "2026-11-24", [
        L(1, "FE-PW9-55A", "Estintore a polvere 9 kg, 55A 233B C", 12, "EA", "48.90", d),
        L(2, "FE-H2O-6", "Estintore idrico 6 l, 21A 113B", 8, "EA", "39.50", d),
        L(3, "FE-SK-9", "Kit revisione per estintore 9 kg", 12, "EA", "8.60", d),
    ], sent="2026-11-24 10:30 +0100", ship_to="facilities")
    body = """Buongiorno Sofia,

ti inoltro la risposta del magazzino. Confermo quanto scritto da Marco, prezzi come da ordine.

Un saluto
Giulia Conti
Ufficio Vendite - Antincendio Padana S.r.l.
Via Emilia Parmense 140, 29122 Piacenza - Tel. 0523 555 410

---------- Messaggio inoltrato ---------
Da: Marco Ferri <magazzino@antincendio-padana.example>
Date: ven 27 nov 2026 alle ore 17:42
Subject: R: ordine Castellan 4500219200
To: Giulia Conti <vendite@antincendio-padana.example>


Giulia,
estintori 9 kg: 12 pz pronti, partono il 10/12 e arrivano da loro il 14/12.
idrici 6 l: ne ho solo 5, vanno insieme ai 9 kg. Gli altri 3 li aspetto dal fornitore, la data non la so ancora.
kit revisione 9 kg: ok 12 pz, viaggiano con gli estintori.
Marco

Il giorno ven 27 nov 2026 alle ore 16:05 Giulia Conti <vendite@antincendio-padana.example> ha scritto:
> Marco, mi confermi disponibilità per l'ordine Castellan 4500219200? Consegna richiesta 14/12.
> Grazie, Giulia"""
    eml = reply("065", p, ("Giulia Conti", s.email), "2026-11-30 09:10 +0100", body, "gmail")
    exp = confirmation((p, {1: "acc", 2: dict(q=5), 3: "acc"}),
                       notes="Commitment is in the forwarded warehouse note: 9 kg extinguishers and kits arrive 14/12 (ship 10/12) "
                             "= requested. Water extinguishers: only 5 confirmed for 14/12, the other 3 have no date, so the "
                             "confirmed quantity is 5. '14/12' inside Giulia's question is our request.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 066
@case("066-quoted-request-dates-trap", "en-US",
      "Top-posted Outlook reply with ship and 'should deliver' dates in M/D form above our quoted PO whose requested dates differ.")
def c066():
    s = S("KEYSTONEFP", "Keystone Forklift Parts LLC", "parts@keystoneforklift.example", "en-US")
    d = D("2026-12-02", "Wed")
    p = PO("4500219220", s, "daniel", "USD", "2026-11-24", [
        L(1, "FL-LPG-REG", "LPG regulator/vaporizer, Impco Model J", 2, "EA", "245.00", d),
        L(2, "FL-SPK-43", "Spark plug set, GM 4.3L, set of 6", 6, "SET", "21.00", d),
        L(3, "FL-WP-K25", "Water pump, Nissan K25", 2, "EA", "96.00", d),
    ], sent="2026-11-24 18:05 +0100", ship_to="usa")
    body = """Daniel,

PO 4500219220 is entered. Regulators and plug sets ship 12/3 via FedEx 2Day, should deliver 12/7. Water pumps are backordered from Nissan, ETA to us 12/14, we'll ship same day and you'd have them 12/16.

Pricing per your PO.

Thanks,
Brian Kowalski
Inside Sales | Keystone Forklift Parts LLC
2200 Fruitville Pike, Lancaster, PA 17601
Ph 717-555-0142"""
    eml = reply("066", p, ("Brian Kowalski", s.email), "2026-11-30 08:40 -0500", body, "outlook", lang="en-US",
                html_lang="EN-US")
    d7 = D("2026-12-07", "Mon")
    exp = confirmation((p, {1: dict(d=d7), 2: dict(d=d7), 3: dict(d=D("2026-12-16", "Wed"))}),
                       notes="Delivery dates win over ship dates: 12/7 for regulators and plugs (ship 12/3), 12/16 for water "
                             "pumps (ETA to supplier 12/14). The quoted PO's 12/02/2026 is our requested date. 'GM 4.3L' and "
                             "'K25' are model codes.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 067
@case("067-confirmation-for-other-customer", "fr-FR",
      "Order confirmation misaddressed to us: it confirms another customer's PO (CM-88412, 'Monsieur Garnier', Bâtiplus) with similar items.")
def c067():
    s = S("CMI", "Colles & Mastics Industriels SAS", "adv@cmi-colles.example", "fr-FR")
    d = D("2026-12-09", "Wed")
    p = PO("4500219240", s, "claire", "EUR", "2026-11-25", [
        L(1, "AD-PU40-310", "Polyurethane sealant PU 40, grey, cartridge 310 ml", 120, "EA", "4.10", d),
        L(2, "AD-MSP-290", "MS polymer sealant, white, cartridge 290 ml", 96, "EA", "4.60", d),
    ], sent="2026-11-25 11:00 +0100", ship_to="facilities")
    body = """Bonjour Monsieur Garnier,

Nous vous remercions pour votre commande n° CM-88412 du 23/11/2026 et vous la confirmons sous notre référence AR-26-07781 :

- Mastic PU 40 gris, cartouche 310 ml : 240 pièces à 3,95 € HT
- Mastic MS polymère blanc, cartouche 290 ml : 96 pièces à 4,45 € HT

Livraison prévue le mercredi 9 décembre à votre dépôt de Villeurbanne.

Bien cordialement,

--
Isabelle Moreau
Administration des ventes
Colles & Mastics Industriels SAS
ZI des Bruyères - 69330 Meyzieu"""
    eml = simple("067", mime.addr("Isabelle Moreau", s.email), mime.addr(p.buyer.name, p.buyer.email),
                 "2026-11-27 10:12 +0100", "Confirmation de commande AR-26-07781 - votre commande CM-88412 - BATIPLUS",
                 body, None, charset="utf-8", cte="8bit", client="thunderbird",
                 headers_extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr-FR")])
    return [p], eml, other("unrelated", "Confirmation of another customer's order CM-88412 (Monsieur Garnier, Bâtiplus, depot in "
                                        "Villeurbanne) sent to us by mistake; it is not threaded on our request and must not be "
                                        "applied to PO 4500219240 despite the same articles and requested date.")


# --------------------------------------------------------------------------- 068
@case("068-date-range-14-18-december", "en-ZA",
      "South African reply committing to delivery 'between 14 and 18 December' (a window, not a day).")
def c068():
    s = S("KAROOIRR", "Karoo Irrigation Supplies (Pty) Ltd", "orders@karooirrigation.example", "en-ZA")
    d = D("2026-12-11", "Fri")
    p = PO("4500219260", s, "tomas", "USD", "2026-11-24", [
        L(1, "IR-LAY-2IN", "Layflat hose 2\" (50 mm), 4 bar, coil 50 m", 20, "COIL", "38.00", d),
        L(2, "IR-CAM-C2", "Camlock coupling type C 2\", aluminium", 40, "EA", "5.60", d),
    ], sent="2026-11-24 13:00 +0000", ship_to="grounds")
    body = """Hi Tomás

Thanks for the order, confirmed at your prices and quantities. Both lines will be delivered between 14 and 18 December - our transporter only gives us a delivery window for the UK run in December.

Regards
Pieter van der Merwe
Karoo Irrigation Supplies (Pty) Ltd
14 Voortrekker Road, Paarl, 7646
+27 21 555 0381"""
    eml = reply("068", p, ("Pieter van der Merwe", s.email), "2026-11-25 14:20 +0200", body, "gmail")
    e = D("2026-12-18", "Fri")
    D("2026-12-14", "Mon")
    exp = confirmation((p, {1: dict(d=e), 2: dict(d=e)}),
                       notes="A delivery window 14-18 December: the latest committed date is 2026-12-18, later than the "
                             "requested 11 Dec. Quantities and prices as ordered; '2\"', '50 mm', '4 bar' are specs.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 069
@case("069-statement-of-account", "en-GB",
      "Monthly statement of account PDF listing invoices, due dates and an overdue amount from the supplier of an open PO.")
def c069():
    s = S("MIDBEAR", "Midland Bearing Services Ltd", "sales@midlandbearings.example", "en-GB")
    p = PO("4500219280", s, "tomas", "GBP", "2026-11-25", [
        L(1, "BR-6206-2RS", "Deep groove ball bearing 6206-2RS C3", 40, "EA", "3.65", "2026-12-10"),
        L(2, "BR-SNL-510", "Plummer block housing SNL 510-608", 4, "EA", "58.00", "2026-12-10"),
    ], sent="2026-11-25 10:30 +0000", ship_to="grounds")
    sh = Sheet()
    sh.text("Midland Bearing Services Ltd", size=13, bold=True, dy=13)
    sh.text("Units 5-7 Abbey Park, Leicester LE4 5AQ  |  VAT GB 214 5517 80", size=8, dy=24)
    sh.text("STATEMENT OF ACCOUNT", size=12, bold=True, dy=16)
    sh.row([(50, "Account:"), (140, "CAS001 - Castellan Grounds & Estates")], size=9, dy=12)
    sh.row([(50, "Statement date:"), (140, "26/11/2026")], size=9, dy=20)
    cols = [50, 120, 190, 300, 380, 470]
    sh.row(list(zip(cols, ["Date", "Invoice", "Your ref", "Due date", "Amount", "Balance"])), bold=True, dy=4)
    sh.rule().gap(10)
    for r in [["02/09/2026", "INV-88121", "4500215872", "02/10/2026", "1,284.00", "1,284.00"],
              ["14/10/2026", "INV-88907", "4500216410", "13/11/2026", "962.40", "2,246.40"],
              ["06/11/2026", "INV-89544", "4500217233", "06/12/2026", "2,072.00", "4,318.40"]]:
        sh.row(list(zip(cols, r)), size=8, dy=13)
    sh.rule().gap(8)
    sh.row([(300, "Total outstanding"), (470, "GBP 4,318.40")], size=9, bold=True, dy=12)
    sh.row([(300, "Overdue"), (470, "GBP 2,246.40")], size=9, dy=20)
    sh.text("Please remit overdue amounts by 30/11/2026. Bank: Lloyds, sort code 30-95-74, account 61203358.", size=8, dy=11)
    pdf = make_pdf([sh.ops], title="Statement CAS001", producer="Sage 200")
    txt = """Dear Customer,

Please find attached your statement of account as at 26/11/2026.

The total outstanding is £4,318.40, of which £2,246.40 is now overdue. We would be grateful if you could arrange payment of the overdue items by 30/11/2026 or let us know if any invoices are in query.

Kind regards,
Sandra Whitlock
Credit Control | Midland Bearing Services Ltd
0116 555 0330"""
    eml = simple("069", "Midland Bearings Credit Control <accounts@midlandbearings.example>", buyer_addr(p),
                 "2026-11-26 15:45 +0000", "Statement of account - Castellan Grounds & Estates - November 2026", txt, None,
                 charset="iso-8859-1", attachments=[mime.attachment(pdf, "application/pdf", "Statement_CAS001_Nov2026.pdf")])
    return [p], eml, other("unrelated", "Statement of account from credit control; lists older POs and due dates, nothing about "
                                        "open PO 4500219280.")


# --------------------------------------------------------------------------- 070
@case("070-shared-inbox-received", "sv-SE",
      "Automatic 'we have received your message' from a shared order inbox with a case number and a 24-hour response promise.")
def c070():
    s = S("GBGLAGER", "Göteborgs Lager & Transmission AB", "order@gbglager.example", "sv-SE")
    p = PO("4500219300", s, "jonas", "EUR", "2026-11-25", [
        L(1, "BR-6305-2RS", "Deep groove ball bearing 6305-2RS C3, box of 10", 60, "EA", "3.95", "2026-12-11"),
        L(2, "BR-HK-2016", "Drawn cup needle roller bearing HK 2016", 100, "EA", "1.20", "2026-12-11"),
    ], sent="2026-11-25 15:50 +0100", ship_to="facilities")
    txt = """Hej!

Tack för ditt mejl. Vi har tagit emot ditt meddelande till order@gbglager.example och det har fått ärendenummer 26-11873.
Vi besvarar normalt alla ärenden inom 24 timmar under vardagar (mån-fre 07.00-16.00).

Detta är ett automatiskt svar - du behöver inte svara på det.

---
Thank you for your e-mail. Your message to order@gbglager.example has been received (case 26-11873). We normally reply within 24 hours on working days.

Göteborgs Lager & Transmission AB | Importgatan 12, 422 46 Hisings Backa"""
    eml = simple("070", mime.addr("Göteborgs Lager Order", "order@gbglager.example"), buyer_addr(p), "2026-11-25 15:50 +0100",
                 "Vi har tagit emot ditt meddelande [Ärende 26-11873] " + request_subject(p), txt, None,
                 charset="iso-8859-1", in_reply_to=p.req_id, headers_extra=AUTO)
    return [p], eml, other("auto_reply", "Shared-inbox receipt with a case number (Auto-Submitted); nothing about the PO content.")


# --------------------------------------------------------------------------- 071
@case("071-body-and-pdf-contradict", "de-DE",
      "Body says 'Liefertermin 16.12.2026 wie gewünscht' while the attached AB PDF shows 23.12.2026 for both positions.")
def c071():
    s = S("KLEBHESSEN", "Klebetechnik Hessen GmbH", "innendienst@klebetechnik-hessen.example", "de-DE")
    d = D("2026-12-16", "Wed")
    p = PO("4500219320", s, "anna", "EUR", "2026-11-25", [
        L(1, "AD-2KPU-50", "2K-PU-Klebstoff 50 ml Doppelkartusche, Karton 12 Stk", 30, "BOX", "95.00", d),
        L(2, "AD-CLEAN-1L", "Reiniger für Klebeflächen, 1 l", 24, "EA", "9.40", d),
    ], sent="2026-11-25 08:45 +0100", req_lang="de", ship_to="workshop")
    sh = Sheet()
    sh.text("Klebetechnik Hessen GmbH", size=13, bold=True, dy=13)
    sh.text("Otto-Hahn-Str. 9 · 35510 Butzbach", size=8, dy=24)
    sh.text("Auftragsbestätigung AB-26-30417", size=12, bold=True, dy=16)
    for a, b in [("Datum:", "27.11.2026"), ("Ihre Bestellung:", "4500219320 vom 25.11.2026"), ("Kunden-Nr.:", "10552")]:
        sh.row([(50, a), (150, b)], size=9, dy=12)
    sh.gap(8)
    cols = [50, 80, 170, 360, 400, 470]
    sh.row(list(zip(cols, ["Pos.", "Artikel", "Bezeichnung", "Menge", "Preis", "Liefertermin"])), bold=True, dy=4)
    sh.rule().gap(10)
    for r in [["1", "KH-2KPU-50/12", "2K-PU-Klebstoff 50 ml, Krt. 12", "30", "95,00", "23.12.2026"],
              ["2", "KH-RF-1000", "Reiniger für Klebeflächen 1 l", "24", "9,40", "23.12.2026"]]:
        sh.row(list(zip(cols, r)), size=8, dy=13)
    pdf = make_pdf([sh.ops], title="AB-26-30417", producer="SAP Business One")
    body = """Guten Tag Frau Weber,

anbei unsere Auftragsbestätigung zu Ihrer Bestellung 4500219320. Liefertermin für beide Positionen ist der 16.12.2026 wie gewünscht.

Mit freundlichen Grüßen
Jens Habermann
Innendienst
Klebetechnik Hessen GmbH"""
    eml = reply("071", p, ("Jens Habermann", s.email), "2026-11-27 13:40 +0100", body, "outlook", html_lang="DE",
                attachments=[mime.attachment(pdf, "application/pdf", "AB-26-30417.pdf")])
    return [p], eml, other("needs_review", "The mail text confirms 16.12.2026 but the attached order confirmation says 23.12.2026 "
                                           "for both positions; a buyer has to ask which is right.")


# --------------------------------------------------------------------------- 072
@case("072-moq-question-chinese", "zh-CN",
      "Chinese reply asking whether we accept a 1000-piece MOQ per type at lower prices: a question, not a confirmation.")
def c072():
    s = S("HENGDA", "Ningbo Hengda Bearing Co., Ltd.", "export@hengda-bearing.example", "zh-CN")
    d = D("2026-12-21", "Mon")
    p = PO("4500219340", s, "daniel", "USD", "2026-11-25", [
        L(1, "BR-608-2RS", "Ball bearing 608-2RS, box of 10", 300, "EA", "0.42", d),
        L(2, "BR-6001-ZZ", "Ball bearing 6001-ZZ, box of 10", 150, "EA", "0.55", d),
    ], sent="2026-11-25 09:15 +0100", ship_to="usa")
    body = """Daniel 你好，

收到贵司订单 4500219340，谢谢！

我们的最小起订量是每个型号1000个。608-2RS 和 6001-ZZ 是否可以各调整为1000个？如果可以，单价分别为USD 0.38和USD 0.49，交期约25天。

请确认，我们再发正式合同（PI）。

谢谢！
赵敏 Amy Zhao
宁波恒达轴承有限公司 外贸部
Tel: +86 574 5555 0821"""
    eml = reply("072", p, ("Amy Zhao", s.email), "2026-11-26 16:20 +0800", body, "gmail", cte="base64")
    return [p], eml, other("needs_review", "The supplier asks whether we accept 1000 pcs per type at new prices and will only issue "
                                           "a PI after our answer; '交期约25天' is a tentative lead time.")


# --------------------------------------------------------------------------- 073
@case("073-ooo-italian", "it-IT",
      "Italian out-of-office with return date 'lunedì 7 dicembre 2026 compreso' and an alternative contact.")
def c073():
    s = S("ANTIPADANA2", "Antincendio Padana S.r.l.", "g.conti@antincendio-padana.example", "it-IT")
    p = PO("4500219360", s, "sofia", "EUR", "2026-11-26", [
        L(1, "FE-CO2-2", "Estintore CO2 2 kg, 34B", 10, "EA", "52.00", "2026-12-18"),
        L(2, "FE-CART-A4", "Cartello segnaletico estintore, alluminio A4", 20, "EA", "3.40", "2026-12-18"),
    ], sent="2026-11-27 09:00 +0100", ship_to="facilities")
    D("2026-12-07", "Mon")
    txt = """Grazie per la sua e-mail.

Sono fuori ufficio fino a lunedì 7 dicembre 2026 compreso, con accesso limitato alla posta elettronica.
Per richieste urgenti relative a ordini e consegne può scrivere a vendite@antincendio-padana.example o chiamare lo 0523 555 410.

Cordiali saluti
Giulia Conti"""
    eml = simple("073", mime.addr("Giulia Conti", s.email), buyer_addr(p), "2026-11-27 09:00 +0100",
                 "Risposta automatica: " + request_subject(p), txt, "<html><body>" + mail.div_lines(txt) + "</body></html>",
                 in_reply_to=p.req_id, client="outlook", headers_extra=AUTO)
    return [p], eml, other("auto_reply", "Italian out-of-office; 7 December is the return date.")


# --------------------------------------------------------------------------- 074
@case("074-delayed-dsn-warning", "ko-KR",
      "Postfix 'Delayed Mail (still being retried)' warning DSN with Action: delayed and a Will-Retry-Until date.")
def c074():
    s = S("HANBITLED", "Hanbit LED Co., Ltd.", "sales@hanbitled.example", "ko-KR")
    p = PO("4500219380", s, "daniel", "USD", "2026-11-26", [
        L(1, "LED-COB-24V", "COB LED strip 24V 10W/m 3000K, reel 5 m", 40, "REEL", "21.00", "2026-12-22"),
    ], sent="2026-11-26 09:12 +0100", ship_to="usa")
    txt = """This is the mail system at host mail.castellan-group.example.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<sales@hanbitled.example>: connect to mx.hanbitled.example[198.51.100.73]:25:
    Connection timed out"""
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns; mail.castellan-group.example"), ("X-Postfix-Queue-ID", "4Rm2Lp5XcVz1Qw8"),
         ("X-Postfix-Sender", "rfc822; daniel.okafor@castellan-group.example"),
         ("Arrival-Date", "Thu, 26 Nov 2026 09:12:40 +0100 (CET)")],
        [[("Final-Recipient", "rfc822; sales@hanbitled.example"), ("Original-Recipient", "rfc822;sales@hanbitled.example"),
          ("Action", "delayed"), ("Status", "4.4.1"),
          ("Diagnostic-Code", "X-Postfix; connect to mx.hanbitled.example[198.51.100.73]:25: Connection timed out"),
          ("Will-Retry-Until", "Tue, 1 Dec 2026 09:12:40 +0100 (CET)")]])
    root = mime.multipart("report", [
        mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], txt.encode()),
        mime.Part([("Content-Description", "Delivery report")] + ds.headers, ds.body),
        mime.Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
                  request_headers(p).encode()),
    ], "4Rm2Lp5XcVz1Qw8.1795263163/mail.castellan-group.example", extra_params="; report-type=delivery-status")
    eml = mime.message([("From", "MAILER-DAEMON@mail.castellan-group.example (Mail Delivery System)"),
                        ("To", p.buyer.email), ("Subject", "Delayed Mail (still being retried)"),
                        ("Date", "Thu, 26 Nov 2026 13:22:43 +0100"),
                        ("Message-ID", "<20261126122243.8D3A1E7F21@mail.castellan-group.example>"),
                        ("Auto-Submitted", "auto-replied")], root)
    return [p], eml, other("bounce", "Delay warning DSN (4.4.1, Action: delayed); the retry deadline is not a delivery date.")


# --------------------------------------------------------------------------- 075
@case("075-two-of-three-pos-answered", "es-ES",
      "Spanish reply confirming two of three open POs (one with a new price list) and deferring the third.")
def c075():
    s = S("PAPHISP", "Papelera Hispana de Higiene S.A.", "pedidos@papelerahispana.example", "es-ES")
    a = PO("4500219400", s, "lukas", "EUR", "2026-11-20", [
        L(1, "PT-IND-400", "Industrial roll 2-ply 400 m, pack of 2", 40, "PACK", "17.80", D("2026-12-09", "Wed")),
    ], sent="2026-11-20 12:00 +0100", ship_to="facilities")
    b = PO("4500219415", s, "lukas", "EUR", "2026-11-23", [
        L(1, "PT-MJ-12", "Toilet tissue mini jumbo 2-ply, pack of 12", 60, "PACK", "15.60", "2026-12-09"),
        L(2, "PT-ZF-3750", "Z-fold hand towels, carton of 3750 sheets", 80, "CTN", "21.40", "2026-12-09"),
    ], sent="2026-11-23 12:30 +0100", ship_to="facilities")
    c = PO("4500219430", s, "lukas", "EUR", "2026-11-25", [
        L(1, "PT-SOAP-1L", "Hand soap refill 1 l, carton of 6", 20, "CTN", "18.00", D("2026-12-16", "Wed")),
    ], sent="2026-11-25 10:10 +0100", ship_to="facilities")
    body = """Buenos días, Lukas:

Le confirmamos los siguientes pedidos:

Pedido 4500219400: 40 paquetes de bobina industrial 400 m, 17,80 €/paquete, entrega el miércoles 9 de diciembre.
Pedido 4500219430: 20 cajas de jabón de manos 1 l, precio 18,90 €/caja según nuestra nueva tarifa, entrega el 16/12.

El pedido 4500219415 lo estamos revisando con fábrica y le contestaremos esta semana.

Saludos,
Lucía Fernández
Atención al Cliente
Papelera Hispana de Higiene S.A. | Polígono Industrial Río Gállego, calle D, 12 | 50840 San Mateo de Gállego"""
    eml = reply("075", c, ("Lucía Fernández", s.email), "2026-11-30 11:00 +0100", body, "outlook", html_lang="ES")
    exp = confirmation((a, {1: "acc"}), (c, {1: dict(p="18.90")}),
                       notes="POs 4500219400 (as ordered) and 4500219430 (price 18.90) are answered; PO 4500219415 is only "
                             "mentioned as under review and is left out.")
    return [a, b, c], eml, exp


# --------------------------------------------------------------------------- 076
@case("076-vague-this-week-or-next", "es-AR",
      "Argentine reply: the coffee arrives 'la semana del 14, si no, la otra semana' depending on vessel space; price kept, no firm date.")
def c076():
    s = S("CAFEPLATA", "Cafés del Plata S.A.", "ventas@cafesdelplata.example", "es-AR")
    p = PO("4500219450", s, "daniel", "USD", "2026-11-25", [
        L(1, "CF-BR-CER", "Green coffee Brazil Cerrado, bag 60 kg", 40, "BAG", "251.00", "2026-12-15"),
    ], sent="2026-11-25 14:30 +0100", ship_to="usa")
    body = """Hola Daniel, ¿cómo andás?

Recibimos la orden 4500219450, gracias. El café está en el puerto de Santos esperando lugar en el barco: si entra en el buque del 4/12 te llega la semana del 14, si no, la semana siguiente. El precio lo mantenemos.

Te aviso apenas tenga novedades de la naviera.

Abrazo,
Martín Acosta
Cafés del Plata S.A. | Av. Pedro de Mendoza 1850, CABA"""
    eml = reply("076", p, ("Martín Acosta", s.email), "2026-11-27 16:30 -0300", body, "gmail")
    return [p], eml, other("needs_review", "Delivery depends on vessel space: week of 14 Dec or the week after; no committed date. "
                                           "'buque del 4/12' is a vessel departure, not our delivery.")


# --------------------------------------------------------------------------- 077
@case("077-ab-promised-by-wednesday", "de-AT",
      "Austrian reply thanking for the order and promising the binding confirmation by Wednesday 2 December (inventory).")
def c077():
    s = S("WIENDENTAL", "Wiener Dentaldepot GmbH", "bestellung@wiener-dentaldepot.example", "de-AT")
    p = PO("4500219470", s, "anna", "EUR", "2026-11-26", [
        L(1, "DN-ALOE-3", "Abformlöffel Kunststoff Gr. 3, Box à 50", 20, "BOX", "12.80", "2026-12-14"),
        L(2, "DN-SPS-100", "Einmal-Speichelsauger, Box à 100", 40, "BOX", "3.30", "2026-12-14"),
    ], sent="2026-11-26 10:00 +0100", req_lang="de", ship_to="care")
    D("2026-12-02", "Wed")
    body = """Sehr geehrte Frau Weber,

vielen Dank für Ihre Bestellung 4500219470, die wir dankend erhalten haben.

Da wir derzeit Inventur machen, erhalten Sie die Auftragsbestätigung mit den verbindlichen Lieferterminen bis spätestens Mittwoch, 2. Dezember.

Mit freundlichen Grüßen
Sabine Gruber
Wiener Dentaldepot GmbH | Brünner Straße 131, 1210 Wien
Tel. +43 1 555 27 40"""
    eml = reply("077", p, ("Sabine Gruber", s.email), "2026-11-27 11:40 +0100", body, "outlook", html_lang="DE-AT")
    return [p], eml, other("needs_review", "Receipt acknowledged; the confirmation with binding dates is promised for Wed 2 Dec. "
                                           "Nothing is committed yet.")


# --------------------------------------------------------------------------- 078
@case("078-ooo-spanish-mexico", "es-MX",
      "Mexican out-of-office covering 26 November to 4 December with the sales mailbox as alternative.")
def c078():
    s = S("SUMEDBAJIO2", "Suministros Médicos del Bajío S.A. de C.V.", "fruiz@sumedbajio.example", "es-MX")
    p = PO("4500219490", s, "priya", "USD", "2026-11-25", [
        L(1, "GL-NIT-XL", "Nitrile exam gloves, powder-free, size XL, box of 200", 60, "BOX", "10.20", "2026-12-18"),
    ], sent="2026-11-26 16:00 +0100", ship_to="usa")
    D("2026-11-26", "Thu"), D("2026-12-04", "Fri")
    txt = """Gracias por su mensaje.

Estaré fuera de la oficina del jueves 26 de noviembre al viernes 4 de diciembre de 2026, sin acceso a mi correo.
Para pedidos, cotizaciones y seguimiento de entregas, favor de escribir a ventas@sumedbajio.example o llamar al +52 477 555 0190.

Saludos,
Fernanda Ruiz"""
    eml = simple("078", mime.addr("Fernanda Ruiz", s.email), buyer_addr(p), "2026-11-26 09:00 -0600",
                 "Respuesta automática: " + request_subject(p), txt, None, in_reply_to=p.req_id, headers_extra=AUTO)
    return [p], eml, other("auto_reply", "Spanish out-of-office; the dates are the absence period.")


# --------------------------------------------------------------------------- 079
@case("079-question-drawing-revision", "cs-CZ",
      "Czech reply asking for drawing revision C before quoting price and date; mentions a tentative 'týden 51'.")
def c079():
    s = S("KNMORAVA", "Kancelářský nábytek Morava a.s.", "objednavky@kn-morava.example", "cs-CZ")
    d = D("2026-12-18", "Fri")
    p = PO("4500219510", s, "mira", "EUR", "2026-11-25", [
        L(1, "OF-RCPT-C", "Reception counter, custom, per drawing RC-2025-rev C", 1, "EA", "2480.00", d),
        L(2, "OF-ACU-16065", "Acoustic desk screen 160x65 cm, fabric grey", 8, "EA", "132.00", d),
    ], sent="2026-11-25 16:30 +0100", ship_to="facilities")
    body = """Dobrý den, paní Novak,

děkujeme za objednávku č. 4500219510. K recepčnímu pultu máme k dispozici pouze výkres RC-2025 v revizi B. Můžete nám prosím zaslat revizi C? Podle rozsahu změn se pak ozveme s cenou a termínem, pravděpodobně by to byl týden 51.

Akustické paravány 160x65 cm potvrdíme společně s pultem.

S pozdravem
Jana Svobodová
Kancelářský nábytek Morava a.s. | Hulínská 2286, 767 01 Kroměříž
tel. +420 573 555 118"""
    eml = reply("079", p, ("Jana Svobodová", s.email), "2026-11-30 10:00 +0100", body, "outlook", charset="iso-8859-2",
                html_lang="CS")
    return [p], eml, other("needs_review", "Question about the drawing revision; price and date depend on it and 'týden 51' is "
                                           "only 'pravděpodobně'. The screens will be confirmed together later.")


# --------------------------------------------------------------------------- 080
@case("080-substitute-product-proposal", "en-MY",
      "Malaysian glove maker cannot make latex and proposes nitrile at a different price, asking whether this is acceptable.")
def c080():
    s = S("KVGLOVES", "Klang Valley Gloves Sdn Bhd", "sales@kvgloves.example", "en-MY")
    d = D("2026-12-18", "Fri")
    p = PO("4500219530", s, "priya", "USD", "2026-11-24", [
        L(1, "GL-LTX-S", "Latex exam gloves, powder-free, size S, box of 200", 120, "BOX", "7.90", d),
        L(2, "GL-LTX-M2", "Latex exam gloves, powder-free, size M, box of 200", 200, "BOX", "7.90", d),
    ], sent="2026-11-24 10:45 +0100", ship_to="care")
    body = """Dear Priya,

Good day to you.

Regarding your PO 4500219530, we regret to inform that our latex dipping line is under maintenance until end of January 2027. We can offer nitrile powder-free gloves instead (same sizes, box of 200) at USD 8.30/box with delivery on 18/12/2026.

Kindly advise if this is acceptable so that we can proceed to issue the order confirmation.

Thank you & best regards,
Siti Nurhaliza binti Ahmad
Sales Executive
Klang Valley Gloves Sdn Bhd
Lot 22, Jalan Perusahaan 4, Kawasan Perindustrian, 41050 Klang, Selangor
Tel: +603-3355 0198"""
    eml = reply("080", p, ("Siti Nurhaliza binti Ahmad", s.email), "2026-11-26 18:15 +0800", body, "outlook", sep="line")
    return [p], eml, other("needs_review", "The ordered latex gloves cannot be made; a substitute (nitrile, USD 8.30, 18/12/2026) "
                                           "is proposed and awaits our approval. Not a confirmation of the PO.")
