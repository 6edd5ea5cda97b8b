"""Cases 016-030."""
import datetime as dt
from . import mime, xlsx
from .clients import outlook, gmail, thread_headers, subj
from .core import (L, PO, sup, acc, chg, REJ, UNC, conf, expected, wd, kw, case, request_text, request_html)


def c_wc_january():
    s = sup("FENAG", "Fenland Agri Spares Ltd", "parts@fenlandagri.example", "en-GB")
    po = PO("4501100116", s, "Tom Whitfield", "GBP", "2026-11-10", [
        L(1, "AG-BRG-6206-2RS", "Bearing 6206-2RS, disc harrow hub", 80, "EA", "4.90", "2026-12-18"),
        L(2, "AG-BLT-SPB-2120", "V-belt SPB 2120, combine header drive", 24, "EA", "17.40", "2026-12-18"),
        L(3, "AG-KNF-SEC-76", "Knife section 3 in, serrated, cutter bar", 500, "EA", "0.86", "2026-12-18"),
    ])
    wd("2027-01-11", "Mon")
    new = ("Hi Tom,\n\n"
           "Bearings and belts are fine for the 18th December as you asked, quantities and prices as per your order.\n\n"
           "The knife sections come in from our supplier in Italy and won't be with us before Christmas, so we'll "
           "deliver those in the week commencing 11 January. Same price, all 500.\n\n"
           "Hope that's OK.\n\nRegards\nMark\n\n--\nMark Ellison\nParts Department\nFenland Agri Spares Ltd | "
           "Chatteris, Cambs PE16 6XX | 01354 555 201\n")
    body = gmail(new, po, "On Tue, 10 Nov 2026 at 14:02, Tom Whitfield <tom.whitfield@corvane.example> wrote:",
                 boundary="000000000000e2f4a60623e9c1d2")
    h = thread_headers(po, mime.addr("Mark Ellison", "parts@fenlandagri.example"),
                       "Tom Whitfield <tom.whitfield@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 11, 7, 36, "+0000"),
                       "<CAB1zK7mU3wX5vQ9nR2tY4pL6hG8jF0dSe1@mail.gmail.example>")
    exp = expected("confirmation", "Lines 1-2 as ordered. Line 3 'week commencing 11 January' names a week without a "
                   "day, so the Friday of that ISO week: 2027-01-15. '6206-2RS' and 'SPB 2120' are part numbers.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: acc(po["lines"][1]),
                                           3: chg(500, "0.86", kw(2027, 2))})])
    assert kw(2027, 2) == "2027-01-15"
    return case("agri-spares-week-commencing", "'Week commencing 11 January' (a week, not a day) with bearing and "
                "belt numbers that look like quantities.", [po], mime.message(h, body), exp)


def c_other_warehouse():
    s = sup("SCTD", "Southern Cross Tool Distributors Pty Ltd", "orders@sctools.example", "en-AU")
    po = PO("4501100117", s, "Priya Nair", "USD", "2026-11-09", [
        L(1, "HT-PLR-CMB-8", "Combination pliers 8 in (200 mm), VDE", 150, "EA", "11.40", "2026-12-14"),
        L(2, "HT-SOCK-SET-12D", "Socket set 1/2 in drive, 24 pcs, 10-32 mm", 40, "SET", "56.00", "2026-12-14"),
        L(3, "HT-TAPE-8M", "Tape measure 8 m / 26 ft, 25 mm blade", 300, "EA", "4.75", "2026-12-14"),
    ])
    wd("2026-12-14", "Mon")
    new = ("G'day Priya,\n\n"
           "Pliers and socket sets are confirmed, qty & price as per your PO, delivered to you 14/12.\n\n"
           "The tape measures ship from our other warehouse in Brisbane - they're doing a stocktake this week, "
           "date to follow.\n\n"
           "Cheers,\nBrooke Adams\nCustomer Service | Southern Cross Tool Distributors\nP: +61 3 5550 1187\n")
    body = outlook(new, po, "Monday, 9 November 2026 6:44 PM", boundary="_000_SY4PR01MB6120A9B8C7D6E5F4SY4PR01MB6120ausp_",
                   body_lang="EN-AU")
    h = thread_headers(po, mime.addr("Brooke Adams", "brooke.adams@sctools.example"),
                       "Priya Nair <priya.nair@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 11, 10, 52, 0, "+1100"),
                       "<SY4PR01MB6120A9B8C7D6E5F4@SY4PR01MB6120.ausprd01.prod.outlook.example>")
    exp = expected("confirmation", "Two of three lines confirmed for 14/12 (day-first) = 2026-12-14; line 3 'ships from "
                   "our other warehouse, date to follow' commits to nothing -> unconfirmed.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: acc(po["lines"][1]), 3: UNC})])
    return case("tools-third-line-other-warehouse", "Two lines confirmed, the third 'ships from our other warehouse, "
                "date to follow' and must stay unconfirmed; day-first 14/12.", [po], mime.message(h, body), exp)


def c_iso_in_sentence():
    s = sup("LCNET", "Lion City Networks Pte Ltd", "sales@lioncitynet.example", "en-SG")
    po = PO("4501100118", s, "Jonas Berg", "USD", "2026-11-11", [
        L(1, "NW-SW-48P-POE", "Switch 48-port PoE+ 4x10G SFP+, L2+", 6, "EA", "1240.00", "2026-12-09"),
        L(2, "NW-AP-AX3600", "Wi-Fi 6 access point AX3600, ceiling", 40, "EA", "189.00", "2026-12-09"),
        L(3, "NW-SFP-10G-LR", "SFP+ transceiver 10G LR 1310nm 10km", 24, "EA", "38.50", "2026-12-09"),
    ])
    new = ("Hi Jonas,\n\n"
           "Noted with thanks on your PO 4501100118.\n\n"
           "We can deliver the 6 switches and the 40 APs on 2026-12-09 as requested. Please note the AP price is "
           "revised to USD 195.00/unit as the vendor has moved to HW rev 2025-B with the new chipset.\n\n"
           "The SFP+ LR modules are on backorder: we can deliver 12 pcs on 2026-12-09 and the balance of 12 pcs "
           "by 2027-01-06. Price unchanged.\n\n"
           "Warranty for all items is 36 months from date of invoice.\n\n"
           "Best regards,\nTan Wei Ling\nSales Executive\nLion City Networks Pte Ltd\n"
           "10 Ubi Crescent #05-21, Singapore 408564 | +65 6555 0192\n")
    body = outlook(new, po, "Wednesday, November 11, 2026 5:20 PM", boundary="_000_SG2PR06MB5301B1C2D3E4F5A6SG2PR06MB5301apcp_",
                   body_lang="EN-SG")
    h = thread_headers(po, mime.addr("Tan Wei Ling", "weiling.tan@lioncitynet.example"),
                       "Jonas Berg <jonas.berg@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 9, 31, 17, "+0800"),
                       "<SG2PR06MB5301B1C2D3E4F5A6@SG2PR06MB5301.apcprd06.prod.outlook.example>")
    exp = expected("confirmation", "ISO dates inside English sentences. Line 2 new price 195.00 (same date); line 3 "
                   "split 12 on 2026-12-09 and 12 by 2027-01-06. 'HW rev 2025-B', '1310nm 10km', '36 months' are traps.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: chg(40, "195.00", "2026-12-09"),
                                           3: chg(24, "38.50", "2027-01-06", [(12, "2026-12-09"), (12, "2027-01-06")])})])
    return case("network-iso-dates-in-sentence", "ISO dates written into English prose, a hardware revision '2025-B' "
                "that looks like a date, a price revision and a backorder split.", [po], mime.message(h, body), exp)


