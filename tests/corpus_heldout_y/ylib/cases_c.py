"""Cases 041-060."""
import html as _html

from .case import S, L, PO, C, case, reply, kw, next_md, wd, D
from . import mime, docs

A, R, U = "A", "R", "U"
nb = "\u00a0"
nn = "\u202f"

# ------------------------------------------------------------------ 041
sup = S("NUSTEA", "PT Nusantara Teh Lestari", "export@nusantarateh.example", "id-ID", "Pak Budi")
po = PO("GA-26-7758", sup, [
    L(1, "TEA-CTC-BP1", "Black tea CTC BP1, sacks 50 kg", 6000, "KG", "2.38", "2026-12-18"),
    L(2, "TEA-GRN-SEN", "Green tea sencha style, sacks 40 kg", 2000, "KG", "4.10", "2026-12-18"),
], org="greenacre", buyer="Sanne de Wit", currency="USD", issued="2026-11-10")
assert kw(51) == D(2026, 12, 18)
body = """Yth. Ibu Sanne,

Terima kasih atas PO GA-26-7758. Dengan ini kami konfirmasi:

1. Teh hitam CTC BP1: 6.000 kg (120 karung @ 50 kg), harga USD 2,45/kg karena kenaikan harga lelang Jakarta. Pengiriman minggu ke-51.
2. Teh hijau sencha: belum bisa kami konfirmasi, masih menunggu hasil petik bulan ini. Kami kabari paling lambat akhir November.

Hormat kami,
Budi Santoso
Export Manager - PT Nusantara Teh Lestari, Bandung
"""
eml = reply(po, "Budi Santoso", mime.date_hdr(2026, 11, 16, 14, 0, "+0700"), body, client="gmail",
            subject="Re: Purchase order GA-26-7758 - please confirm", boundary_seed="y041")
case("041-tea-sacks-price-and-pending-line", "confirmation", "id-ID",
     "Indonesian 6.000 kg / USD 2,45 number forms, week 51 (= requested Friday); the green tea waits for the harvest and stays unconfirmed.",
     [po], eml, [(po, {1: C(p="2.45"), 2: U})])

