from .common import (A, R, U, L, XLSX, case, ch, conf, dsn, exp, html_doc, kw, mail, pdf, po, q_gt, q_html,
                     q_outlook, raw, sup, hdate, req_subject, req_date, po_table, xlsx)


@case("danish-partial-tomorrow", "Danish reply confirming lines 1-2 (dates without year) and promising line 3 'i morgen': line 3 unconfirmed.")
def _(n):
    s = sup("HUNDESELE", "Nordisk Hundesele ApS", "salg@hundesele.example", "da-DK")
    p = po("4500032001", s, "2026-11-09", "EUR", [
        L("DH-S-RED", "Dog harness padded, S, red", 60, "EA", "11.40", "2026-12-14"),
        L("DH-M-BLK", "Dog harness padded, M, black", 80, "EA", "12.60", "2026-12-14"),
        L("DH-L-REF", "Dog harness reflective, L", 40, "EA", "15.90", "2026-12-14")])
    t = ("Hej Lena\n\nTak for ordren. Linje 1 og 2 kan vi bekræfte: 60 stk. à 11,40 EUR og 80 stk. à 12,60 EUR, levering d. 14.12.\n"
         "Linje 3 (den reflekterende) skal jeg lige tjekke med lageret - jeg vender tilbage i morgen.\n\n"
         "Mvh\nKasper Holm\nNordisk Hundesele ApS | CVR 38 12 45 67 | tlf. 86 12 34 56\n" + q_gt(p, "Den man. 9. nov. 2026 kl. 09.12 skrev Lena Okafor <lena.okafor@brightmoor.example>:"))
    return [p], mail(n, p, "Kasper Holm <salg@hundesele.example>", "2026-11-10 15:44 +0100", subject="SV: " + req_subject(p), text=t, cte="quoted-printable"), \
        exp("confirmation", "Lines 1-2 accepted ('d. 14.12.' = next 14 Dec = 2026-12-14). Line 3 is only promised for tomorrow, so unconfirmed.",
            conf(p, {1: A, 2: A, 3: U}))


@case("norwegian-forwarded-warehouse", "Norwegian salesperson forwards the warehouse's internal note as the answer: 40 pcs Friday 27 Nov, remaining 60 in week 2.")
def _(n):
    s = sup("STAFFELI", "Staffeli Norge AS", "ordre@staffeli.example", "nb-NO")
    p = po("4500032002", s, "2026-11-11", "EUR", [
        L("EC-BR-120", "Easel clamp brass, 120 mm", 100, "EA", "5.75", "2027-01-08"),
        L("EC-KNOB-M6", "Easel clamp knob M6", 200, "EA", "0.85", "2027-01-08")])
    t = ("Hei Lena,\n\nse svaret fra lageret under - det er vår bekreftelse på ordre 4500032002. Knottene (linje 2) sender vi komplett med første sending.\n\n"
         "Vennlig hilsen\nIngrid Berg\nStaffeli Norge AS\n\n---------- Videresendt melding ----------\nFra: Lager Drammen <lager@staffeli.example>\n"
         "Dato: tor. 12. nov. 2026 kl. 14:02\nEmne: SV: ordre Brightmoor\nTil: Ingrid Berg <ordre@staffeli.example>\n\n"
         "Hei Ingrid,\nEC-BR-120: har 40 stk på lager, de kan gå fredag 27. nov. Resten (60 stk) kommer fra produksjon, sendes uke 2.\n"
         "EC-KNOB-M6: 200 stk ok.\nPris uendret.\nmvh Ole, lager\n")
    return [p], mail(n, p, "Ingrid Berg <ordre@staffeli.example>", "2026-11-12 15:20 +0100", subject="SV: " + req_subject(p), text=t), \
        exp("confirmation", "Line 1 split: 40 shipped Fri 2026-11-27 and 60 in week 2 (Friday 2027-01-15); ship dates are the dates given. Line 2: all 200 with the first shipment on 2026-11-27, earlier than requested.",
            conf(p, {1: ch(100, "5.75", "2027-01-15", [(40, "2026-11-27"), (60, "2027-01-15")]), 2: ch(200, "0.85", "2026-11-27")}))


