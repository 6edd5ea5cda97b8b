from .common import *


@case(55, "madurai-keytags-tamil", "confirmation", "ta-IN",
      "Tamil reply mixed with English item names; line 2 moved to 08-01-2027 because the engraving machine is in service.")
def c055():
    sup = ("MADKT", "Madurai Key Tags & Co.", "sales@maduraikeytags.example", "ta-IN")
    p = po("4500081257", sup, "INR", "2026-11-09", [
        ("KT-ACR-CL", "Acrylic key tag clear, 50x30 mm", 1000, "PC", "9.50", "2026-12-18"),
        ("KT-WOOD-EN", "Wooden key tag, laser engraved", 500, "PC", "22.00", "2026-12-18"),
    ])
    body = """வணக்கம் டானா மேடம்,

உங்கள் PO 4500081257 கிடைத்தது, நன்றி.

1. Acrylic key tag (KT-ACR-CL) – 1,000 pcs, ஒன்றுக்கு ₹9.50 – டெலிவரி 18-12-2026
2. Wooden key tag (KT-WOOD-EN) – laser engraving machine சர்வீஸில் இருப்பதால், 500 pcs 08-01-2027 அன்று டெலிவரி செய்வோம். விலையில் மாற்றம் இல்லை.

நன்றி,
செந்தில் குமார்
Madurai Key Tags & Co. | 45, Kamarajar Salai, Madurai 625009 | +91 94431 23456 | GSTIN 33ABCFM1234K1Z2
"""
    eml = reply(p, "Senthil Kumar", "senthil@maduraikeytags.example", mdate(2026, 11, 10, 18, 5, 0, 330),
                alt(body + "\n" + outlook_quote(p, "en", "Monday, November 9, 2026 3:20 PM"), to_html(body), cte="base64"),
                subject="RE: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: C(p, 2, d="2027-01-08")})],
           "notes": "Line 1 as ordered. Line 2: 500 pcs, price unchanged, delivery 08-01-2027 (day-first) = 2027-01-08."}
    return [p], eml, exp


@case(56, "bondi-ladles-thursday-17th", "confirmation", "en-AU",
      "Casual Australian reply ('No worries, all good to go'), price up on line 2 'ex GST', delivery 'Thursday 17th Dec' without year.")
def c056():
    sup = ("BONDIKW", "Bondi Kitchenware Wholesale Pty Ltd", "orders@bondikitchenware.example", "en-AU")
    p = po("4500081258", sup, "AUD", "2026-11-10", [
        ("LS-BAM-3", "Bamboo ladle set, 3 pcs", 120, "SET", "9.40", "2026-12-18"),
        ("LS-SS-HG", "Stainless ladle set with hanging rack", 48, "SET", "27.90", "2026-12-18"),
    ])
    body = """Hi Dana,

No worries, all good to go on PO 4500081258. Bamboo sets as ordered. The stainless sets have gone up to $29.50 ex GST since our last price list went out, sorry about that.

Both lines will be with you Thursday 17th Dec.

Cheers,
Liam O'Connell
Bondi Kitchenware Wholesale Pty Ltd
Unit 7, 22 Bourke Rd, Alexandria NSW 2015 | 02 9698 1234 | ABN 51 123 456 789
"""
    attr = "On Tue, 10 Nov 2026 at 16:45, Dana Ruiz <%s> wrote:" % p["buyer"]["email"]
    eml = reply(p, "Liam O'Connell", "liam@bondikitchenware.example", mdate(2026, 11, 12, 9, 30, 0, 660),
                alt(body + "\n" + attr + "\n" + gt(req_text(p)), to_html(body, req_html(p), attr_line=attr)),
                subject="Re: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, d="2026-12-17"), 2: C(p, 2, price="29.50", d="2026-12-17")})],
        "notes": "'Thursday 17th Dec' = 2026-12-17 (a Thursday), one day before the need-by, so both lines change on date; line 2 also price 29.50 AUD (ex GST = net)."}
    return [p], eml, exp