def c_xlsx_row5():
    s = sup("VIDEB", "Vidrios del Ebro S.A.", "pedidos@vidriosebro.example", "es-ES")
    po = PO("4501100119", s, "Mikkel Strand", "EUR", "2026-11-10", [
        L(1, "GJ-TO82-370", "Glass jar 370 ml, TO 82, flint (tray of 12)", 12000, "EA", "0.145", "2026-12-07"),
        L(2, "GJ-TO63-212", "Glass jar 212 ml, TO 63, flint (tray of 12)", 8640, "EA", "0.118", "2026-12-07"),
        L(3, "GJ-LID-TO82", "Twist-off lid TO 82, gold, pasteurisable", 12000, "EA", "0.052", "2026-12-07"),
    ])
    d = dt.date
    rows = [
        ["VIDRIOS DEL EBRO, S.A."],
        ["Polígono Industrial La Cartuja, Calle E, 12 · 50720 Zaragoza · CIF A50123456 · Tel. +34 976 555 210"],
        ["CONFIRMACIÓN DE PEDIDO", None, None, "Nº CP-26/004411", None, None, "Fecha", ("d", d(2026, 11, 12))],
        ["Cliente: 43007 CORVANE GROUP", None, None, "Su pedido: 4501100119 de 10/11/2026"],
        [("b", "Pos."), ("b", "Su referencia"), ("b", "Nuestra ref."), ("b", "Descripción"), ("b", "Cantidad"),
         ("b", "Ud."), ("b", "Precio"), ("b", "Por"), ("b", "Importe"), ("b", "Fecha entrega")],
        [10, "GJ-TO82-370", "VE370TO82F", "Tarro 370 ml TO 82 extra-flint, 6 palets x 2.160 ud", 12960, "UD",
         ("n2", 145), 1000, ("n2", 1879.20), ("d", d(2026, 12, 7))],
        [20, "GJ-TO63-212", "VE212TO63F", "Tarro 212 ml TO 63 extra-flint, 3 palets x 2.880 ud", 8640, "UD",
         ("n2", 121), 1000, ("n2", 1045.44), ("d", d(2026, 12, 14))],
        [30, "GJ-LID-TO82", "TP82-OR-PAST", "Tapa twist-off TO 82 oro, pasteurizable", 12000, "UD",
         ("n2", 52), 1000, ("n2", 624.00), ("d", d(2026, 12, 7))],
        [],
        [None, None, None, "Base imponible", None, None, None, None, ("n2", 3548.64)],
        [None, None, None, "Tarros en bandejas de 12 ud, paletizado retractilado. Portes: DAP Rotterdam."],
        [None, None, None, "Validez de precios: hasta 31/12/2026. Forma de pago: transferencia 60 días fecha factura."],
    ]
    assert round(12960 * 0.145, 2) == 1879.20 and round(8640 * 0.121, 2) == 1045.44
    assert round(1879.20 + 1045.44 + 624.00, 2) == 3548.64
    data = xlsx.build(rows, sheet_name="Confirmacion", widths=[6, 16, 14, 48, 10, 5, 9, 6, 11, 13],
                      stamp=(2026, 11, 12, 12, 40, 0))
    text = ("Buenos días Mikkel,\n\nAdjunto le remitimos la confirmación de su pedido 4501100119.\n"
            "Por favor revise cantidades (hemos ajustado a palets completos) y fechas.\n\n"
            "Un saludo,\n\nNuria Gallego\nAtención al Cliente · Vidrios del Ebro S.A.\n")
    alt = mime.multipart("alternative", [
        mime.text(text, charset="iso-8859-1"),
        mime.text("<html><body><p>Buenos días Mikkel,</p><p>Adjunto le remitimos la confirmación de su pedido "
                  "4501100119.<br>Por favor revise cantidades (hemos ajustado a palets completos) y fechas.</p>"
                  "<p>Un saludo,</p><p><b>Nuria Gallego</b><br>Atención al Cliente · Vidrios del Ebro S.A.</p>"
                  "</body></html>", "html", "iso-8859-1")], "----=_NextPart_001_00A1_01DB5E2C.3F1A9B40")
    body = mime.multipart("mixed", [alt, mime.attachment(
        data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "CP-26-004411.xlsx")],
        "----=_NextPart_000_00A0_01DB5E2C.3F1A9B40", preamble="This is a multipart message in MIME format.")
    h = thread_headers(po, mime.addr("Nuria Gallego", "pedidos@vidriosebro.example"),
                       "Mikkel Strand <mikkel.strand@corvane.example>",
                       "RE: " + subj(po["po_number"]) + " - Confirmación CP-26/004411",
                       mime.date(2026, 11, 12, 12, 41, 5, "+0100"), "<00a001db5e2c$3f1a9b40$bd4fd1c0$@vidriosebro.example>",
                       mailer=("X-Mailer", "Microsoft Outlook 16.0"))
    exp = expected("confirmation", "XLSX whose header row is row 5 below a logo/address block; dates are Excel serials; "
                   "prices per 1000. Pos 10: 12960 (6 pallets) at 145/1000 = 0.145, 2026-12-07. Pos 20: 8640 at "
                   "121/1000 = 0.121 (changed), 2026-12-14. Pos 30 as ordered. Price validity 31/12/2026 is a trap.",
                   [conf(po["po_number"], {1: chg(12960, "0.145", "2026-12-07"), 2: chg(8640, "0.121", "2026-12-14"),
                                           3: acc(po["lines"][2])})])
    return case("jars-xlsx-header-row-5", "ERP XLSX with a logo/address block above a header row on row 5, Excel "
                "date serials, prices per 1000 and pallet rounding.", [po], mime.message(h, body), exp)


