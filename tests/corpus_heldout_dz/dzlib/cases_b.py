"""Cases 019-036."""
import csv
import datetime as dt
import io

from .common import *  # noqa: F401,F403


@case
def c019():
    s = sup("ANAKL", "Anaklastika Hellas S.A.", "sales@anaklastika.example", "el-GR")
    p = po("4500031019", s, [
        ln("RV-C2-YEL-M", "Reflective vest class 2, yellow, M", 240, "EA", "4.20", "2026-12-11"),
        ln("RV-C2-YEL-XL", "Reflective vest class 2, yellow, XL", 120, "EA", "4.20", "2026-12-11")],
        issued="2026-11-04")
    body = ("Καλησπέρα σας κα Lindqvist,\n\nΣας επιβεβαιώνουμε την παραγγελία 4500031019:\n"
            "- RV-C2-YEL-M: 240 τεμ. (20 δωδεκάδες), τιμή 54,00 € ανά δωδεκάδα, παράδοση 11/12/2026\n"
            "- RV-C2-YEL-XL: 120 τεμ. (10 δωδεκάδες), τιμή 54,00 € ανά δωδεκάδα, παράδοση 11/12/2026\n\n"
            "Η νέα τιμή ισχύει λόγω αύξησης του κόστους υφάσματος.\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων | Τηλ. 210 483 2290 | ΑΦΜ 094512378\n")
    body += q_outlook(p, ("Από", "Στάλθηκε", "Προς", "Θέμα"), "Τετάρτη, 4 Νοεμβρίου 2026 9:14 πμ")
    eml = reply(p, addr("Νίκος Παπαδόπουλος", "n.papadopoulos@anaklastika.example", "iso-8859-7"),
                "Mon, 9 Nov 2026 17:31:08 +0200", text(body, "iso-8859-7"), prefix="ΑΠ: ")
    return K("anaklastika-per-dozen", "confirmation/el-GR",
             "ISO-8859-7 Greek reply quoting a new price per dozen (δωδεκάδα) for items ordered per piece.",
             [p], eml, exp("confirmation", "54,00 EUR per dozen = 4.50 per EA (PO 4.20) on both lines; quantities and dates (11/12/2026 day-first) as ordered.",
                           conf(p, {1: C(p, 1, price="4.50"), 2: C(p, 2, price="4.50")})))


@case
def c020():
    s = sup("CEVRE", "Çevre Güvenlik Ekipmanları A.Ş.", "satis@cevreguvenlik.example", "tr-TR")
    p = po("4500031020", s, [
        ln("SK-CHEM-80", "Spill kit chemical, 80 L", 6, "EA", "142.00", "2026-12-18"),
        ln("SK-OIL-240", "Spill kit oil-only, 240 L wheeled bin", 2, "EA", "398.00", "2026-12-18"),
        ln("SK-PAD-200", "Absorbent pads universal, 200 pcs/box", 20, "BOX", "46.50", "2026-12-18")],
        issued="2026-11-06", buyer=B_TOM)
    body = ("Sayın Ferreira,\n\n4500031020 no.lu siparişinizi aşağıdaki şekilde onaylıyoruz:\n\n"
            "1. SK-CHEM-80 - 6 adet - 142,00 EUR - teslim 18 Aralık 2026 Cuma\n"
            "2. SK-OIL-240 - maalesef bu ürünün üretimi durduruldu, tedarik edemiyoruz.\n"
            "3. SK-PAD-200 - 20 koli - 46,50 EUR - teslim 18 Aralık 2026 Cuma\n\n"
            "Saygılarımızla,\nEmre Yılmaz\nSatış Müdürü\nTel: +90 216 555 12 34 | Vergi No: 1234567890\n")
    body += q_outlook(p, ("Kimden", "Gönderildi", "Kime", "Konu"), "6 Kasım 2026 Cuma 09:14")
    eml = reply(p, addr("Emre Yılmaz", "emre.yilmaz@cevreguvenlik.example", "iso-8859-9"),
                "Wed, 11 Nov 2026 10:48:30 +0300", text(body, "iso-8859-9"), prefix="YNT: ")
    return K("cevre-one-line-discontinued", "confirmation/tr-TR",
             "ISO-8859-9 Turkish confirmation with one line refused because production stopped; 'YNT:' subject prefix.",
             [p], eml, exp("confirmation", "Lines 1 and 3 exactly as ordered (18 Aralık 2026). Line 2: 'üretimi durduruldu, tedarik edemiyoruz' = discontinued, cannot supply -> rejected.",
                           conf(p, {2: "R"})))


