"""Cases 001-018: the phrase-specific confirmations and a Dutch out-of-office."""
from .common import case, sup, mkpo, conf, other, C, reply, kw
from . import mime


@case("de-foghorn-versand-kw50-zustellung-kw51", "confirmation/de-DE",
      "Ship week KW 50 and delivery week KW 51 appear together; the delivery week wins and means Friday 2026-12-18.")
def c001():
    s = sup("NEBEL", "Nebelhorn Signaltechnik GmbH", "auftrag@nebelhorn-signal.example", "de-DE")
    p = mkpo("4500031101", s, "EUR", "2026-11-05", [
        ("NH-24V-110", "Fog horn diaphragm emitter 24V, 110 dB, 300 Hz", 6, "EA", "845.00", "2026-12-11"),
        ("NH-VLV-43", "Solenoid valve 4/3 way, 1/2 in., for horn compressor", 6, "EA", "212.40", "2026-12-11"),
        ("NH-GSK-12", "Gasket set 12x20 mm, EPDM", 24, "SET", "3.85", "2026-12-11"),
    ])
    assert kw(51) == "2026-12-18"
    body = """Sehr geehrte Frau Lindqvist,

vielen Dank für Ihre Bestellung 4500031101 vom 05.11.2026. Hiermit bestätigen wir alle drei Positionen mit Mengen und Preisen wie bestellt.

Versand KW 50, Zustellung KW 51.

Den Wunschtermin 11.12.2026 können wir leider nicht halten, da die Membranen erst in KW 49 aus der Galvanik kommen.

Mit freundlichen Grüßen

i. A. Jürgen Haas
Innendienst / Auftragsabwicklung
Nebelhorn Signaltechnik GmbH
Am Fischereihafen 41, 27572 Bremerhaven
Tel. +49 471 9834-212 | Fax +49 471 9834-299

Geschäftsführerin: Dipl.-Ing. Henrike Voss | Amtsgericht Bremen HRB 31876 BHV
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
"""
    eml = reply(p, ("Jürgen Haas", "j.haas@nebelhorn-signal.example"), "2026-11-12 14:03:11 +0100", body,
                charset="iso-8859-1", cte="quoted-printable", client="outlook", qlang="de", prefix="AW: ",
                lang="de-DE", hmode="Q")
    d = "2026-12-18"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d), 3: C(d=d)})],
                          "KW 50 is the ship week, KW 51 the delivery week: delivery wins, KW 51 without a day = Friday 2026-12-18; "
                          "KW 49 and the old date 11.12.2026 are distractors; quantities and prices as ordered.")


@case("fr-insulators-livraison-prevue-s51", "confirmation/fr-FR",
      "'Livraison prévue semaine 51' inside an explicit confirmation is the committed delivery week (Friday 18.12), with a ship week 50 as distractor.")
def c002():
    s = sup("ICL", "Isolateurs Céramiques du Limousin SAS", "adv@icl-limoges.example", "fr-FR")
    p = mkpo("4500031245", s, "EUR", "2026-11-04", [
        ("ICL-C120-10", "Porcelain pin insulator C120, 10 kV, 12x20 thread", 200, "EA", "14.60", "2026-12-14"),
        ("ICL-U70-146", "Suspension disc insulator U70BL, 70 kN, 146 mm", 120, "EA", "27.90", "2026-12-14"),
    ])
    body = """Bonjour Madame Lindqvist,

Nous vous confirmons la commande n° 4500031245 aux quantités et prix indiqués.

Livraison prévue semaine 51 pour les deux lignes (départ de notre usine de Limoges en semaine 50).

Restant à votre disposition,

Cordialement,

Céline Marchand
Administration des ventes
Isolateurs Céramiques du Limousin SAS
12, rue des Porcelainiers – 87000 Limoges
Tél. : +33 5 55 34 71 20

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.
"""
    eml = reply(p, ("Céline Marchand", "adv@icl-limoges.example"), "2026-11-10 11:26:40 +0100", body,
                charset="windows-1252", cte="quoted-printable", client="outlook", qlang="fr", prefix="RE : ",
                lang="fr-FR")
    d = kw(51)
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "'Livraison prévue semaine 51' is the standard French way to state the scheduled delivery in an order "
                          "confirmation that explicitly confirms quantities and prices, so it is taken as the committed date (not a "
                          "vague forecast); week without a day = Friday 2026-12-18; the ship week 50 is overridden by the delivery week.")


