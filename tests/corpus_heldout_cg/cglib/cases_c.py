"""Cases 037-046: several POs per supplier, CSV, partial answers, week schedules, Asian and RTL scripts."""
from .common import (case, S, L, PO, acc, chg, REJ, UNC, conf, all_acc, kw_fri, plus, reply, mid, csv_att, pdf_att)
from .pdf import pdf


@case("karaoke-two-pos-second-answered", "confirmation/da-DK",
      "Two open POs; the reply answers only the second (windscreens) with 'fredag d. 11.12.'; the first is not mentioned.")
def c037():
    s = S("NORDSCEN", "Nordisk Scenelyd ApS", "ordre@nordisk-scenelyd.example", "da-DK")
    po1 = PO("4500232266", s, "DKK", "2026-11-23", [
        L("KMC-DYN-58", "Dynamic vocal microphone, cardioid, 58 series", 40, "EA", "289.00", "2026-12-18"),
        L("KMC-STD-2", "Boom microphone stand 2 m", 20, "EA", "199.00", "2026-12-18"),
    ])
    po2 = PO("4500232270", s, "DKK", "2026-11-23", [
        L("KMC-WSC-10", "Foam windscreen, 10-pack", 30, "BOX", "45.00", "2026-12-18"),
    ])
    body = """Hej Dana

Tak for ordren. Ordre 4500232270 (vindskærme) bekræftes: 30 æsker à 45,00 kr., levering fredag d. 11.12.

Med venlig hilsen
Mikkel Rasmussen
Nordisk Scenelyd ApS
Industrivej 22, 8600 Silkeborg
Tlf. +45 86 82 41 19
"""
    eml = reply(po2, body, date="2026-11-25 11:25:00 +0100", frm=("Mikkel Rasmussen", "ordre@nordisk-scenelyd.example"),
                msgid=mid("c037", "", "outlook"), lang="da", cs="iso-8859-1",
                subject="SV: Order acknowledgment request - PO 4500232270")
    return [po1, po2], eml, conf([(po2, {1: chg(po2, 1, d="2026-12-11")})],
                                 "Only PO 4500232270 is answered (Friday 11.12. -> 2026-12-11); PO 4500232266 is not mentioned and left out.")


@case("kelp-three-pos-two-answered", "confirmation/nb-NO",
      "Three POs in one status mail: one accepted, one with a rejected line, the third only promised for next week (left out).")
def c038():
    s = S("TAREVES", "Tareprodukter Vesterålen AS", "ordre@tare-vesteralen.example", "nb-NO")
    p1 = PO("4500232301", s, "NOK", "2026-11-23", [
        L("SWF-KLP-20", "Kelp meal 0-2 mm, 20 kg bag", 1200, "KG", "14.50", "2026-12-18"),
    ])
    p2 = PO("4500232302", s, "NOK", "2026-11-23", [
        L("SWF-LIQ-25", "Liquid kelp extract, 25 L can", 40, "EA", "690.00", "2026-12-18"),
        L("SWF-GRN-5", "Seaweed granules 5 kg bucket", 60, "EA", "185.00", "2026-12-18"),
    ])
    p3 = PO("4500232315", s, "NOK", "2026-11-24", [
        L("SWF-PEL-4", "Seaweed pellets 4 mm, 600 kg big bag", 3, "EA", "7400.00", "2027-01-15"),
    ])
    body = """Hei Dana,

Her er status på bestillingene deres:

4500232301 - tangmel: 1 200 kg à kr 14,50, levering 18.12. OK.
4500232302 - flytende ekstrakt: 40 kanner à kr 690,00, levering 18.12. Granulatet i 5 kg spann er utsolgt og kommer ikke inn igjen før mars, så den linjen må vi dessverre avslå.
4500232315 - pellets kommer vi tilbake til neste uke.

Mvh
Ingrid Johansen
Tareprodukter Vesterålen AS
Havnegata 4, 8400 Sortland
Tlf. +47 76 11 42 80
"""
    eml = reply(p1, body, date="2026-11-26 14:00:00 +0100", frm=("Ingrid Johansen", "ordre@tare-vesteralen.example"),
                msgid=mid("c038", "", "outlook"), lang="nb", cs="iso-8859-1",
                subject="SV: Order acknowledgment request - PO 4500232301")
    return [p1, p2, p3], eml, conf([(p1, all_acc(p1)), (p2, {1: acc(p2, 1), 2: REJ})],
                                   "PO 4500232301 accepted (18.12. -> 2026-12-18); PO 4500232302 line 1 accepted, line 2 declined; PO 4500232315 only mentioned -> left out.")


