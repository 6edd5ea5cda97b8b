"""Cases 037-053."""
from . import mime
from .common import (case, PO, C, conf, exp, headers, subj, outlook_quote, req_text, req_html, gt, esc, req_subject)
from .pdf import make_pdf


def _oq(po, sent):
    return "-----Original Message-----\n" + outlook_quote(po, "en", sent)


@case("tuning-forks-sjis-table", "confirmation/ja-JP",
      "A Shift_JIS table with 円 prices and 年月日 dates: one line unchanged, one with a new price, one a week later.")
def _():
    sup = ("ONSA", "音叉精工株式会社", "eigyo@onsa-seiko.example", "ja-JP")
    po = PO("4500031487", sup, "JPY", "2026-11-05", [
        ("TF-A440-ST", "Tuning fork A440 Hz, steel, 120 mm", 200, "PCS", "1850", "2026-12-10"),
        ("TF-C512-MED", "Medical tuning fork C512, 1/2 weighted", 50, "PCS", "4200", "2026-12-10"),
        ("TF-SET-8", "Tuning fork set 8 pcs, 256-512 Hz", 20, "SET", "16500", "2026-12-10"),
    ], buyer="jl")
    txt = ("Meridian Supply Group\nJonas Lindqvist 様\n\nいつもお世話になっております。音叉精工の佐藤です。\n"
           "ご注文番号 4500031487 につきまして、下記の通りご注文を承りました。\n\n"
           "No.  品番           数量      単価        納期\n"
           "1    TF-A440-ST     200本     1,850円     2026年12月10日\n"
           "2    TF-C512-MED    50本      4,400円     2026年12月10日 ※価格改定\n"
           "3    TF-SET-8       20セット  16,500円    2026年12月17日\n\n"
           "2番の単価は材料費高騰のため改定させていただきました。何卒ご了承ください。\n\n"
           "以上、よろしくお願い申し上げます。\n\n"
           "--------------------------------\n音叉精工株式会社 営業部\n佐藤 健一\n〒399-0711 長野県塩尻市片丘 1234\nTEL 0263-55-1234\n"
           "--------------------------------\n\n" + _oq(po, "Thursday, November 5, 2026 5:12 PM"))
    h = headers(po, ("佐藤 健一", "k.sato@onsa-seiko.example"), "RE: " + subj(po, ""), "2026-11-11 10:02:30", "+0900",
                "<20261111100230.8F3A21C4@onsa-seiko.example>", cs="iso-2022-jp", enc="B",
                extra=[("X-Mailer", "Becky! ver. 2.81.07")])
    body = mime.text(txt, cs="shift_jis", cte="base64")
    return [po], mime.message(h, body), exp("confirmation", "Line 1 as ordered; line 2 price 4,400円 (changed); line 3 date 2026年12月17日 (changed). Prices per piece/set match the PO units.",
                                          conf(po, {1: "A", 2: C(50, "4400", "2026-12-10"), 3: C(20, "16500", "2026-12-17")}))


@case("trolleys-gb2312-two-lots", "confirmation/zh-CN",
      "GB2312 Chinese: the emergency trolleys come in two lots (12月8日 3台, 12月22日 3台) without a year on the dates.")
def _():
    sup = ("HUAKANG", "苏州华康医疗设备有限公司", "sales@huakang-med.example", "zh-CN")
    po = PO("4500031494", sup, "CNY", "2026-11-06", [
        ("HK-SS-3L", "Stainless treatment trolley, 3 shelves 600x400 mm", 30, "EA", "980.00", "2026-12-08"),
        ("HK-EM-24V", "Emergency trolley, 24V lock, 5 drawers", 6, "EA", "4350.00", "2026-12-08"),
    ], buyer="ap")
    txt = ("Aisha 您好！\n\n感谢您的订单。订单号 4500031494 确认如下：\n\n"
           "1. 不锈钢治疗车（HK-SS-3L）：30台，单价 980.00 元，交货日期 2026年12月8日。\n"
           "2. 急救车（HK-EM-24V）：6台，单价 4,350.00 元，分两批交货：12月8日 3台，12月22日 3台。\n\n"
           "如有问题请随时联系。\n\n祝好！\n王丽\n外贸部\n苏州华康医疗设备有限公司\n江苏省苏州市吴中区工业园 88 号\n电话：+86 512 5555 6677\n\n"
           + _oq(po, "Friday, November 6, 2026 4:12 PM"))
    h = headers(po, ("王丽", "wangli@huakang-med.example"), "回复: " + req_subject(po), "2026-11-16 15:30:00", "+0800",
                "<202611161530000987654@huakang-med.example>", cs="gb2312", enc="B",
                extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]")])
    body = mime.text(txt, cs="gb2312", cte="base64")
    return [po], mime.message(h, body), exp("confirmation", "Line 1 as ordered; line 2 split 3 + 3 on 2026-12-08 and 2026-12-22 (dates without year after a November mail), so schedule with last date 2026-12-22.",
                                          conf(po, {1: "A", 2: C(6, "4350.00", "2026-12-22", [(3, "2026-12-08"), (3, "2026-12-22")])}))


