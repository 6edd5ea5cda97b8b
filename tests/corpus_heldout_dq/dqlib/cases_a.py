from .common import *  # noqa: F401,F403
from .common import BUYERS

ME = BUYERS["mara"]
TOM = BUYERS["tom"]
INES = BUYERS["ines"]


def to(b):
    return addr(b[0], b[1])


# 001 ------------------------------------------------------------------ de-AT
S = sup("HOLLERER", "Armaturen Hollerer GmbH", "verkauf@hollerer-armaturen.example", "de-AT")
P = po("4500031107", S, [
    L(1, "KH-DN25-PN40", "Ball valve DN25 PN40, 1.4408, full bore", 40, "EA", "38.90", "2026-12-15"),
    L(2, "KH-DN50-PN40", "Ball valve DN50 PN40, 1.4408, full bore", 12, "EA", "96.50", "2026-12-15"),
    L(3, "KH-DN80-PN16", "Ball valve DN80 PN16, flanged, lever operated", 6, "EA", "214.00", "2027-01-12"),
], issued="2026-11-04")
body = ("Sehr geehrte Frau Lindqvist,\n\n"
        "danke für Ihre Bestellung. Pos. 1 und 2 bestätigen wir wie bestellt, Liefertermin 15.12.2026.\n"
        "Pos. 3 (Kugelhahn DN80) ist derzeit nicht lagernd – Liefertermin KW 3/2027, Preis unverändert € 214,00/Stk.\n\n"
        "Mit freundlichen Grüßen\n\nStefan Pichler\nInnendienst / Verkauf\n"
        "Armaturen Hollerer GmbH | Industriestraße 14 | 4600 Wels | Österreich\n"
        "T +43 7242 61 880-23 | F +43 7242 61 880-99\n"
        "FN 123456x, LG Wels | UID ATU 12345678\n\n"
        + outlook_quote(P, "de", sent="Mittwoch, 4. November 2026 09:14"))
add("ball-valves-kw-austria", "", "German top-post over Outlook quote; line 3 moved to 'KW 3/2027' (= Fri 2027-01-22) while lines 1-2 accepted; signature full of numbers.",
    [P], mail(addr("Stefan Pichler", "verkauf@hollerer-armaturen.example"), to(ME), "AW: " + req_subject(P),
              rfcdate(2026, 11, 9, 10, 42), "<a1f3c2d9e0b14e7c@hollerer-armaturen.example>",
              alt(body, txt2html(body), "001"), irt=rid(P), refs=rid(P), xmailer="Microsoft Outlook 16.0"),
    exp("confirmation", "Lines 1-2 confirmed as ordered (15.12.2026). Line 3 same price but delivery 'KW 3/2027' with no day named = Friday of ISO week 3 2027 = 2027-01-22.",
        conf(P, {1: "A", 2: "A", 3: C(d="2027-01-22")})))

# 002 ------------------------------------------------------------------ pt-BR
S = sup("PROTEMAX", "Protemax Luvas Industriais Ltda", "vendas@protemax.example", "pt-BR")
P = po("4500031112", S, [
    L(1, "NG-NIT-M-100", "Nitrile gloves powder-free, size M, box of 100", 25, "BOX", "9.80", "2026-12-10"),
    L(2, "NG-NIT-L-100", "Nitrile gloves powder-free, size L, box of 100", 25, "BOX", "9.80", "2026-12-10"),
], cur="USD", issued="2026-11-05")
body = ("Bom dia Mara,\n\nsegue a confirmação do pedido 4500031112:\n\n"
        "As luvas são vendidas somente em caixa master com 10 caixas, por isso ajustamos as quantidades para 30 cx em cada item.\n"
        "Preço mantido: US$ 9,80 por caixa.\n\n"
        "Item 1 (tam. M) – 30 cx – entrega 10/12/2026\n"
        "Item 2 (tam. L) – 30 cx – entrega 17/12/2026 (o tamanho L está em produção)\n\n"
        "Qualquer dúvida estou à disposição.\n\nAbs,\nRenata Figueiredo\nComercial Exportação\n"
        "Protemax Luvas Industriais Ltda – CNPJ 12.345.678/0001-90\nFone +55 11 4002-8922 | WhatsApp +55 11 98765-4321\n\n")
x = iso(P["issued"])
q = f"Em qui., 5 de nov. de 2026 às 09:14, Mara Lindqvist <{ME[1]}> escreveu:\n\n" + gt(req_text(P))
add("nitrile-gloves-master-carton", "", "Portuguese Gmail reply: both lines rounded up to master-carton multiples (25 -> 30 BOX), line 2 also a week later; prices written 'US$ 9,80'.",
    [P], mail(addr("Renata Figueiredo", "vendas@protemax.example"), to(ME), "Re: " + req_subject(P),
              rfcdate(2026, 11, 9, 11, 3, "-0300"), "<CAF8x2kPq0mN4uWv_Lr7=tQ1YsA@mail.protemax.example>",
              alt(body + q, txt2html(body) + "<div class=\"gmail_quote\"><blockquote class=\"gmail_quote\">" + req_html(P) + "</blockquote></div>", "002", "gmail"),
              irt=rid(P), refs=rid(P)),
    exp("confirmation", "Both lines confirmed at the PO price but quantity 30 (master-carton rounding); line 2 delivery 17/12/2026 (day-first).",
        conf(P, {1: C(q=30), 2: C(q=30, d="2026-12-17")})))

