"""Cases 037-054."""
from . import mime
from .common import (B_ELLA, B_JONAS, B_MIRA, B_TOMAS, D, case, conf, hdate, labels, mail, other, po, req_subject,
                     sup)
from .pdf import make_pdf


@case("dialysis-chair-latvian-partial", "confirmation/lv-LV", "windows-1257 Latvian list: one line confirmed, one deferred to next week (unconfirmed), one reduced to stock on hand")
def c037():
    s = sup("DIALKR", "Dializes Krēsli SIA", "pasutijumi@dializeskresli.example", "lv-LV")
    p = po("4500232803", s, "EUR", [
        ("DK-ERG-3M", "Dialysis chair ergonomic, 3 motors, 24V", 8, "EA", "3150.00", "2026-12-18"),
        ("DK-TRAY-SW", "Swivel side tray for DK-ERG-3M", 8, "EA", "142.00", "2026-12-18"),
        ("DK-CUSH-40", "Pressure relief cushion 40 mm, viscoelastic", 20, "PCS", "58.00", "2026-12-18")])
    body = ("Labdien, Mira!\n\nPaldies par pasūtījumu 4500232803.\n"
            "1. pozīcija: 8 gab., 3150,00 EUR, piegāde 18.12.2026 - apstiprinām.\n"
            "2. pozīcija: par šo pozīciju informēsim nākamnedēļ, gaidām apstiprinājumu no ražotāja.\n"
            "3. pozīcija: varam piegādāt 16 gab. (pēdējie noliktavā), 58,00 EUR, piegāde 18.12.2026.\n\n"
            "Ar cieņu,\nLiene Bērziņa\nPārdošanas nodaļa\nDializes Krēsli SIA, Rūpniecības iela 32, Rīga, LV-1045\n"
            "Tālr. +371 67 555 123\n")
    eml = mail(p, ("Liene Bērziņa", "liene.berzina@dializeskresli.example"), D(2026, 11, 26, 9, 44, "+0200"), body,
               re="RE:", cs="windows-1257", henc="Q")
    return [p], eml, conf("Line 2 'will inform next week' = unconfirmed; line 3 only 16 of 20.",
                          labels(p, {1: "A", 2: "U", 3: ("C", 16, None, None)}))


@case("centrifuge-lithuanian-csv", "confirmation/lt-LT", "values only in a semicolon CSV attachment with decimal commas and a space thousands separator (8 150,00)")
def c038():
    s = sup("CENTRTEC", "Centrifugų Technika UAB", "uzsakymai@centrifugutechnika.example", "lt-LT")
    p = po("4500232820", s, "EUR", [
        ("CT-BENCH-6x50", "Benchtop centrifuge 6 x 50 ml, 6,000 rpm", 4, "EA", "2140.00", "2026-12-11"),
        ("CT-REF-4x250", "Refrigerated centrifuge 4 x 250 ml, -10 to +40 C", 2, "EA", "7980.00", "2026-12-18"),
        ("CT-BKT-250", "Bucket 250 ml with aerosol lid, pair", 4, "PAIR", "186.00", "2026-12-18")], buyer=B_ELLA)
    csv = ("Eil.;Prekės kodas;Kiekis;Vnt. kaina EUR;Pristatymo data;Pastabos\r\n"
           "1;CT-BENCH-6x50;4;2140,00;2026-12-11;\r\n"
           "2;CT-REF-4x250;2;8 150,00;2027-01-15;nauja kaina nuo 2027 m.\r\n"
           "3;CT-BKT-250;4;186,00;2026-12-18;\r\n").encode("windows-1257")
    body = ("Laba diena,\n\npridedame užsakymo 4500232820 patvirtinimą CSV formatu.\n\nPagarbiai\nTomas Kazlauskas\n"
            "Pardavimų vadybininkas\nCentrifugų Technika UAB, Savanorių pr. 178, LT-03154 Vilnius\nTel. +370 5 255 1234\n")
    att = mime.att(csv, "text/csv", "patvirtinimas_4500232820.csv")
    att.headers[0] = ("Content-Type", 'text/csv; charset="windows-1257"; name="patvirtinimas_4500232820.csv"')
    eml = mail(p, ("Tomas Kazlauskas", "tomas.kazlauskas@centrifugutechnika.example"), D(2026, 11, 27, 14, 9, "+0200"),
               body, re="RE:", cs="windows-1257", henc="Q", attachments=[att])
    return [p], eml, conf("CSV only: line 2 price 8 150,00 and delivery 2027-01-15; lines 1 and 3 as ordered.",
                          labels(p, {1: "A", 2: ("C", None, "8150.00", "2027-01-15"), 3: "A"}))


