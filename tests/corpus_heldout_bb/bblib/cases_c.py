"""Cases 037-054."""
import datetime as dt
from decimal import Decimal as Dm

from .common import (ACC, BM, IN, KN, LC, NH, REJ, UNC, VM, L, PO, Supplier, at, case, chg, de, en, expected, fr)
from .mime import attachment, compose
from .pdf import Sheet, make_pdf
from .render import Quote, Raw, Table, fmt_addr, prefix_lines, request_text
from .special import exchange_ndr
from .xlsx import BOLD, DATE, DEC4, DMY, INT, MONEY, make_xlsx

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# 037 ------------------------------------------------------------------------------------------
@case("drapes-malay-can-we-split", "needs_review/ms-MY",
      "Malay reply proposing 800 now and 200 in mid-January and asking whether that is acceptable; 'item 2 no problem' is not yet a confirmation.")
def c037(ctx):
    sup = Supplier("MEDIKAIN", "Medikain Sdn. Bhd.", "jualan@medikain.example", "ms-MY", "Encik Faizal")
    po = PO("4500234020", sup, BM, "USD", "2026-11-23", [
        L(1, "SDR-C-SEC", "Caesarean section drape 260x330 cm, with fluid pouch", 1000, "EA", "6.85", "2026-12-18"),
        L(2, "SDR-ARM-BRD", "Arm board cover 35x80 cm", 3000, "EA", "0.42", "2026-12-18"),
    ])
    body = [
        "Salam sejahtera Encik Tom,",
        "Terima kasih atas pesanan tuan. Untuk item 1 (drape pembedahan caesarean), stok kami sekarang hanya cukup "
        "untuk 800 helai. Boleh kami hantar 800 helai dahulu pada 18/12/2026 dan baki 200 helai pada pertengahan "
        "Januari 2027? Untuk item 2 tiada masalah.",
        "Sila maklumkan sama ada tuan bersetuju, kemudian kami akan hantar pengesahan rasmi.",
        "Terima kasih.",
    ]
    sig = ("Nur Aisyah binti Rahman\nSales Executive\nMedikain Sdn. Bhd.\nLot 22, Jalan Perusahaan 3, Kawasan "
           "Perindustrian Bukit Rambai, 75250 Melaka\nTel: +606-555 3128")
    msg = compose(ctx, client="outlook365", po=po, frm=("Nur Aisyah binti Rahman", sup.addr("aisyah")),
                  date=at("2026-11-26", "16:05", 8), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="us-ascii", quote_lang="ms", lang_tag="ms-MY")
    exp = expected("needs_review", "A proposal phrased as a question ('Boleh kami ...?') with 'mid-January' as the second "
                   "date; the formal confirmation is promised only after our answer.")
    return [po], msg, exp


# 038 ------------------------------------------------------------------------------------------
@case("grow-lights-xlsx-only", "confirmation/lt-LT",
      "Lithuanian one-sentence body; the answers are in an XLSX (dates as Excel serial numbers), line 1 split over two rows.")
