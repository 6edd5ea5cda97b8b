# -*- coding: utf-8 -*-
from .common import *


@case("abacus-beads-kw51-outlook-de", "confirmation", "de-AT",
      "Outlook top-post in Austrian German over the quoted PO; one line moved to 'KW 51' (=Friday), decimal commas and thousand dots.")
def c001():
    S = sup("PERLW", "Perlenwerk Steyr GmbH", "verkauf@perlenwerk-steyr.example", "de-AT")
    p = mkpo("4500031001", S, "jonas", "EUR", "2026-11-04", [
        ("AB-BCH-10", "Abacus beads, beech, 10 mm, natural", 20000, "PC", "0.0380", "2026-12-11"),
        ("AB-BCH-12R", "Abacus beads, beech, 12 mm, red", 8000, "PC", "0.0450", "2026-12-11"),
        ("AB-ROD-300", "Abacus rods, steel, 300 mm", 1500, "PC", "0.2100", "2026-12-11"),
    ])
    body = """Sehr geehrter Herr Weber,

danke für Ihre Bestellung 4500031001, die wir wie folgt bestätigen:

Pos. 1  AB-BCH-10    20.000 Stk.  à € 0,038   Liefertermin 11.12.2026
Pos. 2  AB-BCH-12R    8.000 Stk.  à € 0,045   Liefertermin KW 51 (rote Perlen werden nachgefärbt)
Pos. 3  AB-ROD-300    1.500 Stk.  à € 0,21    Liefertermin 11.12.2026

Lieferung frei Haus Hamburg wie vereinbart.

Mit freundlichen Grüßen

Ing. Karin Hofstätter
Verkaufsinnendienst
Perlenwerk Steyr GmbH | Ennser Straße 44 | 4400 Steyr | Österreich
T +43 7252 81 22-14 | F +43 7252 81 22-99
FN 118822 t | UID ATU 12345678 | Landesgericht Steyr
""" + q_outlook(p, "de")
    m = eml(p, text(body, cs="windows-1252"), "2026-11-05 10:41:09", ("Karin Hofstätter", S["email"]),
            prefix="AW:", midstyle="outlook", extra=[("Thread-Topic", req_subject(p)), ("Content-Language", "de-AT")])
    e = expected("confirmation", "Lines 1 and 3 confirmed as ordered (0,038 = 0.0380; 0,21 = 0.2100). Line 2 delivery 'KW 51' with no day = Friday of ISO week 51 = 2026-12-18, later than 2026-12-11, so changed.",
                 [conf(p, acc(p, 1), chg(p, 2, date=kw(2026, 51)), acc(p, 3))])
    return [p], m, e


@case("boat-cleats-moq-price-gmail-pt", "confirmation", "pt-BR",
      "Gmail reply in Brazilian Portuguese: one line raised to MOQ 500, one line price up (R$ 44,10), dates dd/mm without year.")
def c002():
    S = sup("NAUTB", "Náutica Baía Ferragens Ltda.", "vendas@nauticabaia.example", "pt-BR")
    p = mkpo("4500031002", S, "mira", "BRL", "2026-11-03", [
        ("BC-AL-150", "Boat cleat, aluminium, 150 mm", 200, "EA", "18.90", "2026-12-14"),
        ("BC-NY-100", "Boat cleat, nylon, black, 100 mm", 350, "EA", "6.40", "2026-12-14"),
        ("BC-SS-200", "Boat cleat, stainless 316, 200 mm", 120, "EA", "42.00", "2026-12-14"),
    ])
    intro = "Em ter., 3 de nov. de 2026 às 09:05, Mira Lindqvist <mira.lindqvist@harbourline.example> escreveu:"
    body = """Olá Mira, bom dia!

Segue retorno do pedido 4500031002:

- Item 1 (cunho alumínio 150mm): ok, 200 pçs a R$ 18,90, entrega 14/12.
- Item 2 (cunho nylon 100mm): nosso pedido mínimo para esse item é de 500 peças, então confirmamos 500 pçs a R$ 6,40, entrega 14/12.
- Item 3 (cunho inox 316 200mm): o aço inox subiu este mês, o preço fica R$ 44,10 a peça. Quantidade 120 pçs, entrega 14/12.

Qualquer dúvida estou à disposição.

Att,
Rafael Menezes
Comercial – Náutica Baía Ferragens
(71) 3322-8190 | WhatsApp (71) 99812-4471
""" + q_gmail(p, intro)
    m = eml(p, alt(body, html_wrap(nl2br(body), "pt-BR"), style="gmail"), "2026-11-05 14:22:51",
            ("Rafael Menezes", S["email"]), prefix="Re:", midstyle="gmail", tz="-0300")
    e = expected("confirmation", "Line 1 as ordered. Line 2 quantity raised to the 500-piece minimum (price/date unchanged). Line 3 price R$ 44,10 instead of 42.00. '14/12' without year = 2026-12-14.",
                 [conf(p, acc(p, 1), chg(p, 2, qty=500), chg(p, 3, price="44.10"))])
    return [p], m, e