@case("estonian-price-question", "Estonian reply asking whether to confirm at a new 2027 price before confirming anything.")
def _(n):
    s = sup("LIHVKETAS", "Lihvketas OÜ", "myyk@lihvketas.example", "et-EE")
    p = po("4500032003", s, "2026-11-10", "EUR", [
        L("FD-115-K40", "Flap disc 115 mm K40, zirconia", 500, "EA", "1.95", "2027-01-12")])
    t = ("Tere Lena,\n\naitäh tellimuse 4500032003 eest. Meie hinnad muutuvad alates 01.01.2027 ning jaanuari tarnete hind on 2,10 EUR/tk. "
         "Kas soovite, et kinnitame tellimuse uue hinnaga või tarnime detsembris vana hinnaga (tarne 18.12.2026)? Palun andke teada.\n\n"
         "Lugupidamisega\nKadri Tamm\nLihvketas OÜ | +372 5123 4567\n" + q_gt(p))
    return [p], mail(n, p, "Kadri Tamm <myyk@lihvketas.example>", "2026-11-11 10:10 +0200", subject="Vs: " + req_subject(p), text=t), \
        exp("needs_review", "The supplier offers two alternatives (new price in January or old price in December) and asks us to choose: no commitment yet.")


@case("latvian-xlsx-bale-rounding", "Latvian short mail with an XLSX confirmation sheet; line 2 rounded up to bales of 50 (480 -> 500).")
def _(n):
    s = sup("DZUTA", "SIA Džutas Maisi", "pasutijumi@dzutasmaisi.example", "lv-LV")
    p = po("4500032004", s, "2026-11-04", "EUR", [
        L("JB-60x100", "Jute bag 60x100 cm, 400 g", 1000, "EA", "0.98", "2027-01-20"),
        L("JB-40x60", "Jute bag 40x60 cm, 300 g", 480, "EA", "0.61", "2027-01-20"),
        L("JB-TWINE", "Jute twine 3-ply, 1 kg roll", 50, "ROL", "3.20", "2027-01-20")])
    x = xlsx([["Pasūtījums", "4500032004", "", "", "", ""],
              ["Poz.", "Artikuls", "Daudzums", "Mērv.", "Cena EUR", "Piegādes datums"],
              [1, "JB-60x100", 1000, "gab.", 0.98, "20.01.2027"],
              [2, "JB-40x60", 500, "gab.", 0.61, "20.01.2027"],
              [3, "JB-TWINE", 50, "rul.", 3.20, "20.01.2027"],
              ["Piezīme: poz. 2 noapaļots līdz pilnai ķīpai (50 gab.)", "", "", "", "", ""]])
    t = ("Labdien,\n\npielikumā pasūtījuma 4500032004 apstiprinājums.\n\nAr cieņu\nLiene Ozola\nSIA Džutas Maisi, tālr. +371 67 123 456\n")
    return [p], mail(n, p, "Liene Ozola <pasutijumi@dzutasmaisi.example>", "2026-11-06 12:00 +0200", subject="RE: " + req_subject(p),
                     text=t, charset="iso-8859-13", cte="quoted-printable",
                     attachments=[("Apstiprinajums_4500032004.xlsx", XLSX, x)]), \
        exp("confirmation", "The answer is in the XLSX: lines 1 and 3 as ordered; line 2 rounded to a full bale, 500 instead of 480, same price and date.",
            conf(p, {1: A, 2: ch(500, "0.61", "2027-01-20"), 3: A}))


@case("lithuanian-ooo", "Lithuanian out-of-office (no Auto-Submitted header, only X-Auto-Response-Suppress / Precedence).")
def _(n):
    s = sup("SAMTIS", "UAB Samtis", "pardavimai@samtis.example", "lt-LT")
    p = po("4500032005", s, "2026-11-12", "EUR", [
        L("GS-ST-15", "Grain scoop steel 1.5 L", 120, "EA", "5.10", "2026-12-21")])
    t = ("Sveiki,\n\nšiuo metu esu atostogose ir grįšiu 2026 m. lapkričio 23 d. Skubiais klausimais prašome kreiptis el. paštu info@samtis.example "
         "arba tel. +370 5 212 3456.\n\nPagarbiai\nTomas Kazlauskas\n")
    return [p], mail(n, p, "Tomas Kazlauskas <pardavimai@samtis.example>", "2026-11-12 09:14 +0200",
                     subject="Automatinis atsakymas: " + req_subject(p), text=t,
                     headers=[("Precedence", "auto_reply"), ("X-Auto-Response-Suppress", "All")]), \
        exp("auto_reply", "Holiday auto-reply in Lithuanian; returns 23 Nov; nothing about the order.")


