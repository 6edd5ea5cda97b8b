from .common import (case, supplier, PO, acc, chg, REJ, UNC, conf, expected, kw, plus,
                     maildate, request_subject, request_body, request_html_table, gt_quote,
                     outlook_quote, text, html, attachment, multipart, message, make_pdf, raw_part,
                     esc, BUYERS)


# ------------------------------------------------------------------ 001
@case(1, "fence-staples-iphone-passt", "de-AT",
      "one-line Austrian phone reply ('Passt so, liefern wie bestellt am 14.12.') above an iPhone-quoted PO table full of numbers")
def c001():
    s = supplier("PICHLER", "Drahtwerk Pichler GmbH", "verkauf@pichler-draht.example", "de-AT")
    po = PO(4500031001, s, "EUR", "2026-11-05", [
        ("FS-3140", "Fence staple 3.1x40 mm, galvanised", 250, "KG", "3.85", "2026-12-14"),
        ("FS-4050", "Fence staple 4.0x50 mm, galv., barbed", 120, "KG", "4.20", "2026-12-14"),
    ])
    body = ("Passt so, liefern wie bestellt am 14.12.\n\nLG Franz\n\nVon meinem iPhone gesendet\n\n"
            "> Am 05.11.2026 um 09:14 schrieb Dana Ruiz <dana.ruiz@buyer.example>:\n>\n"
            + gt_quote(request_body(po)) + "\n")
    eml = message(("Franz Pichler", "franz.pichler@pichler-draht.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 9, 7, 42),
                  "<8F2C41D7-3B1A-4E0C-9A55-21C7D0E1F3A2@pichler-draht.example>",
                  text(body, params="; format=flowed; delsp=yes"), reply_to_po=po,
                  extra=[("X-Mailer", "iPhone Mail (21G93)")])
    exp = expected("confirmation", "'Passt so, liefern wie bestellt am 14.12.' accepts the whole PO as ordered; "
                   "14.12. is the requested date. Everything numeric below is our own quoted request.",
                   [conf(po, {1: "acc", 2: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 002
@case(2, "cheese-moulds-gmail-reajuste", "pt-BR",
      "Gmail top-post in Latin-1 QP: one line as ordered, one price raised (R$ 26,40), one pushed past collective holidays")
def c002():
    s = supplier("FORMINAS", "Formas Minas Ind. e Com. Ltda", "vendas@formasminas.example", "pt-BR")
    po = PO(4500031002, s, "BRL", "2026-11-05", [
        ("FQ-500", "Cheese mould 500 g, PP, perforated", 400, "EA", "17.50", "2026-12-18"),
        ("FQ-1K", "Cheese mould 1 kg with lid", 200, "EA", "24.90", "2026-12-18"),
        ("FQ-PF1", "Press follower for 1 kg mould", 200, "EA", "6.40", "2026-12-18"),
    ], buyer="tomas")
    body = ("Bom dia Tomas,\n\nSegue a confirmação do pedido 4500031002:\n\n"
            "Item 1 - FQ-500: ok, 400 pçs a R$ 17,50, entrega 18/12.\n"
            "Item 2 - FQ-1K: 200 pçs, mas devido ao reajuste da matéria-prima (polipropileno) o preço passa "
            "para R$ 26,40/un. Entrega 18/12.\n"
            "Item 3 - FQ-PF1: 200 pçs a R$ 6,40, porém só conseguimos entregar dia 08/01/2027, "
            "pois estaremos em férias coletivas de 21/12 a 04/01.\n\n"
            "Qualquer dúvida estou à disposição.\n\nAtt,\n\nLuciana Ferraz\nDepto. Comercial\n"
            "Formas Minas Ind. e Com. Ltda - CNPJ 12.345.678/0001-90\n(31) 3333-4410 | (31) 99876-1122 (WhatsApp)\n"
            "Rod. MG-050, km 62 - Divinópolis/MG - CEP 35500-000\n\n"
            "Em qui., 5 de nov. de 2026 às 05:14, Tomas Ferreira <tomas.ferreira@buyer.example> escreveu:\n\n"
            + gt_quote(request_body(po)) + "\n")
    hb = ("<div dir=\"ltr\">" + esc(body.split("\n\nEm qui.")[0]).replace("\n", "<br>") +
          "</div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">Em qui., 5 de nov. de 2026 "
          "às 05:14, Tomas Ferreira &lt;<a href=\"mailto:tomas.ferreira@buyer.example\">tomas.ferreira@buyer.example"
          "</a>&gt; escreveu:<br></div><blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;"
          "border-left:1px solid rgb(204,204,204);padding-left:1ex\">" + request_html_table(po) + "</blockquote></div>")
    root = multipart("alternative", [text(body, charset="iso-8859-1"), html(hb, charset="iso-8859-1")])
    eml = message(("Luciana Ferraz", "luciana@formasminas.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 10, 10, 22, -180),
                  "<CAJ8x4tQk2mP0vYbZr7hW1sNfEoD5uG3c9aLq@mail.gmail.com>", root, reply_to_po=po)
    exp = expected("confirmation", "Line 1 as ordered; line 2 same qty/date but price raised to 26.40 BRL; line 3 same "
                   "qty/price but delivery 08/01/2027 (dd/mm) because of collective holidays. 18/12 has no year: next "
                   "18 Dec after the mail = 2026-12-18.",
                   [conf(po, {1: "acc", 2: chg(po, 2, unit_price="26.40"), 3: chg(po, 3, date="2027-01-08")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 003
@case(3, "egg-incubators-thai-buddhist-era", "th-TH",
      "Thai reply in TIS-620 base64 with Buddhist-era dates (15 ม.ค. 2570 = 2027-01-15); tray line delayed two weeks")
def c003():
    s = supplier("SIAMHATCH", "Siam Hatchery Equipment Co., Ltd.", "sales@siamhatch.example", "th-TH")
    po = PO(4500031003, s, "USD", "2026-11-06", [
        ("INC-528", "Egg incubator 528 eggs, auto turning", 6, "SET", "1180.00", "2027-01-15"),
        ("INC-T88", "Egg tray, chicken, 88 eggs", 60, "EA", "7.50", "2027-01-15"),
    ], buyer="priya")
    body = ("เรียน คุณ Priya Nair\n\n"
            "บริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031003 ดังนี้\n\n"
            "รายการที่ 1  ตู้ฟักไข่อัตโนมัติ 528 ฟอง (INC-528)  จำนวน 6 ชุด  ราคาชุดละ 1,180.00 USD  "
            "ส่งมอบวันที่ 15 ม.ค. 2570\n"
            "รายการที่ 2  ถาดไข่ไก่ 88 ฟอง (INC-T88)  จำนวน 60 ชิ้น  ราคาชิ้นละ 7.50 USD  "
            "ส่งมอบวันที่ 29 ม.ค. 2570 เนื่องจากสินค้าหมดสต็อกชั่วคราว\n\n"
            "หากมีข้อสงสัยกรุณาติดต่อกลับ\n\nขอแสดงความนับถือ\n"
            "สมชาย วงศ์สุวรรณ\nฝ่ายขายต่างประเทศ\nบริษัท สยาม แฮทเชอรี่ อีควิปเมนท์ จำกัด\n"
            "โทร 02-123-4567 ต่อ 204  มือถือ 081-234-5678\nเลขประจำตัวผู้เสียภาษี 0105558012345\n")
    eml = message(("Somchai W.", "somchai@siamhatch.example"), ("Priya Nair", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 11, 15, 3, 420),
                  "<000001db33f1$5a2b7c40$0e827480$@siamhatch.example>",
                  text(body, charset="tis-620", cte="base64"), reply_to_po=po,
                  extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "th")])
    exp = expected("confirmation", "Thai dates are Buddhist era: 2570 BE = 2027 CE. Line 1: 6 sets at 1,180.00 on 15 Jan 2027 = "
                   "as ordered. Line 2: 60 trays at 7.50 but delivery 29 Jan 2027 (out of stock) -> changed date.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-29")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 004
@case(4, "gauze-rolls-swahili-split", "sw-KE",
      "Swahili reply splitting the small-roll line 600 now / 400 in January, big rolls as ordered")
def c004():
    s = supplier("PWANIMED", "Pwani Medical Supplies Ltd", "sales@pwanimed.example", "sw-KE")
    po = PO(4500031004, s, "USD", "2026-11-04", [
        ("GZ-10", "Gauze roll 10 cm x 4 m, absorbent", 1000, "ROL", "0.38", "2026-12-10"),
        ("GZ-90", "Gauze roll 90 cm x 100 m, hospital", 40, "ROL", "21.00", "2026-12-10"),
    ], buyer="priya")
    body = ("Habari Priya,\n\nTumepokea LPO yako namba 4500031004, asante sana.\n\n"
            "1. GZ-10 (gauze 10cm x 4m): kwa sasa tuna roli 600 tu stoo. Tutatuma roli 600 tarehe 10/12/2026, "
            "na roli 400 zilizobaki zitafika tarehe 8/1/2027. Bei ni ile ile USD 0.38 kwa roli.\n"
            "2. GZ-90 (90cm x 100m): roli 40 @ USD 21.00, tarehe 10/12/2026 kama ulivyoagiza.\n\n"
            "Tafadhali tujulishe kama kuna tatizo.\n\nWako,\nAmina Mwangi\nMauzo | Pwani Medical Supplies Ltd\n"
            "P.O. Box 84512-80100, Mombasa | +254 722 418 906 | PIN P051234567X\n\n"
            "On Wed, Nov 4, 2026 at 11:14 AM Priya Nair <priya.nair@buyer.example> wrote:\n\n"
            + gt_quote(request_body(po)) + "\n")
    eml = message(("Amina Mwangi", "amina.mwangi@pwanimed.example"), ("Priya Nair", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 9, 12, 40, 180),
                  "<CAH3kR9vXq1pLmN7sT0uWc2yZ4bDe8fGh@mail.gmail.com>", text(body), reply_to_po=po)
    exp = expected("confirmation", "Line 1 split: 600 on 10/12/2026 and the remaining 400 on 8/1/2027 (dd/mm), price unchanged; "
                   "total 1000, last delivery 2027-01-08 -> changed with schedule. Line 2 exactly as ordered.",
                   [conf(po, {1: chg(po, 1, date="2027-01-08", schedule=[(600, "2026-12-10"), (400, "2027-01-08")]),
                              2: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 005
@case(5, "lamp-wicks-indian-rate-revised", "hi-IN",
      "Indian-English confirmation with Rs. x/- prices, lakh-style totals, dispatch vs delivery dates and a revised rate")
def c005():
    s = supplier("GANESHWICK", "Shree Ganesh Cotton Wicks Pvt. Ltd.", "sales@ganeshwicks.example", "hi-IN")
    po = PO(4500031005, s, "INR", "2026-11-06", [
        ("LW-R12", "Round cotton lamp wick 12 cm, box/1000", 120, "BOX", "380.00", "2026-12-21"),
        ("LW-F20", "Flat lamp wick 20 mm x 30 m", 40, "ROL", "1150.00", "2026-12-21"),
    ], buyer="priya")
    body = ("नमस्ते Priya ji,\n\nRespected Madam,\n\n"
            "With reference to your P.O. No. 4500031005 dt. 06-11-2026, we are pleased to confirm the same as under:\n\n"
            "1) Round cotton wick 12 cm (LW-R12) - 120 boxes @ Rs. 380/- per box. Dispatch on 15-12-2026 "
            "from our Ahmedabad godown, delivery at your end by 21-12-2026.\n"
            "2) Flat wick 20 mm (LW-F20) - 40 rolls. Kindly note that due to steep increase in cotton yarn prices "
            "the rate stands revised to Rs. 1,210/- per roll. Delivery by 21-12-2026.\n\n"
            "Total basic value Rs. 94,000/- + GST @ 12% = Rs. 1,05,280/-\n\n"
            "Kindly acknowledge the revised rate at the earliest.\n\n"
            "Thanking you,\nधन्यवाद\n\nFor Shree Ganesh Cotton Wicks Pvt. Ltd.\nRakesh Patel (Sales)\n"
            "Mob: +91 98250 12345 | Ph: 079-2658 4410\nGSTIN: 24AAACS1234F1Z5 | CIN: U17120GJ2004PTC044321\n")
    eml = message(("Rakesh Patel", "rakesh@ganeshwicks.example"), ("Priya Nair", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 10, 16, 5, 330),
                  "<000b01db3366$c1d2e3f0$4567a8b9$@ganeshwicks.example>", text(body), reply_to_po=po)
    exp = expected("confirmation", "Line 1 dispatches 15-12 but delivers 21-12-2026 (delivery date wins) = requested, so accepted. "
                   "Line 2 rate revised to 1,210 INR (the totals 94,000 = 45,600 + 48,400 agree). 'Kindly acknowledge' "
                   "does not withdraw the confirmation.",
                   [conf(po, {1: "acc", 2: chg(po, 2, unit_price="1210.00")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 006
@case(6, "rope-ratchets-icelandic-no-year", "is-IS",
      "Icelandic Latin-1 8bit reply; '17. desember' without a year and a heavy-duty line moved to 12. janúar 2027")
def c006():
    s = supplier("VELAVERK", "Vélaverk Reykjavíkur ehf.", "sala@velaverk.example", "is-IS")
    po = PO(4500031006, s, "ISK", "2026-11-09", [
        ("RR-25", "Rope ratchet 1/4 in, 68 kg load", 80, "PC", "1890", "2026-12-17"),
        ("RR-38", "Rope ratchet 3/8 in, 100 kg, heavy duty", 40, "PC", "2750", "2026-12-17"),
    ], buyer="mette")
    body = ("Sæl Mette,\n\nTakk fyrir pöntunina. Við staðfestum pöntun nr. 4500031006:\n\n"
            "Lína 1: 80 stk. RR-25 á 1.890 kr./stk., afhending 17. desember.\n"
            "Lína 2: 40 stk. RR-38 á 2.750 kr./stk., en afhending verður ekki fyrr en 12. janúar 2027 "
            "vegna tafa hjá framleiðanda.\n\n"
            "Bestu kveðjur,\nSigrún Jónsdóttir\nSölustjóri\nVélaverk Reykjavíkur ehf. | Kt. 540298-2139\n"
            "Sími 562 1400 | Gsm 897 3321 | Skútuvogi 13, 104 Reykjavík\n")
    eml = message(("Sigrún Jónsdóttir", "sigrun@velaverk.example"), ("Mette Holm", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 12, 14, 18, 0),
                  "<DB9PR08MB6522A1B2C3D4E5F6@DB9PR08MB6522.eurprd08.prod.outlook.com>",
                  text(body, charset="iso-8859-1", cte="8bit"), reply_to_po=po, subject_charset="iso-8859-1")
    exp = expected("confirmation", "ISK prices with '.' thousands (1.890 kr. = 1890). Line 1: '17. desember' has no year -> "
                   "next 17 Dec after the mail = 2026-12-17 = requested, accepted. Line 2 delivery 2027-01-12 -> changed.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-12")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 007
@case(7, "quartz-crucibles-iso2022jp-discontinued", "ja-JP",
      "Formal Japanese ISO-2022-JP 'o-uke' reply: one line as ordered, one later (2027年2月3日), the boat discontinued")
def c007():
    s = supplier("TOHOSEKIEI", "Toho Sekiei Co., Ltd.", "eigyo@toho-sekiei.example", "ja-JP")
    po = PO(4500031007, s, "JPY", "2026-11-06", [
        ("QC-50", "Quartz crucible 50 ml, transparent", 24, "EA", "4800", "2027-01-20"),
        ("QC-250", "Quartz crucible 250 ml with lid", 12, "EA", "16500", "2027-01-20"),
        ("QB-100", "Quartz boat 100 mm", 10, "EA", "9200", "2027-01-20"),
    ], buyer="jonas")
    body = ("ブライトウォーター・サプライ社\n購買部 Jonas Keller 様\n\n"
            "いつも大変お世話になっております。\n東邦石英 営業部の佐藤でございます。\n\n"
            "ご注文番号 4500031007 につきまして、下記の通りお請けいたします。\n\n"
            "1. QC-50 石英るつぼ 50ml　24個　単価 4,800円　納期 2027年1月20日\n"
            "2. QC-250 石英るつぼ 250ml（蓋付）　12個　単価 16,500円　納期 2027年2月3日\n"
            "   （原料入荷待ちのため、ご希望納期より遅れますことご了承ください。）\n"
            "3. QB-100 石英ボート 100mm\n"
            "   誠に申し訳ございませんが、本品は製造中止となりましたため、お請けいたしかねます。\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "--------------------------------------------\n東邦石英株式会社　営業部\n佐藤 健一\n"
            "〒990-0031 山形県山形市十日町 2-4-18\nTEL 023-642-1180　FAX 023-642-1189\n"
            "--------------------------------------------\n")
    eml = message(("佐藤 健一", "k-sato@toho-sekiei.example"), ("Jonas Keller", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 10, 17, 31, 540),
                  "<20261110173112.4F2A.K-SATO@toho-sekiei.example>",
                  text(body, charset="iso-2022-jp", cte="7bit"), reply_to_po=po, subject_charset="iso-2022-jp",
                  extra=[("X-Mailer", "Becky! ver. 2.81.05")])
    exp = expected("confirmation", "お請けいたします = we accept the order. Line 1 as ordered. Line 2 delivery 2027-02-03 -> changed. "
                   "Line 3 discontinued, 'お請けいたしかねます' (cannot accept) -> rejected.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-02-03"), 3: REJ})])
    return [po], eml, exp


# ------------------------------------------------------------------ 008
@case(8, "piano-hinges-big5-roc-dates", "zh-TW",
      "Big5 Traditional-Chinese reply with ROC-calendar dates (115/12/18, 116/01/08) and a copper-price increase")
def c008():
    s = supplier("CHUANHSING", "Chuan Hsing Hardware Industrial Co., Ltd.", "sales@chuanhsing.example", "zh-TW")
    po = PO(4500031008, s, "USD", "2026-11-04", [
        ("PH-1830", "Piano hinge 1830 mm, stainless 304", 200, "PC", "6.80", "2026-12-22"),
        ("PH-0900", "Piano hinge 900 mm, brass plated", 300, "PC", "3.10", "2026-12-22"),
    ], buyer="jonas")
    body = ("Jonas 您好：\n\n貴司訂單 4500031008 確認如下：\n\n"
            "項次1  PH-1830  不鏽鋼鋼琴鉸鏈 1830mm  200支  單價 USD 6.80  交期 115/12/18\n"
            "項次2  PH-0900  鍍銅鋼琴鉸鏈 900mm  300支  單價 USD 3.25（因銅價上漲）  交期 116/01/08\n\n"
            "如有任何問題，請隨時與我聯繫。\n謝謝！\n\n"
            "林雅婷 Tina Lin\n全興五金工業股份有限公司 業務部\nTEL: 886-4-2359-1234 ext. 12  FAX: 886-4-2359-5678\n"
            "台中市西屯區工業區一路 58 號\n")
    eml = message(("Tina Lin", "tina@chuanhsing.example"), ("Jonas Keller", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 9, 10, 12, 480),
                  "<002601db3240$7e8f9a10$6baecf30$@chuanhsing.example>",
                  text(body, charset="big5", cte="base64"), reply_to_po=po)
    exp = expected("confirmation", "Dates are Minguo (ROC) calendar: year 115 = 2026, 116 = 2027. Line 1: 200 pcs at 6.80 but "
                   "交期 115/12/18 = 2026-12-18, earlier than requested -> changed. Line 2: price 3.25 (copper) and "
                   "date 2027-01-08 -> changed.",
                   [conf(po, {1: chg(po, 1, date="2026-12-18"), 2: chg(po, 2, unit_price="3.25", date="2027-01-08")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 009
@case(9, "torque-wrenches-koi8r-discontinued", "ru-RU",
      "KOI8-R Russian reply: line 2 discontinued with an alternative offered, certificate quantity cut to match")
def c009():
    s = supplier("INSTRURAL", "OOO Instrument-Ural", "zakaz@instrument-ural.example", "ru-RU")
    po = PO(4500031009, s, "EUR", "2026-11-03", [
        ("TW-2110", "Torque wrench 1/2 in, 40-210 Nm", 30, "EA", "86.50", "2027-01-25"),
        ("TW-0525", "Torque wrench 1/4 in, 5-25 Nm", 20, "EA", "72.00", "2027-01-25"),
        ("TW-CAL", "Calibration certificate per tool", 50, "EA", "12.00", "2027-01-25"),
    ], buyer="jonas")
    body = ("Добрый день, Йонас!\n\nПо Вашему заказу N 4500031009 сообщаем:\n\n"
            "1. Ключ динамометрический 1/2\" 40-210 Нм (TW-2110) - 30 шт., цена 86,50 EUR, поставка 25.01.2027 - "
            "подтверждаем.\n"
            "2. Ключ 1/4\" 5-25 Нм (TW-0525) - снят с производства, поставить не можем. Можем предложить аналог "
            "TW-0630 (6-30 Нм) по цене 79,00 EUR, если интересно - пришлите, пожалуйста, новый заказ.\n"
            "3. Сертификаты калибровки - только на ключи по поз. 1, т.е. 30 шт. по 12,00 EUR, поставка вместе "
            "с ключами 25.01.2027.\n\n"
            "С уважением,\nОльга Смирнова\nменеджер отдела продаж\nООО \"Инструмент-Урал\"\n"
            "ИНН 6671234567 / КПП 667101001\nтел. +7 (343) 310-22-45, доб. 117\n")
    eml = message(("Ольга Смирнова", "o.smirnova@instrument-ural.example"), ("Jonas Keller", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 10, 11, 27, 300),
                  "<1731219420.381245.olga@instrument-ural.example>",
                  text(body, charset="koi8-r", cte="8bit"), reply_to_po=po, subject_charset="koi8-r",
                  extra=[("X-Mailer", "The Bat! (v9.4.2) Professional")])
    exp = expected("confirmation", "Line 1 confirmed as ordered. Line 2 discontinued, the alternative needs a new order -> "
                   "rejected. Line 3 confirmed for 30 certificates (only for line 1 tools) at the same price and date -> "
                   "changed quantity 30.",
                   [conf(po, {1: "acc", 2: REJ, 3: chg(po, 3, quantity=30)})])
    return [po], eml, exp


# ------------------------------------------------------------------ 010
@case(10, "jigsaw-blades-html-only-le-cent", "fr-FR",
      "HTML-only Outlook reply (windows-1252 QP) quoting prices 'HT le cent': 38,50 per 100 is a cut, 55,00 per 100 equals the PO")
def c010():
    s = supplier("LAMESDAU", "Lames Dauphiné SAS", "adv@lames-dauphine.example", "fr-FR")
    po = PO(4500031010, s, "EUR", "2026-11-04", [
        ("JB-T101B", "Jigsaw blade T101B, clean wood", 2000, "PC", "0.42", "2026-12-16"),
        ("JB-T118A", "Jigsaw blade T118A, metal", 1000, "PC", "0.55", "2026-12-16"),
    ])
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
         "<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}</style></head>"
         "<body lang=FR link=\"#0563C1\"><div class=WordSection1>"
         "<p class=MsoNormal>Bonjour Madame Ruiz,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
         "<p class=MsoNormal>Nous accusons bonne réception de votre commande n° 4500031010 et vous la confirmons "
         "comme suit&nbsp;:<o:p></o:p></p><ul>"
         "<li class=MsoNormal>T101B&nbsp;: 2&nbsp;000 pièces, <b>38,50&nbsp;€ HT le cent</b> (tarif 2027 appliqué "
         "par anticipation), livraison le mercredi 16 décembre&nbsp;;</li>"
         "<li class=MsoNormal>T118A&nbsp;: 1&nbsp;000 pièces, 55,00&nbsp;€ HT le cent, livraison le mercredi "
         "16 décembre.</li></ul>"
         "<p class=MsoNormal>Bien cordialement,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
         "<p class=MsoNormal><b>Camille Roux</b><br>Administration des ventes<br>Lames Dauphiné SAS – "
         "ZI des Blanchisseries, 38500 Voiron<br>Tél. +33 (0)4 76 05 12 34 – SIRET 512 345 678 00021"
         "<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
         "<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
         "<p class=MsoNormal><b>De&nbsp;:</b> Dana Ruiz &lt;dana.ruiz@buyer.example&gt; <br><b>Envoyé&nbsp;:</b> "
         "mercredi 4 novembre 2026 09:14<br><b>À&nbsp;:</b> adv@lames-dauphine.example<br><b>Objet&nbsp;:</b> "
         + esc(request_subject(po)) + "<o:p></o:p></p></div>" + request_html_table(po) +
         "</div></body></html>")
    eml = message(("Camille Roux", "c.roux@lames-dauphine.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 6, 15, 48),
                  "<PR1P264MB3921B0C7D8E2F4A6@PR1P264MB3921.FRAP264.PROD.OUTLOOK.COM>",
                  html(h, charset="windows-1252"), reply_to_po=po,
                  extra=[("Thread-Topic", request_subject(po)), ("Content-Language", "fr-FR")])
    exp = expected("confirmation", "Prices are per hundred pieces. T101B: 38,50 per 100 = 0.385 per PC vs PO 0.42 -> changed "
                   "price. T118A: 55,00 per 100 = 0.55 = PO -> accepted. 'mercredi 16 décembre' = 2026-12-16.",
                   [conf(po, {1: chg(po, 1, unit_price="0.385"), 2: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 011
@case(11, "sieve-mesh-question-wire-gauge", "es-MX",
      "Mexican supplier asks which wire gauge before confirming; says 'la 40 la tenemos' but promises the confirmation later")
def c011():
    s = supplier("MALLASBAJ", "Mallas y Tamices del Bajío S.A. de C.V.", "ventas@mallasbajio.example", "es-MX")
    po = PO(4500031011, s, "USD", "2026-11-12", [
        ("SM-40", "Sieve mesh 40 mesh SS304, 1 m x 30 m", 10, "ROL", "310.00", "2027-01-11"),
        ("SM-60", "Sieve mesh 60 mesh SS304, 1 m x 30 m", 6, "ROL", "365.00", "2027-01-11"),
    ])
    body = ("Buenas tardes Dana,\n\nGracias por su orden 4500031011. Antes de confirmarle le pido nos aclare un "
            "detalle: la malla 60 ¿la requiere con calibre de alambre 0.19 mm o 0.17 mm? Manejamos ambas y el "
            "precio cambia.\n\nLa malla 40 sí la tenemos en existencia.\n\n"
            "En cuanto me confirme le envío la confirmación completa con precios y fechas.\n\n"
            "Saludos cordiales,\nLic. Verónica Ramírez\nEjecutiva de Ventas\nTel. (477) 712 4590 ext. 103\n"
            "Cel. 477 118 2034\nBlvd. Hilario Medina 2150, León, Gto.\n\n"
            "El jue, 12 nov 2026 a las 2:14, Dana Ruiz (<dana.ruiz@buyer.example>) escribió:\n\n"
            + gt_quote(request_body(po)) + "\n")
    eml = message(("Verónica Ramírez", "vramirez@mallasbajio.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 12, 16, 5, -360),
                  "<CAB7mQz2kLpR9sNw1x4YvTf0hGeD3cJaUo@mail.gmail.com>", text(body), reply_to_po=po)
    exp = expected("needs_review", "The supplier asks a question (wire gauge) and explicitly sends the full confirmation only "
                   "after the answer; 'la tenemos en existencia' states stock, not a commitment to qty/price/date.")
    return [po], eml, exp


# ------------------------------------------------------------------ 012
@case(12, "kettle-descaler-erp-pdf-positions", "it-IT",
      "Automatic ERP mail with a hand-built PDF 'Conferma d'ordine': positions 10/20/30, a later date and pack rounding to 60")
def c012():
    s = supplier("CHIMBRIANZA", "Chimica Brianza S.r.l.", "ordini@chimicabrianza.example", "it-IT")
    po = PO(4500031012, s, "EUR", "2026-11-09", [
        ("KD-1L", "Kettle descaler, citric, 1 L bottle", 600, "EA", "2.95", "2027-01-14"),
        ("KD-SACH", "Descaler sachets 25 g, box of 4", 400, "BOX", "1.60", "2027-01-14"),
        ("KD-5L", "Descaler concentrate 5 L canister", 50, "EA", "14.80", "2027-01-14"),
    ], buyer="mette")
    pdf = make_pdf([
        "#CHIMICA BRIANZA S.r.l.",
        "Via dell'Industria 14 - 20836 Briosco (MB) - P.IVA IT 01234560965",
        "",
        "#CONFERMA D'ORDINE N. OV/2026/04418   del 11/11/2026",
        "Cliente: Brightwater Supply GmbH - Hafenstrasse 12 - 28217 Bremen (DE)",
        "Vs. ordine: 4500031012 del 09/11/2026        Resa: DAP Bremen      Pagamento: BB 60 gg d.f.",
        "",
        "Pos.  Codice      Descrizione                          U.M.   Q.ta     Prezzo     Importo   Consegna",
        "10    KD-1L       Decalcificante bollitore 1 L          PZ      600     2,9500    1.770,00   14/01/2027",
        "20    KD-SACH     Bustine decalcificanti 25 g (conf.4)  CF      400     1,6000      640,00   21/01/2027",
        "30    KD-5L       Concentrato decalcificante 5 L        PZ       60    14,8000      888,00   14/01/2027",
        "      Nota pos. 30: quantita' arrotondata al multiplo di cartone (12 pz).",
        "",
        "                                                   Totale imponibile EUR     3.298,00",
        "",
        "Le date di consegna si intendono franco destino. Salvo diversa comunicazione entro 48 ore la presente",
        "conferma si intende accettata. Foro competente: Monza.",
    ], producer="Zucchetti Ad Hoc Revolution", title="Conferma ordine OV/2026/04418")
    body = ("Gentile Cliente,\n\nin allegato trasmettiamo la conferma d'ordine n. OV/2026/04418 relativa al Vostro "
            "ordine n. 4500031012.\nVi preghiamo di verificarne il contenuto e di segnalarci eventuali discrepanze "
            "entro 48 ore.\n\nCordiali saluti\nUfficio Commerciale - Chimica Brianza S.r.l.\n"
            "Tel. +39 0362 95 11 20 - Fax +39 0362 95 11 29\n\n"
            "Questo messaggio è stato generato automaticamente, si prega di non rispondere.\n"
            "Le informazioni contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario "
            "(Reg. UE 2016/679).\n")
    root = multipart("mixed", [text(body, charset="iso-8859-15"),
                               attachment(pdf, "application/pdf", "OV_2026_04418.pdf")])
    eml = message(("Chimica Brianza - Conferme d'ordine", "noreply-erp@chimicabrianza.example"),
                  ("Mette Holm", po["buyer"]["email"]),
                  "Conferma d'ordine OV/2026/04418 - Vs. ordine 4500031012", maildate(2026, 11, 11, 6, 2),
                  "<ahr.20261111060201.4418@chimicabrianza.example>", root,
                  extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "AHR Mailer 12.1")])
    exp = expected("confirmation", "ERP order confirmation in the PDF (auto-generated, but it commits). Pos. 10/20/30 = PO "
                   "lines 1/2/3. Pos 10 as ordered; pos 20 delivery 21/01/2027 -> changed date; pos 30 rounded up to "
                   "60 pcs (carton of 12) -> changed quantity.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-21"), 3: chg(po, 3, quantity=60)})])
    return [po], eml, exp


# ------------------------------------------------------------------ 013
@case(13, "orchard-ladders-polish-ooo", "pl-PL",
      "Polish/English out-of-office with dates, a phone number and a colleague to contact; Auto-Submitted set")
def c013():
    s = supplier("DRABNOWAK", "Drabiny Sadownicze Nowak Sp. z o.o.", "biuro@drabiny-nowak.example", "pl-PL")
    po = PO(4500031013, s, "PLN", "2026-11-16", [
        ("OL-10", "Orchard ladder 3-leg, alu, 10 steps", 12, "EA", "489.00", "2027-02-05"),
        ("OL-12", "Orchard ladder 3-leg, alu, 12 steps", 8, "EA", "569.00", "2027-02-05"),
    ], buyer="jonas")
    body = ("Dzień dobry,\n\ndziękuję za wiadomość. Jestem poza biurem od 16.11.2026 do 27.11.2026 z ograniczonym "
            "dostępem do poczty. Wiadomości nie są przekazywane.\nW pilnych sprawach dotyczących zamówień proszę o "
            "kontakt z p. Anną Wiśniewską, tel. +48 61 855 20 14, anna.wisniewska@drabiny-nowak.example.\n\n"
            "Hello,\nI am out of the office until 27 November 2026 with limited access to e-mail. For urgent "
            "matters regarding orders please contact Ms Anna Wiśniewska (details above).\n\n"
            "Pozdrawiam / Best regards\nPiotr Nowak\n")
    eml = message(("Piotr Nowak", "biuro@drabiny-nowak.example"), ("Jonas Keller", po["buyer"]["email"]),
                  "Automatyczna odpowiedź: " + request_subject(po), maildate(2026, 11, 16, 9, 15),
                  "<VI1PR03MB4417C2A8D91E0B7F@VI1PR03MB4417.eurprd03.prod.outlook.com>",
                  text(body, charset="iso-8859-2"), reply_to_po=po,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "biuro@drabiny-nowak.example")])
    exp = expected("auto_reply", "Out-of-office autoreply (Auto-Submitted: auto-replied); the dates are absence dates, "
                   "nothing about the order.")
    return [po], eml, exp


# ------------------------------------------------------------------ 014
@case(14, "ink-rollers-postfix-dsn", "cs-CZ",
      "Postfix multipart/report DSN from our own MTA: 550 5.1.1 user unknown at the Czech supplier")
def c014():
    s = supplier("TISKVALAS", "Tiskařské potřeby Valaš s.r.o.", "objednavky@tiskarna-valas.example", "cs-CZ")
    po = PO(4500031014, s, "CZK", "2026-11-12", [
        ("IR-200", "Ink roller 200 mm, rubber, hard", 20, "EA", "645.00", "2026-12-21"),
        ("IR-100S", "Ink roller 100 mm, soft brayer", 40, "EA", "289.00", "2026-12-21"),
    ], buyer="jonas")
    rcpt = s["email"]
    t1 = ("This is the mail system at host mail.buyer.example.\n\n"
          "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
          "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
          "If you do so, please include this problem report. You can\ndelete your own text from the attached "
          "returned message.\n\n                   The mail system\n\n"
          "<%s>: host mx1.tiskarna-valas.example[185.64.12.7] said:\n    550 5.1.1 <%s>: Recipient address rejected: "
          "User unknown in virtual\n    mailbox table (in reply to RCPT TO command)\n" % (rcpt, rcpt))
    ds = ("Reporting-MTA: dns; mail.buyer.example\nX-Postfix-Queue-ID: 4Nv2Qh1xKzz9sWj\n"
          "X-Postfix-Sender: rfc822; jonas.keller@buyer.example\nArrival-Date: Thu, 12 Nov 2026 09:14:03 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: dns; mx1.tiskarna-valas.example\nDiagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address\n"
          "    rejected: User unknown in virtual mailbox table\n" % (rcpt, rcpt, rcpt))
    oh = ("Return-Path: <jonas.keller@buyer.example>\nReceived: from erp01.buyer.example (erp01.buyer.example [10.2.0.15])\n"
          "\tby mail.buyer.example (Postfix) with ESMTPS id 4Nv2Qh1xKzz9sWj\n\tfor <%s>; Thu, 12 Nov 2026 09:14:03 +0100 (CET)\n"
          "From: Jonas Keller <jonas.keller@buyer.example>\nTo: %s\nSubject: %s\nDate: Thu, 12 Nov 2026 09:14:02 +0100\n"
          "Message-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n" % (
              rcpt, rcpt, request_subject(po), po["request_message_id"]))
    root = multipart("report", [raw_part("text/plain; charset=us-ascii", t1, None,
                                         [("Content-Description", "Notification")]),
                                raw_part("message/delivery-status", ds, None,
                                         [("Content-Description", "Delivery report")]),
                                raw_part("text/rfc822-headers", oh, None,
                                         [("Content-Description", "Undelivered Message Headers")])],
                     boundary="4Nv2Qk0Wc1z9sWm.1763024043/mail.buyer.example", params=" report-type=delivery-status;")
    eml = message("MAILER-DAEMON@mail.buyer.example (Mail Delivery System)", ("", po["buyer"]["email"]),
                  "Undelivered Mail Returned to Sender", maildate(2026, 11, 12, 9, 14, 60, 5),
                  "<20261112081405.4Nv2Qk0Wc1z9sWm@mail.buyer.example>", root,
                  extra=[("^Return-Path", "<>"), ("Auto-Submitted", "auto-replied")])
    exp = expected("bounce", "Postfix DSN: the PO request to the supplier was rejected (550 5.1.1 user unknown). The quoted "
                   "headers carry our PO subject/Message-ID but nothing from the supplier.")
    return [po], eml, exp


# ------------------------------------------------------------------ 015
@case(15, "cheese-moulds-hungarian-dates", "hu-HU",
      "Hungarian ISO-8859-2 QP with year-first dates '2026.12.11.' and '2027. január 12.' and an Adószám in the signature")
def c015():
    s = supplier("SAJTFORMA", "Sajtforma Kft.", "rendeles@sajtforma.example", "hu-HU")
    po = PO(4500031015, s, "EUR", "2026-11-05", [
        ("CM-G2", "Gouda cheese mould 2 kg with follower", 80, "EA", "11.40", "2026-12-11"),
        ("CM-B05", "Basket mould 0.5 kg, ricotta", 500, "EA", "0.92", "2026-12-11"),
    ], buyer="mette")
    body = ("Tisztelt Holm Asszony!\n\nKöszönjük megrendelését (4500031015), az alábbiak szerint visszaigazoljuk:\n\n"
            "1. tétel: 80 db Gouda sajtforma 2 kg préselőfedővel, 11,40 EUR/db, szállítás: 2026.12.11.\n"
            "2. tétel: 500 db kosárforma 0,5 kg, 0,92 EUR/db, szállítás: 2027. január 12. "
            "(a fröccsöntő szerszám karbantartása miatt).\n\n"
            "Üdvözlettel:\nKiss Péter\nértékesítési vezető\nSajtforma Kft. | 6000 Kecskemét, Szent István krt. 24.\n"
            "Tel.: +36 76 505 120 | Mobil: +36 30 912 4477 | Adószám: 12345678-2-03\n")
    eml = message(("Kiss Péter", "kiss.peter@sajtforma.example"), ("Mette Holm", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 9, 13, 56),
                  "<5f0e3a1c-9b2d-4c77-8e11-6a4b2d9c0f31@sajtforma.example>",
                  text(body, charset="iso-8859-2"), reply_to_po=po, subject_charset="iso-8859-2",
                  extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = expected("confirmation", "Hungarian dates are year-first. Line 1 as ordered (2026.12.11.). Line 2: same qty/price, "
                   "delivery 2027-01-12 -> changed.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-12")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 016
@case(16, "drill-chucks-romanian-partial", "ro-RO",
      "Romanian cp1250 (cedilla letters) reply confirms line 1 only; lines 2-3 'revenim mâine'")
def c016():
    s = supplier("MANDRINE", "Mandrine Industriale SRL", "vanzari@mandrine.example", "ro-RO")
    po = PO(4500031016, s, "EUR", "2026-11-10", [
        ("DC-13K", "Keyless drill chuck 1-13 mm, B16", 100, "EA", "9.80", "2026-12-15"),
        ("DC-16K", "Keyed drill chuck 3-16 mm, B18, with key", 60, "EA", "12.40", "2026-12-15"),
        ("DC-KEY", "Spare chuck key S2", 200, "EA", "0.85", "2026-12-15"),
    ], buyer="tomas")
    body = ("Bună ziua,\n\nVă confirmăm poziţia 1 (DC-13K): 100 buc., 9,80 EUR/buc., livrare 15.12.2026.\n\n"
            "Pentru poziţiile 2 şi 3 verificăm stocul cu fabrica şi revenim mâine cu confirmarea.\n\n"
            "Cu stimă,\nIoana Popescu\nDepartament Vânzări\nMandrine Industriale SRL | CUI RO12345678 | "
            "J40/1234/2008\nTel. 021 312 45 67 | Mobil 0722 334 556\n\n"
            + outlook_quote(po, "en", "Tuesday, November 10, 2026 10:14 AM") + "\n")
    eml = message(("Ioana Popescu", "ioana.popescu@mandrine.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 11, 12, 9, 120),
                  "<AS8PR02MB9120D3E4F5A6B7C8@AS8PR02MB9120.eurprd02.prod.outlook.com>",
                  text(body, charset="windows-1250"), reply_to_po=po)
    exp = expected("confirmation", "Line 1 confirmed as ordered; lines 2 and 3 are still being checked ('revenim mâine') -> "
                   "unconfirmed. A partial answer is still a confirmation.",
                   [conf(po, {1: "acc", 2: UNC, 3: UNC})])
    return [po], eml, exp


# ------------------------------------------------------------------ 017
@case(17, "mortar-pans-bulgarian-pack-of-12", "bg-BG",
      "Bulgarian windows-1251 QP reply rounding 50 pans up to 60 (pack of 12), second line as ordered")
def c017():
    s = supplier("STROIPV", "Stroimarket Plovdiv EOOD", "office@stroimarket-pv.example", "bg-BG")
    po = PO(4500031017, s, "EUR", "2026-11-11", [
        ("MP-40", "Mortar pan 40 L, black PE", 50, "EA", "6.90", "2027-01-18"),
        ("MP-65", "Mortar pan 65 L, reinforced", 30, "EA", "9.40", "2027-01-18"),
    ])
    body = ("Здравейте, г-жо Руис,\n\nПотвърждаваме поръчка № 4500031017, както следва:\n\n"
            "Поз. 1 - корито за мазилка 40 л: продава се само в стек по 12 бр., затова ще доставим 60 бр. "
            "по 6,90 EUR/бр., срок 18.01.2027 г.\n"
            "Поз. 2 - корито 65 л, усилено: 30 бр. по 9,40 EUR/бр., срок 18.01.2027 г.\n\n"
            "Поздрави,\nМария Петрова\nСтроймаркет Пловдив ЕООД | ЕИК 115123456\nтел. 032 62 45 80, моб. 0888 123 456\n")
    eml = message(("Мария Петрова", "m.petrova@stroimarket-pv.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 13, 10, 30, 120),
                  "<000301db35b2$8d9e0f10$a8ab1e30$@stroimarket-pv.example>",
                  text(body, charset="windows-1251"), reply_to_po=po, subject_charset="windows-1251")
    exp = expected("confirmation", "Line 1 rounded up from 50 to 60 (stacks of 12) at the same price/date -> changed qty. "
                   "Line 2 as ordered.",
                   [conf(po, {1: chg(po, 1, quantity=60), 2: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 018
@case(18, "anchor-shackles-greek-newsletter", "el-GR",
      "Greek ISO-8859-7 bulk newsletter from the same supplier advertising shackle prices; not an answer")
def c018():
    s = supplier("NAFTPIR", "Naftiliaka Eidi Peiraios A.E.", "sales@naftika-piraeus.example", "el-GR")
    po = PO(4500031018, s, "EUR", "2026-11-13", [
        ("AS-10", "Anchor shackle 10 mm, galv., bow type", 200, "EA", "1.85", "2026-12-18"),
        ("AS-16", "Anchor shackle 16 mm, stainless 316", 60, "EA", "7.20", "2026-12-18"),
    ], buyer="mette")
    t = ("ΝΑΥΤΙΛΙΑΚΑ ΕΙΔΗ ΠΕΙΡΑΙΩΣ Α.Ε. - Ενημερωτικό δελτίο Νοεμβρίου\n\n"
         "Αγαπητοί συνεργάτες,\n\nΟ νέος κατάλογος 2027 είναι διαθέσιμος! Μέχρι 31/12 ισχύουν χειμερινές "
         "προσφορές έως -15%:\n\n"
         "- Κλειδιά αγκύρας (ναυτικά κλειδιά) γαλβανιζέ 10 mm: 1,59 EUR/τεμ. (από 1,85)\n"
         "- Κλειδιά αγκύρας ανοξείδωτα 316, 16 mm: 6,40 EUR/τεμ.\n- Σχοινιά πολυεστερικά 12 mm: 0,95 EUR/μ.\n\n"
         "Παραγγελίες: sales@naftika-piraeus.example | τηλ. 210 411 2233\n\n"
         "Για διαγραφή από τη λίστα: https://naftika-piraeus.example/unsubscribe?u=8812\n")
    h = ("<html><body><h2>Νέος κατάλογος 2027 &amp; χειμερινές προσφορές έως -15%</h2>"
         "<p>Αγαπητοί συνεργάτες,</p><p>Ο νέος κατάλογος 2027 είναι διαθέσιμος! Μέχρι 31/12 ισχύουν "
         "χειμερινές προσφορές:</p><table><tr><td>Κλειδιά αγκύρας γαλβανιζέ 10 mm</td><td>1,59 EUR/τεμ.</td></tr>"
         "<tr><td>Κλειδιά αγκύρας ανοξείδωτα 316, 16 mm</td><td>6,40 EUR/τεμ.</td></tr>"
         "<tr><td>Σχοινιά πολυεστερικά 12 mm</td><td>0,95 EUR/μ.</td></tr></table>"
         "<p style='font-size:9px'><a href='https://naftika-piraeus.example/unsubscribe?u=8812'>Διαγραφή</a></p>"
         "</body></html>")
    root = multipart("alternative", [text(t, charset="iso-8859-7"), html(h, charset="iso-8859-7")])
    eml = message(("Ναυτιλιακά Είδη Πειραιώς", "newsletter@naftika-piraeus.example"), ("", po["buyer"]["email"]),
                  "Νέος κατάλογος 2027 & χειμερινές προσφορές έως -15%", maildate(2026, 11, 17, 8, 0, 120),
                  "<nl-2026-11.8812.20261117080000@news.naftika-piraeus.example>", root,
                  subject_charset="iso-8859-7",
                  extra=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://naftika-piraeus.example/unsubscribe?u=8812>"),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("X-Campaign", "nov26-catalogue")])
    exp = expected("unrelated", "Bulk newsletter (Precedence: bulk, List-Unsubscribe) with promotional shackle prices; it "
                   "does not mention PO 4500031018 and commits to nothing, so the 1,59 price is not a confirmation.")
    return [po], eml, exp
