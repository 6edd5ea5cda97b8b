"""Cases A: mostly confirmations with changes (European and Asian suppliers)."""

from html import escape

from . import common as C
from . import mime as M
from .common import ACC, REJ, UNC, L, PO, Case, dt, sup, tz, conf, expect_conf
from .pdf import PdfDoc, table
from .xlsx import XLSX_TYPE, make_xlsx
from datetime import date


def finish(key, slug, kind, locale, hard, pos, body, headers, expected):
    return Case(key, slug, kind, locale, hard, pos, M.serialize(M.build(body, headers)), expected)


# --------------------------------------------------------------------------- A01
def a01():
    s = sup("IMKBRANDT", "Imkereibedarf Brandt GmbH", "verkauf@imkerei-brandt.example", "de-DE")
    po = PO("4500021347", s, "dana", "EUR", "2026-11-19", [
        L(1, "BKF-DN-W", "Brood frame Deutsch Normal, wired, unassembled", 500, "PCS", "0.95", "2026-12-11"),
        L(2, "BKF-ZA-HO", "Brood frame Zander, Hoffmann side bars", 300, "PCS", "1.10", "2026-12-11"),
        L(3, "BKF-LS-SH", "Honey super frame Langstroth shallow", 200, "PCS", "0.88", "2026-12-18"),
    ], sent="2026-11-19 09:14")
    text = """Sehr geehrte Frau Ruiz,

vielen Dank für Ihre Bestellung 4500021347. Wir bestätigen wie folgt:

Pos. 1  BKF-DN-W   500 Stk. à 0,95 €  – Liefertermin 11.12. i. O.
Pos. 2  BKF-ZA-HO  300 Stk. à 1,10 €  – die Zander-Rähmchen mit Hoffmann-Seitenteilen sind erst ab 18. Dez. wieder lieferbar, Liefertermin daher 18. Dez., Menge und Preis wie bestellt
Pos. 3  BKF-LS-SH  200 Stk.           – Preis ab 01.12. neu 0,92 € (Holzpreiserhöhung, siehe Rundschreiben), Lieferung 18.12.

Die Lieferung erfolgt frei Haus per Spedition, das Avis kommt einen Tag vorher.

Mit freundlichen Grüßen

Jürgen Brandt
Vertrieb / Innendienst

Imkereibedarf Brandt GmbH
Am Bienenhof 7 · 29225 Celle
Tel. +49 5141 55 03 12 · Fax +49 5141 55 03 19
www.imkerei-brandt.example

Geschäftsführer: Jürgen Brandt, Helga Brandt · Amtsgericht Lüneburg HRB 20417 · USt-IdNr. DE 814 552 903
"""
    date_ = dt("2026-11-24 10:32")
    body = M.outlook_reply("a01", text, po, charset="Windows-1252", labels=("Von:", "Gesendet:", "An:", "Betreff:"),
                           sent=C.de_outlook_sent(po.sent), lang="DE")
    subj = "AW: " + po.subject
    hs = M.reply_headers(po, M.addr("Jürgen Brandt", "j.brandt@imkerei-brandt.example", "iso-8859-1"), date_,
                         M.id_outlook("a01"), subj, extra=M.outlook_extra("a01", po.subject, "de-DE"))
    exp = expect_conf("German Outlook reply; dates without year ('11.12.', '18.12.') and with month abbreviation "
                      "('18. Dez.'); line 3 price change effective 01.12. applies to the 18.12. delivery; quoted PO "
                      "below carries the original figures.",
                      conf(po, {1: ACC, 2: C.C(300, "1.10", "2026-12-18"), 3: C.C(200, "0.92", "2026-12-18")}))
    return finish("a01", "de-beehive-frames-dez-abbrev", "confirmation", "de-DE",
                  "month abbreviation '18. Dez.', yearless dates, decimal comma, new price 'ab 01.12.'", [po], body, hs, exp)


# --------------------------------------------------------------------------- A02
def a02():
    s = sup("VITIFIX", "Vitifix SARL", "commandes@vitifix.example", "fr-FR")
    po = PO("4500021366", s, "sofia", "EUR", "2026-11-26", [
        L(1, "VWT-TM-20", "Vineyard wire tensioner, medium, for 2.0-3.15 mm wire", 2000, "PCS", "0.64", "2026-12-18"),
        L(2, "VWT-TL-31", "Vineyard wire tensioner, large, for 3.15-4.0 mm wire", 1000, "PCS", "0.79", "2026-12-18"),
        L(3, "VWT-TOOL", "Tensioning tool for wire tensioners", 10, "EA", "68.00", "2026-12-18"),
    ], sent="2026-11-26 09:12")
    nn = "\u202f"
    text = f"""Bonjour Madame Marchetti,

Merci pour votre commande n° 4500021366.

- Tendeurs moyens (VWT-TM-20) : 2{nn}000 pièces à 0,64{nn}€ HT, livraison le 18 déc. comme demandé.
- Tendeurs grands (VWT-TL-31) : notre fournisseur de fil inox a pris du retard ; nous pourrons vous livrer les 1{nn}000 pièces le 7 janv., au prix de la commande.
- Outils de tension : 10 pièces, prix 71,50{nn}€ HT l'unité (tarif 2027), livrés avec les tendeurs grands.

Bonne journée,

Claire Mercier
Service commercial – Vitifix SARL
ZA des Coteaux, 21 rue du Pressoir, 51200 Épernay
Tél. : 03 26 55 41 20
"""
    attr = "Le jeu. 26 nov. 2026 à 09:12, Sofia Marchetti <%s> a écrit :" % po.buyer_email
    body = M.gmail_reply("a02", text, po, attr)
    hs = M.reply_headers(po, M.addr("Claire Mercier", "c.mercier@vitifix.example"), dt("2026-11-27 08:47"),
                         M.id_gmail("a02"), "Re: " + po.subject, host="mail-wr1-f54.google.com", ip="209.85.221.54")
    exp = expect_conf("French Gmail reply; dates '18 déc.' / '7 janv.' without year; line 3 date given only by reference "
                      "('livrés avec les tendeurs grands'); narrow no-break spaces in '2 000'; price 71,50 € HT.",
                      conf(po, {1: ACC, 2: C.C(1000, "0.79", "2027-01-07"), 3: C.C(10, "71.50", "2027-01-07")}))
    return finish("a02", "fr-vine-tensioners-janv", "confirmation", "fr-FR",
                  "'7 janv.' abbreviation, line 3 date by reference to line 2, narrow nbsp thousands", [po], body, hs, exp)


