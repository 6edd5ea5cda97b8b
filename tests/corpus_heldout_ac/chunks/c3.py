"""Cases 041-060."""
import datetime as dt
from decimal import Decimal

from aclib import mime
from aclib.mail import (buyer_addr, gmail_alt, headers, outlook_alt, outlook_header_block, paras_html, pre_html,
                        request_text)
from aclib.pdf import Sheet, make_pdf
from aclib.po import (D, acc, chg, conf, other, per, pct, po, rej, rfc_date, unc, wd, week_day)
from aclib.registry import case


def _req_subject(p):
    return f"Order acknowledgment request: PO {p['po_number']}"


# ---------------------------------------------------------------------------
@case(41, "tiles-lead-time-weeks-pt", "pt-PT",
      "Portuguese reply giving a lead time of '6 semanas a contar da data da encomenda (02/11/2026)' instead of a date, so the date must be computed from the order date; 20x20 and 2,5 m are sizes.")
def c041():
    sup = ("CERLIZ", "Cerâmicas do Liz, Lda.", "encomendas@ceramicasdoliz.example", "pt-PT")
    p = po("4700234777", sup, "sofia", "2026-11-02", [
        ("TIL-20x20-HYD", "Hydraulic-look tile 20x20 cm, pattern mix", 60, "M2", "32.00", "2026-12-04"),
        ("TIL-TRIM-ALU-10", "Aluminium tile trim 10 mm, 2.5 m length", 80, "EA", "3.90", "2026-12-04"),
    ])
    d1 = D("2026-11-02") + dt.timedelta(weeks=6)
    assert d1 == wd("2026-12-14", "Mon")
    body = ("Bom dia Sra. Brandt,\n\n"
            "Agradecemos a encomenda 4700234777.\n\n"
            "Linha 1 - mosaico hidráulico 20x20: este artigo é produzido por encomenda. O prazo de entrega é de 6 semanas "
            "a contar da data da encomenda (02/11/2026). Quantidade (60 m2) e preço (32,00 EUR/m2) confirmados.\n\n"
            "Linha 2 - perfis de alumínio 10 mm, barras de 2,5 m: em stock, entregamos a 04/12 conforme pedido.\n\n"
            "Com os melhores cumprimentos,\nJoana Ferreira\nDepartamento Comercial\nCerâmicas do Liz, Lda. - Zona Industrial da Cova das Faias, Leiria\n"
            "Tel. +351 244 819 300")
    qp, qh = outlook_header_block("pt", "Sofia Brandt <sofia.brandt@halden-group.example>", "2026-11-02", "07:15",
                                  "encomendas@ceramicasdoliz.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "sofia"), "_000_PAVP195MB2051C9D8E7F6A5B4C3D2E1F0PAVP195MB2051EURP_",
                      charset="iso-8859-1", lang_attr="PT")
    hs = headers(mime.addr("Joana Ferreira", "encomendas@ceramicasdoliz.example"), buyer_addr("sofia"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-04", "10:41:19", "+0000"),
                 "<PAVP195MB2051C9D8E7F6A5B4C3D2E1F0@PAVP195MB2051.EURP195.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "pt-PT")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, date=d1), 2: acc(p, 2)}),
               notes="Line 1: 6 weeks from the order date 02/11/2026 -> 2026-12-14; line 2 on 04/12 as requested.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(42, "forklift-day-of-week-fr-be", "fr-BE",
      "Belgian French reply using a weekday plus week number ('mardi S51', 'jeudi S2 2027'), where a named day overrides the Friday default; 48 V 620 Ah and 250x80 are specs.")
def c042():
    sup = ("MANUWAL", "Manutention Wallonie SA", "pieces@manutention-wallonie.example", "fr-BE")
    p = po("4700234810", sup, "kofi", "2026-11-04", [
        ("FLT-WHL-PU-250x80", "Load wheel PU 250x80 mm", 12, "EA", "84.00", "2026-12-15"),
        ("FLT-SEAT-MSG65", "Operator seat MSG 65 with seat switch", 2, "EA", "295.00", "2026-12-15"),
        ("FLT-BATT-48V-620", "Traction battery 48 V 620 Ah", 1, "EA", "5890.00", "2026-12-15"),
    ])
    d12 = week_day(2026, 51, 2)
    d3 = week_day(2027, 2, 4)
    assert d12 == D("2026-12-15") and d3 == D("2027-01-14")
    body = ("Bonjour Monsieur Mensah,\n\n"
            "Merci pour votre commande 4700234810.\n\n"
            "Lignes 1 et 2 (roues PU 250x80, sièges MSG 65) : livraison mardi S51, aux prix de la commande.\n"
            "Ligne 3 : la batterie 48 V 620 Ah est assemblée à la commande ; livraison jeudi S2 2027, prix inchangé 5.890,00 EUR.\n"
            "Garantie batterie 5 ans ou 1.500 cycles.\n\n"
            "Bien à vous,\nLaurent Maes\nService pièces\nManutention Wallonie SA - Rue de l'Industrie 27 - 4400 Flémalle\n"
            "Tél. +32 4 233 18 60 - TVA BE 0441.552.310")
    qp, qh = outlook_header_block("fr", "Kofi Mensah <kofi.mensah@halden-group.example>", "2026-11-04", "08:15",
                                  "pieces@manutention-wallonie.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "kofi"), "_000_AM7PR02MB6390D2C1B0A9F8E7D6C5B4A3AM7PR02MB6390eurp_",
                      lang_attr="FR-BE")
    hs = headers(mime.addr("Laurent Maes", "pieces@manutention-wallonie.example"), buyer_addr("kofi"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-06", "15:12:37", "+0100"),
                 "<AM7PR02MB6390D2C1B0A9F8E7D6C5B4A3@AM7PR02MB6390.eurprd02.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "fr-BE")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, date=d3)}),
               notes="'mardi S51' = Tuesday of ISO week 51 = 2026-12-15 (requested); 'jeudi S2 2027' = 2027-01-14. "
                     "5 ans / 1.500 cycles is warranty.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(43, "gearbox-swiss-apostrophe-ex-works", "de-CH",
      "Swiss German reply with apostrophe thousands (EUR 192'400.00), a ship-from-works week 'KW 8/2027' for both lines and a core-return credit (EUR 28'000.00) that must not be netted into the price.")
def c043():
    sup = ("GETEMM", "Getriebebau Emmental AG", "verkauf@getriebebau-emmental.example", "de-CH")
    p = po("4700234860", sup, "jonas", "2026-11-05", [
        ("WTG-GBX-MAIN-EXCH", "Main gearbox 2 MW, refurbished exchange unit", 1, "EA", "186500.00", "2027-02-19"),
        ("WTG-OILCOOLER-2MW", "Gearbox oil cooler for 2 MW main gearbox", 2, "EA", "4980.00", "2027-02-19"),
    ])
    d = week_day(2027, 8)
    assert d == D("2027-02-26")
    body = ("Grüezi Herr Petrak\n\n"
            "Besten Dank für Ihre Bestellung 4700234860, die wir gerne wie folgt bestätigen:\n\n"
            "Pos. 1  Austauschgetriebe 2 MW, revidiert      1 Stk.   EUR 192'400.00 netto\n"
            "Pos. 2  Ölkühler zu Hauptgetriebe 2 MW         2 Stk.   à EUR 4'980.00\n\n"
            "Versand ab Werk Burgdorf: KW 8/2027, beide Positionen zusammen.\n\n"
            "Die Preiserhöhung bei Pos. 1 ergibt sich aus dem Befund des letzten Tauschgetriebes (Planetenstufe). "
            "Das Altteil nehmen wir innert 30 Tagen nach Lieferung zurück; die Altteilgutschrift von EUR 28'000.00 erfolgt "
            "separat nach Befund.\n\n"
            "Freundliche Grüsse\n\nReto Zürcher\nVerkauf Service\nGetriebebau Emmental AG | Kirchbergstrasse 190 | 3400 Burgdorf\n"
            "Tel. +41 34 428 71 00")
    qp, qh = outlook_header_block("de", "Jonas Petrak <jonas.petrak@halden-group.example>", "2026-11-05", "08:15",
                                  "verkauf@getriebebau-emmental.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "jonas"), "_000_ZR0P278MB0742A7B6C5D4E3F2A1B0C9D8ZR0P278MB0742CHEP_",
                      charset="iso-8859-1", lang_attr="DE-CH")
    hs = headers(mime.addr("Reto Zürcher", "verkauf@getriebebau-emmental.example"), buyer_addr("jonas"),
                 "AW: " + _req_subject(p), rfc_date("2026-11-10", "14:03:22", "+0100"),
                 "<ZR0P278MB0742A7B6C5D4E3F2A1B0C9D8@ZR0P278MB0742.CHEP278.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "de-CH")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, price="192400.00", date=d), 2: chg(p, 2, date=d)}),
               notes="Only a ship-from-works week is given: KW 8/2027 -> Friday 2027-02-26 for both lines. Price 192'400.00 "
                     "(Swiss apostrophe). The EUR 28'000.00 core credit is separate.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(44, "film-lakh-per-1000m-in", "en-IN",
      "Indian Gmail reply with lakh grouping (1,20,000 m), prices per 1000 m, a delivery date for one line but only a dispatch date for the other, and a balance 'to be confirmed' that is not part of the commitment.")
def c044():
    sup = ("SREEPACK", "Sree Packaging Films Pvt. Ltd.", "marketing@sreepackfilms.example", "en-IN")
    p = po("4700234901", sup, "kofi", "2026-11-05", [
        ("FLM-BOPET-12-1050", "BOPET film 12 micron, 1050 mm width", 120000, "M", "0.041", "2026-12-22"),
        ("FLM-CPP-25-1300", "CPP film 25 micron, 1300 mm width", 80000, "M", "0.063", "2026-12-22"),
    ], currency="USD")
    body = ("Dear Kofi ji,\n\n"
            "Greetings from Sree Packaging Films!\n\n"
            "With reference to your PO No. 4700234901 dated 05/11/2026, we are pleased to confirm as under:\n\n"
            "1) BOPET 12 mic x 1050 mm: 1,20,000 m @ USD 41.00 per 1000 m, dispatch 15/12/2026, delivery at your Chennai "
            "plant by 22/12/2026.\n"
            "2) CPP 25 mic x 1300 mm: we can supply 75,000 m only @ USD 63.00 per 1000 m, dispatch 15/12/2026. Balance 5,000 m "
            "will be taken up in January, date to be confirmed.\n\n"
            "Payment: 30 days from date of invoice. GST extra as applicable.\n\n"
            "Thanks & Regards,\nR. Venkatesh\nSr. Manager - Marketing\nSree Packaging Films Pvt. Ltd., SIPCOT Phase II, Hosur 635 109\n"
            "+91 98430 22117")
    alt = gmail_alt(body, "On Thu, 5 Nov 2026 at 12:45, Kofi Mensah <kofi.mensah@halden-group.example> wrote:",
                    request_text([p], "kofi"), "000000000000b3c19a06182e47d5")
    hs = headers(mime.addr("Venkatesh R", "marketing@sreepackfilms.example"), buyer_addr("kofi"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-09", "11:52:10", "+0530"),
                 "<CAPq7Wn3sM1xY8vB5tK2eR9hZ4cF0gD6jL3uN7a=Qw8Xm5Ap2yT@mail.gmail.com>",
                 p["request_message_id"], p["request_message_id"])
    msg = mime.message(hs, alt)
    assert per("41.00", 1000) == "0.041" and per("63.00", 1000) == "0.063"
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, qty=75000, date="2026-12-15")}),
               notes="Line 1: 1,20,000 m at 41.00/1000 m = 0.041, delivery 22/12 (wins over dispatch) = as ordered. "
                     "Line 2: 75,000 m committed, only dispatch 15/12/2026 given; the 5,000 m balance is TBC.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(45, "bakery-yeast-price-per-box-nl", "nl-NL",
      "Dutch reply pricing the yeast per box of 20 packs (€ 55,00 per doos) and expressing the quantity as 12 dozen ('boxes' in Dutch), while flour 'type 1150' and '10 kg' bags look like numbers.")
