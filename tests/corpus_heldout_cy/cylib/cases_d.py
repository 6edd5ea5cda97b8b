"""Cases 055-070."""
from .common import *  # noqa: F401,F403
from .common import BUYERS

DANA = BUYERS["dana"]
MAREK = BUYERS["marek"]


@case("januar-date-no-year-is", "confirmation", "is-IS", "Icelandic month names and '15. janúar' without year; second line plainly 'samkvæmt pöntun'")
def c055():
    sup = ("VINDMAEL", "Vindmælar ehf.", "sala@vindmaelar.example", "is-IS")
    po = PO("4500031159", sup, [
        (1, "VM-BIK-70", "Anemometer cup 70 mm, carbon-reinforced", 90, "EA", "12.60", "2026-12-18"),
        (2, "VM-OS-3", "Anemometer rotor shaft", 30, "EA", "8.90", "2026-12-18"),
    ])
    body = """Sæl Dana,

Takk fyrir pöntunina 4500031159.

Lína 1 (vindmælabikarar 70 mm): 90 stk. á 12,60 EUR, en afhending ekki fyrr en 15. janúar vegna jólalokunar hjá framleiðanda.
Lína 2 (öxlar): samkvæmt pöntun, afhending 18. desember.

Kveðja,
Guðrún Sigurðardóttir
Vindmælar ehf. | Höfðabakka 9, 110 Reykjavík | s. 555 1234
"""
    m = mail(("Guðrún Sigurðardóttir", sup[2]), DANA, "RE: Purchase order 4500031159 - please confirm",
             when("2026-11-24 11:00", 0), body, charset="iso-8859-1", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(90, "12.60", "2027-01-15"), 2: A(po, 2)},
               "'15. janúar' without a year is the next 15 January after the 24 Nov 2026 mail = 2027-01-15; line 2 as ordered.")
    return [po], m, exp


@case("taglish-qty-cut-ph", "confirmation", "tl-PH", "Taglish reply cutting one line's quantity ('800 pcs lang kaya namin')")
def c056():
    sup = ("CEBUKYK", "Cebu Paddle Works Inc.", "sales@cebupaddle.example", "tl-PH")
    po = PO("4500031160", sup, [
        (1, "SKG-PP-18", "Kayak skeg 18 cm, polypropylene", 1000, "EA", "4.30", "2027-01-22"),
        (2, "SKG-MNT-18", "Skeg mount plate", 1000, "EA", "1.75", "2027-01-22"),
    ], currency="USD")
    body = """Hi Ma'am Dana,

Good day po! Re PO 4500031160:

Item 1 skeg 18cm - 800 pcs lang po kaya namin by Jan 22, same price USD 4.30. Yung natitirang 200 hindi na po namin ma-supply this season.
Item 2 mount plate - ok po, 1,000 pcs @ USD 1.75, Jan 22.

Salamat po!
Jo-Anne Villanueva
Sales Coordinator, Cebu Paddle Works Inc.
Mandaue City, Cebu | +63 32 000 1122
"""
    m = mail(("Jo-Anne Villanueva", sup[2]), DANA, "RE: Purchase order 4500031160 - please confirm",
             when("2026-11-25 13:40", 8), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(800, "4.30", "2027-01-22"), 2: A(po, 2)},
               "Line 1 confirmed for 800 of 1,000 pieces only (the other 200 are not supplied) at the PO price and date; line 2 as ordered.")
    return [po], m, exp


