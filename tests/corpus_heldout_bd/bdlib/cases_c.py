"""Cases 037-054."""
from . import mime
from .common import (case, sup, L, PO, A, C, R, U, conf, out, reply, kw, next_dm, request_text, req_subject,
                     to_html, BUYERS)
from .pdf import make_pdf


@case("yogagear-hebrew-shekel-price", "confirmation/he-IL",
      "HTML-only right-to-left Hebrew in windows-1255 with a new price written '₪34.50' and a date moved to 24/12.")
def c037():
    S = sup("YOGAIL", "Yoga Gear Israel Ltd", "orders@yogagear-il.example", "he-IL")
    P = PO("4510084721", S, "priya", "ILS", "2026-11-23", [
        L(1, "YG-BLK-EVA", "Yoga block EVA 23x15x10 cm, blue", 600, "EA", "14.90", "2026-12-18"),
        L(2, "YG-BLK-CRK", "Cork yoga block 23x15x7.5 cm", 300, "EA", "32.00", "2026-12-18"),
        L(3, "YG-BOLS-60", "Yoga bolster 60x20 cm, buckwheat", 100, "EA", "89.00", "2026-12-18"),
    ])
    body = ("שלום פריה,\n\nתודה על ההזמנה מס' 4510084721. אנו מאשרים את ההזמנה כדלקמן:\n\n"
            "1. YG-BLK-EVA – 600 יח' במחיר ₪14.90 ליח', אספקה 18/12/2026.\n"
            "2. YG-BLK-CRK – 300 יח' במחיר ₪34.50 ליח' (עליית מחיר השעם), אספקה 18/12/2026.\n"
            "3. YG-BOLS-60 – 100 יח' במחיר ₪89.00 ליח', אספקה 24/12/2026.\n\n"
            "בברכה,\nנועה לוי\nמנהלת הזמנות\nציוד יוגה ישראל בע\"מ\nרח' המלאכה 12, פתח תקווה\nטל' 03-5551234\n")
    eml = reply(P, when="2026-11-29T10:20:00+02:00", body=body, seed="c037",
                frm=("נועה לוי", "noa.levi@yogagear-il.example"), charset="windows-1255", html_only=True,
                rtl=True, quote="outlook", prefix="RE: ")
    return out([P], eml, "confirmation",
               "Only an RTL HTML part (windows-1255); '₪34.50' replaces 32.00 on line 2 (PO in ILS); line 3 moved "
               "to 24/12/2026; 23x15x10 cm dimensions are not quantities.",
               [conf(P, {1: A(P, 1), 2: C(300, "34.50", "2026-12-18"), 3: C(100, "89.00", "2026-12-24")})])


@case("alnoor-harp-arabic-indic-digits", "confirmation/ar-AE",
      "Arabic text with Arabic-Indic digits (٢٤/١٢/٢٠٢٦) mixed with an English sentence; one date moved.")
def c038():
    S = sup("ALNOOR", "Al Noor Musical Instruments Trading LLC", "sales@alnoor-music.example", "ar-AE")
    P = PO("4510084834", S, "tomas", "AED", "2026-11-23", [
        L(1, "ANM-HS-LEV34", "Lever harp string set, 34 strings, nylon", 40, "SET", "410.00", "2026-12-18"),
        L(2, "ANM-HS-C5", "Harp string nylon 5th octave C, single", 200, "PCS", "18.50", "2026-12-18"),
    ])
    body = ("السيد توماس المحترم،\n\nتحية طيبة وبعد،\n\nنؤكد لكم أمر الشراء رقم 4510084834 كالتالي:\n\n"
            "- البند ١: ٤٠ طقم بسعر ٤١٠٫٠٠ درهم للطقم، التسليم ١٨/١٢/٢٠٢٦.\n"
            "- البند ٢: ٢٠٠ قطعة بسعر ١٨٫٥٠ درهم للقطعة، التسليم ٢٤/١٢/٢٠٢٦.\n\n"
            "Please note: prices are as per your PO, shipment by air from Dubai.\n\n"
            "مع خالص التحيات،\nأحمد الهاشمي\nAhmed Al Hashimi | Sales Coordinator\nAl Noor Musical Instruments Trading LLC\n"
            "Al Quoz Industrial Area 3, Dubai, UAE\nTel: +971 4 555 3810\n")
    eml = reply(P, when="2026-11-26T12:40:00+04:00", body=body, seed="c038",
                frm=("Ahmed Al Hashimi", "ahmed@alnoor-music.example"), cte="base64", rtl=True,
                quote="outlook", prefix="RE: ")
    return out([P], eml, "confirmation",
               "Arabic-Indic digits: line 1 ٤٠ sets at ٤١٠٫٠٠ on ١٨/١٢/٢٠٢٦ (as ordered); line 2 ٢٠٠ pieces at ١٨٫٥٠ "
               "delivered ٢٤/١٢/٢٠٢٦ = 2026-12-24 (changed); '34 strings' is part of the description.",
               [conf(P, {1: A(P, 1), 2: C(200, "18.50", "2026-12-24")})])


@case("tsuribari-hooks-shift-jis", "confirmation/ja-JP",
      "Shift_JIS Japanese with dates without a year (12月25日, 1月15日 -> 2027) and prices in 円 per pack.")