@case("cake-tins-buddhist-era-th", "confirmation", "th-TH",
      "Thai reply (UTF-8, base64) with Buddhist-era years 2569/2570 and Thai month abbreviations; second line pushed to January.")
def c003():
    S = sup("SIAMB", "Siam Bakeware Co., Ltd.", "sales@siambakeware.example", "th-TH")
    p = mkpo("4500031003", S, "priya", "USD", "2026-11-04", [
        ("CT-RND-20", "Cake tin, round, 20 cm, springform", 600, "PC", "2.85", "2026-12-18"),
        ("CT-SQ-23", "Cake tin, square, 23 cm, non-stick", 400, "PC", "3.10", "2026-12-18"),
    ])
    body = """เรียน คุณ Priya Nair

บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031003 ดังนี้

รายการที่ 1  CT-RND-20  พิมพ์เค้กกลม 20 ซม. แบบถอดก้นได้
  จำนวน 600 ชิ้น  ราคา 2.85 USD/ชิ้น  ส่งมอบวันที่ 18/12/2569

รายการที่ 2  CT-SQ-23  พิมพ์เค้กสี่เหลี่ยม 23 ซม. เคลือบกันติด
  จำนวน 400 ชิ้น  ราคา 3.10 USD/ชิ้น
  เนื่องจากสารเคลือบกันติดล็อตใหม่ยังไม่เข้า จะส่งมอบได้วันที่ 8 ม.ค. 2570

จึงเรียนมาเพื่อโปรดทราบ

ขอแสดงความนับถือ
สุภาพร วงศ์ใหญ่ (ฝ่ายขายต่างประเทศ)
บริษัท สยาม เบเกอแวร์ จำกัด
โทร. 02-734-5521 ต่อ 118  มือถือ 081-552-7730
"""
    m = eml(p, text(body, cte="base64"), "2026-11-06 10:40:02", ("Supaporn Wongyai", S["email"]),
            prefix="RE:", tz="+0700", mua="Microsoft Outlook 16.0")
    e = expected("confirmation", "Thai Buddhist-era years: 2569 = 2026, 2570 = 2027. Line 1 as ordered (18/12/2026). Line 2 quantity/price unchanged, delivery 8 Jan 2027 (ม.ค. = January).",
                 [conf(p, acc(p, 1), chg(p, 2, date="2027-01-08"))])
    return [p], m, e


@case("door-stops-earlier-phone-sw", "confirmation", "sw-KE",
      "Terse Swahili/English reply from a phone with Samsung-style quote; both lines delivered two days EARLIER than requested.")
def c004():
    S = sup("MLGH", "Mlango Hardware Ltd", "info@mlangohardware.example", "sw-KE")
    p = mkpo("4500031004", S, "tom", "KES", "2026-11-04", [
        ("DS-RUB-01", "Door stop, rubber wedge, brown", 1000, "PC", "85.00", "2026-12-10"),
        ("DS-MAG-02", "Door stop, magnetic, brushed steel", 250, "PC", "640.00", "2026-12-10"),
    ])
    body = """Habari Tom,
Tumepokea LPO 4500031004. Zote tunaweza: rubber 1000pcs @85, magnetic 250pcs @640. Delivery tutaleta tarehe 8/12 badala ya 10/12 kwa sababu ya ratiba ya lori.
Asante
Wanjiru

Sent from my Samsung Galaxy smartphone.

-------- Original message --------
From: Tom Okafor <tom.okafor@harbourline.example>
Date: 04/11/2026 11:05 (GMT+03:00)
To: info@mlangohardware.example
Subject: Purchase order 4500031004 - please confirm

""" + req_text(p)
    m = eml(p, text(body, cte="8bit"), "2026-11-05 07:51:40", ("Wanjiru Kamau", S["email"]),
            prefix="RE:", tz="+0300")
    e = expected("confirmation", "Both lines confirmed at ordered quantity and price, but delivery on 8/12 (day-first, Kenya) = 2026-12-08 instead of 2026-12-10: earlier date, so both changed.",
                 [conf(p, chg(p, 1, date="2026-12-08"), chg(p, 2, date="2026-12-08"))])
    return [p], m, e


@case("egg-cartons-lakh-per100-hi", "confirmation", "hi-IN",
      "Hindi reply with Indian digit grouping (1,20,000) and a price quoted per 100 pieces (Rs 185/100 = 1.85 vs 1.80 ordered).")
