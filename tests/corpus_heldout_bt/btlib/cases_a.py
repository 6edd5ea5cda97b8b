"""Cases 001-018: the required locale-specific phrasings."""
import html as _html

from .common import (case, sup, PO, acc, chg, REJ, UNC, conf, all_acc, expect, reply, oq, gq,
                     req_html, req_text, req_subject, req_dt, rfcdate, _ol_date)
from . import mime


@case("chf-apostrophe-price", "confirmation/de-CH",
      "Swiss price CHF 1'250.50 with apostrophe thousands separator replaces the PO set price; second line unchanged.")
def c_chf():
    s = sup("FILZWAT", "Filzfabrik Wattwil AG", "auftrag@filz-wattwil.example", "de-CH")
    po = PO("4500031201", s, "CHF", "2026-11-03", [
        ("HF-BASS-43", "Hammerfilz Bass-Satz 4/3, 16 lb, Serie 2027", 6, "SET", "1195.00", "2026-12-17"),
        ("HF-TEN-12", "Hammerfilz Tenor-Streifen 12x20 mm", 40, "M", "38.40", "2026-12-17")])
    body = """Grüezi Frau Ruiz

Besten Dank für Ihre Bestellung 4500031201, die wir wie folgt bestätigen:

Pos. 1  HF-BASS-43  6 Sätze   CHF 1'250.50 pro Satz   Liefertermin 17.12.2026
Pos. 2  HF-TEN-12   40 m      CHF 38.40 pro m         Liefertermin 17.12.2026

Zu Pos. 1: Wegen der Wollpreiserhöhung per 1.11. mussten wir den Satzpreis
leider anpassen (bisher CHF 1'195.00).

Freundliche Grüsse

Beat Kägi
Auftragsbearbeitung

Filzfabrik Wattwil AG
Ebnaterstrasse 12, 9630 Wattwil
Tel. +41 71 987 65 40
www.filz-wattwil.example

""" + oq(po, "de", style="old")
    eml = reply(po=po, frm=("Beat Kägi", "b.kaegi@filz-wattwil.example"), seed="bt001",
                date=rfcdate(2026, 11, 11, 14, 22, 9, "+0100"), body=body, client="outlook", lang="de-CH",
                charset="iso-8859-1", cte="quoted-printable", henc="Q", prefix="AW:")
    return [po], eml, expect("confirmation",
                             "CHF 1'250.50 uses the Swiss apostrophe thousands separator; the old price CHF 1'195.00 and '1.11.' are distractors; line 2 unchanged.",
                             conf(po, {1: chg(po, 1, p="1250.50"), 2: acc(po, 2)}))


@case("semaine-51", "confirmation/fr-FR",
      "'livraison semaine 51' without a day means Friday 2026-12-18 for both lines; quantities and prices unchanged.")
def c_sem51():
    s = sup("CINELUM", "Sièges Ciné Lumière SAS", "commandes@cinelumiere-sieges.example", "fr-FR")
    po = PO("4500031245", s, "EUR", "2026-11-04", [
        ("CS-LUX-2027", "Fauteuil cinéma Lux 2027, dossier 110 cm, rouge", 120, "EA", "289.00", "2026-12-11"),
        ("CS-LED-24V", "Éclairage de marche LED 24V, kit 4/3", 30, "SET", "46.50", "2026-12-11")])
    body = """Bonjour Madame Ruiz,

Nous vous remercions pour votre commande 4500031245 et vous la confirmons :
quantités et prix conformes à votre bon de commande.

Livraison semaine 51 pour l'ensemble (nos ateliers de garnissage sont
complets en semaine 50).

Bien cordialement,

Camille Bertrand
Service ADV
Sièges Ciné Lumière SAS
14 rue des Tanneurs, 69007 Lyon
Tél. : +33 4 78 62 19 40

""" + gq(po, "Le mer. 4 nov. 2026 à 10:14, Dana Ruiz <dana.ruiz@buyer.example> a écrit :")
    eml = reply(po=po, frm=("Camille Bertrand", "commandes@cinelumiere-sieges.example"), seed="bt002",
                date=rfcdate(2026, 11, 12, 9, 5, 41, "+0100"), body=body, client="gmail", lang="fr-FR",
                prefix="Re:")
    return [po], eml, expect("confirmation",
                             "Calendar week 51 without a weekday = Friday 2026-12-18 (ISO week); 'semaine 50' is only an explanation.",
                             conf(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, d="2026-12-18")}))


@case("entro-il-17-12", "confirmation/it-IT",
      "'consegna entro il 17/12' has no year and applies to two of three lines; the third keeps the requested date.")