@case("police-radio-turkish-surcharge", "confirmation/tr-TR", "Turkish ISO-8859-9 reply applying '%3 ek ücret' to every unit price (412.00 -> 424.36 etc.)")
def c039():
    s = sup("ANADOLU", "Anadolu Telsiz Sistemleri A.Ş.", "siparis@anadolutelsiz.example", "tr-TR")
    p = po("4500232841", s, "EUR", [
        ("AT-DMR-M25", "Mobile DMR radio 25 W, VHF 136-174 MHz", 30, "EA", "412.00", "2026-12-18"),
        ("AT-ANT-5/8", "Roof antenna 5/8 wave, VHF", 30, "EA", "38.00", "2026-12-18"),
        ("AT-PRG-USB", "Programming cable USB", 2, "EA", "24.00", "2026-12-18")])
    body = ("Sayın Okafor,\n\n4500232841 numaralı siparişinizi teşekkürle aldık. Tüm kalemleri sipariş edilen miktarlarda "
            "ve 18.12.2026 teslim tarihiyle onaylıyoruz. Döviz kurundaki değişiklik nedeniyle tüm birim fiyatlara %3 ek "
            "ücret uygulanmaktadır.\n\nSaygılarımızla,\nEmre Yılmaz\nSatış Müdürü\nAnadolu Telsiz Sistemleri A.Ş.\n"
            "Ostim OSB, 1203. Cadde No: 14, 06374 Yenimahalle/Ankara\nTel: +90 312 555 41 00\n")
    eml = mail(p, ("Emre Yılmaz", "emre.yilmaz@anadolutelsiz.example"), D(2026, 11, 16, 15, 21, "+0300"), body,
               re="YNT:", lang="tr", cs="iso-8859-9", henc="Q")
    return [p], eml, conf("+3% on PO unit prices: 424.36, 39.14, 24.72; quantities and date as ordered.",
                          labels(p, {1: ("C", None, "424.36", None), 2: ("C", None, "39.14", None), 3: ("C", None, "24.72", None)}))


@case("circus-tent-croatian-split", "confirmation/hr-HR", "Croatian dates with trailing dots ('15.1.2027.') and a line split 2 + 1 across the year end")
def c040():
    s = sup("SATJAD", "Šatori Jadran d.o.o.", "prodaja@satorijadran.example", "hr-HR")
    p = po("4500232866", s, "EUR", [
        ("SJ-CT-25R", "Circus tent round 25 m dia., 2 masts, PVC 680 g/m2", 3, "EA", "24600.00", "2026-12-18"),
        ("SJ-SW-3M", "Side wall 3 m height, per 10 m section", 24, "PCS", "690.00", "2026-12-18")])
    body = ("Poštovana gospođo Okafor,\n\npotvrđujemo narudžbu 4500232866:\n"
            "- stavka 1: 3 kom, 24.600,00 EUR/kom; isporuka 2 kom 18.12.2026., 1 kom 15.1.2027.\n"
            "- stavka 2: 24 kom, 690,00 EUR/kom, isporuka 18.12.2026.\n\nLijep pozdrav,\nIvana Horvat\nProdaja\n"
            "Šatori Jadran d.o.o., Kninska 12, 21000 Split\nTel. +385 21 555 670\n")
    eml = mail(p, ("Ivana Horvat", "ivana.horvat@satorijadran.example"), D(2026, 11, 20, 12, 0), body,
               client="gmail", quote="gmail", re="Re:", cs="iso-8859-2", cte="base64", henc="Q")
    return [p], eml, conf("Line 1: 2 on 2026-12-18 and 1 on 2027-01-15; line 2 as ordered.",
                          labels(p, {1: ("C", 3, None, "2027-01-15", [(2, "2026-12-18"), (1, "2027-01-15")]), 2: "A"}))


@case("ortho-brace-slovenian-reject", "confirmation/sl-SI", "Slovenian prose confirming two lines 'v celoti' and refusing the third as no longer in the range")
def c041():
    s = sup("ORTOLJ", "Ortopedija Ljubljana d.o.o.", "narocila@ortopedija-lj.example", "sl-SI")
    p = po("4500232880", s, "EUR", [
        ("OL-KNEE-S", "Knee brace with patella ring, size S", 40, "EA", "38.90", "2026-12-11"),
        ("OL-KNEE-M", "Knee brace with patella ring, size M", 60, "EA", "38.90", "2026-12-11"),
        ("OL-ANK-8", "Ankle stabiliser 8 cm strap, universal", 50, "EA", "24.60", "2026-12-11")])
    body = ("Spoštovani,\n\nhvala za naročilo 4500232880. Postavki 1 in 2 potrjujemo v celoti (količine, cene in dobava "
            "11. 12. 2026). Postavke 3 žal ne moremo dobaviti - izdelek OL-ANK-8 ni več v našem prodajnem programu.\n\n"
            "Lep pozdrav\nMaja Kranjc\nProdaja\nOrtopedija Ljubljana d.o.o., Tržaška cesta 116, 1000 Ljubljana\n"
            "T: +386 1 555 32 10\n")
    eml = mail(p, ("Maja Kranjc", "maja.kranjc@ortopedija-lj.example"), D(2026, 11, 17, 8, 30), body,
               client="apple", quote="apple", re="Re:", alt=True)
    return [p], eml, conf("Lines 1-2 accepted in full, line 3 rejected.", labels(p, {1: "A", 2: "A", 3: "R"}))


