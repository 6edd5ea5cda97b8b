from .common import (after, A, M, PO, REJ, S, T, UNC, acc, ad, case, chg, conf, dsn, exp, exp_conf, hdoc,
                     htable, mid, mail, pdf, q_gt, q_html, q_outlook, q_outlook_html, raw_part, reply,
                     req_text, t2h, D, hdr, format_datetime_safe)

HM = lambda po: po.req_dt.strftime("%H:%M")  # noqa: E731


@case("filter-papers-hebrew-short-stock", "confirmation", "he-IL",
      "Hebrew (windows-1255) RTL reply: one line as ordered, one cut to the 25 boxes in stock with the rest declined, one a week later")
def c():
    po = PO(S("GALIL", "Galil Labs Supply Ltd", "sales@galil-labs.example", "he-IL"),
            "ILS", "2026-11-04", [
                ("FP-QL-125", "Qualitative filter paper 125 mm, 100 sheets/box", 60, "BOX", "42.00", "2026-12-17"),
                ("FP-QN-90", "Quantitative filter paper, ashless, 90 mm, 100/box", 40, "BOX", "118.00", "2026-12-17"),
                ("FP-FOLD-185", "Folded filter 185 mm, 100/box", 30, "BOX", "57.50", "2026-12-17")])
    body = f"""שלום מירה,

מאשרים את הזמנת הרכש {po.num} כדלקמן:

שורה 1 – 60 קופסאות, 42.00 ₪ לקופסה, אספקה 17/12/2026
שורה 2 – במלאי יש רק 25 קופסאות, נספק 25 קופסאות ב-17/12/2026 במחיר 118.00 ₪. את היתרה לא נוכל לספק, היצרן הפסיק לייצר את הדגם.
שורה 3 – 30 קופסאות, 57.50 ₪ לקופסה, אספקה 24/12/2026

בברכה,
יעל כהן
מחלקת מכירות | גליל מעבדות אספקה בע"מ
טל' 04-6551230 | פקס 04-6551231 | ח.פ. 514428391
"""
    eml = reply(po, "יעל כהן", "2026-11-05 13:40 +0200", T(body, cs="windows-1255"), prefix="השב:", cs="windows-1255")
    return [po], eml, exp_conf(
        "Line 1 as ordered. Line 2: only 25 boxes confirmed (remaining 15 cannot be supplied), same date/price. Line 3 delivered 24/12/2026 instead of 17/12.",
        conf(po, acc(), chg(q=25), chg(d="2026-12-24")))


@case("cable-glands-arabic-indic-digits", "confirmation", "ar-EG",
      "Arabic reply written entirely with Arabic-Indic digits and the Arabic decimal separator; second line dearer and a week later")
def c():
    po = PO(S("NILEC", "Nile Electro Components S.A.E.", "export@nile-electro.example", "ar-EG"),
            "USD", "2026-11-03", [
                ("CG-PG9-PA", "Cable gland PG9, polyamide, grey", 2000, "PC", "0.18", "2026-12-21"),
                ("CG-PG16-PA", "Cable gland PG16, polyamide, grey", 1500, "PC", "0.29", "2026-12-21")], buyer="dana")
    body = f"""السيدة/ دانا رويز المحترمة،
تحية طيبة وبعد،

نؤكد استلام أمر الشراء رقم {po.num} والموافقة عليه كالتالي:

البند ١: CG-PG9-PA – الكمية ٢٠٠٠ قطعة بسعر ٠٫١٨ دولار للقطعة، التسليم ٢١/١٢/٢٠٢٦
البند ٢: CG-PG16-PA – الكمية ١٥٠٠ قطعة بسعر ٠٫٣١ دولار للقطعة (بسبب ارتفاع أسعار الخامات)، التسليم ٢٨/١٢/٢٠٢٦

وتفضلوا بقبول فائق الاحترام،
م. أحمد عبد الرحمن
مدير المبيعات الخارجية
شركة النيل للمكونات الكهربائية ش.م.م
المنطقة الصناعية الثالثة – مدينة العاشر من رمضان
هاتف: ٠١٥٣٦٤٢٢٨٠ – ٠١٠٠٤٨٢٧٧٣١
"""
    eml = reply(po, "Ahmed Abdelrahman", "2026-11-04 11:20 +0200", T(body, cte="b64"), prefix="رد:")
    return [po], eml, exp_conf(
        "Arabic-Indic digits: line 1 2000 pcs @ 0.18 on 21/12/2026 = as ordered; line 2 1500 pcs @ 0.31 (up from 0.29) on 28/12/2026.",
        conf(po, acc(), chg(p="0.31", d="2026-12-28")))