def c_entro():
    s = sup("LATTASUD", "Latta Sud S.r.l.", "ordini@lattasud.example", "it-IT")
    po = PO("4500031277", s, "EUR", "2026-11-05", [
        ("TIN-5L-SQ", "Lattina olio 5 L quadrata, litografata 2027", 4000, "PCS", "0.86", "2026-12-10"),
        ("TIN-1L-SQ", "Lattina olio 1 L, imboccatura 32/38", 6000, "PCS", "0.54", "2026-12-10"),
        ("CAP-32-SG", "Tappo a vite 32 mm con sigillo", 10000, "PCS", "0.045", "2026-12-10")])
    body = """Gentile Sig.ra Ruiz,

con la presente confermiamo il Vs. ordine n. 4500031277 del 05/11/2026:

- pos. 1 lattina 5 L: 4.000 pz a 0,86 € cad. - consegna entro il 17/12
- pos. 2 lattina 1 L: 6.000 pz a 0,54 € cad. - consegna entro il 17/12
- pos. 3 tappi 32 mm: 10.000 pz a 0,045 € cad. - consegna entro il 10/12 come richiesto

Le lattine litografate richiedono una settimana in più per l'essiccazione
della vernice.

Cordiali saluti

Giuseppe Esposito
Ufficio Commerciale
Latta Sud S.r.l. - Zona Industriale ASI, 80011 Acerra (NA)
Tel. +39 081 520 4417 - P.IVA 01234560633

Le informazioni contenute in questa e-mail sono riservate e destinate
esclusivamente al destinatario.

""" + oq(po, "it", style="old")
    eml = reply(po=po, frm=("Giuseppe Esposito", "ordini@lattasud.example"), seed="bt003",
                date=rfcdate(2026, 11, 13, 11, 48, 2, "+0100"), body=body, client="outlook", lang="it-IT",
                charset="windows-1252", cte="quoted-printable", henc="Q", prefix="R:")
    return [po], eml, expect("confirmation",
                             "Dates 17/12 and 10/12 have no year (next occurrence after the mail date = 2026); Italian thousands dot in 4.000 / 10.000.",
                             conf(po, {1: chg(po, 1, d="2026-12-17"), 2: chg(po, 2, d="2026-12-17"), 3: acc(po, 3)}))


@case("termin-dostawy-grudnia", "confirmation/pl-PL",
      "Polish genitive month name 'termin dostawy: 17 grudnia 2026' changes the date of both lines.")
def c_grudnia():
    s = sup("SZAFLUB", "Szafki Metalowe Lubin Sp. z o.o.", "zamowienia@szafki-lubin.example", "pl-PL")
    po = PO("4500031302", s, "PLN", "2026-11-05", [
        ("LCK-3D-30", "Szafka szkolna 3-drzwiowa 1800x300x500, RAL 5015", 48, "EA", "612.00", "2026-12-11"),
        ("LCK-BEN-12", "Ławka szatniowa 1200 mm, 2 półki", 16, "EA", "289.00", "2026-12-11")], buyer="martin")
    body = """Dzień dobry Panie Martinie,

dziękujemy za zamówienie nr 4500031302. Potwierdzamy realizację:

poz. 1  szafka 3-drzwiowa  48 szt.  612,00 zł/szt.
poz. 2  ławka 1200 mm      16 szt.  289,00 zł/szt.

Termin dostawy: 17 grudnia 2026 (obie pozycje, jedną dostawą).

Pozdrawiam serdecznie
Agnieszka Wróbel
Dział Sprzedaży
Szafki Metalowe Lubin Sp. z o.o.
ul. Przemysłowa 8, 59-300 Lubin
tel. +48 76 844 12 90

""" + oq(po, "pl", style="old")
    eml = reply(po=po, frm=("Agnieszka Wróbel", "a.wrobel@szafki-lubin.example"), seed="bt004",
                date=rfcdate(2026, 11, 16, 8, 37, 55, "+0100"), body=body, client="outlook", lang="pl-PL",
                charset="iso-8859-2", cte="quoted-printable", henc="Q", prefix="Odp:")
    return [po], eml, expect("confirmation",
                             "Date written with Polish genitive month 'grudnia'; prices with decimal comma and 'zł' equal the PO.",
                             conf(po, {1: chg(po, 1, d="2026-12-17"), 2: chg(po, 2, d="2026-12-17")}))


@case("dodani-1500-ks", "confirmation/cs-CZ",
      "Czech spaced date '17. 12. 2026' and space-grouped quantity '1 500 ks' (of 2 000 ordered, rest not supplied).")
