from .common import *


@case("deat-outlook-kw51-vpe", "confirmation", "de-AT",
      "German Outlook top-post over quoted PO; line 2 moves to 'KW 51' (Friday rule), line 3 mentions a pack size that does not change the quantity.")
def _(c):
    p = c.po("4500218841", "HRDL", "Pneumatik Hrdlicka GmbH", "verkauf@hrdlicka-pneumatik.example", "EUR", "2026-11-03", [
        ("DLS-PU-08-25", "Druckluftschlauch PU 8x5 mm, 25 m Rolle", 20, "ROL", "38.90", "2026-12-14"),
        ("DLS-GK-13-50", "Gummischlauch 13 mm, 50 m, 20 bar", 6, "ROL", "142.00", "2026-12-14"),
        ("KUP-NW72-ST", "Schnellkupplung NW 7.2, Stecker", 100, "EA", "2.35", "2026-12-14")])
    body = ("Sehr geehrte Frau Lindqvist,\n\ndanke für Ihre Bestellung. Wir bestätigen wie folgt:\n\n"
            "Pos. 1 – 20 Rollen à € 38,90 – Liefertermin 14.12.2026 ok\n"
            "Pos. 2 – Gummischlauch 13 mm derzeit nicht lagernd, Liefertermin KW 51, Preis € 142,00 bleibt\n"
            "Pos. 3 – Stecker NW 7,2 kommen in VPE à 25 Stk., Ihre 100 Stk. passen genau, € 2,35, 14.12.\n\n"
            "Mit freundlichen Grüßen\n\nIng. Wolfgang Hrdlicka\nVerkauf Innendienst\n\nPneumatik Hrdlicka GmbH\nBrünner Straße 118, 1210 Wien\n"
            "Tel. +43 1 278 45 60-12 | Fax +43 1 278 45 60-99\nFN 184522 w | UID ATU45127789\n" + quote_outlook(p, "de"))
    c.mail(("Wolfgang Hrdlicka", "w.hrdlicka@hrdlicka-pneumatik.example"), "AW: " + req_subject(p), D(2026, 11, 5, 10, 41, "+0100"),
           Alt(T(body, "windows-1252"), H(html_page(nl2br(body), "Arial"), "windows-1252")), po=p,
           xmailer="X-Mailer: Microsoft Outlook 16.0")
    c.confirm(ans(p, {1: "A", 2: dict(date="2026-12-18"), 3: "A"}))
    c.notes = "Line 2: 'KW 51' without a day = Friday of ISO week 51 = 2026-12-18, price unchanged. Line 3: VPE 25 is only information, 100 is a multiple, so accepted. Line 1 accepted."


@case("ptbr-gmail-caixa12-reajuste", "confirmation", "pt-BR",
      "Brazilian Gmail reply: quantity rounded up to a box of 12, price increase written 'R$ 171,80', date '10/12' without year.")
def _(c):
    p = c.po("KFS-PO-26-00731", "FPAUL", "Ferramentas Paulista Ltda", "vendas@ferrpaulista.example", "BRL", "2026-11-04", [
        ("APL-9PRO", "Aplicador de silicone profissional 9 pol.", 30, "EA", "27.90", "2026-12-10"),
        ("APL-ALU-600", "Aplicador de sache 600 ml, aluminio", 10, "EA", "164.50", "2026-12-10")])
    txt = ("Bom dia Mara,\n\nSegue confirmação do pedido KFS-PO-26-00731:\n\n"
           "Item 1 - APL-9PRO: vendemos somente em caixa com 12 unidades, então vamos faturar 36 pçs a R$ 27,90. Entrega 10/12.\n"
           "Item 2 - APL-ALU-600: 10 pçs, preço atualizado R$ 171,80 (reajuste do fabricante), entrega 17/12/2026.\n\n"
           "Qualquer dúvida estou à disposição.\n\nAtt,\n--\nJuliana Ramos\nFerramentas Paulista Ltda\nCNPJ 12.345.678/0001-90 | (11) 3456-7890\n")
    intro = "Em qua., 4 de nov. de 2026 às 09:14, Mara Lindqvist <%s> escreveu:" % p["buyer"]["email"]
    c.mail(("Juliana Ramos", "juliana.ramos@ferrpaulista.example"), "Re: " + req_subject(p), D(2026, 11, 6, 8, 52, "-0300"),
           Alt(T(txt + quote_gt(p, intro)), H('<div dir="ltr">' + nl2br(txt) + "</div><br>" + quote_html(p, intro.replace("<", "&lt;").replace(">", "&gt;")))), po=p)
    c.confirm(ans(p, {1: dict(quantity=36), 2: dict(unit_price="171.80", date="2026-12-17")}))
    c.notes = "Line 1: box of 12 -> 36 pcs at the PO price, '10/12' is day-first = 2026-12-10 (next occurrence). Line 2: new price 171.80 BRL and delivery 17/12/2026."


@case("thth-buddhist-era-tis620", "confirmation", "th-TH",
      "Thai reply in TIS-620/base64 with Buddhist-Era dates (15/12/2569 = 2026-12-15); line 2 ships a week later.")