def c045():
    sup = ("VANDIJK", "Bakkerijgrondstoffen Van Dijk B.V.", "verkoop@vandijk-bakkerij.example", "nl-NL")
    p = po("4700234955", sup, "mara", "2026-11-06", [
        ("BAK-SUG-ICING-10", "Icing sugar, 10 kg bag", 80, "BAG", "12.40", "2026-11-24"),
        ("BAK-YST-DRY-500", "Instant dry yeast, 500 g vacuum pack", 240, "EA", "2.85", "2026-11-24"),
        ("BAK-FLR-RYE-1150", "Rye flour type 1150, 25 kg sack", 120, "SAC", "17.30", "2026-11-24"),
    ])
    wd("2026-11-24", "Tue")
    body = ("Goedemiddag Mara,\n\n"
            "Dank voor je bestelling 4700234955.\n\n"
            "Regel 2: de instantgist leveren wij per doos van 20 pakken à 500 g, prijs € 55,00 per doos. 240 pakken = 12 dozen.\n"
            "Regels 1 (poedersuiker 10 kg) en 3 (roggebloem type 1150): akkoord zoals besteld.\n\n"
            "Alles wordt dinsdag 24 november geleverd, tussen 6:00 en 10:00 uur.\n\n"
            "Met vriendelijke groet,\nEsther de Graaf\nBinnendienst\nBakkerijgrondstoffen Van Dijk B.V. | Nijverheidsweg 12 | 3771 ME Barneveld\n"
            "KvK 30184427")
    qp, qh = outlook_header_block("nl", "Mara Lindqvist <mara.lindqvist@halden-group.example>", "2026-11-06", "08:15",
                                  "verkoop@vandijk-bakkerij.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "mara"), "_000_AM8PR06MB7012F3E2D1C0B9A8F7E6D5C4AM8PR06MB7012eurp_",
                      lang_attr="NL")
    hs = headers(mime.addr("Esther de Graaf", "verkoop@vandijk-bakkerij.example"), buyer_addr("mara"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-09", "13:26:51", "+0100"),
                 "<AM8PR06MB7012F3E2D1C0B9A8F7E6D5C4@AM8PR06MB7012.eurprd06.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "nl-NL")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, price=per("55.00", 20)), 3: acc(p, 3)}),
               notes="Yeast € 55,00 per box of 20 packs -> 2.75 per pack (PO 2.85); 240 packs unchanged. 24 november = requested.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(46, "pharma-gmp-retest-dates-de", "de-DE",
      "German pharma excipient reply where each line carries batch numbers, re-test dates, drum counts and a GMP certificate issue/expiry date, and the real changes are one later date and one new price per kg.")
def c046():
    sup = ("PHWESER", "Pharmahilfsstoffe Weser GmbH", "auftrag@pharmahilfsstoffe-weser.example", "de-DE")
    p = po("4700235012", sup, "priya", "2026-11-09", [
        ("EXC-PVP-K30", "Povidone K30, Ph. Eur./USP", 200, "KG", "18.40", "2026-12-07"),
        ("EXC-CROSC-NA", "Croscarmellose sodium, Ph. Eur.", 125, "KG", "21.60", "2026-12-07"),
        ("EXC-TALC-PH", "Talc, pharma grade, Ph. Eur.", 500, "KG", "2.95", "2026-12-07"),
    ])
    body = ("Sehr geehrte Frau Raman,\n\n"
            "vielen Dank für Ihre Bestellung 4700235012. Wir bestätigen:\n\n"
            "Pos. 1 Povidon K30: 200 kg (8 Fässer à 25 kg), Charge 2609-114, Re-Test-Datum 09/2028, Liefertermin 07.12.2026.\n"
            "Pos. 2 Croscarmellose-Natrium: 125 kg (5 Fässer à 25 kg), Liefertermin 14.12.2026.\n"
            "Pos. 3 Talkum Ph. Eur.: 500 kg (25 Säcke à 20 kg), Liefertermin 07.12.2026. Bitte beachten Sie, dass für Talkum "
            "ab sofort ein Preis von 3,10 EUR/kg gilt.\n\n"
            "Das GMP-Zertifikat unseres Herstellers (ausgestellt am 14.03.2025, gültig bis 13.03.2028) sowie die "
            "Analysenzertifikate erhalten Sie mit der Lieferung.\n\n"
            "Mit freundlichen Grüßen\ni. A. Melanie Kruse\nAuftragsabwicklung\nPharmahilfsstoffe Weser GmbH · Hafenstraße 8 · 27568 Bremerhaven\n"
            "Registergericht Bremen HRB 4471 BHV")
    qp, qh = outlook_header_block("de", "Priya Raman <priya.raman@halden-group.example>", "2026-11-09", "08:15",
                                  "auftrag@pharmahilfsstoffe-weser.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "priya"), "_000_FR3P281MB1930B0C9D8E7F6A5B4C3D2E1FR3P281MB1930DEUP_",
                      charset="iso-8859-15", lang_attr="DE")
    hs = headers(mime.addr("Melanie Kruse", "auftrag@pharmahilfsstoffe-weser.example"), buyer_addr("priya"),
                 "AW: " + _req_subject(p), rfc_date("2026-11-11", "10:58:33", "+0100"),
                 "<FR3P281MB1930B0C9D8E7F6A5B4C3D2E1@FR3P281MB1930.DEUP281.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "de-DE")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, date="2026-12-14"), 3: chg(p, 3, price="3.10")}),
               notes="Pos 2 delivery 14.12.2026; pos 3 new price 3,10 EUR/kg. Batch 2609-114, re-test 09/2028 and GMP "
                     "dates 14.03.2025 / 13.03.2028 are noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(47, "blades-bottom-posted-split-us", "en-US",
      "US Gmail reply bottom-posted under our quoted request: one rotor blade in February and two in March (month-first dates), with the tip kits 'riding along with the first blade'; 'LM 40.3 P' looks like a number.")
def c047():
    sup = ("GREATPLAINS", "Great Plains Composite Repair LLC", "orders@gpcomposite.example", "en-US")
    p = po("4700235066", sup, "kofi", "2026-11-09", [
        ("WTG-BLD-LM40.3P", "Rotor blade LM 40.3 P, matched set position", 3, "EA", "96500.00", "2027-03-12"),
        ("WTG-LPS-TIPKIT", "Lightning receptor tip kit", 6, "EA", "410.00", "2027-03-12"),
    ], currency="USD")
    body = ("Kofi -\n\n"
            "We can't get all three blades out of the mold in time. We'll deliver 1 blade to your Sweetwater, TX yard on "
            "2/26/2027 and the remaining 2 blades on 3/26/2027. Pricing holds at $96,500.00/ea.\n\n"
            "The 6 receptor tip kits will ride along with the first blade.\n\n"
            "Dale Haugen\nGreat Plains Composite Repair LLC\n(325) 555-0142")
    alt = gmail_alt(body, "On Mon, Nov 9, 2026 at 1:15 AM Kofi Mensah <kofi.mensah@halden-group.example> wrote:",
                    request_text([p], "kofi"), "000000000000d9f2b1061830a7c4", bottom=True)
    hs = headers(mime.addr("Dale Haugen", "orders@gpcomposite.example"), buyer_addr("kofi"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-12", "08:44:17", "-0600"),
                 "<CAL4rX9n2vQ8bT1mY7wK3eS6hF5cZ0pD2gJ8uN4=Ev6Rb3Wq9sA@mail.gmail.com>",
                 p["request_message_id"], p["request_message_id"])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, date="2027-03-26", schedule=[(1, "2027-02-26"), (2, "2027-03-26")]),
                    2: chg(p, 2, date="2027-02-26")}),
               notes="Bottom-posted. Blades 1 on 2/26/2027 + 2 on 3/26/2027; tip kits travel with the first blade -> 2027-02-26.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(48, "fasteners-tab-table-two-of-three-pos-gb", "en-GB",
      "British plain-text reply with a tab-separated table covering two of three open POs (dd/mm/yy dates), one changed price and date, while the third PO is only promised for Monday.")
