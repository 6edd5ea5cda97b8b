"""Cases 001-018."""
from .common import (case, sup, L, PO, conf, A, C, R, U, Text, Alt, Multi, Attach, Part, mail, addr, date,
                     buyer_addr, req_subject, request_text, request_html, gt, outlook_quote, pdf)


@case("de-at-axle-stands-kw51", "confirmation", "de-AT",
      "Austrian top-post over an Outlook German quote; only line 2 moves to 'KW 51' (Friday 2026-12-18), signature full of phone/UID/IBAN numbers.")
def c():
    s = sup("BRANDST", "Hebetechnik Brandstätter GmbH", "verkauf@brandstaetter-hebe.example", "de-AT")
    po = PO("4500031871", s, "jonas", "EUR", "2026-11-03", [
        L("AS-3T-PR", "Axle stand 3 t, pair", 24, "PR", "38.90", "2026-12-11"),
        L("AS-6T-PR", "Axle stand 6 t, pair, ratchet", 12, "PR", "74.50", "2026-12-11"),
        L("AS-12T", "Axle stand 12 t, truck, pin type", 6, "EA", "129.00", "2026-12-18")])
    body = ("Sehr geehrter Herr Weber,\n\nbesten Dank für Ihre Bestellung 4500031871, die wir wie folgt bestätigen:\n\n"
            "Pos. 1 und Pos. 3: wie bestellt (Menge, Preis und Termin).\n"
            "Pos. 2 (AS-6T-PR): leider ist unser Lager in Wels derzeit leer, Liefertermin daher KW 51. "
            "Menge und Preis bleiben unverändert.\n\n"
            "Mit freundlichen Grüßen\n\nIng. Katharina Pölzl\nInnendienst / Auftragsabwicklung\n\n"
            "Hebetechnik Brandstätter GmbH\nIndustriestraße 22, 4600 Wels, Österreich\n"
            "Tel.: +43 7242 55 310-24 | Fax: +43 7242 55 310-19 | Mobil: +43 664 123 45 67\n"
            "FN 287311 k, Landesgericht Wels | UID: ATU 61234567\n"
            "IBAN: AT61 2032 0321 0012 3456 | BIC: ASPKAT2LXXX\n"
            + outlook_quote(po, "Dienstag, 3. November 2026 10:15", "de"))
    eml = mail(addr("Katharina Pölzl", s["email"], "iso-8859-1"), buyer_addr(po), "AW: " + req_subject(po),
               date(2026, 11, 9, 14, 22, 60), "<AM9PR03MB6212A1B2C3D4E5F6@AM9PR03MB6212.eurprd03.prod.outlook.example>",
               Text(body, charset="iso-8859-1"), po=po,
               extra=[("Thread-Topic", req_subject(po)), ("Content-Language", "de-AT")])
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(date="2026-12-18"), 3: A()})],
                notes="Lines 1 and 3 confirmed as ordered. Line 2 keeps quantity and price, delivery 'KW 51' = Friday of ISO week 51 = 2026-12-18. The signature's many numbers (phone, FN, UID, IBAN) are not order data.")


@case("pt-br-ball-valves-box12-reajuste", "confirmation", "pt-BR",
      "Brazilian Gmail reply: line 1 rounded up to boxes of 12 (100 -> 108), line 2 new price R$ 197,40 with decimal comma.")
def c():
    s = sup("VALPAUL", "Válvulas Paulista Ind. e Com. Ltda", "vendas@valvulaspaulista.example", "pt-BR")
    po = PO("4500031902", s, "priya", "BRL", "2026-11-04", [
        L("BV-050-BR", "Ball valve 1/2\" brass, full bore", 100, "EA", "46.50", "2026-12-14"),
        L("BV-100-SS", "Ball valve 1\" stainless 316, PN40", 40, "EA", "189.00", "2026-12-14")])
    txt = ("Boa tarde Priya,\n\nsegue a confirmação do pedido 4500031902:\n\n"
           "Item 1 - BV-050-BR: vendemos somente em caixas fechadas de 12 unidades, então serão 108 pçs (9 cx) "
           "a R$ 46,50 cada, entrega 14/12.\n"
           "Item 2 - BV-100-SS: 40 pçs, o preço atualizado é R$ 197,40/un (reajuste da tabela de novembro), entrega 14/12 ok.\n\n"
           "Qualquer dúvida estou à disposição.\n\nAtt,\nRafael Monteiro\nVálvulas Paulista | Comercial\n"
           "(11) 4002-8922 | WhatsApp (11) 98765-4321\n\n"
           f"Em qua., 4 de nov. de 2026 às 09:31, Priya Nair <{po['buyer']['email']}> escreveu:\n\n" + gt(request_text(po)))
    html = ("<div dir=\"ltr\">Boa tarde Priya,<div><br></div><div>segue a confirmação do pedido 4500031902:</div><div><br></div>"
            "<div>Item 1 - BV-050-BR: vendemos somente em caixas fechadas de 12 unidades, então serão 108 pçs (9 cx) a R$ 46,50 cada, entrega 14/12.</div>"
            "<div>Item 2 - BV-100-SS: 40 pçs, o preço atualizado é R$ 197,40/un (reajuste da tabela de novembro), entrega 14/12 ok.</div>"
            "<div><br></div><div>Qualquer dúvida estou à disposição.</div><div><br></div><div>Att,<br>Rafael Monteiro<br>Válvulas Paulista | Comercial<br>"
            "(11) 4002-8922 | WhatsApp (11) 98765-4321</div></div><br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">"
            f"Em qua., 4 de nov. de 2026 às 09:31, Priya Nair &lt;{po['buyer']['email']}&gt; escreveu:<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
            + request_html(po) + "</blockquote></div>")
    eml = mail(addr("Rafael Monteiro", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 5, 15, 47, -180), "<CAKx9pQ3mV7c0bR2=Hf8sT1uYx4W@mail.gmail.example>",
               Alt(txt, html, style="gmail"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(qty=108), 2: C(price="197.40")})],
                notes="Line 1: box rounding 100 -> 108 pcs at the PO price, date 14/12 (no year -> 2026-12-14). Line 2: quantity and date kept, price R$ 197,40 (decimal comma) instead of 189.00.")


