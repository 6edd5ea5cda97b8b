# -*- coding: utf-8 -*-
from .common import *


@case("cs-cz-erp-pdf", "confirmation", "cs-CZ",
      "Automatic 'do not reply' ERP mail in windows-1250 with a hand-built PDF order confirmation; one date later, CZK with space thousands.")
def c():
    p = po("4500032101", "MAZTECH", "Mazací technika s.r.o.", "objednavky@mazaci-technika.example", "cs-CZ", "CZK",
           "2026-11-10", [
               ("MP-400", "Grease gun 400 g, pistol grip", 30, "EA", "389.00", "2026-12-14"),
               ("MP-AKU-18", "Cordless grease gun 18 V", 4, "EA", "4290.00", "2026-12-14"),
               ("MP-NAV-10", "Grease nipple set M10, 10 pcs", 50, "SET", "79.50", "2026-12-14")], buyer="marek")
    body = """Dobrý den,

v příloze Vám zasíláme potvrzení objednávky č. PO-2611-0457 k Vaší objednávce 4500032101.

Tato zpráva byla vygenerována automaticky systémem Helios, prosíme, neodpovídejte na ni.
Dotazy směřujte na obchod@mazaci-technika.example, tel. +420 548 123 456.

Mazací technika s.r.o., Vídeňská 55, 639 00 Brno, IČO 26123456, DIČ CZ26123456"""
    pdf_lines = ["MAZACI TECHNIKA s.r.o.   Videnska 55, 639 00 Brno   ICO 26123456",
                 "", "POTVRZENI OBJEDNAVKY c. PO-2611-0457", "Datum: 12.11.2026",
                 "Odberatel: Kestrel Tools GmbH, Industriestr. 12, 70565 Stuttgart",
                 "Vase objednavka: 4500032101 ze dne 10.11.2026", "",
                 "Pol.  Kod          Nazev                              Mnozstvi   Cena/MJ (CZK)   Termin dodani",
                 "1     MP-400       Mazaci lis 400 g, pistolovy        30 ks        389,00        14.12.2026",
                 "2     MP-AKU-18    Akumulatorovy mazaci lis 18 V       4 ks      4 290,00        04.01.2027",
                 "3     MP-NAV-10    Sada maznic M10, 10 ks             50 sad        79,50        14.12.2026",
                 "", "Celkem bez DPH: 32 805,00 CZK", "Dodaci podminky: DAP Stuttgart   Splatnost: 30 dni",
                 "Vystavil: Petra Novakova"]
    att = attach(pdf(pdf_lines, "Potvrzeni objednavky PO-2611-0457"), "application/pdf", "PO-2611-0457.pdf")
    eml = reply(p, body, rfcdate(2026, 11, 12, 6, 30, 2, "+0100"), "Helios - Mazací technika",
                "noreply@mazaci-technika.example", style=None, prefix="",
                subject="Potvrzení objednávky PO-2611-0457 (Vaše obj. 4500032101)", thread=False,
                charset="windows-1250", attachments=[att], extra=[("Auto-Submitted", "auto-generated")])
    e = conf("ERP-generated confirmation (PDF) commits to the order despite Auto-Submitted and 'do not reply': "
             "lines 1 and 3 as ordered, line 2 delivery 04.01.2027 -> changed. Total 30*389 + 4*4290 + 50*79.5 = 32 805 checks out.",
             answer(p, l2=chg(p, 2, date="2027-01-04")))
    return [p], eml, e


@case("sv-se-vecka", "confirmation", "sv-SE",
      "Swedish reply with ISO weeks across the year end: 'vecka 2' equals one requested Friday but is later than another line's request.")
