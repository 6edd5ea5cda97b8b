# -*- coding: utf-8 -*-
from .common import *


# 054 ------------------------------------------------------------------
@case("itch-mercoledi-1612-html-blockquote", "it-CH", "confirmation",
      "Ticino Italian over an HTML blockquote of our PO: 'completo ai prezzi indicati (CHF 1'335.00 + CHF 504.00)', delivery 'mercoledì 16.12.' without year.")
def c054():
    p = po("4500018760", "TICINO", "Utensili Ticino SA", "ordini@utensiliticino.example", "it-CH", "mikael", "CHF",
           "2026-11-19", [
               ("ND-SET-9-IN", "Nut driver set 9 pcs, insulated 1000 V", 15, "SET", "89.00", "2026-12-18"),
               ("ND-13-LONG", "Nut driver 13 mm, long shaft 230 mm", 40, "EA", "12.60", "2026-12-18")])
    t = """Buongiorno signor Berg,

confermiamo l'ordine 4500018760 completo ai prezzi indicati (CHF 1'335.00 + CHF 504.00). Consegna mercoledì 16.12.

Cordiali saluti
Chiara Bernasconi
Utensili Ticino SA | Via Cantonale 18 | 6915 Pambio-Noranco
Tel. +41 91 985 40 40 | IDI CHE-109.876.543 IVA
"""
    intro = "Il giorno gio 19 nov 2026 alle ore 14:20 Mikael Berg <%s> ha scritto:" % p["buyer"]["email"]
    html = html_doc('<div dir="ltr">' + t.replace("\n", "<br>") + "</div><br>" + html_blockquote(p, intro))
    b = multipart("alternative", [text(t + "\n" + gt_quote(p, intro)), text(html, "html")], "000000000000d4e5f60605eab1c2d3")
    eml = message(("Chiara Bernasconi", "ordini@utensiliticino.example"), buyer(p), "Re: " + req_subject(p),
                  hdate("2026-11-23 11:20:45"), mid("gmail", "x", "54"), b, **reply_hdrs(p))
    exp = expected("confirmation",
                   "Complete order at PO prices (1'335.00 = 15 x 89.00 and 504.00 = 40 x 12.60 are line totals, not unit prices). 'mercoledì 16.12.' = Wednesday 2026-12-16, two days before the requested 18 Dec -> both lines changed (date only).",
                   conf(p, l1=C(p, 1, date="2026-12-16"), l2=C(p, 2, date="2026-12-16")))
    return [p], eml, exp


# 055 ------------------------------------------------------------------
@case("caes-tres-setmanes-a-partir-davui", "ca-ES", "confirmation",
      "Catalan: order confirmed as sent, lead time '3 setmanes a partir d'avui' from a Wednesday 11 Nov mail (= 2 Dec, before the requested 4 Dec).")
def c055():
    p = po("4500018771", "MONTSERRAT", "Rampes Montserrat SL", "comandes@rampesmontserrat.example", "ca-ES", "lena", "EUR",
           "2026-11-10", [
               ("LR-FOLD-ALU", "Folding aluminium ramp 1830 mm, 340 kg", 8, "EA", "189.00", "2026-12-04"),
               ("LR-THRESH-5", "Threshold ramp rubber 50 mm", 30, "EA", "22.50", "2026-12-04")])
    t = """Bon dia Lena,

Us confirmem la comanda 4500018771 tal com ens la vau enviar (quantitats i preus). El termini de lliurament és de 3 setmanes a partir d'avui.

Salutacions cordials,

Montse Vila i Casas
Departament comercial
Rampes Montserrat SL · Polígon Els Dolors, c/ Indústria 9 · 08243 Manresa
Tel. 93 874 55 20 · NIF B66123456

""" + outlook_quote(p, "dimarts, 10 de novembre de 2026 17:05", ("De", "Enviat el", "Per a", "Assumpte"))
    eml = message(("Montse Vila", "comandes@rampesmontserrat.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-11 12:40:18"), mid("outlook", "rampesmontserrat.example", "55"),
                  text(t, charset="iso-8859-1"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Quantities and prices as ordered; delivery 3 weeks from the mail date Wed 2026-11-11 = 2026-12-02, earlier than the requested 4 Dec -> both lines changed (date only).",
                   conf(p, l1=C(p, 1, date="2026-12-02"), l2=C(p, 2, date="2026-12-02")))
    return [p], eml, exp


# 056 ------------------------------------------------------------------
@case("eues-basque-stock-6-of-10", "eu-ES", "confirmation",
      "Basque reply: grinding wheels fine ('abenduaren 17an'), diamond dresser only 6 of 10 in stock and the other 4 cannot be supplied.")
def c056():
    p = po("4500018780", "HARLANDA", "Harlanda Abrasiboak S.Koop.", "eskaerak@harlanda.example", "eu-ES", "mikael", "EUR",
           "2026-11-19", [
               ("GW-BENCH-200", "Bench grinding wheel 200 x 25 x 32 mm, A60", 36, "EA", "21.40", "2026-12-17"),
               ("GW-DRESS", "Wheel dresser, diamond", 10, "EA", "18.90", "2026-12-17")])
    t = """Kaixo Mikael,

4500018780 eskaera baieztatzen dizuegu:

1. lerroa: ehotzeko harria 200x25x32 A60 - 6 unitateko kutxetan saltzen dugu, beraz 36 unitate ondo daude; prezioa 21,40 €, entrega 2026ko abenduaren 17an.
2. lerroa: diamantezko zuzentzailea - stockean 6 unitate baino ez ditugu; 6 bidaliko ditugu abenduaren 17an, 18,90 €-tan. Gainerako 4ak ezin ditugu hornitu.

Agur bero bat,
Itziar Etxeberria
Harlanda Abrasiboak S.Koop. | Industrialdea 14, 20500 Arrasate | 943 71 22 40
"""
    eml = message(("Itziar Etxeberria", "eskaerak@harlanda.example"), buyer(p), "ERANTZUNA: " + req_subject(p),
                  hdate("2026-11-20 09:05:51"), mid("plain", "harlanda.example", "56"),
                  text(t, charset="iso-8859-15"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1: 36 pcs (already a multiple of the 6-pack) at 21.40 on 17 Dec 2026 -> accepted. Line 2: only 6 of 10 delivered on 17 Dec at the PO price, the other 4 cannot be supplied -> changed quantity 6.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, quantity=6)))
    return [p], eml, exp


