"""Cases 001-018: confirmations, mostly Europe and East Asia."""
from .common import *  # noqa: F401,F403

CASES = []


def case(f):
    CASES.append(f)
    return f


@case
def c001():
    s = sup("KOBLER", "Kobler Bogensport GmbH", "verkauf@kobler-bogensport.example", "de-AT")
    po = PO("4500031207", s, [
        L(1, "NK-PF-OR-S", "Arrow nock, press-fit, orange, size S", 5000, "EA", "0.118", "2026-12-14"),
        L(2, "NK-PF-GN-L", "Arrow nock, press-fit, green, size L", 3000, "EA", "0.124", "2026-12-14"),
        L(3, "NK-PIN-AL", "Pin nock adapter, aluminium", 1500, "EA", "0.690", "2027-01-11"),
    ])
    text = ("Sehr geehrte Frau Reuter,\n\n"
            "vielen Dank für Ihre Bestellung 4500031207. Wir bestätigen alle drei Positionen "
            "wie bestellt, d.h. Menge, Preis und Liefertermin laut Ihrer Aufstellung.\n\n"
            "Mit freundlichen Grüßen\n\nJohanna Pichler\nInnendienst / Auftragsabwicklung\n"
            "Kobler Bogensport GmbH\nIndustriestraße 7, 4614 Marchtrenk, Österreich\n"
            "Tel. +43 7242 51 23 0\nFN 218734 f, LG Wels | UID ATU 61234567\n\n"
            + orig_header(po) + request_text(po))
    msg = mail(po, "Johanna Pichler <j.pichler@kobler-bogensport.example>",
               "AW: PO 4500031207 - request for order confirmation", "Mon, 16 Nov 2026 09:12:44 +0100",
               text, charset="iso-8859-1", cte="quoted-printable",
               mid="<AM6PR08MB4120A1B3C2D4E5F6@AM6PR08MB4120.eurprd08.prod.outlook.example>",
               headers={"Thread-Topic": "PO 4500031207 - request for order confirmation",
                        "X-Mailer": "Microsoft Outlook 16.0"})
    exp = conf("Top-posted Austrian Outlook reply confirming all three lines 'wie bestellt'; the figures are only in the quoted request.",
               C(po, {1: "acc", 2: "acc", 3: "acc"}))
    return dict(slug="nocks-full-accept-at", pos=[po], msg=msg, exp=exp, locale="de-AT",
                hard="acceptance by reference only, all figures live in the quoted original (QP latin-1)")


@case
def c002():
    s = sup("BORDAR", "Bordar & Cia Artigos de Costura Ltda", "vendas@bordarecia.example", "pt-BR")
    po = PO("4500031215", s, [
        L(1, "BST-20-MAD", "Embroidery hoop, beech wood, 20 cm", 800, "EA", "1.35", "2026-12-18"),
        L(2, "BST-30-MAD", "Embroidery hoop, beech wood, 30 cm", 600, "EA", "2.10", "2026-12-18"),
    ], currency="USD", buyer="mo")
    text = ("Olá Marco, boa tarde!\n\n"
            "Segue a confirmação do pedido 4500031215:\n\n"
            "Item 1 - bastidor 20 cm: confirmado 800 pçs a US$ 1,35, porém a entrega fica para 22/12.\n"
            "Item 2 - bastidor 30 cm: só conseguimos 480 pçs (falta de faia seca), entrega 18/12, preço mantido US$ 2,10.\n\n"
            "Qualquer dúvida estou à disposição.\n\nAtt.,\nFernanda Lima\nComercial Exportação\n"
            "Bordar & Cia | Blumenau - SC | +55 47 3322-1180\n\n"
            "Em seg., 9 de nov. de 2026 às 10:14, Marco Oliveira <m.oliveira@corvalis-trading.example> escreveu:\n"
            + quote(request_text(po)))
    html = ("<div>Olá Marco, boa tarde!</div><div><br></div><div>Segue a confirmação do pedido 4500031215:</div><div><br></div>"
            "<div><b>Item 1</b> - bastidor 20 cm: confirmado 800 pçs a US$ 1,35, porém a entrega fica para <b>22/12</b>.</div>"
            "<div><b>Item 2</b> - bastidor 30 cm: só conseguimos <b>480 pçs</b> (falta de faia seca), entrega 18/12, preço mantido US$ 2,10.</div>"
            "<div><br></div><div>Qualquer dúvida estou à disposição.</div><div><br></div><div>Att.,<br>Fernanda Lima<br>Comercial Exportação<br>Bordar &amp; Cia | Blumenau - SC</div>"
            "<br><div class=\"gmail_quote\"><div dir=\"ltr\" class=\"gmail_attr\">Em seg., 9 de nov. de 2026 às 10:14, Marco Oliveira &lt;m.oliveira@corvalis-trading.example&gt; escreveu:<br></div>"
            "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\"><pre>"
            + request_text(po).replace("&", "&amp;").replace("<", "&lt;") + "</pre></blockquote></div>")
    msg = mail(po, "Fernanda Lima <fernanda.lima@bordarecia.example>", "Re: PO 4500031215 - request for order confirmation",
               "Tue, 17 Nov 2026 15:41:07 -0300", text, html=html,
               mid="<CAHx7Lq9kF2mYp0Qe1bA8rZt3WvN6uJd5sK4oTg@mail.gmail.example>")
    exp = conf("Line 1 keeps qty/price but moves to 22/12 (no year -> 2026-12-22); line 2 reduced to 480 pcs at the same price and date.",
               C(po, {1: chg(800, "1.35", "2026-12-22"), 2: chg(480, "2.10", "2026-12-18")}))
    return dict(slug="hoops-qty-and-date-br", pos=[po], msg=msg, exp=exp, locale="pt-BR",
                hard="Gmail text+HTML, DD/MM dates without year, decimal comma, quantity cut on one line")


