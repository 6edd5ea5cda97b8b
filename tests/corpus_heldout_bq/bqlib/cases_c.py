"""Cases 037-054."""
from . import mime
from .common import (case, S, PO, C, conf, expected, when, std_body, mail, buyer_of, req_subject, req_dt,
                     html_doc, paras, alt, quote_outlook, quote_outlook_html)
from .pdf import make_pdf

RE = "RE: "


@case("bg-cones-price-increase-first", "needs_review/bg-BG",
      "Cyrillic windows-1251 reply that announces +6 % and asks us to accept it before any confirmation is sent.")
def c037():
    sup = S("AKUSTIKBG", "Akustik Komponenti EOOD", "prodajbi@akustik-bg.example", "bg-BG")
    po = PO("4500231596", sup, "EUR", "2026-11-18", [
        ("LSC-130-PP", "Cone 5.25 in polypropylene, 25 mm coil", 1500, "PCS", "1.86", "2026-12-18"),
        ("LSC-SURR-130", "Rubber surround for 5.25 in cone", 1500, "PCS", "0.42", "2026-12-18"),
    ], buyer="priya")
    reply = ("Здравейте, г-жо Наир,\n\nБлагодарим за поръчка 4500231596. Преди да я потвърдим, трябва да Ви "
             "информираме, че от 01.12.2026 г. цената на полипропиленовите конуси се увеличава с 6% поради "
             "поскъпване на суровината.\n\nМоля, потвърдете, че приемате новата цена от 1,97 EUR/бр., след което "
             "ще Ви изпратим потвърждение с точна дата на доставка.\n\nПоздрави,\nГеорги Петров\nТърговски отдел\n"
             "Акустик Компоненти ЕООД\nул. „Индустриална“ 11, 4003 Пловдив\nтел. +359 32 640 118\n")
    body = std_body(po, reply, "bg", "outlook", charset="windows-1251")
    eml = mail(("Георги Петров", "g.petrov@akustik-bg.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-24 11:26:50", "+0200"), body, po=po, lang="bg-BG", name_charset="windows-1251")
    return [po], eml, expected("needs_review", "Price increase (+6 % -> 1,97 EUR) that we must accept first; the "
                               "confirmation and delivery date are explicitly deferred.")


@case("si-bells-html-only-table", "confirmation/sl-SI",
      "HTML-only Outlook mail in windows-1250 with the answers in an HTML table (reduced quantity, later date).")
def c038():
    sup = S("ZVONCEK", "Zvonček d.o.o.", "prodaja@zvoncek.example", "sl-SI")
    po = PO("4500231603", sup, "EUR", "2026-11-18", [
        ("BB-MINI-35", "Mini bicycle bell 35 mm, steel, 22.2 mm clamp", 2000, "PCS", "0.62", "2026-12-15"),
        ("BB-RETRO-60", "Retro bell 60 mm brass, 2027 finish", 500, "PCS", "2.40", "2026-12-15"),
        ("BB-KIDS-UNI", "Kids bell with unicorn print, 45 mm", 800, "PCS", "0.95", "2026-12-15"),
    ], buyer="jonas")
    rows = [("1", "BB-MINI-35", "2.000 kos", "0,62 €", "15. 12. 2026"),
            ("2", "BB-RETRO-60", "450 kos", "2,40 €", "15. 12. 2026"),
            ("3", "BB-KIDS-UNI", "800 kos", "0,95 €", "22. 12. 2026")]
    table = ('<table border="1" cellpadding="4" style="border-collapse:collapse">\n<tr><th>Poz.</th><th>Artikel</th>'
             '<th>Potrjena količina</th><th>Cena/kos</th><th>Dobava</th></tr>\n' +
             "\n".join("<tr>" + "".join("<td>%s</td>" % c for c in r) + "</tr>" for r in rows) + "\n</table>")
    inner = ("<p>Spoštovani g. Albrecht,</p>\n<p>potrjujemo vaše naročilo 4500231603, kot sledi:</p>\n" + table +
             "\n<p>Količina pri poz. 2 je zmanjšana na 450 kos (zadnja serija medenine v letu 2026).</p>\n"
             "<p>Lep pozdrav,<br>\nMaja Novak<br>\nZvonček d.o.o., Cesta v Mestni log 55, 1000 Ljubljana<br>\n"
             "T: +386 1 420 38 15</p>\n" + quote_outlook_html(po, "sl"))
    body = mime.text(html_doc(inner, "windows-1250"), "html", "windows-1250", "quoted-printable")
    eml = mail(("Maja Novak", "maja.novak@zvoncek.example"), buyer_of(po), "RE: " + req_subject(po),
               when("2026-11-24 08:40:02", "+0100"), body, po=po, lang="sl-SI")
    return [po], eml, expected(
        "confirmation", "No text/plain part; answers in an HTML table: pos 2 450 of 500, pos 3 '22. 12. 2026' "
        "(Slovenian spaced day-first) instead of 15. 12.",
        conf(po, {1: "A", 2: C(q=450), 3: C(d="2026-12-22")}))