def c_cz():
    s = sup("KAPKZAV", "Kapkové závlahy s.r.o.", "objednavky@kapkove-zavlahy.example", "cs-CZ")
    po = PO("4500031330", s, "CZK", "2026-11-06", [
        ("DRP-2LH-PC", "Kapkovač 2 l/h kompenzační, trn 4/7 mm", 2000, "PCS", "6.80", "2026-12-10"),
        ("HOSE-16-25", "Kapková hadice 16 mm, rozteč 25 cm, role 500 m", 8, "ROL", "3450.00", "2026-12-10")],
        buyer="jonas")
    body = """Dobrý den, pane Webere,

potvrzujeme Vaši objednávku č. 4500031330:

pol. 1 - kapkovač 2 l/h: skladem máme pouze 1 500 ks, cena 6,80 Kč/ks,
         dodání 17. 12. 2026. Zbývajících 500 ks Vám bohužel nedodáme,
         výrobce typ ukončil.
pol. 2 - kapková hadice 16 mm: 8 rolí á 3 450,00 Kč, dodání 10. 12. 2026
         dle objednávky.

S pozdravem

Ing. Petra Nováková
obchodní oddělení
Kapkové závlahy s.r.o., Průmyslová 1432, 664 42 Modřice
tel.: +420 547 216 380

""" + oq(po, "cs", style="old")
    eml = reply(po=po, frm=("Petra Nováková", "novakova@kapkove-zavlahy.example"), seed="bt005",
                date=rfcdate(2026, 11, 16, 13, 9, 30, "+0100"), body=body, client="outlook", lang="cs-CZ",
                charset="windows-1250", cte="quoted-printable", henc="Q", prefix="RE:")
    return [po], eml, expect("confirmation",
                             "'1 500 ks' uses a space as thousands separator; the remaining 500 are cancelled so confirmed quantity is 1500; '17. 12. 2026' has spaces; line 2 as ordered.",
                             conf(po, {1: chg(po, 1, q=1500, d="2026-12-17"), 2: acc(po, 2)}))


@case("leverans-vecka-51", "confirmation/sv-SE",
      "'leverans vecka 51' (= Fri 2026-12-18) for two lines while the bolts keep '4/12' in Swedish day/month order.")
def c_vecka():
    s = sup("NORRPLOG", "Norrplog AB", "order@norrplog.example", "sv-SE")
    po = PO("4500031355", s, "SEK", "2026-11-06", [
        ("SPB-3000-HX", "Skärstål Hardox 3000x150x20 mm, hålbild 4/3", 10, "EA", "4875.00", "2026-12-04"),
        ("BOLT-M16-60", "Plogbult M16x60 10.9 med mutter", 200, "EA", "14.50", "2026-12-04"),
        ("RUB-2500-30", "Gummiskär 2500x200x30 mm", 4, "EA", "2390.00", "2026-12-04")], buyer="sofie")
    body = """Hej Sofie!

Tack för ordern 4500031355.

Pos 1 och 3: leverans vecka 51, pris enligt order (4 875,00 resp. 2 390,00 kr/st).
Pos 2: bultarna går direkt från lager, leverans 4/12 enligt önskemål, 14,50 kr/st.

Ha en fin dag!

Mikael Lindqvist
Innesälj
Norrplog AB | Industrigatan 7 | 931 36 Skellefteå
Tel 0910-77 21 50

""" + gq(po, "6 nov. 2026 kl. 10:14 skrev Sofie Lund <sofie.lund@buyer.example>:")
    eml = reply(po=po, frm=("Mikael Lindqvist", "mikael.lindqvist@norrplog.example"), seed="bt006",
                date=rfcdate(2026, 11, 17, 15, 2, 11, "+0100"), body=body, client="apple", lang="sv-SE",
                charset="iso-8859-1", cte="quoted-printable", henc="Q", prefix="SV:")
    return [po], eml, expect("confirmation",
                             "Week 51 without a day = Friday 2026-12-18 for lines 1 and 3; '4/12' is 4 December (day first) = requested date for line 2.",
                             conf(po, {1: chg(po, 1, d="2026-12-18"), 2: acc(po, 2), 3: chg(po, 3, d="2026-12-18")}))


@case("levering-17-december", "confirmation/nl-BE",
      "'levering op 17 december' without a year for all lines; an arrival date 14/12 of raw material is a distractor.")
def c_nlbe():
    s = sup("YOGAVL", "Yogamat Vlaanderen BV", "verkoop@yogamat-vl.example", "nl-BE")
    po = PO("4500031388", s, "EUR", "2026-11-09", [
        ("YM-TPE-6", "Yogamat TPE 183x61 cm, 6 mm, tweekleurig", 300, "PCS", "11.90", "2026-12-15"),
        ("YM-NR-4", "Yogamat natuurrubber 185x68 cm, 4 mm", 120, "PCS", "24.80", "2026-12-15"),
        ("YB-STRAP", "Draagriem katoen 2,5 x 180 cm", 400, "PCS", "1.95", "2026-12-15")], buyer="elena")
    body = """Beste Elena,

Bedankt voor uw bestelling 4500031388.

Wij bevestigen de drie posities aan de vermelde prijzen (11,90 / 24,80 / 1,95 EUR)
en in de gevraagde aantallen, levering op 17 december. De natuurrubber komt
pas op 14/12 bij ons binnen, vandaar de kleine verschuiving.

Met vriendelijke groeten,

Lotte Claes
Verkoop binnendienst
Yogamat Vlaanderen BV - Kortrijksesteenweg 212, 9830 Sint-Martens-Latem
T +32 9 282 41 17

""" + gq(po, "Op ma 9 nov 2026 om 10:14 schreef Elena Costa <elena.costa@buyer.example>:")
    eml = reply(po=po, frm=("Lotte Claes", "verkoop@yogamat-vl.example"), seed="bt007",
                date=rfcdate(2026, 11, 18, 10, 26, 40, "+0100"), body=body, client="gmail", lang="nl-BE",
                cte="base64", prefix="Re:")
    return [po], eml, expect("confirmation",
                             "'17 december' has no year -> 2026-12-17; '14/12' is the supplier's raw-material arrival, not a commitment.",
                             conf(po, {1: chg(po, 1, d="2026-12-17"), 2: chg(po, 2, d="2026-12-17"),
                                       3: chg(po, 3, d="2026-12-17")}))


