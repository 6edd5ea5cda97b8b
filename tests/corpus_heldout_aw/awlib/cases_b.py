"""Cases 019-036."""
from decimal import Decimal as D

from .common import E, PO, S, case, conf, dsn, kwfri, reply, req_subject

DISCL_EN = ("DISCLAIMER: This message and any attachment are confidential and may be privileged. If you are not the "
            "intended recipient, please delete it and notify the sender; any use, copying or disclosure is prohibited.")


@case("cable-glands-per-1000-table", "confirmation/ro-RO",
      "Romanian mail with an English ERP table priced 'per 1,000 pcs' on a PO priced per piece.")
def c_glands():
    s = S("ELECTROG", "Electrogland Industries S.R.L.", "vanzari@electrogland.example", "ro-RO")
    p = PO("4500071120", s, "EUR", [
        ("CG-M20-PA", "Cable gland M20x1.5, polyamide, IP68, 6-12 mm", 5000, "PCS", "0.0450", "2026-12-11"),
        ("CG-M25-BR", "Cable gland M25x1.5, nickel-plated brass, 9-16 mm", 2000, "PCS", "0.3800", "2026-12-11"),
        ("LN-M20-PA", "Lock nut M20x1.5, polyamide", 5000, "PCS", "0.0120", "2026-12-11")])
    assert D("395.00") / 1000 == D("0.395") and D("45.00") / 1000 == D("0.045") and D("12.00") / 1000 == D("0.012")
    body = """Bună ziua, doamna Holt,

Vă confirmăm comanda 4500071120 conform tabelului de mai jos (extras din ERP):

| Pos | Item | Qty (pcs) | Unit price EUR per 1,000 pcs | Delivery date |
| 1 | CG-M20-PA | 5,000 | 45.00 | 11.12.2026 |
| 2 | CG-M25-BR | 2,000 | 395.00 | 11.12.2026 |
| 3 | LN-M20-PA | 5,000 | 12.00 | 18.12.2026 |

Prețul la poziția 2 este majorat din cauza alamei. Poziția 3 pleacă cu o săptămână mai târziu.

Cu stimă,
Ioana Constantinescu
Departament Vânzări Export
Electrogland Industries S.R.L. | Str. Fabricii nr. 27, 400620 Cluj-Napoca
Tel: +40 264 415 302
"""
    eml = reply([p], date="2026-11-12 10:33 +0200", body=body, name="Ioana Constantinescu", client="gmail",
                quote="gmail", cte="base64",
                attrib="În mar., 3 nov. 2026 la 11:12, Maren Holt <maren.holt@buyer.example> a scris:")
    return [p], eml, E("confirmation", "Table header says prices are per 1,000 pcs: 45.00 -> 0.045 (same), 395.00 -> "
                       "0.395 (changed), 12.00 -> 0.012 (same, but date 18.12.2026). Body is base64 UTF-8.",
                       conf(p, {1: "A", 2: ("C", None, "0.395", None), 3: ("C", None, None, "2026-12-18")}))


@case("art-canvases-bg-split", "confirmation/bg-BG",
      "Bulgarian windows-1251 reply; a sold-out roll line is split 8 + 4 with dates written 'г.'.")
def c_canvas_bg():
    s = S("PLATNOBG", "Platno Art OOD", "prodajbi@platno-art.example", "bg-BG")
    p = PO("4500071121", s, "EUR", [
        ("AC-CAN-30x40", "Stretched cotton canvas 30x40 cm, 18 mm bar", 200, "EA", "3.60", "2026-12-04"),
        ("AC-CAN-50x70", "Stretched cotton canvas 50x70 cm, 38 mm bar", 100, "EA", "8.90", "2026-12-04"),
        ("AC-ROLL-1.6x10", "Primed canvas roll 1.6 x 10 m, 380 g/m2", 12, "ROL", "84.00", "2026-12-04")])
    body = """Здравейте, г-жо Холт,

Потвърждаваме поръчка № 4500071121 както следва:

Поз. 1 – 200 бр. по 3,60 евро, доставка до 04.12.2026 г.
Поз. 2 – 100 бр. по 8,90 евро, доставка до 11.12.2026 г.
Поз. 3 – рулата са почти изчерпани: 8 рула доставяме на 04.12.2026 г., останалите 4 рула – на 15.01.2027 г. Цена 84,00 евро/рулон.

Поздрави,
Десислава Петрова
Търговски отдел
Платно Арт ООД, ул. „Индустриална“ 12, 4000 Пловдив
тел. +359 32 604 117
"""
    eml = reply([p], date="2026-11-11 16:20 +0200", body=body, name="Десислава Петрова", cs="windows-1251",
                client="outlook", lang="bg-BG")
    return [p], eml, E("confirmation", "Line 2 delivery moves to 11.12.2026; line 3 split 8 + 4 rolls with the last "
                       "delivery on 15.01.2027.",
                       conf(p, {1: "A", 2: ("C", None, None, "2026-12-11"),
                                3: ("C", None, None, "2027-01-15", [(8, "2026-12-04"), (4, "2027-01-15")])}))


