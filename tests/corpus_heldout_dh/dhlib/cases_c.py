from .common import *


@case(37, "bicos-nozzles-partial-tomorrow", "confirmation", "pt-PT",
      "European-Portuguese top-post over Outlook PT quote: lines 1 and 3 confirmed as ordered, line 2 'confirmamos amanhã'.")
def c037():
    sup = ("BICOSPT", "Bicos & Ponteiras Lda.", "encomendas@bicoseponteiras.example", "pt-PT")
    p = po("4500081238", sup, "EUR", "2026-11-09", [
        ("NT-SPR-08", "Spray nozzle tip 0.8 mm, brass", 400, "PC", "1.95", "2026-12-15"),
        ("NT-SPR-12", "Spray nozzle tip 1.2 mm, brass", 400, "PC", "1.95", "2026-12-15"),
        ("NT-FAN-110", "Flat fan nozzle tip 110 deg, stainless", 150, "PC", "4.30", "2027-01-12"),
    ])
    body = """Bom dia Dana,

Confirmamos as linhas 1 e 3 conforme a vossa encomenda (quantidades, preços e datas).
Quanto à linha 2 (bicos de 1,2 mm), estamos a verificar o stock com a fábrica e confirmamos amanhã.

Cumprimentos,
Ricardo Sousa
Bicos & Ponteiras, Lda. | Rua da Indústria 233, 4470-211 Maia | Tel. 229 876 543 | NIF 509 123 456

""" + outlook_quote(p, "pt", "segunda-feira, 9 de novembro de 2026 17:02")
    eml = reply(p, "Ricardo Sousa", "ricardo.sousa@bicoseponteiras.example", mdate(2026, 11, 10, 9, 15, 0, 0),
                alt(body, to_html(body), charset="iso-8859-15"), subject="RE: " + req_subject(p), charset="iso-8859-15")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: U, 3: A(p, 3)})],
           "notes": "Partial answer: lines 1 and 3 confirmed as ordered; line 2 will be confirmed tomorrow -> unconfirmed."}
    return [p], eml, exp


@case(38, "laurentides-oilfilters-quebec", "confirmation", "fr-CA",
      "Québec French Gmail reply: casual 'C'est bon', line 2 manufacturer price increase in '31,25 $', year-less '7 janvier'.")
def c038():
    sup = ("FILTLAU", "Filtration Laurentides inc.", "commandes@filtrationlaurentides.example", "fr-CA")
    p = po("4500081239", sup, "CAD", "2026-11-10", [
        ("OF-PH3614", "Oil filter spin-on, 3/4-16 UNF", 240, "EA", "6.45", "2027-01-07"),
        ("OF-LF3000", "Heavy duty oil filter LF3000", 36, "EA", "28.90", "2027-01-07"),
    ])
    body = """Bonjour Dana,

C'est bon pour la commande 4500081239 : les 240 filtres PH3614 à 6,45 $ et les 36 LF3000. Pour les LF3000 par contre, le prix est maintenant de 31,25 $ l'unité (hausse du manufacturier au 1er novembre).

Livraison le 7 janvier pour les deux.

Merci et bonne journée!

Marc-André Tremblay
Représentant aux ventes internes
Filtration Laurentides inc. | 1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B6 | 450 555-0187 poste 23
"""
    attr = "Le mar. 10 nov. 2026, à 14 h 12, Dana Ruiz <%s> a écrit :" % p["buyer"]["email"]
    eml = reply(p, "Marc-André Tremblay", "ma.tremblay@filtrationlaurentides.example", mdate(2026, 11, 11, 10, 40, 0, -300),
                alt(body + "\n" + attr + "\n\n" + gt(req_text(p)), to_html(body, req_html(p), attr_line=attr)),
                subject="Re: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: C(p, 2, price="31.25")})],
           "notes": "'7 janvier' without year -> 2027-01-07 = requested. Line 2 price 31,25 $ CAD (comma decimal, $ after the amount)."}
    return [p], eml, exp


@case(39, "por-invoice-other-order", "unrelated", "fr-CH",
      "Swiss-French invoice mail with PDF for a DIFFERENT, earlier PO number, sent while our new PO is open.")
