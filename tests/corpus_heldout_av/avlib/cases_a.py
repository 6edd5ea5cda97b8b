"""Cases 001-018."""
from __future__ import annotations

from decimal import Decimal

from . import mime
from .common import (D, L, REJ, UNC, S, acc, case, chg, conf, dmy, dsn_part, expected, fri, nf, nf_in,
                     outlook_hdr, pdf_att, po, after_req, quote_gt, quote_outlook, report, reply, request_eml,
                     request_subject, rfcdate, sup, hx, render_text, render_html, req_dt, gt_intro_en,
                     BUYERS, msgid_for, boundary)
from .pdf import simple_doc


# --------------------------------------------------------------------------- 001
@case(1, "signal-lamps-oneliner-accepted", "confirmation/en-GB",
      "One-line 'confirmed as ordered' on top of a long quoted Outlook request whose table holds all the numbers.")
def c001():
    s = sup("BRIGHTWELL", "Brightwell Signal Optics Ltd", "sales@brightwell-signal.example", "en-GB")
    p = po("4500231107", s, "tom", "GBP", "2026-11-03", [
        L(1, "RSL-136-R", "LED signal lamp red, 136 mm lens, 24V DC, 12W", 40, "EA", "118.50", "2026-12-11"),
        L(2, "RSL-136-G", "LED signal lamp green, 136 mm lens, 24V DC, 12W", 40, "EA", "118.50", "2026-12-11"),
        L(3, "RSL-HD-200", "Lamp hood 200 mm with 3/8 in. fixing studs", 80, "EA", "14.20", "2026-12-11"),
    ])
    blocks = [
        "Morning Tom,",
        "Confirmed as ordered - all three lines, prices as per PO, delivery 11/12/2026 to Rotterdam.",
        "Regards\nGareth",
        ("sig", S("Gareth Pryce | Sales Office",
                  "Brightwell Signal Optics Ltd | Unit 7, Canal Side Works, Stoke-on-Trent ST4 2RE",
                  "T: +44 1782 555 019 | M: +44 7700 900 412",
                  "Registered in England & Wales No. 04417263. This e-mail and any attachments are confidential",
                  "and intended solely for the addressee.")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Gareth Pryce", "sales@brightwell-signal.example"), "RE: " + request_subject(p),
                "2026-11-10 08:47:12 +0000", blocks, client="outlook", charset="us-ascii", lang="en-GB")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: acc(p, 3)})],
                   "Only 'confirmed as ordered' plus 11/12/2026 (day-first = 11 Dec, the requested date); every "
                   "other number sits in our own quoted table, which must not be read as the supplier's answer.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 002
@case(2, "carbon-brushes-pdf-only-kw", "confirmation/de-DE",
      "ERP mail whose body says nothing; the answer is only in a Flate-compressed PDF with positions 10/20/30 and 'Liefertermin: KW 03/2027'.")