def c_all_good_thx():
    s = sup("GLINK", "Great Lakes Ink Co.", "orders@greatlakesink.example", "en-US")
    po = PO("4501100120", s, "Priya Nair", "USD", "2026-11-02", [
        L(1, "INK-UV-K", "UV offset ink black, can 2.5 kg", 24, "CAN", "58.00", "2026-12-02"),
        L(2, "INK-UV-OPV-GL", "UV overprint varnish gloss, can 2.5 kg", 12, "CAN", "41.00", "2026-12-02"),
    ])
    reminder_id = "<ackreq.4501100120.2@corvane.example>"
    quoted = request_text(po, "Rick", reminder=True)
    plain = ("All good, thx\n\nSent from my iPhone\n\n"
             "> On Nov 12, 2026, at 8:01\u202fAM, Priya Nair <priya.nair@corvane.example> wrote:\n>\n"
             + mime.quote(quoted) + "\n")
    html = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
            "<body dir=\"auto\">All good, thx<br><br><div dir=\"ltr\">Sent from my iPhone</div><div dir=\"ltr\"><br>"
            "<blockquote type=\"cite\">On Nov 12, 2026, at 8:01\u202fAM, Priya Nair &lt;priya.nair@corvane.example&gt; "
            "wrote:<br><br></blockquote></div><blockquote type=\"cite\"><div dir=\"ltr\">"
            + request_html(po, "Rick", reminder=True) + "</div></blockquote></body></html>")
    body = mime.multipart("alternative", [mime.text(plain, cte="quoted-printable"),
                                          mime.text(html, "html", cte="quoted-printable")],
                          "Apple-Mail-8E1D2C3B-4A5F-4B6E-9C7D-0F1E2D3C4B5A")
    h = [("From", mime.addr("Rick Sorensen", "rick@greatlakesink.example")),
         ("To", "Priya Nair <priya.nair@corvane.example>"),
         ("Subject", "Re: Reminder: " + subj(po["po_number"])),
         ("Date", mime.date(2026, 11, 12, 10, 14, 2, "-0500")),
         ("Message-ID", "<7B3E9F21-0C4D-4E8A-B6F5-2D1C0A9B8E7F@greatlakesink.example>"),
         ("In-Reply-To", reminder_id), ("References", po["request_message_id"] + " " + reminder_id),
         ("X-Mailer", "iPhone Mail (22B91)")]
    exp = expected("confirmation", "Phone one-liner 'All good, thx' in reply to our reminder that lists every line; "
                   "nothing is changed, so all lines accepted as ordered.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: acc(po["lines"][1])})])
    return case("ink-all-good-thx-reminder", "Three-word phone reply to a reminder: the commitment is entirely in the "
                "quoted reminder.", [po], mime.message(h, body), exp)


def c_final_inspection():
    s = sup("BHAGC", "Bharat Agro Components Pvt. Ltd.", "export@bharatagro.example", "en-IN")
    po = PO("4501100121", s, "Jonas Berg", "USD", "2026-11-06", [
        L(1, "AG-GEAR-Z23-M4", "Spur gear Z23 m4, 20MnCr5 case hardened", 60, "EA", "27.80", "2027-01-08"),
        L(2, "AG-SHFT-35-620", "PTO drive shaft 35 x 620 mm, splined 6B", 30, "EA", "64.50", "2027-01-08"),
    ])
    new = ("Dear Sir,\n\nGreetings from Bharat Agro!\n\n"
           "We acknowledge receipt of your PO No. 4501100121 dt. 06.11.2026 and are pleased to confirm the same at "
           "the rates mentioned in your PO.\n\n"
           "Both items shall be dispatched from Nhava Sheva on 11.12.2026, subject to final inspection, with ETA "
           "Rotterdam 12.01.2027.\n\n"
           "Kindly note that Mill Test Certificates as per EN 10204 3.1 will be sent along with the shipping "
           "documents. Payment terms 30 days from B/L date as agreed.\n\n"
           "Thanks & Regards,\nR. Venkatesh\nManager - Exports\nBharat Agro Components Pvt. Ltd.\n"
           "Plot 44, MIDC Ambad, Nashik - 422010, Maharashtra, India\nMob: +91 98220 55501\n")
    body = outlook(new, po, "06 November 2026 16:30", boundary="_000_BM1PR01MB4455C7D8E9F0A1B2BM1PR01MB4455INDP_",
                   body_lang="EN-IN")
    h = thread_headers(po, mime.addr("R. Venkatesh", "export@bharatagro.example"),
                       "Jonas Berg <jonas.berg@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 9, 12, 18, 44, "+0530"),
                       "<BM1PR01MB4455C7D8E9F0A1B2@BM1PR01MB4455.INDPRD01.PROD.OUTLOOK.example>")
    exp = expected("confirmation", "Commitment at PO rates; dispatch 11.12.2026 'subject to final inspection' is a usual "
                   "QA caveat, not a refusal; ETA 12.01.2027 is the delivery date for both lines (changed date). "
                   "PO date 06.11.2026 and '30 days' are traps.",
                   [conf(po["po_number"], {1: chg(60, "27.80", "2027-01-12"), 2: chg(30, "64.50", "2027-01-12")})])
    return case("gears-subject-to-final-inspection", "Indian English 'confirm the same', dispatch date 'subject to final "
                "inspection' and a later ETA that is the real delivery date.", [po], mime.message(h, body), exp)


def c_total_value_dk():
    s = sup("NORCH", "Nordisk Chokolade A/S", "ordre@nordiskchokolade.example", "da-DK")
    po = PO("4501100122", s, "Mikkel Strand", "EUR", "2026-11-11", [
        L(1, "CH-MILK-45G", "Milk chocolate bar 45 g (case of 24)", 4800, "EA", "0.62", "2026-12-08"),
        L(2, "CH-DARK70-45G", "Dark chocolate 70% bar 45 g (case of 24)", 2400, "EA", "0.68", "2026-12-08"),
        L(3, "CH-HAZEL-100G", "Hazelnut milk chocolate 100 g (case of 24)", 1200, "EA", "1.15", "2026-12-08"),
    ])
    assert round(4800 * 0.62 + 2400 * 0.68 + 1200 * 1.15, 2) == 5988.00
    wd("2026-12-08", "Tue")
    new = ("Hej Mikkel\n\n"
           "Tak for ordren. Vi bekræfter hermed ordre 4501100122: i alt 300 kasser (200 + 100 + 50 kasser à 24 stk.), "
           "samlet ordreværdi EUR 5.988,00 ekskl. moms.\n\n"
           "Levering tirsdag d. 8. december som ønsket.\n"
           "Bedst før-dato på denne produktion: 30.09.2027.\n\n"
           "Venlig hilsen\nSofie Kjær\nKundeservice | Nordisk Chokolade A/S\nTlf. +45 86 55 21 40\n")
    body = outlook(new, po, "11. november 2026 10:15", lang="da", charset="iso-8859-15",
                   boundary="_000_GV1PR09MB7788E1F2A3B4C5D6GV1PR09MB7788eurp_", body_lang="DA")
    h = thread_headers(po, mime.addr("Sofie Kjær", "sofie.kjaer@nordiskchokolade.example", "iso-8859-15"),
                       "Mikkel Strand <mikkel.strand@corvane.example>", "SV: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 14, 2, 51, "+0100"),
                       "<GV1PR09MB7788E1F2A3B4C5D6@GV1PR09MB7788.eurprd09.prod.outlook.example>")
    exp = expected("confirmation", "Restates the PO total (EUR 5.988,00 = sum of the lines) and case counts "
                   "(200/100/50 x 24 = PO quantities); nothing changes. The total is not a unit price; the "
                   "best-before 30.09.2027 is not a delivery date.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: acc(po["lines"][1]), 3: acc(po["lines"][2])})])
    return case("chocolate-total-value-restated", "Danish confirmation that restates the order total and case counts "
                "instead of unit prices and quantities, plus a best-before date.", [po], mime.message(h, body), exp)


def c_item_codes_like_dates():
    s = sup("ZAGPO", "Lesna žaga Pohorje d.o.o.", "prodaja@zaga-pohorje.example", "sl-SI")
    po = PO("4501100123", s, "Ines Kovač", "EUR", "2026-11-09", [
        L(1, "TM-SPR-C24-45145", "Spruce C24 KD planks 45x145 mm, 4.8 m", 30, "M3", "365.00", "2026-12-11"),
        L(2, "TM-LAR-27145", "Larch decking 27x145 mm, 4 m, grade AB", 12, "M3", "720.00", "2026-12-11"),
    ])
    wd("2026-12-18", "Fri"); wd("2026-12-11", "Fri")
    new = ("Spoštovana ga. Kovač,\n\n"
           "hvala za naročilo št. 4501100123. Potrjujemo:\n\n"
           "art. 2026-11  smreka C24 KD 45x145, 4,8 m   30 m3   365,00 EUR/m3   dobava 18.12.2026\n"
           "art. 12/25    macesen terasa 27x145, 4 m, AB   12 m3   735,00 EUR/m3   dobava 11.12.2026\n\n"
           "Pri smreki zamik zaradi sušenja (komora). Cena macesna je višja zaradi novega cenika dobavitelja.\n\n"
           "Lep pozdrav,\nMatej Kralj\nProdaja\nLesna žaga Pohorje d.o.o., Mariborska cesta 77, 2310 Slovenska Bistrica\n")
    body = gmail(new, po, "V pon., 9. nov. 2026 ob 15:40 je oseba Ines Kovač <ines.kovac@corvane.example> napisala:",
                 boundary="000000000000f1a2b30623f0d4e5", charset="ISO-8859-2")
    h = thread_headers(po, mime.addr("Matej Kralj", "matej.kralj@zaga-pohorje.example"),
                       "Ines Kovač <ines.kovac@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 10, 8, 22, 9, "+0100"),
                       "<CAH6pS3nW8vY1xZ4qT7eR0uI2oP5aD9fGh3@mail.gmail.example>")
    exp = expected("confirmation", "The supplier's article numbers '2026-11' and '12/25' look like dates (Nov 2026, "
                   "25 Dec) but are item codes. Line 1 delivered 18.12.2026 (changed date); line 2 new price 735.00/m3.",
                   [conf(po["po_number"], {1: chg(30, "365.00", "2026-12-18"), 2: chg(12, "735.00", "2026-12-11")})])
    return case("timber-item-codes-like-dates", "Slovenian reply whose own article numbers are '2026-11' and '12/25', "
                "next to real dates and cross-section sizes.", [po], mime.message(h, body), exp)


def c_two_pos_ro():
    s = sup("LIVVR", "Livada Verde SRL", "vanzari@livadaverde.example", "ro-RO")
    po1 = PO("4501100124", s, "Lena Hoffmann", "EUR", "2026-11-09", [
        L(1, "FR-APL-IDRD", "Apples Idared 70+, carton 12 kg", 320, "CT", "9.60", "2026-11-30"),
        L(2, "FR-APL-JONA", "Apples Jonagold 75+, carton 12 kg", 160, "CT", "10.20", "2026-11-30"),
    ])
    po2 = PO("4501100125", s, "Lena Hoffmann", "EUR", "2026-11-11", [
        L(1, "FR-QNC-01", "Quince, carton 12 kg", 80, "CT", "14.50", "2026-12-07"),
    ])
    wd("2026-11-30", "Mon"); wd("2026-12-04", "Fri")
    new = ("Bună ziua, doamna Hoffmann,\n\n"
           "Vă confirmăm ambele comenzi:\n\n"
           "Comanda 4501100124:\n"
           "- Idared 70+: 320 baxuri (4 paleți x 80), 9,60 EUR/bax, livrare luni 30.11.\n"
           "- Jonagold 75+: din păcate avem doar 80 baxuri (1 palet) în calibrul 75+, livrare tot pe 30.11, preț "
           "neschimbat.\n\n"
           "Comanda 4501100125:\n"
           "- gutui: 80 baxuri, livrare vineri 04.12.2026, preț 15,20 EUR/bax (recolta a fost slabă anul acesta).\n\n"
           "Cu stimă,\nAndrei Popescu\nDepartament vânzări\nLivada Verde SRL, Str. Pomilor 5, Voinești, jud. Dâmbovița\n")
    body = outlook(new, po2, "miercuri, 11 noiembrie 2026 09:12", lang="ro", charset="utf-8",
                   boundary="_000_VE1PR03MB6012F3A4B5C6D7E8VE1PR03MB6012eurp_", body_lang="RO")
    h = thread_headers(po2, mime.addr("Andrei Popescu", "andrei.popescu@livadaverde.example"),
                       "Lena Hoffmann <lena.hoffmann@corvane.example>", "RE: " + subj(po2["po_number"]),
                       mime.date(2026, 11, 12, 16, 45, 30, "+0200"),
                       "<VE1PR03MB6012F3A4B5C6D7E8@VE1PR03MB6012.eurprd03.prod.outlook.example>",
                       extra_refs=[po1["request_message_id"]])
    exp = expected("confirmation", "One reply (threaded on the second request) answers two POs. 4501100124: Idared as "
                   "ordered, Jonagold only 80 cartons. 4501100125: quince on 04.12.2026 at 15.20. '70+', '75+' are "
                   "calibres; '30.11' has no year -> 2026-11-30.",
                   [conf("4501100124", {1: acc(po1["lines"][0]), 2: chg(80, "10.20", "2026-11-30")}),
                    conf("4501100125", {1: chg(80, "15.20", "2026-12-04")})])
    return case("apples-two-pos-one-reply", "One Romanian reply answering two POs, threaded only on the second, with a "
                "partial quantity and a price increase.", [po1, po2], mime.message(h, body), exp)


def c_one_of_three_el():
    s = sup("PHATT", "Farmakosyskevasies Attikis A.E.", "sales@pharmapack-attiki.example", "el-GR")
    po1 = PO("4501100126", s, "Lena Hoffmann", "EUR", "2026-11-02", [
        L(1, "PH-FBX-30T", "Folding box for blister 30 tablets, 4c, art. v3", 50000, "EA", "0.038", "2026-12-04"),
        L(2, "PH-LEAF-A5", "Patient leaflet A5 folded, 2 languages", 50000, "EA", "0.012", "2026-12-04"),
    ])
    po2 = PO("4501100127", s, "Lena Hoffmann", "EUR", "2026-11-05", [
        L(1, "PH-ALU-20-250", "Blister lidding foil alu 20 my, 250 mm, roll", 40, "ROL", "86.00", "2026-12-11"),
    ])
    po3 = PO("4501100128", s, "Lena Hoffmann", "EUR", "2026-11-09", [
        L(1, "PH-PVC-250-250", "PVC/PVDC forming film 250 my, 250 mm, roll", 30, "ROL", "112.00", "2026-12-18"),
    ])
    new = ("Αγαπητή κα Hoffmann,\n\n"
           "σχετικά με την παραγγελία σας 4501100127: επιβεβαιώνουμε 40 ρολά φύλλου αλουμινίου 20 μm x 250 mm, "
           "τιμή 86,00 € ανά ρολό, παράδοση στις 11/12/2026.\n\n"
           "Για τις παραγγελίες 4501100126 και 4501100128 θα σας ενημερώσουμε χωριστά μέσα στην εβδομάδα, μόλις "
           "έχουμε το πρόγραμμα παραγωγής.\n\n"
           "Με εκτίμηση,\nΜαρία Παπαδοπούλου\nΤμήμα Πωλήσεων\nΦαρμακοσυσκευασίες Αττικής Α.Ε.\nΤηλ. +30 210 555 4410\n")
    body = outlook(new, po2, "Πέμπτη, 5 Νοεμβρίου 2026 4:10 μμ", lang="el", charset="windows-1253",
                   boundary="_000_AM6PR02MB4433A5B6C7D8E9F0AM6PR02MB4433eurp_", body_lang="EL")
    h = thread_headers(po2, mime.addr("Μαρία Παπαδοπούλου", "m.papadopoulou@pharmapack-attiki.example", "windows-1253"),
                       "Lena Hoffmann <lena.hoffmann@corvane.example>", "RE: " + subj(po2["po_number"]),
                       mime.date(2026, 11, 10, 13, 5, 12, "+0200"),
                       "<AM6PR02MB4433A5B6C7D8E9F0@AM6PR02MB4433.eurprd02.prod.outlook.example>")
    exp = expected("confirmation", "Three open POs; only 4501100127 is answered (as ordered). 4501100126 and 4501100128 "
                   "are mentioned with a promise to answer later, so they are left out.",
                   [conf("4501100127", {1: acc(po2["lines"][0])})])
    return case("pharma-foil-one-of-three-pos", "Greek reply (windows-1253) that answers one of three open POs and "
                "promises the other two later.", [po1, po2, po3], mime.message(h, body), exp)


def c_three_pos_tr():
    s = sup("EGEOT", "Ege Otel Malzemeleri Ltd. Şti.", "ihracat@egeotel.example", "tr-TR")
    pa = PO("4501100129", s, "Tom Whitfield", "EUR", "2026-11-03", [
        L(1, "HA-SLP-DISP", "Disposable slippers, closed toe, white (ctn 500)", 5000, "PR", "0.34", "2026-12-15"),
    ])
    pb = PO("4501100130", s, "Tom Whitfield", "EUR", "2026-11-05", [
        L(1, "HA-DENT-KIT", "Dental kit, brush + 5 g paste (ctn 500)", 10000, "EA", "0.16", "2026-12-15"),
        L(2, "HA-SHAV-KIT", "Shaving kit, razor + 10 g foam (ctn 500)", 3000, "EA", "0.29", "2026-12-15"),
    ])
    pc = PO("4501100131", s, "Tom Whitfield", "EUR", "2026-11-10", [
        L(1, "HA-SEW-KIT", "Sewing kit in paper sleeve (ctn 500)", 2000, "EA", "0.11", "2026-12-15"),
    ])
    rows = [("4501100129", "Tek kullanımlık terlik", "10 koli / 5.000 çift", "0,34 €", "04.12.2026", "15.12.2026"),
            ("4501100130", "Diş bakım seti", "20 koli / 10.000 adet", "0,16 €", "04.12.2026", "15.12.2026"),
            ("4501100130", "Tıraş seti", "6 koli / 3.000 adet", "0,31 €", "04.12.2026", "15.12.2026"),
            ("4501100131", "Dikiş seti", "—", "—", "—", "—")]
    plain_rows = "\n".join(f"{a:<12}{b:<24}{c:<22}{d:<8}{e:<12}{f}" for a, b, c, d, e, f in rows)
    new_plain = ("Sayın Tom Bey,\n\n3 siparişiniz için teyidimiz aşağıdadır:\n\n"
                 f"{'Sipariş':<12}{'Ürün':<24}{'Miktar':<22}{'Fiyat':<8}{'Yükleme':<12}Teslim (tahmini)\n{plain_rows}\n\n"
                 "Tıraş setinde köpük ambalajı değiştiği için birim fiyat 0,31 € olmuştur.\n"
                 "Dikiş seti (4501100131) üretimi durdurulmuştur, maalesef tedarik edemiyoruz.\n\n"
                 "Saygılarımızla,\nBurak Yıldız\nİhracat Müdürü | Ege Otel Malzemeleri Ltd. Şti.\nİzmir / Türkiye\n")
    E = mime.html_escape
    new_html = ("<p class=MsoNormal>Sayın Tom Bey,</p><p class=MsoNormal>3 siparişiniz için teyidimiz aşağıdadır:</p>"
                "<table border=1 cellspacing=0 cellpadding=4 style='border-collapse:collapse'><tr><th>Sipariş</th>"
                "<th>Ürün</th><th>Miktar</th><th>Fiyat</th><th>Yükleme</th><th>Teslim (tahmini)</th></tr>"
                + "".join("<tr>" + "".join(f"<td>{E(x)}</td>" for x in r) + "</tr>" for r in rows) +
                "</table><p class=MsoNormal>Tıraş setinde köpük ambalajı değiştiği için birim fiyat 0,31 € olmuştur."
                "<br>Dikiş seti (4501100131) üretimi durdurulmuştur, maalesef tedarik edemiyoruz.</p>"
                "<p class=MsoNormal>Saygılarımızla,<br>Burak Yıldız<br>İhracat Müdürü | Ege Otel Malzemeleri Ltd. Şti."
                "<br>İzmir / Türkiye</p>")
    body = outlook(new_plain, pc, "10 Kasım 2026 Salı 11:20", lang="tr", charset="windows-1254",
                   boundary="_000_DU0PR04MB9123B7C8D9E0F1A2DU0PR04MB9123eurp_", body_lang="TR", new_html=new_html)
    h = thread_headers(pc, mime.addr("Burak Yıldız", "ihracat@egeotel.example", "windows-1254"),
                       "Tom Whitfield <tom.whitfield@corvane.example>", "YNT: " + subj(pc["po_number"]),
                       mime.date(2026, 11, 11, 15, 33, 8, "+0300"),
                       "<DU0PR04MB9123B7C8D9E0F1A2@DU0PR04MB9123.eurprd04.prod.outlook.example>")
    exp = expected("confirmation", "Three POs in one Turkish table. Loading (Yükleme) 04.12.2026 vs estimated delivery "
                   "(Teslim) 15.12.2026: delivery wins. Slippers in pairs (PR) 5.000 çift = 5000. Shaving kit 0.31. "
                   "Sewing kit production stopped -> rejected. Turkish '5.000' is five thousand.",
                   [conf("4501100129", {1: acc(pa["lines"][0])}),
                    conf("4501100130", {1: acc(pb["lines"][0]), 2: chg(3000, "0.31", "2026-12-15")}),
                    conf("4501100131", {1: REJ})])
    return case("amenities-three-pos-table", "Turkish HTML table answering three POs at once, with loading and delivery "
                "dates side by side, dot thousands separators and one discontinued item.", [pa, pb, pc],
                mime.message(h, body), exp)


def c_moq_vi():
    s = sup("SGTHR", "Công ty TNHH Chỉ May Sài Gòn", "export@saigonthread.example", "vi-VN")
    po = PO("4501100132", s, "Priya Nair", "USD", "2026-11-10", [
        L(1, "THR-PES-20-2-NV", "Sewing thread 20/2 spun polyester navy, 3000 m", 600, "EA", "1.45", "2027-01-08"),
        L(2, "THR-PES-20-2-RD", "Sewing thread 20/2 spun polyester red, 3000 m", 120, "EA", "1.45", "2027-01-08"),
    ])
    new = ("Chào chị Priya,\n\n"
           "Cảm ơn chị đã đặt hàng. Chúng tôi xác nhận đơn hàng 4501100132 như sau:\n\n"
           "- Chỉ 20/2 màu navy: 600 cuộn, đơn giá 1,45 USD/cuộn.\n"
           "- Chỉ 20/2 màu đỏ: số lượng đặt hàng tối thiểu (MOQ) cho một màu nhuộm là 480 cuộn (20 thùng x 24 cuộn), "
           "vì vậy chúng tôi xác nhận 480 cuộn, đơn giá 1,45 USD/cuộn.\n\n"
           "Ngày tàu chạy (ETD) Cát Lái: 04/12/2026. Ngày hàng đến Rotterdam (ETA): 08/01/2027.\n\n"
           "Trân trọng,\nNguyễn Thị Thu Hà\nPhòng Xuất khẩu - Công ty TNHH Chỉ May Sài Gòn\nĐT: +84 28 5555 1234\n")
    body = gmail(new, po, "Vào Th 3, 10 thg 11, 2026 vào lúc 17:05 Priya Nair <priya.nair@corvane.example> đã viết:",
                 boundary="0000000000001b2c3d0623f5e6a7")
    h = thread_headers(po, mime.addr("Nguyễn Thị Thu Hà", "export@saigonthread.example"),
                       "Priya Nair <priya.nair@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 11, 14, 20, 5, "+0700"),
                       "<CAK2tV5oX9wZ3yA6rU8fS1vJ4pQ7bE0gHi2@mail.gmail.example>")
    exp = expected("confirmation", "Minimum order quantity per dye colour raises line 2 from 120 to 480 cones. ETA "
                   "08/01/2027 (day-first) equals the requested date; ETD 04/12/2026 is only the sailing date. "
                   "'20/2' is a yarn count.",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: chg(480, "1.45", "2027-01-08")})])
    return case("thread-moq-vietnamese", "Vietnamese reply raising a line to the minimum order quantity, with ETD and "
                "ETA in day-first format.", [po], mime.message(h, body), exp)