@case("rs-drill-bits-prepayment", "needs_review/sr-RS",
      "Serbian Latin reply that would deliver on time at PO prices but only if we accept 30 % prepayment.")
def c039():
    sup = S("RUDALAT", "Rudalat d.o.o. Bor", "prodaja@rudalat.example", "sr-RS")
    po = PO("4500231617", sup, "EUR", "2026-11-19", [
        ("MDB-89-T45", "Button bit 89 mm T45, spherical buttons", 40, "PCS", "96.00", "2026-12-18"),
        ("MDB-ADAPT-T45", "Shank adapter T45, 2027 rig type", 10, "PCS", "310.00", "2026-12-18"),
    ], buyer="tomasz")
    reply = ("Poštovani gospodine Wolski,\n\nhvala na porudžbini 4500231617. Možemo da isporučimo obe stavke do "
             "18.12.2026. po navedenim cenama, ali samo uz avansno plaćanje 30% vrednosti porudžbine.\n\n"
             "Molimo Vas da nam potvrdite da prihvatate ove uslove, pa ćemo odmah poslati zvaničnu potvrdu i "
             "predračun.\n\nS poštovanjem,\nDragan Jovanović\nKomercijala\nRudalat d.o.o., Đorđa Vajferta 8, "
             "19210 Bor\ntel. +381 30 425 117\n")
    body = std_body(po, reply, "sr", "outlook", charset="windows-1250")
    eml = mail(("Dragan Jovanović", "dragan.jovanovic@rudalat.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-24 13:55:14", "+0100"), body, po=po, lang="sr-RS", name_charset="windows-1250")
    return [po], eml, expected("needs_review", "Delivery 18.12.2026. and prices are offered only on condition of "
                               "30 % prepayment, and the formal confirmation is still to come.")


@case("gr-terrazzo-per-box", "confirmation/el-GR",
      "Greek ISO-8859-7 reply quoting boxes and per-box prices for a PO in square metres.")
def c040():
    sup = S("MOSAIKA", "Mosaika Attikis S.A.", "sales@mosaika-attikis.example", "el-GR")
    po = PO("4500231624", sup, "EUR", "2026-11-17", [
        ("TZT-30x30-WHT", "Terrazzo tile 30x30x2 cm, white Thassos chips, 16 pcs = 1.44 m2/box", 144, "M2", "29.00",
         "2027-01-15"),
        ("TZT-60x60-ANT", "Terrazzo tile 60x60x3 cm, anthracite, 2 pcs = 0.72 m2/box", 72, "M2", "46.50",
         "2027-01-15"),
    ], buyer="claire")
    reply = ("Αγαπητή κα Dubois,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500231624 ως εξής:\n\n"
             "1. Πλακάκι terrazzo 30x30 λευκό: 100 κιβώτια (1,44 m² ανά κιβώτιο = 144 m²), τιμή 43,20 € ανά "
             "κιβώτιο\n"
             "2. Πλακάκι terrazzo 60x60 ανθρακί: 100 κιβώτια (0,72 m² ανά κιβώτιο = 72 m²), τιμή 33,48 € ανά "
             "κιβώτιο\n\nΠαράδοση: 15/01/2027 στην αποθήκη σας στο Αμβούργο.\n\nΜε εκτίμηση,\nΝίκος Παπαδόπουλος\n"
             "Τμήμα Πωλήσεων\nMosaika Attikis S.A., Λ. Αθηνών 312, 12461 Χαϊδάρι\nΤηλ. +30 210 532 4410\n")
    body = std_body(po, reply, "el", "outlook", charset="iso-8859-7")
    eml = mail(("Nikos Papadopoulos", "n.papadopoulos@mosaika-attikis.example"), buyer_of(po),
               "ΑΠ: " + req_subject(po), when("2026-11-23 12:20:31", "+0200"), body, po=po, lang="el-GR",
               subj_charset="iso-8859-7")
    # 43.20/1.44 = 30.00 ; 33.48/0.72 = 46.50
    return [po], eml, expected(
        "confirmation", "Per-box prices must be divided by m² per box: 43,20/1,44 = 30.00 EUR/m² (changed from "
        "29.00); 33,48/0,72 = 46.50 (as ordered). 100 boxes = 144 m² and 72 m².",
        conf(po, {1: C(p="30.00"), 2: "A"}))


@case("tr-drums-aralik-no-year", "confirmation/tr-TR",
      "Turkish ISO-8859-9 reply; one line has only a ship date '15 Aralık' without a year, earlier than requested.")