def c005():
    S = sup("SHRPK", "Shree Packaging Industries Pvt. Ltd.", "sales@shreepack.example", "hi-IN")
    p = mkpo("4500031005", S, "priya", "INR", "2026-11-05", [
        ("EC-30-PULP", "Egg tray, moulded pulp, 30 cells", 120000, "PC", "1.80", "2027-01-08"),
        ("EC-6-CLR", "Egg carton, 6 eggs, clear PET", 40000, "PC", "4.25", "2027-01-08"),
    ])
    body = """नमस्ते प्रिया जी,

आपके PO 4500031005 के लिए धन्यवाद। हमारी पुष्टि इस प्रकार है:

लाइन 1 – एग ट्रे 30 सेल (EC-30-PULP): 1,20,000 नग, दर ₹185 प्रति 100 नग (कागज़ की लुगदी के दाम बढ़ने के कारण), डिलीवरी 08-01-2027।
लाइन 2 – एग कार्टन 6 अंडे (EC-6-CLR): 40,000 नग @ ₹4.25, डिलीवरी 15-01-2027 (PET शीट का स्टॉक 10 जनवरी को आएगा)।

GST अलग से, जैसा PO में है।

धन्यवाद एवं सादर,
राजेश अग्रवाल
मार्केटिंग मैनेजर, श्री पैकेजिंग इंडस्ट्रीज़ प्रा. लि.
प्लॉट नं. 42, MIDC भोसरी, पुणे 411026
मो. +91 98220 45117 | GSTIN 27AABCS1234F1Z5
""" + q_gmail(p)
    m = eml(p, text(body, cte="base64"), "2026-11-07 12:18:30", ("Rajesh Agarwal", S["email"]),
            prefix="Re:", midstyle="gmail", tz="+0530")
    e = expected("confirmation", "Line 1: 1,20,000 (lakh grouping) = 120000 as ordered; price Rs 185 per 100 = 1.85 per PC vs 1.80 -> changed price; date as ordered. Line 2: qty/price as ordered, delivery 15-01-2027 (day-first) -> changed date. The 'GST extra as in PO' remark does not change the net price.",
                 [conf(p, chg(p, 1, price="1.85"), chg(p, 2, date="2027-01-15"))])
    return [p], m, e


@case("file-folders-weekday-icelandic", "confirmation", "is-IS",
      "Icelandic (ISO-8859-1, quoted-printable) with weekday + day + month names and no year; second line later.")
def c006():
    S = sup("MAPPA", "Möppugerðin ehf.", "pantanir@moppugerdin.example", "is-IS")
    p = mkpo("4500031006", S, "mira", "ISK", "2026-11-05", [
        ("FF-A4-BLU", "File folder, A4, pressboard, blue", 3000, "PC", "95.00", "2027-01-05"),
        ("FF-A4-RED", "File folder, A4, pressboard, red", 3000, "PC", "95.00", "2027-01-05"),
    ])
    body = """Sæl Mira,

takk fyrir pöntunina nr. 4500031006.

Við staðfestum báðar línur, 3.000 stk. af hvorri tegund á 95 kr./stk.
Bláu möppurnar afhendast þriðjudaginn 5. janúar eins og óskað var eftir,
en rauði pappinn kemur seinna til okkar svo rauðu möppurnar verða
tilbúnar miðvikudaginn 13. janúar.

Kær kveðja,
Guðrún Þórðardóttir
Möppugerðin ehf. | Skútuvogi 12 | 104 Reykjavík
Sími 568 4410 | kt. 480299-2219
"""
    m = eml(p, text(body, cs="iso-8859-1"), "2026-11-10 13:02:44", ("Guðrún Þórðardóttir", S["email"]),
            prefix="SV:", tz="+0000", subj_cs="iso-8859-1", mua="UA:Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")
    e = expected("confirmation", "Both lines 3,000 pcs at 95 ISK. Dates without year resolve after the mail date (Nov 2026): 5 January = 2027-01-05 (Tuesday, as requested) and 13 January = 2027-01-13 (Wednesday) for the red folders.",
                 [conf(p, acc(p, 1), chg(p, 2, date="2027-01-13"))])
    return [p], m, e


@case("garden-twine-split-sjis", "confirmation", "ja-JP",
      "Japanese business reply in Shift_JIS/base64: one line split 60+40 rolls (second part in January, no year), other line as ordered.")
def c007():
    S = sup("MINAT", "Minato Engei Shizai K.K.", "eigyo@minato-engei.example", "ja-JP")
    p = mkpo("4500031007", S, "mira", "USD", "2026-11-05", [
        ("GT-JUTE-3", "Garden twine, jute, 3-ply, 100 m roll", 100, "ROL", "3.20", "2026-12-11"),
        ("GT-PP-GRN", "Garden twine, PP, green, 250 m roll", 80, "ROL", "4.75", "2026-12-11"),
    ])
    body = """ハーバーライン・トレーディング
購買部 Mira Lindqvist 様

いつも大変お世話になっております。
株式会社ミナト園芸資材 海外営業課の佐藤でございます。

ご注文書 4500031007 につきまして、下記の通りご回答申し上げます。

1. GT-JUTE-3 ジュート麻ひも 3本撚り 100m巻
　 数量：100巻　単価：USD 3.20
　 在庫不足のため分納とさせてください。
　 12月11日に60巻を納品、残り40巻は1月15日の納品となります。

2. GT-PP-GRN PPひも 緑 250m巻
　 数量：80巻　単価：USD 4.75　納期：2026年12月11日
　 ご指定通り対応可能です。

ご迷惑をおかけいたしますが、何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━━━
株式会社ミナト園芸資材　海外営業課
佐藤 健一（Kenichi Sato）
〒455-0032 名古屋市港区入船2-4-18
TEL: 052-651-2290　FAX: 052-651-2291
━━━━━━━━━━━━━━━━━━━━━━
"""
    m = eml(p, text(body, cs="Shift_JIS", codec="shift_jis", cte="base64"), "2026-11-09 11:20:05",
            ("佐藤 健一", S["email"]), prefix="Re:", tz="+0900", subj_cs="iso-2022-jp")
    e = expected("confirmation", "Line 1 split delivery: 60 rolls on 12月11日 (2026-12-11) and 40 rolls on 1月15日 (no year -> next occurrence after the November mail date = 2027-01-15); total 100, last delivery 2027-01-15. Line 2 as ordered.",
                 [conf(p, chg(p, 1, schedule=[(60, "2026-12-11"), (40, "2027-01-15")]), acc(p, 2))])
    return [p], m, e


