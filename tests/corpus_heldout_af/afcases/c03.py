"""Cases, chunk 3."""
from afcases.common import *  # noqa: F401,F403


# ---------------------------------------------------------------------------------------------
@case
def vietnam_pet_furniture():
    sup = Sup("SGPET", "Saigon Pet Products Co., Ltd.", "export@saigonpet.example", "vi-VN")
    po = PO("OP-7752", sup, B_PET, "USD", D(2026, 11, 12), [
        L(1, "SG-CATTREE-120", "Cat tree 120 cm, sisal posts, beige", 80, "PCS", "21.50", D(2027, 1, 22)),
        L(2, "SG-DOGBED-L", "Dog bed oval, size L, 90x70 cm", 120, "PCS", "13.80", D(2027, 1, 22)),
    ])
    date, when = date_hdr(2026, 11, 17, 14, 36, 50, 420)
    body = """Kính gửi anh Tom,

Cảm ơn anh đã gửi đơn hàng OP-7752. Chúng tôi xác nhận như sau:

1. Trụ cào mèo 120 cm (SG-CATTREE-120): 80 cái, đơn giá 21,50 USD/cái.
2. Nệm chó hình oval size L 90x70 cm (SG-DOGBED-L): 120 cái. Do giá vải nhung tăng, đơn giá mới là 14,20 USD/cái.

Ngày đóng hàng tại nhà máy Bình Dương: 14/12/2026, tàu chạy 18/12/2026.
Ngày hàng đến kho của anh tại Exeter (dự kiến): 22/01/2027.

Điều kiện thanh toán: T/T 30% đặt cọc, 70% trước khi giao B/L.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Xuất Khẩu – Saigon Pet Products Co., Ltd.
KCN Sóng Thần 2, Dĩ An, Bình Dương
ĐT: +84 274 3555 812"""
    attribution = "Vào Th 5, 12 thg 11, 2026 vào lúc 17:30 Tom Hallett <t.hallett@orchard-petcare.example> đã viết:"
    part = gmail_reply("c041", body, attribution, request_text(po, B_PET))
    h = std_headers(addr("Nguyễn Thị Thu Hà", "thuha.nguyen@saigonpet.example"), addr("Tom Hallett", B_PET["email"]),
                    "Re: " + request_subject(po), date, mid_gmail("c041"), irt=req_mid(po), refs=req_mid(po), client="gmail")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, p="14.20")})]
    return out("pet-furniture-vietnamese-packing-vs-arrival", "vi-VN",
               "Vietnamese reply with a packing date, a sailing date and an arrival date at the buyer's warehouse (the delivery); dog beds are repriced.",
               po, message(h, part), "confirmation", confs,
               "Arrival 22/01/2027 = requested; line 2 price 14.20. Packing 14/12 and sailing 18/12 are not delivery dates.")


# ---------------------------------------------------------------------------------------------
@case
def thai_buddhist_era():
    sup = Sup("SIAMREFINE", "Siam Natural Oils Co., Ltd.", "sales@siamnaturaloils.example", "th-TH")
    po = PO("LC-2026-0574", sup, B_COSM, "USD", D(2026, 11, 13), [
        L(1, "SR-RBO-COS", "Rice bran oil, refined, cosmetic grade, 190 kg drum", 760, "KG", "3.45", D(2026, 12, 21)),
        L(2, "SR-VCO-COS", "Virgin coconut oil, cosmetic grade, 18 kg pail", 360, "KG", "4.10", D(2026, 12, 21)),
    ])
    date, when = date_hdr(2026, 11, 18, 10, 15, 0, 420)
    body = """เรียน คุณ Hannah Kim

ขอบคุณสำหรับใบสั่งซื้อเลขที่ LC-2026-0574 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้

1. น้ำมันรำข้าวบริสุทธิ์ เกรดเครื่องสำอาง 760 กก. (4 ถัง x 190 กก.) ราคา 3.45 USD/กก. ส่งมอบวันที่ 21/12/2569
2. น้ำมันมะพร้าวบริสุทธิ์ เกรดเครื่องสำอาง 360 กก. (20 ถัง x 18 กก.) ราคา 4.25 USD/กก. เนื่องจากราคามะพร้าวปรับขึ้น ส่งมอบวันที่ 28 ธ.ค. 2569

ใบรับรองผลการวิเคราะห์ (COA) จะแนบไปพร้อมกับสินค้า อายุการเก็บรักษา 24 เดือน

ขอแสดงความนับถือ
สมศรี วงศ์ไทย
ฝ่ายขายต่างประเทศ บริษัท สยามเนเชอรัลออยล์ จำกัด
โทร. +66 2 555 4180"""
    sent = "Friday, November 13, 2026 4:40 PM"
    part = outlook_reply("c042", body, "en", po, B_COSM, sent, "TH")
    h = std_headers(addr("สมศรี วงศ์ไทย", "somsri@siamnaturaloils.example"), addr("Hannah Kim", B_COSM["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c042", "apcprd02"), irt=req_mid(po), refs=req_mid(po), lang="th-TH")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, p="4.25", d=D(2026, 12, 28))})]
    return out("cosmetic-oils-thai-buddhist-era-dates", "th-TH",
               "Thai dates use the Buddhist era (21/12/2569 = 21 Dec 2026, '28 ธ.ค. 2569' = 28 Dec 2026); coconut oil is repriced and a week later.",
               po, message(h, part), "confirmation", confs,
               "BE year 2569 - 543 = 2026. Line 1 as ordered; line 2 4.25/kg, 2026-12-28.")