def c041():
    sup = S("DERIMAK", "Derimak Deri Makinaları San. ve Tic. A.Ş.", "satis@derimak.example", "tr-TR")
    po = PO("4500231638", sup, "EUR", "2026-11-19", [
        ("LTD-2.5x2-PP", "Tanning drum 2.5x2 m, polypropylene, 5.5 kW", 2, "EA", "21800.00", "2027-01-29"),
        ("LTD-CTRL-PLC", "Drum control panel with PLC, 400V, 2027 software", 2, "SET", "3450.00", "2027-01-29"),
    ], buyer="claire")
    reply = ("Sayın Dubois,\n\n4500231638 numaralı siparişinizi aşağıdaki şekilde teyit ederiz:\n\n"
             "1. PP dolap 2,5x2 m: 2 adet, birim fiyat 21.800,00 EUR, teslim 29.01.2027\n"
             "2. PLC kontrol panosu: 2 set, birim fiyat 3.450,00 EUR; panolar erken hazır olacak ve 15 Aralık'ta "
             "sevk edilecektir.\n\nSaygılarımızla,\nSerkan Yıldız\nİhracat Müdürü\nDerimak Deri Makinaları A.Ş.\n"
             "Tuzla Deri OSB, 34957 İstanbul\nTel: +90 216 394 12 80\n")
    body = std_body(po, reply, "tr", "outlook", charset="iso-8859-9")
    eml = mail(("Serkan Yıldız", "serkan.yildiz@derimak.example"), buyer_of(po), "YNT: " + req_subject(po),
               when("2026-11-25 14:00:45", "+0300"), body, po=po, lang="tr-TR", name_charset="iso-8859-9")
    return [po], eml, expected(
        "confirmation", "Line 2 gives only a ship date '15 Aralık' (no year) -> next 15 December on/after the mail "
        "date = 2026-12-15, which is the date; line 1 as ordered (21.800,00 dot-thousands).",
        conf(po, {1: "A", 2: C(d="2026-12-15")}))


@case("no-floats-weeks-split", "confirmation/nb-NO",
      "Norwegian 8-bit reply splitting one line over 'uke 49' and 'uke 51' (no weekday -> Fridays).")
def c042():
    sup = S("FLOTTORNORD", "Flottør Nord AS", "ordre@flottor-nord.example", "nb-NO")
    po = PO("4500231640", sup, "NOK", "2026-11-18", [
        ("FF-TRAWL-200", "Trawl float 200 mm (8 in), hard plastic, 180 bar", 600, "PCS", "142.00", "2026-12-18"),
        ("FF-LONG-PVC", "Longline buoy PVC 12x20 in, orange", 150, "PCS", "268.00", "2026-12-18"),
    ], buyer="jonas")
    reply = ("Hei Jonas,\n\nVi bekrefter ordre 4500231640:\n\nLinje 1, trålkuler 200 mm: 600 stk à kr 142,00. Vi "
             "leverer 300 stk i uke 49 og resterende 300 stk i uke 51.\nLinje 2, linebøyer 12x20\": 150 stk à kr "
             "268,00, levering 18.12.2026.\n\nMvh\nKnut Hansen\nFlottør Nord AS\nHavnegata 22, 8300 Svolvær\n"
             "Tlf 76 07 14 50\n")
    d = req_dt(po)
    attribution = "Den %s, skrev Jonas Albrecht:" % d.strftime("%d.%m.%Y %H:%M")
    body = std_body(po, reply, "nb", "gt", charset="iso-8859-1", cte="8bit", html=False, attribution=attribution)
    eml = mail(("Knut Hansen", "knut@flottor-nord.example"), buyer_of(po), "Re: " + req_subject(po),
               when("2026-11-24 15:33:00", "+0100"), body, po=po, style="tb")
    return [po], eml, expected(
        "confirmation", "Week numbers without a day -> Fridays: uke 49 = 2026-12-04, uke 51 = 2026-12-18; line 1 is "
        "a two-delivery schedule ending on the requested date; line 2 as ordered.",
        conf(po, {1: C(sched=[(300, "2026-12-04"), (300, "2026-12-18")]), 2: "A"}))


@case("lv-baskets-body-vs-pdf", "needs_review/lv-LV",
      "Body confirms 11.12.2026 at PO prices but the attached PDF says 08.01.2027 and a higher price - contradictory.")