@case("th-th-copper-pipe-buddhist-era", "confirmation", "th-TH",
      "Thai TIS-620/base64 reply with Buddhist-era dates (15/12/2569 = 2026-12-15, 8/1/2570 = 2027-01-08).")
def c():
    s = sup("SIAMCU", "Siam Copper Co., Ltd.", "sales@siamcopper.example", "th-TH")
    po = PO("4500031935", s, "marta", "THB", "2026-11-05", [
        L("CU-15-R250", "Copper pipe 15 x 1.0 mm, R250 half hard", 300, "M", "128.00", "2026-12-15"),
        L("CU-22-R250", "Copper pipe 22 x 1.0 mm, R250 half hard", 150, "M", "196.00", "2026-12-15")])
    body = ("เรียน คุณมาร์ตา\n\nบริษัท สยามคอปเปอร์ จำกัด ขอยืนยันใบสั่งซื้อเลขที่ 4500031935 ดังนี้\n\n"
            "รายการที่ 1  ท่อทองแดง 15 มม. (CU-15-R250) จำนวน 300 เมตร ราคา 128.00 บาท/เมตร ส่งมอบวันที่ 15/12/2569\n"
            "รายการที่ 2  ท่อทองแดง 22 มม. (CU-22-R250) จำนวน 150 เมตร ราคา 196.00 บาท/เมตร "
            "ส่งมอบวันที่ 8/1/2570 เนื่องจากสินค้าขาดสต็อก\n\n"
            "ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%\n\nขอแสดงความนับถือ\nสมชาย วงศ์ทอง\nฝ่ายขาย โทร. 02-123-4567 ต่อ 112\n\n"
            "-----Original Message-----\n" + request_text(po))
    eml = mail(addr("สมชาย วงศ์ทอง", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 10, 11, 5, 420), "<20261110040512.5521@siamcopper.example>",
               Text(body, charset="tis-620", cte="base64"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(date="2027-01-08")})],
                notes="Dates are in the Thai Buddhist era (BE = CE + 543): 15/12/2569 = 2026-12-15 (as requested), 8/1/2570 = 2027-01-08 (day-first). Prices per metre unchanged; VAT remark is not a price change.")


@case("sw-ke-tarpaulins-phone-oneliner", "confirmation", "sw-KE",
      "Swahili one-liner from a phone confirming the whole order as ordered, over a '>' quote.")
def c():
    s = sup("PWANI", "Pwani Canvas & Tarpaulin Ltd", "mauzo@pwanicanvas.example", "sw-KE")
    po = PO("4500031950", s, "tom", "KES", "2026-11-05", [
        L("TP-4X6-HD", "Tarpaulin 4 x 6 m, 200 g/m2, blue/silver", 80, "EA", "2450.00", "2026-12-04"),
        L("TP-8X10-HD", "Tarpaulin 8 x 10 m, 250 g/m2, green", 30, "EA", "7900.00", "2026-12-04")])
    body = ("Habari Tom, oda 4500031950 imethibitishwa yote - idadi, bei na tarehe kama mlivyoagiza. Asante sana.\n\n"
            "Imetumwa kutoka Samsung Galaxy yangu\n\n"
            f"-------- Ujumbe asilia --------\nKutoka: Tom Hale <{po['buyer']['email']}>\nTarehe: 05/11/2026 16:40\n"
            f"Kwa: {s['email']}\nMada: {req_subject(po)}\n\n" + gt(request_text(po)))
    eml = mail(addr("Amina Mwakilema", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 6, 8, 12, 180), "<h7xk2m-9q1p4z-a8c3@email.android.example>",
               Text(body, cte="8bit"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: A()})],
                notes="'imethibitishwa yote ... kama mlivyoagiza' = the whole order confirmed as ordered (quantity, price, date): both lines accepted.")


@case("hi-in-drywall-screws-per-1000", "confirmation", "hi-IN",
      "Hindi reply quoting prices per 1000 pcs and Indian digit grouping (1,20,000); line 1 rate rises to 0.90/pc, line 2 equals PO.")