@case(57, "kiwipest-price-increase-letter", "unrelated", "en-NZ",
      "General price-adjustment letter (+6.5% from 1 February 2027) from the supplier's accounts team, not a reply to the open PO.")
def c057():
    sup = ("KIWIPEST", "Kiwi Pest Solutions Ltd", "orders@kiwipest.example", "en-NZ")
    p = po("4500081259", sup, "NZD", "2026-11-09", [
        ("MT-SNAP-XL", "Snap rat/mouse trap XL, metal", 300, "PC", "3.95", "2027-01-22"),
        ("MT-MULTI-C", "Multi-catch mouse trap, clear lid", 60, "PC", "18.40", "2027-01-22"),
    ])
    body = """Kia ora,

Dear valued customer,

Please be advised that, due to continued increases in steel and freight costs, prices across our trap range will increase by 6.5% effective 1 February 2027.

Orders placed before 31 January 2027 will be invoiced at current prices, regardless of delivery date. An updated price list will be emailed in mid-January.

We appreciate your continued support.

Ngā mihi,
Accounts Team
Kiwi Pest Solutions Ltd | 14 Vickery St, Te Rapa, Hamilton 3200 | 07 849 1234 | GST 123-456-789
"""
    hs = [("From", addr("Kiwi Pest Solutions Accounts", "accounts@kiwipest.example")),
          ("To", addr("Dana Ruiz", "dana.ruiz@kestrel-supply.example")),
          ("Subject", "Price adjustment effective 1 February 2027"),
          ("Date", mdate(2026, 11, 16, 10, 0, 0, 780)), ("Message-ID", msgid("057price", "kiwipest.example"))]
    eml = email_bytes(hs, alt(body, to_html(body)), seed="057")
    exp = {"kind": "unrelated", "notes": "Circular price-increase letter to all customers; it does not answer PO 4500081259 (and by its own terms the PO stays at current prices)."}
    return [p], eml, exp


@case(58, "karoo-tips-rand-comma", "confirmation", "en-ZA",
      "South African English with rand amounts in space-thousands/decimal-comma style (R3 450,00) mixing unit prices and line totals; one new price.")
def c058():
    sup = ("KAROOW", "Karoo Welding Supplies (Pty) Ltd", "sales@karoowelding.example", "en-ZA")
    p = po("4500081260", sup, "ZAR", "2026-11-06", [
        ("NT-CT-08", "Contact tip 0.8 mm M6", 500, "PC", "6.90", "2026-12-10"),
        ("NT-NZ-MB25", "Gas nozzle conical MB25", 100, "PC", "48.50", "2026-12-10"),
        ("NT-DF-MB25", "Gas diffuser MB25", 100, "PC", "39.00", "2026-12-10"),
    ])
    body = """Morning Dana,

Thanks for the order, confirmed as follows:

Line 1 - 500 x contact tips @ R6,90 = R3 450,00
Line 2 - 100 x gas nozzles @ R52,75 (new price from 1 Nov) = R5 275,00
Line 3 - 100 x diffusers @ R39,00 = R3 900,00

All ex stock, delivery by courier on 10 December.

Regards
Thabo Mokoena
Internal Sales | Karoo Welding Supplies (Pty) Ltd
12 Voortrekker Rd, Bellville 7530 | 021 948 1234 | Co. Reg. No. 2009/123456/07 | VAT No. 4123456789 | B-BBEE Level 2
"""
    eml = reply(p, "Thabo Mokoena", "thabo@karoowelding.example", mdate(2026, 11, 9, 8, 20, 0, 120),
                text(body + "\n" + outlook_quote(p, "en", "06 November 2026 14:55")), subject="RE: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: C(p, 2, price="52.75"), 3: A(p, 3)})],
           "notes": "en-ZA amounts use decimal comma and space thousands: R52,75 = 52.75 unit price; R5 275,00 is the line total. '10 December' -> 2026-12-10 = requested."}
    return [p], eml, exp


@case(59, "bolandfilters-afrikaans-will-revert", "needs_review", "af-ZA",
      "Afrikaans reply: waiting for their own supplier, will come back tomorrow with dates and prices for both lines.")