@case("it-olive-nets-merce-pronta", "confirmation/it-IT",
      "Mobile one-liner 'confermato, merce pronta il 14/12': a ready date without year is the only date and counts as the ship date.")
def c003():
    s = sup("RSO", "Reti Salento Olivicole srl", "ordini@retisalento.example", "it-IT")
    p = mkpo("4500031302", s, "EUR", "2026-11-06", [
        ("RSO-NET-4x8", "Olive harvest net 4x8 m, 90 g/m2, UV stabilised", 300, "PCS", "18.70", "2026-12-11"),
        ("RSO-NET-6x12", "Olive harvest net 6x12 m, 120 g/m2, with slit", 150, "PCS", "41.20", "2026-12-11"),
    ])
    body = "confermato, merce pronta il 14/12\n\nGiuseppe Carrozzo\nReti Salento Olivicole srl\n\nInviato da iPhone\n"
    eml = reply(p, ("Giuseppe Carrozzo", "g.carrozzo@retisalento.example"), "2026-11-16 08:52:05 +0100", body,
                charset="utf-8", cte="quoted-printable", client="iphone", qstyle="apple", prefix="Re: ", html=False)
    d = "2026-12-14"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "Bare 'confermato' accepts quantities and prices; 'merce pronta il 14/12' (goods ready, no delivery date given) "
                          "is the supplier's dispatch date and therefore the date; 14/12 without year after a 16 Nov mail = 2026-12-14.")


@case("es-tennis-cans-precio-neto", "confirmation/es-ES",
      "Per-position list where only the display box gets 'precio neto 3,20 €/ud.' and the others stay as ordered.")
def c004():
    s = sup("EDL", "Envases Deportivos Levante, S.L.", "pedidos@envaseslevante.example", "es-ES")
    p = mkpo("4500031388", s, "EUR", "2026-11-03", [
        ("EDL-CAN-3B", "Pressurised tennis ball can, 3 balls, 75x230 mm, PET", 5000, "EA", "0.48", "2026-12-04"),
        ("EDL-LID-75", "Peel-off aluminium lid 75 mm, printed 2027 season", 5000, "EA", "0.21", "2026-12-04"),
        ("EDL-DSP-24", "Counter display box for 24 cans, 4/0 print", 200, "EA", "3.05", "2026-12-04"),
    ])
    body = """Buenas tardes Mara:

Confirmamos su pedido 4500031388:

- Pos. 1 y 2: cantidades, precios y fecha (04/12/2026) según pedido.
- Pos. 3 (expositor 24 latas): precio neto 3,20 €/ud. por la subida del cartón; cantidad y fecha sin cambios.

Un saludo,

Laura Ferrer Climent
Departamento Comercial
Envases Deportivos Levante, S.L.
Pol. Ind. El Oliveral, C/ F, 14 · 46190 Riba-roja de Túria (Valencia)
Tel. +34 961 66 32 10

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial.
"""
    eml = reply(p, ("Laura Ferrer Climent", "pedidos@envaseslevante.example"), "2026-11-11 17:40:22 +0100", body,
                charset="iso-8859-15", cte="quoted-printable", client="outlook", qlang="es", lang="es-ES")
    return [p], eml, conf([(p, {1: "A", 2: "A", 3: C(p="3.20")})],
                          "Lines 1 and 2 confirmed as ordered; line 3 changes only the price to 3,20 EUR per unit (decimal comma); "
                          "the 75x230 and 24-can figures in descriptions are not quantities.")


@case("ptbr-rice-pot-gasket-reais", "confirmation/pt-BR",
      "BRL price 'R$ 12,50 a unidade' with decimal comma and '1.200 pçs' with a thousands dot in a Gmail reply.")