def c002():
    s = sup("REHM", "Rehm Kohlebürsten GmbH", "vertrieb@rehm-kohlebuersten.example", "de-DE")
    p = po("4500231188", s, "sofia", "EUR", "2026-11-04", [
        L(1, "KB-E49-25", "Carbon brush E49, 25x32x50 mm, 2.5 mm2 shunt", 120, "PCS", "7.85", "2026-12-18"),
        L(2, "KB-RC-12", "Brush holder RC-12 for 12.5x25 mm brushes", 60, "PCS", "21.40", "2027-01-08"),
        L(3, "KB-SPR-08", "Constant-force spring 0.8 mm, 2027 series", 200, "PCS", "1.95", "2026-12-18"),
    ])
    kw51 = fri(2026, 51)
    kw03 = fri(2027, 3)
    assert str(kw51) == "2026-12-18" and str(kw03) == "2027-01-22"
    pdf_lines = [
        ("Rehm Kohlebürsten GmbH", 14, True),
        "Industriestraße 41 · 73730 Esslingen am Neckar · Tel. +49 711 555 3380",
        ("gap", 10),
        ("AUFTRAGSBESTÄTIGUNG Nr. 20419877", 13, True),
        ("gap", 4),
        "Kestrel Holdings B.V., Havenweg 12, 3089 KB Rotterdam, Niederlande",
        "Ihre Bestellung: 4500231188 vom 04.11.2026        Ihr Zeichen: Frau Brandt",
        "Kundennummer: 100784        Datum: 11.11.2026        Währung: EUR",
        ("gap", 8),
        ("Pos.   Material       Bezeichnung                                   Menge   ME    Preis/ME      Wert", 9, True),
        ("rule",),
        "10     KB-E49-25      Kohlebürste E49 25x32x50 mm, Litze 2,5 mm²      120    Stk      7,85     942,00",
        "       Liefertermin: KW 51/2026",
        "20     KB-RC-12       Bürstenhalter RC-12 für 12,5x25 mm               60    Stk     21,40   1.284,00",
        "       Liefertermin: KW 03/2027",
        "30     KB-SPR-08      Konstantkraftfeder 0,8 mm, Serie 2027           200    Stk      1,95     390,00",
        "       Liefertermin: KW 51/2026",
        ("rule",),
        "                                                            Nettowert EUR            2.616,00",
        "                                                            zzgl. 19 % MwSt. entfällt (innergem. Lieferung)",
        ("gap", 10),
        "Lieferbedingung: DAP Rotterdam (Incoterms 2020)     Zahlungsbedingung: 60 Tage netto",
        "Die Ware wird in der genannten Kalenderwoche frei Haus Rotterdam angeliefert.",
        ("gap", 10),
        "Es gelten unsere Allgemeinen Verkaufs- und Lieferbedingungen, Stand 01/2026.",
        "Amtsgericht Stuttgart HRB 731204 · Geschäftsführer: Dr. Ulrich Rehm · USt-IdNr. DE 812 345 671",
    ]
    assert 120 * Decimal("7.85") == Decimal("942.00") and 60 * Decimal("21.40") == Decimal("1284.00")
    assert Decimal("942") + Decimal("1284") + Decimal("390") == Decimal("2616")
    pdf = simple_doc(pdf_lines, title="Auftragsbestätigung 20419877", author="Rehm Kohlebürsten GmbH",
                     creator="SAP NetWeaver", producer="SAP NetWeaver 7.50 PDF Library",
                     date="D:20261111140312+01'00'", compress=True)
    body = S("Sehr geehrte Damen und Herren,", "",
             "anbei erhalten Sie unsere Auftragsbestätigung 20419877 zu Ihrer Bestellung 4500231188.", "",
             "Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht direkt auf diese Nachricht;",
             "Rückfragen richten Sie bitte an vertrieb@rehm-kohlebuersten.example.", "",
             "Mit freundlichen Grüßen", "Rehm Kohlebürsten GmbH", "Vertriebsinnendienst", "")
    eml = reply(p, ("Rehm Kohlebürsten Auftragsbearbeitung", "sap-noreply@rehm-kohlebuersten.example"),
                "Auftragsbestätigung 20419877 zu Ihrer Bestellung 4500231188", "2026-11-11 14:03:55 +0100",
                text_body=body, mode="text", client="erp", charset="iso-8859-1", cte="quoted-printable",
                attachments=[pdf_att(pdf, "AB_20419877.pdf")], thread=False,
                extra_headers=[("X-Mailer", "SAP NetWeaver 7.50")])
    exp = expected("confirmation", [conf(p, {
        1: acc(p, 1),
        2: chg(p, 2, date=kw03),
        3: acc(p, 3)})],
        "Body has no answer; the compressed PDF maps positions 10/20/30 to lines 1-3. KW 51/2026 = Fri 2026-12-18 "
        "(as requested), KW 03/2027 = Fri 2027-01-22 for position 20; quantities and prices as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 003
@case(3, "floor-polish-monospace-table", "confirmation/nl-NL",
      "Monospace table with right-aligned Dutch numbers ('1.200,00' is an amount, not a quantity), a price change and a later date.")
def c003():
    s = sup("GLANSMEESTER", "Glansmeester Vloerzorg B.V.", "verkoop@glansmeester.example", "nl-NL")
    p = po("4500231240", s, "pieter", "EUR", "2026-11-05", [
        L(1, "FP-MAT-5L", "Floor polish matt, 5 L jerrycans, 20% solids", 400, "L", "3.00", "2026-12-04"),
        L(2, "FP-STR-10", "Stripper concentrate 1:10, 10 L", 120, "L", "4.15", "2026-12-04"),
        L(3, "FP-PAD-17", "Polishing pad 17 in. (432 mm) red, 5/box", 25, "BOX", "18.60", "2026-12-04"),
    ])
    rows = [("1", "FP-MAT-5L", "Vloerpolish mat 5 L", 400, "L", Decimal("3.00"), "04-12-2026"),
            ("2", "FP-STR-10", "Stripper concentraat 1:10", 120, "L", Decimal("4.35"), "04-12-2026"),
            ("3", "FP-PAD-17", 'Polijstpad 17" rood', 25, "DOOS", Decimal("18.60"), "11-12-2026")]
    hdr = f"{'Pos':>3}  {'Artikel':<10}  {'Omschrijving':<26}  {'Aantal':>6}  {'Eenh':<4}  {'Prijs':>6}  {'Bedrag':>8}  Levering"
    out = [hdr, "-" * len(hdr)]
    tot = Decimal(0)
    for r in rows:
        amt = r[3] * r[5]
        tot += amt
        out.append(f"{r[0]:>3}  {r[1]:<10}  {r[2]:<26}  {r[3]:>6}  {r[4]:<4}  {nf(r[5], 'nl'):>6}  "
                   f"{nf(amt, 'nl'):>8}  {r[6]}")
    out.append("-" * len(hdr))
    out.append(f"{'Totaal excl. btw':>65}  {nf(tot, 'nl'):>8}")
    table = "\n".join(out)
    assert "1.200,00" in table and nf(tot, "nl") == "2.187,00"
    blocks = [
        "Goedemiddag Pieter,",
        "Hierbij onze bevestiging van order 4500231240:",
        ("pre", table),
        "Pos. 2: prijs aangepast i.v.m. de grondstoffentoeslag per 1 november. De pads (pos. 3) kunnen we\n"
        "pas een week later leveren, de rest komt op 4 december zoals gevraagd.",
        "Met vriendelijke groet,",
        ("sig", S("Ruud Verhoeven", "Binnendienst verkoop", "Glansmeester Vloerzorg B.V. | Industrieweg 88 | 5683 CG Best",
                  "T +31 499 555 270", "KvK 17054321")),
        quote_outlook(p, "nl"),
    ]
    eml = reply(p, ("Ruud Verhoeven", "r.verhoeven@glansmeester.example"), "RE: " + request_subject(p),
                "2026-11-12 13:21:40 +0100", blocks, client="outlook", charset="iso-8859-1", lang="nl-NL")
    exp = expected("confirmation", [conf(p, {
        1: acc(p, 1), 2: chg(p, 2, price="4.35"), 3: chg(p, 3, date="2026-12-11")})],
        "Fixed-width table, dd-mm-yyyy dates and decimal commas; 1.200,00 and 2.187,00 are amounts. Pos. 2 "
        "price 4,35 instead of 4.15; pos. 3 delivered 11-12-2026.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 004
@case(4, "pallet-racking-polish-ooo", "auto_reply/pl-PL",
      "Polish Outlook out-of-office with a return date and a colleague's phone number, threaded on our request.")
def c004():
    s = sup("MAGNUM", "Regały Magnum Sp. z o.o.", "k.nowak@regaly-magnum.example", "pl-PL")
    p = po("4500231302", s, "marek", "PLN", "2026-11-09", [
        L(1, "RB-2700-110", "Pallet beam 2700 mm, 110x50 profile, 3.2 t/pair", 48, "PAIR", "312.00", "2026-12-14"),
        L(2, "RF-6000-90", "Upright frame 6000x1100 mm, 90 profile", 12, "EA", "1480.00", "2026-12-14"),
    ])
    body = S("Dzień dobry,", "",
             "dziękuję za wiadomość. Od 6.11.2026 do 23.11.2026 przebywam na urlopie i mam ograniczony dostęp",
             "do poczty. Wiadomości nie są przekazywane automatycznie.", "",
             "W pilnych sprawach dotyczących zamówień i potwierdzeń proszę kontaktować się z Panią Agnieszką",
             "Wójcik: a.wojcik@regaly-magnum.example, tel. +48 22 555 41 87.", "",
             "Z poważaniem",
             "Krzysztof Nowak",
             "Regały Magnum Sp. z o.o. | ul. Przemysłowa 14 | 05-800 Pruszków", "")
    html = render_html([("raw", body)], "outlook", "iso-8859-2", "pl-PL")
    eml = reply(p, ("Krzysztof Nowak", "k.nowak@regaly-magnum.example"),
                "Automatyczna odpowiedź: " + request_subject(p), after_req(p, 0, "+0100", 41),
                text_body=body, html_body=html, client="outlook", charset="iso-8859-2", lang="pl-PL",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                               ("X-MS-Exchange-Inbox-Rules-Loop", "k.nowak@regaly-magnum.example")], hdr_enc="Q")
    return [p], eml, expected("auto_reply", notes="Polish out-of-office ('Automatyczna odpowiedź', Auto-Submitted); "
                                                  "23.11.2026 is the return date, not a delivery date.")


# --------------------------------------------------------------------------- 005
@case(5, "insulators-line2-own-supplier", "confirmation/fr-FR",
      "'Nous confirmons, mais la ligne 2 dépend de notre propre fournisseur': line 2 carries a date that is only conditional.")
def c005():
    s = sup("ICL", "Isolateurs Céramiques du Limousin SAS", "adv@icl-isolateurs.example", "fr-FR")
    p = po("4500231355", s, "sofia", "EUR", "2026-11-05", [
        L(1, "ICL-U70-146", "Porcelain disc insulator U70BL, 146 mm spacing, 70 kN", 300, "EA", "24.60", "2026-12-09"),
        L(2, "ICL-C4-125", "Post insulator C4-125, 36 kV, 4/3 shed profile", 40, "EA", "186.00", "2026-12-16"),
        L(3, "ICL-PIN-M16", "Pin M16x140, hot-dip galvanized", 300, "EA", "3.15", "2026-12-09"),
    ])
    blocks = [
        "Bonjour Madame Brandt,",
        "Nous vous remercions pour votre commande n° 4500231355 et nous la confirmons, mais la ligne 2 dépend\n"
        "de notre propre fournisseur (armatures en fonte pour les isolateurs C4-125) : le 16/12 ne sera tenable\n"
        "que si ses pièces arrivent à temps. Nous ne pouvons donc pas encore nous engager sur cette ligne et\n"
        "reviendrons vers vous dès réception de sa confirmation.",
        "Lignes 1 et 3 : quantités et prix conformes à votre commande, livraison le 09/12/2026 à Rotterdam.",
        "Bien cordialement,",
        ("sig", S("Camille Faure", "Administration des ventes", "Isolateurs Céramiques du Limousin SAS",
                  "12, rue des Émailleurs - 87000 Limoges", "Tél. : +33 5 55 55 31 20")),
        quote_outlook(p, "fr"),
    ]
    eml = reply(p, ("Camille Faure", "adv@icl-isolateurs.example"), "RE : " + request_subject(p),
                "2026-11-12 16:45:03 +0100", blocks, client="outlook", charset="iso-8859-15", lang="fr-FR")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: UNC, 3: acc(p, 3)})],
                   "Opening 'nous la confirmons' is qualified: line 2 depends on the supplier's own supplier and "
                   "is explicitly not committed (unconfirmed) although 16/12 is mentioned; lines 1 and 3 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 006