@case("roaster-big5-discontinued", "confirmation/zh-TW",
      "Big5 Chinese: line 1 confirmed with '12月11日到貨', line 2 discontinued with only a vague mention of a successor quote.")
def _():
    sup = ("YANGLU", "揚爐機械股份有限公司", "export@yanglu-roast.example", "zh-TW")
    po = PO("4500031502", sup, "USD", "2026-11-04", [
        ("YL-DR-1K", "Sample roaster drum 1 kg, 3/8 in. shaft", 10, "EA", "640.00", "2026-12-11"),
        ("YL-DR-6K", "Roaster drum 6 kg, double wall", 4, "EA", "1980.00", "2026-12-11"),
    ], buyer="ap")
    txt = ("Dear Aisha,\n\n謝謝您的訂單 4500031502，回覆如下：\n\n"
           "第1項 YL-DR-1K：10個，單價 USD 640.00，預計12月11日到貨。\n"
           "第2項 YL-DR-6K：很抱歉，此型號已停產，無法供貨。新款 YL-DR-6KN 的報價我們會另外寄給您。\n\n"
           "Best regards,\n林美玲 Meiling Lin\n揚爐機械股份有限公司\n台中市大雅區中清路四段 168 號\nTel: +886 4 2555 8899\n\n"
           + _oq(po, "Wednesday, November 4, 2026 4:12 PM"))
    h = headers(po, ("林美玲", "meiling.lin@yanglu-roast.example"), "RE: " + subj(po, ""), "2026-11-12 17:45:12", "+0800",
                "<TYZPR06MB6012A3B4C5D6E7F809@TYZPR06MB6012.apcprd06.prod.outlook.example>", cs="big5", enc="B")
    body = mime.text(txt, cs="big5", cte="base64")
    return [po], mime.message(h, body), exp("confirmation", "Line 1 as ordered (12月11日 = requested 2026-12-11); line 2 discontinued = rejected, the successor quote is not a commitment.",
                                          conf(po, {1: "A", 2: "R"}))


@case("dental-burs-korean-arrival", "confirmation/ko-KR",
      "EUC-KR Korean with '12/18 도착 예정' (month/day, no year) as the arrival date for two lines, while the third is deferred to next week.")
def _():
    sup = ("HANDENT", "한덴트 주식회사", "export@handent.example", "ko-KR")
    po = PO("4500031511", sup, "USD", "2026-11-09", [
        ("HD-FG-330", "Carbide bur FG 330, pack of 10", 150, "BOX", "12.50", "2026-12-11"),
        ("HD-DIA-1.4", "Diamond bur 1.4 mm round, pack of 5", 150, "BOX", "8.75", "2026-12-11"),
        ("HD-POL-KIT", "Composite polishing kit, 12 pcs", 20, "SET", "46.00", "2026-12-11"),
    ], buyer="jl")
    txt = ("안녕하세요 Jonas 님,\n\n주문번호 4500031511 확인했습니다.\n"
           "수량과 단가는 주문서대로 진행하며 (FG 330 150박스 USD 12.50, 1.4 mm 150박스 USD 8.75), "
           "1번과 2번 품목은 12/18 도착 예정입니다.\n"
           "3번 품목(연마 키트)은 재고 확인 후 다음 주에 회신드리겠습니다.\n\n감사합니다.\n\n김지현 드림\n해외영업팀 | 한덴트 주식회사\n대구광역시 달서구 성서공단로 11\nTel. +82 53 555 7788\n\n"
           + _oq(po, "Monday, November 9, 2026 5:12 PM"))
    h = headers(po, ("김지현", "jh.kim@handent.example"), "RE: " + subj(po, ""), "2026-11-20 09:05:41", "+0900",
                "<SL2P216MB1234C5D6E7F8A9B0C1@SL2P216MB1234.KORP216.PROD.OUTLOOK.example>", cs="euc-kr", enc="B")
    body = mime.text(txt, cs="euc-kr", cte="base64")
    return [po], mime.message(h, body), exp("confirmation", "'12/18 도착 예정' = arrival 2026-12-18 (Korean month/day, next occurrence after the 20 Nov mail) for lines 1-2, quantities and prices unchanged; line 3 'will reply next week after checking stock' is unconfirmed.",
                                          conf(po, {1: C(150, "12.50", "2026-12-18"), 2: C(150, "8.75", "2026-12-18"), 3: "U"}))


@case("harness-giao-hang-tuan-51", "confirmation/vi-VN",
      "Vietnamese 'giao hàng tuần 51' gives only a week number, which means Friday 2026-12-18.")
