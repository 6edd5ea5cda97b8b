"""Cases A: confirmations, mostly European and the required special forms."""
from . import mime
from .common import (PO, S, Case, case, acc, chg, rej, unc, confirmation, request_text, request_html,
                     outlook_plain, outlook_html, outlook_alt, html_doc, text_to_html, gt, reply, buyer_addr)
from .pdf import pdf, table
from .xlsx import xlsx
import datetime as dt
from decimal import Decimal


@case
def swiss_grommets():
    sup = S("ZUERRER", "Zürrer Segelmacherbedarf AG", "verkauf@zuerrer-segel.example", "de-CH")
    po = PO("4500231810", sup, "jonas", "CHF", "2026-11-16", [
        ("GRM-SET-19", "Grommet setting die set no. 4, 19 mm, hardened steel", 2, "SET", "1180.00", "2026-12-11"),
        ("GRM-BR-04", "Brass sail grommet no. 4 with spur washer", 5000, "PCS", "0.42", "2026-12-11"),
        ("GRM-SS-06", "Stainless sail ring no. 6, 316L, hand-sewn type", 800, "PCS", "1.35", "2026-12-11"),
    ], req="2026-11-17 08:40")
    body = """Grüezi Herr Weber

Besten Dank für Ihre Bestellung 4500231810, die wir wie folgt bestätigen:

Pos. 1  Ösen-Einschlagwerkzeug Nr. 4 (19 mm): 2 Sätze à CHF 1'250.00
        Bitte beachten Sie, dass ab 1.12.2026 unsere neue Preisliste gilt;
        der Preis von CHF 1'180.00 aus der Offerte ist leider nicht mehr gültig.
Pos. 2  Messingösen Nr. 4 mit Zackenring: 5'000 Stk. à CHF 0.42 - ok
Pos. 3  Segelringe Nr. 6, 316L: 800 Stk. à CHF 1.35 - ok

Liefertermin für alle Positionen: Freitag, 11.12.2026, franko Domizil.

Freundliche Grüsse

Reto Zürrer
Verkauf Innendienst

Zürrer Segelmacherbedarf AG
Seestrasse 118, 8820 Wädenswil
Tel. +41 44 555 18 20
UID CHE-115.482.907 MWST
"""
    part = outlook_alt(po, body, "de", 1, charset="iso-8859-1", seed="swiss")
    eml = reply(po, ("Reto Zürrer", "reto.zuerrer@zuerrer-segel.example"), mime.when(2026, 11, 19, 14, 22, 7, 1),
                part, prefix="AW: ", hdr_charset="iso-8859-1", hdr_mode="Q", lang_tag="de-CH")
    exp = confirmation("Swiss apostrophe thousands: line 1 confirmed at CHF 1'250.00 (new list price), the old "
                       "1'180.00 is only mentioned; 5'000 is a quantity with apostrophe; one date for all lines.",
                       (po, {1: chg(po, 1, unit_price="1250.00"), 2: acc(po, 2), 3: acc(po, 3)}))
    return Case("swiss-grommets-apostrophe-thousands", "confirmation", "de-CH",
                "CHF 1'250.00 vs old 1'180.00 in the same sentence; 5'000 Stk.; Swiss spelling, Latin-1 QP",
                [po], eml, exp)


@case
def indian_lakh():
    sup = S("DECCANRT", "Deccan Rock Tools Pvt. Ltd.", "sales@deccanrocktools.example", "en-IN")
    po = PO("4500231822", sup, "priya", "INR", "2026-11-17", [
        ("DRB-TC-675", "Tricone rock bit 6-3/4 in, IADC 537, TCI, sealed bearing", 4, "EA", "118500.00", "2026-12-28"),
        ("DRB-BB-45", "Button bit 45 mm, R32 thread, spherical buttons", 60, "EA", "3450.00", "2026-12-15"),
        ("DRB-RD-R32", "Extension rod R32, 3660 mm, hex 32", 20, "EA", "8900.00", "2026-12-15"),
    ], req="2026-11-18 09:05", ship_to="Corvane India Pvt. Ltd., Plot 12, Butibori MIDC, Nagpur 441122, India")
    body = """Dear Ma'am,

Greetings from Deccan Rock Tools!

With reference to your PO No. 4500231822 dt. 17/11/2026, we are pleased to confirm as under:

1) Tricone bit 6-3/4" IADC 537 - 4 Nos. @ Rs. 1,25,000/- each. Kindly note the rate is revised due to increase in tungsten carbide prices (our quotation ref. DRT/Q/2610/118 was valid till 31/10/2026). Delivery 28/12/2026.
2) Button bit 45mm R32 - 60 Nos. @ Rs. 3,450/- each, delivery 15/12/2026.
3) Extension rod R32 3660mm - 20 Nos. @ Rs. 8,900/- each, delivery 15/12/2026.

Total basic value: Rs. 8,85,000/- plus GST @ 18% extra. Freight to your Butibori site is in our scope.

PFA our bank details for your records. Kindly acknowledge.

Thanks & Regards,
Sandeep Kulkarni
Manager - Sales & Marketing
Deccan Rock Tools Pvt. Ltd.
Plot No. 47, MIDC Hingna, Nagpur - 440016, Maharashtra
Mob: +91 98220 45117 | Ph: 0712-2554411
GSTIN: 27AAACD4412K1Z5 | CIN: U28920MH2004PTC145872
"""
    when = mime.when(2026, 11, 23, 11, 48, 31, 5, 30)
    t = po.sent_in(5, 30)
    attribution = "On Wed, 18 Nov 2026 at %d:%02d, Priya Natarajan <priya.natarajan@corvane.example> wrote:" % (
        t.hour, t.minute)
    plain = body + "\n" + attribution + "\n\n" + gt(request_text(po))
    html = html_doc(text_to_html(body) + '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                    'rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
                        attribution.replace("<", "&lt;").replace(">", "&gt;"), request_html(po)))
    bank = pdf([("DECCAN ROCK TOOLS PVT. LTD.", "F2", 12), "Bank details for remittance", "",
                "Bank: State Bank of India, MIDC Hingna Branch", "A/c No.: 38912245117",
                "IFSC: SBIN0012345   SWIFT: SBININBB", "A/c type: Current Account"],
               title="Bank details", producer="Microsoft Word")
    part = mime.multipart("mixed", [
        mime.multipart("alternative", [mime.text(plain, "plain", "UTF-8", "quoted-printable"),
                                       mime.text(html, "html", "UTF-8", "quoted-printable")], mime.bnd("gmail", "lakh1")),
        mime.attachment(bank, "application/pdf", "DRT_Bank_Details.pdf")], mime.bnd("gmail", "lakh0"))
    eml = reply(po, ("Sandeep Kulkarni", "sandeep.k@deccanrocktools.example"), when, part, prefix="Re: ",
                style="gmail")
    exp = confirmation("Indian lakh grouping: line 1 revised to Rs. 1,25,000/- (=125000.00); the total "
                       "Rs. 8,85,000/- and the GSTIN/CIN/phone numbers are not line data; dd/mm/yyyy dates.",
                       (po, {1: chg(po, 1, unit_price="125000.00"), 2: acc(po, 2), 3: acc(po, 3)}))
    return Case("indian-lakh-drill-bits", "confirmation", "en-IN",
                "Rs. 1,25,000/- lakh grouping, total 8,85,000/-, GSTIN/CIN in signature, bank-details PDF that is no ack",
                [po], eml, exp)


