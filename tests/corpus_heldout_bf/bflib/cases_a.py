"""Cases 001-018."""
import html as _h
from decimal import Decimal as D

from .common import case, sup, mkpo, conf, expected, kw_friday
from .mime import (reply, request_lines, quote_outlook, quote_gt, attachment, text, multi, boundary,
                   outlook_header_block, gmail_attr, request_html_table)
from .pdf import pdf
from .xlsx import xlsx


@case("bell-clapper-oneliner-gb", "confirmation/en-GB",
      "one-line 'confirmed as ordered, delivery 11/12' where 11/12 is day-first and the quoted table is full of sizes and weights")
def c_bell_oneliner(slug):
    s = sup("TAYPIK", "Taylor & Pike Foundry Supplies Ltd", "sales@taylorpike-foundry.example", "en-GB")
    po = mkpo("4500081201", s, "bell", "GBP", [
        ("BF-CLP-0340", "Clapper flight, forged, 340 mm, for 12 cwt bell", 4, "EA", "186.00", "2026-12-11"),
        ("BF-HDB-2031", "Headstock bolt M20x312, galvanised", 24, "EA", "7.45", "2026-12-11"),
        ("BF-BAL-1225", "Baldrick leather strap 12x250 mm", 10, "PAIR", "14.90", "2026-12-11"),
    ], issued="2026-11-04")
    body = ["Hi Harriet,", "", "All three lines confirmed as ordered, delivery 11/12 on our own van.", "",
            "Regards", "Gareth Pike", "Taylor & Pike Foundry Supplies Ltd",
            "Unit 4, Canal Wharf, Loughborough LE11 1AB", "T: 01509 212 447", ""]
    eml = reply(po, body, slug=slug, date="2026-11-10 16:02:31 +0000", frm="gareth.pike@taylorpike-foundry.example",
                frm_name="Gareth Pike", charset="us-ascii", cte="7bit", locale="en-GB")
    return [po], eml, expected("confirmation",
        "All lines accepted; '11/12' is 11 December in en-GB and equals the requested date. Quoted PO table contains 12 cwt, M20x312, 12x250 that are not answers.",
        conf(po, "A", "A", "A"))


@case("tunnel-fan-kw52-closure-de", "confirmation/de-DE",
      "delivery 'in KW 52' (Friday = 25.12.) plus a note about the works closing between the holidays, which gives other dates")
def c_tunnel_kw52(slug):
    s = sup("BRENNER", "Lüftungstechnik Brenner GmbH", "auftrag@brenner-lueftung.example", "de-DE")
    po = mkpo("4700023310", s, "tunnel", "EUR", [
        ("TVF-1120-4P", "Jet fan JF-1120, 4-pole, 400V/50Hz", 2, "EA", "8450.00", "2026-12-15"),
        ("TVF-SD-630", "Silencer 630 mm, L=1.5 m", 4, "EA", "1210.00", "2026-12-15"),
        ("TVF-BRK-1220", "Mounting bracket 12/20, hot-dip galvanised", 8, "SET", "96.50", "2026-12-15"),
    ], issued="2026-11-05")
    body = ["Sehr geehrter Herr Maurer,", "",
            "vielen Dank für Ihre Bestellung 4700023310.",
            "Wir bestätigen alle drei Positionen zu den genannten Preisen und Mengen, die Lieferung erfolgt in KW 52.",
            "",
            "Bitte beachten Sie, dass unser Werk zwischen den Feiertagen vom 28.12.2026 bis einschließlich 01.01.2027 geschlossen ist.",
            "",
            "Mit freundlichen Grüßen",
            "i. A. Sabine Kohlhaas",
            "Auftragsabwicklung",
            "",
            "Lüftungstechnik Brenner GmbH | Industriestraße 17 | 73037 Göppingen",
            "Tel. +49 7161 60 44-212 | Fax -299",
            "Geschäftsführer: Dipl.-Ing. Rolf Brenner | HRB 530144 Amtsgericht Ulm", ""]
    eml = reply(po, body, slug=slug, date="2026-11-11 08:47:12 +0100", frm="s.kohlhaas@brenner-lueftung.example",
                frm_name="Kohlhaas, Sabine", charset="iso-8859-1", lang="de", locale="de-DE",
                subject="AW: Order confirmation request - PO 4700023310")
    d = kw_friday(52)
    return [po], eml, expected("confirmation",
        f"KW 52 without a day = Friday {d}; the closure dates 28.12.-01.01. are not delivery dates. Quantities and prices unchanged, so all lines changed on date only.",
        conf(po, ("C", None, None, d), ("C", None, None, d), ("C", None, None, d)))


@case("anchor-chain-inline-at", "confirmation/de-AT",
      "answers typed under each quoted line (plain text, '>' quoting), one line split with the remainder in 'KW 2/2027', one price change")
