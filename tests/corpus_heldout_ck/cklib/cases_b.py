"""Cases 019-036: confirmations in Cyrillic/Greek/Asian/other locales, tables, attachments."""
from .common import case, sup, po, conf, chg, out, wfri, esc, BUYERS
from .mime import reply, A
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("periscope-seals-hrudnia", "confirmation/uk-UA",
      "Ukrainian 'поставка 18 грудня 2026 р.' (genitive month name) for all lines, KOI8-U 8bit; the grease line also gets a new per-kg price.")
def c019():
    s = sup("PERUSH", "TOV Periskop Ushchilnennia", "sales@periskop-seal.example", "uk-UA")
    p = po("4500232270", s, "USD", "2026-11-12", [
        ("SPS-ORING-180", "Periscope mast O-ring 180x6 mm, FKM 75 Shore A", 40, "EA", "27.40", "2026-12-11"),
        ("SPS-WIPER-160", "Periscope wiper seal 160x175x7 mm, PTFE/bronze", 20, "EA", "64.00", "2026-12-11"),
        ("SPS-GREASE", "Seal grease, silicone, in 1 kg tins", 10, "KG", "38.00", "2026-12-11"),
    ], buyer="tom")
    body = """Добрий день, пане Рейес!

Дякуємо за замовлення 4500232270. Підтверджуємо:

поз. 1 та 2 - кількість і ціни згідно із замовленням, поставка 18 грудня 2026 р.
поз. 3 (мастило) - 10 кг, ціна 41,50 USD за кг (подорожчання сировини), поставка 18 грудня 2026 р.

З повагою,
Олена Ковальчук
менеджер з продажу
ТОВ "Перископ Ущільнення"
вул. Заводська 17, м. Миколаїв, 54028
тел. +380 512 555 214"""
    eml = reply(p, frm=("Олена Ковальчук", "sales@periskop-seal.example"), date="2026-11-20 10:32 +0200",
                body=body, cs="koi8-u", cte="8bit", client="outlook", hcte="quoted-printable")
    d = "2026-12-18"
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d), 3: chg(p="41.50", d=d)})])


@case("rodeo-panels-51-nedele", "confirmation/ru-RU",
      "Russian 'поставка на 51 неделе' is Friday 18 Dec, which is exactly the requested date, so every line is accepted despite sounding like a change.")
def c020():
    s = sup("RODOGR", "OOO Rodeo-Ograda", "zakaz@rodeo-ograda.example", "ru-RU")
    p = po("4500232315", s, "EUR", "2026-11-12", [
        ("RAP-12FT-6R", "Rodeo arena panel 12 ft, 6 rails, 1-5/8 in tube", 40, "EA", "212.00", "2026-12-18"),
        ("RAP-GATE-12", "Rodeo walk-through gate panel 12 ft", 4, "EA", "348.00", "2026-12-18"),
        ("RAP-PIN-58", "Panel connector pin 5/8 x 8 in", 50, "EA", "3.20", "2026-12-18"),
    ])
    body = """Здравствуйте, Мара!

Заказ 4500232315 подтверждаем полностью:
панели - 40 шт. по 212,00 EUR,
калитки - 4 шт. по 348,00 EUR,
пальцы - 50 шт. по 3,20 EUR.
Поставка на 51 неделе.

С уважением,
Дмитрий Соколов
ООО "Родео-Ограда"
г. Оренбург, ул. Промысловая, д. 9
+7 3532 55-51-90"""
    eml = reply(p, frm=("Дмитрий Соколов", "zakaz@rodeo-ograda.example"), date="2026-11-20 14:05 +0500",
                body=body, cs="koi8-r", cte="base64", client="java", quote="gmail", mailer="Mail.Ru Mailer 1.0")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: "acc", 3: "acc"})])


@case("feather-dusters-ebdomada-51", "confirmation/el-GR",
      "Greek 'παράδοση εβδομάδα 51' for two lines; the third is deferred ('we will answer next week') and so stays unconfirmed.")
