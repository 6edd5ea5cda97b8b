"""Cases 001-020."""
from .common import *  # noqa: F401,F403


# --------------------------------------------------------------------------- 001
@case("001-flour-kg-instead-of-sacks", "de-DE",
      "Quantities restated in kilograms (1.000 kg = 40 sacks of 25 kg, German thousands dot) and one flour type moved three days.")
def c001():
    s = S("RHEINMUEHLE", "Rheinauer Mühlenwerke GmbH", "auftrag@rheinauer-muehle.example", "de-DE")
    p = PO("4500217731", s, "anna", "EUR", "2026-11-09", [
        L(1, "MEH-550-25", "Weizenmehl Type 550, Sack 25 kg", 40, "SACK", "14.80", D("2026-11-24", "Tue")),
        L(2, "MEH-1150-25", "Roggenmehl Type 1150, Sack 25 kg", 16, "SACK", "16.20", "2026-11-24"),
        L(3, "MEH-405-25", "Weizenmehl Type 405, Sack 25 kg", 20, "SACK", "15.40", "2026-11-24"),
    ], sent="2026-11-09 10:12 +0100", req_lang="de", ship_to="bakery")
    body = """Guten Morgen Frau Weber,

vielen Dank für Ihre Bestellung 4500217731 vom 09.11.2026, die wir wie folgt bestätigen:

- Weizenmehl Type 550: 1.000 kg, Lieferung am Dienstag, 24.11.2026
- Roggenmehl Type 1150: 400 kg, ebenfalls am 24.11.2026
- Weizenmehl Type 405: 500 kg - diese Sorte können wir leider erst am Freitag, 27.11.2026 liefern, da die Vermahlung erst in KW 48 eingeplant ist.

Die Preise entsprechen Ihrer Bestellung. Die Ware kommt wie gewohnt auf Europaletten zu je 40 Sack.

Mit freundlichen Grüßen

Jürgen Maier
Vertriebsinnendienst

Rheinauer Mühlenwerke GmbH
Hafenstraße 8 · 68219 Mannheim
Tel. +49 621 8890-214 · Fax +49 621 8890-299
Amtsgericht Mannheim HRB 70123 · Geschäftsführer: Dr. Klaus Rheinauer"""
    eml = reply("001", p, ("Maier, Jürgen", "auftrag@rheinauer-muehle.example"), "2026-11-12 08:47 +0100", body,
                "outlook", charset="windows-1252", html_lang="DE")
    exp = confirmation((p, {1: "acc", 2: "acc", 3: dict(d=D("2026-11-27", "Fri"))}),
                       notes="Quantities are given in kg: 1.000 kg (German thousands separator) = 40 sacks, 400 kg = 16, "
                             "500 kg = 20, so all quantities are as ordered. Type 405 moves to Fri 27.11.; 'KW 48' is only the "
                             "milling week and '40 Sack' per pallet is packing information. Type numbers 550/1150/405 are not quantities.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 002
@case("002-yeast-carton-rounding", "de-AT",
      "Yeast blocks rounded up to full cartons of 20 (130 -> 140) with a best-before date that must not be read as delivery.")
def c002():
    s = S("ALPENHEFE", "Alpenhefe Vertriebs GmbH", "bestellung@alpenhefe.example", "de-AT")
    p = PO("4500217802", s, "anna", "EUR", "2026-11-10", [
        L(1, "HEF-500", "Frischhefe Block 500 g (Karton 20 Blöcke)", 130, "BLK", "1.15", D("2026-11-19", "Thu")),
        L(2, "HEF-TR-500", "Trockenhefe Vakuumbeutel 500 g", 24, "EA", "4.90", "2026-11-19"),
    ], sent="2026-11-10 11:20 +0100", req_lang="de", ship_to="bakery", req_style="list")
    body = """Hallo Frau Weber,

danke für die Bestellung!
Frischhefe geht bei uns nur kartonweise (20 Blöcke/Karton), wir liefern daher 7 Kartons = 140 Blöcke zum selben Preis. Die Trockenhefe, 24 Stk, passt so.

Zustellung beider Positionen am Donnerstag, 19.11., mit unserer Kühltour.
Zur Info: MHD der aktuellen Frischhefe-Charge ist der 08.12.2026.

Liebe Grüße aus Wels
Martina Huber
Alpenhefe Vertriebs GmbH
+43 7242 61 880-12"""
    eml = reply("002", p, ("Martina Huber", "bestellung@alpenhefe.example"), "2026-11-11 16:05 +0100", body, "gmail")
    exp = confirmation((p, {1: dict(q=140), 2: "acc"}),
                       notes="Fresh yeast rounded to 7 cartons x 20 = 140 blocks at the PO price; date '19.11.' without year "
                             "= 2026-11-19 as requested. MHD (best before) 08.12.2026 is not a delivery date.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 003
@case("003-ooo-deputy-german", "de-DE",
      "Outlook out-of-office with a return date and a deputy, threaded on our request.")
def c003():
    s = S("STAPLERTEILE-WEST", "Flurförderteile West GmbH", "k.brandt@ff-west.example", "de-DE")
    p = PO("4500217855", s, "lukas", "EUR", "2026-11-12", [
        L(1, "FL-MAST-RL", "Mastrolle 6309 verstärkt für Jungheinrich ETV 214", 8, "EA", "36.90", "2026-11-30"),
        L(2, "FL-SW-KEY", "Zündschloss mit 2 Schlüsseln", 4, "EA", "18.40", "2026-11-30"),
    ], sent="2026-11-13 07:58 +0100", req_lang="de", ship_to="workshop")
    txt = """Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 27.11.2026, nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meinen Kollegen Stefan Pohl (s.pohl@ff-west.example, Tel. +49 231 47 118-30) oder an unseren Innendienst unter innendienst@ff-west.example.

Thank you for your message. I am out of the office until 27 November 2026 inclusive. For urgent matters please contact Stefan Pohl (s.pohl@ff-west.example).

Mit freundlichen Grüßen
Karin Brandt"""
    html = "<html><body><div style='font-family:Calibri'>" + mail.div_lines(txt) + "</div></body></html>"
    eml = simple("003", mime.addr("Brandt, Karin", s.email), buyer_addr(p), "2026-11-13 07:58 +0100",
                 "Automatische Antwort: " + request_subject(p), txt, html, charset="iso-8859-1",
                 in_reply_to=p.req_id, client="outlook",
                 headers_extra=AUTO + [("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")])
    return [p], eml, other("auto_reply", "Out-of-office auto reply (Auto-Submitted header, 'Automatische Antwort'); 27.11.2026 is the "
                                         "absence end, not a delivery date.")


# --------------------------------------------------------------------------- 004
@case("004-forklift-split-two-dates", "pl-PL",
      "Thunderbird plain text in ISO-8859-2: one line split 1+1 over two dates; '2,2 kW' and '3/4\"' look like numbers.")
def c004():
    s = S("WOZKISERWIS", "Wózki-Serwis Sp. z o.o.", "zamowienia@wozki-serwis.example", "pl-PL")
    p = PO("4500217870", s, "lukas", "EUR", "2026-11-10", [
        L(1, "FL-HF6177", "Hydraulic return filter HF-6177 for Linde H25", 12, "EA", "23.40", D("2026-11-27", "Fri")),
        L(2, "FL-PMP-24V", "Hydraulic pump motor 24V 2.2 kW", 2, "EA", "486.00", "2026-11-27"),
        L(3, "FL-CH-LH1234", "Mast lift chain LH1234 (3/4\" pitch), per metre", 6, "M", "31.75", "2026-11-27"),
    ], sent="2026-11-10 09:31 +0100", ship_to="workshop", req_style="list")
    body = """Dzień dobry,

potwierdzamy zamówienie nr 4500217870:

poz. 1 - filtr hydrauliczny HF-6177, 12 szt., 23,40 EUR/szt., dostawa 27.11.2026
poz. 2 - pompa z silnikiem 24V 2,2 kW: na magazynie mamy 1 szt., która dotrze do Państwa 04.12.2026. Drugą sztukę dostarczymy 18.12.2026 (czekamy na dostawę od producenta). Cena bez zmian, 486,00 EUR/szt.
poz. 3 - łańcuch masztu LH1234, 6 mb, 31,75 EUR/mb, dostawa 27.11.2026

Pozdrawiam
Katarzyna Nowak
Dział Sprzedaży
Wózki-Serwis Sp. z o.o.
ul. Przemysłowa 14, 62-080 Tarnowo Podgórne
tel. +48 61 814 22 07"""
    eml = reply("004", p, ("Katarzyna Nowak", s.email), "2026-11-13 10:12 +0100", body, "thunderbird",
                charset="iso-8859-2", html=False, flowed=True,
                attrib=lambda t: f"W dniu {t.day:02d}.{t.month:02d}.{t.year} o {t.hour:02d}:{t.minute:02d}, Lukas Brenner pisze:")
    exp = confirmation((p, {1: "acc", 2: dict(s=[(1, D("2026-12-04", "Fri")), (1, D("2026-12-18", "Fri"))]), 3: "acc"}),
                       notes="Line 2 is split: 1 pc delivered 04.12.2026, 1 pc 18.12.2026, price unchanged. '24V 2,2 kW', "
                             "'HF-6177', '3/4\"' and the postcode are not quantities or dates.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 005
@case("005-brake-cable-price-per-dozen", "en-US",
      "Price quoted per dozen ($10.80/dz) while the PO is per piece, and a ship date plus a later delivery date in US format.")
def c005():
    s = S("TRICOUNTY", "Tri-County Cycle Supply Inc.", "orders@tricountycycle.example", "en-US")
    p = PO("4500217901", s, "daniel", "USD", "2026-11-06", [
        L(1, "BK-CBL-1520", "Brake cable inner, stainless 1.5 x 2000 mm", 240, "EA", "0.95", D("2026-12-04", "Fri")),
        L(2, "BK-CR-42T", "Chainring 42T 110 BCD, 4-bolt, black", 30, "EA", "18.40", "2026-12-04"),
        L(3, "BK-BB-68", "Bottom bracket BSA 68 mm, square taper 122.5", 20, "EA", "14.25", "2026-12-04"),
    ], sent="2026-11-06 16:20 +0100", ship_to="usa", contact="Kyle")
    body = """Hi Daniel,

Thanks for the PO. All three lines are good to go - ship date 12/1, UPS Ground, so it should land at your Columbus dock 12/4.

One note on the brake cables: we sell those by the dozen now, $10.80/dz, so your 240 pcs = 20 dz. Chainrings and BBs at your PO price.

Thanks,
Kyle Brandvold
Tri-County Cycle Supply Inc.
(608) 555-0187"""
    eml = reply("005", p, ("Kyle Brandvold", s.email), "2026-11-09 13:47 -0600", body, "gmail")
    exp = confirmation((p, {1: dict(p="0.90"), 2: "acc", 3: "acc"}),
                       notes="$10.80 per dozen = 0.90 per piece. Ship 12/1, delivery 12/4 -> delivery date 2026-12-04 wins "
                             "(= requested). '1.5 x 2000 mm', '42T 110 BCD', '122.5' are specs.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 006
@case("006-extinguishers-finnish-english", "fi-FI",
      "Finnish text followed by an English translation that agree: all lines at PO price, delivery moved to Tue 8.12.2026.")
def c006():
    s = S("PALOSUOJA", "Palosuoja Nordic Oy", "myynti@palosuoja.example", "fi-FI")
    p = PO("4500217934", s, "jonas", "EUR", "2026-11-11", [
        L(1, "FE-PW6-43A", "Powder extinguisher 6 kg, 43A 233B C", 20, "EA", "42.50", D("2026-12-04", "Fri")),
        L(2, "FE-SK-PW6", "Service kit for 6 kg powder extinguisher (seal, valve O-ring, safety pin)", 20, "EA", "7.90", "2026-12-04"),
        L(3, "FE-CO2-5", "CO2 extinguisher 5 kg, 89B", 6, "EA", "96.00", "2026-12-04"),
    ], sent="2026-11-11 13:05 +0100", ship_to="facilities")
    body = """Hei Jonas,

kiitos tilauksesta 4500217934. Vahvistamme tilauksen seuraavasti:

- Jauhesammutin 6 kg 43A 233B C, 20 kpl à 42,50 €
- Huoltosarja 6 kg jauhesammuttimelle, 20 kpl à 7,90 €
- Hiilidioksidisammutin 5 kg 89B, 6 kpl à 96,00 €

Toimitus kaikille riveille tiistaina 8.12.2026. Toivomanne 4.12. ei valitettavasti onnistu.

---

In English:
Hi Jonas, thank you for order 4500217934. We confirm all three lines at your prices: 20 pcs powder extinguisher 6 kg, 20 pcs service kit, 6 pcs CO2 5 kg. Delivery for all lines on Tuesday 8 December 2026 - your requested date of 4 December is unfortunately not possible.

Ystävällisin terveisin / Best regards
Aino Virtanen
Palosuoja Nordic Oy | Teollisuustie 7, 01510 Vantaa
puh. +358 9 4257 310"""
    eml = reply("006", p, ("Aino Virtanen", s.email), "2026-11-12 14:30 +0200", body, "outlook", html_lang="FI")
    d = D("2026-12-08", "Tue")
    exp = confirmation((p, {1: dict(d=d), 2: dict(d=d), 3: dict(d=d)}),
                       notes="Two language versions agree: every line at the PO price, delivery 8.12.2026 instead of 4.12. "
                             "'43A 233B C' and '89B' are fire ratings.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 007
@case("007-dental-tips-price-per-100", "it-IT",
      "Apple Mail reply quoting a price per 100 pieces (EUR 4,20 / 100) for a line ordered per piece.")
def c007():
    s = S("BONETTI", "Dentalforniture Bonetti S.r.l.", "ordini@bonetti-dental.example", "it-IT")
    p = PO("4500217960", s, "sofia", "EUR", "2026-11-12", [
        L(1, "DN-SUC-150", "Cannule di aspirazione monouso, 150 mm", 2000, "EA", "0.045", D("2026-11-30", "Mon")),
        L(2, "DN-NDL-30G", "Aghi dentali 30G corti 0,3 x 21 mm, box of 100", 20, "BOX", "9.80", "2026-11-30"),
        L(3, "DN-BIB-3345", "Bavaglini monouso 33x45 cm, 3 veli, box of 50", 40, "BOX", "3.60", "2026-11-30"),
    ], sent="2026-11-12 15:04 +0100", ship_to="care")
    body = """Gentile Sig.ra Marchetti,

confermiamo l'ordine n. 4500217960 del 12/11/2026:

- Cannule di aspirazione 150 mm: 2.000 pz. Prezzo aggiornato da listino 2026/2: € 4,20 ogni 100 pezzi.
- Aghi 30G 0,3x21: 20 confezioni a € 9,80.
- Bavaglini 33x45: 40 confezioni a € 3,60.

Consegna di tutto il materiale lunedì 30 novembre, tramite corriere BRT.

Cordiali saluti

Chiara Rinaldi
Ufficio Commerciale
Dentalforniture Bonetti S.r.l. - Via dell'Artigianato 22, 40057 Granarolo dell'Emilia (BO)
Tel. 051 605 4411"""
    eml = reply("007", p, ("Chiara Rinaldi", s.email), "2026-11-16 09:22 +0100", body, "apple",
                attrib=lambda t: f"Il giorno {t.day} nov {t.year}, alle ore {t.hour:02d}:{t.minute:02d}, Sofia Marchetti <{p.buyer.email}> ha scritto:")
    exp = confirmation((p, {1: dict(p="0.042"), 2: "acc", 3: "acc"}),
                       notes="EUR 4,20 per 100 pcs = 0.042 per piece (PO 0.045). 'lunedì 30 novembre' = 2026-11-30. "
                             "'2026/2' is a price-list number; 0,3x21 and 33x45 are sizes.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 008
@case("008-irrigation-coils-split", "es-ES",
      "Spanish Outlook reply splitting coils 18 + 6 over two dd/mm dates without year; '3/4\" BSP' must not read as a date.")
def c008():
    s = S("RIEGOSEBRO", "Riegos del Ebro S.L.", "pedidos@riegosebro.example", "es-ES")
    p = PO("4500217988", s, "tomas", "EUR", "2026-11-13", [
        L(1, "IR-HOSE16", "PE drip hose 16 mm, coil 50 m", 24, "COIL", "19.00", D("2026-11-30", "Mon")),
        L(2, "IR-FIT16-ST", "Straight connector 16 mm, bag of 25", 40, "BAG", "6.50", "2026-11-30"),
        L(3, "IR-FIT-34BSP", "Adapter 16 mm x 3/4\" BSP male, bag of 25", 10, "BAG", "11.20", "2026-11-30"),
    ], sent="2026-11-13 12:02 +0000", ship_to="grounds")
    body = """Buenos días Tomás:

Le confirmamos su pedido 4500217988.

- Tubería PE 16 mm en rollos de 50 m: tenemos 18 rollos en stock, que le entregamos el 30/11; los 6 rollos restantes llegarán el 14/12.
- Manguitos rectos 16 mm (bolsas de 25 uds.): 40 bolsas, entrega 30/11.
- Adaptadores 16 mm x 3/4" BSP macho: 10 bolsas, entrega 30/11.

Precios según pedido.

Un saludo,

Javier Lacasa
Departamento Comercial
Riegos del Ebro S.L. | Pol. Ind. La Cartuja, nave 9 | 50720 Zaragoza
Tel. 976 50 31 18"""
    eml = reply("008", p, ("Javier Lacasa", s.email), "2026-11-17 12:40 +0100", body, "outlook", html_lang="ES",
                sep="line")
    exp = confirmation((p, {1: dict(s=[(18, "2026-11-30"), (6, D("2026-12-14", "Mon"))]), 2: "acc", 3: "acc"}),
                       notes="Line 1 split 18 coils 30/11 + 6 coils 14/12 (no year -> 2026). Lines 2 and 3 as ordered. "
                             "'3/4\" BSP' and 'nave 9' are not dates or quantities.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 009
@case("009-excipient-drum-rounding-coa", "en-IE",
      "MCC rounded up to full 50 kg drums and a later delivery day, with lot, manufacture, retest and CoA dates in the text.")
def c009():
    s = S("SHANNONEX", "Shannon Excipients Ltd", "orders@shannon-excipients.example", "en-IE")
    p = PO("4500218010", s, "priya", "EUR", "2026-11-10", [
        L(1, "EX-MCC-102", "Microcrystalline cellulose PH-102, Ph.Eur./USP-NF", 480, "KG", "4.20", D("2026-12-01", "Tue")),
        L(2, "EX-MGST", "Magnesium stearate, vegetable, Ph.Eur.", 25, "KG", "11.80", "2026-12-01"),
    ], sent="2026-11-10 14:40 +0100", ship_to="pharma")
    body = """Hi Priya,

Thanks for PO 4500218010, confirmed as follows:

Line 1, MCC PH-102: this grade ships in 50 kg fibre drums only, so we've rounded up to 500 kg (10 drums) at EUR 4.20/kg.
Line 2, Magnesium stearate: 25 kg (1 bag), EUR 11.80/kg.

Both lines will be delivered on Thursday 3rd December - apologies, we can't make the 1st as the drums need to be released by QA first.

Batch details for your QA team:
MCC lot 2610-044, manufactured 02/10/2026, retest date 01/10/2028
Mg stearate lot MS-26-1187, CoA dated 12/11/2026

Kind regards,
Niamh O'Sullivan
Customer Service | Shannon Excipients Ltd
Unit 4, Smithstown Industrial Estate, Shannon, Co. Clare, V14 XR60"""
    eml = reply("009", p, ("Niamh O'Sullivan", s.email), "2026-11-18 11:05 +0000", body, "outlook", sep="line")
    d = D("2026-12-03", "Thu")
    exp = confirmation((p, {1: dict(q=500, d=d), 2: dict(d=d)}),
                       notes="MCC rounded 480 -> 500 kg (10 x 50 kg drums); both lines delivered Thu 3 Dec instead of 1 Dec. "
                             "Lot, manufacture (02/10/2026), retest (01/10/2028) and CoA (12/11/2026) dates are not delivery dates.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 010
@case("010-weekday-date-mismatch", "en-GB",
      "Gmail reply promising 'Thursday 9th December' although 9 December 2026 is a Wednesday.")
def c010():
    s = S("MIDBEAR", "Midland Bearing Services Ltd", "sales@midlandbearings.example", "en-GB")
    p = PO("4500218033", s, "tomas", "GBP", "2026-11-12", [
        L(1, "BR-6205-2RS", "Deep groove ball bearing 6205-2RS C3", 50, "EA", "3.10", D("2026-12-04", "Fri")),
        L(2, "BR-32208", "Taper roller bearing 32208 J2/Q", 10, "EA", "21.60", "2026-12-04"),
    ], sent="2026-11-12 09:45 +0000", ship_to="grounds")
    D("2026-12-09", "Wed")
    D("2026-12-10", "Thu")
    body = """Hi Tomás,

All in stock, prices as per your order. Afraid we can't do the 4th as our Leicester run is full that week, but we can get both lines to you on Thursday 9th December.

Cheers,
Gareth Pryce
Midland Bearing Services Ltd
0116 555 0321"""
    eml = reply("010", p, ("Gareth Pryce", s.email), "2026-11-19 15:12 +0000", body, "gmail")
    return [p], eml, other("needs_review",
                           "'Thursday 9th December': 9 Dec 2026 is a Wednesday, 10 Dec is the Thursday. The committed date "
                           "cannot be determined without asking, although prices and quantities are accepted.")


# --------------------------------------------------------------------------- 011
@case("011-bearings-carton-of-10-discontinued", "sv-SE",
      "Swedish Apple Mail: quantity rounded to cartons of 10, one bearing discontinued, delivery given as 'vecka 49'.")
def c011():
    s = S("GBGLAGER", "Göteborgs Lager & Transmission AB", "order@gbglager.example", "sv-SE")
    p = PO("4500218061", s, "jonas", "EUR", "2026-11-16", [
        L(1, "BR-6204-2RS", "Deep groove ball bearing 6204-2RS C3, box of 10", 95, "EA", "2.35", D("2026-12-04", "Fri")),
        L(2, "BR-22210E", "Spherical roller bearing 22210 E", 4, "EA", "68.00", "2026-12-04"),
        L(3, "BR-NU206", "Cylindrical roller bearing NU 206 ECP", 6, "EA", "24.90", "2026-12-04"),
    ], sent="2026-11-16 14:05 +0100", ship_to="facilities")
    body = """Hej Jonas,

tack för beställningen. Vi bekräftar:

Rad 1: 6204-2RS C3 säljs endast i kartonger om 10 st, vi levererar därför 100 st à 2,35 EUR.
Rad 2: 22210 E har utgått ur tillverkarens sortiment och kan tyvärr inte levereras. Ersättaren 22210 EK har konisk borrning och passar troligen inte er applikation, så vi har strukit raden.
Rad 3: NU 206 ECP, 6 st à 24,90 EUR.

Leverans vecka 49.

Med vänliga hälsningar
Erik Sandberg
Göteborgs Lager & Transmission AB
Importgatan 12, 422 46 Hisings Backa"""
    eml = reply("011", p, ("Erik Sandberg", s.email), "2026-11-17 09:58 +0100", body, "apple",
                attrib=lambda t: f"{t.day} nov. {t.year} kl. {t.hour:02d}:{t.minute:02d} skrev Jonas Lindqvist <{p.buyer.email}>:")
    assert kw(2026, 49) == "2026-12-04"
    exp = confirmation((p, {1: dict(q=100), 2: "rej", 3: "acc"}),
                       notes="Week 49 without a day = Friday 2026-12-04 = requested date. Line 1 rounded 95 -> 100 (cartons of 10); "
                             "line 2 discontinued (rejected, substitute not offered); line 3 as ordered.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 012
@case("012-furniture-erp-pdf", "de-DE",
      "ERP mail with a PDF order confirmation: own positions 10/20/30, own item codes, KW delivery weeks, a price change and a back order.")
def c012():
    s = S("HOLLENSTEIN", "Büromöbel Hollenstein GmbH", "auftragsbestaetigung@hollenstein-moebel.example", "de-DE")
    p = PO("4500218100", s, "lukas", "EUR", "2026-11-13", [
        L(1, "OF-DESK-1680", "Schreibtisch 160x80 cm, Dekor Ahorn, höhenverstellbar 68-82 cm", 12, "EA", "289.00", D("2026-12-11", "Fri")),
        L(2, "OF-CHAIR-ERG", "Bürodrehstuhl ergonomisch, Synchronmechanik, schwarz", 12, "EA", "195.00", "2026-12-11"),
        L(3, "OF-CONT-3", "Rollcontainer 3 Schübe + Utensilienschub, flat-packed", 12, "EA", "119.00", "2026-12-11"),
    ], sent="2026-11-13 15:30 +0100", req_lang="de", ship_to="workshop")
    sh = Sheet()
    sh.text("Büromöbel Hollenstein GmbH", size=14, bold=True, dy=14)
    sh.text("Gewerbering 31 · 33378 Rheda-Wiedenbrück · Tel. 05242 9310-0", size=8, dy=30)
    sh.text("Castellan Logistics, Werkstatt Halle 2, Am Hafen 21, 28217 Bremen", size=9, dy=28)
    sh.text("AUFTRAGSBESTÄTIGUNG", size=13, bold=True, dy=18)
    for a, b in [("AB-Nr.:", "7012345"), ("AB-Datum:", "16.11.2026"), ("Kunden-Nr.:", "40887"),
                 ("Ihre Bestellung:", "4500218100 vom 13.11.2026"), ("Ihr Zeichen:", "Herr Brenner"),
                 ("Lieferbedingung:", "frei Haus"), ("Zahlungsbedingung:", "14 Tage 2 % Skonto, 30 Tage netto")]:
        sh.row([(50, a), (150, b)], size=9, dy=12)
    sh.gap(10)
    cols = [50, 78, 150, 232, 388, 420, 445, 493]
    sh.row(list(zip(cols, ["Pos.", "Artikel", "Ihre Art.-Nr.", "Bezeichnung", "Menge", "ME", "Preis/ME", "Liefertermin"])), bold=True, dy=4)
    sh.rule().gap(10)
    rows = [
        ["10", "HM-ST1680-AH", "OF-DESK-1680", "Schreibtisch 160x80, Ahorn", "12", "Stk", "289,00", "KW 50/2026"],
        ["20", "HM-DS-ERGO-S", "OF-CHAIR-ERG", "Bürodrehstuhl ergonomisch", "12", "Stk", "199,00", "KW 50/2026"],
        ["", "", "", "Preisanpassung Synchronmechanik lt. Hersteller", "", "", "", ""],
        ["30", "HM-RC3U", "OF-CONT-3", "Rollcontainer 3+1 Schübe", "8", "Stk", "119,00", "KW 50/2026"],
        ["", "", "", "Restmenge (Rückstand)", "4", "Stk", "119,00", "KW 02/2027"],
    ]
    for r in rows:
        sh.row(list(zip(cols, r)), size=8, dy=13)
    sh.rule().gap(6)
    sh.row([(232, "Summe netto"), (445, "7.284,00 EUR")], size=9, dy=12)
    sh.row([(232, "zzgl. 19 % MwSt."), (445, "1.383,96 EUR")], size=9, dy=12)
    sh.row([(232, "Gesamtbetrag"), (445, "8.667,96 EUR")], size=9, bold=True, dy=24)
    sh.text("Liefertermine verstehen sich als Anlieferwoche beim Kunden.", size=8, dy=11)
    sh.text("Es gelten unsere Allgemeinen Verkaufsbedingungen, Stand 01.01.2026.", size=8, dy=11)
    pdf = make_pdf([sh.ops], title="AB 7012345", producer="proALPHA Belegdruck", created="D:20261116060144+01'00'")
    body = """Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Auftragsbestätigung 7012345 zu Ihrer Bestellung 4500218100.
Bitte prüfen Sie die Angaben und teilen Sie uns Abweichungen innerhalb von 3 Werktagen mit.

Diese E-Mail wurde automatisch erzeugt. Bei Fragen wenden Sie sich bitte an vertrieb@hollenstein-moebel.example.

Büromöbel Hollenstein GmbH · Gewerbering 31 · 33378 Rheda-Wiedenbrück"""
    eml = simple("012", mime.addr("Hollenstein Auftragsbestätigung", s.email), buyer_addr(p), "2026-11-16 06:02 +0100",
                 "Auftragsbestätigung 7012345 zu Ihrer Bestellung 4500218100", body, None, charset="iso-8859-1",
                 attachments=[mime.attachment(pdf, "application/pdf", "AB_7012345.pdf")])
    assert kw(2026, 50) == "2026-12-11" and kw(2027, 2) == "2027-01-15"
    exp = confirmation((p, {1: "acc", 2: dict(p="199.00"), 3: dict(s=[(8, "2026-12-11"), (4, "2027-01-15")])}),
                       notes="PDF positions 10/20/30 map to PO lines 1/2/3 via 'Ihre Art.-Nr.'. KW 50/2026 = Fri 2026-12-11 "
                             "(requested), KW 02/2027 = Fri 2027-01-15. Chair price 199,00 instead of 195,00; container 8 + 4 back order. "
                             "AB date, order date and AGB date are not delivery dates.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 013
@case("013-bounce-postfix-user-unknown", "en-US",
      "Postfix DSN (multipart/report) for a mistyped supplier address, returning our request headers.")
def c013():
    s = S("PCMOTORS", "Pacific Coast Motors & Drives", "sales@pcmotors.example", "en-US")
    p = PO("4500218122", s, "daniel", "USD", "2026-11-16", [
        L(1, "EM-3HP-182T", "Motor 2.2 kW (3 HP), 1800 RPM, TEFC, 182T frame, 230/460 V", 3, "EA", "402.00", "2026-12-14"),
    ], sent="2026-11-17 08:03 +0100", ship_to="usa")
    expl = """This is the mail system at host mail.castellan-group.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<sales@pcmotors.example>: host mx1.pcmotors.example[203.0.113.25] said: 550
    5.1.1 <sales@pcmotors.example>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)"""
    ds = mime.delivery_status(
        [("Reporting-MTA", "dns; mail.castellan-group.example"), ("X-Postfix-Queue-ID", "4Rk7Yq0c3Qz9vBt"),
         ("X-Postfix-Sender", "rfc822; daniel.okafor@castellan-group.example"),
         ("Arrival-Date", "Tue, 17 Nov 2026 08:03:12 +0100 (CET)")],
        [[("Final-Recipient", "rfc822; sales@pcmotors.example"), ("Original-Recipient", "rfc822;sales@pcmotors.example"),
          ("Action", "failed"), ("Status", "5.1.1"), ("Remote-MTA", "dns; mx1.pcmotors.example"),
          ("Diagnostic-Code", "smtp; 550 5.1.1 <sales@pcmotors.example>: Recipient address rejected: User unknown in virtual mailbox table")]])
    root = mime.multipart("report", [
        mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], expl.encode()),
        mime.Part([("Content-Description", "Delivery report")] + ds.headers, ds.body),
        mime.Part([("Content-Description", "Undelivered Message Headers")] + mime.rfc822_headers("").headers,
                  request_headers(p, "Received: by mail.castellan-group.example (Postfix, from userid 1004)\n\tid 4Rk7Yq0c3Qz9vBt; Tue, 17 Nov 2026 08:03:12 +0100 (CET)").encode()),
    ], "4Rk7Yq0c3Qz9vBt.1794906193/mail.castellan-group.example", extra_params="; report-type=delivery-status")
    eml = mime.message([("From", "MAILER-DAEMON@mail.castellan-group.example (Mail Delivery System)"),
                        ("To", p.buyer.email), ("Subject", "Undelivered Mail Returned to Sender"),
                        ("Date", "Tue, 17 Nov 2026 08:03:14 +0100"),
                        ("Message-ID", "<20261117070314.6C1D2E3F40@mail.castellan-group.example>"),
                        ("Auto-Submitted", "auto-replied")], root)
    return [p], eml, other("bounce", "Postfix DSN, 5.1.1 user unknown for the supplier address; the returned headers carry the PO number.")


# --------------------------------------------------------------------------- 014
@case("014-adhesive-pail-price-per-kg", "fr-FR",
      "Thunderbird 8bit French reply: cartridges confirmed as 20 cartons of 12, pail price restated per kg (13,60 EUR/kg x 20 kg).")
def c014():
    s = S("CMI", "Colles & Mastics Industriels SAS", "adv@cmi-colles.example", "fr-FR")
    p = PO("4500218140", s, "claire", "EUR", "2026-11-16", [
        L(1, "AD-PU40-310", "Polyurethane sealant PU 40, grey, cartridge 310 ml", 240, "EA", "4.10", D("2026-12-15", "Tue")),
        L(2, "AD-EPX-20", "Two-component epoxy adhesive, pail 20 kg", 6, "PAIL", "265.00", "2026-12-15"),
    ], sent="2026-11-16 16:42 +0100", ship_to="facilities")
    body = """Bonjour Madame Dubois,

Nous accusons réception de votre commande n° 4500218140 et vous la confirmons :

- Mastic PU 40 gris, cartouche 310 ml : 240 pièces (20 cartons de 12), 4,10 € HT la pièce ;
- Colle époxy bi-composant, seau de 20 kg : 6 seaux. Suite à la hausse des résines, notre prix est désormais de 13,60 € HT le kg.

Livraison le mardi 15 décembre pour l'ensemble de la commande.

Bien cordialement,

--
Isabelle Moreau
Administration des ventes
Colles & Mastics Industriels SAS
ZI des Bruyères - 69330 Meyzieu
Tél. 04 72 45 18 60"""
    eml = reply("014", p, ("Isabelle Moreau", s.email), "2026-11-18 17:21 +0100", body, "thunderbird", html=False,
                cte="8bit", attrib=lambda t: f"Le {t.day:02d}/{t.month:02d}/{t.year} à {t.hour:02d}:{t.minute:02d}, Claire Dubois a écrit :")
    exp = confirmation((p, {1: "acc", 2: dict(p="272.00")}),
                       notes="Epoxy price now 13,60 EUR/kg; the PO unit is a 20 kg pail -> 272.00 per pail. Cartridges 20 x 12 = 240 "
                             "as ordered. 'mardi 15 décembre' = 2026-12-15 (a Tuesday).")
    return [p], eml, exp


# --------------------------------------------------------------------------- 015
@case("015-gravel-loads-split", "en-GB",
      "Terse Outlook-for-iOS reply in 20 t loads: sand as ordered, gravel split over two days; '0/4 mm' and '10/20' look like dates.")
def c015():
    s = S("TRENTAGG", "Trentside Aggregates Ltd", "orders@trentside-aggregates.example", "en-GB")
    p = PO("4500218171", s, "tomas", "GBP", "2026-11-18", [
        L(1, "AG-SAND-SH", "Sharp sand, washed, 0/4 mm", 60, "T", "21.50", D("2026-11-30", "Mon")),
        L(2, "AG-GRV-20", "Clean gravel 20 mm (10/20)", 80, "T", "24.00", D("2026-12-01", "Tue")),
    ], sent="2026-11-18 16:10 +0000", ship_to="grounds")
    body = """Morning Tomás,

Sand - 3 x 20t loads Mon 30th.
Gravel - 2 x 20t Tue 1st Dec and 2 x 20t Thu 3rd Dec, quarry can't load all 4 the one day.
Prices as your PO.

Rob

Get Outlook for iOS"""
    eml = reply("015", p, ("Rob Haskins", s.email), "2026-11-19 07:15 +0000", body, "outlook", html_lang="EN-GB")
    exp = confirmation((p, {1: "acc", 2: dict(s=[(40, "2026-12-01"), (40, D("2026-12-03", "Thu"))])}),
                       notes="Sand 3 x 20 t = 60 t on Mon 30 Nov (as ordered). Gravel 40 t on 1 Dec and 40 t on 3 Dec. "
                             "'0/4 mm' and '10/20' are grading sizes, not dates.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 016
@case("016-led-reels-chinese-gb2312", "zh-CN",
      "GB2312/base64 Chinese reply: strip rounded to whole 5 m reels (425 m), only a ship date (出货) and payment terms in days.")
def c016():
    s = S("GYLIGHT", "Shenzhen Guangyuan Lighting Technology Co., Ltd.", "sales@gy-lighting.example", "zh-CN")
    p = PO("4500218190", s, "daniel", "USD", "2026-11-12", [
        L(1, "LED-24V-144-40K", "LED strip 24V 14.4W/m 4000K IP20, reel 5 m", 420, "M", "2.10", D("2026-12-18", "Fri")),
        L(2, "LED-ALU-2M", "Aluminium profile for LED strip, 2 m, with opal cover", 200, "EA", "1.35", "2026-12-18"),
    ], sent="2026-11-12 10:00 +0100", ship_to="usa", contact="Lily")
    body = """Daniel 您好，

感谢您的订单 4500218190，确认如下：

1. LED灯带 24V 14.4W/m 4000K IP20：按整卷发货，每卷5米，共85卷，即425米，单价USD 2.10/米不变。
2. LED铝槽 2米（带乳白罩）：200支，单价USD 1.35。

交期：2026年12月18日出货。
付款方式：T/T 30天。

祝好！

王丽 Lily Wang
销售部
深圳市光源照明科技有限公司
电话：+86 755 2860 1234"""
    eml = reply("016", p, ("Lily Wang", s.email), "2026-11-20 10:32 +0800", body, "outlook", charset="gb2312",
                cte="base64", html_lang="ZH-CN")
    exp = confirmation((p, {1: dict(q=425), 2: "acc"}),
                       notes="Strip sold in whole 5 m reels: 85 reels = 425 m at the same price per metre. Only a ship date "
                             "(2026年12月18日出货) is given, so the date is 2026-12-18 (= requested). 'T/T 30天' is payment terms; "
                             "24V/14.4W/m/4000K are specs.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 017
@case("017-newsletter-irrigation", "nl-NL",
      "Supplier newsletter (winter promotion, holiday opening hours) from the same company as an open PO.")
def c017():
    s = S("TUINWATER", "Tuinwater Nederland B.V.", "orders@tuinwater.example", "nl-NL")
    p = PO("4500218205", s, "jonas", "EUR", "2026-11-17", [
        L(1, "IR-DRIP-KIT", "Drip irrigation starter kit 25 plants", 20, "EA", "34.90", "2026-12-07"),
        L(2, "IR-TIMER-BT", "Tap timer with Bluetooth, 3/4\"", 15, "EA", "29.50", "2026-12-07"),
    ], sent="2026-11-17 11:00 +0100", ship_to="facilities")
    txt = """Tuinwater Nieuwsbrief - november 2026

Winteractie: 15% korting op alle druppelslangen en koppelingen
Bestel vóór 31 januari 2027 en profiteer van 15% korting op ons complete assortiment druppelslangen (16 mm en 20 mm, rollen van 50 m en 100 m) en koppelingen in zakken van 25 stuks. Gebruik de actiecode WINTER27.

Nieuw in ons assortiment: de Bluetooth-kraantimer TW-300 met app-bediening.

Openingstijden rond de feestdagen
Onze orderdesk is gesloten van donderdag 24 december t/m vrijdag 1 januari 2027. Bestellingen die na 18 december binnenkomen, worden vanaf maandag 4 januari verwerkt.

Tuinwater Nederland B.V. · Industrieweg 14 · 2712 LB Zoetermeer
U ontvangt deze e-mail omdat u klant bent bij Tuinwater. Afmelden: https://tuinwater.example/afmelden"""
    html = ("<html><body style='font-family:Arial'><table width='600' align='center'><tr><td>"
            "<h1 style='color:#2a7a3b'>Tuinwater Nieuwsbrief - november 2026</h1>"
            + "".join(f"<p>{mail.esc(x)}</p>" for x in txt.split("\n\n")[1:]) + "</td></tr></table></body></html>")
    eml = simple("017", "Tuinwater Nederland <nieuwsbrief@tuinwater.example>", p.buyer.email, "2026-11-19 06:30 +0100",
                 "Winteractie: 15% korting op druppelslangen | Tuinwater nieuwsbrief november", txt, html,
                 headers_extra=[("List-Unsubscribe", "<https://tuinwater.example/afmelden?u=7731c2>, <mailto:afmelden@tuinwater.example>"),
                                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                                ("List-Id", "Tuinwater nieuwsbrief <nieuwsbrief.tuinwater.example>")])
    return [p], eml, other("unrelated", "Marketing newsletter (List-Unsubscribe, Precedence: bulk) from the supplier of an open PO; "
                                        "promotion and closure dates are not about PO 4500218205.")


# --------------------------------------------------------------------------- 018
@case("018-paper-towels-full-pallets", "nl-BE",
      "Flemish reply rounding packs down to full pallets (36 packs per pallet -> 144) with a conditional remark that does not change the commitment.")
def c018():
    s = S("HYGDEPOT", "Hygiëne Depot Vlaanderen BV", "verkoop@hygienedepot.example", "nl-BE")
    p = PO("4500218230", s, "lukas", "EUR", "2026-11-17", [
        L(1, "PT-ROLL-2L", "Paper hand towel rolls 2-ply, 150 m, pack of 6", 150, "PACK", "11.40", D("2026-12-10", "Thu")),
        L(2, "PT-TP-JMB", "Toilet paper jumbo 2-ply 380 m, pack of 6", 72, "PACK", "13.20", "2026-12-10"),
    ], sent="2026-11-17 10:25 +0100", ship_to="facilities")
    body = """Goedemorgen Lukas,

Bedankt voor uw bestelling 4500218230.

De handdoekrollen leveren wij enkel per volle pallet (36 pakken van 6 rollen). Wij leveren daarom 4 paletten = 144 pakken. Indien u toch 150 pakken wenst, moet het restant apart verstuurd worden met extra vrachtkosten; wij gaan dus uit van 144 pakken.
Toiletpapier jumbo: 72 pakken (2 paletten), zoals besteld.

Prijzen conform uw bestelling. Levering op donderdag 10 december.

Met vriendelijke groeten,
Sofie Peeters
Binnendienst
Hygiëne Depot Vlaanderen BV - Kanaalstraat 112 - 8500 Kortrijk
BTW BE 0456.789.123"""
    eml = reply("018", p, ("Sofie Peeters", s.email), "2026-11-23 11:48 +0100", body, "outlook", html_lang="NL-BE",
                lang="nl-BE")
    exp = confirmation((p, {1: dict(q=144), 2: "acc"}),
                       notes="Hand towels rounded down to 4 full pallets x 36 = 144 packs; the supplier states it assumes 144. "
                             "Toilet paper as ordered. Delivery Thu 10 Dec = requested.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 019
@case("019-pipes-whole-bars-czech", "cs-CZ",
      "Czech Outlook reply in ISO-8859-2: tube metres rounded to whole 6 m bars (34 bars = 204 m), EN standard numbers nearby.")
def c019():
    s = S("OCELSERVIS", "Ocelservis Ostrava s.r.o.", "obchod@ocelservis.example", "cs-CZ")
    p = PO("4500218255", s, "mira", "EUR", "2026-11-18", [
        L(1, "PP-P235-483", "Seamless steel tube 48.3 x 3.2 mm, EN 10216-2 P235GH, 6 m lengths", 200, "M", "8.90", D("2026-12-11", "Fri")),
        L(2, "PP-EL90-483", "Elbow 90 deg 48.3 x 3.2 mm, EN 10253-2", 40, "EA", "3.20", "2026-12-11"),
    ], sent="2026-11-18 09:12 +0100", ship_to="workshop")
    body = """Dobrý den, paní Novak,

potvrzujeme Vaši objednávku č. 4500218255:

1) Trubka bezešvá 48,3 x 3,2 mm P235GH - dodáváme pouze v celých tyčích po 6 m, tj. 34 tyčí = 204 m, cena 8,90 EUR/m.
2) Koleno 90° 48,3 x 3,2 mm - 40 ks á 3,20 EUR.

Termín dodání: 11. 12. 2026.
Atest 3.1 dle EN 10204 bude přiložen k dodávce.

S pozdravem

Petr Dvořák
obchodní oddělení
Ocelservis Ostrava s.r.o., Mostní 1204/3, 709 00 Ostrava
tel. +420 596 612 480"""
    eml = reply("019", p, ("Petr Dvořák", s.email), "2026-11-19 13:20 +0100", body, "outlook", charset="iso-8859-2",
                html_lang="CS")
    exp = confirmation((p, {1: dict(q=204), 2: "acc"}),
                       notes="200 m rounded up to 34 bars x 6 m = 204 m at the same price per metre. Date '11. 12. 2026' (Czech spacing). "
                             "EN 10216-2, EN 10204 3.1 and 48,3 x 3,2 are not dates or quantities.")
    return [p], eml, exp


# --------------------------------------------------------------------------- 020
@case("020-motors-lead-time-weeks", "tr-TR",
      "Turkish reply giving lead times of 6 and 8 weeks counted from the order date 09.11.2026; kW ratings in descriptions.")
def c020():
    s = S("ANADOLUMOTOR", "Anadolu Elektrik Motorları A.Ş.", "satis@anadolumotor.example", "tr-TR")
    p = PO("4500218270", s, "lukas", "EUR", D("2026-11-09", "Mon"), [
        L(1, "EM-7K5-4P", "Electric motor 7.5 kW, 4-pole, IE3, B3, 400/690 V", 4, "EA", "612.00", D("2026-12-14", "Mon")),
        L(2, "EM-11K-4P", "Electric motor 11 kW, 4-pole, IE3, B35, 400/690 V", 2, "EA", "845.00", "2026-12-14"),
    ], sent="2026-11-09 16:40 +0100", ship_to="workshop")
    body = """Sayın Lukas Bey,

09.11.2026 tarihli 4500218270 numaralı siparişinizi teşekkürle aldık ve onaylıyoruz.

- 7,5 kW 4 kutuplu IE3 B3 motor, 4 adet, birim fiyat 612,00 EUR: teslim süresi sipariş tarihinden itibaren 6 hafta.
- 11 kW 4 kutuplu IE3 B35 motor, 2 adet, birim fiyat 845,00 EUR: flanşlı gövde nedeniyle teslim süresi sipariş tarihinden itibaren 8 hafta.

Teslim şekli: DAP Bremen. Ödeme: 30 gün.

Saygılarımızla,
Elif Yılmaz
İhracat Satış Sorumlusu
Anadolu Elektrik Motorları A.Ş. | Organize Sanayi Bölgesi 4. Cadde No: 17, 16140 Nilüfer/Bursa"""
    eml = reply("020", p, ("Elif Yılmaz", s.email), "2026-11-11 10:05 +0300", body, "outlook", charset="iso-8859-9",
                html_lang="TR")
    d1, d2 = plus_days("2026-11-09", 42), plus_days("2026-11-09", 56)
    assert (d1, d2) == (D("2026-12-21", "Mon"), D("2027-01-04", "Mon"))
    exp = confirmation((p, {1: dict(d=d1), 2: dict(d=d2)}),
                       notes="Lead times are counted from the order date 09.11.2026: 6 weeks -> 2026-12-21, 8 weeks -> 2027-01-04. "
                             "Prices and quantities as ordered. '7,5 kW', '400/690 V', 'IE3', 'No: 17' are not quantities.")
    return [p], eml, exp