@case("museum-light-serbian-cyrillic", "confirmation/sr-RS", "Serbian Cyrillic reply confirming both lines with a new delivery date written '22.12.2026. године'")
def c042():
    s = sup("MUZRAS", "Muzejska Rasveta d.o.o.", "prodaja@muzejskarasveta.example", "sr-RS")
    p = po("4500232902", s, "EUR", [
        ("MR-FO-12", "Fibre optic light engine 12 outputs, LED 30 W", 6, "EA", "1180.00", "2026-12-11"),
        ("MR-FO-TIP-3", "Fibre end fitting 3 mm, adjustable", 72, "PCS", "14.50", "2026-12-11")])
    body = ("Поштована госпођо Окафор,\n\nзахваљујемо на поруџбини 4500232902. Потврђујемо обе ставке у наручeним "
            "количинама и по наведеним ценама, са испоруком 22.12.2026. године.\n\nСрдачан поздрав,\nМилош Јовановић\n"
            "Музејска расвета д.о.о.\nБулевар ослобођења 88, 21000 Нови Сад\nТел. +381 21 555 4321\n")
    eml = mail(p, ("Милош Јовановић", "milos.jovanovic@muzejskarasveta.example"), D(2026, 11, 18, 13, 13), body,
               client="gmail", quote="gmail", re="Re:", cte="base64")
    d = "2026-12-22"
    return [p], eml, conf("Both lines as ordered except delivery 2026-12-22.",
                          labels(p, {1: ("C", None, None, d), 2: ("C", None, None, d)}))


@case("typewriter-ribbon-bulgarian-pack", "confirmation/bg-BG", "windows-1251 Bulgarian reply rounding line 1 up to full boxes: 21 boxes x 12 = 252 pcs")
def c043():
    s = sup("LENTOT", "Lentotech Ltd", "prodazhbi@lentotech.example", "bg-BG")
    p = po("4500232925", s, "EUR", [
        ("LT-NY-13-BK", "Nylon typewriter ribbon 13 mm x 10 m, black, spool", 250, "PCS", "3.90", "2026-12-11"),
        ("LT-COR-LO-6", "Lift-off correction tape 6 mm", 100, "PCS", "2.40", "2026-12-11")])
    assert 21 * 12 == 252
    body = ("Здравейте, г-жо Окафор,\n\nПотвърждаваме поръчка 4500232925:\n"
            "Поз. 1 – лентите се опаковат по 12 бр. в кутия, затова ще доставим 21 кутии = 252 бр. на 3,90 EUR/бр., "
            "доставка 11.12.2026.\nПоз. 2 – 100 бр. на 2,40 EUR/бр., доставка 11.12.2026.\n\nПоздрави,\n"
            "Десислава Петрова\nТърговски отдел\nЛентотех ООД, бул. Цариградско шосе 115, 1784 София\nтел. +359 2 955 1234\n")
    eml = mail(p, ("Десислава Петрова", "d.petrova@lentotech.example"), D(2026, 11, 12, 16, 45, "+0200"), body,
               re="RE:", cs="windows-1251")
    return [p], eml, conf("Line 1 rounded to full boxes: 252 PCS; line 2 as ordered.",
                          labels(p, {1: ("C", 252, None, None), 2: "A"}))


@case("hearing-loop-arabic-html-only", "confirmation/ar-AE", "HTML-only right-to-left Arabic reply with an English summary; the new date appears next to the old one ('17/12/2026 instead of 11/12/2026')")
def c044():
    s = sup("GULFAA", "Gulf Assistive Audio LLC", "sales@gulfassistive.example", "ar-AE")
    p = po("4500232948", s, "AED", [
        ("GA-LOOP-PRO", "Hearing loop driver for halls up to 1000 m2, 2 channels", 3, "EA", "9850.00", "2026-12-11"),
        ("GA-CNTR-TKT", "Counter loop kit for ticket desks", 12, "SET", "1240.00", "2026-12-11")])
    hb = ("<div dir=\"rtl\" style=\"font-family:Tahoma\"><p>السيدة ميرا المحترمة،</p><p>شكراً لطلب الشراء رقم 4500232948. "
          "نؤكد البندين بالكميات والأسعار المطلوبة، ولكن موعد التسليم سيكون 17/12/2026 بدلاً من 11/12/2026 بسبب التخليص "
          "الجمركي.</p></div><div dir=\"ltr\"><p>We confirm both lines, quantities and prices as per PO; delivery "
          "17/12/2026 instead of 11/12/2026 due to customs clearance.</p></div><div dir=\"rtl\"><p>مع أطيب التحيات،<br>"
          "أحمد الحمادي<br>Gulf Assistive Audio LLC, Dubai Investments Park, Dubai<br>+971 4 555 6123</p></div>")
    eml = mail(p, ("أحمد الحمادي", "ahmed.alhammadi@gulfassistive.example"), D(2026, 11, 19, 11, 25, "+0400"), "",
               html_only=True, html_body=hb, quote="outlook", cte="base64")
    d = "2026-12-17"
    return [p], eml, conf("Delivery 17/12/2026 replaces 11/12/2026 for both lines; quantities and prices as ordered.",
                          labels(p, {1: ("C", None, None, d), 2: ("C", None, None, d)}))