def _(c):
    p = c.po("4500218902", "SIAMK", "Siam Kitchen Supply Co., Ltd.", "sales@siamkitchensupply.example", "THB", "2026-11-05", [
        ("KT-2PLY-6R", "Kitchen towel 2-ply, 6 rolls/pack", 120, "PAC", "89.00", "2026-12-15"),
        ("KT-CF-150", "Centerfeed towel roll 150 m", 48, "ROL", "215.00", "2026-12-15")], buyer="mara")
    txt = ("เรียน คุณมารา\n\nบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500218902 ดังนี้\n\n"
           "1. KT-2PLY-6R จำนวน 120 แพ็ค ราคา 89.00 บาท/แพ็ค ส่งของวันที่ 15/12/2569\n"
           "2. KT-CF-150 จำนวน 48 ม้วน ราคา 215.00 บาท/ม้วน ส่งของวันที่ 22/12/2569 (สินค้าเข้าคลังวันที่ 18/12/2569)\n\n"
           "ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%\n\nขอบคุณครับ\nสมชาย วงศ์ใหญ่\nฝ่ายขาย บริษัท สยามคิทเช่นซัพพลาย จำกัด\nโทร 02-123-4567 ต่อ 105\n")
    c.mail(("สมชาย วงศ์ใหญ่", "somchai@siamkitchensupply.example"), "ตอบกลับ: " + req_subject(p), D(2026, 11, 9, 14, 5, "+0700"),
           T(txt, "tis-620", "base64"), po=p, hcharset="tis-620")
    c.confirm(ans(p, {1: "A", 2: dict(date="2026-12-22")}))
    c.notes = "Thai dates are in the Buddhist Era: 2569 BE = 2026 CE. Line 1 as ordered; line 2 delivery 22/12/2569 = 2026-12-22 (18/12 is only the warehouse arrival). 'ex VAT' remark does not change the PO price."


@case("swke-phone-split-orange", "confirmation", "sw-KE",
      "Terse Swahili phone reply: orange vests delivered 120 now and 30 a week later, yellow complete; weekday + d/m dates.")
def _(c):
    p = c.po("PO/KFS/2611/044", "MWANG", "Mwangaza Safety Supplies Ltd", "orders@mwangazasafety.example", "KES", "2026-11-05", [
        ("RV-HV-ORG-L", "Reflective vest, hi-vis orange, size L", 150, "EA", "420.00", "2026-12-07"),
        ("RV-HV-YEL-XL", "Reflective vest, hi-vis yellow, size XL", 100, "EA", "420.00", "2026-12-07")], buyer="priya")
    txt = ("Habari Priya,\nTumepokea LPO yako. Tunathibitisha bei ile ile Ksh 420 kwa kila vest.\n"
           "Njano XL zote 100 tutaleta Jumatatu tarehe 7/12.\n"
           "Orange L tuko na 120 tu stoo, hizo tutaleta pamoja Jumatatu 7/12, zile 30 zilizobaki zitafika tarehe 14/12.\n"
           "Asante\nKevin\n\nSent from my Galaxy\n")
    c.mail(("Kevin Otieno", "kevin@mwangazasafety.example"), "RE: " + req_subject(p), D(2026, 11, 10, 7, 33, "+0300"),
           T(txt + quote_gt(p, "-------- Original message --------\nFrom: Priya Nair <%s>\nDate: 05/11/2026 09:14 (GMT+03:00)" % p["buyer"]["email"], "> "), "utf-8", "7bit"), po=p)
    c.confirm(ans(p, {1: dict(schedule=[(120, "2026-12-07"), (30, "2026-12-14")], date="2026-12-14"), 2: "A"}))
    c.notes = "Line 1 (orange) is split: 120 on Monday 7/12 and the remaining 30 on 14/12, total 150, last date 2026-12-14. Line 2 (yellow XL) complete on 7/12 at the PO price = accepted."


@case("hiin-gst-question", "needs_review", "hi-IN",
      "Hindi reply that asks whether prices include GST and which blade pack is meant before confirming anything.")
def _(c):
    p = c.po("4500218955", "SGHT", "Shree Ganesh Hardware Traders", "sales@shreeganeshhw.example", "INR", "2026-11-05", [
        ("UK-18-SNAP", "Utility knife 18 mm snap-off, metal body", 200, "EA", "145.00", "2026-12-12"),
        ("UK-BLD-18-10", "Spare blades 18 mm, pack of 10", 100, "PAC", "62.00", "2026-12-12")], buyer="priya")
    txt = ("नमस्ते प्रिया जी,\n\nआपका PO 4500218955 मिल गया, धन्यवाद।\n"
           "कन्फर्म करने से पहले दो बातें बताइए:\n"
           "1) आपके रेट (₹145 और ₹62) में GST शामिल है या 18% GST अलग से लगेगा?\n"
           "2) ब्लेड का पैक 10 पीस वाला चाहिए या 5 पीस वाला? हमारे पास 10 वाला अभी 60 पैक ही है।\n\n"
           "आपका जवाब मिलते ही हम डिलीवरी डेट के साथ कन्फर्म कर देंगे।\n\nधन्यवाद,\nराजेश अग्रवाल\nश्री गणेश हार्डवेयर ट्रेडर्स, चावड़ी बाज़ार, दिल्ली\nमो. 98110 45672\n")
    c.mail(("Rajesh Agarwal", "rajesh@shreeganeshhw.example"), "Re: " + req_subject(p), D(2026, 11, 7, 12, 20, "+0530"),
           Alt(T(txt, "utf-8", "base64"), H(html_page(nl2br(txt)), "utf-8", "base64")), po=p)
    c.other("needs_review")
    c.notes = "The supplier asks two questions (GST, pack size) and explicitly says it will confirm after the answer; the stock remark (60 packs) is not a commitment. Nothing is confirmed."