def c_anchor_inline(slug):
    s = sup("STEYRKET", "Steyrer Kettenwerk GmbH", "verkauf@steyrer-kettenwerk.example", "de-AT")
    po = mkpo("4500081377", s, "anchor", "EUR", [
        ("AC-U2-22", "Stud link anchor chain U2, 22 mm, 27.5 m shackle", 165, "M", "38.40", "2026-12-18"),
        ("AC-KS-22", "Kenter shackle 22 mm, grade U2", 6, "EA", "54.00", "2026-12-18"),
        ("AC-SW-26", "Swivel 26 mm forged, 3/4 t proof load", 2, "EA", "212.00", "2026-12-18"),
    ], issued="2026-11-04")
    q = request_lines(po)
    L = ["Grüß Gott Herr Lindqvist,", "", "unsere Antworten direkt unten bei den Positionen.", "",
         gmail_attr(po, "de")]
    for x in q:
        L.append("> " + x if x else ">")
        if x.startswith("1  "):
            L += ["", "OK, Lieferung 18.12. wie gewünscht.", ""]
        elif x.startswith("2  "):
            L += ["", "Nur 4 Stk. lagernd, die kommen mit Pos. 1 am 18.12.; die restlichen 2 Stk. in KW 2/2027.", ""]
        elif x.startswith("3  "):
            L += ["", "Termin ok, Preis ab 1.12. leider EUR 228,00/Stk.", ""]
    L += ["", "-- ", "Mit freundlichen Grüßen", "Ing. Markus Haider", "Steyrer Kettenwerk GmbH",
          "Ennser Straße 88, 4400 Steyr, Österreich", "T +43 7252 43 118-30", ""]
    eml = reply(po, L, slug=slug, date="2026-11-12 11:05:44 +0100", frm="m.haider@steyrer-kettenwerk.example",
                frm_name="Markus Haider", client="thunderbird", html=False, charset="utf-8", cte="8bit",
                quote="none", quote_lines=[], lang="de", subject="Re: Order confirmation request - PO 4500081377")
    k2 = kw_friday(2, 2027)
    return [po], eml, expected("confirmation",
        f"Inline answers below each quoted line. Line 2: 4 pcs on 18.12., 2 pcs in KW 2/2027 = Friday {k2}; line 3 new price 228.00 from 1.12. (delivery is after that).",
        conf(po, "A", ("C", 6, None, k2, [(4, "2026-12-18"), (2, k2)]), ("C", None, "228.00", None)))


@case("zinc-granulate-per-500g-ch", "confirmation/de-CH",
      "price quoted 'je 500 g' on a line ordered per KG (must be doubled), Swiss decimal point and apostrophe thousands")
def c_zinc_500g(slug):
    s = sup("KASAG", "Korrosionsschutz Aargau AG", "bestellungen@kas-aargau.example", "de-CH")
    po = mkpo("4500081410", s, "zinc", "CHF", [
        ("ZA-HULL-5", "Zinc hull anode 5 kg, bolt-on, 300x150x25", 40, "EA", "61.20", "2026-12-04"),
        ("ZA-GRAN-25", "Zinc granulate for anode casting, 2-5 mm", 250, "KG", "9.80", "2026-12-04"),
        ("ZA-BOLT-M10", "Stud bolt M10x40 A4 for anodes", 200, "PCS", "0.85", "2026-12-04"),
    ], issued="2026-11-06")
    body = ["Grüezi Herr Andersen", "",
            "Besten Dank für Ihre Bestellung 4500081410.",
            "",
            "Pos. 1 und Pos. 3 bestätigen wir wie bestellt.",
            "Pos. 2: Das Zinkgranulat müssen wir wegen des Rohstoffzuschlags neu mit CHF 5.15 je 500 g verrechnen, Menge 250 kg ok.",
            "",
            "Lieferung aller Positionen am 04.12.2026 (Warenwert total CHF 5'193.00).",
            "",
            "Freundliche Grüsse",
            "Reto Huber",
            "Korrosionsschutz Aargau AG",
            "Industriestrasse 5, 5600 Lenzburg",
            "Tel. +41 62 886 40 10", ""]
    eml = reply(po, body, slug=slug, date="2026-11-13 09:31:20 +0100", frm="reto.huber@kas-aargau.example",
                frm_name="Reto Huber", client="apple", charset="windows-1252", quote="gt", lang="de",
                locale="de-CH", subject="Re: Order confirmation request - PO 4500081410")
    # check total in the mail: 40*61.20 + 250*10.30 + 200*0.85
    assert 40 * D('61.20') + 250 * D('10.30') + 200 * D('0.85') == D('5193.00')
    return [po], eml, expected("confirmation",
        "Line 2 price CHF 5.15 per 500 g = 10.30 per KG (PO unit). Lines 1 and 3 as ordered; 04.12.2026 equals the requested date.",
        conf(po, "A", ("C", None, "10.30", None), "A"))


@case("perfume-atomiser-split-fr", "confirmation/fr-FR",
      "line split into two deliveries (3 000 + 2 000) with a date in January, French spaces as thousands separator, price raised on another line")