@case
def c003():
    s = sup("HIKARI", "光ロウソク工業株式会社", "eigyo@hikari-rousoku.example", "ja-JP")
    po = PO("4500031222", s, [
        L(1, "CW-FB-312", "Cotton flat braid candle wick 3x12", 2000, "M", "0.085", "2026-12-21"),
        L(2, "CW-PT-150", "Pre-tabbed wick, 150 mm, zinc core", 10000, "EA", "0.042", "2027-01-15"),
    ], currency="USD", buyer="jb")
    text = ("Corvalis Trading GmbH\nJessica Baines 様\n\n"
            "いつも大変お世話になっております。\n光ロウソク工業の佐藤でございます。\n\n"
            "ご注文書 4500031222 につきまして、下記の通り回答申し上げます。\n\n"
            "1. CW-FB-312 平組綿芯 3x12　2,000 m　単価 US$0.085　納期 12月21日 → ご注文通り承ります。\n"
            "2. CW-PT-150 座金付き芯 150mm　10,000本　単価 US$0.042 → 数量・単価はご注文通り、\n"
            "   納期のみ 1月22日(金) 着となります。誠に申し訳ございません。\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "――――――――――――――――――\n光ロウソク工業株式会社　営業部\n佐藤 美咲 (Misaki Sato)\n"
            "〒520-0044 滋賀県大津市京町3-2-11\nTEL 077-522-0190 / FAX 077-522-0191\n――――――――――――――――――\n")
    msg = mail(po, "佐藤 美咲 <m.sato@hikari-rousoku.example>",
               "Re: PO 4500031222 - request for order confirmation", "Wed, 18 Nov 2026 11:05:30 +0900",
               text, charset="iso-2022-jp",
               mid="<20261118110530.7F3A.4C2B8E10@hikari-rousoku.example>",
               headers={"X-Mailer": "Becky! ver. 2.81.04"})
    exp = conf("Japanese ISO-2022-JP reply: line 1 as ordered; line 2 same qty/price but delivery 1月22日 (no year, after the Nov mail date -> 2027-01-22).",
               C(po, {1: "acc", 2: chg(10000, "0.042", "2027-01-22")}))
    return dict(slug="wicks-jis-date-slip-jp", pos=[po], msg=msg, exp=exp, locale="ja-JP",
                hard="ISO-2022-JP body, Japanese full-width layout, yearless date across year end")


@case
def c004():
    s = sup("HUAKE", "Shenzhen Huake Dental Instruments Co., Ltd.", "sales@huake-dental.example", "zh-CN")
    po = PO("4500031230", s, [
        L(1, "TC-HP-023", "Tungsten carbide lab bur HP, cross-cut, 2.3 mm", 500, "EA", "1.84", "2027-01-08"),
        L(2, "DI-FG-014", "Diamond bur FG, round, medium grit", 1000, "EA", "0.96", "2027-01-08"),
    ], currency="USD")
    text = ("Katrin 您好！\n\n"
            "关于贵司订单 4500031230，回复如下：\n\n"
            "1）TC-HP-023 钨钢技工车针：由于钨粉涨价，单价调整为 USD 192.00/100支，数量500支，交期按贵司要求2027年1月8日。\n"
            "2）DI-FG-014 金刚砂车针：按订单确认，1000支，USD 0.96/支，2027年1月8日交货。\n\n"
            "请知悉，谢谢！\n\n"
            "陈丽华 Lily Chen\n外贸部\n深圳华科齿科器械有限公司\n电话：+86 755 2760 1188\n")
    msg = mail(po, "Lily Chen <lily.chen@huake-dental.example>", "回复: PO 4500031230 - request for order confirmation",
               "Thu, 19 Nov 2026 16:22:10 +0800", text, charset="gb2312",
               mid="<202611191622104721810@huake-dental.example>", headers={"X-Mailer": "Foxmail 7.2.25.228[cn]"})
    exp = conf("Line 1 price quoted per 100 pcs: USD 192.00/100 = 1.92 per EA (up from 1.84); line 2 confirmed as ordered.",
               C(po, {1: chg(500, "1.92", "2027-01-08"), 2: "acc"}))
    return dict(slug="burs-price-per-100-cn", pos=[po], msg=msg, exp=exp, locale="zh-CN",
                hard="GB2312 Foxmail reply, price stated per 100 pieces must be converted to per-EA")


