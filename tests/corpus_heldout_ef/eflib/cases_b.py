"""Cases 019-036."""
from .common import (case, sup, L, PO, conf, A, C, R, U, Text, Alt, Multi, Attach, Part, mail, addr, date,
                     buyer_addr, req_subject, request_text, request_html, gt, outlook_quote)


@case("cs-cz-shop-vacuums-vat-totals", "confirmation", "cs-CZ",
      "Czech windows-1250 reply confirming in full; net and VAT-inclusive totals (161 850,00 / 195 838,50 Kč) must not be read as unit prices.")
def c():
    s = sup("DILNAP", "Dílna Profi s.r.o.", "obchod@dilnaprofi.example", "cs-CZ")
    po = PO("4500032176", s, "marta", "CZK", "2026-11-13", [
        L("SV-30-WD", "Shop vacuum 30 l, wet/dry, 1400 W", 15, "EA", "8490.00", "2026-12-16"),
        L("SV-HEPA-30", "HEPA filter cartridge for SV-30", 30, "EA", "690.00", "2026-12-16"),
        L("SV-BAG-30", "Fleece filter bags for SV-30, pack of 5", 40, "SET", "345.00", "2026-12-16")])
    body = ("Dobrý den, paní Lindqvist,\n\npotvrzujeme Vaši objednávku č. 4500032176 v plném rozsahu - množství a ceny dle objednávky, "
            "termín dodání 16. 12. 2026.\n\nCelkem bez DPH: 161 850,00 Kč\nDPH 21 %: 33 988,50 Kč\nCelkem s DPH: 195 838,50 Kč\n\n"
            "S pozdravem\nJan Dvořák\nobchodní oddělení\nDílna Profi s.r.o., Průmyslová 1487/12, 602 00 Brno\n"
            "tel.: +420 545 123 456, IČO: 27654321, DIČ: CZ27654321\n\n"
            f"Dne 13.11.2026 v 9:12 Marta Lindqvist napsal(a):\n" + gt(request_text(po)))
    eml = mail(addr("Jan Dvořák", s["email"], "windows-1250"), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 18, 8, 47, 60), "<b3c1e9a0-2f4d-4a77-8e15-6d0c9f2a1b44@dilnaprofi.example>",
               Text(body, charset="windows-1250", flowed=True), po=po,
               extra=[("User-Agent", "Mozilla Thunderbird")])
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: A(), 3: A()})],
                notes="'v plném rozsahu' = in full, quantities and prices as ordered, delivery 16. 12. 2026 = requested date: all accepted. The totals (net 161 850,00 = sum of the lines, gross with 21 % VAT) are not unit prices.")


@case("sk-sk-tube-cutters-receipt-only", "needs_review", "sk-SK",
      "Slovak human receipt: order received and passed to the warehouse, confirmation with dates promised 'by Friday'.")
def c():
    s = sup("KOVAC", "Nástroje Kováč s.r.o.", "objednavky@nastrojekovac.example", "sk-SK")
    po = PO("4500032190", s, "jonas", "EUR", "2026-11-16", [
        L("TC-3-32", "Tube cutter 3-32 mm, copper/aluminium", 40, "EA", "14.90", "2026-12-18"),
        L("TC-MINI-22", "Mini tube cutter 6-22 mm", 60, "EA", "8.70", "2026-12-18")])
    body = ("Dobrý deň pán Weber,\n\nďakujeme za objednávku 4500032190, prijali sme ju a odovzdali do skladu na kontrolu zásob. "
            "Potvrdenie s termínmi dodania Vám pošleme najneskôr v piatok.\n\nS pozdravom\nPeter Horváth\n"
            "Nástroje Kováč s.r.o. | Priemyselná 8, 917 01 Trnava | tel. +421 33 551 22 10\n\n"
            f"Dňa po 16. 11. 2026 o 14:05 Jonas Weber <{po['buyer']['email']}> napísal(a):\n" + gt(request_text(po)))
    eml = mail(addr("Peter Horváth", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 17, 10, 2, 60), "<3f0e6b2d8a1c47e9@nastrojekovac.example>", Text(body), po=po)
    return dict(pos=[po], eml=eml, confs=None,
                notes="Only an acknowledgement of receipt; quantities, prices and dates are to be confirmed by Friday. No commitment -> needs_review.")


@case("hu-hu-wood-chisels-kifutott", "confirmation", "hu-HU",
      "Hungarian ISO-8859-2/base64 reply with '2027. 01. 15.' and '2027. január 8.' dates; line 3 is a discontinued ('kifutott') item.")