def c_perfume_split(slug):
    s = sup("VVV", "Verrerie & Vaporisateurs du Vexin SARL", "adv@vvv-vexin.example", "fr-FR")
    po = mkpo("4500081466", s, "perfume", "EUR", [
        ("PA-30-GLD", "Glass atomiser 30 ml, 15 mm neck, gold finish", 5000, "PCS", "1.84", "2026-12-10"),
        ("PA-PMP-15", "Crimp pump 15/400, 0.12 ml dose", 5000, "PCS", "0.31", "2026-12-10"),
        ("PA-TSL-08", "Tassel bulb, silk, 8 cm", 1200, "PCS", "2.75", "2026-12-10"),
    ], issued="2026-11-05")
    body = ["Bonjour Madame Roux,", "",
            "Merci pour votre commande n° 4500081466, que nous confirmons comme suit :",
            "",
            "- Ligne 1 (PA-30-GLD) : livraison en deux fois, 3\u00a0000 pièces le 10/12/2026 et 2\u00a0000 pièces le 08/01/2027.",
            "- Ligne 2 (PA-PMP-15) : conforme à votre commande.",
            "- Ligne 3 (PA-TSL-08) : délai ok, mais le prix passe à 2,95 € la pièce (hausse de la soie).",
            "",
            "Bien cordialement,",
            "Nadège Lefèvre",
            "Administration des ventes",
            "VVV - Verrerie & Vaporisateurs du Vexin",
            "12 rue des Verriers, 95420 Magny-en-Vexin",
            "Tél. : 01 34 67 21 90", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 14:20:03 +0100", frm="n.lefevre@vvv-vexin.example",
                frm_name="Nadège Lefèvre", client="gmail", quote="gt", lang="fr",
                subject="Re: Order confirmation request - PO 4500081466")
    return [po], eml, expected("confirmation",
        "Line 1 split 3000 on 2026-12-10 + 2000 on 2027-01-08 (last delivery is the date); line 2 accepted; line 3 price 2.95.",
        conf(po, ("C", 5000, None, "2027-01-08", [(3000, "2026-12-10"), (2000, "2027-01-08")]), "A",
             ("C", None, "2.95", None)))


@case("tennis-net-own-pos-10-20-30-nl", "confirmation/nl-NL",
      "supplier answers with its own positions 10/20/30 and says they correspond to our lines 1-3; one position has a later date")
def c_tennis_pos(slug):
    s = sup("VDNET", "Van Dijk Netten B.V.", "orderdesk@vandijk-netten.example", "nl-NL")
    po = mkpo("4500081555", s, "tennis", "EUR", [
        ("TN-CH-3.5", "Championship tennis net 3.5 mm braided, 12.8 m", 12, "EA", "142.00", "2026-12-14"),
        ("TN-PST-76", "Net post pair, round 76 mm, galvanised", 6, "PAIR", "188.00", "2026-12-14"),
        ("TN-STR-107", "Centre strap 1.07 m with ground anchor", 12, "EA", "11.40", "2026-12-14"),
    ], issued="2026-11-04")
    body = ["Beste heer Okafor,", "",
            "Hierbij onze orderbevestiging VO-26-08812 bij uw order 4500081555.",
            "Onze posities 10, 20 en 30 komen overeen met uw regels 1, 2 en 3.",
            "",
            "Pos. 10  TN-CH-3.5   12 st.    € 142,00   levering 14-12-2026",
            "Pos. 20  TN-PST-76    6 paar   € 188,00   levering 18-12-2026 (palen komen later terug van de verzinkerij)",
            "Pos. 30  TN-STR-107  12 st.    € 11,40    levering 14-12-2026",
            "",
            "Met vriendelijke groet,",
            "Marieke de Groot",
            "Binnendienst Verkoop",
            "Van Dijk Netten B.V. | Havenweg 31 | 8531 PB Lemmer",
            "T +31 514 56 12 00", "",
            "Op al onze leveringen zijn de Metaalunievoorwaarden van toepassing.", ""]
    eml = reply(po, body, slug=slug, date="2026-11-10 10:14:52 +0100", frm="m.degroot@vandijk-netten.example",
                frm_name="Marieke de Groot", charset="windows-1252", lang="nl",
                subject="RE: Order confirmation request - PO 4500081555")
    return [po], eml, expected("confirmation",
        "Supplier positions 10/20/30 = our lines 1/2/3 (stated in the mail). Line 2 delivery 18-12-2026 instead of 14-12.",
        conf(po, "A", ("C", None, None, "2026-12-18"), "A"))


@case("maple-can-partial-fr-ca", "confirmation/fr-CA",
      "Quebec French with ISO dates, a balance ('solde') delivered two weeks later, and a price of '0,075 $' with three decimals")
def c_maple(slug):
    s = sup("FERBEAUCE", "Ferblanterie Beauce inc.", "commandes@ferblanterie-beauce.example", "fr-CA")
    po = mkpo("4500081602", s, "maple", "CAD", [
        ("MSC-540", "Maple syrup can 540 ml, printed 'Grade A Amber', 2027 harvest design", 12000, "EA", "0.62", "2026-12-07"),
        ("MSC-1L", "Maple syrup can 1 L, plain lithographed", 6000, "EA", "0.88", "2026-12-07"),
        ("MSC-CAP-63", "Screw cap 63 mm, tamper-evident", 18000, "EA", "0.07", "2026-12-07"),
    ], issued="2026-11-06")
    body = ["Bonjour Claire,", "",
            "On confirme ta commande 4500081602 :",
            "",
            "Ligne 1 : ok, 12 000 canettes le 2026-12-07.",
            "Ligne 2 : on peut livrer seulement 4 800 unités le 2026-12-07, le solde de 1 200 unités suivra le 2026-12-21.",
            "Ligne 3 : ok pour la date, mais à 0,075 $ l'unité (nouveau prix de notre fournisseur de fer-blanc).",
            "",
            "Merci et bonne journée!",
            "",
            "Guillaume Poulin",
            "Service à la clientèle",
            "Ferblanterie Beauce inc. - 1450, boul. Dionne, Saint-Georges (Québec) G5Y 3X4",
            "418 228-7410 poste 224", ""]
    eml = reply(po, body, slug=slug, date="2026-11-16 13:48:09 -0500", frm="gpoulin@ferblanterie-beauce.example",
                frm_name="Guillaume Poulin", charset="iso-8859-1", lang="fr", locale="fr-CA",
                subject="RE: Order confirmation request - PO 4500081602")
    return [po], eml, expected("confirmation",
        "Line 2 split 4800 on 2026-12-07 and 1200 on 2026-12-21 (total unchanged, date = last delivery); line 3 new price 0.075 CAD.",
        conf(po, "A", ("C", 6000, None, "2026-12-21", [(4800, "2026-12-07"), (1200, "2026-12-21")]),
             ("C", None, "0.075", None)))


