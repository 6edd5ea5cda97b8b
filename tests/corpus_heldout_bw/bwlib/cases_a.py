"""Cases A: the phrase-specific confirmations asked for in the brief."""
from .common import case, sup, line, po, conf, acc, chg, REJ, UNC, expected, reply

C = "confirmation"


@case("fencing-foils-pos2-folgt", "confirmation/de-DE",
      "German 'Wir bestätigen Pos. 1 und 3, Pos. 2 folgt separat': line 2 is explicitly deferred, so unconfirmed")
def c_fencing_de():
    S = sup("KLSO", "Klingenwerk Solingen GmbH", "auftrag@klingenwerk-solingen.example", "de-DE", "Ms Ohligs")
    P = po("4500031101", S, "EUR", "2026-11-04", [
        line(1, "FL-MAR-5-27", "Foil blade maraging, size 5, FIE 2027, 90 cm", 40, "EA", "89.50", "2026-12-11"),
        line(2, "FL-ELE-0", "Foil blade electric, size 0, 3/8 tang, 24V tested", 60, "EA", "27.80", "2026-12-11"),
        line(3, "GR-FR-M5", "French foil grip, leather wrap, pommel nut M5x20", 100, "EA", "6.40", "2026-12-18"),
    ], buyer="oliver")
    body = """Sehr geehrter Herr Brandt,

vielen Dank für Ihre Bestellung 4500031101.

Wir bestätigen Pos. 1 und 3, Pos. 2 folgt separat – die Klingen Gr. 0 sind
derzeit noch in der Härterei, wir melden uns dazu bis Mitte nächster Woche.

Pos. 1 und 3 liefern wir wie bestellt (Menge, Preis und Termin gemäß Ihrer
Bestellung).

Mit freundlichen Grüßen

Petra Ohligs
Auftragsabwicklung

Klingenwerk Solingen GmbH
Merscheider Str. 118 | 42699 Solingen
Tel. +49 212 645 33-12 | Fax +49 212 645 33-99
Sitz der Gesellschaft: Solingen | Amtsgericht Wuppertal HRB 27145
Geschäftsführer: Dr. Lutz Merscheid
"""
    msg = reply(c_fencing_de.slug, P, body, (2026, 11, 10, 14, 22, 5), "outlook", charset="iso-8859-1",
                sender=("Petra Ohligs", "p.ohligs@klingenwerk-solingen.example"))
    return [P], msg, expected(C, [conf(P, {2: UNC})],
                              "Pos. 1 and 3 confirmed as ordered; Pos. 2 'folgt separat' gives no commitment -> unconfirmed. "
                              "Descriptions carry 3/8, 24V, M5x20 and 2027 as distractors.")


@case("bellows-leather-lundi-14-decembre", "confirmation/fr-BE",
      "Belgian French 'livraison le lundi 14 décembre' without a year moves both lines off 9 December")
def c_bellows_frbe():
    S = sup("TLEM", "Tannerie Lemaire & Fils SA", "commandes@tannerie-lemaire.example", "fr-BE", "Mr Lemaire")
    P = po("BW-26-0412", S, "EUR", "2026-11-03", [
        line(1, "LTH-SHP-AL", "Sheepskin, alum-tawed, bellows grade, 0.6-0.8 mm, approx. 6 sq ft", 30, "EA", "48.00", "2026-12-09"),
        line(2, "LTH-KID-W", "Kid leather, white, for pallet valves, 0.4 mm, 4/5 sq ft", 20, "EA", "36.50", "2026-12-09"),
    ])
    body = """Bonjour Madame Solberg,

Nous vous confirmons votre commande BW-26-0412 : les 30 peaux de mouton
mégissées et les 20 peaux de chevreau blanc, aux prix indiqués (48,00 € et
36,50 € la pièce).

Le 9 décembre n'est malheureusement pas tenable (séchage des peaux en cours) :
livraison le lundi 14 décembre, franco Hull.

Bien cordialement,

Didier Lemaire
Tannerie Lemaire & Fils SA
Rue de la Station 27 – 4800 Verviers – Belgique
Tél. +32 87 31 22 40 – TVA BE 0412.345.678
"""
    msg = reply(c_bellows_frbe.slug, P, body, (2026, 11, 12, 10, 3, 41), "outlook", charset="windows-1252",
                sender=("Didier Lemaire", "d.lemaire@tannerie-lemaire.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2026-12-14"), 2: chg(P, 2, d="2026-12-14")})],
                              "Date without year ('lundi 14 décembre') resolves to 2026-12-14 after the mail date; prices restated with decimal comma.")


