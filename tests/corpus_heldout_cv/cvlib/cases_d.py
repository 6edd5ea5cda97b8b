"""Cases 054-070."""
import datetime as dt
import html as _html
from .common import (PO, supplier, when, tz, case, confirmation, other, chg, quote, outlook_quote,
                     outlook_header, outlook_date, html_from_text, mid_outlook, mid_gmail, mid_generic,
                     thread_index, num, DOMAIN, PURCHASING)
from . import mime, ours
from .pdf import PDF
from .xlsx import png


def _outlook_alt(full, reply, charset, lang, boundary, font="Calibri"):
    cut = len(reply.rstrip("\n").split("\n")) + 1
    return mime.multipart("alternative", [
        mime.text(full, charset=charset),
        mime.html(html_from_text(full, charset, lang, font=font, quoted_from=cut), charset=charset)], boundary)


# ---------------------------------------------------------------------------
@case(54, "za-tennis-posts-ex-works-and-delivered",
      "South African reply: yyyy/mm/dd dates, 'R4 250,00', one shipment with an ex-works date and a later delivered date")
def c054():
    s = supplier("HVSPORT", "Highveld Sports Equipment (Pty) Ltd", "sales@highveldsports.example", "en-ZA")
    po = PO("4500031835", s, "marcus", "ZAR", "2026-11-21", [
        ("HV-TNP-RND", "Tennis net posts, round 89 mm, galvanised, with winder (pair)", 10, "PR", "4250.00", "2027-01-15"),
        ("HV-CENTRE-STRAP", "Centre strap with ground anchor", 20, "EA", "185.00", "2027-01-15"),
        ("HV-NET-3.5", "Tennis net 3.5 mm, double top", 10, "EA", "1390.00", "2027-01-15"),
    ], req_sent=when(2026, 11, 23, 8, 20))
    sent = when(2026, 11, 25, 8, 3, 19, 2)
    reply = (
        "Morning Marcus\n\n"
        "Thanks for the order, please see our confirmation below.\n\n"
        "Net posts (HV-TNP-RND) - 10 pairs @ R4 250,00 per pair\n"
        "Centre straps (HV-CENTRE-STRAP) - 20 @ R185,00\n"
        "Nets 3,5 mm (HV-NET-3.5) - 10 @ R1 390,00\n\n"
        "All three lines go in one shipment: ex works Germiston 2026/12/18, delivered Rotterdam 2027/01/22 "
        "(sea freight, DAP as per your PO).\n\n"
        "Shout if you need anything else.\n\n"
        "Kind regards\n"
        "Thabo Nkosi\nSales Manager | Highveld Sports Equipment (Pty) Ltd\n"
        "14 Refinery Rd, Germiston, 1401 | Tel +27 11 555 0834\n"
        "Reg. No. 2009/015512/07 | VAT 4550255120\n\n")
    full = reply + outlook_quote(po, "en", tz(2))
    alt = _outlook_alt(full, reply, "us-ascii", "EN-ZA", "_000_JN1P275MB0652B4E1C0A93D7F82E5B1A6JN1P275MB0652ZAFP_")
    h = mime.hdrs("Thabo Nkosi <thabo@highveldsports.example>", po.buyer_addr, "RE: " + po.subject, sent,
                  mid_outlook("c054"), po.req_id, po.req_id, client="outlook", lang="en-ZA",
                  thread=(po.subject, thread_index("c054")))
    exp = confirmation(
        "Ex works 2026/12/18 and delivered Rotterdam 2027/01/22 for all three lines: the delivery date wins, "
        "so every line moves from 2027-01-15 to 2027-01-22. Prices 'R4 250,00' = 4250.00 (space grouping, "
        "comma decimal).",
        (po, {1: chg(d="2027-01-22"), 2: chg(d="2027-01-22"), 3: chg(d="2027-01-22")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(55, "ar-tennis-posts-whole-order-declined",
      "Argentine Spanish (voseo) reply declining the whole order; mentions 'nothing before March' without offering it")
def c055():
    s = supplier("POSPLATA", "Postes y Redes del Plata S.R.L.", "ventas@postesplata.example", "es-AR")
    po = PO("4500031856", s, "tom", "USD", "2026-11-23", [
        ("PRP-POST-ALU", "Tennis net posts, aluminium 80x80 mm, in-ground (pair)", 12, "PR", "310.00", "2027-01-15"),
        ("PRP-TUBE", "Ground tube for net posts", 24, "EA", "42.00", "2027-01-15"),
    ], req_sent=when(2026, 11, 23, 14, 52))
    sent = when(2026, 11, 27, 18, 20, 44, -3)
    t = po.req_sent.astimezone(tz(-3))
    body = (
        "Estimado Tomás:\n\n"
        "Lamentablemente no vamos a poder tomar la orden 4500031856. Por las demoras en la importación del "
        "perfil de aluminio que usamos y los plazos de aduana, hoy no podemos garantizar ninguna entrega antes "
        "de marzo, así que preferimos declinarla en su totalidad antes que comprometernos a una fecha que no "
        "vamos a cumplir.\n\n"
        "Disculpá las molestias. Esperamos poder cotizarles nuevamente el año que viene.\n\n"
        "Saludos cordiales,\n"
        "Martín Gutiérrez\nPostes y Redes del Plata S.R.L.\nAv. Pres. Perón 4580, B1754 San Justo, Buenos Aires\n"
        "Tel. +54 11 5555-2871\n\n"
        "El lun, 23 nov 2026 a las %d:%02d, Tomás Ferreira (<%s>) escribió:\n" % (t.hour, t.minute, po.buyer_email)
        + quote(po.request_text()))
    htm = ("<div dir=\"ltr\">" + body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
           .replace("\n", "<br>\n") + "</div>\n")
    alt = mime.multipart("alternative", [mime.text(body, charset="UTF-8", quoted_charset=False),
                                         mime.html(htm, charset="UTF-8", quoted_charset=False)],
                         "00000000000073a1f50627d9b2c4")
    h = mime.hdrs("=?UTF-8?Q?Mart=C3=ADn_Guti=C3=A9rrez?= <mgutierrez@postesplata.example>", po.buyer_addr,
                  "Re: " + po.subject, sent, mid_gmail("c055"), po.req_id, po.req_id, client="gmail")
    exp = confirmation(
        "Explicit refusal of the whole order ('preferimos declinarla en su totalidad'): both lines rejected. "
        "'ninguna entrega antes de marzo' is the reason, not an offer.",
        (po, {1: "R", 2: "R"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(56, "mx-tennis-posts-price-increase-needs-acceptance",
      "Mexican reply announcing +8% ('$5,918.40 + IVA') and asking us to accept before the order is entered")
def c056():
    s = supplier("PDBAJ", "Postes Deportivos del Bajío S.A. de C.V.", "ventas@postesbajio.example", "es-MX")
    po = PO("4500031869", s, "priya", "MXN", "2026-11-24", [
        ("PDB-TNP-STD", "Tennis net posts, steel 76 mm, with winch (pair)", 15, "PR", "5480.00", "2027-01-15"),
        ("PDB-ANCLA", "Ground sleeve / anchor for net posts", 30, "EA", "690.00", "2027-01-15"),
    ], req_sent=when(2026, 11, 24, 17, 0))
    sent = when(2026, 11, 26, 10, 12, 8, -6)
    reply = (
        "Buen día Priya,\n\n"
        "Recibimos su orden de compra 4500031869, muchas gracias.\n\n"
        "Le comento que a partir del 1° de diciembre nuestros precios tienen un incremento del 8% por ajuste en "
        "el costo del acero. Si está de acuerdo con los nuevos precios ($5,918.40 por par de postes y $745.20 por "
        "ancla, más IVA), favor de confirmarnos por este medio para dar de alta el pedido; la entrega sería el "
        "15 de enero.\n\n"
        "Quedo atenta a sus comentarios.\n\n"
        "Saludos,\n"
        "Lic. Daniela Hernández\nEjecutiva de Ventas\nPostes Deportivos del Bajío S.A. de C.V.\n"
        "Blvd. Adolfo López Mateos 2210, León, Gto., C.P. 37270\nTel. (477) 555 1840\n\n")
    full = reply + outlook_quote(po, "es", tz(-6))
    alt = _outlook_alt(full, reply, "windows-1252", "ES-MX", "_000_SJ0PR11MB5021A4C3E1D07B9F82A6E5D0SJ0PR11MB5021namp_")
    h = mime.hdrs("=?windows-1252?Q?Daniela_Hern=E1ndez?= <dhernandez@postesbajio.example>", po.buyer_addr,
                  "RE: " + po.subject, sent, mid_outlook("c056"), po.req_id, po.req_id, client="outlook",
                  lang="es-MX", thread=(po.subject, thread_index("c056")))
    exp = other("needs_review", "Price increase of 8% that must be accepted before the order is entered "
                                "('favor de confirmarnos ... para dar de alta el pedido'); conditional, so no "
                                "commitment yet.")
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(57, "at-parquet-adhesive-jaenner-kw-surcharge",
      "Austrian 'Jänner', 'Dienstag, KW 2' and a 3 % surcharge that applies to one position only")
def c057():
    s = supplier("PKTIR", "Parkettkleber Tirol GmbH", "auftrag@parkettkleber-tirol.example", "de-AT")
    po = PO("4500031841", s, "jonas", "EUR", "2026-11-23", [
        ("PKT-SMP-18", "SMP parquet adhesive, 18 kg bucket", 720, "KG", "4.60", "2027-01-12"),
        ("PKT-PU2K-9", "2K PU parquet adhesive, 9 kg set", 270, "KG", "7.30", "2027-01-12"),
        ("PKT-DISP-C", "Dispersion parquet adhesive, 0.7 kg cartridge", 200, "EA", "5.90", "2026-12-15"),
    ], req_sent=when(2026, 11, 23, 16, 30))
    sent = when(2026, 11, 30, 11, 3, 26)
    reply = (
        "Sehr geehrter Herr Albrecht,\n\n"
        "wir danken für Ihren Auftrag und bestätigen wie folgt:\n\n"
        "Pos. 1  PKT-SMP-18   720 kg (40 Kübel à 18 kg)      4,60 EUR/kg    Liefertermin 12. Jänner 2027\n"
        "Pos. 2  PKT-PU2K-9   270 kg (30 Gebinde à 9 kg)     7,30 EUR/kg    Liefertermin Dienstag, KW 2\n"
        "Pos. 3  PKT-DISP-C   200 Kartuschen                 5,90 EUR/Stk.  Liefertermin 15.12.2026\n\n"
        "Bitte beachten Sie, dass ab 1. Jänner 2027 auf alle PU-Produkte ein Rohstoffteuerungszuschlag von 3 % "
        "verrechnet wird; dieser betrifft Pos. 2. Alle übrigen Preise gemäß Ihrer Bestellung.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Ing. Andreas Huber\nVerkaufsinnendienst\nParkettkleber Tirol GmbH\nGewerbepark 7, 6130 Schwaz, Österreich\n"
        "T +43 5242 555 61\nFN 255123x, LG Innsbruck, UID ATU55512345\n\n")
    full = reply + outlook_quote(po, "de", tz(1))
    alt = _outlook_alt(full, reply, "iso-8859-1", "DE-AT", "_000_VI1P18901MB0733D0E2A1C54B6F97A8E3D5VI1P18901MB0733EURP_")
    h = mime.hdrs("Andreas Huber <a.huber@parkettkleber-tirol.example>", po.buyer_addr, "AW: " + po.subject, sent,
                  mid_outlook("c057"), po.req_id, po.req_id, client="outlook", lang="de-AT",
                  thread=(po.subject, thread_index("c057")))
    exp = confirmation(
        "'12. Jänner 2027' = 2027-01-12; 'Dienstag, KW 2' = Tue of ISO week 2 of 2027 = 2027-01-12 (same as "
        "requested); the 3 % surcharge applies to pos. 2 (deliveries from January): 7.30 x 1.03 = 7.519. "
        "Pos. 1 and 3 as ordered.",
        (po, {1: "A", 2: chg(p="7.519"), 3: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(58, "sk-vacuum-seals-price-per-thousand",
      "Slovak reply quoting O-ring prices per 1000 pcs while the PO prices per piece; one per-1000 price differs")
def c058():
    s = supplier("TESPOV", "Tesnenia Považie s.r.o.", "objednavky@tesnenia-povazie.example", "sk-SK")
    po = PO("4500031830", s, "karin", "EUR", "2026-11-21", [
        ("TP-OR-18x2-FKM", "O-ring 18x2 mm, FKM 75, for vacuum pump", 5000, "PCS", "0.048", "2026-12-14"),
        ("TP-OR-45x3-FKM", "O-ring 45x3 mm, FKM 75", 2000, "PCS", "0.132", "2026-12-14"),
        ("TP-SEAL-KIT-D16", "Seal kit for rotary vane pump D16", 25, "SET", "38.00", "2026-12-14"),
    ], req_sent=when(2026, 11, 23, 8, 55))
    sent = when(2026, 11, 26, 9, 41, 6)
    reply = (
        "Dobrý deň pani Holt,\n\n"
        "potvrdzujeme Vašu objednávku č. 4500031830:\n\n"
        "1. O-krúžok 18x2 FKM 75: 5 000 ks, cena 48,00 EUR / 1000 ks, dodanie 14. 12. 2026\n"
        "2. O-krúžok 45x3 FKM 75: 2 000 ks, cena 139,00 EUR / 1000 ks, dodanie 14. 12. 2026\n"
        "3. Sada tesnení D16: 25 súprav, 38,00 EUR/súprava, dodanie 18. 12. 2026\n\n"
        "Ceny sú bez DPH, dodacia podmienka DAP Rotterdam.\n\n"
        "S pozdravom\n\n"
        "Ing. Martina Kováčová\nobchodné oddelenie\nTesnenia Považie s.r.o.\nPriemyselná 14, 017 01 Považská Bystrica\n"
        "tel.: +421 42 555 2310\n\n")
    full = reply + outlook_quote(po, "sk", tz(1))
    alt = _outlook_alt(full, reply, "iso-8859-2", "SK", "_000_PAXP190MB1744C1A3E0D24F5B96E7A8C2PAXP190MB1744EURP_")
    h = mime.hdrs("=?iso-8859-2?Q?Martina_Kov=E1=E8ov=E1?= <kovacova@tesnenia-povazie.example>", po.buyer_addr,
                  "RE: " + po.subject, sent, mid_outlook("c058"), po.req_id, po.req_id, client="outlook",
                  lang="sk-SK", thread=(po.subject, thread_index("c058")))
    exp = confirmation(
        "Prices per 1000 pcs: 48,00/1000 = 0.048 per PCS (as ordered); 139,00/1000 = 0.139 (changed from 0.132); "
        "kit date 18. 12. 2026 instead of 14. 12.",
        (po, {1: "A", 2: chg(p="0.139"), 3: chg(d="2026-12-18")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(59, "br-kayak-paddles-ferias-auto-reply",
      "Portuguese Outlook automatic reply (on holiday 30/11-11/12) naming a colleague; dates are absence dates")
def c059():
    s = supplier("RCBR", "Remos Caiaque Brasil Ltda.", "comercial@remoscaiaque.example", "pt-BR")
    po = PO("4500031862", s, "tom", "BRL", "2026-11-24", [
        ("RCB-REMO-AL220", "Kayak paddle aluminium 220 cm, PP blades", 50, "EA", "189.90", "2027-01-15"),
        ("RCB-REMO-CARB215", "Kayak paddle carbon 215 cm", 20, "EA", "899.00", "2027-01-15"),
    ], req_sent=when(2026, 12, 1, 13, 2, 10))
    sent = when(2026, 12, 1, 9, 2, 14, -3)
    body = ("Olá,\n\n"
            "Estou em férias de 30/11/2026 a 11/12/2026, com acesso limitado aos e-mails.\n"
            "Para pedidos e cotações, favor contatar a Juliana Prado (juliana.prado@remoscaiaque.example) ou o "
            "telefone (47) 3555-0190.\n\n"
            "Obrigado!\n\nRafael Lima\nRemos Caiaque Brasil Ltda.\n")
    alt = mime.multipart("alternative", [mime.text(body, charset="iso-8859-1"),
                                         mime.html(html_from_text(body, "iso-8859-1", "PT-BR"), charset="iso-8859-1")],
                         "_000_CP4P284MB1652A0E3C2D14B7F95E8A1C6CP4P284MB1652BRAP_")
    h = mime.hdrs("Rafael Lima <comercial@remoscaiaque.example>", po.buyer_addr,
                  mime.ew("Resposta automática: " + po.subject, "iso-8859-1", "Q"), sent, mid_outlook("c059"),
                  po.req_id, po.req_id, client="outlook", lang="pt-BR", thread=(po.subject, thread_index("c059")),
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])
    exp = other("auto_reply", "Out-of-office (férias 30/11-11/12/2026) pointing to a colleague; nothing about "
                              "the order.")
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(60, "us-slides-erp-fixed-width-backorder",
      "plain-text ERP acknowledgment in fixed-width columns: ship dates MM/DD/YY, a backorder line with its own ship date, a price change")
def c060():
    s = supplier("MWSG", "Midwest Scientific Glass Co.", "orderdesk@midwestsciglass.example", "en-US")
    po = PO("4500031834", s, "priya", "USD", "2026-11-21", [
        ("MSG-1301", "Microscope slides, plain, 3x1 in, 72/box", 400, "BOX", "4.15", "2026-12-10"),
        ("MSG-1305-FR", "Microscope slides, frosted one end, 72/box", 250, "BOX", "5.60", "2026-12-10"),
        ("MSG-CVR-2240", "Cover glass 22x40 mm no. 1.5, 1 oz box", 100, "BOX", "7.25", "2026-12-10"),
    ], req_sent=when(2026, 11, 23, 16, 44))
    sent = when(2026, 12, 1, 6, 12, 45, -5)
    body = (
        "MIDWEST SCIENTIFIC GLASS CO.                          ORDER ACKNOWLEDGEMENT\n"
        "1450 INDUSTRIAL PKWY                                  ACK NO:    SO-778214\n"
        "TOLEDO OH 43612                                       ACK DATE:  12/01/26\n"
        "(419) 555-0110                                        CUST PO:   4500031834\n"
        "                                                      CUST NO:   BRI0042\n"
        "SOLD TO: BRIGHTWATER SUPPLY GROUP B.V.                TERMS:     NET 30\n"
        "SHIP TO: BRIGHTWATER DC, WAALHAVEN Z.Z. 40            SHIP VIA:  UPS WW EXPEDITED\n"
        "         3089 JH ROTTERDAM NL                         FOB:       DAP ROTTERDAM\n"
        "\n"
        "LN ITEM          DESCRIPTION                 ORD QTY  SHIP QTY  B/O QTY UOM  UNIT PRICE   EXT PRICE  SHIP DATE\n"
        "-- ------------- -------------------------- -------- --------- -------- --- ----------- ----------- ---------\n"
        " 1 MSG-1301      SLIDES PLAIN 3X1 72/BX          400       400        0  BX       4.150    1,660.00  12/02/26\n"
        " 2 MSG-1305-FR   SLIDES FROSTED END 72/BX        250       150      100  BX       5.600      840.00  12/02/26\n"
        "                 ** BACKORDER 100 BX           B/O SHIP DATE 01/12/27                  560.00\n"
        " 3 MSG-CVR-2240  COVER GLASS 22X40 #1.5          100       100        0  BX       7.450      745.00  12/02/26\n"
        "                 ** PRICE PER CURRENT LIST EFF 11/01/26\n"
        "\n"
        "                                                                       MERCHANDISE      3,805.00\n"
        "                                                                       FREIGHT (EST)      185.00\n"
        "                                                                       TOTAL            3,990.00\n"
        "\n"
        "THIS ACKNOWLEDGEMENT IS SUBJECT TO THE TERMS AND CONDITIONS OF SALE AT MIDWESTSCIGLASS.EXAMPLE/TERMS.\n"
        "PLEASE REVIEW AND NOTIFY US OF ANY DISCREPANCIES WITHIN 2 BUSINESS DAYS.\n"
        "*** THIS IS AN AUTOMATED MESSAGE - REPLIES TO THIS ADDRESS ARE ROUTED TO THE ORDER DESK ***\n")
    part = mime.text(body, charset="us-ascii", cte="7bit", quoted_charset=False)
    h = mime.hdrs("Midwest Scientific Order Desk <orderdesk@midwestsciglass.example>", po.buyer_email,
                  "ORDER ACKNOWLEDGEMENT SO-778214 / PO 4500031834", sent,
                  "<SO778214.20261201061245.ACK@erp.midwestsciglass.example>",
                  extra=[("X-Mailer", "SYSPRO e.net Mailer"), ("Auto-Submitted", "auto-generated")])
    exp = confirmation(
        "ERP acknowledgment, US dates. Only ship dates given (ship date = date). Line 1 ships 12/02/26 "
        "(2026-12-02, earlier than requested); line 2 150 on 12/02/26 + backorder 100 on 01/12/27 "
        "(2027-01-12); line 3 ships 12/02/26 at 7.45 (was 7.25). Freight is not a unit price.",
        (po, {1: chg(d="2026-12-02"), 2: chg(d="2027-01-12", sched=[(150, "2026-12-02"), (100, "2027-01-12")]),
              3: chg(p="7.45", d="2026-12-02")}))
    return [po], mime.build(h, part), exp


# ---------------------------------------------------------------------------
@case(61, "gb-mallets-three-pos-two-answered",
      "one reply covering two of three open POs (the third explicitly deferred); sent as reply to the third PO's thread")
def c061():
    s = supplier("COTPERC", "Cotswold Percussion Supplies Ltd", "trade@cotswoldpercussion.example", "en-GB")
    a = PO("4500031808", s, "karin", "GBP", "2026-11-20", [
        ("CPS-XYL-H", "Xylophone mallets, hard plastic heads, birch handles (pair)", 60, "PR", "14.20", "2026-12-09"),
        ("CPS-XYL-M", "Xylophone mallets, medium rubber heads (pair)", 60, "PR", "12.90", "2026-12-09"),
    ], req_sent=when(2026, 11, 20, 11, 30))
    b = PO("4500031827", s, "karin", "GBP", "2026-11-21", [
        ("CPS-GLK-BR", "Glockenspiel mallets, brass heads (pair)", 40, "PR", "9.75", "2026-12-16"),
    ], req_sent=when(2026, 11, 23, 9, 5))
    c = PO("4500031845", s, "karin", "GBP", "2026-11-23", [
        ("CPS-MAR-SOFT", "Marimba mallets, soft yarn, rattan handles (pair)", 30, "PR", "24.50", "2027-01-13"),
        ("CPS-BAG-4", "Mallet bag for 4 pairs, padded", 30, "EA", "18.00", "2027-01-13"),
    ], req_sent=when(2026, 11, 24, 10, 15))
    sent = when(2026, 11, 27, 17, 52, 9, 0)
    reply = (
        "Hi Karin,\n\n"
        "Sorry for the slow reply on these, it's been a busy fortnight.\n\n"
        "4500031808 - both lines fine, will be with you 9th Dec as requested.\n\n"
        "4500031845 - marimba mallets OK, but the padded bags have gone up to £19.40 each I'm afraid (our "
        "supplier's increase). Both lines for 13th Jan.\n\n"
        "4500031827 (glock mallets) - still waiting on the brass heads, I'll come back to you on that one next "
        "week.\n\n"
        "Have a good weekend,\nTom\n\n"
        "Tom Whitfield\nTrade Sales | Cotswold Percussion Supplies Ltd\nUnit 9, Station Yard, Moreton-in-Marsh GL56 0DX\n"
        "01608 555 742\n\n")
    full = reply + outlook_quote(c, "en", tz(0))
    alt = _outlook_alt(full, reply, "windows-1252", "EN-GB", "_000_CWLP265MB5410E2A0C3B14D6F89E7A1C5CWLP265MB5410GBRP_")
    h = mime.hdrs("Tom Whitfield <tom@cotswoldpercussion.example>", c.buyer_addr, "RE: " + c.subject, sent,
                  mid_outlook("c061"), c.req_id, c.req_id, client="outlook", lang="en-GB",
                  thread=(c.subject, thread_index("c061")))
    exp = confirmation(
        "Answers PO 4500031808 (all as ordered) and PO 4500031845 (bags £19.40 instead of 18.00) although it "
        "is a reply to the 4500031845 thread only. PO 4500031827 is only mentioned ('I'll come back to you') "
        "and is left out.",
        (a, {1: "A", 2: "A"}), (c, {1: "A", 2: chg(p="19.40")}))
    return [a, b, c], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(62, "au-paddles-statement-of-account",
      "monthly statement of account (PDF) from the supplier's accounts team listing older invoices and POs")
def c062():
    s = supplier("SCPADL", "Southern Cross Paddlesports Pty Ltd", "sales@southerncrosspaddle.example", "en-AU")
    po = PO("4500031873", s, "marcus", "AUD", "2026-11-24", [
        ("SCP-PAD-SEA215", "Sea kayak paddle 215 cm, carbon, feathered", 15, "EA", "289.00", "2027-01-20"),
        ("SCP-PAD-KID190", "Junior kayak paddle 190 cm", 30, "EA", "54.00", "2027-01-20"),
    ], req_sent=when(2026, 11, 24, 9, 10))
    sent = when(2026, 12, 1, 10, 0, 3, 11)
    body = ("Dear Customer,\n\n"
            "Please find attached your statement of account as at 30/11/2026.\n\n"
            "Our records show an amount of $3,412.50 overdue (1-30 days). If payment has already been made, "
            "please disregard this notice; otherwise we would appreciate settlement at your earliest convenience.\n\n"
            "Kind regards,\nAccounts Receivable\nSouthern Cross Paddlesports Pty Ltd\n"
            "ABN 33 615 555 208 | accounts@southerncrosspaddle.example | (02) 4955 5180\n")
    p = PDF()
    p.put("Southern Cross Paddlesports Pty Ltd", 14, "F2")
    p.put("ABN 33 615 555 208 | 22 Lake Rd, Warners Bay NSW 2282", 8)
    p.skip(14)
    p.put("STATEMENT OF ACCOUNT", 13, "F2")
    p.row([(56, "Customer: Brightwater Supply Group B.V. (BRIGHT01)"), (380, "Statement date: 30/11/2026")], 9)
    p.skip(6)
    X = [56, 130, 220, 330, 430, 539]
    p.row([(X[0], "Date"), (X[1], "Invoice"), (X[2], "Your ref."), (X[3] + 40, "Amount", "right"),
           (X[4] + 40, "Paid", "right"), (X[5], "Balance", "right")], 9, "F2")
    p.rule()
    for r in [("12/10/2026", "INV-20388", "PO 4500029655", "2,860.00", "2,860.00", "0.00"),
              ("30/10/2026", "INV-20417", "PO 4500029874", "3,412.50", "0.00", "3,412.50"),
              ("20/11/2026", "INV-20502", "PO 4500030611", "1,734.00", "0.00", "1,734.00")]:
        p.row([(X[0], r[0]), (X[1], r[1]), (X[2], r[2]), (X[3] + 40, r[3], "right"), (X[4] + 40, r[4], "right"),
               (X[5], r[5], "right")], 9)
    p.rule()
    p.row([(X[0], "Current: 1,734.00"), (X[2], "1-30 days: 3,412.50"), (X[3] + 30, "31-60 days: 0.00"),
           (X[5], "Total due AUD 5,146.50", "right")], 9, "F2")
    p.skip(12)
    p.put("Remit to: Commonwealth Bank, BSB 062-555, Acc 1055 2081 - please quote the invoice number.", 8)
    att = mime.attachment(p.save(title="Statement BRIGHT01 30/11/2026", producer="Xero"), "application/pdf",
                          "Statement_BRIGHT01_2026-11-30.pdf")
    root = mime.multipart("mixed", [mime.text(body, charset="utf-8"), att], "----=_Part_77120_934102211.1795976403115")
    h = mime.hdrs("Southern Cross Paddlesports - Accounts <accounts@southerncrosspaddle.example>",
                  "accounts.payable@" + DOMAIN, "Statement of account - Brightwater Supply Group - November 2026",
                  sent, mid_generic("c062", "southerncrosspaddle.example"),
                  cc=PURCHASING[1], extra=[("X-Mailer", "Xero")])
    exp = other("unrelated", "Statement of account for older invoices/POs; says nothing about PO 4500031873.")
    return [po], mime.build(h, root), exp


# ---------------------------------------------------------------------------
@case(63, "ca-skate-blades-samsung-one-liner",
      "mobile one-liner 'All good Marcus, confirmed as per PO. Dec 16 works.' above a Samsung-style quoted request")
def c063():
    s = supplier("LAURBL", "Laurentian Blade Co.", "sales@laurentianblade.example", "en-CA")
    po = PO("4500031861", s, "marcus", "CAD", "2026-11-24", [
        ("LBC-RUN-280", "Skate blade runner, stainless, 280 mm, hockey (pair)", 100, "PR", "42.00", "2026-12-16"),
        ("LBC-HOLDER-280", "Skate blade holder 280 mm (pair)", 100, "PR", "28.50", "2026-12-16"),
    ], req_sent=when(2026, 11, 24, 10, 12))
    sent = when(2026, 11, 24, 19, 48, 30, -5)
    t = po.req_sent.astimezone(tz(-5))
    body = ("All good Marcus, confirmed as per PO. Dec 16 works.\n\n\n\n"
            "Sent from my Galaxy\n\n\n"
            "-------- Original message --------\n"
            "From: Marcus Dell <%s> \n"
            "Date: %d-%02d-%02d %d:%02d a.m. (GMT-05:00) \n"
            "To: %s \n"
            "Subject: %s \n\n" % (po.buyer_email, t.year, t.month, t.day, t.hour % 12 or 12, t.minute, po.to,
                                  po.subject)
            + po.request_text())
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
           "<div dir=\"auto\">All good Marcus, confirmed as per PO. Dec 16 works.</div><div dir=\"auto\"><br></div>"
           "<div dir=\"auto\"><br></div><div id=\"composer_signature\" dir=\"auto\"><div style=\"font-size:85%;"
           "color:#575757\" dir=\"auto\">Sent from my Galaxy</div></div><div dir=\"auto\"><br></div><div><br></div>"
           "<div align=\"left\" dir=\"auto\" style=\"font-size:100%;color:#000000\"><div>-------- Original message "
           "--------</div><div>From: Marcus Dell &lt;" + po.buyer_email + "&gt; </div><div>Date: "
           + "%d-%02d-%02d %d:%02d a.m. (GMT-05:00) " % (t.year, t.month, t.day, t.hour % 12 or 12, t.minute)
           + "</div><div>To: " + po.to + " </div><div>Subject: " + po.subject + " </div><div><br></div></div>"
           + po.request_html() + "</body></html>\n")
    alt = mime.multipart("alternative", [mime.text(body, charset="UTF-8", cte="base64", quoted_charset=False),
                                         mime.html(htm, charset="UTF-8", cte="base64", quoted_charset=False)],
                         "--_com.samsung.android.email_1795830510412880")
    h = mime.hdrs("Luc Bergeron <luc@laurentianblade.example>", po.buyer_addr, "RE: " + po.subject, sent,
                  "<ugm2f3nbk5t0c7e8j1tq4s9a.1795830510412@email.android.com>", po.req_id, po.req_id,
                  extra=[("Importance", "normal")])
    exp = confirmation("Short mobile confirmation of the whole PO; 'Dec 16' = 2026-12-16 as requested.",
                       (po, {1: "A", 2: "A"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(64, "kr-door-rollers-drawing-revision-question",
      "Korean (ks_c_5601-1987) reply asking which drawing revision to produce; gives a price only for one option")
def c064():
    s = supplier("HSEP", "Hansung Elevator Parts Co., Ltd.", "sales@hansung-ep.example", "ko-KR")
    po = PO("4500031876", s, "priya", "KRW", "2026-11-24", [
        ("HS-RL-70", "Landing door roller Ø70 mm, steel core", 300, "EA", "8200", "2027-01-15"),
        ("HS-RL-ECC-40", "Eccentric up-thrust roller Ø40 mm", 300, "EA", "4100", "2027-01-15"),
    ], req_sent=when(2026, 11, 25, 8, 40))
    sent = when(2026, 11, 26, 18, 5, 55, 9)
    reply = (
        "안녕하세요, Priya 님.\n\n"
        "한성엘리베이터부품 영업팀 박성민입니다. 발주(PO 4500031876) 감사합니다.\n\n"
        "확인 요청드릴 사항이 있습니다.\n"
        "HS-RL-70 품목은 현재 도면 Rev.C(베어링 6201ZZ)와 Rev.D(베어링 6202-2RS) 두 가지 사양으로 생산되고 "
        "있습니다. 발주서에는 Rev 표기가 없어 어느 사양으로 생산할지 확인 부탁드립니다.\n"
        "Rev.D로 진행할 경우 단가가 8,900원으로 변경됩니다.\n\n"
        "사양 확정해 주시면 두 품목 모두 단가와 납기를 확정하여 회신드리겠습니다.\n\n"
        "감사합니다.\n\n"
        "박성민 드림\n한성엘리베이터부품(주) 영업팀 대리\nT. 051-555-2741 | M. 010-5555-3184\n"
        "부산광역시 강서구 녹산산단 321로 24\n\n")
    full = reply + outlook_quote(po, "ko", tz(9))
    alt = _outlook_alt(full, reply, "ks_c_5601-1987", "KO", "_000_SL2P216MB1307A2C4E0D13B7F96E5A8D1SL2P216MB1307KORP_",
                       font="맑은 고딕")
    h = mime.hdrs(mime.addr("박성민", "sm.park@hansung-ep.example", "ks_c_5601-1987"), po.buyer_addr,
                  "RE: " + po.subject, sent, mid_outlook("c064"), po.req_id, po.req_id, client="outlook",
                  lang="ko-KR", thread=(po.subject, thread_index("c064")))
    exp = other("needs_review", "Supplier asks which drawing revision (Rev.C or Rev.D) to build; Rev.D would cost "
                                "8,900원. Price and date for both items will only be confirmed after our answer.")
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(65, "lt-heddles-iso-dates-windows1257",
      "Lithuanian windows-1257 reply with ISO dates, '0,068 EUR/vnt.' and 'eil.' line references; one line later")
def c065():
    s = supplier("AUDDET", "UAB Audimo Detalės", "pardavimai@audimodetales.example", "lt-LT")
    po = PO("4500031833", s, "elena", "EUR", "2026-11-21", [
        ("AD-HED-260", "Wire heddle 260 mm, tinned, for dobby loom", 15000, "PCS", "0.068", "2027-01-11"),
        ("AD-HED-300", "Wire heddle 300 mm, tinned", 10000, "PCS", "0.074", "2027-01-11"),
        ("AD-SHAFT-1400", "Heald shaft 1400 mm, aluminium", 12, "EA", "186.00", "2027-01-11"),
    ], req_sent=when(2026, 11, 23, 10, 0))
    sent = when(2026, 11, 27, 11, 27, 40, 2)
    reply = (
        "Laba diena, Elena,\n\n"
        "patvirtiname užsakymą Nr. 4500031833:\n\n"
        "1 eil. - AD-HED-260: 15 000 vnt., 0,068 EUR/vnt., pristatymas 2027-01-11\n"
        "2 eil. - AD-HED-300: 10 000 vnt., 0,074 EUR/vnt., pristatymas 2027-01-11\n"
        "3 eil. - AD-SHAFT-1400: 12 vnt., 186,00 EUR/vnt., pristatymas 2027-01-25 (vėluoja rėmų profiliai)\n\n"
        "Kainos nurodytos be PVM.\n\n"
        "Pagarbiai\n\n"
        "Rūta Kazlauskienė\nPardavimų vadybininkė\nUAB Audimo Detalės\nPramonės pr. 16, LT-51329 Kaunas\n"
        "Tel. +370 37 555 214\n\n")
    full = reply + outlook_quote(po, "lt", tz(2))
    alt = _outlook_alt(full, reply, "windows-1257", "LT", "_000_DU2P190MB1836B0E4A2C13F7D95A6E8C0DU2P190MB1836EURP_")
    h = mime.hdrs("=?windows-1257?Q?R=FBta_Kazlauskien=EB?= <ruta.k@audimodetales.example>", po.buyer_addr,
                  "RE: " + po.subject, sent, mid_outlook("c065"), po.req_id, po.req_id, client="outlook",
                  lang="lt-LT", thread=(po.subject, thread_index("c065")))
    exp = confirmation("Lines 1-2 as ordered; line 3 delivery 2027-01-25 instead of 2027-01-11.",
                       (po, {1: "A", 2: "A", 3: chg(d="2027-01-25")}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(66, "bg-lamp-lenses-decline-one-colour",
      "Bulgarian windows-1251 reply ('18.12.2026 г.', prices in евро after the 2026 euro changeover) refusing one line")
def c066():
    s = supplier("OPTSIG", "Optik Signal EOOD", "office@optiksignal.example", "bg-BG")
    po = PO("4500031878", s, "elena", "EUR", "2026-11-24", [
        ("OS-LENS-RED-200", "Railway lamp lens 200 mm, red, borosilicate", 30, "EA", "46.00", "2026-12-18"),
        ("OS-LENS-GRN-200", "Railway lamp lens 200 mm, green, borosilicate", 30, "EA", "46.00", "2026-12-18"),
        ("OS-LENS-LUN-200", "Railway lamp lens 200 mm, lunar white, borosilicate", 10, "EA", "49.50", "2026-12-18"),
    ], req_sent=when(2026, 11, 24, 15, 35))
    sent = when(2026, 11, 26, 16, 9, 12, 2)
    reply = (
        "Уважаема г-жо Соколова,\n\n"
        "Потвърждаваме поръчка № 4500031878, както следва:\n\n"
        "- червени лещи 200 мм (OS-LENS-RED-200) - 30 бр. по 46,00 евро - доставка 18.12.2026 г.\n"
        "- зелени лещи 200 мм (OS-LENS-GRN-200) - 30 бр. по 46,00 евро - доставка 18.12.2026 г.\n"
        "- лунно-бели лещи (OS-LENS-LUN-200) - за съжаление не можем да ги произведем, тъй като "
        "доставчикът ни на стъкло спря този цвят. Отказваме тази позиция.\n\n"
        "Поздрави,\n"
        "Георги Иванов\nТърговски отдел\nОптик Сигнал ЕООД\nгр. Габрово, ул. Индустриална 12\n"
        "тел. +359 66 555 310\n\n")
    full = reply + outlook_quote(po, "bg", tz(2))
    alt = _outlook_alt(full, reply, "windows-1251", "BG", "_000_AM0P190MB0615C3E1A0D24B8F97E6A5C2AM0P190MB0615EURP_")
    h = mime.hdrs(mime.addr("Георги Иванов", "g.ivanov@optiksignal.example", "windows-1251"), po.buyer_addr,
                  "RE: " + po.subject, sent, mid_outlook("c066"), po.req_id, po.req_id, client="outlook",
                  lang="bg-BG", thread=(po.subject, thread_index("c066")))
    exp = confirmation("Red and green lenses as ordered; the lunar-white line is explicitly refused "
                       "('Отказваме тази позиция').",
                       (po, {1: "A", 2: "A", 3: "R"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(67, "my-cable-sleeves-malay-split",
      "Malay/English business reply with 'RM1,180.00', dd/mm/yyyy and a split on the second item (stok terhad)")
def c067():
    s = supplier("KABMAR", "Kabel Marin Sdn. Bhd.", "sales@kabelmarin.example", "ms-MY")
    po = PO("4500031847", s, "priya", "MYR", "2026-11-23", [
        ("KM-SLV-HDPE90", "HDPE protection sleeve for submarine cable, 90 mm ID, 6 m", 40, "EA", "1180.00", "2027-01-18"),
        ("KM-SLV-SPLIT150", "Split sleeve, half-shell, cast iron, 150 mm", 80, "EA", "640.00", "2027-01-18"),
    ], req_sent=when(2026, 11, 23, 7, 50))
    sent = when(2026, 11, 26, 16, 22, 31, 8)
    reply = (
        "Salam sejahtera Cik Priya,\n\n"
        "Terima kasih atas PO 4500031847. Kami sahkan pesanan seperti berikut:\n\n"
        "Item 1 - KM-SLV-HDPE90: 40 unit @ RM1,180.00, penghantaran 18/01/2027.\n"
        "Item 2 - KM-SLV-SPLIT150: stok terhad, boleh hantar 50 unit pada 18/01/2027 dan baki 30 unit pada "
        "08/02/2027. Harga kekal RM640.00 seunit.\n\n"
        "Sebarang pertanyaan, sila hubungi saya.\n\n"
        "Terima kasih,\n"
        "Nurul Aisyah binti Hamzah\nSales Executive\nKabel Marin Sdn. Bhd. (201501012345)\n"
        "Lot 22, Jalan Perigi Nanas 6/1, Pulau Indah Industrial Park, 42920 Pelabuhan Klang, Selangor\n"
        "Tel: +603-3101 5550\n\n")
    full = reply + outlook_quote(po, "en", tz(8))
    alt = _outlook_alt(full, reply, "us-ascii", "MS", "_000_KL1PR01MB5127D3A0E2C14F6B85A9E7C3KL1PR01MB5127apcp_")
    h = mime.hdrs("Nurul Aisyah Hamzah <nurul.aisyah@kabelmarin.example>", po.buyer_addr, "RE: " + po.subject,
                  sent, mid_outlook("c067"), po.req_id, po.req_id, client="outlook", lang="en-MY",
                  thread=(po.subject, thread_index("c067")))
    exp = confirmation(
        "Item 1 as ordered; item 2 split: 50 on 2027-01-18 and 30 on 2027-02-08, price unchanged.",
        (po, {1: "A", 2: chg(d="2027-02-08", sched=[(50, "2027-01-18"), (30, "2027-02-08")])}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(68, "de-cable-sleeves-new-po-in-old-thread",
      "reply in the thread (subject, In-Reply-To) of an older open PO, but the body answers the new PO; same item on both")
def c068():
    s = supplier("KMNORD", "Kabelmuffen Nord GmbH", "innendienst@kabelmuffen-nord.example", "de-DE")
    old = PO("4500030712", s, "karin", "EUR", "2026-10-28", [
        ("KMN-SL-150", "Cable repair sleeve 150 mm, heat-shrink, 1 m", 30, "EA", "58.00", "2026-12-04"),
    ], req_sent=when(2026, 10, 29, 9, 15))
    new = PO("4500031853", s, "karin", "EUR", "2026-11-23", [
        ("KMN-JNT-SUB70", "Submarine cable joint sleeve kit 70 mm², 12 kV", 8, "SET", "745.00", "2027-01-15"),
        ("KMN-SL-150", "Cable repair sleeve 150 mm, heat-shrink, 1 m", 40, "EA", "58.00", "2027-01-15"),
    ], req_sent=when(2026, 11, 23, 15, 40))
    sent = when(2026, 12, 2, 10, 26, 48)
    reply = (
        "Hallo Frau Holt,\n\n"
        "kurze Rückmeldung zu Ihrer neuen Bestellung 4500031853 (ich antworte einfach auf die alte Mail):\n\n"
        "Pos. 1 Muffensätze KMN-JNT-SUB70: 8 Satz à 745,00 €, Liefertermin 15.01.2027 - bestätigt.\n"
        "Pos. 2 Reparaturmuffen KMN-SL-150: 40 Stück à 58,00 €, die haben wir am Lager, gehen bereits am "
        "18.12.2026 raus.\n\n"
        "Viele Grüße\nFrank Petersen\nInnendienst\n\n"
        "Kabelmuffen Nord GmbH | Am Hafenkanal 5 | 24768 Rendsburg\nTel. 04331 555 7710\n"
        "Geschäftsführung: Jens Thomsen | Amtsgericht Kiel HRB 15512\n\n")
    old_reply = (
        "Hallo Frau Holt,\n\nBestellung 4500030712 ist wie bestellt eingeplant.\n\n"
        "Viele Grüße\nFrank Petersen\n\n")
    old_reply_sent = when(2026, 10, 30, 8, 50)
    old_reply_id = mid_outlook("c068-old")
    full = (reply + outlook_header("de", "Frank Petersen", outlook_date("de", old_reply_sent), old.buyer_addr,
                                   "AW: " + old.subject) + "\n" + old_reply
            + outlook_quote(old, "de", tz(1)))
    alt = _outlook_alt(full, reply, "windows-1252", "DE", "_000_BE1P281MB1977A4C0E3D25B6F98E1A7C3BE1P281MB1977DEUP_")
    h = mime.hdrs("Frank Petersen <f.petersen@kabelmuffen-nord.example>", old.buyer_addr, "AW: AW: " + old.subject,
                  sent, mid_outlook("c068"), old_reply_id, mime.refs(old.req_id, old_reply_id), client="outlook",
                  lang="de-DE", thread=(old.subject, thread_index("c068")))
    exp = confirmation(
        "Thread and subject belong to PO 4500030712, but the body answers PO 4500031853 only: pos. 1 as "
        "ordered, pos. 2 ships 18.12.2026 (ship date only -> date 2026-12-18, earlier than 2027-01-15). The old "
        "PO is not answered in this mail and is left out.",
        (new, {1: "A", 2: chg(d="2026-12-18")}))
    return [old, new], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(69, "nz-paddles-comments-in-red",
      "'see our comments in red below': answers typed into the quoted HTML table in red; text part flattens the table")
def c069():
    s = supplier("KAIPAD", "Kaikoura Paddle Co. Ltd", "orders@kaikourapaddle.example", "en-NZ")
    po = PO("4500031837", s, "karin", "NZD", "2026-11-23", [
        ("KPC-WW-197", "Whitewater paddle 197 cm, carbon/glass, 30° feather", 16, "EA", "265.00", "2027-01-13"),
        ("KPC-TOUR-220", "Touring paddle 220 cm, carbon", 24, "EA", "318.00", "2027-01-13"),
        ("KPC-BLADE-REP", "Replacement blade set, touring", 10, "SET", "98.00", "2027-01-13"),
    ], req_sent=when(2026, 11, 23, 9, 25))
    sent = when(2026, 11, 24, 10, 14, 57, 13)
    comments = {1: "Confirmed", 2: "Confirmed - but $329.00 each from 1 Dec, sorry", 3:
                "Can't do these any more - blade mould retired"}
    e = _html.escape
    rows = "".join(
        "<tr><td>%d</td><td>%s</td><td>%s</td><td align=right>%s</td><td>%s</td><td align=right>%s</td><td>%s</td>"
        "<td><span style='color:red'><b>%s</b></span></td></tr>\n" % (
            l["line"], e(l["item"]), e(l["description"]), l["quantity"], l["uom"], l["unit_price"],
            l["requested_date"], e(comments[l["line"]])) for l in po.lines)
    t = po.req_sent.astimezone(tz(13))
    sent_str = outlook_date("en", t)
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
           "<body lang=EN-NZ style='font-family:Calibri,sans-serif;font-size:11pt'>"
           "<p>Hi Karin,</p><p>See our comments in <span style='color:red'>red</span> below.</p>"
           "<p>Cheers,<br>Aroha</p><p>Aroha Ngata<br>Kaikoura Paddle Co. Ltd<br>12 Beach Rd, Kaikoura 7300<br>"
           "+64 3 555 0127</p>"
           "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'><p><b>From:</b> "
           + e(po.buyer_addr) + "<br><b>Sent:</b> " + sent_str + "<br><b>To:</b> " + po.to + "<br><b>Subject:</b> "
           + po.subject + "</p></div>"
           "<p>Dear Sir or Madam,</p><p>Please confirm our purchase order 4500031837 of " + po.issued_text()
           + " line by line - quantity, unit price (NZD) and delivery date - by replying to this e-mail.</p>"
           "<table border=1 cellspacing=0 cellpadding=3 style='border-collapse:collapse;font-size:10pt'>\n"
           "<tr><th>Line</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th>"
           "<th>Need-by</th><th></th></tr>\n" + rows + "</table>\n"
           "<p>Delivery terms: DAP Rotterdam, Brightwater DC. Please quote our PO number on all documents.</p>"
           "<p>Kind regards</p><p>Karin Holt<br>Senior Buyer | Purchasing<br>Brightwater Supply Group B.V.</p>"
           "</body></html>\n")
    flat = "".join("%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (l["line"], l["item"], l["description"], l["quantity"],
                                                          l["uom"], l["unit_price"], l["requested_date"],
                                                          comments[l["line"]]) for l in po.lines)
    txt = ("Hi Karin,\n\nSee our comments in red below.\n\nCheers,\nAroha\n\n"
           "Aroha Ngata\nKaikoura Paddle Co. Ltd\n12 Beach Rd, Kaikoura 7300\n+64 3 555 0127\n\n"
           "From: %s\nSent: %s\nTo: %s\nSubject: %s\n\n"
           "Dear Sir or Madam,\n\nPlease confirm our purchase order 4500031837 of %s line by line - quantity, unit "
           "price (NZD) and delivery date - by replying to this e-mail.\n\n"
           "Line\tItem\tDescription\tQty\tUoM\tUnit price\tNeed-by\t\n%s\n"
           "Delivery terms: DAP Rotterdam, Brightwater DC. Please quote our PO number on all documents.\n\n"
           "Kind regards\n\nKarin Holt\nSenior Buyer | Purchasing\nBrightwater Supply Group B.V.\n"
           % (po.buyer_addr, sent_str, po.to, po.subject, po.issued_text(), flat))
    alt = mime.multipart("alternative", [mime.text(txt, charset="utf-8"), mime.html(htm, charset="utf-8")],
                         "_000_SY6P282MB2710C0A2E4D13B5F97E8A6C1SY6P282MB2710AUSP_")
    h = mime.hdrs("Aroha Ngata <aroha@kaikourapaddle.example>", po.buyer_addr, "RE: " + po.subject, sent,
                  mid_outlook("c069"), po.req_id, po.req_id, client="outlook", lang="en-NZ",
                  thread=(po.subject, thread_index("c069")))
    exp = confirmation(
        "Answers are inside the quoted table (red in HTML, tab-separated in the text part): line 1 confirmed, "
        "line 2 confirmed at $329.00, line 3 refused.",
        (po, {1: "A", 2: chg(p="329.00"), 3: "R"}))
    return [po], mime.build(h, alt), exp


# ---------------------------------------------------------------------------
@case(70, "eg-glassblowing-pipes-arabic-indic-digits",
      "Arabic RTL reply with Arabic-Indic digits (٣٨٫٠٠, ٢١/١٢/٢٠٢٦) and Arabic decimal separator; one price and date changed")
def c070():
    s = supplier("CAIGLS", "Cairo Glassblowing Tools Factory", "sales@cairo-glasstools.example", "ar-EG")
    po = PO("4500031882", s, "tom", "USD", "2026-11-24", [
        ("CGT-PIPE-140", "Glassblowing pipe 140 cm, stainless, brass mouthpiece", 30, "EA", "38.00", "2026-12-21"),
        ("CGT-JACKS-12", "Glassblowing jacks (tweezers) 12 in", 15, "EA", "52.00", "2026-12-21"),
    ], req_sent=when(2026, 11, 24, 11, 15))
    sent = when(2026, 11, 29, 13, 40, 22, 2)
    reply = (
        "السيد/ توماس فيريرا المحترم،\n\n"
        "تحية طيبة وبعد،\n\n"
        "نشكركم على أمر الشراء رقم ٤٥٠٠٠٣١٨٨٢ ونؤكد البنود كالتالي:\n\n"
        "١- أنابيب نفخ الزجاج ١٤٠ سم (CGT-PIPE-140): الكمية ٣٠ قطعة، السعر ٣٨٫٠٠ دولار أمريكي للقطعة، "
        "موعد التسليم ٢١/١٢/٢٠٢٦\n"
        "٢- ملاقط نفخ الزجاج ١٢ بوصة (CGT-JACKS-12): الكمية ١٥ قطعة، السعر ٥٥٫٠٠ دولار أمريكي للقطعة "
        "(بسبب ارتفاع أسعار الصلب)، موعد التسليم ١١/١/٢٠٢٧\n\n"
        "وتفضلوا بقبول فائق الاحترام،\n\n"
        "م. أحمد عبد الرحمن\nمدير المبيعات\nمصنع القاهرة لأدوات نفخ الزجاج\nالمنطقة الصناعية، شبرا الخيمة، القليوبية\n"
        "هاتف: +20 2 5555 4187\n\n")
    full = reply + outlook_quote(po, "en", tz(2))
    cut = len(reply.rstrip("\n").split("\n")) + 1
    htm = html_from_text(full, "utf-8", "AR-EG", font="Arial", quoted_from=cut).replace(
        "<div class=WordSection1>", "<div class=WordSection1 dir=rtl>")
    alt = mime.multipart("alternative", [mime.text(full, charset="utf-8", cte="base64"),
                                         mime.html(htm, charset="utf-8", cte="base64")],
                         "_000_DB7PR03MB4971E1C0A3D24B6F85E9A7C2DB7PR03MB4971eurp_")
    h = mime.hdrs(mime.addr("أحمد عبد الرحمن", "a.abdelrahman@cairo-glasstools.example"), po.buyer_addr,
                  mime.ew("RE: " + po.subject + " - تأكيد", "utf-8"), sent, mid_outlook("c070"), po.req_id,
                  po.req_id, client="outlook", lang="ar-EG", thread=(po.subject, thread_index("c070")))
    exp = confirmation(
        "Arabic-Indic digits with '٫' as decimal separator and day-first dates: line 1 as ordered "
        "(٢١/١٢/٢٠٢٦ = 2026-12-21); line 2 price 55.00 and ١١/١/٢٠٢٧ = 2027-01-11.",
        (po, {1: "A", 2: chg(p="55.00", d="2027-01-11")}))
    return [po], mime.build(h, alt), exp
