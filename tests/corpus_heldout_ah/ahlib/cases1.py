"""Cases 001-016."""
from __future__ import annotations

from .clients import gmail, outlook, plain_reply, reply_headers
from .common import (D, PO, gmail_attrib, REJ, UNC, acc, all_acc, case, chg, conf, expect, gt, is_weekday, kw,
                     next_on_or_after, request_subject, request_text, sup)
from .mime import Attachment, Multi, Raw, Text, addr, hdr, message, rfc_date
from .pdf import simple_doc

# ---------------------------------------------------------------- 001
s = sup("HARBROAST", "Harbour Roast Coffee Ltd", "orders@harbourroast.example", "en-GB")
po = PO("4700231004", s, "2026-11-09", [
    ("CF-ESP-1K", "Espresso beans Crema blend, 1 kg bag", 120, "KG", "14.20", "2026-12-01"),
    ("CF-DEC-1K", "Decaf espresso beans Swiss Water, 1 kg bag", 40, "KG", "16.85", "2026-12-01"),
    ("TE-EBK-100", "English Breakfast tea, 100 envelopes per carton", 24, "CT", "9.60", "2026-12-01"),
], buyer="dana", currency="GBP")
is_weekday(D(2026, 12, 1), 1)
body = """Hi Dana,

Thanks for the order. All three lines confirmed as per your PO - 120 x 1kg Crema, 40 x 1kg decaf and 24 cartons of the English Breakfast - prices as listed, delivery to Esbjerg on Tuesday 1st December.

Roasting will be w/c 23rd Nov so the beans will be nice and fresh (best before 9 months from roast date).

Cheers,
Ollie

--
Oliver Pratt
Trade Sales | Harbour Roast Coffee Ltd
Unit 4, Quayside Works, Bristol BS1 6XN
0117 496 0732
"""
eml = message(reply_headers(po, "Oliver Pratt", "orders@harbourroast.example", rfc_date(2026, 11, 10, 16, 41, 9, "+0000"),
                            "<CAJt0m2pQx7LrW9f3nY+2kV8d@mail.gmail.com>"),
              gmail(body, po, "000000000000a1b2c3d4e5f60001", attrib=gmail_attrib(po, 9, 12)))
case("coffee-gmail-all-confirmed", "confirmation / en-GB, Gmail",
     "Plain full confirmation, but the roast week (w/c 23rd Nov) and the 9-month best-before are dates that are not the delivery date.",
     [po], eml, expect("confirmation", "All three lines confirmed as ordered, delivery Tue 1 Dec = requested. Roast week and shelf life are distractors.", [all_acc(po)]))

# ---------------------------------------------------------------- 002
s = sup("BRANDL", "Rohrtechnik Brandl GmbH", "vertrieb@rohrtechnik-brandl.example", "de-DE")
po = PO("4700231017", s, "2026-11-06", [
    ("ST-14301-38X20", "Stainless tube EN 10217-7 1.4301, 38.0x2.0 mm, bars of 6 m", 120, "M", "9.72", "2026-12-04"),
    ("ST-14404-483X26", "Stainless tube EN 10217-7 1.4404, 48.3x2.6 mm, bars of 6 m", 50, "M", "16.63", "2026-12-04"),
], buyer="jonas")
w50 = kw(2026, 50)
assert w50 == D(2026, 12, 11)
assert 20 * 6 == 120 and abs(120 * 1.80 - 216.0) < 1e-9 and abs(1.80 * 5.40 - 9.72) < 1e-9
assert 9 * 6 == 54 and round(54 * 2.97, 1) == 160.4
body = """Sehr geehrter Herr Keller,

vielen Dank für Ihre Bestellung 4700231017, die wir wie folgt bestätigen:

Pos. 1 – Edelstahlrohr 1.4301, 38,0 x 2,0 mm, geschweißt, EN 10217-7
   Menge: 216,0 kg (20 Stangen à 6 m, theor. Gewicht 1,80 kg/m)
   Preis: 5,40 €/kg

Pos. 2 – Edelstahlrohr 1.4404, 48,3 x 2,6 mm, geschweißt, EN 10217-7
   Menge: 54 m (9 Stangen à 6 m, wir liefern nur ganze Stangen) ≙ ca. 160,4 kg
   Preis: 16,63 €/m wie bestellt

Liefertermin für beide Positionen: KW 50, frei Haus Esbjerg.
Abnahmeprüfzeugnis 3.1 nach EN 10204 liegt der Lieferung bei.
Zahlungsbedingungen unverändert: 30 Tage netto.

Mit freundlichen Grüßen

i. A. Melanie Vogt
Vertriebsinnendienst

Rohrtechnik Brandl GmbH
Industriestraße 14 · 42719 Solingen
Tel. +49 212 2264-31 · Fax +49 212 2264-99
Amtsgericht Wuppertal HRB 18842 · USt-IdNr. DE 813 402 775
"""
eml = message(reply_headers(po, "Vogt, Melanie", "vertrieb@rohrtechnik-brandl.example", rfc_date(2026, 11, 10, 11, 3, 44),
                            "<FR3P281MB1644C0A1D2E3F4A5B6@FR3P281MB1644.DEUP281.PROD.OUTLOOK.COM>", prefix="AW: "),
              outlook(body, po, "_000_FR3P281MB1644C0A1D2E3F4A5B6FR3P281MB1644DEUP_", lang="de",
                      sent="Freitag, 6. November 2026 10:12"))
case("tubes-kg-instead-of-m", "confirmation / de-DE, Outlook",
     "Line 1 is confirmed only as 216,0 kg at 5,40 EUR/kg; the buyer must convert back to 120 m at 9,72 EUR/m via the stated 1,80 kg/m; KW 50 means Friday 11 Dec.",
     [po], eml, expect("confirmation",
                       "Line 1: 216 kg = 20 bars x 6 m = 120 m, 5.40 EUR/kg x 1.80 kg/m = 9.72 EUR/m (as ordered), only the date moves to KW 50 = 2026-12-11. "
                       "Line 2: rounded up to whole bars, 54 m at the PO price, KW 50. EN 10204 3.1 and EN 10217-7 are standards, not dates.",
                       [conf(po, {1: chg(po, 1, d=w50), 2: chg(po, 2, q=54, d=w50)})]))