@case("kiln-shelf-pdf-flate-it", "confirmation/it-IT",
      "short Italian body, all answers in an attached order-confirmation PDF with Flate-compressed text (reduced quantity, later date)")
def c_kiln_pdf(slug):
    s = sup("REFFAE", "Refrattari Faentini S.p.A.", "ordini@refrattari-faentini.example", "it-IT")
    po = mkpo("PO-26-3318", s, "kiln", "USD", [
        ("KS-SIC-4030", "Kiln shelf SiC 400x300x10 mm", 24, "EA", "58.00", "2026-12-09"),
        ("KS-COR-4545", "Cordierite shelf 450x450x15 mm, 1/2 round", 12, "EA", "41.50", "2026-12-09"),
        ("KS-PST-100", "Kiln post 40x40x100 mm, 4/pk", 30, "SET", "9.20", "2026-12-09"),
        ("KS-WSH-5KG", "Kiln wash 5 kg bucket", 6, "EA", "27.00", "2026-12-09"),
    ], issued="2026-11-05")
    page = ["REFRATTARI FAENTINI S.p.A. - Via Granarolo 210 - 48018 Faenza (RA) - P.IVA 01234560397",
            "", "CONFERMA D'ORDINE N. OC-2026/4471          Data: 13/11/2026",
            "Cliente: Greene Ceramics Studio Supply      Vs. ordine: PO-26-3318 del 05/11/2026",
            "Valuta: USD      Resa: FCA Faenza", "",
            "Pos.  Codice cliente   Descrizione                                  Q.ta  UM   Prezzo   Consegna",
            "1     KS-SIC-4030      Piastra SiC 400x300x10 mm                    24    PZ   58,00    09/12/2026",
            "2     KS-COR-4545      Piastra cordierite 450x450x15 mm mezza      10    PZ   41,50    09/12/2026",
            "3     KS-PST-100       Supporto 40x40x100 mm (conf. 4 pz)           30    SET  9,20     09/12/2026",
            "4     KS-WSH-5KG       Engobe per piastre, secchio 5 kg             6     PZ   27,00    16/12/2026",
            "", "Note: pos. 2 disponibili solo 10 pezzi, i restanti 2 pezzi non saranno forniti.",
            "Totale merce USD 2.245,00", "", "Condizioni generali di vendita sul retro / www.refrattari-faentini.example"]
    assert 24 * 58 + 10 * D('41.5') + 30 * D('9.2') + 6 * 27 == 2245
    data = pdf([page], title="Conferma d'ordine OC-2026/4471", flate=True, date="D:20261113101500+01'00'")
    body = ["Buongiorno,", "", "in allegato la nostra conferma d'ordine relativa al Vs. ordine PO-26-3318.",
            "Restiamo a disposizione per qualsiasi chiarimento.", "", "Cordiali saluti", "",
            "Ufficio Commerciale", "Refrattari Faentini S.p.A.", "Tel. +39 0546 62 11 40", "",
            "Questo messaggio e gli eventuali allegati sono riservati al destinatario.", ""]
    eml = reply(po, body, slug=slug, date="2026-11-13 10:22:40 +0100", charset="iso-8859-1", lang="it",
                frm_name="Refrattari Faentini - Ordini", subject="R: Order confirmation request - PO PO-26-3318",
                attachments=[attachment(data, "application/pdf", "OC-2026-4471.pdf")])
    return [po], eml, expected("confirmation",
        "All answers in the Flate-compressed PDF: line 2 only 10 of 12 (remaining 2 not supplied), line 4 delivery 16/12/2026, others as ordered.",
        conf(po, "A", ("C", 10, None, None), "A", ("C", None, None, "2026-12-16")))


@case("gym-mat-html-table-es", "confirmation/es-ES",
      "answer given as an HTML table with one discontinued line ('descatalogado') and one later date, European number format")
