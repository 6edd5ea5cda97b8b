"""Cases A: confirmations, mostly non-Latin scripts and legacy charsets."""

from .common import (Supplier, PO, dt, tz, acc, chg, rej, unc, confirmation, expected, case,
                     add_working_days, week_day)
from . import mime as M


@case("allcaps-typos-iphone", "confirmation", "en-US",
      "all-caps iPhone one-liner with typos; '1/8' month-first without year; tubes split 240 now + 60 later")
def c_allcaps():
    S = Supplier("MWTS", "Midwest Wheel & Tire Supply Inc.", "orders@midwestwheeltire.example", "en-US")
    P = PO("4500031120", S, "tom", "USD", dt(2026, 11, 20, 10, 2, 1), [
        ("WBT-400-8-4PR", "Wheelbarrow tyre 4.00-8, 4-ply, black tread", 200, "EA", "11.80", "2026-12-14"),
        ("WBT-480-8-FF", "Flat-free wheelbarrow tyre 4.80/4.00-8, PU foam", 150, "EA", "19.45", "2026-12-14"),
        ("WBT-TUBE-8", "Inner tube 4.00-8, TR13 valve", 300, "EA", "2.35", "2026-12-14"),
    ])
    body = ("CONFRIMED ALL 3 LINES. FLAT FREE NOW $20.15 EA PU WENT UP AGAIN. TUBES ONLY 240 IN STOK, "
            "BAL 60 SHIPS 1/8. EVRYTHING ELSE SHIPS 12/14\n\nRICK\n\nSent from my iPhone\n")
    eml = M.reply(P, sender=("Rick Hollis", "rick@midwestwheeltire.example"),
                  when=dt(2026, 11, 24, 16, 52, -5), body=body, style="apple", prefix="Re: ")
    exp = expected("confirmation",
                   "Terse all-caps mobile reply with typos. 'SHIPS 12/14' (ship date only) equals the need-by date; "
                   "line 2 new price 20.15; line 3 split 240 on 12/14 and balance 60 on 1/8 = 2027-01-08 (no year, "
                   "next such date after the mail date). PO figures are in the quoted text below.",
                   confirmation(P, {1: acc(), 2: chg(price="20.15"),
                                    3: chg(schedule=[(240, "2026-12-14"), (60, "2027-01-08")])}))
    return [P], eml, exp


@case("kw-wochen-outlook-de", "confirmation", "de-DE",
      "German Outlook reply with KW 51, KW 2/2027 and 'Dienstag, KW 51'; decimal comma and thousand dots; HRB/USt-Id signature")
def c_kw_de():
    S = Supplier("KESSLER", "Wasserbau Kessler GmbH", "auftrag@kessler-wasserbau.example", "de-DE")
    P = PO("4500031187", S, "ingrid", "EUR", dt(2026, 11, 18, 9, 14, 1), [
        ("SG-FS-300", "Knife gate DN 300, stainless 1.4571, handwheel", 4, "EA", "2480.00", "2026-12-18"),
        ("SG-WS-600", "Wall-mounted sluice gate 600x600 mm, spindle drive", 2, "EA", "4915.00", "2026-12-18"),
        ("SG-SEAL-300", "EPDM seal kit for DN 300 gate", 8, "SET", "86.40", "2026-12-18"),
    ])
    body = """Sehr geehrte Frau Lindqvist,

vielen Dank für Ihre Bestellung 4500031187, die wir wie folgt bestätigen:

Pos. 1  SG-FS-300    4 Stück à 2.480,00 EUR   Liefertermin KW 51
Pos. 2  SG-WS-600    2 Stück à 4.915,00 EUR   Liefertermin KW 2/2027
        (die Spindelantriebe kommen erst Anfang Januar von unserem Vorlieferanten)
Pos. 3  SG-SEAL-300  8 Satz à 86,40 EUR       Versand Dienstag, KW 51

Die Lieferung erfolgt frei Haus Rotterdam.

Mit freundlichen Grüßen

i. A. Matthias Kessler
Vertrieb Innendienst

Wasserbau Kessler GmbH
Am Schleusenkanal 12 · 26789 Leer (Ostfriesland)
Tel. +49 491 9274-0 · Fax +49 491 9274-29
www.kessler-wasserbau.example

Sitz der Gesellschaft: Leer · Amtsgericht Aurich HRB 204711
Geschäftsführer: Dipl.-Ing. Hartmut Kessler · USt-IdNr. DE 117 482 395
"""
    eml = M.reply(P, sender=("Kessler, Matthias", "m.kessler@kessler-wasserbau.example"),
                  when=dt(2026, 11, 26, 11, 37, 1), body=body, style="outlook", lang="de",
                  charset="iso-8859-1", prefix="AW: ", lang_tag="de-DE")
    exp = expected("confirmation",
                   "KW 51 without a day = Friday 2026-12-18 (= need-by); KW 2/2027 = 2027-01-15; 'Versand Dienstag, "
                   "KW 51' = ship date 2026-12-15. Prices written 2.480,00 / 86,40.",
                   confirmation(P, {1: acc(), 2: chg(date="2027-01-15"), 3: chg(date="2026-12-15")}))
    return [P], eml, exp