def c059():
    sup = ("BOLANDF", "Boland Filtreerders (Edms) Bpk", "verkope@bolandfilters.example", "af-ZA")
    p = po("4500081261", sup, "ZAR", "2026-11-10", [
        ("OF-HD-WB", "Heavy duty oil filter, spin-on", 60, "EA", "185.00", "2026-12-15"),
        ("OF-CAR-EL", "Oil filter element, cartridge", 120, "EA", "96.50", "2026-12-15"),
    ])
    body = """Goeie more Dana,

Dankie vir die bestelling 4500081261. Ons wag nog op bevestiging van ons verskaffer in Johannesburg oor die swaardiens-filters; ek sal more by jou terugkom met die afleweringsdatums en pryse vir albei lyne.

Vriendelike groete,
Johan van der Merwe
Boland Filtreerders (Edms) Bpk | Paarl | 021 872 1234
"""
    eml = reply(p, "Johan van der Merwe", "johan@bolandfilters.example", mdate(2026, 11, 11, 8, 10, 0, 120),
                text(body + "\n-----Oorspronklike boodskap-----\n" + gt(req_text(p))), subject="RE: " + req_subject(p))
    exp = {"kind": "needs_review", "notes": "'Ek sal more by jou terugkom' with dates and prices: commits to nothing yet."}
    return [p], eml, exp


@case(60, "bandejasplata-vacaciones", "auto_reply", "es-AR",
      "Argentine Spanish out-of-office with day-first dates and an alternative contact.")
def c060():
    sup = ("BANDPLA", "Bandejas del Plata S.R.L.", "ventas@bandejasdelplata.example", "es-AR")
    p = po("4500081262", sup, "USD", "2026-11-10", [
        ("PT-270-PL", "Paint tray 270 mm, plastic", 500, "PC", "1.90", "2027-01-25"),
    ])
    body = """Respuesta automática

Hola, gracias por tu mensaje. Estaré de vacaciones desde el 9/11 hasta el 27/11 inclusive, sin acceso al correo.
Para pedidos urgentes comunicate con ventas@bandejasdelplata.example o al (011) 4555-1234.

Saludos,
Florencia Giménez
"""
    eml = reply(p, "Florencia Giménez", "fgimenez@bandejasdelplata.example", mdate(2026, 11, 10, 17, 33, 0, -180),
                text(body, charset="iso-8859-1"), subject="Respuesta automática: " + req_subject(p), charset="iso-8859-1",
                extra=[("Auto-Submitted", "auto-replied")])
    exp = {"kind": "auto_reply", "notes": "Vacation auto-reply; 27/11 is a return date."}
    return [p], eml, exp


@case(61, "remachadorasandinas-clp-split-despacho", "confirmation", "es-CL",
      "Chilean Gmail reply: CLP with dot thousands ($12.900 + IVA), dispatch (ship) dates only, line 2 split 10 now / 5 in January.")
def c061():
    sup = ("REMAND", "Remachadoras Andinas SpA", "ventas@remachadorasandinas.example", "es-CL")
    p = po("4500081263", sup, "CLP", "2026-11-05", [
        ("RG-MAN-48", "Hand rivet gun 2.4-4.8 mm", 40, "PC", "12900", "2026-12-14"),
        ("RG-TUE-M10", "Rivet nut tool M5-M10", 15, "PC", "45900", "2026-12-14"),
    ])
    body = """Hola Dana, ¿cómo estás?

Te confirmo la OC 4500081263:

- Remachadora manual: 40 unidades a $12.900 + IVA c/u, despacho el lunes 14 de diciembre.
- Remachadora de tuercas: a $45.900 + IVA; tenemos 10 en bodega que salen también el 14/12, las otras 5 llegan de importación y las despachamos el 11 de enero.

Saludos,
Camila Rojas
Remachadoras Andinas SpA | Av. Américo Vespucio 1501, Quilicura, Santiago | +56 2 2345 6789 | RUT 76.123.456-7
"""
    attr = "El lun, 9 nov 2026 a las 11:20, Dana Ruiz (<%s>) escribió:" % p["buyer"]["email"]
    eml = reply(p, "Camila Rojas", "camila.rojas@remachadorasandinas.example", mdate(2026, 11, 10, 12, 0, 0, -180),
                alt(body + "\n" + attr + "\n" + gt(req_text(p)), to_html(body, req_html(p), attr_line=attr)),
                subject="Re: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1),
        2: C(p, 2, d="2027-01-11", sched=[(10, "2026-12-14"), (5, "2027-01-11")])})],
        "notes": "Only dispatch (ship) dates are given, so they are the dates. Line 1: ship 14 Dec = requested. Line 2: 10 on 2026-12-14 and 5 on '11 de enero' (no year -> 2027-01-11). $12.900 = 12900 CLP net (+ IVA)."}
    return [p], eml, exp


