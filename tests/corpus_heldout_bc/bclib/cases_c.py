"""Cases 037-053."""
from . import mime
from .common import L, ans, case, conf, other, po, quote_block, reply, req_subject, sup, tz_of


@case("nutrients-arabic-advance-payment-condition", "needs_review/ar-AE",
      "Arabic/English reply that would supply as ordered but only 'subject to 50% advance payment' and asks us to accept")
def c037():
    s = sup("GREENDUNE", "Green Dune Agri Trading LLC", "sales@greendune.example", "ar-AE")
    p = po("4500081742", s, "AED", "2026-11-18", [
        L("HN-VEG-1000", "Hydroponic vegetative nutrient 3-part, 1000 L IBC", 4, "EA", "3150.00", "2026-12-10"),
        L("HN-EC-CAL", "EC calibration solution 1.413 mS/cm, 500 ml", 50, "EA", "38.00", "2026-12-10"),
    ])
    body = ("Dear Mara,\n\nشكراً لكم على طلب الشراء رقم 4500081742.\n\n"
            "We can supply the order as requested (quantities and prices as per PO) for delivery on 10/12/2026, "
            "subject to 50% advance payment (دفعة مقدمة 50%) before dispatch, as your account has exceeded its credit limit.\n\n"
            "يرجى تأكيد الموافقة على شروط الدفع حتى نتمكن من تحرير الطلب.\n"
            "Kindly confirm acceptance of these payment terms so that we can release the order.\n\n"
            "Best regards / مع أطيب التحيات")
    sig = ("Omar Al Hashimi\nSales Coordinator\nGreen Dune Agri Trading LLC\nWarehouse 14, Al Quoz Industrial Area 3, Dubai, UAE\n"
           "Tel: +971 4 555 3812 | Mob: +971 50 555 7741")
    eml = reply(p, frm=("Omar Al Hashimi", "sales@greendune.example"), date="2026-11-27 16:22:40 +0400", body=body,
                sig=sig, client="outlook", lang="en_gb", content_lang="en-US", charset="windows-1256")
    return [p], eml, other(
        "needs_review", "The supplier makes supply conditional on a new payment term (50 % advance) and asks us to accept it; "
                        "until we agree there is no commitment, even though quantities/prices/date would match the PO.")


@case("ortho-brackets-japanese-per-box-price", "confirmation/ja-JP",
      "Shift_JIS base64 Japanese order acceptance quoting the price per box of 10 ('1箱(10個入) 1,150円') on a PO priced per piece")
def c038():
    s = sup("KYOSEI", "株式会社矯正マテリアル", "juchu@kyosei-mat.example", "ja-JP")
    p = po("4500081750", s, "JPY", "2026-11-19", [
        L("OB-MBT-U7", "Metal bracket MBT .022, upper 7 (U7), single", 200, "EA", "120", "2026-12-18"),
        L("OB-LIG-CLR", "Elastic ligatures clear, 1,024 pcs per box", 30, "BOX", "1850", "2026-12-18"),
    ], buyer="priya")
    body = ("Larkspur Trading Co.\nPriya Raman 様\n\nいつもお世話になっております。\n矯正マテリアル営業部の佐藤でございます。\n\n"
            "ご注文番号 4500081750 につきまして、下記のとおりお請けいたします。\n\n"
            "1. ブラケット MBT .022 U7：200個、単価 1箱(10個入) 1,150円、納期 2026年12月18日\n"
            "2. エラスティックリガチャー クリア：30箱、単価 1,850円、納期 2026年12月18日\n\n"
            "何卒よろしくお願い申し上げます。")
    sig = ("━━━━━━━━━━━━━━━━━━\n株式会社矯正マテリアル 営業部\n佐藤 健一\n〒532-0011 大阪市淀川区西中島5-14-10\n"
           "TEL 06-5555-2140 / FAX 06-5555-2141\n━━━━━━━━━━━━━━━━━━")
    eml = reply(p, frm=("佐藤 健一", "juchu@kyosei-mat.example"), date="2026-11-30 11:03:25 +0900", body=body, sig=sig,
                client="outlook_classic", xmailer="Microsoft Outlook 16.0", charset="shift_jis", cte="base64",
                html=False, quote="outlook", lang="en", content_lang="ja")
    return [p], eml, conf(ans(p, {1: {"p": "115"}, 2: "A"}),
                          notes="Line 1 price is per box of 10 pieces: 1,150 JPY / 10 = 115 JPY per EA (PO 120) -> changed; "
                                "200 pieces and 2026年12月18日 as ordered. Line 2 as ordered.")