@case
def c021():
    s = sup("NILET", "Nile Tools Co.", "sales@niletools.example", "ar-EG")
    p = po("4500031021", s, [
        ln("TW-12-40200", "Torque wrench 1/2\" 40-200 Nm", 15, "EA", "3850.00", "2026-12-11"),
        ln("TW-38-1060", "Torque wrench 3/8\" 10-60 Nm", 10, "EA", "2650.00", "2026-12-11")],
        currency="EGP", issued="2026-11-05", buyer=B_JUN)
    body = ("السيد/ جون أوكافور المحترم،\n\nتحية طيبة وبعد،\n\n"
            "نؤكد لكم استلام أمر الشراء رقم ٤٥٠٠٠٣١٠٢١ ونوافق عليه كالتالي:\n"
            "١- مفتاح عزم ١/٢ بوصة ٤٠-٢٠٠ نيوتن.متر (TW-12-40200): الكمية ١٥ قطعة، السعر ٣٬٨٥٠٫٠٠ جنيه للقطعة، التسليم ١١/١٢/٢٠٢٦\n"
            "٢- مفتاح عزم ٣/٨ بوصة ١٠-٦٠ نيوتن.متر (TW-38-1060): الكمية ١٠ قطع، السعر ٢٬٦٥٠٫٠٠ جنيه للقطعة، "
            "التسليم ٢٤/١٢/٢٠٢٦ نظراً لتأخر الشحنة من المصنع.\n\n"
            "وتفضلوا بقبول فائق الاحترام،\nم. أحمد عبد الرحمن\nمدير المبيعات\nهاتف: ٠١٠٠٢٣٤٥٦٧٨\n")
    htm = '<div dir="rtl" style="font-family:Tahoma">' + esc(body).replace("\n", "<br>\n") + "</div>"
    eml = reply(p, addr("أحمد عبد الرحمن", "ahmed.a@niletools.example"), "Tue, 10 Nov 2026 12:15:00 +0200",
                alt(body, htm, "utf-8", "base64"))
    return K("nile-arabic-indic-digits", "confirmation/ar-EG",
             "Arabic RTL mail written entirely with Arabic-Indic digits, Arabic thousands/decimal separators (٣٬٨٥٠٫٠٠) and day-first dates.",
             [p], eml, exp("confirmation", "Digits are Arabic-Indic: line 1 = 15 pcs at 3,850.00 EGP, delivery 11/12/2026 as ordered; line 2 = 10 pcs at 2,650.00 but delivery 24/12/2026 -> changed date 2026-12-24.",
                           conf(p, {2: C(p, 2, d="2026-12-24")})))


@case
def c022():
    s = sup("NETIV", "Netiv Electronics Ltd.", "orders@netiv-el.example", "he-IL")
    p = po("4500031022", s, [
        ln("GD-H2S-P", "Personal H2S gas detector, 2-year", 20, "EA", "420.00", "2026-12-18")],
        currency="ILS", issued="2026-11-16", buyer=B_TOM)
    body = ("שלום,\n\nאני נמצאת מחוץ למשרד עד יום ראשון 29.11.2026 ללא גישה לדואר אלקטרוני.\n"
            "בנושאי הזמנות ואישורי הזמנה נא לפנות לשירות הלקוחות: 03-5123456 או service@netiv-el.example.\n\n"
            "תודה,\nמיכל לוי\nמנהלת לקוחות\n")
    eml = reply(p, addr("מיכל לוי", "michal.levi@netiv-el.example", "windows-1255"), "Mon, 16 Nov 2026 09:14:40 +0200",
                text(body, "windows-1255"), subject="מענה אוטומטי: " + req_subject(p),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                msgid=mid("c022", "", "outlook"))
    return K("netiv-hebrew-ooo", "auto_reply/he-IL",
             "Windows-1255 Hebrew out-of-office with an encoded Hebrew subject prefix and a return date.",
             [p], eml, exp("auto_reply", "Automatic out-of-office ('מחוץ למשרד עד 29.11.2026'); the date is the return date, no commitment."))


@case
def c023():
    s = sup("TOWA", "株式会社東和電機商会", "eigyo@towadenki.example", "ja-JP")
    p = po("4500031023", s, [
        ln("UH-4P-C", "USB-C hub 4 ports, aluminium", 50, "EA", "2480", "2026-12-18"),
        ln("UH-10P-IND", "Industrial USB 2.0 hub 10 ports, DIN rail", 8, "EA", "18600", "2026-12-18")],
        currency="JPY", issued="2026-11-10")
    body = ("ハルヴォルセン・インダストリアル\nMara Lindqvist 様\n\n"
            "いつも大変お世話になっております。\n東和電機商会の佐藤でございます。\n\n"
            "ご注文番号 4500031023 につきまして、下記の通り納期回答いたします。\n\n"
            "１．UH-4P-C（USB-Cハブ 4ポート）50個　単価 ￥2,480\n"
            "　　在庫分30個は１２月１８日（金）着、残り20個は来年１月１５日（金）着となります。\n"
            "２．UH-10P-IND（産業用USBハブ 10ポート）8台　単価 ￥18,600\n"
            "　　１２月１８日（金）着\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "――――――――――――――――\n株式会社東和電機商会　営業部\n佐藤 健一\n"
            "〒101-0021 東京都千代田区外神田3-12-8\nTEL 03-3251-7788 / FAX 03-3251-7789\n――――――――――――――――\n")
    eml = reply(p, addr("佐藤 健一", "k.sato@towadenki.example", "iso-2022-jp"), "Fri, 13 Nov 2026 10:21:33 +0900",
                text(body, "iso-2022-jp", "7bit"), prefix="Re: ")
    return K("towa-iso2022jp-fullwidth-split", "confirmation/ja-JP",
             "ISO-2022-JP Japanese reply with full-width digits, yearless dates with weekday and a split of line 1 into stock now / rest next year.",
             [p], eml, exp("confirmation", "Line 1: 30 pcs arrive 12月18日 (2026-12-18), the other 20 on 1月15日 of next year (2027-01-15) -> schedule, last date 2027-01-15; price ¥2,480 as ordered. Line 2 arrives 2026-12-18 as ordered.",
                           conf(p, {1: C(p, 1, sched=[(30, "2026-12-18"), (20, "2027-01-15")])})))