def c039():
    sup = ("PORSA", "Peintures Outils Romandie SA", "commandes@por-sa.example", "fr-CH")
    p = po("4500081240", sup, "CHF", "2026-11-09", [
        ("PT-330-MET", "Paint tray 330 mm, metal", 60, "PC", "8.90", "2026-12-14"),
        ("PT-LIN-330", "Tray liner 330 mm", 500, "PC", "0.75", "2026-12-14"),
    ])
    body = """Madame, Monsieur,

Veuillez trouver ci-joint notre facture n° 2026-1184 relative à votre commande 4500069001 du 2 octobre 2026, livrée le 28 octobre 2026.

Montant : CHF 1'482.60 TTC, payable à 30 jours net.

Avec nos meilleures salutations,
Comptabilité
Peintures Outils Romandie SA | Route de Cossonay 28, 1008 Prilly | CHE-123.456.789 TVA
"""
    pdf = make_pdf([(50, 790, 14, "Peintures Outils Romandie SA"), (50, 760, 12, "FACTURE 2026-1184"),
                    (50, 740, 10, "Votre commande: 4500069001 du 02.10.2026   Livraison: 28.10.2026"),
                    (50, 710, 10, "PT-230-PL  Bac a peinture 230 mm   120 pces   5.40   648.00"),
                    (50, 696, 10, "RL-180-MF  Rouleau microfibre 180 mm  80 pces  8.05   644.00"),
                    (50, 670, 10, "Total HT CHF 1'292.00   TVA 8.1% CHF 104.65   Frais CHF 85.95   Total CHF 1'482.60"),
                    (50, 650, 10, "Payable a 30 jours net. IBAN CH93 0076 2011 6238 5295 7")], "Facture 2026-1184")
    root = multi("mixed", text(body, charset="iso-8859-1"), attach("application/pdf", pdf, "Facture_2026-1184.pdf"))
    hs = [("From", addr("Peintures Outils Romandie SA - Comptabilite", "factures@por-sa.example")),
          ("To", addr("Dana Ruiz", "dana.ruiz@kestrel-supply.example")),
          ("Subject", enc_header("Facture 2026-1184 – votre commande 4500069001")),
          ("Date", mdate(2026, 11, 12, 7, 45, 0, 60)), ("Message-ID", msgid("039inv", "por-sa.example"))]
    eml = email_bytes(hs, root, seed="039")
    exp = {"kind": "unrelated", "notes": "Invoice for an earlier order 4500069001 (not in pos.json); it says nothing about open PO 4500081240."}
    return [p], eml, exp


@case(40, "nietentechnik-rivetguns-dienstag-kw50", "confirmation", "de-CH",
      "Swiss German ('Grüezi', ss for ß) with CHF apostrophe thousands in totals, new list price on line 2 and 'Dienstag, KW 50' as the date.")
def c040():
    sup = ("NIETAAR", "Nietentechnik Aarau AG", "verkauf@nietentechnik-aarau.example", "de-CH")
    p = po("4500081241", sup, "CHF", "2026-11-05", [
        ("RG-PN-48", "Pneumatic rivet gun 2.4-4.8 mm", 6, "PC", "289.00", "2026-12-11"),
        ("RG-BAT-18", "Cordless rivet gun 18 V", 4, "PC", "645.00", "2026-12-11"),
    ])
    body = """Grüezi Frau Ruiz

Besten Dank für Ihre Bestellung 4500081241. Wir bestätigen wie folgt:

Pos. 1: 6 Stk. Druckluft-Blindnietgerät à CHF 289.00, Total CHF 1'734.00
Pos. 2: 4 Stk. Akku-Blindnietgerät 18 V à CHF 672.50 (neuer Listenpreis ab 1.11.2026), Total CHF 2'690.00

Liefertermin für beide Positionen: Dienstag, KW 50.

Freundliche Grüsse

Reto Brunner
Nietentechnik Aarau AG
Industriestrasse 9 | 5000 Aarau | Tel. +41 62 822 45 60 | CHE-105.123.456 MWST
"""
    eml = reply(p, "Reto Brunner", "reto.brunner@nietentechnik-aarau.example", mdate(2026, 11, 6, 14, 2, 0, 60),
                text(body + "\n" + outlook_quote(p, "de", "Donnerstag, 5. November 2026 16:30", sep="-----Ursprüngliche Nachricht-----"),
                     charset="iso-8859-1"), subject="AW: " + req_subject(p), charset="iso-8859-1")
    d = week_day(2026, 50, 2)
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: C(p, 1, d=d), 2: C(p, 2, price="672.50", d=d)})],
           "notes": "'Dienstag, KW 50' = Tuesday of ISO week 50 = 2026-12-08 (requested Friday 12-11). Line 2 price 672.50; CHF 1'734.00 / 2'690.00 are line totals with Swiss apostrophe grouping."}
    return [p], eml, exp


@case(41, "livelleticino-levels-case-question", "needs_review", "it-CH",
      "Ticino Italian reply asking which variant (with/without case, two prices) before confirming, with a deadline.")