# --------------------------------------------------------------------------- A03
def a03():
    s = sup("PIZGAL", "Pizarras y Fijaciones Galaicas S.L.", "pedidos@pizgal.example", "es-ES")
    po = PO("4500021412", s, "aylin", "EUR", "2026-11-30", [
        L(1, "RSH-SS-120", "Slate hook, stainless steel A2, 120 mm", 5000, "PCS", "0.041", "2026-12-14"),
        L(2, "RSH-CU-120", "Slate hook, copper, 120 mm", 2000, "PCS", "0.085", "2026-12-14"),
        L(3, "RSH-BK-100", "Slate hook, black coated steel, 100 mm", 3000, "PCS", "0.048", "2026-12-21"),
    ], sent="2026-11-30 09:05")
    text = """Buenos días Aylin:

Le confirmamos su pedido 4500021412:

Línea 1: 5.000 uds. a 41,00 €/millar, entrega 14/12.
Línea 2: el cobre ha subido mucho este mes; precio 92,00 €/millar y entrega el 12 ene., no antes.
Línea 3: conforme.

Un saludo,

Marta Otero Castro
Departamento Comercial
PIZARRAS Y FIJACIONES GALAICAS, S.L.
Polígono Industrial de Sobradelo, parcela 14 · 32330 O Barco de Valdeorras (Ourense)
Tel. 988 55 12 40

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de PIZARRAS Y FIJACIONES GALAICAS, S.L. Si usted no es el destinatario final por favor elimínelo e infórmenos por esta vía.
"""
    sent = "lunes, 30 de noviembre de 2026 9:05"
    body = M.outlook_reply("a03", text, po, charset="iso-8859-15", labels=("De:", "Enviado el:", "Para:", "Asunto:"),
                           sent=sent, lang="ES")
    hs = M.reply_headers(po, M.addr("Marta Otero Castro", "marta.otero@pizgal.example"), dt("2026-11-30 13:41"),
                         M.id_outlook("a03"), "RE: " + po.subject, extra=M.outlook_extra("a03", po.subject, "es-ES"))
    exp = expect_conf("Prices quoted per thousand ('41,00 €/millar' = 0.041/PCS, '92,00 €/millar' = 0.092/PCS); "
                      "'12 ene.' without year = 2027-01-12; 'conforme' accepts line 3 as ordered.",
                      conf(po, {1: ACC, 2: C.C(2000, "0.092", "2027-01-12"), 3: ACC}))
    return finish("a03", "es-slate-hooks-ene-millar", "confirmation", "es-ES",
                  "'12 ene.' abbreviation, price per thousand (€/millar) vs PO per piece, 'conforme'", [po], body, hs, exp)


# --------------------------------------------------------------------------- A04
def a04():
    s = sup("SOLENTMH", "Solent Marine Hardware Ltd", "sales@solentmarine.example", "en-GB")
    po = PO("4500021430", s, "peter", "GBP", "2026-11-23", [
        L(1, "MCL-316-150", "Horn cleat, 316 stainless, 150 mm", 120, "EA", "8.40", "2026-12-16"),
        L(2, "MCL-316-200", "Horn cleat, 316 stainless, 200 mm", 80, "EA", "11.25", "2026-12-16"),
        L(3, "MCL-NY-100", "Nylon cleat, 100 mm, black", 400, "EA", "1.95", "2026-12-16"),
    ], sent="2026-11-23 10:02")
    text = """Hi Peter,

Thanks for the order. All confirmed for despatch on 14/12, delivery to you 16/12 via our usual haulier.

Only change: +4 % on line 2 - the 316 surcharge from our bar supplier went up on 1st Nov (letter went out to all customers in October). Lines 1 and 3 at PO prices.

Kind regards

Gareth
--
Gareth Price | Sales Office
Solent Marine Hardware Ltd
Unit 4, Hamble Point Trade Park, Southampton SO31 4JD
T: 023 8045 0122

Solent Marine Hardware Ltd. Registered in England & Wales No. 04418220. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.
"""
    body = M.outlook_reply("a04", text, po, charset="us-ascii", cte="7bit",
                           sent=C.en_gb_outlook_sent(C.local(po.sent, 0)), lang="EN-GB", plain_sep="-----Original Message-----")
    hs = M.reply_headers(po, M.addr("Gareth Price", "gareth.price@solentmarine.example"), dt("2026-11-24 16:20", tz(0)),
                         M.id_outlook("a04"), "RE: " + po.subject, extra=M.outlook_extra("a04", po.subject, "en-GB"))
    exp = expect_conf("'+4 % on line 2' applied to PO price 11.25 -> 11.70; despatch 14/12 vs delivery 16/12, the "
                      "delivery date wins and equals the requested date.",
                      conf(po, {1: ACC, 2: C.C(80, "11.70", "2026-12-16"), 3: ACC}))
    return finish("a04", "en-gb-cleats-plus4pct", "confirmation", "en-GB",
                  "'+4 % on line 2' percentage price change; despatch vs delivery date", [po], body, hs, exp)


# --------------------------------------------------------------------------- A05
def a05():
    s = sup("KEYSTONELAB", "Keystone Labware Inc.", "orders@keystonelabware.example", "en-US")
    po = PO("4500021455", s, "dana", "USD", "2026-11-24", [
        L(1, "PT-200-RK", "Pipette tips 200 uL, racked 96/rack, sterile, 10 racks/box", 50, "BOX", "38.90", "2026-12-09"),
        L(2, "PT-1000-BG", "Pipette tips 1000 uL, bulk bag of 1000, non-sterile", 40, "PK", "21.50", "2026-12-09"),
        L(3, "PT-10-FR", "Filter tips 10 uL, racked, sterile, 10 racks/box", 30, "BOX", "52.00", "2026-12-16"),
    ], sent="2026-11-24 15:30")
    text = """Hi Dana,

Confirming PO 4500021455:

Line 1 - 50 bx @ $38.90, ships 12/7, delivers 12/9 (UPS Worldwide Expedited)
Line 2 - the 1000 uL bulk pack went to $22.75/pk effective 11/1, see attached notice. We'll ship all 40 pk @ $22.75 together with line 1. Please send a revised PO for line 2 so AP doesn't kick back our invoice.
Line 3 - 30 bx @ $52.00, ships 12/14

Thanks!
Brittany

Brittany Kowalski
Customer Service Representative
Keystone Labware Inc. | 1180 Industrial Hwy, Eddystone, PA 19022
P: 610-555-0147 | F: 610-555-0148
"""
    doc = PdfDoc(title="Price Adjustment Notice", author="Keystone Labware Inc.", creator="Microsoft Word",
                 producer="Microsoft: Print To PDF", created="20261015120000-04'00'")
    y = doc.lines(60, 780, ["KEYSTONE LABWARE INC."], 16, bold=True)
    y = doc.lines(60, y - 4, ["1180 Industrial Hwy, Eddystone, PA 19022  |  610-555-0147"], 9)
    y = doc.lines(60, y - 20, ["PRICE ADJUSTMENT NOTICE"], 13, bold=True)
    y = doc.lines(60, y - 6, ["October 15, 2026", "",
                              "Dear Valued Customer,", "",
                              "Due to continued increases in polypropylene resin and freight costs, the following",
                              "list prices will change effective November 1, 2026. All other prices remain unchanged.", ""], 10)
    y = table(doc, [60, 170, 380, 470], y - 4, ["Item", "Description", "Old price", "New price"], [
        ["PT-1000-BG", "1000 uL tips, bulk bag of 1000", "$21.50", "$22.75"],
        ["PT-1000-BGS", "1000 uL tips, bulk, sterile", "$27.80", "$29.40"],
        ["PT-200-BG", "200 uL tips, bulk bag of 1000", "$18.20", "$19.10"],
    ], size=9.5, right_cols=(2, 3))
    doc.lines(60, y - 20, ["Open orders entered before November 1 will be invoiced at the new price for",
                           "shipments made on or after November 1.", "",
                           "Thank you for your continued business.", "", "Keystone Labware Inc. - Customer Service"], 10)
    pdf = doc.build()
    att = M.attachment(pdf, "application/pdf", "Keystone Price Adjustment Nov 2026.pdf", outlook=True)
    body = M.outlook_reply("a05", text, po, charset="us-ascii", cte="7bit", sent=C.en_outlook_sent(C.local(po.sent, -5)),
                           attachments=[att])
    hs = M.reply_headers(po, M.addr("Brittany Kowalski", "bkowalski@keystonelabware.example"), dt("2026-11-24 14:05", tz(-5)),
                         M.id_outlook("a05", "namprd14.prod.outlook.com"), "RE: " + po.subject,
                         extra=M.outlook_extra("a05", po.subject, "en-US", attach=True))
    exp = expect_conf("Confirms all lines but asks for a revised PO for line 2: line 2 is still committed at the new price "
                      "22.75, shipping with line 1 (delivers 12/9). Line 3 gives only a ship date (12/14), which is the "
                      "date per the reading rules. US month-first dates. PDF only explains the price notice.",
                      conf(po, {1: ACC, 2: C.C(40, "22.75", "2026-12-09"), 3: C.C(30, "52.00", "2026-12-14")}))
    return finish("a05", "en-us-pipette-tips-revised-po", "confirmation", "en-US",
                  "confirms but asks for a revised PO for line 2; ship-only date on line 3; price-notice PDF", [po], body, hs, exp)