def c():
    s = sup("SHREEF", "Shree Fasteners Pvt. Ltd.", "sales@shreefasteners.example", "hi-IN")
    po = PO("4500031977", s, "priya", "INR", "2026-11-06", [
        L("DS-35-FT", "Drywall screw 3.5 x 35 mm, fine thread, phosphated", 120000, "PC", "0.85", "2026-12-10"),
        L("DS-45-CT", "Drywall screw 3.9 x 45 mm, coarse thread", 60000, "PC", "1.10", "2026-12-10")])
    txt = ("नमस्ते प्रिया जी,\n\nआपके PO 4500031977 की पुष्टि इस प्रकार है:\n\n"
           "आइटम 1 (DS-35-FT) – 1,20,000 पीस, दर ₹900 प्रति 1000 पीस (कच्चे माल की कीमत बढ़ने के कारण), डिलीवरी 10/12/2026\n"
           "आइटम 2 (DS-45-CT) – 60,000 पीस, दर ₹1,100 प्रति 1000 पीस, डिलीवरी 10/12/2026\n\n"
           "GST 18% अतिरिक्त।\n\nधन्यवाद,\nराजेश अग्रवाल\nश्री फास्टनर्स प्रा. लि., लुधियाना\nमो. 98140 55678\n")
    html = "<html><body><div style=\"font-family:Mangal\">" + txt.replace("\n", "<br>\n") + "</div></body></html>"
    eml = mail(addr("राजेश अग्रवाल", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 9, 10, 40, 330), "<00b201dd51a3$4c2e1f90$e48a5eb0$@shreefasteners.example>",
               Alt(txt, html, cte="base64", style="outlook"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(price="0.90"), 2: A()})],
                notes="Prices are per 1000 pcs while the PO is per piece: ₹900/1000 = 0.90 (PO 0.85 -> changed), ₹1,100/1000 = 1.10 (= PO -> accepted). 1,20,000 is Indian grouping for 120000.")


@case("is-is-earmuffs-discontinued", "confirmation", "is-IS",
      "Icelandic ISO-8859-1 reply: two lines confirmed with 4.990 kr. style thousands dots, third line discontinued (rejected).")
def c():
    s = sup("ORYGGI", "Öryggisvörur ehf.", "sala@oryggisvorur.example", "is-IS")
    po = PO("4500031990", s, "marta", "ISK", "2026-11-06", [
        L("EM-SNR30", "Earmuff SNR 30 dB, headband", 60, "EA", "4990.00", "2026-12-18"),
        L("EM-SNR35-HM", "Earmuff SNR 35 dB, helmet mount", 40, "EA", "6450.00", "2026-12-18"),
        L("EM-BT-27", "Earmuff SNR 27 dB with Bluetooth radio", 10, "EA", "18900.00", "2026-12-18")])
    body = ("Sæl Marta,\n\nvið staðfestum pöntun 4500031990 sem hér segir:\n\n"
            "Lína 1 (EM-SNR30): 60 stk. á 4.990 kr., afhending 18. desember.\n"
            "Lína 2 (EM-SNR35-HM): 40 stk. á 6.450 kr., afhending 18. desember.\n"
            "Lína 3 (EM-BT-27): því miður er framleiðslu á þessari vöru hætt og við getum ekki afgreitt hana.\n\n"
            "Kær kveðja,\nGuðrún Þórðardóttir\nÖryggisvörur ehf. | Sími 555 1234 | kt. 520312-0450\n\n"
            f"Þann fös. 6. nóv. 2026 kl. 10:02 skrifaði Marta Lindqvist <{po['buyer']['email']}>:\n" + gt(request_text(po)))
    eml = mail(addr("Guðrún Þórðardóttir", s["email"], "iso-8859-1"), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 11, 9, 30, 0), "<5f3a1c2e-7b0d-4e61-9a55-d2c81f0e7731@oryggisvorur.example>",
               Text(body, charset="iso-8859-1"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: A(), 3: R()})],
                notes="Lines 1-2 as ordered ('4.990 kr.' uses a dot as thousands separator = 4990; '18. desember' without year = 2026-12-18). Line 3: production discontinued, cannot be supplied -> rejected.")


@case("en-us-filter-cartridges-question", "needs_review", "en-US",
      "US distributor asks which cartridge variant the item code means before confirming anything.")
def c():
    s = sup("GLSAFE", "Great Lakes Safety Supply Inc.", "orders@glsafety.example", "en-US")
    po = PO("4500032004", s, "tom", "USD", "2026-11-09", [
        L("FC-OV-60", "Organic vapor cartridge, bayonet, pair", 200, "PR", "14.20", "2027-01-08"),
        L("FC-P100-2", "P100 particulate filter, pair", 150, "PR", "9.80", "2027-01-08")])
    body = ("Hi Tom,\n\nQuick question before I enter this one: your item FC-OV-60 is cross-referenced in our system to both "
            "the bayonet style (6001 type) and the threaded North N75001 cartridge. Which one do you need? "
            "The price is the same for both, but lead times are different.\n\n"
            "Once I hear back I'll send the confirmation for the whole PO over.\n\nThanks!\nKelly Brandt\n"
            "Inside Sales | Great Lakes Safety Supply Inc.\nP 616-555-0142 | F 616-555-0199\n1180 Monroe Ave NW, Grand Rapids, MI 49505\n"
            + outlook_quote(po, "Monday, November 9, 2026 9:14 AM", "en"))
    eml = mail(addr("Kelly Brandt", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 10, 13, 14, -300), "<BN8PR12MB3315F0E29C4D7A1B@BN8PR12MB3315.namprd12.prod.outlook.example>",
               Text(body, cte="7bit"), po=po)
    return dict(pos=[po], eml=eml, confs=None,
                notes="A question about the item variant; the confirmation is promised only after the answer. Nothing is committed -> needs_review.")


