# -*- coding: utf-8 -*-
from .common import *


@case("deat-schellen-outlook-all-ok", "confirmation", "de-AT",
      "Formal Austrian top-post over an Outlook-quoted PO table; signature is full of phone/FN/UID/IBAN numbers, everything accepted.")
def _():
    s = sup("SCHHUB", "Schellen-Huber GmbH", "verkauf@schellen-huber.example", "de-AT")
    p = po("4500031107", s, "dana", "EUR", "2026-11-03", [
        L("SH-W2-1222", "Hose clamp W2 12-22 mm, band 9 mm", 500, "PC", "0.38", "2026-12-14"),
        L("SH-W4-2032", "Hose clamp W4 20-32 mm, stainless", 300, "PC", "0.71", "2026-12-14"),
        L("SH-GBS-4045", "Hinged bolt clamp 40-45 mm, W1", 120, "PC", "2.95", "2026-12-14")], contact="Mr Pichler")
    body = """Sehr geehrte Frau Ruiz,

vielen Dank für Ihre Bestellung.
Wir bestätigen Ihnen hiermit alle drei Positionen zu den angegebenen Mengen und Preisen,
die Lieferung erfolgt wie gewünscht am 14.12.2026 frei Haus Rotterdam.

Mit freundlichen Grüßen

Ing. Martin Pichler
Verkaufsinnendienst

Schellen-Huber GmbH
Puchstraße 85, 8020 Graz, Österreich
Tel.: +43 316 48 27 0-15 | Fax: +43 316 48 27 0-99 | Mobil: +43 664 210 77 31
FN 248113 k, Landesgericht für ZRS Graz | UID: ATU 62845017
IBAN: AT61 3800 0000 0412 5580 | BIC: RZSTAT2G
""" + outlook_quote(p, "de")
    htm = to_html(body)
    part = alt(body, htm, "_000_VI1PR08MB4412E1A9_", "iso-8859-1")
    return [p], reply(p, "Martin Pichler", "m.pichler@schellen-huber.example", when(2026, 11, 4, 14, 37, 1), part,
                      prefix="AW: ", charset="iso-8859-1",
                      extra=[("Thread-Topic", req_subject(p)), ("Content-Language", "de-AT"),
                             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]), \
        conf([(p, {1: A, 2: A, 3: A})],
             "All three lines confirmed as ordered (14.12.2026 = requested date, quantities and prices unchanged). The many numbers in the Austrian signature (FN, UID, IBAN, phone) are not order data.")


@case("ptbr-potes-caixa-fechada", "confirmation", "pt-BR",
      "Brazilian reply: line 1 ok, line 2 rounded up to full cartons of 24, lids line postponed ('confirmo amanhã'); dot thousands, comma decimals.")
def _():
    s = sup("VSLUZ", "Vidraria Santa Luzia Ltda", "vendas@vidrariasantaluzia.example", "pt-BR")
    p = po("4500031215", s, "dana", "BRL", "2026-11-05", [
        L("VSL-POT-250", "Jam jar 250 ml hexagonal, glass", 2400, "PC", "1.85", "2026-12-18"),
        L("VSL-POT-450", "Jam jar 450 ml round, glass", 1000, "PC", "2.40", "2026-12-18"),
        L("VSL-TAMPA-82", "Twist-off lid 82 mm, gold", 3400, "PC", "0.62", "2026-12-18")], contact="Juliana")
    body = """Bom dia Dana, tudo bem?

Segue confirmação do pedido 4500031215:

- Item 1 (pote sextavado 250 ml): ok, 2.400 pçs a R$ 1,85, entrega 18/12/2026.
- Item 2 (pote redondo 450 ml): vendemos somente caixa fechada com 24 unidades, então ajustei para 1.008 pçs (42 cx). Mesmo preço R$ 2,40 e mesma data.
- Item 3 (tampas 82 mm): estou aguardando retorno do fornecedor das tampas, te confirmo amanhã.

Qualquer dúvida estou à disposição.

Att.,
Juliana Ferreira
Comercial - Vidraria Santa Luzia
(11) 4135-2290 | WhatsApp (11) 98877-4410

""" + gt_quote(req_text(p), "Em qui., 5 de nov. de 2026 às 09:12, Dana Ruiz <dana.ruiz@calderfinch.example> escreveu:")
    htm = '<div dir="ltr">' + to_html(body.split("Em qui.,")[0])[len("<html><head></head><body>"):-len("</body></html>")] + \
          '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Em qui., 5 de nov. de 2026 às 09:12, Dana Ruiz &lt;<a href="mailto:dana.ruiz@calderfinch.example">dana.ruiz@calderfinch.example</a>&gt; escreveu:<br></div>' + \
          bq(req_html(p)) + "</div></div>"
    part = alt(body, htm, "000000000000a1c4e805f2c3d7b1")
    return [p], reply(p, "Juliana Ferreira", "juliana.ferreira@vidrariasantaluzia.example", when(2026, 11, 9, 10, 22, -3), part,
                      style="gmail"), \
        conf([(p, {1: A, 2: C(q=1008), 3: U})],
             "Line 1 as ordered; line 2 rounded up to 42 cartons x 24 = 1008 pcs, same price/date; line 3 (lids) explicitly deferred to tomorrow, so unconfirmed.")


