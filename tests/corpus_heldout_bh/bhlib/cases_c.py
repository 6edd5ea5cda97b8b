"""Cases 037-054."""
from decimal import Decimal
import datetime as dt

from .common import (B_DANA, B_ELLA, B_JONAS, B_MIRA, PO, Sup, Table, all_acc, case, chg, conf, expected, kw_day,
                     kw_fri, money)
from .mime import att_part, inline_quote, reply, text_att
from .pdf import make_pdf


@case("piano-benches-serbian-later-date", "confirmation/sr-RS",
      "Serbian Latin (windows-1250) prose: one line as ordered, one delayed to 23.12.2026, one answered only with 'next week' (unconfirmed).")
def c_piano_rs(slug):
    s = Sup("KLUPNOV", "Klavirske Klupe Novak d.o.o.", "prodaja@klupe-novak.example", "sr-RS", "Dragan Jovanović")
    po = PO("4500083930", s, "EUR", "2026-11-13", [
        ("PB-CONC-58", "Concert bench adjustable 48-58 cm, black gloss", 4, "EA", "455.00", "2026-12-11"),
        ("PB-FIX-5634", "Fixed bench 56x34 cm, walnut", 8, "EA", "198.00", "2026-12-11"),
        ("PB-CUSH-4", "Tufted cushion 4 cm, leather, black", 12, "EA", "64.00", "2026-12-11"),
    ])
    body = ["Poštovana gospođo Ruiz,",
            "Potvrđujemo porudžbenicu 4500083930. Koncertne klupe (stavka 1): 4 kom po 455,00 EUR, isporuka 11.12.2026.\n"
            "Fiksne klupe (stavka 2): zbog sušenja drveta isporuka tek 23.12.2026, cena ostaje 198,00 EUR.\n"
            "Za jastuke (stavka 3) čekamo kožu od dobavljača – rok i cenu javljamo sledeće nedelje.",
            "Srdačan pozdrav,\nDragan Jovanović\nKlavirske Klupe Novak d.o.o.\nBulevar oslobođenja 112, 21000 Novi Sad\ntel. +381 21 472 3390"]
    eml = reply(slug, po, date="2026-11-18 14:05", client="outlook", body=body, charset="windows-1250", lang="sr")
    return [po], eml, expected("confirmation", "Line 2 delivery moved to 2026-12-23 with unchanged price; line 1 as ordered; line 3 addressed "
                               "without commitment ('rok i cenu javljamo sledeće nedelje') -> unconfirmed.",
                               [conf(po, {1: "A", 2: chg(po, 2, d="2026-12-23"), 3: "U"})])


@case("seaweed-greek-per-tonne", "confirmation/el-GR",
      "Greek (ISO-8859-7) list: bulk powder priced per tonne against a PO in KG, '1.450,00 €' thousands dot, one line slips into 2027.")