def c043():
    sup = S("MAIZESGROZI", "Maizes Grozi SIA", "pasutijumi@maizesgrozi.example", "lv-LV")
    po = PO("4500231651", sup, "EUR", "2026-11-19", [
        ("BPB-RYE-OVL", "Proofing basket oval 28x16 cm, willow, rye bread 1 kg", 200, "PCS", "9.20", "2026-12-11"),
        ("BPB-RYE-RND", "Proofing basket round 24 cm, willow", 200, "PCS", "8.40", "2026-12-11"),
    ], buyer="jonas")
    pdf = make_pdf([
        (13, "SIA Maizes Grozi"),
        "Rupnicu iela 4, Jelgava, LV-3001, Latvija",
        "",
        (12, "PASUTIJUMA APSTIPRINAJUMS / ORDER CONFIRMATION Nr. PA-26/0388"),
        "Datums: 25.11.2026       Klienta pasutijums: 4500231651",
        "",
        "Nr.  Artikuls       Nosaukums                        Daudzums   Cena EUR   Piegade",
        "1    BPB-RYE-OVL    Raudzesanas grozs ovals 28x16     200 gab.     9,20     08.01.2027",
        "2    BPB-RYE-RND    Raudzesanas grozs apals 24 cm     200 gab.     8,90     08.01.2027",
        "",
        "Kopa bez PVN: 3 620,00 EUR",
    ], title="PA-26/0388", author="Maizes Grozi", date="D:20261125103000+02'00'", flate=False)
    reply = ("Labdien, Jonas!\n\nApstiprinām pasūtījumu 4500231651, piegāde 11.12.2026., cenas kā pasūtījumā.\n"
             "Pielikumā pasūtījuma apstiprinājums.\n\nAr cieņu\nLīga Bērziņa\nSIA Maizes Grozi\n"
             "Rūpnīcu iela 4, Jelgava\nTālr. +371 630 22 418\n")
    inner = std_body(po, reply, "lv", "outlook", charset="iso-8859-13")
    body = mime.Multi("mixed", [inner, mime.attach(pdf, "application/pdf", "PA-26-0388.pdf")])
    eml = mail(("Līga Bērziņa", "liga.berzina@maizesgrozi.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-25 10:41:19", "+0200"), body, po=po, lang="lv-LV", has_attach=True,
               name_charset="iso-8859-13")
    # 200*9.20 + 200*8.90 = 1840 + 1780 = 3620
    return [po], eml, expected("needs_review", "Body (11.12.2026., PO prices) and attached PDF (08.01.2027, line 2 at "
                               "8,90) contradict each other; a buyer cannot tell which commitment holds.")


@case("lt-wax-savaite-50", "confirmation/lt-LT",
      "Lithuanian windows-1257 one-paragraph reply: all lines as ordered but delivery '50 savaitę' (ISO week, no day).")
def c044():
    sup = S("SURIUVASKAS", "UAB Sūrių vaškas", "uzsakymai@suriuvaskas.example", "lt-LT")
    po = PO("4500231665", sup, "EUR", "2026-11-20", [
        ("CW-CLR-25", "Cheese coating wax clear, 25 kg carton", 1500, "KG", "4.60", "2026-12-04"),
        ("CW-GRN-25", "Cheese wax green, 25 kg carton, 2027 recipe", 500, "KG", "5.05", "2026-12-04"),
        ("CW-BRUSH-50", "Wax brush 50 mm, natural bristle", 24, "PCS", "2.80", "2026-12-04"),
    ], buyer="claire")
    reply = ("Laba diena,\n\npatvirtiname užsakymą Nr. 4500231665. Visos eilutės – kiekiai ir kainos kaip užsakyme. "
             "Dėl vaško gamybos grafiko pristatymas bus 50 savaitę.\n\nPagarbiai\nRasa Kazlauskienė\n"
             "UAB „Sūrių vaškas“\nPramonės g. 15, LT-35100 Panevėžys\nTel. +370 45 508 211\n")
    body = std_body(po, reply, "lt", "outlook", charset="windows-1257")
    eml = mail(("Rasa Kazlauskienė", "rasa@suriuvaskas.example"), buyer_of(po), "RE: " + req_subject(po),
               when("2026-11-25 09:30:51", "+0200"), body, po=po, lang="lt-LT", name_charset="windows-1257")
    return [po], eml, expected(
        "confirmation", "'50 savaitę' = ISO week 50 without a day -> Friday 2026-12-11 for all three lines "
        "(quantities and prices as ordered).",
        conf(po, {1: C(d="2026-12-11"), 2: C(d="2026-12-11"), 3: C(d="2026-12-11")}))


@case("ru-bits-koi8-two-lots", "confirmation/ru-RU",
      "KOI8-R Russian reply in roubles with space thousands, a two-lot split and a new price list.")
def c045():
    sup = S("BURINSTR", "OOO Burinstrument", "sbyt@burinstrument.example", "ru-RU")
    po = PO("4500231672", sup, "RUB", "2026-11-19", [
        ("MDB-PDC-76", "PDC drag bit 76 mm, 3 blades, API 2 3/8 REG", 30, "PCS", "12450.00", "2026-12-18"),
        ("MDB-TRI-98", "Tricone bit 98.4 mm, IADC 537, 2027 series", 12, "PCS", "28900.00", "2026-12-18"),
    ], buyer="tomasz")
    reply = ("Добрый день, Томаш!\n\nПодтверждаем заказ 4500231672:\n\n"
             "1. Долото PDC 76 мм - 30 шт., цена 12 450,00 руб./шт., поставка двумя партиями: 20 шт. - 11.12.2026, "
             "10 шт. - 25.12.2026.\n"
             "2. Шарошечное долото 98,4 мм - 12 шт., цена 29 800,00 руб./шт. (новый прайс с 01.11.2026), поставка "
             "18.12.2026.\n\nС уважением,\nСергей Морозов\nотдел сбыта ООО \"Буринструмент\"\n"
             "г. Екатеринбург, ул. Монтажников 9\nтел. +7 343 210-44-18\n")
    body = std_body(po, reply, "ru", "outlook", charset="koi8-r", html=False)
    eml = mail(("Сергей Морозов", "s.morozov@burinstrument.example"), buyer_of(po), "RE: " + req_subject(po),
               when("2026-11-26 11:20:37", "+0300"), body, po=po, lang="ru-RU", subj_charset="koi8-r")
    return [po], eml, expected(
        "confirmation", "Line 1: 20 on 11.12.2026 + 10 on 25.12.2026 (total 30, ends 2026-12-25); line 2 price "
        "29 800,00 instead of 28 900,00 (transposed digits) and date as ordered.",
        conf(po, {1: C(sched=[(20, "2026-12-11"), (10, "2026-12-25")]), 2: C(p="29800.00")}))