@case
def c005():
    s = sup("YUANFENG", "元豐傘業股份有限公司", "export@yuanfeng-umbrella.example", "zh-TW")
    po = PO("4500031238", s, [
        L(1, "RIB-FG-58", "Umbrella rib set, fibreglass, 58 cm", 8000, "SET", "0.74", "2027-01-08"),
        L(2, "RIB-ST-23", "Stretcher, steel, 23 cm", 16000, "EA", "0.055", "2027-01-08"),
    ], currency="USD")
    text = ("Dear Katrin,\n\n感謝您的訂單 4500031238。\n\n"
            "第1項 RIB-FG-58 傘骨組：8,000組，單價 US$0.74 不變，分兩批交貨：\n"
            "　　2026/12/28 交 5,000 組\n　　2027/01/15 交 3,000 組\n"
            "第2項 RIB-ST-23 中棒：16,000支，US$0.055，2027/01/08 交貨，照訂單確認。\n\n"
            "Best regards,\n林志明 Jimmy Lin\n元豐傘業股份有限公司 業務部\n台南市永康區中正路 512 號\nTel: +886-6-253-0417\n")
    msg = mail(po, "Jimmy Lin <jimmy.lin@yuanfeng-umbrella.example>", "RE: PO 4500031238 - request for order confirmation",
               "Fri, 20 Nov 2026 10:48:51 +0800", text, charset="big5",
               mid="<000801dd5a3c$8f2e4b10$ad8ae130$@yuanfeng-umbrella.example>")
    exp = conf("Line 1 split into 5,000 on 2026-12-28 and 3,000 on 2027-01-15 (last delivery after the need-by date); line 2 as ordered.",
               C(po, {1: chg(8000, "0.74", "2027-01-15", [(5000, "2026-12-28"), (3000, "2027-01-15")]), 2: "acc"}))
    return dict(slug="umbrella-ribs-split-big5-tw", pos=[po], msg=msg, exp=exp, locale="zh-TW",
                hard="Big5 body, delivery schedule in two lots with YYYY/MM/DD dates")


@case
def c006():
    s = sup("HANBIT", "한빛악기 주식회사", "order@hanbit-music.example", "ko-KR")
    po = PO("4500031241", s, [
        L(1, "XM-RB-H", "Xylophone mallet, hard rubber head, birch shaft", 200, "PR", "6.40", "2026-12-16"),
        L(2, "XM-YN-M", "Xylophone mallet, medium yarn, rattan shaft", 150, "PR", "8.90", "2026-12-16"),
        L(3, "XM-PH-S", "Xylophone mallet, phenolic head, soft", 100, "PR", "11.20", "2026-12-16"),
    ], currency="USD", buyer="jb")
    text = ("안녕하세요, Jessica 님.\n\n발주서 4500031241 건 회신드립니다.\n\n"
            "- 1번 XM-RB-H (고무 헤드): 200조, USD 6.40, 12월 16일 납품 가능합니다.\n"
            "- 2번 XM-YN-M (털실 헤드, 라탄): 라탄 원자재 수입 중단으로 생산이 중단되어 공급이 불가합니다. 죄송합니다.\n"
            "- 3번 XM-PH-S (페놀 헤드): 100조, USD 11.20, 12월 16일 납품 가능합니다.\n\n"
            "감사합니다.\n\n박서준 드림\n한빛악기 주식회사 해외영업팀\n경기도 파주시 문발로 115\nT. +82-31-955-4021\n")
    msg = mail(po, "박서준 <sj.park@hanbit-music.example>", "RE: PO 4500031241 - request for order confirmation",
               "Fri, 20 Nov 2026 14:03:26 +0900", text, charset="euc-kr",
               mid="<1763615006.482913.sj.park@hanbit-music.example>")
    exp = conf("Lines 1 and 3 confirmed as ordered; line 2 cannot be supplied (production stopped), no substitute.",
               C(po, {1: "acc", 2: "rej", 3: "acc"}))
    return dict(slug="mallets-line-rejected-kr", pos=[po], msg=msg, exp=exp, locale="ko-KR",
                hard="EUC-KR, one of three lines declined in Korean prose")


@case
def c007():
    s = sup("KVARC", "OOO Kvarc-Tehno", "sbyt@kvarc-tehno.example", "ru-RU")
    po = PO("4500031249", s, [
        L(1, "QC-50-HT", "Quartz crucible 50 ml, high purity", 120, "EA", "14.80", "2026-12-11"),
        L(2, "QC-250-HT", "Quartz crucible 250 ml, high purity", 60, "EA", "39.50", "2026-12-11"),
    ])
    text = ("Добрый день, Катрин!\n\n"
            "По заказу 4500031249 сообщаем:\n"
            "поз. 1 (тигель 50 мл) - 120 шт. по 14,80 EUR, отгрузка с доставкой к 25 декабря (печь на профилактике);\n"
            "поз. 2 (тигель 250 мл) - подтверждаем полностью, 60 шт. по 39,50 EUR к 11.12.2026.\n\n"
            "С уважением,\nАлексей Воронцов\nменеджер отдела продаж\nООО \"Кварц-Техно\", г. Екатеринбург\n"
            "+7 343 310-44-12\n\n"
            "-----Original Message-----\n" + orig_header(po) + request_text(po))
    msg = mail(po, "Алексей Воронцов <a.vorontsov@kvarc-tehno.example>",
               "Re: PO 4500031249 - request for order confirmation", "Mon, 23 Nov 2026 12:30:02 +0500",
               text, charset="koi8-r", mid="<1179551763882602@mail.kvarc-tehno.example>",
               headers={"X-Mailer": "The Bat! (v9.4.5) Professional"})
    exp = conf("Line 1 delivery moved to 25 декабря (no year -> 2026-12-25); line 2 confirmed in full as ordered.",
               C(po, {1: chg(120, "14.80", "2026-12-25"), 2: "acc"}))
    return dict(slug="crucibles-koi8-date-ru", pos=[po], msg=msg, exp=exp, locale="ru-RU",
                hard="KOI8-R body and header, Russian genitive month name without year, quoted original below")