def _():
    sup = ("ANTOAN", "Công ty TNHH Thiết bị An Toàn Việt", "sales@antoanviet.example", "vi-VN")
    po = PO("4500031519", sup, "USD", "2026-11-05", [
        ("AV-HAR-FB-L", "Full body harness size L, 5 D-rings", 100, "EA", "58.00", "2026-12-11"),
        ("AV-SEAT-3/4", "Bosun seat 3/4 plywood, 2027 model", 40, "EA", "27.00", "2026-12-11"),
    ], buyer="ap")
    txt = ("Kính gửi chị Aisha,\n\nChúng tôi xác nhận đơn hàng số 4500031519: số lượng và đơn giá đúng như đơn đặt hàng "
           "(100 bộ x 58,00 USD; 40 cái x 27,00 USD), giao hàng tuần 51.\n\n"
           "Trân trọng,\nNguyễn Thị Hương\nPhòng Kinh doanh\nCông ty TNHH Thiết bị An Toàn Việt\nKCN Sóng Thần, Dĩ An, Bình Dương\nĐT: +84 274 555 1234\n\n"
           "Vào Th 5, 5 thg 11, 2026 lúc 15:12 Aisha Patel <aisha.patel@meridian-supply.example> đã viết:\n" + gt(req_text(po)))
    h = headers(po, ("Nguyễn Thị Hương", "huong.nt@antoanviet.example"), "Re: " + subj(po, ""), "2026-11-13 14:20:09", "+0700",
                "<CAHv8rT2xQ9mL4nB6cZ1yW3eD7fK5gJ0sU_pA2oR9iV4tX8@mail.gmail.example>")
    body = mime.alt(mime.text(txt), mime.html("<div dir=\"ltr\">" + esc(txt).replace("\n", "<br>") + "</div>"), style="gmail")
    return [po], mime.message(h, body), exp("confirmation", "'tuần 51' without a weekday = Friday of ISO week 51 = 2026-12-18 for both lines; quantities and prices as ordered.",
                                          conf(po, {1: C(100, "58.00", "2026-12-18"), 2: C(40, "27.00", "2026-12-18")}))


@case("cones-thai-buddhist-year", "confirmation/th-TH",
      "TIS-620 Thai with the Buddhist-era year (9 ธ.ค. 2569 = 2026-12-09) and a new price on one line.")
def _():
    sup = ("SIAMCONE", "Siam Cone Co., Ltd.", "sales@siamcone.example", "th-TH")
    po = PO("4500031526", sup, "THB", "2026-11-04", [
        ("SC-CONE-110", "Wafer cone no. 110, carton 12x24", 300, "BOX", "540.00", "2026-12-09"),
        ("SC-CUP-2/3", "Cake cup 2/3 scoop, carton 1,000 pcs", 100, "BOX", "1120.00", "2026-12-09"),
    ], buyer="jl")
    txt = ("เรียน คุณ Jonas\n\nบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031526 ดังนี้\n"
           "1. SC-CONE-110 จำนวน 300 กล่อง ราคา 540.00 บาท/กล่อง\n"
           "2. SC-CUP-2/3 จำนวน 100 กล่อง ราคาใหม่ 1,180.00 บาท/กล่อง\n"
           "ส่งของวันที่ 9 ธ.ค. 2569 ทั้งสองรายการ\n\n"
           "ขอแสดงความนับถือ\nสมศรี ใจดี\nฝ่ายขาย Siam Cone Co., Ltd.\nนิคมอุตสาหกรรมบางปู สมุทรปราการ\nโทร 02-555-6789\n\n"
           + _oq(po, "Wednesday, November 4, 2026 3:12 PM"))
    h = headers(po, ("Somsri Jaidee", "somsri@siamcone.example"), "RE: " + subj(po, ""), "2026-11-11 13:55:20", "+0700",
                "<000901dd73a9$2b4c6d80$81e54880$@siamcone.example>")
    body = mime.text(txt, cs="tis-620", cte="base64")
    return [po], mime.message(h, body), exp("confirmation", "9 ธ.ค. 2569 is 9 Dec 2026 (Buddhist era 2569 - 543); line 1 as ordered, line 2 new price 1,180.00 THB.",
                                          conf(po, {1: "A", 2: C(100, "1180.00", "2026-12-09")}))


@case("kiteboards-sebelum-natal", "needs_review/id-ID",
      "A friendly but vague 'we will try to ship before Christmas, price may rise a little' with no firm date or price.")
