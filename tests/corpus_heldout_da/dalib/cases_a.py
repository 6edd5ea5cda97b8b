from .common import *


@case("winch-atw-outlook-kw51", "de-AT", "confirmation",
      "Austrian Outlook top-post in windows-1252 QP: price raised on line 2, lines 2+3 moved to 'KW 51', signature full of numbers.")
def _():
    p = po("4500231107", "HUBERW", "Huber Seilwinden GmbH", "verkauf@huber-winden.example", "de-AT", "EUR", "2026-11-03", [
        ("BW-1200-V", "Boat winch 1200 kg, galvanised", 4, "EA", "389.00", "2026-12-14"),
        ("BW-2500-E", "Electric boat winch 2500 lb, 12 V", 2, "EA", "1245.00", "2026-12-14"),
        ("WS-6-50", "Winch strap 6 m x 50 mm with hook", 10, "EA", "27.80", "2026-12-14"),
    ])
    body = """Sehr geehrte Frau Ruiz,

danke für Ihre Bestellung 4500231107, die wir wie folgt bestätigen:

Pos. 1  BW-1200-V   4 Stk. à € 389,00 - Liefertermin 14.12.2026 passt.
Pos. 2  BW-2500-E   2 Stk. - Preis lt. aktueller Preisliste € 1.289,00/Stk.
        (der Preis von € 1.245,00 galt nur bis 31.10.2026), Lieferung KW 51.
Pos. 3  WS-6-50     10 Stk. à € 27,80 - Lieferung gemeinsam mit Pos. 2 in KW 51.

Bitte um kurze Rückmeldung, falls Sie mit der Preisänderung nicht einverstanden sind.

Mit freundlichen Grüßen

Ing. Franz Huber
Verkauf Innendienst

Huber Seilwinden GmbH | Gewerbepark 7 | 4600 Wels | Österreich
Tel. +43 7242 46380-12 | Fax +43 7242 46380-99
FN 281734 w, LG Wels | UID ATU62841377
IBAN AT61 1904 3002 3457 3201"""
    m = reply(p, ("Franz Huber", "f.huber@huber-winden.example"), "2026-11-05 14:37 +0100",
              text(body + quote_outlook(p, "de"), "windows-1252"), prefix="AW: ",
              mailer="Microsoft Outlook 16.0", charset="windows-1252")
    e = conf([answer(p, {1: acc(), 2: chg(p="1289.00", d="2026-12-18"), 3: chg(d="2026-12-18")})],
             "Line 1 as ordered. Line 2: new list price EUR 1,289.00 and KW 51 (no day named -> Friday 2026-12-18). "
             "Line 3 same price but ships with line 2 in KW 51 -> 2026-12-18. The request to object to the price does not undo the confirmation.")
    return [p], m, e


@case("cheesecloth-br-phone-oneliner", "pt-BR", "confirmation",
      "Terse phone reply 'Enviado do meu iPhone' over a Gmail quote: everything OK except one delivery day given as 15/12 (day-first, no year).")
def _():
    p = po("4500231188", "TECBR", "Tecelagem Serra Azul Ltda", "vendas@serraazul.example", "pt-BR", "BRL", "2026-11-03", [
        ("CC-90-50", "Cheese cloth grade 90, 50 m roll", 20, "ROL", "148.90", "2026-12-10"),
        ("CC-60-B", "Cheese cloth grade 60, bleached", 500, "M", "3.25", "2026-12-10"),
    ])
    body = "Boa tarde Dana, pedido confirmado, qtdes e preços ok. Consigo entregar dia 15/12.\nAbs\nRafael\n\nEnviado do meu iPhone"
    intro = "Em ter., 3 de nov. de 2026 às 10:02, Dana Ruiz <dana.ruiz@buyer.example> escreveu:"
    m = reply(p, ("Rafael Tavares", "rafael@serraazul.example"), "2026-11-09 18:52 -0300",
              text(body + quote_gmail(p, intro)), prefix="Re: ")
    e = conf([answer(p, {1: chg(d="2026-12-15"), 2: chg(d="2026-12-15")})],
             "Quantities and prices confirmed, single delivery on 15/12 (pt-BR day-first, next 15 Dec after the mail = 2026-12-15) "
             "instead of the requested 2026-12-10, so both lines are changed only in date.")
    return [p], m, e


@case("dentalbur-th-buddhist-year-html", "th-TH", "confirmation",
      "HTML-only Thai reply with Buddhist-era years (2569 = 2026) and a quantity rounded up to full boxes of 10.")
