from .common import *


@case("sksk-utorok-balenie10", "confirmation", "sk-SK",
      "Slovak reply: oven gloves packed by 10 pairs so 25 becomes 30; 'v utorok 15.12.' matches the requested date.")
def _(c):
    p = c.po("4500219750", "OPPH", "Ochranné pracovné pomôcky Horváth s.r.o.", "objednavky@opp-horvath.example", "EUR", "2026-11-18", [
        ("RK-PEC-35", "Oven glove cotton/aramid 35 cm", 25, "PR", "6.90", "2026-12-15"),
        ("RK-SIL-30", "Oven glove silicone 30 cm", 40, "PR", "8.40", "2026-12-15")])
    txt = ("Dobrý deň, pani Lindqvistová,\n\nďakujeme za objednávku č. 4500219750.\n"
           "Rukavice RK-PEC-35 balíme po 10 pároch, preto Vám dodáme 30 párov, cena 6,90 €/pár ostáva.\n"
           "RK-SIL-30 - 40 párov, 8,40 €/pár.\n\nObe položky dodáme v utorok 15.12.\n\n"
           "S pozdravom\nMartin Horváth\nkonateľ\nOchranné pracovné pomôcky Horváth s.r.o. | IČO: 46123456 | IČ DPH: SK2023123456\nMobil: +421 905 123 456\n")
    c.mail(("Martin Horváth", "horvath@opp-horvath.example"), "RE: " + req_subject(p), D(2026, 11, 19, 7, 50, "+0100"),
           T(txt + quote_outlook(p), "windows-1250", "quoted-printable"), po=p, hcharset="windows-1250")
    c.confirm(ans(p, {1: dict(quantity=30), 2: "A"}))
    c.notes = "Line 1: 30 pairs instead of 25 (packs of 10), same price and date. Tuesday 15.12. = 2026-12-15 = requested. Line 2 as ordered."


@case("slsi-newsletter-holiday-hours", "unrelated", "sl-SI",
      "Slovenian marketing newsletter with List-Unsubscribe and holiday closing dates from the same supplier; not a reply to the PO.")
def _(c):
    p = c.po("4500219771", "TESKR", "Tesnila Kranj d.o.o.", "prodaja@tesnila-kranj.example", "EUR", "2026-11-18", [
        ("TS-SI-TEFLON", "PTFE thread seal tape 12 mm x 10 m", 300, "ROL", "0.95", "2026-12-18"),
        ("TS-SI-LOC", "Thread locker medium 50 ml", 30, "EA", "11.40", "2026-12-18")], buyer="priya")
    txt = ("E-NOVICE | DECEMBER 2026\n\nSpoštovani kupci,\n\nbliža se konec leta, zato vas obveščamo o prazničnem delovnem času:\n"
           "od 24. 12. 2026 do 2. 1. 2027 bo skladišče zaprto. Naročila, prejeta po 18. 12., bomo odpremili od 4. 1. 2027 dalje.\n\n"
           "NOVO V PROGRAMU\n- Anaerobno tesnilo za navoje TK-577, 50 ml - uvodna cena 9,90 € (do 31. 12.)\n- Teflonski trak 19 mm x 15 m - 1,35 €\n\n"
           "Želimo vam mirne praznike!\nEkipa Tesnila Kranj\n\nTe novice ste prejeli, ker ste naša stranka. Odjava: https://tesnila-kranj.example/odjava\n")
    html = html_page("<h2>E-NOVICE | DECEMBER 2026</h2>" + nl2br(txt.split("\n\n", 1)[1]), "Helvetica")
    c.mail(("Tesnila Kranj", "novice@tesnila-kranj.example"), "E-novice: praznični delovni čas in novosti v programu", D(2026, 11, 20, 8, 0, "+0100"),
           Alt(T(txt), H(html)), po=None, to="priya.nair@kestrel-supply.example",
           extra=["List-Unsubscribe: <https://tesnila-kranj.example/odjava?u=8812>, <mailto:odjava@tesnila-kranj.example>",
                  "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk", "X-Mailer: Mailchimp Mailer - **CID8a1f2**"])
    c.other("unrelated")
    c.notes = "Bulk newsletter (holiday closing, new products) from the supplier's marketing address; it does not answer PO 4500219771."


@case("hrhr-gmail-cjenik-8-1", "confirmation", "hr-HR",
      "Croatian Gmail reply: one common delivery date '8.1.2027' for all lines (= requested), hose reel price corrected.")