def c():
    s = sup("FAIPAR", "Faipari Szerszám Kft.", "rendeles@faiparisz.example", "hu-HU")
    po = PO("4500032204", s, "marta", "HUF", "2026-11-16", [
        L("WC-6-BE", "Wood chisel 6 mm, bevel edge, hornbeam handle", 48, "EA", "3290.00", "2027-01-15"),
        L("WC-SET-4", "Wood chisel set 4 pcs, 6/12/18/25 mm, roll", 24, "SET", "12990.00", "2027-01-15"),
        L("WC-MORT-10", "Mortise chisel 10 mm", 12, "EA", "5450.00", "2027-01-15")])
    body = ("Tisztelt Lindqvist Asszony!\n\nA 4500032204 számú megrendelését az alábbiak szerint visszaigazoljuk:\n\n"
            "1. tétel (WC-6-BE): 48 db, 3 290 Ft/db, szállítás: 2027. 01. 15.\n"
            "2. tétel (WC-SET-4): 24 készlet, 12 990 Ft/készlet, szállítás: 2027. január 8.\n"
            "3. tétel (WC-MORT-10): kifutott termék, sajnos már nem tudjuk szállítani.\n\n"
            "Az árak az áfát nem tartalmazzák.\n\nÜdvözlettel:\nNagy Zoltán\nértékesítési vezető\n"
            "Faipari Szerszám Kft. | 6000 Kecskemét, Szent István krt. 14. | Tel.: +36 76 555 123\n")
    eml = mail(addr("Nagy Zoltán", s["email"], "iso-8859-2"), buyer_addr(po), "Vá: " + req_subject(po),
               date(2026, 11, 19, 14, 10, 60), "<20261119141003.GA28811@faiparisz.example>",
               Text(body, charset="iso-8859-2", cte="base64"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(date="2027-01-08"), 3: R()})],
                notes="Line 1 as ordered. Line 2 same quantity and price but delivered earlier, 2027-01-08 -> changed. Line 3 discontinued ('kifutott termék ... nem tudjuk szállítani') -> rejected.")


@case("ro-ro-axle-stands-html-shortage", "confirmation", "ro-RO",
      "Romanian HTML-only reply with a confirmation table; line 1 short-shipped (20 of 24 pairs, remainder cancelled).")
def c():
    s = sup("AUTODOT", "Autodotari Sibiu SRL", "vanzari@autodotari.example", "ro-RO")
    po = PO("4500032219", s, "tom", "RON", "2026-11-16", [
        L("AS-2T-PR", "Axle stand 2 t, pair", 24, "PR", "165.00", "2026-12-14"),
        L("AS-3T-PR-R", "Axle stand 3 t, pair, ratchet", 16, "PR", "239.00", "2026-12-14")])
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p>Bună ziua domnule Hale,</p><p>Vă confirmăm comanda nr. 4500032219 după cum urmează:</p>"
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr style=\"background:#dde\"><th>Poz.</th><th>Cod</th><th>Cant. confirmată</th><th>Preț unitar</th><th>Data livrării</th></tr>"
            "<tr><td>1</td><td>AS-2T-PR</td><td>20 perechi</td><td>165,00 lei</td><td>14.12.2026</td></tr>"
            "<tr><td>2</td><td>AS-3T-PR-R</td><td>16 perechi</td><td>239,00 lei</td><td>14.12.2026</td></tr></table>"
            "<p>Pentru poziția 1 mai avem în stoc doar 20 de perechi; restul de 4 perechi nu le mai putem livra "
            "(produsul nu se mai fabrică).</p><p>Cu stimă,<br>Ioana Popescu<br>Departament vânzări<br>"
            "Autodotari Sibiu SRL · Str. Industriei 5, Sibiu · Tel. 0269 555 010 · CUI RO12345678</p>"
            "<div style=\"border-top:1px solid #ccc;padding-top:6px\"><b>From:</b> Tom Hale &lt;tom.hale@kestrel-supply.example&gt;<br>"
            "<b>Sent:</b> Monday, November 16, 2026 3:10 PM<br><b>Subject:</b> " + req_subject(po) + "</div>"
            + request_html(po) + "</body></html>")
    eml = mail(addr("Ioana Popescu", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 18, 12, 15, 120), "<VI1PR02MB5642D9E8F7A6B5C4@VI1PR02MB5642.eurprd02.prod.outlook.example>",
               Text(html, "html"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(qty=20), 2: A()})],
                notes="HTML-only. Line 1: only 20 pairs confirmed, the remaining 4 will not be delivered -> changed, quantity 20, price and date as ordered. Line 2 as ordered. The quoted PO table below must not be read as the answer.")


@case("bg-bg-ball-valves-cp1251-euro", "confirmation", "bg-BG",
      "Bulgarian windows-1251 reply in euro (Bulgaria uses EUR since 2026); one line's price rises to 33,90 €.")