def c041():
    sup = ("LIVTIC", "Livelle Ticino SA", "vendite@livelleticino.example", "it-CH")
    p = po("4500081242", sup, "CHF", "2026-11-10", [
        ("SL-DIG-600", "Digital spirit level 600 mm", 10, "PC", "129.00", "2026-12-16"),
        ("SL-MAG-400", "Magnetic spirit level 400 mm", 30, "PC", "34.50", "2026-12-16"),
    ])
    body = """Buongiorno signora Ruiz,

prima di confermare l'ordine 4500081242 avrei bisogno di un chiarimento: la livella digitale da 600 mm la volete con o senza custodia? Il codice SL-DIG-600 nel nostro listino esiste in entrambe le versioni (CHF 129.00 senza custodia, CHF 146.00 con custodia).

La consegna entro metà dicembre è possibile solo se riceviamo la vostra risposta entro venerdì.

Cordiali saluti
Chiara Bernasconi
Livelle Ticino SA | Via Cantonale 31, 6805 Mezzovico | +41 91 946 12 30
"""
    eml = reply(p, "Chiara Bernasconi", "c.bernasconi@livelleticino.example", mdate(2026, 11, 11, 8, 50, 0, 60),
                alt(body + "\n" + outlook_quote(p, "it", "martedì, 10 novembre 2026 15:20"), to_html(body)),
                subject="R: " + req_subject(p))
    exp = {"kind": "needs_review", "notes": "A question before confirming ('prima di confermare'); nothing committed for either line."}
    return [p], eml, exp


@case(42, "bvv-valves-one-of-two-pos", "confirmation", "nl-BE",
      "Flemish reply about one of two open POs from the same supplier; the other PO is only mentioned ('aparte bevestiging morgen') and must be left out.")
def c042():
    sup = ("BVVBE", "Bandenventielen Vlaanderen BV", "orders@bvv.example", "nl-BE")
    p1 = po("4500081243", sup, "EUR", "2026-11-06", [
        ("TV-TR415", "Tubeless valve TR415, 42 mm", 800, "PC", "0.24", "2026-12-11"),
        ("TV-CORE-S", "Valve core short, brass", 2000, "PC", "0.06", "2026-12-11"),
    ], buyer="jonas")
    p2 = po("4500081244", sup, "EUR", "2026-11-09", [
        ("TV-TR413", "Tubeless tyre valve TR413, snap-in", 1000, "PC", "0.18", "2026-12-11"),
    ], buyer="jonas")
    body = """Dag Jonas,

Bestelling 4500081244 is OK: 1.000 stuks TR413 aan 0,18 EUR/st, levering op 11/12/2026.

Voor 4500081243 stuur ik u morgen een aparte bevestiging, daar wacht ik nog op ons magazijn.

Met vriendelijke groeten,
Pieter Claes
Bandenventielen Vlaanderen BV | Kortrijksesteenweg 1120, 9051 Gent
T +32 9 222 33 44 | BTW BE 0412.345.678 | RPR Gent

""" + outlook_quote(p2, "nl", "maandag 9 november 2026 11:05")
    eml = reply(p2, "Pieter Claes", "pieter.claes@bvv.example", mdate(2026, 11, 10, 16, 12, 0, 60),
                text(body), subject="RE: " + req_subject(p2))
    exp = {"kind": "confirmation", "confirmations": [allacc(p2)],
           "notes": "Only PO 4500081244 is answered (accepted as ordered; 1.000 = 1000, 11/12/2026 day-first). PO 4500081243 is only mentioned as 'tomorrow' and is left out."}
    return [p1, p2], eml, exp


@case(43, "sceauxcire-exim-bounce", "bounce", "fr-BE",
      "Exim plain-text bounce ('Mail delivery failed') with a French/English 552 mailbox-full text and the whole original request copied below.")