@case("kennels-isporuka-do-18-12", "confirmation/hr-HR",
      "Croatian whole-order confirmation whose only date is 'isporuka do 18.12.' without a year.")
def c_kennel_hr():
    s = S("PASKUC", "Pasja Kućica d.o.o.", "prodaja@pasjakucica.example", "hr-HR")
    p = PO("4500071122", s, "EUR", [
        ("DK-KEN-L-120", "Dog kennel large, 120x80x90 cm, insulated", 12, "EA", "189.00", "2026-12-11"),
        ("DK-RUN-2x4", "Dog run panel set 2x4 m, galvanised", 6, "SET", "420.00", "2026-12-11")], buyer=1)
    body = """Poštovani gospodine Ekberg,

potvrđujemo narudžbu 4500071122 u cijelosti – količine i cijene prema narudžbi, isporuka do 18.12.

Lijep pozdrav,
Ivana Jurić
Pasja Kućica d.o.o. | Zagrebačka 214, 10410 Velika Gorica
tel. +385 1 6226 481
"""
    eml = reply([p], date="2026-11-13 08:44 +0100", body=body, name="Ivana Jurić", prefix="Odg:", cs="windows-1250",
                client="outlook", lang="hr-HR")
    return [p], eml, E("confirmation", "'isporuka do 18.12.' has no year: next 18 December on or after the mail date "
                       "is 2026-12-18, applied to both lines; quantities and prices as ordered.",
                       conf(p, {1: ("C", None, None, "2026-12-18"), 2: ("C", None, None, "2026-12-18")}))


@case("dairy-cultures-new-pricelist-sl", "confirmation/sl-SI",
      "Slovenian reply with a new price list effective date ('od 1. 12. 2026') next to the real delivery date.")
def c_dairy_sl():
    s = S("MLEKOK", "Mlekokultura d.o.o.", "narocila@mlekokultura.example", "sl-SI")
    p = PO("4500071123", s, "EUR", [
        ("DC-TH-50U", "Thermophilic culture 50U, freeze-dried", 300, "EA", "12.40", "2026-12-09"),
        ("DC-PRO-10x10", "Probiotic culture, 10 x 10 g", 60, "BOX", "38.00", "2026-12-09")])
    body = """Pozdravljeni,

naročilo 4500071123 potrjujemo:

postavka 1 – 300 kos po 12,40 EUR, dobava 9. 12. 2026
postavka 2 – 60 škatel, cena 39,90 EUR/škatla (nov cenik velja od 1. 12. 2026), dobava 9. 12. 2026

Lep pozdrav,
Nina Kovač
Mlekokultura d.o.o., Tržaška cesta 118, 1000 Ljubljana
T: +386 1 428 33 60
"""
    eml = reply([p], date="2026-11-10 13:05 +0100", body=body, name="Nina Kovač", prefix="RE:", cs="windows-1250",
                client="thunderbird", quote="gmail", html=False, attrib="Dne 3. 11. 2026 ob 10:12 je Maren Holt napisal(a):")
    return [p], eml, E("confirmation", "Line 2 price rises to 39.90 (the 1. 12. 2026 date is the price-list validity, "
                       "not a delivery date); line 1 as ordered.",
                       conf(p, {1: "A", 2: ("C", None, "39.90", None)}))


