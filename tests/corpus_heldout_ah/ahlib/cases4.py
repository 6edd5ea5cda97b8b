"""Cases 049-064."""
from __future__ import annotations

import datetime as dt

from .clients import gmail, outlook, plain_reply, reply_headers
from .common import (D, PO, REJ, UNC, acc, all_acc, case, chg, conf, expect, gmail_attrib, gt, is_weekday, kw,
                     next_on_or_after, request_dt, request_subject, request_text, sup)
from .mime import Attachment, Multi, Raw, Text, addr, hdr, html_escape, message, rfc_date, text_to_html

# ---------------------------------------------------------------- 049
s = sup("HARTIABG", "Hartia Distribution EOOD", "poruchki@hartia-bg.example", "bg-BG")
po = PO("4700231493", s, "2026-11-10", [
    ("PAP-A4-75-BOX", "Copy paper A4 75 g/m2, box of 5 reams", 200, "BOX", "16.80", "2026-12-08"),
    ("PAP-A4-80-REC", "Recycled copy paper A4 80 g/m2, ream of 500 sheets", 500, "RM", "3.60", "2026-12-08"),
], buyer="marta")
is_weekday(D(2026, 12, 15), 1)
assert 7.40 * 500 / 1000 == 3.70
body = """Уважаема г-жо Линдквист,

Потвърждаваме поръчка № 4700231493:

1. Копирна хартия A4 75 г/м2 – 200 кашона по 5 пакета – 16,80 € за кашон – доставка 08.12.2026 г.
2. Рециклирана хартия A4 80 г/м2 – 500 пакета по 500 листа. Цената на рециклираната хартия е 7,40 € на 1000 листа. Доставка 15.12.2026 г. (вторник), тъй като очакваме зареждане от завода.

Поздрави,
Десислава Петрова
Отдел „Продажби“
Хартия Дистрибуция ЕООД | гр. София, бул. „Ботевградско шосе“ 247 | ЕИК 131478320
тел.: +359 2 945 18 60
"""
eml = message(reply_headers(po, "Десислава Петрова", "poruchki@hartia-bg.example", rfc_date(2026, 11, 11, 10, 40, 17, "+0200"),
                            "<AM6PR10MB2247A9B8C7D6E5F4@AM6PR10MB2247.EURPRD10.PROD.OUTLOOK.COM>", prefix="RE: "),
              outlook(body, po, "_000_AM6PR10MB2247A9B8C7D6E5F4AM6PR10MB2247EURP_", lang="en", charset="windows-1251",
                      sent="Tuesday, November 10, 2026 11:12 AM"))
case("paper-per-1000-sheets", "confirmation / bg-BG, Outlook windows-1251",
     "Ordered per ream of 500 sheets, priced 'на 1000 листа' (7,40 per 1000 sheets = 3,70 per ream); one line moves to a later date with a weekday.",
     [po], eml, expect("confirmation", "Line 1 as ordered. Line 2: 7.40/1000 sheets x 500 = 3.70 per ream (PO 3.60), delivery Tue 15.12.2026.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="3.70", d=D(2026, 12, 15))})]))

# ---------------------------------------------------------------- 050
s = sup("AGRONAS", "TOV Agronasinnia Podillia", "prodazh@agronasinnia.example", "uk-UA")
po = PO("4700231501", s, "2026-11-11", [
    ("SD-SUN-HO-150K", "Sunflower hybrid high-oleic, unit of 150,000 seeds", 120, "UN", "118.00", "2027-02-26"),
    ("SD-CORN-FAO300", "Maize hybrid FAO 300, unit of 80,000 seeds", 200, "UN", "96.50", "2027-02-26"),
    ("SD-BEET-100K", "Sugar beet seed, pelleted, unit of 100,000 seeds", 60, "UN", "210.00", "2027-02-26"),
], buyer="tomas")
body = """Добрий день, пане Томасе!

Дякуємо за замовлення 4700231501. Підтверджуємо:

1. Соняшник високоолеїновий - 120 п.о. (посівних одиниць по 150 тис. насінин) - 118,00 EUR за п.о. - відвантаження 19.02.2027, доставка до Есб'єрга 26.02.2027.
2. Кукурудза ФАО 300 - 200 п.о. по 80 тис. насінин - 96,50 EUR за п.о. - відвантаження і доставка так само.
3. Цукровий буряк - на жаль, у цьому сезоні ми не маємо права на експорт цього гібриду, тому позицію 3 виконати не можемо.

Фітосанітарні сертифікати та сертифікати ISTA додаються до відвантаження.

З повагою,
Олена Коваленко
менеджер з експорту
ТОВ "Агронасіння Поділля", м. Вінниця, вул. Немирівське шосе, 94
тел. +380 432 55 17 40
"""
eml = message(reply_headers(po, "Олена Коваленко", "prodazh@agronasinnia.example", rfc_date(2026, 11, 12, 15, 25, 0, "+0200"),
                            "<1731417900.221547.42@mail.agronasinnia.example>", prefix="Re: ",
                            extra=[("X-Mailer", "Zimbra 8.8.15_GA_4508")]),
              plain_reply(body, po, charset="koi8-u", cte="8bit", attrib="11.11.2026 11:12, Tomas Heredia пише:"))
case("seeds-ukrainian-one-rejected", "confirmation / uk-UA, KOI8-U 8bit",
     "KOI8-U text with seed units (150 тис. насінин, ФАО 300) that look like quantities; ship and delivery dates both given; line 3 refused.",
     [po], eml, expect("confirmation", "Lines 1-2 as ordered, delivery 26.02.2027 (ship 19.02 loses). Line 3 rejected (no export right).",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: REJ})]))