def c():
    p = po("4500032130", "NIVELL", "Nivellerings AB", "order@nivellering.example", "sv-SE", "SEK", "2026-11-11", [
        ("SF-M10-60", "Leveling foot M10, Ø60 mm", 400, "EA", "18.50", "2027-01-15"),
        ("SF-M12-80", "Leveling foot M12, Ø80 mm", 200, "EA", "26.90", "2027-01-08"),
        ("SF-M16-100", "Leveling foot M16, Ø100 mm, anti-slip", 100, "EA", "44.00", "2027-01-08")], buyer="jonas")
    body = """Hej Jonas!

Tack för ordern. Vi bekräftar enligt följande:
Rad 1 och 2: leverans vecka 2.
Rad 3: leverans vecka 3, pga. brist på gummibas hos vår underleverantör.
Antal och priser enligt er order.

Med vänliga hälsningar
Erik Lindqvist
Ordermottagning | Nivellerings AB
Verkstadsgatan 7, 302 41 Halmstad
Tel 035-12 34 56 | Org.nr 556123-4567"""
    eml = reply(p, body, rfcdate(2026, 11, 12, 13, 2, 0, "+0100"), "Erik Lindqvist", qlang="sv", prefix="SV: ",
                charset="iso-8859-1")
    e = conf("Week 2/2027 Friday = 2027-01-15 (equals line 1 request -> accepted; later than line 2's 2027-01-08 -> changed). "
             "Week 3 Friday = 2027-01-22 for line 3 -> changed. Mail is in 2026 so 'vecka 2/3' are the next ones, in 2027.",
             answer(p, l2=chg(p, 2, date="2027-01-15"), l3=chg(p, 3, date="2027-01-22")))
    return [p], eml, e


@case("fi-fi-viikko-price", "confirmation", "fi-FI",
      "Finnish reply: d.m.yyyy date on one line, 'viikolla 1' plus a price increase with € after the number on the other.")
def c():
    p = po("4500032155", "MAGNEETTI", "Magneettityökalut Oy", "myynti@magneettityokalut.example", "fi-FI", "EUR",
           "2026-11-11", [
               ("MH-60", "Magnetic sweeper 60 cm with release", 12, "EA", "64.00", "2027-01-07"),
               ("MH-90", "Magnetic sweeper 90 cm, wheeled", 6, "EA", "119.00", "2027-01-07")])
    body = """Hei Dana,

kiitos tilauksesta 4500032155. Vahvistamme:

MH-60  12 kpl à 64,00 €, toimitus 7.1.2027
MH-90  6 kpl à 122,50 € (hinnankorotus 1.12.2026 alkaen), toimitus viikolla 1

Ystävällisin terveisin
Mikko Virtanen
Magneettityökalut Oy
Teollisuustie 3, 33330 Tampere
p. 040 123 4567 | Y-tunnus 1234567-8"""
    eml = reply(p, body, rfcdate(2026, 11, 12, 15, 45, 0, "+0200"), "Mikko Virtanen", style="gmail", prefix="VS: ",
                charset="iso-8859-15")
    e = conf("Line 1 as ordered (7.1.2027 = 2027-01-07). Line 2: 122.50 instead of 119.00 and week 1/2027 Friday "
             "= 2027-01-08 -> changed.",
             answer(p, l2=chg(p, 2, price="122.50", date="2027-01-08")))
    return [p], eml, e


@case("da-dk-autosvar", "auto_reply", "da-DK",
      "Danish auto-reply for a two-day course with dates, phone number and a colleague; subject 'Autosvar'.")
def c():
    p = po("4500032170", "VINKELSL", "Vinkelsliber Import ApS", "ordre@vinkelsliber.example", "da-DK", "DKK", "2026-11-16", [
        ("VS-125", "Angle grinder 125 mm, 1200 W", 20, "EA", "549.00", "2026-12-16")])
    body = """Tak for din mail.

Jeg er på kursus mandag den 16. og tirsdag den 17. november og har ikke adgang til mail.
Din mail bliver ikke videresendt. I hastende sager kontakt venligst ordre@vinkelsliber.example eller tlf. 70 20 30 40.

Med venlig hilsen
Louise Kjær Madsen
Vinkelsliber Import ApS | CVR 31234567"""
    eml = message(addr("Louise Kjær Madsen", "lkm@vinkelsliber.example", "iso-8859-1"), buyer_addr(p),
                  "Autosvar: " + request_subject(p), rfcdate(2026, 11, 16, 8, 12, 20, "+0100"), auto_mid("vinkelsliber.example"),
                  multipart("alternative", text(body, "iso-8859-1"),
                            html(html_wrap("<br>\n".join(esc(x) for x in body.split("\n"))), "iso-8859-1")),
                  extra=[("In-Reply-To", p["request_message_id"]), ("Auto-Submitted", "auto-replied"),
                         ("X-MS-Exchange-Inbox-Rules-Loop", "lkm@vinkelsliber.example")], subj_charset="iso-8859-1")
    e = other("auto_reply", "Out-of-office (course) auto-reply; the November dates are the absence.")
    return [p], eml, e