@case("hydraulic-cyl-split-cyrillic-sr", "confirmation/sr-RS",
      "Serbian Cyrillic (windows-1251) reply splitting a line into two deliveries ('у две туре').")
def c_hyd_sr():
    s = S("HIDRONS", "Hidro Novi Sad d.o.o.", "prodaja@hidrons.example", "sr-RS")
    p = PO("4500071124", s, "EUR", [
        ("HC-TR-80/45-500", "Tie-rod hydraulic cylinder 80/45 x 500 mm stroke, 210 bar", 30, "EA", "298.00", "2026-12-18"),
        ("HC-CLV-80", "Clevis mount for 80 mm cylinder", 30, "EA", "24.00", "2026-12-18")])
    body = """Поштована госпођо Холт,

потврђујемо поруџбину бр. 4500071124:

Ставка 1: 30 ком по 298,00 EUR – испорука у две туре: 20 ком 18.12.2026, преосталих 10 ком 22.01.2027.
Ставка 2: 30 ком по 24,00 EUR, испорука 18.12.2026.

Срдачан поздрав,
Милош Јовановић
Хидро Нови Сад д.о.о., Руменачки пут 71, 21000 Нови Сад
тел. +381 21 480 22 15
"""
    eml = reply([p], date="2026-11-16 09:12 +0100", body=body, name="Милош Јовановић", cs="windows-1251",
                client="outlook", lang="sr-Cyrl-RS")
    return [p], eml, E("confirmation", "Line 1 split 20 + 10 (schedule, last date 2027-01-22); line 2 as ordered.",
                       conf(p, {1: ("C", None, None, "2027-01-22", [(20, "2026-12-18"), (10, "2027-01-22")]), 2: "A"}))


@case("solar-lights-freight-extra-sv", "confirmation/sv-SE",
      "Swedish confirmation as ordered that adds a separate freight amount, which is not a unit price change.")
def c_solar_sv():
    s = S("SOLGATA", "Solgata Belysning AB", "order@solgata.example", "sv-SE")
    p = PO("4500071125", s, "SEK", [
        ("SSL-40W-SPL", "Solar street light 40W split type, 4 m pole kit", 25, "EA", "2450.00", "2026-12-11"),
        ("SSL-BRK-76", "Mounting bracket for 76 mm pole", 25, "EA", "145.00", "2026-12-11")], buyer=1)
    body = """Hej Jonas!

Tack för ordern. Vi bekräftar order 4500071125 enligt nedan:

Rad 1: 25 st à 2 450,00 kr, leverans 2026-12-11
Rad 2: 25 st à 145,00 kr, leverans 2026-12-11

Tillkommer frakt 1 850,00 kr (2 pallar till Rotterdam), som faktureras som separat rad på fakturan.

Med vänlig hälsning
Elin Sjöberg
Ordermottagning
Solgata Belysning AB | Verkstadsgatan 6 | 553 02 Jönköping
Tel 036-16 42 80
"""
    eml = reply([p], date="2026-11-10 08:51 +0100", body=body, name="Elin Sjöberg", prefix="SV:", cs="iso-8859-1",
                client="outlook", qlang="sv", lang="sv-SE")
    return [p], eml, E("confirmation", "Both lines as ordered; the SEK 1 850,00 freight is a separate charge and must "
                       "not be spread into the unit prices.",
                       conf(p, {1: "A", 2: "A"}))


@case("prams-net-of-3pct-fi", "confirmation/fi-FI",
      "Finnish reply gives the net price after a 3 % discount; the net value is the confirmed unit price.")
