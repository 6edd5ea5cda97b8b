"""Cases 037-048: unit conversions, several POs, forwarded chains, schedules, attachments."""
from .common import case, sup, po, conf, chg, out, esc, req_rows, COLS
from .mime import reply, A
from .pdf import make_pdf


@case("hemp-yarn-per-tonne", "confirmation/hi-IN",
      "Hindi/English mix with an Indian-grouped per-tonne rate (INR 4,25,000 per tonne) for a per-KG PO line: 425.00 per KG.")
def c037():
    s = sup("GANGAF", "Ganga Fibres Pvt. Ltd.", "sales@gangafibres.example", "hi-IN")
    p = po("4500233011", s, "INR", "2026-11-19", [
        ("BR-HEMP-3PLY", "Hemp yarn 3-ply for bell ropes, 2.5 mm", 500, "KG", "412.00", "2027-01-08"),
        ("BR-WOOL-SAL", "Wool yarn for bell rope sallies, dyed red, Nm 4/3", 120, "KG", "985.00", "2027-01-08"),
    ])
    body = """नमस्ते मारा जी,

PO 4500233011 के लिए हमारी पुष्टि:

Item 1 - hemp yarn 3-ply: 500 kg, rate INR 4,25,000 per tonne (कच्चे माल की कीमत बढ़ने के कारण), dispatch 08-01-2027
Item 2 - wool yarn: 120 kg @ INR 985/kg, dispatch 08-01-2027

धन्यवाद,
राजेश शर्मा (Rajesh Sharma)
Ganga Fibres Pvt. Ltd.
Plot 44, Industrial Area Phase II, Kanpur 208022
Mob. +91 98390 55512"""
    eml = reply(p, frm=("Rajesh Sharma", "sales@gangafibres.example"), date="2026-11-27 12:40 +0530",
                body=body, cs="utf-8", cte="base64", client="gmail")
    return out([p], eml, "confirmation", [conf(p, {1: chg(p="425.00"), 2: "acc"})],
               "425000 INR / 1000 kg = 425.00 INR per KG; the dispatch (ship) dates equal the requested dates.")


@case("coach-bulbs-boxes-of-12", "confirmation/en-IN",
      "Quantity and price given per box of 12 ('100 boxes of 12 nos. @ Rs. 2,940/- per box') equal the PO's 1200 PCS at 245.00; only line 2 moves.")
def c038():
    s = sup("LAKSHL", "Lakshmi Lamps & Fittings", "orders@lakshmilamps.example", "en-IN")
    p = po("4500233050", s, "INR", "2026-11-19", [
        ("HCL-BULB-12V", "Hearse coach lamp bulb 12V 10W, E14, warm white", 1200, "PCS", "245.00", "2026-12-21"),
        ("HCL-REFL-90", "Coach lamp reflector 90 mm, polished brass", 300, "PCS", "410.00", "2026-12-21"),
    ])
    body = """Dear Madam,

Greetings from Lakshmi Lamps!

We are pleased to confirm your PO No. 4500233050 dt. 19.11.2026 as under:

1) Bulbs 12V 10W - 100 boxes of 12 nos. @ Rs. 2,940/- per box, delivery by 21.12.2026.
2) Reflectors 90 mm - 300 nos. @ Rs. 410/- each, delivery by 04.01.2027 due to polishing backlog.

Kindly acknowledge.

Thanks & Regards,
Suresh Iyer
Lakshmi Lamps & Fittings
No. 18, SIDCO Industrial Estate, Ambattur, Chennai - 600 098
Ph: +91 44 5555 2671"""
    eml = reply(p, frm=("Suresh Iyer", "orders@lakshmilamps.example"), date="2026-11-27 17:25 +0530",
                body=body, cs="us-ascii", cte="7bit", client="outlook")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: chg(d="2027-01-04")})],
               "100 x 12 = 1200 pcs; 2940 / 12 = 245.00 per piece.")


@case("rodeo-panels-two-pos-forwarded", "confirmation/en-ZA",
      "Two open POs; the rep forwards the workshop's answer for 4500233091 only (clamps split 30 + 10) and merely mentions 4500233090.")
