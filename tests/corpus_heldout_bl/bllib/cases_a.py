"""Cases 001-017: confirmations (special phrasings)."""
from .common import (case, sup, po, L, REJ, UNC, conf, D, reply, request_text, request_table, gt_quote,
                     attribution, ol_quote, request_html, esc, boundary, attach, text_attach, wk)
from .mime import Part, Multi


@case("bells-weekday-date", "confirmation/de-AT",
      "New date given as weekday plus day.month without a year ('Freitag, 18.12.'), applied to two of three positions.")
def c001(slug):
    s = sup("PFUNDNER", "Glockengießerei Pfundner GmbH", "auftrag@pfundner-glocken.example", "de-AT")
    p = po("4500071001", s, "EUR", "2026-11-05", [
        ("BL-G440-A1", "Bronze bell 440 mm, tone a1, approx. 62 kg", 2, "EA", "8450.00", "2026-12-11"),
        ("BL-KL-440", "Clapper, forged steel, for 440 mm bell", 2, "EA", "690.00", "2026-12-11"),
        ("BL-JOCH-12", "Oak yoke 12x20 cm with M16x200 bolts", 2, "SET", "1240.00", "2026-12-11"),
    ])
    body = """Sehr geehrter Herr Becker,

vielen Dank für Ihre Bestellung 4500071001 vom 5.11.

Pos. 1 und 2 (Glocken a1 samt Klöppel) können wir leider nicht zum 11.12. liefern, da die Glocken nach dem Guss noch nachgestimmt werden müssen. Neuer Liefertermin: Freitag, 18.12. – Preise und Mengen bleiben wie bestellt.

Pos. 3 (Eichenjoch 12x20 cm inkl. Schrauben M16x200) bestätigen wir wie bestellt zum 11.12.2026.

Mit freundlichen Grüßen
Mag. Theresia Pfundner
Verkauf Innendienst

Glockengießerei Pfundner GmbH
Gießereistraße 7, 4020 Linz, Österreich
Tel. +43 732 555 118 · Fax +43 732 555 119
FN 123456x, Landesgericht Linz, UID ATU12345678
"""
    eml = reply(p, slug, frm=("Theresia Pfundner", "t.pfundner@pfundner-glocken.example"),
                date="2026-11-10T14:22:05+01:00", body=body, client="outlook", lang="de", locale="de-AT",
                charset="windows-1252", prefix="AW: ", olfmt="Donnerstag, 5. November 2026 09:14")
    exp = conf("'Freitag, 18.12.' has no year: next 18 Dec on/after the mail date (10 Nov 2026) = 2026-12-18, which is "
               "indeed a Friday; it applies to positions 1 and 2 only, position 3 stays on the ordered 11.12.2026.",
               (p, {1: L(p, 1, date="2026-12-18"), 2: L(p, 2, date="2026-12-18"), 3: L(p, 3)}))
    return [p], eml, exp


@case("pickups-line-total", "confirmation/en-US",
      "Price increase stated as a new extended line total ($4,380.00 for 120 pcs) instead of a unit price; US month-first short dates.")
def c002(slug):
    s = sup("BRIDGEWATER", "Bridgewater Pickup Co.", "orders@bridgewater-pickups.example", "en-US")
    p = po("HT-26-0871", s, "USD", "2026-11-03", [
        ("GP-HB-N85", "Humbucker neck 8.5k, 50 mm spacing, nickel", 80, "EA", "42.00", "2026-12-04"),
        ("GP-SC-57", "Single coil '57 style, 5.9k, 2027 series", 120, "EA", "34.75", "2026-12-04"),
        ("GP-P90-BK", "P-90 soapbar pickup, black cover, 8.2k", 40, "EA", "39.50", "2026-12-11"),
    ], buyer="og")
    body = """Hi Oliver,

Thanks for PO HT-26-0871. Lines 1 and 3 are good as written (qty, price, ship 12/4 and 12/11).

Line 2: our magnet wire supplier raised prices on the heavy formvar we use for the '57s, so the new extended price for line 2 is $4,380.00 for the 120 pcs. Ship date stays 12/4.

Let me know if you have any questions.

Cheers,
Dale Hutchins
Inside Sales | Bridgewater Pickup Co.
1420 Cannery Row Rd, Nashville, TN 37203
(615) 555-0187
"""
    eml = reply(p, slug, frm=("Dale Hutchins", "dale@bridgewater-pickups.example"),
                date="2026-11-09T11:05:41-06:00", body=body, client="gmail", charset="UTF-8", prefix="Re: ")
    up = D("4380.00") / 120
    assert up == D("36.50")
    exp = conf("Line 2's price is given as a new line total: $4,380.00 / 120 EA = 36.50 per EA (PO 34.75), so the line is "
               "changed with unit_price 36.50 - FORMAT wants the price per PO unit of measure. Lines 1 and 3 accepted; "
               "'12/4' and '12/11' are month-first (en-US) ship dates equal to the requested dates.",
               (p, {1: L(p, 1), 2: L(p, 2, price=up), 3: L(p, 3)}))
    return [p], eml, exp


@case("pipettes-smaller-pack", "confirmation/nl-NL",
      "Line confirmed in racks of 48 instead of racks of 96 at half the price per rack: same total quantity and total, so accepted in PO units.")