@case("otgruzka-ship-date", "confirmation/ru-RU",
      "KOI8-R reply gives only a ship date 'отгрузка 17.12.2026', which therefore is the committed date.")
def c_ru():
    s = sup("SETKAPROM", "OOO SetkaProm", "sales@setkaprom.example", "ru-RU")
    po = PO("4500031410", s, "EUR", "2026-11-09", [
        ("MSH-65G-8", "Woven screen mesh 65Mn, aperture 8x8 mm, wire 3 mm, 1500x6000", 12, "EA", "418.00", "2026-12-18"),
        ("MSH-PU-20", "Polyurethane screen panel 305x610, aperture 20x20", 60, "EA", "57.30", "2026-12-18")],
        buyer="jonas")
    body = """Добрый день, Йонас!

Подтверждаем заказ N 4500031410 в полном объёме:
1) сетка 65Г 8х8 мм - 12 шт. по 418,00 EUR
2) полиуретановая панель 305х610 - 60 шт. по 57,30 EUR

Отгрузка 17.12.2026 со склада в Челябинске.

С уважением,
Ольга Смирнова
менеджер отдела продаж
ООО "СеткаПром"
г. Челябинск, ул. Енисейская, 52
тел. +7 351 220-14-87

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("Ольга Смирнова", "o.smirnova@setkaprom.example"), seed="bt008",
                date=rfcdate(2026, 11, 19, 9, 14, 3, "+0300"), body=body, client="outlook", lang="ru-RU",
                charset="koi8-r", cte="base64", text_only=True, prefix="RE:")
    return [po], eml, expect("confirmation",
                             "Only a ship date (отгрузка) is given, so it is the committed date 2026-12-17; KOI8-R base64 text-only mail.",
                             conf(po, {1: chg(po, 1, d="2026-12-17"), 2: chg(po, 2, d="2026-12-17")}))


@case("postavka-grudnya", "confirmation/uk-UA",
      "Ukrainian 'поставка 17 грудня' without a year in windows-1251 applies to all three lines.")
def c_ua():
    s = sup("KARPUPR", "TOV Karpatska Upriazh", "zakaz@karpat-upryazh.example", "uk-UA")
    po = PO("4500031433", s, "EUR", "2026-11-10", [
        ("HRN-XB-M", "X-back sled dog harness, size M, reflective 25 mm", 40, "EA", "27.50", "2026-12-11"),
        ("HRN-XB-L", "X-back sled dog harness, size L, reflective 25 mm", 30, "EA", "29.00", "2026-12-11"),
        ("LIN-GANG-12", "Gangline 12 m for 6 dogs, 8 mm PE", 10, "EA", "64.00", "2026-12-11")])
    body = """Доброго дня, пані Дано!

Підтверджуємо замовлення 4500031433:
поз. 1 - 40 шт., поз. 2 - 30 шт., поз. 3 - 10 шт., ціни без змін.
Поставка 17 грудня (раніше не встигаємо через графіки відключень
електроенергії, вибачте).

З повагою,
Тарас Мельник
ТОВ «Карпатська Упряж»
м. Івано-Франківськ, вул. Залізнична, 19
+380 342 55 20 18

""" + gq(po, "10.11.2026 11:14, Dana Ruiz пише:")
    eml = reply(po=po, frm=("Тарас Мельник", "zakaz@karpat-upryazh.example"), seed="bt009",
                date=rfcdate(2026, 11, 20, 16, 40, 27, "+0200"), body=body, client="thunderbird", lang="uk-UA",
                charset="windows-1251", cte="8bit", text_only=True, prefix="Re:")
    return [po], eml, expect("confirmation",
                             "Month in Ukrainian genitive ('грудня') without a year -> 2026-12-17; quantities and prices confirmed unchanged.",
                             conf(po, {1: chg(po, 1, d="2026-12-17"), 2: chg(po, 2, d="2026-12-17"),
                                       3: chg(po, 3, d="2026-12-17")}))


@case("nouki-12gatsu17", "confirmation/ja-JP",
      "Shift_JIS reply with '納期：12月17日' for all lines and a revised yen price written with full-width context.")
def c_ja():
    s = sup("KOEILAMP", "Koei Lamp Co., Ltd.", "eigyo@koei-lamp.example", "ja-JP")
    po = PO("4500031460", s, "JPY", "2026-11-10", [
        ("XL-3000W", "Xenon lamp 3000 W for 35 mm projector, OFR type", 6, "EA", "98000", "2026-12-14"),
        ("XL-2000W", "Xenon lamp 2000 W horizontal, 2027 series", 4, "EA", "76500", "2026-12-14")], buyer="priya")
    body = """Kestrel Procurement B.V.
