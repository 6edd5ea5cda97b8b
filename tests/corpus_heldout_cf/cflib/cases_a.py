from .common import (case, supplier, po, conf, other, C, A, R, U, reply, mdate, wd, kw_fri, pdf_att, xlsx_att,
                     csv_att)
from .pdf import make_pdf

DISC_EN = ("This e-mail and any attachments are confidential and intended solely for the addressee. If you have\n"
           "received it in error, please notify the sender and delete it. Registered in England No. 04417723.")


@case("sail-battens-wc-14-december", "confirmation/en-GB",
      "'Goods will be with you w/c 14th December' names a week, not a day: per the calendar-week rule it is the Friday of ISO week 51, 2026-12-18")
def c001(n):
    s = supplier("SOLBAT", "Solent Batten Works Ltd", "sales@solent-battens.example", "en-GB")
    p = po("4500231870", s, "GBP", "2026-11-06", [
        ("BAT-GRP-1220", "Sail batten GRP tapered 12x20 mm, 1.5 m", 60, "EA", "4.85", "2026-12-16"),
        ("BAT-CF-1630", "Sail batten carbon 16x30 mm, 2.4 m, 2027 class rules", 24, "EA", "38.40", "2026-12-16"),
    ])
    body = ("Hi Dana,\n\nThanks for the order - both lines are fine at your quantities and prices "
            "(60 x GRP 12x20 and 24 x carbon 16x30).\nGoods will be with you w/c 14th December.\n\n"
            "Kind regards\n\nGareth Pryce\nSales Office | Solent Batten Works Ltd\n"
            "Unit 7, Hamble Point Marina, Southampton SO31 4NB\nT: +44 23 8045 2261 | M: +44 7700 900417\n\n" + DISC_EN)
    eml = reply(n, p, date=mdate(2026, 11, 17, 9, 14, 3, "+0000"), body=body, contact="Gareth")
    d = wd(kw_fri(2026, 51), "Fri")
    return [p], eml, conf([(p, {1: C(60, "4.85", d), 2: C(24, "38.40", d)})],
                          "'w/c 14th December' = week commencing Monday 14 Dec (ISO week 51) without a day -> Friday "
                          "2026-12-18 per the calendar-week rule; quantities and prices unchanged, date differs from 2026-12-16.")


@case("crane-cable-etd-eta", "confirmation/en-SG",
      "'ETD 12/12, ETA 19/12' gives a ship and an arrival date in day-first order; the arrival (delivery) date wins")
def c002(n):
    s = supplier("MARWIRE", "Marina Wire Rope Pte Ltd", "sales@marinawirerope.example", "en-SG")
    p = po("4500232014", s, "USD", "2026-11-10", [
        ("WR-36-6X36", "Crane wire rope 36 mm 6x36 IWRC, 1960 N/mm2, reel 500 m", 1000, "M", "18.40", "2026-12-18"),
        ("SK-36-OS", "Open spelter socket for 36 mm rope", 8, "EA", "96.00", "2026-12-18"),
    ], buyer="tom")
    body = ("Dear Tom,\n\nNoted with thanks. Both items confirmed at PO qty and price.\n"
            "Shipment by air freight, door delivery to your Venlo warehouse:\n\n"
            "ETD 12/12, ETA 19/12\n\nWill send AWB once booked.\n\n"
            "Best regards,\nJasmine Tan\nSales Coordinator\nMarina Wire Rope Pte Ltd\n"
            "21 Tuas Avenue 3, Singapore 639418\nTel: +65 6861 2270  HP: +65 9123 4408")
    eml = reply(n, p, date=mdate(2026, 11, 25, 16, 2, 44, "+0800"), body=body, client="outlook", contact="Ms Tan")
    return [p], eml, conf([(p, {1: C(1000, "18.40", "2026-12-19"), 2: C(8, "96.00", "2026-12-19")})],
                          "en-SG is day-first: ETD 12/12 = 12 Dec (ship), ETA 19/12 = 19 Dec arrival at the warehouse; "
                          "the delivery date wins -> 2026-12-19 for both lines.")