@case("fr-fr-grout-floats-inline-caps", "confirmation", "fr-FR",
      "French Apple Mail reply answering inline in CAPITALS under each quoted line: OK / 'semaine 2' / new price 12,35 € HT.")
def c():
    s = sup("DUBREUIL", "Outillage Carrelage Dubreuil SAS", "adv@dubreuil-outillage.example", "fr-FR")
    po = PO("4500032019", s, "jonas", "EUR", "2026-11-09", [
        L("GF-280-EPDM", "Grout float 280 x 100 mm, EPDM rubber", 50, "PC", "7.40", "2026-12-11"),
        L("GF-240-SPG", "Grout float 240 x 95 mm, sponge rubber", 30, "PC", "6.20", "2026-12-11"),
        L("GF-300-EP", "Epoxy grout float 300 x 100 mm", 20, "PC", "11.90", "2026-12-11")])
    rq = request_text(po).split("\n")
    out = []
    for l in rq:
        out.append("> " + l if l else ">")
        if l.startswith("1 "):
            out.append("\nOK\n")
        elif l.startswith("2 "):
            out.append("\nOK MAIS LIVRAISON SEMAINE 2 (RUPTURE CHEZ NOTRE FOURNISSEUR)\n")
        elif l.startswith("3 "):
            out.append("\nQUANTITE ET DELAI OK, PRIX 12,35 € HT - NOUVEAU TARIF AU 01/11\n")
    body = ("Bonjour Monsieur Weber,\n\nVoir mes réponses dans le texte ci-dessous (en majuscules).\n\n"
            "Bien cordialement,\nSandrine Morel\nADV - Outillage Carrelage Dubreuil\nTél. 04 72 55 18 90\n\n"
            f"> Le 9 nov. 2026 à 16:20, Jonas Weber <{po['buyer']['email']}> a écrit :\n>\n" + "\n".join(out) + "\n")
    eml = mail(addr("Sandrine Morel", s["email"], "iso-8859-15"), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 12, 9, 5, 60), "<8E3B1F2A-44C0-4B7E-9D21-0C6A5F1E2B3D@dubreuil-outillage.example>",
               Text(body, charset="iso-8859-15"), po=po, extra=[("X-Mailer", "Apple Mail (2.3826.400.131)")])
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(date="2027-01-15"), 3: C(price="12.35")})],
                notes="Answers are written inline under the quoted lines. Line 1 OK. Line 2 'semaine 2' (no day, next occurrence after Nov 2026) = Friday of ISO week 2 of 2027 = 2027-01-15. Line 3 price 12,35 € instead of 11.90, quantity and date OK.")


@case("ja-jp-heat-guns-shiftjis", "confirmation", "ja-JP",
      "Japanese Shift_JIS/base64 keigo reply; line 2 date given as 12月22日(火) without year.")
def c():
    s = sup("YAMATO", "Yamato Tool Co., Ltd.", "eigyo@yamato-tool.example", "ja-JP")
    po = PO("4500032033", s, "marta", "JPY", "2026-11-10", [
        L("HG-2000-JP", "Heat gun 2000 W, 2 stages, 100 V", 30, "EA", "6800.00", "2026-12-18"),
        L("HG-NZ-SET", "Heat gun nozzle set, 4 pcs", 30, "SET", "1450.00", "2026-12-18")])
    body = ("Kestrel Trade Supply\nリンドクヴィスト様\n\nいつも大変お世話になっております。\n大和ツール営業部の佐藤でございます。\n\n"
            "ご注文番号4500032033につきまして、下記の通りお受けいたします。\n\n"
            "1. ヒートガン HG-2000-JP　30台　単価6,800円　納期：2026年12月18日\n"
            "2. ノズルセット HG-NZ-SET　30セット　単価1,450円　納期：12月22日(火)\n"
            "　※2.はメーカー欠品のため、ご希望納期より遅れますことをご了承ください。\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "━━━━━━━━━━━━━━━━━━\n株式会社大和ツール 営業部\n佐藤 健一\nTEL 06-6123-4567 / FAX 06-6123-4568\n"
            "━━━━━━━━━━━━━━━━━━\n\n" + gt(request_text(po)))
    eml = mail(addr("佐藤 健一", s["email"], "shift_jis"), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 12, 17, 40, 540), "<20261112174012.A1B2C3@yamato-tool.example>",
               Text(body, charset="shift_jis", cte="base64"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(date="2026-12-22")})],
                notes="Line 1 as ordered (単価6,800円, 2026年12月18日). Line 2: 30 sets at 1,450 yen but 納期 12月22日(火) without year -> 2026-12-22 (a Tuesday), later than requested.")


@case("zh-tw-impact-drivers-roc-year", "confirmation", "zh-TW",
      "Traditional Chinese Big5 reply with ROC-era dates (115/12/21 = 2026-12-21, 116/01/11 = 2027-01-11).")