def c005():
    s = sup("UCP", "Utilidades Cozinha Paulista Ltda.", "vendas@ucpaulista.example", "pt-BR")
    p = mkpo("4500031412", s, "BRL", "2026-11-09", [
        ("UCP-PAN-18", "Rice cooker inner pot 1.8 L, non-stick, 22 cm", 400, "PCS", "38.90", "2026-12-15"),
        ("UCP-VED-18", "Silicone lid gasket for 1.8 L pot, 3/8 in. lip", 1200, "PCS", "11.90", "2026-12-15"),
    ], buyer="ines")
    body = """Olá Ines, bom dia!

Segue a confirmação do pedido 4500031412:

Item 1 – panela interna 1,8 L: 400 pçs a R$ 38,90, entrega 15/12/2026 conforme solicitado.
Item 2 – anel de vedação: 1.200 pçs, R$ 12,50 a unidade (reajuste do silicone), entrega também em 15/12/2026.

Qualquer dúvida estou à disposição.

Att.,
Rafael Nogueira
Comercial – Utilidades Cozinha Paulista Ltda.
Rua Tamandaré, 812 – Liberdade – São Paulo/SP – CEP 01525-000
(11) 3208-4471 | WhatsApp (11) 98811-2043
"""
    eml = reply(p, ("Rafael Nogueira", "rafael.nogueira@ucpaulista.example"), "2026-11-18 10:05:31 -0300", body,
                charset="utf-8", cte="base64", client="gmail", qstyle="gmail", prefix="Re: ")
    return [p], eml, conf([(p, {1: "A", 2: C(p="12.50")})],
                          "Item 1 restates the PO values; item 2 keeps 1.200 pcs (= 1200, dot as thousands separator) and date but "
                          "the price becomes BRL 12.50 per unit.")


@case("nl-zoo-mesh-prijs-per-stuk", "confirmation/nl-NL",
      "Clamp price 'prijs € 4,15 per stuk excl. btw' with dates given as '7 december' without year.")
def c006():
    s = sup("DGB", "Dierentuin Gaas B.V.", "verkoop@dierentuingaas.example", "nl-NL")
    p = mkpo("4500031455", s, "EUR", "2026-11-02", [
        ("DGB-RVS-3-60", "Stainless rope mesh 3 mm, 60x60 mm aperture, roll 2x25 m", 12, "ROL", "1480.00", "2026-12-07"),
        ("DGB-KLM-3", "Stainless ferrule clamp for 3 mm rope mesh", 1500, "EA", "3.95", "2026-12-07"),
    ])
    body = """Beste Mara,

Bedankt voor uw order 4500031455.

Pos. 1: 12 rollen RVS kabelgaas 3 mm, 60x60, levering 7 december zoals gevraagd, prijs conform order.
Pos. 2: kabelklemmen – prijs € 4,15 per stuk excl. btw (onze prijslijst is per 1 november aangepast), aantal 1.500 stuks, eveneens levering 7 december.

Met vriendelijke groet,

Sanne de Groot
Binnendienst
Dierentuin Gaas B.V.
Industrieweg 27, 4104 AH Culemborg
T +31 345 52 18 40
"""
    eml = reply(p, ("Sanne de Groot", "s.degroot@dierentuingaas.example"), "2026-11-09 15:12:48 +0100", body,
                charset="windows-1252", cte="quoted-printable", client="outlook", qlang="nl", lang="nl-NL")
    return [p], eml, conf([(p, {1: "A", 2: C(p="4.15")})],
                          "'7 december' has no year: next one after the 9 Nov mail = 2026-12-07 = requested; only the clamp price "
                          "changes to 4.15 EUR per piece (excl. VAT is the normal net basis); '1 november' is the price-list date.")


@case("pl-hay-tines-wysylka-dostawa", "confirmation/pl-PL",
      "'wysyłka 14.12, dostawa 16.12' without year: the delivery date 16.12 wins over the ship date.")
