"""Cases, chunk 2."""
import csv
import io

from afcases.common import *  # noqa: F401,F403


# ---------------------------------------------------------------------------------------------
@case
def subject_only_answer():
    sup = Sup("GLENFORREST", "Glen Forrest Lab Diets Pty Ltd", "ordering@glenforrest-diets.example", "en-AU")
    po = PO("CRS-PO-7391", sup, B_LAB, "GBP", D(2026, 11, 16), [
        L(1, "GF-SF00-100", "Rat & mouse breeder diet, irradiated, 20 kg bag", 40, "BAG", "54.60", D(2026, 12, 18)),
        L(2, "GF-SF09-091", "Rabbit maintenance pellets, 20 kg bag", 20, "BAG", "41.80", D(2026, 12, 18)),
    ])
    date, when = date_hdr(2026, 11, 17, 8, 12, 40, 480)
    body = """

Cheers,

Matt Harrison
Customer Service | Glen Forrest Lab Diets Pty Ltd
3 Mundaring Weir Rd, Glen Forrest WA 6071
Ph +61 8 9555 0142

This email and any attachments are confidential and may be privileged. If you are not the intended recipient please notify the sender and delete it."""
    sent = "Monday, 16 November 2026 6:45 PM"
    part = outlook_reply("c021", body, "en", po, B_LAB, sent, "EN-AU")
    subj = "RE: " + request_subject(po) + " - CONFIRMED AS ORDERED, ETA 18/12"
    h = std_headers(addr("Matt Harrison", "m.harrison@glenforrest-diets.example"), addr("Ingrid Solberg", B_LAB["email"]),
                    subj, date, mid_outlook("c021", "ausprd01"), irt=req_mid(po), refs=req_mid(po), lang="en-AU")
    return out("lab-diets-answer-in-subject-only", "en-AU",
               "The whole answer ('CONFIRMED AS ORDERED, ETA 18/12') is in the subject line; the body is only a signature, a disclaimer and the quoted PO.",
               po, message(h, part), "confirmation", [all_acc(po)],
               "Subject confirms all lines as ordered with ETA 18/12 = requested date.")


# ---------------------------------------------------------------------------------------------
@case
def image_only_pdf():
    sup = Sup("STRAITS", "Straits Components Pte Ltd", "sales.ops@straits-components.example", "en-SG")
    po = PO("4500088260", sup, B_SEMI, "EUR", D(2026, 11, 12), [
        L(1, "VE-TVS-SMBJ15A", "TVS diode SMBJ15A, SMB package", 6000, "EA", "0.062", D(2026, 12, 14)),
        L(2, "VE-MCU-G071", "MCU STM32G071KBT6, LQFP32", 500, "EA", "1.94", D(2026, 12, 14)),
    ])
    date, when = date_hdr(2026, 11, 18, 15, 26, 7, 480)
    lines = [
        "STRAITS COMPONENTS PTE LTD",
        "10 UBI CRESCENT #05-21 SINGAPORE 408564",
        "",
        "ORDER CONFIRMATION   OC-26-118734",
        "DATE: 18/11/2026",
        "CUSTOMER: VANTOR ELECTRONICS GMBH",
        "CUSTOMER PO: 4500088260",
        "",
        "LN  PART NO          QTY     UNIT PRICE EUR   DELIVERY",
        "1   SMBJ15A-13-F     6,000   0.062            14/12/2026",
        "2   STM32G071KBT6    500     1.94             11/01/2027",
        "",
        "REMARKS: LN 2 ON ALLOCATION - FACTORY LEAD TIME",
        "INCOTERMS: FCA SINGAPORE    PAYMENT: 30 DAYS NET",
    ]
    pdfb = pdf.image_pdf(lines, info={"Producer": "RICOH IM C3000 Scan", "CreationDate": "D:20261118152201+08'00'"})
    body = "Hi Jonas, pls find attached OC for your PO 4500088260.\n\nThanks & regards\nWei Ling Tan\nSales Operations | Straits Components Pte Ltd | +65 6555 2718"
    part = multipart("mixed", boundary("c022"), [
        multipart("alternative", boundary("c022a"), [text(body), html(simple_html(body))]),
        attachment(pdfb, "application/pdf", "OC-26-118734.pdf"),
    ])
    h = std_headers(addr("Tan Wei Ling", "weiling.tan@straits-components.example"), addr("Jonas Weber", B_SEMI["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c022", "apcprd06"), irt=req_mid(po), refs=req_mid(po),
                    lang="en-SG", attach=True)
    l1, l2 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, d=D(2027, 1, 11))})]
    return out("semis-answer-in-image-only-pdf", "en-SG",
               "The body is one line; the actual confirmation is a scanned, image-only PDF with no text layer (line 2 moved to 11/01/2027).",
               po, message(h, part), "confirmation", confs,
               "Image PDF: line 1 as ordered (14/12/2026), line 2 same qty/price, delivery 2027-01-11. Needs OCR or a human.")


# ---------------------------------------------------------------------------------------------
@case
def confirmed_three_exceptions():
    sup = Sup("HIGHVELD", "Highveld Brake & Clutch (Pty) Ltd", "sales@highveld-brake.example", "en-ZA")
    po = PO("KAP-PO-55874", sup, B_AUTO, "EUR", D(2026, 11, 13), [
        L(1, "HBC-BP-F-HILUX", "Front brake pad axle set Toyota Hilux 2.8 GD-6", 60, "SET", "21.40", D(2026, 12, 11)),
        L(2, "HBC-BP-R-POLO", "Rear brake pad axle set VW Polo Vivo", 40, "SET", "14.90", D(2026, 12, 11)),
        L(3, "HBC-CK-RANGER", "Clutch kit 3-piece Ford Ranger 2.2 TDCi", 12, "PCS", "148.00", D(2026, 12, 11)),
        L(4, "HBC-BS-R-QUANTUM", "Brake shoe set rear Toyota Quantum", 30, "SET", "17.60", D(2026, 12, 11)),
        L(5, "HBC-DP-290-VENT", "Brake disc pair 290 mm vented, Hilux", 20, "PR", "64.50", D(2026, 12, 11)),
    ])
    date, when = date_hdr(2026, 11, 18, 8, 5, 19, 120)
    body = """Morning Aylin

PO KAP-PO-55874 is confirmed, with the following exceptions:

1. Polo Vivo rear pads - we only have 24 sets; the balance of 16 sets is on back order with no date yet, so please take it as 24 sets on this order.
2. Ranger clutch kits - our supplier increased prices on 1 November, new price EUR 156.50 per kit.
3. Hilux discs (290 mm) - machining capacity is full, earliest delivery 2026/12/18.

Everything else as per your order, delivery to your Rotterdam DC 2026/12/11, CIP.

Kind regards
Thabo Nkosi
Export Sales
Highveld Brake & Clutch (Pty) Ltd
14 Steel Road, Spartan, Kempton Park 1619
Tel +27 11 555 0386"""
    sent = "Friday, 13 November 2026 16:40"
    part = outlook_reply("c023", body, "en", po, B_AUTO, sent, "EN-ZA")
    h = std_headers(addr("Thabo Nkosi", "thabo.nkosi@highveld-brake.example"), addr("Aylin Demir", B_AUTO["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c023"), irt=req_mid(po), refs=req_mid(po), lang="en-ZA")
    l1, l2, l3, l4, l5 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, q=24), 3: chg(l3, p="156.50"), 4: acc(l4), 5: chg(l5, d=D(2026, 12, 18))})]
    return out("brake-parts-confirmed-with-three-exceptions", "en-ZA",
               "Opens with 'confirmed' and then lists three exceptions numbered 1-3 that are not PO lines 1-3; dates are written yyyy/mm/dd.",
               po, message(h, part), "confirmation", confs,
               "Exception 1 = line 2 (24 sets), 2 = line 3 (156.50), 3 = line 5 (2026-12-18); lines 1 and 4 as ordered.")