def c():
    s = sup("ARMPD", "Armatura Plovdiv EOOD", "prodazhbi@armatura-pd.example", "bg-BG")
    po = PO("4500032233", s, "jonas", "EUR", "2026-11-17", [
        L("BV-34-BR", "Ball valve 3/4\" brass, lever", 120, "EA", "6.80", "2026-12-22"),
        L("BV-2-BR", "Ball valve 2\" brass, lever", 30, "EA", "31.50", "2026-12-22"),
        L("BV-12-BUT", "Ball valve 1/2\" butterfly handle, F/F", 200, "EA", "4.20", "2026-12-22")])
    body = ("Здравейте, г-н Вебер,\n\nПотвърждаваме поръчка № 4500032233:\n\n"
            "поз. 1 и поз. 3 - съгласно поръчката, доставка до 22.12.2026 г.\n"
            "поз. 2 (BV-2-BR) - 30 бр., цена 33,90 € (нова цена на производителя от 01.11.2026 г.), доставка до 22.12.2026 г.\n\n"
            "Поздрави,\nГеорги Иванов\nтърговски отдел\n\"Арматура Пловдив\" ЕООД, бул. \"Марица\" 48, 4002 Пловдив\n"
            "тел. +359 32 555 441, ЕИК 115123456\n" + outlook_quote(po, "Tuesday, November 17, 2026 10:48 AM", "en"))
    eml = mail(addr("Георги Иванов", s["email"], "windows-1251"), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 19, 16, 40, 120), "<000601dd5a11$7c3b2e10$74b18a30$@armatura-pd.example>",
               Text(body, charset="windows-1251"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(price="33.90"), 3: A()})],
                notes="Lines 1 and 3 'съгласно поръчката' (as ordered). Line 2 same quantity and date, new price 33,90 € instead of 31.50.")


@case("uk-ua-copper-pipe-coil-price", "confirmation", "uk-UA",
      "Ukrainian KOI8-U reply pricing per 50 m coil: line 1 2 350,00 грн/coil = 47.00/m (PO 46.00), line 2 3 550,00/coil = 71.00/m (= PO).")
def c():
    s = sup("MIDSERV", "TOV Mid-Servis", "prodazh@midservis.example", "uk-UA")
    po = PO("4500032247", s, "priya", "UAH", "2026-11-17", [
        L("CU-12-COIL", "Copper pipe 12 x 1.0 mm, soft, coil", 200, "M", "46.00", "2026-12-11"),
        L("CU-18-COIL", "Copper pipe 18 x 1.0 mm, soft, coil", 100, "M", "71.00", "2026-12-11")])
    body = ("Добрий день, пані Пріє!\n\nЗамовлення 4500032247 підтверджуємо:\n\n"
            "поз. 1 - 4 бухти по 50 м (разом 200 м), ціна 2 350,00 грн за бухту;\n"
            "поз. 2 - 2 бухти по 50 м (разом 100 м), ціна 3 550,00 грн за бухту.\n\n"
            "Відвантаження 11.12.2026.\n\nЗ повагою,\nОлександр Ткаченко\nТОВ \"Мідь-Сервіс\", м. Дніпро\nтел. +380 56 123 45 67\n\n"
            + gt(request_text(po)))
    eml = mail(addr("Олександр Ткаченко", s["email"], "koi8-u"), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 20, 9, 55, 120), "<5a1f9c7e.midservis@mail.midservis.example>",
               Text(body, charset="koi8-u"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(price="47.00"), 2: A()})],
                notes="Quantities in 50 m coils equal the PO metres (4 x 50 = 200, 2 x 50 = 100). Prices per coil must be converted to the PO unit (M): 2 350,00 / 50 = 47.00 (PO 46.00 -> changed), 3 550,00 / 50 = 71.00 (= PO). Ship date 11.12.2026 = requested.")


@case("sr-rs-drywall-screws-substitute", "needs_review", "sr-RS",
      "Serbian (Latin) reply proposing a substitute brand at a higher price and asking for approval before confirming anything.")
def c():
    s = sup("VIJCINS", "Vijci Novi Sad d.o.o.", "prodaja@vijcins.example", "sr-RS")
    po = PO("4500032261", s, "tom", "RSD", "2026-11-17", [
        L("DS-35-25-BX", "Drywall screw 3.5 x 25 mm, box of 1000", 80, "BOX", "1450.00", "2026-12-11"),
        L("DS-35-55-BX", "Drywall screw 3.5 x 55 mm, box of 500", 60, "BOX", "1380.00", "2026-12-11")])
    body = ("Poštovani g. Hale,\n\nartikal DS-35-25-BX trenutno nemamo od proizvođača koga ste naveli u porudžbini. "
            "Možemo da ponudimo zamenu drugog proizvođača, istih dimenzija i kvaliteta, po ceni od 1.520,00 RSD po kutiji.\n\n"
            "Molim Vas da nam potvrdite da li prihvatate zamenu, pa ćemo Vam odmah poslati potvrdu za celu porudžbinu "
            "sa rokovima isporuke.\n\nSrdačan pozdrav,\nDragana Jovanović\nVijci Novi Sad d.o.o. | Tel. +381 21 455 300 | PIB 101234567\n\n"
            + outlook_quote(po, "Tuesday, November 17, 2026 4:02 PM", "en"))
    eml = mail(addr("Dragana Jovanović", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 18, 11, 20, 60), "<AS8PR04MB8212A0B1C2D3E4F5@AS8PR04MB8212.eurprd04.prod.outlook.example>",
               Text(body), po=po)
    return dict(pos=[po], eml=eml, confs=None,
                notes="The supplier offers a substitute at 1.520,00 RSD and waits for our approval before confirming the whole order; nothing is committed yet -> needs_review.")