@case("o-ring-kits-korean-euckr-split", "confirmation", "ko-KR",
      "Korean in EUC-KR with 'YYYY. M. D.' dates; silicone kit split 10 now / 5 in January because of a stock shortage")
def c():
    po = PO(S("HANBIT", "Hanbit Sealing Co., Ltd.", "sales@hanbit-seal.example", "ko-KR"),
            "KRW", "2026-11-05", [
                ("OR-KIT-NBR-382", "O-ring kit NBR, 382 pcs, metric", 30, "SET", "18500", "2026-12-22"),
                ("OR-KIT-SIL-270", "O-ring kit silicone, 270 pcs", 15, "SET", "32000", "2026-12-22")])
    body = f"""안녕하세요, 한빛실링 영업팀 김민준입니다.

발주서 {po.num} 확인하였습니다.

1. OR-KIT-NBR-382 : 30세트, 단가 18,500원, 납기 2026. 12. 22.
2. OR-KIT-SIL-270 : 단가 32,000원. 재고 부족으로 10세트는 2026. 12. 22. 납품,
   나머지 5세트는 2027. 1. 8. 납품 예정입니다.

감사합니다.

김민준 대리 | 한빛실링(주) 영업팀
T. 031-8041-2275  M. 010-4417-2093
경기도 안산시 단원구 산단로 163
"""
    eml = reply(po, "김민준", "2026-11-06 10:12 +0900", T(body, cs="euc-kr", cte="b64"), cs="euc-kr")
    return [po], eml, exp_conf(
        "Line 1 as ordered. Line 2 delivered in two parts: 10 sets on 2026-12-22 and 5 sets on 2027-01-08; total 15, price unchanged.",
        conf(po, acc(), chg(sched=[(10, "2026-12-22"), (5, "2027-01-08")])))


@case("jute-sacks-vnd-dot-thousands", "confirmation", "vi-VN",
      "Vietnamese with VND amounts using dot thousands ('1.520.000 đ'); hessian roll price raised and delivery a week later")
def c():
    po = PO(S("MEKJ", "Công ty TNHH Đay Sợi Mekong", "kinhdoanh@daysoimekong.example", "vi-VN"),
            "VND", "2026-11-04", [
                ("JS-50KG-LAM", "Jute sack for 50 kg, laminated", 2000, "PC", "28000", "2027-01-08"),
                ("JS-HESS-1X50", "Hessian cloth roll 1 m x 50 m", 40, "ROL", "1450000", "2027-01-08")])
    body = f"""Kính gửi chị Mira,

Công ty chúng tôi xin xác nhận đơn hàng số {po.num} như sau:

- Bao đay 50 kg (JS-50KG-LAM): 2.000 cái, đơn giá 28.000 đ/cái, giao ngày 08/01/2027.
- Cuộn vải đay 1 m x 50 m (JS-HESS-1X50): 40 cuộn, đơn giá 1.520.000 đ/cuộn (giá mới áp dụng từ tháng 11), giao ngày 15/01/2027.

Giá chưa bao gồm VAT 8%.

Trân trọng,
Nguyễn Thị Thu Hà
Phòng Kinh doanh - Công ty TNHH Đay Sợi Mekong
ĐT: 0292 3831 456 | MST: 1801284417
""" + q_gt(po, f"Vào Th 4, 4 thg 11, 2026 vào lúc {HM(po)} Mira Lindqvist <{po.buyer[1]}> đã viết:")
    eml = reply(po, "Nguyễn Thị Thu Hà", "2026-11-05 14:05 +0700", T(body), prefix="Re:", style="gmail")
    return [po], eml, exp_conf(
        "Line 1 as ordered (2.000 = 2000). Line 2 at 1.520.000 VND (was 1450000) delivered 15/01/2027.",
        conf(po, acc(), chg(p="1520000", d="2027-01-15")))


@case("pallet-wrap-substitute-question", "needs_review", "id-ID",
      "Indonesian reply offering a thinner film at another price and asking whether that is acceptable before confirming")
