"""Cases, part C."""
from html import escape as E

from .mime import addr, hdr, date_hdr, text_part, html_part, multipart, attachment, message
from .common import (supplier, ln, po, conf, expected, Case, ACC, REJ, UNC, chg,
                     request_text, request_html, gt, outlook_block, subject, table_text, _fmt_issued, SHIP_TO, signature)
from .build import (headers, outlook_after, outlook_reply, gmail_reply, rcv, t2h, html_doc,
                    outlook_divider_html, mid_outlook, mid_gmail, mid_plain, tid)
from .pdf import PDF

LENA = "Lena Vogt <lena.vogt@brightwater.example>"
DANA = "Dana Ruiz <dana.ruiz@brightwater.example>"
RAHUL = "Rahul Mehta <rahul.mehta@brightwater.example>"
AIKO = "Aiko Bell <aiko.bell@brightwater.example>"
TOMASZ = "Tomasz Wren <tomasz.wren@brightwater.example>"


def ines(cs="utf-8"):
    return addr("Inés Carvalho", "ines.carvalho@brightwater.example", cs)


# ---------------------------------------------------------------------------
def ro_reject_line():
    sup = supplier("REFCARPATI", "Refractare Carpați SRL", "vanzari@refractare-carpati.example", "ro-RO")
    p = po("4500032322", sup, "rahul", "RON", "2026-11-27", [
        ln("KSH-COR-4040", "Kiln shelf, cordierite, 400 x 400 x 15 mm", 80, "EA", "96.00", "2026-12-18"),
        ln("KSH-COR-HALF", "Kiln half shelf, cordierite, 400 x 200 x 15 mm", 60, "EA", "52.00", "2026-12-18"),
        ln("KPR-COR-SET", "Kiln prop set, cordierite, 25-150 mm", 20, "SET", "138.00", "2026-12-18"),
    ])
    body = ("Bună ziua domnule Mehta,\n\n"
            "Vă mulțumim pentru comanda nr. 4500032322. Vă confirmăm:\n"
            "- poz. 1: 80 buc. plăci cordierită 400x400x15, 96,00 lei/buc., livrare 18.12.2026;\n"
            "- poz. 2: 60 buc. semiplăci 400x200x15, 52,00 lei/buc., livrare 18.12.2026;\n"
            "- poz. 3: nu mai producem seturile de suporți, vă rugăm să anulați această poziție.\n\n"
            "Cu stimă,\n"
            "Andrei Popescu\n"
            "Departament Vânzări\n"
            "Refractare Carpați SRL | Str. Depozitelor nr. 9, 510170 Alba Iulia\n"
            "CUI RO 18273645 | Tel. 0258 811 402")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "ro", RAHUL, "vineri, 27 noiembrie 2026 12:48", "vanzari@refractare-carpati.example",
                         "PO 4500032322 - order acknowledgement request", quoted, "utf-8", "quoted-printable",
                         "_000_VI1PR08MB5471C0FFEE12VI1PR08MB5471eurp_", html_lang="RO")
    h = headers(addr("Andrei Popescu", "andrei.popescu@refractare-carpati.example"), RAHUL,
                "RE: PO 4500032322 - order acknowledgement request",
                date_hdr(2026, 12, 2, 11, 30, 41, "+0200"), mid_outlook("c1", "eurprd08"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-vi1eur03on2053.outbound.protection.outlook.com", "203.0.113.53", "Wed, 02 Dec 2026 09:30:47 +0000", "rahul.mehta@brightwater.example", "c1")],
                after=outlook_after("c1", "PO 4500032322 - order acknowledgement request", "ro-RO"))
    eml = message(h, part)
    return Case("romanian-cancel-one-line", "confirmation", "ro-RO",
                "Romanian comma-below diacritics in UTF-8; 'vă rugăm să anulați această poziție' rejects line 3",
                [p], eml, expected("confirmation",
                                   "Lines 1-2 as ordered; line 3 no longer produced, supplier asks to cancel it -> rejected.",
                                   [conf(p, {1: ACC, 2: ACC, 3: REJ})]))


# ---------------------------------------------------------------------------
def hebrew_rtl():
    sup = supplier("SPATECH", "Spa-Tech Systems Ltd.", "sales@spatech-il.example", "he-IL")
    p = po("4500032333", sup, "dana", "ILS", "2026-11-30", [
        ln("HTJ-CLU-4", "Hot tub cluster jet, 4 in, 6 nozzles", 120, "EA", "92.00", "2026-12-17"),
        ln("HTJ-NECK-2", "Hot tub neck jet, 2 in", 60, "EA", "64.00", "2026-12-17"),
    ])
    body = ("שלום Dana,\n\n"
            "תודה על ההזמנה 4500032333. להלן האישור:\n\n"
            "1. ג'טים קבוצתיים 4 אינץ' – 120 יח' במחיר 92.00 ₪ ליחידה, אספקה ב-17/12/2026.\n"
            "2. ג'טים לצוואר 2 אינץ' – 60 יח' במחיר 64.00 ₪, אספקה ב-24/12/2026 (ספק החלקים שלנו באיחור).\n\n"
            "בברכה,\n"
            "יעל כהן\n"
            "מנהלת מכירות | Spa-Tech Systems Ltd.\n"
            "רח' הבנאים 12, חיפה | טל' 04-8523310")
    quoted = request_text(p, "Hello")
    inner_html = ('<div dir="rtl">' + t2h(body) + '</div>')
    part = outlook_reply(body, "en", DANA, "Monday, November 30, 2026 5:40 PM", "sales@spatech-il.example",
                         "PO 4500032333 - order acknowledgement request", quoted, "windows-1255", "quoted-printable",
                         "_000_DB9PR02MB7215A1B1C1D1DB9PR02MB7215eurp_", html_lang="HE", html_body=inner_html)
    h = headers(addr("יעל כהן", "yael@spatech-il.example", "windows-1255", "B"), DANA,
                "RE: PO 4500032333 - order acknowledgement request",
                date_hdr(2026, 12, 2, 10, 12, 55, "+0200"), mid_outlook("c2", "eurprd02"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-db9eur02on2122.outbound.protection.outlook.com", "203.0.113.122", "Wed, 02 Dec 2026 08:13:02 +0000", "dana.ruiz@brightwater.example", "c2")],
                after=outlook_after("c2", "PO 4500032333 - order acknowledgement request", "he-IL"))
    eml = message(h, part)
    return Case("hebrew-rtl-one-date-later", "confirmation", "he-IL",
                "windows-1255 right-to-left text with embedded LTR numbers and ₪; one line a week later",
                [p], eml, expected("confirmation",
                                   "Line 1 as ordered; line 2 delivered 24/12/2026 instead of 17/12 (parts supplier late), price unchanged.",
                                   [conf(p, {1: ACC, 2: chg(d="2026-12-24")})]))


# ---------------------------------------------------------------------------
def arabic_bilingual():
    sup = supplier("GULFROAD", "Gulf Road Equipment LLC", "sales@gulfroadequip.example", "ar-AE")
    p = po("4500032341", sup, "tomasz", "AED", "2026-11-30", [
        ln("BLS-200-RED", "Bollard sleeve, 200 mm, red/white, reflective", 60, "EA", "68.00", "2026-12-21"),
        ln("BLS-273-YEL", "Bollard sleeve, 273 mm, yellow", 40, "EA", "82.50", "2026-12-21"),
    ])
    body = ("السيد توماس المحترم،\n\n"
            "نشكركم على طلب الشراء رقم 4500032341، ونؤكد ما يلي:\n"
            "- البند 1: 60 قطعة، السعر 68.00 درهم للقطعة، التسليم 21/12/2026\n"
            "- البند 2: 40 قطعة، السعر 82.50 درهم للقطعة، التسليم 03/01/2027\n\n"
            "مع خالص التحيات،\n"
            "أحمد المنصوري\n\n"
            "Dear Tomasz,\n"
            "Please find above our confirmation; item 2 will be delivered on 3rd January 2027 as the yellow "
            "reflective film is out of stock. Prices as per PO.\n\n"
            "Regards,\n"
            "Ahmed Al Mansouri\n"
            "Sales Executive | Gulf Road Equipment LLC\n"
            "P.O. Box 28417, Al Quoz Industrial Area 3, Dubai, U.A.E. | Tel +971 4 338 2410")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "en", TOMASZ, "Monday, November 30, 2026 8:02 PM", "sales@gulfroadequip.example",
                         "PO 4500032341 - order acknowledgement request", quoted, "windows-1256", "quoted-printable",
                         "_000_PAXPR10MB5620C3C3PAXPR10MB5620eurp_", html_lang="AR-AE",
                         html_body='<div dir="rtl">' + t2h(body.split("\n\nDear Tomasz")[0]) + '</div><div dir="ltr">' + t2h("Dear Tomasz" + body.split("\n\nDear Tomasz")[1]) + '</div>')
    h = headers(addr("Ahmed Al Mansouri", "ahmed.m@gulfroadequip.example"), TOMASZ,
                "RE: PO 4500032341 - order acknowledgement request",
                date_hdr(2026, 12, 1, 9, 5, 29, "+0400"), mid_outlook("c3", "eurprd10"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-pax2eur01on2070.outbound.protection.outlook.com", "203.0.113.170", "Tue, 01 Dec 2026 05:05:35 +0000", "tomasz.wren@brightwater.example", "c3")],
                after=outlook_after("c3", "PO 4500032341 - order acknowledgement request", "ar-AE"))
    eml = message(h, part)
    return Case("arabic-english-bilingual", "confirmation", "ar-AE",
                "windows-1256 Arabic block plus English restatement; '3rd January 2027' vs 03/01/2027 (day-first)",
                [p], eml, expected("confirmation",
                                   "Item 1 as ordered; item 2 delivery 03/01/2027 = 3rd January 2027 (day-first, confirmed by the English text). Prices as PO.",
                                   [conf(p, {1: ACC, 2: chg(d="2027-01-03")})]))


# ---------------------------------------------------------------------------
def erp_pdf_us():
    sup = supplier("GLPINS", "Great Lakes Pin Company", "custserv@glpins.example", "en-US")
    p = po("4500032350", sup, "dana", "USD", "2026-11-24", [
        ln("BWP-TP-STD", "Tenpin bowling pin, hard maple, USBC approved", 240, "EA", "31.50", "2026-12-15"),
        ln("BWP-TP-DUR", "Tenpin bowling pin, synthetic core", 120, "EA", "36.75", "2026-12-15"),
        ln("BWP-DECK-KIT", "Pin deck repair kit", 10, "SET", "145.00", "2026-12-15"),
    ])
    doc = PDF(title="Sales Order Acknowledgment SO-118734", author="GLP ERP", producer="Crystal Reports 14.3", creator="Epicor Kinetic")
    pg = doc.page()
    pg.text(50, 800, "Great Lakes Pin Company", 14, True)
    pg.rows(50, 784, ["2150 Lakeshore Drive", "Muskegon, MI 49441", "Phone 231-555-0148  Fax 231-555-0149"], 8, 10)
    pg.text(360, 800, "SALES ORDER ACKNOWLEDGMENT", 12, True)
    pg.rows(360, 784, ["Order No:      SO-118734", "Order Date:    11/25/2026", "Customer PO:   4500032350",
                       "Customer:      BRIGHTW01", "Terms:         Net 30", "Ship Via:      FedEx Freight Economy", "FOB:           Origin"], 8, 10)
    pg.text(50, 700, "Bill To:", 9, True)
    pg.rows(50, 688, ["Brightwater Industrial Supply Ltd", "Accounts Payable", "14 Dock Road", "Felixstowe IP11 3XY", "United Kingdom"], 8, 10)
    pg.text(300, 700, "Ship To:", 9, True)
    pg.rows(300, 688, ["Brightwater Industrial Supply Ltd", "Goods-in, Gate 3", "14 Dock Road", "Felixstowe IP11 3XY", "United Kingdom"], 8, 10)
    cols = [50, 78, 145, 215, 360, 392, 415, 462, 510]
    pg.table(620, cols, [
        ("Line", "Item No.", "Your Item", "Description", "Qty Ord", "UM", "Unit Price", "Ext. Price", "Promise"),
        ("10", "GLP-MPL-150", "BWP-TP-STD", "Maple Tenpin 3lb 6oz", "240", "EA", "31.50", "7,560.00", "12/11/2026"),
        ("20", "GLP-DUR-150", "BWP-TP-DUR", "DuraCore Tenpin", "120", "EA", "38.20", "4,584.00", "12/11/2026"),
        ("30", "GLP-DRK-01", "BWP-DECK-KIT", "Pin Deck Repair Kit", "10", "EA", "145.00", "1,450.00", "01/08/2027"),
    ], size=8)
    pg.hline(50, 550, 560)
    pg.rows(380, 545, ["Subtotal:        13,594.00", "Freight:          Prepay & Add", "Total USD:       13,594.00"], 9, 12)
    pg.rows(50, 500, ["Notes:",
                      "Promise dates are ship dates from our Muskegon, MI plant.",
                      "Line 20: price per 2027 price list effective 12/01/2026.",
                      "Please review this acknowledgment carefully and notify us of any discrepancies within 48 hours."], 8, 11)
    pdf = doc.build(compress=True)
    text = ("This is an automatically generated message. Please do not reply to this e-mail.\n\n"
            "Attached is the order acknowledgment for your purchase order 4500032350 (our order SO-118734).\n\n"
            "Questions? Contact your customer service representative:\n"
            "Customer Service, custserv@glpins.example, 1-800-555-0143, Mon-Fri 8:00 AM - 5:00 PM ET\n\n"
            "Great Lakes Pin Company\n")
    mixed = multipart("mixed", [text_part(text, "us-ascii", "7bit"),
                                attachment(pdf, "application/pdf", "SO-118734_Acknowledgment.pdf")],
                      "----=_Part_48211_1137403812.1764058440123", preamble=False)
    h = headers("Great Lakes Pin Co. <noreply-erp@glpins.example>", "dana.ruiz@brightwater.example",
                "Sales Order Acknowledgment SO-118734 / Your PO 4500032350",
                date_hdr(2026, 11, 25, 3, 14, 0, "-0500"), "<1137403812.48212.1764058440123@erp01.glpins.example>",
                before=[rcv("erp01.glpins.example", "198.51.100.150", "Wed, 25 Nov 2026 08:14:05 +0000", "dana.ruiz@brightwater.example", "c4", "ESMTP")],
                after=[("Reply-To", "custserv@glpins.example"), ("X-Mailer", "Epicor Kinetic Report Distribution"),
                       ("Auto-Submitted", "auto-generated")])
    eml = message(h, mixed)
    return Case("erp-pdf-ack-us-dates", "confirmation", "en-US",
                "automatic no-reply ERP mail (Auto-Submitted) whose compressed PDF is the real acknowledgment; MM/DD dates, supplier line numbers 10/20/30",
                [p], eml, expected("confirmation",
                                   "ERP acknowledgment = confirmation. Promise dates are ship dates (month-first): 12/11/2026 = 2026-12-11 for lines 1-2, 01/08/2027 = 2027-01-08 for line 3; line 2 price 38.20 (was 36.75). Lines matched via 'Your Item'.",
                                   [conf(p, {1: chg(d="2026-12-11"), 2: chg(p="38.20", d="2026-12-11"), 3: chg(d="2027-01-08")})]))


# ---------------------------------------------------------------------------
def nz_pdf_split():
    sup = supplier("KIWIAPIARY", "Kiwi Apiary Woodware Ltd", "sales@kiwiapiary.example", "en-NZ")
    p = po("4500032364", sup, "aiko", "NZD", "2026-11-25", [
        ln("BHF-LAN-FD", "Beehive frame, Langstroth, full depth, assembled", 600, "EA", "3.85", "2026-12-18"),
        ln("BHF-LAN-3Q", "Beehive frame, Langstroth, 3/4 depth, assembled", 400, "EA", "3.60", "2026-12-18"),
        ln("BHF-PLF-FD", "Plastic foundation, full depth, waxed", 600, "EA", "2.95", "2027-01-15"),
    ])
    doc = PDF(title="Order Acknowledgement OA-26-0912", author="Sarah Thompson", producer="Microsoft: Print To PDF")
    pg = doc.page()
    pg.text(50, 800, "ORDER ACKNOWLEDGEMENT", 15, True)
    pg.rows(50, 780, ["Kiwi Apiary Woodware Ltd", "38 Kahikatea Drive, Frankton, Hamilton 3204, New Zealand",
                      "GST 112-447-901 | +64 7 847 2290"], 8, 10)
    pg.rows(380, 800, ["OA number:   OA-26-0912", "Date:        26/11/2026", "Your order:  4500032364",
                       "Contact:     Aiko Bell"], 9, 12)
    cols = [50, 80, 160, 330, 365, 395, 440, 495]
    pg.table(700, cols, [
        ("Line", "Code", "Description", "Qty", "Unit", "Price", "Total", "Delivery"),
        ("1", "BHF-LAN-FD", "Langstroth frame FD, assembled", "600", "EA", "3.85", "2,310.00", "18/12/2026"),
        ("2a", "BHF-LAN-3Q", "Langstroth frame 3/4, assembled", "250", "EA", "3.60", "900.00", "18/12/2026"),
        ("2b", "BHF-LAN-3Q", "Langstroth frame 3/4 - balance", "150", "EA", "3.60", "540.00", "15/01/2027"),
        ("3", "BHF-PLF-FD", "Plastic foundation FD, waxed", "600", "EA", "2.95", "1,770.00", "15/01/2027"),
    ], size=8)
    pg.hline(50, 550, 630)
    pg.rows(380, 615, ["Total NZD 5,520.00", "GST 0% (export)"], 9, 12)
    pg.rows(50, 580, ["Prices in NZ dollars, DAP Felixstowe. Delivery dates are estimated arrival at your warehouse.",
                      "Thank you for your business - nga mihi nui."], 8, 11)
    pdf = doc.build(compress=False)
    body = ("Kia ora Aiko,\n\n"
            "Please find attached our order acknowledgement for your PO 4500032364.\n"
            "Note the 3/4 depth frames are going in two lots - see attached.\n\n"
            "Ngā mihi,\n"
            "Sarah Thompson\n"
            "Kiwi Apiary Woodware Ltd | +64 7 847 2290")
    quoted = request_text(p, "Hello")
    alt = outlook_reply(body, "en", AIKO, "Wednesday, 25 November 2026 11:30 pm", "sales@kiwiapiary.example",
                        "PO 4500032364 - order acknowledgement request", quoted, "utf-8", "quoted-printable",
                        "_000_SY4P282MB3011A9A9SY4P282MB3011AUSP_", html_lang="EN-NZ")
    mixed = multipart("mixed", [alt, attachment(pdf, "application/pdf", "OA-26-0912.pdf")],
                      "_004_SY4P282MB3011A9A9SY4P282MB3011AUSP_", preamble=False)
    h = headers("Sarah Thompson <sales@kiwiapiary.example>", AIKO,
                "RE: PO 4500032364 - order acknowledgement request",
                date_hdr(2026, 11, 26, 10, 22, 14, "+1300"), mid_outlook("c5", "ausprd01"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-sy4aus01on2109.outbound.protection.outlook.com", "203.0.113.109", "Wed, 25 Nov 2026 21:22:20 +0000", "aiko.bell@brightwater.example", "c5")],
                after=outlook_after("c5", "PO 4500032364 - order acknowledgement request", "en-NZ", attach=True))
    eml = message(h, mixed)
    return Case("nz-pdf-two-lots", "confirmation", "en-NZ",
                "uncompressed PDF table where PO line 2 appears as rows 2a/2b with two delivery dates",
                [p], eml, expected("confirmation",
                                   "PDF: line 1 as ordered; line 2 split 250 on 18/12/2026 + 150 on 15/01/2027; line 3 as ordered (15/01/2027 was requested).",
                                   [conf(p, {1: ACC, 2: chg(sched=[(250, "2026-12-18"), (150, "2027-01-15")]), 3: ACC})]))


# ---------------------------------------------------------------------------
def sl_two_pos():
    sup = supplier("KRANJC", "Čebelarska oprema Kranjc d.o.o.", "prodaja@cebelarstvo-kranjc.example", "sl-SI")
    pa = po("4500032372", sup, "tomasz", "EUR", "2026-11-24", [
        ln("BHF-AZ-STD", "Beehive frame, AZ standard, wired", 800, "PCS", "1.45", "2026-12-14"),
        ln("BHF-AZ-HON", "Beehive frame, AZ honey super, wired", 500, "PCS", "1.30", "2026-12-14"),
    ])
    pb = po("4500032398", sup, "tomasz", "EUR", "2026-11-27", [
        ln("BHB-AZ-10", "AZ hive box, 10 frames, pine", 20, "EA", "64.00", "2027-01-11"),
        ln("BHF-SPC-AZ", "Frame spacer combs, AZ, set of 10", 50, "SET", "3.20", "2027-01-11"),
    ])
    body = ("Pozdravljeni g. Wren,\n\n"
            "potrjujemo obe naročilnici:\n\n"
            "Naročilnica 4500032372 - satniki AŽ: obe postavki potrjeni, dobava 14. 12. 2026, cene po naročilnici.\n\n"
            "Naročilnica 4500032398:\n"
            "- AŽ panjske enote (poz. 1): 20 kos po 64,00 EUR, dobava 11. 1. 2027\n"
            "- distančniki (poz. 2): 50 kompletov, cena 3,60 EUR/komplet (nov cenik od 1. 12.), dobava 11. 1. 2027\n\n"
            "Lep pozdrav,\n"
            "Maja Kranjc\n"
            "Čebelarska oprema Kranjc d.o.o., Breznica 14, 4274 Žirovnica\n"
            "tel. 04 580 22 17")
    quoted = request_text(pb, "Hello")
    attrib = "Dne 27. 11. 2026 ob 13:50 je Tomasz Wren <tomasz.wren@brightwater.example> napisal(a):"
    part = gmail_reply(body, attrib, quoted, boundary="000000000000f1e2d30630b2a4c5")
    h = headers(addr("Maja Kranjc", "maja@cebelarstvo-kranjc.example"), TOMASZ,
                "Re: PO 4500032398 - order acknowledgement request",
                date_hdr(2026, 12, 1, 8, 47, 10, "+0100"), mid_gmail("c6"),
                irt=pb["request_message_id"], refs=[pb["request_message_id"]],
                before=[rcv("mail-sor-f73.google.com", "209.85.220.73", "Tue, 01 Dec 2026 07:47:16 +0000", "tomasz.wren@brightwater.example", "c6")])
    eml = message(h, part)
    return Case("slovene-two-pos-one-reply", "confirmation", "sl-SI",
                "one reply (threaded to the second PO) answers two POs; Slovene spaced dates '11. 1. 2027'",
                [pa, pb], eml, expected("confirmation",
                                        "Both POs answered although the mail replies to 4500032398 only: 4500032372 fully as ordered (14. 12. 2026); 4500032398 line 1 as ordered, line 2 new price 3,60 (was 3.20).",
                                        [conf(pa, {1: ACC, 2: ACC}), conf(pb, {1: ACC, 2: chg(p="3.60")})]))


# ---------------------------------------------------------------------------
def hr_three_pos():
    sup = supplier("BABIC", "Vinogradarska oprema Babić d.o.o.", "prodaja@vinoprema-babic.example", "hr-HR")
    pa = po("4500032405", sup, "lena", "EUR", "2026-11-20", [
        ln("VTW-GAL-25", "Vineyard trellis wire, galvanised, 2.5 mm", 1200, "KG", "1.62", "2026-12-11"),
        ln("VTP-MET-200", "Vineyard line post, metal, 2.0 m", 300, "EA", "7.80", "2026-12-11"),
    ])
    pb = po("4500032419", sup, "lena", "EUR", "2026-11-26", [
        ln("VTW-ZA-30", "Vineyard trellis wire, Zn-Al, 3.0 mm", 800, "KG", "1.95", "2026-12-18"),
        ln("VTP-HOOK-50", "Wire hooks for line posts, pack of 50", 100, "BOX", "4.40", "2026-12-18"),
        ln("VTW-GRP-M", "Wire gripple, medium", 400, "PCS", "1.25", "2026-12-18"),
    ])
    pc = po("4500032437", sup, "lena", "EUR", "2026-11-30", [
        ln("VTP-END-220", "Vineyard end post, 2.2 m, galvanised", 80, "EA", "14.60", "2027-01-15"),
    ])
    body = ("Poštovana gđo Vogt,\n\n"
            "zahvaljujemo na narudžbi 4500032419. Potvrđujemo:\n"
            "1. žica Zn-Al 3,0 mm – 800 kg po 1,95 EUR/kg, isporuka 18.12.2026.\n"
            "2. kuke za stupove (pak. 50 kom) – 100 pak. po 4,40 EUR, isporuka 18.12.2026.\n"
            "3. gripple srednji – 400 kom po 1,25 EUR, isporuka 22.12.2026.\n\n"
            "Srdačan pozdrav,\n"
            "Ivan Babić\n"
            "Vinogradarska oprema Babić d.o.o.\n"
            "Kralja Tomislava 88, 34340 Kutjevo | OIB 48213305716 | tel. 034 255 108")
    quoted = request_text(pb, "Hello")
    attrib = "On 26.11.2026 15:02, Lena Vogt wrote:"
    text = body + "\n\n" + attrib + "\n" + gt(quoted) + "\n"
    part = text_part(text, "UTF-8", "quoted-printable", flowed=True, quoted=False)
    h = headers(addr("Ivan Babić", "ivan.babic@vinoprema-babic.example"), LENA,
                "Re: PO 4500032419 - order acknowledgement request",
                date_hdr(2026, 12, 2, 14, 5, 51, "+0100"), "<2c7e9b14-0f3a-4d62-a8e5-7b1c9d0e2f43@vinoprema-babic.example>",
                irt=pb["request_message_id"], refs=[pb["request_message_id"]],
                before=[rcv("mail.vinoprema-babic.example", "198.51.100.88", "Wed, 02 Dec 2026 13:05:58 +0000", "lena.vogt@brightwater.example", "c7")],
                after=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0"),
                       ("Content-Language", "hr")])
    eml = message(h, part)
    return Case("croatian-three-open-pos", "confirmation", "hr-HR",
                "three open POs from the same supplier, the reply answers only the middle one",
                [pa, pb, pc], eml, expected("confirmation",
                                            "Only PO 4500032419 is answered (lines 1-2 as ordered, line 3 delivery 22.12.2026); POs 4500032405 and 4500032437 are not mentioned and stay out.",
                                            [conf(pb, {1: ACC, 2: ACC, 3: chg(d="2026-12-22")})]))


# ---------------------------------------------------------------------------
def lt_item_codes():
    sup = supplier("BALTICDRIVE", "UAB \"Baltic Drivetrain\"", "pardavimai@balticdrivetrain.example", "lt-LT")
    p = po("4500032446", sup, "aiko", "EUR", "2026-11-26", [
        ln("TBC-TIM-150", "Tandem timing chain, 1/2 x 3/32, 150 links", 60, "PCS", "18.90", "2026-12-17"),
        ln("TBC-DRV-116", "Tandem drive chain, 11-speed, 116 links", 80, "PCS", "24.50", "2026-12-17"),
        ln("TBC-ECC-BB", "Eccentric bottom bracket, tandem", 20, "PCS", "46.00", "2026-12-17"),
        ln("TBC-QL-11", "Chain quick link, 11-speed, pair", 200, "PR", "1.60", "2026-12-17"),
    ])
    body = ("Hello Aiko,\n\n"
            "thank you for the order 4500032446. Our confirmation:\n\n"
            "TBC-QL-11    - 200 pairs,  1,60 EUR, 2026-12-17\n"
            "TBC-DRV-116  - 80 pcs,    24,50 EUR, 2027-01-07\n"
            "TBC-TIM-150  - 60 pcs,    18,90 EUR, 2026-12-17\n"
            "TBC-ECC-BB   - cannot supply, the manufacturer stopped production of this model.\n\n"
            "Pagarbiai / Best regards\n"
            "Tomas Petrauskas\n"
            "UAB \"Baltic Drivetrain\"\n"
            "Savanorių pr. 192, LT-44151 Kaunas\n"
            "Tel. +370 37 40 22 18")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "en", AIKO, "Thursday, November 26, 2026 4:48 PM", "pardavimai@balticdrivetrain.example",
                         "PO 4500032446 - order acknowledgement request", quoted, "iso-8859-13", "quoted-printable",
                         "----=_NextPart_000_0018_01DB5FF1.1E2A7C50", html_lang="LT")
    h = headers("Tomas Petrauskas <tomas@balticdrivetrain.example>", AIKO,
                "RE: PO 4500032446 - order acknowledgement request",
                date_hdr(2026, 11, 27, 16, 20, 3, "+0200"), "<001801db5ff1$1e2a7c50$5a7f74f0$@balticdrivetrain.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.balticdrivetrain.example", "192.0.2.146", "Fri, 27 Nov 2026 14:20:10 +0000", "aiko.bell@brightwater.example", "c8")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("c8")), ("Content-Language", "en-us")])
    eml = message(h, part)
    return Case("lithuanian-item-codes-reordered", "confirmation", "lt-LT",
                "lines answered by item code in a different order; comma decimals with ISO dates",
                [p], eml, expected("confirmation",
                                   "Matched by item code: TBC-TIM-150 (line 1) and TBC-QL-11 (line 4) as ordered, TBC-DRV-116 (line 2) on 2027-01-07, TBC-ECC-BB (line 3) rejected.",
                                   [conf(p, {1: ACC, 2: chg(d="2027-01-07"), 3: REJ, 4: ACC})]))


