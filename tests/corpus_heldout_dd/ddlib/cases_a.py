from .common import (A, R, U, L, XLSX, case, ch, conf, dsn, exp, html_doc, kw, mail, pdf, po, q_gt, q_html,
                     q_outlook, raw, sup, hdate, req_subject, po_table, BUYER2)


@case("brenner-kw51-pack-rounding", "German top-post over an Outlook quote (ISO-8859-1, QP): pack rounding 110->125 with new price, and 'KW 51' meaning Friday 18.12.")
def _(n):
    s = sup("BRENNER", "Brenner Schleifmittel GmbH", "verkauf@brenner-schleif.example", "de-AT")
    p = po("4500031001", s, "2026-11-04", "EUR", [
        L("AD-125-K60", "Fächerschleifscheibe 125 mm K60", 200, "EA", "1.85", "2026-12-14"),
        L("AD-125-K80", "Fächerschleifscheibe 125 mm K80", 110, "EA", "1.90", "2026-12-14"),
        L("TS-230-20", "Trennscheibe Stahl 230x2,0 mm", 300, "EA", "2.45", "2026-12-11")])
    body = ("Sehr geehrte Frau Okafor,\n\ndanke für Ihre Bestellung 4500031001, wir bestätigen wie folgt:\n\n"
            "Pos. 1  AD-125-K60  200 Stk  à EUR 1,85  Liefertermin 14.12.2026  - OK\n"
            "Pos. 2  AD-125-K80  VPE 25 Stk, daher 125 Stk à EUR 1,90 - Liefertermin 14.12.2026\n"
            "Pos. 3  TS-230-20   300 Stk à EUR 2,45 - Liefertermin leider erst KW 51\n\n"
            "Mit freundlichen Grüßen\n\nIng. Gerhard Pölzl\nInnendienst / Verkauf\nBrenner Schleifmittel GmbH\n"
            "Industriestraße 14, A-8605 Kapfenberg\nTel. +43 3862 22 4 15-23 | Fax -99\nFN 204871 s, UID ATU 5731 2208\n"
            + q_outlook(p, ("Von", "Gesendet", "An", "Betreff")))
    return [p], mail(n, p, "Gerhard Pölzl <verkauf@brenner-schleif.example>", "2026-11-10 14:02 +0100",
                     subject="AW: " + req_subject(p), text=body, charset="iso-8859-1", cte="quoted-printable"), \
        exp("confirmation", "Line 1 as ordered. Line 2: pack of 25 forces 125 pcs at the unchanged price. Line 3: 'KW 51' without a day = Friday of ISO week 51 = 2026-12-18 (requested 11.12.).",
            conf(p, {1: A, 2: ch(125, "1.90", "2026-12-14"), 3: ch(300, "2.45", "2026-12-18")}))


@case("abelhas-gmail-price-date", "Brazilian Portuguese Gmail reply (text+HTML) with 'Em ... escreveu:' quote: new price US$ 18,90 with decimal comma and a dd/mm/yyyy date on line 1.")
def _(n):
    s = sup("APISUL", "Apisul Equipamentos Apícolas Ltda", "vendas@apisul.example", "pt-BR")
    p = po("4500031002", s, "2026-11-05", "USD", [
        L("FUM-INOX-G", "Bee smoker stainless, large, with guard", 60, "EA", "17.50", "2026-12-18"),
        L("FOLE-REP", "Replacement bellows for smoker", 40, "EA", "4.20", "2026-12-18")])
    intro = "Em qui., 5 de nov. de 2026 às 09:12, Lena Okafor <lena.okafor@brightmoor.example> escreveu:"
    t = ("Olá Lena, bom dia!\n\nSegue confirmação do pedido 4500031002:\n\n"
         "- FUM-INOX-G: 60 pçs, preço atualizado US$ 18,90/pç (reajuste do aço inox), entrega em 15/01/2027\n"
         "- FOLE-REP: 40 pçs a US$ 4,20, entrega em 18/12/2026 conforme solicitado\n\n"
         "Qualquer dúvida estou à disposição.\n\nAtt,\nJuliana Ferraz\nApisul Equipamentos Apícolas\n(47) 3333-8120 | WhatsApp (47) 99812-4410\n"
         + q_gt(p, intro))
    h = html_doc("<div>Olá Lena, bom dia!</div><div><br></div><div>Segue confirmação do pedido 4500031002:</div><ul>"
                 "<li>FUM-INOX-G: 60 pçs, preço atualizado <b>US$ 18,90/pç</b> (reajuste do aço inox), entrega em <b>15/01/2027</b></li>"
                 "<li>FOLE-REP: 40 pçs a US$ 4,20, entrega em 18/12/2026 conforme solicitado</li></ul>"
                 "<div>Qualquer dúvida estou à disposição.</div><div><br></div><div>Att,<br>Juliana Ferraz<br>Apisul Equipamentos Apícolas<br>"
                 "(47) 3333-8120 | WhatsApp (47) 99812-4410</div><br>" + q_html(p, intro))
    return [p], mail(n, p, "Juliana Ferraz <vendas@apisul.example>", "2026-11-09 10:41 -0300",
                     subject="Re: " + req_subject(p), text=t, html=h), \
        exp("confirmation", "Line 1 changed: price 18,90 (decimal comma) = 18.90 and delivery 15/01/2027 (day-first). Line 2 confirmed as ordered.",
            conf(p, {1: ch(60, "18.90", "2027-01-15"), 2: A}))