def c021():
    s = sup("FTERA", "Ftera Ostrich Dusters S.A.", "orders@ftera-dusters.example", "el-GR")
    p = po("4500232360", s, "EUR", "2026-11-12", [
        ("OFD-60-BLK", "Ostrich feather duster 60 cm, black, wooden handle", 120, "EA", "9.80", "2026-12-11"),
        ("OFD-35-GRY", "Ostrich feather duster 35 cm, grey", 200, "EA", "5.40", "2026-12-11"),
        ("OFD-120-EXT", "Ostrich feather duster 120 cm, telescopic 1.5 m handle", 30, "EA", "24.90", "2026-12-11"),
    ])
    body = """Καλησπέρα σας κυρία Lindqvist,

επιβεβαιώνουμε την παραγγελία 4500232360 ως εξής:
OFD-60-BLK και OFD-35-GRY: ποσότητες και τιμές όπως στην παραγγελία, παράδοση εβδομάδα 51.
Για τον κωδ. OFD-120-EXT θα σας απαντήσουμε την επόμενη εβδομάδα, περιμένουμε τις λαβές από τον προμηθευτή.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Ftera Ostrich Dusters A.E.
Οδός Βιομηχανίας 14, 57009 Καλοχώρι Θεσσαλονίκης
Τηλ. +30 2310 555 418"""
    eml = reply(p, frm=("Γιώργος Παπαδόπουλος", "orders@ftera-dusters.example"), date="2026-11-20 17:41 +0200",
                body=body, cs="iso-8859-7", cte="quoted-printable", client="outlook")
    d = wfri(51)
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d), 3: "unc"})])


@case("gelato-spatula-tl-kdv", "confirmation/tr-TR",
      "Turkish 'fiyat 45,50 TL + KDV' changes the spatula price (VAT excluded = net), the pan line repeats the PO values.")
def c022():
    s = sup("DONDEKP", "Dondurma Ekipman San. ve Tic. A.S.", "satis@dondurma-ekipman.example", "tr-TR")
    p = po("4500232402", s, "TRY", "2026-11-13", [
        ("GDP-PAN-5L", "Gelato display pan 5 L, 360x165x120 mm, stainless", 60, "EA", "420.00", "2026-12-14"),
        ("GDP-SPAT-30", "Gelato spatula 30 cm, 2027 series", 60, "EA", "41.00", "2026-12-14"),
    ])
    body = """Merhaba Mara Hanım,

4500232402 numaralı siparişiniz için onayımız:

1. kalem: 60 adet, 420,00 TL + KDV, teslim 14.12.2026
2. kalem (spatula): 60 adet, fiyat 45,50 TL + KDV (hammadde artışı nedeniyle), teslim 14.12.2026

Saygılarımızla,
Ayşe Yıldırım
Satış Departmanı
Dondurma Ekipman San. ve Tic. A.Ş.
Organize Sanayi Bölgesi 3. Cadde No: 12, Gaziantep
Tel: +90 342 555 17 40"""
    eml = reply(p, frm=("Ayşe Yıldırım", "satis@dondurma-ekipman.example"), date="2026-11-23 09:14 +0300",
                body=body, cs="iso-8859-9", cte="quoted-printable", client="outlook", lang="tr",
                subject="YNT: Purchase order 4500232402 - please confirm")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: chg(p="45.50")})])


@case("glass-eye-shekel-rtl", "confirmation/he-IL",
      "Right-to-left Hebrew in windows-1255 base64: 'המחיר 45 ₪ ליחידה' raises line 2 from 42 ILS; line 1 confirmed unchanged.")
def c023():
    s = sup("EINZ", "Einayim Prosthetics Ltd", "orders@einayim-prosthetics.example", "he-IL")
    p = po("4500232444", s, "ILS", "2026-11-13", [
        ("GEP-IRIS-12", "Glass eye prosthesis blank, iris 12 mm, hand-painted, blue", 10, "EA", "380.00", "2026-12-16"),
        ("GEP-CASE-M", "Prosthesis storage case size M", 40, "EA", "42.00", "2026-12-16"),
    ])
    body = """שלום מרה,

מאשרים את הזמנה 4500232444:
שורה 1: 10 יח', 380 ₪ ליחידה, אספקה 16.12.2026
שורה 2: 40 יח', המחיר 45 ₪ ליחידה (עדכון מחירון), אספקה 16.12.2026

בברכה,
נועה לוי
עיניים פרוסתטיקה בע"מ
רח' המלאכה 8, פתח תקווה
טל' 03-5550917"""
    eml = reply(p, frm=("נועה לוי", "orders@einayim-prosthetics.example"), date="2026-11-23 11:20 +0200",
                body=body, cs="windows-1255", cte="base64", client="outlook", rtl=True)
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: chg(p="45.00")})])