# 003 ------------------------------------------------------------------ th-TH
S = sup("SIAMABR", "Siam Abrasive Supply Co., Ltd.", "sales@siamabrasive.example", "th-TH")
P = po("4500031120", S, [
    L(1, "FD-115-Z60", "Flap disc 115 mm zirconia P60, type 29", 200, "PC", "1.35", "2026-12-18"),
    L(2, "FD-125-Z80", "Flap disc 125 mm zirconia P80, type 27", 150, "PC", "1.55", "2026-12-18"),
], cur="USD", issued="2026-11-04", buyer="tom")
body = ("เรียน คุณทอม\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031120 ค่ะ\n"
        "ทางเรายืนยันคำสั่งซื้อตามรายการทั้ง 2 รายการ จำนวนและราคาตามที่ระบุในใบสั่งซื้อ\n"
        "กำหนดส่งสินค้าถึงปลายทาง วันที่ 18/12/2569 ค่ะ\n\n"
        "ขอแสดงความนับถือ\nพิมพ์ชนก ศรีสุข (Pim)\nฝ่ายขายต่างประเทศ\nบริษัท สยามอะเบรซีฟ ซัพพลาย จำกัด\nโทร. +66 2 123 4567 ต่อ 108\n\n")
q = outlook_quote(P, "en", sent="Wednesday, November 4, 2026 3:14 PM")
add("flap-discs-buddhist-year", "", "Thai reply confirming all as ordered with the date in the Buddhist era (18/12/2569 = 2026-12-18); base64 UTF-8 body.",
    [P], mail(addr("พิมพ์ชนก ศรีสุข", "sales@siamabrasive.example"), to(TOM), "ตอบกลับ: " + req_subject(P),
              rfcdate(2026, 11, 10, 14, 20, "+0700"), "<TYCP286MB1234ABCD5678@TYCP286.APCP286.PROD.OUTLOOK.example>",
              T(body + q, cte="base64"), irt=rid(P), refs=rid(P)),
    exp("confirmation", "All lines confirmed as ordered; 18/12/2569 is a Thai Buddhist-era date (2569 - 543 = 2026), i.e. the requested 2026-12-18.",
        conf(P, {1: "A", 2: "A"})))

# 004 ------------------------------------------------------------------ sw-KE
S = sup("JENGO", "Jengo Cleaning Supplies Ltd", "orders@jengoclean.example", "sw-KE")
P = po("4500031131", S, [
    L(1, "MB-20L-WR", "Mop bucket 20 L with wringer, yellow", 30, "EA", "17.40", "2026-12-21"),
    L(2, "MB-36L-DUO", "Double mop bucket trolley 36 L", 10, "EA", "58.00", "2026-12-21"),
], cur="USD", issued="2026-11-06")
body = ("Habari Mara,\n\nTumepokea oda yako PO 4500031131, asante sana. Tunathibitisha bidhaa zote mbili, idadi na bei kama ulivyoagiza.\n"
        "Mzigo utakuwa tayari mapema: tutasafirisha tarehe 3/12/2026 na utafika Rotterdam tarehe 14/12/2026.\n\n"
        "Asante,\nWanjiru Kamau\nJengo Cleaning Supplies Ltd, Nairobi\n+254 722 000 111\n\nImetumwa kutoka kwa simu yangu\n")
add("mop-buckets-ship-vs-arrive", "", "Short Swahili phone reply giving both a ship date (3/12) and an arrival date (14/12); arrival wins and is earlier than requested.",
    [P], mail(addr("Wanjiru Kamau", "orders@jengoclean.example"), to(ME), "Re: " + req_subject(P),
              rfcdate(2026, 11, 12, 8, 5, "+0300"), "<3E1F9A72-55C0-4B6B-9D2E-7C41A0B3F100@jengoclean.example>",
              T(body, flowed=True, cte="quoted-printable"), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Quantities and prices confirmed; delivery (arrival) date 14/12/2026 wins over the ship date 3/12/2026, earlier than the requested 21 Dec, so both lines are changed.",
        conf(P, {1: C(d="2026-12-14"), 2: C(d="2026-12-14")})))

# 005 ------------------------------------------------------------------ hi-IN
S = sup("BHARATTB", "Bharat Tools & Blades Pvt. Ltd.", "export@bharattools.example", "hi-IN")
P = po("4500031140", S, [
    L(1, "JB-T101B-5", "Jigsaw blade T101B wood, pack of 5", 400, "SET", "145.00", "2026-12-16"),
    L(2, "JB-T118A-5", "Jigsaw blade T118A metal, pack of 5", 250, "SET", "168.00", "2026-12-16"),
    L(3, "JB-T345XF-3", "Jigsaw blade T345XF bi-metal, pack of 3", 120, "SET", "310.00", "2027-01-08"),
], cur="INR", issued="2026-11-05", buyer="tom")
body = ("नमस्ते टॉम जी,\n\nआपका PO 4500031140 मिल गया, धन्यवाद।\n\n"
        "आइटम 1 और 2: मात्रा, रेट और डिलीवरी 16/12/2026 कन्फर्म है।\n"
        "आइटम 3 (T345XF): कच्चे माल की कीमत बढ़ने के कारण रेट अब ₹ 335.00 प्रति सेट रहेगा, डिलीवरी 08/01/2027 ही रहेगी।\n\n"
        "कुल ऑर्डर वैल्यू: ₹ 1,40,200.00 (GST अलग से)\n\n"
        "सादर,\nराकेश अग्रवाल\nएक्सपोर्ट विभाग, भारत टूल्स एंड ब्लेड्स प्रा. लि.\nमो. +91 98290 12345 | GSTIN 08AABCB1234F1Z5\n\n")