@case(6, "asphalt-additive-per-bag-price", "confirmation/es-ES",
      "Price quoted per 50 kg bag on a PO ordered in KG (152,50 EUR/saco = 3.05 EUR/kg), Spanish number format.")
def c006():
    s = sup("EBRO", "Aditivos Viales Ebro S.L.", "pedidos@aditivos-ebro.example", "es-ES")
    p = po("4500231410", s, "ines", "EUR", "2026-11-06", [
        L(1, "AV-WMA-20", "Warm-mix asphalt additive WMA-20, dosage 0.3-0.5%", 2000, "KG", "2.90", "2026-12-10"),
        L(2, "AV-FIB-6", "Cellulose fibre pellets 6 mm for SMA 11/16", 1500, "KG", "1.42", "2026-12-10"),
    ])
    bag = Decimal("152.50")
    perkg = bag / 50
    assert perkg == Decimal("3.05")
    name, em = BUYERS["ines"]
    blocks = [
        "Buenos días Ines:",
        "Te confirmo el pedido 4500231410:",
        ("raw", S(f"- Línea 1, WMA-20: 2.000 kg (40 sacos de 50 kg) a {nf(bag, 'es-ES')} € por saco, entrega el 10/12/2026.",
                  "- Línea 2, fibra de celulosa: 1.500 kg a 1,42 €/kg, entrega el 10/12/2026.")),
        "El precio del WMA-20 es el de la tarifa 2026-B, vigente desde el 1 de noviembre.",
        "Un saludo,",
        ("sig", S("Jorge Lasheras", "Dpto. Comercial - Aditivos Viales Ebro S.L.",
                  "Polígono Malpica, calle E nº 31 - 50016 Zaragoza", "Tel. +34 976 55 58 12")),
        quote_gt(p, f"El vie, {D(p['issued']).day} nov 2026 a las 10:{int(hx('m', 2), 16) % 50 + 10}, {name} (<{em}>) escribió:"),
    ]
    eml = reply(p, ("Jorge Lasheras", "pedidos@aditivos-ebro.example"), "Re: " + request_subject(p),
                "2026-11-11 09:38:27 +0100", blocks, client="gmail", charset="UTF-8", lang="es-ES")
    exp = expected("confirmation", [conf(p, {1: chg(p, 1, price=perkg), 2: acc(p, 2)})],
                   "Line 1 priced per 50 kg bag: 152,50 / 50 = 3.05 EUR/kg (PO 2.90); quantity 2.000 kg = 40 bags "
                   "unchanged. Line 2 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 007
@case(7, "racking-ende-kw51", "confirmation/de-CH",
      "Swiss German 'Ende KW 51' for all positions (Friday 2026-12-18) with CHF amounts written 18'698.00.")
def c007():
    s = sup("AEBI", "Lagertechnik Aebi AG", "verkauf@aebi-lagertechnik.example", "de-CH")
    p = po("4500231466", s, "marek", "CHF", "2026-11-09", [
        L(1, "AE-RB-1800", "Pallet beam 1800 mm, 100x50, 2000 kg/pair", 60, "PAIR", "96.50", "2026-12-11"),
        L(2, "AE-SF-4500", "Upright frame 4500x1050 mm", 20, "EA", "412.00", "2026-12-11"),
        L(3, "AE-WD-1210", "Wire mesh deck 1200x1000 mm, 50x50 mesh", 120, "EA", "38.90", "2026-12-11"),
    ])
    tot = sum(Decimal(l["unit_price"]) * l["quantity"] for l in p["lines"])
    assert nf(tot, "de-CH") == "18'698.00"
    blocks = [
        "Grüezi Herr Lind",
        "Besten Dank für Ihre Bestellung 4500231466. Wir bestätigen alle drei Positionen zu den bestellten\n"
        "Mengen und Preisen (Auftragstotal CHF " + nf(tot, "de-CH") + " exkl. MWST).",
        "Wegen Auslastung in der Verzinkerei können wir leider nicht in KW 50 liefern, sondern erst Ende KW 51.\n"
        "Die Anlieferung erfolgt mit unserem eigenen LKW, Avis 24 h vorher.",
        "Freundliche Grüsse",
        ("sig", S("Beat Aebi", "Verkauf Innendienst", "Lagertechnik Aebi AG | Riedstrasse 5 | 3400 Burgdorf",
                  "Tel. +41 34 555 22 10 | www.aebi-lagertechnik.example")),
        quote_outlook(p, "de"),
    ]
    eml = reply(p, ("Beat Aebi", "verkauf@aebi-lagertechnik.example"), "AW: " + request_subject(p),
                "2026-11-13 10:12:44 +0100", blocks, client="outlook", charset="iso-8859-1", lang="de-CH")
    d = fri(2026, 51)
    exp = expected("confirmation", [conf(p, {n: chg(p, n, date=d) for n in (1, 2, 3)})],
                   "'Ende KW 51' without a weekday = Friday of ISO week 51 = 2026-12-18 for all three lines; "
                   "quantities and prices confirmed unchanged; KW 50 is only what we asked for.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 008
@case(8, "sports-nutrition-earlier-date-question", "needs_review/sv-SE",
      "Swedish reply confirms quantities and prices but asks whether line 2 may be delivered earlier before it sends a confirmation.")
def c008():
    s = sup("NPL", "Nordic Protein Lab AB", "order@nordicproteinlab.example", "sv-SE")
    p = po("4500231512", s, "dana", "SEK", "2026-11-09", [
        L(1, "NPL-WHEY-1K", "Whey protein 80%, vanilla, 1 kg pouch", 600, "PCS", "129.00", "2026-12-15"),
        L(2, "NPL-BAR-55", "Protein bar 55 g, 12/box, salted caramel", 300, "BOX", "165.00", "2026-12-15"),
        L(3, "NPL-CRE-300", "Creatine monohydrate 300 g, 2027 label", 400, "PCS", "89.50", "2026-12-15"),
    ])
    name, em = BUYERS["dana"]
    blocks = [
        "Hej Dana,",
        "Tack för beställningen! Kvantiteterna är OK på alla tre rader och priserna stämmer med vår offert.",
        "En fråga innan vi skickar orderbekräftelsen: skulle vi kunna tidigarelägga leveransen av rad 2\n"
        "(proteinbarerna) till den 1/12? Vi har dem färdigpackade och vill gärna frigöra lagerplats.\n"
        "Återkom gärna, så bekräftar vi hela ordern direkt.",
        "Med vänliga hälsningar",
        ("sig", S("Elin Sjöberg", "Kundtjänst / Order", "Nordic Protein Lab AB, Industrigatan 9, 212 14 Malmö",
                  "Tel 040-555 18 30")),
        quote_gt(p, f"{D(p['issued']).day} nov. 2026 kl. 09:41 skrev {name} <{em}>:"),
    ]
    eml = reply(p, ("Elin Sjöberg", "order@nordicproteinlab.example"), "Sv: " + request_subject(p),
                "2026-11-16 15:04:09 +0100", blocks, client="apple", charset="iso-8859-1", lang="sv-SE")
    return [p], eml, expected("needs_review", notes=(
        "Quantities and prices are agreed but the supplier asks whether line 2 could come on 1/12 and says it will "
        "confirm the whole order after our answer - no commitment yet."))


# --------------------------------------------------------------------------- 009
@case(9, "drone-spares-eta-only", "confirmation/en-SG",
      "Only an ETA ('ETA Rotterdam 14 Dec', no year) is given; it is the delivery date for all lines.")
def c009():
    s = sup("LIONCITY", "Lion City UAV Parts Pte Ltd", "sales@lioncityuav.example", "en-SG")
    p = po("4500231577", s, "tom", "USD", "2026-11-10", [
        L(1, "LC-PROP-1045", "Propeller 10x4.5 CW/CCW, carbon", 200, "PAIR", "6.40", "2026-12-11"),
        L(2, "LC-MOT-2306", "Brushless motor 2306 2400KV", 48, "PCS", "24.80", "2026-12-11"),
        L(3, "LC-BAT-6S13", "LiPo battery 6S 22.2V 1300mAh", 30, "PCS", "41.50", "2026-12-11"),
    ])
    blocks = [
        "Hi Tom,",
        "Noted your PO 4500231577 with thanks. All 3 items confirmed at PO qty and prices.\n"
        "Batteries need DG packing so the whole lot goes together by air freight.",
        "ETA Rotterdam 14 Dec.",
        "Best regards,\nJasmine",
        ("sig", S("Jasmine Tan | Sales Coordinator", "Lion City UAV Parts Pte Ltd",
                  "21 Ubi Road 1, #04-12, Singapore 408724", "Tel: +65 6555 0734")),
        quote_gt(p, gt_intro_en(p)),
    ]
    eml = reply(p, ("Jasmine Tan", "sales@lioncityuav.example"), "Re: " + request_subject(p),
                "2026-11-17 11:26:51 +0800", blocks, client="gmail", charset="UTF-8", lang="en-SG")
    d = D("2026-12-14")
    exp = expected("confirmation", [conf(p, {n: chg(p, n, date=d) for n in (1, 2, 3)})],
                   "Only an arrival ETA without year: 14 Dec after the mail date (2026-11-17) = 2026-12-14, later "
                   "than the requested 2026-12-11; qty and prices as PO.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 010
@case(10, "curtains-italian-newsletter", "unrelated/it-IT",
      "Italian HTML newsletter from the supplier's domain with dates, percentages and item sizes, not about the open PO.")
def c010():
    s = sup("TOB", "Tessiture Ospedaliere Brianza S.r.l.", "ordini@tob-tessuti.example", "it-IT")
    p = po("4500231630", s, "pieter", "EUR", "2026-11-10", [
        L(1, "TOB-CUR-140", "Hospital cubicle curtain 140x200 cm, flame retardant, mesh top 50 cm", 80, "EA", "46.80", "2026-12-16"),
        L(2, "TOB-HK-50", "Curtain hooks, nylon, 50/bag", 40, "BOX", "7.20", "2026-12-16"),
    ])
    text = S("TOB Informa - Novembre 2026", "",
             "Gentile cliente,", "",
             "le novità 2027 sono arrivate! La nuova linea di tende ignifughe classe 1 (UNI 9177) è disponibile",
             "nelle misure 140x200, 180x220 e 240x250 cm, anche con rete superiore da 50 cm.", "",
             "* Promozione di fine anno: sconto 10% su tutti gli ordini ricevuti entro il 15/12/2026",
             "* Nuovi ganci antibatterici in confezione da 100 pezzi",
             "* Chiusura per festività: dal 24/12/2026 al 06/01/2027", "",
             "Scarica il catalogo 2027: https://www.tob-tessuti.example/catalogo2027", "",
             "Tessiture Ospedaliere Brianza S.r.l. - Via Milano 118 - 20841 Carate Brianza (MB)",
             "P.IVA 01234560961", "",
             "Ricevi questa e-mail perché sei iscritto alla newsletter di TOB.",
             "Cancellati: https://www.tob-tessuti.example/newsletter/unsub?u=8f2c41", "")
    html = ('<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>TOB Informa</title></head>'
            '<body style="margin:0;background:#f2f2f2"><table width="600" align="center" cellpadding="0" '
            'cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif">'
            '<tr><td style="background:#00607a;color:#fff;padding:18px;font-size:22px">TOB Informa &middot; Novembre 2026</td></tr>'
            '<tr><td style="padding:18px;font-size:14px;line-height:1.5">Gentile cliente,<br><br>le novit&agrave; 2027 '
            'sono arrivate! La nuova linea di tende ignifughe classe 1 (UNI 9177) &egrave; disponibile nelle misure '
            '<b>140x200, 180x220 e 240x250 cm</b>, anche con rete superiore da 50 cm.<ul>'
            '<li>Promozione di fine anno: <b>sconto 10%</b> su tutti gli ordini ricevuti entro il 15/12/2026</li>'
            '<li>Nuovi ganci antibatterici in confezione da 100 pezzi</li>'
            '<li>Chiusura per festivit&agrave;: dal 24/12/2026 al 06/01/2027</li></ul>'
            '<a href="https://www.tob-tessuti.example/catalogo2027" style="background:#e07b00;color:#fff;padding:10px 16px;'
            'text-decoration:none">Scarica il catalogo 2027</a></td></tr>'
            '<tr><td style="padding:12px;font-size:11px;color:#777">Tessiture Ospedaliere Brianza S.r.l. - Via Milano 118 - '
            '20841 Carate Brianza (MB) - P.IVA 01234560961<br>Ricevi questa e-mail perch&eacute; sei iscritto alla newsletter di TOB. '
            '<a href="https://www.tob-tessuti.example/newsletter/unsub?u=8f2c41">Cancellati</a></td></tr></table></body></html>\n')
    eml = reply(p, ("TOB Informa", "newsletter@tob-tessuti.example"),
                "Novità 2027 e sconto 10% fino al 15/12", "2026-11-18 07:30:00 +0100",
                text_body=text, html_body=html, client="erp", charset="utf-8", thread=False,
                to="pieter.dewit@kestrel-holdings.example",
                extra_headers=[("List-Unsubscribe", "<https://www.tob-tessuti.example/newsletter/unsub?u=8f2c41>"),
                               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                               ("Precedence", "bulk"), ("X-Mailer", "NewsletterPro 7.4")])
    return [p], eml, expected("unrelated", notes=(
        "Bulk newsletter from the supplier's domain (List-Unsubscribe, Precedence: bulk); the 140x200 size, 10% and "
        "15/12 are marketing, not an answer to PO 4500231630."))


# --------------------------------------------------------------------------- 011
@case(11, "pet-grooming-check-marks", "confirmation/en-NZ",
      "'Line 1 ✔, Line 2 ✔, Line 3 ✖ (out of stock until March)' written with symbols from a phone.")
def c011():
    s = sup("KIWIGROOM", "Kiwi Groom Supplies Ltd", "orders@kiwigroom.example", "en-NZ")
    p = po("4500231620", s, "pieter", "NZD", "2026-11-10", [
        L(1, "KG-SHP-5L", "Oatmeal dog shampoo 5 L, pH 7", 60, "EA", "38.50", "2026-12-08"),
        L(2, "KG-CLP-10", "Clipper blade #10, 1.5 mm cut", 120, "PCS", "22.90", "2026-12-08"),
        L(3, "KG-DRY-2400", "Dog blaster dryer 2400W, 230V", 10, "EA", "289.00", "2026-12-08"),
    ])
    name, em = BUYERS["pieter"]
    blocks = [
        "Hi Pieter",
        "Line 1 ✔, Line 2 ✔, Line 3 ✖ (out of stock until March)",
        "1 and 2 as per your PO - qty, price and delivery 8/12.",
        "Cheers\nAroha",
        ("raw", "Sent from my iPhone"),
        quote_gt(p, f"On {D(p['issued']).day}/11/2026, at 22:{int(hx('x', 2), 16) % 50 + 10}, {name} <{em}> wrote:"),
    ]
    eml = reply(p, ("Aroha Williams", "orders@kiwigroom.example"), "Re: " + request_subject(p),
                "2026-11-12 08:14:37 +1300", blocks, client="iphone", charset="utf-8", lang="en-NZ")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: REJ})],
                   "Check/cross symbols instead of words; 8/12 is day-first (8 Dec = requested); line 3 cannot be "
                   "supplied (out of stock until March) = rejected, no date promised.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 012