@case("thth-stretchfilm-buddhist-year", "confirmation", "th-TH",
      "Thai reply in TIS-620/base64 using Buddhist-era years (2569 = 2026, 2570 = 2027); line 2 moved to 8 Jan.")
def _():
    s = sup("SIAMSF", "Siam Stretch Film Co., Ltd.", "sales@siamstretch.example", "th-TH")
    p = po("4500031322", s, "raj", "THB", "2026-11-06", [
        L("SSF-23-500", "Stretch film 23 mic x 500 mm x 300 m", 200, "ROL", "285.00", "2026-12-15"),
        L("SSF-17-500-PS", "Pre-stretched film 17 mic x 500 mm", 120, "ROL", "310.00", "2026-12-15")])
    body = """เรียน คุณราจีฟ

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031322 บริษัทฯ ขอยืนยันรายละเอียดดังนี้

1. SSF-23-500 ฟิล์มยืด 23 ไมครอน จำนวน 200 ม้วน ราคา 285.00 บาท/ม้วน ส่งมอบวันที่ 15/12/2569 ตามกำหนด
2. SSF-17-500-PS ฟิล์มพรีสเตรช จำนวน 120 ม้วน ราคา 310.00 บาท/ม้วน
   เนื่องจากวัตถุดิบล่าช้า ขอเลื่อนวันส่งมอบเป็นวันที่ 8 ม.ค. 2570

ขออภัยในความไม่สะดวก

ขอแสดงความนับถือ
สมศรี วงศ์ใหญ่
ฝ่ายขาย บริษัท สยาม สเตรช ฟิล์ม จำกัด
โทร 02-123-4567 ต่อ 108
"""
    part = text(body, charset="TIS-620", cte="base64")
    return [p], reply(p, "สมศรี วงศ์ใหญ่", "somsri@siamstretch.example", when(2026, 11, 10, 15, 5, 7), part,
                      subject="ตอบกลับ: " + req_subject(p), charset="TIS-620", style="plain"), \
        conf([(p, {1: A, 2: C(d="2027-01-08")})],
             "Thai Buddhist era: 15/12/2569 = 2026-12-15 (as requested), 8 ม.ค. 2570 = 8 January 2027. Prices and quantities unchanged.")


@case("swke-fenders-surcharge-5pct", "confirmation", "sw-KE",
      "Swahili/English reply from Mombasa: +5% transport surcharge on one line stated as a percentage and as the new KES amount.")
def _():
    s = sup("PWANI", "Pwani Marine Supplies Ltd", "mauzo@pwanimarine.example", "sw-KE")
    p = po("4500031410", s, "dana", "KES", "2026-11-06", [
        L("PMS-CYL-1545", "Cylindrical fender 15x45 cm, PVC, white", 40, "EA", "4200.00", "2027-01-11"),
        L("PMS-BALL-F3", "Ball fender F3, orange", 12, "EA", "9850.00", "2027-01-11")])
    body = """Habari Bi. Ruiz,

Tumepokea oda yako namba 4500031410, asante sana.

Tunathibitisha kama ifuatavyo:
1. Fenda 15x45 cm nyeupe - vipande 40, tarehe ya kufikisha 11/01/2027. Bei imeongezeka kwa 5% kwa sababu ya gharama za usafirishaji kutoka kiwandani, kwa hivyo bei mpya ni KES 4,410.00 kila moja.
2. Ball fender F3 - vipande 12 kwa KES 9,850.00, tarehe 11/01/2027 sawa.

Tafadhali tuma LPO iliyorekebishwa kwa mstari wa kwanza.

Asante,
Wanjiru Kamau
Mauzo | Pwani Marine Supplies Ltd
Moi Avenue, P.O. Box 90412-80100, Mombasa
Tel: +254 722 418 306 | +254 41 231 5588
"""
    part = text(body, cte="7bit", charset="us-ascii")
    return [p], reply(p, "Wanjiru Kamau", "wanjiru@pwanimarine.example", when(2026, 11, 11, 8, 47, 3), part,
                      prefix="Re: ", style="gmail"), \
        conf([(p, {1: C(p="4410.00"), 2: A})],
             "Line 1: +5% on 4,200.00 = 4,410.00 KES (both stated), quantity and date unchanged. Line 2 as ordered.")


@case("hiin-electrodes-split-lakh", "confirmation", "hi-IN",
      "Hindi reply: line 1 split 350 kg now + 150 kg later (dispatch dates dd-mm-yyyy), total in lakh notation that must not be read as a price.")