@case
def c008():
    s = sup("TERMOCER", "Termo-Ceram Sp. z o.o.", "biuro@termoceram.example", "pl-PL")
    po = PO("4500031253", s, [
        L(1, "KS-SIC-40", "Kiln shelf, silicon carbide, 400x300x10 mm", 40, "EA", "58.00", "2027-01-18"),
        L(2, "KS-COR-45", "Kiln shelf, cordierite, 450x450x15 mm", 25, "EA", "41.50", "2027-01-18"),
        L(3, "KP-POST-50", "Kiln post, cordierite, 50 mm", 200, "EA", "1.95", "2027-01-18"),
    ])
    text = ("Dzień dobry Pani Katrin,\n\n"
            "potwierdzamy zamówienie nr 4500031253 w całości – ilości, ceny i termin 18.01.2027 bez zmian.\n\n"
            "Jedyna zmiana: dostawa nie DAP Hamburg, lecz FCA Wrocław (Incoterms 2020). Transport do Hamburga "
            "możemy zorganizować – koszt frachtu 180,00 EUR netto zostanie doliczony na fakturze jako osobna pozycja.\n\n"
            "Z poważaniem\nTomasz Wiśniewski\nDział Sprzedaży\nTermo-Ceram Sp. z o.o.\nul. Krzemieniecka 48, 54-613 Wrocław\n"
            "NIP 894-301-22-17 | KRS 0000412233\n")
    msg = mail(po, "Tomasz Wiśniewski <t.wisniewski@termoceram.example>",
               "Odp: PO 4500031253 - request for order confirmation", "Mon, 23 Nov 2026 08:17:55 +0100",
               text, charset="iso-8859-2", cte="quoted-printable",
               mid="<5f2b9c1e-8a77-4d1e-b3c2-termoceram-0871@termoceram.example>",
               headers={"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.12.0"})
    exp = conf("Whole order confirmed with unchanged quantities, prices and date; the Incoterm change to FCA and the separate 180 EUR freight charge are header-level terms, not line changes.",
               C(po, {1: "acc", 2: "acc", 3: "acc"}))
    return dict(slug="kiln-shelves-incoterm-freight-pl", pos=[po], msg=msg, exp=exp, locale="pl-PL",
                hard="full acceptance but Incoterm switched to FCA and a freight charge added outside the lines")


@case
def c009():
    s = sup("SWARNPATRA", "Swarn Patra Udyog", "orders@swarnpatra.example", "hi-IN")
    po = PO("4500031260", s, [
        L(1, "GL-23K-25", "Gold leaf booklet 23K, loose, 25 leaves 80x80 mm", 400, "BK", "9.60", "2026-12-22"),
        L(2, "GL-23K-TR", "Gold leaf booklet 23K, transfer, 25 leaves", 250, "BK", "11.40", "2026-12-22"),
    ], currency="USD", buyer="jb")
    text = ("आदरणीय जेसिका जी,\n\nनमस्कार।\n\n"
            "आपके ऑर्डर संख्या 4500031260 के लिए धन्यवाद। हमारी पुष्टि इस प्रकार है:\n\n"
            "1. GL-23K-25 (लूज़ सोने का वर्क, 25 पत्ते) – 400 बुकलेट, 9.60 USD प्रति बुकलेट, डिलीवरी 22 दिसंबर 2026 – जैसा ऑर्डर किया, स्वीकार।\n"
            "2. GL-23K-TR (ट्रांसफर वर्क) – 250 बुकलेट, 11.40 USD, लेकिन डिलीवरी १५ जनवरी २०२७ को होगी, "
            "क्योंकि ट्रांसफर पेपर का नया स्टॉक जनवरी में आएगा।\n\n"
            "धन्यवाद सहित,\nराजेश अग्रवाल\nस्वर्ण पत्र उद्योग, जौहरी बाज़ार, जयपुर – 302003\nमो. +91 98290 41763\n")
    msg = mail(po, "Rajesh Agarwal <rajesh@swarnpatra.example>", "Re: PO 4500031260 - request for order confirmation",
               "Tue, 24 Nov 2026 13:26:40 +0530", text, charset="utf-8", cte="base64",
               mid="<CAJ3uQ8PXc1h0Wkq3Zm7vB2Lr9yT@mail.gmail.example>")
    exp = conf("Hindi reply: line 1 accepted as ordered; line 2 same qty/price, delivery 15 January 2027 written in Devanagari digits.",
               C(po, {1: "acc", 2: chg(250, "11.40", "2027-01-15")}))
    return dict(slug="gold-leaf-hindi-in", pos=[po], msg=msg, exp=exp, locale="hi-IN",
                hard="Hindi in base64 UTF-8, new date written with Devanagari numerals")