def c039():
    s = sup("KAROO", "Karoo Livestock Equipment (Pty) Ltd", "sales@karoo-livestock.example", "en-ZA")
    pa = po("4500233090", s, "ZAR", "2026-11-18", [
        ("RAP-GATE-BOW", "Rodeo bow gate 3.6 m with chain latch", 2, "EA", "4890.00", "2026-12-18"),
    ])
    pb = po("4500233091", s, "ZAR", "2026-11-18", [
        ("RAP-36-5R", "Rodeo arena panel 3.6 m, 5 rails, 40 mm tube", 20, "EA", "2150.00", "2026-12-11"),
        ("RAP-CLAMP-40", "Panel clamp 40 mm, galvanised", 40, "EA", "68.00", "2026-12-11"),
    ])
    body = """Hi Mara,

See below from our workshop - confirmed for 4500233091 as Koos describes.
4500233090 (the bow gates) I'll come back to you on separately.

Cheers,
Hennie Botha
Sales | Karoo Livestock Equipment (Pty) Ltd
14 Voortrekker Road, Graaff-Reinet 6280
Tel +27 49 555 1187

-----Original Message-----
From: Koos van Wyk <workshop@karoo-livestock.example>
Sent: Thursday, 26 November 2026 07:52
To: Hennie Botha <sales@karoo-livestock.example>
Subject: RE: Corvane 4500233091 panels

Hennie,

20 panels no problem, R 2,150.00 each, they ship 11 Dec.
Clamps we only have 30 in stock, those ship with the panels on 11 Dec, the other 10 ship 15 Jan.

Koos"""
    eml = reply(pb, frm=("Hennie Botha", "sales@karoo-livestock.example"), date="2026-11-26 09:15 +0200",
                body=body, cs="us-ascii", cte="7bit", client="outlook", quote="fwd")
    return out([pa, pb], eml, "confirmation", [conf(pb, {
        1: "acc", 2: chg(d="2027-01-15", s=[(30, "2026-12-11"), (10, "2027-01-15")])})],
               "Only ship dates are given ('ship 11 Dec', 'ship 15 Jan'); 15 Jan without a year is the next one after the mail date, i.e. 2027-01-15.")


@case("umpire-chairs-three-pos-csv", "confirmation/en-AU",
      "Three open POs, a CSV attachment answers two of them (day-first dates); the third PO is not in the reply and is left out.")
def c040():
    s = sup("OUTCRT", "Outback Court Equipment Pty Ltd", "orders@outbackcourt.example", "en-AU")
    pa = po("4500233120", s, "AUD", "2026-11-19", [
        ("TUC-AU-ALU", "Tennis umpire chair aluminium 1.8 m, 2027 model", 2, "EA", "1240.00", "2026-12-14"),
    ], buyer="tom")
    pb = po("4500233121", s, "AUD", "2026-11-19", [
        ("TNP-76-RND", "Tennis net post 76 mm round, with winder", 4, "PAIR", "310.00", "2026-12-14"),
        ("TNP-WINDER", "Spare winder handle", 4, "EA", "24.50", "2026-12-14"),
    ], buyer="tom")
    pc = po("4500233122", s, "AUD", "2026-11-19", [
        ("CRT-SQG-12", "Court squeegee 1.2 m", 10, "EA", "45.00", "2026-12-14"),
    ], buyer="tom")
    body = """G'day Tom,

Two of your orders confirmed in the attached CSV (chairs and net posts).
Posts are a few days later than you wanted, everything else as ordered.

Cheers
Bec Harrington
Outback Court Equipment Pty Ltd
7 Boundary Road, Dandenong South VIC 3175
Ph (03) 5555 8120"""
    csv = ("PO Number,Line,Item,Qty,UOM,Unit Price AUD,Delivery Date\r\n"
           "4500233120,1,TUC-AU-ALU,2,EA,1240.00,14/12/2026\r\n"
           "4500233121,1,TNP-76-RND,4,PAIR,310.00,18/12/2026\r\n"
           "4500233121,2,TNP-WINDER,4,EA,24.50,14/12/2026\r\n").encode("ascii")
    att = A(csv, "text/csv", "Corvane_order_confirmation.csv")
    eml = reply(pa, frm=("Bec Harrington", "orders@outbackcourt.example"), date="2026-11-30 10:02 +1100",
                body=body, cs="us-ascii", cte="7bit", client="gmail", attachments=[att])
    return out([pa, pb, pc], eml, "confirmation", [
        conf(pa, {1: "acc"}), conf(pb, {1: chg(d="2026-12-18"), 2: "acc"})])