@case("sauna-stones-csv-kinnitus", "confirmation/et-EE",
      "All values in a semicolon CSV with decimal commas; one price and one date differ from the PO.")
def c039():
    s = S("SAUNAKIVI", "Saunakivi OÜ", "muuk@saunakivi.example", "et-EE")
    po = PO("4500232330", s, "EUR", "2026-11-23", [
        L("SST-GAB-1015", "Gabbro-diabase sauna stones 10-15 cm, 20 kg", 80, "BOX", "21.40", "2026-12-18"),
        L("SST-RAD-23", "Radiant split stones 2/3 size, 10 kg", 40, "BOX", "18.90", "2026-12-18"),
        L("SST-BSK-9", "Stone basket for 9 kW heater", 10, "EA", "112.00", "2026-12-18"),
    ])
    data = ("rida;kood;kogus;ühik;hind EUR;tarnekuupäev\n"
            "1;SST-GAB-1015;80;BOX;21,40;18.12.2026\n"
            "2;SST-RAD-23;40;BOX;19,60;18.12.2026\n"
            "3;SST-BSK-9;10;EA;112,00;08.01.2027\n")
    body = """Tere Dana,

manuses tellimuse 4500232330 kinnitus (CSV).

Lugupidamisega
Kadri Tamm
Saunakivi OÜ | Pärnu mnt 139, 11317 Tallinn
+372 655 1490
"""
    eml = reply(po, body, date="2026-11-30 12:00:00 +0200", frm=("Kadri Tamm", "muuk@saunakivi.example"),
                msgid=mid("c039", "", "gmail"), lang="et", client="gmail", quote="gmail",
                atts=[csv_att(data, "kinnitus_4500232330.csv")])
    return [po], eml, conf([(po, {1: acc(po, 1), 2: chg(po, 2, p="19.60"), 3: chg(po, 3, d="2027-01-08")})],
                           "CSV only: row 2 price 19,60 (PO 18.90), row 3 date 08.01.2027; row 1 as ordered.")


@case("beekeeper-jackets-smoker-pending", "confirmation/lv-LV",
      "Two of three lines confirmed; the smoker line is deferred to next week, so it is unconfirmed.")
def c040():
    s = S("BISUPAS", "Bišu Pasaule SIA", "pardosana@bisu-pasaule.example", "lv-LV")
    po = PO("4500232355", s, "EUR", "2026-11-23", [
        L("BKV-JKT-L", "Beekeeper jacket with fencing veil, size L", 40, "EA", "32.00", "2026-12-18"),
        L("BKV-JKT-XL", "Beekeeper jacket with fencing veil, size XL", 30, "EA", "32.00", "2026-12-18"),
        L("BKV-SMK-10", "Bee smoker 10 cm, stainless", 25, "EA", "19.50", "2026-12-18"),
    ])
    body = """Labdien, Dana!

Apstiprinām pasūtījuma 4500232355 1. un 2. pozīciju: 40 gab. L un 30 gab. XL jakas, cena 32,00 EUR/gab., piegāde 18.12.2026.
Par kūpinātājiem (3. poz.) informēsim nākamnedēļ, kad būs zināms mūsu piegādātāja termiņš.

Ar cieņu
Līga Ozola
Bišu Pasaule SIA, Rīgas iela 45, Sigulda, LV-2150
Tālr. +371 67 971 220
"""
    eml = reply(po, body, date="2026-12-01 09:40:00 +0200", frm=("Līga Ozola", "pardosana@bisu-pasaule.example"),
                msgid=mid("c040", "", "outlook"), lang="lv", cs="iso-8859-13")
    return [po], eml, conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: UNC})],
                           "Lines 1-2 as ordered; line 3 'will inform next week' -> unconfirmed.")