def c007():
    s = sup("ZKW", "Zakład Kowalski Widły Sp. z o.o.", "sprzedaz@kowalski-widly.example", "pl-PL")
    p = mkpo("4500031510", s, "PLN", "2026-11-05", [
        ("ZKW-ZB-4-30", "Hay fork tine, 4-prong replacement, 30 cm, hardened", 600, "PCS", "9.80", "2026-12-18"),
        ("ZKW-ZB-M20-35", "Bale spear tine M20x1.5, 35 cm", 150, "PCS", "46.50", "2026-12-18"),
        ("ZKW-NKR-M20", "Nut M20x1.5 with washer, 8.8 zinc", 150, "SET", "2.10", "2026-12-18"),
    ])
    body = """Dzień dobry Pani Maro,

potwierdzamy zamówienie nr 4500031510 - wszystkie pozycje w ilościach i cenach z zamówienia.
Termin: wysyłka 14.12, dostawa 16.12.

Pozdrawiam serdecznie
Agnieszka Wróbel
Dział Sprzedaży
Zakład Kowalski Widły Sp. z o.o.
ul. Kowalska 7, 63-400 Ostrów Wielkopolski
tel. +48 62 735 19 04
"""
    eml = reply(p, ("Agnieszka Wróbel", "a.wrobel@kowalski-widly.example"), "2026-11-13 09:17:02 +0100", body,
                charset="iso-8859-2", cte="quoted-printable", client="tb", qstyle="tb", prefix="Odp: ", html=False)
    d = "2026-12-16"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d), 3: C(d=d)})],
                          "Delivery 16.12 (no year -> 2026-12-16) wins over shipping 14.12; it is earlier than the requested 18.12, "
                          "so every line is changed on the date only.")


@case("cs-pantograph-bez-vyhrad", "confirmation/cs-CZ",
      "Czech 'potvrzujeme bez výhrad' confirms everything unchanged; CZK prices with four digits.")
def c008():
    s = sup("PPL", "Pantografy Plzeň s.r.o.", "obchod@pantografy-plzen.example", "cs-CZ")
    p = mkpo("4500031533", s, "CZK", "2026-11-06", [
        ("PPL-UCL-1450", "Carbon contact strip 1450 mm for tram pantograph, 24V heater", 40, "EA", "4850.00", "2026-12-10"),
        ("PPL-PRZ-12", "Pantograph lifting spring 12x120 mm", 80, "EA", "615.00", "2026-12-10"),
    ], buyer="tom")
    body = """Dobrý den pane Okafore,

k Vaší objednávce č. 4500031533 potvrzujeme bez výhrad - množství, ceny i termín 10.12.2026 dle objednávky.

S pozdravem

Ing. Tomáš Dvořák
obchodní oddělení
Pantografy Plzeň s.r.o.
Tylova 1137/57, 301 00 Plzeň
tel.: +420 377 412 905
"""
    eml = reply(p, ("Tomáš Dvořák", "obchod@pantografy-plzen.example"), "2026-11-12 13:30:19 +0100", body,
                charset="iso-8859-2", cte="quoted-printable", client="outlook", qlang="cs", lang="cs-CZ")
    return [p], eml, conf([(p, {1: "A", 2: "A"})],
                          "'potvrzujeme bez výhrad' = we confirm without reservation; quantities, prices and 10.12.2026 as ordered.")


@case("sl-idlers-cena-kos", "confirmation/sl-SI",
      "Slovenian per-position list with 'cena 12,40 EUR/kos' raising only the seal kit price.")
def c009():
    s = sup("VKD", "Valjčki Kamnolom d.o.o.", "prodaja@valjcki-kamnolom.example", "sl-SI")
    p = mkpo("4500031577", s, "EUR", "2026-11-10", [
        ("VKD-VAL-89-380", "Carrying idler 89x380 mm, 6204 2RS bearings", 120, "EA", "23.70", "2026-12-17"),
        ("VKD-TES-6204", "Labyrinth seal kit for 6204 idler bearing", 240, "EA", "11.80", "2026-12-17"),
    ])
    body = """Spoštovana ga. Lindqvist,

zahvaljujemo se za naročilo 4500031577, ki ga potrjujemo:

poz. 1 – nosilni valjček 89x380: 120 kos, cena 23,70 EUR/kos, dobava 17.12.2026
poz. 2 – tesnilni komplet 6204: 240 kos, cena 12,40 EUR/kos, dobava 17.12.2026

Lep pozdrav,
Matej Kranjc
prodaja
Valjčki Kamnolom d.o.o.
Cesta v Gorice 8, 1000 Ljubljana
T: +386 1 420 57 33
"""
    eml = reply(p, ("Matej Kranjc", "matej.kranjc@valjcki-kamnolom.example"), "2026-11-19 08:05:55 +0100", body,
                charset="windows-1250", cte="quoted-printable", client="outlook", qlang="sl", prefix="RE: ")
    return [p], eml, conf([(p, {1: "A", 2: C(p="12.40")})],
                          "Both positions restated; only position 2 differs: 12,40 EUR/kos instead of 11.80; '6204' and '89x380' are part numbers/sizes.")