def _():
    s = sup("SGWE", "Shree Ganesh Welding Electrodes Pvt. Ltd.", "sales@shreeganeshweld.example", "hi-IN")
    p = po("4500031502", s, "raj", "INR", "2026-11-09", [
        L("SGW-E6013-32", "Welding electrode E6013, 3.2 mm", 500, "KG", "245.00", "2026-12-10"),
        L("SGW-E7018-40", "Welding electrode E7018, 4.0 mm, low hydrogen", 200, "KG", "298.00", "2026-12-10")])
    body = """नमस्ते राजीव जी,

आपका PO नं. 4500031502 मिल गया, धन्यवाद।

आइटम 1 (E6013 3.2mm): अभी स्टॉक में सिर्फ 350 किलो है, वह 10-12-2026 को डिस्पैच कर देंगे। बाकी 150 किलो 05-01-2027 तक डिस्पैच हो जाएगा। रेट ₹245/किलो वही रहेगा।
आइटम 2 (E7018 4.0mm): 200 किलो @ ₹298/किलो, डिस्पैच 10-12-2026 — कन्फर्म।

कुल ऑर्डर वैल्यू: ₹1,82,100.00 + GST 18%

धन्यवाद,
राकेश पटेल
सेल्स विभाग, श्री गणेश वेल्डिंग इलेक्ट्रोड्स प्रा. लि.
GIDC मकरपुरा, वडोदरा - 390010
मो. 98250 41736 | GSTIN 24AABCS1429B1ZV
"""
    part = alt(body, to_html(body, "Mangal"), "----=_NextPart_000_0015_01DB2F4A.6C3E9A10")
    return [p], reply(p, "Rakesh Patel", "rakesh.patel@shreeganeshweld.example", when(2026, 11, 12, 11, 30, 5, 30), part,
                      prefix="Re: ", style="plain", extra=[("X-Mailer", "Microsoft Outlook 16.0")]), \
        conf([(p, {1: C(sched=[(350, "2026-12-10"), (150, "2027-01-05")]), 2: A})],
             "Line 1 split: 350 kg dispatched 10-12-2026 and 150 kg by 05-01-2027 (only ship dates given), total 500, same price -> changed with schedule, last date 2027-01-05. Line 2 as ordered. ₹1,82,100 is the order total in lakh grouping, GST is tax not a price change.")


@case("isis-terse-jan-no-year", "confirmation", "is-IS",
      "Two-line Icelandic phone reply: 'staðfest' with a delivery date given without year ('12. jan.') which rolls into 2027.")
def _():
    s = sup("VEDUR", "Veðurtæki ehf.", "sala@vedurtaeki.example", "is-IS")
    p = po("4500031588", s, "sofie", "EUR", "2026-11-13", [
        L("VT-RG-150", "Rain gauge 150 mm, manual, polycarbonate", 25, "EA", "18.40", "2026-12-22")])
    body = """Sæl Sofie,
staðfest, en afhending verður 12. jan. vegna jólafrísins. Verð óbreytt.
Kv. Gunnar

Sent úr iPhone
"""
    part = text(body, cte="8bit")
    return [p], reply(p, "Gunnar Þórðarson", "gunnar@vedurtaeki.example", when(2026, 11, 17, 7, 58, 0), part,
                      prefix="Re: ", style="apple", extra=[("X-Mailer", "iPhone Mail (22B91)")]), \
        conf([(p, {1: C(d="2027-01-12")})],
             "'12. jan.' has no year: next 12 January after the mail date (2026-11-17) is 2027-01-12. Quantity and price unchanged ('Verð óbreytt').")


@case("enus-baitbox-month-first", "confirmation", "en-US",
      "US reply with month-first short dates (12/04, 12/11, 1/8/27): one line earlier than requested, one with a price increase.")
def _():
    s = sup("LAKESIDE", "Lakeside Tackle Mfg. Co.", "orders@lakesidetackle.example", "en-US")
    p = po("4500031617", s, "dana", "USD", "2026-11-09", [
        L("LT-BB-6", "Bait box, 6 compartments, ABS", 600, "EA", "3.15", "2026-12-04"),
        L("LT-BB-12", "Bait box, 12 compartments, ABS", 400, "EA", "4.60", "2026-12-18"),
        L("LT-WB-2", "Worm bedding box, 2 qt", 250, "EA", "2.25", "2027-01-08")], contact="Bob")
    body = """Hi Dana,

Line 1 - ok, will ship to arrive 12/04.
Line 2 - good news, we can get these to you earlier, 12/11.
Line 3 - 1/8/27 is fine but price is $2.40 now (resin went up in Oct), sorry about that.

Thanks,
Bob Lindgren
Customer Service | Lakeside Tackle Mfg. Co.
1420 County Rd 7, Brainerd, MN 56401
P 218-555-0142 | F 218-555-0143

""" + gt_quote(req_text(p), gmail_attr(p))
    part = text(body, cte="7bit", charset="us-ascii")
    return [p], reply(p, "Bob Lindgren", "bob@lakesidetackle.example", when(2026, 11, 10, 16, 3, -6), part,
                      prefix="Re: ", style="gmail"), \
        conf([(p, {1: A, 2: C(d="2026-12-11"), 3: C(p="2.40")})],
             "en-US month-first: 12/04 = Dec 4 (as requested), 12/11 = Dec 11 (earlier than Dec 18 -> changed), 1/8/27 = Jan 8 2027 (as requested) but price 2.40 instead of 2.25.")


@case("engb-emery-inline-discontinued", "confirmation", "en-GB",
      "Answers typed inline between '> ' quoted PO lines: one OK, one later (15/01), one discontinued, one split 10 now/10 on 08/01.")
