# -*- coding: utf-8 -*-
from .common import *


@case("srrs-elektrode-avans-first", "needs_review", "sr-RS",
      "Serbian supplier will only deliver against 100% prepayment and asks us to accept before sending proforma and dates.")
def _():
    s = sup("ELSMED", "Elektrode Smederevo d.o.o.", "prodaja@elektrode-smederevo.example", "sr-RS")
    p = po("4500032905", s, "tom", "EUR", "2026-11-24", [
        L("ES-E6013-25", "Welding electrode E6013, 2.5 mm", 250, "KG", "3.10", "2026-12-18"),
        L("ES-E7018-32", "Welding electrode E7018, 3.2 mm", 250, "KG", "3.65", "2026-12-18")])
    body = """Poštovani gospodine Wierzbicki,

hvala na porudžbini br. 4500032905.

Zbog novih uslova poslovanja sa inostranim kupcima, isporuku možemo realizovati isključivo uz 100% avansno plaćanje.
Molimo Vas da nam potvrdite da prihvatate avans, nakon čega ćemo Vam poslati predračun i potvrdu porudžbine sa rokovima isporuke.

Srdačan pozdrav,
Milica Jovanović
Komercijala
Elektrode Smederevo d.o.o., Industrijska zona bb, 11300 Smederevo
Tel: +381 26 123 456 | PIB 101234567 | MB 07123456
"""
    part = text(body, charset="utf-8", cte="quoted-printable")
    return [p], reply(p, "Milica Jovanović", "milica.jovanovic@elektrode-smederevo.example", when(2026, 11, 25, 9, 30, 1), part), \
        other("needs_review", "Conditional: delivery only against 100% prepayment, and the confirmation with dates will only be sent after we accept; no commitment yet.")


@case("ptpt-caixas-isco-split", "confirmation", "pt-PT",
      "European Portuguese: second line split, 180 un. on 14 December and the remaining 120 on 8 January (dates written out, no year).")
def _():
    s = sup("PESCAIB", "Pesca Ibérica, Lda.", "encomendas@pescaiberica.example", "pt-PT")
    p = po("4500032950", s, "raj", "EUR", "2026-11-24", [
        L("PI-CXI-1L", "Bait box 1 l, ventilated lid", 800, "EA", "1.95", "2026-12-14"),
        L("PI-CXI-3L", "Bait box 3 l, with belt clip", 300, "EA", "4.10", "2026-12-14")])
    body = """Boa tarde Sr. Menon,

Confirmamos a encomenda n.º 4500032950:

Linha 1: 800 un. a 1,95 €, entrega a 14 de dezembro.
Linha 2: de momento só temos 180 un. em stock, que seguem também a 14 de dezembro; as restantes 120 un. seguem no dia 8 de janeiro. O preço de 4,10 € mantém-se.

Com os melhores cumprimentos,
Rui Carvalho
Pesca Ibérica, Lda. | Rua do Porto 77, 4450-208 Matosinhos
Tel. +351 229 123 456 | NIF PT 501 234 567

""" + outlook_quote(p, "pt")
    part = alt(body, to_html(body), "_000_AM0PR02MB5412_")
    return [p], reply(p, "Rui Carvalho", "rui.carvalho@pescaiberica.example", when(2026, 11, 25, 15, 45, 0), part), \
        conf([(p, {1: A, 2: C(sched=[(180, "2026-12-14"), (120, "2027-01-08")])})],
             "Line 1 as ordered. Line 2: 180 on 14 Dec 2026 and 120 on 8 Jan (no year -> 2027-01-08); total 300 at unchanged price. 'seguem' = ship, only dates given.")


@case("caes-pells-abans-dijous", "confirmation", "ca-ES",
      "Catalan reply offering earlier delivery for both lines ('dijous 10 de desembre'), prices and quantities unchanged.")