# ---------------------------------------------------------------- 051
s = sup("SAIMAAP", "Saimaan Paperi Oy", "myynti@saimaanpaperi.example", "fi-FI")
po = PO("4700231512", s, "2026-11-09", [
    ("PAP-OFF-80-R880", "Offset paper 80 g/m2, reels 880 mm", 24, "TNE", "1080.00", "2026-12-18"),
    ("PAP-LWC-60-R1000", "LWC paper 60 g/m2, reels 1000 mm", 12, "TNE", "1165.00", "2026-12-18"),
], buyer="marta")
assert kw(2026, 51) == D(2026, 12, 18) and kw(2027, 2) == D(2027, 1, 15)
body = """Hei Marta,

kiitos tilauksesta 4700231512. Vahvistamme seuraavasti:

Rivi 1: offsetpaperi 80 g/m², rullaleveys 880 mm – 24 t, hinta 108,00 €/100 kg, toimitus viikolla 51.
Rivi 2: LWC 60 g/m², rullaleveys 1000 mm – 12 t, hinta 1 195 €/t (sisältää energialisän 30 €/t), toimitus viikolla 2/2027.

Toimitusehto FCA Kotka, maksuehto 45 pv netto.

Ystävällisin terveisin
Mikko Laaksonen
Myyntipalvelu, Saimaan Paperi Oy
puh. +358 20 416 2380
"""
eml = message(reply_headers(po, "Mikko Laaksonen", "myynti@saimaanpaperi.example", rfc_date(2026, 11, 10, 12, 16, 45, "+0200"),
                            "<HE1PR07MB4301B2C3D4E5F6A7@HE1PR07MB4301.eurprd07.prod.outlook.com>", prefix="VS: "),
              outlook(body, po, "_000_HE1PR07MB4301B2C3D4E5F6A7HE1PR07MB4301eurp_", lang="fi",
                      sent="maanantai 9. marraskuuta 2026 11.12"))
