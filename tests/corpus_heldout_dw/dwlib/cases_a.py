# -*- coding: utf-8 -*-
"""Cases 001-018"""
from .common import (case, po, conf, exp_conf, exp_kind, C, kw, mdate, reply_mail, mail, text, html,
                     html_doc, multi, attach, pdf, quote_outlook, quote_gmail, quote_gt, req_text,
                     req_subject, html_quote_outlook, html_quote_gmail, html_escape, dsn, BUYERS)


@case("at-kw51-split-chain", "confirmation", "de-AT",
      "German Outlook top-post in ISO-8859-1 QP; 'KW 51' and 'KW 2/2027' must become Fridays; line 3 split because only 20 m of chain in stock.")
def c001():
    p = po("4500031107", "STEINER", "Hebetechnik Steiner GmbH", "verkauf@steiner-hebetechnik.example", "de-AT",
           "EUR", "2026-11-04", [
               ("KZ-E1000-3", "Electric chain hoist 1 t, 3 m lift", 4, "EA", "1245.00", "2026-12-14"),
               ("KZ-H500-3", "Manual chain hoist 0.5 t, 3 m lift", 10, "EA", "189.50", "2026-12-14"),
               ("RK-10-G80", "Load chain 10 mm, grade 80", 25, "M", "14.80", "2026-12-14")], buyer=1)
    body = (
        "Sehr geehrter Herr Keller,\n\n"
        "danke für Ihre Bestellung 4500031107, wir bestätigen wie folgt:\n\n"
        "Pos. 1  Elektrokettenzug 1 t      4 Stk.  à EUR 1.245,00   Liefertermin KW 51\n"
        "Pos. 2  Handkettenzug 0,5 t      10 Stk.  à EUR   189,50   Liefertermin KW 51\n"
        "Pos. 3  Rundstahlkette 10 mm G80 - derzeit nur 20 m lagernd: 20 m à EUR 14,80 in KW 51,\n"
        "        die restlichen 5 m liefern wir in KW 2/2027 nach.\n\n"
        "Die Preise verstehen sich netto, frei Haus.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Ing. Christoph Huber\nInnendienst\n"
        "Hebetechnik Steiner GmbH\nIndustriestraße 12, 4600 Wels\n"
        "Tel. +43 7242 45118-23 | Fax +43 7242 45118-9\n"
        "FN 123456a, LG Wels | UID ATU12345678\n\n"
        + quote_outlook(p, labels=("Von", "Gesendet", "An", "Betreff"),
                        sent="Mittwoch, 4. November 2026 10:12", sep="-----Ursprüngliche Nachricht-----"))
    eml = reply_mail(p, ("Huber Christoph", "c.huber@steiner-hebetechnik.example"),
                     "AW: " + req_subject(p), mdate("2026-11-06 10:23", 1),
                     "<AM6PR08MB4123.6F1A@steiner-hebetechnik.example>", text(body, "iso-8859-1"),
                     extra=(("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", req_subject(p))),
                     hcharset="iso-8859-1")
    exp = exp_conf([conf(p, [C(date=kw(2026, 51)), C(date=kw(2026, 51)),
                             C(date=kw(2027, 2), sched=[(20, kw(2026, 51)), (5, kw(2027, 2))])])],
                   "KW 51 = Fri 2026-12-18 (requested 12-14, so lines 1-2 changed by date); line 3 split 20 m KW 51 + "
                   "5 m KW 2/2027 (Fri 2027-01-15), total 25 m unchanged, last date 2027-01-15. Prices as ordered.")
    return [p], eml, exp


@case("br-caixa-50-rounding", "confirmation", "pt-BR",
      "Gmail multipart reply; line 1 rounded up to full boxes of 50 (1.020 -> 1.050), line 2 manufacturer price rise, date '15/01' without year.")
def c002():
    p = po("4500031145", "PROTEMAX", "Protemax Equipamentos de Segurança Ltda", "vendas@protemax.example",
           "pt-BR", "BRL", "2026-11-05", [
               ("PFF2-SV", "Dust mask FFP2/PFF2 without valve", 1020, "EA", "3.60", "2027-01-11"),
               ("PFF2-CV", "Dust mask PFF2 with exhalation valve", 500, "EA", "5.20", "2027-01-11")])
    intro = "Em qui., 5 de nov. de 2026 às 09:12, Dana Ruiz <dana.ruiz@buyer.example> escreveu:"
    msg = (
        "Boa tarde Dana,\n\n"
        "Segue a confirmação do pedido 4500031145:\n\n"
        "- Item 1: as máscaras sem válvula são vendidas em caixa com 50 un., então ajustamos para "
        "1.050 un. (21 caixas). Preço de R$ 3,60/un. mantido.\n"
        "- Item 2: 500 un. ok, porém o preço atualizado é R$ 5,45/un. (reajuste do fabricante em novembro).\n\n"
        "Previsão de entrega dos dois itens: 15/01.\n\n"
        "Qualquer dúvida estou à disposição.\n\n"
        "Att.,\nJuliana Ferreira\nComercial - Protemax\n(11) 4002-8922 | WhatsApp (11) 99876-5432\n")
    plain = msg + "\n" + quote_gmail(p, intro)
    h = '<div dir="ltr">' + html_escape(msg).replace("\n", "<br>\n") + "</div><br>\n" + html_quote_gmail(p, intro)
    body = multi("alternative", [text(plain), html(html_doc(h))], "000000000000a1b2c3d4e5f60718")
    eml = reply_mail(p, ("Juliana Ferreira", "juliana.ferreira@protemax.example"), "Re: " + req_subject(p),
                     mdate("2026-11-09 15:47", -3), "<CAHx9Kq1b2v7-Ay3F0mZ@mail.gmail.com>", body)
    exp = exp_conf([conf(p, [C(q=1050, date="2027-01-15"), C(price="5.45", date="2027-01-15")])],
                   "Qty 1020 rounded up to 21 boxes of 50 = 1050 (1.050 is Brazilian thousands). '15/01' has no year: "
                   "next 15 Jan after the 2026-11-09 mail = 2027-01-15. Line 2 price R$ 5,45.")
    return [p], eml, exp