@case("hr-hr-earmuffs-godisnji-ooo", "auto_reply", "hr-HR",
      "Croatian out-of-office ('Automatski odgovor') listing absence dates 16.11.-27.11.2026 and a colleague's phone.")
def c():
    s = sup("ZASTPL", "Zaštita Plus d.o.o.", "prodaja@zastitaplus.example", "hr-HR")
    po = PO("4500032276", s, "marta", "EUR", "2026-11-18", [
        L("EM-SNR28-F", "Earmuff SNR 28 dB, foldable", 100, "EA", "9.40", "2026-12-18")])
    body = ("Poštovani,\n\nod 16.11. do 27.11.2026. nalazim se na godišnjem odmoru bez pristupa e-pošti. "
            "Vaša poruka neće biti proslijeđena.\nU hitnim slučajevima obratite se kolegici Ivani Babić na tel. +385 1 234 5678 "
            "ili e-mail ivana.babic@zastitaplus.example.\n\nLijep pozdrav,\nMarko Kovačević\n")
    eml = mail(addr("Marko Kovačević", s["email"]), buyer_addr(po), "Automatski odgovor: " + req_subject(po),
               date(2026, 11, 18, 9, 1, 60), "<AM0PR06MB4012B9A8C7D6E5F4@AM0PR06MB4012.eurprd06.prod.outlook.example>",
               Text(body), po=po, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return dict(pos=[po], eml=eml, confs=None,
                notes="Croatian out-of-office auto reply (godišnji odmor = annual leave); the dates are the absence, not a delivery date.")


@case("sl-si-filter-cartridges-csv", "confirmation", "sl-SI",
      "Slovenian reply with an ERP CSV (windows-1250, ';', decimal comma); the body mentions only the pack rounding of line 2, the CSV also moves line 3's date.")
def c():
    s = sup("FILTRILJ", "Filtri Ljubljana d.o.o.", "prodaja@filtri-lj.example", "sl-SI")
    po = PO("4500032290", s, "jonas", "EUR", "2026-11-18", [
        L("FC-PP-10-5", "Sediment filter cartridge 10\", PP 5 micron", 200, "EA", "2.35", "2026-12-16"),
        L("FC-CTO-10", "Carbon block cartridge 10\", CTO", 50, "EA", "6.90", "2026-12-16"),
        L("FC-HOUS-10", "Filter housing 10\", clear, 3/4\"", 20, "EA", "18.40", "2026-12-16")])
    csv = ("Narocilo kupca;Poz.;Artikel;Opis;Kolicina;EM;Cena/EM;Valuta;Datum dobave\r\n"
           "4500032290;1;FC-PP-10-5;Vložek PP 10\" 5 µm;200;KOS;2,35;EUR;16.12.2026\r\n"
           "4500032290;2;FC-CTO-10;Vložek aktivno oglje 10\";54;KOS;6,90;EUR;16.12.2026\r\n"
           "4500032290;3;FC-HOUS-10;Ohišje filtra 10\" prozorno 3/4\";20;KOS;18,40;EUR;23.12.2026\r\n").encode("windows-1250")
    body = ("Pozdravljeni,\n\nv prilogi vam pošiljamo potrditev naročila 4500032290 (izvoz iz našega sistema).\n"
            "Pri poziciji 2 smo količino zaokrožili na polno embalažo (6 kosov v škatli).\n\n"
            "Lep pozdrav,\nNina Zupan\nFiltri Ljubljana d.o.o. | Tržaška cesta 133, 1000 Ljubljana | T: +386 1 420 55 10\n")
    eml = mail(addr("Nina Zupan", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 20, 13, 33, 60), "<7e2d1c0b9a8f4e3d@filtri-lj.example>",
               Multi("mixed", [Text(body), Attach(csv, "text/csv; charset=windows-1250", "potrditev_4500032290.csv")],
                     style="outlook"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(qty=54), 3: C(date="2026-12-23")})],
                notes="The CSV carries the confirmation: line 1 as ordered; line 2 54 pcs (rounded to cartons of 6, also stated in the body); line 3 quantity and price as ordered but Datum dobave 23.12.2026 instead of 16.12 -> changed, although the body does not mention it.")


@case("el-gr-grout-floats-iso8859-7", "confirmation", "el-GR",
      "Greek ISO-8859-7 reply: line 1 as ordered, line 2 delivered 8/1/2027 (day-first) for lack of stock.")