# 057 ------------------------------------------------------------------
@case("gles-exim-blacklist-copy-of-message", "gl-ES", "bounce",
      "Classic single-part Exim bounce ('Mail delivery failed', X-Failed-Recipients) with a Galician 550 rejection text and the full copy of our PO mail below.")
def c057():
    p = po("4500018790", "ATLANTICO", "Rampas Atlántico S.L.", "pedidos@rampasatlantico.example", "gl-ES", "dana", "EUR",
           "2026-11-20", [
               ("LR-VAN-2400", "Van loading ramp aluminium 2400 mm, pair", 3, "PR", "685.00", "2026-12-15"),
               ("LR-EDGE-KIT", "Ramp edge fixing kit", 3, "SET", "42.00", "2026-12-15")])
    t = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  pedidos@rampasatlantico.example
    host mx.rampasatlantico.example [198.51.100.14]
    SMTP error from remote mail server after RCPT TO:<pedidos@rampasatlantico.example>:
    550 5.7.1 Mensaxe rexeitada: o enderezo IP do remitente figura nunha lista negra

------ This is a copy of the message, including all the headers. ------

Return-path: <dana.ruiz@brightwater-tools.example>
Received: from [10.20.1.45] (helo=ws-dana.brightwater-tools.example)
	by relay2.brightwater-tools.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.97)
	id 1tD8xQ-0003Kp-2N
	for pedidos@rampasatlantico.example; Fri, 20 Nov 2026 11:02:10 +0000
""" + orig_headers(p, hdate("2026-11-20 11:02:09", "+0000")) + "\n" + req_text(p) + "\n"
    eml = message(("Mail Delivery System", "Mailer-Daemon@relay2.brightwater-tools.example"), buyer(p),
                  "Mail delivery failed: returning message to sender", hdate("2026-11-20 11:02:12", "+0000"),
                  "<E1tD8xS-0003Ks-4P@relay2.brightwater-tools.example>", text(t, charset="us-ascii", cte="7bit"),
                  extra=[("X-Failed-Recipients", "pedidos@rampasatlantico.example"), ("Auto-Submitted", "auto-replied")])
    exp = expected("bounce", "Exim non-delivery report (550 5.7.1, sender IP blacklisted); the copy of our own PO request below is not an answer.")
    return [p], eml, exp


# 058 ------------------------------------------------------------------
@case("enie-confirmed-but-which-po", "en-IE", "needs_review",
      "Irish 'That's grand, your order is confirmed ... Friday week' in a new thread with no PO number while two POs are open with this supplier.")
def c058():
    a = po("4500018801", "EMERALD", "Emerald Irrigation Ltd", "orders@emeraldirrigation.example", "en-IE", "dana", "EUR",
           "2026-11-12", [("DR-ADJ-0-70", "Adjustable dripper 0-70 l/h", 1000, "EA", "0.38", "2026-12-11")])
    b_ = po("4500018819", "EMERALD", "Emerald Irrigation Ltd", "orders@emeraldirrigation.example", "en-IE", "dana", "EUR",
            "2026-11-17", [("DR-STAKE-4", "Dripper stake with 4-way outlet", 500, "EA", "0.62", "2026-12-11")])
    t = """Hi Dana,

That's grand, your order is confirmed, it'll go out with the courier Friday week.

Thanks a million,
Siobhán

