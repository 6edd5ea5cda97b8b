"""Cases 037-054: confirmations in further scripts/charsets, then replies that commit to nothing."""
from .common import A, R, U, PO, D, case, conf, exp_conf, exp_kind
from .mime import attach, reply_mail
from .pdf import make_pdf


@case("violin-vi-prices", "confirmation/vi-VN",
      "Vietnamese reply with decimal-comma USD prices ('33,50 USD') and dd/mm/yyyy dates; one price and one date change.")
def c37(c):
    sup = ("VIETCASE", "Viet Case Co., Ltd.", "kinhdoanh@vietcase.example", "vi-VN")
    po = PO("4500381277", sup, "USD", "2026-11-04", [
        ("VN-VC-44", "Violin case 4/4 foam, oblong, hygrometer", 60, "EA", "45.50", "2026-12-18"),
        ("VN-VC-12", "Violin case 1/2 foam, shaped", 40, "EA", "32.00", "2026-12-18"),
        ("VN-VC-COV", "Waterproof cover for 4/4 case, 600D", 60, "EA", "6.80", "2026-12-18"),
    ], buyer="ka")
    reply = ("Kính gửi chị Keiko,\n\nCảm ơn chị đã gửi đơn hàng 4500381277. Chúng tôi xác nhận như sau:\n\n"
             "- Dòng 1: 60 hộp đàn 4/4, đơn giá 45,50 USD, giao hàng ngày 18/12/2026.\n"
             "- Dòng 2: 40 hộp đàn 1/2, đơn giá 33,50 USD, giao hàng ngày 18/12/2026.\n"
             "- Dòng 3: 60 áo trùm chống nước, đơn giá 6,80 USD, giao hàng ngày 08/01/2027.\n\n"
             "Giá dòng 2 tăng do chi phí vải bọc mới.\n\n"
             "Trân trọng,\nNguyễn Thị Mai\nPhòng Kinh doanh - Viet Case Co., Ltd.\n"
             "Lô C5, KCN Tân Bình, TP. Hồ Chí Minh\nĐT: +84 28 5555 6721\n")
    eml = reply_mail(c, po, frm=("Nguyễn Thị Mai", "mai.nguyen@vietcase.example"),
                     date=D(2026, 11, 16, 9, 15, 48, "+0700"), reply=reply, client="gmail", lang="vi", charset="UTF-8",
                     quote_style="Vào Th 4, {d.day} thg 11, {d.year} vào lúc {hh}:{mm:02d} {name} <{mail}> đã viết:")
    return [po], eml, exp_conf("Decimal comma USD: 33,50 = 33.50 (line 2 changed); covers on 08/01/2027 (day-first); line 1 as ordered.",
                               conf(po, {1: A, 2: (None, "33.50", None), 3: (None, None, "2027-01-08")}))


@case("tea-id-rupiah", "confirmation/id-ID",
      "Indonesian reply with dot-thousands Rupiah prices ('Rp 31.000/kotak') and a PO total that must not be read as a price.")
def c38(c):
    sup = ("TEHNUSA", "PT Teh Nusantara Abadi", "penjualan@tehnusantara.example", "id-ID")
    po = PO("4500381099", sup, "IDR", "2026-11-03", [
        ("TN-JAS-25", "Jasmine tea bags 2 g, box of 25", 1000, "BOX", "18500.00", "2026-12-11"),
        ("TN-BLK-50", "Black tea bags 2 g, box of 50", 500, "BOX", "29750.00", "2026-12-11"),
        ("TN-DSP-12", "Counter display carton for 12 boxes", 100, "EA", "12000.00", "2026-12-11"),
    ], buyer="hl")
    reply = ("Yth. Ibu Hanna,\n\nTerima kasih atas PO 4500381099. Dengan ini kami konfirmasi:\n\n"
             "1. Teh melati celup (isi 25) - 1.000 kotak - Rp 18.500/kotak - pengiriman 11 Desember 2026\n"
             "2. Teh hitam celup (isi 50) - 500 kotak - Rp 31.000/kotak - pengiriman 11 Desember 2026\n"
             "3. Display karton - 100 pcs - Rp 12.000/pcs - pengiriman 18 Desember 2026\n\n"
             "Total nilai PO setelah penyesuaian: Rp 35.200.000 (belum termasuk PPN 11%).\n\n"
             "Salam,\nDewi Lestari\nSales Export\nPT Teh Nusantara Abadi\nJl. Raya Puncak Km. 87, Bogor 16750\nTelp. +62 251 555 2210\n")
    eml = reply_mail(c, po, frm=("Dewi Lestari", "dewi.lestari@tehnusantara.example"),
                     date=D(2026, 11, 10, 14, 30, 21, "+0700"), reply=reply, client="gmail", lang="id", charset="UTF-8",
                     quote_style="Pada tanggal Sel, {d.day} Nov {d.year} pukul {hh}.{mm:02d} {name} <{mail}> menulis:")
    return [po], eml, exp_conf("Dot as thousands separator: Rp 31.000 = 31000.00 IDR (changed); display cartons 18 Desember 2026; the total Rp 35.200.000 is not a unit price.",
                               conf(po, {1: A, 2: (None, "31000.00", None), 3: (None, None, "2026-12-18")}))