def c():
    s = sup("PAPAD", "Papadopoulos Tools S.A.", "pwliseis@papadopoulos-tools.example", "el-GR")
    po = PO("4500032304", s, "priya", "EUR", "2026-11-18", [
        L("GF-HD-280", "Grout float 280 x 100 mm, heavy duty", 40, "PC", "8.10", "2026-12-18"),
        L("GF-GUM-240", "Grout float 240 x 100 mm, gum rubber", 40, "PC", "6.60", "2026-12-18")])
    body = ("Καλησπέρα σας κα Nair,\n\nΣας επιβεβαιώνουμε την παραγγελία 4500032304:\n\n"
            "Θέση 1: 40 τεμ. x 8,10 €, παράδοση 18/12/2026.\n"
            "Θέση 2: 40 τεμ. x 6,60 €, παράδοση 8/1/2027 λόγω έλλειψης αποθέματος.\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΕργαλεία Παπαδόπουλος Α.Ε. | Τηλ. 210 555 1234 | ΑΦΜ 099123456\n\n"
            f"Στις Τετ 18 Νοε 2026 στις 11:30, ο/η Priya Nair <{po['buyer']['email']}> έγραψε:\n" + gt(request_text(po)))
    eml = mail(addr("Νίκος Παπαδόπουλος", s["email"], "iso-8859-7"), buyer_addr(po), "Απ: " + req_subject(po),
               date(2026, 11, 23, 17, 5, 120), "<CAGr7z3kQpM1vL0=eWd2sT5bN8x@mail.papadopoulos-tools.example>",
               Text(body, charset="iso-8859-7"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(date="2027-01-08")})],
                notes="Line 1 as ordered. Line 2 same quantity and price, παράδοση 8/1/2027 (day-first) = 2027-01-08 -> changed.")


@case("tr-tr-heat-guns-hafta-51-discontinued", "confirmation", "tr-TR",
      "Turkish windows-1254 reply: '51. hafta' equals the requested Friday 2026-12-18 (accepted), the middle line is discontinued.")
def c():
    s = sup("ANADOLU", "Anadolu Hırdavat San. ve Tic. A.Ş.", "satis@anadoluhirdavat.example", "tr-TR")
    po = PO("4500032318", s, "tom", "TRY", "2026-11-19", [
        L("HG-2000-TR", "Heat gun 2000 W, LCD, 50-650 C", 40, "EA", "1249.90", "2026-12-18"),
        L("HG-1600-BAS", "Heat gun 1600 W, basic", 60, "EA", "689.00", "2026-12-18"),
        L("HG-SCRAPER", "Scraper nozzle for heat gun", 40, "EA", "95.00", "2026-12-18")])
    body = ("Merhaba Tom Bey,\n\n4500032318 numaralı siparişiniz için teyidimiz aşağıdadır:\n\n"
            "1. kalem HG-2000-TR: 40 adet, birim fiyat 1.249,90 TL, teslim 51. hafta\n"
            "2. kalem HG-1600-BAS: bu ürünün üretimi durdurulmuştur, maalesef tedarik edemiyoruz.\n"
            "3. kalem HG-SCRAPER: 40 adet, birim fiyat 95,00 TL, teslim 51. hafta\n\n"
            "Fiyatlarımıza KDV dahil değildir.\n\nSaygılarımızla,\nAyşe Yılmaz\nSatış Temsilcisi\n"
            "Anadolu Hırdavat San. ve Tic. A.Ş. | İkitelli OSB, İstanbul | Tel: 0212 555 44 33 | Vergi No: 0680123456\n\n"
            + gt(request_text(po)))
    eml = mail(addr("Ayşe Yılmaz", s["email"], "windows-1254"), buyer_addr(po), "YNT: " + req_subject(po),
               date(2026, 11, 20, 15, 30, 180), "<AS2PR09MB6123C4D5E6F7A8B9@AS2PR09MB6123.eurprd09.prod.outlook.example>",
               Text(body, charset="windows-1254"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: R(), 3: A()})],
                notes="'51. hafta' without a day = Friday of ISO week 51 = 2026-12-18, exactly the requested date, so lines 1 and 3 are accepted ('1.249,90' = 1249.90). Line 2 discontinued -> rejected.")


@case("ar-ae-impact-drivers-arabic-digits", "confirmation", "ar-AE",
      "Arabic RTL reply written entirely with Arabic-Indic digits (٤٥٠٠٠٣٢٣٣٣, ١٤/١٢/٢٠٢٦, ٦٩٥٫٠٠); line 1 limited to stock of 24.")