@case("nb-no-two-pos-one-mail", "confirmation", "nb-NO",
      "Norwegian reply confirming two POs at once (new subject); dates without year and a partial quantity with the rest in 'uke 2'.")
def c():
    p1 = po("4500032180", "NORDSKRU", "Nordisk Skrutrekker AS", "ordre@nordisk-skrutrekker.example", "nb-NO", "NOK",
            "2026-11-11", [
                ("NT-SET-7", "Nut driver set 7 pcs, 5-13 mm", 40, "SET", "249.00", "2026-12-10"),
                ("NT-8", "Nut driver 8 mm, magnetic", 100, "EA", "39.00", "2026-12-10")])
    p2 = po("4500032195", "NORDSKRU", "Nordisk Skrutrekker AS", "ordre@nordisk-skrutrekker.example", "nb-NO", "NOK",
            "2026-11-12", [
                ("NT-10", "Nut driver 10 mm, magnetic", 100, "EA", "41.00", "2026-12-17"),
                ("NT-13H", "Nut driver 13 mm, hollow shaft", 50, "EA", "52.00", "2026-12-17")])
    body = """Hei Dana!

Bekrefter begge bestillingene:

4500032180: alt som bestilt, levering 10.12.

4500032195:
- linje 1 (NT-10): ok, levering 17.12.
- linje 2 (NT-13H): vi har kun 30 stk på lager, de leveres 17.12. Resterende 20 stk kommer i uke 2.

Priser som i bestillingene.

Mvh
Kari Nordmann Haugen
Ordrekontor, Nordisk Skrutrekker AS
Tlf. +47 22 33 44 55 | Org.nr. 912 345 678 MVA"""
    rid = p2["request_message_id"]
    eml = reply(p2, body, rfcdate(2026, 11, 13, 9, 11, 0, "+0100"), "Kari Nordmann Haugen", style=None,
                subject="SV: Bestillinger 4500032180 og 4500032195", thread=False,
                extra=[("In-Reply-To", rid), ("References", rid)], cte="8bit")
    e = conf("Two POs answered. 4500032180 all as ordered (10.12. -> 2026-12-10). 4500032195 line 1 accepted; "
             "line 2 split 30 on 2026-12-17 and 20 in week 2/2027 (Friday 2027-01-15) -> changed with schedule.",
             answer(p1), answer(p2, l2=chg(p2, 2, schedule=[(30, "2026-12-17"), (20, "2027-01-15")])))
    return [p1, p2], eml, e


@case("hu-hu-stock-short", "confirmation", "hu-HU",
      "Hungarian ISO-8859-2 reply: stock shortage reduces one quantity, Hungarian 'yyyy. month d.' dates, Ft with space thousands.")
def c():
    p = po("4500032210", "OLAJTECH", "Olajtechnika Kft.", "rendeles@olajtechnika.example", "hu-HU", "HUF", "2026-11-12", [
        ("OL-15", "Oil drain pan 15 L", 30, "EA", "6890", "2027-01-12"),
        ("OL-8-LOW", "Low-profile oil drain pan 8 L", 20, "EA", "8450", "2027-01-12")], buyer="marek")
    body = """Tisztelt Havel Úr!

Köszönjük megrendelését (4500032210). Visszaigazoljuk az alábbiak szerint:

1. OL-15 olajleeresztő tálca 15 l: raktárkészlet hiányában 30 db helyett csak 24 db-ot tudunk szállítani, 6 890 Ft/db, szállítás 2027. január 12.
2. OL-8-LOW alacsony olajleeresztő tálca 8 l: 20 db, 8 450 Ft/db, szállítás 2027. január 19.

Üdvözlettel:
Kovács Péter
értékesítési vezető
Olajtechnika Kft. | 9027 Győr, Ipari Park u. 14.
Tel.: +36 96 512 300 | Adószám: 12345678-2-08"""
    eml = reply(p, body, rfcdate(2026, 11, 13, 10, 20, 0, "+0100"), "Kovács Péter", style="outlook", prefix="Vá: ",
                charset="iso-8859-2")
    e = conf("Line 1 only 24 of 30 (no rest promised) at the PO price on the requested date -> changed qty 24. "
             "Line 2 delivery 2027-01-19 instead of 01-12 -> changed.",
             answer(p, l1=chg(p, 1, qty=24), l2=chg(p, 2, date="2027-01-19")))
    return [p], eml, e


