"""Cases 051-060."""
from __future__ import annotations

from . import mime, docs
from .clients import outlook, gmail, plain_reply, apple, reply, request_mail, para_html, esc, pre_html
from .core import (PO, Sup, When, Case, Orig, A, R, U, C, D, kw, next_md, confirmation, per, times, h8)
from .people import MEGAN, PRIYA, JONAS, AYLIN, SANNE, LUCA, EMMA, CIARAN, KATHI


def c051():
    sup = Sup("NAVSERVIS", "TOV Navantazhuvach-Servis", "zbut@nav-servis.example", "uk-UA", "Olena Kovalenko")
    po = PO("AHS-PO-04519", sup, CIARAN, "EUR", When(2026, 11, 18, 9, 50, tz="+0000"), [
        ("FLT-HF6205", "Hydraulic filter HF6205, 1/2 NPT", 20, "EA", "34.00", "2026-12-10"),
        ("FLT-BRK-24V", "Brake shoe set, 24 V electric forklift", 8, "SET", "56.00", "2026-12-10"),
    ])
    text = """Добрий день, пане Ціаране!

Дякуємо за замовлення AHS-PO-04519. Підтверджуємо:

1. Фільтр гідравлічний HF6205, 1/2 NPT – 20 шт. по 34,00 EUR, відвантаження з нашого складу у Львові 7 грудня.
2. Комплект гальмівних колодок для електронавантажувача 24 В – 8 компл., ціна 59,80 EUR (подорожчання від виробника), поставка до вас 14 грудня.

З повагою,
Олена Коваленко
відділ збуту
ТОВ «Навантажувач-Сервіс»
м. Львів, вул. Городоцька, 355
тел. +380 32 255 41 20
"""
    when = When(2026, 11, 24, 11, 30, 12, tz="+0200")
    d7, d14 = next_md(when, 12, 7), next_md(when, 12, 14)
    body = outlook(text, po.orig, "uk", bnd="VI1PR0601MB2288D4", charset="windows-1251", body_lang="UK",
                   lossy=True)
    mail = reply("c051", po, ("Олена Коваленко", "o.kovalenko@nav-servis.example"), when, body, charset="windows-1251",
                 lang_tag="uk-UA")
    return Case(51, "forklift-filters-ship-vs-delivery-ukrainian", "confirmation", [po], mail,
                "Ukrainian windows-1251 reply: one line has only a dispatch date from the supplier's warehouse, the other a delivery date and a price rise; '1/2 NPT' and '24 В' in descriptions.",
                "Filters: 20 at 34,00, only a ship date (7 Dec) given, so date = 7 Dec. Brake sets: 59,80 EUR, delivered 14 Dec.",
                [confirmation(po, {1: C(d=d7), 2: C(p="59.80", d=d14)})])


