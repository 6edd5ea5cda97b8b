# -*- coding: utf-8 -*-
"""Cases C: more confirmations (Asia-Pacific, Americas, Baltics, Balkans) and the needs_review cases."""
import datetime as dt

from . import mime
from .common import (PO, Supplier, T, alt, case, expected_conf, expected_kind, html_doc, local, msgid,
                     outlook_headers, outlook_html_quote, outlook_quote, paras_html, quote, request_text, subject,
                     text_to_html, mail, fmt_sent, fmt_amount, NAMES)
from .pdf import Document


# ------------------------------------------------------------------ 37
@case("thai-buddhist-era-dates", "confirmation", "th-TH",
      "TIS-620 Thai; dates in the Buddhist Era '18/12/2569' and '8 ม.ค. 2570' (year - 543), prices in บาท")
def thai():
    sup = Supplier("SIAMAQUA", "บริษัท สยามอควาปั๊ม จำกัด", "sales@siamaquapump.example", "th-TH")
    po = PO("4500074412", sup, "dana", "THB", "2026-11-18", [
        ("SAP-AIR-60", "Aquarium air pump, 60 L/min, piston", 50, "EA", "1250.00", "2026-12-18"),
        ("SAP-SUB-5000", "Submersible pond/aquarium pump, 5000 L/H", 80, "EA", "890.00", "2026-12-18"),
    ])
    b = po.buyer
    s = local(po.sent, 7)
    attr = "On Wed, 18 Nov 2026 at %02d:%02d, %s <%s> wrote:" % (s.hour, s.minute, b.name, b.email)
    top = ("เรียน คุณ Dana Ruiz\n\n"
           "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500074412 ทางบริษัทฯ ขอยืนยันรายการดังนี้\n\n"
           "1. ปั๊มลม 60 ลิตร/นาที จำนวน 50 เครื่อง ราคา 1,250.00 บาท ส่งมอบวันที่ 18/12/2569\n"
           "2. ปั๊มน้ำ 5000 ลิตร/ชม. จำนวน 80 เครื่อง ราคา 890.00 บาท ส่งมอบวันที่ 8 ม.ค. 2570\n\n"
           "ขอแสดงความนับถือ\nสมชาย ศรีสุข (Somchai Srisuk)\nฝ่ายขายต่างประเทศ\n"
           "บริษัท สยามอควาปั๊ม จำกัด โทร. +66 2 555 0142\n\n")
    txt = top + attr + "\n\n" + quote(request_text(po))
    body = mime.text(txt, "tis-620", "base64")
    date = T("2026-11-24 14:50:27", 7)
    eml = mail(("สมชาย ศรีสุข", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("gmail", "siamaqua-1", ""), body, irt=po, hcs="tis-620")
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-08"}})],
                        "Buddhist Era: 2569 = 2026, 2570 = 2027. Line 1 18/12/2569 = requested; line 2 '8 ม.ค. 2570' "
                        "(ม.ค. = January) = 2027-01-08.")
    return [po], eml, exp


# ------------------------------------------------------------------ 38
@case("android-ships-tomorrow", "confirmation", "en-US",
      "two-line phone reply 'all 3 lines in stock at your PO prices, shipping tomorrow' - relative ship date from the Date header")