def _():
    s = sup("BRACKLEY", "Brackley Nail & Beauty Supplies Ltd", "sales@brackleynail.example", "en-GB")
    p = po("4500031699", s, "ines", "GBP", "2026-11-10", [
        L("BNB-EB-180", "Emery board 180/240 grit, 178 mm", 5000, "PC", "0.09", "2026-12-11"),
        L("BNB-EB-100", "Emery board 100/180 grit, coarse, 178 mm", 2000, "PC", "0.11", "2026-12-11"),
        L("BNB-EB-MINI", "Mini emery board 90 mm, printed", 3000, "PC", "0.07", "2026-12-11"),
        L("BNB-EB-DISP", "Counter display box for emery boards", 20, "EA", "4.50", "2026-12-11")], contact="Kev")
    t = po_table(p).split("\n")
    b = p["buyer"]
    body = """Hi Ines,

Answers inline below marked with ***

Cheers
Kev

-----Original Message-----
From: %s <%s>
Sent: 10 November 2026 09:12
To: sales@brackleynail.example
Subject: %s

> Dear Kev,
>
> please find below our purchase order 4500031699 dated 2026-11-10. Kindly confirm quantities,
> unit prices and delivery dates for each line by return e-mail.
>
> %s
> %s
> %s
*** OK
> %s
*** can do 15/01, not before - coarse grit is on back order
> %s
*** discontinued I'm afraid. Nearest is BNB-EB-MINI2 at £0.08, would need a new PO line if you want it
> %s
*** OK, 10 in stock now so those come with the rest on 11/12, other 10 on 08/01
>
> Kind regards
> Ines Albrecht

-- 
Kevin Doyle | Sales Office
Brackley Nail & Beauty Supplies Ltd, Unit 7 Tove Valley Business Park, Towcester NN12 6PF
T: 01327 855 210  M: 07700 900 461
Registered in England & Wales No. 08451239. VAT Reg. GB 164 5521 87
""" % (b["name"], b["email"], req_subject(p), t[0], t[1], t[2], t[3], t[4], t[5])
    part = text(body, charset="windows-1252", cte="quoted-printable")
    return [p], reply(p, "Kevin Doyle", "kevin.doyle@brackleynail.example", when(2026, 11, 12, 13, 41, 0), part,
                      style="plain", extra=[("X-Mailer", "Microsoft Outlook 16.0")]), \
        conf([(p, {1: A, 2: C(d="2027-01-15"), 3: R, 4: C(sched=[(10, "2026-12-11"), (10, "2027-01-08")])})],
             "Inline answers: line 1 OK; line 2 15/01 (day-first, no year -> 2027-01-15); line 3 discontinued (alternative needs a new PO line) -> rejected; line 4 split 10 on 11/12/2026 and 10 on 08/01/2027.")


@case("jajp-amibari-sjis-per100", "confirmation", "ja-JP",
      "Formal Japanese in Shift_JIS; line 1 price restated per 100 pairs (5,000円/100組 = 50 JPY/PR vs 48 ordered).")
def _():
    s = sup("KONDOAB", "株式会社 近藤編み針製作所", "eigyo@kondo-amibari.example", "ja-JP")
    p = po("4500031633", s, "dana", "JPY", "2026-11-09", [
        L("KA-BN-35", "Bamboo knitting needles 3.5 mm, 23 cm", 1000, "PR", "48", "2026-12-16"),
        L("KA-CN-40", "Circular knitting needle 4.0 mm, 80 cm", 500, "PC", "185", "2026-12-16")])
    body = """カルダー＆フィンチ・トレーディング
ルイズ　様

いつも大変お世話になっております。
近藤編み針製作所の佐藤でございます。

ご注文書　4500031633　につきまして、下記の通りお請けいたします。

１．KA-BN-35　竹製編み針　3.5mm　23cm　1,000組
　　単価：100組あたり　5,000円（原材料費高騰のため改定させていただきました）
　　納期：2026年12月16日
２．KA-CN-40　輪針　4.0mm　80cm　500本
　　単価：185円
　　納期：2026年12月16日

何卒よろしくお願い申し上げます。

──────────────────
株式会社 近藤編み針製作所　営業部
佐藤　美咲
〒530-0001 大阪府大阪市北区梅田1-2-3
TEL 06-6345-1234　FAX 06-6345-1235
──────────────────
"""
    part = text(body, charset="Shift_JIS", cte="base64")
    return [p], reply(p, "佐藤 美咲", "m.sato@kondo-amibari.example", when(2026, 11, 11, 17, 20, 9), part,
                      charset="Shift_JIS", style="plain", extra=[("X-Mailer", "Becky! ver. 2.81.05")]), \
        conf([(p, {1: C(p="50"), 2: A})],
             "Line 1: ¥5,000 per 100 pairs = ¥50 per PR (PO ¥48) -> changed price, qty/date as ordered. Line 2 as ordered.")


@case("zhtw-drumhead-big5-roc-year", "confirmation", "zh-TW",
      "Traditional Chinese in Big5 with Minguo (ROC) years: 115年 = 2026, 116年 = 2027; second line postponed.")
def _():
    s = sup("GUSHENG", "鼓聲樂器股份有限公司", "sales@gusheng-drum.example", "zh-TW")
    p = po("4500031719", s, "sofie", "USD", "2026-11-10", [
        L("GS-DH-14C", "Drum head 14 in, coated, single ply", 300, "EA", "6.80", "2026-12-21"),
        L("GS-DH-22B", "Bass drum head 22 in, clear", 80, "EA", "17.50", "2026-12-21")])
    body = """Sofie 您好：

感謝貴公司訂單 4500031719，茲確認如下：

項次1　14吋打點鼓皮 300 片，單價 USD 6.80，交期 115年12月21日。
項次2　22吋大鼓鼓皮 80 片，單價 USD 17.50，因鼓框材料延遲，交期改為 116年1月15日。

如有任何問題請與我聯絡，謝謝。

鼓聲樂器股份有限公司　業務部
林淑芬
TEL: 04-2359-1234 分機 215
台中市西屯區工業區一路 88 號
"""
    part = text(body, charset="big5", cte="base64")
    return [p], reply(p, "林淑芬", "sf.lin@gusheng-drum.example", when(2026, 11, 13, 10, 12, 8), part,
                      prefix="回覆: ", charset="big5", style="plain"), \
        conf([(p, {1: A, 2: C(d="2027-01-15")})],
             "ROC calendar: 115年12月21日 = 2026-12-21 (as requested), 116年1月15日 = 2027-01-15 for line 2. Prices and quantities unchanged.")