q = ("-----Original Message-----\n" + f"From: Tom Okafor <{TOM[1]}>\nSent: 05 November 2026 13:44\nTo: {S['email']}\nSubject: {req_subject(P)}\n\n" + req_text(P))
add("jigsaw-blades-hindi-rate", "", "Hindi reply with Indian digit grouping (1,40,200.00); line 3 price raised to 335.00 per set while lines 1-2 confirmed.",
    [P], mail(addr("Rakesh Agarwal", "export@bharattools.example"), to(TOM), "RE: " + req_subject(P),
              rfcdate(2026, 11, 10, 16, 31, "+0530"), "<000001db52a1$8c4e2f10$a4ea8d30$@bharattools.example>",
              T(body + q), irt=rid(P), refs=rid(P)),
    exp("confirmation", "Lines 1-2 accepted; line 3 new price INR 335.00 per set (date unchanged 2027-01-08). Total 1,40,200.00 is Indian grouping for 140200 and confirms the quantities.",
        conf(P, {1: "A", 2: "A", 3: C(p="335.00")})))

# 006 ------------------------------------------------------------------ is-IS
S = sup("HLJODVORN", "Hljóðvörn ehf.", "sala@hljodvorn.example", "is-IS")
P = po("4500031152", S, [
    L(1, "HP-EM-SNR30", "Ear muffs, headband, SNR 30 dB", 60, "EA", "14.20", "2026-12-11"),
    L(2, "HP-EP-200", "Ear plugs foam, dispenser refill 200 pairs", 15, "BOX", "21.90", "2026-12-11"),
], issued="2026-11-06")
body = ("Sæl Mara,\n\nVið staðfestum pöntun nr. 4500031152:\n\n"
        "Lína 1: 60 stk. á 14,20 € - afhending 8. desember\n"
        "Lína 2: 15 kassar á 21,90 € - afhending 8. desember\n\n"
        "Kveðja,\nGuðrún Einarsdóttir\nHljóðvörn ehf. | Skútuvogi 12 | 104 Reykjavík\nSími 555 1234 | kt. 540612-0980\n\n"
        + gt(f"{P['issued']} 09:14 skrifaði Mara Lindqvist:\n" + req_text(P)) + "\n")
add("hearing-protectors-no-year", "", "Icelandic ISO-8859-15 reply; delivery '8. desember' without a year (next such date = 2026-12-08, earlier than requested).",
    [P], mail(addr("Guðrún Einarsdóttir", "sala@hljodvorn.example", "iso-8859-15"), to(ME), "Re: " + req_subject(P),
              rfcdate(2026, 11, 13, 9, 47, "+0000"), "<5f0e2c1a-77b3-4a1e-9c61-2b8d44e0a6f1@hljodvorn.example>",
              T(body, cs="iso-8859-15"), irt=rid(P), refs=rid(P),
              xmailer=None, extra=[("User-Agent", "Mozilla Thunderbird 128.4.0")]),
    exp("confirmation", "Quantities and prices as ordered, delivery '8. desember' (no year) = next 8 Dec after the 13 Nov mail = 2026-12-08, earlier than the requested 2026-12-11, so both lines changed.",
        conf(P, {1: C(d="2026-12-08"), 2: C(d="2026-12-08")})))

# 007 ------------------------------------------------------------------ ja-JP
S = sup("YAMATOSEAL", "Yamato Seal Kogyo K.K.", "eigyo@yamato-seal.example", "ja-JP")
P = po("4500031163", S, [
    L(1, "OR-P20-NBR70", "O-ring P20 NBR 70 Shore A", 2000, "PC", "19", "2026-12-14"),
    L(2, "OR-G45-FKM75", "O-ring G45 FKM 75 Shore A", 500, "PC", "128", "2026-12-14"),
], cur="JPY", issued="2026-11-04", buyer="ines")
body = ("Kestrel MRO Supply B.V.\nイネス・ヴァルガ様\n\nいつもお世話になっております。\n大和シール工業の佐藤でございます。\n\n"
        "ご注文書 4500031163 につきまして、下記の通りご回答申し上げます。\n\n"
        "1. OR-P20-NBR70　2,000個　単価：100個あたり 1,850円　納期：12月14日\n"
        "2. OR-G45-FKM75　500個　単価：128円　納期：12月21日（材料入荷待ちのため1週間遅れとなります）\n\n"
        "以上、何卒よろしくお願い申し上げます。\n\n"
        "━━━━━━━━━━━━━━━━━━━━\n株式会社大和シール工業　営業部\n佐藤 健一\nTEL 06-6123-4567 / FAX 06-6123-4568\n━━━━━━━━━━━━━━━━━━━━\n")