Siobhán Ní Bhriain | Customer Service
Emerald Irrigation Ltd | Unit 4, Ballymount Industrial Estate, Dublin 12, D12 X2Y3
T +353 1 456 7890 | VAT IE 6388047V
"""
    eml = message(("Siobhán Ní Bhriain", "orders@emeraldirrigation.example"), buyer(a), "your order",
                  hdate("2026-11-23 10:05:33", "+0000"), mid("outlook", "emeraldirrigation.example", "58"), text(t))
    exp = expected("needs_review",
                   "'Your order is confirmed' but two POs are open with this supplier and the mail is a new thread with no PO number, item or reference: a careful buyer cannot tell which PO is meant.")
    return [a, b_], eml, exp


# 059 ------------------------------------------------------------------
@case("mtmt-maltese-rolls-of-100m", "mt-MT", "confirmation",
      "Maltese: rope only sold in 100 m rolls at €320.00 per roll, so 450 m becomes 5 rolls = 500 m (price per metre unchanged 3.20); 'nhar it-Tnejn 14 ta' Diċembru'.")
def c059():
    p = po("4500018828", "MALTAROPES", "Malta Marine Ropes Ltd", "sales@maltamarineropes.example", "mt-MT", "dana", "EUR",
           "2026-11-18", [
               ("MR-PES-10-M", "Polyester braided rope 10 mm, by the metre", 450, "M", "3.20", "2026-12-14"),
               ("MR-SPL-EYE", "Eye splice service", 20, "EA", "6.50", "2026-12-14")])
    t = """Għażiża Dana,

Grazzi tal-ordni 4500018828. Nikkonfermaw kif ġej:
1. Ħabel tal-poliester 10 mm: inbigħuh biss f'rombli ta' 100 m (€320.00 ir-romblu), għalhekk se nibagħtu 5 rombli = 500 m minflok 450 m.
2. Eye splice: 20 biċċa b'€6.50 kull waħda.
Kollox jasal nhar it-Tnejn 14 ta' Diċembru.

Sellimiet,
Joseph Camilleri
Malta Marine Ropes Ltd | Triq il-Marina, Marsa MRS 1234 | Tel: 2123 4567 | VAT MT1234-5678
"""
    eml = message(("Joseph Camilleri", "sales@maltamarineropes.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-19 11:45:02"), mid("outlook", "maltamarineropes.example", "59"), text(t), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1: rounded up to 5 rolls of 100 m = 500 M; €320.00 per 100 m roll = 3.20 per metre, unchanged -> changed quantity only. Line 2 as ordered. Monday 14 December (no year) = 2026-12-14 = requested.",
                   conf(p, l1=C(p, 1, quantity=500), l2=A(p, 2)))
    return [p], eml, exp


# 060 ------------------------------------------------------------------
@case("ensg-erp-csv-acknowledgement", "en-SG", "confirmation",
      "Singapore ERP mail with only a CSV sales-order acknowledgement (dd/mm/yyyy, uppercase remarks): one price revised, one indent item dated 04/01/2027.")
def c060():
    p = po("4500018836", "LIONCITY", "Lion City Refractories Pte Ltd", "sales@lioncityrefrac.example", "en-SG", "priya", "SGD",
           "2026-11-18", [
               ("KS-CORD-500", "Cordierite kiln shelf 500 x 400 x 15 mm", 40, "EA", "68.00", "2026-12-16"),
               ("KS-HALF-300", "Cordierite half shelf 300 x 200 x 12 mm", 60, "EA", "29.50", "2026-12-16"),
               ("KS-POST-100", "Kiln post 100 mm, square", 80, "EA", "4.20", "2026-12-16")])
    csv = ("SO No,Customer PO,Line,Item,Description,Qty,UOM,Unit Price (SGD),Delivery Date,Remarks\r\n"
           "SO-26-04471,4500018836,1,KS-CORD-500,CORDIERITE SHELF 500X400X15,40,PCS,68.00,16/12/2026,\r\n"
           "SO-26-04471,4500018836,2,KS-HALF-300,CORDIERITE HALF SHELF 300X200X12,60,PCS,31.20,16/12/2026,PRICE REVISED WEF 01/11/2026\r\n"
           "SO-26-04471,4500018836,3,KS-POST-100,KILN POST 100MM SQ,80,PCS,4.20,04/01/2027,INDENT ITEM\r\n")
    t = """Dear Customer,

Please find attached Sales Order Acknowledgement SO-26-04471 for your PO 4500018836.

This is a system generated email. Please do not reply to this email.