@case("slovak-discontinued-1250", "Slovak windows-1250 reply: one line discontinued with no replacement, the other two as ordered.")
def _(n):
    s = sup("VCELAR", "Včelár Trade s.r.o.", "objednavky@vcelartrade.example", "sk-SK")
    p = po("4500032006", s, "2026-11-05", "EUR", [
        L("BS-CU-M", "Bee smoker copper, medium", 30, "EA", "24.80", "2026-12-17"),
        L("BS-SS-S", "Bee smoker stainless, small", 40, "EA", "16.30", "2026-12-17"),
        L("BS-FUEL-1", "Smoker fuel pellets 1 kg", 100, "KG", "2.40", "2026-12-17")])
    t = ("Dobrý deň pani Okafor,\n\nďakujeme za objednávku č. 4500032006.\n\n"
         "Položku 1 (BS-CU-M) sme vyradili zo sortimentu a už ju nedodávame, náhradu žiaľ nemáme.\n"
         "Položky 2 a 3 potvrdzujeme v plnom rozsahu za uvedené ceny s dodaním 17. 12. 2026.\n\n"
         "S pozdravom\nPeter Horváth\nVčelár Trade s.r.o., IČO: 45 678 912, IBAN SK31 1100 0000 0029 8765 4321\n"
         + q_outlook(p, ("Od", "Odoslané", "Komu", "Predmet")))
    return [p], mail(n, p, "Peter Horváth <objednavky@vcelartrade.example>", "2026-11-06 08:20 +0100", subject="RE: " + req_subject(p),
                     text=t, charset="windows-1250", cte="quoted-printable"), \
        exp("confirmation", "Line 1 discontinued = rejected; lines 2-3 accepted (17. 12. 2026). Signature carries an IBAN and company IDs.",
            conf(p, {1: R, 2: A, 3: A}))


@case("slovenian-prepayment-first", "Slovenian reply: the order can only be confirmed after a 30 % prepayment is received; proforma attached as text.")
def _(n):
    s = sup("CEPIN", "Cepin d.o.o.", "prodaja@cepin.example", "sl-SI")
    p = po("4500032007", s, "2026-11-06", "EUR", [
        L("IA-ALP-55", "Ice axe alpine, 55 cm", 20, "EA", "96.00", "2027-01-29"),
        L("IA-LEASH", "Ice axe leash, adjustable", 20, "EA", "9.50", "2027-01-29")])
    t = ("Pozdravljeni,\n\nza novo stranko je pogoj za potrditev naročila 30 % predplačilo. V priponki pošiljam predračun št. PR-26-1187 "
         "v znesku 633,00 EUR. Ko prejmemo plačilo, vam pošljemo potrditev z roki dobave.\n\n"
         "Lep pozdrav,\nNina Kos\nCepin d.o.o., Kranj | ID za DDV: SI12345678\n" + q_gt(p))
    return [p], mail(n, p, "Nina Kos <prodaja@cepin.example>", "2026-11-09 13:37 +0100", subject="RE: " + req_subject(p), text=t,
                     attachments=[("predracun_PR-26-1187.txt", "text/plain", "PREDRAČUN PR-26-1187\nIA-ALP-55 20 x 96,00 = 1.920,00\nIA-LEASH 20 x 9,50 = 190,00\nSkupaj: 2.110,00 EUR\n30 % predplačilo: 633,00 EUR\n")]), \
        exp("needs_review", "Confirmation is explicitly deferred until a prepayment is received; no quantities or dates are committed yet.")