# --------------------------------------------------------------------------- A06
def a06():
    s = sup("DENTKESS", "Dentalwerk Kessler GmbH", "auftrag@dentalwerk-kessler.example", "de-DE")
    po = PO("4500021503", s, "mats", "EUR", "2026-11-20", [
        L(1, "DB-FG801-014", "Diamond bur FG 801-014, round, medium grit, pack of 5", 60, "PK", "9.80", "2026-12-10"),
        L(2, "DB-RA-H1-010", "Tungsten carbide bur RA H1-010, round, pack of 5", 100, "PK", "7.45", "2026-12-10"),
        L(3, "DB-FG859-016", "Diamond bur FG 859-016, long flame, fine, pack of 5", 40, "PK", "10.20", "2026-12-17"),
    ], sent="2026-11-20 11:02")
    text = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 7100458821 zu Ihrer Bestellung 4500021503 vom 20.11.2026.

Bitte prüfen Sie die Auftragsbestätigung auf Richtigkeit. Abweichungen zu Ihrer Bestellung sind in der Auftragsbestätigung mit * gekennzeichnet.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail. Bei Rückfragen wenden Sie sich bitte an Ihren Ansprechpartner im Innendienst (innendienst@dentalwerk-kessler.example).

Dentalwerk Kessler GmbH
Industriestraße 12 - 78532 Tuttlingen - Deutschland
Sitz der Gesellschaft: Tuttlingen - Registergericht Stuttgart HRB 458812
Geschäftsführer: Dr. Thomas Kessler
"""
    doc = PdfDoc(title="Auftragsbestaetigung 7100458821", author="Dentalwerk Kessler GmbH", creator="SAP NetWeaver",
                 producer="SAP NetWeaver 750", created="20261125061158+01'00'")
    doc.text(50, 800, "Dentalwerk Kessler GmbH", 14, True)
    doc.text(50, 786, "Industriestraße 12 · 78532 Tuttlingen · Tel. +49 7461 555-0", 8)
    doc.lines(50, 750, ["Corvan Industrial Sourcing GmbH", "Einkauf", "Hafenstrasse 41", "21079 Hamburg"], 10)
    doc.text(330, 750, "AUFTRAGSBESTÄTIGUNG / ORDER CONFIRMATION", 11, True)
    doc.lines(330, 732, ["Auftrags-Nr.: 7100458821", "Datum: 25.11.2026", "Kunden-Nr.: 20418",
                         "Ihre Bestellung: 4500021503 vom 20.11.2026", "Ihr Zeichen: Mats Lindqvist",
                         "Ansprechpartner: Frau S. Vogt, Tel. -214"], 9)
    doc.text(50, 640, "Wir danken für Ihren Auftrag, den wir zu unseren Allgemeinen Geschäftsbedingungen bestätigen:", 9)
    cols = [50, 80, 280, 355, 390, 445, 500]
    y = table(doc, cols, 615, ["Pos.", "Artikel / Ihre Mat.-Nr. / Bezeichnung", "Menge", "ME", "Preis/ME",
                               "Betrag EUR", "Best. Liefertermin"], [
        ["10", "118-801-014 / DB-FG801-014", "60", "PAK", "9,80", "588,00", "10.12.2026"],
        ["", "Diamantschleifer FG 801-014, rund, mittel, 5 St.", "", "", "", "", ""],
        ["20", "H1-204-010 / DB-RA-H1-010", "100", "PAK", "7,45", "745,00", "17.12.2026 *"],
        ["", "Hartmetallbohrer RA H1-010, rund, 5 St.", "", "", "", "", ""],
        ["30", "859-314-016 / DB-FG859-016", "40", "PAK", "10,20", "408,00", "siehe Einteilung *"],
        ["", "Diamantschleifer FG 859-016, Flamme lang, fein, 5 St.", "", "", "", "", ""],
        ["", "   Einteilung 1:", "24", "PAK", "", "", "17.12.2026"],
        ["", "   Einteilung 2:", "16", "PAK", "", "", "14.01.2027"],
    ], size=8, right_cols=(2, 4, 5))
    doc.text(500, 627, "confirmed delivery date", 6)
    y = doc.lines(300, y - 8, ["Warenwert netto:            1.741,00 EUR",
                               "zzgl. 19 % MwSt.:              330,79 EUR",
                               "Gesamtbetrag:                 2.071,79 EUR"], 9)
    doc.lines(50, y - 14, ["* Abweichung zu Ihrer Bestellung / deviation from your purchase order",
                           "Lieferbedingung: DAP Hamburg (Incoterms 2020)   Zahlungsbedingung: 30 Tage netto",
                           "Liefertermine = Eintreffen beim Kunden (confirmed delivery date = arrival at customer)."], 8)
    doc.text(50, 60, "Sitz: Tuttlingen · Registergericht Stuttgart HRB 458812 · USt-IdNr. DE 811 552 044 · GF: Dr. Thomas Kessler", 7)
    pdf = doc.build()
    att = M.attachment(pdf, "application/pdf", "AB_7100458821.pdf")
    part = M.text_part(text, "plain", "iso-8859-1", "quoted-printable")
    body = M.multipart("mixed", [part, att], M.b_plain("a06", "=_SAP_"), preamble="This is a multi-part message in MIME format.")
    hs = M.reply_headers(po, M.addr("Dentalwerk Kessler Auftragsabwicklung", "noreply-auftrag@dentalwerk-kessler.example"),
                         dt("2026-11-25 06:12"), M.id_simple("a06", "sap-prd.dentalwerk-kessler.example", "SAP."),
                         "Auftragsbestätigung 7100458821 zu Ihrer Bestellung 4500021503", in_reply_to=False,
                         references=False, extra=[("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")])
    hs = [(k, M.hdr(v, "iso-8859-1") if k == "Subject" else v) for k, v in hs]
    exp = expect_conf("ERP-generated mail (Auto-Submitted, noreply) with the acknowledgment as PDF: it commits, so it is a "
                      "confirmation. Positions 10/20/30 map to PO lines 1/2/3; 'Best. Liefertermin' column; pos. 30 has "
                      "two schedule lines (Einteilungen). No In-Reply-To, matched by PO number in subject/PDF.",
                      conf(po, {1: ACC, 2: C.C(100, "7.45", "2026-12-17"),
                                3: C.C(40, "10.20", "2027-01-14", [(24, "2026-12-17"), (16, "2027-01-14")])}))
    return finish("a06", "de-dental-burs-erp-ab-pos10", "confirmation", "de-DE",
                  "ERP PDF acknowledgment, positions 10/20/30, confirmed-date column, schedule lines, auto-generated mail",
                  [po], body, hs, exp)


# --------------------------------------------------------------------------- A07
def a07():
    s = sup("LPNEEDLE", "Ludhiana Precision Needles Pvt. Ltd.", "exports@lpneedles.example", "en-IN")
    po = PO("4500021519", s, "aylin", "INR", "2026-11-23", [
        L(1, "ISN-DBX1-90", "Industrial sewing machine needle DBx1, Nm 90/14", 20000, "PCS", "6.20", "2026-12-15"),
        L(2, "ISN-DPX17-200", "Needle DPx17, Nm 200/25, leather point LR", 80, "PCS", "42.50", "2026-12-15"),
        L(3, "ISN-UY128-100", "Needle UY128GAS, Nm 100/16, coverstitch", 2000, "PCS", "9.80", "2026-12-15"),
    ], sent="2026-11-23 10:30")
    text = """Dear Aylin Ma'am,

