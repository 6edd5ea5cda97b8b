"""Cases 019-036."""
from .common import *  # noqa: F401,F403
from .common import BUYERS

DANA = BUYERS["dana"]
MAREK = BUYERS["marek"]


@case("pallet-multiple-euckr", "confirmation", "ko-KR", "EUC-KR; 25 lb stage weights rounded up to full pallets of 48")
def c019():
    sup = ("HANSTAGE", "한성무대기계(주)", "order@hansung-stage.example", "ko-KR")
    po = PO("4500031119", sup, [
        (1, "SW-25LB", "Theatre stage weight 25 lb, cast iron, slotted", 500, "EA", "9.80", "2026-12-18"),
        (2, "SW-12LB", "Theatre stage weight 12.5 lb, half", 300, "EA", "5.60", "2026-12-18"),
    ], currency="USD")
    body = """Dana Ruiz 님께,

안녕하세요. 한성무대기계 해외영업팀 박민준입니다.
발주서 4500031119 관련하여 아래와 같이 회신드립니다.

1) SW-25LB (25lb 카운터웨이트): 팔레트당 48개 적재 기준으로 11팔레트, 총 528개로 공급하겠습니다.
   단가 USD 9.80 동일, 납기 2026년 12월 18일.
2) SW-12LB (12.5lb 하프 웨이트): 발주 내용대로 300개, USD 5.60, 12월 18일 납품 가능합니다.

감사합니다.

박민준 드림
한성무대기계(주) 해외영업팀
경기도 안산시 단원구 산단로 123
Tel. +82-31-000-1234
"""
    m = mail(("박민준", sup[2]), DANA, "RE: Purchase order 4500031119 - please confirm",
             when("2026-11-20 17:40", 9), body, charset="euc-kr", cte="base64", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(528, "9.80", "2026-12-18"), 2: A(po, 2)},
               "Line 1 rounded up to 11 pallets x 48 = 528 pieces at the PO price and date; line 2 as ordered.")
    return [po], m, exp


@case("dates-only-big5", "confirmation", "zh-TW", "Big5; supplier confirms the order and lists only delivery dates, silent on price and quantity")
def c020():
    sup = ("TWORGAN", "台灣管風琴零件有限公司", "sales@tw-organparts.example", "zh-TW")
    po = PO("4500031120", sup, [
        (1, "TRK-CED-600", "Pipe organ tracker, cedar, 600 mm", 400, "EA", "1.85", "2027-01-15"),
        (2, "TRK-EYE-W", "Tracker wire eye, phosphor bronze", 1000, "EA", "0.22", "2027-01-15"),
        (3, "TRK-BTN-L", "Tracker leather button", 1000, "EA", "0.18", "2027-01-15"),
    ], currency="USD")
    body = """Dana 小姐您好：

確認貴公司訂單 4500031120，交期如下：

第1項 木質拉桿 TRK-CED-600：2027/01/15
第2項 拉桿線環 TRK-EYE-W：2027/01/29
第3項 皮扣 TRK-BTN-L：2027/01/15

謝謝！
林怡君
台灣管風琴零件有限公司 業務部
TEL: 04-2358-0000
"""
    m = mail(("林怡君", sup[2]), DANA, "回覆: Purchase order 4500031120 - please confirm",
             when("2026-11-23 10:12", 8), body, charset="big5", cte="base64", reply_to=rid(po["po_number"]),
             mailer="Microsoft Outlook 16.0")
    exp = conf(po, {1: A(po, 1), 2: C(1000, "0.22", "2027-01-29"), 3: A(po, 3)},
               "The supplier confirms the order ('確認貴公司訂單') and states only dates; quantity and price therefore stand as ordered. Line 2 moves to 2027-01-29.")
    return [po], m, exp