@case("chime-tubes-jiaohuo-riqi", "confirmation/zh-CN",
      "Simplified Chinese in GB2312: '交货日期 2026年12月18日' for all lines and a new unit price in 美元 for line 3 only.")
def c024():
    s = sup("SZFL", "Suzhou Fengling Metal Products Co., Ltd.", "export@fengling-metal.example", "zh-CN")
    p = po("4500232488", s, "USD", "2026-11-13", [
        ("WCT-AL-19-450", "Wind chime tube aluminium 19x1.2 mm, 450 mm, silver", 1000, "PCS", "0.86", "2026-12-11"),
        ("WCT-AL-25-600", "Wind chime tube aluminium 25x1.5 mm, 600 mm, black", 800, "PCS", "1.24", "2026-12-11"),
        ("WCT-TOP-120", "Wind chime top plate 120 mm, 6 holes, beech", 300, "PCS", "0.95", "2026-12-11"),
    ], buyer="tom")
    body = """Tom 您好：

订单 4500232488 已确认，具体如下：
第1、2项：数量和单价按订单执行；
第3项（榉木顶盘）：单价调整为 1.05 美元/个，数量 300 个不变。
交货日期 2026年12月18日（全部三项）。

谢谢！
王丽
苏州风铃金属制品有限公司 外贸部
电话：+86 512 5555 8821"""
    eml = reply(p, frm=("王丽", "export@fengling-metal.example"), date="2026-11-24 10:02 +0800",
                body=body, cs="gb2312", cte="base64", client="java", quote="gmail", mailer="Foxmail 7.2.25.375")
    d = "2026-12-18"
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d), 3: chg(p="1.05", d=d)})])


@case("marimba-resonators-dochak", "confirmation/ko-KR",
      "Korean '12월 18일 도착 예정' (arrival, no year) wins over the mention that 14 Dec is not feasible; EUC-KR base64.")
def c025():
    s = sup("HANUL", "Hanul Percussion Co., Ltd.", "sales@hanul-percussion.example", "ko-KR")
    p = po("4500232530", s, "USD", "2026-11-16", [
        ("MRB-RES-A3", "Marimba resonator A3, aluminium 63 mm, gold", 5, "EA", "48.00", "2026-12-14"),
        ("MRB-RES-C4", "Marimba resonator C4, aluminium 57 mm, gold", 5, "EA", "44.00", "2026-12-14"),
        ("MRB-CORD-15", "Bar suspension cord 1.5 mm, 30 m", 2, "ROL", "22.00", "2026-12-14"),
    ])
    body = """안녕하세요 Mara님,

주문 4500232530 확인했습니다.
수량과 단가는 주문서와 동일합니다.
12월 14일까지는 어렵고, 세 품목 모두 12월 18일 도착 예정입니다.

감사합니다.
김민지 드림
한울타악기(주) 영업팀
경기도 파주시 문발로 115
Tel. +82 31 555 7720"""
    eml = reply(p, frm=("김민지", "sales@hanul-percussion.example"), date="2026-11-24 15:37 +0900",
                body=body, cs="euc-kr", cte="base64", client="outlook")
    d = "2026-12-18"
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d), 3: chg(d=d)})])


@case("pitch-covers-friday-18th", "confirmation/en-IE",
      "Irish English 'delivery Friday 18th December' (no year) for all lines on one truck; the '2027 model' in a line is a model year, not a date.")
def c026():
    s = sup("SHANGC", "Shannon Groundcare Covers Ltd", "sales@shannon-groundcare.example", "en-IE")
    p = po("4500232577", s, "EUR", "2026-11-16", [
        ("CPC-RAIN-24x18", "Cricket pitch rain cover 24x18 m, 250 g/m2 PE", 3, "EA", "690.00", "2026-12-11"),
        ("CPC-HOVER-2027", "Hover cover 2027 model, 22x4 m", 1, "EA", "2950.00", "2026-12-11"),
        ("CPC-PEG-12", "Ground pegs 12 in, box of 50", 10, "BOX", "14.00", "2026-12-11"),
    ])
    body = """Hi Mara,

Thanks for PO 4500232577. Quantities and prices are fine as ordered, the hover cover is the
2027 model at the price quoted. All three items will go on one truck though,
delivery Friday 18th December.

Regards,
Ciarán O'Sullivan
Shannon Groundcare Covers Ltd
Unit 9, Raheen Business Park, Limerick V94 K2X1
+353 61 555 302"""
    eml = reply(p, frm=("Ciarán O'Sullivan", "ciaran.osullivan@shannon-groundcare.example"),
                date="2026-11-24 12:18 +0000", body=body, cs="iso-8859-1", cte="quoted-printable", client="gmail")
    d = "2026-12-18"
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d), 3: chg(d=d)})])