def c039():
    S = sup("TSURIB", "Tsuribari Kogyo Co., Ltd.", "eigyo@tsuribari-kogyo.example", "ja-JP")
    P = PO("4510084947", S, "mira", "JPY", "2026-11-24", [
        L(1, "TK-SODE-5", "Sode hook size 5, gold, 20/pack", 2000, "EA", "180.00", "2026-12-18"),
        L(2, "TK-CHINU-3", "Chinu hook size 3, black, 15/pack", 1500, "EA", "210.00", "2026-12-18"),
        L(3, "TK-MASU-12", "Masu hook no.12, barbless, 10/pack", 1000, "EA", "240.00", "2027-01-15"),
    ])
    when = "2026-11-26T10:45:00+09:00"
    assert next_dm(15, 1, when) == "2027-01-15" and next_dm(25, 12, when) == "2026-12-25"
    body = ("Kestrel Trading B.V.\nミラ・ホルスト様\n\nいつも大変お世話になっております。\n釣鉤工業の佐藤でございます。\n\n"
            "ご注文（発注番号4510084947）につきまして、下記の通りご回答申し上げます。\n\n"
            "1. TK-SODE-5：2,000パック　単価180円　納期12月18日\n"
            "2. TK-CHINU-3：1,500パック　単価210円　納期12月25日\n"
            "3. TK-MASU-12：1,000パック　単価255円　納期1月15日\n\n"
            "※3番は原材料値上がりのため、単価を改定させていただきました。\n\n何卒よろしくお願い申し上げます。\n\n"
            "――――――――――――――――\n株式会社 釣鉤工業\n営業部　佐藤 健一\n〒677-0015 兵庫県西脇市西脇1000\n"
            "TEL: 0795-55-1234  FAX: 0795-55-1235\n――――――――――――――――\n")
    eml = reply(P, when=when, body=body, seed="c039", frm=("佐藤 健一", "k.sato@tsuribari-kogyo.example"),
                html=False, charset="shift_jis", cte="base64", quote="orig", prefix="RE: ",
                client="exchange")
    return out([P], eml, "confirmation",
               "Shift_JIS/base64; dates without a year: 12月25日 = 2026-12-25 (line 2 changed), 1月15日 = 2027-01-15 "
               "(next such date after the mail); line 3 price 255円 instead of 240; full-width punctuation.",
               [conf(P, {1: A(P, 1), 2: C(1500, "210.00", "2026-12-25"), 3: C(1000, "255.00", "2027-01-15")})])


@case("xiangyun-incense-gb2312-split", "confirmation/zh-CN",
      "GB2312 Chinese from Foxmail: one line in two batches (1800 + 1200 boxes), one price raised from 22.50 to 24.00 元.")
def c040():
    S = sup("XIANGYUN", "Xiamen Xiangyun Crafts Co., Ltd.", "sales@xiangyun-crafts.example", "zh-CN")
    P = PO("4510085050", S, "jonas", "CNY", "2026-11-24", [
        L(1, "XY-AGAR-21", "Agarwood incense sticks 21 cm, 100 g box", 3000, "BOX", "6.80", "2027-01-08"),
        L(2, "XY-CONE-BK", "Backflow incense cones, 40 pcs box", 2000, "BOX", "4.20", "2027-01-08"),
        L(3, "XY-BURN-15", "Ceramic backflow burner 15 cm", 500, "EA", "22.50", "2027-01-08"),
    ])
    body = ("Jonas 您好！\n\n感谢您的订单（PO 4510085050）。现确认如下：\n\n"
            "1. 沉香线香 21cm（XY-AGAR-21）：3000盒，单价6.80元，分两批交货：2026年12月18日交1800盒，2027年1月8日交1200盒。\n"
            "2. 倒流香锥（XY-CONE-BK）：2000盒，单价4.20元，2027年1月8日交货。\n"
            "3. 陶瓷倒流香炉（XY-BURN-15）：500个，单价由22.50元调整为24.00元（釉料涨价），2027年1月8日交货。\n\n"
            "如有问题请随时联系。\n\n祝好！\n林小燕\n外贸部\n厦门香韵工艺品有限公司\n电话：+86 592 555 6631\n"
            "地址：福建省厦门市同安区工业集中区思明园12号\n")
    eml = reply(P, when="2026-11-27T16:20:00+08:00", body=body, seed="c040",
                frm=("林小燕", "linxy@xiangyun-crafts.example"), client="foxmail", charset="gb2312", cte="base64",
                quote="gt", prefix="回复：", extra_headers=[("X-Mailer", "Foxmail 7.2.25.254[cn]")])
    return out([P], eml, "confirmation",
               "Line 1 split 1800 boxes on 2026-12-18 and 1200 on 2027-01-08 (schedule; total and final date equal the "
               "PO); line 3 price 22.50 -> 24.00; '21cm', '100 g' and '40 pcs' are not quantities; subject prefix 回复：.",
               [conf(P, {1: C(3000, "6.80", "2027-01-08", [(1800, "2026-12-18"), (1200, "2027-01-08")]),
                         2: A(P, 2), 3: C(500, "24.00", "2027-01-08")})])


@case("twgardenlabel-minguo-dates", "confirmation/zh-TW",
      "Big5 Traditional Chinese with ROC-era dates '民國115年12月18日' (= 2026) and '民國116年1月15日' (= 2027).")