def _():
    s = sup("PERCBCN", "Percussió Barcelona SL", "comandes@percussiobcn.example", "ca-ES")
    p = po("4500033001", s, "ines", "EUR", "2026-11-24", [
        L("PB-PELL-12", "Drum head 12 in, coated", 150, "EA", "7.40", "2026-12-18"),
        L("PB-PELL-16", "Drum head 16 in, clear, two ply", 100, "EA", "11.60", "2026-12-18")])
    body = """Bon dia Ines,

Us confirmem la comanda 4500033001. Com que tenim estoc de tot, us ho podem servir abans del que demaneu: dijous 10 de desembre.
Preus i quantitats sense canvis.

Salutacions cordials,
Jordi Puig i Serra
Percussió Barcelona SL - C/ de Pujades 150, 08005 Barcelona
Tel. 93 123 45 67 - NIF B-12345678

""" + gt_quote(req_text(p), "El dt., 24 de nov. 2026 a les 9:12, Ines Albrecht (<ines.albrecht@calderfinch.example>) va escriure:")
    part = text(body, charset="utf-8", cte="8bit")
    return [p], reply(p, "Jordi Puig", "jordi@percussiobcn.example", when(2026, 11, 26, 10, 5, 1), part,
                      prefix="Re: ", style="gmail"), \
        conf([(p, {1: C(d="2026-12-10"), 2: C(d="2026-12-10")})],
             "Both lines delivered earlier than requested: dijous 10 de desembre = Thursday 2026-12-10. Prices and quantities unchanged ('sense canvis').")


@case("zhcn-bait-gb2312-ship-only", "confirmation", "zh-CN",
      "Simplified Chinese in GB2312/base64 from Ningbo: one price increase, both lines only with a port ship date (12月4日), earlier than needed.")
def _():
    s = sup("NBFISH", "宁波海钓渔具有限公司", "sales@nb-haidiao.example", "zh-CN")
    p = po("4500033050", s, "dana", "USD", "2026-11-24", [
        L("NB-EB-20", "Bait box, 20 compartments, transparent", 1000, "EA", "1.35", "2026-12-18"),
        L("NB-LB-BELT", "Live bait box with belt, 2 l", 500, "EA", "2.60", "2026-12-18")])
    body = """Dana 您好，

订单 4500033050 已收到，谢谢！确认如下：

1. NB-EB-20 二十格饵料盒 1000个，单价 USD 1.35
2. NB-LB-BELT 腰挂活饵盒 500个，单价 USD 2.70（原材料涨价，请谅解）

以上两项预计12月4日从宁波港发货。

祝好！
王丽
宁波海钓渔具有限公司 外贸部
电话：0574-8765 4321  手机/微信：138 5741 2266
"""
    part = text(body, charset="gb2312", cte="base64")
    return [p], reply(p, "王丽", "wangli@nb-haidiao.example", when(2026, 11, 26, 16, 40, 8), part,
                      prefix="回复：", charset="gb2312", style="plain", extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")]), \
        conf([(p, {1: C(d="2026-12-04"), 2: C(p="2.70", d="2026-12-04")})],
             "Only a ship date (12月4日 from Ningbo, next such date = 2026-12-04) is given, so it is the line date for both lines. Line 2 price 2.70 instead of 2.60.")


@case("kokr-tape-euckr-backorder", "confirmation", "ko-KR",
      "Korean in EUC-KR: stock shortage on the black tape, 1,200 rolls now and 800 later (2027.01.15); second line ok as '12월 11일'.")
