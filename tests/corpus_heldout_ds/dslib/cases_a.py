# -*- coding: utf-8 -*-
from .common import *


@case("de-at-kw-price-increase", "confirmation", "de-AT",
      "Outlook top-post in windows-1252 QP: calendar weeks per line (KW 50 = requested Friday, KW 51 later) plus a manufacturer price increase on one line only.")
def c():
    p = po("4500031201", "WIESF", "Wiesinger Werkzeughandel GmbH", "verkauf@wiesinger-werkzeug.example",
           "de-AT", "EUR", "2026-11-03", [
               ("WS-125-1400", "Angle grinder 125 mm, 1400 W", 24, "EA", "68.90", "2026-12-11"),
               ("WS-230-2200", "Angle grinder 230 mm, 2200 W", 10, "EA", "139.00", "2026-12-11"),
               ("TS-125-10", "Cutting disc 125x1.0 mm, pack of 25", 40, "BOX", "18.40", "2026-12-11")])
    body = """Sehr geehrte Frau Ruiz,

vielen Dank für Ihre Bestellung 4500031201, die wir wie folgt bestätigen:

Pos. 1  WS-125-1400  24 Stk. à € 68,90   Liefertermin KW 50
Pos. 2  WS-230-2200  10 Stk.             Liefertermin KW 51
        Achtung: lt. Preiserhöhung des Herstellers ab 01.12.2026 gilt hier € 145,50/Stk.
Pos. 3  TS-125-10    40 Pkg. à € 18,40   Liefertermin KW 50

Lieferung frei Haus, Zahlung 30 Tage netto wie vereinbart.

Mit freundlichen Grüßen

Andrea Pichler
Innendienst / Auftragsabwicklung

Wiesinger Werkzeughandel GmbH
Triester Straße 214, 1230 Wien
Tel. +43 1 615 22 80-14 | Fax +43 1 615 22 80-99
FN 234567 a, HG Wien | UID ATU63456789"""
    eml = reply(p, body, rfcdate(2026, 11, 5, 10, 41, 7, "+0100"), "Pichler Andrea", qlang="de",
                prefix="AW: ", charset="windows-1252")
    e = conf("KW 50 has no day named, so it means Friday 2026-12-11 = requested date: lines 1 and 3 accepted. "
             "Line 2: KW 51 -> Friday 2026-12-18 and new price 145.50 -> changed. The 01.12.2026 is the "
             "price validity date, not a delivery date.",
             answer(p, l2=chg(p, 2, price="145.50", date="2026-12-18")))
    return [p], eml, e


@case("en-us-iphone-oneliner", "confirmation", "en-US",
      "Two-line reply from a phone over an iPhone '>' quote; month-first '12/4' is a ship date for one line only.")
def c():
    p = po("4500031245", "DELTAFAST", "Delta Fastening Supply Inc.", "orders@deltafastening.example",
           "en-US", "USD", "2026-11-02", [
               ("ID-20V-1/4", "Impact driver 20 V, 1/4\" hex, bare tool", 30, "EA", "89.00", "2026-12-18"),
               ("ID-BIT-SET32", "Impact bit set, 32 pcs", 60, "SET", "14.75", "2026-12-18"),
               ("ID-HOLSTER", "Tool holster for impact driver", 30, "EA", "9.20", "2026-12-18")], buyer="jonas")
    body = ("Confirmed. Line 2 will ship 12/4, rest as requested.\n\nMike\n\nSent from my iPhone\n\n"
            "On Nov 2, 2026, at 1:12 AM, Jonas Berg <jonas.berg@kestrel-tools.example> wrote:\n\n" +
            quote_gt(request_text(p)))
    eml = reply(p, body, rfcdate(2026, 11, 3, 16, 5, 51, "-0600"), "Mike Alvarez", "mike@deltafastening.example",
                style=None, prefix="Re: ", cte="7bit", flowed=True)
    e = conf("US month-first: '12/4' is 2026-12-04, a ship date (no delivery date given) so it is the date for line 2, "
             "which is earlier than requested -> changed. Lines 1 and 3 'as requested' -> accepted.",
             answer(p, l2=chg(p, 2, date="2026-12-04")))
    return [p], eml, e


@case("ja-jp-sjis-pack-rounding", "confirmation", "ja-JP",
      "Shift_JIS base64 Japanese business reply; quantity rounded up to full cartons of 12 and a date without year.")