def _(c):
    p = c.po("4500219790", "PNZG", "Pneumatika Zagreb d.o.o.", "prodaja@pneumatika-zg.example", "EUR", "2026-11-19", [
        ("ZC-PU-10", "Air hose PU 10x6.5 mm, blue, per metre", 200, "M", "1.85", "2027-01-08"),
        ("ZC-SPR-8", "Spiral air hose 8x5 mm, 7.5 m with couplings", 15, "EA", "19.90", "2027-01-08"),
        ("ZC-KOL-10", "Hose reel 10 m, automatic", 4, "EA", "129.00", "2027-01-08")], buyer="tomas")
    txt = ("Poštovani,\n\npotvrđujemo narudžbu 4500219790:\n- crijevo PU 10 mm: 200 m po 1,85 €/m\n- spiralno crijevo 8x5: 15 kom po 19,90 €\n"
           "- namotač crijeva 10 m: 4 kom, nova cijena 134,50 €/kom (korekcija cjenika od 1.11.)\n\nIsporuka svega 8.1.2027.\n\n"
           "Lijep pozdrav,\nIvana Babić\nPneumatika Zagreb d.o.o., Slavonska avenija 52, Zagreb\nOIB 12345678901 | tel. 01 2345 678\n")
    intro = "čet, 19. stu 2026. u 09:14 Tomas Herrera <%s> napisao je:" % p["buyer"]["email"]
    c.mail(("Ivana Babić", "ivana.babic@pneumatika-zg.example"), "Re: " + req_subject(p), D(2026, 11, 20, 12, 44, "+0100"),
           Alt(T(txt + quote_gt(p, intro)), H('<div dir="ltr">' + nl2br(txt) + "</div><br>" + quote_html(p, intro.replace("<", "&lt;").replace(">", "&gt;")))), po=p)
    c.confirm(ans(p, {1: "A", 2: "A", 3: dict(unit_price="134.50")}))
    c.notes = "One delivery date 8.1.2027 (day-first) for all lines = requested. Line 3 price 134.50 instead of 129.00; lines 1-2 as ordered."


@case("srrs-cyrillic-lumped-ambiguous", "needs_review", "sr-RS",
      "Serbian Cyrillic one-liner 'потврђујемо: 14 ком по 58,00 €' lumps two lines with different prices; a buyer cannot tell what is confirmed.")
def _(c):
    p = c.po("4500219811", "GONIS", "Gume i Odbojnici Niš d.o.o.", "prodaja@gumeodbojnici.example", "EUR", "2026-11-19", [
        ("OD-500", "Dock bumper 500 x 250 x 100 mm", 10, "EA", "58.00", "2026-12-11"),
        ("OD-1000", "Dock bumper 1000 x 250 x 100 mm", 4, "EA", "98.00", "2026-12-11")], buyer="jonas")
    txt = ("Поштовани господине Бекер,\n\nпотврђујемо поруџбину 4500219811: 14 ком одбојника по цени од 58,00 €/ком, испорука 11.12.\n\n"
           "Поздрав,\nДраган Петровић\nГуме и одбојници Ниш д.о.о.\nтел. 018 123 456, ПИБ 101234567\n")
    c.mail(("Драган Петровић", "dragan.petrovic@gumeodbojnici.example"), "RE: " + req_subject(p), D(2026, 11, 20, 9, 5, "+0100"),
           T(txt + quote_outlook(p), "utf-8", "quoted-printable"), po=p)
    c.other("needs_review")
    c.notes = "The PO has 10 x 500 mm at 58.00 and 4 x 1000 mm at 98.00; the reply confirms '14 pcs at 58.00' - either the 1000 mm price is cut or it is a sloppy summary (or only the 500 mm at a different quantity). Contradictory for line 2: ask, do not guess."


@case("ptpt-duzia-per-dozen", "confirmation", "pt-PT",
      "European Portuguese reply pricing per dozen: 18,60 €/dúzia equals the PO 1.55/EA (accepted), 20,40 €/dúzia is 1.70 vs 1.60 (changed).")