@case(62, "nivelesandinos-gmail-nxdomain", "bounce", "es-CO",
      "Gmail/Workspace 'Delivery Status Notification (Failure)': supplier domain not found (NXDOMAIN), original message attached as message/rfc822.")
def c062():
    sup = ("NIVAND", "Niveles Andinos S.A.S.", "compras@niveles-andinos.example", "es-CO")
    p = po("4500081264", sup, "USD", "2026-11-12", [
        ("SL-BOX-800", "Box-section spirit level 800 mm", 40, "PC", "21.80", "2027-01-15"),
        ("SL-TORP-230", "Torpedo level 230 mm, magnetic", 120, "PC", "5.60", "2027-01-15"),
    ])
    rcpt = sup[2]
    notice = """** Address not found **

Your message wasn't delivered to %s because the domain niveles-andinos.example couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of niveles-andinos.example responded with code NXDOMAIN
Domain name not found: niveles-andinos.example
""" % rcpt
    ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 12 Nov 2026 06:10:44 -0800 (PST)
X-Original-Message-ID: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of niveles-andinos.example responded with code NXDOMAIN
Last-Attempt-Date: Thu, 12 Nov 2026 06:10:45 -0800 (PST)
""" % (p["request_message_id"], rcpt)
    orig = """From: Dana Ruiz <dana.ruiz@kestrel-supply.example>
Date: Thu, 12 Nov 2026 14:10:43 +0000
Message-ID: %s
Subject: %s
To: %s
Content-Type: text/plain; charset="UTF-8"

%s
""" % (p["request_message_id"], req_subject(p), rcpt, req_text(p))
    root = multi("report", text(notice, charset="utf-8", cte="quoted-printable"),
                 raw_part("Content-Type: message/delivery-status", ds),
                 raw_part("Content-Type: message/rfc822", orig), params=[("report-type", "delivery-status")])
    hs = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
          ("To", "dana.ruiz@kestrel-supply.example"), ("Subject", "Delivery Status Notification (Failure)"),
          ("Date", "Thu, 12 Nov 2026 06:10:45 -0800 (PST)"),
          ("Message-ID", "<6732f1a5.050a0220.2f3c1.1b2cSMTPIN_ADDED_MISSING@mx.google.com>"),
          ("References", p["request_message_id"]), ("In-Reply-To", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied")]
    eml = email_bytes(hs, root, seed="062")
    exp = {"kind": "bounce", "notes": "Google DSN: supplier domain does not resolve (5.1.2). The attached original PO request is not a reply."}
    return [p], eml, exp


@case(63, "vpvalles-valves-dimarts-vinent", "confirmation", "ca-ES",
      "Catalan reply: line 1 shipped 'dimarts vinent' (relative weekday), line 2 split half on 18 December and half on 18 January.")
def c063():
    sup = ("VPVALL", "Vàlvules i Pneumàtics del Vallès SL", "comandes@vpvalles.example", "ca-ES")
    p = po("4500081265", sup, "EUR", "2026-11-09", [
        ("TV-TR413-C", "Tubeless valve TR413, chrome cap", 600, "PC", "0.42", "2026-12-15"),
        ("TV-TPMS-SV", "TPMS valve service kit", 100, "SET", "3.80", "2026-12-22"),
    ])
    body = """Bon dia Dana,

Us confirmem la comanda 4500081265:

- Línia 1 (vàlvules TR413): les tenim en estoc i us les enviem dimarts vinent, al preu de comanda.
- Línia 2 (kits TPMS): preu 3,80 € correcte; us en lliurarem la meitat (50 kits) el 18 de desembre i l'altra meitat el 18 de gener.

Salutacions,
Jordi Puig i Ferrer
Vàlvules i Pneumàtics del Vallès SL | Ctra. de Terrassa 145, 08206 Sabadell | 93 712 34 56 | NIF B-65123456
"""
    eml = reply(p, "Jordi Puig", "jordi.puig@vpvalles.example", mdate(2026, 11, 11, 10, 5, 0, 60),
                text(body + "\n" + outlook_quote(p, "es", "lunes, 9 de noviembre de 2026 16:40"), charset="iso-8859-15"),
                subject="RE: " + req_subject(p), charset="iso-8859-15")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, d="2026-11-17"),
        2: C(p, 2, d="2027-01-18", sched=[(50, "2026-12-18"), (50, "2027-01-18")])})],
        "notes": "Mail Wed 2026-11-11: 'dimarts vinent' = the coming Tuesday 2026-11-17, a ship date (enviem) and the only date for line 1. Line 2: 50 on 2026-12-18 and 50 on '18 de gener' -> 2027-01-18."}
    return [p], eml, exp


@case(64, "zigilu-wax-basque-dates", "confirmation", "eu-ES",
      "Basque reply with Basque year-first long dates ('2027ko urtarrilaren 8an') and euro amounts '1,45 €-tan'.")
def c064():
    sup = ("ZIGILU", "Zigilu Argizariak S.L.", "eskaerak@zigilu.example", "eu-ES")
    p = po("4500081266", sup, "EUR", "2026-11-10", [
        ("WS-STK-GRN", "Sealing wax stick green", 400, "PC", "1.45", "2026-12-18"),
        ("WS-STAMP-TR", "Wax seal stamp, tree motif", 60, "PC", "9.80", "2026-12-18"),
    ])
    body = """Kaixo Dana,

4500081266 eskaera berresten dizugu:

1. lerroa: 400 argizari-barra berde, 1,45 €-tan, 2026ko abenduaren 18an.
2. lerroa: 60 zigilu (zuhaitz motiboa), 9,80 €-tan; hauek 2027ko urtarrilaren 8an entregatuko ditugu, grabatzailea oporretan dagoelako.

Ondo izan,
Amaia Etxeberria
Zigilu Argizariak S.L. | Zubiaurre kalea 12, 20600 Eibar | 943 12 34 56
"""
    eml = reply(p, "Amaia Etxeberria", "amaia@zigilu.example", mdate(2026, 11, 12, 12, 12, 0, 60),
                text(body + "\n" + outlook_quote(p, "es", "martes, 10 de noviembre de 2026 9:15")),
                subject="RE: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: C(p, 2, d="2027-01-08")})],
           "notes": "Basque dates are year-first: '2026ko abenduaren 18an' = 2026-12-18, '2027ko urtarrilaren 8an' = 2027-01-08 (delivery)."}
    return [p], eml, exp


@case(65, "filtrosgalaicos-size-question", "needs_review", "gl-ES",
      "Galician reply offering a different filter size and asking whether it would do before sending any confirmation.")
def c065():
    sup = ("FILGAL", "Filtros Galaicos S.L.", "pedidos@filtrosgalaicos.example", "gl-ES")
    p = po("4500081267", sup, "EUR", "2026-11-10", [
        ("AF-G4-592", "Panel air filter G4 592x592x48", 100, "EA", "13.90", "2026-12-16"),
        ("AF-F7-592", "Compact filter F7 592x592x96", 24, "EA", "44.00", "2026-12-16"),
    ])
    body = """Bos días Dana,

Temos un problema coa medida do filtro da liña 1: de 592x592x48 non temos stock ata febreiro, pero si temos 592x490x48 ao mesmo prezo. Serviríavos?

En canto nos digas algo, mandámosche a confirmación do pedido completa.