def _():
    s = sup("HANSUNG", "한성전기테이프(주)", "sales@hansung-tape.example", "ko-KR")
    p = po("4500033102", s, "sofie", "KRW", "2026-11-25", [
        L("HS-INS-19-BK", "Insulation tape 19 mm x 10 m, black", 2000, "ROL", "650", "2026-12-11"),
        L("HS-INS-19-RD", "Insulation tape 19 mm x 10 m, red", 500, "ROL", "650", "2026-12-11")])
    body = """안녕하세요, Sofie 님.

주문번호 4500033102 확인했습니다.

1. 검정 테이프 2,000롤: 현재 재고 1,200롤은 2026.12.11 출고, 나머지 800롤은 2027.01.15 출고 예정입니다.
2. 빨강 테이프 500롤: 12월 11일 출고 가능합니다.

단가는 모두 650원으로 동일합니다.

감사합니다.
김민준 드림
한성전기테이프(주) 영업팀 | Tel. 031-123-4567 | Fax. 031-123-4568
"""
    part = text(body, charset="euc-kr", cte="base64")
    return [p], reply(p, "김민준", "mj.kim@hansung-tape.example", when(2026, 11, 26, 14, 0, 9), part,
                      charset="euc-kr", style="plain"), \
        conf([(p, {1: C(sched=[(1200, "2026-12-11"), (800, "2027-01-15")]), 2: A})],
             "Line 1 split 1,200 on 2026-12-11 + 800 on 2027-01-15 (ship dates), total 2,000, price 650 unchanged. Line 2 as ordered (12월 11일 = 2026-12-11).")


@case("vivn-daydeo-vnd-dot-thousands", "confirmation", "vi-VN",
      "Vietnamese formal confirmation, VND with dot thousands (9.500 ₫) and a total that must not be mistaken for a price; all as ordered.")
def _():
    s = sup("DETMAY", "Công ty TNHH Dệt May Phú Thịnh", "kinhdoanh@phuthinh-textile.example", "vi-VN")
    p = po("4500033140", s, "dana", "VND", "2026-11-25", [
        L("PT-DAY-20", "Apron strap, polyester webbing 20 mm x 1.8 m", 3000, "PC", "9500", "2026-12-15"),
        L("PT-KHOA-20", "Side-release buckle 20 mm, plastic", 3000, "PC", "1200", "2026-12-15")])
    body = """Kính gửi chị Dana,

Công ty chúng tôi xin xác nhận đơn hàng số 4500033140 như sau:

1. Dây đeo tạp dề 20 mm: 3.000 cái, đơn giá 9.500 ₫, giao hàng ngày 15/12/2026.
2. Khóa nhựa 20 mm: 3.000 cái, đơn giá 1.200 ₫, giao hàng ngày 15/12/2026.

Tổng giá trị đơn hàng: 32.100.000 ₫ (chưa bao gồm VAT).

Trân trọng,
Nguyễn Thị Hương
Phòng Kinh doanh - Công ty TNHH Dệt May Phú Thịnh
KCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh | ĐT: 028 3754 1234
"""
    part = alt(body, to_html(body, "Times New Roman"), "----=_NextPart_000_0A1B_01DB3F7C.2E4D5F60")
    return [p], reply(p, "Nguyễn Thị Hương", "huong.nt@phuthinh-textile.example", when(2026, 11, 26, 9, 10, 7), part,
                      prefix="Re: ", style="plain"), \
        conf([(p, {1: A, 2: A})],
             "Both lines as ordered; 9.500 and 1.200 are VND with dot thousands; 32.100.000 ₫ is the order total.")


@case("idid-teropong-harga-naik", "confirmation", "id-ID",
      "Indonesian reply for weaving shuttles: price of line 1 up to Rp 195.000 (dot thousands), line 2 as ordered.")
def _():
    s = sup("TENUNJP", "CV Tenun Jepara Mandiri", "sales@tenunjepara.example", "id-ID")
    p = po("4500033188", s, "raj", "IDR", "2026-11-25", [
        L("TJ-TRP-30", "Loom shuttle 30 cm, teak, for ATBM", 100, "EA", "185000.00", "2027-01-08"),
        L("TJ-PALET-8", "Pirn 8 cm, wood", 1000, "PC", "3500.00", "2027-01-08")])
    body = """Selamat siang Bapak Rajiv,

Terima kasih atas PO 4500033188. Kami konfirmasi sebagai berikut:

1. Teropong jati 30 cm: 100 pcs, harga naik menjadi Rp 195.000/pcs karena harga kayu jati naik. Pengiriman 8 Januari 2027.
2. Palet kayu 8 cm: 1.000 pcs @ Rp 3.500, pengiriman 8 Januari 2027.

Mohon konfirmasi revisi PO untuk item 1.

Hormat kami,
Siti Rahayu
CV Tenun Jepara Mandiri
Jl. Raya Tahunan No. 12, Jepara 59427 | Telp. (0291) 591234 | WA 0812-2833-4455
"""
    part = text(body, charset="us-ascii", cte="7bit")
    return [p], reply(p, "Siti Rahayu", "siti@tenunjepara.example", when(2026, 11, 27, 11, 25, 7), part,
                      prefix="Re: ", style="gmail"), \
        conf([(p, {1: C(p="195000.00"), 2: A})],
             "Line 1 new price Rp 195.000 = 195000 IDR (PO 185000), qty/date unchanged; asking for a revised PO does not undo the commitment. Line 2 as ordered.")