@case("sr-crampons-rok-isporuke", "confirmation/sr-RS",
      "Serbian Latin 'rok isporuke 18.12.2026.' with the trailing ordinal dot, base64 windows-1250 body.")
def c010():
    s = sup("DKO", "Dereze Kopaonik d.o.o.", "prodaja@dereze-kopaonik.example", "sr-RS")
    p = mkpo("4500031602", s, "EUR", "2026-11-09", [
        ("DKO-DRZ-12", "Glacier crampon 12-point, steel, boot size 36-46", 80, "PAIR", "64.00", "2026-12-11"),
        ("DKO-ANT-12", "Anti-balling plate for 12-point crampon", 80, "PAIR", "7.40", "2026-12-11"),
    ])
    body = """Poštovana gospođo Lindqvist,

potvrđujemo Vašu porudžbinu br. 4500031602 u celosti (količine i cene prema porudžbini).
Rok isporuke 18.12.2026. za obe stavke – nažalost ne možemo ranije zbog kaljenja zubaca.

Srdačan pozdrav,
Milica Jovanović
Komercijala
Dereze Kopaonik d.o.o.
Bulevar oslobođenja 112, 21000 Novi Sad
tel. +381 21 472 905
"""
    eml = reply(p, ("Milica Jovanović", "prodaja@dereze-kopaonik.example"), "2026-11-17 12:44:10 +0100", body,
                charset="windows-1250", cte="base64", client="outlook", qlang="en")
    d = "2026-12-18"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "Quantities and prices confirmed; 'rok isporuke 18.12.2026.' (Serbian date with a final dot) replaces the requested 11.12.")


@case("bg-dialysis-chairs-srok", "confirmation/bg-BG",
      "Cyrillic windows-1251 base64 reply: 'срок за доставка 18.12.2026' applied to all three lines.")
def c011():
    s = sup("MVI", "Медицинско оборудване Витоша ЕООД", "sales@mo-vitosha.example", "bg-BG")
    p = mkpo("4500031640", s, "EUR", "2026-11-06", [
        ("MVI-DC-3M", "Dialysis chair, 3 motors, 24V, Trendelenburg", 4, "EA", "2980.00", "2026-12-11"),
        ("MVI-ARM-2027", "Armrest pad set, 2027 model, PU", 8, "SET", "86.50", "2026-12-11"),
        ("MVI-IVP-190", "IV pole 190 cm for dialysis chair", 4, "EA", "74.00", "2026-12-11"),
    ])
    body = """Уважаема г-жо Линдквист,

Потвърждаваме поръчка № 4500031640 по всички позиции – количества и цени съгласно поръчката, срок за доставка 18.12.2026 г.

Поздрави,
Десислава Петрова
Отдел „Продажби“
Медицинско оборудване Витоша ЕООД
бул. „Цариградско шосе“ 133, 1784 София
тел.: +359 2 974 33 18
"""
    eml = reply(p, ("Десислава Петрова", "d.petrova@mo-vitosha.example"), "2026-11-16 16:20:37 +0200", body,
                charset="windows-1251", cte="base64", client="outlook", qlang="en")
    d = "2026-12-18"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d), 3: C(d=d)})],
                          "All positions confirmed as to quantity and price; the delivery term 18.12.2026 replaces 11.12 for every line.")


@case("uk-airship-fabric-postavka-grudnia", "confirmation/uk-UA",
      "Ukrainian KOI8-U text with 'поставка 18 грудня': a genitive month name without a year.")