@case("quality-complaint-koi8r", "unrelated", "ru-RU", "KOI8-R answer of supplier QA to a complaint about an earlier delivery of the same oarlocks; replacement dates and quantities")
def c021():
    sup = ("VOLGAUKL", "ООО Волга-Уключина", "kachestvo@volga-ukl.example", "ru-RU")
    po = PO("4500031121", sup, [
        (1, "UKL-12-BR", "Rowing oarlock, bronze, 12 mm pin", 200, "EA", "17.30", "2027-01-22"),
        (2, "UKL-VT-12", "Oarlock pin bushing, 12 mm", 200, "EA", "2.10", "2027-01-22"),
    ])
    body = """Уважаемая Дана,

по Вашей рекламации 112/26 от 09.11.2026 (поставка по заказу 4500029877, уключины UKL-12-BR, 150 шт.) сообщаем:

- причина дефекта: заусенцы на посадочном отверстии после литья, не удалены на участке мехобработки;
- корректирующие меры: введен 100% контроль отверстия калибром;
- замена 40 шт. бракованных уключин будет отгружена 4 декабря 2026 г. за наш счет.

Отчет 8D прилагается в следующем письме.

С уважением,
Ирина Соколова
Отдел качества, ООО Волга-Уключина
г. Самара, ул. Заводская, 15
тел. +7 846 000-12-34
"""
    m = mail(("Ирина Соколова", sup[2]), DANA, "Рекламация 112/26 - уключины UKL-12-BR",
             when("2026-11-25 11:30", 4), body, charset="koi8-r", cte="8bit")
    exp = other("unrelated", "A quality-department answer on a complaint about an earlier delivery (PO 4500029877) of the same item; the replacement shipment is not an answer to open PO 4500031121.")
    return [po], m, exp


@case("percent-surcharge-tr", "confirmation", "tr-TR", "Turkish windows-1254; '%3 enerji zammı' applies to all lines' PO prices")
def c022():
    sup = ("ANKBOWL", "Anka Bowling Ekipmanları A.Ş.", "satis@ankabowling.example", "tr-TR")
    po = PO("4500031122", sup, [
        (1, "PD-ASM-10", "Bowling pin deck assembly, 10-pin, phenolic", 4, "EA", "1280.00", "2027-02-05"),
        (2, "PD-SPOT-DC", "Pin spot decal set", 200, "EA", "2.40", "2027-02-05"),
    ])
    body = """Sayın Dana Ruiz,

4500031122 numaralı siparişiniz için teşekkür ederiz.

Miktarlar ve termin (5 Şubat 2027) siparişinize uygundur. Ancak 1 Aralık itibarıyla tüm kalemlere %3 enerji zammı uygulanmaktadır; fiyatlar sipariş fiyatı + %3 olarak faturalandırılacaktır.

Saygılarımızla,
Emre Yılmaz
Satış Müdürü
Anka Bowling Ekipmanları A.Ş.
İkitelli OSB, Başakşehir / İstanbul
Tel: +90 212 000 45 67
"""
    m = mail(("Emre Yılmaz", sup[2]), DANA, "YNT: Purchase order 4500031122 - please confirm",
             when("2026-11-24 15:08", 3), body, charset="windows-1254", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(4, "1318.40", "2027-02-05"), 2: C(200, "2.472", "2027-02-05")},
               "Quantities and date as ordered, but a 3% surcharge on the PO price applies to every line: 1280.00 -> 1318.40 and 2.40 -> 2.472.")
    return [po], m, exp


@case("split-schedule-cs", "confirmation", "cs-CZ", "Czech dates '18. 12. 2026' with spaces, split delivery on one line, decimal comma price on another")
def c023():
    sup = ("FOTOLABCZ", "Fotolab Nádoby s.r.o.", "obchod@fotolab-nadoby.example", "cs-CZ")
    po = PO("4500031123", sup, [
        (1, "VT-35-2", "Darkroom developing tank, 2 reels 35 mm", 60, "EA", "24.90", "2026-12-18"),
        (2, "VT-120-3", "Darkroom developing tank, 3 reels 120", 40, "EA", "34.50", "2026-12-18"),
        (3, "SP-35-AD", "Spiral reel 35 mm, adjustable", 200, "EA", "6.80", "2026-12-18"),
    ])
    body = """Dobrý den, paní Ruiz,

k objednávce č. 4500031123 potvrzujeme:

Pol. 1  vývojnice 2× 35 mm: 30 ks dodáme do 18. 12. 2026, zbývajících 30 ks do 15. 1. 2027, cena 24,90 EUR/ks
Pol. 2  vývojnice 3× 120: dle objednávky
Pol. 3  spirály 35 mm: 200 ks, cena 7,10 EUR/ks (nový ceník od 1. 12.), dodání 11. 12. 2026

S pozdravem
Petr Dvořák
obchodní oddělení
Fotolab Nádoby s.r.o., Průmyslová 7, 612 00 Brno
"""
    m = mail(("Petr Dvořák", sup[2]), DANA, "RE: Purchase order 4500031123 - please confirm",
             when("2026-11-26 08:44", 1), body, charset="iso-8859-2", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(60, "24.90", "2027-01-15", [(30, "2026-12-18"), (30, "2027-01-15")]),
                    2: A(po, 2), 3: C(200, "7.10", "2026-12-11")},
               "Line 1 split 30 + 30 with the last delivery on 15 Jan 2027; line 2 as ordered; line 3 at EUR 7,10 and 11 Dec 2026.")
    return [po], m, exp