# ---------------------------------------------------------------------------
def sk_revised():
    sup = supplier("HORVATH", "Jazdecké potreby Horváth s.r.o.", "obchod@jazdecke-horvath.example", "sk-SK")
    p = po("4500032453", sup, "lena", "EUR", "2026-11-23", [
        ln("HST-CMP-120", "Stirrup irons, composite, 120 mm", 80, "PR", "26.40", "2026-12-16"),
        ln("HST-JOI-120", "Jointed stirrup irons, stainless, 120 mm", 40, "PR", "58.00", "2026-12-16"),
        ln("HST-KID-100", "Children's safety stirrups, 100 mm", 60, "PR", "19.80", "2026-12-16"),
    ])
    first_id = "<000c01db5f17$4a1b2c30$de5184a0$@jazdecke-horvath.example>"
    our_id = "<re-4500032453.20261126101512@brightwater.example>"
    body = ("Dobrý deň pani Vogt,\n\n"
            "pozíciu 2 sme po dohode s výrobou presunuli - 40 párov dodáme 08.01.2027 (namiesto 20.01.2027). "
            "Ostatné pozície ostávajú podľa nášho potvrdenia nižšie.\n\n"
            "S pozdravom\n"
            "Peter Horváth\n"
            "Jazdecké potreby Horváth s.r.o. | Štúrova 22, 949 01 Nitra | +421 37 651 40 88")
    ours = ("Dear Mr Horváth,\n\n"
            "thank you. Could you improve the date for line 2? 20 January is too late for us,\n"
            "we need the jointed irons before mid-January.\n\n"
            "Kind regards\nLena Vogt\n")
    first = ("Dobrý deň pani Vogt,\n\n"
             "potvrdzujeme objednávku 4500032453:\n"
             "poz. 1 - 80 párov po 26,40 EUR, dodanie 16.12.2026\n"
             "poz. 2 - 40 párov po 58,00 EUR, dodanie 20.01.2027\n"
             "poz. 3 - 60 párov po 21,00 EUR (nový cenník), dodanie 16.12.2026\n\n"
             "S pozdravom\nPeter Horváth\n")
    quoted = (ours + "\n" + outlook_block("sk", "Peter Horváth <obchod@jazdecke-horvath.example>", "streda 25. novembra 2026 15:02",
                                          LENA, "RE: PO 4500032453 - order acknowledgement request") + "\n\n" + first + "\n" +
              outlook_block("sk", LENA, "pondelok 23. novembra 2026 9:40", "obchod@jazdecke-horvath.example",
                            "PO 4500032453 - order acknowledgement request") + "\n\n" + request_text(p, "Hello"))
    part = outlook_reply(body, "sk", LENA, "štvrtok 26. novembra 2026 10:15", "Peter Horváth <obchod@jazdecke-horvath.example>",
                         "RE: PO 4500032453 - order acknowledgement request", quoted, "utf-8", "quoted-printable",
                         "----=_NextPart_000_0021_01DB63D9.0B7E3A10", html_lang="SK")
    h = headers(addr("Peter Horváth", "obchod@jazdecke-horvath.example"), LENA,
                "RE: PO 4500032453 - order acknowledgement request",
                date_hdr(2026, 12, 1, 11, 4, 36, "+0100"), "<002101db63d9$0b7e3a10$22ba7f60$@jazdecke-horvath.example>",
                irt=our_id, refs=[p["request_message_id"], first_id, our_id],
                before=[rcv("smtp.jazdecke-horvath.example", "192.0.2.163", "Tue, 01 Dec 2026 10:04:43 +0000", "lena.vogt@brightwater.example", "c9")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("c9")), ("Content-Language", "sk")])
    eml = message(h, part)
    return Case("slovak-revised-over-earlier-ack", "confirmation", "sk-SK",
                "second-round reply changes one line and says the rest stay 'as in our confirmation below' (quoted earlier ack)",
                [p], eml, expected("confirmation",
                                   "Combine the new answer with the supplier's own earlier confirmation quoted below: line 1 as ordered, line 2 now 08.01.2027 (replaces 20.01.2027), line 3 price 21,00 (was 19.80) on 16.12.2026.",
                                   [conf(p, {1: ACC, 2: chg(d="2027-01-08"), 3: chg(p="21.00")})]))


