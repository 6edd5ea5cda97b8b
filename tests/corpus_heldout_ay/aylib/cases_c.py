"""Cases 037-054."""
from . import mime
from .common import (PO, REJ, UNC, Ctx, P, Q, Raw, Sig, Supplier, T, acc, buyer, case, check_wd, chg, conf,
                     expected, iso_friday, lines, mail, outlook_header, plus_days, q_gt, q_outlook,
                     reply_subject, request_blocks, request_message, request_plain, rfc_date, utc_str)
from .pdf import PdfDoc


# ---------------------------------------------------------------------------
@case("tram-brake-pads-serbian", "confirmation/sr-RS",
      "Serbian (Latin) reply with an earlier date on both lines and a quantity rounded up to the minimum pack of 50 sets.")
def c037(c: Ctx):
    sup = Supplier("KSNS", "Kočioni sistemi Novi Sad d.o.o.", "prodaja@kocionisistemi-ns.example", "sr-RS",
                   "Mr Jovanović")
    po = PO("4500233155", sup, "hp", "EUR", "2026-11-23", lines(
        ("KSN-TB-PD3", "Tram brake pad, organic, for bogie PD3, 24V sensor", 160, "PCS", "54.00", "2026-12-21"),
        ("KSN-TB-KIT", "Fixing kit M10x40, 8.8, for PD3 pads", 80, "SET", "6.50", "2026-12-21"),
    ), req_time="08:20:00")
    body = [
        P("Poštovana gospođo Pike,"),
        P("potvrđujemo porudžbenicu 4500233155:"),
        P("- kočione obloge PD3: 160 kom, cena 54,00 EUR, isporuka 18.12.2026.\n"
          "- pribor za montažu M10x40: 100 kompleta umesto 80 (minimalno pakovanje je 50 kompleta), cena 6,50 "
          "EUR, isporuka 18.12.2026."),
        P("Robu šaljemo kamionom iz Novog Sada, carinska dokumentacija ide uz pošiljku."),
        P("Srdačan pozdrav,"),
        Sig("Dragan Jovanović\nkomercijala / izvoz\nKočioni sistemi Novi Sad d.o.o.\nPut Novosadskog partizanskog "
            "odreda 14, 21000 Novi Sad, Srbija\ntel. +381 21 640 18 27, mob. +381 63 418 229\nPIB 104871226"),
        q_outlook(po, "sr", tz=1),
    ]
    eml = mail(c, client="outlook", frm=("Dragan Jovanović", sup.email), to=[buyer(po)], subject=reply_subject(po),
               date="2026-11-24 10:20:33 +0100", blocks=body, charset="windows-1250", lang="sr-Latn-RS",
               reply_to=po)
    exp = expected("confirmation",
                   "Serbian Latin, windows-1250. Both lines delivered 18.12.2026, earlier than the requested "
                   "2026-12-21 (a change too). Line 2: 100 sets instead of 80 because of a 50-set minimum pack. "
                   "M10x40 and 8.8 in the description are not quantities.",
                   [conf(po, {1: chg(po, 1, d="2026-12-18"), 2: chg(po, 2, q=100, d="2026-12-18")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("fibre-cable-estonian-per-km", "confirmation/et-EE",
      "Estonian reply gives the cable quantity in km and the price per km; both must be converted to the PO's metres.")
def c038(c: Ctx):
    sup = Supplier("BALTIK", "Balti Kiudoptika OÜ", "tellimused@baltikiud.example", "et-EE", "Mr Tamm")
    po = PO("4500233180", sup, "hp", "EUR", "2026-11-23", lines(
        ("BK-MM-OM3-8", "Multimode cable OM3, 8 fibres, indoor LSZH, drum 1,000 m", 5000, "M", "0.58", "2026-12-18"),
        ("BK-PC-SC-3", "Patch cord SC/APC-SC/APC 3 m, 2.0 mm", 400, "EA", "2.90", "2026-12-18"),
    ), req_time="11:35:00")
    body = [
        P("Tere, Hannah!"),
        P("Kinnitame tellimuse 4500233180:"),
        P("1) OM3 8-kiuline siseruumi kaabel: 5 km (5 trumlit), hind 610,00 EUR/km, tarne 18.12.2026\n"
          "2) Patchcord SC/APC-SC/APC 3 m: 400 tk, hind 2,90 EUR/tk, tarne 18.12.2026"),
        P("Kaabli hind on muutunud, kuna vaskkiu ja LSZH-kesta hinnad tõusid novembris."),
        P("Lugupidamisega"),
        Sig("Rasmus Tamm\nMüügijuht\nBalti Kiudoptika OÜ\nPärnu mnt 158, 11317 Tallinn\nTel +372 651 4420\n"
            "Reg. kood 12849301"),
        q_outlook(po, "et", tz=2),
    ]
    eml = mail(c, client="outlook", frm=("Rasmus Tamm", sup.email), to=[buyer(po)], subject=reply_subject(po),
               date="2026-11-24 14:05:58 +0200", blocks=body, charset="windows-1257", lang="et-EE", reply_to=po)
    exp = expected("confirmation",
                   "Line 1 is stated as '5 km' at '610,00 EUR/km': 5 km = 5000 M as ordered, unit price 610/1000 = "
                   "0.61 EUR per M (PO 0.58). Line 2 as ordered. Estonian windows-1257.",
                   [conf(po, {1: chg(po, 1, p="0.61"), 2: acc(po, 2)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("saddle-leather-latvian-next-week", "needs_review/lv-LV",
      "Latvian holding reply: 'we will confirm next week, probably by 3 December' - the only date is a promise to answer.")
def c039(c: Ctx):
    sup = Supplier("ADASDARB", "Latvijas Ādas Darbnīca SIA", "pasutijumi@adasdarbnica.example", "lv-LV",
                   "Ms Bērziņa")
    po = PO("4500233205", sup, "mv", "EUR", "2026-11-24", lines(
        ("LAD-SL-40", "Saddle skirt leather 4.0 mm, vegetable tanned, chestnut", 60, "M2", "52.00", "2027-01-22"),
        ("LAD-SL-30", "Saddle seat leather 3.0 mm, black", 40, "M2", "49.50", "2027-01-22"),
    ), req_time="09:05:00")
    body = [
        P("Labdien, Marco!"),
        P("Paldies par pasūtījumu 4500233205."),
        P("Pašlaik gaidām apstiprinājumu no miecētavas par kastaņbrūnās ādas 4,0 mm pieejamību. Pasūtījumu "
          "apstiprināsim nākamnedēļ, visticamāk līdz 3. decembrim. Melnā āda 3,0 mm ir noliktavā."),
        P("Ar cieņu"),
        Sig("Ilze Bērziņa\nPārdošanas vadītāja\nLatvijas Ādas Darbnīca SIA\nRūpniecības iela 27, Valmiera, "
            "LV-4201\nTālr. +371 642 81 507", dashes=True),
        q_gt(po, "otrd., 2026. g. 24. nov., plkst. 11:05 — lietotājs Marco Vidal "
                 "(<marco.vidal@kestrel-sourcing.example>) rakstīja:"),
    ]
    eml = mail(c, client="gmail", frm=("Ilze Bērziņa", sup.email), to=[buyer(po)], subject=reply_subject(po, "Re: "),
               date="2026-11-25 09:40:17 +0200", blocks=body, reply_to=po)
    exp = expected("needs_review",
                   "'Pasūtījumu apstiprināsim nākamnedēļ' = we will confirm next week (probably by 3 December). "
                   "The black leather being 'in stock' is information, not a commitment to quantity, price or date. "
                   "Nothing is confirmed yet.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("paint-rollers-lithuanian-split", "confirmation/lt-LT",
      "Lithuanian prose with month-name dates without year ('gruodžio 18 d.', 'sausio 15 d.') splitting one line over the year end.")
def c040(c: Ctx):
    sup = Supplier("DAZUVOL", "UAB Dažų voleliai", "uzsakymai@dazuvoleliai.example", "lt-LT", "Mr Jankauskas")
    po = PO("4500233230", sup, "hp", "EUR", "2026-11-24", lines(
        ("DV-VOL-25-18", "Paint roller 25 cm, polyamide 18 mm pile, 8 mm core", 1200, "EA", "2.30", "2026-12-18"),
        ("DV-VOL-10-MINI", "Mini roller 10 cm, foam, pack of 10", 200, "BOX", "5.60", "2026-12-18"),
        ("DV-TRAY-32", "Paint tray 32x36 cm, 2027 recycled PP", 300, "EA", "1.75", "2026-12-18"),
    ), req_time="13:22:00")
    body = [
        P("Laba diena, Hannah,"),
        P("dėkojame už užsakymą Nr. 4500233230. Patvirtiname:"),
        P("1. Voleliai 25 cm, 18 mm plaukas (DV-VOL-25-18): 1200 vnt. po 2,30 EUR. Pirmąją siuntą, 600 vnt., "
          "pristatysime gruodžio 18 d., likusius 600 vnt. - sausio 15 d.\n"
          "2. Mini voleliai 10 cm (DV-VOL-10-MINI): 200 dėžučių, kaina 5,90 EUR už dėžutę (pabrango "
          "putplastis), pristatymas gruodžio 18 d.\n"
          "3. Dažų padėklai 32x36 (DV-TRAY-32): 300 vnt. po 1,75 EUR, gruodžio 18 d."),
        P("Pagarbiai"),
        Sig("Tomas Jankauskas\nPardavimų vadybininkas\nUAB „Dažų voleliai“\nPramonės pr. 16, LT-51329 Kaunas\n"
            "Tel. +370 37 45 18 20", dashes=True),
        Q("2026-11-24 15:22, Hannah Pike rašė:", request_blocks(po), "gt"),
    ]
    eml = mail(c, client="thunderbird", frm=("Tomas Jankauskas", sup.email), to=[buyer(po)],
               subject="Re: " + po.req_subject, date="2026-11-25 11:10:03 +0200", blocks=body, charset="utf-8",
               cte="8bit", lang="lt", reply_to=po, mailer="Mozilla Thunderbird 128.5.0")
    exp = expected("confirmation",
                   "Lithuanian dates 'gruodžio 18 d.' (18 December) and 'sausio 15 d.' (15 January) without a year: "
                   "the next such dates after the 25 Nov 2026 mail are 2026-12-18 and 2027-01-15. Line 1 split 600 + "
                   "600; line 2 price 5,90 per box; line 3 as ordered.",
                   [conf(po, {1: chg(po, 1, sched=[(600, "2026-12-18"), (600, "2027-01-15")]),
                              2: chg(po, 2, p="5.90"), 3: acc(po, 3)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("traffic-cones-arabic-indic-digits", "confirmation/ar-AE",
      "Arabic right-to-left reply where the reduced quantity is written in Arabic-Indic digits (١٠٠) and the rest in Western digits.")
def c041(c: Ctx):
    sup = Supplier("ALWAHA", "Al Waha Road Safety Equipment LLC", "sales@alwaha-roadsafety.example", "ar-AE",
                   "Mr Al Hashimi")
    po = PO("4500233256", sup, "do", "AED", "2026-11-24", lines(
        ("AW-TC-100", "Traffic cone 100 cm, PE, 2 reflective collars, 6 kg rubber base", 300, "EA", "38.50",
         "2026-12-16"),
        ("AW-TC-45", "Traffic cone 45 cm, flexible PVC", 500, "EA", "12.75", "2026-12-16"),
        ("AW-BAR-2M", "Cone bar extendable 1.2-2.0 m, red/white", 150, "EA", "22.00", "2026-12-16"),
    ), req_time="06:50:00")
    body = [
        P("السيد ديفيد أوسي المحترم،"),
        P("تحية طيبة وبعد،"),
        P("نشكركم على أمر الشراء رقم 4500233256، ونؤكد لكم ما يلي:"),
        P("البند 1 (AW-TC-100) أقماع مرورية 100 سم: 300 قطعة بسعر 38.50 درهم للقطعة، التسليم 16/12/2026\n"
          "البند 2 (AW-TC-45) أقماع مرنة 45 سم: 500 قطعة بسعر 12.75 درهم، التسليم 16/12/2026\n"
          "البند 3 (AW-BAR-2M) أعمدة ربط الأقماع: الكمية المتوفرة ١٠٠ قطعة فقط بسعر 22.00 درهم، التسليم 23/12/2026، "
          "ولن يتم توريد الكمية المتبقية."),
        P("وتفضلوا بقبول فائق الاحترام،"),
        Sig("Best regards / مع أطيب التحيات\nMohammed Al Hashimi | محمد الهاشمي\nSales Coordinator\n"
            "Al Waha Road Safety Equipment LLC\nIndustrial Area 6, Sharjah, UAE | P.O. Box 41872\n"
            "Tel: +971 6 534 2281 | Mob: +971 50 418 7720"),
        q_outlook(po, "ar", tz=4),
    ]
    eml = mail(c, client="outlook", frm=("Mohammed Al Hashimi", sup.email), to=[buyer(po)],
               subject=reply_subject(po), date="2026-11-25 10:45:21 +0400", blocks=body, cte="base64",
               lang="ar-AE", rtl=True, reply_to=po)
    exp = expected("confirmation",
                   "Arabic RTL, UTF-8/base64. Lines 1 and 2 as ordered (dd/mm/yyyy). Line 3: only '١٠٠' (100 in "
                   "Arabic-Indic digits) available, the rest will not be supplied, delivery 23/12/2026.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, q=100, d="2026-12-23")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("fish-feed-vietnamese-per-kg", "confirmation/vi-VN",
      "Vietnamese reply prices fish feed per kg with decimal commas while the PO is per tonne.")
def c042(c: Ctx):
    sup = Supplier("MEKONGAF", "Mekong Aqua Feed Co., Ltd.", "sales@mekongaquafeed.example", "vi-VN", "Ms Nguyen")
    po = PO("4500233281", sup, "hp", "USD", "2026-11-25", lines(
        ("MAF-PG-3", "Pangasius grower feed, floating pellet 3 mm, 28% protein, 25 kg bag", 50, "T", "620.00",
         "2027-01-08"),
        ("MAF-SH-2", "Shrimp feed 2.0 mm, 40% protein, 20 kg bag", 10, "T", "1380.00", "2027-01-08"),
        ("MAF-TL-4", "Tilapia grower feed 4 mm, 30% protein, 25 kg bag", 20, "T", "560.00", "2027-01-08"),
    ), req_time="02:10:00")
    body = [
        P("Kính gửi chị Hannah,"),
        P("Cảm ơn chị đã gửi đơn đặt hàng. Chúng tôi xác nhận đơn hàng số 4500233281 như sau:"),
        P("- Thức ăn cá tra viên nổi 3 mm (MAF-PG-3): 50 tấn, giá 0,62 USD/kg, giao hàng ngày 08/01/2027.\n"
          "- Thức ăn tôm 2,0 mm (MAF-SH-2): 10 tấn, giá 1,42 USD/kg (do giá bột cá tăng), giao hàng ngày "
          "08/01/2027."),
        P("Hàng sẽ được đóng container 40' tại cảng Cần Thơ."),
        P("Trân trọng,"),
        Sig("Nguyễn Thị Thu Hà (Ms. Ha)\nPhòng Kinh doanh Xuất khẩu\nCông ty TNHH Thức ăn Thủy sản Mekong\n"
            "Lô 18, KCN Trà Nóc, Q. Bình Thủy, TP. Cần Thơ\nĐT: +84 292 384 1172 | Di động: +84 913 418 207"),
        q_gt(po, "Vào Th 4, 25 thg 11, 2026 vào lúc 09:10 Hannah Pike <hannah.pike@kestrel-sourcing.example> "
                 "đã viết:"),
    ]
    eml = mail(c, client="gmail", frm=("Nguyễn Thị Thu Hà", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "Re: "), date="2026-11-26 09:20:40 +0700", blocks=body, cte="base64",
               reply_to=po)
    exp = expected("confirmation",
                   "Prices per kg with decimal comma vs PO per tonne: 0,62 USD/kg = 620.00 per T (as ordered), "
                   "1,42 USD/kg = 1420.00 per T (PO 1380.00). Quantities in tấn (tonnes) and the 08/01/2027 date as "
                   "ordered. Line 3 (tilapia feed) is not mentioned at all -> unconfirmed. '28%', '40%', '3 mm' are "
                   "product data.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="1420.00"), 3: UNC})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("insoles-thai-buddhist-year", "confirmation/th-TH",
      "Thai reply in TIS-620 with dates in Thai month abbreviations and Buddhist-era years (22 ธ.ค. 2569 = 2026-12-22).")
def c043(c: Ctx):
    sup = Supplier("SIAMORTHO", "Siam Ortho Co., Ltd.", "sales@siamortho.example", "th-TH", "Khun Somchai")
    po = PO("4500233306", sup, "hp", "USD", "2026-11-25", lines(
        ("SO-ARC-M", "Arch support insole, medium, sizes 35-38, PU 6 mm", 600, "PAIR", "2.85", "2026-12-22"),
        ("SO-ARC-L", "Arch support insole, large, sizes 39-42, PU 6 mm", 600, "PAIR", "2.95", "2026-12-22"),
        ("SO-HEEL-10", "Heel cup silicone 10 mm", 400, "PAIR", "1.10", "2026-12-22"),
    ), req_time="06:30:00")
    body = [
        P("เรียน คุณ Hannah Pike"),
        P("ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500233306 บริษัทฯ ขอยืนยันรายการดังนี้"),
        P("รายการที่ 1 แผ่นรองเท้า ไซซ์ M: 600 คู่ ราคา 2.85 USD ส่งมอบ 22 ธ.ค. 2569\n"
          "รายการที่ 2 แผ่นรองเท้า ไซซ์ L: 600 คู่ ราคา 2.95 USD ส่งมอบ 22 ธ.ค. 2569\n"
          "รายการที่ 3 ถ้วยรองส้นซิลิโคน: 400 คู่ ราคา 1.10 USD ส่งมอบ 8 ม.ค. 2570 (รอวัตถุดิบซิลิโคน)"),
        P("ขอแสดงความนับถือ"),
        Sig("สมชาย วงศ์สวัสดิ์ (Somchai Wongsawat)\nฝ่ายขายต่างประเทศ\nบริษัท สยามออร์โธ จำกัด\n"
            "88/12 ถนนพระราม 2 แขวงแสมดำ เขตบางขุนเทียน กรุงเทพฯ 10150\nโทร. 02-415-7720"),
        q_outlook(po, "th", sent="วันพุธที่ 25 พฤศจิกายน 2569 13:30"),
    ]
    eml = mail(c, client="outlook", frm=("Somchai Wongsawat", sup.email), to=[buyer(po)],
               subject=reply_subject(po), date="2026-11-26 13:45:09 +0700", blocks=body, charset="tis-620",
               lang="th-TH", reply_to=po)
    exp = expected("confirmation",
                   "Thai (TIS-620) with Buddhist-era years: 22 ธ.ค. 2569 = 22 Dec 2026 (2569 - 543), 8 ม.ค. 2570 = "
                   "8 Jan 2027. Lines 1-2 as ordered, line 3 delivery 2027-01-08.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, d="2027-01-08")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("church-candles-indonesian-etd-eta", "confirmation/id-ID",
      "Indonesian reply with ETD and ETA per line; the ETA (arrival) is the delivery date, and one line also rises in price.")
def c044(c: Ctx):
    sup = Supplier("LILINCN", "PT Lilin Cahaya Nusantara", "penjualan@lilincahaya.example", "id-ID", "Mr Santoso")
    po = PO("4500233330", sup, "hp", "USD", "2026-11-25", lines(
        ("LCN-PIL-7015", "Pillar candle 70x150 mm, unscented ivory, church grade", 1200, "EA", "1.65", "2027-01-20"),
        ("LCN-TL-8H", "Tealight 8 h, aluminium cup, box of 100", 150, "BOX", "4.20", "2027-01-20"),
        ("LCN-ALT-5030", "Altar candle 50x300 mm, beeswax 30%", 600, "EA", "2.40", "2027-01-20"),
    ), req_time="09:55:00")
    body = [
        P("Dear Ms. Hannah / Yth. Ibu Hannah,"),
        P("Terima kasih atas PO 4500233330. Dengan ini kami konfirmasi:"),
        P("1. Lilin pilar 70x150: 1.200 pcs @ USD 1,65 - ETD Semarang 08/01/2027, ETA Bristol 20/01/2027\n"
          "2. Tealight 8 jam: 150 box @ USD 4,20 - ETD 08/01/2027, ETA 20/01/2027\n"
          "3. Lilin altar 50x300 (lilin lebah 30%): 600 pcs, harga naik menjadi USD 2,55 karena harga lilin lebah "
          "naik - ETD 15/01/2027, ETA 27/01/2027"),
        P("Mohon dicatat perubahan harga untuk item 3. Terima kasih."),
        P("Salam,"),
        Sig("Budi Santoso\nExport Marketing\nPT Lilin Cahaya Nusantara\nJl. Industri Raya No. 27, Kawasan "
            "Industri Candi, Semarang 50184\nTelp. +62 24 7610 418 | HP/WA +62 812 2841 7730"),
        q_gt(po, "Pada tanggal Rab, 25 Nov 2026 pukul 16.55 Hannah Pike <hannah.pike@kestrel-sourcing.example> "
                 "menulis:"),
    ]
    eml = mail(c, client="gmail", frm=("Budi Santoso", sup.email), to=[buyer(po)], subject=reply_subject(po, "Re: "),
               date="2026-11-26 15:30:44 +0700", blocks=body, reply_to=po)
    exp = expected("confirmation",
                   "Indonesian/English mix with decimal commas (1,65) and dot thousands (1.200). ETA (arrival in "
                   "Bristol) is the delivery date and wins over ETD. Lines 1-2 as ordered (ETA 20/01/2027). Line 3 "
                   "confirmed at a higher price USD 2,55 and ETA 27/01/2027; 'mohon dicatat' only asks us to note the "
                   "price change.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: chg(po, 3, p="2.55", d="2027-01-27")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("pneumatic-malay-one-line-pending", "confirmation/ms-MY",
      "Malay reply confirms items 1, 2 and 4 (new price per roll) and says item 3 will be advised next week.")
def c045(c: Ctx):
    sup = Supplier("PNPERKASA", "Syarikat Pneumatik Perkasa Sdn. Bhd.", "jualan@pneumatikperkasa.example", "ms-MY",
                   "Encik Rahman")
    po = PO("4500233355", sup, "ik", "MYR", "2026-11-26", lines(
        ("PP-ELB-6", "Push-in elbow 6 mm x M5, 90 deg", 1000, "EA", "2.60", "2026-12-17"),
        ("PP-TEE-10", "Push-in tee 10 mm", 500, "EA", "4.10", "2026-12-17"),
        ("PP-BV-1/2", "Ball valve 1/2 inch BSP, brass, lockable", 60, "EA", "28.40", "2026-12-17"),
        ("PP-HOSE-12", "PU hose 12x8 mm, 100 m roll, black", 10, "ROL", "265.00", "2026-12-17"),
    ), req_time="07:45:00")
    body = [
        P("Salam sejahtera Cik Ines,"),
        P("Merujuk kepada PO 4500233355 bertarikh 26/11/2026:"),
        P("Item 1 dan 2 - disahkan, kuantiti dan harga seperti PO, penghantaran 17/12/2026.\n"
          "Item 4 - hos PU 12x8 hitam: 10 gulung, harga baharu RM 279.00 segulung, penghantaran 17/12/2026.\n"
          "Item 3 (injap bebola 1/2\") - kami masih menunggu pengesahan daripada pembekal kami, akan maklumkan "
          "minggu depan."),
        P("Sekian, terima kasih."),
        Sig("Mohd Faizal bin Abdul Rahman\nEksekutif Jualan\nSyarikat Pneumatik Perkasa Sdn. Bhd.\nLot 7, Jalan "
            "Utas 15/7, Seksyen 15, 40200 Shah Alam, Selangor\nTel: +603-5519 4120 | H/P: +6012-418 7720"),
        q_outlook(po, "ms", tz=8),
    ]
    eml = mail(c, client="outlook", frm=("Mohd Faizal Abdul Rahman", sup.email), to=[buyer(po)],
               subject=reply_subject(po), date="2026-11-27 11:00:25 +0800", blocks=body, charset="iso-8859-1",
               lang="ms-MY", reply_to=po)
    exp = expected("confirmation",
                   "Items 1 and 2 confirmed as per PO; item 4 at RM 279.00 per roll (PO uom ROL, so 279.00); item 3 "
                   "'akan maklumkan minggu depan' (will advise next week) -> unconfirmed. '26/11/2026' is the PO date.",
                   [conf(po, {1: acc(po, 1), 2: acc(po, 2), 3: UNC, 4: chg(po, 4, p="279.00")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("saddle-leather-hindi-vague", "needs_review/hi-IN",
      "Hindi/Hinglish mobile reply: goods 'almost ready', dispatch 'end of January or early February', price to be told at dispatch.")
def c046(c: Ctx):
    sup = Supplier("KANSAD", "Kanpur Saddlery Leathers Pvt. Ltd.", "orders@kanpursaddlery.example", "hi-IN",
                   "Mr Verma")
    po = PO("4500233380", sup, "hp", "USD", "2026-11-26", lines(
        ("KSL-HD-45", "Saddle leather, harness, 4.5 mm, dark brown, sides", 200, "M2", "27.50", "2027-01-29"),
        ("KSL-BR-30", "Bridle leather 3.0 mm, black, butts", 120, "M2", "31.00", "2027-01-29"),
    ), req_time="10:15:00")
    body = [
        P("Namaste Hannah ji,"),
        P("आपका PO 4500233380 मिल गया है, धन्यवाद। माल लगभग तैयार है, जनवरी के आखिर तक या फरवरी की शुरुआत में "
          "भेज देंगे। Rates thoda upar-neeche ho sakte hain, chrome-free tanning ka kharcha badh gaya hai - final "
          "price dispatch के समय बताएंगे।"),
        P("Dhanyavaad,\nSanjay Verma\nKanpur Saddlery Leathers Pvt. Ltd.\n+91 98390 41172"),
        q_gt(po, "On Thu, 26 Nov, 2026, 3:45 pm Hannah Pike, <hannah.pike@kestrel-sourcing.example> wrote:"),
    ]
    eml = mail(c, client="gmail-android", frm=("Sanjay Verma", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "Re: "), date="2026-11-27 19:12:30 +0530", blocks=body, cte="base64",
               reply_to=po)
    exp = expected("needs_review",
                   "Vague: dispatch 'end of January or beginning of February' (no date), rates 'may go up or down' and "
                   "the final price will be told at dispatch. No quantity is mentioned. A careful buyer cannot fill a "
                   "single value.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("mining-helmets-za-csv", "confirmation/en-ZA",
      "South African reply whose line values are only in a CSV attachment, with one line split over the factory shutdown.")
def c047(c: Ctx):
    sup = Supplier("WITBANK", "Witbank Safety Supplies (Pty) Ltd", "orders@witbanksafety.example", "en-ZA",
                   "Ms Botha")
    po = PO("4500233405", sup, "do", "ZAR", "2026-11-26", lines(
        ("WSS-HLM-Y", "Mining hard hat, yellow, SABS approved, lamp bracket and cord clip", 1000, "EA", "118.00",
         "2026-12-11"),
        ("WSS-LMP-3", "Cap lamp 3.7 V, 8 Ah, 2027 model", 400, "EA", "845.00", "2026-12-11"),
        ("WSS-EAR-M", "Ear muff, helmet-mounted, SNR 27 dB", 400, "EA", "162.50", "2026-12-11"),
    ), req_time="12:05:00")
    csv = ("PO;Line;Item;Description;Qty;UoM;Unit price;Currency;Delivery date;Remarks\r\n"
           "4500233405;1;WSS-HLM-Y;Hard hat yellow SABS;600;EA;118,00;ZAR;2026-12-11;part 1 of 2\r\n"
           "4500233405;1;WSS-HLM-Y;Hard hat yellow SABS;400;EA;118,00;ZAR;2027-01-08;balance after shutdown\r\n"
           "4500233405;2;WSS-LMP-3;Cap lamp 3.7V 8Ah;400;EA;845,00;ZAR;2026-12-11;\r\n"
           "4500233405;3;WSS-EAR-M;Ear muff helmet mount;400;EA;171,50;ZAR;2026-12-11;new supplier price from 01/12\r\n")
    body = [
        P("Morning David,"),
        P("Thanks for PO 4500233405. Please see our confirmation attached (CSV export from our system)."),
        P("Please note the hard hats are split in two deliveries because our factory closes from 16 Dec to 4 Jan. "
          "Ear muffs are on the new price from our supplier."),
        P("Kind regards,"),
        Sig("Lizelle Botha\nInternal Sales\nWitbank Safety Supplies (Pty) Ltd\n14 Hoofd Street, Extension 8, "
            "eMalahleni 1035\nTel: +27 13 656 4410 | Cell: +27 82 418 7715\n\nDisclaimer: This e-mail is subject to "
            "our standard e-mail disclaimer available at www.witbanksafety.example/disclaimer."),
        q_outlook(po, "en", tz=2, sent="26 November 2026 14:05"),
    ]
    att = mime.attachment(csv.encode("utf-8"), "text/csv", "SO-884127_PO4500233405.csv", cte="base64")
    eml = mail(c, client="outlook", frm=("Lizelle Botha", sup.email), to=[buyer(po)], subject=reply_subject(po),
               date="2026-11-27 08:10:52 +0200", blocks=body, lang="en-ZA", reply_to=po, attachments=[att])
    exp = expected("confirmation",
                   "The values are only in the semicolon CSV (decimal commas). Line 1 appears twice: 600 on 2026-12-11 "
                   "and 400 on 2027-01-08 -> schedule. Line 2 as ordered. Line 3 at 171,50 instead of 162.50. The "
                   "shutdown dates in the body are not deliveries.",
                   [conf(po, {1: chg(po, 1, sched=[(600, "2026-12-11"), (400, "2027-01-08")]), 2: acc(po, 2),
                              3: chg(po, 3, p="171.50")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("vineyard-stakes-au-per-100", "confirmation/en-AU",
      "Australian reply prices stakes per 100 and clips per piece against a per-box PO line; only one line really changes.")
def c048(c: Ctx):
    sup = Supplier("RIVERINA", "Riverina Vineyard Supplies Pty Ltd", "sales@riverinavs.example", "en-AU",
                   "Mr Mackenzie")
    po = PO("4500233430", sup, "hp", "AUD", "2026-11-26", lines(
        ("RVS-TP-18", "Treated pine stake 1.8 m x 50 mm, H4", 2500, "EA", "3.95", "2027-01-18"),
        ("RVS-ST-24", "Steel post 2.4 m, 2.4 kg/m, galvanised, 2027 profile", 800, "EA", "12.40", "2027-01-18"),
        ("RVS-CLP-30", "Wire clip 30 mm, box of 500", 20, "BOX", "47.50", "2027-01-18"),
    ), req_time="23:10:00")
    check_wd("2027-01-18", "Mon")
    check_wd("2027-01-25", "Mon")
    body = [
        P("G'day Hannah,"),
        P("All good on PO 4500233430, details below."),
        P("Pine stakes: 2,500 at $395.00 per 100, delivered Mon 18/01/2027.\n"
          "Steel posts: 800 at $12.40 each, but delivery will be Mon 25/01/2027 as the galv plant is backed up "
          "after the Christmas break.\n"
          "Wire clips: 10,000 clips (20 boxes) at $0.095 each, on the same truck as the pine stakes."),
        P("Cheers,"),
        Sig("Angus Mackenzie\nSales | Riverina Vineyard Supplies Pty Ltd\n112 Jondaryan Avenue, Griffith NSW 2680\n"
            "P: (02) 6962 4418 | M: 0412 418 772"),
        q_gt(po, "On Fri, 27 Nov 2026 at 10:10, Hannah Pike <hannah.pike@kestrel-sourcing.example> wrote:"),
    ]
    eml = mail(c, client="gmail", frm=("Angus Mackenzie", sup.email), to=[buyer(po)], subject=reply_subject(po, "Re: "),
               date="2026-11-30 10:05:14 +1100", blocks=body, reply_to=po)
    assert 395 / 100 == 3.95 and abs(0.095 * 500 - 47.5) < 1e-9
    exp = expected("confirmation",
                   "Price units differ from the PO: $395.00 per 100 = 3.95 per stake (as ordered); clips 10,000 at "
                   "$0.095 each = 20 boxes of 500 at 47.50 (as ordered), delivered with the pine stakes on "
                   "18/01/2027. Only the steel posts change: delivery Mon 25/01/2027.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2027-01-25"), 3: acc(po, 3)})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("saddle-leather-nz-vacation", "auto_reply/en-NZ",
      "Gmail vacation responder from New Zealand with return date and office phone; subject is a plain 'Re:'.")
def c049(c: Ctx):
    sup = Supplier("CANTTAN", "Canterbury Tannery Ltd", "sales@canterburytannery.example", "en-NZ", "Aroha")
    po = PO("4500233455", sup, "mv", "NZD", "2026-11-26", lines(
        ("CT-SL-40", "Saddle leather 4.0 mm, NZ hide, natural, sides approx. 2.2 m2", 80, "M2", "64.00",
         "2027-01-29"),
        ("CT-SL-35D", "Saddle leather 3.5 mm, dark havana", 40, "M2", "61.50", "2027-01-29"),
    ), req_time="20:12:40")
    txt = ("Kia ora,\n\nThanks for your email. I'm out of the office from Friday 27 November until Monday 7 December "
           "2026 with limited access to email.\n\nFor urgent orders please contact our office on +64 3 379 4410 or "
           "orders@canterburytannery.example and the team will look after you.\n\nNgā mihi,\nAroha Williams\n"
           "Sales Manager | Canterbury Tannery Ltd\n41 Sawyers Arms Road, Papanui, Christchurch 8053\n")
    eml = mail(c, client="gmail", frm=("Aroha Williams", "aroha@canterburytannery.example"), to=[buyer(po)],
               subject="Re: " + po.req_subject, date="2026-11-27 09:12:52 +1300",
               blocks=[P(x) for x in txt.strip().split("\n\n")], reply_to=po,
               extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
    exp = expected("auto_reply",
                   "Vacation auto-reply (Auto-Submitted: auto-replied) with a 'Re:' subject threaded on the request; "
                   "27 November and 7 December 2026 are absence dates, not delivery dates.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("fibre-cable-qmail-bounce-sg", "bounce/en-SG",
      "Plain-text qmail 'failure notice' with the complete original request, PO table included, pasted below the error.")
def c050(c: Ctx):
    sup = Supplier("LIONFIB", "Lion City Fibre Pte Ltd", "orders@lioncityfibre.example", "en-SG", "Mr Tan")
    po = PO("4500233480", sup, "hp", "SGD", "2026-11-27", lines(
        ("LCF-DROP-2", "FTTH drop cable 2 fibres, flat, 1.5 mm steel wire", 20000, "M", "0.11", "2026-12-21"),
        ("LCF-ODF-48", "ODF rack mount 48 ports, SC duplex", 12, "EA", "185.00", "2026-12-21"),
    ), req_time="06:02:11")
    orig_txt = request_plain(po)
    orig_hdr = ("Return-Path: <hannah.pike@kestrel-sourcing.example>\n"
                "Received: (qmail 28417 invoked from network); 27 Nov 2026 06:02:14 -0000\n"
                "Received: from mx1.kestrel-sourcing.example (198.51.100.10)\n"
                "  by mx.lioncityfibre.example with ESMTPS; 27 Nov 2026 06:02:14 -0000\n"
                "From: Hannah Pike <hannah.pike@kestrel-sourcing.example>\n"
                "To: orders@lioncityfibre.example\n"
                f"Subject: {po.req_subject}\n"
                "Date: Fri, 27 Nov 2026 06:02:11 +0000\n"
                f"Message-ID: {po.req_id}\n"
                "MIME-Version: 1.0\n"
                "Content-Type: text/plain; charset=\"us-ascii\"\n"
                "Content-Transfer-Encoding: 7bit\n")
    txt = ("Hi. This is the qmail-send program at mx.lioncityfibre.example.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<orders@lioncityfibre.example>:\n"
           "This account has been disabled or discontinued [#102].\n\n"
           "--- Below this line is a copy of the message.\n\n" + orig_hdr + "\n" + orig_txt)
    hdrs = [("Return-Path", "<>"), ("Delivered-To", "hannah.pike@kestrel-sourcing.example"),
            ("Received", "from mx.lioncityfibre.example (mx.lioncityfibre.example [203.0.113.88])\r\n"
                         "\tby mx1.kestrel-sourcing.example (Postfix) with ESMTP id 3B7E2011A4\r\n"
                         "\tfor <hannah.pike@kestrel-sourcing.example>; Fri, 27 Nov 2026 06:02:16 +0000"),
            ("Date", "Fri, 27 Nov 2026 06:02:15 +0000"),
            ("From", "MAILER-DAEMON@mx.lioncityfibre.example"),
            ("To", "hannah.pike@kestrel-sourcing.example"),
            ("Subject", "failure notice"),
            ("Message-ID", "<20261127060215.28419.qmail@mx.lioncityfibre.example>")]
    eml = mime.Part(hdrs, mime.raw_lines(txt.encode("ascii"))).to_bytes()
    exp = expected("bounce",
                   "qmail bounce: single text/plain part, no MIME report, no threading headers; below '--- Below this "
                   "line is a copy of the message.' the whole original request with the PO table (20000 M, 0.11, "
                   "2026-12-21) follows and must not be taken as an answer.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("beard-care-irish-per-dozen", "confirmation/en-IE",
      "PO in dozens (DZ) answered in bottles/tins with per-piece prices, a 'Tuesday 15th' delivery and a 15+5 dozen split.")
def c051(c: Ctx):
    sup = Supplier("ATLGROOM", "Atlantic Grooming Co. Ltd", "orders@atlanticgrooming.example", "en-IE", "Siobhán")
    po = PO("4500233505", sup, "hp", "EUR", "2026-11-27", lines(
        ("AGC-BO-30", "Beard oil 30 ml, sea salt & cedar, 2027 label", 50, "DZ", "54.00", "2026-12-15"),
        ("AGC-BB-60", "Beard balm 60 g tin", 30, "DZ", "66.00", "2026-12-15"),
        ("AGC-BR-BOAR", "Beard brush, boar bristle, 10x5 cm", 20, "DZ", "78.00", "2026-12-15"),
    ), req_time="11:40:00")
    check_wd("2026-12-15", "Tue")
    check_wd("2026-12-10", "Thu")
    body = [
        P("Hi Hannah,"),
        P("Confirming PO 4500233505:"),
        P("- Beard oil: 600 bottles at €4.50 each, so €54.00 a dozen as per your PO. Ships Thursday 10 December, "
          "with you Tuesday the 15th.\n"
          "- Beard balm: 360 tins, but the price is up to €5.75 a tin since the tins went up. Same delivery.\n"
          "- Brushes: we can only do 15 dozen for the 15th, the other 5 dozen will be delivered on 15 January."),
        P("Thanks a mil,"),
        Sig("Siobhán Ní Bhriain\nOrders & Accounts | Atlantic Grooming Co. Ltd\nUnit 3, Ballybrit Business Park, "
            "Galway H91 R2X4\n+353 91 764 218"),
        q_gt(po, "On 27 Nov 2026, at 11:40, Hannah Pike <hannah.pike@kestrel-sourcing.example> wrote:"),
    ]
    eml = mail(c, client="apple", frm=("Siobhán Ní Bhriain", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "Re: "), date="2026-11-30 12:30:19 +0000", blocks=body, reply_to=po)
    exp = expected("confirmation",
                   "PO quantities are dozens: 600 bottles = 50 DZ and €4.50 x 12 = €54.00 (accepted; 'with you Tuesday "
                   "the 15th' = delivery 2026-12-15 beats the 10 Dec ship date). Balm: 360 tins = 30 DZ, €5.75 a tin = "
                   "69.00 per DZ. Brushes: 15 DZ on 2026-12-15 and 5 DZ on 2027-01-15.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="69.00"),
                              3: chg(po, 3, sched=[(15, "2026-12-15"), (5, "2027-01-15")])})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("traffic-cones-mexico-abbrev-months", "confirmation/es-MX",
      "Mexican reply with dates like '18/dic/2026' and separate embarque (ship) and entrega (delivery) dates; 'misma fecha' for line 2.")
def c052(c: Ctx):
    sup = Supplier("SENBAJIO", "Señalamientos del Bajío S.A. de C.V.", "ventas@senalbajio.example", "es-MX",
                   "Ing. Ramírez")
    po = PO("4500233530", sup, "do", "USD", "2026-11-27", lines(
        ("SB-CON-71", "Traffic cone 71 cm (28 in), orange PVC, 2 reflective bands 6 in and 4 in", 600, "EA", "8.90",
         "2026-12-18"),
        ("SB-CON-91", "Traffic cone 91 cm (36 in), high-intensity reflective, 4.5 kg base", 200, "EA", "15.60",
         "2026-12-18"),
        ("SB-DEL-100", "Delineator post 100 cm with base, 2027 spec", 150, "EA", "21.30", "2027-01-15"),
    ), req_time="15:30:00")
    body = [
        P("Buenas tardes Lic. Osei,"),
        P("Le confirmamos su orden de compra 4500233530 en los siguientes términos:"),
        P("Partida 1: 600 pzas. a USD 8.90, embarque 11/dic/2026, entrega en destino 18/dic/2026.\n"
          "Partida 2: 200 pzas. a USD 16.20 (ajuste por tipo de cambio), misma fecha.\n"
          "Partida 3: 150 pzas. a USD 21.30, entrega en destino 22/ene/2027."),
        P("Quedamos a sus órdenes para cualquier duda."),
        P("Saludos cordiales"),
        Sig("Ing. Luis Fernando Ramírez Ortega\nGerente de Ventas Exportación\nSeñalamientos del Bajío S.A. de C.V.\n"
            "Blvd. Aeropuerto 1418, Col. Las Hilamas, León, Gto. C.P. 37290\nTel. +52 477 761 4182"),
        q_outlook(po, "es", tz=-6),
    ]
    eml = mail(c, client="outlook", frm=("Luis Fernando Ramírez", sup.email), to=[buyer(po)],
               subject=reply_subject(po), date="2026-11-30 16:20:47 -0600", blocks=body, charset="iso-8859-1",
               lang="es-MX", reply_to=po)
    exp = expected("confirmation",
                   "Dates written dd/mmm/yyyy with Spanish month abbreviations. Line 1: embarque 11/dic, entrega "
                   "18/dic/2026 -> delivery wins, as ordered. Line 2: new price 16.20, 'misma fecha' = same delivery "
                   "2026-12-18. Line 3: entrega 22/ene/2027.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, p="16.20"), 3: chg(po, 3, d="2027-01-22")})])
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("roofing-slates-contradictory-fr-be", "needs_review/fr-BE",
      "Belgian reply says 'semaine 3' and 'aux conditions indiquées' while the attached PDF says 29/01/2027 and a different price, and a PS says line 1 only from end of February.")
def c053(c: Ctx):
    sup = Supplier("ARDARD", "Ardoisières de l'Ardenne SA", "commandes@ardoises-ardenne.example", "fr-BE",
                   "Mr Lambert")
    po = PO("4500233555", sup, "do", "EUR", "2026-11-27", lines(
        ("AA-ARD-4025", "Natural roofing slate 40x25 cm, 3.5 mm, 1st choice", 12000, "EA", "1.35", "2027-01-15"),
        ("AA-ARD-3020", "Natural roofing slate 30x20 cm, 4 mm", 4000, "EA", "0.95", "2027-01-15"),
        ("AA-CR-27", "Copper slate hook 2.7x80 mm, box of 1,000", 16, "BOX", "42.00", "2027-01-15"),
    ), req_time="10:25:00")
    pdf = PdfDoc(title="Confirmation de commande CC-2611-0387", author="Ardoisieres de l'Ardenne SA",
                 producer="WinBooks Logistics 7", creator="WinBooks", created="D:20261130161500+01'00'")
    pdf.text(40, 800, "ARDOISIERES DE L'ARDENNE SA", 14, bold=True)
    pdf.text(40, 786, "Rue des Ardoisieres 12, 6880 Bertrix - TVA BE 0402.118.536", 8)
    pdf.text(40, 750, "CONFIRMATION DE COMMANDE CC-2611-0387", 12, bold=True)
    pdf.text(40, 734, "Votre commande: 4500233555 du 27/11/2026     Client: Kestrel Sourcing Ltd, Bristol", 9)
    y = pdf.table(40, 705, [28, 75, 200, 55, 35, 60, 70],
                  [["Lig.", "Article", "Designation", "Quantite", "Unite", "Prix EUR", "Livraison"],
                   ["1", "AA-ARD-4025", "Ardoise naturelle 40x25 3,5 mm 1er choix", "12.000", "pce", "1,42",
                    "29/01/2027"],
                   ["2", "AA-ARD-3020", "Ardoise naturelle 30x20 4 mm", "4.000", "pce", "0,95", "29/01/2027"],
                   ["3", "AA-CR-27", "Crochet cuivre 2,7x80 (bte 1000)", "16", "bte", "42,00", "29/01/2027"]],
                  size=8, right={3, 5})
    pdf.text(40, y - 20, "Conditions: DAP Bristol - paiement 60 jours net.", 8)
    body = [
        P("Bonjour Monsieur Osei,"),
        P("Nous vous confirmons votre commande 4500233555 aux conditions indiquées, livraison en semaine 3. "
          "Vous trouverez notre confirmation en annexe."),
        P("PS : attention, les ardoises 40x25 en 3,5 mm ne seront disponibles qu'à partir de fin février, la "
          "veine actuelle donne surtout du 5 mm."),
        P("Bien à vous,"),
        Sig("Philippe Lambert\nService commercial\nArdoisières de l'Ardenne SA\nRue des Ardoisières 12, 6880 "
            "Bertrix\nTél. +32 61 41 27 80 - GSM +32 475 41 88 20"),
        q_outlook(po, "fr", tz=1),
    ]
    att = mime.attachment(pdf.to_bytes(), "application/pdf", "CC-2611-0387.pdf")
    eml = mail(c, client="outlook", frm=("Philippe Lambert", sup.email), to=[buyer(po)],
               subject=reply_subject(po, "RE : "), date="2026-12-01 09:30:38 +0100", blocks=body,
               charset="iso-8859-15", lang="fr-BE", reply_to=po, attachments=[att])
    exp = expected("needs_review",
                   "Contradictory: the body confirms 'aux conditions indiquées, livraison en semaine 3' (Friday "
                   "2027-01-22, PO prices), the attached confirmation says 29/01/2027 for every line and 1,42 for line "
                   "1, and the PS says the 40x25 slates are only available from end of February. No line value is "
                   "certain; a human has to clarify.")
    return [po.json()], eml, exp


# ---------------------------------------------------------------------------
@case("pneumatic-sap-pdf-per-100", "confirmation/de-DE",
      "SAP mail with a Flate-compressed PDF: SAP item numbers 000010-000030, prices 'pro 100 ST', and both Versanddatum and Liefertermin columns.")
def c054(c: Ctx):
    sup = Supplier("DTS", "Druckluft-Technik Schwaben GmbH", "auftrag@dts-druckluft.example", "de-DE",
                   "Mr Brenner")
    po = PO("4500233580", sup, "ik", "EUR", "2026-11-27", lines(
        ("DTS-VS-3/8", "Quick coupling DN 7.2, G3/8 male, hardened steel", 200, "EA", "4.85", "2026-12-16"),
        ("DTS-KV-12", "Push-in fitting straight 12 mm x G1/2, 16 bar", 400, "EA", "2.35", "2026-12-16"),
        ("DTS-DR-1/4", "Pressure regulator G1/4, 0.5-10 bar, with gauge 40 mm", 30, "EA", "29.90", "2026-12-16"),
    ), req_time="13:15:00")
    pdf = PdfDoc(title="Auftragsbestaetigung 71003918", author="DTS Druckluft-Technik Schwaben GmbH",
                 producer="SAP NetWeaver 7.50 / Adobe Document Services", creator="SAP",
                 created="D:20261201061302+01'00'", compress=True)
    pdf.text(40, 800, "Druckluft-Technik Schwaben GmbH", 14, bold=True)
    pdf.text(40, 786, "Daimlerstraße 41 · 89079 Ulm · Telefon +49 731 94 18 20 · auftrag@dts-druckluft.example", 8)
    pdf.text(40, 750, "Auftragsbestätigung", 13, bold=True)
    pdf.text(360, 750, "Nummer/Datum: 71003918 / 01.12.2026", 9)
    pdf.text(360, 738, "Kundennummer: 100447", 9)
    pdf.text(360, 726, "Ihre Bestellung: 4500233580 vom 27.11.2026", 9)
    pdf.text(40, 726, "Kestrel Sourcing Ltd, Avonmouth Way, Bristol BS11 9YA, GB", 9)
    y = pdf.table(40, 690, [42, 62, 150, 36, 24, 46, 40, 60, 60],
                  [["Pos.", "Material", "Bezeichnung", "Menge", "ME", "Preis", "pro", "Versanddatum", "Liefertermin"],
                   ["000010", "DTS-VS-3/8", "Schnellkupplung DN 7,2 G3/8 AG", "200", "ST", "485,00", "100 ST",
                    "14.12.2026", "16.12.2026"],
                   ["000020", "DTS-KV-12", "Steckverschraubung 12 mm G1/2", "400", "ST", "235,00", "100 ST",
                    "18.12.2026", "22.12.2026"],
                   ["000030", "DTS-DR-1/4", "Druckregler G1/4 0,5-10 bar Manometer 40", "30", "ST", "31,20", "1 ST",
                    "14.12.2026", "16.12.2026"]], size=7, right={3, 5})
    assert 200 * 485 // 100 + 400 * 235 // 100 + 30 * 31.20 == 2846
    pdf.text(300, y - 12, "Nettowert gesamt: 2.846,00 EUR", 9, bold=True)
    pdf.text(40, y - 40, "Lieferbedingung: DAP Bristol Incoterms 2020 · Zahlungsbedingung: 60 Tage netto", 8)
    pdf.text(40, y - 52, "Pos. 000020: Liefertermin abweichend wegen Werksferien Zulieferer.", 8)
    pdf.text(40, y - 64, "Pos. 000030: Preisanpassung gemäß Preisliste 12/2026.", 8)
    txt = ("Sehr geehrte Damen und Herren,\n\n"
           "anbei erhalten Sie unsere Auftragsbestätigung 71003918 zu Ihrer Bestellung 4500233580.\n\n"
           "Bitte prüfen Sie die Auftragsbestätigung und teilen Sie uns Abweichungen innerhalb von 3 Werktagen "
           "mit.\n\n"
           "Mit freundlichen Grüßen\nDruckluft-Technik Schwaben GmbH\nVertriebsinnendienst\n\n"
           "Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht an diese Adresse.\n\n"
           "Druckluft-Technik Schwaben GmbH · Sitz Ulm · Amtsgericht Ulm HRB 720418 · Geschäftsführer: "
           "Markus Brenner\n")
    att = mime.attachment(pdf.to_bytes(), "application/pdf", "AB_71003918.pdf")
    eml = mail(c, client="generic", frm=("DTS Auftragsbestätigung", sup.email), to=[buyer(po)],
               subject="Auftragsbestätigung 71003918 zu Ihrer Bestellung 4500233580",
               date="2026-12-01 06:15:02 +0100", plain=txt, plain_only=True, charset="iso-8859-1", attachments=[att],
               mailer="SAP NetWeaver 7.50", mid=f"<{c.hx('sap', 32, True)}@sapprd.dts-druckluft.example>")
    exp = expected("confirmation",
                   "Automatic SAP mail; the Flate-compressed PDF is the confirmation. Prices per 'pro 100 ST': 485,00 / "
                   "100 = 4.85 and 235,00 / 100 = 2.35 (as ordered); 31,20 per 1 ST for the regulator (PO 29.90). "
                   "Liefertermin (delivery) wins over Versanddatum: 000010 16.12.2026 as ordered, 000020 22.12.2026, "
                   "000030 16.12.2026.",
                   [conf(po, {1: acc(po, 1), 2: chg(po, 2, d="2026-12-22"), 3: chg(po, 3, p="31.20")})])
    return [po.json()], eml, exp