@case("reiwa-iso2022jp", "confirmation", "ja-JP",
      "ISO-2022-JP plain text; Japanese era dates (令和9年 = 2027); full-width list numbers; price change on one line")
def c_reiwa():
    S = Supplier("HAMAONBAN", "浜松音板工業株式会社", "eigyo@hamamatsu-onban.example", "ja-JP")
    P = PO("4500031203", S, "kenji", "JPY", dt(2026, 11, 19, 17, 40, 1), [
        ("XB-RW-C4", "Xylophone bar, Honduras rosewood, C4, 38 mm", 24, "EA", "4800", "2027-01-15"),
        ("XB-RW-C5", "Xylophone bar, Honduras rosewood, C5, 38 mm", 24, "EA", "4200", "2027-01-15"),
        ("XB-FELT-STRIP", "Felt support strip, 1 m", 10, "M", "950", "2027-01-15"),
    ])
    body = """ブライトウォーター・グッズ
購買部　中村様

いつも大変お世話になっております。
浜松音板工業の鈴木でございます。

この度はご注文（発注番号：4500031203）をいただき、誠にありがとうございます。
下記の通りご注文をお請けいたします。

１．XB-RW-C4　　　 24本　単価 4,800円　納期 令和9年1月15日
２．XB-RW-C5　　　 24本　単価 4,400円　納期 令和9年1月22日
　　※ローズウッド材の仕入価格改定により、単価を変更させていただきました。
３．XB-FELT-STRIP　10m　 単価 950円　　納期 令和9年1月15日

単価はいずれも税抜です。
何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━
浜松音板工業株式会社　営業部
鈴木 一郎（Ichiro Suzuki）
〒430-0852 静岡県浜松市中央区領家2丁目14-8
TEL 053-462-7731 / FAX 053-462-7732
━━━━━━━━━━━━━━━━━━━━━━
"""
    eml = M.reply(P, sender=("鈴木 一郎", "i.suzuki@hamamatsu-onban.example"),
                  when=dt(2026, 11, 27, 10, 15, 9), body=body, style="outlook", lang="ja",
                  charset="iso-2022-jp", cte="7bit", html=False, prefix="RE: ", sep="-----Original Message-----")
    exp = expected("confirmation",
                   "Reiwa era year: 令和9年 = 2027. Line 2 unit price raised to 4,400 JPY and delivery 2027-01-22; lines 1 "
                   "and 3 as ordered (10m = 10 M). '税抜' = net, like the PO.",
                   confirmation(P, {1: acc(), 2: chg(price="4400", date="2027-01-22"), 3: acc()}))
    return [P], eml, exp


@case("gb2312-wan-split", "confirmation", "zh-CN",
      "GB2312 base64, Foxmail quote; quantity in 万 (5万支 = 50000), price per thousand (82元/千支); split shipment")