@case("il-syringes-hebrew-rejected", "confirmation/he-IL",
      "Hebrew RTL reply in windows-1255 with per-line answers, one line discontinued.")
def c046():
    sup = S("VETTECHIL", "Vet-Tech Israel Ltd.", "orders@vettech.example", "he-IL")
    po = PO("4500231689", sup, "USD", "2026-11-20", [
        ("VS-INS-1", "Insulin syringe 1 ml U-40 for pets, 29G", 6000, "PCS", "0.115", "2026-12-18"),
        ("VS-TB-1", "Tuberculin syringe 1 ml, 26G x 3/8 in", 4000, "PCS", "0.098", "2026-12-18"),
        ("VS-SAFETY-3", "Safety syringe 3 ml, retractable, 2027 type", 2000, "PCS", "0.420", "2026-12-18"),
    ])
    reply = ("שלום Dana,\n\nבהמשך להזמנה 4500231689:\n\n"
             "שורה 1 – מאושר, 6,000 יח' במחיר $0.115, אספקה 18/12/2026.\n"
             "שורה 2 – מאושר, 4,000 יח' במחיר $0.098, אספקה 18/12/2026.\n"
             "שורה 3 – לא נוכל לספק, המוצר הופסק על ידי היצרן.\n\nבברכה,\nיעל כהן\nמחלקת מכירות\n"
             "Vet-Tech Israel Ltd. | רח' המלאכה 6, פתח תקווה | 03-9225140\n")
    body = std_body(po, reply, "he", "outlook", charset="windows-1255", rtl=True)
    eml = mail(("Yael Cohen", "yael@vettech.example"), buyer_of(po), "RE: " + req_subject(po),
               when("2026-11-26 09:12:29", "+0200"), body, po=po, lang="he-IL")
    return [po], eml, expected("confirmation", "RTL Hebrew mixed with Latin figures; lines 1-2 confirmed as "
                               "ordered, line 3 refused (discontinued).",
                               conf(po, {1: "A", 2: "A", 3: "R"}))


@case("cn-caps-gb2312-csv", "confirmation/zh-CN",
      "GB2312 body announces one delayed line; the attached CSV (also GB2312) carries all lines with ISO dates.")
def c047():
    sup = S("HUAMEIPACK", "Ningbo Huamei Cosmetic Packaging Co., Ltd.", "sales@huamei-pack.example", "zh-CN")
    po = PO("4500231693", sup, "USD", "2026-11-20", [
        ("CAP-ACR-28", "Acrylic perfume cap 28x35 mm, crystal, 2027 design", 10000, "PCS", "0.36", "2027-01-08"),
        ("CAP-ZN-15-BLK", "Zinc alloy cap FEA 15, black matt", 6000, "PCS", "0.58", "2027-01-08"),
        ("CAP-COLLAR-15", "Aluminium collar 15 mm gold", 16000, "PCS", "0.045", "2027-01-08"),
    ], buyer="claire")
    csv = ("订单号,行号,物料编码,品名,数量,单位,单价(USD),交货日期\r\n"
           "4500231693,1,CAP-ACR-28,亚克力香水瓶盖 28x35mm,10000,PCS,0.36,2027-01-08\r\n"
           "4500231693,2,CAP-ZN-15-BLK,锌合金瓶盖 FEA15 黑色哑光,6000,PCS,0.58,2027-01-22\r\n"
           "4500231693,3,CAP-COLLAR-15,铝质金色领圈 15mm,16000,PCS,0.045,2027-01-08\r\n").encode("gb2312")
    reply = ("Claire 您好，\n\n订单 4500231693 已收到，谢谢！附件为我司订单确认表（CSV）。\n"
             "第2项锌合金盖需要电镀，交货期推迟到2027年1月22日，其余按订单执行。\n\n"
             "宁波华美化妆品包装有限公司\n销售部 王丽 Lily Wang\n电话：+86 574 8765 2310\n")
    inner = std_body(po, reply, "zh-CN", "outlook", charset="gb2312", cte="base64")
    body = mime.Multi("mixed", [inner, mime.attach(csv, "text/csv", "SO-4500231693.csv",
                                                   extra_params=[("charset", "gb2312")])])
    eml = mail(("Lily Wang", "lily.wang@huamei-pack.example"), buyer_of(po), "回复: " + req_subject(po),
               when("2026-11-26 16:08:11", "+0800"), body, po=po, lang="zh-CN", has_attach=True,
               subj_charset="gb2312")
    return [po], eml, expected(
        "confirmation", "Body says line 2 moves to 2027年1月22日, matching the CSV; other lines as ordered. CSV in "
        "GB2312 with Chinese headers.",
        conf(po, {1: "A", 2: C(d="2027-01-22"), 3: "A"}))