@case("thai-buddhist-era-date", "Thai reply with Buddhist-era year (2569 = 2026) and Thai month abbreviation; line 2 later, line 1 as ordered.")
def _(n):
    s = sup("SIAMCER", "Siam Ceramic Insulator Co., Ltd.", "sales@siamceramic.example", "th-TH")
    p = po("4500031003", s, "2026-11-03", "USD", [
        L("PIN-11KV", "Pin insulator porcelain 11 kV", 400, "EA", "3.80", "2026-12-11"),
        L("SUS-70KN", "Suspension disc insulator 70 kN", 150, "EA", "11.25", "2026-12-11")])
    t = ("เรียน คุณ Lena\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031003 บริษัทฯ ขอยืนยันรายการดังนี้\n\n"
         "1. PIN-11KV จำนวน 400 ชิ้น ราคา 3.80 USD ส่งมอบวันที่ 11 ธ.ค. 2569\n"
         "2. SUS-70KN จำนวน 150 ชิ้น ราคา 11.25 USD ส่งมอบวันที่ 8 ม.ค. 2570 (รอเผาเตาชุดถัดไป)\n\n"
         "ขอแสดงความนับถือ\nสุภาพร วงศ์ใหญ่\nฝ่ายขายต่างประเทศ\nโทร 02-123-4567 ต่อ 118\n" + q_gt(p))
    return [p], mail(n, p, "Supaporn Wongyai <sales@siamceramic.example>", "2026-11-06 16:20 +0700", text=t, cte="base64"), \
        exp("confirmation", "Thai dates use the Buddhist era: 11 ธ.ค. 2569 = 2026-12-11 (as ordered), 8 ม.ค. 2570 = 2027-01-08 (later than requested).",
            conf(p, {1: A, 2: ch(150, "11.25", "2027-01-08")}))


@case("kenya-phone-oneliner", "Terse Kenyan phone reply 'Confirmed all as per PO. Asante' on top of a Gmail quote; everything accepted.")
def _(n):
    s = sup("MOMBJUTE", "Mombasa Jute & Sisal Ltd", "orders@mombasajute.example", "sw-KE")
    p = po("4500031004", s, "2026-11-06", "USD", [
        L("JS-50KG-NAT", "Jute sack 50 kg, natural, 70x110 cm", 2000, "EA", "0.92", "2027-01-22"),
        L("JS-25KG-NAT", "Jute sack 25 kg, natural, 55x85 cm", 1500, "EA", "0.64", "2027-01-22")])
    t = "Habari Lena, confirmed all as per PO 4500031004, qty price and dates. Asante\n\nSent from Yahoo Mail on Android\n" + q_gt(p)
    return [p], mail(n, p, "Peter Otieno <orders@mombasajute.example>", "2026-11-07 07:55 +0300", subject="Re: " + req_subject(p), text=t), \
        exp("confirmation", "A one-line blanket confirmation of the whole PO: both lines accepted.", conf(p, {1: A, 2: A}))