def c_gb2312():
    S = Supplier("JOBAMBOO", "福建建瓯竹木制品有限公司", "sales@jianou-bamboo.example", "zh-CN")
    P = PO("4500031244", S, "kenji", "CNY", dt(2026, 11, 23, 9, 5, 1), [
        ("CB-BAM-240", "Bamboo chopstick blank 240 mm, carbonised", 50000, "PCS", "0.082", "2026-12-21"),
        ("CB-BAM-270", "Bamboo chopstick blank 270 mm, natural", 30000, "PCS", "0.095", "2026-12-21"),
    ])
    body = """中村先生：您好！

贵司订单4500031244已收到，确认如下：

1、CB-BAM-240 碳化竹筷坯 240mm：5万支，单价82元/千支，12月21日发货。
2、CB-BAM-270 本色竹筷坯 270mm：3万支，单价不变。因原竹料不足，分两批发货：
   12月21日发1.5万支，余下1.5万支2027年1月11日发货。

以上价格不含税。如有问题请随时联系。

谢谢！

林建华
福建建瓯竹木制品有限公司  外贸部
地址：福建省南平市建瓯市东峰镇工业园区188号  邮编：353100
电话：0599-3386 1207  手机：138 5990 2261
"""
    eml = M.reply(P, sender=("林建华", "linjh@jianou-bamboo.example"), when=dt(2026, 11, 30, 15, 22, 8),
                  body=body, style="foxmail", charset="gb2312", cte="base64", prefix="回复：")
    exp = expected("confirmation",
                   "Chinese counting unit 万: 5万支 = 50000, 1.5万 = 15000. Price per thousand 82元/千支 = 0.082 per PCS. "
                   "Ship dates only. Line 2 split 15000 on 2026-12-21 and 15000 on 2027-01-11. Address/phone digits in signature.",
                   confirmation(P, {1: acc(), 2: chg(schedule=[(15000, "2026-12-21"), (15000, "2027-01-11")])}))
    return [P], eml, exp


@case("big5-roc-year", "confirmation", "zh-TW",
      "Big5 Outlook reply; Minguo (ROC) year 115年12月22日 = 2026; 200 m restated as 2 rolls of 100 m")
def c_big5():
    S = Supplier("YMWICK", "永明燈芯行", "service@yongming-wick.example", "zh-TW")
    P = PO("4500031262", S, "kenji", "TWD", dt(2026, 11, 24, 10, 30, 1), [
        ("LW-CTN-8", "Cotton lantern wick, flat, 8 mm", 500, "M", "6.50", "2026-12-22"),
        ("LW-CTN-12", "Cotton lantern wick, round, 12 mm", 300, "M", "9.80", "2026-12-22"),
        ("LW-FG-10", "Fibreglass wick, 10 mm", 200, "M", "14.20", "2026-12-22"),
    ])
    body = """中村先生 您好：

感謝貴公司訂購，訂單編號 4500031262 茲確認如下：

一、LW-CTN-8 棉質扁燈芯 8mm　500 米　單價 NT$6.50
二、LW-CTN-12 棉質圓燈芯 12mm　300 米　單價 NT$9.80
三、LW-FG-10 玻璃纖維燈芯 10mm　2 捲（每捲 100 米）　單價 NT$14.20/米

以上全部照訂單數量與單價，交貨日期：115年12月22日。

敬祝 商祺

永明燈芯行　業務部　陳美玲
台南市中西區民族路二段 236 巷 15 號
電話：(06) 222-8315　傳真：(06) 222-8316
"""
    eml = M.reply(P, sender=("陳美玲", "meiling@yongming-wick.example"), when=dt(2026, 12, 1, 14, 8, 8),
                  body=body, style="outlook", lang="zh_TW", charset="big5", cte="base64", prefix="回覆: ",
                  lang_tag="zh-TW")
    exp = expected("confirmation",
                   "All lines as ordered. Date in the Minguo calendar (115年 = 2026). Line 3 given as 2 rolls of 100 m = 200 M.",
                   confirmation(P, {1: acc(), 2: acc(), 3: acc()}))
    return [P], eml, exp


@case("euckr-percent-discontinued", "confirmation", "ko-KR",
      "EUC-KR; Korean date '2026. 12. 17.'; +5% stated with result; one line discontinued")