def c041():
    S = sup("TWGL", "Taiwan Garden Label Co., Ltd.", "sales@twgardenlabel.example", "zh-TW")
    P = PO("4510085163", S, "priya", "TWD", "2026-11-24", [
        L(1, "TGL-T-10", "T-type plant label 10x6 cm, white", 20000, "PCS", "1.20", "2026-12-18"),
        L(2, "TGL-STK-15", "Plant stake label 15 cm, printed 4/0", 10000, "PCS", "1.85", "2026-12-18"),
        L(3, "TGL-TIE-20", "Tie-on label 20 cm, UV stable", 8000, "PCS", "1.40", "2027-01-15"),
    ])
    body = ("Priya 您好：\n\n感謝貴公司訂單（PO 4510085163），茲確認如下：\n\n"
            "1. TGL-T-10：20,000 個，單價 NT$1.20，交期 民國115年12月18日\n"
            "2. TGL-STK-15：10,000 個，單價 NT$1.85，交期 民國115年12月25日\n"
            "3. TGL-TIE-20：8,000 個，單價 NT$1.40，交期 民國116年1月15日\n\n"
            "敬祝 商祺\n\n陳怡君\n業務部\n台灣園藝標籤股份有限公司\n彰化縣田尾鄉中山路一段100號\nTEL：04-8555-1234\n")
    eml = reply(P, when="2026-11-30T09:30:00+08:00", body=body, seed="c041",
                frm=("陳怡君", "yijun.chen@twgardenlabel.example"), charset="big5", cte="base64",
                quote="outlook", prefix="RE: ")
    return out([P], eml, "confirmation",
               "ROC calendar: 民國115年 = 2026, 民國116年 = 2027 (add 1911); line 2 moved to 2026-12-25; '4/0' (print "
               "colours) and '10x6 cm' are not dates or quantities.",
               [conf(P, {1: A(P, 1), 2: C(10000, "1.85", "2026-12-25"), 3: A(P, 3)})])


@case("hkparksensor-korean-date", "confirmation/ko-KR",
      "EUC-KR Korean with '2026년 12월 18일', KRW prices with thousands commas, and a one-week delay on one line.")
def c042():
    S = sup("HKPS", "Hankook Parking Sensor Co., Ltd.", "sales@hk-parksensor.example", "ko-KR")
    P = PO("4510085276", S, "tomas", "KRW", "2026-11-25", [
        L(1, "HPS-US-40K", "Ultrasonic sensor 40 kHz, 18 mm, 12V", 2000, "EA", "5400.00", "2026-12-11"),
        L(2, "HPS-CAM-170", "Reversing camera 170 deg, 12/24V", 300, "EA", "28500.00", "2026-12-11"),
    ])
    body = ("Tomas 님께,\n\n안녕하십니까. 한국주차센서 해외영업팀 김민준입니다.\n\n"
            "발주번호 4510085276 관련하여 아래와 같이 확인드립니다.\n\n"
            "1. HPS-US-40K: 2,000개, 단가 5,400원, 납기 2026년 12월 18일\n"
            "2. HPS-CAM-170: 300개, 단가 28,500원, 납기 2026년 12월 11일\n\n"
            "1번 품목은 센서 칩 수급 문제로 1주일 지연되는 점 양해 부탁드립니다.\n\n감사합니다.\n"
            "김민준 드림\n해외영업팀 과장\n한국주차센서(주)\n경기도 안산시 단원구 산단로 123\nTel: +82-31-555-7720\n")
    eml = reply(P, when="2026-11-27T14:05:00+09:00", body=body, seed="c042",
                frm=("김민준", "mj.kim@hk-parksensor.example"), charset="euc-kr", cte="base64",
                quote="outlook", prefix="RE: ")
    return out([P], eml, "confirmation",
               "Korean dates '2026년 12월 18일' (line 1, one week late) and '2026년 12월 11일' (line 2, as ordered); "
               "'5,400원' = 5400.00 KRW; '40 kHz' and '170 deg' are noise.",
               [conf(P, {1: C(2000, "5400.00", "2026-12-18"), 2: A(P, 2)})])


@case("saigoncrate-questions-before-confirming", "needs_review/vi-VN",
      "Vietnamese reply that asks for the Pantone colour and logo file and offers a conditional lower price.")
def c043():
    S = sup("SGCRATE", "Saigon Plastic Crate Co., Ltd", "sales@saigoncrate.example", "vi-VN")
    P = PO("4510085389", S, "mira", "USD", "2026-11-25", [
        L(1, "SGC-BRD-6040", "Bread crate 600x400x180 mm, HDPE, blue", 3000, "PCS", "4.10", "2027-01-22"),
        L(2, "SGC-BRD-LOGO", "Hot-stamp logo on 2 sides, 1 colour", 3000, "PCS", "0.25", "2027-01-22"),
    ])
    body = ("Kính gửi chị Mira,\n\nCảm ơn chị đã gửi đơn hàng 4510085389. Trước khi xác nhận, chúng tôi cần chị làm rõ "
            "mấy điểm sau:\n\n1. Màu xanh (blue) là mã Pantone nào? Chúng tôi có xanh dương 300C và xanh navy 281C.\n"
            "2. Logo in 2 mặt: chị vui lòng gửi file AI hoặc PDF vector.\n"
            "3. Nếu số lượng tăng lên 3.600 cái (đủ 1 container 40'), giá có thể giảm còn 3,95 USD/cái.\n\n"
            "Sau khi nhận được thông tin, chúng tôi sẽ gửi xác nhận đơn hàng kèm ngày giao hàng.\n\nTrân trọng,\n"
            "Nguyễn Thị Lan\nPhòng Kinh doanh\nCông ty TNHH Nhựa Sài Gòn Crate\nLô B5, KCN Tân Tạo, Q. Bình Tân, TP.HCM\n"
            "ĐT: +84 28 5555 7812\n")
    eml = reply(P, when="2026-11-30T15:40:00+07:00", body=body, seed="c043",
                frm=("Nguyễn Thị Lan", "lan.nguyen@saigoncrate.example"), client="gmail", quote="gt", prefix="Re: ")
    return out([P], eml, "needs_review",
               "Questions (Pantone, logo file) 'trước khi xác nhận' and a conditional price (3,95 USD if 3.600 pcs): "
               "nothing is committed yet.")