@case("glassblowing-pipes-settimana-51", "confirmation/it-IT",
      "Italian 'consegna prevista settimana 51' = Friday 2026-12-18, which equals the request only for line 3")
def c_glass_it():
    S = sup("ZANE", "Attrezzature Vetrarie Zanetti S.r.l.", "ordini@zanetti-vetro.example", "it-IT", "Ms Zanetti")
    P = po("4500031188", S, "EUR", "2026-11-05", [
        line(1, "GBP-150-SS", "Blowpipe stainless, 150 cm, 1/2\" bore, 24 mm OD", 12, "EA", "142.00", "2026-12-11"),
        line(2, "GBP-120-SS", "Blowpipe stainless, 120 cm, 3/8\" bore", 8, "EA", "118.00", "2026-12-11"),
        line(3, "PNT-100-16", "Punty rod, 100 cm, 16 mm", 20, "EA", "34.50", "2026-12-18"),
    ], buyer="tomasz")
    body = """Buongiorno Tomasz,

confermiamo l'ordine 4500031188 per intero, quantità e prezzi come da vostro ordine.
Le canne da soffio (pos. 1 e 2) e i pontelli (pos. 3) partono insieme:
consegna prevista settimana 51.

Cordiali saluti

Giulia Zanetti
Ufficio commerciale
Attrezzature Vetrarie Zanetti S.r.l.
Fondamenta dei Vetrai 44 – 30141 Murano (VE)
Tel. +39 041 527 4410 – P.IVA 03812470274
"""
    msg = reply(c_glass_it.slug, P, body, (2026, 11, 11, 9, 47, 12), "gmail",
                sender=("Giulia Zanetti", "ordini@zanetti-vetro.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2026-12-18"), 2: chg(P, 2, d="2026-12-18"), 3: "acc"})],
                              "Week 51 without a day = Friday 2026-12-18: lines 1-2 move, line 3 already asked for that date.")


@case("rigging-shackles-14-de-diciembre", "confirmation/es-MX",
      "Mexican Spanish 'entrega el 14 de diciembre' plus a short quantity on one line, prices in US$")
def c_shackles_mx():
    S = sup("HEBA", "Herrajes Escénicos del Bajío S.A. de C.V.", "ventas@herrajes-bajio.example", "es-MX", "Mr Ramírez")
    P = po("PO-26-01874", S, "USD", "2026-11-06", [
        line(1, "SHK-BOW-3/8", "Bow shackle 3/8\", WLL 1 t, galvanised, screw pin", 200, "EA", "4.85", "2026-12-10"),
        line(2, "SHK-D-1/2-316", "D shackle 1/2\", WLL 2 t, stainless 316", 80, "EA", "12.40", "2026-12-10"),
        line(3, "SHK-BOW-5/8-BK", "Bow shackle 5/8\", WLL 3.25 t, black theatre finish", 50, "EA", "18.75", "2026-12-10"),
    ], buyer="priya")
    body = """Hola Priya, buen día.

Le confirmo su orden PO-26-01874:

- 200 grilletes lira 3/8" galvanizados a US$4.85 c/u
- 80 grilletes rectos 1/2" inox 316 a US$12.40 c/u
- grilletes lira 5/8" acabado negro: solo tenemos 40 pzas., a US$18.75 c/u

El 10 de diciembre no alcanzamos; entrega el 14 de diciembre en su almacén (DAP).

Saludos cordiales,
Ing. Alejandro Ramírez
Ventas Exportación
Herrajes Escénicos del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 3120, León, Gto., C.P. 37270
Tel. +52 477 712 4580
"""
    msg = reply(c_shackles_mx.slug, P, body, (2026, 11, 13, 11, 18, 40), "outlook",
                sender=("Alejandro Ramírez", "aramirez@herrajes-bajio.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2026-12-14"), 2: chg(P, 2, d="2026-12-14"),
                                           3: chg(P, 3, q=40, d="2026-12-14")})],
                              "'14 de diciembre' without a year applies to all lines; line 3 only 40 of 50; fractions 3/8, 1/2, 5/8 in descriptions.")


@case("glass-stoppers-preco-unitario", "confirmation/pt-PT",
      "European Portuguese 'preço unitário 3,45 €' raises only line 2; date 15/12/2026 equals the request")