@case("hair-clips-roc-year-big5", "confirmation", "zh-TW",
      "Traditional Chinese in Big5 with ROC (Minguo) years 115/116; third line delayed, quantities with thousands comma.")
def c008():
    S = sup("JINMEI", "Jinmei Accessories Co., Ltd.", "sales@jinmei-acc.example", "zh-TW")
    p = mkpo("4500031008", S, "priya", "TWD", "2026-11-05", [
        ("HC-SNAP-5", "Hair clip, snap, 5 cm, matte black", 5000, "PC", "2.40", "2026-12-21"),
        ("HC-CLAW-8", "Hair claw clip, 8 cm, tortoise", 2000, "PC", "9.50", "2026-12-21"),
        ("HC-BOBBY", "Bobby pins, 5 cm, card of 24", 1500, "SET", "12.00", "2026-12-21"),
    ])
    body = """Priya 您好，

感謝貴公司訂購，採購單 4500031008 回覆如下：

項次1  HC-SNAP-5   5,000 個   單價 NT$2.40   交期 115/12/21
項次2  HC-CLAW-8   2,000 個   單價 NT$9.50   交期 115/12/21
項次3  HC-BOBBY    1,500 卡   單價 NT$12.00  因包裝卡紙缺料，交期延至 116/01/08

數量及單價皆與訂單相同。如有問題請與我聯絡。

金美飾品有限公司　業務部
林佳蓉 Jenny Lin
電話：(04) 2358-7712 分機 203
傳真：(04) 2358-7713

本郵件及附件可能含有機密資料，如非指定收件人，請立即刪除。
"""
    m = eml(p, text(body, cs="big5", cte="base64"), "2026-11-06 16:45:12", ("Jenny Lin", S["email"]),
            prefix="回覆:", tz="+0800", subj_cs="big5")
    e = expected("confirmation", "ROC calendar: year 115 = 2026, 116 = 2027. Lines 1-2 as ordered (2026-12-21). Line 3 qty/price unchanged, delivery moved to 2027-01-08.",
                 [conf(p, acc(p, 1), acc(p, 2), chg(p, 3, date="2027-01-08"))])
    return [p], m, e


@case("ice-scrapers-discontinued-koi8", "confirmation", "ru-RU",
      "Russian reply in KOI8-R with Outlook-style Russian quote header; one line discontinued (rejected), others confirmed with ship dates.")
def c009():
    S = sup("SEVPL", "OOO Severplast", "sales@severplast.example", "ru-RU")
    p = mkpo("4500031009", S, "jonas", "RUB", "2026-11-05", [
        ("IS-PLAST-25", "Ice scraper, plastic, 25 cm", 2000, "PC", "38.50", "2026-12-04"),
        ("IS-BRUSH-60", "Ice scraper with brush, 60 cm", 800, "PC", "245.00", "2026-12-04"),
        ("IS-HEAT-12V", "Ice scraper, heated, 12 V", 150, "PC", "1250.00", "2026-12-04"),
    ])
    body = """Добрый день, Йонас!

По заказу 4500031009 сообщаем:

Поз. 1 - скребок пластиковый 25 см: подтверждаем 2 000 шт. по 38,50 руб., отгрузка 04.12.2026.
Поз. 2 - скребок со щёткой 60 см: подтверждаем 800 шт. по 245,00 руб., отгрузка 04.12.2026.
Поз. 3 - скребок с подогревом 12 В снят с производства, поставить не сможем. Аналога нет.

С уважением,
Ольга Смирнова
менеджер отдела продаж
ООО "Северпласт"
тел. +7 (812) 334-56-78, доб. 215
""" + q_outlook(p, "ru")
    m = eml(p, text(body, cs="koi8-r", cte="8bit"), "2026-11-06 09:14:27", ("Ольга Смирнова", S["email"]),
            prefix="RE:", tz="+0300", subj_cs="koi8-r", midstyle="outlook")
    e = expected("confirmation", "Lines 1-2 confirmed as ordered; only a ship date (отгрузка) is given, which equals the requested date, so accepted. Line 3 discontinued with no substitute -> rejected. Prices use decimal comma, thousands space.",
                 [conf(p, acc(p, 1), acc(p, 2), rej())])
    return [p], m, e