@case("photo-paper-chinese-foxmail", "confirmation/zh-CN",
      "GB2312 Foxmail reply: '第2项 暂无库存，无法供货' rejection and '2027年1月8日' for line 3 with a new price")
def c039():
    s = sup("XIANGZHI", "宁波光影相纸有限公司", "sales@gyxz.example", "zh-CN")
    p = po("4500081766", s, "CNY", "2026-11-19", [
        L("PP-A4-230", "Photo paper A4, 230 g/m2 high gloss, 20 sheets/pack", 1000, "EA", "6.80", "2026-12-25"),
        L("PP-4R-RC", "Photo paper 4R (4x6 in) RC, 100 sheets", 400, "EA", "9.50", "2026-12-25"),
        L("PP-A3-MAT", "Matte photo paper A3, 190 g/m2, 50 sheets", 200, "EA", "28.00", "2026-12-25"),
    ])
    body = ("Mara 您好：\n\n贵司订单 4500081766 确认如下：\n\n"
            "第1项：A4 高光相纸 230g，1000包，单价 6.80 元，交货日期 2026年12月25日。\n"
            "第2项：4R 相纸暂无库存，无法供货，抱歉。\n"
            "第3项：A3 哑光相纸，200包，单价 29.50 元（原纸涨价），交货日期 2027年1月8日。\n\n"
            "谢谢！\n\n王丽\n宁波光影相纸有限公司 外贸部\n电话：0574-5555 8120\n地址：浙江省宁波市鄞州区工业园区 88 号")
    eml = reply(p, frm=("王丽", "sales@gyxz.example"), date="2026-12-01 09:48:12 +0800", body=body,
                client="foxmail", xmailer="Foxmail 7.2.25.375[cn]", charset="gb2312", cte="base64", html=False,
                quote="outlook", lang="en", re_prefix="回复:")
    return [p], eml, conf(ans(p, {1: "A", 2: "R", 3: {"p": "29.50", "d": "2027-01-08"}}),
                          notes="Line 1 as ordered; line 2 no stock, cannot supply -> rejected; line 3 price 29.50 and date "
                                "2027-01-08. Mail dated 1 Dec 2026.")


@case("wooden-toys-taiwan-roc-dates", "confirmation/zh-TW",
      "Big5 reply with Minguo (ROC) calendar dates '115/12/18' and '116/01/15' (year 115 = 2026)")
def c040():
    s = sup("MUWANJU", "木玩具實業股份有限公司", "export@muwanju.example", "zh-TW")
    p = po("PO-26-0702", s, "USD", "2026-11-19", [
        L("WT-ABACUS-10", "Wooden abacus 10 rows, 30x22 cm", 300, "EA", "4.60", "2026-12-18"),
        L("WT-XYLO-8", "Xylophone 8 tones, 2027 colour set", 200, "EA", "7.20", "2026-12-18"),
    ], buyer="jonas")
    body = ("Jonas 先生您好：\n\n訂單 PO-26-0702 確認如下：\n\n"
            "1. 木製算盤 10 行：300 個，單價 USD 4.60，交期 115/12/18（民國年）。\n"
            "2. 八音木琴：200 個，單價 USD 7.50，交期 116/01/15。\n\n"
            "謝謝，\n\n林雅婷 Tina Lin\n木玩具實業股份有限公司 業務部\n台中市大雅區中清路 3 段 120 號\nTel: +886-4-2555-7812")
    eml = reply(p, frm=("林雅婷", "export@muwanju.example"), date="2026-12-01 15:30:44 +0800", body=body,
                client="outlook_classic", xmailer="Microsoft Outlook 16.0", charset="big5", cte="base64", html=False,
                quote="outlook", lang="en", re_prefix="回覆:")
    return [p], eml, conf(ans(p, {1: "A", 2: {"p": "7.50", "d": "2027-01-15"}}),
                          notes="Taiwanese Minguo years: 115/12/18 = 2026-12-18 (as requested), 116/01/15 = 2027-01-15; line 2 price "
                                "7.50 vs 7.20.")


@case("salt-lamps-korean-html-only", "confirmation/ko-KR",
      "HTML-only EUC-KR mail: Korean spaced date '2026. 12. 11.' and a reduced quantity on item 2 stated in a sentence")