def _(c):
    p = c.po("4500219833", "TLGUI", "Têxteis Lar Guimarães, Lda.", "encomendas@texteislar.example", "EUR", "2026-11-19", [
        ("PC-ALG-50", "Kitchen towel cotton 50 x 70 cm, white", 240, "EA", "1.55", "2026-12-16"),
        ("PC-XAD-50", "Kitchen towel cotton 50 x 70 cm, red check", 120, "EA", "1.60", "2026-12-16")], buyer="priya")
    txt = ("Cara Priya,\n\nObrigado pela vossa encomenda 4500219833. Confirmamos:\n\n"
           "- Pano de cozinha algodão branco 50x70: 20 dúzias a 18,60 €/dúzia, entrega a 16/12\n"
           "- Pano de cozinha xadrez vermelho 50x70: 10 dúzias a 20,40 €/dúzia, entrega a 16/12\n\n"
           "Aos preços acresce IVA à taxa legal em vigor.\n\nCom os melhores cumprimentos,\nRui Carvalho\nDepartamento Comercial\n"
           "Têxteis Lar Guimarães, Lda. | NIF 503 123 456 | Tel. +351 253 123 456\n")
    c.mail(("Rui Carvalho", "rui.carvalho@texteislar.example"), "RE: " + req_subject(p), D(2026, 11, 20, 16, 18, "+0000"),
           Alt(T(txt + quote_outlook(p, "pt")), H(html_page(nl2br(txt) + quote_outlook_html(p, "pt")))), po=p)
    c.confirm(ans(p, {1: "A", 2: dict(unit_price="1.70")}))
    c.notes = "Per dozen: 20 dz = 240 and 18.60/12 = 1.55 (= PO, accepted); 10 dz = 120 and 20.40/12 = 1.70 vs 1.60 (changed). 16/12 = 2026-12-16."


@case("kokr-euckr-ks-c-label", "confirmation", "ko-KR",
      "Korean reply in EUC-KR labelled 'ks_c_5601-1987' (Outlook style), base64; mini knives delayed to 12월 24일.")
def _(c):
    p = c.po("4500219855", "HANBT", "Hanbit Tools Co., Ltd.", "sales@hanbittools.example", "KRW", "2026-11-20", [
        ("CK-18-AL", "Utility knife 18 mm, aluminium body", 300, "EA", "3200.00", "2026-12-18"),
        ("CK-BL-18", "Snap-off blades 18 mm, 10 pcs/tube", 200, "PAC", "1500.00", "2026-12-18"),
        ("CK-9-MINI", "Utility knife 9 mm mini", 150, "EA", "1100.00", "2026-12-18")])
    txt = ("마라 린드크비스트 님께,\n\n안녕하십니까. 한빛공구 영업팀 김민수입니다.\n발주서(4500219855) 잘 받았습니다. 아래와 같이 납기 회신드립니다.\n\n"
           "1. CK-18-AL  300개  @3,200원  - 납기 12월 18일\n2. CK-BL-18  200팩  @1,500원  - 납기 12월 18일\n"
           "3. CK-9-MINI  150개  @1,100원  - 재고 부족으로 납기 12월 24일\n\n부가세 별도입니다.\n감사합니다.\n\n"
           "김민수 드림\n(주)한빛공구 영업팀 | Tel 031-123-4567 | Fax 031-123-4568\n")
    c.mail(("김민수", "minsu.kim@hanbittools.example"), "RE: " + req_subject(p), D(2026, 11, 23, 10, 30, "+0900"),
           Alt(T(txt, "euc-kr", "base64", label="ks_c_5601-1987"), H(html_page(nl2br(txt), "Malgun Gothic"), "euc-kr", "base64")), po=p, hcharset="euc-kr")
    c.confirm(ans(p, {1: "A", 2: "A", 3: dict(date="2026-12-24")}))
    c.notes = "Lines 1-2 as ordered (@3,200원 = 3200). Line 3 delivery 12월 24일 (no year, after the Nov mail) = 2026-12-24 due to low stock."


@case("zhcn-gb2312-ship-split", "confirmation", "zh-CN",
      "Simplified Chinese GB2312 reply: labels 800 ship by 12月22日 and 200 on 1月8日 (next year); ship dates only.")