def c_euckr():
    S = Supplier("HANLIM", "(주)한림산악장비", "order@hanlim-mountain.example", "ko-KR")
    P = PO("4500031278", S, "kenji", "KRW", dt(2026, 11, 20, 8, 45, 1), [
        ("AD-FIG8-AL", "Figure-8 descender, aluminium, 100 g", 60, "EA", "18500", "2026-12-17"),
        ("AD-TUBE-GD", "Tube-style belay/abseil device, guide mode", 40, "EA", "32000", "2026-12-17"),
        ("AD-RACK-6", "Rappel rack, 6 bars, stainless", 10, "EA", "147000", "2027-01-08"),
    ])
    body = """나카무라 님, 안녕하십니까.
(주)한림산악장비 영업팀 박지훈입니다.

발주서(4500031278) 잘 받았습니다. 아래와 같이 회신드립니다.

1번 AD-FIG8-AL : 60개, 단가 18,500원, 납기 2026. 12. 17. 확정
2번 AD-TUBE-GD : 40개, 원자재 가격 인상으로 단가 5% 인상 → 33,600원, 납기 2026. 12. 17.
3번 AD-RACK-6 : 단종되어 공급이 불가합니다. 양해 부탁드립니다.

감사합니다.

박지훈 과장 | (주)한림산악장비
경기도 성남시 중원구 둔촌대로 388, 5층 (우 13229)
T. 031-745-2200 | M. 010-4821-7736
"""
    eml = M.reply(P, sender=("박지훈", "jh.park@hanlim-mountain.example"), when=dt(2026, 11, 25, 13, 20, 9),
                  body=body, style="outlook", lang="ko", charset="euc-kr", cte="base64", prefix="RE: ",
                  lang_tag="ko-KR")
    exp = expected("confirmation",
                   "Line 1 as ordered; line 2 +5% = 33,600 KRW, same date; line 3 discontinued = rejected.",
                   confirmation(P, {1: acc(), 2: chg(price="33600"), 3: rej()}))
    return [P], eml, exp


@case("koi8r-thebat-m2", "confirmation", "ru-RU",
      "KOI8-R The Bat! reply; spaces as thousand separators; reduced qty; tile price per m2 must be converted to per piece")
def c_koi8r():
    S = Supplier("KARKAM", "ООО «Карельский камень»", "sales@karelskiy-kamen.example", "ru-RU")
    P = PO("4500031290", S, "ingrid", "RUB", dt(2026, 11, 17, 10, 0, 1), [
        ("SS-SLAB-30", "Soapstone slab 600x300x30 mm, honed", 80, "PCS", "3450.00", "2026-12-15"),
        ("SS-SLAB-50", "Soapstone slab 600x400x50 mm, honed", 40, "PCS", "6980.00", "2026-12-15"),
        ("SS-TILE-20", "Soapstone tile 300x300x20 mm", 200, "PCS", "890.00", "2027-01-12"),
    ])
    body = """Здравствуйте, Ingrid!

Благодарим за заказ N 4500031290. Подтверждаем:

Поз. 1 - плита 600х300х30: 80 шт., цена 3 450,00 руб./шт., отгрузка 15.12.2026.
Поз. 2 - плита 600х400х50: можем поставить только 24 шт. (ограничение по блокам
в карьере), цена прежняя - 6 980,00 руб./шт., отгрузка 15.12.2026.
Поз. 3 - плитка 300х300х20: 18 м² (= 200 шт.), цена 10 000,00 руб. за м²,
отгрузка до 12 января 2027 г.

Цены указаны без НДС.

--
С уважением,
Алексей Тимофеев
менеджер отдела продаж
ООО "Карельский камень"
185035, г. Петрозаводск, ул. Заводская, д. 4, оф. 12
тел. +7 (8142) 76-15-30, моб. +7 921 455-07-18
"""
    eml = M.reply(P, sender=("Алексей Тимофеев", "a.timofeev@karelskiy-kamen.example"),
                  when=dt(2026, 11, 25, 12, 44, 3), body=body, style="tbird",
                  attrib="Вы писали {d} {Bg} {Y} г., {HH}:{MM}:", alang="ru",
                  charset="koi8-r", cte="base64", html=False, prefix="Re: ",
                  mailer=("X-Mailer", "The Bat! (v10.4.5) Professional"), mid_style="other")
    exp = expected("confirmation",
                   "Line 2 quantity cut to 24. Line 3: 18 m2 = 200 tiles of 0.09 m2; 10 000,00 RUB per m2 = 900.00 per "
                   "piece (PO unit), shipment by 12 January 2027 = need-by. Prices net ('без НДС').",
                   confirmation(P, {1: acc(), 2: chg(qty=24), 3: chg(price="900.00")}))
    return [P], eml, exp