def c003(slug):
    s = sup("PIPETTEQ", "Pipetteq Labsupplies B.V.", "verkoop@pipetteq.example", "nl-NL")
    p = po("4500071203", s, "EUR", "2026-11-06", [
        ("PT-200-96R", "Tips 200 µl sterile, box = 1 rack of 96", 40, "BOX", "12.40", "2026-11-27"),
        ("PP-1000-8CH", "8-channel pipette 100-1000 µl", 2, "EA", "689.00", "2026-11-27"),
        ("PT-10-FLT", "Filter tips 10 µl, 10x96 per box", 15, "BOX", "38.90", "2026-12-04"),
    ], buyer="ml")
    body = """Beste Mira,

Hartelijk dank voor uw order 4500071203. Hierbij onze bevestiging:

Pos. 1 – PT-200-96R: de rekken à 96 stuks zijn tijdelijk niet leverbaar. We leveren dezelfde totale hoeveelheid (3.840 tips) in rekken van 48 stuks: 80 rekken à € 6,20 per rek, levering 27-11-2026. Het totaalbedrag blijft € 496,00.
Pos. 2 – PP-1000-8CH: akkoord, 2 st. à € 689,00, levering 27-11-2026.
Pos. 3 – PT-10-FLT: akkoord, 15 dozen à € 38,90, levering 04-12-2026.

Met vriendelijke groet,

Sanne de Vries
Binnendienst
Pipetteq Labsupplies B.V. | Bioscience Park 12, 2333 CH Leiden
T +31 71 555 3890 | www.pipetteq.example

Op al onze leveringen zijn onze algemene voorwaarden van toepassing, gedeponeerd bij de KvK Leiden.
"""
    eml = reply(p, slug, frm=("Sanne de Vries", "sanne.devries@pipetteq.example"),
                date="2026-11-11T09:40:12+01:00", body=body, client="outlook", lang="nl", locale="nl-NL",
                charset="windows-1252", olfmt="vrijdag 6 november 2026 09:14")
    assert 40 * 96 == 80 * 48 == 3840 and 40 * D("12.40") == 80 * D("6.20") == D("496.00")
    exp = conf("Position 1 is delivered in racks of 48 instead of racks of 96: 80 x 48 = 3,840 tips = 40 PO boxes (racks of 96), "
               "EUR 6.20 per 48-rack = 12.40 per PO box, date as ordered, so it is accepted in the PO's unit of measure. "
               "Positions 2 and 3 accepted.",
               (p, {1: L(p, 1), 2: L(p, 2), 3: L(p, 3)}))
    return [p], eml, exp


@case("subsea-etd-eta", "confirmation/en-SG",
      "Reply gives both ETD Singapore and a later ETA Rotterdam; the arrival (delivery) date wins over the ship date.")
def c004(slug):
    s = sup("STRAITS", "Straits Subsea Cable Pte Ltd", "sales@straits-subsea.example", "en-SG")
    p = po("HT-26-0902", s, "USD", "2026-11-04", [
        ("DSC-ARM-25", "Double-armoured cable 25 mm, 3x1.5 mm2 + FO", 1200, "M", "38.60", "2026-12-18"),
        ("DSC-SPL-KIT", "Splice kit for 25 mm armoured cable, 2 kV", 6, "SET", "1450.00", "2026-12-18"),
        ("DSC-BEND-R", "Bend restrictor 1.2 m, PU, 2027 spec", 4, "EA", "980.00", "2026-12-18"),
    ], buyer="pn")
    body = """Dear Priya,

Noted with thanks on your PO HT-26-0902. Please find our confirmation as below:

All 3 items confirmed at quantity and unit price per your PO.
Shipment by sea from Singapore, vessel MAERSK KOWLOON V.648W, 1 x 20' container
ETD Singapore: 28/11/2026
ETA Rotterdam: 23/12/2026

Sorry this is 5 days later than your requested 18/12 – the earlier sailing is fully booked. Delivery DAP Rotterdam per PO.

Best regards,
Tan Wei Ling (Ms)
Sales Coordinator
Straits Subsea Cable Pte Ltd
21 Tuas South Avenue 3, Singapore 637341
DID +65 6555 2719 | HP +65 9555 0182

CONFIDENTIALITY: This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    eml = reply(p, slug, frm=("Tan Wei Ling", "weiling.tan@straits-subsea.example"),
                date="2026-11-12T16:48:30+08:00", body=body, client="outlook", charset="utf-8")
    exp = conf("Both an ETD (28/11/2026) and an ETA Rotterdam (23/12/2026) are given; the delivery/arrival date wins, so all three "
               "lines are changed to 2026-12-23 with quantity and price as ordered.",
               (p, {n: L(p, n, date="2026-12-23") for n in (1, 2, 3)}))
    return [p], eml, exp


@case("sled-harness-fredag", "confirmation/nb-NO",
      "Norwegian 'levering fredag 18. desember' without a year for all lines; quantities and prices confirmed in prose.")
def c005(slug):
    s = sup("NORDLYS", "Nordlys Sledeutstyr AS", "ordre@nordlys-slede.example", "nb-NO")
    p = po("4500071377", s, "NOK", "2026-11-09", [
        ("DSH-XB-M", 'X-back harness size M, 3/4" webbing', 24, "EA", "489.00", "2026-12-11"),
        ("DSH-XB-L", 'X-back harness size L, 3/4" webbing', 18, "EA", "489.00", "2026-12-11"),
        ("DSL-GANG-8", "Gangline for 8 dogs, 12 mm, 14.5 m", 4, "EA", "1290.00", "2026-12-11"),
    ], buyer="ml")
    body = """Hei Mira,

takk for bestillingen 4500071377. Vi bekrefter alle tre linjene med antall og priser som i ordren (24 + 18 seler à kr 489,00 og 4 stk. trekkliner à kr 1 290,00), men vi rekker ikke 11. desember – levering fredag 18. desember.