@case("jewellery-boxes-question-first-pl", "needs_review", "pl-PL",
      "Polish (ISO-8859-2) reply that asks whether matte velvet is acceptable and promises prices/dates after the answer; commits to nothing.")
def c010():
    S = sup("SZKAT", "Szkatułki Nowak Sp. z o.o.", "biuro@szkatulki-nowak.example", "pl-PL")
    p = mkpo("4500031010", S, "tom", "EUR", "2026-11-06", [
        ("JB-VEL-S", "Jewellery box, velvet, small, black", 600, "PC", "3.80", "2027-01-15"),
        ("JB-VEL-L", "Jewellery box, velvet, large, black", 300, "PC", "6.90", "2027-01-15"),
    ])
    body = """Dzień dobry Panie Tomie,

dziękujemy za zamówienie 4500031010.

Zanim je potwierdzimy, mamy pytanie: od grudnia nasz standardowy czarny
welur jest w wersji matowej. Wersję błyszczącą mamy już tylko na ok. 200 szt.
pudełek. Czy wersja matowa jest dla Państwa do przyjęcia dla obu pozycji?

Ceny i terminy potwierdzimy od razu po Państwa odpowiedzi, najpóźniej w piątek.

Z poważaniem
Agnieszka Wróbel
Dział Sprzedaży
Szkatułki Nowak Sp. z o.o., ul. Rzemieślnicza 7, 62-800 Kalisz
tel. +48 62 757 31 40, NIP 618-20-44-123
""" + q_outlook(p, "pl")
    m = eml(p, text(body, cs="iso-8859-2"), "2026-11-09 08:37:15", ("Agnieszka Wróbel", S["email"]),
            prefix="Odp:", subj_cs="iso-8859-2", midstyle="outlook")
    e = expected("needs_review", "The supplier asks whether matte velvet is acceptable and explicitly says prices and dates will be confirmed after our answer. Nothing is committed yet; a buyer has to answer the question.")
    return [p], m, e


@case("kayak-paddles-pdf-ack-cz", "confirmation", "cs-CZ",
      "Czech body (windows-1250) says 'see attachment'; the real answer is a hand-built ERP PDF (text layer) with a price increase and later date on one line.")
def c011():
    S = sup("VODAK", "Vodák Sport s.r.o.", "obchod@vodaksport.example", "cs-CZ")
    p = mkpo("4500031011", S, "jonas", "CZK", "2026-11-05", [
        ("KP-ALU-220", "Kayak paddle, aluminium shaft, 220 cm", 80, "PC", "1450.00", "2027-02-05"),
        ("KP-CARB-230", "Kayak paddle, carbon, 230 cm, 2-piece", 30, "PC", "4890.00", "2027-02-05"),
        ("KP-DRIP", "Drip rings, pair", 100, "PR", "45.00", "2027-02-05"),
    ])
    pdfl = [
        "VODAK SPORT s.r.o.                     POTVRZENI OBJEDNAVKY",
        "Na Lodenici 12, 530 02 Pardubice       Cislo: 26-OP-01877",
        "ICO 25987412  DIC CZ25987412           Datum: 09.11.2026",
        "",
        "Odberatel: Harbourline Trading, Kanalstrasse 18, 20457 Hamburg, DE",
        "Vase objednavka c.: 4500031011 ze dne 05.11.2026",
        "Vyrizuje: Petr Dvorak, tel. +420 466 512 330",
        "",
        "Pol. Kod          Popis                          Mnozstvi MJ   Cena/MJ CZK  Termin dodani",
        "---------------------------------------------------------------------------------------",
        "  1  KP-ALU-220   Padlo hlinik 220 cm                  80 ks      1 450,00  05.02.2027",
        "  2  KP-CARB-230  Padlo karbon 230 cm, delene          30 ks      4 990,00  12.02.2027",
        "  3  KP-DRIP      Okapove krouzky                     100 par        45,00  05.02.2027",
        "---------------------------------------------------------------------------------------",
        "Celkem bez DPH:                                                  270 200,00 CZK",
        "",
        "Dodaci podminky: DAP Hamburg. Platebni podminky: 30 dni.",
        "Ceny jsou uvedeny bez DPH.",
    ]
    body = """Dobrý den,

v příloze zasíláme potvrzení Vaší objednávky č. 4500031011.
Upozorňujeme na změnu ceny u pol. 2 (karbonová pádla) dle aktuálního ceníku
a na posunutý termín této položky.

S pozdravem
Petr Dvořák
obchodní oddělení
Vodák Sport s.r.o. | tel. +420 466 512 330 | www.vodaksport.example
"""
    m = eml(p, multi("mixed", text(body, cs="windows-1250"),
                     att(pdf(pdfl), "application/pdf", "Potvrzeni_objednavky_26-OP-01877.pdf")),
            "2026-11-09 15:03:58", ("Petr Dvořák", S["email"]), prefix="RE:", midstyle="outlook",
            subj_cs="windows-1250")
    e = expected("confirmation", "The attached PDF confirmation carries the answer: lines 1 and 3 as ordered; line 2 price 4 990,00 CZK (was 4890.00) and date 12.02.2027 (was 2027-02-05). Total 80*1450 + 30*4990 + 100*45 = 270 200 matches.",
                 [conf(p, acc(p, 1), chg(p, 2, price="4990.00", date="2027-02-12"), acc(p, 3))])
    return [p], m, e