@case("ro-ro-revert-friday", "needs_review", "ro-RO",
      "Romanian holding reply: order received, checking with their supplier, will confirm by Friday; mentions the requested date without committing.")
def c():
    p = po("4500032240", "NITUIRI", "Nituri și Scule SRL", "comenzi@nituri-scule.example", "ro-RO", "RON", "2026-11-11", [
        ("PN-MAN-48", "Hand rivet gun 2.4-4.8 mm", 30, "EA", "79.00", "2026-12-15"),
        ("PN-BAT-18", "Cordless rivet gun 18 V", 3, "EA", "1290.00", "2026-12-15")])
    body = """Bună ziua,

Am primit comanda dumneavoastră nr. 4500032240, vă mulțumim.
Verificăm disponibilitatea la furnizorul nostru pentru ambele poziții și revenim cu confirmarea de preț și termen până vineri, 13.11.
Deocamdată nu vă putem garanta termenul de 15.12.

Cu stimă,
Andreea Popescu
Departament Vânzări | Nituri și Scule SRL
Str. Fabricii nr. 22, Cluj-Napoca | Tel. 0264 412 345 | CUI RO12345678"""
    eml = reply(p, body, rfcdate(2026, 11, 11, 16, 3, 0, "+0200"), "Andreea Popescu", style="gmail", prefix="Re: ",
                cte="base64")
    e = other("needs_review", "Receipt plus 'we will revert by Friday 13.11'; the 15.12 mentioned is our requested date, "
              "which they explicitly cannot guarantee yet. No commitment.")
    return [p], eml, e


@case("bg-bg-earlier-delivery", "confirmation", "bg-BG",
      "Bulgarian windows-1251 reply offering earlier delivery for the whole order; quantities and prices unchanged.")
def c():
    p = po("4500032260", "MARKIRA", "Маркира ЕООД", "office@markira.example", "bg-BG", "EUR", "2026-11-12", [
        ("CL-30", "Chalk line reel 30 m", 36, "EA", "6.40", "2026-12-15"),
        ("CHP-RED-1KG", "Chalk powder red, 1 kg bottle", 24, "KG", "2.90", "2026-12-15")], buyer="priya")
    body = """Здравейте, г-жо Натараджан,

Потвърждаваме поръчка № 4500032260.
Стоката е налична на склад и можем да я доставим по-рано - на 01.12.2026 г.
Количества и цени - без промяна.

Поздрави,
Георги Петров
Търговски отдел, Маркира ЕООД
гр. Пловдив, бул. "Марица" 18
тел. +359 32 621 045, ЕИК 115123456"""
    eml = reply(p, body, rfcdate(2026, 11, 13, 11, 47, 0, "+0200"), "Георги Петров", style="outlook", prefix="RE: ",
                charset="windows-1251")
    e = conf("Whole order confirmed, delivery 2026-12-01 instead of 2026-12-15 -> both lines changed (earlier date).",
             answer(p, l1=chg(p, 1, date="2026-12-01"), l2=chg(p, 2, date="2026-12-01")))
    return [p], eml, e


@case("uk-ua-price-per-dozen", "confirmation", "uk-UA",
      "Ukrainian reply quoting one price per dozen sets in USD with decimal comma; the unit price must be divided by 12.")
def c():
    p = po("4500032300", "LIYKA", "TOV Liyka Plast", "sales@liyka-plast.example", "uk-UA", "USD", "2026-11-12", [
        ("LV-SET-4", "Funnel set 4 pcs, PE", 120, "SET", "3.60", "2027-01-20"),
        ("LV-FLEX", "Funnel with flexible spout", 60, "EA", "2.10", "2027-01-20")])
    body = """Доброго дня, пані Дана!

Підтверджуємо замовлення № 4500032300:

1. Набори лійок LV-SET-4 - 120 наборів, ціна 45,60 USD за дюжину наборів, відвантаження 20.01.2027.
2. Лійки з гнучким носиком LV-FLEX - 60 шт., 2,10 USD/шт., відвантаження 20.01.2027.

З повагою,
Олена Коваленко
менеджер з експорту
ТОВ "Лійка Пласт", м. Дніпро
тел. +380 56 370 12 45"""
    eml = reply(p, body, rfcdate(2026, 11, 13, 14, 0, 0, "+0200"), "Олена Коваленко", style="gmail", prefix="Re: ",
                cte="base64")
    e = conf("Line 1: 45.60 USD per dozen sets = 3.80 per SET (PO 3.60) -> changed; shipment 20.01.2027 = requested. "
             "Line 2 as ordered.",
             answer(p, l1=chg(p, 1, price="3.80")))
    return [p], eml, e