@case("india-split-balance", "Indian English: line 1 split '600 nos by 20-12-2026 and balance 400 nos by 15-01-2027' (day-first), line 2 as ordered, signature with GSTIN and phone numbers.")
def _(n):
    s = sup("KAMDHENU", "Kamdhenu Dairy Rubber Pvt. Ltd.", "export@kamdhenurubber.example", "hi-IN")
    p = po("4500031005", s, "2026-11-02", "USD", [
        L("ML-SIL-25", "Milking liner silicone, 25 mm bore", 1000, "EA", "2.15", "2026-12-18"),
        L("ML-SHELL-SS", "Teat cup shell, stainless", 200, "EA", "3.40", "2026-12-18")])
    t = ("Dear Madam,\n\nGreetings from Kamdhenu!\n\nWith reference to your PO No. 4500031005 dtd. 02-11-2026, we confirm as below:\n\n"
         "1) ML-SIL-25 - 1,000 nos @ USD 2.15 - 600 nos will be dispatched by 20-12-2026 and balance 400 nos by 15-01-2027.\n"
         "2) ML-SHELL-SS - 200 nos @ USD 3.40 - by 18-12-2026.\n\nKindly acknowledge.\n\nThanks & Regards,\n"
         "Rakesh Sharma | Export Manager\nKamdhenu Dairy Rubber Pvt. Ltd.\nPlot 112, GIDC Estate, Anand - 388 001, Gujarat\n"
         "Mob: +91 98250 41122 | GSTIN 24AABCK1234F1Z5 | IEC 0811002345\n" + q_outlook(p))
    return [p], mail(n, p, "Rakesh Sharma <export@kamdhenurubber.example>", "2026-11-04 12:31 +0530", subject="RE: " + req_subject(p), text=t), \
        exp("confirmation", "Line 1 split into 600 on 2026-12-20 and 400 on 2027-01-15 (dispatch dates, day-first); total 1,000 unchanged, last date 2027-01-15. Line 2 as ordered.",
            conf(p, {1: ch(1000, "2.15", "2027-01-15", [(600, "2026-12-20"), (400, "2027-01-15")]), 2: A}))


@case("iceland-discontinued-no-year", "Icelandic reply: line 2 discontinued (rejected), line 1 earlier with a date without year '8. janúar'.")
def _(n):
    s = sup("JOKULL", "Jökull Fjallabúnaður ehf.", "pantanir@jokull.example", "is-IS")
    p = po("4500031006", s, "2026-11-09", "EUR", [
        L("IA-TECH-50", "Ice axe technical, 50 cm", 24, "EA", "89.00", "2027-01-15"),
        L("IA-CLS-65", "Ice axe classic, 65 cm, wooden shaft", 12, "EA", "74.50", "2027-01-15")])
    t = ("Sæl Lena,\n\nTakk fyrir pöntunina 4500031006.\n\nLína 1 (IA-TECH-50): 24 stk. á 89,00 EUR, afhending 8. janúar.\n"
         "Lína 2 (IA-CLS-65): því miður er þessi vara hætt í framleiðslu og við getum ekki afgreitt hana.\n\n"
         "Kveðja,\nSigrún Ólafsdóttir\nJökull Fjallabúnaður ehf. | Kt. 480912-0330 | s. 555 4021\n" + q_gt(p, "Þann mán. 9. nóv. 2026 kl. 09:12 skrifaði Lena Okafor <lena.okafor@brightmoor.example>:"))
    return [p], mail(n, p, "Sigrún Ólafsdóttir <pantanir@jokull.example>", "2026-11-11 11:03 +0000", subject="Re: " + req_subject(p), text=t, cte="quoted-printable"), \
        exp("confirmation", "'8. janúar' has no year: the next 8 January after the mail date is 2027-01-08 (earlier than the requested 15 Jan). Line 2 discontinued = rejected.",
            conf(p, {1: ch(24, "89.00", "2027-01-08"), 2: R}))


@case("finnish-question-colour", "Finnish reply asking which colour to supply and proposing a replacement item before confirming anything.")
def _(n):
    s = sup("HUOPA", "Huopatehdas Virtanen Oy", "myynti@huopavirtanen.example", "fi-FI")
    p = po("4500031007", s, "2026-11-05", "EUR", [
        L("FH-210-GR", "Felt hat trilby, grey, size 57", 40, "EA", "28.00", "2026-12-16"),
        L("FH-220", "Felt hat fedora, size 58", 30, "EA", "31.50", "2026-12-16")])
    t = ("Hei Lena,\n\nkiitos tilauksesta 4500031007. Ennen kuin vahvistamme, tarvitsemme vielä tietoa:\n"
         "rivin 2 tuote FH-220 on poistunut valikoimasta; korvaava malli on FH-221 (sama hinta), mutta se on saatavana vain "
         "harmaana tai antrasiittina. Kumman värin haluatte? Rivin 1 toimitusaika riippuu siitä, lähetetäänkö rivit yhdessä.\n\n"
         "Ystävällisin terveisin\nMatti Virtanen\nHuopatehdas Virtanen Oy\npuh. 040 712 3344\n" + q_gt(p, "Lena Okafor kirjoitti 5.11.2026 klo 9.12:"))
    return [p], mail(n, p, "Matti Virtanen <myynti@huopavirtanen.example>", "2026-11-06 13:15 +0200", subject="VS: " + req_subject(p), text=t), \
        exp("needs_review", "The supplier asks which colour/replacement to supply and makes line 1's date depend on the answer; nothing is committed yet.")


