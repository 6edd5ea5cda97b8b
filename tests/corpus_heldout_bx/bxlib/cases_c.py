"""Cases: confirmations from the Middle East, Asia and the English-speaking world."""
from .common import (A, C, REJ, UNC, P, S, at, case, clean, conf, kw, reply, quote_block, req_sent)
from .pdf import pdf


@case("cricket-stumps-dirham-ae", "confirmation/ar-AE",
      "HTML-only Arabic right-to-left mail in windows-1256: 'سعر الوحدة 45 درهم' and a moved date for one line.")
def c_cricket_ae():
    sup = S("GULFWIL", "Gulf Willow Sports LLC", "sales@gulfwillow.example", "ar-AE")
    po = P("LRC-7740", sup, "cricket", "AED", "2026-11-10", [
        ("STP-ASH-28", "Cricket stumps ash 28in, set of 3 with bails", 40, "SET", "165.00", "2026-12-15"),
        ("BAIL-HW-2027", "Bails hardwood, 2027 spec, pair", 100, "PAIR", "45.00", "2026-12-15")])
    body = ("السيد سام المحترم،\n\nنؤكد طلب الشراء LRC-7740 كما يلي:\n"
            "البند 1 (STP-ASH-28): 40 طقم، سعر الوحدة 165 درهم، التسليم 15/12/2026\n"
            "البند 2 (BAIL-HW-2027): 100 زوج، سعر الوحدة 45 درهم، التسليم 22/12/2026\n\n"
            "مع أطيب التحيات،\nأحمد الشامسي\nقسم المبيعات - Gulf Willow Sports LLC\n"
            "المنطقة الصناعية القوز 3، دبي، الإمارات العربية المتحدة\nهاتف: +971 4 555 2190\n")
    eml = reply(seed="bx037", po=po, date=at("2026-11-16 10:48:30", "+0400"), body=body, html="only",
                charset="windows-1256", dir_rtl=True, frm=("أحمد الشامسي", "a.alshamsi@gulfwillow.example"))
    exp = conf("HTML only; line 1 as ordered, line 2 delivery 22/12/2026 instead of 15/12.",
               (po, {1: A(po, 1), 2: C(po, 2, d="2026-12-22")}))
    return [clean(po)], eml, exp


@case("tuning-pin-qty-1200-jp", "confirmation/ja-JP",
      "Shift_JIS Japanese: '数量 1,200個' of 1,500 with the rest only promised later, date '12月18日' without year.")