def c_gym_table(slug):
    s = sup("CDLEV", "Colchonetas Deportivas Levante S.L.", "pedidos@cdlevante.example", "es-ES")
    po = mkpo("4500081690", s, "gym", "EUR", [
        ("GM-2010-8", "Gymnastics mat 200x100x8 cm, type 7", 20, "EA", "164.00", "2026-12-16"),
        ("GM-LAND-300", "Landing mat 300x200x20 cm, EN 12503", 4, "EA", "612.00", "2026-12-16"),
        ("GM-CVR-PVC", "Replacement PVC cover 2x1 m, blue", 10, "EA", "48.00", "2026-12-16"),
        ("GM-VEL-50", "Velcro connector strip 50 mm", 40, "M", "3.10", "2026-12-16"),
    ], issued="2026-11-05")
    rows = [("1", "GM-2010-8", "20", "164,00 €", "16/12/2026", "OK"),
            ("2", "GM-LAND-300", "4", "612,00 €", "23/12/2026", "plazo de fabricación"),
            ("3", "GM-CVR-PVC", "-", "-", "-", "descatalogado, no podemos suministrarlo"),
            ("4", "GM-VEL-50", "40", "3,10 €", "16/12/2026", "OK")]
    intro = ["Buenos días Tom,", "", "Le confirmamos su pedido 4500081690 según la tabla:", ""]
    sig = ["", "Un saludo,", "Vicente Ferrer Llorca", "Dpto. Pedidos", "Colchonetas Deportivas Levante S.L.",
           "Pol. Ind. El Pla, C/ Tèxtil 8, 46870 Ontinyent (Valencia)", "Tel. 962 91 44 70", ""]
    plain = intro + ["Línea | Artículo | Cantidad | Precio | Entrega | Observaciones"] + \
        [" | ".join(r) for r in rows] + sig
    ql = quote_outlook(po, "es")
    th = "".join(f"<th>{x}</th>" for x in ("Línea", "Artículo", "Cantidad", "Precio", "Entrega", "Observaciones"))
    tr = "".join("<tr>" + "".join(f"<td>{_h.escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    hb = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
          "<p>Buenos días Tom,</p><p>Le confirmamos su pedido 4500081690 según la tabla:</p>"
          f"<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr>{th}</tr>{tr}</table>"
          "<p>Un saludo,<br>Vicente Ferrer Llorca<br>Dpto. Pedidos<br>Colchonetas Deportivas Levante S.L.<br>"
          "Pol. Ind. El Pla, C/ Tèxtil 8, 46870 Ontinyent (Valencia)<br>Tel. 962 91 44 70</p>"
          "<div style=\"border-top:solid #E1E1E1 1.0pt\"><p>" + "<br>".join(_h.escape(x) for x in ql) + "</p></div>"
          "</body></html>")
    eml = reply(po, plain, slug=slug, date="2026-11-11 12:40:18 +0100", frm="vferrer@cdlevante.example",
                frm_name="Vicente Ferrer", charset="windows-1252", lang="es", quote_lines=ql, html_body=hb,
                subject="RE: Order confirmation request - PO 4500081690")
    return [po], eml, expected("confirmation",
        "HTML/plain table: line 2 new date 23/12/2026, line 3 discontinued = rejected, lines 1 and 4 as ordered.",
        conf(po, "A", ("C", None, None, "2026-12-23"), "R", "A"))


@case("seed-tray-ship-vs-delivery-mx", "confirmation/es-MX",
      "each line has a ship date ('embarcamos') and a delivery date ('entrega'); the delivery date must win, dates written out in Spanish without year")
def c_seed_mx(slug):
    s = sup("SEMBAJ", "Charolas y Semilleros del Bajío S.A. de C.V.", "ventas@semilleros-bajio.example", "es-MX")
    po = mkpo("4500081733", s, "seed", "USD", [
        ("ST-128-PS", "Seed tray 128 cells, PS, 54x28 cm", 8000, "EA", "0.46", "2026-12-11"),
        ("ST-72-PS", "Seed tray 72 cells, 3/4 in cell", 5000, "EA", "0.52", "2026-12-11"),
    ], issued="2026-11-06")
    body = ["Estimada Ruth:", "",
            "Le confirmamos su orden de compra 4500081733, cantidades y precios sin cambio.",
            "",
            "La línea 1 (charola de 128 cavidades) la embarcamos el 4 de diciembre y la entrega en su almacén es el 11 de diciembre.",
            "La línea 2 (charola de 72 cavidades) sale de planta el 9 de diciembre, con entrega el 18 de diciembre.",
            "",
            "Quedamos a sus órdenes.",
            "",
            "Atentamente,",
            "Lic. Alejandra Mendoza Ruiz",
            "Ejecutiva de Ventas Exportación",
            "Charolas y Semilleros del Bajío S.A. de C.V.",
            "Carr. Celaya-Salvatierra km 4.5, Celaya, Gto., México",
            "Tel. +52 461 598 2200 ext. 118", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 17:55:02 -0600", frm="amendoza@semilleros-bajio.example",
                frm_name="Alejandra Mendoza", client="gmail", quote="gt", lang="es",
                subject="Re: Order confirmation request - PO 4500081733")
    return [po], eml, expected("confirmation",
        "Delivery dates (11 and 18 December, year from the mail date) win over ship dates 4 and 9 December; line 1 therefore accepted, line 2 later.",
        conf(po, "A", ("C", None, None, "2026-12-18")))


@case("water-polo-voseo-es-ar", "confirmation/es-AR",
      "informal Argentine Spanish from a phone; one line refused because the item is no longer stocked")
def c_polo_ar(slug):
    s = sup("PDPLATA", "Pelotas del Plata S.R.L.", "ventas@pelotasdelplata.example", "es-AR")
    po = mkpo("4500081790", s, "polo", "USD", [
        ("WP-BALL-5", "Water-polo ball size 5, men, World Aquatics approved", 60, "EA", "24.80", "2026-12-14"),
        ("WP-BALL-4", "Water-polo ball size 4, women", 40, "EA", "23.90", "2026-12-14"),
        ("WP-PUMP-2W", "Dual-action ball pump 2-way, with gauge", 10, "EA", "12.50", "2026-12-14"),
    ], issued="2026-11-06")
    body = ["Hola Luca, ¿cómo andás?", "",
            "Te confirmo la orden 4500081790. Las pelotas tamaño 5 y tamaño 4 salen como las pediste, "
            "mismas cantidades y precios, entregadas el 14/12.",
            "Los infladores de doble acción no los fabricamos más, así que esa línea no te la podemos entregar.",
            "", "Cualquier cosa avisame.", "Abrazo,", "Martín", "", "Enviado desde mi iPhone", ""]
    eml = reply(po, body, slug=slug, date="2026-11-13 19:12:45 -0300", frm="martin.gaona@pelotasdelplata.example",
                frm_name="Martín Gaona", client="iphone", charset="utf-8", cte="base64", quote="gt", lang="es",
                html=False, subject="Re: Order confirmation request - PO 4500081790")
    return [po], eml, expected("confirmation",
        "Lines 1-2 accepted (14/12 = requested date), line 3 rejected (no longer made). Base64 UTF-8 body from iPhone.",
        conf(po, "A", "A", "R"))


@case("fleece-previsao-pt-br", "confirmation/pt-BR",
      "Brazilian 'previsão de entrega 18/12' without a year is the committed delivery date for both lines")
def c_fleece_br(slug):
    s = sup("MANTSG", "Mantas Serra Gaúcha Ltda.", "vendas@mantasserragaucha.example", "pt-BR")
    po = mkpo("4500081820", s, "fleece", "USD", [
        ("FB-150200-GR", "Fleece blanket 150x200 cm, 280 g/m2, grey", 1200, "EA", "6.35", "2026-12-11"),
        ("FB-130160-KD", "Kids fleece blanket 130x160 cm, print 'Stars 2027'", 800, "EA", "5.10", "2026-12-11"),
    ], issued="2026-11-05")
    body = ["Olá Megan, bom dia!", "",
            "Confirmamos o pedido 4500081820 nas quantidades e preços solicitados.",
            "Previsão de entrega 18/12 para os dois itens, pois o tingimento do cinza atrasou uma semana.",
            "", "Qualquer dúvida estou à disposição.", "", "Att.,", "Juliana Pereira",
            "Comercial Exportação | Mantas Serra Gaúcha Ltda.",
            "Rua Sinimbu 1520 - Caxias do Sul/RS - CEP 95020-001", "+55 54 3221-7788", ""]
    eml = reply(po, body, slug=slug, date="2026-11-11 10:03:33 -0300", frm="juliana@mantasserragaucha.example",
                frm_name="Juliana Pereira", client="gmail", quote="gt", lang="pt",
                subject="Re: Order confirmation request - PO 4500081820")
    return [po], eml, expected("confirmation",
        "'Previsão de entrega 18/12' is the Brazilian way of stating the delivery date in a confirmation; no year, so 2026-12-18 (next after mail date). Both lines changed on date only.",
        conf(po, ("C", None, None, "2026-12-18"), ("C", None, None, "2026-12-18")))


@case("cufflinks-per-position-pt-pt", "confirmation/pt-PT",
      "per-position list in European Portuguese; price per dozen changed, one line with a later date, £ after the number")
def c_cuff_pt(slug):
    s = sup("OURGON", "Ourivesaria Gondomar, Lda.", "encomendas@ourivesaria-gondomar.example", "pt-PT")
    po = mkpo("4500081844", s, "cuff", "GBP", [
        ("CL-OVL-925", "Sterling silver cufflinks oval 18x12 mm", 50, "PAIR", "21.40", "2026-12-04"),
        ("CL-KNT-SLK", "Silk knot cufflinks 10 mm, assorted", 30, "DZ", "9.60", "2026-12-04"),
        ("CL-BOX-2P", "Leatherette cufflink box, 2-pair", 80, "EA", "3.20", "2026-12-04"),
    ], issued="2026-11-04")
    body = ["Exmo. Sr. Oliver Grant,", "",
            "Relativamente à sua encomenda 4500081844, confirmamos:", "",
            "Posição 1: confirmada conforme encomenda.",
            "Posição 2: confirmada, mas o preço por dúzia passa a 10,20 £.",
            "Posição 3: confirmada, entrega a 11/12/2026.",
            "", "Com os melhores cumprimentos,", "Rui Almeida", "Ourivesaria Gondomar, Lda.",
            "Rua Central de Rio Tinto 455, 4435-000 Gondomar", "Tel. +351 224 830 915", ""]
    eml = reply(po, body, slug=slug, date="2026-11-10 15:27:41 +0000", frm="rui.almeida@ourivesaria-gondomar.example",
                frm_name="Rui Almeida", charset="windows-1252", lang="pt",
                subject="RE: Order confirmation request - PO 4500081844")
    return [po], eml, expected("confirmation",
        "Pos. 1 accepted; pos. 2 new price 10.20 per DZ (PO unit); pos. 3 delivery 2026-12-11.",
        conf(po, "A", ("C", None, "10.20", None), ("C", None, None, "2026-12-11")))


@case("puzzle-cut-question-fr-be", "needs_review/fr-BE",
      "polite reply that asks two questions (cut type, shrink-wrap in price) and promises the confirmation afterwards")
def c_puzzle_q(slug):
    s = sup("PUZARD", "Puzzles Ardennais SRL", "commandes@puzzles-ardennais.example", "fr-BE")
    po = mkpo("4500081871", s, "puzzle", "EUR", [
        ("JP-1000-ALP", "Jigsaw puzzle 1000 pcs 'Alpine lake', 68x48 cm", 600, "EA", "7.90", "2026-12-18"),
        ("JP-500-RIV", "Jigsaw puzzle 500 pcs 'Rivers of Europe', 49x36 cm", 400, "EA", "5.60", "2026-12-18"),
    ], issued="2026-11-06")
    body = ["Bonjour Monsieur Braun,", "",
            "Merci pour la commande 4500081871. Avant de vous la confirmer, deux questions :",
            "1) Pour le 1000 pièces, souhaitez-vous la découpe classique ou la découpe aléatoire (+0,40 € pièce) ?",
            "2) Le prix de 7,90 € s'entend-il avec ou sans film rétractable ?",
            "",
            "Dès réception de votre réponse, nous vous envoyons notre confirmation avec les délais.",
            "", "Bien à vous,", "Pierre-Yves Lambert", "Puzzles Ardennais SRL",
            "Rue de la Papeterie 14, 6800 Libramont", "+32 61 22 48 90", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 09:18:27 +0100", frm="py.lambert@puzzles-ardennais.example",
                frm_name="Pierre-Yves Lambert", client="thunderbird", html=False, charset="iso-8859-15", cte="quoted-printable",
                quote="gt", lang="fr", subject="Re: Order confirmation request - PO 4500081871")
    return [po], eml, expected("needs_review",
        "Questions before confirming; prices quoted back (7,90 €) come from our order, nothing is committed.")


@case("seat-cover-xlsx-pl", "confirmation/pl-PL",
      "confirmation table in an attached XLSX (Polish headers, dates as dd.mm.yyyy strings), body mentions only the moved position")
def c_seat_xlsx(slug):
    s = sup("TAPAV", "Tapicer-Avio Sp. z o.o.", "zamowienia@tapicer-avio.example", "pl-PL")
    po = mkpo("4500081902", s, "seat", "EUR", [
        ("ASC-ECO-17", "Seat cover economy 17 in, leather, FAR 25.853", 240, "EA", "88.00", "2026-12-17"),
        ("ASC-HR-BLU", "Headrest cover 30x25 cm, blue, FR", 240, "EA", "14.20", "2026-12-17"),
        ("ASC-DRS-3", "Dress cover triple seat 3/3, velcro", 80, "SET", "132.00", "2026-12-17"),
    ], issued="2026-11-05")
    rows = [["Potwierdzenie zamówienia PZ/2026/11/0412", None, None, None, None, None, None],
            ["Zamówienie klienta", "4500081902", None, None, None, None, None],
            [],
            ["Poz.", "Indeks", "Opis", "Ilość", "JM", "Cena EUR", "Termin dostawy"],
            [1, "ASC-ECO-17", "Pokrowiec fotela ekonomicznego 17\"", 240, "szt.", 88, "17.12.2026"],
            [2, "ASC-HR-BLU", "Pokrowiec zagłówka 30x25 niebieski", 240, "szt.", 14.2, "17.12.2026"],
            [3, "ASC-DRS-3", "Pokrowiec potrójny 3/3 na rzep", 80, "kpl.", 132, "08.01.2027"]]
    data = xlsx(rows, sheet="Potwierdzenie")
    body = ["Dzień dobry Panie Jonasie,", "",
            "w załączeniu przesyłamy potwierdzenie zamówienia nr 4500081902.",
            "Pozycja 3 - termin przesunięty na 08.01.2027 z powodu opóźnionej dostawy tkaniny.",
            "", "Pozdrawiam serdecznie", "Katarzyna Wiśniewska", "Dział Obsługi Klienta",
            "Tapicer-Avio Sp. z o.o., ul. Lotnicza 12, 36-002 Jasionka", "tel. +48 17 852 40 11", ""]
    eml = reply(po, body, slug=slug, date="2026-11-16 11:41:09 +0100", frm="k.wisniewska@tapicer-avio.example",
                frm_name="Katarzyna Wiśniewska", charset="iso-8859-2", lang="pl",
                subject="Odp: Order confirmation request - PO 4500081902",
                attachments=[attachment(data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                        "PZ_2026_11_0412.xlsx")])
    return [po], eml, expected("confirmation",
        "Values only in the XLSX: lines 1-2 as ordered, line 3 delivery 08.01.2027 (also stated in the body).",
        conf(po, "A", "A", ("C", None, None, "2027-01-08")))


@case("cathode-sleeve-rest-cannot-supply-in", "confirmation/en-IN",
      "quantity cut to the stock on hand with 'the rest we cannot supply' (a change, not a rejection), dispatch and delivery dates both given")
def c_cathode_rest(slug):
    s = sup("BHAREC", "Bharat Electrochem Components Pvt. Ltd.", "sales@bharat-electrochem.example", "en-IN")
    po = mkpo("4500081935", s, "cathode", "USD", [
        ("CS-PP-1250", "Cathode edge sleeve PP, 1250 mm, 3/8 in slot", 500, "PCS", "4.15", "2026-12-08"),
        ("CS-PVC-960", "Cathode sleeve PVC 960x1020 mm", 300, "PCS", "6.80", "2026-12-08"),
    ], issued="2026-11-04")
    body = ["Dear Sir,", "", "Greetings from Bharat Electrochem!", "",
            "With reference to your PO No. 4500081935 we wish to inform as below:", "",
            "Item 1 - CS-PP-1250: we can supply 340 nos. from stock on hand, the rest we cannot supply. "
            "Dispatch by 30-11-2026 from Chennai, delivery at your end by 08-12-2026.",
            "Item 2 - CS-PVC-960: confirmed 300 nos. @ USD 6.80, delivery 08-12-2026.",
            "", "Kindly do the needful and share the revised PO.", "",
            "Thanks & Regards,", "R. Venkatesh", "Manager - Exports",
            "Bharat Electrochem Components Pvt. Ltd.", "Plot 44, SIDCO Industrial Estate, Ambattur, Chennai 600 098",
            "Mob: +91 98410 22761", ""]
    eml = reply(po, body, slug=slug, date="2026-11-11 12:36:55 +0530", frm="venkatesh.r@bharat-electrochem.example",
                frm_name="R. Venkatesh", client="gmail", quote="gt", lang="en",
                subject="Re: Order confirmation request - PO 4500081935")
    return [po], eml, expected("confirmation",
        "Line 1 reduced to 340 (stock on hand, 'the rest we cannot supply' = partial change, not rejection), delivery 08-12-2026 wins over dispatch 30-11; line 2 accepted.",
        conf(po, ("C", 340, None, None), "A"))


@case("brine-energy-surcharge-ro", "confirmation/ro-RO",
      "a 4% surcharge on all lines must be applied to each PO unit price (one result with three decimals)")
def c_brine_pct(slug):
    s = sup("SARPH", "Saramura Prahova SRL", "comenzi@saramura-prahova.example", "ro-RO")
    po = mkpo("4500081960", s, "brine", "EUR", [
        ("PB-NACL-18", "Pickling brine 18% NaCl, food grade, IBC 1000 L", 12, "EA", "212.00", "2026-12-10"),
        ("PB-VIN-5", "Vinegar brine 5% acidity, 220 L drum", 20, "EA", "96.00", "2026-12-10"),
        ("PB-SPC-25", "Dill & garlic spice mix for brine, 25 kg sack", 200, "KG", "6.40", "2026-12-10"),
    ], issued="2026-11-05")
    body = ["Bună ziua doamna Verbeek,", "",
            "Vă confirmăm comanda 4500081960, cantitățile rămân neschimbate.",
            "Din cauza creșterii prețului la energie aplicăm un supliment de 4% la toate pozițiile.",
            "Livrarea pentru toate pozițiile: 10.12.2026, franco depozit Ploiești.",
            "", "Cu stimă,", "Andreea Popescu", "Departament Vânzări", "Saramura Prahova SRL",
            "Str. Depoului 7, 100301 Ploiești", "Tel: +40 244 512 330", ""]
    eml = reply(po, body, slug=slug, date="2026-11-12 12:10:50 +0200", frm="andreea.popescu@saramura-prahova.example",
                frm_name="Andreea Popescu", charset="utf-8", lang="ro",
                subject="RE: Order confirmation request - PO 4500081960")
    return [po], eml, expected("confirmation",
        "+4% on the PO unit price: 212.00 -> 220.48, 96.00 -> 99.84, 6.40 -> 6.656; quantities and 10.12.2026 unchanged.",
        conf(po, ("C", None, "220.48", None), ("C", None, "99.84", None), ("C", None, "6.656", None)))


@case("bell-prices-only-dates-later-nl-be", "needs_review/nl-BE",
      "prices of all lines are confirmed but the delivery dates 'follow next week': nothing is fully committed")
def c_bell_price_only(slug):
    s = sup("GIEMEC", "Gieterijbenodigdheden Mechelen BV", "verkoop@gieterij-mechelen.example", "nl-BE")
    po = mkpo("4500081988", s, "bell", "EUR", [
        ("BF-LOAM-25", "Casting loam mix, 25 kg bag", 40, "EA", "18.60", "2026-12-09"),
        ("BF-WAX-15", "Inscription wax sheets 1.5 mm, 5 kg", 6, "BOX", "74.00", "2026-12-09"),
        ("BF-CRU-300", "Clay-graphite crucible A300", 2, "EA", "1240.00", "2026-12-09"),
    ], issued="2026-11-06")
    body = ["Goedemiddag mevrouw Cole,", "",
            "De prijzen van alle drie de lijnen van bestelling 4500081988 bevestigen wij graag "
            "(18,60 / 74,00 / 1.240,00 EUR).",
            "De leverdata kunnen wij pas volgende week doorgeven, zodra de planning van de gieterij rond is.",
            "", "Met vriendelijke groeten,", "Koen Peeters", "Gieterijbenodigdheden Mechelen BV",
            "Leuvensesteenweg 210, 2800 Mechelen", "Tel. +32 15 43 77 20", ""]
    eml = reply(po, body, slug=slug, date="2026-11-13 14:51:06 +0100", frm="koen.peeters@gieterij-mechelen.example",
                frm_name="Koen Peeters", charset="windows-1252", lang="nl",
                subject="RE: Order confirmation request - PO 4500081988")
    return [po], eml, expected("needs_review",
        "Only the prices are confirmed; delivery dates will be given next week, so no line is committed yet.")