@case("coach-lamps-three-lots", "confirmation/en-NZ",
      "Schedule table splits line 1 into three lots of 4 (last one 22/01/2027); line 2 ships complete with the first lot on the requested date.")
def c041():
    s = sup("KIWIHL", "Kiwi Heritage Lamps Ltd", "sales@kiwiheritagelamps.example", "en-NZ")
    p = po("4500233160", s, "NZD", "2026-11-20", [
        ("HCL-LAMP-VIC", "Hearse coach lamp, Victorian style, 24V LED, chrome", 12, "EA", "385.00", "2026-12-11"),
        ("HCL-BRKT-45", "Coach lamp mounting bracket 45 deg", 24, "EA", "42.00", "2026-12-11"),
    ])
    body = """Kia ora Mara,

Thanks for the order. Prices are as per your PO. We can't make all 12 lamps by the 11th, so they'll come in three lots:

Lot 1    11/12/2026    4 lamps + all 24 brackets
Lot 2    18/12/2026    4 lamps
Lot 3    22/01/2027    4 lamps

Delivery dates are to your Bremen dock.

Ngā mihi,
Aroha Tipene
Kiwi Heritage Lamps Ltd
22 Carbine Road, Mt Wellington, Auckland 1060
+64 9 555 4130"""
    eml = reply(p, frm=("Aroha Tipene", "sales@kiwiheritagelamps.example"), date="2026-11-30 14:18 +1300",
                body=body, cs="utf-8", cte="quoted-printable", client="apple")
    return out([p], eml, "confirmation", [conf(p, {
        1: chg(d="2027-01-22", s=[(4, "2026-12-11"), (4, "2026-12-18"), (4, "2027-01-22")]), 2: "acc"})])


@case("buckles-per-hundred-us-dates", "confirmation/en-US",
      "US month-first ship dates (12/04/2026 = Dec 4) and a price per hundred ($84.00 per C = 0.84 each) for line 1.")
def c042():
    s = sup("SKYRIG", "SkyRig Hardware Inc.", "orders@skyrig-hardware.example", "en-US")
    p = po("4500233200", s, "USD", "2026-11-20", [
        ("PHB-CLIP-20", "Paragliding chest strap clip 20 mm, 2027 model, 15 kN", 500, "EA", "0.85", "2026-12-11"),
        ("PHB-KARA-7", "Harness carabiner 7 mm steel, 2500 kg", 100, "EA", "6.40", "2026-12-11"),
    ], buyer="tom")
    body = """Hi Tom,

PO 4500233200 is confirmed:

Line 1: 500 clips at $84.00 per hundred (C), ship 12/04/2026
Line 2: 100 carabiners @ $6.40 ea, ship 12/11/2026

Thanks for your business!

Kyle Brennan
Inside Sales | SkyRig Hardware Inc.
2150 W Industrial Pkwy, Salt Lake City, UT 84104
(801) 555-0147"""
    eml = reply(p, frm=("Kyle Brennan", "orders@skyrig-hardware.example"), date="2026-11-30 08:33 -0700",
                body=body, cs="us-ascii", cte="7bit", client="outlook")
    return out([p], eml, "confirmation", [conf(p, {1: chg(p="0.84", d="2026-12-04"), 2: "acc"})],
               "$84.00 / 100 = 0.84 per EA; 12/04 and 12/11 are month-first.")


@case("dome-gear-kw51-oder-52", "needs_review/de-CH",
      "Swiss German 'Lieferung in KW 51 oder spätestens KW 52' gives no single committed date, so a buyer cannot record it.")