@case("polish-erp-pdf", "Polish ERP mail in a new thread with a hand-built PDF order confirmation; line 2 date moved, prices written with decimal comma in the PDF.")
def _(n):
    s = sup("ZGARPOL", "Zgarpol Sp. z o.o.", "zamowienia@zgarpol.example", "pl-PL")
    p = po("4500031008", s, "2026-11-03", "EUR", [
        L("SZ-AL-1L", "Grain scoop aluminium 1 L", 150, "EA", "6.40", "2027-01-15"),
        L("SZ-AL-2L", "Grain scoop aluminium 2 L", 100, "EA", "8.90", "2027-01-15"),
        L("SZ-PP-05", "Grain scoop polypropylene 0.5 L", 300, "EA", "1.75", "2027-01-15")])
    doc = pdf(["ZGARPOL Sp. z o.o.   ul. Fabryczna 7, 62-800 Kalisz   NIP 618-21-44-901",
               "POTWIERDZENIE ZAMOWIENIA nr ZS/2026/11/0412   z dnia 12.11.2026",
               "Zamawiajacy: Brightmoor Trading BV, Rotterdam   Nr zamowienia klienta: 4500031008",
               "",
               "Lp  Indeks      Nazwa                         Ilosc  JM   Cena netto  Waluta  Termin dostawy",
               "1   SZ-AL-1L    Szufelka aluminiowa 1 L         150  szt     6,40     EUR    15.01.2027",
               "2   SZ-AL-2L    Szufelka aluminiowa 2 L         100  szt     8,90     EUR    29.01.2027",
               "3   SZ-PP-05    Szufelka PP 0,5 L               300  szt     1,75     EUR    15.01.2027",
               "",
               "Wartosc netto: 2 315,00 EUR    Warunki platnosci: 30 dni    Incoterms: DAP Rotterdam",
               "Dokument wygenerowany automatycznie z systemu ERP."])
    t = ("Dzień dobry,\n\nw załączeniu przesyłamy potwierdzenie zamówienia ZS/2026/11/0412 do Państwa zamówienia 4500031008.\n\n"
         "Wiadomość wygenerowana automatycznie - prosimy nie odpowiadać.\nZgarpol Sp. z o.o., Sąd Rejonowy Poznań, KRS 0000312456, kapitał zakładowy 100 000 zł\n")
    return [p], mail(n, p, "Zgarpol ERP <zamowienia@zgarpol.example>", "2026-11-12 06:02 +0100", thread=False,
                     subject="Potwierdzenie zamówienia ZS/2026/11/0412 / PO 4500031008", text=t, charset="iso-8859-2", cte="quoted-printable",
                     attachments=[("ZS_2026_11_0412.pdf", "application/pdf", doc)]), \
        exp("confirmation", "An ERP confirmation (PDF) commits to the order, so it is a confirmation. Lines 1 and 3 as ordered; line 2 delivery 29.01.2027 instead of 15.01.",
            conf(p, {1: A, 2: ch(100, "8.90", "2027-01-29"), 3: A}))