@case("volleyball-nets-sgd-nett", "confirmation/en-SG",
      "Singapore English shorthand: line 1 at the PO price with 'ETA 9 Dec', line 2 'SGD 12.40 nett' instead of 11.80.")
def c027():
    s = sup("SENTSP", "Sentosa Sports Supplies Pte Ltd", "sales@sentosa-sports.example", "en-SG")
    p = po("4500232611", s, "SGD", "2026-11-16", [
        ("BVN-PRO-850", "Beach volleyball net 8.5 m x 1 m, 4 mm PE", 12, "EA", "98.00", "2026-12-09"),
        ("BVN-BALLBAG-12", "Ball bag for 12 balls, mesh", 12, "EA", "11.80", "2026-12-09"),
    ])
    body = """Hi Mara,

Noted with thanks.

Line 1 - 12 pcs @ SGD 98.00, ETA 9 Dec
Line 2 - ball bags SGD 12.40 nett, 12 pcs, same ETA 9 Dec

Pls let us know if any issue.

Thanks & regards,
Jasmine Tan
Sentosa Sports Supplies Pte Ltd
21 Ubi Road 1, #04-12, Singapore 408724
DID +65 6555 2184"""
    eml = reply(p, frm=("Jasmine Tan", "sales@sentosa-sports.example"), date="2026-11-25 09:47 +0800",
                body=body, cs="us-ascii", cte="7bit", client="outlook")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: chg(p="12.40")})])


@case("bellropes-ok-column-blank-row", "confirmation/de-AT",
      "Pasted PO table with 'OK' typed in a new column for each row except row 3, which is left blank and therefore unconfirmed.")
def c028():
    from .common import req_rows, COLS
    s = sup("GLOTIR", "Glockenseile Tirol GmbH", "bestellung@glockenseile-tirol.example", "de-AT")
    p = po("4500232650", s, "EUR", "2026-11-16", [
        ("BR-SAL-30", "Bell rope with sally 30 mm, 14 m, natural", 4, "EA", "312.00", "2026-12-16"),
        ("BR-SAL-26", "Bell rope with sally 26 mm, 11 m, natural", 6, "EA", "274.00", "2026-12-16"),
        ("BR-TAIL-18", "Tail end 18 mm, 3.5 m, whipped", 10, "EA", "41.00", "2026-12-16"),
        ("BR-PULLEY-120", "Rope guide pulley 120 mm, brass", 8, "EA", "58.50", "2026-12-16"),
    ], buyer="ines")
    rows = req_rows(p)
    ok = ["OK", "OK", "", "OK"]
    ttab = "\t".join(COLS + ("Bestätigung",)) + "\n" + "\n".join(
        "\t".join(r + (o,)) for r, o in zip(rows, ok))
    intro = """Grüß Gott Frau Kaltenbach,

anbei Ihre Tabelle mit unserer Bestätigung:

"""
    outro = """

Mit freundlichen Grüßen
Johann Pfurtscheller
Glockenseile Tirol GmbH
Innsbrucker Straße 52, 6060 Hall in Tirol
Tel. +43 5223 555 81"""
    body = intro + ttab + outro
    th = "".join('<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class="MsoNormal"><b>%s</b></p></td>' % esc(c)
                 for c in COLS + ("Bestätigung",))
    tr = "".join("<tr>%s</tr>" % "".join(
        '<td style="border:solid windowtext 1.0pt;padding:0 5.4pt"><p class="MsoNormal">%s</p></td>'
        % (esc(c) if c else "&nbsp;") for c in r + (o,)) for r, o in zip(rows, ok))
    hb = ('<p class="MsoNormal">Grüß Gott Frau Kaltenbach,</p><p class="MsoNormal">&nbsp;</p>'
          '<p class="MsoNormal">anbei Ihre Tabelle mit unserer Bestätigung:</p><p class="MsoNormal">&nbsp;</p>'
          '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
          + "<tr>%s</tr>%s</table>" % (th, tr)
          + '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Mit freundlichen Grüßen<br>Johann Pfurtscheller<br>'
          'Glockenseile Tirol GmbH<br>Innsbrucker Straße 52, 6060 Hall in Tirol<br>Tel. +43 5223 555 81</p>')
    eml = reply(p, frm=("Johann Pfurtscheller", "bestellung@glockenseile-tirol.example"), date="2026-11-25 08:22 +0100",
                body=body, html_body=hb, cs="iso-8859-1", cte="quoted-printable", client="outlook", lang="de",
                subject="AW: Purchase order 4500232650 - please confirm")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: "acc", 3: "unc", 4: "acc"})])