@case("freezer-uk-koi8u", "confirmation/uk-UA",
      "KOI8-U Ukrainian reply confirming 4 of 5 freezers and excluding the fifth (only available in March): a quantity change.")
def c39(c):
    sup = ("KRIOTEKH", "TOV Kriotekh Ukraina", "zamovlennia@kriotekh.example", "uk-UA")
    po = PO("4500381263", sup, "EUR", "2026-11-04", [
        ("KT-FR-25-400", "Laboratory freezer -25 C, 400 L, 2 compartments", 5, "EA", "2380.00", "2026-12-18"),
        ("KT-LOG-USB", "Temperature data logger USB, -90..+50 C", 5, "EA", "145.00", "2026-12-18"),
    ], buyer="ka")
    reply = ("Шановна пані Араї,\n\nдякуємо за замовлення No 4500381263. Підтверджуємо:\n\n"
             "1. Морозильна камера KT-FR-25-400 - 4 шт. (п'яту одиницю зможемо поставити лише в березні, тому її "
             "виключаємо із замовлення), ціна 2 380,00 EUR, дата поставки 18.12.2026.\n"
             "2. Логер температури KT-LOG-USB - 5 шт., ціна 145,00 EUR, дата поставки 18.12.2026.\n\n"
             "З повагою,\nОлена Коваленко\nвідділ продажів\nТОВ \"Кріотех Україна\", вул. Промислова 15, Київ 02094\n"
             "тел. +380 44 555 81 20\n")
    eml = reply_mail(c, po, frm=("Олена Коваленко", "o.kovalenko@kriotekh.example"),
                     date=D(2026, 11, 17, 10, 3, 44, "+0200"), reply=reply, client="tb", lang="uk",
                     charset="koi8-u", cte="8bit",
                     quote_style="{d.day:02d}.{d.month:02d}.{d.year} {hh}:{mm:02d}, {name} пише:")
    return [po], eml, exp_conf("Line 1 confirmed for 4 units only (fifth excluded, not scheduled for March) at unchanged price and date; loggers as ordered.",
                               conf(po, {1: (4, None, None), 2: A}))


@case("mixer-ru-two-batches", "confirmation/ru-RU",
      "KOI8-R Russian reply shipping the rollers in two batches (10 on 04.12.2026, 6 on 22.12.2026): a two-part schedule from ship dates.")
def c40(c):
    sup = ("BETONMASH", "OOO Betonmash Zapchasti", "zakaz@betonmash.example", "ru-RU")
    po = PO("4500381214", sup, "EUR", "2026-11-03", [
        ("BMZ-ROL-200", "Drum support roller 200 mm, with bearing 6310", 16, "EA", "148.00", "2026-12-11"),
        ("BMZ-CHN-32", "Drive chain 32 mm pitch, 5 m", 4, "EA", "390.00", "2026-12-11"),
    ], buyer="mb")
    reply = ("Уважаемый Марко,\n\nподтверждаем заказ 4500381214:\n\n"
             "- Поз. 1, ролик опорный 200 мм: 16 шт. по 148,00 EUR. Отгрузка двумя партиями: 10 шт. - 04.12.2026, "
             "6 шт. - 22.12.2026.\n"
             "- Поз. 2, цепь приводная шаг 32 мм, 5 м: 4 шт. по 390,00 EUR, отгрузка 11.12.2026.\n\n"
             "С уважением,\nСергей Волков\nменеджер по продажам\nООО \"Бетонмаш Запчасти\", г. Тула, ул. Заводская, д. 7\n"
             "тел. +7 4872 55-41-90\n")
    eml = reply_mail(c, po, frm=("Сергей Волков", "volkov@betonmash.example"),
                     date=D(2026, 11, 11, 12, 20, 5, "+0300"), reply=reply, client="outlook",
                     charset="koi8-r", lang_tag="ru-RU")
    return [po], eml, exp_conf("Two shipments 10 + 6 = 16 (ship dates only): schedule 2026-12-04 / 2026-12-22, date 2026-12-22; chain as ordered.",
                               conf(po, {1: (16, None, "2026-12-22", [(10, "2026-12-04"), (6, "2026-12-22")]), 2: A}))