def _():
    p = po("4500231240", "SIAMDENT", "Siam Dental Instruments Co., Ltd.", "sales@siamdental.example", "th-TH", "THB", "2026-11-04", [
        ("DB-801-014", "Diamond bur FG round 014, medium grit", 200, "PC", "38.50", "2026-12-15"),
        ("CB-RA-2", "Carbide bur RA #2 round", 25, "PC", "62.00", "2026-12-15"),
    ], buyer=2)
    h = """<div style="font-family:Tahoma">เรียน คุณ Priya Menon<br><br>
บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500231240 ดังนี้<br>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>ลำดับ</th><th>รหัสสินค้า</th><th>จำนวน</th><th>ราคา/ชิ้น (บาท)</th><th>วันส่งมอบ</th></tr>
<tr><td>1</td><td>DB-801-014</td><td>200 ชิ้น</td><td>38.50</td><td>15 ธ.ค. 2569</td></tr>
<tr><td>2</td><td>CB-RA-2</td><td>30 ชิ้น *</td><td>62.00</td><td>22 ธ.ค. 2569</td></tr>
</table>
* สินค้ารายการที่ 2 บรรจุกล่องละ 10 ชิ้น จึงขอปรับจำนวนเป็น 30 ชิ้น (3 กล่อง)<br><br>
ขอแสดงความนับถือ<br>
สุภาพร วงศ์ใหญ่<br>ฝ่ายขาย บริษัท สยามเดนทัล อินสทรูเมนท์ จำกัด<br>โทร 02-123-4567 ต่อ 208</div>"""
    m = reply(p, ("สุภาพร วงศ์ใหญ่", "supaporn@siamdental.example"), "2026-11-06 13:05 +0700",
              html(html_doc(h + quote_html(p)), cte="base64"))
    e = conf([answer(p, {1: acc(), 2: chg(q=30, d="2026-12-22")})],
             "Thai dates use the Buddhist era: 15 Dec 2569 = 2026-12-15 (as ordered), 22 Dec 2569 = 2026-12-22. "
             "Line 2 rounded up from 25 to 30 (boxes of 10), price unchanged.")
    return [p], m, e


@case("saddlepad-ke-swahili-partial", "sw-KE", "confirmation",
      "Swahili reply confirming line 1 but promising an answer on line 2 'kesho' (tomorrow): partial confirmation.")
def _():
    p = po("4500231302", "RIFTSAD", "Rift Valley Saddlery Ltd", "orders@riftsaddlery.example", "sw-KE", "KES", "2026-11-04", [
        ("SP-AP-FULL", "Saddle pad, all-purpose, full, navy", 30, "EA", "2450.00", "2027-01-15"),
        ("SP-DR-COB", "Dressage saddle pad, cob, white", 12, "EA", "2980.00", "2027-01-15"),
    ])
    body = """Habari Dana,

Asante kwa oda yako namba 4500231302.

Bidhaa ya 1 (SP-AP-FULL): tunathibitisha vipande 30 kwa KES 2,450.00 kila kimoja, tutawasilisha tarehe 15/01/2027.

Bidhaa ya 2 (SP-DR-COB): bado tunasubiri jibu kutoka kiwandani kuhusu kitambaa cheupe, tutakuthibitishia kesho.

Wako,
Wanjiru Kamau
Mauzo | Rift Valley Saddlery Ltd | Nakuru
Simu: +254 722 418 903 | KRA PIN: P051647382Q | M-Pesa Paybill 522533"""
    m = reply(p, ("Wanjiru Kamau", "wanjiru@riftsaddlery.example"), "2026-11-06 11:20 +0300",
              text(body + quote_gmail(p)), prefix="Re: ")
    e = conf([answer(p, {1: acc(), 2: unc()})],
             "Line 1 confirmed exactly as ordered (15/01/2027 day-first). Line 2 explicitly not yet confirmed (waiting for the factory, answer 'kesho' = tomorrow) -> unconfirmed.")
    return [p], m, e


@case("incense-in-hindi-per-dozen", "hi-IN", "confirmation",
      "Hindi reply quoting line 1 per dozen (₹48/दर्जन) against a per-piece PO price of 4.00 and an INR total: all accepted.")