def _():
    sup = ("BALIKITE", "PT Bali Kite Nusantara", "order@balikite.example", "id-ID")
    po = PO("4500031533", sup, "USD", "2026-11-06", [
        ("BN-TT-139", "Twin-tip board 139x42 cm, bamboo core", 15, "EA", "310.00", "2026-12-15"),
        ("BN-FIN-4/3", "Fin set 4/3 cm, G10", 30, "SET", "18.00", "2026-12-15"),
    ], buyer="ap")
    txt = ("Halo Bu Aisha,\n\nTerima kasih atas PO 4500031533. Kami usahakan kirim sebelum Natal ya, "
           "tapi bambunya masih dikeringkan. Harga mungkin naik sedikit karena ongkos kirim, nanti kami kabari.\n\n"
           "Salam,\nWayan Sudarma\nPT Bali Kite Nusantara\nJl. By Pass Ngurah Rai 88, Sanur, Bali\nWA +62 812 5555 0192\n\n"
           "Sent from my Android\n\n"
           "On Fri, Nov 6, 2026, 16:12 Aisha Patel <aisha.patel@meridian-supply.example> wrote:\n" + gt(req_text(po)))
    h = headers(po, ("Wayan Sudarma", "wayan@balikite.example"), "Re: " + subj(po, ""), "2026-11-14 21:03:33", "+0800",
                "<CAPz1Kq9wE3rT5yU7iO9pA2sD4fG6hJ8kL0zX1cV3bN5mQw@mail.gmail.example>")
    body = mime.alt(mime.text(txt), mime.html("<div dir=\"auto\">" + esc(txt).replace("\n", "<br>") + "</div>"), style="gmail")
    return [po], mime.message(h, body), exp("needs_review", "'Kami usahakan kirim sebelum Natal' (we'll try before Christmas) and 'price may rise a little' - neither a date nor a price is committed.")


@case("glove-ports-csv", "confirmation/ms-MY",
      "The Malay body only confirms and points to a CSV attachment whose rows carry the values; one O-ring price differs and dates are dd/mm/yyyy.")
def _():
    sup = ("MALGLOVE", "Malglove Industries Sdn. Bhd.", "sales@malglove.example", "ms-MY")
    po = PO("4500031540", sup, "USD", "2026-11-05", [
        ("MG-NBR-8", "Nitrile glovebox glove, 8 in. port, size 9", 60, "PAIR", "38.00", "2026-12-14"),
        ("MG-BTL-10", "Butyl glovebox glove, 10 in. port, size 10", 40, "PAIR", "46.50", "2026-12-14"),
        ("MG-OR-220", "O-ring set for 220 mm port", 30, "SET", "12.00", "2026-12-14"),
    ], buyer="ap")
    csv = ("PO No,Line,Item,Description,Qty,UOM,Unit Price (USD),Delivery Date\r\n"
           "4500031540,1,MG-NBR-8,\"Nitrile glovebox glove, 8 in. port, size 9\",60,PAIR,38.00,14/12/2026\r\n"
           "4500031540,2,MG-BTL-10,\"Butyl glovebox glove, 10 in. port, size 10\",40,PAIR,46.50,14/12/2026\r\n"
           "4500031540,3,MG-OR-220,O-ring set for 220 mm port,30,SET,12.80,14/12/2026\r\n").encode("ascii")
    txt = ("Salam sejahtera Cik Aisha,\n\nKami sahkan pesanan 4500031540. Sila rujuk fail CSV yang dilampirkan untuk butiran setiap baris "
           "(kuantiti, harga dan tarikh penghantaran).\n\n"
           "Terima kasih.\n\nNur Aisyah binti Rahman\nJabatan Jualan | Malglove Industries Sdn. Bhd.\nLot 22, Kawasan Perindustrian Klang, 41050 Klang, Selangor\n"
           "Tel: +60 3-5555 2211\n\n" + _oq(po, "Thursday, November 5, 2026 4:12 PM"))
    h = headers(po, ("Nur Aisyah Rahman", "aisyah@malglove.example"), "RE: " + subj(po, ""), "2026-11-12 11:30:05", "+0800",
                "<KL1PR0401MB6543D2E1F0A9B8C7D6@KL1PR0401MB6543.apcprd04.prod.outlook.example>")
    body = mime.mixed(mime.text(txt, cs="us-ascii", cte="7bit"),
                      mime.attachment(csv, "text/csv", "SO-4500031540.csv", cte="base64"), style="outlook")
    return [po], mime.message(h, body), exp("confirmation", "Values only in the CSV: lines 1-2 as ordered, line 3 unit price 12.80 instead of 12.00; 14/12/2026 day-first.",
                                          conf(po, {1: "A", 2: "A", 3: C(30, "12.80", "2026-12-14")}))


@case("camel-saddles-hinglish", "confirmation/hi-IN",
      "Hindi mixed with English gives both a dispatch date (08/12/2026) and a delivery date (15/12/2026); the delivery date wins and equals the PO.")
