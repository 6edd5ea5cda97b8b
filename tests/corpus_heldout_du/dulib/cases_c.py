# -*- coding: utf-8 -*-
"""Cases 037-053."""
from .common import *


@case("da-dk-price-per-10-rolls", "confirmation", "da-DK",
      "Danish reply pricing tape 'pr. 10 rl.' while the PO is per roll: line 1 equal by value (89,50/10), line 2 higher (97,00/10).")
def c37():
    p = po("4500021738", "ISOBAND", "Isoleringsbånd ApS", "salg@isoleringsbaand.example", "da-DK", "DKK",
           "2026-11-19", [("IB-19-20-SORT", "Isoleringstape 19 mm x 20 m, sort", 400, "ROL", "8.95", "2026-12-11"),
                          ("IB-19-20-GUL", "Isoleringstape 19 mm x 20 m, gul/grøn", 200, "ROL", "9.40", "2026-12-11")], buyer="tomas")
    text = """Hej Tomas.

Tak for ordren, vi bekræfter:

Pos. 1: 400 rl. á kr. 89,50 pr. 10 rl.
Pos. 2: 200 rl. á kr. 97,00 pr. 10 rl. (ny pris fra leverandøren)

Levering fredag d. 11. december.

Venlig hilsen
Henrik Mølgaard
Isoleringsbånd ApS · Hvidkærvej 29 · 5250 Odense SV · Tlf. 66 17 42 10 · CVR 31 88 20 14"""
    eml = reply(p, ("Henrik Mølgaard", "hm@isoleringsbaand.example"), date_hdr("2026-11-20 08:12:55"),
                "<DB8P191MB0622E1F0C3A2B4D5@DB8P191MB0622.EURP191.prod.outlook.example>", text,
                outlook_quote(p, ("Fra", "Sendt", "Til", "Emne"), sent="19. november 2026 09:31", sep=None),
                charset="iso-8859-1", subject="SV: " + request_subject(p))
    exp = expected("confirmation", "Per 10 rolls: 89,50/10 = 8.95 (= PO) -> accepted; 97,00/10 = 9.70 -> changed. Friday 11 December = 2026-12-11 = requested.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="9.70")})])
    return [p], eml, exp


@case("el-gr-iso88597-capacity", "confirmation", "el-GR",
      "Greek ISO-8859-7 QP mail: jig line 2 moved to 26/01/2027 because of production load.")
def c38():
    p = po("4500021739", "IDSPIR", "Ιδιοσυσκευές Πειραιά Α.Ε.", "pwliseis@idiosyskeves.example", "el-GR", "EUR",
           "2026-11-20", [("IDS-01", "Ιδιοσυσκευή διάτρησης φλάντζας", 6, "EA", "245.00", "2027-01-12"),
                          ("IDS-02", "Ιδιοσυσκευή συγκόλλησης γωνίας", 4, "EA", "410.00", "2027-01-12")], buyer="marco")
    text = """Καλημέρα σας κ. Bellini,

Επιβεβαιώνουμε την παραγγελία σας 4500021739:

Είδος 1: 6 τεμ. x 245,00 EUR, παράδοση 12/01/2027.
Είδος 2: 4 τεμ. x 410,00 EUR, παράδοση 26/01/2027 λόγω φόρτου παραγωγής.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Ιδιοσυσκευές Πειραιά Α.Ε.
Τηλ. 210 4118 320 | ΑΦΜ 094512873"""
    eml = reply(p, ("Νίκος Παπαδόπουλος", "n.papadopoulos@idiosyskeves.example"), date_hdr("2026-11-23 10:02:00", "+0200"),
                "<000c01dd8133$5e6f7a80$1b2c3d40$@idiosyskeves.example>", text,
                outlook_quote(p, ("Από", "Στάλθηκε", "Προς", "Θέμα"), sent="Παρασκευή, 20 Νοεμβρίου 2026 9:31 πμ", sep=None),
                charset="iso-8859-7", subject="RE: " + request_subject(p), sub_charset="iso-8859-7")
    exp = expected("confirmation", "Line 1 as ordered; line 2 delivery 26/01/2027 (day-first) instead of 12/01.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, date="2027-01-26")})])
    return [p], eml, exp


@case("tr-tr-ocak-date", "confirmation", "tr-TR",
      "Turkish one-line PO confirmed at the same price but 'Teslim tarihi 15 Ocak 2027' because of restocking.")
def c39():
    p = po("4500021740", "EGEIS", "Ege İş Güvenliği Ltd. Şti.", "satis@egeisguvenligi.example", "tr-TR", "TRY",
           "2026-11-20", [("DZ-JEL-01", "Jel dizlik, profesyonel", 250, "PR", "185.00", "2026-12-21")], buyer="aisha")
    text = """Merhaba Aisha Hanım,

4500021740 no'lu siparişinizi onaylıyoruz: 250 çift, birim fiyat 185,00 TL + KDV.
Stok yenileme nedeniyle teslim tarihi 15 Ocak 2027 olacaktır.

İyi çalışmalar,
Burak Yıldız
Ege İş Güvenliği Ltd. Şti. | Kemalpaşa OSB, İzmir | 0232 877 41 50"""
    eml = reply(p, ("Burak Yıldız", "burak@egeisguvenligi.example"), date_hdr("2026-11-23 11:48:12", "+0300"),
                "<CAK8dZq1Wx=9uV@mail.egeisguvenligi.example>", text,
                gmail_quote(p, "20 Kas 2026 Cum, 11:31 tarihinde Aisha Rahman <aisha.rahman@halvorsen-supply.example> şunu yazdı:"),
                charset="iso-8859-9", subject="Ynt: " + request_subject(p), sub_charset="iso-8859-9")
    exp = expected("confirmation", "Quantity and price unchanged; delivery 15 January 2027 instead of 2026-12-21.",
                   [conf(p, {1: C(p, 1, date="2027-01-15")})])
    return [p], eml, exp


@case("he-il-rtl-html-short-year", "confirmation", "he-IL",
      "Hebrew right-to-left multipart reply with dd.mm.yy dates (07.01.27) and shekel prices; line 2 later.")
def c40():
    p = po("4500021741", "MAGHARAMA", "מגנטים הרמה בע\"מ", "orders@magnetim-harama.example", "he-IL", "ILS",
           "2026-11-20", [("MH-500", "Lifting magnet 500 kg", 6, "EA", "1890.00", "2026-12-24"),
                          ("MH-2000", "Lifting magnet 2000 kg", 2, "EA", "5640.00", "2026-12-24")], buyer="aisha")
    text = """שלום Aisha,

אנו מאשרים את הזמנה 4500021741:
שורה 1: 6 יח' במחיר ₪1,890.00 ליחידה, אספקה 24.12.26.
שורה 2: 2 יח' במחיר ₪5,640.00 ליחידה, אספקה 07.01.27.

המחירים אינם כוללים מע"מ.

בברכה,
יוסי לוי
מגנטים הרמה בע"מ | אזור תעשייה קיסריה | 04-6271188"""
    html = '<div dir="rtl" style="font-family:Arial">' + text2html(text) + "</div><br>" + html_blockquote(
        p, "ב-יום ו׳, 20 בנוב׳ 2026 ב-10:31 מאת Aisha Rahman <aisha.rahman@halvorsen-supply.example>:")
    eml = reply(p, ("יוסי לוי", "yossi@magnetim-harama.example"), date_hdr("2026-11-23 09:20:41", "+0200"),
                "<CAN2e5Rb7Yt+3kQ@mail.magnetim-harama.example>", text, None, html=True, html_body=html,
                boundary="000000000000e8f7a6b5c4d3e2f1", cte="base64")
    exp = expected("confirmation", "Line 1 as ordered (24.12.26 = 2026-12-24); line 2 delivery 07.01.27 = 2027-01-07 (day-first, two-digit year).",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, date="2027-01-07")})])
    return [p], eml, exp