@case
def c010():
    s = sup("TUYETSON", "Công ty TNHH Tuyết Sơn", "kinhdoanh@tuyetson.example", "vi-VN")
    po = PO("4500031266", s, [
        L(1, "SSB-UNI-M", "Snowshoe binding, universal, size M", 400, "PR", "17.50", "2027-01-08"),
        L(2, "SSB-STR-KIT", "Replacement strap kit for binding", 600, "SET", "3.20", "2027-01-08"),
    ])
    text = ("Kính gửi chị Katrin,\n\n"
            "Cảm ơn chị đã gửi đơn đặt hàng số 4500031266. Chúng tôi xác nhận như sau:\n\n"
            "- Dòng 1: Bộ ngàm giày tuyết SSB-UNI-M: chỉ cung cấp được 350 đôi (không phải 400), đơn giá 17,50 EUR, giao ngày 08/01/2027.\n"
            "- Dòng 2: Bộ dây thay thế SSB-STR-KIT: 600 bộ, 3,20 EUR, giao ngày 08/01/2027 – đồng ý như đơn hàng.\n\n"
            "Trân trọng,\nNguyễn Thị Thu Hà\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Tuyết Sơn\n"
            "Lô B4, KCN Quang Minh, Mê Linh, Hà Nội\nĐT: +84 24 3818 6620\n")
    msg = mail(po, "Nguyễn Thị Thu Hà <thuha.nguyen@tuyetson.example>",
               "Re: PO 4500031266 - request for order confirmation", "Tue, 24 Nov 2026 09:55:12 +0700",
               text, charset="utf-8", cte="quoted-printable", mid="<8e4c1b2a.1f0a.19a2f3c4d5e.Coremail.thuha@tuyetson.example>")
    exp = conf("Vietnamese reply: line 1 reduced to 350 pairs, same price/date; line 2 as ordered.",
               C(po, {1: chg(350, "17.50", "2027-01-08"), 2: "acc"}))
    return dict(slug="snowshoe-bindings-vietnamese-vn", pos=[po], msg=msg, exp=exp, locale="vi-VN",
                hard="Vietnamese with diacritics in QP, quantity reduced on line 1, DD/MM/YYYY")


@case
def c011():
    s = sup("LITERA", "Litera Písmolijna s.r.o.", "obchod@litera-pismo.example", "cs-CZ")
    po = PO("4500031271", s, [
        L(1, "LT-GAR-12", "Letterpress type Garamond 12 pt, lead, font", 24, "SET", "145.00", "2027-02-05"),
        L(2, "LT-FUT-18", "Letterpress type Futura 18 pt bold, font", 12, "SET", "38.50", "2027-02-05"),
        L(3, "LT-SPC-MIX", "Spacing material, assorted quads", 40, "KG", "22.00", "2027-02-05"),
    ])
    text = ("Dobrý den paní Reuterová,\n\n"
            "k Vaší objednávce 4500031271:\n\n"
            "Pol. 1 a pol. 3 potvrzujeme beze změn.\n"
            "Pol. 2 (Futura 18 b.) – množství a termín OK, ale cena se navyšuje o 4 % kvůli novým matricím.\n\n"
            "Termín dodání všech položek 5. 2. 2027.\n\n"
            "S pozdravem\nIng. Pavel Dvořák\nobchodní oddělení\nLitera Písmolijna s.r.o., Husova 211, 533 41 Lázně Bohdaneč\n"
            "IČO: 27410271\n")
    msg = mail(po, "Pavel Dvořák <dvorak@litera-pismo.example>",
               "RE: PO 4500031271 - request for order confirmation", "Wed, 25 Nov 2026 10:02:38 +0100",
               text, charset="windows-1250", cte="8bit", mid="<002a01dd5cf1$2e1b7a40$8a526ec0$@litera-pismo.example>")
    exp = conf("Lines 1 and 3 unchanged; line 2 price +4 % on the PO price: 38.50 x 1.04 = 40.04, qty and date unchanged.",
               C(po, {1: "acc", 2: chg(12, "40.04", "2027-02-05"), 3: "acc"}))
    return dict(slug="type-percent-increase-one-line-cz", pos=[po], msg=msg, exp=exp, locale="cs-CZ",
                hard="price increase given as a percentage for one line only; windows-1250 8bit")