def c_prams_fi():
    s = S("LASTENV", "Lastenvaunu Oy", "myynti@lastenvaunu.example", "fi-FI")
    p = PO("4500071126", s, "EUR", [
        ("BPR-CITY-27", "City pram 2027 model, 4-wheel, black", 20, "EA", "240.00", "2027-01-15"),
        ("BPR-COT-CITY", "Carrycot for city pram, 2027", 20, "EA", "85.00", "2027-01-15")])
    assert D("240.00") * D("0.97") == D("232.80")
    body = """Hei Maren,

vahvistamme tilauksen 4500071126:

rivi 1: 20 kpl, hinta 232,80 € / kpl netto (3 % alennus vähennetty), toimitus 15.1.2027
rivi 2: 20 kpl à 85,00 €, toimitus 15.1.2027

Ystävällisin terveisin
Aino Virtanen
Lastenvaunu Oy, Teollisuuskatu 19, 33100 Tampere
puh. +358 3 245 6610
"""
    eml = reply([p], date="2026-11-17 10:02 +0200", body=body, name="Aino Virtanen", prefix="VS:",
                cs="iso-8859-15", client="outlook", lang="fi-FI")
    return [p], eml, E("confirmation", "Line 1 price 232,80 € is already net of the 3 % discount (240.00 x 0.97), so "
                       "the unit price is 232.80, not a further 3 % off; Finnish dates without leading zeros.",
                       conf(p, {1: ("C", None, "232.80", None), 2: "A"}))


@case("old-po-number-by-mistake", "needs_review/en-IN",
      "Indian English reply confirms an older PO number with other quantities while the thread is about the new PO.")
def c_oldpo():
    s = S("BELTIND", "Beltindia Rubber Products Pvt. Ltd.", "sales@beltindia.example", "en-IN")
    p = PO("4500071127", s, "USD", [
        ("CB-RUB-650-EP", "Rubber conveyor belt EP400/3, 650 mm, 8+3 mm covers", 300, "M", "21.40", "2026-12-21"),
        ("CB-VULC-650", "Hot vulcanising splice kit for 650 mm belt", 4, "SET", "145.00", "2026-12-21")], buyer=2)
    body = """Dear Madam,

Good day.

We are pleased to confirm your PO No. 4500068817 dt. 14-10-2026 for 150 mtrs of EP400/3 belt 650 mm at USD 21.40 per mtr. Material will be dispatched by 15-12-2026 from our Vadodara works.

Kindly arrange to send the payment advice at the earliest.

Thanks & Regards,
Rakesh Mehta
Sr. Executive - Exports
Beltindia Rubber Products Pvt. Ltd.
Plot 118, GIDC Makarpura, Vadodara 390010, Gujarat
Mob: +91 98250 41177 | Ph: +91 265 263 4410
"""
    eml = reply([p], date="2026-11-18 11:25 +0530", body=body, name="Rakesh Mehta", client="outlook", lang="en-IN")
    return [p], eml, E("needs_review", "The reply sits in the thread of PO 4500071127 but confirms PO 4500068817 "
                       "(an older order, other quantity); a human must clarify which order is meant.")


@case("invoice-address-correction-only", "needs_review/da-DK",
      "Danish reply in the PO thread only corrects the invoice address; nothing about quantities, prices or dates.")
def c_invaddr():
    s = S("HAVEPYN", "Havepynt ApS", "ordre@havepynt.example", "da-DK")
    p = PO("4500071128", s, "DKK", [
        ("GD-LANT-ZN-40", "Zinc garden lantern 40 cm, 2027 collection", 60, "EA", "149.00", "2026-12-14"),
        ("GD-WIND-12", "Wind chime bamboo, 12 tubes", 100, "EA", "59.00", "2026-12-14")], buyer=1)
    body = """Hej Jonas

Tak for ordren. Bemærk venligst, at vores fakturaadresse er ændret pr. 1. november:

Havepynt ApS
Bogholderiet
Industrivej 41, 2. sal
8660 Skanderborg
CVR 38 11 42 07

Vil I rette det i jeres leverandørkartotek, så fakturaen ikke bliver afvist?

Venlig hilsen
Mette Lauridsen
Havepynt ApS | tlf. 86 52 33 90
"""
    eml = reply([p], date="2026-11-11 13:37 +0100", body=body, name="Mette Lauridsen", prefix="SV:",
                cs="iso-8859-1", client="apple", quote="gmail",
                attrib="Den 3. nov. 2026 kl. 10.12 skrev Jonas Ekberg <jonas.ekberg@buyer.example>:")
    return [p], eml, E("needs_review", "Human reply in the PO thread asking us to update master data; it commits to "
                       "nothing about the order, so it is needs_review (not unrelated, since it is about this PO and "
                       "needs an action).")


@case("shelving-pack-rounding-lt", "confirmation/lt-LT",
      "Lithuanian reply in windows-1257 rounding hooks up to full packs of 100 with ISO dates.")