def _():
    sup = ("MARUSADDLE", "Maru Saddlery Works", "orders@marusaddlery.example", "hi-IN")
    po = PO("4500031547", sup, "INR", "2026-11-06", [
        ("MS-SAD-TRAD", "Camel saddle traditional, sheesham wood frame", 15, "EA", "8500.00", "2026-12-15"),
        ("MS-GIRTH-1.5", "Girth strap 1.5 m, cotton", 30, "EA", "650.00", "2026-12-15"),
    ], buyer="ap")
    txt = ("नमस्ते Aisha जी,\n\nआपका PO 4500031547 हम confirm करते हैं:\n\n"
           "Item 1 - 15 saddles @ ₹8,500 each (कुल ₹1,27,500)\n"
           "Item 2 - 30 girth straps @ ₹650 each\n\n"
           "दोनों items का dispatch 08/12/2026 को होगा, delivery आपके warehouse पर 15/12/2026 तक।\n\n"
           "धन्यवाद,\nरमेश चौधरी\nMaru Saddlery Works, Bikaner, Rajasthan\nMob. +91 98290 55512\n\n"
           "On Fri, 6 Nov 2026 at 14:42, Aisha Patel <aisha.patel@meridian-supply.example> wrote:\n" + gt(req_text(po)))
    h = headers(po, ("रमेश चौधरी", "ramesh@marusaddlery.example"), "Re: " + subj(po, ""), "2026-11-13 12:15:44", "+0530",
                "<CAN4uJx7bW2eR9tY1uI3oP5aS7dF9gH1jK3lZ5xC7vB9nM1@mail.gmail.example>")
    body = mime.alt(mime.text(txt, cte="base64"), mime.html("<div dir=\"ltr\">" + esc(txt).replace("\n", "<br>") + "</div>", cte="base64"), style="gmail")
    return [po], mime.message(h, body), exp("confirmation", "Dispatch 08/12/2026 vs delivery 15/12/2026: the delivery date wins and equals the PO, so both lines are accepted; '₹1,27,500' uses Indian digit grouping.",
                                          conf(po, {1: "A", 2: "A"}))


@case("cricket-helmets-18-dec-26", "confirmation/en-IN",
      "Dates written '18-Dec-26' (two-digit year) and a junior line cut to 50 pcs; 'nos.' as the unit.")
def _():
    sup = ("SPORTMEERUT", "Meerut Sports Industries Pvt. Ltd.", "export@meerutsports.example", "en-IN")
    po = PO("4500031555", sup, "USD", "2026-11-04", [
        ("MSI-HLM-SR-M", "Cricket helmet senior M, titanium grille", 120, "EA", "34.00", "2026-12-11"),
        ("MSI-HLM-JR-S", "Cricket helmet junior S, steel grille, 2027", 80, "EA", "26.50", "2026-12-11"),
        ("MSI-NG-4/3", "Neck guard 4/3 clip-on", 200, "EA", "5.20", "2026-12-11"),
    ], buyer="jl")
    txt = ("Dear Jonas,\n\nGreetings from Meerut Sports!\n\nKindly find our confirmation against your PO No. 4500031555:\n\n"
           "Item 1 & Item 3 - qty and rate OK, delivery 18-Dec-26.\n"
           "Item 2 - junior steel grille helmets: due to grille shortage we can supply only 50 nos. @ USD 26.50, delivery 18-Dec-26.\n\n"
           "Please revert in case of any query.\n\nThanks & Regards,\nVikram Sharma\nManager - Exports\nMeerut Sports Industries Pvt. Ltd.\n"
           "Sports Goods Complex, Delhi Road, Meerut - 250002 (U.P.)\nMob: +91 98370 55541\n\n" + _oq(po, "Wednesday, November 4, 2026 1:42 PM"))
    h = headers(po, ("Vikram Sharma", "vikram@meerutsports.example"), "RE: " + subj(po, ""), "2026-11-10 16:42:10", "+0530",
                "<PN3PR01MB8765A4B3C2D1E0F9A8@PN3PR01MB8765.INDPRD01.PROD.OUTLOOK.example>")
    body = mime.text(txt, cs="us-ascii", cte="7bit")
    return [po], mime.message(h, body), exp("confirmation", "'18-Dec-26' = 2026-12-18 for all lines; line 2 quantity cut to 50; lines 1 and 3 otherwise as ordered.",
                                          conf(po, {1: C(120, "34.00", "2026-12-18"), 2: C(50, "26.50", "2026-12-18"), 3: C(200, "5.20", "2026-12-18")}))


@case("mining-harness-karabiner-packs", "confirmation/en-ZA",
      "Karabiners ordered per piece are priced per pack of 10 (R980,00 per pack), so the unit price is 98.00; the third line is silently skipped.")