@case("prepayment-condition-hu", "needs_review", "hu-HU", "Hungarian: confirmation offered only if a 30% prepayment is accepted")
def c024():
    sup = ("SZEGEDLAB", "Szegedi Laborüveg Kft.", "ertekesites@szegedlab.example", "hu-HU")
    po = PO("4500031124", sup, [
        (1, "TL-7626-90", "Microscope slide 76x26 mm, ground edges 90°", 5000, "EA", "0.06", "2027-01-08"),
        (2, "TL-7626-CH", "Microscope slide, positively charged", 1000, "EA", "0.24", "2027-01-08"),
    ])
    body = """Tisztelt Ruiz Asszony!

Köszönjük a 4500031124 számú megrendelést. A mennyiségeket és az árakat tudjuk tartani, a 2027. január 8-i határidő is reális.

Új partnerként azonban a visszaigazolást csak 30% előleg megfizetése esetén tudjuk kiadni. Kérem, jelezze, hogy ez elfogadható-e, és ennek beérkezése után küldjük a hivatalos visszaigazolást.

Üdvözlettel:
Kovács Eszter
értékesítési munkatárs
Szegedi Laborüveg Kft. | 6724 Szeged, Kossuth Lajos sgt. 100.
"""
    m = mail(("Kovács Eszter", sup[2]), DANA, "Re: Purchase order 4500031124 - please confirm",
             when("2026-11-25 10:05", 1), body, charset="iso-8859-2", reply_to=rid(po["po_number"]))
    exp = other("needs_review", "Figures and date look acceptable, but the supplier makes the confirmation conditional on a 30% prepayment and asks for agreement first: nothing is committed yet.")
    return [po], m, exp


@case("ticket-receipt-greek", "auto_reply", "el-GR", "Greek ISO-8859-7 helpdesk ticket receipt quoting the PO number")
def c025():
    sup = ("AEOLOSGR", "Αίολος Μετεωρολογικά Όργανα Α.Ε.", "orders@aiolos-instruments.example", "el-GR")
    po = PO("4500031125", sup, [
        (1, "AN-CUP-80", "Anemometer cup 80 mm, aluminium", 150, "EA", "5.90", "2027-01-15"),
        (2, "AN-BRG-608", "Anemometer shaft bearing 608-2RS", 150, "EA", "1.30", "2027-01-15"),
    ])
    body = """Αγαπητέ πελάτη,

Το μήνυμά σας με θέμα «Purchase order 4500031125 - please confirm» παρελήφθη και καταχωρήθηκε με αριθμό αιτήματος #GR-58812.
Ένας συνεργάτης του τμήματος πωλήσεων θα επικοινωνήσει μαζί σας εντός 2 εργάσιμων ημερών.

Παρακαλούμε μην απαντήσετε σε αυτό το μήνυμα.

Αίολος Μετεωρολογικά Όργανα Α.Ε. - Εξυπηρέτηση Πελατών
"""
    m = mail(("Αίολος Εξυπηρέτηση", "noreply@aiolos-instruments.example"), DANA,
             "[#GR-58812] Παραλαβή αιτήματος: Purchase order 4500031125 - please confirm",
             when("2026-11-17 10:13", 2), body, charset="iso-8859-7", reply_to=rid(po["po_number"]),
             headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})
    exp = other("auto_reply", "Helpdesk ticket receipt: acknowledges receipt of the mail, commits to nothing.")
    return [po], m, exp