case("paper-tonnes-finnish", "confirmation / fi-FI, Outlook",
     "Price per 100 kg against a PO in tonnes (108,00 €/100 kg = 1080 €/t), a space as thousands separator (1 195 €/t), weeks 51 and 2/2027.",
     [po], eml, expect("confirmation", "Line 1: 108.00/100 kg = 1080.00/t, week 51 = 2026-12-18 -> as ordered. Line 2: 1195.00/t, week 2/2027 = 2027-01-15.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="1195.00", d=kw(2027, 2))})]))

# ---------------------------------------------------------------- 052
s = sup("SOOJUSTUS", "Soojustus OÜ", "myyk@soojustus.example", "et-EE")
po = PO("4700231520", s, "2026-11-11", [
    ("INS-MW-150", "Mineral wool slab 150 mm, 1200x600, lambda 0.035", 420, "M2", "8.90", "2026-12-09"),
    ("INS-PIR-100", "PIR board 100 mm, alu facing, 2400x1200", 288, "M2", "18.70", "2026-12-09"),
], buyer="marta")
body = """Tere, Marta!

Täname tellimuse 4700231520 eest. Enne kinnitamist küsimus: kas võime tarnida kahes osas - mineraalvill 09.12 ja PIR-plaadid alles 18.12? Tehas ei jõua PIR-plaate varem valmis.

Kui peate saama kõik korraga, saame tarnida alles 18.12. Andke palun teada, kumb variant sobib, siis saadan kinnituse.

Lugupidamisega
Kadri Tamm
Soojustus OÜ | Peterburi tee 71, 11415 Tallinn | tel +372 655 0412
"""
eml = message(reply_headers(po, "Kadri Tamm", "myyk@soojustus.example", rfc_date(2026, 11, 12, 9, 3, 11, "+0200"),
                            "<CAP9tWm3+Hq6Yr1Ls8Kd4Vz0Nb7@mail.gmail.com>", prefix="Re: "),
              gmail(body, po, "000000000000e8d7c6b5a4f30052",
                    attrib="Kontakt Marta Lindqvist (<marta.lindqvist@nordwind-group.example>) kirjutas kuupäeval K, 11. november 2026 kell 11:12:"))
case("insulation-estonian-question", "needs_review / et-EE, Gmail",
     "The supplier offers two delivery options (split 09.12/18.12 or everything 18.12) and asks which one; no commitment until the buyer chooses.",
     [po], eml, expect("needs_review", "Question with two alternative schedules; confirmation promised after the buyer's answer."))

# ---------------------------------------------------------------- 053
s = sup("SUVCENT", "UAB Suvirinimo Centras", "pardavimai@suvirinimocentras.example", "lt-LT")
po = PO("4700231532", s, "2026-11-10", [
    ("WLD-FCW-E71T1-12", "Flux-cored wire E71T-1 1.2 mm, spool 15 kg", 30, "SP", "58.00", "2026-12-04"),
    ("WLD-TIG-308L-24", "TIG rod ER308L 2.4 mm, tube 5 kg", 10, "TB", "64.00", "2026-12-04"),
], buyer="jonas")
body = """Laba diena, Jonai,

galime patvirtinti užsakymą 4700231532 (kiekiai, kainos ir pristatymas 2026-12-04), jei sutiksite su 50 % išankstiniu apmokėjimu - jūsų kredito limitas pas mus šiuo metu išnaudotas.

Prašome patvirtinti, tada atsiųsime išankstinę sąskaitą. Be išankstinio apmokėjimo užsakymo vykdyti negalime.

Pagarbiai
Tomas Kazlauskas
UAB Suvirinimo Centras | Savanorių pr. 178, LT-03154 Vilnius | tel. +370 5 233 4410
"""
eml = message(reply_headers(po, "Tomas Kazlauskas", "pardavimai@suvirinimocentras.example", rfc_date(2026, 11, 11, 16, 20, 8, "+0200"),
                            "<DB8PR09MB3467C1B2A3D4E5F6@DB8PR09MB3467.eurprd09.prod.outlook.com>", prefix="RE: "),
              outlook(body, po, "_000_DB8PR09MB3467C1B2A3D4E5F6DB8PR09MB3467eurp_", lang="en", charset="windows-1257",
                      sent="Tuesday, November 10, 2026 11:12 AM"))
case("welding-prepayment-condition", "needs_review / lt-LT, Outlook windows-1257",
     "Everything 'can be confirmed' as ordered, but only if the buyer accepts 50 % prepayment - a conditional acceptance, not a commitment.",
     [po], eml, expect("needs_review", "Conditional: confirmation depends on 50% prepayment being accepted."))

# ---------------------------------------------------------------- 054
s = sup("GRADKEM", "Građevinska Kemija d.o.o.", "prodaja@gradkem.example", "hr-HR")
po = PO("4700231543", s, "2026-11-09", [
    ("ADM-SP-PCE-L", "Superplasticizer PCE, delivered in IBC 1000 l (price per litre)", 3000, "L", "1.45", "2026-12-03"),
    ("ADM-RET-L", "Set retarder, drums 200 l (price per litre)", 400, "L", "2.65", "2026-12-03"),
    ("ADM-AEA-CAN25", "Air entraining agent, canister 25 kg", 8, "CAN", "61.00", "2026-12-03"),
], buyer="jonas")
is_weekday(D(2026, 12, 3), 3)
assert 1450 / 1000 == 1.45 and 530 / 200 == 2.65
body = """Poštovani gospodine Keller,

zahvaljujemo na narudžbi 4700231543 koju potvrđujemo kako slijedi:

1. Superplastifikator PCE – 3 IBC spremnika po 1000 l, cijena 1.450,00 EUR po IBC-u
2. Usporivač vezivanja – 2 bačve po 200 l, cijena 530,00 EUR po bačvi
3. Aerant – 8 kanistara po 25 kg, 61,00 EUR po kanistru

Isporuka: četvrtak, 3. 12. 2026.
IBC spremnici su povratna ambalaža: zadužujemo 150,00 EUR po komadu, iznos odobravamo nakon povrata.

Lijep pozdrav,
Ivana Horvat
Prodaja | Građevinska Kemija d.o.o. | Slavonska avenija 52, 10000 Zagreb | OIB 48813529174
"""
eml = message(reply_headers(po, "Ivana Horvat", "prodaja@gradkem.example", rfc_date(2026, 11, 10, 8, 55, 30),
                            "<VI1PR03MB6110D2E3F4A5B6C7@VI1PR03MB6110.eurprd03.prod.outlook.com>", prefix="RE: "),
              outlook(body, po, "_000_VI1PR03MB6110D2E3F4A5B6C7VI1PR03MB6110eurp_", lang="en", charset="windows-1250",
                      sent="Monday, November 9, 2026 10:12 AM"))
case("admixture-ibc-per-container", "confirmation / hr-HR, Outlook windows-1250",
     "Prices per IBC of 1000 l and per 200 l drum against a PO in litres; the IBC deposit of 150 EUR is not a price change.",
     [po], eml, expect("confirmation", "1450/1000 = 1.45/l, 530/200 = 2.65/l, canisters as ordered, Thu 3.12.2026 = requested. Deposit is returnable packaging.",
                       [all_acc(po)]))

# ---------------------------------------------------------------- 055
s = sup("VARTEH", "Varilna tehnika d.o.o.", "narocila@varilnatehnika.example", "sl-SI")
po = PO("4700231556", s, "2026-11-12", [
    ("WLD-G3SI1-10-KG", "MIG wire G3Si1 1.0 mm, spools of 15 kg (ordered in kg)", 450, "KG", "2.56", "2026-12-02"),
    ("WLD-ALMG5-12-KG", "Aluminium wire AlMg5 1.2 mm, spools of 7 kg (ordered in kg)", 60, "KG", "11.20", "2026-12-02"),
], buyer="jonas")
is_weekday(D(2026, 12, 2), 2)
assert 30 * 15 == 450 and 38.40 / 15 == 2.56 and 9 * 7 == 63 and abs(80.50 / 7 - 11.50) < 1e-9
body = """Pozdravljeni,

potrjujemo naročilo 4700231556:

- poz. 1: 30 kolutov po 15 kg = 450 kg, cena 38,40 EUR/kolut
- poz. 2: koluti AlMg5 1,2 mm so po 7 kg; 60 kg ni deljivo s 7, zato dobavimo 9 kolutov = 63 kg, cena 80,50 EUR/kolut

Dobava: sreda, 2. 12. 2026.

Lep pozdrav,
Matej Kranjc
Varilna tehnika d.o.o. | Tržaška cesta 118, 1000 Ljubljana | ID za DDV: SI 62881470
"""
eml = message(reply_headers(po, "Matej Kranjc", "narocila@varilnatehnika.example", rfc_date(2026, 11, 13, 11, 2, 54),
                            "<2f7c9a1e-4d8b-4e3f-a6c5-81b0d2e9f473@varilnatehnika.example>", prefix="Re: ",
                            extra=[("User-Agent", "Mozilla Thunderbird")]),
              plain_reply(body, po, charset="iso-8859-2", cte="quoted-printable",
                          attrib="Dne 12. 11. 2026 ob 10:12 je Jonas Keller napisal:"))
case("welding-spools-per-kg", "confirmation / sl-SI, Thunderbird iso-8859-2",
     "PO in kg, supplier confirms whole spools with per-spool prices: 38,40/15 kg = 2,56 (unchanged) and 9 x 7 kg = 63 kg at 80,50/7 = 11,50 per kg.",
     [po], eml, expect("confirmation", "Line 1 as ordered. Line 2: 63 kg at 11.50/kg. Wed 2.12.2026 = requested.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, q=63, p="11.50")})]))

# ---------------------------------------------------------------- 056
s = sup("SERRAMIN", "Café Serra Mineira Ltda.", "exportacao@cafeserramineira.example", "pt-BR")
po = PO("4700231561", s, "2026-11-05", [
    ("CF-BR-SANTOS-NY2", "Green coffee Brazil Santos NY2 17/18, fine cup", 18000, "KG", "5.95", "2027-01-29"),
    ("CF-BR-DECAF-1K", "Roasted decaf coffee beans, 1 kg bag", 400, "KG", "14.80", "2026-12-18"),
], buyer="dana", currency="USD")
assert 300 * 60 == 18000 and 357 / 60 == 5.95
body = """Prezada Dana, boa tarde!

Segue a confirmação do pedido 4700231561:

Item 1 – Santos NY2 17/18 fine cup: 300 sacas de 60 kg (18.000 kg). Preço: US$ 357,00 por saca. Embarque no porto de Santos previsto para 15/12/2026, chegada em Esbjerg 29/01/2027.

Item 2 – Descafeinado torrado, pacotes de 1 kg: 400 kg a US$ 14,80/kg, entrega em 18/12/2026 a partir do nosso estoque em Hamburgo.

Qualquer dúvida, estou à disposição.

Abraços,
Mariana Souza
Exportação | Café Serra Mineira Ltda.
Rod. MG-050, km 312 – Passos/MG – CNPJ 07.418.552/0001-36
"""
eml = message(reply_headers(po, "Mariana Souza", "exportacao@cafeserramineira.example", rfc_date(2026, 11, 6, 15, 58, 21, "-0300"),
                            "<CAD1hQx4=Ns7Pv2Wm9Ry5Kt0Lb6@mail.gmail.com>", prefix="Re: "),
              gmail(body, po, "000000000000f9e8d7c6b5a40056",
                    attrib="Em qui., 5 de nov. de 2026 às 06:12, Dana Ruiz <dana.ruiz@nordwind-group.example> escreveu:"))
case("coffee-brazil-per-sack", "confirmation / pt-BR, Gmail",
     "Green coffee priced per 60 kg sack (US$ 357,00 = 5,95/kg) with screen size 17/18 and a CNPJ that look like dates/numbers; ship date vs arrival.",
     [po], eml, expect("confirmation", "Line 1: 300 sacks = 18,000 kg, 357/60 = 5.95/kg, arrival 29/01/2027 = requested. Line 2 as ordered.",
                       [all_acc(po)]))

# ---------------------------------------------------------------- 057
s = sup("KEYSTONE", "Keystone Battery Distributors", "orders@keystonebattery.example", "en-US")
po = PO("4700231570", s, "2026-11-12", [
    ("BAT-H6-AGM-760", "Group H6 AGM battery 12V 70Ah 760CCA", 48, "EA", "139.00", "2026-12-02"),
], buyer="olivia", currency="USD")
body = "Confirmed, all 48 @ 139. Ships 11/30.\n\nSent from my iPhone\n"
attrib = "On Nov 12, 2026, at 4:12 AM, Olivia Brandt <olivia.brandt@nordwind-group.example> wrote:\n"
eml = message(reply_headers(po, "Rick Delgado", "rick.delgado@keystonebattery.example", rfc_date(2026, 11, 13, 7, 41, 2, "-0500"),
                            "<4A7E2C91-8B3D-4F60-9E1A-2C5D7B8F0A13@keystonebattery.example>", prefix="Re: ",
                            extra=[("X-Mailer", "iPhone Mail (22B91)")]),
              Text(body + "\n" + attrib + "\n" + gt(request_text(po)), "plain", "us-ascii", "7bit"))
case("mobile-oneliner-ship-date", "confirmation / en-US, iPhone one-liner",
     "A one-line mobile reply from a rep's own address with only a ship date (11/30, month-first); no delivery date given, so the ship date counts.",
     [po], eml, expect("confirmation", "Quantity and price as ordered; only a ship date 11/30 -> date 2026-11-30.",
                       [conf(po, {1: chg(po, 1, d=D(2026, 11, 30))})]))

# ---------------------------------------------------------------- 058
s = sup("POMPLEMAN", "Pompes Léman SA", "commandes@pompes-leman.example", "fr-CH")
po = PO("4700231582", s, "2026-11-10", [
    ("PMP-DOS-10L", "Diaphragm dosing pump 10 l/h, 10 bar, PVDF head", 6, "EA", "685.00", "2026-12-09"),
    ("VLV-FOOT-DN25", "Foot valve DN25 with strainer, PVC", 6, "EA", "34.50", "2026-12-09"),
    ("VLV-INJ-G12", "Injection valve G 1/2, PVDF, spring-loaded", 12, "EA", "27.80", "2026-12-09"),
], buyer="jonas")
is_weekday(D(2026, 12, 7), 0)
is_weekday(D(2026, 12, 11), 4)
body = """Bonjour Monsieur Keller,

Nous vous confirmons votre commande 4700231582 aux prix indiqués.

Date d'expédition depuis notre usine d'Aigle : lundi 7 décembre.
Livraison chez vous à Esbjerg par DHL Freight : vendredi 11 décembre.

Les clapets d'injection G 1/2 ne se vendent que par sachet de 10 pièces ; nous vous livrerons donc 2 sachets, soit 20 pièces, au même prix unitaire.

Meilleures salutations

Laurent Besson
Service commercial
Pompes Léman SA | Route Industrielle 18 | CH-1860 Aigle | IDE CHE-105.882.417 TVA
"""
eml = message(reply_headers(po, "Laurent Besson", "commandes@pompes-leman.example", rfc_date(2026, 11, 11, 14, 9, 33),
                            "<ZRAP278MB0733A1C2E3F4B5D6@ZRAP278MB0733.CHEP278.PROD.OUTLOOK.COM>", prefix="RE: "),
              outlook(body, po, "_000_ZRAP278MB0733A1C2E3F4B5D6ZRAP278MB0733CHEP_", lang="fr",
                      sent="mardi, 10 novembre 2026 10:12"))
case("pumps-ship-vs-delivery", "confirmation / fr-CH, Outlook",
     "Both an expédition date (lundi 7 décembre) and a livraison date (vendredi 11 décembre) - delivery wins; 'G 1/2' is a thread size, not a date; pack rounding to 20.",
     [po], eml, expect("confirmation", "All lines delivered Fri 2026-12-11 (ship 7 Dec loses). Line 3 rounded to 2 bags of 10 = 20 pcs at the same price.",
                       [conf(po, {1: chg(po, 1, d=D(2026, 12, 11)), 2: chg(po, 2, d=D(2026, 12, 11)),
                                  3: chg(po, 3, q=20, d=D(2026, 12, 11))})]))

# ---------------------------------------------------------------- 059
s = sup("EMERALDPR", "Emerald Promo Ltd", "orders@emeraldpromo.example", "en-IE")
po = PO("4700231594", s, "2026-11-11", [
    ("PRM-UMB-GOLF30", "Golf umbrella 30 in, 2-colour print", 150, "EA", "9.80", "2026-11-16"),
    ("PRM-NB-A5-PU", "A5 notebook, PU cover, debossed logo", 400, "EA", "3.15", "2026-11-16"),
], buyer="marta")
mail = D(2026, 11, 13)
is_weekday(mail, 4)
next_tue = mail + dt.timedelta(days=(1 - mail.weekday()) % 7)
assert next_tue == D(2026, 11, 17)
body = """Hi Marta,

Both lines are grand at the prices on your PO.

The notebooks are in stock and will go out to you for Monday as you asked. The umbrellas can't make Monday though - the print slot is Saturday and they need 48 hours to dry before packing - so we'll deliver those next Tuesday.

Regards,
Conor

Conor Walsh
Emerald Promo Ltd | Unit 12 Cookstown Industrial Estate, Tallaght, Dublin 24
"""
eml = message(reply_headers(po, "Conor Walsh", "orders@emeraldpromo.example", rfc_date(2026, 11, 13, 12, 5, 48, "+0000"),
                            "<CAF8mNq2+Zt5Wr0Yk3Ls7Vx1Pd4@mail.gmail.com>", prefix="Re: "),
              gmail(body, po, "0000000000001a2b3c4d5e6f0059", attrib=gmail_attrib(po, 9, 12)))
case("promo-next-tuesday", "confirmation / en-IE, Gmail",
     "Relative dates only: 'for Monday as you asked' (= the requested 16 Nov) and 'next Tuesday', counted from the Date header (Fri 13 Nov) = 17 Nov.",
     [po], eml, expect("confirmation", "Line 2 as requested (Mon 2026-11-16). Line 1 'next Tuesday' from Fri 2026-11-13 = 2026-11-17.",
                       [conf(po, {1: chg(po, 1, d=next_tue), 2: acc(po, 2)})]))

# ---------------------------------------------------------------- 060
s = sup("SEGNADRIA", "Segnaletica Adriatica S.r.l.", "ordini@segnaletica-adriatica.example", "it-IT")
po = PO("4700231605", s, "2026-11-12", [
    ("SGN-EXIT-LED", "LED emergency exit sign, double-sided, 3 h autonomy", 30, "EA", "58.00", "2026-12-18"),
    ("SGN-FLOOR-A1", "Floor display stand A1, aluminium, snap frame", 8, "EA", "112.00", "2026-12-18"),
    ("SGN-TOTEM-43", "Digital totem 43 in, LED, indoor", 2, "EA", "1490.00", "2026-12-18"),
], buyer="marta")
mail = D(2026, 11, 13)
d51 = next_on_or_after(mail, 1, 5)
assert d51 == D(2027, 1, 5)
body = """Gentile Sig.ra Lindqvist,

confermiamo l'ordine 4700231605 con le seguenti precisazioni:
- pos. 1 e 2: consegna il 18/12 come richiesto, prezzi confermati;
- pos. 3 (totem digitale 43"): il pannello arriva dalla Corea dopo le feste, consegna il 5/1; prezzo confermato.

Vi ricordiamo la chiusura per ferie dal 24/12 al 3/1 compresi.

Cordiali saluti,
Chiara Lombardi
Segnaletica Adriatica S.r.l. – Via Flaminia 215 – 47923 Rimini – P.IVA 04187320409
"""
eml = message(reply_headers(po, "Chiara Lombardi", "ordini@segnaletica-adriatica.example", rfc_date(2026, 11, 13, 10, 37, 26),
                            "<AM8PR06MB7789E1D2C3B4A5F6@AM8PR06MB7789.eurprd06.prod.outlook.com>", prefix="R: "),
              outlook(body, po, "_000_AM8PR06MB7789E1D2C3B4A5F6AM8PR06MB7789eurp_", lang="it",
                      sent="giovedì 12 novembre 2026 10:12"))
case("signage-date-without-year", "confirmation / it-IT, Outlook",
     "Dates without a year (18/12, 5/1) - '5/1' said in November is 5 January 2027; the holiday closure 24/12-3/1 is a distractor.",
     [po], eml, expect("confirmation", "Lines 1-2 as ordered (18/12 -> 2026-12-18). Line 3 delivered 5/1 -> next such date = 2027-01-05.",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, d=d51)})]))