def c_stoppers_pt():
    S = sup("VDLB", "Vidrolab - Vidros de Laboratório, Lda.", "encomendas@vidrolab.example", "pt-PT", "Mr Carvalho")
    P = po("4500031240", S, "EUR", "2026-11-06", [
        line(1, "STP-NS14-H", "Glass stopper NS 14/23, borosilicate 3.3, hollow", 500, "EA", "1.85", "2026-12-15"),
        line(2, "STP-NS29-S", "Glass stopper NS 29/32, solid, octagonal head", 200, "EA", "3.20", "2026-12-15"),
        line(3, "STP-NS45-P", "Pennyhead stopper NS 45/40", 100, "EA", "5.60", "2026-12-15"),
    ], buyer="leah")
    body = """Boa tarde Sra. Okafor,

Confirmamos a vossa encomenda 4500031240, com entrega a 15/12/2026 conforme pedido.

Pos. 1 e 3: quantidades e preços conforme encomenda.
Pos. 2 (tampa NS 29/32 maciça): devido ao aumento do custo do vidro
borossilicato, preço unitário 3,45 € (em vez de 3,20 €).

Com os melhores cumprimentos,

Rui Carvalho
Departamento Comercial
Vidrolab - Vidros de Laboratório, Lda.
Rua da Indústria 210, 3810-193 Aveiro, Portugal
Tel.: +351 234 371 205
"""
    msg = reply(c_stoppers_pt.slug, P, body, (2026, 11, 12, 15, 31, 2), "outlook", charset="windows-1252",
                sender=("Rui Carvalho", "rui.carvalho@vidrolab.example"))
    return [P], msg, expected(C, [conf(P, {2: chg(P, 2, p="3.45")})],
                              "Price change on one line written with decimal comma and trailing euro sign; NS 14/23 etc. look like dates.")


@case("spray-skirts-maandag-14-december", "confirmation/nl-NL",
      "Dutch iPhone one-liner 'Levering maandag 14 december' is earlier than the requested 18 Dec, still a change")
def c_skirts_nl():
    S = sup("PDLW", "Peddelwerk B.V.", "verkoop@peddelwerk.example", "nl-NL", "Mr de Vries")
    P = po("BW-26-0437", S, "EUR", "2026-11-09", [
        line(1, "SPR-NEO-L", "Spray skirt neoprene 3 mm, cockpit L (92x52 cm), waist M/L", 25, "EA", "64.50", "2026-12-18"),
        line(2, "SPR-NYL-M", "Spray skirt nylon, cockpit M (80x45 cm), adjustable waist", 40, "EA", "38.90", "2026-12-18"),
    ])
    body = """Hoi Maren,

Alles akkoord, aantallen en prijzen ok. Levering maandag 14 december, dus iets eerder dan gevraagd.

Gr. Jeroen

Verzonden vanaf mijn iPhone
"""
    msg = reply(c_skirts_nl.slug, P, body, (2026, 11, 16, 19, 2, 55), "iphone", html=False, quote="gt",
                sender=("Jeroen de Vries", "jeroen@peddelwerk.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2026-12-14"), 2: chg(P, 2, d="2026-12-14")})],
                              "Earlier delivery than requested is still a date change; mobile reply with the request quoted below.")


@case("press-cloths-cena-jednostkowa", "confirmation/pl-PL",
      "Polish per-position confirmation with 'cena jednostkowa 12,50 zł netto' on line 1 only")