@case("bengali-digits-bd", "confirmation", "bn-BD", "Bengali reply with Bengali digits and month names, full acceptance")
def c057():
    sup = ("DHAKALOOM", "Dhaka Loom Accessories Ltd.", "sales@dhakaloom.example", "bn-BD")
    po = PO("4500031161", sup, [
        (1, "HDL-FL-300", "Loom heddle, flat steel, 300 mm", 8000, "EA", "0.08", "2027-01-15"),
        (2, "HDL-RP-300", "Loom heddle, repair type, 300 mm", 1000, "EA", "0.12", "2027-01-15"),
    ], currency="USD")
    body = """প্রিয় ডানা রুইজ,

আপনার ক্রয় আদেশ 4500031161 এর জন্য ধন্যবাদ।

আইটেম ১: ফ্ল্যাট স্টিল হেডল ৩০০ মিমি – ৮,০০০ পিস, একক মূল্য ০.০৮ ডলার, ডেলিভারি ১৫ জানুয়ারি ২০২৭।
আইটেম ২: রিপেয়ার হেডল ৩০০ মিমি – ১,০০০ পিস, একক মূল্য ০.১২ ডলার, ডেলিভারি ১৫ জানুয়ারি ২০২৭।

আমরা উপরোক্ত সব কিছু নিশ্চিত করছি।

শুভেচ্ছান্তে,
মোঃ রফিকুল ইসলাম
বিক্রয় বিভাগ, Dhaka Loom Accessories Ltd.
টঙ্গী শিল্প এলাকা, গাজীপুর
"""
    m = mail(("Md. Rafiqul Islam", sup[2]), DANA, "Re: Purchase order 4500031161 - please confirm",
             when("2026-11-22 12:30", 6), body, cte="base64", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: A(po, 2)},
               "Bengali digits restate the PO exactly (৮,০০০ = 8,000; ০.০৮; ১৫ জানুয়ারি ২০২৭), so both lines are accepted.")
    return [po], m, exp


@case("sjis-taper-question-jp", "needs_review", "ja-JP", "Shift_JIS question whether pegs should be pre-reamed to 1:30 taper; price depends on the answer")
def c058():
    sup = ("KISOGAKK", "木曽弦楽器部品株式会社", "order@kiso-gengakki.example", "ja-JP")
    po = PO("4500031162", sup, [
        (1, "PEG-EB-44", "Violin peg, ebony, 4/4, unfitted", 500, "EA", "3.80", "2027-02-05"),
        (2, "PEG-BW-44", "Violin peg, boxwood, 4/4, unfitted", 200, "EA", "3.30", "2027-02-05"),
    ], currency="USD")
    body = """ルイス様

お世話になっております。木曽弦楽器部品の佐藤です。
ご注文番号 4500031162 の件で一点確認させてください。

ペグは「未加工（unfitted）」とのことですが、1:30 テーパーのシャフト加工済み品をご希望でしょうか。
加工済みの場合は単価が USD 0.40 ほど上がり、納期も2週間ほど延びます。

ご回答いただき次第、正式な注文請書をお送りいたします。

佐藤 健
木曽弦楽器部品株式会社 営業課
長野県木曽郡
"""
    m = mail(("佐藤 健", sup[2]), DANA, "Re: Purchase order 4500031162 - please confirm",
             when("2026-11-19 16:05", 9), body, charset="shift_jis", cte="base64", reply_to=rid(po["po_number"]),
             mailer="Microsoft Outlook 16.0")
    exp = other("needs_review", "A clarifying question (fitted or unfitted taper) with a price/date that depends on the answer; the formal confirmation is promised only afterwards.")
    return [po], m, exp


@case("urdu-price-change-pk", "confirmation", "ur-PK", "Urdu with English item names; one price change, dates in dd-mm-yyyy")
def c059():
    sup = ("SIALFEN", "Sialkot Fencing Works (Pvt) Ltd", "sales@sialkotfencing.example", "ur-PK")
    po = PO("4500031163", sup, [
        (1, "SAB-BL-5", "Sabre blade size 5, FIE", 50, "EA", "39.00", "2027-01-29"),
        (2, "FOIL-BL-5NE", "Foil blade size 5, non-electric", 80, "EA", "14.50", "2027-01-29"),
    ], currency="USD")
    body = """محترمہ ڈانا روئز صاحبہ،
السلام علیکم!

آپ کے پرچیز آرڈر نمبر 4500031163 کا شکریہ۔

آئٹم 1 (Sabre blade size 5 FIE): مقدار 50، قیمت USD 39.00، ڈلیوری 29-01-2027 — کنفرم۔
آئٹم 2 (Foil blade non-electric): مقدار 80، اسٹیل مہنگا ہونے کی وجہ سے قیمت USD 15.25 فی عدد، ڈلیوری 29-01-2027۔

والسلام
محمد عمران
سیلز مینیجر، Sialkot Fencing Works (Pvt) Ltd
سیالکوٹ، پاکستان
"""
    m = mail(("Muhammad Imran", sup[2]), DANA, "RE: Purchase order 4500031163 - please confirm",
             when("2026-11-21 10:20", 5), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: C(80, "15.25", "2027-01-29")},
               "Urdu reply: line 1 confirmed as ordered; line 2 at USD 15.25 instead of 14.50, same quantity and date.")
    return [po], m, exp