@case
def c024():
    s = sup("CHSHW", "振興五金股份有限公司", "sales@chenhsing-hw.example", "zh-TW")
    p = po("4500031024", s, [
        ln("WA-SL-0860", "Sleeve anchor M8 x 60, zinc", 2000, "PC", "4.60", "2026-12-18"),
        ln("WA-WE-1295", "Wedge anchor M12 x 95, hot-dip galvanized", 800, "PC", "14.20", "2027-01-08"),
        ln("WA-DI-M10", "Drop-in anchor M10, steel", 1500, "PC", "3.90", "2027-01-08")],
        currency="TWD", issued="2026-11-11", buyer=B_JUN)
    body = ("Okafor 先生 您好：\n\n感謝貴公司訂單 4500031024，茲確認如下：\n\n"
            "項次1 WA-SL-0860 套筒錨栓 M8x60　數量 2,000 PCS　單價 NT$4.60　交期 115年12月18日\n"
            "項次2 WA-WE-1295 膨脹螺栓 M12x95　數量 800 PCS　單價 NT$14.20　交期 116年1月8日\n"
            "項次3 WA-DI-M10 內迫壁虎 M10　數量 1,500 PCS　單價 NT$3.90　交期 116年1月22日（原料延遲）\n\n"
            "以上單價未稅。\n\n振興五金股份有限公司\n業務部 林志明\nTEL: (04)2358-1234 分機 15\n統一編號: 12345678\n")
    eml = reply(p, addr("林志明", "lin.cm@chenhsing-hw.example", "big5"), "Mon, 16 Nov 2026 14:08:52 +0800",
                text(body, "big5", "base64"), prefix="回覆: ")
    return K("chenhsing-roc-year-big5", "confirmation/zh-TW",
             "Big5 base64 Traditional Chinese with Minguo (ROC) years: 115年 = 2026, 116年 = 2027.",
             [p], eml, exp("confirmation", "ROC calendar: 115年12月18日 = 2026-12-18, 116年1月8日 = 2027-01-08 (both as ordered), 116年1月22日 = 2027-01-22 for line 3 (later, raw material delay). Quantities and prices unchanged.",
                           conf(p, {3: C(p, 3, d="2027-01-22")})))


@case
def c025():
    s = sup("YONGGU", "宁波永固气动元件有限公司", "sales@ningbo-yonggu.example", "zh-CN")
    p = po("4500031025", s, [
        ln("AH-PA-0604", "Polyamide air tube 6x4 mm, black", 120, "M", "3.80", "2026-12-18"),
        ln("AH-SP-1065", "Spiral recoil air hose 10x6.5 mm, 7.5 m, with fittings", 40, "EA", "58.00", "2026-12-18")],
        currency="CNY", issued="2026-11-12", buyer=B_TOM)
    body = ("Ferreira 先生，您好！\n\n贵司订单 4500031025 确认如下：\n"
            "1. AH-PA-0604 尼龙气管 6x4 黑色：我司按卷供货，每卷50米，订单120米调整为150米（3卷），单价不变 3.80元/米，12月18日前送达。\n"
            "2. AH-SP-1065 螺旋气管 10x6.5 7.5米：40条，单价58.00元，交期同上。\n\n"
            "如有问题请随时联系。\n\n宁波永固气动元件有限公司\n销售部 王丽\n手机：138 5741 2296\n电话：0574-8765 4321\n")
    body += q_outlook(p, ("发件人", "发送时间", "收件人", "主题"), "2026年11月12日 16:14", "Wang Li", sep="------------------ 原始邮件 ------------------")
    eml = reply(p, addr("王丽", "wangli@ningbo-yonggu.example", "gb2312"), "Tue, 17 Nov 2026 09:33:12 +0800",
                text(body, "gb2312", "base64"), prefix="回复：")
    return K("yonggu-coil-rounding-gb2312", "confirmation/zh-CN",
             "GB2312 base64 Simplified Chinese; metres rounded up to full 50 m coils, second line 'same delivery as above'.",
             [p], eml, exp("confirmation", "Line 1: 120 m raised to 150 m (3 coils of 50 m), price unchanged, delivered by 12月18日 = 2026-12-18. Line 2: 40 pcs at 58.00, '交期同上' = same date 2026-12-18 -> accepted.",
                           conf(p, {1: C(p, 1, q=150)})))