@case(12, "welding-helmets-exchange-ndr-de", "bounce/de-AT",
      "German Exchange NDR 'Unzustellbar' (multipart/report) carrying our full request with the PO table and dates.")
def c012():
    s = sup("GRUBER", "Schweißschutz Gruber GmbH", "bestellung@schweissschutz-gruber.example", "de-AT")
    p = po("4500231688", s, "sofia", "EUR", "2026-11-11", [
        L(1, "SG-AH-913", "Auto-darkening helmet, shade 9-13, optical class 1/1/1/2", 40, "EA", "84.00", "2026-12-10"),
        L(2, "SG-LENS-110", "Outer cover lens 110x90 mm", 400, "PCS", "0.92", "2026-12-10"),
    ])
    orig = request_eml(p)
    rcpt = p["supplier"]["email"]
    txt = S("Ihre Nachricht hat folgende Empfänger nicht erreicht:", "",
            f"{rcpt} ({rcpt})",
            "Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht gefunden. Überprüfen Sie die E-Mail-Adresse",
            "des Empfängers, und versuchen Sie erneut, die Nachricht zu senden. Wenn das Problem weiterhin besteht,",
            "wenden Sie sich an Ihren Helpdesk.", "",
            "Diagnoseinformationen für Administratoren:", "",
            "Generierender Server: AM0PR04MB6436.eurprd04.prod.outlook.com", "",
            rcpt,
            "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; Recipient not found by SMTP address lookup'",
            "", "Ursprüngliche Nachrichtenkopfzeilen:", "",
            f"Message-ID: {p['request_message_id']}", f"Subject: {request_subject(p)}",
            f"Date: {rfcdate(req_dt(p))}", "")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Ihre Nachricht hat folgende Empfänger nicht "
            f"erreicht:</font></b></p><p>{rcpt} ({rcpt})<br>Die E-Mail-Adresse, die Sie eingegeben haben, wurde nicht "
            "gefunden.</p><p><font color=\"#808080\" size=\"2\" face=\"Tahoma\">Diagnoseinformationen für Administratoren:"
            "<br><br>Generierender Server: AM0PR04MB6436.eurprd04.prod.outlook.com<br><br>"
            f"{rcpt}<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; Recipient not found by SMTP "
            "address lookup'</font></p></body></html>\n")
    alt = mime.multipart("alternative", [mime.text(txt, "plain", "utf-8", "base64"),
                                         mime.text(html, "html", "utf-8", "quoted-printable")],
                         "_000_" + hx("alt", 24, True) + "_")
    dsn = dsn_part("AM0PR04MB6436.eurprd04.prod.outlook.com", rfcdate("2026-11-11 " + req_dt(p).split()[1] + " +0000"),
                   [(rcpt, "failed", "5.1.1", "550 5.1.1 RESOLVER.ADR.RecipNotFound; Recipient not found by SMTP address lookup", None)])
    root = report([alt, dsn, mime.rfc822(orig)], "_001_" + hx("rep", 24, True) + "_")
    hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-holdings.example>"),
          ("To", mime.addr(*BUYERS["sofia"])),
          ("Date", rfcdate("2026-11-11 " + req_dt(p).split()[1] + " +0000")),
          ("Content-Language", "de-DE"),
          ("Message-ID", f"<{hx('ndr', 8)}-{hx('n2', 4)}-{hx('n3', 4)}-{hx('n4', 4)}-{hx('n5', 12)}@AM0PR04MB6436.eurprd04.prod.outlook.com>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Subject", "Unzustellbar: " + request_subject(p)),
          ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    eml = mime.message(hs, root)
    return [p], eml, expected("bounce", notes=(
        "Exchange NDR in German ('Unzustellbar', 5.1.1) threaded on the request; the attached original carries the PO "
        "table with quantities, prices and 2026-12-10, none of which is an answer."))