add("o-rings-shiftjis-per-100", "", "Shift_JIS base64 Japanese reply; line 1 priced per 100 pcs (1,850 JPY/100 = 18.50 vs 19 ordered), line 2 one week later with a date without year.",
    [P], mail(addr("佐藤 健一", "eigyo@yamato-seal.example", "iso-2022-jp"), to(INES), "Re: " + req_subject(P),
              rfcdate(2026, 11, 9, 17, 2, "+0900"), "<20261109170245.8C1D.EIGYO@yamato-seal.example>",
              T(body, cs="shift_jis", cte="base64"), irt=rid(P), refs=rid(P), xmailer="Becky! ver. 2.81.04"),
    exp("confirmation", "Line 1: 1,850 JPY per 100 pieces = 18.50 per PC (PO 19) -> changed price, date 12/14 kept. Line 2: price as ordered, date '12月21日' (no year) = 2026-12-21 -> changed.",
        conf(P, {1: C(p="18.50"), 2: C(d="2026-12-21")})))

# 008 ------------------------------------------------------------------ zh-TW
S = sup("TWSTEELCAB", "Taiwan Steel Cabinet Industrial Co., Ltd.", "sales@twsteelcab.example", "zh-TW")
P = po("4500031175", S, [
    L(1, "TC-7D-RED", "Tool chest roller cabinet, 7 drawers, red", 8, "EA", "245.00", "2027-01-15"),
    L(2, "TC-3D-TOP", "Tool chest top box, 3 drawers", 8, "EA", "98.00", "2027-01-15"),
    L(3, "TC-LINER-M", "Drawer liner mat 460x380 mm", 40, "PC", "3.20", "2027-01-15"),
], cur="USD", issued="2026-11-05")
body = ("Mara 您好：\n\n感謝貴公司訂單 4500031175，回覆如下：\n\n"
        "第1項 TC-7D-RED：確認，數量 8 台，單價 USD 245.00，交期 116年1月15日。\n"
        "第2項 TC-3D-TOP：此型號已停產，無法供貨。可改用新型號 TC-3D-TOP2（單價 USD 104.00），如需要請另開訂單。\n"
        "第3項 TC-LINER-M：確認，40 片，USD 3.20，交期同第1項。\n\n"
        "謝謝！\n\n陳怡君 Vicky Chen\n台灣鋼櫃工業股份有限公司 業務部\nTel: +886-4-2359-1234 ext. 215\n")
add("tool-chests-big5-roc-year", "", "Big5 Chinese reply with ROC-calendar date (116年1月15日 = 2027-01-15); line 2 discontinued with an alternative suggested only for a new order.",
    [P], mail(addr("Vicky Chen", "sales@twsteelcab.example"), to(ME), "回覆: " + req_subject(P),
              rfcdate(2026, 11, 10, 10, 15, "+0800"), "<004a01db5301$2b6c4e90$8244dbb0$@twsteelcab.example>",
              T(body + "\n" + gt(req_text(P)), cs="big5", cte="8bit"), irt=rid(P), refs=rid(P), hcs="big5"),
    exp("confirmation", "Lines 1 and 3 confirmed as ordered (ROC year 116 = 2027, so 2027-01-15). Line 2 is discontinued and cannot be supplied -> rejected; the TC-3D-TOP2 offer is for a new order, not a change of this line.",
        conf(P, {1: "A", 2: "R", 3: "A"})))

# 009 ------------------------------------------------------------------ ru-RU
S = sup("STALKANAT", "OOO StalKanat", "info@stalkanat.example", "ru-RU")
P = po("4500031188", S, [
    L(1, "WR-8-6X19-IWRC", "Wire rope 8 mm 6x19+IWRC, galvanised", 500, "M", "1.72", "2026-12-18"),
    L(2, "WR-12-6X36-WS", "Wire rope 12 mm 6x36 WS+IWRC, bright", 300, "M", "3.95", "2026-12-18"),
], issued="2026-11-09")
body = ("Добрый день, Мара!\n\nЗаказ 4500031188 подтверждаем.\n\n"
        "Поз. 1 – канат 8 мм, 500 м по 1,72 EUR/м – отгрузка со склада через 3 недели.\n"
        "Поз. 2 – канат 12 мм, 300 м по 3,95 EUR/м – отгрузка также через 3 недели.\n\n"
        "Канаты поставляются на деревянных барабанах, барабаны невозвратные.\n\n"
        "С уважением,\nАлексей Громов\nменеджер отдела ВЭД\nООО «СтальКанат», г. Череповец\nтел. +7 (8202) 55-12-34, моб. +7 921 123-45-67\n\n"
        + "09.11.2026 11:14, Mara Lindqvist пишет:\n" + gt(req_text(P)) + "\n")
add("wire-ropes-koi8-three-weeks", "", "KOI8-R Russian reply; only a ship date given as 'через 3 недели' (3 weeks after the 12 Nov mail = 2026-12-03).",
    [P], mail(addr("Алексей Громов", "info@stalkanat.example", "koi8-r"), to(ME), "Re: " + req_subject(P),
              rfcdate(2026, 11, 12, 13, 25, "+0300"), "<1731407100.118223@stalkanat.example>",
              T(body, cs="koi8-r", cte="8bit"), irt=rid(P), refs=rid(P), hcs="koi8-r"),
    exp("confirmation", "Quantities and prices confirmed; only a ship date is given, 'in 3 weeks' from the Date header (Thu 2026-11-12) = 2026-12-03, which becomes the date for both lines.",
        conf(P, {1: C(d="2026-12-03"), 2: C(d="2026-12-03")})))