def c012():
    s = sup("DTX", "ТОВ \"Дирижабль-Текстиль\"", "sales@dyryzhabl-tex.example", "uk-UA")
    p = mkpo("4500031688", s, "EUR", "2026-11-11", [
        ("DTX-PU-160", "Airship envelope fabric, PU-coated polyester 160 g/m2, width 1.5 m", 1200, "M", "17.40", "2026-12-11"),
        ("DTX-TAPE-50", "Seam tape 50 mm, heat-sealable", 900, "M", "2.35", "2026-12-11"),
    ])
    body = """Добрий день, пані Маро!

Підтверджуємо замовлення N 4500031688: тканина 1200 м та стрічка 900 м за цінами замовлення.
Поставка 18 грудня (обидві позиції, одним відправленням).

З повагою,
Олена Ковальчук
менеджер з продажу
ТОВ "Дирижабль-Текстиль"
вул. Промислова, 14, м. Харків, 61052
тел. +380 57 712 40 66
"""
    eml = reply(p, ("Олена Ковальчук", "o.kovalchuk@dyryzhabl-tex.example"), "2026-11-20 10:31:12 +0200", body,
                charset="koi8-u", cte="base64", client="tb", qstyle="tb", prefix="Re: ", html=False)
    d = "2026-12-18"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "'18 грудня' = 18 December, no year -> 2026-12-18 after a 20 Nov mail; quantities and prices as ordered.")


@case("fi-tiller-knife-hinta-alv0", "confirmation/fi-FI",
      "Finnish numbered list; 'hinta 8,90 € / kpl alv 0 %' is a net price change, 'alv 0 %' is VAT not a discount.")
def c013():
    s = sup("LVO", "Lumiura Varaosa Oy", "myynti@lumiura.example", "fi-FI")
    p = mkpo("4500031702", s, "EUR", "2026-11-02", [
        ("LVO-TIL-KNF", "Tiller knife 24x120 mm, boron steel", 240, "PCS", "8.40", "2026-12-04"),
        ("LVO-TIL-BLT", "Tiller bolt M10x40 12.9 with lock nut", 500, "PCS", "0.95", "2026-12-04"),
        ("LVO-TIL-BRG", "Tiller shaft bearing, 2027 series, 80 mm", 4, "PCS", "412.00", "2026-12-04"),
    ])
    body = """Hei Mara,

kiitos tilauksesta 4500031702. Vahvistamme:

1. Jyrsinterä 24x120 – 240 kpl, hinta 8,90 € / kpl alv 0 % (teräksen hinnankorotus), toimitus 4.12.2026
2. Pultti M10x40 – 500 kpl, 0,95 € / kpl, toimitus 4.12.2026
3. Akselin laakeri 80 mm – 4 kpl, 412,00 € / kpl, toimitus 4.12.2026

Ystävällisin terveisin
Jukka Heikkinen
Myynti
Lumiura Varaosa Oy
Teollisuustie 9, 96320 Rovaniemi
puh. +358 40 715 2208
"""
    eml = reply(p, ("Jukka Heikkinen", "jukka.heikkinen@lumiura.example"), "2026-11-10 13:55:00 +0200", body,
                charset="windows-1252", cte="quoted-printable", client="outlook", qlang="fi", prefix="VS: ")
    return [p], eml, conf([(p, {1: C(p="8.90"), 2: "A", 3: "A"})],
                          "Only line 1 changes price (8,90 EUR per piece, 'alv 0 %' = excluding VAT); lines 2 and 3 restate the PO.")


@case("lt-typewriter-ribbons-gruodzio", "confirmation/lt-LT",
      "'pristatymas gruodžio 18 d.' applies to all lines, which matches two requested dates but moves the third.")