Vennlig hilsen
Kristoffer Haugen
Nordlys Sledeutstyr AS
Storgata 41, 9008 Tromsø
Tlf. +47 77 55 12 40
"""
    eml = reply(p, slug, frm=("Kristoffer Haugen", "kristoffer@nordlys-slede.example"),
                date="2026-11-12T08:31:44+01:00", body=body, client="thunderbird", lang="nb", locale="nb-NO",
                charset="utf-8", html=False, cte="8bit", prefix="Re: ",
                wrote_fmt="09.11.2026 09:14")
    exp = conf("'levering fredag 18. desember' has no year: the next 18 December after 12 Nov 2026 is 2026-12-18 (a Friday). "
               "All three lines keep quantity and price, date moves from 11 to 18 Dec.",
               (p, {n: L(p, n, date="2026-12-18") for n in (1, 2, 3)}))
    return [p], eml, exp


@case("beehive-entrega-prevista", "confirmation/pt-BR",
      "pt-BR list says OK per item, then one sentence moves all items to 'entrega prevista para 18/12/2026' (only two items change).")
def c006(slug):
    s = sup("SERRAVERDE", "Apícola Serra Verde Ltda.", "vendas@serraverde-apicola.example", "pt-BR")
    p = po("HT-26-0915", s, "USD", "2026-11-05", [
        ("BF-LANG-DP", 'Langstroth deep frame 9-1/8", wired, pine', 2000, "EA", "1.18", "2026-12-11"),
        ("BF-LANG-MD", 'Langstroth medium frame 6-1/4", unwired', 1500, "EA", "1.02", "2026-12-11"),
        ("BF-FDN-WAX", 'Wax foundation sheet 8-1/2 x 16-3/4"', 3500, "EA", "0.74", "2026-12-18"),
    ], buyer="tf")
    body = """Olá Tomás, tudo bem?

Confirmamos o pedido HT-26-0915:
- Item 1: 2.000 quadros ninho Langstroth 9-1/8", US$ 1,18/un. – OK
- Item 2: 1.500 quadros melgueira 6-1/4", US$ 1,02/un. – OK
- Item 3: 3.500 lâminas de cera alveolada, US$ 0,74/un. – OK

Como a cera precisa de mais uns dias de cura, vamos embarcar tudo junto num só volume: entrega prevista para 18/12/2026 (todos os itens).

Atenciosamente,

Juliana Moreira
Comercial Exportação
Apícola Serra Verde Ltda.
Rod. SC-390, km 12 – Içara/SC – CEP 88820-000
+55 48 3555-7710 | WhatsApp +55 48 99555-1212
"""
    eml = reply(p, slug, frm=("Juliana Moreira", "juliana@serraverde-apicola.example"),
                date="2026-11-13T10:12:09-03:00", body=body, client="gmail", lang="pt", charset="UTF-8",
                prefix="Re: ", wrote_fmt="qui., 5 de nov. de 2026 às 05:14")
    exp = conf("The per-item 'OK' covers quantity and price; the closing sentence sets one delivery for all items: "
               "'entrega prevista para 18/12/2026'. Items 1 and 2 (requested 11/12) are changed to 2026-12-18, item 3 was "
               "already requested for 18/12 and is accepted.",
               (p, {1: L(p, 1, date="2026-12-18"), 2: L(p, 2, date="2026-12-18"), 3: L(p, 3)}))
    return [p], eml, exp


@case("plates-tydnu-51", "confirmation/cs-CZ",
      "Czech 'dodáme v týdnu 51' (calendar week without a day = Friday 18 Dec) for two positions, the third on a Czech-format date.")
def c007(slug):
    s = sup("TDBRNO", "Tiskové desky Brno s.r.o.", "obchod@tiskdesky-brno.example", "cs-CZ")
    p = po("4500071420", s, "CZK", "2026-11-06", [
        ("PP-CTP-745", "CTP thermal plate 745x605x0.30 mm", 600, "EA", "148.50", "2026-12-11"),
        ("PP-CTP-1030", "CTP thermal plate 1030x790x0.30 mm", 400, "EA", "262.00", "2026-12-11"),
        ("PP-GUM-5L", "Plate gum finisher, 5 L canister", 12, "EA", "890.00", "2026-12-04"),
    ])
    body = """Dobrý den, pane Becker,

děkujeme za objednávku č. 4500071420.

Pol. 1 a 2 (desky 745x605 a 1030x790): množství i ceny potvrzujeme, dodáme v týdnu 51 - dříve bohužel nemáme volnou kapacitu na lince.
Pol. 3 (konzervační guma 5 l): potvrzujeme dle objednávky, dodání 4. 12. 2026.

S pozdravem