def c_cloths_pl():
    S = sup("FTEX", "Filtrotex Sp. z o.o.", "zamowienia@filtrotex.example", "pl-PL", "Ms Nowak")
    P = po("4500031302", S, "PLN", "2026-11-09", [
        line(1, "CPC-PES-80", "Press cloth polyester, 80x80 cm, 300 g/m2, hemmed", 120, "EA", "11.80", "2026-12-11"),
        line(2, "CPC-NYL-60", "Press cloth nylon monofil, 60x60 cm, 1/4 mesh", 80, "EA", "9.40", "2026-12-11"),
    ], buyer="tomasz")
    body = """Dzień dobry Panie Tomaszu,

potwierdzamy zamówienie nr 4500031302.

Poz. 1 – chusty poliestrowe 80x80: ilość 120 szt., cena jednostkowa 12,50 zł netto
(wzrost ceny surowca od 1.11.2026), termin dostawy 11.12.2026.
Poz. 2 – chusty nylonowe 60x60: 80 szt. po 9,40 zł netto, termin dostawy 11.12.2026.

Pozdrawiam serdecznie
Katarzyna Nowak
Dział Sprzedaży
Filtrotex Sp. z o.o.
ul. Przemysłowa 12, 62-800 Kalisz
tel. +48 62 757 14 20
"""
    msg = reply(c_cloths_pl.slug, P, body, (2026, 11, 10, 13, 5, 9), "outlook", charset="iso-8859-2",
                sender=("Katarzyna Nowak", "k.nowak@filtrotex.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, p="12.50"), 2: "acc"})],
                              "Price in zł with decimal comma; the date '1.11.2026' is a price-change effective date, not a delivery date.")


@case("umbrella-poles-dodanie-14-12", "confirmation/sk-SK",
      "Slovak 'dodanie 14.12.2026' for all lines after saying the requested 7.12. cannot be met")
def c_poles_sk():
    S = sup("TTSK", "Tieniaca technika s.r.o.", "objednavky@tieniaca-technika.example", "sk-SK", "Mr Horváth")
    P = po("BW-26-0451", S, "EUR", "2026-11-05", [
        line(1, "BUP-AL-38", "Umbrella pole aluminium 38 mm, 2-piece, 2.4 m", 150, "EA", "14.20", "2026-12-07"),
        line(2, "BUP-TILT-32", "Tilt joint pole 32/28 mm, powder coated white", 100, "EA", "17.60", "2026-12-07"),
        line(3, "BUP-ANCH-45", "Ground anchor screw 45 cm for 38 mm poles", 150, "EA", "6.90", "2026-12-07"),
    ], buyer="priya")
    body = """Dobrý deň pani Anand,

ďakujeme za objednávku BW-26-0451. Potvrdzujeme všetky tri položky
v objednanom množstve a za uvedené ceny.

Termín 7.12. nestihneme kvôli práškovému lakovaniu – dodanie 14.12.2026
(všetky položky spolu).

S pozdravom

Martin Horváth
obchodné oddelenie
Tieniaca technika s.r.o., Priemyselná 5, 917 01 Trnava
tel.: +421 33 551 20 47
"""
    msg = reply(c_poles_sk.slug, P, body, (2026, 11, 11, 8, 12, 30), "thunderbird", html=False, charset="windows-1250",
                quote="gt", sender=("Martin Horváth", "horvath@tieniaca-technika.example"), lang="sk")
    return [P], msg, expected(C, [conf(P, {n: chg(P, n, d="2026-12-14") for n in (1, 2, 3)})],
                              "Two dates in the text: '7.12.' is the rejected request date, 'dodanie 14.12.2026' the commitment.")


@case("feed-buckets-ar-ft-db", "confirmation/hu-HU",
      "Hungarian price 'ár: 4 500 Ft/db' with a space as thousands separator, base64 ISO-8859-2 body")
def c_buckets_hu():
    S = sup("PATK", "Patkó Műanyag Kft.", "rendeles@patko-muanyag.example", "hu-HU", "Mr Kovács")
    P = po("4500031355", S, "HUF", "2026-11-06", [
        line(1, "HFB-20-BLK", "Feed bucket 20 L, rubber, black, with handle", 200, "EA", "4200.00", "2026-12-11"),
        line(2, "HFB-12-CRN", "Corner manger 12 L, PE, wall mount, 2 fixing points", 100, "EA", "5800.00", "2026-12-11"),
    ], buyer="leah")
    body = """Tisztelt Okafor asszony!

Köszönjük a 4500031355 számú megrendelést, az alábbiak szerint visszaigazoljuk:

1. tétel – 20 literes gumivödör, fekete: 200 db, ár: 4 500 Ft/db (nettó), szállítás: 2026.12.11.
2. tétel – 12 literes sarokjászol: 100 db, ár: 5 800 Ft/db (nettó), szállítás: 2026.12.11.

Üdvözlettel:
Kovács Gábor
értékesítés
Patkó Műanyag Kft. | 6000 Kecskemét, Ipari út 9.
Tel.: +36 76 482 115
"""
    msg = reply(c_buckets_hu.slug, P, body, (2026, 11, 12, 10, 44, 18), "outlook", charset="iso-8859-2", cte="base64",
                sender=("Kovács Gábor", "kovacs.gabor@patko-muanyag.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, p="4500.00"), 2: "acc"})],
                              "HUF amounts with space thousands separator; Hungarian year-first date 2026.12.11.")


@case("music-stands-cijena-kom", "confirmation/hr-HR",
      "Croatian 'cijena 8,90 EUR/kom' on line 1, line 3 discontinued (rejected), line 2 as ordered")
def c_stands_hr():
    S = sup("NOTP", "Notaprint d.o.o.", "prodaja@notaprint.example", "hr-HR", "Ms Babić")
    P = po("4500031377", S, "EUR", "2026-11-09", [
        line(1, "MSS-FLD-BK", "Music stand folding, steel, black, 3-section, 63-120 cm", 300, "EA", "8.40", "2026-12-18"),
        line(2, "MSS-ORC-50", "Orchestra stand, solid desk 50x35 cm", 40, "EA", "39.00", "2026-12-18"),
        line(3, "MSS-LITE-9", "Clip-on stand light, 9 LED, 3xAAA", 60, "EA", "7.20", "2026-12-18"),
    ], buyer="oliver")
    body = """Poštovani gospodine Brandt,

potvrđujemo narudžbu 4500031377:

- poz. 1, sklopivi stalak: 300 kom, cijena 8,90 EUR/kom (nova cijena od studenog zbog cijene čelika)
- poz. 2, orkestralni stalak: 40 kom po 39,00 EUR

Poz. 3 (LED svjetiljke) više ne proizvodimo, nažalost ne možemo isporučiti.

Isporuka poz. 1 i 2: 18.12.2026.

Lijep pozdrav,
Ivana Babić
Prodaja
Notaprint d.o.o. | Savska cesta 88, 10000 Zagreb
Tel: +385 1 6190 442
"""
    msg = reply(c_stands_hr.slug, P, body, (2026, 11, 13, 12, 26, 3), "outlook", charset="windows-1250",
                sender=("Ivana Babić", "ivana.babic@notaprint.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, p="8.90"), 2: "acc", 3: REJ})],
                              "Per-line list with one price change and one discontinued line (rejected).")


@case("autoclave-trays-dobava", "confirmation/sl-SI",
      "Slovenian 'dobava 14. 12. 2026' with spaces inside the date; the refused '9. 12.' is also mentioned")
def c_trays_sl():
    S = sup("DNTX", "Dentinox d.o.o.", "narocila@dentinox.example", "sl-SI", "Ms Kranjc")
    P = po("BW-26-0468", S, "EUR", "2026-11-10", [
        line(1, "DAT-SS-28", "Sterilisation tray stainless, perforated, 28x18x3 cm", 120, "EA", "21.50", "2026-12-09"),
        line(2, "DAT-LID-28", "Lid for tray 28x18 cm, with 2 locks", 120, "EA", "9.80", "2026-12-09"),
        line(3, "DAT-CAS-10", "Instrument cassette for 10 instruments, 1.5 mm silicone rails", 60, "EA", "34.00", "2026-12-09"),
    ])
    body = """Spoštovana ga. Solberg,

potrjujemo vaše naročilo BW-26-0468 v celoti – količine in cene kot v naročilu.
Dobava 14. 12. 2026 (9. 12. žal ne gre, ker čakamo na silikonske letve).

Lep pozdrav,

Mojca Kranjc
Prodaja | Dentinox d.o.o.
Tržaška cesta 118, 1000 Ljubljana
T: +386 1 420 33 18
"""
    msg = reply(c_trays_sl.slug, P, body, (2026, 11, 12, 16, 8, 27), "apple", charset="iso-8859-2", quote="gt",
                sender=("Mojca Kranjc", "mojca.kranjc@dentinox.example"))
    return [P], msg, expected(C, [conf(P, {n: chg(P, n, d="2026-12-14") for n in (1, 2, 3)})],
                              "Date written '14. 12. 2026' with spaces; whole order confirmed with one new date.")


@case("tray-racks-termen-livrare", "confirmation/ro-RO",
      "Romanian 'termen de livrare 14.12.2026' for both positions, prices restated as '385,00 EUR'")
def c_racks_ro():
    S = sup("INPA", "Inox Panificație S.R.L.", "comenzi@inox-panificatie.example", "ro-RO", "Mr Popescu")
    P = po("4500031410", S, "EUR", "2026-11-10", [
        line(1, "BTR-20-6040", "Tray rack trolley, 20 levels, for 600x400 trays, stainless", 12, "EA", "385.00", "2026-12-11"),
        line(2, "BTR-16-8060", "Tray rack, 16 levels, 800x600, 80 mm pitch", 6, "EA", "462.00", "2026-12-11"),
    ], buyer="priya")
    body = """Bună ziua doamna Anand,

Vă confirmăm comanda 4500031410:
Poz. 1 – cărucior 20 niveluri 600x400: 12 buc. x 385,00 EUR
Poz. 2 – rastel 16 niveluri 800x600: 6 buc. x 462,00 EUR
Termen de livrare 14.12.2026 pentru ambele poziții (transport inclus).

Cu stimă,
Andrei Popescu
Departament vânzări
Inox Panificație S.R.L.
Str. Fabricii nr. 21, 400620 Cluj-Napoca
Tel: +40 264 415 882
"""
    msg = reply(c_racks_ro.slug, P, body, (2026, 11, 16, 9, 15, 0), "gmail", cte="base64",
                sender=("Andrei Popescu", "comenzi@inox-panificatie.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, d="2026-12-14"), 2: chg(P, 2, d="2026-12-14")})],
                              "Prices and quantities as ordered, one later delivery date for both lines; base64 UTF-8 body.")


@case("grout-floats-birim-fiyat", "confirmation/tr-TR",
      "Turkish 'birim fiyat 125,00 TL' changes line 1; ISO-8859-9 quoted-printable")
def c_floats_tr():
    S = sup("YPAL", "Yapı Aletleri San. ve Tic. A.Ş.", "siparis@yapialetleri.example", "tr-TR", "Mr Yılmaz")
    P = po("4500031422", S, "TRY", "2026-11-09", [
        line(1, "TGF-EPX-28", "Grout float epoxy, 28x12 cm, black rubber", 400, "EA", "118.50", "2026-12-16"),
        line(2, "TGF-SPG-24", "Sponge float, 24x11 cm, 3 cm foam", 600, "EA", "42.00", "2026-12-16"),
    ], buyer="tomasz")
    body = """Sayın Tomasz Quill,

4500031422 numaralı siparişinizi aşağıdaki şekilde onaylıyoruz:

1. kalem: Epoksi derz malası 28x12 – 400 adet, birim fiyat 125,00 TL (KDV hariç)
2. kalem: Sünger mala 24x11 – 600 adet, birim fiyat 42,00 TL (KDV hariç)
Teslim tarihi: 16.12.2026

Saygılarımızla,
Emre Yılmaz
Satış Müdürü
Yapı Aletleri San. ve Tic. A.Ş.
İkitelli OSB, Demirciler Sitesi C Blok No:14, Başakşehir / İstanbul
Tel: +90 212 549 33 10
"""
    msg = reply(c_floats_tr.slug, P, body, (2026, 11, 11, 14, 40, 22), "outlook", charset="iso-8859-9",
                sender=("Emre Yılmaz", "emre.yilmaz@yapialetleri.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, p="125.00"), 2: "acc"})],
                              "TRY price with decimal comma; 28x12 / 24x11 sizes near the prices.")


@case("chocolate-moulds-hebrew-price", "confirmation/he-IL",
      "Hebrew right-to-left reply with 'המחיר ליחידה 45 ש\"ח' on line 1, windows-1255 base64")
def c_moulds_he():
    S = sup("GLPM", "Galil Polymer Moulds Ltd", "orders@galil-moulds.example", "he-IL", "Mr Mizrahi")
    P = po("BW-26-0479", S, "ILS", "2026-11-10", [
        line(1, "CHM-PC-24H", "Polycarbonate praline mould, 24 hearts, 275x175 mm", 80, "EA", "42.00", "2026-12-14"),
        line(2, "CHM-PC-BAR3", "Polycarbonate bar mould, 3 bars x 100 g", 60, "EA", "38.00", "2026-12-14"),
    ], buyer="leah")
    body = """שלום לאה,

מאשרים את הזמנה BW-26-0479.
שורה 1 – תבנית פרלינים 24 לבבות: 80 יח', המחיר ליחידה 45 ש"ח (לא כולל מע"מ), אספקה 14.12.2026.
שורה 2 – תבנית טבלאות 3x100 גרם: 60 יח', המחיר ליחידה 38 ש"ח, אספקה 14.12.2026.

בברכה,
יוסי מזרחי
מחלקת מכירות | Galil Polymer Moulds Ltd
אזור תעשייה צפוני, כרמיאל
טל' 04-9981234
"""
    hb = "<div dir=\"rtl\">" + body.replace("\n\n", "</div>\n<div dir=\"rtl\"><br></div>\n<div dir=\"rtl\">").replace("\n", "<br>\n") + "</div>"
    msg = reply(c_moulds_he.slug, P, body, (2026, 11, 15, 11, 2, 48), "outlook", charset="windows-1255", cte="base64",
                html_body=hb, sender=("Yossi Mizrahi", "yossi@galil-moulds.example"), lang="he")
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, p="45.00"), 2: "acc"})],
                              "RTL text, shekel price abbreviation with gershayim; line 2 restates the PO price and date.")