# --------------------------------------------------------------------------- 013
@case(13, "telecom-cabinets-csv-semicolon", "confirmation/cs-CZ",
      "Czech confirmation as a semicolon CSV (windows-1250, decimal commas, dd.mm.yyyy) plus a short body pointing at changes.")
def c013():
    s = sup("TSBRNO", "Telekomunikační skříně Brno s.r.o.", "obchod@tsbrno.example", "cs-CZ")
    p = po("4500231733", s, "marek", "CZK", "2026-11-11", [
        L(1, "TS-42U-600", "Rack cabinet 42U 600x1000 mm, RAL 7035", 8, "EA", "18450.00", "2026-12-14"),
        L(2, "TS-SH-2U55", "Fixed shelf 19 in., 2U, 550 mm deep, 50 kg load", 40, "PCS", "690.00", "2026-12-14"),
        L(3, "TS-PDU-8", "PDU 8x C13, 16A, 1.8 m cable", 16, "PCS", "1240.00", "2026-12-14"),
        L(4, "TS-FAN-4", "Roof fan unit 4x 120 mm, 230V", 8, "EA", "2315.00", "2027-01-11"),
    ])
    csv = S("Pozice;Kód zboží;Popis;Množství;MJ;Cena za MJ;Měna;Termín dodání;Poznámka",
            "1;TS-42U-600;Rozvaděč 42U 600x1000 RAL 7035;8;ks;18450,00;CZK;14.12.2026;",
            "2;TS-SH-2U55;Police pevná 19\" 2U 550 mm;40;ks;690,00;CZK;14.12.2026;",
            "3;TS-PDU-8;Napájecí lišta 8x C13 16A 1,8 m;16;ks;1240,00;CZK;21.12.2026;posunutý termín",
            "4;TS-FAN-4;Ventilační jednotka 4x 120 mm 230V;8;ks;2398,50;CZK;11.01.2027;ceník 2027",
            "") .replace("\n", "\r\n").encode("cp1250")
    name, em = BUYERS["marek"]
    blocks = [
        "Dobrý den, pane Linde,",
        "v příloze Vám zasíláme potvrzení objednávky 4500231733 ve formátu CSV.\n"
        "Upozorňujeme na posunutý termín u pozice 3 a novou cenu u pozice 4 (ceník 2027).",
        "S pozdravem",
        ("sig", S("Ing. Lucie Dvořáková", "obchodní oddělení", "Telekomunikační skříně Brno s.r.o.",
                  "Vídeňská 112, 619 00 Brno", "tel.: +420 543 555 218")),
        quote_gt(p, f"Dne {dmy(p['issued'])} v 10:{int(hx('m', 2), 16) % 50 + 10} {name} napsal(a):"),
    ]
    att = mime.attachment(csv, "text/csv", "potvrzeni_4500231733.csv", ct_params='; charset="windows-1250"')
    eml = reply(p, ("Lucie Dvořáková", "dvorakova@tsbrno.example"), "Re: " + request_subject(p),
                "2026-11-17 10:55:21 +0100", blocks, client="thunderbird", charset="iso-8859-2",
                attachments=[att], lang="cs-CZ")
    exp = expected("confirmation", [conf(p, {
        1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, date="2026-12-21"), 4: chg(p, 4, price="2398.50")})],
        "Values only in a ';'-separated windows-1250 CSV with decimal commas: pos. 3 moved to 21.12.2026, pos. 4 "
        "price 2398,50 instead of 2315.00; pos. 1-2 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 014