@case("hospital-bg-as-ordered", "confirmation/bg-BG",
      "Bulgarian windows-1251 one-paragraph blanket confirmation ('изцяло ... без промени') with a 'г.' year suffix.")
def c41(c):
    sup = ("MEDILEGLO", "Medi Leglo OOD", "prodajbi@medileglo.example", "bg-BG")
    po = PO("4500381722", sup, "EUR", "2026-11-05", [
        ("ML-BED-3F", "Hospital bed 3-function electric, 90x200 cm, 230 kg SWL", 8, "EA", "2140.00", "2026-12-18"),
        ("ML-RAIL-2", "Side rails pair, aluminium, 1.5 m", 8, "PAIR", "165.00", "2026-12-18"),
        ("ML-IVP-4", "IV pole 4-hook, for bed socket", 8, "EA", "38.00", "2026-12-18"),
    ], buyer="ro")
    reply = ("Уважаема г-жо Осей,\n\nПотвърждаваме поръчка № 4500381722 изцяло - количества, цени и срок на доставка "
             "18.12.2026 г. без промени.\n\nПоздрави,\nГеорги Иванов\nТърговски отдел\n"
             "Меди Легло ООД, бул. \"Цар Борис III\" 126, 1618 София\nтел. +359 2 555 3471\n")
    eml = reply_mail(c, po, frm=("Георги Иванов", "g.ivanov@medileglo.example"),
                     date=D(2026, 11, 17, 15, 50, 14, "+0200"), reply=reply, client="outlook",
                     charset="windows-1251", lang_tag="bg-BG")
    return [po], eml, exp_conf("Whole PO confirmed unchanged; 18.12.2026 г. equals every requested date.",
                               conf(po, {1: A, 2: A, 3: A}))


@case("hooks-sr-cyrillic", "confirmation/sr-RS",
      "Serbian Cyrillic reply moving both crane-hook lines to 15.12.2026; RSN 3.2 and M36x3 in the text look like numbers.")
def c42(c):
    sup = ("DIZALICA", "Dizalica Oprema d.o.o.", "prodaja@dizalica-oprema.example", "sr-RS")
    po = PO("4500380966", sup, "EUR", "2026-11-02", [
        ("DO-KUKA-3.2", "Crane hook RSN 3.2, DIN 15401, forged, 6.3 t", 10, "EA", "210.00", "2026-12-11"),
        ("DO-NUT-M36", "Hook nut M36x3, with locking plate", 10, "EA", "18.40", "2026-12-11"),
    ], buyer="tf")
    reply = ("Поштовани господине Ферейра,\n\nпотврђујемо наруџбеницу бр. 4500380966:\n\n"
             "1. Кука RSN 3.2, носивост 6,3 t - 10 ком. - 210,00 EUR - испорука 15.12.2026.\n"
             "2. Навртка M36x3 - 10 ком. - 18,40 EUR - испорука 15.12.2026.\n\n"
             "Срдачан поздрав,\nМилан Јовановић\nДизалица Опрема д.о.о., Булевар ослобођења 88, 21000 Нови Сад\n"
             "тел. +381 21 555 340\n")
    eml = reply_mail(c, po, frm=("Милан Јовановић", "milan.jovanovic@dizalica-oprema.example"),
                     date=D(2026, 11, 9, 13, 45, 59, "+0100"), reply=reply, client="gmail", charset="UTF-8", cte="base64",
                     quote_style="{name} <{mail}> је написао/ла {d.day}. 11. {d.year}. у {hh}:{mm:02d}:")
    return [po], eml, exp_conf("Cyrillic text; both lines 2026-12-15 instead of 2026-12-11, quantities and prices unchanged.",
                               conf(po, {1: (None, None, "2026-12-15"), 2: (None, None, "2026-12-15")}))


@case("blowers-sl-price", "confirmation/sl-SI",
      "Slovenian reply with a date '15. 1. 2027' equal to the request and a higher price for the blower with new IE3 motors.")