@case("sprinkler-heads-harga-seunit", "confirmation/ms-MY",
      "Malay 'harga seunit RM 12.50' confirms line 1 as ordered; line 2 split into two deliveries")
def c_sprinkler_my():
    S = sup("TJIR", "Tani Jaya Irrigation Sdn. Bhd.", "jualan@tanijaya.example", "ms-MY", "Ms Razak")
    P = po("4500031433", S, "MYR", "2026-11-10", [
        line(1, "ISH-POP-10", "Pop-up spray head 10 cm (4\"), 1/2\" BSP, adjustable arc", 500, "EA", "12.50", "2026-12-18"),
        line(2, "ISH-ROT-3/4", "Gear rotor 3/4\" inlet, 7-15 m radius", 100, "EA", "48.00", "2026-12-18"),
    ], buyer="oliver")
    body = """Salam sejahtera Encik Oliver,

Terima kasih atas pesanan 4500031433. Kami mengesahkan seperti berikut:

Item 1 – kepala pemercik pop-up 10 cm: 500 unit, harga seunit RM 12.50, penghantaran 18/12/2026.
Item 2 – pemutar gear 3/4": harga seunit RM 48.00. Stok sedia ada 80 unit sahaja, akan
dihantar 18/12/2026; baki 20 unit akan dihantar pada 8/1/2027.

Yang benar,
Nurul Aina binti Razak
Eksekutif Jualan
Tani Jaya Irrigation Sdn. Bhd.
Lot 27, Jalan Perindustrian 3, 43650 Bandar Baru Bangi, Selangor
Tel: +60 3-8925 6610
"""
    msg = reply(c_sprinkler_my.slug, P, body, (2026, 11, 17, 10, 30, 11), "gmail",
                sender=("Nurul Aina Razak", "nurul.aina@tanijaya.example"))
    return [P], msg, expected(C, [conf(P, {1: "acc", 2: chg(P, 2, d="2027-01-08",
                                                             sched=[(80, "2026-12-18"), (20, "2027-01-08")])})],
                              "Line 2 ships 80 now and the balance of 20 on 8/1/2027 (day-first) -> schedule, date = last delivery.")