@case
def c012():
    s = sup("AEROFLAM", "Aéroflam SAS", "adv@aeroflam.example", "fr-FR")
    po = PO("4500031277", s, [
        L(1, "BR-JET-M8", "Burner jet, brass, M8, hot air balloon", 48, "EA", "27.40", "2026-12-16"),
        L(2, "BR-PV-12", "Pilot light valve, 12 mm, stainless", 10, "EA", "184.00", "2026-12-16"),
    ])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p>Bonjour Madame Reuter,</p>"
            "<p>Nous vous confirmons votre commande <b>4500031277</b> aux quantités et prix indiqués, "
            "<b>départ usine (EXW Annonay)</b>.</p>"
            "<p>La marchandise sera disponible à l'enlèvement dans nos locaux le <b>vendredi 11/12/2026</b>. "
            "Merci de mandater votre transporteur.</p>"
            "<p>Bien cordialement,</p><p>Élodie Marchand<br>Administration des ventes<br>Aéroflam SAS – 12 rue des Tanneurs, 07100 Annonay<br>"
            "Tél. 04 75 33 18 90</p>"
            "<p style=\"font-size:8pt;color:#888\">Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. "
            "Toute utilisation non autorisée est interdite.</p></body></html>")
    msg = mail(po, "Élodie Marchand <e.marchand@aeroflam.example>",
               "RE: PO 4500031277 - request for order confirmation", "Wed, 25 Nov 2026 17:44:09 +0100",
               html=html, cte="quoted-printable", mid="<PR1P264MB3312E5A0F1C9D8B7A6@PR1P264MB3312.FRAP264.PROD.OUTLOOK.example>")
    exp = conf("HTML-only: confirmed ex works with goods ready for pickup 11/12/2026; only a ship/pickup date is given, so it is the line date (differs from the requested 2026-12-16).",
               C(po, {1: chg(48, "27.40", "2026-12-11"), 2: chg(10, "184.00", "2026-12-11")}))
    return dict(slug="burner-parts-exw-ready-date-fr", pos=[po], msg=msg, exp=exp, locale="fr-FR",
                hard="'confirmé départ usine': pickup date is not a delivery date and differs from the need-by; HTML-only")


@case
def c013():
    s = sup("TITERES", "Hilos y Títeres Artesanales S.A. de C.V.", "ventas@hilosytiteres.example", "es-MX")
    po = PO("4500031282", s, [
        L(1, "MS-NY-05", "Marionette string, braided nylon 0.5 mm, black, 100 m spool", 60, "SPL", "12.80", "2027-01-08"),
        L(2, "MS-LIN-08", "Marionette string, waxed linen 0.8 mm, 50 m spool", 40, "SPL", "15.60", "2027-01-08"),
    ], currency="USD", buyer="mo")
    text = ("Hola Marco:\n\n"
            "Confirmamos tu orden 4500031282 completa (60 carretes de nylon y 40 de lino, precios según tu pedido).\n"
            "Por las vacaciones de fin de año la entrega sería entre el 12 y el 16 de enero.\n\n"
            "Saludos cordiales,\nGuadalupe Hernández\nVentas Internacionales\nHilos y Títeres Artesanales, Guadalajara, Jal.\n"
            "Tel. +52 33 3615 2290\n")
    msg = mail(po, "Guadalupe Hernández <g.hernandez@hilosytiteres.example>",
               "RE: PO 4500031282 - request for order confirmation", "Thu, 26 Nov 2026 11:37:21 -0600",
               text, charset="iso-8859-1", mid="<BY5PR11MB40217C3E2A9B8D@BY5PR11MB4021.namprd11.prod.outlook.example>")
    exp = conf("All quantities and prices confirmed; delivery given as a range 'entre el 12 y el 16 de enero' -> committed by the end of the range, 2027-01-16.",
               C(po, {1: chg(60, "12.80", "2027-01-16"), 2: chg(40, "15.60", "2027-01-16")}))
    return dict(slug="marionette-strings-date-range-mx", pos=[po], msg=msg, exp=exp, locale="es-MX",
                hard="date range without year across the year end; label uses the range end")


@case
def c014():
    s = sup("LUMITUBE", "Lumitube Supply Inc.", "orders@lumitube.example", "en-US")
    po = PO("4500031288", s, [
        L(1, "NE-15-CU", "Neon sign electrode, 15 mm, copper shell", 5000, "EA", "0.62", "2026-12-15"),
        L(2, "NE-12-SS", "Neon sign electrode, 12 mm, stainless shell", 1200, "EA", "0.71", "2026-12-15"),
    ], currency="USD", buyer="jb")
    text = ("Hi Jessica,\n\nThanks for PO 4500031288.\n\n"
            "Line 1 (15mm copper): these only ship in full cartons of 120 pcs, so we'll send 42 cartons = 5,040 pcs "
            "at the same $0.62/ea, ship date 12/15/2026.\n"
            "Line 2 (12mm SS): 10 cartons x 120 = 1,200 pcs, $0.71, 12/15/2026. Good to go.\n\n"
            "Thanks,\nBrandon Kowalski\nInside Sales | Lumitube Supply Inc.\n2210 W Fulton St, Chicago, IL 60612\n(312) 555-0148\n\n"
            "On Mon, Nov 9, 2026 at 4:14 AM Jessica Baines <j.baines@corvalis-trading.example> wrote:\n" + quote(request_text(po)))
    msg = mail(po, "Brandon Kowalski <bkowalski@lumitube.example>", "Re: PO 4500031288 - request for order confirmation",
               "Thu, 26 Nov 2026 09:20:44 -0600", text, mid="<CAPm2wT4s9L1nR8yXc0QbJ6e3dHk@mail.gmail.example>")
    exp = conf("Quantities given in cartons with the conversion stated: line 1 becomes 42 x 120 = 5,040 pcs (changed), line 2 is 10 x 120 = 1,200 pcs (accepted); US M/D/Y ship dates equal the need-by.",
               C(po, {1: chg(5040, "0.62", "2026-12-15"), 2: "acc"}))
    return dict(slug="electrodes-carton-conversion-us", pos=[po], msg=msg, exp=exp, locale="en-US",
                hard="quantity in cartons with the piece conversion stated, rounding up to full cartons")


