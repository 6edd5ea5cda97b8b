"""Cases 019-036."""
from decimal import Decimal
import datetime as dt

from .common import (B_DANA, B_ELLA, B_JONAS, B_MIRA, PO, Sup, Table, all_acc, case, chg, conf, expected, money,
                     render_plain, request_blocks)
from .mime import (Multi, att_part, msg_part, reply, request_mail, text_part, message, rfc_date, when, h)
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("manhole-covers-so-number-in-signature", "confirmation/en-US",
      "Signature carries the supplier's sales order number 4500082631, a digit swap of the PO 4500082613; US month-first date 12/04/2026.")
def c_manhole_us(slug):
    s = Sup("KEYSTONE", "Keystone Municipal Castings Inc.", "orders@keystonecastings.example", "en-US", "Brian Kowalski", "-0500")
    po = PO("4500082613", s, "USD", "2026-11-10", [
        ("MH-24-HD", "Manhole cover 24\" heavy duty, 300 lb, cast 'SEWER'", 30, "EA", "285.00", "2026-12-04"),
        ("MH-FR-24-6", "Frame for 24\" cover, 6\" depth", 30, "EA", "168.00", "2026-12-04"),
        ("MH-GSK-24", "Neoprene gasket 24\" x 1/4\"", 30, "EA", "12.75", "2026-12-04"),
    ])
    body = ["Dana,",
            "Confirmed. We can ship all three lines complete on 12/04/2026 on our own truck, qty and pricing as per your PO.",
            "Thanks,\nBrian",
            "Brian Kowalski | Inside Sales\nKeystone Municipal Castings Inc.\n1450 Foundry Rd, Reading, PA 19605\n"
            "P: (610) 555-0147 | F: (610) 555-0148\nSales Order # 4500082631 | Customer # 11873"]
    eml = reply(slug, po, date="2026-11-11 08:14", client="outlook", body=body)
    return [po], eml, expected("confirmation",
                               "All accepted (ship 12/04/2026 = Dec 4, month-first, equals the requested date); the signature's "
                               "'Sales Order # 4500082631' is the supplier's own number, not our PO.",
                               [all_acc(po)])


@case("goat-feeders-one-of-two-pos", "confirmation/es-MX",
      "Two open POs; the reply confirms 4500082701 and says 4500082744 will be confirmed next week (left out).")
def c_goat_mx(slug):
    s = Sup("CGBAJ", "Comederos Ganaderos del Bajío S.A. de C.V.", "ventas@comederosbajio.example", "es-MX", "Alejandra Ríos", "-0600")
    a = PO("4500082701", s, "USD", "2026-11-10", [
        ("GF-HAY-120", "Comedero de heno para cabras 120 cm, galvanizado", 25, "EA", "74.00", "2026-12-11"),
        ("GF-MIN-2", "Salero mineral 2 compartimentos", 40, "EA", "9.60", "2026-12-11"),
    ])
    b = PO("4500082744", s, "USD", "2026-11-11", [
        ("GF-KEY-3", "Comedero tipo keyhole 3 bocas, 1.5 m", 10, "EA", "189.00", "2026-12-18"),
        ("GF-BKT-8", "Cubeta 8 L con ganchos", 60, "EA", "6.40", "2026-12-18"),
    ])
    body = ["Buenas tardes Dana,",
            "Le confirmo la orden 4500082701 completa: 25 comederos de heno a 74.00 USD y 40 saleros a 9.60 USD, "
            "con entrega el 11 de diciembre como lo solicita.\n"
            "La orden 4500082744 se la confirmo la próxima semana; estamos revisando el material de los comederos keyhole.",
            "Saludos cordiales,\n\nAlejandra Ríos\nEjecutiva de Ventas\nComederos Ganaderos del Bajío S.A. de C.V.\n"
            "Carr. León-Silao km 7.5, 37660 León, Gto.\nTel. +52 477 712 4580"]
    eml = reply(slug, a, date="2026-11-16 16:25", client="gmail", body=body, prefix="RE: ", lang="es")
    return [a, b], eml, expected("confirmation", "Only PO 4500082701 is answered (accepted as ordered); 4500082744 is merely mentioned "
                                 "('se la confirmo la próxima semana') and is left out.", [all_acc(a)])


@case("braille-printers-xlsx-ilosc", "confirmation/pl-PL",
      "Answer only in an XLSX whose columns are Polish ('Ilość', 'Cena netto PLN', 'Termin dostawy') with real Excel date cells.")