def c043():
    s = sup("STERNW", "Sternwarte Technik AG", "verkauf@sternwarte-technik.example", "de-CH")
    p = po("4500233240", s, "CHF", "2026-11-20", [
        ("ADS-GEAR-M2", "Dome rotation gear motor 24V, M2 pinion", 1, "EA", "1290.00", "2026-12-18"),
        ("ADS-SEAL-BR", "Dome brush seal 25 mm", 18, "M", "22.50", "2026-12-18"),
    ])
    body = """Grüezi Frau Lindqvist

Besten Dank für die Bestellung 4500233240.
Die Positionen 1 und 2 können wir zu den genannten Preisen liefern, Lieferung in KW 51 oder spätestens KW 52,
je nachdem, wann der Getriebemotor aus Deutschland eintrifft.

Freundliche Grüsse
Reto Ammann
Sternwarte Technik AG
Industriestrasse 19, 8603 Schwerzenbach
Tel. +41 44 555 27 60"""
    eml = reply(p, frm=("Reto Ammann", "verkauf@sternwarte-technik.example"), date="2026-11-30 11:47 +0100",
                body=body, cs="iso-8859-1", cte="quoted-printable", client="outlook", lang="de",
                subject="AW: Purchase order 4500233240 - please confirm")
    return out([p], eml, "needs_review")


@case("organ-pipes-declined", "confirmation/fr-FR",
      "A polite refusal of the whole order (workshop closing): both lines rejected; it is still an answer, hence a confirmation.")
def c044():
    s = sup("TUYAUX", "Tuyauterie d'Orgues Mécaniques SARL", "commandes@tuyauterie-orgues.example", "fr-FR")
    p = po("4500233280", s, "EUR", "2026-11-20", [
        ("BOP-ZINC-8", "Barrel organ pipe zinc 8 ft, open, C", 2, "EA", "890.00", "2027-01-15"),
        ("BOP-REED-4", "Barrel organ reed pipe 4 ft, trumpet, brass tongue", 4, "EA", "640.00", "2027-01-15"),
    ])
    body = """Madame,

Nous vous remercions pour votre commande n° 4500233280 du 20 novembre.

Malheureusement, suite à la fermeture de notre atelier de tuyauterie métal au 31 décembre 2026,
nous ne sommes pas en mesure d'honorer cette commande (lignes 1 et 2).
Nous vous prions de bien vouloir l'annuler de votre côté.

Veuillez agréer, Madame, nos salutations distinguées.

Françoise Lemaître
Tuyauterie d'Orgues Mécaniques SARL
12 rue des Facteurs, 67000 Strasbourg
Tél. +33 3 88 55 51 72"""
    eml = reply(p, frm=("Françoise Lemaître", "commandes@tuyauterie-orgues.example"), date="2026-12-01 09:30 +0100",
                body=body, cs="iso-8859-15", cte="quoted-printable", client="outlook", lang="fr",
                subject="RE : Purchase order 4500233280 - please confirm")
    return out([p], eml, "confirmation", [conf(p, {1: "rej", 2: "rej"})])


@case("volleyball-hooks-pdf-flate", "confirmation/fr-BE",
      "Body only says 'ci-joint'; the Flate-compressed PDF prices line 1 per 100 pieces (19,00 / 100 = 0.19) and moves line 3 to 15/01/2027.")