def c052():
    sup = Sup("MIDWESTKW", "Midwest Kitchenware Distributors", "orders@midwestkitchen.example", "en-US", "Kevin Olson")
    po = PO("KR260962", sup, EMMA, "USD", When(2026, 11, 25, 9, 0, tz="+0100"), [
        ("SKL-FRY-28", "Frying pan 28 cm, induction, non-stick", 300, "EA", "12.40", "2027-01-08"),
        ("SKL-SAUCE-18", "Saucepan 18 cm with glass lid", 200, "EA", "10.80", "2027-01-08"),
    ])
    text = """SHIPMENT NOTIFICATION

Your order has shipped.

Customer:        Kvikk Retail AB
Customer PO:     KR260877
Our order:       SO-448120
Ship date:       11/25/2026
Carrier:         Maersk Line, container MSKU 748210-3, seal 0045521
Port of loading: Chicago (rail to Newark)
ETA Gothenburg:  12/21/2026

Line  Item          Description                              Qty shipped
1     SKL-FRY-28    Frying pan 28 cm, induction, non-stick   300 EA
2     SKL-WOK-32    Wok 32 cm, carbon steel                  120 EA

Tracking: https://track.midwestkitchen.example/SO-448120

Questions about this shipment? Reply to this e-mail or call Customer Care at (312) 555-0170.

Midwest Kitchenware Distributors | 2200 W Fulton St, Chicago, IL 60612
"""
    body = mime.alternative("----=_Part_448120_2024197.1795839300000", mime.text(text),
                            mime.html("<html><body><pre style=\"font-family:Consolas,monospace\">" +
                                      esc(text) + "</pre></body></html>\n"))
    when = When(2026, 11, 27, 6, 15, 0, tz="-0600")
    mail = mime.Mail(frm=("Midwest Kitchenware Shipping", "shipping@midwestkitchen.example"), to=[(EMMA.name, EMMA.email)],
                     subject="Shipment Notification - your PO KR260877 has shipped", date=when.hdr,
                     msgid="<asn.SO-448120.20261127061500@midwestkitchen.example>", body=body,
                     extra=[("X-Mailer", "NetSuite Mailer"), ("Auto-Submitted", "auto-generated")])
    return Case(52, "asn-for-other-po-same-item", "unrelated", [po], mail,
                "Shipping notice from the same supplier listing the same item code and quantity (SKL-FRY-28, 300 EA) as the open PO, but for an older PO number.",
                "ASN for PO KR260877, not for the open KR260962. Ship date and ETA belong to the other order.")


def c053():
    sup = Sup("HIMREAKTIV", "OOO HimReaktiv", "zakaz@himreaktiv.example", "ru-RU", "Sergey Ivanov")
    po = PO("CH-26-01149", sup, SANNE, "EUR", When(2026, 11, 11, 15, 30, tz="+0100"), [
        ("ACET-HCH-1L", "Acetone, chemically pure (KhCh), 1 l", 40, "BTL", "6.20", "2026-12-11"),
        ("H2SO4-OSCH-1L", "Sulphuric acid, high purity OSCh 18-4, 1 l", 20, "BTL", "14.80", "2026-12-11"),
        ("NACL-CHDA-1KG", "Sodium chloride, analytical grade (ChDA), 1 kg", 15, "EA", "5.40", "2026-12-11"),
    ])
    text = """Здравствуйте, Санне!

Благодарим за заказ CH-26-01149. Подтверждаем:

1. Ацетон ХЧ, 1 л - 40 шт. по 6,20 EUR.
2. Кислота серная ОСЧ 18-4, 1 л - 20 шт., цена на 5% выше цены заказа (новый прайс с 01.11.2026).
3. Натрий хлористый ЧДА, 1 кг - поставку подтвердим на следующей неделе, после поступления партии.

Срок поставки позиций 1 и 2: 11.12.2026 (DAP Утрехт).
Паспорта качества прилагаются к отгрузке.

С уважением,
Сергей Иванов
менеджер по экспорту
ООО "ХимРеактив"
г. Санкт-Петербург, Московский пр., 212
тел. +7 812 555-41-20
"""
    body = outlook(text, po.orig, "ru", bnd="DB6PR07MB4418E7", charset="koi8-r", body_lang="RU")
    mail = reply("c053", po, ("Сергей Иванов", "s.ivanov@himreaktiv.example"), When(2026, 11, 18, 15, 10, 5, tz="+0300"),
                 body, charset="koi8-r", lang_tag="ru-RU")
    return Case(53, "reagents-grade-codes-one-pending-koi8r", "confirmation", [po], mail,
                "KOI8-R Russian reply with purity-grade codes (ХЧ, ОСЧ 18-4, ЧДА) where '18-4' looks like a number, a +5 % price change stated only as a percentage of our price, and one line deferred to next week.",
                "Acetone as ordered. Sulphuric acid: 5 % above the PO price = 14.80 x 1.05 = 15.54. Sodium chloride: to be confirmed next week = unconfirmed. Delivery 11.12.2026 = requested.",
                [confirmation(po, {1: A, 2: C(p=times("14.80", "1.05")), 3: U})])