# ---------------------------------------------------------------------------------------------
@case
def end_of_week_50():
    sup = Sup("VASUDHA", "Vasudha Inks Pvt. Ltd.", "exports@vasudha-inks.example", "en-IN")
    po = PO("PWP-4471", sup, B_INK, "EUR", D(2026, 11, 9), [
        L(1, "VI-FLX-CYAN-W", "Water-based flexo ink process cyan, 20 kg can", 400, "KG", "4.85", D(2026, 12, 9)),
        L(2, "VI-FLX-BLK-W", "Water-based flexo ink black, 20 kg can", 600, "KG", "4.10", D(2026, 12, 9)),
        L(3, "VI-VAR-OPV-M", "Overprint varnish matt, 25 kg can", 250, "KG", "3.60", D(2026, 12, 9)),
    ])
    w50 = week_friday(2026, 50)
    date, when = date_hdr(2026, 11, 12, 12, 41, 55, 330)
    body = """Dear Sir,

Greetings from Vasudha Inks!!

We are in receipt of your PO No. PWP-4471 dtd. 09-11-2026 and hereby confirm the same as under:

a) Process Cyan (water based) - 400 kg (20 cans x 20 kg) @ EUR 4.85/kg
b) Black (water based) - 600 kg (30 cans x 20 kg) @ EUR 4.10/kg
c) OPV Matt - 250 kg (10 cans x 25 kg) @ EUR 3.60/kg

Material will be delivered at your Hamburg warehouse by end of week 50. Batch shelf life is 12 months from date of manufacture; COA and MSDS will accompany the shipment.

Payment: 30 days from B/L date as agreed.

Kindly acknowledge.

Thanks & Regards,
Rohit Deshpande
Manager - Exports
Vasudha Inks Pvt. Ltd.
Plot No. 47, MIDC Bhosari, Pune - 411026
Mob: +91 98220 55431"""
    attribution = "On Mon, 9 Nov 2026 at 16:05, Felix Hartmann <f.hartmann@printwerk-packaging.example> wrote:"
    part = gmail_reply("c024", body, attribution, request_text(po, B_INK))
    h = std_headers(addr("Rohit Deshpande", "rohit.d@vasudha-inks.example"), addr("Felix Hartmann", B_INK["email"]),
                    "Re: " + request_subject(po), date, mid_gmail("c024"), irt=req_mid(po), refs=req_mid(po), client="gmail")
    confs = [conf(po, {ln["line"]: chg(ln, d=w50) for ln in po["lines"]})]
    return out("printing-inks-end-of-week-50", "en-IN",
               "Lines are lettered a/b/c and the only date is 'end of week 50' (Friday 11 Dec, two days after the request); the PO date 09-11-2026 is dd-mm.",
               po, message(h, part), "confirmation", confs,
               "All lines confirmed at PO qty/price; 'end of week 50' -> Fri 2026-12-11.")


# ---------------------------------------------------------------------------------------------
@case
def early_delivery_offered():
    sup = Sup("PRAEZISA", "Präzisa Werkzeuge AG", "verkauf@praezisa.example", "de-CH")
    po = PO("THR-PO-10277", sup, B_TOOL2, "EUR", D(2026, 11, 12), [
        L(1, "PZ-HSS-SET-19", "HSS-G drill bit set DIN 338, 1-10 mm, 19 pcs", 120, "SET", "18.60", D(2026, 12, 15)),
        L(2, "PZ-SDS-8X160", "SDS-plus hammer drill bit 8 x 160 mm", 500, "PCS", "2.35", D(2026, 12, 15)),
        L(3, "PZ-HS-TCT-68", "TCT hole saw 68 mm", 80, "PCS", "12.90", D(2026, 12, 15)),
    ])
    total = 120 * Decimal("18.60") + 500 * Decimal("2.35") + 80 * Decimal("12.90")
    assert total == Decimal("4439.00")
    date, when = date_hdr(2026, 11, 16, 10, 47, 31, 60)
    body = """Grüezi Herr Ashworth

Besten Dank für Ihre Bestellung THR-PO-10277. Wir bestätigen Ihnen diese vollumfänglich zu den bestellten Mengen und Preisen (Auftragswert EUR 4'439.00), Liefertermin wie gewünscht 15.12.2026.

Falls es Ihnen dient: Die Ware ist ab Lager verfügbar, wir könnten auch eine Woche früher liefern, also am 08.12.2026. Geben Sie uns einfach Bescheid, sonst bleibt es beim 15.12.

Freundliche Grüsse

Reto Baumgartner
Verkauf Innendienst
Präzisa Werkzeuge AG
Industriestrasse 9, 8500 Frauenfeld
T +41 52 555 37 10"""
    sent = "Donnerstag, 12. November 2026 15:20"
    part = outlook_reply("c025", body, "de", po, B_TOOL2, sent, "DE-CH")
    h = std_headers(addr("Baumgartner Reto", "reto.baumgartner@praezisa.example"), addr("Ben Ashworth", B_TOOL2["email"]),
                    "AW: " + request_subject(po), date, mid_outlook("c025"), irt=req_mid(po), refs=req_mid(po), lang="de-CH")
    return out("tool-accessories-early-delivery-offer", "de-CH",
               "Confirmed as ordered for 15.12., with an optional offer to deliver a week earlier (08.12.) that is not a commitment; Swiss 4'439.00 number format.",
               po, message(h, part), "confirmation", [all_acc(po)],
               "Committed date stays 2026-12-15 unless the buyer asks; all lines accepted.")


# ---------------------------------------------------------------------------------------------
@case
def revised_po_old_values():
    sup = Sup("VDBDEUREN", "Vandenberghe Deuren & Ramen NV", "orders@vandenberghe-deuren.example", "nl-BE")
    po = PO("NBS-2026-1158", sup, B_BUILD2, "EUR", D(2026, 11, 12), [
        L(1, "VDB-BD-930-2115", "Interior door leaf oak veneer, 930 x 2115 mm, flush", 36, "PCS", "212.00", D(2026, 12, 16)),
        L(2, "VDB-KZ-930", "Steel door frame for 930 mm leaf, wall 100 mm", 36, "PCS", "96.50", D(2026, 12, 16)),
        L(3, "VDB-EI30-930", "Fire-rated door EI30, 930 x 2115 mm", 4, "PCS", "468.00", D(2026, 12, 16)),
    ], rev=2)
    date, when = date_hdr(2026, 11, 13, 14, 18, 2, 60)
    body = """Goedemiddag Daniel,

Hierbij onze orderbevestiging OB-2026-5521 voor uw bestelling NBS-2026-1158 (rev. 2):

Pos 1  deurblad eik fineer 930 x 2115 mm, vlak        30 st   € 212,00   levering 09/12/2026
Pos 2  stalen deurkader 930 mm, muur 100 mm             30 st   € 96,50    levering 09/12/2026
Pos 3  brandwerende deur EI30 930 x 2115 mm              4 st   € 468,00   levering 09/12/2026

Levering op werf Leeds volgens afspraak, lossen met kraan door de klant.

Met vriendelijke groeten,
Els Claes
Verkoop binnendienst
Vandenberghe Deuren & Ramen NV
Kortrijksesteenweg 301, 8530 Harelbeke
T +32 56 55 71 20"""
    quoted_rev2 = request_text(po, B_BUILD2).replace(
        "please find below our purchase order", "please find below REVISION 2 of our purchase order").replace(
        "confirm quantities", "note the increased quantities (30 -> 36) and the new delivery date, and confirm quantities")
    sent = "donderdag 12 november 2026 11:31"
    hb = ol_block("nl", po, B_BUILD2, sent, request_subject(po) + " (rev. 2)")
    part = outlook_reply("c026", body, "nl", po, B_BUILD2, sent, "NL-BE", quoted=quoted_rev2, hblock=hb)
    h = std_headers(addr("Els Claes", "els.claes@vandenberghe-deuren.example"), addr("Daniel Brooks", B_BUILD2["email"]),
                    "RE: " + request_subject(po) + " (rev. 2)", date, mid_outlook("c026"), irt=req_mid(po),
                    refs=f"<po-nbs20261158.1@{B_BUILD2.domain}> {req_mid(po)}", lang="nl-BE")
    l1, l2, l3 = po["lines"]
    d_old = D(2026, 12, 9)
    confs = [conf(po, {1: chg(l1, q=30, d=d_old), 2: chg(l2, q=30, d=d_old), 3: chg(l3, d=d_old)})]
    return out("doors-revision-2-confirmed-with-rev1-values", "nl-BE",
               "Says it confirms revision 2 but lists revision 1's quantities (30) and date (09/12); the PO on file is revision 2 (36 pcs, 16/12).",
               po, message(h, part), "confirmation", confs,
               "Label what the supplier explicitly committed to: 30/30/4 pcs on 2026-12-09 at unchanged prices, i.e. changed against rev. 2.")