@case("th-buddhist-era", "confirmation", "th-TH",
      "Thai base64 body with Buddhist-era years (2569/2570 = 2026/2027) and abbreviated Thai month names; one line delayed.")
def c003():
    p = po("4500031160", "SIAMINS", "Siam Insulation Co., Ltd.", "sales@siaminsulation.example", "th-TH",
           "THB", "2026-11-05", [
               ("ET-19-BK", "PVC electrical tape 19 mm x 10 m, black", 600, "ROL", "18.50", "2026-12-15"),
               ("ET-19-SET5", "PVC electrical tape 19 mm, 5-colour set", 120, "SET", "95.00", "2026-12-15")],
           buyer=2)
    body = (
        "เรียน คุณพรียา\n\n"
        "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031160 ทางบริษัทฯ ขอยืนยันรายการดังนี้\n\n"
        "1. เทปพันสายไฟ PVC 19 มม. สีดำ จำนวน 600 ม้วน ราคา 18.50 บาท/ม้วน ส่งถึงลูกค้าวันที่ 15 ธ.ค. 2569\n"
        "2. เทปพันสายไฟ PVC 19 มม. ชุด 5 สี จำนวน 120 ชุด ราคา 95.00 บาท/ชุด ส่งถึงลูกค้าวันที่ 8 ม.ค. 2570 "
        "(สินค้าหมดสต็อก รอของเข้าจากโรงงาน)\n\n"
        "ขอแสดงความนับถือ\n"
        "สมชาย วงศ์ใหญ่\nฝ่ายขาย บริษัท สยามอินซูเลชั่น จำกัด\nโทร 02-123-4567 ต่อ 108\n\n"
        + quote_outlook(p, sent="Thursday, November 5, 2026 4:12 PM"))
    eml = reply_mail(p, ("Somchai Wongyai", "somchai.w@siaminsulation.example"), "RE: " + req_subject(p),
                     mdate("2026-11-10 11:05", 7), "<TY2PR01MB3345.2B8C@siaminsulation.example>",
                     text(body, "utf-8", "base64"))
    exp = exp_conf([conf(p, ["A", C(date="2027-01-08")])],
                   "Buddhist era: 15 ธ.ค. 2569 = 2026-12-15 (as requested), 8 ม.ค. 2570 = 2027-01-08. Prices as ordered.")
    return [p], eml, exp


@case("ke-swahili-one-pending", "confirmation", "sw-KE",
      "Swahili phone reply without quote; lines 1 and 3 confirmed, line 2 'tutathibitisha kesho' stays unconfirmed.")
def c004():
    p = po("4500031172", "MOMBASA", "Mombasa Auto Spares Ltd", "orders@mombasa-autospares.example", "sw-KE",
           "KES", "2026-11-06", [
               ("JC-400A-3M", "Jumper cables 400 A, 3 m", 50, "SET", "2150.00", "2026-12-10"),
               ("JC-800A-5M", "Jumper cables 800 A heavy duty, 5 m", 20, "SET", "4800.00", "2026-12-10"),
               ("JC-BAG", "Carry bag for jumper cables", 70, "EA", "350.00", "2026-12-10")], buyer=3)
    body = (
        "Habari Bw. Okafor,\n\n"
        "Tumepokea LPO yako nambari 4500031172. Tunathibitisha:\n\n"
        "Bidhaa 1 - seti 50 @ KSh 2,150.00, tutaleta tarehe 10/12/2026.\n"
        "Bidhaa 3 - mifuko 70 @ KSh 350.00, tarehe 10/12/2026 pia.\n"
        "Bidhaa 2 (800A, mita 5) - bado tunasubiri jibu la msambazaji kuhusu bei, tutathibitisha kesho.\n\n"
        "Asante,\nWanjiru Kamau\nMauzo | Simu 0722 123 456 | Paybill 522522\n\n"
        "Imetumwa kutoka kwa simu yangu ya Samsung Galaxy\n")
    eml = reply_mail(p, ("Wanjiru Kamau", "wanjiru@mombasa-autospares.example"), "Re: " + req_subject(p),
                     mdate("2026-11-09 17:31", 3), "<20261109173112.wk.5521@mombasa-autospares.example>",
                     text(body, "utf-8", "8bit"))
    exp = exp_conf([conf(p, ["A", "U", "A"])],
                   "Lines 1 and 3 confirmed as ordered (10/12/2026 day-first = 2026-12-10). Line 2 explicitly "
                   "pending ('we will confirm tomorrow') -> unconfirmed.")
    return [p], eml, exp


@case("in-hindi-split-lakh", "confirmation", "hi-IN",
      "Hindi reply with Indian lakh grouping in the total (₹2,81,000.00) and a split of line 1 (500 kg now, 500 kg in January).")