@case("croatian-no-year-later", "Croatian Gmail reply with genitive month names ('do 15. siječnja') and no year: later than requested.")
def _(n):
    s = sup("MLIJEKO", "Mljekarska Oprema d.o.o.", "prodaja@mljekoprema.example", "hr-HR")
    p = po("4500032008", s, "2026-11-10", "EUR", [
        L("ML-NR-22", "Milking liner natural rubber, 22 mm", 400, "EA", "1.70", "2027-01-08"),
        L("ML-TUBE-8", "Milk tube 8 mm, transparent", 100, "M", "0.95", "2027-01-08")])
    t = ("Poštovana gđo Okafor,\n\npotvrđujemo narudžbu 4500032008: sise (ML-NR-22) 400 kom po 1,70 EUR i cijev 100 m po 0,95 EUR. "
         "Zbog godišnjeg inventara isporuku možemo napraviti tek do 15. siječnja.\n\nLijep pozdrav,\nIvana Perić\nMljekarska Oprema d.o.o. | OIB 12345678901\n"
         + q_gt(p, "pon, 10. stu 2026. u 09:12 Lena Okafor <lena.okafor@brightmoor.example> napisala je:"))
    return [p], mail(n, p, "Ivana Perić <prodaja@mljekoprema.example>", "2026-11-12 11:05 +0100", subject="Re: " + req_subject(p), text=t, cte="quoted-printable"), \
        exp("confirmation", "Both lines confirmed at PO quantity/price with delivery 'do 15. siječnja' = next 15 January = 2027-01-15 (requested 8 Jan).",
            conf(p, {1: ch(400, "1.70", "2027-01-15"), 2: ch(100, "0.95", "2027-01-15")}))


@case("romanian-newsletter", "Romanian HTML newsletter from the same supplier domain, full of product prices and dates, not about the PO.")
def _(n):
    s = sup("PLUTITORI", "Plutitori Pescărești SRL", "comenzi@plutitori.example", "ro-RO")
    p = po("4500032009", s, "2026-11-09", "EUR", [
        L("NF-CORK-60", "Net float cork 60 mm", 800, "EA", "0.55", "2026-12-18")])
    h = html_doc("<h2>Noutăți decembrie 2026</h2><p>Dragi clienți,</p><p>Până pe 15.12.2026 beneficiați de <b>10% reducere</b> la toate plutele din EVA "
                 "(ex. NF-EVA-80 la doar 0,79 EUR/buc).</p><table><tr><td>NF-CORK-60</td><td>0,52 EUR</td></tr><tr><td>NF-PVC-100</td><td>1,29 EUR</td></tr></table>"
                 "<p>Program de sărbători: închis 24.12 - 04.01.</p><p><a href=\"https://plutitori.example/unsubscribe\">Dezabonare</a></p>")
    return [p], mail(n, p, "Plutitori Pescărești <newsletter@plutitori.example>", "2026-11-16 07:00 +0200", thread=False,
                     subject="Noutăți decembrie: -10% la plute EVA", html=h, cte="quoted-printable",
                     headers=[("List-Unsubscribe", "<https://plutitori.example/unsubscribe>"), ("Precedence", "bulk")]), \
        exp("unrelated", "A marketing newsletter with prices for the same item code; it does not answer PO 4500032009.")


@case("bulgarian-1251-signature-numbers", "Bulgarian windows-1251 confirmation as ordered; signature and footer full of numbers (ЕИК, IBAN, phone, dates).")
def _(n):
    s = sup("RAKAVICI", "Ръкавици Пловдив ЕООД", "prodajbi@rakavici.example", "bg-BG")
    p = po("4500032010", s, "2026-11-09", "EUR", [
        L("OG-COT-32", "Oven glove cotton quilted, 32 cm", 500, "EA", "2.35", "2026-12-11"),
        L("OG-MIT-DBL", "Double oven mitt, 85 cm", 200, "EA", "4.10", "2026-12-11")])
    t = ("Здравейте, г-жо Окафор,\n\nПотвърждаваме поръчка 4500032010 изцяло - количества, цени и срок на доставка 11.12.2026 г.\n\n"
         "Поздрави,\nГергана Петрова\nРъкавици Пловдив ЕООД\nЕИК 201234567, IBAN BG80 BNBG 9661 1020 3456 78\n"
         "тел. +359 32 123 456, факс +359 32 123 457\nРаботно време: пон.-пет. 8:30-17:00; 24.12-27.12 и 31.12-03.01 почивни дни\n")
    return [p], mail(n, p, "Гергана Петрова <prodajbi@rakavici.example>", "2026-11-10 09:40 +0200", subject="RE: " + req_subject(p),
                     text=t, charset="windows-1251", cte="quoted-printable"), \
        exp("confirmation", "Whole PO confirmed as ordered; the dates and numbers in the signature (holidays, IBAN) must be ignored.",
            conf(p, {1: A, 2: A}))