def c014():
    s = sup("RJC", "UAB Rašomųjų juostų centras", "uzsakymai@juostos.example", "lt-LT")
    p = mkpo("4500031733", s, "EUR", "2026-11-12", [
        ("RJC-RIB-13-10", "Typewriter ribbon 13 mm x 10 m, black/red, 1/2 in. spool", 500, "PCS", "3.60", "2026-12-18"),
        ("RJC-SPL-2X", "Metal spool pair for Olympia SM3 (1957-1962 models)", 200, "PAIR", "5.25", "2026-12-18"),
        ("RJC-COR-12", "Correction ribbon 12 mm, lift-off", 300, "PCS", "2.80", "2026-12-11"),
    ])
    body = """Laba diena,

dėkojame už užsakymą Nr. 4500031733. Patvirtiname visas pozicijas (kiekiai ir kainos pagal užsakymą), pristatymas gruodžio 18 d.

Pagarbiai
Rūta Kazlauskienė
Pardavimų vadybininkė
UAB „Rašomųjų juostų centras“
Savanorių pr. 176, LT-03154 Vilnius
Tel. +370 5 213 4470
"""
    eml = reply(p, ("Rūta Kazlauskienė", "ruta.k@juostos.example"), "2026-11-23 09:40:26 +0200", body,
                charset="utf-8", cte="quoted-printable", client="outlook", qlang="en")
    return [p], eml, conf([(p, {1: "A", 2: "A", 3: C(d="2026-12-18")})],
                          "'gruodžio 18 d.' = 18 December (no year -> 2026-12-18) for all positions: lines 1-2 match the PO, line 3 "
                          "(requested 11.12) is changed; '1957-1962' in a description is a model range.")


@case("ja-rice-pot-shukka-nouhin", "confirmation/ja-JP",
      "Shift_JIS base64 Japanese: '出荷日 12月14日、納品日 12月16日' - the delivery date wins over the ship date.")
def c015():
    s = sup("MZH", "Mizuho Suihan Kogyo K.K.", "eigyo@mizuho-suihan.example", "ja-JP")
    p = mkpo("4500031760", s, "JPY", "2026-11-05", [
        ("MZH-UCH-55", "Rice cooker inner pot 5.5 go (1.0 L), 3 mm clad", 300, "PCS", "2450", "2026-12-14"),
        ("MZH-PKN-55", "Lid packing for 5.5 go inner lid", 600, "PCS", "180", "2026-12-14"),
    ])
    body = """Brightwater Supply Co
Mara Lindqvist 様

いつもお世話になっております。
みずほ炊飯工業の佐藤でございます。

ご注文書 4500031760 につきまして、下記の通りお受けいたします。

・数量、単価：ご注文書の通り
・出荷日 12月14日、納品日 12月16日（2品目とも）

何卒よろしくお願い申し上げます。

――――――――――――――――
株式会社みずほ炊飯工業　営業部
佐藤 健一
〒950-0871 新潟県新潟市東区山木戸3-8-21
TEL 025-271-4408　FAX 025-271-4409
――――――――――――――――
"""
    eml = reply(p, ("佐藤 健一", "k.sato@mizuho-suihan.example"), "2026-11-13 11:02:44 +0900", body,
                charset="shift_jis", cte="base64", client="outlook", qlang="en", html=False)
    d = "2026-12-16"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "出荷日 (ship) 12/14 vs 納品日 (delivery) 12/16: delivery wins -> 2026-12-16; quantities and prices 'ご注文書の通り' (as per PO).")


@case("zhtw-pill-counter-jiaohuo", "confirmation/zh-TW",
      "Big5 Traditional Chinese with '交貨日 2026/12/18' given once for both lines and prices restated in USD.")
def c016():
    s = sup("TPC", "Taiwan Pharma Counter Co., Ltd.", "sales@tw-pharmacounter.example", "zh-TW")
    p = mkpo("4500031791", s, "USD", "2026-11-09", [
        ("TPC-CNT-2400", "Tablet counter, 24 channel, 220V, max 2400 tabs/min", 3, "EA", "3650.00", "2026-12-11"),
        ("TPC-TRY-12", "Counting tray set 12x20 cm, antistatic", 30, "SET", "18.00", "2026-12-11"),
    ])
    body = """Mara 您好：

謝謝您的訂單 4500031791，以下為確認內容：

1. 藥錠計數機 24 通道 3 台，單價 USD 3,650.00
2. 計數盤組 30 組，單價 USD 18.00

交貨日 2026/12/18（兩項一起出貨）。

敬祝 商祺
林雅婷 Tina Lin
業務部
台灣藥用計數機股份有限公司
新北市五股區五權路 21 號
電話：+886 2 2298 7731
"""
    eml = reply(p, ("Tina Lin", "tina.lin@tw-pharmacounter.example"), "2026-11-17 15:08:03 +0800", body,
                charset="big5", cte="base64", client="outlook", qlang="en")
    d = "2026-12-18"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "交貨日 = delivery date 2026/12/18 for both items (requested 12-11); quantities and USD prices restated unchanged.")


