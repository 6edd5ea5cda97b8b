"""Cases 019-036: confirmations, Middle East, Nordics, Asia, Latin America."""
from .common import *  # noqa: F401,F403

CASES = []


def case(f):
    CASES.append(f)
    return f


@case
def c019():
    s = sup("SAQR", "Al Saqr Falconry Supplies LLC", "sales@alsaqr-falconry.example", "ar-AE")
    po = PO("4500031312", s, [
        L(1, "FH-SAK-L", "Falconry hood, Arab style, leather, saker, large", 30, "EA", "38.00", "2026-12-15"),
        L(2, "FH-PER-M", "Falconry hood, Dutch style, peregrine, medium", 20, "EA", "52.00", "2026-12-15"),
    ], currency="USD", buyer="jb")
    html = ("<html dir=\"rtl\"><body style=\"font-family:Tahoma\">"
            "<p>السيدة جيسيكا المحترمة،</p>"
            "<p>تحية طيبة وبعد،</p>"
            "<p>بالإشارة إلى أمر الشراء رقم 4500031312 نود التأكيد على ما يلي:</p>"
            "<ul><li>البند ١: برقع صقر جلد (FH-SAK-L) – الكمية ٣٠ قطعة بسعر ٣٨٫٠٠ دولار، التسليم ١٥ ديسمبر ٢٠٢٦ كما هو مطلوب.</li>"
            "<li>البند ٢: برقع شاهين هولندي (FH-PER-M) – الكمية ٢٠ قطعة بسعر ٥٢٫٠٠ دولار، ولكن التسليم يوم ١٧ ديسمبر بسبب تأخر وصول الجلد.</li></ul>"
            "<p>مع خالص التحيات،<br>خالد المنصوري<br>مدير المبيعات<br>الصقر لمستلزمات الصقارة ذ.م.م – دبي، الإمارات العربية المتحدة<br>"
            "هاتف: ٩٧١٤٣٣٨٢٢١٠+</p></body></html>")
    text = ("السيدة جيسيكا المحترمة،\n\nتحية طيبة وبعد،\n\nبالإشارة إلى أمر الشراء رقم 4500031312 نود التأكيد على ما يلي:\n\n"
            "- البند ١: برقع صقر جلد (FH-SAK-L) - الكمية ٣٠ قطعة بسعر ٣٨٫٠٠ دولار، التسليم ١٥ ديسمبر ٢٠٢٦ كما هو مطلوب.\n"
            "- البند ٢: برقع شاهين هولندي (FH-PER-M) - الكمية ٢٠ قطعة بسعر ٥٢٫٠٠ دولار، ولكن التسليم يوم ١٧ ديسمبر بسبب تأخر وصول الجلد.\n\n"
            "مع خالص التحيات،\nخالد المنصوري\nمدير المبيعات\nالصقر لمستلزمات الصقارة ذ.م.م - دبي\n")
    msg = mail(po, "Khalid Al Mansouri <k.almansouri@alsaqr-falconry.example>", "RE: PO 4500031312 - request for order confirmation",
               "Mon, 16 Nov 2026 10:21:45 +0400", text, html=html, charset="utf-8", cte="quoted-printable",
               mid="<DB9PR04MB8412F3A2C1E0B9@DB9PR04MB8412.eurprd04.prod.outlook.example>")
    exp = conf("Arabic with Eastern Arabic-Indic digits: line 1 as ordered; line 2 delivery ١٧ ديسمبر (no year -> 2026-12-17).",
               C(po, {1: "acc", 2: chg(20, "52.00", "2026-12-17")}))
    return dict(slug="falconry-hoods-arabic-digits-ae", pos=[po], msg=msg, exp=exp, locale="ar-AE",
                hard="RTL Arabic text+HTML (QP UTF-8), native digits and Arabic decimal separator")


