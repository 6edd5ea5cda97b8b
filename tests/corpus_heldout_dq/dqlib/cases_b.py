from .common import *  # noqa: F401,F403
from .common import BUYERS

ME, TOM, INES = BUYERS["mara"], BUYERS["tom"], BUYERS["ines"]


def to(b):
    return addr(b[0], b[1])


def inline(p, answers, prefix="> "):
    """Quote our request and write answers under the table rows (line number -> text)."""
    out = []
    for l in req_text(p).split("\n"):
        out.append((prefix + l).rstrip())
        head = l.split("  ")[0].strip()
        if head.isdigit() and int(head) in answers:
            out.append(answers[int(head)])
            out.append("")
    return "\n".join(out)


def our_full(p, date=None):
    return (our_headers(p, date) + 'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n'
            + req_text(p)).encode("utf-8")


# 019 ------------------------------------------------------------------ nb-NO
S = sup("BERGENFEST", "Bergen Festemidler AS", "ordre@bergenfeste.example", "nb-NO")
P = po("4500031281", S, [
    L(1, "KN-M6-BR", "Knurled thumb nut M6, brass", 500, "PC", "2.40", "2026-12-09"),
    L(2, "KN-M8-A2", "Knurled thumb nut M8, stainless A2", 300, "PC", "3.85", "2026-12-09"),
    L(3, "KN-M10-ZN", "Knurled nut M10, steel zinc-plated, high type", 200, "PC", "1.90", "2026-12-09"),
], cur="NOK", issued="2026-11-11", buyer="ines")
body = ("Hei Ines,\n\nsvar i teksten under.\n\nmvh\nOle Haugen\nBergen Festemidler AS | tlf 55 12 34 56 | org.nr 912 345 678 MVA\n\n"
        f"Den 11.11.2026 kl. 09:14 skrev Ines Varga <{INES[1]}>:\n"
        + inline(P, {1: "OK",
                     2: "Kun 180 stk på lager. Vi leverer 180 stk 9.12., resten (120) kan vi ikke skaffe før i mars - bestill på nytt da om dere fortsatt trenger dem.",
                     3: "OK, men ny pris 2,10 pr stk fra 1. des. (prisøkning fra fabrikk). Levering som ønsket."}))
add("knurled-nuts-inline-answers", "", "Norwegian answers typed between the quoted PO table rows: line 1 'OK', line 2 cut to 180 pcs, line 3 new price 2,10.",
    [P], mail(addr("Ole Haugen", "ordre@bergenfeste.example"), to(INES), "Sv: " + req_subject(P),
              rfcdate(2026, 11, 12, 8, 31), "<8c9b6a52-1e2f-4d3c-9a8b-7f6e5d4c3b2a@bergenfeste.example>",
              T(body), irt=rid(P), refs=rid(P), extra=[("User-Agent", "Mozilla Thunderbird 128.3.1")]),
    exp("confirmation", "Inline answers: line 1 'OK' = as ordered; line 2 only 180 of 300 on the requested 9.12. (rest not supplied) -> changed quantity; line 3 price 2.10 instead of 1.90, date as requested -> changed price.",
        conf(P, {1: "A", 2: C(q=180), 3: C(p="2.10")})))

# 020 ------------------------------------------------------------------ da-DK
S = sup("NORDGAS", "Nordisk Gasdetektion ApS", "salg@nordiskgas.example", "da-DK")
P = po("4500031290", S, [
    L(1, "GD-4G-PUMP", "Portable 4-gas detector (O2, LEL, CO, H2S) with pump", 6, "EA", "4950.00", "2027-01-11"),
    L(2, "GD-H2S-2Y", "Single-gas detector H2S, 2-year maintenance-free", 20, "EA", "1180.00", "2027-01-11"),
], cur="DKK", issued="2026-11-10")
html = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
        "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style></head><body lang=\"DA\">"
        "<div class=\"WordSection1\"><p class=\"MsoNormal\">Hej Mara,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
        "<p class=\"MsoNormal\">Tak for ordren. Vi bekræfter hermed ordre 4500031290:<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
        "<table class=\"MsoTableGrid\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
        "<tr><td><b>Pos.</b></td><td><b>Varenr.</b></td><td><b>Antal</b></td><td><b>Stk.-pris DKK</b></td><td><b>Levering</b></td></tr>"
        "<tr><td>1</td><td>GD-4G-PUMP</td><td>6</td><td>4.950,00<br><span style=\"color:#C00000\">+ kalibreringstillæg 250,00 pr. stk.</span></td><td>11.01.2027</td></tr>"
        "<tr><td>2</td><td>GD-H2S-2Y</td><td>20</td><td>1.180,00</td><td>11.01.2027</td></tr></table>"
        "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Kalibreringstillægget dækker fabrikskalibrering med certifikat, som er påkrævet ved levering til EU-kunder fra 2027.<o:p></o:p></p>"
        "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Med venlig hilsen<br>Mette Kjær<br>Nordisk Gasdetektion ApS<br>Industrivej 7, 8600 Silkeborg<br>Tlf. +45 86 12 34 56 | CVR 31234567<o:p></o:p></p>"
        "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>Fra:</b> Mara Lindqvist &lt;"
        + ME[1] + "&gt;<br><b>Sendt:</b> 10. november 2026 09:14<br><b>Til:</b> " + S["email"] + "<br><b>Emne:</b> " + req_subject(P) + "</p></div>"
        + req_html(P) + "</div></body></html>")