@case("ooo-amharic-et", "auto_reply", "am-ET", "Amharic + English out-of-office with an Ethiopian-calendar return date")
def c060():
    sup = ("ADDISBEE", "Addis Honey & Hive PLC", "sales@addishive.example", "am-ET")
    po = PO("4500031164", sup, [
        (1, "KFH-FRAME", "Kenya top-bar frame, eucalyptus", 600, "EA", "1.20", "2027-01-29"),
        (2, "LGS-FRAME", "Langstroth frame, eucalyptus", 400, "EA", "1.45", "2027-01-29"),
    ], currency="USD")
    body = """ሰላም፣

ከቢሮ ውጭ ነኝ። እስከ ኅዳር 28 ቀን 2019 ዓ.ም. ድረስ ኢሜይል አላይም።
ለአስቸኳይ ጉዳይ orders@addishive.example ይጻፉ።

I am out of the office until 7 December 2026 and will reply on my return.
For urgent matters please write to orders@addishive.example.

Selamawit Tesfaye
Addis Honey & Hive PLC
"""
    m = mail(("Selamawit Tesfaye", sup[2]), DANA, "Automatic reply: Purchase order 4500031164 - please confirm",
             when("2026-11-17 11:13", 3), body, reply_to=rid(po["po_number"]),
             headers={"Auto-Submitted": "auto-replied"})
    exp = other("auto_reply", "Out-of-office notice; the return date (Ethiopian calendar / 7 December 2026) is not a delivery commitment.")
    return [po], m, exp


@case("week-number-af", "confirmation", "af-ZA", "Afrikaans 'week 2' and 'Dinsdag van week 3' - ISO weeks resolving to Friday and a named weekday")
def c061():
    sup = ("KAROOKWK", "Karoo Kweekhuis Toerusting (Edms) Bpk", "bestellings@karookweekhuis.example", "af-ZA")
    po = PO("4500031165", sup, [
        (1, "VO-HD-30", "Greenhouse vent opener, heavy duty 30 kg", 80, "EA", "33.00", "2027-01-15"),
        (2, "VO-HD-SPR", "Vent opener return spring", 160, "EA", "2.80", "2027-01-15"),
    ], currency="USD")
    body = """Goeiemôre Dana

Dankie vir bestelling 4500031165. Hoeveelhede en pryse soos bestel.
Die oopmakers kan ons in week 2 aflewer; die vere eers Dinsdag van week 3.

Groete
Pieter van der Merwe
Karoo Kweekhuis Toerusting (Edms) Bpk
Oudtshoorn | 044 000 1234
"""
    m = mail(("Pieter van der Merwe", sup[2]), DANA, "RE: Purchase order 4500031165 - please confirm",
             when("2026-11-26 07:50", 2), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: C(160, "2.80", "2027-01-19")},
               "Week 2 (2027, next after the Nov mail) with no day = Friday 2027-01-15 = requested date; 'Dinsdag van week 3' = Tuesday 2027-01-19.")
    return [po], m, exp