# ---------------------------------------------------------------------------------------------
@case
def indonesian_tissue_bales():
    sup = Sup("KERTASNJ", "PT Kertas Nusantara Jaya", "sales@kertasnusantara.example", "id-ID")
    po = PO("MH-26-04480", sup, B_HOTEL, "USD", D(2026, 11, 13), [
        L(1, "KNJ-TISU-WAJAH", "Facial tissue 2-ply, 200 sheets, bale of 48 packs", 150, "BAL", "16.80", D(2026, 12, 18)),
        L(2, "KNJ-TISU-TOILET", "Toilet roll 2-ply, 300 sheets, bale of 48 rolls", 200, "BAL", "12.40", D(2026, 12, 18)),
        L(3, "KNJ-SERBET-4040", "Dinner napkin 40x40 cm 1/4 fold, case of 1000", 80, "CS", "21.00", D(2026, 12, 18)),
    ])
    assert Decimal("0.26") * 48 == Decimal("12.48")
    date, when = date_hdr(2026, 11, 18, 13, 48, 2, 420)
    body = """Dengan hormat Ibu Sophie,

Terima kasih atas PO MH-26-04480. Dengan ini kami konfirmasi:

1. Tisu wajah 2 ply 200 lembar: 150 bal, USD 16,80/bal, pengiriman 18 Desember 2026.
2. Tisu toilet 2 ply 300 lembar: 200 bal (@48 rol), harga USD 0,26 per rol karena kenaikan harga pulp, pengiriman 18 Desember 2026.
3. Serbet 40x40 lipat 1/4: mohon maaf, produk ini sudah tidak kami produksi lagi sejak Oktober.

Barang akan dimuat dalam 1 kontainer 40' HC.

Hormat kami,
Dewi Lestari
Export Sales – PT Kertas Nusantara Jaya
Jl. Raya Serang Km 24, Balaraja, Tangerang
Telp. +62 21 5555 9127"""
    sent = "Friday, 13 November 2026 10:05"
    part = outlook_reply("c043", body, "en", po, B_HOTEL, sent, "IN")
    h = std_headers(addr("Dewi Lestari", "dewi.lestari@kertasnusantara.example"), addr("Sophie Marsh", B_HOTEL["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c043", "apcprd04"), irt=req_mid(po), refs=req_mid(po), lang="id-ID")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, p="12.48"), 3: rej()})]
    return out("tissue-indonesian-per-roll-and-discontinued", "id-ID",
               "Indonesian decimal commas, a per-roll price against a per-bale PO (0,26 x 48 = 12.48) and a napkin line that is no longer produced.",
               po, message(h, part), "confirmation", confs,
               "Line 1 as ordered; line 2 12.48/bale; line 3 rejected (discontinued).")


# ---------------------------------------------------------------------------------------------
@case
def arabic_refrigerants():
    sup = Sup("GULFCOOL", "Gulf Cool Refrigerants Trading LLC", "sales@gulfcool.example", "ar-AE")
    po = PO("NBS-2026-1231", sup, B_BUILD, "USD", D(2026, 11, 16), [
        L(1, "GC-R410A-11.3", "Refrigerant R410A, 11.3 kg disposable cylinder", 40, "CYL", "96.00", D(2026, 12, 2)),
        L(2, "GC-R134A-13.6", "Refrigerant R134a, 13.6 kg cylinder", 25, "CYL", "88.00", D(2026, 12, 2)),
        L(3, "GC-R32-9", "Refrigerant R32, 9 kg cylinder", 30, "CYL", "61.00", D(2026, 12, 2)),
    ])
    p2 = Decimal("8.50") * Decimal("13.6")
    assert p2 == Decimal("115.60")
    date, when = date_hdr(2026, 11, 18, 11, 30, 5, 240)
    body = """السيد ماريك نوفاك المحترم،

تحية طيبة وبعد،

نشكركم على طلب الشراء رقم NBS-2026-1231، ونؤكد لكم ما يلي:

البند 1: غاز R410A عبوة 11.3 كغ – 40 اسطوانة بسعر 96.00 دولار للاسطوانة، التسليم بتاريخ 02/12/2026.
البند 2: غاز R134a عبوة 13.6 كغ – 25 اسطوانة. نظراً لارتفاع الأسعار من المصنع أصبح السعر 8.50 دولار للكيلوغرام، التسليم 02/12/2026.
البند 3: غاز R32 عبوة 9 كغ – متوفر حالياً 20 اسطوانة فقط يتم تسليمها بتاريخ 02/12/2026، والـ 10 اسطوانات المتبقية بتاريخ 09/12/2026.

الأسعار تسليم مستودعكم في جبل علي، والدفع خلال 30 يوماً.

مع خالص التحية،
خالد المنصوري
قسم المبيعات – Gulf Cool Refrigerants Trading LLC
دبي، الإمارات العربية المتحدة
هاتف: 4555 338 4 971+"""
    sent = "Monday, November 16, 2026 9:12 AM"
    htm_body = body
    part = outlook_reply("c044", body, "en", po, B_BUILD, sent, "AR-SA")
    h = std_headers(addr("خالد المنصوري", "k.almansoori@gulfcool.example"), addr("Marek Nowak", B_BUILD["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c044", "eurprd04"), irt=req_mid(po), refs=req_mid(po), lang="ar-AE")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, p="115.60"),
                       3: chg(l3, d=D(2026, 12, 9), sched=[(20, D(2026, 12, 2)), (10, D(2026, 12, 9))])})]
    return out("refrigerants-arabic-price-per-kg-split", "ar-AE",
               "Right-to-left Arabic text with Latin numbers: R134a repriced per kg against a per-cylinder PO (8.50 x 13.6 = 115.60), R32 split 20 + 10.",
               po, message(h, part), "confirmation", confs,
               "Line 1 as ordered; line 2 115.60 per cylinder; line 3 20 @ 2026-12-02 + 10 @ 2026-12-09.")


# ---------------------------------------------------------------------------------------------
@case
def ukrainian_scaffold_per_tonne():
    sup = Sup("KYIVRISH", "TOV Ryshtuvannia Kyiv", "sales@ryshtuvannia-kyiv.example", "uk-UA")
    po = PO("NBS-2026-1216", sup, B_BUILD2, "EUR", D(2026, 11, 13), [
        L(1, "UA-RIG-257", "Ringlock ledger 2.57 m, galvanised (10.0 kg)", 400, "PCS", "14.20", D(2026, 12, 14)),
        L(2, "UA-STOYKA-2000", "Ringlock standard 2.0 m, galvanised (10.8 kg)", 300, "PCS", "17.30", D(2026, 12, 14)),
        L(3, "UA-BASE-JACK-600", "Adjustable base jack 600 mm (4.2 kg)", 150, "PCS", "6.90", D(2026, 12, 14)),
    ])
    assert Decimal("10.0") * Decimal("1480") / 1000 == Decimal("14.80")
    date, when = date_hdr(2026, 11, 17, 16, 2, 38, 120)
    body = """Добрий день, пане Даніеле!

Дякуємо за замовлення NBS-2026-1216. Підтверджуємо:

1. Ригель 2,57 м оцинкований – 400 шт. (4,0 т). Ціну на ригелі рахуємо за тонну: 1 480 EUR/т.
2. Стійка 2,0 м оцинкована – 300 шт. за ціною із замовлення, 17,30 EUR/шт.
3. Домкрат опорний 600 мм – 150 шт., 6,90 EUR/шт.

Відвантаження з нашого складу 07.12.2026, доставка до вашого складу в Лідсі 14.12.2026.

З повагою,
Олена Коваленко
менеджер з експорту
ТОВ «Риштування Київ»
тел. +380 44 555 21 87"""
    sent = "13 листопада 2026 р. 15:20"
    part = outlook_reply("c045", body, "uk", po, B_BUILD2, sent, "UK")
    h = std_headers(addr("Олена Коваленко", "o.kovalenko@ryshtuvannia-kyiv.example"), addr("Daniel Brooks", B_BUILD2["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c045"), irt=req_mid(po), refs=req_mid(po), lang="uk-UA")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: chg(l1, p="14.80"), 2: acc(l2), 3: acc(l3)})]
    return out("scaffold-ukrainian-price-per-tonne", "uk-UA",
               "Ledgers are priced per tonne (1 480 EUR/t x 10.0 kg = 14.80 per piece) while the others keep per-piece prices; ship 07.12 vs delivery 14.12.",
               po, message(h, part), "confirmation", confs,
               "Line 1 14.80/pc; lines 2-3 as ordered; delivery 2026-12-14 = requested.")