# ---------------------------------------------------------------------------------------------
@case
def asap_one_line():
    sup = Sup("SENALBAJIO", "Señalamientos Industriales del Bajío S.A. de C.V.", "ventas@senal-bajio.example", "es-MX")
    po = PO("FH-118377", sup, B_TOOL, "USD", D(2026, 11, 11), [
        L(1, "SIB-ALTO-12", "Stop sign 12\" aluminium, reflective", 200, "EA", "6.40", D(2026, 12, 4)),
        L(2, "SIB-SALIDA-LED", "Exit sign LED, bilingual SALIDA/EXIT", 40, "EA", "24.75", D(2026, 12, 4)),
        L(3, "SIB-EXT-PHOTO", "Fire extinguisher sign, photoluminescent, 8x12\"", 150, "EA", "3.10", D(2026, 12, 4)),
    ])
    date, when = date_hdr(2026, 11, 13, 10, 2, 45, -360)
    body = """Hola Megan, buen día.

Te confirmo la orden FH-118377:

Línea 1 - señal ALTO 12" aluminio reflejante: 200 pzas a USD 6.40, entrega 04/12/2026
Línea 2 - letrero SALIDA/EXIT LED: 40 pzas a USD 24.75, entrega ASAP. Estamos esperando los módulos LED de nuestro proveedor, en cuanto lleguen te las mando.
Línea 3 - señal extintor fotoluminiscente 8x12": 150 pzas a USD 3.10, entrega 04/12/2026

El flete va por cobrar con tu transportista en Laredo, como siempre.

Saludos cordiales,
Mariana López
Ventas Exportación
Señalamientos Industriales del Bajío S.A. de C.V.
León, Gto. | Tel. +52 477 555 1290"""
    attribution = "El mié, 11 nov 2026 a las 14:10, Megan Carter (<mcarter@fieldstone-hw.example>) escribió:"
    part = gmail_reply("c027", body, attribution, request_text(po, B_TOOL, "Hola Mariana,"))
    h = std_headers(addr("Mariana López", "mariana.lopez@senal-bajio.example"), addr("Megan Carter", B_TOOL["email"]),
                    "RE: " + request_subject(po), date, mid_gmail("c027"), irt=req_mid(po), refs=req_mid(po), client="gmail")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: unc(), 3: acc(l3)})]
    return out("safety-signs-asap-line", "es-MX",
               "Lines 1 and 3 confirmed for 04/12/2026, but line 2 only 'entrega ASAP' while waiting for LED modules: no date is committed.",
               po, message(h, part), "confirmation", confs,
               "Line 2 has quantity and price but 'ASAP' is no delivery commitment -> unconfirmed. 8x12\" and 12\" are sizes.")


# ---------------------------------------------------------------------------------------------
@case
def two_pos_one_mail():
    sup = Sup("CARPATINA", "Tâmplăria Carpatină SRL", "comenzi@tamplaria-carpatina.example", "ro-RO")
    po_a = PO("NBS-2026-1180", sup, B_BUILD2, "EUR", D(2026, 11, 6), [
        L(1, "TC-UI-800-2030", "Interior door solid pine, 800 x 2030 mm, primed", 24, "PCS", "118.00", D(2026, 12, 10)),
        L(2, "TC-UI-700-2030", "Interior door solid pine, 700 x 2030 mm, primed", 12, "PCS", "112.00", D(2026, 12, 10)),
    ])
    po_b = PO("NBS-2026-1195", sup, B_BUILD2, "EUR", D(2026, 11, 10), [
        L(1, "TC-TOC-800", "Door lining set pine for 800 mm door", 24, "SET", "34.50", D(2026, 12, 10)),
        L(2, "TC-PERVAZ-70", "Architrave pine 70 x 18 mm, 2.2 m", 240, "PCS", "2.90", D(2026, 12, 10)),
    ])
    date, when = date_hdr(2026, 11, 17, 13, 55, 8, 120)
    body = """Bună ziua domnule Brooks,

Vă confirmăm ambele comenzi:

Comanda NBS-2026-1180
- uși pin masiv 800 x 2030, grunduite – 24 buc. x 118,00 EUR
- uși pin masiv 700 x 2030, grunduite – 12 buc. x 112,00 EUR
Livrare: 10.12.2026

Comanda NBS-2026-1195
- tocuri pentru ușa de 800 – 24 seturi x 34,50 EUR, livrare 10.12.2026
- pervaz pin 70 x 18, 2,2 m – furnizorul nostru de cherestea a majorat prețul, putem livra cele 240 buc. la 3,15 EUR/buc., livrare 17.12.2026

Ușile și tocurile pleacă cu același camion, pervazul vine separat.

Cu stimă,
Ioana Popescu
Departament Vânzări Export
Tâmplăria Carpatină SRL
Str. Fabricii nr. 12, 550234 Sibiu
Tel. +40 269 555 418"""
    sent = "marți, 10 noiembrie 2026 16:02"
    hb = ol_block("ro", po_b, B_BUILD2, sent)
    part = outlook_reply("c028", body, "ro", po_b, B_BUILD2, sent, "RO", hblock=hb, cte="base64")
    h = std_headers(addr("Ioana Popescu", "ioana.popescu@tamplaria-carpatina.example"), addr("Daniel Brooks", B_BUILD2["email"]),
                    "RE: Comenzi NBS-2026-1180 și NBS-2026-1195", date, mid_outlook("c028"), irt=req_mid(po_b),
                    refs=f"{req_mid(po_a)} {req_mid(po_b)}", lang="ro-RO")
    b1, b2 = po_b["lines"]
    confs = [all_acc(po_a), conf(po_b, {1: acc(b1), 2: chg(b2, p="3.15", d=D(2026, 12, 17))})]
    return out("doors-two-pos-answered-together", "ro-RO",
               "One Romanian mail answers two POs in separate blocks, threaded on only the second request; the architrave line changes price and date.",
               [po_a, po_b], message(h, part), "confirmation", confs,
               "NBS-2026-1180 fully as ordered; NBS-2026-1195 line 1 as ordered, line 2 3.15 EUR and 2026-12-17.")