@case
def subject_only():
    sup = S("BAITLINE", "Baitline Bearing Supply Inc.", "orders@baitline-bearings.example", "en-US")
    po = PO("4500231877", sup, "dana", "USD", "2026-11-20", [
        ("FRB-6900-SS", "Stainless ball bearing 10x22x6 mm, ABEC-7, shielded (reel spool)", 2000, "PCS", "0.84",
         "2026-12-11"),
        ("FRB-MR115-C", "Ceramic hybrid bearing 5x11x4 mm, ABEC-7 (line roller)", 1200, "PCS", "2.15", "2026-12-11"),
    ], req="2026-11-23 10:12")
    sig = """

Mike Kowalski
Inside Sales | Baitline Bearing Supply Inc.
1450 Commerce Pkwy, Suite 200, Lakeland, FL 33811
P: (863) 555-0148 | F: (863) 555-0149
"""
    part = outlook_alt(po, sig, "en-US", -5, seed="subjonly",
                       html_reply='<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">&nbsp;</p>'
                                  '<p class="MsoNormal"><b>Mike Kowalski</b><br>Inside Sales | Baitline Bearing Supply Inc.'
                                  '<br>1450 Commerce Pkwy, Suite 200, Lakeland, FL 33811<br>P: (863) 555-0148 | '
                                  'F: (863) 555-0149</p>')
    eml = reply(po, ("Mike Kowalski", "mkowalski@baitline-bearings.example"), mime.when(2026, 12, 1, 7, 3, 40, -5),
                part, subject="RE: Order acknowledgment request: PO 4500231877 - Confirmed as ordered, delivery 12/11", crlf=True,
                lang_tag="en-US")
    exp = confirmation("The whole answer is in the Subject ('Confirmed as ordered, delivery 12/11', US month-first "
                       "= 11 Dec 2026); body is only a signature above the quoted request.",
                       (po, {1: acc(po, 1), 2: acc(po, 2)}))
    return Case("subject-line-only-answer", "confirmation", "en-US",
                "answer only in Subject, body = signature + quoted PO figures; 12/11 month-first", [po], eml, exp)


@case
def html_rowspan():
    sup = S("GTEGUARN", "GTE Guarnizioni Termotecniche Emiliane S.r.l.", "ordini@gte-guarnizioni.example", "it-IT")
    po = PO("4500231835", sup, "laura", "EUR", "2026-11-18", [
        ("EGK-GH-85", "Group head gasket 8.5 mm, food-grade EPDM, E61", 2000, "PCS", "0.85", "2026-12-18"),
        ("EGK-SS-58", "Shower screen gasket 58 mm, silicone", 3000, "PCS", "0.62", "2026-12-18"),
        ("EGK-ORK-12", "O-ring kit for boiler & steam valve, 12 pcs per set", 150, "SET", "4.90", "2026-12-18"),
        ("EGK-PTFE-6", "PTFE seal for steam wand 6 mm", 1000, "PCS", "0.37", "2026-12-18"),
    ], req="2026-11-18 15:30")
    td = '<td style="border:solid #999 1px;padding:2px 6px">'
    th = '<th style="border:solid #999 1px;padding:2px 6px;background:#DDEBF7"'
    table_html = (
        '<table style="border-collapse:collapse;font-family:Calibri;font-size:10pt">'
        '<tr>' + th + ' rowspan="2">Pos.</th>' + th + ' rowspan="2">Vs. codice</th>' + th + ' rowspan="2">Descrizione</th>'
        + th + ' rowspan="2">Q.tà ordinata</th>' + th + ' rowspan="2">Prezzo unitario &euro;</th>'
        + th + ' colspan="2">Consegna</th>' + th + ' rowspan="2">Note</th></tr>'
        '<tr>' + th + '>Data</th>' + th + '>Q.tà</th></tr>'
        '<tr>' + td.replace('<td', '<td rowspan="2"') + '1</td>' + td.replace('<td', '<td rowspan="2"') + 'EGK-GH-85</td>'
        + td.replace('<td', '<td rowspan="2"') + 'Guarnizione gruppo 8,5 mm EPDM</td>'
        + td.replace('<td', '<td rowspan="2" align="right"') + '2.000</td>'
        + td.replace('<td', '<td rowspan="2" align="right"') + '0,85</td>'
        + td + '11/12/2026</td>' + td.replace('<td', '<td align="right"') + '1.200</td>'
        + td.replace('<td', '<td rowspan="2"') + 'Mescola EPDM in arrivo: consegna in due tranche</td></tr>'
        '<tr>' + td + '08/01/2027</td>' + td.replace('<td', '<td align="right"') + '800</td></tr>'
        '<tr>' + td + '2</td>' + td + 'EGK-SS-58</td>' + td + 'Guarnizione doccetta 58 mm silicone</td>'
        + td.replace('<td', '<td align="right"') + '3.000</td>' + td.replace('<td', '<td align="right"') + '0,62</td>'
        + td + '18/12/2026</td>' + td.replace('<td', '<td align="right"') + '3.000</td>' + td + 'OK</td></tr>'
        '<tr>' + td + '3</td>' + td + 'EGK-ORK-12</td>' + td + 'Kit O-ring caldaia/valvola vapore (12 pz)</td>'
        + td.replace('<td', '<td align="right"') + '150</td>'
        + td.replace('<td', '<td align="right"') + '<span style="color:red"><b>5,10</b></span></td>'
        + td + '18/12/2026</td>' + td.replace('<td', '<td align="right"') + '150</td>'
        + td + 'Nuovo listino dal 01/12/2026</td></tr>'
        '<tr>' + td + '4</td>' + td + 'EGK-PTFE-6</td>' + td + 'Guarnizione PTFE lancia vapore 6 mm</td>'
        + td.replace('<td', '<td align="right"') + '1.000</td>' + td.replace('<td', '<td align="right"') + '0,37</td>'
        + td + '18/12/2026</td>' + td.replace('<td', '<td align="right"') + '1.000</td>' + td + 'OK</td></tr>'
        '</table>')
    inner = ('<p class="MsoNormal">Gentile Sig.ra Bianchi,</p><p class="MsoNormal">&nbsp;</p>'
             '<p class="MsoNormal">di seguito la nostra conferma per il Vs. ordine n. 4500231835 del 18/11/2026 '
             '(prezzi netti franco destino, IVA non imponibile art. 41 D.L. 331/93):</p><p class="MsoNormal">&nbsp;</p>'
             + table_html +
             '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Restiamo a disposizione per ogni chiarimento.</p>'
             '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Cordiali saluti</p>'
             '<p class="MsoNormal"><b>Chiara Ferrari</b><br>Ufficio Commerciale Italia/Estero<br>'
             'GTE Guarnizioni Termotecniche Emiliane S.r.l.<br>Via dell\'Artigianato 22, 42122 Reggio Emilia (RE)<br>'
             'Tel. +39 0522 555 731 &ndash; P.IVA IT 02418870353</p>'
             '<p style="font-size:7.5pt;color:gray">Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni '
             'contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario.</p>'
             '<p class="MsoNormal">&nbsp;</p>' + outlook_html(po, "it", 1))
    part = mime.text(html_doc(inner, "windows-1252"), "html", "windows-1252", "quoted-printable")
    eml = reply(po, ("Chiara Ferrari", "c.ferrari@gte-guarnizioni.example"), mime.when(2026, 11, 24, 16, 5, 12, 1),
                part, prefix="R: ", lang_tag="it-IT")
    exp = confirmation("HTML-only table: 'Consegna' colspan over Data/Q.tà; line 1 rowspans two delivery rows "
                       "(1.200 on 11/12/2026, 800 on 08/01/2027); line 3 price 5,10 in red; Italian '2.000' "
                       "thousands dot.",
                       (po, {1: chg(po, 1, date="2027-01-08", schedule=[(1200, "2026-12-11"), (800, "2027-01-08")]),
                             2: acc(po, 2), 3: chg(po, 3, unit_price="5.10"), 4: acc(po, 4)}))
    return Case("html-only-table-colspan-rowspan", "confirmation", "it-IT",
                "HTML-only mail, answer table with colspan header and rowspan split line, windows-1252 QP",
                [po], eml, exp)