# ---------------------------------------------------------------------------------------------
@case
def bulgarian_pavers_cp1251():
    sup = Sup("PAVTRAKIA", "Paveta Trakia OOD", "office@paveta-trakia.example", "bg-BG")
    po = PO("NBS-2026-1219", sup, B_BUILD, "EUR", D(2026, 11, 16), [
        L(1, "PT-BEH-8-GR", "Concrete paver 'Behaton' 8 cm, grey", 480, "M2", "8.90", D(2026, 12, 4)),
        L(2, "PT-BEH-8-RD", "Concrete paver 'Behaton' 8 cm, red", 120, "M2", "9.60", D(2026, 12, 4)),
        L(3, "PT-BORD-100-25", "Concrete kerb 100x25x15 cm", 200, "PCS", "4.30", D(2026, 12, 4)),
    ])
    assert Decimal("10.8") * 45 == 486
    date, when = date_hdr(2026, 11, 18, 9, 26, 44, 120)
    body = """Здравейте г-н Новак,

Благодарим за поръчка NBS-2026-1219. Потвърждаваме:

1. Павета „Бехатон“ 8 см, сиви – 45 палета по 10,8 кв.м = 486 кв.м (закръглено до цял палет), 8,90 EUR/кв.м
2. Павета „Бехатон“ 8 см, червени – 120 кв.м, 9,60 EUR/кв.м
3. Бордюри 100х25х15 см – 200 бр., новата ни цена от 01.11.2026 г. е 4,60 EUR/бр.

Доставка: 04.12.2026 г., общо около 112 т, 3 камиона.

Поздрави,
Мария Георгиева
Търговски отдел
„Павета Тракия“ ООД, гр. Пловдив
тел. +359 32 555 410"""
    sent = "понеделник, 16 ноември 2026 г. 14:50"
    part = outlook_reply("c046", body, "bg", po, B_BUILD, sent, "BG", charset="windows-1251")
    h = std_headers(addr("Мария Георгиева", "m.georgieva@paveta-trakia.example", "windows-1251"), addr("Marek Nowak", B_BUILD["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c046"), irt=req_mid(po), refs=req_mid(po), lang="bg-BG",
                    charset="windows-1251")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: chg(l1, q=486), 2: acc(l2), 3: chg(l3, p="4.60")})]
    return out("pavers-bulgarian-cp1251-pallet-rounding", "bg-BG",
               "Windows-1251 Cyrillic; grey pavers rounded up to 45 pallets of 10,8 m2 = 486 m2, kerbs repriced; '100х25х15' uses Cyrillic х and 112 t is the total weight.",
               po, message(h, part), "confirmation", confs,
               "Line 1 486 m2; line 2 as ordered; line 3 4.60/pc; all delivered 2026-12-04.")


# ---------------------------------------------------------------------------------------------
@case
def greek_chandlery():
    sup = Sup("PIRNAUT", "Piraiki Naftiliaki Promitheia S.A.", "orders@piraiki-naftiliaki.example", "el-GR")
    po = PO("SMS-41915", sup, B_SHIP, "EUR", D(2026, 11, 17), [
        L(1, "PNP-PAINT-DECK-20", "Deck paint grey, 20 L", 10, "CAN", "148.00", D(2026, 11, 24)),
        L(2, "PNP-WIRE-16-100", "Steel wire rope 16 mm 6x36 IWRC, 100 m coil", 2, "COIL", "410.00", D(2026, 11, 24)),
        L(3, "PNP-GLOVE-NIT", "Nitrile gloves, box of 100", 50, "BOX", "7.20", D(2026, 11, 24)),
    ])
    assert_wd(D(2026, 11, 24), "Tue")
    date, when = date_hdr(2026, 11, 18, 12, 7, 19, 120)
    body = """Καλημέρα κ. Pieters,

Σας επιβεβαιώνουμε την παραγγελία SMS-41915 για το M/V Aegean Trader:

1. Χρώμα καταστρώματος γκρι 20 L: 10 δοχεία, 148,00 € / δοχείο
2. Συρματόσχοινο 16 mm 6x36 IWRC: διαθέσιμη μόνο 1 κουλούρα των 100 m (410,00 €). Η δεύτερη δεν προλαβαίνει πριν την αναχώρηση του πλοίου, οπότε την ακυρώνουμε.
3. Γάντια νιτριλίου: 50 κουτιά των 100 τεμ., 7,20 € / κουτί

Παράδοση στο πλοίο, Πειραιάς, Τρίτη 24/11 το πρωί.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Πειραϊκή Ναυτιλιακή Προμήθεια Α.Ε.
Ακτή Μιαούλη 45, 185 36 Πειραιάς
Τηλ. +30 210 555 1742"""
    quoted = ("-----Original Message-----\nΑπό: Jan Pieters <j.pieters@seaway-marine.example>\n"
              "Στάλθηκε: Τρίτη, 17 Νοεμβρίου 2026 3:41 μμ\nΠρος: orders@piraiki-naftiliaki.example\n"
              f"Θέμα: {request_subject(po)}\n\n" + request_text(po, B_SHIP))
    part = text(body + "\n\n" + quoted + "\n", charset="iso-8859-7", cte="quoted-printable")
    h = std_headers(addr("Γιώργος Παπαδόπουλος", "g.papadopoulos@piraiki-naftiliaki.example", "iso-8859-7"),
                    addr("Jan Pieters", B_SHIP["email"]), "RE: " + request_subject(po), date,
                    mid_plain("c047", "piraiki-naftiliaki.example", "00a101d9"), irt=req_mid(po), refs=req_mid(po),
                    client="other", charset="iso-8859-7", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "el")])
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, q=1), 3: acc(l3)})]
    return out("chandlery-greek-iso-8859-7-one-coil", "el-GR",
               "ISO-8859-7 Greek plain text; only one wire-rope coil can be delivered and the second is cancelled; '6x36' and 'boxes of 100' are not quantities.",
               po, message(h, part), "confirmation", confs,
               "Line 2 quantity 1; delivery Tue 24/11 = requested for all lines.")