def c005():
    p = po("4500031190", "SGWELD", "Shree Ganesh Welding Electrodes Pvt. Ltd.", "sales@sgwelding.example",
           "hi-IN", "INR", "2026-11-03", [
               ("E6013-3.15", "Welding electrode E6013, 3.15 mm", 1000, "KG", "185.00", "2026-12-10"),
               ("E7018-4.0", "Welding electrode E7018 low hydrogen, 4.0 mm", 400, "KG", "240.00", "2026-12-10")],
           buyer=1)
    body = (
        "आदरणीय श्री मार्टिन जी,\n\n"
        "आपका परचेज़ ऑर्डर क्रमांक 4500031190 प्राप्त हुआ, धन्यवाद। पुष्टि इस प्रकार है:\n\n"
        "आइटम 1 (E6013, 3.15 मिमी): 1000 किलो @ ₹185.00 प्रति किलो। अभी स्टॉक में 500 किलो है, "
        "जिसकी डिलीवरी 10-12-2026 तक होगी; बाकी 500 किलो की डिलीवरी 05-01-2027 तक।\n"
        "आइटम 2 (E7018, 4.0 मिमी): 400 किलो @ ₹240.00 प्रति किलो, डिलीवरी 10-12-2026।\n\n"
        "कुल राशि: ₹2,81,000.00 (GST 18% अतिरिक्त)\n\n"
        "सादर,\nराजेश शर्मा\nबिक्री विभाग, श्री गणेश वेल्डिंग इलेक्ट्रोड्स प्रा. लि.\n"
        "मो. +91 98250 12345 | GSTIN 24AABCS1234F1Z5\n\n"
        + quote_gmail(p, "On Tue, 3 Nov 2026 at 14:42, Martin Keller <martin.keller@buyer.example> wrote:"))
    eml = reply_mail(p, ("Rajesh Sharma", "rajesh@sgwelding.example"), "Re: " + req_subject(p),
                     mdate("2026-11-07 12:18", 5, 30), "<CAK7pQ2rSh-001x@mail.gmail.com>", text(body))
    exp = exp_conf([conf(p, [C(date="2027-01-05", sched=[(500, "2026-12-10"), (500, "2027-01-05")]), "A"])],
                   "Line 1 split 500 kg by 10-12-2026 and 500 kg by 05-01-2027 (dd-mm-yyyy), total 1000 kg, price "
                   "unchanged. Line 2 as ordered. The total 2,81,000 is lakh notation for 281,000.")
    return [p], eml, exp


@case("is-discontinued-line", "confirmation", "is-IS",
      "Icelandic ISO-8859-1 reply: line 3 discontinued (an alternative size is offered, not confirmed), line 4 a week later, ISK with dot thousands.")
def c006():
    p = po("4500031203", "RAFVOR", "Rafvörur ehf.", "sala@rafvorur.example", "is-IS", "ISK", "2026-11-05", [
        ("IG-CL0-9", "Insulated gloves class 0, size 9", 30, "PR", "8900.00", "2027-01-12"),
        ("IG-CL0-10", "Insulated gloves class 0, size 10", 30, "PR", "8900.00", "2027-01-12"),
        ("IG-CL2-10", "Insulated gloves class 2, size 10", 10, "PR", "21500.00", "2027-01-12"),
        ("LP-GL-10", "Leather protector gloves, size 10", 40, "PR", "2450.00", "2027-01-12")])
    body = (
        "Sæl Dana,\n\n"
        "Takk fyrir pöntunina (nr. 4500031203). Hér er staðfesting:\n\n"
        "Lína 1 - 30 pör, 8.900 kr./par, afhending 12. janúar 2027\n"
        "Lína 2 - 30 pör, 8.900 kr./par, afhending 12. janúar 2027\n"
        "Lína 3 - Því miður er flokkur 2 í stærð 10 hættur í framleiðslu hjá framleiðanda og við getum ekki "
        "afgreitt hann. Við getum boðið stærð 11 á 22.300 kr./par ef þið viljið, þá þarf nýja pöntun.\n"
        "Lína 4 - 40 pör, 2.450 kr./par, afhending 19. janúar 2027 (kemur með næstu sendingu)\n\n"
        "Kveðja,\nGuðrún Ólafsdóttir\nRafvörur ehf. | Skútuvogi 6, 104 Reykjavík\nSími 555 1234 | kt. 540298-1234\n\n"
        + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Guðrún Ólafsdóttir", "gudrun@rafvorur.example"), "RE: " + req_subject(p),
                     mdate("2026-11-11 13:40", 0), "<000c01dd5a3b$1f2e3d40$@rafvorur.example>",
                     text(body, "iso-8859-1"), hcharset="iso-8859-1")
    exp = exp_conf([conf(p, ["A", "A", "R", C(date="2027-01-19")])],
                   "Line 3 discontinued -> rejected; the size-11 offer needs a new order and does not confirm line 3. "
                   "Line 4 delivered 19 Jan 2027. 8.900 kr = 8900 ISK.")
    return [p], eml, exp


@case("jp-iso2022-stock-split", "confirmation", "ja-JP",
      "Japanese ISO-2022-JP keigo reply giving only ship dates (出荷); line 1 partially from stock, remainder in January.")