def c():
    p = po("4500031302", "TAKEDA-DK", "Takeda Denki Kogyo K.K.", "eigyo@takeda-denki.example", "ja-JP", "JPY",
           "2026-11-04", [
               ("BP-18V-5.0", "Battery pack 18 V 5.0 Ah Li-ion", 36, "EA", "8950", "2026-12-18"),
               ("BP-18V-2.0", "Battery pack 18 V 2.0 Ah Li-ion", 20, "EA", "5400", "2026-12-18")], buyer="priya")
    body = """Kestrel Tools GmbH
購買部 Priya Natarajan 様

いつも大変お世話になっております。
竹田電機工業 営業部の山本でございます。

この度はご注文（発注番号 4500031302）を賜り、誠にありがとうございます。
下記の通りご回答申し上げます。

１．BP-18V-5.0　36個　単価 8,950円　納期 12月18日
２．BP-18V-2.0　梱包単位（1箱12個入）の関係で24個にてお願い致します。
　　単価 5,400円　納期 12月25日

何卒よろしくお願い申し上げます。

――――――――――――――――
竹田電機工業株式会社　営業部
山本 恵子
〒460-0008 名古屋市中区栄3-15-27
TEL 052-261-4470 / FAX 052-261-4471
――――――――――――――――"""
    eml = reply(p, body, rfcdate(2026, 11, 6, 11, 20, 0, "+0900"), "山本 恵子", style="gt",
                prefix="Re: ", charset="shift_jis", cte="base64")
    e = conf("Line 1 as ordered (12月18日 -> 2026-12-18). Line 2: 24 instead of 20 (carton of 12) and "
             "12月25日 -> 2026-12-25 (next such date after the mail) -> changed.",
             answer(p, l2=chg(p, 2, qty=24, date="2026-12-25")))
    return [p], eml, e


@case("pt-br-reajuste-backorder", "confirmation", "pt-BR",
      "Portuguese in ISO-8859-1 with R$ decimal comma; one price readjusted for steel, one line out of stock with a later forecast date.")
def c():
    p = po("4500031410", "RECIPAN", "Recipientes Pantanal Ltda.", "vendas@recipientespantanal.example", "pt-BR",
           "BRL", "2026-11-04", [
               ("GL-20-VD", "Jerry can 20 L, steel, green", 50, "EA", "189.90", "2027-01-15"),
               ("GL-10-PL", "Jerry can 10 L, HDPE, red", 80, "EA", "54.00", "2027-01-15"),
               ("BICO-FLEX", "Flexible spout for jerry can", 130, "EA", "12.50", "2027-01-15")])
    body = """Bom dia Dana, tudo bem?

Segue a confirmação do pedido 4500031410:

Item 1 - GL-20-VD - 50 un. - R$ 198,40/un. (reajuste do aço a partir de novembro) - entrega 15/01/2027
Item 2 - GL-10-PL - 80 un. - R$ 54,00/un. - entrega 15/01/2027
Item 3 - BICO-FLEX - no momento estamos sem estoque; conseguimos entregar as 130 un. para vocês em 05/02/2027. Mantemos o preço de R$ 12,50.

Qualquer dúvida fico à disposição.

Att.,
Juliana Ferreira
Comercial Exportação
Recipientes Pantanal Ltda. | CNPJ 12.345.678/0001-90
+55 (67) 3321-4455 | WhatsApp +55 (67) 99812-3344"""
    eml = reply(p, body, rfcdate(2026, 11, 5, 9, 2, 33, "-0300"), "Juliana Ferreira", style="gmail",
                prefix="RES: ", charset="iso-8859-1")
    e = conf("Line 1 price 198.40 (readjustment) -> changed; line 2 as ordered -> accepted; line 3 same qty and price "
             "but delivery 05/02/2027 (day-first) = 2027-02-05 -> changed.",
             answer(p, l1=chg(p, 1, price="198.40"), l3=chg(p, 3, date="2027-02-05")))
    return [p], eml, e


@case("th-th-buddhist-year", "confirmation", "th-TH",
      "Thai multipart reply with Buddhist-era years (2569/2570) and abbreviated Thai month names.")
def c():
    p = po("4500031555", "SIAMLUX", "Siam Lux Lighting Co., Ltd.", "sales@siamlux.example", "th-TH", "THB",
           "2026-11-05", [
               ("WL-LED-50", "LED work light 50 W with tripod", 30, "EA", "1450.00", "2026-12-20"),
               ("WL-LED-20R", "Rechargeable LED work light 20 W", 60, "EA", "890.00", "2026-12-20")], buyer="priya")
    body = """เรียน คุณพริยา

บริษัทฯ ขอขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031555 และขอยืนยันรายละเอียดดังนี้

1. WL-LED-50 จำนวน 30 ชุด ราคาต่อหน่วย 1,450.00 บาท ส่งมอบวันที่ 20 ธ.ค. 2569
2. WL-LED-20R จำนวน 60 ชุด ราคาต่อหน่วย 890.00 บาท ส่งมอบวันที่ 8 ม.ค. 2570 เนื่องจากสินค้าหมดสต็อกชั่วคราว

ขอแสดงความนับถือ
สมชาย วงศ์สวัสดิ์
ฝ่ายขายต่างประเทศ
บริษัท สยาม ลักซ์ ไลท์ติ้ง จำกัด
โทร. 02-398-1234 ต่อ 115"""
    hb = "<br>\n".join(esc(x) for x in body.split("\n"))
    eml = reply(p, body, rfcdate(2026, 11, 9, 14, 30, 12, "+0700"), "Somchai Wongsawat", style="gmail",
                html_body=hb, prefix="Re: ", cte="base64")
    e = conf("Buddhist era: 2569 = 2026, 2570 = 2027. Line 1 20 Dec 2026 as requested -> accepted. "
             "Line 2 8 Jan 2027 -> changed.",
             answer(p, l2=chg(p, 2, date="2027-01-08")))
    return [p], eml, e