# ---------------------------------------------------------------------------------------------
@case
def lithuanian_doors_iso_dates():
    sup = Sup("MEDDURYS", "UAB Medinės durys Baltija", "uzsakymai@medines-durys.example", "lt-LT")
    po = PO("NBS-2026-1227", sup, B_BUILD2, "EUR", D(2026, 11, 17), [
        L(1, "MDB-D-826-2040", "Interior door leaf birch veneer, 826 x 2040 mm", 20, "PCS", "134.00", D(2026, 12, 18)),
        L(2, "MDB-D-726-2040", "Interior door leaf birch veneer, 726 x 2040 mm", 10, "PCS", "129.00", D(2026, 12, 18)),
        L(3, "MDB-STAKT-826", "Door frame set, birch, for 826 mm leaf", 20, "SET", "52.00", D(2026, 12, 18)),
    ])
    p3 = q2(Decimal("52.00") * Decimal("1.03"))
    assert p3 == "53.56"
    date, when = date_hdr(2026, 11, 19, 10, 44, 3, 120)
    body = """Laba diena,

patvirtiname užsakymą NBS-2026-1227:

1 poz. – durų varčia 826 x 2040 mm, beržo lukštas: 20 vnt., 134,00 EUR/vnt., pristatymas 2026-12-18
2 poz. – durų varčia 726 x 2040 mm: 10 vnt., 129,00 EUR/vnt., pristatymas tik 2027-01-08 (trūksta beržo lukšto)
3 poz. – staktos komplektas 826 mm: 20 kompl., kaina +3 % dėl žaliavų brangimo, pristatymas 2026-12-18

Pagarbiai
Rūta Petrauskienė
Pardavimų vadybininkė
UAB „Medinės durys Baltija“, Pramonės g. 14, LT-35100 Panevėžys
Tel. +370 45 555 318"""
    attribution = "2026-11-17, an, 14:22 Daniel Brooks <d.brooks@northline-bs.example> rašė:"
    part = gmail_reply("c048", body, attribution, request_text(po, B_BUILD2))
    h = std_headers(addr("Rūta Petrauskienė", "ruta.petrauskiene@medines-durys.example"), addr("Daniel Brooks", B_BUILD2["email"]),
                    "Re: " + request_subject(po), date, mid_gmail("c048"), irt=req_mid(po), refs=req_mid(po), client="gmail")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, d=D(2027, 1, 8)), 3: chg(l3, p=p3)})]
    return out("doors-lithuanian-percent-and-delay", "lt-LT",
               "ISO dates in Lithuanian text, door sizes 826 x 2040 next to quantities, and a '+3 %' on the frame sets that has to be applied to the PO price.",
               po, message(h, part), "confirmation", confs,
               "Line 1 as ordered; line 2 2027-01-08; line 3 52.00 x 1.03 = 53.56.")


# ---------------------------------------------------------------------------------------------
@case
def latvian_lab_diets():
    sup = Sup("BALTLAB", "SIA Baltic Lab Feed", "pasutijumi@balticlabfeed.example", "lv-LV")
    po = PO("CRS-PO-7433", sup, B_LAB, "EUR", D(2026, 11, 18), [
        L(1, "BLF-MR-IRR-10", "Mouse/rat maintenance diet, irradiated 25 kGy, 10 kg bag", 120, "BAG", "27.50", D(2026, 12, 10)),
        L(2, "BLF-GP-VITC-10", "Guinea pig diet with stabilised vitamin C, 10 kg bag", 30, "BAG", "31.00", D(2026, 12, 10)),
    ])
    date, when = date_hdr(2026, 11, 19, 15, 33, 21, 120)
    body = """Labdien, Ingrid!

Paldies par pasūtījumu CRS-PO-7433. Apstiprinām:

1. poz. – uzturēšanas barība pelēm/žurkām, apstarota (25 kGy), 10 kg maisi: 120 maisi, 27,50 EUR/maiss, piegāde 10.12.2026.
2. poz. – jūrascūciņu barība ar C vitamīnu: ražojam reizi mēnesī, nākamā partija 14.12., tāpēc piegāde 2026. gada 18. decembrī. Cena bez izmaiņām.

Derīguma termiņš – 6 mēneši no ražošanas datuma. Sertifikāti (analīžu un apstarošanas) tiks pievienoti piegādei.

Ar cieņu
Līga Ozola
Klientu apkalpošana
SIA Baltic Lab Feed, Rīga
Tālr. +371 67 555 214"""
    sent = "trešdiena, 2026. gada 18. novembris 11:10"
    part = outlook_reply("c049", body, "lv", po, B_LAB, sent, "LV")
    h = std_headers(addr("Līga Ozola", "liga.ozola@balticlabfeed.example"), addr("Ingrid Solberg", B_LAB["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c049"), irt=req_mid(po), refs=req_mid(po), lang="lv-LV")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, d=D(2026, 12, 18))})]
    return out("lab-diets-latvian-long-date", "lv-LV",
               "Latvian long-form date ('2026. gada 18. decembrī') for line 2 next to a production date 14.12. without year and '25 kGy' irradiation dose.",
               po, message(h, part), "confirmation", confs,
               "Line 1 as ordered; line 2 delivery 2026-12-18 (14.12. is production).")


# ---------------------------------------------------------------------------------------------
@case
def estonian_windows_week():
    sup = Sup("PUITAKEN", "Puitaknad OÜ", "myyk@puitaknad.example", "et-EE")
    po = PO("NBS-2026-1230", sup, B_BUILD2, "EUR", D(2026, 11, 18), [
        L(1, "PA-AKEN-1180-1480", "Timber-aluminium window 1180 x 1480 mm, triple glazed, tilt&turn", 18, "PCS", "612.00", D(2027, 1, 29)),
        L(2, "PA-AKEN-0580-1180", "Timber-aluminium window 580 x 1180 mm, fixed", 8, "PCS", "298.00", D(2027, 1, 29)),
    ])
    w5 = week_friday(2027, 5)
    assert w5 == D(2027, 2, 5)
    date, when = date_hdr(2026, 11, 20, 9, 5, 48, 120)
    body = """Tere, Daniel!

Aitäh tellimuse eest. Kinnitame tellimuse NBS-2026-1230:

1) Puit-alumiiniumaken 1180 x 1480 mm, kolmekordne klaaspakett – 18 tk, 612,00 €/tk
2) Puit-alumiiniumaken 580 x 1180 mm, avanemiseta – 8 tk, hind 312,00 €/tk (klaaspaketi hinnatõus)

Tarne: nädal 5/2027 (meie tehas on suletud 21.12.2026–03.01.2027).

Lugupidamisega
Kadri Tamm
Müügijuht
Puitaknad OÜ, Pärnu mnt 160, 11317 Tallinn
Tel +372 655 5120"""
    sent = "18. november 2026 16:45"
    part = outlook_reply("c050", body, "et", po, B_BUILD2, sent, "ET")
    h = std_headers(addr("Kadri Tamm", "kadri.tamm@puitaknad.example"), addr("Daniel Brooks", B_BUILD2["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c050"), irt=req_mid(po), refs=req_mid(po), lang="et-EE")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: chg(l1, d=w5), 2: chg(l2, p="312.00", d=w5)})]
    return out("windows-estonian-week-5-2027", "et-EE",
               "'nädal 5/2027' crosses the year (Friday 5 Feb 2027) while a plant-closure date range sits next to it; window sizes look like numbers to parse.",
               po, message(h, part), "confirmation", confs,
               "Both lines week 5/2027 -> 2027-02-05; line 2 price 312.00.")