# 010 ------------------------------------------------------------------ pl-PL
S = sup("PASYTRANS", "Pasy-Trans Sp. z o.o.", "zamowienia@pasytrans.example", "pl-PL")
P = po("4500031196", S, [
    L(1, "RS-50-2500-10", "Ratchet strap 50 mm, LC 2500 daN, 10 m", 200, "PC", "7.85", "2026-12-09"),
    L(2, "RS-35-1500-6", "Ratchet strap 35 mm, LC 1500 daN, 6 m", 150, "PC", "4.60", "2026-12-09"),
    L(3, "RS-75-5000-12", "Ratchet strap 75 mm, LC 5000 daN, 12 m", 40, "PC", "24.30", "2026-12-09"),
], issued="2026-11-06")
body = ("Dzień dobry,\n\npotwierdzamy poz. 1 i 2 zgodnie z zamówieniem, termin dostawy 9.12.2026.\n"
        "Poz. 3 – czekamy jeszcze na informację z produkcji, potwierdzimy jutro.\n\n"
        "Pozdrawiam\nKatarzyna Wiśniewska\nDział Obsługi Klienta\nPasy-Trans Sp. z o.o.\nul. Przemysłowa 8, 62-800 Kalisz\n"
        "tel. +48 62 765 43 21, NIP 618-123-45-67\n\n"
        + outlook_quote(P, "pl", sent="piątek, 6 listopada 2026 09:14"))
add("ratchet-straps-partial", "", "Polish ISO-8859-2 reply: lines 1-2 confirmed, line 3 'potwierdzimy jutro' (will confirm tomorrow) stays unconfirmed.",
    [P], mail(addr("Katarzyna Wiśniewska", "zamowienia@pasytrans.example", "iso-8859-2"), to(ME), "Odp: " + req_subject(P),
              rfcdate(2026, 11, 10, 12, 8), "<DB9PR08MB7152E1A2B3C4D5E6F7A8B9C0DB9PR08MB7152@DB9PR08MB7152.eurprd08.prod.outlook.example>",
              T(body, cs="iso-8859-2"), irt=rid(P), refs=rid(P), hcs="iso-8859-2"),
    exp("confirmation", "Lines 1-2 accepted as ordered (9.12.2026 = requested date). Line 3 is promised for tomorrow, not committed -> unconfirmed.",
        conf(P, {1: "A", 2: "A", 3: "U"})))

# 011 ------------------------------------------------------------------ cs-CZ
S = sup("AUTOCHEM", "AutoChem Brno s.r.o.", "objednavky@autochem-brno.example", "cs-CZ")
P = po("4500031203", S, [
    L(1, "BC-500-AER", "Brake cleaner aerosol 500 ml, acetone-free", 480, "EA", "2.15", "2026-12-07"),
    L(2, "BC-5L-CAN", "Brake cleaner 5 L can", 60, "EA", "14.90", "2026-12-07"),
    L(3, "BC-25L-DRM", "Brake cleaner 25 L drum", 10, "EA", "61.00", "2026-12-14"),
], issued="2026-11-05", buyer="ines")
body = ("Dobrý den,\n\nv příloze zasíláme potvrzení objednávky č. PO-26-08841 k Vaší objednávce 4500031203.\n\n"
        "Tato zpráva byla vygenerována automaticky systémem Helios, prosíme neodpovídejte na ni.\n"
        "Dotazy směřujte na obchod@autochem-brno.example, tel. +420 541 234 567.\n\n"
        "AutoChem Brno s.r.o., Vídeňská 101, 619 00 Brno, IČO 12345678, DIČ CZ12345678\n")
pdf = make_pdf([
    "AutoChem Brno s.r.o.  -  Videnska 101, 619 00 Brno",
    "",
    "POTVRZENI OBJEDNAVKY c. PO-26-08841",
    "Odberatel: Kestrel MRO Supply B.V., Rotterdam",
    "Vase objednavka: 4500031203 ze dne 05.11.2026",
    "Datum vystaveni: 10.11.2026",
    "",
    "Pol.  Kod           Popis                          Mnozstvi  MJ   Cena/MJ EUR   Termin dodani",
    "1     BC-500-AER    Cistic brzd sprej 500 ml            480  ks          2,15     07.12.2026",
    "2     BC-5L-CAN     Cistic brzd 5 l kanystr              60  ks         14,90     07.12.2026",
    "3     BC-25L-DRM    Cistic brzd 25 l sud                 10  ks         63,50     14.12.2026",
    "",
    "Celkem bez DPH: EUR 2 561,00",
    "Pozn.: Pol. 3 - cena upravena dle aktualniho ceniku 11/2026.",
    "Dodaci podminky: DAP Rotterdam. Platebni podminky: 60 dni.",
])
add("brake-cleaner-erp-pdf", "", "Automatic ERP mail in Windows-1250 with a PDF order confirmation; the PDF raises line 3 price to 63,50 (decimal comma), other lines unchanged.",
    [P], mail(addr("AutoChem Brno - Helios", "noreply@autochem-brno.example"), to(INES),
              "Potvrzení objednávky PO-26-08841 / Vaše obj. 4500031203",
              rfcdate(2026, 11, 10, 12, 1), "<helios.20261110120102.77812@autochem-brno.example>",
              M("mixed", [T(body, cs="windows-1250"), ATT("PO-26-08841.pdf", "application/pdf", pdf)], bnd("011", "java")),
              hcs="windows-1250", extra=[("Auto-Submitted", "auto-generated")]),
    exp("confirmation", "ERP-generated confirmation (a commitment, not an auto_reply). PDF: lines 1-2 as ordered; line 3 price 63,50 EUR instead of 61.00 (total 2 561,00 = 1032 + 894 + 635 checks out), date as ordered.",
        conf(P, {1: "A", 2: "A", 3: C(p="63.50")})))