Ing. Petra Dvořáková
obchodní oddělení
Tiskové desky Brno s.r.o., Vídeňská 88, 639 00 Brno
tel.: +420 543 555 210, mobil: +420 602 555 318
"""
    eml = reply(p, slug, frm=("Petra Dvořáková", "dvorakova@tiskdesky-brno.example"),
                date="2026-11-11T13:05:27+01:00", body=body, client="outlook", lang="cs", locale="cs-CZ",
                charset="iso-8859-2", prefix="RE: ", olfmt="pátek 6. listopadu 2026 9:14")
    assert wk(2026, 51) == "2026-12-18"
    exp = conf("'v týdnu 51' names no day, so it is the Friday of ISO week 51/2026 = 2026-12-18 for positions 1 and 2; "
               "position 3 confirmed as ordered for 4. 12. 2026.",
               (p, {1: L(p, 1, date="2026-12-18"), 2: L(p, 2, date="2026-12-18"), 3: L(p, 3)}))
    return [p], eml, exp


@case("tracks-dec-abbrev", "confirmation/fr-CA",
      "Quebec French with '18 déc. 2026' and '11 déc. 2026', space thousands separators and '$' meaning CAD; one line changes price and date.")
def c008(slug):
    s = sup("BOREAL", "Chenilles Boréal inc.", "commandes@chenilles-boreal.example", "fr-CA")
    p = po("HT-26-0933", s, "CAD", "2026-11-06", [
        ("ST-15x137-125", "Track 15x137 in, 1.25 in lug, studdable", 12, "EA", "1189.00", "2026-12-11"),
        ("ST-16x146-160", "Track 16x146 in, 1.6 in lug, 2027 models", 8, "EA", "1349.00", "2026-12-11"),
        ("ST-CLIP-100", "Track clips, box of 100", 10, "BOX", "86.00", "2026-12-11"),
    ], buyer="og")
    body = """Bonjour Oliver,

Merci pour votre commande HT-26-0933. Voici notre confirmation :

Ligne 1 – chenille 15 x 137 po : 12 unités à 1\u00a0189,00 $ – livraison le 11 déc. 2026
Ligne 2 – chenille 16 x 146 po (modèles 2027) : 8 unités à 1\u00a0389,00 $ – livraison le 18 déc. 2026. Le prix du caoutchouc a augmenté depuis notre soumission, d'où le nouveau prix.
Ligne 3 – attaches, boîte de 100 : 10 boîtes à 86,00 $ – livraison le 11 déc. 2026

Au plaisir,

Geneviève Tremblay
Service à la clientèle
Chenilles Boréal inc.
2250, boul. Industriel, Sherbrooke (Québec) J1L 2T9
Tél. : 819 555-0143, poste 221
"""
    eml = reply(p, slug, frm=("Geneviève Tremblay", "gtremblay@chenilles-boreal.example"),
                date="2026-11-16T15:48:02-05:00", body=body, client="apple", lang="fr", charset="utf-8",
                prefix="Re: ", wrote_fmt="6 nov. 2026 à 09:14")
    exp = conf("fr-CA amounts use a (non-breaking) space as thousands separator and '$' = CAD (PO currency). "
               "Line 2: 1 389,00 (PO 1 349,00) and '18 déc. 2026'; lines 1 and 3 repeat the PO values (11 déc. 2026).",
               (p, {1: L(p, 1), 2: L(p, 2, price="1389.00", date="2026-12-18"), 3: L(p, 3)}))
    return [p], eml, exp


@case("trailer-other-warehouse", "confirmation/en-AU",
      "Confirms all lines as ordered but says goods will ship from a different warehouse (Brisbane instead of Dandenong), which is not a change to any PO term.")
def c009(slug):
    s = sup("SXFLOAT", "Southern Cross Float Parts Pty Ltd", "sales@sxfloatparts.example", "en-AU")
    p = po("HT-26-0940", s, "AUD", "2026-11-09", [
        ("HTP-AXLE-1T8", "Torsion axle 1.8 t, 1,650 mm hub face", 4, "EA", "612.00", "2026-12-04"),
        ("HTP-RAMP-SPR", "Ramp spring assist 24 mm, pair", 6, "PAIR", "145.00", "2026-12-04"),
        ("HTP-LED-12V", "LED tail light 12V, 9-33V multivolt", 10, "EA", "58.50", "2026-12-04"),
        ("HTP-MAT-17", "Rubber floor mat 17 mm, 1.8x3.0 m", 4, "EA", "315.00", "2026-12-04"),
    ], buyer="og")
    body = """G'day Oliver,

All four lines on HT-26-0940 confirmed as ordered – qty, price and 4 Dec delivery.

One heads-up: the order will be picked and dispatched from our Brisbane DC (Unit 3, 88 Boundary Rd, Rocklea QLD 4106) rather than our Dandenong warehouse, as that's where the axles are sitting. Doesn't change anything on your end – same freight terms, same delivery date. The consignment note will just show the Brisbane address.

Cheers,
Mick O'Donnell
Sales | Southern Cross Float Parts Pty Ltd
42 Greens Rd, Dandenong South VIC 3175
P: (03) 9555 4471  M: 0412 555 903
ABN 12 345 678 901
"""
    eml = reply(p, slug, frm=("Mick O'Donnell", "mick@sxfloatparts.example"),
                date="2026-11-10T16:02:18+11:00", body=body, client="outlook", charset="utf-8")
    exp = conf("Dispatching from another warehouse changes neither quantity, price nor the committed delivery date (4 Dec, "
               "DAP terms unchanged), so this is a plain confirmation with all four lines accepted.",
               (p, {n: L(p, n) for n in (1, 2, 3, 4)}))
    return [p], eml, exp


@case("lenses-napgi-korean", "confirmation/ko-KR",
      "Korean EUC-KR base64 reply with '납기 12월 18일' (no year) for two lines, the third on the requested 12월 11일.")
def c010(slug):
    s = sup("HANBIT", "한빛광학 주식회사", "sales@hanbit-optics.example", "ko-KR")
    p = po("HT-26-0951", s, "USD", "2026-11-04", [
        ("LL-FR-375", "Fresnel lens 375 mm, 3rd order, acrylic", 2, "EA", "6850.00", "2026-12-11"),
        ("LL-LED-24V", "LED lantern module 24V, 12 NM range", 2, "EA", "2240.00", "2026-12-11"),
        ("LL-GSKT-12", "Lens gasket set 12x3 mm, EPDM", 4, "SET", "86.00", "2026-12-11"),
    ], buyer="pn")
    body = """Priya 님, 안녕하세요.