def c():
    s = sup("FORMOSA", "Formosa Precision Power Tools Co., Ltd.", "sales@formosa-ppt.example", "zh-TW")
    po = PO("4500032048", s, "tom", "TWD", "2026-11-10", [
        L("ID-18V-BL", "Impact driver 18 V brushless, bare tool", 50, "EA", "3250.00", "2026-12-21"),
        L("ID-18V-KIT", "Impact driver 18 V kit, 2 x 4.0 Ah, case", 20, "SET", "6980.00", "2026-12-21")])
    body = ("Tom 您好：\n\n貴公司訂單 4500032048 確認如下：\n\n"
            "第1項 ID-18V-BL 50台，單價 NT$3,250，交期 115/12/21。\n"
            "第2項 ID-18V-KIT 20組，單價 NT$6,980，因電池缺貨，交期延至 116/01/11。\n\n"
            "如有任何問題，請隨時與我聯絡。\n\n林雅婷 Tina Lin\n業務部\n電話：(04) 2358-1234 分機 305\n\n"
            f"Tom Hale <{po['buyer']['email']}> 於 2026年11月10日 寫道：\n" + gt(request_text(po)))
    eml = mail(addr("林雅婷", s["email"], "big5"), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 13, 10, 20, 480), "<tina.lin.20261113102033@formosa-ppt.example>",
               Text(body, charset="big5", cte="base64"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(date="2027-01-11")})],
                notes="Dates use the Minguo (ROC) calendar: year 115 = 2026, 116 = 2027. Line 1 as ordered; line 2 same quantity and price, delivery postponed to 116/01/11 = 2027-01-11.")


@case("ru-ru-jigsaws-koi8-split", "confirmation", "ru-RU",
      "Russian KOI8-R 8bit reply; line 1 split into two shipments (30 on 04.12.2026, 20 on 15.01.2027) with '12 450,00 руб.' prices.")
def c():
    s = sup("TEHINS", "OOO TechInstrument", "zakaz@tehinstrument.example", "ru-RU")
    po = PO("4500032061", s, "jonas", "RUB", "2026-11-10", [
        L("JS-750-PEN", "Jigsaw 750 W, pendulum action, case", 50, "EA", "12450.00", "2027-01-15"),
        L("JS-BL-T101", "Jigsaw blade T101B, pack of 5", 200, "SET", "385.00", "2027-01-15")])
    body = ("Добрый день, Йонас!\n\nПо заказу 4500032061 подтверждаем:\n\n"
            "поз. 1 - лобзик 750 Вт (JS-750-PEN): 50 шт. по 12 450,00 руб. Отгрузка двумя партиями: "
            "30 шт. - 04.12.2026, остальные 20 шт. - 15.01.2027.\n"
            "поз. 2 - пилки T101B (JS-BL-T101): 200 уп. по 385,00 руб., поставка 15.01.2027.\n\n"
            "Цены указаны без НДС.\n\nС уважением,\nЕлена Смирнова\nменеджер отдела продаж\n"
            "ООО \"ТехИнструмент\"\nтел. +7 (495) 123-45-67, доб. 214\n\n"
            f"10.11.2026, 15:22, Jonas Weber <{po['buyer']['email']}>:\n" + gt(request_text(po)))
    eml = mail(addr("Елена Смирнова", s["email"], "koi8-r"), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 16, 11, 3, 180), "<1731751380.482113@tehinstrument.example>",
               Text(body, charset="koi8-r", cte="8bit"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {
        1: C(sched=[(30, "2026-12-04"), (20, "2027-01-15")]), 2: A()})],
        notes="Line 1: full 50 pcs at the PO price, but split into two shipments (30 on 2026-12-04, 20 on 2027-01-15); last delivery equals the requested date, so the change is the schedule. Line 2 as ordered. '12 450,00' uses space thousands and decimal comma.")


@case("en-gb-kneeling-mats-ooo", "auto_reply", "en-GB",
      "British out-of-office with return date, a colleague's phone number and an order e-mail address.")
def c():
    s = sup("HARTLEY", "Hartley Garden & Trade Ltd", "sales@hartleytrade.example", "en-GB")
    po = PO("4500032075", s, "marta", "GBP", "2026-11-11", [
        L("KM-GEL-45", "Kneeling mat 450 x 250 mm, gel foam", 120, "EA", "6.85", "2026-12-11")])
    body = ("Thank you for your email.\n\nI am out of the office until Monday 23 November 2026 with limited access to email. "
            "For urgent orders please contact Gareth Price on 01632 960418 or orders@hartleytrade.example, "
            "quoting your order number.\n\nKind regards,\nSophie Ellis\nHartley Garden & Trade Ltd\n")
    eml = mail(addr("Sophie Ellis", s["email"]), buyer_addr(po), "Automatic reply: " + req_subject(po),
               date(2026, 11, 11, 15, 2, 0), "<LO2P265MB5571E4D1A0B9C8F7@LO2P265MB5571.GBRP265.PROD.OUTLOOK.example>",
               Text(body, cte="7bit"), po=po,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("X-MS-Exchange-Inbox-Rules-Loop", s["email"])])
    return dict(pos=[po], eml=eml, confs=None,
                notes="Out-of-office auto reply (Auto-Submitted header, 'out of the office until'); the dates and phone numbers are about the absence, not the order.")


@case("de-de-loppers-erp-pdf-ab", "confirmation", "de-DE",
      "German ERP no-reply mail with a hand-built PDF Auftragsbestätigung; ERP positions 10/20/30, VPE rounding, 'KW 02/2027', one price change.")