@case("greek-two-instalments", "Greek ISO-8859-7 reply: line 1 in two instalments (60 m² 14/12/2026 + 40 m² 11/01/2027), line 2 as ordered.")
def _(n):
    s = sup("PARKETO", "Παρκέτα Αιγαίου Α.Ε.", "pwliseis@parketa-aigaiou.example", "el-GR")
    p = po("4500032011", s, "2026-11-05", "EUR", [
        L("PB-CHES-60", "Parquet block chestnut 60x300x14", 100, "M2", "44.00", "2026-12-14"),
        L("PB-GLUE-15", "Parquet adhesive 15 kg pail", 12, "EA", "58.00", "2026-12-14")])
    t = ("Αγαπητή κα Okafor,\n\nσχετικά με την παραγγελία 4500032011:\n\n"
         "1. PB-CHES-60: 100 m² προς 44,00 € - παράδοση σε δύο δόσεις: 60 m² στις 14/12/2026 και 40 m² στις 11/01/2027.\n"
         "2. PB-GLUE-15: 12 τεμ. προς 58,00 € - παράδοση 14/12/2026.\n\nΜε εκτίμηση,\nΝίκος Παπαδόπουλος\nΠαρκέτα Αιγαίου Α.Ε. | ΑΦΜ 099123456 | τηλ. 210 1234567\n")
    return [p], mail(n, p, "Nikos Papadopoulos <pwliseis@parketa-aigaiou.example>", "2026-11-09 12:12 +0200", subject="ΑΠ: " + req_subject(p),
                     text=t, charset="iso-8859-7", cte="quoted-printable"), \
        exp("confirmation", "Line 1 split 60 on 2026-12-14 and 40 on 2027-01-11 (same total/price). Line 2 as ordered.",
            conf(p, {1: ch(100, "44.00", "2027-01-11", [(60, "2026-12-14"), (40, "2027-01-11")]), 2: A}))


@case("ukrainian-next-tuesday", "Ukrainian reply: new unit price and 'наступного вівторка' relative to a Thursday mail date (= 24 Nov).")
def _(n):
    s = sup("SHTAMP", "ТОВ Штамп-Сервіс", "zamovlennia@shtamp-servis.example", "uk-UA")
    p = po("4500032012", s, "2026-11-16", "USD", [
        L("RS-WOOD-60", "Rubber stamp on wooden handle 60x30 mm", 120, "EA", "3.20", "2026-12-04")])
    t = ("Доброго дня, пані Лено!\n\nЗамовлення 4500032012 підтверджуємо: 120 шт., ціна за 1 шт. 3,60 USD (замість 3,20 через подорожчання гуми). "
         "Відвантажимо наступного вівторка.\n\nЗ повагою,\nОксана Шевченко\nТОВ Штамп-Сервіс, Львів, +380 32 123 4567\n" + q_gt(p))
    return [p], mail(n, p, "Оксана Шевченко <zamovlennia@shtamp-servis.example>", "2026-11-19 16:02 +0200", subject="Re: " + req_subject(p), text=t), \
        exp("confirmation", "Price 3,60 USD instead of 3.20; 'next Tuesday' from Thursday 19 Nov 2026 = 2026-11-24 (ship date, earlier than requested).",
            conf(p, {1: ch(120, "3.60", "2026-11-24")}))


@case("hebrew-rtl-moq", "Hebrew RTL HTML reply (multipart) raising quantity to a 50-piece minimum order quantity.")
def _(n):
    s = sup("KULMUS", "קולמוס כלי כתיבה בע\"מ", "orders@kulmus.example", "he-IL")
    p = po("4500032013", s, "2026-11-10", "USD", [
        L("QP-TURK-B", "Quill pen turkey feather, brown", 30, "EA", "3.90", "2026-12-16"),
        L("QP-INK-50", "Iron gall ink 50 ml", 60, "EA", "5.40", "2026-12-16")])
    t = ("שלום לנה,\n\nהזמנה 4500032013 מאושרת.\nשורה 1: כמות מינימום להזמנה 50 יח', לכן נספק 50 יח' במחיר 3.90$ ליח'.\n"
         "שורה 2: 60 יח' במחיר 5.40$ כמבוקש.\nאספקה לשתי השורות: 16/12/2026.\n\nבברכה,\nדנה לוי\nקולמוס כלי כתיבה בע\"מ | 03-1234567\n")
    h = html_doc("<div dir=\"rtl\"><p>שלום לנה,</p><p>הזמנה 4500032013 מאושרת.<br>שורה 1: כמות מינימום להזמנה 50 יח', לכן נספק 50 יח' במחיר 3.90$ ליח'.<br>"
                 "שורה 2: 60 יח' במחיר 5.40$ כמבוקש.<br>אספקה לשתי השורות: 16/12/2026.</p><p>בברכה,<br>דנה לוי<br>קולמוס כלי כתיבה בע\"מ | 03-1234567</p></div>")
    return [p], mail(n, p, "Dana Levi <orders@kulmus.example>", "2026-11-11 10:30 +0200", subject="RE: " + req_subject(p), text=t, html=h, cte="base64"), \
        exp("confirmation", "Line 1 raised to the MOQ of 50 (same price/date); line 2 as ordered; delivery 16/12/2026 for both.",
            conf(p, {1: ch(50, "3.90", "2026-12-16"), 2: A}))