@case
def c020():
    s = sup("BAROTEK", "Barotek Hassas Alet San. ve Tic. A.Ş.", "satis@barotek.example", "tr-TR")
    po = PO("4500031318", s, [
        L(1, "BB-AN-60", "Aneroid barometer bellows capsule, 60 mm", 1200, "EA", "4.75", "2026-12-18"),
        L(2, "BB-SPR-60", "Bellows return spring, 60 mm", 1200, "EA", "0.38", "2026-12-18"),
    ])
    text = ("Sayın Katrin Hanım,\n\n4500031318 no'lu siparişiniz için teyidimiz aşağıdadır:\n\n"
            "Kalem 1 - BB-AN-60 körük kapsülü: 1.200 adet, birim fiyat 4,75 EUR. Tek seferde yetiştiremiyoruz; "
            "600 adet 15.12.2026 tarihinde, kalan 600 adet 12.01.2027 tarihinde teslim edilecektir.\n"
            "Kalem 2 - BB-SPR-60 yay: 1.200 adet, 0,38 EUR, 18.12.2026 - siparişe uygun.\n\n"
            "Saygılarımızla,\nEmre Yıldız\nİhracat Satış Sorumlusu\nBarotek A.Ş. | İkitelli OSB, Başakşehir / İstanbul\n")
    msg = mail(po, "Emre Yıldız <emre.yildiz@barotek.example>", "YNT: PO 4500031318 - request for order confirmation",
               "Tue, 17 Nov 2026 14:12:09 +0300", text, charset="iso-8859-9", cte="quoted-printable",
               mid="<1763377929.2716.emre.yildiz@barotek.example>")
    exp = conf("Line 1 split 600 on 2026-12-15 and 600 on 2027-01-12 (dotted thousands '1.200'); line 2 as ordered.",
               C(po, {1: chg(1200, "4.75", "2027-01-12", [(600, "2026-12-15"), (600, "2027-01-12")]), 2: "acc"}))
    return dict(slug="barometer-bellows-split-tr", pos=[po], msg=msg, exp=exp, locale="tr-TR",
                hard="ISO-8859-9, '1.200' thousands dot, split delivery over the year end")


@case
def c021():
    s = sup("MAKEDON", "Makedoniki Keramiki A.E.", "sales@makedoniki-keramiki.example", "el-GR")
    po = PO("4500031325", s, [
        L(1, "KS-COR-35", "Kiln shelf, cordierite, 350x350x12 mm", 60, "EA", "24.80", "2027-01-25"),
        L(2, "KS-COR-HALF", "Kiln shelf, cordierite, half round 400 mm", 40, "EA", "29.90", "2027-01-25"),
    ])
    text = ("Αγαπητή κυρία Reuter,\n\n"
            "σας επιβεβαιώνουμε την παραγγελία 4500031325 ακριβώς όπως την στείλατε (ποσότητες, τιμές, παράδοση 25 Ιανουαρίου 2027).\n\n"
            "Με εκτίμηση,\nΔημήτρης Παπαδόπουλος\nΤμήμα Πωλήσεων\nΜακεδονική Κεραμική Α.Ε., ΒΙ.ΠΕ. Σίνδου, Θεσσαλονίκη\n"
            "Τηλ. 2310 798 455\n\n"
            "Από: Katrin Reuter [mailto:k.reuter@corvalis-trading.example]\nΑποστολή: Δευτέρα, 9 Νοεμβρίου 2026 10:14 πμ\n"
            "Θέμα: PO 4500031325 - request for order confirmation\n\n" + request_text(po))
    msg = mail(po, "Dimitris Papadopoulos <d.papadopoulos@makedoniki-keramiki.example>",
               "RE: PO 4500031325 - request for order confirmation", "Wed, 18 Nov 2026 09:33:51 +0200",
               text, charset="iso-8859-7", cte="quoted-printable",
               mid="<000b01dd59a2$c47e1f30$4d7a5d90$@makedoniki-keramiki.example>")
    exp = conf("Greek acceptance 'exactly as sent' with the same date restated; quoted original below carries the figures.",
               C(po, {1: "acc", 2: "acc"}))
    return dict(slug="kiln-shelves-accept-greek-gr", pos=[po], msg=msg, exp=exp, locale="el-GR",
                hard="ISO-8859-7, Greek genitive month, Outlook Greek quote header")


@case
def c022():
    s = sup("MAAYAN", "Maayan Diving Equipment Ltd", "orders@maayan-diving.example", "he-IL")
    po = PO("4500031331", s, [
        L(1, "RH-LP-80-FX", "Regulator LP hose, flexible, 80 cm", 50, "EA", "21.00", "2026-12-14"),
        L(2, "RH-INF-65", "BCD inflator hose, 65 cm", 50, "EA", "12.40", "2026-12-14"),
    ], currency="USD", buyer="jb")
    text = ("שלום ג'סיקה,\n\nלגבי הזמנה 4500031331:\n"
            "שורה 1 - צינור LP גמיש 80 ס\"מ: 50 יח' ב-21.00$ - מאושר, אספקה 14/12/2026.\n"
            "שורה 2 - צינור מנפח 65 ס\"מ: 50 יח' ב-12.40$, אספקה רק ב-03/01/2027 בגלל חג החנוכה והמלאי.\n\n"
            "בברכה,\nיעל כהן\nמנהלת תפעול הזמנות\nמעיין ציוד צלילה בע\"מ, אילת\nטל' 08-6372210\n")
    msg = mail(po, "Yael Cohen <yael@maayan-diving.example>", "RE: PO 4500031331 - request for order confirmation",
               "Wed, 18 Nov 2026 13:40:00 +0200", text, charset="windows-1255", cte="base64",
               mid="<VI1PR07MB6620A9B8C7D6E5@VI1PR07MB6620.eurprd07.prod.outlook.example>")
    exp = conf("Hebrew: line 1 as ordered; line 2 delivery moved to 03/01/2027 (DD/MM).",
               C(po, {1: "acc", 2: chg(50, "12.40", "2027-01-03")}))
    return dict(slug="inflator-hoses-hebrew-il", pos=[po], msg=msg, exp=exp, locale="he-IL",
                hard="windows-1255 base64, RTL with embedded LTR numbers, DD/MM/YYYY")