@case("czech-inline-quoted", "Czech supplier answers inline inside our '> ' quoted PO table (with '-> OK' and a new price per box on line 3).")
def _(n):
    s = sup("DLAZBA", "Dlažba Plus s.r.o.", "obchod@dlazbaplus.example", "cs-CZ")
    p = po("4500031009", s, "2026-11-06", "EUR", [
        L("TS-2MM-X", "Tile spacer cross 2 mm, 1000 pcs/box", 40, "BOX", "3.60", "2026-12-09"),
        L("TS-3MM-X", "Tile spacer cross 3 mm, 1000 pcs/box", 40, "BOX", "3.75", "2026-12-09"),
        L("TS-LVL-100", "Tile levelling clips, 100 pcs/box", 60, "BOX", "3.95", "2026-12-09")])
    rows = po_table(p).splitlines()
    t = ("Dobrý den paní Okafor,\n\nodpovědi píšu přímo do Vaší objednávky níže.\n\nS pozdravem\nJana Dvořáková\nDlažba Plus s.r.o., IČO 27184521\n\n"
         "-----Původní zpráva-----\nOd: Lena Okafor <lena.okafor@brightmoor.example>\nOdesláno: 6. listopadu 2026 9:12\n\n"
         "> please find our purchase order 4500031009 dated 2026-11-06 below and attached.\n"
         "> Kindly confirm quantities, prices and delivery dates by return mail.\n>\n"
         f"> {rows[0]}\n> {rows[1]}\n   -> OK, expedice 9. 12.\n> {rows[2]}\n   -> OK\n> {rows[3]}\n"
         "   -> množství OK, termín OK, ale cena od listopadu 4,20 EUR/bal.\n>\n> Kind regards\n> Lena Okafor\n")
    return [p], mail(n, p, "Jana Dvořáková <obchod@dlazbaplus.example>", "2026-11-09 08:47 +0100", subject="Odp: " + req_subject(p),
                     text=t, charset="iso-8859-2", cte="quoted-printable"), \
        exp("confirmation", "Answers are written under each quoted line: lines 1-2 OK (9. 12. = 2026-12-09 as ordered), line 3 same quantity/date but price 4,20 EUR per box.",
            conf(p, {1: A, 2: A, 3: ch(60, "4.20", "2026-12-09")}))


@case("hungarian-price-per-100", "Hungarian reply quoting the price per 100 pcs ('100 db-os ár: 44,00 EUR') and dates as '2027. 01. 12.'.")
def _(n):
    s = sup("SIPOSNAD", "Síposnád Hangszeralkatrész Kft.", "rendeles@siposnad.example", "hu-HU")
    p = po("4500031010", s, "2026-11-02", "EUR", [
        L("HR-C-BR", "Harmonica reed plate C, brass", 500, "PC", "0.42", "2027-01-12"),
        L("HR-G-BR", "Harmonica reed plate G, brass", 500, "PC", "0.42", "2027-01-12")])
    t = ("Tisztelt Okafor Asszony!\n\nA 4500031010 számú megrendelését az alábbiak szerint visszaigazoljuk:\n\n"
         "1. tétel HR-C-BR: 500 db, 100 db-os ár: 44,00 EUR, szállítás: 2027. 01. 12.\n"
         "2. tétel HR-G-BR: 500 db, 100 db-os ár: 42,00 EUR, szállítás: 2027. 01. 12.\n\n"
         "Az 1. tételnél a sárgaréz felár miatt módosult az ár.\n\nÜdvözlettel:\nKovács Béla\nSíposnád Kft. | Adószám: 12345678-2-13 | +36 1 234 5678\n"
         + q_outlook(p, ("Feladó", "Elküldve", "Címzett", "Tárgy")))
    return [p], mail(n, p, "Kovács Béla <rendeles@siposnad.example>", "2026-11-05 15:10 +0100", subject="VÁLASZ: " + req_subject(p),
                     text=t, charset="iso-8859-2", cte="quoted-printable"), \
        exp("confirmation", "Prices per 100 pcs: 44,00 EUR/100 = 0.44 per PC (changed), 42,00/100 = 0.42 (as ordered). Hungarian date 2027. 01. 12. = requested date.",
            conf(p, {1: ch(500, "0.44", "2027-01-12"), 2: A}))