# ---------------------------------------------------------------------------------------------
@case
def some_pos_answered():
    sup = Sup("ZVEREX", "Zverex Slovakia s.r.o.", "objednavky@zverex.example", "sk-SK")
    po_a = PO("OP-7702", sup, B_PET, "EUR", D(2026, 10, 28), [
        L(1, "ZX-CATLIT-10L", "Clumping cat litter, bentonite, 10 l bag", 400, "BAG", "3.95", D(2026, 11, 27)),
        L(2, "ZX-CATLIT-25L", "Clumping cat litter, bentonite, 25 l bag", 120, "BAG", "8.40", D(2026, 11, 27)),
    ])
    po_b = PO("OP-7718", sup, B_PET, "EUR", D(2026, 11, 3), [
        L(1, "ZX-HAY-1KG", "Meadow hay for rodents, 1 kg pack", 300, "PCS", "2.15", D(2026, 12, 4)),
    ])
    po_c = PO("OP-7744", sup, B_PET, "EUR", D(2026, 11, 11), [
        L(1, "ZX-SAW-60L", "Softwood bedding shavings, 60 l bale", 150, "BAL", "6.80", D(2026, 12, 11)),
        L(2, "ZX-STRAW-1KG", "Barley straw, 1 kg pack", 200, "PCS", "1.90", D(2026, 12, 11)),
    ])
    date, when = date_hdr(2026, 11, 16, 11, 20, 13, 60)
    d11 = next_date(12, 11, when.date())
    body = """Dobrý deň pán Hallett,

posielam potvrdenie k Vašim otvoreným objednávkam:

OP-7702 (podstielka pre mačky)
  10 l: 400 vriec à 3,95 EUR
  25 l: 120 vriec à 8,40 EUR
  dodanie 27. 11. 2026

OP-7744 (hobliny a slama)
  hobliny 60 l: 150 balíkov à 6,80 EUR, dodanie 11. 12.
  jačmenná slama 1 kg: momentálne vieme dodať iba 150 ks (à 1,90 EUR), zvyšok tento rok už nebude. Dodanie spolu s hoblinami 11. 12.

Objednávku OP-7718 (seno) potvrdíme budúci týždeň, čakáme na novú úrodu od farmára.

S pozdravom
Martina Horváthová
predaj / export
Zverex Slovakia s.r.o., Priemyselná 8, 917 01 Trnava
tel. +421 33 555 1877"""
    plain = body + "\n"
    part = text(plain, charset="utf-8", cte="quoted-printable", flowed=True)
    h = std_headers(addr("Martina Horváthová", "horvathova@zverex.example"), B_PET["email"],
                    "Potvrdenie objednávok OP-7702, OP-7744", date, mid_uuid("c029", "zverex.example"), client="tb",
                    extra=[("Content-Language", "sk")])
    a1, a2 = po_a["lines"]
    c1, c2 = po_c["lines"]
    assert d11 == D(2026, 12, 11) == D.fromisoformat(c2["requested_date"])
    confs = [all_acc(po_a), conf(po_c, {1: acc(c1), 2: chg(c2, q=150, d=d11)})]
    return out("pet-supplies-two-of-three-pos", "sk-SK",
               "A fresh (unthreaded) mail answers two of three open POs; the third is only mentioned as 'next week' and must be left out, not marked unconfirmed.",
               [po_a, po_b, po_c], message(h, part), "confirmation", confs,
               "OP-7702 as ordered; OP-7744 line 2 only 150 pcs (date 11.12. = requested); OP-7718 only mentioned -> not listed.")


# ---------------------------------------------------------------------------------------------
@case
def xlsx_ack_serial_dates():
    sup = Sup("PRAIRIE", "Prairie Lab Nutrition LLC", "custserv@prairielabnutrition.example", "en-US")
    po = PO("CRS-PO-7405", sup, B_LAB, "USD", D(2026, 11, 10), [
        L(1, "PLN-2018-IRR", "Rodent diet 18% protein, irradiated, 25 lb bag", 80, "BAG", "46.20", D(2026, 12, 8)),
        L(2, "PLN-2020X-AC", "Rodent diet 2020X, autoclavable, 25 lb bag", 40, "BAG", "49.75", D(2026, 12, 8)),
        L(3, "PLN-2916-IRR", "Rodent diet 2916, irradiated, 25 lb bag", 60, "BAG", "51.10", D(2026, 12, 8)),
        L(4, "PLN-ENR-NEST", "Nesting material, paper, 2 kg case", 30, "CS", "22.00", D(2026, 12, 8)),
    ])
    date, when = date_hdr(2026, 11, 13, 16, 31, 2, -360)
    X = xlsx
    rows = [
        ["Prairie Lab Nutrition LLC - Sales Order Acknowledgment"],
        ["Sales Order", "SO-3318842", "", "Customer PO", "CRS-PO-7405"],
        ["Order Date", X.Date(D(2026, 11, 13)), "", "Ship To", "Crestview Research Services, Cambridge CB22 3AT, UK"],
        ["Incoterms", "FCA Madison, WI", "", "Terms", "Net 45"],
        [],
        ["Line", "Item", "Customer Item", "Description", "Qty Ordered", "Qty Confirmed", "UOM", "Unit Price USD", "Extended",
         "Est. Ship Date", "Est. Delivery Date", "Status"],
        [1, "2018SX-25", "PLN-2018-IRR", "Teklad-type 18% Protein Rodent Diet, irradiated", 80, 80, "BAG", X.Num(46.2), X.Num(3696.0),
         X.Date(D(2026, 11, 24)), X.Date(D(2026, 12, 8)), "Confirmed"],
        [2, "2020X-25A", "PLN-2020X-AC", "2020X Rodent Diet, autoclavable", 40, 40, "BAG", X.Num(49.75), X.Num(1990.0),
         X.Date(D(2026, 11, 30)), X.Date(D(2026, 12, 14)), "Confirmed"],
        [3, "2916-25I", "PLN-2916-IRR", "2916 Rodent Diet, irradiated", 60, 60, "BAG", X.Num(52.3), X.Num(3138.0),
         X.Date(D(2026, 11, 24)), X.Date(D(2026, 12, 8)), "Confirmed - price per 2027 list"],
        [4, "ENR-NP2", "PLN-ENR-NEST", "Paper nesting material 2 kg", 30, 0, "CS", X.Num(22.0), X.Num(0),
         "", "", "Cancelled - item discontinued"],
    ]
    assert 80 * Decimal("46.20") == 3696 and 40 * Decimal("49.75") == 1990 and 60 * Decimal("52.30") == 3138
    xb = xlsx.make_xlsx(rows, "Acknowledgment", stamp=(2026, 11, 13, 22, 30, 0), creator="Microsoft Dynamics 365 Business Central")
    body = """Dear Customer,

Attached is the Sales Order Acknowledgment SO-3318842 for your purchase order CRS-PO-7405.

Please review the attached document carefully and notify Customer Service within 48 hours of any discrepancies.

Thank you for your business!

Prairie Lab Nutrition LLC | Customer Service
2200 Research Park Dr, Madison, WI 53711 | 1-800-555-0164"""
    part = multipart("mixed", boundary("c030", "other"), [
        text(body, charset="us-ascii", cte="7bit"),
        attachment(xb, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "SO-3318842_Acknowledgment.xlsx"),
    ])
    h = [("Date", date), ("From", addr("Prairie Lab Nutrition Customer Service", "custserv@prairielabnutrition.example")),
         ("To", B_LAB["email"]), ("Subject", "Sales Order Acknowledgment SO-3318842 / PO CRS-PO-7405"),
         ("Message-ID", mid_plain("c030", "prairielabnutrition.example", "bc365.")),
         ("X-Mailer", "Microsoft Dynamics 365 Business Central")]
    l1, l2, l3, l4 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, d=D(2026, 12, 14)), 3: chg(l3, p="52.30"), 4: rej()})]
    return out("lab-diets-xlsx-ack-serial-dates", "en-US",
               "ERP XLSX acknowledgment with Excel serial dates, both ship and delivery columns, a 2027-list price on one line and a discontinued line with qty 0.",
               po, message(h, part), "confirmation", confs,
               "Delivery column wins over ship column: line 2 2026-12-14; line 3 price 52.30; line 4 cancelled/discontinued -> rejected.")