Greetings from Ludhiana!

Thank you for your valued PO No. 4500021519. Kindly find our confirmation below:

1) DBx1 Nm 90 - 20,000 pcs @ ₹6.20 - OK
2) DPx17 Nm 200 LR - these are packed in boxes of 25, we ship 75 pcs (3 boxes) @ ₹42.50
3) UY128GAS Nm 100 - 2,000 pcs, rate revised to ₹10.40 due to increase in wire cost

Material will be dispatched on 9th Dec by air and will reach your warehouse by 15-12-2026.

Total value: ₹1,47,987.50 (Rupees One Lakh Forty Seven Thousand Nine Hundred Eighty Seven and Paise Fifty only)

Kindly do the needful and acknowledge.

Thanks & Regards,
Harpreet Singh Gill
Manager - Exports
Ludhiana Precision Needles Pvt. Ltd.
C-114, Focal Point, Phase VIII, Ludhiana - 141010, Punjab, India
Mob: +91 98140 55321
"""
    attr = C.en_gmail_attr(C.local(po.sent, 5, 30), po.buyer_name, po.buyer_email)
    body = M.gmail_reply("a07", text, po, attr)
    hs = M.reply_headers(po, M.addr("Harpreet Singh Gill", "harpreet@lpneedles.example"), dt("2026-11-25 11:48", tz(5, 30)),
                         M.id_gmail("a07"), "Re: " + po.subject, host="mail-pj1-f41.google.com", ip="209.85.216.41")
    exp = expect_conf("Line 2 reduced to the pack multiple ('packed in boxes of 25, we ship 75'); line 3 new rate; "
                      "dispatch 9th Dec vs arrival 15-12-2026 (arrival wins); lakh grouping in the total.",
                      conf(po, {1: ACC, 2: C.C(75, "42.50", "2026-12-15"), 3: C.C(2000, "10.40", "2026-12-15")}))
    return finish("a07", "en-in-sewing-needles-box-of-25", "confirmation", "en-IN",
                  "quantity cut to pack multiple ('boxes of 25, we ship 75'), lakh-format total, dispatch vs arrival",
                  [po], body, hs, exp)


# --------------------------------------------------------------------------- A08
def a08():
    s = sup("GALILAB", "Galil Lab Supplies Ltd.", "orders@galil-lab.example", "he-IL")
    po = PO("4500021522", s, "dana", "ILS", "2026-11-26", [
        L(1, "PT-300-ST", "Pipette tips 300 uL, sterile, racked, 10 racks/box", 25, "BOX", "145.00", "2026-12-14"),
        L(2, "PT-5ML-NS", "Pipette tips 5 mL, non-sterile, bulk, 250/box", 10, "BOX", "210.00", "2026-12-14"),
    ], sent="2026-11-26 09:22")
    text = """שלום דנה,

תודה על ההזמנה 4500021522.

שורה 1 – 25 קופסאות, 145.00 ₪ לקופסה, אספקה ב-14.12.2026 כמבוקש.
שורה 2 – הפריט אזל אצל היצרן. נוכל לספק את כל 10 הקופסאות במחיר ההזמנה רק ב-10.01.2027.