Lion City Refractories Pte Ltd | 21 Tuas South Ave 2, Singapore 637312 | UEN 200912345K | GST Reg No. M2-0123456-7
"""
    b = multipart("mixed", [text(t, charset="us-ascii", cte="7bit"),
                            attachment(csv.encode("ascii"), "text/csv", "SO-26-04471.csv")], "=_b7e8c9d0a1f2_")
    eml = message(("LCR ERP", "erp-noreply@lioncityrefrac.example"), buyer(p),
                  "Sales Order Acknowledgement SO-26-04471 (Your PO 4500018836)", hdate("2026-11-20 17:05:00", "+0800"),
                  mid("erp", "lioncityrefrac.example", "60"), b, extra=[("Auto-Submitted", "auto-generated")])
    exp = expected("confirmation",
                   "ERP acknowledgement in the CSV. Line 1 as ordered. Line 2 price revised to 31.20 -> changed. Line 3 delivery 04/01/2027 (Singapore day-first = 4 Jan 2027) -> changed date.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, price="31.20"), l3=C(p, 3, date="2027-01-04")))
    return [p], eml, exp


# 061 ------------------------------------------------------------------
@case("nlbe-o365-ndr-onbestelbaar", "nl-BE", "bounce",
      "Dutch Office 365 NDR 'Onbestelbaar:' (5.1.10 recipient not found) that carries In-Reply-To/References of our request and the original as message/rfc822.")
def c061():
    p = po("4500018845", "DEKZEILEN", "Dekzeilen Vlaanderen BV", "bestellingen@dekzeilen-vl.example", "nl-BE", "mikael", "EUR",
           "2026-11-20", [
               ("TP-PVC-3X5-VL", "PVC tarpaulin 3 x 5 m, 650 g/m2, green", 60, "PC", "58.00", "2026-12-18"),
               ("TP-BUNGEE-25", "Tarp bungee 25 cm, pack of 10", 30, "PC", "6.40", "2026-12-18")])
    plain = """Uw bericht aan bestellingen@dekzeilen-vl.example kan niet worden bezorgd.

bestellingen wurde niet gevonden bij dekzeilen-vl.example.

Actie vereist                  Ontvanger
Onbekende ontvanger            bestellingen@dekzeilen-vl.example

Hoe kan ik dit oplossen?
Het adres is mogelijk verkeerd gespeld of bestaat niet. Controleer het e-mailadres en verzend het bericht opnieuw.

Diagnostische gegevens voor beheerders:
Server genereren: AM0PR02MB5523.eurprd02.prod.outlook.com
bestellingen@dekzeilen-vl.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
    html = html_doc("<p><b>Uw bericht aan bestellingen@dekzeilen-vl.example kan niet worden bezorgd.</b></p><p>bestellingen is niet gevonden bij dekzeilen-vl.example.</p><p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>")
    plain = plain.replace("wurde niet gevonden", "is niet gevonden")
    alt = multipart("alternative", [text(plain), text(html, "html")], "_002_AM0PR02MB5523A8B1C2D3E4F5AM0PR02MB5523eurp_")
    ds = Part([("Content-Type", "message/delivery-status")], b"""Reporting-MTA: dns;AM0PR02MB5523.eurprd02.prod.outlook.com
Received-From-MTA: dns;brightwater-tools.example
Arrival-Date: Fri, 20 Nov 2026 14:31:06 +0000

Original-Recipient: rfc822;bestellingen@dekzeilen-vl.example
Final-Recipient: rfc822;bestellingen@dekzeilen-vl.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""")
    om = Part([("Content-Type", "message/rfc822")], orig_headers(p, hdate("2026-11-20 15:31:05")).encode() + b"\n" + req_text(p).encode() + b"\n")
    b = multipart("report", [alt, ds, om], "_003_AM0PR02MB5523A8B1C2D3E4F5AM0PR02MB5523eurp_", extra="; report-type=delivery-status")
    eml = message(("Microsoft Outlook", "postmaster@brightwater-tools.example"), buyer(p),
                  "Onbestelbaar: " + req_subject(p), hdate("2026-11-20 14:31:08", "+0000"),
                  mid("outlook", "brightwater-tools.example", "61"), b,
                  extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"), ("Content-Language", "nl-BE")],
                  **reply_hdrs(p))
    exp = expected("bounce", "Office 365 non-delivery report (recipient not found). In-Reply-To/References point to our request, but this is a DSN, not a supplier reply.")
    return [p], eml, exp


# 062 ------------------------------------------------------------------
@case("dede-preisanpassung-rundschreiben", "de-DE", "unrelated",
      "German circular 'Preisanpassung zum 01.01.2027' (+6,5 %) from the same supplier with a price list PDF; current orders until 31.12.2026 keep old prices; not an answer to our PO.")