@case("cheese-boards-preis-chf-netto", "confirmation/de-CH",
      "Swiss German reply: 'Preis CHF 12.40 netto' uses a decimal point, and the date '14.12.' has no year")
def c003(n):
    s = supplier("ALPBRETT", "Alpenbrett AG", "verkauf@alpenbrett.example", "de-CH")
    p = po("4500231655", s, "CHF", "2026-11-04", [
        ("KRB-600-25", "Reifungsbrett Fichte 600x200x25 mm, Nut 3/4", 120, "EA", "11.90", "2026-12-14"),
        ("KRB-1000-30", "Reifungsbrett Fichte 1000x250x30 mm", 80, "EA", "16.50", "2026-12-14"),
    ], buyer="jonas")
    body = ("Grüezi Herr Weber\n\nBesten Dank für Ihre Bestellung.\n\n"
            "Pos. 1 KRB-600-25: 120 Stk., Preis CHF 12.40 netto (Holzpreis-Anpassung per 1.11.), Liefertermin 14.12.\n"
            "Pos. 2 KRB-1000-30: wie bestellt, 80 Stk. à CHF 16.50, Liefertermin 14.12.\n\n"
            "Freundliche Grüsse\n\nUrs Bachmann\nVerkaufsinnendienst\nAlpenbrett AG | Sägestrasse 12 | 3550 Langnau i.E.\n"
            "Tel. +41 34 402 17 80")
    eml = reply(n, p, date=mdate(2026, 11, 19, 8, 41, 12, "+0100"), body=body, client="thunderbird", cs="iso-8859-1",
                quote="gmail", ql="de", prefix="AW:", html=None, contact="Herr Bachmann")
    return [p], eml, conf([(p, {1: C(120, "12.40", "2026-12-14"), 2: A})],
                          "Line 1 new net price CHF 12.40 (Swiss decimal point), '14.12.' without year -> 2026-12-14; "
                          "'1.11.' in the text is the date of the wood price change, not a delivery date.")


@case("baguette-trays-delai-18-12", "confirmation/fr-BE",
      "Belgian French 'délai de livraison : 18/12' without a year applies to both lines; prices are restated with decimal commas")
def c004(n):
    s = supplier("BOULPLAQ", "Boulangerie Plaques SPRL", "commandes@boulplaques.example", "fr-BE")
    p = po("4500231702", s, "EUR", "2026-11-05", [
        ("PLQ-5B-600", "Baguette tray perforated, 5 channels, 600x400 mm", 150, "EA", "23.70", "2026-12-11"),
        ("PLQ-8B-800", "Baguette tray 8 channels 800x600 mm, alu 1.5 mm, silicone coated", 40, "EA", "41.20", "2026-12-11"),
    ])
    body = ("Bonjour Madame Ruiz,\n\nNous vous remercions pour votre commande et la confirmons comme suit :\n\n"
            "- PLQ-5B-600 : 150 pièces à 23,70 EUR\n- PLQ-8B-800 : 40 pièces à 41,20 EUR\n\n"
            "Délai de livraison : 18/12.\n\nBien à vous,\n\nSophie Lambotte\nService commercial\n"
            "Boulangerie Plaques SPRL - Rue de l'Industrie 41 - 7500 Tournai\nTél. +32 69 22 47 10")
    eml = reply(n, p, date=mdate(2026, 11, 20, 11, 5, 0, "+0100"), body=body, cs="windows-1252", ql="fr", prefix="RE :",
                lang="fr-BE")
    return [p], eml, conf([(p, {1: C(150, "23.70", "2026-12-18"), 2: C(40, "41.20", "2026-12-18")})],
                          "'Délai de livraison : 18/12' day-first without year -> 2026-12-18 (one week after the requested "
                          "2026-12-11) for both lines; quantities and prices unchanged.")


@case("barrel-bungs-prezzo-iva", "confirmation/it-IT",
      "'prezzo unitario € 3,15 + IVA' is a net price with a decimal comma; VAT is not part of the unit price")