@case("html-only-hebrew", "confirmation", "he-IL", "HTML-only Hebrew reply (windows-1255) accepting the whole order in one sentence")
def c026():
    sup = ("GALILGH", "גליל מערכות חממה בע\"מ", "orders@galil-greenhouse.example", "he-IL")
    po = PO("4500031126", sup, [
        (1, "GVO-22", "Greenhouse vent opener, 22 kg lift", 200, "EA", "31.50", "2027-01-15"),
        (2, "GVO-ARM-L", "Vent opener extension arm, long", 200, "EA", "6.40", "2027-01-15"),
    ], currency="USD")
    html = """<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1255"></head>
<body style="font-family:Arial;direction:rtl">
<p>שלום דנה,</p>
<p>אנו מאשרים את הזמנת הרכש 4500031126 במלואה: הכמויות, המחירים ומועד האספקה (15/01/2027) כפי שהתבקשו.</p>
<p>בברכה,<br><b>יעל כהן</b><br>מחלקת מכירות<br>גליל מערכות חממה בע"מ<br>אזור תעשייה בר-לב, ת.ד. 114<br>טל' 04-9990000</p>
<hr><div style="font-size:9pt;color:#888">הודעה זו עשויה להכיל מידע חסוי. אם קיבלת הודעה זו בטעות, אנא מחק אותה.</div>
</body></html>"""
    m = mail(("יעל כהן", sup[2]), DANA, "השב: Purchase order 4500031126 - please confirm",
             when("2026-11-22 09:31", 2), html=html, html_only=True, charset="windows-1255",
             reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: A(po, 2)},
               "HTML-only Hebrew mail confirming the order in full: quantities, prices and 15/01/2027 as requested.")
    return [po], m, exp


@case("arabic-indic-digits-eg", "confirmation", "ar-EG", "Arabic with Arabic-Indic digits; one line later, one line not available")
def c027():
    sup = ("NILEFIRE", "النيل لمعدات الإطفاء", "sales@nile-firequip.example", "ar-EG")
    po = PO("4500031127", sup, [
        (1, "FHC-EG-50", "Fire hose coupling 50 mm, instantaneous", 100, "EA", "14.30", "2027-01-08"),
        (2, "FHC-EG-65", "Fire hose coupling 65 mm, instantaneous", 80, "EA", "17.90", "2027-01-08"),
        (3, "FHC-EG-CAP", "Blank cap 65 mm with chain", 50, "EA", "6.10", "2027-01-08"),
    ], currency="USD")
    body = """السيدة/ دانا رويز المحترمة،
تحية طيبة وبعد،

بالإشارة إلى أمر الشراء رقم 4500031127 نفيدكم بالآتي:

البند ١: وصلة خرطوم ٥٠ مم – الكمية ١٠٠ قطعة بسعر ١٤٫٣٠ دولار، التسليم ٨ يناير ٢٠٢٧ (موافق).
البند ٢: وصلة خرطوم ٦٥ مم – الكمية ٨٠ قطعة بسعر ١٧٫٩٠ دولار، التسليم ١٥ يناير ٢٠٢٧.
البند ٣: غطاء ٦٥ مم – نعتذر، غير متوفر ولن نتمكن من توريده.

وتفضلوا بقبول فائق الاحترام،
م. أحمد عبد الرحمن
مدير المبيعات – النيل لمعدات الإطفاء
المنطقة الصناعية، العاشر من رمضان
"""
    m = mail(("أحمد عبد الرحمن", sup[2]), DANA, "رد: Purchase order 4500031127 - please confirm",
             when("2026-11-23 12:50", 2), body, charset="utf-8", cte="base64", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: C(80, "17.90", "2027-01-15"), 3: R},
               "Arabic-Indic digits: line 1 as ordered, line 2 delivered 15 Jan 2027 instead of 8 Jan, line 3 declined as not available.")
    return [po], m, exp