add("gas-detectors-html-surcharge", "", "Danish HTML-only Outlook mail (base64); line 1 has a per-unit calibration surcharge of DKK 250,00 written under the unit price.",
    [P], mail(addr("Mette Kjær", "salg@nordiskgas.example"), to(ME), "SV: " + req_subject(P),
              rfcdate(2026, 11, 13, 10, 4), "<DB7PR03MB4890A1C2E3F4B5D6@DB7PR03MB4890.eurprd03.prod.outlook.example>",
              T(html, "html", cte="base64"), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Line 1: 6 pcs, 11.01.2027, but 4,950.00 + 250.00 calibration surcharge per piece = 5200.00 per EA -> changed price. Line 2 as ordered.",
        conf(P, {1: C(p="5200.00"), 2: "A"})))

# 021 ------------------------------------------------------------------ nl-NL
S = sup("VANDIJK", "Van Dijk Veiligheid B.V.", "verkoop@vandijkveiligheid.example", "nl-NL")
PA = po("4500031301", S, [
    L(1, "NG-NIT-XL-100", "Nitrile gloves 0.1 mm, size XL, box of 100", 40, "BOX", "8.90", "2026-12-04"),
    L(2, "NG-NIT8-L-50", "Nitrile gloves heavy duty 8 mil, size L, box of 50", 20, "BOX", "14.50", "2026-12-04"),
], issued="2026-11-09", buyer="tom")
PB = po("4500031307", S, [
    L(1, "NG-NIT-M-100", "Nitrile gloves 0.1 mm, size M, box of 100", 60, "BOX", "8.90", "2026-12-11"),
], issued="2026-11-10", buyer="tom")
body = ("Goedemiddag Tom,\n\nHierbij bevestigen wij beide orders:\n\n"
        "4500031301 – beide regels akkoord, levering week 49 (vrijdag 4 december).\n"
        "4500031307 – 60 dozen maat M, prijs conform order; deze leveren wij gelijk met de andere order op 4 december, dan bespaart u een vracht.\n\n"
        "Met vriendelijke groet,\n\nSanne de Vries\nBinnendienst\nVan Dijk Veiligheid B.V. | Nijverheidsweg 21 | 3751 LW Bunschoten\nT 033 123 45 67 | KvK 12345678\n")
add("nitrile-gloves-two-pos", "", "Dutch new-thread mail answering two open POs at once; the second PO is pulled forward to ship with the first.",
    [PA, PB], mail(addr("Sanne de Vries", "verkoop@vandijkveiligheid.example"), to(TOM), "Orderbevestiging 4500031301 en 4500031307",
                   rfcdate(2026, 11, 12, 13, 37), "<0f9e8d7c6b5a4938@vandijkveiligheid.example>",
                   alt(body, txt2html(body), "021")),
    exp("confirmation", "PO 4500031301 as ordered (week 49 / Fri 4 Dec = requested). PO 4500031307 same quantity and price but delivered 4 Dec instead of 11 Dec -> changed date.",
        conf(PA, {1: "A", 2: "A"}), conf(PB, {1: C(d="2026-12-04")})))

# 022 ------------------------------------------------------------------ nl-BE
S = sup("VKA", "Vlaamse Kranen & Afsluiters NV", "info@vka-afsluiters.example", "nl-BE")
P = po("4500031310", S, [
    L(1, "VKA-KK-DN15", "Ball valve DN15 brass, PN25, lever", 100, "EA", "6.45", "2026-12-16"),
    L(2, "VKA-KK-DN32", "Ball valve DN32 brass, PN25, lever", 30, "EA", "17.90", "2026-12-16"),
], issued="2026-11-10")
body = ("Geachte klant,\n\nDe voorbije maanden zijn de prijzen van messing en roestvast staal fors gestegen. Wij zijn daarom genoodzaakt "
        "onze tarieven aan te passen. Vanaf 1 januari 2027 geldt een gemiddelde verhoging van 5,5 % op kogelkranen en 3,8 % op "
        "vlinderkleppen. De nieuwe prijslijst 2027 vindt u in bijlage.\n\n"
        "Bestellingen die vóór 31 december 2026 geplaatst worden, leveren wij nog aan de huidige prijzen.\n\n"
        "Wij danken u voor uw begrip en vertrouwen.\n\nMet vriendelijke groeten,\n\nDirk Peeters\nZaakvoerder\nVlaamse Kranen & Afsluiters NV\n"
        "Industriepark Noord 12, 2800 Mechelen | BTW BE 0412.345.678 | +32 15 12 34 56\n")
pdf = make_pdf(["Vlaamse Kranen & Afsluiters NV", "Prijslijst 2027 - geldig vanaf 01/01/2027", "",
                "VKA-KK-DN15   Kogelkraan DN15 messing PN25        EUR 6,80",
                "VKA-KK-DN32   Kogelkraan DN32 messing PN25        EUR 18,90",
                "VKA-VK-DN50   Vlinderklep DN50 wafer              EUR 42,50"])
add("ball-valves-price-letter", "", "Flemish circular price-increase letter with a price list PDF naming our exact items; not an answer to the PO (orders before 31/12 keep current prices).",
    [P], mail(addr("Vlaamse Kranen & Afsluiters", "info@vka-afsluiters.example"), "klanten@vka-afsluiters.example",
              "Prijsaanpassing per 1 januari 2027",
              rfcdate(2026, 11, 16, 7, 30), "<prijs2027.4411@vka-afsluiters.example>",
              M("mixed", [alt(body, txt2html(body), "022a"), ATT("Prijslijst_2027.pdf", "application/pdf", pdf)], bnd("022")),
              extra=[("Precedence", "bulk")]),
    exp("unrelated", "Circular price-increase announcement to all customers (To: a list address), effective 2027 and explicitly not affecting orders placed before 31 Dec 2026; it does not answer PO 4500031310."))