@case("msmy-will-revert-friday", "needs_review", "ms-MY",
      "Malay/English mix: 'noted', need to check lids stock with the factory, 'will revert by this Friday' - no commitment.")
def _():
    s = sup("BALANGK", "Kilang Balang Kaca Sdn. Bhd.", "sales@balangkaca.example", "ms-MY")
    p = po("4500033215", s, "dana", "MYR", "2026-11-25", [
        L("BK-JAR-300", "Jam jar 300 ml, square, glass", 4000, "PC", "0.95", "2026-12-21"),
        L("BK-LID-63", "Lid 63 mm, lug, black", 4000, "PC", "0.28", "2026-12-21")])
    body = """Hi Dana,

Noted on the PO 4500033215, thank you. Kami perlu semak dengan kilang dulu untuk stok penutup 63mm sebab ada order besar minggu lepas.
Will revert by this Friday (27/11) with the delivery date.

Terima kasih.

Regards,
Nurul Aisyah binti Kamal
Sales Executive | Kilang Balang Kaca Sdn. Bhd.
Lot 12, Jalan Perindustrian 3, 41050 Klang, Selangor
Tel: +603-3341 2233 | H/P: +6012-345 6789
"""
    part = alt(body, to_html(body), "_000_KL1PR0601MB3321_")
    return [p], reply(p, "Nurul Aisyah", "nurul@balangkaca.example", when(2026, 11, 25, 16, 2, 8), part), \
        other("needs_review", "Acknowledges the PO but explicitly defers quantities/dates to Friday; nothing committed (27/11 is the promised answer date, not a delivery date).")


@case("tlph-taglish-phone-ok", "confirmation", "tl-PH",
      "Taglish phone reply ('ok po confirmed... complete lahat') with a month-name date 'Dec 11' equal to the request.")
def _():
    s = sup("MLSUP", "Manila Lab Supplies Corp.", "sales@manilalab.example", "tl-PH")
    p = po("4500033230", s, "sofie", "PHP", "2026-11-25", [
        L("MLS-PIP-1ML", "Volumetric pipette 1 ml, class A", 100, "PC", "145.00", "2026-12-11"),
        L("MLS-PIP-BULB", "Rubber pipette bulb, 3-valve", 50, "PC", "220.00", "2026-12-11")])
    body = """Hi Maam Sofie, ok po confirmed na ang PO 4500033230, complete lahat at same price, delivery Dec 11 as requested. Salamat po!

- Jessa

Sent from my Samsung Galaxy smartphone.
"""
    part = text(body, charset="utf-8", cte="7bit")
    return [p], reply(p, "Jessa Villanueva", "jessa.v@manilalab.example", when(2026, 11, 26, 19, 33, 8), part,
                      prefix="Re: ", style="plain"), \
        conf([(p, {1: A, 2: A})], "Everything confirmed as ordered ('complete lahat at same price', Dec 11 as requested).")


@case("enin-rosewood-gst-lakh", "confirmation", "en-IN",
      "Indian English 'hereby confirm the same as under' with Rs. ...-/ notation, GST extra and a lakh-format total; all lines as ordered.")