def c():
    po = PO(S("PLASJ", "PT Plastindo Jaya Makmur", "sales@plastindo-jaya.example", "id-ID"),
            "IDR", "2026-11-05", [
                ("PW-20-450", "Stretch film 20 micron, 450 mm x 300 m", 200, "ROL", "98000", "2026-12-15")])
    body = f"""Selamat siang Bu Mira,

Terima kasih atas PO {po.num}.
Untuk stretch film 20 mikron stok kami sedang kosong sampai akhir Januari. Apakah bisa diganti dengan 17 mikron (harga Rp 91.500/roll, bisa kirim tgl 15/12)?
Mohon konfirmasinya Bu, setelah itu kami kirimkan konfirmasi order resminya.

Terima kasih,
Dewi Lestari
Sales Admin - PT Plastindo Jaya Makmur
Jl. Raya Serang KM 24, Balaraja, Tangerang
Telp. (021) 595 4412 / WA 0812 9034 5521
""" + q_gt(po, f"Pada tanggal Kam, 5 Nov 2026 pukul {HM(po)} Mira Lindqvist <{po.buyer[1]}> menulis:")
    eml = reply(po, "Dewi Lestari", "2026-11-05 16:02 +0700", T(body), prefix="Re:", style="gmail")
    return [po], eml, exp("needs_review",
                          "The ordered 20 micron film is out of stock; the supplier proposes 17 micron and asks us to agree before sending a confirmation. Nothing is committed for the ordered item yet.")


@case("anchor-bolts-malay-split", "confirmation", "ms-MY",
      "Malay reply; second line split 300 now and 200 on '4/1/2027' (day-first), RM prices")
def c():
    po = PO(S("KJTEG", "Kejuruteraan Teguh Sdn. Bhd.", "jualan@teguh-eng.example", "ms-MY"),
            "MYR", "2026-11-04", [
                ("AB-CHEM-M12", "Chemical anchor stud M12x160, A4 stainless", 200, "PC", "6.80", "2026-12-14"),
                ("AB-WEDGE-M10", "Wedge anchor M10x100, zinc plated", 500, "PC", "1.45", "2026-12-14")])
    body = f"""Salam sejahtera Puan Mira,

Merujuk kepada PO {po.num}, kami mengesahkan seperti berikut:

Item 1 - AB-CHEM-M12: 200 pcs @ RM6.80, penghantaran pada 14/12/2026.
Item 2 - AB-WEDGE-M10: 300 pcs akan dihantar pada 14/12/2026, baki 200 pcs pada 4/1/2027. Harga kekal RM1.45 seunit.

Sekian, terima kasih.

Yang benar,
Nur Aisyah binti Kamal
Eksekutif Jualan
Kejuruteraan Teguh Sdn. Bhd. (201101023318 / 948822-K)
Lot 12, Jalan Perindustrian 4, 47000 Sungai Buloh, Selangor
Tel: +603-6157 2280 | Faks: +603-6157 2281
""" + q_outlook(po, "en")
    eml = reply(po, "Nur Aisyah Kamal", "2026-11-05 16:44 +0800", T(body), prefix="RE:", style="outlook")
    return [po], eml, exp_conf(
        "Line 1 as ordered. Line 2 split: 300 on 2026-12-14 and the remaining 200 on 4/1/2027 = 2027-01-04 (day-first in MY).",
        conf(po, acc(), chg(sched=[(300, "2026-12-14"), (200, "2027-01-04")])))


@case("reflective-vests-ph-month-first-friday", "confirmation", "en-PH",
      "Philippine English phone reply 'noted po'; delivery '12/11' is month-first (Dec 11), consistent with 'every Friday'")
def c():
    po = PO(S("BANTAY", "Bantay Safety Supplies Inc.", "sales@bantaysafety.example", "en-PH"),
            "PHP", "2026-11-04", [
                ("RV-MESH-YL", "Reflective mesh vest, yellow, one size", 300, "PC", "145.00", "2026-12-09"),
                ("RV-SURV-OR", "Surveyor vest with pockets, orange", 60, "PC", "385.00", "2026-12-09")])
    body = f"""Hi Ma'am Mira, noted po on PO {po.num}. Both items ok, same price. Delivery will be on 12/11 since our truck sched to your area is every Friday po. Thank you!

Sent from my iPhone
"""
    eml = reply(po, "Jomar Dela Cruz", "2026-11-05 07:58 +0800", T(body, cs="us-ascii", cte="7bit", flowed=True),
                prefix="Re:", frm_email="jomar.delacruz@bantaysafety.example")
    return [po], eml, exp_conf(
        "en-PH writes month-first: 12/11 = 2026-12-11, a Friday (matching 'every Friday'); quantities and prices unchanged, date differs from 12-09.",
        conf(po, chg(d="2026-12-11"), chg(d="2026-12-11")))


@case("nail-pullers-gbk-price-and-cny-date", "confirmation", "zh-CN",
      "Simplified Chinese in GBK: one line as ordered, one price up for steel cost, one pushed to 2027年1月29日 before Chinese New Year, 'please confirm new price'")