def _(c):
    p = c.po("4500219877", "HXLBL", "Ningbo Huaxin Label Co., Ltd.", "sales@hx-label.example", "CNY", "2026-11-20", [
        ("HJ-BQ-3910", "Shelf label PVC 39 x 100 mm, white, printed", 1000, "EA", "0.85", "2026-12-22"),
        ("HJ-JT-1000", "Shelf edge data strip 1000 mm, clear", 300, "EA", "6.20", "2026-12-22")], buyer="jonas")
    txt = ("Jonas 您好！\n\n订单4500219877已收到，确认如下：\n"
           "1、货架标签 39×100mm：现货800张，12月22日发出；余下200张1月8日发货。单价0.85元不变。\n"
           "2、价格条 1000mm：300条，单价6.20元，12月22日发货。\n\n以上如有问题请随时联系。\n\n祝好\n王丽\n宁波华信标签有限公司 销售部\n电话：0574-8765 4321  手机：138 5741 2345\n")
    c.mail(("王丽", "wangli@hx-label.example"), "回复：" + req_subject(p), D(2026, 11, 23, 15, 12, "+0800"),
           T(txt + quote_gt(p, "------------------ 原始邮件 ------------------\n发件人: \"Jonas Becker\"<%s>;\n发送时间: 2026年11月20日(星期五) 下午5:14" % p["buyer"]["email"], ""), "gb2312", "base64"), po=p, hcharset="gb2312")
    c.confirm(ans(p, {1: dict(schedule=[(800, "2026-12-22"), (200, "2027-01-08")], date="2027-01-08"), 2: "A"}))
    c.notes = "Only ship dates are given (发出/发货). Line 1 split 800 on 2026-12-22 and 200 on 1月8日 = 2027-01-08. Line 2 ships 12月22日 = requested, price unchanged."


@case("vivn-gia-dong-tang", "confirmation", "vi-VN",
      "Vietnamese reply with VND prices using dot thousands ('545.000 đ'); copper price rise on the 1000A cable.")
def _(c):
    p = c.po("4500219899", "MINHP", "Cong ty TNHH Phu tung O to Minh Phat", "kinhdoanh@minhphat-auto.example", "VND", "2026-11-20", [
        ("DCB-500A", "Jumper cable 500A, 3 m", 40, "EA", "285000.00", "2026-12-17"),
        ("DCB-1000A", "Jumper cable 1000A, 4.5 m", 20, "EA", "520000.00", "2026-12-17")], buyer="tomas")
    txt = ("Kính gửi anh Tomas,\n\nMinh Phát xác nhận đơn hàng số 4500219899 như sau:\n"
           "1. Dây câu bình 500A dài 3m: 40 sợi, đơn giá 285.000 đ, giao ngày 17/12/2026\n"
           "2. Dây câu bình 1000A dài 4,5m: 20 sợi, đơn giá 545.000 đ (do giá đồng tăng), giao ngày 17/12/2026\n\n"
           "Đơn giá chưa bao gồm VAT 10%.\n\nTrân trọng,\nNguyễn Thị Hoa\nPhòng Kinh doanh\nĐT: 028 3812 3456 - Hotline: 0903 123 456\n")
    c.mail(("Nguyễn Thị Hoa", "hoa.nguyen@minhphat-auto.example"), "Re: " + req_subject(p), D(2026, 11, 23, 11, 3, "+0700"),
           Alt(T(txt), H(html_page(nl2br(txt), "Arial"))), po=p)
    c.confirm(ans(p, {1: "A", 2: dict(unit_price="545000.00")}))
    c.notes = "'285.000 đ' = 285000 (dot = thousands) as ordered; line 2 545000 instead of 520000; both delivered 17/12/2026 = requested."


@case("idid-ticket-autoreply", "auto_reply", "id-ID",
      "Indonesian helpdesk auto-acknowledgement with a ticket number and '1x24 jam' service promise; no human answer.")
def _(c):
    p = c.po("4500219910", "SINAR", "PT Sinar Identitas Nusantara", "order@sinaridentitas.example", "IDR", "2026-11-20", [
        ("IDC-PVC-ID", "PVC ID card, printed, with magnetic stripe", 600, "EA", "7500.00", "2026-12-14"),
        ("IDC-LAN-ID", "Lanyard 2 cm printed, with hook", 600, "EA", "6000.00", "2026-12-14")], buyer="mara")
    txt = ("Yth. Bapak/Ibu,\n\nTerima kasih telah menghubungi PT Sinar Identitas Nusantara.\n"
           "Email Anda telah kami terima dengan nomor tiket #SIN-2026-11-04512 dan akan diproses oleh tim kami dalam 1x24 jam kerja.\n\n"
           "Jam operasional: Senin-Jumat 08.00-17.00 WIB.\nEmail ini dikirim secara otomatis, mohon tidak membalas email ini.\n\n"
           "Salam,\nCustomer Service PT Sinar Identitas Nusantara\n")
    c.mail(("CS Sinar Identitas", "no-reply@sinaridentitas.example"), "[Tiket #SIN-2026-11-04512] " + req_subject(p), D(2026, 11, 20, 15, 15, "+0700"),
           T(txt, "utf-8", "7bit"), po=p, extra=["Auto-Submitted: auto-generated", "X-Autoreply: yes", "X-Autorespond: yes"])
    c.other("auto_reply")
    c.notes = "Automatic helpdesk acknowledgement (ticket number, 'do not reply'); it commits to nothing about the order."