def _():
    s = sup("JWCRAFT", "Jaipur Woodcraft Exports", "exports@jaipurwoodcraft.example", "en-IN")
    p = po("4500033275", s, "raj", "INR", "2026-11-26", [
        L("KN-ROSE-45", "Rosewood knitting needles 4.5 mm, 25 cm", 600, "PR", "165.00", "2026-12-20"),
        L("KN-ROSE-SET", "Rosewood interchangeable needle set, 8 sizes", 80, "SET", "2450.00", "2026-12-20")])
    body = """Dear Sir,

Greetings from Jaipur Woodcraft!

We are in receipt of your esteemed PO No. 4500033275 dtd. 26/11/2026 and hereby confirm the same as under:

1) KN-ROSE-45 - 600 pairs @ Rs. 165/- per pair, delivery 20-Dec-2026
2) KN-ROSE-SET - 80 sets @ Rs. 2,450/- per set, delivery 20-Dec-2026

Total order value Rs. 2,95,000/- (Rupees Two Lakh Ninety Five Thousand Only). Kindly note prices are exclusive of GST @ 12% which will be charged extra as applicable.

Thanking you and assuring you of our best services at all times.

With warm regards,
Vikram Singh Rathore
Manager - Exports
Jaipur Woodcraft Exports, E-45 RIICO Industrial Area, Sitapura, Jaipur 302022
Mob: +91 98290 12345 | GSTIN: 08AAKFJ1234C1Z5 | IEC: 0812345678
"""
    part = text(body, charset="us-ascii", cte="7bit")
    return [p], reply(p, "Vikram Singh Rathore", "exports@jaipurwoodcraft.example", when(2026, 11, 27, 12, 18, 5, 30), part), \
        conf([(p, {1: A, 2: A})],
             "Both lines as ordered (Rs. 165/-, Rs. 2,450/-, 20-Dec-2026). GST is tax on top of net prices, not a price change; Rs. 2,95,000/- is the total in lakh grouping.")


@case("enau-eta-monday-dd-mm", "confirmation", "en-AU",
      "Casual Australian reply: 'all good to go' but ETA 14/12 (Monday) instead of the 11th for both lines.")
def _():
    s = sup("BRUSHAU", "Bush Brush Co. Pty Ltd", "orders@bushbrush.example", "en-AU")
    p = po("4500033311", s, "dana", "AUD", "2026-11-26", [
        L("BB-NB-TIMBER", "Nail brush, timber, sisal bristle", 300, "EA", "2.95", "2026-12-11"),
        L("BB-NB-KIDS", "Nail brush, kids, animal shapes", 200, "EA", "1.80", "2026-12-11")])
    body = """G'day Dana,

No worries, all good to go on 4500033311. Both lines in stock at PO prices, ETA your place 14/12 (Monday) - the 11th is a bit too tight with the freight.

Cheers,
Macca

Shane McAllister | Bush Brush Co. Pty Ltd
12 Wattle St, Bendigo VIC 3550 | ph 03 5441 2233 | ABN 12 345 678 901
"""
    part = text(body, charset="utf-8", cte="7bit")
    return [p], reply(p, "Shane McAllister", "macca@bushbrush.example", when(2026, 11, 27, 8, 4, 11), part,
                      prefix="Re: ", style="apple", extra=[("X-Mailer", "iPad Mail (22B91)")]), \
        conf([(p, {1: C(d="2026-12-14"), 2: C(d="2026-12-14")})],
             "Quantities and prices as ordered but ETA 14/12 = Monday 2026-12-14 (day-first) instead of Fri 11 Dec for both lines.")


@case("enza-numnah-one-of-two-pos", "confirmation", "en-ZA",
      "Two open POs with the same supplier; the reply confirms only the second (one price change, comma decimals 'R 445,00') and defers the other.")