@case("kr-call-buttons-euckr", "confirmation/ko-KR",
      "EUC-KR Korean reply with '2026. 12. 22.' style dates; one line later than requested.")
def c048():
    sup = S("HANILCALL", "Hanil Medical Call Co., Ltd.", "sales@hanilcall.example", "ko-KR")
    po = PO("4500231706", sup, "USD", "2026-11-20", [
        ("HCB-BED-PNL", "Bedside call panel, 3 buttons, 24V DC", 100, "PCS", "44.00", "2026-12-15"),
        ("HCB-CORD-2.5", "Call cord 2.5 m with pear push button", 300, "PCS", "9.80", "2026-12-15"),
    ])
    reply = ("Dana Ruiz 님께,\n\n안녕하십니까. 한일메디콜 해외영업팀입니다.\n발주서 4500231706 건을 아래와 같이 "
             "확인합니다.\n\n1. 침대용 호출 패널 (HCB-BED-PNL): 100개, 단가 USD 44.00, 납기 2026. 12. 22.\n"
             "2. 호출 코드 2.5m (HCB-CORD-2.5): 300개, 단가 USD 9.80, 납기 2026. 12. 15.\n\n감사합니다.\n\n"
             "박지훈 / Jihoon Park\n한일메디콜(주) 해외영업팀\nTel. +82 31 8017 2240\n")
    body = std_body(po, reply, "ko", "outlook", charset="euc-kr", cte="base64")
    eml = mail(("Jihoon Park", "jhpark@hanilcall.example"), buyer_of(po), "RE: " + req_subject(po),
               when("2026-11-26 10:05:40", "+0900"), body, po=po, lang="ko-KR")
    return [po], eml, expected(
        "confirmation", "Korean year-first dates with spaces and trailing dot; line 1 납기 2026. 12. 22. (later), "
        "line 2 as ordered.",
        conf(po, {1: C(d="2026-12-22"), 2: "A"}))


@case("vn-chimes-tet-newsletter", "unrelated/vi-VN",
      "Vietnamese marketing newsletter from the same supplier with dates, discounts and item sizes, not about the PO.")
def c049():
    sup = S("CHUONGGIO", "Cong ty TNHH Chuong Gio Hoi An", "sales@chuonggiohoian.example", "vi-VN")
    po = PO("4500231710", sup, "USD", "2026-11-20", [
        ("WC-BAMBOO-60", "Bamboo wind chime 60 cm, 8 rods", 300, "EA", "4.20", "2027-01-15"),
        ("WC-SHELL-40", "Capiz shell wind chime 40 cm", 200, "EA", "3.10", "2027-01-15"),
    ], buyer="priya")
    txt = ("BỘ SƯU TẬP CHUÔNG GIÓ TẾT 2027\n\nKính gửi Quý khách hàng,\n\nChuông Gió Hội An trân trọng giới thiệu "
           "bộ sưu tập mới cho mùa Tết Đinh Mùi 2027:\n\n- Chuông gió tre 60 cm, 8 ống - giá từ 3,90 USD\n"
           "- Chuông gió vỏ sò 40 cm - giá từ 2,95 USD\n- Chuông gió đồng 12 ống, 24 inch - giá từ 11,50 USD\n\n"
           "Giảm 15% cho đơn hàng đặt trước ngày 15/12/2026. Giao hàng từ 05/01/2027.\n\n"
           "Xem catalogue: https://chuonggiohoian.example/catalogue-2027\n\n"
           "Công ty TNHH Chuông Gió Hội An, 45 Nguyễn Tất Thành, Hội An, Quảng Nam\n"
           "Bạn nhận được email này vì đã đăng ký nhận tin. Hủy đăng ký: https://chuonggiohoian.example/unsub\n")
    body = alt(txt, html_doc(paras(txt)), "utf-8", "quoted-printable")
    eml = mail(("Chuông Gió Hội An", "newsletter@chuonggiohoian.example"), buyer_of(po),
               "Bộ sưu tập chuông gió Tết 2027 - giảm 15% đến 15/12", when("2026-11-27 08:00:00", "+0700"), body,
               style="plain", extra=[("List-Unsubscribe", "<https://chuonggiohoian.example/unsub>"),
                                     ("Precedence", "bulk")])
    return [po], eml, expected("unrelated", "Newsletter with prices, discounts and dates for items similar to the "
                               "open PO; not an answer to it.")


@case("th-rattan-buddhist-year", "confirmation/th-TH",
      "TIS-620 Thai reply with Buddhist-era dates (15/01/2570 = 2027-01-15) and one price change.")