# ---------------------------------------------------------------------------------------------
@case
def slovene_pack_of_n():
    sup = Sup("ORODJAKR", "Orodja Kranj d.o.o.", "prodaja@orodja-kranj.example", "sl-SI")
    po = PO("THR-PO-10291", sup, B_TOOL2, "EUR", D(2026, 11, 17), [
        L(1, "OK-HSS-6.0", "HSS-Co drill bit 6.0 mm, DIN 338", 200, "PCS", "1.48", D(2026, 12, 9)),
        L(2, "OK-BIT-PH2-25", "Screwdriver bit PH2 x 25 mm", 1000, "PCS", "0.21", D(2026, 12, 9)),
        L(3, "OK-JIG-T101B", "Jigsaw blade T101B, wood, clean cut", 250, "PCS", "0.62", D(2026, 12, 9)),
    ])
    assert Decimal("14.80") / 10 == Decimal("1.48") and Decimal("5.50") / 25 == Decimal("0.22") and Decimal("3.10") / 5 == Decimal("0.62")
    date, when = date_hdr(2026, 11, 19, 8, 15, 37, 60)
    body = """Pozdravljeni g. Ashworth,

hvala za naročilo THR-PO-10291, ki ga potrjujemo:

- svedri HSS-Co 6,0 mm so pakirani po 10 kos: 20 pakiranj à 14,80 EUR/pak.
- nastavki PH2 x 25 mm, pakiranje po 25 kos: 40 pakiranj à 5,50 EUR/pak.
- listi za vbodno žago T101B, pakiranje po 5 kos: 50 pakiranj à 3,10 EUR/pak.

Dobava: 9. 12. 2026, paritetno DAP Northampton.

Lep pozdrav,
Mojca Novak
Prodaja
Orodja Kranj d.o.o., Ljubljanska cesta 24, 4000 Kranj
tel. +386 4 555 12 30"""
    attribution = "Dne 17. 11. 2026 ob 13:02 je Ben Ashworth <b.ashworth@toolhouse-retail.example> napisal(a):"
    part = gmail_reply("c051", body, attribution, request_text(po, B_TOOL2))
    h = std_headers(addr("Mojca Novak", "mojca.novak@orodja-kranj.example"), addr("Ben Ashworth", B_TOOL2["email"]),
                    "Re: " + request_subject(po), date, mid_gmail("c051"), irt=req_mid(po), refs=req_mid(po), client="gmail")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, p="0.22"), 3: acc(l3)})]
    return out("tool-accessories-slovene-price-per-pack", "sl-SI",
               "Every price is per pack of 10/25/5 against a per-piece PO; only the bits change (5,50/25 = 0.22), the others divide back to the PO price.",
               po, message(h, part), "confirmation", confs,
               "Line 1 14.80/10 = 1.48; line 2 0.22; line 3 3.10/5 = 0.62; quantities 20x10, 40x25, 50x5 equal the PO.")


# ---------------------------------------------------------------------------------------------
@case
def croatian_alu_week():
    sup = Sup("ALUSISAK", "Aluprofil Sisak d.o.o.", "prodaja@aluprofil-sisak.example", "hr-HR")
    po = PO("AF-PO-3321", sup, B_ALU, "EUR", D(2026, 11, 18), [
        L(1, "AS-U-30X20X2", "U-channel 30x20x2 mm, 6060-T66, 6 m bar (0.30 kg/m)", 200, "BAR", "8.28", D(2026, 12, 16)),
        L(2, "AS-TUBE-50X50X3", "Square tube 50x50x3 mm, 6060-T66, 6 m bar (1.50 kg/m)", 80, "BAR", "40.50", D(2026, 12, 16)),
    ])
    t51 = week_friday(2026, 51)
    assert Decimal("0.30") * 6 * Decimal("4.60") == Decimal("8.28") and Decimal("1.50") * 6 * Decimal("4.60") == Decimal("41.40")
    date, when = date_hdr(2026, 11, 20, 11, 51, 6, 60)
    body = """Poštovani g. Grant,

zahvaljujemo na narudžbi AF-PO-3321 i potvrđujemo:

1. U-profil 30x20x2 mm, 6060-T66: 200 šipki po 6 m = 360 kg
2. Kvadratna cijev 50x50x3 mm, 6060-T66: 80 šipki po 6 m = 720 kg

Cijena za obje pozicije: 4,60 EUR/kg (uključen dodatak za legure, LME od 18.11.2026.).
Isporuka: 51. tjedan.

S poštovanjem,
Ivana Horvat
Prodaja
Aluprofil Sisak d.o.o., Capraška 6, 44000 Sisak
Tel. +385 44 555 620"""
    sent = "srijeda, 18. studenoga 2026. 14:30"
    part = outlook_reply("c052", body, "hr", po, B_ALU, sent, "HR")
    h = std_headers(addr("Ivana Horvat", "ivana.horvat@aluprofil-sisak.example"), addr("Oliver Grant", B_ALU["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c052"), irt=req_mid(po), refs=req_mid(po), lang="hr-HR")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: chg(l1, d=t51), 2: chg(l2, p="41.40", d=t51)})]
    return out("alu-croatian-kg-price-week-51", "hr-HR",
               "One per-kg price for both lines must be turned into per-bar prices with the kg/m from the PO (8.28 unchanged, 41.40 changed); '51. tjedan' = Friday 18 Dec.",
               po, message(h, part), "confirmation", confs,
               "Line 1 0.30x6x4.60 = 8.28 (same), line 2 1.50x6x4.60 = 41.40; both 2026-12-18. LME date 18.11. is a distractor.")


