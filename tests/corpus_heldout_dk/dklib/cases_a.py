from .common import *


# 001 ------------------------------------------------------------------
@case("awning-fabric-kw-outlook", "confirmation", "de-AT",
      "Outlook top-post in ISO-8859-15 QP; KW 51 equals the requested Friday (accepted), the other line moves to 'KW 2/2027' = Fri 2027-01-15.")
def c001():
    s = sup("HOLL", "Markisenstoffe Hollerer GmbH", "verkauf@hollerer-textil.example", "de-AT")
    p = po("4500031877", s, "EUR", "2026-11-03", [
        ("AWF-320-BL", "Awning fabric acrylic 320 g/m2, blue/white stripe, 120 cm", 400, "M", "8.40", "2026-12-18"),
        ("AWF-320-GR", "Awning fabric acrylic 320 g/m2, solid grey, 120 cm", 250, "M", "7.95", "2026-12-18"),
    ], buyer="jonas")
    body = ("Sehr geehrter Herr Feld,\n\n"
            "danke für Ihre Bestellung 4500031877, die wir wie folgt bestätigen:\n\n"
            "Pos. 1 - 400 lfm Streifen blau/weiß à € 8,40 - Liefertermin KW 51\n"
            "Pos. 2 - 250 lfm Uni grau à € 7,95 - Liefertermin leider erst KW 2/2027, "
            "da das Garn erst Anfang Dezember bei uns eintrifft.\n\n"
            "Die Ware wird per Spedition frei Haus geliefert.\n\n"
            "Mit freundlichen Grüßen\nSabine Hollerer\nVerkaufsinnendienst\n\n"
            "Markisenstoffe Hollerer GmbH\nGewerbestraße 12, 2351 Wiener Neudorf\n"
            "Tel. +43 2236 47 110-23 | Fax +43 2236 47 110-99\n"
            "FN 123456x LG Wiener Neustadt | UID ATU12345678\n\n"
            + q_outlook(p, "Dienstag, 3. November 2026 10:12", "de", hello="Dear Ms Hollerer,"))
    irt, refs = reply_to(p)
    eml = mail(("Sabine Hollerer", "s.hollerer@hollerer-textil.example"), buyer(p),
               "AW: " + req_subject(p), rfcdate("2026-11-05 10:41", "+0100"),
               "<AM6PR04MB5112C4D1E0A7F3B2E1D9@AM6PR04MB5112.eurprd04.prod.outlook.com>",
               text(body, cs="iso-8859-15"), irt, refs,
               extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", req_subject(p))])
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, date=kw(2027, 2))})],
                      "KW 51 without a day = Friday 2026-12-18 = requested date, so line 1 is accepted; "
                      "'KW 2/2027' = Friday 2027-01-15 for line 2. Prices unchanged. Quoted PO table below must be ignored.")
    return [p], eml, exp


# 002 ------------------------------------------------------------------
@case("bolt-cutters-master-carton-gmail", "confirmation", "pt-BR",
      "Gmail reply quoting the PO; quantity rounded up to master cartons of 6 (50 -> 54), BRL amounts with dot thousands/comma decimals and a total that is not a unit price.")
def c002():
    s = sup("FERP", "Ferramentas Paulista Ltda", "vendas@ferrpaulista.example", "pt-BR")
    p = po("4500031902", s, "BRL", "2026-11-04", [
        ("BC-24", "Bolt cutter 24 in / 600 mm, forged jaws", 50, "EA", "189.90", "2027-01-11"),
        ("BC-36", "Bolt cutter 36 in / 900 mm, forged jaws", 20, "EA", "264.50", "2027-01-11"),
    ], buyer="priya")
    t = ("Olá Priya, boa tarde!\n\nSegue confirmação do pedido 4500031902:\n\n"
         "Item 1 - Corta-vergalhão 24\" - as caixas master são de 6 peças, então ajustamos para "
         "54 pç (9 caixas). Preço R$ 189,90/pç mantido. Entrega dia 08/01/2027.\n"
         "Item 2 - Corta-vergalhão 36\" - 20 pç a R$ 264,50, entrega também 08/01/2027.\n\n"
         "Valor total do pedido: R$ 15.544,60\n\nQualquer dúvida estou à disposição.\n\n"
         "Att.,\nRafael Moura\nFerramentas Paulista Ltda | CNPJ 12.345.678/0001-90\n"
         "(11) 3456-7890 | WhatsApp (11) 98765-4321\n\n")
    intro = "Em qua., 4 de nov. de 2026 às 06:12, Priya Nair &lt;priya.nair@kestrel-buy.example&gt; escreveu:"
    h = ("<div dir=\"ltr\">" + esc(t).replace("\n", "<br>") + "</div><br>" + q_html(p, intro, "Dear Sir or Madam,"))
    irt, refs = reply_to(p)
    eml = mail(("Rafael Moura", "rafael.moura@ferrpaulista.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-06 14:22", "-0300"), "<CAF8x9Qw7tKp2mZ0v1LrB+Yk3Hc@mail.gmail.com>",
               alt(text(t + q_gmail(p, intro.replace("&lt;", "<").replace("&gt;", ">")), flowed=False),
                   html(h, wrap=False), tag="000000000000"), irt, refs)
    exp = expect_conf([(p, {1: chg(p, 1, qty=54, date="2027-01-08"), 2: chg(p, 2, date="2027-01-08")})],
                      "Line 1 rounded to 9 master cartons of 6 = 54 pcs, price kept; both lines delivered 08/01/2027 "
                      "(day-first) instead of 11 Jan. R$ 15.544,60 is the order total (54*189.90 + 20*264.50), not a price.")
    return [p], eml, exp


# 003 ------------------------------------------------------------------
@case("coffee-filters-buddhist-era-html", "confirmation", "th-TH",
      "HTML-only Thai mail in TIS-620/base64; delivery date written in the Buddhist Era (8 ม.ค. 2570 = 2027-01-08).")