def c050():
    sup = S("SIAMRATTAN", "Siam Rattan Craft Co., Ltd.", "export@siamrattan.example", "th-TH")
    po = PO("4500231724", sup, "USD", "2026-11-20", [
        ("BPB-RAT-RND-20", "Rattan proofing basket round 20 cm, 0.75 kg", 500, "PCS", "3.10", "2027-01-15"),
        ("BPB-RAT-OVL-30", "Rattan proofing basket oval 30x15 cm", 400, "PCS", "3.65", "2027-01-15"),
    ], buyer="jonas")
    reply = ("เรียน คุณ Jonas\n\nขอยืนยันใบสั่งซื้อเลขที่ 4500231724 ดังนี้\n"
             "1. ตะกร้าหวายพักแป้งทรงกลม 20 ซม. จำนวน 500 ใบ ราคา 3.10 USD ส่งมอบวันที่ 15/01/2570\n"
             "2. ตะกร้าหวายพักแป้งทรงรี 30x15 ซม. จำนวน 400 ใบ ราคา 3.80 USD ส่งมอบวันที่ 15/01/2570\n\n"
             "ขอแสดงความนับถือ\nBest regards,\nSomchai Wongsakul\nSiam Rattan Craft Co., Ltd.\n"
             "99/12 Moo 4, Ban Pong, Ratchaburi 70110\nTel. +66 32 211 845\n")
    body = std_body(po, reply, "th", "outlook", charset="tis-620", cte="base64")
    eml = mail(("Somchai Wongsakul", "somchai@siamrattan.example"), buyer_of(po), "RE: " + req_subject(po),
               when("2026-11-27 10:40:16", "+0700"), body, po=po, lang="th-TH")
    return [po], eml, expected(
        "confirmation", "Thai Buddhist era: 2570 BE = 2027 CE, so 15/01/2570 = 2027-01-15 (as requested); line 2 "
        "price 3.80 instead of 3.65.",
        conf(po, {1: "A", 2: C(p="3.80")}))


@case("id-floats-vague-mid-december", "needs_review/id-ID",
      "Indonesian reply: 'probably around mid-December', still waiting for raw material, price 'seems unchanged'.")
def c051():
    sup = S("PELAMPUNG", "PT Pelampung Nusantara", "sales@pelampung-nusantara.example", "id-ID")
    po = PO("4500231737", sup, "USD", "2026-11-23", [
        ("FF-FOAM-40", "Foam fishing float 40 mm, red/white", 8000, "PCS", "0.085", "2026-12-18"),
        ("FF-NET-6IN", "Net float 6 in x 4 in, PVC, 2027 standard", 2000, "PCS", "0.52", "2026-12-18"),
    ], buyer="priya")
    reply = ("Selamat siang Ibu Priya,\n\nTerima kasih atas PO 4500231737. Barang kemungkinan bisa dikirim sekitar "
             "pertengahan Desember, tapi kami masih menunggu bahan baku EVA dari supplier. Harga sepertinya tidak "
             "berubah.\n\nNanti kami kabari lagi ya Bu.\n\nSalam,\nDewi Lestari\nPT Pelampung Nusantara\n"
             "Jl. Raya Pelabuhan No. 18, Cilacap\nHP/WA +62 812 2765 4410\n")
    body = std_body(po, reply, "id", "gt",
                    attribution="Pada tanggal %s, Priya Nair <%s> menulis:" % (req_dt(po).strftime("%d/%m/%Y %H:%M"),
                                                                                "priya.nair@brightwater-trading.example"))
    eml = mail(("Dewi Lestari", "dewi.lestari@pelampung-nusantara.example"), buyer_of(po), "Re: " + req_subject(po),
               when("2026-11-25 12:47:03", "+0700"), body, po=po, style="gmail")
    return [po], eml, expected("needs_review", "Hedged answer ('kemungkinan sekitar pertengahan Desember', 'harga "
                               "sepertinya') pending raw material and promising to follow up: no commitment.")


@case("my-pucks-malay-english", "confirmation/ms-MY",
      "Malay/English mixed reply, comma thousands; one line confirmed only partly with the balance cancelled.")
def c052():
    sup = S("GETAHJAYA", "Getah Jaya Sdn. Bhd.", "sales@getahjaya.example", "ms-MY")
    po = PO("4500231745", sup, "USD", "2026-11-23", [
        ("HP-OFF-6OZ-MY", "Hockey puck 6 oz, natural rubber, 3 in x 1 in", 5000, "PCS", "0.96", "2027-01-08"),
        ("HP-ICE-BLK-5", "Ice hockey puck 5.5 oz, black, 2027 batch", 3000, "PCS", "0.88", "2027-01-08"),
    ])
    reply = ("Salam sejahtera Dana,\n\nDengan ini kami sahkan PO 4500231745 seperti berikut:\n\n"
             "Item 1: 5,000 pcs @ USD 0.96 - penghantaran 08/01/2027 - OK\n"
             "Item 2: 2,400 pcs sahaja @ USD 0.88 - baki 600 pcs tidak dapat dibekalkan kerana kekurangan getah "
             "asli. Penghantaran 08/01/2027.\n\nTerima kasih.\n\nBest regards,\nNurul Aisyah binti Ahmad\n"
             "Sales Executive, Getah Jaya Sdn. Bhd.\nLot 22, Kawasan Perindustrian Bukit Raja, 41050 Klang, Selangor\n"
             "Tel: +603-3343 8120\n")
    body = std_body(po, reply, "ms", "outlook")
    eml = mail(("Nurul Aisyah", "nurul@getahjaya.example"), buyer_of(po), "RE: " + req_subject(po),
               when("2026-11-26 16:20:44", "+0800"), body, po=po, lang="ms-MY")
    return [po], eml, expected("confirmation", "Item 2 only 2,400 of 3,000 (balance not supplied); dd/mm/yyyy "
                               "dates equal the request.",
                               conf(po, {1: "A", 2: C(q=2400)}))