# 023 ------------------------------------------------------------------ fr-CA
S = sup("ARRIMLAUR", "Arrimage Laurentides inc.", "ventes@arrimagelaurentides.example", "fr-CA")
P = po("4500031318", S, [
    L(1, "RS-2IN-27FT", "Ratchet strap 2 in x 27 ft, 3,333 lb WLL, J-hooks", 120, "PC", "14.75", "2027-01-08"),
    L(2, "RS-4IN-30FT", "Ratchet strap 4 in x 30 ft, 5,400 lb WLL, flat hooks", 40, "PC", "31.20", "2027-01-08"),
], cur="CAD", issued="2026-11-10", buyer="tom")
body = ("Bonjour Tom,\n\nNous confirmons votre bon de commande 4500031318 tel quel : 120 sangles 2 po à 14,75 $ et 40 sangles 4 po à 31,20 $, "
        "livraison le 2027-01-08.\n\nVeuillez noter que nos bureaux seront fermés du 24 décembre au 4 janvier inclusivement.\n\n"
        "Merci et bonne journée!\n\nJulie Tremblay\nService à la clientèle\nArrimage Laurentides inc. | 450 555-0199 poste 3 | Saint-Jérôme (Québec)\n\n")
q = f"Le mar. 10 nov. 2026, à 03 h 14, Tom Okafor <{TOM[1]}> a écrit :\n\n" + gt(req_text(P))
add("ratchet-straps-quebec-iso", "", "Québec French Gmail reply confirming as-is with an ISO date and '$' after the amount; an office-closure notice mentions other dates.",
    [P], mail(addr("Julie Tremblay", "ventes@arrimagelaurentides.example"), to(TOM), "Re: " + req_subject(P),
              rfcdate(2026, 11, 10, 10, 2, "-0500"), "<CAJ4kPz0a9Xx7wq1LmN_vB8r2TfYhU3e@mail.arrimagelaurentides.example>",
              alt(body + q, txt2html(body) + "<div class=\"gmail_quote\"><blockquote class=\"gmail_quote\" style=\"margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex\">" + req_html(P) + "</blockquote></div>", "023", "gmail"),
              irt=rid(P), refs=rid(P)),
    exp("confirmation", "Everything confirmed 'tel quel' (as is): 2027-01-08 equals the requested date; the 24 Dec - 4 Jan closure does not change it.",
        conf(P, {1: "A", 2: "A"})))

# 024 ------------------------------------------------------------------ fr-CH
S = sup("MANOTECH", "Manotech SA", "commandes@manotech.example", "fr-CH")
P = po("4500031325", S, [
    L(1, "PG-160-025-SS", "Pressure gauge 160 mm, 0-25 bar, stainless, back connection", 10, "EA", "124.50", "2027-01-20"),
    L(2, "PG-100-DIFF", "Differential pressure gauge 100 mm, 0-2.5 bar", 4, "EA", "1180.00", "2027-01-20"),
], cur="CHF", issued="2026-11-11", buyer="ines")
body = ("Madame,\n\nNous vous remercions de votre commande et la confirmons comme suit :\n\n"
        "Pos. 1 : 10 pces à CHF 124.50, livrables le 20.01.2027\n"
        "Pos. 2 : 4 pces à CHF 1'265.00, livrables le 20.01.2027 – le prix de CHF 1'180.00 de notre offre n° 26-318 n'était valable que jusqu'au 31.10.2026.\n\n"
        "Total net : CHF 6'305.00, hors TVA.\n\n"
        "Meilleures salutations\n\nLaurent Favre\nManotech SA | Rue de l'Industrie 8 | 1762 Givisiez\nTél. +41 26 123 45 67 | CHE-123.456.789 TVA\n\n"
        + outlook_quote(P, "fr", sent="mercredi, 11 novembre 2026 09:14"))
add("pressure-gauges-swiss-apostrophe", "", "Swiss French reply with apostrophe thousands separators (CHF 1'265.00); line 2 price raised because the offer expired.",
    [P], mail(addr("Laurent Favre", "commandes@manotech.example"), to(INES), "RE: " + req_subject(P),
              rfcdate(2026, 11, 12, 16, 45), "<ZR0P278MB0123C4D5E6F7A8B9@ZR0P278MB0123.CHEP278.PROD.OUTLOOK.example>",
              T(body, cs="iso-8859-15"), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Line 1 as ordered. Line 2: quantity and date as ordered, price CHF 1'265.00 = 1265.00 instead of 1180.00 (total 10x124.50 + 4x1265 = 6305 checks out).",
        conf(P, {1: "A", 2: C(p="1265.00")})))