def c43(c):
    sup = ("ORGELSKI", "Orgelski Ventilatorji d.o.o.", "prodaja@orgelski-vent.example", "sl-SI")
    po = PO("4500381350", sup, "EUR", "2026-11-04", [
        ("OV-550-S", "Organ blower 0.55 kW, 70 mm WG, for chamber organ", 2, "EA", "3290.00", "2027-01-15"),
        ("OV-HOSE-100", "Wind hose 100 mm, 3 m, flexible", 2, "EA", "74.00", "2027-01-15"),
    ], buyer="hl")
    reply = ("Spoštovana ga. Lindqvist,\n\nhvala za naročilo 4500381350. Potrjujemo obe postavki z dobavo 15. 1. 2027.\n\n"
             "Cena za postavko 1 je zaradi novih motorjev IE3 3.445,00 EUR/kos, postavka 2 ostane 74,00 EUR/kos.\n\n"
             "Lep pozdrav,\nMaja Kranjc\nprodaja\nOrgelski Ventilatorji d.o.o., Obrtna cona 5, 4220 Škofja Loka\n"
             "tel. +386 4 555 62 10\n")
    eml = reply_mail(c, po, frm=("Maja Kranjc", "maja.kranjc@orgelski-vent.example"),
                     date=D(2026, 11, 12, 8, 30, 40, "+0100"), reply=reply, client="tb", lang="sl",
                     charset="iso-8859-2", flowed=True,
                     quote_style="Dne {d.day:02d}. {d.month:02d}. {d.year} ob {hh}:{mm:02d} je {name} napisal(a):")
    return [po], eml, exp_conf("3.445,00 EUR (dot thousands) replaces 3290.00 on line 1; 15. 1. 2027 is the requested date; hose as ordered.",
                               conf(po, {1: (None, "3445.00", None), 2: A}))


@case("forks-lv-gada", "confirmation/lv-LV",
      "Latvian long-form dates '2026. gada 18. decembrī' with inch marks in descriptions; one line later than requested.")
def c44(c):
    sup = ("VELODAKSAS", "SIA Velo Daksas", "pasutijumi@velodaksas.example", "lv-LV")
    po = PO("4500381677", sup, "EUR", "2026-11-05", [
        ("VD-AIR-29", "Air suspension fork 29in, 120 mm, 15x110 thru-axle, 2027 model", 30, "EA", "365.00", "2026-12-11"),
        ("VD-CRN-1.5", "Crown race 1.5 in tapered, 52 mm", 30, "EA", "6.90", "2026-12-11"),
    ], buyer="ro")
    reply = ("Labdien, Ruth!\n\nApstiprinām pasūtījumu Nr. 4500381677:\n\n"
             "1. pozīcija - gaisa amortizatora dakša 29\" - 30 gab., cena 365,00 EUR - piegāde 2026. gada 18. decembrī.\n"
             "2. pozīcija - stūres gultņa gredzens 1,5\" - 30 gab., cena 6,90 EUR - piegāde 2026. gada 11. decembrī.\n\n"
             "Ar cieņu\nJānis Bērziņš\nPārdošanas nodaļa\nSIA Velo Daksas, Rūpniecības iela 32, Rīga, LV-1045\n"
             "Tālr. +371 67 555 410\n")
    eml = reply_mail(c, po, frm=("Jānis Bērziņš", "janis.berzins@velodaksas.example"),
                     date=D(2026, 11, 16, 11, 11, 23, "+0200"), reply=reply, client="outlook",
                     charset="windows-1257", lang_tag="lv-LV")
    return [po], eml, exp_conf("'2026. gada 18. decembrī' = 2026-12-18 for the forks (changed); crown races 11 December as ordered.",
                               conf(po, {1: (None, None, "2026-12-18"), 2: A}))


@case("curtains-et-tarne", "confirmation/et-EE",
      "Estonian ISO-8859-15 list with 'tarne 11.12.2026' for one line; '10x7 m' and '12x1,5 m' sizes in the text.")
def c45(c):
    sup = ("LAVAKARDIN", "OÜ Lavakardin", "tellimus@lavakardin.example", "et-EE")
    po = PO("4500381160", sup, "EUR", "2026-11-03", [
        ("LK-VEL-BL-10", "Stage curtain velour blue, 10x7 m, pleated 50%", 2, "EA", "2780.00", "2026-12-04"),
        ("LK-BORD-12", "Border curtain 12x1.5 m, black", 3, "EA", "410.00", "2026-12-04"),
    ], buyer="mb")
    reply = ("Tere, Marco!\n\nKinnitame tellimuse 4500381160:\n\n"
             "1. Lavakardin velour sinine 10x7 m - 2 tk - 2780,00 EUR/tk - tarne 11.12.2026\n"
             "2. Ülaplaat must 12x1,5 m - 3 tk - 410,00 EUR/tk - tarne 04.12.2026\n\n"
             "Lugupidamisega\nKadri Tamm\nmüügijuht\nOÜ Lavakardin, Peterburi tee 71, 11415 Tallinn\ntel +372 655 5120\n")
    eml = reply_mail(c, po, frm=("Kadri Tamm", "kadri.tamm@lavakardin.example"),
                     date=D(2026, 11, 9, 14, 0, 36, "+0200"), reply=reply, client="tb", lang="et",
                     charset="iso-8859-15", flowed=True,
                     quote_style="{name} kirjutas {d.day:02d}.{d.month:02d}.{d.year} {hh}:{mm:02d}:")
    return [po], eml, exp_conf("Velour curtain one week late (2026-12-11); border as ordered.",
                               conf(po, {1: (None, None, "2026-12-11"), 2: A}))