# ---------------------------------------------------------------- 061
s = sup("GLTOOL", "Great Lakes Tooling Supply", "orders@greatlakestooling.example", "en-US")
po = PO("4700231613", s, "2026-11-13", [
    ("TL-EM-12-4F", "Carbide end mill 12 mm, 4 flute, AlTiN", 20, "EA", "46.50", "2026-12-04"),
    ("TL-TAP-M8X125", "Spiral flute tap M8x1.25, HSS-E, 6HX", 30, "EA", "14.20", "2026-12-04"),
    ("TL-INS-APMT1135", "Milling insert APMT 1135PDER, box of 10", 10, "BX", "62.00", "2026-12-04"),
], buyer="jonas", currency="USD")
mail = D(2026, 11, 17)
four_w = mail + dt.timedelta(weeks=4)
assert four_w == D(2026, 12, 15)
body = """Jonas,

End mills and M8x1.25 taps are in stock and will deliver by 12/4 as requested.

The APMT 1135 inserts are a special coating grade and we don't stock them - lead time is 4 weeks from today. Pricing is per your PO on all three lines.

Thanks,
Dave Kowalski
Inside Sales | Great Lakes Tooling Supply
31500 Stephenson Hwy, Madison Heights, MI 48071 | (248) 555-0173
"""
eml = message(reply_headers(po, "Dave Kowalski", "orders@greatlakestooling.example", rfc_date(2026, 11, 17, 9, 26, 12, "-0500"),
                            "<CH3PR11MB8207A2B3C4D5E6F7@CH3PR11MB8207.namprd11.prod.outlook.com>"),
              outlook(body, po, "_000_CH3PR11MB8207A2B3C4D5E6F7CH3PR11MB8207namp_", lang="en",
                      sent="Friday, November 13, 2026 4:12 AM"))