@case("ruru-maslenki-koi8-week52", "confirmation", "ru-RU",
      "Russian in KOI8-R: shipments given as ISO weeks (51st/52nd), line 2 also gets a new price; space thousands and comma decimals.")
def _():
    s = sup("MASLPRO", "ООО Масленка-Про", "zakaz@maslenka-pro.example", "ru-RU")
    p = po("4500031804", s, "tom", "RUB", "2026-11-11", [
        L("MP-OC-250", "Oil can 250 ml, steel, flexible spout", 400, "PC", "310.00", "2026-12-18"),
        L("MP-OC-500", "Oil can 500 ml, pump type", 150, "PC", "545.00", "2026-12-18")])
    body = """Добрый день, Томаш!

Заказ N 4500031804 подтверждаем.

Поз. 1 - масленка 250 мл, 400 шт. по 310,00 руб., отгрузка на 51-й неделе.
Поз. 2 - масленка 500 мл плунжерная, 150 шт., цена изменилась: 575,00 руб./шт. (повышение цен на металл с 01.12.2026), отгрузка на 52-й неделе.

Сумма заказа: 210 250,00 руб. с НДС.

С уважением,
Ирина Соколова
менеджер отдела продаж
ООО "Масленка-Про"
тел. +7 (495) 123-45-67 доб. 204
ИНН 7701234567 / КПП 770101001
"""
    part = text(body, charset="koi8-r", cte="8bit")
    return [p], reply(p, "Ирина Соколова", "sokolova@maslenka-pro.example", when(2026, 11, 16, 12, 5, 3), part,
                      charset="koi8-r", style="plain", extra=[("X-Mailer", "The Bat! (v10.4.0.3) Professional")]), \
        conf([(p, {1: A, 2: C(p="575.00", d=kw(2026, 52))})],
             "Calendar weeks without day -> Friday: week 51 = 2026-12-18 (as requested) for line 1; week 52 = 2026-12-25 and new price 575,00 for line 2. Order total (210 250,00 incl. VAT) is not a unit price.")


@case("plpl-tasmy-karton-rounding", "confirmation", "pl-PL",
      "Polish, ISO-8859-2 quoted-printable: two of three lines rounded up to carton multiples (100 and 50 rolls), '> ' quoted PO below.")
def _():
    s = sup("TASMEL", "Taśmy-Elektro Sp. z o.o.", "handlowy@tasmy-elektro.example", "pl-PL")
    p = po("4500031906", s, "tom", "PLN", "2026-11-12", [
        L("TE-PVC-1920-BK", "Insulation tape PVC 19 mm x 20 m, black", 750, "ROL", "2.85", "2026-12-09"),
        L("TE-PVC-1920-BU", "Insulation tape PVC 19 mm x 20 m, blue", 300, "ROL", "2.85", "2026-12-09"),
        L("TE-PVC-1510-YG", "Insulation tape PVC 15 mm x 10 m, yellow/green", 240, "ROL", "1.90", "2026-12-09")])
    body = """Dzień dobry Panie Tomaszu,

potwierdzamy przyjęcie zamówienia nr 4500031906.
Taśmy pakujemy wyłącznie w kartony zbiorcze (19 mm - 100 szt., 15 mm - 50 szt.), dlatego ilości zostały zaokrąglone w górę:
poz. 1 - 800 szt.
poz. 3 - 250 szt.
Poz. 2 bez zmian. Ceny oraz termin dostawy 09.12.2026 bez zmian.

Pozdrawiam serdecznie
Katarzyna Zielińska
Dział Handlowy
Taśmy-Elektro Sp. z o.o., ul. Przemysłowa 14, 41-200 Sosnowiec
tel. +48 32 266 14 20, kom. 601 234 567
NIP 644-35-12-877, KRS 0000412377, kapitał zakładowy 250 000,00 zł

""" + gt_quote(req_text(p), "W dniu 12.11.2026 o 09:12, Tomasz Wierzbicki pisze:")
    part = text(body, charset="iso-8859-2", cte="quoted-printable")
    return [p], reply(p, "Katarzyna Zielińska", "k.zielinska@tasmy-elektro.example", when(2026, 11, 13, 9, 44, 1), part,
                      prefix="Odp: ", charset="iso-8859-2", style="plain",
                      extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")]), \
        conf([(p, {1: C(q=800), 2: A, 3: C(q=250)})],
             "Carton rounding: line 1 750 -> 800, line 3 240 -> 250; line 2 unchanged; prices and 09.12.2026 unchanged. Share capital 250 000,00 zł in the signature is noise.")


@case("frfr-moules-question-first", "needs_review", "fr-FR",
      "French supplier asks two product questions (with/without foot, colour) and says the acknowledgement will follow after the answer.")