def c():
    po = PO(S("YKTOOL", "Yongkang Hengda Tools Co., Ltd.", "sales@hengda-tools.example", "zh-CN"),
            "USD", "2026-11-02", [
                ("NP-CAT-300", "Nail puller cat's paw 300 mm, forged", 500, "PC", "2.35", "2027-01-15"),
                ("NP-BAR-600", "Pry bar / nail puller 600 mm", 300, "PC", "4.10", "2027-01-15"),
                ("NP-PLIER-250", "End-cutting nail puller pliers 250 mm", 200, "PC", "3.05", "2027-01-15")], buyer="jonas")
    body = f"""Jonas 您好，

贵司订单 {po.num} 确认如下：

1. NP-CAT-300：500 件，单价 USD 2.35，交货期 2027年1月15日
2. NP-BAR-600：300 件，因钢材价格上涨，单价调整为 USD 4.30，交货期 2027年1月15日
3. NP-PLIER-250：200 件，单价 USD 3.05，春节前工厂产能紧张，交货期 2027年1月29日

请确认新价格，谢谢！

张伟 | 外贸部
永康恒达工具有限公司
电话：+86 579 8726 3318  手机/微信：+86 138 5792 4410
地址：浙江省永康市经济开发区金城路88号
""" + q_outlook(po, "en", sep="------------------ 原始邮件 ------------------")
    eml = reply(po, "张伟", "2026-11-03 17:25 +0800", T(body, cs="gbk", cte="b64"), prefix="回复：", cs="gbk")
    return [po], eml, exp_conf(
        "Line 1 as ordered; line 2 price 4.30 (was 4.10); line 3 same price but 2027-01-29. 'Please confirm the new price' does not undo the supplier's commitment.",
        conf(po, acc(), chg(p="4.30"), chg(d="2027-01-29")))


@case("grease-guns-us-ship-vs-deliver-case-price", "confirmation", "en-US",
      "US Outlook reply with month-first short dates, ship and delivery dates both given (delivery wins), and a per-case-of-12 price to convert")
def c():
    po = PO(S("MWLUBE", "Midwest Lube Equipment, Inc.", "orders@midwestlube.example", "en-US"),
            "USD", "2026-11-03", [
                ("GG-PISTOL-14", "Pistol grip grease gun, 14 oz", 48, "EA", "18.75", "2026-12-11"),
                ("GG-CORD-20V", "Cordless grease gun 20V, tool only", 6, "EA", "189.00", "2026-12-11"),
                ("GG-COUPLER-QL", "Quick-lock grease coupler 1/8 NPT", 120, "EA", "7.20", "2026-12-11")], buyer="dana")
    body = f"""Hi Dana,

Thanks for the PO. Confirming as follows:

- GG-PISTOL-14: 48 ea @ $18.75, ships 12/4, delivered 12/9.
- GG-CORD-20V: 6 ea @ $189.00 - backordered at the factory, ETA our dock 1/6, delivered to you by 1/8/27.
- GG-COUPLER-QL: sold in cases of 12 only, $84.00/case, so 10 cases = 120 ea. Delivery 12/9.

Let me know if you have any questions.

Thanks,
Brittany Holt
Inside Sales | Midwest Lube Equipment, Inc.
4410 Industrial Pkwy, Dayton, OH 45414
O: (937) 555-0142 | C: (937) 555-0187 | Fax: (937) 555-0199

CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive and confidential use of the intended recipient. If you are not the intended recipient, please do not read, distribute or take action in reliance upon this message.
""" + q_outlook(po, "en")
    html = hdoc(t2h(body.split("\n" + "_" * 32)[0]) + "<br>\n" + q_outlook_html(po, "en"))
    eml = reply(po, "Brittany Holt", "2026-11-03 15:12 -0500", M("alternative", T(body, cs="us-ascii", cte="7bit"), T(html, "html")),
                style="outlook", frm_email="bholt@midwestlube.example")
    return [po], eml, exp_conf(
        "Month-first. Line 1 delivery 12/9 wins over ship 12/4 -> 2026-12-09. Line 2 delivered 1/8/27 = 2027-01-08. Line 3 $84.00 per case of 12 = 7.00 per EA, delivery 2026-12-09.",
        conf(po, chg(d="2026-12-09"), chg(d="2027-01-08"), chg(p="7.00", d="2026-12-09")))


@case("extension-leads-uk-other-po-mentioned", "confirmation", "en-GB",
      "British reply with dd/mm/yy dates: one PO answered with a split line, the second open PO only mentioned as handled by another branch")
