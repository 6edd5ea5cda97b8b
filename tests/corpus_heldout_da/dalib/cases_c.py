from .common import *


@case("tuningfork-cn-gbk-nextwed", "zh-CN", "confirmation",
      "GBK HTML-only Chinese reply: price raised on line 2 and both lines ship '下周三' (Wednesday of next week), a ship date only.")
def _():
    p = po("4500232640", "YINCHA", "Ningbo Yinchao Acoustic Instruments Co., Ltd.", "sales@yinchao-acoustic.example", "zh-CN", "CNY", "2026-11-13", [
        ("TF-C512-ST", "Tuning fork C512, steel, with case", 100, "EA", "38.00", "2026-12-04"),
        ("TF-SET-8", "Tuning fork set, 8 pcs (C256-C4096)", 20, "SET", "260.00", "2026-12-04"),
    ])
    h = """<div style="font-family:SimSun">Dana 您好：<br><br>
订单 4500232640 已收到，确认如下：<br>
1. C512 钢制音叉（带盒） 100 支，单价 38.00 元；<br>
2. 8 支装音叉套装 20 套，因钢材涨价，单价由 260.00 元调整为 275.00 元。<br><br>
以上两项均于下周三发货，快递单号发货后另行通知。<br><br>
祝好！<br>
王磊 Leo Wang<br>宁波银潮声学仪器有限公司 外贸部<br>电话：0574-8765 4321 手机：138 0574 1234</div>"""
    m = reply(p, ("王磊 Leo Wang", "leo.wang@yinchao-acoustic.example"), "2026-11-19 15:40 +0800",
              html(html_doc(h, "gbk"), "gbk", "base64"), prefix="回复：", charset="gbk")
    e = conf([answer(p, {1: chg(d="2026-11-25"), 2: chg(p="275.00", d="2026-11-25")})],
             "Mail dated Thu 2026-11-19; 下周三 = Wednesday of next week = 2026-11-25. Only a ship date is given, so date = ship date. "
             "Line 2 price 260.00 -> 275.00.")
    return [p], m, e


@case("hutch-vn-price-vnd", "vi-VN", "confirmation",
      "Vietnamese reply with dot-grouped VND prices ('1.320.000 đ'); one unit price raised, dates day-first.")
def _():
    p = po("4500232677", "TREVIET", "Công ty TNHH Tre Việt", "sales@treviet.example", "vi-VN", "VND", "2026-11-13", [
        ("RH-BAM-90", "Bamboo rabbit hutch 90 cm", 30, "EA", "1250000", "2027-01-15"),
        ("RH-BAM-120", "Bamboo rabbit hutch 120 cm, two floors", 20, "EA", "1850000", "2027-01-15"),
    ])
    body = """Kính gửi chị Dana,

Công ty chúng tôi xác nhận đơn hàng số 4500232677 như sau:
1. Chuồng thỏ tre 90 cm (RH-BAM-90): 30 cái, đơn giá 1.320.000 đ (do giá tre nguyên liệu tăng), giao ngày 15/01/2027.
2. Chuồng thỏ tre 120 cm 2 tầng (RH-BAM-120): 20 cái, đơn giá 1.850.000 đ, giao ngày 15/01/2027.

Trân trọng,
Nguyễn Thị Hoa
Phòng Kinh doanh - Công ty TNHH Tre Việt
ĐT: 0274 3 123 456 - MST: 3701234567"""
    m = reply(p, ("Nguyễn Thị Hoa", "hoa.nguyen@treviet.example"), "2026-11-16 09:15 +0700",
              alt(text(body + quote_gmail(p)), html(html_doc(to_html(body) + quote_html(p)))), prefix="Re: ")
    e = conf([answer(p, {1: chg(p="1320000"), 2: acc()})],
             "Vietnamese uses dots as thousands separators: line 1 unit price 1,320,000 VND instead of 1,250,000; line 2 as ordered.")
    return [p], m, e


@case("batting-id-full-reject", "id-ID", "confirmation",
      "Indonesian polite refusal of the whole single-line PO (machine overhaul): a rejection is an answer.")