@case("helmet-lamps-hindi-delivery", "confirmation/hi-IN",
      "Hindi with English words: 'डिलीवरी 14 दिसंबर' (no year) for all three lines; 11 Dec mentioned as not possible")
def c_lamps_hi():
    S = sup("JYSL", "Jyoti Safety Lighting Pvt. Ltd.", "sales@jyotisafety.example", "hi-IN", "Mr Sharma")
    P = po("4500031450", S, "INR", "2026-11-09", [
        line(1, "MHL-LED-4.5", "Cap lamp LED, 4.5 Ah Li-ion, 3.7V, IP68", 150, "EA", "2850.00", "2026-12-11"),
        line(2, "MHL-CHG-10", "Gang charger 10-way, 230V", 10, "EA", "18500.00", "2026-12-11"),
        line(3, "MHL-CBL-1.2", "Lamp cable 1.2 m, spiral", 150, "EA", "420.00", "2026-12-11"),
    ], buyer="priya")
    body = """नमस्ते प्रिया जी,

आपके PO 4500031450 के लिए धन्यवाद। हम तीनों आइटम ऑर्डर के अनुसार मात्रा और रेट पर कन्फर्म करते हैं।
डिलीवरी 14 दिसंबर (11 दिसंबर संभव नहीं है – बैटरी सेल का कंसाइनमेंट देर से आ रहा है)।

धन्यवाद एवं सादर,
राजेश शर्मा
सेल्स मैनेजर, Jyoti Safety Lighting Pvt. Ltd.
प्लॉट 42, MIDC हिंगना, नागपुर 440016
फ़ोन: +91 712 255 4410
"""
    msg = reply(c_lamps_hi.slug, P, body, (2026, 11, 12, 17, 21, 36), "gmail", cte="base64",
                sender=("Rajesh Sharma", "sales@jyotisafety.example"))
    return [P], msg, expected(C, [conf(P, {n: chg(P, n, d="2026-12-14") for n in (1, 2, 3)})],
                              "Devanagari month name, date without year; the refused 11 December must not be taken.")