def c043():
    sup = ("SCEAUX", "Sceaux & Cire SRL", "commandes@sceauxcire.example", "fr-BE")
    p = po("4500081245", sup, "EUR", "2026-11-10", [
        ("WS-STAMP-BR", "Wax seal stamp, brass, custom initial", 50, "PC", "11.20", "2026-12-18"),
        ("WS-STK-BL", "Sealing wax stick navy blue", 300, "PC", "1.60", "2026-12-18"),
    ])
    rcpt = sup[2]
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  %s
    host mx.sceauxcire.example [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<%s>:
    552 5.2.2 Boite aux lettres pleine / Mailbox full

------ This is a copy of the message, including all the headers. ------

Return-path: <dana.ruiz@kestrel-supply.example>
Received: from [10.20.0.14] (helo=ws-druiz.kestrel-supply.example)
	by mail.kestrel-supply.example with esmtpsa (Exim 4.97)
	id 1tQx2K-000Abc-7Z; Tue, 10 Nov 2026 15:44:02 +0000
From: Dana Ruiz <dana.ruiz@kestrel-supply.example>
To: %s
Subject: %s
Date: Tue, 10 Nov 2026 15:44:01 +0000
Message-ID: %s
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

%s
""" % (rcpt, rcpt, rcpt, req_subject(p), p["request_message_id"], req_text(p))
    hs = [("Return-path", "<>"), ("From", "Mail Delivery System <Mailer-Daemon@mail.kestrel-supply.example>"),
          ("To", "dana.ruiz@kestrel-supply.example"), ("Subject", "Mail delivery failed: returning message to sender"),
          ("Date", mdate(2026, 11, 10, 15, 44, 9, 0)), ("Message-Id", "<E1tQx2P-000Abd-9k@mail.kestrel-supply.example>"),
          ("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")]
    eml = email_bytes(hs, text(body, charset="us-ascii", cte="7bit"), seed="043")
    exp = {"kind": "bounce", "notes": "Exim non-DSN bounce; the copied original contains the full PO table, which must not be read as an answer."}
    return [p], eml, exp


@case(44, "hanbit-wax-euckr-discontinued", "confirmation", "ko-KR",
      "Korean EUC-KR reply with '2026. 12. 22.' dates, prices in 원 with arrow notation for an increase, one discontinued line.")
def c044():
    sup = ("HANBIT", "(주)한빛실링", "sales@hanbitseal.example", "ko-KR")
    p = po("4500081246", sup, "KRW", "2026-11-06", [
        ("WS-KIT-01", "Wax seal kit with brass stamp", 200, "SET", "12500", "2026-12-22"),
        ("WS-STK-GLD", "Sealing wax stick, gold", 1000, "PC", "1800", "2026-12-22"),
        ("WS-SPOON-W", "Wax melting spoon, wooden handle", 200, "PC", "3200", "2026-12-22"),
    ])
    body = """Dana Ruiz 님께,

안녕하세요. (주)한빛실링 영업팀 김지훈입니다.
발주서 4500081246 잘 받았습니다. 아래와 같이 회신드립니다.

1. 실링 왁스 키트: 200세트, 단가 12,500원, 납기 2026. 12. 22.
2. 실링 왁스 스틱(골드): 1,000개, 단가 1,800원 → 1,950원 (원자재 가격 인상), 납기 2026. 12. 22.
3. 왁스 녹이는 스푼: 단종되어 공급이 불가합니다. 양해 부탁드립니다.

감사합니다.
김지훈 드림

(주)한빛실링 | 경기도 안산시 단원구 산단로 123 | Tel. 031-491-2345 | 사업자등록번호 123-45-67890
"""
    eml = reply(p, "김지훈", "jh.kim@hanbitseal.example", mdate(2026, 11, 9, 14, 30, 0, 540),
                text(body + "\n\n-----Original Message-----\n" + req_text(p), charset="euc-kr", cte="base64"),
                subject="RE: " + req_subject(p), charset="euc-kr")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: C(p, 2, price="1950"), 3: R})],
           "notes": "Line 2 '1,800원 → 1,950원' means the new price is 1950 KRW. Line 3 discontinued (단종) -> rejected. Korean date '2026. 12. 22.' = requested."}
    return [p], eml, exp


@case(45, "jingfeng-hepa-gb2312-moq", "confirmation", "zh-CN",
      "Simplified Chinese GB2312 reply: line 1 later '1月20日' (year implied), line 2 raised to 500 pcs minimum order.")
def c045():
    sup = ("JINGFENG", "苏州净风过滤设备有限公司", "sales@jingfeng-filter.example", "zh-CN")
    p = po("4500081247", sup, "CNY", "2026-11-09", [
        ("AF-HEPA-H13", "HEPA filter H13 610x610x292", 20, "EA", "980.00", "2027-01-15"),
        ("AF-PRE-G3", "Pre-filter pad G3 500x500", 300, "EA", "18.50", "2027-01-15"),
    ])
    body = """Dana 您好：

贵司订单 4500081247 已收到，确认如下：

1. H13 高效过滤器 610x610x292：20 台，单价 980.00 元，交期：1月20日
2. G3 初效过滤棉 500x500：最小起订量 500 片，按 500 片发货，单价 18.50 元，交期：1月15日

如有问题请随时联系。

祝好！
王磊
销售部
苏州净风过滤设备有限公司
电话：0512-6588 1234  手机：138 1234 5678
"""
    eml = reply(p, "王磊", "wanglei@jingfeng-filter.example", mdate(2026, 11, 10, 16, 45, 0, 480),
                text(body + "\n\n------------------ 原始邮件 ------------------\n" + req_text(p), charset="gb2312", cte="base64"),
                subject="回复：" + req_subject(p), charset="gb2312")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: C(p, 1, d="2027-01-20"), 2: C(p, 2, q=500)})],
           "notes": "Dates have no year: 1月20日 / 1月15日 after a Nov 2026 mail -> 2027. Line 1 five days later; line 2 MOQ 500 instead of 300, date as requested."}
    return [p], eml, exp


@case(46, "dongtien-hinges-vnd", "confirmation", "vi-VN",
      "Vietnamese reply with VND dot-grouped prices (125.000 ₫) and dd/mm/yyyy dates; line 2 higher price and a week later.")
def c046():
    sup = ("DONGTIEN", "Công ty TNHH Kim Khí Đồng Tiến", "kinhdoanh@dongtien-hw.example", "vi-VN")
    p = po("4500081248", sup, "VND", "2026-11-05", [
        ("BH-DT-100", "Brass hinge 100 mm, antique finish", 500, "PC", "125000", "2026-12-15"),
        ("BH-DT-75", "Brass hinge 75 mm, antique finish", 800, "PC", "89000", "2026-12-15"),
    ])
    body = """Kính gửi chị Dana,

Công ty Đồng Tiến xin xác nhận đơn hàng số 4500081248 như sau:

- Bản lề đồng 100 mm (BH-DT-100): 500 cái, đơn giá 125.000 ₫, giao ngày 15/12/2026.
- Bản lề đồng 75 mm (BH-DT-75): 800 cái, đơn giá 92.000 ₫ (điều chỉnh do giá đồng tăng), giao ngày 22/12/2026.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh - Công ty TNHH Kim Khí Đồng Tiến
KCN Tân Bình, TP. Hồ Chí Minh | ĐT: 028 3815 6789 | MST: 0301234567
"""
    eml = reply(p, "Nguyễn Thị Lan", "lan.nguyen@dongtien-hw.example", mdate(2026, 11, 6, 15, 20, 0, 420),
                alt(body + "\n" + outlook_quote(p, "en", "Thursday, November 5, 2026 10:11 AM"), to_html(body, font="Arial")),
                subject="RE: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: C(p, 2, price="92000", d="2026-12-22")})],
           "notes": "VND uses dot thousands: 125.000 = 125000, 92.000 = 92000. Line 2 price up and delivery 22/12/2026."}
    return [p], eml, exp


@case(47, "kapurnusantara-chalk-checking-stock", "needs_review", "id-ID",
      "Indonesian reply: PO received, stock still being checked at the warehouse, will report quantity and ship date tomorrow.")
def c047():
    sup = ("KAPURNUS", "PT Kapur Nusantara", "penjualan@kapurnusantara.example", "id-ID")
    p = po("4500081249", sup, "IDR", "2026-11-09", [
        ("CH-WB-100", "White chalk, box of 100", 500, "BOX", "18500", "2026-12-18"),
        ("CH-CL-12", "Coloured chalk, box of 12", 300, "BOX", "6500", "2026-12-18"),
    ])
    body = """Selamat siang Bu Dana,

PO 4500081249 sudah kami terima, terima kasih.
Untuk stok masih kami cek ke gudang Cikarang, besok pagi kami kabari untuk konfirmasi jumlah dan tanggal kirimnya ya Bu.

Salam,
Dewi Lestari
PT Kapur Nusantara | Jl. Industri Raya Blok C5 No. 8, Cikarang | Telp. (021) 8990 1234 | WA 0812 3456 7890
"""
    attr = "Pada tanggal Sen, 9 Nov 2026 pukul 15.30 Dana Ruiz <%s> menulis:" % p["buyer"]["email"]
    eml = reply(p, "Dewi Lestari", "dewi@kapurnusantara.example", mdate(2026, 11, 10, 12, 5, 0, 420),
                alt(body + "\n" + attr + "\n" + gt(req_text(p)), to_html(body, req_html(p), attr_line=attr)),
                subject="Re: " + req_subject(p))
    exp = {"kind": "needs_review", "notes": "Receipt plus 'we will confirm quantity and date tomorrow'; no commitment yet."}
    return [p], eml, exp


@case(48, "pelindungjaya-masks-phone-malay", "confirmation", "ms-MY",
      "Malay phone one-liner 'stok ok semua, harga ikut PO, barang hantar 10/12' (day-first, earlier than need-by).")
def c048():
    sup = ("PELJAYA", "Syarikat Pelindung Jaya Sdn. Bhd.", "jualan@pelindungjaya.example", "ms-MY")
    p = po("4500081250", sup, "MYR", "2026-11-09", [
        ("DM-3PLY-50", "Disposable 3-ply mask, box of 50", 200, "BOX", "8.50", "2026-12-14"),
        ("DM-KN95", "KN95 dust mask", 1000, "EA", "0.95", "2026-12-14"),
    ])
    body = "Hi Cik Dana, stok ok semua. Harga ikut PO. Barang hantar 10/12 ya.\n\nDihantar dari telefon Huawei saya\n\n"
    body += "-------- Mesej asal --------\nDaripada: Dana Ruiz <%s>\nTarikh: 9/11/2026 16:02\n\n" % p["buyer"]["email"] + req_text(p)
    eml = reply(p, "Aiman Hakim", "aiman@pelindungjaya.example", mdate(2026, 11, 10, 8, 3, 0, 480),
                text(body, cte="base64"), subject="Re: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: C(p, 1, d="2026-12-10"), 2: C(p, 2, d="2026-12-10")})],
           "notes": "Everything in stock at PO prices; 'hantar 10/12' (day-first in Malaysia) = 2026-12-10, earlier than the 12-14 need-by -> both changed on date only."}
    return [p], eml, exp


@case(49, "tahimik-earplugs-taglish", "confirmation", "en-PH",
      "Taglish reply ('po', 'wala na po kaming stock, phase out na'): line 1 confirmed with peso sign, line 2 declined.")
def c049():
    sup = ("TAHIMIK", "Tahimik Safety Trading Corp.", "sales@tahimiksafety.example", "en-PH")
    p = po("4500081251", sup, "PHP", "2026-11-06", [
        ("EP-FOAM-200", "Foam earplugs uncorded, box of 200 pairs", 50, "BOX", "1250.00", "2026-12-09"),
        ("EP-CORD-100", "Corded earplugs, box of 100 pairs", 30, "BOX", "1980.00", "2026-12-09"),
    ])
    body = """Hi Ma'am Dana,

Good day po! Confirmed po yung PO 4500081251 for item 1, 50 boxes @ ₱1,250.00, delivery on Dec 9.

Sa item 2 po, wala na po kaming stock ng corded earplugs and phase out na po siya sa supplier namin, so hindi na po namin ma-serve. Sorry po sa abala.

Thank you po!

Joy Santos
Sales Coordinator
Tahimik Safety Trading Corp. | 2F Unit 5, 118 Shaw Blvd, Mandaluyong City | (02) 8631 2345 | 0917 555 0199
"""
    attr = "On Fri, Nov 6, 2026 at 3:40 PM Dana Ruiz <%s> wrote:" % p["buyer"]["email"]
    eml = reply(p, "Joy Santos", "joy.santos@tahimiksafety.example", mdate(2026, 11, 9, 9, 12, 0, 480),
                alt(body + "\n" + attr + "\n" + gt(req_text(p)), to_html(body, req_html(p), attr_line=attr)),
                subject="Re: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: R})],
           "notes": "Line 1 as ordered ('Dec 9' -> 2026-12-09). Line 2: no stock and phased out, 'hindi na po namin ma-serve' (we can no longer serve it) -> rejected."}
    return [p], eml, exp


@case(50, "dayagplus-hooks-hebrew-rtl", "confirmation", "he-IL",
      "Hebrew right-to-left HTML-only reply: line 2 only 40 of 60 boxes available, the rest cannot be supplied.")
def c050():
    sup = ("DAYAG", "דייג פלוס בע\"מ", "sales@dayagplus.example", "he-IL")
    p = po("4500081252", sup, "ILS", "2026-11-08", [
        ("FH-SEA-40", "Sea hook 4/0 stainless, pack of 50", 60, "BOX", "42.00", "2026-12-20"),
        ("FH-SEA-20", "Sea hook 2/0 stainless, pack of 50", 60, "BOX", "38.00", "2026-12-20"),
    ])
    htm = """<html dir="rtl"><body dir="rtl" style="font-family:Arial">
<p>שלום דנה,</p>
<p>אנו מאשרים את הזמנת הרכש 4500081252 כדלקמן:</p>
<ul>
<li>שורה 1 – קרסי ים 4/0: 60 קופסאות, מחיר ליחידה ‏42.00 ₪, אספקה עד 20.12.2026.</li>
<li>שורה 2 – קרסי ים 2/0: במלאי 40 קופסאות בלבד, מחיר ‏38.00 ₪, אספקה עד 20.12.2026. את היתרה (20 קופסאות) לא נוכל לספק.</li>
</ul>
<p>בברכה,<br>יוסי כהן<br>מנהל מכירות, דייג פלוס בע"מ<br>רח' הנמל 12, חיפה | טל' 04-8512345</p>
</body></html>"""
    eml = reply(p, "יוסי כהן", "yossi@dayagplus.example", mdate(2026, 11, 9, 10, 0, 0, 120),
                text(htm, "html", charset="utf-8", cte="base64"), subject="RE: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: C(p, 2, q=40)})],
           "notes": "HTML-only RTL mail. Line 2 confirmed for 40 boxes only, the remaining 20 declined -> quantity 40, price and date unchanged."}
    return [p], eml, exp


@case(51, "alnoor-floats-bilingual", "confirmation", "ar-AE",
      "UAE bilingual English/Arabic reply (same content twice), prices ex 5% VAT, line 2 one week later.")
def c051():
    sup = ("ALNOOR", "Al Noor Building Tools Trading LLC", "sales@alnoortools.example", "ar-AE")
    p = po("4500081253", sup, "AED", "2026-11-08", [
        ("GF-PRO-300", "Professional grout float 300x100 mm", 120, "EA", "18.75", "2026-12-20"),
        ("GF-EPX-240", "Epoxy grout float 240x100 mm", 60, "EA", "24.00", "2026-12-20"),
    ])
    body = """Dear Ms. Dana,

Greetings from Al Noor!
We are pleased to confirm your PO 4500081253 as follows:

1) GF-PRO-300 - 120 pcs @ AED 18.75 - delivery 20/12/2026
2) GF-EPX-240 - 60 pcs @ AED 24.00 - delivery 27/12/2026 (stock arriving from our supplier)