@case("cocoa-he-partial", "confirmation/he-IL",
      "Hebrew windows-1255 right-to-left reply confirming only 1,500 of 2,000 kg ('זה כל המלאי') a week late; the other line as ordered.")
def c46(c):
    sup = ("KAKAOIL", "Kakao Import Israel Ltd", "orders@kakaoimport.example", "he-IL")
    po = PO("4500381318", sup, "USD", "2026-11-04", [
        ("KI-NIB-RST", "Roasted cocoa nibs, 5 kg bags", 400, "KG", "11.20", "2026-12-15"),
        ("KI-BEAN-ECU", "Cocoa beans Ecuador Arriba, 2026 harvest", 2000, "KG", "6.75", "2026-12-15"),
    ], buyer="tf")
    reply = ("שלום תומאס,\n\nמאשרים את הזמנה 4500381318:\n\n"
             "שורה 1 - ניבס קקאו קלויים - 400 ק\"ג - 11.20 דולר לק\"ג - אספקה 15/12/2026\n"
             "שורה 2 - פולי קקאו אקוודור - 1,500 ק\"ג בלבד (זה כל המלאי) - 6.75 דולר לק\"ג - אספקה 22/12/2026\n\n"
             "בברכה,\nיעל כהן\nמחלקת מכירות\nקקאו אימפורט ישראל בע\"מ, רח' המלאכה 12, חולון\nטל' 03-5558140\n")
    eml = reply_mail(c, po, frm=("יעל כהן", "yael.cohen@kakaoimport.example"),
                     date=D(2026, 11, 15, 10, 40, 2, "+0200"), reply=reply, client="outlook",
                     charset="windows-1255", lang_tag="he-IL")
    return [po], eml, exp_conf("Line 2 limited to the remaining stock 1,500 kg and delivered 22/12/2026; line 1 as ordered.",
                               conf(po, {1: A, 2: (1500, None, "2026-12-22")}))


# ------------------------------------------------------------------ needs_review

@case("substitute-ptbr", "needs_review/pt-BR",
      "Brazilian supplier asks us to approve a substitute tinplate before confirming, although price and date are stated.")
def c47(c):
    sup = ("LATASPET", "Latas Pet Embalagens Ltda.", "vendas@lataspet.example", "pt-BR")
    po = PO("4500381284", sup, "BRL", "2026-11-04", [
        ("LP-LATA-170", "Pet food can 170 g, tinplate, BPA-NI lacquer", 20000, "PCS", "0.92", "2026-12-11"),
        ("LP-TAMPA-65", "Easy-open lid 65 mm, tinplate", 20000, "PCS", "0.31", "2026-12-11"),
    ], buyer="tf")
    reply = ("Olá Tomas, tudo bem?\n\nRecebemos o pedido 4500381284. Antes de confirmarmos, precisamos da sua aprovação "
             "para um material substituto: a folha de flandres 0,18 mm com verniz BPA-NI está em falta com o nosso "
             "fornecedor até fevereiro. Podemos produzir as latas e tampas em folha cromada (TFS) 0,17 mm com o mesmo "
             "verniz, sem alteração de preço (R$ 0,92 e R$ 0,31), com entrega em 11/12/2026.\n\n"
             "Vocês aceitam essa substituição? Assim que recebermos o ok, enviamos a confirmação formal.\n\n"
             "Abraço,\nFernanda Souza\nComercial\nLatas Pet Embalagens Ltda. - Rod. Anhanguera km 104, Campinas/SP\n"
             "Tel. +55 19 5555-3082\n")
    eml = reply_mail(c, po, frm=("Fernanda Souza", "fernanda.souza@lataspet.example"),
                     date=D(2026, 11, 11, 9, 50, 27, "-0300"), reply=reply, client="gmail", lang="pt", charset="UTF-8",
                     quote_style="Em qua., {d.day} de nov. de {d.year} às {hh}:{mm:02d}, {name} <{mail}> escreveu:")
    return [po], eml, exp_kind("needs_review", "Offer conditional on our approval of a substitute material (TFS instead of tinplate); 'enviamos a confirmação formal' only after our ok.")


@case("nextweek-frca", "needs_review/fr-CA",
      "Québec French 'nous vous confirmerons la semaine prochaine' with a hint that the 1 245,00 $ price may change.")