# 025 ------------------------------------------------------------------ it-IT
S = sup("ABRLOMB", "Abrasivi Lombardi S.r.l.", "ordini@abrasivilombardi.example", "it-IT")
P = po("4500031333", S, [
    L(1, "FD-115-CER40", "Flap disc 115 mm ceramic P40", 250, "PC", "2.10", "2026-12-11"),
    L(2, "FD-125-CER60", "Flap disc 125 mm ceramic P60", 95, "PC", "2.35", "2026-12-11"),
    L(3, "FD-180-ZR40", "Flap disc 180 mm zirconia P40", 40, "PC", "4.90", "2026-12-18"),
], issued="2026-11-09")
body = ("Buongiorno,\n\nconfermiamo il Vs. ordine n. 4500031333 come segue:\n\n"
        "pos. 1 – 250 pz – € 2,10 – consegna settimana 50\n"
        "pos. 2 – i dischi sono confezionati in scatole da 10 pz, arrotondiamo quindi a 100 pz – € 2,35 – settimana 50\n"
        "pos. 3 – 40 pz – € 4,90 – consegna settimana 51\n\n"
        "Cordiali saluti\n\nFrancesca Colombo\nUfficio Commerciale\nAbrasivi Lombardi S.r.l. – Via Edison 45 – 20090 Assago (MI)\n"
        "Tel. +39 02 1234 5678 – P.IVA IT01234567890\n\n"
        "Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario. "
        "Ai sensi del Reg. UE 2016/679 (GDPR) ...\n\n" + outlook_quote(P, "it", sent="lunedì 9 novembre 2026 09:14"))
add("flap-discs-settimana-pack", "", "Italian reply in calendar weeks that happen to equal the requested Fridays, plus a box-of-10 rounding (95 -> 100) on line 2.",
    [P], mail(addr("Francesca Colombo", "ordini@abrasivilombardi.example"), to(ME), "R: " + req_subject(P),
              rfcdate(2026, 11, 10, 11, 28), "<000601db5350$a1b2c3d4$e5f60718$@abrasivilombardi.example>",
              alt(body, txt2html(body), "025"), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Week 50 = Fri 2026-12-11 and week 51 = Fri 2026-12-18, both equal to the requested dates. Lines 1 and 3 accepted; line 2 rounded up to 100 pcs -> changed quantity.",
        conf(P, {1: "A", 2: C(q=100), 3: "A"})))

# 026 ------------------------------------------------------------------ es-MX
S = sup("PROAUDIT", "Protección Auditiva del Bajío S.A. de C.V.", "ventas@proauditiva.example", "es-MX")
P = po("4500031341", S, [
    L(1, "HP-EM-NRR25-H", "Ear muff NRR 25 dB, helmet-mounted", 50, "EA", "11.60", "2026-12-14"),
    L(2, "HP-EP-CORD-SI", "Corded ear plugs, silicone, bagged pair", 500, "PR", "0.48", "2026-12-14"),
], cur="USD", issued="2026-11-10")
body = ("Hola Mara, buen día.\n\nRecibimos su OC 4500031341, muchas gracias. Estamos revisando existencias con planta, sobre todo de las orejeras "
        "para casco; le confirmo fechas y precios de ambas partidas a más tardar el viernes 13.\n\nSaludos cordiales,\n\n"
        "Lic. Alejandro Ramírez\nEjecutivo de Ventas\nProtección Auditiva del Bajío S.A. de C.V.\nTel. +52 (477) 123 4567 | Cel. 477 987 6543\n\n"
        + outlook_quote(P, "es", sent="martes, 10 de noviembre de 2026 02:14 a. m."))
add("hearing-protectors-will-revert", "", "Mexican Spanish holding reply: order received, prices and dates 'a más tardar el viernes 13' - a date that is not a commitment.",
    [P], mail(addr("Alejandro Ramírez", "ventas@proauditiva.example"), to(ME), "RE: " + req_subject(P),
              rfcdate(2026, 11, 11, 9, 12, "-0600"), "<SJ0PR11MB5678D9E0F1A2B3C4@SJ0PR11MB5678.namprd11.prod.outlook.example>",
              T(body), irt=rid(P), refs=rid(P)),
    exp("needs_review", "Human reply that only acknowledges and promises to confirm prices and dates by Friday 13 Nov; no line is committed."))

# 027 ------------------------------------------------------------------ es-AR
S = sup("QAUSTRAL", "Química Austral S.A.", "ventas@quimicaaustral.example", "es-AR")
P = po("4500031350", S, [
    L(1, "BC-600-AER-NC", "Brake cleaner aerosol 600 ml, non-chlorinated", 720, "EA", "2.05", "2027-01-18"),
    L(2, "BC-20L-PAIL", "Brake cleaner 20 L pail", 15, "EA", "48.00", "2027-01-18"),
], cur="USD", issued="2026-11-06", buyer="tom")
body = ("Estimado Tom:\n\nConfirmamos la OC 4500031350 según el siguiente detalle:\n\n"
        "Ítem 1 – 720 unid. a USD 2,05 – entrega 18/01/2027\nÍtem 2 – 15 bidones a USD 48,00 – entrega 18/01/2027\n\n"
        "Le recordamos que, por tratarse de un cliente nuevo, la condición de pago es 100 % anticipado. Adjuntamos la factura proforma "
        "N° 0003-00001287; le pedimos transferir antes del 04/01/2027 para cumplir con la fecha de entrega.\n\n"
        "Saludos cordiales,\nMartín Fernández\nComercio Exterior – Química Austral S.A.\nAv. Gral. Paz 10.500, Villa Lynch, Bs. As. | Tel. +54 11 4123-4567 | CUIT 30-71234567-8\n\n"
        + outlook_quote(P, "es", sent="viernes, 6 de noviembre de 2026 05:14"))