@case
def c023():
    s = sup("BORSANG", "Bo Sang Handicraft Co., Ltd.", "export@bosang-craft.example", "th-TH")
    po = PO("4500031337", s, [
        L(1, "RIB-BMB-60", "Umbrella rib set, bamboo, 60 cm, 16 ribs", 500, "SET", "3.80", "2027-01-11"),
        L(2, "RIB-BMB-TIP", "Rib tip caps, lacquered wood", 8000, "EA", "0.04", "2027-01-11"),
    ], currency="USD")
    text = ("เรียน คุณ Katrin\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031337 ค่ะ\n\n"
            "รายการที่ 1 ชุดซี่ร่มไม้ไผ่ 60 ซม. จำนวน 500 ชุด ราคา 3.80 USD ยืนยันค่ะ แต่ส่งของได้วันที่ 15/01/2570\n"
            "รายการที่ 2 หัวซี่ร่มไม้ จำนวน 8,000 ชิ้น ราคา 0.04 USD ส่งวันที่ 11/01/2570 ตามที่สั่งค่ะ\n\n"
            "ขอแสดงความนับถือ\nสุภาพร แก้วมณี\nฝ่ายส่งออก บริษัท บ่อสร้างหัตถกรรม จำกัด\nอ.สันกำแพง จ.เชียงใหม่ 50130\n")
    msg = mail(po, "Supaporn Kaewmanee <supaporn@bosang-craft.example>", "Re: PO 4500031337 - request for order confirmation",
               "Thu, 19 Nov 2026 15:02:44 +0700", text, charset="tis-620", cte="base64",
               mid="<4c1b9f2e-1a7d-4b62-8e3f-bosang.0912@bosang-craft.example>")
    exp = conf("Thai dates in the Buddhist era: 15/01/2570 = 2027-01-15 (line 1 changed), 11/01/2570 = 2027-01-11 (line 2 as ordered).",
               C(po, {1: chg(500, "3.80", "2027-01-15"), 2: "acc"}))
    return dict(slug="bamboo-ribs-buddhist-year-th", pos=[po], msg=msg, exp=exp, locale="th-TH",
                hard="TIS-620 base64, Buddhist calendar year 2570")


@case
def c024():
    s = sup("LUMIKENKA", "Lumikenkä Oy", "myynti@lumikenka.example", "fi-FI")
    po = PO("4500031342", s, [
        L(1, "SSB-NORD-L", "Snowshoe binding, Nordic, large", 150, "PR", "24.50", "2026-12-11"),
        L(2, "SSB-NORD-S", "Snowshoe binding, Nordic, small", 100, "PR", "24.50", "2026-12-11"),
        L(3, "SSB-HEEL", "Heel lift kit", 250, "SET", "6.90", "2026-12-11"),
    ])
    q = request_text(po).splitlines()
    out = []
    for l in q:
        out.append("> " + l if l else ">")
        if "SSB-NORD-L" in l:
            out.append("\nOK, toimitetaan näin.\n")
        elif "SSB-NORD-S" in l:
            out.append("\nPienet tulevat vasta vko 2, muuten ok.\n")
        elif "SSB-HEEL" in l:
            out.append("\nHinta 2027 alkaen 7,40 EUR / setti, määrä ja pvm ok.\n")
    text = ("Moi Katrin,\n\nvastaukset alle rivikohtaisesti.\n\n"
            "Katrin Reuter kirjoitti 9.11.2026 klo 10.14:\n" + "\n".join(out) +
            "\n\nTerveisin\nMikko Heikkinen\nLumikenkä Oy, Kuusamo\n+358 40 712 3390\n")
    msg = mail(po, "Mikko Heikkinen <mikko.heikkinen@lumikenka.example>", "Re: PO 4500031342 - request for order confirmation",
               "Thu, 19 Nov 2026 08:05:17 +0200", text, charset="iso-8859-15", cte="quoted-printable",
               mid="<e7a2b9d4-33c1-4f0e-a9b8-5d6c7e8f9a01@lumikenka.example>",
               headers={"User-Agent": "Mozilla Thunderbird 128.4.0"})
    exp = conf("Inline answers under each quoted line: line 1 ok; line 2 'vko 2' (ISO week 2 of 2027, Friday) = 2027-01-15; line 3 new price 7.40.",
               C(po, {1: "acc", 2: chg(100, "24.50", "2027-01-15"), 3: chg(250, "7.40", "2026-12-11")}))
    return dict(slug="snowshoe-inline-answers-fi", pos=[po], msg=msg, exp=exp, locale="fi-FI",
                hard="answers interleaved between quoted PO lines; week number without day; price in decimal comma")