Priya Nair 様

いつも大変お世話になっております。
光映ランプ 営業部の佐藤でございます。

ご注文書 No.4500031460 につきまして、下記の通りお請けいたします。

1. XL-3000W  6個  単価 98,000円
2. XL-2000W  4個  単価 79,800円
   （※為替変動により単価を改定させていただきました。何卒ご了承ください。）

納期：12月17日（全数一括）

今後ともよろしくお願い申し上げます。

--------------------------------
株式会社光映ランプ 営業部
佐藤 健一
〒532-0011 大阪市淀川区西中島5-7-19
TEL 06-6305-2281 / FAX 06-6305-2282
--------------------------------

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("佐藤 健一", "k.sato@koei-lamp.example"), seed="bt010",
                date=rfcdate(2026, 11, 24, 17, 3, 12, "+0900"), body=body, client="outlook", lang="ja-JP",
                charset="shift_jis", cte="base64", prefix="RE:")
    return [po], eml, expect("confirmation",
                             "Japanese date 12月17日 without a year -> 2026-12-17; line 2 price raised to 79,800 yen (comma is a thousands separator).",
                             conf(po, {1: chg(po, 1, d="2026-12-17"), 2: chg(po, 2, p="79800", d="2026-12-17")}))


@case("jiaoqi-big5", "confirmation/zh-TW",
      "Big5 reply with '交期 2026/12/17' (delivery to our warehouse) and a copper surcharge on one line.")
def c_tw():
    s = sup("SHENGHUAN", "Shenghuan Technology Co., Ltd.", "sales@shenghuan-tech.example", "zh-TW")
    po = PO("4500031482", s, "USD", "2026-11-11", [
        ("HLA-400", "Hearing loop amplifier 400 m2, 24V DC, IEC 60118-4", 8, "EA", "612.00", "2026-12-18"),
        ("HLA-PAD-1", "Counter loop pad 1 m2 with 3/8 in cable gland", 25, "EA", "84.00", "2026-12-18"),
        ("CBL-CU-1.5", "Flat copper loop cable 1.5 mm2, 50 m roll", 12, "ROL", "38.50", "2026-12-18")],
        buyer="priya")
    body = """Priya 您好，

感謝貴司訂單 4500031482，確認如下：

第1項 HLA-400   8台   單價 USD 612.00
第2項 HLA-PAD-1 25個  單價 USD 84.00
第3項 CBL-CU-1.5 12捲 單價 USD 41.00（銅價上漲，敬請見諒）

交期 2026/12/17，送達貴司鹿特丹倉庫。

如有任何問題請隨時與我聯絡。

林怡君 Yi-Chun Lin
業務部 Sales Dept.
聲環科技股份有限公司
新北市新店區北新路三段205號7樓
Tel: +886-2-2918-6650 ext. 215

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("林怡君", "yc.lin@shenghuan-tech.example"), seed="bt011",
                date=rfcdate(2026, 11, 23, 15, 30, 5, "+0800"), body=body, client="outlook", lang="zh-TW",
                charset="big5", cte="base64", prefix="RE:")
    return [po], eml, expect("confirmation",
                             "交期 2026/12/17 is stated as arrival at our warehouse (delivery date); line 3 price 41.00 instead of 38.50.",
                             conf(po, {1: chg(po, 1, d="2026-12-17"), 2: chg(po, 2, d="2026-12-17"),
                                       3: chg(po, 3, p="41.00", d="2026-12-17")}))


@case("aspaka-hebrew", "confirmation/he-IL",
      "Right-to-left windows-1255 reply: 'אספקה ב-17.12.2026' for two lines, third line rejected (not in stock).")
def c_he():
    s = sup("KLEIPARSA", "Klei Parsa Ltd.", "orders@klei-parsa.example", "he-IL")
    po = PO("4500031501", s, "USD", "2026-11-11", [
        ("HK-R-DBL", "Hoof knife double-edge, right hand, 2027 model", 60, "EA", "18.40", "2026-12-21"),
        ("HK-L-NRW", "Hoof knife narrow blade, left hand", 24, "EA", "17.90", "2026-12-21"),
        ("SHP-STN-150", "Sharpening stone 150x50 mm, grit 400/1000", 30, "EA", "9.75", "2026-12-21")])
    body = """שלום דנה,

אנו מאשרים את הזמנה 4500031501 כדלקמן:
פריט 1 (HK-R-DBL) - 60 יח' ב-18.40 דולר ליחידה
פריט 2 (HK-L-NRW) - 24 יח' ב-17.90 דולר ליחידה
פריט 3 (SHP-STN-150) - אזל מהמלאי, לא נוכל לספק.

אספקה ב-17.12.2026 לפריטים 1 ו-2.

בברכה,
יוסי לוי
מחלקת מכירות
כלי פרסה בע"מ
רח' המלאכה 6, נתניה
טל' 09-8651234