@case("isis-latin1-nextyear-split", "confirmation", "is-IS",
      "Icelandic ISO-8859-1 reply with dates without year ('11. janúar' -> 2027), ISK thousands dots, shackles split 25+15.")
def _(c):
    p = c.po("4500219010", "VEIDA", "Veiðarfæraþjónustan ehf.", "sala@veidarfaeri.example", "ISK", "2026-11-06", [
        ("MR-PP-12", "Marine rope PP 12 mm, 220 m coil", 8, "ROL", "18900.00", "2027-01-11"),
        ("MR-NY-16", "Mooring rope nylon 16 mm", 150, "M", "740.00", "2027-01-11"),
        ("MR-SH-10", "Shackle galvanized 10 mm", 40, "EA", "1150.00", "2027-01-11")])
    txt = ("Sæl Mara,\n\nTakk fyrir pöntunina. Hér er staðfesting á pöntun 4500219010:\n\n"
           "1. PP kaðall 12 mm – 8 rúllur á 18.900 kr. rúllan – afhending 11. janúar\n"
           "2. Nælonkaðall 16 mm – 150 m á 740 kr./m – afhending 11. janúar\n"
           "3. Lásar 10 mm – eigum aðeins 25 stk. á lager. 25 stk. afhent 11. janúar og 15 stk. 25. janúar. Verð 1.150 kr./stk.\n\n"
           "Verð eru án vsk.\n\nKveðja,\nGuðrún Sigurðardóttir\nVeiðarfæraþjónustan ehf. | Hafnargötu 12, 240 Grindavík | s. 426 1234 | kt. 540198-2219\n")
    c.mail(("Guðrún Sigurðardóttir", "gudrun@veidarfaeri.example"), "SV: " + req_subject(p), D(2026, 11, 9, 11, 2, "+0000"),
           T(txt.replace("–", "-") + quote_orig(p, "-----Upprunaleg skilaboð-----"), "iso-8859-1", "quoted-printable"), po=p, hcharset="iso-8859-1")
    c.confirm(ans(p, {1: "A", 2: "A", 3: dict(schedule=[(25, "2027-01-11"), (15, "2027-01-25")], date="2027-01-25")}))
    c.notes = "Dates without year after a November mail are January 2027. '18.900 kr.' = 18900 (dot = thousands). Lines 1-2 as ordered; line 3 split 25 on 2027-01-11 and 15 on 2027-01-25, price unchanged."


@case("enus-erp-pdf-mmdd", "confirmation", "en-US",
      "No-reply ERP mail in a new thread with a hand-built PDF acknowledgment; month-first dates (12/04/2026 = Dec 4) and one price change in the PDF only.")
def _(c):
    p = c.po("4500219044", "RIDGE", "Ridgeline Tool & Supply Inc.", "orderdesk@ridgelinetool.example", "USD", "2026-11-06", [
        ("BC-24-HD", "Bolt cutter 24 in, heavy duty", 12, "EA", "48.75", "2026-12-04"),
        ("BC-36-HD", "Bolt cutter 36 in, heavy duty", 6, "EA", "79.20", "2026-12-04"),
        ("BC-JAW-24", "Replacement jaw set for 24 in bolt cutter", 10, "SET", "21.40", "2026-12-04")], buyer="tomas")
    doc = pdf(["#RIDGELINE TOOL & SUPPLY INC.", "4410 Industrial Pkwy, Dayton, OH 45414  |  Tel (937) 555-0180",
               "", "#SALES ORDER ACKNOWLEDGMENT", "Sales Order: SO-778120        Order Date: 11/09/2026",
               "Customer PO: 4500219044       Customer: KESTREL FACILITY SUPPLY", "Terms: Net 30     Ship Via: UPS Ground     FOB: Origin",
               "", "Ln  Item        Description                     Qty  UM   Unit Price   Ext Price   Promise Date",
               "1   BC-24-HD    BOLT CUTTER 24IN HD             12   EA      48.75      585.00    12/04/2026",
               "2   BC-36-HD    BOLT CUTTER 36IN HD              6   EA      79.20      475.20    12/16/2026",
               "3   BC-JAW-24   JAW SET F/ 24IN BOLT CUTTER     10   SET     22.90      229.00    12/04/2026",
               "", "                                               Order Total USD   1,289.20",
               "Promise date = delivery date at your dock. Prices per unit of measure shown.",
               "Questions? Kelly Dunn, Customer Service, 1-800-555-0142 ext 311"], "SO-778120")
    txt = ("This is an automated message from Ridgeline Tool & Supply.\n\nThank you for your order. Your Sales Order Acknowledgment SO-778120 "
           "for customer PO 4500219044 is attached.\nPlease review it carefully and notify us of any discrepancies within 2 business days.\n\n"
           "Do not reply to this e-mail. For assistance contact your customer service rep Kelly Dunn at 1-800-555-0142 ext 311.\n")
    c.mail(("Ridgeline Order Desk", "noreply@ridgelinetool.example"), "Sales Order Acknowledgment SO-778120 / Your PO# 4500219044",
           D(2026, 11, 9, 16, 7, "-0500"), Mixed(T(txt, "us-ascii", "7bit"), Att(doc, "application/pdf", "SOA_SO-778120.pdf")), po=None)
    c.confirm(ans(p, {1: "A", 2: dict(date="2026-12-16"), 3: dict(unit_price="22.90")}))
    c.notes = "ERP acknowledgment (PDF) commits to the order: confirmation, not auto_reply. US month-first: 12/04/2026 = 2026-12-04 (as requested), 12/16/2026 for line 2. Line 3 price 22.90 instead of 21.40."