def ships_tomorrow():
    sup = Supplier("RRPOTEQ", "Rocky Ridge Pottery Equipment Co.", "sales@rockyridgepottery.example", "en-US")
    po = PO("4500074477", sup, "dana", "USD", "2026-11-24", [
        ("RR-WH-12AL", "Wheel head, 12 in, cast aluminum, 1 in bore", 10, "EA", "129.00", "2026-12-11"),
        ("RR-WH-14AL", "Wheel head, 14 in, cast aluminum, 1 in bore", 10, "EA", "149.00", "2026-12-11"),
        ("RR-BAT-PINS", "Bat pin set, stainless, 10 in spacing", 40, "SET", "6.50", "2026-12-11"),
    ])
    b = po.buyer
    s = local(po.sent, -7)
    attr = "On Tue, Nov 24, 2026, %d:%02d AM %s <%s> wrote:" % (s.hour, s.minute, b.name, b.email)
    txt = ("Hi Dana - all 3 lines in stock at your PO prices, shipping tomorrow UPS Worldwide Expedited. "
           "Tracking to follow.\n\nJen\n\nSent from my Galaxy\n\n" + attr + "\n\n" + quote(request_text(po)))
    body = alt(txt, "utf-8", "quoted-printable", "rrpoteq", style="gmail")
    date = T("2026-12-02 15:10:38", -7)
    eml = mail(("Jen Alvarez", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("gmail", "rrpoteq-1", ""), body, irt=po)
    exp = expected_conf([(po, {1: {"d": "2026-12-03"}, 2: {"d": "2026-12-03"}, 3: {"d": "2026-12-03"}})],
                        "'Shipping tomorrow' relative to Date Wed 2 Dec 2026 (-0700) = ship 2026-12-03; only a ship "
                        "date is given so it is the date (earlier than 11 Dec requested). Qty and prices as PO.")
    return [po], eml, exp


# ------------------------------------------------------------------ 39
def _glp_pdf():
    doc = Document(title="Sales Order Acknowledgement SO-228741", author="Great Lakes Plow Parts, Inc.",
                   producer="Epicor Kinetic 2024.1 / SSRS", created="D:20261130060145-05'00'")
    p = doc.page(width=612, height=792)
    p.text(40, 750, "GREAT LAKES PLOW PARTS, INC.", 14, bold=True)
    p.text(40, 736, "4410 Industrial Pkwy, Saginaw, MI 48601  |  (989) 555-0142  |  orders@greatlakesplow.example", 7.5)
    p.text(572, 750, "SALES ORDER ACKNOWLEDGEMENT", 11, bold=True, align="right")
    meta = [("Sales Order:", "SO-228741"), ("Order Date:", "11/30/2026"), ("Customer PO#:", "4500074531"),
            ("Customer:", "C-10482 Fernhill Trading Ltd"), ("Terms:", "Net 30"), ("Ship Via:", "Ocean LCL - Port of Cork"),
            ("FOB:", "Saginaw, MI")]
    y = 715
    for k, v in meta:
        p.text(360, y, k, 8, bold=True)
        p.text(440, y, v, 8)
        y -= 11
    p.text(40, 715, "Bill To / Ship To:", 8, bold=True)
    for i, l in enumerate(["Fernhill Trading Ltd - Goods In", "Unit 4, Harbour Road Business Park",
                           "Ringaskiddy, Co. Cork P43 X2Y3", "IRELAND"]):
        p.text(40, 703 - 11 * i, l, 8)
    cols = [(22, "left"), (70, "left"), (150, "left"), (45, "right"), (50, "right"), (30, "right"), (60, "right"),
            (65, "right"), (60, "right")]
    rows = [["Ln", "Item", "Description", "Ordered", "Confirmed", "B/O", "Unit Price", "Ext. Price", "Promise Date"],
            ["1", "GL-CE-1036", "Cutting edge 10' 5/8x6 HC", "24", "24", "0", "$386.00", "$9,264.00", "12/18/2026"],
            ["2", "GL-CE-0836", "Cutting edge 8' 5/8x6", "16", "12", "4", "$312.00", "$3,744.00", "12/18/2026"],
            ["", "", "  B/O qty 4: ship date TBD", "", "", "", "", "", ""],
            ["3", "GL-MB-10PU", "Moldboard, poly, 10'", "4", "4", "0", "$1,045.00", "$4,180.00", "01/08/2027"]]
    y = p.table(40, 600, cols, rows, size=7.5, row_h=13)
    p.line(40, y + 5, 572, y + 5)
    p.text(470, y - 10, "Subtotal:", 8, bold=True)
    p.text(570, y - 10, "$17,188.00", 8, align="right")
    p.text(470, y - 22, "Freight:", 8, bold=True)
    p.text(570, y - 22, "TBD", 8, align="right")
    p.text(40, y - 50, "Promise dates are ship dates from Saginaw, MI. Prices subject to our standard terms and conditions.", 7)
    p.text(40, y - 61, "Please review this acknowledgement and notify us of any discrepancies within 48 hours.", 7)
    return doc.tobytes()


@case("us-erp-pdf-backorder", "confirmation", "en-US",
      "automatic no-reply ERP mail with a PDF: 'Confirmed' column lower than 'Ordered' (B/O 4, ship date TBD) and a higher price")
def us_erp():
    sup = Supplier("GLPLOW", "Great Lakes Plow Parts, Inc.", "orders@greatlakesplow.example", "en-US")
    po = PO("4500074531", sup, "marek", "USD", "2026-11-19", [
        ("GL-CE-1036", "Snowplow cutting edge, 10 ft, 5/8 in x 6 in, high carbon", 24, "EA", "386.00", "2026-12-18"),
        ("GL-CE-0836", "Snowplow cutting edge, 8 ft, 5/8 in x 6 in", 16, "EA", "312.00", "2026-12-18"),
        ("GL-MB-10PU", "Moldboard, poly, 10 ft", 4, "EA", "995.00", "2027-01-08"),
    ], request=False)
    txt = ("This is an automated message from Great Lakes Plow Parts, Inc.\n\n"
           "Attached is the acknowledgement for sales order SO-228741 (your PO# 4500074531).\n"
           "Please review the attached document. Questions? Reply to orders@greatlakesplow.example or call "
           "(989) 555-0142.\n\nDo not reply to this message; this mailbox is not monitored.\n")
    body = mime.multi("mixed", [mime.text(txt, "us-ascii", "7bit"),
                                mime.attachment(_glp_pdf(), "application/pdf", "SO-228741_Acknowledgement.pdf")],
                      mime.boundary("glplow", "javamail"))
    date = T("2026-11-30 06:02:11", -5)
    eml = mail(("Great Lakes Plow Parts", "no-reply@greatlakesplow.example"), po.buyer.pair,
               "Sales Order Acknowledgement SO-228741 (Your PO# 4500074531)", date,
               msgid("erp", "glplow-1", "greatlakesplow.example"), body,
               extra=[("Auto-Submitted", "auto-generated"), ("Reply-To", "orders@greatlakesplow.example")])
    exp = expected_conf([(po, {1: "A", 2: {"q": 12}, 3: {"p": "1045.00"}})],
                        "ERP auto-mail, still a confirmation. Line 2: 12 confirmed, 4 back-ordered with no date -> "
                        "confirmed quantity 12. Line 3 $1,045.00 vs 995.00. Promise dates are ship dates (only "
                        "dates given) and equal the PO dates. No request on record (PO sent via portal).")
    return [po], eml, exp


# ------------------------------------------------------------------ 40
@case("canadian-stones-vs-sets", "confirmation", "en-CA",
      "PO in SETs of 8 curling stones, reply counts 32 stones at $800.00 per stone; 'Dec. 18' without year")
def canada():
    sup = Supplier("LAURCURL", "Laurentian Curling Stone Co.", "orders@laurentiancurling.example", "en-CA")
    po = PO("4500074590", sup, "aoife", "CAD", "2026-11-20", [
        ("LC-SET8-AC", "Curling stone set (8 stones), Ailsa Craig granite", 4, "SET", "6400.00", "2026-12-18"),
        ("LC-HDL-RPL", "Replacement handle, with bolt", 16, "EA", "38.50", "2026-12-18"),
        ("LC-CUP-INS", "Running band insert, recondition service kit", 6, "EA", "245.00", "2027-01-08"),
    ])
    top = ("Hi Aoife,\n\nThanks for the order - here's our confirmation for PO 4500074590:\n\n"
           "- 32 stones (your 4 sets of 8), Ailsa Craig blue hone, $800.00 per stone - delivery Dec. 18\n"
           "- 16 replacement handles @ $38.50 - Dec. 18\n"
           "- 6 insert kits @ $245.00 - sorry, we can't get these to you before January 22, 2027\n\n"
           "All prices CAD, delivered Ringaskiddy.\n\nCheers,\nBrad MacKenzie\nLaurentian Curling Stone Co.\n"
           "Sudbury, ON | 705-555-0142\n\n")
    txt = top + outlook_quote(po, "en-US", -5, sep="line")
    body = alt(txt, "utf-8", "quoted-printable", "laurcurl")
    date = T("2026-11-26 11:45:30", -5)
    eml = mail(("Brad MacKenzie", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "laurcurl-1", ""), body, irt=po, extra=outlook_headers("en-CA", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: "A", 3: {"d": "2027-01-22"}})],
                        "32 stones x $800.00 = 4 sets x $6,400.00 (set = 8 stones per PO description) -> accepted. "
                        "'Dec. 18' -> 2026-12-18. Line 3 January 22, 2027.")
    return [po], eml, exp