""" + oq(po, "en", style="old")
    eml = reply(po=po, frm=("יוסי לוי", "orders@klei-parsa.example"), seed="bt012",
                date=rfcdate(2026, 11, 25, 12, 55, 48, "+0200"), body=body, client="outlook", lang="he-IL",
                charset="windows-1255", cte="base64", dir_="rtl", prefix="RE:")
    return [po], eml, expect("confirmation",
                             "Hebrew RTL text with ASCII item codes; 'אספקה ב-17.12.2026' covers lines 1-2, line 3 is out of stock (rejected).",
                             conf(po, {1: chg(po, 1, d="2026-12-17"), 2: chg(po, 2, d="2026-12-17"), 3: REJ}))


@case("price-per-thousand", "confirmation/en-US",
      "New price quoted as $138.00 per 1,000 for a PO priced per piece (0.138/EA); ship date 12/9 vs delivery 12/14 (delivery wins).")
def c_per1000():
    s = sup("DESBLOOM", "Desert Bloom Irrigation Inc.", "orders@desertbloom-irr.example", "en-US")
    po = PO("4500031520", s, "USD", "2026-11-12", [
        ("DRP-PC-1GPH", "Pressure-compensating dripper 1 GPH, 1/4 in barb", 25000, "EA", "0.142", "2026-12-14"),
        ("STK-12-BL", "Dripper stake 12 in, black, for 3/8 tube", 25000, "EA", "0.061", "2026-12-14"),
        ("TUB-14-500", "1/4 in vinyl micro tubing, 500 ft coil", 40, "ROL", "21.75", "2026-12-14")], buyer="priya")
    body = """Hi Priya,

Confirming PO 4500031520:

Line 1 - 25,000 pcs DRP-PC-1GPH, price is now $138.00 per 1,000 (volume break applied).
Line 2 - 25,000 pcs stakes, as ordered.
Line 3 - 40 coils tubing, as ordered.

Everything ships 12/9 from Mesa for delivery 12/14.

Thanks!
Kyle Brennan
Inside Sales | Desert Bloom Irrigation Inc.
2150 W Broadway Rd, Mesa, AZ 85202
(480) 555-0174

""" + gq(po, "On Thu, Nov 12, 2026 at 2:14 AM Priya Nair <priya.nair@buyer.example> wrote:")
    eml = reply(po=po, frm=("Kyle Brennan", "kyle@desertbloom-irr.example"), seed="bt013",
                date=rfcdate(2026, 11, 16, 11, 7, 19, "-0700"), body=body, client="gmail", lang="en-US",
                prefix="Re:")
    return [po], eml, expect("confirmation",
                             "$138.00 per 1,000 pcs = 0.138 per EA (PO 0.142); US month/day dates; delivery 12/14 wins over ship 12/9.",
                             conf(po, {1: chg(po, 1, p="0.138"), 2: acc(po, 2), 3: acc(po, 3)}))


@case("html-only-split-table", "confirmation/de-AT",
      "HTML-only Outlook reply with a table of two partial deliveries (one with 'Jänner'); no text/plain part.")
def c_deat():
    s = sup("HYDSTEIN", "Hydrokultur Steiner GmbH", "bestellung@hydro-steiner.example", "de-AT")
    po = PO("4500031544", s, "EUR", "2026-11-12", [
        ("HT-60x40-SET", "Hydrokulturwanne 60x40x7 cm mit Deckel, 24 Löcher", 800, "PCS", "6.45", "2026-12-14"),
        ("HT-120x60", "Anstauwanne 120x60 cm, ABS schwarz", 150, "PCS", "19.80", "2026-12-14")], buyer="martin")
    w = req_dt(po)
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!-- p.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}} td {{font-size:10.0pt;}} --></style>
</head><body lang="DE-AT"><div class="WordSection1">
<p class="MsoNormal">Sehr geehrter Herr Keller,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">vielen Dank f&uuml;r Ihre Bestellung 4500031544. Da wir die Wannen 60x40 nicht zur G&auml;nze
lagernd haben, liefern wir in zwei Teillieferungen:</p>
<p class="MsoNormal">&nbsp;</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Pos.</th><th>Artikel</th><th>Menge</th><th>Einzelpreis</th><th>Liefertermin</th></tr>
<tr><td>1</td><td>HT-60x40-SET</td><td align="right">500 Stk.</td><td align="right">&euro; 6,45</td><td>14.12.2026</td></tr>
<tr><td>1</td><td>HT-60x40-SET</td><td align="right">300 Stk.</td><td align="right">&euro; 6,45</td><td>11.01.2027</td></tr>
<tr><td>2</td><td>HT-120x60</td><td align="right">150 Stk.</td><td align="right">&euro; 19,80</td><td>14.12.2026</td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Die Restmenge kommt also am 11. J&auml;nner 2027. Wir bitten um Verst&auml;ndnis.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mit freundlichen Gr&uuml;&szlig;en<br>
Andrea Pichler<br>Verkaufsinnendienst</p>
<p class="MsoNormal"><b>Hydrokultur Steiner GmbH</b><br>Gewerbepark 3, 4614 Marchtrenk, &Ouml;sterreich<br>
Tel. +43 7242 61 0 44-12 | FN 298877 k, LG Wels</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Von:</b> Martin Keller &lt;martin.keller@buyer.example&gt;<br>
<b>Gesendet:</b> {_html.escape(_ol_date(w, "de"))}<br>
<b>An:</b> bestellung@hydro-steiner.example<br>
<b>Betreff:</b> {req_subject(po)}</p></div>
{req_html(po)}
</div></body></html>
"""
    eml = reply(po=po, frm=("Andrea Pichler", "a.pichler@hydro-steiner.example"), seed="bt014",
                date=rfcdate(2026, 11, 17, 9, 58, 33, "+0100"), body="", html=html, html_only=True,
                client="o365", lang="de-AT", prefix="AW:")
    return [po], eml, expect("confirmation",
                             "Only an HTML part; line 1 split 500 on 2026-12-14 and 300 on 2027-01-11 (Austrian 'Jänner'); line 2 in full as ordered.",
                             conf(po, {1: chg(po, 1, d="2027-01-11", sched=[(500, "2026-12-14"), (300, "2027-01-11")]),
                                       2: acc(po, 2)}))