def c003():
    s = sup("SIAMPF", "Siam Paper Filter Co., Ltd.", "sales@siampaperfilter.example", "th-TH")
    p = po("4500031915", s, "THB", "2026-11-02", [
        ("CF-102-W", "Coffee filter paper cone size 102, white, 100 pcs/box", 600, "BOX", "42.00", "2026-12-21"),
        ("CF-BSK-8", "Basket coffee filter 8-12 cup, 250 pcs/box", 300, "BOX", "118.00", "2026-12-21"),
    ])
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=TIS-620\"></head>"
         "<body style=\"font-family:Tahoma\"><p>เรียน คุณมิรา</p>"
         "<p>ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031915 บริษัทฯ ขอยืนยันรายการดังนี้</p>"
         "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">"
         "<tr><th>ลำดับ</th><th>รายการ</th><th>จำนวน</th><th>ราคา/หน่วย (บาท)</th></tr>"
         "<tr><td>1</td><td>กระดาษกรองกาแฟ ทรงกรวย เบอร์ 102 สีขาว</td><td>600 กล่อง</td><td>42.00</td></tr>"
         "<tr><td>2</td><td>กระดาษกรองกาแฟ แบบตะกร้า 8-12 ถ้วย</td><td>300 กล่อง</td><td>118.00</td></tr>"
         "</table>"
         "<p><b>กำหนดส่งสินค้า:</b> วันที่ 8 ม.ค. 2570 ทั้งสองรายการ "
         "(เนื่องจากช่วงปลายปีโรงงานปิดซ่อมบำรุงเครื่องจักร ระหว่างวันที่ 14-31 ธ.ค. 2569)</p>"
         "<p>ขอแสดงความนับถือ<br>สมชาย วงศ์ใหญ่<br>ฝ่ายขายต่างประเทศ<br>"
         "บริษัท สยาม เปเปอร์ ฟิลเตอร์ จำกัด<br>โทร. 02-123-4567 ต่อ 208</p></body></html>")
    irt, refs = reply_to(p)
    eml = mail(("Somchai Wongyai", "somchai@siampaperfilter.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-04 16:05", "+0700"), "<20261104090512.3F2A1B@siampaperfilter.example>",
               html(h, cs="TIS-620", cte="base64", wrap=False), irt, refs)
    exp = expect_conf([(p, {1: chg(p, 1, date="2027-01-08"), 2: chg(p, 2, date="2027-01-08")})],
                      "Thai Buddhist Era: 2570 BE = 2027 CE, so 8 ม.ค. (January) 2570 = 2027-01-08 for both lines; "
                      "quantities and prices as ordered. The 14-31 Dec 2569 (2026) shutdown is context, not a delivery date.")
    return [p], eml, exp


# 004 ------------------------------------------------------------------
@case("egg-trays-swahili-split", "confirmation", "sw-KE",
      "Short Swahili reply: stock shortage splits line 1 into 8,000 now and 4,000 in January; ship dates day-first.")
def c004():
    s = sup("MPP", "Mombasa Pulp Packaging Ltd", "mauzo@mombasapulp.example", "sw-KE")
    p = po("4500031933", s, "KES", "2026-11-05", [
        ("ET-30-PM", "Egg tray 30-cell, moulded pulp, grey", 12000, "PC", "14.50", "2026-12-10"),
        ("ET-12-BX", "Egg box 12-cell, pulp, with lid", 5000, "PC", "21.00", "2026-12-10"),
    ], buyer="priya")
    t = ("Habari Priya,\n\nTumepokea oda yako namba 4500031933, asante sana.\n\n"
         "Trei za mayai 30 (ET-30-PM): kwa sasa tuna vipande 8,000 tu stoo. Tutatuma 8,000 "
         "tarehe 10/12/2026 na vilivyobaki 4,000 tarehe 08/01/2027. Bei ni ile ile KSh 14.50 kwa kipande.\n\n"
         "Boksi za mayai 12 (ET-12-BX): vipande 5,000 kwa KSh 21.00, tutatuma tarehe 10/12/2026 kama mlivyoomba.\n\n"
         "Kila la heri,\nJuma Mwangi\nAfisa Mauzo\nMombasa Pulp Packaging Ltd\n"
         "Simu: +254 722 000 481 | P.O. Box 80100-90100, Mombasa\n")
    irt, refs = reply_to(p)
    eml = mail(("Juma Mwangi", "mauzo@mombasapulp.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-09 11:30", "+0300"), "<5f1c2a9e-0b7d-4c55-9a61-2e8d4b1f7c30@mombasapulp.example>",
               text(t, cte="8bit"), irt, refs)
    exp = expect_conf([(p, {1: chg(p, 1, schedule=[(8000, "2026-12-10"), (4000, "2027-01-08")]),
                             2: acc(p, 2)})],
                      "Line 1: only 8,000 in stock -> split 8,000 on 10/12/2026 and 4,000 on 08/01/2027 (day-first, ship dates "
                      "are the only dates given); total still 12,000, last date 2027-01-08. Line 2 as ordered.")
    return [p], eml, exp


# 005 ------------------------------------------------------------------
@case("dowel-pins-hindi-lakh", "confirmation", "hi-IN",
      "Hindi/English mix with Indian lakh grouping (1,20,000), dispatch dates only, a revised rate on line 2 and a signature full of GSTIN/CIN/phone numbers.")