@case
def c026():
    s = sup("DSBR", "Daesung Brass Co., Ltd.", "sales@daesungbrass.example", "ko-KR")
    p = po("4500031026", s, [
        ln("BF-NIP-15A", "Brass hex nipple 15A (1/2\")", 500, "PC", "1850", "2026-12-18"),
        ln("BF-UNI-20A", "Brass union 20A (3/4\")", 200, "PC", "6400", "2026-12-18")],
        currency="KRW", issued="2026-11-13")
    body = ("Lindqvist 님 안녕하세요.\n대성황동 영업팀 김민수입니다.\n\n발주서(4500031026) 잘 받았습니다.\n"
            "다만 12월부터 황동 원자재 가격 인상으로 단가 조정이 예정되어 있어,\n"
            "확정 단가와 납기는 내부 검토 후 다음 주 화요일까지 회신드리겠습니다.\n\n양해 부탁드립니다.\n\n"
            "김민수 과장\n대성황동(주) 영업팀\nT. 031-8041-2277 / M. 010-4521-8830\n")
    body += q_outlook(p, ("보낸 사람", "보낸 날짜", "받는 사람", "제목"), "2026년 11월 13일 금요일 오후 5:14")
    eml = reply(p, addr("김민수", "ms.kim@daesungbrass.example", "euc-kr"), "Mon, 16 Nov 2026 11:02:45 +0900",
                text(body, "euc-kr", "base64"))
    return K("daesung-will-revert-tuesday", "needs_review/ko-KR",
             "EUC-KR Korean reply: PO received, price increase pending, firm price and date promised by next Tuesday.",
             [p], eml, exp("needs_review", "Acknowledges the PO but defers price and delivery until next Tuesday; no line is confirmed."))


@case
def c027():
    s = sup("PHUTH", "Công ty TNHH Điện Cơ Phú Thành", "kinhdoanh@dienco-phuthanh.example", "vi-VN")
    p = po("4500031027", s, [
        ln("CR-30-2X25", "Cable reel 30 m, 2x2.5 mm2, 4 sockets", 40, "EA", "1250000", "2026-12-11"),
        ln("CR-50-3X4", "Industrial cable reel 50 m, 3x4 mm2, IP55", 15, "EA", "3480000", "2026-12-11")],
        currency="VND", issued="2026-11-09", buyer=B_JUN)
    body = ("Kính gửi anh Jun Okafor,\n\nPhú Thành xin xác nhận đơn hàng số 4500031027 như sau:\n"
            "1. Ru lô cuộn dây 30m 2x2,5mm2 (CR-30-2X25): 40 cái x 1.320.000 đ/cái (giá mới áp dụng từ 15/11/2026 do giá đồng tăng), giao ngày 11/12/2026.\n"
            "2. Ru lô công nghiệp 50m 3x4mm2 (CR-50-3X4): 15 cái x 3.480.000 đ/cái, giao ngày 11/12/2026.\n"
            "Giá chưa bao gồm VAT 10%.\n\nTrân trọng,\nNguyễn Thị Hoa\nPhòng Kinh doanh\nĐT: 028 3823 4567 - Di động: 0903 123 456\n")
    intro = "Vào Th 2, 9 thg 11, 2026 vào lúc 09:14 Jun Okafor <j.okafor@halvorsen-industrial.example> đã viết:"
    eml = reply(p, addr("Nguyễn Thị Hoa", "hoa.nt@dienco-phuthanh.example"), "Thu, 12 Nov 2026 16:40:05 +0700",
                alt(body + q_gmail(p, intro), t2h(body) + q_html(p, intro)), msgid=mid("c027", "", "gmail"))
    return K("phuthanh-vnd-dot-thousands", "confirmation/vi-VN",
             "Vietnamese with VND dot-thousands (1.320.000 đ) and a copper-driven price rise on one line; '2x2,5mm2' comma inside a description.",
             [p], eml, exp("confirmation", "Line 1: new unit price 1.320.000 VND = 1320000 (PO 1250000), qty and date 11/12/2026 unchanged. Line 2 as ordered.",
                           conf(p, {1: C(p, 1, price="1320000")})))