# ---------------------------------------------------------------- 003
s = sup("BRIGHTLINE", "Brightline Promotional Products, Inc.", "orders@brightlinepromo.example", "en-US")
po = PO("4700231022", s, "2026-11-04", [
    ("PRM-PEN-BLU", "Ballpoint pen, blue barrel, 1-color pad print logo", 5000, "EA", "0.42", "2026-12-10"),
    ("PRM-TOTE-NAT", "Cotton tote bag 140 g/m2, natural, 1-color print 10x12 in", 1000, "EA", "2.15", "2026-12-10"),
    ("PRM-MUG-11", "Ceramic mug 11 oz, white, 2-color print", 500, "EA", "3.40", "2026-12-10"),
], buyer="marta", currency="USD")
assert 7 * 72 == 504
body = """Hi Marta,

Thank you for the order! Please see below:

Pens (5,000 pcs) - confirmed at $0.42/ea. Ship 12/4, in your hands 12/8.
Totes (1,000 pcs) - confirmed at $2.15/ea, same ship/delivery dates.
Mugs - we can only run the 2-color print on the 11 oz in full case packs of 72, so we'd ship 504 pcs at $3.40/ea. Delivery 12/8 as well.

Please note there is a one-time setup charge of $55.00 per imprint color per item, so $220.00 total (pen 1 color, tote 1 color, mug 2 colors), which will show as a separate line on the invoice. Digital proofs will go out tomorrow.

Thanks so much,
Kayla

Kayla Brooks | Account Manager
Brightline Promotional Products, Inc.
2200 W. Hubbard St, Suite 310 | Chicago, IL 60612
P: (312) 555-0148 | F: (312) 555-0199
"""
eml = message(reply_headers(po, "Kayla Brooks", "orders@brightlinepromo.example", rfc_date(2026, 11, 5, 14, 22, 10, "-0600"),
                            "<BN8PR12MB3011E2F4A6C8D0B1@BN8PR12MB3011.namprd12.prod.outlook.com>"),
              outlook(body, po, "_000_BN8PR12MB3011E2F4A6C8D0B1BN8PR12MB3011namp_", lang="en",
                      sent="Wednesday, November 4, 2026 3:12 AM"))
case("promo-setup-cost-us-dates", "confirmation / en-US, Outlook",
     "US month-first dates with ship 12/4 vs in-hands 12/8 (delivery wins), a case-pack rounding to 504, and a setup charge that is not a PO line.",
     [po], eml, expect("confirmation",
                       "Delivery (in hands) 12/8 = 2026-12-08 beats ship 12/4. Mugs rounded to 7 x 72 = 504. The $220 setup charge is a separate invoice line, "
                       "not a change of the unit prices.",
                       [conf(po, {1: chg(po, 1, d=D(2026, 12, 8)), 2: chg(po, 2, d=D(2026, 12, 8)),
                                  3: chg(po, 3, q=504, d=D(2026, 12, 8))})]))

# ---------------------------------------------------------------- 004
s = sup("VDBERG", "Zaadhandel Van der Berg B.V.", "verkoop@vdberg-zaden.example", "nl-NL")
po = PO("4700231031", s, "2026-11-10", [
    ("SD-TOM-RBK", "Tomato seed F1 Rebelski, bag of 50,000 seeds", 20, "BAG", "410.00", "2027-01-15"),
    ("SD-LET-PEL", "Lettuce seed Lollo Bionda, pelleted (price per seed)", 500000, "EA", "0.0062", "2027-01-15"),
    ("SD-CUC-1000", "Cucumber seed F1 Proloog, pack of 1,000 seeds", 30, "PAK", "38.50", "2027-01-15"),
], buyer="tomas")
assert kw(2027, 2) == D(2027, 1, 15)
body = """Beste Tomas,

Hartelijk dank voor uw order 4700231031. Hierbij onze bevestiging:

1. Tomaat F1 Rebelski – 20 zakken à 50.000 zaden. Let op: onze prijs voor dit ras is voor seizoen 2026/27 € 8,40 per 1.000 zaden (het tarief van € 8,20 uit de oude prijslijst vervalt).
2. Sla Lollo Bionda gepilleerd – 500.000 zaden à € 6,20 per 1.000 zaden, conform uw order.
3. Komkommer F1 Proloog – 30 verpakkingen van 1.000 zaden à € 38,50, conform.

Kiemkracht min. 95% (kiemtest d.d. 14-09-2026), partijnummers staan op de pakbon.
Levering: week 2/2027, ruim voor de uitzaai. Eerder lukt niet i.v.m. de ontsmettingsbehandeling.

Met vriendelijke groet,

Sanne de Wit
Binnendienst
Zaadhandel Van der Berg B.V. | Middenweg 212 | 1619 BN Andijk
T 0228 59 14 30 | KvK 36041287
"""
eml = message(reply_headers(po, "Sanne de Wit", "verkoop@vdberg-zaden.example", rfc_date(2026, 11, 12, 8, 47, 2),
                            "<AS8PR09MB5518D1E1F1A1B1C1@AS8PR09MB5518.eurprd09.prod.outlook.com>", prefix="RE: "),
              outlook(body, po, "_000_AS8PR09MB5518D1E1F1A1B1C1AS8PR09MB5518eurp_", lang="nl",
                      sent="dinsdag 10 november 2026 10:12"))