Un saúdo,
Xoán Varela
Filtros Galaicos S.L. | Polígono do Tambre, Vía Pasteur 41, Santiago de Compostela | 981 55 12 34
"""
    attr = "O mar., 10 de nov. de 2026 ás 17:05, Dana Ruiz <%s> escribiu:" % p["buyer"]["email"]
    eml = reply(p, "Xoán Varela", "xoan.varela@filtrosgalaicos.example", mdate(2026, 11, 11, 9, 20, 0, 60),
                alt(body + "\n" + attr + "\n" + gt(req_text(p)), to_html(body, req_html(p), attr_line=attr)),
                subject="Re: " + req_subject(p))
    exp = {"kind": "needs_review", "notes": "A substitution question before confirming; the full confirmation will follow the buyer's answer. Nothing is committed, not even for line 2."}
    return [p], eml, exp


@case(66, "liffey-hinges-forwarded-warehouse", "confirmation", "en-IE",
      "Irish sales rep forwards the warehouse's internal note ('can go out Monday 14th Dec', 'on the boat ... 20th Jan') over a forwarded copy of our request, new thread.")
def c066():
    sup = ("LIFFEY", "Liffey Ironmongery Ltd", "sales@liffeyironmongery.example", "en-IE")
    p = po("4500081268", sup, "EUR", "2026-11-09", [
        ("BH-SB-100", "Solid brass hinge 100x75 mm, satin", 150, "PR", "7.60", "2026-12-16"),
        ("BH-SB-76", "Solid brass hinge 76x50 mm, satin", 200, "PR", "5.10", "2026-12-16"),
        ("BH-WASH-102", "Washered brass hinge 102 mm, polished", 80, "PR", "9.95", "2027-01-13"),
    ])
    body = """Hi Dana,

See below from Seán in the warehouse - all confirmed as he says, I've checked the prices and they're as per your PO.

Aoife

Aoife Byrne | Sales Office
Liffey Ironmongery Ltd | Unit 3B, Ballymount Industrial Estate, Dublin 12, D12 X2Y4
T: +353 1 456 7890 | Company Reg. 512345 | VAT IE 9876543W

---------- Forwarded message ---------
From: Seán Ó Briain <sean.obriain@liffeyironmongery.example>
Date: Thu, 12 Nov 2026 at 08:14
Subject: FW: Order confirmation request - PO 4500081268
To: Aoife Byrne <aoife.byrne@liffeyironmongery.example>

Aoife,
The 100s and 76s are grand, we have them, they can go out Monday 14th Dec. The washered ones are on the boat, they'll go out to Kestrel on the 20th Jan, not before.
Seán

---------- Forwarded message ---------
From: Dana Ruiz <dana.ruiz@kestrel-supply.example>
Date: Mon, 9 Nov 2026 at 15:02
Subject: Order confirmation request - PO 4500081268
To: <sales@liffeyironmongery.example>

""" + req_text(p)
    eml = reply(p, "Aoife Byrne", "aoife.byrne@liffeyironmongery.example", mdate(2026, 11, 12, 9, 40, 0, 0),
                alt(body, to_html(body)), subject="Fwd: FW: " + req_subject(p), reply=False)
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, d="2026-12-14"), 2: C(p, 2, d="2026-12-14"), 3: C(p, 3, d="2027-01-20")})],
        "notes": "The commitment is in the forwarded internal note, endorsed by the sender ('all confirmed as he says', prices as per PO). Only ship dates: Monday 14th Dec -> 2026-12-14 for lines 1-2; '20th Jan' (no year) -> 2027-01-20 for line 3."}
    return [p], eml, exp


@case(67, "txtiles-sendmail-returned", "bounce", "mt-MT",
      "Classic Sendmail 'Returned mail: see transcript for details' generated by the Maltese supplier's own relay after accepting the message.")
def c067():
    sup = ("TXTILES", "Ta' Xbiex Tiles & Tools Ltd", "orders@txtilestools.example", "mt-MT")
    p = po("4500081269", sup, "EUR", "2026-11-10", [
        ("GF-RUB-280", "Rubber grout float 280x120 mm", 100, "EA", "6.20", "2026-12-18"),
    ])
    rcpt = sup[2]
    notice = """The original message was received at Wed, 11 Nov 2026 10:02:33 +0100