def c_pin_jp():
    sup = S("HMPIN", "株式会社浜松チューニングピン製作所", "eigyo@hamamatsu-pin.example", "ja-JP")
    po = P("4700022231", sup, "pin", "JPY", "2026-11-10", [
        ("TP-70-2/0", "Tuning pin 7.0 mm 2/0, blued, 57 mm", 1500, "PCS", "38", "2026-12-11"),
        ("TP-72-4/0", "Tuning pin 7.2 mm 4/0, nickel, 60 mm", 800, "PCS", "45", "2026-12-18")])
    body = ("Harmonia Piano Works GmbH\nClara Weiss 様\n\nいつもお世話になっております。\n"
            "浜松チューニングピン製作所の山本でございます。\n\n"
            "ご注文番号 4700022231 につきまして、下記の通りご回答申し上げます。\n\n"
            "1. TP-70-2/0：数量 1,200個（在庫分）、単価 38円、納期 12月18日\n"
            "2. TP-72-4/0：数量 800個、単価 45円、納期 12月18日\n\n"
            "1項目の残り300個につきましては、生産計画が決まり次第あらためてご連絡いたします。\n\n"
            "何卒よろしくお願い申し上げます。\n\n"
            "────────────────────\n株式会社浜松チューニングピン製作所\n営業部　山本 健太\n"
            "〒430-0852 静岡県浜松市中央区領家2-14-7\nTEL 053-555-2840\n────────────────────\n")
    eml = reply(seed="bx038", po=po, date=at("2026-11-17 17:20:05", "+0900"), body=body, lang="ja",
                charset="shift_jis", cte="base64", frm=("山本 健太", "k.yamamoto@hamamatsu-pin.example"))
    exp = conf("Line 1: 1,200 of 1,500 confirmed (remaining 300 not committed), 12月18日 -> 2026-12-18; "
               "line 2 as ordered.",
               (po, {1: C(po, 1, q=1200, d="2026-12-18"), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("bamboo-tie-gb2312-split-cn", "confirmation/zh-CN",
      "Simplified Chinese in GB2312/base64 (Foxmail): one line in two batches with month-day dates, one price up.")
def c_bamboo_cn():
    sup = S("ANJIZD", "安吉竹业扎带有限公司", "sales@anji-zhadai.example", "zh-CN")
    po = P("SAP-8801263", sup, "bamboo", "CNY", "2026-11-11", [
        ("BT-PP-6X300", "Bamboo scaffold tie PP 6 mm x 300 mm, black", 50000, "PCS", "0.12", "2026-12-10"),
        ("BT-PP-8X450", "Bamboo scaffold tie PP 8 mm x 450 mm, black", 30000, "PCS", "0.18", "2026-12-10")])
    body = ("Kenji 您好，\n\n订单 SAP-8801263 确认如下：\n"
            "第1项：50,000条，单价 0.12元，分两批交货：12月10日 30,000条，12月24日 20,000条。\n"
            "第2项：30,000条，单价 0.19元（原材料涨价），12月10日交货。\n\n谢谢！\n\n"
            "王丽\n安吉竹业扎带有限公司 销售部\n浙江省湖州市安吉县递铺街道竹乡大道88号\n电话：0572-5552108\n")
    eml = reply(seed="bx039", po=po, date=at("2026-11-13 14:08:31", "+0800"), body=body, client="foxmail",
                quote="outlook-old", charset="gb2312", cte="base64", html=False, frm=("王丽", "wangli@anji-zhadai.example"),
                extra=[("X-Mailer", "Foxmail 7.2.25.375[cn]")])
    exp = conf("Line 1 split 30,000 on 12-10 and 20,000 on 12-24 (2026); line 2 price 0.19 instead of 0.18.",
               (po, {1: C(po, 1, sched=[(30000, "2026-12-10"), (20000, "2026-12-24")]), 2: C(po, 2, p="0.19")}))
    return [clean(po)], eml, exp


@case("chain-lube-ntd-tw", "confirmation/zh-TW",
      "Traditional Chinese in Big5: '單價 NT$ 350' against a PO price of 330 TWD, dates as 2026/12/18.")
def c_lube_tw():
    sup = S("CLTW", "鏈條潤滑科技股份有限公司", "sales@chainlube-tw.example", "zh-TW")
    po = P("VT-PO-260977", sup, "lube", "TWD", "2026-11-12", [
        ("CL-CER-60", "Ceramic chain lube 60 ml", 500, "EA", "330.00", "2026-12-18"),
        ("CL-CLN-500", "Chain cleaner 500 ml", 200, "EA", "280.00", "2026-12-18")])
    body = ("Ruth 您好：\n\n感謝您的訂單 VT-PO-260977，確認如下：\n"
            "1. CL-CER-60　數量 500 瓶，單價 NT$ 350，交期 2026/12/18\n"
            "2. CL-CLN-500　數量 200 瓶，單價 NT$ 280，交期 2026/12/18\n\n"
            "第1項單價調整原因為陶瓷添加劑成本上漲，敬請見諒。\n\n敬祝 商祺\n\n"
            "陳怡君 Vivian Chen\n業務部\n鏈條潤滑科技股份有限公司\n台中市西屯區工業區一路 70 號\nTel: +886 4 2355 5012\n")
    eml = reply(seed="bx040", po=po, date=at("2026-11-18 10:12:44", "+0800"), body=body,
                charset="big5", cte="base64", frm=("陳怡君 Vivian Chen", "vivian.chen@chainlube-tw.example"))
    exp = conf("Line 1 unit price NT$ 350 (PO 330.00); line 2 as ordered.",
               (po, {1: C(po, 1, p="350.00"), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("curtain-glider-won-html-kr", "confirmation/ko-KR",
      "HTML-only Korean in EUC-KR: '단가 12,500원' (comma = thousands) raises one line; dates '2026년 12월 16일'.")
def c_curtain_kr():
    sup = S("HANBIT", "한빛레일 주식회사", "sales@hanbit-rail.example", "ko-KR")
    po = P("WHI-55140", sup, "curtain", "KRW", "2026-11-12", [
        ("GL-HB-20", "Glider set, 20 pcs with hooks", 300, "SET", "12000", "2026-12-16"),
        ("EC-CAP-30", "End cap 30x20 mm", 600, "EA", "1800", "2026-12-16")])
    body = ("노어 하다드 님께,\n\n안녕하십니까. 한빛레일 영업팀 김민준입니다.\n주문번호 WHI-55140 건 아래와 같이 확인드립니다.\n\n"
            "1. GL-HB-20: 수량 300세트, 단가 12,500원, 납기 2026년 12월 16일\n"
            "2. EC-CAP-30: 수량 600개, 단가 1,800원, 납기 2026년 12월 16일\n\n"
            "1번 품목은 원자재 가격 인상으로 단가가 조정되었습니다.\n\n감사합니다.\n\n"
            "김민준 과장\n한빛레일 주식회사 | 경기도 안산시 단원구 산단로 155\nTel. 031-555-7712\n")
    eml = reply(seed="bx041", po=po, date=at("2026-11-19 09:30:18", "+0900"), body=body, html="only",
                charset="euc-kr", cte="base64", frm=("김민준", "minjun.kim@hanbit-rail.example"))
    exp = conf("HTML only; line 1 12,500 KRW per set (PO 12000); line 2 unchanged.",
               (po, {1: C(po, 1, p="12500"), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("bamboo-rattan-qty-vn", "confirmation/vi-VN",
      "Vietnamese 'số lượng 1.200 cái' with a dot as thousands separator; one line cut from 1,500 to 1,200.")
def c_bamboo_vn():
    sup = S("TREVIET", "Công ty TNHH Tre Việt", "sales@treviet.example", "vi-VN")
    po = P("SAP-8801279", sup, "bamboo", "USD", "2026-11-13", [
        ("BT-RAT-5", "Rattan bamboo tie 5 mm x 1 m", 1500, "PCS", "0.21", "2026-12-18"),
        ("BT-RAT-8", "Rattan bamboo tie 8 mm x 1.5 m", 1200, "PCS", "0.34", "2026-12-18")])
    body = ("Kính gửi anh Kenji,\n\nChúng tôi xác nhận đơn hàng SAP-8801279 như sau:\n"
            "- Dòng 1 (BT-RAT-5): số lượng 1.200 cái (trong kho chỉ còn 1.200 cái), đơn giá 0,21 USD, "
            "giao hàng ngày 18/12/2026\n"
            "- Dòng 2 (BT-RAT-8): số lượng 1.200 cái, đơn giá 0,34 USD, giao hàng ngày 18/12/2026\n\n"
            "Trân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh - Công ty TNHH Tre Việt\n"
            "Lô B7, KCN Phú Nghĩa, Chương Mỹ, Hà Nội\nĐT: +84 24 5555 8821\n")
    eml = reply(seed="bx042", po=po, date=at("2026-11-20 15:44:09", "+0700"), body=body, client="gmail",
                cte="base64", frm=("Nguyễn Thị Lan", "lan.nguyen@treviet.example"))
    exp = conf("'1.200' is one thousand two hundred: line 1 reduced to 1200; line 2 equals the PO.",
               (po, {1: C(po, 1, q=1200), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("cricket-dispatch-delivery-in", "confirmation/en-IN",
      "Indian English with both 'dispatch on 14.12.2026' and 'delivery by 21.12.2026': the delivery date wins.")
def c_cricket_in():
    sup = S("JALWIL", "Jalandhar Willow Works Pvt. Ltd.", "exports@jalandharwillow.example", "en-IN")
    po = P("LRC-7712", sup, "cricket", "GBP", "2026-11-03", [
        ("STP-SH-28-2027", "Stumps shisham 28in, 2027 pattern, set of 3", 60, "SET", "14.20", "2026-12-18"),
        ("STP-SPR-28", "Spring-back stumps 28in, 1.5in base", 20, "SET", "26.50", "2026-12-18"),
        ("BAIL-SH-PR", "Bails shisham, pair", 150, "PAIR", "1.35", "2026-12-18")])
    body = ("Dear Sam ji,\n\nGreetings from Jalandhar Willow Works!\n\n"
            "We are pleased to confirm your PO LRC-7712 as below:\n"
            "1) STP-SH-28-2027 - 60 sets @ GBP 14.20\n2) STP-SPR-28 - 20 sets @ GBP 26.50\n"
            "3) BAIL-SH-PR - 150 pairs @ GBP 1.35\n\n"
            "All items will be ready, dispatch on 14.12.2026, delivery by 21.12.2026 at your Taunton warehouse.\n\n"
            "Kindly do the needful and share the shipping marks.\n\nWarm regards,\nRajinder Singh Bhatia\n"
            "Export Manager | Jalandhar Willow Works Pvt. Ltd.\nSports Complex, Basti Nau, Jalandhar 144002, Punjab\n"
            "Mob. +91 98155 55021\n")
    eml = reply(seed="bx043", po=po, date=at("2026-11-09 11:05:26", "+0530"), body=body,
                frm=("Rajinder Singh Bhatia", "rajinder@jalandharwillow.example"))
    exp = conf("Delivery date 21.12.2026 wins over dispatch 14.12.2026; all three lines move from 2026-12-18.",
               (po, {1: C(po, 1, d="2026-12-21"), 2: C(po, 2, d="2026-12-21"), 3: C(po, 3, d="2026-12-21")}))
    return [clean(po)], eml, exp


@case("marble-pad-sgd-price-sg", "confirmation/en-SG",
      "Singlish shorthand: 'unit price SGD 12.80 for all 3 steps', step 3 'OOS, can only deliver 8 Jan' (next year).")
def c_marble_sg():
    sup = S("LIONAB", "Lion City Abrasives Pte Ltd", "sales@lioncityabrasives.example", "en-SG")
    po = P("SWR-2611-22", sup, "marble", "SGD", "2026-11-12", [
        ("PAD-3S-100-1", "3-step polishing pad 100 mm, step 1", 50, "EA", "12.50", "2026-12-09"),
        ("PAD-3S-100-2", "3-step polishing pad 100 mm, step 2", 50, "EA", "12.50", "2026-12-09"),
        ("PAD-3S-100-3", "3-step polishing pad 100 mm, step 3", 50, "EA", "12.50", "2026-12-09")])
    body = ("Hi Leo,\n\nNoted with thanks. For PO SWR-2611-22, qty all ok, unit price SGD 12.80 for all 3 steps "
            "(new price list wef 1 Nov).\nStep 1 and step 2 pads deliver 9 Dec as requested. "
            "Step 3 pad currently OOS, can only deliver 8 Jan.\n\nRegards,\nMelvin Tan\n"
            "Lion City Abrasives Pte Ltd\n21 Kaki Bukit Road 3, #04-12, Singapore 417818\nDID +65 6555 0842\n")
    eml = reply(seed="bx044", po=po, date=at("2026-11-17 18:02:57", "+0800"), body=body, client="outlook",
                frm=("Melvin Tan", "melvin.tan@lioncityabrasives.example"))
    exp = conf("All three lines SGD 12.80 (PO 12.50); step 3 '8 Jan' without year -> 2027-01-08.",
               (po, {1: C(po, 1, p="12.80"), 2: C(po, 2, p="12.80"), 3: C(po, 3, p="12.80", d="2027-01-08")}))
    return [clean(po)], eml, exp


@case("fish-rack-rand-za", "confirmation/en-ZA",
      "South African 'R 1 250,00 each' (space thousands, decimal comma), a collection date and a delivery date.")
def c_fish_za():
    sup = S("CAPESMK", "Cape Smokehouse Equipment (Pty) Ltd", "orders@capesmokehouse.example", "en-ZA")
    po = P("NS-20261124", sup, "fish", "ZAR", "2026-11-16", [
        ("RK-SS-6040", "Smoking rack stainless 600x400 mm, 12/4 mesh", 24, "EA", "1190.00", "2026-12-18"),
        ("TRL-16", "Smoking trolley 16-tier, 1.8 m", 2, "EA", "18400.00", "2026-12-18")])
    body = ("Morning Ewan\n\nThanks for PO NS-20261124. Racks confirmed: 24 units at R 1 250,00 each "
            "(steel increase from 1 Nov), trolleys as per PO at R 18 400,00 each.\n"
            "Both ready for collection by your forwarder on 11/12/2026, delivery Peterhead 18/12/2026.\n\n"
            "Cheers\nThabo Nkosi\nCape Smokehouse Equipment (Pty) Ltd\n14 Marine Drive, Paarden Eiland, Cape Town 7405\n"
            "Tel +27 21 555 0913\n")
    eml = reply(seed="bx045", po=po, date=at("2026-11-23 08:14:39", "+0200"), body=body, client="gmail",
                frm=("Thabo Nkosi", "thabo@capesmokehouse.example"))
    exp = conf("R 1 250,00 = 1250.00 ZAR (PO 1190.00); delivery 18/12/2026 (requested) wins over collection 11/12.",
               (po, {1: C(po, 1, p="1250.00"), 2: A(po, 2)}))
    return [clean(po)], eml, exp


@case("surf-wax-three-pos-au", "confirmation/en-AU",
      "Three POs on file: two answered in one casual Aussie mail (one with a split), the third put off to next week.")
def c_wax_au():
    sup = S("BELLSWAX", "Bells Beach Wax Co Pty Ltd", "orders@bellsbeachwax.example", "en-AU")
    a = P("SWH-26-131", sup, "wax", "AUD", "2026-11-09", [
        ("WAX-TROP-90", "Tropical wax 26C+, 90 g bar", 300, "EA", "3.80", "2026-12-04"),
        ("WAX-COOL-90", "Cool water wax 14-19C, 90 g bar", 300, "EA", "3.80", "2026-12-04")])
    b = P("SWH-26-134", sup, "wax", "AUD", "2026-11-11", [
        ("COMB-2IN1", "Wax comb / fin key 2-in-1", 200, "EA", "1.95", "2026-12-11")])
    c = P("SWH-26-140", sup, "wax", "AUD", "2026-11-16", [
        ("WAX-WARM-90", "Warm water wax 19-24C, 90 g bar", 600, "EA", "3.80", "2027-01-15")])
    body = ("G'day Jake,\n\nSorting your last couple of orders:\n\n"
            "SWH-26-131 - tropical all good, 300 @ 3.80 for 4/12. Cool water we're short on, can do 200 on 4/12 "
            "and the other 100 on 18/12, same price.\n"
            "SWH-26-134 - combs confirmed, 200 @ 1.95, 11/12.\n\n"
            "SWH-26-140 came through too, I'll have a look at that one next week.\n\n"
            "Cheers\nMick O'Brien\nBells Beach Wax Co | 7 Surfcoast Hwy, Torquay VIC 3228\nPh 03 5555 2210\n")
    eml = reply(seed="bx046", po=a, date=at("2026-11-19 09:40:12", "+1100"), body=body, client="gmail",
                subject="Re: POs SWH-26-131 / 134", frm=("Mick O'Brien", "mick@bellsbeachwax.example"))
    exp = conf("SWH-26-131 line 2 split 200 (4/12) + 100 (18/12); SWH-26-134 accepted; SWH-26-140 only "
               "mentioned -> left out. Dates d/m.",
               (a, {1: A(a, 1), 2: C(a, 2, sched=[(200, "2026-12-04"), (100, "2026-12-18")])}),
               (b, {1: A(b, 1)}))
    return [clean(a), clean(b), clean(c)], eml, exp


@case("bee-smoker-forward-chain-nz", "confirmation/en-NZ",
      "Forwarded chain: sales forwards the workshop's note and confirms 'on that basis'; bellows slip to February.")
def c_bee_nz():
    sup = S("KIWIAPI", "Kiwi Apiary Gear Ltd", "sales@kiwiapiarygear.example", "en-NZ")
    po = P("HC-4511", sup, "bee", "NZD", "2026-11-17", [
        ("SMK-SS-4X10", "Smoker stainless 4x10in, heat shield", 24, "EA", "64.00", "2027-01-22"),
        ("SMK-BEL-4X10", "Replacement bellows 4x10in", 24, "EA", "19.50", "2027-01-22")])
    fwd = quote_block(po, "gmail", attribution="On Tue, 17 Nov 2026 at 22:30, Marta Kowal "
                      "<marta.kowal@hivecraft.example> wrote:")
    body = ("Hi Marta,\n\nSee below from our workshop - we can confirm HC-4511 on that basis, prices as per your PO.\n\n"
            "Ngā mihi,\nAroha Ngata\nSales | Kiwi Apiary Gear Ltd\n45 Te Rapa Road, Hamilton 3200\nPh 07 555 8190\n\n"
            "---------- Forwarded message ---------\nFrom: Workshop <workshop@kiwiapiarygear.example>\n"
            "Date: Thu, 19 Nov 2026 at 15:02\nSubject: Re: HC-4511 smokers + bellows\n"
            "To: Aroha Ngata <sales@kiwiapiarygear.example>\n\n"
            "Aroha, the 24 smokers are fine for 22/1. Bellows leather is late, earliest 5/2/2027 for the 24 bellows.\n\n"
            "Wiremu\n\n---------- Forwarded message ---------\nFrom: Aroha Ngata <sales@kiwiapiarygear.example>\n"
            "Date: Wed, 18 Nov 2026 at 10:11\nSubject: Fwd: Purchase order HC-4511 - please confirm\n"
            "To: Workshop <workshop@kiwiapiarygear.example>\n\nCan you do these for the 22nd of Jan?\n" + fwd)
    eml = reply(seed="bx047", po=po, date=at("2026-11-19 16:25:03", "+1300"), body=body, client="gmail",
                quote=None, subject="Fwd: Purchase order HC-4511 - please confirm", threaded=False,
                frm=("Aroha Ngata", "sales@kiwiapiarygear.example"))
    exp = conf("Supplier adopts the forwarded workshop note: smokers 22/1 (= 2027-01-22 as requested), "
               "bellows 5/2/2027 (day-first).",
               (po, {1: A(po, 1), 2: C(po, 2, d="2027-02-05")}))
    return [clean(po)], eml, exp


@case("curtain-erp-pdf-ship-vs-delivery-ie", "confirmation/en-IE",
      "Automatic ERP mail ('do not reply') whose PDF has ship and delivery date columns; one line a later delivery.")
def c_curtain_ie():
    sup = S("ARDMORE", "Ardmore Track Systems Ltd", "ordack@ardmoretrack.example", "en-IE")
    po = P("WHI-55161", sup, "curtain", "EUR", "2026-11-16", [
        ("CT-CUB-3000", "Cubicle track, ceiling mount 3.0 m", 80, "EA", "42.60", "2026-12-18"),
        ("CT-BEND-90", "Bend 90 deg, R 250 mm", 40, "EA", "18.20", "2026-12-18"),
        ("CT-HOOK-50", "Curtain hooks, pack of 50", 60, "BOX", "7.40", "2026-12-18"),
        ("CT-CEIL-M8", "Ceiling fixing kit M8x60", 80, "SET", "3.10", "2026-12-18")])
    doc = pdf(["#Ardmore Track Systems Ltd - SALES ORDER CONFIRMATION",
               "Unit 9, Ballyogan Business Park, Dublin 18, D18 K7W2, Ireland   VAT IE 6388047V",
               "", "Sales order: SO-104482          Order date: 20/11/2026",
               "Customer: Wardline Hospital Interiors Inc.     Customer PO: WHI-55161",
               "Ship-to: 880 Medical Dr, Toronto ON M5G 1X8, Canada",
               "", "Ln  Item          Description                          Qty  UoM   Unit EUR   Ship date    Delivery date",
               "1   CT-CUB-3000   Cubicle track ceiling mount 3.0 m     80  EA      42.60   11/12/2026   18/12/2026",
               "2   CT-BEND-90    Bend 90 deg R 250 mm                  40  EA      18.20   11/12/2026   18/12/2026",
               "3   CT-HOOK-50    Curtain hooks pack of 50              60  BOX      7.40   05/01/2027   08/01/2027",
               "4   CT-CEIL-M8    Ceiling fixing kit M8x60              80  SET      3.10   11/12/2026   18/12/2026",
               "", "Order total EUR 4,828.00      Incoterms: DAP Toronto",
               "Line 3: hooks on back order from our supplier.",
               "This confirmation is subject to our standard terms and conditions of sale."],
              title="SO-104482", flate=False, date="D:20261120061500+00'00'", producer="Microsoft Dynamics 365")
    body = ("This is an automatically generated message - please do not reply to this address.\n\n"
            "Dear Customer,\n\nPlease find attached Sales Order Confirmation SO-104482 for your purchase order "
            "WHI-55161.\nQueries: customerservice@ardmoretrack.example, +353 1 555 2960.\n\n"
            "Ardmore Track Systems Ltd. Registered in Ireland No. 412880. Registered office: Unit 9, Ballyogan "
            "Business Park, Dublin 18.\n")
    eml = reply(seed="bx048", po=po, date=at("2026-11-20 06:15:40", "+0000"), body=body, client="erp",
                quote=None, html=False, threaded=False, subject="Sales Order Confirmation SO-104482 / Your PO WHI-55161",
                frm=("Ardmore Track Systems - Order Desk", "ordack@ardmoretrack.example"),
                atts=[("SO-104482.pdf", "application/pdf", doc)],
                extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Microsoft Dynamics 365 Business Central")])
    assert 80 * 4260 + 40 * 1820 + 60 * 740 + 80 * 310 == 482800
    exp = conf("ERP auto-mail is still a confirmation; delivery dates (not ship dates) count: line 3 08/01/2027.",
               (po, {1: A(po, 1), 2: A(po, 2), 3: C(po, 3, d="2027-01-08"), 4: A(po, 4)}))
    return [clean(po)], eml, exp
