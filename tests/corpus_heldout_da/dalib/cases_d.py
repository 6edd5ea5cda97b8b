from .common import *


@case("jigsaw-mn-customs-delay", "mn-MN", "confirmation",
      "Mongolian Cyrillic reply, date written '2027 оны 1-р сарын 25-нд' with a one-week customs delay for both lines.")
def _():
    p = po("4500233166", "KHUDAL", "Khudaldaa Tools LLC", "order@khudaldaatools.example", "mn-MN", "USD", "2026-11-18", [
        ("JB-T111C", "Jigsaw blade T111C basic wood", 400, "PC", "0.55", "2027-01-18"),
        ("JB-T127D", "Jigsaw blade T127D aluminium", 200, "PC", "0.95", "2027-01-18"),
    ])
    body = """Сайн байна уу, Дана.

4500233166 дугаартай захиалгыг баталгаажуулж байна:
1-р мөр: 400 ширхэг, нэгжийн үнэ 0.55 ам.доллар.
2-р мөр: 200 ширхэг, нэгжийн үнэ 0.95 ам.доллар.
Хүргэлт: хоёр мөрийг хамтад нь 2027 оны 1-р сарын 25-нд хүргэнэ (гаалийн бүрдүүлэлтээс шалтгаалан нэг долоо хоног хойшлогдож байна).

Хүндэтгэсэн,
Батбаяр Ганболд
Худалдаа Тулз ХХК, Улаанбаатар
Утас: +976 7011 2345"""
    m = reply(p, ("Батбаяр Ганболд", "batbayar@khudaldaatools.example"), "2026-11-20 15:00 +0800",
              text(body + quote_gmail(p)), prefix="Re: ")
    e = conf([answer(p, {1: chg(d="2027-01-25"), 2: chg(d="2027-01-25")})],
             "Quantities and prices as ordered; delivery of both lines 25 Jan 2027 instead of 18 Jan (customs delay).")
    return [p], m, e


@case("marbles-ar-ooo-licencia", "es-AR", "auto_reply",
      "Argentine auto-reply ('estoy de licencia hasta el lunes 30/11') with X-Autoreply header.")