בברכה,
נועה לוי
מחלקת מכירות | גליל ציוד מעבדה בע"מ
רח' התעשייה 12, כרמיאל
טל' 04-6555123
"""
    rh = "\n".join('<p class="MsoNormal" dir="RTL" style="text-align:right;direction:rtl;unicode-bidi:embed">%s<o:p></o:p></p>' % (
        escape(l) if l.strip() else "&nbsp;") for l in text.split("\n"))
    sent = "יום חמישי 26 נובמבר 2026 10:22"
    body = M.outlook_reply("a08", text, po, charset="windows-1255", cte="base64",
                           labels=("מאת:", "נשלח:", "אל:", "נושא:"), sent=sent, lang="HE", reply_html=rh, dir_rtl=True)
    hs = M.reply_headers(po, M.addr("נועה לוי", "noa@galil-lab.example", "windows-1255"), dt("2026-11-29 09:15", tz(2)),
                         M.id_outlook("a08"), M.hdr("השב: " + po.subject, "windows-1255"),
                         extra=M.outlook_extra("a08", po.subject, "he-IL"))
    exp = expect_conf("Hebrew right-to-left reply in windows-1255 (base64); numbers and dates embedded in RTL text; "
                      "line 2 same quantity and price, only the date moves to 10.01.2027 (a Sunday, a working day in Israel).",
                      conf(po, {1: ACC, 2: C.C(10, "210.00", "2027-01-10")}))
    return finish("a08", "he-pipette-tips-rtl", "confirmation", "he-IL",
                  "Hebrew RTL text (windows-1255, base64) with embedded LTR numbers and dd.mm.yyyy dates", [po], body, hs, exp)


# --------------------------------------------------------------------------- A09
def a09():
    s = sup("BAROSSATS", "Barossa Trellis Supplies Pty Ltd", "sales@barossatrellis.example", "en-AU")
    po = PO("4500021540", s, "dana", "AUD", "2026-11-20", [
        L(1, "VWT-ZT-25", "Vineyard wire tensioner, zinc-alu, for 2.5 mm wire", 3000, "PCS", "0.58", "2026-12-14"),
        L(2, "VWT-ZT-32", "Vineyard wire tensioner, zinc-alu, for 3.15 mm wire", 2000, "PCS", "0.66", "2026-12-14"),
        L(3, "VWT-RT-HD", "Ratchet tensioner, heavy duty, with handle", 500, "PCS", "2.35", "2026-12-21"),
        L(4, "VWT-TK-02", "Tensioning key, steel", 40, "EA", "14.90", "2026-12-21"),
    ], sent="2026-11-20 09:02")
    q = C.request_text(po).rstrip("\n").split("\n")
    answers = {
        "Line 1": "yep, 3000 @ 0.58, will land 14/12",
        "Line 2": "only 1,600 on the shelf - they go with line 1 on 14/12, the other 400 are at the galvaniser,\n"
                  "we'd send them 8/1",
        "Line 3": "price has gone to $2.49 sorry (steel went up again). 500 ok for 21/12",
        "Line 4": "no worries",
    }
    out, pending = [], None
    for ln in q:
        out.append("> " + ln if ln else ">")
        if ln.startswith("Line "):
            pending = ln.split(":")[0]
        elif pending and ln.strip().startswith("Qty"):
            out += ["", answers[pending], ""]
            pending = None
    text = ("G'day Dana,\n\nanswers below.\n\nOn 20/11/2026 6:32 pm, Dana Ruiz wrote:\n" + "\n".join(out) +
            "\n\nCheers\nRob\n\n-- \nRob McInnes\nBarossa Trellis Supplies Pty Ltd\n14 Murray St, Nuriootpa SA 5355\n"
            "ph (08) 8562 5510 | mob 0412 555 830\n")
    body = M.plain_reply(text, "UTF-8", "7bit", flowed=True)
    hs = M.reply_headers(po, M.addr("Rob McInnes", "rob@barossatrellis.example"), dt("2026-11-23 08:15", tz(10, 30)),
                         M.id_uuid("a09", "barossatrellis.example"), "Re: " + po.subject,
                         extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-AU")])
    exp = expect_conf("Answers typed after each '>'-quoted line of our request (quote holds the PO figures); day-first "
                      "'8/1' = 8 January 2027; line 2 split 1,600 now + 400 later; 'no worries' accepts line 4.",
                      conf(po, {1: ACC, 2: C.C(2000, "0.66", "2027-01-08", [(1600, "2026-12-14"), (400, "2027-01-08")]),
                                3: C.C(500, "2.49", "2026-12-21"), 4: ACC}))
    return finish("a09", "en-au-vine-tensioners-inline-gt", "confirmation", "en-AU",
                  "answers after each '>'-quoted PO line, day-first '8/1', split delivery, 'no worries'", [po], body, hs, exp)


# --------------------------------------------------------------------------- A10
def a10():
    s = sup("KERVANDAM", "Keramiekcentrum Van Dam B.V.", "verkoop@keramiekvandam.example", "nl-NL")
    po = PO("4500021561", s, "mats", "EUR", "2026-11-26", [
        L(1, "KS-SIC-400-10", "Kiln shelf silicon carbide 400x400x10 mm", 24, "PCS", "48.50", "2026-12-09"),
        L(2, "KS-COR-500-15", "Kiln shelf cordierite 500x400x15 mm", 40, "PCS", "32.00", "2026-12-09"),
        L(3, "KS-PROP-50", "Kiln prop, cordierite, 50 mm", 200, "PCS", "1.35", "2026-12-09"),
        L(4, "KS-PROP-100", "Kiln prop, cordierite, 100 mm", 200, "PCS", "1.90", "2026-12-09"),
    ], sent="2026-11-26 11:40")
    a2 = "SdW: 30 stuks op voorraad, die leveren we 9/12. De andere 10 komen uit de nieuwe productie in week 2."
    a4 = "SdW: de 100 mm staan nog in de oven, levering wordt 16/12."
    rest = "Rest OK."
    q = C.request_text(po).split("\n")
    out = []
    for i, ln in enumerate(q):
        out.append(ln)
        if ln.strip().startswith("Qty") and q[i - 1].startswith("Line 2"):
            out.append(a2)
        if ln.strip().startswith("Qty") and q[i - 1].startswith("Line 4"):
            out.append(a4)
            out.append("")
            out.append(rest)
    quoted_text = "\n".join(out)
    red = '<tr><td colspan="7"><span style="color:red">%s</span></td></tr>'
    qh = C.request_html(po)
    rows = qh.split("</tr>")
    # rows[0] header, rows[1..4] lines
    rows[2] = rows[2] + "</tr>" + red[:-5] % escape(a2)
    rows[4] = rows[4] + "</tr>" + red[:-5] % escape(a4)
    qh = "</tr>".join(rows)
    qh = qh.replace("</table>", '</table><p><span style="color:red"><b>%s</b></span></p>' % rest, 1)
    text = """Hoi Mats,

Zie mijn antwoorden hieronder in het rood.

Groet,
Sanne

Sanne de Wit | Verkoop binnendienst
Keramiekcentrum Van Dam B.V. | Industrieweg 31 | 4283 GZ Giessen
T +31 183 55 41 10 | www.keramiekvandam.example
"""
    body = M.outlook_reply("a10", text, po, charset="Windows-1252",
                           labels=("Van:", "Verzonden:", "Aan:", "Onderwerp:"),
                           sent="donderdag 26 november 2026 11:40", lang="NL", quoted_text=quoted_text, quoted_html=qh)
    hs = M.reply_headers(po, M.addr("Sanne de Wit", "sanne@keramiekvandam.example"), dt("2026-11-27 14:03"),
                         M.id_outlook("a10"), "RE: " + po.subject, extra=M.outlook_extra("a10", po.subject, "nl-NL"))
    exp = expect_conf("Answers typed into the quoted request (red in HTML, 'SdW:' in plain text) for lines 2 and 4 only, "
                      "then 'Rest OK.' accepts lines 1 and 3. 'week 2' = Friday 2027-01-15; '9/12' and '16/12' day-first.",
                      conf(po, {1: ACC, 2: C.C(40, "32.00", "2027-01-15", [(30, "2026-12-09"), (10, "2027-01-15")]),
                                3: ACC, 4: C.C(200, "1.90", "2026-12-16")}))
    return finish("a10", "nl-kiln-shelves-inline-rest-ok", "confirmation", "nl-NL",
                  "inline answers for some lines only, 'Rest OK.' at the bottom, week number, split", [po], body, hs, exp)


# --------------------------------------------------------------------------- A11
def a11():
    s = sup("CANNEBEL", "Bellini Canne d'Organo S.r.l.", "ordini@bellinicanne.example", "it-IT")
    po = PO("4500021577", s, "sofia", "EUR", "2026-11-26", [
        L(1, "OP-PRI8-C1B1", "Organ pipes, Principale 8', 75% tin, C1-B1 (12 pipes)", 1, "SET", "4850.00", "2027-01-12"),
        L(2, "OP-FLT4-STOP", "Organ pipes, Flauto 4' stopped, lead alloy, 56 pipes", 1, "SET", "2320.00", "2027-01-12"),
    ], sent="2026-11-26 09:40")
    text = """Gentile dott.ssa Marchetti,

grazie per l'ordine n. 4500021577.

Confermiamo entrambe le posizioni ai prezzi indicati (€ 4.850,00 e € 2.320,00, IVA esclusa).
La merce sarà pronta franco fabbrica (EXW Padova) l'8 gennaio 2027; con il nostro corriere la consegna presso il Vostro magazzino di Amburgo avverrà il 14/01/2027.

Restiamo a disposizione per qualsiasi chiarimento.

Cordiali saluti

Giulia Bellini
Ufficio commerciale
Bellini Canne d'Organo S.r.l.
Via dell'Artigianato 9 - 35010 Vigonza (PD)
Tel. 049 555 2871 - P.IVA 04412550281

Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario indicato.
"""
    attr = "Il giorno gio 26 nov 2026 alle ore 09:40 Sofia Marchetti <%s> ha scritto:" % po.buyer_email
    body = M.gmail_reply("a11", text, po, attr)
    hs = M.reply_headers(po, M.addr("Giulia Bellini", "giulia.bellini@bellinicanne.example"), dt("2026-11-30 11:20"),
                         M.id_gmail("a11"), "Re: " + po.subject, host="mail-ej1-f47.google.com", ip="209.85.218.47")
    exp = expect_conf("Ex works (EXW) ready date 8 January differs from the delivery date 14/01/2027: the delivery date "
                      "wins, and it is later than the requested 2027-01-12; prices unchanged.",
                      conf(po, {1: C.C(1, "4850.00", "2027-01-14"), 2: C.C(1, "2320.00", "2027-01-14")}))
    return finish("a11", "it-organ-pipes-exw-vs-delivery", "confirmation", "it-IT",
                  "ex-works date and a different delivery date in one sentence", [po], body, hs, exp)


# --------------------------------------------------------------------------- A12
def a12():
    s = sup("KSTSTEYR", "Kohlenstoff-Schleiftechnik Steyr GmbH", "verkauf@kst-steyr.example", "de-AT")
    po = PO("4500021590", s, "peter", "EUR", "2026-11-30", [
        L(1, "TPS-CU-1250", "Pantograph contact strip, copper-impregnated carbon, 1250 mm", 100, "PCS", "186.00", "2026-12-18"),
        L(2, "TPS-HORN-AL", "Pantograph horn, aluminium", 200, "PCS", "14.60", "2026-12-18"),
    ], sent="2026-11-30 13:20")
    text = """Sehr geehrter Herr Hollis,

