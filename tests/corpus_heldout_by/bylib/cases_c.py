"""Cases 037-054."""
import datetime as dt
from decimal import Decimal

from . import mime
from .common import (L, case, conf, expected, mkpo, reply, simple, sup, buyer_to, fri, _h)
from .pdf import make_pdf


@case("mooring-buoys-latvian-positions", "confirmation/lv-LV",
      "Latvian per-position list in ISO-8859-13 with a long-form date '2027. gada 22. janvārī' on one line.")
def c037(slug):
    s = sup("BALTBOJAS", "Baltijas Bojas SIA", "pasutijumi@baltijasbojas.example", "lv-LV")
    po = mkpo("4500031466", s, [
        L("MB-450-OR", "Mooring buoy 450 mm, orange, 95 kg buoyancy", 20, "EA", "198.00", "2026-12-18"),
        L("MB-800-YL", "Mooring buoy 800 mm, yellow, 340 kg buoyancy", 6, "EA", "520.00", "2027-01-15"),
        L("SW-16-5/8", "Swivel 16 mm (5/8 in), galvanised", 26, "EA", "14.30", "2026-12-18"),
    ], "EUR", "2026-11-13")
    body = ("Labdien, Dana!\n\nPaldies par pasūtījumu Nr. 4500031466. Apstiprinām:\n\n"
            "1. pozīcija: 20 gab., 198,00 EUR/gab., piegāde 18.12.2026.\n"
            "2. pozīcija: 6 gab., 520,00 EUR/gab., piegāde 2027. gada 22. janvārī.\n"
            "3. pozīcija: 26 gab., 14,30 EUR/gab., piegāde 18.12.2026.\n\nAr cieņu")
    sig = "Jānis Ozoliņš\nPārdošanas vadītājs | Baltijas Bojas SIA\nEksporta iela 15, Rīga, LV-1045\nTālr. +371 67 555 214"
    eml = reply(slug, po, frm=("Jānis Ozoliņš", "janis.ozolins@baltijasbojas.example"), date="2026-11-23 15:00:00 +0200",
                body=body, sig=sig, charset="iso-8859-13", cte="quoted-printable", prefix="RE: ")
    return [po], eml, expected("confirmation", "Lines 1 and 3 as ordered; line 2 delivery 2027-01-22 instead of "
                               "2027-01-15.", [conf(po, {1: "A", 2: {"d": "2027-01-22"}, 3: "A"})])


@case("school-chalk-lithuanian-per-box", "confirmation/lt-LT",
      "Lithuanian prices per box of 12 against a PO priced per piece: one converts to a new unit price (1,08/12 = 0.09), the other to the PO price.")
def c038(slug):
    s = sup("KREIDOS", "Kreidos Fabrikas UAB", "uzsakymai@kreidosfabrikas.example", "lt-LT")
    po = mkpo("4500031472", s, [
        L("KR-BAL-DL", "School chalk white, dustless, 10x80 mm", 1200, "PCS", "0.085", "2026-12-11"),
        L("KR-SPAL-DL", "School chalk coloured, dustless, 10x80 mm", 600, "PCS", "0.11", "2026-12-11"),
    ], "EUR", "2026-11-16")
    assert Decimal("1.08") / 12 == Decimal("0.09") and Decimal("1.32") / 12 == Decimal("0.11")
    body = ("Laba diena,\n\nPatvirtiname užsakymą Nr. 4500031472:\n\n"
            "1. Balta kreida be dulkių: 100 dėžučių po 12 vnt. (1200 vnt.), kaina 1,08 EUR už dėžutę, pristatymas 2026-12-11.\n"
            "2. Spalvota kreida be dulkių: 50 dėžučių po 12 vnt. (600 vnt.), kaina 1,32 EUR už dėžutę, pristatymas 2026-12-11.\n\n"
            "Pagarbiai")
    sig = "Rūta Kazlauskienė\nPardavimų skyrius | Kreidos Fabrikas UAB\nPramonės g. 31, LT-51327 Kaunas\nTel. +370 37 555 118"
    eml = reply(slug, po, frm=("Rūta Kazlauskienė", "ruta.k@kreidosfabrikas.example"), date="2026-11-20 10:45:00 +0200",
                body=body, sig=sig, charset="windows-1257", cte="quoted-printable")
    return [po], eml, expected("confirmation", "Per-box prices: 1,08 EUR / 12 = 0.09 EUR per piece (PO 0.085) -> changed; "
                               "1,32 / 12 = 0.11 = PO -> accepted. Quantities 100x12 and 50x12 equal the PO.",
                               [conf(po, {1: {"p": "0.09"}, 2: "A"})])


@case("silk-scarves-qmail-quota-bounce", "bounce/bg-BG",
      "Plain-text qmail failure notice (mailbox over quota) with the whole original request pasted below the separator.")