@case("milking-liners-ship-weeks", "confirmation/lt-LT",
      "Split by shipping week: 300 in week 50 and 300 in week 2 of 2027; week numbers without a day mean Fridays.")
def c041():
    s = S("PIENOTECH", "Pieno Technika UAB", "pardavimai@pieno-technika.example", "lt-LT")
    po = PO("4500232380", s, "EUR", "2026-11-24", [
        L("DML-SQ-24", "Square silicone liner 24 mm, 2027 herd pack", 600, "PCS", "5.40", "2026-12-18"),
        L("DML-PLS-6040", "Pulsator 60/40, 24V", 10, "EA", "148.00", "2026-12-18"),
    ])
    body = """Laba diena,

patvirtiname užsakymą 4500232380:
1 poz. - 600 vnt. po 5,40 EUR: 300 vnt. išsiųsime 50 sav., likusius 300 vnt. - 2027 m. 2 sav.
2 poz. - 10 vnt. po 148,00 EUR, pristatymas 2026-12-18.

Pagarbiai
Tomas Kazlauskas
Pieno Technika UAB | Savanorių pr. 178, LT-03154 Vilnius
Tel. +370 5 213 4470
"""
    eml = reply(po, body, date="2026-11-27 11:00:00 +0200", frm=("Tomas Kazlauskas", "pardavimai@pieno-technika.example"),
                msgid=mid("c041", "", "outlook"), lang="lt", cs="windows-1257")
    d1, d2 = kw_fri(50), kw_fri(2, 2027)
    return [po], eml, conf([(po, {1: chg(po, 1, d=d2, sched=[(300, d1), (300, d2)]), 2: acc(po, 2)})],
                           "Week 50/2026 Friday = 2026-12-11, week 2/2027 Friday = 2027-01-15 (ship weeks, no delivery date); line 2 as ordered.")


@case("implant-screws-hebrew-rtl", "confirmation/he-IL",
      "Hebrew right-to-left text in windows-1255 with '$' prices and a day-first 18/12/2026 date for both lines.")
def c042():
    s = S("DENTTECH", "Dental-Tech Ltd", "orders@dentaltech-il.example", "he-IL")
    po = PO("4500232405", s, "USD", "2026-11-24", [
        L("DIS-MU-20", "Multi-unit abutment screw M2.0", 400, "PCS", "5.90", "2026-12-11"),
        L("DIS-LA-1406", "Lab analog screw M1.4 x 6", 400, "PCS", "1.95", "2026-12-11"),
    ])
    body = """שלום Dana,

מאשרים את הזמנה 4500232405:
שורה 1 - 400 יח' במחיר 5.90$ ליחידה, אספקה 18/12/2026
שורה 2 - 400 יח' במחיר 1.95$ ליחידה, אספקה 18/12/2026

בברכה,
Yael Cohen | יעל כהן
Dental-Tech Ltd, 12 HaMada St., Rehovot 7670312, Israel
Tel. +972 8 930 4412
"""
    eml = reply(po, body, date="2026-11-29 10:15:00 +0200", frm=("Yael Cohen", "orders@dentaltech-il.example"),
                msgid=mid("c042", "", "outlook"), lang="he", cs="windows-1255", cte="base64")
    return [po], eml, conf([(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, d="2026-12-18")})],
                           "Both lines one week later (2026-12-18); quantities and $ prices as ordered.")


@case("drill-collars-steel-surcharge", "confirmation/ar-AE",
      "Arabic/English mix: a 4% steel surcharge stated with the resulting price USD 12,272.00 on line 1.")