def c005(n):
    s = supplier("TAPPIVEN", "Tappi Veneti S.r.l.", "ordini@tappiveneti.example", "it-IT")
    p = po("4500231588", s, "EUR", "2026-11-03", [
        ("TAP-SIL-48", "Silicone barrel bung 48/55 mm, solid", 500, "PCS", "3.05", "2026-12-04"),
        ("TAP-ROV-52", "Oak bung 52 mm, tapered", 200, "PCS", "1.80", "2026-12-04"),
    ], buyer="marta")
    body = ("Buongiorno Marta,\n\nconfermiamo l'ordine con una sola variazione:\n\n"
            "Pos. 1 TAP-SIL-48: 500 pz, prezzo unitario € 3,15 + IVA (aumento materia prima silicone), consegna 04/12\n"
            "Pos. 2 TAP-ROV-52: ok come da ordine, consegna 04/12\n\n"
            "Cordiali saluti\n\nGiulia Benetton\nUfficio Commerciale - Tappi Veneti S.r.l.\n"
            "Via dell'Artigianato 8, 31044 Montebelluna (TV)\nTel. +39 0423 601 554\n\n"
            "Ai sensi del Regolamento UE 2016/679 le informazioni contenute in questa e-mail sono riservate.")
    eml = reply(n, p, date=mdate(2026, 11, 16, 10, 27, 45, "+0100"), body=body, client="gmail", quote="gmail", ql="it",
                prefix="R:", contact="Giulia")
    return [p], eml, conf([(p, {1: C(500, "3.15", "2026-12-04"), 2: A})],
                          "Line 1 price 3,15 EUR + IVA = 3.15 net (PO prices are net); '04/12' day-first = 2026-12-04 as "
                          "requested; line 2 accepted.")


@case("gym-mats-viernes-18", "confirmation/es-MX",
      "'la entrega el viernes 18' has no month: the next 18th that is a Friday on/after the mail date is 18 December")
def c006(n):
    s = supplier("GIMNAMX", "Gimnasia Equipos del Bajío S.A. de C.V.", "ventas@gimnasiabajio.example", "es-MX")
    p = po("4500232140", s, "USD", "2026-11-12", [
        ("COL-120-240", "Gymnastics mat 120x240x10 cm, density 28", 12, "EA", "189.00", "2026-12-15"),
        ("COL-PLEG-4", "Folding mat 4 sections 1.2x2.4 m", 20, "EA", "74.50", "2026-12-15"),
    ])
    body = ("Buen día Dana,\n\nte confirmo las dos partidas con las cantidades y precios de tu orden (12 colchonetas "
            "120x240 y 20 plegables).\nLa entrega el viernes 18, porque el martes 15 no tenemos transporte a Manzanillo.\n\n"
            "Saludos,\nAlejandra Ríos\nGimnasia Equipos del Bajío\nBlvd. Adolfo López Mateos 2210, León, Gto.\n"
            "Tel. +52 477 771 0932\n\nEnviado desde mi iPhone")
    eml = reply(n, p, date=mdate(2026, 11, 24, 13, 8, 19, "-0600"), body=body, client="iphone", quote="gmail", ql="es",
                prefix="Re:", html=None, cs="utf-8", cte="quoted-printable", contact="Alejandra")
    d = wd("2026-12-18", "Fri")
    wd("2026-12-15", "Tue")
    return [p], eml, conf([(p, {1: C(12, "189.00", d), 2: C(20, "74.50", d)})],
                          "Mail of 24 Nov: 'viernes 18' -> Friday 2026-12-18 (18 Nov has passed and was a Wednesday); "
                          "'martes 15' is the requested date they cannot meet.")


@case("cork-bungs-entrega-dia-18", "confirmation/pt-PT",
      "'entrega no dia 18' gives only a day of month, and line 3 is declined in prose")