def c039(slug):
    s = sup("KOPRINA", "Koprinena Dolina EOOD", "orders@koprinena-dolina.example", "bg-BG")
    po = mkpo("4500031478", s, [
        L("KD-ROSE-90", "Silk scarf 90x90 cm, rose print, 14 momme", 150, "PCS", "18.20", "2026-12-16"),
        L("KD-ROSE-45", "Silk neckerchief 45x45 cm, rose print", 300, "PCS", "7.40", "2026-12-16"),
    ], "EUR", "2026-11-16")
    from .common import request_eml
    orig = request_eml(po).decode("ascii")
    text_ = ("Hi. This is the qmail-send program at mail.koprinena-dolina.example.\n"
             "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
             "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
             "<orders@koprinena-dolina.example>:\nThe users mailfolder is over the allowed quota (size). (#5.2.2)\n\n"
             "--- Below this line is a copy of the message.\n\n"
             "Return-Path: <dana.ruiz@kestrel-mfg.example>\n"
             "Received: (qmail 28411 invoked from network); 16 Nov 2026 12:02:44 +0200\n" + orig.replace("\r\n", "\n"))
    part = mime.text(text_, charset="us-ascii", cte="7bit")
    eml = simple(slug, frm=("", "MAILER-DAEMON@mail.koprinena-dolina.example"), to=buyer_to(po), subject="failure notice",
                 date="2026-11-16 12:05:00 +0200", part=part)
    return [po], eml, expected("bounce", "qmail plain-text bounce; everything order-like is the copied original.")


@case("shade-net-ukrainian-ship-vs-delivery", "confirmation/uk-UA",
      "windows-1251 Ukrainian reply giving both a ship date (11.12) and a later delivery date (18.12), a reduced quantity and 'together with the net' for a third line.")
def c040(slug):
    s = sup("AGROTIN", "Agrotin LLC", "zbut@agrotin.example", "uk-UA")
    po = mkpo("4500031484", s, [
        L("ZT-55-6x50", "Shade net 55%, 6 x 50 m roll, green", 10, "ROL", "210.00", "2026-12-18"),
        L("ZT-80-4x25", "Shade net 80%, 4 x 25 m roll, black", 16, "ROL", "132.00", "2026-12-18"),
        L("ZT-HOOK-100", "Net fixing hooks, pack of 100", 8, "BOX", "9.50", "2026-12-18"),
    ], "EUR", "2026-11-16")
    body = ("Доброго дня, пані Дано!\n\nДякуємо за замовлення № 4500031484. Підтверджуємо:\n\n"
            "1. Сітка затіняюча 55 %, 6 x 50 м - 10 рулонів по 210,00 EUR, відвантаження 11.12.2026, доставка до 18.12.2026.\n"
            "2. Сітка затіняюча 80 %, 4 x 25 м - 12 рулонів (більше немає на складі) по 132,00 EUR, відвантаження "
            "11.12.2026, доставка до 18.12.2026.\n"
            "3. Гачки для кріплення - 8 упаковок по 9,50 EUR, їдуть разом із сіткою.\n\nЗ повагою,")
    sig = "Олена Коваленко\nвідділ збуту ТОВ «Агротінь»\nвул. Промислова, 14, м. Біла Церква, 09100\nтел. +380 4563 5 55 21"
    eml = reply(slug, po, frm=("Олена Коваленко", "o.kovalenko@agrotin.example"), date="2026-11-25 11:20:00 +0200",
                body=body, sig=sig, charset="windows-1251", cte="base64", prefix="RE: ")
    return [po], eml, expected("confirmation", "Delivery date 18.12.2026 wins over ship date 11.12.2026 (= requested); "
                               "line 2 only 12 of 16 rolls; line 3 travels with the net, so same delivery, as ordered.",
                               [conf(po, {1: "A", 2: {"q": 12}, 3: "A"})])


@case("fishplate-bolts-russian-koi8", "confirmation/ru-RU",
      "KOI8-R Russian reply with Cyrillic 'М27х160' sizes, space thousands ('4 000 шт.'), a price rise and separate ship vs delivery dates.")