@case("lens-caps-inline-answers-fr", "confirmation", "fr-FR",
      "French supplier answers inline under each quoted PO line: one OK, one OK with restated price, one 'semaine 2', one rounded up to carton of 500.")
def c012():
    S = sup("OPTIQ", "Optiquement Vôtre SARL", "adv@optiquement-votre.example", "fr-FR")
    p = mkpo("4500031012", S, "mira", "EUR", "2026-11-06", [
        ("LC-52", "Lens cap, 52 mm, snap-on", 1000, "PC", "0.95", "2026-12-16"),
        ("LC-58", "Lens cap, 58 mm, snap-on", 1500, "PC", "1.05", "2026-12-16"),
        ("LC-77", "Lens cap, 77 mm, snap-on", 500, "PC", "1.40", "2026-12-16"),
        ("LC-BODY", "Body cap, universal bayonet", 400, "PC", "0.70", "2026-12-16"),
    ])
    answers = {1: "OK", 2: "OK pour 1 500 pcs à 1,05 €", 3: "Rupture chez notre fournisseur : livraison semaine 2 seulement",
               4: "Vendu par carton de 500 : nous confirmons 500 pcs au même prix"}
    q = []
    for l in req_text(p).split("\n"):
        q.append(("> " + l) if l else ">")
        for n, a in answers.items():
            if l.startswith("%-5s %s" % (n, p.L(n)["item"])):
                q.append("  ==> " + a)
    body = ("Bonjour Madame,\n\nVoir nos réponses ci-dessous en ligne (==>). Les délais s'entendent livraison chez vous à Hambourg.\n\n"
            "Cordialement,\nSébastien Morel\nADV - Optiquement Vôtre SARL\n04 78 62 19 40\n\n"
            "De : Mira Lindqvist <mira.lindqvist@harbourline.example>\nEnvoyé : vendredi 6 novembre 2026 09:05\n"
            "À : adv@optiquement-votre.example\nObjet : " + req_subject(p) + "\n\n" + "\n".join(q) + "\n")
    m = eml(p, text(body, cs="iso-8859-15"), "2026-11-10 17:26:31", ("Sébastien Morel", S["email"]),
            prefix="RE :", subj_cs="iso-8859-15", midstyle="outlook")
    e = expected("confirmation", "Inline answers: line 1 OK; line 2 OK restating the same qty/price; line 3 'semaine 2' = ISO week 2 of 2027 (next such week after the mail date), Friday 2027-01-15; line 4 rounded up to a carton of 500 at the same price.",
                 [conf(p, acc(p, 1), acc(p, 2), chg(p, 3, date=kw(2027, 2)), chg(p, 4, qty=500))])
    return [p], m, e


@case("ooo-bilingual-fr-ca", "auto_reply", "fr-CA",
      "Bilingual French/English out-of-office with Auto-Submitted header that mentions a return date and a backup contact.")