def c062():
    p = po("4500018853", "KONSOLENBAU", "Konsolenbau Westfalen GmbH", "vertrieb@konsolenbau-westfalen.example", "de-DE", "lena", "EUR",
           "2026-11-19", [
               ("SB-WALL-300", "Wall shelf bracket 300 mm, steel, white", 800, "EA", "2.15", "2026-12-17"),
               ("SB-RAIL-1000", "Twin-slot wall rail 1000 mm", 200, "EA", "4.90", "2026-12-17")])
    t = """Sehr geehrte Damen und Herren,

aufgrund der weiter gestiegenen Stahl- und Energiekosten sehen wir uns leider gezwungen, unsere Listenpreise zum 01.01.2027 um durchschnittlich 6,5 % anzuheben.

Für alle Aufträge mit Liefertermin bis einschließlich 31.12.2026 gelten selbstverständlich noch die bisherigen Preise. Die neue Preisliste 2027 finden Sie im Anhang.

Wir danken Ihnen für Ihr Verständnis und die gute Zusammenarbeit.

Mit freundlichen Grüßen

Konsolenbau Westfalen GmbH
i. A. Birgit Schulte, Vertriebsleitung
Gewerbering 12 · 59269 Beckum · Tel. 02521 8812-0
Amtsgericht Münster HRB 12345 · USt-IdNr. DE123456789 · Geschäftsführer: Dr. Frank Hölscher
"""
    pdf = make_pdf([
        "KONSOLENBAU WESTFALEN GMBH - PREISLISTE 2027 (gueltig ab 01.01.2027)",
        "",
        "Artikel        Bezeichnung                          Preis/Stk EUR",
        "SB-WALL-200    Wandkonsole 200 mm weiss                     1,89",
        "SB-WALL-300    Wandkonsole 300 mm weiss                     2,29",
        "SB-WALL-400    Wandkonsole 400 mm weiss                     2,79",
        "SB-RAIL-1000   Wandschiene 2-reihig 1000 mm                 5,22",
        "SB-RAIL-2000   Wandschiene 2-reihig 2000 mm                 9,95",
        "",
        "Alle Preise netto ab Werk zzgl. MwSt.",
    ], producer="Microsoft Word")
    b = multipart("mixed", [text(t, charset="iso-8859-1"), attachment(pdf, "application/pdf", "Preisliste_2027.pdf")],
                  "----=_NextPart_000_0A1B_01DB3E5F.8C7D6E50")
    eml = message(("Konsolenbau Westfalen Vertrieb", "vertrieb@konsolenbau-westfalen.example"), ("Konsolenbau Kunden", "kunden@konsolenbau-westfalen.example"),
                  "Preisanpassung zum 01.01.2027", hdate("2026-11-23 08:00:00"),
                  mid("exchange", "konsolenbau-westfalen.example", "62"), b)
    exp = expected("unrelated",
                   "A general price-increase circular to all customers (sent to an undisclosed list), effective 01.01.2027; our PO 4500018853 is not mentioned and, delivering in Dec 2026, keeps the old prices anyway. Not an answer about the order.")
    return [p], eml, exp


# 063 ------------------------------------------------------------------
@case("enin-oa-pdf-rs-per-no-2nd-week-jan", "en-IN", "confirmation",
      "Indian English 'PFA Order Acceptance' with a PDF (lakh-grouped totals, dd.mm.yyyy): revised rate 'Rs. 685/- per no.', one item dispatched '2nd week of Jan'27' = 15.01.2027 in the PDF.")
def c063():
    p = po("4500018861", "MAUSAM", "Mausam Instruments Pvt. Ltd.", "sales@mausaminstruments.example", "en-IN", "priya", "INR",
           "2026-11-17", [
               ("RG-IMD-200", "Ordinary rain gauge 200 cm2, FRP, IMD pattern", 25, "EA", "4850.00", "2026-12-21"),
               ("RG-MC-10", "Measuring cylinder 10 mm, glass", 25, "EA", "640.00", "2026-12-21"),
               ("RG-TBR-02", "Tipping bucket rain gauge 0.2 mm with logger", 5, "EA", "38500.00", "2026-12-21")])
    pdf = make_pdf([
        "MAUSAM INSTRUMENTS PVT. LTD.                      ORDER ACCEPTANCE",
        "Plot 44, Sector 6, IMT Manesar, Gurugram 122050   OA No.: OA/26-27/0912",
        "GSTIN: 06AACCM4321K1Z2                            Date  : 19.11.2026",
        "",
        "Customer : Brightwater Tools & Supply",
        "PO No.   : 4500018861 dt. 17.11.2026",
        "",
        "Sl  Item        Description                        Qty  Unit   Rate (Rs)      Amount (Rs)  Desp. Date",
        "1   RG-IMD-200  Ordinary Rain Gauge 200 cm2 FRP     25  Nos    4,850.00      1,21,250.00  21.12.2026",
        "2   RG-MC-10    Measuring Cylinder 10 mm glass      25  Nos      685.00        17,125.00  21.12.2026",
        "3   RG-TBR-02   Tipping Bucket RG 0.2mm + logger     5  Nos   38,500.00      1,92,500.00  15.01.2027",
        "",
        "                                               Sub Total      3,30,875.00",
        "                                               IGST @ 18%       59,557.50",
        "                                               Grand Total    3,90,432.50",
        "",
        "Freight: extra at actuals.  Payment: 30 days from invoice.",
        "For Mausam Instruments Pvt. Ltd.  -  Authorised Signatory",
    ], producer="Tally.ERP 9")
    t = """Dear Ma'am,

Greetings from Mausam Instruments!

We thank you for your valued PO no. 4500018861 dt. 17.11.2026. PFA our Order Acceptance OA/26-27/0912 for your kind perusal. Kindly note:
1) Rate of measuring cylinder revised to Rs. 685/- per no. due to increase in glass cost.
2) Tipping bucket RG will be dispatched in 2nd week of Jan'27 as sensor is import item.

All other terms as per PO. Freight extra at actuals.

Thanks & Regards,
Anil Sharma
Manager - Sales & Marketing
Mausam Instruments Pvt. Ltd.
M: +91 98100 12345 | T: 0124-4012345
"""
    b = multipart("mixed", [multipart("alternative", [text(t), text(html_doc("<div>" + t.replace("&", "&amp;").replace("\n", "<br>") + "</div>"), "html")], "000000000000f1e2d30605eb55aa01"),
                            attachment(pdf, "application/pdf", "OA-26-27-0912.pdf")], "000000000000f1e2d50605eb55aa03")
    eml = message(("Anil Sharma", "sales@mausaminstruments.example"), buyer(p), "Re: " + req_subject(p) + " - Order Acceptance",
                  hdate("2026-11-19 18:22:14", "+0530"), mid("gmail", "x", "63"), b, **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1 as ordered (despatch 21.12.2026). Line 2 rate revised to 685.00 per no. -> changed price. Line 3 despatch 15.01.2027 per the OA PDF (the body's '2nd week of Jan'27' agrees; ship date only, so it is the date) -> changed date. Freight extra does not change unit prices.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, price="685.00"), l3=C(p, 3, date="2027-01-15")))
    return [p], eml, exp