def _():
    s = sup("KAROOSAD", "Karoo Saddlery (Pty) Ltd", "sales@karoosaddlery.example", "en-ZA")
    pa = po("4500033350", s, "raj", "ZAR", "2026-11-23", [
        L("KS-HP-SHEEP", "Half pad, sheepskin, natural", 10, "EA", "890.00", "2027-01-14")])
    pb = po("4500033368", s, "raj", "ZAR", "2026-11-25", [
        L("KS-NUM-GP", "Numnah, general purpose, navy", 24, "EA", "385.00", "2027-01-14"),
        L("KS-NUM-DRS", "Numnah, dressage, white", 12, "EA", "420.00", "2027-01-14")])
    body = """Hi Rajiv

Herewith confirmation on PO 4500033368:
- 24 x GP numnah navy @ R 385,00, delivery 14/01/2027
- 12 x dressage numnah white @ R 445,00 (white fabric went up, sorry), delivery 14/01/2027

PO 4500033350 (sheepskin half pads) is still with our workshop, I'll come back to you on that one separately.

Kind regards
Annelie van der Merwe
Karoo Saddlery (Pty) Ltd | 7 Voortrekker Rd, Graaff-Reinet 6280
Tel +27 49 891 0123 | Cell +27 82 555 0147 | Reg. 2009/123456/07

""" + outlook_quote(pb, "en")
    part = alt(body, to_html(body), "_000_JNAP275MB0431_")
    return [pa, pb], reply(pb, "Annelie van der Merwe", "annelie@karoosaddlery.example", when(2026, 11, 27, 14, 55, 2), part), \
        conf([(pb, {1: A, 2: C(p="445.00")})],
             "Only PO 4500033368 is answered: line 1 as ordered, line 2 R 445,00 (comma decimal) instead of 420.00. PO 4500033350 is mentioned but not answered, so it is left out.")


@case("areg-arabic-indic-digits", "confirmation", "ar-EG",
      "Formal Egyptian Arabic with Arabic-Indic digits and the Arabic decimal separator (١٫٨٥); line 2 delayed to ٠٦/٠١/٢٠٢٧.")
def _():
    s = sup("NILEMET", "Nile Metal Packaging S.A.E.", "export@nilemetal.example", "ar-EG")
    p = po("4500033402", s, "dana", "USD", "2026-11-26", [
        L("NM-OC-200", "Oil can 200 ml, plastic, pump", 500, "PC", "1.10", "2026-12-16"),
        L("NM-OC-350", "Oil can 350 ml, metal, pump", 300, "PC", "1.85", "2026-12-16")])
    body = """السادة/ شركة كالدر آند فينش للتجارة
عناية السيدة/ دانا رويز

تحية طيبة وبعد،

نؤكد استلام أمر الشراء رقم ٤٥٠٠٠٣٣٤٠٢ ونؤكد ما يلي:
البند ١: ٥٠٠ قطعة بسعر ١٫١٠ دولار للقطعة، التسليم ١٦/١٢/٢٠٢٦.
البند ٢: ٣٠٠ قطعة بسعر ١٫٨٥ دولار للقطعة، التسليم ٠٦/٠١/٢٠٢٧ بسبب تأخر وصول الصاج.

وتفضلوا بقبول فائق الاحترام،
م. أحمد عبد الرحمن
مدير المبيعات - نايل ميتال للعبوات
المنطقة الصناعية الثالثة، مدينة العاشر من رمضان
ت: ٠١٥٣٦٥٤٣٢١ - محمول: ٠١٠٠١٢٣٤٥٦٧
"""
    part = alt(body, '<html dir="rtl"><body><div dir="rtl" style="font-family:Arial">' +
               "<br>".join(esc(x) for x in body.split("\n")) + "</div></body></html>", "_000_alt_nm_7741_", cte="base64")
    return [p], reply(p, "أحمد عبد الرحمن", "a.abdelrahman@nilemetal.example", when(2026, 11, 29, 10, 45, 2), part,
                      prefix="رد: "), \
        conf([(p, {1: A, 2: C(d="2027-01-06")})],
             "Arabic-Indic digits: line 1 500 pcs at 1.10, 16/12/2026 (as ordered); line 2 300 pcs at 1.85, delivery 06/01/2027 (day-first) -> changed date.")