def _():
    p = po("4500233199", "BOLITAS", "Bolitas del Plata S.R.L.", "pedidos@bolitasdelplata.example", "es-AR", "USD", "2026-11-19", [
        ("GM-16-MIX", "Glass marbles 16 mm, mixed colours", 300, "KG", "3.60", "2027-01-14"),
    ])
    body = """Hola, gracias por tu mensaje.

Estoy de licencia hasta el lunes 30/11. Para pedidos urgentes escribir a pedidos@bolitasdelplata.example o llamar al (011) 4123-4567 int. 20.

Saludos,
Martín Gómez
Bolitas del Plata S.R.L. - CUIT 30-71234567-9"""
    m = reply(p, ("Martín Gómez", "mgomez@bolitasdelplata.example"), "2026-11-19 06:03 -0300",
              text(body, "iso-8859-1"), subject="Respuesta automática: " + request_subject(p), charset="iso-8859-1",
              extra=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")])
    return [p], m, other("auto_reply", "Leave auto-reply; no answer about the order.")


@case("bur-cl-weekday-dates", "es-CL", "confirmation",
      "Chilean reply with weekday dates only ('miércoles 9', 'martes 24 de noviembre'), ship vs arrival dates, CLP without decimals.")
def _():
    p = po("4500233222", "DENTALSUR", "Dental Sur SpA", "ventas@dentalsur.example", "es-CL", "CLP", "2026-11-18", [
        ("DB-FG-330", "Carbide bur FG 330 pear", 500, "PC", "690", "2026-12-04"),
        ("DB-FG-557", "Carbide bur FG 557 crosscut fissure", 500, "PC", "690", "2026-12-04"),
        ("DB-DIA-KIT", "Diamond bur kit, 10 pieces", 20, "SET", "24900", "2026-12-04"),
    ])
    body = """Estimada Dana:

Confirmamos la OC 4500233222 con cantidades y precios según OC.

Las fresas de carburo (líneas 1 y 2) las despachamos el lunes 7 de diciembre y llegan a su bodega el miércoles 9.
El kit diamantado (línea 3) lo tenemos en stock: sale este viernes y se entrega el martes 24 de noviembre.

Saludos cordiales,
Camila Rojas
Dental Sur SpA - Av. Providencia 1234, of. 501, Santiago
RUT 76.123.456-7 - Fono +56 2 2345 6789"""
    m = reply(p, ("Camila Rojas", "crojas@dentalsur.example"), "2026-11-19 17:30 -0300",
              text(body + quote_gmail(p, "El mié, 18 nov 2026 a las 6:02, Dana Ruiz (<dana.ruiz@buyer.example>) escribió:")),
              prefix="RE: ")
    e = conf([answer(p, {1: chg(d="2026-12-09"), 2: chg(d="2026-12-09"), 3: chg(d="2026-11-24")})],
             "Delivery dates win over ship dates: lines 1-2 arrive Wednesday 9 (December) = 2026-12-09; line 3 delivered Tuesday 24 November = 2026-11-24 "
             "(earlier than requested). Quantities and prices as ordered.")
    return [p], m, e


@case("incense-nz-body-vs-pdf", "en-NZ", "needs_review",
      "Kiwi 'all good, confirmed as per your PO' but the attached ERP confirmation shows a lower quantity and a higher price: contradictory.")
def _():
    p = po("4500233255", "KOWHAI", "Kowhai Aromatics Ltd", "orders@kowhaiaromatics.example", "en-NZ", "NZD", "2026-11-19", [
        ("IC-KAWA-20", "Incense cones, kawakawa, box of 20", 120, "BOX", "9.50", "2026-12-15"),
        ("IC-MAN-20", "Incense cones, manuka, box of 20", 120, "BOX", "9.50", "2026-12-15"),
    ])
    body = """Kia ora Dana,

All good, confirmed as per your PO - confirmation attached. Cheers!

Mere Ngata
Kowhai Aromatics Ltd | 14 Totara St, Rotorua 3010
Ph 07 345 6789 | GST 123-456-789"""
    pl = ["KOWHAI AROMATICS LTD - SALES ORDER CONFIRMATION SO-4417",
          "Customer: Brightwater Trading GmbH     Customer PO: 4500233255",
          "Date: 20/11/2026",
          "Ln  Item        Description               Qty   Unit   Price NZD   Del. date",
          "1   IC-KAWA-20  Kawakawa cones box 20     120   BOX    10.20       15/12/2026",
          "2   IC-MAN-20   Manuka cones box 20        60   BOX    10.20       15/12/2026",
          "    Balance 60 BOX backordered - date TBA",
          "Total excl. GST: NZD 1,836.00"]
    m = reply(p, ("Mere Ngata", "mere@kowhaiaromatics.example"), "2026-11-20 09:40 +1300",
              mixed(text(body + quote_gmail(p)), attachment("SO-4417.pdf", "application/pdf", pdf(pl, "SO-4417"))),
              prefix="Re: ")
    return [p], m, other("needs_review",
                         "The mail says 'as per your PO' but the attached confirmation says 10.20 instead of 9.50 and only 60 of 120 on line 2 (rest TBA). "
                         "A careful buyer cannot tell which is right and must ask.")


@case("extvalve-de-erp-ab-second-po", "de-DE", "confirmation",
      "German ERP 'Auftragsbestätigung' PDF (positions 10/20, KW 02/2027) answering only the second of two open POs from the same supplier.")
def _():
    a = po("4500233288", "WEBERARM", "Weber Armaturen GmbH", "vertrieb@weber-armaturen.example", "de-DE", "EUR", "2026-11-19", [
        ("FV-M30-MS", "Extinguisher valve M30x1.5, brass", 50, "EA", "15.20", "2026-12-18"),
    ])
    b = po("4500233301", "WEBERARM", "Weber Armaturen GmbH", "vertrieb@weber-armaturen.example", "de-DE", "EUR", "2026-11-20", [
        ("FV-M30-AL", "Extinguisher valve M30x1.5, aluminium", 100, "EA", "9.80", "2027-01-15"),
        ("FV-SIF-9", "Siphon tube for 9 kg extinguisher", 100, "EA", "1.10", "2027-01-15"),
    ])
    pl = ["Weber Armaturen GmbH - Industriestr. 22 - 58706 Menden",
          "AUFTRAGSBESTAETIGUNG Nr. 20461                 Datum: 23.11.2026",
          "Kunde: 100873 Brightwater Trading GmbH, Hafenstrasse 12, 20457 Hamburg",
          "Ihre Bestellung: 4500233301 vom 20.11.2026     Ihr Zeichen: D. Ruiz",
          "",
          "Pos.  Artikel      Bezeichnung                    Menge     Preis/Einh.   Gesamt      Liefertermin",
          "10    FV-M30-AL    Ventil M30x1,5 Aluminium       100 Stk   9,80 EUR      980,00 EUR  KW 02/2027",
          "20    FV-SIF-9     Steigrohr 9 kg                 100 Stk   1,15 EUR      115,00 EUR  KW 02/2027",
          "",
          "Nettowert: 1.095,00 EUR   zzgl. MwSt. 19 %",
          "Lieferung frei Haus. Zahlung: 30 Tage netto. Es gelten unsere AGB."]
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung 20461.\n\n"
            "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.\n\n"
            "Weber Armaturen GmbH | Sitz Menden | Amtsgericht Arnsberg HRB 4711 | Geschäftsführer: Klaus Weber\n")
    m = reply(b, ("Weber Armaturen GmbH", "noreply@weber-armaturen.example"), "2026-11-23 05:31 +0100",
              mixed(text(body, "iso-8859-1"), attachment("AB_20461.pdf", "application/pdf", pdf(pl, "AB 20461"))),
              subject="Auftragsbestätigung 20461 zu Ihrer Bestellung 4500233301", thread=False, charset="iso-8859-1",
              extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP NetWeaver 7.50")])
    e = conf([answer(b, {1: acc(), 2: chg(p="1.15")})],
             "ERP confirmation for PO 4500233301 only (PO 4500233288 is not mentioned and left out). Supplier positions 10/20 = our lines 1/2. "
             "KW 02/2027 without a day = Friday 2027-01-15 = requested. Line 2 price 1.15 instead of 1.10.")
    return [a, b], m, e


@case("puck-ca-backorder-line", "fr-CA", "confirmation",
      "Québec French reply: line 1 confirmed (ISO date, '1,10 $'), line 2 out of stock and 'on vous revient' - partial.")
def _():
    p = po("4500233320", "RONDELLE", "Rondelles Laurentides inc.", "ventes@rondelleslaurentides.example", "fr-CA", "CAD", "2026-11-20", [
        ("HP-OFF-6", "Official hockey puck 6 oz, black", 2400, "EA", "1.10", "2026-12-15"),
        ("HP-GLOW-6", "Glow-in-the-dark practice puck 6 oz", 200, "EA", "3.25", "2026-12-15"),
    ])
    body = """Bonjour Dana,

Ligne 1 : 2 400 rondelles à 1,10 $, livraison le 2026-12-15 - c'est confirmé.
Ligne 2 : les rondelles phosphorescentes sont en rupture de stock; prochaine disponibilité vers la mi-janvier. On vous revient avec une date ferme dès qu'on a la confirmation de l'usine.

Merci et bonne journée!
Geneviève Tremblay
Service à la clientèle | Rondelles Laurentides inc.
450 555-0142, poste 3 | Saint-Jérôme (Québec)"""
    m = reply(p, ("Geneviève Tremblay", "gtremblay@rondelleslaurentides.example"), "2026-11-23 10:05 -0500",
              alt(text(body + quote_outlook(p, "fr"), "windows-1252"), html(html_doc(to_html(body), "windows-1252"), "windows-1252")),
              prefix="RE : ", charset="windows-1252")
    e = conf([answer(p, {1: acc(), 2: unc()})],
             "Line 1 confirmed as ordered. Line 2 out of stock with only a vague 'mid-January' and a promised firm date later -> unconfirmed.")
    return [p], m, e


@case("neontrafo-ch-swiss-numbers", "de-CH", "confirmation",
      "Swiss German (no ß) with apostrophe thousands ('CHF 3'030.00'), weekday date without year and a new price on line 2.")
def _():
    p = po("4500233350", "LEUCHTAG", "Leuchtröhren Technik AG", "verkauf@leuchtroehren.example", "de-CH", "CHF", "2026-11-20", [
        ("NT-7K5-25", "Neon transformer 7.5 kV 25 mA, indoor", 30, "EA", "118.00", "2026-12-17"),
        ("NT-12K-35", "Neon transformer 12 kV 35 mA, outdoor IP65", 12, "EA", "245.00", "2026-12-17"),
    ], buyer=3)
    body = """Grüezi Herr Bellini

Besten Dank für Ihre Bestellung 4500233350, welche wir gerne wie folgt bestätigen:

Pos. 1: 30 Stk. à CHF 118.00 = CHF 3'540.00, Lieferung Donnerstag, 17. Dezember
Pos. 2: 12 Stk. à CHF 252.50 = CHF 3'030.00 (neuer Preis gemäss Preisliste 2026/II), Lieferung 22.12.2026

Freundliche Grüsse

Reto Brunner
Leuchtröhren Technik AG | Bahnhofstrasse 5 | 8952 Schlieren
Tel. +41 44 555 12 34 | MWST CHE-123.456.789"""
    m = reply(p, ("Reto Brunner", "reto.brunner@leuchtroehren.example"), "2026-11-23 14:12 +0100",
              text(body + quote_outlook(p, "de"), "iso-8859-1"), prefix="AW: ", charset="iso-8859-1",
              mailer="Microsoft Outlook 16.0")
    e = conf([answer(p, {1: acc(), 2: chg(p="252.50", d="2026-12-22")})],
             "Line 1: 'Donnerstag, 17. Dezember' = 2026-12-17, as ordered. Line 2: CHF 252.50 (was 245.00) and 22.12.2026. "
             "The apostrophe-grouped totals are line totals, not unit prices.")
    return [p], m, e


@case("tuningfork-lu-receipt", "lb-LU", "needs_review",
      "Luxembourgish receipt: order received and passed to production, confirmation with delivery date to follow.")
def _():
    p = po("4500233380", "STEMMGAFF", "Stëmmgaffelen Lëtzebuerg S.à r.l.", "commandes@stemmgaffelen.example", "lb-LU", "EUR", "2026-11-20", [
        ("TF-A440-PR", "Tuning fork A440 with resonance box", 25, "EA", "64.00", "2027-01-08"),
    ], buyer=3)
    body = """Moien Här Bellini,

Merci fir Är Bestellung 4500233380, mir hunn se gutt kritt a ginn se un eis Produktioun weider.
Dir kritt d'Confirmatioun mam Liwwerdatum an den nächsten Deeg.

Schéine Gruss,
Claire Weber
Stëmmgaffelen Lëtzebuerg S.à r.l. | L-4320 Esch-sur-Alzette | RCS B123456"""
    m = reply(p, ("Claire Weber", "claire.weber@stemmgaffelen.example"), "2026-11-23 09:30 +0100",
              text(body + quote_outlook(p, "de")), prefix="AW: ")
    return [p], m, other("needs_review", "Receipt only; confirmation with delivery date announced for the coming days.")


@case("hutch-cy-ooo-bilingual", "cy-GB", "auto_reply",
      "Welsh/English bilingual automatic reply ('Neges awtomatig') from a Welsh hutch maker.")
def _():
    p = po("4500233399", "CWTCH", "Cwtch Cwningod Cyf", "archebion@cwtchcwningod.example", "cy-GB", "GBP", "2026-11-20", [
        ("RH-CWT-4", "Rabbit hutch 4 ft, larch cladding", 10, "EA", "129.00", "2027-01-12"),
    ])
    body = """Diolch am eich e-bost. Rydw i allan o'r swyddfa tan ddydd Llun 30 Tachwedd. Os yw'ch neges yn un brys, cysylltwch â archebion@cwtchcwningod.example neu ffoniwch 01970 123456.

Thank you for your email. I am out of the office until Monday 30 November. If your message is urgent, please contact archebion@cwtchcwningod.example or call 01970 123456.

Gwenllian Morgan
Cwtch Cwningod Cyf, Aberystwyth
Croesewir gohebiaeth yn Gymraeg / Correspondence in Welsh is welcomed"""
    m = reply(p, ("Gwenllian Morgan", "gwenllian@cwtchcwningod.example"), "2026-11-20 10:02 +0000",
              text(body), subject="Neges awtomatig / Automatic reply: " + request_subject(p),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], m, other("auto_reply", "Bilingual out-of-office; nothing about the order.")


@case("batting-gl-venres", "gl-ES", "confirmation",
      "Galician reply: one delivery 'o venres 15 de xaneiro' for both lines and a new list price on line 2.")
def _():
    p = po("4500233410", "GUATAGAL", "Guatas Galegas S.L.", "pedidos@guatasgalegas.example", "gl-ES", "EUR", "2026-11-20", [
        ("QB-BAMB-90", "Bamboo/cotton batting, 90 in wide", 80, "M", "11.40", "2027-01-11"),
        ("QB-FUS-45", "Fusible batting, 45 in wide", 50, "M", "6.20", "2027-01-11"),
    ])
    body = """Bos días Dana,

Confirmámosvos o pedido 4500233410:
- 80 m de guata de bambú/algodón a 11,40 €/m
- 50 m de guata termoadhesiva a 6,60 €/m (novo prezo de tarifa desde novembro)

A entrega de todo será o venres 15 de xaneiro.

Un saúdo,
Uxía Fernández
Guatas Galegas S.L. - Polígono do Tambre, 15890 Santiago de Compostela
CIF B-15123456 - Tlf. 981 123 456"""
    m = reply(p, ("Uxía Fernández", "uxia@guatasgalegas.example"), "2026-11-24 12:00 +0100",
              text(body + quote_gmail(p), "iso-8859-15"), prefix="Re: ", charset="iso-8859-15")
    e = conf([answer(p, {1: chg(d="2027-01-15"), 2: chg(p="6.60", d="2027-01-15")})],
             "'venres 15 de xaneiro' without year -> Friday 2027-01-15 for both lines (requested 2027-01-11); line 2 price 6.60 instead of 6.20.")
    return [p], m, e


@case("palletwrap-za-gmail-dns-bounce", "en-ZA", "bounce",
      "Google-style 'Delivery Status Notification (Failure)': the supplier's domain does not resolve (NXDOMAIN).")
def _():
    p = po("4500233444", "WRAPSA", "WrapSA (Pty) Ltd", "orders@wrapsa.example", "en-ZA", "ZAR", "2026-11-23", [
        ("PW-PRE-450", "Pre-stretch film 450 mm x 12 mic, 500 m", 200, "ROL", "89.00", "2026-12-16"),
    ])
    human = """** Address not found **

Your message wasn't delivered to orders@wrapsa.example because the domain wrapsa.example couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of wrapsa.example responded with code NXDOMAIN
Domain name not found: wrapsa.example
"""
    m = dsn(p, "mail-sor-f41.google.example", "2026-11-23 10:02 +0100", human, "5.1.2",
            "DNS Error: DNS type 'mx' lookup of wrapsa.example responded with code NXDOMAIN",
            subject="Delivery Status Notification (Failure)", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.example>")
    return [p], m, other("bounce", "DSN: the supplier domain could not be found; the request was not delivered.")


@case("vinyl-au-shipnotice-other-order", "en-AU", "unrelated",
      "Australian dispatch notice with tracking and ETA for a different customer PO; the open PO is untouched.")
def _():
    p = po("4500233470", "WAXWORKS", "Waxworks Pressing Pty Ltd", "sales@waxworkspressing.example", "en-AU", "AUD", "2026-11-23", [
        ("VR-12-180-CLR", "12\" vinyl 180 g, clear, gatefold", 300, "PC", "9.80", "2027-02-12"),
    ])
    h = """<p>G'day,</p>
<p>Good news - your order <b>WX-88213</b> (your ref: PO 4500229904) has left our Marrickville plant.</p>
<table border="0" cellpadding="3">
<tr><td>Carrier</td><td>StarTrack Premium</td></tr>
<tr><td>Consignment</td><td>AB7X2210394</td></tr>
<tr><td>Cartons</td><td>6</td></tr>
<tr><td>ETA</td><td>Fri 27/11/2026</td></tr>
</table>
<p>Track it here: <a href="https://track.startrack.example/AB7X2210394">AB7X2210394</a></p>
<p>Cheers,<br>The Waxworks dispatch team<br>Waxworks Pressing Pty Ltd | ABN 12 345 678 901 | (02) 9555 0101</p>"""
    t = ("G'day,\n\nGood news - your order WX-88213 (your ref: PO 4500229904) has left our Marrickville plant.\n"
         "Carrier: StarTrack Premium\nConsignment: AB7X2210394\nCartons: 6\nETA: Fri 27/11/2026\n\nCheers,\nThe Waxworks dispatch team\n")
    m = reply(p, ("Waxworks Dispatch", "dispatch@waxworkspressing.example"), "2026-11-24 16:20 +1100",
              alt(text(t), html(html_doc(h))), subject="Your order WX-88213 has shipped", thread=False)
    return [p], m, other("unrelated", "Shipping notice for another order (customer ref PO 4500229904), not an answer about PO 4500233470.")


@case("kilnshelf-in-packing-125", "en-IN", "confirmation",
      "Indian-English 'kindly do the needful' reply with Rs. and lakh grouping ('3,26,500/-'); line 2 rounded to cartons of 25.")
def _():
    p = po("4500233503", "AGNIREF", "Agni Refractories Pvt. Ltd.", "sales@agnirefractories.example", "en-IN", "INR", "2026-11-20", [
        ("KS-NSIC-6045", "Nitride-bonded SiC kiln shelf 600 x 450 x 15 mm", 40, "EA", "6850.00", "2027-01-14"),
        ("KS-POST-150", "SiC kiln post 150 mm", 120, "EA", "420.00", "2027-01-14"),
    ], buyer=2)
    body = """Dear Ma'am,

Greetings from Agni Refractories!

We are pleased to confirm your PO No. 4500233503 dtd. 20/11/2026 as under:

Item 1: KS-NSIC-6045 - 40 Nos. @ Rs. 6,850/- each, delivery by 14/01/2027.
Item 2: KS-POST-150 - kindly note std. packing is 25 Nos. per carton, hence we are supplying 125 Nos. @ Rs. 420/- each, delivery by 14/01/2027.

Total order value Rs. 3,26,500/- plus GST @ 18%.

Kindly do the needful and acknowledge.

Thanks & Regards,
S. Venkatesh
Manager - Sales & Marketing
Agni Refractories Pvt. Ltd., SIPCOT Industrial Estate, Hosur - 635 126
Mob: +91 98430 12345 | GSTIN: 33AABCA1234F1Z9 | CIN: U26920TZ2004PTC011234"""
    m = reply(p, ("S. Venkatesh", "venkatesh@agnirefractories.example"), "2026-11-24 11:45 +0530",
              text(body + quote_outlook(p)), prefix="RE: ")
    e = conf([answer(p, {1: acc(), 2: chg(q=125)})],
             "Line 1 as ordered. Line 2 rounded up to cartons of 25: 125 at the same price and date. Lakh-grouped total 3,26,500 = 40x6850 + 125x420.")
    return [p], m, e


@case("oboereed-ie-which-grade", "en-IE", "needs_review",
      "Irish reply asking which of two replacement grades we want before confirming; no commitment.")
def _():
    p = po("4500233533", "CLIODHNA", "Clíodhna Reeds Ltd", "orders@cliodhnareeds.example", "en-IE", "EUR", "2026-11-23", [
        ("OR-MH-CN", "Oboe reed, medium-hard, cane", 80, "PC", "21.00", "2026-12-18"),
        ("OR-CASE-6", "Reed case for 6 reeds", 10, "PC", "14.50", "2026-12-18"),
    ], buyer=3)
    body = """Hi Marco,

Thanks for the order. Before we confirm - the code on your PO (OR-MH-CN) was discontinued last year and replaced by two grades, OR-M2 (medium) and OR-MH2 (medium-hard, €22.50). Which one would you like? Once we know we'll confirm the whole order with dates, the cases are no problem.

Thanks a million,
Siobhán Ní Bhriain
Clíodhna Reeds Ltd, Unit 3, Galway Business Park, H91 XXXX
+353 91 555 123 | VAT IE1234567T"""
    m = reply(p, ("Siobhán Ní Bhriain", "siobhan@cliodhnareeds.example"), "2026-11-24 15:15 +0000",
              text(body + quote_gmail(p)), prefix="Re: ")
    return [p], m, other("needs_review",
                         "A question about the replacement grade for line 1; the whole order (including the cases) will be confirmed only afterwards.")


@case("incense-np-devanagari-digits", "ne-NP", "confirmation",
      "Nepali reply mixing Devanagari digits for quantities with Latin-digit USD prices; one price raised.")
def _():
    p = po("4500233566", "HIMDHUP", "Himalayan Dhup Udyog Pvt. Ltd.", "export@himalayandhup.example", "ne-NP", "USD", "2026-11-23", [
        ("IC-TIB-HIM", "Tibetan incense cones, Himalayan herbs, box of 25", 300, "BOX", "2.40", "2027-01-20"),
        ("IC-JUN-25", "Juniper incense cones, box of 25", 200, "BOX", "2.10", "2027-01-20"),
    ], buyer=0)
    body = """नमस्ते दाना जी,

तपाईंको अर्डर नं. 4500233566 को लागि धन्यवाद। हामी निम्न अनुसार पुष्टि गर्दछौं:

१. हिमालयन जडीबुटी धूप कोन – ३०० बक्स, प्रति बक्स USD 2.40, डेलिभरी 20/01/2027
२. जुनिपर (धुपी) धूप कोन – २०० बक्स, प्रति बक्स USD 2.25 (कच्चा पदार्थको मूल्य बढेकोले), डेलिभरी 20/01/2027

धन्यवाद,
पेम्बा शेर्पा
हिमालयन धूप उद्योग प्रा. लि., भक्तपुर
फोन: +977 1 6612345 | PAN 301234567"""
    m = reply(p, ("Pemba Sherpa", "pemba@himalayandhup.example"), "2026-11-25 13:45 +0545",
              text(body + quote_gmail(p)), prefix="Re: ")
    e = conf([answer(p, {1: acc(), 2: chg(p="2.25")})],
             "३०० = 300 and २०० = 200 boxes (as ordered); line 1 as ordered; line 2 price USD 2.25 instead of 2.10, date 20/01/2027 as ordered.")
    return [p], m, e


@case("umbrellarib-sg-sendmail-mailboxfull", "en-SG", "bounce",
      "Sendmail 'Returned mail: see transcript for details' DSN: 552 5.2.2 mailbox full at the Singapore supplier.")
def _():
    p = po("4500233599", "LIONUMB", "Lion City Umbrella Parts Pte Ltd", "sales@lioncityumbrella.example", "en-SG", "SGD", "2026-11-23", [
        ("UR-AL-8-60", "Aluminium rib set 8 ribs, 60 cm", 3000, "SET", "2.65", "2027-01-22"),
    ])
    human = """The original message was received at Mon, 23 Nov 2026 10:02:05 +0100
from mail.buyer.example [192.0.2.10]

   ----- The following addresses had permanent fatal errors -----
<sales@lioncityumbrella.example>
    (reason: 552 5.2.2 <sales@lioncityumbrella.example>... Mailbox full)

   ----- Transcript of session follows -----
... while talking to mx1.lioncityumbrella.example.:
>>> DATA
<<< 552 5.2.2 <sales@lioncityumbrella.example>... Mailbox full
554 5.0.0 Service unavailable
"""
    m = dsn(p, "relay2.buyer.example", "2026-11-23 10:04 +0100", human, "5.2.2",
            "552 5.2.2 <sales@lioncityumbrella.example>... Mailbox full",
            subject="Returned mail: see transcript for details", frm="Mail Delivery Subsystem <MAILER-DAEMON@%s>")
    return [p], m, other("bounce", "Sendmail DSN, permanent failure (mailbox full); the request was not delivered.")


@case("saddlepad-no-uke2", "nb-NO", "confirmation",
      "Norwegian reply from Outlook for iOS: quantities and prices as ordered but delivery 'uke 2' (Friday 2027-01-15) because of the factory's Christmas break.")
def _():
    p = po("4500233622", "HESTEUTS", "Hesteutstyr Nord AS", "ordre@hesteutstyr-nord.example", "nb-NO", "NOK", "2026-11-23", [
        ("SP-ICE-FULL", "Icelandic horse saddle pad, full", 20, "EA", "649.00", "2027-01-08"),
        ("SP-WOOL-HALF", "Wool half pad", 20, "EA", "419.00", "2027-01-08"),
    ], buyer=1)
    body = """Hei Jonas!

Takk for bestillingen. Vi bekrefter ordre 4500233622 med antall og priser som bestilt, men levering blir dessverre uke 2 pga. juleferie på fabrikken.

Mvh
Ingrid Haugen
Hesteutstyr Nord AS | Org.nr. 912 345 678 MVA | Tlf. 75 12 34 56

Hent Outlook for iOS"""
    m = reply(p, ("Ingrid Haugen", "ingrid@hesteutstyr-nord.example"), "2026-11-25 07:48 +0100",
              alt(text(body + quote_outlook(p)), html(html_doc(to_html(body) + "<hr>" + request_html(p)))), prefix="SV: ")
    e = conf([answer(p, {1: chg(d=kw(2027, 2)), 2: chg(d=kw(2027, 2))})],
             "'uke 2' after a November mail = ISO week 2 of 2027, no day named -> Friday 2027-01-15 (requested 2027-01-08). Quantities and prices as ordered.")
    return [p], m, e