@case("quoted-reminder-other-date", "confirmation/en-GB",
      "Supplier confirms the PO as ordered; the quoted reminder below asks for 04/12/2026, which must be ignored.")
def c_reminder():
    s = sup("ABBEYBR", "Abbeygate Church Brass Ltd", "sales@abbeygate-brass.example", "en-GB")
    po = PO("4500031566", s, "GBP", "2026-11-02", [
        ("CH-BR-450", "Altar candle holder, brass, 450 mm, 3/8 pricket", 12, "EA", "68.00", "2026-12-15"),
        ("CH-PAS-80", "Paschal candle stand, 80 mm socket, oak base", 2, "EA", "245.00", "2026-12-15"),
        ("CH-VOT-24", "Votive stand, 24 cups, black steel", 3, "EA", "189.50", "2026-12-15")], buyer="sofie")
    reminder = ("Friendly reminder: we have not yet received your confirmation. Could you possibly bring "
                "delivery forward to 04/12/2026 for the Advent services?")
    import datetime as dt
    rem_when = dt.datetime(2026, 11, 16, 9, 2)
    body = """Dear Sofie,

Apologies for the slow reply. Order 4500031566 is confirmed in full at the
prices shown: 12 altar holders, 2 paschal stands and 3 votive stands.

Delivery will be on 15/12/2026 as per the order - I'm afraid we can't bring
it forward, the brass is still at the polishers.

Kind regards,

Harriet Moss
Sales Office
Abbeygate Church Brass Ltd
Unit 4, Foundry Lane, Bury St Edmunds IP32 7AB
01284 712 650

Abbeygate Church Brass Ltd is registered in England and Wales, company no. 04412987.
This e-mail and any attachments are confidential.

""" + oq(po, "en", when=rem_when, reminder=reminder)
    refs = f"{po['request_message_id']} <po-4500031566.r2@buyer.example>"
    eml = reply(po=po, frm=("Harriet Moss", "harriet.moss@abbeygate-brass.example"), seed="bt015",
                date=rfcdate(2026, 11, 18, 14, 41, 6, "+0000"), body=body, client="o365", lang="en-GB",
                subject="RE: Reminder: " + req_subject(po), refs=refs)
    eml = eml.replace(b"In-Reply-To: " + po["request_message_id"].encode(),
                      b"In-Reply-To: <po-4500031566.r2@buyer.example>")
    return [po], eml, expect("confirmation",
                             "Only the supplier's own words count: delivery 15/12/2026 as ordered; our quoted reminder's 04/12/2026 is not a commitment.",
                             all_acc(po))


@case("discontinued-whole-order", "confirmation/nl-NL",
      "The whole order is declined because the glaze range is discontinued: a rejection is still an answer (all lines rejected).")
def c_disc():
    s = sup("GLAZDELFT", "Glazuurhuis Delft B.V.", "orders@glazuurhuis.example", "nl-NL")
    po = PO("4500031590", s, "EUR", "2026-11-13", [
        ("GLZ-CEL-1260", "Celadon glazuur 1260 °C, poeder", 100, "KG", "14.20", "2026-12-16"),
        ("GLZ-TEN-1280", "Tenmoku glazuur 1280 °C, poeder", 50, "KG", "15.60", "2026-12-16"),
        ("GLZ-MED-1L", "Glazuurmedium CMC, fles 1 L", 12, "L", "8.90", "2026-12-16")], buyer="elena")
    body = """Beste mevrouw Costa,

Dank voor uw bestelling 4500031590. Helaas moeten wij deze in zijn geheel
afwijzen: de complete Stoneware 1260-lijn (celadon, tenmoku en het
bijbehorende medium) is per 1 november 2026 uit ons assortiment genomen.
Wij kunnen u hiervoor ook geen alternatief aanbieden.

Onze excuses voor het ongemak.

Met vriendelijke groet,

Ruud van der Berg
Orderverwerking
Glazuurhuis Delft B.V. | Schieweg 90 | 2627 AN Delft
+31 15 262 44 10

""" + gq(po, "Op 13-11-2026 om 10:14 schreef Elena Costa:")
    eml = reply(po=po, frm=("Ruud van der Berg", "orders@glazuurhuis.example"), seed="bt016",
                date=rfcdate(2026, 11, 17, 16, 12, 50, "+0100"), body=body, client="thunderbird", lang="nl-NL",
                cte="8bit", text_only=True, prefix="Re:")
    return [po], eml, expect("confirmation",
                             "Whole order rejected (range discontinued); '1 november 2026' and '1260' are not delivery data.",
                             conf(po, {1: REJ, 2: REJ, 3: REJ}))


