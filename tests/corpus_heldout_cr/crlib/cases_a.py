"""Cases, part A."""
import datetime as _dt

from . import mime as M
from .common import (case, supplier, po, dt, confirmation, other, A, C, week_day, add_days,
                     request_text, request_html, request_subject, outlook_quote, outlook_quote_html,
                     gmail_quote, gmail_quote_html, prefix, apple_attr, tb_attr, h, esc, request_dt,
                     local, outlook_header_lines)
from .reply import build_reply
from .pdf import Flow, render
from .xlsx import xlsx


# ------------------------------------------------------------------ 1
@case("armadilhas-lagosta-reais-ddmm", "confirmation", "pt-BR",
      "Brazilian Portuguese, R$ 1.234,56 prices and dd/mm dates without year (15/01 rolls into 2027), "
      "factory-holiday dates as distractors, Gmail quote with our own figures")
def c_ptbr():
    sup = supplier("COVONE", "Covo Nordeste Armadilhas Ltda", "vendas@covonordeste.example", "pt-BR")
    p = po(4500031207, sup, "ingrid", "BRL", "2026-11-16", [
        ("LT-COV-60", "Lobster trap, galvanised wire, 60x45x30 cm", 120, "EA", "184.50", "2026-12-18"),
        ("LT-COV-90", "Lobster trap, double chamber, 90 cm", 60, "EA", "312.00", "2026-12-18"),
        ("LT-BAIT-SL", "Bait bag, HDPE mesh", 500, "EA", "4.90", "2027-01-08")])
    t = dt(2026, 11, 30, 14, 37, 12, off=-3)
    body = """Bom dia, Ingrid,

Segue a confirmação do pedido 4500031207:

Linha 1 - LT-COV-60: confirmado, 120 pç a R$ 184,50, entrega 18/12.
Linha 2 - LT-COV-90: 60 pç, preço reajustado para R$ 329,90 por conta do aumento do arame galvanizado. Entrega 18/12.
Linha 3 - LT-BAIT-SL: 500 pç a R$ 4,90, entrega 15/01 (a fábrica estará em férias coletivas de 21/12 a 08/01).

Total do pedido: R$ 44.384,00.

Qualquer dúvida estou à disposição.

Att.,
--
Rafaela Monteiro
Comercial | Covo Nordeste Armadilhas
(85) 3261-4410 | WhatsApp (85) 99812-3377
Av. Beira Mar, 3120 - Fortaleza/CE"""
    eml = build_reply("ptbr-lobster", "gmail", ("Rafaela Monteiro", "vendas@covonordeste.example"),
                      "Re: " + request_subject(p), t, body, p=p,
                      quote_text=gmail_quote("pt-BR", p, -3), quote_html=gmail_quote_html("pt-BR", p, -3))
    exp = confirmation(
        "dd/mm without year: 18/12 -> 2026-12-18, 15/01 -> 2027-01-15 (next such date after the mail). "
        "Line 2 price R$ 329,90. The 21/12-08/01 factory holiday and the R$ 44.384,00 total are not "
        "commitments per line.",
        (p, {1: "A", 2: C(p, 2, unit_price="329.90"), 3: C(p, 3, date="2027-01-15")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 2
@case("hufnaegel-stueck-statt-karton", "confirmation", "de-DE",
      "quantity confirmed in pieces (10.000 Stk = 40 Kartons) with a price per 1,000 pieces; PO is in "
      "BOX, so price must be converted back (73,60 EUR/1000 = 18.40/BOX); KW 51 with no day")
def c_hufnaegel():
    sup = supplier("BRANDL", "Schmiedewerk Brandl Hufbeschlag GmbH", "auftrag@brandl-hufbeschlag.example",
                   "de-DE")
    p = po(4500031488, sup, "ingrid", "EUR", "2026-11-17", [
        ("HN-E5-250", "Horseshoe nails E5, box of 250", 40, "BOX", "18.40", "2026-12-11"),
        ("HN-E6-250", "Horseshoe nails E6, box of 250", 24, "BOX", "19.10", "2026-12-11")])
    t = dt(2026, 11, 24, 9, 41, 3)
    body = """Sehr geehrte Frau Solberg,

vielen Dank für Ihre Bestellung 4500031488, die wir wie folgt bestätigen:

Pos. 1   HN-E5-250   Hufnägel E5
         10.000 Stück (= 40 Kartons à 250 Stk.)
         Preis: 73,60 € / 1.000 Stk.
         Liefertermin: 11.12.2026

Pos. 2   HN-E6-250   Hufnägel E6
         6.000 Stück (= 24 Kartons à 250 Stk.)
         Preis: 76,40 € / 1.000 Stk.
         Liefertermin: KW 51

Bitte beachten Sie, dass wir seit der Umstellung unseres Warenwirtschaftssystems in Stück
fakturieren; die Kartonpreise ergeben sich unverändert aus dem Tausenderpreis.

Mit freundlichen Grüßen

i. A. Jürgen Kessler
Innendienst / Auftragsabwicklung

Schmiedewerk Brandl Hufbeschlag GmbH
Industriestraße 14 | 87700 Memmingen
Tel. +49 8331 9641-22 | Fax +49 8331 9641-99
Geschäftsführer: Andreas Brandl | Amtsgericht Memmingen HRB 12345"""
    q = outlook_quote("de", p, 1, rule="-----Ursprüngliche Nachricht-----")
    eml = build_reply("de-hufnaegel", "outlook", ("Kessler, Jürgen", "j.kessler@brandl-hufbeschlag.example"),
                      "AW: " + request_subject(p), t, body, p=p, quote_text=q,
                      quote_html=outlook_quote_html("de", p, 1), charset="windows-1252", lang="de-DE",
                      host="FR3P281MB1534.DEUP281.PROD.OUTLOOK.COM", outlook_lang="DE")
    exp = confirmation(
        "Line 1: 10.000 pieces = 40 BOX, 73,60 EUR per 1,000 pieces = 18.40 per box: as ordered. "
        "Line 2: 6.000 pcs = 24 BOX at 76,40/1000 = 19.10 per box (unchanged) but KW 51 -> Friday 2026-12-18.",
        (p, {1: "A", 2: C(p, 2, date=week_day(2026, 51))}))
    return [p], eml, exp


# ------------------------------------------------------------------ 3
@case("saunakiulu-rivi-hylatty-sulkeissa", "confirmation", "fi-FI",
      "Finnish; line 2 declined with the reason in brackets, line 3 a week later, Finnish Outlook header "
      "block (Lähettäjä/Lähetetty) above the quoted order")
def c_fi():
    sup = supplier("LAMPO", "Lämpö Kiuaskauppa Oy", "myynti@lampokiuas.example", "fi-FI")
    p = po(4500031522, sup, "ingrid", "EUR", "2026-11-18", [
        ("SB-CU-4L", "Sauna bucket, copper, 4 l, with ladle", 30, "EA", "64.00", "2026-12-14"),
        ("SB-PINE-3L", "Sauna bucket, pine wood, 3 l, plastic liner", 50, "EA", "27.50", "2026-12-14"),
        ("SB-LADLE-40", "Sauna ladle, aspen handle, 40 cm", 80, "EA", "9.80", "2026-12-14")])
    t = dt(2026, 11, 25, 13, 5, 40, off=2)
    body = """Hei Ingrid,

kiitos tilauksesta 4500031522. Vahvistamme sen seuraavasti:

Rivi 1  SB-CU-4L     Kuparikiulu 4 l + kauha       30 kpl à 64,00 €, toimitus 14.12.2026
Rivi 2  SB-PINE-3L   Mäntykiulu 3 l, muovisisus    emme valitettavasti pysty toimittamaan (tuote poistunut valikoimasta)
Rivi 3  SB-LADLE-40  Löylykauha, haapavarsi 40 cm  80 kpl à 9,80 €, toimitus 21.12.2026

Toimitusehto FCA Lahti kuten aiemminkin.

Ystävällisin terveisin
Sanna Virtanen
Myynti
Lämpö Kiuaskauppa Oy
Teollisuuskatu 9, 15560 Nastola
puh. 040 123 4567"""
    eml = build_reply("fi-sauna", "outlook", ("Sanna Virtanen", "sanna.virtanen@lampokiuas.example"),
                      "VS: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("fi", p, 2), quote_html=outlook_quote_html("fi", p, 2),
                      charset="iso-8859-15", lang="fi-FI", host="HE1PR0702MB3722.eurprd07.prod.outlook.com",
                      outlook_lang="FI")
    exp = confirmation(
        "Line 2 rejected: 'emme pysty toimittamaan (tuote poistunut valikoimasta)' = cannot supply "
        "(item discontinued). Line 3 date 21.12.2026 instead of 14.12.",
        (p, {1: "A", 2: "R", 3: C(p, 3, date="2026-12-21")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 4
@case("skidvalla-tisdag-vecka-51", "confirmation", "sv-SE",
      "delivery given only as 'tisdag vecka 51' (Tuesday of ISO week 51 = 2026-12-15, not the Friday), "
      "price '1 315,00 kr' with space thousands, Apple Mail plain text")
def c_sv():
    sup = supplier("NORDVALLA", "Nordvalla Skidvalla AB", "order@nordvalla.example", "sv-SE")
    p = po(4500031560, sup, "femke", "SEK", "2026-11-18", [
        ("SW-GLD-180", "Glide wax, fluoro-free, 180 g", 200, "EA", "189.00", "2026-12-11"),
        ("SW-KLI-V40", "Grip wax, blue, 45 g", 300, "PCS", "64.50", "2026-12-11"),
        ("SW-IRON-1", "Waxing iron, 230 V", 10, "EA", "1240.00", "2026-12-11")])
    t = dt(2026, 11, 26, 16, 2, 51)
    body = """Hej Femke!

Tack för ordern. Vi bekräftar order 4500031560 så här:

Rad 1  SW-GLD-180 glidvalla 180 g: 200 st à 189,00 kr
Rad 2  SW-KLI-V40 fästvalla blå 45 g: 300 st à 64,50 kr
Rad 3  SW-IRON-1 vallajärn 230 V: 10 st, pris enligt nya prislistan 1 315,00 kr/st

Leverans för alla tre rader tisdag vecka 51, allt går i samma sändning med Schenker.

Vänliga hälsningar
Johan Lindqvist
Nordvalla Skidvalla AB
Sågverksgatan 7, 831 48 Östersund
Tel. 063-12 34 56
"""
    q = apple_attr(p, 1, "sv") + "\n\n" + prefix(request_text(p))
    eml = build_reply("sv-skiwax", "apple", ("Johan Lindqvist", "johan@nordvalla.example"),
                      "Re: " + request_subject(p), t, body, p=p, quote_text=q, with_html=False,
                      charset="iso-8859-1", sep="\n")
    tue = week_day(2026, 51, 2)
    exp = confirmation(
        "'tisdag vecka 51' = Tuesday of ISO week 51 = 2026-12-15 (a named day wins over the Friday rule). "
        "All quantities and line 1-2 prices as ordered; line 3 price 1 315,00 kr.",
        (p, {1: C(p, 1, date=tue), 2: C(p, 2, date=tue), 3: C(p, 3, unit_price="1315.00", date=tue)}))
    return [p], eml, exp


# ------------------------------------------------------------------ 5
@case("fiscoli-data-formato-usa", "confirmation", "it-IT",
      "Italian supplier repeats our need-by date month-first ('12/10/2026') as our US office wrote it; "
      "read day-first (it-IT) it would be 12 Oct 2026, already past")
def c_it_us():
    sup = supplier("FISCOLI", "Fiscoli Pugliesi S.r.l.", "export@fiscolipugliesi.example", "it-IT")
    p = po(4500031603, sup, "michael", "EUR", "2026-11-19", [
        ("OPM-NY-50", "Olive press mat, nylon, 50 cm diameter", 400, "EA", "7.85", "2026-12-10"),
        ("OPM-NY-60", "Olive press mat, nylon, 60 cm diameter", 250, "EA", "9.40", "2026-12-10")])
    t = dt(2026, 11, 30, 10, 15, 22)
    body = """Dear Michael,

thank you for your order. We confirm PO 4500031603 as follows:

pos. 1  OPM-NY-50  - 400 pcs - EUR 7,85/pc
pos. 2  OPM-NY-60  - 250 pcs - EUR 9,40/pc

Delivery as requested on 12/10/2026, DAP Chicago with our usual forwarder.

Best regards / Cordiali saluti

Giulia Ferraro
Ufficio Commerciale Estero
Fiscoli Pugliesi S.r.l.
Zona Industriale Lotto 22 - 70033 Corato (BA) - Italia
Tel. +39 080 872 1144 - P.IVA 01234560721

Le informazioni contenute in questo messaggio di posta elettronica sono riservate e
confidenziali e ne è vietata la diffusione in qualunque modo eseguita. Qualora Lei non
fosse la persona a cui il presente messaggio è destinato, La invitiamo ad eliminarlo."""
    eml = build_reply("it-fiscoli", "outlook", ("Giulia Ferraro", "export@fiscolipugliesi.example"),
                      "R: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("it", p, 1, datefmt="us"),
                      quote_html=outlook_quote_html("it", p, 1, datefmt="us"),
                      charset="iso-8859-1", lang="it-IT", host="DB9PR02MB7210.eurprd02.prod.outlook.com",
                      outlook_lang="IT")
    exp = confirmation(
        "'12/10/2026' copies the month-first need-by date of our (US office) request, and the supplier says "
        "'as requested': 2026-12-10. Read day-first it would be 12 Oct 2026, before the mail. All as ordered.",
        (p, {1: "A", 2: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 6 + 7
def _slides():
    sup = supplier("SHARMASG", "Sharma Scientific Glassworks Pvt. Ltd.", "sales@sharmaglass.example", "en-IN")
    return po(4500031655, sup, "priya", "INR", "2026-11-16", [
        ("MS-7101", "Microscope slides, plain, 75x25 mm, box of 50", 1000, "BOX", "85.00", "2026-12-21"),
        ("MS-7105", "Microscope slides, frosted end, box of 50", 600, "BOX", "112.00", "2026-12-21"),
        ("CS-2222", "Cover slips 22x22 mm, box of 100", 500, "BOX", "48.50", "2027-01-11")])


_SLIDES_BODY1 = """Dear Ms. Priya,

Greetings from Sharma Scientific Glassworks!

We acknowledge with thanks the receipt of your Purchase Order No. 4500031655 dated 16-11-2026 and are pleased to confirm the same as per your schedule:

1) MS-7101 Microscope slides plain 75x25 mm - 1,000 boxes @ ₹ 85.00 - delivery 21-12-2026
2) MS-7105 Microscope slides frosted end - 600 boxes @ ₹ 112.00 - delivery 21-12-2026
3) CS-2222 Cover slips 22x22 mm - 500 boxes @ ₹ 48.50 - delivery 11-01-2027

Total PO value: ₹ 1,76,450.00 (exclusive of GST @ 18%)

Kindly note the material will be dispatched from our Ambala works by road.

"""
_SLIDES_SIG = """Thanks & Regards,
Rohit Sharma
Sr. Executive - Sales & Exports
Sharma Scientific Glassworks Pvt. Ltd.
Plot 47, Industrial Area Phase II, Ambala Cantt - 133 006, Haryana
Mob: +91 98120 45678"""
_SLIDES_T1 = dt(2026, 12, 1, 11, 20, 9, off=5, offmin=30)


@case("slides-first-mail-all-as-per-schedule", "confirmation", "en-IN",
      "Indian English, dd-mm-yyyy dates and lakh grouping (1,76,450.00); the first of two mails (the "
      "second one corrects line 2)")
def c_in1():
    p = _slides()
    eml = build_reply("in-slides-1", "outlook", ("Rohit Sharma", "sales@sharmaglass.example"),
                      "RE: " + request_subject(p), _SLIDES_T1, _SLIDES_BODY1 + _SLIDES_SIG, p=p,
                      quote_text=outlook_quote("en", p, 5.5, fmt_lang="en-GB"),
                      quote_html=outlook_quote_html("en", p, 5.5, fmt_lang="en-GB"),
                      lang="en-IN", host="PN3PR01MB5567.INDPRD01.PROD.OUTLOOK.COM", outlook_lang="EN-IN")
    exp = confirmation("All three lines confirmed 'as per your schedule'; values repeated in dd-mm-yyyy.",
                       (p, {1: "A", 2: "A", 3: "A"}))
    return [p], eml, exp


@case("slides-second-mail-line2-three-days-later", "confirmation", "en-IN",
      "the supplier's second mail only says 'Sorry, line 2 is 3 days later' above its own first "
      "confirmation: line 2 moves to requested date + 3 days, the rest stands as quoted")
def c_in2():
    p = _slides()
    first_id = M.mid_outlook("in-slides-1", "PN3PR01MB5567.INDPRD01.PROD.OUTLOOK.COM")
    t = dt(2026, 12, 1, 16, 2, 44, off=5, offmin=30)
    body = "Dear Ms. Priya,\n\nSorry, line 2 is 3 days later.\n\n" + _SLIDES_SIG
    quoted_first = ("From: Rohit Sharma <sales@sharmaglass.example>\n"
                    "Sent: 01 December 2026 11:20\n"
                    "To: Priya Nair <priya.nair@meridian-supply.example>\n"
                    "Subject: RE: " + request_subject(p) + "\n\n" + _SLIDES_BODY1 + _SLIDES_SIG + "\n\n"
                    + outlook_quote("en", p, 5.5, fmt_lang="en-GB"))
    eml = build_reply("in-slides-2", "outlook", ("Rohit Sharma", "sales@sharmaglass.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text="_" * 32 + "\n" + quoted_first,
                      quote_html="<div style=\"border:none;border-top:solid #E1E1E1 1.0pt\"></div>"
                                 + M.text_to_html_paras(quoted_first, "MsoNormal"),
                      lang="en-IN", host="PN3PR01MB5567.INDPRD01.PROD.OUTLOOK.COM", outlook_lang="EN-IN",
                      in_reply_to=first_id,
                      references=p["request_message_id"] + " " + first_id)
    exp = confirmation(
        "Second mail of the supplier: 'line 2 is 3 days later' -> 2026-12-21 + 3 = 2026-12-24. Lines 1 and 3 "
        "stay as confirmed in the supplier's own first mail quoted below (as per schedule).",
        (p, {1: "A", 2: C(p, 2, date=add_days("2026-12-21", 3)), 3: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 8
@case("curling-stones-winmail-inline-logo", "confirmation", "en-GB",
      "Outlook mail with an inline PNG logo (multipart/related, cid:) and a winmail.dat (application/"
      "ms-tnef) attachment; ordinal dates '8th January 2027', '14th January 2027', GBP with pound sign")
def c_gb_curling():
    sup = supplier("KILCURL", "Kilmarnock Curling Stones Ltd", "sales@kilmarnockcurling.example", "en-GB")
    p = po(4500031701, sup, "ingrid", "GBP", "2026-11-19", [
        ("CS-AK-BLU", "Curling stones, Blue Hone running band insert, pair", 8, "PR", "1450.00", "2027-01-08"),
        ("CS-HND-RED", "Curling stone handle, red", 16, "EA", "38.00", "2026-12-18")])
    t = dt(2026, 11, 25, 15, 48, 30, off=0)
    seed = "gb-curling"
    body = """Hi Ingrid,

Thanks for PO 4500031701, please see below.

Line 1 – CS-AK-BLU, stones with Blue Hone insert: confirmed, 8 pairs @ £1,450.00 per pair, delivery 8th January 2027.

Line 2 – CS-HND-RED, handles red: 16 @ £38.00 confirmed, however delivery will be 14th January 2027 as the red handles are on back order from our moulder.

Kind regards,

Callum Reid
Sales Office
Kilmarnock Curling Stones Ltd
Unit 4, Glenfield Industrial Estate, Kilmarnock KA1 3NY
T: 01563 555 210

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Kilmarnock Curling Stones Ltd, registered in Scotland No. SC123456."""
    cid = "image001.png@01DB5F2A.5C8E1B40"
    logo = __import__("crlib.img", fromlist=["logo"]).logo(160, 40, (20, 50, 120), (255, 255, 255),
                                                           stripe=(200, 30, 40))
    sig_html = ("<p class=\"MsoNormal\"><img width=\"160\" height=\"40\" style=\"width:1.6666in;height:.4166in\" "
                "id=\"Picture_x0020_1\" src=\"cid:%s\" alt=\"Kilmarnock Curling Stones\"></p>" % cid)
    parts = body.split("\n\nThis email")
    bh = M.text_to_html_paras(parts[0], "MsoNormal") + "\n" + sig_html + "\n" + \
        "<p class=\"MsoNormal\"><span style=\"font-size:7.5pt;color:gray\">This email" + esc(parts[1]) + "</span></p>"
    q_text = outlook_quote("en-GB", p, 0, fmt_lang="en-GB")
    text = M.text(body + "\n\n" + q_text, "windows-1252", "quoted-printable")
    hb = M.outlook_html(bh, outlook_quote_html("en-GB", p, 0, fmt_lang="en-GB"), "windows-1252", "EN-GB")
    rel = M.multipart("related", [M.html(hb, "windows-1252"),
                                  M.attachment(logo, "image/png", "image001.png", disposition="inline",
                                               cid=cid, description="image001.png")],
                      seed, "outlook", 1, params=';\n\ttype="text/html"')
    alt = M.multipart("alternative", [text, rel], seed, "outlook", 0)
    tn = M.tnef(seed, "RE: " + request_subject(p), body)
    att = M.attachment(tn, "application/ms-tnef", "winmail.dat", size=True)
    root = M.multipart("mixed", [alt, att], seed, "outlook", 2)
    mid = M.mid_outlook(seed, "LO2P265MB5238.GBRP265.PROD.OUTLOOK.COM")
    hdrs = [("Return-Path", "<sales@kilmarnockcurling.example>"),
            ("Received", M.received("LO2P265CU003.outbound.protection.outlook.com", "40.107.121.84",
                                    "mx1.meridian-supply.example", dt(2026, 11, 25, 16, 48, 36),
                                    "4Yc9Lq0Rz2z9sWn", for_addr=p["buyer"]["email"])),
            ("From", "Callum Reid <sales@kilmarnockcurling.example>"),
            ("To", "Ingrid Solberg <ingrid.solberg@meridian-supply.example>"),
            ("Subject", "RE: " + request_subject(p)),
            ("Thread-Topic", request_subject(p)), ("Thread-Index", M.thread_index(seed)),
            ("Date", M.date(t)), ("Message-ID", mid), ("References", p["request_message_id"]),
            ("In-Reply-To", p["request_message_id"]), ("Accept-Language", "en-GB"),
            ("Content-Language", "en-GB"), ("X-MS-Has-Attach", "yes"),
            ("X-MS-TNEF-Correlator", "<%s>" % mid.strip("<>").replace("@", ".tnef@"))]
    eml = M.to_bytes(M.finish(root, hdrs))
    exp = confirmation(
        "Line 1 as ordered (8th January 2027). Line 2 quantity and price confirmed, delivery 14th January 2027 "
        "instead of 2026-12-18. winmail.dat and the logo carry no further information.",
        (p, {1: "A", 2: C(p, 2, date="2027-01-14")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 9
@case("cirios-nuevas-condiciones-pago", "confirmation", "es-ES",
      "order accepted as is, but the mail announces new payment terms (30 days instead of 60) - not a "
      "change to quantity, price or date; long Spanish legal notice")
def c_es_candles():
    sup = supplier("CERERIA", "Cerería Litúrgica San Isidro S.L.", "pedidos@cereriasanisidro.example", "es-ES")
    p = po(4500031744, sup, "tomas", "EUR", "2026-11-20", [
        ("CC-PAS-120", "Paschal candle, 55% beeswax, 120 cm", 12, "EA", "145.00", "2026-12-16"),
        ("CC-ALT-40", "Altar candle, 40 x 4 cm", 300, "EA", "6.20", "2026-12-16"),
        ("CC-VOT-7D", "Votive candle, 7-day, in glass", 600, "EA", "2.35", "2026-12-16")])
    t = dt(2026, 11, 26, 12, 30, 5)
    body = """Buenos días, Tomás:

Acusamos recibo de su pedido n.º 4500031744, que aceptamos en las condiciones indicadas: cantidades, precios unitarios y fecha de entrega 16/12/2026 para las tres líneas.

Le informamos de que, a partir de este pedido, nuestras condiciones de pago pasan a ser transferencia a 30 días fecha factura (en lugar de los 60 días que veníamos aplicando). Le rogamos que lo tenga en cuenta al dar de alta la factura.

Un cordial saludo,

Montserrat Gil
Dpto. Comercial
Cerería Litúrgica San Isidro, S.L.
C/ de la Cera, 12 – 28005 Madrid
Tel. 91 365 42 18

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Cerería Litúrgica San Isidro, S.L. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos se tratan con la finalidad de gestionar la relación comercial."""
    eml = build_reply("es-cirios", "outlook", ("Montserrat Gil", "pedidos@cereriasanisidro.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("es", p, 1), quote_html=outlook_quote_html("es", p, 1),
                      charset="windows-1252", lang="es-ES", host="PA4PR08MB6093.eurprd08.prod.outlook.com",
                      outlook_lang="ES", header_charset="iso-8859-1")
    exp = confirmation(
        "Accepted as ordered (quantities, prices, 16/12/2026). The new payment terms (30 days net instead of "
        "60) are not a line change.",
        (p, {1: "A", 2: "A", 3: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 10
def our_po_pdf(p, datefmt="iso"):
    f = Flow()
    f.para("Meridian Heritage Supply B.V.", 14, True)
    f.para("Waalhaven Z.z. 41, 3089 JH Rotterdam, Netherlands - VAT NL001234567B01", 8, gap=10)
    f.para("PURCHASE ORDER %s" % p["po_number"], 13, True, gap=4)
    f.para("Order date: %s    Currency: %s    Buyer: %s" % (p["issued"], p["currency"], p["buyer"]["name"]),
           9, gap=4)
    f.para("Supplier: %s (%s)" % (p["supplier"]["name"].encode("cp1252", "replace").decode("cp1252"),
                                   p["supplier"]["id"]), 9, gap=10)
    rows = []
    tot = 0
    from decimal import Decimal
    for ln in p["lines"]:
        amt = Decimal(ln["unit_price"]) * ln["quantity"]
        tot += amt
        rows.append([str(ln["line"]), ln["item"], ln["description"], str(ln["quantity"]), ln["uom"],
                     ln["unit_price"], "%.2f" % amt, ln["requested_date"]])
    f.table(["Line", "Item", "Description", "Qty", "UoM", "Unit price", "Amount", "Need by"], rows,
            [28, 70, 185, 35, 30, 55, 55, 60], right=(3, 5, 6))
    f.para("Total order value: %.2f %s" % (tot, p["currency"]), 9, True, gap=10)
    f.para("Terms: Incoterms DAP Rotterdam. Please confirm quantity, unit price and delivery date per line.", 8)
    f.para("Invoices to ap@meridian-supply.example quoting the PO number.", 8)
    return render(f.pages, title="Purchase order %s" % p["po_number"], author="Meridian Heritage Supply",
                  creator="Meridian ERP", producer="Meridian ERP PDF 4.2", created="D:%s090000+01'00'"
                  % p["issued"].replace("-", ""))


@case("melissokomika-po-forwarded-confirmed", "confirmation", "el-GR",
      "our own PO mail forwarded back (ΠΡΘ:, Greek Outlook header block, our PO PDF still attached) with "
      "only 'Confirmed' written above it; no In-Reply-To; all figures in the mail are ours")
def c_gr():
    sup = supplier("PAPAMEL", "Papadopoulos Beekeeping Supplies S.A.", "orders@papadopoulos-mel.example", "el-GR")
    p = po(4500031790, sup, "ingrid", "EUR", "2026-11-20", [
        ("BV-ROUND-W", "Beekeeping veil, round, white mesh", 150, "EA", "8.90", "2026-12-15"),
        ("BV-FENC-L", "Fencing veil jacket, size L", 40, "EA", "34.50", "2026-12-15"),
        ("BV-GLV-9", "Beekeeping gloves, leather, size 9", 60, "PR", "11.20", "2027-01-12")])
    t = dt(2026, 11, 27, 9, 2, 17, off=2)
    body = """Confirmed.

Επιβεβαιώνεται.

Με εκτίμηση / Best regards
Γιώργος Παπαδόπουλος
Μελισσοκομικά Παπαδόπουλος Α.Ε.
Λεωφ. Αθηνών 112, 104 42 Αθήνα
Τηλ. 210 5123 456"""
    q = outlook_quote("el", p, 2)
    pdfb = our_po_pdf(p)
    att = M.attachment(pdfb, "application/pdf", "PO_4500031790.pdf")
    eml = build_reply("gr-veils", "outlook", ("Γιώργος Παπαδόπουλος", "orders@papadopoulos-mel.example"),
                      "ΠΡΘ: " + request_subject(p), t, body, p=p, quote_text=q,
                      quote_html=outlook_quote_html("el", p, 2), charset="iso-8859-7", cte="base64",
                      lang="el-GR", host="VI1PR09MB3311.eurprd09.prod.outlook.com", outlook_lang="EL",
                      attachments=[att], in_reply_to="", references="")
    exp = confirmation(
        "Forward of our own request with 'Confirmed / Επιβεβαιώνεται' on top: the whole order as sent, every "
        "line accepted. The attached PDF is our PO, not a supplier document.",
        (p, {1: "A", 2: "A", 3: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 11
@case("orgelbalg-teillieferung-jaenner", "confirmation", "de-AT",
      "Austrian German split delivery: 2 pcs in 'KW 51', remaining 4 on '15. Jänner 2027' (Jänner = "
      "January); € 2.180,00 with dot thousands")
def c_at():
    sup = supplier("HOLLERER", "Hollerer Orgelbau-Zulieferung KG", "office@hollerer-orgelbau.example", "de-AT")
    p = po(4500031812, sup, "ingrid", "EUR", "2026-11-16", [
        ("POB-WEDGE-60", "Wedge bellows, 60 x 120 cm, sheepskin hinges", 6, "EA", "2180.00", "2026-12-18"),
        ("POB-GSK-SET", "Bellows gasket and valve leather set", 10, "SET", "96.00", "2026-12-18")])
    t = dt(2026, 11, 23, 16, 20, 45)
    body = """Sehr geehrte Frau Solberg,

danke für Ihren Auftrag 4500031812.

Pos. 1 Keilbalg 60 x 120 cm (POB-WEDGE-60): Wir können Ihnen 2 Stück in KW 51 liefern, die restlichen 4 Stück am 15. Jänner 2027. Preis € 2.180,00/Stk. lt. Bestellung.

Pos. 2 Dichtungs- und Ventilledersatz (POB-GSK-SET): 10 Sätze à € 96,00, Liefertermin 18.12.2026.

Wir hoffen, Ihnen damit gedient zu haben, und verbleiben

mit freundlichen Grüßen

Ing. Franz Hollerer
Hollerer Orgelbau-Zulieferung KG
Kirchengasse 3, 4910 Ried im Innkreis, Österreich
T +43 7752 81 2 44
FN 123456x, LG Ried im Innkreis"""
    eml = build_reply("at-orgel", "outlook", ("Franz Hollerer", "office@hollerer-orgelbau.example"),
                      "AW: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("de", p, 1), quote_html=outlook_quote_html("de", p, 1),
                      charset="iso-8859-15", lang="de-AT", host="VI1P190MB0655.EURP190.PROD.OUTLOOK.COM",
                      outlook_lang="DE-AT")
    kw51 = week_day(2026, 51)
    exp = confirmation(
        "Line 1 split: 2 pcs KW 51 (Friday 2026-12-18), 4 pcs on 15 Jänner (January) 2027; total 6 at the PO "
        "price, last delivery 2027-01-15. Line 2 as ordered.",
        (p, {1: C(p, 1, date="2027-01-15", schedule=[(2, kw51), (4, "2027-01-15")]), 2: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 12
@case("casiers-homard-commande-refusee", "confirmation", "fr-CA",
      "Quebec French refusal of the whole order (production booked until March); a second open PO of the "
      "same supplier is in pos.json and must stay untouched")
def c_frca():
    sup = supplier("CASGASP", "Casiers Gaspésiens inc.", "ventes@casiersgaspesiens.example", "fr-CA")
    p = po(4500031835, sup, "ingrid", "CAD", "2026-11-20", [
        ("LC-WIRE-36", "Lobster trap, vinyl-coated wire, 36 in", 200, "EA", "78.00", "2027-01-15"),
        ("LC-HEAD-KIT", "Trap head kit, nylon twine", 200, "SET", "12.40", "2027-01-15")])
    p_old = po(4500031100, sup, "ingrid", "CAD", "2026-10-21", [
        ("LC-WIRE-48", "Lobster trap, vinyl-coated wire, 48 in", 80, "EA", "96.50", "2026-12-04"),
        ("LC-BUOY-8", "Trap buoy, foam, 8 in", 150, "EA", "6.75", "2026-12-04")])
    t = dt(2026, 12, 1, 10, 45, 31, off=-5)
    body = """Bonjour Madame Solberg,

Nous accusons réception de votre bon de commande no 4500031835 et vous remercions de votre confiance.

Malheureusement, nous ne pourrons pas honorer cette commande : notre production de casiers est entièrement réservée jusqu'à la fin de mars 2027 pour l'ouverture de la saison de pêche aux Îles-de-la-Madeleine et en Gaspésie. Nous ne sommes donc pas en mesure de livrer les 200 casiers ni les 200 ensembles de têtes pour le 15 janvier.

N'hésitez pas à nous relancer au printemps, il nous fera plaisir de vous soumettre un prix.

Cordialement,

Marie-Ève Cormier
Service à la clientèle
Casiers Gaspésiens inc.
125, boul. de Gaspé, Gaspé (Québec)  G4X 1A5
418 555-0136"""
    eml = build_reply("frca-casiers", "outlook", ("Marie-Ève Cormier", "ventes@casiersgaspesiens.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("fr", p, -5), quote_html=outlook_quote_html("fr", p, -5),
                      charset="iso-8859-1", lang="fr-CA", host="YT3PR01MB8210.CANPRD01.PROD.OUTLOOK.COM",
                      outlook_lang="FR-CA")
    exp = confirmation(
        "Whole PO 4500031835 declined (production booked until end of March): both lines rejected. The older "
        "PO 4500031100 is not mentioned and is left out.",
        (p, {1: "R", 2: "R"}))
    return [p_old, p], eml, exp


# ------------------------------------------------------------------ 13
@case("sokou-reiwa-nouki", "confirmation", "ja-JP",
      "Japanese in ISO-2022-JP; dates in the Reiwa era (令和8年12月18日 = 2026-12-18, 令和9年 = 2027), "
      "full-width digits (２，０００本), price cut on one line")
def c_ja():
    sup = supplier("MARUWA", "Maruwa Heddle Manufacturing Co., Ltd.", "eigyo@maruwa-sokou.example", "ja-JP")
    p = po(4500031877, sup, "ingrid", "JPY", "2026-11-17", [
        ("LH-FLAT-330", "Flat steel heddle, 330 mm", 2000, "PCS", "42", "2026-12-18"),
        ("LH-WIRE-280", "Wire heddle, 280 mm, tinned", 1500, "PCS", "28", "2026-12-18"),
        ("LH-FRAME-KIT", "Heddle frame repair kit", 4, "SET", "18500", "2027-01-15")])
    t = dt(2026, 11, 25, 17, 32, 8, off=9)
    body = """株式会社メリディアン・ヘリテージ・サプライ
購買部　Ingrid Solberg 様

いつも大変お世話になっております。
丸和綜絖製作所の佐藤でございます。

ご注文番号 4500031877 につきまして、下記の通りご回答申し上げます。

1. LH-FLAT-330　フラットヘルド 330mm
　 数量：２，０００本　単価：42円　納期：令和8年12月18日
2. LH-WIRE-280　ワイヤーヘルド 280mm（錫メッキ）
　 数量：1,500本　単価：30円　納期：令和8年12月25日
　 ※原材料価格高騰のため、誠に恐縮ながら単価を改定させていただきます。
3. LH-FRAME-KIT　枠修理キット
　 数量：4セット　単価：18,500円　納期：令和9年1月15日

以上、何卒よろしくお願い申し上げます。

──────────────────────
株式会社丸和綜絖製作所　営業部
佐藤 健一（Kenichi Sato）
〒491-0000 愛知県一宮市本町1-2-3
TEL 0586-00-0000　FAX 0586-00-0001
──────────────────────"""
    eml = build_reply("ja-heddle", "outlook", ("佐藤 健一", "eigyo@maruwa-sokou.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("ja", p, 9), quote_html=None, with_html=False,
                      charset="iso-2022-jp", cte="7bit", lang="ja-JP",
                      host="TYCPR01MB8461.jpnprd01.prod.outlook.com")
    exp = confirmation(
        "Reiwa 8 = 2026, Reiwa 9 = 2027. Line 1 as ordered (full-width ２，０００). Line 2: price 30 yen "
        "(was 28) and 2026-12-25. Line 3 as ordered (2027-01-15).",
        (p, {1: "A", 2: C(p, 2, unit_price="30", date="2026-12-25"), 3: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 14
@case("zheyangwang-xlsx-hangqueren", "confirmation", "zh-CN",
      "GB2312 Foxmail mail that says only 'see attached Excel'; the XLSX holds the per-line answer with "
      "dates stored as Excel serial numbers; one date later, one price lower")
def c_zhcn():
    sup = supplier("LUYUAN", "Shandong Luyuan Shade Net Co., Ltd.", "export@luyuan-net.example", "zh-CN")
    p = po(4500031902, sup, "ingrid", "CNY", "2026-11-17", [
        ("SC-50-B4", "Shade cloth 50%, black HDPE, 4 m wide", 2000, "M", "6.80", "2026-12-20"),
        ("SC-70-G4", "Shade cloth 70%, green HDPE, 4 m wide", 1500, "M", "8.20", "2026-12-20"),
        ("SC-CLIP", "Shade cloth clip, UV-stabilised", 5000, "PCS", "0.35", "2026-12-20")])
    t = dt(2026, 11, 26, 15, 8, 44, off=8)
    body = """Ingrid 您好，

贵司订单 4500031902 已收到，确认情况详见附件 Excel（按行回复），请查收。
第2行 70% 绿色遮阳网因原料到货推迟，交期顺延；第3行卡扣单价下调。

如有问题请随时联系，谢谢！

王丽 Lily Wang
外贸部
山东鲁源遮阳网有限公司
电话：+86 531 8888 0000  手机：138 0000 0000"""
    rt = local(request_dt(p), 8)
    q = ("\n\n------------------&nbsp;原始邮件&nbsp;------------------".replace("&nbsp;", " ") +
         "\n发件人: \"Ingrid Solberg\"<ingrid.solberg@meridian-supply.example>;\n"
         "发送时间: %d年%d月%d日(%s) %s%d:%02d\n收件人: \"export\"<export@luyuan-net.example>;\n"
         "主题: %s\n\n" % (rt.year, rt.month, rt.day, "星期" + "一二三四五六日"[rt.weekday()],
                            "上午" if rt.hour < 12 else "下午", rt.hour % 12 or 12, rt.minute,
                            request_subject(p))
         + request_text(p))
    D = _dt.date
    rows = [["订单号 PO", "4500031902", "", "", "", "", "", "", "", "", ""],
            ["行号", "物料编码", "描述", "订单数量", "单位", "订单单价(CNY)", "要求交期",
             "确认数量", "确认单价(CNY)", "确认交期", "备注"],
            [1, "SC-50-B4", "遮阳网50% 黑色 4米宽", 2000, "M", 6.8, D(2026, 12, 20), 2000, 6.8,
             D(2026, 12, 20), "确认"],
            [2, "SC-70-G4", "遮阳网70% 绿色 4米宽", 1500, "M", 8.2, D(2026, 12, 20), 1500, 8.2,
             D(2027, 1, 5), "原料到货推迟"],
            [3, "SC-CLIP", "遮阳网卡扣", 5000, "PCS", 0.35, D(2026, 12, 20), 5000, 0.32,
             D(2026, 12, 20), "单价下调"]]
    xb = xlsx([("确认", rows, [6, 12, 22, 10, 6, 12, 12, 10, 12, 12, 14])], date_format="yyyy/m/d",
              creator="Lily Wang", app="Microsoft Excel")
    att = M.attachment(xb, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       "PO4500031902确认.xlsx", name_charset="gb2312")
    eml = build_reply("zhcn-shade", "generic", ("Lily Wang", "export@luyuan-net.example"),
                      "回复：" + request_subject(p), t, body, p=p, quote_text=q, sep="",
                      charset="gb2312", cte="base64", attachments=[att], host="smtp.luyuan-net.example",
                      x_mailer="Foxmail 7.2.25.375[cn]", header_charset="gb2312")
    exp = confirmation(
        "The answer is in the XLSX (dates are Excel serials formatted yyyy/m/d): line 1 as ordered; line 2 "
        "delivery 2027-01-05; line 3 price 0.32 instead of 0.35.",
        (p, {1: "A", 2: C(p, 2, date="2027-01-05"), 3: C(p, 3, unit_price="0.32")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 15
@case("wa-xie-minguo-jiaoqi-big5", "confirmation", "zh-TW",
      "Traditional Chinese in Big5; dates in the ROC calendar (115年12月28日, 115/12/23 = 2026); old "
      "date mentioned as '原訂12/23'; one line cannot be supplied")
def c_zhtw():
    sup = supplier("WHALEJ", "Whale Jump Diving Equipment Co., Ltd.", "sales@whalejump.example", "zh-TW")
    p = po(4500031933, sup, "ingrid", "TWD", "2026-11-18", [
        ("DF-OPEN-ML", "Diving fins, open heel, size M/L", 120, "PR", "1150.00", "2026-12-23"),
        ("DF-FULL-42", "Diving fins, full foot, EU 42-43", 80, "PR", "890.00", "2026-12-23"),
        ("DF-STRAP-SP", "Spring heel strap, stainless steel", 100, "PR", "420.00", "2027-01-08")])
    t = dt(2026, 11, 26, 14, 10, 3, off=8)
    body = """Ingrid 您好：

感謝貴公司訂單 4500031933，回覆如下：

1. DF-OPEN-ML 開放式蛙鞋 M/L：120 雙，單價 NT$1,150，交期 115年12月28日（原訂12/23，因模具保養延後）
2. DF-FULL-42 套腳式蛙鞋 EU 42-43：80 雙，單價 NT$890，交期 115/12/23，照訂單
3. DF-STRAP-SP 不鏽鋼彈簧腳帶：原廠停產，本批無法供貨，抱歉。

如有任何問題，請與我聯絡。

順頌商祺

林佩君 Peggy Lin
業務部
鯨躍潛水器材股份有限公司
高雄市前鎮區成功二路 88 號
TEL: 07-000-0000 ext. 215"""
    eml = build_reply("zhtw-fins", "outlook", ("林佩君 Peggy Lin", "sales@whalejump.example"),
                      "回覆: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("zh-TW", p, 8), quote_html=outlook_quote_html("zh-TW", p, 8),
                      charset="big5", cte="base64", lang="zh-TW",
                      host="TYZPR03MB7155.apcprd03.prod.outlook.com", outlook_lang="ZH-TW")
    exp = confirmation(
        "ROC year 115 = 2026. Line 1 moved to 2026-12-28 ('原訂12/23' is the old date). Line 2 as ordered. "
        "Line 3 cannot be supplied (discontinued): rejected.",
        (p, {1: C(p, 1, date="2026-12-28"), 2: "A", 3: "R"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 16
@case("banjo-heads-euckr-bubun-napgi", "confirmation", "ko-KR",
      "Korean in EUC-KR; dates written '2026. 12. 21.' and '2027. 1. 8.'; line 2 only 50 of 80 and later; "
      "KRW with no decimals")
def c_ko():
    sup = supplier("HANBIT", "Hanbit Instrument Parts Co., Ltd.", "sales@hanbitparts.example", "ko-KR")
    p = po(4500031966, sup, "ingrid", "KRW", "2026-11-19", [
        ("BH-11-FROST", "Banjo head 11 in, frosted top, medium crown", 150, "EA", "12500", "2026-12-21"),
        ("BH-11-CLEAR", "Banjo head 11 in, clear", 80, "EA", "11800", "2026-12-21")])
    t = dt(2026, 11, 30, 9, 30, 12, off=9)
    body = """Ingrid Solberg 님께,

안녕하십니까. 한빛악기부품 영업팀 김민준입니다.
발주서 4500031966 건에 대해 아래와 같이 회신드립니다.

1번 품목 BH-11-FROST (밴조 헤드 11인치, 프로스티드)
 - 수량 150개 / 단가 12,500원 / 납기 2026. 12. 21. 확정

2번 품목 BH-11-CLEAR (밴조 헤드 11인치, 클리어)
 - 필름 원단 재고 부족으로 80개 중 50개만 공급 가능합니다.
 - 단가 11,800원 / 납기 2027. 1. 8.

감사합니다.

김민준 과장
한빛악기부품(주) 영업팀
경기도 부천시 원미구 산업로 45
Tel. 032-000-0000 / Fax. 032-000-0001"""
    eml = build_reply("ko-banjo", "outlook", ("김민준", "sales@hanbitparts.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("ko", p, 9), quote_html=outlook_quote_html("ko", p, 9),
                      charset="euc-kr", cte="base64", lang="ko-KR",
                      host="SL2P216MB1882.KORP216.PROD.OUTLOOK.COM", outlook_lang="KO")
    exp = confirmation(
        "Line 1 confirmed as ordered. Line 2: only 50 of the 80 pieces, same price, 2027-01-08 ('2027. 1. 8.'); "
        "nothing said about the other 30, so the confirmed total is 50.",
        (p, {1: "A", 2: C(p, 2, quantity=50, date="2027-01-08")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 17
@case("gorelki-aerostat-koi8r", "confirmation", "ru-RU",
      "Russian in KOI8-R sent 8bit by The Bat!; '1 285 000,00 руб.' with space thousands; 'до 25.12.2026' "
      "and '21 декабря 2026 г.'; The Bat! quote header 'Вы писали'")
def c_ru():
    sup = supplier("AEROTEH", "OOO Aerostat-Tekhnika", "sales@aerostat-tech.example", "ru-RU")
    p = po(4500032011, sup, "ingrid", "RUB", "2026-11-17", [
        ("HAB-BRN-DBL", "Hot air balloon burner, double, stainless coils", 2, "EA", "1240000.00", "2026-12-21"),
        ("HAB-BLST-V", "Blast valve repair kit", 6, "SET", "18400.00", "2026-12-21"),
        ("HAB-HOSE-3M", "LPG fuel hose 3 m, with quick coupler", 8, "EA", "9650.00", "2026-12-21")])
    t = dt(2026, 12, 2, 12, 14, 37, off=3)
    rt = local(request_dt(p), 3)
    body = """Здравствуйте, Ingrid.

Благодарим за заказ N 4500032011. Подтверждаем его на следующих условиях:

Поз. 1  HAB-BRN-DBL  Горелка двойная для теплового аэростата - 2 шт.
        Цена: 1 285 000,00 руб. за шт. (изменение связано с ростом стоимости нержавеющей стали)
        Срок поставки: до 25.12.2026

Поз. 2  HAB-BLST-V   Ремкомплект клапана - 6 компл. по 18 400,00 руб.
Поз. 3  HAB-HOSE-3M  Топливный шланг 3 м - 8 шт. по 9 650,00 руб.
        По поз. 2 и 3 цена и количество - по заказу, поставка 21 декабря 2026 г.

Цены указаны без НДС.

"""
    sig = """-- 
С уважением,
Дмитрий Волков
менеджер отдела продаж
ООО "Аэростат-Техника"
г. Калуга, ул. Болдина, д. 24
тел. +7 (4842) 00-00-00"""
    q = ("Вы писали %d ноября 2026 г., %d:%02d:\n\n" % (rt.day, rt.hour, rt.minute)
         + prefix(request_text(p), "> ") + "\n\n")
    eml = build_reply("ru-burner", "generic", ("Дмитрий Волков", "sales@aerostat-tech.example"),
                      "Re: " + request_subject(p), t, body + q + sig, p=p, with_html=False,
                      charset="koi8-r", cte="8bit", x_mailer="The Bat! (v10.5.3) Professional",
                      host="mail.aerostat-tech.example", quote_charset=False)
    exp = confirmation(
        "Line 1: price 1 285 000,00 RUB (was 1 240 000), delivery by 25.12.2026. Lines 2 and 3 as ordered "
        "(21 December 2026). The quote sits between the text and the signature (The Bat! style).",
        (p, {1: C(p, 1, unit_price="1285000.00", date="2026-12-25"), 2: "A", 3: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 18
@case("doshky-mist-koi8u-dvi-postavky", "confirmation", "uk-UA",
      "Ukrainian in KOI8-U; line 2 split (250 pcs on 18 грудня with line 1, the other 150 on 22 січня "
      "2027 р.); only shipment dates given")
def c_uk():
    sup = supplier("KARPBRUS", "TOV Karpatskyi Brus", "sales@karpbrus.example", "uk-UA")
    p = po(4500032040, sup, "ingrid", "UAH", "2026-11-18", [
        ("RBP-OAK-80", "Rope bridge plank, oak, 800x200x40 mm", 600, "EA", "145.00", "2026-12-18"),
        ("RBP-LARCH-80", "Rope bridge plank, larch, 800x200x40 mm", 400, "EA", "118.00", "2026-12-18")])
    t = dt(2026, 11, 26, 10, 5, 19, off=2)
    body = """Добрий день, пані Інгрід!

Дякуємо за замовлення N 4500032040.

Позиція 1 (RBP-OAK-80, дошка дубова 800x200x40 мм): підтверджуємо 600 шт. за ціною 145,00 грн/шт., відвантаження 18 грудня 2026 р.

Позиція 2 (RBP-LARCH-80, дошка модрина 800x200x40 мм): наразі на складі є лише 250 шт. - відвантажимо їх 18 грудня разом із позицією 1, решту 150 шт. - 22 січня 2027 р. Ціна 118,00 грн/шт. без змін.

З повагою,
Олена Коваль
менеджер зі збуту
ТОВ "Карпатський брус"
м. Івано-Франківськ, вул. Промислова, 7
+380 34 000 00 00"""
    q = tb_attr("uk", p, 2) + "\n" + prefix(request_text(p)) + "\n"
    eml = build_reply("uk-planks", "tb", ("Олена Коваль", "sales@karpbrus.example"),
                      "Re: " + request_subject(p), t, body, p=p, quote_text=q, with_html=False,
                      charset="koi8-u", cte="quoted-printable", lang="uk", flowed=True,
                      x_mailer="Mozilla Thunderbird", header_charset="koi8-u")
    exp = confirmation(
        "Only shipment dates given, so they are the dates. Line 1 as ordered. Line 2: 250 on 2026-12-18, 150 on "
        "2027-01-22, total 400 at the PO price.",
        (p, {1: "A", 2: C(p, 2, date="2027-01-22", schedule=[(250, "2026-12-18"), (150, "2027-01-22")])}))
    return [p], eml, exp