@case("japanese-shiftjis-nouki", "Japanese reply in Shift_JIS/base64: 納期 per line in 年月日 form, line 1 three days later.")
def _(n):
    s = sup("KAMAYA", "株式会社窯屋計器", "eigyo@kamaya-keiki.example", "ja-JP")
    p = po("4500031011", s, "2026-11-04", "USD", [
        L("TC-K-300", "Kiln thermocouple type K, 300 mm", 20, "EA", "46.00", "2026-12-18"),
        L("TC-S-450", "Kiln thermocouple type S, 450 mm", 6, "EA", "212.00", "2026-12-18")])
    t = ("Brightmoor Trading BV\nLena Okafor 様\n\nいつもお世話になっております。窯屋計器の佐藤です。\n"
         "ご注文（注文番号 4500031011）ありがとうございます。下記の通り承りました。\n\n"
         "１．TC-K-300　数量 20本　単価 USD 46.00　納期 2026年12月21日\n"
         "２．TC-S-450　数量 6本　単価 USD 212.00　納期 2026年12月18日\n\n"
         "※１の納期はご希望より3日遅れとなります。申し訳ございません。\n\n"
         "何卒よろしくお願い申し上げます。\n――――――――――――\n株式会社窯屋計器　営業部　佐藤 健一\nTEL 052-123-4567 / FAX 052-123-4568\n――――――――――――\n")
    return [p], mail(n, p, "=?utf-8?b?5L2Q6Jek?= <eigyo@kamaya-keiki.example>".replace("=?utf-8?b?5L2Q6Jek?=", "Sato Kenichi"),
                     "2026-11-06 10:05 +0900", subject="RE: " + req_subject(p), text=t, charset="shift_jis", cte="base64"), \
        exp("confirmation", "Line 1 delivery 2026年12月21日 = 2026-12-21 (requested 12-18); line 2 as ordered. Full-width digits in item numbers.",
            conf(p, {1: ch(20, "46.00", "2026-12-21"), 2: A}))


@case("taiwan-big5-two-pos", "Traditional Chinese Big5 mail answering two POs at once; second PO's only line shortened by stock shortage.")
def _(n):
    s = sup("YUHAO", "玉豪文具有限公司", "sales@yuhao-pen.example", "zh-TW")
    p1 = po("4500031012", s, "2026-11-03", "USD", [
        L("QP-GOOSE-W", "Quill pen goose feather, white", 200, "EA", "2.80", "2026-12-15"),
        L("QP-NIB-SET", "Replacement steel nib set (5 pcs)", 100, "SET", "1.90", "2026-12-15")])
    p2 = po("4500031013", s, "2026-11-04", "USD", [
        L("QP-PEAC-C", "Quill pen peacock, calligraphy", 300, "EA", "4.60", "2026-12-22")])
    p2["request_message_id"] = "<po-4500031013.1@brightmoor.example>"
    t = ("Lena 您好：\n\n感謝您的訂單，兩張訂單回覆如下：\n\n"
         "【訂單 4500031012】\n1. QP-GOOSE-W 200 支，單價 USD 2.80，交期 2026/12/15 — OK\n2. QP-NIB-SET 100 組，單價 USD 1.90，交期 2026/12/15 — OK\n\n"
         "【訂單 4500031013】\n1. QP-PEAC-C 孔雀羽毛庫存不足，只能供應 240 支，單價不變 USD 4.60，交期 2026/12/22；其餘 60 支無法供應，請取消。\n\n"
         "謝謝！\n陳怡君 Yvonne Chen\n玉豪文具有限公司\nTel: +886-2-2345-6789 #21\n")
    return [p1, p2], mail(n, p1, "Yvonne Chen <sales@yuhao-pen.example>", "2026-11-07 14:22 +0800",
                          subject="RE: PO 4500031012 / 4500031013", text=t, charset="big5", cte="base64"), \
        exp("confirmation", "Both POs are answered. PO 4500031012 accepted in full. PO 4500031013: only 240 of 300 at the same price and date; the rest is cancelled, so the line is changed to 240.",
            conf(p1, {1: A, 2: A}), conf(p2, {1: ch(240, "4.60", "2026-12-22")}))


@case("russian-koi8-two-batches", "Russian KOI8-R reply splitting net floats into two batches (500 by 18.12.2026, 700 on 22.01.2027).")
def _(n):
    s = sup("POPLAVOK", "OOO Poplavok-Snab", "zakaz@poplavok-snab.example", "ru-RU")
    p = po("4500031014", s, "2026-11-02", "USD", [
        L("NF-EVA-80", "Net float EVA 80x45 mm", 1200, "EA", "0.86", "2026-12-18"),
        L("NF-PVC-100", "Net float PVC 100 mm, headline", 400, "EA", "1.34", "2026-12-18")])
    t = ("Добрый день, Лена!\n\nПо заказу N 4500031014 подтверждаем:\n\n"
         "1. NF-EVA-80 - 1200 шт. по 0,86 USD. Поставка двумя партиями: 500 шт. до 18.12.2026, оставшиеся 700 шт. - 22.01.2027.\n"
         "2. NF-PVC-100 - 400 шт. по 1,34 USD, поставка 18.12.2026.\n\n"
         "С уважением,\nИрина Соколова\nменеджер отдела продаж\nООО Поплавок-Снаб, ИНН 7701234567\nтел. +7 (495) 123-45-67\n" + q_gt(p, "09.11.2026, 09:12, Lena Okafor пишет:"))
    return [p], mail(n, p, "Ирина Соколова <zakaz@poplavok-snab.example>", "2026-11-10 11:48 +0300", subject="Re: " + req_subject(p),
                     text=t, charset="koi8-r", cte="8bit"), \
        exp("confirmation", "Line 1: same total and price, split 500 on 2026-12-18 and 700 on 2027-01-22, so changed with a schedule. Line 2 as ordered.",
            conf(p, {1: ch(1200, "0.86", "2027-01-22", [(500, "2026-12-18"), (700, "2027-01-22")]), 2: A}))