pdf = make_pdf(["QUIMICA AUSTRAL S.A.", "FACTURA PROFORMA N. 0003-00001287   Fecha: 12/11/2026", "Cliente: Kestrel MRO Supply B.V.   Su OC: 4500031350", "",
                "Item  Codigo          Cant.  Precio USD   Importe USD", "1     BC-600-AER-NC    720      2,05      1.476,00",
                "2     BC-20L-PAIL       15     48,00        720,00", "TOTAL USD 2.196,00", "Condicion de pago: 100% anticipado"])
add("brake-cleaner-prepayment", "", "Argentine confirmation of all lines as ordered, with a prepayment condition and a proforma PDF whose totals repeat the PO.",
    [P], mail(addr("Martín Fernández", "ventas@quimicaaustral.example"), to(TOM), "RE: " + req_subject(P),
              rfcdate(2026, 11, 12, 15, 20, "-0300"), "<CP2PR80MB4321E5F6A7B8C9D0@CP2PR80MB4321.lamprd80.prod.outlook.example>",
              M("mixed", [T(body), ATT("Proforma_0003-00001287.pdf", "application/pdf", pdf)], bnd("027")),
              irt=rid(P), refs=rid(P)),
    exp("confirmation", "Both lines confirmed with PO quantity, price (2,05 = 2.05) and date. The prepayment requirement is a payment condition, not a change of any line value.",
        conf(P, {1: "A", 2: "A"})))

# 028 ------------------------------------------------------------------ es-ES
S = sup("COFRESLEV", "Cofres y Herramientas Levante S.L.", "pedidos@cofreslevante.example", "es-ES")
P = po("4500031362", S, [
    L(1, "CH-ALU-5C", "Tool chest aluminium, 5 drawers, lockable", 6, "EA", "189.00", "2027-01-14"),
    L(2, "CH-MET-PORT", "Portable metal tool chest, cantilever 3 trays", 20, "EA", "34.50", "2027-01-14"),
], issued="2026-11-12")
human = ("No se pudo entregar el mensaje a estos destinatarios o grupos:\n\n"
         "pedidos@cofreslevante.example\nEl buzón del destinatario está lleno y no puede aceptar mensajes en este momento. "
         "Vuelva a intentarlo más tarde o póngase en contacto directamente con el destinatario.\n\n"
         "Información de diagnóstico para administradores:\n\nServidor generador: AM0PR08MB5432.eurprd08.prod.outlook.example\n\n"
         "pedidos@cofreslevante.example\nmx.cofreslevante.example\nRemote Server returned '552 5.2.2 Mailbox full; quota exceeded'\n")
fields = ("Reporting-MTA: dns;AM0PR08MB5432.eurprd08.prod.outlook.example\nReceived-From-MTA: dns;kestrel-mro.example\n"
          f"Arrival-Date: {rfcdate(2026, 11, 12, 9, 14)}\n\n"
          "Final-Recipient: rfc822;pedidos@cofreslevante.example\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp;552 5.2.2 Mailbox full; quota exceeded\nRemote-MTA: dns;mx.cofreslevante.example\n")
rep = M("report", [alt(human, txt2html(human), "028h"),
                   Part([("Content-Type", "message/delivery-status")], fields.encode()),
                   Part([("Content-Type", "message/rfc822")], our_full(P, rfcdate(2026, 11, 12, 9, 14)))],
        bnd("028"), extra_params="; report-type=delivery-status")
add("tool-chests-exchange-ndr-es", "", "Spanish Exchange NDR (mailbox full, 5.2.2) that carries our complete request with the PO table as message/rfc822.",
    [P], mail(addr("Microsoft Outlook", "postmaster@kestrel-mro.example"), to(ME), "No se puede entregar: " + req_subject(P),
              rfcdate(2026, 11, 12, 9, 15), "<5a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9@AM0PR08MB5432.eurprd08.prod.outlook.example>",
              rep, irt=rid(P), refs=rid(P), extra=[("Auto-Submitted", "auto-replied")]),
    exp("bounce", "Non-delivery report (mailbox full). The PO table inside is our own returned request, not a supplier answer."))

# 029 ------------------------------------------------------------------ pt-PT
S = sup("CABOSNORTE", "Cabos do Norte, Lda.", "encomendas@cabosdonorte.example", "pt-PT")
P = po("4500031371", S, [
    L(1, "WR-10-6X19-FC", "Wire rope 10 mm 6x19+FC, galvanised", 1000, "M", "2.35", "2026-12-15"),
    L(2, "WR-16-6X36-IWRC", "Wire rope 16 mm 6x36+IWRC, bright", 250, "M", "6.80", "2026-12-15"),
], issued="2026-11-10")
body = ("Exma. Sra. Mara Lindqvist,\n\nConfirmamos a V/ encomenda n.º 4500031371:\n\n"
        "Linha 1: 1.000 m a 2,35 €/m – entrega em 2 lotes: 600 m a 15/12/2026 e 400 m a 12/01/2027 (bobine em produção).\n"
        "Linha 2: 250 m a 6,80 €/m – entrega a 15/12/2026.\n\n"
        "Com os melhores cumprimentos,\nRui Almeida\nDepartamento Comercial\nCabos do Norte, Lda. | Zona Industrial de Maia I, 4470-122 Maia\n"
        "Tel. +351 229 123 456 | NIF 501 234 567 | Capital social 250.000,00 €\n\n"
        "AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são confidenciais e destinados exclusivamente ao destinatário. "
        "Os dados pessoais são tratados nos termos do RGPD (Regulamento (UE) 2016/679).\n\n"
        + outlook_quote(P, "pt", sent="terça-feira, 10 de novembro de 2026 09:14"))