# 064 ------------------------------------------------------------------
@case("huhu-hazon-kivul", "hu-HU", "auto_reply",
      "Hungarian 'Házon kívül' auto-reply (ISO-8859-2 QP) with vacation dates and a colleague's phone and e-mail.")
def c064():
    p = po("4500018870", "KEZISZ", "Kéziszerszám Kft.", "rendeles@keziszerszam.example", "hu-HU", "lena", "HUF",
           "2026-11-20", [
               ("ND-SET-8-HU", "Nut driver set 8 pcs, 4-13 mm", 25, "SET", "12900", "2026-12-16"),
               ("ND-7-MAG-HU", "Nut driver 7 mm, magnetic", 100, "EA", "1450", "2026-12-16")])
    t = """Tisztelt Partnerünk!

2026. november 20. és 27. között szabadságon vagyok, e-mailjeimet nem olvasom.
Sürgős rendelési ügyekben kérem, keresse kollégámat, Nagy Évát (+36 1 234 5678, eva.nagy@keziszerszam.example).

Üdvözlettel:
Kovács Péter
Kéziszerszám Kft.
"""
    eml = message(("Kovács Péter", "rendeles@keziszerszam.example"), buyer(p), "Házon kívül: " + req_subject(p),
                  hdate("2026-11-20 11:05:44"), mid("outlook", "keziszerszam.example", "64"),
                  text(t, charset="iso-8859-2"), charset="iso-8859-2",
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], **reply_hdrs(p))
    exp = expected("auto_reply", "Out-of-office auto-reply (vacation 20-27 November); nothing about the order.")
    return [p], eml, exp


# 065 ------------------------------------------------------------------
@case("kage-georgian-full-confirmation", "ka-GE", "confirmation",
      "Georgian (Mkhedruli script) confirmation 'სრულად' with quantities, prices and 18.12.2026 unchanged; only the PO number and date are in Latin digits.")
def c065():
    p = po("4500018882", "GHOBE", "Ghobe LLC", "sales@ghobe.example", "ka-GE", "tom", "GEL",
           "2026-11-18", [
               ("FP-MET-60-2500", "Metal fence post 60 x 40 mm, 2500 mm", 150, "EA", "42.00", "2026-12-18"),
               ("FP-CLAMP-60", "Panel clamp for 60 mm post", 600, "EA", "1.80", "2026-12-18")])
    t = """გამარჯობა ტომ,

გიდასტურებთ შეკვეთას № 4500018882 სრულად: რაოდენობა, ფასები და მიწოდების თარიღი (18.12.2026) უცვლელია.

პატივისცემით,
ნინო ბერიძე
შპს „ღობე“ | თბილისი, დავით აღმაშენებლის ხეივანი 12 | +995 32 2 45 67 89
"""
    eml = message(("Nino Beridze", "sales@ghobe.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-20 12:10:30", "+0400"), mid("plain", "ghobe.example", "65"), text(t, cte="base64"), **reply_hdrs(p))
    exp = expected("confirmation", "Full confirmation: quantities, prices and delivery date 18.12.2026 unchanged -> both lines accepted.",
                   conf(p, l1=A(p, 1), l2=A(p, 2)))
    return [p], eml, exp