def c():
    s = sup("ROTHMANN", "Gartenwerkzeuge Rothmann GmbH & Co. KG", "auftrag@rothmann-gw.example", "de-DE")
    po = PO("4500032090", s, "jonas", "EUR", "2026-11-11", [
        L("LP-BY-700", "Bypass lopper 700 mm, aluminium handles", 100, "EA", "21.60", "2027-01-08"),
        L("LP-AN-800", "Anvil lopper 800 mm, ratchet", 40, "EA", "28.90", "2027-01-08"),
        L("LP-TEL-1000", "Telescopic lopper 690-1000 mm", 25, "EA", "34.50", "2027-01-15")])
    doc = pdf([
        "#Gartenwerkzeuge Rothmann GmbH & Co. KG",
        "Klingenstraße 41 - 42651 Solingen - Tel. 0212 2345-0",
        "",
        "#Auftragsbestätigung Nr. AB-26-118842",
        "Kunde: Kestrel Trade Supply, Hamburg        Kunden-Nr. 40718",
        "Ihre Bestellung: 4500032090 vom 11.11.2026   Ihr Zeichen: Herr Weber",
        "Datum: 13.11.2026",
        "",
        "Pos   Artikel        Bezeichnung                      Menge    ME    Preis/ME    Liefertermin",
        "10    LP-BY-700      Bypass-Astschere 700 mm          120      Stk   21,60       KW 02/2027",
        "      Hinweis: Menge auf volle VPE (24 Stk) aufgerundet",
        "20    LP-AN-800      Amboss-Astschere 800 mm          40       Stk   28,90       08.01.2027",
        "30    LP-TEL-1000    Teleskop-Astschere 690-1000 mm   25       Stk   35,80       15.01.2027",
        "",
        "Nettowarenwert: 4.643,00 EUR     zzgl. 19 % MwSt.",
        "Lieferbedingung: frei Haus ab 500 EUR netto   Zahlung: 30 Tage netto",
        "Es gelten unsere Allgemeinen Verkaufsbedingungen.",
    ], title="Auftragsbestätigung AB-26-118842")
    body = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung AB-26-118842 "
            "zu Ihrer Bestellung 4500032090.\n\nBitte prüfen Sie die Angaben.\n\n"
            "Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht an diese Adresse, "
            "sondern an auftrag@rothmann-gw.example.\n\n--\nGartenwerkzeuge Rothmann GmbH & Co. KG, Sitz Solingen, "
            "Amtsgericht Wuppertal HRA 23456\nphG: Rothmann Verwaltungs-GmbH, Amtsgericht Wuppertal HRB 34567\n"
            "Geschäftsführer: Dr. Henrik Rothmann, Ute Sauer | USt-IdNr. DE 123 456 789\n")
    eml = mail(addr("Rothmann Auftragsbearbeitung", "noreply-erp@rothmann-gw.example"), buyer_addr(po),
               "Auftragsbestätigung AB-26-118842 zu Ihrer Bestellung 4500032090",
               date(2026, 11, 13, 6, 15, 60), "<AB-26-118842.20261113061502@erp.rothmann-gw.example>",
               Multi("mixed", [Text(body, charset="iso-8859-1"),
                               Attach(doc, "application/pdf", "AB-26-118842.pdf")]),
               extra=[("X-Mailer", "proALPHA Mailservice")])
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(qty=120, date="2027-01-15"), 2: A(), 3: C(price="35.80")})],
                notes="ERP-generated order confirmation (PDF) -> confirmation, not auto_reply. Positions 10/20/30 map to PO lines 1/2/3 by item. Line 1: 120 pcs (rounded to VPE 24) and 'KW 02/2027' = Friday 2027-01-15. Line 2 as ordered. Line 3 price 35,80 instead of 34.50. New thread, no In-Reply-To.")


@case("en-in-multimeters-two-pos", "confirmation", "en-IN",
      "Indian English reply confirming two POs in one mail; one line moves to 04/01/2027 (day-first = 4 Jan), 'GST extra' is not a price change.")
def c():
    s = sup("DECCAN", "Deccan Instruments Pvt Ltd", "sales@deccaninstruments.example", "en-IN")
    p1 = PO("4500032104", s, "priya", "INR", "2026-11-12", [
        L("MM-TRMS-600", "Digital multimeter True RMS, CAT III 600 V", 40, "EA", "3450.00", "2026-12-16"),
        L("MM-CLAMP-400", "Clamp meter 400 A AC/DC", 20, "EA", "4890.00", "2026-12-16")])
    p2 = PO("4500032105", s, "priya", "INR", "2026-11-12", [
        L("MM-LEAD-SET", "Test lead set, silicone, 4 mm", 100, "SET", "420.00", "2026-12-16")])
    body = ("Dear Priya Ma'am,\n\nGreetings from Deccan Instruments!\n\nPlease find below confirmation for both your POs:\n\n"
            "PO 4500032104\n1) MM-TRMS-600 - 40 nos @ Rs. 3,450.00 - delivery 16/12/2026\n"
            "2) MM-CLAMP-400 - 20 nos @ Rs. 4,890.00 - delivery 04/01/2027 (fresh stock arriving from OEM)\n\n"
            "PO 4500032105\n1) MM-LEAD-SET - 100 sets @ Rs. 420.00 - delivery 16/12/2026\n\n"
            "GST 18% extra as applicable. Freight to pay.\n\nKindly do the needful and revert in case of any query.\n\n"
            "Thanks & Regards,\nSuresh Kulkarni\nSr. Executive - Sales\nDeccan Instruments Pvt Ltd\n"
            "Plot 42, Peenya Industrial Area, Bengaluru 560058\nMob: +91 98450 12345 | GSTIN: 29AABCD1234E1Z5\n\n"
            + outlook_quote(p1, "12 November 2026 11:05", "en"))
    eml = mail(addr("Suresh Kulkarni", s["email"]), buyer_addr(p1), "RE: " + req_subject(p1),
               date(2026, 11, 13, 12, 30, 330), "<PN3PR01MB7841C0D3E2F1A4B5@PN3PR01MB7841.INDPRD01.PROD.OUTLOOK.example>",
               Text(body, cte="7bit"), po=p1)
    return dict(pos=[p1, p2], eml=eml, confs=[conf(p1, {1: A(), 2: C(date="2027-01-04")}), conf(p2, {1: A()})],
                notes="One mail answers both POs (threaded on the first). en-IN dates are day-first: 04/01/2027 = 2027-01-04 for 4500032104 line 2. Everything else as ordered; 'GST 18% extra' and 'freight to pay' do not change the net unit prices.")