# ------------------------------------------------------------------ 41
@case("one-reply-answers-two-pos", "confirmation", "en-NZ",
      "reply in the thread of one PO answers two POs of the same supplier; dd/mm/yyyy; Maori greeting")
def nz_two():
    sup = Supplier("KIWIBNC", "Kiwi Bounce Components Ltd", "sales@kiwibounce.example", "en-NZ")
    a = PO("4500074655", sup, "dana", "NZD", "2026-11-17", [
        ("KB-SPR-180", "Trampoline spring, 180 mm, zinc plated", 2000, "PCS", "1.85", "2026-12-18"),
        ("KB-SPR-230", "Trampoline spring, 230 mm, zinc plated", 1500, "PCS", "2.20", "2026-12-18"),
    ])
    bpo = PO("4500074702", sup, "dana", "NZD", "2026-11-19", [
        ("KB-PAD-12", "Spring cover pad, 12 ft frame", 60, "EA", "48.00", "2027-01-08"),
        ("KB-PAD-14", "Spring cover pad, 14 ft frame", 40, "EA", "56.00", "2027-01-08"),
        ("KB-TOOL-HK", "Spring hook tool", 100, "EA", "7.90", "2027-01-08"),
    ])
    b = bpo.buyer
    s = local(bpo.sent, 13)
    attr = "On Thu, 19 Nov 2026 at %02d:%02d, %s <%s> wrote:" % (s.hour, s.minute, b.name, b.email)
    top = ("Kia ora Dana,\n\nAnswering both your POs in one go:\n\n"
           "PO 4500074655 (springs) - all good, both lines confirmed as ordered for 18/12/2026.\n\n"
           "PO 4500074702 (pads/tools):\n"
           "  line 1 - 60 x 12ft pads @ $48.00 - 08/01/2027 ok\n"
           "  line 2 - 40 x 14ft pads @ $56.00 - the 14ft fabric is late, so 22/01/2027\n"
           "  line 3 - 100 hook tools @ $7.90 - 08/01/2027 ok\n\n"
           "Cheers\nSam\n\nSam Whaanga | Kiwi Bounce Components Ltd | 18 Kahu Road, Christchurch 8042 | 03 555 0142\n\n")
    txt = top + attr + "\n\n" + quote(request_text(bpo))
    body = alt(txt, "utf-8", "quoted-printable", "kiwibnc", style="gmail")
    date = T("2026-11-25 10:15:44", 13)
    eml = mail(("Sam Whaanga", sup.email), b.pair, "Re: " + subject(bpo), date,
               msgid("gmail", "kiwibnc-1", ""), body, irt=bpo)
    exp = expected_conf([(a, {1: "A", 2: "A"}), (bpo, {1: "A", 2: {"d": "2027-01-22"}, 3: "A"})],
                        "Threaded on PO 4500074702 but also answers PO 4500074655 (both lines as ordered). "
                        "PO 4500074702 line 2 moves to 22/01/2027.")
    return [a, bpo], eml, exp


# ------------------------------------------------------------------ 42
@case("lengths-and-boxes-uom-conversion", "confirmation", "en-GB",
      "metres confirmed as '20 lengths of 6 m @ £111.00 per length', pieces as '4 boxes of 100 @ £90.00 per box'")
def lengths_boxes():
    sup = Supplier("LIMESTG", "Limelight Stage Engineering Ltd", "sales@limelightstage.example", "en-GB")
    po = PO("4500074766", sup, "aoife", "GBP", "2026-11-23", [
        ("LSE-TRK-HD", "Curtain track, heavy duty, aluminium", 120, "M", "18.50", "2026-12-14"),
        ("LSE-GLD-100", "Nylon glider for HD track", 400, "PCS", "0.85", "2026-12-14"),
        ("LSE-BRKT-WALL", "Wall bracket, adjustable, for HD track", 60, "EA", "7.40", "2026-12-14"),
    ])
    top = ("Good morning Aoife,\n\nThanks for PO 4500074766. We confirm as follows:\n\n"
           "1) HD track - supplied in 6 m lengths: 20 lengths @ £111.00 per length, for delivery 14/12/2026.\n"
           "2) Gliders - sold in boxes of 100: 4 boxes @ £90.00 per box, delivery 14/12/2026.\n"
           "3) Wall brackets - 60 @ £7.40, delivery 14/12/2026.\n\n"
           "Kind regards,\nRachel Okafor\nSales Office\nLimelight Stage Engineering Ltd\n"
           "Unit 7, Canal Wharf, Leeds LS11 5PS | 0113 555 0142\n"
           "Registered in England No. 04567890. VAT GB 123 4567 89.\n\n")
    txt = top + outlook_quote(po, "en-GB", 0, sep="line")
    body = alt(txt, "utf-8", "quoted-printable", "limestg")
    date = T("2026-11-27 09:40:12", 0)
    eml = mail(("Rachel Okafor", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "limestg-1", ""), body, irt=po, extra=outlook_headers("en-GB", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"p": "0.90"}, 3: "A"})],
                        "20 x 6 m = 120 m, £111.00/6 m = £18.50/m -> as ordered. 4 boxes x 100 = 400 pcs, "
                        "£90.00/100 = £0.90/pc (PO 0.85) -> price change.")
    return [po], eml, exp