@case(14, "coffee-filters-same-as-last-order", "needs_review/pt-BR",
      "'Confirmamos nas mesmas condições do último pedido' refers to prices and lead time that are not in the mail.")
def c014():
    s = sup("FCP", "Filtros Café Paulista Ltda.", "vendas@filtroscafepaulista.example", "pt-BR")
    p = po("4500231790", s, "ines", "BRL", "2026-11-12", [
        L(1, "FCP-102-40", "Paper coffee filter size 102, 40/box", 500, "BOX", "6.90", "2026-12-18"),
        L(2, "FCP-4-100", "Coffee filter no. 4, unbleached, 100/box", 300, "BOX", "11.40", "2026-12-18"),
    ])
    name, em = BUYERS["ines"]
    blocks = [
        "Olá Ines, tudo bem?",
        "Recebemos o pedido 4500231790, obrigado!\n"
        "Confirmamos nas mesmas condições do último pedido (preço e prazo de entrega), como sempre.",
        "Abraço,",
        ("sig", S("Rafael Nogueira", "Comercial - Exportação", "Filtros Café Paulista Ltda.",
                  "Rua Tenente Silveira, 480 - Jundiaí/SP - CEP 13201-000", "Tel. +55 11 5555-3041")),
        quote_gt(p, f"Em qui., {D(p['issued']).day} de nov. de 2026 às 11:07, {name} <{em}> escreveu:"),
    ]
    eml = reply(p, ("Rafael Nogueira", "vendas@filtroscafepaulista.example"), "Re: " + request_subject(p),
                "2026-11-16 14:19:02 -0300", blocks, client="gmail", charset="UTF-8", lang="pt-BR")
    return [p], eml, expected("needs_review", notes=(
        "'Same conditions as the last order' points to a previous order's price and lead time that the mail does not "
        "contain; whether that equals this PO's 6.90/11.40 BRL and 2026-12-18 cannot be checked."))