def c013():
    S = sup("CARTQ", "Cartographie Québec inc.", "m.gagnon@cartoquebec.example", "fr-CA")
    p = mkpo("4500031013", S, "tom", "CAD", "2026-11-06", [
        ("MP-STEEL-10", "Map pins, steel, 10 mm, assorted", 12000, "PC", "0.045", "2026-12-09"),
    ])
    body = """Bonjour,

Je suis absente du bureau jusqu'au lundi 16 novembre 2026 inclusivement, avec un accès limité à mes courriels.
Pour toute commande urgente, veuillez écrire à commandes@cartoquebec.example ou composer le 418 555-0142, poste 3.

---

Hello,

I am out of the office until Monday, November 16, 2026, with limited access to e-mail.
For urgent orders please write to commandes@cartoquebec.example or call 418 555-0142 ext. 3.

Marie-Ève Gagnon
Cartographie Québec inc.
"""
    m = eml(p, text(body), "2026-11-06 03:05:40", ("Marie-Ève Gagnon", S["email"]),
            subject="Réponse automatique : " + req_subject(p), tz="-0500",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    e = expected("auto_reply", "Out-of-office notice sent seconds after our request; no statement about the order.")
    return [p], m, e


@case("map-pins-per-ciento-html-mx", "confirmation", "es-MX",
      "HTML-only Mexican reply with a table pricing per 'ciento' (per 100 pcs); line 1 equals the PO price, line 2 later date.")
def c014():
    S = sup("PAPMX", "Papelera del Bajío S.A. de C.V.", "ventas@papelerabajio.example", "es-MX")
    p = mkpo("4500031014", S, "priya", "MXN", "2026-11-06", [
        ("MP-RND-RED", "Map pin, round head, red", 20000, "PC", "0.385", "2026-12-15"),
        ("MP-FLAG-ASST", "Map flag pin, assorted colours", 10000, "PC", "0.62", "2026-12-15"),
    ])
    html = """<html><head><meta charset="utf-8"></head><body>
<p>Buenas tardes Priya,</p>
<p>Le confirmamos su orden de compra <b>4500031014</b> en los siguientes términos:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#1f4e79;color:#fff"><th>Partida</th><th>Código</th><th>Descripción</th><th>Cantidad</th><th>Precio</th><th>Entrega</th></tr>
<tr><td>1</td><td>MP-RND-RED</td><td>Alfiler para mapa cabeza redonda rojo</td><td>20,000 pzas</td><td>$38.50 MXN el ciento</td><td>15 de diciembre</td></tr>
<tr><td>2</td><td>MP-FLAG-ASST</td><td>Alfiler bandera colores surtidos</td><td>10,000 pzas</td><td>$62.00 MXN el ciento</td><td>22 de diciembre</td></tr>
</table>
<p>Precios más IVA. La partida 2 sale una semana después porque estamos imprimiendo las banderitas.</p>
<p>Saludos cordiales,<br><b>Lic. Fernanda Ortiz</b><br>Ejecutiva de Ventas<br>Papelera del Bajío S.A. de C.V.<br>Tel. (477) 712 4400 ext. 118 · Cel. 477 155 2398</p>
</body></html>
"""
    m = eml(p, text(html, "html"), "2026-11-09 16:12:08", ("Fernanda Ortiz", S["email"]), prefix="RE:", tz="-0600")
    e = expected("confirmation", "Prices are per 100 pieces: $38.50/100 = 0.385 (equals PO) and $62.00/100 = 0.62 (equals PO). 'más IVA' is the usual net basis. Line 1 as ordered on 15 Dec (2026-12-15); line 2 delivered 22 Dec = 2026-12-22.",
                 [conf(p, acc(p, 1), chg(p, 2, date="2026-12-22"))])
    return [p], m, e


@case("postfix-user-unknown-bounce", "bounce", "en-US",
      "Postfix 'Undelivered Mail Returned to Sender' DSN (multipart/report) for the supplier's order desk address: 5.1.1 user unknown.")
def c015():
    S = sup("GLAMN", "Glamour Nail Supply Inc.", "orders@glamournail.example", "en-US")
    p = mkpo("4500031015", S, "tom", "USD", "2026-11-06", [
        ("NF-GLASS-14", "Nail file, crystal glass, 14 cm", 2400, "PC", "0.88", "2026-12-07"),
        ("NF-EMERY-100", "Emery board, 180/240 grit, pack of 100", 60, "BOX", "6.50", "2026-12-07"),
    ])
    human = """This is the mail system at host mx1.harbourline.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@glamournail.example>: host mx.glamournail.example[198.51.100.23] said:
    550 5.1.1 <orders@glamournail.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    m = dsn(p, "2026-11-06 09:05:14", ("Mail Delivery System", "MAILER-DAEMON@mx1.harbourline.example"),
            "mx1.harbourline.example", human, "5.1.1",
            "550 5.1.1 <orders@glamournail.example>: Recipient address rejected: User unknown in virtual mailbox table")
    e = expected("bounce", "Postfix DSN: our request could not be delivered (5.1.1 user unknown).")
    return [p], m, e


@case("oyster-knives-two-pos-one-mail-es", "confirmation", "es-ES",
      "Spanish reply (threaded on one PO) that answers two POs at once; second PO has one line delivered later ('3 de febrero').")
def c016():
    S = sup("OSTRG", "Cuchillería Ostrera Gallega S.L.", "pedidos@ostreragallega.example", "es-ES")
    a = mkpo("4500031016", S, "jonas", "EUR", "2026-11-05", [
        ("OK-STD", "Oyster knife, stainless, wooden handle", 300, "PC", "4.20", "2026-12-09"),
        ("OK-GLOVE", "Oyster glove, cut level 5, size L", 100, "PR", "6.80", "2026-12-09"),
    ])
    b = mkpo("4500031017", S, "jonas", "EUR", "2026-11-06", [
        ("OK-PRO", "Oyster knife, professional, bent tip", 150, "PC", "7.90", "2027-01-20"),
        ("OK-SHEATH", "Knife sheath, leather", 150, "PC", "2.10", "2027-01-20"),
    ])
    body = """Hola Jonas:

Te confirmamos los dos pedidos:

* 4500031016: todo conforme, 300 cuchillos estándar a 4,20 € y 100 pares de guantes a 6,80 €, entrega el miércoles 9 de diciembre.
* 4500031017: los 150 cuchillos PRO a 7,90 € OK para el 20/01. Las 150 fundas de cuero a 2,10 € nos llegan más tarde del curtidor, las podemos entregar el 3 de febrero.

Un saludo,
Xoán Varela
Cuchillería Ostrera Gallega S.L.
Polígono Industrial do Salnés, parcela 14 – 36630 Cambados (Pontevedra)
Tel. 986 54 21 07

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida. En cumplimiento del RGPD (UE) 2016/679 le informamos de que sus datos serán tratados por Cuchillería Ostrera Gallega S.L. con la finalidad de gestionar la relación comercial.
""" + q_outlook(a, "es")
    m = eml(a, text(body, cs="windows-1252"), "2026-11-10 12:50:19", ("Xoán Varela", S["email"]), prefix="RE:",
            midstyle="outlook", subj_cs="windows-1252")
    e = expected("confirmation", "One mail answers both POs. 4500031016 fully as ordered (9 Dec 2026 is a Wednesday). 4500031017: line 1 as ordered (20/01 = 2027-01-20); line 2 same qty/price but delivery 3 February = 2027-02-03.",
                 [conf(a, acc(a, 1), acc(a, 2)), conf(b, acc(b, 1), chg(b, 2, date="2027-02-03"))])
    return [a, b], m, e


@case("pool-noodles-prepayment-condition-it", "needs_review", "it-IT",
      "Italian reply: the supplier will only confirm after we accept 50% prepayment; prices/dates mentioned as 'possible', nothing committed.")
def c017():
    S = sup("ACQFN", "AcquaFun Articoli Piscina S.r.l.", "commerciale@acquafun.example", "it-IT")
    p = mkpo("4500031018", S, "tom", "EUR", "2026-11-06", [
        ("PN-160-ASST", "Pool noodle, foam, 160 cm, assorted colours", 2000, "PC", "1.35", "2027-02-12"),
        ("PN-CONN", "Pool noodle connector, 3-way", 500, "PC", "0.85", "2027-02-12"),
    ])
    body = """Buongiorno Sig. Okafor,

grazie per l'ordine n. 4500031018.

Trattandosi del primo ordine, la nostra amministrazione richiede un pagamento anticipato del 50% dell'importo (EUR 1.562,50). Potremmo rispettare quantità, prezzi e la consegna del 12 febbraio, ma possiamo emettere la conferma d'ordine solo dopo il vostro benestare al pagamento anticipato.

Ci fate sapere se siete d'accordo? Appena ricevuta la vostra risposta vi mandiamo la conferma d'ordine ufficiale.

Cordiali saluti
Chiara Bellini
Ufficio Commerciale - AcquaFun Articoli Piscina S.r.l.
Via dell'Artigianato 21, 47921 Rimini (RN) - P.IVA 03456780401
Tel. +39 0541 745 210
""" + q_outlook(p, "it")
    m = eml(p, text(body, cs="iso-8859-15"), "2026-11-09 10:15:00", ("Chiara Bellini", S["email"]), prefix="R:",
            midstyle="outlook")
    e = expected("needs_review", "The supplier makes confirmation conditional on our agreeing to 50% prepayment and says the official confirmation will follow only after our answer. No commitment yet; a buyer must decide on the payment terms.")
    return [p], m, e


@case("quilt-batting-per-metre-nl", "confirmation", "nl-NL",
      "Dutch reply prices per metre while the PO is per roll; one line works out equal (2,85 x 50 m), the other higher (1,70 x 30 m = 51,00).")
def c018():
    S = sup("VULTX", "Vulling & Vlies Textiel B.V.", "verkoop@vullingvlies.example", "nl-NL")
    p = mkpo("4500031019", S, "mira", "EUR", "2026-11-09", [
        ("QB-COT-50", "Quilt batting, cotton 80/20, 228 cm wide, 50 m roll", 20, "ROL", "142.50", "2027-01-12"),
        ("QB-POLY-30", "Quilt batting, polyester, 150 cm wide, 30 m roll", 15, "ROL", "48.00", "2027-01-12"),
    ])
    body = """Goedemiddag Mira,

Hierbij bevestigen wij uw order 4500031019:

- Katoen/polyester 80/20, 228 cm breed: 1.000 m (20 rollen à 50 m) à € 2,85 per meter, levering dinsdag 12 januari.
- Polyester 150 cm breed: 15 rollen à 30 m, € 1,70 per meter (onze prijslijst per 1-11), levering dinsdag 12 januari.

Met vriendelijke groet,

Bram de Wit
Binnendienst Verkoop
Vulling & Vlies Textiel B.V. | Tilburg
T 013 456 78 90 | KvK 18034567 | BTW NL8123.45.678.B01
""" + q_outlook(p, "nl")
    m = eml(p, text(body, cs="windows-1252"), "2026-11-11 13:33:47", ("Bram de Wit", S["email"]), prefix="RE:",
            midstyle="outlook")
    e = expected("confirmation", "Prices are given per metre; converted to the PO unit (roll): line 1 2,85 x 50 m = 142.50 (as ordered, 1,000 m = 20 rolls); line 2 1,70 x 30 m = 51.00 per roll vs 48.00 -> changed price. Both delivered Tuesday 12 January = 2027-01-12 as requested.",
                 [conf(p, acc(p, 1), chg(p, 2, price="51.00"))])
    return [p], m, e