def _():
    p = po("4500231355", "SGAI", "Shri Ganesh Agarbatti Udyog", "orders@shriganesh-agarbatti.example", "hi-IN", "INR", "2026-11-05", [
        ("IC-SAN-L", "Incense cone, sandalwood, loose", 1200, "PC", "4.00", "2026-12-18"),
        ("IC-HLD-BR", "Brass cone holder, small", 100, "PC", "85.00", "2026-12-18"),
    ], buyer=2)
    body = """नमस्ते प्रिया जी,

आपका ऑर्डर 4500231355 प्राप्त हुआ, धन्यवाद। हम निम्नानुसार पुष्टि करते हैं:

1) चंदन धूप कोन (IC-SAN-L) – 1200 नग (100 दर्जन), दर ₹48 प्रति दर्जन, डिलीवरी 18/12/2026
2) पीतल कोन होल्डर (IC-HLD-BR) – 100 नग, ₹85 प्रति नग, डिलीवरी 18/12/2026

कुल राशि: ₹13,300 + GST

सादर,
राजेश अग्रवाल
श्री गणेश अगरबत्ती उद्योग, मैसूर
मो. 98450 12345 | GSTIN 29ABCPA1234F1Z5"""
    m = reply(p, ("राजेश अग्रवाल", "rajesh@shriganesh-agarbatti.example"), "2026-11-07 12:05 +0530",
              alt(text(body), html(html_doc(to_html(body)))), prefix="Re: ")
    e = conf([answer(p, {1: acc(), 2: acc()})],
             "₹48 per dozen = ₹4.00 per piece, equal to the PO; quantities and 18/12/2026 match. Both lines accepted.")
    return [p], m, e


@case("marbles-is-ooo", "is-IS", "auto_reply",
      "Icelandic/English out-of-office with Auto-Submitted header; it mentions a date and a phone number but commits to nothing.")
def _():
    p = po("4500231410", "GLERLIST", "Glerlist ehf.", "panta@glerlist.example", "is-IS", "ISK", "2026-11-05", [
        ("GM-16-CLR", "Glass marbles 16 mm, clear", 200, "KG", "690.00", "2026-12-09"),
        ("GM-25-MIX", "Glass marbles 25 mm shooter, mixed colours", 50, "KG", "1150.00", "2026-12-09"),
    ])
    body = """Takk fyrir póstinn.

Ég er í fríi til og með 20. nóvember og hef takmarkaðan aðgang að tölvupósti. Í brýnum málum vinsamlegast hafið samband við panta@glerlist.example eða í síma 555 1234.

---
Thank you for your e-mail. I am out of the office until 20 November with limited access to e-mail. For urgent matters please contact panta@glerlist.example or call +354 555 1234.

Kær kveðja / Best regards
Sigrún Þórsdóttir
Glerlist ehf. | Kt. 540298-2319"""
    m = reply(p, ("Sigrún Þórsdóttir", "sigrun@glerlist.example"), "2026-11-05 09:03 +0000",
              text(body, "iso-8859-1"), subject="Sjálfvirkt svar: " + request_subject(p), charset="iso-8859-1",
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], m, other("auto_reply", "Out-of-office notice; no statement about the order.")


@case("oboereed-jp-sjis-split", "ja-JP", "confirmation",
      "Shift_JIS base64 Japanese keigo reply; line 2 split 30 now / 20 on '1月22日' (no year -> 2027).")
def _():
    p = po("4500231466", "MOKKAN", "Mokkan Reed Kobo K.K.", "eigyo@mokkan-reed.example", "ja-JP", "JPY", "2026-11-06", [
        ("OR-MED-H", "Oboe reed, handmade, medium", 50, "PC", "4800", "2026-12-11"),
        ("OR-MS-C", "Oboe reed, cane, medium-soft", 50, "PC", "1650", "2026-12-11"),
    ], buyer=3)
    body = """ブライトウォーター・トレーディング
購買部 Marco Bellini様

いつも大変お世話になっております。
株式会社木管リード工房の佐藤でございます。

ご注文（注文番号 4500231466）誠にありがとうございます。
下記の通りご回答申し上げます。

1. OR-MED-H 手作りリード ミディアム　50本　@4,800円
　 納期 2026年12月11日　ご注文通り承ります。

2. OR-MS-C ケーンリード ミディアムソフト　50本　@1,650円
　 在庫不足のため、分納とさせていただきます。
　 12月11日に30本納品、残り20本は1月22日納品予定です。

ご不明な点がございましたら、お気軽にお問い合わせください。
何卒よろしくお願い申し上げます。

━━━━━━━━━━━━━━━━━━━━
株式会社木管リード工房　営業部
佐藤 美咲
〒430-0933 静岡県浜松市中央区鍛冶町 1-2-3
TEL 053-456-7890 / FAX 053-456-7891
━━━━━━━━━━━━━━━━━━━━"""
    m = reply(p, ("佐藤 美咲", "m.sato@mokkan-reed.example"), "2026-11-10 16:45 +0900",
              text(body, "shift_jis", "base64"), prefix="Re: ", charset="iso-2022-jp")
    e = conf([answer(p, {1: acc(), 2: chg(sched=[(30, "2026-12-11"), (20, "2027-01-22")])})],
             "Line 1 as ordered. Line 2 split: 30 on 12月11日 (2026-12-11) and 20 on 1月22日, a date without year after the "
             "mail date -> 2027-01-22; total quantity and price unchanged.")
    return [p], m, e