@case("jajp-iso2022-bunnou", "confirmation", "ja-JP",
      "Japanese ISO-2022-JP reply; line 2 is a split delivery (分納) of 20 on 12月11日 and 10 on 1月15日 (next year).")
def _(c):
    p = c.po("4500219102", "TOHO", "Toho Kessoku Kogyo K.K.", "eigyo@toho-kessoku.example", "JPY", "2026-11-09", [
        ("NT-200-BK", "Nylon cable tie 4.8 x 200 mm, black, 100 pcs/bag", 50, "PAC", "380.00", "2026-12-11"),
        ("NT-300-NA", "Nylon cable tie 7.6 x 300 mm, natural, 100 pcs/bag", 30, "PAC", "720.00", "2026-12-11"),
        ("NT-MNT-25", "Adhesive tie mount 25 mm", 500, "EA", "18.00", "2026-12-11")], buyer="priya")
    txt = ("ケストレル・ファシリティ・サプライ\nプリヤ・ナイル様\n\nいつもお世話になっております。\n東邦結束工業の山田でございます。\n\n"
           "ご注文（注文番号：4500219102）ありがとうございます。\n下記の通り納期回答いたします。\n\n"
           "1. NT-200-BK　50袋　@380円　12月11日納品\n"
           "2. NT-300-NA　30袋　@720円　在庫が20袋のため分納となります。\n"
           "　　20袋：12月11日納品、残り10袋：1月15日納品\n"
           "3. NT-MNT-25　500個　@18円　12月11日納品\n\n"
           "以上、よろしくお願いいたします。\n\n――――――――――――――――\n東邦結束工業株式会社　営業部\n山田 花子\nTEL 06-6123-4567　FAX 06-6123-4568\n――――――――――――――――\n")
    c.mail(("山田 花子", "h-yamada@toho-kessoku.example"), "Re: " + req_subject(p), D(2026, 11, 11, 10, 15, "+0900"),
           T(txt + quote_gt(p), "iso-2022-jp", "7bit"), po=p, hcharset="iso-2022-jp")
    c.confirm(ans(p, {1: "A", 2: dict(schedule=[(20, "2026-12-11"), (10, "2027-01-15")], date="2027-01-15"), 3: "A"}))
    c.notes = "Line 2 split: 20 bags on 12月11日 (2026-12-11), remaining 10 on 1月15日, which without a year is 2027-01-15. Lines 1 and 3 exactly as ordered."


@case("ruru-koi8-discontinued", "confirmation", "ru-RU",
      "Russian KOI8-R reply: line 2 discontinued with an unconfirmed alternative offer, line 3 new price from 01.12, ship dates only.")
def _(c):
    p = c.po("4500219150", "POZHS", "OOO PozhSnab", "zakaz@pozhsnab.example", "RUB", "2026-11-09", [
        ("PP-1515", "Fire blanket 1.5 x 1.5 m, glass fibre", 40, "EA", "1250.00", "2026-12-16"),
        ("PP-1820", "Fire blanket 1.8 x 2.0 m, glass fibre", 20, "EA", "1890.00", "2026-12-16"),
        ("PP-CASE-M", "Wall case for fire blanket, metal", 40, "EA", "640.00", "2026-12-16")])
    txt = ("Добрый день, Мара!\n\nПо заказу N 4500219150 сообщаем:\n\n"
           "п. 1 - ПП-1515, 40 шт. по 1 250,00 руб., отгрузка 16.12.2026;\n"
           "п. 2 - ПП-1820 снято с производства, поставить не можем. Можем предложить аналог ПП-2020 (2,0 x 2,0 м) "
           "по 2 140,00 руб./шт., если интересно - вышлем отдельное КП;\n"
           "п. 3 - футляр металлический, 40 шт., цена с 01.12 изменилась: 695,00 руб./шт., отгрузка 16.12.2026.\n\n"
           "Цены указаны с НДС.\n\nС уважением,\nАнна Смирнова\nменеджер отдела продаж\nООО \"ПожСнаб\"\nтел. +7 (495) 123-45-67, доб. 214\n")
    c.mail(("Анна Смирнова", "smirnova@pozhsnab.example"), "RE: " + req_subject(p), D(2026, 11, 11, 13, 48, "+0300"),
           T(txt + quote_orig(p, "-----Original Message-----"), "koi8-r", "8bit"), po=p, hcharset="koi8-r")
    c.confirm(ans(p, {1: "A", 2: "R", 3: dict(unit_price="695.00")}))
    c.notes = "Only ship dates (отгрузка) are given and they equal the requested date. Line 2 discontinued = rejected (the alternative is only an offer). Line 3: new price 695.00 RUB; line 1 as ordered ('1 250,00' = 1250.00)."