@case("sw-ke-split-delivery", "confirmation", "sw-KE",
      "Swahili reply: one line split into two deliveries (4 now, 2 next January), KSh amounts with comma thousands.")
def c():
    p = po("4500031602", "PWANISAFE", "Pwani Safety Supplies Ltd", "mauzo@pwanisafety.example", "sw-KE", "KES",
           "2026-11-05", [
               ("SK-OIL-120", "Oil-only spill kit 120 L", 12, "SET", "18500.00", "2026-12-14"),
               ("SK-CHEM-50", "Chemical spill kit 50 L", 6, "SET", "24200.00", "2026-12-14")])
    body = """Habari Dana,

Tumepokea oda yako namba 4500031602, asante sana. Tunathibitisha kama ifuatavyo:

- SK-OIL-120: seti 12 @ KSh 18,500.00 - tutawasilisha tarehe 14/12/2026.
- SK-CHEM-50: kwa sasa tuna seti 4 tu @ KSh 24,200.00, zitawasilishwa tarehe 14/12/2026. Seti 2 zilizobaki zitawasilishwa tarehe 11/01/2027.

Asante,
Grace Wanjiru
Idara ya Mauzo | Pwani Safety Supplies Ltd
Moi Avenue, Mombasa | Simu: +254 722 410 386
PIN: P051234567X"""
    eml = reply(p, body, rfcdate(2026, 11, 6, 8, 15, 0, "+0300"), "Grace Wanjiru", style="gmail", prefix="Re: ")
    e = conf("Line 1 as ordered. Line 2 same total 6 at same price but split 4 on 2026-12-14 and 2 on 2027-01-11 "
             "-> changed with schedule; date is the last delivery.",
             answer(p, l2=chg(p, 2, schedule=[(4, "2026-12-14"), (2, "2027-01-11")])))
    return [p], eml, e


@case("hi-in-colour-question", "needs_review", "hi-IN",
      "Hindi reply that asks which colour is wanted and promises the delivery date afterwards; commits to nothing.")
def c():
    p = po("4500031650", "SHAKTISAFE", "Shakti Safety Products Pvt. Ltd.", "sales@shaktisafety.example", "hi-IN",
           "INR", "2026-11-05", [
               ("KP-GEL-PR", "Kneeling pads, gel, pair", 150, "PR", "420.00", "2026-12-21"),
               ("KP-MAT-45", "Kneeling mat 45x28 cm", 200, "EA", "185.00", "2026-12-21")], buyer="priya")
    body = """नमस्ते प्रिया जी,

आपके ऑर्डर 4500031650 के लिए धन्यवाद।

ऑर्डर में घुटने के पैड (KP-GEL-PR) का रंग नहीं लिखा है - काला या नीला? नीले रंग में अभी केवल 90 जोड़ी स्टॉक में हैं।
कृपया रंग की पुष्टि करें, उसके बाद हम दोनों लाइनों की डिलीवरी तारीख और अंतिम कीमत भेज देंगे।

धन्यवाद,
राजेश कुमार
शक्ति सेफ्टी प्रोडक्ट्स प्रा. लि., फरीदाबाद
मो. +91 98110 45672 | GSTIN 06AABCS1234F1Z5"""
    eml = reply(p, body, rfcdate(2026, 11, 6, 12, 48, 0, "+0530"), "Rajesh Kumar", style="gmail", prefix="Re: ",
                cte="base64")
    e = other("needs_review", "Supplier asks a question (colour) and explicitly defers dates and prices until answered; "
              "the stock figure 90 is information, not a commitment.")
    return [p], eml, e


@case("is-is-out-of-office", "auto_reply", "is-IS",
      "Icelandic out-of-office with return date, phone numbers and a colleague's address; Auto-Submitted header.")