# ------------------------------------------------------------------ 43
@case("slovak-spaced-dates", "confirmation", "sk-SK",
      "windows-1250 Slovak; dates written with spaces '18. 12. 2026' and 'až 15. 1. 2027' (= not before), euro sign after the amount")
def slovak():
    sup = Supplier("PADLIPT", "Pádla Liptov s.r.o.", "objednavky@padla-liptov.example", "sk-SK")
    po = PO("4500074821", sup, "marek", "EUR", "2026-11-19", [
        ("PL-C1-CARB", "Canoe paddle C1, carbon, slalom", 20, "EA", "189.00", "2026-12-18"),
        ("PL-K1-CARB", "Kayak paddle K1, carbon, 210 cm", 15, "EA", "245.00", "2026-12-18"),
    ])
    top = ("Dobrý deň, pán Novak,\n\nďakujeme za objednávku č. 4500074821. Potvrdzujeme:\n\n"
           "1. Pádlo C1 karbón \u2013 20 ks po 189,00 € \u2013 dodanie 18. 12. 2026\n"
           "2. Pádlo K1 karbón 210 cm \u2013 15 ks po 245,00 € \u2013 dodanie až 15. 1. 2027 (čakáme na karbónové listy)\n\n"
           "S pozdravom\nMartin Kováč\nobchodné oddelenie\nPádla Liptov s.r.o., Priemyselná 4, 031 01 Liptovský Mikuláš\n"
           "tel. +421 44 555 01 42\n\n")
    txt = top + outlook_quote(po, "sk", 1, sep="line")
    body = alt(txt, "windows-1250", "quoted-printable", "padlipt")
    date = T("2026-11-24 11:11:51", 1)
    eml = mail(("Martin Kováč", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "padlipt-1", ""), body, irt=po, hcs="windows-1250", hmode="Q",
               extra=outlook_headers("sk-SK", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-15"}})],
                        "Slovak spaced dates; line 2 'až 15. 1. 2027' (not before) = 2027-01-15.")
    return [po], eml, exp


# ------------------------------------------------------------------ 44
@case("lithuanian-long-date-cp1257", "confirmation", "lt-LT",
      "windows-1257 Lithuanian mixing ISO dates with the long form '2027 m. sausio 8 d.'")
def lithuanian():
    sup = Supplier("SPYRLT", "UAB Spyruoklių gamykla", "pardavimai@spyruokles.example", "lt-LT")
    po = PO("4500074888", sup, "tomas", "EUR", "2026-11-18", [
        ("SG-TS-140", "Trampoline spring, 140 mm", 6000, "PCS", "0.62", "2026-12-18"),
        ("SG-TS-178", "Trampoline spring, 178 mm", 4000, "PCS", "0.74", "2026-12-18"),
        ("SG-TS-254", "Trampoline spring, 254 mm, heavy", 2000, "PCS", "1.05", "2027-01-08"),
    ])
    top = ("Laba diena,\n\nDėkojame už užsakymą Nr. 4500074888. Patvirtiname:\n\n"
           "1 eilutė: 6 000 vnt., 0,62 EUR/vnt., pristatymas 2026-12-18.\n"
           "2 eilutė: 4 000 vnt., 0,74 EUR/vnt., pristatymas 2027 m. sausio 8 d.\n"
           "3 eilutė: 2 000 vnt., 1,05 EUR/vnt., pristatymas 2027-01-08.\n\n"
           "Pagarbiai\nRūta Jankauskienė\nPardavimų vadybininkė\nUAB Spyruoklių gamykla, Pramonės g. 15, Kaunas\n"
           "Tel. +370 37 555 014\n\n")
    txt = top + outlook_quote(po, "lt", 2, sep="line")
    body = alt(txt, "windows-1257", "quoted-printable", "spyrlt")
    date = T("2026-11-25 09:30:16", 2)
    eml = mail(("Rūta Jankauskienė", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "spyrlt-1", ""), body, irt=po, hcs="windows-1257", hmode="Q",
               extra=outlook_headers("lt-LT", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"d": "2027-01-08"}, 3: "A"})],
                        "Line 2 '2027 m. sausio 8 d.' = 8 Jan 2027 (sausio = January), later than 18 Dec. Lines 1/3 "
                        "ISO dates equal the PO. '6 000' space thousands.")
    return [po], eml, exp


# ------------------------------------------------------------------ 45
@case("three-open-pos-matched-by-thread", "confirmation", "hr-HR",
      "three open POs from one supplier; body names no PO number (only 'narudžba od 19.11.2026.' and their own RN number) - match via thread/contents")