def _():
    p = po("4500232700", "KAPASIN", "PT Kapas Indah Nusantara", "marketing@kapasindah.example", "id-ID", "IDR", "2026-11-13", [
        ("QB-DAC-200", "Dacron batting 200 g/m2, 150 cm", 500, "M", "28500", "2027-01-20"),
    ])
    body = """Selamat siang Ibu Dana,

Terima kasih atas PO 4500232700. Mohon maaf, saat ini kami tidak dapat memenuhi pesanan dakron 200 g/m² sebanyak 500 m tersebut karena mesin produksi kami sedang overhaul sampai akhir Februari 2027. Jadi PO ini dengan berat hati kami tolak.

Semoga kita bisa bekerja sama lagi di lain kesempatan.

Hormat kami,
Dewi Lestari
PT Kapas Indah Nusantara - Bandung
Telp. (022) 123 4567 / WA 0812 2345 6789"""
    m = reply(p, ("Dewi Lestari", "dewi@kapasindah.example"), "2026-11-16 13:20 +0700",
              text(body + quote_gmail(p)), prefix="Re: ")
    e = conf([answer(p, {1: rej()})],
             "The supplier declines the whole order (cannot produce until end of February) -> confirmation kind with the only line rejected.")
    return [p], m, e


@case("palletwrap-my-colour-question", "ms-MY", "needs_review",
      "Malay reply asking which film thickness we want and mentioning limited stock; nothing confirmed yet.")
def _():
    p = po("4500232733", "PLASTIKMY", "Plastik Jaya Sdn. Bhd.", "jualan@plastikjaya.example", "ms-MY", "MYR", "2026-11-13", [
        ("PW-BLK-500", "Black stretch film 500 mm, 300 m", 60, "ROL", "24.50", "2026-12-14"),
    ], buyer=2)
    body = """Salam sejahtera Cik Priya,

Terima kasih atas PO 4500232733. Sebelum kami sahkan, boleh puan maklumkan sama ada mahu filem hitam 20 mikron atau 23 mikron? Stok 20 mikron sekarang hanya 40 gulung, 23 mikron ada cukup tetapi harganya RM 27.80 segulung.

Harga dan tarikh penghantaran akan kami sahkan selepas menerima jawapan puan.

Terima kasih,
Nurul Aina binti Hassan
Plastik Jaya Sdn. Bhd. (123456-X), Shah Alam
Tel: 03-5123 4567"""
    m = reply(p, ("Nurul Aina", "nurul@plastikjaya.example"), "2026-11-16 10:45 +0800",
              text(body + quote_outlook(p)), prefix="RE: ")
    return [p], m, other("needs_review", "A question (20 or 23 micron) with stock and price options; confirmation only after our answer.")


@case("winch-ph-taglish-checkstock", "tl-PH", "needs_review",
      "Taglish phone reply 'noted po', will check stock in Cebu and get back tomorrow: acknowledges but commits nothing.")
def _():
    p = po("4500232760", "VISMAR", "Visayas Marine Supply Corp.", "sales@visayasmarine.example", "tl-PH", "PHP", "2026-11-16", [
        ("BW-1500-M", "Manual boat winch 1500 lb, two-speed", 12, "EA", "4350.00", "2026-12-18"),
        ("BW-STRAP-20", "Winch strap 20 ft with S-hook", 24, "EA", "620.00", "2026-12-18"),
    ])
    body = """Hi Ma'am Dana, noted po sa PO 4500232760. I-check ko lang po muna yung stock ng 1500 lbs winch sa warehouse namin sa Cebu, babalikan ko po kayo bukas with the delivery date. Salamat po!

- Joy
Visayas Marine Supply Corp.
0917 123 4567

Sent from my Samsung Galaxy"""
    m = reply(p, ("Joy Villanueva", "joy.villanueva@visayasmarine.example"), "2026-11-17 19:02 +0800",
              text(body + quote_gmail(p)), prefix="Re: ")
    return [p], m, other("needs_review", "'Noted' plus a promise to check stock and reply tomorrow; no quantities, prices or dates committed.")


@case("oboereed-il-rtl-stock", "he-IL", "confirmation",
      "Hebrew right-to-left HTML reply (₪ amounts) cutting line 2 to the 45 pieces in stock.")