@case("msmy-next-tuesday", "confirmation", "ms-MY",
      "Malaysian Manglish reply sent on a Thursday: 'boleh hantar next Tuesday' = 2026-12-01, earlier than requested, prices as PO.")
def _(c):
    p = c.po("4500219921", "SPMAJ", "Syarikat Perkapalan Maju Sdn Bhd", "sales@perkapalanmaju.example", "MYR", "2026-11-20", [
        ("TL-PP-16", "Marine rope PP 16 mm, 200 m coil", 5, "ROL", "420.00", "2026-12-04"),
        ("TL-NY-20", "Nylon mooring rope 20 mm", 100, "M", "14.80", "2026-12-04")], buyer="priya")
    txt = ("Hi Priya,\n\nNoted with thanks. Stok ada untuk kedua-dua item, qty full.\nBoleh hantar next Tuesday, harga ikut PO.\n\n"
           "TQ\nAzman\nSyarikat Perkapalan Maju Sdn Bhd (123456-X)\nTel 03-3168 4567 / HP 012-345 6789\n")
    c.mail(("Azman Ismail", "azman@perkapalanmaju.example"), "RE: " + req_subject(p), D(2026, 11, 26, 9, 40, "+0800"),
           T(txt + quote_orig(p), "us-ascii", "7bit"), po=p)
    c.confirm(ans(p, {1: dict(date="2026-12-01"), 2: dict(date="2026-12-01")}))
    c.notes = "Mail is Thursday 2026-11-26, so 'next Tuesday' = 2026-12-01 (earlier than 2026-12-04). Full quantities, PO prices: both lines changed on date only."


@case("tlph-taglish-price-up", "confirmation", "tl-PH",
      "Taglish reply with peso signs: two lines as ordered, rubber tape price 'tumaas' to ₱152.00.")
def _(c):
    p = c.po("4500219944", "KURYE", "Kuryente Supply Trading", "sales@kuryentesupply.example", "PHP", "2026-11-20", [
        ("ET-PH-19", "Electrical tape PVC 19 mm x 10 m, black", 500, "ROL", "28.00", "2026-12-10"),
        ("ET-PH-19C", "Electrical tape PVC 19 mm x 10 m, assorted colours", 200, "ROL", "30.00", "2026-12-10"),
        ("ET-RUB-19", "Rubber splicing tape 19 mm x 9 m", 60, "ROL", "145.00", "2026-12-10")], buyer="tomas")
    txt = ("Hi Sir Tomas,\n\nGood day po! Confirm po namin yung PO 4500219944.\n\n"
           "Item 1 - 500 rolls @ ₱28.00, delivery Dec 10\nItem 2 - 200 rolls @ ₱30.00, delivery Dec 10\n"
           "Item 3 - medyo tumaas po ang presyo ng supplier namin, ₱152.00/roll na po, same delivery Dec 10\n\n"
           "Salamat po!\n\nJoy Santos\nSales Coordinator\nKuryente Supply Trading | 0917 123 4567 | TIN 123-456-789-000\n")
    c.mail(("Joy Santos", "joy.santos@kuryentesupply.example"), "RE: " + req_subject(p), D(2026, 11, 23, 14, 22, "+0800"),
           Alt(T(txt + quote_outlook(p)), H(html_page(nl2br(txt)))), po=p)
    c.confirm(ans(p, {1: "A", 2: "A", 3: dict(unit_price="152.00")}))
    c.notes = "Lines 1-2 as ordered (Dec 10 = 2026-12-10). Line 3 new price 152.00 PHP, same date."


@case("heil-per-thousand-rtl", "confirmation", "he-IL",
      "Hebrew Windows-1255 RTL reply pricing per 1,000 units ('75 ₪ לאלף'); only M6 differs (0.075 vs 0.07).")