@case("siamfloss-buddhist-era-dates", "confirmation/th-TH",
      "TIS-620 Thai with Buddhist-era years ('18 ธ.ค. 2569' = 2026-12-18, '8 ม.ค. 2570' = 2027-01-08).")
def c044():
    S = sup("SIAMFL", "Siam Dental Floss Co., Ltd.", "sales@siamfloss.example", "th-TH")
    P = PO("4510085492", S, "jonas", "USD", "2026-11-25", [
        L(1, "SDF-WAX-50", "Dental floss waxed mint 50 m", 10000, "PCS", "0.42", "2026-12-18"),
        L(2, "SDF-KIDS-30", "Kids floss picks, fruit, 30/pack", 5000, "PCS", "0.88", "2026-12-18"),
    ])
    body = ("เรียน คุณโยนัส\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4510085492 บริษัทฯ ขอยืนยันดังนี้\n\n"
            "1. SDF-WAX-50 จำนวน 10,000 ชิ้น ราคา 0.42 USD/ชิ้น ส่งมอบวันที่ 18 ธ.ค. 2569\n"
            "2. SDF-KIDS-30 จำนวน 5,000 ชิ้น ราคา 0.88 USD/ชิ้น ส่งมอบวันที่ 8 ม.ค. 2570\n\n"
            "ขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายขายต่างประเทศ\nบริษัท ไหมขัดฟันสยาม จำกัด\n"
            "99/9 หมู่ 4 นิคมอุตสาหกรรมบางปู สมุทรปราการ 10280\nโทร. 02-555-1234\n")
    eml = reply(P, when="2026-11-27T11:00:00+07:00", body=body, seed="c044",
                frm=("Somchai Jaidee", "somchai@siamfloss.example"), charset="tis-620", cte="base64",
                quote="outlook", prefix="RE: ")
    return out([P], eml, "confirmation",
               "Buddhist-era years (BE 2569 = 2026, BE 2570 = 2027) with Thai month abbreviations; line 2 moves to "
               "2027-01-08; '99/9 หมู่ 4' in the address looks like a date.",
               [conf(P, {1: A(P, 1), 2: C(5000, "0.88", "2027-01-08")})])


@case("selangnusantara-hoses-split-reject", "confirmation/id-ID",
      "Indonesian with decimal-comma USD prices: one line split 1.200 + 300 rolls, one line declined.")
def c045():
    S = sup("SELANG", "PT Selang Nusantara", "sales@selangnusantara.example", "id-ID")
    P = PO("4510085505", S, "priya", "USD", "2026-11-26", [
        L(1, "SN-HOSE-58-30", "Garden hose 5/8in x 30 m, PVC braided", 1000, "ROL", "6.90", "2027-01-15"),
        L(2, "SN-HOSE-12-15", "Garden hose 1/2in x 15 m, PVC", 1500, "ROL", "3.80", "2027-01-15"),
        L(3, "SN-NOZ-8", "Spray nozzle 8 patterns, zinc", 800, "PCS", "2.40", "2027-01-15"),
    ])
    body = ("Dear Ibu Priya,\n\nTerima kasih atas PO 4510085505. Berikut konfirmasi kami:\n\n"
            "1. Selang 5/8\" x 30 m: 1.000 rol @ USD 6,90 - pengiriman 15 Januari 2027. OK.\n"
            "2. Selang 1/2\" x 15 m: kami hanya bisa kirim 1.200 rol @ USD 3,80 pada 15 Januari 2027, sisanya 300 rol "
            "pada 29 Januari 2027.\n"
            "3. Nozzle 8 pola: tidak bisa kami penuhi, pemasok kami sudah berhenti produksi.\n\n"
            "Salam,\nBudi Santoso\nExport Sales\nPT Selang Nusantara\nJl. Raya Industri No. 45, Cikarang, Bekasi 17530\n"
            "Tel. +62 21 5555 8812\n")
    eml = reply(P, when="2026-12-01T10:15:00+07:00", body=body, seed="c045",
                frm=("Budi Santoso", "budi.santoso@selangnusantara.example"), client="gmail", quote="gt",
                prefix="Re: ")
    return out([P], eml, "confirmation",
               "Decimal comma on USD ('USD 6,90'); line 2 split 1.200 on 15 Jan + 300 on 29 Jan 2027 (dot thousands); "
               "line 3 'tidak bisa kami penuhi' = rejected; 5/8\" and 8 pola are noise.",
               [conf(P, {1: A(P, 1), 2: C(1500, "3.80", "2027-01-29", [(1200, "2027-01-15"), (300, "2027-01-29")]),
                         3: R})])