@case("turkish-within-3-weeks", "Turkish windows-1254 reply with a relative date 'teslimat 3 hafta içinde' counted from the Date header.")
def _(n):
    s = sup("ANADOLUTEKS", "Anadolu Tekstil Koruyucu San. Tic. A.Ş.", "satis@anadoluteks.example", "tr-TR")
    p = po("4500031015", s, "2026-11-12", "EUR", [
        L("OG-ARAM-35", "Oven glove aramid, 35 cm, pair", 300, "PR", "6.20", "2026-12-15"),
        L("OG-SIL-30", "Oven glove silicone, 30 cm, pair", 200, "PR", "4.95", "2026-12-15")])
    t = ("Merhaba Lena Hanım,\n\n4500031015 numaralı siparişinizi tüm kalemler için miktar ve fiyatlarıyla onaylıyoruz. "
         "Teslimat 3 hafta içinde yapılacaktır.\n\nSaygılarımızla,\nMehmet Yılmaz\nİhracat Sorumlusu\nAnadolu Tekstil A.Ş. | Tel: +90 232 456 78 90\n"
         + q_outlook(p, ("Kimden", "Gönderildi", "Kime", "Konu")))
    return [p], mail(n, p, "Mehmet Yılmaz <satis@anadoluteks.example>", "2026-11-18 09:30 +0300", subject="YNT: " + req_subject(p),
                     text=t, charset="windows-1254", cte="quoted-printable"), \
        exp("confirmation", "Quantities and prices confirmed; 'within 3 weeks' from Wed 18 Nov 2026 = 2026-12-09, earlier than the requested 15 Dec, so both lines changed (date).",
            conf(p, {1: ch(300, "6.20", "2026-12-09"), 2: ch(200, "4.95", "2026-12-09")}))


@case("mexico-ooo", "Spanish (MX) out-of-office with Auto-Submitted header naming a colleague and return date.")
def _(n):
    s = sup("SELLOSMX", "Sellos y Timbres del Bajío S.A. de C.V.", "ventas@sellosbajio.example", "es-MX")
    p = po("4500031016", s, "2026-11-13", "USD", [
        L("RS-SELF-42", "Self-inking rubber stamp 42x12 mm, custom", 50, "EA", "7.80", "2026-12-11")])
    t = ("Gracias por su mensaje.\n\nEstaré fuera de la oficina del 16 al 20 de noviembre de 2026 con acceso limitado al correo. "
         "Para pedidos urgentes favor de contactar a Rocío Méndez (rocio.mendez@sellosbajio.example, tel. 477 712 3040).\n\n"
         "Saludos,\nArturo Salgado\n")
    return [p], mail(n, p, "Arturo Salgado <ventas@sellosbajio.example>", "2026-11-16 08:01 -0600",
                     subject="Respuesta automática: " + req_subject(p), text=t, cte="quoted-printable",
                     headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]), \
        exp("auto_reply", "Out-of-office auto-reply; it says nothing about the order.")