def croatia_three():
    sup = Supplier("SCENZG", "Scenotehnika Zagreb d.o.o.", "prodaja@scenotehnika-zg.example", "hr-HR")
    a = PO("4500074940", sup, "aoife", "EUR", "2026-11-16", [
        ("SZ-TRK-MOT12", "Curtain track, motorised, 12 m", 1, "SET", "4850.00", "2026-12-18"),
        ("SZ-CTRL-DMX", "Motor control unit, DMX", 1, "EA", "1290.00", "2026-12-18"),
    ])
    bpo = PO("4500074987", sup, "aoife", "EUR", "2026-11-19", [
        ("SZ-TRK-TAB6", "Tab track, straight, 6 m", 4, "EA", "540.00", "2027-01-08"),
        ("SZ-CARR-TAB", "Tab track carrier", 80, "EA", "6.20", "2027-01-08"),
        ("SZ-CLAMP-48", "Batten clamp, 48 mm", 24, "EA", "14.80", "2027-01-08"),
    ])
    c = PO("4500075033", sup, "aoife", "EUR", "2026-11-24", [
        ("SZ-PULLEY-HB", "Head block pulley", 6, "EA", "215.00", "2027-01-15"),
    ])
    top = ("Poštovana gospođo Brennan,\n\nzahvaljujemo na narudžbi od 19.11.2026. (vodilice za tab zastore). "
           "Naš radni nalog: RN-2026-1187.\n\nPotvrđujemo:\n"
           "1. Vodilica ravna 6 m \u2013 4 kom \u2013 540,00 € \u2013 isporuka 8.1.2027.\n"
           "2. Kolica za vodilicu \u2013 80 kom \u2013 6,20 € \u2013 isporuka 8.1.2027.\n"
           "3. Stezaljka 48 mm \u2013 24 kom \u2013 15,90 € (nova cijena od 1.1.2027.) \u2013 isporuka 8.1.2027.\n\n"
           "Za motorizirani sustav javit ćemo se zasebno.\n\n"
           "Srdačan pozdrav,\nIvana Horvat\nProdaja\nScenotehnika Zagreb d.o.o., Radnička cesta 80, 10000 Zagreb\n"
           "Tel. +385 1 555 0142\n\n")
    txt = top + outlook_quote(bpo, "hr", 1, sep="line")
    body = alt(txt, "utf-8", "quoted-printable", "scenzg")
    date = T("2026-11-30 14:05:27", 1)
    eml = mail(("Ivana Horvat", sup.email), bpo.buyer.pair, "RE: " + subject(bpo), date,
               msgid("outlook", "scenzg-1", ""), body, irt=bpo, extra=outlook_headers("hr-HR", subject(bpo)))
    exp = expected_conf([(bpo, {1: "A", 2: "A", 3: {"p": "15.90"}})],
                        "Three open POs; the reply is threaded on 4500074987 and its contents (order of 19.11., tab "
                        "track items) match it. Croatian dates with trailing dot '8.1.2027.'. Line 3 new price 15,90. "
                        "The motorised system (PO 4500074940) is only mentioned; PO 4500075033 not at all.")
    return [a, bpo, c], eml, exp


# ------------------------------------------------------------------ 46
@case("swiss-french-packs-and-apostrophes", "confirmation", "fr-CH",
      "Swiss French: prices per box of 5 ('CHF 27.00 la boîte') for a per-piece PO, apostrophe thousands CHF 1'150.00")
def swiss_french():
    sup = Supplier("FDLEMAN", "Fraises Dentaires Léman SA", "commandes@fraises-leman.example", "fr-CH")
    po = PO("4500075090", sup, "priya", "CHF", "2026-11-20", [
        ("FL-CARB-FG330", "Carbide bur FG 330", 500, "PCS", "5.40", "2026-12-18"),
        ("FL-KIT-ENDO", "Endodontic access bur kit (12 burs in block)", 20, "SET", "1100.00", "2026-12-18"),
        ("FL-DIA-FG856", "Diamond bur FG 856, medium", 1000, "PCS", "4.10", "2027-01-08"),
    ])
    top = ("Bonjour Madame Raman,\n\nNous vous remercions de votre commande 4500075090 et la confirmons comme suit :\n\n"
           "Pos. 1 : 100 boîtes de 5 fraises FG 330 à CHF 27.00 la boîte - livraison 18.12.2026\n"
           "Pos. 2 : 20 coffrets endo à CHF 1'150.00 le coffret - livraison 18.12.2026\n"
           "Pos. 3 : 1'000 fraises FG 856 à CHF 4.10 - livraison 08.01.2027\n\n"
           "Total HT : CHF 29'800.00\n\nMeilleures salutations\n\nNicolas Favre\nService commercial\n"
           "Fraises Dentaires Léman SA | Route de Genève 88 | 1110 Morges\nT +41 21 555 01 42\n\n")
    txt = top + outlook_quote(po, "fr", 1, sep="line")
    body = alt(txt, "iso-8859-1", "quoted-printable", "fdleman")
    date = T("2026-11-25 17:02:19", 1)
    eml = mail(("Nicolas Favre", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "fdleman-1", ""), body, irt=po, extra=outlook_headers("fr-CH", subject(po)))
    exp = expected_conf([(po, {1: "A", 2: {"p": "1150.00"}, 3: "A"})],
                        "100 boxes x 5 = 500 pcs at 27.00/5 = 5.40 -> as ordered. Line 2 CHF 1'150.00 per set vs "
                        "1100.00. 1'000 = 1000.")
    return [po], eml, exp


# ================================================================== needs_review

def _credit_form_pdf():
    doc = Document(title="Credit Application", author="Highveld Greenhouse Systems", producer="Microsoft Word - Print to PDF")
    p = doc.page()
    p.text(40, 800, "HIGHVELD GREENHOUSE SYSTEMS (PTY) LTD", 13, bold=True)
    p.text(40, 786, "Reg. No. 2011/123456/07  |  VAT 4123456789  |  Pretoria East", 8)
    p.text(40, 750, "APPLICATION FOR CREDIT FACILITIES", 12, bold=True)
    y = 720
    for l in ["1. Company name: ______________________________  Registration no.: ______________",
              "2. Physical address: __________________________________________________________",
              "3. Bank details (bank, branch, account no.): ________________________________________",
              "4. Trade references (3): ______________________________________________________",
              "5. Requested credit limit (ZAR): ______________   Payment terms requested: 30 days from statement",
              "6. Authorised signatory: ___________________  Date: ______________",
              "",
              "Orders from new accounts are released once credit has been approved by our finance department.",
              "Until approval, orders may be shipped on a cash-in-advance basis only."]:
        p.text(40, y, l, 8.5)
        y -= 18
    return doc.tobytes()