add("wire-ropes-two-lots", "", "European Portuguese reply splitting line 1 into two lots (600 m + 400 m) with a signature full of amounts and a GDPR disclaimer.",
    [P], mail(addr("Rui Almeida", "encomendas@cabosdonorte.example"), to(ME), "RE: " + req_subject(P),
              rfcdate(2026, 11, 11, 17, 5, "+0000"), "<PAXPR02MB7788F0A1B2C3D4E5@PAXPR02MB7788.eurprd02.prod.outlook.example>",
              alt(body, txt2html(body), "029", cs="iso-8859-1"), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Line 1: 1,000 m at the PO price in two deliveries, 600 m on 2026-12-15 and 400 m on 2027-01-12 -> changed with schedule. Line 2 as ordered.",
        conf(P, {1: C(s=[(600, "2026-12-15"), (400, "2027-01-12")]), 2: "A"})))

# 030 ------------------------------------------------------------------ ca-ES
S = sup("NETVALLES", "Neteja Industrial Vallès, S.L.", "comandes@netejavalles.example", "ca-ES")
P = po("4500031380", S, [
    L(1, "MB-25L-PRO", "Mop bucket 25 L with press wringer, blue", 40, "EA", "21.30", "2026-12-04"),
    L(2, "MB-WR-SPARE", "Spare press wringer for 25 L bucket", 20, "EA", "9.90", "2026-12-04"),
], issued="2026-11-12")
body = ("Bon dia Mara,\n\nus confirmem la comanda 4500031380 amb els preus i quantitats indicats.\n\n"
        "Les galledes (línia 1) les tenim en estoc i us arribaran dimarts vinent, abans del que demaneu.\n"
        "Els escorredors (línia 2) us arribaran el 4 de desembre, tal com demaneu.\n\n"
        "Salutacions,\nJordi Puig i Soler\nNeteja Industrial Vallès, S.L. – Polígon Can Roqueta, Sabadell\nTel. 93 712 34 56\n\n"
        + gt(f"El dj., 12 de nov. 2026 a les 9:14, Mara Lindqvist <{ME[1]}> va escriure:\n" + req_text(P)) + "\n")
add("mop-buckets-dimarts-vinent", "", "Catalan reply: line 1 arrives 'dimarts vinent' (next Tuesday after Fri 20 Nov = 2026-11-24), line 2 on the requested date.",
    [P], mail(addr("Jordi Puig", "comandes@netejavalles.example"), to(ME), "Re: " + req_subject(P),
              rfcdate(2026, 11, 20, 12, 40), "<e7d6c5b4-a392-4817-b6f5-0e1d2c3b4a59@netejavalles.example>",
              T(body, flowed=True), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Prices and quantities confirmed. Line 1 arrives next Tuesday relative to the Date header (Fri 2026-11-20) = 2026-11-24 -> changed date; line 2 on 4 Dec as requested -> accepted.",
        conf(P, {1: C(d="2026-11-24"), 2: "A"})))

# 031 ------------------------------------------------------------------ lt-LT
S = sup("SANDARIN", "Sandarinimo sprendimai UAB", "pardavimai@sandarinimas.example", "lt-LT")
P = po("4500031388", S, [
    L(1, "OR-20X3-NBR", "O-ring 20x3 mm NBR 70", 1000, "PC", "0.09", "2026-12-09"),
    L(2, "OR-45X3-VMQ", "O-ring 45x3 mm silicone VMQ 60", 400, "PC", "0.31", "2026-12-09"),
], issued="2026-11-16", buyer="ines")
body = ("Laba diena,\n\nšiuo metu nesu biure iki 2026-11-20. Jūsų laiškas nebus persiųstas. Skubiais užsakymų klausimais kreipkitės "
        "tel. +370 5 212 3456 arba el. paštu info@sandarinimas.example.\n\n"
        "Hello, I am out of the office until 20 November 2026. Your e-mail will not be forwarded. For urgent order matters please call "
        "+370 5 212 3456 or write to info@sandarinimas.example.\n\nAušra Kazlauskienė\n")
add("o-rings-ooo-lithuanian", "", "Lithuanian/English out-of-office with its own dates and phone numbers; no order content.",
    [P], mail(addr("Aušra Kazlauskienė", "pardavimai@sandarinimas.example"), to(INES), "Automatinis atsakymas: " + req_subject(P),
              rfcdate(2026, 11, 16, 10, 14, "+0200", 21), "<auto.20261116101421.3312@sandarinimas.example>",
              T(body, cs="iso-8859-13"), irt=rid(P), refs=rid(P), hcs="iso-8859-13",
              extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]),
    exp("auto_reply", "Automatic out-of-office reply in Lithuanian and English."))