def c005():
    s = sup("LPF", "Ludhiana Precision Fasteners Pvt. Ltd.", "sales@ludhianaprecision.example", "hi-IN")
    p = po("4500031950", s, "INR", "2026-11-03", [
        ("DP-6x30-H", "Dowel pin 6 x 30 mm, hardened, DIN 6325", 120000, "PC", "1.85", "2027-01-15"),
        ("DP-8x40-H", "Dowel pin 8 x 40 mm, hardened, DIN 6325", 50000, "PC", "2.90", "2027-01-15"),
    ], buyer="jonas")
    t = ("नमस्ते जोनास जी,\n\nआपका पर्चेज़ ऑर्डर 4500031950 प्राप्त हुआ, धन्यवाद।\n"
         "हम निम्नलिखित पुष्टि करते हैं:\n\n"
         "1) DP-6x30-H – 1,20,000 पीस @ ₹1.85 – डिस्पैच 28-12-2026\n"
         "2) DP-8x40-H – 50,000 पीस @ ₹2.95 (स्टील की कीमत बढ़ने के कारण दर संशोधित) – डिस्पैच 28-12-2026\n\n"
         "भुगतान शर्तें पहले की तरह 60 दिन। कृपया संशोधित दर के अनुसार PO अमेंड कर दें।\n\n"
         "धन्यवाद एवं सादर,\nHarpreet Singh\nManager – Exports\n"
         "Ludhiana Precision Fasteners Pvt. Ltd.\n"
         "Plot No. 118, Focal Point Phase-VIII, Ludhiana 141010, Punjab\n"
         "GSTIN: 03AABCL1234M1Z5 | CIN: U28910PB2009PTC012345 | IEC: 0309012345\n"
         "Mob: +91 98140 12345 | Tel: 0161-2670 450\n")
    irt, refs = reply_to(p)
    eml = mail(("Harpreet Singh", "harpreet@ludhianaprecision.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-06 12:47", "+0530"), "<PN3P287MB1123A1B2C3D4E5F6@PN3P287MB1123.INDP287.PROD.OUTLOOK.COM>",
               alt(text(t, cte="base64"), html("<div>" + esc(t).replace("\n", "<br>") + "</div>", cte="base64")),
               irt, refs)
    exp = expect_conf([(p, {1: chg(p, 1, date="2026-12-28"), 2: chg(p, 2, price="2.95", date="2026-12-28")})],
                      "1,20,000 in Indian grouping = 120000 (as ordered). Only dispatch dates are given, so date = 2026-12-28 "
                      "(earlier than requested -> changed). Line 2 rate revised to 2.95. Signature numbers are noise.")
    return [p], eml, exp


# 006 ------------------------------------------------------------------
@case("kitchen-scales-question-first", "needs_review", "is-IS",
      "Icelandic reply that asks about a replacement model and plug type before confirming anything.")
def c006():
    s = sup("VOGT", "Vogir og Tæki ehf.", "sala@vogirtaeki.example", "is-IS")
    p = po("4500031968", s, "ISK", "2026-11-04", [
        ("KS-5KG-SS", "Kitchen scale digital 5 kg / 1 g, stainless platform", 80, "EA", "4990.00", "2026-12-15"),
        ("KS-15KG-PL", "Kitchen scale 15 kg / 5 g, plastic bowl, with mains adapter", 40, "EA", "6450.00", "2026-12-15"),
    ])
    t = ("Sæl Mira,\n\nTakk fyrir pöntunina nr. 4500031968.\n\n"
         "Áður en við staðfestum þurfum við svör við tveimur atriðum:\n\n"
         "1. Framleiðandinn er hættur með 5 kg vogina í ryðfríu stáli (KS-5KG-SS). Í staðinn kemur "
         "KS-5KG-SS2 sem er eins en með USB-C hleðslu í stað rafhlöðu, verð 5.290 kr. stk. "
         "Viljið þið fá hana í staðinn?\n"
         "2. Eiga 15 kg vogirnar að koma með straumbreyti fyrir UK eða ESB?\n\n"
         "Um leið og svörin berast sendum við staðfestingu með afhendingardögum.\n\n"
         "Kær kveðja,\nGuðrún Sigurðardóttir\nVogir og Tæki ehf. | Smiðjuvegi 4, 200 Kópavogi\n"
         "Sími 554 1200 | kt. 510299-1234\n\n")
    intro = "Þann mið. 4. nóv. 2026 kl. 09:12 skrifaði Mira Okafor <mira.okafor@kestrel-buy.example>:"
    irt, refs = reply_to(p)
    eml = mail(("Guðrún Sigurðardóttir", "gudrun@vogirtaeki.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-05 13:02", "+0000"), "<CAK7tR2vVx0p+Ld9Qm3@mail.gmail.com>",
               text(t + q_gmail(p, intro)), irt, refs)
    exp = expect("needs_review", "Supplier explicitly asks two questions 'before we confirm' (replacement model at 5.290 kr, "
                 "UK or EU adapter) and promises a confirmation with dates afterwards; nothing is committed yet.")
    return [p], eml, exp


# 007 ------------------------------------------------------------------
@case("glass-jars-shiftjis-fullwidth", "confirmation", "ja-JP",
      "Shift_JIS/base64 Japanese reply with full-width digits, dates without year (1月15日 -> 2027) and one line left open (packing seal out of stock).")
def c007():
    s = sup("MARUG", "Maruyama Glass Industry Co., Ltd.", "eigyo@maruyama-glass.example", "ja-JP")
    p = po("4500031981", s, "JPY", "2026-11-04", [
        ("GJ-250-TW", "Glass jar 250 ml, twist-off lid 63 mm", 1200, "PC", "85.00", "2027-01-15"),
        ("GJ-500-TW", "Glass jar 500 ml, twist-off lid 82 mm", 800, "PC", "112.00", "2027-01-15"),
        ("GJ-1000-CL", "Glass jar 1000 ml, clip lid with rubber seal", 300, "PC", "380.00", "2027-01-15"),
    ])
    t = ("Kestrel Procurement Ltd\nミラ・オカフォー様\n\n"
         "いつも大変お世話になっております。\n丸山硝子工業 営業部の佐藤でございます。\n\n"
         "ご注文番号 4500031981 につきまして、下記の通りご回答申し上げます。\n\n"
         "１．GJ-250-TW　250ml ツイストオフ瓶\n"
         "　　数量：１，２００個　単価：￥８５　納期：１月１５日\n"
         "２．GJ-500-TW　500ml ツイストオフ瓶\n"
         "　　数量：８００個　単価：￥１１２　納期：１月２２日\n"
         "３．GJ-1000-CL　1000ml 密封瓶\n"
         "　　現在、パッキンが欠品しております。納期は確定次第、改めてご連絡いたします。\n\n"
         "何卒よろしくお願い申し上げます。\n\n"
         "――――――――――――――――――――\n丸山硝子工業株式会社　営業部\n佐藤　健一\n"
         "〒503-0000 岐阜県大垣市港町1-23\nTEL 0584-00-1234 / FAX 0584-00-1235\n"
         "――――――――――――――――――――\n\n"
         "-----Original Message-----\nFrom: Mira Okafor <mira.okafor@kestrel-buy.example>\n"
         "Sent: Wednesday, November 4, 2026 6:12 PM\nTo: eigyo@maruyama-glass.example\n"
         f"Subject: {req_subject(p)}\n\n" + gt(req_text(p)) + "\n")
    irt, refs = reply_to(p)
    eml = mail(("佐藤 健一", "k-sato@maruyama-glass.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-10 17:20", "+0900"), "<000001db3a2f$8c1e4d50$a45ae7f0$@maruyama-glass.example>",
               text(t, cs="shift_jis", cte="base64"), irt, refs, name_cs="iso-2022-jp")
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-22"), 3: UNC})],
                      "Full-width digits: １，２００個 = 1200, ￥８５ = 85, 納期 １月１５日 without year = next 15 Jan after the "
                      "mail = 2027-01-15 (as requested) -> line 1 accepted; line 2 1月22日 = 2027-01-22; line 3 seal out of "
                      "stock, date to follow -> unconfirmed.")
    return [p], eml, exp