# ---------------------------------------------------------------------------
def fr_ca_address():
    sup = supplier("BOREAL", "Composteurs Boréal inc.", "ventes@composteurs-boreal.example", "fr-CA")
    p = po("4500032467", sup, "ines", "CAD", "2026-11-30", [
        ln("CDR-BOR-300", "Compost drum, rotating, 300 L, recycled HDPE", 36, "EA", "142.00", "2026-12-18"),
        ln("CDR-BOR-STD", "Compost drum stand, galvanised", 36, "EA", "38.50", "2026-12-18"),
    ])
    body = ("Bonjour Madame Carvalho,\n\n"
            "Nous confirmons votre commande 4500032467 telle quelle : 36 composteurs rotatifs 300 L à 142,00 $ "
            "et 36 supports galvanisés à 38,50 $, livraison le 18 décembre 2026.\n\n"
            "Veuillez noter que, tel que convenu avec M. Wren de votre service logistique, la marchandise sera "
            "livrée à votre entrepôt d'Ipswich (Unit 12, Ransomes Europark, Ipswich IP3 9SJ) et non à Felixstowe.\n\n"
            "Merci et bonne journée,\n\n"
            "Marie-Ève Gagnon\n"
            "Service à la clientèle | Composteurs Boréal inc.\n"
            "1450, boul. Lemire, Drummondville (Québec) J2C 5A4\n"
            "819 555-0182\n\n"
            "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. "
            "CONFIDENTIALITY NOTICE: This e-mail may contain confidential information.")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "fr", "Inés Carvalho <ines.carvalho@brightwater.example>", "30 novembre 2026 10:14",
                         "ventes@composteurs-boreal.example", "PO 4500032467 - order acknowledgement request", quoted,
                         "iso-8859-1", "quoted-printable", "_000_YT3PR01MB6210B1B1YT3PR01MB6210CANP_", html_lang="FR-CA")
    h = headers(addr("Marie-Ève Gagnon", "megagnon@composteurs-boreal.example", "iso-8859-1"), ines("iso-8859-1"),
                "RE: PO 4500032467 - order acknowledgement request",
                date_hdr(2026, 11, 30, 14, 38, 22, "-0500"), mid_outlook("c10", "canprd01"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-yt3can01on2094.outbound.protection.outlook.com", "203.0.113.94", "Mon, 30 Nov 2026 19:38:29 +0000", "ines.carvalho@brightwater.example", "c10")],
                after=outlook_after("c10", "PO 4500032467 - order acknowledgement request", "fr-CA"))
    eml = message(h, part)
    return Case("delivery-address-changed", "confirmation", "fr-CA",
                "everything confirmed 'telle quelle' but the supplier redirects delivery to another warehouse",
                [p], eml, expected("confirmation",
                                   "Quantities, prices (142,00 $ / 38,50 $) and date as ordered; only the delivery address changes (Ipswich instead of Felixstowe), which the line labels do not carry.",
                                   [conf(p, {1: ACC, 2: ACC})]))


# ---------------------------------------------------------------------------
def pt_reminder_es():
    sup = supplier("ARAMESDOURO", "Arames do Douro, Lda.", "encomendas@aramesdouro.example", "pt-PT")
    p = po("4500032474", sup, "ines", "EUR", "2026-11-23", [
        ln("VTW-INX-18", "Vineyard trellis wire, stainless, 1.8 mm", 500, "KG", "6.80", "2026-12-18"),
        ln("VTP-CLIP-ST", "Stainless trellis wire clips", 2000, "PCS", "0.14", "2026-12-18"),
        ln("VTW-TEN-GRP", "Gripple tensioner, large", 300, "PCS", "1.75", "2026-12-18"),
    ])
    reminder = ("Estimado João:\n\n"
                "Le recordamos que todavía no hemos recibido la confirmación de nuestro pedido 4500032474 "
                "del 23 de noviembre de 2026. Le agradeceríamos que nos confirmara, línea por línea, la cantidad, "
                "el precio unitario y la fecha de entrega.\n\n" + table_text(p) + "\n\n"
                "Moneda: EUR. Entrega DAP Felixstowe (Reino Unido).\n\n"
                "Un saludo,\n"
                "Inés Carvalho\nCompras | Brightwater Industrial Supply Ltd\nTel. +44 1394 600 262\n")
    body = ("Cara Inés,\n\n"
            "Peço desculpa pela demora. Confirmo a encomenda 4500032474:\n"
            "1 – Arame inox 1,8 mm: 500 kg a 6,80 €/kg, entrega a 18/12/2026;\n"
            "2 – Clipes inox: 2.000 un. a 0,14 €, entrega a 18/12/2026;\n"
            "3 – Esticadores Gripple: 300 un. a 1,75 €, entrega só a 12/01/2027 (rutura de stock no fabricante).\n\n"
            "Cumprimentos,\n"
            "João Pinto\n"
            "Arames do Douro, Lda. | Zona Industrial de Godim, Lote 7, 5050-237 Peso da Régua\n"
            "Tel. 254 318 420")
    attrib = "Inés Carvalho <ines.carvalho@brightwater.example> escreveu (terça, 1/12/2026 à(s) 11:05):"
    part = gmail_reply(body, attrib, reminder, boundary="000000000000b7c8d90630c0e1f2")
    h = headers(addr("João Pinto", "joao.pinto@aramesdouro.example"), ines(),
                hdr("Re: Recordatorio: pedido 4500032474 - confirmación pendiente"),
                date_hdr(2026, 12, 2, 9, 40, 16, "+0000"), mid_gmail("c11"),
                irt=p["request_message_id"].replace(".1@", ".2@"),
                refs=[p["request_message_id"], p["request_message_id"].replace(".1@", ".2@")],
                before=[rcv("mail-sor-f47.google.com", "209.85.220.47", "Wed, 02 Dec 2026 09:40:22 +0000", "ines.carvalho@brightwater.example", "c11")])
    eml = message(h, part)
    return Case("reminder-quoted-in-spanish", "confirmation", "pt-PT",
                "Portuguese answer to our Spanish reminder (In-Reply-To = reminder id, not the request id)",
                [p], eml, expected("confirmation",
                                   "Reply to the Spanish reminder; lines 1-2 as ordered, line 3 delivery only 12/01/2027.",
                                   [conf(p, {1: ACC, 2: ACC, 3: chg(d="2027-01-12")})]))


# ---------------------------------------------------------------------------
def mx_whole_reject():
    sup = supplier("HERRBAJIO", "Herrajes Charros del Bajío S.A. de C.V.", "ventas@herrajesbajio.example", "es-MX")
    p = po("4500032481", sup, "ines", "MXN", "2026-11-25", [
        ln("HST-CHR-ALU", "Charro stirrups, aluminium, engraved", 40, "PR", "1250.00", "2027-01-08"),
        ln("HST-CHR-WD", "Charro stirrups, wood, leather-covered", 30, "PR", "1480.00", "2027-01-08"),
    ])
    body = ("Estimada Inés:\n\n"
            "Muchas gracias por su orden de compra 4500032481. Lamentablemente no podremos surtirla: nuestra "
            "fundición suspendió la producción de estribos charros hasta el segundo trimestre de 2027 por "
            "remodelación del horno, y no contamos con inventario de los modelos solicitados.\n\n"
            "Con gusto le cotizaremos nuevamente en cuanto reanudemos la producción (estimamos abril de 2027).\n\n"
            "Atentamente,\n"
            "Lic. Alejandra Ramírez Soto\n"
            "Gerente de Ventas\n"
            "Herrajes Charros del Bajío S.A. de C.V.\n"
            "Blvd. Hilario Medina 3102, León, Gto., C.P. 37270 | Tel. (477) 712 4410")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "es", "Inés Carvalho <ines.carvalho@brightwater.example>", "miércoles, 25 de noviembre de 2026 09:12",
                         "ventas@herrajesbajio.example", "PO 4500032481 - order acknowledgement request", quoted,
                         "utf-8", "quoted-printable", "_000_MW4PR04MB7315A2A2MW4PR04MB7315namp_", html_lang="ES-MX")
    h = headers(addr("Alejandra Ramírez", "aramirez@herrajesbajio.example"), ines(),
                "RE: PO 4500032481 - order acknowledgement request",
                date_hdr(2026, 11, 26, 10, 5, 33, "-0600"), mid_outlook("c12", "namprd04"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-mw4nam02on2104.outbound.protection.outlook.com", "203.0.113.104", "Thu, 26 Nov 2026 16:05:40 +0000", "ines.carvalho@brightwater.example", "c12")],
                after=outlook_after("c12", "PO 4500032481 - order acknowledgement request", "es-MX"))
    eml = message(h, part)
    return Case("whole-order-declined", "confirmation", "es-MX",
                "polite refusal of the whole order with future dates ('abril de 2027') that are not commitments",
                [p], eml, expected("confirmation",
                                   "The supplier cannot supply the order at all: both lines rejected. April 2027 is only when they might quote again.",
                                   [conf(p, {1: REJ, 2: REJ})]))


# ---------------------------------------------------------------------------
def vi_reject():
    sup = supplier("VIETTIEN", "Công ty TNHH Dây Dù Việt Tiến", "sales@daydu-viettien.example", "vi-VN")
    p = po("4500032490", sup, "aiko", "VND", "2026-11-27", [
        ln("PCD-550-MC", "Parachute cord 550, multicam", 5000, "M", "9800", "2026-12-21"),
        ln("PCD-750-BK", "Parachute cord 750, black", 3000, "M", "14500", "2026-12-21"),
        ln("PCD-95-OR", "Parachute cord type I (95), orange", 4000, "M", "3200", "2026-12-21"),
    ])
    body = ("Kính gửi chị Aiko,\n\n"
            "Cảm ơn chị đã đặt hàng (PO 4500032490). Bên em xác nhận như sau:\n\n"
            "1. Dây dù 550 rằn ri multicam: 5.000 m, đơn giá 9.800 đ/m, giao ngày 21/12/2026.\n"
            "2. Dây dù 750 màu đen: 3.000 m, đơn giá 14.500 đ/m, giao ngày 21/12/2026.\n"
            "3. Dây dù loại I (95) màu cam: bên em không sản xuất loại này nữa, nhờ chị hủy dòng này giúp em.\n\n"
            "Trân trọng,\n"
            "Nguyễn Thị Lan\n"
            "Phòng Kinh doanh - Công ty TNHH Dây Dù Việt Tiến\n"
            "KCN Sóng Thần 2, Dĩ An, Bình Dương | ĐT: 0274 3790 218")
    quoted = request_text(p, "Hello")
    attrib = "Vào Th 6, 27 thg 11, 2026 vào lúc 22:15 Aiko Bell <aiko.bell@brightwater.example> đã viết:"
    part = gmail_reply(body, attrib, quoted, charset="UTF-8", cte="base64", boundary="0000000000003d4e5f0630a9b8c7")
    h = headers(addr("Nguyễn Thị Lan", "lan.nguyen@daydu-viettien.example"), AIKO,
                "Re: PO 4500032490 - order acknowledgement request",
                date_hdr(2026, 11, 30, 14, 40, 2, "+0700"), mid_gmail("c13"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-sor-f65.google.com", "209.85.220.65", "Mon, 30 Nov 2026 07:40:08 +0000", "aiko.bell@brightwater.example", "c13")])
    eml = message(h, part)
    return Case("vietnamese-dot-thousands-reject", "confirmation", "vi-VN",
                "UTF-8 base64 Vietnamese; '9.800 đ/m' dot-thousands VND prices; one line cancelled",
                [p], eml, expected("confirmation",
                                   "Lines 1-2 as ordered (9.800 / 14.500 đ are 9800 / 14500); line 3 no longer produced, asks to cancel -> rejected.",
                                   [conf(p, {1: ACC, 2: ACC, 3: REJ})]))


# ---------------------------------------------------------------------------
def ca_tomorrow_backorder():
    sup = supplier("NORTHSHORE", "Northshore Skate Co.", "wholesale@northshoreskate.example", "en-CA")
    p = po("4500032502", sup, "dana", "CAD", "2026-12-01", [
        ln("SKT-129-BLU", "Skateboard truck, 129 mm, blue powder coat", 150, "PR", "38.00", "2026-12-11"),
        ln("SKT-BSH-92A", "Truck bushings, 92A, set", 300, "SET", "1.45", "2026-12-11"),
    ])
    body = ("Hey Dana,\n\n"
            "Trucks are done, they're back from powder coat this afternoon, so all 150 pairs ship tomorrow "
            "with UPS at the PO price. I'll send tracking once they're picked up.\n\n"
            "Bushings are backordered at our supplier, I'll let you know as soon as I have an ETA.\n\n"
            "Cheers,\n"
            "Jordan Leclair\n"
            "Wholesale | Northshore Skate Co.\n"
            "North Vancouver, BC | 604-555-0139")
    quoted = request_text(p, "Hello")
    attrib = "On Tue, Dec 1, 2026 at 3:12 AM Dana Ruiz <dana.ruiz@brightwater.example> wrote:"
    part = gmail_reply(body, attrib, quoted, boundary="000000000000c8d9e00630c3f4a5")
    h = headers("Jordan Leclair <jordan@northshoreskate.example>", DANA,
                "Re: PO 4500032502 - order acknowledgement request",
                date_hdr(2026, 12, 3, 14, 26, 51, "-0800"), mid_gmail("c14"),
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail-sor-f80.google.com", "209.85.220.80", "Thu, 03 Dec 2026 22:26:57 +0000", "dana.ruiz@brightwater.example", "c14")])
    eml = message(h, part)
    return Case("ships-tomorrow-rest-backordered", "confirmation", "en-CA",
                "relative date 'ship tomorrow' (from the Date header, local time) and a backordered line with no ETA",
                [p], eml, expected("confirmation",
                                   "Line 1 ships 'tomorrow' relative to Thu 3 Dec 2026 (sender's local date) = 2026-12-04, ship date only; line 2 backordered without ETA -> unconfirmed.",
                                   [conf(p, {1: chg(d="2026-12-04"), 2: UNC})]))


# ---------------------------------------------------------------------------
def et_per_hundred():
    sup = supplier("KANNEL", "Kandlemeister OÜ", "myyk@kandlemeister.example", "et-EE")
    p = po("4500032515", sup, "tomasz", "EUR", "2026-11-30", [
        ln("TPG-KAN-ST", "Kannel tuning peg, steel, 5 mm", 1500, "PCS", "0.40", "2026-12-21"),
        ln("TPG-KAN-KEY", "Tuning key for kannel pegs", 100, "PCS", "4.90", "2026-12-21"),
    ])
    body = ("Tere, Tomasz!\n\n"
            "Kinnitame tellimuse 4500032515:\n\n"
            "1) Kandle häälestusnaelad, teras 5 mm - 1500 tk, hind 38,00 € / 100 tk, tarne 21.12.2026\n"
            "2) Häälestusvõti - 100 tk, hind 4,90 €/tk, tarne 21.12.2026\n\n"
            "Naelu müüme ainult 100 tk kaupa, seepärast on hind toodud saja tüki kohta.\n\n"
            "Lugupidamisega\n"
            "Kadri Tamm\n"
            "Kandlemeister OÜ | Tähe 112, 50107 Tartu | +372 735 2214")
    quoted = request_text(p, "Hello")
    part = outlook_reply(body, "en", TOMASZ, "Monday, November 30, 2026 2:05 PM", "myyk@kandlemeister.example",
                         "PO 4500032515 - order acknowledgement request", quoted, "iso-8859-15", "quoted-printable",
                         "----=_NextPart_000_0005_01DB6402.6B3C1E80", html_lang="ET")
    h = headers("Kadri Tamm <kadri@kandlemeister.example>", TOMASZ,
                "RE: PO 4500032515 - order acknowledgement request",
                date_hdr(2026, 12, 1, 15, 48, 7, "+0200"), "<000501db6402$6b3c1e80$41b45b80$@kandlemeister.example>",
                irt=p["request_message_id"], refs=[p["request_message_id"]],
                before=[rcv("mail.kandlemeister.example", "192.0.2.215", "Tue, 01 Dec 2026 13:48:14 +0000", "tomasz.wren@brightwater.example", "c15")],
                after=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", tid("c15")), ("Content-Language", "et")])
    eml = message(h, part)
    return Case("price-per-hundred", "confirmation", "et-EE",
                "price stated per 100 pieces ('38,00 € / 100 tk') against a per-piece PO price of 0.40",
                [p], eml, expected("confirmation",
                                   "Line 1: 38,00 € per 100 pcs = 0.38 per piece (PO 0.40), qty and date as ordered; line 2 as ordered.",
                                   [conf(p, {1: chg(p="0.38"), 2: ACC})]))


CASES = [ro_reject_line, hebrew_rtl, arabic_bilingual, erp_pdf_us, nz_pdf_split, sl_two_pos, hr_three_pos,
         lt_item_codes, sk_revised, fr_ca_address, pt_reminder_es, mx_whole_reject, vi_reject,
         ca_tomorrow_backorder, et_per_hundred]
