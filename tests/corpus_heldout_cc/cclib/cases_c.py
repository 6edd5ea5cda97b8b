"""Cases 033-046: confirmations (attachments, inline answers, unit conversions, European locales)."""
from .common import (case, sup, po, conf, chg, REJ, UNC, build, reply_subject, outlook_quote, gt_quote,
                     request_text, request_subject, html_doc, text_to_html, B_LENA, B_JONAS, B_PRIYA)
from .mime import date_hdr
from .pdf import make_pdf
from .xlsx import make_xlsx


def E(confs, notes):
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


@case("harp-strings-xlsx-only", "confirmation/en-IE",
      "The body only says 'see attached'; the XLSX confirms lines 1-2 as ordered and 48 instead of 60 gut strings.")
def c033(seed):
    S = sup("CLRSCH", "Cláirseach Strings Ltd", "orders@clairseachstrings.example", "en-IE")
    P = po("4500031759", S, "EUR", "2026-11-19", [
        ("CS-LH34-SET", "Lever harp string set 34, nylon/wound, 2027 gauge chart", 20, "SET", "96.00", "2026-12-10"),
        ("CS-WB-C1-054", "Wound bass string C1, 0.054in / 1.37 mm", 40, "EA", "12.60", "2026-12-10"),
        ("CS-GUT-3E-110", "Gut string 3rd octave E, 1.10 mm", 60, "EA", "7.90", "2026-12-10"),
    ])
    body = ("Hi Lena,\n\nPlease see attached confirmation for your PO 4500031759.\n\nThanks a million,\nSiobhán Ní Bhriain\n"
            "Cláirseach Strings Ltd | Unit 3, Ballybrit Business Park, Galway H91 K2X4 | +353 91 555 218\n\n"
            + outlook_quote(P))
    xl = make_xlsx([
        ["Cláirseach Strings Ltd - Order Confirmation"],
        ["Customer PO", "4500031759", "", "Confirmation date", "20/11/2026"],
        [],
        ["PO line", "Item", "Description", "Qty confirmed", "UoM", "Unit price EUR", "Delivery date"],
        [1, "CS-LH34-SET", "Lever harp string set 34", 20, "SET", 96.0, "10/12/2026"],
        [2, "CS-WB-C1-054", "Wound bass C1 1.37 mm", 40, "EA", 12.6, "10/12/2026"],
        [3, "CS-GUT-3E-110", "Gut 3rd oct. E 1.10 mm", 48, "EA", 7.9, "10/12/2026"],
        [],
        ["Note: line 3 - only 48 gut strings in stock of the 2026 batch, no further production this year."],
    ], sheet="Confirmation", creator="Siobhan Ni Bhriain")
    eml = build(seed, frm=("Siobhán Ní Bhriain", "siobhan@clairseachstrings.example"), date=date_hdr(2026, 11, 20, 11, 0, 12, 0),
                subject=reply_subject(P), body=body, pos_reply=P, client="outlook", lang="en-IE",
                attachments=[(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PO4500031759_confirmation.xlsx")])
    return [P], eml, E([conf(P, {1: "acc", 2: "acc", 3: chg(48, "7.90", "2026-12-10")})],
                       "All values only in the XLSX: line 3 quantity 48 (PO 60), rest equal; dates day-first 10/12/2026 strings.")


@case("piano-hammers-inline-answers", "confirmation/fr-BE",
      "Answers are typed inline under each quoted PO line ('=> OK', '=> 14,20 €', '=> livraison le 18 décembre'), so values sit between quoted text.")
def c034(seed):
    S = sup("FEUTRB", "Feutres & Marteaux Dubois SRL", "commandes@dubois-feutres.example", "fr-BE")
    P = po("4500031773", S, "EUR", "2026-11-19", [
        ("FMD-HM88-14", "Piano hammer set 88, felt 14 lb, bass 2027 boring", 6, "SET", "612.00", "2026-12-11"),
        ("FMD-UND-4", "Underfelt 4 mm, 1/2in strips", 30, "M", "13.50", "2026-12-11"),
        ("FMD-BSH-38", "Bushing cloth 3/8in, 1.5 mm", 10, "M", "22.00", "2026-12-11"),
    ], buyer=B_JONAS)
    rows = request_text(P).split("\n")
    out = []
    ans = {"1    FMD-HM88-14": "=> OK, 6 jeux à 612,00 €, livraison le 11/12 comme demandé",
           "2    FMD-UND-4": "=> 30 m OK mais prix 14,20 € le mètre (nouveau tarif feutre)",
           "3    FMD-BSH-38": "=> OK quantité et prix, mais livraison le 18 décembre (rupture drap 3/8)"}
    for r in rows:
        out.append(("> " + r) if r else ">")
        for k, v in ans.items():
            if r.startswith(k):
                out.append("")
                out.append(v)
                out.append("")
    body = ("Bonjour Monsieur Weber,\n\nVoir nos réponses dans le texte ci-dessous.\n\n"
            "Le 19/11/2026 à 10:12, Jonas Weber a écrit :\n" + "\n".join(out) +
            "\n\nBien à vous,\nNathalie Dubois\nFeutres & Marteaux Dubois SRL\nRue de la Station 88, 7100 La Louvière\nTél. +32 64 55 21 08\n")
    eml = build(seed, frm=("Nathalie Dubois", "commandes@dubois-feutres.example"), date=date_hdr(2026, 11, 20, 15, 45, 0, 1),
                subject="Re: Order acknowledgment request - PO 4500031773", body=body, pos_reply=P, client="thunderbird",
                html="none", charset="iso-8859-15", cte="quoted-printable", lang="fr-BE")
    return [P], eml, E([conf(P, {1: "acc", 2: chg(30, "14.20", "2026-12-11"), 3: chg(10, "22.00", "2026-12-18")})],
                       "Inline answers between quoted lines; line 2 price 14,20 EUR/m; line 3 '18 décembre' (no year) -> 2026-12-18.")


@case("hockey-nets-lines-not-addressed", "confirmation/fr-CA",
      "Quebec French reply confirms lines 1-2 only; lines 3 and 4 (mesh and pegs) are never mentioned and stay unconfirmed.")
def c035(seed):
    S = sup("FILETQ", "Filets Sportifs Laurentides inc.", "ventes@filetslaurentides.example", "fr-CA")
    P = po("4500031787", S, "CAD", "2026-11-19", [
        ("FSL-NET72-4", "Ice hockey net 72x48in, 4 mm twine", 24, "EA", "38.50", "2026-12-09"),
        ("FSL-NET72-6", "Ice hockey net 72x48in, 6 mm pro twine", 12, "EA", "54.00", "2026-12-09"),
        ("FSL-MESH-3", "Skirt mesh 3 ft x 150 ft roll", 4, "ROL", "140.00", "2026-12-09"),
        ("FSL-PEG-12", "Goal peg 12in flexible", 48, "EA", "6.75", "2026-12-09"),
    ])
    body = ("Bonjour Lena,\n\nMerci pour le bon de commande 4500031787.\n\n"
            "Je vous confirme les filets : 24 filets 72x48 po 4 mm à 38,50 $ et 12 filets 6 mm pro à 54,00 $, "
            "livraison le 9 décembre tel que demandé.\n\nBonne journée!\n\nMarc-André Tremblay\nFilets Sportifs Laurentides inc.\n"
            "1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B2\n450 555-3187\n\n" + outlook_quote(P, "fr"))
    eml = build(seed, frm=("Marc-André Tremblay", "ventes@filetslaurentides.example"), date=date_hdr(2026, 11, 20, 9, 31, 4, -5),
                subject=reply_subject(P, "RE :"), body=body, pos_reply=P, client="outlook", lang="fr-CA")
    return [P], eml, E([conf(P, {1: "acc", 2: "acc", 3: UNC, 4: UNC})],
                       "Only the two net lines are confirmed (as ordered); skirt mesh and pegs are not addressed -> unconfirmed.")


@case("pto-shafts-four-percent", "confirmation/de-AT",
      "A 4 % material surcharge 'auf alle Positionen' must be applied to each PO unit price (312.50 -> 325.00, 48.75 -> 50.70, 22.50 -> 23.40).")
def c036(seed):
    S = sup("GELWAL", "Gelenkwellen Huber GmbH", "verkauf@huber-gelenkwellen.example", "de-AT")
    P = po("4500031801", S, "EUR", "2026-11-19", [
        ("GH-GW-S5-1010", "PTO shaft size 5, 1 3/8in Z6, 1010 mm", 8, "EA", "312.50", "2026-12-11"),
        ("GH-KRZ-3280", "Cross kit 32x80 mm", 20, "EA", "48.75", "2026-12-11"),
        ("GH-SCHR-M10", "Shear bolt kit M10x40, 10 pcs", 15, "SET", "22.50", "2026-12-11"),
    ], buyer=B_JONAS)
    body = ("Sehr geehrter Herr Weber,\n\ndanke für Ihre Bestellung 4500031801. Mengen und Liefertermin 11.12.2026 können wir bestätigen.\n\n"
            "Aufgrund der gestiegenen Stahlpreise müssen wir jedoch einen Materialteuerungszuschlag von 4 % auf alle Positionen verrechnen.\n\n"
            "Mit freundlichen Grüßen\n\nStefan Huber\nGelenkwellen Huber GmbH\nGewerbepark 5, 4614 Marchtrenk\nTel. +43 7229 555 12-0\nFN 214432k, LG Wels\n\n"
            + outlook_quote(P, "de"))
    eml = build(seed, frm=("Stefan Huber", "verkauf@huber-gelenkwellen.example"), date=date_hdr(2026, 11, 23, 8, 5, 0, 1),
                subject=reply_subject(P, "AW:"), body=body, pos_reply=P, client="outlook", lang="de-AT", charset="iso-8859-1")
    d = "2026-12-11"
    return [P], eml, E([conf(P, {1: chg(8, "325.00", d), 2: chg(20, "50.70", d), 3: chg(15, "23.40", d)})],
                       "+4 % on the PO unit prices: 312.50*1.04=325.00, 48.75*1.04=50.70, 22.50*1.04=23.40; quantities and date unchanged.")


@case("hose-couplings-per-box-mx", "confirmation/es-MX",
      "Price given per box of 25 pieces (USD 162.50/caja) and quantity in boxes (20 cajas) for a PO in PCS: 500 pcs at 6.50.")
def c037(seed):
    S = sup("CONMEX", "Conexiones Contra Incendio del Norte S.A. de C.V.", "ventas@conexionesnorte.example", "es-MX")
    P = po("4500031815", S, "USD", "2026-11-20", [
        ("CCN-NH15-AL", "Hose coupling 1 1/2in NH thread, aluminium", 500, "PCS", "6.20", "2026-12-14"),
        ("CCN-GSK15", "Coupling gasket 1 1/2in EPDM", 1000, "PCS", "0.18", "2026-12-14"),
    ], buyer=B_PRIYA)
    body = ("Buenas tardes Priya,\n\nCon gusto le confirmo su orden de compra 4500031815:\n\n"
            "Partida 1: coples 1 1/2\" NH aluminio - 20 cajas de 25 piezas, precio por caja USD 162.50\n"
            "Partida 2: empaques 1 1/2\" EPDM - 1,000 piezas a USD 0.18 c/u\n\n"
            "Entrega para ambas partidas el 14/12/2026.\n\nSaludos cordiales,\nLuis Fernando Garza\nEjecutivo de Ventas\n"
            "Conexiones Contra Incendio del Norte S.A. de C.V.\nAv. Ruiz Cortines 2450, Col. Industrial, Monterrey, N.L. 64440\nTel. +52 81 5555 2871\n\n"
            + gt_quote(P, "El vie, 20 nov 2026 a las 10:12, Priya Nair (<priya.nair@halvorsen-pike.example>) escribió:"))
    eml = build(seed, frm=("Luis Fernando Garza", "ventas@conexionesnorte.example"), date=date_hdr(2026, 11, 20, 16, 22, 0, -6),
                subject="Re: Order acknowledgment request - PO 4500031815", body=body, pos_reply=P, client="gmail", lang="es-MX")
    return [P], eml, E([conf(P, {1: chg(500, "6.50", "2026-12-14"), 2: "acc"})],
                       "20 boxes x 25 = 500 pcs (as ordered); 162.50 / 25 = 6.50 per pc (PO 6.20) -> changed price. Mexican decimal point.")


@case("piano-felt-per-roll-pt", "confirmation/pt-PT",
      "Felt quoted per 10 m roll (6 rolos a 540,00 € por rolo) for a PO in metres: 60 m at 54.00 per M.")
def c038(seed):
    S = sup("FELTPT", "Feltros Lusitanos, Lda.", "encomendas@feltroslusitanos.example", "pt-PT")
    P = po("4500031829", S, "EUR", "2026-11-20", [
        ("FL-HMF-16-10", "Hammer felt sheet 16 lb, taper 16-8 mm, 10 m roll", 60, "M", "52.00", "2026-12-09"),
        ("FL-BAL-PUN", "Balance rail punchings 3/8in, bag of 1,000", 5, "EA", "28.00", "2026-12-09"),
    ])
    body = ("Cara Lena,\n\nAgradecemos a encomenda 4500031829.\n\n"
            "Feltro para martelos 16 lb: 6 rolos de 10 m, a 540,00 € por rolo.\nArruelas 3/8\": 5 sacos a 28,00 €, conforme encomenda.\n\n"
            "Entrega a 9 de dezembro de 2026.\n\nCom os melhores cumprimentos,\nJoão Ferreira\nFeltros Lusitanos, Lda.\n"
            "Zona Industrial de Vagos, Lote 41, 3840-385 Vagos\nTel.: +351 234 555 120\n\n" + outlook_quote(P, "pt"))
    eml = build(seed, frm=("João Ferreira", "encomendas@feltroslusitanos.example"), date=date_hdr(2026, 11, 23, 10, 12, 30, 0),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="pt-PT", charset="windows-1252")
    return [P], eml, E([conf(P, {1: chg(60, "54.00", "2026-12-09"), 2: "acc"})],
                       "6 rolls x 10 m = 60 m (as ordered); 540.00 per 10 m roll = 54.00 per M (PO 52.00) -> changed price.")


@case("bollards-csv-attachment", "confirmation/nl-NL",
      "Confirmation only in a semicolon CSV with decimal commas and dd-mm-yyyy dates; line 2 moves to 18-12-2026.")
def c039(seed):
    S = sup("PAALNL", "Paalwerk Verkeersbeveiliging B.V.", "orderdesk@paalwerk.example", "nl-NL")
    P = po("4500031843", S, "EUR", "2026-11-20", [
        ("PW-AP-168-FX", "Airport bollard fixed, 168 mm, 1200 mm, RAL 1003", 24, "EA", "485.00", "2026-12-11"),
        ("PW-AP-168-RM", "Airport bollard removable, 168 mm, with key", 12, "EA", "612.00", "2026-12-11"),
        ("PW-RF-3M", "Reflective band 3M, 100 mm", 36, "EA", "9.40", "2026-12-11"),
    ], buyer=B_JONAS)
    csv = ("Ordernummer klant;Regel;Artikel;Omschrijving;Aantal;Eenheid;Prijs EUR;Leverdatum\r\n"
           "4500031843;1;PW-AP-168-FX;Afzetpaal vast 168 mm 1200 mm RAL 1003;24;ST;485,00;11-12-2026\r\n"
           "4500031843;2;PW-AP-168-RM;Afzetpaal uitneembaar 168 mm met sleutel;12;ST;612,00;18-12-2026\r\n"
           "4500031843;3;PW-RF-3M;Reflectieband 3M 100 mm;36;ST;9,40;11-12-2026\r\n").encode("windows-1252")
    body = ("Goedemiddag Jonas,\n\nIn de bijlage de orderbevestiging van uw order 4500031843 (CSV).\n\n"
            "Met vriendelijke groet,\nSanne de Vries\nBinnendienst | Paalwerk Verkeersbeveiliging B.V.\nNijverheidsweg 17, 3341 LJ Hendrik-Ido-Ambacht\nT 078 555 6610\n")
    eml = build(seed, frm=("Sanne de Vries", "orderdesk@paalwerk.example"), date=date_hdr(2026, 11, 23, 14, 30, 0, 1),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="nl-NL",
                attachments=[(csv, "text/csv", "OB_4500031843.csv")])
    return [P], eml, E([conf(P, {1: "acc", 2: chg(12, "612.00", "2026-12-18"), 3: "acc"})],
                       "Values only in the CSV (semicolons, decimal comma, dd-mm-yyyy); line 2 delivery 18-12-2026, others as ordered.")


@case("tent-pegs-greek-date", "confirmation/el-GR",
      "ISO-8859-7 Greek reply moves both lines to 21/12/2026 and states the price with a decimal comma '7,40 €' unchanged.")
def c040(seed):
    S = sup("PASSGR", "Passalis Tent Hardware S.A.", "sales@passalis-tents.example", "el-GR")
    P = po("4500031857", S, "EUR", "2026-11-20", [
        ("PTH-PEG-40-16", "Circus tent peg 40 cm, 16 mm steel", 500, "EA", "7.40", "2026-12-14"),
        ("PTH-RING-16", "Peg ring 16 mm, galvanised", 500, "EA", "0.95", "2026-12-14"),
    ])
    body = ("Αγαπητή κα Marsh,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500031857:\n\n"
            "Θέση 1: 500 τεμ. πάσσαλοι 40 cm / 16 mm, τιμή 7,40 € ανά τεμάχιο\n"
            "Θέση 2: 500 τεμ. κρίκοι 16 mm, τιμή 0,95 € ανά τεμάχιο\n\n"
            "Ημερομηνία παράδοσης: 21/12/2026 (λόγω γαλβανίσματος δεν προλαβαίνουμε τις 14/12).\n\n"
            "Με εκτίμηση,\nΓιώργος Πασσάλης\nPassalis Tent Hardware S.A.\nΒΙΠΕ Σίνδου, Οδός Β' 12, 57022 Θεσσαλονίκη\nΤηλ. +30 2310 555 784\n\n"
            + outlook_quote(P, "el"))
    eml = build(seed, frm=("Γιώργος Πασσάλης", "sales@passalis-tents.example"), date=date_hdr(2026, 11, 23, 12, 0, 0, 2),
                subject=reply_subject(P, "ΑΠ:"), body=body, pos_reply=P, client="outlook", lang="el-GR", charset="iso-8859-7")
    d = "2026-12-21"
    return [P], eml, E([conf(P, {1: chg(500, "7.40", d), 2: chg(500, "0.95", d)})],
                       "Greek: delivery 21/12/2026 replaces 14/12 for both lines; prices repeated unchanged.")


@case("hose-couplings-declined-croatian", "confirmation/hr-HR",
      "The whole order is declined ('ne možemo prihvatiti narudžbu'): a rejection is an answer, so every line is rejected.")
def c041(seed):
    S = sup("VATROH", "Vatro-Spoj d.o.o.", "prodaja@vatrospoj.example", "hr-HR")
    P = po("4500031871", S, "EUR", "2026-11-20", [
        ("VS-STZ-B75", "Storz coupling B 75, aluminium", 40, "EA", "29.80", "2026-12-10"),
        ("VS-RED-B-C", "Reducer Storz B/C 75/52", 20, "EA", "34.50", "2026-12-10"),
    ], buyer=B_PRIYA)
    body = ("Poštovana gospođo Nair,\n\nzahvaljujemo na narudžbi 4500031871.\n\n"
            "Nažalost, ne možemo prihvatiti narudžbu: proizvodnja Storz spojnica B 75 i redukcija B/C obustavljena je do ožujka 2027. "
            "Obje stavke stoga ne možemo isporučiti.\n\nLijep pozdrav,\nIvana Horvat\nVatro-Spoj d.o.o.\nSlavonska avenija 52, 10000 Zagreb\nTel: +385 1 555 2904\n\n"
            + outlook_quote(P, "hr"))
    eml = build(seed, frm=("Ivana Horvat", "prodaja@vatrospoj.example"), date=date_hdr(2026, 11, 24, 9, 40, 0, 1),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="hr-HR", charset="windows-1250")
    return [P], eml, E([conf(P, {1: REJ, 2: REJ})],
                       "Full rejection of the PO is still kind confirmation with all lines rejected; 'ožujka 2027' is not a delivery date.")


@case("pallet-nails-per-tonne", "confirmation/sl-SI",
      "Price given per tonne ('1.850,00 EUR/t') and quantity as '2,5 t' for a PO in KG: 2500 kg at 1.85 EUR/kg.")
def c042(seed):
    S = sup("ZEBLSI", "Žebljarna Kranj d.o.o.", "prodaja@zebljarna-kranj.example", "sl-SI")
    P = po("4500031885", S, "EUR", "2026-11-23", [
        ("ZK-PAL-2870", "Pallet nail ring shank 2.8x70 mm, coil 15 deg", 2500, "KG", "1.92", "2026-12-16"),
        ("ZK-PAL-3190", "Pallet nail screw shank 3.1x90 mm", 1000, "KG", "2.05", "2026-12-16"),
    ], buyer=B_JONAS)
    body = ("Spoštovani g. Weber,\n\nhvala za naročilo 4500031885. Potrjujemo:\n\n"
            "poz. 1: žeblji 2,8x70 mm - 2,5 t, cena 1.850,00 EUR/t\n"
            "poz. 2: žeblji 3,1x90 mm - 1,0 t, cena 2.050,00 EUR/t\n\n"
            "Dobava 16. 12. 2026.\n\nLep pozdrav,\nMaja Novak\nŽebljarna Kranj d.o.o.\nSavska cesta 34, 4000 Kranj\nTel. +386 4 555 21 70\n\n"
            + outlook_quote(P, "sl"))
    eml = build(seed, frm=("Maja Novak", "prodaja@zebljarna-kranj.example"), date=date_hdr(2026, 11, 24, 10, 55, 0, 1),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="sl-SI", charset="iso-8859-2")
    return [P], eml, E([conf(P, {1: chg(2500, "1.85", "2026-12-16"), 2: "acc"})],
                       "Per-tonne prices: 1850/1000 = 1.85 per kg (PO 1.92) -> changed; 2050/1000 = 2.05 = PO. 2,5 t = 2500 kg, 1,0 t = 1000 kg.")


@case("pto-serbian-cyrillic-split", "confirmation/sr-RS",
      "Serbian Cyrillic reply splits line 1 into 25 pcs on 07.12.2026 and 15 pcs on 21.12.2026; line 2 as ordered.")
def c043(seed):
    S = sup("KARDRS", "Kardan Produkt d.o.o.", "prodaja@kardanprodukt.example", "sr-RS")
    P = po("4500031899", S, "EUR", "2026-11-23", [
        ("KP-KV-S4-860", "PTO shaft series 4, 1 3/8in Z6, 860 mm", 40, "EA", "164.00", "2026-12-07"),
        ("KP-ZAST-860", "PTO guard tube 860 mm", 40, "EA", "21.00", "2026-12-07"),
    ])
    body = ("Поштована госпођо Марш,\n\nпотврђујемо поруџбину 4500031899:\n\n"
            "Позиција 1: кардан серија 4, 860 мм - укупно 40 ком по 164,00 EUR, испорука у два дела: "
            "25 ком 07.12.2026. и преосталих 15 ком 21.12.2026.\n"
            "Позиција 2: заштитна цев 860 мм - 40 ком по 21,00 EUR, испорука 07.12.2026.\n\n"
            "Срдачан поздрав,\nМилан Петровић\nКардан Продукт д.о.о.\nИндустријска зона бб, 34000 Крагујевац\nТел. +381 34 555 218\n\n"
            + outlook_quote(P, "sr"))
    eml = build(seed, frm=("Милан Петровић", "prodaja@kardanprodukt.example"), date=date_hdr(2026, 11, 24, 13, 20, 0, 1),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="sr-RS")
    return [P], eml, E([conf(P, {1: chg(40, "164.00", "2026-12-21", [(25, "2026-12-07"), (15, "2026-12-21")]), 2: "acc"})],
                       "Cyrillic; split 25 + 15 = 40, last delivery 2026-12-21; Serbian dates with trailing dot '07.12.2026.'.")


@case("ear-tags-bulgarian-accepted", "confirmation/bg-BG",
      "windows-1251 Bulgarian confirmation 'потвърждаваме без промени' restating all three lines with decimal commas: all accepted.")
def c044(seed):
    S = sup("AGROBG", "Агромарк ЕООД", "office@agromark-bg.example", "bg-BG")
    P = po("4500031913", S, "EUR", "2026-11-23", [
        ("AM-ET-RFID", "Electronic ear tag HDX 134.2 kHz", 800, "PCS", "1.95", "2026-12-15"),
        ("AM-ET-VIS", "Visual ear tag 45x55 mm, numbered 0001-0800", 800, "PCS", "0.38", "2026-12-15"),
        ("AM-RDR-HH", "Handheld tag reader 134.2 kHz", 2, "EA", "265.00", "2026-12-15"),
    ], buyer=B_PRIYA)
    body = ("Здравейте, г-жо Наир,\n\nПотвърждаваме поръчка 4500031913 без промени:\n\n"
            "1. Електронна ушна марка HDX 134,2 kHz - 800 бр. x 1,95 EUR\n"
            "2. Визуална ушна марка 45x55 мм - 800 бр. x 0,38 EUR\n"
            "3. Ръчен четец 134,2 kHz - 2 бр. x 265,00 EUR\n\nДоставка: 15.12.2026 г.\n\n"
            "Поздрави,\nГеорги Димитров\nАгромарк ЕООД\nгр. Пловдив 4003, ул. Васил Левски 188\nтел. +359 32 555 461\n\n"
            + outlook_quote(P, "bg"))
    eml = build(seed, frm=("Георги Димитров", "office@agromark-bg.example"), date=date_hdr(2026, 11, 24, 15, 0, 0, 2),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="bg-BG", charset="windows-1251")
    return [P], eml, E([conf(P, {1: "acc", 2: "acc", 3: "acc"})],
                       "Restated values all equal the PO (134,2 kHz and 0001-0800 are description noise); '15.12.2026 г.' = requested.")


@case("privacy-screens-pack-rounding", "confirmation/da-DK",
      "Quantity rounded up to full cartons ('kolli à 4 stk, vi bekræfter 48 stk') against a PO of 45; price and date unchanged.")
def c045(seed):
    S = sup("SKRMDK", "Skærmtek ApS", "ordre@skaermtek.example", "da-DK")
    P = po("4500031927", S, "DKK", "2026-11-24", [
        ("ST-PS4-190", "Hospital privacy screen 4-panel, 190 cm, on castors", 45, "EA", "1650.00", "2026-12-16"),
        ("ST-CV-190", "Screen fabric cover 190 cm, wipeable", 90, "EA", "215.00", "2026-12-16"),
    ])
    body = ("Hej Lena\n\nTak for ordre 4500031927.\n\n"
            "Pos. 1: skærmene leveres i kolli à 4 stk, så vi bekræfter 48 stk à 1.650,00 kr.\n"
            "Pos. 2: 90 stk betræk à 215,00 kr som bestilt.\n\nLevering 16.12.2026.\n\n"
            "Venlig hilsen\nMette Sørensen\nSkærmtek ApS\nHavnegade 21, 7100 Vejle\nTlf. +45 75 55 21 40\n\n" + outlook_quote(P, "da"))
    eml = build(seed, frm=("Mette Sørensen", "ordre@skaermtek.example"), date=date_hdr(2026, 11, 24, 11, 11, 0, 1),
                subject=reply_subject(P, "SV:"), body=body, pos_reply=P, client="outlook", lang="da-DK", charset="iso-8859-1")
    return [P], eml, E([conf(P, {1: chg(48, "1650.00", "2026-12-16"), 2: "acc"})],
                       "Danish thousands dot '1.650,00 kr.'; quantity rounded to 12 cartons of 4 = 48 (PO 45).")


@case("compass-forwarded-norwegian", "confirmation/nb-NO",
      "The sales rep forwards the warehouse's internal mail and adds her own confirmation on top; line 2 changes date to 11.12.2026.")
def c046(seed):
    S = sup("NORKMP", "Nordkapp Navigasjon AS", "ordre@nordkappnav.example", "nb-NO")
    P = po("4500031941", S, "NOK", "2026-11-24", [
        ("NN-KMP-B100", "Marine compass 100 mm binnacle, 12V", 10, "EA", "3290.00", "2026-12-09"),
        ("NN-KMP-HB", "Hand bearing compass with 2027 deviation card", 20, "EA", "1150.00", "2026-12-09"),
    ], buyer=B_JONAS)
    fwd = ("---------- Videresendt melding ----------\nFra: Lager Ålesund <lager@nordkappnav.example>\n"
           "Dato: tir. 24. nov. 2026 kl. 14:02\nEmne: 4500031941 - tilgjengelighet\nTil: Ingrid Berg <ingrid.berg@nordkappnav.example>\n\n"
           "Hei Ingrid,\nB100: 10 stk på lager, kan sendes som bestilt.\nHB: vi har 12, resten kommer fra Kristiansund - tidligst 11.12.\n\nmvh Kjetil\n")
    body = ("Hei Jonas,\n\nSe videresendt melding fra lageret under. Vi bekrefter ordre 4500031941 slik:\n\n"
            "Linje 1: 10 stk à kr 3 290,00, levering 9.12.2026 som bestilt.\n"
            "Linje 2: alle 20 stk à kr 1 150,00 leveres samlet 11.12.2026.\n\n"
            "Med vennlig hilsen\nIngrid Berg\nNordkapp Navigasjon AS\nStorgata 12, 6002 Ålesund\nTlf. +47 70 55 31 20\n\n" + fwd)
    eml = build(seed, frm=("Ingrid Berg", "ingrid.berg@nordkappnav.example"), date=date_hdr(2026, 11, 25, 8, 20, 0, 1),
                subject="SV: Order acknowledgment request - PO 4500031941", body=body, pos_reply=P, client="apple", lang="nb-NO",
                charset="iso-8859-1", cte="quoted-printable")
    return [P], eml, E([conf(P, {1: "acc", 2: chg(20, "1150.00", "2026-12-11")})],
                       "Forwarded internal note mentions 12 in stock, but the rep commits all 20 in one delivery on 11.12.2026 -> single date, no schedule.")