case("tooling-four-weeks-from-today", "confirmation / en-US, Outlook",
     "Line 3 has only a lead time '4 weeks from today', counted from the Date header (Tue 17 Nov) = 15 Dec; 'M8x1.25' and 'APMT 1135' are item codes.",
     [po], eml, expect("confirmation", "Lines 1-2 as ordered (12/4). Line 3: 2026-11-17 + 4 weeks = 2026-12-15, price unchanged.",
                       [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, d=four_w)})]))

# ---------------------------------------------------------------- 062
s = sup("PAMIND", "Syarikat Pam Industri Sdn Bhd", "jualan@pamindustri.example", "ms-MY")
po = PO("4700231624", s, "2026-11-09", [
    ("VLV-BALL-DN25-BR", "Brass ball valve DN25 (1 in), PN25, lever handle", 150, "EA", "7.40", "2026-12-18"),
    ("VLV-CHK-DN20-BR", "Brass spring check valve DN20 (3/4 in)", 80, "EA", "5.10", "2026-12-18"),
    ("PMP-CIRC-2560", "Circulator pump 25-60, 180 mm, 230 V", 20, "EA", "71.00", "2026-12-18"),
], buyer="jonas", currency="USD")
body = """Salam sejahtera Encik Jonas,

Terima kasih atas pesanan 4700231624. Kami sahkan seperti berikut:

1. Injap bebola loyang DN25 (1") - 150 unit @ USD 7.40 - penghantaran 18/12/2026.
2. Injap sehala DN20 (3/4") - kuantiti pesanan minimum (MOQ) ialah 100 unit, jadi kami akan bekalkan 100 unit @ USD 5.10.
3. Pam edaran 25-60/180 - 20 unit @ USD 71.00.

Item 2 dan 3 akan dihantar bersama item 1 pada 18/12/2026.

Sekian, terima kasih.

Nurul Aisyah binti Ahmad
Eksekutif Jualan
Syarikat Pam Industri Sdn Bhd (201501034417) | Lot 27, Jalan Perusahaan 4, 40300 Shah Alam, Selangor
"""
eml = message(reply_headers(po, "Nurul Aisyah", "jualan@pamindustri.example", rfc_date(2026, 11, 10, 17, 44, 5, "+0800"),
                            "<CAG4kRz8=Mw2Xp6Tn9Qv1Ls5Hb3@mail.gmail.com>", prefix="Re: "),
              gmail(body, po, "0000000000002b3c4d5e6f7a0062",
                    attrib="Pada Isn, 9 Nov 2026 pada 5:12 PTG Jonas Keller <jonas.keller@nordwind-group.example> menulis:"))