발주서 HT-26-0951 감사합니다. 아래와 같이 확인드립니다.

1. LL-FR-375 프레넬 렌즈 375 mm - 2 EA, USD 6,850.00 - 납기 12월 18일
2. LL-LED-24V LED 모듈 24V - 2 EA, USD 2,240.00 - 납기 12월 18일
3. LL-GSKT-12 개스킷 세트 - 4 SET, USD 86.00 - 납기 12월 11일 (요청일대로)

렌즈 코팅 공정 때문에 1, 2번은 일주일 늦어집니다. 양해 부탁드립니다.

감사합니다.

김민준 과장 / Minjun Kim, Sales Manager
한빛광학 주식회사 | 부산광역시 강서구 녹산산업중로 123
Tel. +82 51 555 7781 | Fax +82 51 555 7782
"""
    eml = reply(p, slug, frm=("김민준", "mj.kim@hanbit-optics.example"),
                date="2026-11-12T17:20:33+09:00", body=body, client="outlook", lang="ko", locale="ko-KR",
                charset="euc-kr", cte="base64", olfmt="2026년 11월 4일 수요일 오후 5:14")
    exp = conf("'납기 12월 18일' (delivery 18 December, no year) = 2026-12-18 for lines 1 and 2; line 3 keeps 12월 11일 as "
               "requested. Quantities and USD prices repeat the PO.",
               (p, {1: L(p, 1, date="2026-12-18"), 2: L(p, 2, date="2026-12-18"), 3: L(p, 3)}))
    return [p], eml, exp


@case("minibar-aralik", "confirmation/tr-TR",
      "Turkish blanket confirmation with 'Teslim tarihi: 18 Aralık 2026' equal to the requested date; no per-line detail.")
def c011(slug):
    s = sup("SERIN", "Serin Otel Ekipmanları A.Ş.", "satis@serin-otel.example", "tr-TR")
    p = po("4500071502", s, "EUR", "2026-11-09", [
        ("HM-ABS-40", "Absorption minibar 40 L, glass door", 60, "EA", "214.00", "2026-12-18"),
        ("HM-ABS-30", "Absorption minibar 30 L, solid door", 40, "EA", "189.00", "2026-12-18"),
        ("HM-SHELF-40", "Spare shelf for 40 L minibar, set of 2", 60, "SET", "9.80", "2026-12-18"),
    ], buyer="tf")
    body = """Sayın Tomás Ferreira,

4500071502 numaralı siparişiniz için teşekkür ederiz.

Tüm kalemleri sipariş edilen miktar ve fiyatlarla onaylıyoruz. Teslim tarihi: 18 Aralık 2026.

Saygılarımızla,

Elif Yıldız
İhracat Satış Temsilcisi
Serin Otel Ekipmanları A.Ş. | Organize Sanayi Bölgesi 4. Cadde No:12, 16140 Nilüfer/Bursa
Tel: +90 224 555 40 12 | Faks: +90 224 555 40 13

Bu e-posta ve ekleri gizlidir; yalnızca alıcısına yöneliktir.
"""
    eml = reply(p, slug, frm=("Elif Yıldız", "elif.yildiz@serin-otel.example"),
                date="2026-11-13T11:47:51+03:00", body=body, client="outlook", lang="tr", locale="tr-TR",
                charset="iso-8859-9", olfmt="9 Kasım 2026 Pazartesi 11:14")
    exp = conf("'Tüm kalemleri ... onaylıyoruz' with '18 Aralık 2026' (18 December 2026) = requested date of every line, "
               "so all three lines are accepted.", (p, {n: L(p, n) for n in (1, 2, 3)}))
    return [p], eml, exp


@case("ice-tools-ok-column", "confirmation/en-ZA",
      "Supplier answers by adding a column to our quoted PO table: 'OK' on three rows and a split delivery typed into the fourth.")
def c012(slug):
    s = sup("CAPEFROST", "Cape Frost Tools (Pty) Ltd", "orders@capefrost.example", "en-ZA")
    p = po("HT-26-0966", s, "ZAR", "2026-11-05", [
        ("IST-CHIS-1.5", "Flat chisel 1-1/2 in, 24 in handle", 6, "EA", "845.00", "2026-11-27"),
        ("IST-VGOUGE-3/8", "V-gouge 3/8 in, carbon steel", 6, "EA", "612.50", "2026-11-27"),
        ("IST-SAW-600", "Ice saw 600 mm, 3 TPI", 4, "EA", "1290.00", "2026-11-27"),
        ("IST-TONG-30", "Ice tongs, 4/3 jaw, 30 kg capacity", 4, "EA", "480.00", "2026-11-27"),
    ], buyer="og")
    col = {1: "OK", 2: "OK", 3: "2 x OK for 27/11, balance 2 x on 11/12/2026", 4: "OK"}
    rows = request_table(p)
    rows[0] += "  CAPE FROST"
    rows[1] += "  ----------"
    for i, l in enumerate(p["lines"]):
        rows[2 + i] += "  " + col[l["line"]]
    body = """Hi Oliver

Please see our reply in the CAPE FROST column of your table below.