@case("salonjaya-chairs-malay", "confirmation/ms-MY",
      "Malay 'Kami ingin mengesahkan' list with RM prices; one new price 'mulai 1 Disember' applies to the line.")
def c046():
    S = sup("SALONJ", "Syarikat Perabot Salon Jaya Sdn. Bhd.", "jualan@salonjaya.example", "ms-MY")
    P = PO("4510085618", S, "tomas", "MYR", "2026-11-26", [
        L(1, "SJ-KRS-HYD", "Barber chair hydraulic, vintage, brown", 10, "EA", "1450.00", "2027-01-22"),
        L(2, "SJ-KRS-KID", "Kids barber chair, car design", 4, "EA", "980.00", "2027-01-22"),
        L(3, "SJ-MAT-1212", "Anti-fatigue mat 120x120 cm", 10, "EA", "125.00", "2027-01-22"),
    ])
    body = ("Salam sejahtera Encik Tomas,\n\nTerima kasih atas pesanan PO 4510085618. Kami ingin mengesahkan seperti "
            "berikut:\n\nItem 1: 10 unit @ RM1,450.00, penghantaran pada 22/01/2027.\n"
            "Item 2: 4 unit @ RM980.00, penghantaran pada 22/01/2027.\n"
            "Item 3: 10 unit @ RM135.00 (harga baharu berkuat kuasa mulai 1 Disember), penghantaran pada 22/01/2027.\n\n"
            "Sekian, terima kasih.\n\nYang benar,\nNurul Aisyah binti Ahmad\nEksekutif Jualan\n"
            "Syarikat Perabot Salon Jaya Sdn. Bhd.\nLot 23, Jalan Perindustrian 4, 47500 Subang Jaya, Selangor\n"
            "Tel: +603-5555 2781\n")
    eml = reply(P, when="2026-11-30T11:20:00+08:00", body=body, seed="c046",
                frm=("Nurul Aisyah binti Ahmad", "nurul.aisyah@salonjaya.example"), quote="outlook", prefix="RE: ")
    return out([P], eml, "confirmation",
               "Malay confirmation; 'RM1,450.00' uses a comma thousands separator; item 3 at RM135.00 (PO 125.00) - "
               "'mulai 1 Disember' is when the price takes effect, not a delivery date.",
               [conf(P, {1: A(P, 1), 2: A(P, 2), 3: C(10, "135.00", "2027-01-22")})])


@case("raksha-aprons-hinglish-lakh", "confirmation/hi-IN",
      "Hindi/English mix with Indian lakh grouping (₹6,30,000.00 totals) next to unit prices; two lines changed.")
def c047():
    S = sup("RAKSHA", "Raksha Radiation Safety Pvt. Ltd.", "sales@raksha-rad.example", "hi-IN")
    P = PO("4510085721", S, "mira", "INR", "2026-11-26", [
        L(1, "RR-APR-025", "X-ray apron 0.25 mm Pb, lightweight, size L", 150, "EA", "4200.00", "2027-01-15"),
        L(2, "RR-APR-05", "X-ray apron 0.5 mm Pb, wrap-around, size XL", 60, "EA", "7800.00", "2027-01-15"),
        L(3, "RR-GLV-05", "Lead gloves 0.5 mm Pb", 40, "PAIR", "3100.00", "2027-01-15"),
    ])
    body = ("नमस्ते मीरा जी,\n\nआपके PO 4510085721 के लिए धन्यवाद। हम निम्नलिखित confirm करते हैं:\n\n"
            "1. RR-APR-025 – 150 nos @ ₹4,200.00, कुल ₹6,30,000.00, delivery 15/01/2027\n"
            "2. RR-APR-05 – 60 nos @ ₹7,800.00, कुल ₹4,68,000.00, delivery 29/01/2027 (lead sheet की कमी के कारण)\n"
            "3. RR-GLV-05 – 40 pairs @ ₹3,250.00, कुल ₹1,30,000.00, delivery 15/01/2027\n\n"
            "धन्यवाद,\nराजेश शर्मा\nSales Manager\nRaksha Radiation Safety Pvt. Ltd.\nPlot 42, MIDC Bhosari, Pune 411026\n"
            "M: +91 98220 55512\n")
    eml = reply(P, when="2026-11-30T17:45:00+05:30", body=body, seed="c047",
                frm=("Rajesh Sharma", "rajesh.sharma@raksha-rad.example"), client="gmail", cte="base64",
                quote="gt", prefix="Re: ")
    return out([P], eml, "confirmation",
               "Lakh-grouped totals (₹6,30,000.00) must not be read as unit prices; line 2 delivery 29/01/2027; line 3 "
               "₹3,250.00 per pair instead of 3100.00; 0.25/0.5 mm Pb are noise.",
               [conf(P, {1: A(P, 1), 2: C(60, "7800.00", "2027-01-29"), 3: C(40, "3250.00", "2027-01-15")})])


@case("highveld-wire-csv-ack", "confirmation/en-ZA",
      "Line data only in an attached CSV with yyyy/mm/dd dates and 'TBC' for a back-ordered line.")