@case
def two_pos_dutch():
    sup = S("DEGRAAF", "Kaasvormenfabriek De Graaf B.V.", "verkoop@degraaf-kaasvormen.example", "nl-NL")
    po1 = PO("4500231840", sup, "mikkel", "EUR", "2026-11-19", [
        ("CMD-GOU-10", "Gouda cheese mould 10 kg, PP, with lid", 120, "EA", "18.40", "2026-12-15"),
        ("CMD-NET-10", "Press net for 10 kg mould", 240, "EA", "2.35", "2026-12-15"),
    ], req="2026-11-19 13:00")
    po2 = PO("4500231856", sup, "mikkel", "EUR", "2026-11-20", [
        ("CMD-EDM-2", "Edam ball mould 2 kg, 12-cavity block", 40, "EA", "64.00", "2027-01-08"),
        ("CMD-FOL-2", "Follower (pressing lid) for Edam block", 40, "EA", "11.90", "2027-01-08"),
    ], req="2026-11-20 09:30")
    po3 = PO("4500231871", sup, "mikkel", "EUR", "2026-11-23", [
        ("CMD-TOM-1", "Tomme mould 1 kg, perforated", 300, "EA", "4.75", "2027-01-15"),
    ], req="2026-11-23 10:00")
    body = """Goedemorgen Mikkel,

Hierbij bevestigen wij beide orders:

Order 4500231840 (Gouda-vormen + persnetten): akkoord, levering 15-12-2026.

Order 4500231856 (Edammer blokken + volgers): akkoord qua aantallen en prijzen, levering in week 2 - dus niet op 8 januari maar een week later, de blokken moeten nog uit de spuitgietmachine.

Order 4500231871 (Tomme-vormen) hebben wij ook ontvangen, die bevestigen wij apart zodra de planning rond is.

Met vriendelijke groet,

Marieke van Dijk
Verkoop binnendienst
Kaasvormenfabriek De Graaf B.V.
Industrieweg 7, 2851 AA Haastrecht
T 0182 555 120
KvK 24187733 | BTW NL008214590B01
"""
    part = outlook_alt(po1, body, "nl", 1, seed="twopos")
    eml = reply(po1, ("Marieke van Dijk", "m.vandijk@degraaf-kaasvormen.example"), mime.when(2026, 11, 25, 10, 41, 2, 1),
                part, lang_tag="nl-NL")
    exp = confirmation("One mail answers two POs with different dates (PO1 15-12-2026 as requested, PO2 'week 2' = "
                       "Fri 15 Jan 2027, one week after 8 Jan); third PO 4500231871 only mentioned, so left out; "
                       "the reply sits in PO1's thread.",
                       (po1, {1: acc(po1, 1), 2: acc(po1, 2)}),
                       (po2, {1: chg(po2, 1, date="2027-01-15"), 2: chg(po2, 2, date="2027-01-15")}))
    return Case("two-pos-one-reply-different-dates", "confirmation", "nl-NL",
                "two POs confirmed in one mail with different dates, third PO mentioned only, 'week 2'",
                [po1, po2, po3], eml, exp)