@case("brew-kettle-hindi-inr-lakh", "confirmation/hi-IN", "Hindi/English mix with Indian digit grouping (₹1,22,000.00) and dd-mm-yyyy dates; price increase on line 1")
def c045():
    s = sup("GANGABT", "Ganga Brewtech Pvt. Ltd.", "sales@gangabrewtech.example", "hi-IN")
    p = po("4500232970", s, "INR", [
        ("GB-KT-300", "Brew kettle 300 L, SS304, electric 3x6 kW", 3, "EA", "118500.00", "2026-12-18"),
        ("GB-HX-10", "Plate heat exchanger 10 plates, 3/4\" BSP", 3, "EA", "24800.00", "2026-12-18")])
    body = ("नमस्ते Mira जी,\n\nPO 4500232970 के लिए धन्यवाद। हम पुष्टि करते हैं:\n"
            "1. GB-KT-300 - 3 nos @ ₹1,22,000.00 प्रति यूनिट (स्टेनलेस स्टील की कीमत बढ़ने के कारण), डिलीवरी 18-12-2026\n"
            "2. GB-HX-10 - 3 nos @ ₹24,800.00, डिलीवरी 18-12-2026\n\nधन्यवाद,\nRakesh Sharma\nSales Manager\n"
            "Ganga Brewtech Pvt. Ltd., Plot 42, Sector 6, IMT Manesar, Gurugram 122050\n+91 124 455 6677\n")
    eml = mail(p, ("Rakesh Sharma", "rakesh.sharma@gangabrewtech.example"), D(2026, 11, 13, 12, 34, "+0530"), body,
               client="gmail", quote="gmail", re="Re:")
    return [p], eml, conf("₹1,22,000.00 = 122000.00 INR (lakh grouping); line 2 as ordered.",
                          labels(p, {1: ("C", None, "122000.00", None), 2: "A"}))


@case("pantograph-indian-oa-pdf", "confirmation/en-IN", "Indian English body plus an OA PDF: dispatch date and delivery date both given (delivery wins), and one line regretted")
def c046():
    s = sup("BHARATRCC", "Bharat Rail Current Collectors Pvt Ltd", "orders@bharatrcc.example", "en-IN")
    p = po("4500232988", s, "USD", [
        ("BR-PG-1600", "Pantograph pan head 1600 mm, 750 V DC", 6, "EA", "4250.00", "2026-12-11"),
        ("BR-CS-1200", "Carbon strip 1200 mm, metallised", 60, "PCS", "118.00", "2026-12-11"),
        ("BR-SPR-24", "Raising spring set 24 kN", 6, "SET", "385.00", "2026-12-11")], buyer=B_JONAS)
    pdf = make_pdf(["#ORDER ACKNOWLEDGEMENT  OA/26-27/0912", "Bharat Rail Current Collectors Pvt Ltd, MIDC Bhosari, Pune 411026",
                    "Customer PO: 4500232988 dt. 02-11-2026          OA date: 10-11-2026", "",
                    "Sl  Item         Qty      Rate USD    Dispatch     Delivery",
                    "1   BR-PG-1600   6 EA     4,250.00    04-12-2026   18-12-2026",
                    "2   BR-CS-1200   60 PCS   118.00      04-12-2026   18-12-2026",
                    "3   BR-SPR-24    --       --          Regret - item discontinued", "",
                    "Terms: CIP Goteborg by sea-air. Payment 30 days."], compress=False,
                   title="OA/26-27/0912", producer="Tally.ERP 9", date="D:20261110113000+05'30'")
    body = ("Dear Sir,\n\nGreetings from Bharat RCC!\n\nPFA our Order Acknowledgement OA/26-27/0912 against your PO No. "
            "4500232988. Kindly note:\n- Pan heads: 6 nos, dispatch 04-12-2026, delivery at your end 18-12-2026 (sea-air).\n"
            "- Carbon strips: 60 nos, delivery 18-12-2026.\n- Spring sets: regret, we no longer manufacture these.\n\n"
            "Prices as per PO.\n\nThanks & Regards,\nSuresh Iyer\nManager - Exports\nBharat Rail Current Collectors Pvt Ltd\n"
            "Plot T-88, MIDC Bhosari, Pune 411026\nMob: +91 98220 55501\n")
    eml = mail(p, ("Suresh Iyer", "suresh.iyer@bharatrcc.example"), D(2026, 11, 10, 11, 40, "+0530"), body,
               quote="outlook-orig", cs="us-ascii", cte="7bit",
               attachments=[mime.att(pdf, "application/pdf", "OA-26-27-0912.pdf")])
    d = "2026-12-18"
    return [p], eml, conf("Delivery 18-12-2026 wins over dispatch 04-12-2026 for lines 1 and 2; line 3 regretted = rejected.",
                          labels(p, {1: ("C", None, None, d), 2: ("C", None, None, d), 3: "R"}))