@case("ar-eg-spec-question", "needs_review", "ar-EG",
      "Arabic reply asking whether the mallet heads should be rubber or nylon and the handle length before pricing and dates.")
def c41():
    p = po("4500021742", "NILETOOLS", "شركة النيل للعدد والأدوات", "sales@nile-tools.example", "ar-EG", "EGP",
           "2026-11-20", [("MLT-500", "Mallet 500 g, soft face", 100, "EA", "245.00", "2027-01-14"),
                          ("MLT-1000", "Mallet 1000 g, soft face", 50, "EA", "380.00", "2027-01-14")], buyer="aisha")
    text = """السيدة/ عائشة رحمن المحترمة،

تحية طيبة وبعد،

استلمنا أمر الشراء رقم 4500021742 ونشكركم على ثقتكم.
قبل التأكيد نرجو توضيح ما يلي:
١- هل رأس المطرقة المطلوب من المطاط أم من النايلون؟
٢- هل طول اليد ٣٠ سم أم ٣٥ سم؟

بعد ردكم سنرسل لكم تأكيد الأسعار ومواعيد التسليم.

مع خالص التحية،
م. أحمد عبد الرحمن
شركة النيل للعدد والأدوات – العاشر من رمضان
ت: ٠١٢٢٤٥٦٧٨٩٠"""
    eml = reply(p, ("Ahmed Abdelrahman", "ahmed.ar@nile-tools.example"), date_hdr("2026-11-22 13:05:10", "+0200"),
                "<20261122130510.77A1@nile-tools.example>", text, gt_quote(request_text(p)),
                charset="utf-8", cte="base64", subject="RE: " + request_subject(p))
    exp = expected("needs_review", "Two specification questions; prices and dates will follow only after our answer.")
    return [p], eml, exp


