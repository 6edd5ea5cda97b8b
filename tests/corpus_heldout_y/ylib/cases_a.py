"""Cases 001-020."""
import html as _html

from .case import S, L, PO, C, case, reply, kw, next_md, wd, D, req_text
from . import mime

A, R, U = "A", "R", "U"

# ------------------------------------------------------------------ 001
sup = S("VOGT", "Darmhandel Vogt GmbH", "orders@darm-vogt.example", "de-DE", "Mr Vogt")
po = PO("PO-26-01187", sup, [
    L(1, "SD-2830-H", "Schweinedarm Kaliber 28/30, gesalzen, Hank 91 m", 60, "HANK", "34.80", "2026-12-01"),
    L(2, "KOL-21-NAT", "Kollagendarm Kal. 21, natur, Raupe 50 m", 120, "EA", "6.95", "2026-12-01"),
    L(3, "NET-1415", "Fleischnetz elastisch 14/15, Rolle 50 m", 30, "ROL", "22.40", "2026-12-01"),
], org="kessler", buyer="Jana Brandt", issued="2026-11-03")
body = """Sehr geehrte Frau Brandt,

vielen Dank für Ihre Bestellung PO-26-01187 vom 03.11.2026, die wir hiermit wie folgt bestätigen:

Pos. 1   Schweinedarm Kal. 28/30, 60 Hanks à 34,80 EUR
Pos. 2   Kollagendarm Kal. 21, 120 Raupen à 6,95 EUR
Pos. 3   Fleischnetz 14/15, 30 Rollen à 22,40 EUR

Liefertermin: 01.12.2026 wie gewünscht, frei Haus.
Zahlungsbedingungen: 30 Tage netto, 14 Tage 2 % Skonto.
MHD der Naturdärme: mind. 12 Monate ab Lieferung.

Mit freundlichen Grüßen

Markus Vogt
Innendienst
Darmhandel Vogt GmbH | Schlachthofstraße 12 | 30453 Hannover
Tel. +49 511 4471-20

Geschäftsführer: Heinrich Vogt | Amtsgericht Hannover HRB 20117
"""
eml = reply(po, "Markus Vogt", mime.date_hdr(2026, 11, 5, 10, 42), body, lang="de", charset="iso-8859-1",
            boundary_seed="y001", ua="Microsoft Outlook 16.0")
case("001-natural-casings-all-confirmed", "confirmation", "de-DE",
     "Everything as ordered, but calibres 28/30 and 14/15, MHD 12 months and Skonto days look like dates/quantities.",
     [po], eml, [(po, {1: A, 2: A, 3: A})])

# ------------------------------------------------------------------ 002
sup = S("NORDK", "Nordkultur A/S", "ordre@nordkultur.example", "da-DK", "Mette")
po = PO("PO-26-01192", sup, [
    L(1, "YC-350-500U", "Joghurtkultur YC-350, DVS 500 U", 50, "PCE", "28.40", "2026-12-04"),
    L(2, "CHN-11-50U", "Käsekultur CHN-11, DVS 50 U", 20, "PCE", "42.00", "2026-12-04"),
    L(3, "PC-2-10D", "Penicillium candidum PC-2, 10 D", 10, "PCE", "18.75", "2026-12-04"),
], org="kessler", buyer="Jana Brandt", issued="2026-11-04")
assert kw(49) == D(2026, 12, 4)
body = """Hej Jana

Tak for ordren. Vi bekræfter PO-26-01192 med levering i uge 49 (fredag d. 4. december), dog med én ændring:

Pos. 2 CHN-11 50 U: pga. stigende råvarepriser hæves prisen med 4,5 % pr. 1. december - ny pris 43,89 EUR pr. pose.

Øvrige positioner som bestilt. Kulturerne sendes på køl (maks. 4 °C), holdbarhed min. 18 mdr.

Med venlig hilsen
Mette Kjærgaard
Kundeservice, Nordkultur A/S
"""
eml = reply(po, "Mette Kjærgaard", mime.date_hdr(2026, 11, 9, 14, 5), body, client="gmail", lang="da",
            subject="Re: Purchase order PO-26-01192 - please confirm", charset="iso-8859-1", boundary_seed="y002",
            attribution="Den ons. 4. nov. 2026 kl. 09.14 skrev Jana Brandt <jana.brandt@kessler-food.example>:")
case("002-cultures-price-percent", "confirmation", "da-DK",
     "Danish; week 49 equals the requested Friday, one line +4.5 % (also given as the new absolute price 43,89).",
     [po], eml, [(po, {1: A, 2: C(p="43.89"), 3: A})])

# ------------------------------------------------------------------ 003
sup = S("ARMOR", "Étiquettes Armor Print SAS", "adv@armorprint.example", "fr-FR", "Ms Le Gall")
po = PO("PO-26-01201", sup, [
    L(1, "ETQ-100x70-CAM", "Etikett 100x70 mm Camembert, 4c, Rolle Ø76", 50000, "EA", "0.0420", "2026-12-15"),
    L(2, "ETQ-60x40-BRIE", "Etikett 60x40 mm Brie, 2c", 12000, "EA", "0.0610", "2026-12-15"),
], org="kessler", buyer="Tobias Reim", issued="2026-11-04")
nn = "\u202f"
body = f"""Bonjour Monsieur Reim,

Nous accusons bonne réception de votre commande PO-26-01201 et vous la confirmons aux conditions suivantes :

- Étiquettes 100x70 Camembert : 50{nn}000 ex. (20 rouleaux de 2{nn}500), prix 44,50 € HT le mille - nouveau tarif papier au 1er novembre.
- Étiquettes 60x40 Brie : conditionnement par rouleaux de 2{nn}500 ex., nous livrerons donc 12{nn}500 ex. (5 rouleaux) au prix commandé de 61,00 € le mille.

Livraison le 17/12 (départ de notre usine le 15/12).

Cordialement,

Sophie Le Gall
Administration des ventes
Étiquettes Armor Print SAS - ZI de Kerbriant - 29200 Brest
"""
eml = reply(po, "Sophie Le Gall", mime.date_hdr(2026, 11, 10, 11, 20), body, lang="fr", boundary_seed="y003",
            ua="Microsoft Outlook 16.0")