def c007():
    p = po("4500031215", "MITSUWA", "Mitsuwa Sokki Co., Ltd.", "eigyo@mitsuwa-sokki.example", "ja-JP", "JPY",
           "2026-11-04", [
               ("LL-G3X", "Green cross-line laser level, 3x360", 15, "EA", "48000", "2026-12-11"),
               ("LL-TRI-15", "Tripod for laser level, 1.5 m", 15, "EA", "6500", "2026-12-11"),
               ("LL-RCV", "Laser receiver with clamp", 5, "EA", "12800", "2026-12-11")])
    body = (
        "Northgate Industrial Supply\nダナ・ルイス様\n\n"
        "いつも大変お世話になっております。\nミツワ測機の佐藤でございます。\n\n"
        "ご注文書No.4500031215につきまして、下記の通りご回答申し上げます。\n\n"
        "1. グリーンレーザー墨出し器 3x360　15台　@48,000円\n"
        "　 現在庫10台を12月11日に出荷いたします。残り5台は2027年1月15日出荷予定です。\n"
        "2. 三脚 1.5m　15台　@6,500円　12月11日出荷\n"
        "3. 受光器（クランプ付）　5台　@12,800円　12月11日出荷\n\n"
        "分納となり誠に申し訳ございませんが、何卒よろしくお願い申し上げます。\n\n"
        "--\n株式会社ミツワ測機　営業部　佐藤 健一\n〒110-0005 東京都台東区上野3-12-8\n"
        "TEL 03-3834-1234　FAX 03-3834-1235\n\n"
        + quote_gt(req_text(p)))
    eml = reply_mail(p, ("佐藤 健一", "k.sato@mitsuwa-sokki.example"), "Re: " + req_subject(p),
                     mdate("2026-11-06 18:02", 9), "<20261106180233.4F2A.SATO@mitsuwa-sokki.example>",
                     text(body, "iso-2022-jp", "7bit"), hcharset="iso-2022-jp")
    exp = exp_conf([conf(p, [C(date="2027-01-15", sched=[(10, "2026-12-11"), (5, "2027-01-15")]), "A", "A"])],
                   "Only ship dates (出荷) are given, so they are the dates. Line 1: 10 units 12月11日 (no year -> "
                   "2026-12-11) and 5 units 2027-01-15. Lines 2-3 ship 2026-12-11 as requested; prices unchanged.")
    return [p], eml, exp


@case("tw-big5-roc-year", "confirmation", "zh-TW",
      "Traditional Chinese Big5 base64 body with ROC (Minguo) dates 115/12/18 and 116/01/08; line 2 price raised.")
def c008():
    p = po("4500031228", "HONGDA", "Hongda Measuring Tools Co., Ltd.", "sales@hongda-tools.example", "zh-TW",
           "USD", "2026-11-05", [
               ("MW-318", "Measuring wheel 318 mm, metric counter", 40, "EA", "18.60", "2026-12-18"),
               ("MW-600", "Measuring wheel 600 mm, heavy duty", 12, "EA", "42.00", "2026-12-18")])
    body = (
        "Dana 您好：\n\n"
        "感謝您的訂單 4500031228，確認如下：\n\n"
        "項次1　測距輪 318mm　40 個　單價 USD 18.60　交期：115/12/18\n"
        "項次2　測距輪 600mm 重型　12 個　單價 USD 44.50（原料調漲）　交期：116/01/08\n\n"
        "以上交期為送達日。如有問題請隨時與我聯絡，謝謝！\n\n"
        "宏達量具有限公司　業務部　林雅婷\nTEL: +886-4-2358-1234 分機 215\nFAX: +886-4-2358-5678\n\n"
        + quote_outlook(p, labels=("寄件者", "寄件日期", "收件者", "主旨"), sent="2026年11月5日 下午 05:12"))
    eml = reply_mail(p, ("Lin Ya-Ting", "yating.lin@hongda-tools.example"), "RE: " + req_subject(p),
                     mdate("2026-11-09 10:26", 8), "<SG2PR06MB5521.7C11@hongda-tools.example>",
                     text(body, "big5", "base64"))
    exp = exp_conf([conf(p, ["A", C(price="44.50", date="2027-01-08")])],
                   "ROC calendar: year 115 = 2026, 116 = 2027. Line 1 2026-12-18 as requested; line 2 USD 44.50 "
                   "(raw-material increase) and 2027-01-08.")
    return [p], eml, exp


@case("ru-koi8-short-stock", "confirmation", "ru-RU",
      "Russian KOI8-R QP; prices with space thousands and comma decimals; ship vs delivery date (delivery wins); line 2 reduced to stock 240 pcs.")
def c009():
    p = po("4500031240", "TEHKREP", "TechKrepezh LLC", "zakaz@techkrepezh.example", "ru-RU", "RUB", "2026-11-06", [
        ("RS-50-8", "Ratchet strap 50 mm x 8 m, 5 t", 200, "EA", "1250.00", "2026-12-21"),
        ("RS-25-5", "Ratchet strap 25 mm x 5 m, 0.8 t", 300, "EA", "310.00", "2026-12-21"),
        ("RS-JH-50", "Spare J-hook for 50 mm strap", 100, "EA", "95.00", "2026-12-21")], buyer=1)
    body = (
        "Добрый день, Мартин!\n\n"
        "По заказу N 4500031240 подтверждаем:\n\n"
        "1. Ремень стяжной 50 мм x 8 м - 200 шт. по 1 250,00 руб., отгрузка 18.12.2026, доставка к вам 21.12.2026.\n"
        "2. Ремень 25 мм x 5 м - в наличии только 240 шт., их и поставим по 310,00 руб., доставка 21.12.2026. "
        "Остаток 60 шт. поставить не сможем - позиция снята с производства.\n"
        "3. Крюк J для ремня 50 мм - 100 шт. по 95,00 руб., доставка 21.12.2026.\n\n"
        "Цены указаны без НДС.\n\n"
        "С уважением,\nОльга Петрова\nменеджер отдела продаж ООО \"ТехКрепёж\"\n"
        "тел. +7 (495) 123-45-67, доб. 312\n\n"
        + quote_outlook(p, labels=("От", "Отправлено", "Кому", "Тема"), sent="6 ноября 2026 г. 12:12",
                        sep="-----Original Message-----"))
    eml = reply_mail(p, ("Ольга Петрова", "o.petrova@techkrepezh.example"), "RE: " + req_subject(p),
                     mdate("2026-11-10 11:52", 3), "<1731228733.512044@techkrepezh.example>",
                     text(body, "koi8-r"), hcharset="koi8-r")
    exp = exp_conf([conf(p, ["A", C(q=240), "A"])],
                   "Line 1 ships 18.12 but is delivered 21.12 = requested date (delivery wins) -> accepted. Line 2 "
                   "only 240 of 300, rest will not be supplied -> changed qty 240. 1 250,00 = 1250.00.")
    return [p], eml, exp