@case
def c025():
    s = sup("VAEGELYS", "Vægelys ApS", "ordre@vaegelys.example", "da-DK")
    po = PO("4500031346", s, [
        L(1, "CW-SQ-2", "Square braid wick #2, cotton", 1500, "M", "0.066", "2026-12-09"),
        L(2, "CW-SQ-4", "Square braid wick #4, cotton", 1000, "M", "0.079", "2026-12-09"),
    ])
    text = "Bekræfter ordre 4500031346 som bestilt 👍\n\nSendt fra min iPhone\n"
    msg = mail(po, "Lars Mikkelsen <lars@vaegelys.example>", "Re: PO 4500031346 - request for order confirmation",
               "Thu, 19 Nov 2026 21:47:03 +0100", text, charset="utf-8",
               mid="<B7E41C0A-9F2D-4D3B-8E1A-6C5F0D2B7A94@vaegelys.example>",
               headers={"X-Mailer": "iPhone Mail (22B91)"})
    exp = conf("Mobile one-liner 'as ordered' with no quote: every line accepted at PO values.",
               C(po, {1: "acc", 2: "acc"}))
    return dict(slug="wicks-iphone-one-liner-dk", pos=[po], msg=msg, exp=exp, locale="da-DK",
                hard="one-line mobile reply with emoji and no figures at all")


@case
def c026():
    s = sup("FJELLKLO", "Fjellklo AS", "ordre@fjellklo.example", "nb-NO")
    po_a = PO("4500031349", s, [
        L(1, "ICP-MX-A", "Ice climbing pick, mixed, type A", 80, "EA", "39.00", "2026-12-16"),
        L(2, "ICP-ADZ", "Adze, for technical axe", 40, "EA", "28.50", "2026-12-16"),
    ], issued="2026-11-06")
    po_b = PO("4500031356", s, [
        L(1, "ICP-MX-B", "Ice climbing pick, mixed, type B", 60, "EA", "41.00", "2027-01-20"),
        L(2, "ICP-HAM", "Hammer head, for technical axe", 30, "EA", "26.00", "2027-01-20"),
    ], issued="2026-11-12")
    text = ("Hei Katrin,\n\nVi bekrefter bestilling 4500031356 (B-hakker og hammerhoder): antall og priser som bestilt, "
            "levering 20.01.2027.\n\nGod helg!\n\nMed vennlig hilsen\nIngrid Solberg\nFjellklo AS | Sykkylven\n+47 70 25 11 80\n")
    msg = mail(po_b, "Ingrid Solberg <ingrid.solberg@fjellklo.example>", "Re: PO 4500031356 - request for order confirmation",
               "Fri, 20 Nov 2026 11:26:38 +0100", text, charset="iso-8859-1",
               mid="<1763634398.9912.ingrid@fjellklo.example>")
    exp = conf("Two open POs of the same supplier; the reply names and threads on 4500031356 only and accepts it. 4500031349 is not answered.",
               C(po_b, {1: "acc", 2: "acc"}))
    return dict(slug="ice-picks-two-pos-one-answered-no", pos=[po_a, po_b], msg=msg, exp=exp, locale="nb-NO",
                hard="two open POs with similar items; only the second is answered")