@case
def c028():
    s = sup("SENTOSA", "PT Sentosa Alat Keselamatan", "sales@sentosa-safety.example", "id-ID")
    pa = po("4500031028", s, [
        ln("DC-SMS-M", "Disposable coverall SMS, white, M", 500, "EA", "32500", "2026-12-11"),
        ln("DC-SMS-L", "Disposable coverall SMS, white, L", 500, "EA", "32500", "2026-12-11")],
        currency="IDR", issued="2026-11-04")
    pb = po("4500031029", s, [
        ln("DC-MP-XL", "Microporous coverall type 5/6, XL", 300, "EA", "48000", "2026-12-18"),
        ln("DC-BOOT-CV", "Disposable boot cover, PE, 100 pcs/box", 40, "BOX", "95000", "2026-12-18")],
        currency="IDR", issued="2026-11-06")
    body = ("Dengan hormat Ibu Mara,\n\nTerima kasih atas PO-nya. Berikut konfirmasi kami:\n\n"
            "PO 4500031028\n- DC-SMS-M 500 pcs @ Rp 32.500 -> kirim 11 Desember 2026\n"
            "- DC-SMS-L 500 pcs @ Rp 32.500 -> kirim 11 Desember 2026\n\n"
            "PO 4500031029\n- DC-MP-XL 300 pcs @ Rp 48.000 -> kirim 18 Desember 2026\n"
            "- Boot cover 40 box @ Rp 95.000 -> stok kosong, baru bisa kirim 8 Januari 2027\n\n"
            "Harga belum termasuk PPN 11%.\n\nSalam,\nDewi Lestari\nSales Admin\nPT Sentosa Alat Keselamatan\n"
            "Telp. (021) 2957 3311 | WA 0812 8890 1234\n")
    eml = reply(pb, addr("Dewi Lestari", "dewi@sentosa-safety.example"), "Wed, 11 Nov 2026 15:27:19 +0700",
                text(body), subject="RE: PO 4500031028 & 4500031029", extra_pos=[pa])
    return K("sentosa-two-pos-one-mail", "confirmation/id-ID",
             "One Indonesian mail answers two POs of the same supplier; IDR dot-thousands; only ship ('kirim') dates given.",
             [pa, pb], eml, exp("confirmation", "PO 4500031028 fully as ordered. PO 4500031029: line 1 as ordered; boot covers out of stock, ship 8 Januari 2027 -> changed date 2027-01-08 (ship date counts when no delivery date is given).",
                                conf(pa, {}), conf(pb, {2: C(pb, 2, d="2027-01-08")})))


@case
def c029():
    s = sup("MAJU", "Syarikat Keselamatan Maju Sdn Bhd", "jualan@majusafety.example", "ms-MY")
    p = po("4500031030", s, [
        ln("RV-MY-ORG", "Reflective vest orange, mesh, class 2", 200, "EA", "8.90", "2026-12-18")],
        currency="MYR", issued="2026-11-10", buyer=B_JUN)
    plain = ("PROMOSI HUJUNG TAHUN MAJU SAFETY\n\nPelanggan yang dihargai,\n\n"
             "Sempena hujung tahun, nikmati diskaun sehingga 25% untuk pilihan PPE terlaris kami sehingga 31 Disember 2026:\n\n"
             "* Jaket keselamatan reflektif oren (RV-MY-ORG): RM 7.50 seunit (harga biasa RM 8.90), min. 100 unit\n"
             "* Kasut keselamatan S3: RM 119.00 sepasang\n* Topi keledar ABS: RM 18.50 seunit\n\n"
             "Penghantaran percuma di Lembah Klang bagi pesanan melebihi RM 1,000.\n"
             "Tempah sekarang: 03-5191 2233 atau jualan@majusafety.example\n\n"
             "Anda menerima e-mel ini kerana anda pelanggan berdaftar Maju Safety.\n"
             "Berhenti langganan: https://majusafety.example/unsubscribe?u=8812\n")
    htm = ("<table width=\"600\" align=\"center\"><tr><td style=\"background:#f60;color:#fff;font-size:22px;padding:12px\">"
           "PROMOSI HUJUNG TAHUN</td></tr><tr><td>" + esc(plain).replace("\n", "<br>\n") + "</td></tr></table>")
    eml = msg([("From", "Maju Safety <newsletter@majusafety.example>"), ("To", "j.okafor@halvorsen-industrial.example"),
               ("Subject", "Promosi Hujung Tahun: Diskaun sehingga 25% untuk PPE!"),
               ("Date", "Thu, 19 Nov 2026 10:00:00 +0800"), ("Message-ID", mid("c029", "mail.majusafety.example")),
               ("List-Unsubscribe", "<https://majusafety.example/unsubscribe?u=8812>"), ("Precedence", "bulk")],
              alt(plain, htm))
    return K("maju-newsletter-same-item", "unrelated/ms-MY",
             "Malay promotional newsletter from the supplier's domain that names the very item on our open PO with a promo price.",
             [p], eml, exp("unrelated", "Bulk newsletter (List-Unsubscribe, Precedence: bulk); the promo price RM 7.50 for RV-MY-ORG is an offer, not an answer to PO 4500031030."))


@case
def c030():
    s = sup("MABUHAY", "Mabuhay Industrial Supply", "sales@mabuhayind.example", "tl-PH")
    p = po("4500031031", s, [
        ln("EP-STEEL-114", "Epoxy putty steel-filled, 114 g stick", 100, "PC", "185.00", "2026-12-11"),
        ln("EP-AQUA-57", "Epoxy putty underwater, 57 g", 60, "PC", "142.00", "2026-12-11")],
        currency="PHP", issued="2026-11-16", buyer=B_JUN)
    body = ("Noted po sir, confirmed lahat ng items sa PO 4500031031, same price and delivery Dec 11. Salamat po!\n\n"
            "Sent from my iPhone\n")
    body += q_gmail(p, "On Nov 16, 2026, at 9:14 AM, Jun Okafor <j.okafor@halvorsen-industrial.example> wrote:")
    eml = reply(p, addr("Joy Santos", "joy.santos@mabuhayind.example"), "Mon, 16 Nov 2026 21:40:02 +0800",
                text(body, "us-ascii", "7bit"), prefix="Re: ", msgid="<5F2A1C7E-88D1-4C4B-9A0E-3B7D2F61C9A4@mabuhayind.example>")
    return K("mabuhay-taglish-one-liner", "confirmation/tl-PH",
             "Taglish one-liner from a phone ('confirmed lahat ng items') above a fully quoted PO.",
             [p], eml, exp("confirmation", "'Confirmed lahat ng items' = all items confirmed at the same price with delivery Dec 11 (= requested 2026-12-11).", conf(p, {})))