def c():
    po = PO(S("BRUM", "Brummie Electrical Wholesale Ltd", "trade@brummie-electrical.example", "en-GB"),
            "GBP", "2026-11-04", [
                ("EL-1G-10M-UK", "Extension lead 1-gang, 10 m, 13A, UK plug", 50, "EA", "8.95", "2026-12-08"),
                ("EL-4G-2M-UK", "Extension lead 4-gang, 2 m, 13A, UK plug", 120, "EA", "5.40", "2026-12-08")], buyer="jonas")
    po2 = PO(po.sup, "GBP", "2026-11-04", [
        ("EL-REEL-25M", "Cable reel 25 m, 4-socket, 240V", 20, "EA", "34.50", "2026-12-15")], buyer="jonas")
    body = f"""Morning Jonas,

Re PO {po.num}: the 1-gang 10 m leads are fine, 50 @ £8.95 for delivery Tues 08/12.
4-gang: only 80 in stock, we'll send those with the 1-gang on 08/12 and the other 40 will follow on 05/01/27, same price.

PO {po2.num} (cable reels) is being handled by our Coventry branch, they'll come back to you separately.

Cheers,
Gaz

Gary Whitmore | Trade Counter
Brummie Electrical Wholesale Ltd | Unit 3, Tyseley Industrial Estate, Birmingham B11 2AA
T 0121 706 4418 | M 07700 900 417 | Company No. 04418872 | VAT GB 812 4471 09
""" + q_outlook(po, "en")
    eml = reply(po, "Gary Whitmore", "2026-11-05 08:07 +0000", T(body, cs="iso-8859-1"), style="outlook",
                frm_email="gary.whitmore@brummie-electrical.example")
    return [po, po2], eml, exp_conf(
        f"PO {po.num}: line 1 as ordered (08/12 = 2026-12-08); line 2 split 80 on 2026-12-08 and 40 on 05/01/27 = 2027-01-05. PO {po2.num} is only mentioned (another branch will answer), so it is left out.",
        conf(po, acc(), chg(sched=[(80, "2026-12-08"), (40, "2027-01-05")])))


@case("magnifiers-exchange-online-ndr", "bounce", "en-AU",
      "Exchange Online 'Undeliverable:' NDR (HTML + text) with 550 5.1.10 RecipientNotFound and our original PO attached")
def c():
    po = PO(S("OPTAU", "Optics Australia Pty Ltd", "orders@opticsaus.example", "en-AU"),
            "AUD", "2026-11-05", [
                ("MG-HEAD-BAND", "Head-band magnifier with 4 lenses", 25, "EA", "32.90", "2026-12-14"),
                ("MG-CLIP-LED", "Clip-on LED magnifier 3x", 40, "EA", "18.40", "2026-12-14")])
    human = f"""Your message to orders@opticsaus.example couldn't be delivered.

orders wasn't found at opticsaus.example.

Mira.Lindqvist    Office 365    orders
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:
Generating server: SY4PR01MB6418.ausprd01.prod.outlook.com

orders@opticsaus.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Original message headers:
Subject: {po.subject}
Message-ID: {po.msgid}
"""
    eml = dsn(po, after(po, 1, 11), "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@buyer.example>",
              f"Undeliverable: {po.subject}", human, "SY4PR01MB6418.ausprd01.prod.outlook.com", "5.1.10",
              "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
              extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("In-Reply-To", po.msgid), ("References", po.msgid)])
    return [po], eml, exp("bounce", "Exchange NDR: recipient not found. It even carries In-Reply-To of the PO request, but it is a delivery failure, not a reply.")


@case("nail-pullers-inline-caps-answers", "confirmation", "en-NZ",
      "Kiwi supplier answers in CAPS inline under each quoted PO line: one OK, one cut to remaining stock (discontinued), one dearer and later")
