"""Cases B: confirmations, European and Asian suppliers, units and weeks."""

from .common import (Supplier, PO, dt, acc, chg, rej, unc, confirmation, expected, case)
from . import mime as M


@case("weeknummers-klompen-nl", "confirmation", "nl-NL",
      "Dutch week numbers (week 51, week 1 van 2027) without a day; KvK/BTW digits in signature")
def c_nl_week():
    S = Supplier("VDSLUIS", "Klompenmakerij Van der Sluis B.V.", "verkoop@vandersluis-klompen.example", "nl-NL")
    P = PO("4500031390", S, "ingrid", "EUR", dt(2026, 11, 23, 8, 55, 1), [
        ("CS-POP-38", "Clog sole blank, poplar, size 38", 200, "PR", "7.20", "2026-12-18"),
        ("CS-POP-42", "Clog sole blank, poplar, size 42", 200, "PR", "7.60", "2026-12-18"),
        ("CS-PU-42", "PU clog outsole, size 42, black", 150, "PR", "4.95", "2026-12-18"),
    ])
    body = """Goedemiddag Ingrid,

Hierbij bevestigen wij uw order 4500031390.

Regel 1 en 2 (populieren zoolblokken maat 38 en 42) leveren wij in week 51.
Regel 3 (PU loopzolen maat 42) wordt week 1 van 2027, de mallen staan tot de kerst vol.

Prijzen conform uw order.

Met vriendelijke groet,

Gert-Jan van der Sluis
Klompenmakerij Van der Sluis B.V.
Kerkstraat 41, 1561 AB Krommenie
T +31 (0)75 621 40 88
KvK 34128907 | BTW NL8123.45.678.B01
"""
    eml = M.reply(P, sender=("Gert-Jan van der Sluis", "gj@vandersluis-klompen.example"),
                  when=dt(2026, 11, 26, 14, 31, 1), body=body, style="outlook", lang="nl",
                  charset="utf-8", prefix="RE: ", lang_tag="nl-NL")
    exp = expected("confirmation",
                   "Week 51 (no day) = Friday 2026-12-18 = need-by for lines 1-2; line 3 week 1 of 2027 = 2027-01-08. "
                   "Prices 'conform uw order'.",
                   confirmation(P, {1: acc(), 2: acc(), 3: chg(date="2027-01-08")}))
    return [P], eml, exp


@case("duzias-espetos-br", "confirmation", "pt-BR",
      "quantity and price restated per dozen (20 dúzias a R$ 466,80 a dúzia) against a PO in EA")
def c_br_dozen():
    S = Supplier("MGE", "Metalúrgica Gaúcha de Espetos Ltda.", "vendas@gaucha-espetos.example", "pt-BR")
    P = PO("4500031404", S, "fran", "BRL", dt(2026, 11, 24, 11, 20, 1), [
        ("RS-ESP-75", "Rotating skewer / spit, stainless, 75 cm", 240, "EA", "38.90", "2026-12-16"),
        ("RS-MOTOR-12V", "Rotisserie motor 12 V DC", 60, "EA", "129.00", "2026-12-16"),
    ])
    body = """Boa tarde, Fran!

Confirmamos o pedido 4500031404 conforme abaixo:

Item 1 – espeto giratório inox 75 cm: 20 dúzias a R$ 466,80 a dúzia
Item 2 – motor 12 V: 60 unidades a R$ 129,00 cada

Entrega: 16/12/2026.

Qualquer dúvida estou à disposição.

Abraços,
Rafael Teixeira
Metalúrgica Gaúcha de Espetos Ltda.
Rua Voluntários da Pátria, 3.215 – Bairro Navegantes – Porto Alegre/RS – CEP 90230-011
Fone: (51) 3342-1870 | WhatsApp: (51) 99821-4470
CNPJ 08.412.339/0001-57
"""
    eml = M.reply(P, sender=("Rafael Teixeira", "rafael@gaucha-espetos.example"),
                  when=dt(2026, 11, 30, 17, 5, -3), body=body, style="gmail",
                  attrib="Em {a}., {d} de {b}. de {Y} às {HH}:{MM}, {name} <{email}> escreveu:", alang="pt",
                  charset="utf-8", prefix="Re: ")
    exp = expected("confirmation",
                   "20 dozen = 240 EA; R$ 466,80 per dozen = 38.90 per EA. Both lines as ordered; street number 3.215 and "
                   "CNPJ digits in the signature.",
                   confirmation(P, {1: acc(), 2: acc()}))
    return [P], eml, exp