@case("ar-ae-english-sunday-delivery", "confirmation", "ar-AE",
      "UAE supplier in Gulf business English: 'Sunday 13th Dec' delivery (a working day there) for both lines, item 2 repriced per pc.")
def c42():
    p = po("4500021743", "ALNOOR", "Al Noor Building Tools Trading LLC", "sales@alnoor-tools.example", "ar-AE", "AED",
           "2026-11-20", [("NP-CAT-12", "Cat's paw nail puller 12 in", 150, "EA", "18.50", "2026-12-15"),
                          ("NP-FLAT-15", "Flat bar nail puller 15 in", 100, "EA", "22.00", "2026-12-15")], buyer="aisha")
    text = """Dear Aisha,

Greetings from Al Noor!

Kindly note your PO # 4500021743 is confirmed.
Item 1 - as per PO.
Item 2 - the price revised to AED 24.75/pc due to steel cost increase, qty same.
Delivery for both items on Sunday 13th Dec through our forwarder.

Hope the above is in order.

Best Regards,
Faisal Khan
Sales Executive
Al Noor Building Tools Trading LLC
P.O. Box 41228, Al Quoz Ind. 3, Dubai, U.A.E.
Tel: +971 4 338 2190 | Mob: +971 50 447 1182 | TRN 100384726500003
شركة النور لتجارة أدوات البناء ذ.م.م"""
    eml = reply(p, ("Faisal Khan", "faisal@alnoor-tools.example"), date_hdr("2026-11-23 10:40:18", "+0400"),
                "<000f01dd8140$aa1b2c30$fe4d5e60$@alnoor-tools.example>", text,
                outlook_quote(p, sent="Friday, November 20, 2026 12:31 PM", sep=None), html=True,
                boundary="----=_NextPart_000_0010_01DD8140.AA1B2C30")
    exp = expected("confirmation", "Both lines delivered Sunday 13 Dec 2026 (earlier than 15 Dec); line 2 price 22.00 -> 24.75.",
                   [conf(p, {1: C(p, 1, date="2026-12-13"), 2: C(p, 2, price="24.75", date="2026-12-13")})])
    return [p], eml, exp


@case("ms-my-all-as-ordered", "confirmation", "ms-MY",
      "Malay confirmation restating each line with RM prices with thousands comma and '5 Februari 2027'; everything equals the PO.")