@case("umbrellarib-tw-big5-per-thousand", "zh-TW", "confirmation",
      "Big5 multipart/alternative; prices given per 1,000 pieces (千支) against per-piece PO prices, one of them raised.")
def _():
    p = po("4500231502", "HSINFENG", "Hsin Feng Umbrella Parts Co., Ltd.", "sales@hsinfeng-parts.example", "zh-TW", "USD", "2026-11-04", [
        ("UR-FG-58", "Fibreglass umbrella rib 58 cm", 12000, "PC", "0.1250", "2026-12-18"),
        ("UR-TIP-N", "Rib tip, nylon, black", 20000, "PC", "0.0080", "2026-12-18"),
    ])
    body = """Dana 您好：

感謝貴司訂單 4500231502，確認如下：

1. UR-FG-58 玻璃纖維傘骨 58cm，12,000支
   因原料上漲，單價調整為 USD 132.00 / 千支，交期 2026/12/18（同訂單）

2. UR-TIP-N 尼龍傘珠 黑色，20,000個
   單價 USD 8.00 / 千個，交期 2026/12/18

如有問題請隨時聯絡，謝謝！

新豐傘業零件股份有限公司
業務部 林怡君 Vicky Lin
TEL: +886-4-2359-1234 分機 15
統一編號: 84213579"""
    t = text(body, "big5", "base64")
    h = html(html_doc(to_html(body), "big5"), "big5", "base64")
    m = reply(p, ("林怡君 Vicky Lin", "vicky@hsinfeng-parts.example"), "2026-11-06 09:30 +0800",
              alt(t, h), prefix="回覆: ", charset="big5")
    e = conf([answer(p, {1: chg(p="0.132"), 2: acc()})],
             "Line 1: USD 132.00 per 1,000 pcs = 0.132 per piece (PO 0.1250) -> changed price, date as ordered. "
             "Line 2: USD 8.00 per 1,000 = 0.008, equal to the PO -> accepted.")
    return [p], m, e


@case("palletwrap-ru-koi8-3weeks", "ru-RU", "confirmation",
      "KOI8-R 8bit Russian reply: full-pallet rounding (120 instead of 100) and a relative delivery time '3 недели с даты этого письма'.")
def _():
    p = po("4500231560", "PLENKA", "OOO Plenka-Trade", "zakaz@plenka-trade.example", "ru-RU", "RUB", "2026-11-05", [
        ("PW-500-23", "Hand stretch film 500 mm x 23 mic, 300 m", 100, "ROL", "412.00", "2026-12-07"),
        ("PW-M-17", "Machine stretch film 500 mm x 17 mic, 1500 m", 24, "ROL", "2860.00", "2026-12-07"),
    ])
    body = """Дана, добрый день!

Заказ 4500231560 подтверждаем со следующими изменениями:

поз. 1 - плёнка ручная 500 мм x 23 мкм: отгружаем только целыми паллетами по 40 рулонов, поэтому количество 120 рул. вместо 100, цена 412,00 руб./рул. без изменений.
поз. 2 - плёнка машинная 500 мм x 17 мкм: 24 рул. по 2 860,00 руб./рул.

Срок поставки по обеим позициям - 3 недели с даты этого письма.

С уважением,
Алексей Воронцов
менеджер по продажам
ООО "Плёнка-Трейд"
тел. +7 (495) 123-45-67, доб. 204
ИНН 7701234567 / КПП 770101001"""
    m = reply(p, ("Алексей Воронцов", "a.vorontsov@plenka-trade.example"), "2026-11-11 10:15 +0300",
              text(body, "koi8-r", "8bit"), prefix="RE: ", charset="koi8-r")
    e = conf([answer(p, {1: chg(q=120, d="2026-12-02"), 2: chg(d="2026-12-02")})],
             "Mail dated Wed 2026-11-11; '3 weeks from the date of this letter' = 2026-12-02, earlier than the requested 2026-12-07, so both lines change date. "
             "Line 1 quantity rounded to full pallets of 40: 120.")
    return [p], m, e


@case("jigsaw-pl-inline-answers", "pl-PL", "confirmation",
      "ISO-8859-2 QP Polish reply with answers typed inline after each quoted PO line: OK, pack rounding, discontinued.")