def _():
    sup = ("SAFEROPE", "SafeRope SA (Pty) Ltd", "sales@saferope.example", "en-ZA")
    po = PO("4500031562", sup, "ZAR", "2026-11-05", [
        ("SR-HRN-MINE", "Mining harness with 12x20 mm back pad", 50, "EA", "1850.00", "2026-12-09"),
        ("SR-KAR-25", "Steel karabiner 25 kN, screwgate", 200, "EA", "95.00", "2026-12-09"),
        ("SR-PROT-1.5", "Rope protector 1.5 m, PVC-coated", 40, "EA", "210.00", "2026-12-09"),
    ], buyer="jl")
    txt = ("Hi Jonas\n\nThanks for the order, herewith our acknowledgement:\n\n"
           "1. Mining harness - 50 ea @ R1 850,00, delivery 9 December.\n"
           "2. Karabiners 25 kN - these are sold in packs of 10 only, at R980,00 per pack. 20 packs = 200 pcs, delivery 9 December.\n\n"
           "Cheers\nThabo Nkosi\nSafeRope SA (Pty) Ltd | 14 Electron Ave, Isando, Kempton Park, 1600\nTel +27 11 555 0314\n\n"
           "DISCLAIMER: This message is subject to the SafeRope e-mail legal notice available on request.\n\n"
           + _oq(po, "Thursday, November 5, 2026 10:12 AM"))
    h = headers(po, ("Thabo Nkosi", "thabo@saferope.example"), "RE: " + subj(po, ""), "2026-11-11 08:33:17", "+0200",
                "<JNAP275MB0455F7E6D5C4B3A291@JNAP275MB0455.ZAFP275.PROD.OUTLOOK.example>")
    body = mime.text(txt, cs="us-ascii", cte="7bit")
    return [po], mime.message(h, body), exp("confirmation", "R980,00 per pack of 10 = 98.00 ZAR per EA (changed price, quantity 200 unchanged); line 1 as ordered; '9 December' = 2026-12-09; line 3 (rope protectors) is never mentioned, so unconfirmed.",
                                          conf(po, {1: "A", 2: C(200, "98.00", "2026-12-09"), 3: "U"}))


@case("lighthouse-bulbs-voltage-question", "needs_review/en-AU",
      "The supplier asks whether we want the 24V or 12V version and mentions two possible lead times, committing to nothing.")
def _():
    sup = ("BEACONAU", "Beacon Lamps Australia Pty Ltd", "orders@beaconlamps.example", "en-AU")
    po = PO("4500031570", sup, "AUD", "2026-11-06", [
        ("BL-LED-24V-60", "Marine lantern LED 24V 60 W, 2027", 16, "EA", "412.00", "2026-12-14"),
        ("BL-HAL-1000", "Halogen lighthouse lamp 1000 W, P40s", 10, "EA", "268.00", "2026-12-14"),
    ], buyer="jl")
    txt = ("G'day Jonas,\n\nQuick one before we lock this in - your PO says 24V for the LED lanterns but the drawing attached to your RFQ "
           "showed 12V. Which one do you want? 24V we could do by 14/12, 12V would be more like 21/12.\n"
           "Once we know, we'll send the acknowledgement for the whole order.\n\nCheers,\nBrooke Mitchell\nBeacon Lamps Australia Pty Ltd\n3/27 Boundary Rd, Carole Park QLD 4300\nPh (07) 5555 2190\n\n"
           "On 6 Nov 2026, at 6:12 pm, Jonas Lindqvist <jonas.lindqvist@meridian-supply.example> wrote:\n\n" + gt(req_text(po)))
    h = headers(po, ("Brooke Mitchell", "brooke@beaconlamps.example"), "Re: " + subj(po, ""), "2026-11-10 11:40:26", "+1000",
                "<8C2D4E6F-1A3B-4C5D-9E7F-0A1B2C3D4E5F@beaconlamps.example>", extra=[("X-Mailer", "iPhone Mail (22B91)")])
    body = mime.text(txt, cs="us-ascii", cte="7bit")
    return [po], mime.message(h, body), exp("needs_review", "Open question (24V or 12V) with two conditional dates; the acknowledgement for the whole order is explicitly deferred until we answer.")


@case("snow-fence-whole-order-declined", "confirmation/en-NZ",
      "The supplier declines the whole order (plant closed until February) - a rejection is still an answer, so every line is rejected.")
def _():
    sup = ("ALPINEFENCE", "Alpine Fence NZ Ltd", "sales@alpinefence.example", "en-NZ")
    po = PO("4500031578", sup, "NZD", "2026-11-05", [
        ("AF-SNOW-1.8", "Snow fence mesh 1.8 m x 30 m", 30, "ROL", "245.00", "2026-12-10"),
        ("AF-WARA-2.4", "Waratah steel post 2.4 m", 300, "PCS", "14.90", "2026-12-10"),
    ], buyer="jl")
    txt = ("Kia ora Jonas,\n\nThanks for thinking of us. Unfortunately we're unable to supply PO 4500031578 - our extrusion line is shut "
           "for an upgrade until February and we have no stock of the 1.8 m mesh or the 2.4 m waratahs. Sorry we can't help this time.\n\n"
           "Ngā mihi,\nAroha Parata\nAlpine Fence NZ Ltd | 22 Hautapu Rd, Cambridge 3493\nPh 07 555 8823\n\n"
           "On Thu, 5 Nov 2026 at 21:12, Jonas Lindqvist <jonas.lindqvist@meridian-supply.example> wrote:\n" + gt(req_text(po)))
    h = headers(po, ("Aroha Parata", "aroha@alpinefence.example"), "Re: " + subj(po, ""), "2026-11-09 09:14:51", "+1300",
                "<CAE2pXk1vN8bM3qW5eR7tY9uI1oP3aS5dF7gH9jK1lZ3xCv@mail.gmail.example>")
    body = mime.alt(mime.text(txt), mime.html("<div dir=\"ltr\">" + esc(txt).replace("\n", "<br>") + "</div>"), style="gmail")
    return [po], mime.message(h, body), exp("confirmation", "Whole PO declined: both lines rejected; 'until February' is not a delivery date.",
                                          conf(po, {1: "R", 2: "R"}))