def c007(n):
    s = supplier("CORTALEN", "Cortiças do Alentejo, Lda.", "encomendas@corticas-alentejo.example", "pt-PT")
    p = po("4500232201", s, "EUR", "2026-11-13", [
        ("ROL-CRT-38", "Natural cork barrel bung 38/34 mm", 2000, "PCS", "0.42", "2026-12-11"),
        ("ROL-CRT-50", "Agglomerated cork bung 50/45 mm", 1000, "PCS", "0.68", "2026-12-11"),
        ("ROL-SIL-48", "Silicone bung 48 mm with valve", 100, "PCS", "4.90", "2026-12-11"),
    ], buyer="marta")
    body = ("Bom dia Sra. Marta,\n\nConfirmamos as linhas 1 e 2 conforme a encomenda (2.000 e 1.000 unidades, "
            "preços 0,42 e 0,68 EUR), com entrega no dia 18.\n\nA linha 3 (batoque de silicone) deixámos de fabricar, "
            "pelo que não a podemos fornecer.\n\nCom os melhores cumprimentos,\nRui Carvalho\nCortiças do Alentejo, Lda.\n"
            "Zona Industrial, Lote 12, 7050-001 Montemor-o-Novo\nTel. +351 266 890 214")
    eml = reply(n, p, date=mdate(2026, 11, 26, 9, 50, 2, "+0000"), body=body, cs="iso-8859-15", ql="pt", prefix="RE:",
                contact="Sr. Carvalho")
    return [p], eml, conf([(p, {1: C(2000, "0.42", "2026-12-18"), 2: C(1000, "0.68", "2026-12-18"), 3: R})],
                          "Mail of 26 Nov: 'no dia 18' -> next 18th = 2026-12-18; line 3 no longer manufactured -> rejected.")


@case("goggle-lenses-pris-kr-st", "confirmation/sv-SE",
      "'pris 42 kr/st' and 'leverans v. 50' (week without a day -> Friday); a '1/12' price-change date sits in the text")
def c008(n):
    s = supplier("NORDLINS", "Nordlins Optik AB", "order@nordlins.example", "sv-SE")
    p = po("4500231944", s, "SEK", "2026-11-09", [
        ("LINS-SPH-C3", "Spare lens spherical cat. 3, 2027 model M/L", 200, "EA", "39.00", "2026-12-10"),
        ("LINS-PHO-13", "Photochromic lens cat. 1-3", 50, "EA", "118.00", "2026-12-10"),
    ], buyer="jonas")
    body = ("Hej Jonas!\n\nTack för ordern.\n\nRad 1: 200 st, pris 42 kr/st (nytt pris från 1/12), leverans v. 50.\n"
            "Rad 2: enligt order, 50 st à 118 kr, leverans v. 50.\n\nMed vänliga hälsningar\nEmma Lindqvist\n"
            "Nordlins Optik AB | Verkstadsgatan 5 | 831 48 Östersund\n+46 63 12 77 40")
    eml = reply(n, p, date=mdate(2026, 11, 23, 14, 33, 9, "+0100"), body=body, cs="iso-8859-1", ql="sv", prefix="SV:",
                contact="Emma")
    d = kw_fri(2026, 50)
    return [p], eml, conf([(p, {1: C(200, "42.00", d), 2: C(50, "118.00", d)})],
                          "'v. 50' without a day -> Friday 2026-12-11; line 1 price 42 SEK per piece (st = EA); "
                          "'1/12' is the price validity date, not a delivery date.")


@case("thermal-screen-leveringsdato", "confirmation/da-DK",
      "'leveringsdato 18-12-2026' with dashes, area quantity '1.200 m²' with a thousands dot")
def c009(n):
    s = supplier("DANSKAER", "Dansk Skærm & Klima ApS", "salg@danskskaerm.example", "da-DK")
    p = po("4500231811", s, "DKK", "2026-11-06", [
        ("SKR-LS10-430", "Energy screen LS 10 Ultra, width 4.30 m", 1200, "M2", "14.20", "2026-12-14"),
        ("SKR-MOT-KIT", "Screen drive mounting kit, 24 V motor", 4, "SET", "2150.00", "2026-12-14"),
    ], buyer="tom")
    body = ("Hej Tom\n\nVi bekræfter hermed ordren:\n\nPos. 1: 1.200 m² energigardin LS 10 à 14,20 kr.\n"
            "Pos. 2: 4 sæt montagesæt 24 V à 2.150,00 kr.\n\nLeveringsdato 18-12-2026 for begge positioner.\n\n"
            "Venlig hilsen\nMette Kjær\nDansk Skærm & Klima ApS\nHjulmagervej 22, 5260 Odense S\nTlf. +45 66 11 42 90")
    eml = reply(n, p, date=mdate(2026, 11, 18, 12, 11, 40, "+0100"), body=body, cs="iso-8859-1", ql="da", prefix="SV:",
                contact="Mette")
    return [p], eml, conf([(p, {1: C(1200, "14.20", "2026-12-18"), 2: C(4, "2150.00", "2026-12-18")})],
                          "Leveringsdato 18-12-2026 for both lines (requested 2026-12-14); '1.200' is 1200 m2 and "
                          "'2.150,00' is 2150.00 DKK in Danish notation.")