case("003-labels-price-per-mille-roll-rounding", "confirmation", "fr-FR",
     "Prices per thousand with narrow no-break thousands separators, roll rounding 12 000 -> 12 500, factory dispatch 15/12 vs delivery 17/12.",
     [po], eml, [(po, {1: C(p="0.0445", d="2026-12-17"), 2: C(q=12500, d="2026-12-17")})])

# ------------------------------------------------------------------ 004
sup = S("PDN", "Polymeer Distributie Nederland B.V.", "orderdesk@pdn-polymers.example", "nl-NL", "Ruud")
po = PO("4500231144", sup, [
    L(1, "PP-H350FB", "PP homopolymer H350FB, MFI 3.5, bags 25 kg", 10000, "KG", "1.3850", "2026-11-27"),
    L(2, "MB-BLK-9005", "Masterbatch black RAL 9005, 40% carbon, bags 25 kg", 500, "KG", "3.1200", "2026-11-27"),
    L(3, "PE-LD-2420H", "LDPE 2420H film grade, octabin", 4800, "KG", "1.6200", "2026-11-27"),
], buyer="Dana Ruiz", issued="2026-11-05")
wd(D(2026, 11, 27), "Fri")
body = """Beste Dana,

Hierbij bevestigen wij uw order 4500231144:

- PP H350FB: wij leveren per volle pallet (55 zakken à 25 kg = 1.375 kg). Uw 10.000 kg wordt daarom 8 pallets = 11.000 kg, prijs ongewijzigd € 1.385,- per ton.
- Masterbatch zwart RAL 9005: 500 kg (20 zakken) à € 3,12/kg - akkoord.
- LDPE 2420H: octabins van 1.200 kg, 4 stuks = 4.800 kg à € 1.620,-/t.

Levering alles samen op vrijdag 27 november, vrachtwagen met laadklep.

Met vriendelijke groet,
Ruud van den Berg
Orderdesk PDN Polymers
"""
eml = reply(po, "Ruud van den Berg", mime.date_hdr(2026, 11, 11, 8, 55), body, client="thunderbird", lang="nl",
            subject="Re: Purchase order 4500231144 - please confirm", text_only=True, boundary_seed="y004",
            attribution="Op 05-11-2026 om 09:14 schreef Dana Ruiz:", ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")
case("004-resin-pallet-rounding-price-per-ton", "confirmation", "nl-NL",
     "Prices quoted per ton against a PO in kg (same value), pallet rounding 10.000 -> 11.000 kg with Dutch thousand dots.",
     [po], eml, [(po, {1: C(q=11000), 2: A, 3: A})])

# ------------------------------------------------------------------ 005
sup = S("STALPOL", "Stalpol Dystrybucja Sp. z o.o.", "zamowienia@stalpol.example", "pl-PL", "Ms Wróbel")
po = PO("4500231160", sup, [
    L(1, "RD40-S355", "Round bar S355J2+N dia 40 mm, 6 m lengths", 50, "M", "14.20", "2026-12-04"),
    L(2, "SHS40-3", "Square tube S235JR 40x40x3, 6 m", 36, "M", "5.85", "2026-12-04"),
    L(3, "FL80-10", "Flat bar S235JR 80x10, 6 m", 24, "M", "6.40", "2026-12-04"),
], buyer="Oskar Lind", issued="2026-11-05")
body = """Dzień dobry Panie Oskarze,

potwierdzamy zamówienie 4500231160:

poz. 1 - pręt okrągły S355J2+N fi 40: sprzedajemy tylko pełne sztaby 6 m, więc wysyłamy 9 szt. = 54 m, cena bez zmian 14,20 EUR/m.
poz. 2 - profil zamknięty 40x40x3 S235JR: 36 m (6 szt.) - zgodnie z zamówieniem.
poz. 3 - płaskownik 80x10: niestety obecnie brak na magazynie i huta nie walcuje tego wymiaru do końca roku, nie jesteśmy w stanie zrealizować tej pozycji.

Termin dostawy: 49 tydzień (do 04.12.2026). Do dostawy dołączymy atest 3.1 wg EN 10204.

Pozdrawiam
Agnieszka Wróbel
Dział Sprzedaży
Stalpol Dystrybucja Sp. z o.o.
"""
eml = reply(po, "Agnieszka Wróbel", mime.date_hdr(2026, 11, 9, 13, 30), body, lang="pl", charset="windows-1250",
            boundary_seed="y005", hdr_enc="Q", ua="Microsoft Outlook 16.0")
case("005-steel-bars-full-lengths-one-rejected", "confirmation", "pl-PL",
     "Polish; bar lengths round 50 m up to 54 m, one line rejected, dimensions 40x40x3 and EN 10204 look like numbers to pick up.",
     [po], eml, [(po, {1: C(q=54), 2: A, 3: R})])

# ------------------------------------------------------------------ 006
sup = S("PINN", "Pinnacle Components LLC", "orders@pinnaclecomp.example", "en-US", "Sam")
po = PO("VS-PO-18821", sup, [
    L(1, "RC0805FR-0710KL", "Resistor 0805 10k 1% 1/8W", 12000, "EA", "0.0042", "2026-12-11"),
    L(2, "GRM188R71H104KA93D", "Cap MLCC 0603 100nF 50V X7R", 10000, "EA", "0.0085", "2026-12-11"),
    L(3, "STM32G071RBT6", "MCU ARM Cortex-M0+ 128KB LQFP-64", 500, "EA", "2.4100", "2027-01-15"),
    L(4, "TPS54331DR", "Buck converter 3.5A 28V SOIC-8", 1000, "EA", "0.7900", "2026-12-11"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-02")
answers = {
    "1": "SW: packed in reels of 5,000, we need to ship full reels so qty goes to 15,000. Price holds at $0.0042. Dock date 12/11/2026.",
    "2": "SW: Murata has this on allocation. We can commit 6,000 pcs for 12/11/2026; the balance of 4,000 is not confirmed yet, I will update once we get our allocation for Q1.",
    "3": "SW: factory lead time is 16 wks. Best dock date we can give is 03/12/2027. Price $2.41 ok.",
    "4": "SW: ok as ordered.",
}
inline = []
for ql in req_text(po).rstrip("\n").split("\n"):
    inline.append(("> " + ql) if ql else ">")
    key = ql.split(" ", 1)[0]
    if key in answers and ql[len(key):].startswith("  "):
        inline += ["", answers[key], ""]
body = ("Hi Kevin,\n\nThanks for PO VS-PO-18821. My answers are inline below, marked SW.\n\n"
        "Quote Q-55120 pricing valid until 12/31/2026. Terms Net 30.\n\nBest,\nSam Whitfield\n"
        "Inside Sales | Pinnacle Components\n(512) 555-0148\n\n"
        "On Mon, 2 Nov 2026 at 09:14, Kevin Osei <kevin.osei@voltaris.example> wrote:\n" + "\n".join(inline) + "\n")
eml = reply(po, "Sam Whitfield", mime.date_hdr(2026, 11, 4, 16, 22, "-0600"), body, client="gmail",
            quote=False, boundary_seed="y006", subject="Re: Purchase order VS-PO-18821 - please confirm",
            html_body="<pre>" + _html.escape(body) + "</pre>")
case("006-electronics-reels-allocation-leadtime", "confirmation", "en-US",
     "Answers typed inline between the quoted PO rows; US month-first dates (12/11 = Dec 11, 03/12/2027 = Mar 12), full-reel rounding, allocation confirms only 6,000 of 10,000, quote validity 12/31.",
     [po], eml, [(po, {1: C(q=15000), 2: C(q=6000), 3: C(d="2027-03-12"), 4: A})])

# ------------------------------------------------------------------ 007
sup = S("MTW", "Midland Tyre Wholesale Ltd", "sales@midlandtyre.example", "en-GB", "Tom")
po = PO("HL/26/0398", sup, [
    L(1, "MIC-2055516-91V", "Tyre 205/55 R16 91V Primacy 4+", 80, "EA", "71.50", "2026-11-27"),
    L(2, "CON-3158022-156", "Truck tyre 315/80 R22.5 156/150L HSR2", 12, "EA", "289.00", "2026-11-27"),
    L(3, "WHL-STL-6.5x16", "Steel wheel 6.5Jx16 ET50 5/112", 40, "EA", "38.90", "2026-11-27"),
], org="harbour", buyer="Rachel Doyle", currency="GBP", issued="2026-11-06")
wd(D(2026, 11, 27), "Fri"); wd(D(2026, 12, 11), "Fri")
body = """Morning Rachel,

Thanks for the order. Confirming HL/26/0398 as follows:

205/55 R16 91V - we've only got 40 in stock at Daventry, these will be with you Fri 27/11. Remaining 40 due in from Michelin, delivery to you Friday 11/12.
315/80 R22.5 - 12 off, 27/11, £289.00 each as per PO.
Steel wheels 6.5Jx16 ET50 - price has gone up to £41.20 each I'm afraid (steel surcharge), otherwise fine for 27/11.

Cheers
Tom Adeyemi
Midland Tyre Wholesale
"""
eml = reply(po, "Tom Adeyemi", mime.date_hdr(2026, 11, 10, 9, 5, "+0000"), body, boundary_seed="y007",
            ua="Microsoft Outlook 16.0")
case("007-tyres-split-and-wheel-price", "confirmation", "en-GB",
     "Tyre sizes 205/55 R16 and 315/80 R22.5 look like dates/fractions; one line split 40+40 over 27/11 and 11/12, wheels repriced.",
     [po], eml, [(po, {1: C(s=[(40, "2026-11-27"), (40, "2026-12-11")]), 2: A, 3: C(p="41.20")})])

# ------------------------------------------------------------------ 008
sup = S("LIFFEY", "Liffey Office Supplies Ltd", "orders@liffeyoffice.example", "en-IE", "Ciara")
po = PO("HL/26/0412", sup, [
    L(1, "PAP-A4-80", "Copy paper A4 80 g/m2, box of 5 reams", 40, "BOX", "21.90", "2026-11-18"),
    L(2, "TON-HP-59A", "Toner HP 59A CF259A black", 6, "EA", "96.00", "2026-11-18"),
    L(3, "TON-HP-59X", "Toner HP 59X CF259X black high yield", 4, "EA", "162.00", "2026-11-18"),
], org="harbour", buyer="Rachel Doyle", currency="EUR", issued="2026-11-09")
wd(D(2026, 11, 19), "Thu")
body = """

Get Outlook for iOS
"""
eml = reply(po, "Ciara Byrne", mime.date_hdr(2026, 11, 16, 7, 48, "+0000"), body,
            subject="RE: Purchase order HL/26/0412 - please confirm - all confirmed, delivery Thurs 19/11",
            boundary_seed="y008", html_body="<div dir=\"ltr\"><br></div><div dir=\"ltr\">Get <a href=\"https://aka.ms/o0ukef\">Outlook for iOS</a></div>")
d19 = "2026-11-19"
case("008-office-paper-answer-in-subject", "confirmation", "en-IE",
     "The whole answer is in the subject line (all lines, delivery Thursday 19/11, a day after the request); body is empty apart from the mobile footer.",
     [po], eml, [(po, {1: C(d=d19), 2: C(d=d19), 3: C(d=d19)})])

# ------------------------------------------------------------------ 009
sup = S("FERBRI", "Ferramenta Brianza S.r.l.", "ordini@ferbrianza.example", "it-IT", "Ms Colombo")
po = PO("4500231188", sup, [
    L(1, "CRN-110-CLIP", "Concealed hinge 110 deg, clip-on, 35 mm cup", 2000, "EA", "1.80", "2026-12-10"),
    L(2, "GUI-450-FE", "Drawer slide full extension 450 mm, 40 kg (pair)", 200, "PR", "6.40", "2026-12-10"),
    L(3, "CRN-165-PLT", "Hinge mounting plate H2, cruciform", 2000, "EA", "0.32", "2026-12-10"),
], buyer="Priya Raman", issued="2026-11-06")
body = """Gentile Sig.ra Raman,

confermiamo l'ordine n. 4500231188 del 06/11/2026 con le seguenti precisazioni:

- Cerniera 110° clip 35 mm: 2.000 pz a € 185,00 per 100 pz (listino 2027 in vigore dal 01/12).
- Guida estrazione totale 450 mm: 400 pz (= 200 coppie) a € 6,40 la coppia.
- Basetta H2 a croce: 2.000 pz a € 32,00 per 100 pz.

Consegna prevista 10/12/2026 franco Vs. magazzino. Pagamento RB 60 gg d.f.f.m.

Cordiali saluti
Giulia Colombo
Ufficio Commerciale
Ferramenta Brianza S.r.l. - Via Milano 41 - 20833 Giussano (MB)
"""
eml = reply(po, "Giulia Colombo", mime.date_hdr(2026, 11, 12, 15, 40), body, lang="it", charset="windows-1252",
            boundary_seed="y009", ua="Microsoft Outlook 16.0")
case("009-hinges-per-100-slides-in-pairs", "confirmation", "it-IT",
     "Prices per 100 pieces (185,00 -> 1.85 changed, 32,00 -> 0.32 unchanged) and 400 pieces = 200 pairs, which is the ordered quantity.",
     [po], eml, [(po, {1: C(p="1.85"), 2: A, 3: A})])

# ------------------------------------------------------------------ 010
sup = S("HLG", "Helvetia Laborglas AG", "verkauf@helvetia-laborglas.example", "de-CH", "Mr Zürcher")
po = PO("CP26001577", sup, [
    L(1, "BG-250-NF", "Becherglas 250 ml, niedrige Form, Borosilikat 3.3", 1000, "EA", "1.95", "2026-12-08"),
    L(2, "MK-100-NS1423", "Messkolben 100 ml, Klasse A, NS 14/23", 200, "EA", "7.80", "2026-12-08"),
    L(3, "LF-500-GL45", "Laborflasche 500 ml GL 45 mit Kappe", 600, "EA", "3.10", "2026-12-08"),
    L(4, "PIP-10-AS", "Messpipette 10 ml, Klasse AS, 0,1 Teilung", 150, "EA", "4.45", "2026-12-08"),
], org="celvion", buyer="Lukas Meier", issued="2026-11-05")
body = """Grüezi Herr Meier

Besten Dank für Ihre Bestellung CP26001577. Gerne bestätigen wir:

Pos. 1 Becherglas 250 ml: 1'000 Stk. à EUR 1.95, Lieferung 08.12.2026
Pos. 3 Laborflasche 500 ml GL 45: 600 Stk. à EUR 3.10, Lieferung 08.12.2026

Pos. 2 Messkolben 100 ml NS 14/23: Dieser Artikel wird vom Hersteller nicht mehr produziert. Als Ersatz könnten wir MK-100-NS1423-B (Klasse B) anbieten - bei Interesse bitte separat bestellen.
Pos. 4 Messpipetten: Termin ist noch offen, wir melden uns nächste Woche.

Freundliche Grüsse
Beat Zürcher
Verkauf Innendienst
Helvetia Laborglas AG, Industriestrasse 7, 8604 Volketswil
"""
eml = reply(po, "Beat Zürcher", mime.date_hdr(2026, 11, 11, 10, 10), body, lang="de", boundary_seed="y010",
            ua="Microsoft Outlook 16.0")
case("010-lab-glass-discontinued-and-open", "confirmation", "de-CH",
     "Swiss 1'000 and dot decimals; one line no longer produced (rejected, alternative only offered), one line 'we will come back next week' (unconfirmed).",
     [po], eml, [(po, {1: A, 2: R, 3: A, 4: U})])

# ------------------------------------------------------------------ 011
sup = S("AGROEB", "Agroquímicos del Ebro S.A.", "pedidos@agroebro.example", "es-ES", "Jordi")
po = PO("GA-26-7731", sup, [
    L(1, "GLY-360-IBC", "Glyphosate 360 g/l SL, IBC 1000 l", 3000, "L", "4.85", "2026-12-11"),
    L(2, "CU-OXY-200", "Copper oxychloride 50 WP suspension, drum 200 l", 1000, "L", "7.20", "2026-12-11"),
    L(3, "ADJ-SIL-20", "Silicone adjuvant, canister 20 l", 200, "L", "11.40", "2026-12-11"),
], org="greenacre", buyer="Sanne de Wit", issued="2026-11-09")
assert kw(50) == D(2026, 12, 11)
body = """Estimada Sanne:

Le confirmamos su pedido GA-26-7731:

1. Glifosato 360 g/l: 3 IBC de 1.000 l. El precio por IBC es de 4.950,00 € (actualización de tarifa por el coste de la materia activa).
2. Oxicloruro de cobre: 5 bidones de 200 l a 7,20 €/l, según pedido.
3. Coadyuvante siliconado: 10 garrafas de 20 l a 11,40 €/l.

Entrega: semana 50. Le enviaremos las fichas de datos de seguridad y el certificado de análisis (lote con caducidad 11/2028).

Un saludo,
Jordi Puig
Dpto. Comercial - Agroquímicos del Ebro
"""
eml = reply(po, "Jordi Puig", mime.date_hdr(2026, 11, 13, 12, 30), body, client="gmail", lang="es",
            subject="Re: Purchase order GA-26-7731 - please confirm", boundary_seed="y011",
            attribution="El lun, 9 nov 2026 a las 9:14, Sanne de Wit (<sanne.de.wit@greenacre.example>) escribió:")
case("011-agchem-price-per-ibc", "confirmation", "es-ES",
     "Price given per IBC of 1.000 l (4.950,00 EUR -> 4.95 per litre), week 50 = requested Friday, expiry 11/2028 is not a delivery date.",
     [po], eml, [(po, {1: C(p="4.95"), 2: A, 3: A})])

# ------------------------------------------------------------------ 012
sup = S("SERRA", "Café Serra Alta Exportadora Ltda", "export@serraalta.example", "pt-BR", "Rafael")
po = PO("GA-26-7740", sup, [
    L(1, "GC-SUL-NY2", "Green coffee Brazil Sul de Minas NY2 17/18, bags 60 kg", 960, "BAG", "398.00", "2027-01-15"),
    L(2, "GC-MOG-FC", "Green coffee Brazil Mogiana fine cup, bags 60 kg", 320, "BAG", "412.00", "2027-01-15"),
], org="greenacre", buyer="Sanne de Wit", currency="USD", issued="2026-11-03")
body = """Prezada Sanne,

Confirmamos o pedido GA-26-7740 conforme abaixo:

Item 1 - Sul de Minas NY2 peneira 17/18: 960 sacas de 60 kg em 3 contêineres de 320 sacas:
   1º contêiner - embarque 05/12/2026
   2º contêiner - embarque 19/12/2026
   3º contêiner - embarque 09/01/2027
Preço USD 398,00/saca, conforme pedido.

Item 2 - Mogiana fine cup: 320 sacas, embarque junto com o 2º contêiner (19/12/2026), USD 412,00/saca.

Proposta válida até 30/11/2026. Safra 2025/26.

Atenciosamente,
Rafael Monteiro
Departamento de Exportação
Café Serra Alta - Santos/SP
"""
eml = reply(po, "Rafael Monteiro", mime.date_hdr(2026, 11, 10, 14, 10, "-0300"), body, lang="pt", boundary_seed="y012",
            ua="Microsoft Outlook 16.0")
case("012-coffee-three-container-shipments", "confirmation", "pt-BR",
     "Three shipment dates for one line (ship dates only, so they count), second line rides on container 2; screen sizes 17/18, crop 2025/26 and offer validity are traps.",
     [po], eml, [(po, {1: C(s=[(320, "2026-12-05"), (320, "2026-12-19"), (320, "2027-01-09")]),
                       2: C(d="2026-12-19")})])

# ------------------------------------------------------------------ 013
sup = S("NORDGL", "Nordglas Farmaförpackningar AB", "order@nordglas.example", "sv-SE", "Karin")
po = PO("CP26001590", sup, [
    L(1, "VL-2R-CLR", "Injection vial 2R, clear type I glass, 13 mm", 60000, "EA", "0.0890", "2027-01-15"),
    L(2, "VL-10R-AMB", "Injection vial 10R, amber type I glass, 20 mm", 24000, "EA", "0.1420", "2027-01-15"),
    L(3, "ALU-BLF-20", "Blister lidding foil alu 20 um, roll 250 mm", 40, "ROL", "118.00", "2027-01-15"),
], org="celvion", buyer="Lukas Meier", issued="2026-11-06")
assert kw(2, 2027) == D(2027, 1, 15)
nb = "\u00a0"
body = f"""Hej Lukas,

Tack för beställningen. Vi bekräftar CP26001590 enligt nedan:

Rad 1: 2R klar, 60{nb}000 st, pris 91,50 EUR per 1000 st, leverans vecka 2.
Rad 2: 10R brun, vi packar i kartonger om 1{nb}100 st, så antalet blir 24{nb}200 st (22 kartonger), pris 142,00 EUR/1000 st, leverans vecka 2.
Rad 3: aluminiumfolie 20 µm - enligt order, 40 rullar à 118,00 EUR, leverans vecka 2.

Analyscertifikat (CoA) följer med varje leverans. Betalningsvillkor 30 dagar netto.

Vänliga hälsningar
Karin Lindqvist
Kundtjänst, Nordglas Farmaförpackningar AB
"""
eml = reply(po, "Karin Lindqvist", mime.date_hdr(2026, 11, 12, 9, 35), body, client="gmail", lang="sv",
            subject="SV: Purchase order CP26001590 - please confirm", charset="iso-8859-1", boundary_seed="y013",
            attribution="Den fre 6 nov. 2026 kl 09:14 skrev Lukas Meier <lukas.meier@celvion.example>:")
case("013-vials-per-1000-carton-rounding", "confirmation", "sv-SE",
     "Prices per 1000 vials (91,50 -> 0.0915; 142,00 = ordered), carton rounding to 24 200, 'vecka 2' in the next year (2027-01-15).",
     [po], eml, [(po, {1: C(p="0.0915"), 2: C(q=24200), 3: A})])

# ------------------------------------------------------------------ 014
sup = S("KAAP", "Kaapelitukku Oy", "tilaukset@kaapelitukku.example", "fi-FI", "Jari")
po = PO("4500231203", sup, [
    L(1, "NYY-J-5x2.5", "Cable NYY-J 5x2.5 mm2, 0.6/1 kV", 2000, "M", "2.35", "2026-11-27"),
    L(2, "MMJ-3x1.5S", "Cable MMJ 3x1.5S, 300/500 V", 1500, "M", "0.92", "2026-11-27"),
    L(3, "H07RN-F-4G6", "Rubber cable H07RN-F 4G6", 300, "M", "6.80", "2026-11-27"),
], buyer="Oskar Lind", issued="2026-11-09")
assert kw(48) == D(2026, 11, 27) and kw(51) == D(2026, 12, 18)
body = f"""Hei Oskar,

kiitos tilauksesta 4500231203. Vahvistamme seuraavasti:

1. NYY-J 5x2,5: 2{nb}000 m (4 kelaa à 500 m), hinta 2{nb}410 €/km, toimitus viikolla 48.
2. MMJ 3x1,5S: 1{nb}500 m, 920 €/km, toimitus viikolla 48.
3. H07RN-F 4G6: yhtenä 300 m:n kelana tätä ei nyt ole saatavilla. Toimitamme kaksi 150 m:n kelaa, ensimmäisen viikolla 48 ja toisen viikolla 51.

Ystävällisin terveisin
Jari Heikkinen
Myynti, Kaapelitukku Oy
"""
eml = reply(po, "Jari Heikkinen", mime.date_hdr(2026, 11, 13, 13, 0, "+0200"), body, lang="fi",
            charset="iso-8859-15", boundary_seed="y014", ua="Microsoft Outlook 16.0")
case("014-cable-price-per-km-split-coils", "confirmation", "fi-FI",
     "Finnish; prices per km vs PO per metre (2 410 -> 2.41 changed, 920 -> 0.92 same), one line split into two 150 m coils in weeks 48 and 51.",
     [po], eml, [(po, {1: C(p="2.41"), 2: A, 3: C(s=[(150, kw(48)), (150, kw(51))])})])

# ------------------------------------------------------------------ 015
sup = S("AKN", "Arbeidsklær Nord AS", "ordre@akn.example", "nb-NO", "Eirik")
desc = "Hi-vis winter jacket EN ISO 20471 cl. 3, size "
po = PO("HL/26/0421", sup, [
    L(1, "WJ-HV-S", desc + "S", 20, "EA", "64.00", "2026-11-30"),
    L(2, "WJ-HV-M", desc + "M", 40, "EA", "64.00", "2026-11-30"),
    L(3, "WJ-HV-L", desc + "L", 40, "EA", "64.00", "2026-11-30"),
    L(4, "WJ-HV-XL", desc + "XL", 20, "EA", "64.00", "2026-11-30"),
    L(5, "WJ-HV-XXL", desc + "XXL", 10, "EA", "68.50", "2026-11-30"),
], org="harbour", buyer="Rachel Doyle", issued="2026-11-10")
wd(D(2026, 11, 30), "Mon"); wd(D(2027, 1, 22), "Fri"); assert kw(3, 2027) == D(2027, 1, 22)
body = """Hei Rachel,

Takk for bestillingen HL/26/0421. S, M og L sendes som bestilt og er hos dere mandag 30. november.

XL: vi har bare 10 stk. på lager. Disse kommer sammen med resten 30.11., de siste 10 får vi inn fra fabrikken i uke 3 - levering hos dere fredag 22. januar.

XXL er utgått i denne modellen og kan dessverre ikke leveres.

Priser som i ordren.

Mvh
Eirik Solberg
Arbeidsklær Nord AS

Sendt fra min iPhone
"""
eml = reply(po, "Eirik Solberg", mime.date_hdr(2026, 11, 13, 11, 15), body, client="apple", lang="nb",
            subject="SV: Purchase order HL/26/0421 - please confirm", boundary_seed="y015",
            attribution="13. nov. 2026 kl. 09:14 skrev Rachel Doyle <rachel.doyle@harbourline.example>:".replace("13.", "10."),
            ua="iPhone Mail (22B91)")
case("015-workwear-size-run-split-and-dropped", "confirmation", "nb-NO",
     "Size run across five lines; XL split 10 now / 10 in week 3 with explicit Friday 22 January, XXL discontinued; the sizes S/M/L are confirmed by name only.",
     [po], eml, [(po, {1: A, 2: A, 3: A, 4: C(s=[(10, "2026-11-30"), (10, "2027-01-22")]), 5: R})])

# ------------------------------------------------------------------ 016
sup = S("SCV", "Southern Cross Vending Supplies Pty Ltd", "orders@scvending.example", "en-AU", "Bec")
po1 = PO("VS-PO-18840", sup, [
    L(1, "VC-CUP-7OZ", "Vending cup 7 oz (207 ml), sleeve of 100", 300, "SLV", "4.10", "2026-11-24"),
    L(2, "VC-STIR-110", "Wooden stirrer 110 mm, box of 1000", 20, "BOX", "6.25", "2026-11-24"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-03")
po2 = PO("VS-PO-18841", sup, [
    L(1, "VC-CHOC-1KG", "Instant chocolate for vending, 1 kg bag", 60, "BAG", "9.80", "2026-11-24"),
    L(2, "VC-MILK-500", "Topping milk granulate, 500 g bag", 120, "BAG", "5.45", "2026-11-24"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-03", req_time=(9, 16))
wd(D(2026, 11, 24), "Tue")
body = """G'day Kevin,

Both orders are good to go.

VS-PO-18840 - cups and stirrers, all as per order, delivery Tue 24/11.
VS-PO-18841 - choc 60 bags fine. Milk topping we've only got 96 bags left of this batch (BB 03/2027), can send those on the 24th, the other 24 won't be available until the new year so we'll cancel them off this order if that's ok.

Cheers,
Bec Nguyen
Southern Cross Vending Supplies
"""
eml = reply(po1, "Bec Nguyen", mime.date_hdr(2026, 11, 11, 10, 2, "+1100"), body, client="gmail", boundary_seed="y016",
            subject="Re: Purchase order VS-PO-18840 - please confirm")
case("016-vending-two-pos-one-mail", "confirmation", "en-AU",
     "One reply (threaded on the first PO) answers two POs; the milk topping is cut to 96 bags, best-before 03/2027 is not a date commitment.",
     [po1, po2], eml, [(po1, {1: A, 2: A}), (po2, {1: A, 2: C(q=96)})])

# ------------------------------------------------------------------ 017
sup = S("KSLAV", "Keramika Slavonija d.o.o.", "prodaja@keramika-slavonija.example", "hr-HR", "Ms Horvat")
po = PO("4500231215", sup, [
    L(1, "PL-60x60-GR", "Porcelain tile 60x60 cm, grey matt R10", 300, "M2", "18.90", "2026-12-08"),
    L(2, "PL-30x60-WH", "Wall tile 30x60 cm, white gloss", 150, "M2", "12.40", "2026-12-08"),
    L(3, "LJ-C2TE-25", "Tile adhesive C2TE, bag 25 kg", 80, "BAG", "9.60", "2026-12-08"),
], buyer="Priya Raman", issued="2026-11-10")
assert next_md(12, 8, D(2026, 11, 16)) == D(2026, 12, 8)
body = """Poštovana gospođo Raman,

zahvaljujemo na narudžbi 4500231215. Potvrđujemo:

1. Granitna pločica 60x60 siva mat R10 - isporučujemo samo pune palete od 64 m², dakle 5 paleta = 320 m², cijena 18,90 EUR/m².
2. Zidna pločica 30x60 bijela sjaj - 150 m² (dvije palete od 75 m²), 12,40 EUR/m².
3. Ljepilo C2TE 25 kg - 80 vreća, 9,60 EUR/vreća.

Isporuka: 8.12.

Srdačan pozdrav,
Ivana Horvat
Prodaja | Keramika Slavonija d.o.o.
"""
eml = reply(po, "Ivana Horvat", mime.date_hdr(2026, 11, 16, 8, 20), body, lang="hr", charset="utf-8",
            cte="base64", html_cte="base64", boundary_seed="y017", ua="Microsoft Outlook 16.0")
case("017-tiles-full-pallets-m2", "confirmation", "hr-HR",
     "Croatian in UTF-8/base64; tiles rounded to full 64 m2 pallets (300 -> 320), date '8.12.' without year; 60x60 and 30x60 are sizes.",
     [po], eml, [(po, {1: C(q=320), 2: A, 3: A})])

# ------------------------------------------------------------------ 018
sup = S("TMELY", "Tmely Morava s.r.o.", "objednavky@tmely-morava.example", "cs-CZ", "Ms Dvořáková")
po = PO("4500231220", sup, [
    L(1, "SIL-NEU-310-WH", "Neutral silicone sealant, cartridge 310 ml, white", 250, "EA", "3.85", "2026-12-11"),
    L(2, "PU-FOAM-750", "PU gun foam B2, can 750 ml", 144, "EA", "5.20", "2026-12-11"),
    L(3, "MS-POL-290-GR", "MS polymer adhesive 290 ml, grey", 96, "EA", "6.75", "2026-12-11"),
], buyer="Oskar Lind", issued="2026-11-10")
body = """Dobrý den, pane Lind,

děkujeme za objednávku č. 4500231220, potvrzujeme ji s těmito úpravami:

pol. 1 silikon neutrální 310 ml bílý - balení po 12 ks v kartonu, dodáme 252 ks (21 kartonů), cena 3,85 EUR/ks
pol. 2 PU pěna 750 ml - 144 ks (12 kartonů po 12), cena 5,20 EUR/ks
pol. 3 MS polymer 290 ml šedý - 96 ks, cena za karton 24 ks činí 168,00 EUR

Dodání: 50. týden.

S pozdravem
Petra Dvořáková
obchodní oddělení, Tmely Morava s.r.o.
"""
eml = reply(po, "Petra Dvořáková", mime.date_hdr(2026, 11, 12, 14, 45), body, client="thunderbird", lang="cs",
            subject="Re: Purchase order 4500231220 - please confirm", charset="iso-8859-2", text_only=True,
            boundary_seed="y018", attribution="Dne 10. 11. 2026 v 9:14 Oskar Lind napsal(a):", hdr_enc="Q",
            ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")
case("018-sealants-boxes-of-12-and-24", "confirmation", "cs-CZ",
     "Czech; cartridges rounded to boxes of 12 (250 -> 252) and a price per box of 24 (168,00 / 24 = 7.00 vs 6.75); week 50 = requested date.",
     [po], eml, [(po, {1: C(q=252), 2: A, 3: C(p="7.00")})])

# ------------------------------------------------------------------ 019
sup = S("SGP", "Shree Ganesh Packaging Pvt. Ltd.", "sales@sgpack.example", "en-IN", "Mr Sharma")
po = PO("CP26001602", sup, [
    L(1, "CTN-AMX-500", "Folding carton Amoxicillin 500 mg x 10, repeat artwork v4", 100000, "EA", "0.0650", "2026-12-12"),
    L(2, "CTN-PCM-650", "Folding carton Paracetamol 650 mg x 15, NEW artwork v1", 50000, "EA", "0.0580", "2026-12-12"),
], org="celvion", buyer="Lukas Meier", currency="USD", issued="2026-11-09")
body = """Dear Sir,

Greetings from Shree Ganesh Packaging!

With reference to your PO No. CP26001602 dated 09-11-2026, we are pleased to confirm as under:

Item 1: Amoxicillin 500 mg carton (repeat, artwork v4 approved) - 1,00,000 nos. @ USD 68.00 per 1000 nos. Delivery by 12-12-2026.
Item 2: Paracetamol 650 mg carton (new artwork) - delivery schedule will be confirmed after receipt of your signed artwork approval. Proof is under preparation and will be shared by 18-11-2026.

Kindly note the revised rate for item 1 is due to increase in board prices (Duplex board 350 GSM).

Thanks & Regards,
Rohit Sharma
Sr. Executive - Sales
Shree Ganesh Packaging Pvt. Ltd., Plot 14, MIDC Bhosari, Pune 411026
"""
eml = reply(po, "Rohit Sharma", mime.date_hdr(2026, 11, 13, 17, 35, "+0530"), body, boundary_seed="y019",
            ua="Microsoft Outlook 16.0")
case("019-cartons-lakh-per-1000-artwork-pending", "confirmation", "en-IN",
     "Indian digit grouping 1,00,000 = 100000, price per 1000 cartons (68.00 -> 0.068), second line waits for artwork approval (unconfirmed); proof date 18-11 is not a delivery.",
     [po], eml, [(po, {1: C(p="0.068"), 2: U})])

# ------------------------------------------------------------------ 020
sup = S("HANBIT", "Hanbit Security Co., Ltd.", "sales@hanbitsec.example", "ko-KR", "Mr Park")
po = PO("VS-PO-18852", sup, [
    L(1, "HB-IPC-5MP-DOME", "IP dome camera 5 MP, IR 30 m, PoE / 12/24 V", 48, "EA", "118.00", "2026-12-04"),
    L(2, "HB-NVR-32CH", "NVR 32 channel, 4 HDD bays", 2, "EA", "640.00", "2026-12-04"),
    L(3, "HB-VMS-LIC-1CH", "VMS licence, 1 channel, perpetual", 48, "EA", "22.00", "2026-12-04"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-04")
body = """Kevin Osei 님,

안녕하십니까. 한빛시큐리티 해외영업팀 박지훈입니다.
발주서 VS-PO-18852 건 아래와 같이 확인드립니다.

1. HB-IPC-5MP-DOME 돔 카메라 48대 - 단가 USD 118.00, 12월 4일 출하 (항공편, 귀사 도착 12월 8일 예정)
2. HB-NVR-32CH NVR 2대 - 단가 USD 640.00, 카메라와 같은 항공편으로 출하 (도착 12월 8일)
3. VMS 라이선스 48채널 - 단가 USD 22.00, 라이선스 키는 11월 20일에 이메일로 발급해 드리겠습니다.

감사합니다.

박지훈 드림
해외영업팀 / 한빛시큐리티
Tel. +82-31-555-0192
"""
eml = reply(po, "박지훈 (Hanbit Security)", mime.date_hdr(2026, 11, 10, 15, 20, "+0900"), body, client="gmail",
            subject="RE: Purchase order VS-PO-18852 - please confirm", charset="euc-kr", boundary_seed="y020",
            attribution="2026년 11월 4일 (수) 오전 9:14, Kevin Osei <kevin.osei@voltaris.example>님이 작성:")
case("020-cameras-ship-vs-arrival-licence-keys", "confirmation", "ko-KR",
     "Korean in EUC-KR; ship 12/4 but arrival 12/8 (delivery wins), licence keys e-mailed on 11/20 (earlier than requested), dates without year.",
     [po], eml, [(po, {1: C(d="2026-12-08"), 2: C(d="2026-12-08"), 3: C(d="2026-11-20")})])