@case("trolleys-will-revert-eta", "needs_review/en-SG",
      "A short 'noted, will revert with ETA' reply that repeats our quantities but commits to no date.")
def _():
    sup = ("MEDITROLL", "MediTroll Pte Ltd", "sales@meditroll.example", "en-SG")
    po = PO("4500031585", sup, "SGD", "2026-11-06", [
        ("MT-ISO-3T", "Isolation trolley 3 tier, 600x450 mm", 12, "EA", "520.00", "2026-12-16"),
        ("MT-LIN-24V", "Linen trolley with 24V UV lamp", 4, "EA", "1380.00", "2026-12-16"),
    ], buyer="ap")
    txt = ("Hi Aisha,\n\nNoted on the 12 + 4 units. Will check with our factory in Johor and revert with ETA by early next week.\n\n"
           "Thanks & regards,\nJasmine Tan\nMediTroll Pte Ltd | 10 Ubi Crescent #05-21 Singapore 408564\nDID +65 6555 3021\n\n"
           + _oq(po, "Friday, November 6, 2026 4:12 PM"))
    h = headers(po, ("Jasmine Tan", "jasmine.tan@meditroll.example"), "RE: " + subj(po, ""), "2026-11-10 10:02:48", "+0800",
                "<SG2PR04MB5123B1C2D3E4F5A6B7@SG2PR04MB5123.apcprd04.prod.outlook.example>")
    body = mime.text(txt, cs="us-ascii", cte="7bit")
    return [po], mime.message(h, body), exp("needs_review", "'Noted ... will revert with ETA': quantities only acknowledged, no price or date committed.")


@case("casks-two-pos-answered", "confirmation/en-IE",
      "One reply answers two POs at once with dd/mm dates; one line of the first PO slips a week.")
def _():
    sup = ("COOPERAGE", "Midleton Cooperage Ltd", "orders@midletoncooperage.example", "en-IE")
    p1 = PO("4500031593", sup, "EUR", "2026-11-03", [
        ("MC-BBN-200", "Ex-bourbon barrel 200 L, first fill", 40, "EA", "165.00", "2026-12-04"),
        ("MC-STV-2027", "Spare stave set, 2027 batch", 10, "SET", "85.00", "2026-12-04"),
    ])
    p2 = PO("4500031598", sup, "EUR", "2026-11-05", [
        ("MC-HHD-250", "Hogshead 250 L, re-charred no. 3", 16, "EA", "290.00", "2026-12-11"),
    ])
    txt = ("Hi Katrin,\n\nAnswering both your POs in one go:\n\n"
           "4500031593 - 40 bourbon barrels confirmed @ EUR 165.00 for 04/12. The stave sets won't be ready until 11/12, same price.\n"
           "4500031598 - 16 hogsheads confirmed @ EUR 290.00, delivery 11/12.\n\n"
           "Thanks a mil,\nSeán O'Donovan\nMidleton Cooperage Ltd | Distillery Walk, Midleton, Co. Cork, P25 Y394\nT +353 21 555 4410\n\n"
           + _oq(p2, "05 November 2026 08:12"))
    h = headers(p2, ("Seán O'Donovan", "sean.odonovan@midletoncooperage.example"), "RE: POs 4500031593 / 4500031598", "2026-11-12 15:18:02", "+0000",
                "<DB8PR03MB6120E7D6C5B4A39281@DB8PR03MB6120.eurprd03.prod.outlook.example>", cs="iso-8859-1", enc="Q",
                refs=p1["request_message_id"] + "\n " + p2["request_message_id"])
    body = mime.text(txt, cs="iso-8859-1", cte="quoted-printable")
    return [p1, p2], mime.message(h, body), exp("confirmation", "Both POs answered: 4500031593 line 1 as ordered, line 2 moved to 11/12 = 2026-12-11; 4500031598 as ordered. Dates are dd/mm (Irish).",
                                              conf(p1, {1: "A", 2: C(10, "85.00", "2026-12-11")}), conf(p2, {1: "A"}))


@case("lane-oil-ship-12-4", "confirmation/en-US",
      "Only a US month-first ship date '12/4' is given (no delivery date), which becomes the committed date for both lines.")