@case("egypt-arabic-indic-digits", "Arabic reply with Eastern Arabic-Indic digits in quantities, prices and dates; line 2 a week later.")
def _(n):
    s = sup("NILEINS", "النيل للعوازل الخزفية", "sales@nile-insulators.example", "ar-EG")
    p = po("4500032014", s, "2026-11-08", "USD", [
        L("CI-SPOOL-S", "Ceramic spool insulator, small", 600, "EA", "0.75", "2026-12-15"),
        L("CI-STRAIN", "Ceramic strain insulator", 250, "EA", "1.60", "2026-12-15")])
    t = ("السيدة لينا أوكافور المحترمة،\n\nتحية طيبة وبعد،\n\nنؤكد لكم أمر الشراء رقم ٤٥٠٠٠٣٢٠١٤ كالتالي:\n"
         "البند ١: عدد ٦٠٠ قطعة بسعر ٠٫٧٥ دولار، التسليم ١٥/١٢/٢٠٢٦\n"
         "البند ٢: عدد ٢٥٠ قطعة بسعر ١٫٦٠ دولار، التسليم ٢٢/١٢/٢٠٢٦\n\nوتفضلوا بقبول فائق الاحترام،\nأحمد عبد الرحمن\nمدير المبيعات - النيل للعوازل الخزفية\nت: ٠٢٢٣٤٥٦٧٨٩\n")
    return [p], mail(n, p, "Ahmed Abdelrahman <sales@nile-insulators.example>", "2026-11-10 13:00 +0200", subject="RE: " + req_subject(p), text=t, cte="base64"), \
        exp("confirmation", "Arabic-Indic digits: line 1 600 @ 0.75, 15/12/2026 = as ordered; line 2 250 @ 1.60 on 22/12/2026 (one week later).",
            conf(p, {1: A, 2: ch(250, "1.60", "2026-12-22")}))


@case("persian-digits-terse", "Short Persian reply with Persian digits confirming the whole PO as ordered on a Gmail quote.")
def _(n):
    s = sup("NAMADPAR", "Namad Par Co.", "sales@namadpar.example", "fa-IR")
    p = po("4500032015", s, "2026-11-11", "EUR", [
        L("FH-NMD-BLK", "Felt hat, pressed wool, black, size 58", 50, "EA", "19.00", "2027-01-20")])
    t = ("سلام خانم اوکافور،\nسفارش ۴۵۰۰۰۳۲۰۱۵ با همان تعداد (۵۰ عدد)، قیمت و تاریخ تحویل (۲۰۲۷/۰۱/۲۰) تأیید می‌شود.\nبا احترام\nرضا احمدی\n" + q_gt(p))
    return [p], mail(n, p, "Reza Ahmadi <sales@namadpar.example>", "2026-11-14 11:31 +0330", subject="Re: " + req_subject(p), text=t), \
        exp("confirmation", "Confirmation of the single line as ordered, written with Persian digits.", conf(p, {1: A}))