@case
def discontinued_whole():
    sup = S("AMVLUTH", "Atelier Mentonnières Vosgiennes", "commandes@amv-lutherie.example", "fr-FR")
    po = PO("4500231863", sup, "emma", "EUR", "2026-11-20", [
        ("VCR-GUA-44", "Violin chin rest Guarneri model 4/4, ebony, Hill-type bracket", 60, "EA", "14.80", "2026-12-18"),
        ("VCR-GUA-34", "Violin chin rest Guarneri model 3/4, ebony", 30, "EA", "13.90", "2026-12-18"),
    ], req="2026-11-20 16:10")
    body = """Bonjour Madame Novak,

Nous vous remercions pour votre commande n° 4500231863.

Nous sommes au regret de vous informer que les mentonnières modèle Guarneri en ébène (4/4 et 3/4) ont été retirées de notre catalogue au 1er novembre : faute d'ébène certifié, leur fabrication est arrêtée définitivement.

Nous ne pouvons donc malheureusement pas donner suite à cette commande, ni en totalité ni en partie.

À titre d'information, notre modèle Guarneri en buis (réf. MG-B44) reste disponible au prix de 16,20 € HT ; si cela vous intéresse, merci de nous adresser une nouvelle commande.

Bien cordialement,

-- 
Élodie Marchal
Service commercial
Atelier Mentonnières Vosgiennes - 12 rue des Luthiers - 88500 Mirecourt
Tél. 03 29 55 41 07 - SIRET 512 447 880 00018
"""
    attribution = "Le 20/11/2026 à 16:10, Emma Novak a écrit :"
    plain = body + "\n" + attribution + "\n" + gt(request_text(po))
    part = mime.text(plain, "plain", "ISO-8859-15", "quoted-printable", params="; format=flowed",
                     extra=[("Content-Language", "fr")])
    eml = reply(po, ("Élodie Marchal", "e.marchal@amv-lutherie.example"), mime.when(2026, 11, 26, 9, 17, 45, 1), part,
                prefix="Re: ", style="thunderbird", hdr_charset="ISO-8859-15", hdr_mode="Q",
                extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = confirmation("Whole order declined: both chin rests discontinued. The boxwood alternative at 16,20 EUR "
                       "needs a new order, so it is no commitment on these lines.",
                       (po, {1: rej(), 2: rej()}))
    return Case("discontinued-whole-order-rejected", "confirmation", "fr-FR",
                "whole order rejected (discontinued) with an alternative price that must not be read as a change",
                [po], eml, exp)


@case
def austrian_weeks():
    sup = S("ALPINWAX", "Alpin Wachs Manufaktur GmbH", "office@alpinwachs.example", "de-AT")
    po = PO("4500231829", sup, "jonas", "EUR", "2026-11-18", [
        ("SKW-HF-200", "Ski wax block, fluor-free, universal, 200 g", 400, "PCS", "7.60", "2026-12-11"),
        ("SKW-CLD-200", "Ski wax block cold (-10/-20 C), 200 g", 250, "PCS", "7.20", "2026-12-11"),
        ("SKW-BAS-1K", "Base prep wax block 1 kg, workshop", 60, "PCS", "21.50", "2027-01-08"),
    ], req="2026-11-18 11:20")
    body = """Sehr geehrter Herr Weber,

danke für Ihre Bestellung, wir bestätigen wie folgt:

Pos. 1 und 2: Mengen und Preise lt. Bestellung, Lieferung 4 Wochen ab Bestelldatum. Die Produktion der Blöcke läuft erst ab KW 49, früher geht es heuer leider nicht.

Pos. 3: Werkstattwachs 1 kg, 60 Stk. à € 21,50, Liefertermin 8. Jänner 2027 wie gewünscht.

Mit freundlichen Grüßen

Ing. Martina Pichler
Verkauf
Alpin Wachs Manufaktur GmbH
Gewerbepark 3, 6460 Imst, Österreich
T +43 5412 555 30-12
FN 318842 w, Landesgericht Innsbruck | UID ATU64418820
"""
    part = outlook_alt(po, body, "de", 1, charset="windows-1252", seed="austria")
    eml = reply(po, ("Martina Pichler", "m.pichler@alpinwachs.example"), mime.when(2026, 11, 20, 8, 55, 10, 1), part,
                prefix="AW: ", lang_tag="de-AT")
    exp = confirmation("'4 Wochen ab Bestelldatum' = PO date 18.11.2026 + 28 days = 16.12.2026 for lines 1-2 "
                       "(KW 49 is only the production start); Austrian 'Jänner' = January for line 3.",
                       (po, {1: chg(po, 1, date="2026-12-16"), 2: chg(po, 2, date="2026-12-16"), 3: acc(po, 3)}))
    return Case("relative-4-weeks-from-order-jaenner", "confirmation", "de-AT",
                "delivery '4 Wochen ab Bestelldatum' relative to PO date, decoy KW 49, Austrian 'Jänner'",
                [po], eml, exp)


@case
def forwarded_chain():
    sup = S("NORRVIK", "Norrvik Fästelement AB", "order@norrvik-fastelement.example", "sv-SE")
    po = PO("4500231845", sup, "mikkel", "SEK", "2026-11-19", [
        ("WTB-M36-HV", "Wind turbine tower bolt M36x320, 10.9, HV, hot-dip galvanized", 400, "PCS", "412.00", "2026-12-18"),
        ("WTB-M36-NUT", "HV nut M36, class 10, hot-dip galvanized", 400, "PCS", "38.50", "2026-12-18"),
        ("WTB-M36-WSH", "HV washer 37 mm, hot-dip galvanized", 800, "PCS", "9.80", "2026-12-18"),
    ], req="2026-11-19 14:05")
    anna = ("Anna Lindqvist", "anna.lindqvist@norrvik-fastelement.example")
    body = """Hej Mikkel,

se nedan - leveransbesked från fabriken. Priserna enligt er order på alla rader.

Med vänlig hälsning
Anna Lindqvist
Försäljning / Sales
Norrvik Fästelement AB
Hamngatan 4, 931 32 Skellefteå
Tel 0910-555 214
Org.nr 556712-4480

From: Johan Berg <johan.berg@norrvik-fastelement.example>
Sent: den 27 november 2026 14:48
To: Anna Lindqvist <anna.lindqvist@norrvik-fastelement.example>; Petra Holm <petra.holm@norrvik-fastelement.example>
Subject: SV: Order acknowledgment request: PO 4500231845

Korrigering: förzinkningen (Galvano Nord) har skjutit på vår batch. Vi får bara ut 250 st bultar v. 51, resterande 150 st blir v. 2. Muttrar och brickor påverkas inte, de går komplett v. 51.

/Johan

From: Petra Holm <petra.holm@norrvik-fastelement.example>
Sent: den 25 november 2026 09:31
To: Anna Lindqvist <anna.lindqvist@norrvik-fastelement.example>
Cc: Johan Berg <johan.berg@norrvik-fastelement.example>
Subject: SV: Order acknowledgment request: PO 4500231845

Hej Anna,
vi klarar alla 400 bultar plus muttrar och brickor till v. 51, inga problem.
Petra

From: Anna Lindqvist <anna.lindqvist@norrvik-fastelement.example>
Sent: den 24 november 2026 16:02
To: Petra Holm <petra.holm@norrvik-fastelement.example>
Subject: VB: Order acknowledgment request: PO 4500231845

Petra, kan ni klara v. 51 på denna? Kunden vill ha allt samtidigt.

"""
    plain = body + outlook_plain(po, "en", 1, sep=None).replace("Sent: Thursday, 19 November 2026 14:05",
                                                                "Sent: den 19 november 2026 14:05")
    part = mime.text(plain, "plain", "iso-8859-1", "quoted-printable")
    eml = reply(po, anna, mime.when(2026, 11, 27, 15, 12, 55, 1), part,
                subject="VB: SV: Order acknowledgment request: PO 4500231845", thread=False, lang_tag="sv-SE",
                hdr_charset="iso-8859-1", hdr_mode="Q")
    exp = confirmation("Forwarded internal chain: Petra (25 Nov) promised all in v. 51, Johan's later correction "
                       "(27 Nov) wins: bolts 250 in v. 51 (Fri 18 Dec) + 150 in v. 2 (Fri 15 Jan 2027); nuts and "
                       "washers complete v. 51; prices as ordered.",
                       (po, {1: chg(po, 1, date="2027-01-15", schedule=[(250, "2026-12-18"), (150, "2027-01-15")]),
                             2: acc(po, 2), 3: acc(po, 3)}))
    return Case("forwarded-chain-last-answer-wins", "confirmation", "sv-SE",
                "forwarded internal chain, first answer 'all v. 51' superseded by later correction split v. 51/v. 2",
                [po], eml, exp)


@case
def signature_numbers():
    sup = S("MERIDIAN", "Meridian Castor & Wheel Ltd", "sales@meridian-castors.example", "en-GB")
    po = PO("4500231850", sup, "dana", "GBP", "2026-11-19", [
        ("HBC-125-TL", "Hospital bed castor 125 mm, twin wheel, total lock, antistatic", 150, "EA", "18.90", "2026-12-09"),
        ("HBC-125-DL", "Hospital bed castor 125 mm, directional lock", 150, "EA", "17.40", "2026-12-09"),
        ("HBC-SPG-12", "Stem adaptor 12 mm grip-ring, box of 50", 12, "BOX", "23.00", "2026-12-09"),
    ], req="2026-11-20 08:30")
    po2 = PO("4500231853", sup, "dana", "GBP", "2026-11-19", [
        ("HBC-100-SW", "Hospital bed castor 100 mm, swivel, no brake", 60, "EA", "14.10", "2027-01-08"),
        ("HBC-BMP-125", "Bumper wheel 125 mm, grey rubber", 150, "EA", "3.25", "2027-01-08"),
    ], req="2026-11-20 08:35")
    body = """Hi Dana,

Thanks for the order - all confirmed as per your PO, prices as quoted and everything will be with you on Wednesday 9th December.

Kind regards,

Gary Pritchard
Sales Office Manager
Meridian Castor & Wheel Ltd
Unit 12, 150 Tyburn Road, Erdington, Birmingham B24 8NB
T: 0121 496 0150 | M: 07700 900 125 | F: 0121 496 0151
www.meridian-castors.example

Meridian Castor & Wheel Ltd. Registered in England and Wales, Company No. 04512377.
Registered office: Unit 12, 150 Tyburn Road, Birmingham B24 8NB. VAT Reg. No. GB 512 3770 18.
This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Please consider the environment before printing this e-mail.
"""
    part = outlook_alt(po, body, "en", 0, seed="sig")
    eml = reply(po, ("Gary Pritchard", "gary.pritchard@meridian-castors.example"),
                mime.when(2026, 11, 23, 12, 6, 18, 0), part, lang_tag="en-GB", crlf=True)
    exp = confirmation("One-sentence full acceptance for 9 Dec; signature holds 'Unit 12, 150 Tyburn Road' "
                       "(= the PO quantities 12 and 150), phone numbers, company no. 04512377 and VAT number. "
                       "The reply is in the thread of PO 4500231850; the other open PO 4500231853 is not answered.",
                       (po, {1: acc(po, 1), 2: acc(po, 2), 3: acc(po, 3)}))
    return Case("signature-numbers-look-like-quantities", "confirmation", "en-GB",
                "'Unit 12, 150 Tyburn Road', company no. and phone numbers mimic PO quantities; a second open "
                "PO from the same supplier is not answered", [po, po2], eml, exp)


@case
def erp_pdf():
    sup = S("WALZRH", "Walzentechnik Rheinhessen GmbH", "auftrag@walzentechnik-rh.example", "de-DE")
    po = PO("4500231858", sup, "jonas", "EUR", "2026-11-20", [
        ("PPR-INK-1020", "Ink form roller, NBR 35 Shore A, L=1020 mm, dia 68 mm", 4, "EA", "1860.00", "2026-12-18"),
        ("PPR-DMP-1020", "Dampening roller, EPDM, L=1020 mm", 6, "EA", "945.00", "2026-12-18"),
        ("PPR-BRG-KIT", "Roller bearing kit (2x 6204-2RS + circlips)", 12, "SET", "38.50", "2026-12-18"),
    ], req="2026-11-20 10:00")
    rows = table([
        ["Pos", "Artikel / Ihre Mat.-Nr.", ">Menge", " ME", ">Preis/ME EUR", ">Gesamt EUR", "  Liefertermin"],
        ["10", "WR-F68-1020 / PPR-INK-1020", ">4", " Stk", ">1.860,00", ">7.440,00", "  KW 51/2026"],
        ["", "Farbauftragswalze NBR 35 Sh A, 1020 mm", "", "", "", "", ""],
        ["20", "WR-D68-1020 / PPR-DMP-1020", ">6", " Stk", ">945,00", ">5.670,00", "  08.01.2027 *"],
        ["", "Feuchtwalze EPDM, 1020 mm", "", "", "", "", ""],
        ["30", "KL-6204-SET / PPR-BRG-KIT", ">12", " Satz", ">41,20 *", ">494,40", "  KW 51/2026"],
        ["", "Lagersatz 2x 6204-2RS inkl. Sicherungsringe", "", "", "", "", ""],
    ], [5, 44, 6, 6, 14, 12, 16])
    doc = pdf([("Walzentechnik Rheinhessen GmbH", "F2", 14), "Industriestraße 14 · 55232 Alzey", "",
               ("AUFTRAGSBESTÄTIGUNG Nr. 2611873", "F2", 12), "",
               "Kunde: Corvane Trading & MRO B.V., Waalhaven Z.z. 41, 3089 JH Rotterdam (Kd.-Nr. 30418)",
               "Ihre Bestellung: 4500231858 vom 20.11.2026      Datum: 23.11.2026      Bearbeiter: S. Krämer", ""]
              + rows +
              ["", "* Abweichung zu Ihrer Bestellung", "",
               ("Nettobetrag EUR 13.604,40", "F2", 9),
               "Steuerfreie innergemeinschaftliche Lieferung gem. § 4 Nr. 1b UStG",
               "Lieferbedingung: DAP Rotterdam (Incoterms 2020)   Zahlungsbedingung: 30 Tage netto",
               "Liefertermin = Anliefertermin bei Ihnen. KW = Kalenderwoche.", "",
               ("Geschäftsführer: Dr. Klaus Remmert · Amtsgericht Mainz HRB 41877 · USt-IdNr. DE 814552107", "F1", 7)],
              title="Auftragsbestätigung 2611873", author="SAP", producer="SAP NetWeaver 7.50",
              created="D:20261124060100+01'00'")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 2611873 zu Ihrer Bestellung 4500231858 vom 20.11.2026.

Bitte prüfen Sie die Auftragsbestätigung auf Richtigkeit. Abweichungen zu Ihrer Bestellung sind gekennzeichnet.

Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.

Walzentechnik Rheinhessen GmbH · Industriestraße 14 · 55232 Alzey
Geschäftsführer: Dr. Klaus Remmert · Amtsgericht Mainz HRB 41877 · USt-IdNr. DE 814552107
"""
    part = mime.multipart("mixed", [mime.text(body, "plain", "iso-8859-1", "quoted-printable"),
                                    mime.attachment(doc, "application/pdf", "AB_2611873.pdf")], mime.bnd("sap", "erp"))
    eml = reply(po, ("Walzentechnik Rheinhessen GmbH", "noreply@walzentechnik-rh.example"),
                mime.when(2026, 11, 24, 6, 2, 0, 1), part, style="generic",
                subject="Auftragsbestätigung 2611873 zu Ihrer Bestellung 4500231858", thread=False,
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")],
                hdr_charset="iso-8859-1", hdr_mode="Q")
    exp = confirmation("ERP order confirmation PDF from a noreply address with Auto-Submitted header is still a "
                       "confirmation; supplier positions 10/20/30 map to our lines via 'Ihre Mat.-Nr.'; KW 51 = "
                       "Fri 18.12.2026; pos 20 date and pos 30 price marked as deviations.",
                       (po, {1: acc(po, 1), 2: chg(po, 2, date="2027-01-08"), 3: chg(po, 3, unit_price="41.20")}))
    return Case("erp-pdf-auftragsbestaetigung-noreply", "confirmation", "de-DE",
                "auto-generated ERP mail (Auto-Submitted) whose PDF is the real ack; positions 10/20/30; KW 51",
                [po], eml, exp)


@case
def xlsx_spain():
    sup = S("PRENSLEV", "Prensas y Utillajes Levante S.L.", "pedidos@prensaslevante.example", "es-ES")
    po = PO("4500231866", sup, "tomas", "EUR", "2026-11-20", [
        ("TPP-CI-20", "Tortilla press plate 20 cm, cast iron, machined", 200, "PCS", "11.40", "2026-12-18"),
        ("TPP-AL-25", "Tortilla press plate 25 cm, cast aluminium, anodised", 200, "PCS", "14.90", "2026-12-18"),
        ("TPP-HG-KIT", "Hinge pin & lever kit for 20/25 cm press", 400, "SET", "2.10", "2027-01-15"),
    ], req="2026-11-23 09:00")
    D = dt.date
    sheet = xlsx([
        ["Línea", "Ref. cliente", "Ref. Levante", "Descripción", "Cant. pedida", "Cant. confirmada",
         "Precio unitario (EUR)", "Fecha entrega confirmada"],
        [1, "TPP-CI-20", "PL-20-FD", "Placa prensa tortillas 20 cm fundición", 200, 200, Decimal("11.40"), D(2026, 12, 18)],
        [2, "TPP-AL-25", "PL-25-AL", "Placa prensa tortillas 25 cm aluminio anodizado", 200, 180, Decimal("14.90"),
         D(2026, 12, 18)],
        [3, "TPP-HG-KIT", "KB-2025", "Kit bisagra y palanca 20/25 cm", 400, 400, Decimal("2.10"), D(2027, 1, 8)],
        [],
        ["Pedido cliente: 4500231866", None, None, "Fecha confirmación: 26/11/2026"],
    ], sheet="Confirmación", widths=[7, 14, 12, 46, 12, 15, 20, 24], creator="Levante ERP",
        stamp=(2026, 11, 26, 12, 30, 0))
    body = """Buenos días Tomás:

Adjunto le remitimos la confirmación de su pedido 4500231866. Como verá, de la placa de aluminio de 25 cm sólo podemos servirle 180 unidades (es lo que queda del lote; el modelo se sustituye en 2027) y el kit de bisagras sale una semana antes de lo solicitado.

Quedamos a su disposición para cualquier aclaración.

Un saludo,

Vicente Soler
Dpto. Comercial
Prensas y Utillajes Levante S.L.
Pol. Ind. Fuente del Jarro, C/ Ciudad de Sevilla 41, 46988 Paterna (Valencia)
Tel. 961 55 40 22 - CIF B97245118
"""
    alt = outlook_alt(po, body, "es", 1, charset="iso-8859-1", seed="xlsxes")
    part = mime.multipart("mixed", [alt, mime.attachment(
        sheet, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Confirmacion_pedido_4500231866.xlsx")], mime.bnd("outlook2", "xlsxes"))
    eml = reply(po, ("Vicente Soler", "vsoler@prensaslevante.example"), mime.when(2026, 11, 26, 13, 37, 9, 1), part,
                hdr_charset="iso-8859-1", hdr_mode="Q", lang_tag="es-ES", crlf=True,
                extra=[("X-MS-Has-Attach", "yes")])
    exp = confirmation("XLSX acknowledgment with dates stored as Excel serial numbers: line 2 only 180 of 200 "
                       "(no remainder), line 3 delivered 08/01/2027 instead of 15/01/2027; body agrees.",
                       (po, {1: acc(po, 1), 2: chg(po, 2, quantity=180), 3: chg(po, 3, date="2027-01-08")}))
    return Case("xlsx-ack-serial-dates", "confirmation", "es-ES",
                "answer in attached XLSX with serial-number dates and separate ordered/confirmed qty columns",
                [po], eml, exp)


@case
def inline_answers():
    sup = S("SKYWARD", "Skyward Prop Works LLC", "sales@skywardprops.example", "en-US")
    po = PO("4500231881", sup, "dana", "USD", "2026-11-23", [
        ("DRP-1045-CF", "Drone propeller 10x4.5, carbon fibre, CW/CCW pair", 500, "PR", "3.20", "2026-12-14"),
        ("DRP-1555-CF", "Drone propeller 15x5.5, carbon fibre, CW/CCW pair", 300, "PR", "4.85", "2026-12-14"),
        ("DRP-0945-NY", "Drone propeller 9x4.5, glass-filled nylon, CW/CCW pair", 1000, "PR", "0.95", "2026-12-14"),
        ("DRP-HUB-M8", "Prop adapter hub M8, aluminium", 200, "EA", "1.60", "2026-12-14"),
    ], req="2026-11-23 14:30")
    answers = {
        "DRP-1045-CF": "Confirmed.",
        "DRP-1555-CF": "We can do 200 pr by 12/14, the other 100 pr ship 1/8/27. Price ok.",
        "DRP-0945-NY": "OK",
        "DRP-HUB-M8": "Price went up to $1.75/ea (aluminum surcharge), date ok.",
    }
    out = []
    for line in request_text(po).rstrip("\n").split("\n"):
        out.append(">" if not line else "> " + line)
        for code, ans in answers.items():
            if (" %s " % code) in line:
                out.append(ans)
                out.append("")
    t = po.sent_in(-7)
    body = ("Hi Dana, answers inline below.\n-Rob\n\nOn Mon, Nov 23, 2026 at %d:%02d AM Dana Ruiz "
            "<dana.ruiz@corvane.example> wrote:\n" % (t.hour, t.minute)) + "\n".join(out) + "\n"
    body += "\n--\nRob Delgado | Skyward Prop Works LLC | 4120 Airport Way, Loveland CO 80538 | (970) 555-0112\n"
    part = mime.text(body, "plain", "UTF-8", "7bit")
    eml = reply(po, ("Rob Delgado", "rob@skywardprops.example"), mime.when(2026, 11, 25, 17, 22, 4, -7), part,
                prefix="Re: ", style="gmail")
    exp = confirmation("Answers typed between the quoted request lines, each quoted line still carrying the PO "
                       "figures; line 2 split 200 by 12/14 + 100 shipping 1/8/27 (ship date only); line 4 price 1.75.",
                       (po, {1: acc(po, 1),
                             2: chg(po, 2, date="2027-01-08", schedule=[(200, "2026-12-14"), (100, "2027-01-08")]),
                             3: acc(po, 3), 4: chg(po, 4, unit_price="1.75")}))
    return Case("inline-answers-between-quoted-lines", "confirmation", "en-US",
                "answers interleaved under '> ' quoted PO lines; split with US short date 1/8/27",
                [po], eml, exp)


@case
def mobile_ptbr():
    sup = S("ARABESQ", "Fitas Arabesque Indústria Têxtil Ltda.", "vendas@arabesquefitas.example", "pt-BR")
    po = PO("4500231890", sup, "laura", "BRL", "2026-11-24", [
        ("BPR-SAT-22", "Ballet pointe ribbon, satin 22 mm, European pink", 2000, "M", "1.85", "2026-12-15"),
        ("BPR-ELS-25", "Pointe shoe elastic 25 mm, pink", 1000, "M", "2.40", "2026-12-15"),
    ], req="2026-11-24 11:00")
    t = po.sent_in(-3)
    body = ("Bom dia Laura, confirmado tudo, entregamos dia 10/12 \n\nEnviado do meu iPhone\n\n"
            "> Em 24 de nov. de 2026, à(s) %02d:%02d, Laura Bianchi <laura.bianchi@corvane.example> escreveu:\n>\n"
            % (t.hour, t.minute)) + gt(request_text(po))
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">Bom dia Laura, confirmado tudo, entregamos dia 10/12&nbsp;<br><br>'
            '<div dir="ltr">Enviado do meu iPhone</div><div dir="ltr"><br><blockquote type="cite">'
            'Em 24 de nov. de 2026, à(s) %02d:%02d, Laura Bianchi &lt;laura.bianchi@corvane.example&gt; escreveu:<br><br>'
            '</blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote></body></html>'
            % (t.hour, t.minute, request_html(po)))
    part = mime.multipart("alternative", [mime.text(body, "plain", "utf-8", "quoted-printable", ct_style="bare"),
                                          mime.text(html, "html", "utf-8", "quoted-printable", ct_style="bare")],
                          mime.bnd("apple", "ptbr"))
    eml = reply(po, ("Rafael Nogueira", "rafael@arabesquefitas.example"), mime.when(2026, 11, 30, 8, 47, 33, -3), part,
                prefix="Re: ", style="apple", extra=[("X-Mailer", "iPhone Mail (22B91)")])
    exp = confirmation("Mobile one-liner 'confirmado tudo, entregamos dia 10/12' = 10 Dec 2026 (day-first, "
                       "earlier than the requested 15 Dec); quantities and prices as ordered.",
                       (po, {1: chg(po, 1, date="2026-12-10"), 2: chg(po, 2, date="2026-12-10")}))
    return Case("mobile-oneliner-ddmm-earlier", "confirmation", "pt-BR",
                "iPhone one-liner, '10/12' day-first without year, earlier than requested", [po], eml, exp)


@case
def japanese_sjis():
    sup = S("HOKUYO", "株式会社北陽金属工業", "eigyo@hokuyo-kinzoku.example", "ja-JP")
    po = PO("4500231902", sup, "kenji", "JPY", "2026-11-24", [
        ("SPC-MID-35", "Solar panel mid clamp 35 mm, aluminium, with M8 bolt", 2000, "PCS", "185", "2026-12-18"),
        ("SPC-END-35", "Solar panel end clamp 35 mm, aluminium", 1000, "PCS", "172", "2026-12-18"),
        ("SPC-GND-01", "Grounding clip for mid clamp, stainless", 2000, "PCS", "48", "2027-01-15"),
    ], req="2026-11-24 09:15")
    body = """Corvane Trading & MRO B.V.
購買部 森 様

いつもお世話になっております。
北陽金属工業 営業部の佐藤でございます。

ご注文番号 4500231902 につきまして、下記の通り納期・単価をご回答申し上げます。

１．SPC-MID-35 中間クランプ 35mm　2,000個　単価 185円　納期 2026年12月18日（ご指定通り）
２．SPC-END-35 エンドクランプ 35mm　1,000個　単価 180円　納期 2027年1月8日
　　※アルミ地金価格高騰のため、単価を172円から180円に改定させていただきました。
　　※表面処理の都合により、納期はご指定より3週間遅れとなります。
３．SPC-GND-01 アースクリップ　2,000個　単価 48円　納期 2027年1月15日（ご指定通り）

以上、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社北陽金属工業　営業部
佐藤 健一
〒933-0951 富山県高岡市長慶寺1000番地
TEL：0766-55-2140　FAX：0766-55-2141
━━━━━━━━━━━━━━━━━━━━

"""
    plain = body + outlook_plain(po, "ja", 9, sep="-----Original Message-----")
    part = mime.text(plain, "plain", "Shift_JIS", "base64")
    eml = reply(po, ("佐藤 健一", "k-sato@hokuyo-kinzoku.example"), mime.when(2026, 12, 2, 10, 20, 41, 9), part,
                prefix="RE: ", hdr_charset="Shift_JIS", lang_tag="ja-JP")
    exp = confirmation("Shift_JIS base64: line 2 price 172 -> 180 JPY and date 2027年1月8日 (3 weeks late); "
                       "lines 1 and 3 'ご指定通り' (as specified); full-width list numerals and old price in text.",
                       (po, {1: acc(po, 1), 2: chg(po, 2, unit_price="180", date="2027-01-08"), 3: acc(po, 3)}))
    return Case("japanese-shift-jis-nouki-kaitou", "confirmation", "ja-JP",
                "Shift_JIS base64, 年月日 dates, old and new price in one sentence, full-width numerals",
                [po], eml, exp)


@case
def chinese_gb2312():
    sup = S("MGWELD", "宁波明光焊接防护用品有限公司", "sales@mg-weldsafe.example", "zh-CN")
    po = PO("4500231895", sup, "priya", "CNY", "2026-11-24", [
        ("WHL-AD-11", "Auto-darkening filter 110x90 mm, shade 9-13, optical class 1/1/1/2", 600, "PCS", "96.00",
         "2026-12-21"),
        ("WHL-CP-OUT", "Outer cover lens 114x133 mm, polycarbonate", 5000, "PCS", "1.15", "2026-12-21"),
        ("WHL-CP-IN", "Inner cover lens 98x43 mm, polycarbonate", 4000, "PCS", "0.62", "2026-12-21"),
    ], req="2026-11-24 10:40")
    t = po.sent_in(8)
    body = """Priya 您好！

贵司订单 4500231895 已收到，谢谢！现确认如下：

1. 自动变光滤光片 WHL-AD-11：600 片，单价 96.00 元，交期 2026年12月21日。
2. 外保护片 WHL-CP-OUT：5000 片，单价 1.15 元，交期 2026年12月21日。
3. 内保护片 WHL-CP-IN：因PC原材料短缺，本批只能供 3000 片，单价不变，交期 2027年1月8日。剩余 1000 片我司无法供货，请另行安排。

如有问题请随时联系。

祝好！
陈丽华 Lisa Chen
外贸部
宁波明光焊接防护用品有限公司
电话：0574-5555 8712  手机：138 5555 0917
地址：浙江省宁波市鄞州区工业园区金谷路88号

------------------ 原始邮件 ------------------
发件人: "Priya Natarajan"<priya.natarajan@corvane.example>;
发送时间: 2026年11月24日(星期二) 下午%d:%02d
收件人: "sales"<sales@mg-weldsafe.example>;
主题: Order acknowledgment request: PO 4500231895

""" % (t.hour - 12, t.minute)
    plain = body + request_text(po)
    part = mime.text(plain, "plain", "GB2312", "base64")
    eml = reply(po, ("陈丽华", "lisa.chen@mg-weldsafe.example"), mime.when(2026, 11, 26, 15, 8, 26, 8), part,
                prefix="回复：", style="foxmail", hdr_charset="GB2312", extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    exp = confirmation("GB2312/base64, Foxmail quote header; line 3 only 3000 of 4000 pcs, remaining 1000 "
                       "explicitly not supplied, delivered 2027年1月8日.",
                       (po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, quantity=3000, date="2027-01-08")}))
    return Case("chinese-gb2312-partial-quantity", "confirmation", "zh-CN",
                "GB2312 base64, Foxmail '原始邮件' quote, reduced quantity with remainder declined",
                [po], eml, exp)


@case
def taiwan_big5():
    sup = S("HSBRG", "宏昇精密軸承股份有限公司", "sales@hsbearing.example", "zh-TW")
    po = PO("4500231908", sup, "kenji", "TWD", "2026-11-25", [
        ("FRB-688-ZZ", "Stainless bearing 8x16x5 mm, ZZ, reel handle", 3000, "PCS", "11.50", "2026-12-18"),
        ("FRB-OWC-9", "One-way clutch bearing 9x13x10 mm (anti-reverse)", 800, "PCS", "58.00", "2027-01-08"),
    ], req="2026-11-25 09:00")
    body = """森先生 您好：

感謝貴公司訂單 4500231908，茲回覆交期如下：

項次1  FRB-688-ZZ 不鏽鋼軸承 8x16x5 ZZ  3,000 個  單價 NT$11.50
       出貨日：115/12/11　預計到貨日：115/12/18
項次2  FRB-OWC-9 單向離合軸承 9x13x10  800 個  單價 NT$61.00（原物料調漲，敬請見諒）
       出貨日：116/01/08　預計到貨日：116/01/15

以上，若有任何問題請與我聯絡，謝謝。

林志明 Jimmy Lin
業務部 經理
宏昇精密軸承股份有限公司
TEL: 04-2555-6618 #215  FAX: 04-2555-6619
台中市西屯區工業區三十路18號
統一編號：84512376

"""
    plain = body + outlook_plain(po, "zh-TW", 8, sep="-----Original Message-----")
    part = mime.text(plain, "plain", "Big5", "base64")
    eml = reply(po, ("林志明", "jimmy.lin@hsbearing.example"), mime.when(2026, 12, 1, 11, 30, 5, 8), part,
                prefix="RE: ", hdr_charset="Big5", lang_tag="zh-TW")
    exp = confirmation("Big5; dates in ROC (Minguo) years: 115/12/18 = 2026-12-18, 116/01/15 = 2027-01-15; "
                       "ship date and expected arrival both given, arrival wins; line 2 price 61.00.",
                       (po, {1: acc(po, 1), 2: chg(po, 2, unit_price="61.00", date="2027-01-15")}))
    return Case("taiwan-big5-roc-calendar-dates", "confirmation", "zh-TW",
                "Big5, ROC-calendar dates 115/12/18, ship and arrival dates side by side, 統一編號 in signature",
                [po], eml, exp)


@case
def korean_euckr():
    sup = S("DHMEDI", "대한메디캐스터(주)", "sales@dh-medicaster.example", "ko-KR")
    po = PO("4500231913", sup, "emma", "KRW", "2026-11-25", [
        ("HBC-150-CL", "Hospital bed castor 150 mm, central lock, TPU", 200, "EA", "28500", "2026-12-21"),
        ("HBC-150-FR", "Hospital bed castor 150 mm, free swivel, TPU", 200, "EA", "24000", "2026-12-21"),
        ("HBC-BRK-PDL", "Central lock pedal set", 50, "SET", "41000", "2027-01-11"),
    ], req="2026-11-25 10:30")
    body = """Emma Novak 님, 안녕하십니까.

대한메디캐스터 해외영업팀 박지훈입니다.
발주서 4500231913 건 아래와 같이 회신드립니다.

1. HBC-150-CL (중앙잠금 캐스터 150mm): 200개, 단가 28,500원, 납기 2026.12.21
2. HBC-150-FR (자유회전 캐스터 150mm): 200개, 단가 24,000원, 납기 2026.12.21
3. HBC-BRK-PDL (중앙잠금 페달 세트): 50세트, 단가 41,000원, 납기 2027.01.25
   (금형 수리로 인해 요청 납기 대비 2주 지연되는 점 양해 부탁드립니다.)

감사합니다.
박지훈 드림

대한메디캐스터(주) 해외영업팀 | 과장 박지훈
경기도 안산시 단원구 산단로 155
T. 031-555-7240 | M. 010-5555-3318
사업자등록번호 134-81-55210

"""
    plain = body + outlook_plain(po, "ko", 9, sep="-----Original Message-----")
    part = mime.multipart("alternative", [
        mime.text(plain, "plain", "EUC-KR", "base64"),
        mime.text(html_doc(text_to_html(body) + outlook_html(po, "ko", 9), "EUC-KR", font="'Malgun Gothic'"),
                  "html", "EUC-KR", "base64")], mime.bnd("outlook", "korea"))
    eml = reply(po, ("박지훈", "jh.park@dh-medicaster.example"), mime.when(2026, 12, 3, 9, 12, 50, 9), part,
                prefix="RE: ", hdr_charset="EUC-KR", lang_tag="ko-KR", crlf=True)
    exp = confirmation("EUC-KR; dates as 2026.12.21; line 3 delivered 2027.01.25, two weeks after the requested "
                       "11 Jan; business registration number in signature.",
                       (po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, date="2027-01-25")}))
    return Case("korean-euc-kr-dotted-dates", "confirmation", "ko-KR",
                "EUC-KR text+HTML, yyyy.mm.dd dates, late line phrased as a polite request",
                [po], eml, exp)


@case
def kazakh_koi8r():
    sup = S("KAZRELS", "TOO Kazrelsdetal", "sbyt@kazrelsdetal.example", "ru-KZ")
    po = PO("4500231918", sup, "mikkel", "KZT", "2026-11-25", [
        ("RSC-SKL-14", "Rail tension clamp SKL 14, spring steel, oiled", 20000, "PCS", "410.00", "2026-12-18"),
        ("RSC-WFP-15", "Angled guide plate Wfp 15a, polyamide", 10000, "PCS", "620.00", "2026-12-18"),
        ("RSC-SS36", "Sleeper screw Ss 36, 24x160 mm", 20000, "PCS", "295.00", "2026-12-18"),
    ], req="2026-11-25 13:00", ship_to="Corvane Central Asia LLP, Promzona 14, Karaganda 100000, Kazakhstan")
    body = """Уважаемый Миккель, добрый день!

Подтверждаем заказ N 4500231918 от 25.11.2026 со следующими изменениями:

1. Клемма SKL 14 - 20 000 шт. по 410,00 тенге, отгрузка 14.12.2026.
2. Подкладка угловая Wfp 15a - позиция снята с производства, поставить не можем.
3. Шуруп путевой Ss 36 - 16 000 шт. по 295,00 тенге (остаток 4 000 шт. поставить не сможем), отгрузка 14.12.2026.

Условия поставки: FCA ст. Караганда-Сортировочная.

С уважением,
Ержан Сейткалиев
менеджер отдела сбыта
ТОО "Казрельсдеталь"
тел. +7 7212 55-41-08, моб. +7 701 555 2290
БИН 080540012345

"""
    plain = body + outlook_plain(po, "ru", 5, sep="-----Original Message-----")
    part = mime.text(plain, "plain", "KOI8-R", "base64")
    eml = reply(po, ("Ержан Сейткалиев", "e.seitkaliyev@kazrelsdetal.example"), mime.when(2026, 11, 30, 12, 40, 2, 5),
                part, prefix="RE: ", hdr_charset="KOI8-R", lang_tag="ru-RU")
    exp = confirmation("KOI8-R; only ship dates (отгрузка 14.12.2026) so date = ship date; line 2 discontinued "
                       "(rejected); line 3 16 000 of 20 000; space as thousands separator; BIN in signature.",
                       (po, {1: chg(po, 1, date="2026-12-14"), 2: rej(),
                             3: chg(po, 3, quantity=16000, date="2026-12-14")}))
    return Case("kazakh-russian-koi8r-shipdates", "confirmation", "ru-KZ",
                "KOI8-R base64, ship-date-only answers, one line rejected, '20 000' space thousands",
                [po], eml, exp)


@case
def ukrainian_koi8u():
    sup = S("KARPREM", "TOV Karpatski Remeni", "zbut@karpatremeni.example", "uk-UA")
    po = PO("4500231923", sup, "emma", "UAH", "2026-11-26", [
        ("ABS-LTH-40", "Accordion bellows strap, leather, 40 mm, black", 150, "PR", "420.00", "2026-12-18"),
        ("ABS-BCK-40", "Bass strap, leather 40 mm, adjustable", 150, "EA", "310.00", "2026-12-18"),
        ("ABS-BUK-NI", "Nickel-plated buckle 40 mm", 300, "EA", "38.00", "2027-01-15"),
    ], req="2026-11-26 09:45")
    body = """Добрий день, пані Емма!

Дякуємо за замовлення N 4500231923. Підтверджуємо:

- ремені для міхів, шкіра 40 мм, чорні: 150 пар по 420,00 грн, відвантаження 16 грудня;
- басові ремені 40 мм: 150 шт. по 310,00 грн, відвантаження 16 грудня;
- пряжки нікельовані 40 мм: 300 шт. по 38,00 грн - до 15 січня 2027 р., як Ви просили.

Перевізник - Нова пошта, номер ТТН повідомимо в день відвантаження.

З повагою,
Оксана Гнатюк
менеджер зі збуту
ТОВ "Карпатські ремені", м. Коломия
тел. +380 3433 5 55 17, моб. +380 67 555 40 21
ЄДРПОУ 38815524

"""
    plain = body + outlook_plain(po, "uk", 2, sep="-----Original Message-----")
    part = mime.text(plain, "plain", "KOI8-U", "base64")
    eml = reply(po, ("Оксана Гнатюк", "o.hnatiuk@karpatremeni.example"), mime.when(2026, 12, 2, 11, 5, 38, 2), part,
                prefix="RE: ", hdr_charset="KOI8-U", lang_tag="uk-UA")
    exp = confirmation("KOI8-U; Ukrainian genitive month names ('16 грудня', '15 січня'); lines 1-2 give a ship "
                       "date only ('відвантаження 16 грудня') -> 2026-12-16; line 3 'до 15 січня' as requested.",
                       (po, {1: chg(po, 1, date="2026-12-16"), 2: chg(po, 2, date="2026-12-16"), 3: acc(po, 3)}))
    return Case("ukrainian-koi8u-genitive-months", "confirmation", "uk-UA",
                "KOI8-U, month names in genitive, ship-date-only answers, tracking-number promise", [po], eml, exp)


@case
def polish_cp1250():
    sup = S("SCENOTEC", "Scenotech Sp. z o.o.", "biuro@scenotech.example", "pl-PL")
    po = PO("4500231927", sup, "emma", "PLN", "2026-11-26", [
        ("TSG-106-SH", "Colour filter sheet 106 Primary Red, 53x61 cm", 100, "PCS", "24.50", "2026-12-14"),
        ("TSG-201-SH", "Colour filter sheet 201 Full CT Blue, 53x61 cm", 150, "PCS", "24.50", "2026-12-14"),
        ("TSG-216-RL", "Diffusion filter 216 White, roll 1.22 x 7.62 m", 10, "EA", "389.00", "2026-12-14"),
    ], req="2026-11-26 14:20")
    body = """Dzień dobry Pani Emmo,

dziękujemy za zamówienie nr 4500231927. Potwierdzamy realizację:

poz. 1 – 106 Primary Red, 100 ark. – 24,50 zł/ark. – dostawa 14.12.2026 r.
poz. 2 – 201 Full CT Blue, 150 ark. – 24,50 zł/ark. – dostawa 14.12.2026 r.
poz. 3 – 216 White Diffusion, rolka – cena 412,00 zł netto/szt. (nowy cennik producenta od 01.12.2026 r.), dostawa 21.12.2026 r.

Faktura zostanie wystawiona w dniu wysyłki, termin płatności 30 dni.

Z poważaniem
Katarzyna Wiśniewska
Specjalista ds. sprzedaży
Scenotech Sp. z o.o.
ul. Fabryczna 17, 90-344 Łódź
tel. +48 42 555 31 08, kom. +48 601 555 204
NIP 725-187-55-12, REGON 101455872, KRS 0000418852
Sąd Rejonowy dla Łodzi-Śródmieścia w Łodzi, XX Wydział Gospodarczy KRS, kapitał zakładowy 50 000,00 zł
"""
    part = outlook_alt(po, body, "pl", 1, charset="windows-1250", seed="pl")
    eml = reply(po, ("Katarzyna Wiśniewska", "k.wisniewska@scenotech.example"), mime.when(2026, 11, 30, 10, 15, 3, 1),
                part, prefix="ODP: ", hdr_charset="windows-1250", hdr_mode="Q", lang_tag="pl-PL")
    exp = confirmation("windows-1250 QP; line 3 restates no quantity (roll) but a new price 412,00 zł and date "
                       "21.12.2026 r.; NIP/REGON/KRS and share capital 50 000,00 zł in the footer.",
                       (po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, unit_price="412.00", date="2026-12-21")}))
    return Case("polish-cp1250-registry-footer", "confirmation", "pl-PL",
                "windows-1250, 'r.' after dates, NIP/REGON/KRS/capital numbers in footer", [po], eml, exp)