def _():
    sup = ("STRIKEPRO", "StrikePro Lane Supply Inc.", "orders@strikeprolane.example", "en-US")
    po = PO("4500031604", sup, "USD", "2026-11-05", [
        ("SP-LO-5G", "Lane oil 5 gal pail, 22 ft pattern", 24, "EA", "189.00", "2026-12-08"),
        ("SP-CL-1G", "Lane cleaner 1 gal, 4/case", 12, "BOX", "64.00", "2026-12-08"),
    ], buyer="tr")
    txt = ("Hi Tomas,\n\nBoth lines confirmed at your pricing. Will ship 12/4 via FedEx Freight, tracking to follow.\n\n"
           "Thanks!\nKyle Brandt\nInside Sales | StrikePro Lane Supply Inc.\n4410 W Industrial Pkwy, Grand Rapids, MI 49544\n(616) 555-0172\n\n"
           "On Thu, Nov 5, 2026 at 3:12 AM Tomás Reyes <tomas.reyes@meridian-supply.example> wrote:\n\n" + gt(req_text(po)))
    h = headers(po, ("Kyle Brandt", "kbrandt@strikeprolane.example"), "Re: " + subj(po, ""), "2026-11-09 13:27:40", "-0500",
                "<CAGm3oZ5yK8tR1qW4eP7aS0dF3gH6jK9lZ2xC5vB8nM1qW4@mail.gmail.example>")
    body = mime.alt(mime.text(txt), mime.html("<div dir=\"ltr\">" + esc(txt).replace("\n", "<br>") + "</div>"), style="gmail")
    return [po], mime.message(h, body), exp("confirmation", "Ship date only: '12/4' month-first = 2026-12-04 is the date for both lines (earlier than the requested 12/8); quantities and prices as ordered.",
                                          conf(po, {1: C(24, "189.00", "2026-12-04"), 2: C(12, "64.00", "2026-12-04")}))


@case("bagpipe-bags-flate-pdf-split", "confirmation/en-GB",
      "Body and a Flate-compressed PDF acknowledgement agree that the hide bags come 10 on 7 December and 5 on 18 December.")
def _():
    sup = ("PIPEBAGS", "Clyde Pipe Bags Ltd", "orders@clydepipebags.example", "en-GB")
    po = PO("4500031611", sup, "GBP", "2026-11-04", [
        ("CP-BAG-GORE-L", "Gore-Tex pipe bag, large, 4/3 drone layout", 25, "EA", "96.00", "2026-12-07"),
        ("CP-BAG-HIDE-M", "Hide bag medium, seasoned", 15, "EA", "118.00", "2026-12-07"),
        ("CP-COV-TARTAN", "Bag cover, tartan, 2027 range", 40, "EA", "34.50", "2026-12-07"),
    ], buyer="tr")
    pdf = make_pdf([(14, "Clyde Pipe Bags Ltd"), "Unit 4, Clydeside Workshops, Glasgow G3 8QQ   VAT GB 123 4567 89", "",
                    (12, "SALES ORDER ACKNOWLEDGEMENT  SOA-118204"), "Customer PO: 4500031611    Date: 11/11/2026", "",
                    "Ln  Item            Description                           Qty   UoM  Price GBP  Delivery",
                    "1   CP-BAG-GORE-L   Gore-Tex pipe bag, large, 4/3 drones   25    EA      96.00  07/12/2026",
                    "2   CP-BAG-HIDE-M   Hide bag medium, seasoned              10    EA     118.00  07/12/2026",
                    "                                                            5    EA     118.00  18/12/2026",
                    "3   CP-COV-TARTAN   Bag cover, tartan, 2027 range          40    EA      34.50  07/12/2026",
                    "", "Goods total GBP 5,550.00 excl. VAT"], compress=True, title="SOA-118204",
                   producer="Sage 200 Report Designer", date="20261111113000+00'00'")
    txt = ("Dear Tomás,\n\nPlease find our acknowledgement attached. All as ordered except the hide bags: seasoned hides are short, "
           "so 10 go out for 7 December and the remaining 5 on 18 December.\n\n"
           "Kind regards,\nFiona MacLeod\nClyde Pipe Bags Ltd\n0141 555 2290\n\n" + _oq(po, "04 November 2026 08:12"))
    h = headers(po, ("Fiona MacLeod", "fiona@clydepipebags.example"), "RE: " + subj(po, ""), "2026-11-11 11:42:03", "+0000",
                "<LO2P265MB3344B2C3D4E5F6A7B8@LO2P265MB3344.GBRP265.PROD.OUTLOOK.example>")
    body = mime.mixed(mime.alt(mime.text(txt, cs="iso-8859-1"), mime.html("<html><body>" + esc(txt).replace("\n", "<br>") + "</body></html>", cs="iso-8859-1"), style="outlook"),
                      mime.attachment(pdf, "application/pdf", "SOA-118204.pdf"), style="outlook")
    return [po], mime.message(h, body), exp("confirmation", "Line 2 split 10 + 5 (schedule, last date 2026-12-18); lines 1 and 3 as ordered; PDF text is Flate-compressed. Total 25x96 + 15x118 + 40x34.50 = 5,550.00.",
                                          conf(po, {1: "A", 2: C(15, "118.00", "2026-12-18", [(10, "2026-12-07"), (5, "2026-12-18")]), 3: "A"}))