def c43():
    p = po("4500021744", "PENAPIS", "Syarikat Penapis Minyak Sdn. Bhd.", "jualan@penapisminyak.example", "ms-MY", "MYR",
           "2026-11-23", [("PSK-DISC-30", "Oil skimmer cakera 30 cm", 2, "EA", "6850.00", "2027-02-05"),
                          ("PSK-HOSE-10", "Hos pemindahan minyak 10 m", 4, "EA", "420.00", "2027-02-05")], buyer="aisha")
    text = """Salam sejahtera Puan Aisha,

Kami dengan ini mengesahkan pesanan belian 4500021744 seperti berikut:

Item 1: 2 unit @ RM6,850.00 – penghantaran 5 Februari 2027
Item 2: 4 unit @ RM420.00 – penghantaran 5 Februari 2027

Harga tidak termasuk SST 10%. Terima kasih atas pesanan tuan/puan.

Yang benar,
Nurul Huda binti Ismail
Eksekutif Jualan
Syarikat Penapis Minyak Sdn. Bhd. (No. Syarikat 201501023344)
Lot 22, Jalan Perindustrian 3, 81400 Senai, Johor | Tel: 07-598 2210"""
    eml = reply(p, ("Nurul Huda Ismail", "nurulhuda@penapisminyak.example"), date_hdr("2026-11-24 09:10:00", "+0800"),
                "<CAPx7u2Lk9=Wq@mail.penapisminyak.example>", text,
                gmail_quote(p, "Pada Isn, 23 Nov 2026 pada 3:31 PTG Aisha Rahman <aisha.rahman@halvorsen-supply.example> menulis:"))
    exp = expected("confirmation", "Both lines restated exactly as ordered (RM6,850.00 = 6850.00; 5 Februari 2027 = requested).", [all_acc(p)])
    return [p], eml, exp


@case("id-id-price-per-lusin", "confirmation", "id-ID",
      "Indonesian reply quoting brush prices per dozen ('Rp 180.000/lusin') with dot thousands; 2-inch brush dearer, 4-inch equal.")
def c44():
    p = po("4500021745", "KUASJAYA", "CV Kuas Jaya Abadi", "order@kuasjaya.example", "id-ID", "IDR",
           "2026-11-23", [("KS-2IN", "Kuas cat 2 inci, bulu babi", 240, "PC", "14500.00", "2026-12-18"),
                          ("KS-4IN", "Kuas cat 4 inci, bulu babi", 120, "PC", "26000.00", "2026-12-18")], buyer="aisha")
    text = """Selamat siang Bu Aisha,

PO 4500021745 kami konfirmasi ya Bu:
- Kuas 2" : 240 pcs (20 lusin), harga Rp 180.000/lusin
- Kuas 4" : 120 pcs (10 lusin), harga Rp 312.000/lusin
Pengiriman tgl 18 Desember.

Terima kasih,
Dewi Lestari
CV Kuas Jaya Abadi – Jl. Raya Cibitung No. 88, Bekasi
WA 0812-8841-2290"""
    eml = reply(p, ("Dewi Lestari", "dewi@kuasjaya.example"), date_hdr("2026-11-24 13:25:37", "+0700"),
                "<CAGq3yT8vMw=eB@mail.kuasjaya.example>", text,
                gmail_quote(p, "Pada tanggal Sen, 23 Nov 2026 pukul 15.31 Aisha Rahman <aisha.rahman@halvorsen-supply.example> menulis:"),
                html=True, boundary="000000000000b4c3d2e1f0a9b8c7")
    exp = expected("confirmation", "Per dozen: 180.000/12 = 15000 per pc (PO 14500) -> changed; 312.000/12 = 26000 = PO -> accepted. 18 Desember = 2026-12-18.",
                   [conf(p, {1: C(p, 1, price="15000.00"), 2: A(p, 2)})])
    return [p], eml, exp


@case("vi-vn-dong-dots", "confirmation", "vi-VN",
      "Vietnamese reply with dot-grouped dong prices (1.250.000 đ) and VAT note; second ladder later on 28/12/2026.")