Kind regards
Thandi Nkosi
Cape Frost Tools (Pty) Ltd
Unit 7, Montague Park, Montague Gardens, Cape Town 7441
Tel: +27 21 555 0390
"""
    req = request_text(p).split("\n")
    start = req.index(request_table(p)[0])
    req[start:start + len(rows)] = rows
    text = body + "\n-----Original Message-----\nFrom: %s <%s>\nSent: Thursday, 05 November 2026 10:14\nTo: %s\nSubject: %s\n\n" % (
        p["buyer"]["name"], p["buyer"]["email"], s["email"], "Order acknowledgement request - PO HT-26-0966") + "\n".join(req)
    trs = "".join("<tr><td>%d</td><td>%s</td><td>%s</td><td align=\"right\">%d</td><td>%s</td><td align=\"right\">%s</td>"
                  "<td>%s</td><td style=\"color:#C00000\"><b>%s</b></td></tr>" % (
                      l["line"], esc(l["item"]), esc(l["description"]), l["quantity"], l["uom"],
                      "{:,}".format(D(l["unit_price"])), __import__("bllib.common", fromlist=["fmt_day"]).fmt_day(l["requested_date"]),
                      esc(col[l["line"]])) for l in p["lines"])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\"></head><body lang=\"EN-ZA\">"
            "<div class=\"WordSection1\"><p class=\"MsoNormal\">Hi Oliver</p><p class=\"MsoNormal\">Please see our reply in the "
            "CAPE FROST column of your table below.</p><p class=\"MsoNormal\">Kind regards<br>Thandi Nkosi<br>Cape Frost Tools (Pty) Ltd<br>"
            "Unit 7, Montague Park, Montague Gardens, Cape Town 7441<br>Tel: +27 21 555 0390</p>"
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\"><b>From:</b> "
            "Oliver Grant &lt;oliver.grant@halvard-trading.example&gt;<br><b>Sent:</b> Thursday, 05 November 2026 10:14<br><b>To:</b> "
            "orders@capefrost.example<br><b>Subject:</b> Order acknowledgement request - PO HT-26-0966</p></div>"
            "<p>Dear Cape Frost Tools (Pty) Ltd team,</p><p>please find below our purchase order HT-26-0966 of 05-Nov-2026. Kindly confirm "
            "quantities, unit prices and delivery dates by return mail.</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"3\"><tr>"
            "<th>Pos</th><th>Item</th><th>Description</th><th>Qty</th><th>UoM</th><th>Unit price</th><th>Requested</th>"
            "<th style=\"color:#C00000\">CAPE FROST</th></tr>%s</table><p>Best regards<br>Oliver Grant<br>Purchasing | Halvard Trading B.V.</p>"
            "</div></body></html>\n" % trs)
    eml = reply(p, slug, frm=("Thandi Nkosi", "thandi@capefrost.example"), date="2026-11-10T12:31:40+02:00",
                body=body, client="outlook", charset="us-ascii", text_override=text, html_override=html, locale="en-ZA")
    exp = conf("The answers are in a column the supplier added to our quoted table: 'OK' = accepted for lines 1, 2 and 4. "
               "Line 3: 2 on 27/11 and the balance of 2 on 11/12/2026 (en-ZA day-first) = schedule 2 x 2026-11-27 + "
               "2 x 2026-12-11, total 4, last date 2026-12-11.",
               (p, {1: L(p, 1), 2: L(p, 2), 3: L(p, 3, q=4, sched=[(2, "2026-11-27"), (2, "2026-12-11")]), 4: L(p, 4)}))
    return [p], eml, exp


@case("xray-thai-wanthi", "confirmation/th-TH",
      "Thai TIS-620 base64 reply; dates as 'วันที่ 18/12/2026' (Gregorian year, day-first) per item, one item unchanged.")
def c013(slug):
    s = sup("SIAMMED", "Siam Medical Imaging Co., Ltd.", "sales@siam-medimaging.example", "th-TH")
    p = po("HT-26-0978", s, "USD", "2026-11-06", [
        ("XR-PROC-45", "X-ray film processor 45 s, 14x17 in", 2, "EA", "7400.00", "2026-12-11"),
        ("XR-CHEM-DEV20", "Developer replenisher 2x20 L", 10, "SET", "128.00", "2026-12-11"),
        ("XR-ROLL-KIT", "Roller transport kit for 45 s processor", 2, "SET", "890.00", "2026-12-11"),
    ], buyer="pn")
    body = """เรียน คุณ Priya

ขอบคุณสำหรับใบสั่งซื้อเลขที่ HT-26-0978 บริษัทฯ ขอยืนยันรายการดังนี้

1. เครื่องล้างฟิล์มอัตโนมัติ XR-PROC-45 จำนวน 2 เครื่อง ราคา 7,400.00 USD ส่งมอบวันที่ 18/12/2026
2. น้ำยาสร้างภาพ XR-CHEM-DEV20 จำนวน 10 ชุด ราคา 128.00 USD ส่งมอบวันที่ 11/12/2026
3. ชุดลูกกลิ้ง XR-ROLL-KIT จำนวน 2 ชุด ราคา 890.00 USD ส่งมอบวันที่ 18/12/2026

หมายเหตุ: เครื่องล้างฟิล์มและชุดลูกกลิ้งต้องรอการทดสอบจากโรงงานก่อนจัดส่ง