def c48(c):
    sup = ("BACHESLAU", "Bâches Laurentides inc.", "commandes@bacheslaurentides.example", "fr-CA")
    po = PO("4500381740", sup, "CAD", "2026-11-05", [
        ("BL-TARP-53", "Flatbed tarp 53 ft, 18 oz vinyl, 8 ft drop", 8, "EA", "1245.00", "2026-12-11"),
        ("BL-BUNG-9", "Rubber bungee 9 in, 100 pcs", 5, "BOX", "58.00", "2026-12-11"),
    ], buyer="hl")
    reply = ("Bonjour Mme Lindqvist,\n\nMerci pour votre bon de commande 4500381740. Notre fournisseur de vinyle 18 oz "
             "doit nous revenir avec une date de livraison; nous vous confirmerons la semaine prochaine les dates et les "
             "prix pour les deux lignes (le prix de 1 245,00 $ pourrait être ajusté).\n\n"
             "Bonne journée,\nMarc-André Tremblay\nDirecteur des ventes\nBâches Laurentides inc.\n"
             "2150, boul. Industriel, Saint-Jérôme (Québec) J7Y 4N3\n450 555-0192\n")
    eml = reply_mail(c, po, frm=("Marc-André Tremblay", "ma.tremblay@bacheslaurentides.example"),
                     date=D(2026, 11, 13, 15, 20, 3, "-0500"), reply=reply, client="apple", lang="fr",
                     charset="iso-8859-1", subject="Re: Order acknowledgment request - PO 4500381740",
                     quote_style="Le {d.day} nov. {d.year} à {hh}:{mm:02d}, {name} <{mail}> a écrit :")
    return [po], eml, exp_kind("needs_review", "Promise to confirm next week; no line is committed and the quoted price may still change.")


@case("prepayment-condition-eses", "needs_review/es-ES",
      "Spanish reply that can meet the requested date and prices only 'siempre que acepten un anticipo del 50 %': a conditional offer.")
def c49(c):
    sup = ("MAQUINOR", "Maquinaria Naval del Norte S.L.", "pedidos@maquinor.example", "es-ES")
    po = PO("4500381058", sup, "EUR", "2026-11-03", [
        ("MN-CAP-6T", "Hydraulic capstan winch 6 t, for 24 m trawler", 1, "EA", "27400.00", "2027-01-22"),
        ("MN-VAL-3/4", "Control valve block 3/4 in, 210 bar", 1, "EA", "1890.00", "2027-01-22"),
    ], buyer="tf")
    reply = ("Estimado Sr. Ferreira:\n\nHemos recibido su pedido 4500381058. Podemos servirlo en la fecha solicitada, "
             "22/01/2027, y a los precios indicados, siempre que acepten un anticipo del 50 % (14.645,00 €) a la firma "
             "del pedido, ya que es su primer pedido con nosotros. Si están de acuerdo, les enviaremos la proforma y la "
             "confirmación en firme.\n\nQuedamos a la espera de su respuesta.\n\n"
             "Un saludo,\nIñaki Etxeberria\nDpto. Comercial\nMaquinaria Naval del Norte S.L.\n"
             "Polígono Industrial Landabaso, 14 - 48370 Bermeo (Bizkaia)\nTel. +34 946 555 218\n")
    eml = reply_mail(c, po, frm=("Iñaki Etxeberria", "inaki@maquinor.example"),
                     date=D(2026, 11, 12, 12, 5, 42, "+0100"), reply=reply, client="outlook", lang="es",
                     charset="iso-8859-15", lang_tag="es-ES")
    return [po], eml, exp_kind("needs_review", "Date and prices would match, but only if we accept 50 % prepayment; firm confirmation promised after our answer.")


@case("drawing-question-enin", "needs_review/en-IN",
      "Indian English query on a drawing/DIN thread conflict and TPI charges, with a 'tentatively by 3rd week of December' non-commitment.")
def c50(c):
    sup = ("BHARATHOOK", "Bharat Forge Hooks Pvt. Ltd.", "sales@bharathooks.example", "en-IN")
    po = PO("4500380962", sup, "INR", "2026-11-02", [
        ("BH-RSN-5", "Crane hook RSN 5, DIN 15401, drawing MSG-D-2231 rev C", 12, "EA", "18750.00", "2026-12-18"),
        ("BH-RSN-8", "Crane hook RSN 8, DIN 15401, drawing MSG-D-2232 rev B", 6, "EA", "27400.00", "2026-12-18"),
    ], buyer="mb")
    reply = ("Dear Sir,\n\nGreetings from Bharat Forge Hooks!\n\nWe are in receipt of your PO no. 4500380962 dated "
             "02-11-2026. Kindly clarify the following before we can release the order to the forge shop:\n\n"
             "1. Drawing MSG-D-2231 rev C shows a shank thread M64x4 but DIN 15401 RSN 5 specifies M56x4. Which one is to be followed?\n"
             "2. Is third-party inspection (TPI) by Lloyd's required? If so, charges of Rs. 12,500 per lot will apply.\n\n"
             "Once clarified we shall confirm delivery, tentatively by 3rd week of December.\n\n"
             "Thanking you,\nYours faithfully,\nS. Venkatesh\nManager - Sales\nBharat Forge Hooks Pvt. Ltd.\n"
             "Plot 41, MIDC Bhosari, Pune 411026\nPh: +91 20 5555 7734\n")
    eml = reply_mail(c, po, frm=("S. Venkatesh", "venkatesh.s@bharathooks.example"),
                     date=D(2026, 11, 10, 11, 40, 18, "+0530"), reply=reply, client="outlook", charset="us-ascii",
                     lang_tag="en-IN")
    return [po], eml, exp_kind("needs_review", "Technical questions must be answered first; 'tentatively by 3rd week of December' is not a commitment and Rs. 12,500 is an inspection charge.")