def c048():
    S = sup("HIGHVELD", "Highveld Welding Consumables (Pty) Ltd", "orders@highveldweld.example", "en-ZA")
    P = PO("4510085834", S, "jonas", "ZAR", "2026-11-27", [
        L(1, "HW-E6013-32", "Electrode E6013 3.2 mm, 5 kg pack", 200, "EA", "289.00", "2026-12-18"),
        L(2, "HW-MIG-09-15", "MIG wire ER70S-6 0.9 mm, 15 kg spool", 120, "EA", "615.00", "2026-12-18"),
        L(3, "HW-FLUX-12", "Flux-cored wire E71T-1 1.2 mm, 15 kg", 40, "EA", "1240.00", "2026-12-18"),
        L(4, "HW-TIP-M6", "Contact tip M6 x 25 mm, 1.0 mm bore, 10/pk", 100, "EA", "85.00", "2026-12-18"),
    ])
    csv = ("PO Number,Line,Item,Description,Qty Confirmed,UoM,Unit Price ZAR,Delivery Date,Status\r\n"
           "4510085834,1,HW-E6013-32,\"Electrode E6013 3.2mm, 5kg\",200,EA,289.00,2026/12/18,Confirmed\r\n"
           "4510085834,2,HW-MIG-09-15,\"MIG wire ER70S-6 0.9mm, 15kg\",120,EA,629.00,2026/12/18,Confirmed\r\n"
           "4510085834,3,HW-FLUX-12,\"Flux-cored E71T-1 1.2mm, 15kg\",40,EA,1240.00,TBC,Back-order\r\n"
           "4510085834,4,HW-TIP-M6,\"Contact tip M6x25 1.0mm, 10/pk\",100,EA,85.00,2026/12/11,Confirmed\r\n").encode()
    body = ("Hi Jonas\n\nPlease find our order acknowledgement attached as CSV (as requested for your ERP upload). "
            "Note line 3 is on back-order from our Vanderbijlpark supplier - we'll come back to you on a date for "
            "that one.\n\nCheers\nThandi Nkosi\nInternal Sales\nHighveld Welding Consumables (Pty) Ltd\n"
            "14 Steel Road, Germiston, 1401\nTel: +27 11 555 0932\n")
    eml = reply(P, when="2026-12-02T09:30:00+02:00", body=body, seed="c048",
                frm=("Thandi Nkosi", "thandi.nkosi@highveldweld.example"), quote="outlook", prefix="RE: ",
                atts=[mime.att(csv, "text/csv", "OA_4510085834.csv")])
    return out([P], eml, "confirmation",
               "CSV attachment: line 2 price 629.00 (PO 615.00), line 4 delivered earlier 2026/12/11, line 3 'TBC' "
               "back-order = unconfirmed; 3.2mm/5kg/M6x25 numbers are noise.",
               [conf(P, {1: A(P, 1), 2: C(120, "629.00", "2026-12-18"), 3: U, 4: C(100, "85.00", "2026-12-11")})])


@case("southerncross-adhesive-cartons-of-24", "confirmation/en-AU",
      "Quantities given as '10 cartons of 24' / '8 cartons of 12' on a PO in EA, and an ETA '8/1' without a year.")
def c049():
    S = sup("SXDENT", "Southern Cross Dental Supplies Pty Ltd", "orders@southerncrossdental.example", "en-AU")
    P = PO("4510085947", S, "priya", "AUD", "2026-11-27", [
        L(1, "SCD-ADH-47", "Denture adhesive cream 47 g, original", 240, "EA", "4.95", "2026-12-18"),
        L(2, "SCD-ADH-70", "Denture adhesive cream 70 g, extra hold", 120, "EA", "6.40", "2026-12-18"),
        L(3, "SCD-CUSH-6", "Denture cushion liners, 6 per pack", 96, "EA", "7.20", "2026-12-18"),
    ])
    when = "2026-11-30T08:15:00+11:00"
    assert next_dm(8, 1, when) == "2027-01-08"
    body = ("G'day Priya,\n\nAll sorted on PO 4510085947:\n\n"
            "- 47 g original: 10 cartons of 24, $4.95 ea, ETA 18/12\n"
            "- 70 g extra hold: 5 cartons of 24, $6.40 ea, ETA 18/12\n"
            "- cushion liners: 8 cartons of 12 @ $7.20 ea, but these won't land until 8/1\n\n"
            "Cheers,\nJosh\n\nSent from my iPhone\n")
    eml = reply(P, when=when, body=body, seed="c049", frm=("Josh Whitfield", "josh.whitfield@southerncrossdental.example"),
                client="iphone", html=False, quote="gt", prefix="Re: ")
    return out([P], eml, "confirmation",
               "Cartons: 10x24 = 240, 5x24 = 120, 8x12 = 96 EA (all as ordered); per-each prices unchanged; day-first "
               "'8/1' without a year after a 30 Nov mail = 2027-01-08 for line 3.",
               [conf(P, {1: A(P, 1), 2: A(P, 2), 3: C(96, "7.20", "2027-01-08")})])


@case("suirvalley-cider-grand-18th", "confirmation/en-IE",
      "Mobile one-liner 'grand, all good for the 18th' - an ordinal day without month or year.")