case("valves-moq-malay", "confirmation / ms-MY, Gmail",
     "Malay reply raising one line to the minimum order quantity; '3/4\"', 'DN20' and pump size '25-60/180' look like dates or quantities; the company registration number too.",
     [po], eml, expect("confirmation", "Line 2 raised to MOQ 100. All three delivered 18/12/2026 at PO prices.",
                       [conf(po, {1: acc(po, 1), 2: chg(po, 2, q=100), 3: acc(po, 3)})]))

# ---------------------------------------------------------------- 063
s = sup("QEBRO", "Químicos de Laboratorio Ebro S.A.", "pedidos@quimicosebro.example", "es-ES")
po = PO("4700231636", s, "2026-11-10", [
    ("LC-ETOH-ABS-25", "Ethanol absolute AR, bottle 2.5 l", 40, "BT", "24.60", "2026-11-27"),
    ("LC-HEX-HPLC-25", "n-Hexane HPLC grade, bottle 2.5 l", 30, "BT", "33.90", "2026-11-27"),
    ("LC-DCM-AR-25", "Dichloromethane AR, stabilised, bottle 2.5 l", 20, "BT", "29.40", "2026-11-27"),
], buyer="priya")
is_weekday(D(2026, 11, 27), 4)
body = """Buenos días Priya:

Del pedido 4700231636 podemos servir lo siguiente:

- Etanol absoluto: solo tenemos 25 botellas disponibles. Las 15 restantes no podremos suministrarlas este año, el fabricante ha parado la planta por mantenimiento. Precio 24,60 €/botella.
- n-Hexano HPLC: las 30 botellas, a 33,90 €.
- Diclorometano estabilizado: las 20 botellas, a 29,40 €.

Todo sale el 24/11 de nuestro almacén de Zaragoza y os llega el viernes 27/11.

Saludos,
Javier Gil
Atención al cliente - Químicos de Laboratorio Ebro S.A.
Tel. 976 45 88 20
"""
eml = message(reply_headers(po, "Javier Gil", "pedidos@quimicosebro.example", rfc_date(2026, 11, 11, 9, 12, 40),
                            "<PR1PR05MB6650C3D4E5F6A7B8@PR1PR05MB6650.eurprd05.prod.outlook.com>", prefix="RE: "),
              outlook(body, po, "_000_PR1PR05MB6650C3D4E5F6A7B8PR1PR05MB6650eurp_", lang="es",
                      sent="martes, 10 de noviembre de 2026 10:12", charset="iso-8859-15"))