case("seeds-price-per-1000", "confirmation / nl-NL, Outlook",
     "Prices quoted per 1.000 seeds must be converted to a bag of 50,000 (8,40 -> 420.00) and to a single seed (6,20 -> 0.0062); germination-test date is a distractor.",
     [po], eml, expect("confirmation",
                       "Line 1: 8.40 per 1000 seeds x 50 = 420.00 per bag (PO 410.00). Line 2: 6.20/1000 = 0.0062 per seed = PO. Line 3 as ordered. "
                       "Week 2/2027 = Fri 2027-01-15 = requested date.",
                       [conf(po, {1: chg(po, 1, p="420.00"), 2: acc(po, 2), 3: acc(po, 3)})]))

# ---------------------------------------------------------------- 005
s = sup("IDROVALV", "Idrovalvole S.r.l.", "ordini@idrovalvole.example", "it-IT")
po = PO("4700231040", s, "2026-11-05", [
    ("PMP-CN50-160", "Centrifugal pump DN50, impeller 160 mm, 5.5 kW, PN16", 3, "EA", "1890.00", "2026-12-11"),
    ("VLV-BF-DN100", "Butterfly valve DN100 PN16, wafer type, EPDM seat", 12, "EA", "148.00", "2026-12-11"),
    ("VLV-CHK-DN65", "Swing check valve DN65 PN16, flanged, cast iron", 8, "EA", "96.50", "2026-12-11"),
], buyer="jonas")
body = """Buongiorno Sig. Keller,

in riferimento al Vs. ordine n. 4700231040 del 05/11/2026 Vi confermiamo quanto segue:

- pos. 1 – pompa centrifuga DN50, girante Ø160, 5,5 kW: 3 pz a € 1.890,00 cad., consegna 18/12/2026 (il motore ci arriva dal fornitore in sett. 50);
- pos. 2 – valvola a farfalla DN100 PN16: disponibili a magazzino 8 pz, consegna entro 11/12/2026; i restanti 4 pz entro il 15/01/2027. Prezzo € 148,00 cad.;
- pos. 3 – valvola di ritegno DN65 PN16: 8 pz a € 96,50 cad., consegna 11/12/2026.

Resa: franco Vs. magazzino. Pagamento: RiBa 60 gg d.f.f.m.

Cordiali saluti

Giulia Ferraro
Ufficio Commerciale
IDROVALVOLE S.r.l. – Via dell'Artigianato 27 – 25030 Castel Mella (BS)
Tel. +39 030 2581 440 – P.IVA 03318790981
"""
eml = message(reply_headers(po, "Giulia Ferraro", "ordini@idrovalvole.example", rfc_date(2026, 11, 9, 17, 5, 51),
                            "<VI1PR08MB4420B3C5D7E9F1A2@VI1PR08MB4420.eurprd08.prod.outlook.com>", prefix="R: "),
              outlook(body, po, "_000_VI1PR08MB4420B3C5D7E9F1A2VI1PR08MB4420eurp_", lang="it",
                      sent="giovedì 5 novembre 2026 10:12"))
case("valves-dn-split-delivery", "confirmation / it-IT, Outlook",
     "DN/PN sizes and 5,5 kW look like numbers; line 2 is split 8 + 4 over two dates, and the motor arrival week 50 is not the pump delivery.",
     [po], eml, expect("confirmation",
                       "Line 1 date 18/12/2026. Line 2 split: 8 pcs by 11/12/2026, 4 pcs by 15/01/2027. Line 3 as ordered. 'sett. 50' is the supplier's inbound motor.",
                       [conf(po, {1: chg(po, 1, d=D(2026, 12, 18)),
                                  2: chg(po, 2, sched=[(8, D(2026, 12, 11)), (4, D(2027, 1, 15))]),
                                  3: acc(po, 3)})]))

# ---------------------------------------------------------------- 006
s = sup("DULYS", "Papeteries du Lys SAS", "adv@papeteries-dulys.example", "fr-FR")
po = PO("4700231052", s, "2026-11-12", [
    ("PAP-A4-80", "Copy paper A4 80 g/m2, ream of 500 sheets (box of 5 reams)", 1000, "RM", "3.95", "2026-12-03"),
    ("PAP-A3-80", "Copy paper A3 80 g/m2, ream of 500 sheets", 100, "RM", "7.90", "2026-12-03"),
], buyer="marta")
is_weekday(D(2026, 12, 3), 3)
assert 240 * 5 == 1200
body = """Bonjour Madame Lindqvist,

Merci pour votre commande n° 4700231052.

Ligne 1 (A4 80 g) : nous livrons uniquement par palette complète de 240 cartons de 5 ramettes, soit 1 200 ramettes au lieu de 1 000. Prix inchangé : 19,75 € HT le carton de 5 ramettes.
Ligne 2 (A3 80 g) : 100 ramettes à 7,90 € HT, ok.

Livraison le jeudi 3 décembre, camion avec hayon, sur rendez-vous.

Bien cordialement,

Julien Marchand
Administration des ventes
Papeteries du Lys SAS – 12 rue des Tanneurs – 59800 Lille
"""
attrib = "Le 12/11/2026 à 10:12, Marta Lindqvist a écrit :"
eml = message(reply_headers(po, "Julien Marchand", "adv@papeteries-dulys.example", rfc_date(2026, 11, 13, 9, 31, 18),
                            "<9b1e2c4a-7f3d-4e8b-a1c2-3d4e5f6a7b8c@papeteries-dulys.example>", prefix="Re: ",
                            extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "fr")]),
              plain_reply(body, po, attrib=attrib, params="format=flowed", cte="8bit"))
case("paper-pallet-rounding", "confirmation / fr-FR, Thunderbird",
     "Quantity rounded to a full pallet (1 200 ramettes) while the price is quoted per carton of 5 reams; must be divided back to 3,95 per ream.",
     [po], eml, expect("confirmation",
                       "Line 1: 240 cartons x 5 = 1200 reams, 19.75/5 = 3.95 per ream (unchanged). Line 2 as ordered. Thu 3 Dec = requested.",
                       [conf(po, {1: chg(po, 1, q=1200), 2: acc(po, 2)})]))