# 012 ------------------------------------------------------------------ hu-HU
S = sup("MANOMETER", "Manométer Kft.", "info@manometer-kft.example", "hu-HU")
P = po("4500031215", S, [
    L(1, "PG-100-016-B", "Pressure gauge 100 mm, 0-16 bar, bottom connection G1/2", 50, "EA", "11.80", "2026-12-16"),
    L(2, "PG-63-010-GL", "Pressure gauge 63 mm, 0-10 bar, glycerine filled", 80, "EA", "7.40", "2026-12-16"),
], issued="2026-11-09")
body = ("Tisztelt Lindqvist Asszony!\n\nA 4500031215 sz. megrendelését az alábbiak szerint visszaigazoljuk:\n\n"
        "1. tétel: 50 db, 11,80 EUR/db – szállítás két részletben: 30 db 2026.12.16-án, a maradék 20 db 2027.01.13-án.\n"
        "2. tétel: 80 db, 7,40 EUR/db – szállítás 2026.12.16.\n\n"
        "Üdvözlettel:\nHorváth Péter\nértékesítési vezető\nManométer Kft. | 1097 Budapest, Illatos út 9.\n"
        "Tel.: +36 1 234 5678 | Adószám: 12345678-2-43\n\n"
        + outlook_quote(P, "hu", sent="2026. november 9., hétfő 9:14"))
add("pressure-gauges-split", "", "Hungarian reply with YYYY.MM.DD. dates; line 1 split 30 + 20 over two deliveries (last 2027-01-13), line 2 accepted.",
    [P], mail(addr("Horváth Péter", "info@manometer-kft.example", "iso-8859-2"), to(ME), "VS: " + req_subject(P),
              rfcdate(2026, 11, 12, 15, 40), "<001101db5518$6e0a8f40$4a1fadc0$@manometer-kft.example>",
              alt(body, txt2html(body), "012", cs="iso-8859-2"), irt=rid(P), refs=rid(P), hcs="iso-8859-2"),
    exp("confirmation", "Line 1 total 50 at the PO price, delivered 30 on 2026-12-16 and 20 on 2027-01-13 -> changed with schedule, date = last delivery. Line 2 as ordered.",
        conf(P, {1: C(s=[(30, "2026-12-16"), (20, "2027-01-13")]), 2: "A"})))

# 013 ------------------------------------------------------------------ ro-RO
S = sup("SAFELOCK", "SafeLock Industrial SRL", "vanzari@safelock.example", "ro-RO")
P = po("4500031224", S, [
    L(1, "LT-DNO-25", "Lockout tag 'Do not operate', PVC, pack of 25", 40, "SET", "6.90", "2026-12-14"),
    L(2, "LT-PAD-STL-R", "Safety padlock steel shackle, red, keyed different", 60, "EA", "8.75", "2026-12-14"),
], issued="2026-11-10")
body = ("Bună ziua doamna Lindqvist,\n\nmulțumim pentru comandă. Înainte de confirmare vă rugăm să ne precizați:\n\n"
        "1) Etichetele le doriți în limba engleză sau bilingv EN/NL?\n"
        "2) Pentru lacăte: în comandă scrie „keyed different”, dar oferta noastră din octombrie era pentru „keyed alike” (cheie comună). Care variantă este corectă?\n\n"
        "După răspunsul dvs. vă confirmăm prețurile și termenul de livrare.\n\n"
        "Cu stimă,\nAndreea Popescu\nSafeLock Industrial SRL, Cluj-Napoca\nTel. +40 264 123 456 | CUI RO12345678\n\n"
        + outlook_quote(P, "ro", sent="marți, 10 noiembrie 2026 09:14"))
add("lockout-tags-questions", "", "Romanian reply asking two clarification questions (language of tags, keyed alike vs different) and explicitly deferring confirmation.",
    [P], mail(addr("Andreea Popescu", "vanzari@safelock.example"), to(ME), "RE: " + req_subject(P),
              rfcdate(2026, 11, 11, 11, 19, "+0200"), "<VI1PR02MB5678F0E1D2C3B4A5@VI1PR02MB5678.eurprd02.prod.outlook.example>",
              T(body), irt=rid(P), refs=rid(P)),
    exp("needs_review", "Supplier asks questions and says it will confirm prices and dates after the answer: nothing is committed yet."))

# 014 ------------------------------------------------------------------ bg-BG
S = sup("ELBARABANI", "Elektro Barabani EOOD", "sales@elbarabani.example", "bg-BG")
P = po("4500031230", S, [
    L(1, "CR-25-3X15", "Cable reel 25 m H07RN-F 3G1.5, 4 sockets IP44", 24, "EA", "36.80", "2026-12-17"),
    L(2, "CR-50-3X25", "Cable reel 50 m H07RN-F 3G2.5, thermal cut-out", 10, "EA", "79.00", "2026-12-17"),
], issued="2026-11-10", buyer="tom")
body = ("Здравейте,\n\nБлагодаря за съобщението. В момента съм в отпуск до 23.11.2026 г. включително и нямам достъп до пощата си.\n"
        "За спешни въпроси, свързани с поръчки, моля обърнете се към Иван Петров – ivan.petrov@elbarabani.example, тел. +359 2 955 1234.\n\n"
        "Hello, I am out of the office until 23 November 2026 with no access to e-mail. For urgent matters regarding orders "
        "please contact Ivan Petrov, ivan.petrov@elbarabani.example, phone +359 2 955 1234.\n\n"
        "Мария Георгиева\nЕлектро Барабани ЕООД\n")