danke für Ihre Bestellung. Unsere Rückmeldung:

Pos. 1: Aus der laufenden Fertigung können wir 40 Stk. in KW 51 liefern, die restlichen 60 Stk. am 15. Jänner 2027. Preis lt. Bestellung.
Pos. 2: wie bestellt, Lieferung gemeinsam mit der ersten Teillieferung von Pos. 1.

Die Auftragsbestätigung aus unserem System geht Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen

Ing. Markus Pichler
Verkauf Schienenfahrzeugtechnik

Kohlenstoff-Schleiftechnik Steyr GmbH
Haager Straße 88, 4400 Steyr, Österreich
T +43 7252 555 214 | M +43 664 555 2140
FN 214577 k, Landesgericht Steyr | UID ATU61555021
"""
    body = M.outlook_reply("a12", text, po, charset="iso-8859-1", labels=("Von:", "Gesendet:", "An:", "Betreff:", "Cc:"),
                           sent=C.de_outlook_sent(po.sent), lang="DE-AT")
    hs = M.reply_headers(po, M.addr("Pichler Markus", "m.pichler@kst-steyr.example"), dt("2026-12-02 08:55"),
                         M.id_outlook("a12"), "AW: " + po.subject, cc="verkauf@kst-steyr.example",
                         extra=M.outlook_extra("a12", po.subject, "de-AT"))
    exp = expect_conf("Austrian 'Jänner' for January; 'KW 51' = Friday 2026-12-18; line 1 split 40 + 60; line 2 date by "
                      "reference to the first partial delivery (KW 51 = requested date).",
                      conf(po, {1: C.C(100, "186.00", "2027-01-15", [(40, "2026-12-18"), (60, "2027-01-15")]), 2: ACC}))
    return finish("a12", "de-at-pantograph-strips-jaenner-split", "confirmation", "de-AT",
                  "'15. Jänner 2027', 'KW 51', split delivery, line 2 date by reference", [po], body, hs, exp)


# --------------------------------------------------------------------------- A13
def a13():
    s = sup("SHINSHU", "Shinshu Seimitsu Buhin K.K.", "eigyo@shinshu-seimitsu.example", "ja-JP")
    po = PO("4500021588", s, "mats", "JPY", "2026-11-24", [
        L(1, "WCR-SS-50", "Watch crown, 316L stainless, dia. 5.0 mm, screw-down", 1000, "PCS", "185", "2026-12-15"),
        L(2, "WCR-SS-60", "Watch crown, 316L stainless, dia. 6.0 mm, screw-down", 500, "PCS", "210", "2026-12-15"),
        L(3, "WCR-TI-55", "Watch crown, grade 5 titanium, dia. 5.5 mm", 300, "PCS", "460", "2026-12-22"),
    ], sent="2026-11-24 09:30")
    text = """Corvan Industrial Sourcing GmbH
購買部　Mats Lindqvist 様

いつも大変お世話になっております。
信州精密部品の山田でございます。

ご注文書 4500021588 につきまして、下記の通りご回答申し上げます。

1. WCR-SS-50（リューズ 5.0mm ねじ込み式）
　数量 1,000個　単価 185円　納期 12月15日　→ ご注文通り承ります。
2. WCR-SS-60（リューズ 6.0mm ねじ込み式）
　数量 500個　単価 210円　12月11日出荷、12月15日着の予定です。
3. WCR-TI-55（チタン製 5.5mm）
　大変申し訳ございませんが、材料メーカーの供給停止により、今回はお受けいたしかねます。

何卒よろしくお願い申し上げます。

――――――――――――――――――――
株式会社信州精密部品　営業部
山田 健一（Kenichi Yamada）
〒392-0012 長野県諏訪市四賀 2301-5
TEL 0266-55-1420 / FAX 0266-55-1421
――――――――――――――――――――
"""
    body = M.outlook_reply("a13", text, po, charset="shift_jis", cte="base64",
                           labels=("差出人:", "送信日時:", "宛先:", "件名:"), sent="2026年11月24日 17:30", lang="JA")
    hs = M.reply_headers(po, M.addr("山田 健一", "k-yamada@shinshu-seimitsu.example", "iso-2022-jp"), dt("2026-11-25 17:40", tz(9)),
                         M.id_outlook("a13", "jpnprd01.prod.outlook.com"), "RE: " + po.subject,
                         extra=M.outlook_extra("a13", po.subject, "ja-JP"))
    exp = expect_conf("Japanese (Shift_JIS, base64) with keigo; line 2 ship 12月11日 and arrival 12月15日 (arrival = "
                      "requested); line 3 politely declined ('お受けいたしかねます') = rejected.",
                      conf(po, {1: ACC, 2: ACC, 3: REJ}))
    return finish("a13", "ja-watch-crowns-line-declined", "confirmation", "ja-JP",
                  "Shift_JIS, polite refusal of line 3, ship vs arrival date in kanji month/day", [po], body, hs, exp)


# --------------------------------------------------------------------------- A14
def a14():
    s = sup("CGUMB", "Shangyu Chenguang Umbrella Parts Co., Ltd.", "sales@cg-umbrella.example", "zh-CN")
    po = PO("4500021602", s, "dana", "CNY", "2026-11-25", [
        L(1, "UMR-FG-823", "Umbrella rib set, fibreglass, 8 ribs, 23 inch", 2000, "SET", "13.20", "2026-12-20"),
        L(2, "UMR-ST-821", "Umbrella rib set, steel, 8 ribs, 21 inch", 3000, "SET", "9.60", "2026-12-20"),
        L(3, "UMR-TIP-BK", "Umbrella rib tip, nylon, black", 50000, "PCS", "0.045", "2026-12-20"),
    ], sent="2026-11-25 09:05")
    text = """Dana 您好！

订单 4500021602 已收到，回复如下：

1. 玻璃纤维伞骨（23寸，8骨）2000套，单价13.20元，交期12月20日，OK。
2. 钢伞骨（21寸，8骨）3000套：因钢材上涨，单价调整为10.10元/套，交期不变（12月20日）。
3. 伞珠（黑色尼龙）5万个，单价按每千个45元计，交期同上。

如有问题请随时联系，谢谢！