def c054():
    sup = Sup("SAIGONGIFT", "Saigon Gifts Co., Ltd.", "sales@saigongifts.example", "vi-VN", "Nguyen Thi Lan")
    po1 = PO("KR260939", sup, EMMA, "USD", When(2026, 11, 12, 10, 15, tz="+0100"), [
        ("BAG-CNV-12OZ", "Canvas tote 12 oz, 38x42 cm, 2-colour logo", 1500, "EA", "1.35", "2026-12-18"),
    ], greeting="Dear Ms Lan,")
    po2 = PO("KR260940", sup, EMMA, "USD", When(2026, 11, 12, 10, 17, tz="+0100"), [
        ("LAN-20MM-SILK", "Lanyard 20 mm, silk-screen logo, metal hook", 3000, "EA", "0.28", "2026-12-18"),
    ], greeting="Dear Ms Lan,")
    text = """Chào chị Emma,

Cảm ơn chị đã đặt hàng. Bên em xin xác nhận hai đơn hàng như sau:

Đơn KR260939 – Túi canvas 12 oz, 38x42 cm, in logo 2 màu: 1.500 cái, đơn giá 1,35 USD, giao hàng ngày 18/12/2026.
Đơn KR260940 – Dây đeo thẻ 20 mm in lụa, móc kim loại: 3.000 sợi, đơn giá 0,30 USD (giá dây tăng), giao hàng ngày 18/12/2026.

Mẫu logo đã được duyệt ngày 20/11.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh
Công ty TNHH Quà Tặng Sài Gòn
123 Nguyễn Văn Linh, Quận 7, TP. Hồ Chí Minh
ĐT: +84 28 5555 0192
"""
    body = gmail(text, po1.orig, "Vào Th 5, 12 thg 11, 2026 vào lúc 16:15 Emma Lindqvist <emma.lindqvist@kvikkretail.example> đã viết:",
                 bnd="c054", cte="base64")
    mail = reply("c054", po1, ("Nguyễn Thị Lan", "lan.nguyen@saigongifts.example"), When(2026, 11, 26, 14, 20, 31, tz="+0700"),
                 body, style="gmail", prefix="Re: ")
    return Case(54, "two-pos-one-reply-vietnamese", "confirmation", [po1, po2], mail,
                "One Vietnamese reply, threaded on the first PO only, answers two POs; dot thousands separators (1.500 / 3.000) and decimal commas.",
                "KR260939: 1500 totes at 1,35 on 18/12/2026 = as ordered. KR260940: 3000 lanyards at 0,30 USD (PO 0.28), same date. "
                "20/11 is the logo approval date.",
                [confirmation(po1, {1: A}), confirmation(po2, {1: C(p="0.30")})])


def c055():
    sup = Sup("RIJNMOND", "Rijnmond Coatings B.V.", "orders@rijnmondcoatings.example", "nl-NL", "Pieter de Boer")
    po = PO("4500187385", sup, JONAS, "EUR", When(2026, 11, 20, 11, 10, tz="+0100"), [
        ("COAT-ZN-EP-20", "Zinc-rich epoxy primer, 20 l", 30, "TIN", "164.00", "2026-12-16"),
        ("COAT-PU-7016-20", "PU topcoat RAL 7016, 20 l", 30, "TIN", "149.00", "2026-12-16"),
    ])
    text = """Goedemorgen Jonas,

Bedankt voor order 4500187385. Door de forse stijging van de zinkprijs kunnen wij helaas niet meer leveren tegen de prijzen uit ons aanbod van september.

Wij kunnen de order bevestigen indien u akkoord gaat met een prijsverhoging van 7 % op beide posities. Graag ontvangen wij uw schriftelijke akkoord; daarna sturen wij direct de orderbevestiging met leverdatum (verwachting: week 51).

Met vriendelijke groet,

Pieter de Boer
Commercieel Binnendienst
Rijnmond Coatings B.V. | Waalhaven Z.z. 40 | 3089 JH Rotterdam
T +31 10 555 4120
"""
    body = outlook(text, po.orig, "nl", bnd="AM8PR05MB7316F2", body_lang="NL")
    mail = reply("c055", po, ("Pieter de Boer", "p.deboer@rijnmondcoatings.example"), When(2026, 11, 24, 10, 40, 18), body,
                 lang_tag="nl-NL")
    return Case(55, "coatings-conditional-plus-7-percent", "needs_review", [po], mail,
                "States a percentage and an expected week, both of which a reader could turn into a changed confirmation, but the order is only confirmed if we agree in writing.",
                "Conditional acceptance: +7 % on both lines subject to our written agreement; week 51 is only an expectation. Needs a buyer decision.")