def c043():
    s = S("GULFDT", "Gulf Drilling Tools FZE", "sales@gulfdrillingtools.example", "ar-AE")
    po = PO("4500232430", s, "USD", "2026-11-24", [
        L("ODC-ST-830", "Steel drill collar 8 in OD x 2-13/16 in ID x 30 ft, NC56", 10, "EA", "11800.00", "2027-01-22"),
        L("ODC-XO-65", "Crossover sub NC50 x 6-5/8 REG", 4, "EA", "2150.00", "2027-01-22"),
    ], buyer="tom")
    body = """السلام عليكم Mr. Okafor,

نؤكد استلام أمر الشراء رقم 4500232430 ونؤكد التوريد كما يلي.
We confirm PO 4500232430 as follows:

Item 1: 10 pcs - a 4% steel surcharge applies, i.e. USD 12,272.00 each - delivery 22/01/2027 DAP Hamburg.
Item 2: 4 pcs @ USD 2,150.00 each - delivery 22/01/2027.

مع أطيب التحيات / Best regards
Omar Al Hashimi
Sales Coordinator | Gulf Drilling Tools FZE
Jebel Ali Free Zone, Dubai, UAE | +971 4 880 4471
"""
    doc = pdf([
        ("GULF DRILLING TOOLS FZE", 14, True),
        "Plot S30512, Jebel Ali Free Zone South, Dubai, UAE  -  TRN 100388412700003",
        ("ORDER ACKNOWLEDGEMENT  GDT-OA-26-1184", 12, True),
        "Date: 02/12/2026    Customer PO: 4500232430    Customer: Brightwater Trading GmbH",
        " ",
        ("Item  Code          Qty  Unit  Base USD    Surcharge  Unit price USD  Delivery", 9, True),
        ("1     ODC-ST-830     10  EA    11,800.00   4%         12,272.00       22/01/2027", 9, False),
        ("2     ODC-XO-65       4  EA     2,150.00   -           2,150.00       22/01/2027", 9, False),
        " ",
        "Total: USD 131,320.00   Delivery terms: DAP Hamburg   Payment: 30 days net",
    ], compress=False, title="GDT-OA-26-1184", date="20261202085500+04'00'")
    eml = reply(po, body, date="2026-12-02 09:00:00 +0400", frm=("Omar Al Hashimi", "sales@gulfdrillingtools.example"),
                msgid=mid("c043", "", "outlook"), lang="ar", cte="base64", atts=[pdf_att(doc, "GDT-OA-26-1184.pdf")])
    return [po], eml, conf([(po, {1: chg(po, 1, p="12272.00"), 2: acc(po, 2)})],
                           "11800.00 x 1.04 = 12272.00 (stated explicitly); 22/01/2027 day-first equals the requested date.")


@case("reel-bearings-big5-table", "confirmation/zh-TW",
      "Big5 Traditional Chinese table with yyyy/mm/dd dates; line 3 gets a new price and a January date.")
def c044():
    s = S("TWPREC", "Taiwan Precision Bearing Co., Ltd.", "sales@tw-precbearing.example", "zh-TW")
    po = PO("4500232455", s, "USD", "2026-11-25", [
        L("FRB-SS-47025", "Reel bearing 4x7x2.5 mm, ABEC-5", 3000, "PCS", "0.58", "2026-12-18"),
        L("FRB-SS-6103", "Reel bearing 6x10x3 mm, shielded", 2000, "PCS", "0.64", "2026-12-18"),
        L("FRB-CLT-8128", "Anti-reverse clutch bearing 8x12x8", 500, "PCS", "1.75", "2026-12-18"),
    ])
    body = """Dana 您好：

訂單 4500232455 確認如下：

項次  料號           數量    單價(USD)  交期
1     FRB-SS-47025   3,000   0.58       2026/12/18
2     FRB-SS-6103    2,000   0.64       2026/12/18
3     FRB-CLT-8128   500     1.82       2027/01/08

第3項因原料漲價，單價調整為 USD 1.82，交期 2027/01/08。

敬祝 商祺
林志明 業務部
台灣精密軸承股份有限公司
台中市西屯區工業區 38 路 12 號  TEL: 04-2359-6618
"""
    eml = reply(po, body, date="2026-12-01 10:30:00 +0800", frm=("Lin Chih-Ming", "sales@tw-precbearing.example"),
                msgid=mid("c044", "tw-precbearing.example"), lang="zh", client="thunderbird", quote="gmail",
                cs="big5", cte="base64", html=False)
    return [po], eml, conf([(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="1.82", d="2027-01-08")})],
                           "Table: rows 1-2 as ordered ('3,000' = 3000); row 3 price 1.75 -> 1.82 and date 2027-01-08.")