@case
def c031():
    s = sup("BRANDN", "Brandskydd Norden AB", "order@brandskyddnorden.example", "sv-SE")
    p = po("4500031032", s, [
        ln("FB-EN1869-12", "Fire blanket 1.2x1.2 m, soft case", 80, "EA", "189.00", "2026-12-18"),
        ln("FB-EN1869-18", "Fire blanket 1.8x1.2 m, soft case", 30, "EA", "249.00", "2026-12-18"),
        ln("FB-WALL-BOX", "Wall cabinet for fire blanket, red", 30, "EA", "315.00", "2026-12-18")],
        currency="SEK", issued="2026-11-09")
    answers = {"FB-EN1869-12": "OK, leverans v.51", "FB-EN1869-18": "OK men leverans v.2, slut i lager hos oss",
               "FB-WALL-BOX": "Pris nu 335,00 kr/st enligt nya prislistan, leverans v.51"}
    q = []
    for x in gt(req_text(p)).split("\n"):
        q.append(x)
        for code, a in answers.items():
            if (" " + code + " ") in x:
                q.append("\n" + a + "\n")
    body = ("Hej Mara,\n\nse mina svar i texten nedan.\n\n/Johan\n\nDen 2026-11-09 kl. 09:14, skrev Mara Lindqvist:\n"
            + "\n".join(q) + "\n\n-- \nJohan Lindberg\nInnesälj, Brandskydd Norden AB\n08-555 123 40 | Org.nr 556712-3456\n")
    eml = reply(p, addr("Johan Lindberg", "johan.lindberg@brandskyddnorden.example"), "Tue, 10 Nov 2026 14:02:16 +0100",
                text(body, "utf-8", "quoted-printable", extra="; format=flowed"), prefix="Sv: ",
                extra=[("User-Agent", "Mozilla Thunderbird")])
    return K("brandskydd-inline-veckor", "confirmation/sv-SE",
             "Answers typed inline between the '> ' quoted PO table rows, using Swedish week numbers (v.51, v.2) and a new list price.",
             [p], eml, exp("confirmation", "Inline answers: line 1 v.51 -> Friday 2026-12-18 = requested -> accepted; line 2 v.2 -> 2027-01-15; line 3 price 335,00 instead of 315.00, v.51 = as requested.",
                           conf(p, {2: C(p, 2, d="2027-01-15"), 3: C(p, 3, price="335.00")})))