@case("gmail-bounce-ge", "bounce", "ka-GE", "Gmail-style 'Address not found' bounce for a Georgian supplier, full original attached")
def c062():
    sup = ("TBILYURT", "Tbilisi Felt Houses LLC", "gayidvebi@tbilisi-felt.example", "ka-GE")
    po = PO("4500031166", sup, [
        (1, "TOONO-16", "Yurt roof ring 1.6 m, oak", 5, "EA", "380.00", "2027-02-12"),
        (2, "UNI-POLE", "Yurt roof pole (uni), 2.2 m", 120, "EA", "9.50", "2027-02-12"),
    ])
    human = """** Address not found **

Your message wasn't delivered to gayidvebi@tbilisi-felt.example because the address couldn't be found, or is unable to receive mail.

The response from the remote server was:
550 5.1.1 The email account that you tried to reach does not exist.
"""
    orig = mail(DANA, ("", sup[2]), "Purchase order 4500031166 - please confirm", when("2026-11-17 09:12", 1),
                "\n".join(po_table(po)), msgid=rid(po["po_number"]))
    m = dsn("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "dana.ruiz@buyer.example",
            "Delivery Status Notification (Failure)", when("2026-11-17 00:12", -8), human, "googlemail.com",
            [("gayidvebi@tbilisi-felt.example", "failed", "5.1.1",
              "550 5.1.1 The email account that you tried to reach does not exist.")],
            original=orig, headers_only=False)
    exp = other("bounce", "Permanent delivery failure; the PO lines appear only in our returned original.")
    return [po], m, exp


@case("positions-10-20-csv-rs", "confirmation", "sr-RS", "Serbian Cyrillic; ERP positions 10/20 map to PO lines 1/2, supplier codes, CSV attachment")
def c063():
    sup = ("BGLABST", "Лабораторијско стакло Београд д.о.о.", "prodaja@labstaklo-bg.example", "sr-RS")
    po = PO("4500031167", sup, [
        (1, "PS-7626-B", "Microscope slide 76x26, cut edges", 6000, "EA", "0.05", "2026-12-18"),
        (2, "PS-7626-M", "Microscope slide 76x26, frosted one side", 2000, "EA", "0.09", "2026-12-18"),
    ])
    body = """Поштована госпођо Руиз,

у прилогу је потврда поруџбине 4500031167 (CSV из нашег система).
Кратко: поз. 10 (наша шифра 11-0761) мења се рок, поз. 20 (наша шифра 11-0762) испоручујемо 2.400 ком. јер се пакује у кутије по 800.

Срдачан поздрав,
Милица Јовановић
Лабораторијско стакло Београд д.о.о.
Булевар ослобођења 99, 11000 Београд
"""
    csv = """Potvrda;PO kupca;Poz;Nasa sifra;Sifra kupca;Kolicina;JM;Cena EUR;Datum isporuke
PT-26-3391;4500031167;10;11-0761;PS-7626-B;6000;kom;0,05;08.01.2027
PT-26-3391;4500031167;20;11-0762;PS-7626-M;2400;kom;0,09;18.12.2026
"""
    m = mail(("Милица Јовановић", sup[2]), DANA, "RE: Purchase order 4500031167 - please confirm",
             when("2026-11-25 09:35", 1), body, charset="windows-1251", reply_to=rid(po["po_number"]),
             attachments=[csv_att(csv, "PT-26-3391.csv", charset="windows-1250")])
    exp = conf(po, {1: C(6000, "0.05", "2027-01-08"), 2: C(2400, "0.09", "2026-12-18")},
               "Positions 10/20 correspond to lines 1/2 (customer codes in the CSV); line 1 moves to 08.01.2027, line 2 rounded up to 3 boxes of 800 = 2,400.")
    return [po], m, exp