@case("skate-deck-two-pos-both-answered", "confirmation/en-ZA", "one South African reply answering two POs in separate paragraphs; on the second PO a line is split over the year end")
def c047():
    s = sup("CAPEBW", "Cape Board Works (Pty) Ltd", "orders@capeboardworks.example", "en-ZA")
    pa = po("4500233004", s, "ZAR", [
        ("CB-DK-8.25-PRO", "Pro deck 8.25\" x 32\", 7-ply maple", 250, "PCS", "265.00", "2026-12-11"),
        ("CB-DK-8.5-PRO", "Pro deck 8.5\" x 32.25\", 7-ply maple", 150, "PCS", "272.00", "2026-12-11")], issued="2026-11-04")
    pb = po("4500233019", s, "ZAR", [
        ("CB-WH-54-99A", "Wheels 54 mm 99A, set of 4", 200, "SET", "189.00", "2026-12-18"),
        ("CB-BRG-ABEC7", "Bearings ABEC 7, set of 8", 200, "SET", "96.00", "2026-12-18")], issued="2026-11-05")
    body = ("Hi Mira\n\nPlease see below for both your orders:\n\nPO 4500233004 (decks) - both lines confirmed as ordered, "
            "delivery 11/12/2026.\n\nPO 4500233019 (wheels & bearings) - wheels confirmed, 200 sets @ R189.00 for "
            "18/12/2026. Bearings: we can only do 120 sets by 18/12/2026, balance of 80 sets on 22/01/2027, same price.\n\n"
            "Kind regards\nThandi Mokoena\nCape Board Works (Pty) Ltd\n14 Brickfield Road, Woodstock, Cape Town 7925\n"
            "Tel +27 21 555 0147\n")
    eml = mail(pa, ("Thandi Mokoena", "thandi@capeboardworks.example"), D(2026, 11, 24, 9, 15, "+0200"), body,
               subject="RE: PO 4500233004 / 4500233019 - request for order acknowledgement", client="outlook",
               refs=f"{pa['request_message_id']} {pb['request_message_id']}")
    return [pa, pb], eml, conf("Both POs answered: 4500233004 as ordered; 4500233019 line 2 split 120 + 80 (last 2027-01-22).",
                               labels(pa, {1: "A", 2: "A"}),
                               labels(pb, {1: "A", 2: ("C", 200, None, "2027-01-22", [(120, "2026-12-18"), (80, "2027-01-22")])}))


@case("windsurf-iphone-partial", "confirmation/en-AU", "terse iPhone reply naming lines by sail size (5.3, 4.5, 7.8): two accepted, one refused, two deferred to Monday = unconfirmed")
def c048():
    s = sup("SOUTHLY", "Southerly Sails Pty Ltd", "orders@southerlysails.example", "en-AU")
    p = po("4500233032", s, "AUD", [
        ("SS-WS-5.3", "Wave sail 5.3 m2", 6, "PCS", "720.00", "2026-12-11"),
        ("SS-WS-4.5", "Wave sail 4.5 m2", 6, "PCS", "690.00", "2026-12-11"),
        ("SS-FS-7.8", "Formula sail 7.8 m2, 7 cambers", 4, "PCS", "1290.00", "2026-12-11"),
        ("SS-BAT-1/2", "Batten set 1/2\" for SS-WS", 12, "SET", "54.00", "2026-12-11"),
        ("SS-UJ-PWR", "Powerjoint U-joint, US pin", 20, "PCS", "42.00", "2026-12-11")], buyer=B_ELLA)
    body = ("Hi Ella, quick one from the road - wave sails 5.3 and 4.5 all good as ordered. Formula 7.8 sorry, sold out "
            "for the season, can't supply. Battens and UJs I'll check when back in the office Monday.\n\nCheers Brad\n\n"
            "Sent from my iPhone")
    eml = mail(p, ("Brad Kelly", "brad.kelly@southerlysails.example"), D(2026, 11, 21, 8, 2, "+1100"), body,
               client="iphone", quote="apple", re="Re:", alt=False, cs="us-ascii", cte="7bit")
    return [p], eml, conf("Lines identified by sail size: 1-2 accepted, 3 rejected, 4-5 deferred = unconfirmed.",
                          labels(p, {1: "A", 2: "A", 3: "R", 4: "U", 5: "U"}))