def c():
    s = sup("GULFT", "Gulf Tools Est.", "sales@gulftools.example", "ar-AE")
    po = PO("4500032333", s, "jonas", "AED", "2026-11-19", [
        L("ID-20V-BL", "Impact driver 20 V brushless, 2 batteries", 30, "EA", "695.00", "2026-12-14"),
        L("ID-BIT-SET", "Impact bit set 32 pcs", 60, "SET", "79.00", "2026-12-14")])
    txt = ("السيد يوناس فيبر المحترم،\n\nتحية طيبة وبعد،\n\nنشكركم على أمر الشراء رقم ٤٥٠٠٠٣٢٣٣٣ ونؤكد التوريد كما يلي:\n\n"
           "البند ١: مفك صدمات ٢٠ فولت (ID-20V-BL) - الكمية ٢٤ قطعة فقط (المتوفر في المخزون)، السعر ٦٩٥٫٠٠ درهم للقطعة، التسليم ١٤/١٢/٢٠٢٦\n"
           "البند ٢: طقم لقم ٣٢ قطعة (ID-BIT-SET) - الكمية ٦٠ طقم، السعر ٧٩٫٠٠ درهم، التسليم ١٤/١٢/٢٠٢٦\n\n"
           "وتفضلوا بقبول فائق الاحترام،\nخالد المنصوري\nقسم المبيعات - مؤسسة الخليج للعدد\nهاتف: ٠٤٢٢٢٣٣٤٤ - دبي، الإمارات العربية المتحدة\n")
    html = "<html dir=\"rtl\"><body><div style=\"font-family:Tahoma;direction:rtl\">" + txt.replace("\n", "<br>\n") + "</div></body></html>"
    eml = mail(addr("خالد المنصوري", s["email"]), buyer_addr(po), "رد: " + req_subject(po),
               date(2026, 11, 23, 10, 15, 240), "<DX2P273MB0412E1F2A3B4C5D6@DX2P273MB0412.AREP273.PROD.OUTLOOK.example>",
               Alt(txt, html, cte="base64", style="outlook"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: C(qty=24), 2: A()})],
                notes="All numbers are Arabic-Indic digits with '٫' as decimal separator. Line 1: only 24 pcs (in stock) instead of 30, price 695.00 and 14/12/2026 unchanged -> changed. Line 2 as ordered.")


@case("he-il-jigsaws-prepayment-first", "needs_review", "he-IL",
      "Hebrew reply (windows-1255 text + UTF-8 HTML): the order will only be confirmed after 100% prepayment.")
def c():
    s = sup("GOLAN", "Golan Tools Ltd.", "sales@golantools.example", "he-IL")
    po = PO("4500032347", s, "priya", "ILS", "2026-11-19", [
        L("JS-800-IL", "Jigsaw 800 W, orbital, brushless", 20, "EA", "489.00", "2026-12-21"),
        L("JS-BL-WOOD", "Jigsaw blades, wood, pack of 10", 50, "SET", "59.00", "2026-12-21")])
    txt = ("שלום פרייה,\n\nקיבלנו את הזמנה מס' 4500032347, תודה.\n"
           "מכיוון שזו הזמנה ראשונה שלכם אצלנו, נוכל לאשר אותה ולשריין את הסחורה רק לאחר קבלת תשלום מראש של 100%. "
           "פרטי חשבון הבנק מצורפים למטה. לאחר קבלת התשלום נשלח אישור הזמנה עם מועד אספקה.\n\n"
           "בנק לאומי, סניף 800, חשבון 12345678\n\nבברכה,\nאורית כהן\nמחלקת מכירות | כלי עבודה גולן בע\"מ | טל' 03-5551234\n")
    html = "<html dir=\"rtl\"><body><div dir=\"rtl\" style=\"font-family:Arial\">" + txt.replace("\n", "<br>\n") + "</div></body></html>"
    eml = mail(addr("אורית כהן", s["email"]), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 22, 9, 40, 120), "<HE1PR07MB3321F6E5D4C3B2A1@HE1PR07MB3321.eurprd07.prod.outlook.example>",
               Multi("alternative", [Text(txt, charset="windows-1255"), Text(html, "html", cte="base64")], style="outlook"),
               po=po)
    return dict(pos=[po], eml=eml, confs=None,
                notes="The supplier will confirm (and give a delivery date) only after 100% prepayment; no quantity, price or date is committed yet -> needs_review.")


@case("ko-kr-kneeling-mats-euckr", "confirmation", "ko-KR",
      "Korean EUC-KR/base64 reply with month-day dates without year; line 2 moves to 12월 21일(월).")
def c():
    s = sup("HANBIT", "Hanbit Industrial Co., Ltd.", "sales@hanbit-ind.example", "ko-KR")
    po = PO("4500032361", s, "marta", "KRW", "2026-11-20", [
        L("KM-EVA-40", "Kneeling mat EVA 400 x 200 x 30 mm", 200, "EA", "4800.00", "2026-12-18"),
        L("KM-PAD-PR", "Knee pads, gel, pair", 100, "PR", "12500.00", "2026-12-18")])
    body = ("안녕하세요, 한빛산업 영업팀 김민준입니다.\n\n발주서 4500032361 건 아래와 같이 확인드립니다.\n\n"
            "1. KM-EVA-40 무릎매트 200개, 단가 4,800원, 납기 12월 18일(금)\n"
            "2. KM-PAD-PR 무릎보호대 100쌍, 단가 12,500원, 납기 12월 21일(월) - 원자재 입고 지연\n\n"
            "감사합니다.\n\n김민준 대리 | (주)한빛산업 영업팀\nTel. 031-555-1234 | Fax. 031-555-1235\n\n"
            + gt(request_text(po)))
    eml = mail(addr("김민준", s["email"], "euc-kr"), buyer_addr(po), "RE: " + req_subject(po),
               date(2026, 11, 24, 10, 30, 540), "<20261124103011.kimmj@hanbit-ind.example>",
               Text(body, charset="euc-kr", cte="base64"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: C(date="2026-12-21")})],
                notes="Dates without year resolve to the next occurrence after 2026-11-24. Line 1 as ordered (12월 18일(금) = 2026-12-18). Line 2 same quantity/price, 12월 21일(월) = 2026-12-21 -> changed.")