def c050():
    S = sup("SUIRV", "Suir Valley Orchards Ltd", "orders@suirvalleyorchards.example", "en-IE")
    P = PO("4510086050", S, "tomas", "EUR", "2026-11-27", [
        L(1, "SVO-DAB-T", "Cider apples Dabinett, bulk", 18, "T", "540.00", "2026-12-18"),
        L(2, "SVO-MICH-T", "Cider apples Michelin, bulk", 10, "T", "510.00", "2026-12-18"),
    ])
    body = ("Hi Tomas, grand, all good for the 18th. Same prices as the quote on your PO. Will send the weighbridge "
            "dockets with the load.\nDeclan\n\nSent from my iPhone\n")
    eml = reply(P, when="2026-11-28T19:40:00+00:00", body=body, seed="c050",
                frm=("Declan Ryan", "declan@suirvalleyorchards.example"), client="iphone", html=False,
                quote="gt", prefix="Re: ")
    return out([P], eml, "confirmation",
               "'the 18th' with no month = next 18th on or after the 28 Nov mail = 2026-12-18, the requested date; "
               "prices 'same as ... your PO'; both lines accepted.",
               [conf(P, {1: A(P, 1), 2: A(P, 2)})])


@case("lioncity-sensors-our-so", "confirmation/en-SG",
      "'Your PO 4510086163 = our SO 12345' - the supplier's order number must not be taken for a PO or a quantity.")
def c051():
    S = sup("LIONCITY", "Lion City Auto Electronics Pte Ltd", "sales@lioncityauto.example", "en-SG")
    P = PO("4510086163", S, "mira", "USD", "2026-11-30", [
        L(1, "LCA-PDC-8", "Parking distance control kit, 8 sensors, 12V", 150, "SET", "64.00", "2027-01-08"),
        L(2, "LCA-SEN-22", "Spare sensor 22 mm, paintable", 400, "EA", "7.80", "2027-01-08"),
        L(3, "LCA-DISP-LED", "LED distance display, 2027 model", 150, "EA", "11.50", "2027-01-08"),
    ])
    body = ("Hi Mira,\n\nNoted with thanks. Your PO 4510086163 = our SO 12345.\n\nConfirmed qty and price for all 3 "
            "items. Delivery to your Tilburg DC on 8 Jan 2027 as per your PO, except item 3 (LED display) which will "
            "be delivered 15 Jan 2027 because of the new 2027 housing.\n\nPls quote our SO no. in all correspondence.\n\n"
            "Best regards,\nJasmine Tan\nSales Coordinator\nLion City Auto Electronics Pte Ltd\n"
            "10 Ubi Crescent, #05-42 Ubi Techpark, Singapore 408564\nT: +65 6555 8190\n")
    eml = reply(P, when="2026-12-02T16:05:00+08:00", body=body, seed="c051",
                frm=("Jasmine Tan", "jasmine.tan@lioncityauto.example"), quote="outlook", prefix="RE: ")
    return out([P], eml, "confirmation",
               "'our SO 12345' is the supplier's order number; all qty/prices confirmed, line 3 delivered 15 Jan 2027 "
               "instead of 8 Jan; '#05-42' and '8 sensors' are noise.",
               [conf(P, {1: A(P, 1), 2: A(P, 2), 3: C(150, "11.50", "2027-01-15")})])


@case("shieldray-aprons-oc-and-price-list", "confirmation/en-US",
      "Two PDFs: the order acknowledgment (month-first dates) and a 2027 price list with higher prices that do not apply.")
def c052():
    S = sup("SHIELDRAY", "ShieldRay Medical Products Inc.", "orders@shieldray.example", "en-US")
    P = PO("4510086276", S, "jonas", "USD", "2026-11-30", [
        L(1, "SR-VST-035-M", "X-ray vest & skirt 0.35 mm Pb, size M", 24, "SET", "312.00", "2027-01-15"),
        L(2, "SR-APR-05-L", "X-ray apron 0.5 mm Pb, front, size L", 30, "EA", "198.00", "2027-01-15"),
        L(3, "SR-HNG-5", "Apron hanger rack, 5 arms", 6, "EA", "145.00", "2027-01-15"),
    ])
    oc = make_pdf([[
        "ShieldRay Medical Products Inc.",
        "2150 W. Commerce Pkwy, Tempe, AZ 85281  |  (480) 555-0176",
        "",
        "SALES ORDER ACKNOWLEDGMENT          SO-88214",
        "Order Date: 12/01/2026",
        "Customer PO: 4510086276   PO Date: 11/30/2026",
        "Bill To / Ship To: Kestrel Trading B.V., Vossenbergselaan 27, 5047 ST Tilburg, NL",
        "Terms: Net 30   Ship Via: Air freight, DAP Tilburg",
        "",
        "Ln  Item            Description                          Qty  U/M  Unit Price   Ext. Price  Promised Delivery",
        "1   SR-VST-035-M    Vest & skirt 0.35mm Pb, M             24  SET      312.00     7,488.00  01/15/2027",
        "2   SR-APR-05-L     Front apron 0.5mm Pb, L               30  EA       198.00     5,940.00  01/15/2027",
        "3   SR-HNG-5        Hanger rack, 5 arms                    6  EA       145.00       870.00  01/22/2027",
        "",
        "                                                          Order Total USD   14,298.00",
        "",
        "Thank you for your order. All sales subject to ShieldRay standard terms and conditions.",
    ]], title="SO-88214 Acknowledgment", author="ShieldRay", producer="NetSuite", created="D:20261201131500-07'00'",
        font="Courier", size=8)
    pl = make_pdf([[
        "ShieldRay Medical Products Inc. - 2027 PRICE LIST (USD)",
        "Effective 01/01/2027 for new orders. Prices FOB Tempe, AZ.",
        "",
        "Item            Description                          Unit   List 2027",
        "SR-VST-035-M    Vest & skirt 0.35mm Pb, S-XL          SET      329.00",
        "SR-VST-050-M    Vest & skirt 0.50mm Pb, S-XL          SET      365.00",
        "SR-APR-05-L     Front apron 0.5mm Pb, S-XL            EA       209.00",
        "SR-APR-035-L    Front apron 0.35mm Pb, S-XL           EA       184.00",
        "SR-HNG-5        Hanger rack, 5 arms                   EA       152.00",
        "SR-THY-05       Thyroid shield 0.5mm Pb               EA        39.00",
        "",
        "Quantity breaks: 50+ units 3% off, 100+ units 5% off.",
    ]], title="Price List 2027", author="ShieldRay", producer="Microsoft Word", created="D:20261115090000-07'00'",
        compress=True)
    body = ("Hi Jonas,\n\nAttached please find our Sales Order Acknowledgment SO-88214 for your PO 4510086276, plus our "
            "2027 price list for your reference (new pricing effective 01/01/2027 for new orders only).\n\n"
            "Thanks for your business!\n\nKayla Moreno\nInside Sales | ShieldRay Medical Products Inc.\n"
            "2150 W. Commerce Pkwy, Tempe, AZ 85281\nP: (480) 555-0176\n")
    eml = reply(P, when="2026-12-01T13:22:00-07:00", body=body, seed="c052",
                frm=("Kayla Moreno", "kayla.moreno@shieldray.example"), quote="outlook", prefix="RE: ",
                atts=[mime.att(oc, "application/pdf", "SO-88214_Ack.pdf"),
                      mime.att(pl, "application/pdf", "ShieldRay_PriceList_2027.pdf")])
    return out([P], eml, "confirmation",
               "Two PDFs: the acknowledgment (month-first 01/22/2027 for line 3, prices as PO) counts; the 2027 price "
               "list (329.00/209.00/152.00) is for new orders only and must be ignored.",
               [conf(P, {1: A(P, 1), 2: A(P, 2), 3: C(6, "145.00", "2027-01-22")})])