def c056():
    sup = Sup("SIAMDENT", "Siam Dental Supply Co., Ltd.", "sales@siamdental.example", "th-TH", "Somchai Wongsuwan")
    po = PO("CH-26-01151", sup, SANNE, "USD", When(2026, 11, 16, 8, 30, tz="+0100"), [
        ("BIB-1318-2P", "Dental bib 13x18 in, 2-ply + poly, case of 500", 50, "CS", "21.00", "2026-12-11"),
        ("SAL-EJ-100", "Saliva ejector, bag of 100", 40, "BAG", "2.60", "2026-12-11"),
    ])
    D("2026-12-14", "Mon")
    assert 2569 - 543 == 2026
    text = """เรียน คุณ Sanne

ขอบคุณสำหรับใบสั่งซื้อเลขที่ CH-26-01151 บริษัทฯ ขอยืนยันรายการดังนี้

1. ผ้ากันเปื้อนทันตกรรม 13x18 นิ้ว (ลังละ 500 ผืน) จำนวน 50 ลัง ราคา 21.00 USD ต่อลัง
2. ท่อดูดน้ำลาย (ถุงละ 100 ชิ้น) จำนวน 40 ถุง ราคา 2.60 USD ต่อถุง

กำหนดส่งสินค้าถึงคลังสินค้าของท่าน วันที่ 14 ธ.ค. 2569

ขอแสดงความนับถือ
สมชาย วงศ์สุวรรณ
ฝ่ายขายต่างประเทศ
บริษัท สยามเดนทัล ซัพพลาย จำกัด
โทร. +66 2 555 4120
"""
    body = outlook(text, po.orig, "en", bnd="KL1PR0401MB4410A3", charset="tis-620", cte="base64", body_lang="TH",
                   lossy=True)
    mail = reply("c056", po, ("สมชาย วงศ์สุวรรณ", "somchai@siamdental.example"), When(2026, 11, 18, 14, 5, 40, tz="+0700"),
                 body, charset="tis-620", lang_tag="th-TH")
    return Case(56, "dental-bibs-buddhist-year-thai", "confirmation", [po], mail,
                "Thai TIS-620 reply dating delivery in the Buddhist calendar (14 ธ.ค. 2569 = 14 Dec 2026), with '13x18' and pack sizes in the lines.",
                "Both lines at PO quantity and price, delivered to our warehouse 14 Dec 2026 (BE 2569 - 543) instead of 11 Dec.",
                [confirmation(po, {1: C(d="2026-12-14"), 2: C(d="2026-12-14")})])