@case("zh-cn-loppers-gbk-split-ship", "confirmation", "zh-CN",
      "Simplified Chinese GBK reply: line 1 ships 300 on 12月10日 and 200 on 1月8日 (split), line 2 ships 1月8日 as requested.")
def c():
    s = sup("LVYUAN", "Zhejiang Lvyuan Tools Co., Ltd.", "sales@lvyuantools.example", "zh-CN")
    po = PO("4500032375", s, "tom", "CNY", "2026-11-20", [
        L("LP-BY-600-CN", "Bypass lopper 600 mm, steel handles", 500, "EA", "68.50", "2027-01-08"),
        L("LP-AN-750-CN", "Anvil lopper 750 mm, fibreglass handles", 300, "EA", "82.00", "2027-01-08")])
    body = ("Tom 您好！\n\n订单4500032375确认如下：\n\n"
            "1. LP-BY-600-CN 共500把，单价￥68.50，12月10日先发300把，余下200把1月8日发出。\n"
            "2. LP-AN-750-CN 共300把，单价￥82.00，1月8日发货。\n\n请知悉，谢谢！\n\n"
            "王丽 Lily Wang\n外贸部 | 浙江绿园工具有限公司\n电话：+86 579 8523 6610  手机/微信：138 5790 1234\n\n"
            "------------------ 原始邮件 ------------------\n发件人: \"Tom Hale\"<tom.hale@kestrel-supply.example>;\n"
            "发送时间: 2026年11月20日(星期五) 下午4:05\n主题: " + req_subject(po) + "\n\n" + request_text(po))
    eml = mail(addr("王丽", s["email"], "gbk"), buyer_addr(po), "回复：" + req_subject(po),
               date(2026, 11, 25, 16, 20, 480), "<tencent_3F2A1B0C9D8E7F6A5B4C@qq.example>",
               Text(body, charset="gbk", cte="base64"), po=po, subject_charset="gbk")
    return dict(pos=[po], eml=eml, confs=[conf(po, {
        1: C(sched=[(300, "2026-12-10"), (200, "2027-01-08")]), 2: A()})],
        notes="Only ship dates are given (发出/发货), so they count. Line 1: 500 pcs at ￥68.50 in two shipments, 300 on 2026-12-10 and 200 on 2027-01-08 (dates without year -> next occurrence) -> changed by the schedule. Line 2 ships 2027-01-08 = requested -> accepted.")


@case("vi-vn-multimeters-all-ok", "confirmation", "vi-VN",
      "Vietnamese multipart/base64 reply confirming everything; VND amounts with dot grouping (1.250.000 ₫) and a VAT remark.")
def c():
    s = sup("SGMEAS", "Saigon Measurement Equipment Co., Ltd.", "kinhdoanh@saigonmeas.example", "vi-VN")
    po = PO("4500032389", s, "priya", "VND", "2026-11-20", [
        L("MM-AUTO-VN", "Auto-ranging digital multimeter, CAT II", 50, "EA", "1250000", "2026-12-15"),
        L("MM-INS-1K", "Insulation tester 1000 V", 10, "EA", "4850000", "2026-12-15")])
    txt = ("Kính gửi chị Priya,\n\nCông ty chúng tôi xác nhận đơn hàng số 4500032389 như sau:\n"
           "- Dòng 1 (MM-AUTO-VN): 50 cái, đơn giá 1.250.000 ₫, giao hàng ngày 15/12/2026\n"
           "- Dòng 2 (MM-INS-1K): 10 cái, đơn giá 4.850.000 ₫, giao hàng ngày 15/12/2026\n\n"
           "Giá chưa bao gồm VAT 10%.\n\nTrân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh - Công ty TNHH Thiết bị Đo Sài Gòn\n"
           "ĐT: (028) 3822 5566 - MST: 0312345678\n")
    html = "<div style=\"font-family:Arial\">" + txt.replace("\n", "<br>") + "</div>"
    eml = mail(addr("Nguyễn Thị Lan", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 26, 9, 10, 420), "<CAJv8mN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0@mail.gmail.example>",
               Alt(txt, html, cte="base64", style="gmail"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: A()})],
                notes="Both lines as ordered: 1.250.000 ₫ and 4.850.000 ₫ use dots as thousands separators; 15/12/2026 day-first = requested. 'chưa bao gồm VAT' (VAT excluded) is not a change.")


@case("id-id-nut-drivers-exchange-ndr", "bounce", "id-ID",
      "Exchange 'Undeliverable' NDR with DSN part: the Indonesian supplier's mailbox is full (5.2.2).")