@case("oxygen-diffusers-kr-pr-stk", "confirmation/nb-NO",
      "'pris kr 125,- pr. stk' is a Norwegian whole-krone price; line 2 is split into two deliveries, the second as 'uke 51'")
def c010(n):
    s = supplier("FJORDOX", "Fjord Oksygen AS", "ordre@fjordoksygen.example", "nb-NO")
    p = po("4500231720", s, "NOK", "2026-11-05", [
        ("DIFF-OX-610", "Ceramic oxygen diffuser 610 mm, 3/4 in thread", 40, "EA", "119.00", "2026-12-07"),
        ("DIFF-SL-25", "Diffuser hose 25 mm, roll 100 m", 6, "ROL", "2450.00", "2026-12-07"),
    ], buyer="tom")
    body = ("Hei Tom,\n\ntakk for bestillingen.\n\nPos 1: 40 stk, pris kr 125,- pr. stk (ny prisliste).\n"
            "Pos 2: vi har 4 ruller på lager, disse sendes sammen med pos 1. Resterende 2 ruller leveres uke 51.\n"
            "Levering pos 1 og første del av pos 2: 7. desember. Pris pos 2 som bestilt.\n\n"
            "Med vennlig hilsen\nKari Nordvik\nFjord Oksygen AS, Sjøgata 14, 6002 Ålesund\nTlf +47 70 11 52 30")
    eml = reply(n, p, date=mdate(2026, 11, 13, 8, 5, 51, "+0100"), body=body, cs="iso-8859-1", ql="nb", prefix="SV:",
                contact="Kari")
    d2 = kw_fri(2026, 51)
    return [p], eml, conf([(p, {1: C(40, "125.00", "2026-12-07"),
                                2: C(6, "2450.00", d2, [(4, "2026-12-07"), (2, d2)])})],
                          "Line 1 price 125 NOK ('kr 125,-'); line 2 split 4 rolls on 7 Dec + 2 rolls 'uke 51' -> "
                          "Friday 2026-12-18, price unchanged.")


@case("pipette-stands-hind-tk", "confirmation/et-EE",
      "Estonian 'hind 12,40 €/tk' with a decimal comma, line 2 declined as discontinued")
def c011(n):
    s = supplier("LABORIST", "Laborist OÜ", "myyk@laborist.example", "et-EE")
    p = po("4500231599", s, "EUR", "2026-11-03", [
        ("PIP-ST-6", "Pipette stand linear, 6 places, acrylic", 30, "EA", "11.80", "2026-12-09"),
        ("PIP-ST-KAR7", "Pipette carousel stand, 7 places", 10, "EA", "64.00", "2026-12-09"),
    ], buyer="priya")
    body = ("Tere, Priya!\n\nRida 1: 30 tk, hind 12,40 €/tk, tarne 09.12.2026.\n"
            "Rida 2: kahjuks on selle karusselli tootmine lõpetatud, me ei saa seda tarnida.\n\n"
            "Lugupidamisega\nKadri Tamm\nLaborist OÜ | Peterburi tee 46, 11415 Tallinn | +372 605 2231")
    eml = reply(n, p, date=mdate(2026, 11, 12, 15, 20, 0, "+0200"), body=body, client="thunderbird", cs="iso-8859-15",
                cte="8bit", quote="gmail", html=None, contact="Kadri")
    return [p], eml, conf([(p, {1: C(30, "12.40", "2026-12-09"), 2: R})],
                          "Line 1 price 12,40 EUR per piece (tk = EA), date as requested; line 2 discontinued -> rejected.")