def c057():
    sup = Sup("OPTIKNUSA", "PT Optik Nusantara Jaya", "penjualan@optiknusantara.example", "id-ID", "Dewi Lestari")
    po = PO("KR260954", sup, EMMA, "USD", When(2026, 11, 19, 8, 20, tz="+0100"), [
        ("FR-ACE-501945", "Acetate frame 50-19-145, assorted colours", 240, "EA", "11.20", "2026-12-09"),
        ("CASE-SOFT-GRY", "Soft case, grey microfibre", 240, "EA", "0.90", "2026-12-09"),
    ])
    assert per("134.40", 12) == "11.20"
    text = """Selamat siang Ibu Emma,

Terima kasih atas pesanan KR260954. Dengan ini kami konfirmasi:

1. Frame asetat 50-19-145: 20 lusin, harga USD 134,40 per lusin, pengiriman tanggal 9 Desember 2026.
2. Kotak kacamata (soft case) abu-abu: stok kami hanya 200 pcs, harga USD 0,90, dikirim bersama frame.

Hormat kami,
Dewi Lestari
Bagian Penjualan
PT Optik Nusantara Jaya
Jl. Raya Bekasi Km. 22, Jakarta Timur 13910
Telp. +62 21 555 4120
"""
    body = gmail(text, po.orig, "Pada tanggal Kam, 19 Nov 2026 pukul 14.20 Emma Lindqvist <emma.lindqvist@kvikkretail.example> menulis:",
                 bnd="c057")
    mail = reply("c057", po, ("Dewi Lestari", "dewi.lestari@optiknusantara.example"), When(2026, 11, 25, 15, 5, 9, tz="+0700"),
                 body, style="gmail", prefix="Re: ")
    return Case(57, "frames-lusin-dozens-indonesian", "confirmation", [po], mail,
                "Indonesian 'lusin' (dozen) with a per-dozen price and decimal comma, frame size 50-19-145, and a short-shipped accessory line.",
                "Frames: 20 dozen = 240 at 134,40/dozen = 11.20 each, 9 Dec: as ordered. Cases: only 200 at 0,90, shipped with the frames (9 Dec).",
                [confirmation(po, {1: A, 2: C(q=200)})])


def c058():
    sup = Sup("AMENHOTEL", "Syarikat Amenities Hotel Sdn. Bhd.", "jualan@amenitieshotel.example", "ms-MY", "Nurul Aisyah")
    po = PO("HL-260834", sup, PRIYA, "USD", When(2026, 11, 17, 7, 45, tz="+0000"), [
        ("DK-BAMBOO", "Dental kit, bamboo toothbrush + 3 g toothpaste", 3000, "EA", "0.29", "2026-12-07"),
        ("SEW-KIT", "Sewing kit in paper sleeve", 1000, "EA", "0.12", "2026-12-07"),
        ("VAN-KIT", "Vanity kit (cotton pads + buds)", 2000, "EA", "0.17", "2026-12-07"),
    ])
    text = """Salam sejahtera Cik Priya,

Terima kasih atas pesanan HL-260834. Kami sahkan seperti berikut:

1. Dental kit (berus gigi buluh + ubat gigi 3 g): 3,000 unit @ USD 0.31 seunit (harga bahan mentah naik).
2. Sewing kit: 1,000 unit @ USD 0.12, seperti dalam pesanan.
3. Vanity kit: akan disahkan minggu depan selepas kami terima stok kapas.

Penghantaran untuk item 1 dan 2: 7 Disember 2026, terus ke gudang tuan/puan.

Sekian, terima kasih.

Nurul Aisyah binti Ahmad
Eksekutif Jualan
Syarikat Amenities Hotel Sdn. Bhd.
Lot 12, Jalan Perusahaan 3, 81700 Pasir Gudang, Johor
Tel: +60 7 255 4120
"""
    body = outlook(text, po.orig, "en", bnd="SG2PR04MB3271B5", body_lang="MS")
    mail = reply("c058", po, ("Nurul Aisyah", "nurul.aisyah@amenitieshotel.example"), When(2026, 11, 20, 16, 45, 27, tz="+0800"),
                 body, lang_tag="ms-MY")
    return Case(58, "amenities-one-line-next-week-malay", "confirmation", [po], mail,
                "Malay reply with one price rise, one line as ordered and one line 'to be confirmed next week'; comma thousands (3,000).",
                "Dental kit 3000 at 0.31 (PO 0.29), sewing kit as ordered, both 7 Dec. Vanity kit: to be confirmed next week = unconfirmed.",
                [confirmation(po, {1: C(p="0.31"), 2: A, 3: U})])