@case("he-il-html-rtl", "confirmation", "he-IL",
      "Hebrew HTML-only RTL reply with the shekel sign and dd/mm/yyyy dates over an HTML blockquote of our PO; all accepted.")
def c():
    p = po("4500032333", "KOACH", "Koach Tools Ltd.", "orders@koach-tools.example", "he-IL", "ILS", "2026-11-12", [
        ("MB-18V", "Impact driver 18 V brushless, kit", 15, "EA", "689.00", "2026-12-20"),
        ("MB-BITS25", "Impact bit set 25 pcs", 30, "SET", "59.90", "2026-12-20")])
    hb = ('<div dir="rtl" style="font-family:Arial">שלום דנה,<br><br>'
          'מאשרים את הזמנה מס\' 4500032333:<br>'
          'פריט 1 - MB-18V: 15 יח\' במחיר 689.00 ₪ ליחידה, אספקה 20/12/2026<br>'
          'פריט 2 - MB-BITS25: 30 סטים במחיר 59.90 ₪ לסט, אספקה 20/12/2026<br><br>'
          'המחירים אינם כוללים מע"מ.<br><br>בברכה,<br>יוסי כהן<br>מחלקת מכירות | כוח כלים בע"מ<br>'
          'טל\' 03-5551234 | ח.פ. 512345678</div>')
    eml = reply(p, "", rfcdate(2026, 11, 15, 10, 30, 0, "+0200"), "יוסי כהן", style="gmail", prefix="RE: ",
                html_body=hb, html_only=True, cte="base64")
    e = conf("HTML-only, right-to-left: both lines confirmed with the PO quantities, prices (ex VAT, as the PO) and 20/12/2026 -> accepted.",
             answer(p))
    return [p], eml, e


@case("ar-ae-arabic-indic-digits", "confirmation", "ar-AE",
      "Arabic reply written with Arabic-Indic digits and the Arabic decimal separator; second line delivered one week later.")
def c():
    p = po("4500032370", "KHALEEJ", "Al Khaleej Containers Trading LLC", "sales@khaleej-containers.example", "ar-AE",
           "AED", "2026-11-12", [
               ("JC-20-MIL", "Jerry can 20 L, military type, steel", 100, "EA", "78.00", "2027-01-11"),
               ("JC-NOZ", "Spout nozzle for jerry can", 100, "EA", "9.50", "2027-01-11")], buyer="dana")
    body = """السيدة دانا المحترمة،
تحية طيبة وبعد،

نشكركم على أمر الشراء رقم 4500032370 ونؤكد التوريد كما يلي:
البند ١: JC-20-MIL عدد ١٠٠ عبوة بسعر ٧٨٫٠٠ درهم للعبوة، التسليم بتاريخ ١١/١/٢٠٢٧
البند ٢: JC-NOZ عدد ١٠٠ قطعة بسعر ٩٫٥٠ درهم للقطعة، التسليم بتاريخ ١٨/١/٢٠٢٧

وتفضلوا بقبول فائق الاحترام،
محمد العلي
قسم المبيعات - الخليج لتجارة الحاويات ذ.م.م
هاتف: +971 4 123 4567 - ص.ب. 12345 دبي"""
    eml = reply(p, body, rfcdate(2026, 11, 16, 9, 5, 0, "+0400"), "محمد العلي", style="outlook", prefix="RE: ",
                cte="base64", html_body='<div dir="rtl">' + "<br>\n".join(esc(x) for x in body.split("\n")) + "</div>")
    e = conf("Arabic-Indic digits: line 1 100 @ 78.00, 11/1/2027 (day-first) = requested -> accepted; line 2 "
             "100 @ 9.50 on 18/1/2027 -> changed date 2027-01-18.",
             answer(p, l2=chg(p, 2, date="2027-01-18")))
    return [p], eml, e


@case("en-in-gst-signature", "confirmation", "en-IN",
      "Indian English confirmation with Rs. lakh grouping, 'GST extra', dd-mm-yyyy dates and a signature full of numbers.")