def c_shelf_lt():
    s = S("LENTYNA", "Lentynų sistemos UAB", "pardavimai@lentynos.example", "lt-LT")
    p = PO("4500071129", s, "EUR", [
        ("SH-WALL-2000", "Wall shelving bay 2000x1000 mm, 6 shelves", 16, "SET", "298.00", "2026-12-16"),
        ("SH-HOOK-150", "Pegboard hook 150 mm, 6 mm wire", 450, "EA", "0.42", "2026-12-16")])
    body = """Laba diena,

patvirtiname užsakymą Nr. 4500071129:

1 poz. – 16 kompl. po 298,00 EUR, pristatymas 2026-12-16
2 poz. – kabliai tiekiami tik pakuotėmis po 100 vnt., todėl patvirtiname 500 vnt. po 0,42 EUR, pristatymas 2026-12-16

Pagarbiai
Rūta Kazlauskienė
Lentynų sistemos UAB, Pramonės pr. 16, LT-51329 Kaunas
Tel. +370 37 451 208
"""
    eml = reply([p], date="2026-11-12 14:09 +0200", body=body, name="Rūta Kazlauskienė", prefix="RE:",
                cs="windows-1257", client="outlook", lang="lt-LT")
    return [p], eml, E("confirmation", "Line 2 rounded from 450 to 500 pcs (full packs of 100), price and date "
                       "unchanged.",
                       conf(p, {1: "A", 2: ("C", 500, None, None)}))


@case("garden-decor-koi8u-ship-vs-delivery", "confirmation/uk-UA",
      "Ukrainian KOI8-U reply with both a shipment and a delivery date, an 'ok' line and a declined line.")
def c_garden_ua():
    s = S("SADDEKOR", "Sad-Dekor TOV", "zbut@saddekor.example", "uk-UA")
    p = PO("4500071130", s, "EUR", [
        ("GD-BATH-60", "Bird bath cast stone, 60 cm", 40, "EA", "34.00", "2026-12-11"),
        ("GD-PLNT-40", "Planter fibre clay 40x40x40 cm, anthracite", 60, "EA", "27.50", "2026-12-11"),
        ("GD-FROG-25", "Garden statue frog 25 cm", 100, "EA", "6.80", "2026-12-11")])
    body = """Добрий день, пані Холт!

Підтверджуємо замовлення N 4500071130:

поз. 1 - 40 шт. по 34,00 EUR, відвантаження 04.12.2026, доставка до Роттердама 11.12.2026
поз. 2 - 60 шт. по 27,50 EUR - ok, разом з поз. 1
поз. 3 - на жаль, не можемо виготовити: форма пошкоджена, нову отримаємо лише навесні.

З повагою,
Олена Коваленко
менеджер зі збуту
ТОВ "Сад-Декор", вул. Промислова, 8, Житомир, 10001
тел. +380 412 42 17 55
"""
    eml = reply([p], date="2026-11-13 15:26 +0200", body=body, name="Олена Коваленко", cs="koi8-u",
                client="thunderbird", quote="gmail", html=False,
                attrib="03.11.2026 11:12, Maren Holt пише:")
    return [p], eml, E("confirmation", "Line 1 delivery 11.12.2026 wins over the 04.12 shipment date (= as ordered); "
                       "line 2 'ok' together with line 1; line 3 declined.",
                       conf(p, {1: "A", 2: "A", 3: "R"}))


@case("sutures-hebrew-english-table", "confirmation/he-IL",
      "Hebrew right-to-left text in windows-1255 around an English table with dd/mm/yyyy dates.")