def c45():
    p = po("4500021746", "THANGDAY", "Công ty TNHH Thang Dây Việt", "kinhdoanh@thangdayviet.example", "vi-VN", "VND",
           "2026-11-23", [("TD-6M", "Thang dây 6 m, bậc nhôm", 30, "EA", "1250000.00", "2026-12-21"),
                          ("TD-10M", "Thang dây 10 m, bậc nhôm", 10, "EA", "1980000.00", "2026-12-21")], buyer="aisha")
    text = """Kính gửi chị Aisha,

Công ty chúng tôi xác nhận đơn hàng số 4500021746 như sau:
1. Thang dây 6 m: 30 cái, đơn giá 1.250.000 đ, giao hàng ngày 21/12/2026.
2. Thang dây 10 m: 10 cái, đơn giá 1.980.000 đ, giao hàng ngày 28/12/2026.
Đơn giá chưa bao gồm VAT 10%.

Trân trọng,
Nguyễn Thị Lan
Phòng Kinh doanh – Công ty TNHH Thang Dây Việt
ĐT: 028 3862 4415"""
    eml = reply(p, ("Nguyễn Thị Lan", "lan.nguyen@thangdayviet.example"), date_hdr("2026-11-24 16:02:19", "+0700"),
                "<5d1e2f3a4b5c6d7e.thangdayviet@mail.thangdayviet.example>", text, gt_quote(request_text(p)),
                cte="base64", subject="Re: " + request_subject(p))
    exp = expected("confirmation", "Line 1 as ordered; line 2 same quantity/price, delivery 28/12/2026 instead of 21/12.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-28")})])
    return [p], eml, exp


@case("zh-cn-gbk-ship-no-year", "confirmation", "zh-CN",
      "Simplified Chinese GBK mail giving only ship dates '1月8日出货' (no year) and a raw-material price rise on line 2.")
def c46():
    p = po("4500021747", "NBSEAL", "宁波密封胶带有限公司", "sales@nbsealtape.example", "zh-CN", "CNY",
           "2026-11-23", [("MF-PTFE-19", "PTFE sealant tape 19 mm x 15 m", 5000, "ROL", "1.35", "2027-01-15"),
                          ("MF-BUT-30", "Butyl sealant tape 30 mm x 10 m", 800, "ROL", "6.80", "2027-01-15")])
    text = """Ingrid 您好：

订单 4500021747 确认如下：
1. 生料带 19mm×15m，5000卷，单价1.35元，1月8日出货；
2. 丁基胶带 30mm×10m，800卷，单价7.20元（原材料涨价），1月8日出货。

谢谢！

王丽
宁波密封胶带有限公司 外贸部
电话：0574-8712 3366  手机：138 5741 2290"""
    eml = reply(p, ("王丽", "wangli@nbsealtape.example"), date_hdr("2026-11-25 10:33:21", "+0800"),
                "<202611251033218815662@nbsealtape.example>", text,
                "------------------ 原始邮件 ------------------\n发件人: \"Ingrid Halvorsen\"<ingrid.halvorsen@halvorsen-supply.example>;\n发送时间: 2026年11月23日(星期一) 下午4:31\n收件人: \"sales\"<sales@nbsealtape.example>;\n主题: " + request_subject(p) + "\n\n" + request_text(p),
                charset="gbk", cte="base64", subject="回复：" + request_subject(p), sub_charset="gbk")
    exp = expected("confirmation", "Only ship dates given, no year: 1月8日 -> next 8 Jan after the mail = 2027-01-08, used as the date for both lines. Line 2 price 6.80 -> 7.20.",
                   [conf(p, {1: C(p, 1, date="2027-01-08"), 2: C(p, 2, price="7.20", date="2027-01-08")})])
    return [p], eml, exp


@case("zh-tw-big5-roc-year", "confirmation", "zh-TW",
      "Traditional Chinese Big5 mail with ROC-calendar dates (115/12/28 = 2026, 116/01/11 = 2027).")