def c():
    p = po("4500032401", "BALAJIPWR", "Sri Balaji Power Systems Pvt. Ltd.", "sales@balajipower.example", "en-IN", "INR",
           "2026-11-11", [
               ("BP-12V-7AH", "SLA battery 12 V 7 Ah", 200, "EA", "1250.00", "2027-01-05"),
               ("BP-LI-24V", "Li-ion battery pack 24 V 10 Ah", 25, "EA", "14800.00", "2027-01-05")], buyer="priya")
    body = """Dear Madam,

Greetings from Sri Balaji Power Systems!

We are pleased to confirm your PO No. 4500032401 dtd. 11-11-2026 as under:

1) 12V 7Ah SLA battery - 200 Nos. @ Rs. 1,250/- each - delivery by 05-01-2027.
2) 24V 10Ah Li-ion pack - 25 Nos. @ Rs. 14,800/- each - delivery by 22-01-2027 due to delay in cell import.

GST @ 18% extra as applicable. Total basic value Rs. 6,20,000/-.
Kindly do the needful and share the revised delivery schedule acceptance at the earliest.

Thanks & Regards,
K. Venkatesh
Manager - Sales & Marketing
Sri Balaji Power Systems Pvt. Ltd.
Plot No. 47, 2nd Phase, Peenya Industrial Area, Bengaluru - 560058
Mob: +91 98450 12345 | Ph: 080-2839 4455
GSTIN: 29AAKCS1234M1Z2 | CIN: U31900KA2009PTC051234"""
    eml = reply(p, body, rfcdate(2026, 11, 14, 11, 25, 0, "+0530"), "K. Venkatesh", style="outlook", prefix="RE: ")
    e = conf("Day-first dates. Line 1 as ordered. Line 2 same qty/price, delivery 22-01-2027 -> changed. GST extra is tax, "
             "not a price change; total 6,20,000 matches the PO.",
             answer(p, l2=chg(p, 2, date="2027-01-22")))
    return [p], eml, e


@case("vi-vn-stainless-price", "confirmation", "vi-VN",
      "Vietnamese reply with dot thousands and comma decimals in USD, one date in 'ngày .. tháng .. năm' form and a price increase.")
def c():
    p = po("4500032440", "DAIKEP", "Công ty TNHH Đai Kẹp Sài Gòn", "sales@daikep-sg.example", "vi-VN", "USD", "2026-11-12", [
        ("DK-08-12", "Hose clamp 8-12 mm, stainless", 2000, "EA", "0.18", "2027-01-25"),
        ("DK-16-25", "Hose clamp 16-25 mm, stainless", 1500, "EA", "0.22", "2027-01-25")], buyer="jonas")
    body = """Kính gửi anh Jonas,

Công ty chúng tôi xin xác nhận đơn hàng số 4500032440 như sau:
- DK-08-12: 2.000 cái, đơn giá 0,18 USD, giao hàng ngày 25/01/2027.
- DK-16-25: 1.500 cái, đơn giá 0,235 USD (do giá inox tăng), giao hàng ngày 25 tháng 1 năm 2027.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh Xuất khẩu
Công ty TNHH Đai Kẹp Sài Gòn - KCN Tân Bình, TP.HCM
ĐT: (028) 3815 6789 | MST: 0301234567"""
    eml = reply(p, body, rfcdate(2026, 11, 16, 15, 10, 0, "+0700"), "Nguyễn Thị Lan", style="gmail", prefix="Re: ")
    e = conf("2.000 = 2000 (dot grouping). Line 1 as ordered. Line 2 price 0,235 = 0.235 (PO 0.22) -> changed; date 25 Jan 2027 as requested.",
             answer(p, l2=chg(p, 2, price="0.235")))
    return [p], eml, e


@case("id-id-exim-quota", "bounce", "id-ID",
      "Exim 'Mail delivery failed' (mailbox quota) from the supplier's server that includes our full PO mail with the table.")
def c():
    p = po("4500032470", "LAMPUKERJA", "PT Lampu Kerja Nusantara", "penjualan@lampukerja.example", "id-ID", "USD",
           "2026-11-13", [
               ("LK-LED-30", "LED work light 30 W", 80, "EA", "11.40", "2027-01-18"),
               ("LK-STAND", "Tripod stand for work light", 40, "EA", "6.90", "2027-01-18")])
    orig = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 7bit\n\n%s" % (
                buyer_addr(p), p["supplier"]["email"], request_subject(p), request_date(p), p["request_message_id"],
                request_text(p)))
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  penjualan@lampukerja.example
    mailbox is full: retry timeout exceeded

------ This is a copy of the message, including all the headers. ------