def c():
    p = po("4500031688", "MALBAND", "Málband og Mælitæki ehf.", "pantanir@malband.example", "is-IS", "ISK",
           "2026-11-06", [
               ("MB-5M", "Tape measure 5 m", 120, "EA", "1490", "2026-12-15"),
               ("MB-10M", "Tape measure 10 m", 40, "EA", "2890", "2026-12-15")], buyer="jonas")
    body = """Góðan dag,

Takk fyrir tölvupóstinn. Ég er í fríi til og með 20. nóvember 2026 og hef takmarkaðan aðgang að tölvupósti.
Pöntunum og fyrirspurnum er svarað af Sigríði Jónsdóttur, sigridur@malband.example, sími 555 1234.

Kveðja,
Guðmundur Einarsson
Málband og Mælitæki ehf. | Smiðjuvegi 4, 200 Kópavogur | kt. 540312-0190"""
    eml = message(addr("Guðmundur Einarsson", "gudmundur@malband.example"), buyer_addr(p),
                  "Sjálfvirkt svar: " + request_subject(p), rfcdate(2026, 11, 6, 7, 12, 40, "+0000"),
                  auto_mid("malband.example"), text(body, "iso-8859-1", "quoted-printable"),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("In-Reply-To", p["request_message_id"])], subj_charset="iso-8859-1")
    e = other("auto_reply", "Automatic out-of-office ('Sjálfvirkt svar'); the dates are the absence period, not a delivery.")
    return [p], eml, e


@case("en-gb-postfix-user-unknown", "bounce", "en-GB",
      "Postfix multipart/report DSN (550 5.1.1 user unknown) carrying our PO request's headers; the PO number appears only in the returned headers.")
def c():
    p = po("4500031705", "CHALKLINE", "Brightline Marking Tools Ltd", "orders@brightline-marking.example", "en-GB",
           "GBP", "2026-11-06", [
               ("CL-30M", "Chalk line reel 30 m", 48, "EA", "7.85", "2026-12-11"),
               ("CL-BLUE-1KG", "Chalk powder blue, 1 kg", 60, "KG", "3.10", "2026-12-11")], buyer="dana")
    rid = p["request_message_id"]
    t1 = """This is the mail system at host mx1.kestrel-tools.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<orders@brightline-marking.example>: host
    brightline-marking-example.mail.protection.outlook.com[52.101.68.14] said:
    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    orders@brightline-marking.example not found by SMTP address lookup (in
    reply to RCPT TO command)
"""
    t2 = """Reporting-MTA: dns; mx1.kestrel-tools.example
X-Postfix-Queue-ID: 4Nq8Zk2xYtz9sWd
X-Postfix-Sender: rfc822; dana.ruiz@kestrel-tools.example
Arrival-Date: Fri,  6 Nov 2026 08:12:05 +0100 (CET)

Final-Recipient: rfc822; orders@brightline-marking.example
Original-Recipient: rfc822;orders@brightline-marking.example
Action: failed
Status: 5.1.10
Remote-MTA: dns; brightline-marking-example.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient
    orders@brightline-marking.example not found by SMTP address lookup
"""
    t3 = """Return-Path: <dana.ruiz@kestrel-tools.example>
Received: from erp01.kestrel-tools.example (erp01.kestrel-tools.example [10.20.1.15])
	by mx1.kestrel-tools.example (Postfix) with ESMTPS id 4Nq8Zk2xYtz9sWd
	for <orders@brightline-marking.example>; Fri,  6 Nov 2026 08:12:05 +0100 (CET)
From: Dana Ruiz <dana.ruiz@kestrel-tools.example>
To: orders@brightline-marking.example
Subject: %s
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
""" % (request_subject(p), request_date(p), rid)
    dsn = Part([("Content-Type", "message/delivery-status")], t2.encode())
    hdrs = Part([("Content-Type", "text/rfc822-headers")], t3.encode())
    body = multipart("report", Part([("Content-Description", "Notification"),
                                     ("Content-Type", "text/plain; charset=us-ascii")], t1.encode()),
                     dsn, hdrs)
    body.headers[0] = ("Content-Type", body.headers[0][1].replace("multipart/report;", "multipart/report; report-type=delivery-status;"))
    eml = message("MAILER-DAEMON@mx1.kestrel-tools.example (Mail Delivery System)", p["buyer"]["email"],
                  "Undelivered Mail Returned to Sender", rfcdate(2026, 11, 6, 8, 12, 9, "+0100"),
                  "<20261106071209.7C1E4A0123@mx1.kestrel-tools.example>", body,
                  extra=[("Auto-Submitted", "auto-replied")])
    e = other("bounce", "Postfix DSN: recipient not found; no human answer.")
    return [p], eml, e


@case("fr-fr-xlsx-per-100", "confirmation", "fr-FR",
      "French ERP mail whose only content is an XLSX order acknowledgement quoting prices per 100 pieces; one price up, one date later.")
