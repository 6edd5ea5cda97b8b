# -*- coding: utf-8 -*-
"""Cases 019-036."""
from .common import *  # noqa

# 019 ------------------------------------------------------------- fr-CH
S = ("MAGRO", "Magnetix Romandie SA", "ventes@magnetix-romandie.example", "fr-CH")
P = po("4500032210", S, "jonas", "CHF", "2026-11-12", [
    ("LM-PM-600", "Permanent lifting magnet 600 kg", 4, "EA", "1210.00", "2026-12-18"),
    ("LM-PM-300", "Permanent lifting magnet 300 kg", 6, "EA", "745.00", "2026-12-18"),
])
body = """Bonjour Monsieur Weber,

Nous vous remercions de votre commande et vous la confirmons comme suit :

Pos. 1  LM-PM-600 : 4 pces à CHF 1'210.00, plus supplément alliage (néodyme) de 3 %, livraison le 18.12.2026
Pos. 2  LM-PM-300 : 6 pces à CHF 745.00, livraison le 18.12.2026

Le supplément est dû à la forte hausse du prix des terres rares depuis octobre ; il est appliqué à toutes les commandes de magnets permanents de plus de 500 kg.

Meilleures salutations

Sandrine Favre
Service commercial
Magnetix Romandie SA | Ch. du Closel 5 | 1020 Renens VD
Tél. +41 21 634 22 10 | CHE-105.412.339 TVA

""" + outlook_quote(P, "fr", sent="jeudi, 12 novembre 2026 10:02")
eml = reply(P, "Favre Sandrine", "RE: " + req_subject(P), maildate("2026-11-16", "10:40:27", "+0100"),
            "ZR0P278MB0412B3.9C1@magnetix-romandie.example", text(body, charset="iso-8859-1"), charset="iso-8859-1")
case("magnetix-alloy-surcharge", "confirmation", "fr-CH",
     "Swiss apostrophe thousands (CHF 1'210.00) with a +3 % alloy surcharge that must be applied to the unit price.",
     [P], eml, [conf(P, {1: chg(4, "1246.30", "2026-12-18"), 2: A})],
     "Line 1: 1210.00 x 1.03 = 1246.30 per EA; date as requested. Line 2 unchanged.")

# 020 ------------------------------------------------------------- de-CH price letter
S = ("BOECK", "Böckli Werkzeuge AG", "verkauf@boeckli-werkzeuge.example", "de-CH")
P = po("4500032233", S, "jonas", "CHF", "2026-11-12", [
    ("GW-125-INOX", "Flap disc 125 mm, K60, inox", 200, "PC", "4.35", "2027-01-15"),
    ("GW-125-CUT", "Cutting disc 125x1.0 mm, inox", 500, "PC", "1.65", "2027-01-15"),
])
body = """Sehr geehrte Kundin, sehr geehrter Kunde

Die Kosten für Rohstoffe, Energie und Transport sind im laufenden Jahr erneut deutlich gestiegen. Wir sehen uns deshalb gezwungen, unsere Listenpreise per 1. Februar 2027 um durchschnittlich 4,5 % anzupassen. Schleifmittel (Artikelgruppe GW) steigen um 6 %.

Bereits erteilte Aufträge mit Liefertermin bis 31. März 2027 werden selbstverständlich zu den bestätigten Konditionen ausgeliefert.

Die neue Preisliste 2027 finden Sie ab dem 15. Dezember in unserem Webshop.

Wir danken Ihnen für Ihr Verständnis und die angenehme Zusammenarbeit.

Freundliche Grüsse

Böckli Werkzeuge AG
Reto Böckli, Geschäftsführer
Industriestrasse 44, 8604 Volketswil
"""
eml = message(("Böckli Werkzeuge AG", "info@boeckli-werkzeuge.example"), ("Jonas Weber", "jonas.weber@brightwell-mro.example"),
              "Preisanpassung per 1. Februar 2027", maildate("2026-11-18", "08:00:12", "+0100"),
              "<20261118070012.pa2027.4471@boeckli-werkzeuge.example>",
              multipart("alternative", [text(body, charset="iso-8859-1"),
                                        text("<html><body>" + "".join("<p>%s</p>" % html_escape(x).replace("\n", "<br>") for x in body.split("\n\n")) + "</body></html>", "html", charset="iso-8859-1")],
                        "----=_Part_2211_1442.1763449212"), charset="iso-8859-1")
case("boeckli-preisanpassung", "unrelated", "de-CH",
     "General price-increase letter from the PO's supplier (+6 % on abrasives from Feb 2027) that explicitly spares open orders.",
     [P], eml, None, "Circular to all customers; open orders keep confirmed conditions and the PO is not answered -> unrelated.")