@case("vecka-tillagg-se", "confirmation", "sv-SE",
      "Swedish 'vecka 50' / 'vecka 2' and a 5 % material surcharge given only as a percentage")
def c_se():
    S = Supplier("SOLUR", "Solursmakarna i Dalarna AB", "order@solursmakarna.example", "sv-SE")
    P = PO("4500031417", S, "ingrid", "SEK", dt(2026, 11, 20, 9, 45, 1), [
        ("SD-GN-BR-20", "Sundial gnomon, brass, 20 cm, for 59.3 deg N", 40, "EA", "385.00", "2026-12-11"),
        ("SD-GN-SS-30", "Sundial gnomon, stainless, 30 cm", 25, "EA", "512.00", "2026-12-11"),
    ])
    body = """Hej Ingrid!

Tack för beställningen. Vi bekräftar order 4500031417 enligt följande:

Rad 1: 40 st à 385,00 kr, leverans vecka 50.
Rad 2: 25 st, leverans vecka 2. Rostfritt stål har gått upp kraftigt, så vi måste
lägga på ett materialtillägg på 5 % på rad 2.

Med vänliga hälsningar

Anna Dahlgren
Solursmakarna i Dalarna AB
Bergsgatan 7, 791 71 Falun
Tel 023-71 88 20 · Mobil 070-344 12 85
"""
    eml = M.reply(P, sender=("Anna Dahlgren", "anna.dahlgren@solursmakarna.example"),
                  when=dt(2026, 11, 25, 10, 12, 1), body=body, style="outlook", lang="sv",
                  charset="iso-8859-1", prefix="SV: ", lang_tag="sv-SE")
    exp = expected("confirmation",
                   "Vecka 50 = Friday 2026-12-11 = need-by. Line 2: +5 % on 512.00 = 537.60 SEK, vecka 2 = 2027-01-15. "
                   "'59.3 deg' in the description is not a price.",
                   confirmation(P, {1: acc(), 2: chg(price="537.60", date="2027-01-15")}))
    return [P], eml, exp


@case("videresendt-vaerksted-dk", "confirmation", "da-DK",
      "forward of an internal chain (sales -> workshop -> sales) with speculative dates; no In-Reply-To, matched by subject")