@case
def c015():
    s = sup("PUNTALE", "Puntali Cremonesi S.r.l.", "ordini@puntalicremonesi.example", "it-IT")
    po = PO("4500031293", s, [
        L(1, "EP-CF-44", "Cello endpin, carbon fibre, 4/4, 10 mm", 80, "EA", "34.50", "2027-01-20"),
        L(2, "EP-TI-44", "Cello endpin, titanium, 4/4, bent (Tortelier)", 20, "EA", "96.00", "2027-01-20"),
    ])
    text = ("Gentile Sig.ra Reuter,\n\n"
            "con riferimento al Vostro ordine n. 4500031293:\n\n"
            "pos. 1 – EP-CF-44 puntale carbonio: confermiamo 80 pz a 34,50 € cad., consegna 20/01/2027.\n"
            "pos. 2 – EP-TI-44 puntale titanio piegato: articolo fuori produzione, non possiamo fornirlo.\n"
            "In alternativa possiamo offrire il nuovo modello EP-TI-44B (titanio, piega regolabile) a 104,00 € cad., "
            "consegna 27/01/2027 – se interessati inviateci un nuovo ordine.\n\n"
            "Cordiali saluti\nGiulia Ferrari\nUfficio Commerciale\nPuntali Cremonesi S.r.l. – Via Platina 44, 26100 Cremona\n"
            "P.IVA 01548720194\n\n"
            "Le informazioni contenute in questo messaggio sono riservate e confidenziali. Se avete ricevuto questa e-mail per errore, "
            "vi preghiamo di cancellarla e di avvisare il mittente.\n")
    msg = mail(po, "Giulia Ferrari <g.ferrari@puntalicremonesi.example>", "R: PO 4500031293 - request for order confirmation",
               "Fri, 27 Nov 2026 12:08:33 +0100", text, charset="iso-8859-15", cte="quoted-printable",
               mid="<1a2b3c4d5e6f.20261127120833@puntalicremonesi.example>")
    exp = conf("Line 1 confirmed as ordered; line 2 discontinued and declined. The substitute EP-TI-44B at 104.00 is only an offer requiring a new order, so it is not a confirmation of line 2.",
               C(po, {1: "acc", 2: "rej"}))
    return dict(slug="endpins-discontinued-substitute-it", pos=[po], msg=msg, exp=exp, locale="it-IT",
                hard="line 2 discontinued with a substitute offered with its own code, price and date (must not be taken as line 2)")


@case
def c016():
    s = sup("DIEPBLAUW", "Diepblauw Duiktechniek B.V.", "verkoop@diepblauw.example", "nl-NL")
    po = PO("4500031297", s, [
        L(1, "RH-LP-70", "Regulator LP hose, 70 cm, braided", 40, "EA", "18.50", "2026-12-18"),
        L(2, "RH-LP-90", "Regulator LP hose, 90 cm, braided", 30, "EA", "19.90", "2026-12-18"),
        L(3, "RH-HP-60", "Regulator HP hose, 60 cm, for SPG", 25, "EA", "16.20", "2026-12-18"),
    ])
    csv = ("Inkooporder;Regel;Artikel;Omschrijving;Aantal;Eenheid;Prijs EUR;Leverdatum;Opmerking\r\n"
           "4500031297;1;RH-LP-70;LP slang 70 cm gevlochten;40;st;18,50;18-12-2026;\r\n"
           "4500031297;2;RH-LP-90;LP slang 90 cm gevlochten;30;st;19,90;08-01-2027;levering na jaarwisseling\r\n"
           "4500031297;3;RH-HP-60;HP slang 60 cm manometer;25;st;16,95;18-12-2026;nieuwe prijs 2027\r\n").encode("cp1252")
    msg = only_attachment("Orderbevestiging Diepblauw <verkoop@diepblauw.example>", "k.reuter@corvalis-trading.example",
                          "Orderbevestiging 4500031297", "Fri, 27 Nov 2026 07:31:02 +0100",
                          "<20261127063102.3F91A2C0@smtp.diepblauw.example>", csv, "text", "csv",
                          "OB_4500031297.csv", headers={"In-Reply-To": po["request_message_id"], "References": po["request_message_id"]})
    exp = conf("Empty body, only a semicolon CSV: line 1 as ordered, line 2 moved to 08-01-2027, line 3 price 16,95 instead of 16,20.",
               C(po, {1: "acc", 2: chg(30, "19.90", "2027-01-08"), 3: chg(25, "16.95", "2026-12-18")}))
    return dict(slug="regulator-hoses-csv-only-nl", pos=[po], msg=msg, exp=exp, locale="nl-NL",
                hard="no body at all, the answer is only in an attached cp1252 CSV with decimal commas and DD-MM-YYYY")