All prices are exclusive of 5% VAT.

السيدة دانا المحترمة،
تحية طيبة من النور!
يسرنا تأكيد أمر الشراء رقم 4500081253 كما يلي:
1) GF-PRO-300 - عدد 120 قطعة بسعر 18.75 درهم - التسليم 20/12/2026
2) GF-EPX-240 - عدد 60 قطعة بسعر 24.00 درهم - التسليم 27/12/2026

Best regards / مع أطيب التحيات
Faisal Rahman
Sales Executive | Al Noor Building Tools Trading LLC
Al Qusais Industrial Area 2, Dubai, UAE | Tel +971 4 267 1234 | TRN 100123456700003
"""
    eml = reply(p, "Faisal Rahman", "faisal@alnoortools.example", mdate(2026, 11, 9, 11, 25, 0, 240),
                alt(body + "\n" + outlook_quote(p, "en", "Sunday, November 8, 2026 5:42 PM"), to_html(body, font="Tahoma")),
                subject="RE: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: C(p, 2, d="2026-12-27")})],
           "notes": "English and Arabic parts agree. Day-first dates; line 2 delivery 27/12/2026. VAT note does not change the net unit prices."}
    return [p], eml, exp


@case(52, "egyrope-ropes-arabic-indic-digits", "confirmation", "ar-EG",
      "Egyptian Arabic reply written entirely with Arabic-Indic digits (٤٥٠٠٠٨١٢٥٤, ٢٬٢٥٠, ٥/١/٢٠٢٧); line 2 price and date change.")
def c052():
    sup = ("EGYROPE", "الشركة المصرية للحبال", "sales@egyrope.example", "ar-EG")
    p = po("4500081254", sup, "EGP", "2026-11-05", [
        ("HR-14-COT", "Hammock rope 14 mm cotton, 50 m", 40, "ROL", "1450.00", "2026-12-22"),
        ("HR-10-POLY", "Hammock rope 10 mm polyester, 100 m", 25, "ROL", "2100.00", "2026-12-22"),
    ])
    body = """السيدة/ دانا رويز