from mail.kestrel-supply.example [203.0.113.5]

   ----- The following addresses had permanent fatal errors -----
<%s>
    (reason: 550 5.1.1 <%s>... User unknown)

   ----- Transcript of session follows -----
... while talking to mailstore.txtilestools.example.:
>>> DATA
<<< 550 5.1.1 <%s>... User unknown
550 5.1.1 <%s>... User unknown
<<< 503 5.0.0 Need RCPT (recipient)
""" % (rcpt, rcpt, rcpt, rcpt)
    ds = """Reporting-MTA: dns; mx2.txtilestools.example
Received-From-MTA: DNS; mail.kestrel-supply.example
Arrival-Date: Wed, 11 Nov 2026 10:02:33 +0100

Final-Recipient: RFC822; %s
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mailstore.txtilestools.example
Diagnostic-Code: SMTP; 550 5.1.1 <%s>... User unknown
Last-Attempt-Date: Wed, 11 Nov 2026 10:02:35 +0100
""" % (rcpt, rcpt)
    hdrs = """Received: from mail.kestrel-supply.example (mail.kestrel-supply.example [203.0.113.5])
	by mx2.txtilestools.example (8.17.1/8.17.1) with ESMTPS id 5ABA2XqT012345
	for <%s>; Wed, 11 Nov 2026 10:02:33 +0100
From: Dana Ruiz <dana.ruiz@kestrel-supply.example>
To: %s
Subject: %s
Date: Wed, 11 Nov 2026 09:02:30 +0000
Message-ID: %s""" % (rcpt, rcpt, req_subject(p), p["request_message_id"])
    root = multi("report", text(notice, charset="us-ascii", cte="7bit"),
                 raw_part("Content-Type: message/delivery-status", ds),
                 raw_part("Content-Type: text/rfc822-headers", hdrs), params=[("report-type", "delivery-status")])
    hs = [("From", "Mail Delivery Subsystem <MAILER-DAEMON@mx2.txtilestools.example>"),
          ("To", "<dana.ruiz@kestrel-supply.example>"), ("Subject", "Returned mail: see transcript for details"),
          ("Date", "Wed, 11 Nov 2026 10:02:35 +0100"), ("Message-Id", "<202611110902.5ABA2XqU012345@mx2.txtilestools.example>"),
          ("Auto-Submitted", "auto-generated (failure)")]
    eml = email_bytes(hs, root, seed="067")
    exp = {"kind": "bounce", "notes": "Sendmail DSN from the supplier's MX: the mailbox orders@ does not exist (550 5.1.1)."}
    return [p], eml, exp


@case(68, "shkumesa-shipping-notice-other-po", "unrelated", "sq-AL",
      "Albanian shipping notice (dispatch + expected arrival dates) for a DIFFERENT, older order number.")
def c068():
    sup = ("SHKUMES", "Shkumësa Tirana Sh.p.k.", "shitje@shkumesa.example", "sq-AL")
    p = po("4500081270", sup, "EUR", "2026-11-11", [
        ("CH-AL-W50", "White chalk sticks, box of 50", 600, "BOX", "1.10", "2027-01-18"),
        ("CH-AL-Y50", "Yellow chalk sticks, box of 50", 200, "BOX", "1.15", "2027-01-18"),
    ])
    body = """Përshëndetje,

Ju njoftojmë se malli për porosinë tuaj 4500070022 u nis sot, 16.11.2026, me kamion (fletëdërgesa DRG-2026-3312).

- 400 kuti shkumës të bardhë, kuti me 50 copë
- 150 kuti shkumës me ngjyra

Arritja e pritshme në magazinën tuaj: 23.11.2026.