@case("heil-clamps-cp1255-qty", "confirmation", "he-IL",
      "Hebrew (windows-1255, RTL) reply: line 2 limited to the 1,500 pcs in stock, nothing more will be supplied.")
def _():
    s = sup("MAHAD", "מהדקים גליל בע\"מ", "sales@galil-clamps.example", "he-IL")
    p = po("4500033455", s, "tom", "USD", "2026-11-26", [
        L("GC-HC-0812", "Mini hose clamp 8-12 mm, stainless", 2000, "PC", "0.22", "2026-12-10"),
        L("GC-HC-1016", "Mini hose clamp 10-16 mm, stainless", 2000, "PC", "0.24", "2026-12-10")])
    body = """שלום תומאש,

מאשרים את הזמנה 4500033455:
שורה 1: 2,000 יח' כמבוקש.
שורה 2: יש לנו במלאי רק 1,500 יח' - נספק 1,500 ולא יותר (הדגם יוצא מהייצור).
מחירים ותאריך אספקה 10.12.2026 ללא שינוי.

בברכה,
נועה לוי
מהדקים גליל בע"מ | אזור תעשייה בר-לב | טל' 04-9912345
"""
    part = text(body, charset="windows-1255", cte="quoted-printable")
    return [p], reply(p, "נועה לוי", "noa@galil-clamps.example", when(2026, 11, 29, 13, 20, 2), part,
                      charset="windows-1255", style="plain"), \
        conf([(p, {1: A, 2: C(q=1500)})],
             "Line 1 as ordered; line 2 only 1,500 of 2,000 (model being discontinued), price and 10.12.2026 unchanged.")


@case("urpk-gmail-dns-nxdomain", "bounce", "ur-PK",
      "Google 'Delivery Status Notification (Failure)' - 'Address not found', DNS NXDOMAIN for the Sialkot supplier's domain.")
def _():
    s = sup("SIALSAD", "Sialkot Saddlery Works", "orders@sialkotsaddlery.example", "ur-PK")
    p = po("4500033488", s, "raj", "USD", "2026-11-26", [
        L("SSW-SP-AP", "Saddle pad all-purpose, quilted, black", 100, "EA", "9.80", "2027-01-20"),
        L("SSW-SP-PONY", "Saddle pad pony, quilted, navy", 50, "EA", "7.90", "2027-01-20")])
    rc = s["email"]
    plain = """
** Address not found **

Your message wasn't delivered to %s because the domain sialkotsaddlery.example couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/mail/?p=BadRcptDomain

The response was:

DNS Error: DNS type 'mx' lookup of sialkotsaddlery.example responded with code NXDOMAIN Domain name not found: sialkotsaddlery.example
""" % rc
    ds = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 26 Nov 2026 00:12:01 -0800 (PST)
X-Original-Message-ID: %s

Final-Recipient: rfc822; %s
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of sialkotsaddlery.example responded with code NXDOMAIN
Last-Attempt-Date: Thu, 26 Nov 2026 00:12:02 -0800 (PST)
""" % (p["request_message_id"], rc)
    orig = """MIME-Version: 1.0
From: Rajiv Menon <rajiv.menon@calderfinch.example>
Date: Thu, 26 Nov 2026 09:12:00 +0100
Message-ID: %s
Subject: %s
To: %s
Content-Type: text/plain; charset="UTF-8"