# --------------------------------------------------------------------------- 015
@case(15, "rubber-seals-slovenian", "confirmation/sl-SI",
      "Slovenian per-position list with '7. 12. 2026' dates, decimal commas and a split delivery on position 3.")
def c015():
    s = sup("GUMITEHNA", "Gumitehna Kranj d.o.o.", "prodaja@gumitehna.example", "sl-SI")
    p = po("4500231845", s, "pieter", "EUR", "2026-11-12", [
        L(1, "GT-OR-40X3", "O-ring 40x3 mm, NBR 70 Shore A", 2000, "PCS", "0.18", "2026-12-07"),
        L(2, "GT-FG-DN100", "Flange gasket DN100 PN16, EPDM, 3 mm", 150, "PCS", "4.75", "2026-12-07"),
        L(3, "GT-PRO-1220", "Door seal profile 12x20 mm, silicone", 400, "M", "2.60", "2026-12-07"),
    ])
    blocks = [
        "Pozdravljeni,",
        "potrjujemo vaše naročilo št. 4500231845:",
        ("raw", S("poz. 1: 2.000 kos, cena 0,18 EUR/kos, dobava 7. 12. 2026",
                  "poz. 2: 150 kos, cena 4,75 EUR/kos, dobava 14. 12. 2026",
                  "poz. 3: 400 m, cena 2,60 EUR/m - dobavimo v dveh delih: 250 m 7. 12. 2026,",
                  "        preostalih 150 m pa 11. 12. 2026")),
        "Lep pozdrav,",
        ("sig", S("Maja Kovač", "Prodaja", "Gumitehna Kranj d.o.o., Savska cesta 22, 4000 Kranj",
                  "T: +386 4 555 61 40")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Maja Kovač", "prodaja@gumitehna.example"), "RE: " + request_subject(p),
                "2026-11-18 12:31:56 +0100", blocks, client="outlook", charset="windows-1250", lang="sl-SI")
    exp = expected("confirmation", [conf(p, {
        1: acc(p, 1), 2: chg(p, 2, date="2026-12-14"),
        3: chg(p, 3, schedule=[(250, "2026-12-07"), (150, "2026-12-11")])})],
        "Slovenian 'd. m. yyyy' dates with spaces and '2.000' = two thousand; pos. 2 one week later; pos. 3 split "
        "250 m + 150 m, last delivery 2026-12-11.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 016
@case(16, "welding-helmets-subject-only", "confirmation/en-ZA",
      "Confirmation only in the Subject 'CONFIRMED - PO 4500231901'; the body is just a signature and disclaimer above the quote.")
def c016():
    s = sup("HIGHVELD", "Highveld Weld Safety (Pty) Ltd", "orders@highveldweld.example", "en-ZA")
    p = po("4500231901", s, "sofia", "ZAR", "2026-11-13", [
        L(1, "HW-ADF-500", "Auto-darkening helmet, shade 4/9-13, class 1/1/1/1", 30, "EA", "1450.00", "2026-12-11"),
        L(2, "HW-GL-350", "Welding gauntlet 350 mm, split leather, size 10", 200, "PAIR", "96.00", "2026-12-11"),
    ])
    blocks = [
        ("sig", S("Kind regards", "", "Thabo Mokoena", "Sales Administrator", "Highveld Weld Safety (Pty) Ltd",
                  "14 Electron Road, Isando, 1600, South Africa", "Tel: +27 11 555 0192 | Cell: +27 82 555 7710", "",
                  "DISCLAIMER: This e-mail is subject to the company's e-mail policy. Prices quoted are valid for 30 days",
                  "and are subject to exchange-rate fluctuations. Highveld Weld Safety accepts no liability for errors.")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Thabo Mokoena", "orders@highveldweld.example"), "CONFIRMED - PO 4500231901",
                "2026-11-16 09:02:33 +0200", blocks, client="outlook", charset="us-ascii", lang="en-ZA")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: acc(p, 2)})],
                   "The only statement is the Subject 'CONFIRMED - PO 4500231901'; the body holds just a signature and a "
                   "generic price-validity disclaimer, so the PO is accepted as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 017