@case("cheese-boards-piegade-decembri", "confirmation/lv-LV",
      "Latvian 'piegāde 18. decembrī' is a date in words without a year, in ISO-8859-13")
def c012(n):
    s = supplier("KOKSIER", "Koka Siers SIA", "pasutijumi@kokasiers.example", "lv-LV")
    p = po("4500232255", s, "EUR", "2026-11-16", [
        ("SIER-DEL-50", "Cheese aging board spruce 500x300x20 mm", 100, "EA", "9.60", "2026-12-16"),
    ], buyer="jonas")
    body = ("Labdien, Jonas!\n\nApstiprinām pasūtījumu Nr. 4500232255: 100 gab. siera nogatavināšanas dēļi "
            "500x300x20 mm par 9,60 EUR/gab., piegāde 18. decembrī.\n\nAr cieņu\nLīga Ozola\nKoka Siers SIA\n"
            "Rūpniecības iela 7, Jelgava, LV-3001\nTālr. +371 6302 4417")
    eml = reply(n, p, date=mdate(2026, 11, 27, 10, 44, 31, "+0200"), body=body, cs="iso-8859-13", contact="Līga")
    return [p], eml, conf([(p, {1: C(100, "9.60", "2026-12-18")})],
                          "Only the date differs: '18. decembrī' -> 2026-12-18 (requested 2026-12-16); the description's "
                          "500x300x20 must not be read as a quantity.")


@case("gym-mats-szallitasi-hatarido", "confirmation/hu-HU",
      "Hungarian year-first date '2026.12.18.' with a trailing dot and forint prices with space thousands separators")
def c013(n):
    s = supplier("TORNASZ", "Tornaszer Kft.", "rendeles@tornaszer.example", "hu-HU")
    p = po("4500232280", s, "HUF", "2026-11-17", [
        ("TORNA-200", "Gymnastics mat 200x100x8 cm, synthetic leather", 25, "EA", "28900.00", "2026-12-18"),
        ("TORNA-EK", "Incline wedge mat 120x60x30/5 cm", 6, "EA", "41500.00", "2026-12-18"),
    ], buyer="marta")
    body = ("Tisztelt Kowalczyk Asszony!\n\nKöszönjük megrendelését. Mindkét tételt visszaigazoljuk a megrendelt "
            "mennyiségben és áron:\n\n1. TORNA-200 - 25 db - 28 900 Ft/db\n2. TORNA-EK - 6 db - 41 500 Ft/db\n\n"
            "Szállítási határidő: 2026.12.18.\n\nÜdvözlettel:\nSzabó Gergely\nértékesítés\nTornaszer Kft., "
            "6000 Kecskemét, Ipari út 19.\nTel.: +36 76 505 218")
    eml = reply(n, p, date=mdate(2026, 11, 30, 9, 2, 7, "+0100"), body=body, cs="iso-8859-2", ql="hu",
                prefix="Válasz:", contact="Szabó Úr")
    return [p], eml, conf([(p, {1: A, 2: A})],
                          "Everything as ordered: '2026.12.18.' = 2026-12-18 requested date, prices in HUF with space "
                          "thousands separators match; wedge size 30/5 is not a date.")


@case("trailer-ramps-termen-livrare", "confirmation/ro-RO",
      "Per-position list: one line changes price, one is deferred ('revenim săptămâna viitoare') and stays unconfirmed")