@case
def c032():
    s = sup("GASSV", "Gassvarsling AS", "ordre@gassvarsling.example", "nb-NO")
    p = po("4500031033", s, [
        ln("GD-O2-PERS", "Personal O2 monitor, 2-year disposable", 30, "EA", "1290.00", "2026-12-11"),
        ln("GD-4G-PUMP", "4-gas detector with internal pump", 5, "EA", "14900.00", "2027-01-15"),
        ln("GD-BUMP-ST", "Bump test station for 4-gas detector", 1, "EA", "8950.00", "2027-01-15")],
        currency="NOK", issued="2026-11-10", buyer=B_TOM)
    rows = [["Ordrebekreftelse", "OB-2026-11873"], ["Deres ordre", "4500031033"], ["Dato", dt.date(2026, 11, 13)], [],
            ["Linje", "Varenr.", "Beskrivelse", "Antall", "Enhet", "Pris NOK", "Leveringsdato"],
            [1, "GD-O2-PERS", "Personlig O2-måler, 2 år", 30, "STK", 1290.0, dt.date(2026, 12, 11)],
            [2, "GD-4G-PUMP", "4-gass detektor m/pumpe", 5, "STK", 14900.0, dt.date(2027, 1, 29)],
            [3, "GD-BUMP-ST", "Bumptest-stasjon 4-gass", 1, "STK", 8950.0, dt.date(2027, 1, 15)]]
    body = ("Hei,\n\nVedlagt ordrebekreftelse for deres bestilling 4500031033. Merk endret leveringsdato på linje 2.\n\n"
            "Mvh\nIngrid Solberg\nKundeservice | Gassvarsling AS\nTlf. 22 10 45 80 | Org.nr. 987 654 321 MVA\n")
    eml = reply(p, addr("Ingrid Solberg", "ingrid.solberg@gassvarsling.example"), "Fri, 13 Nov 2026 13:37:00 +0100",
                multi("mixed", text(body, "iso-8859-1"),
                      attach(xlsx(rows, "Ordrebekreftelse"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                             "OB-2026-11873.xlsx")), prefix="SV: ", msgid=mid("c032", "", "outlook"))
    return K("gassvarsling-xlsx-serial-dates", "confirmation/nb-NO",
             "The confirmation is an XLSX attachment whose delivery dates are Excel date serials with a dd.mm.yyyy style; the body only hints at line 2.",
             [p], eml, exp("confirmation", "XLSX: line 1 30 @ 1290 on 11.12.2026 and line 3 1 @ 8950 on 15.01.2027 as ordered; line 2 5 @ 14900 but 29.01.2027 instead of 15.01.2027.",
                           conf(p, {2: C(p, 2, d="2027-01-29")})))


@case
def c033():
    s = sup("DKVT", "Dansk Værktøj A/S", "ordre@danskvaerktoej.example", "da-DK")
    p = po("4500031034", s, [
        ln("HK-TX-SET9", "Torx key set T10-T50, 9 pcs", 30, "SET", "145.00", "2026-12-18"),
        ln("HK-HX-SET9", "Hex key set 1.5-10 mm, 9 pcs, ball end", 30, "SET", "129.00", "2026-12-18")],
        currency="DKK", issued="2026-11-17")
    plain = ("Levering til disse modtagere eller grupper mislykkedes:\n\nordre@danskvaerktoej.example\n"
             "Postkassen for modtageren er fuld og kan ikke modtage meddelelser nu. Prøv at sende meddelelsen igen senere, "
             "eller kontakt modtageren direkte.\n\n\n\nDiagnosticeringsoplysninger for administratorer:\n\n"
             "Genererer server: DB8PR03MB5921.eurprd03.prod.outlook.com\n\nordre@danskvaerktoej.example\n"
             "Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
             "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception'\n")
    r = our_request(p)
    heads = r.split(b"\n\n", 1)[0] + b"\n"
    body = multi("report", alt(plain, t2h(plain)),
                 dsn("DB8PR03MB5921.eurprd03.prod.outlook.com", "ordre@danskvaerktoej.example", "failed", "5.2.2",
                     "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException",
                     arrival="Tue, 17 Nov 2026 08:14:07 +0000"),
                 b"Content-Type: text/rfc822-headers\n\n" + heads, extra=" report-type=delivery-status;")
    eml = msg([("From", "Microsoft Outlook <postmaster@danskvaerktoej.example>"),
               ("To", "m.lindqvist@halvorsen-industrial.example"),
               ("Subject", hdr("Ikke leveret: " + req_subject(p))), ("Date", "Tue, 17 Nov 2026 08:14:11 +0000"),
               ("Message-ID", mid("c033", "", "outlook")), ("In-Reply-To", p["request_message_id"]),
               ("References", p["request_message_id"]), ("Auto-Submitted", "auto-replied"),
               ("Content-Language", "da-DK")], body)
    return K("danskvaerktoej-exchange-mailbox-full", "bounce/da-DK",
             "Danish Exchange Online NDR (mailbox full, 5.2.2) threaded on the PO request, with only the original headers returned.",
             [p], eml, exp("bounce", "Non-delivery report ('Levering ... mislykkedes', 5.2.2 mailbox full) from the supplier's Exchange; it carries In-Reply-To but is no answer."))


@case
def c034():
    s = sup("TVARI", "Teollisuusväri Oy", "myynti@teollisuusvari.example", "fi-FI")
    p = po("4500031035", s, [
        ln("MP-LINE-WHT", "Line marking paint white, 750 ml", 96, "PC", "8.90", "2026-12-11"),
        ln("MP-LINE-YEL", "Line marking paint yellow, 750 ml", 96, "PC", "8.90", "2026-12-11"),
        ln("MP-INV-BLU", "Inverted marking spray blue, 500 ml", 48, "PC", "7.40", "2026-12-11")],
        issued="2026-11-11", buyer=B_JUN)
    body = ("Hei,\n\nKiitos tilauksesta 4500031035. Vahvistamme seuraavasti:\n\n"
            "rivit 1 ja 2: toimitus viikolla 50, hinnat tilauksen mukaan (8,90 €/kpl alv 0 %)\n"
            "rivi 3: tuote on poistunut valikoimasta, emme valitettavasti pysty toimittamaan. Korvaavaksi voimme\n"
            "tarjota MP-INV-BLU2 (7,95 €/kpl) - kertokaa jos kiinnostaa.\n\n"
            "Ystävällisin terveisin\nJari Virtanen\nmyyntipäällikkö\npuh. 040 123 4567\nTeollisuusväri Oy | Y-tunnus 1234567-8\n")
    body += q_outlook(p, ("Lähettäjä", "Lähetetty", "Vastaanottaja", "Aihe"), "keskiviikko 11. marraskuuta 2026 9.14")
    eml = reply(p, addr("Jari Virtanen", "jari.virtanen@teollisuusvari.example", "iso-8859-15"),
                "Thu, 12 Nov 2026 12:44:30 +0200", text(body, "iso-8859-15"), prefix="VS: ")
    return K("teollisuusvari-viikko-50-substitute", "confirmation/fi-FI",
             "Finnish 'viikolla 50' equal to the need-by Friday, and a discontinued line for which only a substitute is offered.",
             [p], eml, exp("confirmation", "Week 50 without a day = Friday 2026-12-11 = requested, prices as ordered -> lines 1-2 accepted. Line 3 cannot be supplied; the substitute is only an offer -> rejected.",
                           conf(p, {3: "R"})))


@case
def c035():
    s = sup("TMAAIL", "Tööriistamaailm OÜ", "muuk@tooriistamaailm.example", "et-EE")
    p = po("4500031036", s, [
        ln("IS-38-SET12", "Impact socket set 3/8\" 8-22 mm, 12 pcs", 12, "SET", "64.00", "2026-12-18"),
        ln("IS-12-DEEP-19", "Deep impact socket 1/2\" 19 mm", 40, "PC", "7.20", "2026-12-18"),
        ln("IS-12-EXT-250", "Impact extension bar 1/2\" 250 mm", 20, "PC", "11.50", "2026-12-18")],
        issued="2026-11-12")
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerow(["Tellimus", "Rida", "Kood", "Nimetus", "Kogus", "Ühik", "Hind EUR", "Tarnekuupäev"])
    w.writerow(["4500031036", "1", "IS-38-SET12", "Löökpadrunite komplekt 3/8 tolli 12 tk", "12", "KMPL", "64,00", "18.12.2026"])
    w.writerow(["4500031036", "2", "IS-12-DEEP-19", "Sügav löökpadrun 1/2 tolli 19 mm", "25", "TK", "7,20", "18.12.2026"])
    w.writerow(["4500031036", "2", "IS-12-DEEP-19", "Sügav löökpadrun 1/2 tolli 19 mm", "15", "TK", "7,20", "08.01.2027"])
    w.writerow(["4500031036", "3", "IS-12-EXT-250", "Löökpikendus 1/2 tolli 250 mm", "20", "TK", "11,90", "18.12.2026"])
    body = ("Tere,\n\nTellimuse 4500031036 kinnitus on lisatud CSV-failina. Rida 2 tarnime kahes osas.\n\n"
            "Lugupidamisega\nKadri Tamm\nmüügijuht\nTööriistamaailm OÜ | +372 605 1234 | KMKR EE101234567\n")
    eml = reply(p, addr("Kadri Tamm", "kadri.tamm@tooriistamaailm.example"), "Tue, 17 Nov 2026 11:05:48 +0200",
                multi("mixed", text(body), attach(buf.getvalue().encode("utf-8-sig"), "text/csv; charset=\"utf-8\"",
                                                  "tellimuse_kinnitus_4500031036.csv")), prefix="Vs: ")
    return K("tooriistamaailm-csv-split", "confirmation/et-EE",
             "Estonian mail with a semicolon CSV (decimal comma, BOM) where line 2 appears on two rows (split delivery) and line 3 has a new price.",
             [p], eml, exp("confirmation", "CSV: line 1 as ordered; line 2 split 25 on 18.12.2026 + 15 on 08.01.2027 (total 40); line 3 price 11,90 instead of 11.50, date as ordered.",
                           conf(p, {2: C(p, 2, sched=[(25, "2026-12-18"), (15, "2027-01-08")]), 3: C(p, 3, price="11.90")})))


@case
def c036():
    s = sup("AUTOST", "SIA Auto Starts", "pardosana@autostarts.example", "lv-LV")
    p = po("4500031037", s, [
        ln("JS-2000-24V", "Jump starter 12/24 V, 2000 A", 10, "EA", "275.00", "2026-12-18"),
        ln("JS-CHG-5A", "Smart battery charger 12 V, 5 A", 20, "EA", "39.00", "2026-12-18")],
        issued="2026-11-13", buyer=B_TOM)
    body = ("Labdien!\n\nPaldies par pasūtījumu 4500031037. Cenas ir pareizas, bet ar piegādes termiņu ir neskaidrība:\n"
            "mūsu sistēma rāda, ka varam piegādāt 18.12., bet noliktava saka, ka 24 V modeļi būs tikai janvārī.\n"
            "Precizēšu ar ražotāju un atbildēšu līdz piektdienai.\n\n"
            "Ar cieņu,\nLāsma Bērziņa\npārdošanas vadītāja\nTālr. +371 6712 3456\n")
    body += q_outlook(p, ("No", "Nosūtīts", "Kam", "Tēma"), "piektdiena, 2026. gada 13. novembris 09:14")
    eml = reply(p, addr("Lāsma Bērziņa", "lasma.berzina@autostarts.example"), "Tue, 17 Nov 2026 09:58:21 +0200",
                text(body, "utf-8", "base64"), prefix="Re: ")
    return K("autostarts-system-vs-warehouse", "needs_review/lv-LV",
             "Latvian reply that states two contradictory delivery dates (system vs warehouse) and promises to clarify by Friday.",
             [p], eml, exp("needs_review", "The supplier itself is unsure (18.12. per system vs January per warehouse) and will answer by Friday: nothing committed, a human must follow up."))