def c():
    s = sup("SUMBERP", "PT Sumber Perkakas Nusantara", "penjualan@sumberperkakas.example", "id-ID")
    po = PO("4500032403", s, "jonas", "IDR", "2026-11-23", [
        L("ND-SET-9", "Nut driver set 9 pcs, 3-13 mm", 60, "SET", "185000", "2026-12-21")])
    expl = ("Delivery has failed to these recipients or groups:\n\npenjualan@sumberperkakas.example\n"
            "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, "
            "or contact the recipient directly.\n\nDiagnostic information for administrators:\n\n"
            "Generating server: AM7PR02MB6001.eurprd02.prod.outlook.example\n\npenjualan@sumberperkakas.example\n"
            "mx.sumberperkakas.example\nRemote Server returned '552 5.2.2 Mailbox penuh / mailbox full (quota exceeded)'\n")
    ds = ("Reporting-MTA: dns;AM7PR02MB6001.eurprd02.prod.outlook.example\nReceived-From-MTA: dns;AM7PR02MB6001.eurprd02.prod.outlook.example\n"
          "Arrival-Date: Mon, 23 Nov 2026 09:58:41 +0000\n\n"
          "Final-Recipient: rfc822;penjualan@sumberperkakas.example\nAction: failed\nStatus: 5.2.2\n"
          "Diagnostic-Code: smtp;552 5.2.2 Mailbox penuh / mailbox full (quota exceeded)\nRemote-MTA: dns;mx.sumberperkakas.example\n")
    orig = (f"From: Jonas Weber <jonas.weber@kestrel-supply.example>\nTo: {s['email']}\nSubject: {req_subject(po)}\n"
            f"Date: Mon, 23 Nov 2026 10:58:40 +0100\nMessage-ID: {po['request_message_id']}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n" + request_text(po))
    body = Multi("report", [
        Text(expl, cte="7bit"),
        Part([("Content-Type", "message/delivery-status")], ds.encode()),
        Part([("Content-Type", "message/rfc822")], orig.encode()),
    ], style="outlook", params="; report-type=delivery-status")
    eml = mail(addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-supply.example"),
               buyer_addr(po), "Undeliverable: " + req_subject(po), date(2026, 11, 23, 9, 58, 0, 44),
               "<8c2f5e1a-6b3d-4f7e-a9c0-1d2e3f4a5b6c@AM7PR02MB6001.eurprd02.prod.outlook.example>", body, po=po,
               extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    return dict(pos=[po], eml=eml, confs=None,
                notes="Exchange non-delivery report (Action: failed, 5.2.2 mailbox full) carrying our original request; it is threaded on the request but is a bounce.")


@case("ms-my-pry-bars-partial-esok", "confirmation", "ms-MY",
      "Malay reply answering lines out of order: line 1 confirmed, line 3 new price RM26.40, line 2 'akan disahkan esok' (unconfirmed).")
def c():
    s = sup("PJAYA", "Syarikat Perkakas Jaya Sdn. Bhd.", "jualan@perkakasjaya.example", "ms-MY")
    po = PO("4500032418", s, "tom", "MYR", "2026-11-23", [
        L("PB-600-MY", "Pry bar 600 mm, hex shaft", 40, "EA", "32.50", "2026-12-16"),
        L("PB-ROLL-900", "Rolling head pry bar 900 mm", 20, "EA", "58.00", "2026-12-16"),
        L("PB-MINI-SET", "Mini pry bar set 3 pcs", 50, "SET", "24.90", "2026-12-16")])
    body = ("Salam sejahtera Encik Tom,\n\nBerikut pengesahan PO 4500032418:\n\n"
            "Item 1: 40 unit @ RM32.50, penghantaran 16/12/2026 - disahkan.\n"
            "Item 3: 50 set @ RM26.40 (harga baharu mulai 1 Disember), penghantaran 16/12/2026.\n"
            "Item 2: masih menunggu maklum balas daripada pembekal kami, akan disahkan esok.\n\n"
            "Terima kasih.\n\nNurul Aisyah binti Ahmad\nEksekutif Jualan | Syarikat Perkakas Jaya Sdn. Bhd. (123456-X)\n"
            "Tel: 03-5191 2233 | H/P: 012-345 6789\n\n"
            f"On Mon, 23 Nov 2026 at 17:20, Tom Hale <{po['buyer']['email']}> wrote:\n" + gt(request_text(po)))
    eml = mail(addr("Nurul Aisyah", s["email"]), buyer_addr(po), "Re: " + req_subject(po),
               date(2026, 11, 24, 15, 5, 480), "<CAF3kT9xR1mQ7=pZ2wN4vB6yH8jL0sD5@mail.gmail.example>",
               Text(body, cte="7bit"), po=po)
    return dict(pos=[po], eml=eml, confs=[conf(po, {1: A(), 2: U(), 3: C(price="26.40")})],
                notes="Partial answer: line 1 confirmed as ordered; line 3 same quantity/date at new price RM26.40; line 2 will be confirmed tomorrow -> unconfirmed.")