%s""" % (p["request_message_id"], req_subject(p), rc, req_text(p))
    parts = [multi("alternative", [text(plain, charset="UTF-8"), html("<html><body><h2>Address not found</h2><p>Your message wasn't delivered to <b>%s</b> because the domain sialkotsaddlery.example couldn't be found.</p></body></html>" % rc, "UTF-8")], "000000000000c91e7605f2e1a2b3"),
             Part([("Content-Type", "message/delivery-status")], ds.encode()),
             Part([("Content-Type", "message/rfc822")], orig.encode())]
    part = multi("report", parts, "000000000000c5f0d905f2e1a2b1", "; report-type=delivery-status")
    m = mail("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "rajiv.menon@calderfinch.example",
             "Delivery Status Notification (Failure)", when(2026, 11, 26, 0, 13, -8), part,
             "<6745a1b2.050a0220.3c1e2f.8d41.GMR@mx.google.com>", reply_to=p,
             extra=[("Auto-Submitted", "auto-replied")])
    return [p], m, other("bounce", "Gmail DSN: recipient domain does not exist (NXDOMAIN); the returned original PO text inside is not a reply.")


@case("bnbd-apron-next-tuesday", "confirmation", "bn-BD",
      "Bangladeshi English with Bengali sign-off: goods handed to forwarder 'next Tuesday' relative to a Thursday mail (-> 1 Dec, earlier than needed).")
def _():
    s = sup("DHKGARM", "Dhaka Garments Accessories Ltd.", "merch@dhakaaccessories.example", "bn-BD")
    p = po("4500033501", s, "dana", "USD", "2026-11-24", [
        L("DG-APS-COT-30", "Apron neck strap, cotton twill 30 mm, adjustable", 5000, "PC", "0.28", "2026-12-08")])
    body = """Dear Sir,

Assalamu Alaikum. Thank you for PO# 4500033501.

We confirm 5,000 pcs apron neck strap @ USD 0.28/pc. Goods are ready in our store, we will hand over to your forwarder next Tuesday.

ধন্যবাদ / Best regards,
Md. Rafiqul Islam
Senior Merchandiser
Dhaka Garments Accessories Ltd.
Plot 22, Sector 7, Uttara, Dhaka-1230 | Cell: +880 1711-234567 | BIN 000123456-0101
"""
    part = text(body, charset="utf-8", cte="quoted-printable")
    return [p], reply(p, "Md. Rafiqul Islam", "rafiq@dhakaaccessories.example", when(2026, 11, 26, 17, 30, 6), part,
                      prefix="Re: ", style="gmail"), \
        conf([(p, {1: C(d="2026-12-01")})],
             "Qty and price as ordered. Handing over to the forwarder is the only (ship) date: 'next Tuesday' from Thu 2026-11-26 = Tue 2026-12-01, earlier than 2026-12-08.")


@case("tain-fenders-three-weeks", "confirmation", "ta-IN",
      "Chennai supplier (Tamil greeting) confirms both lines at PO rates with delivery 'three weeks from today' (-> 18 Dec, earlier).")
def _():
    s = sup("COROMAR", "Coromandel Marine Rubber Pvt Ltd", "sales@coromandelrubber.example", "ta-IN")
    p = po("4500033540", s, "raj", "INR", "2026-11-26", [
        L("CM-FEN-D300", "D-fender, rubber, 300 mm x 1 m", 20, "EA", "6800.00", "2027-01-04"),
        L("CM-FEN-TYRE", "Tyre fender with chain", 10, "EA", "4500.00", "2027-01-04")])
    body = """வணக்கம் Rajiv sir,

Received your PO 4500033540, thank you. Both items confirmed at PO rates (Rs.6,800/- and Rs.4,500/- each), full quantity.
Since we have the moulds free now, we can deliver three weeks from today itself, no need to wait till January.

நன்றி,
S. Karthikeyan
Coromandel Marine Rubber Pvt Ltd
SIDCO Industrial Estate, Ambattur, Chennai 600098
Ph: 044-2625 1234 | Mob: 94440 12345
"""
    part = text(body, charset="utf-8", cte="base64")
    return [p], reply(p, "S. Karthikeyan", "karthik@coromandelrubber.example", when(2026, 11, 27, 11, 5, 5, 30), part,
                      prefix="Re: "), \
        conf([(p, {1: C(d="2026-12-18"), 2: C(d="2026-12-18")})],
             "Full quantities at PO prices; 'three weeks from today' from Fri 2026-11-27 = 2026-12-18, earlier than 2027-01-04 -> changed date on both lines.")