@case("ua-width-question", "needs_review", "uk-UA",
      "Ukrainian windows-1251 reply that asks which strap width and print option to ship before confirming anything.")
def c010():
    p = po("4500031251", "PAKPROM", "Pakprom LLC", "sales@pakprom.example", "uk-UA", "UAH", "2026-11-06", [
        ("PS-PP-12", "PP strapping 12 x 0.6 mm, 3000 m coil", 20, "ROL", "1450.00", "2026-12-15"),
        ("PS-SEAL-12", "Metal seals for 12 mm strap, box of 1000", 5, "BOX", "620.00", "2026-12-15")])
    body = (
        "Добрий день, Дана!\n\n"
        "Дякуємо за замовлення 4500031251. Перш ніж підтвердити, уточніть, будь ласка:\n\n"
        "1) у замовленні стрічка 12 мм, а в попередніх поставках ви брали 16 мм (артикул PS-PP-16). "
        "Яку ширину відвантажувати? Пломби під 12 і 16 мм різні.\n"
        "2) стрічка потрібна з друком логотипу чи без?\n\n"
        "Після вашої відповіді одразу надішлемо підтвердження з цінами та датами.\n\n"
        "З повагою,\nІрина Коваленко\nвідділ продажу ТОВ «Пакпром»\nтел. +380 44 123 45 67\n\n"
        + quote_gt(req_text(p)))
    eml = reply_mail(p, ("Ірина Коваленко", "i.kovalenko@pakprom.example"), "RE: " + req_subject(p),
                     mdate("2026-11-09 09:14", 2), "<4a1c2e9f-77b1-4c0d-9a2e-pakprom01@pakprom.example>",
                     text(body, "windows-1251", "base64"), hcharset="windows-1251")
    exp = exp_kind("needs_review", "Supplier asks which width (12 vs 16 mm) and print option before confirming; "
                                   "nothing is committed yet.")
    return [p], eml, exp


@case("pl-inline-answers", "confirmation", "pl-PL",
      "Polish inline answers typed under each quoted PO row (Thunderbird '>' quote); one OK, one new price, one later date, one not stocked.")
def c011():
    p = po("4500031266", "METALPL", "Metalplast Sp. z o.o.", "biuro@metalplast.example", "pl-PL", "PLN",
           "2026-11-05", [
               ("SB-200-W", "Shelf bracket 200 mm, white", 500, "EA", "4.20", "2026-12-16"),
               ("SB-300-W", "Shelf bracket 300 mm, white", 400, "EA", "5.90", "2026-12-16"),
               ("SB-400-HD", "Heavy-duty shelf bracket 400 mm, galv.", 150, "EA", "12.40", "2026-12-16"),
               ("SCR-4X40", "Screws 4x40, box of 200", 20, "BOX", "18.00", "2026-12-16")])
    answers = {
        1: "OK - 500 szt., 4,20 zł, 16.12",
        2: "OK ilość i termin, ale cena 6,15 zł/szt. (nowy cennik od 1.11)",
        3: "Termin: 12.01.2027, wcześniej nie damy rady (ocynk)",
        4: "Tych wkrętów nie prowadzimy - prosimy usunąć pozycję z zamówienia",
    }
    out = ["Dzień dobry Pani Dano,", "", "odpowiedzi wpisałem w treść poniżej, pod każdą pozycją (po strzałce -->).", "",
           "Pozdrawiam", "Paweł Nowak", "Metalplast Sp. z o.o. | tel. 61 852 44 10 | NIP 779-123-45-67", "",
           "W dniu 5.11.2026 o 10:12, Dana Ruiz pisze:"]
    for ln in req_text(p).split("\n"):
        out.append(("> " + ln) if ln else ">")
        for l in p["lines"]:
            if ln.startswith("%-3s %s" % (l["line"], l["item"])):
                out.append("--> " + answers[l["line"]])
    eml = reply_mail(p, ("Paweł Nowak", "pawel.nowak@metalplast.example"), "Re: " + req_subject(p),
                     mdate("2026-11-09 08:05", 1), "<6b3e1f0a-1c2d-4e5f-8a9b-0c1d2e3f4a5b@metalplast.example>",
                     text("\n".join(out) + "\n", "iso-8859-2", flowed=False),
                     extra=(("User-Agent", "Mozilla Thunderbird"),), hcharset="iso-8859-2")
    exp = exp_conf([conf(p, ["A", C(price="6.15"), C(date="2027-01-12"), "R"])],
                   "Answers are inline after each quoted row. Line 2 qty/date OK but 6,15 zł; line 3 12.01.2027; line 4 "
                   "not carried -> rejected.")
    return [p], eml, exp