def _():
    p = po("4500232790", "KANEH", "Kaneh Music Ltd.", "orders@kaneh-music.example", "he-IL", "ILS", "2026-11-16", [
        ("OR-PRO-M", "Professional oboe reed, medium", 40, "PC", "135.00", "2026-12-17"),
        ("OR-STU-MS", "Student oboe reed, medium-soft", 60, "PC", "68.00", "2026-12-17"),
    ])
    h = """<div dir="rtl" style="font-family:Arial">שלום דנה,<br><br>
תודה על ההזמנה 4500232790.<br>
שורה 1: 40 יח' במחיר 135.00 ₪ ליחידה, אספקה ב-17/12/2026.<br>
שורה 2: יש במלאי רק 45 יח' ולא נוכל להשיג עוד עד פברואר, לכן נספק 45 יח' במחיר 68.00 ₪ ליחידה ב-17/12/2026.<br><br>
בברכה,<br>יעל כהן<br>קנה מוזיקה בע"מ, רח' הרצל 12, תל אביב<br>טל' 03-1234567 | ח.פ. 512345678</div>"""
    plain = ("שלום דנה,\n\nתודה על ההזמנה 4500232790.\nשורה 1: 40 יח' במחיר 135.00 ₪ ליחידה, אספקה ב-17/12/2026.\n"
             "שורה 2: יש במלאי רק 45 יח' ולא נוכל להשיג עוד עד פברואר, לכן נספק 45 יח' במחיר 68.00 ₪ ליחידה ב-17/12/2026.\n\n"
             "בברכה,\nיעל כהן\n")
    m = reply(p, ("יעל כהן", "yael@kaneh-music.example"), "2026-11-17 11:25 +0200",
              alt(text(plain, cte="base64"), html(html_doc(h), cte="base64")), prefix="השב: ")
    e = conf([answer(p, {1: acc(), 2: chg(q=45)})],
             "Line 1 as ordered. Line 2 only 45 of 60 will be delivered (no more until February), same price and date.")
    return [p], m, e


@case("cheesecloth-eg-arabic-digits", "ar-EG", "confirmation",
      "Arabic reply written entirely with Arabic-Indic digits and '٫' decimal separator; line 2 price and date changed.")
def _():
    p = po("4500232822", "NILETEX", "Nile Medical Textiles Co.", "sales@niletex.example", "ar-EG", "EGP", "2026-11-16", [
        ("CC-G40-90", "Cheese cloth grade 40, 90 cm wide", 1000, "M", "18.50", "2027-01-10"),
        ("CC-G60-90", "Cheese cloth grade 60, 90 cm wide", 600, "M", "24.00", "2027-01-10"),
    ])
    body = """السيدة/ دانا رويز المحترمة،
تحية طيبة وبعد،

نؤكد لكم استلام أمر الشراء رقم ٤٥٠٠٢٣٢٨٢٢ ونؤكد التوريد كالتالي:
البند ١: ١٠٠٠ متر بسعر ١٨٫٥٠ جنيه للمتر، التسليم يوم ١٠/١/٢٠٢٧
البند ٢: ٦٠٠ متر بسعر ٢٥٫٥٠ جنيه للمتر (بسبب زيادة أسعار الغزل)، التسليم يوم ١٧/١/٢٠٢٧

وتفضلوا بقبول فائق الاحترام،
م. أحمد عبد الرحمن
مدير المبيعات - شركة النيل للمنسوجات الطبية
المنطقة الصناعية، العاشر من رمضان
ت: ٠١٠٠١٢٣٤٥٦٧"""
    m = reply(p, ("أحمد عبد الرحمن", "ahmed.abdelrahman@niletex.example"), "2026-11-18 12:00 +0200",
              text(body + quote_outlook(p)), prefix="رد: ")
    e = conf([answer(p, {1: acc(), 2: chg(p="25.50", d="2027-01-17")})],
             "Arabic-Indic digits, day-first: line 1 1000 m at 18.50, 10/1/2027 (as ordered); line 2 600 m at 25.50 (was 24.00) on 2027-01-17.")
    return [p], m, e


@case("batting-bd-receipt-pi-later", "bn-BD", "needs_review",
      "Bengali receipt: PO received, merchandising team will send a proforma invoice within two working days.")