def c_dk_fwd():
    S = Supplier("KIRKESMED", "Kirkesmedjen A/S", "salg@kirkesmedjen.example", "da-DK")
    P = PO("4500031425", S, "ingrid", "DKK", dt(2026, 11, 16, 14, 0, 1), [
        ("BL-OAK-1200", "Bell tower louvre panel, oak, 1200x800 mm", 12, "EA", "4650.00", "2027-01-15"),
        ("BL-CU-CAP", "Copper capping strip, 2 m", 24, "EA", "389.00", "2027-01-15"),
    ])
    from .common import request_text
    req = request_text(P)
    body = f"""Hej Ingrid,

Se nedenfor fra vores værksted. Vi bekræfter derfor ordren således:

Pos. 1 (lameller i eg): levering 22. januar 2027 – egetræet er forsinket fra savværket.
Pos. 2 (kobberinddækning): som bestilt, levering 15. januar 2027.

Priser som i jeres ordre.

Venlig hilsen
Mette Kjærgaard
Salgsassistent
Kirkesmedjen A/S · Smedevej 9 · 8600 Silkeborg
Tlf. +45 86 82 31 40 · CVR 21 45 87 96

________________________________
Fra: Jens Holm <jens.holm@kirkesmedjen.example>
Sendt: 26. november 2026 15:42
Til: Mette Kjærgaard <mette.kjaergaard@kirkesmedjen.example>
Emne: SV: VS: Purchase order 4500031425 - please confirm

Hej Mette

Egetræet kommer først fra savværket i uge 1, så lamellerne kan tidligst være
færdige fredag den 22/1. Kobberlisterne har vi på lager, de kan sagtens gå den 15/1.

/Jens

________________________________
Fra: Mette Kjærgaard <mette.kjaergaard@kirkesmedjen.example>
Sendt: 26. november 2026 08:17
Til: Jens Holm <jens.holm@kirkesmedjen.example>
Emne: VS: Purchase order 4500031425 - please confirm

Jens, kan vi nå de 12 lameller og kobberlisterne til den 15/1? Se ordren nedenfor.
Mette

________________________________
Fra: Ingrid Lindqvist <ingrid.lindqvist@brightwater-goods.example>
Sendt: 16. november 2026 14:00
Til: salg@kirkesmedjen.example
Emne: Purchase order 4500031425 - please confirm

{req}"""
    eml = M.reply(P, sender=("Mette Kjærgaard", "mette.kjaergaard@kirkesmedjen.example"),
                  when=dt(2026, 11, 27, 9, 20, 1), body=body, style="custom", charset="windows-1252",
                  subject="VS: SV: VS: Purchase order 4500031425 - please confirm", thread=False,
                  mailer=M.MAILER["outlook"], mid_style="outlook")
    exp = expected("confirmation",
                   "Forwarded internal chain. The sales text on top commits: line 1 delivery 2027-01-22, line 2 as ordered "
                   "(15 January 2027). The internal question '15/1?' and 'uge 1' are not commitments. No In-Reply-To.",
                   confirmation(P, {1: chg(date="2027-01-22"), 2: acc()}))
    return [P], eml, exp


@case("lakh-rupees-in", "confirmation", "en-IN",
      "Indian lakh grouping (Rs. 2,45,000/-), 'dt. 17-11-2026', dispatch vs delivery date, GSTIN and phone digits")
def c_in():
    S = Supplier("SGNR", "Shree Ganesh Nets & Ropes Pvt. Ltd.", "export@shreeganeshnets.example", "en-IN")
    P = PO("4500031433", S, "fran", "INR", dt(2026, 11, 17, 12, 30, 1), [
        ("CN-HDPE-4X6", "Cargo net HDPE 4x6 m, 5 mm twine", 100, "EA", "2450.00", "2026-12-21"),
        ("CN-NYL-LIFT-3X3", "Nylon lifting cargo net 3x3 m, SWL 2 t", 20, "EA", "18750.00", "2026-12-21"),
    ])
    body = """Dear Sir,

Greetings from Shree Ganesh Nets & Ropes!

With reference to your PO no. 4500031433 dt. 17-11-2026, we are pleased to confirm the same as under:

Item 1: HDPE Cargo Net 4x6 mtr - 100 nos. @ Rs. 2,450/- each = Rs. 2,45,000/-
Item 2: Nylon Lifting Net 3x3 mtr (SWL 2T) - 20 nos. @ Rs. 18,750/- each = Rs. 3,75,000/-
Total: Rs. 6,20,000/- (Rupees Six Lakh Twenty Thousand only) + GST @18% extra as applicable

Dispatch: 14-12-2026 by air from Ahmedabad.
Delivery at your end: 21-12-2026.

Kindly acknowledge receipt and do the needful.

Thanks & Regards,
Hitesh Patel
Manager - Exports
Shree Ganesh Nets & Ropes Pvt. Ltd.
Plot No. 214/B, GIDC Sachin, Surat - 394 230, Gujarat
Mob: +91 98250 41177 | Ph: 0261-239 7745
GSTIN: 24AAGCS4412M1ZQ
"""
    eml = M.reply(P, sender=("Hitesh Patel", "hitesh@shreeganeshnets.example"),
                  when=dt(2026, 11, 23, 11, 48, 5, tzm=30), body=body, style="gmail", charset="utf-8",
                  prefix="Re: ")
    exp = expected("confirmation",
                   "Lakh grouping 2,45,000 is a line total; unit prices 2,450 and 18,750 match. Dispatch 14-12 but delivery "
                   "21-12-2026 is given and wins = need-by. Both accepted.",
                   confirmation(P, {1: acc(), 2: acc()}))
    return [P], eml, exp