@case("zhtw-big5-roc-year", "confirmation", "zh-TW",
      "Traditional Chinese Big5 reply with ROC (Minguo) dates 115/12/08 = 2026-12-08; lanyards delayed to 115/12/22 for a print proof.")
def _(c):
    p = c.po("4500219188", "YXBDG", "Yongxin Badge Co., Ltd.", "sales@yongxin-badge.example", "TWD", "2026-11-10", [
        ("IDB-PVC-CR80", "ID badge PVC card CR80, printed both sides", 500, "EA", "18.00", "2026-12-08"),
        ("IDB-HLD-V", "Badge holder vertical, clear", 500, "EA", "6.50", "2026-12-08"),
        ("IDB-LNY-20", "Lanyard 20 mm with logo print", 500, "EA", "22.00", "2026-12-08")], buyer="jonas")
    txt = ("Jonas 您好：\n\n感謝貴公司訂購，訂單 4500219188 確認如下：\n\n"
           "1. PVC 識別證（雙面印刷）500 張，單價 NT$18，交期 115/12/08\n"
           "2. 直式證件套 500 個，單價 NT$6.5，交期 115/12/08\n"
           "3. 印刷掛繩 20mm 500 條，單價 NT$22，因需先打樣確認，交期延至 115/12/22\n\n"
           "以上報價未稅。如有問題請與我聯繫，謝謝！\n\n永信識別證製作有限公司\n業務部 林怡君\nTEL：(02)2298-1234 分機 16\n")
    c.mail(("林怡君", "yichun.lin@yongxin-badge.example"), "回覆: " + req_subject(p), D(2026, 11, 12, 9, 30, "+0800"),
           T(txt, "big5", "base64"), po=p, hcharset="big5")
    c.confirm(ans(p, {1: "A", 2: "A", 3: dict(date="2026-12-22")}))
    c.notes = "Taiwan writes ROC years: 115 = 2026. Lines 1-2 as ordered (NT$6.5 = 6.50); line 3 delivery moved to 2026-12-22 for a print proof, price unchanged."


@case("dede-abwesenheit", "auto_reply", "de-DE",
      "German Outlook out-of-office with Auto-Submitted header, a return date and a deputy with phone numbers; no commitment.")