def c048():
    sup = ("SEVERN", "Severn Fixings Ltd", "sales@severnfixings.example", "en-GB")
    pa = po("4700235101", sup, "kofi", "2026-11-10", [
        ("FST-DIN933-M10x40", "Hex set screw DIN 933 M10x40 8.8 BZP, box of 100", 30, "BOX", "8.90", "2026-12-03"),
        ("FST-DIN125-M10", "Flat washer DIN 125 M10 BZP, box of 1000", 4, "BOX", "11.20", "2026-12-03"),
    ], currency="GBP", stamp="20261110T0815")
    pb = po("4700235102", sup, "kofi", "2026-11-10", [
        ("FST-ANCH-M12x100", "Through bolt anchor M12x100, box of 50", 20, "BOX", "27.50", "2026-12-03"),
    ], currency="GBP", stamp="20261110T0816")
    pc = po("4700235230", sup, "kofi", "2026-11-12", [
        ("FST-RIV-4.8x12", "Blind rivet 4.8x12 Al/St, box of 500", 10, "BOX", "9.60", "2026-12-10"),
    ], currency="GBP")
    body = ("Hi Kofi,\n\n"
            "Please see below for 4700235101 and 4700235102:\n\n"
            "PO\tLine\tPart\tQty\tPrice\tDel date\n"
            "4700235101\t1\tM10x40 933 8.8\t30\t8.90\t03/12/26\n"
            "4700235101\t2\tM10 washer 125\t4\t11.20\t03/12/26\n"
            "4700235102\t1\tM12x100 anchor\t20\t29.15\t10/12/26\n\n"
            "The anchors have gone up with the steel surcharge, sorry - and they come from our Walsall warehouse, hence the "
            "later date.\n\n"
            "The rivet order (4700235230) I'll come back to you on Monday once our stock-check is done.\n\n"
            "Cheers,\nTom Fairclough\nSevern Fixings Ltd\nUnit 3, Quedgeley Trading Estate, Gloucester GL2 4PA\n01452 720 311\n")
    quoted = request_text([pa, pb], "kofi")
    plain = body + "\n-----Original Message-----\nFrom: Kofi Mensah <kofi.mensah@halden-group.example>\n" \
        "Sent: 10 November 2026 08:16\nTo: sales@severnfixings.example\n" \
        "Subject: Order acknowledgment request: PO 4700235101, 4700235102\n\n" + quoted + "\n"
    part = mime.text(plain, "plain", "us-ascii", "7bit")
    hs = headers(mime.addr("Tom Fairclough", "sales@severnfixings.example"), buyer_addr("kofi"),
                 "RE: Order acknowledgment request: PO 4700235101, 4700235102", rfc_date("2026-11-13", "16:48:05", "+0000"),
                 "<002a01db3b7f$c1d2e3f0$4567a8b9$@severnfixings.example>",
                 pb["request_message_id"], pa["request_message_id"] + " " + pb["request_message_id"],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-gb")])
    msg = mime.message(hs, part)
    exp = conf((pa, {1: acc(pa, 1), 2: acc(pa, 2)}),
               (pb, {1: chg(pb, 1, price="29.15", date="2026-12-10")}),
               notes="Tab table, dd/mm/yy. 4700235101 as ordered; 4700235102 29.15 on 10/12/26. 4700235230 only promised "
                     "for Monday -> left out.")
    return [pa, pb, pc], msg, exp


# ---------------------------------------------------------------------------
@case(49, "hydraulics-apple-ship-tomorrow-de", "de-DE",
      "German Apple Mail reply, bottom-posted, with ship date 13.11. and an earlier delivery date 'Montag 16.11.' for two lines and 'KW 50' for the third; thread sizes R1/2\", 5/8\" and 250 bar are noise.")
def c049():
    sup = ("KUEHN", "Hydraulik Kühn KG", "info@hydraulik-kuehn.example", "de-DE")
    p = po("4700235188", sup, "jonas", "2026-11-11", [
        ("FIT-GE12L-R12-WD", "Male stud fitting GE12L-R1/2\"-WD (BSP), zinc-nickel", 150, "EA", "3.25", "2026-11-30"),
        ("VLV-RHV-16S", "Check valve RHV 16S", 20, "EA", "21.80", "2026-11-30"),
        ("HOS-2SC-DN16", "Hydraulic hose 2SC DN16 (5/8\"), 250 bar", 150, "M", "7.40", "2026-11-30"),
    ])
    wd("2026-11-16", "Mon")
    d2 = week_day(2026, 50)
    quoted = request_text([p], "jonas")
    body = ("Hallo Herr Petrak,\n\n"
            "Pos. 1 und 3 haben wir am Lager, die gehen morgen raus (Versand 13.11.), Zustellung per Spedition am Montag, 16.11.\n"
            "Pos. 2 RHV 16S ist derzeit nicht lagernd, Lieferzeit ca. 4 Wochen -> Liefertermin KW 50.\n"
            "Preise wie bestellt.\n\n"
            "Gruß\nSven Kühn\n\n--\nHydraulik Kühn KG · Gewerbering 4 · 33334 Gütersloh · 05241 97 63-0")
    plain = "> Am 11.11.2026 um 08:15 schrieb Jonas Petrak <jonas.petrak@halden-group.example>:\n>\n" + \
        mime.quote_lines(quoted) + "\n\n" + body + "\n"
    part = mime.text(plain, "plain", "utf-8", "quoted-printable")
    hs = headers(mime.addr("Sven Kühn", "info@hydraulik-kuehn.example"), buyer_addr("jonas"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-12", "17:21:44", "+0100"),
                 "<6D3E9A1B-2C4F-4E7A-B8D0-9F1E2A3C4B5D@hydraulik-kuehn.example>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    msg = mime.message(hs, part)
    exp = conf((p, {1: chg(p, 1, date="2026-11-16"), 2: chg(p, 2, date=d2), 3: chg(p, 3, date="2026-11-16")}),
               notes="Bottom-posted. Pos 1 and 3 delivered Monday 16.11. (delivery beats ship date 13.11.); pos 2 KW 50 -> "
                     "2026-12-11. Prices as ordered.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(50, "wool-yarn-erp-pdf-it", "it-IT",
      "Italian ERP PDF order confirmation (kerned TJ text, positions 10/20, their codes) in which one yarn count gets a higher price and a later date; yarn counts 'Nm 2/48' and '2/60' look like dates or fractions.")
def c050():
    sup = ("FILBIEL", "Filati Biellesi S.p.A.", "commerciale@filatibiellesi.example", "it-IT")
    p = po("4700235240", sup, "sofia", "2026-11-12", [
        ("YRN-WO-NM2-48", "Wool yarn Nm 2/48, 100% merino, on cones", 900, "KG", "24.80", "2027-01-29"),
        ("YRN-WO-NM2-60", "Wool yarn Nm 2/60, 100% merino, on cones", 400, "KG", "29.50", "2027-01-29"),
    ])
    s = Sheet()
    s.text("FILATI BIELLESI S.p.A.", 15, "F2").text("Via per Cossato 41 - 13900 Biella (BI) - P.IVA 01844210025", 8).gap(10)
    s.row([(50, ["CONFERMA D", 30, "'ORDINE"]), (300, "N. 26/04418 del 16/11/2026")], 12, "F2")
    s.row([(50, "Cliente: Halden Group AB - Göteborg"), (300, "Vs. ordine: 4700235240 del 12/11/2026")])
    s.row([(50, "Pagamento: RB 60 gg d.f.f.m."), (300, "Resa: franco destino")]).gap(4).rule()
    s.row([(50, "Pos."), (85, "Articolo"), (170, "Vs. codice"), (270, "Descrizione"), (400, "Q.tà kg"), (455, "€/kg"), (500, "Consegna")], 9, "F2").rule()
    s.row([(50, "10"), (85, "MER-2/48-GR"), (170, "YRN-WO-NM2-48"), (270, "Nm 2/48 100% merino"), (400, "900,00"), (455, "24,80"),
           (500, ["29/01/", -5, "2027"])])
    s.row([(50, "20"), (85, "MER-2/60-GR"), (170, "YRN-WO-NM2-60"), (270, "Nm 2/60 100% merino"), (400, "400,00"), (455, "30,90"),
           (500, ["05/02/", -5, "2027"])])
    s.row([(270, "Nota: maggiorazione titolo fine, consegna posticipata per tintura")], 8)
    s.rule().row([(270, "Totale imponibile"), (455, "34.680,00")], 9, "F2").gap(14)
    s.text("Tolleranza di consegna +/- 3% sul peso. Condizioni generali di vendita ed. 01/2026.", 8)
    pdf = make_pdf([s.ops], compress=False, title="Conferma ordine 26/04418", producer="TeamSystem Enterprise",
                   creation="D:20261116091500+01'00'", doc_id="B1E1")
    assert Decimal("900") * Decimal("24.80") + Decimal("400") * Decimal("30.90") == Decimal("34680.00")
    body = ("Spett.le Halden Group,\n\nin allegato la ns. conferma d'ordine n. 26/04418 relativa al Vs. ordine 4700235240.\n\n"
            "Cordiali saluti\nUfficio Commerciale\nFilati Biellesi S.p.A.\n")
    part = mime.multipart("mixed", "=_TSmail_20261116091500_04418", [
        mime.text(body, "plain", "utf-8", "quoted-printable"),
        mime.attachment(pdf, "application/pdf", "CO_26-04418.pdf"),
    ])
    hs = headers(mime.addr("Filati Biellesi - Ufficio Commerciale", "commerciale@filatibiellesi.example"), buyer_addr("sofia"),
                 "Conferma d'ordine n. 26/04418 - Vs. ordine 4700235240", rfc_date("2026-11-16", "09:15:02", "+0100"),
                 "<TS.26-04418.1763280902@filatibiellesi.example>",
                 extra=[("X-Mailer", "TeamSystem Enterprise Mail")])
    msg = mime.message(hs, part)
    exp = conf((p, {1: acc(p, 1), 2: chg(p, 2, price="30.90", date="2027-02-05")}),
               notes="PDF: pos 10 as ordered 29/01/2027; pos 20 30,90 €/kg and 05/02/2027. +/- 3% tolerance and 'ed. 01/2026' are noise.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(51, "bedding-tuesday-kw53-de", "de-DE",
      "German Thunderbird reply giving 'Dienstag der KW 53' - ISO year 2026 has 53 weeks, so this is 29 December 2026 - next to opening hours '28.–30.12.' that are not a delivery date.")
def c051():
    sup = ("EINSTREU", "Einstreu Nord GmbH", "dispo@einstreu-nord.example", "de-DE")
    p = po("4700235290", sup, "mara", "2026-11-12", [
        ("BED-HEMP-20", "Hemp bedding, 20 kg bale", 33, "PAL", "389.00", "2026-12-22"),
        ("BED-FLAX-250L", "Flax shive bedding, 250 l bale", 12, "PAL", "276.00", "2026-12-22"),
    ])
    d = week_day(2026, 53, 2)
    assert d == D("2026-12-29")
    body = ("Hallo Frau Lindqvist,\n\n"
            "wegen der Revision unserer Presslinie können wir Ihre Bestellung 4700235290 erst am Dienstag der KW 53 liefern, "
            "also zwischen den Jahren - beide Positionen zusammen auf zwei Lkw. Mengen und Preise wie bestellt.\n\n"
            "Unsere Dispo ist zwischen den Jahren am 28.-30.12. von 7 bis 14 Uhr erreichbar.\n\n"
            "Viele Grüße\nHenning Claußen\nDisposition\nEinstreu Nord GmbH, Moorweg 3, 26871 Papenburg, Tel. 04961 66 30 20\n")
    quoted = request_text([p], "mara")
    plain = body + "\nAm 12.11.26 um 08:15 schrieb Mara Lindqvist:\n" + mime.quote_lines(quoted) + "\n"
    part = mime.text(plain, "plain", "iso-8859-15", "quoted-printable", params="; format=flowed")
    hs = headers(mime.addr("Henning Claußen", "dispo@einstreu-nord.example", "iso-8859-15"), buyer_addr("mara"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-16", "07:35:48", "+0100"),
                 "<c8e1f2a3-4b5d-4c6e-9f70-81a2b3c4d5e6@einstreu-nord.example>", p["request_message_id"], p["request_message_id"],
                 extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "de-DE")])
    msg = mime.message(hs, part)
    exp = conf((p, {1: chg(p, 1, date=d), 2: chg(p, 2, date=d)}),
               notes="'Dienstag der KW 53' -> 2026-12-29 (2026 has ISO week 53). 28.-30.12. are office hours.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(52, "dishwasher-whole-po-declined-es", "es-ES",
      "Spanish reply declining the whole PO because the model is no longer produced and offering a successor at a new price - both lines are rejected, the offer is not a confirmation.")
def c052():
    sup = ("HOSTLEV", "Hostelería Levante S.L.", "pedidos@hostelerialevante.example", "es-ES")
    p = po("4700235333", sup, "amelie", "2026-11-13", [
        ("KIT-DW-HOOD-500", "Hood-type dishwasher, 500x500 basket, 400 V", 1, "EA", "4250.00", "2026-12-18"),
        ("KIT-DW-TBL-IN", "Inlet table for hood dishwasher, 1200 mm", 1, "EA", "610.00", "2026-12-18"),
    ])
    body = ("Estimada Sra. Durand:\n\n"
            "Lamentamos informarle de que el fabricante ha dejado de producir la lavavajillas de capota HT-50 y su mesa de "
            "entrada, por lo que no podemos servir su pedido 4700235333.\n\n"
            "Como alternativa le ofrecemos el modelo sucesor HT-60 (cesta 500x500, 400 V) a 4.690,00 € y la mesa de entrada "
            "correspondiente a 640,00 €, con un plazo de entrega de 3 semanas. Si le interesa, envíenos un nuevo pedido.\n\n"
            "Un saludo,\nPablo Navarro\nHostelería Levante S.L. - Avda. de la Industria 55 - 46980 Paterna\nTel. 961 37 24 80")
    alt = gmail_alt(body, "El vie, 13 nov 2026 a las 8:15, Amélie Durand (<amelie.durand@halden-group.example>) escribió:",
                    request_text([p], "amelie"), "0000000000004c2d8e06184b5a91", charset="iso-8859-15")
    hs = headers(mime.addr("Pablo Navarro", "pedidos@hostelerialevante.example"), buyer_addr("amelie"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-17", "12:09:26", "+0100"),
                 "<CAD3mW7p9xR1tY5vB2qK8eN4hZ6cF0sJ3gL9uM2=Pk7Ta4Xe1bQ@mail.gmail.com>",
                 p["request_message_id"], p["request_message_id"])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: rej(), 2: rej()}),
               notes="The whole order is declined (model no longer produced); the HT-60 successor offer needs a new PO.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(53, "tyres-forwarded-warehouse-chain-de", "de-DE",
      "Forwarded internal chain (WG:) where the sales note on top commits to 60 tyres on 03.12. and 40 in KW 51, below a warehouse mail mentioning DOT 3926 and the manufacturer's KW 50 arrival.")