@case("bobbins-split-in-sentence", "confirmation/pt-PT",
      "One line is split in a sentence ('enviamos 120 unidades a 11/12 e as restantes 80 a 8/1/2027'); ship dates count as no delivery date is given.")
def c029():
    s = sup("FUSOS", "Fusos & Rocas Minho, Lda.", "encomendas@fusos-minho.example", "pt-PT")
    p = po("4500232695", s, "EUR", "2026-11-17", [
        ("SWB-LACE-90", "Spinning wheel lace bobbin 90 mm, maple, 3/8 in core", 200, "PCS", "4.75", "2026-12-11"),
        ("SWB-ORIF-10", "Orifice hook 10 cm, brass", 100, "PCS", "2.30", "2026-12-11"),
    ])
    body = """Bom dia Mara,

Relativamente à encomenda 4500232695: das 200 bobinas da linha 1 enviamos 120 unidades a 11/12 e as
restantes 80 a 8/1/2027, ao preço da encomenda. A linha 2 (ganchos) segue completa a 11/12.

Cumprimentos,
Tiago Fernandes
Fusos & Rocas Minho, Lda.
Rua da Indústria 45, 4730-260 Vila Verde
Tel. +351 253 555 914"""
    eml = reply(p, frm=("Tiago Fernandes", "encomendas@fusos-minho.example"), date="2026-11-25 11:06 +0000",
                body=body, cs="iso-8859-15", cte="quoted-printable", client="outlook", lang="pt",
                subject="RE: Purchase order 4500232695 - please confirm")
    return out([p], eml, "confirmation", [conf(p, {
        1: chg(d="2027-01-08", s=[(120, "2026-12-11"), (80, "2027-01-08")]), 2: "acc"})])


@case("proofing-baskets-rsd-rate", "confirmation/sr-RS",
      "Line 1 priced in RSD with the exchange rate written (1.453,28 RSD at 117,20 = 12,40 EUR); the supplier restates the EUR value, which equals the PO, so it is accepted.")
def c030():
    s = sup("KORPA", "Korpa Pekar d.o.o.", "prodaja@korpa-pekar.example", "sr-RS")
    p = po("4500232731", s, "EUR", "2026-11-17", [
        ("BPB-R25-LIN", "Proofing basket round 25 cm with linen liner", 300, "EA", "12.40", "2026-12-16"),
        ("BPB-COUCHE-8", "Baguette proofing couche, linen, 80 cm wide", 40, "M", "6.80", "2026-12-16"),
    ])
    body = """Poštovana gospođo Lindqvist,

potvrđujemo porudžbinu 4500232731:

Stavka 1: 300 kom, cena 1.453,28 RSD/kom (po srednjem kursu NBS 117,20 RSD = 1 EUR, tj. 12,40 EUR/kom)
Stavka 2: 40 m, 6,80 EUR/m
Isporuka za obe stavke 16.12.2026.

Srdačan pozdrav,
Milica Jovanović
Korpa Pekar d.o.o.
Bulevar oslobođenja 77, 21000 Novi Sad
tel. +381 21 555 4402"""
    eml = reply(p, frm=("Milica Jovanović", "prodaja@korpa-pekar.example"), date="2026-11-25 13:55 +0100",
                body=body, cs="windows-1250", cte="quoted-printable", client="outlook")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: "acc"})],
               "Decision: 1453.28 / 117.20 = 12.40 exactly and the supplier itself writes 12,40 EUR/kom, so the EUR price is unchanged.")


@case("dome-shutters-erp-pdf-sjis", "confirmation/ja-JP",
      "Send-only ERP mail in Shift_JIS whose body only points to the attached PDF order acknowledgment; the PDF moves line 1 to 2027/01/15.")