def c_per_1000_th():
    s = sup("BKKAM", "Bangkok Amenity Co., Ltd.", "sales@bkkamenity.example", "th-TH")
    po = PO("4501100133", s, "Jonas Berg", "USD", "2026-11-10", [
        L(1, "HA-CAP-SHW", "Shower cap, boxed (ctn 500)", 20000, "EA", "0.045", "2026-12-21"),
        L(2, "HA-CTN-BUD", "Cotton bud set, 5 pcs, kraft box (ctn 500)", 10000, "EA", "0.082", "2026-12-21"),
    ])
    wd("2026-12-21", "Mon")
    new = ("เรียน คุณ Jonas\n\n"
           "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4501100133 บริษัทฯ ขอยืนยันรายการดังนี้\n\n"
           "1. หมวกคลุมผมอาบน้ำ 20,000 ชิ้น (40 กล่อง) ราคา 45.00 USD ต่อ 1,000 ชิ้น\n"
           "2. ชุดสำลีก้าน 10,000 ชิ้น (20 กล่อง) ราคา 88.00 USD ต่อ 1,000 ชิ้น (ปรับราคาตามต้นทุนกระดาษคราฟท์)\n\n"
           "กำหนดส่งมอบถึงคลังสินค้าของท่าน วันจันทร์ที่ 21 ธันวาคม 2569\n\n"
           "ขอแสดงความนับถือ\nสมชาย ศรีสุข\nฝ่ายขายต่างประเทศ\nบริษัท บางกอก อะเมนิตี้ จำกัด\n")
    plain = new + "\n\n-----Original Message-----\n" + request_text(po)
    body = mime.text(plain, charset="tis-620", cte="base64")
    h = thread_headers(po, mime.addr("Somchai Srisuk", "sales@bkkamenity.example"),
                       "Jonas Berg <jonas.berg@corvane.example>", "RE: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 10, 8, 40, "+0700"), "<20261112030840.4411.bkkamenity@mx1.bkkamenity.example>",
                       mailer=("X-Mailer", "Foxmail 7.2.25"))
    exp = expected("confirmation", "Thai, tis-620 base64. Prices per 1,000 pieces: 45.00 -> 0.045 (unchanged), 88.00 -> "
                   "0.088 (changed). Date in the Buddhist era: 21 ธันวาคม 2569 = Monday 2026-12-21 (as requested).",
                   [conf(po["po_number"], {1: acc(po["lines"][0]), 2: chg(10000, "0.088", "2026-12-21")})])
    return case("amenities-per-1000-buddhist-year", "Thai prices per 1,000 pieces and a delivery date in the Buddhist "
                "era (2569 = 2026), in a tis-620 base64 body.", [po], mime.message(h, body), exp)