def c47():
    p = po("4500021748", "TWTILE", "台灣磁磚工具股份有限公司", "sales@twtiletools.example", "zh-TW", "TWD",
           "2026-11-24", [("TC-800", "Tile cutter 800 mm", 12, "EA", "2350.00", "2026-12-28"),
                          ("TC-WHL-22", "Replacement cutting wheel 22 mm", 60, "PC", "185.00", "2026-12-28")])
    text = """Ingrid 小姐 您好：

貴公司訂單 4500021748 確認如下：
項次1 磁磚切割器 800mm 12台，單價 NT$2,350，交期 115/12/28
項次2 替換切割輪 22mm 60個，單價 NT$185，交期 116/01/11（供應商缺料）

如有任何問題請與我聯繫，謝謝。

陳志明
台灣磁磚工具股份有限公司 業務部
TEL: 04-2359-1180 分機 23"""
    eml = reply(p, ("陳志明", "cm.chen@twtiletools.example"), date_hdr("2026-11-25 14:50:09", "+0800"),
                "<001501dd8279$c1d2e3f0$45566778$@twtiletools.example>", text, gt_quote(request_text(p)),
                charset="big5", cte="quoted-printable", subject="RE: " + request_subject(p), sub_charset="big5")
    exp = expected("confirmation", "ROC years: 115/12/28 = 2026-12-28 (as requested); 116/01/11 = 2027-01-11 for line 2.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, date="2027-01-11")})])
    return [p], eml, exp


@case("ja-jp-sjis-tbd-line", "confirmation", "ja-JP",
      "Japanese Shift_JIS reply: line 1 '12月18日(金)' confirmed, line 2 '納期未定（メーカー確認中）' stays unconfirmed.")
def c48():
    p = po("4500021749", "KURUMADOME", "株式会社車止め工業", "eigyo@kurumadome.example", "ja-JP", "JPY",
           "2026-11-24", [("WC-R200", "Rubber wheel chock 200 mm", 100, "PC", "1850", "2026-12-18"),
                          ("WC-AL-TR", "Aluminium wheel chock for trucks", 20, "PC", "12800", "2026-12-18")], buyer="tomas")
    text = """ハルヴォルセン株式会社
リンドクヴィスト様

いつもお世話になっております。
ご注文番号4500021749について、下記の通り回答いたします。

1. WC-R200 ゴム製車止め 100個 @1,850円 納期 12月18日(金)
2. WC-AL-TR アルミ製車止め 20個 納期未定（メーカー確認中のため、改めてご連絡いたします）

以上、よろしくお願いいたします。

――――――――――――――――
株式会社車止め工業 営業部
佐藤 健一
TEL 06-6543-2110 / FAX 06-6543-2119
――――――――――――――――"""
    eml = reply(p, ("佐藤 健一", "k.sato@kurumadome.example"), date_hdr("2026-11-25 17:20:44", "+0900"),
                "<20261125172044.8A21.SATO@kurumadome.example>", text, None, charset="shift_jis", cte="base64",
                subject="Re: " + request_subject(p), sub_charset="iso-2022-jp")
    exp = expected("confirmation", "Line 1 as ordered (12月18日 = 2026-12-18, Friday). Line 2 delivery 'undetermined, will contact again' -> unconfirmed.",
                   [conf(p, {1: A(p, 1), 2: U()})])
    return [p], eml, exp


@case("ko-kr-ship-and-arrival", "confirmation", "ko-KR",
      "Korean reply giving both 출고 (ship) 12월 18일 and 도착 (arrival) 12월 28일; the arrival date wins for both lines.")
def c49():
    p = po("4500021750", "HKYM", "(주)한국연마", "sales@hkyeonma.example", "ko-KR", "KRW",
           "2026-11-24", [("YM-P120", "Abrasive pad P120 150 mm", 2000, "PC", "380", "2026-12-21"),
                          ("YM-P240", "Abrasive pad P240 150 mm", 1000, "PC", "410", "2026-12-21")])
    text = """안녕하세요, Ingrid 님.

발주서 4500021750 확인했습니다.
1번 품목 2,000개, 개당 380원
2번 품목 1,000개, 개당 410원
납기: 2026년 12월 18일 부산항 출고, 12월 28일 Drammen 도착 예정입니다.

감사합니다.
김민준 대리 / 해외영업팀
(주)한국연마 | 경기도 안산시 단원구 산단로 112 | T. 031-491-2280"""
    eml = reply(p, ("김민준", "mj.kim@hkyeonma.example"), date_hdr("2026-11-25 10:02:30", "+0900"),
                "<CAMk8Jv3rQ=pL@mail.hkyeonma.example>", text,
                gmail_quote(p, "2026년 11월 24일 (화) 오후 5:31, Ingrid Halvorsen <ingrid.halvorsen@halvorsen-supply.example>님이 작성:"),
                charset="euc-kr", cte="base64", subject="RE: " + request_subject(p), sub_charset="euc-kr")
    exp = expected("confirmation", "Quantities and prices as ordered; ship 2026-12-18 from Busan, arrival 2026-12-28 -> delivery date wins, both lines changed to 2026-12-28.",
                   [conf(p, {1: C(p, 1, date="2026-12-28"), 2: C(p, 2, date="2026-12-28")})])
    return [p], eml, exp


@case("en-au-o365-ndr", "bounce", "en-AU",
      "Microsoft 365 'Undeliverable:' NDR (550 5.4.1 access denied) in HTML+text with the original attached as message/rfc822.")
def c50():
    p = po("4500021751", "AUSWC", "Southern Cross Wheel Chocks Pty Ltd", "orders@sxwheelchocks.example", "en-AU", "AUD",
           "2026-11-24", [("WC-MINE-400", "Mining wheel chock 400 mm, polyurethane", 24, "EA", "148.00", "2027-01-18")], buyer="tomas")
    text = """Your message to orders@sxwheelchocks.example couldn't be delivered.

orders wasn't found at sxwheelchocks.example.

tomas.lindqvist    Office 365    orders
Action Required                   Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.

Diagnostic information for administrators:

Generating server: SY4P282MB3021.AUSP282.PROD.OUTLOOK.EXAMPLE
orders@sxwheelchocks.example
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. [SY4PEPF00004C1A.ausprd01.prod.outlook.example]'

Original message headers:
""" + original_headers(p, date_hdr("2026-11-24 08:31:00")).replace("ingrid.halvorsen", "tomas.lindqvist")
    html = "<p><b><font color=\"#000066\" size=\"3\">Your message to orders@sxwheelchocks.example couldn't be delivered.</font></b></p>" \
           "<p>orders wasn't found at sxwheelchocks.example.</p><p>Remote Server returned '550 5.4.1 Recipient address rejected: Access denied.'</p>"
    orig = (original_headers(p, date_hdr("2026-11-24 08:31:00")).replace("ingrid.halvorsen", "tomas.lindqvist")
            .replace("Ingrid Halvorsen", "Tomas Lindqvist") + "\n\n" + request_text(p)).encode()
    inner = multipart("alternative", [leaf(text, "plain", "us-ascii", "quoted-printable"),
                                      leaf(html_doc(html), "html", "us-ascii", "quoted-printable")], "_001_ndr_alt_")
    body = multipart("report", [inner, b"Content-Type: message/rfc822\n\n" + orig], "_000_ndr_report_",
                     "; report-type=delivery-status")
    eml = mail(p, ("Microsoft Outlook", "postmaster@halvorsen-supply.example"),
               "Undeliverable: " + request_subject(p), date_hdr("2026-11-24 08:31:04", "+1100"),
               "<b8c1d2e3-f4a5-4b6c-9d7e-8f9a0b1c2d3e@SY4P282MB3021.AUSP282.PROD.OUTLOOK.EXAMPLE>", body,
               to="Tomas Lindqvist <tomas.lindqvist@halvorsen-supply.example>", reply=True,
               extra=("X-MS-Exchange-Message-Is-Ndr:", "Auto-Submitted: auto-replied"))
    exp = expected("bounce", "Exchange Online non-delivery report; it even carries In-Reply-To of our request but is a bounce, and the attached PO table is our own.")
    return [p], eml, exp


@case("en-za-short-ship-cancel-balance", "confirmation", "en-ZA",
      "South African reply: only 18 of 30 rolls available, balance cancelled (mill reruns in March); 'now-now' slang.")
def c51():
    p = po("4500021752", "CAPEPACK", "Cape Packaging Supplies (Pty) Ltd", "sales@capepack.example", "en-ZA", "ZAR",
           "2026-11-24", [("BW-SM-1500", "Bubble wrap small cell 1500 mm x 100 m", 20, "ROL", "685.00", "2026-12-14"),
                          ("BW-LG-750", "Bubble wrap large cell 750 mm x 50 m", 30, "ROL", "412.00", "2026-12-14")])
    text = """Hi Ingrid

Thanks for the order.

Line 1 is fine, 20 rolls @ R685,00.
Line 2 - we only have 18 rolls of the 750 mm large cell. We'll send those and cancel the balance of 12, the mill only runs it again in March.

Both lines ship now-now for delivery on 14/12.

Cheers
Pieter van der Merwe
Cape Packaging Supplies (Pty) Ltd | Unit 4, Montague Park, Montague Gardens 7441
Tel 021 551 2870 | Reg 2009/018842/07 | VAT 4410247711"""
    eml = reply(p, ("Pieter van der Merwe", "pieter@capepack.example"), date_hdr("2026-11-25 09:15:02", "+0200"),
                "<CAEo4LqF7=R2b@mail.capepack.example>", text,
                gmail_quote(p, "On Tue, 24 Nov 2026 at 09:31, Ingrid Halvorsen <ingrid.halvorsen@halvorsen-supply.example> wrote:"))
    exp = expected("confirmation", "Line 1 accepted (14/12 = 2026-12-14). Line 2 confirmed for 18 rolls only, the remaining 12 cancelled -> changed quantity 18, price and date unchanged.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, quantity=18)})])
    return [p], eml, exp


@case("af-za-afwesig", "auto_reply", "af-ZA",
      "Afrikaans out-of-office ('Ek is met verlof tot 1 Desember') with a colleague's cell number; Auto-Submitted.")
def c52():
    p = po("4500021753", "BOLAND", "Boland Gereedskap (Edms) Bpk", "bestellings@bolandgereedskap.example", "af-ZA", "ZAR",
           "2026-11-25", [("HM-RUB-500", "Rubberhamer 500 g", 60, "EA", "119.00", "2027-01-15")], buyer="marco")
    text = """Goeiedag

Dankie vir u e-pos. Ek is met verlof tot Dinsdag 1 Desember 2026 en sal u e-pos by my terugkeer beantwoord.
Vir dringende bestellings kontak asseblief vir Annelie by 082 417 5520 of bestellings@bolandgereedskap.example.

Vriendelike groete
Johan Botha"""
    eml = reply(p, ("Johan Botha", "johan@bolandgereedskap.example"), date_hdr("2026-11-25 08:31:30", "+0200"),
                "<ooo.7781.20261125@bolandgereedskap.example>", text, subject="Outomatiese antwoord: " + request_subject(p),
                extra=("Auto-Submitted: auto-replied",))
    exp = expected("auto_reply", "Leave notice; the date is the return date, not a delivery date.")
    return [p], eml, exp


@case("en-nz-inline-caps", "confirmation", "en-NZ",
      "Kiwi supplier types CAPS answers between the '>' quoted PO lines: line 2 new price and 'ETA 13/1' (January, no year).")
def c53():
    p = po("4500021754", "KIWITM", "Kiwi Test & Measure Ltd", "sales@kiwitm.example", "en-NZ", "NZD",
           "2026-11-25", [("KM-CM100", "True RMS clamp meter 400 A", 10, "EA", "189.00", "2026-12-16"),
                          ("KM-CM300", "AC/DC clamp meter 1000 A", 5, "EA", "449.00", "2026-12-16"),
                          ("KM-CASE", "Hard carry case for clamp meters", 15, "EA", "24.50", "2026-12-16")])
    out = []
    for l in request_text(p).split("\n"):
        out.append(("> " + l).rstrip())
        if l.startswith("1   KM-CM100"):
            out.append("OK - ETA 16/12")
        elif l.startswith("2   KM-CM300"):
            out.append("PRICE NOW $469.00 EACH (NEW MODEL), ETA 13/1")
        elif l.startswith("3   KM-CASE"):
            out.append("OK")
    text = "Hi Ingrid, answers below in caps.\n\nCheers, Hemi\n\n" + \
        "On 25/11/2026 9:31 pm, Ingrid Halvorsen wrote:\n" + "\n".join(out) + \
        "\n\n--\nHemi Walker | Kiwi Test & Measure Ltd | 09 444 7120 | 14 Porana Rd, Wairau Valley, Auckland 0627"
    eml = reply(p, ("Hemi Walker", "hemi@kiwitm.example"), date_hdr("2026-11-26 10:05:40", "+1300"),
                "<d41d8cd9-8f00-4b20-a9e8-0998ecf8427e@kiwitm.example>", text, flowed=False, cte="7bit")
    exp = expected("confirmation", "Inline caps: line 1 OK (16/12), line 2 price 469.00 and ETA 13/1 -> 2027-01-13 (next 13 Jan after the mail), line 3 OK.",
                   [conf(p, {1: A(p, 1), 2: C(p, 2, price="469.00", date="2027-01-13"), 3: A(p, 3)})])
    return [p], eml, exp