def c053():
    sup = ("REIFENWF", "Reifen Westfalen Handels GmbH", "verkauf@reifen-westfalen.example", "de-DE")
    p = po("4700235380", sup, "jonas", "2026-11-16", [
        ("TYR-205-55R16-91H-W", "Winter tyre 205/55 R16 91H", 100, "EA", "69.90", "2026-12-03"),
        ("TYR-195-65R15-91T-W", "Winter tyre 195/65 R15 91T", 40, "EA", "58.40", "2026-12-03"),
    ])
    d51 = week_day(2026, 51)
    assert d51 == D("2026-12-18")
    body = ("Hallo Herr Petrak,\n\n"
            "anbei zur Info die Rückmeldung aus unserem Lager zu Ihrer Bestellung 4700235380. Für Sie heißt das:\n"
            "Von Pos. 1 (205/55 R16) liefern wir 60 Stück am 03.12., die restlichen 40 Stück in KW 51.\n"
            "Pos. 2 (195/65 R15) kommt komplett am 03.12.\n"
            "Preise wie bestellt.\n\n"
            "Viele Grüße\nMelanie Schulte\nVerkauf Innendienst\nReifen Westfalen Handels GmbH | Hammer Straße 210 | 59075 Hamm")
    fwd = ("Von: Lager Hamm <lager@reifen-westfalen.example>\nGesendet: Mittwoch, 18. November 2026 09:12\n"
           "An: Schulte, Melanie <m.schulte@reifen-westfalen.example>\nBetreff: AW: Verfügbarkeit 4700235380\n\n"
           "Hi Melli,\n\n205/55 R16 91H haben wir nur noch 60 Stk da (DOT 3926), der Rest kommt mit der nächsten Anlieferung "
           "vom Hersteller in KW 50 und kann dann KW 51 raus. 195/65 R15 91T sind alle 40 da.\n\nGruß Dirk\n\n"
           "Von: Schulte, Melanie <m.schulte@reifen-westfalen.example>\nGesendet: Mittwoch, 18. November 2026 08:31\n"
           "An: Lager Hamm <lager@reifen-westfalen.example>\nBetreff: Verfügbarkeit 4700235380\n\n"
           "Hallo Dirk,\nkannst du mal schauen, ob wir für Halden (Auftrag 4700235380) 100x 205/55 R16 91H und 40x 195/65 R15 91T "
           "da haben? Wunschtermin 03.12.\n\nDanke, Melanie")
    qp = "-----Ursprüngliche Nachricht-----\n" + fwd
    plain = body + "\n\n" + qp + "\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body lang=DE>"
            "<div class=WordSection1>" + paras_html(body) +
            "<p class=MsoNormal>&nbsp;</p><div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
            "<p class=MsoNormal>" + pre_html(fwd) + "</p></div></div></body></html>")
    alt = mime.multipart("alternative", "_000_BE1P281MB2901E0F1A2B3C4D5E6F7A8B9BE1P281MB2901DEUP_", [
        mime.text(plain, "plain", "utf-8", "quoted-printable"), mime.html(html, "utf-8", "quoted-printable")])
    hs = headers(mime.addr("Melanie Schulte", "m.schulte@reifen-westfalen.example"), buyer_addr("jonas"),
                 "WG: Verfügbarkeit 4700235380", rfc_date("2026-11-18", "10:05:57", "+0100"),
                 "<BE1P281MB2901E0F1A2B3C4D5E6F7A8B9@BE1P281MB2901.DEUP281.PROD.OUTLOOK.COM>",
                 extra=[("Thread-Topic", "Verfügbarkeit 4700235380"), ("Content-Language", "de-DE")])
    msg = mime.message(hs, alt)
    exp = conf((p, {1: chg(p, 1, date=d51, schedule=[(60, "2026-12-03"), (40, d51)]), 2: acc(p, 2)}),
               notes="Sales note on top of a forwarded internal chain: pos 1 60 pcs on 03.12. + 40 pcs KW 51 (-> 2026-12-18); "
                     "pos 2 complete on 03.12. DOT 3926 and the manufacturer's KW 50 are internal.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(54, "school-chairs-color-question-us", "en-US",
      "US Gmail reply that asks which shell colour and which delivery address before confirming anything; the 18\" seat height and 20x30\" desk size are the only numbers.")