@case("in-bells-hindi-mix", "confirmation/hi-IN",
      "Hindi (Devanagari) mixed with English item codes and figures; dd-mm-yyyy dates; price and date change on one line.")
def c053():
    sup = S("LUDHIANABELL", "Ludhiana Cycle Bells Pvt. Ltd.", "orders@ludhianabells.example", "hi-IN")
    po = PO("4500231752", sup, "USD", "2026-11-23", [
        ("BB-TRING-55", "Tring bell 55 mm chrome, 25.4 mm clamp", 10000, "PCS", "0.29", "2027-01-15"),
        ("BB-ROT-70", "Rotary bell 70 mm, 2-tone, 2027 export model", 4000, "PCS", "0.47", "2027-01-15"),
    ], buyer="priya")
    reply = ("नमस्ते प्रिया जी,\n\nआपके PO 4500231752 के लिए धन्यवाद। हम निम्नलिखित की पुष्टि करते हैं:\n\n"
             "1. BB-TRING-55 - 10,000 pcs @ USD 0.29 - डिलीवरी 15-01-2027\n"
             "2. BB-ROT-70 - 4,000 pcs @ USD 0.49 - डिलीवरी 29-01-2027 (नया मोल्ड बन रहा है)\n\n"
             "धन्यवाद,\nRakesh Kumar\nExport Manager\nLudhiana Cycle Bells Pvt. Ltd.\nFocal Point Phase VIII, "
             "Ludhiana 141010, Punjab\n+91 98140 22871\n")
    body = std_body(po, reply, "en", "gt", cte="base64")
    eml = mail(("Rakesh Kumar", "rakesh@ludhianabells.example"), buyer_of(po), "Re: " + req_subject(po),
               when("2026-11-27 12:15:33", "+0530"), body, po=po, style="gmail")
    return [po], eml, expected("confirmation", "Hindi prose with English figures; line 2 price 0.49 (was 0.47) and "
                               "delivery 29-01-2027 (was 15-01).",
                               conf(po, {1: "A", 2: C(p="0.49", d="2027-01-29")}))


@case("za-bits-two-pos-answered", "confirmation/en-ZA",
      "One reply answers two POs in separate blocks; year-first 2026/12/11 dates, 'R1 180.00' space thousands.")
def c054():
    sup = S("BUSHVELD", "Bushveld Drilling Consumables (Pty) Ltd", "orders@bushvelddrill.example", "en-ZA")
    a = PO("4500231768", sup, "ZAR", "2026-11-20", [
        ("MDB-38-TAPER", "Tapered button bit 38 mm, 12 deg, 7 buttons", 400, "PCS", "265.00", "2026-12-11"),
        ("MDB-ROD-1.8", "Integral drill steel 1.8 m, H22 x 108 mm", 120, "PCS", "1180.00", "2026-12-11"),
    ])
    b = PO("4500231771", sup, "ZAR", "2026-11-23", [
        ("MDB-CROSS-45", "Cross bit 45 mm, R32", 150, "PCS", "410.00", "2026-12-18"),
    ])
    reply = ("Morning Dana\n\nPlease see confirmation of both orders below.\n\nPO 4500231768\n"
             "  1. 38 mm tapered bits - 400 pcs @ R265.00 - delivery 2026/12/11\n"
             "  2. Integral steels 1.8 m - 120 pcs @ R1 180.00 - delivery 2026/12/11\n\nPO 4500231771\n"
             "  1. 45 mm cross bits - 100 pcs @ R410.00 - delivery 2026/12/18. The balance of 50 pcs we cannot "
             "supply this year, please cancel it on your side.\n\nRegards\nPieter van der Merwe\n"
             "Bushveld Drilling Consumables (Pty) Ltd\n12 Mining Rd, Rustenburg 0299\nTel +27 14 592 3310\n")
    body = std_body(a, reply, "en", "outlook")
    eml = mail(("Pieter van der Merwe", "pieter@bushvelddrill.example"), buyer_of(a), "RE: " + req_subject(a),
               when("2026-11-27 08:30:05", "+0200"), body, po=a, lang="en-ZA",
               refs=a["request_message_id"] + "\n " + b["request_message_id"])
    return [a, b], eml, expected(
        "confirmation", "Two POs answered in one mail: 4500231768 as ordered; 4500231771 only 100 of 150 (balance "
        "cancelled). Year-first slashes (en-ZA).",
        conf(a, {1: "A", 2: "A"}), conf(b, {1: C(q=100)}))