@case("price-list-2027-mk", "unrelated", "mk-MK", "Macedonian 2027 price list for the same oarlocks with new prices and validity dates")
def c064():
    sup = ("OHRIDROW", "Охрид Веслање ДООЕЛ", "prodazba@ohrid-veslanje.example", "mk-MK")
    po = PO("4500031168", sup, [
        (1, "VS-UKL-13", "Rowing oarlock 13 mm, composite", 120, "EA", "16.90", "2027-01-22"),
        (2, "VS-PIN-13", "Oarlock pin 13 mm", 120, "EA", "5.40", "2027-01-22"),
    ])
    body = """Почитувани партнери,

Ве известуваме дека од 1 јануари 2027 важи нов ценовник:

VS-UKL-13  Уклучина 13 мм, композит   17,60 EUR/ком
VS-PIN-13  Осовина 13 мм              5,40 EUR/ком
VS-UKL-16  Уклучина 16 мм, композит   19,80 EUR/ком

Нарачките потврдени до 31.12.2026 се испорачуваат по стари цени.

Со почит,
Охрид Веслање ДООЕЛ
ул. Кеј Маршал Тито 3, 6000 Охрид
"""
    m = mail(("Охрид Веслање", sup[2]), "customers@ohrid-veslanje.example", "Нов ценовник 2027 / New price list 2027",
             when("2026-11-27 08:00", 1), body, charset="iso-8859-5", headers={"Precedence": "bulk"},
             cc="undisclosed-recipients:;")
    exp = other("unrelated", "A general 2027 price-list circular to all customers, not an answer to PO 4500031168, even though it lists the same items and prices.")
    return [po], m, exp


@case("three-drop-schedule-hk", "confirmation", "zh-HK", "Traditional Chinese (HK) text+HTML; three partial deliveries in a table, dates dd/mm/yyyy")
def c065():
    sup = ("HKFENCE", "香港劍擊用品有限公司", "orders@hkfencing.example", "zh-HK")
    po = PO("4500031169", sup, [
        (1, "EP-BL-5E", "Epee blade size 5, electric, complete", 90, "EA", "44.00", "2027-01-29"),
        (2, "EP-TIP-S", "Epee point assembly, spare", 300, "EA", "3.10", "2027-01-29"),
    ], currency="USD")
    text = """Dana 你好，

訂單 4500031169 回覆如下：

第1項 電動重劍劍身 5號：共90支，單價 USD 44.00，分三批交貨：
  04/12/2026 - 30支
  08/01/2027 - 30支
  29/01/2027 - 30支
第2項 劍頭組件：300套，USD 3.10，29/01/2027 一次交貨。

多謝！
陳嘉欣 Karen Chan
香港劍擊用品有限公司
九龍觀塘開源道 55 號 12 樓
"""
    html = """<p>Dana 你好，</p><p>訂單 4500031169 回覆如下：</p>
<table border="1" cellpadding="3"><tr><th>項目</th><th>數量</th><th>單價</th><th>交貨日期</th></tr>
<tr><td rowspan="3">1 電動重劍劍身 5號</td><td>30</td><td rowspan="3">USD 44.00</td><td>04/12/2026</td></tr>
<tr><td>30</td><td>08/01/2027</td></tr><tr><td>30</td><td>29/01/2027</td></tr>
<tr><td>2 劍頭組件</td><td>300</td><td>USD 3.10</td><td>29/01/2027</td></tr></table>
<p>多謝！<br>陳嘉欣 Karen Chan<br>香港劍擊用品有限公司</p>"""
    m = mail(("Karen Chan", sup[2]), DANA, "RE: Purchase order 4500031169 - please confirm",
             when("2026-11-24 18:02", 8), text, html=html, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(90, "44.00", "2027-01-29", [(30, "2026-12-04"), (30, "2027-01-08"), (30, "2027-01-29")]),
                    2: A(po, 2)},
               "Line 1 keeps total, price and final date but is split into three deliveries (dd/mm/yyyy), so it is changed with a schedule; line 2 as ordered.")
    return [po], m, exp