def c041(slug):
    s = sup("RELSKREP", "Relsovy Krepyozh LLC", "sbyt@relskrep.example", "ru-RU")
    po = mkpo("4500031490", s, [
        L("RB-M27x160", "Fishplate bolt M27x160, class 10.9, with nut", 4000, "PCS", "1.92", "2026-12-18"),
        L("RB-M22x130", "Fishplate bolt M22x130, class 8.8, with nut", 6000, "PCS", "1.18", "2026-12-18"),
    ], "EUR", "2026-11-17")
    body = ("Добрый день, Дана!\n\nПодтверждаем заказ N 4500031490:\n\n"
            "1. Болт стыковой М27х160, кл. 10.9, с гайкой - 4 000 шт. по 1,92 EUR;\n"
            "2. Болт стыковой М22х130, кл. 8.8, с гайкой - 6 000 шт. по 1,24 EUR (изменение цены из-за роста стоимости металла).\n\n"
            "Отгрузка со склада 11.12.2026, доставка к вам 22.12.2026.\n\nС уважением,")
    sig = "Сергей Петров\nотдел сбыта ООО \"Рельсовый Крепёж\"\n620017, г. Екатеринбург, ул. Фронтовых бригад, д. 18\nтел. +7 343 555-21-07"
    eml = reply(slug, po, frm=("Сергей Петров", "s.petrov@relskrep.example"), date="2026-11-24 14:00:00 +0300",
                body=body, sig=sig, charset="koi8-r", cte="8bit", html=None, quote="gmail", client="thunderbird",
                attribution="17.11.2026 13:02, Dana Ruiz пишет:")
    return [po], eml, expected("confirmation", "Delivery 22.12.2026 (wins over ship date 11.12.2026) for both lines; line "
                               "2 new price 1,24 EUR.",
                               [conf(po, {1: {"d": "2026-12-22"}, 2: {"p": "1.24", "d": "2026-12-22"}})])


@case("pharmacy-balances-hebrew-rtl", "confirmation/he-IL",
      "windows-1255 Hebrew reply (sent on a Sunday) with dates '18/12/2026' for items 1-2 and a short-form '8/1/2027' for item 3.")
def c042(slug):
    s = sup("MOZNEI", "Moznei Diyuk Ltd", "sales@moznei-diyuk.example", "he-IL")
    po = mkpo("4500031496", s, [
        L("PB-120-01", "Analytical balance 120 g x 0.1 mg", 2, "EA", "1480.00", "2026-12-18"),
        L("PB-620-1", "Precision balance 620 g x 1 mg", 4, "EA", "690.00", "2026-12-18"),
        L("PB-DRAFT-90", "Draft shield 90 mm for 620 g balance", 4, "EA", "58.00", "2026-12-18"),
    ], "USD", "2026-11-17")
    assert dt.date(2026, 11, 22).weekday() == 6
    body = ("שלום דנה,\n\nתודה על ההזמנה 4500031496.\nאנו מאשרים את כל הפריטים בכמויות ובמחירים שבהזמנה.\n"
            "מועד אספקה: 18/12/2026 לפריטים 1 ו-2; פריט 3 (מגן רוח 90 מ\"מ) יסופק ב-8/1/2027.\n\nבברכה,")
    sig = "יוסי לוי\nמחלקת מכירות | מאזני דיוק בע\"מ\nרח' המלאכה 12, ראש העין 4809112\nטל. 03-5550142"
    eml = reply(slug, po, frm=("יוסי לוי", "yossi@moznei-diyuk.example"), date="2026-11-22 10:30:00 +0200",
                body=body, sig=sig, charset="windows-1255", cte="quoted-printable", prefix="RE: ")
    return [po], eml, expected("confirmation", "Items 1-2 as ordered; item 3 delivered 8/1/2027 = 2027-01-08 (day-first).",
                               [conf(po, {1: "A", 2: "A", 3: {"d": "2027-01-08"}})])


@case("keg-couplers-romanian-prepayment", "needs_review/ro-RO",
      "Romanian reply that would deliver everything on time at PO prices, but only if we accept 50% prepayment: a condition, not a commitment.")
def c043(slug):
    s = sup("CUPLAJE", "Cuplaje Bere SRL", "comenzi@cuplajebere.example", "ro-RO")
    po = mkpo("4500031502", s, [
        L("CB-S-EU", "Keg coupler S-type, chrome plated", 30, "EA", "39.80", "2026-12-11"),
        L("CB-G-BASKET", "Keg coupler G-type (basket)", 10, "EA", "46.20", "2026-12-11"),
        L("CB-HOSE-8", "Beer hose 8 mm ID, 10 m", 12, "ROL", "14.90", "2026-12-11"),
    ], "EUR", "2026-11-17")
    body = ("Bună ziua,\n\nVă mulțumim pentru comanda 4500031502. Putem livra toate cele 3 poziții la 11.12.2026, la "
            "prețurile din comandă, cu condiția unei plăți în avans de 50% din valoarea comenzii (917,40 EUR). Vă rugăm "
            "să ne confirmați dacă sunteți de acord, iar apoi vă trimitem confirmarea fermă.\n\nCu stimă,")
    assert Decimal("30") * Decimal("39.80") + 10 * Decimal("46.20") + 12 * Decimal("14.90") == Decimal("1834.80")
    sig = "Andrei Popescu\nCuplaje Bere SRL | Str. Fabricii nr. 21, 400632 Cluj-Napoca\nTel. +40 264 555 318 | CUI RO18765432"
    eml = reply(slug, po, frm=("Andrei Popescu", "andrei.popescu@cuplajebere.example"), date="2026-11-19 12:00:00 +0200",
                body=body, sig=sig, charset="iso-8859-16", cte="quoted-printable", prefix="RE: ")
    return [po], eml, expected("needs_review", "Offer conditional on 50% prepayment and explicitly waiting for our "
                               "agreement before a firm confirmation.")