# ---------------------------------------------------------------------------------------------
@case
def italian_no_longer_produced():
    sup = Sup("FORNOEMIL", "Forno Surgelati Emiliani S.p.A.", "ordini@fornoemiliani.example", "it-IT")
    po = PO("HC-PO-8830", sup, B_BAKE, "EUR", D(2026, 11, 16), [
        L(1, "FSE-CORN-VUOTO-75", "Cornetto plain 75 g, frozen, carton of 50", 120, "CTN", "19.50", D(2026, 12, 9)),
        L(2, "FSE-CORN-ALBIC-90", "Cornetto apricot 90 g, frozen, carton of 48", 80, "CTN", "22.80", D(2026, 12, 9)),
        L(3, "FSE-TREC-CIOC-100", "Treccia chocolate 100 g, frozen, carton of 36", 40, "CTN", "24.60", D(2026, 12, 9)),
    ])
    date, when = date_hdr(2026, 11, 18, 17, 20, 40, 60)
    body = """Gentile Chloe,

grazie per l'ordine HC-PO-8830. Le confermiamo:

- Cornetto vuoto 75 g (cartone da 50 pz): 120 cartoni a 19,50 €
- Cornetto albicocca 90 g (cartone da 48 pz): 80 cartoni a 22,80 €

consegna mercoledì 09/12 franco Vostro deposito di Bristol, su 4 pallet (60 cartoni/pallet), temperatura -18 °C.

Purtroppo la treccia al cioccolato 100 g non è più in produzione dal 30/09; possiamo proporLe in alternativa la treccia crema-cacao 110 g (cod. FSE-TREC-CC-110) a 26,10 €/cartone.

Shelf life 9 mesi dalla data di produzione.

Cordiali saluti
Francesca Galli
Customer Service Export
Forno Surgelati Emiliani S.p.A. – Via dell'Industria 33, 41012 Carpi (MO)
Tel. +39 059 555 7710"""
    sent = "lunedì 16 novembre 2026 12:14"
    part = outlook_reply("c053", body, "it", po, B_BAKE, sent, "IT")
    h = std_headers(addr("Galli Francesca", "f.galli@fornoemiliani.example"), addr("Chloe Bennett", B_BAKE["email"]),
                    "R: " + request_subject(po), date, mid_outlook("c053"), irt=req_mid(po), refs=req_mid(po), lang="it-IT")
    l1, l2, l3 = po["lines"]
    assert_wd(D(2026, 12, 9), "Wed")
    confs = [conf(po, {1: acc(l1), 2: acc(l2), 3: rej()})]
    return out("frozen-bakery-item-no-longer-produced", "it-IT",
               "Two lines confirmed for 'mercoledì 09/12', the third is no longer produced and only an alternative with another code and price is suggested.",
               po, message(h, part), "confirmation", confs,
               "Lines 1-2 as ordered; line 3 rejected (the alternative is an offer, not a confirmation of the PO line).")


# ---------------------------------------------------------------------------------------------
@case
def spanish_percent_increase():
    sup = Sup("POLIMED", "Polímeros del Mediterráneo S.A.", "pedidos@polimed.example", "es-ES")
    po = PO("PFM-26-2231", sup, B_PLAST, "EUR", D(2026, 11, 17), [
        L(1, "PM-HDPE-5502", "HDPE blow moulding grade 5502, 25 kg bags", 8000, "KG", "1.42", D(2026, 12, 11)),
        L(2, "PM-MB-WHITE-70", "White masterbatch 70% TiO2, 25 kg bags", 500, "KG", "2.96", D(2026, 12, 11)),
        L(3, "PM-PP-COPO-BB", "PP block copolymer, big bag 1000 kg", 6000, "KG", "1.36", D(2026, 12, 11)),
    ])
    p1 = dec(Decimal("1.42") * Decimal("1.045"))
    p3 = dec(Decimal("1.36") * Decimal("1.045"))
    assert (p1, p3) == ("1.4839", "1.4212")
    date, when = date_hdr(2026, 11, 19, 12, 27, 55, 60)
    body = """Estimado Graham:

Gracias por su pedido PFM-26-2231. Le confirmamos cantidades y plazo (semana 50, entrega en Stoke-on-Trent), pero lamentablemente debemos aplicar un incremento del 4,5 % sobre los precios de su pedido por la subida del etileno y del propileno de noviembre. El masterbatch blanco mantiene el precio de su pedido.

Resumen:
- HDPE 5502: 8.000 kg en sacos de 25 kg (5 palets), precio pedido +4,5 %
- Masterbatch blanco 70 %: 500 kg, precio sin cambio
- PP copolímero: 6.000 kg en 6 big bags de 1.000 kg, precio pedido +4,5 %

Un cordial saludo,
Jordi Puig
Departamento Comercial
Polímeros del Mediterráneo S.A. – Polígono Industrial Sud, 43006 Tarragona
Tel. +34 977 555 318"""
    sent = "martes, 17 de noviembre de 2026 10:02"
    part = outlook_reply("c054", body, "es", po, B_PLAST, sent, "ES")
    h = std_headers(addr("Jordi Puig", "jordi.puig@polimed.example"), addr("Graham Neal", B_PLAST["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c054"), irt=req_mid(po), refs=req_mid(po), lang="es-ES")
    l1, l2, l3 = po["lines"]
    assert week_friday(2026, 50) == D(2026, 12, 11)
    confs = [conf(po, {1: chg(l1, p=p1), 2: acc(l2), 3: chg(l3, p=p3)})]
    return out("granulate-percent-increase-except-one", "es-ES",
               "A +4,5 % increase applies to two of three lines ('el masterbatch mantiene el precio'); resulting prices are not written and must be computed (1.4839, 1.4212).",
               po, message(h, part), "confirmation", confs,
               "Week 50 = 2026-12-11 = requested; prices x 1.045 on lines 1 and 3; '70 %' TiO2 is a spec.")


# ---------------------------------------------------------------------------------------------
@case
def mobile_next_thursday():
    sup = Sup("MIDPTC", "Midlands Power Tool Centre Ltd", "trade@midlands-ptc.example", "en-GB")
    po = PO("THR-PO-10298", sup, B_TOOL2, "GBP", D(2026, 11, 18), [
        L(1, "MPT-M18-FPD3", "M18 FUEL percussion drill, body only", 12, "EA", "139.00", D(2026, 11, 27)),
        L(2, "MPT-M18-B5", "M18 5.0 Ah battery", 24, "EA", "64.50", D(2026, 11, 27)),
    ])
    date, when = date_hdr(2026, 11, 19, 17, 42, 13, 0)
    assert_wd(when.date(), "Thu")
    nt = next_weekday(when.date(), 3)
    assert nt == D(2026, 11, 26)
    body = f"""Hi Ben all ok on THR-PO-10298, both lines at your prices, will be with you next Thursday.
Steve

Sent from my iPhone

> On 18 Nov 2026, at 10:05, Ben Ashworth <{B_TOOL2['email']}> wrote:
>
{gt(request_text(po, B_TOOL2))}
"""
    part = text(body, charset="us-ascii", cte="7bit")
    h = std_headers(addr("Steve Parkin", "steve@midlands-ptc.example"), B_TOOL2["email"], "Re: " + request_subject(po), date,
                    mid_apple("c055", "midlands-ptc.example"), irt=req_mid(po), refs=req_mid(po), client="iphone")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: chg(l1, d=nt), 2: chg(l2, d=nt)})]
    return out("power-tools-mobile-next-thursday", "en-GB",
               "One-line iPhone reply sent on a Thursday saying 'next Thursday', which must be resolved from the Date header (26 Nov, a day before the requested 27 Nov).",
               po, message(h, part), "confirmation", confs,
               "Sent Thu 2026-11-19 -> next Thursday = 2026-11-26; quantities and prices as ordered.")