def c045():
    s = sup("SABLEB", "Sable & Filets SPRL", "adv@sable-filets.example", "fr-BE")
    p = po("4500233320", s, "EUR", "2026-11-23", [
        ("BVN-HOOK-S6", "Beach volleyball net hook S-type 6 mm, galvanised", 2000, "PCS", "0.18", "2026-12-11"),
        ("BVN-CABLE-4", "Steel top cable 4 mm, 11 m with thimbles", 25, "EA", "13.60", "2026-12-11"),
        ("BVN-SANDANC", "Sand anchor plate 30x30 cm with 3/8 in ring", 40, "EA", "8.90", "2026-12-11"),
    ])
    body = """Bonjour,

Veuillez trouver ci-joint notre confirmation de commande.

Bien à vous,

Service ADV
Sable & Filets SPRL
Chaussée de Mons 410, 7100 La Louvière
Tél. +32 64 55 58 20"""
    pdf = make_pdf([
        "##CONFIRMATION DE COMMANDE n° CC-2026-04417",
        "#Sable & Filets SPRL - Chaussée de Mons 410 - 7100 La Louvière - TVA BE 0455.555.812",
        "",
        "Client : Corvane Trading GmbH, Hafenstrasse 14, 28217 Bremen",
        "Votre commande : 4500233320 du 23/11/2026        Date : 01/12/2026",
        "",
        "#Pos.  Article        Désignation                              Qté     Prix unitaire         Livraison",
        "1     BVN-HOOK-S6    Crochet S 6 mm galvanisé                 2000    19,00 EUR / 100 pces   11/12/2026",
        "2     BVN-CABLE-4    Câble acier 4 mm, 11 m                   25      13,60 EUR / pce        11/12/2026",
        "3     BVN-SANDANC    Ancre à sable 30x30 cm, anneau 3/8       40      8,90 EUR / pce         15/01/2027",
        "",
        "Total HTVA : 380,00 + 340,00 + 356,00 = 1.076,00 EUR",
        "Conditions : DAP Bremen, paiement 30 jours fin de mois.",
        "Dates de livraison = date de réception chez le client.",
    ], compress=True, title="Confirmation de commande CC-2026-04417", author="Sable & Filets",
        producer="Odoo 17", date="20261201100200+01'00'")
    att = A(pdf, "application/pdf", "CC-2026-04417.pdf")
    eml = reply(p, frm=("Sable & Filets - ADV", "adv@sable-filets.example"), date="2026-12-01 10:03 +0100",
                body=body, cs="utf-8", cte="quoted-printable", client="outlook", lang="fr", quote="none",
                attachments=[att], subject="RE: Purchase order 4500233320 - please confirm")
    return out([p], eml, "confirmation", [conf(p, {1: chg(p="0.19"), 2: "acc", 3: chg(d="2027-01-15")})])


@case("cooler-hinges-end-of-line", "confirmation/fr-CA",
      "Bilingual French/English (Canadian '6,75 $' format): line 1 only 80 of 100 (end of line, rest not supplied), line 2 as ordered.")
def c046():
    s = sup("GLACIER", "Quincaillerie Glacier inc.", "ventes@quincaillerie-glacier.example", "fr-CA")
    p = po("4500233360", s, "CAD", "2026-11-23", [
        ("ICH-HD-90", "Heavy-duty igloo cooler hinge 90 mm, stainless, 2027 model", 100, "EA", "6.75", "2026-12-16"),
        ("ICH-GASKET-12", "Cooler lid gasket 12x20 mm", 150, "M", "2.20", "2026-12-16"),
    ], buyer="tom")
    body = """Bonjour Tom,

Nous confirmons la commande 4500233360 :
Ligne 1 : 80 unités seulement (fin de série), 6,75 $ l'unité, livraison le 16 décembre. Les 20 autres ne seront pas livrées.
Ligne 2 : 150 m, 2,20 $/m, livraison le 16 décembre.

---
Hi Tom,

Confirming PO 4500233360: line 1 only 80 units (end of line), the remaining 20 will not be supplied;
line 2 as ordered. Delivery Dec 16 for both.

Merci / Thanks,
Geneviève Tremblay
Quincaillerie Glacier inc.
1250, boul. Industriel, Laval (Québec) H7L 4S2
450 555-3318"""
    eml = reply(p, frm=("Geneviève Tremblay", "ventes@quincaillerie-glacier.example"), date="2026-12-01 08:12 -0500",
                body=body, cs="windows-1252", cte="quoted-printable", client="outlook", lang="fr")
    return out([p], eml, "confirmation", [conf(p, {1: chg(q=80), 2: "acc"})])


@case("bellropes-inline-thunderbird", "confirmation/nl-BE",
      "Flemish answers interleaved under '>'-quoted PO rows: accepted, new price, and 'niet meer leverbaar' (rejected).")