# ---------------------------------------------------------------------------------------------
@case
def csv_ack_ship_date_only():
    sup = Sup("FARBWERK", "Farbwerk Lindau GmbH", "vertrieb@farbwerk-lindau.example", "de-DE")
    po = PO("PWP-4480", sup, B_INK, "EUR", D(2026, 11, 11), [
        L(1, "FL-OFF-CY-2.5", "Offset ink process cyan, 2.5 kg can", 50, "KG", "9.80", D(2026, 11, 30)),
        L(2, "FL-OFF-MG-2.5", "Offset ink process magenta, 2.5 kg can", 50, "KG", "10.40", D(2026, 11, 30)),
        L(3, "FL-PMS-185-1", "Pantone 185 C mixed to shade, 1 kg can", 12, "KG", "24.00", D(2026, 11, 30)),
    ])
    assert Decimal("24.50") / Decimal("2.5") == Decimal("9.80") and Decimal("27.00") / Decimal("2.5") == Decimal("10.80")
    date, when = date_hdr(2026, 11, 16, 7, 58, 40, 60)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["AB-Nr", "AB-Datum", "Bestellnr", "Pos", "Artikel", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis", "PE",
                "Versanddatum", "Bemerkung"])
    w.writerow(["AB-26-30917", "16.11.2026", "PWP-4480", "1", "OF-4C-C-025", "FL-OFF-CY-2.5", "Offsetfarbe Skala Cyan", "20", "DS",
                "24,50", "1 DS = 2,5 kg", "25.11.2026", ""])
    w.writerow(["AB-26-30917", "16.11.2026", "PWP-4480", "2", "OF-4C-M-025", "FL-OFF-MG-2.5", "Offsetfarbe Skala Magenta", "20", "DS",
                "27,00", "1 DS = 2,5 kg", "25.11.2026", "Preisanpassung Pigmente"])
    w.writerow(["AB-26-30917", "16.11.2026", "PWP-4480", "3", "SM-P185C-01", "FL-PMS-185-1", "Sondermischung Pantone 185 C", "12", "kg",
                "24,00", "1 kg", "30.11.2026", "Mischung nach Vorlage vom 10.11."])
    csvb = buf.getvalue().encode("cp1252")
    body = """Sehr geehrter Herr Hartmann,

anbei erhalten Sie unsere Auftragsbestätigung AB-26-30917 zu Ihrer Bestellung PWP-4480 als CSV-Datei für Ihren Import.
Die Termine sind Versandtermine ab Werk Lindau; die Laufzeit mit unserer Spedition beträgt 2-3 Werktage.

Mit freundlichen Grüßen
i. A. Sabine Hofer
Farbwerk Lindau GmbH · Auftragsbearbeitung
Kemptener Str. 61 · 88131 Lindau (Bodensee)"""
    part = multipart("mixed", boundary("c031", "tb"), [
        text(body, charset="utf-8", cte="8bit"),
        attachment(csvb, "text/csv", "AB-26-30917.csv", extra_params="; charset=windows-1252"),
    ])
    h = std_headers(addr("Sabine Hofer", "s.hofer@farbwerk-lindau.example"), addr("Felix Hartmann", B_INK["email"]),
                    "AB-26-30917 zu Ihrer Bestellung PWP-4480", date, mid_uuid("c031", "farbwerk-lindau.example"), client="tb")
    l1, l2, l3 = po["lines"]
    d = D(2026, 11, 25)
    confs = [conf(po, {1: chg(l1, d=d), 2: chg(l2, p="10.80", d=d), 3: acc(l3)})]
    return out("printing-inks-csv-ack-ship-dates", "de-DE",
               "Semicolon CSV in windows-1252 with per-can prices (PE = 2,5 kg) and ship dates only; 'Laufzeit 2-3 Werktage' is not a committed delivery date.",
               po, message(h, part), "confirmation", confs,
               "Only ship dates given -> date = ship date. Line 1: 24.50/2.5 = 9.80 (same), ships 2026-11-25. Line 2: 27.00/2.5 = 10.80, 2026-11-25. "
               "Line 3 ships 2026-11-30 = requested.")


# ---------------------------------------------------------------------------------------------
@case
def inline_answers():
    sup = Sup("CORALCOAST", "Coral Coast Marine Supplies Pty Ltd", "sales@coralcoast-marine.example", "en-AU")
    po = PO("SMS-41902", sup, B_SHIP, "EUR", D(2026, 11, 16), [
        L(1, "CCM-FEND-F6", "Inflatable fender F6, 1100 x 300 mm", 8, "PCS", "118.00", D(2026, 11, 27)),
        L(2, "CCM-HAWSER-40", "Nylon hawser 40 mm, 8-strand, 200 m coil", 2, "COIL", "1890.00", D(2026, 11, 27)),
        L(3, "CCM-FLARE-SOLAS", "Hand flare red SOLAS, pack of 12", 4, "PCK", "96.00", D(2026, 11, 27)),
        L(4, "CCM-EPIRB-406", "EPIRB 406 MHz Cat II with GPS", 1, "PCS", "640.00", D(2026, 11, 27)),
    ])
    date, when = date_hdr(2026, 11, 18, 9, 40, 27, 600)
    req = request_text(po, B_SHIP).split("\n")
    answers = {
        1: "OK - from stock",
        2: "only 1 coil in Brisbane. 1st coil 27/11 with the rest, 2nd coil 4 Dec ex Sydney. Same price.",
        3: "OK. Dangerous goods - we deliver them ourselves to the wharf.",
        4: "price now 685.00 ea (old model superseded), delivery 27/11 OK",
    }
    qlines = []
    for ln in req:
        qlines.append("> " + ln if ln else ">")
        for n, a in answers.items():
            if ln.startswith(f"{n} | "):
                qlines.append("")
                qlines.append(a.upper() if n == 3 else a)
                qlines.append("")
    body = "Hi Jan,\n\nAnswers below in your mail.\n\nCheers\nLiam\n\nOn 16/11/2026 7:02 pm, Jan Pieters wrote:\n" + "\n".join(qlines) + \
        "\n\n--\nLiam O'Brien | Coral Coast Marine Supplies Pty Ltd\n41 Pinkenba Rd, Eagle Farm QLD 4009 | +61 7 3555 0193\n"
    part = text(body, charset="utf-8", cte="7bit")
    h = std_headers(addr("Liam O'Brien", "liam@coralcoast-marine.example"), addr("Jan Pieters", B_SHIP["email"]),
                    "Re: " + request_subject(po), date, mid_apple("c032", "coralcoast-marine.example"), irt=req_mid(po),
                    refs=req_mid(po), client="apple")
    l1, l2, l3, l4 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, d=D(2026, 12, 4), sched=[(1, D(2026, 11, 27)), (1, D(2026, 12, 4))]),
                       3: acc(l3), 4: chg(l4, p="685.00")})]
    return out("chandlery-inline-answers-in-quote", "en-AU",
               "Answers are typed between the '>' quoted PO lines (which carry the requested dates); one hawser coil now and one on 4 Dec, EPIRB repriced.",
               po, message(h, part), "confirmation", confs,
               "Line 2 split 1 @ 2026-11-27 + 1 @ 2026-12-04; line 4 price 685.00; lines 1 and 3 OK.")