def c_braille_xlsx(slug):
    s = Sup("BRAJL", "Brajl-Tech Sp. z o.o.", "zamowienia@brajltech.example", "pl-PL", "Katarzyna Nowak")
    po = PO("4500082815", s, "PLN", "2026-11-10", [
        ("BP-EMB-200", "Braille embosser 200 cps, double-sided, A4/A3", 2, "EA", "38500.00", "2026-12-14"),
        ("BP-PAP-160", "Braille paper 160 g/m2, 11x11.5\", box 1000 sheets", 30, "BOX", "214.00", "2026-12-14"),
        ("BP-HOOD-SD", "Sound hood for embosser, -15 dB", 2, "EA", "4950.00", "2026-12-14"),
        ("BP-SVC-KIT", "Service kit pins & hammers, 2027 model", 1, "SET", "1280.00", "2026-12-14"),
    ], buyer=B_JONAS)
    D = Decimal
    rows = [["Potwierdzenie zamówienia nr ZS/2026/11/0418 do zamówienia klienta 4500082815"], [],
            ["Poz.", "Indeks", "Nazwa", "Ilość", "J.m.", "Cena netto PLN", "Termin dostawy"],
            [1, "BP-EMB-200", "Drukarka brajlowska 200 zn/s, dwustronna", 2, "szt.", D("38500.00"), dt.date(2026, 12, 14)],
            [2, "BP-PAP-160", "Papier brajlowski 160 g/m2 (karton 1000 ark.)", 30, "kart.", D("214.00"), dt.date(2026, 12, 14)],
            [3, "BP-HOOD-SD", "Obudowa wyciszająca -15 dB", 2, "szt.", D("5120.00"), dt.date(2026, 12, 21)],
            [4, "BP-SVC-KIT", "Zestaw serwisowy igły i młoteczki", 1, "kpl.", D("1280.00"), dt.date(2027, 1, 8)]]
    x = make_xlsx(rows, sheet="Potwierdzenie", creator="Comarch ERP Optima")
    body = ["Dzień dobry,",
            "w załączeniu przesyłam potwierdzenie zamówienia 4500082815 (plik Excel).",
            "Pozdrawiam\nKatarzyna Nowak\nDział Sprzedaży\nBrajl-Tech Sp. z o.o., ul. Fabryczna 12, 53-609 Wrocław\ntel. +48 71 356 20 14"]
    att = att_part(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Potwierdzenie_4500082815.xlsx")
    eml = reply(slug, po, date="2026-11-12 12:48", client="outlook", body=body, prefix="RE: ", charset="iso-8859-2",
                attachments=[att], lang="pl")
    return [po], eml, expected("confirmation", "All data is in the XLSX with Polish headers and date serials: line 3 new price 5120.00 and "
                               "date 2026-12-21, line 4 date 2027-01-08, lines 1-2 as ordered; the supplier's ZS number is not a PO.",
                               [conf(po, {1: "A", 2: "A", 3: chg(po, 3, p="5120.00", d="2026-12-21"), 4: chg(po, 4, d="2027-01-08")})])


@case("goat-feeders-two-shipments", "confirmation/en-NZ",
      "Confirms and says the feeders come 'in 2 shipments' with both dates (day + month, no year); second line rides on the first shipment.")
def c_goat_nz(slug):
    s = Sup("KIWIFG", "Kiwi Farm Gear Ltd", "sales@kiwifarmgear.example", "en-NZ", "Hamish Ruru", "+1300")
    po = PO("4500082902", s, "NZD", "2026-11-10", [
        ("GF-WALL-60", "Wall-mount goat feeder 60 cm, hot-dip galv.", 200, "EA", "48.00", "2026-12-11"),
        ("GF-TRGH-3M", "Goat trough 3 m double-sided, 12x20 mm bars", 20, "EA", "265.00", "2026-12-11"),
    ])
    body = ["Hi Dana,",
            "All good with PO 4500082902 \u2013 confirmed at your prices.\nThe wall feeders will come in 2 shipments: 120 on 4 Dec and "
            "the remaining 80 on 18 Dec. The troughs go with the first shipment on 4 Dec.",
            "Cheers,\nHamish\n\nHamish Ruru | Sales\nKiwi Farm Gear Ltd | 22 Kahikatea Drive, Hamilton 3204\nPh 07 847 2210 | Mob 021 448 913"]
    eml = reply(slug, po, date="2026-11-17 10:33", client="iphone", body=body, prefix="Re: ", fmt="plain")
    exp = expected("confirmation", "Line 1 split 120 (2026-12-04) + 80 (2026-12-18) -> schedule, date = last delivery; line 2 comes "
                   "earlier than requested (2026-12-04).",
                   [conf(po, {1: chg(po, 1, d="2026-12-18", sched=[(120, "2026-12-04"), (80, "2026-12-18")]),
                              2: chg(po, 2, d="2026-12-04")})])
    return [po], eml, exp


@case("kelp-silently-dropped-line", "confirmation/en-AU",
      "Confirms a list of item codes; one PO line (granules) is simply missing from the list and stays unconfirmed.")
def c_kelp_au(slug):
    s = Sup("SOSEA", "Southern Ocean Seaweed Pty Ltd", "orders@southernoceankelp.example", "en-AU", "Kylie Watson", "+1100")
    po = PO("4500082988", s, "AUD", "2026-11-11", [
        ("KP-LIQ-5", "Kelp liquid concentrate 5 L", 80, "EA", "28.50", "2026-12-09"),
        ("KP-LIQ-20", "Kelp liquid concentrate 20 L", 40, "EA", "96.00", "2026-12-09"),
        ("KP-GRAN-20", "Kelp granules 20 kg, 0.5-2 mm", 25, "EA", "61.00", "2026-12-09"),
        ("KP-PWD-1", "Soluble kelp powder 1 kg tub", 100, "EA", "14.20", "2026-12-09"),
    ], buyer=B_ELLA)
    body = ["Hi Ella,", "Thanks for PO 4500082988. We can confirm the following:",
            "KP-LIQ-5     80 x $28.50   ship 9/12\nKP-LIQ-20    40 x $96.00   ship 9/12\nKP-PWD-1    100 x $14.20   ship 9/12",
            "Cheers\nKylie\n\nKylie Watson\nCustomer Service | Southern Ocean Seaweed Pty Ltd\n"
            "18 Esplanade, Stanley TAS 7331 | (03) 6458 1120"]
    eml = reply(slug, po, date="2026-11-18 09:55", client="outlook", body=body, lang="en")
    return [po], eml, expected("confirmation", "Lines matched by item code; KP-GRAN-20 (line 3) is silently omitted -> unconfirmed; "
                               "'9/12' is day-first (en-AU) = 2026-12-09 = requested.",
                               [conf(po, {1: "A", 2: "A", 4: "A"})])


@case("sushi-knives-mailgun-bounce", "bounce/es-AR",
      "Mailgun-style failure notice (mailbox full after retries) with HTML summary and the original request attached.")
def c_mailgun(slug):
    s = Sup("CUPLATA", "Cuchillos del Plata S.R.L.", "ventas@cuchillosdelplata.example", "es-AR", "Lucía Fernández", "-0300")
    po = PO("4500083010", s, "USD", "2026-11-11", [
        ("SK-GYU-210", "Gyuto 210 mm, damasco 67 capas", 10, "EA", "142.00", "2026-12-18"),
        ("SK-USU-165", "Usuba 165 mm, acero blanco #2", 6, "EA", "158.00", "2026-12-18"),
    ], buyer=B_MIRA)
    orig = request_mail(po)
    req = render_plain(request_blocks(po))
    text = ("Delivery to the following recipient failed permanently:\n\n    ventas@cuchillosdelplata.example\n\n"
            "Mailgun attempted delivery 8 times over 8 hours and gave up.\n\n"
            "Reason: 552 5.2.2 <ventas@cuchillosdelplata.example>: Mailbox full - quota exceeded\n"
            "Sending domain: mg.halden-group.example\nMessage-Id: " + po.rid + "\n\n"
            "----- Original message -----\n\n" + req + "\n")
    html = ('<html><body style="font-family:Arial,sans-serif"><table width="600"><tr><td>'
            '<h2 style="color:#c02b2b">Message not delivered</h2>'
            '<p>Delivery to <b>ventas@cuchillosdelplata.example</b> failed permanently.</p>'
            '<p>Mailgun attempted delivery 8 times over 8 hours and gave up.</p>'
            '<p><b>Reason:</b> 552 5.2.2 Mailbox full - quota exceeded</p>'
            '<p style="color:#777;font-size:11px">Sending domain: mg.halden-group.example</p>'
            '<hr><pre style="font-size:11px">' + req.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") +
            '</pre></td></tr></table></body></html>')
    alt = Multi("alternative", [text_part(text, "plain", "utf-8", "quoted-printable"), text_part(html, "html", "utf-8", "quoted-printable")],
                "mg_alt_" + h(slug, "a", 24))
    root = Multi("mixed", [alt, msg_part(orig)], "mg_mix_" + h(slug, "m", 24))
    hd = [("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <mailer-daemon@mg.halden-group.example>"),
          ("To", "mira.ostrowski@halden-group.example"), ("Subject", "Delivery Status Notification (Failure)"),
          ("Date", rfc_date(when("2026-11-11 17:14", "+0000"))),
          ("Message-ID", f"<20261111171441.{h(slug, 'id', 12)}@mg.halden-group.example>"),
          ("In-Reply-To", po.rid), ("References", po.rid),
          ("Auto-Submitted", "auto-generated"), ("X-Mailgun-Sid", "WyI4ZjM1YiIsICJ2ZW50YXNAY3VjaGlsbG9zZGVscGxhdGEuZXhhbXBsZSIsICIzYTc3ZSJd"),
          ("X-Mailgun-Sending-Ip", "198.61.254.17"), ("X-Failed-Recipients", "ventas@cuchillosdelplata.example")]
    return [po], message(hd, root), expected("bounce", "Mailgun-style permanent failure (mailbox full); the summary and the attached original show the full PO table with dates.")


@case("bike-saddles-prepayment-condition", "needs_review/it-IT",
      "Quantities, prices and date would be fine 'a condizione che' we pay 50% in advance - a conditional answer with a question.")
def c_saddle_cond(slug):
    s = Sup("SELLEV", "Selle Veneto S.p.A.", "ordini@selleveneto.example", "it-IT", "Marco Zanon")
    po = PO("4500083102", s, "EUR", "2026-11-11", [
        ("SV-GEL-145", "Sella gel donna 145 mm", 150, "EA", "19.80", "2026-12-16"),
        ("SV-RACE-132", "Sella racing 132 mm, binari titanio 7x7 mm", 60, "EA", "47.50", "2026-12-16"),
    ])
    body = ["Buongiorno Dana,",
            "abbiamo ricevuto l'ordine 4500083102. Possiamo confermare quantità e prezzi e consegnare il 16/12, "
            "a condizione che il 50% dell'importo venga pagato anticipatamente tramite bonifico, visto il nuovo limite di fido "
            "assegnato dalla nostra assicurazione crediti.\nCi fate sapere se accettate? Appena ricevuta la Vostra risposta "
            "Vi inviamo la conferma d'ordine definitiva.",
            "Cordiali saluti\n\nMarco Zanon\nUfficio Commerciale\nSelle Veneto S.p.A. - Via dell'Artigianato 21, 36030 Caldogno (VI)\n"
            "Tel. +39 0444 58 71 20 - P.IVA 02915480243"]
    eml = reply(slug, po, date="2026-11-12 11:02", client="outlook", body=body, prefix="R: ", charset="iso-8859-1", lang="it")
    return [po], eml, expected("needs_review", "Commitment is conditional on a 50% prepayment and the supplier asks whether we accept; the "
                               "definitive confirmation is still to come.")


@case("kite-fabric-split-delivery", "confirmation/fr-BE",
      "Belgian French: line 1 split 600 m + 400 m on two dates; other lines earlier than requested; dates without year.")
def c_kite_be(slug):
    s = Sup("DUMONT", "Voiles & Cerfs-Volants Dumont SPRL", "commandes@dumont-voiles.example", "fr-BE", "Olivier Dumont")
    po = PO("4500083188", s, "EUR", "2026-11-11", [
        ("KF-P31-WHT", "Spinnaker fabric PC31 31 g/m2, 1.27 m, white", 1000, "M", "7.40", "2026-12-04"),
        ("KF-P31-BLK", "Spinnaker fabric PC31 31 g/m2, 1.27 m, black", 400, "M", "7.40", "2026-12-04"),
        ("KF-CT-6X4", "Carbon tube 6x4 mm, 1.5 m", 500, "EA", "3.10", "2026-12-04"),
    ])
    body = ("Bonjour Dana,\n\nMerci pour la commande 4500083188.\n\n"
            "Pos. 1 (blanc) : nous n'avons que 600 m en stock ; livraison de 600 m le 27/11 et des 400 m restants le 11/12.\n"
            "Pos. 2 (noir) : les 400 m partent avec la première livraison du 27/11.\n"
            "Pos. 3 : OK, 500 tubes le 27/11 également.\n\nPrix inchangés.\n\nBien à vous,\n\nOlivier Dumont\n"
            "Voiles & Cerfs-Volants Dumont SPRL\nChaussée de Namur 182, 5030 Gembloux\nTél. +32 81 61 44 27")
    eml = reply(slug, po, date="2026-11-13 14:12", client="apple", body=body, prefix="Re: ", lang="fr")
    exp = expected("confirmation", "Line 1: 600 m on 2026-11-27 + 400 m on 2026-12-11 (schedule, date = last); lines 2 and 3 on 2026-11-27, "
                   "i.e. changed (earlier) dates; prices unchanged.",
                   [conf(po, {1: chg(po, 1, d="2026-12-11", sched=[(600, "2026-11-27"), (400, "2026-12-11")]),
                              2: chg(po, 2, d="2026-11-27"), 3: chg(po, 3, d="2026-11-27")})])
    return [po], eml, exp


@case("mouse-racks-per-position-cad", "confirmation/fr-CA",
      "Quebec French per-position list with Canadian number format '14 850,00 $'; one date moves into 2027, one price rises.")
def c_racks_ca(slug):
    s = Sup("BOREAL", "Cages Laboratoire Boréal inc.", "commandes@cagesboreal.example", "fr-CA", "Marie-Ève Tremblay", "-0500")
    po = PO("4500083250", s, "CAD", "2026-11-11", [
        ("RC-RACK-70", "Ventilated rack 70 cages, double-sided", 2, "EA", "14850.00", "2026-12-18"),
        ("RC-CAGE-1284", "Mouse cage 1284L, 365x207x140 mm", 140, "EA", "52.75", "2026-12-18"),
        ("RC-BED-15", "Aspen bedding 15 kg bag, 2027 lot", 60, "EA", "23.40", "2026-12-18"),
    ])
    nb = "\u00a0"
    body = ["Bonjour Madame Ruiz,", "Voici notre confirmation pour la commande 4500083250 :",
            f"Position 1 \u2013 support ventilé 70 cages : 2 unités à 14{nb}850,00{nb}$, livraison le 8 janvier 2027\n"
            f"Position 2 \u2013 cage 1284L : 140 unités à 52,75{nb}$, livraison le 18 décembre 2026\n"
            f"Position 3 \u2013 litière de tremble : 60 sacs à 24,10{nb}$ (hausse de notre fournisseur), livraison le 18 décembre 2026",
            "Merci de votre confiance.\n\nMarie-Ève Tremblay\nService à la clientèle\nCages Laboratoire Boréal inc.\n"
            "2250, boul. Industriel, Laval (Québec) H7S 1P4\n450 555-0182, poste 214"]
    eml = reply(slug, po, date="2026-11-13 15:40", client="outlook", body=body, lang="fr")
    return [po], eml, expected("confirmation", "Canadian French numbers with non-breaking spaces; line 1 delivery 2027-01-08, line 3 price 24.10, line 2 as ordered.",
                               [conf(po, {1: chg(po, 1, d="2027-01-08"), 2: "A", 3: chg(po, 3, p="24.10")})])


@case("kelp-extract-five-percent", "confirmation/pt-BR",
      "Brazilian Portuguese: quantities and date confirmed, '+5% reajuste' on both unit prices must be applied to the PO prices.")
def c_kelp_br(slug):
    s = Sup("ALGAS", "Algas do Atlântico Fertilizantes Ltda.", "vendas@algasatlantico.example", "pt-BR", "Rafael Nogueira", "-0300")
    po = PO("4500083333", s, "USD", "2026-11-12", [
        ("AK-EXT-1L", "Extrato de algas Ascophyllum 1 L, 0-0-18", 500, "EA", "6.40", "2026-12-17"),
        ("AK-EXT-20L", "Extrato de algas Ascophyllum 20 L", 60, "EA", "98.00", "2026-12-17"),
    ])
    p1, p2 = money(Decimal("6.40") * Decimal("1.05")), money(Decimal("98.00") * Decimal("1.05"))
    assert (p1, p2) == ("6.72", "102.90")
    body = ["Olá Dana,",
            "Confirmamos o pedido 4500083333 com as quantidades e a data solicitadas (17/12/2026).\n"
            "Porém, devido ao aumento do frete marítimo, precisamos aplicar um reajuste de 5% sobre os preços unitários dos dois itens.",
            "Atenciosamente,\n\nRafael Nogueira\nComercial Exportação\nAlgas do Atlântico Fertilizantes Ltda.\n"
            "Rod. SC-401, km 12, Florianópolis - SC, 88050-001\n+55 48 3239-7710"]
    eml = reply(slug, po, date="2026-11-16 14:51", client="gmail", body=body, prefix="Re: ", lang="pt")
    return [po], eml, expected("confirmation", "5% increase applied to the PO unit prices: 6.40 -> 6.72 and 98.00 -> 102.90; quantities and date unchanged.",
                               [conf(po, {1: chg(po, 1, p=p1), 2: chg(po, 2, p=p2)})])


@case("lifeboat-davits-full-acceptance-disclaimer", "confirmation/pt-PT",
      "European Portuguese formal acceptance ('confirmamos integralmente') with a long legal disclaimer full of dates and numbers.")
def c_davit_pt(slug):
    s = Sup("TURCOS", "Turcos Navais Lusitânia, Lda.", "encomendas@turcoslusitania.example", "pt-PT", "Rui Figueiredo", "+0000")
    po = PO("4500083401", s, "EUR", "2026-11-12", [
        ("LD-GRAV-25", "Gravity davit for 25-person lifeboat, SWL 3.5 t", 1, "SET", "28400.00", "2027-01-15"),
        ("LD-WINCH-75", "Electric davit winch 400 V 50 Hz, 7.5 kW", 1, "EA", "6900.00", "2027-01-15"),
        ("LD-WIRE-16", "Wire rope 16 mm 6x36 IWRC, 60 m", 2, "ROL", "780.00", "2027-01-15"),
    ], buyer=B_JONAS)
    body = ["Exmo. Sr. Jonas Kettler,",
            "Acusamos a receção da V/ encomenda n.º 4500083401, que confirmamos integralmente nas quantidades, preços e prazo de "
            "entrega indicados (15/01/2027).",
            "Com os melhores cumprimentos,\n\nRui Figueiredo\nDepartamento Comercial\nTurcos Navais Lusitânia, Lda.\n"
            "Estrada da Mitrena, Lote 14, 2910-738 Setúbal\nTel.: +351 265 709 330",
            "AVISO DE CONFIDENCIALIDADE: Esta mensagem e os eventuais anexos são confidenciais e destinam-se exclusivamente ao(s) "
            "destinatário(s). Se a recebeu por engano, por favor elimine-a e informe o remetente. Nos termos do Regulamento (UE) "
            "2016/679 de 27/04/2016, os seus dados são tratados para efeitos de gestão comercial. Capital social 250 000,00 EUR, "
            "NIPC 503 118 772, matriculada na C.R.C. de Setúbal em 14/03/1995."]
    eml = reply(slug, po, date="2026-11-16 12:20", client="outlook", body=body, charset="iso-8859-1", lang="pt")
    return [po], eml, expected("confirmation", "Full acceptance; the disclaimer's dates (27/04/2016, 14/03/1995) and amounts are noise.",
                               [all_acc(po)])


@case("rink-boards-three-pos-two-answered", "confirmation/nl-BE",
      "Three open POs from the same supplier; the reply answers two (one fully, one with a later date on one line) and ignores the third.")
def c_rink_be(slug):
    s = Sup("RINKBV", "Rinkbouw Vlaanderen NV", "orders@rinkbouw.example", "nl-BE", "Pieter Claes")
    a = PO("4500083470", s, "EUR", "2026-11-12", [
        ("RB-KICK-2440", "Kick plate HDPE 2440x300x12 mm, geel", 60, "EA", "46.00", "2026-12-09"),
        ("RB-CAP-3", "Cap rail alu 3 m", 40, "EA", "38.00", "2026-12-09"),
    ])
    b = PO("4500083471", s, "EUR", "2026-11-12", [
        ("RB-DASH-1220", "Dasher board panel 2440x1220 mm", 24, "EA", "410.00", "2026-12-16"),
    ])
    c = PO("4500083502", s, "EUR", "2026-11-13", [
        ("RB-ACR-15", "Shielding acrylic 15 mm, 2440x1830 mm", 18, "EA", "295.00", "2027-01-08"),
        ("RB-NET-6", "Protective netting 6 m high, 45 mm mesh, 25 m roll", 2, "ROL", "1320.00", "2027-01-08"),
    ])
    body = ["Dag Dana,", "Hierbij onze bevestiging:",
            "PO 4500083470: beide posities akkoord, levering 9/12.\n"
            "PO 4500083502: pos. 1 akkoord voor 8/1/2027; pos. 2 (netten) kunnen we pas leveren op 22/1/2027, prijs blijft dezelfde.",
            "Met vriendelijke groeten,\n\nPieter Claes\nRinkbouw Vlaanderen NV\nIndustriezone Kolmen 1120, 3570 Alken\nT +32 11 59 03 44"]
    eml = reply(slug, a, date="2026-11-17 09:08", client="outlook", body=body, lang="nl",
                subject="RE: PO 4500083470 / 4500083502", refs=[a.rid, c.rid])
    return [a, b, c], eml, expected("confirmation", "Two of three POs answered: 4500083470 accepted ('9/12' day-first = 2026-12-09); "
                                    "4500083502 line 2 moves to 2027-01-22; 4500083471 is not mentioned and is left out.",
                                    [all_acc(a), conf(c, {1: "A", 2: chg(c, 2, d="2027-01-22")})])


@case("manhole-covers-czech-koruna", "confirmation/cs-CZ",
      "Czech per-line list with '6 450,00 Kč' amounts and spaced dates '10. 12. 2026'; one price and one date change, plus a price-list date.")
def c_manhole_cz(slug):
    s = Sup("POKLKL", "Litinové poklopy Kladno s.r.o.", "objednavky@poklopy-kladno.example", "cs-CZ", "Petr Dvořák")
    po = PO("4500083555", s, "CZK", "2026-11-12", [
        ("PK-D400-600", "Poklop šachtový D400, 600 mm, s odvětráním", 40, "EA", "6450.00", "2026-12-10"),
        ("PK-B125-400", "Poklop B125, 400x400 mm", 25, "EA", "2180.00", "2026-12-10"),
        ("PK-RAM-600", "Rám pro poklop 600 mm, výška 100 mm", 40, "EA", "1890.00", "2026-12-10"),
    ], buyer=B_MIRA)
    body = ["Dobrý den paní Ostrowski,", "potvrzujeme Vaši objednávku č. 4500083555:",
            "pol. 1 \u2013 40 ks à 6 450,00 Kč, dodání 10. 12. 2026\n"
            "pol. 2 \u2013 25 ks à 2 290,00 Kč (nový ceník platný od 1. 11. 2026), dodání 10. 12. 2026\n"
            "pol. 3 \u2013 40 ks à 1 890,00 Kč, dodání 17. 12. 2026",
            "S pozdravem\n\nPetr Dvořák\nobchodní oddělení\nLitinové poklopy Kladno s.r.o., Průmyslová 1184, 272 01 Kladno\n"
            "tel.: +420 312 248 611, IČ: 27154872"]
    eml = reply(slug, po, date="2026-11-17 13:26", client="outlook", body=body, prefix="RE: ", charset="utf-8", lang="cs")
    return [po], eml, expected("confirmation", "Line 2 price 2290.00 (the '1. 11. 2026' is the price-list validity date), line 3 date 2026-12-17, line 1 as ordered.",
                               [conf(po, {1: "A", 2: chg(po, 2, p="2290.00"), 3: chg(po, 3, d="2026-12-17")})])


@case("mine-ducts-rolls-to-metres", "confirmation/sk-SK",
      "Quantities given as rolls of 50 m against a PO in metres: 7 rolls = 350 m (short), 4 rolls = 200 m (as ordered).")
def c_ducts_sk(slug):
    s = Sup("BANVET", "Banské Vetranie s.r.o.", "obchod@banskevetranie.example", "sk-SK", "Martin Kováč")
    po = PO("4500083610", s, "EUR", "2026-11-12", [
        ("VD-FLEX-600", "Flexible ventilation duct D600 mm, PVC, antistatic", 400, "M", "18.60", "2026-12-11"),
        ("VD-FLEX-800", "Flexible ventilation duct D800 mm, PVC, antistatic", 200, "M", "24.90", "2026-12-11"),
        ("VD-CPL-600", "Quick coupling D600, 2 clamps", 40, "EA", "42.00", "2026-12-11"),
    ], buyer=B_ELLA)
    body = ("Dobrý deň pani Varga,\n\nk objednávke 4500083610 potvrdzujeme:\n"
            "- potrubie Ø600: 7 kotúčov po 50 m (spolu 350 m, viac momentálne nemáme), 18,60 €/m, expedícia 11.12.2026\n"
            "- potrubie Ø800: 4 kotúče po 50 m, 24,90 €/m, expedícia 11.12.2026\n"
            "- spojky Ø600: 40 ks à 42,00 €, expedícia 11.12.2026\n\nS pozdravom\n\nMartin Kováč\nobchodný referent\n"
            "Banské Vetranie s.r.o., Hlavná 48, 968 01 Nová Baňa\nmobil: +421 905 337 218")
    eml = reply(slug, po, date="2026-11-17 07:58", client="thunderbird", body=body, fmt="plain", charset="utf-8",
                cte="8bit", prefix="Re: ", lang="sk", flowed=True)
    return [po], eml, expected("confirmation", "Rolls converted to metres: line 1 7x50 = 350 m (changed quantity), line 2 4x50 = 200 m = PO; "
                               "'expedícia' is a ship date equal to the requested date.",
                               [conf(po, {1: chg(po, 1, q=350), 2: "A", 3: "A"})])


@case("bonsai-tools-hungarian-dates", "confirmation/hu-HU",
      "Hungarian year-first dates in three spellings ('2026. december 9.', '2026.12.16.', '2026. dec. 16.') and comma decimals.")
def c_bonsai_hu(slug):
    s = Sup("BONSZ", "Bonsai Szerszám Kft.", "rendeles@bonsaiszerszam.example", "hu-HU", "Nagy Eszter")
    po = PO("4500083688", s, "EUR", "2026-11-13", [
        ("BZ-KNOB-180", "Knob cutter 180 mm, stainless", 25, "EA", "44.00", "2026-12-09"),
        ("BZ-ROOT-200", "Root hook 200 mm, 3 prongs", 40, "EA", "12.30", "2026-12-09"),
        ("BZ-TWZ-165", "Tweezers with spatula 165 mm", 60, "EA", "8.70", "2026-12-09"),
    ])
    body = ["Tisztelt Ruiz Asszony!",
            "Köszönjük a 4500083688 számú megrendelést, az alábbiak szerint visszaigazoljuk:",
            "1. tétel: 25 db, 44,00 EUR/db, szállítás 2026. december 9.\n2. tétel: 40 db, 12,30 EUR/db, szállítás 2026.12.16.\n"
            "3. tétel: 60 db, 8,70 EUR/db, szállítás 2026. dec. 16.",
            "Üdvözlettel:\nNagy Eszter\nértékesítés\nBonsai Szerszám Kft., 6000 Kecskemét, Szent István krt. 19.\nTel.: +36 76 482 115"]
    eml = reply(slug, po, date="2026-11-17 11:11", client="outlook", body=body, prefix="VÁ: ", charset="iso-8859-2", lang="hu")
    return [po], eml, expected("confirmation", "Year-first Hungarian dates; lines 2 and 3 move to 2026-12-16, line 1 as ordered; 'N. tétel' numbering.",
                               [conf(po, {1: "A", 2: chg(po, 2, d="2026-12-16"), 3: chg(po, 3, d="2026-12-16")})])


@case("violin-rosin-price-per-box", "confirmation/ro-RO",
      "Romanian reply pricing per box of 12 ('13,20 EUR/cutie') against a PO priced per piece: 13.20 / 12 = 1.10 per EA.")
def c_rosin_ro(slug):
    s = Sup("SACAZ", "Sacâz Carpați S.R.L.", "comenzi@sacazcarpati.example", "ro-RO", "Andrei Popescu", "+0200")
    po = PO("4500083740", s, "EUR", "2026-11-13", [
        ("RZ-VN-DARK", "Violin rosin dark, 2027 batch, in cloth", 240, "EA", "1.05", "2026-12-11"),
        ("RZ-VC-38", "Cello rosin, 38 g cake", 120, "EA", "2.40", "2026-12-11"),
    ], buyer=B_JONAS)
    assert Decimal("13.20") / 12 == Decimal("1.10")
    body = ["Bună ziua domnule Kettler,", "Confirmăm comanda 4500083740.",
            "Poz. 1: 20 cutii x 12 buc. = 240 buc., preț 13,20 EUR/cutie, livrare 11.12.2026.\n"
            "Poz. 2: 120 buc. la 2,40 EUR/buc., livrare 11.12.2026.",
            "Cu stimă,\nAndrei Popescu\nDepartament vânzări\nSacâz Carpați S.R.L., Str. Morii nr. 7, 550012 Sibiu\nTel. +40 269 214 880"]
    eml = reply(slug, po, date="2026-11-18 10:45", client="gmail", body=body, prefix="Re: ", cte="base64")
    return [po], eml, expected("confirmation", "Per-box price converted to the PO unit: 13.20 EUR per box of 12 = 1.10 EUR/EA (PO 1.05) -> changed; quantity 20x12 = 240 = PO.",
                               [conf(po, {1: chg(po, 1, p="1.10"), 2: "A"})])


@case("sauna-controls-bulgarian", "confirmation/bg-BG",
      "Bulgarian Cyrillic (windows-1251) with dates '14.12.2026 г.'; one line slips a week.")
def c_sauna_bg(slug):
    s = Sup("SAUNABG", "Sauna Tehnologii EOOD", "office@saunatech-bg.example", "bg-BG", "Georgi Petrov", "+0200", sign="Георги Петров")
    po = PO("4500083812", s, "EUR", "2026-11-13", [
        ("SH-IR-1800", "Infrared sauna panel 1800 W, 230 V", 12, "EA", "224.00", "2026-12-14"),
        ("SH-CTRL-9", "Sauna control unit LCD, 9 kW, 24 h timer", 12, "EA", "138.00", "2026-12-14"),
    ])
    body = ["Здравейте г-жо Руис,",
            "Потвърждаваме поръчка № 4500083812 \u2013 количества и цени без промяна.\n"
            "Поз. 1 \u2013 доставка на 14.12.2026 г.\nПоз. 2 \u2013 доставка на 21.12.2026 г. (чакаме платки от доставчика).",
            "Поздрави,\nГеорги Петров\nТърговски отдел\nСауна Технологии ЕООД, бул. Цар Борис III 215, 1618 София\nтел. +359 2 955 41 07"]
    eml = reply(slug, po, date="2026-11-18 12:30", client="outlook", body=body, charset="windows-1251", lang="bg")
    return [po], eml, expected("confirmation", "Cyrillic text with 'г.' after dates; line 2 moves to 2026-12-21, line 1 as ordered.",
                               [conf(po, {1: "A", 2: chg(po, 2, d="2026-12-21")})])


@case("rink-boards-slovenian-pdf", "confirmation/sl-SI",
      "Slovenian body plus an uncompressed PDF order confirmation repeating every line; all as ordered.")
def c_rink_si(slug):
    s = Sup("DRSOGR", "Drsalne Ograje d.o.o.", "prodaja@drsalne-ograje.example", "sl-SI", "Matej Kranjc")
    po = PO("4500083877", s, "EUR", "2026-11-13", [
        ("IR-BRD-AL2", "Rink board system, alu frame, 2.0 m segment", 30, "EA", "520.00", "2026-12-18"),
        ("IR-GATE-12", "Player gate 1.2 m, hinges right", 4, "EA", "890.00", "2026-12-18"),
        ("IR-KICK-20", "Kick plate yellow 20 cm, 12 mm HDPE, 2 m", 30, "EA", "64.00", "2026-12-18"),
    ])
    t = Table(["Poz", "Artikel", "Opis / Description", "Kol.", "EM", "Cena EUR", "Dobava"],
              [[1, "IR-BRD-AL2", "Ograja drsalisca, alu okvir 2,0 m", "30", "kos", "520,00", "18.12.2026"],
               [2, "IR-GATE-12", "Vrata za igralce 1,2 m, desna", "4", "kos", "890,00", "18.12.2026"],
               [3, "IR-KICK-20", "Odbojna letev rumena 20 cm, 2 m", "30", "kos", "64,00", "18.12.2026"]])
    lines = ["# POTRDITEV NAROCILA / ORDER CONFIRMATION", "Drsalne Ograje d.o.o., Tovarniska cesta 5, 1370 Logatec",
             "", "Stevilka: PN-26-01377        Datum: 18.11.2026", "Kupec: Halden Group GmbH, Hamburg",
             "Vase narocilo / Your PO: 4500083877 z dne 13.11.2026", ""] + t.plain().split("\n") + [
             "", "Skupaj brez DDV: 21.080,00 EUR", "Placilo: 30 dni. Paritet: DAP Hamburg.", "", "Matej Kranjc, prodaja"]
    assert 30 * 520 + 4 * 890 + 30 * 64 == 21080
    pdf = make_pdf(lines, title="PN-26-01377", author="Pantheon", date="D:20261118104200+01'00'")
    body = ["Pozdravljeni,", "v prilogi pošiljamo potrditev naročila 4500083877. Vse postavke potrjujemo, dobava 18.12.2026.",
            "Lep pozdrav,\nMatej Kranjc\nDrsalne Ograje d.o.o.\nTel.: +386 1 750 84 22"]
    eml = reply(slug, po, date="2026-11-18 10:44", client="outlook", body=body, charset="iso-8859-2", lang="sl",
                attachments=[att_part(pdf, "application/pdf", "PN-26-01377.pdf")])
    return [po], eml, expected("confirmation", "Body and PDF agree; the PDF's own number PN-26-01377, its date 18.11.2026 and the PO date are not delivery dates.",
                               [all_acc(po)])