def c059():
    sup = Sup("CERRADO", "Sementes Cerrado Ltda.", "vendas@sementescerrado.example", "pt-BR", "Rafael Moreira")
    po = PO("GA-26-0406", sup, KATHI, "USD", When(2026, 11, 25, 21, 58, tz="+0100"), [
        ("SORG-FOR-20", "Forage sorghum seed, treated, 20 kg bag", 100, "BAG", "48.00", "2027-02-26"),
        ("MIL-PER-20", "Pearl millet seed, 20 kg bag", 60, "BAG", "36.00", "2027-02-26"),
    ])
    text = """Olá!

Estou em férias de 23/11/2026 a 04/01/2027, com acesso restrito ao e-mail.
Para pedidos e cotações, favor contatar vendas@sementescerrado.example ou (62) 3555-0190.

Obrigado,
Rafael Moreira
Sementes Cerrado Ltda.
"""
    body = mime.alternative("000000000000f3a1b2c3d4e5f60718", mime.text(text),
                            mime.html('<div dir="ltr">' + "".join(f"<div>{ln or '<br>'}</div>" for ln in pre_html(text.rstrip())) + "</div>\n"))
    mail = reply("c059", po, ("Rafael Moreira", "rafael.moreira@sementescerrado.example"), When(2026, 11, 25, 18, 2, 13, tz="-0300"),
                 body, style="gmail", prefix="Férias: ", extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
    return Case(59, "ooo-pt-br-ferias-until-january", "auto_reply", [po], mail,
                "Gmail vacation responder in Brazilian Portuguese with a day-first date range crossing the year (23/11/2026 a 04/01/2027).",
                "Vacation auto-reply; the dates are the absence period.")


def c060():
    sup = Sup("GALILCHEM", "Galil Chemicals Ltd.", "orders@galilchem.example", "he-IL", "Yael Cohen")
    po = PO("CH-26-01163", sup, SANNE, "USD", When(2026, 11, 19, 12, 0, tz="+0100"), [
        ("DMSO-999-1L", "Dimethyl sulfoxide (DMSO) >=99.9%, 1 l", 10, "BTL", "64.00", "2026-12-10"),
        ("TRYP-EDTA-025-100", "Trypsin-EDTA 0.25%, 100 ml", 20, "EA", "18.50", "2026-12-10"),
        ("PBS-10X-500", "PBS 10x, 500 ml", 30, "EA", "12.00", "2026-12-10"),
    ])
    D("2026-12-10", "Thu")
    D("2026-11-22", "Sun")
    text = """שלום סאנה,

תודה על ההזמנה CH-26-01163. להלן האישור שלנו:

1. DMSO 99.9%, 1 ליטר – 10 בקבוקים, ‎64.00$ לבקבוק.
2. Trypsin-EDTA 0.25%, 100 מ"ל – במלאי רק 12 יחידות; הן יסופקו יחד עם שאר ההזמנה, ו-8 היחידות הנותרות יסופקו ב-17.12.2026. המחיר ללא שינוי.
3. PBS 10x, 500 מ"ל – 30 יחידות, ‎12.00$.

אספקה: יום חמישי, 10.12.2026.

בברכה,
יעל כהן
שירות לקוחות
כימיקלים גליל בע"מ
אזור תעשייה מילואות, עכו
טל' 04-955-4120
"""
    rh = '<div dir="rtl">' + para_html(text) + "</div>"
    body = outlook(text, po.orig, "en", bnd="VI1PR0202MB3368C9", charset="windows-1255", body_lang="HE",
                   reply_html=rh, lossy=True)
    mail = reply("c060", po, ("יעל כהן", "yael.cohen@galilchem.example"), When(2026, 11, 22, 10, 15, 33, tz="+0200"), body,
                 charset="windows-1255", lang_tag="he-IL")
    return Case(60, "cell-culture-split-hebrew-sunday", "confirmation", [po], mail,
                "Right-to-left Hebrew (windows-1255) sent on a Sunday, with Latin product names containing 99.9%, 0.25% and 10x, and a partial quantity with a later balance date.",
                "DMSO and PBS as ordered on Thu 10.12.2026. Trypsin: 12 with the order on 10 Dec, remaining 8 on 17.12.2026, price unchanged.",
                [confirmation(po, {1: A, 2: C(sched=[(12, "2026-12-10"), (8, "2026-12-17")]), 3: A})])


CASES = [c051, c052, c053, c054, c055, c056, c057, c058, c059, c060]