@case("vietnam-dot-thousands", "Vietnamese reply with dot thousands separators ('1.000 cái', '2.400 cái') and comma decimals: line 2 short.")
def _(n):
    s = sup("LAHARMO", "Công ty TNHH Lá Harmo", "kinhdoanh@laharmo.example", "vi-VN")
    p = po("4500032016", s, "2026-11-06", "USD", [
        L("HR-A-PB", "Harmonica reed phosphor bronze A", 1000, "PC", "0.38", "2027-01-15"),
        L("HR-D-PB", "Harmonica reed phosphor bronze D", 2500, "PC", "0.38", "2027-01-15")])
    t = ("Chào chị Lena,\n\nBên em xác nhận đơn hàng 4500032016 như sau:\n- HR-A-PB: 1.000 cái, đơn giá 0,38 USD, giao ngày 15/01/2027\n"
         "- HR-D-PB: do thiếu nguyên liệu chỉ giao được 2.400 cái, đơn giá 0,38 USD, giao ngày 15/01/2027\n\nTrân trọng,\nNguyễn Thị Hoa\n"
         "Phòng Kinh doanh - Công ty TNHH Lá Harmo\nĐT: 028 3823 4567 | MST 0312345678\n" + q_gt(p, "Vào Th 6, 6 thg 11, 2026 lúc 09:12 Lena Okafor <lena.okafor@brightmoor.example> đã viết:"))
    return [p], mail(n, p, "Nguyen Thi Hoa <kinhdoanh@laharmo.example>", "2026-11-09 14:50 +0700", subject="Re: " + req_subject(p), text=t), \
        exp("confirmation", "'1.000' is one thousand (as ordered); '2.400' is 2,400 of 2,500 ordered, so line 2 changed to 2400.",
            conf(p, {1: A, 2: ch(2400, "0.38", "2027-01-15")}))


@case("exchange-ndr-quota", "Exchange on-premises NDR (multipart/report, 5.2.2 mailbox full) for an Indonesian supplier's mailbox.")
def _(n):
    s = sup("SPASINDO", "PT Spasi Keramik Indonesia", "purchasing.sales@spasikeramik.example", "id-ID")
    p = po("4500032017", s, "2026-11-12", "USD", [
        L("TS-WEDGE", "Tile wedge spacer, 250 pcs/bag", 80, "EA", "1.15", "2026-12-21")])
    human = ("Delivery has failed to these recipients or groups:\n\npurchasing.sales@spasikeramik.example\n"
             "The recipient's mailbox is full and can't accept messages now. Please try resending your message later, or contact the recipient directly.\n\n"
             "Diagnostic information for administrators:\nGenerating server: EXCH01.spasikeramik.example\n"
             "purchasing.sales@spasikeramik.example\nRemote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'")
    return [p], dsn(n, p, "Microsoft Outlook <postmaster@spasikeramik.example>", "2026-11-12 15:14 +0700",
                    "Undeliverable: " + req_subject(p), human, s["email"], "5.2.2",
                    "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException", "EXCH01.spasikeramik.example"), \
        exp("bounce", "Exchange non-delivery report (mailbox full) for our request.")


@case("malay-two-pos-one-answered", "Malay reply answering only one of two open POs from the same supplier; the other PO is not mentioned.")
def _(n):
    s = sup("TERMOKAP", "Termokap Sdn. Bhd.", "jualan@termokap.example", "ms-MY")
    p1 = po("4500032018", s, "2026-11-03", "USD", [
        L("TC-R-600", "Thermocouple type R, 600 mm, ceramic sheath", 8, "EA", "185.00", "2026-12-18")])
    p2 = po("4500032019", s, "2026-11-09", "USD", [
        L("TC-K-200", "Thermocouple type K, 200 mm", 30, "EA", "38.00", "2027-01-08"),
        L("TC-CBL-5", "Compensating cable type K, 5 m", 30, "EA", "12.00", "2027-01-08")])
    t = ("Salam sejahtera Puan Lena,\n\nMerujuk kepada PO 4500032019, kami sahkan kedua-dua item: TC-K-200 30 unit @ USD 38.00 dan "
         "TC-CBL-5 30 unit @ USD 12.00. Tarikh penghantaran 8 Januari 2027 seperti yang diminta.\n\nTerima kasih.\n\nYang benar,\nAzlan Ismail\nTermokap Sdn. Bhd. (No. Syarikat 201501012345)\nTel: +60 3-5123 4567\n"
         + q_outlook(p2, ("Daripada", "Dihantar", "Kepada", "Perkara")))
    return [p1, p2], mail(n, p2, "Azlan Ismail <jualan@termokap.example>", "2026-11-11 09:20 +0800", subject="RE: " + req_subject(p2), text=t), \
        exp("confirmation", "Only PO 4500032019 is answered (both lines as ordered); PO 4500032018 is not mentioned and is left out.",
            conf(p2, {1: A, 2: A}))