def c031():
    s = sup("TENMADO", "Tenmado Dome Kogyo K.K.", "juchu@tenmado-dome.example", "ja-JP")
    p = po("4500232777", s, "JPY", "2026-11-17", [
        ("ADS-SHT-3M", "Dome shutter panel set for 3 m dome, FRP, 2 pcs", 2, "SET", "186000", "2026-12-18"),
        ("ADS-LIMIT-SW", "Limit switch 24V, IP67", 6, "EA", "4800", "2026-12-18"),
        ("ADS-WSTRIP", "Weather strip EPDM 10x20 mm", 30, "M", "650", "2026-12-18"),
    ])
    body = """コルヴァーネ・トレーディング
Mara Lindqvist 様

いつもお世話になっております。
天窓ドーム工業株式会社 受注センターです。

ご注文番号 4500232777 の注文請書を添付いたします。
納期・単価は添付の注文請書をご確認ください。

※本メールは送信専用アドレスから自動送信されています。
　ご返信いただいてもお答えできませんのでご了承ください。

天窓ドーム工業株式会社　受注センター
〒399-0033 長野県松本市笹賀 5600-12
TEL 0263-55-5120"""
    pdf = make_pdf([
        "##ORDER ACKNOWLEDGEMENT",
        "#Tenmado Dome Kogyo K.K. - Order Center",
        "5600-12 Sasaga, Matsumoto, Nagano 399-0033, Japan  TEL +81 263 55 5120",
        "",
        "Customer: Corvane Trading GmbH, Bremen      Your order no.: 4500232777 (2026/11/17)",
        "Our ref.: SO-26-118804      Issue date: 2026/11/26      Currency: JPY",
        "",
        "#Pos  Item           Description                          Qty   Unit  Unit price   Amount     Delivery",
        "1    ADS-SHT-3M     Dome shutter panel set 3 m, FRP      2     SET   186,000      372,000    2027/01/15",
        "2    ADS-LIMIT-SW   Limit switch 24V, IP67               6     EA    4,800        28,800     2026/12/18",
        "3    ADS-WSTRIP     Weather strip EPDM 10x20 mm          30    M     650          19,500     2026/12/18",
        "",
        "Total (excl. consumption tax): JPY 420,300",
        "Delivery terms: DAP Bremen. Payment: 60 days net.",
        "Delivery date = arrival at consignee.",
        "",
        "This acknowledgement was issued electronically and is valid without signature.",
    ], title="Order Acknowledgement SO-26-118804", author="Tenmado Dome Kogyo", producer="OBIC7 Report Writer",
        date="20261126101500+09'00'")
    att = A(pdf, "application/pdf", "SO-26-118804_4500232777.pdf")
    eml = reply(p, frm=("天窓ドーム工業 受注センター", "juchu@tenmado-dome.example"), date="2026-11-26 10:16 +0900",
                body=body, cs="shift_jis", cte="base64", client="erp", quote="none", html=False,
                attachments=[att], thread=False, mailer="OBIC7 Mail Service",
                subject="【注文請書】ご注文番号 4500232777")
    return out([p], eml, "confirmation", [conf(p, {1: chg(d="2027-01-15"), 2: "acc", 3: "acc"})])


@case("fencing-guards-moq-big5", "confirmation/zh-TW",
      "Traditional Chinese in Big5: line 1 '12/18' accepted, line 2 raised to the minimum order of 50 pieces with a new price and a 2027/1/8 date.")
def c032():
    s = sup("JIANXING", "Jianxing Fencing Equipment Co., Ltd.", "sales@jianxing-fencing.example", "zh-TW")
    p = po("4500232815", s, "USD", "2026-11-18", [
        ("FB-FOIL-5", "Foil blade size 5, non-electric, 2027 FIE rules", 30, "EA", "38.00", "2026-12-18"),
        ("FB-SABRE-GRD", "Sabre guard, aluminium, 14x12 cm", 25, "EA", "21.50", "2026-12-18"),
    ], buyer="tom")
    body = """Tom 您好，

訂單 4500232815 回覆如下：

1. 花劍劍條 FB-FOIL-5：30 支，單價 USD 38.00，12/18 交貨。
2. 軍刀護手 FB-SABRE-GRD：最小訂購量為 50 個，我們將出貨 50 個，單價 USD 19.80，交貨日 2027/1/8。

謝謝！
陳怡君
建興擊劍器材股份有限公司 業務部
台中市西屯區工業區一路 88 號
TEL: +886 4 2555 6120"""
    eml = reply(p, frm=("陳怡君", "sales@jianxing-fencing.example"), date="2026-11-26 16:20 +0800",
                body=body, cs="big5", cte="base64", client="outlook")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: chg(q=50, p="19.80", d="2027-01-08")})])