# 066 ------------------------------------------------------------------
@case("roro-two-options-which-do-you-prefer", "ro-RO", "needs_review",
      "Romanian: cannot deliver everything on 15.12, offers (a) all 50 on 15.01.2027 or (b) 30 now + 20 in February, and asks which we prefer.")
def c066():
    p = po("4500018890", "CARPATI", "Prelate Carpați SRL", "comenzi@prelatecarpati.example", "ro-RO", "mikael", "RON",
           "2026-11-19", [("TP-PVC-8X10", "PVC tarpaulin 8 x 10 m, 650 g/m2", 50, "PC", "1150.00", "2026-12-15")])
    t = """Bună ziua domnule Berg,

Mulțumim pentru comanda 4500018890. Pentru data de 15.12 nu putem livra toată cantitatea. Vă propunem două variante:
 a) toate cele 50 buc. pe 15.01.2027;
 b) 30 buc. pe 15.12.2026 și restul de 20 buc. în februarie.
Vă rugăm să ne spuneți ce variantă preferați, iar apoi vă trimitem confirmarea.

Cu stimă,
Andreea Popescu
Prelate Carpați SRL | Str. Fabricii 7, 500269 Brașov | tel. 0268 412 300 | CUI RO12345678
"""
    eml = message(("Andreea Popescu", "comenzi@prelatecarpati.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-23 10:40:22", "+0200"), mid("outlook", "prelatecarpati.example", "66"), text(t), **reply_hdrs(p))
    exp = expected("needs_review", "Two alternative schedules are offered and the buyer must choose; the confirmation follows only afterwards. No single commitment.")
    return [p], eml, exp


# 067 ------------------------------------------------------------------
@case("kkkz-rope-by-kg-whole-coils", "kk-KZ", "confirmation",
      "Kazakh: rope ordered in KG is only sold in whole coils (~24 kg), 100 kg -> 5 coils = 120 kg at unchanged 3 400 теңге/kg; date '2027 жылғы 15 қаңтар'.")