add("cable-reels-ooo-bilingual", "", "Bulgarian/English out-of-office with a return date and a deputy's phone numbers; threaded to our request.",
    [P], mail(addr("Мария Георгиева", "sales@elbarabani.example"), to(TOM), "Автоматичен отговор: " + req_subject(P),
              rfcdate(2026, 11, 10, 10, 15, "+0200"), "<AM9PR07MB71234C0FFEE@AM9PR07MB7123.eurprd07.prod.outlook.example>",
              T(body), irt=rid(P), refs=rid(P),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),
    exp("auto_reply", "Out-of-office auto-reply (Bulgarian and English); says nothing about the order."))

# 015 ------------------------------------------------------------------ el-GR
S = sup("AEGEANCHEM", "Aegean Chemicals S.A.", "sales@aegeanchem.example", "el-GR")
P = po("4500031242", S, [
    L(1, "EP-STEEL-114", "Epoxy putty stick, steel-filled, 114 g", 300, "EA", "3.40", "2026-12-11"),
    L(2, "EP-ALU-500", "Epoxy repair paste, aluminium-filled, 500 g kit", 40, "SET", "18.60", "2026-12-11"),
], issued="2026-11-06")
body = ("Αγαπητή κα Lindqvist,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500031242 (ποσότητες όπως παραγγέλθηκαν) με ημερομηνία παράδοσης 11/12/2026.\n\n"
        "Σας ενημερώνουμε ότι λόγω αύξησης του κόστους πρώτων υλών εφαρμόζεται επιβάρυνση 4% σε όλες τις τιμές καταλόγου από 01/11/2026, "
        "η οποία ισχύει και για την παρούσα παραγγελία.\n\n"
        "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nAegean Chemicals Α.Ε. | Λ. Αθηνών 220, 12461 Χαϊδάρι\nΤηλ. +30 210 555 6677 | ΑΦΜ 099123456\n\n"
        + outlook_quote(P, "el", sent="Παρασκευή, 6 Νοεμβρίου 2026 10:14 πμ"))
add("epoxy-putty-surcharge-pct", "", "Greek ISO-8859-7 confirmation with a 4% raw-material surcharge applying to this order; prices must be computed (3.536, 19.344).",
    [P], mail(addr("Νίκος Παπαδόπουλος", "sales@aegeanchem.example", "iso-8859-7"), to(ME), "ΑΠ: " + req_subject(P),
              rfcdate(2026, 11, 11, 13, 2, "+0200"), "<000c01db5417$5f3a1e20$1dae5a60$@aegeanchem.example>",
              T(body, cs="iso-8859-7"), irt=rid(P), refs=rid(P), hcs="iso-8859-7"),
    exp("confirmation", "Quantities and date as ordered, but a 4% surcharge applies to this order: 3.40 x 1.04 = 3.536, 18.60 x 1.04 = 19.344.",
        conf(P, {1: C(p="3.536"), 2: C(p="19.344")})))

# 016 ------------------------------------------------------------------ tr-TR
S = sup("KAPISIS", "Kapı Sistemleri San. ve Tic. A.Ş.", "satis@kapisistem.example", "tr-TR")
P = po("4500031251", S, [
    L(1, "DC-EN24-ARM", "Door closer EN 2-4, standard arm, silver", 40, "EA", "22.50", "2026-12-18"),
    L(2, "DC-EN36-SLD", "Door closer EN 3-6, slide channel", 12, "EA", "54.00", "2026-12-18"),
], issued="2026-11-09")
body = ("Merhaba Mara Hanım,\n\n4500031251 nolu siparişiniz hk.:\n\n"
        "1. kalem: stokta 32 adet mevcut, 32 adedi 18 Aralık'ta sevk edebiliriz. Kalan 8 adet için yakın zamanda üretim planımız yok, "
        "bu miktarı siparişten düşmenizi rica ederiz.\n"
        "2. kalem: 12 adet, 54,00 EUR, 18 Aralık teslim – onaylıdır.\n\n"
        "Saygılarımızla,\nEmre Yılmaz\nİhracat Satış Sorumlusu\nKapı Sistemleri San. ve Tic. A.Ş.\nİkitelli OSB, İstanbul | +90 212 555 44 33\n\n"
        + outlook_quote(P, "tr", sent="9 Kasım 2026 Pazartesi 11:14"))