# ---------------------------------------------------------------- 007
s = sup("AKUPOL", "AkuPol Sp. z o.o.", "zamowienia@akupol.example", "pl-PL")
po = PO("4700231063", s, "2026-11-09", [
    ("BAT-12V74-680", "Car battery 12V 74Ah 680A (EN), L3", 60, "EA", "71.90", "2026-11-27"),
    ("BAT-12V95-800", "Car battery 12V 95Ah 800A (EN), L5", 24, "EA", "98.40", "2026-11-27"),
    ("BAT-AGM70-760", "AGM start-stop battery 12V 70Ah 760A", 36, "EA", "142.00", "2026-11-27"),
], buyer="olivia")
is_weekday(D(2026, 11, 27), 4)
body = """Dzień dobry,

dziękujemy za zamówienie nr 4700231063. Potwierdzamy:

poz. 1 - akumulator 12V 74Ah 680A - 60 szt. - 71,90 EUR/szt.
poz. 2 - akumulator 12V 95Ah 800A - 24 szt. - 98,40 EUR/szt.
Termin dostawy poz. 1 i 2: 27.11.2026 (piątek).

poz. 3 - AGM 70Ah 760A: niestety ten model został wycofany z produkcji przez producenta w październiku i nie jesteśmy w stanie go dostarczyć. Możemy zaproponować następcę AGM 70Ah 720A (kod AGM70-720N) w cenie 139,50 EUR - proszę o informację, czy są Państwo zainteresowani, wtedy przygotujemy osobną ofertę.

Pozdrawiam serdecznie
Katarzyna Wójcik
Dział Sprzedaży
AkuPol Sp. z o.o., ul. Przemysłowa 8, 62-080 Tarnowo Podgórne
tel. +48 61 814 22 90
"""
eml = message(reply_headers(po, "Katarzyna Wójcik", "zamowienia@akupol.example", rfc_date(2026, 11, 11, 13, 18, 27),
                            "<DB9PR04MB8361A4B6C8D0E2F3@DB9PR04MB8361.eurprd04.prod.outlook.com>", prefix="Odp: "),
              outlook(body, po, "_000_DB9PR04MB8361A4B6C8D0E2F3DB9PR04MB8361eurp_", lang="pl",
                      sent="poniedziałek, 9 listopada 2026 10:12", charset="iso-8859-2"))
case("batteries-line-discontinued", "confirmation / pl-PL, Outlook iso-8859-2",
     "Line 3 is discontinued and a successor with a price is offered only as a suggestion; it must be rejected, not changed to the successor.",
     [po], eml, expect("confirmation",
                       "Lines 1-2 confirmed as ordered for 27.11.2026. Line 3 discontinued -> rejected; the AGM70-720N offer is not a confirmation.",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: REJ})]))

# ---------------------------------------------------------------- 008
s = sup("NORDISOL", "Nordisol AB", "order@nordisol.example", "sv-SE")
po = PO("4700231075", s, "2026-11-10", [
    ("INS-XPS-100", "XPS insulation board 100 mm, 1250x600, tongue and groove", 580, "M2", "12.40", "2026-12-04"),
    ("INS-EPS-S100", "EPS S100 insulation board 100 mm (ordered per m3)", 30, "M3", "98.00", "2026-12-04"),
], buyer="marta")
assert 194 * 3 == 582 and abs(37.20 / 3 - 12.40) < 1e-9 and abs(9.80 / 0.1 - 98.0) < 1e-9
body = """Hej Marta,

Tack för beställningen 4700231075! Vi bekräftar enligt nedan:

Rad 1: XPS 100 mm – säljs endast i hela paket om 3,00 m² (4 skivor 1250x600). 194 paket = 582 m², à 37,20 € per paket.
Rad 2: EPS S100, 100 mm – 300 m² (motsvarar 30 m³) à 9,80 €/m².

Leverans vecka 50 med egen bil, lossning med bakgavellyft.

Med vänliga hälsningar
Erik Sandberg
Innesälj | Nordisol AB
Tel. 031-70 45 120 | Mobil 070-318 22 64
"""
eml = message(reply_headers(po, "Erik Sandberg", "order@nordisol.example", rfc_date(2026, 11, 11, 9, 56, 40),
                            "<HE1PR02MB3122F0E1D2C3B4A5@HE1PR02MB3122.eurprd02.prod.outlook.com>", prefix="SV: "),
              outlook(body, po, "_000_HE1PR02MB3122F0E1D2C3B4A5HE1PR02MB3122eurp_", lang="sv",
                      sent="den 10 november 2026 10:12"))
case("insulation-packs-and-m3", "confirmation / sv-SE, Outlook",
     "XPS rounded to whole packs of 3,00 m2 with a per-pack price; EPS ordered in m3 but confirmed in m2 of 100 mm boards at a per-m2 price.",
     [po], eml, expect("confirmation",
                       "Line 1: 194 packs x 3.00 = 582 m2, 37.20/3 = 12.40 per m2 (unchanged). Line 2: 300 m2 x 0.1 m = 30 m3, 9.80/m2 / 0.1 = 98.00/m3 (unchanged). "
                       "Vecka 50 = Fri 2026-12-11 for both.",
                       [conf(po, {1: chg(po, 1, q=582, d=kw(2026, 50)), 2: chg(po, 2, d=kw(2026, 50))})]))