# ---------------------------------------------------------------------------------------------
@case
def bottom_posted_norwegian():
    sup = Sup("KULDEENGROS", "Kulde Engros AS", "ordre@kulde-engros.example", "nb-NO")
    po = PO("NBS-2026-1220", sup, B_BUILD, "EUR", D(2026, 11, 17), [
        L(1, "KE-R744-37", "Refrigerant R744 (CO2) 4.0 purity, 37 kg cylinder", 148, "KG", "3.20", D(2026, 12, 3)),
        L(2, "KE-R1234ZE-10", "Refrigerant R1234ze(E), 10 kg cylinder", 60, "KG", "38.00", D(2026, 12, 3)),
    ])
    assert_wd(D(2026, 12, 3), "Thu")
    u50 = week_friday(2026, 50)
    date, when = date_hdr(2026, 11, 18, 13, 4, 50, 60)
    quoted = gt(request_text(po, B_BUILD))
    body = f"""Den 17.11.2026 kl. 09:12, skrev Marek Nowak:
{quoted}

Hei Marek,

takk for bestillingen.

R744: 4 flasker à 37 kg = 148 kg, 3,20 EUR/kg som bestilt, levering torsdag 3. desember.
R1234ze: 6 flasker à 10 kg = 60 kg, 38,00 EUR/kg, men levering først i uke 50 på grunn av leveringssituasjonen hos produsenten.

Flaskeleie kommer i tillegg etter gjeldende prisliste (pant kr 1 450 per flaske).

Mvh
Kristin Haugen
Kulde Engros AS
Brobekkveien 80, 0582 Oslo
tlf. +47 22 55 51 40
"""
    part = text(body, charset="iso-8859-1", cte="8bit", flowed=True)
    h = std_headers(addr("Kristin Haugen", "kristin.haugen@kulde-engros.example"), addr("Marek Nowak", B_BUILD["email"]),
                    "Re: " + request_subject(po), date, mid_uuid("c033", "kulde-engros.example"), irt=req_mid(po),
                    refs=req_mid(po), client="tb", extra=[("Content-Language", "nb-NO")])
    l1, l2 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, d=u50)})]
    return out("refrigerants-bottom-posted-norwegian", "nb-NO",
               "Bottom-posted Thunderbird reply: the quoted PO with requested dates comes first and the answer after it; 'uke 50' for line 2.",
               po, message(h, part), "confirmation", confs,
               "Line 1 as ordered (Thu 3 Dec); line 2 week 50 -> 2026-12-11. Cylinder rent/deposit is not the unit price.")


# ---------------------------------------------------------------------------------------------
@case
def forwarded_internal_chain():
    sup = Sup("CARHAINAUT", "Carrières du Hainaut SA", "commandes@carrieres-hainaut.example", "fr-BE")
    po = PO("NBS-2026-1209", sup, B_BUILD, "EUR", D(2026, 11, 12), [
        L(1, "CH-DAL-4040", "Belgian bluestone paving slab 40x40x3 cm, sawn", 180, "M2", "52.00", D(2026, 12, 9)),
        L(2, "CH-BORD-100", "Bluestone kerb 100x15x25 cm", 60, "PCS", "44.50", D(2026, 12, 9)),
        L(3, "CH-PAVE-1414", "Bluestone cobbles 14x14x8 cm, tumbled", 8, "T", "310.00", D(2026, 12, 9)),
    ])
    date, when = date_hdr(2026, 11, 18, 10, 22, 36, 60)
    top = """Bonjour Monsieur Nowak,

Je vous confirme votre commande NBS-2026-1209 selon la réponse de notre production ci-dessous, aux prix de la commande.
Pour les pavés vieillis : nous livrons les 6 tonnes disponibles le 09/12 ; le solde de 2 tonnes est annulé, sauf avis contraire de votre part.

Bien à vous,
Isabelle Lambert
Service commercial
Carrières du Hainaut SA – Rue de la Carrière 5, 7060 Soignies
Tél. +32 67 55 33 10"""
    inner = """De : Luc Vermeulen <l.vermeulen@carrieres-hainaut.example>
Envoyé : mercredi 18 novembre 2026 08:14
À : Isabelle Lambert <i.lambert@carrieres-hainaut.example>
Objet : RE: commande Northline NBS-2026-1209

Isabelle,
dalles 40x40 : ok pour 180 m², on scie la semaine prochaine, départ le 09/12.
bordures 100x15x25 : ok 60 pièces, aussi le 09/12.
pavés 14x14 vieillis : on n'a plus que 6 tonnes en stock, le reste pas avant février (carrière fermée pour l'hiver).
Luc

De : Isabelle Lambert <i.lambert@carrieres-hainaut.example>
Envoyé : lundi 16 novembre 2026 17:30
À : Luc Vermeulen <l.vermeulen@carrieres-hainaut.example>
Objet : TR: commande Northline NBS-2026-1209

Luc, peux-tu me confirmer dispo et délais pour la commande ci-dessous (souhaité le 09/12) ? Merci

De : Marek Nowak <m.nowak@northline-bs.example>
Envoyé : jeudi 12 novembre 2026 12:05
À : commandes@carrieres-hainaut.example
Objet : """ + request_subject(po) + "\n\n" + request_text(po, B_BUILD)
    plain = top + "\n\n" + inner + "\n"
    htm = outlook_html(top, [("De :", "Luc Vermeulen <l.vermeulen@carrieres-hainaut.example>"),
                             ("Envoyé :", "mercredi 18 novembre 2026 08:14"),
                             ("À :", "Isabelle Lambert <i.lambert@carrieres-hainaut.example>"),
                             ("Objet :", "RE: commande Northline NBS-2026-1209")],
                       inner.split("\n", 5)[5], "FR-BE")
    alt = multipart("alternative", boundary("c034alt"), [text(plain), html(htm)])
    h = std_headers(addr("Isabelle Lambert", "i.lambert@carrieres-hainaut.example"), addr("Marek Nowak", B_BUILD["email"]),
                    "TR: commande Northline NBS-2026-1209", date, mid_outlook("c034"), lang="fr-BE")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: acc(l2), 3: chg(l3, q=6)})]
    return out("bluestone-forwarded-internal-chain", "fr-BE",
               "A forwarded internal chain (sales -> production -> sales) where the commitment is spread between the top note and production's answer; internal send dates are noise.",
               po, message(h, alt), "confirmation", confs,
               "Slabs and kerbs depart 09/12 (= requested, ship date only); cobbles reduced to 6 t on 09/12, the balance cancelled.")


# ---------------------------------------------------------------------------------------------
@case
def html_only_portuguese():
    sup = Sup("TISSUEATL", "Tissue Atlântico, Lda.", "encomendas@tissue-atlantico.example", "pt-PT")
    po = PO("MH-26-04471", sup, B_HOTEL2, "EUR", D(2026, 11, 12), [
        L(1, "TA-ROLO-IND-2F", "Industrial wiping roll 2-ply, 800 sheets, bale of 2 rolls", 60, "BAL", "14.20", D(2026, 12, 7)),
        L(2, "TA-TOALHA-ZZ", "Z-fold hand towel 1-ply, case of 5000", 200, "CS", "12.80", D(2026, 12, 7)),
        L(3, "TA-GUARD-3333", "Napkin 33x33 cm 2-ply white, case of 2400", 100, "CS", "18.60", D(2026, 12, 7)),
    ])
    assert_wd(D(2026, 12, 7), "Mon")
    assert Decimal("7.10") * 2 == Decimal("14.20")
    date, when = date_hdr(2026, 11, 17, 15, 12, 9, 0)
    rows = [("Rolo industrial 2 folhas 800 serviços", "60 fardos (120 rolos)", "7,10 € / rolo", "07/12/2026"),
            ("Toalhas de mãos ZZ 1 folha", "200 caixas", "12,80 € / caixa", "07/12/2026"),
            ("Guardanapos 33x33 2 folhas brancos", "60 caixas<br>40 caixas", "18,60 € / caixa", "07/12/2026<br>14/12/2026")]
    trs = "".join(f"<tr><td style='border:1px solid #999;padding:3px 6px'>{a}</td><td style='border:1px solid #999;padding:3px 6px'>{b}</td>"
                  f"<td style='border:1px solid #999;padding:3px 6px'>{c}</td><td style='border:1px solid #999;padding:3px 6px'>{d}</td></tr>"
                  for a, b, c, d in rows)
    htm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Boa tarde Sr. Berger,</p>