def c067():
    p = po("4500018902", "ARQAN", "Arqan Tech LLP", "sales@arqantech.example", "kk-KZ", "mikael", "KZT",
           "2026-11-18", [
               ("MR-PA-20-KG", "Polyamide marine rope 20 mm, sold by weight", 100, "KG", "3400.00", "2027-01-15"),
               ("MR-THIMB-20", "Galvanised thimble for 20 mm rope", 40, "EA", "650.00", "2027-01-15")])
    t = """Құрметті Микаэль мырза,

4500018902 тапсырысыңызды растаймыз:
1. Полиамид арқан 20 мм: тек толық орамамен сатылады, бір орам 220 м, шамамен 24 кг. 100 кг орнына 5 орам = 120 кг жібереміз. Бағасы 1 кг үшін 3 400 теңге, өзгеріссіз.
2. Коуш 20 мм: 40 дана, 650 теңгеден.
Жеткізу мерзімі: 2027 жылғы 15 қаңтар.

Құрметпен,
Айгүл Серікқызы
«Арқан Тех» ЖШС | Алматы, Сүйінбай даңғылы 89 | +7 727 355 12 40 | БСН 120540012345
"""
    eml = message(("Айгүл Серікқызы", "sales@arqantech.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-19 16:20:11", "+0500"), mid("plain", "arqantech.example", "67"), text(t, cte="base64"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1: 5 whole coils = 120 kg instead of 100 kg, price per kg unchanged, 15 January 2027 = requested -> changed quantity 120 (the stated 120 kg, not 5 x 24). Line 2 as ordered -> accepted.",
                   conf(p, l1=C(p, 1, quantity=120), l2=A(p, 2)))
    return [p], eml, exp


# 068 ------------------------------------------------------------------
@case("azaz-new-offer-on-monday", "az-AZ", "needs_review",
      "Azerbaijani: order received, prices change from December, a new offer will come on Monday and the delivery date only after we approve it.")
def c068():
    p = po("4500018911", "HAVASHLANQ", "Hava Şlanq MMC", "satis@havashlanq.example", "az-AZ", "tom", "AZN",
           "2026-11-19", [
               ("AH-HYB-10-30", "Hybrid air hose 10 mm, 30 m", 20, "EA", "48.00", "2026-12-16"),
               ("AH-BLOW-GUN", "Air blow gun with 100 mm nozzle", 20, "EA", "9.50", "2026-12-16")])
    t = """Hörmətli Tom bəy,

4500018911 nömrəli sifarişinizi aldıq, təşəkkür edirik. Qiymətlərimiz dekabrdan dəyişir, ona görə yeni qiymət təklifini bazar ertəsi göndərəcəyik. Təklifi təsdiq etdikdən sonra çatdırılma tarixini bildirəcəyik.

Hörmətlə,
Rəşad Məmmədov
Hava Şlanq MMC | Bakı, Binəqədi şossesi 45 | +994 12 555 44 33 | VÖEN 1401234567
"""
    eml = message(("Rəşad Məmmədov", "satis@havashlanq.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-20 11:30:19", "+0400"), mid("plain", "havashlanq.example", "68"), text(t), **reply_hdrs(p))
    exp = expected("needs_review", "Receipt plus a promise of a new price offer on Monday; the delivery date comes only after we approve it. Nothing committed.")
    return [p], eml, exp


# 069 ------------------------------------------------------------------
@case("sqal-forwarded-internal-not-official", "sq-AL", "needs_review",
      "Albanian rep forwards the warehouse note ('we can ship 18 Dec, must order the posts') but says the official confirmation with prices and dates follows after the director approves.")
def c069():
    p = po("4500018920", "QERAMIKA", "Qeramika Durrës Sh.p.k.", "shitje@qeramikadurres.example", "sq-AL", "lena", "EUR",
           "2026-11-19", [
               ("KS-MULL-450", "Mullite kiln shelf 450 x 300 x 15 mm", 30, "EA", "42.00", "2026-12-18"),
               ("KS-POST-75", "Kiln post 75 mm", 60, "EA", "3.10", "2026-12-18")])
    t = """Përshëndetje znj. Vogt,

po ju përcjell për dijeni përgjigjen e magazinës. Konfirmimin zyrtar me çmimet dhe datat do t'jua dërgojmë pasi ta miratojë drejtori tregtar, brenda kësaj jave.

Me respekt,
Arben Hoxha
Shitje | Qeramika Durrës Sh.p.k. | Rruga Industriale 5, Durrës | +355 52 123 456 | NIPT L12345678A

-------- Mesazhi i përcjellë --------
Nga: Magazina <magazina@qeramikadurres.example>
Data: 20.11.2026 17:12
Për: Arben Hoxha <shitje@qeramikadurres.example>
Tema: Re: PO 4500018920

Arben, pllakat 450x300 i kemi, mund t'i nisim më 18 dhjetor. Këmbët 75 mm duhet t'i porosisim te furnitori.
Ilir
"""
    eml = message(("Arben Hoxha", "shitje@qeramikadurres.example"), buyer(p), "Fwd: Re: PO 4500018920",
                  hdate("2026-11-23 09:40:07"), mid("plain", "qeramikadurres.example", "69"), text(t))
    exp = expected("needs_review",
                   "The forwarded warehouse note is internal information; the rep explicitly says the official confirmation with prices and dates will follow after approval. No commitment yet.")
    return [p], eml, exp


# 070 ------------------------------------------------------------------
@case("bgbg-win1251-nozzle-new-price-later", "bg-BG", "confirmation",
      "Bulgarian (windows-1251 QP): two lines as ordered, the automatic nozzle at a new price 39,90 EUR and delivered 22.12.2026 г. instead of 15.12.")
def c070():
    p = po("4500018933", "TRAKIA", "Pompi Trakia OOD", "prodajbi@pompitrakia.example", "bg-BG", "mikael", "EUR",
           "2026-11-18", [
               ("BP-HAND-RT", "Rotary hand barrel pump, cast iron", 20, "EA", "54.00", "2026-12-15"),
               ("BP-DIESEL-12V", "Diesel transfer pump 12 V, 40 l/min", 8, "EA", "139.00", "2026-12-15"),
               ("BP-NOZ-AUTO", "Automatic fuel nozzle 3/4\"", 8, "EA", "36.50", "2026-12-15")])
    t = """Здравейте, г-н Берг,

Потвърждаваме поръчка № 4500018933:
1. Ротационна ръчна помпа - 20 бр. x 54,00 EUR - доставка 15.12.2026 г.
2. Помпа за дизел 12 V - 8 бр. x 139,00 EUR - доставка 15.12.2026 г.
3. Автоматичен пистолет 3/4" - 8 бр. Цената е 39,90 EUR/бр. (нова доставна цена), доставка 22.12.2026 г.

Поздрави,
Стефан Димитров
Помпи Тракия ООД | гр. Пловдив, бул. Кукленско шосе 17 | тел. 032 60 45 12 | ЕИК 115123456
"""
    eml = message(("Стефан Димитров", "prodajbi@pompitrakia.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-19 14:14:37", "+0200"), mid("outlook", "pompitrakia.example", "70"),
                  text(t, charset="windows-1251"), charset="windows-1251", **reply_hdrs(p))
    exp = expected("confirmation",
                   "Lines 1 and 2 as ordered (15.12.2026). Line 3: new price 39.90 and delivery 22.12.2026 -> changed price and date.",
                   conf(p, l1=A(p, 1), l2=A(p, 2), l3=C(p, 3, price="39.90", date="2026-12-22")))
    return [p], eml, exp