@case("cn-html-only-gbk", "confirmation", "zh-CN",
      "HTML-only GBK base64 reply with a Chinese table; dates are factory ship dates (FOB) earlier than requested, line 1 price up.")
def c012():
    p = po("4500031279", "HUOLONG", "Ningbo Huolong Hardware Co., Ltd.", "export@huolong-hw.example", "zh-CN",
           "USD", "2026-11-04", [
               ("TL-1300", "Butane torch lighter, refillable", 2000, "EA", "0.85", "2027-01-15"),
               ("TL-GUN-PRO", "Butane torch gun with piezo ignition", 600, "EA", "3.40", "2027-01-15")])
    h = (
        "<p>Dear Dana,</p>\n<p>您好！订单 4500031279 已收到，确认如下：</p>\n"
        '<table border="1" cellpadding="4" style="border-collapse:collapse">\n'
        "<tr><th>序号</th><th>品名</th><th>数量</th><th>单价(USD)</th><th>出货日期</th></tr>\n"
        "<tr><td>1</td><td>防风点火枪 TL-1300</td><td>2,000 PCS</td><td>0.92</td><td>2027年1月8日</td></tr>\n"
        "<tr><td>2</td><td>喷枪 TL-GUN-PRO</td><td>600 PCS</td><td>3.40</td><td>2027年1月8日</td></tr>\n"
        "</table>\n"
        "<p>说明：由于丁烷和铜材价格上涨，TL-1300 单价由 0.85 调整为 0.92 美元。以上为工厂出货日期（FOB 宁波）。</p>\n"
        "<p>谢谢！<br>王丽 Lily Wang<br>宁波火龙五金有限公司 外贸部<br>Tel/WeChat: +86 138 5741 2266</p>\n"
        "<div>------------------ Original ------------------</div>\n" + html_quote_outlook(p))
    eml = reply_mail(p, ("Lily Wang", "lily@huolong-hw.example"), "回复: " + req_subject(p),
                     mdate("2026-11-06 16:40", 8), "<tencent_4F1A2B3C4D5E6F7A8B9C0D1E@qq.example>",
                     html(html_doc(h, "GBK"), "GBK", "base64"), extra=(("X-Mailer", "Foxmail 7.2"),))
    exp = exp_conf([conf(p, [C(price="0.92", date="2027-01-08"), C(date="2027-01-08")])],
                   "Only factory ship dates are given (出货日期, FOB) -> date 2027-01-08 for both (earlier than "
                   "requested 01-15 = changed). Line 1 price 0.85 -> 0.92.")
    return [p], eml, exp


@case("kr-euckr-out-of-office", "auto_reply", "ko-KR",
      "Korean EUC-KR out-of-office with dates, phone numbers and a colleague's address; no answer to the PO.")
def c013():
    p = po("4500031290", "DAEHAN", "Daehan Safety Co., Ltd.", "sales@daehansafety.example", "ko-KR", "KRW",
           "2026-11-16", [
               ("KC-50", "Key cabinet, 50 hooks, steel", 6, "EA", "89000", "2026-12-18"),
               ("KC-TAG-100", "Key tags, assorted colours, pack of 100", 10, "SET", "12000", "2026-12-18")])
    body = (
        "안녕하세요. 대한안전 영업팀 김민준입니다.\n\n"
        "11월 16일(월)부터 11월 27일(금)까지 해외 출장으로 메일 확인이 어렵습니다.\n"
        "급한 용무는 영업팀 이서연 대리(02-555-1234, seoyeon.lee@daehansafety.example)에게 연락 부탁드립니다.\n\n"
        "감사합니다.\n김민준 드림\n")
    eml = reply_mail(p, ("김민준", "minjun.kim@daehansafety.example"), "자동 회신: " + req_subject(p),
                     mdate("2026-11-16 18:12", 9), "<auto.20261116080211.mjk@daehansafety.example>",
                     text(body, "euc-kr", "base64"),
                     extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
                     hcharset="euc-kr")
    exp = exp_kind("auto_reply", "Out-of-office (business trip 16-27 Nov) naming a colleague; says nothing about the PO.")
    return [p], eml, exp


@case("us-iphone-ships-12-4", "confirmation", "en-US",
      "One-line iPhone reply 'ships 12/4' (month-first, ship date only) over an iOS quote; all lines get the earlier date.")
def c014():
    p = po("4500031301", "LONESTAR", "Lone Star Blade Supply", "orders@lonestarblade.example", "en-US", "USD",
           "2026-11-09", [
               ("BC-RET-18", "Retractable box cutter 18 mm", 240, "EA", "2.35", "2026-12-10"),
               ("BC-SAFE-AR", "Auto-retract safety cutter", 120, "EA", "4.90", "2026-12-10"),
               ("BL-18-10", "Snap-off blades 18 mm, pack of 10", 60, "BOX", "3.10", "2026-12-10")], buyer=3)
    body = ("Confirmed all 3 lines at your pricing, ships 12/4 via FedEx Ground.\n\nSent from my iPhone\n\n"
            + quote_gmail(p, "On Nov 9, 2026, at 9:12 AM, Tom Okafor <tom.okafor@buyer.example> wrote:"))
    eml = reply_mail(p, ("Rick Delgado", "rick@lonestarblade.example"), "Re: " + req_subject(p),
                     mdate("2026-11-09 13:58", -6), "<A1B2C3D4-E5F6-4711-9ABC-DEF012345678@lonestarblade.example>",
                     text(body, "us-ascii", "7bit"), extra=(("X-Mailer", "iPhone Mail (22B91)"),))
    d = "2026-12-04"
    exp = exp_conf([conf(p, [C(date=d), C(date=d), C(date=d)])],
                   "en-US month-first: 12/4 = 2026-12-04, a ship date and the only date given, so it is the date; "
                   "earlier than requested 12-10 -> changed. Quantities and prices as ordered.")
    return [p], eml, exp


