"""Chunk A: confirmations 1-15 (the special scenarios of the brief, first half)."""
from __future__ import annotations

from ailib import mime as M
from ailib.clients import (outlook_msg, gmail_msg, apple_msg, tb_msg, plain_msg, alt_msg, html_only_msg,
                           outlook_block, our_addr, mid_outlook, mid_gmail, mid_uuid, mid_plain, received)
from ailib.core import (case, po, supplier, rid, A, C, R, U, conf, expect, request_text, req_subject,
                        cw_fri, wd, per, times, pct, fmt_table, D, next_on_or_after)
from ailib.pdf import simple_doc, make_pdf
from ailib.xlsx import make_xlsx


# ------------------------------------------------------------------ 1
@case("guitar-strings-all-ok-outlook", "confirmation/en-GB",
      "String gauges like 10-46, 12-53 and 45-105 look like quantities or dates, and a winding-run date (20th November) is not the delivery date.")
def c_guitar():
    s = supplier("HALCYON", "Halcyon String Works Ltd", "orders@halcyon-strings.example", "en-GB")
    p = po("TPS-26-04418", s, "dana", "2026-11-02", [
        ("HSW-E1046-12", "Electric guitar string set 10-46, nickel wound, box of 12 sets", 20, "BOX", "38.40", "2026-12-04"),
        ("HSW-A1253", "Acoustic guitar set 12-53, phosphor bronze", 120, "SET", "4.10", "2026-12-04"),
        ("HSW-B45105", "Bass string set 45-105, long scale 34 in", 36, "SET", "11.75", "2026-12-04"),
    ], currency="GBP")
    reply = """Hi Dana,

Thanks for the order. All three lines confirmed as per your PO - quantities, prices and the 4th December delivery are all fine.

The 12-53 acoustic sets are on the shelf; the 45-105 bass sets come off the next winding run on 20th November, so still in good time for you.

Kind regards,
Tom Pritchard
Sales Office | Halcyon String Works Ltd
Unit 4, Kingsway Trading Estate, Leicester LE3 2TX
T +44 116 496 0731

This e-mail and any attachments are confidential and intended solely for the addressee."""
    date = M.mdate(2026, 11, 10, 10, 42, 17, "+0000")
    eml = outlook_msg(seed="c1", frm=M.addr("Tom Pritchard", "tom.pritchard@halcyon-strings.example"),
                      to=our_addr(p), subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c1"),
                      irt=rid(p), refs=rid(p), reply=reply, hdr_block=outlook_block(p, "en", "09:12"),
                      quoted=request_text(p), lang="EN-GB", clang="en-GB")
    exp = expect("confirmation", "Plain 'all confirmed'; gauges 10-46/12-53/45-105 and the 20th November winding run are distractors.",
                 conf(p, {1: A(p, 1), 2: A(p, 2), 3: A(p, 3)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 2
@case("chainsaw-erp-pdf-ab", "confirmation/de-DE",
      "German ERP PDF with own positions 10/20/30 and own article numbers; KW 50 as delivery week, one ship-vs-delivery date pair and a price adjustment.")
def c_chainsaw():
    s = supplier("BRANDAUER", "Forsttechnik Brandauer GmbH", "vertrieb@forst-brandauer.example", "de-DE")
    p = po("4500019273", s, "jonas", "2026-11-03", [
        ("MS-462-C-M-50", "Chainsaw MS 462 C-M, bar 50 cm, 3/8 in chain", 6, "EA", "1089.00", "2026-12-11"),
        ("CH-38-RS-72", "Saw chain 3/8 in RS 1.6 mm, 72 drive links", 40, "EA", "34.90", "2026-12-11"),
        ("HLM-PRO-3", "Forestry helmet set with ear muffs, EN 397", 12, "EA", "62.50", "2026-12-11"),
    ])
    assert cw_fri(2026, 50) == "2026-12-11"
    pdf = simple_doc([
        ("b", "Forsttechnik Brandauer GmbH", 14),
        "Am Sägewerk 7 - 94227 Zwiesel - Tel. 09922 80 44-0 - USt-IdNr. DE 287 114 593",
        ("gap",),
        "Tessera Procurement Services",
        "Wareneingang / Goods-in",
        "Harbour Road 12",
        ("gap",),
        ("b", "AUFTRAGSBESTÄTIGUNG  Nr. 2026-AB-31877", 13),
        ("row", [(50, "Datum: 11.11.2026"), (200, "Kunden-Nr.: 40718"), (350, "Ihre Bestellung: 4500019273 vom 03.11.2026")]),
        ("row", [(50, "Bezug: Angebot 2026-AN-2290 vom 28.10.2026"), (350, "Sachbearbeiter: K. Rössler")]),
        ("gap",),
        "Wir danken für Ihren Auftrag und bestätigen wie folgt:",
        ("rule",),
        ("row", [(50, "Pos."), (85, "Artikel"), (175, "Bezeichnung"), (380, "Menge"), (425, "Preis/Stk"), (490, "Betrag EUR")]),
        ("rule",),
        ("row", [(50, "10"), (85, "1142-011-3005"), (175, "Motorsäge MS 462 C-M, Schiene 50 cm"), (380, "6 Stk"), (425, "1.089,00"), (490, "6.534,00")]),
        ("row", [(85, ""), (175, "Ihre Art.-Nr.: MS-462-C-M-50"), (380, "Liefertermin: KW 50/2026")]),
        ("row", [(50, "20"), (85, "3689-005-0072"), (175, "Sägekette 3/8\" RS 1,6 mm, 72 TG"), (380, "40 Stk"), (425, "34,90"), (490, "1.396,00")]),
        ("row", [(85, ""), (175, "Ihre Art.-Nr.: CH-38-RS-72"), (380, "Versand: 14.12.2026")]),
        ("row", [(85, ""), (175, ""), (380, "Liefertermin: 16.12.2026")]),
        ("row", [(50, "30"), (85, "0000-888-0809"), (175, "Schutzhelmset Forst, EN 397 / EN 352"), (380, "12 Stk"), (425, "64,80"), (490, "777,60")]),
        ("row", [(85, ""), (175, "Ihre Art.-Nr.: HLM-PRO-3"), (380, "Liefertermin: KW 50/2026")]),
        ("row", [(85, ""), (175, "Preisanpassung lt. Herstellerliste 11/2026")]),
        ("rule",),
        ("row", [(380, "Nettobetrag"), (490, "8.707,60")]),
        ("row", [(380, "zzgl. 19 % MwSt."), (490, "1.654,44")]),
        ("row", [(380, "Gesamtbetrag"), (490, "10.362,04")]),
        ("gap",),
        "Lieferbedingung: DAP Lieferadresse (Incoterms 2020), frei Haus ab 500 EUR Warenwert",
        "Zahlungsbedingung: 14 Tage 2 % Skonto, 30 Tage netto",
        "Es gelten unsere Allgemeinen Geschäftsbedingungen, Stand 01.2026.",
    ], title="Auftragsbestaetigung 2026-AB-31877", producer="proALPHA ERP 8.0", compress=True)
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 2026-AB-31877 zu Ihrer Bestellung 4500019273.

Bitte prüfen Sie die Angaben. Abweichungen teilen Sie uns bitte innerhalb von 3 Werktagen mit.

Mit freundlichen Grüßen
Forsttechnik Brandauer GmbH

--
Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse werden nicht gelesen.
Bei Fragen: vertrieb@forst-brandauer.example
Geschäftsführer: Andreas Brandauer | Amtsgericht Deggendorf HRB 3318"""
    date = M.mdate(2026, 11, 11, 6, 3, 41, "+0100")
    eml = plain_msg(seed="c2", frm=M.addr("Forsttechnik Brandauer ERP", "erp-noreply@forst-brandauer.example"),
                    to=M.addr("Jonas Weller", "jonas.weller@tessera-procure.example"),
                    subject=M.subj("Auftragsbestätigung 2026-AB-31877 zu Ihrer Bestellung 4500019273"), date=date,
                    msgid=mid_plain("c2", "erp.forst-brandauer.example", "AB.31877."), body_text=body,
                    cs="iso-8859-1", cte="quoted-printable",
                    attachments=[M.attachment(pdf, "application/pdf", "AB_2026-AB-31877.pdf")],
                    extra=[("X-Mailer", "proALPHA Mailservice")])
    exp = expect("confirmation",
                 "ERP PDF: pos 10 KW 50 = 2026-12-11 as ordered; pos 20 delivery 16.12 wins over ship 14.12; pos 30 price 64,80 instead of 62.50. Offer date 28.10, AGB 01.2026 and payment days are distractors.",
                 conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-16"), 3: C(p, 3, price="64.80")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 3
@case("eggs-trays-of-30-gmail", "confirmation/fr-FR",
      "Egg price given per tray of 30 while the PO is per egg; a discontinued cream line is refused; lay date 3/12 and shelf-life 28 days are distractors.")
def c_eggs():
    s = supplier("TROISCHENES", "Ferme Avicole des Trois Chênes", "commandes@troischenes.example", "fr-FR")
    p = po("TPS-26-04502", s, "lena", "2026-11-04", [
        ("OEUF-M-PA", "Oeufs frais plein air, calibre M (53-63 g)", 3600, "EA", "0.14", "2026-12-08"),
        ("OEUF-L-BIO", "Oeufs bio, calibre L (63-73 g)", 1800, "EA", "0.21", "2026-12-08"),
        ("CREME-35-1L", "Crème liquide 35 % MG, brique 1 L", 48, "EA", "3.95", "2026-12-08"),
    ])
    wd("2026-12-08", 1)
    reply = """Bonjour Madame Brandt,

Bien reçu votre commande, merci.

- œufs plein air M : 120 plateaux de 30, soit 3 600 œufs, à 4,50 € HT le plateau (nouveau tarif au 1er décembre, hausse du prix de l'aliment) ;
- œufs bio L : OK, 60 plateaux, 0,21 € l'œuf ;
- crème 35 % : nous ne faisons plus la brique de 1 L, seulement le seau de 5 L, donc on ne pourra pas vous la livrer, désolée.

Livraison le mardi 8 décembre entre 6 h et 8 h, comme d'habitude.
Les œufs seront pondus au plus tard le 3/12 (DLC 28 jours).

Bonne journée,
Hélène Marchal
Ferme Avicole des Trois Chênes - 01400 Châtillon-sur-Chalaronne
06 71 44 09 18"""
    attr = "Le mer. 4 nov. 2026 à 10:31, Lena Brandt <lena.brandt@tessera-procure.example> a écrit :"
    date = M.mdate(2026, 11, 12, 7, 55, 3, "+0100")
    eml = gmail_msg(seed="c3", frm=M.addr("Hélène Marchal", "commandes@troischenes.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c3"), irt=rid(p), refs=rid(p),
                    reply=reply, attr=attr, quoted=request_text(p))
    exp = expect("confirmation",
                 "4,50 EUR per tray of 30 = 0.15 per egg (PO 0.14); bio line as ordered; cream 1 L no longer made -> rejected. 1er décembre (tariff), 3/12 (lay date) and 28 jours are not delivery dates.",
                 conf(p, {1: C(p, 1, price=per("4.50", 30)), 2: A(p, 2), 3: R}))
    return [p], eml, exp


# ------------------------------------------------------------------ 4
@case("tent-rental-earlier-setup", "confirmation/it-IT",
      "Rental confirmed with set-up one day earlier than asked; a dismantling date (14/12) follows and only 2 of 3 heaters are available.")
def c_tents():
    s = supplier("LARIO", "Tendostrutture Lario S.r.l.", "noleggi@tendolario.example", "it-IT")
    p = po("TPS-26-04377", s, "priya", "2026-11-02", [
        ("TND-PAG-5x5", "Noleggio gazebo pagoda 5x5 m, montaggio incluso", 4, "EA", "420.00", "2026-12-10"),
        ("TND-STR-10x20", "Noleggio tensostruttura 10x20 m con pareti laterali", 1, "EA", "3850.00", "2026-12-10"),
        ("RISC-30KW", "Noleggio riscaldatore a gasolio 30 kW", 3, "EA", "145.00", "2026-12-10"),
    ])
    wd("2026-12-09", 2)
    wd("2026-12-14", 0)
    reply = """Buongiorno Sig.ra Nair,

confermiamo il noleggio come da Vs. ordine TPS-26-04377, prezzi invariati, con le seguenti variazioni:

1) il 10/12 la nostra squadra di montaggio è impegnata su un altro cantiere a Como, quindi montiamo tutte le strutture (4 pagode 5x5 e la tensostruttura 10x20) mercoledì 9 dicembre, entro le ore 12:00;
2) dei riscaldatori da 30 kW ne abbiamo disponibili solo 2 per quelle date, li consegniamo insieme alle strutture il 9/12.

Lo smontaggio è previsto per lunedì 14/12 dalle 8:00.

Cordiali saluti

Davide Colombo
Ufficio Noleggi
Tendostrutture Lario S.r.l. - Via per Lecco 41, 22036 Erba (CO)
Tel. +39 031 640 2271"""
    date = M.mdate(2026, 11, 9, 16, 20, 44, "+0100")
    eml = outlook_msg(seed="c4", frm=M.addr("Davide Colombo", "d.colombo@tendolario.example"), to=our_addr(p),
                      subject="R: " + req_subject(p), date=date, msgid=mid_outlook("c4"), irt=rid(p), refs=rid(p),
                      reply=reply, hdr_block=outlook_block(p, "it", "11:40"), quoted=request_text(p),
                      lang="IT", clang="it-IT")
    exp = expect("confirmation",
                 "All lines moved to Wed 9/12 (one day early); heaters only 2 of 3; 14/12 is dismantling, not delivery.",
                 conf(p, {1: C(p, 1, date="2026-12-09"), 2: C(p, 2, date="2026-12-09"),
                          3: C(p, 3, quantity=2, date="2026-12-09")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 5
@case("cable-ties-price-per-1000", "confirmation/es-ES",
      "Cable ties ordered per bag of 100 but priced per 1000 pieces; ship date 24/11 and delivery date 26/11 both given.")
def c_cableties():
    s = supplier("EBRO", "Bridas y Fijaciones Ebro S.L.", "pedidos@bridas-ebro.example", "es-ES")
    p = po("TPS-26-04611", s, "sam", "2026-11-05", [
        ("BR-200x4.8-N", "Brida nylon 6.6 negra 200 x 4,8 mm, bolsa 100 uds", 50, "BAG", "4.20", "2026-11-27"),
        ("BR-300x4.8-N", "Brida nylon 6.6 negra 300 x 4,8 mm, bolsa 100 uds", 30, "BAG", "6.10", "2026-11-27"),
        ("BR-150x3.6-UV", "Brida resistente UV 150 x 3,6 mm, bolsa 100 uds", 40, "BAG", "2.30", "2026-11-27"),
    ])
    wd("2026-11-26", 3)
    reply = """Hola Sam,

te confirmo el pedido TPS-26-04611:

- brida 200x4,8 negra: 5.000 uds (50 bolsas) a 39,00 €/1000 uds
- brida 300x4,8 negra: 3.000 uds a 61,00 €/1000 uds
- brida 150x3,6 UV: 4.000 uds a 23,00 €/1000 uds

Sale de nuestro almacén de Zaragoza el 24/11 y se entrega en vuestras instalaciones el jueves 26/11.

Un saludo,
--
Marta Lozano Gil
Departamento Comercial
Bridas y Fijaciones Ebro S.L.
Pol. Ind. Malpica, calle E, nave 18 - 50016 Zaragoza
Tel. 976 57 31 40"""
    attr = "El 05/11/2026 a las 14:07, Sam Okafor escribió:"
    date = M.mdate(2026, 11, 10, 11, 3, 12, "+0100")
    eml = tb_msg(seed="c5", frm=M.addr("Marta Lozano Gil", "m.lozano@bridas-ebro.example"), to=our_addr(p),
                 subject="Re: " + req_subject(p), date=date, msgid=mid_uuid("c5", "bridas-ebro.example"),
                 irt=rid(p), refs=rid(p), reply=reply, attr=attr, quoted=request_text(p),
                 cs="ISO-8859-15", cte="quoted-printable", lang="es-ES")
    exp = expect("confirmation",
                 "Per-1000 prices -> per bag of 100: 3.90 (PO 4.20, changed), 6.10 and 2.30 (unchanged). Delivery 26/11 wins over ship 24/11; all three one day earlier than requested.",
                 conf(p, {1: C(p, 1, price=times(per("39.00", 1000), 100), date="2026-11-26"),
                          2: C(p, 2, date="2026-11-26"), 3: C(p, 3, date="2026-11-26")}))
    assert times(per("61.00", 1000), 100) == "6.10" and times(per("23.00", 1000), 100) == "2.30"
    return [p], eml, exp


# ------------------------------------------------------------------ 6
@case("screw-tubs-misaligned-text-table", "confirmation/nl-NL",
      "Confirmation as a plain-text table whose columns no longer line up; sizes like 3,5x25 and M8 sit next to quantities; dates as day-month without year.")
def c_screws():
    s = supplier("VANDIJK", "Bevestigingstechniek Van Dijk B.V.", "verkoop@vandijk-bevestiging.example", "nl-NL")
    p = po("TPS-26-04455", s, "jonas", "2026-11-03", [
        ("SPX-4.0x40-T500", "Spaanplaatschroef 4,0x40 Torx, verzinkt, emmer 500 st", 60, "TUB", "9.80", "2026-11-30"),
        ("SPX-5.0x60-T250", "Spaanplaatschroef 5,0x60 Torx, verzinkt, emmer 250 st", 40, "TUB", "11.40", "2026-11-30"),
        ("GIPS-3.5x25-T1000", "Gipsplaatschroef 3,5x25 fijne draad, emmer 1000 st", 80, "TUB", "7.95", "2026-11-30"),
        ("DIN934-M8-T200", "Zeskantmoer DIN 934 M8, verzinkt, emmer 200 st", 25, "TUB", "6.20", "2026-11-30"),
    ])
    wd("2026-12-07", 0)
    reply = """Beste Jonas,

Hierbij onze bevestiging van order TPS-26-04455:

Art.nr\tOmschrijving\tAantal\tPrijs\tLevering
SPX-4.0x40-T500  spaanpl.schr 4,0x40   60 emmers     9,80   30-11
SPX-5.0x60-T250 spaanpl.schr 5,0x60    40   11,40     30-11
GIPS-3.5x25-T1000     gipsschr. 3,5x25      96  7,95   30-11
DIN934-M8-T200   moer M8       25    6,45      7-12

De gipsschroeven gaan per doos van 8 emmers, daarom 96 i.p.v. 80.
De moeren M8 komen van een andere leverancier, die kunnen pas een week later en de prijs is helaas iets gestegen.

Met vriendelijke groet,

Ruud Verhoeven
Binnendienst
Bevestigingstechniek Van Dijk B.V. | Industrieweg 22 | 3861 NX Nijkerk
T 033 245 81 90"""
    attr = "Op 3 nov 2026, om 11:05 heeft Jonas Weller <jonas.weller@tessera-procure.example> het volgende geschreven:"
    date = M.mdate(2026, 11, 11, 14, 31, 9, "+0100")
    eml = apple_msg(seed="c6", frm=M.addr("Ruud Verhoeven", "r.verhoeven@vandijk-bevestiging.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_uuid("c6", "vandijk-bevestiging.example"),
                    irt=rid(p), refs=rid(p), reply=reply, attr=attr, quoted=request_text(p), html_too=False)
    exp = expect("confirmation",
                 "Misaligned pasted table: lines 1-2 as ordered; line 3 rounded to 96 tubs (cartons of 8); line 4 6,45 and 7-12 (= 2026-12-07). 4,0x40 / 3,5x25 / M8 are sizes.",
                 conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, quantity=96), 4: C(p, 4, price="6.45", date="2026-12-07")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 7
@case("rockwool-cw-2-2027", "confirmation/cs-CZ",
      "Czech supplier writing English gives delivery as 'CW 2/2027' (Friday 15 Jan 2027) next to a shutdown period 21.12.2026-03.01.2027; one line rounded down to full pallets.")
def c_rockwool():
    s = supplier("IZOTHERM", "IzoTherm Vysočina s.r.o.", "export@izotherm-vysocina.example", "cs-CZ")
    p = po("TPS-26-04720", s, "mira", "2026-11-09", [
        ("RW-SLAB-50-600x1000", "Rock wool slab 50 mm, 600x1000 mm, pack 7.2 m2", 90, "PAK", "21.60", "2027-01-08"),
        ("RW-SLAB-100-600x1000", "Rock wool slab 100 mm, 600x1000 mm, pack 3.6 m2", 60, "PAK", "21.90", "2027-01-08"),
        ("GW-ROLL-150-1200", "Glass wool roll 150 mm x 1200 mm, 5.4 m2 per roll", 40, "ROL", "18.30", "2027-01-08"),
    ])
    assert cw_fri(2027, 2) == "2027-01-15"
    reply = """Dear Ms. Kovač,

thank you for your order TPS-26-04720. We confirm all positions with prices as in your PO.

Because of our production shutdown between 21.12.2026 and 03.01.2027 the delivery will be CW 2/2027 instead of CW 1.

Glass wool rolls 150 mm are packed 12 rolls per pallet and we ship only full pallets, so we confirm 36 rolls (3 pallets) instead of 40.

Best regards

Ing. Petr Dvořák
Export Sales
IzoTherm Vysočina s.r.o. | Průmyslová 1184 | 588 13 Polná | Czech Republic
tel. +420 567 212 480"""
    date = M.mdate(2026, 11, 13, 9, 12, 55, "+0100")
    eml = outlook_msg(seed="c7", frm=M.addr("Petr Dvořák", "p.dvorak@izotherm-vysocina.example"), to=our_addr(p),
                      subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c7"), irt=rid(p), refs=rid(p),
                      reply=reply, hdr_block=outlook_block(p, "en", "15:02"), quoted=request_text(p),
                      cs="windows-1250", lang="CS", clang="cs-CZ")
    d = cw_fri(2027, 2)
    exp = expect("confirmation",
                 "CW 2/2027 -> Friday 2027-01-15 for all lines; line 3 36 rolls (full pallets). Shutdown dates and 600x1000 / 7.2 m2 are distractors.",
                 conf(p, {1: C(p, 1, date=d), 2: C(p, 2, date=d), 3: C(p, 3, quantity=36, date=d)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 8
@case("filters-except-item-3-quote-pdf", "confirmation/en-US",
      "'All OK except the price of item 3, see attached quote': the new price is only in the PDF, quoted per pad and per bag, next to a quote validity date.")
def c_filters():
    s = supplier("GLF", "Great Lakes Filtration Inc.", "sales@greatlakesfiltration.example", "en-US")
    p = po("TPS-26-04389", s, "dana", "2026-11-02", [
        ("GLF-PB-24x24x2-M8", "Pleated panel filter 24x24x2 in, MERV 8", 120, "EA", "6.85", "2026-12-01"),
        ("GLF-BAG-24x24x22-6P", "Bag filter 24x24x22 in, 6 pockets, MERV 14", 48, "EA", "27.40", "2026-12-01"),
        ("GLF-MEDIA-PES-20", "Polyester filter media pads 20x25 in, bag of 20", 10, "BAG", "44.00", "2026-12-01"),
        ("GLF-HEPA-610-H13", "HEPA H13 cell 610x610x292 mm", 6, "EA", "189.00", "2026-12-01"),
    ], currency="USD")
    reply = """Dana,

All OK except the price of item 3, see attached quote. Everything else ships to arrive 12/1 as requested.

Thanks,
Kevin

Kevin Marsh | Inside Sales
Great Lakes Filtration Inc. | 2250 Enterprise Dr, Toledo, OH 43612
Direct (419) 555-0148"""
    pdf = simple_doc([
        ("b", "GREAT LAKES FILTRATION INC.", 14),
        "2250 Enterprise Dr, Toledo, OH 43612  |  (419) 555-0100",
        ("gap",),
        ("b", "QUOTATION  Q-26-1187", 13),
        ("row", [(50, "Quote date: 11/09/2026"), (230, "Valid until: 12/31/2026"), (400, "Customer: Tessera Procurement")]),
        ("row", [(50, "Ref.: your PO TPS-26-04389, item 3"), (400, "Terms: Net 30")]),
        ("rule",),
        ("row", [(50, "Item"), (170, "Description"), (390, "Unit"), (450, "Price USD")]),
        ("rule",),
        ("row", [(50, "GLF-MEDIA-PES-20"), (170, "Polyester media pads 20x25 in"), (390, "pad"), (450, "2.45")]),
        ("row", [(170, "sold in bags of 20 pads"), (390, "bag/20"), (450, "49.00")]),
        ("row", [(50, "GLF-MEDIA-PES-R"), (170, "Polyester media roll 60 in x 30 yd"), (390, "roll"), (450, "118.00")]),
        ("rule",),
        "Minimum order: 5 bags. Lead time: 2-3 weeks ARO. FOB Toledo, OH.",
        "Price change due to resin surcharge effective 11/01/2026.",
        ("gap",),
        "Prepared by: Kevin Marsh",
    ], title="Quotation Q-26-1187", producer="QuickBooks Desktop PDF")
    date = M.mdate(2026, 11, 11, 15, 47, 30, "-0500")
    eml = outlook_msg(seed="c8", frm=M.addr("Kevin Marsh", "kmarsh@greatlakesfiltration.example"), to=our_addr(p),
                      subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c8", "namprd11"), irt=rid(p),
                      refs=rid(p), reply=reply, hdr_block=outlook_block(p, "en", "08:20"), quoted=request_text(p),
                      attachments=[M.attachment(pdf, "application/pdf", "Q-26-1187 Tessera.pdf")])
    exp = expect("confirmation",
                 "Lines 1, 2, 4 as ordered; line 3 new price from the PDF quote: 49.00 per bag of 20 (2.45 per pad). Quote validity 12/31 and minimum 5 bags are not commitments that change the line.",
                 conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, price=times("2.45", 20)), 4: A(p, 4)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 9
@case("implants-two-lines-colleague", "confirmation/de-AT",
      "Only lines 1 and 2 are confirmed in the body; plates and K-wires are handed to a colleague, and a lot expiry 10/2031 must not be read as a date.")
def c_implants():
    s = supplier("OSTEOMED", "Osteomed Handels GmbH", "bestellung@osteomed.example", "de-AT")
    p = po("TPS-26-04530", s, "lena", "2026-11-04", [
        ("OM-CS-4.0-40", "Kortikalisschraube Ti 4,0 x 40 mm, steril", 20, "EA", "38.50", "2026-11-25"),
        ("OM-CS-4.0-44", "Kortikalisschraube Ti 4,0 x 44 mm, steril", 20, "EA", "38.50", "2026-11-25"),
        ("OM-LCP-4.5-8H", "LCP-Platte 4,5 mm, 8 Loch, steril", 4, "EA", "412.00", "2026-11-25"),
        ("OM-KW-2.0-150", "Kirschner-Draht 2,0 x 150 mm, 10 Stk./Pkg., steril", 6, "PKG", "29.80", "2026-11-25"),
    ])
    reply = """Sehr geehrte Frau Brandt,

zu Ihrer Bestellung TPS-26-04530 darf ich Ihnen die Pos. 1 und 2 (Kortikalisschrauben 4,0 x 40 und 4,0 x 44 mm) bestätigen: je 20 Stück zu € 38,50, Zustellung am 25.11.
Die Schrauben kommen aus der Charge L2611-0457, sterilisiert 09/2026, verwendbar bis 10/2031.

Die Platten und die Kirschner-Drähte laufen über unser Lager in Graz - dazu meldet sich meine Kollegin Frau Mag. Huber direkt bei Ihnen.

Mit freundlichen Grüßen

Stefan Leitgeb
Innendienst Traumatologie
Osteomed Handels GmbH | Triester Straße 210 | 1230 Wien
T +43 1 616 38 20-14 | FN 402117 a, HG Wien"""
    date = M.mdate(2026, 11, 12, 13, 5, 18, "+0100")
    eml = outlook_msg(seed="c9", frm=M.addr("Leitgeb Stefan", "s.leitgeb@osteomed.example"), to=our_addr(p),
                      subject="AW: " + req_subject(p), date=date, msgid=mid_outlook("c9"), irt=rid(p), refs=rid(p),
                      reply=reply, hdr_block=outlook_block(p, "de", "08:47"), quoted=request_text(p),
                      lang="DE-AT", clang="de-AT")
    exp = expect("confirmation",
                 "Pos. 1+2 confirmed as ordered (25.11.); pos. 3+4 referred to a colleague -> unconfirmed. Sterilisation 09/2026 and expiry 10/2031 are lot data.",
                 conf(p, {1: A(p, 1), 2: A(p, 2), 3: U, 4: U}))
    return [p], eml, exp


# ------------------------------------------------------------------ 10
@case("road-salt-70-now-30-week-4", "confirmation/en-IE",
      "'70 now, 30 in week 4': a split where 'now' is pinned to this Thursday the 19th and week 4 means ISO week 4 of 2027.")
def c_salt():
    s = supplier("SHANNON", "Shannon Deicing Supplies Ltd", "sales@shannon-deicing.example", "en-IE")
    p = po("TPS-26-04640", s, "sam", "2026-11-06", [
        ("RS-BB-1000", "Road salt, brown rock 6 mm, big bag 1 t", 100, "BB", "98.00", "2026-11-27"),
        ("RS-BAG-25", "White de-icing salt, 25 kg bag", 400, "BAG", "6.40", "2026-11-27"),
    ])
    wd("2026-11-19", 3)
    assert cw_fri(2027, 4) == "2027-01-29"
    reply = """Hi Sam,

Big bags: we can do 70 now, 30 in week 4. The 70 go out on the lorry this Thursday the 19th, the balance of 30 once the next boat lands at Foynes - week 4 of January.
The 25 kg bags are grand, 400 on the 27th as asked.
Prices as per your PO.

Thanks,
Ciarán

--
Ciarán Ó Briain
Shannon Deicing Supplies Ltd, Dock Road, Limerick V94 K2T8"""
    attr = "On Fri, 6 Nov 2026 at 10:02, Sam Okafor <sam.okafor@tessera-procure.example> wrote:"
    date = M.mdate(2026, 11, 16, 8, 20, 2, "+0000")
    eml = gmail_msg(seed="c10", frm=M.addr("Ciarán Ó Briain", "ciaran@shannon-deicing.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c10"), irt=rid(p), refs=rid(p),
                    reply=reply, attr=attr, quoted=request_text(p))
    exp = expect("confirmation",
                 "Line 1 split: 70 on Thu 2026-11-19 and 30 in week 4 (Fri 2027-01-29); line 2 as ordered.",
                 conf(p, {1: C(p, 1, date="2027-01-29", schedule=[(70, "2026-11-19"), (30, "2027-01-29")]),
                          2: A(p, 2)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 11
@case("filament-iso-row-and-8-jan", "confirmation/en-SG",
      "The same new date appears as 2027-01-08 in pasted ERP rows (next to an ETD column) and as '8 Jan' in the text.")
def c_filament():
    s = supplier("LIONCITY", "Lion City Polymers Pte Ltd", "sales@lioncitypolymers.example", "en-SG")
    p = po("TPS-26-04702", s, "priya", "2026-11-09", [
        ("PLA-175-BLK-1K", "PLA filament 1.75 mm black, 1 kg spool", 200, "SPL", "14.20", "2026-12-18"),
        ("PETG-175-CLR-1K", "PETG filament 1.75 mm clear, 1 kg spool", 120, "SPL", "16.90", "2026-12-18"),
        ("ASA-285-GRY-1K", "ASA filament 2.85 mm grey, 1 kg spool", 40, "SPL", "24.50", "2026-12-18"),
    ], currency="USD")
    rows = fmt_table([
        ["Ln", "Our item", "Cust item", "Qty", "UOM", "Price USD", "ETD", "ETA"],
        ["10", "LCP-PL17-K", "PLA-175-BLK-1K", "200", "SPL", "14.20", "2026-12-15", "2027-01-08"],
        ["20", "LCP-PG17-C", "PETG-175-CLR-1K", "120", "SPL", "16.90", "2026-12-15", "2027-01-08"],
        ["30", "LCP-AS28-G", "ASA-285-GRY-1K", "40", "SPL", "24.50", "2026-12-15", "2027-01-08"],
    ], align="lllrlrll")
    reply = f"""Dear Priya,

Pls find our SO acknowledgement below. Due to year-end congestion all 3 lines will reach you on 8 Jan (sea freight, ETD Singapore 15 Dec). Prices unchanged.

SO No. SO-LCP-0026-3318    Cust PO: TPS-26-04702    SO date: 2026-11-17
{rows}

Regards,
Wong Mei Ling
Sales Coordinator
Lion City Polymers Pte Ltd | 21 Tuas Ave 8, Singapore 639238 | +65 6861 4420"""
    date = M.mdate(2026, 11, 17, 17, 40, 26, "+0800")
    eml = outlook_msg(seed="c11", frm=M.addr("Wong Mei Ling", "meiling.wong@lioncitypolymers.example"), to=our_addr(p),
                      subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c11", "apcprd06"), irt=rid(p),
                      refs=rid(p), reply=reply, hdr_block=outlook_block(p, "en", "16:55"), quoted=request_text(p),
                      lang="EN-SG", clang="en-SG")
    exp = expect("confirmation",
                 "ETA 2027-01-08 (= '8 Jan' in text) for all lines; ETD 2026-12-15 and SO date are not delivery dates.",
                 conf(p, {n: C(p, n, date="2027-01-08") for n in (1, 2, 3)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 12
@case("plasterboard-confirm-address-change", "confirmation/sv-SE",
      "Full confirmation, but the supplier asks to unload at another address; the street numbers are not quantities and the request does not undo the commitment.")
def c_plasterboard():
    s = supplier("GIPSGROSS", "Gipsgrossisten i Mälardalen AB", "order@gipsgrossisten.example", "sv-SE")
    p = po("TPS-26-04588", s, "jonas", "2026-11-05", [
        ("GN13-1200x2500", "Gipsskiva normal 12,5 mm, 1200x2500 mm", 240, "SHT", "6.95", "2026-11-26"),
        ("GV13-1200x2500", "Våtrumsskiva 12,5 mm, 1200x2500 mm", 60, "SHT", "11.40", "2026-11-26"),
        ("GF15-1200x2500", "Brandskyddsskiva 15 mm, 1200x2500 mm", 80, "SHT", "13.80", "2026-11-26"),
    ])
    wd("2026-11-26", 3)
    reply = """Hej Jonas,

Tack för ordern! Vi bekräftar samtliga rader enligt er beställning TPS-26-04588, leverans torsdag 26/11.

En sak: vår bil med kran kommer inte in på gården vid Industrigatan 14. Går det bra att vi lossar vid ert lager på Brovägen 3 i stället? Säg till om det inte fungerar, annars kör vi dit.

Med vänlig hälsning

Johanna Lindqvist
Orderavdelningen
Gipsgrossisten i Mälardalen AB
Verkstadsgatan 9, 721 36 Västerås
021-14 70 30"""
    date = M.mdate(2026, 11, 11, 10, 15, 40, "+0100")
    eml = outlook_msg(seed="c12", frm=M.addr("Johanna Lindqvist", "johanna.lindqvist@gipsgrossisten.example"),
                      to=our_addr(p), subject="SV: " + req_subject(p), date=date, msgid=mid_outlook("c12"),
                      irt=rid(p), refs=rid(p), reply=reply, hdr_block=outlook_block(p, "sv", "13:20"),
                      quoted=request_text(p), cs="iso-8859-1", lang="SV", clang="sv-SE")
    exp = expect("confirmation",
                 "All lines confirmed as ordered (Thu 26/11); the delivery-address question does not make it conditional.",
                 conf(p, {1: A(p, 1), 2: A(p, 2), 3: A(p, 3)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 13
@case("vaccine-carriers-ticket-agent-quote", "confirmation/en-US",
      "A helpdesk notification: the actual confirmation is inside the quoted agent comment, with ship vs delivery dates and a backorder split for ice packs.")
def c_vaccine():
    s = supplier("COLDPATH", "ColdPath Medical Logistics", "support@coldpath.example", "en-US")
    p = po("TPS-26-04655", s, "priya", "2026-11-06", [
        ("CP-VC-2.5L", "Vaccine carrier 2.5 L, WHO PQS E004, with 4 ice packs", 50, "EA", "68.00", "2026-12-04"),
        ("CP-IP-0.4", "Ice pack 0.4 L, PQS E005, case of 24", 20, "CS", "31.20", "2026-12-04"),
        ("CP-LOG-USB", "USB temperature logger, 30-day, single use", 100, "EA", "12.75", "2026-12-04"),
    ], currency="USD")
    agent = """Hi Priya,

I've checked with our fulfillment team. Your order TPS-26-04655 is confirmed: the 50 vaccine carriers and the 100 loggers ship from Memphis on 12/1 and will be delivered on 12/3.
The ice packs are on backorder - we can send 12 cases with the carriers (delivered 12/3) and the remaining 8 cases ship 12/15 for delivery 12/17.

Pricing as on your PO.

Marisol"""
    orig = request_text(p)
    plain = f"""##- Please type your reply above this line -##

Your request (#58817) has been updated. To add additional comments, reply to this email.

----------------------------------------------

Marisol Vega (ColdPath Support)

Nov 13, 2026, 2:18 PM EST

{agent}

----------------------------------------------

Priya Nair

Nov 9, 2026, 4:02 AM EST

{orig}
--------------------------------
This email is a service from ColdPath Support.
[K7QX2-M0RP]"""
    html = ('<html><body><div style="color:#b5b5b5">##- Please type your reply above this line -##</div>'
            '<p>Your request (#58817) has been updated. To add additional comments, reply to this email.</p>'
            '<div style="margin-top:25px"><table width="100%" cellpadding="0" cellspacing="0" border="0">'
            '<tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5">'
            '<p style="font-size:15px;margin:0"><strong>Marisol Vega</strong> (ColdPath Support)</p>'
            '<p style="color:#bbbbbb;font-size:13px;margin:0">Nov 13, 2026, 2:18 PM EST</p>'
            '<div class="zd-comment">' + M.html_lines(agent, "<p>", "</p>") + '</div></td></tr>'
            '<tr><td width="100%" style="padding:15px 0;border-top:1px dotted #c5c5c5">'
            '<p style="font-size:15px;margin:0"><strong>Priya Nair</strong></p>'
            '<p style="color:#bbbbbb;font-size:13px;margin:0">Nov 9, 2026, 4:02 AM EST</p>'
            '<div class="zd-comment"><pre>' + M.esc(orig) + '</pre></div></td></tr></table></div>'
            '<div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee">'
            'This email is a service from ColdPath Support.</div>'
            '<span style="color:#FFFFFF" aria-hidden="true">[K7QX2-M0RP]</span></body></html>\n')
    date = M.mdate(2026, 11, 13, 14, 18, 33, "-0500")
    eml = alt_msg(seed="c13", frm=M.addr("Marisol Vega (ColdPath Support)", "support@coldpath.example"),
                  to=our_addr(p), subject="[ColdPath] Re: " + req_subject(p), date=date,
                  msgid="<K7QX2M0RP_6745a1f2c3d9e_3a91f_sprut@zendesk.com>", irt=rid(p), refs=rid(p),
                  plain=plain, html=html, cs="utf-8", cte="quoted-printable",
                  extra=[("Reply-To", "ColdPath Support <support+id58817@coldpath.example>"),
                         ("X-Mailer", "Zendesk Mailer"), ("Auto-Submitted", "auto-generated"),
                         ("X-Zendesk-From-Account-Id", "3a91f")])
    exp = expect("confirmation",
                 "Ticket-system mail (Auto-Submitted) but the agent comment commits: carriers and loggers delivered 12/3 (ship 12/1); ice packs 12 cases 12/3 + 8 cases 12/17.",
                 conf(p, {1: C(p, 1, date="2026-12-03"),
                          2: C(p, 2, date="2026-12-17", schedule=[(12, "2026-12-03"), (8, "2026-12-17")]),
                          3: C(p, 3, date="2026-12-03")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 14
@case("cashew-non-native-english", "confirmation/vi-VN",
      "Non-native English ('we are confirm', 'will be arrive'); price per kg for a PO per 10 kg carton, a partial quantity with 'the rest we inform later', and ETD vs arrival date.")
def c_cashew():
    s = supplier("BPCASHEW", "Binh Phuoc Cashew Export Co., Ltd", "export@bpcashew.example", "vi-VN")
    p = po("TPS-26-04733", s, "lena", "2026-11-10", [
        ("CASH-WW320", "Cashew kernels WW320, carton 10 kg vacuum", 80, "CTN", "92.00", "2027-01-15"),
        ("CASH-WS", "Cashew kernels white splits WS, carton 10 kg", 40, "CTN", "71.50", "2027-01-15"),
        ("CASH-LP", "Cashew kernels large pieces LP, carton 10 kg", 30, "CTN", "64.00", "2027-01-15"),
    ], currency="USD")
    reply = """Dear Ms Lena,

Thank you very much for your order. We are confirm to your PO TPS-26-04733 as below:

- WW320: 80 cartons ok, but price is 9.45 USD per kg because the market of raw cashew is go up since last month, sorry for this.
- WS: ok as your price and quantity.
- LP: we are not have enough LP now, only can supply 20 cartons. The rest we will inform you later when have new crop.

The goods will be arrive to your warehouse at 12 Jan 2027, ETD Ho Chi Minh port 10 Dec 2026.

Best regard,
Nguyen Thi Thu Ha (Ms.)
Sales Dept. - Binh Phuoc Cashew Export Co., Ltd
Dong Xoai, Binh Phuoc, Vietnam
Tel/WhatsApp: +84 913 220 418"""
    attr = "Vào Th 3, 10 thg 11, 2026 vào lúc 15:40 Lena Brandt <lena.brandt@tessera-procure.example> đã viết:"
    date = M.mdate(2026, 11, 18, 10, 22, 47, "+0700")
    eml = gmail_msg(seed="c14", frm=M.addr("Thu Ha Nguyen", "export@bpcashew.example"), to=our_addr(p),
                    subject="Re: " + req_subject(p), date=date, msgid=mid_gmail("c14"), irt=rid(p), refs=rid(p),
                    reply=reply, attr=attr, quoted=request_text(p))
    d = "2027-01-12"
    exp = expect("confirmation",
                 "9.45 USD/kg x 10 kg = 94.50 per carton; LP only 20 cartons (rest not committed); arrival 12 Jan 2027 for all lines, ETD 10 Dec is shipping.",
                 conf(p, {1: C(p, 1, price=times("9.45", 10), date=d), 2: C(p, 2, date=d), 3: C(p, 3, quantity=20, date=d)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 15
@case("wine-corks-price-incl-vat", "confirmation/pt-PT",
      "Corks priced per bag including 23 % VAT while the PO is net; the net values equal the PO prices, so nothing actually changed.")
def c_corks():
    s = supplier("SORRAIA", "Corticeira do Vale do Sorraia, Lda.", "encomendas@cortica-sorraia.example", "pt-PT")
    p = po("TPS-26-04598", s, "mira", "2026-11-05", [
        ("ROL-NAT-45x24", "Rolha natural 45 x 24 mm, classe 2, saco 1000 un.", 12, "BAG", "310.00", "2026-12-14"),
        ("ROL-COL-38x23.5", "Rolha colmatada 38 x 23,5 mm, saco 1000 un.", 20, "BAG", "145.00", "2026-12-14"),
        ("ROL-TEC-44x23.5", "Rolha técnica 1+1, 44 x 23,5 mm, saco 1000 un.", 30, "BAG", "118.00", "2026-12-14"),
    ])
    for net, gross in (("310.00", "381.30"), ("145.00", "178.35"), ("118.00", "145.14")):
        assert pct(net, "23") == gross
    reply = """Boa tarde Sra. Kovač,

Confirmamos a V/ encomenda TPS-26-04598:

Rolha natural 45x24 cl. 2 – 12 sacos x 381,30 € (IVA incl.)
Rolha colmatada 38x23,5 – 20 sacos x 178,35 € (IVA incl.)
Rolha técnica 1+1 44x23,5 – 30 sacos x 145,14 € (IVA incl.)

Preços com IVA à taxa de 23 %. Entrega a 14 de dezembro, nas V/ instalações.

Com os melhores cumprimentos,

Rui Fonseca
Dep. Comercial
Corticeira do Vale do Sorraia, Lda.
Estrada Nacional 119, km 24 - 2100-049 Coruche
Tel. +351 243 610 482"""
    date = M.mdate(2026, 11, 12, 18, 5, 9, "+0000")
    eml = outlook_msg(seed="c15", frm=M.addr("Rui Fonseca", "rui.fonseca@cortica-sorraia.example"), to=our_addr(p),
                      subject="RE: " + req_subject(p), date=date, msgid=mid_outlook("c15"), irt=rid(p), refs=rid(p),
                      reply=reply, hdr_block=outlook_block(p, "pt", "10:05"), quoted=request_text(p),
                      cs="utf-8", cte="base64", lang="PT", clang="pt-PT")
    exp = expect("confirmation",
                 "Gross prices incl. 23 % IVA: 381,30/178,35/145,14 = 310.00/145.00/118.00 net, identical to the PO; delivery 14 Dec as requested -> all accepted.",
                 conf(p, {1: A(p, 1), 2: A(p, 2), 3: A(p, 3)}))
    return [p], eml, exp