# ---------------------------------------------------------------------------------------------
@case
def turkish_big_bags_split():
    sup = Sup("ANAPOL", "Anadolu Polimer A.Ş.", "satis@anadolupolimer.example", "tr-TR")
    po = PO("PFM-26-2236", sup, B_PLAST, "EUR", D(2026, 11, 18), [
        L(1, "AP-PP-RAFIA", "PP raffia grade, big bag 1,250 kg", 20000, "KG", "1.18", D(2026, 12, 18)),
        L(2, "AP-LLDPE-C4", "LLDPE film grade C4, 25 kg bags", 10000, "KG", "1.29", D(2026, 12, 18)),
    ])
    date, when = date_hdr(2026, 11, 20, 10, 3, 29, 180)
    body = """Sayın Graham Neal,

PFM-26-2236 numaralı siparişiniz için teşekkür ederiz. Siparişinizi aşağıdaki şekilde teyit ediyoruz:

1. kalem – PP rafya: 20.000 kg (16 big bag x 1.250 kg), fiyat 1.150 EUR/ton, teslim 18.12.2026
2. kalem – LLDPE C4 film: 10.000 kg, 25 kg'lık torbalarda, fiyat 1.290 EUR/ton.
   Teslim iki parti halinde: 5.000 kg 11.12.2026, kalan 5.000 kg 18.12.2026.

Teslim şekli DAP Stoke-on-Trent, ödeme 45 gün.

Saygılarımızla,
Emre Yılmaz
İhracat Satış Müdürü
Anadolu Polimer A.Ş. – Gebze OSB, Kocaeli
Tel: +90 262 555 48 10"""
    sent = "18 Kasım 2026 Çarşamba 16:20"
    part = outlook_reply("c056", body, "tr", po, B_PLAST, sent, "TR", charset="windows-1254")
    h = std_headers(addr("Emre Yılmaz", "emre.yilmaz@anadolupolimer.example", "windows-1254"), addr("Graham Neal", B_PLAST["email"]),
                    "YNT: " + request_subject(po), date, mid_outlook("c056"), irt=req_mid(po), refs=req_mid(po), lang="tr-TR",
                    charset="windows-1254")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: chg(l1, p="1.15"), 2: chg(l2, sched=[(5000, D(2026, 12, 11)), (5000, D(2026, 12, 18))])})]
    return out("granulate-turkish-per-ton-two-lots", "tr-TR",
               "Turkish thousands dots ('1.150 EUR/ton', '20.000 kg') with a per-tonne price against a per-kg PO, and the LLDPE split into two lots.",
               po, message(h, part), "confirmation", confs,
               "Line 1 1150/1000 = 1.15/kg; line 2 price 1.29 unchanged, 5000 @ 2026-12-11 + 5000 @ 2026-12-18.")


# ---------------------------------------------------------------------------------------------
@case
def german_three_deliveries():
    sup = Sup("BACKSOMMER", "Backwaren Sommer GmbH", "auftrag@backwaren-sommer.example", "de-DE")
    po = PO("HC-PO-8841", sup, B_BAKE, "EUR", D(2026, 11, 18), [
        L(1, "BS-LAUGEN-90", "Pretzel 90 g, frozen, carton of 60", 600, "CTN", "14.90", D(2026, 12, 18)),
        L(2, "BS-KAISER-65", "Kaiser roll 65 g, par-baked, frozen, carton of 100", 300, "CTN", "16.20", D(2026, 12, 18)),
    ])
    date, when = date_hdr(2026, 11, 20, 14, 40, 2, 60)
    body = """Hallo Frau Bennett,

vielen Dank für die Bestellung HC-PO-8841, die wir gerne bestätigen:

Pos. 1 Laugenbrezel 90 g, 600 Kartons à 14,90 € – wegen unserer Tiefkühllager-Kapazität in drei Teillieferungen:
  200 Kartons am 04.12.2026
  200 Kartons am 11.12.2026
  200 Kartons am 18.12.2026
Pos. 2 Kaiserbrötchen 65 g, 300 Kartons à 16,20 € – komplett mit der zweiten Teillieferung am 11.12.2026.

Palettierung: 40 Kartons je Palette, Europaletten im Tausch. MHD mind. 6 Monate ab Lieferung.

Mit freundlichen Grüßen
Jana Köhler
Vertriebsinnendienst Export
Backwaren Sommer GmbH · Industriestraße 12 · 49078 Osnabrück
Tel. +49 541 555 8830"""
    sent = "Mittwoch, 18. November 2026 09:58"
    part = outlook_reply("c057", body, "de", po, B_BAKE, sent, "DE")
    h = std_headers(addr("Köhler, Jana", "j.koehler@backwaren-sommer.example"), addr("Chloe Bennett", B_BAKE["email"]),
                    "AW: " + request_subject(po), date, mid_outlook("c057"), irt=req_mid(po), refs=req_mid(po), lang="de-DE")
    l1, l2 = po["lines"]
    confs = [conf(po, {1: chg(l1, sched=[(200, D(2026, 12, 4)), (200, D(2026, 12, 11)), (200, D(2026, 12, 18))]),
                       2: chg(l2, d=D(2026, 12, 11))})]
    return out("frozen-pretzels-three-partial-deliveries", "de-DE",
               "Line 1 is split into three equal deliveries whose last date equals the requested date; line 2 rides with the second drop, a week early.",
               po, message(h, part), "confirmation", confs,
               "Line 1 schedule 200/200/200 on 12-04, 12-11, 12-18; line 2 all on 2026-12-11.")