@case("gb-day-first-early", "confirmation", "en-GB",
      "Outlook multipart (windows-1252) British reply: '11/12/26' is 11 December (day-first), earlier than requested; long legal disclaimer.")
def c015():
    p = po("4500031312", "PENNINE", "Pennine Hose & Fittings Ltd", "sales@penninehose.example", "en-GB", "GBP",
           "2026-11-06", [
               ("HR-AUTO-15", "Auto-rewind hose reel, 15 m, 1/2in", 12, "EA", "86.40", "2026-12-14"),
               ("HR-WALL-30", "Wall-mounted hose reel, 30 m", 8, "EA", "54.00", "2026-12-14")], buyer=1)
    msg = ("Hi Martin,\n\nThanks for the order. Both lines confirmed at PO prices. We're a bit ahead on these so "
           "we'll deliver on 11/12/26 rather than the 14th – hope that's OK.\n\n"
           "Kind regards\nSarah Whitfield\nSales Office\n"
           "Pennine Hose & Fittings Ltd | Unit 4, Calder Park, Huddersfield HD2 1AB\n"
           "T: 01484 555 210 | Registered in England No. 04567891 | VAT GB 123 4567 89\n\n"
           "This e-mail and any attachments are confidential and intended solely for the addressee. If you have "
           "received it in error please notify the sender and delete it. Pennine Hose & Fittings Ltd accepts no "
           "liability for any loss or damage caused by viruses.\n")
    plain = msg + "\n" + quote_outlook(p, sep="", sent="06 November 2026 09:12")
    h = "<div>" + html_escape(msg).replace("\n", "<br>\n") + "</div>\n" + html_quote_outlook(p, sent="06 November 2026 09:12")
    body = multi("alternative", [text(plain, "windows-1252"), html(html_doc(h, "windows-1252"), "windows-1252")],
                 "_000_LO2P265MB44121D5B8A7C2E9F3A1LO2P265MB4412GBRP_")
    eml = reply_mail(p, ("Sarah Whitfield", "sarah.whitfield@penninehose.example"), "RE: " + req_subject(p),
                     mdate("2026-11-10 14:21", 0), "<LO2P265MB44121D5B8A7C2E9F@penninehose.example>", body,
                     extra=(("Thread-Topic", req_subject(p)), ("Content-Language", "en-GB")))
    exp = exp_conf([conf(p, [C(date="2026-12-11"), C(date="2026-12-11")])],
                   "en-GB day-first: 11/12/26 = 2026-12-11 ('rather than the 14th' confirms it). Earlier than "
                   "requested -> changed date, qty/price as ordered.")
    return [p], eml, exp


@case("fr-erp-pdf-ar", "confirmation", "fr-FR",
      "Automatic 'ne pas répondre' mail from the supplier's ERP with a PDF accusé de réception (text layer): new thread, one price and one date change inside the PDF.")
def c016():
    p = po("4500031325", "ROULPRO", "Rouleaux Pro Distribution SAS", "adv@rouleaux-pro.example", "fr-FR", "EUR",
           "2026-11-05", [
               ("FR-100-MF", "Foam roller 100 mm, fine foam, for lacquer", 300, "EA", "1.45", "2026-12-11"),
               ("FR-180-MF", "Foam roller 180 mm, fine foam", 200, "EA", "2.30", "2026-12-11"),
               ("FR-HDL-180", "Roller frame 180 mm", 50, "EA", "3.80", "2026-12-11")])
    lines = [
        "ROULEAUX PRO DISTRIBUTION SAS - 14 rue des Artisans - 69200 Vénissieux",
        "SIRET 512 345 678 00021 - TVA FR12512345678",
        "",
        "ACCUSE DE RECEPTION DE COMMANDE N° AR-2026-08812      Date : 10/11/2026",
        "Client : NORTHGATE INDUSTRIAL SUPPLY (C004512)",
        "Votre commande : 4500031325 du 05/11/2026",
        "",
        "Pos Référence   Désignation                 Qté  U    P.U. HT  Montant HT  Livraison",
        "1   FR-100-MF   Rouleau mousse 100 mm       300  PCE     1,45      435,00  11/12/2026",
        "2   FR-180-MF   Rouleau mousse 180 mm       200  PCE     2,45      490,00  11/12/2026",
        "3   FR-HDL-180  Monture 180 mm               50  PCE     3,80      190,00  18/12/2026",
        "",
        "                                      Total HT   1 115,00 EUR",
        "                                      TVA 20 %     223,00 EUR",
        "                                      Total TTC  1 338,00 EUR",
        "",
        "Conditions de paiement : 45 jours fin de mois. Franco de port à partir de 500 EUR HT.",
        "Dates de livraison indiquées = date de livraison chez le client.",
    ]
    body_txt = ("Bonjour,\n\nVeuillez trouver ci-joint notre accusé de réception de commande AR-2026-08812.\n\n"
                "Ceci est un message automatique, merci de ne pas y répondre. Pour toute question : "
                "adv@rouleaux-pro.example\n\nService ADV - Rouleaux Pro Distribution\n")
    body = multi("mixed", [text(body_txt, "utf-8"),
                           attach(pdf(lines, "AR-2026-08812", "Sage X3"), "application/pdf", "AR-2026-08812.pdf")],
                 "----=_Part_88121_1290571043.1794315720000")
    eml = mail(("Rouleaux Pro - ne pas répondre", "noreply@rouleaux-pro.example"),
               (p["buyer"]["name"], p["buyer"]["email"]),
               "Accusé de réception de commande AR-2026-08812 - votre réf. 4500031325", mdate("2026-11-10 14:02", 1),
               "<1794315720000.88121.JavaMail.sagex3@rouleaux-pro.example>", body,
               extra=(("Auto-Submitted", "auto-generated"),))
    exp = exp_conf([conf(p, ["A", C(price="2.45"), C(date="2026-12-18")])],
                   "ERP-generated order acknowledgment PDF = confirmation despite the no-reply/auto headers. Line 2 "
                   "P.U. 2,45 (PO 2.30); line 3 delivery 18/12/2026. Totals consistent (1 115,00 HT).")
    return [p], eml, exp