def _():
    p = po("4500232850", "SONARTEX", "Sonar Bangla Fibre Ltd.", "merchandising@sonarbanglafibre.example", "bn-BD", "USD", "2026-11-16", [
        ("QB-POL-100", "Polyester batting 100 g/m2, 200 cm", 3000, "M", "0.92", "2027-02-10"),
        ("QB-POL-250", "Polyester batting 250 g/m2, 200 cm", 1500, "M", "1.78", "2027-02-10"),
    ], buyer=2)
    body = """প্রিয় প্রিয়া মেনন,

আপনার পারচেজ অর্ডার নং 4500232850 আমরা পেয়েছি, ধন্যবাদ।
আমাদের মার্চেন্ডাইজিং টিম অর্ডারটি পর্যালোচনা করে দুই কার্যদিবসের মধ্যে প্রোফর্মা ইনভয়েস (PI) ও ডেলিভারির তারিখ পাঠাবে।

ধন্যবাদান্তে,
মো. রফিকুল ইসলাম
সিনিয়র মার্চেন্ডাইজার
Sonar Bangla Fibre Ltd., Gazipur
+880 1711 234567"""
    m = reply(p, ("Md. Rafiqul Islam", "rafiq@sonarbanglafibre.example"), "2026-11-17 16:10 +0600",
              text(body + quote_gmail(p)), prefix="Re: ")
    return [p], m, other("needs_review", "Only a receipt; PI and delivery date to follow. No commitment on quantity, price or date.")


@case("extvalve-za-csv-split", "af-ZA", "confirmation",
      "Afrikaans mail with a semicolon CSV export (decimal commas, yyyy/mm/dd) where line 3 appears twice as a split delivery.")
def _():
    p = po("4500232880", "BRANDKR", "Brandkraan Vervaardigers (Edms) Bpk", "bestellings@brandkraan.example", "af-ZA", "ZAR", "2026-11-16", [
        ("FV-DCP-9", "DCP extinguisher valve 9 kg, chrome", 200, "EA", "148.00", "2027-01-12"),
        ("FV-CO2-5", "CO2 extinguisher valve 5 kg with horn", 60, "EA", "395.00", "2027-01-12"),
        ("FV-GAUGE-14", "Pressure gauge 14 bar, 27 mm", 200, "EA", "36.50", "2027-01-12"),
    ])
    csv = ("Bestelling;Lyn;Item;Beskrywing;Hoeveelheid;Eenheidsprys;Afleweringsdatum\r\n"
           "4500232880;1;FV-DCP-9;DCP klep 9 kg chroom;200;148,00;2027/01/12\r\n"
           "4500232880;2;FV-CO2-5;CO2 klep 5 kg met horing;60;395,00;2027/01/12\r\n"
           "4500232880;3;FV-GAUGE-14;Drukmeter 14 bar 27 mm;120;36,50;2027/01/12\r\n"
           "4500232880;3;FV-GAUGE-14;Drukmeter 14 bar 27 mm;80;36,50;2027/02/09\r\n")
    body = """Goeie middag Dana

Aangeheg is ons bestellingsbevestiging vir PO 4500232880 (CSV uit ons stelsel).
Let asseblief op lyn 3: die drukmeters is tans uit voorraad; ons kan 120 op 12 Januarie lewer en die res (80) teen 9 Februarie.

Groete
Pieter van der Merwe
Verkope | Brandkraan Vervaardigers (Edms) Bpk | Epping, Kaapstad
Tel 021 555 0123 | Reg. 1998/012345/07 | BTW 4123456789"""
    m = reply(p, ("Pieter van der Merwe", "pieter@brandkraan.example"), "2026-11-18 14:30 +0200",
              mixed(text(body + quote_outlook(p)), attachment("OC_4500232880.csv", "text/csv", csv.encode())),
              prefix="RE: ")
    e = conf([answer(p, {1: acc(), 2: acc(), 3: chg(sched=[(120, "2027-01-12"), (80, "2027-02-09")])})],
             "CSV dates are yyyy/mm/dd, prices with decimal comma. Lines 1-2 as ordered; line 3 split 120 on 2027-01-12 and 80 on 2027-02-09.")
    return [p], m, e


@case("mosaic-ca-setmana-split", "ca-ES", "confirmation",
      "Catalan reply using 'setmana 51' and 'setmana 4 de 2027' (week numbers without a day) for a split line.")