# 032 ------------------------------------------------------------------ lv-LV
S = sup("ZAGUCENTRS", "Zāģu Centrs SIA", "pasutijumi@zagucentrs.example", "lv-LV")
P = po("4500031395", S, [
    L(1, "JB-T144D-5", "Jigsaw blade T144D wood fast cut, pack of 5", 150, "SET", "3.95", "2026-12-18"),
    L(2, "JB-T127D-5", "Jigsaw blade T127D aluminium, pack of 5", 80, "SET", "5.40", "2026-12-18"),
], issued="2026-11-11")
body = ("Labdien, Mara!\n\nApstiprinām pasūtījumu Nr. 4500031395 pilnā apjomā – daudzumi un cenas atbilstoši pasūtījumam, "
        "piegāde 2026. gada 18. decembrī.\n\nAr cieņu\nJānis Bērziņš\nPārdošanas nodaļa\n"
        "Zāģu Centrs SIA | Rīga, Krasta iela 52, LV-1003\nTālr. +371 67 123 456 | Reģ. Nr. 40003123456 | PVN LV40003123456\n"
        "Banka: AS Swedbank, konts LV12HABA0551234567890\n\n"
        "Šis e-pasts un tā pielikumi var saturēt konfidenciālu informāciju. Ja neesat adresāts, lūdzam informēt sūtītāju un izdzēst šo vēstuli. "
        "This e-mail may contain confidential information. If you are not the intended recipient please notify the sender and delete it. "
        "Zāģu Centrs SIA neuzņemas atbildību par 2026. gada 1. janvārī vai vēlāk mainītajiem datiem.\n\n"
        + outlook_quote(P, "lv", sent="trešdiena, 2026. gada 11. novembris 09:14"))
add("jigsaw-blades-latvian-disclaimer", "", "Latvian full confirmation with a genitive long-form date and a disclaimer/bank block containing other dates and long numbers.",
    [P], mail(addr("Jānis Bērziņš", "pasutijumi@zagucentrs.example"), to(ME), "RE: " + req_subject(P),
              rfcdate(2026, 11, 13, 10, 10, "+0200"), "<HE1PR09MB3344A5B6C7D8E9F0@HE1PR09MB3344.eurprd09.prod.outlook.example>",
              alt(body, txt2html(body), "032"), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Confirmed in full as ordered; '2026. gada 18. decembrī' = 2026-12-18 = requested date. Dates and numbers in the disclaimer/signature are noise.",
        conf(P, {1: "A", 2: "A"})))

# 033 ------------------------------------------------------------------ et-EE
S = sup("GAASIOH", "Gaasiohutus OÜ", "myyk@gaasiohutus.example", "et-EE")
P = po("4500031402", S, [
    L(1, "GD-CO-WALL", "Fixed CO detector, wall mount, 4-20 mA", 12, "EA", "186.00", "2027-01-22"),
    L(2, "GD-CH4-WALL", "Fixed methane detector, wall mount, relay output", 8, "EA", "214.00", "2027-01-22"),
    L(3, "GD-CTRL-8CH", "Gas detection controller, 8 channels", 2, "EA", "1290.00", "2027-01-22"),
], issued="2026-11-12", buyer="tom")
body = ("Tere,\n\ntellimuse kinnitus on manuses (CSV).\n\nLugupidamisega\nKadri Tamm\nGaasiohutus OÜ | Peterburi tee 47, 11415 Tallinn | +372 612 3456\n")
csv = ("Tellimus;Rida;Kood;Nimetus;Kogus;Ühik;Hind EUR;Tarnekuupäev;Staatus\r\n"
       "4500031402;1;GD-CO-WALL;CO andur seinale 4-20 mA;12;tk;186,00;22.01.2027;KINNITATUD\r\n"
       "4500031402;2;GD-CH4-WALL;Metaaniandur, relee;8;tk;214,00;29.01.2027;KINNITATUD\r\n"
       "4500031402;3;GD-CTRL-8CH;Kontroller 8 kanalit;0;tk;;;EI TARNITA - toode lõpetatud\r\n")
add("gas-detectors-csv-status", "", "Estonian one-liner with a semicolon CSV (windows-1257, decimal comma): line 2 a week later, line 3 'EI TARNITA' (not delivered, discontinued).",
    [P], mail(addr("Kadri Tamm", "myyk@gaasiohutus.example"), to(TOM), "Vs: " + req_subject(P),
              rfcdate(2026, 11, 16, 14, 2, "+0200"), "<b3c4d5e6f7a8@gaasiohutus.example>",
              M("mixed", [T(body, cs="iso-8859-15"), ATT("kinnitus_4500031402.csv", 'text/csv; charset="windows-1257"', csv.encode("windows-1257"))], bnd("033", "tb")),
              irt=rid(P), refs=rid(P)),
    exp("confirmation", "CSV: line 1 as ordered (22.01.2027); line 2 confirmed for 29.01.2027 -> changed date; line 3 quantity 0, 'EI TARNITA' (will not be delivered, product discontinued) -> rejected.",
        conf(P, {1: "A", 2: C(d="2027-01-29"), 3: "R"})))

# 034 ------------------------------------------------------------------ uk-UA
S = sup("KOTUSHKA", "TOV Kotushka-Prom", "sales@kotushka.example", "uk-UA")
P = po("4500031410", S, [
    L(1, "CR-20-IND-16A", "Cable reel 20 m industrial, 3x2.5, CEE 16A", 15, "EA", "64.00", "2026-12-21"),
    L(2, "CR-40-IND-32A", "Cable reel 40 m industrial, 5x2.5, CEE 32A", 6, "EA", "138.00", "2026-12-21"),
], issued="2026-11-11", buyer="tom")
body = ("Добрий день, Томе!\n\nПересилаю відповідь нашого складу – підтверджуємо все саме так, як написав Василь. Ціни без змін.\n\n"
        "З повагою,\nОксана Мельник\nменеджер з експорту, ТОВ «Котушка-Пром»\n+380 44 123 45 67\n\n"
        "---------- Переслане повідомлення ----------\nВід: Василь Коваль <sklad@kotushka.example>\nДата: чт, 12 лист. 2026 р. о 16:40\n"
        "Тема: RE: 4500031410\nКому: Оксана Мельник <sales@kotushka.example>\n\n"
        "Оксано, по замовленню 4500031410:\n"
        "поз. 1 – 15 шт є, відвантажимо 14.12, до клієнта доїде 21.12.\n"
        "поз. 2 – на складі лише 4 шт, ще 2 будуть тільки в лютому. Відвантажимо 4 шт разом з поз. 1, решту 2 шт знімаємо.\n\nВасиль\n")