@case("contradictory-pdf-deat", "needs_review/de-AT",
      "Austrian body confirms 'vollständig zum Liefertermin 11.12.2026' but the attached AB says 15.01.2027 and a different price.")
def c51(c):
    sup = ("SKIBRILLEN", "Tiroler Skibrillen GmbH", "verkauf@tiroler-skibrillen.example", "de-AT")
    po = PO("4500381260", sup, "EUR", "2026-11-04", [
        ("TS-GOG-MAG", "Ski goggle magnetic lens, cat. 2+3, 2027 collection", 120, "PCS", "48.00", "2026-12-11"),
        ("TS-GOG-KID", "Kids ski goggle cat. 3, 3-7 years", 60, "PCS", "17.50", "2026-12-11"),
    ], buyer="hl")
    pdf = make_pdf([[
        "#TIROLER SKIBRILLEN GMBH",
        "Innstrasse 18, 6020 Innsbruck   UID ATU 58120447   Tel. +43 512 555 380",
        "",
        "#AUFTRAGSBESTAETIGUNG AB-26-3391",
        "Datum: 11.11.2026     Ihre Bestellung: 4500381260 vom 04.11.2026",
        "",
        "Pos  Artikel      Bezeichnung                       Menge  ME   Preis EUR   Liefertermin",
        "1    TS-GOG-MAG   Skibrille Magnet cat. 2+3           120  Stk      49,50   15.01.2027",
        "2    TS-GOG-KID   Kinderskibrille cat. 3               60  Stk      17,50   15.01.2027",
        "",
        "Zahlung: 30 Tage netto. Lieferung frei Haus.",
    ]], title="Auftragsbestaetigung AB-26-3391", date="20261111101500+01'00'", compress=True, producer="BMD NTCS")
    reply = ("Sehr geehrte Frau Lindqvist,\n\nwir bestätigen Ihren Auftrag 4500381260 vollständig zum Liefertermin "
             "11.12.2026, siehe beiliegende Auftragsbestätigung.\n\nMit freundlichen Grüßen\n\nLukas Hofer\nVerkauf Innendienst\n"
             "Tiroler Skibrillen GmbH | Innstraße 18 | 6020 Innsbruck | Tel. +43 512 555 380\n")
    eml = reply_mail(c, po, frm=("Lukas Hofer", "l.hofer@tiroler-skibrillen.example"),
                     date=D(2026, 11, 11, 10, 22, 9, "+0100"), reply=reply, client="outlook", lang="de",
                     charset="iso-8859-15", lang_tag="de-AT", subject="AW: Order acknowledgment request - PO 4500381260",
                     attachments=[attach(pdf, "application/pdf", "AB-26-3391.pdf")])
    return [po], eml, exp_kind("needs_review", "Body (11.12.2026, as ordered) and attached AB (15.01.2027, 49,50 EUR) contradict each other; a human must ask which is valid.")


@case("price-query-msmy", "needs_review/ms-MY",
      "Malay reply says the PO price for item 2 differs from their quotation and asks us to re-check; the only prices are in our quoted table.")