def c014(n):
    s = supplier("RAMPTRAN", "Rampe Transilvania SRL", "vanzari@rampetransilvania.example", "ro-RO")
    p = po("4500231760", s, "EUR", "2026-11-05", [
        ("RMP-AL-1650", "Aluminium horse trailer ramp 1650x1500 mm", 4, "EA", "685.00", "2026-12-11"),
        ("RMP-COV-1650", "Rubber ramp mat 1650x1500x12 mm", 4, "EA", "92.00", "2026-12-11"),
        ("RMP-ARC-2", "Ramp assist spring set, 2 pcs", 4, "SET", "48.00", "2026-12-11"),
    ])
    body = ("Bună ziua, doamna Ruiz,\n\nVă confirmăm comanda după cum urmează:\n\n"
            "Poz. 1 - confirmat, 4 buc., 685,00 EUR/buc.\nPoz. 2 - confirmat, 4 buc., preț nou 96,50 EUR/buc.\n"
            "Poz. 3 - arcurile nu sunt încă în stoc, revenim săptămâna viitoare cu termenul.\n\n"
            "Termen de livrare: 18.12.2026 (poz. 1 și 2).\n\nCu stimă,\nAndrei Mureșan\nRampe Transilvania SRL\n"
            "Str. Fabricii nr. 5, Cluj-Napoca 400632\nTel. +40 264 455 109")
    eml = reply(n, p, date=mdate(2026, 11, 17, 11, 30, 0, "+0200"), body=body, cs="utf-8", cte="base64",
                contact="Domnule Mureșan")
    return [p], eml, conf([(p, {1: C(4, "685.00", "2026-12-18"), 2: C(4, "96.50", "2026-12-18"), 3: U})],
                          "termen de livrare 18.12.2026 applies to lines 1-2 (line 2 also new price 96,50); line 3 "
                          "deferred to next week -> unconfirmed.")


@case("candle-snuffers-cijena-kom", "confirmation/hr-HR",
      "Croatian 'cijena 8,90 €/kom' for one line only, other line 'po narudžbi', date '10.12.' without year")
def c015(n):
    s = supplier("CRKVOPR", "Crkvena Oprema d.o.o.", "prodaja@crkvenaoprema.example", "hr-HR")
    p = po("4500231540", s, "EUR", "2026-11-02", [
        ("GAS-MES-30", "Candle snuffer brass, handle 30 cm", 40, "EA", "8.40", "2026-12-10"),
        ("GAS-MES-60", "Candle snuffer with lighter hook, 60 cm", 15, "EA", "14.90", "2026-12-10"),
    ], buyer="marta")
    body = ("Poštovana gospođo Kowalczyk,\n\npotvrđujemo Vašu narudžbu.\n\nStavka 1: 40 kom, cijena 8,90 €/kom "
            "(novi cjenik od 01.11.)\nStavka 2: po narudžbi.\n\nIsporuka za obje stavke 10.12.\n\nLijep pozdrav,\n"
            "Ivana Horvat\nCrkvena Oprema d.o.o., Ilica 212, 10000 Zagreb\nTel. +385 1 3702 455")
    eml = reply(n, p, date=mdate(2026, 11, 11, 13, 15, 22, "+0100"), body=body, client="thunderbird", cs="windows-1250",
                cte="8bit", quote="gmail", html=None, contact="gđo Horvat")
    return [p], eml, conf([(p, {1: C(40, "8.90", "2026-12-10"), 2: A})],
                          "Line 1 price 8,90 EUR/kom, '10.12.' -> 2026-12-10 as requested; line 2 'po narudžbi' = as ordered.")


@case("timing-chips-birim-fiyat-tl", "confirmation/tr-TR",
      "Turkish 'birim fiyat 45,50 TL' in TRY and only a ship date ('sevk'), which counts as the date")
def c016(n):
    s = supplier("KRONOCIP", "Kronoçip Elektronik A.Ş.", "satis@kronocip.example", "tr-TR")
    p = po("4500232190", s, "TRY", "2026-11-12", [
        ("CHIP-UHF-D", "UHF timing chip disposable, 2027 race series", 5000, "EA", "42.00", "2026-12-14"),
        ("CHIP-USB-15", "Chip reader cable USB 1.5 m", 10, "EA", "310.00", "2026-12-14"),
    ], buyer="priya")
    body = ("Merhaba Priya Hanım,\n\nSiparişiniz için teşekkür ederiz.\n\nKalem 1: 5.000 adet, birim fiyat 45,50 TL "
            "(kur farkı), sevk tarihi 14.12.2026.\nKalem 2: siparişteki gibi onaylıdır, sevk 14.12.2026.\n\n"
            "Saygılarımızla,\nMehmet Yıldız\nKronoçip Elektronik A.Ş.\nİkitelli OSB, 34490 Başakşehir / İstanbul\n"
            "Tel: +90 212 549 30 12")
    eml = reply(n, p, date=mdate(2026, 11, 26, 10, 1, 58, "+0300"), body=body, cs="iso-8859-9", prefix="YNT:",
                contact="Mehmet Bey")
    return [p], eml, conf([(p, {1: C(5000, "45.50", "2026-12-14"), 2: A})],
                          "Line 1 price 45,50 TRY; only a ship date 14.12.2026 given -> date = ship date (= requested); "
                          "'5.000' is 5000 with a thousands dot.")