# ------------------------------------------------------------------ 042
sup = S("GALIL", "Galil Security Systems Ltd", "orders@galilsec.example", "he-IL", "Yossi")
po = PO("VS-PO-18890", sup, [
    L(1, "GS-BUL-4MP", "Bullet camera 4 MP, 2.8-12 mm varifocal", 60, "EA", "86.00", "2026-12-10"),
    L(2, "GS-VMS-LIC", "VMS camera licence, perpetual", 60, "EA", "19.00", "2026-12-10"),
    L(3, "GS-POE-8P", "PoE switch 8 ports 120 W", 8, "EA", "45.00", "2026-12-10"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-11")
body = """שלום קווין,

מאשרים את הזמנה VS-PO-18890 כדלקמן:

1. מצלמת Bullet 4MP - כמות 60 יח' במחיר 86.00$ ליחידה, אספקה 10/12/2026.
2. רישיונות VMS - 60 רישיונות, ישלחו במייל כבר ב-3/12.
3. מתג PoE 8 פורטים - 8 יח', המחיר עודכן ל-48.50$ ליחידה (עליית מחיר יצרן), אספקה יחד עם המצלמות.

בברכה,
יוסי לוי
מנהל מכירות, גליל מערכות אבטחה בע"מ
"""
html_body = "<div dir=\"rtl\" style=\"text-align:right\">" + "".join(
    f"<p>{_html.escape(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div>"
eml = reply(po, "יוסי לוי", mime.date_hdr(2026, 11, 15, 11, 10, "+0200"), body, client="gmail",
            charset="windows-1255", cte="base64", html_cte="base64", html_body=html_body,
            subject="RE: Purchase order VS-PO-18890 - please confirm", boundary_seed="y042")
case("042-security-hebrew-rtl", "confirmation", "he-IL",
     "Hebrew RTL in windows-1255/base64 with embedded Latin part names and $ after numbers; licences e-mailed early on 3/12, switch repriced, camera line as ordered.",
     [po], eml, [(po, {1: A, 2: C(d="2026-12-03"), 3: C(p="48.50")})])

# ------------------------------------------------------------------ 043
sup = S("GULFAG", "Gulf Agrochemicals LLC", "sales@gulfagro.example", "ar-AE", "Mr Khalid")
po = PO("GA-26-7760", sup, [
    L(1, "NPK-202020-IBC", "Liquid fertiliser NPK 20-20-20, IBC 1000 l", 4000, "L", "1.15", "2026-12-18"),
    L(2, "FUNG-AZX-200", "Fungicide azoxystrobin 250 SC, drum 200 l", 600, "L", "9.10", "2026-12-18"),
], org="greenacre", buyer="Sanne de Wit", currency="USD", issued="2026-11-11")
body = """السيدة ساني المحترمة،

تحية طيبة وبعد،

نؤكد لكم أمر الشراء رقم GA-26-7760 على النحو التالي:

البند 1: سماد سائل NPK 20-20-20 - الكمية 4000 لتر (4 حاويات IBC سعة 1000 لتر)، السعر 1.15 دولار للتر.
البند 2: مبيد فطري أزوكسيستروبين 250 SC - الكمية 600 لتر (3 براميل سعة 200 لتر)، السعر 9.40 دولار للتر بسبب ارتفاع تكلفة المادة الفعالة.

موعد التسليم في مستودعكم: 20 ديسمبر 2026 للبندين.
صلاحية العرض حتى 30 نوفمبر 2026.

مع خالص التحية،
خالد المنصوري
مدير المبيعات - شركة الخليج للكيماويات الزراعية
"""
html_body = "<div dir=\"rtl\">" + "".join(
    f"<p>{_html.escape(p).replace(chr(10), '<br>')}</p>" for p in body.strip().split("\n\n")) + "</div>"
eml = reply(po, "Khalid Al Mansouri", mime.date_hdr(2026, 11, 14, 10, 0, "+0400"), body, lang="en",
            charset="windows-1256", html_body=html_body, boundary_seed="y043", ua="Microsoft Outlook 16.0")
case("043-agchem-arabic-ibc-drums", "confirmation", "ar-AE",
     "Arabic in windows-1256; NPK 20-20-20 and container sizes are not quantities, delivery 20 December for both lines, fungicide repriced, offer validity 30 November is a trap.",
     [po], eml, [(po, {1: C(d="2026-12-20"), 2: C(p="9.40", d="2026-12-20")})])

# ------------------------------------------------------------------ 044
sup = S("GEH", "Galaktokomika Efodia Ipeirou S.A.", "sales@gei-dairy.example", "el-GR", "Mr Papadopoulos")
po = PO("PO-26-01240", sup, [
    L(1, "TIN-FETA-17", "Tin container 17 kg for feta, lacquered", 2000, "EA", "2.40", "2026-12-07"),
    L(2, "TUB-PP-1KG", "PP tub 1 kg, white, tamper-evident", 10000, "EA", "0.22", "2026-12-07"),
    L(3, "LID-PP-1KG", "PP lid for 1 kg tub, printed", 10000, "EA", "0.06", "2026-12-07"),
], org="kessler", buyer="Jana Brandt", issued="2026-11-11")
wd(D(2026, 12, 7), "Mon"); wd(D(2026, 12, 21), "Mon")
body = """Αγαπητή κα Brandt,

Σας ευχαριστούμε για την παραγγελία PO-26-01240. Επιβεβαιώνουμε:

- Δοχεία λευκοσιδήρου 17 kg: 1.200 τεμ. παράδοση Δευτέρα 7/12 και τα υπόλοιπα 800 τεμ. Δευτέρα 21/12 (the tinplate arrives late from the mill).
- Δοχεία PP 1 kg και καπάκια: 10.000 + 10.000 τεμ., παράδοση 7/12, τιμές όπως στην παραγγελία.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
"""
eml = reply(po, "Νίκος Παπαδόπουλος", mime.date_hdr(2026, 11, 13, 12, 40, "+0200"), body, client="gmail",
            charset="iso-8859-7", subject="Re: Purchase order PO-26-01240 - please confirm", boundary_seed="y044")
case("044-feta-tins-greek-split", "confirmation", "el-GR",
     "Greek (ISO-8859-7) with an English aside; '17 kg' is the can size, tins split 1.200 on 7/12 and 800 on 21/12, tubs and lids confirmed together.",
     [po], eml, [(po, {1: C(s=[(1200, "2026-12-07"), (800, "2026-12-21")]), 2: A, 3: A})])

# ------------------------------------------------------------------ 045
sup = S("ETPR", "Etiket Print OOD", "office@etiketprint.example", "bg-BG", "Mr Georgiev")
po = PO("PO-26-01245", sup, [
    L(1, "ETK-SAL-80x50", "Sausage label 80x50 mm, 3c, roll 1000", 60000, "EA", "0.0280", "2026-12-11"),
    L(2, "THR-58x40", "Thermal label 58x40 mm, roll 1000", 40, "ROL", "6.20", "2026-12-11"),
], org="kessler", buyer="Tobias Reim", issued="2026-11-12")
body = """Здравейте г-н Райм,

Потвърждаваме поръчка PO-26-01245:

1. Етикети 80x50 мм, 3 цвята - 60 000 бр., цена 29,50 евро на 1000 бр. (нова цена на хартията от 01.11.2026).
2. Термоетикети 58x40 мм - 40 ролки по 6,20 евро.

Доставка до 11.12.2026 г.

Поздрави,
Георги Георгиев
Етикет Принт ООД, Пловдив
"""
eml = reply(po, "Георги Георгиев", mime.date_hdr(2026, 11, 16, 9, 30, "+0200"), body, lang="en", charset="windows-1251", html_only=True,
            boundary_seed="y045", ua="Microsoft Outlook 16.0")
case("045-labels-bulgarian-per-1000", "confirmation", "bg-BG",
     "HTML-only, Bulgarian Cyrillic in windows-1251; price per 1000 labels (29,50 -> 0.0295), price change date 01.11.2026 is not the delivery date.",
     [po], eml, [(po, {1: C(p="0.0295"), 2: A})])

# ------------------------------------------------------------------ 046
sup = S("KBZAJ", "Kablovi Zaječar d.o.o.", "prodaja@kablovi-zajecar.example", "sr-RS", "Milan")
po = PO("4500231290", sup, [
    L(1, "NYM-J-3x2.5", "Cable NYM-J 3x2.5 mm2, coil 100 m", 1500, "M", "1.25", "2026-12-11"),
    L(2, "PP00-4x16", "Power cable PP00 4x16 mm2, drum", 500, "M", "9.80", "2026-12-11"),
], buyer="Oskar Lind", issued="2026-11-11")
body = """Poštovani gospodine Lind,

potvrđujemo porudžbinu 4500231290:

1. NYM-J 3x2,5 mm2 - 15 koturova po 100 m = 1.500 m, cena 1,28 EUR/m (korekcija zbog cene bakra).
2. PP00 4x16 mm2 - 500 m na dobošu, 9,80 EUR/m, isporuka 18.12.

Stavka 1 isporučujemo 11.12.

Srdačan pozdrav,
Milan Jovanović
Komercijala, Kablovi Zaječar
"""
eml = reply(po, "Milan Jovanović", mime.date_hdr(2026, 11, 16, 15, 25), body, client="gmail",
            subject="Re: Purchase order 4500231290 - please confirm", boundary_seed="y046",
            attribution="sre, 11. nov 2026. u 09:14 Oskar Lind <oskar.lind@brenmoor.example> je napisao/la:")
case("046-cable-serbian-coils", "confirmation", "sr-RS",
     "Serbian Latin; dates without year given out of line order (line 2's date in its own line, line 1's date at the end); 3x2,5 and 4x16 are cross-sections.",
     [po], eml, [(po, {1: C(p="1.28"), 2: C(d="2026-12-18")})])

# ------------------------------------------------------------------ 047
sup = S("OKCE", "Okovje Celje d.o.o.", "prodaja@okovje-celje.example", "sl-SI", "Ms Kranjc")
po = PO("4500231296", sup, [
    L(1, "GAS-100N", "Gas strut 100 N, 245 mm", 800, "EA", "1.35", "2026-12-18"),
    L(2, "LIFT-HK-PR", "Lift-up flap fitting HK, pair", 200, "PR", "14.80", "2026-12-18"),
    L(3, "SCR-4x16-PZ", "Chipboard screw 4x16 PZ, zinc", 20000, "EA", "0.0095", "2026-12-18"),
], buyer="Priya Raman", issued="2026-11-12")
assert kw(51) == D(2026, 12, 18) and kw(3, 2027) == D(2027, 1, 22)
body = """Spoštovana ga. Raman,

hvala za naročilo 4500231296. Potrjujemo:

- plinske vzmeti 100 N: 800 kos, 1,35 EUR/kos
- vijaki 4x16 PZ: 20.000 kos, cena 9,50 EUR/1000 kos
- dvižni okovje HK: na zalogi imamo samo 120 parov, ki jih pošljemo skupaj z ostalim; preostalih 80 parov dobavimo v 3. tednu 2027.

Dobava: 51. teden.

Lep pozdrav,
Maja Kranjc
Okovje Celje d.o.o.
"""
eml = reply(po, "Maja Kranjc", mime.date_hdr(2026, 11, 17, 8, 45), body, client="thunderbird", text_only=True,
            charset="iso-8859-2", subject="Re: Purchase order 4500231296 - please confirm", boundary_seed="y047",
            attribution="Dne 12. 11. 2026 ob 09:14 je Priya Raman napisal(a):",
            ua="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")
case("047-hardware-slovene-weeks-pairs", "confirmation", "sl-SI",
     "Slovene, lines in a different order than the PO; screw price per 1000 equals the PO, lift fitting split 120 pairs in week 51 / 80 pairs in week 3 of 2027; '100 N' and '4x16' are specs.",
     [po], eml, [(po, {1: A, 2: C(s=[(120, kw(51)), (80, kw(3, 2027))]), 3: A})])

# ------------------------------------------------------------------ 048
sup = S("DNIPRO", "Dnipro Metal Service LLC", "sales@dniprometal.example", "uk-UA", "Mr Bondarenko")
po = PO("4500231300", sup, [
    L(1, "S235-2-1250x2500", "Hot-rolled sheet S235 2x1250x2500", 2500, "KG", "0.92", "2026-12-07"),
    L(2, "DX51-0.7-Z275", "Galvanized sheet DX51D Z275 0.7x1250x2500", 1800, "KG", "1.18", "2026-12-07"),
], buyer="Oskar Lind", issued="2026-11-12")
body = f"""Добрий день, пане Лінд!

Підтверджуємо замовлення 4500231300:

1. Лист г/к S235 2х1250х2500 - 2{nb}496 кг (48 листів по 52 кг), ціна 0,92 EUR/кг.
2. Лист оцинкований 0,7х1250х2500 Z275 - 1{nb}800 кг, ціна 1,24 EUR/кг.

Відвантаження з нашого складу 4 грудня, доставка до вашого складу 9 грудня.
Сертифікати якості 3.1 додаються.

З повагою,
Олена Бондаренко
відділ продажу, Dnipro Metal Service
"""
eml = reply(po, "Олена Бондаренко", mime.date_hdr(2026, 11, 17, 12, 5, "+0200"), body, client="gmail",
            charset="koi8-u", subject="Re: Purchase order 4500231300 - please confirm", boundary_seed="y048",
            attribution="чт, 12 лист. 2026 р. о 10:14 Oskar Lind <oskar.lind@brenmoor.example> пише:")
case("048-steel-sheet-ukrainian-by-weight", "confirmation", "uk-UA",
     "KOI8-U Ukrainian; sheet sold by weight of whole sheets (2 496 kg instead of 2 500), dispatch 4 December vs delivery 9 December (delivery wins); dimensions with Cyrillic х.",
     [po], eml, [(po, {1: C(q=2496, d="2026-12-09"), 2: C(p="1.24", d="2026-12-09")})])

# ------------------------------------------------------------------ 049
sup = S("BIUR", "UAB Biuro prekių centras", "uzsakymai@biuroprekes.example", "lt-LT", "Ms Petraitienė")
po = PO("HL/26/0447", sup, [
    L(1, "PAP-A4-80-PAL", "Copy paper A4 80 g/m2, box of 5 reams", 400, "BOX", "21.40", "2026-11-30"),
    L(2, "PAP-A3-80", "Copy paper A3 80 g/m2, box of 5 reams", 60, "BOX", "43.00", "2026-11-30"),
    L(3, "TON-BRO-TN2420", "Toner Brother TN-2420", 24, "EA", "71.50", "2026-11-30"),
], org="harbour", buyer="Rachel Doyle", issued="2026-11-12")
body = """Laba diena,

patvirtiname užsakymą HL/26/0447:

1. Popierius A4 80 g/m2 - 400 dėžių (4 paletės), 21,40 EUR/dėž., pristatymas lapkričio 30 d.
2. Popierius A3 80 g/m2 - sandėlyje turime tik 50 dėžių, jas pristatysime lapkričio 30 d.; likusias 10 dėžių - sausio 15 d.
3. Toneris TN-2420 - 24 vnt., nauja kaina 74,90 EUR/vnt., pristatymas lapkričio 30 d.

Pagarbiai
Rasa Petraitienė
UAB Biuro prekių centras, Kaunas
"""
eml = reply(po, "Rasa Petraitienė", mime.date_hdr(2026, 11, 16, 13, 50, "+0200"), body, lang="en",
            charset="iso-8859-13", boundary_seed="y049", ua="Microsoft Outlook 16.0")
case("049-paper-lithuanian-backorder-into-2027", "confirmation", "lt-LT",
     "Lithuanian month names in the genitive without year; 'sausio 15 d.' rolls into 2027; A4 80 g/m2 and TN-2420 carry numbers.",
     [po], eml, [(po, {1: A, 2: C(s=[(50, "2026-11-30"), (10, "2027-01-15")]), 3: C(p="74.90")})])

# ------------------------------------------------------------------ 050
sup = S("LIMES", "SIA Līmes un hermētiķi", "pasutijumi@limes-herm.example", "lv-LV", "Ms Ozola")
poA = PO("4500231301", sup, [
    L(1, "CA-290-MONT", "Construction adhesive 290 ml cartridge (box of 24)", 500, "EA", "3.60", "2026-12-10"),
    L(2, "ACR-310-WH", "Acrylic sealant 310 ml white", 300, "EA", "1.45", "2026-12-10"),
], buyer="Dana Ruiz", issued="2026-11-12")
poB = PO("4500231302", sup, [
    L(1, "SIL-SAN-280-TR", "Sanitary silicone 280 ml transparent", 400, "EA", "2.90", "2026-12-10"),
], buyer="Dana Ruiz", issued="2026-11-12", req_time=(9, 18))
body = """Labdien, Dana!

Apstiprinām pasūtījumu Nr. 4500231301:
- montāžas līme 290 ml: iepakojumā 24 gab., tāpēc piegādāsim 504 gab. (21 kaste), cena 3,60 EUR/gab.;
- akrila hermētiķis 310 ml, balts: 300 gab., 1,45 EUR/gab.
Piegāde 2026. gada 10. decembrī.

Par pasūtījumu Nr. 4500231302 (sanitārais silikons) atbildēsim nākamnedēļ, kad būs zināms ražotāja termiņš.

Ar cieņu
Ilze Ozola
SIA Līmes un hermētiķi, Rīga
"""
eml = reply(poA, "Ilze Ozola", mime.date_hdr(2026, 11, 17, 10, 40, "+0200"), body, client="gmail",
            subject="Re: Purchase order 4500231301 - please confirm", boundary_seed="y050",
            attribution="ceturtd., 2026. g. 12. nov., plkst. 10:14 — lietotājs Dana Ruiz (<dana.ruiz@brenmoor.example>) rakstīja:")
case("050-adhesives-latvian-one-of-two-pos", "confirmation", "lv-LV",
     "Latvian; box-of-24 rounding (500 -> 504) on one PO, while the second PO is only promised for next week and must be left out entirely.",
     [poA, poB], eml, [(poA, {1: C(q=504), 2: A})])

# ------------------------------------------------------------------ 051
sup = S("LABGL", "Laboriklaas OÜ", "myyk@laboriklaas.example", "et-EE", "Kadri")
po = PO("CP26001631", sup, [
    L(1, "PD-90-500", "Petri dish 90 mm, PS, sterile, case of 500", 20, "CS", "38.00", "2026-12-04"),
    L(2, "TIP-1000-96", "Pipette tips 1000 ul, racked 96", 50, "RACK", "4.60", "2026-12-04"),
    L(3, "CT-50-PP", "Centrifuge tube 50 ml PP, conical", 2000, "EA", "0.21", "2026-12-04"),
], org="celvion", buyer="Lukas Meier", issued="2026-11-12")
wd(D(2026, 12, 2), "Wed")
body = """Tere, Lukas!

Kinnitame tellimuse CP26001631 täies mahus. Kõik kolm rida tarnime juba kolmapäeval, 2. detsembril.

Rida 3 (tsentrifuugituubid 50 ml): alates 01.12 on hind 0,23 € / tk, palun arvestage sellega.
Hinnad kehtivad kuni 31.03.2027.

Lugupidamisega
Kadri Tamm
Laboriklaas OÜ, Tartu
"""
eml = reply(po, "Kadri Tamm", mime.date_hdr(2026, 11, 18, 9, 5, "+0200"), body, client="apple",
            subject="Re: Purchase order CP26001631 - please confirm", boundary_seed="y051",
            attribution="12. nov 2026, kell 10:14, Lukas Meier <lukas.meier@celvion.example> kirjutas:",
            ua="Apple Mail (2.3774.200.91.1.1)")
case("051-labware-estonian-early-delivery", "confirmation", "et-EE",
     "Estonian; delivery two days earlier than requested is still a change, one line repriced from 01.12, validity 31.03.2027 is a trap.",
     [po], eml, [(po, {1: C(d="2026-12-02"), 2: C(d="2026-12-02"), 3: C(p="0.23", d="2026-12-02")})])

# ------------------------------------------------------------------ 052
sup = S("CERLIZ", "Cerâmica do Liz, S.A.", "encomendas@ceramicadoliz.example", "pt-PT", "Sr. Sousa")
po = PO("4500231305", sup, [
    L(1, "AZ-20x20-BR", "Wall tile 20x20 cm, white craquelé", 180, "M2", "14.80", "2026-12-15"),
    L(2, "ROD-8x60-BR", "Skirting tile 8x60 cm, white", 400, "EA", "1.90", "2026-12-15"),
], buyer="Priya Raman", issued="2026-11-12")
body = """Exma. Sra. Priya Raman,

Acusamos a receção da V/ encomenda n.º 4500231305, que confirmamos nas seguintes condições:

- Azulejo 20x20 branco craquelé: 180 m² (3 paletes de 60 m²), preço 15,40 €/m² (tabela em vigor desde 1 de novembro).
- Rodapé 8x60 branco: embalado em caixas de 12 unidades, pelo que seguem 408 unidades a 1,90 €/un.

Entrega a 15 de dezembro. Pagamento a 60 dias.

Com os melhores cumprimentos,
Rui Sousa
Departamento Comercial - Cerâmica do Liz, S.A., Leiria
"""
eml = reply(po, "Rui Sousa", mime.date_hdr(2026, 11, 17, 17, 20, "+0000"), body, lang="pt", charset="windows-1252",
            boundary_seed="y052", ua="Microsoft Outlook 16.0")
case("052-tiles-portuguese-box-rounding", "confirmation", "pt-PT",
     "European Portuguese; tile price changed per m2, skirting rounded to boxes of 12 (400 -> 408), '20x20' and '8x60' sizes, 60-day payment term.",
     [po], eml, [(po, {1: C(p="15.40"), 2: C(q=408)})])

# ------------------------------------------------------------------ 053
sup = S("CCPAC", "Cables y Conductores del Pacífico S.A.", "ventas@ccpacifico.example", "es-CL", "Sr. Muñoz")
po = PO("4500231308", sup, [
    L(1, "CU-BARE-16", "Bare copper conductor 16 mm2, coil 100 m", 2000, "M", "2.95", "2027-01-08"),
    L(2, "THHN-2.5-BK", "Building wire THHN 2.5 mm2 black", 3000, "M", "0.48", "2027-01-08"),
], buyer="Oskar Lind", currency="USD", issued="2026-11-12")
body = """Estimado Oskar:

Junto con saludar, confirmamos la orden 4500231308:

1) Conductor de cobre desnudo 16 mm2: 2.000 m (20 rollos de 100 m) a USD 3,10/m.
2) Cable THHN 2,5 mm2 negro: 3.000 m a USD 0,48/m.

Despacho desde San Antonio el 27-11-2026 vía marítima; ETA bodega de ustedes 04-01-2027.

Saludos cordiales,
Felipe Muñoz
Ejecutivo Comercial Exportaciones
Cables y Conductores del Pacífico S.A. - Santiago, Chile
"""
eml = reply(po, "Felipe Muñoz", mime.date_hdr(2026, 11, 18, 11, 30, "-0300"), body, client="gmail",
            subject="RE: Purchase order 4500231308 - please confirm", boundary_seed="y053",
            attribution="El jue, 12 nov 2026 a las 5:14, Oskar Lind (<oskar.lind@brenmoor.example>) escribió:")
case("053-copper-cable-chile-eta", "confirmation", "es-CL",
     "Chilean dd-mm-yyyy dates; sea shipment 27-11 versus ETA at our warehouse 04-01-2027 (the delivery date wins), copper line repriced.",
     [po], eml, [(po, {1: C(p="3.10", d="2027-01-04"), 2: C(d="2027-01-04")})])

# ================================================================== needs_review

# ------------------------------------------------------------------ 054
sup = S("PENN", "Pennine Tyre & Wheel Ltd", "sales@penninetyre.example", "en-GB", "Gareth")
po = PO("HL/26/0450", sup, [
    L(1, "TYR-2055516-91V", "Tyre 205/55 R16 91V", 60, "EA", "69.90", "2026-12-04"),
    L(2, "TYR-2156016-99H", "Tyre 215/60 R16 99H XL", 24, "EA", "78.50", "2026-12-04"),
], org="harbour", buyer="Rachel Doyle", currency="GBP", issued="2026-11-12")
body = """Hi Rachel,

Before I put HL/26/0450 through, two things:

1. The 205/55 R16 - do you want the standard 91V or the 94V XL? Your fleet spec from last year was 94V XL and the price difference is about £4 a tyre.
2. Delivery address on the PO is the Leeds depot but your account is still set up for Bradford. Which one is right?

Once I hear back I'll confirm dates, we've got plenty of both sizes at the moment.

Thanks
Gareth Lloyd
Pennine Tyre & Wheel
"""
eml = reply(po, "Gareth Lloyd", mime.date_hdr(2026, 11, 13, 9, 40, "+0000"), body, boundary_seed="y054",
            ua="Microsoft Outlook 16.0")
case("054-tyres-questions-before-confirming", "needs_review", "en-GB",
     "Questions about load index and delivery address before confirming; 'plenty of both sizes' sounds positive but commits to nothing.", [po], eml)

# ------------------------------------------------------------------ 055
sup = S("RHPOL", "Rhein-Polymer Handel GmbH", "vertrieb@rhein-polymer.example", "de-DE", "Herr Krämer")
po = PO("4500231312", sup, [
    L(1, "HDPE-BM-SILO", "HDPE blow moulding grade, silo truck", 24000, "KG", "1.41", "2026-12-09"),
    L(2, "PP-RCP-OCT", "PP random copolymer, octabin", 6000, "KG", "1.52", "2026-12-09"),
], buyer="Dana Ruiz", issued="2026-11-12")
body = """Hallo Frau Ruiz,

danke für die Bestellung 4500231312. Die Silo-Menge HDPE (24 t) muss ich beim Werk erst einplanen lassen, die Octabins PP prüfe ich parallel beim Vorlieferanten.

Ich melde mich spätestens Freitag, 20.11., mit verbindlichen Terminen und Preisen zurück.

Viele Grüße
Jens Krämer
Rhein-Polymer Handel GmbH
"""
eml = reply(po, "Jens Krämer", mime.date_hdr(2026, 11, 16, 16, 10), body, lang="de", boundary_seed="y055",
            ua="Microsoft Outlook 16.0")
case("055-resin-will-revert-by-friday", "needs_review", "de-DE",
     "'Ich melde mich spätestens Freitag, 20.11.' is the date of the next answer, not a delivery; 24 t silo is a restatement of the order.", [po], eml)

# ------------------------------------------------------------------ 056
sup = S("BFERM", "Ferments de Wallonie SA", "commandes@ferments-wallonie.example", "fr-BE", "Madame Dubois")
po = PO("PO-26-01250", sup, [
    L(1, "MES-STR-50U", "Mesophilic starter culture, 50 U", 80, "PCE", "24.60", "2026-12-10"),
    L(2, "THE-STR-50U", "Thermophilic starter culture, 50 U", 40, "PCE", "27.10", "2026-12-10"),
], org="kessler", buyer="Jana Brandt", issued="2026-11-13")
body = """Bonjour Madame Brandt,

Merci pour votre commande PO-26-01250.

Nous pouvons l'accepter et livrer le 10/12 à condition que vous marquiez votre accord sur une hausse de 6 % sur l'ensemble des cultures, applicable à partir du 1er décembre (coûts énergétiques et logistique froid). Sans accord de votre part, nous ne pourrons malheureusement pas livrer aux anciens prix.

Pourriez-vous nous confirmer votre accord par retour ?

Bien à vous,
Anne Dubois
Service clientèle - Ferments de Wallonie SA, Gembloux
"""
eml = reply(po, "Anne Dubois", mime.date_hdr(2026, 11, 17, 10, 5), body, lang="fr", boundary_seed="y056",
            ua="Microsoft Outlook 16.0")
case("056-cultures-conditional-price-increase", "needs_review", "fr-BE",
     "Acceptance and a date are offered only on condition that we agree to +6 %; until we answer, nothing is committed.", [po], eml)

# ------------------------------------------------------------------ 057
sup = S("DELTAE", "Delta Electronic Supply Inc.", "orders@deltaes.example", "en-US", "Carla")
po = PO("VS-PO-18895", sup, [
    L(1, "BAV99-215", "Diode BAV99 SOT-23, reel 3000", 9000, "EA", "0.0190", "2026-12-04"),
    L(2, "BSS138-7-F", "MOSFET BSS138 SOT-23, reel 3000", 6000, "EA", "0.0310", "2026-12-04"),
], org="voltaris", buyer="Kevin Osei", currency="USD", issued="2026-11-12")
body = """Hi Kevin,

Confirmed per your PO, ships 12/4.

Carla

----- order status as of 11/16/2026 08:02 -----
SO 884120  Cust PO VS-PO-18895
Ln  Part          Ord Qty  Conf Qty  Unit    Sched Ship
1   BAV99-215       9,000     6,000  0.0190  12/11/2026
2   BSS138-7-F      6,000     6,000  0.0310  12/04/2026
"""
eml = reply(po, "Carla Benitez", mime.date_hdr(2026, 11, 16, 8, 15, "-0600"), body, client="gmail",
            subject="Re: Purchase order VS-PO-18895 - please confirm", boundary_seed="y057")
case("057-electronics-text-vs-pasted-status-conflict", "needs_review", "en-US",
     "The sentence says 'confirmed per your PO, ships 12/4' while the pasted order status shows only 6,000 of 9,000 on 12/11 for line 1: contradictory.", [po], eml)

# ------------------------------------------------------------------ 058
sup = S("HUTPOL", "Huta-Stal Serwis Sp. z o.o.", "biuro@hutastal.example", "pl-PL", "Pan Kowalski")
po = PO("4500231315", sup, [
    L(1, "IPE200-S355", "Beam IPE 200 S355JR, 12 m", 96, "M", "31.20", "2026-12-14"),
    L(2, "UPN120-S235", "Channel UPN 120 S235JR, 6 m", 60, "M", "12.40", "2026-12-14"),
], buyer="Oskar Lind", issued="2026-11-13")
body = """Dzień dobry,

dziękujemy za zamówienie 4500231315. Potwierdzenie z terminami i cenami prześlemy w przyszłym tygodniu, po uzgodnieniu walcowania z hutą (kampania IPE planowana na grudzień).

Pozdrawiam
Tomasz Kowalski
Huta-Stal Serwis
"""
eml = reply(po, "Tomasz Kowalski", mime.date_hdr(2026, 11, 17, 12, 0), body, client="gmail",
            subject="Odp: Purchase order 4500231315 - please confirm", boundary_seed="y058",
            attribution="pt., 13 lis 2026 o 09:14 Oskar Lind <oskar.lind@brenmoor.example> napisał(a):")
case("058-steel-confirmation-next-week", "needs_review", "pl-PL",
     "Polish 'we will send the confirmation next week' - a thanks-for-the-order that commits to nothing; IPE 200 / UPN 120 are profiles.", [po], eml)

# ------------------------------------------------------------------ 059
sup = S("VLTEG", "Vlaamse Tegelhandel BV", "info@vlaamsetegel.example", "nl-BE", "Pieter")
po = PO("4500231318", sup, [
    L(1, "TEG-45x90-ANT", "Floor tile 45x90 cm anthracite", 420, "M2", "21.30", "2026-12-11"),
    L(2, "PLINT-7x60", "Skirting 7x60 cm anthracite", 600, "EA", "2.10", "2026-12-11"),
], buyer="Priya Raman", issued="2026-11-13")
body = """Dag Priya,

Bedankt voor de bestelling. Het grootste deel van de tegels kunnen we normaal half december leveren, de rest begin januari, afhankelijk van wat de fabriek in Italië nog heeft. Plinten zijn geen probleem.

Ik laat je de juiste aantallen en data nog weten.

Groetjes
Pieter Claes
"""
eml = reply(po, "Pieter Claes", mime.date_hdr(2026, 11, 18, 14, 30), body, client="apple",
            subject="Re: Purchase order 4500231318 - please confirm", boundary_seed="y059",
            attribution="Op 13 nov 2026, om 09:14 heeft Priya Raman <priya.raman@brenmoor.example> het volgende geschreven:",
            ua="iPhone Mail (22B91)")
case("059-tiles-vague-mid-december", "needs_review", "nl-BE",
     "'Most of it mid-December, the rest early January, numbers to follow' and 'no problem' for skirting: no quantities or dates committed.", [po], eml)

# ------------------------------------------------------------------ 060
sup = S("ZJPACK", "Zhejiang Huamei Packaging Co., Ltd.", "sales@hm-pack.example", "zh-CN", "Amy")
po = PO("CP26001640", sup, [
    L(1, "VIAL-TRAY-10", "PET tray for 10 vials 2R", 30000, "EA", "0.0420", "2027-01-15"),
    L(2, "CTN-SHIP-10T", "Shipper carton for 10 trays", 3000, "EA", "0.3100", "2027-01-15"),
], org="celvion", buyer="Lukas Meier", currency="USD", issued="2026-11-13")
body = """Lukas 您好：

感谢您的订单 CP26001640。

我司新价格表将于2027年1月1日起生效，托盘单价调整为 USD 0.046，纸箱 USD 0.33。请确认是否接受新价格，收到您的确认后我们再安排生产并回复交期。

谢谢！
刘敏 Amy Liu
浙江华美包装有限公司 外贸部
"""
eml = reply(po, "Amy Liu", mime.date_hdr(2026, 11, 16, 10, 20, "+0800"), body, client="gmail", charset="gbk",
            cte="base64", html_cte="base64", subject="回复：Purchase order CP26001640 - please confirm",
            boundary_seed="y060", attribution="在 2026年11月13日 16:14，Lukas Meier <lukas.meier@celvion.example> 写道：")
case("060-packaging-asks-to-accept-new-prices", "needs_review", "zh-CN",
     "GBK Chinese: new prices are proposed and the supplier asks us to accept them before it schedules production and gives dates.", [po], eml)