def _(c):
    p = c.po("4500219966", "ATBRG", "Atamim u-Vragim Ltd", "sales@atamim-vragim.example", "ILS", "2026-11-23", [
        ("LW-M5-Z", "Lock washer M5 zinc, split", 5000, "EA", "0.06", "2026-12-16"),
        ("LW-M6-Z", "Lock washer M6 zinc, split", 5000, "EA", "0.07", "2026-12-16"),
        ("LW-M8-Z", "Lock washer M8 zinc, split", 3000, "EA", "0.11", "2026-12-16")])
    txt = ("שלום מרה,\n\nמאשרים את הזמנה מס' 4500219966:\n"
           "1. דסקית קפיצית M5 – 5,000 יח' – 60 ₪ לאלף יח'\n2. דסקית קפיצית M6 – 5,000 יח' – 75 ₪ לאלף יח'\n"
           "3. דסקית קפיצית M8 – 3,000 יח' – 110 ₪ לאלף יח'\n\nאספקה: 16/12/2026\nהמחירים אינם כוללים מע\"מ.\n\n"
           "בברכה,\nיוסי כהן\nמחלקת מכירות\nטל' 03-5123456 | פקס 03-5123457\n")
    html = '<html><head><meta charset="windows-1255"></head><body dir="rtl"><div style="font-family:Arial;direction:rtl">%s</div></body></html>' % nl2br(txt)
    c.mail(("יוסי כהן", "yossi@atamim-vragim.example"), "תשובה: " + req_subject(p), D(2026, 11, 24, 10, 10, "+0200"),
           Alt(T(txt, "windows-1255", "quoted-printable"), H(html, "windows-1255", "quoted-printable")), po=p, hcharset="windows-1255")
    c.confirm(ans(p, {1: "A", 2: dict(unit_price="0.075"), 3: "A"}))
    c.notes = "Prices per thousand: 60/1000 = 0.06 and 110/1000 = 0.11 as ordered; 75/1000 = 0.075 vs 0.07 -> line 2 changed. 16/12/2026 = requested."


@case("arae-arabic-indic-date", "confirmation", "ar-AE",
      "Arabic reply with Western-digit prices but an Arabic-Indic delivery date (الاثنين ١٤/١٢/٢٠٢٦), earlier than requested.")
def _(c):
    p = c.po("4500219988", "GULFS", "Gulf Safety Equipment Trading LLC", "sales@gulfsafety.example", "AED", "2026-11-23", [
        ("FB-AE-1212", "Fire blanket 1.2 x 1.2 m, EN 1869", 50, "EA", "38.00", "2026-12-20"),
        ("FB-AE-1818", "Fire blanket 1.8 x 1.8 m, EN 1869", 20, "EA", "61.00", "2026-12-20")], buyer="jonas")
    txt = ("السيد يوناس المحترم،\n\nتحية طيبة وبعد،\n\nنشكركم على أمر الشراء رقم 4500219988 ونؤكد التوريد كالتالي:\n"
           "- FB-AE-1212: الكمية 50 قطعة، السعر 38.00 درهم للقطعة\n- FB-AE-1818: الكمية 20 قطعة، السعر 61.00 درهم للقطعة\n\n"
           "البضاعة متوفرة في المخزن وسيتم التسليم يوم الاثنين ١٤/١٢/٢٠٢٦.\n\nمع خالص التحيات،\nأحمد الهاشمي\nمدير المبيعات\n"
           "Gulf Safety Equipment Trading LLC | P.O. Box 12345, Dubai | Tel +971 4 123 4567 | TRN 100123456700003\n")
    html = '<html><body dir="rtl"><div style="font-family:Tahoma">%s</div></body></html>' % nl2br(txt)
    c.mail(("Ahmed Al Hashimi", "ahmed@gulfsafety.example"), "رد: " + req_subject(p), D(2026, 11, 24, 9, 30, "+0400"),
           Alt(T(txt, "utf-8", "base64"), H(html, "utf-8", "base64")), po=p)
    c.confirm(ans(p, {1: dict(date="2026-12-14"), 2: dict(date="2026-12-14")}))
    c.notes = "Delivery Monday ١٤/١٢/٢٠٢٦ = 2026-12-14 (day-first, Arabic-Indic digits), earlier than 2026-12-20; quantities and prices as ordered."


@case("areg-gmail-dsn", "bounce", "ar-EG",
      "Google mailer-daemon 'Delivery Status Notification (Failure)': address not found, with the original PO mail attached.")