@case("confirms-subject-to-credit-approval", "needs_review", "en-ZA",
      "reads like a full confirmation (quantities, prices, 18/12/2026) but is 'subject to credit approval', final acknowledgment to follow")
def credit_approval():
    sup = Supplier("HVGREEN", "Highveld Greenhouse Systems (Pty) Ltd", "sales@highveldgreenhouse.example", "en-ZA")
    po = PO("4500075144", sup, "dana", "ZAR", "2026-11-23", [
        ("HG-VENT-RR", "Greenhouse roof vent, ridge, 3 m", 24, "EA", "2350.00", "2026-12-18"),
        ("HG-RACK-KIT", "Rack and pinion vent kit", 24, "EA", "1480.00", "2026-12-18"),
    ])
    top = ("Hi Dana,\n\nThank you for your order 4500075144.\n\n"
           "As this is your first order with us, we confirm the order as per your PO (quantities, prices and delivery "
           "18/12/2026) subject to credit approval by our finance department. We will send the final order "
           "acknowledgement once the account has been approved - please complete the attached credit application "
           "and return it to accounts@highveldgreenhouse.example.\n\n"
           "Kind regards\nThabo Nkosi\nSales Consultant\nHighveld Greenhouse Systems (Pty) Ltd\n"
           "Tel +27 12 555 0142 | Cell +27 82 555 0142\n\n"
           "This e-mail is subject to our e-mail disclaimer at www.highveldgreenhouse.example/disclaimer\n\n")
    txt = top + outlook_quote(po, "en-GB", 2, sep="line")
    body = mime.multi("mixed", [alt(txt, "utf-8", "quoted-printable", "hvgreen-alt"),
                                mime.attachment(_credit_form_pdf(), "application/pdf", "Credit_Application_Form.pdf")],
                      mime.boundary("hvgreen-mixed", "outlook"))
    date = T("2026-11-26 15:30:04", 2)
    eml = mail(("Thabo Nkosi", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "hvgreen-1", ""), body, irt=po, extra=outlook_headers("en-ZA", subject(po), attach=True))
    exp = expected_kind("needs_review",
                        "Conditional: confirmation 'subject to credit approval', final acknowledgement only after the "
                        "credit form is processed. Nothing is committed yet; a human must handle the credit form.")
    return [po], eml, exp


@case("question-leather-or-synthetic-bellows", "needs_review", "sl-SI",
      "Slovenian supplier asks which bellows material we want before confirming; both options come with prices and dates")