@case("per-100-hinglish-in", "confirmation", "hi-IN", "Hindi+English, prices per 100 pcs, dd/mm dates with both dispatch and delivery dates")
def c028():
    sup = ("AMBALASL", "Ambala Scientific Glass Works", "export@ambala-sciglass.example", "hi-IN")
    po = PO("4500031128", sup, [
        (1, "SL-PLN-7105", "Microscope slide plain, 75x25 mm", 10000, "EA", "0.038", "2026-12-18"),
        (2, "SL-CHG-7105", "Microscope slide, adhesion charged", 2000, "EA", "0.21", "2026-12-18"),
    ], currency="USD")
    body = """Dear Dana ji,

नमस्ते। PO 4500031128 के लिए धन्यवाद।

Item 1 (plain slides): 10,000 pcs @ USD 3.80 per 100 pcs. Dispatch from Ambala 11/12/2026, delivery at your end 18/12/2026.
Item 2 (charged slides): 2,000 pcs @ USD 22.00 per 100 pcs — coating cost बढ़ गई है, sorry. Delivery 18/12/2026.

बाकी सब as per PO.

Regards,
Rohit Malhotra
Export Manager | Ambala Scientific Glass Works
Industrial Area Phase II, Ambala Cantt, Haryana 133001
+91 98120 00000
"""
    m = mail(("Rohit Malhotra", sup[2]), DANA, "Re: Purchase order 4500031128 - please confirm",
             when("2026-11-21 13:15", 5, 30), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: C(2000, "0.22", "2026-12-18")},
               "Prices per 100: 3.80/100 = 0.038 (as ordered), 22.00/100 = 0.22 (up from 0.21). Delivery date 18/12/2026 wins over the 11/12 dispatch date.")
    return [po], m, exp


@case("vague-early-january-th", "needs_review", "th-TH", "Thai reply with a vague 'around early January 2570' (Buddhist year) instead of a date")
def c029():
    sup = ("CHIANGWV", "เชียงใหม่ทอผ้าอุปกรณ์ จำกัด", "sales@cm-weaving-supply.example", "th-TH")
    po = PO("4500031129", sup, [
        (1, "HD-WIRE-300", "Loom heddle, twisted wire, 300 mm", 4000, "EA", "0.09", "2026-12-18"),
        (2, "HD-BAR-90", "Heddle bar 90 cm", 40, "EA", "3.20", "2026-12-18"),
    ], currency="USD")
    body = """เรียน คุณดาน่า

ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031129 ค่ะ
ราคาตามใบสั่งซื้อได้ค่ะ แต่สินค้าน่าจะส่งได้ประมาณต้นเดือนมกราคม 2570 เนื่องจากโรงงานปิดช่วงปีใหม่ ยังไม่สามารถยืนยันวันที่แน่นอนได้ค่ะ
จะแจ้งวันที่ชัดเจนอีกครั้งค่ะ

ขอแสดงความนับถือ
สุภาพร ศรีสุข
ฝ่ายขาย บริษัท เชียงใหม่ทอผ้าอุปกรณ์ จำกัด
โทร 053-000-111
"""
    m = mail(("สุภาพร ศรีสุข", sup[2]), DANA, "Re: Purchase order 4500031129 - please confirm",
             when("2026-11-24 14:02", 7), body, charset="utf-8", cte="base64", reply_to=rid(po["po_number"]))
    exp = other("needs_review", "Only 'probably around early January 2570 (BE = 2027)' and an explicit 'cannot confirm an exact date yet': no committed date, so a human must follow up.")
    return [po], m, exp