@case
def c027():
    s = sup("DOBVERO", "Dobverő Kft.", "rendeles@dobvero.example", "hu-HU")
    po = PO("4500031360", s, [
        L(1, "XM-BX-H", "Xylophone mallet, boxwood head, hard", 120, "PR", "9.80", "2026-12-21"),
        L(2, "XM-ACR-M", "Xylophone mallet, acrylic head, medium", 80, "PR", "12.60", "2026-12-21"),
    ])
    text = ("Kedves Katrin!\n\nA 4500031360 számú rendelést az alábbiak szerint igazoljuk vissza:\n\n"
            "1. tétel: 120 pár, 9,80 EUR/pár, szállítás 2026. 12. 21. - rendben.\n"
            "2. tétel: 80 pár, az akril alapanyag drágulása miatt 13,35 EUR/pár, szállítás 2027. 01. 12.\n\n"
            "Üdvözlettel:\nKovács Eszter\nértékesítési munkatárs\nDobverő Kft., 6000 Kecskemét, Szent István krt. 12.\n")
    msg = mail(po, "Kovács Eszter <kovacs.eszter@dobvero.example>", "Re: PO 4500031360 - request for order confirmation",
               "Fri, 20 Nov 2026 13:50:21 +0100", text, charset="iso-8859-2", cte="quoted-printable",
               mid="<20261120135021.GA41877@dobvero.example>")
    exp = conf("Hungarian 'YYYY. MM. DD.' dates: line 1 as ordered; line 2 price 13.35 and date 2027-01-12.",
               C(po, {1: "acc", 2: chg(80, "13.35", "2027-01-12")}))
    return dict(slug="mallets-price-and-date-hu", pos=[po], msg=msg, exp=exp, locale="hu-HU",
                hard="Hungarian family-name-first signature, 'YYYY. MM. DD.' dates, price and date change on one line")


@case
def c028():
    s = sup("CUARTEX", "Cuartex Industrial SRL", "vanzari@cuartex.example", "ro-RO")
    po = PO("4500031364", s, [
        L(1, "QC-100-OP", "Quartz crucible 100 ml, opaque", 200, "EA", "18.20", "2027-01-15"),
        L(2, "QC-LID-100", "Quartz lid for 100 ml crucible", 200, "EA", "6.10", "2027-01-15"),
    ])
    text = ("Bună ziua doamna Reuter,\n\nConfirmăm comanda 4500031364 cu următoarea eșalonare:\n\n"
            "Poz. 1 creuzet 100 ml: 120 buc. la 18.12.2026 și 80 buc. la 29.01.2027, preț 18,20 EUR neschimbat.\n"
            "Poz. 2 capac: 200 buc. la 15.01.2027, 6,10 EUR.\n\n"
            "Cu stimă,\nAndrei Popescu\nDepartament Vânzări\nCuartex Industrial SRL, Str. Fabricii 9, Cluj-Napoca\n")
    msg = mail(po, "Andrei Popescu <andrei.popescu@cuartex.example>", "RE: PO 4500031364 - request for order confirmation",
               "Mon, 23 Nov 2026 10:11:39 +0200", text, charset="utf-8", cte="quoted-printable",
               mid="<AS8PR09MB5541D0E9F8A7B6@AS8PR09MB5541.eurprd09.prod.outlook.example>")
    exp = conf("Line 1 split 120 on 2026-12-18 and 80 on 2027-01-29 ('18.12.2026' is a date, not a price); line 2 as ordered.",
               C(po, {1: chg(200, "18.20", "2027-01-29", [(120, "2026-12-18"), (80, "2027-01-29")]), 2: "acc"}))
    return dict(slug="crucibles-schedule-ro", pos=[po], msg=msg, exp=exp, locale="ro-RO",
                hard="schedule where the first delivery date 18.12.2026 looks like the unit price 18,20")


@case
def c029():
    s = sup("NEONLVIV", "ТОВ Неон-Львів", "zbut@neon-lviv.example", "uk-UA")
    po = PO("4500031368", s, [
        L(1, "NE-10-CU", "Neon sign electrode, 10 mm, copper", 3000, "EA", "0.58", "2026-12-18"),
        L(2, "NE-SOCK", "Electrode socket, silicone boot", 3000, "EA", "0.21", "2026-12-18"),
    ])
    text = ("Добрий день, пані Катрін!\n\nЩодо замовлення 4500031368:\n"
            "1) електроди 10 мм - можемо поставити лише 2 500 шт. (залишок скла), ціна 0,58 EUR, дата 18.12.2026;\n"
            "2) ковпачки - 3 000 шт., 0,21 EUR, 18.12.2026, підтверджуємо.\n\n"
            "З повагою,\nОксана Мельник\nвідділ збуту ТОВ \"Неон-Львів\"\nм. Львів, вул. Городоцька 174\n")
    msg = mail(po, "Оксана Мельник <o.melnyk@neon-lviv.example>", "RE: PO 4500031368 - request for order confirmation",
               "Mon, 23 Nov 2026 11:58:03 +0200", text, charset="windows-1251", cte="8bit",
               mid="<1490287763.20261123115803@neon-lviv.example>")
    exp = conf("Ukrainian, windows-1251: line 1 reduced to 2 500 (space as thousands separator); line 2 as ordered.",
               C(po, {1: chg(2500, "0.58", "2026-12-18"), 2: "acc"}))
    return dict(slug="electrodes-qty-cut-ua", pos=[po], msg=msg, exp=exp, locale="uk-UA",
                hard="windows-1251 8bit, space thousands separator '2 500'")