def c047():
    from .common import req_table
    s = sup("BEIAARD", "Beiaard Touwslagerij BV", "verkoop@beiaard-touw.example", "nl-BE")
    p = po("4500233400", s, "EUR", "2026-11-23", [
        ("BR-PES-22-9", "Bell rope polyester 22 mm, 9 m, with sally", 6, "EA", "228.00", "2026-12-11"),
        ("BR-GUIDE-2x100", "Rope guide double pulley 2x100 mm", 3, "EA", "74.00", "2026-12-11"),
        ("BR-SALLY-BWB", "Spare sally 1.1 m, blue/white/blue", 6, "EA", "96.00", "2026-12-11"),
    ])
    t = req_table(p)
    body = """Dag Mara,

Zie onze antwoorden tussen de lijnen.

Op 23/11/2026 om 09:05 schreef Mara Lindqvist:
> please confirm our purchase order 4500233400 of 23 November 2026 by return e-mail, stating quantity,
> unit price and delivery date for each position.
>
> %s
> %s

akkoord, levering 11/12

> %s

prijs wordt 79,00 EUR/st (nieuwe prijslijst), aantal ok, levering 11/12

> %s

niet meer leverbaar in deze kleurencombinatie, sorry

>
> Kind regards
> Mara Lindqvist

Met vriendelijke groeten,
Wim Peeters
Beiaard Touwslagerij BV
Kerkstraat 88, 2800 Mechelen
+32 15 55 54 21""" % (t[0], t[1], t[2], t[3])
    eml = reply(p, frm=("Wim Peeters", "verkoop@beiaard-touw.example"), date="2026-12-01 14:26 +0100",
                body=body, cs="utf-8", cte="8bit", client="tb", quote="custom", html=False,
                subject="Re: Purchase order 4500233400 - please confirm")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: chg(p="79.00"), 3: "rej"})])


@case("arena-panels-html-only-split", "confirmation/es-MX",
      "HTML-only Outlook mail with a table: line 1 delivered 30 on 18/12/2026 and 30 on 15/01/2027, line 2 as ordered.")
def c048():
    s = sup("CHARRO", "Equipos Charros del Bajío S.A. de C.V.", "ventas@charros-bajio.example", "es-MX")
    p = po("4500233440", s, "USD", "2026-11-24", [
        ("RAP-CH-3M", "Rodeo arena panel 3.0 m, 5 rails, galvanised, 2027 model", 60, "EA", "185.00", "2026-12-18"),
        ("RAP-POST-24", "Anchor post 2.4 m, 3 in", 30, "EA", "42.00", "2026-12-18"),
    ])
    rows = [("1", "RAP-CH-3M", "60 pzas", "USD 185.00", "30 pzas el 18/12/2026<br>30 pzas el 15/01/2027"),
            ("2", "RAP-POST-24", "30 pzas", "USD 42.00", "18/12/2026")]
    tr = "".join("<tr>%s</tr>" % "".join('<td style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt">'
                                        '<p class="MsoNormal">%s</p></td>' % c for c in r) for r in rows)
    hb = ('<p class="MsoNormal">Buenas tardes, Mara:</p><p class="MsoNormal">&nbsp;</p>'
          '<p class="MsoNormal">Le confirmamos su orden de compra 4500233440 conforme a la siguiente tabla:</p>'
          '<p class="MsoNormal">&nbsp;</p><table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
          '<tr><td><b>Partida</b></td><td><b>Código</b></td><td><b>Cantidad</b></td><td><b>Precio unitario</b></td>'
          '<td><b>Entrega</b></td></tr>' + tr + '</table><p class="MsoNormal">&nbsp;</p>'
          '<p class="MsoNormal">Quedamos a sus órdenes.</p><p class="MsoNormal">&nbsp;</p>'
          '<p class="MsoNormal"><b>Alejandro Ramírez Treviño</b><br>Ejecutivo de Ventas<br>'
          'Equipos Charros del Bajío S.A. de C.V.<br>Blvd. Adolfo López Mateos 3120, León, Gto., C.P. 37270<br>'
          'Tel. +52 477 555 1840</p>')
    eml = reply(p, frm=("Alejandro Ramírez Treviño", "ventas@charros-bajio.example"), date="2026-12-01 16:55 -0600",
                body="", html_body=hb, text=False, cs="utf-8", cte="quoted-printable", client="outlook", lang="es")
    return out([p], eml, "confirmation", [conf(p, {
        1: chg(d="2027-01-15", s=[(30, "2026-12-18"), (30, "2027-01-15")]), 2: "acc"})])