王丽 Lily Wang
外贸部
上虞市晨光伞业配件有限公司
地址：浙江省绍兴市上虞区崧厦街道工业园区
电话：0575-8255 1234　手机/微信：138 5755 0123
"""
    quote = ("\n\n------------------&nbsp;原始邮件&nbsp;------------------\n".replace("&nbsp;", " ") +
             "发件人: \"Dana Ruiz\"<%s>;\n发送时间: 2026年11月25日(星期三) 下午4:05\n收件人: \"sales\"<%s>;\n主题: %s\n\n" % (
                 po.buyer_email, s["email"], po.subject))
    plain = text + quote + C.request_text(po)
    html = ('<meta http-equiv="Content-Type" content="text/html; charset=GB2312"><div>%s</div>'
            '<div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">'
            '------------------&nbsp;原始邮件&nbsp;------------------</div>'
            '<div style="font-size: 12px;background:#efefef;padding:8px;"><div><b>发件人:</b>&nbsp;"Dana Ruiz"&lt;%s&gt;;</div>'
            '<div><b>发送时间:</b>&nbsp;2026年11月25日(星期三) 下午4:05</div><div><b>收件人:</b>&nbsp;"sales"&lt;%s&gt;;</div>'
            '<div><b>主题:</b>&nbsp;%s</div></div><div><br></div>%s' % (
                "<br>".join(escape(l) for l in text.split("\n")), po.buyer_email, s["email"], escape(po.subject),
                C.request_html(po)))
    body = M.multipart("alternative", [M.text_part(plain, "plain", "gb2312", "base64"),
                                       M.text_part(html, "html", "gb2312", "base64")], M.b_plain("a14", "----=_NextPart_"),
                       preamble="This is a multi-part message in MIME format.")
    hs = M.reply_headers(po, M.addr("王丽", "wangli@cg-umbrella.example", "gb2312"), dt("2026-11-26 10:18", tz(8)),
                         "<tencent_%s@qq.com>" % M.hx("a14", 40).upper(), M.hdr("回复：" + po.subject, "gb2312"),
                         host="smtpbg.qq.com", ip="203.205.250.114", extra=[("X-Mailer", "QQMail 2.x")])
    exp = expect_conf("Simplified Chinese (GB2312, base64), QQ-Mail style quote without '>'; '5万个' = 50,000 pieces; "
                      "line 3 price per thousand (每千个45元 = 0.045/PCS, unchanged); line 2 new price, date unchanged.",
                      conf(po, {1: ACC, 2: C.C(3000, "10.10", "2026-12-20"), 3: ACC}))
    return finish("a14", "zh-cn-umbrella-ribs-wan-per-thousand", "confirmation", "zh-CN",
                  "'5万个' quantity, price per thousand, GB2312, QQ-Mail quote header", [po], body, hs, exp)


# --------------------------------------------------------------------------- A15
def a15():
    s = sup("CHSPOKE", "Changhe Spoke Industrial Co., Ltd.", "sales@changhe-spoke.example", "zh-TW")
    po = PO("4500021618", s, "aylin", "TWD", "2026-11-27", [
        L(1, "SPK-SS20-262", "Spoke, stainless, 2.0 mm straight gauge, 262 mm, with brass nipple", 5000, "PCS", "5.80", "2026-12-18"),
        L(2, "SPK-SS20-264", "Spoke, stainless, 2.0 mm straight gauge, 264 mm, with brass nipple", 5000, "PCS", "5.80", "2026-12-18"),
        L(3, "SPK-DB2018-290", "Spoke, stainless, double butted 2.0/1.8/2.0 mm, 290 mm", 2000, "PCS", "9.40", "2026-12-18"),
        L(4, "NIP-AL14-BK", "Spoke nipple, aluminium, 14G, 12 mm, black", 10000, "PCS", "1.20", "2026-12-18"),
    ], sent="2026-11-27 09:40")
    text = """Aylin 您好，

附件為貴司訂單 4500021618 之確認回覆表，請查收。
除第3項（雙抽輻條 290mm）因原料延遲，交期改為116年1月8日，單價調整為NT$9.90外，其餘品項均依訂單，交期115年12月18日。

如有任何問題，請與我聯繫。謝謝！

林雅婷 Tina Lin
業務部 Sales Dept.
彰和輻條工業股份有限公司
50093 彰化縣彰化市工業路 88 號
TEL: +886-4-755-1234 ext. 215
"""
    rows = [[("b", "訂單確認回覆表 Order Confirmation Reply")],
            ["客戶", "Corvan Industrial Sourcing GmbH", "", "訂單號碼", "4500021618"],
            ["回覆日期", date(2026, 11, 30)],
            [],
            [("b", h) for h in ["項次", "客戶料號", "品名規格", "訂購數量", "確認數量", "單位", "單價(TWD)", "確認交期", "備註"]],
            [1, "SPK-SS20-262", "不銹鋼直條 2.0mm x 262mm 附銅頭", 5000, 5000, "PCS", ("n2", "5.80"), date(2026, 12, 18), ""],
            [2, "SPK-SS20-264", "不銹鋼直條 2.0mm x 264mm 附銅頭", 5000, 5000, "PCS", ("n2", "5.80"), date(2026, 12, 18), ""],
            [3, "SPK-DB2018-290", "不銹鋼雙抽 2.0/1.8/2.0mm x 290mm", 2000, 2000, "PCS", ("n2", "9.90"), date(2027, 1, 8), "原料延遲，單價調整"],
            [4, "NIP-AL14-BK", "鋁頭 14G 12mm 黑色", 10000, 10000, "PCS", ("n2", "1.20"), date(2026, 12, 18), ""],
            [],
            ["業務：林雅婷", "", "", "核准：陳志明"]]
    x = make_xlsx([("確認回覆", rows)], date_format="yyyy/mm/dd", creator="Tina Lin", company="彰和輻條工業股份有限公司",
                  widths=[6, 16, 34, 10, 10, 6, 11, 12, 20])
    att = M.attachment(x, XLSX_TYPE, "訂單確認_4500021618.xlsx", fn_charset="utf-8", outlook=True)
    body = M.outlook_reply("a15", text, po, charset="big5", cte="base64", labels=("寄件者:", "寄件日期:", "收件者:", "主旨:"),
                           sent="2026年11月27日 下午 04:40", lang="ZH-TW", attachments=[att])
    hs = M.reply_headers(po, M.addr("林雅婷 Tina Lin", "tina.lin@changhe-spoke.example", "big5"), dt("2026-11-30 15:22", tz(8)),
                         M.id_outlook("a15", "apcprd03.prod.outlook.com"), "RE: " + po.subject,
                         extra=M.outlook_extra("a15", po.subject, "zh-TW", attach=True))
    exp = expect_conf("Traditional Chinese (Big5); body uses Minguo (ROC) years: 115年12月18日 = 2026-12-18, 116年1月8日 = "
                      "2027-01-08; the XLSX reply sheet stores dates as Excel serials and agrees with the body.",
                      conf(po, {1: ACC, 2: ACC, 3: C.C(2000, "9.90", "2027-01-08"), 4: ACC}))
    return finish("a15", "zh-tw-spokes-roc-dates-xlsx", "confirmation", "zh-TW",
                  "ROC calendar years (115/116), Big5, XLSX with Excel date serials", [po], body, hs, exp)


# --------------------------------------------------------------------------- A16
def a16():
    s = sup("CMCELADON", "Chiang Mai Celadon Co., Ltd.", "sales@cm-celadon.example", "th-TH")
    po = PO("4500021627", s, "sofia", "THB", "2026-11-24", [
        L(1, "PG-CEL-JADE", "Celadon glaze, jade green, dry powder", 200, "KG", "185.00", "2026-12-21"),
        L(2, "PG-CEL-BLUE", "Celadon glaze, pale blue, dry powder", 100, "KG", "198.00", "2026-12-21"),
        L(3, "PG-CLR-TRN", "Clear transparent glaze, stoneware, dry powder", 150, "KG", "120.00", "2026-12-21"),
    ], sent="2026-11-24 09:50")
    text = """เรียน คุณโซเฟีย