# 008 ------------------------------------------------------------------
@case("hinge-pins-big5-roc-per-hundred", "confirmation", "zh-TW",
      "Big5 Traditional Chinese with ROC (Minguo) year 116 = 2027 and prices quoted per 100 pieces (NT$350/百支 = 3.50/EA).")
def c008():
    s = sup("TWHH", "Taiwan Hinge Hardware Co., Ltd.", "sales@twhinge.example", "zh-TW")
    p = po("4500031997", s, "TWD", "2026-11-05", [
        ("HP-4x60-SS", "Hinge pin 4 x 60 mm, stainless 304", 20000, "EA", "3.40", "2027-01-08"),
        ("HP-6x80-ZN", "Hinge pin 6 x 80 mm, zinc plated", 10000, "EA", "4.10", "2027-01-08"),
    ], buyer="priya")
    t = ("Priya 您好：\n\n感謝貴公司訂單 4500031997，茲確認如下：\n\n"
         "1. HP-4x60-SS 不鏽鋼鉸鏈銷 20,000 支，單價每百支 NT$350（原料上漲，敬請見諒），交期 116年1月8日。\n"
         "2. HP-6x80-ZN 鍍鋅鉸鏈銷 10,000 支，單價每百支 NT$410，交期 116年1月15日。\n\n"
         "如有任何問題，歡迎隨時與我聯絡。\n\n"
         "台灣鉸鏈五金股份有限公司\n業務部 林美玲\nTEL: 04-2358-1234 分機 15\nFAX: 04-2358-5678\n\n"
         "-----Original Message-----\nFrom: Priya Nair [mailto:priya.nair@kestrel-buy.example]\n"
         "Sent: Thursday, November 05, 2026 5:12 PM\nTo: sales@twhinge.example\n"
         f"Subject: {req_subject(p)}\n\n" + req_text(p) + "\n")
    irt, refs = reply_to(p)
    eml = mail(("林美玲", "meiling.lin@twhinge.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-09 10:02", "+0800"), "<002b01db3247$1a2b3c40$4e5f6a70$@twhinge.example>",
               text(t, cs="big5", cte="base64"), irt, refs, name_cs="big5")
    exp = expect_conf([(p, {1: chg(p, 1, price="3.50"), 2: chg(p, 2, date="2027-01-15")})],
                      "Prices are per 100 pcs (每百支): NT$350 -> 3.50/EA (changed, raw material increase), NT$410 -> 4.10/EA "
                      "(same). ROC year 116 = 2027: line 1 116/1/8 = 2027-01-08 (as requested), line 2 2027-01-15.")
    return [p], eml, exp


# 009 ------------------------------------------------------------------
@case("ink-cartridges-koi8r-partial-stock", "confirmation", "ru-RU",
      "KOI8-R quoted-printable Russian reply; only 48 of 60 black cartridges in stock, remaining 12 shipped later (split), prices with space thousands separator.")
def c009():
    s = sup("PRSN", "OOO PrintSnab", "zakaz@printsnab.example", "ru-RU")
    p = po("4500032010", s, "RUB", "2026-11-02", [
        ("INK-953XL-BK", "Ink cartridge compatible HP 953XL, black", 60, "EA", "1250.00", "2026-12-11"),
        ("INK-953XL-C", "Ink cartridge compatible HP 953XL, cyan", 40, "EA", "1090.00", "2026-12-11"),
    ])
    t = ("Добрый день, Мира!\n\nПо заказу N 4500032010 подтверждаем:\n\n"
         "1. Картридж 953XL чёрный - в наличии только 48 шт., их отгрузим 11.12.2026; оставшиеся 12 шт. "
         "отгрузим 22.01.2027 после поступления партии. Цена 1 250,00 руб./шт.\n"
         "2. Картридж 953XL голубой - 40 шт. по 1 090,00 руб., отгрузка 11.12.2026.\n\n"
         "Счёт на предоплату не требуется, оплата по договору.\n\n"
         "С уважением,\nДмитрий Соколов\nменеджер отдела продаж\nООО \"ПринтСнаб\"\n"
         "тел. +7 (495) 123-45-67, доб. 204\nИНН 7701234567 / КПП 770101001\n\n"
         + q_outlook(p, "2 ноября 2026 г. 12:12", "ru"))
    irt, refs = reply_to(p)
    eml = mail(("Дмитрий Соколов", "d.sokolov@printsnab.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-05 13:15", "+0300"), "<1730801700.482913.ds@printsnab.example>",
               text(t, cs="koi8-r"), irt, refs, name_cs="koi8-r")
    exp = expect_conf([(p, {1: chg(p, 1, schedule=[(48, "2026-12-11"), (12, "2027-01-22")]), 2: acc(p, 2)})],
                      "Line 1 split: 48 shipped 11.12.2026, remaining 12 on 22.01.2027 (total 60, price 1 250,00 = 1250.00 unchanged). "
                      "Line 2 as ordered (ship date only = requested). KOI8-R encoded.")
    return [p], eml, exp