def _(c):
    p = c.po("4500220001", "NILEH", "Nile Hardware Co.", "mohamed.saleh@nilehardware.example", "USD", "2026-11-23", [
        ("HK-EG-SET", "Hex key set 1.5-10 mm, long arm", 80, "SET", "6.40", "2026-12-18")], buyer="priya")
    rcpt = p["supplier"]["email"]
    txt = ("\n** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
           "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n"
           "550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\n" % (rcpt, rcpt))
    dsn = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Mon, 23 Nov 2026 00:14:20 -0800 (PST)\nX-Original-Message-ID: %s\n\n"
           "Final-Recipient: rfc822; %s\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.nilehardware.example. (198.51.100.7, the server for the domain nilehardware.example.)\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table\nLast-Attempt-Date: Mon, 23 Nov 2026 00:14:22 -0800 (PST)\n"
           % (p["request_message_id"], rcpt, rcpt))
    orig = ("MIME-Version: 1.0\nFrom: %s <%s>\nDate: Mon, 23 Nov 2026 09:14:20 +0100\nMessage-ID: %s\nSubject: %s\nTo: %s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s"
            % (p["buyer"]["name"], p["buyer"]["email"], p["request_message_id"], req_subject(p), rcpt, req_text(p)))
    enc = lambda s: s.replace("\n", "\r\n").encode()
    rep = Part("multipart/report", params={"report-type": "delivery-status"}, parts=[
        Alt(T(txt, "utf-8", "7bit"), H(html_page(nl2br(txt), "Roboto"), "utf-8", "quoted-printable")),
        Part("message/delivery-status", enc(dsn)), Part("message/rfc822", enc(orig))])
    c.mail(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "Delivery Status Notification (Failure)", D(2026, 11, 23, 0, 15, "-0800"),
           rep, po=p, extra=["Auto-Submitted: auto-replied"], msgid="<6741c3a2.050a0220.1f2b3.9c41.GMR@mx.google.com>")
    c.other("bounce")
    c.notes = "Gmail DSN: the PO request bounced (5.1.1 user unknown). The quoted PO inside is our own mail."


@case("enau-all-good-iphone", "confirmation", "en-AU",
      "Australian one-liner from an iPhone 'all good, confirmed as per your PO' above the quoted request.")
def _(c):
    p = c.po("4500220010", "SCDOC", "Southern Cross Dock Equipment Pty Ltd", "sales@southerncrossdock.example", "AUD", "2026-11-23", [
        ("DB-AU-600", "Dock bumper moulded rubber 600 x 250 x 100 mm", 16, "EA", "72.50", "2027-01-20"),
        ("DB-AU-STL", "Steel-faced dock bumper 500 x 250 mm", 4, "EA", "248.00", "2027-01-20")])
    txt = "Hi Mara, all good, confirmed as per your PO. Cheers, Shane\n\nSent from my iPhone\n"
    c.mail(("Shane Murphy", "shane@southerncrossdock.example"), "Re: " + req_subject(p), D(2026, 11, 24, 6, 12, "+1100"),
           T(txt + quote_gt(p, "On 23 Nov 2026, at 7:14 pm, Mara Lindqvist <%s> wrote:" % p["buyer"]["email"]), "utf-8", "7bit"), po=p)
    c.confirm(ans(p, {1: "A", 2: "A"}))
    c.notes = "Plain confirmation of everything as ordered; the only numbers are in the quoted PO."


@case("enza-forwarded-warehouse", "confirmation", "en-ZA",
      "Sales rep forwards the warehouse's internal stock note ('FW:') as the answer: 1050 mm cutters split 3 now, 2 on 18 Jan.")
def _(c):
    p = c.po("4500220033", "HVTD", "Highveld Tool Distributors (Pty) Ltd", "sales@highveldtools.example", "ZAR", "2026-11-23", [
        ("BC-ZA-450", "Bolt cutter 450 mm", 20, "EA", "265.00", "2026-12-09"),
        ("BC-ZA-750", "Bolt cutter 750 mm", 10, "EA", "410.00", "2026-12-09"),
        ("BC-ZA-1050", "Bolt cutter 1050 mm", 5, "EA", "695.00", "2026-12-09")], buyer="tomas")
    txt = ("Hi Tomas\n\nSee Johan's note from our warehouse below - we confirm your PO on that basis.\n\nKind regards\nLerato Mokoena\n"
           "Internal Sales | Highveld Tool Distributors (Pty) Ltd\nT +27 11 608 1234 | Reg. 2004/012345/07 | VAT 4123456789\n\n"
           "-----Original Message-----\nFrom: Johan van Wyk <johan@highveldtools.example>\nSent: Tuesday, 24 November 2026 14:02\n"
           "To: Lerato Mokoena <lerato@highveldtools.example>\nSubject: RE: stock check PO 4500220033 Kestrel\n\n"
           "Lerato,\n450s and 750s are on the floor, can go out 9 Dec.\n1050 - only 3 in stock, those go out with the rest on 9 Dec. "
           "The other 2 come in on the Jan container, ETA our DC 15 Jan, we can deliver them to Kestrel on 18 Jan.\nPrices stay as on the PO.\nJ\n\n"
           "-----Original Message-----\nFrom: Lerato Mokoena\nSent: Tuesday, 24 November 2026 10:30\nTo: Johan van Wyk\nSubject: stock check PO 4500220033 Kestrel\n\n"
           "Johan pls check stock for the PO below, client needs it 9 Dec.\n" + quote_outlook(p))
    c.mail(("Lerato Mokoena", "lerato@highveldtools.example"), "FW: RE: stock check PO 4500220033 Kestrel", D(2026, 11, 24, 15, 20, "+0200"),
           Alt(T(txt), H(html_page(nl2br(txt)))), po=p)
    c.confirm(ans(p, {1: "A", 2: "A", 3: dict(schedule=[(3, "2026-12-09"), (2, "2027-01-18")], date="2027-01-18")}))
    c.notes = "The forwarded internal note is the commitment. Lines 1-2 go out 9 Dec = requested. Line 3: 3 on 2026-12-09, 2 delivered 18 Jan = 2027-01-18 (15 Jan is only DC arrival). Prices unchanged."