@case("koi8u-whistles", "confirmation", "uk-UA",
      "KOI8-U Ukrainian reply; one line moved to '23 грудня' (no year); hryvnia with decimal comma")
def c_koi8u():
    S = Supplier("OPISHNE", "ТОВ «Опішнянська кераміка»", "zbut@opishne-ceramics.example", "uk-UA")
    P = PO("4500031305", S, "fran", "UAH", dt(2026, 11, 18, 14, 20, 1), [
        ("BW-CLAY-NGT", "Ceramic water whistle, nightingale", 300, "PCS", "68.00", "2026-12-16"),
        ("BW-CLAY-OWL", "Ceramic owl whistle, glazed", 200, "PCS", "74.50", "2026-12-16"),
    ])
    body = """Доброго дня, пані Фран!

Дякуємо за замовлення 4500031305. Підтверджуємо:

Поз. 1 - свистунець-соловейко, 300 шт. по 68,00 грн, відвантаження 16.12.2026.
Поз. 2 - свистунець "Сова", глазурований, 200 шт. по 74,50 грн, відвантаження
23 грудня - глазур після другого випалу сохне довше, раніше не встигнемо.

Ціни без ПДВ.

З повагою,
Оксана Гончаренко
відділ збуту, ТОВ "Опішнянська кераміка"
38164, Полтавська обл., смт Опішня, вул. Гончарна, 27
тел. +380 5353 4-21-88
"""
    eml = M.reply(P, sender=("Оксана Гончаренко", "o.honcharenko@opishne-ceramics.example"),
                  when=dt(2026, 11, 25, 9, 12, 2), body=body, style="outlook", lang="uk",
                  charset="koi8-u", cte="quoted-printable", html=False, prefix="RE: ")
    exp = expected("confirmation",
                   "Line 1 as ordered; line 2 ships '23 грудня' (no year -> 2026-12-23).",
                   confirmation(P, {1: acc(), 2: chg(date="2026-12-23")}))
    return [P], eml, exp


@case("brutto-vat-pl", "confirmation", "pl-PL",
      "prices quoted gross incl. 23% VAT (51,66 zł brutto) against a net PO; they equal the PO net prices")
def c_brutto():
    S = Supplier("METALPOL", "Metalpol Rożnowski Sp. z o.o.", "zamowienia@metalpol-roznowski.example", "pl-PL")
    P = PO("4500031318", S, "tom", "PLN", dt(2026, 11, 23, 11, 5, 1), [
        ("RS-SPIT-800", "Rotisserie spit rod 800 mm, stainless, 8 mm square", 120, "EA", "42.00", "2026-12-11"),
        ("RS-FORK-8", "Spit fork pair for 8 mm rod", 240, "PR", "9.00", "2026-12-11"),
    ])
    body = """Dzień dobry Panie Tomie,

dziękujemy za zamówienie. Potwierdzamy realizację zamówienia nr 4500031318:

poz. 1 - rożen 800 mm: 120 szt., cena 51,66 zł brutto/szt.
poz. 2 - widełki do rożna 8 mm: 240 par, cena 11,07 zł brutto/parę

Termin wysyłki: 11.12.2026 r.

Faktura zostanie wystawiona po wysyłce, termin płatności zgodnie z umową.

Pozdrawiam serdecznie
Katarzyna Wróbel
Dział Sprzedaży
Metalpol Rożnowski Sp. z o.o.
ul. Przemysłowa 17, 33-300 Nowy Sącz
tel. +48 18 443 27 90, kom. 601 228 415
NIP 734-312-58-09, KRS 0000218834
"""
    eml = M.reply(P, sender=("Katarzyna Wróbel", "k.wrobel@metalpol-roznowski.example"),
                  when=dt(2026, 11, 27, 8, 41, 1), body=body, style="outlook", lang="pl",
                  charset="iso-8859-2", prefix="Odp: ", lang_tag="pl-PL")
    exp = expected("confirmation",
                   "Gross prices incl. 23% VAT: 51,66/1.23 = 42.00 and 11,07/1.23 = 9.00, i.e. exactly the PO net "
                   "prices; ship date 11.12.2026 = need-by. Both accepted.",
                   confirmation(P, {1: acc(), 2: acc()}))
    return [P], eml, exp


