"""Cases 019-036: confirmations, Nordics, Baltics, Eastern Europe, Middle East and Asia."""
from .common import PO, S, A, R, U, C, case, confirmation, reply, qrow
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("gr-trapdoors-split", "confirmation/el-GR",
      "Greek ISO-8859-7 QP: one line split into two deliveries written as 'παρτίδα' with dd/mm/yyyy dates.")
def c019(ctx):
    sup = S("SKINITEC", "Skinitec A.E.", "sales@skinitec.example", "el-GR", "Γιώργος Παπαδόπουλος")
    po = PO("4500231019", sup, "EUR", "2026-11-03", [
        ("TD-1200X2400", "Stage trapdoor module 1200x2400 mm, 24V actuator", 6, "EA", "3450.00", "2026-12-18"),
        ("TD-HNG-40", "Heavy hinge set 40x120 mm for trapdoor, 4/3 pin", 12, "SET", "86.00", "2026-12-18")])
    body = ("Καλησπέρα κα Ruiz,\n\nΕπιβεβαιώνουμε την παραγγελία 4500231019:\n\n"
            "Θέση 1: 6 τεμάχια σε δύο παρτίδες – 4 τεμ. παράδοση 14/12/2026 και 2 τεμ. παράδοση 21/12/2026, τιμή ως παραγγελία.\n"
            "Θέση 2: 12 σετ, παράδοση 14/12/2026, τιμή ως παραγγελία.\n\nΜε εκτίμηση,\nΓιώργος Παπαδόπουλος\n"
            "Skinitec A.E. | Λεωφ. Κηφισού 112, 12241 Αιγάλεω | Τηλ. +30 210 345 6710")
    m = reply(ctx, po, body, date="2026-11-16 12:44 +0200", charset="iso-8859-7", cte="quoted-printable",
              quote="outlook", lang="en", content_language="el-GR")
    return [po], m, confirmation("Line 1: 4 on 2026-12-14 + 2 on 2026-12-21 (last = date); line 2 earlier on 2026-12-14.",
                                 (po, {1: C(d="2026-12-21", sch=[(4, "2026-12-14"), (2, "2026-12-21")]),
                                       2: C(d="2026-12-14")}))


@case("tr-nets-accept", "confirmation/tr-TR",
      "Turkish windows-1254 reply repeating every PO value in Turkish number format (1.250,00) - all accepted.")
def c020(ctx):
    sup = S("KELEBEKAG", "Kelebek Ağ Tekstil San. Tic. A.Ş.", "satis@kelebekag.example", "tr-TR", "Ayşe Yılmaz")
    po = PO("4500231020", sup, "USD", "2026-11-05", [
        ("BN-38-120", "Butterfly net 38 cm hoop, 120 cm handle, 2027 model", 1250, "PCS", "4.60", "2026-12-11"),
        ("BN-RPL-38", "Replacement net bag 38 cm, 1.5 mm mesh", 600, "PCS", "1.15", "2026-12-11")])
    body = ("Merhaba Dana Hanım,\n\n4500231020 numaralı siparişinizi aşağıdaki şekilde onaylıyoruz:\n\n"
            "1) BN-38-120 – 1.250 adet – 4,60 USD – teslim tarihi 11.12.2026\n"
            "2) BN-RPL-38 – 600 adet – 1,15 USD – teslim tarihi 11.12.2026\n\nSaygılarımızla,\nAyşe Yılmaz\n"
            "Kelebek Ağ Tekstil San. Tic. A.Ş.\nOrganize Sanayi Bölgesi 4. Cad. No:18, 16140 Nilüfer/Bursa\nTel: +90 224 411 52 30")
    m = reply(ctx, po, body, date="2026-11-10 10:02 +0300", charset="windows-1254", cte="quoted-printable",
              quote="outlook", lang="tr", content_language="tr-TR")
    return [po], m, confirmation("Values restated in tr-TR format (1.250 = 1250, 4,60 = 4.60) -> all accepted.",
                                 (po, {1: A, 2: A}))