def _():
    p = po("4500232911", "RAJOLA", "Rajoles Hidràuliques del Vallès SL", "comandes@rajolesvalles.example", "ca-ES", "EUR", "2026-11-17", [
        ("MT-HID-20", "Hydraulic cement tile 20x20 cm, pattern G-14", 600, "PC", "3.40", "2027-01-22"),
        ("MT-HID-BORD", "Hydraulic border tile 20x10 cm", 150, "PC", "2.10", "2027-01-22"),
    ], buyer=3)
    body = """Bon dia Marco,

Us confirmem la comanda 4500232911:

Línia 1: de les 600 peces, en servirem la meitat (300) la setmana 51 i les altres 300 la setmana 4 de 2027, al preu de 3,40 € la peça.
Línia 2: 150 peces a 2,10 €, setmana 3 de 2027.

Salutacions cordials,
Montse Puig i Ferrer
Rajoles Hidràuliques del Vallès SL - Polígon Can Roqueta, 08202 Sabadell
NIF B-61234567 - Tel. 93 712 34 56"""
    m = reply(p, ("Montse Puig", "mpuig@rajolesvalles.example"), "2026-11-18 09:00 +0100",
              text(body + quote_gmail(p), "iso-8859-15"), prefix="Re: ", charset="iso-8859-15")
    e = conf([answer(p, {1: chg(sched=[(300, kw(2026, 51)), (300, kw(2027, 4))]), 2: acc()})],
             "Week numbers without a day mean Friday: setmana 51 = 2026-12-18, setmana 4/2027 = 2027-01-29 (later than requested), "
             "setmana 3/2027 = 2027-01-22 = requested, so line 2 is accepted.")
    return [p], m, e


@case("saddlepad-eu-bilingual", "eu-ES", "confirmation",
      "Basque/Spanish bilingual reply (the same content twice); line 1 moved a week later, line 2 as ordered.")
def _():
    p = po("4500232944", "ZALDI", "Zaldi Larrugintza S.Koop.", "eskaerak@zaldi.example", "eu-ES", "EUR", "2026-11-17", [
        ("SP-WST-NAT", "Western saddle pad, natural felt, 32x32 in", 15, "EA", "58.00", "2027-01-08"),
        ("SP-LNR-FLC", "Saddle pad liner, fleece", 15, "EA", "19.00", "2027-01-08"),
    ])
    body = """Kaixo Dana,

Eskerrik asko zure eskaeragatik. 4500232944 eskaera baieztatzen dugu:
- Western zela-azpikoak: 15 unitate, 58,00 €/unitate. Entrega: 2027ko urtarrilaren 15ean.
- Forroak: 15 unitate, 19,00 €/unitate, stockean, urtarrilaren 8an.

---
Hola Dana,

Gracias por tu pedido. Confirmamos el pedido 4500232944:
- Mantillas western: 15 unidades a 58,00 €/ud. Entrega: 15 de enero de 2027.
- Forros: 15 unidades a 19,00 €/ud., en stock, el 8 de enero.

Agur bero bat / Un saludo,
Iñaki Etxeberria
Zaldi Larrugintza S.Koop. - Azpeitia (Gipuzkoa) - IFK/CIF F-20123456"""
    m = reply(p, ("Iñaki Etxeberria", "inaki@zaldi.example"), "2026-11-18 16:45 +0100",
              text(body + quote_gmail(p), "iso-8859-15"), prefix="Re: ", charset="iso-8859-15")
    e = conf([answer(p, {1: chg(d="2027-01-15"), 2: acc()})],
             "Both language versions agree: line 1 delivered 2027-01-15 (PO 2027-01-08); line 2 on 8 January (no year -> 2027-01-08) as ordered.")
    return [p], m, e


@case("marbles-mt-price-increase-letter", "mt-MT", "unrelated",
      "Maltese supplier's general 6% price-increase circular from 1 Jan 2027 with PDF, not referring to our open PO.")