@case("de-postfix-user-unknown", "bounce", "de-DE",
      "Postfix DSN from our own relay (multipart/report) with the original PO mail attached; the PO table inside must not be read as an answer.")
def c017():
    p = po("4500031337", "BRANDT", "Schweißtechnik Brandt GmbH", "bestellung@brandt-schweisstechnik.example",
           "de-DE", "EUR", "2026-11-05", [
               ("SE-2.5-R", "Rutile welding rods 2.5 x 350 mm", 50, "KG", "7.90", "2026-12-09"),
               ("SE-3.2-R", "Rutile welding rods 3.2 x 350 mm", 100, "KG", "7.40", "2026-12-09")], buyer=1)
    rcpt = p["supplier"]["email"]
    human = ("This is the mail system at host mx1.buyer.example.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<%s>: host mx.brandt-schweisstechnik.example[203.0.113.25]\n"
             "    said: 550 5.1.1 <%s>: Recipient address rejected: User unknown in\n"
             "    virtual mailbox table (in reply to RCPT TO command)\n") % (rcpt, rcpt)
    eml = dsn(p, ("Mail Delivery System", "MAILER-DAEMON@mx1.buyer.example"), mdate("2026-11-05 09:13", 0),
              "<20261105091209.3F2A81C0123@mx1.buyer.example>", human, "mx1.buyer.example", rcpt, "5.1.1",
              "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table" % rcpt,
              "3F2A81C0123.1794906729/mx1.buyer.example", remote_mta="mx.brandt-schweisstechnik.example")
    exp = exp_kind("bounce", "Postfix non-delivery report (5.1.1 user unknown); the attached original is our own request.")
    return [p], eml, exp


@case("mx-two-pos-one-mail", "confirmation", "es-MX",
      "Mexican reply on the first PO's thread that answers two POs; cartridges delayed to January on the second PO; box-size remark is no change.")
def c018():
    sup = ("HLBAJIO", "Herramientas y Lubricación del Bajío SA de CV", "ventas@hlbajio.example", "es-MX", "MXN")
    pa = po("4500031340", *sup, "2026-11-04", [
        ("GG-600-LV", "Lever grease gun 600 cc", 30, "EA", "385.00", "2026-12-09"),
        ("GG-HOSE-30", "Flexible grease hose 30 cm", 60, "EA", "95.00", "2026-12-09")])
    pb = po("4500031352", *sup, "2026-11-06", [
        ("GG-PNEU-500", "Pneumatic grease gun 500 cc", 10, "EA", "1850.00", "2026-12-16"),
        ("GRS-EP2-400", "EP2 grease cartridge 400 g", 240, "EA", "62.50", "2026-12-16")])
    body = (
        "Buen día Dana:\n\n"
        "Le confirmo sus dos órdenes de compra:\n\n"
        "OC 4500031340 – todo conforme, cantidades y precios según su orden, entrega el 9 de diciembre.\n\n"
        "OC 4500031352 – la engrasadora neumática (10 pzas, $1,850.00 c/u) conforme para el 16 de diciembre. "
        "Los cartuchos EP2 los manejamos en cajas de 40 pzas, así que las 240 pzas son 6 cajas exactas a $62.50 "
        "c/u, pero llegan hasta el 8 de enero porque el fabricante está agotado.\n\n"
        "Saludos cordiales,\n\nIng. Luis Hernández Ortega\nVentas Institucionales\n"
        "Herramientas y Lubricación del Bajío SA de CV\nBlvd. López Mateos 1520, León, Gto. | Tel. 477 123 4567\n\n"
        + quote_outlook(pa, labels=("De", "Enviado el", "Para", "Asunto"), sent="miércoles, 4 de noviembre de 2026 03:12 a. m.",
                        sep="________________________________"))
    eml = reply_mail(pa, ("Luis Hernández", "lhernandez@hlbajio.example"), "RE: " + req_subject(pa),
                     mdate("2026-11-09 10:33", -6), "<BY5PR10MB4099.HLB1@hlbajio.example>", text(body, "utf-8"))
    exp = exp_conf([conf(pa, ["A", "A"]), conf(pb, ["A", C(date="2027-01-08")])],
                   "One mail answers both POs. 4500031340 fully as ordered (9 Dec). 4500031352: line 1 as ordered, "
                   "line 2 same qty/price but '8 de enero' without year -> 2027-01-08.")
    return [pa, pb], eml, exp