@case("fca-named-place-gb", "confirmation", "en-GB",
      "Incoterm with named place beside the date (FCA Tinsley (Sheffield) 11/12/2026); postcode, SO number and VAT digits")
def c_gb_fca():
    S = Supplier("HYDROTEC", "Hydrotec Penstocks Ltd", "sales@hydrotec-penstocks.example", "en-GB")
    P = PO("4500031446", S, "fran", "GBP", dt(2026, 11, 19, 10, 10, 1), [
        ("SG-PEN-450", "Penstock 450x450 mm, cast iron, rising spindle", 3, "EA", "1865.00", "2026-12-18"),
        ("SG-FLAP-300", "Flap valve 300 mm, HDPE", 6, "EA", "412.00", "2026-12-18"),
    ])
    body = """Hi Fran,

Thanks for the order - confirmed as follows:

Item 1 - SG-PEN-450 penstock, 3 no. @ £1,865.00 each, FCA Tinsley (Sheffield) 11/12/2026
Item 2 - SG-FLAP-300 flap valve, 6 no. @ £412.00 each, FCA Tinsley (Sheffield) 11/12/2026

Goods will be ready for collection by your forwarder from 08:00 on the day. Please ask them to book a slot with our yard quoting SO 58217.

Kind regards,

Dave Whitworth
Sales Office
Hydrotec Penstocks Ltd
Unit 6, Meadowhall Riverside, 2 Sheffield Road, Tinsley, Sheffield S9 1XH
T: 0114 256 0417 | M: 07700 900 318
Registered in England & Wales No. 04418722 | VAT GB 812 4433 06
"""
    eml = M.reply(P, sender=("Dave Whitworth", "dave.whitworth@hydrotec-penstocks.example"),
                  when=dt(2026, 11, 24, 15, 2, 0), body=body, style="outlook", lang="en_GB",
                  charset="windows-1252", prefix="RE: ", lang_tag="en-GB")
    exp = expected("confirmation",
                   "FCA Tinsley (Sheffield) 11/12/2026 is the hand-over (ship) date, day-first = 2026-12-11; no delivery date "
                   "given, so the date is 2026-12-11 for both lines (earlier than need-by, hence changed).",
                   confirmation(P, {1: chg(date="2026-12-11"), 2: chg(date="2026-12-11")}))
    return [P], eml, exp


@case("iso-dates-reject-pads-qc", "confirmation", "fr-CA",
      "Québec French with ISO dates (2027-01-08) and '6,45 $'; one line cancelled for stock-out")
def c_qc():
    S = Supplier("EPL", "Équipements Plâtriers Laval inc.", "commandes@equipements-platriers.example", "fr-CA")
    P = PO("4500031461", S, "kenji", "CAD", dt(2026, 11, 24, 15, 0, 1), [
        ("ST-STRAP-LEG", "Drywall stilt leg strap, nylon, with buckle", 200, "EA", "6.45", "2027-01-08"),
        ("ST-STRAP-FOOT", "Drywall stilt foot strap set, heel and toe", 150, "SET", "11.90", "2027-01-08"),
        ("ST-PAD-CALF", "Stilt calf pad, foam", 100, "PR", "8.25", "2027-01-08"),
    ])
    body = """Bonjour M. Nakamura,

Voici notre confirmation pour la commande 4500031461 :

1) Sangles de jambe : 200 unités à 6,45 $ — livraison le 2027-01-08
2) Ensembles de sangles de pied : 150 ensembles à 11,90 $ — livraison le 2027-01-08
3) Coussinets de mollet : rupture chez notre fournisseur, on ne pourra pas vous les fournir avant mars. On préfère donc annuler cette ligne.

Taxes en sus, le cas échéant.

Bonne journée!

Geneviève Tremblay
Service à la clientèle
Équipements Plâtriers Laval inc.
2450, boul. Industriel, Laval (Québec)  H7S 2P6
Tél. : 450 668-3120, poste 224 | Sans frais : 1 800 555-0199
"""
    eml = M.reply(P, sender=("Geneviève Tremblay", "gtremblay@equipements-platriers.example"),
                  when=dt(2026, 11, 30, 9, 12, -5), body=body, style="gmail",
                  attrib="Le {a}. {d} {b}. {Y}, à {HH} h {MM}, {name} <{email}> a écrit :", alang="fr",
                  charset="utf-8", prefix="RE : ")
    exp = expected("confirmation",
                   "Lines 1-2 as ordered (ISO dates); line 3 cancelled by the supplier ('pas avant mars', 'annuler cette "
                   "ligne') = rejected.",
                   confirmation(P, {1: acc(), 2: acc(), 3: rej()}))
    return [P], eml, exp