@case("centrifuge-singapore-erp-pdf", "confirmation/en-SG", "system-generated 'do not reply' mail with a Flate-compressed SOA PDF using dd-Mon-yyyy ETAs; one line moved to January")
def c049():
    s = sup("LIONLAB", "Lion City Labware Pte Ltd", "orders@lioncitylab.example", "en-SG")
    p = po("4500233041", s, "SGD", [
        ("LC-MC-12", "Mini centrifuge 12 x 1.5 ml, 6,000 rpm", 20, "EA", "265.00", "2026-12-11"),
        ("LC-HS-24", "High-speed centrifuge 24 x 2 ml, 21,000 x g", 4, "EA", "3480.00", "2026-12-11"),
        ("LC-ROT-6x15", "Fixed angle rotor 6 x 15 ml", 4, "EA", "690.00", "2026-12-11")])
    pdf = make_pdf(["#SALES ORDER ACKNOWLEDGEMENT SOA-2611-00385", "Lion City Labware Pte Ltd, 21 Tuas Link 2, Singapore 638569",
                    "Customer: Halvorsen Trading AB     Your PO: 4500233041     Date: 16-Nov-2026", "",
                    "Ln  Item          Qty   UOM  Unit Price SGD   ETA",
                    "1   LC-MC-12      20    EA   265.00           11-Dec-2026",
                    "2   LC-HS-24      4     EA   3,480.00         08-Jan-2027",
                    "3   LC-ROT-6x15   4     EA   690.00           11-Dec-2026", "",
                    "Total SGD 21,980.00   Incoterms FCA Singapore"], compress=True, title="SOA-2611-00385",
                   producer="NetSuite", date="D:20261116102000+08'00'")
    assert 20 * 265 + 4 * 3480 + 4 * 690 == 21980
    body = ("Dear Customer,\n\nPlease find attached Sales Order Acknowledgement SOA-2611-00385 for your Purchase Order "
            "4500233041.\n\nThis is a system generated email. Please do not reply.\n")
    eml = mail(p, ("Lion City Labware", "erp-noreply@lioncitylab.example"), D(2026, 11, 16, 10, 21, "+0800"), body,
               client="erp", subject="Sales Order Acknowledgement SOA-2611-00385 (PO 4500233041)", quote=None,
               thread=False, alt=True, attachments=[mime.att(pdf, "application/pdf", "SOA-2611-00385.pdf")])
    return [p], eml, conf("ERP mail is a confirmation; PDF ETA for line 2 is 2027-01-08, others as ordered.",
                          labels(p, {1: "A", 2: ("C", None, None, "2027-01-08"), 3: "A"}))


@case("museum-light-forwarded-production", "confirmation/en-IE", "the commitment is in a forwarded internal note from production; the sales rep's top text only endorses it")
def c050():
    s = sup("LUMENH", "Lumen Heritage Lighting Ltd", "sales@lumenheritage.example", "en-IE")
    p = po("4500233066", s, "EUR", [
        ("LH-FR-2700-6", "Framing projector 6 W, 2700K, gobo 1/4", 10, "EA", "342.00", "2026-12-11"),
        ("LH-CASE-LED-24V", "Display case LED strip 24V, 1.2 m, CRI 98", 40, "PCS", "58.00", "2026-12-11")])
    body = ("Hi Mira,\n\nSee below from our production team - we can confirm your PO 4500233066 on that basis: framing "
            "projectors as ordered, the 24V case strips in two drops.\n\nCiara\n\nCiara Byrne | Sales\nLumen Heritage "
            "Lighting Ltd | Unit 4, Sandyford Business Park, Dublin 18 | +353 1 555 2290\n\n"
            "---------- Forwarded message ---------\nFrom: Production Planning <planning@lumenheritage.example>\n"
            "Date: Mon, 23 Nov 2026 at 09:02\nSubject: PO 4500233066 capacity\nTo: Ciara Byrne <ciara.byrne@lumenheritage.example>\n\n"
            "Ciara,\nLH-FR-2700-6: 10 pcs ready for 11/12.\nLH-CASE-LED-24V: 25 pcs 11/12, remaining 15 pcs 18/12.\n"
            "Prices unchanged.\nDeclan\n")
    eml = mail(p, ("Ciara Byrne", "ciara.byrne@lumenheritage.example"), D(2026, 11, 23, 10, 48, "+0000"), body,
               client="gmail", quote="gmail", re="Re:")
    return [p], eml, conf("Line 2: 25 on 2026-12-11 and 15 on 2026-12-18 (day-first, year from mail date); line 1 as ordered.",
                          labels(p, {1: "A", 2: ("C", 40, None, "2026-12-18", [(25, "2026-12-11"), (15, "2026-12-18")])}))