def c():
    po = PO(S("KIWIHW", "Kiwi Hardware Distributors Ltd", "sales@kiwihardware.example", "en-NZ"),
            "NZD", "2026-11-04", [
                ("NP-CLAW-300", "Claw bar nail puller 300 mm", 60, "EA", "14.90", "2026-12-14"),
                ("NP-JAP-250", "Japanese-style nail puller 250 mm", 40, "EA", "19.50", "2026-12-14"),
                ("NP-SLIDE-HAM", "Slide hammer nail puller", 10, "EA", "89.00", "2026-12-14")])
    answers = {"1": "OK", "2": "ONLY 24 LEFT, CAN SEND THOSE ON THE 14TH. NO MORE COMING - LINE DISCONTINUED",
               "3": "PRICE NOW $94.50 + GST, DELIVERY 18/12"}
    out = []
    for l in req_text(po).split("\n"):
        out.append(("> " + l).rstrip())
        k = l.split(" ")[0]
        if k in answers and "NP-" in l:
            out.append("")
            out.append(answers[k])
            out.append("")
    intro = f"On Wed, 4 Nov 2026 at {po.req_dt.strftime('%-I:%M %p').lower()}, Mira Lindqvist <{po.buyer[1]}> wrote:"
    body = "Kia ora Mira,\n\nAnswers in caps below.\n\nCheers\nHemi\n\n" + intro + "\n" + "\n".join(out) + \
           "\n\n--\nHemi Walker | Kiwi Hardware Distributors Ltd\n22 Kaimiro Street, Pukete, Hamilton 3200\nDDI 07 849 2261 | Mob 021 447 902\n"
    eml = reply(po, "Hemi Walker", "2026-11-05 10:31 +1300", T(body, cs="us-ascii", cte="7bit"), prefix="Re:",
                frm_email="hemi@kiwihardware.example")
    return [po], eml, exp_conf(
        "Inline answers: line 1 OK = as ordered; line 2 only 24 on the 14th (rest never) -> quantity 24, date unchanged; line 3 94.50 (ex GST, like the PO) delivered 18/12 = 2026-12-18.",
        conf(po, acc(), chg(q=24), chg(p="94.50", d="2026-12-18")))


@case("kneeling-pads-two-pos-new-thread", "confirmation", "en-ZA",
      "South African new-thread mail answering two POs at once (no In-Reply-To); one line moved to February, B-BBEE/VAT numbers in the signature")
def c():
    sup = S("VELDT", "Veldt Workwear (Pty) Ltd", "orders@veldtworkwear.example", "en-ZA")
    po = PO(sup, "ZAR", "2026-11-03", [("KP-PRO-50", "Kneeling pad pro 50x30 cm, 25 mm", 100, "PC", "189.50", "2026-12-10")], buyer="priya")
    po2 = PO(sup, "ZAR", "2026-11-05", [
        ("KP-KNEE-GEL", "Knee pads with gel insert", 60, "PR", "265.00", "2026-12-17"),
        ("KP-GARDEN", "Garden kneeler/seat with handles", 25, "PC", "420.00", "2026-12-17")], buyer="priya")
    body = f"""Good day Priya,

Please see below our confirmation for both your orders:

PO {po.num}
- KP-PRO-50: 100 x R189.50, delivery 10/12/2026

PO {po2.num}
- KP-KNEE-GEL: 60 pairs @ R265.00, delivery 17/12/2026
- KP-GARDEN: out of stock until the new year, we can deliver the 25 units on 05/02/2027 at R420.00

Kind regards
Thandiwe Mokoena
Sales Administrator
Veldt Workwear (Pty) Ltd | 14 Steel Road, Spartan, Kempton Park 1619
Tel: +27 11 975 2240 | Reg. No. 2009/118742/07 | VAT No. 4820261779 | B-BBEE Level 2
"""
    eml = reply(po, "Thandiwe Mokoena", "2026-11-06 12:15 +0200", T(body), thread=False,
                subj=f"Order confirmation - your PO {po.num} & {po2.num}")
    return [po, po2], eml, exp_conf(
        f"Two POs in one mail. {po.num}: accepted. {po2.num}: line 1 accepted; line 2 same qty/price but 05/02/2027 (day-first) = 2027-02-05.",
        conf(po, acc()), conf(po2, acc(), chg(d="2027-02-05")))


@case("label-rolls-price-increase-letter", "unrelated", "en-IE",
      "Irish label printer's general 2027 price-increase circular (HTML newsletter with unsubscribe) arriving while our PO is open")