@case("shakti-incense-will-revert", "needs_review/en-IN",
      "Indian-English acknowledgment: prices 'as per our last quotation' (not in the mail) and dates 'will revert by Friday'.")
def c053():
    S = sup("SHAKTI", "Shakti Incense Works", "exports@shaktiincense.example", "en-IN")
    P = PO("4510086389", S, "priya", "USD", "2026-11-30", [
        L(1, "SIW-NAG-15", "Nag champa incense 15 g box, 12 boxes/pack", 2400, "BOX", "0.38", "2027-01-22"),
        L(2, "SIW-ROSE-100", "Rose incense 100 g pack", 1200, "EA", "0.95", "2027-01-22"),
    ])
    body = ("Dear Priya Ma'am,\n\nGreetings from Shakti Incense Works!\n\nWe acknowledge receipt of your PO No. "
            "4510086389 dtd. 30/11/2026. Kindly note the prices are as per our last quotation. Regarding the delivery "
            "schedule, our production team is checking the masala stock and we will revert with the confirmed dates "
            "by Friday.\n\nThanks & Regards,\nVenkatesh R.\nExport Executive\nShakti Incense Works\n"
            "No. 14, 3rd Cross, Peenya Industrial Area, Bengaluru - 560058\nMob: +91 98450 55123\n")
    eml = reply(P, when="2026-12-01T12:10:00+05:30", body=body, seed="c053",
                frm=("Venkatesh R", "venkatesh@shaktiincense.example"), quote="outlook", prefix="RE: ")
    return out([P], eml, "needs_review",
               "Receipt acknowledged only; prices refer to a quotation not in the mail (may differ from the PO) and "
               "dates 'will revert ... by Friday': the only concrete values are in our quoted request.")


@case("aotea-nets-confirmed-subject-only", "needs_review/en-NZ",
      "Subject says 'Confirmed' but the body is just a signature above the quoted request.")
def c054():
    S = sup("AOTEA", "Aotea Nets Ltd", "sales@aoteanets.example", "en-NZ")
    P = PO("4510086492", S, "tomas", "NZD", "2026-11-30", [
        L(1, "AN-TN-8FT", "Trampoline enclosure net 8 ft, 6 poles", 120, "EA", "58.00", "2027-01-22"),
        L(2, "AN-TN-10FT", "Trampoline enclosure net 10 ft, 8 poles", 90, "EA", "72.00", "2027-01-22"),
    ])
    body = ("\n\nNgā mihi,\n\nAroha Tane\nSales Support | Aotea Nets Ltd\n22 Kahu Road, Christchurch 8042\n"
            "P +64 3 555 0178 | www.aoteanets.example\n\nThis email is confidential. If you have received it in "
            "error please notify the sender and delete it.\n")
    eml = reply(P, when="2026-12-01T10:05:00+13:00", body=body, seed="c054",
                frm=("Aroha Tane", "aroha.tane@aoteanets.example"), quote="outlook",
                subject="Confirmed - RE: " + req_subject(P), prefix="Confirmed - RE: ")
    return out([P], eml, "needs_review",
               "Only the subject says 'Confirmed'; the body is a signature plus our quoted request, so nothing states "
               "what (receipt? all lines as ordered?) is confirmed - a buyer should check.")