def slovenian_question():
    sup = Supplier("CEBKRANJ", "Čebelarska oprema Kranjc d.o.o.", "prodaja@cebelarska-oprema.example", "sl-SI")
    po = PO("4500075201", sup, "tomas", "EUR", "2026-11-24", [
        ("CO-KAD-VEL", "Bee smoker, large, stainless, heat shield", 60, "EA", "42.00", "2026-12-18"),
        ("CO-MEH-RPL", "Replacement bellows for bee smoker", 120, "EA", "14.50", "2026-12-18"),
    ])
    b = po.buyer
    s = local(po.sent, 1)
    attr = "Dne 24. 11. 2026 ob %d:%02d je %s napisal(a):" % (s.hour, s.minute, b.name)
    top = ("Pozdravljeni g. Lindqvist,\n\nhvala za naročilo 4500075201. Preden ga potrdimo, prosim za pojasnilo pri "
           "poz. 2: ali želite nadomestne mehove iz naravnega usnja (14,50 €, dobava 18. 12. 2026) ali iz umetnega "
           "usnja (11,90 €, dobava 8. 1. 2027)?\n\n"
           "Potrditev za celotno naročilo vam pošljemo takoj, ko prejmemo vaš odgovor.\n\n"
           "Lep pozdrav\nMatej Kranjc\nČebelarska oprema Kranjc d.o.o., Savska cesta 3, 4000 Kranj\n"
           "Tel. +386 4 555 01 42\n\n")
    txt = top + attr + "\n" + quote(request_text(po))
    body = mime.text(txt, "utf-8", "quoted-printable", params={"format": "flowed"})
    date = T("2026-12-01 08:20:55", 1)
    eml = mail(("Matej Kranjc", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("thunderbird", "cebkranj-1", "cebelarska-oprema.example"), body, irt=po,
               extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sl")])
    exp = expected_kind("needs_review",
                        "A question (leather or synthetic?) with a price/date for each option; the supplier explicitly "
                        "confirms nothing until we answer.")
    return [po], eml, exp


@case("will-revert-by-friday", "needs_review", "en-SG",
      "'Noted with thanks', checking with the principal, 'will revert by this Friday (4 Dec)'; pricing 'should be fine'")
def will_revert():
    sup = Supplier("LCAQUA", "Lion City Aquatics Pte Ltd", "sales@lioncityaquatics.example", "en-SG")
    po = PO("4500075260", sup, "priya", "SGD", "2026-11-25", [
        ("LCA-DC-6000", "DC return pump 6000 L/H, controllable", 30, "EA", "148.00", "2026-12-18"),
        ("LCA-WAVE-10K", "Wave pump 10,000 L/H, WiFi", 20, "EA", "196.00", "2026-12-18"),
        ("LCA-DOSE-4CH", "Dosing pump, 4 channel", 10, "EA", "265.00", "2027-01-08"),
    ])
    top = ("Hi Priya,\n\nNoted with thanks on PO 4500075260.\n\n"
           "We are checking stock and lead time with our principal in Guangzhou and will revert by this Friday "
           "(4 Dec) with firm delivery dates. Pricing should be fine but let me double-confirm together with the dates.\n\n"
           "Thanks & regards,\nGrace Tan\nSales Executive\nLion City Aquatics Pte Ltd\n"
           "21 Ubi Road 1, #04-12, Singapore 408724 | +65 6555 0142\n\n")
    txt = top + outlook_quote(po, "en-GB", 8, sep="line")
    body = alt(txt, "utf-8", "quoted-printable", "lcaqua")
    date = T("2026-11-30 18:22:09", 8)
    eml = mail(("Grace Tan", sup.email), po.buyer.pair, "RE: " + subject(po), date,
               msgid("outlook", "lcaqua-1", ""), body, irt=po, extra=outlook_headers("en-SG", subject(po)))
    exp = expected_kind("needs_review",
                        "Acknowledges receipt only; firm dates and prices promised for Friday 4 Dec. '4 Dec' is a "
                        "reply deadline, not a delivery date.")
    return [po], eml, exp


@case("conditional-offer-minimum-batch", "needs_review", "es-AR",
      "Argentinian voseo: price and date depend on us raising line 2 to the minimum batch of 10; line 1 only 'once you confirm'")
def conditional_moq():
    sup = Supplier("PAMPASIN", "Metalúrgica Pampa Sinfines S.A.", "ventas@pampasinfines.example", "es-AR")
    po = PO("4500075322", sup, "marek", "USD", "2026-11-19", [
        ("MP-SINF-200-10", "Grain silo auger, 200 mm x 10 m, with 5.5 kW motor", 12, "EA", "1390.00", "2027-01-15"),
        ("MP-SINF-250-12", "Grain silo auger, 250 mm x 12 m, with 7.5 kW motor", 4, "EA", "1980.00", "2027-01-15"),
    ])
    b = po.buyer
    s = local(po.sent, -3)
    attr = "El jue, 19 nov 2026 a las %d:%02d, %s (<%s>) escribió:" % (s.hour, s.minute, b.name, b.email)
    top = ("Hola Marek, ¿cómo estás?\n\nRecibimos la OC 4500075322. Te comento: el sinfín de 250 mm lo fabricamos en "
           "lotes mínimos de 10 unidades. Si podés subir la partida 2 a 10 unidades, mantenemos el precio de "
           "USD 1.980,00 y te entregamos todo el 15/01/2027. Si no, para 4 unidades el precio pasa a USD 2.310,00 por "
           "unidad y la entrega sería a fines de febrero.\n\n"
           "La partida 1 la podemos cumplir sin problema una vez que nos confirmes cómo seguimos con la 2, así "
           "liberamos la orden completa.\n\nAvisame y la confirmamos.\n\n"
           "Saludos,\nMartín Gómez\nVentas\nMetalúrgica Pampa Sinfines S.A. - Ruta 9 km 452, Marcos Juárez, Córdoba\n"
           "Tel. +54 3472 55-0142\n\n")
    txt = top + attr + "\n\n" + quote(request_text(po))
    body = alt(txt, "iso-8859-1", "quoted-printable", "pampasin", style="gmail")
    date = T("2026-11-25 11:50:37", -3)
    eml = mail(("Martín Gómez", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("gmail", "pampasin-1", ""), body, irt=po, hcs="iso-8859-1", hmode="Q")
    exp = expected_kind("needs_review",
                        "Two alternative offers (raise to MOQ 10 at 1.980,00 by 15/01/2027, or 4 at 2.310,00 end of "
                        "February) and line 1 only once we decide. We must choose; nothing is committed.")
    return [po], eml, exp


@case("vague-estimate-mid-january", "needs_review", "vi-VN",
      "Vietnamese: cannot confirm a date yet, 'dự kiến khoảng giữa tháng 1/2027' (roughly mid-January), price could be held")
def vague_estimate():
    sup = Supplier("MAICHEO", "Công ty TNHH Mái Chèo Việt", "sales@maicheoviet.example", "vi-VN")
    po = PO("4500075388", sup, "dana", "USD", "2026-11-20", [
        ("MCV-WOOD-150", "Canoe paddle, acacia wood, 150 cm", 200, "EA", "21.50", "2026-12-18"),
        ("MCV-WOOD-135", "Canoe paddle, acacia wood, 135 cm", 150, "EA", "19.80", "2026-12-18"),
    ])
    b = po.buyer
    s = local(po.sent, 7)
    attr = "Vào Th 6, 20 thg 11, 2026 vào lúc %d:%02d %s <%s> đã viết:" % (s.hour, s.minute, b.name, b.email)
    top = ("Chào chị Dana,\n\nCảm ơn chị đã gửi đơn hàng 4500075388.\n\n"
           "Hiện tại xưởng bên em đang thiếu gỗ keo đã sấy, nên chưa thể xác nhận ngày giao chính xác. Dự kiến có thể "
           "khoảng giữa tháng 1/2027, nhưng còn phụ thuộc vào lô gỗ mới. Giá thì bên em có thể giữ như đơn hàng.\n\n"
           "Bên em sẽ báo lại chị sớm nhất có thể.\n\nTrân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh\n"
           "Công ty TNHH Mái Chèo Việt - KCN Tân Uyên, Bình Dương\nĐT: +84 274 355 0142\n\n")
    txt = top + attr + "\n\n" + quote(request_text(po))
    body = alt(txt, "utf-8", "base64", "maicheo", style="gmail")
    date = T("2026-11-27 16:10:02", 7)
    eml = mail(("Nguyễn Thị Lan", sup.email), b.pair, "Re: " + subject(po), date,
               msgid("gmail", "maicheo-1", ""), body, irt=po)
    exp = expected_kind("needs_review",
                        "Explicitly cannot confirm a date; 'around mid-January, depends on the new timber lot' is an "
                        "estimate, not a commitment. Holding the price alone does not answer the lines.")
    return [po], eml, exp


def _sauer_pdf():
    doc = Document(title="Auftragsbestätigung AB-26-0412", author="Cembalo-Kiele Manufaktur Sauer",
                   producer="Lexware faktura+auftrag 2026", created="D:20261124165012+01'00'")
    p = doc.page()
    p.text(40, 800, "Cembalo-Kiele Manufaktur Sauer", 14, bold=True)
    p.text(40, 786, "Inh. Friederike Sauer · Am Klosterberg 3 · 37603 Holzminden", 8)
    p.text(40, 745, "Fernhill Trading Ltd, Unit 4, Harbour Road Business Park, Ringaskiddy, Co. Cork, Irland", 8)
    p.text(40, 700, "Auftragsbestätigung AB-26-0412", 13, bold=True)
    p.text(40, 684, "Datum: 24.11.2026    Ihre Bestellung: 4500075440 vom 18.11.2026    Kunden-Nr.: 1187", 8)
    cols = [(30, "left"), (80, "left"), (170, "left"), (45, "right"), (30, "left"), (60, "right"), (70, "left"), (60, "right")]
    rows = [["Pos.", "Art.-Nr.", "Bezeichnung", "Menge", "Einh.", "E-Preis", "Liefertermin", "Gesamt"],
            ["1", "CKS-KIEL-RAB", "Rabenfederkiele, präpariert, 100 St./Pck.", "20", "Pck", "68,00", "18.12.2026", "1.360,00"],
            ["2", "CKS-KIEL-DEL", "Delrin-Plektren, 100 St./Pck.", "40", "Pck", "26,90", "15.01.2027", "1.076,00"]]
    y = p.table(40, 650, cols, rows, size=8, row_h=14)
    p.line(40, y + 6, 560, y + 6)
    p.text(400, y - 8, "Summe netto EUR", 8.5, bold=True)
    p.text(557, y - 8, "2.436,00", 8.5, bold=True, align="right")
    p.text(40, y - 40, "Lieferung frei Haus. Zahlung 14 Tage 2 % Skonto, 30 Tage netto.", 8)
    p.text(40, y - 52, "Steuerfreie innergemeinschaftliche Lieferung.", 8)
    return doc.tobytes()


@case("body-says-as-ordered-pdf-differs", "needs_review", "de-DE",
      "body: 'wie bestellt, Lieferung zum 18.12.2026'; attached AB PDF shows another price and 15.01.2027 for line 2")
def body_vs_pdf():
    sup = Supplier("CEMSAUER", "Cembalo-Kiele Manufaktur Sauer", "info@cembalo-kiele.example", "de-DE")
    po = PO("4500075440", sup, "tomas", "EUR", "2026-11-18", [
        ("CKS-KIEL-RAB", "Harpsichord quill, raven, prepared, pack of 100", 20, "BOX", "68.00", "2026-12-18"),
        ("CKS-KIEL-DEL", "Harpsichord plectra, Delrin, pack of 100", 40, "BOX", "24.50", "2026-12-18"),
    ])
    top = ("Sehr geehrter Herr Lindqvist,\n\nvielen Dank! Wir bestätigen Ihre Bestellung 4500075440 wie bestellt, "
           "Lieferung zum 18.12.2026. Die Auftragsbestätigung finden Sie im Anhang.\n\n"
           "Mit freundlichen Grüßen\nFriederike Sauer\n\nCembalo-Kiele Manufaktur Sauer\nAm Klosterberg 3, 37603 Holzminden\n"
           "Tel. 05531 555014\n\n")
    txt = top + outlook_quote(po, "de", 1, sep="orig")
    body = mime.multi("mixed", [alt(txt, "iso-8859-1", "quoted-printable", "cemsauer-alt"),
                                mime.attachment(_sauer_pdf(), "application/pdf", "AB-26-0412.pdf")],
                      mime.boundary("cemsauer-mixed", "outlook"))
    date = T("2026-11-24 17:05:40", 1)
    eml = mail(("Friederike Sauer", sup.email), po.buyer.pair, "AW: " + subject(po), date,
               msgid("outlook", "cemsauer-1", ""), body, irt=po, extra=outlook_headers("de-DE", subject(po), attach=True))
    exp = expected_kind("needs_review",
                        "Contradiction: the body confirms 'wie bestellt' for 18.12.2026, the attached AB shows line 2 "
                        "at 26,90 (PO 24.50) for 15.01.2027. Which one binds needs a human.")
    return [po], eml, exp


@case("stock-take-confirm-after-new-year", "needs_review", "en-IE",
      "Irish distributor: 'got the PO', cannot give prices or dates until the 2027 list lands, will confirm on 5 January")
def after_new_year():
    sup = Supplier("DSKYOPT", "Dark Sky Optics Ireland Ltd", "trade@darkskyoptics.example", "en-IE")
    po = PO("4500075499", sup, "aoife", "EUR", "2026-11-26", [
        ("DSO-EP-ORTHO9", "Orthoscopic eyepiece 9 mm, 1.25 in", 40, "PCS", "49.00", "2027-01-08"),
        ("DSO-EP-UWA20", "Ultra-wide eyepiece 20 mm, 82-degree, 2 in", 20, "PCS", "189.00", "2027-01-08"),
    ])
    top = ("Hi Aoife,\n\nGot the PO, thanks. We're in the middle of our year-end stock-take and the 2027 price list from "
           "the manufacturer only lands on 4 January, so I can't give you firm prices or dates yet. I'll confirm the "
           "full order first thing when we're back on 5 January \u2013 the 8th might still be doable for the orthos.\n\n"
           "Sláinte,\nCiarán\n\nGet Outlook for iOS\n")
    txt = top + outlook_quote(po, "en-GB", 0, sep="line")
    body = alt(txt, "utf-8", "quoted-printable", "dskyopt")
    date = T("2026-12-03 12:15:48", 0)
    eml = mail(("Ciarán Doyle", sup.email), po.buyer.pair, "Re: " + subject(po), date,
               msgid("outlook", "dskyopt-1", ""), body, irt=po)
    exp = expected_kind("needs_review",
                        "Commitment only for later (after 5 January); 'the 8th might still be doable' is a maybe. "
                        "Dates 4/5 January are about the price list and office, not deliveries.")
    return [po], eml, exp