@case("garden-gnome-belgian-dozens", "confirmation/fr-BE", "PO in EA confirmed in dozens with a price per dozen: 118,80 €/dz = 9.90 per EA (changed) and 134,40 €/dz = 11.20 (unchanged)")
def c051():
    s = sup("NAINSARD", "Nains de Jardin Ardennais SPRL", "commandes@nainsardennais.example", "fr-BE")
    p = po("4500233081", s, "EUR", [
        ("NJ-CLS-35", "Garden gnome classic 35 cm, terracotta", 120, "EA", "9.40", "2026-12-11"),
        ("NJ-FSH-28", "Garden gnome fishing 28 cm", 60, "EA", "11.20", "2026-12-11")])
    body = ("Bonjour Madame,\n\nNous confirmons votre commande 4500233081 :\n"
            "- NJ-CLS-35 : 10 douzaines à 118,80 € la douzaine, livraison le 11/12/2026 ;\n"
            "- NJ-FSH-28 : 5 douzaines à 134,40 € la douzaine, livraison le 11/12/2026.\n\n"
            "Meilleures salutations,\nLaurent Dubois\nNains de Jardin Ardennais SPRL\nRue de la Poterie 7, 6900 Marche-en-Famenne\n"
            "Tél. +32 84 55 12 34\n")
    eml = mail(p, ("Laurent Dubois", "laurent.dubois@nainsardennais.example"), D(2026, 11, 17, 14, 55), body,
               lang="fr", cs="iso-8859-15", henc="Q")
    return [p], eml, conf("10 dz = 120 EA, 118.80/12 = 9.90 (PO 9.40) -> changed; 5 dz = 60 EA, 134.40/12 = 11.20 -> accepted.",
                          labels(p, {1: ("C", None, "9.90", None), 2: "A"}))


@case("grape-press-holiday-promo", "unrelated/fr-CA", "Québec supplier's HTML holiday promotion with percentages, prices and a deadline date, sent to the buyer while a PO is open")
def c052():
    s = sup("PRESSQC", "Pressoirs Québec Inc.", "ventes@pressoirsquebec.example", "fr-CA")
    p = po("4500233102", s, "CAD", [
        ("PQ-HP-12", "Hydraulic press 12 hl, stainless basket", 2, "EA", "6480.00", "2026-12-18"),
        ("PQ-MILL-1.5", "Fruit mill 1.5 kW", 2, "EA", "1290.00", "2026-12-18")])
    hb = ("<table width=\"600\" align=\"center\" style=\"font-family:Arial\"><tr><td><h1>Promotion des Fêtes 2026</h1>"
          "<p>Bonjour,</p><p>Profitez de <b>15 % de rabais</b> sur tous nos pressoirs hydrauliques de 6 à 20 hl, et de "
          "la livraison gratuite au Canada pour toute commande passée avant le 2026-12-18.</p>"
          "<p>Nouveau : le broyeur PQ-MILL-2.2 (2,2 kW) à 1 490,00 $ seulement.</p><p>Rendez-vous aussi à notre kiosque "
          "n° 412 au Salon Vitis 2027 (Québec, du 2027-01-20 au 2027-01-22).</p>"
          "<p style=\"font-size:11px;color:#888\">Pressoirs Québec Inc., 455 boul. de l'Industrie, Saint-Hyacinthe (QC) "
          "J2S 5P4. Vous recevez ce courriel parce que vous êtes client. <a href=\"https://pressoirsquebec.example/desabonnement\">"
          "Se désabonner</a></p></td></tr></table>")
    txt = ("Promotion des Fêtes 2026\n\nBonjour,\n\nProfitez de 15 % de rabais sur tous nos pressoirs hydrauliques de 6 à "
           "20 hl, et de la livraison gratuite au Canada pour toute commande passée avant le 2026-12-18.\n\nNouveau : le "
           "broyeur PQ-MILL-2.2 (2,2 kW) à 1 490,00 $ seulement.\n\nRendez-vous aussi à notre kiosque n° 412 au Salon "
           "Vitis 2027 (Québec, du 2027-01-20 au 2027-01-22).\n\nSe désabonner : https://pressoirsquebec.example/desabonnement\n")
    eml = mail(p, ("Pressoirs Québec", "infolettre@pressoirsquebec.example"), D(2026, 11, 26, 8, 0, "-0500"), txt,
               subject="Promotion des Fêtes : 15 % sur les pressoirs jusqu'au 18 décembre", quote=None, thread=False,
               client="other", html_body=hb, to="mira.okafor@halvorsen-trading.example",
               extra_hdrs=[("List-Unsubscribe", "<https://pressoirsquebec.example/desabonnement>"), ("Precedence", "bulk")])
    return [p], eml, other("unrelated", "Marketing newsletter from the supplier; mentions presses and dates but not the PO.")