def c_per_100_id():
    s = sup("SINTK", "PT Sinar Teknik Perkakas", "sales@sinarteknik.example", "id-ID")
    po = PO("4501100134", s, "Priya Nair", "USD", "2026-11-11", [
        L(1, "HT-DRL-HSS-6", "HSS drill bit 6.0 mm DIN 338", 1000, "EA", "0.42", "2026-12-18"),
        L(2, "HT-DRL-HSS-8", "HSS drill bit 8.0 mm DIN 338", 500, "EA", "0.68", "2026-12-18"),
        L(3, "HT-CHS-25", "Wood chisel 25 mm, bevel edge", 120, "EA", "3.10", "2026-12-18"),
    ])
    new = ("Dengan hormat Ibu Priya,\n\n"
           "Terima kasih atas PO 4501100134. Kami konfirmasi sebagai berikut:\n\n"
           "1. Mata bor HSS 6,0 mm DIN 338 - 1.000 pcs - USD 42,00 per 100 pcs\n"
           "2. Mata bor HSS 8,0 mm DIN 338 - 500 pcs - USD 71,00 per 100 pcs (naik karena harga baja HSS)\n"
           "3. Pahat kayu 25 mm - 120 pcs - USD 3,10/pcs\n\n"
           "Pengiriman (ETD Tanjung Priok) 27 November 2026, perkiraan tiba di Rotterdam (ETA) 28 Desember 2026.\n\n"
           "Hormat kami,\nDewi Lestari\nPT Sinar Teknik Perkakas\nJl. Industri Raya No. 18, Cikarang, Bekasi 17530\n")
    body = gmail(new, po, "Pada tanggal Rab, 11 Nov 2026 pukul 16.45 Priya Nair <priya.nair@corvane.example> menulis:",
                 boundary="00000000000029c8d10623f6a2b3")
    h = thread_headers(po, mime.addr("Dewi Lestari", "sales@sinarteknik.example"),
                       "Priya Nair <priya.nair@corvane.example>", "Re: " + subj(po["po_number"]),
                       mime.date(2026, 11, 13, 9, 40, 22, "+0700"),
                       "<CAL8uW6pY0xA4zB7sV9gT2wK5qR8cF1hIj3@mail.gmail.example>")
    exp = expected("confirmation", "Prices per 100 pcs with decimal commas: 42,00/100 = 0.42 (same), 71,00/100 = 0.71 "
                   "(changed). ETA 28 Desember 2026 is the delivery date for all lines (later than requested). "
                   "'DIN 338' and '6,0 mm' are traps.",
                   [conf(po["po_number"], {1: chg(1000, "0.42", "2026-12-28"), 2: chg(500, "0.71", "2026-12-28"),
                                           3: chg(120, "3.10", "2026-12-28")})])
    return case("drill-bits-per-100-indonesian", "Indonesian prices per 100 pieces with decimal commas and dot "
                "thousands, and ETD/ETA dates.", [po], mime.message(h, body), exp)