@case("karaoke-set-euc-kr-napgi", "confirmation/ko-KR",
      "EUC-KR Korean with '납기 2026년 12월 11일' (earlier than requested) and won prices with commas.")
def c045():
    s = S("NRBSOUND", "Noraebang Sound Co., Ltd.", "sales@nrb-sound.example", "ko-KR")
    po = PO("4500232480", s, "KRW", "2026-11-25", [
        L("KMC-WL-900", "Wireless karaoke mic set 900 MHz, 2 mics", 20, "SET", "185000", "2026-12-18"),
        L("KMC-BAT-AA4", "Rechargeable AA battery, 4-pack", 40, "BOX", "12000", "2026-12-18"),
    ])
    body = """Dana 님 안녕하세요.

발주서 4500232480 확인하였습니다.
1. 무선 마이크 세트 20세트, 단가 185,000원, 납기 2026년 12월 11일
2. 충전지 40박스, 단가 12,000원, 납기 2026년 12월 11일

감사합니다.
김민준 과장 / 해외영업팀
(주)노래방음향 | 경기도 부천시 오정구 산업로 44
Tel. 032-672-4410
"""
    eml = reply(po, body, date="2026-11-30 14:00:00 +0900", frm=("Kim Min-jun", "sales@nrb-sound.example"),
                msgid=mid("c045", "", "outlook"), lang="ko", cs="euc-kr", cte="base64")
    return [po], eml, conf([(po, {1: chg(po, 1, d="2026-12-11"), 2: chg(po, 2, d="2026-12-11")})],
                           "Both lines one week earlier (2026-12-11); '185,000' won = 185000.")


@case("headstone-engraving-vietnamese", "confirmation/vi-VN",
      "Vietnamese with decimal-comma USD prices per letter and per plaque, all as ordered, dates day-first.")
def c046():
    s = S("NONNUOC", "Non Nuoc Stone Art Co., Ltd.", "sales@nonnuoc-stone.example", "vi-VN")
    po = PO("4500232505", s, "USD", "2026-11-25", [
        L("HSL-GRN-ENG40", "Granite headstone engraving, letters 40 mm, gold leaf, per letter", 800, "PCS", "1.20", "2027-01-15"),
        L("HSL-PLQ-3020", "Granite plaque 30x20 cm, polished, engraved", 25, "EA", "38.00", "2027-01-15"),
    ])
    body = """Kính gửi chị Dana,

Chúng tôi xác nhận đơn hàng 4500232505:
- Mục 1: khắc 800 chữ cao 40 mm dát vàng, đơn giá 1,20 USD/chữ, giao hàng 15/01/2027.
- Mục 2: 25 tấm bia đá 30x20 cm, đơn giá 38,00 USD/tấm, giao hàng 15/01/2027.

Trân trọng,
Nguyễn Thị Hương
Công ty TNHH Đá Mỹ Nghệ Non Nước
Đường Huyền Trân Công Chúa, Ngũ Hành Sơn, Đà Nẵng
ĐT: +84 236 3961 447
"""
    eml = reply(po, body, date="2026-12-03 10:00:00 +0700", frm=("Nguyễn Thị Hương", "sales@nonnuoc-stone.example"),
                msgid=mid("c046", "", "gmail"), lang="vi", client="gmail", quote="gmail")
    return [po], eml, conf([(po, all_acc(po))],
                           "Everything as ordered: 1,20 and 38,00 are decimal-comma prices; 15/01/2027 day-first.")