@case
def c030():
    s = sup("MATAKACA", "CV Mata Kaca Nusantara", "sales@matakaca.example", "id-ID")
    po = PO("4500031371", s, [
        L(1, "GE-14-YEL", "Taxidermy glass eye, yellow, 14 mm, pair", 400, "PR", "1.95", "2026-12-01"),
        L(2, "GE-20-GRN", "Taxidermy glass eye, green, 20 mm, pair", 250, "PR", "2.60", "2026-12-01"),
    ], currency="USD", buyer="jb")
    text = ("Dear Ibu Jessica,\n\nTerima kasih atas PO 4500031371. Semua item kami konfirmasi sesuai PO (jumlah dan harga), "
            "tapi barang baru bisa dikirim dua minggu lagi dari hari ini karena antrian produksi.\n\n"
            "Salam,\nDewi Anggraini\nCV Mata Kaca Nusantara\nJl. Raya Kasongan 21, Bantul, Yogyakarta\nWA +62 812 2701 5543\n")
    msg = mail(po, "Dewi Anggraini <dewi@matakaca.example>", "Re: PO 4500031371 - request for order confirmation",
               "Wed, 18 Nov 2026 14:20:55 +0700", text, mid="<CAF8bR2xM0pQ7vT3yK1nW5sH@mail.gmail.example>")
    exp = conf("'dua minggu lagi dari hari ini' = two weeks after the Date header (Wed 18 Nov 2026) -> 2026-12-02 ship date for both lines.",
               C(po, {1: chg(400, "1.95", "2026-12-02"), 2: chg(250, "2.60", "2026-12-02")}))
    return dict(slug="glass-eyes-two-weeks-id", pos=[po], msg=msg, exp=exp, locale="id-ID",
                hard="relative date 'two weeks from today' resolved from the Date header")


@case
def c031():
    s = sup("SUMBU", "Sumbu Lilin Sdn. Bhd.", "jualan@sumbulilin.example", "ms-MY")
    po = PO("4500031375", s, [
        L(1, "CW-ECO-8", "ECO wick #8, pre-waxed, 200 mm", 6000, "EA", "0.034", "2026-12-10"),
        L(2, "CW-ECO-12", "ECO wick #12, pre-waxed, 200 mm", 4000, "EA", "0.038", "2026-12-10"),
    ], currency="USD", buyer="jb")
    text = ("Salam sejahtera Cik Jessica,\n\nPO 4500031375 - kami sahkan kedua-dua item, kuantiti dan harga ikut PO. "
            "Barang siap dan akan dihantar Jumaat depan.\n\nTerima kasih.\n\nAhmad Faizal bin Rahman\nEksekutif Jualan\n"
            "Sumbu Lilin Sdn. Bhd., Lot 12, Kawasan Perindustrian Bukit Beruntung, 48300 Rawang, Selangor\n")
    msg = mail(po, "Ahmad Faizal <faizal@sumbulilin.example>", "RE: PO 4500031375 - request for order confirmation",
               "Fri, 20 Nov 2026 09:41:12 +0800", text, mid="<SG2PR06MB5120A0B1C2D3E4@SG2PR06MB5120.apcprd06.prod.outlook.example>")
    exp = conf("'Jumaat depan' (next Friday) written on Friday 20 Nov 2026 -> 2026-11-27, earlier than requested; qty/price unchanged.",
               C(po, {1: chg(6000, "0.034", "2026-11-27"), 2: chg(4000, "0.038", "2026-11-27")}))
    return dict(slug="wicks-next-friday-my", pos=[po], msg=msg, exp=exp, locale="ms-MY",
                hard="'next Friday' written on a Friday; delivery earlier than the need-by date still differs")