@case("es-mx-nut-drivers-postfix-dsn", "bounce", "es-MX",
      "Postfix multipart/report DSN: the request to the Mexican supplier bounced with 5.1.1 user unknown.")
def c():
    s = sup("HBAJIO", "Herramientas del Bajío S.A. de C.V.", "ventas@herrabajio.example", "es-MX")
    po = PO("4500032118", s, "tom", "MXN", "2026-11-12", [
        L("ND-SET-7", "Nut driver set 7 pcs, 5-13 mm", 40, "SET", "389.00", "2026-12-18"),
        L("ND-10-MAG", "Nut driver 10 mm, magnetic", 100, "EA", "64.50", "2026-12-18")])
    expl = ("This is the mail system at host mx1.kestrel-supply.example.\n\nI'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
            "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
            "                   The mail system\n\n<ventas@herrabajio.example>: host mx.herrabajio.example[203.0.113.45] said: 550\n"
            "    5.1.1 <ventas@herrabajio.example>: Recipient address rejected: User unknown\n    in virtual mailbox table (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; mx1.kestrel-supply.example\nX-Postfix-Queue-ID: 4N7xQ21kVmz9sWk\n"
          "X-Postfix-Sender: rfc822; tom.hale@kestrel-supply.example\nArrival-Date: Thu, 12 Nov 2026 16:01:10 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; ventas@herrabajio.example\nOriginal-Recipient: rfc822;ventas@herrabajio.example\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.herrabajio.example\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <ventas@herrabajio.example>: Recipient address\n    rejected: User unknown in virtual mailbox table\n")
    hdrs = (f"From: Tom Hale <tom.hale@kestrel-supply.example>\nTo: {s['email']}\nSubject: {req_subject(po)}\n"
            f"Date: Thu, 12 Nov 2026 16:01:09 +0100\nMessage-ID: {po['request_message_id']}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\n")
    body = Multi("report", [
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], expl.encode()),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], ds.encode()),
        Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")], hdrs.encode()),
    ], params="; report-type=delivery-status")
    eml = mail("MAILER-DAEMON@mx1.kestrel-supply.example (Mail Delivery System)", "tom.hale@kestrel-supply.example",
               "Undelivered Mail Returned to Sender", date(2026, 11, 12, 16, 1, 60, 12),
               "<20261112150112.7A1B2C0D3E@mx1.kestrel-supply.example>", body, refs=[],
               extra=[("Auto-Submitted", "auto-replied")])
    return dict(pos=[po], eml=eml, confs=None,
                notes="Postfix delivery status notification (Action: failed, Status 5.1.1) for the PO request; no supplier answer.")


@case("it-it-pry-bars-steel-surcharge-4pct", "confirmation", "it-IT",
      "Italian confirmation with date as ordered but a blanket +4% steel surcharge that applies to both lines.")
def c():
    s = sup("FERRI", "Utensileria Ferri S.r.l.", "ordini@utensileriaferri.example", "it-IT")
    po = PO("4500032133", s, "jonas", "EUR", "2026-11-12", [
        L("PB-450", "Pry bar 450 mm, flat, forged steel", 60, "EA", "18.50", "2026-12-11"),
        L("PB-SET-4", "Pry bar set 4 pcs, 200-600 mm", 25, "SET", "42.00", "2026-12-11")])
    body = ("Buongiorno Sig. Weber,\n\nconfermiamo il Vostro ordine 4500032133 per le quantità richieste, con consegna prevista "
            "per venerdì 11 dicembre.\n\nLe segnaliamo tuttavia che, a seguito dell'aumento del costo dell'acciaio, a tutti gli ordini "
            "con consegna successiva al 1° dicembre 2026 viene applicata una maggiorazione del 4% sui prezzi unitari indicati.\n\n"
            "Cordiali saluti\n\nLuca Bernardi\nUfficio Commerciale\nUtensileria Ferri S.r.l. - Via dell'Industria 18, 25065 Lumezzane (BS)\n"
            "Tel. +39 030 871 2233 - P.IVA 01234560987\n\n"
            "Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa e-mail sono riservate e destinate "
            "esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore vi preghiamo di cancellarlo.\n"
            + outlook_quote(po, "giovedì 12 novembre 2026 14:40", "it"))
    eml = mail(addr("Luca Bernardi", s["email"], "windows-1252"), buyer_addr(po), "R: " + req_subject(po),
               date(2026, 11, 16, 10, 11, 60), "<001a01dd55c2$9b8e7d60$d2ab7820$@utensileriaferri.example>",
               Text(body, charset="windows-1252"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(price="19.24"), 2: C(price="43.68")})],
                notes="Quantities and date (venerdì 11 dicembre = 2026-12-11) as ordered, but a +4% surcharge on the unit prices for deliveries after 1 Dec: 18.50 -> 19.24, 42.00 -> 43.68.")