تحية طيبة وبعد،

نفيدكم بتأكيد أمر الشراء رقم ٤٥٠٠٠٨١٢٥٤ كالتالي:

- البند ١: حبل قطن ١٤ مم (لفة ٥٠ متر)، عدد ٤٠ لفة، سعر اللفة ١٬٤٥٠ جنيه، التسليم يوم ٢٢/١٢/٢٠٢٦
- البند ٢: حبل بوليستر ١٠ مم (لفة ١٠٠ متر)، عدد ٢٥ لفة، السعر الجديد ٢٬٢٥٠ جنيه للفة بسبب ارتفاع أسعار الخامات، التسليم يوم ٥/١/٢٠٢٧

وتفضلوا بقبول فائق الاحترام،
محمد عبد الله
مدير المبيعات – الشركة المصرية للحبال
المنطقة الصناعية الثالثة، مدينة ٦ أكتوبر – ت: ٠٢٣٨٣٣٤٥٦٧
"""
    eml = reply(p, "محمد عبد الله", "m.abdallah@egyrope.example", mdate(2026, 11, 8, 12, 40, 0, 120),
                alt(body, to_html(body, dir="rtl", font="Arial"), cte="base64"), subject="رد: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: C(p, 2, price="2250.00", d="2027-01-05")})],
           "notes": "Arabic-Indic digits: ١٬٤٥٠ = 1450, ٢٬٢٥٠ = 2250, ٢٢/١٢/٢٠٢٦ = 2026-12-22, ٥/١/٢٠٢٧ = 2027-01-05 (day-first)."}
    return [p], eml, exp


@case(53, "khushboo-incense-rate-revised", "confirmation", "en-PK",
      "Pakistani formal English ('esteemed PO', 'kindly accord approval'): line 2 rate revised, only a dispatch date for both lines.")
def c053():
    sup = ("KHUSHB", "Khushboo Incense Works", "sales@khushbooincense.example", "en-PK")
    p = po("4500081255", sup, "USD", "2026-11-06", [
        ("IC-ROSE-100", "Incense cones rose, box of 100", 400, "BOX", "1.85", "2027-01-29"),
        ("IC-OUD-100", "Incense cones oud, box of 100", 200, "BOX", "2.40", "2027-01-29"),
    ])
    body = """Respected Madam,