@case
def c032():
    s = sup("CHHATRI", "Chhatri Components Pvt. Ltd.", "sales@chhatricomponents.example", "en-IN")
    po = PO("4500031379", s, [
        L(1, "RIB-ST-53", "Umbrella rib, steel, 53 cm", 100000, "EA", "0.028", "2027-01-29"),
        L(2, "RIB-RUN-ST", "Runner, steel, for 53 cm ribs", 12500, "EA", "0.032", "2027-01-29"),
    ], currency="USD")
    text = ("Dear Madam,\n\nGreetings from Chhatri Components!\n\n"
            "With reference to your PO No. 4500031379 we are pleased to confirm as under:\n\n"
            "Sr. 1 - Steel rib 53 cm - 1,00,000 nos @ USD 0.028 - delivery 29/01/2027 - confirmed.\n"
            "Sr. 2 - Runner - 12,500 nos - revised rate USD 0.035 due to steel price hike, delivery 29/01/2027.\n\n"
            "Kindly do the needful and send amended PO.\n\n"
            "Thanks & Regards,\nSuresh Iyer\nSr. Manager - Exports\nChhatri Components Pvt. Ltd.\nPlot 44, MIDC Bhosari, Pune 411026\n"
            "Mob: +91 98220 11457\n\nDISCLAIMER: This e-mail is intended only for the addressee. Please consider the environment before printing.\n")
    msg = mail(po, "Suresh Iyer <suresh.iyer@chhatricomponents.example>", "RE: PO 4500031379 - request for order confirmation",
               "Mon, 23 Nov 2026 17:09:30 +0530", text, mid="<PN3PR01MB8815B4C3A2E1F0@PN3PR01MB8815.INDPRD01.PROD.OUTLOOK.example>")
    exp = conf("Indian lakh grouping '1,00,000' = 100000 (line 1 accepted); line 2 price revised to 0.035, 'send amended PO' does not undo the commitment.",
               C(po, {1: "acc", 2: chg(12500, "0.035", "2027-01-29")}))
    return dict(slug="umbrella-ribs-lakh-in", pos=[po], msg=msg, exp=exp, locale="en-IN",
                hard="lakh digit grouping, Indian English idioms, price revision on one line")


@case
def c033():
    s = sup("USHONAJI", "Ushonaji Crafts Ltd", "mauzo@ushonaji.example", "sw-KE")
    po = PO("4500031383", s, [
        L(1, "BST-15-BMB", "Embroidery hoop, bamboo, 15 cm", 1000, "EA", "0.48", "2026-12-18"),
        L(2, "BST-25-BMB", "Embroidery hoop, bamboo, 25 cm", 600, "EA", "0.82", "2026-12-18"),
    ], currency="USD", buyer="mo")
    text = ("Habari Bwana Marco,\n\nAsante kwa oda namba 4500031383.\n\n"
            "Bidhaa ya 1 (vitanzi vya sentimita 15): tunathibitisha vipande 1,000 kwa USD 0.48, tutawasilisha tarehe 18 Desemba 2026.\n"
            "Bidhaa ya 2 (sentimita 25): vipande 600 kwa USD 0.82, lakini tutawasilisha tarehe 20 Januari 2027 kwa sababu ya uhaba wa mianzi.\n\n"
            "Wako,\nWanjiru Kamau\nMeneja wa Mauzo\nUshonaji Crafts Ltd, Industrial Area, Nairobi\nSimu: +254 722 418 903\n\nSent from Yahoo Mail on Android\n")
    msg = mail(po, "Wanjiru Kamau <wanjiru.kamau@ushonaji.example>", "Re: PO 4500031383 - request for order confirmation",
               "Tue, 24 Nov 2026 08:14:45 +0300", text, mid="<1126418547.3301927.1763961285@mail.yahoo.example>")
    exp = conf("Swahili: line 1 as ordered; line 2 delivery 20 Januari 2027.",
               C(po, {1: "acc", 2: chg(600, "0.82", "2027-01-20")}))
    return dict(slug="hoops-swahili-ke", pos=[po], msg=msg, exp=exp, locale="sw-KE",
                hard="Swahili month names and phrasing, mobile Yahoo client")


@case
def c034():
    s = sup("TITIRITERO", "Titiritero Insumos SRL", "ventas@titiritero.example", "es-AR")
    po = PO("4500031387", s, [
        L(1, "MS-BRD-06", "Marionette string, braided polyester 0.6 mm, 100 m", 50, "SPL", "9.40", "2026-12-21"),
        L(2, "MS-MONO-04", "Marionette string, monofilament 0.4 mm, 100 m", 50, "SPL", "7.10", "2026-12-21"),
        L(3, "MC-CTRL-W", "Marionette control bar, wood, airplane type", 30, "EA", "14.00", "2026-12-21"),
    ], currency="USD", buyer="mo")
    text = ("Hola Marco, ¿cómo andás?\n\nTe confirmo la OC 4500031387:\n"
            "- Hilo trenzado 0,6: 50 carretes a USD 9,40, entrega 21/12. OK.\n"
            "- Monofilamento 0,4: esto lo tengo que ver con el proveedor, te lo confirmo la semana que viene.\n"
            "- Cruces de madera: 30 u. a USD 14,00, 21/12. OK.\n\n"
            "Abrazo,\nMartín Gómez\nTitiritero Insumos SRL - Av. Corrientes 2860, CABA\n")
    msg = mail(po, "Martín Gómez <mgomez@titiritero.example>", "RE: PO 4500031387 - request for order confirmation",
               "Tue, 24 Nov 2026 18:33:20 -0300", text, charset="iso-8859-1", cte="quoted-printable",
               mid="<000001dd5d7a$1f2e3d4c$5b6a7980$@titiritero.example>")
    exp = conf("Lines 1 and 3 confirmed as ordered (21/12 -> 2026-12-21); line 2 deferred to next week, so unconfirmed.",
               C(po, {1: "acc", 2: "unc", 3: "acc"}))
    return dict(slug="strings-one-line-pending-ar", pos=[po], msg=msg, exp=exp, locale="es-AR",
                hard="Rioplatense voseo, one line explicitly left open ('te lo confirmo la semana que viene')")