def _():
    p = po("4500231611", "PILMAX", "Pilmax Sp. z o.o.", "zamowienia@pilmax.example", "pl-PL", "PLN", "2026-11-05", [
        ("JB-T101B", "Jigsaw blade T101B wood, 5-pack", 40, "SET", "18.90", "2026-12-04"),
        ("JB-T118A", "Jigsaw blade T118A metal", 60, "PC", "4.35", "2026-12-04"),
        ("JB-T144D", "Jigsaw blade T144D fast cut wood", 100, "PC", "3.80", "2026-12-04"),
    ])
    ans = {"1": "   >>> OK, potwierdzam",
           "2": "   >>> 75 szt. - sprzedajemy tylko w opakowaniach po 25 szt., cena i termin bez zmian",
           "3": "   >>> wycofane z produkcji, nie dostarczymy. Możemy zaproponować T144DP (4,10 zł/szt.) - proszę o nowe zamówienie jeśli zainteresowani"}
    q = []
    for l in request_text(p).split("\n"):
        q.append("> " + l)
        k = l.split(" ", 1)[0]
        if k in ans and "JB-" in l:
            q.append(ans[k])
    d = req_dt(p)
    body = ("Dzień dobry,\n\nodpowiedzi poniżej w treści.\n\nPozdrawiam\nKatarzyna Nowak\nDział Obsługi Klienta\n"
            "Pilmax Sp. z o.o., ul. Przemysłowa 14, 62-052 Komorniki\nNIP 777-31-22-456, tel. 61 810 22 33\n\n"
            "W dniu %s, Dana Ruiz pisze:\n" % d.strftime("%d.%m.%Y o %H:%M") + "\n".join(q) + "\n")
    m = reply(p, ("Katarzyna Nowak", "k.nowak@pilmax.example"), "2026-11-06 08:10 +0100",
              text(body, "iso-8859-2"), prefix="Odp: ", charset="iso-8859-2", mailer="Mozilla Thunderbird")
    e = conf([answer(p, {1: acc(), 2: chg(q=75), 3: rej()})],
             "Answers are written under the quoted lines. Line 1 OK; line 2 rounded to packs of 25 -> 75, price/date unchanged; "
             "line 3 discontinued and not delivered (the suggested substitute needs a new order) -> rejected.")
    return [p], m, e


@case("kilnshelf-cz-question", "cs-CZ", "needs_review",
      "Windows-1250 Czech reply asking which shelf thickness is meant before confirming anything.")
def _():
    p = po("4500231655", "KERAMTECH", "Keramtech s.r.o.", "obchod@keramtech.example", "cs-CZ", "CZK", "2026-11-05", [
        ("KS-SIC-5040", "Kiln shelf SiC 500 x 400 mm", 12, "EA", "2350.00", "2026-12-16"),
        ("KS-PROP-100", "Kiln prop, cordierite, 100 mm", 48, "EA", "85.00", "2026-12-16"),
    ])
    body = """Dobrý den paní Ruiz,

děkujeme za objednávku č. 4500231655. Než ji potvrdíme, potřebujeme upřesnit položku 1:
desky SiC 500 x 400 vyrábíme v tloušťce 15 mm (2 350,00 Kč) i 20 mm (2 780,00 Kč). Ve Vaší objednávce tloušťka uvedena není.

Jakmile nám dáte vědět, pošleme potvrzení celé objednávky včetně termínu dodání.

S pozdravem
Ing. Petra Svobodová
obchodní oddělení
Keramtech s.r.o. | Průmyslová 1187, 686 01 Uherské Hradiště
IČ: 26941231, DIČ: CZ26941231 | tel. +420 572 551 204"""
    m = reply(p, ("Petra Svobodová", "svobodova@keramtech.example"), "2026-11-06 09:41 +0100",
              text(body + quote_outlook(p, "cs"), "windows-1250"), prefix="RE: ", charset="windows-1250",
              mailer="Microsoft Outlook 16.0")
    return [p], m, other("needs_review", "A question about line 1 before confirming; the supplier will confirm the whole order (with dates) only after our answer. Nothing is committed.")


@case("extvalve-fr-erp-pdf", "fr-FR", "confirmation",
      "Automatic 'ne pas répondre' ERP mail, new thread, the confirmation is only in an attached PDF (French number format, packing rounding, later date).")