@case
def c017():
    s = sup("CARRAUNTOOHIL", "Carrauntoohil Mountain Gear Ltd", "sales@carrauntoohil-gear.example", "en-IE")
    po = PO("4500031301", s, [
        L(1, "ICP-TECH-A", "Ice axe pick, technical, T-rated, type A", 60, "EA", "42.00", "2026-12-22"),
        L(2, "ICP-CLAS-B", "Ice axe pick, classic, B-rated", 40, "EA", "31.50", "2026-12-22"),
    ])
    text = ("Hi Katrin,\n\nBoth lines on 4500031301 grand - qty and prices as per your PO.\n"
            "Forge is shut over Christmas so delivery will be 3/4 Jan to your Hamburg warehouse.\n\n"
            "Cheers,\nCiarán O'Sullivan\nCarrauntoohil Mountain Gear Ltd | Unit 4, Killarney Business Park, Co. Kerry, V93 X2K1\n"
            "+353 64 663 2150\n")
    msg = mail(po, "Ciarán O'Sullivan <ciaran@carrauntoohil-gear.example>",
               "Re: PO 4500031301 - request for order confirmation", "Fri, 27 Nov 2026 16:55:18 +0000",
               text, mid="<6f1a8e7c-2b3d-4c5e-9f80-71a2b3c4d5e6@carrauntoohil-gear.example>")
    exp = conf("'3/4 Jan' means the 3rd or 4th of January (not a numeric date); no year -> 2027, commitment taken as the later day 2027-01-04. Qty and price unchanged.",
               C(po, {1: chg(60, "42.00", "2027-01-04"), 2: chg(40, "31.50", "2027-01-04")}))
    return dict(slug="ice-picks-3-4-jan-ie", pos=[po], msg=msg, exp=exp, locale="en-IE",
                hard="date written '3/4 Jan' (either day), no year, just after the year end")


@case
def c018():
    s = sup("GLASAUGEN", "Glasaugen Manufaktur Meier AG", "auftrag@glasaugen-meier.example", "de-CH")
    po = PO("4500031306", s, [
        L(1, "GE-18-AMB", "Taxidermy glass eye, amber, 18 mm, pair", 300, "PR", "2.85", "2026-12-17"),
        L(2, "GE-24-BRN", "Taxidermy glass eye, brown, 24 mm, pair", 200, "PR", "3.60", "2026-12-17"),
        L(3, "GE-10-BLK", "Taxidermy glass eye, black, 10 mm, pair", 500, "PR", "1.10", "2026-12-17"),
    ])
    left = ["AUFTRAGSBESTAETIGUNG Nr. AB-26-08812", "Ihre Bestellung: 4500031306 vom 09.11.2026", "",
            "Pos  Artikel      Menge    Preis EUR",
            "10   GE-18-AMB    300 Paar   2.85",
            "20   GE-24-BRN    200 Paar   3.60",
            "30   GE-10-BLK    500 Paar   1.10", "",
            "Liefertermin (sofern rechts nicht", "anders vermerkt): 17.12.2026",
            "Lieferbedingung: DAP Hamburg", "Zahlung: 30 Tage netto"]
    right = ["Glasaugen Manufaktur Meier AG", "Seestrasse 118, 8820 Waedenswil", "CHE-105.331.870 MWST", "",
             "Bemerkungen zur Bestellung:", "Pos. 20: Rohglas braun erst", "im Januar verfuegbar.",
             "Neuer Liefertermin Pos. 20:", "15.01.2027", "",
             "Sachbearbeiter: R. Zbinden", "Tel. +41 44 780 22 61"]
    pdf = make_pdf([(40, 780, left, 9), (330, 780, right, 9)], "Auftragsbestaetigung AB-26-08812")
    text = ("Grüezi Frau Reuter\n\nIm Anhang erhalten Sie unsere Auftragsbestätigung AB-26-08812 zu Ihrer Bestellung 4500031306.\n\n"
            "Freundliche Grüsse\nRegula Zbinden\nVerkaufsinnendienst\nGlasaugen Manufaktur Meier AG\n")
    msg = mail(po, "Regula Zbinden <r.zbinden@glasaugen-meier.example>", "AW: PO 4500031306 - request for order confirmation",
               "Mon, 30 Nov 2026 08:40:27 +0100", text, charset="utf-8", cte="8bit",
               mid="<a3f9e2d1c0b8.4500031306@glasaugen-meier.example>",
               atts=[(pdf, *PDF, "AB-26-08812.pdf")])
    exp = conf("Two-column PDF: the left table confirms positions 10/20/30 (= PO lines 1-3) on 17.12.2026, but the right-hand remarks move Pos. 20 to 15.01.2027.",
               C(po, {1: "acc", 2: chg(200, "3.60", "2027-01-15"), 3: "acc"}))
    return dict(slug="glass-eyes-two-column-pdf-ch", pos=[po], msg=msg, exp=exp, locale="de-CH",
                hard="PDF laid out in two columns; the date change for Pos. 20 is only in the right column; positions 10/20/30")