@case("bed-rails-excel-paste", "confirmation/en-IE",
      "Tab-separated table pasted from Excel, day-first dates, one line (padding) later than requested")
def c_rails_ie():
    S = sup("SHMF", "Shannon Medical Fabrications Ltd", "orders@shannonmedfab.example", "en-IE", "Ciara")
    P = po("4500031466", S, "EUR", "2026-11-11", [
        line(1, "HBR-SF-190", "Side rail, split, for 190 cm bed, powder coated, 4/3 section", 40, "EA", "186.00", "2026-12-11"),
        line(2, "HBR-HB-90", "Head-end rail 90 cm, ABS", 40, "EA", "74.50", "2026-12-11"),
        line(3, "HBR-PAD-200", "Rail padding 200x35 cm, 2.5 cm foam", 80, "EA", "29.90", "2026-12-18"),
        line(4, "HBR-CLP-M10", "Rail clamp set M10x40, stainless", 160, "SET", "8.20", "2026-12-11"),
    ])
    rows = [("Line", "Item", "Qty", "Price EUR", "Delivery"),
            ("1", "HBR-SF-190", "40", "186.00", "11/12/2026"),
            ("2", "HBR-HB-90", "40", "74.50", "11/12/2026"),
            ("3", "HBR-PAD-200", "80", "29.90", "23/12/2026"),
            ("4", "HBR-CLP-M10", "160", "8.20", "11/12/2026")]
    table = "\n".join("\t".join(r) for r in rows)
    body = f"""Hi Maren,

Please see our confirmation below. All as per your PO except the padding, which
our foam supplier can only get to us a few days later.

{table}

Kind regards,
Ciara Nolan
Customer Service | Shannon Medical Fabrications Ltd
Unit 7, Smithstown Industrial Estate, Shannon, Co. Clare, V14 KX29
T: +353 61 708 442

This e-mail and any attachments are confidential and intended solely for the addressee.
"""
    from html import escape
    htable = "<table border=0 cellpadding=0 cellspacing=0 style='border-collapse:collapse'>\n" + "".join(
        "<tr>" + "".join(f"<td style='padding:0 5.4pt;font-size:11pt;font-family:Calibri'>{escape(c)}</td>" for c in r) + "</tr>\n"
        for r in rows) + "</table>"
    hb = ("<p class=MsoNormal>Hi Maren,</p><p class=MsoNormal>Please see our confirmation below. All as per your PO except the padding, which "
          "our foam supplier can only get to us a few days later.</p>\n" + htable +
          "\n<p class=MsoNormal>Kind regards,<br>Ciara Nolan<br>Customer Service | Shannon Medical Fabrications Ltd<br>"
          "Unit 7, Smithstown Industrial Estate, Shannon, Co. Clare, V14 KX29<br>T: +353 61 708 442</p>"
          "<p style='font-size:8pt;color:gray'>This e-mail and any attachments are confidential and intended solely for the addressee.</p>")
    msg = reply(c_rails_ie.slug, P, body, (2026, 11, 13, 15, 2, 19), "outlook", html_body=hb,
                sender=("Ciara Nolan", "ciara.nolan@shannonmedfab.example"))
    return [P], msg, expected(C, [conf(P, {3: chg(P, 3, d="2026-12-23")})],
                              "Excel paste with tabs; day-first 23/12/2026 for line 3 only, everything else equals the PO.")