ขอแสดงความนับถือ
สมชาย ศรีสุข
ฝ่ายขายต่างประเทศ
บริษัท สยามเมดิคอล อิมเมจจิ้ง จำกัด
99/9 ถนนพระราม 9 เขตห้วยขวาง กรุงเทพฯ 10310
โทร +66 2 555 6789
"""
    eml = reply(p, slug, frm=("Somchai Srisuk", "somchai@siam-medimaging.example"),
                date="2026-11-13T15:30:06+07:00", body=body, client="outlook", locale="th-TH",
                charset="tis-620", cte="base64")
    exp = conf("Thai per-item list with 'ส่งมอบวันที่ 18/12/2026' (delivery on 18/12/2026, day-first, Gregorian year) "
               "for items 1 and 3; item 2 on the requested 11/12/2026. Quantities and prices as ordered.",
               (p, {1: L(p, 1, date="2026-12-18"), 2: L(p, 2), 3: L(p, 3, date="2026-12-18")}))
    return [p], eml, exp


@case("lead-came-partial-january", "confirmation/lv-LV",
      "Latvian: 240 of 400 m now, the remaining 160 m on 15 January 2027, written out in words; other lines as ordered.")
def c014(slug):
    s = sup("VITRAZU", "Vitrāžu Serviss SIA", "pasutijumi@vitrazu-serviss.example", "lv-LV")
    p = po("4500071555", s, "EUR", "2026-11-09", [
        ("SG-LEAD-H6", "Lead came H-profile 6 mm, 2 m strips", 400, "M", "3.85", "2026-12-04"),
        ("SG-LEAD-U4", "Lead came U-profile 4 mm, 2 m strips", 200, "M", "3.20", "2026-12-04"),
        ("SG-SOLD-6040", "Solder 60/40, 3 mm wire, 500 g reel", 30, "ROL", "21.90", "2026-12-04"),
    ], buyer="ml")
    body = """Labdien, Mira!

Paldies par pasūtījumu Nr. 4500071555.

1. poz. (H-profils 6 mm): šobrīd noliktavā ir 240 m – tos nosūtīsim 04.12.2026, atlikušos 160 m piegādāsim 2027. gada 15. janvārī.
2. poz. (U-profils 4 mm): 200 m, 3,20 EUR/m – apstiprināts, piegāde 04.12.2026.
3. poz. (lodalva 60/40): 30 ruļļi, 21,90 EUR – apstiprināts, piegāde 04.12.2026.

Cenas bez izmaiņām.

Ar cieņu
Ilze Kalniņa
Pārdošanas vadītāja
Vitrāžu Serviss SIA | Brīvības iela 155, Rīga, LV-1012
Tālr. +371 67 555 210
"""
    eml = reply(p, slug, frm=("Ilze Kalniņa", "ilze.kalnina@vitrazu-serviss.example"),
                date="2026-11-16T10:05:52+02:00", body=body, client="outlook", lang="lv", locale="lv-LV",
                charset="windows-1257", olfmt="pirmdiena, 2026. gada 9. novembris 10:14")
    exp = conf("Position 1: 240 m shipped 04.12.2026 and the remaining 160 m on '2027. gada 15. janvārī' = 2027-01-15; "
               "schedule 240 + 160 = 400, last date 2027-01-15, price unchanged. Positions 2 and 3 accepted.",
               (p, {1: L(p, 1, q=400, sched=[(240, "2026-12-04"), (160, "2027-01-15")]), 2: L(p, 2), 3: L(p, 3)}))
    return [p], eml, exp


@case("timing-chips-rupees-total", "confirmation/en-IN",
      "Indian English with a line given only as a total 'Rs. 1,25,000/-' (lakh grouping) that equals qty x PO price; another line repriced.")
def c015(slug):
    s = sup("RAPIDTAG", "Rapidtag Systems Pvt. Ltd.", "sales@rapidtag.example", "en-IN")
    p = po("HT-26-0990", s, "INR", "2026-11-05", [
        ("MT-UHF-SHOE", "UHF shoe chip, reusable, 860-960 MHz", 500, "EA", "250.00", "2026-12-04"),
        ("MT-BIB-TAG", "Disposable bib tag, 2027 race season", 5000, "EA", "22.00", "2026-12-04"),
        ("MT-MAT-4M", "Detection mat 4 m, 2 antennas", 2, "EA", "48500.00", "2026-12-11"),
    ], buyer="pn")
    body = """Dear Madam,

Greetings from Rapidtag!

We are pleased to confirm your PO No. HT-26-0990 dtd. 05.11.2026 as under:

Item 1 - UHF shoe chips, 500 nos. - total Rs. 1,25,000/- - dispatch by 04.12.2026
Item 2 - Bib tags, 5000 nos. @ Rs. 23.50 each (revised due to increase in chip cost) - dispatch by 04.12.2026
Item 3 - Detection mats, 2 nos. @ Rs. 48,500/- each - dispatch by 11.12.2026

GST extra as applicable. Kindly do the needful and send the amended PO for item 2 at your earliest.

Thanks & Regards,
Ramesh Iyer
Sr. Executive - Sales
Rapidtag Systems Pvt. Ltd.
Plot No. 42, KIADB Industrial Area, Electronic City Phase 2, Bengaluru - 560100
Mob: +91 98455 01234 | Ph: 080-4555 6789
"""
    eml = reply(p, slug, frm=("Ramesh Iyer", "ramesh.iyer@rapidtag.example"),
                date="2026-11-10T12:44:15+05:30", body=body, client="gmail", charset="UTF-8", prefix="Re: ")
    assert D(125000) / 500 == D("250.00")
    exp = conf("Item 1 is given only as a total, 'Rs. 1,25,000/-' (Indian lakh grouping = 125,000) / 500 = 250.00 = PO price, "
               "so accepted. Item 2 repriced to 23.50 (PO 22.00) - asking for an amended PO does not make it less of a commitment. "
               "Item 3 accepted. Dates are dispatch dates (ship date counts).",
               (p, {1: L(p, 1), 2: L(p, 2, price="23.50"), 3: L(p, 3)}))
    return [p], eml, exp


@case("plates-kw-and-weekday", "confirmation/de-DE",
      "Two POs in pos.json, only one answered; 'KW 50' (= Friday) for two positions and 'Dienstag KW 51' for one; the other PO only mentioned.")
def c016(slug):
    s = sup("KESSLER", "Druckplatten Kessler GmbH", "vertrieb@kessler-druckplatten.example", "de-DE")
    pa = po("4500071610", s, "EUR", "2026-11-09", [
        ("PP-UV-510", "UV-CTP plate 510x400x0.15 mm, box of 50", 20, "BOX", "96.00", "2026-12-04"),
        ("PP-UV-745", "UV-CTP plate 745x605x0.30 mm, box of 50", 12, "BOX", "188.00", "2026-12-04"),
        ("PP-DEV-20", "Developer 20 L canister, pH 12.5", 6, "EA", "142.00", "2026-12-04"),
    ])
    pb = po("4500071588", s, "EUR", "2026-11-02", [
        ("PP-FLEXO-114", "Flexo plate 1.14 mm, 1067x1524 mm", 30, "EA", "212.00", "2026-12-11"),
    ])
    body = """Guten Morgen Herr Becker,