@case("dk-kettles-xlsx", "confirmation/da-DK",
      "The answer is only in an attached XLSX (confirmed qty/price/date columns); the body just says 'se vedhæftede'.")
def c021(ctx):
    sup = S("KEDELDK", "Nordisk Kedel ApS", "ordre@nordiskkedel.example", "da-DK", "Mette Lund")
    po = PO("4500231021", sup, "EUR", "2026-11-04", [
        ("NK-15-STL", "Te-kedel 1,5 l stål, fløjte, 2027-serie", 72, "EA", "22.80", "2026-12-11"),
        ("NK-20-EMA", "Te-kedel 2,0 l emalje, grå", 48, "EA", "27.40", "2026-12-11"),
        ("NK-LAG-12", "Låg-knop reservedel 12 mm, sort", 200, "PCS", "0.95", "2026-12-11")])
    x = make_xlsx([
        ["Ordrebekræftelse", "", "", "", "", "", ""],
        ["Jeres ordre", "4500231021", "", "", "", "", ""],
        ["Pos", "Varenr.", "Beskrivelse", "Bekr. antal", "Enhed", "Bekr. pris EUR", "Leveringsdato"],
        [1, "NK-15-STL", "Te-kedel 1,5 l stål", 72, "EA", 22.8, "11-12-2026"],
        [2, "NK-20-EMA", "Te-kedel 2,0 l emalje", 48, "EA", 27.4, "18-12-2026"],
        [3, "NK-LAG-12", "Låg-knop 12 mm", 250, "PCS", 0.95, "11-12-2026"],
        ["Bem.: pos. 3 leveres i hele kartoner a 50 stk.", "", "", "", "", "", ""]], sheet="Ordre")
    body = "Hej Dana\n\nTak for ordren - se vedhæftede ordrebekræftelse.\n\nVenlig hilsen\nMette Lund\nNordisk Kedel ApS · Smedevej 4 · 7100 Vejle · +45 75 82 11 40"
    m = reply(ctx, po, body, date="2026-11-12 08:21 +0100", charset="iso-8859-1", cte="quoted-printable",
              quote="outlook", lang="da", prefix="SV: ", content_language="da-DK",
              attachments=[("Ordrebekraeftelse_4500231021.xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)])
    return [po], m, confirmation("From the XLSX: line 2 date 18-12-2026, line 3 250 pcs (full cartons of 50).",
                                 (po, {1: A, 2: C(d="2026-12-18"), 3: C(q=250)}))


@case("no-oars-uke50", "confirmation/nb-NO",
      "Norwegian 'levering uke 50' with no weekday = Friday of ISO week 50, later than the requested date.")
def c022(ctx):
    sup = S("ARERNORD", "Årer Nord AS", "ordre@arernord.example", "nb-NO", "Kari Haugen")
    po = PO("4500231022", sup, "NOK", "2026-11-02", [
        ("AR-TRE-240", "Robåtåre 240 cm, ask, 2 stk/par", 40, "PAIR", "1290.00", "2026-12-04"),
        ("AR-KLP-12", "Årekrager gummi 12x50 mm", 80, "PCS", "64.00", "2026-12-04")])
    body = ("Hei Dana,\n\nVi bekrefter ordre 4500231022 med antall og priser som bestilt, men 4. desember rekker vi ikke. "
            "Levering uke 50 for begge linjene.\n\nMed vennlig hilsen\nKari Haugen\nÅrer Nord AS, Sjøgata 11, 8006 Bodø\nTlf. +47 75 52 31 90")
    m = reply(ctx, po, body, date="2026-11-09 15:12 +0100", charset="iso-8859-1", cte="quoted-printable",
              quote="apple", client="apple", lead="{d}. nov. {y} kl. {hm} skrev {name} <{email}>:", prefix="Sv: ")
    return [po], m, confirmation("Uke 50 -> Friday 2026-12-11 for both lines (requested 2026-12-04).",
                                 (po, {1: C(d="2026-12-11"), 2: C(d="2026-12-11")}))


@case("fi-bricks-pallets", "confirmation/fi-FI",
      "Quantity confirmed in pallets of 240 pcs (3 lavaa = 720) against 700 EA ordered; price per piece unchanged.")
def c023(ctx):
    sup = S("TIILITUOTE", "Tiilituote Oy", "myynti@tiilituote.example", "fi-FI", "Juha Virtanen")
    po = PO("4500231023", sup, "EUR", "2026-11-06", [
        ("TT-SK32-230", "Samottitiili SK32, 230x114x64 mm", 700, "EA", "2.95", "2026-12-18"),
        ("TT-KL-1250", "Kevyttiili 1250 °C, 230x114x76 mm", 240, "EA", "4.40", "2026-12-18")])
    body = ("Hei,\n\nTilaus 4500231023 vahvistettu:\n- rivi 1: toimitamme täysinä lavoina, 3 lavaa (à 240 kpl) = 720 kpl, "
            "hinta 2,95 €/kpl, toimitus 18.12.2026\n- rivi 2: 1 lava = 240 kpl, 4,40 €/kpl, toimitus 18.12.2026\n\n"
            "Ystävällisin terveisin\nJuha Virtanen\nTiilituote Oy, Tehtaankatu 8, 15140 Lahti\npuh. +358 3 812 4400")
    m = reply(ctx, po, body, date="2026-11-18 09:47 +0200", charset="iso-8859-15", cte="quoted-printable",
              quote="outlook", lang="fi", prefix="VS: ", content_language="fi-FI")
    return [po], m, confirmation("3 pallets x 240 = 720 pcs (changed qty); line 2 one pallet = 240 as ordered.",
                                 (po, {1: C(q=720), 2: A}))


@case("lv-threads-piegade", "confirmation/lv-LV",
      "Latvian ISO-8859-13: 'piegāde 18.12.2026.' with the trailing ordinal dot; one line repriced.")
def c024(ctx):
    sup = S("DIEGILV", "Diegu Nams SIA", "pasutijumi@diegunams.example", "lv-LV", "Līga Bērziņa")
    po = PO("4500231024", sup, "EUR", "2026-11-09", [
        ("DN-VIS-120", "Viskozes izšūšanas diegs 120/2, 1000 m, 2027 krāsas", 360, "PCS", "2.70", "2026-12-11"),
        ("DN-MET-40", "Metalizēts diegs 40 wt, 500 m, zelts", 120, "PCS", "4.15", "2026-12-11")])
    body = ("Labdien, Dana!\n\nApstiprinām pasūtījumu 4500231024: daudzumi bez izmaiņām, piegāde 18.12.2026.\n"
            "Metalizētajam diegam (poz. 2) cena 4,35 EUR/gab., poz. 1 cena kā pasūtījumā.\n\nAr cieņu\nLīga Bērziņa\n"
            "Diegu Nams SIA, Krasta iela 52, Rīga, LV-1003\ntel. +371 67 114 520")
    m = reply(ctx, po, body, date="2026-11-24 10:30 +0200", charset="iso-8859-13", cte="quoted-printable",
              quote="outlook", lang="en", content_language="lv-LV")
    return [po], m, confirmation("Both lines 2026-12-18; line 2 price 4.35.",
                                 (po, {1: C(d="2026-12-18"), 2: C(p="4.35", d="2026-12-18")}))


@case("lt-cloth-per-100m", "confirmation/lt-LT",
      "Price given per 100 m (245,00 EUR / 100 m) on a PO in metres; must be divided to 2.45 per M.")
def c025(ctx):
    sup = S("RISYKLA", "Knygrišystės Audiniai UAB", "uzsakymai@kraudiniai.example", "lt-LT", "Rūta Kazlauskienė")
    po = PO("4500231025", sup, "EUR", "2026-11-04", [
        ("KA-1000-ZAL", "Knygrišystės audinys 1000 mm, žalias, 120 g/m2", 500, "M", "2.30", "2026-12-11"),
        ("KA-1000-JUO", "Knygrišystės audinys 1000 mm, juodas, 120 g/m2", 300, "M", "2.30", "2026-12-11")])
    body = ("Laba diena,\n\npatvirtiname užsakymą 4500231025. Nuo gruodžio 1 d. kaina abiem spalvoms – 245,00 EUR už 100 m. "
            "Kiekiai kaip užsakyme, pristatymas 2026-12-11.\n\nPagarbiai\nRūta Kazlauskienė\n"
            "Knygrišystės Audiniai UAB, Savanorių pr. 178, LT-03154 Vilnius\ntel. +370 5 213 4470")
    m = reply(ctx, po, body, date="2026-11-13 11:58 +0200", charset="windows-1257", cte="quoted-printable",
              quote="outlook", lang="en", content_language="lt-LT")
    return [po], m, confirmation("245,00 EUR per 100 m = 2.45 EUR/M on both lines; quantities and date as PO.",
                                 (po, {1: C(p="2.45"), 2: C(p="2.45")}))


@case("ua-nets-schedule", "confirmation/uk-UA",
      "Ukrainian KOI8-U reply splitting a line into three deliveries with yearless dates.")
def c026(ctx):
    sup = S("SACHOKUA", "ТОВ Сачок-Україна", "zbut@sachok.example", "uk-UA", "Олена Коваленко")
    po = PO("4500231026", sup, "EUR", "2026-11-05", [
        ("SN-50-150", "Butterfly net 50 cm, telescopic 150 cm, 3/8 thread", 900, "PCS", "5.20", "2026-12-18"),
        ("SN-BAG-50", "Net bag 50 cm, nylon, 1.2 mm mesh", 400, "PCS", "0.98", "2026-12-18")])
    body = ("Добрий день, пані Дано!\n\nПідтверджуємо замовлення 4500231026.\n"
            "Поз. 1 – 900 шт. трьома партіями: 300 шт. 04.12, 300 шт. 11.12, 300 шт. 18.12.\n"
            "Поз. 2 – 400 шт., поставка 18.12.\nЦіни без змін.\n\nЗ повагою,\nОлена Коваленко\n"
            "ТОВ «Сачок-Україна», вул. Промислова 12, Львів 79024\nтел. +380 32 245 17 30")
    m = reply(ctx, po, body, date="2026-11-17 13:15 +0200", charset="koi8-u", cte="8bit",
              quote="thunderbird", client="thunderbird", lead="{dd}.{mm}.{y} {hm}, {name} пише:", prefix="Re: ")
    return [po], m, confirmation("Line 1: 3 x 300 on 2026-12-04/11/18 (last 18.12 = PO date, so changed only by the split); line 2 as ordered.",
                                 (po, {1: C(d="2026-12-18", sch=[(300, "2026-12-04"), (300, "2026-12-11"), (300, "2026-12-18")]),
                                       2: A}))


@case("ru-clocks-otgruzka-dostavka", "confirmation/ru-RU",
      "KOI8-R: 'отгрузка 15.12, доставка 18.12' gives a ship and a delivery date; the delivery date wins.")
def c027(ctx):
    sup = S("CHASMEH", "ООО «ЧасМеханика»", "sbyt@chasmeh.example", "ru-RU", "Дмитрий Соколов")
    po = PO("4500231027", sup, "EUR", "2026-11-06", [
        ("CM-2035-MV", "Механизм часовой 2035, шток 16 мм, 1.5V", 2000, "PCS", "1.12", "2026-12-11"),
        ("CM-STR-3-8", "Стрелки комплект 3/8, 120/90 мм", 2000, "SET", "0.34", "2026-12-11")])
    body = ("Здравствуйте, Дана!\n\nЗаказ 4500231027 подтверждаем в полном объёме по ценам заказа. "
            "Отгрузка 15.12, доставка 18.12.\n\nС уважением,\nДмитрий Соколов\nООО «ЧасМеханика», отдел продаж\n"
            "г. Пенза, ул. Пролетарская 31\nтел. +7 8412 56-30-71")
    m = reply(ctx, po, body, date="2026-11-19 12:40 +0300", charset="koi8-r", cte="quoted-printable",
              quote="outlook", lang="en", content_language="ru-RU")
    return [po], m, confirmation("Ship 15.12, delivery 18.12 -> date 2026-12-18 (delivery wins) for both lines.",
                                 (po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18")}))


@case("il-valves-hebrew-mixed", "confirmation/he-IL",
      "Hebrew/English mixed windows-1255 mail (RTL) with a Sunday delivery date and a price change.")
def c028(ctx):
    sup = S("MAGOF", "Magof Valves Ltd", "orders@magof-valves.example", "he-IL", "Yossi Levi")
    po = PO("4500231028", sup, "USD", "2026-11-03", [
        ("GV-4-600", 'Gate valve 4" Class 600, A105, RTJ', 6, "EA", "1840.00", "2026-12-18"),
        ("CV-2-300", 'Swing check valve 2" Class 300, WCB', 10, "EA", "615.00", "2026-12-18")])
    body = ("שלום דנה,\n\nמאשרים את הזמנה 4500231028:\n"
            "Item 1 – GV-4-600: 6 pcs, מחיר 1,840.00 USD, אספקה 20/12/2026\n"
            "Item 2 – CV-2-300: 10 pcs, מחיר חדש 648.00 USD, אספקה 20/12/2026\n\nבברכה,\nיוסי לוי\n"
            "Magof Valves Ltd | רח' המלאכה 7, חולון | Tel. +972 3 558 9120")
    m = reply(ctx, po, body, date="2026-11-12 16:22 +0200", charset="windows-1255", cte="quoted-printable",
              quote="outlook", lang="en", content_language="he-IL")
    return [po], m, confirmation("Both lines delivered 20/12/2026 (dd/mm); line 2 new price 648.00.",
                                 (po, {1: C(d="2026-12-20"), 2: C(p="648.00", d="2026-12-20")}))


@case("ae-regulators-pdf", "confirmation/ar-AE",
      "Arabic/English body says 'please find attached'; the values are in a PDF acknowledgment with dd/mm/yyyy.")
def c029(ctx):
    sup = S("GULFMED", "Gulf Medical Gases LLC", "sales@gulfmedgas.example", "ar-AE", "Ahmed Al Mansoori")
    po = PO("4500231029", sup, "AED", "2026-11-04", [
        ("OX-REG-25", "Ambulance O2 regulator 0-25 L/min, CGA 870, 2027 spec", 40, "PCS", "410.00", "2026-12-11"),
        ("OX-FLW-15", "Flowmeter 0-15 L/min, DISS 9/16", 40, "PCS", "185.00", "2026-12-11"),
        ("OX-KEY-01", "Cylinder key 3/8 square", 40, "PCS", "12.00", "2026-12-11")])
    pdf = make_pdf([
        "GULF MEDICAL GASES LLC - SALES ORDER ACKNOWLEDGEMENT",
        "Plot 118, Jebel Ali Industrial 1, Dubai, UAE   TRN 100384512300003",
        "", "Customer: Halden & Roe Trading GmbH      Your PO: 4500231029",
        "Our SO: SO-26-11873        SO date: 15/11/2026", "",
        "Pos  Item       Qty   UoM  Unit price AED   Delivery date",
        "1    OX-REG-25  40    PCS  410.00           11/12/2026",
        "2    OX-FLW-15  40    PCS  185.00           11/12/2026",
        "3    OX-KEY-01  40    PCS  13.50            11/12/2026", "",
        "Total AED 24,340.00 excl. VAT 5%", "Terms: 60 days net. Incoterm DAP Hamburg."], title="SO-26-11873",
        date="20261115101500+04'00'")
    body = ("Dear Dana,\n\nمرفق تأكيد الطلب رقم 4500231029.\nPlease find attached our sales order acknowledgement.\n\n"
            "Best regards / مع التحية\nAhmed Al Mansoori\nGulf Medical Gases LLC\nTel +971 4 887 2210")
    m = reply(ctx, po, body, date="2026-11-15 10:18 +0400", charset="utf-8", cte="base64", quote="outlook",
              content_language="ar-AE", attachments=[("SO-26-11873.pdf", "application/pdf", pdf)])
    return [po], m, confirmation("Only the PDF has values: line 3 price 13.50 instead of 12.00; others as ordered. Total 16400+7400+540=24340.",
                                 (po, {1: A, 2: A, 3: C(p="13.50")}))


@case("jp-kettles-12gatsu18nichi", "confirmation/ja-JP",
      "ISO-2022-JP mail with '12月18日着' (arrival) and full-width digits in a quantity.")
def c030(ctx):
    sup = S("TETSUBIN", "株式会社南部鉄瓶工房", "eigyo@nanbu-tetsubin.example", "ja-JP", "佐藤 健一")
    po = PO("4500231030", sup, "JPY", "2026-11-05", [
        ("NT-12-ARARE", "Cast iron tetsubin kettle 1.2 L, arare pattern", 30, "EA", "9800", "2026-12-11"),
        ("NT-06-KYUSU", "Cast iron teapot 0.6 L with strainer", 50, "EA", "5400", "2026-12-11")])
    body = ("Dana Ruiz 様\n\nいつもお世話になっております。南部鉄瓶工房の佐藤です。\n\n"
            "ご注文書 4500231030 につきまして、下記の通りお請けいたします。\n\n"
            "1. NT-12-ARARE　３０個　単価 9,800円\n2. NT-06-KYUSU　５０個　単価 5,400円\n\n"
            "納期：両品とも12月18日着でお願いいたします。\n\n何卒よろしくお願い申し上げます。\n\n"
            "――――――――――――――――\n株式会社南部鉄瓶工房　営業部　佐藤 健一\n〒020-0857 岩手県盛岡市北飯岡1-5-20\nTEL 019-635-2211")
    m = reply(ctx, po, body, date="2026-11-20 17:05 +0900", charset="iso-2022-jp", cte="7bit",
              quote="outlook", lang="en", html=False, client="outlook")
    return [po], m, confirmation("Quantities/prices as ordered (full-width ３０/５０); '12月18日着' = arrival 2026-12-18.",
                                 (po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18")}))


@case("cn-threads-qty-gb2312", "confirmation/zh-CN",
      "GB2312 base64 reply from Foxmail; quantity reduced on one line, the other accepted with 件 counts.")
def c031(ctx):
    sup = S("JINXIAN", "杭州金线刺绣材料有限公司", "sales@jinxian-thread.example", "zh-CN", "王丽")
    po = PO("4500231031", sup, "CNY", "2026-11-03", [
        ("JX-PE120-2", "Polyester embroidery thread 120D/2, 5000 m cone", 1000, "PCS", "11.80", "2026-12-11"),
        ("JX-RY75-S", "Rayon thread 75D/2, 3000 m, colour 1805", 500, "PCS", "9.60", "2026-12-11")])
    body = ("Dana 您好：\n\n贵司订单 4500231031 确认如下：\n"
            "1. JX-PE120-2：因库存原因，只能供应 800 件，单价 11.80 元，2026年12月11日到货。\n"
            "2. JX-RY75-S：500 件，单价 9.60 元，2026年12月11日到货。\n\n谢谢！\n王丽\n"
            "杭州金线刺绣材料有限公司 销售部\n电话：+86 571 8765 2310")
    m = reply(ctx, po, body, date="2026-11-11 14:30 +0800", charset="gb2312", cte="base64",
              quote="outlook", lang="en", client="foxmail", html=False)
    return [po], m, confirmation("Line 1 800 instead of 1000; line 2 as ordered.",
                                 (po, {1: C(q=800), 2: A}))


@case("tw-fins-big5-split", "confirmation/zh-TW",
      "Big5 reply splitting a line into two shipments; dates written 2026/12/11 and 12/23 (yearless).")
def c032(ctx):
    sup = S("HAILANG", "海浪衝浪用品股份有限公司", "order@hailang-surf.example", "zh-TW", "陳怡君")
    po = PO("4500231032", sup, "USD", "2026-11-02", [
        ("HL-FIN-THR-L", "Thruster fin set L, 4.6 in, honeycomb", 300, "SET", "22.50", "2026-12-18"),
        ("HL-FIN-KEY", "Fin key with 3/16 hex, stainless", 600, "PCS", "0.40", "2026-12-18")])
    body = ("Dana 您好，\n\n訂單 4500231032 確認如下：\n"
            "第1項：300 組分兩批出貨，2026/12/11 交 200 組，其餘 100 組 12/23 交貨，單價不變。\n"
            "第2項：600 支，2026/12/11 交貨。\n\n順頌商祺\n陳怡君\n海浪衝浪用品股份有限公司\n電話：+886 7 815 3320")
    m = reply(ctx, po, body, date="2026-11-10 09:20 +0800", charset="big5", cte="base64",
              quote="outlook", lang="en")
    return [po], m, confirmation("Line 1: 200 on 2026-12-11 + 100 on 2026-12-23; line 2 delivered 2026-12-11.",
                                 (po, {1: C(d="2026-12-23", sch=[(200, "2026-12-11"), (100, "2026-12-23")]),
                                       2: C(d="2026-12-11")}))


@case("kr-liners-euckr", "confirmation/ko-KR",
      "EUC-KR reply with Korean date '12월 11일 납품' and won-free USD prices repeated; one price rises.")
def c033(ctx):
    sup = S("HANLINER", "한라이너(주)", "sales@hanliner.example", "ko-KR", "김민준")
    po = PO("4500231033", sup, "USD", "2026-11-06", [
        ("HLN-BL-265", "Ski boot liner heat-mouldable, Mondo 26.5", 200, "PAIR", "27.00", "2026-12-18"),
        ("HLN-BL-285", "Ski boot liner heat-mouldable, Mondo 28.5", 100, "PAIR", "27.00", "2026-12-18")])
    body = ("Dana 님 안녕하세요.\n\n발주서 4500231033 확인드립니다.\n"
            "- HLN-BL-265: 200켤레, 단가 USD 27.00, 12월 11일 납품\n"
            "- HLN-BL-285: 100켤레, 단가 USD 28.50 (사이즈 28.5 원자재 인상), 12월 11일 납품\n\n감사합니다.\n김민준 과장\n"
            "한라이너(주) 영업팀 | 부산광역시 강서구 녹산산단 321로 15 | Tel. +82 51 831 2270")
    m = reply(ctx, po, body, date="2026-11-18 10:48 +0900", charset="euc-kr", cte="base64",
              quote="outlook", lang="en")
    return [po], m, confirmation("Both delivered 2026-12-11 (earlier than 12-18); line 2 price 28.50.",
                                 (po, {1: C(d="2026-12-11"), 2: C(p="28.50", d="2026-12-11")}))


@case("th-liners-buddhist-year", "confirmation/th-TH",
      "TIS-620 Thai with the Buddhist-era year '18 ธันวาคม 2569' (= 2026) and baht prices.")
def c034(ctx):
    sup = S("NOMTHAI", "บริษัท นมไทย พาร์ท จำกัด", "sales@nomthai-parts.example", "th-TH", "สมชาย ใจดี")
    po = PO("4500231034", sup, "THB", "2026-11-04", [
        ("NT-LNR-21", "Milking liner 21 mm silicone, 2027 shell fit", 600, "PCS", "185.00", "2026-12-18"),
        ("NT-TUBE-8", "Short pulse tube 8x13 mm, 1 m", 300, "PCS", "42.00", "2026-12-18")])
    body = ("เรียน คุณ Dana\n\nบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500231034 ตามจำนวนและราคาที่สั่ง "
            "กำหนดส่งสินค้า 18 ธันวาคม 2569 ทั้งสองรายการ\n\nขอแสดงความนับถือ\nสมชาย ใจดี\n"
            "บริษัท นมไทย พาร์ท จำกัด 88 ถ.บางนา-ตราด กม.19 สมุทรปราการ 10540\nโทร. +66 2 312 4455")
    m = reply(ctx, po, body, date="2026-11-16 11:11 +0700", charset="tis-620", cte="base64",
              quote="outlook", lang="en")
    return [po], m, confirmation("BE 2569 = 2026 (2569-543); 18 Dec 2026 equals the PO date, so both accepted.",
                                 (po, {1: A, 2: A}))


@case("my-hydrant-harga-seunit", "confirmation/ms-MY",
      "Malay 'harga seunit RM 12.50' on a MYR PO priced 11.80; the other line confirmed in words.")
def c035(ctx):
    sup = S("PILIMY", "Pili Bomba Sdn. Bhd.", "jualan@pilibomba.example", "ms-MY", "Nurul Aisyah")
    po = PO("4500231035", sup, "MYR", "2026-11-05", [
        ("PB-CAP-65", "Hydrant cap 65 mm instantaneous, PVC, red", 200, "PCS", "11.80", "2026-12-11"),
        ("PB-CHN-300", "Cap chain 300 mm, stainless 1.5 mm", 200, "PCS", "3.20", "2026-12-11")])
    body = ("Salam sejahtera Puan Dana,\n\nKami mengesahkan pesanan 4500231035:\n"
            "1) PB-CAP-65: 200 unit, harga seunit RM 12.50 (kenaikan harga resin), penghantaran 11/12/2026\n"
            "2) PB-CHN-300: 200 unit mengikut harga pesanan, penghantaran 11/12/2026\n\nTerima kasih.\n\n"
            "Nurul Aisyah\nPili Bomba Sdn. Bhd., Lot 12, Jalan Perindustrian 3, 43650 Bandar Baru Bangi\nTel: +60 3 8925 6610")
    m = reply(ctx, po, body, date="2026-11-12 11:36 +0800", charset="us-ascii", cte="7bit",
              quote="gmail", client="gmail", lead="Pada {dd}/{mm}/{y} {hm}, {name} <{email}> menulis:", prefix="Re: ")
    return [po], m, confirmation("RM 12.50 per unit vs PO 11.80 -> changed price; line 2 accepted.",
                                 (po, {1: C(p="12.50"), 2: A}))


@case("in-joints-hindi", "confirmation/hi-IN",
      "Hindi/English reply in UTF-8 with DD-MM-YYYY dates and the Indian lakh grouping for a total.")
def c036(ctx):
    sup = S("SETUJOINT", "Setu Joints Pvt. Ltd.", "sales@setujoints.example", "hi-IN", "Rakesh Sharma")
    po = PO("4500231036", sup, "USD", "2026-11-03", [
        ("SJ-STRIP-50", "Strip seal expansion joint 50 mm, 10.5 m length", 4, "SET", "3900.00", "2027-01-15"),
        ("SJ-BOLT-M20", "Anchor bolt M20x250, HDG", 160, "PCS", "6.80", "2027-01-15")])
    body = ("नमस्ते डाना जी,\n\nआपका PO 4500231036 प्राप्त हुआ, धन्यवाद।\n"
            "आइटम 1 (SJ-STRIP-50): 4 सेट, USD 3,900.00 प्रति सेट, डिलीवरी 08-01-2027\n"
            "आइटम 2 (SJ-BOLT-M20): 160 नग, USD 6.80, डिलीवरी 08-01-2027\n"
            "कुल राशि: USD 16,688.00 (लगभग ₹ 13,85,100)\n\nसादर,\nराकेश शर्मा\nSetu Joints Pvt. Ltd., Plot 44, MIDC Chakan, Pune 410501\n+91 20 2745 8811")
    m = reply(ctx, po, body, date="2026-11-20 12:15 +0530", charset="utf-8", cte="base64",
              quote="gmail", client="gmail")
    return [po], m, confirmation("Both delivered 08-01-2027 (DD-MM) = 2027-01-08, earlier than requested 01-15.",
                                 (po, {1: C(d="2027-01-08"), 2: C(d="2027-01-08")}))