def c_seaweed_gr(slug):
    s = Sup("AEGSEA", "Fykia Aigaiou A.E.", "sales@aegeanseaweed.example", "el-GR", "Nikos Papadopoulos", "+0200",
            sign="Νίκος Παπαδόπουλος")
    po = PO("4500083991", s, "EUR", "2026-11-13", [
        ("AS-PWD-BULK", "Seaweed powder bulk, big bag, 2027 harvest", 2000, "KG", "0.88", "2026-12-14"),
        ("AS-LQ-1000", "Liquid seaweed extract, IBC 1000 L", 2, "EA", "1450.00", "2026-12-14"),
        ("AS-LQ-5", "Liquid seaweed extract 5 L", 120, "EA", "19.50", "2026-12-14"),
    ])
    assert Decimal("920") / 1000 == Decimal("0.92")
    body = ["Αγαπητή κυρία Ruiz,", "Επιβεβαιώνουμε την παραγγελία σας 4500083991:",
            "Θέση 1: 2 τόνοι σκόνη φυκιών, 920,00 € ανά τόνο, παράδοση 14/12/2026.\n"
            "Θέση 2: 2 IBC, 1.450,00 € / τεμ., παράδοση 14/12/2026.\n"
            "Θέση 3: 120 τεμ., 19,50 €, παράδοση 8/1/2027 (έλλειψη συσκευασιών 5 L).",
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΦύκια Αιγαίου Α.Ε., Λεωφ. Ποσειδώνος 41, 18344 Μοσχάτο\nτηλ. +30 210 483 7720"]
    eml = reply(slug, po, date="2026-11-19 09:31", client="outlook", body=body, charset="iso-8859-7", lang="el")
    return [po], eml, expected("confirmation", "Per-tonne price converted to the PO's KG: 920.00 EUR/t = 0.92 EUR/kg (PO 0.88), 2 t = 2000 kg; "
                               "line 3 moves to 2027-01-08 (day-first 8/1/2027); line 2 '1.450,00' = 1450.00 as ordered.",
                               [conf(po, {1: chg(po, 1, p="0.92"), 2: "A", 3: chg(po, 3, d="2027-01-08")})])


@case("sauna-stoves-swedish-kronor", "confirmation/sv-SE",
      "Swedish reply confirming all rows; one price changes to '1 320,00 kr/st' (space thousands, comma decimals) in SEK.")
def c_sauna_se(slug):
    s = Sup("BASTU", "Bastuugnar Norrland AB", "order@bastuugnar.example", "sv-SE", "Anna Lindqvist")
    po = PO("4500084055", s, "SEK", "2026-11-16", [
        ("BU-WOOD-16", "Wood-fired sauna stove 16 kW, 2027 model", 5, "EA", "12400.00", "2026-12-16"),
        ("BU-CHIM-115", "Chimney kit 115 mm, 2 m", 5, "SET", "3150.00", "2026-12-16"),
        ("BU-GUARD-64", "Safety rail stainless 600x400 mm", 5, "EA", "1245.00", "2026-12-16"),
    ])
    body = ["Hej Dana!",
            "Tack för beställningen 4500084055. Vi bekräftar samtliga rader med leverans den 16 december.\n"
            "Observera att priset på skyddsräcket (rad 3) blir 1 320,00 kr/st enligt vår nya prislista.",
            "Med vänlig hälsning\nAnna Lindqvist\nOrderavdelningen\nBastuugnar Norrland AB | Sågverksvägen 3 | 891 50 Örnsköldsvik\n"
            "Tel 0660-29 44 10"]
    eml = reply(slug, po, date="2026-11-19 08:12", client="outlook", body=body, prefix="SV: ", charset="iso-8859-1", lang="sv")
    return [po], eml, expected("confirmation", "'1 320,00 kr/st' = 1320.00 SEK for line 3; '16 december' without year = 2026-12-16 = requested.",
                               [conf(po, {1: "A", 2: "A", 3: chg(po, 3, p="1320.00")})])


@case("saddles-danish-discontinued-line", "confirmation/da-DK",
      "Danish reply: two lines as ordered, the third 'udgået af sortimentet' (discontinued) - a rejection.")
def c_saddle_dk(slug):
    s = Sup("CSFYN", "Cykelsadler Fyn ApS", "ordre@cykelsadler-fyn.example", "da-DK", "Mette Kjær")
    po = PO("4500084120", s, "DKK", "2026-11-16", [
        ("CS-CITY-250", "City saddle 250 mm with springs, black", 80, "EA", "165.00", "2026-12-09"),
        ("CS-KID-12", "Kids saddle for 12\" bike", 40, "EA", "72.00", "2026-12-09"),
        ("CS-LTH-175", "Leather saddle 175 mm, copper rivets, 2027 colour", 10, "EA", "640.00", "2026-12-09"),
    ], buyer=B_ELLA)
    body = ["Hej Ella",
            "Tak for ordren. Pos. 1 og 2 bekræftes som bestilt med levering 9. december.\n"
            "Pos. 3 (lædersadlen) er desværre udgået af sortimentet og kan ikke leveres.",
            "Venlig hilsen\nMette Kjær\nCykelsadler Fyn ApS · Havnegade 19 · 5700 Svendborg\nTlf. 62 21 48 90"]
    eml = reply(slug, po, date="2026-11-19 13:47", client="apple", body=body, prefix="Sv: ", charset="iso-8859-1")
    return [po], eml, expected("confirmation", "Line 3 discontinued -> rejected; '9. december' without year = 2026-12-09 = requested for lines 1-2.",
                               [conf(po, {1: "A", 2: "A", 3: "R"})])


@case("davit-parts-norwegian-uke", "confirmation/nb-NO",
      "Norwegian 'levering uke 50' (-> Friday) for two lines and 'mandag uke 51' (named day) for the third.")
def c_davit_no(slug):
    s = Sup("DAVSN", "Davit Service Norge AS", "ordre@davitservice.example", "nb-NO", "Ole Johan Berg")
    po = PO("4500084188", s, "NOK", "2026-11-16", [
        ("DV-HOOK-35", "On-load release hook 3.5 t, SOLAS", 2, "EA", "18400.00", "2026-12-18"),
        ("DV-SHV-250", "Sheave 250 mm with bronze bushing", 4, "EA", "2950.00", "2026-12-18"),
        ("DV-LSW-24", "Limit switch 24V DC, IP67", 6, "EA", "1120.00", "2026-12-18"),
    ], buyer=B_JONAS)
    d50, d51 = kw_fri(50), kw_day(51, 1)
    assert (d50, d51) == ("2026-12-11", "2026-12-14")
    body = ["Hei Jonas,",
            "Takk for bestillingen 4500084188. Vi bekrefter alle linjer til oppgitte priser og antall.\n"
            "Levering uke 50 for krokene og skivene; endebryterne (linje 3) kommer mandag uke 51.",
            "Med vennlig hilsen\nOle Johan Berg\nDavit Service Norge AS\nKnarrevik Næringssenter, 5355 Knarrevik\nTlf. +47 56 33 18 20"]
    eml = reply(slug, po, date="2026-11-19 10:20", client="outlook", body=body, lang="nb")
    return [po], eml, expected("confirmation", "'uke 50' without day = Friday 2026-12-11 (lines 1-2, earlier than requested); "
                               "'mandag uke 51' = Monday 2026-12-14 (line 3).",
                               [conf(po, {1: chg(po, 1, d=d50), 2: chg(po, 2, d=d50), 3: chg(po, 3, d=d51)})])


@case("kite-fabric-estonian-forwarded-warehouse", "confirmation/et-EE",
      "Estonian sales reply forwarding the warehouse's note; a picking date (09.12) precedes the dispatch date 10.12 = requested.")
def c_kite_ee(slug):
    s = Sup("TUULE", "Tuulelohe OÜ", "muuk@tuulelohe.example", "et-EE", "Kadri Tamm", "+0200")
    po = PO("4500084244", s, "EUR", "2026-11-16", [
        ("TL-NYL-PU45", "Nylon kite fabric PU-coated 45 g/m2, 1.4 m", 250, "M", "4.60", "2026-12-10"),
        ("TL-LINE-200", "Dyneema kite line 200 kg, 100 m", 60, "ROL", "16.90", "2026-12-10"),
        ("TL-SPAR-8", "Fibreglass spar 8 mm x 1.65 m", 300, "EA", "1.35", "2026-12-10"),
    ])
    body = ["Tere Dana,",
            "allpool meie lao kinnitus \u2013 kõik kolm rida on olemas ja lähevad teele 10.12.2026, hinnad nagu tellimuses.",
            "Lugupidamisega\nKadri Tamm\nTuulelohe OÜ | Pärnu mnt 139, 11317 Tallinn | +372 655 1842",
            "---------- Forwarded message ---------\nFrom: Tuulelohe Ladu <ladu@tuulelohe.example>\n"
            "Date: Thu, 19 Nov 2026 at 08:51\nSubject: Tellimus 4500084244 / Halden\nTo: Kadri Tamm <muuk@tuulelohe.example>",
            "Kadri,\n4500084244: 250 m kangast, 60 rulli nööri, 300 varrast \u2013 kõik laos. Komplekteerime 09.12, väljasaatmine 10.12.\nTiit"]
    eml = reply(slug, po, date="2026-11-19 11:02", client="gmail", body=body, prefix="Re: ")
    return [po], eml, expected("confirmation", "Confirmation plus a forwarded internal warehouse note; 09.12 is a picking date, dispatch 10.12.2026 "
                               "(ship date, no delivery date given) equals the requested date -> all accepted.", [all_acc(po)])


@case("mine-ducts-lithuanian-csv", "confirmation/lt-LT",
      "Short Lithuanian body, the answer is in a semicolon CSV (windows-1257, comma decimals) with a reduced quantity and a 2027 date.")
def c_ducts_lt(slug):
    s = Sup("KASVENT", "Kasyklų Ventiliacija UAB", "uzsakymai@kasvent.example", "lt-LT", "Tomas Kazlauskas", "+0200")
    po = PO("4500084301", s, "EUR", "2026-11-16", [
        ("MV-LAY-1000", "Layflat ventilation duct D1000 mm, 20 m section", 15, "EA", "410.00", "2026-12-16"),
        ("MV-ZIP-1000", "Zip coupling D1000 mm", 15, "EA", "36.00", "2026-12-16"),
        ("MV-BEND-45", "Bend 45 deg, D1000 mm", 4, "EA", "128.00", "2026-12-16"),
    ], buyer=B_MIRA)
    csv = ("Eil.;Prekės kodas;Pavadinimas;Kiekis;Mato vnt.;Kaina EUR;Pristatymo data\n"
           "1;MV-LAY-1000;Ventiliacinė rankovė D1000, 20 m;12;vnt.;410,00;2026-12-16\n"
           "2;MV-ZIP-1000;Jungtis su užtrauktuku D1000;15;vnt.;36,00;2026-12-16\n"
           "3;MV-BEND-45;Alkūnė 45°, D1000;4;vnt.;128,00;2027-01-13\n")
    att = text_att(csv, "text/csv", "patvirtinimas_4500084301.csv", charset="windows-1257")
    body = ["Laba diena,", "pridedame užsakymo 4500084301 patvirtinimą (CSV).",
            "Pagarbiai\nTomas Kazlauskas\nPardavimų vadybininkas\nUAB Kasyklų Ventiliacija, Pramonės pr. 16, LT-51327 Kaunas\ntel. +370 37 451 229"]
    eml = reply(slug, po, date="2026-11-19 15:16", client="outlook", body=body, prefix="RE: ", charset="iso-8859-13",
                attachments=[att], lang="lt")
    return [po], eml, expected("confirmation", "Data only in the CSV: line 1 quantity 12 (of 15), line 3 date 2027-01-13, line 2 as ordered.",
                               [conf(po, {1: chg(po, 1, q=12), 2: "A", 3: chg(po, 3, d="2027-01-13")})])


@case("steelpans-ukrainian-ship-vs-delivery", "confirmation/uk-UA",
      "Ukrainian (windows-1251): line 1 gives both a shipping date and a delivery date (delivery wins = requested), line 2 a new price.")
def c_pans_ua(slug):
    s = Sup("STILPAN", "Stilpan Maisternia TOV", "zakaz@steelpan-ua.example", "uk-UA", "Olena Kovalenko", "+0200",
            sign="Олена Коваленко")
    po = PO("4500084366", s, "EUR", "2026-11-16", [
        ("SP-ALTO-C4", "Alto steelpan C4, 26 notes, 2027 tuning", 2, "EA", "1580.00", "2026-12-18"),
        ("SP-CASE-22", "Hard case for 22\" pan", 2, "EA", "210.00", "2026-12-18"),
    ])
    body = ["Добрий день, пані Руїс!", "Підтверджуємо замовлення № 4500084366:",
            "1) Альт C4 \u2013 2 шт., 1580,00 EUR, відвантаження 11.12.2026, доставка до Гамбурга 18.12.2026.\n"
            "2) Кейс 22\" \u2013 2 шт., 230,00 EUR (подорожчання пластику), доставка 18.12.2026.",
            "З повагою,\nОлена Коваленко\nменеджер з продажу\nТОВ «Стілпан Майстерня», вул. Заводська 14, Дніпро 49000\nтел. +380 56 790 21 45"]
    eml = reply(slug, po, date="2026-11-20 10:40", client="outlook", body=body, charset="windows-1251", lang="uk")
    return [po], eml, expected("confirmation", "Line 1: ship 11.12 but delivery 18.12.2026 -> delivery date wins, equals requested -> accepted; "
                               "line 2 new price 230.00.", [conf(po, {1: "A", 2: chg(po, 2, p="230.00")})])


@case("rosin-russian-koi8-dozens", "confirmation/ru-RU",
      "Russian in KOI8-R: ship date '7 декабря' without year for all lines, and boxes priced per dozen (10,80 EUR/дюжина).")
def c_rosin_ru(slug):
    s = Sup("KANIF", "Kanifol-Master OOO", "sales@kanifol-master.example", "ru-RU", "Sergei Ivanov", "+0300", sign="Сергей Иванов")
    po = PO("4500084420", s, "EUR", "2026-11-17", [
        ("RK-GOLD-25", "Rosin gold formula 25 g, violin/viola", 300, "EA", "3.90", "2026-12-14"),
        ("RK-BASS-50", "Double bass rosin soft, 50 g", 80, "EA", "6.20", "2026-12-14"),
        ("RK-BOX-6040", "Wooden rosin box 60x40 mm", 300, "EA", "0.85", "2026-12-14"),
    ], buyer=B_JONAS)
    assert Decimal("10.80") / 12 == Decimal("0.90") and 25 * 12 == 300
    body = ("Здравствуйте, господин Кеттлер!\n\nПодтверждаем заказ 4500084420:\n"
            "поз. 1 - 300 шт. по 3,90 EUR, отгрузка 7 декабря;\n"
            "поз. 2 - 80 шт. по 6,20 EUR, отгрузка 7 декабря;\n"
            "поз. 3 - 25 дюжин коробочек по 10,80 EUR за дюжину, отгрузка 7 декабря.\n\n"
            "С уважением,\nСергей Иванов\nотдел продаж ООО \"Канифоль-Мастер\"\nг. Тула, ул. Мосина 21\nтел. +7 4872 70-31-55")
    eml = reply(slug, po, date="2026-11-20 12:15", client="thunderbird", body=body, fmt="plain", charset="koi8-r", cte="8bit",
                prefix="Re: ", lang="ru")
    return [po], eml, expected("confirmation", "Only ship dates given: '7 декабря' = 2026-12-07 (no delivery date, so it counts) for all lines; "
                               "line 3: 25 dozen = 300 EA, 10.80/dozen = 0.90 per EA.",
                               [conf(po, {1: chg(po, 1, d="2026-12-07"), 2: chg(po, 2, d="2026-12-07"),
                                          3: chg(po, 3, p="0.90", d="2026-12-07")})])


@case("goat-feeders-arabic-html-only", "confirmation/ar-AE",
      "HTML-only right-to-left Arabic mail (UTF-8) with Eastern Arabic digits in the Arabic text and an English summary line.")
def c_goat_ae(slug):
    s = Sup("EMLIVE", "Emirates Livestock Equipment LLC", "sales@emirateslivestock.example", "ar-AE", "Ahmed Al Mansoori", "+0400")
    po = PO("4500084477", s, "USD", "2026-11-17", [
        ("GF-ROUND-8", "Round goat feeder, 8 stations, 1.6 m", 15, "EA", "315.00", "2026-12-16"),
        ("GF-BTL-2L", "Kid feeding bottle 2 L with 4 teats", 100, "EA", "7.80", "2026-12-16"),
    ])
    html = ('<div dir="rtl" style="font-family:Tahoma,Arial;font-size:11pt">'
            '<p>السيدة دانا المحترمة،</p>'
            '<p>تحية طيبة وبعد،</p>'
            '<p>نؤكد لكم طلب الشراء رقم ٤٥٠٠٠٨٤٤٧٧ بالكامل بالكميات والأسعار المذكورة فيه، وموعد التسليم ١٦/١٢/٢٠٢٦.</p>'
            '</div><div dir="ltr"><p>We confirm PO 4500084477 in full, quantities and prices as per your order, delivery 16/12/2026.</p></div>'
            '<div dir="rtl"><p>مع أطيب التحيات،<br>أحمد المنصوري<br>مدير المبيعات<br>'
            'Emirates Livestock Equipment LLC, Al Quoz Industrial 3, Dubai<br>هاتف: ‎+971 4 347 2210</p></div>')
    eml = reply(slug, po, date="2026-11-20 11:55", client="outlook", body=[], html_body=html, fmt="html",
                charset="utf-8", frm=("أحمد المنصوري", s.email))
    return [po], eml, expected("confirmation", "Full acceptance written twice (Arabic with Eastern Arabic digits, then English); "
                               "16/12/2026 = requested.", [all_acc(po)])


@case("sushi-knives-japanese-iso2022", "confirmation/ja-JP",
      "Japanese (ISO-2022-JP) list with yen prices '@38,500円', arrival date for two lines and only a ship date for the third.")
def c_knives_jp(slug):
    s = Sup("SAKAIH", "Sakai Hamono Seisakusho Co., Ltd.", "export@sakai-hamono.example", "ja-JP", "Tanaka Kenichi", "+0900",
            sign="田中 健一")
    po = PO("4500084533", s, "JPY", "2026-11-17", [
        ("SJ-YAN-300", "Yanagiba 300 mm, shirogami #1, ho wood handle", 6, "EA", "38500", "2026-12-18"),
        ("SJ-DEB-180", "Deba 180 mm, aogami #2", 6, "EA", "29800", "2026-12-18"),
        ("SJ-SAYA-300", "Magnolia saya for 300 mm yanagiba", 6, "EA", "3200", "2026-12-18"),
    ], buyer=B_MIRA)
    body = ("Mira Ostrowski 様\n\nいつもお世話になっております。堺刃物製作所の田中です。\n"
            "ご注文（発注番号 4500084533）ありがとうございます。下記の通り承りました。\n\n"
            "1. 柳刃 300mm 白一鋼　6本　@38,500円　12月18日 御社着\n"
            "2. 出刃 180mm 青二鋼　6本　@29,800円　12月18日 御社着\n"
            "3. 朴鞘 300mm用　6個　@3,200円　鞘は在庫切れのため 2027年1月15日 出荷予定\n\n"
            "何卒よろしくお願い申し上げます。\n\n--\n株式会社 堺刃物製作所　海外営業部\n田中 健一\n"
            "〒590-0941 大阪府堺市堺区材木町西1-1-3\nTEL 072-238-4471 / FAX 072-238-4472")
    eml = reply(slug, po, date="2026-11-20 16:48", client="webmail", body=body, fmt="plain", charset="iso-2022-jp", cte="7bit",
                prefix="Re: ", extra_headers=[("X-Mailer", "Becky! ver. 2.81.04")], lang="ja")
    return [po], eml, expected("confirmation", "Lines 1-2 arrive 12月18日 = requested; line 3 has only a ship date (2027-01-15), which counts per FORMAT.md.",
                               [conf(po, {1: "A", 2: "A", 3: chg(po, 3, d="2027-01-15")})])


@case("mouse-cages-chinese-moq-question", "needs_review/zh-CN",
      "Simplified Chinese (GB2312, base64) asking whether we accept a MOQ tooling fee and which bottle type; lead time to follow.")
def c_cages_cn(slug):
    s = Sup("SZLAB", "Suzhou Lab Animal Equipment Co., Ltd.", "sales@szlabcage.example", "zh-CN", "Wang Li", "+0800", sign="王丽")
    po = PO("4500084590", s, "CNY", "2026-11-17", [
        ("LC-MC-2", "Mouse cage PC 290x178x160 mm", 300, "EA", "85.00", "2026-12-18"),
        ("LC-WB-500", "Water bottle 500 ml", 300, "EA", "6.50", "2026-12-18"),
    ])
    body = ["Dana 您好，",
            "收到贵司订单 4500084590，谢谢！\n请问：\n1）鼠笼的最小起订量为500个，300个需要加收模具费人民币2,000元，是否接受？\n"
            "2）水瓶是否需要耐高温灭菌款（121℃）？\n确认后我们会尽快回复交期。",
            "此致\n敬礼\n\n王丽\n销售部\n苏州实验动物设备有限公司\n江苏省苏州市吴中区东方大道88号\n电话：0512-6588 3120"]
    eml = reply(slug, po, date="2026-11-20 15:22", client="outlook", body=body, prefix="回复: ", charset="gb2312", cte="base64", lang="zh")
    return [po], eml, expected("needs_review", "Two questions (MOQ surcharge, bottle type) and the lead time is still to come; 500 / 2,000 / 121 are not order values.")


@case("saddles-big5-two-batches-per-100", "confirmation/zh-TW",
      "Traditional Chinese (Big5) list with yyyy/mm/dd dates, one line in two batches and one price given per 100 pcs.")
def c_saddles_tw(slug):
    s = Sup("TCSAD", "Taichung Precision Saddle Co., Ltd.", "sales@tc-saddle.example", "zh-TW", "Lin Chih-ming", "+0800", sign="林志明")
    po = PO("4500084644", s, "USD", "2026-11-17", [
        ("TS-GRV-145", "Gravel saddle 145 mm, cut-out, 2027 colour", 300, "EA", "17.20", "2026-12-18"),
        ("TS-EBK-180", "E-bike comfort saddle 180 mm", 200, "EA", "14.60", "2026-12-18"),
        ("TS-CLAMP-7", "Saddle clamp for 7 mm rails", 500, "EA", "1.10", "2026-12-18"),
    ], buyer=B_ELLA)
    body = ["Dear Ella,",
            "感謝您的訂單 4500084644，確認如下：\n"
            "1. TS-GRV-145：300 個，單價 USD 17.20，交期 2026/12/18\n"
            "2. TS-EBK-180：200 個，單價 USD 14.60，分兩批交貨：120 個 2026/12/18，80 個 2027/01/08\n"
            "3. TS-CLAMP-7：500 個，單價 USD 115.00 / 100 個，交期 2026/12/18",
            "林志明 Jimmy Lin\n業務部 Sales Dept.\n台中精密座墊股份有限公司\n台中市大里區工業二路15號\nTEL: +886-4-2491-7720"]
    eml = reply(slug, po, date="2026-11-20 17:05", client="outlook", body=body, prefix="RE: ", charset="big5", cte="base64", lang="zt")
    return [po], eml, expected("confirmation", "Line 2 split 120 (2026-12-18) + 80 (2027-01-08) -> schedule; line 3 'USD 115.00 / 100' = 1.15 per EA "
                               "(PO 1.10) -> changed price; line 1 as ordered.",
                               [conf(po, {1: "A", 2: chg(po, 2, d="2027-01-08", sched=[(120, "2026-12-18"), (80, "2027-01-08")]),
                                          3: chg(po, 3, p="1.15")})])


@case("kite-nylon-vietnamese", "confirmation/vi-VN",
      "Vietnamese reply with comma decimals '2,45 USD/m': one line as ordered, the other with a new price and date.")
def c_kite_vn(slug):
    s = Sup("VDSG", "Cong ty TNHH Vai Dieu Sai Gon", "sales@vaidieusaigon.example", "vi-VN", "Nguyen Thi Lan", "+0700", sign="Nguyễn Thị Lan")
    po = PO("4500084701", s, "USD", "2026-11-18", [
        ("VD-RS38-ORG", "Ripstop nylon 38 g/m2, 1.5 m, orange", 800, "M", "2.35", "2026-12-21"),
        ("VD-RS38-YEL", "Ripstop nylon 38 g/m2, 1.5 m, yellow", 600, "M", "2.35", "2026-12-21"),
    ])
    body = ["Kính gửi chị Dana,",
            "Cảm ơn chị đã đặt hàng (PO 4500084701). Chúng tôi xác nhận:\n"
            "- Dòng 1: 800 m, đơn giá 2,35 USD/m, giao hàng ngày 21/12/2026\n"
            "- Dòng 2: 600 m, đơn giá 2,45 USD/m (màu vàng phải nhuộm riêng), giao hàng ngày 28/12/2026",
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh\nCông ty TNHH Vải Diều Sài Gòn\nKCN Tân Bình, TP. Hồ Chí Minh\nĐT: +84 28 3815 2277"]
    eml = reply(slug, po, date="2026-11-23 09:14", client="gmail", body=body, prefix="Re: ")
    return [po], eml, expected("confirmation", "Comma decimals; line 2 price 2.45 and date 2026-12-28, line 1 as ordered.",
                               [conf(po, {1: "A", 2: chg(po, 2, p="2.45", d="2026-12-28")})])


@case("bonsai-saws-thai-buddhist-year", "confirmation/th-TH",
      "Thai (TIS-620) confirmation whose date uses the Buddhist era: '11 ธ.ค. 2569' = 11 Dec 2026.")
def c_bonsai_th(slug):
    s = Sup("SIAMBT", "Siam Bonsai Tools Co., Ltd.", "sales@siambonsaitools.example", "th-TH", "Somchai Jaidee", "+0700", sign="สมชาย ใจดี")
    po = PO("4500084766", s, "USD", "2026-11-18", [
        ("SB-SAW-180", "Pruning saw 180 mm, folding", 50, "EA", "9.40", "2026-12-18"),
        ("SB-RAKE-3", "Bonsai rake with spatula, 3 prongs", 80, "EA", "4.20", "2026-12-18"),
    ])
    body = ["เรียน คุณ Dana",
            "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500084766 บริษัทฯ ขอยืนยันคำสั่งซื้อทั้ง 2 รายการ ตามจำนวนและราคาที่ระบุ\n"
            "กำหนดส่งสินค้าถึงปลายทางวันที่ 11 ธ.ค. 2569",
            "ขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายขาย บริษัท สยามบอนไซทูลส์ จำกัด\n88/12 ถ.พระราม 2 แขวงแสมดำ เขตบางขุนเทียน กรุงเทพฯ 10150\nโทร. 02-415-7731"]
    eml = reply(slug, po, date="2026-11-23 10:30", client="outlook", body=body, charset="tis-620", cte="base64", lang="en")
    return [po], eml, expected("confirmation", "Buddhist-era year 2569 = 2026: delivery 2026-12-11 (earlier than requested) for both lines; qty and price as ordered.",
                               [conf(po, {1: chg(po, 1, d="2026-12-11"), 2: chg(po, 2, d="2026-12-11")})])


@case("oven-belts-malay-incoterm-question", "needs_review/ms-MY",
      "Malay reply: prices and quantities 'tiada masalah' but asks about DAP vs FOB Port Klang first; date to follow.")
def c_oven_my(slug):
    s = Sup("KETROTI", "Ketuhar Roti Sdn. Bhd.", "jualan@ketuharroti.example", "ms-MY", "Nurul Aisyah", "+0800")
    po = PO("4500084820", s, "MYR", "2026-11-18", [
        ("KR-BELT-2M", "Oven conveyor mesh belt 2 m x 600 mm", 4, "EA", "780.00", "2026-12-16"),
        ("KR-NOZ-40", "Gas burner nozzle 40 mm, LPG", 20, "EA", "45.00", "2026-12-16"),
    ])
    body = ["Salam sejahtera Puan Dana,",
            "Terima kasih atas PO 4500084820. Sebelum kami sahkan, boleh puan maklumkan sama ada penghantaran ke Hamburg "
            "adalah DAP atau kami boleh hantar secara FOB Port Klang? Kos kargo udara untuk tali sawat 2 m agak tinggi.\n"
            "Harga dan kuantiti tiada masalah. Tarikh penghantaran akan kami maklumkan selepas itu.",
            "Terima kasih.\n\nNurul Aisyah binti Hassan\nEksekutif Jualan\nKetuhar Roti Sdn. Bhd., Lot 23, Jalan Perusahaan 4, 41050 Klang, Selangor\n"
            "Tel: 03-3344 8120"]
    eml = reply(slug, po, date="2026-11-23 11:40", client="gmail", body=body, prefix="Re: ")
    return [po], eml, expected("needs_review", "Explicitly not yet confirmed ('Sebelum kami sahkan'): an Incoterms question, the date will follow.")


@case("braille-embosser-hindi-question", "needs_review/hi-IN",
      "Hindi mixed with English (UTF-8 base64): asks plug type and software licence, then will confirm date and final price.")
def c_braille_in(slug):
    s = Sup("BRLTECH", "Braille Tech Solutions Pvt. Ltd.", "sales@brailletech.example", "hi-IN", "Anil Sharma", "+0530", sign="अनिल शर्मा")
    po = PO("4500084877", s, "USD", "2026-11-18", [
        ("BT-EMB-60", "Braille embosser 60 cps, Hindi/English tables", 3, "EA", "2450.00", "2026-12-18"),
        ("BT-PAP-A4", "Braille paper A4 150 gsm, box of 500", 20, "BOX", "38.00", "2026-12-18"),
    ], buyer=B_JONAS)
    body = ["नमस्ते Jonas जी,",
            "आपका PO 4500084877 मिल गया है, धन्यवाद। Embosser के लिए कृपया बताएं कि आपको 230V/50Hz के साथ plug type C चाहिए या type G? "
            "और क्या Bharati Braille software license भी साथ में चाहिए?\nइसके बाद हम delivery date और final price confirm करेंगे।",
            "धन्यवाद,\nअनिल शर्मा\nSales Manager\nBraille Tech Solutions Pvt. Ltd., Plot 44, Sector 63, Noida 201301\nMob: +91 98110 55273"]
    eml = reply(slug, po, date="2026-11-23 14:25", client="gmail", body=body, prefix="Re: ", cte="base64")
    return [po], eml, expected("needs_review", "Questions about plug type and software; date and final price explicitly still to be confirmed.")


@case("mine-fans-erp-pdf-only", "confirmation/en-ZA",
      "System-generated mail with only a Flate-compressed PDF acknowledgement; South African number format '168 500,00' and one line moved.")
def c_fans_za(slug):
    s = Sup("HIGHV", "Highveld Mine Ventilation (Pty) Ltd", "sales@highveldvent.example", "en-ZA", "Sipho Dlamini", "+0200")
    po = PO("4500084933", s, "ZAR", "2026-11-18", [
        ("HV-FLEX-760", "Flexible duct 760 mm x 10 m, fire-retardant", 50, "EA", "4850.00", "2026-12-14"),
        ("HV-FAN-45", "Auxiliary fan 45 kW, 525 V, 760 mm", 2, "EA", "168500.00", "2026-12-14"),
        ("HV-CLP-760", "Duct clamp 760 mm, galvanised", 100, "EA", "185.00", "2026-12-14"),
    ])
    t = Table(["Ln", "Item", "Description", "Qty", "UoM", "Unit price", "Delivery"],
              [[1, "HV-FLEX-760", "Flexible duct 760 mm x 10 m FR", "50", "EA", "4 850,00", "14/12/2026"],
               [2, "HV-FAN-45", "Aux. fan 45 kW 525 V 760 mm", "2", "EA", "168 500,00", "22/01/2027"],
               [3, "HV-CLP-760", "Duct clamp 760 mm galv.", "100", "EA", "185,00", "14/12/2026"]])
    assert 50 * 4850 + 2 * 168500 + 100 * 185 == 598000
    lines = ["# SALES ORDER ACKNOWLEDGEMENT", "Highveld Mine Ventilation (Pty) Ltd  Reg. 2004/018822/07  VAT 4410213377",
             "14 Vulcan Road, Witbank 1035, South Africa  Tel +27 13 656 2204", "",
             "SOA No: SOA-118342      Date: 23/11/2026      Customer: HALD001",
             "Customer order: 4500084933      Currency: ZAR      Terms: 30 days", ""] + t.plain().split("\n") + [
             "", "Sub-total: 598 000,00   VAT 0% (export)   Total ZAR 598 000,00", "",
             "Line 2: fan motor on back-order from supplier, delivery as shown.", "Goods remain the property of Highveld Mine Ventilation until paid in full."]
    pdf = make_pdf(lines, compress=True, title="SOA-118342", author="SYSPRO", date="D:20261123071500+02'00'")
    body = ("Dear Customer,\n\nPlease find attached Sales Order Acknowledgement SOA-118342 for your order 4500084933.\n\n"
            "This is a system generated e-mail. Please do not reply to this address; contact sales@highveldvent.example.\n")
    eml = reply(slug, po, date="2026-11-23 07:15", client="webmail", body=body, fmt="plain", charset="us-ascii", cte="7bit",
                quote=False, threaded=False, subject="Sales Order Acknowledgement SOA-118342 - Your order 4500084933",
                frm=("Highveld Mine Ventilation - Sales", "erp-noreply@highveldvent.example"),
                attachments=[att_part(make_pdf(lines, compress=True, title="SOA-118342", author="SYSPRO",
                                               date="D:20261123071500+02'00'"), "application/pdf", "SOA-118342.pdf")],
                extra_headers=[("X-Mailer", "SYSPRO 8 e.net Solutions")])
    assert pdf
    return [po], eml, expected("confirmation", "ERP confirmation only in a Flate-compressed PDF: line 2 delivery 2027-01-22; "
                               "'4 850,00' / '168 500,00' use space thousands and comma decimals; lines 1 and 3 as ordered.",
                               [conf(po, {1: "A", 2: chg(po, 2, d="2027-01-22"), 3: "A"})])