def c():
    p = po("4500031733", "FORALP", "Forets Alpins SAS", "adv@forets-alpins.example", "fr-FR", "EUR", "2026-11-06", [
        ("FOR-HSS-6", "HSS drill bit 6.0 mm DIN 338", 500, "EA", "0.84", "2026-12-09"),
        ("FOR-HSS-8", "HSS drill bit 8.0 mm DIN 338", 300, "EA", "1.36", "2026-12-09"),
        ("FOR-SDS-10", "SDS-plus drill bit 10x160 mm", 100, "EA", "3.95", "2026-12-09")])
    rows = [["FORETS ALPINS SAS - ACCUSE DE RECEPTION DE COMMANDE"],
            ["ARC n°", "AR-26-11873", "", "Date", "10/11/2026"],
            ["Votre commande", "4500031733", "", "Client", "KESTREL TOOLS GMBH (C10442)"],
            [],
            ["Pos", "Réf. client", "Notre réf.", "Désignation", "Qté", "Unité", "Prix net / 100 pces (EUR)", "Montant (EUR)", "Date de livraison"],
            [10, "FOR-HSS-6", "FA-338-060", "Foret HSS DIN 338 Ø 6,0", 500, "PCE", 84, 420, "09/12/2026"],
            [20, "FOR-HSS-8", "FA-338-080", "Foret HSS DIN 338 Ø 8,0", 300, "PCE", 142, 426, "09/12/2026"],
            [30, "FOR-SDS-10", "FA-SDS-10160", "Foret SDS-plus Ø 10 x 160", 100, "PCE", 395, 395, "16/12/2026"],
            [],
            ["", "", "", "Total HT", "", "", "", 1241, ""],
            ["Conditions : franco de port, paiement 30 jours net. Tarif 2026/2 en vigueur au 01/11/2026."]]
    body = """Bonjour,

Veuillez trouver ci-joint notre accusé de réception de commande AR-26-11873 relatif à votre commande 4500031733.

Merci de nous signaler toute divergence sous 48 heures.

Cordialement,
Service ADV
Forets Alpins SAS - 74300 Cluses - Tél. 04 50 98 12 34
SAS au capital de 250 000 € - RCS Annecy 512 345 678"""
    att = attach(xlsx(rows, "ARC"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 "ARC_AR-26-11873.xlsx")
    eml = reply(p, body, rfcdate(2026, 11, 10, 9, 3, 0, "+0100"), "ADV Forets Alpins", style=None,
                prefix="", subject="Accusé de réception de commande AR-26-11873 / Cde 4500031733",
                thread=False, attachments=[att])
    e = conf("XLSX prices are per 100 pieces: 84/100 = 0.84 (as PO), 142/100 = 1.42 (PO 1.36) -> line 2 changed; "
             "395/100 = 3.95 but delivery 16/12/2026 instead of 09/12 -> line 3 changed. ERP acknowledgement counts as confirmation.",
             answer(p, l2=chg(p, 2, price="1.42"), l3=chg(p, 3, date="2026-12-16")))
    return [p], eml, e


@case("ru-ru-koi8-partial", "confirmation", "ru-RU",
      "KOI8-R Russian reply confirming one line with a shipment date and promising an answer for the other two 'tomorrow'.")
def c():
    p = po("4500031777", "UralInstr", "OOO Uralinstrument", "zakaz@uralinstrument.example", "ru-RU", "RUB", "2026-11-06", [
        ("KT-14", "Pipe wrench 14\", cast iron", 40, "EA", "1290.00", "2026-12-16"),
        ("KT-24", "Pipe wrench 24\", cast iron", 20, "EA", "2480.00", "2026-12-16"),
        ("KT-36", "Pipe wrench 36\", cast iron", 10, "EA", "4150.00", "2026-12-16")], buyer="marek")
    body = """Добрый день, Марек!

По Вашему заказу 4500031777:

поз. 1 (КТ-14) - 40 шт. по 1 290,00 руб., отгрузка 16.12.2026 - подтверждаем.
поз. 2 и 3 - уточняем у завода наличие, ответ дадим завтра.

С уважением,
Ольга Смирнова
менеджер отдела продаж
ООО "Уралинструмент"
тел. +7 (343) 278-41-09, доб. 212
ИНН 6671234567 / КПП 667101001"""
    eml = reply(p, body, rfcdate(2026, 11, 9, 15, 22, 18, "+0500"), "Ольга Смирнова", style="gt", prefix="Re: ",
                charset="koi8-r", cte="8bit")
    e = conf("Line 1 confirmed as ordered (shipment date 16.12.2026 equals the requested date). Lines 2 and 3 "
             "are only 'being checked, answer tomorrow' -> unconfirmed.",
             answer(p, l2=UNC, l3=UNC))
    return [p], eml, e


@case("zh-tw-big5-split", "confirmation", "zh-TW",
      "Big5 Traditional Chinese: one line split into two shipments with month/day dates, the other as ordered.")
def c():
    p = po("4500031820", "HSINCHU-MT", "Hsinchu Measuring Tools Co., Ltd.", "sales@hc-measure.example", "zh-TW", "TWD",
           "2026-11-09", [
               ("TM-5M", "Tape measure 5 m x 25 mm", 200, "EA", "95.00", "2026-12-22"),
               ("TM-8M", "Tape measure 8 m x 25 mm", 100, "EA", "168.00", "2026-12-22")], buyer="jonas")
    body = """Jonas 您好：

感謝貴司訂單 4500031820，回覆如下：

1. TM-5M 5米捲尺 200個，單價 NT$95，因庫存不足，12/15 先出貨 120 個，其餘 80 個於 12/29 出貨。
2. TM-8M 8米捲尺 100個，單價 NT$168，12/22 出貨。

如有問題請隨時聯絡，謝謝。

新竹量具股份有限公司 業務部
林淑芬 Vivian Lin
TEL: 03-578-1234 分機 21
統一編號 12345678"""
    eml = reply(p, body, rfcdate(2026, 11, 10, 10, 5, 44, "+0800"), "Vivian Lin", style="gt", prefix="RE: ",
                charset="big5", cte="base64")
    e = conf("Line 1: 120 on 2026-12-15 and 80 on 2026-12-29 (ship dates, no year -> 2026) -> changed with schedule. "
             "Line 2 ships 12/22 = requested -> accepted.",
             answer(p, l1=chg(p, 1, schedule=[(120, "2026-12-15"), (80, "2026-12-29")])))
    return [p], eml, e


@case("pl-pl-moq-gmail", "confirmation", "pl-PL",
      "Polish Gmail reply: two lines as ordered, third raised to the 200 pcs minimum with a later date and an 'if not OK tell us' remark.")
def c():
    p = po("4500031851", "OPASKI", "Opaski-Metal Sp. z o.o.", "biuro@opaski-metal.example", "pl-PL", "PLN", "2026-11-09", [
        ("OP-12-22", "Hose clamp W2 12-22 mm", 1000, "EA", "0.62", "2026-12-07"),
        ("OP-20-32", "Hose clamp W2 20-32 mm", 750, "EA", "0.71", "2026-12-07"),
        ("OP-40-60", "Hose clamp W4 40-60 mm", 150, "EA", "1.95", "2026-12-07")], buyer="marek")
    body = """Dzień dobry Panie Marku,

potwierdzamy zamówienie nr 4500031851:
- poz. 1 i 2 zgodnie z zamówieniem, dostawa 07.12.2026,
- poz. 3 - minimalna ilość to 200 szt. (opakowanie zbiorcze), cena bez zmian 1,95 zł/szt., dostawa 14.12.2026.

Gdyby 200 szt. nie odpowiadało, prosimy o informację.

Pozdrawiam
Katarzyna Wójcik
Dział Handlowy
Opaski-Metal Sp. z o.o.
ul. Fabryczna 8, 43-300 Bielsko-Biała
tel. +48 33 812 45 60, NIP 547-123-45-67"""
    eml = reply(p, body, rfcdate(2026, 11, 10, 13, 17, 2, "+0100"), "Katarzyna Wójcik", style="gmail", prefix="Odp: ",
                charset="iso-8859-2")
    e = conf("Lines 1-2 accepted. Line 3 confirmed at 200 (MOQ) on 2026-12-14, same price -> changed; "
             "the closing remark invites objection but the confirmation stands.",
             answer(p, l3=chg(p, 3, qty=200, date="2026-12-14")))
    return [p], eml, e


@case("nl-nl-newsletter", "unrelated", "nl-NL",
      "Dutch HTML newsletter from the same supplier listing work-light promotions and prices; not an answer to the PO.")
def c():
    p = po("4500031870", "VDBERG", "Van den Berg Gereedschap B.V.", "verkoop@vdberg-gereedschap.example", "nl-NL", "EUR",
           "2026-11-09", [
               ("WL-LED-30", "LED work light 30 W", 40, "EA", "42.50", "2026-12-16"),
               ("MS-45", "Magnetic sweeper 45 cm", 10, "EA", "58.00", "2026-12-16")])
    txt = """Van den Berg Gereedschap - Nieuwsbrief november 2026

Beste klant,

De donkere dagen komen eraan! Deze maand in de aanbieding:
* LED-werklamp 30 W - nu EUR 39,95 (was EUR 44,95)
* Magnetische veger 45 cm - 10% korting bij 10 stuks of meer
* Oplaadbare werklamp 20 W - gratis statief bij bestelling voor 30 november

Openingstijden feestdagen: 24 en 31 december geopend tot 14:00, 25/26 december en 1 januari gesloten.

Afmelden? Klik hier: https://vdberg-gereedschap.example/nieuwsbrief/afmelden
Van den Berg Gereedschap B.V. | Havenweg 21, 3542 AD Utrecht | KvK 30123456"""
    hb = ("<h2>Nieuwsbrief november 2026</h2><p>Beste klant,</p><p>De donkere dagen komen eraan! Deze maand in de aanbieding:</p>"
          "<ul><li>LED-werklamp 30 W - nu <b>&euro; 39,95</b> (was &euro; 44,95)</li><li>Magnetische veger 45 cm - 10% korting bij 10 stuks of meer</li>"
          "<li>Oplaadbare werklamp 20 W - gratis statief bij bestelling voor 30 november</li></ul>"
          "<p>Openingstijden feestdagen: 24 en 31 december geopend tot 14:00, 25/26 december en 1 januari gesloten.</p>"
          "<p style=\"font-size:10px\"><a href=\"https://vdberg-gereedschap.example/nieuwsbrief/afmelden\">Afmelden</a> | "
          "Van den Berg Gereedschap B.V. | Havenweg 21, 3542 AD Utrecht | KvK 30123456</p>")
    body = multipart("alternative", text(txt), html(html_wrap(hb)))
    eml = message(addr("Van den Berg Gereedschap", "nieuwsbrief@vdberg-gereedschap.example"), p["buyer"]["email"],
                  "Deze maand: werklampen in de aanbieding + openingstijden feestdagen",
                  rfcdate(2026, 11, 11, 6, 0, 0, "+0100"), auto_mid("mailing.vdberg-gereedschap.example"), body,
                  extra=[("List-Unsubscribe", "<https://vdberg-gereedschap.example/nieuwsbrief/afmelden>"),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    e = other("unrelated", "Marketing newsletter; mentions the same product types and prices but not our PO and commits to nothing.")
    return [p], eml, e


@case("ko-kr-discontinued", "confirmation", "ko-KR",
      "EUC-KR Korean reply: two lines confirmed with won amounts, third discontinued with a successor model suggested.")
def c():
    p = po("4500031955", "HANILVENT", "Hanil Ventilation Co., Ltd.", "export@hanilvent.example", "ko-KR", "KRW",
           "2026-11-10", [
               ("EF-300", "Exhaust fan 300 mm, wall mount", 20, "EA", "86000", "2027-01-12"),
               ("EF-400", "Exhaust fan 400 mm, wall mount", 10, "EA", "124000", "2027-01-12"),
               ("EF-DUCT-150", "Inline duct fan 150 mm", 15, "EA", "97000", "2027-01-12")], buyer="priya")
    body = """안녕하세요, Priya 님.
한일환풍기 해외영업팀 김민준입니다.

발주서 4500031955 건 아래와 같이 회신드립니다.

1) EF-300  20대  단가 86,000원  납기 2027년 1월 12일 가능
2) EF-400  10대  단가 124,000원  납기 2027년 1월 12일 가능
3) EF-DUCT-150 은 단종되어 공급이 불가합니다.
   후속 모델 EF-DUCT-160 (단가 105,000원)으로 대체 가능하오니 검토 부탁드립니다.

감사합니다.
김민준 과장 | 한일환풍기(주) 해외영업팀
T. 031-8041-2277 | M. 010-4512-7789"""
    eml = reply(p, body, rfcdate(2026, 11, 11, 17, 40, 0, "+0900"), "김민준", style="outlook", prefix="RE: ",
                charset="euc-kr", cte="base64")
    e = conf("Lines 1-2 as ordered. Line 3 discontinued -> rejected; the successor model is only a proposal for a new order line.",
             answer(p, l3=REJ))
    return [p], eml, e


@case("es-mx-inline-answers", "confirmation", "es-MX",
      "Spanish answers typed inline below each quoted PO line; one price update with a Spanish month date, one line split.")
def c():
    p = po("4500031990", "REMACHES", "Remaches y Herramientas del Bajío S.A. de C.V.", "ventas@remachesbajio.example",
           "es-MX", "MXN", "2026-11-10", [
               ("REM-MAN-01", "Hand rivet gun 2.4-4.8 mm", 25, "EA", "385.00", "2026-12-18"),
               ("REM-NEU-02", "Pneumatic rivet gun 3.2-6.4 mm", 5, "EA", "4890.00", "2026-12-18"),
               ("REM-AL-48", "Aluminium blind rivets 4.8x12, box of 500", 40, "BOX", "298.00", "2026-12-18")])
    t = request_text(p).split("\n")
    ans = {1: ">> OK confirmado, entrega 18/12/2026",
           2: ">> Precio actualizado $5,120.00 MXN c/u, entrega 8 de enero",
           3: ">> 30 cajas el 18/12 y las 10 restantes el 15/01/2027"}
    out = []
    for ln in t:
        out.append("> " + ln if ln else ">")
        for k, v in ans.items():
            if ln.startswith("%-5s %s" % (k, L(p, k)["item"])):
                out.append("")
                out.append(v.replace(">> ", "   --> "))
                out.append("")
    body = ("Buen día Dana,\n\nLe contesto entre líneas.\n\nSaludos,\nLuis Hernández\nVentas - Remaches y Herramientas "
            "del Bajío\nTel. 477 712 3344 ext. 105\n\n-----Mensaje original-----\nDe: Dana Ruiz <dana.ruiz@kestrel-tools.example>\n"
            "Enviado el: martes, 10 de noviembre de 2026 08:12\nPara: ventas@remachesbajio.example\nAsunto: " +
            request_subject(p) + "\n\n" + "\n".join(out))
    eml = reply(p, body, rfcdate(2026, 11, 11, 11, 2, 0, "-0600"), "Luis Hernández", style=None, prefix="RE: ")
    e = conf("Inline answers: line 1 accepted; line 2 new price 5120.00 and '8 de enero' -> 2027-01-08 (next such date) -> "
             "changed; line 3 30 boxes on 2026-12-18 + 10 on 2027-01-15 -> changed with schedule, total 40.",
             answer(p, l2=chg(p, 2, price="5120.00", date="2027-01-08"),
                    l3=chg(p, 3, schedule=[(30, "2026-12-18"), (10, "2027-01-15")])))
    return [p], eml, e


@case("el-gr-surcharge-percent", "confirmation", "el-GR",
      "Greek ISO-8859-7 reply applying a +3% raw-material surcharge to all lines; dates as ordered.")
def c():
    p = po("4500032011", "ERGOPROST", "Ergoprostasia A.E.", "sales@ergoprostasia.example", "el-GR", "EUR", "2026-11-10", [
        ("EP-GEL", "Kneeling pads gel, pair", 60, "PR", "14.20", "2026-12-10"),
        ("EP-FOAM", "Kneeling mat foam 45x28 cm", 100, "EA", "4.80", "2026-12-10")], buyer="jonas")
    body = """Καλησπέρα σας κ. Berg,

Επιβεβαιώνουμε την παραγγελία σας 4500032011 για όλα τα είδη (60 ζεύγη EP-GEL και 100 τεμ. EP-FOAM).
Λόγω αύξησης του κόστους πρώτων υλών, ισχύει επιβάρυνση +3% επί των τιμών της παραγγελίας.
Παράδοση: 10/12/2026 για όλα τα είδη.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων | Εργοπροστασία Α.Ε.
Τηλ. 210 4123 567 | ΑΦΜ 094123456"""
    eml = reply(p, body, rfcdate(2026, 11, 12, 9, 30, 0, "+0200"), "Νίκος Παπαδόπουλος", style="outlook",
                prefix="ΑΠ: ", charset="iso-8859-7")
    e = conf("+3% on PO prices: 14.20 -> 14.626, 4.80 -> 4.944; quantities and dates as ordered -> both lines changed.",
             answer(p, l1=chg(p, 1, price="14.626"), l2=chg(p, 2, price="4.944")))
    return [p], eml, e


@case("tr-tr-prepayment-first", "needs_review", "tr-TR",
      "Turkish reply: as a new customer we must prepay 100% before they will confirm prices and dates; nothing committed yet.")
def c():
    p = po("4500032040", "GRESTEK", "Gresörtek Makina San. ve Tic. A.Ş.", "satis@gresortek.example", "tr-TR", "EUR",
           "2026-11-10", [
               ("GG-500", "Grease gun 500 cm3, lever type", 40, "EA", "11.90", "2026-12-17"),
               ("GG-HOSE-30", "Flexible grease hose 30 cm", 80, "EA", "2.35", "2026-12-17")], buyer="marek")
    body = """Merhaba Marek Bey,

Siparişiniz için teşekkür ederiz.
Firmanız ile ilk çalışmamız olduğu için ilk siparişlerde %100 peşin ödeme ile çalışıyoruz.
Proforma faturayı yarın göndereceğiz; ödeme hesabımıza geçtikten sonra fiyatları ve teslim tarihini yazılı olarak teyit edeceğiz.

Saygılarımızla,
Elif Yıldız
Dış Ticaret Sorumlusu
Gresörtek Makina San. ve Tic. A.Ş. | İkitelli OSB, İstanbul
Tel: +90 212 549 12 30"""
    eml = reply(p, body, rfcdate(2026, 11, 11, 10, 14, 0, "+0300"), "Elif Yıldız", style="outlook",
                prefix="YNT: ", charset="iso-8859-9")
    e = other("needs_review", "Supplier will confirm prices and dates only after prepayment; no commitment yet, a buyer must act.")
    return [p], eml, e