@case("feather-dusters-per-box", "confirmation/vi-VN",
      "Prices are quoted per box of 12 with decimal commas (37,20 and 66,00 USD/hộp); per piece that is 3.10 (= PO) and 5.50 (changed).")
def c033():
    s = sup("LONGDA", "Long Da Handicraft Co., Ltd.", "sales@longda-handicraft.example", "vi-VN")
    p = po("4500232850", s, "USD", "2026-11-18", [
        ("OFD-45-NAT", "Ostrich feather duster 45 cm, natural, bamboo handle", 240, "PCS", "3.10", "2026-12-15"),
        ("OFD-70-BLK", "Ostrich feather duster 70 cm, black", 96, "PCS", "5.20", "2026-12-15"),
    ])
    body = """Chào chị Mara,

Công ty chúng tôi xác nhận đơn hàng 4500232850 như sau:

- Mục 1: 20 hộp x 12 cái = 240 cái, giá 37,20 USD/hộp 12 cái, giao hàng 15/12/2026.
- Mục 2: 8 hộp x 12 cái = 96 cái, giá 66,00 USD/hộp 12 cái (giá lông đà điểu tăng), giao hàng 22/12/2026.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh - Công ty TNHH Thủ công Long Đa
Lô B4, KCN Tân Bình, TP. Hồ Chí Minh
ĐT: +84 28 5555 3721"""
    eml = reply(p, frm=("Nguyễn Thị Thu Hà", "sales@longda-handicraft.example"), date="2026-11-26 14:09 +0700",
                body=body, cs="utf-8", cte="base64", client="gmail")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: chg(p="5.50", d="2026-12-22")})],
               "66.00 / 12 = 5.50 per piece; 37.20 / 12 = 3.10.")


@case("cooler-hinges-eta-thai", "confirmation/th-TH",
      "Thai and English in TIS-620: ETD Bangkok 27/11 and ETA Bremen 04/01/2027 are both given; the arrival (delivery) date wins.")
def c034():
    s = sup("SIAMHNG", "Siam Hinge Industry Co., Ltd.", "export@siamhinge.example", "th-TH")
    p = po("4500232890", s, "USD", "2026-11-18", [
        ("ICH-PL-60", "Igloo cooler hinge polypropylene 60 mm, white", 2000, "PCS", "0.34", "2026-12-18"),
        ("ICH-LATCH-2", "Cooler latch with 2 screws M4x10", 2000, "PCS", "0.41", "2026-12-18"),
    ])
    body = """เรียน คุณ Mara

บริษัทฯ ขอยืนยันคำสั่งซื้อเลขที่ 4500232890 ตามรายละเอียดด้านล่าง

Dear Mara,

We confirm PO 4500232890:
Item 1 ICH-PL-60: 2,000 pcs @ USD 0.34
Item 2 ICH-LATCH-2: 2,000 pcs @ USD 0.41
ETD Bangkok 27/11/2026, ETA Bremen 04/01/2027 (sea freight, as 18/12 by sea is not possible).

ขอแสดงความนับถือ / Best regards
สมชาย ศรีสุข (Somchai Srisuk)
Export Department, Siam Hinge Industry Co., Ltd.
99/12 Moo 4, Bangpoo Industrial Estate, Samut Prakan 10280
Tel. +66 2 555 0194"""
    eml = reply(p, frm=("Somchai Srisuk", "export@siamhinge.example"), date="2026-11-27 10:44 +0700",
                body=body, cs="tis-620", cte="base64", client="outlook")
    d = "2027-01-04"
    return out([p], eml, "confirmation", [conf(p, {1: chg(d=d), 2: chg(d=d)})])


@case("rattan-baskets-xlsx", "confirmation/id-ID",
      "Indonesian body plus an XLSX confirmation: estimated arrival 18 Des wins over the ETD, line 3 price and line 4 quantity change.")