Return-path: <dana.ruiz@kestrel-tools.example>
Received: from mx1.kestrel-tools.example ([185.12.44.10])
	by srv3.lampukerja.example with esmtps (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96.2)
	(envelope-from <dana.ruiz@kestrel-tools.example>)
	id 1vKp3x-0007Qa-1F
	for penjualan@lampukerja.example;
	Fri, 13 Nov 2026 14:12:07 +0700
""" + orig
    eml = message("Mail Delivery System <Mailer-Daemon@srv3.lampukerja.example>", p["buyer"]["email"],
                  "Mail delivery failed: returning message to sender", rfcdate(2026, 11, 17, 14, 12, 9, "+0700"),
                  "<E1vKx9Q-0002Ab-7C@srv3.lampukerja.example>", text(body, "us-ascii", "7bit"),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "penjualan@lampukerja.example")])
    e = other("bounce", "Exim permanent failure (mailbox full); the PO table is only our own returned message.")
    return [p], eml, e


@case("de-ch-apostrophe-chf", "confirmation", "de-CH",
      "Swiss German reply with apostrophe thousands (CHF 1'245.50), no ß, new list price and later date on one line.")
def c():
    p = po("4500032490", "LUFTAG", "Lüftungstechnik Zürcher AG", "verkauf@lueftung-zuercher.example", "de-CH", "CHF",
           "2026-11-13", [
               ("AL-250", "Exhaust fan 250 mm with shutter", 18, "EA", "149.00", "2026-12-11"),
               ("AL-315-IND", "Exhaust fan 315 mm, industrial", 8, "EA", "1185.00", "2026-12-11")], buyer="marek")
    body = """Grüezi Herr Havel

Besten Dank für Ihre Bestellung 4500032490.

Pos. 1: 18 Stk. à CHF 149.00, Lieferung 11.12.2026
Pos. 2: 8 Stk. à CHF 1'245.50 (neuer Listenpreis gültig ab 1.11.2026), Lieferung 18.12.2026

Freundliche Grüsse
Reto Brunner
Verkauf Innendienst
Lüftungstechnik Zürcher AG | Industriestrasse 41 | 8304 Wallisellen
T +41 44 830 12 12 | CHE-123.456.789 MWST"""
    eml = reply(p, body, rfcdate(2026, 11, 16, 8, 55, 0, "+0100"), "Reto Brunner", qlang="de", prefix="AW: ")
    e = conf("Line 1 as ordered. Line 2: CHF 1'245.50 = 1245.50 (PO 1185.00) and 18.12.2026 -> changed.",
             answer(p, l2=chg(p, 2, price="1245.50", date="2026-12-18")))
    return [p], eml, e


@case("it-it-forwarded-warehouse", "confirmation", "it-IT",
      "Sales rep forwards the warehouse's internal note: ship date and delivery date both given (delivery wins), one line still open.")
def c():
    p = po("4500032520", "METRIX", "Metrix Strumenti di Misura S.r.l.", "vendite@metrix-strumenti.example", "it-IT", "EUR",
           "2026-11-13", [
               ("FM-3M", "Tape measure 3 m", 300, "EA", "2.15", "2026-12-14"),
               ("FM-5M", "Tape measure 5 m", 250, "EA", "3.40", "2026-12-14"),
               ("FM-10M-FIB", "Fibreglass measuring tape 10 m", 40, "EA", "8.90", "2026-12-14")])
    body = """Buongiorno Dana,

le inoltro la risposta del nostro magazzino qui sotto. Prezzi confermati come da ordine.
Per il nastro in fibra le faccio sapere appena ho notizie.

Cordiali saluti
Marco Conti
Ufficio Commerciale - Metrix Strumenti di Misura S.r.l.
Via dell'Artigianato 9, 25030 Castel Mella (BS)
Tel. +39 030 258 4411 - P.IVA 01234560987

---------- Messaggio inoltrato ---------
Da: Magazzino Metrix <magazzino@metrix-strumenti.example>
Date: mer 18 nov 2026 alle ore 16:40
Subject: R: ordine Kestrel 4500032520
To: Marco Conti <m.conti@metrix-strumenti.example>