@case
def c035():
    s = sup("ENCOCHE", "Encoches Laurentides inc.", "commandes@encoches-laurentides.example", "fr-CA")
    po = PO("4500031391", s, [
        L(1, "NK-LG-WH", "Lighted nock housing, white", 2000, "EA", "0.138", "2026-12-14"),
        L(2, "NK-BUSH-G", "Nock bushing, G size, aluminium", 2000, "EA", "0.095", "2026-12-14"),
    ], currency="USD", buyer="jb")
    text = ("Bonjour Jessica,\n\nVoici notre confirmation pour le BC 4500031391 :\n\n"
            "Ligne 1 – boîtiers d'encoche blancs : 2 000 unités, 14,20 $ US le cent, livraison le 14 décembre.\n"
            "Ligne 2 – douilles G : 2 000 unités, 9,50 $ US le cent, livraison le 14 décembre.\n\n"
            "Merci et bonne journée!\n\nSophie Tremblay\nService à la clientèle\nEncoches Laurentides inc., Saint-Jérôme (Québec)\n"
            "450 555-0190\n")
    msg = mail(po, "Sophie Tremblay <stremblay@encoches-laurentides.example>", "RE: PO 4500031391 - request for order confirmation",
               "Wed, 25 Nov 2026 10:44:06 -0500", text, charset="windows-1252", cte="quoted-printable",
               mid="<YT3PR01MB6290C1D2E3F4A5@YT3PR01MB6290.CANPRD01.PROD.OUTLOOK.example>")
    exp = conf("Prices per hundred ('le cent'): 14,20/100 = 0.142 (line 1 changed from 0.138); 9,50/100 = 0.095 (line 2 equals the PO).",
               C(po, {1: chg(2000, "0.142", "2026-12-14"), 2: "acc"}))
    return dict(slug="nocks-price-per-hundred-ca", pos=[po], msg=msg, exp=exp, locale="fr-CA",
                hard="prices per 100 units with Canadian French formatting; one matches, one does not")


@case
def c036():
    s = sup("STIMMWERK", "Stimmwerk Endstachel GmbH & Co. KG", "vertrieb@stimmwerk.example", "de-DE")
    po = PO("4500031395", s, [
        L(1, "EP-ST-34", "Cello endpin, steel, 3/4 size", 60, "EA", "18.90", "2027-01-08"),
        L(2, "EP-WD-44", "Endpin plug, ebony, 4/4", 100, "EA", "7.40", "2027-01-08"),
    ])
    text = ("Hallo Frau Reuter,\n\nzu Ihrer Bestellung 4500031395:\n\n"
            "Pos. 1 Stahl-Stachel 3/4: 60 Stk. à 18,90 EUR, Liefertermin Dienstag KW 2.\n"
            "Pos. 2 Stachelhülse Ebenholz: 100 Stk. à 7,40 EUR, Liefertermin KW 3.\n\n"
            "Viele Grüße\nMatthias Brenner\nStimmwerk Endstachel GmbH & Co. KG\nAm Geigenbau 3, 08258 Markneukirchen\n"
            "Sitz Markneukirchen, AG Chemnitz HRA 4471 | pers. haftende Gesellschafterin: Stimmwerk Verwaltungs GmbH\n")
    msg = mail(po, "Matthias Brenner <m.brenner@stimmwerk.example>", "AW: PO 4500031395 - request for order confirmation",
               "Wed, 25 Nov 2026 14:27:51 +0100", text, charset="iso-8859-1", cte="8bit",
               mid="<5D2F8E9A.7B3C.4E1D@stimmwerk.example>")
    exp = conf("'Dienstag KW 2' = Tuesday of ISO week 2 2027 = 2027-01-12; 'KW 3' without day = Friday 2027-01-22. Qty and prices unchanged.",
               C(po, {1: chg(60, "18.90", "2027-01-12"), 2: chg(100, "7.40", "2027-01-22")}))
    return dict(slug="endpins-kw-with-and-without-day-de", pos=[po], msg=msg, exp=exp, locale="de-DE",
                hard="calendar weeks across the year end, one with a weekday named and one without")