def c054():
    sup = ("PRAIRIE", "Prairie School Furnishings Co.", "orders@prairieschool.example", "en-US")
    p = po("4700235410", sup, "amelie", "2026-11-16", [
        ("SCH-CHR-18-STK", "Stack chair 18\" seat height, poly shell", 240, "EA", "42.50", "2027-01-08"),
        ("SCH-DSK-ADJ-2030", "Adjustable student desk 20x30\"", 120, "EA", "88.00", "2027-01-08"),
    ], currency="USD")
    body = ("Hi Amélie,\n\n"
            "Thanks for the PO! Before I can put it in I need two things:\n\n"
            "1. What shell color do you want on the chairs? The 18\" comes in Navy, Graphite and Chili - the PO just says "
            "\"poly shell\".\n"
            "2. Should this ship to the district warehouse or direct to Lincoln Elementary? If it's the school we'll need a "
            "liftgate and a delivery window.\n\n"
            "Once I have those I can confirm dates and freight.\n\n"
            "Thanks!\nMegan Olson\nCustomer Service | Prairie School Furnishings Co.\n(402) 555-0193")
    alt = gmail_alt(body, "On Mon, Nov 16, 2026 at 1:15 AM Amélie Durand <amelie.durand@halden-group.example> wrote:",
                    request_text([p], "amelie"), "000000000000f1a3c60618d72e95")
    hs = headers(mime.addr("Megan Olson", "orders@prairieschool.example"), buyer_addr("amelie"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-18", "09:31:40", "-0600"),
                 "<CAE6tY2n8pQ4wR0xV7mB3kD9hS1cF5gJ2zL6uA8=Nq4Wm7Bv3eR@mail.gmail.com>",
                 p["request_message_id"], p["request_message_id"])
    msg = mime.message(hs, alt)
    exp = other("needs_review", "Supplier asks two questions (shell colour, ship-to) and confirms nothing yet.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(55, "wind-will-revert-by-friday-de", "de-DE",
      "German reply promising a binding confirmation 'spätestens bis Freitag, 27.11.' - a date that is a promise to answer, not a delivery date.")
def c055():
    sup = ("NORDSEEWS", "Nordsee Windservice GmbH", "service@nordsee-windservice.example", "de-DE")
    p = po("4700235455", sup, "jonas", "2026-11-17", [
        ("WTG-BRK-PAD-YAW", "Yaw brake pad set", 24, "SET", "186.00", "2026-12-11"),
        ("WTG-SLIPRING-2MW", "Slip ring assembly 2 MW", 1, "EA", "7420.00", "2026-12-11"),
    ])
    wd("2026-11-27", "Fri")
    body = ("Sehr geehrter Herr Petrak,\n\n"
            "vielen Dank für Ihre Bestellung 4700235455.\n\n"
            "Die Liefertermine für beide Positionen müssen wir noch mit unserem Werk in Esbjerg abstimmen, insbesondere für den "
            "Schleifring. Wir melden uns spätestens bis Freitag, 27.11., mit einer verbindlichen Auftragsbestätigung.\n\n"
            "Mit freundlichen Grüßen\nTorben Jessen\nNordsee Windservice GmbH | Am Seedeich 12 | 25813 Husum")
    qp, qh = outlook_header_block("de", "Jonas Petrak <jonas.petrak@halden-group.example>", "2026-11-17", "08:15",
                                  "service@nordsee-windservice.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "jonas"), "_000_BEZP281MB3310A1B2C3D4E5F6A7B8C9D0BEZP281MB3310DEUP_",
                      lang_attr="DE")
    hs = headers(mime.addr("Torben Jessen", "service@nordsee-windservice.example"), buyer_addr("jonas"),
                 "AW: " + _req_subject(p), rfc_date("2026-11-19", "11:14:09", "+0100"),
                 "<BEZP281MB3310A1B2C3D4E5F6A7B8C9D0@BEZP281MB3310.DEUP281.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "de-DE")])
    msg = mime.message(hs, alt)
    exp = other("needs_review", "'Wir melden uns bis Freitag, 27.11.' - a promise to confirm later; nothing is committed.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(56, "hvac-week-50-vs-18-december-fr", "fr-FR",
      "French reply that says 'semaine 50, soit le vendredi 18 décembre' - week 50's Friday is 11 December, 18 December is week 51, so the date is contradictory.")
def c056():
    sup = ("CLIMAVENT", "Climavent Distribution SARL", "commandes@climavent.example", "fr-FR")
    p = po("4700235502", sup, "amelie", "2026-11-17", [
        ("GRL-SUP-600x150", "Supply grille 600x150, aluminium", 40, "EA", "31.20", "2026-12-11"),
        ("DCT-FLEX-200-10", "Flexible duct Ø200, 10 m pack", 25, "EA", "46.00", "2026-12-11"),
    ])
    assert week_day(2026, 50) == D("2026-12-11") and D("2026-12-18").isocalendar()[1] == 51
    wd("2026-12-18", "Fri")
    body = ("Bonjour Madame Durand,\n\n"
            "Commande 4700235502 bien reçue, merci.\n\n"
            "Nous vous confirmons la livraison des deux lignes en semaine 50, soit le vendredi 18 décembre, aux prix de votre commande.\n\n"
            "Cordialement,\nSylvie Marchand\nClimavent Distribution SARL - ZA des Bruyères - 78190 Trappes\n01 30 69 44 10")
    qp, qh = outlook_header_block("fr", "Amélie Durand <amelie.durand@halden-group.example>", "2026-11-17", "08:15",
                                  "commandes@climavent.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "amelie"), "_000_PR0P264MB1733E2D1C0B9A8F7E6D5C4B3PR0P264MB1733FRAP_",
                      lang_attr="FR")
    hs = headers(mime.addr("Sylvie Marchand", "commandes@climavent.example"), buyer_addr("amelie"),
                 "RE: " + _req_subject(p), rfc_date("2026-11-20", "16:02:33", "+0100"),
                 "<PR0P264MB1733E2D1C0B9A8F7E6D5C4B3@PR0P264MB1733.FRAP264.PROD.OUTLOOK.COM>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "fr-FR")])
    msg = mime.message(hs, alt)
    exp = other("needs_review",
                "Contradictory date: 'semaine 50' (Friday 2026-12-11 = requested) vs 'vendredi 18 décembre' (week 51). "
                "A buyer has to ask which one holds.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(57, "kitchen-conditional-prepayment-it", "it-IT",
      "Italian reply that states date and prices but makes the confirmation conditional on a 30 % prepayment (4.335,00 €) and waits for our approval ('attendiamo il Vs. benestare').")
def c057():
    sup = ("GCE", "Grandi Cucine Emiliane S.r.l.", "vendite@grandicucine.example", "it-IT")
    p = po("4700235560", sup, "amelie", "2026-11-18", [
        ("KIT-OVEN-DECK-3", "Deck oven, 3 decks, electric", 1, "EA", "11800.00", "2027-01-22"),
        ("KIT-PROOF-16", "Proofer cabinet, 16 trays 600x400", 1, "EA", "2650.00", "2027-01-22"),
    ])
    assert (Decimal("11800") + Decimal("2650")) * Decimal("0.30") == Decimal("4335")
    body = ("Gentile Sig.ra Durand,\n\n"
            "in merito al Vs. ordine 4700235560: possiamo confermarlo con consegna il 22/01/2027 ai prezzi indicati, a condizione "
            "che accettiate il pagamento anticipato del 30% (4.335,00 €) alla conferma e il saldo prima della spedizione, "
            "in quanto il fido assicurativo a Voi assegnato risulta esaurito.\n\n"
            "Attendiamo il Vs. benestare per procedere con la conferma definitiva.\n\n"
            "Distinti saluti\nMarco Ferrari\nGrandi Cucine Emiliane S.r.l. - Via Emilia Ovest 1120 - 41123 Modena")
    qp, qh = outlook_header_block("it", "Amélie Durand <amelie.durand@halden-group.example>", "2026-11-18", "08:15",
                                  "vendite@grandicucine.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "amelie"), "_000_AS2PR08MB9012C3D4E5F6A7B8C9D0E1F2AS2PR08MB9012eurp_",
                      charset="windows-1252", lang_attr="IT")
    hs = headers(mime.addr("Marco Ferrari", "vendite@grandicucine.example"), buyer_addr("amelie"),
                 "R: " + _req_subject(p), rfc_date("2026-11-23", "12:44:51", "+0100"),
                 "<AS2PR08MB9012C3D4E5F6A7B8C9D0E1F2@AS2PR08MB9012.eurprd08.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "it-IT")])
    msg = mime.message(hs, alt)
    exp = other("needs_review",
                "Conditional acceptance: confirmation only if we accept 30 % prepayment; supplier waits for our approval.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(58, "bearings-date-later-iso2022jp", "ja-JP",
      "Japanese ISO-2022-JP reply acknowledging receipt, saying prices follow an earlier quotation dated 11月10日 and that delivery dates will follow next week - no commitment yet; 6320 C3 and 23040 look like numbers.")
def c058():
    sup = ("NSJ", "日本精密軸受株式会社", "kaigai@nihon-seimitsu-jikuuke.example", "ja-JP")
    p = po("4700235611", sup, "priya", "2026-11-18", [
        ("BRG-6320-C3", "Deep groove ball bearing 6320 C3", 10, "EA", "212.00", "2027-01-15"),
        ("BRG-23040-CC-W33", "Spherical roller bearing 23040 CC/W33", 2, "EA", "2980.00", "2027-01-15"),
    ], currency="USD")
    body = ("ハルデン・グループ\nPriya Raman 様\n\n"
            "いつも大変お世話になっております。日本精密軸受の山本です。\n\n"
            "ご注文番号 4700235611（6320 C3 10個、23040 CC/W33 2個）確かに受領いたしました。\n"
            "価格はお見積書（No. Q-2611-087、11月10日付）の通りでございます。\n"
            "納期につきましては、現在メーカーに確認中でございますので、来週中に改めてご連絡いたします。\n\n"
            "今後ともよろしくお願い申し上げます。\n\n"
            "日本精密軸受株式会社 海外営業課\n山本 美咲\nTEL 052-611-4820\n")
    quoted = request_text([p], "priya")
    plain = body + "\n> -----Original Message-----\n" + mime.quote_lines(quoted) + "\n"
    part = mime.text(plain, "plain", "iso-2022-jp", "7bit")
    hs = headers(mime.addr("山本 美咲", "kaigai@nihon-seimitsu-jikuuke.example", "iso-2022-jp"), buyer_addr("priya"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-24", "10:03:27", "+0900"),
                 "<20261124100327.4A71.B3C2D1E0@nihon-seimitsu-jikuuke.example>", p["request_message_id"], p["request_message_id"],
                 extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    msg = mime.message(hs, part)
    exp = other("needs_review",
                "Receipt acknowledged, delivery dates promised for next week, prices only 'per quotation' - nothing to record yet.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(59, "office-vague-before-christmas-sv", "sv-SE",
      "Swedish reply saying 'most of it before Christmas, the rest early January' without saying which line or quantity - a careful buyer cannot record anything.")
def c059():
    sup = ("KONTORSV", "Kontorsvaruhuset Norden AB", "order@kontorsvaruhuset.example", "sv-SE")
    p = po("4700235660", sup, "mara", "2026-11-19", [
        ("OFF-PAPER-A4-80", "Copy paper A4 80 g, 500 sheets", 400, "RM", "4.10", "2026-12-10"),
        ("OFF-BINDER-A4-50", "Ring binder A4, 50 mm", 200, "EA", "1.95", "2026-12-10"),
        ("OFF-HIGHL-4", "Highlighter set, 4 colours", 150, "SET", "3.20", "2026-12-10"),
    ])
    body = ("Hej!\n\n"
            "Tack för beställningen. Det mesta bör vi kunna leverera före jul, resten i början av januari - jag hör av mig när "
            "jag vet mer exakt vad som kommer när.\n\n"
            "Ha en fin dag!\n/Linnea\n\nLinnea Holm | Kontorsvaruhuset Norden AB | 08-555 120 40")
    qp, qh = outlook_header_block("en", "Mara Lindqvist <mara.lindqvist@halden-group.example>", "2026-11-19", "08:15",
                                  "order@kontorsvaruhuset.example", _req_subject(p))
    alt = outlook_alt(body, qp, qh, request_text([p], "mara"), "_000_HE1PR05MB3321B4A3C2D1E0F9A8B7C6D5HE1PR05MB3321eurp_",
                      lang_attr="SV")
    hs = headers(mime.addr("Linnea Holm", "order@kontorsvaruhuset.example"), buyer_addr("mara"),
                 "SV: " + _req_subject(p), rfc_date("2026-11-23", "15:27:03", "+0100"),
                 "<HE1PR05MB3321B4A3C2D1E0F9A8B7C6D5@HE1PR05MB3321.eurprd05.prod.outlook.com>",
                 p["request_message_id"], p["request_message_id"],
                 extra=[("Thread-Topic", _req_subject(p)), ("Content-Language", "sv-SE")])
    msg = mime.message(hs, alt)
    exp = other("needs_review", "Vague: 'det mesta före jul, resten i början av januari' with no line, quantity or date.")
    return [p], msg, exp


# ---------------------------------------------------------------------------
@case(60, "hose-checking-with-factory-br", "pt-BR",
      "Brazilian short reply: order received, availability being checked with the factory, answer promised 'até quarta-feira (25/11)' - the only date is the promised reply date.")
def c060():
    sup = ("CPHIDR", "Conexões Paulista Hidráulica Ltda", "comercial@conexoespaulista.example", "pt-BR")
    p = po("4700235707", sup, "kofi", "2026-11-19", [
        ("HOS-R13-DN19", "Hydraulic hose R13 DN19 (3/4\"), 350 bar", 300, "M", "12.40", "2026-12-18"),
        ("FIT-ORFS-1316-ST", "ORFS fitting 1-3/16\"-12, straight", 120, "EA", "5.10", "2026-12-18"),
    ], currency="USD")
    wd("2026-11-25", "Wed")
    body = ("Oi Kofi, tudo bem?\n\n"
            "Recebemos o pedido 4700235707. Estamos verificando a disponibilidade da mangueira R13 3/4\" com a fábrica e "
            "retornamos até quarta-feira (25/11) com as datas.\n\n"
            "Abs,\nMarcos Oliveira\nConexões Paulista Hidráulica\n(11) 4178-2290")
    alt = gmail_alt(body, "Em qui., 19 de nov. de 2026 às 04:15, Kofi Mensah <kofi.mensah@halden-group.example> escreveu:",
                    request_text([p], "kofi"), "0000000000007e1b4d06190c3f28")
    hs = headers(mime.addr("Marcos Oliveira", "comercial@conexoespaulista.example"), buyer_addr("kofi"),
                 "Re: " + _req_subject(p), rfc_date("2026-11-23", "09:12:55", "-0300"),
                 "<CAF1qZ6w3mT9xB4vR8nK2eY5hD7cS0pJ1gL4uW6=Hy3Qe8Nb2tM@mail.gmail.com>",
                 p["request_message_id"], p["request_message_id"])
    msg = mime.message(hs, alt)
    exp = other("needs_review", "'Estamos verificando ... retornamos até quarta-feira (25/11)' - will revert, no commitment.")
    return [p], msg, exp