<p>Agradecemos a V/ encomenda <b>MH-26-04471</b>, que confirmamos nas seguintes condições:</p>
<table style="border-collapse:collapse"><tr><th>Artigo</th><th>Quantidade</th><th>Preço</th><th>Entrega</th></tr>{trs}</table>
<p>Dos guardanapos só temos 60 caixas em armazém; as restantes 40 caixas seguem na semana seguinte, a 14/12.</p>
<p>Entrega no V/ armazém de Londres, DAP. Pagamento a 60 dias da data da fatura.</p>
<p>Com os melhores cumprimentos,<br>Rita Fernandes<br>Departamento Comercial<br>Tissue Atlântico, Lda. · Zona Industrial de Cacia, 3800-639 Aveiro<br>Tel. +351 234 555 018</p>
</div>
<hr><div style="font-size:9pt;color:#555"><b>De:</b> Lukas Berger &lt;l.berger@meridian-hotels.example&gt;<br><b>Enviada:</b> quinta-feira, 12 de novembro de 2026 10:40<br><b>Assunto:</b> {esc(request_subject(po))}<br><br>{"<br>".join(esc(x) for x in request_text(po, B_HOTEL2).split(chr(10)))}</div>
</body></html>"""
    part = html(htm, cte="quoted-printable")
    h = std_headers(addr("Rita Fernandes", "rita.fernandes@tissue-atlantico.example"), addr("Lukas Berger", B_HOTEL2["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c035"), irt=req_mid(po), refs=req_mid(po), lang="pt-PT")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: acc(l2), 3: chg(l3, d=D(2026, 12, 14), sched=[(60, D(2026, 12, 7)), (40, D(2026, 12, 14))])})]
    return out("cleaning-paper-html-only-table", "pt-PT",
               "HTML-only mail with a table; the napkin row holds two quantities and two dates in one cell, and rolls are priced per roll against a per-bale PO.",
               po, message(h, part), "confirmation", confs,
               "Line 1: 2 x 7.10 = 14.20/bale (as ordered). Line 3 split 60 @ 2026-12-07 + 40 @ 2026-12-14.")


# ---------------------------------------------------------------------------------------------
@case
def big5_moq():
    sup = Sup("YUANHENG", "Yuanheng Electronics Co., Ltd.", "sales@yuanheng-elec.example", "zh-TW")
    po = PO("4500088241", sup, B_SEMI, "EUR", D(2026, 11, 10), [
        L(1, "VE-XTAL-16M", "Crystal 16 MHz, 3225 SMD, 10 ppm, 12 pF", 2000, "EA", "0.095", D(2026, 12, 16)),
        L(2, "VE-IND-4R7-4040", "Power inductor 4.7 uH, 4040, 3 A", 1500, "EA", "0.118", D(2026, 12, 16)),
    ])
    date, when = date_hdr(2026, 11, 13, 11, 8, 21, 480)
    body = """Jonas 您好：

感謝您的訂單 4500088241，確認如下：

1. 石英晶體 16MHz 3225 10ppm 12pF：最小訂購量（MOQ）為 3,000 pcs（一盤 3,000 pcs），
   故數量調整為 3,000 pcs，單價 EUR 0.095，交期 2026/12/16。
2. 功率電感 4.7uH 4040 3A：1,500 pcs（一盤 1,500 pcs），單價 EUR 0.118，
   交期 2026/12/23（原廠產能吃緊，延後一週）。

付款條件：月結 30 天。
如有任何問題，請隨時與我聯絡。

謝謝！
陳怡君 Joyce Chen
元亨電子股份有限公司 業務部
TEL: +886-2-2555-6173"""
    quoted = "-----Original Message-----\n" + f"From: Jonas Weber <{B_SEMI['email']}>\nSent: Tuesday, November 10, 2026 5:22 PM\nTo: {sup['email']}\nSubject: {request_subject(po)}\n\n" + request_text(po, B_SEMI)
    part = text(body + "\n\n" + quoted + "\n", charset="big5", cte="base64")
    h = std_headers(addr("陳怡君", "joyce.chen@yuanheng-elec.example", "big5"), addr("Jonas Weber", B_SEMI["email"]),
                    "回覆: " + request_subject(po), date, mid_plain("c036", "yuanheng-elec.example", "000001dc"),
                    irt=req_mid(po), refs=req_mid(po), client="other", charset="big5",
                    extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    l1, l2 = po["lines"]
    confs = [conf(po, {1: chg(l1, q=3000), 2: chg(l2, d=D(2026, 12, 23))})]
    return out("passives-big5-moq", "zh-TW",
               "Big5 base64 reply: the crystal is raised to the 3,000 pcs MOQ (one reel) and the inductor slips a week; '3225', '4040' and '12pF' are specs.",
               po, message(h, part), "confirmation", confs,
               "Line 1 quantity 3000 (MOQ), line 2 delivery 2026-12-23.")


# ---------------------------------------------------------------------------------------------
@case
def allocation_partial():
    sup = Sup("SUMMITEC", "Summit Electronic Components Inc.", "orders@summit-ecomp.example", "en-US")
    po = PO("4500088277", sup, B_SEMI, "USD", D(2026, 11, 13), [
        L(1, "VE-MOS-BSC0902", "MOSFET BSC0902NS 30V, TDSON-8", 10000, "EA", "0.412", D(2026, 12, 18)),
        L(2, "VE-CAP-TANT-47U", "Tantalum capacitor 47uF 16V, case C", 4000, "EA", "0.226", D(2026, 12, 18)),
    ])
    date, when = date_hdr(2026, 11, 16, 14, 3, 12, -300)
    body = """Hi Jonas,

Thanks for PO 4500088277.

Line 1, BSC0902NS: this part is on factory allocation. We can commit 5,000 pcs (one reel), shipping 12/11 and delivering to Sindelfingen 12/16. The remaining 5,000 pcs are backordered with no factory date yet - we'll advise as soon as we get one. Price $0.412 OK.

Line 2, 47uF/16V tantalum: 4,000 pcs @ $0.226, DC 2547 or newer, delivering 12/18.

Best,
Jason Reed
Inside Sales | Summit Electronic Components Inc.
Boston, MA | +1 617 555 0149"""
    attribution = "On Fri, Nov 13, 2026 at 4:11 AM Jonas Weber <j.weber@vantor-electronics.example> wrote:"
    part = gmail_reply("c037", body, attribution, request_text(po, B_SEMI))
    h = std_headers(addr("Jason Reed", "jreed@summit-ecomp.example"), addr("Jonas Weber", B_SEMI["email"]),
                    "Re: " + request_subject(po), date, mid_gmail("c037"), irt=req_mid(po), refs=req_mid(po), client="gmail")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: chg(l1, q=5000, d=D(2026, 12, 16)), 2: acc(l2)})]
    return out("mosfet-allocation-half-committed", "en-US",
               "Allocation: only 5,000 of 10,000 are committed (ship 12/11, deliver 12/16) and the rest is backordered without a date; 'DC 2547' is a date code.",
               po, message(h, part), "confirmation", confs,
               "Line 1 confirmed quantity 5000, delivery 2026-12-16 (ship date ignored); line 2 as ordered.")


# ---------------------------------------------------------------------------------------------
@case
def will_revert_friday():
    sup = Sup("CASTLEACC", "Castle Access Scaffolding Supplies Ltd", "sales@castle-access.example", "en-GB")
    po = PO("NBS-2026-1224", sup, B_BUILD, "GBP", D(2026, 11, 18), [
        L(1, "CAS-TUBE-64", "Scaffold tube 48.3 mm galv, 6.4 m (21 ft)", 150, "PCS", "36.90", D(2026, 12, 7)),
        L(2, "CAS-BOARD-39", "Scaffold board 3.9 m, BS 2482, banded", 300, "PCS", "14.20", D(2026, 12, 7)),
        L(3, "CAS-TOE-BOARD", "Steel toe board clip", 400, "PCS", "1.15", D(2026, 12, 7)),
    ])
    date, when = date_hdr(2026, 11, 18, 15, 51, 3, 0)
    body = """Hi Marek,