@case("full-accept-vi", "confirmation", "vi-VN", "Vietnamese full acceptance with dd/mm/yyyy dates and dot thousands separators")
def c030():
    sup = ("SGKAYAK", "Công ty TNHH Thuyền Kayak Sài Gòn", "sales@sgkayak.example", "vi-VN")
    po = PO("4500031130", sup, [
        (1, "SKG-FIX-20", "Fixed kayak skeg 20 cm, fibreglass", 1200, "EA", "6.75", "2027-01-29"),
        (2, "SKG-CBL-K", "Skeg control cable kit", 300, "EA", "12.40", "2027-01-29"),
    ], currency="USD")
    body = """Kính gửi chị Dana,

Chúng tôi xác nhận đơn hàng số 4500031130 như sau:
- Dòng 1: vây lái cố định 20 cm, số lượng 1.200 cái, đơn giá 6,75 USD, giao hàng ngày 29/01/2027.
- Dòng 2: bộ cáp điều khiển, số lượng 300 bộ, đơn giá 12,40 USD, giao hàng ngày 29/01/2027.

Trân trọng,
Nguyễn Thị Mai
Phòng Kinh doanh – Công ty TNHH Thuyền Kayak Sài Gòn
KCN Tân Bình, TP. Hồ Chí Minh
"""
    m = mail(("Nguyễn Thị Mai", sup[2]), DANA, "Re: Purchase order 4500031130 - please confirm",
             when("2026-11-19 10:40", 7), body, reply_to=rid(po["po_number"]))
    exp = conf(po, {1: A(po, 1), 2: A(po, 2)},
               "Both lines restated with the PO's figures (1.200 = 1,200; 6,75 = 6.75; 29/01/2027), so accepted.")
    return [po], m, exp


@case("newsletter-skate-id", "unrelated", "id-ID", "Indonesian marketing newsletter listing the same truck models with promo prices and dates")
def c031():
    sup = ("JKTSKATE", "PT Papan Luncur Nusantara", "sales@papanluncur.example", "id-ID")
    po = PO("4500031131", sup, [
        (1, "TRK-149-SLV", "Skateboard truck 149 mm, silver", 300, "PR", "13.20", "2027-01-22"),
        (2, "BSH-90A", "Bushing set 90A", 600, "SET", "1.60", "2027-01-22"),
    ], currency="USD")
    text = """PROMO AKHIR TAHUN - Papan Luncur Nusantara

Halo Sobat Skate!

Diskon hingga 15% untuk truck 149 mm (TRK-149-SLV) hanya USD 11.90/pasang, berlaku 1 Desember 2026 - 15 Januari 2027.
Bushing 90A: beli 500 set gratis 50 set.

Stok terbatas, pesan sebelum 20 Desember untuk pengiriman sebelum Tahun Baru.

Berhenti berlangganan: https://papanluncur.example/unsub?u=dana.ruiz
"""
    html = """<html><body><h1 style="color:#e4572e">PROMO AKHIR TAHUN</h1>
<p>Halo Sobat Skate!</p><table border="1" cellpadding="4"><tr><th>Produk</th><th>Harga promo</th></tr>
<tr><td>Truck 149 mm (TRK-149-SLV)</td><td>USD 11.90 / pasang</td></tr>
<tr><td>Bushing 90A</td><td>beli 500 gratis 50</td></tr></table>
<p>Berlaku 1 Desember 2026 - 15 Januari 2027. Pesan sebelum 20 Desember.</p>
<p style="font-size:10px"><a href="https://papanluncur.example/unsub?u=dana.ruiz">Berhenti berlangganan</a></p></body></html>"""
    m = mail(("Papan Luncur Nusantara", "newsletter@papanluncur.example"), DANA,
             "🛹 Promo Akhir Tahun: diskon 15% truck & bushing!", when("2026-11-26 07:00", 7), text, html=html,
             headers={"List-Unsubscribe": "<https://papanluncur.example/unsub?u=dana.ruiz>", "Precedence": "bulk"})
    exp = other("unrelated", "Bulk promotional newsletter; the item codes, prices and dates are an offer to everyone, not an answer to PO 4500031131.")
    return [po], m, exp