def _():
    s = sup("MOULBOU", "Moules & Bougies SARL", "adv@moules-bougies.example", "fr-FR")
    p = po("4500032008", s, "ines", "EUR", "2026-11-13", [
        L("MB-PIL-7015", "Pillar candle mould 70x150 mm, aluminium", 60, "EA", "14.20", "2027-01-15"),
        L("MB-SIL-STAR", "Silicone candle mould, star, 8 cm", 100, "EA", "6.90", "2027-01-15")])
    body = """Bonjour Madame Albrecht,

Merci pour votre commande n° 4500032008.

Avant de pouvoir la confirmer, pourriez-vous nous préciser :
- ligne 1 : la référence MB-PIL-7015 existe en version avec pied (MB-PIL-7015P) ou sans pied, au même prix de 14,20 € HT. Laquelle souhaitez-vous ?
- ligne 2 : la couleur standard est le blanc translucide ; cela vous convient-il ou souhaitez-vous la version rouge (+0,40 € HT/pièce) ?

Dès réception de votre réponse, nous vous adresserons l'accusé de réception de commande avec les délais.

Bien cordialement,

Camille Bernard
Administration des ventes
Moules & Bougies SARL - 12 rue des Tanneurs - 69007 Lyon
Tél. : 04 78 61 22 30
SARL au capital de 50 000 € - RCS Lyon 812 345 678 - TVA FR 27 812345678

""" + outlook_quote(p, "fr")
    part = alt(body, to_html(body), "_000_PR1P264MB2216C0A7_")
    return [p], reply(p, "Camille Bernard", "c.bernard@moules-bougies.example", when(2026, 11, 16, 11, 2, 1), part), \
        other("needs_review", "Questions (which variant, which colour) before confirming; explicitly says the confirmation with lead times will follow. Prices mentioned are options, not a commitment.")


@case("dech-abwesenheit-bilingual", "auto_reply", "de-CH",
      "Swiss out-of-office (German + French) with return date, deputy phone number and a promise that the order will be confirmed later.")
def _():
    s = sup("BRUNNER", "Nähbedarf Brunner AG", "info@naehbedarf-brunner.example", "de-CH")
    p = po("4500032051", s, "sofie", "CHF", "2026-11-16", [
        L("NB-FH-17", "Thimble, steel, nickel-plated, size 17", 1200, "PC", "0.85", "2026-12-18"),
        L("NB-FH-LE", "Leather thimble, adjustable", 300, "PC", "2.40", "2026-12-18")])
    body = """Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis und mit Freitag, 27.11.2026 abwesend und habe keinen Zugriff auf meine E-Mails.
Ihre Bestellung wird nach meiner Rückkehr bearbeitet und bestätigt. In dringenden Fällen wenden Sie sich bitte an Frau Regula Meier, Tel. +41 44 212 34 56, regula.meier@naehbedarf-brunner.example.

Bonjour
Merci pour votre message. Je suis absent jusqu'au vendredi 27.11.2026 inclus. Pour toute urgence, veuillez contacter Mme Regula Meier au +41 44 212 34 56.

Freundliche Grüsse
Beat Brunner
Nähbedarf Brunner AG | Seestrasse 211 | 8002 Zürich
"""
    part = text(body, charset="utf-8", cte="quoted-printable")
    return [p], reply(p, "Beat Brunner", "beat.brunner@naehbedarf-brunner.example", when(2026, 11, 16, 9, 13, 1), part,
                      subject="Automatische Antwort: " + req_subject(p),
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                             ("X-MS-Exchange-Inbox-Rules-Loop", "beat.brunner@naehbedarf-brunner.example")]), \
        other("auto_reply", "Out-of-office generated one minute after our request (Auto-Submitted: auto-replied); 'wird ... bestätigt' is a promise, not a confirmation.")


@case("enca-postfix-user-unknown", "bounce", "en-CA",
      "Postfix multipart/report DSN: 550 5.1.1 user unknown for the supplier's order desk, original headers attached as text/rfc822-headers.")
def _():
    s = sup("MAPLELW", "Maple Loom Works Inc.", "orders@mapleloomworks.example", "en-CA")
    p = po("4500032099", s, "dana", "CAD", "2026-11-16", [
        L("MLW-SH-BOAT-13", "Boat shuttle 13 in, maple, with bobbin", 40, "EA", "46.00", "2027-01-22"),
        L("MLW-SH-STICK-20", "Stick shuttle 20 in", 60, "EA", "12.75", "2027-01-22")])
    rcpt = s["email"]
    human = """This is the mail system at host mx1.calderfinch.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<%s>: host mx.mapleloomworks.example[203.0.113.25] said: 550
    5.1.1 <%s>: Recipient address rejected: User unknown in virtual
    mailbox table (in reply to RCPT TO command)
""" % (rcpt, rcpt)
    ds = """Reporting-MTA: dns; mx1.calderfinch.example
X-Postfix-Queue-ID: 4QzK1m2Hn8z9vXx
X-Postfix-Sender: rfc822; dana.ruiz@calderfinch.example
Arrival-Date: Mon, 16 Nov 2026 09:12:04 +0100 (CET)

Final-Recipient: rfc822; %s
Original-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mapleloomworks.example
Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User
    unknown in virtual mailbox table
""" % (rcpt, rcpt, rcpt)
    orig = """Return-Path: <dana.ruiz@calderfinch.example>
Received: from erp01.calderfinch.example (erp01.calderfinch.example [10.20.0.14])
	by mx1.calderfinch.example (Postfix) with ESMTPS id 4QzK1m2Hn8z9vXx
	for <%s>; Mon, 16 Nov 2026 09:12:04 +0100 (CET)
From: Dana Ruiz <dana.ruiz@calderfinch.example>
To: %s
Subject: %s
Date: Mon, 16 Nov 2026 09:12:00 +0100
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""" % (rcpt, rcpt, req_subject(p), p["request_message_id"])
    parts = [Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], human.encode()),
             Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode()),
             Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], orig.encode())]
    part = multi("report", parts, "4QzK1m3Dd6z9vXy.1794816725/mx1.calderfinch.example", '; report-type=delivery-status')
    m = mail("MAILER-DAEMON@mx1.calderfinch.example (Mail Delivery System)", "dana.ruiz@calderfinch.example",
             "Undelivered Mail Returned to Sender", when(2026, 11, 16, 9, 13, 1),
             part, "<20261116081206.5B8C2A0F41@mx1.calderfinch.example>",
             extra=[("Auto-Submitted", "auto-replied")])
    return [p], m, other("bounce", "Postfix DSN: recipient address rejected (550 5.1.1). Our PO request never reached the supplier.")