Marco,
per Kestrel: FM-3M e FM-5M pronti, spediamo il 10/12 con consegna prevista lunedì 14/12.
FM-10M-FIB esaurito, il fornitore non ci ha ancora dato la data, ti aggiorno la settimana prossima.
Ciao, Stefano"""
    eml = reply(p, body, rfcdate(2026, 11, 19, 9, 12, 0, "+0100"), "Marco Conti", "m.conti@metrix-strumenti.example",
                style="outlook", qlang="it", prefix="R: ")
    e = conf("Lines 1-2: shipped 10/12, delivery 14/12 (delivery wins) = requested date, prices as ordered -> accepted. "
             "Line 3 out of stock with no date yet -> unconfirmed (not rejected).",
             answer(p, l3=UNC))
    return [p], eml, e


@case("es-ar-invoice-other-order", "unrelated", "es-AR",
      "Argentine electronic invoice (PDF) for a different, older PO from the same supplier; the open PO is not mentioned.")
def c():
    p = po("4500032555", "HERRASUR", "Herramientas del Sur S.A.", "facturacion@herrasur.example", "es-AR", "USD",
           "2026-11-16", [
               ("AMO-115", "Angle grinder 115 mm, 850 W", 20, "EA", "41.00", "2027-01-29"),
               ("DIS-115-FLAP", "Flap disc 115 mm, grit 60", 200, "EA", "1.35", "2027-01-29")])
    body = """Estimado cliente:

Adjuntamos la factura electrónica B 0003-00012877 correspondiente a su orden de compra 4500029876 (remito R 0002-00045512, despachado el 12/11/2026).
Importe total: USD 2.184,50. Vencimiento: 30/12/2026.

CAE N° 74123456789012 - Vto. CAE 26/11/2026

Saludos cordiales,
Administración - Herramientas del Sur S.A.
Av. Circunvalación 1550, Córdoba | CUIT 30-71234567-8"""
    pdf_lines = ["HERRAMIENTAS DEL SUR S.A.    CUIT 30-71234567-8", "FACTURA B  0003-00012877   Fecha: 17/11/2026",
                 "Cliente: Kestrel Tools GmbH   Su OC: 4500029876", "",
                 "Cant.  Codigo        Descripcion                      P. Unit.     Importe",
                 "10     AMO-125-P     Amoladora 125 mm 1400 W          USD 62,45    USD 624,50",
                 "40     CEP-ALAMBRE   Cepillo copa alambre 75 mm       USD 39,00    USD 1.560,00",
                 "", "TOTAL USD 2.184,50     Vencimiento 30/12/2026", "CAE 74123456789012"]
    att = attach(pdf(pdf_lines, "Factura B 0003-00012877"), "application/pdf", "FC_B_0003-00012877.pdf")
    eml = reply(p, body, rfcdate(2026, 11, 17, 12, 0, 0, "-0300"), "Herramientas del Sur - Facturación", style=None,
                subject="Factura electrónica B 0003-00012877 - Herramientas del Sur S.A.", thread=False,
                attachments=[att], charset="iso-8859-1")
    e = other("unrelated", "Invoice for another PO (4500029876) with other items; it does not answer PO 4500032555.")
    return [p], eml, e


@case("lt-lt-atostogos", "auto_reply", "lt-LT",
      "Lithuanian vacation auto-reply (ISO-8859-13) with ISO return date and a colleague's phone number, threaded to our request.")
def c():
    p = po("4500032580", "TEPALAS", "UAB Tepalų įranga", "uzsakymai@tepalu-iranga.example", "lt-LT", "EUR", "2026-11-16", [
        ("TP-500", "Grease gun 500 cm3", 25, "EA", "12.40", "2026-12-18")], buyer="marek")
    body = """Sveiki,

šiuo metu atostogauju ir grįšiu 2026-11-30. Laiškai nėra peradresuojami.
Skubiais užsakymų klausimais kreipkitės į kolegę Rasą Kazlauskienę, tel. +370 612 34567, rasa@tepalu-iranga.example.

Pagarbiai
Tomas Petrauskas
UAB Tepalų įranga"""
    eml = message(addr("Tomas Petrauskas", "tomas@tepalu-iranga.example"), buyer_addr(p),
                  "Automatinis atsakymas: " + request_subject(p), rfcdate(2026, 11, 16, 9, 12, 31, "+0200"),
                  auto_mid("tepalu-iranga.example"), text(body, "iso-8859-13"),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=[("Auto-Submitted", "auto-replied")], subj_charset="iso-8859-13")
    e = other("auto_reply", "Vacation auto-reply; 2026-11-30 is the return date.")
    return [p], eml, e