# ---------------------------------------------------------------- 009
s = sup("ALPENPH", "Alpen Pharma Rohstoffe GmbH", "auftrag@alpenpharma-rs.example", "de-AT")
po = PO("4700231088", s, "2026-11-11", [
    ("EXC-MCC-102", "Microcrystalline cellulose PH-102, Ph. Eur., drum 25 kg", 500, "KG", "6.85", "2026-11-27"),
    ("EXC-LAC-MH200", "Lactose monohydrate 200 mesh, Ph. Eur., bag 25 kg", 200, "KG", "3.10", "2026-11-27"),
    ("EXC-MGST-VEG", "Magnesium stearate, vegetable grade, Ph. Eur.", 40, "KG", "12.90", "2026-11-27"),
], buyer="priya")
mail = D(2026, 11, 12)
d924 = next_on_or_after(mail, 11, 24)
is_weekday(d924, 1)
body = """Sehr geehrte Frau Nair,

danke für Ihre Bestellung, die wir gerne bestätigen:

Pos. 1  MCC PH-102: 500 kg (20 Fass à 25 kg), Ch.-B. 2611-0437, verwendbar bis 10/2029, € 6,85/kg
Pos. 2  Lactose-Monohydrat 200 mesh: 200 kg (8 Sack à 25 kg), Ch.-B. L26-3318, € 3,10/kg
Pos. 3  Magnesiumstearat pflanzlich: Gebinde ausschließlich 25-kg-Fass, daher 50 kg (2 Fass), € 12,90/kg

Zustellung per Spedition am Dienstag, 24.11., die Analysenzertifikate (CoA vom 03.11.2026) schicken wir vorab per Mail.

Freundliche Grüße aus Innsbruck

Mag. Lukas Hofer
Auftragsabwicklung
Alpen Pharma Rohstoffe GmbH
Grabenweg 68, 6020 Innsbruck
FN 318844 t, LG Innsbruck | UID ATU 64218830
"""
eml = message(reply_headers(po, "Lukas Hofer", "auftrag@alpenpharma-rs.example", rfc_date(2026, 11, 12, 10, 20, 5),
                            "<5f2a6d0e-11c4-4a7b-9a33-2b8c1e0d7f45@alpenpharma-rs.example>", prefix="AW: "),
              plain_reply(body, po, attrib="Am 11.11.2026 um 10:12 schrieb Priya Nair <priya.nair@nordwind-group.example>:",
                          cte="quoted-printable"))
case("excipients-lots-drum-rounding", "confirmation / de-AT, plain text",
     "Lot numbers like 2611-0437, expiry 10/2029 and a CoA date surround the real date '24.11.' which has no year; line 3 is rounded to whole 25 kg drums.",
     [po], eml, expect("confirmation",
                       "Delivery Tue 24.11. -> 2026-11-24 (earlier than requested 27.11, so changed) for all lines; line 3 rounded 40 -> 50 kg.",
                       [conf(po, {1: chg(po, 1, d=d924), 2: chg(po, 2, d=d924), 3: chg(po, 3, q=50, d=d924)})]))