@case("ddmmyy-backorder-au", "confirmation", "en-AU",
      "iPhone reply with dd/mm/yy dates (04/12/26 dispatch, 08/12/26 delivered); backorder line with a later date")
def c_au():
    S = Supplier("BMRA", "Blue Mountains Rope Access Supplies Pty Ltd", "sales@bmropeaccess.example", "en-AU")
    P = PO("4500031474", S, "kenji", "AUD", dt(2026, 11, 25, 9, 30, 1), [
        ("AD-AUTO-105", "Auto-braking descender for 10-11.5 mm rope", 12, "EA", "289.00", "2026-12-14"),
        ("AD-RACK-AL5", "Aluminium rack descender, 5 bar", 6, "EA", "175.00", "2026-12-14"),
    ])
    body = """G'day Kenji,

All good on both lines, prices as per your PO.

Line 1 - dispatching 04/12/26 ex Katoomba, delivered to you 08/12/26.
Line 2 - on backorder, we can deliver 21/12/26. Will send tracking when it goes.

Cheers,
Shane

Sent from my iPhone
"""
    eml = M.reply(P, sender=("Shane Mitchell", "shane@bmropeaccess.example"),
                  when=dt(2026, 11, 27, 7, 48, 11), body=body, style="apple",
                  attrib="On {d} {b} {Y}, at {HH}:{MM}, {name} <{email}> wrote:", prefix="Re: ")
    exp = expected("confirmation",
                   "Day-first two-digit years. Line 1 delivery 08/12/26 wins over dispatch 04/12/26 = 2026-12-08; line 2 "
                   "2026-12-21. Quantities and prices as ordered.",
                   confirmation(P, {1: chg(date="2026-12-08"), 2: chg(date="2026-12-21")}))
    return [P], eml, exp


@case("xung-hap-tre-vn", "confirmation", "vi-VN",
      "Vietnamese UTF-8 base64; dong with dot thousands (86.000 ₫); price up on one line, another not produced")
def c_vn():
    S = Supplier("PHUVINH", "Công ty TNHH Mây Tre Đan Phú Vinh", "sales@phuvinh-bamboo.example", "vi-VN")
    P = PO("4500031486", S, "kenji", "VND", dt(2026, 11, 23, 10, 0, 1), [
        ("DS-BAM-10", "Bamboo dumpling steamer 10 in, 2 tiers + lid", 300, "SET", "145000", "2026-12-22"),
        ("DS-BAM-6", "Bamboo dumpling steamer 6 in, 2 tiers + lid", 500, "SET", "82000", "2026-12-22"),
        ("DS-LINER-10", "Silicone steamer liner 10 in", 1000, "PCS", "9500", "2026-12-22"),
    ])
    body = """Kính gửi anh Kenji,

Công ty Phú Vinh xin xác nhận đơn hàng số 4500031486 như sau:

Dòng 1: Xửng hấp tre 10 inch – 300 bộ, đơn giá 145.000 ₫, giao ngày 22/12/2026.
Dòng 2: Xửng hấp tre 6 inch – 500 bộ, đơn giá 86.000 ₫ (giá tre nguyên liệu tăng), giao ngày 22/12/2026.
Dòng 3: Lót silicon 10 inch – rất tiếc công ty chúng tôi không sản xuất mặt hàng này, không thể cung cấp.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh – Công ty TNHH Mây Tre Đan Phú Vinh
Thôn Phú Vinh, xã Phú Nghĩa, huyện Chương Mỹ, TP. Hà Nội
ĐT: 024 3386 5127 – DĐ: 0912 447 385
"""
    eml = M.reply(P, sender=("Nguyễn Thị Thu Hà", "thuha@phuvinh-bamboo.example"),
                  when=dt(2026, 11, 28, 9, 33, 7), body=body, style="gmail",
                  attrib="Vào {A}, {d} {b}, {Y} vào lúc {HH}:{MM} {name} <{email}> đã viết:", alang="vi",
                  charset="utf-8", cte="base64", prefix="Re: ")
    exp = expected("confirmation",
                   "Dot is the thousands separator (145.000 = 145000 VND). Line 2 new price 86000; line 3 not produced = rejected.",
                   confirmation(P, {1: acc(), 2: chg(price="86000"), 3: rej()}))
    return [P], eml, exp