@case("pracovni-dny-cz", "confirmation", "cs-CZ",
      "relative date 'do 10 pracovních dnů od dnešního dne' from the Date header; windows-1250")
def c_cz():
    S = Supplier("KLADKO", "Kladkostroj Vsetín s.r.o.", "obchod@kladkostroj-vsetin.example", "cs-CZ")
    P = PO("4500031331", S, "tom", "CZK", dt(2026, 11, 24, 13, 10, 1), [
        ("PB-SNATCH-1T", "Snatch block, single sheave, 1 t WLL", 20, "EA", "1480.00", "2026-12-11"),
        ("PB-DOUBLE-2T", "Pulley block, double sheave, 2 t WLL", 10, "EA", "3250.00", "2026-12-11"),
    ])
    when = dt(2026, 12, 1, 10, 26, 1)
    body = """Dobrý den, pane Ashby,

děkujeme za objednávku č. 4500031331, kterou potvrzujeme v plném rozsahu
za uvedené ceny (1 480,00 Kč/ks a 3 250,00 Kč/ks, bez DPH).

Kladky jsou ve výrobě, dodání do 10 pracovních dnů od dnešního dne.

S pozdravem

Ing. Petr Dvořák
obchodní oddělení
Kladkostroj Vsetín s.r.o.
Jiráskova 1642, 755 01 Vsetín
tel.: +420 571 411 308, mobil: +420 737 215 604
IČO: 25384526, DIČ: CZ25384526
"""
    eml = M.reply(P, sender=("Petr Dvořák", "dvorak@kladkostroj-vsetin.example"), when=when, body=body,
                  style="outlook", lang="cs", charset="windows-1250", prefix="RE: ", lang_tag="cs-CZ")
    d = add_working_days(when.date(), 10).isoformat()
    assert d == "2026-12-15"
    exp = expected("confirmation",
                   "Quantities and prices as ordered; delivery within 10 working days of Tue 2026-12-01 = 2026-12-15 "
                   "(no Czech holidays in between), later than the 2026-12-11 need-by.",
                   confirmation(P, {1: chg(date=d), 2: chg(date=d)}))
    return [P], eml, exp


@case("html-only-table-fr", "confirmation", "fr-FR",
      "HTML-only Outlook mail (ISO-8859-15) with a confirmation table; '16 décembre' without year; short-shipped line")
def c_fr_html():
    S = Supplier("FGN", "Fonderie Gaufrière du Nord SAS", "adv@fonderie-gaufriere.example", "fr-FR")
    P = PO("4500031349", S, "ingrid", "EUR", dt(2026, 11, 19, 15, 30, 1), [
        ("WI-CI-BRUX", "Cast-iron waffle iron, Brussels mould, 4 waffles", 30, "EA", "64.90", "2026-12-10"),
        ("WI-CI-LIEGE", "Cast-iron waffle iron, Liege mould", 30, "EA", "71.20", "2026-12-10"),
        ("WI-HANDLE-W", "Replacement wooden handles (pair)", 60, "PR", "5.80", "2026-12-10"),
    ])
    rows = [("WI-CI-BRUX", "Gaufrier fonte, moule bruxellois 4 gaufres", "30", "64,90&nbsp;€", "mercredi 16 décembre"),
            ("WI-CI-LIEGE", "Gaufrier fonte, moule liégeois", "24", "71,20&nbsp;€", "10/12/2026"),
            ("WI-HANDLE-W", "Poignées bois de rechange (paire)", "60", "5,80&nbsp;€", "10/12/2026")]
    td = 'style="border:solid windowtext 1.0pt;padding:2.0pt 5.0pt"'
    trs = "".join("<tr>" + "".join(f'<td {td}><p class="MsoNormal">{c}</p></td>' for c in r) + "</tr>\n" for r in rows)
    body_html = f"""<p class="MsoNormal">Bonjour Madame Lindqvist,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Nous vous remercions pour votre commande n° 4500031349 et vous en confirmons les conditions ci-dessous&nbsp;:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td {td}><p class="MsoNormal"><b>Réf.</b></p></td><td {td}><p class="MsoNormal"><b>Désignation</b></p></td><td {td}><p class="MsoNormal"><b>Qté</b></p></td><td {td}><p class="MsoNormal"><b>PU HT</b></p></td><td {td}><p class="MsoNormal"><b>Date de livraison</b></p></td></tr>
{trs}</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Pour le modèle liégeois, il ne nous reste que 24 pièces en stock&nbsp;; le reliquat de 6 pièces est annulé (fin de série).<o:p></o:p></p>
<p class="MsoNormal">Le modèle bruxellois sort de fonderie le 14/12, d’où la livraison au 16.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Bien cordialement,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="color:#1F3864">Sophie Leclercq</span></b><br>Administration des ventes<br>Fonderie Gaufrière du Nord SAS<br>112 rue de l’Abbaye – 59100 Roubaix<br>Tél.&nbsp;: +33 (0)3 20 45 18 62<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">SAS au capital de 250&nbsp;000&nbsp;€ – RCS Lille Métropole 512&nbsp;384&nbsp;907 – Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire.</span><o:p></o:p></p>
"""
    eml = M.reply(P, sender=("Sophie Leclercq", "s.leclercq@fonderie-gaufriere.example"),
                  when=dt(2026, 11, 26, 16, 3, 1), body="", body_html=body_html, style="outlook", lang="fr",
                  charset="iso-8859-15", html_only=True, prefix="RE : ", lang_tag="fr-FR")
    exp = expected("confirmation",
                   "HTML-only. Line 1 delivered 'mercredi 16 décembre' = 2026-12-16; line 2 only 24 pieces, rest cancelled; "
                   "line 3 as ordered. '14/12' is the casting date, not a delivery; RCS/capital digits in the footer.",
                   confirmation(P, {1: chg(date="2026-12-16"), 2: chg(qty=24), 3: acc()}))
    return [P], eml, exp