def _():
    p = po("4500232977", "MALGLASS", "Malta Glass Marbles Ltd", "sales@maltaglassmarbles.example", "mt-MT", "EUR", "2026-11-17", [
        ("GM-16-BLU", "Glass marbles 16 mm, Mediterranean blue", 150, "KG", "5.20", "2027-01-14"),
    ])
    body = """Għażiż klijent / Dear Valued Customer,

Please be informed that due to increased energy and raw-material costs, Malta Glass Marbles Ltd will apply a 6% price increase on all products with effect from 1st January 2027. Our updated price list is attached.

Orders confirmed by us before 31st December 2026 will be honoured at current prices.

Grazzi ħafna għall-fiduċja tagħkom / Thank you for your continued trust.

Joseph Camilleri
Managing Director
Malta Glass Marbles Ltd, Ta' Qali Crafts Village, Attard ATD 4000
VAT MT 1234-5678 | Tel +356 2141 1234"""
    pl = ["MALTA GLASS MARBLES LTD - PRICE LIST 2027 (valid from 01/01/2027)",
          "GM-16-BLU  Glass marbles 16 mm Mediterranean blue   EUR 5.51 / kg",
          "GM-16-CLR  Glass marbles 16 mm clear                EUR 4.45 / kg",
          "GM-25-MIX  Shooter 25 mm mixed                      EUR 6.90 / kg"]
    m = reply(p, ("Joseph Camilleri", "joseph@maltaglassmarbles.example"), "2026-11-19 10:00 +0100",
              mixed(text(body), attachment("Price_List_2027.pdf", "application/pdf", pdf(pl, "Price List 2027"))),
              subject="Price adjustment 2027 / Aġġustament tal-prezzijiet 2027", thread=False,
              to=("Customers", "undisclosed-recipients@maltaglassmarbles.example"))
    return [p], m, other("unrelated", "Circular price-increase letter to all customers; it does not answer PO 4500232977 and does not change its confirmed prices.")


@case("umbrellarib-al-partial-tomorrow", "sq-AL", "confirmation",
      "Albanian partial confirmation: line 1 confirmed, line 2 waits for the fibre supplier ('do t'ju konfirmojmë nesër').")
def _():
    p = po("4500233010", "CADRA", "Çadra Durrës Sh.p.k.", "shitje@cadradurres.example", "sq-AL", "EUR", "2026-11-17", [
        ("UR-WD-HDL", "Wooden umbrella handle, J-shape", 2000, "PC", "0.95", "2027-01-25"),
        ("UR-FG-65", "Fibreglass umbrella rib 65 cm", 16000, "PC", "0.14", "2027-01-25"),
    ])
    body = """Përshëndetje Dana,

Ju konfirmojmë rreshtin 1: 2 000 copë me 0,95 EUR/copë, dorëzimi më 25.01.2027.
Për rreshtin 2 po presim konfirmimin nga furnitori ynë i fibrave; do t'ju konfirmojmë nesër.

Me respekt,
Arben Hoxha
Çadra Durrës Sh.p.k. | NIPT L12345678A | Tel. +355 52 123 456"""
    m = reply(p, ("Arben Hoxha", "arben.hoxha@cadradurres.example"), "2026-11-19 12:12 +0100",
              text(body + quote_gmail(p)), prefix="Re: ")
    e = conf([answer(p, {1: acc(), 2: unc()})],
             "Line 1 confirmed exactly as ordered; line 2 explicitly pending (answer tomorrow) -> unconfirmed.")
    return [p], m, e


@case("kilnshelf-mk-holding", "mk-MK", "needs_review",
      "Macedonian Cyrillic holding reply: order received, confirmation promised by Friday.")
def _():
    p = po("4500233044", "OGNOTPOR", "Ognootporni Ploci DOOEL", "prodazba@ognootporni.example", "mk-MK", "EUR", "2026-11-17", [
        ("KS-SIC-4535", "SiC kiln shelf 450 x 350 x 10 mm", 24, "EA", "41.00", "2027-01-19"),
    ])
    body = """Почитувана Дана,

Ја примивме Вашата нарачка 4500233044. Моментално ја проверуваме зафатеноста на печката и ќе Ви одговориме со потврда (количини и рок на испорака) најдоцна до петок, 20.11.

Со почит,
Горан Стојановски
Огноотпорни Плочи ДООЕЛ, Велес
ЕДБ 4012345678901, тел. +389 43 123 456"""
    m = reply(p, ("Горан Стојановски", "goran@ognootporni.example"), "2026-11-18 14:20 +0100",
              text(body + quote_gmail(p), "windows-1251", "quoted-printable"), prefix="RE: ", charset="windows-1251")
    return [p], m, other("needs_review", "Receipt with a promise to confirm by Friday; nothing committed.")


@case("tuningfork-ge-georgian", "ka-GE", "confirmation",
      "Georgian-script reply confirming both lines exactly, prices in lari with decimal commas.")