@case("italian-percent-surcharge", "Italian reply with '+4% adeguamento costi energetici' on line 1 and 'venerdì 15 gennaio' without year.")
def _(n):
    s = sup("LISTELLI", "Listelli Legno Veneto S.r.l.", "ordini@listelliveneto.example", "it-IT")
    p = po("4500031017", s, "2026-11-09", "EUR", [
        L("PB-OAK-70", "Parquet block oak 70x250x10, natural", 180, "M2", "38.50", "2027-01-11"),
        L("PB-WAL-70", "Parquet block walnut 70x250x10", 60, "M2", "61.00", "2027-01-11")])
    t = ("Gentile Sig.ra Okafor,\n\nin riferimento al Vs. ordine n. 4500031017 confermiamo:\n\n"
         "- pos. 1 PB-OAK-70: 180 m² a 38,50 €/m² + 4% adeguamento costi energetici; consegna venerdì 15 gennaio\n"
         "- pos. 2 PB-WAL-70: 60 m² a 61,00 €/m², consegna 11/01/2027 come richiesto\n\n"
         "Cordiali saluti\nFrancesca Bortolin\nUfficio Commerciale - Listelli Legno Veneto S.r.l.\nP.IVA 03456780261 - Tel. 0423 123456\n\n"
         "Le informazioni contenute in questa e-mail sono riservate e destinate esclusivamente al destinatario.\n" + q_gt(p, "Il giorno lun 9 nov 2026 alle ore 09:12 Lena Okafor <lena.okafor@brightmoor.example> ha scritto:"))
    return [p], mail(n, p, "Francesca Bortolin <ordini@listelliveneto.example>", "2026-11-11 17:26 +0100", subject="R: " + req_subject(p), text=t), \
        exp("confirmation", "Line 1: +4% applies to the PO price 38.50 -> 40.04, and 'venerdì 15 gennaio' is the next 15 January = 2027-01-15 (a Friday). Line 2 as ordered.",
            conf(p, {1: ch(180, "40.04", "2027-01-15"), 2: A}))


@case("flemish-html-week3", "Dutch (BE) HTML-only reply: 'lijn 2 levering week 3' = Friday 2027-01-22.")
def _(n):
    s = sup("SNEEUWSTAP", "Sneeuwstap BV", "verkoop@sneeuwstap.example", "nl-BE")
    p = po("4500031018", s, "2026-11-10", "EUR", [
        L("SB-STD-M", "Snowshoe binding standard, size M", 80, "PR", "22.40", "2027-01-08"),
        L("SB-RAT-L", "Snowshoe binding ratchet, size L", 50, "PR", "27.90", "2027-01-08")])
    h = html_doc("<p>Dag Lena,</p><p>Bestelling 4500031018 is bevestigd:</p><ul><li>Lijn 1: OK zoals besteld (80 paar, &euro; 22,40, 08/01/2027)</li>"
                 "<li>Lijn 2: 50 paar aan &euro; 27,90 &ndash; levering week 3</li></ul><p>Met vriendelijke groeten,<br>Wim Claes<br>Sneeuwstap BV<br>"
                 "BTW BE 0456.789.123 &middot; +32 9 123 45 67</p>" + q_html(p, "Op ma 10 nov. 2026 om 09:12 schreef Lena Okafor &lt;lena.okafor@brightmoor.example&gt;:"))
    return [p], mail(n, p, "Wim Claes <verkoop@sneeuwstap.example>", "2026-11-12 10:12 +0100", subject="RE: " + req_subject(p), html=h, cte="quoted-printable"), \
        exp("confirmation", "Line 1 as ordered. Line 2: 'week 3' with no day = Friday of ISO week 3 of 2027 = 2027-01-22.",
            conf(p, {1: A, 2: ch(50, "27.90", "2027-01-22")}))


@case("postfix-bounce-sweden", "Postfix 'Undelivered Mail Returned to Sender' multipart/report for the request sent to a Swedish supplier (5.1.1 user unknown).")
def _(n):
    s = sup("STANSAB", "Stansverktyg Norrland AB", "order@stansverktyg.example", "sv-SE")
    p = po("4500031019", s, "2026-11-10", "EUR", [
        L("LP-ROT-6", "Leather rotary punch, 6 sizes", 40, "EA", "14.90", "2026-12-10"),
        L("LP-HOL-SET", "Hollow punch set 1-10 mm", 25, "SET", "19.50", "2026-12-10")])
    human = ("This is the mail system at host mail.brightmoor.example.\n\nI'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "<order@stansverktyg.example>: host mx1.stansverktyg.example[192.0.2.44] said:\n    550 5.1.1 <order@stansverktyg.example>: "
             "Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)")
    return [p], dsn(n, p, "MAILER-DAEMON@mail.brightmoor.example (Mail Delivery System)", "2026-11-10 09:13 +0100",
                    "Undelivered Mail Returned to Sender", human, s["email"], "5.1.1",
                    "550 5.1.1 <order@stansverktyg.example>: Recipient address rejected: User unknown", "mail.brightmoor.example"), \
        exp("bounce", "Postfix DSN: our request to order@stansverktyg.example was rejected (user unknown).")