@case("exchange-ndr-my", "bounce", "ms-MY", "Exchange-style NDR (5.4.1 access denied) for a Malaysian supplier, original attached as message/rfc822")
def c032():
    sup = ("PENANGSL", "Penang Sail Hardware Sdn. Bhd.", "jualan@penangsail.example", "ms-MY")
    po = PO("4500031132", sup, [
        (1, "GRM-SS-10", "Sailmaker grommet 10 mm, stainless, with ring", 3000, "EA", "0.16", "2027-01-15"),
        (2, "GRM-SS-15", "Sailmaker grommet 15 mm, stainless", 1500, "EA", "0.24", "2027-01-15"),
    ], currency="USD")
    human = """Delivery has failed to these recipients or groups:

jualan@penangsail.example
Your message wasn't delivered because the recipient's email provider rejected it.

Diagnostic information for administrators:

Generating server: SG2PR01MB2345.apcprd01.prod.outlook.example

jualan@penangsail.example
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'
"""
    orig = mail(DANA, ("", sup[2]), "Purchase order 4500031132 - please confirm", when("2026-11-17 09:12", 1),
                "\n".join(po_table(po)), msgid=rid(po["po_number"]))
    m = dsn("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@buyer.example>",
            "dana.ruiz@buyer.example", "Undeliverable: Purchase order 4500031132 - please confirm",
            when("2026-11-17 08:13", 0), human, "SG2PR01MB2345.apcprd01.prod.outlook.example",
            [("jualan@penangsail.example", "failed", "5.4.1",
              "550 5.4.1 Recipient address rejected: Access denied. AS(201806281)")],
            original=orig, headers_only=False)
    exp = other("bounce", "Exchange non-delivery report; the attached original contains the PO lines, which must not be read as an answer.")
    return [po], m, exp


@case("ship-date-words-uk", "confirmation", "uk-UA", "Ukrainian windows-1251; month in genitive words, only a shipment date given")
def c033():
    sup = ("PASIKAUA", "ТОВ Пасіка-Інвентар", "zbut@pasika-inventar.example", "uk-UA")
    po = PO("4500031133", sup, [
        (1, "RAM-DAD-300", "Beehive frame Dadant 300 mm, linden", 2000, "EA", "0.62", "2027-01-15"),
        (2, "DRT-05", "Frame wire, stainless, 0.5 kg spool", 50, "EA", "7.40", "2027-01-15"),
    ])
    body = """Доброго дня, пані Дано!

Щодо замовлення 4500031133:

Позиція 1 (рамки Дадан 300 мм): 2000 шт. по 0,62 EUR, відвантаження зі складу 22 січня 2027 р.
Позиція 2 (дріт): згідно замовлення.

З повагою,
Олена Коваленко
відділ збуту ТОВ "Пасіка-Інвентар"
м. Вінниця, вул. Промислова, 9
"""
    m = mail(("Олена Коваленко", sup[2]), DANA, "RE: Purchase order 4500031133 - please confirm",
             when("2026-11-25 16:20", 2), body, charset="windows-1251", reply_to=rid(po["po_number"]))
    exp = conf(po, {1: C(2000, "0.62", "2027-01-22"), 2: A(po, 2)},
               "Line 1: only a ship date (22 січня 2027 = 22 Jan 2027) is given, so that is the date; line 2 'згідно замовлення' = as ordered.")
    return [po], m, exp


@case("body-vs-pdf-date-ro", "needs_review", "ro-RO", "Romanian body says 15.01.2027, the attached PDF confirmation says 29.01.2027")
def c034():
    sup = ("CLUJBELL", "Clopotăria Transilvania SRL", "vanzari@clopotaria.example", "ro-RO")
    po = PO("4500031134", sup, [
        (1, "LIMBA-C4", "Carillon bell clapper C4, forged", 3, "EA", "980.00", "2027-01-15"),
        (2, "LIMBA-D4", "Carillon bell clapper D4, forged", 3, "EA", "940.00", "2027-01-15"),
    ])
    body = """Bună ziua doamna Ruiz,

Vă confirmăm comanda 4500031134, cantități și prețuri conform comenzii, livrare 15.01.2027.
Atașat găsiți confirmarea de comandă.

Cu stimă,
Andrei Popescu
Clopotăria Transilvania SRL
Str. Fabricii 21, Cluj-Napoca
"""
    pdf = pdf_att([
        "Clopotaria Transilvania SRL            CONFIRMARE COMANDA",
        "Nr. confirmare: CC-2026-0877     Comanda client: 4500031134",
        "Data: 24.11.2026",
        "",
        "Poz  Cod        Denumire                 Cant  Pret EUR  Livrare",
        "1    LIMBA-C4   Limba clopot C4 forjata     3    980,00  29.01.2027",
        "2    LIMBA-D4   Limba clopot D4 forjata     3    940,00  29.01.2027",
        "",
        "Conditii de livrare: DAP. Plata 30 zile.",
    ], "Confirmare_CC-2026-0877.pdf")
    m = mail(("Andrei Popescu", sup[2]), DANA, "RE: Purchase order 4500031134 - please confirm",
             when("2026-11-24 11:11", 2), body, charset="iso-8859-16", reply_to=rid(po["po_number"]), attachments=[pdf])
    exp = other("needs_review", "The mail text confirms delivery on 15.01.2027 but the attached formal confirmation says 29.01.2027 for both lines; the contradiction must be resolved by a human.")
    return [po], m, exp