# ---------------------------------------------------------------------------------------------
@case
def hebrew_per_100():
    sup = Sup("GALILSIGN", "Galil Safety Signs Ltd", "orders@galil-signs.example", "he-IL")
    po = PO("BSS-PO-20955", sup, B_SIGN, "GBP", D(2026, 11, 17), [
        L(1, "GS-STK-WARN-50", "Warning triangle sticker 50 mm, vinyl", 5000, "PCS", "0.085", D(2026, 12, 10)),
        L(2, "GS-STK-NOSMOKE-100", "No smoking sticker 100 mm, vinyl", 2000, "PCS", "0.14", D(2026, 12, 10)),
        L(3, "GS-PLATE-EXIT-300", "Exit sign plate photoluminescent 300x150 mm", 200, "PCS", "3.40", D(2026, 12, 10)),
    ])
    date, when = date_hdr(2026, 11, 19, 13, 11, 58, 120)
    body = """שלום רייצ'ל,

תודה על ההזמנה BSS-PO-20955. הרינו לאשר:

1. מדבקת משולש אזהרה 50 מ"מ – 5,000 יח', מחיר £8.50 ל-100 יח', אספקה 10/12/2026
2. מדבקת "אסור לעשן" 100 מ"מ – 2,000 יח', מחיר £15.00 ל-100 יח' (עליית מחיר הוויניל), אספקה 10/12/2026
3. שלט יציאה פולט אור 300x150 מ"מ – 200 יח', £3.40 ליחידה, אספקה 17/12/2026

המשלוח באוויר, DAP קרדיף.

בברכה,
נועה כהן
מחלקת יצוא | שלטי בטיחות הגליל בע"מ
אזור תעשייה תפן | טל' 972-4-555-8120+"""
    sent = "Tuesday, November 17, 2026 12:30 PM"
    part = outlook_reply("c058", body, "en", po, B_SIGN, sent, "HE", charset="windows-1255", cte="base64")
    h = std_headers(addr("נועה כהן", "noa.cohen@galil-signs.example", "windows-1255"), addr("Rachel Owens", B_SIGN["email"]),
                    "RE: " + request_subject(po), date, mid_outlook("c058"), irt=req_mid(po), refs=req_mid(po), lang="he-IL",
                    charset="windows-1255")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: chg(l2, p="0.15"), 3: chg(l3, d=D(2026, 12, 17))})]
    return out("safety-stickers-hebrew-price-per-100", "he-IL",
               "Hebrew right-to-left windows-1255 mail quoting sticker prices per 100 pieces (8.50 -> 0.085 unchanged, 15.00 -> 0.15 changed) and one later delivery.",
               po, message(h, part), "confirmation", confs,
               "Line 1 as ordered; line 2 0.15/pc; line 3 2026-12-17.")


# ---------------------------------------------------------------------------------------------
@case
def finnish_price_per_can():
    sup = Sup("PAINOVARI", "Painoväri Oy", "tilaukset@painovari.example", "fi-FI")
    po = PO("PWP-4493", sup, B_INK, "EUR", D(2026, 11, 18), [
        L(1, "PV-UV-CY-1", "UV offset ink cyan, 1 kg can", 40, "KG", "16.80", D(2026, 12, 4)),
        L(2, "PV-UV-BK-1", "UV offset ink black, 1 kg can", 60, "KG", "15.20", D(2026, 12, 4)),
        L(3, "PV-UV-VARN-5", "UV varnish gloss, 5 kg can", 100, "KG", "9.40", D(2026, 12, 4)),
    ])
    assert week_friday(2026, 49) == D(2026, 12, 4)
    assert Decimal("49.50") / 5 == Decimal("9.90")
    date, when = date_hdr(2026, 11, 20, 8, 37, 12, 120)
    body = """Hei Felix,

kiitos tilauksesta PWP-4493. Vahvistamme seuraavasti:

- UV-offsetväri syaani: 40 purkkia à 1 kg, 16,80 €/kg
- UV-offsetväri musta: 60 purkkia à 1 kg, 15,20 €/kg
- UV-lakka kiiltävä: 20 purkkia à 5 kg, hinta 49,50 €/purkki

Toimitus viikolla 49. Käyttöturvallisuustiedotteet lähetetään erikseen.

Ystävällisin terveisin
Mikko Virtanen
Myyntipalvelu
Painoväri Oy, Teollisuuskatu 21, 33100 Tampere
puh. +358 3 555 2180"""
    attribution = "Felix Hartmann kirjoitti 18.11.2026 klo 11.40:"
    plain = f"{body}\n\n{attribution}\n{gt(request_text(po, B_INK))}\n"
    part = text(plain, charset="iso-8859-15", cte="quoted-printable", flowed=True)
    h = std_headers(addr("Mikko Virtanen", "mikko.virtanen@painovari.example"), addr("Felix Hartmann", B_INK["email"]),
                    "Vs: " + request_subject(po), date, mid_uuid("c059", "painovari.example"), irt=req_mid(po), refs=req_mid(po),
                    client="tb")
    l1, l2, l3 = po["lines"]
    confs = [conf(po, {1: acc(l1), 2: acc(l2), 3: chg(l3, p="9.90")})]
    return out("uv-inks-finnish-price-per-can", "fi-FI",
               "ISO-8859-15 Thunderbird mail; the varnish is priced per 5 kg can (49,50 / 5 = 9.90 per kg) and 'viikolla 49' equals the requested Friday.",
               po, message(h, part), "confirmation", confs,
               "Lines 1-2 as ordered; line 3 9.90/kg; week 49 -> 2026-12-04 = requested.")


# ---------------------------------------------------------------------------------------------
@case
def hungarian_which_po():
    sup = Sup("HUNGAROFEED", "Hungarofeed Labortakarmány Kft.", "rendeles@hungarofeed.example", "hu-HU")
    po = PO("CRS-PO-7440", sup, B_LAB, "EUR", D(2026, 11, 19), [
        L(1, "HF-RAT-BR-IRR", "Rat breeding diet, irradiated, 20 kg bag", 40, "BAG", "42.00", D(2026, 12, 15)),
        L(2, "HF-HAMSTER-10", "Hamster diet, 10 kg bag", 20, "BAG", "23.50", D(2026, 12, 15)),
    ])
    date, when = date_hdr(2026, 11, 20, 9, 12, 40, 60)
    body = """Tisztelt Solberg Asszony!

Köszönjük a megrendelést. A CRS-PO-7440 számú rendelésben szereplő cikkszámokat (HF-RAT-BR-IRR, HF-HAMSTER-10) nem találjuk a rendszerünkben – lehet, hogy még a régi, 2025-ös árlista szerinti kódok?
Kérem, erősítse meg, hogy a 2026.10.22-i ajánlatunk (AJ-2026-318) szerinti „RB-20 IRR” patkány tenyésztakarmányra és a „HS-10” hörcsögtakarmányra gondol-e. Utána azonnal visszaigazoljuk a rendelést.

Üdvözlettel:
Kovács Eszter
értékesítés
Hungarofeed Labortakarmány Kft., 6728 Szeged, Budapesti út 14.
Tel.: +36 62 555 470"""
    sent = "2026. november 19., csütörtök 16:05"
    part = outlook_reply("c060", body, "hu", po, B_LAB, sent, "HU", charset="windows-1250")
    h = std_headers(addr("Kovács Eszter", "kovacs.eszter@hungarofeed.example", "iso-8859-2"), addr("Ingrid Solberg", B_LAB["email"]),
                    "VS: " + request_subject(po), date, mid_outlook("c060"), irt=req_mid(po), refs=req_mid(po), lang="hu-HU",
                    charset="windows-1250")
    return out("lab-diets-hungarian-item-code-question", "hu-HU",
               "Supplier cannot match the item codes and asks which quoted products are meant before confirming; the quote date and number are not commitments.",
               po, message(h, part), "needs_review", None, "A clarification question; nothing confirmed yet.")