@case("dispatch-by-17th-dec", "confirmation/en-IN",
      "Indian English 'dispatch by 17th Dec' is a ship date (no delivery date given); hook strips rounded up to full bundles.")
def c_inr():
    s = sup("RAJMESH", "Rajmesh Wire Cloth Pvt. Ltd.", "exports@rajmesh-wire.example", "en-IN")
    po = PO("4500031611", s, "USD", "2026-11-13", [
        ("SCR-HC-25", "Heavy crimp screen 25 mm aperture, 6 mm wire, 1800x4000", 8, "EA", "385.00", "2026-12-22"),
        ("SCR-HC-12", "Heavy crimp screen 12 mm aperture, 4 mm wire, 1800x4000", 8, "EA", "342.00", "2026-12-22"),
        ("HOOK-STR-18", "Hook strip 1800 mm, 12 gauge", 16, "EA", "22.40", "2026-12-22")], buyer="jonas")
    body = """Dear Sir,

Greetings from Rajmesh Wire Cloth!

We are pleased to confirm your PO No. 4500031611 dt. 13.11.2026. All items
are accepted at PO rates. Kindly note qty of hook strips (item 3) is revised
to 20 nos. as they are packed 10 nos. per bundle.

Material will be ready and we shall dispatch by 17th Dec from our Nagpur works.

Thanks & Regards,
Suresh Kulkarni
Manager - Exports
Rajmesh Wire Cloth Pvt. Ltd.
Plot No. C-41, MIDC Hingna, Nagpur - 440016, Maharashtra, India
Mob: +91 98220 45117 | Ph: +91 712 2530 889

""" + gq(po, "On Fri, 13 Nov 2026 at 14:44, Jonas Weber <jonas.weber@buyer.example> wrote:")
    eml = reply(po=po, frm=("Suresh Kulkarni", "exports@rajmesh-wire.example"), seed="bt017",
                date=rfcdate(2026, 11, 19, 12, 31, 7, "+0530"), body=body, client="gmail", lang="en-IN",
                prefix="Re:")
    return [po], eml, expect("confirmation",
                             "'dispatch by 17th Dec' is the only date (ship date) -> 2026-12-17; item 3 quantity revised 16 -> 20; PO date 13.11.2026 is a distractor.",
                             conf(po, {1: chg(po, 1, d="2026-12-17"), 2: chg(po, 2, d="2026-12-17"),
                                       3: chg(po, 3, q=20, d="2026-12-17")}))


@case("min-order-surcharge", "needs_review/en-IE",
      "Lines confirmed as ordered but 'minimum order surcharge EUR 45 applies' and release awaits our OK.")
def n_surcharge():
    s = sup("ATLKITE", "Atlantic Kite Lines Ltd", "orders@atlantic-kitelines.example", "en-IE")
    po = PO("4500031635", s, "EUR", "2026-11-16", [
        ("KL-22M-4L", "Kite line set 4 x 22 m, Dyneema, 300 kg", 10, "SET", "84.00", "2026-12-14"),
        ("KL-LEAD-15", "Leader lines 1.5 m with pigtails", 20, "PAIR", "6.50", "2026-12-14")], buyer="sofie")
    body = """Hi Sofie,

Thanks for the order. Lines 1 and 2 are grand as ordered, delivery 14/12.

Please note as the order value is under EUR 1,000, a minimum order
surcharge EUR 45 applies. Let me know if that's OK and I'll release it
to the warehouse.

Cheers,
Niamh O'Sullivan
Atlantic Kite Lines Ltd
Unit 9, Lahinch Business Park, Co. Clare, V95 X2T4
+353 65 708 1123

""" + gq(po, "On Mon 16 Nov 2026, 10:14 Sofie Lund, <sofie.lund@buyer.example> wrote:")
    eml = reply(po=po, frm=("Niamh O'Sullivan", "niamh@atlantic-kitelines.example"), seed="bt018",
                date=rfcdate(2026, 11, 20, 10, 3, 44, "+0000"), body=body, client="iphone", lang="en-IE",
                text_only=True, prefix="Re:")
    return [po], eml, expect("needs_review",
                             "Lines look confirmed, but an extra EUR 45 surcharge is imposed and release waits for our approval: a condition, so no confirmation yet.")