def c035():
    s = sup("ROTANJ", "PT Rotan Jaya Abadi", "export@rotanjaya.example", "id-ID")
    p = po("4500232933", s, "EUR", "2026-11-19", [
        ("BPB-RTN-R20", "Rattan proofing basket round 20 cm, 0.75 kg dough", 500, "EA", "2.85", "2026-12-18"),
        ("BPB-RTN-O30", "Rattan proofing basket oval 30x12 cm, 1 kg dough", 400, "EA", "3.40", "2026-12-18"),
        ("BPB-RTN-R25", "Rattan proofing basket round 25 cm, 1.5 kg dough", 300, "EA", "3.95", "2026-12-18"),
        ("BPB-RTN-SQ22", "Rattan proofing basket square 22x22 cm", 150, "EA", "4.10", "2026-12-18"),
    ])
    body = """Dengan hormat Ibu Mara,

Terlampir konfirmasi pesanan 4500232933 (file Excel).
Ringkasan: item 1 dan 2 sesuai pesanan, harga item 3 naik menjadi EUR 4,05 per pcs,
item 4 (persegi) hanya tersedia 100 pcs.
Pengiriman (ETD Surabaya) 21 November 2026, estimasi tiba di Bremen 18 Desember 2026.

Hormat kami,
Dewi Kartika Sari
PT Rotan Jaya Abadi - Export Dept.
Jl. Raya Rungkut Industri III No. 21, Surabaya 60293
Telp. +62 31 555 8840"""
    x = make_xlsx([
        ["KONFIRMASI PESANAN / ORDER CONFIRMATION"],
        ["PO No.", "4500232933", "", "Tanggal", "20-11-2026"],
        [],
        ["No", "Kode", "Deskripsi", "Qty Pesan", "Qty Konfirmasi", "Harga (EUR)", "ETD Surabaya", "Estimasi Tiba"],
        [1, "BPB-RTN-R20", "Keranjang rotan bulat 20 cm", 500, 500, 2.85, "21-11-2026", "18-12-2026"],
        [2, "BPB-RTN-O30", "Keranjang rotan oval 30x12 cm", 400, 400, 3.4, "21-11-2026", "18-12-2026"],
        [3, "BPB-RTN-R25", "Keranjang rotan bulat 25 cm", 300, 300, 4.05, "21-11-2026", "18-12-2026"],
        [4, "BPB-RTN-SQ22", "Keranjang rotan persegi 22x22 cm", 150, 100, 4.1, "21-11-2026", "18-12-2026"],
    ], sheet="Konfirmasi", stamp=(2026, 11, 20, 8, 30, 0))
    att = A(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Konfirmasi_PO_4500232933.xlsx")
    eml = reply(p, frm=("Dewi Kartika Sari", "export@rotanjaya.example"), date="2026-11-20 08:51 +0700",
                body=body, cs="iso-8859-1", cte="quoted-printable", client="gmail", attachments=[att])
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: "acc", 3: chg(p="4.05"), 4: chg(q=100)})])


@case("umpire-umbrellas-akan-dimaklumkan", "confirmation/ms-MY",
      "Malay reply confirms items 1 and 2 as per PO; item 3's date 'akan dimaklumkan kemudian' (to be advised) leaves it unconfirmed.")
def c036():
    s = sup("GELANG", "Gelanggang Sukan Sdn. Bhd.", "jualan@gelanggang-sukan.example", "ms-MY")
    p = po("4500232977", s, "USD", "2026-11-19", [
        ("TUC-UMB-200", "Umpire chair umbrella 2.00 m, UV50", 6, "EA", "64.00", "2026-12-11"),
        ("TUC-CUSH-45", "Umpire chair seat cushion 45x40 cm, marine vinyl", 6, "EA", "22.00", "2026-12-11"),
        ("TUC-STEP-ANT", "Anti-slip step tread 600x120 mm", 24, "EA", "6.50", "2026-12-11"),
    ], buyer="tom")
    body = """Salam sejahtera Encik Tom,

Merujuk PO 4500232977:
Item 1 & 2 disahkan - kuantiti dan harga seperti PO, penghantaran 11/12/2026.
Item 3 - tarikh penghantaran akan dimaklumkan kemudian (menunggu bekalan getah).

Terima kasih.

Nurul Aisyah binti Ahmad
Gelanggang Sukan Sdn. Bhd.
No. 12, Jalan Perusahaan 3, 40300 Shah Alam, Selangor
Tel: +60 3 5555 1928"""
    eml = reply(p, frm=("Nurul Aisyah", "jualan@gelanggang-sukan.example"), date="2026-11-27 16:03 +0800",
                body=body, cs="utf-8", cte="quoted-printable", client="mobile", quote="outlook", html=False,
                mailer="Microsoft Outlook for Android")
    return out([p], eml, "confirmation", [conf(p, {1: "acc", 2: "acc", 3: "unc"})])