anbei unsere Rückmeldung zu Ihrer Bestellung 4500071610:

Pos. 1  PP-UV-510   20 Kartons   96,00 €   Liefertermin KW 50
Pos. 2  PP-UV-745   12 Kartons  188,00 €   Liefertermin Dienstag KW 51
Pos. 3  PP-DEV-20    6 Kanister 142,00 €   Liefertermin KW 50

Zur Bestellung 4500071588 (Flexoplatten 1,14 mm) melden wir uns separat, sobald das Werk den Termin bestätigt hat.

Mit freundlichen Grüßen

i. A. Markus Lehner
Vertriebsinnendienst

Druckplatten Kessler GmbH
Industriestraße 21 | 63128 Dietzenbach
Tel. +49 6074 555-230 | Fax +49 6074 555-299
Geschäftsführer: Dr. Anja Kessler | Amtsgericht Offenbach HRB 45678
"""
    eml = reply(pa, slug, frm=("Markus Lehner", "m.lehner@kessler-druckplatten.example"),
                date="2026-11-12T09:33:10+01:00", body=body, client="outlook", lang="de", locale="de-DE",
                charset="windows-1252", prefix="AW: ", olfmt="Montag, 9. November 2026 09:14")
    assert wk(2026, 50) == "2026-12-11" and wk(2026, 51, 2) == "2026-12-15"
    exp = conf("PO 4500071610: 'KW 50' without a day = Friday 2026-12-11 (positions 1 and 3), 'Dienstag KW 51' = 2026-12-15 "
               "(position 2); quantities and prices as ordered. PO 4500071588 is only mentioned ('melden uns separat') and is left out.",
               (pa, {1: L(pa, 1, date="2026-12-11"), 2: L(pa, 2, date="2026-12-15"), 3: L(pa, 3, date="2026-12-11")}))
    return [pa, pb], eml, exp


@case("barrels-percent-surcharge", "confirmation/fr-FR",
      "French prose: a 4 % surcharge on positions 1 to 3 only (must be applied to the PO unit prices), quantities and dates as ordered.")
def c017(slug):
    s = sup("MARCHAND", "Tonnellerie Marchand & Fils", "adv@tonnellerie-marchand.example", "fr-FR")
    p = po("4500071644", s, "EUR", "2026-11-04", [
        ("WB-BDX-225-MT", "Bordeaux barrel 225 L, French oak, medium", 20, "EA", "845.00", "2026-12-11"),
        ("WB-BRG-228-MTP", "Burgundy barrel 228 L, medium+ toast", 12, "EA", "880.00", "2026-12-11"),
        ("WB-PUN-500", "Puncheon 500 L, 27 mm staves", 4, "EA", "1390.00", "2026-12-18"),
        ("WB-BUNG-SIL15", "Silicone bung no. 15, 2-1/4 in", 100, "EA", "2.40", "2026-12-11"),
    ], buyer="tf")
    body = """Bonjour Monsieur Ferreira,

Nous accusons bonne réception de votre commande n° 4500071644 et vous en remercions.

Suite à la hausse du prix du merrain, un supplément de 4 % s'applique aux fûts (positions 1 à 3) à compter du 1er novembre. Les bondes (position 4) restent au prix commandé.

Quantités et délais : conformes à votre commande.

Bien cordialement,

Claire Marchand
Administration des ventes
Tonnellerie Marchand & Fils
12, route de Cognac – 16100 Saint-Brice
Tél. : +33 5 45 55 12 34
"""
    eml = reply(p, slug, frm=("Claire Marchand", "c.marchand@tonnellerie-marchand.example"),
                date="2026-11-10T17:15:48+01:00", body=body, client="outlook", lang="fr", locale="fr-FR",
                charset="windows-1252", olfmt="mercredi 4 novembre 2026 09:14")
    pr = {n: D(p["lines"][n - 1]["unit_price"]) * D("1.04") for n in (1, 2, 3)}
    assert pr == {1: D("878.80"), 2: D("915.20"), 3: D("1445.60")}
    exp = conf("+4 % applies to the PO unit prices of positions 1-3: 845.00 -> 878.80, 880.00 -> 915.20, 1 390.00 -> 1 445.60; "
               "quantities and dates 'conformes'. Position 4 keeps its price and is accepted.",
               (p, {1: L(p, 1, price="878.80"), 2: L(p, 2, price="915.20"), 3: L(p, 3, price="1445.60"), 4: L(p, 4)}))
    return [p], eml, exp