# ---------------------------------------------------------------- 010
s = sup("KOVOBRNO", "Nástroje Kovo Brno s.r.o.", "objednavky@kovo-brno.example", "cs-CZ")
po = PO("4700231096", s, "2026-11-10", [
    ("INS-CNMG120408-PM", "Turning insert CNMG 120408-PM 4325 (box of 10)", 200, "EA", "8.90", "2026-11-30"),
    ("INS-DCMT11T304-MF", "Turning insert DCMT 11T304-MF 1125 (box of 10)", 45, "EA", "8.60", "2026-11-30"),
    ("DRL-SD203-085", "Solid carbide drill 8.5 mm, 5xD, internal coolant", 6, "EA", "74.00", "2026-11-30"),
], buyer="jonas")
body = """Dobrý den, pane Kellere,

potvrzujeme Vaši objednávku č. 4700231096 takto:

pol. 1 – CNMG 120408-PM 4325 – 200 ks (20 bal. po 10 ks), cena 89,00 EUR / bal.
pol. 2 – DCMT 11T304-MF 1125 – prodáváme jen celá balení po 10 ks, dodáme tedy 50 ks (5 bal.), cena 84,50 EUR / bal.
pol. 3 – vrták SD203 8,5 mm 5xD – 6 ks, cena 74,00 EUR / ks

Termín dodání: pol. 1 a 3 dne 30. 11. 2026, pol. 2 až 7. 12. 2026 (čekáme na povlakování).

S pozdravem

Petr Dvořák
obchodní oddělení
Nástroje Kovo Brno s.r.o. | Vídeňská 95 | 619 00 Brno
IČO: 26931834 | DIČ: CZ26931834 | tel.: +420 543 211 870
"""
eml = message(reply_headers(po, "Petr Dvořák", "objednavky@kovo-brno.example", rfc_date(2026, 11, 13, 7, 55, 12),
                            "<000001db3a41$5e7c2b10$1b748130$@kovo-brno.example>", prefix="RE: ",
                            extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbOkFef7hQ2rQ0lUqJm0n3s5a8Zw==")]),
              outlook(body, po, "----=_NextPart_000_0001_01DB3A41.5E7C2B10", lang="cs",
                      sent="úterý 10. listopadu 2026 10:12", charset="windows-1250"))
case("cnc-inserts-box-price", "confirmation / cs-CZ, Outlook windows-1250",
     "Insert codes 120408 and 11T304 look like dates/numbers; prices are per box of 10 and line 2 is rounded up to whole boxes with a lower box price.",
     [po], eml, expect("confirmation",
                       "Line 1: 89.00/10 = 8.90 per insert, as ordered. Line 2: 50 pcs, 84.50/10 = 8.45, date 2026-12-07. Line 3 as ordered.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, q=50, p="8.45", d=D(2026, 12, 7)), 3: acc(po, 3)})]))

# ---------------------------------------------------------------- 011
s = sup("LINDENHOF", "Lindenhof Kaffee & Tee GmbH", "s.krueger@lindenhof-kaffee.example", "de-DE")
po = PO("4700231104", s, "2026-11-11", [
    ("CF-CRM-1K", "Caffè crema beans, 1 kg bag", 80, "KG", "13.40", "2026-12-02"),
    ("TE-PFM-20", "Peppermint tea, 20 bags per box, carton of 12 boxes", 15, "CT", "18.60", "2026-12-02"),
], buyer="dana")
body = """Vielen Dank für Ihre Nachricht.

Ich bin vom 11.11.2026 bis einschließlich 23.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Petra Ahrens, Tel. +49 40 3861 2244, bestellung@lindenhof-kaffee.example.

Mit freundlichen Grüßen
Sabine Krüger
"""
hs = reply_headers(po, "Sabine Krüger", "s.krueger@lindenhof-kaffee.example", rfc_date(2026, 11, 11, 10, 12, 58),
                   "<AM9PR03MB7216AA01BB02CC03@AM9PR03MB7216.eurprd03.prod.outlook.com>",
                   subject="Automatische Antwort: " + request_subject(po),
                   extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                          ("X-MS-Exchange-Inbox-Rules-Loop", "s.krueger@lindenhof-kaffee.example")])
eml = message(hs, Multi("alternative", [Text(body, "plain", "utf-8", "base64"),
                                         Text("<html><body><div>" + body.replace("\n", "<br>\n") + "</div></body></html>\n", "html", "utf-8", "base64")],
                        "_000_AM9PR03MB7216AA01BB02CC03AM9PR03MB7216eurp_"))
case("ooo-german", "auto_reply / de-DE, Exchange",
     "Out-of-office with a date range and a colleague's phone number, all base64; nothing about the order.",
     [po], eml, expect("auto_reply", "Exchange automatic reply (Auto-Submitted: auto-replied); absence until 23.11.2026."))

# ---------------------------------------------------------------- 012
s = sup("PROMOART", "Promo Art Design SRL", "comenzi@promoart.example", "ro-RO")
po = PO("4700231110", s, "2026-11-10", [
    ("PRM-USB-16", "USB stick 16 GB, metal, laser engraved logo", 300, "EA", "4.20", "2026-12-07"),
    ("PRM-LAN-20", "Lanyard 20 mm, full-colour sublimation, safety clip", 1000, "EA", "0.68", "2026-12-07"),
], buyer="marta")
orig_hdrs = ("Return-Path: <marta.lindqvist@nordwind-group.example>\n"
             "Received: from erp-out.nordwind-group.example (erp-out.nordwind-group.example [10.20.4.17])\n"
             "\tby mail.nordwind-group.example (Postfix) with ESMTPS id 4Dk2Lm0Xq9z3wB\n"
             "\tfor <comenzi@promoart.example>; Tue, 10 Nov 2026 10:12:31 +0100 (CET)\n"
             f"From: Marta Lindqvist <marta.lindqvist@nordwind-group.example>\n"
             f"To: comenzi@promoart.example\n"
             f"Subject: {request_subject(po)}\n"
             f"Date: {rfc_date(2026, 11, 10, 10, 12, 31)}\n"
             f"Message-ID: {po['request_message_id']}\n"
             "MIME-Version: 1.0\n"
             "Content-Type: text/plain; charset=\"utf-8\"\n")
notice = """This is the mail system at host mail.nordwind-group.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<comenzi@promoart.example>: host mx.promoart.example[203.0.113.45] said: 552
    5.2.2 <comenzi@promoart.example>: Mailbox full - quota exceeded (2048 MB)
    (in reply to RCPT TO command)
"""
ds = ("Reporting-MTA: dns; mail.nordwind-group.example\n"
      "X-Postfix-Queue-ID: 4Dk2Lm0Xq9z3wB\n"
      "X-Postfix-Sender: rfc822; marta.lindqvist@nordwind-group.example\n"
      "Arrival-Date: Tue, 10 Nov 2026 10:12:31 +0100 (CET)\n\n"
      "Final-Recipient: rfc822; comenzi@promoart.example\n"
      "Original-Recipient: rfc822;comenzi@promoart.example\n"
      "Action: failed\n"
      "Status: 5.2.2\n"
      "Remote-MTA: dns; mx.promoart.example\n"
      "Diagnostic-Code: smtp; 552 5.2.2 <comenzi@promoart.example>: Mailbox full -\n"
      "    quota exceeded (2048 MB)\n")
hs = [("Return-Path", "<>"),
      ("From", "MAILER-DAEMON@mail.nordwind-group.example (Mail Delivery System)"),
      ("To", "marta.lindqvist@nordwind-group.example"),
      ("Subject", "Undelivered Mail Returned to Sender"),
      ("Date", rfc_date(2026, 11, 10, 10, 12, 36)),
      ("Message-ID", "<20261110091236.7A1C2E0B4F@mail.nordwind-group.example>"),
      ("Auto-Submitted", "auto-replied")]
eml = message(hs, Multi("report", [Text(notice, "plain", "us-ascii", "7bit", extra_headers=[("Content-Description", "Notification")]),
                                   Raw("message/delivery-status", ds, [("Content-Description", "Delivery report")]),
                                   Raw("text/rfc822-headers", orig_hdrs, [("Content-Description", "Undelivered Message Headers")])],
                        "4Dk2Lm0Xq9z3wB.1794301956/mail.nordwind-group.example", params="report-type=delivery-status",
                        preamble="This is a MIME-encapsulated message."))
case("dsn-quota-full", "bounce / (ro-RO supplier), Postfix DSN",
     "Postfix multipart/report for a full mailbox (552 5.2.2) whose returned headers carry the PO number and subject.",
     [po], eml, expect("bounce", "Our own MTA reports the supplier mailbox over quota; the PO number appears only in the returned headers."))

# ---------------------------------------------------------------- 013
s = sup("LIFFEYSIGN", "Liffey Sign & Display Ltd", "sales@liffeysigns.example", "en-IE")
po = PO("4700231121", s, "2026-11-11", [
    ("SGN-ACR-A1", "Acrylic wall sign A1, 5 mm, direct UV print, artwork rev C", 6, "EA", "185.00", "2026-12-09"),
    ("DSP-ROLL-850", "Roll-up banner stand 850x2000 mm incl. print", 10, "EA", "79.00", "2026-12-09"),
    ("DSP-TOTEM-180", "Freestanding totem 1800 mm, double-sided print", 2, "EA", "420.00", "2026-12-09"),
], buyer="marta")
body = """Hi Marta,

Thanks a million for the PO. Before we put this into production - the artwork files you sent over on the 6th are marked rev B, but the PO says rev C for the acrylic signs. Can you send me the rev C files, or confirm rev B is grand to go ahead with?

Also for the roll-ups, do you want the premium base (+€12 each) or the standard one? The pricing on the PO is for standard.

Once I have those I'll come back to you with a firm date - 9 December should be doable if I get the files by Monday.

Kind regards,
Niamh

Niamh Byrne
Liffey Sign & Display Ltd | Unit 7, Ballymount Industrial Estate, Dublin 12, D12 X2P8
+353 1 456 7731
"""
eml = message(reply_headers(po, "Niamh Byrne", "sales@liffeysigns.example", rfc_date(2026, 11, 12, 15, 40, 2, "+0000"),
                            "<CAGh7Tq1+vN0sR4kYw8ZbE2xL5mPo9@mail.gmail.com>", prefix="Re: "),
              gmail(body, po, "000000000000f7e6d5c4b3a20013", attrib=gmail_attrib(po, 9, 12)))
case("signage-artwork-question", "needs_review / en-IE, Gmail",
     "Questions about artwork revision and base option; '9 December should be doable' is conditional, not a commitment.",
     [po], eml, expect("needs_review", "Supplier asks two questions and promises a firm date later; the 9 Dec mention is conditional on receiving files."))

# ---------------------------------------------------------------- 014
s = sup("BETONRHEIN", "Betonchemie Rhein AG", "verkauf@betonchemie-rhein.example", "de-CH")
po_a = PO("4700231030", s, "2026-11-03", [
    ("ADM-PCE-IBC", "Superplasticizer PCE, IBC 1000 l", 3, "IBC", "1320.00", "2026-12-10"),
    ("ADM-RET-200", "Set retarder, drum 200 l", 4, "DR", "265.00", "2026-12-10"),
], buyer="jonas")
po_b = PO("4700231133", s, "2026-11-11", [
    ("ADM-PCE-IBC", "Superplasticizer PCE, IBC 1000 l", 2, "IBC", "1320.00", "2026-12-10"),
    ("ADM-AEA-25", "Air entraining agent, canister 25 l", 6, "CAN", "58.00", "2026-12-10"),
], buyer="jonas")
is_weekday(D(2026, 12, 10), 3)
conf_a_id = "<ZR0P278MB0419D9E8F7A6B5C4@ZR0P278MB0419.CHEP278.PROD.OUTLOOK.COM>"
conf_a = """Guten Tag Herr Keller

Ihre Bestellung 4700231030 bestätigen wir wie folgt:
Pos. 1  3 IBC Fliessmittel PCE à EUR 1'320.00
Pos. 2  4 Fass Verzögerer à EUR 265.00
Lieferung Donnerstag, 10.12.2026, per LKW ab Werk Pratteln, Anlieferung 07:00-11:00 Uhr.

Freundliche Grüsse
Reto Meier
"""
our_b = ("Hello Mr Meier,\n\nthank you. Please also confirm our follow-up order 4700231133 (2 more IBC PCE and 6 canisters air entraining agent), "
         "same delivery if possible.\n\n" + request_text(po_b, short=True).split("\n", 2)[2])
body = """Hallo Herr Keller

Dito.

Gruss
Reto Meier

Betonchemie Rhein AG | Hardstrasse 41 | CH-4133 Pratteln
T +41 61 826 44 10
"""
quoted = ("Von: Jonas Keller <jonas.keller@nordwind-group.example>\nGesendet: Mittwoch, 11. November 2026 10:12\n"
          "An: Meier Reto <verkauf@betonchemie-rhein.example>\nBetreff: RE: Purchase order 4700231030 - please confirm\n\n"
          + our_b + "\nVon: Meier Reto <verkauf@betonchemie-rhein.example>\nGesendet: Mittwoch, 4. November 2026 08:41\n"
          "An: Jonas Keller <jonas.keller@nordwind-group.example>\nBetreff: AW: Purchase order 4700231030 - please confirm\n\n"
          + conf_a + "\nVon: Jonas Keller <jonas.keller@nordwind-group.example>\nGesendet: Dienstag, 3. November 2026 10:12\n"
          "An: verkauf@betonchemie-rhein.example\nBetreff: Purchase order 4700231030 - please confirm\n\n" + request_text(po_a, short=True))
plain = body + "\n" + quoted
html = ("<html><body><div style=\"font-family:Arial;font-size:10pt\">" + body.replace("\n", "<br>\n") +
        "</div><hr>" + quoted.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</body></html>\n")
hs = reply_headers(po_b, "Meier Reto", "verkauf@betonchemie-rhein.example", rfc_date(2026, 11, 12, 7, 48, 13),
                   "<ZR0P278MB0419E1F2A3B4C5D6@ZR0P278MB0419.CHEP278.PROD.OUTLOOK.COM>",
                   subject="AW: RE: Purchase order 4700231030 - please confirm",
                   refs=[po_a["request_message_id"], conf_a_id, po_b["request_message_id"]])
eml = message(hs, Multi("alternative", [Text(plain, "plain", "utf-8", "quoted-printable"), Text(html, "html", "utf-8", "quoted-printable")],
                        "_000_ZR0P278MB0419E1F2A3B4C5D6ZR0P278MB0419CHEP_"))
case("admixture-dito", "confirmation / de-CH, Outlook thread",
     "The whole answer is 'Dito.'; it confirms the follow-up PO 4700231133 on the terms of the supplier's earlier quoted confirmation, while the subject still names the first PO.",
     [po_a, po_b], eml, expect("confirmation",
                               "'Dito' answers our last quoted mail (please also confirm 4700231133, same delivery): same terms as the earlier "
                               "confirmation = prices as ordered, delivery Thu 10.12.2026 = requested. PO 4700231030 is only quoted (already "
                               "confirmed earlier), so it is left out.",
                               [all_acc(po_b)]))

# ---------------------------------------------------------------- 015
s = sup("LEVANTE", "Mobiliario Exterior Levante S.L.", "pedidos@exteriorlevante.example", "es-ES")
po = PO("4700231140", s, "2026-11-09", [
    ("GF-SET-BIS4", "Bistro set: table 70 cm + 2 chairs, aluminium, anthracite", 40, "SET", "189.00", "2027-01-08"),
    ("GF-CHR-STK", "Stackable garden chair, polypropylene, white", 200, "EA", "24.50", "2027-01-08"),
    ("GF-UMB-300", "Parasol 300 cm with crank, beige", 15, "EA", "129.00", "2027-01-08"),
], buyer="marta")
body = """Hola Marta:

Gracias por el pedido 4700231140. Te confirmamos cantidades y precios de las tres líneas tal como vienen en el pedido.

En cuanto a la entrega, la fábrica cierra del 21 de diciembre al 6 de enero, así que no llegamos al 8 de enero. Calculamos que estará todo listo hacia mediados de enero; en cuanto tenga la fecha de carga te la paso.

Un saludo,
Alberto Navarro
Dpto. Comercial · Mobiliario Exterior Levante S.L.
Polígono Industrial El Oliveral, calle K, 4 · 46394 Ribarroja del Turia (Valencia)
"""
eml = message(reply_headers(po, "Alberto Navarro", "pedidos@exteriorlevante.example", rfc_date(2026, 11, 11, 12, 10, 37),
                            "<CAB9sLx4Rk2+Wq7oEe1nV0yTz6uH3g@mail.gmail.com>", prefix="Re: "),
              gmail(body, po, "0000000000003c4d5e6f7a8b0015", attrib="El lun, 9 nov 2026 a las 10:12, Marta Lindqvist (<marta.lindqvist@nordwind-group.example>) escribió:"))
case("garden-mid-january", "needs_review / es-ES, Gmail",
     "Quantities and prices are confirmed but the date is only 'hacia mediados de enero' with the exact date promised later.",
     [po], eml, expect("needs_review", "Requested 8 Jan cannot be met; only a vague 'mid-January' and a promise to send the loading date later - a buyer cannot record a committed date."))

# ---------------------------------------------------------------- 016
s = sup("MDTBRAB", "Maison du Thé Brabant SPRL", "commandes@maisondethe-brabant.example", "fr-BE")
po = PO("4700231152", s, "2026-11-12", [
    ("TE-EG-1K", "Earl Grey loose leaf tea, 1 kg bag", 30, "KG", "21.40", "2026-12-15"),
    ("TE-GRN-SEN", "Green tea Sencha, 1 kg bag", 20, "KG", "24.90", "2026-12-15"),
    ("TE-ROO-100", "Rooibos tea bags, carton of 100", 40, "CT", "7.35", "2026-12-15"),
], buyer="dana")
is_weekday(D(2026, 12, 15), 1)
body = """Bonjour Madame Ruiz,

Nous vous remercions pour votre commande n° 4700231152 du 12/11/2026, que nous confirmons intégralement : quantités et prix conformes, livraison le mardi 15/12/2026 à Esbjerg.

Pour votre information : suite à la hausse des cours à l'origine, nos tarifs augmenteront de 4,5 % à partir du 1er janvier 2027. Vous trouverez la nouvelle liste de prix en pièce jointe.

Meilleures salutations,

Sophie Lambert
Service clientèle
Maison du Thé Brabant SPRL – Chaussée de Louvain 431 – 1380 Lasne
TVA BE 0437.218.664
"""
tarif = simple_doc([("Maison du Thé Brabant SPRL - Tarif professionnel 2027", True), "",
                    "Valable à partir du 01/01/2027 - prix HT en EUR", "",
                    "Réf.          Désignation                         Unité      Prix",
                    "TE-EG-1K      Earl Grey vrac, sachet 1 kg          kg         22,36",
                    "TE-GRN-SEN    Thé vert Sencha, sachet 1 kg         kg         26,02",
                    "TE-ROO-100    Rooibos, carton de 100 sachets       carton      7,68",
                    "TE-DJ-1K      Darjeeling FTGFOP1, sachet 1 kg      kg         31,45", "",
                    "Conditions : franco à partir de 500 EUR HT, paiement 30 jours date de facture."],
                   title="Tarif 2027", producer="Microsoft Word - Tarif 2027", creation="D:20261105141200+01'00'")
alt = outlook(body, po, "_000_PR3P195MB0712A1A2B3B4C5C6PR3P195MB0712EURP_", lang="fr", sent="jeudi 12 novembre 2026 10:12")
eml = message(reply_headers(po, "Sophie Lambert", "commandes@maisondethe-brabant.example", rfc_date(2026, 11, 13, 16, 2, 55),
                            "<PR3P195MB0712A1A2B3B4C5C6@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM>", prefix="RE : "),
              Multi("mixed", [alt, Attachment("application/pdf", tarif, "Tarif_2027_MDTB.pdf")], "_004_PR3P195MB0712A1A2B3B4C5C6PR3P195MB0712EURP_"))
case("tea-price-from-january", "confirmation / fr-BE, Outlook + PDF price list",
     "A +4,5 % increase 'à partir du 1er janvier 2027' and an attached 2027 price list must not be applied to an order delivered on 15/12/2026.",
     [po], eml, expect("confirmation",
                       "Order confirmed in full for 15/12/2026; the 2027 tariff (+4.5%, attached) applies from 1 Jan and does not change this December delivery.",
                       [all_acc(po)]))