add("door-closers-short-stock", "", "Turkish reply: line 1 only 32 of 40 available (rest to be cancelled), date '18 Aralık' without year; line 2 confirmed.",
    [P], mail(addr("Emre Yılmaz", "satis@kapisistem.example"), to(ME), "Ynt: " + req_subject(P),
              rfcdate(2026, 11, 11, 10, 55, "+0300"), "<BE1P281MB2345A6B7C8D9E0F1@BE1P281MB2345.DEUP281.PROD.OUTLOOK.example>",
              T(body, cs="windows-1254"), irt=rid(P), refs=rid(P), hcs="utf-8"),
    exp("confirmation", "Line 1 confirmed for 32 pcs only (stock shortage, remainder cancelled), shipping 18 Dec (no year -> 2026-12-18, same as requested) -> changed quantity. Line 2 as ordered.",
        conf(P, {1: C(q=32), 2: "A"})))

# 017 ------------------------------------------------------------------ fi-FI
S = sup("PEILIKESKUS", "Peilikeskus Oy", "myynti@peilikeskus.example", "fi-FI")
P = po("4500031262", S, [
    L(1, "IM-TEL-50", "Inspection mirror telescopic, 50 mm round", 30, "EA", "6.20", "2026-12-10"),
    L(2, "IM-LED-80X55", "Inspection mirror with LED, 80x55 mm, swivel", 15, "EA", "18.40", "2026-12-10"),
], issued="2026-11-11")
orig = our_headers(P, date=rfcdate(2026, 11, 11, 9, 14))
report = ("This is the mail system at host smtp-out.kestrel-mro.example.\n\n"
          "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
          "For further assistance, please send mail to postmaster.\n\n"
          "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
          "                   The mail system\n\n"
          "<myynti@peilikeskus.example>: host mx1.peilikeskus.example[192.0.2.44] said:\n"
          "    550 5.1.1 <myynti@peilikeskus.example>: Recipient address rejected: User\n    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
add("inspection-mirrors-postfix-dsn", "", "Postfix DSN (multipart/report) for our request: 550 5.1.1 user unknown; the PO number appears only in the returned headers.",
    [P], mail("MAILER-DAEMON@smtp-out.kestrel-mro.example (Mail Delivery System)", to(ME), "Undelivered Mail Returned to Sender",
              rfcdate(2026, 11, 11, 9, 14, "+0100", 7), "<20261111081407.3F2A61C0123@smtp-out.kestrel-mro.example>",
              dsn(report, "smtp-out.kestrel-mro.example", "myynti@peilikeskus.example", "5.1.1",
                  "550 5.1.1 <myynti@peilikeskus.example>: Recipient address rejected: User unknown in virtual mailbox table",
                  orig, "3F2A61C0123.1762848847/smtp-out.kestrel-mro.example", arrival=rfcdate(2026, 11, 11, 9, 14, "+0100", 5)),
              extra=[("Auto-Submitted", "auto-replied")]),
    exp("bounce", "Delivery status notification: our request to the supplier was rejected (user unknown)."))

# 018 ------------------------------------------------------------------ sv-SE
S = sup("SLIPBAND", "Slipbandsfabriken i Värnamo AB", "order@slipband.example", "sv-SE")
P = po("4500031270", S, [
    L(1, "SB-75X2000-P80", "Sanding belt 75x2000 mm, aluminium oxide P80", 100, "PC", "3.10", "2026-12-11"),
    L(2, "SB-100X915-P120", "Sanding belt 100x915 mm, aluminium oxide P120", 200, "PC", "1.95", "2026-12-11"),
    L(3, "SB-150X1220-Z60", "Sanding belt 150x1220 mm, zirconia P60", 50, "PC", "5.80", "2027-01-15"),
], issued="2026-11-10", buyer="tom")
body = ("Hej Tom!\n\nTack för beställningen. Bifogar vår orderbekräftelse (Excel).\nObs! Rad 2 levereras en vecka senare, v. 51.\n\n"
        "Med vänlig hälsning\nJohan Ek\nSlipbandsfabriken i Värnamo AB\n0370-123 45 | org.nr 556123-4567\n")
xl = make_xlsx([
    ["Orderbekräftelse 26-4471", None, None, None, None, None, None],
    ["Kundens ordernr", "4500031270", None, None, None, None, None],
    ["Rad", "Artikel", "Benämning", "Antal", "Enhet", "Pris EUR", "Leveransvecka"],
    [1, "SB-75X2000-P80", "Slipband 75x2000 P80", 100, "st", 3.1, "v 50/2026"],
    [2, "SB-100X915-P120", "Slipband 100x915 P120", 200, "st", 1.95, "v 51/2026"],
    [3, "SB-150X1220-Z60", "Slipband 150x1220 Z60", 50, "st", 5.8, "v 2/2027"],
], sheet="OB 26-4471")
add("sanding-belts-xlsx-weeks", "", "Swedish mail with an XLSX order confirmation listing delivery weeks: v 50 and v 2/2027 equal the requested Fridays, v 51 delays line 2.",
    [P], mail(addr("Johan Ek", "order@slipband.example"), to(TOM), "SV: " + req_subject(P),
              rfcdate(2026, 11, 12, 14, 12), "<6f1c2b3a4d5e6f70@slipband.example>",
              M("mixed", [T(body, cs="iso-8859-1"),
                          ATT("OB_26-4471.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xl)], bnd("018")),
              irt=rid(P), refs=rid(P)),
    exp("confirmation", "Weeks without a day mean Friday: v 50/2026 = 2026-12-11 and v 2/2027 = 2027-01-15 (both as requested) -> lines 1 and 3 accepted; v 51 = 2026-12-18 -> line 2 changed date.",
        conf(P, {1: "A", 2: C(d="2026-12-18"), 3: "A"})))