@case(17, "coffee-filters-vietnamese-ngay", "confirmation/vi-VN",
      "Vietnamese reply with 'giao hàng ngày 18/12' (no year) on one line and a full date on the other.")
def c017():
    s = sup("GLSG", "Công ty TNHH Giấy Lọc Sài Gòn", "kinhdoanh@giayloc-saigon.example", "vi-VN")
    p = po("4500231958", s, "ines", "USD", "2026-11-13", [
        L(1, "SG-CF-1X4", "Cone coffee filter 1x4, white, 80 pcs/box", 1200, "BOX", "0.62", "2026-12-11"),
        L(2, "SG-CF-R90", "Round filter paper 90 mm for 2/3-cup drippers", 800, "BOX", "0.48", "2026-12-11"),
    ])
    name, em = BUYERS["ines"]
    blocks = [
        "Chào chị Ines,",
        "Bên em xác nhận đơn hàng 4500231958 như sau:",
        ("raw", S("- Dòng 1 (SG-CF-1X4): 1.200 hộp, đơn giá 0,62 USD, giao hàng ngày 18/12 do máy cắt đang bảo trì.",
                  "- Dòng 2 (SG-CF-R90): 800 hộp, đơn giá 0,48 USD, giao hàng ngày 11/12/2026.")),
        "Thanks and best regards,",
        ("sig", S("Nguyễn Thị Thu Hà", "Phòng Kinh doanh Xuất khẩu", "Công ty TNHH Giấy Lọc Sài Gòn",
                  "Lô C12, KCN Tân Bình, TP. Hồ Chí Minh", "ĐT: +84 28 5555 6720")),
        quote_gt(p, f"Vào Th 6, {D(p['issued']).day} thg 11, 2026 vào lúc 15:22 {name} <{em}> đã viết:"),
    ]
    eml = reply(p, ("Nguyễn Thị Thu Hà", "kinhdoanh@giayloc-saigon.example"), "Re: " + request_subject(p),
                "2026-11-19 16:40:12 +0700", blocks, client="gmail", charset="UTF-8", cte="base64", lang="vi-VN")
    exp = expected("confirmation", [conf(p, {1: chg(p, 1, date="2026-12-18"), 2: acc(p, 2)})],
                   "'ngày 18/12' has no year: next 18 Dec after 2026-11-19 = 2026-12-18 (one week late); '1.200 hộp' uses a "
                   "dot as thousands separator and '0,62' a decimal comma; line 2 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 018
@case(18, "lab-kits-indian-nos", "confirmation/en-IN",
      "Indian English 'Qty 1,000 Nos @ Rs. 9.50', dispatch vs delivery dates, lakh-grouped total and a revised rate.")
def c018():
    s = sup("AMBALA", "Ambala Scientific Instruments Pvt. Ltd.", "exports@ambalasci.example", "en-IN")
    p = po("4500232011", s, "tom", "INR", "2026-11-16", [
        L(1, "ASI-TT-15150", "Test tube 15x150 mm, borosilicate 3.3", 1000, "PCS", "9.50", "2026-12-18"),
        L(2, "ASI-BK-250", "Beaker 250 ml, low form, graduated", 500, "PCS", "48.00", "2026-12-18"),
        L(3, "ASI-KIT-OPT", "Optics kit, 6 lenses f=50/100/150 mm", 40, "SET", "1850.00", "2027-01-15"),
    ])
    tot = 1000 * Decimal("9.50") + 500 * Decimal("52.00") + 40 * Decimal("1850.00")
    assert nf_in(tot) == "1,09,500.00"
    blocks = [
        "Dear Sir,",
        "Greetings from Ambala Scientific!",
        "With reference to your PO No. 4500232011 dt. 16.11.2026, we are pleased to confirm the following:",
        ("raw", S("1) Test Tube 15x150 mm - Qty 1,000 Nos @ Rs. 9.50 each - dispatch from our works by 04.12.2026,",
                  "   delivery at your Rotterdam warehouse by 18.12.2026",
                  "2) Beaker 250 ml - Qty 500 Nos @ Rs. 52.00 each (rate revised due to increase in borosilicate",
                  "   tubing cost) - delivery 18.12.2026",
                  "3) Optics Kit - Qty 40 Sets @ Rs. 1,850.00 per set - delivery 15.01.2027")),
        f"Total order value: Rs. {nf_in(tot)} (Rupees One Lakh Nine Thousand Five Hundred only).",
        "Thanking you and assuring you of our best services at all times.",
        ("sig", S("Warm Regards,", "Rajesh Kumar Sharma", "Manager - Exports",
                  "Ambala Scientific Instruments Pvt. Ltd.", "Plot 17, Industrial Area Phase II, Ambala Cantt - 133 006, Haryana",
                  "Ph: +91 171 555 2290 | Mob: +91 98120 55531")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Rajesh Kumar Sharma", "exports@ambalasci.example"), "RE: " + request_subject(p),
                "2026-11-18 12:07:45 +0530", blocks, client="outlook", charset="us-ascii", lang="en-IN")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, price="52.00"), 3: acc(p, 3)})],
                   "'1,000 Nos' is one thousand; line 1 gives a dispatch date 04.12 and a delivery date 18.12 - the delivery "
                   "date wins (= requested). Line 2 rate revised to 52.00; line 3 as ordered. Total uses lakh grouping.")
    return [p], eml, exp