@case("sensor-holders-mehir-shekel", "confirmation/he-IL",
      "Hebrew right-to-left reply 'מחיר 45 ש\"ח ליחידה' in windows-1255, a Sunday mail, date 08/12 without a year")
def c017(n):
    s = supplier("DENTIMG", "Dent-Imaging Ltd", "orders@dent-imaging.example", "he-IL")
    p = po("4500231977", s, "ILS", "2026-11-09", [
        ("SNS-HLD-2", "Holder for intraoral X-ray sensor size 2, autoclavable", 100, "EA", "42.00", "2026-12-08"),
        ("SNS-SLV-500", "Sensor hygiene sleeves size 1/2, box of 500", 20, "BOX", "95.00", "2026-12-08"),
    ], buyer="priya")
    body = ("שלום Priya,\n\nתודה על ההזמנה.\n\nפריט 1 (SNS-HLD-2): 100 יח', מחיר 45 ש\"ח ליחידה, אספקה 08/12.\n"
            "פריט 2 (SNS-SLV-500): מאושר לפי ההזמנה.\n\nבברכה,\nנועה לוי\nמחלקת מכירות, Dent-Imaging Ltd\n"
            "רח' המלאכה 9, פתח תקווה\nטל' 03-9212477")
    eml = reply(n, p, date=mdate(2026, 11, 15, 9, 40, 11, "+0200"), body=body, cs="windows-1255", cte="base64",
                contact="Noa")
    return [p], eml, conf([(p, {1: C(100, "45.00", "2026-12-08"), 2: A})],
                          "Line 1 price 45 ILS per unit (was 42), '08/12' day-first -> 2026-12-08 as requested; line 2 "
                          "approved as ordered.")


@case("rescue-masks-tarikh-taslim", "confirmation/ar-AE",
      "Arabic reply with 'تاريخ التسليم 18/12/2026' and English item codes in a right-to-left text")
def c018(n):
    s = supplier("GULFSAFE", "Gulf Safety Equipment LLC", "sales@gulfsafety.example", "ar-AE")
    p = po("4500231866", s, "USD", "2026-11-06", [
        ("MRM-FF-2", "Full-face rescue mask, size M/L, EN 136 class 3", 30, "EA", "214.00", "2026-12-11"),
        ("MRM-FLT-A2B2", "Filter A2B2E2K2-P3, 40 mm thread", 120, "EA", "18.60", "2026-12-11"),
    ], buyer="tom")
    body = ("السيد Tom Haverkamp المحترم،\n\nتحية طيبة وبعد،\n\nنؤكد طلب الشراء رقم 4500231866 بالكميات والأسعار "
            "المذكورة:\n- MRM-FF-2: عدد 30\n- MRM-FLT-A2B2: عدد 120\n\nتاريخ التسليم 18/12/2026\n\n"
            "مع خالص التحية،\nأحمد الحمادي\nقسم المبيعات - Gulf Safety Equipment LLC\nص.ب 41822، دبي، الإمارات العربية المتحدة\n"
            "هاتف: +971 4 339 8120")
    eml = reply(n, p, date=mdate(2026, 11, 16, 11, 22, 35, "+0400"), body=body, cs="windows-1256", cte="base64",
                contact="Mr. Ahmed")
    return [p], eml, conf([(p, {1: C(30, "214.00", "2026-12-18"), 2: C(120, "18.60", "2026-12-18")})],
                          "Quantities and prices confirmed as ordered; delivery date 18/12/2026 instead of 2026-12-11.")