@case("nl-nl-respirators-newsletter", "unrelated", "nl-NL",
      "Dutch HTML-only marketing newsletter from the supplier's domain mentioning FFP3 respirators, a discount and '18 december'.")
def c():
    s = sup("VANDIJK", "Van Dijk Veiligheid B.V.", "verkoop@vandijkveiligheid.example", "nl-NL")
    po = PO("4500032147", s, "marta", "EUR", "2026-11-13", [
        L("RS-HM-M", "Half mask respirator, medium, EN 140", 80, "EA", "16.40", "2026-12-18"),
        L("RS-FFP3-V", "FFP3 disposable respirator with valve, box of 10", 40, "BOX", "27.50", "2026-12-18")])
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Decemberactie</title></head><body style=\"background:#f2f2f2\">"
            "<table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Arial\"><tr><td>"
            "<h1 style=\"color:#e30613\">Decemberactie: 15% korting op adembescherming</h1>"
            "<p>Beste klant,</p><p>Nieuw in ons assortiment: de ProAir halfgelaatsmaskers en FFP3-maskers met uitademventiel. "
            "Bestel vóór 18 december en ontvang 15% korting op alle FFP3-maskers bij bestellingen vanaf € 500,-.</p>"
            "<p><a href=\"https://www.vandijkveiligheid.example/acties?utm_source=nieuwsbrief&amp;utm_campaign=dec26\">Bekijk alle acties</a></p>"
            "<p style=\"font-size:11px;color:#888\">Van Dijk Veiligheid B.V. · Industrieweg 7 · 3433 NL Nieuwegein · KvK 30123456<br>"
            "U ontvangt deze e-mail omdat u klant bij ons bent. <a href=\"https://www.vandijkveiligheid.example/afmelden?id=88412\">Afmelden</a></p>"
            "</td></tr></table></body></html>")
    eml = mail(addr("Van Dijk Veiligheid", "nieuwsbrief@vandijkveiligheid.example"), buyer_addr(po),
               "Decemberactie: 15% korting op adembescherming", date(2026, 11, 17, 7, 0, 60),
               "<nl-dec26-88412.20261117060000@mailing.vandijkveiligheid.example>", Text(html, "html"), refs=[],
               extra=[("List-Unsubscribe", "<https://www.vandijkveiligheid.example/afmelden?id=88412>"),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")])
    return dict(pos=[po], eml=eml, confs=None,
                notes="A bulk marketing newsletter (List-Unsubscribe, Precedence: bulk) from the same supplier; it does not answer PO 4500032147 even though it mentions FFP3 masks and 18 December.")


@case("pl-pl-respirators-split-tydzien", "confirmation", "pl-PL",
      "Polish ISO-8859-2 reply: line 1 split 50 now / 50 'w 3. tygodniu 2027' (Friday 2027-01-22), line 2 ships earlier (4.12.2026).")
def c():
    s = sup("BHPKOW", "BHP-Serwis Kowalczyk Sp. z o.o.", "zamowienia@bhp-kowalczyk.example", "pl-PL")
    po = PO("4500032161", s, "jonas", "PLN", "2026-11-13", [
        L("RS-FF-M-A2P3", "Full face respirator, size M, with A2P3 filters", 100, "EA", "289.00", "2026-12-18"),
        L("RS-FILT-A2P3", "Filter A2P3, bayonet, pair", 300, "PR", "58.00", "2026-12-18")])
    body = ("Dzień dobry,\n\npotwierdzamy zamówienie nr 4500032161:\n\n"
            "poz. 1 - maska pełnotwarzowa RS-FF-M-A2P3: 50 szt. wysyłka 4.12.2026 (ze stanu magazynowego), "
            "pozostałe 50 szt. wysyłka w 3. tygodniu 2027 r. Cena bez zmian 289,00 zł/szt.\n"
            "poz. 2 - filtry A2P3: 300 par, cena 58,00 zł/para, wysyłka 4.12.2026.\n\n"
            "Pozdrawiam\nMałgorzata Wiśniewska\nDział Handlowy\nBHP-Serwis Kowalczyk Sp. z o.o., ul. Przemysłowa 12, 61-001 Poznań\n"
            "tel. +48 61 852 14 30 | NIP 782-123-45-67\n" + outlook_quote(po, "piątek, 13 listopada 2026 11:02", "pl"))
    eml = mail(addr("Małgorzata Wiśniewska", s["email"], "iso-8859-2"), buyer_addr(po), "Odp: " + req_subject(po),
               date(2026, 11, 17, 13, 26, 60), "<DB9PR08MB6714B1E0A7C3F2D1@DB9PR08MB6714.eurprd08.prod.outlook.example>",
               Text(body, charset="iso-8859-2"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {
        1: C(sched=[(50, "2026-12-04"), (50, "2027-01-22")]), 2: C(date="2026-12-04")})],
        notes="Only ship dates are given, so they are the dates. Line 1: 50 on 2026-12-04 and 50 'w 3. tygodniu 2027' = Friday of ISO week 3 = 2027-01-22 (split, last date later than requested). Line 2 complete, same price, ships 2026-12-04 (earlier than 2026-12-18 -> changed).")