@case("nlnl-nieuwsbrief-trechters", "unrelated", "nl-NL",
      "Supplier's bulk newsletter (List-Unsubscribe, HTML+text) full of funnel-set prices, discounts and holiday dates, but no answer to our PO.")
def _():
    s = sup("TRECHTER", "Trechterland B.V.", "verkoop@trechterland.example", "nl-NL")
    p = po("4500032140", s, "sofie", "EUR", "2026-11-17", [
        L("TL-SET-PP4", "Funnel set 4 pcs, polypropylene", 250, "SET", "3.20", "2026-12-11"),
        L("TL-SET-RVS3", "Funnel set 3 pcs, stainless steel", 80, "SET", "11.40", "2026-12-11")])
    plain = """Trechterland Nieuwsbrief - november 2026

WINTERACTIE: 15% korting op alle trechtersets t/m 18 december 2026
Gebruik kortingscode WINTER26 in onze webshop.

NIEUW: RVS trechterset 3-delig met filterinzet (art. TL-SET-RVS3F) - nu € 12,95 per set
Ook nieuw: siliconen vouwtrechter, 2 maten, vanaf € 2,49

Feestdagen: ons magazijn is gesloten van donderdag 24 december t/m vrijdag 1 januari.

Trechterland B.V. | Industrieweg 42 | 3044 AS Rotterdam | KvK 24123456
U ontvangt deze e-mail omdat u klant bent van Trechterland. Afmelden: https://trechterland.example/afmelden?u=9f1c2
"""
    htm = """<html><body style="font-family:Arial"><table width="600" align="center"><tr><td>
<h1 style="color:#0a6">Winteractie: 15% korting</h1><p>Op alle trechtersets t/m 18 december 2026. Gebruik code <b>WINTER26</b>.</p>
<h2>Nieuw in het assortiment</h2><p>RVS trechterset 3-delig met filterinzet (TL-SET-RVS3F) &ndash; <b>&euro; 12,95</b> per set<br>Siliconen vouwtrechter, 2 maten, vanaf &euro; 2,49</p>
<p>Feestdagen: ons magazijn is gesloten van donderdag 24 december t/m vrijdag 1 januari.</p>
<p style="font-size:10px;color:#888">Trechterland B.V. | Industrieweg 42 | 3044 AS Rotterdam | KvK 24123456<br>
<a href="https://trechterland.example/afmelden?u=9f1c2">Afmelden</a></p></td></tr></table></body></html>"""
    part = alt(plain, htm, "b1_6f0c1a2e3d4c5b6a7f8e9d0c1b2a3f4e")
    m = mail('"Trechterland" <nieuwsbrief@trechterland.example>', "sofie.lindqvist@calderfinch.example",
             "❄️ Winteractie: 15% korting op alle trechtersets", when(2026, 11, 19, 7, 0, 1), part,
             "<20261119060000.9f1c2.a77@mailer.trechterland.example>",
             extra=[("List-Unsubscribe", "<https://trechterland.example/afmelden?u=9f1c2>, <mailto:afmelden@trechterland.example>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                    ("X-Campaign-ID", "nb-2026-11")])
    return [p], m, other("unrelated", "Marketing newsletter from the supplier; mentions the same product family and prices but does not answer PO 4500032140.")


@case("itit-erp-pdf-conferma", "confirmation", "it-IT",
      "No-reply ERP mail, new thread, with a hand-built PDF order confirmation; supplier item codes differ from ours and line 3 is moved to 03/02/2027.")
def _():
    s = sup("SELLVAL", "Selleria Valtellina S.r.l.", "ordini@selleriavaltellina.example", "it-IT")
    p = po("4500032011", s, "ines", "EUR", "2026-11-13", [
        L("SV-SP-DRS-BLK", "Saddle pad dressage, black, full", 30, "EA", "38.50", "2027-01-20"),
        L("SV-SP-JMP-NVY", "Saddle pad jumping, navy, full", 30, "EA", "36.00", "2027-01-20"),
        L("SV-SP-GEL", "Gel half pad, anti-slip", 15, "EA", "54.00", "2027-01-20")])
    pdf = make_pdf([
        "SELLERIA VALTELLINA S.r.l. - Via Stelvio 40 - 23100 Sondrio (SO) - P.IVA IT01234560146",
        "",
        "CONFERMA D'ORDINE N. OV/2026/01873          Data: 18/11/2026",
        "Cliente: Calder & Finch Trading Ltd - Rotterdam (NL)     Cod. cliente: C004512",
        "Vs. ordine n. 4500032011 del 13/11/2026",
        "",
        "Pos  Ns. codice     Vs. codice        Descrizione                   UM  Q.ta   Prezzo   Importo   Consegna",
        "1    SP-D-100-NE    SV-SP-DRS-BLK     Sottosella dressage nero      PZ   30    38,50    1.155,00  20/01/2027",
        "2    SP-S-200-BL    SV-SP-JMP-NVY     Sottosella salto blu navy     PZ   30    36,00    1.080,00  20/01/2027",
        "3    SP-G-050       SV-SP-GEL         Mezzo sottosella gel          PZ   15    54,00      810,00  03/02/2027",
        "",
        "Totale imponibile EUR 3.045,00     IVA: non imponibile art. 41 D.L. 331/93",
        "Resa: DAP Rotterdam   Pagamento: bonifico 60 gg d.f.f.m.",
        "Le date di consegna si intendono indicative salvo cause di forza maggiore.",
    ])
    body = """Gentile Cliente,

in allegato trasmettiamo la conferma d'ordine n. OV/2026/01873 relativa al Vostro ordine n. 4500032011 del 13/11/2026.
Vi preghiamo di verificarne il contenuto e di segnalarci eventuali discrepanze entro 48 ore.

Cordiali saluti
Ufficio Commerciale - Selleria Valtellina S.r.l.
Tel. +39 0342 512 300

Questa e-mail è stata generata automaticamente, si prega di non rispondere.
Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute nella presente comunicazione sono riservate...
"""
    part = multi("mixed", [text(body, charset="iso-8859-15", cte="quoted-printable"),
                           attach("OV_2026_01873.pdf", pdf, "application/pdf")], "=_a8f3c1d2e4b5_=")
    return [p], reply(p, "Selleria Valtellina - Ufficio Commerciale", "noreply@selleriavaltellina.example",
                      when(2026, 11, 18, 16, 45, 1), part, thread=False, style="plain",
                      subject="Conferma d'ordine n. OV/2026/01873 - Vs. ordine 4500032011",
                      extra=[("X-Mailer", "TeamSystem Enterprise Mailer 4.2")]), \
        conf([(p, {1: A, 2: A, 3: C(d="2027-02-03")})],
             "ERP order confirmation in the PDF (matched via 'Vs. codice' = our item codes): lines 1-2 as ordered; line 3 delivery 03/02/2027 instead of 20/01/2027. Generated mail but it commits -> confirmation.")


@case("esmx-dedales-two-pos", "confirmation", "es-MX",
      "One Mexican reply covering two POs (subject lists both): first PO fully confirmed, second PO's only line at a new list price.")
def _():
    s = sup("DEDBAJ", "Dedales y Mercería del Bajío S.A. de C.V.", "ventas@dedalesbajio.example", "es-MX")
    pa = po("4500032105", s, "raj", "MXN", "2026-11-16", [
        L("DMB-DED-M", "Metal thimble, size M, nickel", 2000, "PC", "4.20", "2026-12-14"),
        L("DMB-DED-L", "Metal thimble, size L, nickel", 1000, "PC", "4.20", "2026-12-14")])
    pb = po("4500032147", s, "raj", "MXN", "2026-11-17", [
        L("DMB-DED-PIEL", "Leather thimble, adjustable", 500, "PC", "11.80", "2027-01-11")])
    pb["request_message_id"] = "<po-4500032147.1@calderfinch.example>"
    body = """Buenas tardes Rajiv,

Le confirmo ambas órdenes:

OC 4500032105: las dos partidas completas (2,000 pzas talla M y 1,000 pzas talla L), $4.20 c/u, entrega 14/12/2026.
OC 4500032147: dedal de piel ajustable, 500 pzas, entrega 11/01/2027. Solo le comento que el precio vigente es $12.40 c/u (lista 2026), el $11.80 era de la lista anterior.

Quedo atenta a cualquier comentario.

Saludos cordiales,
Lic. Fernanda Ortiz Villalobos
Ejecutiva de Ventas
Dedales y Mercería del Bajío S.A. de C.V.
Blvd. Adolfo López Mateos 1820 Ote., León, Gto. C.P. 37320
Tel. (477) 712 4590 ext. 112 | Cel. 477 118 2036
"""
    part = alt(body, to_html(body, "Arial"), "_000_SJ0PR13MB5927A3B0_")
    return [pa, pb], reply(pa, "Fernanda Ortiz", "fortiz@dedalesbajio.example", when(2026, 11, 18, 15, 20, -6), part,
                           subject="RE: Órdenes 4500032105 y 4500032147",
                           refs=pa["request_message_id"] + " " + pb["request_message_id"]), \
        conf([(pa, {1: A, 2: A}), (pb, {1: C(p="12.40")})],
             "Two POs answered: 4500032105 both lines as ordered; 4500032147 line 1 at 12.40 instead of 11.80 (qty/date unchanged). es-MX uses comma thousands, dot decimals.")