@case("buddhist-era-tis620", "confirmation", "th-TH",
      "Thai TIS-620; Buddhist Era dates (15 ธ.ค. 2569 = 2026-12-15, 8 ม.ค. 2570 = 2027-01-08)")
def c_th():
    S = Supplier("LANNA", "บริษัท เชียงใหม่ โคมล้านนา จำกัด", "sales@lanna-lantern.example", "th-TH")
    P = PO("4500031498", S, "fran", "THB", dt(2026, 11, 20, 8, 15, 1), [
        ("LW-PAR-CELL", "Paraffin fuel cell with wick for paper lantern", 5000, "PCS", "3.20", "2026-12-15"),
        ("LW-WAX-DISC", "Wax wick disc 40 mm", 2000, "PCS", "4.75", "2026-12-15"),
    ])
    body = """เรียน คุณ Fran

บริษัทฯ ขอยืนยันคำสั่งซื้อเลขที่ 4500031498 ดังนี้

รายการที่ 1  LW-PAR-CELL  จำนวน 5,000 ชิ้น  ราคาชิ้นละ 3.20 บาท  ส่งของวันที่ 15 ธ.ค. 2569
รายการที่ 2  LW-WAX-DISC  จำนวน 2,000 ชิ้น  ราคาชิ้นละ 4.75 บาท  ส่งของวันที่ 8 ม.ค. 2570

ราคายังไม่รวมภาษีมูลค่าเพิ่ม 7%

ขอแสดงความนับถือ
สมชาย แก้วมณี
ฝ่ายขาย บริษัท เชียงใหม่ โคมล้านนา จำกัด
99/9 หมู่ 3 ต.สันทราย อ.สารภี จ.เชียงใหม่ 50140
โทร. 053-322-118 มือถือ 081-765-4320
"""
    eml = M.reply(P, sender=("Somchai Kaewmanee", "somchai@lanna-lantern.example"),
                  when=dt(2026, 11, 26, 14, 5, 7), body=body, style="outlook", lang="en_US",
                  charset="tis-620", cte="base64", prefix="RE: ", lang_tag="th-TH")
    exp = expected("confirmation",
                   "Buddhist Era: 2569 = 2026, 2570 = 2027. Line 1 as ordered; line 2 ships 2027-01-08. Prices exclude 7% VAT (net).",
                   confirmation(P, {1: acc(), 2: chg(date="2027-01-08")}))
    return [P], eml, exp


@case("hebrew-rtl-cp1255", "confirmation", "he-IL",
      "Hebrew RTL in windows-1255; a supplier-side date (18/12) in parentheses that is not the delivery date")
