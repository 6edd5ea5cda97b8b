"""Cases 019-036."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import mime
from .common import (D, L, REJ, UNC, S, acc, case, chg, conf, dmy, dsn_part, expected, fri, nf, nf_in,
                     outlook_hdr, pdf_att, xlsx_att, po, quote_gt, quote_outlook, report, reply, request_eml,
                     request_subject, rfcdate, sup, hx, render_text, render_html, req_dt, req_time, gt_intro_en,
                     BUYERS, html_from_gt, after_req, request_table, text_table, msgid_for, request_blocks)
from .xlsx import make_xlsx


# --------------------------------------------------------------------------- 019
@case(19, "library-furniture-respectively", "confirmation/en-IE",
      "Two lines answered in one sentence with 'respectively' (4 and 11 December), plus a discontinued line.")
def c019():
    s = sup("LIFFEY", "Liffey Library Interiors Ltd", "sales@liffeylibrary.example", "en-IE")
    p = po("4500232064", s, "dana", "EUR", "2026-11-16", [
        L(1, "LLI-SH-2000", "Single-sided shelving bay 2000x900 mm, 6 shelves, oak", 24, "EA", "385.00", "2026-12-09"),
        L(2, "LLI-TB-1800", "Reading table 1800x900 mm, 4-seat, 2027 range", 6, "EA", "640.00", "2026-12-09"),
        L(3, "LLI-CH-45", "Stacking chair, seat height 45 cm, beech", 24, "EA", "89.00", "2026-12-09"),
        L(4, "LLI-KB-12", "Kinder box 12-bin, 600x600 mm", 4, "EA", "215.00", "2026-12-09"),
    ])
    name, em = BUYERS["dana"]
    blocks = [
        "Hi Dana,",
        "Thanks a million for the order. The shelving bays (line 1) are grand as ordered for the 9th of December.\n"
        "Lines 2 and 3 will be delivered on 4 and 11 December respectively, all at your PO prices and quantities.",
        "Unfortunately the Kinder boxes on line 4 have been discontinued by the manufacturer, so we can't supply\n"
        "that line - sorry about that.",
        "Kind regards,\nSiobhán",
        ("sig", S("Siobhán Byrne", "Customer Orders | Liffey Library Interiors Ltd",
                  "Unit 4B, Greenogue Business Park, Rathcoole, Co. Dublin D24 X2F7", "T: +353 1 555 8830")),
        quote_gt(p, f"On {D(p['issued']).day} Nov 2026, at 10:41, {name} <{em}> wrote:"),
    ]
    eml = reply(p, ("Siobhán Byrne", "sales@liffeylibrary.example"), "Re: " + request_subject(p),
                "2026-11-19 15:12:08 +0000", blocks, client="apple", charset="utf-8", lang="en-IE")
    exp = expected("confirmation", [conf(p, {
        1: acc(p, 1), 2: chg(p, 2, date="2026-12-04"), 3: chg(p, 3, date="2026-12-11"), 4: REJ})],
        "'Lines 2 and 3 ... on 4 and 11 December respectively' must be paired in order: line 2 = 2026-12-04 (earlier "
        "than asked), line 3 = 2026-12-11. Line 1 as ordered, line 4 discontinued = rejected.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 020
@case(20, "mushroom-substrate-price-correction", "confirmation/hu-HU",
      "Supplier corrects the price of its own earlier confirmation in the same thread; the quoted first answer holds the wrong price.")
def c020():
    s = sup("GOMBASZ", "Gombaszubsztrát Kft.", "ertekesites@gombaszubsztrat.example", "hu-HU")
    p = po("4500232110", s, "pieter", "EUR", "2026-11-17", [
        L(1, "GSZ-OY-20", "Oyster mushroom substrate block 20 kg, spawn rate 2.5%", 600, "EA", "7.80", "2026-12-07"),
        L(2, "GSZ-CAS-50", "Casing soil 50 L bag, pH 7.5", 200, "EA", "5.40", "2026-12-07"),
    ])
    first_id = f"<VI1PR03MB{hx('f1', 4, True)}{hx('first', 20, True)}@VI1PR03MB4412.eurprd03.prod.outlook.com>"
    first = [
        "Tisztelt Pieter!",
        "Köszönjük a megrendelést, a 4500232110 sz. rendelést az alábbiak szerint visszaigazoljuk:",
        ("raw", S("1. tétel: 600 db laskagomba-szubsztrát blokk, 7,40 EUR/db, szállítás: 2026. 12. 07.",
                  "2. tétel: 200 db takaróföld, 5,40 EUR/db, szállítás: 2026. 12. 07.")),
        "Üdvözlettel:",
        ("sig", S("Szabó Eszter", "értékesítési asszisztens", "Gombaszubsztrát Kft. | 6000 Kecskemét, Mező u. 12.",
                  "Tel.: +36 76 555 218")),
        quote_outlook(p),
    ]
    blocks = [
        "Tisztelt Pieter!",
        "Elnézést kérek, az előző levelemben hibás árat írtam az 1. tételnél: a helyes ár 7,95 EUR/db\n"
        "(nem 7,40 EUR). A 2026-os energiapótlék már benne van. A mennyiségek és a szállítási határidő\n"
        "(2026. 12. 07.) változatlanok, a 2. tétel is marad a visszaigazolt módon.",
        "Üdvözlettel:",
        ("sig", S("Szabó Eszter", "értékesítési asszisztens", "Gombaszubsztrát Kft. | 6000 Kecskemét, Mező u. 12.",
                  "Tel.: +36 76 555 218")),
        ("quote", "outlook", ["From: Szabó Eszter <ertekesites@gombaszubsztrat.example>",
                              "Sent: Wednesday, November 18, 2026 9:10 AM",
                              f"To: {p['buyer']['name']} <{p['buyer']['email']}>",
                              "Subject: RE: " + request_subject(p)], first),
    ]
    eml = reply(p, ("Szabó Eszter", "ertekesites@gombaszubsztrat.example"), "RE: " + request_subject(p),
                "2026-11-18 11:42:30 +0100", blocks, client="outlook", charset="iso-8859-2", lang="hu-HU",
                in_reply_to=first_id, references=f"{p['request_message_id']} {first_id}")
    exp = expected("confirmation", [conf(p, {1: chg(p, 1, price="7.95"), 2: acc(p, 2)})],
                   "The quoted earlier answer says 7,40 EUR for line 1; the new mail corrects it to 7,95 EUR (PO 7.80), "
                   "so the latest statement wins. Hungarian dates '2026. 12. 07.'; line 2 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 021
@case(21, "floor-care-end-of-month", "needs_review/en-AU",
      "Phone reply 'should be able to get these out to you by the end of the month' - hedged and vague, no date per line.")
def c021():
    s = sup("SCFLOOR", "Southern Cross Floorcare Pty Ltd", "orders@southerncrossfloorcare.example", "en-AU")
    p = po("4500232155", s, "tom", "AUD", "2026-11-17", [
        L(1, "SCF-HS-20", "High-speed burnishing polish 20 L, 25% solids", 30, "EA", "142.00", "2026-12-14"),
        L(2, "SCF-NT-5", "Neutral floor cleaner 5 L, 1:256 dilution", 80, "EA", "18.60", "2026-12-14"),
    ])
    name, em = BUYERS["tom"]
    blocks = [
        "Hi Tom",
        "All good, should be able to get these out to you by the end of the month.",
        "Cheers\nMick",
        ("raw", "Sent from my iPhone"),
        quote_gt(p, f"On {D(p['issued']).day} Nov 2026, at 7:{int(hx('m', 2), 16) % 50 + 10} pm, {name} <{em}> wrote:"),
    ]
    eml = reply(p, ("Mick Donnelly", "orders@southerncrossfloorcare.example"), "Re: " + request_subject(p),
                "2026-11-20 06:51:44 +1100", blocks, client="iphone", charset="us-ascii", cte="7bit", lang="en-AU")
    return [p], eml, expected("needs_review", notes=(
        "'Should be able to ... by the end of the month' is hedged, does not say which month end or whether it is a "
        "ship or delivery date, and does not address price; no firm commitment to confirm."))


# --------------------------------------------------------------------------- 022
@case(22, "wedding-stationery-per-hundred", "confirmation/en-US",
      "Envelope price given per 100 on a PO priced per each, and US month-first ship dates '12/04/2026'.")
def c022():
    s = sup("MAGNOLIA", "Magnolia Press & Paper Co.", "orders@magnoliapress.example", "en-US")
    p = po("4500232201", s, "dana", "USD", "2026-11-17", [
        L(1, "MPP-ENV-A7", "A7 envelope 5-1/4 x 7-1/4 in., ivory, 120 gsm", 2000, "EA", "0.185", "2026-12-10"),
        L(2, "MPP-INV-57", "Invitation card 5x7 in., 2027 collection, cotton 300 gsm", 2000, "EA", "0.42", "2026-12-10"),
        L(3, "MPP-RIB-38", "Satin ribbon 3/8 in. x 25 yd, blush", 40, "ROL", "4.75", "2026-12-10"),
    ])
    per100 = Decimal("19.50")
    blocks = [
        "Hi Dana,",
        "Thanks for PO 4500232201! Confirming as follows:",
        ("raw", S(f"- A7 envelopes: 2,000 ea at ${per100} per 100 (our envelope pricing is per hundred), ship 12/04/2026",
                  "- 5x7 invitation cards: 2,000 ea @ $0.42, ship 12/04/2026",
                  "- Satin ribbon 3/8\": 40 rolls @ $4.75, ship 12/04/2026")),
        "Everything ships together from our Savannah warehouse.",
        "Best,",
        ("sig", S("Caroline Whitfield", "Wholesale Accounts | Magnolia Press & Paper Co.",
                  "2210 Abercorn St, Savannah, GA 31401", "(912) 555-0148")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Caroline Whitfield", "orders@magnoliapress.example"), "RE: " + request_subject(p),
                "2026-11-18 16:33:19 -0500", blocks, client="outlook-mac", charset="utf-8", lang="en-US")
    d = "2026-12-04"
    exp = expected("confirmation", [conf(p, {
        1: chg(p, 1, price=per100 / 100, date=d), 2: chg(p, 2, date=d), 3: chg(p, 3, date=d)})],
        "Envelopes at $19.50 per 100 = 0.195 per EA (PO 0.185). Only ship dates, month-first: 12/04/2026 = "
        "2026-12-04, which becomes the date for all three lines.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 023
@case(23, "sports-nutrition-split-delivery", "confirmation/da-DK",
      "Danish confirmation splitting line 1 into 500 + 400 pieces on two dates, with 'à 64,00 kr.' prices.")
def c023():
    s = sup("DSE", "Dansk Sportsernæring ApS", "ordre@dansksportsernaering.example", "da-DK")
    p = po("4500232250", s, "dana", "DKK", "2026-11-18", [
        L(1, "DSE-ISO-750", "Isotonic drink powder 750 g, lemon", 900, "PCS", "64.00", "2026-12-11"),
        L(2, "DSE-GEL-40", "Energy gel 40 g, 24/box, with 50 mg caffeine", 250, "BOX", "178.00", "2026-12-11"),
    ])
    name, em = BUYERS["dana"]
    blocks = [
        "Hej Dana",
        "Tak for ordren. Vi bekræfter hermed ordre 4500232250:",
        ("raw", S("Linje 1: 900 stk. à 64,00 kr. - leveres i to omgange: 500 stk. den 11.12.2026 og",
                  "         de resterende 400 stk. den 18.12.2026.",
                  "Linje 2: 250 ks. à 178,00 kr. - levering 11.12.2026.")),
        "Med venlig hilsen",
        ("sig", S("Mette Kjærgaard", "Salgsassistent", "Dansk Sportsernæring ApS · Vestergade 41 · 8600 Silkeborg",
                  "Tlf. +45 86 55 52 17")),
        quote_gt(p, f"Den {dmy(p['issued'])} kl. 10.{int(hx('m', 2), 16) % 50 + 10} skrev {name}:"),
    ]
    eml = reply(p, ("Mette Kjærgaard", "ordre@dansksportsernaering.example"), "Re: " + request_subject(p),
                "2026-11-20 09:27:51 +0100", blocks, client="thunderbird", charset="iso-8859-1", cte="8bit",
                lang="da-DK")
    exp = expected("confirmation", [conf(p, {
        1: chg(p, 1, schedule=[(500, "2026-12-11"), (400, "2026-12-18")]), 2: acc(p, 2)})],
        "Line 1 in two deliveries (500 on 11.12, 400 on 18.12): total 900 unchanged, last date 2026-12-18; "
        "line 2 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 024
@case(24, "drone-parts-ticket-receipt", "auto_reply/en-US",
      "Helpdesk ticket acknowledgment ('Request #48213 received') that quotes the PO subject and a response-time promise.")
def c024():
    s = sup("SKYFORGE", "SkyForge Drone Components Inc.", "orders@skyforgedrone.example", "en-US")
    p = po("4500232207", s, "tom", "USD", "2026-11-17", [
        L(1, "SF-GIM-3AX", "3-axis gimbal, 12V, 1/2.3 in. sensor mount", 10, "EA", "215.00", "2026-12-15"),
        L(2, "SF-ESC-45A", "ESC 45A 4-in-1, 3-6S", 25, "PCS", "58.90", "2026-12-15"),
    ])
    body = S("##- Please type your reply above this line -##", "",
             "Hello Tom,", "",
             "Thank you for contacting SkyForge Customer Care. Your request (#48213) has been received and is",
             "being reviewed by our order desk. We typically respond within 2 business days (Mon-Fri, 8:00 AM - 5:00 PM EST).",
             "", "Subject: Order acknowledgment request - PO 4500232207", "Status: Open", "Priority: Normal", "",
             "To add additional comments, reply to this email.", "",
             "SkyForge Customer Care", "1450 Industrial Pkwy, Dayton, OH 45414", "", "[J7RQ2K-5V0M]", "")
    html = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">"
            "<div style=\"color:#b5b5b5\">##- Please type your reply above this line -##</div>"
            "<p>Hello Tom,</p><p>Thank you for contacting SkyForge Customer Care. Your request (#48213) has been received "
            "and is being reviewed by our order desk. We typically respond within 2 business days (Mon-Fri, 8:00 AM - "
            "5:00 PM EST).</p><table><tr><td>Subject:</td><td>Order acknowledgment request - PO 4500232207</td></tr>"
            "<tr><td>Status:</td><td>Open</td></tr><tr><td>Priority:</td><td>Normal</td></tr></table>"
            "<p>To add additional comments, reply to this email.</p><p>SkyForge Customer Care<br>1450 Industrial Pkwy, "
            "Dayton, OH 45414</p><span style=\"color:#ffffff\">[J7RQ2K-5V0M]</span></body></html>\n")
    eml = reply(p, ("SkyForge Customer Care", "support@skyforgedrone.example"),
                "[SkyForge] Re: Order acknowledgment request - PO 4500232207 (Request #48213)",
                "2026-11-18 03:12:07 -0500", text_body=body, html_body=html, client="erp", charset="utf-8",
                to="Tom Okafor <tom.okafor@kestrel-holdings.example>",
                extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Autoreply", "yes"),
                               ("Reply-To", "SkyForge Customer Care <support+id48213@skyforgedrone.example>")])
    return [p], eml, expected("auto_reply", notes=(
        "Ticket-system receipt from the supplier's support desk; '2 business days' and the repeated PO subject are "
        "no answer on the lines."))


# --------------------------------------------------------------------------- 025
@case(25, "telecom-cabinets-partial-qty", "confirmation/nb-NO",
      "Norwegian reply confirming only 8 of 10 cabinets on line 1 (the rest cannot be supplied) and the other lines as ordered.")
def c025():
    s = sup("FJORDKAB", "Fjordkabinett AS", "ordre@fjordkabinett.example", "nb-NO")
    p = po("4500232302", s, "marek", "NOK", "2026-11-18", [
        L(1, "FK-OUT-1200", "Outdoor cabinet 1200x800x600 mm, IP55, double wall", 10, "EA", "24800.00", "2026-12-16"),
        L(2, "FK-HEX-1500", "Heat exchanger 1500 W, 48V DC", 10, "EA", "9650.00", "2026-12-16"),
        L(3, "FK-BAT-SH", "Battery shelf 19 in., 120 kg load", 20, "PCS", "1320.00", "2026-12-16"),
    ])
    blocks = [
        "Hei Marek,",
        "Takk for bestillingen. Linje 1: vi kan levere 8 av 10 skap à kr 24 800,00 innen 16.12.2026. De\n"
        "resterende 2 skapene kan vi dessverre ikke levere, da dørrammen fra vår underleverandør er utgått.",
        "Linje 2 og 3 bekreftes som bestilt (antall, pris og levering 16.12.2026).",
        "Med vennlig hilsen",
        ("sig", S("Ingrid Haugland", "Ordrekontor", "Fjordkabinett AS, Sandviksveien 28, 5035 Bergen",
                  "Tlf: +47 55 55 40 12")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Ingrid Haugland", "ordre@fjordkabinett.example"), "SV: " + request_subject(p),
                "2026-11-23 08:19:05 +0100", blocks, client="outlook", charset="iso-8859-1", lang="nb-NO")
    exp = expected("confirmation", [conf(p, {1: chg(p, 1, qty=8), 2: acc(p, 2), 3: acc(p, 3)})],
                   "Partial line: 8 of 10 cabinets confirmed at the PO price and date, the remaining 2 declined - "
                   "quantity 8. 'kr 24 800,00' uses a space as thousands separator.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 026
@case(26, "welding-helmets-inline-answers", "confirmation/fi-FI",
      "Finnish answers written inline under each quoted PO line; one later date, one price increase.")
def c026():
    s = sup("HITSISUOJA", "Hitsisuoja Oy", "myynti@hitsisuoja.example", "fi-FI")
    p = po("4500232350", s, "sofia", "EUR", "2026-11-19", [
        L(1, "HS-ADF-913", "Auto-darkening helmet DIN 4/9-13, 100x60 mm view", 25, "EA", "112.00", "2026-12-14"),
        L(2, "HS-PAPR-TH3", "PAPR unit with TH3 filter, 8 h battery", 5, "EA", "890.00", "2026-12-14"),
        L(3, "HS-CL-107", "Inner cover lens 107x51 mm", 300, "PCS", "1.35", "2026-12-14"),
    ])
    name, em = BUYERS["sofia"]
    tbl = render_text([request_table(p)]).rstrip("\n").split("\n")
    hdr_line, rows = tbl[0], tbl[1:]
    q = lambda t: "\n".join(("> " + l) if l else ">" for l in t.split("\n"))
    text = S(
        "Hei Sofia,", "",
        "vastaukset alla riveittäin.", "",
        f"{name} kirjoitti {dmy(p['issued'])} klo 10.{int(hx('m', 2), 16) % 50 + 10}:",
        q("Dear Sir or Madam,\n\nPlease acknowledge our purchase order 4500232350 dated 2026-11-19 by return e-mail, "
          "confirming\nquantity, unit price and delivery date for every line.\n"),
        q(hdr_line), q(rows[0]), "",
        "OK, vahvistettu: 25 kpl, 112,00 €, toimitus 14.12.2026.", "",
        q(rows[1]), "",
        "Hinta ja määrä ok, mutta toimitus vasta 8.1.2027 - akut tulevat valmistajalta tammikuussa.", "",
        q(rows[2]), "",
        "Määrä ja toimitus ok, hinta 1,45 €/kpl (hinnankorotus 1.11. alkaen).", "",
        q("All prices in EUR. Delivery to: Kestrel Holdings - Central Warehouse, Havenweg 12,\n3089 KB Rotterdam, "
          "Netherlands. Terms: DAP Incoterms 2020, 60 days net.\n\nKind regards\n" + name + "\nPurchasing | Kestrel Holdings B.V."),
        "", "Ystävällisin terveisin", "",
        "-- ", "Juha Lehtonen", "Myynti | Hitsisuoja Oy", "Teollisuustie 7, 33330 Tampere", "puh. +358 3 555 7810", "")
    eml = reply(p, ("Juha Lehtonen", "myynti@hitsisuoja.example"), "Re: " + request_subject(p),
                "2026-11-24 13:48:22 +0200", text_body=text, html_body=html_from_gt(text, charset="iso-8859-15"),
                client="thunderbird", charset="iso-8859-15", lang="fi-FI", flowed=False)
    exp = expected("confirmation", [conf(p, {
        1: acc(p, 1), 2: chg(p, 2, date="2027-01-08"), 3: chg(p, 3, price="1.45")})],
        "Answers sit between quoted table rows and refer to the row above them; 8.1.2027 is 8 January (day-first). "
        "Line 3 price 1,45 (PO 1.35); '1.11.' is when the increase started, not a delivery date.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 027
@case(27, "lab-kits-estonian-rejected-line", "confirmation/et-EE",
      "Estonian confirmation of two lines as ordered and an explicit refusal of the third (model discontinued).")
def c027():
    s = sup("TARTULAB", "Tartu Labor OÜ", "myyk@tartulabor.example", "et-EE")
    p = po("4500232404", s, "tom", "EUR", "2026-11-19", [
        L(1, "TL-MIC-400", "Student microscope 40-400x, LED, 2027 model", 12, "EA", "148.00", "2026-12-18"),
        L(2, "TL-SLD-50", "Prepared slides set, 50 pcs, biology", 12, "SET", "39.50", "2026-12-18"),
        L(3, "TL-PH-3", "pH meter 0-14 pH, 3-point calibration", 6, "EA", "76.00", "2026-12-18"),
    ])
    blocks = [
        "Tere, Tom!",
        "Kinnitame tellimuse 4500232404: read 1 ja 2 vastavalt tellimusele (kogus, hind ja tarne 18.12.2026).",
        "Rida 3 (pH-meeter) ei saa me kahjuks tarnida - tootja lõpetas selle mudeli tootmise ja asendusmudelit\n"
        "meil praegu ei ole.",
        "Lugupidamisega",
        ("sig", S("Kadri Tamm", "Müügijuht", "Tartu Labor OÜ, Riia 181A, 50411 Tartu", "Tel +372 7 555 214")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Kadri Tamm", "myyk@tartulabor.example"), "RE: " + request_subject(p),
                "2026-11-23 11:04:39 +0200", blocks, client="outlook", charset="iso-8859-15", lang="et-EE")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: acc(p, 2), 3: REJ})],
                   "Lines 1-2 confirmed as ordered; line 3 explicitly cannot be supplied (rejected). No numbers except the "
                   "date repeat the PO.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 028
@case(28, "coffee-filters-latvian-surcharge", "confirmation/lv-LV",
      "Latvian reply applying a '+3 %' surcharge to all PO prices without stating the new unit prices.")
def c028():
    s = sup("RIGASFP", "Rīgas Filtrpapīrs SIA", "pasutijumi@rigasfiltrpapirs.example", "lv-LV")
    p = po("4500232458", s, "ines", "EUR", "2026-11-20", [
        L(1, "RF-BAS-250", "Basket filter 250/110 mm for 10 L brewers, 1000/box", 60, "BOX", "24.00", "2026-12-17"),
        L(2, "RF-CON-4", "Cone filter size 4, brown, 100/pack", 400, "BOX", "1.85", "2026-12-17"),
    ])
    blocks = [
        "Labdien, Ines!",
        "Apstiprinām pasūtījumu Nr. 4500232458 - daudzumi un piegāde 17.12.2026 kā pasūtīts.\n"
        "Sakarā ar celulozes cenu pieaugumu visām pozīcijām tiek piemērota piemaksa +3 % pie pasūtījumā\n"
        "norādītās cenas.",
        "Ar cieņu",
        ("sig", S("Līga Ozoliņa", "Pārdošanas nodaļa", "Rīgas Filtrpapīrs SIA, Krasta iela 68, Rīga, LV-1019",
                  "Tālr. +371 67 555 319")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Līga Ozoliņa", "pasutijumi@rigasfiltrpapirs.example"), "RE: " + request_subject(p),
                "2026-11-24 10:22:17 +0200", blocks, client="outlook", charset="windows-1257", lang="lv-LV")
    p1 = Decimal("24.00") * Decimal("1.03")
    p2 = Decimal("1.85") * Decimal("1.03")
    assert p1 == Decimal("24.7200") and p2 == Decimal("1.9055")
    exp = expected("confirmation", [conf(p, {1: chg(p, 1, price="24.72"), 2: chg(p, 2, price="1.9055")})],
                   "+3 % applies to the PO unit prices: 24.00 -> 24.72 and 1.85 -> 1.9055 EUR; quantities and "
                   "17.12.2026 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 029
@case(29, "racking-lithuanian-xlsx", "confirmation/lt-LT",
      "Lithuanian confirmation in an XLSX with real Excel date cells; line 2 split over two rows, line 4 re-priced.")
def c029():
    s = sup("SANDSIS", "Sandėlio Sistemos UAB", "uzsakymai@sandelio-sistemos.example", "lt-LT")
    p = po("4500232512", s, "marek", "EUR", "2026-11-20", [
        L(1, "SS-RB-2700", "Pallet beam 2700 mm, 3000 kg/pair, RAL 2001", 80, "PAIR", "74.00", "2026-12-15"),
        L(2, "SS-UF-5000", "Upright frame 5000x1100 mm", 24, "EA", "265.00", "2026-12-15"),
        L(3, "SS-RS-150", "Row spacer 150 mm", 48, "PCS", "6.20", "2026-12-15"),
        L(4, "SS-AB-M10", "Anchor bolt M10x90, zinc plated", 200, "PCS", "0.95", "2026-12-15"),
    ])
    rows = [["Eil. Nr.", "Prekės kodas", "Aprašymas", "Kiekis", "Mat. vnt.", "Kaina EUR", "Suma EUR", "Pristatymo data"],
            [1, "SS-RB-2700", "Sija 2700 mm, 3000 kg/porai", 80, "por.", Decimal("74.00"), Decimal("5920.00"), D("2026-12-15")],
            [2, "SS-UF-5000", "Rėmas 5000x1100 mm", 12, "vnt.", Decimal("265.00"), Decimal("3180.00"), D("2026-12-15")],
            [2, "SS-UF-5000", "Rėmas 5000x1100 mm (likutis)", 12, "vnt.", Decimal("265.00"), Decimal("3180.00"), D("2027-01-12")],
            [3, "SS-RS-150", "Tarpiklis 150 mm", 48, "vnt.", Decimal("6.20"), Decimal("297.60"), D("2026-12-15")],
            [4, "SS-AB-M10", "Inkarinis varžtas M10x90", 200, "vnt.", Decimal("1.05"), Decimal("210.00"), D("2026-12-15")],
            [],
            ["", "", "Iš viso be PVM", "", "", "", Decimal("12787.60"), ""]]
    assert sum(r[6] for r in rows[1:6]) == Decimal("12787.60")
    for r in rows[1:6]:
        assert r[3] * r[5] == r[6]
    x = make_xlsx(rows, sheet="Patvirtinimas", widths=[8, 14, 32, 8, 9, 11, 11, 15], creator="Rūta Petrauskienė",
                  created="2026-11-25T07:41:00Z", company="Sandėlio Sistemos UAB")
    name, em = BUYERS["marek"]
    blocks = [
        "Laba diena,",
        "siunčiame užsakymo 4500232512 patvirtinimą (priede). Atkreipkite dėmesį: 2 eilutės rėmai bus\n"
        "pristatyti dalimis, o inkarinių varžtų kaina pasikeitė.",
        "Pagarbiai",
        ("sig", S("Rūta Petrauskienė", "Pardavimų vadybininkė", "Sandėlio Sistemos UAB",
                  "Pramonės pr. 16, LT-51329 Kaunas", "Tel. +370 37 555 482")),
        quote_gt(p, f"2026-11-20, pn, 09:{int(hx('m', 2), 16) % 50 + 10}, {name} <{em}> rašė:"),
    ]
    eml = reply(p, ("Rūta Petrauskienė", "uzsakymai@sandelio-sistemos.example"), "Re: " + request_subject(p),
                "2026-11-25 09:44:03 +0200", blocks, client="gmail", charset="UTF-8",
                attachments=[xlsx_att(x, "Uzsakymo_patvirtinimas_4500232512.xlsx")], lang="lt-LT")
    exp = expected("confirmation", [conf(p, {
        1: acc(p, 1), 2: chg(p, 2, schedule=[(12, "2026-12-15"), (12, "2027-01-12")]), 3: acc(p, 3),
        4: chg(p, 4, price="1.05")})],
        "The spreadsheet lists line 2 twice (12 + 12 frames, 2026-12-15 and 2027-01-12) and re-prices line 4 to 1.05; "
        "dates are Excel serial date cells; the body only hints at the changes.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 030
@case(30, "textile-dyes-dates-next-week", "needs_review/de-DE",
      "German 'Preise und Mengen passen soweit', but delivery dates and the order confirmation only 'next week'.")
def c030():
    s = sup("LINDENAU", "Farbwerk Lindenau GmbH", "verkauf@farbwerk-lindenau.example", "de-DE")
    p = po("4500232566", s, "sofia", "EUR", "2026-11-20", [
        L(1, "FL-RB-19", "Reactive Blue 19, 150% strength, 25 kg drums", 500, "KG", "11.80", "2026-12-16"),
        L(2, "FL-DR-60", "Disperse Red 60, 200%, 25 kg drums", 250, "KG", "16.40", "2026-12-16"),
        L(3, "FL-LEV-8", "Levelling agent LEV-8, 120 kg drum", 240, "KG", "3.95", "2026-12-16"),
    ])
    blocks = [
        "Hallo Frau Brandt,",
        "vielen Dank für Ihre Bestellung 4500232566. Preise und Mengen passen soweit.",
        "Zu den Lieferterminen kann ich Ihnen erst nächste Woche etwas sagen, da unser Produktionsplan für\n"
        "Dezember noch nicht steht. Die Auftragsbestätigung schicke ich Ihnen dann bis spätestens Mittwoch, 2.12.",
        "Viele Grüße\nStefan Krüger",
        ("sig", S("Farbwerk Lindenau GmbH | Vertrieb Textilfarbstoffe", "Lindenauer Str. 210, 04177 Leipzig",
                  "Tel. +49 341 555 7723 | Fax +49 341 555 7799",
                  "Sitz der Gesellschaft: Leipzig, Amtsgericht Leipzig HRB 28814")),
        quote_outlook(p, "de"),
    ]
    eml = reply(p, ("Stefan Krüger", "s.krueger@farbwerk-lindenau.example"), "AW: " + request_subject(p),
                "2026-11-23 17:05:48 +0100", blocks, client="outlook", charset="iso-8859-1", lang="de-DE")
    return [p], eml, expected("needs_review", notes=(
        "Prices and quantities are 'fine so far' but no delivery dates; the confirmation is promised by Wednesday 2.12. "
        "- that date is when the answer will come, not a delivery date."))


# --------------------------------------------------------------------------- 031
@case(31, "insulators-ukrainian-delivery-wins", "confirmation/uk-UA",
      "Ukrainian windows-1251 reply giving both a shipment date and a later delivery date for line 1.")
def c031():
    s = sup("SLOVIZOL", "ТОВ «Слов'янські ізолятори»", "zbut@slovizol.example", "uk-UA")
    p = po("4500232611", s, "sofia", "USD", "2026-11-20", [
        L(1, "SI-PS70E", "Porcelain suspension insulator PS-70E, 127 mm spacing", 500, "EA", "11.20", "2026-12-18"),
        L(2, "SI-SHF10G", "Pin insulator ShF-10G, 10 kV", 800, "EA", "3.40", "2026-12-18"),
    ])
    blocks = [
        "Добрий день, пані Софіє!",
        "Підтверджуємо замовлення № 4500232611:",
        ("raw", S("поз. 1 — 500 шт. за ціною 11,20 USD, відвантаження з заводу 11.12.2026, поставка до",
                  "         Роттердама 22.12.2026;",
                  "поз. 2 — 800 шт. за ціною 3,40 USD, поставка 18.12.2026.")),
        "З повагою,",
        ("sig", S("Олена Коваленко", "менеджер зі збуту", "ТОВ «Слов'янські ізолятори»",
                  "вул. Заводська, 14, м. Слов'янськ", "тел. +380 62 555 41 09")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Олена Коваленко", "zbut@slovizol.example"), "RE: " + request_subject(p),
                "2026-11-24 15:36:10 +0200", blocks, client="outlook", charset="windows-1251", lang="uk-UA")
    exp = expected("confirmation", [conf(p, {1: chg(p, 1, date="2026-12-22"), 2: acc(p, 2)})],
                   "Line 1 has a factory shipment date 11.12.2026 and a delivery date 22.12.2026 - the delivery date wins; "
                   "line 2 as ordered. Cyrillic text in windows-1251.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 032
@case(32, "carbon-brushes-russian-koi8", "confirmation/ru-RU",
      "Russian KOI8-R 8bit mail written below the quoted request (bottom-posting): one line as ordered, a new price from a December price list, one line discontinued.")
def c032():
    s = sup("ELUGOL", 'ООО "Электроуголь-Сервис"', "sbyt@elektrougol.example", "ru-RU")
    p = po("4500232670", s, "marek", "EUR", "2026-11-23", [
        L(1, "EU-EG4-1632", "Carbon brush EG4, 16x32x40 mm", 400, "PCS", "3.60", "2026-12-21"),
        L(2, "EU-M1-10125", "Carbon brush M1, 10x12.5x32 mm, copper-graphite", 600, "PCS", "2.15", "2026-12-21"),
        L(3, "EU-BH-1632", "Brush holder 16x32 mm, 2 springs", 80, "PCS", "12.90", "2027-01-18"),
    ])
    name, em = BUYERS["marek"]
    blocks = [
        quote_gt(p, f"{dmy(p['issued'])} 10:{int(hx('m', 2), 16) % 50 + 10}, {name} пишет:"),
        "Добрый день, Марек!",
        "По заказу N 4500232670 сообщаем:",
        ("raw", S("поз. 1 - подтверждаем полностью, как в заказе;",
                  "поз. 2 - 600 шт., цена 2,35 EUR/шт. (новый прайс с 01.12.2026), срок поставки 21.12.2026;",
                  "поз. 3 - поставить не сможем, щёткодержатель снят с производства.")),
        "С уважением,",
        ("sig", S("Андрей Волков", 'отдел сбыта ООО "Электроуголь-Сервис"', "г. Электроугли, ул. Горки, д. 5",
                  "тел. +7 496 555-27-40")),
    ]
    eml = reply(p, ("Андрей Волков", "sbyt@elektrougol.example"), "Re: " + request_subject(p),
                "2026-11-25 12:14:55 +0300", blocks, client="thunderbird", charset="koi8-r", cte="8bit",
                lang="ru-RU")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, price="2.35"), 3: REJ})],
                   "KOI8-R 8bit. '01.12.2026' is the price-list validity, not a date for the line; line 2 price 2,35 "
                   "(PO 2.15), line 3 discontinued = rejected.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 033
@case(33, "signal-lamps-postfix-dsn", "bounce/en-US",
      "Postfix 'Undelivered Mail Returned to Sender' DSN (mailbox full) with the complete original request attached.")
def c033():
    s = sup("KEYSTONE", "Keystone Rail Lighting Corp.", "orders@keystonerail.example", "en-US")
    p = po("4500232720", s, "tom", "USD", "2026-11-23", [
        L(1, "KRL-8IN-R", "8 in. LED signal module, red, 12V DC", 60, "EA", "142.00", "2026-12-18"),
        L(2, "KRL-12IN-Y", "12 in. LED signal module, yellow, 12V DC", 40, "EA", "168.50", "2026-12-18"),
        L(3, "KRL-VIS-12", "Visor 12 in., cut-away, 3/16 in. aluminum", 40, "EA", "23.75", "2026-12-18"),
    ])
    orig = request_eml(p)
    rcpt = p["supplier"]["email"]
    t = req_dt(p).split()[1]
    qid = "4F7C21A0B3"
    txt = S("This is the mail system at host mx1.kestrel-holdings.example.", "",
            "I'm sorry to have to inform you that your message could not",
            "be delivered to one or more recipients. It's attached below.", "",
            "For further assistance, please send mail to postmaster.", "",
            "If you do so, please include this problem report. You can",
            "delete your own text from the attached returned message.", "",
            "                   The mail system", "",
            f"<{rcpt}>: host mx.keystonerail.example[198.51.100.23] said: 552 5.2.2",
            f"    <{rcpt}>: Recipient address rejected: Mailbox full (in reply to RCPT TO",
            "    command)", "")
    dsn = dsn_part("mx1.kestrel-holdings.example", rfcdate(f"{p['issued']} {t} +0100"),
                   [(rcpt, "failed", "5.2.2", f"552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full",
                     "mx.keystonerail.example")])
    dsn.headers.insert(0, ("Content-Description", "Delivery report"))
    root = report([mime.text(txt, "plain", "us-ascii", "7bit", extra_headers=[("Content-Description", "Notification")]),
                   dsn, mime.rfc822(orig, None)], f"{qid}.1795427{int(hx('b', 3), 16):03d}/mx1.kestrel-holdings.example")
    root.headers[0] = ("Content-Type", root.headers[0][1])
    hs = [("Date", rfcdate(after_req(p, 0, "+0100", 3))),
          ("From", "MAILER-DAEMON@mx1.kestrel-holdings.example (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", BUYERS["tom"][1]),
          ("Auto-Submitted", "auto-replied"),
          ("Message-Id", f"<20261123{t.replace(':', '')}.{qid}@mx1.kestrel-holdings.example>")]
    eml = mime.message(hs, root)
    return [p], eml, expected("bounce", notes=(
        "Postfix DSN (multipart/report, 5.2.2 mailbox full); the returned original contains the PO table and 2026-12-18, "
        "which must not be read as a confirmation."))


# --------------------------------------------------------------------------- 034
@case(34, "drone-parts-hebrew", "confirmation/he-IL",
      "Hebrew right-to-left reply in windows-1255 with Western digits, one date moved a week, English sign-off.")
def c034():
    s = sup("NEGEVAERO", "Negev Aero Parts Ltd.", "sales@negevaero.example", "he-IL")
    p = po("4500232774", s, "tom", "USD", "2026-11-23", [
        L(1, "NAP-CF-450", "Carbon arm, 22 mm tube, 450 mm, for X8 frame", 32, "PCS", "18.40", "2026-12-16"),
        L(2, "NAP-GPS-M10", "GPS module M10, 72-channel", 20, "PCS", "46.00", "2026-12-16"),
    ])
    blocks = [
        "שלום טום,",
        "אנו מאשרים את הזמנת הרכש 4500232774:",
        ("raw", S("שורה 1 - 32 יח' במחיר 18.40 דולר ליחידה, אספקה 16/12/2026.",
                  "שורה 2 - 20 יח' במחיר 46.00 דולר ליחידה, אספקה 23/12/2026 (המודולים מגיעים מהיצרן בשבוע הבא).")),
        "Best regards,",
        ("sig", S("Yael Ben-David", "Sales & Export | Negev Aero Parts Ltd.", "12 HaMelacha St., Be'er Sheva 8453211, Israel",
                  "Tel: +972 8 655 5720")),
        quote_outlook(p),
    ]
    eml = reply(p, ("Yael Ben-David", "sales@negevaero.example"), "RE: " + request_subject(p),
                "2026-11-25 14:02:37 +0200", blocks, client="outlook", charset="windows-1255", lang="he-IL")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2026-12-23")})],
                   "Hebrew text with day-first dates 16/12/2026 and 23/12/2026; line 2 one week later, line 1 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 035
@case(35, "floor-polish-arabic-html-only", "confirmation/ar-AE",
      "HTML-only Arabic/English mail whose answer is an HTML table (no text/plain part); a price and a date change.")
def c035():
    s = sup("GULFSHINE", "Gulf Shine Cleaning Chemicals LLC", "sales@gulfshine.example", "ar-AE")
    p = po("4500232828", s, "pieter", "AED", "2026-11-24", [
        L(1, "GS-FP-HG20", "High-gloss floor polish 20 L, 18% solids", 50, "EA", "215.00", "2026-12-17"),
        L(2, "GS-SEAL-20", "Floor sealer 20 L, water-based", 20, "EA", "189.00", "2026-12-17"),
        L(3, "GS-MOP-60", "Microfibre mop pad 60 cm", 100, "PCS", "14.50", "2026-12-17"),
    ])
    rows = [("1", "GS-FP-HG20", "50", "215.00", "17/12/2026"),
            ("2", "GS-SEAL-20", "20", "199.50", "17/12/2026"),
            ("3", "GS-MOP-60", "100", "14.50", "24/12/2026")]
    trs = "".join("<tr>" + "".join(f'<td style="border:1px solid #aaa;padding:4px 8px">{c}</td>' for c in r) + "</tr>\n"
                  for r in rows)
    q = render_html([quote_outlook(p)], "outlook", "utf-8", "ar-AE")
    q = q[q.index("<div class=WordSection1>") + len("<div class=WordSection1>"):q.rindex("</div>")]
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body lang=AR-SA style="font-family:Tahoma,Arial,sans-serif;font-size:11pt">\n'
            "<p>السيد بيتر المحترم،</p>\n<p>تحية طيبة وبعد،</p>\n"
            "<p>نؤكد لكم طلب الشراء رقم 4500232828 حسب الجدول أدناه (الأسعار بالدرهم الإماراتي):</p>\n"
            '<table dir="rtl" style="border-collapse:collapse">\n<tr><th style="border:1px solid #aaa">البند</th>'
            '<th style="border:1px solid #aaa">رمز الصنف</th><th style="border:1px solid #aaa">الكمية</th>'
            '<th style="border:1px solid #aaa">سعر الوحدة</th><th style="border:1px solid #aaa">تاريخ التسليم</th></tr>\n'
            + trs + "</table>\n"
            '<p dir="ltr">Please note the revised price on line 2 (new resin cost) and the delivery date for line 3.</p>\n'
            "<p>مع خالص التحية،</p>\n<p>Omar Al Hashimi<br>Sales Coordinator<br>Gulf Shine Cleaning Chemicals LLC<br>"
            "Plot 45, Dubai Investments Park 2, Dubai, UAE<br>Tel: +971 4 555 8216</p>\n"
            '<p style="font-size:8pt;color:#888" dir="ltr">This e-mail is confidential and may be legally privileged. '
            "If you are not the intended recipient, please delete it.</p>\n<div dir=\"ltr\">" + q + "</div>\n</body></html>\n")
    eml = reply(p, ("عمر الهاشمي", "sales@gulfshine.example"), "RE: " + request_subject(p),
                "2026-11-26 10:41:26 +0400", mode="html", html_body=html, client="outlook", charset="utf-8",
                cte="base64", lang="ar-AE")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, price="199.50"), 3: chg(p, 3, date="2026-12-24")})],
                   "Only an HTML part (right-to-left) with the answer table; line 2 price 199.50 AED (PO 189.00), line 3 "
                   "delivery 24/12/2026, line 1 as ordered. The quoted PO table below repeats the old values.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 036
@case(36, "signal-lamps-japanese-sjis", "confirmation/ja-JP",
      "Japanese Shift_JIS business reply with 2027年1月15日-style dates, yen with thousands commas and one later line.")
def c036():
    s = sup("TOHO", "東邦信号電機株式会社", "eigyo@toho-shingo.example", "ja-JP")
    p = po("4500232881", s, "tom", "JPY", "2026-11-24", [
        L(1, "TSD-LED-R200", "LED signal unit red, 200 mm, DC 24V", 30, "EA", "38500", "2026-12-18"),
        L(2, "TSD-LED-Y200", "LED signal unit yellow, 200 mm, DC 24V", 30, "EA", "38500", "2026-12-18"),
        L(3, "TSD-BKT-4", "Mounting bracket, 4-hole, with M10x40 bolts", 60, "SET", "2400", "2026-12-18"),
    ])
    blocks = [
        "Kestrel Holdings B.V.\n購買部 トム・オカフォー様",
        "いつもお世話になっております。\n東邦信号電機 営業部の佐藤でございます。",
        "ご注文（注文番号 4500232881）につきまして、下記のとおりご回答申し上げます。",
        ("raw", S("1. 赤色LED信号灯 200mm DC24V　30台　単価 38,500円　納期 2026年12月18日",
                  "2. 黄色LED信号灯 200mm DC24V　30台　単価 38,500円　納期 2027年1月15日（部品調達のため）",
                  "3. 取付金具 M10x40ボルト付　60セット　単価 2,400円　納期 2026年12月18日")),
        "何卒よろしくお願い申し上げます。",
        ("sig", S("━━━━━━━━━━━━━━━━━━", "東邦信号電機株式会社 営業部", "佐藤 健一",
                  "〒210-0024 神奈川県川崎市川崎区日進町 3-8", "TEL 044-555-2871 / FAX 044-555-2872",
                  "━━━━━━━━━━━━━━━━━━")),
        quote_outlook(p),
    ]
    eml = reply(p, ("佐藤 健一", "eigyo@toho-shingo.example"), "RE: " + request_subject(p),
                "2026-11-26 09:15:02 +0900", blocks, client="outlook", charset="Shift_JIS", cte="base64",
                lang="ja-JP")
    exp = expected("confirmation", [conf(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-15"), 3: acc(p, 3)})],
                   "Shift_JIS, base64. Yen amounts with thousands commas ('38,500円' = 38500); line 2 納期 2027年1月15日; "
                   "'M10x40' and '200mm' are item sizes, not quantities.")
    return [p], eml, exp