@case("vi-abacus-don-gia-dong", "confirmation/vi-VN",
      "VND prices with a dot thousands separator: 'đơn giá 45.000 đ' means 45000, not 45.")
def c017():
    s = sup("BTV", "Công ty TNHH Bàn Tính Việt", "kinhdoanh@bantinhviet.example", "vi-VN")
    p = mkpo("4500031822", s, "VND", "2026-11-10", [
        ("BTV-ABC-13", "Abacus frame 13 rods, beechwood beads 4/1", 500, "PCS", "42000", "2026-12-15"),
        ("BTV-BEAD-10", "Spare abacus beads 10 mm, box of 100", 200, "BOX", "65000", "2026-12-15"),
    ])
    body = """Kính gửi chị Mara,

Chúng tôi xác nhận đơn hàng số 4500031822 như sau:
- Bàn tính 13 cột: 500 cái, đơn giá 45.000 đ (giá gỗ tăng), giao hàng ngày 15/12/2026.
- Hạt bàn tính 10 mm (hộp 100 hạt): 200 hộp, đơn giá 65.000 đ, giao hàng ngày 15/12/2026.

Trân trọng,
Nguyễn Thị Hồng
Phòng Kinh doanh
Công ty TNHH Bàn Tính Việt
Lô C4, KCN Quang Minh, Mê Linh, Hà Nội
ĐT: +84 24 3525 8190
"""
    eml = reply(p, ("Nguyễn Thị Hồng", "hong.nt@bantinhviet.example"), "2026-11-19 14:25:09 +0700", body,
                charset="utf-8", cte="base64", client="gmail", qstyle="gmail", prefix="Re: ")
    return [p], eml, conf([(p, {1: C(p="45000"), 2: "A"})],
                          "Vietnamese dot is a thousands separator: 45.000 đ = VND 45000 (PO 42000) for line 1; line 2 restated as ordered; "
                          "'hộp 100 hạt' is the box content, the PO unit is BOX so no conversion.")


@case("nl-hot-tub-covers-afwezig", "auto_reply/nl-NL",
      "Dutch out-of-office with absence dates and an alternative contact, threaded on our request.")
def c018():
    s = sup("KAH", "Kuipafdekking Holland B.V.", "p.visser@kuipafdekking.example", "nl-NL")
    p = mkpo("4500031850", s, "EUR", "2026-11-16", [
        ("KAH-CVR-213", "Hot tub cover 213x213 cm, 4/3 inch taper, grey", 20, "EA", "389.00", "2026-12-11"),
        ("KAH-LFT-01", "Cover lifter, under-mount, 2027 model", 20, "EA", "142.50", "2026-12-11"),
    ])
    body = """Beste afzender,

Ik ben van maandag 16 november tot en met vrijdag 27 november 2026 afwezig en heb geen toegang tot mijn e-mail. Uw bericht wordt niet doorgestuurd.

Voor orderbevestigingen en levertijden kunt u contact opnemen met onze binnendienst via verkoop@kuipafdekking.example of +31 20 555 8120.

Met vriendelijke groet,
Pieter Visser
Kuipafdekking Holland B.V.
"""
    eml = reply(p, ("Pieter Visser", "p.visser@kuipafdekking.example"), "2026-11-16 10:14:41 +0100", body,
                charset="windows-1252", cte="quoted-printable", client="outlook", quote=None,
                subject="Automatisch antwoord: Purchase order 4500031850 - please confirm",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, other("auto_reply",
                           "Out-of-office in Dutch (16-27 November) pointing to the sales desk; contains dates but commits to nothing.")