add("cable-reels-forwarded-warehouse", "", "Ukrainian forward of an internal warehouse note (no thread headers); line 2 cut from 6 to 4, ship vs arrival dates given.",
    [P], mail(addr("Оксана Мельник", "sales@kotushka.example"), to(TOM), "Fwd: RE: 4500031410",
              rfcdate(2026, 11, 13, 9, 22, "+0200"), "<CAG7yQm2p0=Rk4sT5vW6xY7zA8bC9dE0fG1h@mail.kotushka.example>",
              alt(body, txt2html(body), "034", "gmail")),
    exp("confirmation", "Sales endorses the forwarded warehouse note. Line 1: 15 pcs, arrival 21.12 (delivery date wins over ship date 14.12) = as ordered. Line 2: 4 pcs arriving with line 1 on 21.12, remaining 2 dropped -> changed quantity 4.",
        conf(P, {1: "A", 2: C(q=4)})))

# 035 ------------------------------------------------------------------ sr-RS
S = sup("NAVRTKEBG", "Navrtke Beograd d.o.o.", "prodaja@navrtke.example", "sr-RS")
P = po("4500031421", S, [
    L(1, "KN-M5-A2-H", "Knurled nut M5 stainless A2, high type", 1000, "PC", "0.62", "2026-12-10"),
    L(2, "KN-M6-A2-H", "Knurled nut M6 stainless A2, high type", 800, "PC", "0.71", "2026-12-10"),
], issued="2026-11-12")
body = ("Poštovana gospođo Lindqvist,\n\npotvrđujemo porudžbinu 4500031421 po Vašim cenama, rok isporuke 10.12.2026.\n\n"
        "Poz.  Šifra        Količina   Cena EUR   Isporuka\n"
        "1     KN-M5-A2-H   1.000 kom  0,68       17.12.2026\n"
        "2     KN-M6-A2-H     800 kom  0,71       10.12.2026\n\n"
        "Srdačan pozdrav,\nMilan Jovanović\nNavrtke Beograd d.o.o. | Batajnički drum 14, 11080 Zemun\nTel. +381 11 123 4567 | PIB 101234567\n\n"
        + gt(req_text(P)) + "\n")
add("knurled-nuts-contradiction", "", "Serbian Latin reply whose sentence ('your prices, delivery 10.12.2026') contradicts its own table for line 1 (0,68 EUR, 17.12.2026).",
    [P], mail(addr("Milan Jovanović", "prodaja@navrtke.example"), to(ME), "RE: " + req_subject(P),
              rfcdate(2026, 11, 13, 12, 50), "<000a01db55c2$7b8c9d0e$1f2a3b4c$@navrtke.example>",
              T(body, cs="windows-1250"), irt=rid(P), refs=rid(P)),
    exp("needs_review", "The text confirms PO prices and 10.12.2026 for the whole order, but the table gives line 1 at 0,68 EUR and 17.12.2026; a careful buyer cannot tell which is meant and must ask."))

# 036 ------------------------------------------------------------------ hr-HR
S = sup("EPOKSITEH", "Epoksi Tehnika d.o.o.", "prodaja@epoksitehnika.example", "hr-HR")
P = po("4500031430", S, [
    L(1, "EP-PLUMB-57", "Epoxy putty stick for plumbing, 57 g", 500, "EA", "1.95", "2026-12-14"),
    L(2, "EP-WOOD-114", "Epoxy putty stick for wood, 114 g", 200, "EA", "2.60", "2026-12-14"),
], issued="2026-11-13", buyer="ines")
body = ("This message was created automatically by mail delivery software.\n\n"
        "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
        "  prodaja@epoksitehnika.example\n    host mx.epoksitehnika.example [198.51.100.23]\n"
        "    SMTP error from remote mail server after end of data:\n"
        "    550 5.7.1 Poruka odbijena: sadržaj označen kao neželjena pošta (spam score 7.4)\n\n"
        "------ This is a copy of the message, including all the headers. ------\n\n"
        + our_headers(P, rfcdate(2026, 11, 13, 9, 14)) + 'Content-Type: text/plain; charset="utf-8"\n\n' + req_text(P))
add("epoxy-putty-exim-bounce", "", "Exim plain-text bounce (not multipart/report) with a Croatian remote spam rejection and our full request copied below.",
    [P], mail(addr("Mail Delivery System", "Mailer-Daemon@smtp-out.kestrel-mro.example"), to(INES),
              "Mail delivery failed: returning message to sender",
              rfcdate(2026, 11, 13, 9, 14, "+0100", 39), "<E1tBx2Q-0007Ab-9C@smtp-out.kestrel-mro.example>",
              T(body, cte="8bit"), extra=[("X-Failed-Recipients", "prodaja@epoksitehnika.example"), ("Auto-Submitted", "auto-replied")]),
    exp("bounce", "Exim delivery failure (550 5.7.1 rejected as spam); the PO text is our returned copy."))