def c_sut_he():
    s = S("TEFERMED", "Tefer Medical Ltd", "orders@tefermed.example", "he-IL")
    p = PO("4500071131", s, "USD", [
        ("SUT-NY-4/0", "Nylon suture 4/0, 45 cm, FS-2, 12 per box", 40, "BOX", "28.00", "2026-12-09"),
        ("SUT-SLK-2/0", "Silk suture 2/0, 75 cm, SH needle, 36 per box", 25, "BOX", "61.00", "2026-12-09"),
        ("SUT-PGL-1", "Polyglactin suture 1, 90 cm, CT-1", 10, "BOX", "118.00", "2026-12-09")], buyer=2)
    body = """שלום פריה,

מצורף אישור להזמנה 4500071131:

| Line | Item | Qty | Unit price USD | Delivery |
| 1 | SUT-NY-4/0 | 40 BOX | 28.00 | 09/12/2026 |
| 2 | SUT-SLK-2/0 | 25 BOX | 63.50 | 09/12/2026 |
| 3 | SUT-PGL-1 | 10 BOX | 118.00 | 23/12/2026 |

המחיר בשורה 2 עודכן לפי מחירון 2027. שורה 3 תסופק שבועיים אחרי.

בברכה,
נועה לוי
מחלקת הזמנות | Tefer Medical Ltd
רח' המלאכה 14, חולון | טל' 03-5581247
"""
    eml = reply([p], date="2026-11-15 09:40 +0200", body=body, name="נועה לוי", cs="windows-1255",
                cte="base64", client="outlook", lang="he-IL")
    return [p], eml, E("confirmation", "Hebrew text wrapped around an English table: line 2 price 63.50, line 3 "
                       "date 23/12/2026 (day-first), line 1 as ordered.",
                       conf(p, {1: "A", 2: ("C", None, "63.50", None), 3: ("C", None, None, "2026-12-23")}))


@case("toner-refill-gb2312", "confirmation/zh-CN",
      "Simplified Chinese GB2312 base64 body with dates written 2027年1月8日.")
def c_toner_cn():
    s = S("HUAMO", "Shenzhen Huamo Imaging Co., Ltd.", "sales@huamo-imaging.example", "zh-CN")
    p = PO("4500071132", s, "CNY", [
        ("TN-PWD-TK1150", "Toner powder for TK-1150, 1 kg bottle", 200, "KG", "96.00", "2026-12-18"),
        ("TN-DRM-12A", "OPC drum for 12A cartridges", 500, "EA", "8.50", "2026-12-18"),
        ("TN-BLD-12A", "Wiper blade for 12A, 1.5 mm", 500, "EA", "1.20", "2026-12-18")])
    body = """Holt女士，您好！

贵司订单4500071132确认如下：
1. TK-1150碳粉：200公斤，单价96.00元/公斤，交货日期2026年12月18日；
2. 12A硒鼓：500个，单价8.50元，交货日期2027年1月8日（原材料短缺）；
3. 12A刮刀：500个，单价1.20元，交货日期2026年12月18日。

如有问题请随时联系。

此致
敬礼

王丽娜
深圳华墨影像有限公司 销售部
电话：+86 755 2771 3386
"""
    eml = reply([p], date="2026-11-10 17:22 +0800", body=body, name="王丽娜", cs="gb2312", cte="base64",
                client="web", quote="gmail", html=False,
                attrib="在 2026年11月3日 17:12，Maren Holt <maren.holt@buyer.example> 写道：")
    return [p], eml, E("confirmation", "Chinese dates: line 2 moves to 2027-01-08, lines 1 and 3 as ordered.",
                       conf(p, {1: "A", 2: ("C", None, None, "2027-01-08"), 3: "A"}))


@case("exchange-ndr-access-denied", "bounce/lv-LV",
      "Exchange/Office 365 style NDR with an HTML explanation and the original request attached as message/rfc822.")