ตามที่ท่านได้สั่งซื้อตามใบสั่งซื้อเลขที่ 4500021627 บริษัทฯ ขอยืนยันรายละเอียดดังนี้

1. เคลือบศิลาดลสีเขียวหยก 200 กก. ราคา 185.00 บาท/กก. ส่งถึงภายในวันที่ 21/12/2569
2. เคลือบศิลาดลสีฟ้า 100 กก. ราคา 198.00 บาท/กก. เนื่องจากวัตถุดิบหมด จะส่งถึงวันที่ 11/01/2570
3. เคลือบใส 150 กก. (30 ถุง ถุงละ 5 กก.) ราคาถุงละ 600.00 บาท ส่งพร้อมรายการที่ 1

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สุภาพร แก้วมณี
ฝ่ายขาย บริษัท เชียงใหม่ศิลาดล จำกัด
โทร. 053-555-214
"""
    attr = "เมื่อ อ. 24 พ.ย. 2026 เวลา 15:50 Sofia Marchetti <%s> เขียนว่า:" % po.buyer_email
    body = M.gmail_reply("a16", text, po, attr, charset="TIS-620", cte="base64")
    hs = M.reply_headers(po, M.addr("สุภาพร แก้วมณี", "supaporn@cm-celadon.example", "tis-620"), dt("2026-11-26 10:05", tz(7)),
                         M.id_gmail("a16"), M.hdr("ตอบกลับ: " + po.subject, "tis-620"), host="mail-pf1-f170.google.com",
                         ip="209.85.210.170")
    exp = expect_conf("Thai (TIS-620) with Buddhist-era years: 21/12/2569 = 2026-12-21, 11/01/2570 = 2027-01-11; line 3 "
                      "priced per 5 kg bag (600 บาท/bag = 120.00/KG, unchanged) and dated by reference to line 1.",
                      conf(po, {1: ACC, 2: C.C(100, "198.00", "2027-01-11"), 3: ACC}))
    return finish("a16", "th-celadon-glaze-buddhist-year", "confirmation", "th-TH",
                  "Buddhist-era years (2569/2570), price per 5 kg bag, TIS-620", [po], body, hs, exp)


# --------------------------------------------------------------------------- A17
def a17():
    s = sup("KARINSTR", "OOO Karernyi Instrument", "zakaz@karier-instrument.example", "ru-RU")
    po = PO("4500021630", s, "dana", "RUB", "2026-11-25", [
        L(1, "QW-PF-16", "Plug and feathers set (quarry wedge), 16 mm", 500, "SET", "142.00", "2026-12-16"),
        L(2, "QW-PF-20", "Plug and feathers set (quarry wedge), 20 mm", 300, "SET", "178.00", "2026-12-16"),
        L(3, "QW-PF-25", "Plug and feathers set (quarry wedge), 25 mm", 200, "SET", "236.00", "2026-12-16"),
    ], sent="2026-11-25 09:20")
    text = """Добрый день, Дана!

Подтверждаем заказ N 4500021630:

поз. 1 - клин с щёчками 16 мм, 500 компл. по 142,00 руб., отгрузка 14.12.2026, поставка 16.12.2026;
поз. 2 - 20 мм, 300 компл. по 178,00 руб., поставка 16.12.2026;
поз. 3 - к сожалению, клинья 25 мм сняты с производства, поставить не сможем. Можем предложить 24 мм по 229,00 руб. - если интересно, пришлите, пожалуйста, новый заказ.

-- 
С уважением,
Алексей Смирнов
менеджер отдела продаж
ООО "Карьерный инструмент"
185031, г. Петрозаводск, ул. Заводская, 14
тел. +7 (8142) 55-31-20
"""
    t = text + "\n25.11.2026, 11:20, \"Dana Ruiz\" <%s>:\n" % po.buyer_email + M.gt_quote(C.request_text(po))
    body = M.text_part(t, "plain", "koi8-r", "8bit", quote_charset=False)
    hs = M.reply_headers(po, M.addr("Алексей Смирнов", "a.smirnov@karier-instrument.example", "koi8-r"),
                         dt("2026-11-26 14:47", tz(3)), M.id_simple("a17", "karier-instrument.example"),
                         "Re: " + po.subject, extra=[("X-Mailer", "The Bat! (v10.5.3) Professional")])
    exp = expect_conf("Russian in KOI8-R sent 8bit; lines 1-2 confirmed as ordered (line 1 ship 14.12 vs delivery 16.12); "
                      "line 3 discontinued = rejected; the 24 mm alternative is only an offer needing a new order.",
                      conf(po, {1: ACC, 2: ACC, 3: REJ}))
    return finish("a17", "ru-quarry-wedges-koi8-substitute", "confirmation", "ru-RU",
                  "KOI8-R 8bit, line rejected with a substitute offer that is not a commitment", [po], body, hs, exp)


# --------------------------------------------------------------------------- A18
def a18():
    s = sup("RYMKOW", "Rymarstwo Kowalczyk Sp. z o.o.", "biuro@rymarstwo-kowalczyk.example", "pl-PL")
    po = PO("4500021655", s, "dana", "PLN", "2026-11-19", [
        L(1, "SST-SS-120", "Stirrup irons, stainless steel, 120 mm tread (pair)", 60, "PR", "89.00", "2026-12-11"),
        L(2, "SST-SS-127", "Stirrup irons, stainless steel, 127 mm tread (pair)", 60, "PR", "92.00", "2026-12-11"),
        L(3, "SST-SAFE-120", "Safety stirrups, peacock type, 120 mm (pair)", 30, "PR", "145.00", "2026-12-11"),
    ], sent="2026-11-19 10:05")
    text = """Dzień dobry,

potwierdzamy przyjęcie zamówienia nr 4500021655 do realizacji w całości - ilości, ceny i termin dostawy (11.12.2026) bez zmian.

Fakturę VAT wyślemy razem z dokumentem WZ.

Pozdrawiam serdecznie
Katarzyna Nowak
Dział Obsługi Klienta

Rymarstwo Kowalczyk Sp. z o.o.
ul. Rzemieślnicza 5, 62-800 Kalisz
tel. +48 62 555 18 40

Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata. Spółka wpisana do rejestru przedsiębiorców KRS pod nr 0000412233, kapitał zakładowy 50 000 zł.
"""
    t = text + "\nW dniu 19.11.2026 o 10:05, Dana Ruiz pisze:\n" + M.gt_quote(C.request_text(po))
    body = M.text_part(t, "plain", "ISO-8859-2", "quoted-printable", flowed=True, quote_charset=False)
    hs = M.reply_headers(po, M.addr("Katarzyna Nowak", "k.nowak@rymarstwo-kowalczyk.example", "iso-8859-2"),
                         dt("2026-11-20 08:31"), M.id_uuid("a18", "rymarstwo-kowalczyk.example"),
                         "Odp: " + po.subject, extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "pl")])
    exp = expect_conf("Plain Polish 'all as ordered' confirmation (ISO-8859-2, Thunderbird '>' quote); the only "
                      "figures in the reply are the date; every line accepted.",
                      conf(po, {1: ACC, 2: ACC, 3: ACC}))
    return finish("a18", "pl-stirrups-all-as-ordered", "confirmation", "pl-PL",
                  "whole order confirmed in one sentence, ISO-8859-2, Polish 'Odp:' subject", [po], body, hs, exp)


CASES = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14, a15, a16, a17, a18]