def c_he():
    S = Supplier("OREN", "אורן מתכות בע\"מ", "sales@oren-metals.example", "he-IL")
    P = PO("4500031515", S, "tom", "ILS", dt(2026, 11, 19, 13, 0, 1), [
        ("DW-SPIDER-RND", "Dartboard spider, round wire, galvanised", 150, "EA", "24.60", "2026-12-16"),
        ("DW-SPIDER-BLD", "Dartboard spider, blade wire, stainless", 100, "EA", "39.90", "2026-12-16"),
    ])
    body = """שלום Tom,

תודה על ההזמנה. אנו מאשרים את הזמנה מס' 4500031515:

שורה 1 – 150 יח' במחיר 24.60 ₪ ליח', אספקה 16/12/2026
שורה 2 – 100 יח' במחיר 39.90 ₪ ליח', אספקה 23/12/2026 (חוט הלהבים מגיע מהספק רק ב-18/12)

המחירים אינם כוללים מע"מ.

בברכה,
יוסי אורן
אורן מתכות בע"מ
רח' המלאכה 14, אזור תעשייה צפוני, אשקלון 7878114
טל' 08-6723390 | נייד 052-4418806
"""
    eml = M.reply(P, sender=("Yossi Oren", "yossi@oren-metals.example"), when=dt(2026, 11, 24, 10, 40, 2),
                  body=body, style="outlook", lang="en_US", charset="windows-1255", prefix="RE: ",
                  lang_tag="he-IL")
    exp = expected("confirmation",
                   "Line 1 as ordered; line 2 delivery 23/12/2026. '18/12' is when the supplier's wire arrives, not a commitment. "
                   "Prices excl. VAT.",
                   confirmation(P, {1: acc(), 2: chg(date="2026-12-23")}))
    return [P], eml, exp


@case("arabic-indic-digits-eg", "confirmation", "ar-EG",
      "Arabic with Arabic-Indic digits and the Arabic decimal separator (٣٢٥٫٠٠); price change on one line")
def c_eg():
    S = Supplier("NILEMAR", "شركة النيل للمعدات البحرية", "sales@nile-marine.example", "ar-EG")
    P = PO("4500031527", S, "tom", "EGP", dt(2026, 11, 18, 11, 0, 1), [
        ("PB-WOOD-S40", "Wooden pulley block, single, 40 mm sheave", 200, "EA", "185.00", "2026-12-20"),
        ("PB-WOOD-D40", "Wooden pulley block, double, 40 mm sheave", 100, "EA", "310.00", "2026-12-20"),
    ])
    body = """السيد/ توم آشبي المحترم،

تحية طيبة وبعد،

نؤكد لكم استلام أمر الشراء رقم 4500031527 ونوافق عليه كما يلي:

البند ١: بكرة خشبية مفردة ٤٠ مم – الكمية ٢٠٠ قطعة بسعر ١٨٥٫٠٠ جنيه للقطعة، التسليم ٢٠/١٢/٢٠٢٦
البند ٢: بكرة خشبية مزدوجة ٤٠ مم – الكمية ١٠٠ قطعة بسعر ٣٢٥٫٠٠ جنيه للقطعة (بسبب زيادة أسعار خشب الزان)، التسليم ٢٠/١٢/٢٠٢٦

الأسعار لا تشمل ضريبة القيمة المضافة.

وتفضلوا بقبول فائق الاحترام،
م. أحمد عبد الرحمن
مدير المبيعات – شركة النيل للمعدات البحرية
١٤ شارع الميناء الشرقي، الإسكندرية
ت: ٠٣٤٨٧٢٢١٥ – موبايل: ٠١٠٠٦٤٨٣٣٧١
"""
    body_html = "<div dir=\"rtl\">" + M.div_lines(body) + "</div>"
    eml = M.reply(P, sender=("Ahmed Abdelrahman", "ahmed.a@nile-marine.example"), when=dt(2026, 11, 25, 12, 15, 2),
                  body=body, body_html=body_html, style="gmail", charset="utf-8", cte="base64", prefix="Re: ")
    exp = expected("confirmation",
                   "Arabic-Indic digits: line 1 200 pcs at 185.00 EGP, delivery 20/12/2026 = as ordered; line 2 100 pcs at "
                   "325.00 (٣٢٥٫٠٠) instead of 310.00, same date.",
                   confirmation(P, {1: acc(), 2: chg(price="325.00")}))
    return [P], eml, exp