Assalam-o-Alaikum. Kindly note that we are in receipt of your esteemed PO No. 4500081255 and hereby confirm the same with following remarks:

1. Rose cones 400 boxes @ USD 1.85/box - OK.
2. Oud cones 200 boxes - due to increase in oud oil cost, rate revised to USD 2.55/box. Kindly accord your approval at earliest.

Goods will be dispatched from our godown on 15-01-2027.

Thanking you and assuring you of our best services at all times.

Muhammad Bilal
Export Manager
Khushboo Incense Works | Plot 14-B, Sector 12, Korangi Industrial Area, Karachi
Ph: +92 21 3505 1234 | Cell: 0300-1234567 | NTN 1234567-8
"""
    eml = reply(p, "Muhammad Bilal", "bilal@khushbooincense.example", mdate(2026, 11, 7, 13, 20, 0, 300),
                text(body + "\n-----Original Message-----\n" + req_text(p), charset="us-ascii", cte="7bit"),
                subject="RE: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, d="2027-01-15"), 2: C(p, 2, price="2.55", d="2027-01-15")})],
        "notes": "Confirmed with remarks. Only a dispatch (ship) date 15-01-2027 (day-first) is given -> it is the date for both lines. Line 2 rate 2.55 USD; the request for approval does not withdraw the confirmation."}
    return [p], eml, exp


@case(54, "dhakaclosure-ticket-autoack", "auto_reply", "bn-BD",
      "Bengali/English helpdesk ticket auto-acknowledgment ('[Ticket #DJC-58213]'), no human content.")
def c054():
    sup = ("DHAKACL", "Dhaka Jar & Closure Ltd.", "orders@dhakaclosure.example", "bn-BD")
    p = po("4500081256", sup, "USD", "2026-11-10", [
        ("JL-70-GLD", "Lug lid 70 mm, gold lacquer", 20000, "PC", "0.038", "2027-02-05"),
        ("JL-58-WH", "Lug lid 58 mm, white", 15000, "PC", "0.031", "2027-02-05"),
    ])
    body = """প্রিয় গ্রাহক,

আপনার ইমেইলটি আমরা পেয়েছি। আপনার টিকেট নম্বর: DJC-58213
আমাদের একজন প্রতিনিধি ২ কার্যদিবসের মধ্যে আপনার সাথে যোগাযোগ করবেন।

Dear Customer,

We have received your email. Your ticket number is DJC-58213.
A representative will respond within 2 working days.

This is an automated message, please do not reply.
Dhaka Jar & Closure Ltd. | Tongi BSCIC I/A, Gazipur | +880 2 9812345
"""
    eml = reply(p, "Dhaka Jar & Closure Helpdesk", "support@dhakaclosure.example", mdate(2026, 11, 10, 19, 2, 0, 360),
                text(body, cte="base64"), subject="[Ticket #DJC-58213] RE: " + req_subject(p),
                extra=[("Auto-Submitted", "auto-generated"), ("Precedence", "auto_reply"), ("X-Mailer", "Helpdesk Mailer 4.1")])
    exp = {"kind": "auto_reply", "notes": "Ticket-system automatic acknowledgment; no order data."}
    return [p], eml, exp