def c_ndr_lv():
    s = S("LAIVUKR", "Laivu Krāsas SIA", "pasutijumi@laivukrasas.example", "lv-LV")
    p = PO("4500071133", s, "EUR", [
        ("BP-AF-RED-2.5", "Antifouling red, 2.5 L can", 120, "EA", "46.00", "2026-12-11"),
        ("BP-THIN-1L", "Thinner no. 3, 1 L", 60, "EA", "9.20", "2026-12-11")], buyer=1,
        issued="2026-11-09")
    human = """Your message to pasutijumi@laivukrasas.example couldn't be delivered.

pasutijumi wasn't found at laivukrasas.example.

Action Required: Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- Check the address in your contacts or address book.

Diagnostic information for administrators:
Generating server: AM0PR08MB5412.eurprd08.prod.outlook.com
pasutijumi@laivukrasas.example
Remote server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'
"""
    html = ("<html><body><p><b>Your message to pasutijumi@laivukrasas.example couldn't be delivered.</b></p>"
            "<p>pasutijumi wasn't found at laivukrasas.example.</p><p>Action Required: Recipient<br>Unknown To address</p>"
            "<p>Remote server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'</p></body></html>")
    eml = dsn(p, date="2026-11-09 09:13 +0000", mta="AM0PR08MB5412.eurprd08.prod.outlook.com", rcpt_status="5.4.1",
              action="failed", diag="550 5.4.1 Recipient address rejected: Access denied. AS(201806281)",
              human=human, human_cs="utf-8", human_html=html, frm="postmaster@buyer.example",
              fname="Microsoft Outlook", subject="Undeliverable: " + req_subject(p), bseed="exchange-lv",
              mid_domain="AM0PR08MB5412.eurprd08.prod.outlook.com",
              extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Thread-Topic", req_subject(p))][1:])
    return [p], eml, E("bounce", "Exchange NDR (5.4.1) with an HTML part; the returned request holds the PO table.")


@case("trade-fair-invitation-tr", "unrelated/tr-TR",
      "Turkish trade-fair invitation from the supplier's marketing team with fair dates and a stand number.")
def c_fair_tr():
    s = S("HIDROTR", "Hidromak Silindir San. ve Tic. A.Ş.", "satis@hidromak.example", "tr-TR")
    p = PO("4500071134", s, "EUR", [
        ("HC-DA-50/30-200", "Double-acting cylinder 50/30 x 200 mm, 160 bar", 24, "EA", "132.00", "2026-12-18")])
    body = """Değerli İş Ortağımız,

HİDROLİK & PNÖMATİK FUARI 2027'de sizi standımızda görmekten mutluluk duyarız!

Tarih: 17–20 Mart 2027
Yer: İstanbul Fuar Merkezi, Hol 5, Stand B12

Yeni 2027 serisi teleskopik silindirlerimizi ve 250 bar kompakt serimizi ilk kez sergileyeceğiz. Ücretsiz davetiye kodunuz: HMK27-4410

Kayıt için: https://fuar.hidromak.example/davetiye

Saygılarımızla,
Hidromak Pazarlama Ekibi
Hidromak Silindir San. ve Tic. A.Ş. | Organize Sanayi Bölgesi 4. Cad. No: 22, Konya
Bu e-postayı almak istemiyorsanız abonelikten çıkabilirsiniz.
"""
    eml = reply([p], date="2026-11-19 10:00 +0300", body=body, name="Hidromak Pazarlama",
                frm="pazarlama@hidromak.example", subj="Davetiye: Hidrolik & Pnömatik Fuarı 2027 – Stand B12",
                cs="windows-1254", client="web", quote="none", thread=False,
                extra=[("List-Unsubscribe", "<https://fuar.hidromak.example/unsubscribe?id=4410>"),
                       ("Precedence", "bulk")])
    return [p], eml, E("unrelated", "Marketing invitation to a trade fair from the supplier's domain; dates and "
                       "numbers refer to the fair, not to PO 4500071134.")


@case("herbal-teas-hindi-split", "confirmation/hi-IN",
      "Hindi-English mix with rupee amounts in lakh grouping and a partial delivery with a January remainder.")
def c_tea_hi():
    s = S("AYURLEAF", "Ayurleaf Herbals Pvt. Ltd.", "orders@ayurleaf.example", "hi-IN")
    p = PO("4500071135", s, "INR", [
        ("HT-TULSI-100", "Tulsi green tea, 100 g pouch, 2027 harvest", 500, "EA", "145.00", "2026-12-15"),
        ("HT-CHAM-25", "Chamomile tea bags, 25 x 1.5 g", 300, "BOX", "120.00", "2026-12-15")], buyer=2)
    assert 500 * 145 + 300 * 120 == 108500
    body = """नमस्ते Priya जी,

आपका PO 4500071135 कन्फर्म है:

1. Tulsi green tea 100 g – 500 pcs @ ₹145.00, dispatch 08-12-2026, delivery 15-12-2026
2. Chamomile 25 x 1.5 g – अभी केवल 250 boxes स्टॉक में हैं, वो 15-12-2026 को पहुँच जाएँगे; बाकी 50 boxes 05-01-2027 तक। Rate ₹120.00 per box same.

कुल राशि: ₹1,08,500.00 (GST अलग)

धन्यवाद,
Rohit Sharma
Ayurleaf Herbals Pvt. Ltd., Sector 63, Noida 201301
+91 120 456 7788
"""
    eml = reply([p], date="2026-11-12 15:48 +0530", body=body, name="Rohit Sharma", client="gmail", quote="gmail",
                attrib="On Tue, 3 Nov 2026 at 14:42, Priya Natarajan <priya.natarajan@buyer.example> wrote:")
    return [p], eml, E("confirmation", "Line 1: delivery 15-12-2026 wins over dispatch 08-12; line 2 split 250 + 50 "
                       "(last 05-01-2027, day-first); total in lakh format is unchanged.",
                       conf(p, {1: "A", 2: ("C", None, None, "2027-01-05", [(250, "2026-12-15"), (50, "2027-01-05")])}))


@case("shelving-lines-1-3-ok-4-5-follow", "confirmation/en-ZA",
      "Mobile one-liner 'lines 1-3 ok, 4 and 5 to follow' on a five-line PO.")
def c_shelf_za():
    s = S("RACKZA", "Rackmaster Shopfitting (Pty) Ltd", "orders@rackmaster.example", "en-ZA")
    p = PO("4500071136", s, "ZAR", [
        ("SH-GON-1350", "Gondola end unit 1350 mm, 4 shelves", 8, "SET", "3150.00", "2026-12-11"),
        ("SH-BASE-1000/500", "Base deck 1000x500 mm", 40, "EA", "210.00", "2026-12-11"),
        ("SH-UPR-2100", "Upright 2100 mm, 25 mm pitch", 60, "EA", "185.00", "2026-12-11"),
        ("SH-BSKT-600", "Wire basket 600x400x200 mm", 80, "EA", "96.00", "2026-12-11"),
        ("SH-DIV-3/8", "Shelf divider 3/8 in wire, 300 mm", 200, "EA", "14.50", "2026-12-11")])
    body = """Hi Maren, lines 1-3 ok, 4 and 5 to follow - wire supplier still quoting.
Thabo

Sent from my Galaxy
"""
    eml = reply([p], date="2026-11-09 18:03 +0200", body=body, name="Thabo Nkosi", client="android", quote="gmail",
                html=False, cs="utf-8", cte="quoted-printable",
                attrib="On 03 Nov 2026 11:12, Maren Holt <maren.holt@buyer.example> wrote:")
    return [p], eml, E("confirmation", "Lines 1-3 accepted as ordered; lines 4 and 5 explicitly to follow, so "
                       "unconfirmed.",
                       conf(p, {1: "A", 2: "A", 3: "A"}))


@case("ooo-norwegian-boat-paint", "auto_reply/nb-NO",
      "Norwegian Outlook automatic reply naming a return date and a stand-in colleague.")
def c_ooo_no():
    s = S("BATMAL", "Båtmaling AS", "ordre@batmaling.example", "nb-NO")
    p = PO("4500071137", s, "NOK", [
        ("BP-TOP-WHT-750", "Topside enamel white, 750 ml", 120, "EA", "189.00", "2026-12-09"),
        ("BP-VARN-1L", "Teak varnish high gloss, 1 L", 48, "EA", "245.00", "2026-12-09")], buyer=1)
    body = """Hei,

Takk for e-posten din. Jeg er på ferie til og med fredag 27.11.2026 og leser ikke e-post i denne perioden.

Ved spørsmål om ordre og leveranser, kontakt min kollega Kari Nilsen på kari.nilsen@batmaling.example eller tlf. 55 30 42 18.

Med vennlig hilsen
Ola Haugen
Båtmaling AS, Sandviksveien 36, 5035 Bergen
"""
    eml = reply([p], date="2026-11-09 10:13 +0100", body=body, name="Ola Haugen",
                frm="ola.haugen@batmaling.example", subj="Automatisk svar: " + req_subject(p), cs="iso-8859-1",
                client="outlook", quote="none",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], lang="nb-NO")
    return [p], eml, E("auto_reply", "Out-of-office from a colleague address at the supplier; Friday 27.11.2026 is "
                       "the return date, not a delivery date.")