def c52(c):
    sup = ("PASUORKID", "Pasu Orkid Sdn. Bhd.", "jualan@pasuorkid.example", "ms-MY")
    po = PO("4500381733", sup, "MYR", "2026-11-05", [
        ("PO-CLAY-14", "Clay orchid pot with side slots, 14 cm", 1500, "PCS", "4.20", "2026-12-18"),
        ("PO-CLAY-18", "Clay orchid pot with side slots, 18 cm", 800, "PCS", "6.10", "2026-12-18"),
    ], buyer="ka")
    reply = ("Salam sejahtera Cik Keiko,\n\nTerima kasih atas PO 4500381733. Untuk item 2, harga dalam PO tidak sama "
             "dengan sebut harga kami. Boleh Cik semak semula? Kuantiti dan tarikh kami boleh ikut, cuma harga perlu "
             "dibetulkan dulu sebelum kami sahkan PO ini.\n\nTerima kasih,\nNur Aisyah binti Rahman\nEksekutif Jualan\n"
             "Pasu Orkid Sdn. Bhd., Lot 12, Jalan Perusahaan 3, 34600 Kamunting, Perak\nTel: +60 5 555 8120\n")
    eml = reply_mail(c, po, frm=("Nur Aisyah binti Rahman", "aisyah@pasuorkid.example"),
                     date=D(2026, 11, 16, 16, 5, 50, "+0800"), reply=reply, client="gmail", lang="ms", charset="UTF-8",
                     quote_style="Pada Kha, {d.day} Nov {d.year} pada {hh}:{mm:02d}, {name} <{mail}> menulis:")
    return [po], eml, exp_kind("needs_review", "Supplier disputes the item 2 price without stating its own; every number is in our quoted request, and confirmation waits for our correction.")


@case("vague-christmas-it", "needs_review/it-IT",
      "Italian mobile reply 'faremo il possibile per consegnare prima di Natale' - a best-effort hope, not a date.")
def c53(c):
    sup = ("LUCESICURA", "Luce Sicura S.r.l.", "vendite@lucesicura.example", "it-IT")
    po = PO("4500381241", sup, "EUR", "2026-11-04", [
        ("LS-EX-SA-3H", "LED exit sign self-contained 3 h, IP65, 230V", 90, "EA", "64.00", "2026-12-11"),
        ("LS-PIT-UP", "Pictogram film arrow up, 200x100 mm", 90, "PCS", "2.10", "2026-12-11"),
    ], buyer="mb")
    reply = ("Buongiorno Marco,\n\nabbiamo ricevuto l'ordine, grazie. Le lampade di emergenza sono in produzione ma siamo "
             "un po' indietro con le batterie: faremo il possibile per consegnare prima di Natale, comunque ti aggiorno "
             "appena ho notizie più precise.\n\nCiao\nGiulia\n\nInviato da iPhone\n")
    eml = reply_mail(c, po, frm=("Giulia Ferri", "g.ferri@lucesicura.example"),
                     date=D(2026, 11, 13, 18, 40, 31, "+0100"), reply=reply, client="iphone", lang="it",
                     charset="utf-8", html=False, subject="Re: Order acknowledgment request - PO 4500381241",
                     quote_style="Il giorno {d.day} nov {d.year}, alle ore {hh}:{mm:02d}, {name} <{mail}> ha scritto:")
    return [po], eml, exp_kind("needs_review", "'Before Christmas' as a best effort with an update promised: no committed date, quantity or price.")


@case("carton-question-dede", "needs_review/de-DE",
      "German question whether to ship 504 or 480 boxes (full outer cartons of 24) instead of 500, with 'KW 50' promised only after our answer.")
def c54(c):
    sup = ("TEEBEUTEL", "Teebeutel Manufaktur Hamburg GmbH", "vertrieb@teebeutel-hh.example", "de-DE")
    po = PO("4500381172", sup, "EUR", "2026-11-03", [
        ("TBM-ROOI-40", "Rooibos tea bags 1.75 g, 40 per box", 500, "BOX", "2.85", "2026-12-11"),
        ("TBM-FRU-40", "Fruit tea bags 2.5 g, 40 per box", 500, "BOX", "2.95", "2026-12-11"),
    ], buyer="hl")
    reply = ("Hallo Frau Lindqvist,\n\nvielen Dank für die Bestellung 4500381172. Eine kurze Rückfrage, bevor wir "
             "bestätigen: Wir verpacken in Umkartons à 24 Schachteln. Können wir statt 500 jeweils 504 Schachteln "
             "(21 Umkartons) liefern? Alternativ 480 Schachteln (20 Umkartons).\n\n"
             "Sobald wir Ihre Rückmeldung haben, erhalten Sie die Auftragsbestätigung mit Liefertermin KW 50.\n\n"
             "Viele Grüße\nJan Petersen\nVertrieb\nTeebeutel Manufaktur Hamburg GmbH · Billstraße 190 · 20539 Hamburg\n"
             "Tel. +49 40 555 728-12\n")
    eml = reply_mail(c, po, frm=("Jan Petersen", "j.petersen@teebeutel-hh.example"),
                     date=D(2026, 11, 10, 15, 15, 27, "+0100"), reply=reply, client="outlook", lang="de",
                     charset="windows-1252", lang_tag="de-DE", subject="AW: Order acknowledgment request - PO 4500381172")
    return [po], eml, exp_kind("needs_review", "A question with two alternative quantities (504 or 480); the confirmation and KW 50 date are promised only after our reply.")