def c041():
    s = sup("SOGEUMDEUNG", "(주)소금등코리아", "order@sogeum.example", "ko-KR")
    p = po("4500081781", s, "USD", "2026-11-20", [
        L("SL-BOWL-3", "Salt lamp bowl with massage stones 3 kg, dimmer 15W", 150, "EA", "11.20", "2026-12-11"),
        L("SL-PYR-20", "Salt pyramid lamp 20 cm, E14", 100, "EA", "8.40", "2026-12-11"),
    ])
    html = ("<div style=\"font-family:'맑은 고딕';font-size:10pt\">"
            "<p>안녕하세요, Mara 님.</p>"
            "<p>발주서 4500081781 확인했습니다.</p>"
            "<p>1번 품목(소금 볼 램프 3 kg)은 요청하신 수량, 단가, 납기대로 진행하겠습니다.<br>"
            "2번 품목(피라미드 램프 20 cm)은 원석 재고 부족으로 80개만 가능합니다. 단가는 동일합니다.</p>"
            "<p><b>납기일: 2026. 12. 11.</b> (두 품목 모두)</p>"
            "<p>감사합니다.<br>김민준 드림</p>"
            "<p style=\"color:#666\">(주)소금등코리아 해외영업팀<br>서울특별시 금천구 가산디지털1로 168<br>Tel. 02-555-7120</p>"
            "</div><br><hr>")
    qt, qh = quote_block(p, "outlook", "en", tz=tz_of("+0900"))
    eml = reply(p, frm=("김민준", "order@sogeum.example"), date="2026-12-02 10:14:09 +0900", body="", html="only",
                html_body=html + qh, client="webmail", charset="euc-kr", cte="base64", quote=None,
                xmailer="Daum Mail", re_prefix="RE:")
    return [p], eml, conf(ans(p, {1: "A", 2: {"q": 80}}),
                          notes="HTML-only message. Item 1 as ordered; item 2 only 80 of 100 at the same price; the single delivery "
                                "date 2026. 12. 11. applies to both (= requested).")


@case("popup-cards-vietnamese-split", "confirmation/vi-VN",
      "Vietnamese thousands dot ('1.500 chiếc', '1.000 chiếc') and a two-lot delivery for item 2 into January 2027")
def c042():
    s = sup("THIEPVN", "Công ty TNHH Thiệp Nổi Việt", "sales@thiepnoi.example", "vi-VN")
    p = po("PO-26-0715", s, "USD", "2026-11-20", [
        L("GC-POP-XTREE", "Pop-up 3D card 15x15 cm, laser cut, Christmas tree", 1500, "EA", "1.35", "2026-12-04"),
        L("GC-POP-BDAY", "Pop-up birthday card 12x17 cm, 2027 designs", 1000, "EA", "1.20", "2026-12-11"),
    ])
    body = ("Chào chị Mara,\n\nChúng tôi xác nhận đơn hàng PO-26-0715 như sau:\n\n"
            "Mục 1: 1.500 chiếc, đơn giá 1,35 USD, giao hàng ngày 04/12/2026.\n"
            "Mục 2: 1.000 chiếc, giao làm 2 đợt: 600 chiếc ngày 11/12/2026 và 400 chiếc ngày 08/01/2027, đơn giá không đổi.\n\n"
            "Trân trọng,\nNguyễn Thị Hương\nCông ty TNHH Thiệp Nổi Việt\n45 Nguyễn Văn Linh, Quận 7, TP. Hồ Chí Minh\n"
            "ĐT: +84 28 5555 4120")
    eml = reply(p, frm=("Nguyễn Thị Hương", "sales@thiepnoi.example"), date="2026-12-02 14:25:37 +0700", body=body,
                client="gmail", attrib="Vào Th 6, 20 thg 11, 2026 vào lúc 16:15 Mara Okafor <mara.okafor@larkspur-trading.example> đã viết:")
    return [p], eml, conf(ans(p, {1: "A", 2: {"s": [(600, "2026-12-11"), (400, "2027-01-08")]}}),
                          notes="Dot is the thousands separator (1.500 = 1500); item 2 split 600 + 400, last delivery 2027-01-08.")


@case("moto-chains-thai-out-of-office", "auto_reply/th-TH",
      "Thai TIS-620 vacation reply with Buddhist-era dates (2569 = 2026) and an English part")