@case("fenders-pallets-a-48", "confirmation/sv-SE",
      "Quantity given as '3 pallar à 48 st' for a PO of 150 PCS (= 144); 'v. 50' = Friday 11 Dec = requested")
def c_fenders_se():
    S = sup("BOHB", "Bohus Båttillbehör AB", "order@bohusbatt.example", "sv-SE", "Anders")
    P = po("4500031481", S, "SEK", "2026-11-09", [
        line(1, "FND-CYL-F4", "Fender cylindrical F4, 22x58 cm, blue", 150, "PCS", "289.00", "2026-12-11"),
        line(2, "FND-BALL-A3", "Ball fender A3, 45 cm dia., red", 40, "PCS", "545.00", "2026-12-11"),
    ], buyer="tomasz")
    body = """Hej Tomasz,

Tack för ordern 4500031481.

Pos 1, fendrar F4: vi levererar 3 pallar à 48 st (fulla pallar), pris enligt order 289,00 kr/st. Leverans v. 50.
Pos 2, bollfendrar A3: 40 st à 545,00 kr, leverans v. 50.

Med vänlig hälsning
Anders Lindqvist
Orderavdelningen
Bohus Båttillbehör AB | Hamnvägen 8, 451 50 Uddevalla
Tel 0522-66 41 30
"""
    msg = reply(c_fenders_se.slug, P, body, (2026, 11, 11, 13, 55, 7), "outlook", charset="iso-8859-1",
                sender=("Anders Lindqvist", "anders.lindqvist@bohusbatt.example"))
    return [P], msg, expected(C, [conf(P, {1: chg(P, 1, q=144), 2: "acc"})],
                              "3 pallets x 48 = 144 pieces instead of 150; week 50 Friday equals the requested date.")