def _():
    p = po("4500233077", "BGERA", "Bgera LLC", "orders@bgera.example", "ka-GE", "GEL", "2026-11-18", [
        ("TF-A440-ST", "Tuning fork A440, steel", 50, "EA", "22.00", "2026-12-22"),
        ("TF-C256-AL", "Tuning fork C256, aluminium", 30, "EA", "18.50", "2026-12-22"),
    ])
    body = """გამარჯობა დანა,

გმადლობთ შეკვეთისთვის. ვადასტურებთ შეკვეთას 4500233077:
1. A440 კამერტონი, ფოლადი - 50 ცალი, ფასი 22,00 ლარი, მიწოდება 22.12.2026
2. C256 კამერტონი, ალუმინი - 30 ცალი, ფასი 18,50 ლარი, მიწოდება 22.12.2026

პატივისცემით,
ნინო ბერიძე
შპს ბგერა, თბილისი
ტელ: +995 32 2 123 456 | ს/ნ 405123456"""
    m = reply(p, ("ნინო ბერიძე", "nino@bgera.example"), "2026-11-19 11:11 +0400",
              text(body + quote_gmail(p), cte="base64"), prefix="Re: ")
    e = conf([answer(p, {1: acc(), 2: acc()})], "Both lines confirmed at PO quantity, price and date 22.12.2026.")
    return [p], m, e


@case("vinyl-am-stock-250", "hy-AM", "confirmation",
      "Armenian reply with Armenian punctuation (։) confirming only the 250 LPs in stock on line 1.")
def _():
    p = po("4500233100", "ERGARAN", "Ergaran Records LLC", "sales@ergaran.example", "hy-AM", "USD", "2026-11-18", [
        ("VR-LP-DUD", "Vinyl LP reissue 'Duduk Classics', 180 g", 300, "PC", "14.20", "2027-02-05"),
        ("VR-LP-JAZ", "Vinyl LP 'Yerevan Jazz 1968', 140 g", 200, "PC", "12.80", "2027-02-05"),
    ])
    body = """Բարև Ձեզ, Դանա։

Հաստատում ենք Ձեր պատվերը 4500233100։
1. «Duduk Classics» - պահեստում կա միայն 250 հատ, հետևաբար հաստատում ենք 250 հատ՝ 14,20 USD գնով, առաքում՝ 05.02.2027։
2. «Yerevan Jazz 1968» - 200 հատ, 12,80 USD, առաքում՝ 05.02.2027։

Հարգանքով՝
Արամ Սարգսյան
Երգարան Ռեքորդս ՍՊԸ, Երևան
Հեռ.՝ +374 10 123456"""
    m = reply(p, ("Արամ Սարգսյան", "aram@ergaran.example"), "2026-11-20 10:40 +0400",
              alt(text(body), html(html_doc(to_html(body)))), prefix="Re: ")
    e = conf([answer(p, {1: chg(q=250), 2: acc()})],
             "Line 1 only 250 of 300 (stock), price and date unchanged; line 2 as ordered.")
    return [p], m, e


@case("rung-kz-exim-plainbounce", "kk-KZ", "bounce",
      "Exim plain-text bounce (not multipart/report) with a bilingual 'mailbox disabled' SMTP error, original request appended.")
def _():
    p = po("4500233133", "BASPALDAQ", "Baspaldaq TOO", "tapsyrys@baspaldaq.example", "kk-KZ", "USD", "2026-11-18", [
        ("LR-AL-25R", "Aluminium round rung 25 mm, 350 mm", 1200, "EA", "1.95", "2027-01-29"),
    ])
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  tapsyrys@baspaldaq.example\n"
            "    host mx.baspaldaq.example [198.51.100.7]\n"
            "    SMTP error from remote mail server after RCPT TO:<tapsyrys@baspaldaq.example>:\n"
            "    550 5.2.1 Mailbox is disabled / Почтовый ящик отключен\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <dana.ruiz@buyer.example>\n" + original_request(p))
    h = [("Return-Path", "<>"), ("From", "Mail Delivery System <Mailer-Daemon@mail.buyer.example>"),
         ("To", p["buyer"]["email"]), ("Subject", "Mail delivery failed: returning message to sender"),
         ("Date", "Wed, 18 Nov 2026 10:02:41 +0100"), ("Message-ID", "<E1vKq7b-0004Zt-9R@mail.buyer.example>"),
         ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "tapsyrys@baspaldaq.example"), ("MIME-Version", "1.0")]
    m = message(h, text(body, cte="8bit"))
    return [p], m, other("bounce", "Exim permanent delivery failure for the supplier address.")