def c_question_at():
    s = sup("KOESL", "Druckfarben Kößler GmbH", "verkauf@koessler-farben.example", "de-AT")
    po = PO("4501100135", s, "Lena Hoffmann", "EUR", "2026-11-11", [
        L(1, "INK-HKS43", "Offset ink HKS 43, can 2.5 kg", 50, "KG", "24.60", "2026-12-10"),
        L(2, "INK-OPV-MATT", "Overprint varnish matt, can 2.5 kg", 25, "KG", "12.80", "2026-12-10"),
    ])
    new = ("Grüß Gott Frau Hoffmann,\n\n"
           "danke für die Bestellung 4501100135. Bevor wir bestätigen können, zwei Fragen:\n\n"
           "1. Soll der Farbton HKS 43 K (gestrichen) oder HKS 43 N (Naturpapier) sein? Die Rezepturen sind verschieden.\n"
           "2. Den Mattlack hätten wir nur mehr in 1-kg-Dosen lagernd – ist das für Sie in Ordnung, oder sollen wir "
           "2,5-kg-Gebinde extra abfüllen?\n\n"
           "Der 10.12. wäre grundsätzlich machbar, wenn Ihre Antwort bis Freitag bei uns ist.\n\n"
           "Mit freundlichen Grüßen\nStefan Gruber\nVerkaufsinnendienst\nDruckfarben Kößler GmbH · Gewerbepark 3 · 4600 Wels\n")
    body = outlook(new, po, "Mittwoch, 11. November 2026 14:48", lang="de", charset="windows-1252",
                   boundary="_000_AM7PR05MB6611D9E0F1A2B3C4AM7PR05MB6611eurp_", body_lang="DE-AT")
    h = thread_headers(po, mime.addr("Stefan Gruber", "stefan.gruber@koessler-farben.example"),
                       "Lena Hoffmann <lena.hoffmann@corvane.example>", "AW: " + subj(po["po_number"]),
                       mime.date(2026, 11, 12, 8, 3, 55, "+0100"),
                       "<AM7PR05MB6611D9E0F1A2B3C4@AM7PR05MB6611.eurprd05.prod.outlook.example>")
    exp = expected("needs_review", "Two open questions (HKS 43 K or N; 1 kg cans instead of 2.5 kg) before the supplier "
                   "confirms; the 10.12. is only 'feasible if you answer by Friday'.")
    return case("ink-questions-before-confirming", "Austrian German reply asking two specification questions; a "
                "date is mentioned but only conditionally.", [po], mime.message(h, body), exp)


CASES = [c_wc_january, c_other_warehouse, c_iso_in_sentence, c_xlsx_row5, c_all_good_thx, c_final_inspection,
         c_total_value_dk, c_item_codes_like_dates, c_two_pos_ro, c_one_of_three_el, c_three_pos_tr, c_moq_vi,
         c_per_1000_th, c_per_100_id, c_question_at]