Received, thanks. I'm just checking stock on the 21ft tubes with the yard in Wakefield and will revert by Friday with a full confirmation incl. delivery date.

Boards and clips shouldn't be an issue.

Cheers
Dave

Dave Simmonds
Sales | Castle Access Scaffolding Supplies Ltd
M: 07700 900 418

Sent from Outlook for iOS"""
    part = multipart("alternative", boundary("c038"), [text(body), html(simple_html(body))])
    h = std_headers(addr("Dave Simmonds", "dave@castle-access.example"), addr("Marek Nowak", B_BUILD["email"]),
                    "Re: " + request_subject(po), date, mid_outlook("c038"), irt=req_mid(po), refs=req_mid(po), lang="en-GB")
    return out("scaffold-will-revert-by-friday", "en-GB",
               "A holding reply: 'will revert by Friday' plus 'shouldn't be an issue' for two lines, which is reassurance, not a confirmation.",
               po, message(h, part), "needs_review", None, "Nothing committed; promises a full confirmation later.")


# ---------------------------------------------------------------------------------------------
@case
def ticket_autoack():
    sup = Sup("SUMMITEC", "Summit Electronic Components Inc.", "orders@summit-ecomp.example", "en-US")
    po = PO("4500088290", sup, B_SEMI, "USD", D(2026, 11, 19), [
        L(1, "VE-OPAMP-LM358", "Op-amp LM358DR, SOIC-8", 5000, "EA", "0.071", D(2026, 12, 21)),
        L(2, "VE-DIODE-1N4148W", "Switching diode 1N4148W, SOD-123", 15000, "EA", "0.0085", D(2026, 12, 21)),
    ])
    date, when = date_hdr(2026, 11, 19, 3, 17, 54, -300)
    body = """##- Please type your reply above this line -##

Hello Jonas,

Thank you for contacting Summit Electronic Components Customer Care.

Your request (#CS-2026-48213) has been received and is being reviewed by our support staff. A member of our team will respond within 1 business day (Mon-Fri, 8:00 AM - 6:00 PM ET).

To add additional comments, reply to this email.

Request summary:
Subject: Purchase order 4500088290 - request for order acknowledgement
Requested: Nov 19, 2026 at 3:17 AM EST
Status: Open

This email is a service from Summit Customer Care. Delivered by Zendesk"""
    htm = "<html><body><div style='color:#b5b5b5'>##- Please type your reply above this line -##</div>" + \
        "".join(f"<p>{esc(x)}</p>" for x in body.split("\n\n")[1:]) + "</body></html>"
    part = multipart("alternative", boundary("c039", "other"), [text(body), html(htm)])
    h = [("Date", date), ("From", addr("Summit Customer Care", "support@summit-ecomp.example")),
         ("Reply-To", "Summit Customer Care <support+id48213@summit-ecomp.example>"),
         ("To", addr("Jonas Weber", B_SEMI["email"])),
         ("Subject", "[Summit Customer Care] Re: Purchase order 4500088290 - request for order acknowledgement"),
         ("Message-ID", "<ZX7KQ4P2_6578b2a1c_sprut@zendesk.com>"), ("In-Reply-To", req_mid(po)), ("References", req_mid(po)),
         ("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "8c1f2e9")]
    return out("ticket-system-auto-acknowledgement", "en-US",
               "Zendesk auto-acknowledgement threaded on the request, quoting the PO subject and promising an answer within one business day.",
               po, message(h, part), "auto_reply", None, "Ticket-system receipt; no order content.")


# ---------------------------------------------------------------------------------------------
@case
def invoice_other_order():
    sup = Sup("VALPADANA", "Mangimi Valpadana S.r.l.", "ordini@valpadana-mangimi.example", "it-IT")
    po = PO("OP-7768", sup, B_PET, "EUR", D(2026, 11, 16), [
        L(1, "VP-DOG-PUPPY-15", "Puppy dry food lamb & rice, bag 15 kg", 96, "BAG", "36.20", D(2026, 12, 9)),
        L(2, "VP-DOG-ADULT-20", "Adult dog dry food chicken & rice, bag 20 kg", 144, "BAG", "31.40", D(2026, 12, 9)),
    ])
    date, when = date_hdr(2026, 11, 19, 9, 30, 11, 60)
    rows = [
        (50, 800, 12, "Mangimi Valpadana S.r.l.", True),
        (50, 786, 8, "Via Emilia 210 - 43126 Parma - P.IVA IT02345670348", False),
        (50, 750, 13, "FATTURA N. 2026/FE/004812 del 18/11/2026", True),
        (50, 730, 9, "Cliente: Orchard Petcare Ltd, Marsh Barton Trading Estate, Exeter EX2 8PW (UK)", False),
        (50, 716, 9, "Vs. ordine: OP-7650 del 12/10/2026      DDT n. 3391 del 04/11/2026", False),
        (50, 690, 9, "Codice            Descrizione                                   Q.tà   U.M.   Prezzo     Importo", True),
        (50, 674, 9, "VP-DOG-ADULT-20   Cane adult pollo e riso 20 kg                  192   SAC    31,40     6.028,80", False),
        (50, 660, 9, "VP-CAT-STER-15    Gatto sterilizzato salmone 15 kg                96   SAC    38,90     3.734,40", False),
        (50, 630, 9, "Imponibile EUR 9.763,20   Operazione non imponibile art. 41 DL 331/93", False),
        (50, 616, 9, "Totale documento EUR 9.763,20", True),
        (50, 596, 9, "Pagamento: bonifico bancario 60 gg d.f. fine mese - scadenza 31/01/2027", False),
        (50, 582, 9, "IBAN IT60 X054 2811 1010 0000 0123 456", False),
    ]
    assert 192 * Decimal("31.40") == Decimal("6028.80") and 96 * Decimal("38.90") == Decimal("3734.40")
    pdfb = pdf.text_pdf([rows], compress=False, info={"Producer": "TeamSystem Fatturazione", "CreationDate": "D:20261118173000+01'00'"})
    body = """Spett.le Orchard Petcare Ltd,

in allegato la fattura n. 2026/FE/004812 del 18/11/2026 relativa alla merce consegnata con DDT 3391.

Distinti saluti
Amministrazione – Mangimi Valpadana S.r.l."""
    part = multipart("mixed", boundary("c040", "other"), [
        text(body, charset="utf-8", cte="quoted-printable"),
        attachment(pdfb, "application/pdf", "Fattura_2026_FE_004812.pdf"),
    ])
    h = [("Date", date), ("From", addr("Amministrazione Valpadana", "amministrazione@valpadana-mangimi.example")),
         ("To", "accounts.payable@orchard-petcare.example"), ("Cc", B_PET["email"]),
         ("Subject", "Invio fattura n. 2026/FE/004812 del 18/11/2026"),
         ("Message-ID", mid_plain("c040", "valpadana-mangimi.example", "fe.")), ("X-Mailer", "TeamSystem Mail")]
    return out("petfood-invoice-for-older-order", "it-IT",
               "An invoice from the same feed supplier with the same item codes as the open PO, but for the earlier order OP-7650 already delivered.",
               po, message(h, part), "unrelated", None, "Invoice for OP-7650 (not the open OP-7768).")