def c():
    po = PO(S("LIFFEY", "Liffey Label Solutions Ltd", "orders@liffeylabels.example", "en-IE"),
            "EUR", "2026-11-06", [
                ("LR-BLANK-10050", "Blank white label 100x50 mm, 1,000/roll", 150, "ROL", "6.20", "2026-12-16"),
                ("LR-RIBBON-110", "Wax ribbon 110 mm x 450 m", 40, "ROL", "7.85", "2026-12-16")])
    text = """Dear Valued Customer,

Following significant increases in the cost of face stock, adhesives and energy over the past twelve months, we regret to inform you that from 1 January 2027 prices across our standard label and ribbon range will increase by 4.5%.

Orders received before 31 December 2026 will be invoiced at current prices, provided delivery is taken by 29 January 2027.

Our updated 2027 price list will be available in the customer portal from 1 December.

We thank you for your continued business.

Siobhán O'Connell
Commercial Director
Liffey Label Solutions Ltd | Unit 9, Ballymount Industrial Estate, Dublin 12, D12 X4F2
T +353 1 450 2277 | CRO 418822 | VAT IE 6418822W

You are receiving this email because you are a registered customer of Liffey Label Solutions. Unsubscribe: https://liffeylabels.example/u?id=88412
"""
    html = hdoc('<table width="600" align="center"><tr><td><img src="https://liffeylabels.example/img/logo.png" alt="Liffey Label Solutions"></td></tr><tr><td>'
                + t2h(text) + "</td></tr></table>")
    root = M("alternative", T(text), T(html, "html"))
    h = [("From", ad("Liffey Label Solutions", "news@liffeylabels.example")), ("To", ad(po.buyer[0], po.buyer[1])),
         ("Subject", "Important: 2027 price adjustment"), ("Date", format_datetime_safe("2026-11-10 11:00 +0000")),
         ("Message-ID", mid("mailer.liffeylabels.example")), ("List-Unsubscribe", "<https://liffeylabels.example/u?id=88412>"),
         ("Precedence", "bulk")]
    return [po], mail(h, root), exp("unrelated",
                                    "A circular to all customers announcing a 4.5% increase from 1 January 2027; it does not answer our PO (which is also delivered in 2026).")


@case("door-stops-bilingual-ooo", "auto_reply", "en-CA",
      "Canadian bilingual English/French out-of-office with a return date and an orders desk address")
def c():
    po = PO(S("MAPLE", "Maple Door Hardware Ltd.", "j.fraser@mapledoorhw.example", "en-CA"),
            "CAD", "2026-11-09", [
                ("DS-KICK-BN", "Kick-down door stop, brushed nickel", 40, "EA", "11.80", "2026-12-11"),
                ("DS-SPRING-76", "Spring door stop 76 mm, white tip", 200, "EA", "1.35", "2026-12-11")])
    body = """Thank you for your email. I am out of the office until Monday, November 16 with limited access to email. For order inquiries, please contact our orders desk at orders@mapledoorhw.example or 1-800-555-0148.

Merci de votre courriel. Je suis absente du bureau jusqu'au lundi 16 novembre et j'aurai un accès limité à mes courriels. Pour toute question concernant une commande, veuillez communiquer avec orders@mapledoorhw.example ou au 1 800 555-0148.

Jennifer Fraser
"""
    eml = reply(po, "Jennifer Fraser", "2026-11-09 09:40 -0500", T(body, cs="iso-8859-1"),
                subj=f"Automatic reply: {po.subject}", extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                style="outlook")
    return [po], eml, exp("auto_reply", "Out-of-office until 16 November in English and French; no answer to the PO.")


@case("thermometers-quebec-partial", "confirmation", "fr-CA",
      "Québec French with ISO dates and '12,40 $': two lines confirmed, calibration certificates to be answered 'by Thursday'")
def c():
    po = PO(S("THQC", "Instruments Thermo-Québec inc.", "ventes@thermoquebec.example", "fr-CA"),
            "CAD", "2026-11-05", [
                ("TH-FRIDGE-DIG", "Digital fridge/freezer thermometer", 100, "EA", "12.40", "2026-12-15"),
                ("TH-POCKET-STEM", "Pocket stem thermometer -40/+230 C", 150, "EA", "8.75", "2026-12-15"),
                ("TH-CAL-CERT", "Calibration certificate, NIST traceable", 10, "EA", "45.00", "2026-12-15")])
    body = f"""Bonjour Mira,

Voici la confirmation de votre bon de commande {po.num} :

Ligne 1 : 100 unités à 12,40 $ — livraison le 2026-12-15
Ligne 2 : 150 unités à 8,75 $ — livraison le 2026-12-15
Ligne 3 : les certificats d'étalonnage sont émis par un laboratoire externe; je vous reviens là-dessus d'ici jeudi.

Merci et bonne journée!

Geneviève Tremblay
Représentante aux ventes internes
Instruments Thermo-Québec inc. | 2250, rue Léon-Harmel, Québec (Québec) G1N 4L2
Tél. : 418 555-0173, poste 224 | Sans frais : 1 888 555-0173
""" + q_outlook(po, "fr", sent=f"5 novembre 2026 {HM(po)}")
    eml = reply(po, "Geneviève Tremblay", "2026-11-06 10:55 -0500", T(body), style="outlook")
    return [po], eml, exp_conf(
        "Lines 1-2 exactly as ordered. Line 3 only promised for Thursday -> unconfirmed.",
        conf(po, acc(), acc(), UNC))


@case("spray-nozzles-erp-pdf-per-100", "confirmation", "fr-FR",
      "Automatic no-reply mail carrying a hand-built PDF 'Accusé de réception de commande' with prices per 100 and one later date")