def _(c):
    p = c.po("4500219201", "REUTR", "Schmierstoff-Technik Reuter GmbH", "innendienst@reuter-schmierstoff.example", "EUR", "2026-11-10", [
        ("KL-H1-M10", "Kegelschmiernippel H1 M10x1, Stahl verzinkt", 400, "EA", "0.58", "2026-12-09"),
        ("FP-400", "Fettpresse 400 g Kartusche", 12, "EA", "24.90", "2026-12-09")], buyer="jonas")
    txt = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag, 04.12.2026, nicht im Büro "
           "und habe keinen Zugriff auf meine E-Mails.\n\nIhre Nachricht wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an "
           "meine Kollegin Frau Petra Kühn, Tel. +49 6221 4587-22, innendienst@reuter-schmierstoff.example.\n\n"
           "Mit freundlichen Grüßen\nMarkus Brandt\nSchmierstoff-Technik Reuter GmbH | Amtsgericht Mannheim HRB 712345 | Geschäftsführer: Dr. K. Reuter\n")
    c.mail(("Markus Brandt", "m.brandt@reuter-schmierstoff.example"), "Automatische Antwort: " + req_subject(p), D(2026, 11, 10, 9, 15, "+0100"),
           Alt(T(txt, "utf-8", "quoted-printable"), H(html_page(nl2br(txt)), "utf-8", "quoted-printable")), po=p,
           extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: m.brandt@reuter-schmierstoff.example"])
    c.other("auto_reply")
    c.notes = "Out-of-office notice (Automatische Antwort, Auto-Submitted header); the dates and phone numbers in it are not about the order."


@case("engb-exchange-ndr", "bounce", "en-GB",
      "Exchange Online NDR (multipart/report) for our request: 550 5.1.1 recipient not found, original headers attached.")
def _(c):
    p = c.po("4500219230", "BRMF", "Brightmoor Fixings Ltd", "sales@brightmoor-fixings.example", "GBP", "2026-11-10", [
        ("LW-M6-A2", "Lock washer M6 A2 stainless, split", 1000, "EA", "0.045", "2026-12-11"),
        ("LW-M8-A2", "Lock washer M8 A2 stainless, split", 1000, "EA", "0.062", "2026-12-11")], buyer="tomas")
    rcpt = p["supplier"]["email"]
    txt = ("Your message to %s couldn't be delivered.\n\n%s wasn't found at brightmoor-fixings.example.\n\n"
           "tomas.herrera    Office 365    sales\nAction Required                 Recipient\n\nUnknown To address\n\n"
           "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
           "- Retype the recipient's address, then resend the message.\n- Contact the recipient by some other means and ask for the correct address.\n\n"
           "Diagnostic information for administrators:\n\nGenerating server: LO2P265MB0123.GBRP265.PROD.OUTLOOK.COM\n\n%s\n"
           "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n\nOriginal message headers:\n" % (rcpt, rcpt.split("@")[0], rcpt))
    dsn = ("Reporting-MTA: dns;LO2P265MB0123.GBRP265.PROD.OUTLOOK.COM\nReceived-From-MTA: dns;mail.kestrel-supply.example\n"
           "Arrival-Date: Tue, 10 Nov 2026 09:14:22 +0000\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.1\n"
           "Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n" % rcpt)
    orig = ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: Tue, 10 Nov 2026 09:14:20 +0000\nMessage-ID: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
            % (p["buyer"]["name"], p["buyer"]["email"], rcpt, req_subject(p), p["request_message_id"]))
    rep = Part("multipart/report", params={"report-type": "delivery-status"},
               parts=[T(txt + orig, "us-ascii", "7bit"), Part("message/delivery-status", _enc(dsn)), Part("text/rfc822-headers", _enc(orig))])
    c.mail(("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-supply.example"),
           "Undeliverable: " + req_subject(p), D(2026, 11, 10, 9, 15, "+0000"), rep, po=p,
           to=(p["buyer"]["name"], p["buyer"]["email"]), extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"])
    c.other("bounce")
    c.notes = "Delivery status notification: our request never reached the supplier (5.1.1 unknown recipient)."


def _enc(s):
    return s.replace("\n", "\r\n").encode()


@case("frfr-inline-answers", "confirmation", "fr-FR",
      "French supplier writes answers inline ('>> ...') under each quoted PO line: one price change, one 'S51' date, two OK.")
def _(c):
    p = c.po("4500219266", "MOREA", "Graissage Industriel Moreau SAS", "adv@moreau-graissage.example", "EUR", "2026-11-10", [
        ("GR-M6-D", "Graisseur droit M6x1", 500, "EA", "0.42", "2026-12-09"),
        ("GR-M8-90", "Graisseur coude 90 deg M8x1", 300, "EA", "0.68", "2026-12-09"),
        ("GR-M10-45", "Graisseur coude 45 deg M10x1", 200, "EA", "0.74", "2026-12-09"),
        ("PG-500", "Pompe a graisse 500 cm3", 10, "EA", "38.50", "2026-12-09")], buyer="jonas")
    ans_by_line = {"1": ">> OK", "2": ">> OK mais prix 0,72 EUR/pce (hausse laiton au 01/11)", "3": ">> dispo S51 seulement, prix OK", "4": ">> OK"}
    q = []
    for l in req_text(p).split("\n"):
        q.append(("> " + l).rstrip())
        tok = l.split(" ", 1)[0]
        if tok in ans_by_line and len(l) > 40:
            q.append(ans_by_line[tok])
    txt = ("Bonjour M. Becker,\n\nVoir nos réponses dans votre mail ci-dessous (lignes >>).\nLes autres conditions sont inchangées.\n\n"
           "Cordialement,\n\nSandrine Lefèvre\nAdministration des ventes\nGraissage Industriel Moreau SAS - 12 rue des Forges - 42000 Saint-Étienne\n"
           "Tél. : 04 77 12 34 56\n\nLe mar. 10 nov. 2026 à 09:14, Jonas Becker <%s> a écrit :\n" % p["buyer"]["email"]) + "\n".join(q) + "\n"
    c.mail(("Sandrine Lefèvre", "s.lefevre@moreau-graissage.example"), "RE: " + req_subject(p), D(2026, 11, 12, 15, 22, "+0100"),
           T(txt, "iso-8859-15", "quoted-printable"), po=p, hcharset="iso-8859-15")
    c.confirm(ans(p, {1: "A", 2: dict(unit_price="0.72"), 3: dict(date="2026-12-18"), 4: "A"}))
    c.notes = "Answers are written under each quoted line. Line 2 price 0.72; line 3 'S51' (semaine 51, no day) = Friday 2026-12-18; lines 1 and 4 OK as ordered."


@case("cscz-per100-cp1250", "confirmation", "cs-CZ",
      "Czech Windows-1250 reply quoting prices per 100 pcs ('85,00 Kč/100 ks'); only line 3 actually differs (1.72 vs 1.65).")
def _(c):
    p = c.po("4500219301", "NOVSP", "Spojovací materiál Novák s.r.o.", "obchod@novak-spojovaci.example", "CZK", "2026-11-11", [
        ("PP-M8-127", "Lock washer DIN 127 B M8, zinc plated", 2000, "EA", "0.85", "2026-12-14"),
        ("PP-M10-127", "Lock washer DIN 127 B M10, zinc plated", 1500, "EA", "1.20", "2026-12-14"),
        ("PP-M12-127", "Lock washer DIN 127 B M12, zinc plated", 1000, "EA", "1.65", "2026-12-14")])
    txt = ("Dobrý den, paní Lindqvistová,\n\npotvrzujeme Vaši objednávku č. 4500219301 takto:\n\n"
           "pol. 1  PP-M8-127   2 000 ks    85,00 Kč/100 ks   dodání 14. 12. 2026\n"
           "pol. 2  PP-M10-127  1 500 ks   120,00 Kč/100 ks   dodání 14. 12. 2026\n"
           "pol. 3  PP-M12-127  1 000 ks   172,00 Kč/100 ks   dodání 14. 12. 2026\n\n"
           "U pol. 3 došlo ke zdražení od výrobce, omlouváme se.\nCeny jsou uvedeny bez DPH.\n\n"
           "S pozdravem\nIng. Petr Dvořák\nobchodní oddělení\nSpojovací materiál Novák s.r.o., IČO 25478963, DIČ CZ25478963\ntel. +420 541 234 567\n")
    c.mail(("Petr Dvořák", "dvorak@novak-spojovaci.example"), "RE: " + req_subject(p), D(2026, 11, 12, 8, 5, "+0100"),
           T(txt + quote_outlook(p, "cs"), "windows-1250", "quoted-printable"), po=p, hcharset="windows-1250")
    c.confirm(ans(p, {1: "A", 2: "A", 3: dict(unit_price="1.72")}))
    c.notes = "Prices are per 100 pcs: 85,00/100 = 0.85 and 120,00/100 = 1.20 (as ordered), 172,00/100 = 1.72 vs PO 1.65 -> line 3 changed. Dates 14. 12. 2026 as requested."


@case("plpl-revert-friday", "needs_review", "pl-PL",
      "Polish ISO-8859-2 holding reply: availability being checked with the manufacturer, confirmation promised by Friday 20.11.")
def _(c):
    p = c.po("4500219333", "KOWAL", "Złączki i Obejmy Kowalczyk Sp. z o.o.", "biuro@kowalczyk-obejmy.example", "PLN", "2026-11-11", [
        ("OB-W1-32", "Pipe clamp W1 with rubber insert, 1\" (32 mm)", 300, "EA", "3.85", "2026-12-10"),
        ("OB-W1-54", "Pipe clamp W1 with rubber insert, 1 1/2\" (54 mm)", 200, "EA", "4.60", "2026-12-10"),
        ("OB-SRUB-M8", "Threaded rod stud M8x80", 500, "EA", "0.55", "2026-12-10")], buyer="mara")
    txt = ("Dzień dobry,\n\ndziękujemy za zamówienie nr 4500219333.\nObecnie sprawdzamy dostępność obejm u producenta – potwierdzenie "
           "ilości, cen i terminów dostawy prześlemy najpóźniej w piątek 20.11.\n\nPozdrawiam serdecznie\nAgnieszka Wiśniewska\n"
           "Dział Handlowy\nZłączki i Obejmy Kowalczyk Sp. z o.o.\nul. Przemysłowa 7, 62-080 Tarnowo Podgórne\ntel. 61 812 34 56, NIP 777-123-45-67\n")
    c.mail(("Agnieszka Wiśniewska", "a.wisniewska@kowalczyk-obejmy.example"), "Odp: " + req_subject(p), D(2026, 11, 13, 11, 40, "+0100"),
           T(txt.replace("–", "-") + quote_outlook(p, "pl"), "iso-8859-2", "quoted-printable"), po=p, hcharset="iso-8859-2")
    c.other("needs_review")
    c.notes = "Human holding answer: the order is acknowledged but quantities, prices and dates will follow by 20.11; nothing is committed yet."


@case("itit-two-pos-one-mail", "confirmation", "it-IT",
      "Italian reply on the first PO's thread that answers both open POs: first fully confirmed, second with a price increase and a discontinued line.")
def _(c):
    a = c.po("4500219350", "NATEB", "Nastri Tecnici Bergamo S.r.l.", "ordini@nastritecnici.example", "EUR", "2026-11-11", [
        ("NI-PVC-19-BK", "Nastro isolante PVC 19 mm x 25 m, nero", 200, "ROL", "0.98", "2026-12-10"),
        ("NI-PVC-19-GV", "Nastro isolante PVC 19 mm x 25 m, giallo/verde", 100, "ROL", "1.05", "2026-12-10")])
    b = c.po("4500219351", "NATEB", "Nastri Tecnici Bergamo S.r.l.", "ordini@nastritecnici.example", "EUR", "2026-11-11", [
        ("NI-AUTO-25", "Nastro autoagglomerante 25 mm x 10 m", 50, "ROL", "6.40", "2026-12-17"),
        ("NI-TEL-50", "Nastro telato 50 mm x 50 m", 40, "ROL", "4.90", "2026-12-17"),
        ("NI-ALU-50", "Nastro alluminio 50 mm x 50 m", 30, "ROL", "5.60", "2026-12-17")])
    txt = ("Buongiorno Mara,\n\nrispondo per entrambi gli ordini di ieri:\n\n"
           "Ordine 4500219350: tutto confermato come da vostro ordine, consegna 10/12.\n\n"
           "Ordine 4500219351:\n- riga 1 ok, consegna 17/12\n- riga 2: prezzo 5,15 €/rotolo (aumento listino dal 1/12), consegna 17/12\n"
           "- riga 3: articolo fuori produzione, non più disponibile.\n\nCordiali saluti\n\nLuca Ferrari\nUfficio Commerciale\n"
           "Nastri Tecnici Bergamo S.r.l. - P.IVA 03456780164\nTel. 035 456 7890\n\n"
           "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario.\n")
    c.mail(("Luca Ferrari", "l.ferrari@nastritecnici.example"), "R: " + req_subject(a), D(2026, 11, 12, 10, 3, "+0100"),
           Alt(T(txt + quote_outlook(a, "it")), H(html_page(nl2br(txt) + "<hr>" + quote_outlook_html(a, "it")))), po=a)
    c.confirm(ans(a, {1: "A", 2: "A"}), ans(b, {1: "A", 2: dict(unit_price="5.15"), 3: "R"}))
    c.notes = "One mail answers two POs. 4500219350 fully as ordered (10/12 = 2026-12-10). 4500219351: line 1 OK, line 2 new price 5.15, line 3 discontinued = rejected."


@case("esmx-partial-manana", "confirmation", "es-MX",
      "Mexican reply confirming partidas 1 and 2 for 'viernes 11 de diciembre' while partida 3 is still being checked.")
def _(c):
    p = c.po("4500219377", "AUTBJ", "Autopartes y Accesorios del Bajío S.A. de C.V.", "ventas@autobajio.example", "MXN", "2026-11-12", [
        ("JC-4AWG-5M", "Cables pasacorriente calibre 4, 5 m", 24, "EA", "685.00", "2026-12-11"),
        ("JC-6AWG-35", "Cables pasacorriente calibre 6, 3.5 m", 36, "EA", "420.00", "2026-12-11"),
        ("JC-BAG", "Estuche para cables pasacorriente", 60, "EA", "95.00", "2026-12-11")], buyer="tomas")
    txt = ("Hola Tomás, buenas tardes.\n\nTe confirmo las partidas 1 y 2 tal cual las pediste, con entrega el viernes 11 de diciembre en su almacén.\n"
           "La partida 3 (estuches) la estoy revisando con el fabricante; mañana te confirmo precio y fecha.\n\n"
           "Saludos,\nLic. Fernanda Ruiz\nEjecutiva de Ventas\nAutopartes y Accesorios del Bajío S.A. de C.V.\nTel. 477 123 4567 ext. 208 | Cel. 477 987 6543\n")
    c.mail(("Fernanda Ruiz", "fernanda.ruiz@autobajio.example"), "RE: " + req_subject(p), D(2026, 11, 13, 16, 45, "-0600"),
           Alt(T(txt + quote_outlook(p, "es")), H(html_page(nl2br(txt) + quote_outlook_html(p, "es")))), po=p)
    c.confirm(ans(p, {1: "A", 2: "A", 3: "U"}))
    c.notes = "Lines 1-2 confirmed as ordered for Friday 11 Dec 2026 (= requested). Line 3 'mañana te confirmo' commits nothing = unconfirmed."


@case("enin-invoice-other-po", "unrelated", "en-IN",
      "Tax invoice with PDF for an older PO (4500217650) that is not open; the open hex-key PO is not mentioned.")
def _(c):
    p = c.po("4500219400", "BHPT", "Bharat Precision Tools Pvt. Ltd.", "accounts@bharatprecision.example", "INR", "2026-11-12", [
        ("HK-SET-9M", "Hex key set metric 1.5-10 mm, 9 pcs, ball end", 60, "SET", "385.00", "2026-12-15"),
        ("HK-T-6", "T-handle hex key 6 mm", 100, "EA", "92.00", "2026-12-15")], buyer="priya")
    doc = pdf(["#BHARAT PRECISION TOOLS PVT. LTD.", "Plot 44, MIDC Bhosari, Pune 411026  GSTIN 27AABCB1234F1Z5",
               "#TAX INVOICE", "Invoice No: BPT/2026-27/1184     Date: 13-11-2026", "Buyer: Kestrel Facility Supply   Your PO: 4500217650 dt 02-10-2026",
               "", "Sl  HSN     Description                        Qty   Rate      Amount", "1   8205    Allen key L-type 8 mm                 200   24.00    4,800.00",
               "2   8205    Allen key L-type 10 mm                150   31.50    4,725.00", "", "IGST 18%                                                      1,714.50",
               "Total INR                                                    11,239.50", "Rupees Eleven Thousand Two Hundred Thirty Nine and Fifty Paise only",
               "Payment due: 30 days. Bank: HDFC Bank, A/c 50200012345678, IFSC HDFC0000123"], "Invoice BPT/2026-27/1184")
    txt = ("Dear Sir/Madam,\n\nPlease find attached our Tax Invoice No. BPT/2026-27/1184 dated 13-11-2026 against your PO No. 4500217650 dt. 02-10-2026 "
           "for material dispatched vide LR No. 88123 through VRL Logistics.\n\nKindly arrange payment within due date.\n\n"
           "Thanks & Regards,\nAccounts Department\nBharat Precision Tools Pvt. Ltd.\nPh: 020-2712 3456 / +91 98220 12345\n")
    c.mail(("BPT Accounts", "accounts@bharatprecision.example"), "Tax Invoice BPT/2026-27/1184 - PO 4500217650", D(2026, 11, 13, 17, 10, "+0530"),
           Mixed(T(txt, "us-ascii", "7bit"), Att(doc, "application/pdf", "INV_BPT_2026-27_1184.pdf")), po=None)
    c.other("unrelated")
    c.notes = "An invoice for a different, older PO (4500217650). It says nothing about open PO 4500219400."