@case("statement-of-account-sg", "unrelated", "en-SG", "Singapore statement of account listing past invoices for the same hub/cup items")
def c066():
    sup = ("SGWEATH", "Lion City Weather Instruments Pte Ltd", "accounts@lioncityweather.example", "en-SG")
    po = PO("4500031170", sup, [
        (1, "CUP-SS-75", "Anemometer cup 75 mm, stainless", 240, "EA", "7.20", "2027-01-08"),
        (2, "HUB-3A-SS", "Anemometer 3-arm hub, stainless", 80, "EA", "11.00", "2027-01-08"),
    ], currency="USD")
    body = """Dear Sir/Madam,

Please find below your statement of account as at 30 Nov 2026.

Inv No      Date        Your PO       Description               Amount USD   Due
INV-88120   02/10/2026  4500028811    CUP-SS-75 x 240 @ 7.20      1,728.00   01/11/2026
INV-88377   21/10/2026  4500029140    HUB-3A-SS x 80 @ 11.00        880.00   20/11/2026
                                                    Total overdue 2,608.00

Kindly arrange payment at your earliest convenience. Please ignore if payment has been made.

Accounts Receivable
Lion City Weather Instruments Pte Ltd
10 Ubi Crescent, #05-12, Singapore 408564
"""
    m = mail(("LCWI Accounts", sup[2]), DANA, "Statement of Account - Nov 2026",
             when("2026-11-30 09:00", 8), body)
    exp = other("unrelated", "A statement of account for earlier, invoiced POs; the same items, quantities and prices appear but it says nothing about open PO 4500031170.")
    return [po], m, exp


@case("unthreaded-two-pos-cl", "confirmation", "es-CL", "No threading headers, new subject; two open POs and the body names only one; forwarded original attached as message/rfc822")
def c067():
    sup = ("CHILEBEE", "Apícola del Maule SpA", "ventas@apicolamaule.example", "es-CL")
    p1 = PO("4500031171", sup, [
        (1, "MAR-LG-A", "Langstroth frame, radiata pine, assembled", 1200, "EA", "0.74", "2027-01-08"),
        (2, "MAR-LG-D", "Langstroth frame, radiata pine, kit", 2000, "EA", "0.52", "2027-01-08"),
    ], currency="USD", issued="2026-11-12")
    p2 = PO("4500031172", sup, [
        (1, "MAR-MD-A", "Medium frame, radiata pine, assembled", 900, "EA", "0.69", "2027-02-05"),
    ], currency="USD", issued="2026-11-18")
    inner = mail(DANA, ("", sup[2]), "Purchase order 4500031172 - please confirm", when("2026-11-18 10:02", 1),
                 "\n".join(po_table(p2)), msgid=rid("4500031172"))
    body = """Estimada Dana:

Le confirmo la OC 4500031172 (marcos medios armados, 900 unidades): precio USD 0,69 c/u, despacho desde Talca el 22 de enero, llegando a sus bodegas el 29 de enero.

Le adjunto su correo original para referencia. La otra OC la vemos la próxima semana.

Saludos cordiales,
Francisca Muñoz
Apícola del Maule SpA · Av. San Miguel 2550, Talca · +56 71 200 0000
"""
    m = mail(("Francisca Muñoz", sup[2]), DANA, "Confirmación OC marcos medios", when("2026-12-02 12:15", -3),
             body, charset="iso-8859-1", attachments=[rfc822_att(inner)])
    exp = conf(p2, {1: C(900, "0.69", "2027-01-29")},
               "No In-Reply-To/References: the PO number in the body picks 4500031172. Delivery 29 Jan 2027 wins over the 22 Jan ship date. PO 4500031171 ('la otra OC') is not answered.")
    return [p1, p2], m, exp