def _():
    p = po("4500231720", "ROBLY", "Robinetterie Lyonnaise SAS", "adv@robinetterie-lyonnaise.example", "fr-FR", "EUR", "2026-11-06", [
        ("FV-M30-CO2", "CO2 extinguisher valve M30x1.5, brass", 150, "EA", "14.60", "2026-12-17"),
        ("FV-W-25", "Water/foam extinguisher valve 25 mm with gauge", 80, "EA", "11.95", "2026-12-17"),
        ("FV-SIPH-6", "Siphon tube for 6 kg extinguisher, PE", 230, "EA", "0.86", "2026-12-17"),
    ])
    lines = [
        "ROBINETTERIE LYONNAISE SAS - 14 rue des Tanneurs - 69007 Lyon",
        "SIRET 412 345 678 00029 - TVA FR52 412345678 - Tel. 04 72 00 11 22",
        "",
        "ACCUSE DE RECEPTION DE COMMANDE   N. AR-26-08841      Date: 09/11/2026",
        "Client: BRIGHTWATER TRADING GMBH - Hafenstrasse 12 - 20457 Hamburg",
        "Votre commande: 4500231720 du 06/11/2026      Interlocuteur: Mme D. Ruiz",
        "",
        "Pos  Reference     Designation                      Qte   PU HT EUR   Montant HT   Livraison",
        "1    FV-M30-CO2    Robinet CO2 M30x1,5 laiton        150       14,60     2 190,00   17/12/2026",
        "2    FV-W-25       Robinet eau/mousse 25 mm + mano    80       11,95       956,00   08/01/2027",
        "3    FV-SIPH-6     Tube plongeur 6 kg PE              250        0,86       215,00   17/12/2026",
        "                  (conditionnement par 50 pieces)",
        "",
        "Total HT EUR 3 361,00     TVA 0,00 (autoliquidation)     Total TTC EUR 3 361,00",
        "",
        "Conditions: franco de port, paiement 30 jours fin de mois. Sous reserve d'aleas de production.",
    ]
    body = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint notre accusé de réception de commande AR-26-08841.\n\n"
            "Ceci est un message automatique, merci de ne pas y répondre. Pour toute question : adv@robinetterie-lyonnaise.example\n\n"
            "Robinetterie Lyonnaise SAS\n")
    m = reply(p, ("Robinetterie Lyonnaise - ADV", "no-reply@robinetterie-lyonnaise.example"), "2026-11-09 06:12 +0100",
              mixed(text(body, "iso-8859-1"), attachment("AR-26-08841.pdf", "application/pdf", pdf(lines, "AR-26-08841"))),
              subject="Accusé de réception de commande n° AR-26-08841 - Votre réf. 4500231720", thread=False,
              charset="iso-8859-1", extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Sage X3 Mailer")])
    e = conf([answer(p, {1: acc(), 2: chg(d="2027-01-08"), 3: chg(q=250)})],
             "ERP order acknowledgment in a PDF: commits to the order. Line 1 as ordered; line 2 delivery 08/01/2027; "
             "line 3 rounded to packs of 50 -> 250 at the same price (0,86). The 'sous réserve' boilerplate is not a condition on this order.")
    return [p], m, e


@case("puck-us-ship-vs-deliver", "en-US", "confirmation",
      "US month-first short dates: ships 12/4, delivers 12/9 - the delivery date wins and is earlier than requested.")
def _():
    p = po("4500231777", "NSRUB", "North Star Rubber Co.", "sales@northstar-rubber.example", "en-US", "USD", "2026-11-02", [
        ("HP-OFF-6", "Hockey puck, official 6 oz, black", 1200, "EA", "1.15", "2026-12-11"),
        ("HP-YTH-4", "Youth hockey puck 4 oz, blue", 300, "EA", "1.05", "2026-12-11"),
    ])
    body = """Hi Dana,

Confirmed on both lines, pricing as per PO. We'll ship 12/4 via UPS Ground out of Minneapolis, should deliver 12/9.

Thanks!
Kyle

Kyle Brandt
Inside Sales | North Star Rubber Co.
P 612-555-0187 x214 | F 612-555-0190
2201 Industrial Blvd NE, Minneapolis, MN 55413"""
    m = reply(p, ("Kyle Brandt", "kbrandt@northstar-rubber.example"), "2026-11-04 15:22 -0600",
              alt(text(body + quote_gmail(p)), html(html_doc(to_html(body) + quote_html(p)))), prefix="Re: ")
    e = conf([answer(p, {1: chg(d="2026-12-09"), 2: chg(d="2026-12-09")})],
             "en-US month-first: ship 12/4 = 2026-12-04, deliver 12/9 = 2026-12-09. The delivery date wins; it differs from the "
             "requested 2026-12-11, so both lines are changed (date only).")
    return [p], m, e


@case("mosaic-nl-postfix-bounce", "nl-NL", "bounce",
      "Postfix DSN (multipart/report) for our PO request: unknown user at the Dutch supplier.")
def _():
    p = po("4500231801", "MOZNL", "Mozaïekhuis Dekker B.V.", "inkoop@mozaiekhuis-dekker.example", "nl-NL", "EUR", "2026-11-06", [
        ("MT-GL-2020-BL", "Glass mosaic tile 20x20 mm, blue mix, sheet 30x30", 120, "PC", "6.40", "2026-12-15"),
    ])
    human = """This is the mail system at host mx2.buyer.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<inkoop@mozaiekhuis-dekker.example>: host
    mx.mozaiekhuis-dekker.example[203.0.113.25] said: 550 5.1.1
    <inkoop@mozaiekhuis-dekker.example>: Recipient address rejected: User unknown
    in virtual mailbox table (in reply to RCPT TO command)
"""
    m = dsn(p, "mx2.buyer.example", "2026-11-06 10:03 +0100", human, "5.1.1",
            "550 5.1.1 <inkoop@mozaiekhuis-dekker.example>: Recipient address rejected: User unknown in virtual mailbox table")
    return [p], m, other("bounce", "Delivery status notification: our request never reached the supplier.")


@case("mosaic-it-newsletter", "it-IT", "unrelated",
      "Italian HTML newsletter from the same supplier with prices and dates, List-Unsubscribe, not an answer to our PO.")
def _():
    p = po("4500231830", "MOSVEN", "Mosaici Veneziani S.r.l.", "ordini@mosaiciveneziani.example", "it-IT", "EUR", "2026-11-06", [
        ("MV-SM-15-ORO", "Smalti mosaic 15x15 mm, gold leaf, 1 kg", 20, "KG", "84.00", "2027-01-20"),
        ("MV-MRB-23-CAR", "Marble mosaic Carrara 23x23, sheet", 60, "PC", "17.50", "2027-01-20"),
    ], buyer=3)
    h = """<table width="600" align="center" style="font-family:Georgia"><tr><td>
<h1 style="color:#1b4f72">Collezione Laguna 2027</h1>
<p>Gentile cliente,</p>
<p>siamo lieti di presentarLe la nuova collezione <b>Laguna 2027</b>: smalti veneziani tagliati a mano in 42 nuove tonalità.</p>
<ul>
<li>Smalti 15x15 mm, foglia oro 24 kt: <b>€ 79,00/kg</b> (prezzo lancio fino al 31/12/2026)</li>
<li>Mosaico marmo Carrara 23x23, foglio 30x30: <b>€ 16,90</b></li>
<li>Consegna in 10 giorni lavorativi per ordini entro il 15 dicembre</li>
</ul>
<p>Visiti il nostro stand alla fiera Cersaie (padiglione 30, stand B12) o scarichi il catalogo.</p>
<p><a href="https://www.mosaiciveneziani.example/catalogo-2027.pdf">Scarica il catalogo</a></p>
<hr><p style="font-size:10px">Mosaici Veneziani S.r.l. - Fondamenta dei Vetrai 8, 30141 Murano (VE) - P.IVA 03456789012<br>
Ha ricevuto questa e-mail perché è iscritto alla nostra newsletter. <a href="https://news.mosaiciveneziani.example/u?id=88231">Cancella l'iscrizione</a></p>
</td></tr></table>"""
    t = ("Collezione Laguna 2027\n\nGentile cliente,\nsiamo lieti di presentarLe la nuova collezione Laguna 2027...\n"
         "- Smalti 15x15 mm, foglia oro 24 kt: EUR 79,00/kg (prezzo lancio fino al 31/12/2026)\n"
         "- Mosaico marmo Carrara 23x23: EUR 16,90\n\nCancella l'iscrizione: https://news.mosaiciveneziani.example/u?id=88231\n")
    m = reply(p, ("Mosaici Veneziani", "newsletter@news.mosaiciveneziani.example"), "2026-11-10 07:30 +0100",
              alt(text(t), html(html_doc(h))), subject="Novità: Collezione Laguna 2027 - prezzi lancio", thread=False,
              extra=[("List-Unsubscribe", "<https://news.mosaiciveneziani.example/u?id=88231>"), ("Precedence", "bulk")])
    return [p], m, other("unrelated", "Marketing newsletter with launch prices; not an answer about PO 4500231830 even though it lists similar items.")


@case("ladderrung-se-two-pos", "sv-SE", "confirmation",
      "One Swedish reply answering two POs (subject names only the first); one line of the second PO discontinued.")
def _():
    a = po("4500231850", "STEGGN", "Stegfabriken i Gnosjö AB", "order@stegfabriken.example", "sv-SE", "SEK", "2026-11-02", [
        ("LR-AL-30", "Aluminium ladder rung 30x30 mm, 420 mm", 500, "EA", "42.50", "2026-12-16"),
        ("LR-CAP-30", "Rung end cap 30x30, PA6 black", 1000, "EA", "1.20", "2026-12-16"),
    ], buyer=1)
    b = po("4500231903", "STEGGN", "Stegfabriken i Gnosjö AB", "order@stegfabriken.example", "sv-SE", "SEK", "2026-11-04", [
        ("LR-ST-25", "Steel rung 25 mm round, zinc plated, 380 mm", 300, "EA", "29.00", "2027-01-13"),
        ("LR-RIB-30", "Ribbed anti-slip rung 30 mm, 450 mm", 200, "EA", "47.50", "2027-01-13"),
    ], buyer=1)
    body = """Hej Jonas,

Tack för beställningarna. Vi bekräftar båda:

4500231850 - allt enligt order, leverans 2026-12-16.

4500231903 - rad 1 OK enligt order (2027-01-13). Rad 2 (räfflat steg 450 mm) har tyvärr utgått ur sortimentet och kan inte levereras.

Med vänliga hälsningar
Elin Sjöberg
Order & Logistik
Stegfabriken i Gnosjö AB | Org.nr 556123-4567 | Tel 0370-912 40"""
    m = reply(a, ("Elin Sjöberg", "elin.sjoberg@stegfabriken.example"), "2026-11-10 13:40 +0100",
              text(body + quote_outlook(a, "sv"), "iso-8859-1"), prefix="SV: ", charset="iso-8859-1")
    e = conf([answer(a, {1: acc(), 2: acc()}), answer(b, {1: acc(), 2: rej()})],
             "Threaded to 4500231850 but answers both POs: 4500231850 all as ordered; 4500231903 line 1 as ordered, line 2 discontinued -> rejected.")
    return [a, b], m, e


@case("vinyl-mx-will-check", "es-MX", "needs_review",
      "Friendly Mexican reply that only promises to check with the warehouse and answer on Monday.")
def _():
    p = po("4500231944", "DISCMX", "Discos y Prensados del Bajío S.A. de C.V.", "ventas@prensadosbajio.example", "es-MX", "MXN", "2026-11-06", [
        ("VR-12-180-BLK", "12\" vinyl pressing 180 g, black, with inner sleeve", 500, "PC", "96.50", "2027-01-29"),
        ("VR-7-45-CLR", "7\" vinyl 45 rpm, clear", 300, "PC", "48.00", "2027-01-29"),
    ])
    body = """Hola Dana, buenas tardes.

Gracias por la orden 4500231944. Con gusto la reviso con almacén y planta, porque el vinil transparente depende de la materia prima que nos llega a fin de mes. Le confirmo cantidades y fechas el lunes sin falta.

Saludos cordiales,
Lic. Fernanda Ortiz
Ejecutiva de Ventas
Discos y Prensados del Bajío, S.A. de C.V.
Tel. +52 (477) 712 3456 ext. 102 | RFC DPB0905124K7"""
    m = reply(p, ("Fernanda Ortiz", "fortiz@prensadosbajio.example"), "2026-11-12 17:05 -0600",
              text(body + quote_gmail(p, "El jue, 6 nov 2026 a las 3:02, Dana Ruiz (<dana.ruiz@buyer.example>) escribió:")),
              prefix="RE: ")
    return [p], m, other("needs_review", "Acknowledges the order but commits to nothing; quantities and dates promised for Monday.")


@case("hutch-gb-weekday-noyear", "en-GB", "confirmation",
      "British Gmail reply: all confirmed but delivery 'Thursday 7th January' (no year) plus a per-unit carriage surcharge on one line.")
def _():
    p = po("4500231980", "DALEHUT", "Dalesway Hutches Ltd", "sales@daleswayhutches.example", "en-GB", "GBP", "2026-11-06", [
        ("RH-DBL-5FT", "Double-tier rabbit hutch 5 ft, with run", 8, "EA", "164.00", "2026-12-18"),
        ("RH-SGL-4FT", "Single rabbit hutch 4 ft", 12, "EA", "89.00", "2026-12-18"),
        ("RH-COVER-5", "Waterproof hutch cover 5 ft", 8, "EA", "18.50", "2026-12-18"),
    ])
    body = """Hi Dana,

Thanks for the order, happy to confirm all three lines at the quantities and prices on your PO, with one exception: the 5ft double hutches go on a pallet on their own, so we have to add £6.00 per hutch for the oversize carriage.

Our joinery shop is fully booked until Christmas, so we will deliver the lot on Thursday 7th January.

Kind regards,
Tom Hargreaves
Dalesway Hutches Ltd
Unit 4, Mill Lane Industrial Estate, Skipton BD23 1XX
Tel 01756 700 123 | Company No. 08123456 | VAT GB 123 4567 89

This e-mail and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""
    d = req_dt(p)
    m = reply(p, ("Tom Hargreaves", "tom@daleswayhutches.example"), "2026-11-13 11:48 +0000",
              text(body + quote_gmail(p)), prefix="Re: ")
    e = conf([answer(p, {1: chg(p="170.00", d="2027-01-07"), 2: chg(d="2027-01-07"), 3: chg(d="2027-01-07")})],
             "Delivery 'Thursday 7th January' without year -> next 7 Jan after the mail = 2027-01-07 (a Thursday) for all lines. "
             "Line 1 gets +£6.00 per hutch: 164.00 + 6.00 = 170.00.")
    return [p], m, e