# 021 ------------------------------------------------------------- it-CH auto
S = ("FERTI", "Ferramenta Ticinese SA", "ordini@ferramenta-ticinese.example", "it-CH")
P = po("4500032251", S, "priya", "CHF", "2026-11-13", [
    ("CL-15-RED", "Chalk line 15 m, red chalk", 50, "PC", "11.90", "2026-12-11"),
])
body = """Buongiorno,

sono assente dall'ufficio fino a lunedì 30 novembre 2026 compreso e non ho accesso alla posta elettronica.
Per ordini e urgenze Vi prego di rivolgervi a ordini@ferramenta-ticinese.example oppure al numero +41 91 825 33 70.

Guten Tag, ich bin bis und mit Montag, 30. November 2026 abwesend. In dringenden Fällen wenden Sie sich bitte an ordini@ferramenta-ticinese.example.

Cordiali saluti / Freundliche Grüsse
Luca Bernasconi
"""
eml = reply(P, "Luca Bernasconi", "Risposta automatica: " + req_subject(P), maildate("2026-11-13", "10:03:05", "+0100"),
            "GV0P278MB1177.OOF.3a1@ferramenta-ticinese.example", text(body, charset="iso-8859-1"),
            frm_email="luca.bernasconi@ferramenta-ticinese.example", charset="iso-8859-1",
            extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Inbox-Rules-Loop: luca.bernasconi@ferramenta-ticinese.example"])
case("ticinese-ooo-bilingual", "auto_reply", "it-CH",
     "Bilingual Italian/German out-of-office from a personal mailbox, pointing to the orders address.",
     [P], eml, None, "Automatic absence notice; no order content.")

# 022 ------------------------------------------------------------- pl-PL
S = ("STALM", "Stalmet Rusztowania Sp. z o.o.", "zamowienia@stalmet-rusztowania.example", "pl-PL")
P = po("4500032277", S, "tom", "PLN", "2026-11-12", [
    ("SC-DC-48B", "Double coupler 48.3 mm, EN 74 class B", 200, "EA", "11.40", "2026-12-07"),
    ("SC-SW-48B", "Swivel coupler 48.3 mm, EN 74 class B", 150, "EA", "13.20", "2026-12-07"),
    ("SC-SL-48", "Sleeve coupler 48.3 mm", 100, "EA", "12.80", "2026-12-07"),
])
body = """Dzień dobry,

potwierdzamy zamówienie nr 4500032277:

poz. 1 - złącze krzyżowe: 200 szt. x 11,40 zł netto - dostawa 7.12.2026
poz. 2 - złącze obrotowe: na stanie mamy 120 szt., wyślemy je razem z dostawą 7.12.2026; pozostałe 30 szt. dostarczymy w tygodniu 2/2027. Cena bez zmian (13,20 zł).
poz. 3 - złącze wzdłużne: 100 szt. x 12,80 zł netto - dostawa 7.12.2026

Pozdrawiam
Katarzyna Wójcik
Dział Sprzedaży
Stalmet Rusztowania Sp. z o.o. | ul. Przemysłowa 8, 42-200 Częstochowa
NIP 573-281-44-90 | KRS 0000312456 | tel. +48 34 361 22 80

""" + outlook_quote(P, "pl", sent="czwartek, 12 listopada 2026 10:02")
eml = reply(P, "Katarzyna Wójcik", "RE: " + req_subject(P), maildate("2026-11-17", "12:15:40", "+0100"),
            "VI1P190MB0721.44D2@stalmet-rusztowania.example", text(body, charset="iso-8859-2", cte="base64"),
            charset="iso-8859-2")
case("stalmet-split-week2", "confirmation", "pl-PL",
     "ISO-8859-2 base64; stock shortage splits line 2 into 120 now and 30 'w tygodniu 2/2027' (ISO week of the next year).",
     [P], eml, [conf(P, {1: A, 2: chg(150, "13.20", kw(2027, 2), [(120, "2026-12-07"), (30, kw(2027, 2))]), 3: A})],
     "Week 2/2027 without a day = Friday 2027-01-15. Line 2 total stays 150 in two deliveries.")

# 023 ------------------------------------------------------------- sk-SK
S = ("STRPO", "Strechy Považie s.r.o.", "objednavky@strechy-povazie.example", "sk-SK")
P = po("4500032301", S, "marta", "EUR", "2026-11-13", [
    ("RF-V13", "Bitumen roof felt V13, 10 m2 roll", 60, "ROL", "24.80", "2027-01-20"),
    ("RF-G200S4", "Bitumen membrane G200 S4, 7.5 m2 roll", 40, "ROL", "41.50", "2027-01-20"),
    ("RF-NAIL-25", "Roofing felt nails 25 mm, galvanised", 50, "KG", "3.90", "2027-01-20"),
])
body = """Dobrý deň,

potvrdzujeme Vašu objednávku č. 4500032301 v plnom rozsahu - množstvá, ceny aj termín dodania 20. 1. 2027 podľa objednávky.

S pozdravom

Ing. Martin Kováč
obchodný referent

Strechy Považie s.r.o.
Nábrežná 1420/12, 017 01 Považská Bystrica
IČO: 36 412 345 | DIČ: 2021987654 | IČ DPH: SK2021987654
IBAN: SK31 1100 0000 0029 4512 3456 | SWIFT: TATRSKBX
tel.: +421 42 432 18 90 | mobil: +421 905 123 456
Obchodný register OS Trenčín, odd. Sro, vl. č. 12345/R

""" + gmail_quote(P, "Dňa pi 13. 11. 2026 o 10:02 Marta Lindqvist <marta.lindqvist@brightwell-mro.example> napísal(a):")
eml = reply(P, "Martin Kováč", "Re: " + req_subject(P), maildate("2026-11-16", "07:58:21", "+0100"),
            "b3f1a2c4-71de-4e2b-8a55-0c9e1d2f3a4b@strechy-povazie.example", text(body, charset="windows-1250"),
            charset="windows-1250", extra=["User-Agent: Mozilla Thunderbird"])
case("strechy-full-accept-numbers", "confirmation", "sk-SK",
     "One-sentence full acceptance buried above a signature dense with IČO/IBAN/phone numbers.",
     [P], eml, [conf(P, {1: A, 2: A, 3: A})],
     "'v plnom rozsahu' = in full; 20. 1. 2027 equals all requested dates. Signature numbers are not quantities.")

# 024 ------------------------------------------------------------- hu-HU
S = ("NYOMD", "Nyomdatechnika Kft.", "rendeles@nyomdatechnika.example", "hu-HU")
P = po("4500032322", S, "jonas", "HUF", "2026-11-13", [
    ("IR-BR-100", "Brayer ink roller 100 mm, soft rubber", 40, "EA", "4250.00", "2026-12-18"),
    ("IR-BR-150", "Brayer ink roller 150 mm, soft rubber", 25, "EA", "5890.00", "2026-12-18"),
    ("IR-FRAME-150", "Spare frame for 150 mm roller", 25, "EA", "1480.00", "2026-12-18"),
])
body = """Tisztelt Weber Úr!

Köszönjük megrendelését. A 4500032322 számú rendelést az alábbiak szerint visszaigazoljuk:

1. IR-BR-100 - 40 db, 4 250,00 Ft/db, szállítás: 2026. 12. 18.
2. IR-BR-150 - 25 db, 5 890,00 Ft/db, szállítás: 2027. január 8.
3. IR-FRAME-150 - 25 db, 1 560,00 Ft/db (2026. novemberi áremelés), szállítás: 2026. 12. 18.

Üdvözlettel:
Kiss Zsófia
értékesítési asszisztens
Nyomdatechnika Kft. | 1097 Budapest, Gubacsi út 12.
Tel.: +36 1 347 2210 | Adószám: 12345678-2-43
"""
eml = reply(P, "Kiss Zsófia", "Re: " + req_subject(P), maildate("2026-11-18", "14:22:09", "+0100"),
            "0a8b2c3d.4e5f@nyomdatechnika.example", text(body, charset="iso-8859-2"), charset="iso-8859-2")
case("nyomda-hungarian-dates", "confirmation", "hu-HU",
     "Hungarian year-first dates ('2026. 12. 18.', '2027. január 8.') and space-grouped forint prices with decimal comma.",
     [P], eml, [conf(P, {1: A, 2: chg(25, "5890.00", "2027-01-08"), 3: chg(25, "1560.00", "2026-12-18")})],
     "Year.month.day order. Line 3 new price 1 560,00 Ft; '2026. novemberi' is the price-increase reference, not a date.")

# 025 ------------------------------------------------------------- ro-RO
S = ("COLPL", "Colier Plast SRL", "vanzari@colierplast.example", "ro-RO")
P = po("4500032344", S, "priya", "RON", "2026-11-13", [
    ("ZT-300-N", "Cable tie 4.8x300 mm, natural", 5000, "PC", "0.85", "2026-12-10"),
    ("ZT-140-N", "Cable tie 3.6x140 mm, natural", 10000, "PC", "0.21", "2026-12-10"),
])
body = """Bună ziua,

Vă confirmăm comanda 4500032344:
- ZT-300-N: 5.000 buc., preț 92,00 RON / 100 buc., livrare 10.12.2026
- ZT-140-N: 10.000 buc., preț 21,00 RON / 100 buc., livrare 10.12.2026

Prețurile nu includ TVA.

Cu stimă,
Andreea Popescu
Colier Plast SRL | Str. Fabricii nr. 27, 400620 Cluj-Napoca
CUI RO18234567 | J12/2345/2005 | Tel. 0264 412 330
"""
eml = reply(P, "Andreea Popescu", "RE: " + req_subject(P), maildate("2026-11-17", "11:03:44", "+0200"),
            "AS8PR08MB6603.EF12@colierplast.example", text(body))
case("colierplast-per-100", "confirmation", "ro-RO",
     "Prices quoted per 100 pieces: one equals the PO price (21,00/100 = 0.21), the other is an increase (92,00/100 = 0.92).",
     [P], eml, [conf(P, {1: chg(5000, "0.92", "2026-12-10"), 2: A})],
     "Convert per-100 prices to per-PC. Line 2 0.21 = PO -> accepted; line 1 0.92 vs 0.85 -> changed.")

# 026 ------------------------------------------------------------- bg-BG
S = ("PNEVT", "Пневматика Тракия ЕООД", "office@pnevmatika-trakia.example", "bg-BG")
P = po("4500032366", S, "tom", "EUR", "2026-11-16", [
    ("AH-PU-8-15", "Air hose PU 8x5 mm, 15 m, spiral", 50, "EA", "12.90", "2026-12-15"),
    ("AH-RUB-10-20", "Air hose rubber 10 mm, 20 m, with quick couplers", 30, "EA", "27.40", "2026-12-15"),
    ("AH-REEL-15", "Automatic hose reel 15 m", 8, "EA", "96.00", "2026-12-15"),
])
body = """Здравейте, г-н Окафор,

Потвърждаваме поръчка № 4500032366:

1. AH-PU-8-15 – 50 бр. по 12,90 € – доставка до 15.12.2026 г.
2. AH-RUB-10-20 – 30 бр. по 27,40 € – доставка до 15.12.2026 г.
3. AH-REEL-15 – за съжаление този артикул вече не се произвежда и не можем да го доставим.

Поздрави,
Иван Георгиев
Търговски отдел
Пневматика Тракия ЕООД, гр. Пловдив, бул. „Кукленско шосе“ 17
тел. +359 32 60 44 71 | ЕИК 115123456
"""
eml = reply(P, "Иван Георгиев", "RE: " + req_subject(P), maildate("2026-11-18", "16:12:30", "+0200"),
            "DU2PR03MB8019.7A@pnevmatika-trakia.example", text(body, charset="windows-1251"),
            charset="windows-1251")
case("trakia-cyrillic-reject", "confirmation", "bg-BG",
     "Bulgarian Windows-1251 reply: two lines as ordered (euro prices with comma), one line no longer produced.",
     [P], eml, [conf(P, {1: A, 2: A, 3: R})],
     "'доставка до 15.12.2026' = requested date; line 3 'не се произвежда ... не можем да го доставим' -> rejected.")

# 027 ------------------------------------------------------------- ru-RU
S = ("ENRA", "ООО Энергоресурс-Авто", "sales@energoresurs-avto.example", "ru-RU")
P = po("4500032388", S, "jonas", "RUB", "2026-11-16", [
    ("JS-2000-PRO", "Jump starter 12/24 V, 2000 A, with compressor", 20, "EA", "9850.00", "2026-12-21"),
    ("JS-CABLE-35", "Booster cables 35 mm2, 4.5 m", 40, "EA", "1650.00", "2026-12-21"),
])
body = """Добрый день, Йонас!

Подтверждаем заказ 4500032388:

1. Пусковое устройство JS-2000-PRO: в наличии только 18 шт., их и отгрузим; остальные 2 шт. поставить не сможем - модель снята с производства. Цена 9 850,00 руб./шт., доставка 25 декабря.
2. Провода прикуривания JS-CABLE-35: 40 шт. по 1 650,00 руб., доставка 25 декабря.

С уважением,
Алексей Смирнов
менеджер отдела продаж
ООО "Энергоресурс-Авто"
тел. +7 (495) 123-45-67, доб. 214
ИНН 7701234567 / КПП 770101001
"""
eml = reply(P, "Алексей Смирнов", "Re: " + req_subject(P), maildate("2026-11-19", "13:47:02", "+0300"),
            "1763549222.774411@energoresurs-avto.example", text(body, charset="koi8-r", cte="8bit"),
            charset="koi8-r")
case("energoresurs-koi8-shortage", "confirmation", "ru-RU",
     "KOI8-R 8bit; only 18 of 20 available and the rest will never come, dates '25 декабря' without year.",
     [P], eml, [conf(P, {1: chg(18, "9850.00", "2026-12-25"), 2: chg(40, "1650.00", "2026-12-25")})],
     "Line 1 confirmed quantity is 18 (remaining 2 cannot be supplied), not a split. 25 December without year -> 2026-12-25.")

# 028 ------------------------------------------------------------- uk-UA
S = ("DNPP", "ТОВ Дніпро-Підйом", "zbut@dnipro-pidiom.example", "uk-UA")
P = po("4500032401", S, "tom", "UAH", "2026-11-16", [
    ("EH-PA-500", "Electric wire rope hoist 250/500 kg, 230 V", 6, "EA", "5400.00", "2027-01-29"),
])
body = """Доброго дня, пане Томе!

Дякуємо за замовлення 4500032401. Для нових клієнтів ми працюємо лише на умовах 100% передоплати.
Рахунок на суму 32 400,00 грн (без ПДВ) надішлемо окремим листом сьогодні.

Після надходження оплати ми підтвердимо термін поставки - орієнтовно 3-4 тижні.

З повагою,
Олена Коваленко
відділ збуту ТОВ "Дніпро-Підйом"
м. Дніпро, вул. Заводська, 5 | тел. +380 56 370 12 34
"""
eml = reply(P, "Олена Коваленко", "Re: " + req_subject(P), maildate("2026-11-18", "10:21:55", "+0200"),
            "5f1e9a20.1b@dnipro-pidiom.example", text(body, charset="koi8-u", cte="base64"), charset="koi8-u")
case("dnipro-prepayment-first", "needs_review", "uk-UA",
     "KOI8-U; supplier demands 100 % prepayment and will only confirm the date after payment ('approx. 3-4 weeks').",
     [P], eml, None,
     "No commitment: date is promised only after prepayment and is merely indicative -> needs_review.")

# 029 ------------------------------------------------------------- sr-RS
S = ("ALSUM", "Алати Шумадија д.о.о.", "prodaja@alati-sumadija.example", "sr-RS")
P = po("4500032420", S, "priya", "RSD", "2026-11-17", [
    ("FJ-2.5T", "Hydraulic floor jack 2.5 t", 30, "EA", "8900.00", "2026-12-22"),
    ("FJ-SAD-3", "Axle stand 3 t, pair", 20, "PR", "3250.00", "2026-12-22"),
])
body = """Поштована госпођо Раман,

Потврђујемо Вашу поруџбеницу бр. 4500032420:

1. FJ-2.5T – 30 ком., 8.900,00 дин./ком., испорука 22.12.2026.
2. FJ-SAD-3 – 20 пари, 3.250,00 дин./пар, испорука 15.01.2027.

Срдачан поздрав,
Милош Петровић
Алати Шумадија д.о.о., Крагујевац
ПИБ 101234567 | МБ 07123456 | тел. 034 33 55 120
"""
html = "<html><head><meta charset=\"utf-8\"></head><body>" + "".join("<p>%s</p>" % html_escape(x).replace("\n", "<br>") for x in body.split("\n\n")) + "</body></html>"
eml = reply(P, "Милош Петровић", "Одг: " + req_subject(P), maildate("2026-11-19", "09:05:12", "+0100"),
            "CAKx3-SrB0q7p@alati-sumadija.example",
            multipart("alternative", [text(body, cte="base64"), text(html, "html", cte="base64")], "000000000000a1b2c3d4e5f6a7b8"))
case("sumadija-serbian-cyrillic", "confirmation", "sr-RS",
     "Serbian Cyrillic with dot-terminated dates (15.01.2027.) and '8.900,00 дин.' prices; one line later.",
     [P], eml, [conf(P, {1: A, 2: chg(20, "3250.00", "2027-01-15")})],
     "Line 1 all as ordered; line 2 delivery 15 January 2027 instead of 22 Dec.")

# 030 ------------------------------------------------------------- hr-HR
S = ("CSPOJ", "Čelik Spoj d.o.o.", "prodaja@celikspoj.example", "hr-HR")
P = po("4500032444", S, "marta", "EUR", "2026-11-17", [
    ("PC-M8-20", "Pipe clamp 20-23 mm, M8, galvanised", 500, "EA", "0.69", "2026-12-14"),
    ("PC-M8-28", "Pipe clamp 26-30 mm, M8, galvanised", 150, "EA", "0.78", "2026-12-14"),
    ("PC-M10-110", "Pipe clamp 108-116 mm, M10, with rubber", 60, "EA", "2.95", "2026-12-14"),
])
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Poštovana gospođo Lindqvist,</p>
<p>u nastavku Vam šaljemo potvrdu narudžbe br. <b>4500032444</b>:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dce6f1"><th>Rb.</th><th>Šifra</th><th>Naziv</th><th>Količina</th><th>JM</th><th>Cijena (EUR)</th><th>Rok isporuke</th></tr>
<tr><td>1</td><td>PC-M8-20</td><td>Obujmica 20-23 mm M8</td><td align="right">500</td><td>kom</td><td align="right">0,69</td><td>14.12.2026.</td></tr>
<tr><td>2</td><td>PC-M8-28</td><td>Obujmica 26-30 mm M8</td><td align="right">200*</td><td>kom</td><td align="right">0,78</td><td>14.12.2026.</td></tr>
<tr><td>3</td><td>PC-M10-110</td><td>Obujmica 108-116 mm M10 s gumom</td><td align="right">60</td><td>kom</td><td align="right">3,10</td><td>21.12.2026.</td></tr>
</table>
<p style="font-size:9pt">* pakiranje 100 kom &ndash; količina zaokružena na puno pakiranje</p>
<p>Lijep pozdrav,<br>Ana Horvat<br>Čelik Spoj d.o.o. | Industrijska 14, 10431 Sveta Nedelja | OIB 12345678901</p>
<div style="border-top:1px solid #b5c4df;padding-top:3pt"><b>Šalje:</b> Marta Lindqvist &lt;marta.lindqvist@brightwell-mro.example&gt;<br><b>Poslano:</b> utorak, 17. studenoga 2026. 10:02<br><b>Predmet:</b> """ + req_subject(P) + """</div>
<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">""" + req_html(P) + """</blockquote>
</body></html>
"""
eml = reply(P, "Ana Horvat", "RE: " + req_subject(P), maildate("2026-11-19", "11:31:08", "+0100"),
            "VE1P189MB0933.2F4@celikspoj.example", text(html, "html", charset="iso-8859-2"), charset="iso-8859-2")
case("celikspoj-html-table", "confirmation", "hr-HR",
     "HTML-only reply whose confirmation table sits above our quoted PO table; footnote explains pack rounding 150 -> 200.",
     [P], eml, [conf(P, {1: A, 2: chg(200, "0.78", "2026-12-14"), 3: chg(60, "3.10", "2026-12-21")})],
     "Read the supplier's table, not the quoted PO table. Line 2 rounded to full pack 200; line 3 new price 3,10 and date 21.12.2026.")

# 031 ------------------------------------------------------------- sl-SI bounce (Exchange, full original)
S = ("ORKR", "Orodja Kranj d.o.o.", "narocila@orodja-kranj.example", "sl-SI")
P = po("4500032466", S, "jonas", "EUR", "2026-11-17", [
    ("GW-115-A46", "Grinding wheel 115x6x22.23 mm A46", 300, "PC", "2.10", "2026-12-16"),
    ("GW-125-A46", "Grinding wheel 125x6x22.23 mm A46", 300, "PC", "2.35", "2026-12-16"),
])
d = req_date(P)
orig = ("From: Jonas Weber <jonas.weber@brightwell-mro.example>\nTo: narocila@orodja-kranj.example\nSubject: %s\nDate: %s\n"
        "Message-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 7bit\n\n%s"
        % (req_subject(P), d, P["request_message_id"], req_body(P))).encode()
ndr_txt = """Delivery has failed to these recipients or groups:

narocila@orodja-kranj.example
The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.

Diagnostic information for administrators:

Generating server: AM0PR10MB3122.EURPRD10.PROD.OUTLOOK.COM

narocila@orodja-kranj.example
Remote Server returned '552 5.2.2 mailbox full; Quota exceeded (mailbox for user is full)'

Original message headers:

Message-ID: %s
Subject: %s
""" % (P["request_message_id"], req_subject(P))
p2 = b"""Content-Type: message/delivery-status

Reporting-MTA: dns;AM0PR10MB3122.EURPRD10.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx1.brightwell-mro.example
Arrival-Date: Tue, 17 Nov 2026 09:02:33 +0000

Final-Recipient: rfc822;narocila@orodja-kranj.example
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 mailbox full; Quota exceeded
Remote-MTA: dns;mx.orodja-kranj.example
"""
eml = message(("Microsoft Outlook", "postmaster@brightwell-mro.example"), ("Jonas Weber", "jonas.weber@brightwell-mro.example"),
              "Undeliverable: " + req_subject(P), maildate("2026-11-17", "10:04:12", "+0100"),
              "<3c1a9e0b-77de-4f21-9a0c-8e2d41b6f0aa@AM0PR10MB3122.EURPRD10.PROD.OUTLOOK.COM>",
              multipart("report", [multipart("alternative", [text(ndr_txt, charset="us-ascii", cte="7bit"),
                                                              text("<html><body><p><b><font color=\"#000066\" size=\"3\">Delivery has failed to these recipients or groups:</font></b></p><p><a href=\"mailto:narocila@orodja-kranj.example\">narocila@orodja-kranj.example</a><br>The recipient's mailbox is full and can't accept messages now.</p><p>Remote Server returned '552 5.2.2 mailbox full; Quota exceeded (mailbox for user is full)'</p></body></html>", "html", charset="us-ascii", cte="7bit")],
                                                   "_002_AM0PR10MB3122ndr_alt"), p2,
                                   b"Content-Type: message/rfc822\n\n" + orig],
                        "_001_AM0PR10MB3122ndr_", '; report-type=delivery-status'),
              irt=P["request_message_id"], extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "])
case("orodja-exchange-ndr-full", "bounce", "sl-SI",
     "Exchange Online NDR (mailbox full) that threads to our request and embeds the full original PO mail with its table.",
     [P], eml, None, "The embedded PO table is our own text; this is a delivery failure.")

# 032 ------------------------------------------------------------- el-GR
S = ("VARAT", "Βαρέλια Αττικής Α.Ε.", "sales@varelia-attikis.example", "el-GR")
P = po("4500032488", S, "tom", "EUR", "2026-11-18", [
    ("OD-210-OH", "Steel drum 210 L, open head with clamp ring", 60, "EA", "38.50", "2026-12-17"),
    ("OD-60-PL", "Plastic drum 60 L, UN approved", 100, "EA", "17.20", "2026-12-17"),
])
body = """Καλησπέρα σας κ. Okafor,

Επιβεβαιώνουμε την παραγγελία σας 4500032488 ως εξής:

1. Βαρέλι 210 λίτρων ανοικτού τύπου με στεφάνι: 60 τεμ. x 38,50 €, παράδοση 17/12/2026
2. Πλαστικό βαρέλι 60 λίτρων (UN): 100 τεμ. x 17,20 €, παράδοση Πέμπτη 7 Ιανουαρίου

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Βαρέλια Αττικής Α.Ε. | Θέση Σκλήρι, 19600 Μάνδρα Αττικής
Τηλ. 210 555 1234 | ΑΦΜ 094123456
"""
eml = reply(P, "Νίκος Παπαδόπουλος", "RE: " + req_subject(P), maildate("2026-11-20", "17:09:45", "+0200"),
            "PAXP193MB1455.C3@varelia-attikis.example", text(body, charset="iso-8859-7"), charset="iso-8859-7")
case("varelia-greek-weekday", "confirmation", "el-GR",
     "ISO-8859-7 QP Greek; second line 'Πέμπτη 7 Ιανουαρίου' has a weekday and no year.",
     [P], eml, [conf(P, {1: A, 2: chg(100, "17.20", "2027-01-07")})],
     "Thursday 7 January without year -> next one after 20 Nov 2026 = 2027-01-07 (a Thursday).")

# 033 ------------------------------------------------------------- tr-TR (two POs, one answered)
S = ("ANHIR", "Anadolu Hırdavat A.Ş.", "siparis@anadoluhirdavat.example", "tr-TR")
PA = po("4500032501", S, "priya", "TRY", "2026-11-18", [
    ("HD-SDS-800", "Hammer drill SDS-plus 800 W", 20, "EA", "3450.00", "2026-12-22"),
    ("HD-SDS-1500", "Demolition hammer SDS-max 1500 W", 5, "EA", "11900.00", "2026-12-22"),
])
PB = po("4500032507", S, "priya", "TRY", "2026-11-18", [
    ("KC-20", "Key cabinet 20 hooks", 10, "EA", "640.00", "2027-01-12"),
])
body = """Merhaba Priya Hanım,

4500032501 numaralı siparişinizi aşağıdaki şekilde onaylıyoruz:

1. HD-SDS-800 Kırıcı-delici matkap: 20 adet, birim fiyat 3.450,00 TL, teslim tarihi 22 Aralık 2026 Salı
2. HD-SDS-1500 Kırıcı: 5 adet, birim fiyat 12.350,00 TL (kur farkı nedeniyle güncellendi), teslim tarihi 29 Aralık 2026

Anahtar dolabı siparişiniz (4500032507) için ayrıca dönüş yapacağız.

Saygılarımızla,
Emre Yıldız
Satış Temsilcisi
Anadolu Hırdavat A.Ş. | Ostim OSB 1234. Cad. No: 15, Yenimahalle / Ankara
Tel: 0312 385 40 40 | Vergi No: 0681234567
"""
eml = reply(PA, "Emre Yıldız", "YNT: " + req_subject(PA), maildate("2026-11-23", "10:44:31", "+0300"),
            "FR2P281MB0244.1B@anadoluhirdavat.example", text(body, charset="windows-1254"), charset="windows-1254")
case("anadolu-one-of-two", "confirmation", "tr-TR",
     "Two open POs from the same supplier; the reply confirms one (with an FX price update) and only mentions the other.",
     [PA, PB], eml, [conf(PA, {1: A, 2: chg(5, "12350.00", "2026-12-29")})],
     "PO 4500032507 is only mentioned ('will get back separately') -> left out. 12.350,00 TL is 12350.00.")

# 034 ------------------------------------------------------------- ar-EG needs_review
S = ("NILEQ", "شركة النيل للمعدات", "sales@nile-equip.example", "ar-EG")
P = po("4500032522", S, "tom", "EGP", "2026-11-18", [
    ("WH-PASS-11", "Passive welding helmet, shade 11", 100, "EA", "185.00", "2026-12-20"),
    ("WH-GLASS-11", "Spare filter glass shade 11, 50x108 mm", 200, "PC", "22.00", "2026-12-20"),
])
body = """السيد/ توم أوكافور المحترم،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم 4500032522. جاري مراجعة الأسعار مع المصنع بسبب تغير سعر الصرف، وسنقوم بالرد عليكم بالأسعار ومواعيد التسليم النهائية يوم الأحد القادم.

وتفضلوا بقبول فائق الاحترام،
محمود عبد الرحمن
قسم المبيعات - شركة النيل للمعدات
هاتف: 01001234567
"""
eml = reply(P, "محمود عبد الرحمن", "RE: " + req_subject(P), maildate("2026-11-19", "12:30:00", "+0200"),
            "HE1PR0802MB2211.90@nile-equip.example", text(body, charset="windows-1256", cte="base64"),
            charset="windows-1256")
case("nile-reverting-sunday", "needs_review", "ar-EG",
     "Arabic Windows-1256 base64: prices under review because of the exchange rate; answer promised 'next Sunday'.",
     [P], eml, None, "No line is committed; 'next Sunday' is when they will reply -> needs_review.")

# 035 ------------------------------------------------------------- ar-AE English
S = ("GULFA", "Gulf Access Scaffolding LLC", "sales@gulfaccess.example", "ar-AE")
P = po("4500032540", S, "jonas", "AED", "2026-11-19", [
    ("TR-FOLD-90", "Folding steel trestle 90 cm", 50, "PR", "145.00", "2026-12-20"),
    ("TR-FOLD-120", "Folding steel trestle 120 cm", 30, "PR", "172.00", "2026-12-20"),
    ("TR-ALU-PLAT", "Aluminium trestle platform 2.5 m", 10, "EA", "690.00", "2026-12-20"),
])
body = """Dear Mr. Jonas,

Greetings from Gulf Access Scaffolding LLC!

With reference to your above PO, we are pleased to confirm the following:

Item 1 - Folding trestle 90 cm - 50 pairs @ AED 145.00 - delivery 20-Dec-2026
Item 2 - Folding trestle 120 cm - 30 pairs @ AED 172.00 - delivery 20-Dec-2026
Item 3 - Aluminium platform 2.5 m - Regret, we are unable to supply this item as the manufacturer has stopped production for the GCC region.

Please note all prices are exclusive of 5% VAT.

Best Regards,
Faisal Rahman
Sales Coordinator
Gulf Access Scaffolding LLC | P.O. Box 123456, Al Quoz Industrial 3, Dubai, UAE
Tel: +971 4 321 7788 | Mob: +971 50 123 4567 | TRN 100234567800003

DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. If you have received this e-mail in error please notify the sender and delete it. Gulf Access Scaffolding LLC accepts no liability for any damage caused by viruses transmitted by this e-mail.

""" + outlook_quote(P, "en", sent="Thursday, November 19, 2026 1:02 PM")
eml = reply(P, "Faisal Rahman", "RE: " + req_subject(P), maildate("2026-11-23", "09:12:47", "+0400"),
            "DB9P191MB1620.6E@gulfaccess.example", text(body, charset="us-ascii", cte="7bit"))
case("gulfaccess-regret-item3", "confirmation", "ar-AE",
     "Gulf-style English confirmation with 'Regret' for one item, 5 % VAT note and a long disclaimer.",
     [P], eml, [conf(P, {1: A, 2: A, 3: R})],
     "Items 1-2 exactly as ordered (20-Dec-2026); item 3 'unable to supply' -> rejected. VAT is not a price change.")

# 036 ------------------------------------------------------------- he-IL HTML
S = ("RGAL", "ריתוך הגליל בע\"מ", "sales@ritukh-hagalil.example", "he-IL")
P = po("4500032566", S, "marta", "ILS", "2026-11-19", [
    ("WH-ADF-GRIND", "Auto-darkening helmet with grind mode", 30, "EA", "245.00", "2026-12-15"),
    ("WH-GLOVE-TIG", "TIG welding gloves, goatskin", 60, "PR", "32.00", "2026-12-15"),
])
html = """<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1255"></head>
<body dir="rtl" style="font-family:Arial">
<div>שלום מרתה,</div><br>
<div>מאשרים את הזמנה מס' 4500032566:</div>
<ol>
<li>WH-ADF-GRIND – 30 יח' במחיר 245.00 ₪ ליחידה – אספקה ב-20.12</li>
<li>WH-GLOVE-TIG – 60 זוגות במחיר 34.50 ₪ לזוג – אספקה ב-15.12</li>
</ol>
<div>המחירים אינם כוללים מע"מ.</div><br>
<div>בברכה,<br>יוסי לוי<br>ריתוך הגליל בע"מ | אזור תעשייה בר-לב | טל' 04-6781234</div>
<br><div dir="ltr">On Thu, Nov 19, 2026 at 11:02 AM Marta Lindqvist &lt;marta.lindqvist@brightwell-mro.example&gt; wrote:<br></div>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex" dir="ltr">""" + req_html(P) + """</blockquote>
</body></html>
"""
eml = reply(P, "יוסי לוי", "RE: " + req_subject(P), maildate("2026-11-22", "08:40:19", "+0200"),
            "CAM9bVz=Hq2p0@ritukh-hagalil.example", text(html, "html", charset="windows-1255", cte="base64"),
            charset="windows-1255")
case("hagalil-rtl-html", "confirmation", "he-IL",
     "HTML-only RTL Hebrew in Windows-1255 base64; a later day.month date without year and a per-pair price change.",
     [P], eml, [conf(P, {1: chg(30, "245.00", "2026-12-20"), 2: chg(60, "34.50", "2026-12-15")})],
     "20.12 (day.month, no year) -> 2026-12-20 for line 1; line 2 price 34.50 per pair instead of 32.00.")