def c():
    po = PO(S("PULVE", "Pulvé-Tech SAS", "adv@pulvetech.example", "fr-FR"),
            "EUR", "2026-11-04", [
                ("SN-FF-8003-SS", "Flat fan nozzle 80 deg, size 03, stainless steel", 300, "PC", "1.85", "2026-12-11"),
                ("SN-CAP-QJ", "Quick-connect cap with gasket", 300, "PC", "0.42", "2026-12-11"),
                ("SN-BODY-QJ", "Nozzle body 1/4 NPT, single outlet", 100, "PC", "2.90", "2026-12-11")])
    body = f"""Madame, Monsieur,

Veuillez trouver ci-joint notre accusé de réception de commande n° ARC-26-118452 relatif à votre commande {po.num}.

Ce message est généré automatiquement, merci de ne pas y répondre. Pour toute question : adv@pulvetech.example

Pulvé-Tech SAS – ZI des Bruyères – 45770 Saran – SAS au capital de 800 000 € – RCS Orléans 412 884 019
"""
    lines = ["PULVE-TECH SAS                               ACCUSE DE RECEPTION DE COMMANDE",
             "ZI des Bruyères, 45770 Saran                 N° ARC-26-118452   du 05/11/2026",
             "", f"Client : {po.sup['id']}-00418  Harbor & Vale Supply Co.", f"Votre commande : {po.num} du 04/11/2026",
             "Conditions de paiement : 30 jours fin de mois   Incoterm : DAP Rotterdam", "",
             "Pos Référence        Désignation                     Qté   Prix unit. HT   Livraison",
             "--- ---------------- ------------------------------ ----- --------------- ----------",
             "10  SN-FF-8003-SS    Buse pinceau 80° n°03 inox       300  192,00 €/100   11/12/2026",
             "20  SN-CAP-QJ        Écrou rapide avec joint          300   42,00 €/100   18/12/2026",
             "30  SN-BODY-QJ       Porte-buse 1/4 NPT simple        100  290,00 €/100   11/12/2026",
             "", "Total HT : 1 992,00 €        TVA : autoliquidation (art. 283-2 CGI)",
             "", "Sauf erreur ou omission. Nos conditions générales de vente s'appliquent."]
    root = M("mixed", T(body), A(pdf(lines), "application/pdf", "ARC-26-118452.pdf"))
    eml = reply(po, "Pulvé-Tech ADV", "2026-11-05 06:12 +0100", root, thread=False,
                subj=f"Accusé de réception de commande ARC-26-118452 - Cde {po.num}",
                frm_email="no-reply@pulvetech.example", extra=[("Auto-Submitted", "auto-generated")])
    return [po], eml, exp_conf(
        "ERP acknowledgment = confirmation. Prices are per 100: 192,00 -> 1.92 (was 1.85); 42,00 -> 0.42 and 290,00 -> 2.90 unchanged. Line 2 delivered 18/12/2026 instead of 11/12.",
        conf(po, chg(p="1.92"), chg(d="2026-12-18"), acc()))


@case("bench-vices-belgian-will-revert", "needs_review", "fr-BE",
      "Belgian French reply: one vice is short at the maker, the supplier must check whether 10/12 holds and will come back Friday")
def c():
    po = PO(S("ETAUX", "Outillage Lambert SPRL", "commandes@outillage-lambert.example", "fr-BE"),
            "EUR", "2026-11-05", [
                ("BV-100-CI", "Bench vice 100 mm, cast iron", 10, "EA", "39.90", "2026-12-10"),
                ("BV-150-SW", "Bench vice 150 mm, swivel base", 6, "EA", "84.00", "2026-12-10")])
    body = f"""Bonjour Madame Lindqvist,

Bien reçu votre commande {po.num}, merci.
L'étau de 150 mm est en rupture chez notre fournisseur ; je dois vérifier avec lui si la livraison du 10/12 est tenable ou s'il faudra plutôt viser début janvier. Je vous reviens au plus tard vendredi avec une confirmation complète de la commande.

Bien à vous,
Luc Lambert
Outillage Lambert SPRL – Chaussée de Mons 412, 1070 Anderlecht
Tél. 02 520 44 18 – TVA BE 0441.228.917
""" + q_outlook(po, "fr", sent=f"jeudi 5 novembre 2026 {HM(po)}")
    eml = reply(po, "Luc Lambert", "2026-11-05 16:20 +0100", T(body, cs="windows-1252"), style="outlook")
    return [po], eml, exp("needs_review",
                          "Receipt plus 'I will come back by Friday with a complete confirmation'; nothing is committed, not even for the 100 mm vice.")