@case("three-pos-answer-one-bg", "confirmation", "bg-BG", "Three open POs of one supplier; the Bulgarian reply answers only the middle one")
def c035():
    sup = ("SOFSTAGE", "Сцена Техник ООД", "office@scena-technik.example", "bg-BG")
    p1 = PO("4500031135", sup, [
        (1, "TW-20KG", "Stage weight 20 kg, steel plate", 100, "EA", "21.00", "2026-12-11"),
    ], issued="2026-11-09")
    p2 = PO("4500031136", sup, [
        (1, "TW-10KG", "Stage weight 10 kg, steel plate", 200, "EA", "11.50", "2027-01-15"),
        (2, "TW-SB-15", "Sandbag 15 kg, canvas", 80, "EA", "14.20", "2027-01-15"),
    ], issued="2026-11-12")
    p3 = PO("4500031137", sup, [
        (1, "TW-CLAMP", "Weight clamp for pipe batten", 60, "EA", "8.70", "2027-02-05"),
    ], issued="2026-11-16")
    body = """Здравейте г-жо Руиз,

Потвърждаваме поръчка 4500031136: 200 бр. тежести 10 кг по 11,50 EUR и 80 бр. торби с пясък по 14,20 EUR, доставка до 15.01.2027 г.

За другите две поръчки ще Ви пиша отделно.

Поздрави,
Георги Иванов
Сцена Техник ООД, София, бул. Ботевградско шосе 247
"""
    m = mail(("Георги Иванов", sup[2]), DANA, "RE: Purchase order 4500031136 - please confirm",
             when("2026-11-20 15:30", 2), body, charset="windows-1251", reply_to=rid("4500031136"))
    exp = conf(p2, {1: A(p2, 1), 2: A(p2, 2)},
               "Only PO 4500031136 is answered (both lines as ordered); the other two POs are merely mentioned ('will write separately') and are left out.")
    return [p1, p2, p3], m, exp


@case("erp-received-hr", "auto_reply", "hr-HR", "Croatian ERP notice: order received, confirmation will follow within 2 working days")
def c036():
    sup = ("ZAGHARP", "Glazbala Horvat d.o.o.", "narudzbe@glazbala-horvat.example", "hr-HR")
    po = PO("4500031138", sup, [
        (1, "HS-NYL-2O", "Harp string nylon, 2nd octave set", 20, "SET", "46.00", "2026-12-18"),
        (2, "HS-GUT-4C", "Harp string gut, 4th octave C", 60, "EA", "9.20", "2026-12-18"),
    ])
    body = """Poštovani,

zaprimili smo Vašu narudžbu br. 4500031138 dana 17.11.2026. u 09:12.
Broj zaprimanja: NRZ-2026-11842.
Potvrdu narudžbe s rokovima isporuke poslat ćemo u roku od 2 radna dana.

Ovo je automatski generirana poruka sustava Pantheon ERP. Molimo ne odgovarajte na nju.

Glazbala Horvat d.o.o., Ilica 210, 10000 Zagreb
"""
    m = mail(("Pantheon ERP", "erp-noreply@glazbala-horvat.example"), DANA,
             "Zaprimljena narudžba 4500031138", when("2026-11-17 09:14", 1), body, charset="iso-8859-2",
             reply_to=rid(po["po_number"]), headers={"Auto-Submitted": "auto-generated"})
    exp = other("auto_reply", "Automatic ERP receipt: the order was received and a confirmation is promised later; no quantities, prices or dates are committed.")
    return [po], m, exp