@case("ennz-leave-it-with-me", "needs_review", "en-NZ",
      "New Zealand holding reply: 'leave it with me', will come back Monday with dates and confirmation for the lot.")
def _(c):
    p = c.po("4500220055", "KIWIC", "Kiwi Catering Supplies Ltd", "orders@kiwicatering.example", "NZD", "2026-11-24", [
        ("KC-TWL-2P", "Kitchen towel roll 2-ply, 12 rolls/carton", 30, "BOX", "38.50", "2026-12-15"),
        ("KC-OG-PR", "Oven glove pair, 38 cm, heat resistant", 40, "PR", "12.90", "2026-12-15")], buyer="priya")
    txt = ("Kia ora Priya,\n\nThanks for the order. Leave it with me - I need to check with our Auckland warehouse on the oven gloves "
           "and I'll come back to you Monday with dates and confirmation for the lot.\nTowels should be fine but I'll confirm everything together.\n\n"
           "Ngā mihi,\nAroha Williams\nKiwi Catering Supplies Ltd | 09 444 5678 | 021 123 4567\n")
    c.mail(("Aroha Williams", "aroha@kiwicatering.example"), "RE: " + req_subject(p), D(2026, 11, 25, 16, 40, "+1300"),
           T(txt + quote_outlook(p), "utf-8", "quoted-printable"), po=p)
    c.other("needs_review")
    c.notes = "Holding reply: 'should be fine' is not a commitment and she says she will confirm everything on Monday. Nothing confirmed."


@case("ensg-signature-numbers", "confirmation", "en-SG",
      "Singapore reply with a signature full of numbers (unit no., postal code, phone, UEN, GST no.); both lines later, 18/12/2026.")
def _(c):
    p = c.po("4500220077", "LCBP", "Lion City Badge & Print Pte Ltd", "sales@lioncitybadge.example", "SGD", "2026-11-24", [
        ("IDB-SG-CR80", "PVC ID card CR80, full colour both sides", 800, "EA", "1.20", "2026-12-11"),
        ("IDB-SG-YOYO", "Retractable badge reel with clip", 800, "EA", "1.45", "2026-12-11")], buyer="jonas")
    txt = ("Dear Jonas,\n\nNoted with thanks on your PO. We confirm both items, qty and price as per PO.\n"
           "Due to the year-end peak our production slot is full, earliest delivery will be 18/12/2026 for both items.\n\n"
           "Best regards,\nTan Wei Ling (Ms)\nSenior Account Manager\nLion City Badge & Print Pte Ltd\n"
           "10 Ubi Crescent, #05-12 Ubi Techpark, Singapore 408564\nT: +65 6741 2233 | F: +65 6741 2234 | M: +65 9123 4567\n"
           "Co. Reg. No. 201234567K | GST Reg. No. M2-0123456-7\nwww.lioncitybadge.example\n\n"
           "IMPORTANT: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, "
           "please notify the sender immediately and delete it. Orders are subject to our standard terms, 30 days from invoice date.\n")
    c.mail(("Tan Wei Ling", "weiling.tan@lioncitybadge.example"), "RE: " + req_subject(p), D(2026, 11, 25, 11, 5, "+0800"),
           Alt(T(txt + quote_outlook(p)), H(html_page(nl2br(txt) + quote_outlook_html(p)))), po=p)
    c.confirm(ans(p, {1: dict(date="2026-12-18"), 2: dict(date="2026-12-18")}))
    c.notes = "Quantities and prices as per PO, delivery 18/12/2026 (day-first) instead of 11/12 for both lines. Signature numbers are noise."