def c043():
    s = sup("SIAMCHAIN", "Siam Chain Industry Co., Ltd.", "sales@siamchain.example", "th-TH")
    p = po("4500081795", s, "USD", "2026-11-20", [
        L("MC-420-120", "Chain 420 x 120 links, standard, 2027", 800, "EA", "5.90", "2026-12-18"),
        L("MC-SPR-36T", "Rear sprocket 36T, 420 pitch", 400, "EA", "4.10", "2026-12-18"),
    ], buyer="jonas")
    body = ("เรียน ผู้ติดต่อ\n\nขณะนี้ดิฉันลาพักร้อนระหว่างวันที่ 23 - 30 พฤศจิกายน 2569 และจะกลับมาทำงานวันที่ 1 ธันวาคม 2569\n"
            "หากมีเรื่องเร่งด่วน กรุณาติดต่อคุณสมชาย โทร 02-555-8140\n\n"
            "Dear Sender,\nI am on annual leave from 23 to 30 November 2026 and will be back on 1 December 2026.\n"
            "For urgent matters please contact Mr. Somchai, tel. +66 2 555 8140.\n\n"
            "ขอบคุณค่ะ\nวิภาวรรณ ศรีสุข\nSiam Chain Industry Co., Ltd.")
    eml = reply(p, frm=("วิภาวรรณ ศรีสุข", "sales@siamchain.example"), date="2026-11-24 07:41:03 +0700", body=body,
                client="gmail", quote=None, charset="tis-620", cte="base64", html=False,
                subject="ตอบกลับอัตโนมัติ: " + req_subject(p),
                extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
    return [p], eml, other("auto_reply", "Vacation responder in Thai and English; 2569 is the Buddhist-era year (2026) and the "
                                         "dates are the absence period, nothing about the order.")


@case("nutrients-indonesian-jerrycans", "confirmation/id-ID",
      "quantity and price given per 5 L jerrycan ('120 jerigen @ 5 L', 'USD 15,50 per jerigen') on a PO in litres - works out exactly as ordered")
def c044():
    s = sup("HIDROTANI", "PT Hidro Tani Nusantara", "penjualan@hidrotani.example", "id-ID")
    p = po("PO-26-0728", s, "USD", "2026-11-20", [
        L("HN-AB-L", "Nutrient A+B mix concentrate (supplied in 5 L jerrycans)", 600, "L", "3.10", "2026-12-18"),
        L("HN-CALMAG-1", "CalMag supplement 1 L bottle, 2027 formula", 240, "EA", "5.80", "2026-12-18"),
    ], buyer="priya")
    body = ("Selamat siang Ibu Priya,\n\nTerima kasih atas PO-26-0728. Kami konfirmasi sebagai berikut:\n\n"
            "1. Nutrisi A+B: 120 jerigen @ 5 L (total 600 L), harga USD 15,50 per jerigen, kirim 18 Desember 2026.\n"
            "2. CalMag 1 L: 240 botol, harga USD 5,80 per botol, kirim 18 Desember 2026.\n\n"
            "Hormat kami,\nDewi Lestari\nPT Hidro Tani Nusantara\nJl. Raya Bogor Km 28, Jakarta Timur 13710\nTelp. +62 21 555 8731")
    eml = reply(p, frm=("Dewi Lestari", "penjualan@hidrotani.example"), date="2026-12-02 13:10:55 +0700", body=body,
                client="gmail", attrib="Pada tanggal Jum, 20 Nov 2026 pukul 16.15 Priya Raman <priya.raman@larkspur-trading.example> menulis:")
    return [p], eml, conf(ans(p, {1: "A", 2: "A"}),
                          notes="120 jerrycans x 5 L = 600 L and USD 15,50 / 5 L = 3.10 per L: exactly the PO. 'kirim' is a ship "
                                "date (no delivery date given) = 18 Dec 2026 = requested. Everything accepted.")


@case("bowling-pins-malay-stock-check", "needs_review/ms-MY",
      "Malay/English mix: 'akan sahkan selepas semakan stok minggu depan' - week reference is for the answer, not delivery")
def c045():
    s = sup("PINMAS", "Pin Emas Sdn. Bhd.", "sales@pinemas.example", "ms-MY")
    p = po("4500081812", s, "USD", "2026-11-23", [
        L("BP-DUCK-5", "Duckpin 9.4 in, 3 lb 6 oz, 5-pack", 40, "SET", "62.00", "2026-12-18"),
        L("BP-CANDLE-16", 'Candlepin 15-3/4", 2 lb 8 oz', 120, "EA", "11.50", "2026-12-18"),
    ], buyer="jonas")
    body = ("Hi Jonas,\n\nTerima kasih untuk PO 4500081812. Kami perlu buat semakan stok di kilang Ipoh dulu - "
            "kami akan sahkan kuantiti dan tarikh penghantaran selepas semakan stok minggu depan.\n"
            "Sorry for the delay, will revert ASAP.\n\nSalam,\nAhmad Faizal\nPin Emas Sdn. Bhd.\n"
            "Lot 22, Kawasan Perindustrian Menglembu, 31450 Ipoh, Perak\nTel: +60 5 555 2140")
    eml = reply(p, frm=("Ahmad Faizal", "sales@pinemas.example"), date="2026-11-24 17:55:30 +0800", body=body,
                client="android", attrib="On Mon, 23 Nov 2026, 5:15 pm Jonas Feld, <jonas.feld@larkspur-trading.example> wrote:")
    return [p], eml, other("needs_review", "Holding reply: they will confirm quantities and delivery dates after a stock check "
                                           "next week; no line is committed.")


@case("moto-chains-hindi-english-mix", "confirmation/hi-IN",
      "Hindi mixed with English, rupee prices with Indian grouping ('₹10,22,500.00'), 'dispatch ... तक' as ship date")
def c046():
    s = sup("BHARATCHAIN", "Bharat Drive Chains Pvt. Ltd.", "sales@bharatchains.example", "hi-IN")
    p = po("PO-26-0740", s, "INR", "2026-11-23", [
        L("MC-428H-118", "Chain 428H x 118 links, heavy duty", 1000, "EA", "385.00", "2026-12-11"),
        L("MC-KIT-100", "Chain sprocket kit for 100cc, 14T/42T", 500, "SET", "1240.00", "2026-12-18"),
    ], buyer="priya")
    body = ("नमस्ते Priya ji,\n\nआपका PO-26-0740 हमें मिल गया है, धन्यवाद। Confirmation नीचे है:\n\n"
            "Item 1 – 428H chain 118 links: 1,000 pcs @ ₹385.00, dispatch 11-12-2026 तक।\n"
            "Item 2 – 100cc kit 14T/42T: 500 sets, rate ₹1,275.00 per set (steel price increase की वजह से), "
            "delivery 24-12-2026.\n\n"
            "कुल amount ₹10,22,500.00 + GST 18%.\n\n"
            "धन्यवाद,\nRakesh Sharma\nSales Manager – Exports\nBharat Drive Chains Pvt. Ltd.\n"
            "Plot 41, Sector 6, IMT Manesar, Gurugram, Haryana 122050\nMob: +91 98555 41207")
    assert 1000 * 385 + 500 * 1275 == 1022500
    eml = reply(p, frm=("Rakesh Sharma", "sales@bharatchains.example"), date="2026-11-25 12:40:18 +0530", body=body,
                client="gmail", cte="base64",
                attrib="On Mon, 23 Nov 2026 at 14:45, Priya Raman <priya.raman@larkspur-trading.example> wrote:")
    return [p], eml, conf(ans(p, {1: "A", 2: {"p": "1275.00", "d": "2026-12-24"}}),
                          notes="Item 1: dispatch (ship) by 11-12-2026, the only date given, = requested -> accepted. Item 2: ₹1,275.00 "
                                "per set and delivery 24-12-2026. Total ₹10,22,500.00 uses Indian lakh grouping (1,022,500).")


@case("smokers-confirmed-except-vat-number", "confirmation/en-ZA",
      "'confirmed as per your order, except we need your VAT number' - an administrative request, not a condition on the order")
def c047():
    s = sup("BRAAIPRO", "BraaiPro Smokers (Pty) Ltd", "orders@braaipro.example", "en-ZA")
    p = po("4500081829", s, "ZAR", "2026-11-23", [
        L("SM-DRUM-200", "Drum smoker 200 L, 2 grills, thermometer 0-400 C", 12, "EA", "4350.00", "2026-12-11"),
        L("SM-WOOD-10", "Kameeldoring smoking wood, 10 kg bag", 60, "EA", "145.00", "2026-12-11"),
    ])
    body = ("Morning Mara,\n\nPO 4500081829 confirmed as per your order, except we need your VAT number for the tax invoice "
            "- please send it through when you get a chance. Delivery 11/12/2026 as requested, 12 drums and 60 bags.\n\n"
            "Cheers,\nPieter")
    sig = ("Pieter van der Merwe\nBraaiPro Smokers (Pty) Ltd\n17 Kya Sand Road, Kya Sands, Randburg 2163\n"
           "Tel: +27 11 555 0421 | Cell: +27 82 555 9913\nVAT No. 4780251163")
    eml = reply(p, frm=("Pieter van der Merwe", "orders@braaipro.example"), date="2026-11-25 08:15:02 +0200", body=body,
                sig=sig, client="outlook", lang="en_gb", content_lang="en-ZA")
    return [p], eml, conf(ans(p, {1: "A", 2: "A"}),
                          notes="Decision: confirmation. 'Confirmed as per your order, except we need your VAT number for the tax "
                                "invoice' commits to quantity, price and date; the VAT number is an invoicing detail requested "
                                "'when you get a chance', not a condition for supply, so both lines are accepted.")


@case("kayak-paddles-except-price", "confirmation/en-AU",
      "'All as per your PO except price' - only the new 2027 price is written, quantity and date must be taken from the PO")
def c048():
    s = sup("PADDLEOZ", "Southern Cross Paddles Pty Ltd", "sales@scpaddles.example", "en-AU")
    p = po("PO-26-0752", s, "AUD", "2026-11-24", [
        L("KP-TOUR-220", "Touring kayak paddle 220 cm, fibreglass shaft, 2027 model", 40, "EA", "82.00", "2026-12-15"),
    ], buyer="jonas")
    body = ("G'day Jonas,\n\nAll as per your PO except price - the 2027 price of AUD 88.90 ea applies to the new model.\n\n"
            "Cheers,\nMick")
    sig = ("Mick O'Connell | Sales\nSouthern Cross Paddles Pty Ltd\n8/14 Enterprise Drive, Tomago NSW 2322\n"
           "Ph 02 4955 5178 | Mob 0412 555 806")
    eml = reply(p, frm=("Mick O'Connell", "sales@scpaddles.example"), date="2026-11-26 09:31:12 +1100", body=body,
                sig=sig, client="outlook", lang="en_gb", content_lang="en-AU")
    return [p], eml, conf(ans(p, {1: {"p": "88.90"}}),
                          notes="'As per your PO except price': quantity 40 and date 2026-12-15 as ordered, unit price 88.90 AUD.")


@case("fence-insulators-stock-now-rest-week-3", "confirmation/en-NZ",
      "partial shipment 'from stock now ... today's courier' plus 'the rest in week 3' (2027), second line all shipped today")
def c049():
    s = sup("KIWIFENCE", "KiwiFence Supplies Ltd", "orders@kiwifence.example", "en-NZ")
    p = po("4500081844", s, "NZD", "2026-11-24", [
        L("GI-PIN-WH6", "Pin insulator white, screw-in 6 mm, 2027 UV grade", 5000, "PCS", "0.42", "2026-12-04"),
        L("GI-OFF-300", "Offset bracket 300 mm with insulator", 800, "EA", "2.15", "2026-12-04"),
    ], buyer="jonas")
    body = ("Kia ora Jonas,\n\nRe PO 4500081844:\n\n"
            "Pin insulators - we've got 3,000 from stock now, they go out with today's courier; the remaining 2,000 in week 3 "
            "once the new moulds have run.\n"
            "Offset brackets - all 800 from stock, also going out today.\n\n"
            "Prices as per PO.\n\nNgā mihi,\nAroha")
    sig = "Aroha Ngata\nKiwiFence Supplies Ltd\n23 Kahu Road, Te Rapa, Hamilton 3200\nP 07 555 8140"
    eml = reply(p, frm=("Aroha Ngata", "orders@kiwifence.example"), date="2026-11-30 10:05:44 +1300", body=body,
                sig=sig, client="gmail")
    return [p], eml, conf(ans(p, {1: {"s": [(3000, "2026-11-30"), (2000, "2027-01-22")]}, 2: {"d": "2026-11-30"}}),
                          notes="'Today' = mail date Mon 30 Nov 2026 (supplier local, +1300); shipped today with no delivery date -> "
                                "ship date counts. 'Week 3' written in Nov 2026 = ISO week 3 of 2027, Friday 2027-01-22. Line 1 split "
                                "3,000 + 2,000; line 2 all 800 shipped 2026-11-30.")


@case("pipette-tips-pipe-table-conf-date", "confirmation/en-SG",
      "body table with '|' separators and a 'Conf. date' column in dd-Mon-yyyy; qty cut, later date and 'n/a' row")
def c050():
    s = sup("LABTIPSG", "LabTip Asia Pte. Ltd.", "cs@labtipasia.example", "en-SG")
    p = po("PO-26-0766", s, "SGD", "2026-11-24", [
        L("PT-10-CLR", "Pipette tips 10 ul clear, racked 96/rack, 10 racks", 100, "BOX", "28.50", "2026-12-11"),
        L("PT-200-FIL", "Filter tips 200 ul sterile, 96x10", 200, "BOX", "44.00", "2026-12-11"),
        L("PT-1250-XL", "Extended tips 1250 ul, 2027 lot, 96x4", 60, "BOX", "39.90", "2026-12-11"),
        L("PT-RACK-96", "Empty tip rack 96, autoclavable 121 C", 50, "EA", "3.20", "2026-12-11"),
    ], buyer="priya")
    body = ("Dear Priya,\n\nPlease see our confirmation for PO-26-0766 below:\n\n"
            "| Line | Item       | Qty | Unit price SGD | Conf. date  |\n"
            "|------|------------|-----|----------------|-------------|\n"
            "| 1    | PT-10-CLR  | 100 | 28.50          | 11-Dec-2026 |\n"
            "| 2    | PT-200-FIL | 150 | 44.00          | 11-Dec-2026 |\n"
            "| 3    | PT-1250-XL | 60  | 39.90          | 08-Jan-2027 |\n"
            "| 4    | PT-RACK-96 | n/a | n/a            | n/a         |\n\n"
            "Line 2: balance 50 boxes cannot be supplied this year and is cancelled.\n"
            "Line 4: item discontinued, no replacement.\n\nThank you.\n\nBest regards,")
    sig = ("Tan Wei Ling (Ms)\nCustomer Service Executive\nLabTip Asia Pte. Ltd.\n30 Toh Guan Road, #05-12, Singapore 608840\n"
           "DID: +65 6555 8127")
    eml = reply(p, frm=("Tan Wei Ling", "cs@labtipasia.example"), date="2026-11-27 15:02:33 +0800", body=body, sig=sig,
                client="outlook", lang="en_gb", content_lang="en-SG")
    return [p], eml, conf(ans(p, {1: "A", 2: {"q": 150}, 3: {"d": "2027-01-08"}, 4: "R"}),
                          notes="Pipe table with 'Conf. date': line 2 150 of 200 (balance cancelled), line 3 08-Jan-2027, line 4 "
                                "n/a + discontinued -> rejected.")


@case("bowling-parts-po-revision-2", "confirmation/en-IE",
      "confirms 'Rev. 2' of the PO; the mail mentions the Rev. 1 quantity 300 that Rev. 2 replaced with 360")
def c051():
    s = sup("SHANNONLANES", "Shannon Lanes Equipment Ltd", "sales@shannonlanes.example", "en-IE")
    p = po("4500081790", s, "EUR", "2026-11-25", [
        L("BP-DECK-PAD", "Pinsetter deck pad 12x20 in, rubber", 40, "EA", "18.90", "2026-12-18"),
        L("BP-RING-3/8", "Pin base ring 3/8 in, nylon", 360, "EA", "1.45", "2026-12-18"),
        L("BP-DECAL-27", "Pin neck decal set 2027, 10 pcs", 120, "SET", "3.20", "2026-12-18"),
    ], rev=2)
    p["_revnote"] = "Change vs Rev. 1: line 2 quantity 300 -> 360 EA."
    body = ("Hi Mara,\n\nWe confirm PO 4500081790 Rev. 2 in full - 360 base rings instead of the 300 on Rev. 1, everything else "
            "unchanged. Delivery 18/12/2026 for all three lines.\n\nKind regards,\nSiobhán")
    sig = ("Siobhán Byrne\nSales Administration\nShannon Lanes Equipment Ltd\nUnit 6, Raheen Business Park, Limerick V94 K2T8\n"
           "T: +353 61 555 740")
    eml = reply(p, frm=("Siobhán Byrne", "sales@shannonlanes.example"), date="2026-11-26 11:47:20 +0000", body=body,
                sig=sig, client="outlook", lang="en_gb", content_lang="en-IE")
    return [p], eml, conf(ans(p, {1: "A", 2: "A", 3: "A"}),
                          notes="pos.json holds Rev. 2 (line 2 = 360); the supplier confirms Rev. 2 in full, so all lines are accepted. "
                                "'300 on Rev. 1' is history, not the confirmed quantity.")


@case("silo-sensors-indian-three-pos", "confirmation/en-IN",
      "one reply covering two of three open POs (third only mentioned), dd-mm-yyyy dates, 'Rs.' prices and lakh totals")
def c052():
    s = sup("SHREEJIAGRI", "Shreeji Agri Instruments Pvt. Ltd.", "sales@shreejiagri.example", "en-IN")
    pa = po("4500081801", s, "INR", "2026-11-25", [
        L("GS-TEMP-15", "Grain temperature cable 15 m, 5 sensors", 40, "EA", "6850.00", "2026-12-18"),
        L("GS-PROBE-1.5", "Hand grain probe 1.5 m, digital", 25, "EA", "4200.00", "2026-12-18"),
    ], buyer="priya")
    pb = po("4500081802", s, "INR", "2026-11-25", [
        L("GS-LVL-RF", "RF admittance level switch 24V", 30, "EA", "9800.00", "2026-12-24"),
    ], buyer="priya", req_time="09:20")
    pc = po("4500081803", s, "INR", "2026-11-25", [
        L("GS-FAN-CTRL", "Aeration fan controller 3-phase 415V", 10, "EA", "28500.00", "2027-01-15"),
        L("GS-CBL-50", "Signal cable 50 m, 4 core", 20, "EA", "3100.00", "2027-01-15"),
    ], buyer="priya", req_time="09:25")
    assert 40 * 6850 + 25 * 4450 + 30 * 9800 == 679250
    body = ("Dear Madam,\n\nGreetings from Shreeji Agri Instruments!\n\nPlease find our confirmation as below:\n\n"
            "PO 4500081801\n - Item 1: 40 nos @ Rs. 6,850.00, delivery 18-12-2026\n"
            " - Item 2: 25 nos @ Rs. 4,450.00, delivery 18-12-2026\n\n"
            "PO 4500081802\n - 30 nos RF level switch, price as per PO, delivery 08-01-2027\n\n"
            "PO 4500081803 will be confirmed separately by our Pune office.\n\n"
            "Total value of above confirmed orders Rs. 6,79,250.00 + GST 18%.\n\n"
            "Thanks & Regards,")
    sig = ("Nikhil Deshpande\nSr. Executive - Sales\nShreeji Agri Instruments Pvt. Ltd.\nGat No. 214, Chakan MIDC, Pune 410501\n"
           "Ph: +91 20 5555 6120 | Mob: +91 98555 30412")
    eml = reply(pa, frm=("Nikhil Deshpande", "sales@shreejiagri.example"), date="2026-11-28 12:20:09 +0530", body=body,
                sig=sig, client="outlook", lang="en_gb", content_lang="en-IN")
    return [pa, pb, pc], eml, conf(
        ans(pa, {1: "A", 2: {"p": "4450.00"}}), ans(pb, {1: {"d": "2027-01-08"}}),
        notes="Threaded on PO 4500081801 but answers two POs: 4500081801 (item 2 price 4,450.00) and 4500081802 (date 08-01-2027, "
              "dd-mm-yyyy). PO 4500081803 is only mentioned ('will be confirmed separately') and is left out.")


@case("bridal-veils-around-mid-december", "needs_review/en-GB",
      "iPhone one-liner 'confirmed, goods should be with you around mid-December' - a vague date")
def c053():
    s = sup("VEILANDLACE", "Veil & Lace Atelier Ltd", "hello@veilandlace.example", "en-GB")
    p = po("PO-26-0781", s, "GBP", "2026-11-26", [
        L("BV-FING-200", "Fingertip veil 200 cm, raw edge, diamond white", 30, "EA", "24.00", "2026-12-11"),
        L("BV-BIRD-12", "Birdcage veil 12 in, Russian net, 2027 pearl pins", 25, "EA", "16.50", "2026-12-11"),
    ], buyer="priya")
    body = ("Hi Priya, all good with PO-26-0781 - confirmed, goods should be with you around mid-December. Lucy x\n\n"
            "Sent from my iPhone")
    eml = reply(p, frm=("Lucy Marsh", "hello@veilandlace.example"), date="2026-11-28 20:14:51 +0000", body=body,
                client="iphone", html=False)
    return [p], eml, other(
        "needs_review", "Says 'confirmed' but the only date is 'around mid-December', which is neither the requested 11 Dec nor a "
                        "definite date; a buyer cannot record a committed date without asking.")