Me respekt,
Elira Hoxha
Shkumësa Tirana Sh.p.k. | Rruga e Durrësit km 7, Tiranë | +355 4 222 3456 | NIPT L12345678A
"""
    hs = [("From", addr("Elira Hoxha", "elira.hoxha@shkumesa.example")),
          ("To", addr("Dana Ruiz", "dana.ruiz@kestrel-supply.example")),
          ("Subject", enc_header("Njoftim dërgese DRG-2026-3312 / porosia 4500070022")),
          ("Date", mdate(2026, 11, 16, 14, 0, 0, 60)), ("Message-ID", msgid("068ship", "shkumesa.example"))]
    eml = email_bytes(hs, text(body), seed="068")
    exp = {"kind": "unrelated", "notes": "Shipping notice for order 4500070022, which is not among the open POs; PO 4500081270 is not addressed."}
    return [p], eml, exp


@case(69, "datsvaplus-masks-georgian-monday", "needs_review", "ka-GE",
      "Georgian reply: order received, prices and delivery terms will be confirmed on Monday after the warehouse answers.")
def c069():
    sup = ("DATSVA", "შპს დაცვა პლიუსი", "sales@datsvaplus.example", "ka-GE")
    p = po("4500081271", sup, "GEL", "2026-11-10", [
        ("DM-FFP2-NV", "Dust mask FFP2 without valve", 1000, "EA", "1.90", "2026-12-21"),
        ("DM-FFP2-V", "Dust mask FFP2 with valve", 500, "EA", "2.60", "2026-12-21"),
    ])
    body = """გამარჯობა დანა,

შეკვეთა 4500081271 მივიღეთ, გმადლობთ. ფასებს და მიწოდების ვადებს ორშაბათს დაგიდასტურებთ, როცა საწყობიდან პასუხს მივიღებთ.

პატივისცემით,
ნინო ბერიძე
შპს დაცვა პლიუსი | თბილისი, წერეთლის გამზ. 118 | +995 32 2 123 456
"""
    eml = reply(p, "ნინო ბერიძე", "nino.beridze@datsvaplus.example", mdate(2026, 11, 12, 13, 0, 0, 240),
                text(body + "\n\n" + outlook_quote(p, "en", "Tuesday, November 10, 2026 2:10 PM"), cte="base64"),
                subject="RE: " + req_subject(p))
    exp = {"kind": "needs_review", "notes": "'We will confirm prices and delivery dates on Monday' -> no commitment yet."}
    return [p], eml, exp


@case(70, "tynyshtyq-earplugs-declined-kazakh", "confirmation", "kk-KZ",
      "Kazakh reply declining the whole order (factory modernisation until March 2027): a rejection is an answer, all lines rejected.")
def c070():
    sup = ("TYNYSH", "«Тыныштық» ЖШС", "sales@tynyshtyq.example", "kk-KZ")
    p = po("4500081272", sup, "KZT", "2026-11-09", [
        ("EP-FOAM-33", "Foam earplugs SNR 33", 3000, "PR", "95.00", "2027-01-20"),
        ("EP-CORD-30", "Corded earplugs SNR 30", 1000, "PR", "180.00", "2027-01-20"),
    ])
    body = """Құрметті Дана ханым,

4500081272 нөмірлі тапсырысыңыз үшін рахмет.

Өкінішке қарай, зауытымыз жаңғырту жұмыстарына байланысты 2027 жылғы наурызға дейін жаңа тапсырыстар қабылдамайды, сондықтан бұл тапсырысты орындай алмаймыз. Кешіріңіз.

Наурыздан кейін жаңа баға тізімін жіберемін.

Құрметпен,
Айгүл Сейітова
«Тыныштық» ЖШС | Алматы қ., Сүйінбай даңғ. 263 | +7 727 123 45 67 | БСН 120540012345
"""
    eml = reply(p, "Айгүл Сейітова", "aigul@tynyshtyq.example", mdate(2026, 11, 10, 15, 45, 0, 300),
                alt(body + "\n" + outlook_quote(p, "en", "Monday, November 9, 2026 4:00 PM"), to_html(body)),
                subject="RE: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: R, 2: R})],
           "notes": "The supplier declines the whole order ('бұл тапсырысты орындай алмаймыз' - we cannot fulfil this order) -> kind confirmation with both lines rejected."}
    return [p], eml, exp