case("labchem-partial-availability", "confirmation / es-ES, Outlook iso-8859-15",
     "Only 25 of 40 bottles available and the rest refused; ship 24/11 vs arrival Friday 27/11.",
     [po], eml, expect("confirmation", "Line 1 reduced to 25 (rest not supplied). Lines 2-3 as ordered. Arrival Fri 27/11 = requested.",
                       [conf(po, {1: chg(po, 1, q=25), 2: acc(po, 2), 3: acc(po, 3)})]))

# ---------------------------------------------------------------- 064
s = sup("PENNINE", "Pennine Conveyor Components Ltd", "sales@penninecc.example", "en-GB")
po = PO("4700231648", s, "2026-11-10", [
    ("CB-RUB-EP250-650", "Rubber conveyor belt EP250/2, 650 mm, 3+1.5 covers", 80, "M", "24.90", "2026-12-11"),
    ("CB-IDLER-650-35", "Troughing idler set 650 mm, 3-roll, 35 deg", 16, "EA", "68.00", "2026-12-11"),
    ("CB-PULLEY-400L", "Drive pulley 400 mm dia, lagged, for 650 belt", 1, "EA", "1240.00", "2026-12-11"),
], buyer="jonas", currency="GBP")
is_weekday(D(2026, 12, 10), 3)
body = """Morning Jonas,

Lines 1 and 2 are fine - 80 m of the EP250/2 cut off the 200 m roll and the 16 idler sets, both at your prices, delivered Thursday 10th December.

The lagged drive pulley (line 3) is made to order and I'm still waiting on the works for a slot. I'll confirm date and price on that one next week.

Regards,
Gareth Price
Sales Office | Pennine Conveyor Components Ltd
Units 3-5 Calder Trading Estate, Huddersfield HD5 0RR | 01484 555 261
"""
eml = message(reply_headers(po, "Gareth Price", "sales@penninecc.example", rfc_date(2026, 11, 12, 8, 6, 19, "+0000"),
                            "<LO2P265MB5542F1A2B3C4D5E6@LO2P265MB5542.GBRP265.PROD.OUTLOOK.COM>"),
              outlook(body, po, "_000_LO2P265MB5542F1A2B3C4D5E6LO2P265MB5542GBRP_", lang="en",
                      sent="10 November 2026 09:12"))
case("conveyor-line-tbc-next-week", "confirmation / en-GB, Outlook",
     "Two lines confirmed for Thursday 10th December; line 3 'I'll confirm date and price next week' stays unconfirmed; '200 m roll' is not a quantity.",
     [po], eml, expect("confirmation", "Lines 1-2 at PO qty/price, date 2026-12-10 (changed). Line 3 unconfirmed (to be confirmed next week).",
                       [conf(po, {1: chg(po, 1, d=D(2026, 12, 10)), 2: chg(po, 2, d=D(2026, 12, 10)), 3: UNC})]))