@case("contradictory-qty-it-ch", "needs_review", "it-CH", "Ticino Italian: '200 pezzi' in one sentence, '250 pezzi' in the next, for the same line")
def c068():
    sup = ("TICINOAR", "Arpe Ticino SA", "vendite@arpe-ticino.example", "it-CH")
    po = PO("4500031173", sup, [
        (1, "CRD-NY-2O", "Harp string nylon, 2nd octave, assorted", 200, "EA", "4.60", "2027-01-15"),
        (2, "CRD-BASS-6", "Harp bass wire string, 6th octave", 30, "EA", "21.00", "2027-01-15"),
    ])
    body = """Gentile signora Ruiz,

confermiamo le corde in nylon della 2a ottava: 200 pezzi a EUR 4.60, consegna 15.01.2027.
Per le corde in nylon prepariamo quindi 250 pezzi come da vostra richiesta telefonica.
Le corde di basso della 6a ottava sono confermate come da ordine.

Cordiali saluti
Luca Bernasconi
Arpe Ticino SA, Via Cantonale 12, 6900 Lugano
"""
    m = mail(("Luca Bernasconi", sup[2]), DANA, "R: Purchase order 4500031173 - please confirm",
             when("2026-11-26 14:45", 1), body, charset="iso-8859-1", reply_to=rid(po["po_number"]))
    exp = other("needs_review", "The same line is confirmed once with 200 and once with 250 pieces (citing a phone call the PO does not reflect); the contradiction needs a human.")
    return [po], m, exp


@case("mailbox-full-ca", "bounce", "en-CA", "Domino-style permanent failure 5.2.2 mailbox full, original headers only")
def c069():
    sup = ("MAPLEORG", "Maple Leaf Organ Supply Ltd.", "orders@mapleleaforgan.example", "en-CA")
    po = PO("4500031174", sup, [
        (1, "TRK-OAK-450", "Pipe organ tracker, white oak, 450 mm", 300, "EA", "2.30", "2027-02-19"),
        (2, "TRK-GUIDE", "Tracker guide rail, felt-lined", 20, "EA", "16.80", "2027-02-19"),
    ], currency="USD")
    human = """Your message

  Subject: Purchase order 4500031174 - please confirm

was not delivered to:

  orders@mapleleaforgan.example

because:

  552 5.2.2 Mailbox full: orders@mapleleaforgan.example has exceeded its storage quota
"""
    m = dsn("Mail Router <MAILER-DAEMON@mx2.buyer.example>", "dana.ruiz@buyer.example",
            "DELIVERY FAILURE: Mailbox full", when("2026-11-17 08:45", -5), human, "mx2.buyer.example",
            [("orders@mapleleaforgan.example", "failed", "5.2.2", "552 5.2.2 Mailbox full")],
            original=po_headers(po))
    exp = other("bounce", "Permanent delivery failure (mailbox over quota); the supplier never received the request.")
    return [po], m, exp


@case("per-100-albanian-al", "confirmation", "sq-AL", "Albanian: frame price per 100 pieces equals the PO, second line later; written in December")
def c070():
    sup = ("TIRBLET", "Bletaria Tirana sh.p.k.", "shitje@bletaria-tirana.example", "sq-AL")
    po = PO("4500031175", sup, [
        (1, "KORN-DB", "Beehive frame Dadant-Blatt, fir", 3000, "EA", "0.84", "2027-01-22"),
        (2, "KORN-MD", "Beehive frame medium, fir", 1500, "EA", "0.76", "2027-01-22"),
    ])
    body = """Përshëndetje zonja Ruiz,

Për porosinë 4500031175 konfirmojmë:
- Kornizat Dadant-Blatt: 3.000 copë, çmimi 84,00 EUR për 100 copë, dorëzimi më 22 janar 2027.
- Kornizat mesatare: 1.500 copë, 0,76 EUR/copë, dorëzimi më 5 shkurt 2027.

Me respekt,
Ardit Hoxha
Bletaria Tirana sh.p.k., Rruga e Durrësit 120, Tiranë
"""
    m = mail(("Ardit Hoxha", sup[2]), DANA, "RE: Purchase order 4500031175 - please confirm",
             when("2026-12-01 10:10", 1), body, charset="windows-1250", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: C(1500, "0.76", "2027-02-05")},
               "84,00 EUR per 100 = 0.84 per frame, so line 1 is accepted; line 2 delivered 5 Feb 2027 instead of 22 Jan.")
    return [po], m, exp