# 010 ------------------------------------------------------------------
@case("jumper-cables-ooo-polish", "auto_reply", "pl-PL",
      "Polish out-of-office auto-reply full of dates and a phone number, threaded to our request.")
def c010():
    s = sup("MOTP", "Motoprzewody Sp. z o.o.", "biuro@motoprzewody.example", "pl-PL")
    p = po("4500032024", s, "PLN", "2026-11-09", [
        ("JC-500-3M", "Jumper cables 500 A, 3.0 m, copper clad aluminium", 200, "SET", "64.90", "2026-12-16"),
        ("JC-800-5M", "Jumper cables 800 A, 5.0 m, pure copper", 100, "SET", "119.00", "2026-12-16"),
    ], buyer="jonas")
    t = ("Dzień dobry,\n\ndziękuję za wiadomość. Jestem na urlopie od 9.11.2026 do 20.11.2026 włącznie, "
         "bez dostępu do poczty. Wiadomości nie są przekazywane dalej.\n\n"
         "W pilnych sprawach proszę o kontakt z p. Agnieszką Nowak, tel. +48 22 123 45 67, "
         "a.nowak@motoprzewody.example.\n\nPozdrawiam\nKrzysztof Wiśniewski\n\n"
         "---\nHello, I am on leave until 20 Nov 2026. For urgent matters please contact "
         "a.nowak@motoprzewody.example.\n")
    irt, refs = reply_to(p)
    eml = mail(("Krzysztof Wiśniewski", "k.wisniewski@motoprzewody.example"), buyer(p),
               "Automatyczna odpowiedź: " + req_subject(p), rfcdate("2026-11-10 08:01", "+0100"),
               "<a81f0c2e9b7d4f6aa1c3@DB9PR02MB7321.eurprd02.prod.outlook.com>",
               text(t), irt, refs,
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("X-MS-Exchange-Inbox-Rules-Loop", "k.wisniewski@motoprzewody.example")])
    exp = expect("auto_reply", "Out-of-office notice (Auto-Submitted: auto-replied); the dates are the absence period, "
                 "not delivery dates.")
    return [p], eml, exp


# 011 ------------------------------------------------------------------
@case("lock-washers-erp-pdf-czech", "confirmation", "cs-CZ",
      "Automatic ERP mail (new thread, no In-Reply-To) with a PDF order confirmation: pack rounding on line 1, price and date change on line 3 only in the PDF.")