@case("ceramic-hob-delivery-note-other-po", "unrelated/nl-BE", "Flemish delivery note (leveringsbon PDF) for an older, different PO, from the same supplier as the open one")
def c053():
    s = sup("KOOKVL", "Kookplaten Vlaanderen NV", "orders@kookplatenvlaanderen.example", "nl-BE")
    p = po("4500233120", s, "EUR", [
        ("KV-VTR-80", "Ceramic hob 80 cm, 5 zones, bridge function", 10, "EA", "512.00", "2026-12-18"),
        ("KV-VTR-60", "Ceramic hob 60 cm, 4 zones", 16, "EA", "389.00", "2026-12-18")])
    pdf = make_pdf(["#LEVERINGSBON LB-2026-11873", "Kookplaten Vlaanderen NV - Nijverheidslaan 31 - 8540 Deerlijk",
                    "Datum: 24/11/2026     Uw bestelling: 4500229981     Klant: Halvorsen Trading AB", "",
                    "Artikel      Omschrijving                       Aantal",
                    "KV-VTR-60    Keramische kookplaat 60 cm, 4 zones   24",
                    "KV-FR-60     Inbouwkader inox 60 cm                24", "",
                    "Aantal colli: 4 paletten  -  Transporteur: Van Moer Logistics"], compress=False,
                   title="Leveringsbon LB-2026-11873", date="D:20261124070500+01'00'")
    body = ("Beste,\n\nIn bijlage vindt u de leveringsbon LB-2026-11873 voor uw bestelling 4500229981, vandaag vertrokken "
            "bij ons magazijn (4 paletten, Van Moer Logistics).\n\nMet vriendelijke groeten\nExpeditie\n"
            "Kookplaten Vlaanderen NV\nNijverheidslaan 31, 8540 Deerlijk\nT +32 56 55 71 00\n")
    eml = mail(p, ("Expeditie Kookplaten Vlaanderen", "expeditie@kookplatenvlaanderen.example"), D(2026, 11, 24, 7, 6),
               body, subject="Leveringsbon LB-2026-11873 - uw bestelling 4500229981", quote=None, thread=False,
               client="other", cs="iso-8859-1", alt=False,
               attachments=[mime.att(pdf, "application/pdf", "LB-2026-11873.pdf")])
    return [p], eml, other("unrelated", "Delivery note for PO 4500229981, which is not in pos.json; open PO 4500233120 is not mentioned.")


@case("sealing-wax-austrian-jaenner", "confirmation/de-AT", "Austrian 'Lieferung 15. Jänner 2027' for two lines and a price change on the other line that keeps its date")
def c054():
    s = sup("SIEGWIEN", "Siegellack Manufaktur Wien GmbH", "bestellung@siegellack-wien.example", "de-AT")
    p = po("4500233145", s, "EUR", [
        ("SL-STG-GLD", "Sealing wax sticks gold 11x100 mm, box of 10", 300, "BOX", "18.90", "2026-12-18"),
        ("SL-STP-M25", "Brass seal stamp 25 mm, monogram", 40, "PCS", "32.00", "2026-12-18"),
        ("SL-SPN-3", "Melting spoon with 3 wax tablets", 60, "SET", "12.50", "2026-12-18")])
    body = ("Sehr geehrte Frau Okafor,\n\nbesten Dank für Ihre Bestellung 4500233145. Die Positionen 1 und 3 bestätigen wir "
            "mengen- und preismäßig wie bestellt, Lieferung 15. Jänner 2027. Position 2 (Petschaft mit Monogramm) liefern "
            "wir wie gewünscht am 18.12.2026, allerdings zum Preis von EUR 34,50/Stk. wegen der Gravurkosten.\n\n"
            "Mit freundlichen Grüßen\nMag. Lukas Gruber\nVerkauf\nSiegellack Manufaktur Wien GmbH\nSimmeringer Hauptstraße 99, "
            "1110 Wien\nT +43 1 555 73 20\nFN 123456x, HG Wien\n")
    eml = mail(p, ("Lukas Gruber", "lukas.gruber@siegellack-wien.example"), D(2026, 11, 27, 11, 3), body,
               re="AW:", lang="de", cs="iso-8859-15", henc="Q")
    d = "2027-01-15"
    return [p], eml, conf("'15. Jänner 2027' (Austrian January) for lines 1 and 3; line 2 price 34.50 on the requested date.",
                          labels(p, {1: ("C", None, None, d), 2: ("C", None, "34.50", None), 3: ("C", None, None, d)}))