@case("descatalogado-alternativa-es", "confirmation", "es-ES",
      "one line discontinued with an alternative item offered (price, lead time) but not confirmed; windows-1252")
def c_es_alt():
    S = Supplier("RCC", "Redes y Cabos del Cantábrico S.L.", "pedidos@redesycabos.example", "es-ES")
    P = PO("4500031377", S, "fran", "EUR", dt(2026, 11, 20, 12, 0, 1), [
        ("CN-PP-3X3", "Cargo net PP 3x3 m, mesh 100 mm", 25, "EA", "58.00", "2026-12-14"),
        ("CN-PES-2X2-R", "Cargo net polyester 2x2 m, ratchet edge", 40, "EA", "44.50", "2026-12-14"),
        ("CN-HOOK-SS", "Stainless snap hook for cargo net", 200, "EA", "1.85", "2026-12-14"),
    ])
    body = """Buenos días, Fran:

Gracias por su pedido. Les confirmamos:

- Pos. 1 (CN-PP-3X3): 25 uds. a 58,00 €/ud., entrega 14/12/2026.
- Pos. 3 (CN-HOOK-SS): 200 uds. a 1,85 €/ud., entrega 14/12/2026.
- Pos. 2 (CN-PES-2X2-R): este modelo está descatalogado y no podemos suministrarlo.
  Como alternativa podríamos ofrecerles la CN-PES-2X2-E (borde elástico) a 46,20 €/ud.,
  con entrega en unos 10 días. Si les interesa, indíquenlo y les preparamos la oferta.

Un saludo,

Javier Ruiz Echevarría
Departamento Comercial
Redes y Cabos del Cantábrico S.L.
Polígono Industrial de Raos, parcela 14-B · 39011 Santander
Tel. 942 35 72 10 · Móvil 649 81 22 03
"""
    eml = M.reply(P, sender=("Javier Ruiz Echevarría", "jruiz@redesycabos.example"),
                  when=dt(2026, 11, 27, 13, 48, 1), body=body, style="gmail",
                  attrib="El {a}, {d} {b} {Y} a las {H}:{MM}, {name} (<{email}>) escribió:", alang="es",
                  charset="windows-1252", prefix="RE: ")
    exp = expected("confirmation",
                   "Lines 1 and 3 as ordered (answered out of order). Line 2 discontinued = rejected; the alternative "
                   "CN-PES-2X2-E at 46,20 is only an offer, not a confirmation of line 2.",
                   confirmation(P, {1: acc(), 2: rej(), 3: acc()}))
    return [P], eml, exp