@case("pen-nibs-taiwan-roc-year", "confirmation/zh-TW",
      "Big5 Traditional Chinese reply dating delivery in the ROC calendar ('民國115年12月11日' = 2026-12-11) with one price increase.")
def c044(slug):
    s = sup("TWPEN", "Taiwan Precision Pen Co., Ltd.", "sales@twpen.example", "zh-TW")
    po = mkpo("4500031508", s, [
        L("NB-18K-EF", "18K gold nib #6, EF, rhodium plated", 100, "PCS", "42.00", "2026-12-18"),
        L("NB-TI-B", "Titanium nib #6, B, 1.1 mm", 150, "PCS", "11.60", "2026-12-18"),
    ], "USD", "2026-11-18")
    assert 115 + 1911 == 2026
    body = ("Dana 您好：\n\n感謝貴公司訂單 4500031508，確認如下：\n"
            "1. 18K 金筆尖 #6 EF：100 支，單價 USD 42.00\n"
            "2. 鈦筆尖 #6 B：150 支，單價 USD 12.30（鈦材漲價）\n"
            "交期：民國115年12月11日（兩項同批出貨）\n\n順頌 商祺")
    sig = "陳志明 Jimmy Chen\n業務部\n台灣精工鋼筆股份有限公司\n台中市西屯區工業區一路 58 號\nTel: +886 4 2355 5120"
    eml = reply(slug, po, frm=("陳志明", "jimmy.chen@twpen.example"), date="2026-11-25 17:20:00 +0800",
                body=body, sig=sig, charset="big5", cte="base64", prefix="RE: ")
    return [po], eml, expected("confirmation", "ROC year 115 = 2026: delivery 2026-12-11 (earlier than requested) for both "
                               "lines; line 2 price 12.30 instead of 11.60.",
                               [conf(po, {1: {"d": "2026-12-11"}, 2: {"p": "12.30", "d": "2026-12-11"}})])


@case("silk-scarves-vietnamese-lines", "confirmation/vi-VN",
      "Vietnamese per-line answer: one line as ordered, one short quantity, one later date, with comma decimals ('11,20 USD').")
def c045(slug):
    s = sup("LUABAOLOC", "Bao Loc Silk Co., Ltd.", "sales@luabaoloc.example", "vi-VN")
    po = mkpo("4500031514", s, [
        L("SS-70-IV", "Silk scarf 70x180 cm, 14 momme, ivory", 300, "PCS", "11.20", "2026-12-15"),
        L("SS-70-JD", "Silk scarf 70x180 cm, 14 momme, jade", 300, "PCS", "11.20", "2026-12-15"),
        L("SS-BOX-24", "Gift box for scarf, 24x24x3 cm", 600, "PCS", "0.65", "2026-12-15"),
    ], "USD", "2026-11-18")
    body = ("Kính gửi chị Dana,\n\nCảm ơn chị đã đặt hàng (PO 4500031514). Chúng tôi xác nhận:\n"
            "- Dòng 1 (màu ngà): 300 chiếc, 11,20 USD/chiếc, giao ngày 15/12/2026.\n"
            "- Dòng 2 (màu ngọc bích): chỉ còn 250 chiếc, 11,20 USD/chiếc, giao ngày 15/12/2026.\n"
            "- Dòng 3 (hộp quà): 600 chiếc, 0,65 USD/chiếc, giao ngày 22/12/2026.\n\nTrân trọng,")
    sig = "Nguyễn Thị Hoa\nPhòng Kinh doanh - Công ty TNHH Lụa Bảo Lộc\n125 Trần Phú, P.2, TP. Bảo Lộc, Lâm Đồng\nĐT: +84 263 355 5120"
    eml = reply(slug, po, frm=("Nguyễn Thị Hoa", "hoa.nguyen@luabaoloc.example"), date="2026-11-26 09:10:00 +0700",
                body=body, sig=sig, charset="utf-8", cte="base64", quote="gmail", client="gmail",
                attribution="Vào Th 4, 18 thg 11, 2026 vào lúc 17:02 Dana Ruiz <dana.ruiz@kestrel-mfg.example> đã viết:")
    return [po], eml, expected("confirmation", "Line 1 as ordered; line 2 only 250 of 300; line 3 delivery 2026-12-22.",
                               [conf(po, {1: "A", 2: {"q": 250}, 3: {"d": "2026-12-22"}})])