def c038(ctx):
    sup = Supplier("AUGALUX", "UAB Augalų šviesa", "uzsakymai@augalusviesa.example", "lt-LT", "Mr Kazlauskas")
    po = PO("4500234077", sup, KN, "EUR", "2026-11-23", [
        L(1, "LGL-480-SPD", "LED grow light 480W, spider type, 8 bars, 2027", 90, "EA", "214.00", "2026-12-11"),
        L(2, "LGL-CTRL-4CH", "Lighting controller 4-channel, 0-10V, 24V", 12, "EA", "188.00", "2026-12-11"),
        L(3, "LGL-CBL-5M", "Daisy-chain cable 5 m, RJ14", 120, "EA", "6.90", "2026-12-11"),
    ])
    d = dt.date
    rows = [
        [("UAB Augalų šviesa – užsakymo patvirtinimas", BOLD)],
        ["Užsakymas Nr.:", "4500234077"],
        ["Pirkėjas:", "Kestrel Nordic AB"],
        ["Data:", d(2026, 11, 25)],
        [],
        [(h, BOLD) for h in ("Eil. Nr.", "Prekės kodas", "Pavadinimas", "Kiekis", "Mato vnt.", "Kaina, EUR",
                             "Pristatymo data", "Pastaba")],
        [1, "LGL-480-SPD", "LED augalų šviestuvas 480W, 8 juostos", 45, "vnt.", Dm("214.00"), d(2026, 12, 11), "1-a siunta"],
        [1, "LGL-480-SPD", "LED augalų šviestuvas 480W, 8 juostos", 45, "vnt.", Dm("214.00"), d(2027, 1, 8), "2-a siunta"],
        [2, "LGL-CTRL-4CH", "Apšvietimo valdiklis 4 kanalų", 12, "vnt.", Dm("196.00"), d(2026, 12, 11), "nauja kaina"],
        [3, "LGL-CBL-5M", "Jungiamasis kabelis 5 m", 120, "vnt.", Dm("6.90"), d(2026, 12, 11), ""],
    ]
    x = make_xlsx([("Patvirtinimas", rows)], creator="Tomas Kazlauskas", created="2026-11-25T12:31:00Z",
                  when=(2026, 11, 25, 14, 31, 0))
    body = ["Laba diena,", "siunčiame užsakymo Nr. 4500234077 patvirtinimą (priede).", "Pagarbiai"]
    sig = "Tomas Kazlauskas\nUAB Augalų šviesa\nSavanorių pr. 178, LT-03154 Vilnius\nTel. +370 5 255 5180"
    att = attachment(x, XLSX, "Patvirtinimas_4500234077.xlsx")
    msg = compose(ctx, client="outlook365", po=po, frm=("Tomas Kazlauskas", sup.addr("tomas.kazlauskas")),
                  date=at("2026-11-25", "14:40", 2), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1257", quote_lang="lt", lang_tag="lt-LT", attachments=[att])
    exp = expected("confirmation", "All values are in the XLSX: line 1 delivered in two rows of 45 (2026-12-11 and "
                   "2027-01-08, Excel date serials), line 2 new price 196.00, line 3 as ordered.",
                   (po, {1: chg(90, "214.00", "2027-01-08", [(45, "2026-12-11"), (45, "2027-01-08")]),
                         2: chg(12, "196.00", "2026-12-11"), 3: ACC}))
    return [po], msg, exp


# 039 ------------------------------------------------------------------------------------------
@case("bee-suits-ukrainian-ship-vs-delivery", "confirmation/uk-UA",
      "Ukrainian reply giving both a shipping date (відвантаження 11.12) and a delivery date (доставка 16.12) per line, plus a short quantity.")
def c039(ctx):
    sup = Supplier("BDZHOLA", "TOV Bdzhola-Tekstyl", "sales@bdzhola-tekstyl.example", "uk-UA", "Ms Kovalenko")
    po = PO("4500234133", sup, NH, "EUR", "2026-11-20", [
        L(1, "BS-FULL-M", "Bee suit full, cotton/poly, round veil, size M", 150, "EA", "27.50", "2026-12-18"),
        L(2, "BS-FULL-XXL", "Bee suit full, cotton/poly, round veil, size XXL", 50, "EA", "29.00", "2026-12-18"),
        L(3, "BS-GLV-LTH", "Leather beekeeping gloves, long cuff", 300, "PAIR", "5.80", "2026-12-18"),
    ])
    body = [
        "Добрий день, пані Лено!",
        "Дякуємо за замовлення. Підтверджуємо замовлення № 4500234133:",
        "1) Костюм бджоляра, розмір M — 150 шт. по 27,50 EUR; відвантаження 11.12.2026, доставка до Гамбурга 16.12.2026.\n"
        "2) Костюм бджоляра, розмір XXL — 50 шт. по 29,00 EUR; відвантаження 11.12.2026, доставка 16.12.2026.\n"
        "3) Рукавиці шкіряні — можемо поставити лише 240 пар по 5,80 EUR (доставка 16.12.2026), решту 60 пар, "
        "на жаль, не зможемо.",
        "З повагою,",
    ]
    sig = "Оксана Коваленко\nТОВ «Бджола-Текстиль»\nвул. Промислова, 7, м. Вінниця, 21027\nтел. +380 43 255 5140"
    msg = compose(ctx, client="gmail", po=po, frm=("Оксана Коваленко", sup.addr("o.kovalenko")),
                  date=at("2026-11-24", "12:10", 2), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="UTF-8", cte="base64", quote_lang="en")
    d = "2026-12-16"
    exp = expected("confirmation", "Delivery (доставка 16.12.2026) wins over shipping (відвантаження 11.12.2026); gloves "
                   "only 240 of 300 pairs.",
                   (po, {1: chg(150, "27.50", d), 2: chg(50, "29.00", d), 3: chg(240, "5.80", d)}))
    return [po], msg, exp


# 040 ------------------------------------------------------------------------------------------
@case("fire-couplings-russian-inline", "confirmation/ru-RU",
      "KOI8-R bottom-posted reply with answers under each quoted PO line; hose confirmed as 100 lengths of 20 m at a per-length price.")
def c040(ctx):
    sup = Supplier("POZHSNAB", "OOO Pozhsnab-Komplekt", "zakaz@pozhsnab.example", "ru-RU", "Mr Smirnov")
    po = PO("4500234190", sup, LC, "USD", "2026-11-23", [
        L(1, "FHC-GR-50", "Coupling head GR-50, aluminium, PN 1.6 MPa", 500, "EA", "4.10", "2026-12-18"),
        L(2, "FHC-GR-80", "Coupling head GR-80, aluminium", 300, "EA", "6.80", "2026-12-18"),
        L(3, "FH-51-LL", "Fire hose 51 mm, latex-lined, in 20 m lengths", 2000, "M", "1.95", "2026-12-18"),
    ])
    assert Dm("39.00") / 20 == Dm("1.95")
    answers = {
        "1": "Подтверждаем: 500 шт., 4,10 USD, поставка 18.12.2026.",
        "2": "Подтверждаем 300 шт. по 6,80 USD, но двумя партиями: 150 шт. - 11.12.2026, 150 шт. - 25.12.2026.",
        "3": "100 рукавов по 20 м (итого 2000 м), цена 39,00 USD за рукав, поставка 18.12.2026.",
    }
    q = request_text(po).rstrip("\n").split("\n")
    out = []
    for ln in q:
        out.append(("> " + ln) if ln else ">")
        key = ln.split(" ", 1)[0]
        if key in answers and ln.startswith(key + " "):
            out.append(answers[key])
            out.append("")
    txt = ("Здравствуйте, Прия!\n\nОтветы ниже по тексту.\n\n23.11.2026 19:14, Priya Raman пишет:\n" + "\n".join(out)
           + "\n\n-- \nС уважением,\nДмитрий Смирнов\nменеджер отдела продаж\nООО \"Пожснаб-Комплект\"\n"
           "г. Екатеринбург, ул. Монтажников, 4\nтел. +7 343 555-21-40")
    msg = compose(ctx, client="thunderbird", po=po, frm=("Дмитрий Смирнов", sup.addr("d.smirnov")),
                  date=at("2026-11-24", "10:25", 5), subject="Re: " + po.req_subject, body=[Raw(txt)],
                  charset="KOI8-R", cte="8bit", parts="text", quote=False, lang_tag="ru")
    exp = expected("confirmation", "Answers interleaved below each quoted line: line 1 as ordered; line 2 split 150 on "
                   "2026-12-11 and 150 on 2026-12-25; line 3 = 100 x 20 m = 2000 M at 39.00 per length = 1.95 per M "
                   "(as ordered).",
                   (po, {1: ACC, 2: chg(300, "6.80", "2026-12-25", [(150, "2026-12-11"), (150, "2026-12-25")]),
                         3: ACC}))
    return [po], msg, exp


# 041 ------------------------------------------------------------------------------------------
@case("diving-masks-hebrew-rtl", "confirmation/he-IL",
      "Hebrew (windows-1255, RTL HTML) per-line answers: one as ordered, one a week later, one discontinued.")
def c041(ctx):
    sup = Supplier("EILATDIVE", "Eilat Dive Gear Ltd", "orders@eilatdivegear.example", "he-IL", "Mr Cohen")
    po = PO("4500234245", sup, LC, "USD", "2026-11-24", [
        L(1, "DM-TMP-BLK", "Diving mask tempered glass, single lens, black", 250, "EA", "16.40", "2026-12-15"),
        L(2, "DM-PUR-CLR", "Purge-valve mask, clear silicone", 100, "EA", "21.00", "2026-12-15"),
        L(3, "DM-2027-RX", "Dual-lens mask 2027, optical ready", 80, "EA", "24.50", "2026-12-15"),
    ])
    body = [
        "שלום פריה,",
        "תודה על ההזמנה. אנו מאשרים את הזמנה מספר 4500234245 כדלקמן:",
        "שורה 1 – 250 יח' במחיר 16.40 USD ליחידה, אספקה 15/12/2026\n"
        "שורה 2 – 100 יח' במחיר 21.00 USD ליחידה, אספקה 22/12/2026\n"
        "שורה 3 – לצערנו לא נוכל לספק, הדגם הופסק על ידי היצרן.",
        "בברכה,",
    ]
    sig = "אבי כהן\nמנהל מכירות\nאילת דייב גיר בע\"מ\nדרך המלך 12, אילת 8814101\nטל' 08-655-5120"
    msg = compose(ctx, client="outlook365", po=po, frm=("אבי כהן", sup.addr("avi.cohen")),
                  date=at("2026-11-26", "11:30", 2), subject="השב: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1255", quote_lang="he", lang_tag="he-IL", rtl=True)
    exp = expected("confirmation", "RTL Hebrew with Latin numbers: line 1 as ordered, line 2 on 2026-12-22, line 3 "
                   "rejected (model discontinued).",
                   (po, {1: ACC, 2: chg(100, "21.00", "2026-12-22"), 3: REJ}))
    return [po], msg, exp


# 042 ------------------------------------------------------------------------------------------
@case("atm-parts-arabic-english", "confirmation/ar-AE",
      "Arabic paragraph with Arabic-Indic digits (٧/١/٢٠٢٧) followed by an English table; both agree on one new price and one later date.")
def c042(ctx):
    sup = Supplier("GULFATM", "Gulf ATM Services LLC", "orders@gulfatm.example", "ar-AE", "Mr Al Mansoori")
    po = PO("4500234301", sup, LC, "USD", "2026-11-23", [
        L(1, "ATM-EPP-PCI5", "EPP keypad, PCI 5.x, 2027 firmware", 20, "EA", "148.00", "2026-12-17"),
        L(2, "ATM-CST-2000", "Cash cassette, 2000 notes capacity", 16, "EA", "265.00", "2026-12-17"),
        L(3, "ATM-PICK-BLT", "Pick module belt set", 40, "SET", "12.40", "2026-12-17"),
    ])
    body = [
        "السيدة بريا المحترمة،",
        "تحية طيبة وبعد،",
        "نؤكد لكم استلام وقبول أمر الشراء رقم ٤٥٠٠٢٣٤٣٠١ حسب التفاصيل أدناه. يرجى ملاحظة أن سعر الكاسيت تم تعديله "
        "إلى ٢٧٨٫٠٠ دولار بسبب ارتفاع تكلفة الشحن، وأن أحزمة وحدة السحب سيتم تسليمها في ٧/١/٢٠٢٧.",
        "Dear Priya,",
        "Please find our confirmation below:",
        Table([["Line", "Item", "Qty", "Unit price (USD)", "Delivery"],
               ["1", "ATM-EPP-PCI5", "20", "148.00", "17/12/2026"],
               ["2", "ATM-CST-2000", "16", "278.00", "17/12/2026"],
               ["3", "ATM-PICK-BLT", "40 sets", "12.40", "07/01/2027"]], align="llrrl"),
        "Best regards,",
    ]
    sig = ("Khalid Al Mansoori\nSales Coordinator\nGulf ATM Services LLC\nOffice 1408, Al Saqr Business Tower, "
           "Sheikh Zayed Road, Dubai, UAE\nTel: +971 4 555 2710")
    msg = compose(ctx, client="outlook365", po=po, frm=("Khalid Al Mansoori", sup.addr("khalid")),
                  date=at("2026-11-25", "10:45", 4), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="utf-8", cte="base64", quote_lang="en", lang_tag="ar-AE")
    exp = expected("confirmation", "Arabic text with Eastern Arabic digits and an English table (dd/mm): line 1 as "
                   "ordered, line 2 price 278.00, line 3 on 2027-01-07.",
                   (po, {1: ACC, 2: chg(16, "278.00", "2026-12-17"), 3: chg(40, "12.40", "2027-01-07")}))
    return [po], msg, exp


# 043 ------------------------------------------------------------------------------------------
@case("cable-ties-chinese-wan", "confirmation/zh-CN",
      "GB2312 Foxmail reply with quantities in 万 (5万条 = 50,000) and a price per thousand (68元/千条) for a per-piece PO.")
def c043(ctx):
    sup = Supplier("YUEHUA", "Wenzhou Yuehua Plastic Co., Ltd.", "sales@yuehua-plastic.example", "zh-CN", "Ms Chen")
    po = PO("4500234356", sup, VM, "CNY", "2026-11-20", [
        L(1, "CT-300-3.6-WHT", "Cable tie 300x3.6 mm, PA66, white", 50000, "PCS", "0.068", "2026-12-18"),
        L(2, "CT-SS-4.6x300", "Stainless steel cable tie 4.6x300 mm, 304", 20000, "PCS", "0.38", "2026-12-18"),
    ])
    body = [
        "Jonas 您好！",
        "感谢您的订单。订单号 4500234356 确认如下：",
        "1. CT-300-3.6-WHT 尼龙扎带 300x3.6mm 白色：5万条，单价 68元/千条，12月18日交货。\n"
        "2. CT-SS-4.6x300 不锈钢扎带 4.6x300mm：2万条，单价 0.40元/条（不锈钢原材料上涨），交货期 2027年1月8日。",
        "如有问题请随时联系。",
    ]
    sig = "陈丽 Lily Chen\n温州越华塑料有限公司\n浙江省乐清市柳市镇工业区\n电话：+86 577 5555 2860"
    msg = compose(ctx, client="foxmail", po=po, frm=("陈丽", sup.addr("lily.chen")),
                  date=at("2026-11-24", "09:31", 8), subject="回复: " + po.req_subject, body=body, sig=sig,
                  charset="gb2312", cte="base64", quote_lang="zh")
    exp = expected("confirmation", "5万 = 50,000 and 68元/千条 = 0.068 per piece (line 1 as ordered, 12月18日 -> "
                   "2026-12-18); line 2: 2万 = 20,000 at 0.40 with delivery 2027-01-08.",
                   (po, {1: ACC, 2: chg(20000, "0.40", "2027-01-08")}))
    return [po], msg, exp


# 044 ------------------------------------------------------------------------------------------
@case("espresso-gaskets-roc-year", "confirmation/zh-TW",
      "Big5 reply dating line 1 in the Minguo calendar (民國116年1月8日, with 2027/01/08 in brackets), earlier than requested.")
def c044(ctx):
    sup = Supplier("TCGASKET", "Taichung Precision Gasket Co., Ltd.", "sales@tcgasket.example", "zh-TW", "Mr Lin")
    po = PO("4500234412", sup, LC, "USD", "2026-11-23", [
        L(1, "GSK-GRP-9-73", "Group head gasket 9 mm, 73x57 mm, silicone, food grade", 3000, "PCS", "0.48", "2027-01-15"),
        L(2, "GSK-OR-2015-FKM", "Steam wand O-ring 2015, FKM", 5000, "PCS", "0.06", "2027-01-15"),
    ])
    body = [
        "Priya 您好：",
        "感謝貴公司的訂單，茲確認訂單 4500234412 如下：",
        "1. GSK-GRP-9-73 沖煮頭墊圈 9mm：數量 3,000 個，單價 USD 0.48，交期 民國116年1月8日（2027/01/08），較貴司需求提前一週。\n"
        "2. GSK-OR-2015-FKM 蒸汽管 O 型環：數量 5,000 個，單價 USD 0.06，交期依貴司需求 2027/01/15。",
        "如有任何問題，敬請告知。",
    ]
    sig = "林志明 Jimmy Lin\n業務部\n台中精密墊片股份有限公司\n台中市西屯區工業區一路 88 號\nTEL: +886 4 5555 2310"
    msg = compose(ctx, client="outlook365", po=po, frm=("林志明 Jimmy Lin", sup.addr("jimmy.lin")),
                  date=at("2026-11-26", "15:05", 8), subject="回覆: " + po.req_subject, body=body, sig=sig,
                  charset="big5", cte="base64", quote_lang="zht", lang_tag="zh-TW")
    exp = expected("confirmation", "ROC year 116 = 2027: line 1 delivered 2027-01-08, a week before the requested date; "
                   "line 2 as ordered.", (po, {1: chg(3000, "0.48", "2027-01-08"), 2: ACC}))
    return [po], msg, exp


# 045 ------------------------------------------------------------------------------------------
@case("canvas-bags-vietnamese", "confirmation/vi-VN",
      "Vietnamese per-item list with dot thousands ('1.200 cái') and comma decimals ('0,75 USD'); one price increase, the print line is skipped.")
def c045(ctx):
    sup = Supplier("SAIGONBAG", "Cong ty TNHH Tui Vai Sai Gon", "sales@tuivaisaigon.example", "vi-VN", "Ms Nguyen")
    po = PO("4500234468", sup, LC, "USD", "2026-11-20", [
        L(1, "TOTE-12OZ-4035", "Canvas tote 12 oz, 40x35x10 cm, natural", 1200, "PCS", "1.65", "2026-12-18"),
        L(2, "POUCH-ZIP-2014", "Canvas zip pouch 20x14 cm", 2400, "PCS", "0.72", "2026-12-18"),
        L(3, "PRINT-1C-TOTE", "Screen print 1 colour, 1 side, 25x25 cm", 1200, "PCS", "0.18", "2026-12-18"),
    ])
    body = [
        "Chào chị Priya,",
        "Cảm ơn chị đã đặt hàng. Chúng tôi xác nhận đơn hàng số 4500234468 như sau:",
        "- Mục 1: túi canvas 12 oz 40x35x10 cm: 1.200 cái, đơn giá 1,65 USD, giao hàng ngày 18/12/2026.\n"
        "- Mục 2: túi khóa kéo 20x14 cm: 2.400 cái, đơn giá 0,75 USD (giá vải tăng từ tháng 11), giao hàng ngày 18/12/2026.",
        "Trân trọng,",
    ]
    sig = ("Nguyễn Thị Lan\nPhòng Kinh doanh\nCông ty TNHH Túi Vải Sài Gòn\n215 Lý Thường Kiệt, Phường 15, Quận 11, "
           "TP. Hồ Chí Minh\nĐT: +84 28 5555 7712")
    msg = compose(ctx, client="gmail", po=po, frm=("Nguyễn Thị Lan", sup.addr("lan.nguyen")),
                  date=at("2026-11-23", "14:20", 7), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="UTF-8", quote_lang="en")
    exp = expected("confirmation", "Vietnamese number format (1.200 = 1200, 0,75 = 0.75): line 1 as ordered, line 2 "
                   "price 0.75; the printing line 3 is not addressed (unconfirmed).",
                   (po, {1: ACC, 2: chg(2400, "0.75", "2026-12-18"), 3: UNC}))
    return [po], msg, exp


# 046 ------------------------------------------------------------------------------------------
@case("saddle-pads-hindi-rupees", "confirmation/hi-IN",
      "Hindi/English mix with rupee prices ('₹950 प्रति पीस') and Hindi month names ('19 दिसंबर 2026').")
def c046(ctx):
    sup = Supplier("KANPURSAD", "Kanpur Saddlery Works", "orders@kanpursaddlery.example", "hi-IN", "Mr Verma")
    po = PO("4500234523", sup, IN, "INR", "2026-11-21", [
        L(1, "SDP-GP-17", "Saddle pad GP 17\", quilted cotton, 2027 colours", 300, "EA", "685.00", "2026-12-12"),
        L(2, "SDP-NUM-15", "Numnah 15\", sheepskin look", 150, "EA", "920.00", "2026-12-12"),
    ])
    body = [
        "नमस्ते अर्जुन जी,",
        "आपका PO नंबर 4500234523 मिल गया है, धन्यवाद। हम इसे निम्नानुसार कन्फर्म करते हैं:",
        "Item 1 – SDP-GP-17 सैडल पैड: 300 पीस @ ₹685 प्रति पीस, डिलीवरी 12 दिसंबर 2026\n"
        "Item 2 – SDP-NUM-15 नमदा: 150 पीस @ ₹950 प्रति पीस (कच्चे माल की कीमत बढ़ गई है), डिलीवरी 19 दिसंबर 2026",
        "कृपया अपने सिस्टम में Item 2 का रेट अपडेट कर लें।",
        "धन्यवाद,",
    ]
    sig = "राजेश वर्मा\nKanpur Saddlery Works\n117/44 Sarvodaya Nagar, Kanpur 208005, U.P.\nMob: +91 98390 55512"
    msg = compose(ctx, client="gmail", po=po, frm=("Rajesh Verma", sup.addr("rajesh.verma")),
                  date=at("2026-11-25", "11:10", 5.5), subject="Re: " + po.req_subject, body=body, sig=sig,
                  charset="UTF-8", cte="base64", quote_lang="en")
    exp = expected("confirmation", "Line 1 as ordered; line 2 new price 950.00 and delivery 2026-12-19 (Hindi month "
                   "name).", (po, {1: ACC, 2: chg(150, "950.00", "2026-12-19")}))
    return [po], msg, exp


# 047 ------------------------------------------------------------------------------------------
@case("solar-rails-csv-ack", "confirmation/en-ZA",
      "Short body summary plus a CSV acknowledgement (dd/mm/yyyy) that holds the exact values: one partial line, one later line.")
def c047(ctx):
    sup = Supplier("KAROOSOL", "Karoo Solar Mounting (Pty) Ltd", "sales@karoosolar.example", "en-ZA", "Pieter")
    po = PO("4500234578", sup, BM, "GBP", "2026-11-24", [
        L(1, "SPC-RAIL-4.4", "Aluminium rail 4.4 m, 40x45 profile", 400, "EA", "21.50", "2027-01-22"),
        L(2, "SPC-SPL-40", "Rail splice kit for 40x45 rail", 200, "SET", "2.80", "2027-01-22"),
        L(3, "SPC-L-FOOT", "L-foot with M10x40 bolt, for tin roof", 1600, "EA", "1.35", "2027-01-22"),
    ])
    csv = ("po_number,line,item,description,qty_confirmed,uom,unit_price,currency,delivery_date,status\r\n"
           "4500234578,1,SPC-RAIL-4.4,Aluminium rail 4.4 m 40x45,400,EA,21.50,GBP,22/01/2027,confirmed\r\n"
           "4500234578,2,SPC-SPL-40,Rail splice kit 40x45,150,SET,2.80,GBP,22/01/2027,partial\r\n"
           "4500234578,3,SPC-L-FOOT,L-foot M10x40 tin roof,1600,EA,1.35,GBP,05/02/2027,confirmed\r\n").encode("ascii")
    body = [
        "Hi Tom",
        "Thanks for the order. Our order acknowledgement is attached as a CSV file for your system.",
        "In short: rails as ordered; only 150 splice kits can be supplied before the factory shutdown (the other 50 "
        "will not be supplied); the L-feet come with the next sea freight and will be delivered on 05/02/2027.",
        "Kind regards",
    ]
    sig = ("Pieter van Wyk\nExport Sales | Karoo Solar Mounting (Pty) Ltd\n14 Bofors Circle, Epping Industria 2, "
           "Cape Town 7460\nTel +27 21 555 0832")
    att = attachment(csv, "text/csv", "ACK_4500234578.csv", charset="us-ascii")
    msg = compose(ctx, client="outlook365", po=po, frm=("Pieter van Wyk", sup.addr("pieter.vanwyk")),
                  date=at("2026-11-27", "12:15", 2), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="us-ascii", quote_lang="en", lang_tag="en-ZA", attachments=[att])
    exp = expected("confirmation", "Body and CSV agree: line 1 as ordered, line 2 only 150 sets, line 3 on 2027-02-05 "
                   "(day-first).", (po, {1: ACC, 2: chg(150, "2.80", "2027-01-22"), 3: chg(1600, "1.35", "2027-02-05")}))
    return [po], msg, exp


# 048 ------------------------------------------------------------------------------------------
@case("grow-lights-forwarded-factory-chain", "confirmation/en-SG",
      "Forwarded chain: the factory gives ex-works dates and a new price, the Singapore sales manager on top states the delivery date that counts.")
def c048(ctx):
    sup = Supplier("LUMAGRO", "LumaGro Asia Pte Ltd", "sales@lumagro-asia.example", "en-SG", "Wei Ling")
    po = PO("4500234634", sup, LC, "USD", "2026-11-19", [
        L(1, "LGL-720-BAR", "LED grow light 720W bar type, 2027 Gen 3", 50, "EA", "312.00", "2026-12-11"),
        L(2, "LGL-UVR-40", "UV-R supplemental bar 40W", 100, "EA", "38.50", "2026-12-11"),
    ])
    wl = ("Tan Wei Ling", sup.addr("weiling.tan"))
    ch = ("Chen Hao", sup.addr("chen.hao"))
    q_factory = Quote(fmt_addr(*ch), at("2026-11-23", "10:40", 8), fmt_addr(*wl),
                      "RE: FW: " + po.req_subject,
                      ["Hi Wei Ling,",
                       "Line 1: 50 pcs OK, price USD 312.00 OK. Ex-factory 02/12/2026.\n"
                       "Line 2: UV-R bar price revised to USD 41.00 due to new UV LED chips (old chips EOL). "
                       "100 pcs, ex-factory 02/12/2026.",
                       "Regards,\nChen Hao\nLumaGro Shenzhen Factory - PMC"])
    q_fwd = Quote(fmt_addr(*wl), at("2026-11-20", "09:02", 8), fmt_addr(*ch), "FW: " + po.req_subject,
                  ["Hi Chen Hao, pls check stock and confirm ex-factory dates. Thx, WL"])
    q_req = Quote.of_request(po)
    body = [
        "Hi Priya,",
        "Please see our factory's confirmation below. Goods leave Shenzhen on 02/12/2026; confirmed delivery to your "
        "Columbus warehouse is 15/12/2026 for both lines. Please note the revised price for line 2 (USD 41.00, new UV chips).",
        "Best regards,",
    ]
    sig = "Tan Wei Ling\nSales Manager\nLumaGro Asia Pte Ltd\n8 Kaki Bukit Ave 1, #04-12, Singapore 417941\nT +65 6555 3180"
    msg = compose(ctx, client="outlook365", po=po, frm=wl, date=at("2026-11-23", "14:15", 8),
                  subject="FW: RE: FW: " + po.req_subject, body=body, sig=sig, charset="us-ascii",
                  quote=[q_factory, q_fwd, q_req], quote_lang="en", lang_tag="en-SG")
    exp = expected("confirmation", "Three-level chain. Ex-factory 02/12/2026 is a ship date; the delivery date stated on "
                   "top (15/12/2026, day-first) wins. Line 2 price 41.00 from the factory, endorsed by the sender.",
                   (po, {1: chg(50, "312.00", "2026-12-15"), 2: chg(100, "41.00", "2026-12-15")}))
    return [po], msg, exp


# 049 ------------------------------------------------------------------------------------------
@case("drapes-surcharge-xlsx-and-body", "confirmation/en-IE",
      "A '4% sterilisation surcharge' on two of three lines, announced in the body and computed in an attached XLSX.")
def c049(ctx):
    sup = Supplier("SHANMED", "Shannon Medical Textiles Ltd", "orders@shannonmedtex.example", "en-IE", "Aoife")
    po = PO("4500234690", sup, BM, "EUR", "2026-11-24", [
        L(1, "SDR-UNI-PACK", "Universal drape pack, 2027 spec, sterile", 600, "EA", "18.50", "2026-12-10"),
        L(2, "SDR-INC-6045", "Incise drape 60x45 cm", 2000, "EA", "2.25", "2026-12-10"),
        L(3, "SDR-MAYO-79", "Mayo stand cover 79x145 cm", 1500, "EA", "1.25", "2026-12-10"),
    ])
    p1 = Dm("18.50") * Dm("1.04")
    p3 = Dm("1.25") * Dm("1.04")
    assert p1 == Dm("19.2400") and p3 == Dm("1.3000")
    d = dt.date(2026, 12, 10)
    rows = [
        [("Shannon Medical Textiles Ltd - Order Acknowledgement", BOLD)],
        ["Customer PO", "4500234690"], ["Customer", "Brightmoor Procurement Ltd"], ["Date", (dt.date(2026, 11, 26), DMY)],
        [],
        [(h, BOLD) for h in ("Line", "Item", "Description", "Qty", "UoM", "PO price EUR", "Surcharge", "Net price EUR",
                             "Delivery")],
        [1, "SDR-UNI-PACK", "Universal drape pack, sterile", 600, "EA", Dm("18.50"), "4%", Dm("19.24"), (d, DMY)],
        [2, "SDR-INC-6045", "Incise drape 60x45 cm", 2000, "EA", Dm("2.25"), "0%", Dm("2.25"), (d, DMY)],
        [3, "SDR-MAYO-79", "Mayo stand cover 79x145 cm", 1500, "EA", Dm("1.25"), "4%", Dm("1.30"), (d, DMY)],
    ]
    x = make_xlsx([("Acknowledgement", rows)], creator="Aoife Brennan", created="2026-11-26T10:05:00Z",
                  when=(2026, 11, 26, 10, 5, 0))
    body = [
        "Hi Tom,",
        "Thanks for PO 4500234690. All three lines are confirmed for delivery on 10/12/2026, quantities as ordered.",
        "Please note that from 1 December a 4% sterilisation surcharge applies to lines 1 and 3 (EtO capacity costs); "
        "line 2 is not affected. The revised unit prices are shown in the attached acknowledgement.",
        "Kind regards,",
    ]
    sig = ("Aoife Brennan\nCustomer Service\nShannon Medical Textiles Ltd\nUnit 4B, Shannon Free Zone, Co. Clare, "
           "V14 E672, Ireland\nT +353 61 555 740")
    att = attachment(x, XLSX, "OA_4500234690.xlsx")
    msg = compose(ctx, client="outlook365", po=po, frm=("Aoife Brennan", sup.addr("aoife.brennan")),
                  date=at("2026-11-26", "10:12", 0), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="us-ascii", quote_lang="en", lang_tag="en-IE", attachments=[att])
    exp = expected("confirmation", "+4% applies to the PO price: line 1 18.50 -> 19.24, line 3 1.25 -> 1.30 (both in "
                   "body and XLSX); line 2 unchanged; 1 December is the surcharge start, not a delivery date.",
                   (po, {1: chg(600, "19.24", "2026-12-10"), 2: ACC, 3: chg(1500, "1.30", "2026-12-10")}))
    return [po], msg, exp


# 050 ------------------------------------------------------------------------------------------
@case("tower-washers-per-tonne-estonian", "confirmation/et-EE",
      "Estonian reply in tonnes and EUR per tonne ('1,2 t', '2 150,00 €/t') for a line ordered in KG at a per-kg price.")
def c050(ctx):
    sup = Supplier("TALLFAST", "Tallinna Kinnitusdetailid OÜ", "myyk@tallinnakinnitus.example", "et-EE", "Mr Tamm")
    po = PO("4500234745", sup, KN, "EUR", "2026-11-23", [
        L(1, "WTB-WSH-42-HV", "Hardened washer HV 42, 300HV, HDG (bulk)", 1200, "KG", "2.15", "2026-12-18"),
        L(2, "WTB-M42-280", "Tower flange bolt M42x280, 10.9, tZn", 320, "EA", "22.60", "2026-12-18"),
    ])
    body = [
        "Tere Sofia,",
        "kinnitame tellimuse 4500234745:",
        "1. rida – seibid HV 42: 1,2 t, hind 2 150,00 €/t, tarne 18.12.2026\n"
        "2. rida – poldid M42x280: 320 tk, hind 22,60 €/tk, tarne 8. jaanuar 2027 (tsinkimine võtab kauem)",
        "Lugupidamisega",
    ]
    sig = "Mart Tamm\nMüügijuht\nTallinna Kinnitusdetailid OÜ\nPeterburi tee 71, 11415 Tallinn\nTel +372 655 5210"
    msg = compose(ctx, client="outlook365", po=po, frm=("Mart Tamm", sup.addr("mart.tamm")),
                  date=at("2026-11-25", "09:20", 2), subject="RE: " + po.req_subject, body=body, sig=sig,
                  charset="windows-1257", quote_lang="et", lang_tag="et-EE")
    exp = expected("confirmation", "1,2 t = 1200 KG and 2 150 €/t = 2.15 €/kg: line 1 is as ordered despite the units; "
                   "line 2 moves to 2027-01-08.", (po, {1: ACC, 2: chg(320, "22.60", "2027-01-08")}))
    return [po], msg, exp


# 051 ------------------------------------------------------------------------------------------
@case("chalk-paint-price-list-2027", "unrelated/hr-HR",
      "Croatian price-list circular with an XLSX that lists the very items of the open PO with 2027 prices and validity dates.")
def c051(ctx):
    sup = Supplier("KREDABOJA", "Kreda Boja d.o.o.", "prodaja@kredaboja.example", "hr-HR", "Ms Horvat")
    po = PO("4500234801", sup, NH, "EUR", "2026-11-24", [
        L(1, "CHP-PAL-WHT", "Chalk paint 2.5 L Antique White, pallet of 120 cans", 4, "PAL", "2760.00", "2026-12-17"),
        L(2, "CHP-PAL-GRN", "Chalk paint 2.5 L Sage Green, pallet of 120 cans", 2, "PAL", "2880.00", "2026-12-17"),
    ])
    d0 = dt.date(2027, 1, 1)
    rows = [[("Kreda Boja d.o.o. – Cjenik 2027 (vrijedi od 01.01.2027.)", BOLD)], [],
            [(h, BOLD) for h in ("Šifra", "Naziv", "Pakiranje", "Cijena 2026 EUR", "Cijena 2027 EUR", "Vrijedi od")],
            ["CHP-2.5-WHT", "Kredasta boja Antique White 2,5 L", "limenka", Dm("23.00"), Dm("24.05"), d0],
            ["CHP-PAL-WHT", "Kredasta boja Antique White 2,5 L", "paleta 120 kom", Dm("2760.00"), Dm("2880.00"), d0],
            ["CHP-2.5-GRN", "Kredasta boja Sage Green 2,5 L", "limenka", Dm("24.00"), Dm("25.10"), d0],
            ["CHP-PAL-GRN", "Kredasta boja Sage Green 2,5 L", "paleta 120 kom", Dm("2880.00"), Dm("3012.00"), d0],
            ["CHP-WAX-500", "Završni vosak bezbojni 500 ml", "kom", Dm("9.40"), Dm("9.80"), d0]]
    x = make_xlsx([("Cjenik 2027", rows)], creator="Kreda Boja d.o.o.", created="2026-11-27T07:40:00Z",
                  when=(2026, 11, 27, 8, 40, 0))
    body = [
        "Poštovani partneri,",
        "u privitku Vam šaljemo naš novi cjenik koji vrijedi od 1. siječnja 2027. Cijene većine proizvoda rastu u prosjeku "
        "4,5 % zbog poskupljenja pigmenata i ambalaže. Narudžbe zaprimljene do 31. prosinca 2026. isporučujemo po "
        "dosadašnjim cijenama.",
        "Srdačan pozdrav,",
    ]
    sig = "Ivana Horvat\nKreda Boja d.o.o.\nSlavonska avenija 52, 10000 Zagreb\nTel. +385 1 555 6120"
    att = attachment(x, XLSX, "Cjenik_2027.xlsx")
    msg = compose(ctx, client="outlook365", po=po, frm=("Ivana Horvat", sup.email),
                  to=[("Lena Fischer", NH.email)], date=at("2026-11-27", "08:45", 1),
                  subject="Cjenik 2027. / Price list 2027", body=body, sig=sig, charset="windows-1250",
                  quote=False, thread=False, lang_tag="hr-HR", attachments=[att])
    exp = expected("unrelated", "General 2027 price list (also listing the PO's item codes with 2027 prices); no answer "
                   "to PO 4500234801 and no delivery commitment.")
    return [po], msg, exp


# 052 ------------------------------------------------------------------------------------------
@case("benches-delivery-note-other-order", "unrelated/pt-PT",
      "Portuguese dispatch notice and PDF delivery note (guia de remessa) for a different order of the same supplier, with ship and ETA dates.")
def c052(ctx):
    sup = Supplier("MOBLUS", "Mobiliário Urbano Lusitano, Lda.", "encomendas@mobiliariolusitano.example", "pt-PT",
                   "Mr Ferreira")
    po = PO("4500234856", sup, VM, "EUR", "2026-11-25", [
        L(1, "SFB-2000-PIN", "Bench 2000 mm, pine slats, steel frame, 2027 model", 30, "EA", "298.00", "2027-01-15"),
        L(2, "SFB-PLQ-12x20", "Dedication plaque 12x20 cm, brass", 30, "EA", "14.00", "2027-01-15"),
    ])
    s = Sheet()
    s.text("MOBILIARIO URBANO LUSITANO, LDA.", 13, True)
    s.text("Zona Industrial de Oiã, Lote 14, 3770-059 Oliveira do Bairro  |  NIF PT 509 882 117", 8)
    s.gap(10)
    s.text("GUIA DE REMESSA  GR 2026/4471", 13, True)
    for a in ["Data de emissão: 27/11/2026     Data de carga: 27/11/2026 16:30",
              "Cliente: Van der Meer Groep B.V., Ravenswade 54, 3439 LD Nieuwegein, Países Baixos",
              "V/ Encomenda: 4500228870     N/ Ref.: EC 2026/1932",
              "Transportador: TIR Ibérica, S.A.  -  CMR 558812  -  Matrícula 44-XR-19"]:
        s.text(a, 9)
    s.gap(8)
    xs = [50, 140, 330, 400, 450]
    s.row(["Artigo", "Descrição", "Quantidade", "Un.", "Volumes"], xs, 9, True)
    s.rule()
    s.row(["SFB-1800-PIN", "Banco 1800 mm, ripas de pinho", "20", "un", "10"], xs)
    s.row(["SFB-BIN-40", "Papeleira 40 L, aço galvanizado", "12", "un", "2"], xs)
    s.row(["SFB-ANC-M10", "Kit de fixação M10x120", "32", "cj", "1"], xs)
    s.rule()
    s.gap(8)
    s.text("Entrega prevista: 03/12/2026", 10, True)
    s.text("Processado por programa certificado n.º 1184/AT", 7)
    pdf = make_pdf(s.pages, title="Guia de Remessa GR 2026/4471", author="Mobiliario Urbano Lusitano",
                   creator="PHC CS", producer="PHC CS Report", created="D:20261127174011Z", compress=True)
    body = [
        "Exmos. Senhores,",
        "Informamos que a mercadoria referente à V/ encomenda n.º 4500228870 foi expedida hoje, 27/11/2026, pela "
        "transportadora TIR Ibérica (CMR 558812). Entrega prevista: 03/12/2026.",
        "Segue em anexo a guia de remessa GR 2026/4471.",
        "Com os melhores cumprimentos,\nSecção de Expedição\nMobiliário Urbano Lusitano, Lda.\nZona Industrial de Oiã, "
        "Lote 14, 3770-059 Oliveira do Bairro\nTel. +351 234 555 810",
    ]
    att = attachment(pdf, "application/pdf", "GR_2026_4471.pdf")
    msg = compose(ctx, client="outlook-desktop", po=po, frm=("Mobiliário Urbano Lusitano - Expedição",
                                                               sup.addr("expedicao")),
                  to=[("Jonas Verbeek", VM.email)], date=at("2026-11-27", "17:45", 0),
                  subject="Guia de Remessa GR 2026/4471 - Encomenda 4500228870", body=body, charset="iso-8859-1",
                  quote=False, thread=False, lang_tag="pt-PT", attachments=[att])
    exp = expected("unrelated", "Dispatch of order 4500228870 (not in pos.json); its dates (27/11, 03/12) and items are "
                   "not an answer to PO 4500234856.")
    return [po], msg, exp


# 053 ------------------------------------------------------------------------------------------
@case("saddle-pads-newsletter", "unrelated/en-GB",
      "HTML trade newsletter from the supplier's marketing address quoting 2027 trade prices for the same pads, a free-delivery deadline and a Christmas closure.")
def c053(ctx):
    sup = Supplier("HALLAMEQ", "Hallam Equestrian Supplies Ltd", "orders@hallamequestrian.example", "en-GB", "Sarah")
    po = PO("4500234912", sup, BM, "GBP", "2026-11-26", [
        L(1, "SDP-DRS-FULL", "Dressage saddle pad, full, navy/silver, 2027 range", 60, "EA", "19.80", "2026-12-16"),
        L(2, "SDP-JMP-COB", "Jumping pad, cob, white", 40, "EA", "17.40", "2026-12-16"),
    ])
    body = [
        "**Winter news from Hallam Equestrian**",
        "The 2027 saddle pad collection has landed! Twelve new colourways, recycled-fleece lining and our new "
        "4/3 contour cut for high-withered horses.",
        Table([["Product", "Code", "Trade price now", "From 1 January 2027"],
               ["Dressage pad full, navy/silver", "SDP-DRS-FULL", "£19.80", "£20.40"],
               ["Jumping pad cob, white", "SDP-JMP-COB", "£17.40", "£17.90"],
               ["GP pad full, burgundy", "SDP-GP-FULL", "£18.60", "£19.20"]], align="llrr"),
        "**Free delivery** on all trade orders placed by 18/12/2026. Our warehouse is closed from 24/12/2026 to "
        "04/01/2027; orders received in that period are dispatched from 5 January.",
        "See the whole range in our trade portal.",
        "Hallam Equestrian Supplies Ltd · Unit 3, Don Valley Trade Park, Sheffield S9 2RX\n"
        "You are receiving this email because you have a trade account with us. Unsubscribe | Update preferences",
    ]
    msg = compose(ctx, client="webmail", po=po, frm=("Hallam Equestrian", sup.addr("news")),
                  to=[("Tom Ashworth", BM.email)], date=at("2026-11-30", "07:00", 0),
                  subject="Winter news: the 2027 saddle pad collection is here + free delivery until 18 December",
                  body=body, charset="utf-8", quote=False, thread=False,
                  extra_headers=[("List-Unsubscribe", f"<https://news.hallamequestrian.example/u/{ctx.hex('u', 20)}>"),
                                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                                 ("X-Campaign-ID", ctx.hex("camp", 10))])
    exp = expected("unrelated", "Marketing newsletter: its prices (incl. 2027 prices for the PO's items) and dates "
                   "(18/12/2026, 24/12-04/01) are not a confirmation of PO 4500234912.")
    return [po], msg, exp


# 054 ------------------------------------------------------------------------------------------
@case("espresso-gaskets-exchange-ndr", "bounce/it-IT",
      "Exchange Online NDR ('Undeliverable: ...', RecipientNotFound) for an Italian supplier address, original request attached.")
def c054(ctx):
    sup = Supplier("GUARNCAF", "Guarnizioni Caffè Milano S.r.l.", "vendite@guarnizionicaffe.example", "it-IT", "Mr Bianchi")
    po = PO("4500234967", sup, VM, "EUR", "2026-11-26", [
        L(1, "GSK-E61-8.0", "Group gasket E61 8.0 mm, 73x57, EPDM", 4000, "PCS", "0.34", "2027-01-08"),
        L(2, "GSK-SHW-57", "Shower screen 57 mm, stainless, 2027 type", 1500, "PCS", "1.06", "2027-01-08"),
    ])
    msg = exchange_ndr(ctx, po, diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                                     "vendite@guarnizionicaffe.example not found by SMTP address lookup")
    exp = expected("bounce", "Non-delivery report from our own Exchange; the returned request contains the PO lines.")
    return [po], msg, exp