def c011():
    s = sup("PODB", "Podložky Brno s.r.o.", "obchod@podlozky-brno.example", "cs-CZ")
    p = po("4500032039", s, "CZK", "2026-11-04", [
        ("LW-M8-127", "Lock washer M8, spring, DIN 127 B, zinc plated", 2500, "PC", "0.42", "2026-12-18"),
        ("LW-M10-127", "Lock washer M10, spring, DIN 127 B, zinc plated", 2000, "PC", "0.58", "2026-12-18"),
        ("LW-M12-6798", "Serrated lock washer M12, DIN 6798 A", 1000, "PC", "0.95", "2026-12-18"),
    ], buyer="jonas")
    pdf = make_pdf([
        "#POTVRZENI OBJEDNAVKY / ORDER CONFIRMATION",
        "Podlozky Brno s.r.o., Hybesova 42, 602 00 Brno, ICO 25512345, DIC CZ25512345",
        "",
        "Odberatel: Kestrel Procurement Ltd, Unit 4 Wharf Road, Felixstowe IP11 3TD, UK",
        "Vase objednavka: 4500032039 ze dne 04.11.2026",
        "Cislo potvrzeni: OP26-04471          Datum: 06.11.2026",
        "",
        "Pol.  Kod             Popis                          Mnozstvi  MJ   Cena/MJ CZK   Termin dodani",
        "1     LW-M8-127       Podlozka pruzna M8 DIN 127 B     3 000    ks       0,42      18.12.2026",
        "2     LW-M10-127      Podlozka pruzna M10 DIN 127 B    2 000    ks       0,58      18.12.2026",
        "3     LW-M12-6798     Podlozka vejirova M12 DIN 6798   1 000    ks       1,02      08.01.2027",
        "",
        "Celkem bez DPH: 3 440,00 CZK",
        "Poznamka: pol. 1 zaokrouhleno na cele baleni (1 000 ks). Pol. 3: novy cenik 2027.",
        "Dodaci podminky: DAP Felixstowe. Platebni podminky: 30 dni.",
        "",
        "Vystavil: ERP Helios Green / system",
    ], title="Potvrzeni objednavky OP26-04471")
    t = ("Dobrý den,\n\nv příloze zasíláme potvrzení Vaší objednávky č. 4500032039.\n\n"
         "Tato zpráva byla vygenerována automaticky, prosíme neodpovídejte na ni. "
         "Dotazy směřujte na obchod@podlozky-brno.example.\n\nPodložky Brno s.r.o.\n")
    eml = mail(("Podložky Brno - ERP", "noreply-erp@podlozky-brno.example"), buyer(p),
               "Potvrzení objednávky OP26-04471 / Vaše obj. 4500032039", rfcdate("2026-11-06 06:30", "+0100"),
               "<OP26-04471.20261106063000@erp.podlozky-brno.example>",
               mixed(text(t, cs="windows-1250"), attach(pdf, "application/pdf", "OP26-04471.pdf")),
               subj_cs="windows-1250", name_cs="windows-1250",
               extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Helios Green Mailer")])
    exp = expect_conf([(p, {1: chg(p, 1, qty=3000), 2: acc(p, 2), 3: chg(p, 3, price="1.02", date="2027-01-08")})],
                      "ERP-generated confirmation is a confirmation, not an auto-reply. PDF: line 1 rounded to full packs "
                      "of 1 000 -> 3000; line 2 as ordered; line 3 new 2027 price 1,02 CZK and delivery 08.01.2027.")
    return [p], eml, exp


# 012 ------------------------------------------------------------------
@case("mesh-bags-postfix-user-unknown", "bounce", "sk-SK",
      "Postfix DSN (multipart/report) from our own MTA: 550 5.1.1 user unknown at the supplier; contains our PO mail in full.")
def c012():
    s = sup("SIET", "Sieťky Žilina s.r.o.", "objednavky@sietky-zilina.example", "sk-SK")
    p = po("4500032051", s, "EUR", "2026-11-05", [
        ("MB-PP-5KG", "Mesh bag PP raschel 5 kg, red, 40x60 cm", 20000, "PC", "0.065", "2026-12-14"),
        ("MB-PP-10KG", "Mesh bag PP raschel 10 kg, red, 50x80 cm", 10000, "PC", "0.092", "2026-12-14"),
    ], buyer="priya")
    orig = request_mail_bytes(p, rfcdate("2026-11-05 09:12", "+0000"))
    human = ("This is the mail system at host mail.kestrel-buy.example.\n\n"
             "I'm sorry to have to inform you that your message could not\n"
             "be delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\n"
             "delete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<objednavky@sietky-zilina.example>: host mx1.sietky-zilina.example[203.0.113.25]\n"
             "    said: 550 5.1.1 <objednavky@sietky-zilina.example>: Recipient address\n"
             "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    eml = dsn(("Mail Delivery System", "MAILER-DAEMON@mail.kestrel-buy.example"), buyer(p),
              "Undelivered Mail Returned to Sender", rfcdate("2026-11-05 09:12", "+0000"),
              "<20261105091209.4B7C21E0A3@mail.kestrel-buy.example>", human, "mail.kestrel-buy.example",
              "objednavky@sietky-zilina.example", "5.1.1",
              "550 5.1.1 <objednavky@sietky-zilina.example>: Recipient address rejected: User unknown in virtual mailbox table",
              orig, arrival="Thu,  5 Nov 2026 09:12:07 +0000 (UTC)", remote_mta="mx1.sietky-zilina.example",
              extra=[("Auto-Submitted", "auto-replied")])
    exp = expect("bounce", "Postfix non-delivery report for our PO request (5.1.1 user unknown). The attached original "
                 "contains the PO table, which must not be read as a confirmation.")
    return [p], eml, exp


# 013 ------------------------------------------------------------------
@case("nitrile-gloves-hungarian-dates", "confirmation", "hu-HU",
      "Hungarian Outlook reply in ISO-8859-2 with 'YYYY. MM. DD.' dates and space-grouped forint prices; third line gets a price increase and a later date.")
def c013():
    s = sup("KESZ", "Kesztyűház Kft.", "rendeles@kesztyuhaz.example", "hu-HU")
    p = po("4500032066", s, "HUF", "2026-11-03", [
        ("NG-M-BL100", "Nitrile gloves powder-free, size M, blue, box of 100", 300, "BOX", "2450.00", "2026-12-09"),
        ("NG-L-BL100", "Nitrile gloves powder-free, size L, blue, box of 100", 300, "BOX", "2450.00", "2026-12-09"),
        ("NG-XL-BK100", "Nitrile gloves 6 mil, size XL, black, box of 100", 100, "BOX", "3900.00", "2026-12-09"),
    ], buyer="tomas")
    t = ("Tisztelt Lindqvist Úr!\n\nKöszönjük a 4500032066 sz. megrendelést, amelyet az alábbiak szerint "
         "igazolunk vissza:\n\n"
         "1. tétel: nitril kesztyű M, kék - 300 doboz, 2 450 Ft/doboz, szállítás: 2026. 12. 09.\n"
         "2. tétel: nitril kesztyű L, kék - 300 doboz, 2 450 Ft/doboz, szállítás: 2026. 12. 09.\n"
         "3. tétel: nitril kesztyű XL, fekete, 6 mil - a gyártói áremelés miatt 4 150 Ft/doboz, "
         "szállítás: 2026. 12. 16.\n\n"
         "Az árak az ÁFA-t nem tartalmazzák.\n\nÜdvözlettel:\nTóth Eszter\nértékesítési asszisztens\n"
         "Kesztyűház Kft. | 1097 Budapest, Könyves Kálmán krt. 12-14.\nTel.: +36 1 234 5678 | Adószám: 12345678-2-43\n\n"
         + q_outlook(p, "2026. november 3., kedd 10:12", "hu", hello="Dear Sir or Madam,"))
    irt, refs = reply_to(p)
    eml = mail(("Tóth Eszter", "toth.eszter@kesztyuhaz.example"), buyer(p), "VS: " + req_subject(p),
               rfcdate("2026-11-04 15:48", "+0100"), "<VI1PR07MB6345B1E2F9A3C0D2@VI1PR07MB6345.eurprd07.prod.outlook.com>",
               text(t, cs="iso-8859-2"), irt, refs, name_cs="iso-8859-2")
    exp = expect_conf([(p, {1: acc(p, 1), 2: acc(p, 2), 3: chg(p, 3, price="4150.00", date="2026-12-16")})],
                      "Hungarian dates 'YYYY. MM. DD.'; 2 450 Ft = 2450. Lines 1-2 as ordered; line 3 at 4 150 Ft/box and "
                      "delivery 2026-12-16.")
    return [p], eml, exp


# 014 ------------------------------------------------------------------
@case("oil-drums-inline-romanian", "confirmation", "ro-RO",
      "Romanian supplier answers inline with '>>>' under each quoted PO line: accept, later date, and a discontinued 60 l drum.")
def c014():
    s = sup("BMP", "Butoaie Metalice Ploiești SRL", "vanzari@butoaie-ploiesti.example", "ro-RO")
    p = po("4500032080", s, "EUR", "2026-11-05", [
        ("OD-216-OH", "Steel drum 216 l, open head, clamp ring, blue", 120, "EA", "38.50", "2026-12-17"),
        ("OD-216-TH", "Steel drum 216 l, tight head, 2 bungs, black", 80, "EA", "36.90", "2026-12-17"),
        ("OD-60-OH", "Steel drum 60 l, open head, grey", 50, "EA", "22.40", "2026-12-17"),
    ], buyer="jonas")
    tbl = po_table(p).split("\n")
    answers = {1: ">>> OK, confirmat.",
               2: ">>> Confirmat 80 buc. la același preț, dar livrare 07.01.2027 (tablă neagră lipsă pe stoc).",
               3: ">>> Butoiul de 60 l nu se mai produce, ne pare rău - nu putem livra această poziție."}
    q = []
    for i, row in enumerate(tbl):
        q.append("> " + row)
        if i > 0:
            q.append(answers[i])
    req = req_text(p).split("\n")
    start = req.index(tbl[0])
    quoted = gt("\n".join(req[:start])) + "\n" + "\n".join(q) + "\n" + gt("\n".join(req[start + len(tbl):]))
    t = ("Bună ziua,\n\nRăspunsurile noastre sunt mai jos, în text (marcate cu >>>).\n\n"
         "Mulțumim,\nAndrei Popescu\nDepartament Vânzări\nButoaie Metalice Ploiești SRL\n"
         "Tel: +40 244 123 456 | CUI RO12345678 | J29/1234/2005\n\n"
         "-----Original Message-----\nFrom: Jonas Feld <jonas.feld@kestrel-buy.example>\n"
         "Sent: Thursday, November 5, 2026 11:12 AM\nTo: vanzari@butoaie-ploiesti.example\n"
         f"Subject: {req_subject(p)}\n\n" + quoted + "\n")
    irt, refs = reply_to(p)
    eml = mail(("Andrei Popescu", "andrei.popescu@butoaie-ploiesti.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-06 11:05", "+0200"), "<003101db3011$2a7b9c10$7f72d430$@butoaie-ploiesti.example>",
               text(t), irt, refs)
    exp = expect_conf([(p, {1: acc(p, 1), 2: chg(p, 2, date="2027-01-07"), 3: REJ})],
                      "Answers are written inline under each quoted PO line: line 1 OK; line 2 same qty/price, delivery "
                      "07.01.2027 (day-first); line 3 no longer produced -> rejected.")
    return [p], eml, exp


# 015 ------------------------------------------------------------------
@case("pipe-wrenches-bulgarian-cp1251", "confirmation", "bg-BG",
      "Bulgarian multipart reply in Windows-1251 QP confirming everything as ordered (EUR since 2026, 'до 22.12.2026 г.', Cyrillic 'х' as multiply sign).")
def c015():
    s = sup("INPL", "Instrument Plovdiv OOD", "prodazhbi@instrument-plovdiv.example", "bg-BG")
    p = po("4500032094", s, "EUR", "2026-11-04", [
        ("PW-14-ST", "Pipe wrench 14 in, Stillson type, cast iron", 60, "EA", "17.80", "2026-12-22"),
        ("PW-24-AL", "Pipe wrench 24 in, aluminium handle", 30, "EA", "41.20", "2026-12-22"),
    ], buyer="priya")
    t = ("Здравейте, г-жо Наир,\n\nПотвърждаваме поръчка № 4500032094 изцяло, както следва:\n\n"
         "– поз. 1: 60 бр. х 17,80 € – доставка до 22.12.2026 г.\n"
         "– поз. 2: 30 бр. х 41,20 € – доставка до 22.12.2026 г.\n\n"
         "Цените са в евро, без ДДС, условия на доставка DAP Felixstowe.\n\n"
         "Поздрави,\nГеорги Димитров\nТърговски отдел\n„Инструмент Пловдив“ ООД\n"
         "тел.: +359 32 123 456 | ЕИК 115123456\n")
    h = "<div style=\"font-family:Calibri\">" + esc(t).replace("\n", "<br>\n") + "</div>"
    irt, refs = reply_to(p)
    eml = mail(("Георги Димитров", "g.dimitrov@instrument-plovdiv.example"), buyer(p),
               "RE: " + req_subject(p), rfcdate("2026-11-05 09:55", "+0200"),
               "<00a201db2f6d$5e3c1a90$1ab44fb0$@instrument-plovdiv.example>",
               alt(text(t, cs="windows-1251"), html(h, cs="windows-1251")), irt, refs, name_cs="windows-1251")
    exp = expect_conf([(p, {1: acc(p, 1), 2: acc(p, 2)})],
                      "Full confirmation: quantities, prices (17,80 / 41,20 EUR) and delivery 'до 22.12.2026 г.' all match the PO.")
    return [p], eml, exp


# 016 ------------------------------------------------------------------
@case("roof-tiles-greek-discontinued", "confirmation", "el-GR",
      "Greek ISO-8859-7 reply: one colour discontinued (rejected, alternative merely offered), the other two lines confirmed as ordered with 6.000 as thousands.")
def c016():
    s = sup("KERL", "Keramopoiia Larisas S.A.", "sales@keramlarisa.example", "el-GR")
    p = po("4500032108", s, "EUR", "2026-11-02", [
        ("RT-MAR-RED", "Roof tile Marseille type, red clay", 6000, "PC", "0.62", "2027-02-05"),
        ("RT-MAR-ANT", "Roof tile Marseille type, antique brown", 3000, "PC", "0.71", "2027-02-05"),
        ("RT-RIDGE-RED", "Ridge tile, red clay", 400, "PC", "1.45", "2027-02-05"),
    ], buyer="tomas")
    t = ("Αγαπητέ κ. Lindqvist,\n\nΣε συνέχεια της παραγγελίας σας 4500032108 σας επιβεβαιώνουμε τα εξής:\n\n"
         "1. Κεραμίδι τύπου Μασσαλίας, κόκκινο: 6.000 τεμ. x 0,62 € - παράδοση 05/02/2027\n"
         "2. Κεραμίδι τύπου Μασσαλίας, αντικέ καφέ: το χρώμα αυτό έχει καταργηθεί από την παραγωγή μας "
         "και δυστυχώς δεν μπορούμε να το προμηθεύσουμε. Ως εναλλακτική προτείνουμε το RT-MAR-TER "
         "(τερακότα) στην ίδια τιμή, αν σας ενδιαφέρει.\n"
         "3. Κορφιάς κόκκινος: 400 τεμ. x 1,45 € - παράδοση 05/02/2027\n\n"
         "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΚεραμοποιία Λάρισας Α.Ε.\n"
         "Τηλ. +30 2410 123456 | ΑΦΜ 094123456\n\n" + q_outlook(p, "Monday, November 2, 2026 11:12 AM"))
    irt, refs = reply_to(p)
    eml = mail(("Νίκος Παπαδόπουλος", "n.papadopoulos@keramlarisa.example"), buyer(p), "RE: " + req_subject(p),
               rfcdate("2026-11-06 12:30", "+0200"), "<DU2PR10MB5123E4C8A0B1@DU2PR10MB5123.EURPRD10.PROD.OUTLOOK.COM>",
               text(t, cs="iso-8859-7"), irt, refs, name_cs="iso-8859-7")
    exp = expect_conf([(p, {1: acc(p, 1), 2: REJ, 3: acc(p, 3)})],
                      "6.000 = six thousand (Greek thousands dot), 0,62 EUR, 05/02/2027 day-first = requested 2027-02-05. "
                      "Line 2 colour discontinued -> rejected; the RT-MAR-TER alternative is only a proposal.")
    return [p], eml, exp


# 017 ------------------------------------------------------------------
@case("saw-chains-two-pos-turkish", "confirmation", "tr-TR",
      "One Turkish mail (Windows-1254) answers two POs; ship dates with Turkish month names, a 3% raw-material increase stated with the resulting price.")
def c017():
    s = sup("ANZN", "Anadolu Zincir San. ve Tic. A.Ş.", "satis@anadoluzincir.example", "tr-TR")
    a = po("4500032115", s, "USD", "2026-11-03", [
        ("SC-325-72", "Saw chain .325 in, 1.5 mm, 72 drive links", 150, "EA", "14.20", "2026-12-11"),
        ("SC-38-60", "Saw chain 3/8 in, 1.3 mm, 60 drive links", 100, "EA", "15.80", "2026-12-11"),
    ])
    b = po("4500032139", s, "USD", "2026-11-05", [
        ("SC-404-84", "Saw chain .404 in, 1.6 mm, 84 drive links, harvester", 60, "EA", "32.00", "2027-01-08"),
    ])
    t = ("Merhaba Mira Hanım,\n\nİki siparişinizi birlikte cevaplıyorum:\n\n"
         "Sipariş 4500032115:\n"
         " - Kalem 1 (SC-325-72): 150 adet, 14,20 USD, sevk 11 Aralık 2026\n"
         " - Kalem 2 (SC-38-60): 100 adet, 15,80 USD, sevk 18 Aralık 2026\n\n"
         "Sipariş 4500032139:\n"
         " - Kalem 1 (SC-404-84): 60 adet, %3 hammadde zammı ile birim fiyat 32,96 USD, sevk 8 Ocak 2027\n\n"
         "Saygılarımla,\nEmre Yıldız\nDış Ticaret Sorumlusu\nAnadolu Zincir San. ve Tic. A.Ş.\n"
         "OSB 3. Cadde No: 17, 16140 Nilüfer/Bursa\nTel: +90 224 123 45 67\n\n"
         + q_outlook(b, "5 Kasım 2026 Perşembe 12:12", "tr", hello="Dear Sir or Madam,"))
    irt, refs = reply_to(b)
    eml = mail(("Emre Yıldız", "emre.yildiz@anadoluzincir.example"), buyer(b), "YNT: " + req_subject(b),
               rfcdate("2026-11-06 15:20", "+0300"), "<AS8PR09MB6012F3D4A5B6C7@AS8PR09MB6012.eurprd09.prod.outlook.com>",
               text(t, cs="windows-1254"), irt, refs, name_cs="windows-1254")
    exp = expect_conf([(a, {1: acc(a, 1), 2: chg(a, 2, date="2026-12-18")}),
                       (b, {1: chg(b, 1, price="32.96")})],
                      "Reply threaded to PO 4500032139 but answers both POs by number. Ship dates only ('sevk') are the dates. "
                      "PO ...115 line 2 ships 18 Dec; PO ...139 +3% on 32.00 = 32.96 USD, date 8 Ocak 2027 as requested.")
    return [a, b], eml, exp


# 018 ------------------------------------------------------------------
@case("trolley-wheels-will-confirm-friday", "needs_review", "uk-UA",
      "Ukrainian reply: waiting for the tyre manufacturer's schedule, will confirm by Friday 13.11 - the only date in it is the promise date.")
def c018():
    s = sup("KOLD", "TOV Kolesa-Dnipro", "zbut@kolesa-dnipro.example", "uk-UA")
    p = po("4500032140", s, "EUR", "2026-11-06", [
        ("TW-125-PU-SB", "Trolley castor 125 mm, PU tread, swivel with brake", 400, "EA", "6.80", "2027-01-18"),
        ("TW-125-PU-FX", "Trolley castor 125 mm, PU tread, fixed", 400, "EA", "5.90", "2027-01-18"),
    ], buyer="jonas")
    t = ("Добрий день, пане Йонасе!\n\nДякуємо за замовлення № 4500032140.\n\n"
         "Наразі ми чекаємо на графік виробництва від заводу-постачальника поліуретанових шин, тому "
         "підтвердити кількість і терміни поставки поки не можемо. Остаточне підтвердження надішлемо "
         "до п'ятниці, 13.11.\n\nЗ повагою,\nОлена Ковальчук\nменеджер зі збуту\nТОВ «Колеса-Дніпро»\n"
         "+380 56 123 45 67\n")
    irt, refs = reply_to(p)
    eml = mail(("Олена Ковальчук", "o.kovalchuk@kolesa-dnipro.example"), buyer(p), "Re: " + req_subject(p),
               rfcdate("2026-11-10 16:40", "+0200"), "<8d2e4f61-3a7b-4c9d-b0e1-f2a3b4c5d6e7@kolesa-dnipro.example>",
               text(t, cte="base64"), irt, refs)
    exp = expect("needs_review", "Human reply that commits to nothing: quantities and dates will be confirmed by Friday 13.11; "
                 "13.11 is a promise date, not a delivery date.")
    return [p], eml, exp