@case("dome-motors-swiss-shared-inbox", "auto_reply/de-CH",
      "Swiss shared-mailbox receipt ('Ihre Nachricht ist bei uns eingegangen') with processing times and a holiday closure 24.12.2026-04.01.2027.")
def c046(slug):
    s = sup("STERNANT", "Sternwarte Antriebe AG", "bestellungen@sternwarte-antriebe.example", "de-CH")
    po = mkpo("4500031520", s, [
        L("SA-SHUT-24", "Shutter drive 24V, 120 W, with limit switches", 2, "EA", "1320.00", "2027-01-15"),
        L("SA-RAIN-SNS", "Rain sensor for dome shutter, 12-24V", 2, "EA", "185.00", "2027-01-15"),
    ], "CHF", "2026-11-18")
    body = ("Guten Tag\n\nVielen Dank für Ihre Nachricht. Diese ist in unserem Postfach bestellungen@sternwarte-antriebe.example "
            "eingegangen und wird in der Regel innert 2 Arbeitstagen bearbeitet. Bestellungen, die bis Donnerstag, 12:00 Uhr "
            "eingehen, werden in der Folgewoche bestätigt.\n\nBitte beachten Sie: Vom 24.12.2026 bis 04.01.2027 bleibt unser "
            "Betrieb geschlossen.\n\nFreundliche Grüsse\nSternwarte Antriebe AG\nKundendienst\nRiedstrasse 8, 3600 Thun\n"
            "+41 33 555 24 60\n\nDiese Nachricht wurde automatisch erstellt.")
    part = mime.text(body, charset="iso-8859-1", cte="quoted-printable")
    eml = simple(slug, frm=("Sternwarte Antriebe AG", "bestellungen@sternwarte-antriebe.example"), to=buyer_to(po),
                 subject="Eingangsbestätigung: Purchase order 4500031520 - please confirm", date="2026-11-18 11:02:50 +0100",
                 part=part, irt=po["request_message_id"], charset="iso-8859-1",
                 extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [po], eml, expected("auto_reply", "Automatic receipt of the shared order mailbox; the dates are a holiday "
                               "closure and processing times.")


@case("incubator-seals-malay-rolls", "confirmation/ms-MY",
      "Malay reply selling the profile in 50 m rolls ('8 gulung x 50 m', USD 67.50 segulung) - which converts back to the PO price per metre - and an earlier date.")
def c047(slug):
    s = sup("PERKASA", "Perkasa Rubber Seals Sdn. Bhd.", "sales@perkasaseals.example", "ms-MY")
    po = mkpo("4500031526", s, [
        L("IS-GSK-540", "Incubator door gasket 540x540 mm, EPDM", 80, "EA", "21.50", "2026-12-18"),
        L("IS-PRF-12x8", "Gasket profile 12x8 mm, EPDM, per metre", 400, "M", "1.35", "2026-12-18"),
    ], "USD", "2026-11-18")
    assert Decimal("67.50") / 50 == Decimal("1.35") and 8 * 50 == 400
    body = ("Salam sejahtera Cik Dana,\n\nTerima kasih atas pesanan 4500031526. Kami sahkan seperti berikut:\n\n"
            "1. Gasket pintu 540x540 mm: 80 unit @ USD 21.50, penghantaran pada 11 Disember 2026.\n"
            "2. Profil gasket 12x8 mm: kami jual dalam gulungan 50 m sahaja - 8 gulung x 50 m = 400 m, harga USD 67.50 "
            "segulung, penghantaran pada 11 Disember 2026.\n\nSekian, terima kasih.")
    sig = "Nurul Aina binti Hassan\nEksekutif Jualan | Perkasa Rubber Seals Sdn. Bhd.\nLot 2215, Jalan Perindustrian 4, 41050 Klang, Selangor\nTel: +60 3 3355 0182"
    eml = reply(slug, po, frm=("Nurul Aina", "nurul.aina@perkasaseals.example"), date="2026-11-24 16:00:00 +0800",
                body=body, sig=sig, prefix="RE: ")
    return [po], eml, expected("confirmation", "Line 2: 8 rolls x 50 m = 400 m at 67.50/roll = 1.35 per metre (PO price); "
                               "both lines delivered 2026-12-11, a week earlier than requested.",
                               [conf(po, {1: {"d": "2026-12-11"}, 2: {"d": "2026-12-11"}})])


@case("seat-cushions-hindi-english", "confirmation/hi-IN",
      "Hindi/English mixed reply with rupee amounts ('₹1,850.00'), a new rate on one line ('नई दर') and a later delivery.")
def c048(slug):
    s = sup("KISANSEAT", "Kisan Seats Pvt. Ltd.", "sales@kisanseats.example", "hi-IN")
    po = mkpo("4500031532", s, [
        L("TSC-HD-500", "Tractor seat cushion HD 500x450 mm, PU foam", 150, "EA", "1850.00", "2026-12-15"),
        L("TSC-CVR-500", "Tractor seat cover, waterproof, 500 mm", 150, "EA", "420.00", "2026-12-15"),
    ], "INR", "2026-11-19")
    body = ("नमस्ते Dana जी,\n\nआपके PO No. 4500031532 के लिए धन्यवाद।\n\nहम पुष्टि करते हैं:\n"
            "1. Tractor seat cushion HD 500x450 - 150 pcs @ ₹1,850.00 - डिलीवरी 15/12/2026\n"
            "2. Seat cover 500 mm - 150 pcs @ ₹445.00 (नई दर) - डिलीवरी 22/12/2026\n\nधन्यवाद,")
    sig = "सुरेश शर्मा\nSales Manager | Kisan Seats Pvt. Ltd.\nPlot 27, Sector 59, Phase II, Faridabad, Haryana 121004\nMob. +91 98110 55512"
    eml = reply(slug, po, frm=("सुरेश शर्मा", "suresh.sharma@kisanseats.example"), date="2026-11-27 11:00:00 +0530",
                body=body, sig=sig, cte="base64", quote="gmail", client="gmail")
    return [po], eml, expected("confirmation", "Line 1 as ordered; line 2 new rate 445.00 and delivery 22/12/2026.",
                               [conf(po, {1: "A", 2: {"p": "445.00", "d": "2026-12-22"}})])


@case("keg-couplers-south-african-box-price", "confirmation/en-ZA",
      "South African comma decimals and space thousands ('R 1 240,00') and a washer price per box of 24 that must be divided back to each.")
def c049(slug):
    s = sup("CAPEKEG", "Cape Keg & Draught (Pty) Ltd", "sales@capekeg.example", "en-ZA")
    po = mkpo("4500031538", s, [
        L("KC-D-SYS", "Keg coupler D-system (US Sankey), lever handle", 30, "EA", "1240.00", "2026-12-11"),
        L("KC-WASH-D", "Coupler probe washer D-system", 240, "EA", "8.50", "2026-12-11"),
    ], "ZAR", "2026-11-19")
    assert Decimal("216") / 24 == Decimal("9") and 240 // 24 == 10
    body = ("Hi Dana\n\nThanks for the order, confirmed as follows:\n\n"
            "- D-system couplers: 30 units at R 1 240,00 each, delivery Friday 11 December.\n"
            "- Probe washers: we only sell these in boxes of 24, so that's 10 boxes at R 216,00 per box, also on the 11th.\n\n"
            "Kind regards")
    sig = "Thandi Mokoena\nSales | Cape Keg & Draught (Pty) Ltd\n14 Marine Drive, Paarden Eiland, Cape Town 7405\nTel: +27 21 555 0137 | Reg. 2009/012345/07"
    eml = reply(slug, po, frm=("Thandi Mokoena", "thandi@capekeg.example"), date="2026-11-25 10:00:00 +0200",
                body=body, sig=sig)
    return [po], eml, expected("confirmation", "Line 1 as ordered (R 1 240,00 = 1240.00); line 2 10 boxes x 24 = 240 "
                               "each at R 216,00/24 = 9.00 per each (PO 8.50).",
                               [conf(po, {1: "A", 2: {"p": "9.00"}})])


@case("shade-cloth-kiwi-contradiction", "needs_review/en-NZ",
      "Body confirms delivery 11 December while the attached PDF acknowledgment says 23/12/2026: contradictory dates.")
def c050(slug):
    s = sup("KIWISHADE", "Kiwi Shade Solutions Ltd", "orders@kiwishade.example", "en-NZ")
    po = mkpo("4500031544", s, [
        L("SH-40-3M", "Shade cloth 40%, 3 m wide, green", 300, "M", "5.90", "2026-12-18"),
    ], "NZD", "2026-11-19")
    pdf = make_pdf([
        ("HB", 14, "Kiwi Shade Solutions Ltd"),
        ("H", 8, "22 Kahu Road, Hornby, Christchurch 8042 - GST 112-345-678"),
        ("HB", 12, "SALES ORDER ACKNOWLEDGEMENT  SO-26-0917"),
        ("H", 9, "Customer PO: 4500031544    Order date: 19/11/2026"),
        "Item       Description                  Qty    UOM  Price NZD   Delivery date",
        "SH-40-3M   Shade cloth 40% 3 m green    300    M    5.90        23/12/2026",
        ("H", 9, "Freight: included. Payment: 20th of month following invoice."),
    ], compress=False, title="SO-26-0917", created="D:20261126135500+13'00'", producer="MYOB AccountRight")
    body = ("Hi Dana,\n\nWe confirm your order 4500031544 - 300 m of the 40% green at $5.90/m, delivery 11 December.\n"
            "Acknowledgement attached.\n\nCheers,")
    sig = "Aroha Ngata\nKiwi Shade Solutions Ltd | 22 Kahu Road, Hornby, Christchurch 8042\n+64 3 555 0176"
    att = mime.attachment(pdf, "application/pdf", "SO-26-0917.pdf")
    eml = reply(slug, po, frm=("Aroha Ngata", "aroha@kiwishade.example"), date="2026-11-26 14:00:00 +1300",
                body=body, sig=sig, attachments=[att], quote="gmail", client="gmail")
    return [po], eml, expected("needs_review", "Body says delivery 11 December, the attached acknowledgement says "
                               "23/12/2026: a buyer cannot tell which date is committed.")


@case("air-pumps-singapore-top-answer", "confirmation/en-SG",
      "One-sentence blanket answer with a single exception ('except the USB pump which is now S$16.50') and '16/12 for everything'.")
def c051(slug):
    s = sup("MERLION", "Merlion Aquatics Pte Ltd", "sales@merlionaquatics.example", "en-SG")
    po = mkpo("4500031550", s, [
        L("AP-SIL-3W", "Silent air pump 3 W, 1 x 2.5 L/min", 240, "PCS", "8.40", "2026-12-16"),
        L("AP-BAT-USB", "Battery backup air pump, USB 5V", 60, "PCS", "15.90", "2026-12-16"),
        L("AT-SIL-3M", "Silicone airline 4/6 mm, 3 m pack", 300, "PCS", "1.20", "2026-12-16"),
    ], "SGD", "2026-11-20")
    body = "Hi Dana, all confirmed except the USB pump which is now S$16.50 per pc. Delivery on 16/12 for everything.\n\nRgds\nWei Ling"
    sig = "Tan Wei Ling | Merlion Aquatics Pte Ltd\n10 Ubi Crescent, #05-22 Ubi Techpark, Singapore 408564\nT +65 6555 0148"
    eml = reply(slug, po, frm=("Tan Wei Ling", "weiling@merlionaquatics.example"), date="2026-11-27 09:15:00 +0800",
                body=body, sig=sig, quote="gmail", client="gmail")
    return [po], eml, expected("confirmation", "Blanket confirmation with one exception: line 2 price 16.50; '16/12' = "
                               "2026-12-16 = requested for all lines.", [conf(po, {1: "A", 2: {"p": "16.50"}, 3: "A"})])


@case("chalk-czech-invoice-other-order", "unrelated/cs-CZ",
      "Czech invoice mail with a PDF for an older order (4500030998) from the same supplier, full of amounts and due dates.")
def c052(slug):
    s = sup("KRIDOVNA", "Křídovna Beroun s.r.o.", "obchod@kridovna-beroun.example", "cs-CZ")
    po = mkpo("4500031556", s, [
        L("CK-BILA-100", "Chalk white, round 10x80 mm, box of 100", 200, "BOX", "58.00", "2026-12-18"),
        L("CK-HUB-6", "Board sponge 160x60 mm", 50, "EA", "24.00", "2026-12-18"),
    ], "CZK", "2026-11-20")
    pdf = make_pdf([
        ("HB", 14, "Kridovna Beroun s.r.o."),
        ("H", 8, "Plzenska 1270/16, 266 01 Beroun - ICO 25671234 - DIC CZ25671234"),
        ("HB", 12, "FAKTURA - DANOVY DOKLAD c. 2026/1187"),
        ("H", 9, "Vase objednavka: 4500030998 ze dne 05.10.2026"),
        ("H", 9, "Datum vystaveni: 25.11.2026   DUZP: 25.11.2026   Splatnost: 26.12.2026"),
        "Polozka        Popis                          Mnozstvi   Cena/MJ    Celkem CZK",
        "CK-BILA-100    Krida bila 10x80, 100 ks       120 BOX    56,00      6 720,00",
        "CK-BAR-12      Krida barevna, 12 barev         60 BOX    72,00      4 320,00",
        "                                       Zaklad DPH 21 %            11 040,00",
        "                                       DPH 21 %                    2 318,40",
        "                                       Celkem k uhrade            13 358,40",
        ("H", 9, "Bankovni spojeni: 123456789/0800, VS 20261187"),
    ], compress=True, title="Faktura 2026/1187", created="D:20261125080000+01'00'", producer="Pohoda")
    assert 120 * 56 + 60 * 72 == 11040 and round(11040 * 0.21, 2) == 2318.40
    body = ("Dobrý den,\n\nv příloze zasíláme fakturu č. 2026/1187 k Vaší objednávce 4500030998. Splatnost 30 dní, tj. do "
            "26.12.2026.\n\nDěkujeme za spolupráci.\n\nS pozdravem\nfakturace\nKřídovna Beroun s.r.o.")
    part = mime.multipart("mixed", [mime.text(body, charset="iso-8859-2", cte="quoted-printable"),
                                    mime.attachment(pdf, "application/pdf", "FV-2026-1187.pdf")],
                          "----=_Part_4471_1187202611.1764057600000")
    eml = simple(slug, frm=("Křídovna Beroun - fakturace", "fakturace@kridovna-beroun.example"), to=buyer_to(po),
                 subject="Faktura 2026/1187 - obj. 4500030998", date="2026-11-26 08:00:00 +0100", part=part, charset="iso-8859-2")
    return [po], eml, expected("unrelated", "Invoice for a different, older order 4500030998; the open PO 4500031556 is "
                               "not mentioned.")


@case("mooring-buoys-greek-split", "confirmation/el-GR",
      "ISO-8859-7 Greek reply that keeps quantity, price and final date but splits one line into two deliveries (8 in December, 8 in January).")
def c053(slug):
    s = sup("AEGEANB", "Aegean Buoys S.A.", "sales@aegeanbuoys.example", "el-GR")
    po = mkpo("4500031562", s, [
        L("MB-1000-RD", "Mooring buoy 1000 mm, red, 560 kg buoyancy", 4, "EA", "890.00", "2027-01-15"),
        L("MB-PICK-300", "Pick-up buoy 300 mm, with 12 mm eye", 16, "EA", "42.00", "2027-01-15"),
    ], "EUR", "2026-11-20")
    body = ("Αγαπητή κα Ruiz,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500031562:\n\n"
            "1. Σημαντήρας 1000 mm κόκκινος: 4 τεμ. x 890,00 €, παράδοση 15/01/2027.\n"
            "2. Σημαντήρας 300 mm: 16 τεμ. x 42,00 €, παράδοση σε δύο δόσεις: 8 τεμ. στις 18/12/2026 και 8 τεμ. στις 15/01/2027.\n\n"
            "Με εκτίμηση,")
    sig = "Γιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων | Aegean Buoys S.A.\nΑκτή Μιαούλη 45, 185 36 Πειραιάς\nΤηλ. +30 210 555 1427 | ΑΦΜ 094123456"
    eml = reply(slug, po, frm=("Γιώργος Παπαδόπουλος", "g.papadopoulos@aegeanbuoys.example"), date="2026-11-27 12:00:00 +0200",
                body=body, sig=sig, charset="iso-8859-7", cte="quoted-printable", prefix="RE: ")
    return [po], eml, expected("confirmation", "Line 1 as ordered; line 2 same total, price and final date but split "
                               "8 on 2026-12-18 + 8 on 2027-01-15, so 'changed' with a schedule.",
                               [conf(po, {1: "A", 2: {"s": [(8, "2026-12-18"), (8, "2027-01-15")]}})])


@case("tile-adhesive-croatian-per-kg", "confirmation/hr-HR",
      "Croatian reply quoting '12.000 kg' at '0,29 €/kg' against a PO in tonnes at 285.00 per tonne (= 290.00 per T).")
def c054(slug):
    s = sup("LJEPDAL", "Ljepila Dalmacija d.o.o.", "prodaja@ljepila-dalmacija.example", "hr-HR")
    po = mkpo("4500031568", s, [
        L("LJ-C1T-25", "Tile adhesive C1T, grey, 25 kg bags", 12, "T", "285.00", "2026-12-11"),
        L("LJ-FUG-5", "Tile grout 2-5 mm, white, 5 kg", 80, "EA", "6.40", "2026-12-11"),
    ], "EUR", "2026-11-20")
    assert 12000 / 25 == 480 and Decimal("0.29") * 1000 == Decimal("290.00")
    body = ("Poštovana gospođo Ruiz,\n\npotvrđujemo narudžbu br. 4500031568:\n\n"
            "- LJ-C1T-25: 12.000 kg (480 vreća po 25 kg), cijena 0,29 €/kg, isporuka 11.12.2026.\n"
            "- LJ-FUG-5: 80 kom, 6,40 €/kom, isporuka 11.12.2026.\n\nLijep pozdrav,")
    sig = "Ivana Babić\nProdaja | Ljepila Dalmacija d.o.o.\nPut Brodarice 6, 21000 Split\nTel. +385 21 555 304 | OIB 12345678901"
    eml = reply(slug, po, frm=("Ivana Babić", "ivana.babic@ljepila-dalmacija.example"), date="2026-11-30 10:00:00 +0100",
                body=body, sig=sig, charset="windows-1250", cte="quoted-printable", prefix="RE: ")
    return [po], eml, expected("confirmation", "Line 1: 12.000 kg = 12 T; 0,29 EUR/kg = 290.00 EUR/T (PO 285.00) -> "
                               "changed price; line 2 as ordered.", [conf(po, {1: {"p": "290.00"}, 2: "A"})])
