"""Cases 017-032: confirmations (Asia, Turkey, split deliveries, multi-PO, ERP)."""
from .common import (case, sup, po, conf, chg, REJ, UNC, build, reply_subject, outlook_quote, gt_quote,
                     request_text, request_subject, html_doc, text_to_html, B_LENA, B_JONAS, B_PRIYA)
from .mime import date_hdr
from .pdf import make_pdf
from .xlsx import make_xlsx


def E(confs, notes):
    return {"kind": "confirmation", "confirmations": confs, "notes": notes}


@case("tent-pegs-aralik-teslim", "confirmation/tr-TR",
      "'18 Aralık 2026 teslim' for line 1 while line 2 (peg puller) is declined as out of stock; Turkish decimal comma '9,60 EUR'.")
def c017(seed):
    S = sup("CADIRK", "Çadırcı Kazık San. Tic. A.Ş.", "satis@cadircikazik.example", "tr-TR")
    P = po("4500031475", S, "EUR", "2026-11-16", [
        ("CK-STK80-32", "Tent stake steel 80 cm, dia 32 mm", 300, "EA", "9.60", "2026-12-11"),
        ("CK-PULL-01", "Stake puller, lever type", 4, "EA", "68.00", "2026-12-11"),
    ], buyer=B_PRIYA)
    body = ("Sayın Priya Nair,\n\n4500031475 numaralı siparişiniz için teşekkür ederiz.\n\n"
            "Kalem 1: 300 adet çelik çadır kazığı 80 cm Ø32 - birim fiyat 9,60 EUR - 18 Aralık 2026 teslim.\n"
            "Kalem 2: kazık çekme aleti stokta yok ve üretici de üretimi durdurdu, maalesef tedarik edemiyoruz.\n\n"
            "Saygılarımızla,\nMehmet Yılmaz\nİhracat Satış Sorumlusu\nÇadırcı Kazık San. Tic. A.Ş.\n"
            "İvedik OSB, 1354. Cad. No: 18, 06378 Yenimahalle/Ankara\nTel: +90 312 555 64 20\n\n" + outlook_quote(P, "tr"))
    eml = build(seed, frm=("Mehmet Yılmaz", "satis@cadircikazik.example"), date=date_hdr(2026, 11, 18, 15, 10, 0, 3),
                subject=reply_subject(P, "YNT:"), body=body, pos_reply=P, client="outlook", lang="tr-TR", charset="iso-8859-9")
    return [P], eml, E([conf(P, {1: chg(300, "9.60", "2026-12-18"), 2: REJ})],
                       "Turkish month name date '18 Aralık 2026 teslim' (delivery) for line 1; line 2 explicitly cannot be supplied = rejected.")


@case("privacy-screens-giao-hang", "confirmation/vi-VN",
      "'giao hàng ngày 18 tháng 12' (day/month in words, no year) moves both lines; USD prices written '96,00 USD' Vietnamese style.")
def c018(seed):
    S = sup("VINAMD", "Vina Medical Furniture Co., Ltd", "sales@vinamedfurn.example", "vi-VN")
    P = po("4500031489", S, "USD", "2026-11-16", [
        ("VMF-PS3-180", "Hospital privacy screen 3-panel 180x170 cm, castors 50 mm", 40, "EA", "96.00", "2026-12-15"),
        ("VMF-CP60150", "Replacement curtain panel 60x150 cm, antimicrobial", 120, "EA", "11.20", "2026-12-15"),
    ])
    body = ("Kính gửi chị Lena Marsh,\n\nCông ty chúng tôi xác nhận đơn hàng số 4500031489:\n\n"
            "- Mục 1: bình phong y tế 3 cánh 180x170 cm, số lượng 40 chiếc, đơn giá 96,00 USD\n"
            "- Mục 2: tấm rèm thay thế 60x150 cm kháng khuẩn, số lượng 120 chiếc, đơn giá 11,20 USD\n\n"
            "Đơn giá giữ nguyên. Giao hàng ngày 18 tháng 12 cho cả hai mục.\n\n"
            "Trân trọng,\nNguyễn Thị Hoa\nPhòng Kinh doanh - Vina Medical Furniture Co., Ltd\n"
            "Lô C5, KCN Tân Bình, Q. Tân Phú, TP. Hồ Chí Minh\nĐT: +84 28 5555 6132\n\n" + outlook_quote(P))
    eml = build(seed, frm=("Nguyễn Thị Hoa", "sales@vinamedfurn.example"), date=date_hdr(2026, 11, 18, 16, 45, 31, 7),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="vi-VN", charset="utf-8", cte="base64")
    d = "2026-12-18"
    return [P], eml, E([conf(P, {1: chg(40, "96.00", d), 2: chg(120, "11.20", d)})],
                       "Vietnamese 'ngày 18 tháng 12' (no year) -> 2026-12-18 for both lines; decimal comma prices unchanged.")


@case("dollhouse-tarikh-penghantaran", "confirmation/ms-MY",
      "All lines get 'tarikh penghantaran 18/12/2026' (= requested) but item 2 is cut to 180 units because of limited stock.")
def c019(seed):
    S = sup("MINIMY", "Miniatur Kraf Sdn. Bhd.", "jualan@miniaturkraf.example", "ms-MY")
    P = po("4500031503", S, "USD", "2026-11-16", [
        ("MK-DIN112-5", "Dollhouse dining set 1:12, 5 pcs", 150, "SET", "7.80", "2026-12-18"),
        ("MK-BKS112", "Miniature bookshelf 1:12, 3 3/4in high", 200, "EA", "3.10", "2026-12-18"),
        ("MK-BED112-27", "Four-poster bed 1:12, 2027 collection", 80, "EA", "9.40", "2026-12-18"),
    ], buyer=B_PRIYA)
    body = ("Salam sejahtera Cik Priya,\n\nTerima kasih atas pesanan 4500031503. Berikut pengesahan kami:\n\n"
            "Item 1 - set makan 1:12 (5 keping): 150 set @ USD 7.80 - disahkan\n"
            "Item 2 - rak buku 1:12: 180 unit sahaja @ USD 3.10 (stok terhad, baki 20 unit tidak dapat dibekalkan)\n"
            "Item 3 - katil empat tiang 1:12: 80 unit @ USD 9.40 - disahkan\n\n"
            "Tarikh penghantaran 18/12/2026 untuk semua item.\n\nSekian, terima kasih.\n\nNurul Aina binti Hassan\n"
            "Eksekutif Jualan, Miniatur Kraf Sdn. Bhd.\nNo. 12, Jalan Perindustrian 3, 81400 Senai, Johor\nTel: +60 7-555 3921\n\n"
            + gt_quote(P))
    eml = build(seed, frm=("Nurul Aina Hassan", "jualan@miniaturkraf.example"), date=date_hdr(2026, 11, 18, 10, 2, 6, 8),
                subject="Re: Order acknowledgment request - PO 4500031503", body=body, pos_reply=P, client="gmail", lang="ms-MY")
    return [P], eml, E([conf(P, {1: "acc", 2: chg(180, "3.10", "2026-12-18"), 3: "acc"})],
                       "Delivery date equals the PO; only the quantity of item 2 changes (200 -> 180, remainder not supplied).")


@case("bollards-hindi-delivery", "confirmation/hi-IN",
      "Hindi with English mixed in: 'डिलीवरी 18/12/2026' for both lines, Indian lakh formatting '₹18,500' per piece, requested 11 Dec.")
def c020(seed):
    S = sup("SURAKB", "Suraksha Bollards Pvt. Ltd.", "sales@surakshabollards.example", "hi-IN")
    P = po("4500031517", S, "INR", "2026-11-16", [
        ("SB-RB304-900", "Removable airport bollard SS304, 114 mm dia, 900 mm", 30, "EA", "18500.00", "2026-12-11"),
        ("SB-SLV-LK", "Bollard base sleeve with lock", 30, "EA", "4200.00", "2026-12-11"),
    ], buyer=B_PRIYA)
    body = ("नमस्ते प्रिया जी,\n\nआपके PO 4500031517 के लिए धन्यवाद। हम दोनों लाइन्स की पुष्टि करते हैं:\n\n"
            "1. Removable bollard SS304, 114 mm - 30 नग, ₹18,500 प्रति नग\n"
            "2. Base sleeve with lock - 30 नग, ₹4,200 प्रति नग\n\n"
            "मात्रा और दर ऑर्डर के अनुसार। डिलीवरी 18/12/2026 (11 तारीख संभव नहीं है, पॉलिशिंग लाइन फुल है)।\n\n"
            "धन्यवाद,\nराजेश शर्मा\nSales Manager, Suraksha Bollards Pvt. Ltd.\nPlot 44, Sector 8, IMT Manesar, Gurugram 122050\n+91 124 555 7781\n\n"
            + outlook_quote(P))
    eml = build(seed, frm=("राजेश शर्मा", "sales@surakshabollards.example"), date=date_hdr(2026, 11, 19, 11, 20, 0, 5, 30),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="hi-IN")
    d = "2026-12-18"
    return [P], eml, E([conf(P, {1: chg(30, "18500.00", d), 2: chg(30, "4200.00", d)})],
                       "Devanagari with English item names; delivery 18/12/2026 day-first; '11 तारीख संभव नहीं' explains the change from the 11th.")


@case("compass-resten-enligt-order", "confirmation/sv-SE",
      "New date only for line 2 ('ny leveransdag 22/12'), then 'Resten enligt order' accepts lines 1 and 3 unchanged.")
def c021(seed):
    S = sup("NAVKMP", "Navigator Kompass AB", "order@navkompass.example", "sv-SE")
    P = po("4500031530", S, "SEK", "2026-11-16", [
        ("NK-B70-FL", "Marine compass B70 flush mount, 12/24V", 15, "EA", "2450.00", "2026-12-14"),
        ("NK-HB100", "Hand bearing compass 100 mm", 25, "EA", "890.00", "2026-12-14"),
        ("NK-CVR-B70", "Sun cover for B70", 15, "EA", "165.00", "2026-12-14"),
    ], buyer=B_JONAS)
    body = ("Hej Jonas,\n\nTack för ordern 4500031530.\n\nRad 2 (pejlkompass 100 mm): ny leveransdag 22/12, vi väntar på glaskupor.\n"
            "Resten enligt order.\n\nMed vänliga hälsningar\nEmma Lindgren\nOrderavdelningen | Navigator Kompass AB\n"
            "Varvsgatan 14, 414 59 Göteborg\nTel 031-555 28 40\n\n" + outlook_quote(P, "sv"))
    eml = build(seed, frm=("Emma Lindgren", "order@navkompass.example"), date=date_hdr(2026, 11, 19, 8, 55, 12, 1),
                subject=reply_subject(P, "SV:"), body=body, pos_reply=P, client="outlook", lang="sv-SE", charset="iso-8859-1")
    return [P], eml, E([conf(P, {1: "acc", 2: chg(25, "890.00", "2026-12-22"), 3: "acc"})],
                       "'Resten enligt order' = remaining lines as ordered; '22/12' without year -> 2026-12-22 for line 2 only.")


@case("dollhouse-chairs-dozens", "confirmation/en-IN",
      "Quantities confirmed in dozens ('24 doz', '10 doz') and price 'Rs. 1,020/doz' for a PO in pieces: 288 pcs at 85.00 and 120 pcs as ordered.")
def c022(seed):
    S = sup("KRFTIN", "Kraftwood Miniatures LLP", "orders@kraftwoodmini.example", "en-IN")
    P = po("4500031544", S, "INR", "2026-11-17", [
        ("KW-CHR112-WAL", "Dollhouse chair 1:12, walnut finish", 300, "PCS", "85.00", "2026-12-10"),
        ("KW-RCK112", "Miniature rocking chair 1:12", 120, "PCS", "65.00", "2026-12-10"),
    ], buyer=B_PRIYA)
    body = ("Dear Ms. Priya,\n\nGreetings from Kraftwood!\n\nWe acknowledge your PO 4500031544 dated 17.11.2026. As our packing is in dozens, kindly note:\n\n"
            "1) Chair 1:12 walnut - 24 doz @ Rs. 1,020.00 per doz\n"
            "2) Rocking chair 1:12 - 10 doz @ Rs. 780.00 per doz\n\n"
            "Delivery on 10.12.2026 as per your requirement.\n\nThanks & Regards,\nSanjay Mehta\nKraftwood Miniatures LLP\n"
            "B-27, Sector 63, Noida 201301, U.P.\nMob: +91 98 1055 4312\n\n" + outlook_quote(P))
    eml = build(seed, frm=("Sanjay Mehta", "orders@kraftwoodmini.example"), date=date_hdr(2026, 11, 19, 12, 40, 0, 5, 30),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="en-IN")
    return [P], eml, E([conf(P, {1: chg(288, "85.00", "2026-12-10"), 2: "acc"})],
                       "24 doz = 288 pcs (PO 300) at 1020/12 = 85.00 per pc; 10 doz = 120 pcs at 780/12 = 65.00 = as ordered.")


@case("sushi-conveyor-pdf-shiftjis", "confirmation/ja-JP",
      "Shift_JIS body points to an attached PDF order acknowledgment (注文請書); the PDF moves only the drive motor to 2027-01-08.")
def c023(seed):
    S = sup("KAITEN", "Kaiten Kikai Co., Ltd.", "eigyo@kaitenkikai.example", "ja-JP")
    P = po("4500031558", S, "JPY", "2026-11-17", [
        ("KK-TP825-CR", "Conveyor top plate crescent 82.5 mm", 200, "PCS", "1450", "2026-12-18"),
        ("KK-MTR04-200", "Drive motor 0.4 kW 200V with reducer 1/30", 2, "EA", "86000", "2026-12-18"),
        ("KK-SNS24", "Plate sensor 24V DC", 6, "EA", "12800", "2026-12-18"),
    ], buyer=B_JONAS)
    body = ("Halvorsen & Pike Trading Ltd\nJonas Weber 様\n\nいつも大変お世話になっております。回転機械の佐藤です。\n\n"
            "ご注文（PO 4500031558）ありがとうございます。注文請書を添付いたしましたのでご確認ください。\n"
            "2行目の駆動モーター（0.4kW 200V）は減速機の入荷待ちのため、納期が2027年1月8日となります。\n"
            "その他の品目はご注文どおりです。\n\n何卒よろしくお願い申し上げます。\n\n"
            "――――――――――――――――\n回転機械株式会社　営業部\n佐藤 健一\n〒581-0067 大阪府八尾市神武町2-15\nTEL 072-955-3310\n"
            "――――――――――――――――\n\n" + gt_quote(P, "2026年11月17日(火) 10:12 Jonas Weber <jonas.weber@halvorsen-pike.example>:"))
    pdf = make_pdf([
        "**KAITEN KIKAI CO., LTD.  -  ORDER ACKNOWLEDGEMENT",
        "Chuumon Ukesho / Order acknowledgement no. KK-OA-26-1184",
        "Date: 2026-11-19",
        "Customer: Halvorsen & Pike Trading Ltd, Rotterdam",
        "Your PO: 4500031558 of 2026-11-17",
        "",
        "Ln  Item            Description                          Qty   Unit   Price JPY   Delivery",
        "1   KK-TP825-CR     Top plate crescent 82.5 mm           200   PCS      1,450     2026-12-18",
        "2   KK-MTR04-200    Drive motor 0.4 kW 200V, 1/30        2     EA      86,000     2027-01-08",
        "3   KK-SNS24        Plate sensor 24V DC                  6     EA      12,800     2026-12-18",
        "",
        "Total (excl. tax): JPY 538,800",
        "Terms: 60 days net. Delivery DAP Rotterdam.",
        "Kaiten Kikai Co., Ltd., 2-15 Jinbu-cho, Yao, Osaka 581-0067, Japan",
    ], title="Order acknowledgement KK-OA-26-1184", compress=False, date="D:20261119093000+09'00'")
    eml = build(seed, frm=("佐藤 健一", "k.sato@kaitenkikai.example"), date=date_hdr(2026, 11, 19, 9, 41, 20, 9),
                subject="Re: Order acknowledgment request - PO 4500031558", body=body, pos_reply=P, client="thunderbird",
                charset="shift_jis", cte="base64", html="none", lang="ja-JP",
                attachments=[(pdf, "application/pdf", "KK-OA-26-1184.pdf")])
    return [P], eml, E([conf(P, {1: "acc", 2: chg(2, "86000", "2027-01-08"), 3: "acc"})],
                       "Japanese body + PDF acknowledgment agree: motor line moves to 2027-01-08 (2027年1月8日), other lines as ordered. Prices in JPY without decimals.")


@case("misting-nozzle-split-gb2312", "confirmation/zh-CN",
      "GB2312 body splits line 1 into 3000 pcs on 12月4日 and 2000 pcs on 12月18日 (no year); line 2 confirmed as ordered.")
def c024(seed):
    S = sup("WUHUAN", "Ningbo Wuhua Irrigation Co., Ltd.", "sales@nbwuhua.example", "zh-CN")
    P = po("4500031572", S, "USD", "2026-11-17", [
        ("WH-NZ03-BR", "Misting nozzle brass 0.3 mm, 10/24 UNC", 5000, "PCS", "0.86", "2026-12-04"),
        ("WH-TEE-38", "Slip-lock tee 3/8in", 2000, "PCS", "0.42", "2026-12-04"),
    ])
    body = ("Lena 您好，\n\n感谢您的订单 4500031572，确认如下：\n\n"
            "第1项 黄铜雾化喷头 0.3 mm：共5000个，单价 0.86 美元，分两批交货：12月4日交3000个，12月18日交剩余2000个。\n"
            "第2项 3/8 三通：2000个，单价 0.42 美元，12月4日交货，照单确认。\n\n"
            "如有问题请随时联系。\n\n祝好！\n王晓明\n宁波雾华灌溉有限公司 外贸部\n浙江省宁波市鄞州区工业路88号\n电话：+86 574 5555 8821\n\n"
            + gt_quote(P))
    eml = build(seed, frm=("王晓明", "sales@nbwuhua.example"), date=date_hdr(2026, 11, 18, 17, 3, 45, 8),
                subject="回复: Order acknowledgment request - PO 4500031572", body=body, pos_reply=P, client="plain",
                charset="gb2312", cte="base64", html="alt", lang="zh-CN",
                extra_headers=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    return [P], eml, E([conf(P, {1: chg(5000, "0.86", "2026-12-18", [(3000, "2026-12-04"), (2000, "2026-12-18")]), 2: "acc"})],
                       "Split delivery 3000 + 2000 = 5000 (quantity unchanged); last delivery 12月18日 -> 2026-12-18 is the line date.")


@case("desiccator-big5-discontinued", "confirmation/zh-TW",
      "Big5 reply confirms lines 1-2 as ordered and declines the cabinet line as discontinued (停產).")
def c025(seed):
    S = sup("TAILAB", "Taiwan Lab Glass Co., Ltd.", "order@twlabglass.example", "zh-TW")
    P = po("4500031586", S, "USD", "2026-11-18", [
        ("TL-VD250-PC", "Vacuum desiccator polycarbonate 250 mm, stopcock", 10, "EA", "145.00", "2026-12-10"),
        ("TL-PL230-CR", "Desiccator plate ceramic 230 mm", 10, "EA", "18.00", "2026-12-10"),
        ("TL-CAB45", "Desiccator cabinet 45x45x45 cm, 2 shelves", 2, "EA", "620.00", "2026-12-10"),
    ])
    body = ("Lena 您好：\n\n謝謝您的訂單 4500031586。回覆如下：\n\n"
            "1. 真空乾燥器 PC 250 mm，10 個，單價 USD 145.00，交期 2026/12/10，確認。\n"
            "2. 陶瓷隔板 230 mm，10 個，單價 USD 18.00，交期 2026/12/10，確認。\n"
            "3. 乾燥箱 45x45x45 cm：此型號已停產，無法供貨，抱歉。\n\n"
            "敬祝 商祺\n陳美玲\n台灣實驗玻璃股份有限公司 業務部\n新北市五股區五工路 120 號\nTel: +886 2 5555 7312\n\n" + outlook_quote(P))
    eml = build(seed, frm=("陳美玲", "order@twlabglass.example"), date=date_hdr(2026, 11, 19, 14, 8, 0, 8),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="zh-TW",
                charset="big5", cte="base64", html="none")
    return [P], eml, E([conf(P, {1: "acc", 2: "acc", 3: REJ})],
                       "Year-first 2026/12/10 equals the PO date; line 3 discontinued and 'cannot supply' = rejected.")


@case("skate-bearings-euckr-table", "confirmation/ko-KR",
      "EUC-KR HTML table restates every line with KRW prices '1,450원' and the requested date: all accepted.")
def c026(seed):
    S = sup("HANBRG", "Hanil Bearing Co., Ltd.", "sales@hanilbearing.example", "ko-KR")
    P = po("4500031600", S, "KRW", "2026-11-18", [
        ("HB-608ZZ-A9", "Skateboard bearing 608ZZ ABEC-9, 8x22x7", 2000, "PCS", "1450.00", "2026-12-08"),
        ("HB-SPC8-10", "Bearing spacers 8 mm, pack of 10", 500, "SET", "900.00", "2026-12-08"),
    ], buyer=B_PRIYA)
    body = ("Priya Nair 님 안녕하세요,\n\n발주서 4500031600 확인 드립니다.\n\n"
            "번호 | 품목 | 수량 | 단가 | 납기\n"
            "1 | 608ZZ ABEC-9 베어링 | 2,000 PCS | 1,450원 | 2026-12-08\n"
            "2 | 스페이서 8 mm (10개입) | 500 SET | 900원 | 2026-12-08\n\n"
            "발주 내용대로 전량 확정합니다.\n\n감사합니다.\n김민준 과장\n한일베어링(주) 영업팀\n경기도 안산시 단원구 산단로 77\nTel. +82 31 555 2781\n\n"
            + gt_quote(P, "2026년 11월 18일 (수) 오전 10:12, Priya Nair <priya.nair@halvorsen-pike.example>님이 작성:"))
    rows = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % c for c in r) + "</tr>\n" for r in [
        ("번호", "품목", "수량", "단가", "납기"),
        ("1", "608ZZ ABEC-9 베어링", "2,000 PCS", "1,450원", "2026-12-08"),
        ("2", "스페이서 8 mm (10개입)", "500 SET", "900원", "2026-12-08")])
    hb = html_doc("Priya Nair 님 안녕하세요,<br><br>발주서 4500031600 확인 드립니다.<br><br>"
                  '<table style="border-collapse:collapse">\n%s</table><br>발주 내용대로 전량 확정합니다.<br><br>감사합니다.<br>'
                  "김민준 과장<br>한일베어링(주) 영업팀<br>경기도 안산시 단원구 산단로 77<br>Tel. +82 31 555 2781<br><br>"
                  "<blockquote>%s</blockquote>" % (rows, text_to_html(request_text(P))), "ko")
    eml = build(seed, frm=("김민준", "sales@hanilbearing.example"), date=date_hdr(2026, 11, 19, 9, 12, 33, 9),
                subject="RE: Order acknowledgment request - PO 4500031600", body=body, pos_reply=P, client="plain",
                charset="euc-kr", cte="base64", html="alt", html_body=hb, lang="ko-KR")
    return [P], eml, E([conf(P, {1: "acc", 2: "acc"})],
                       "Korean table restates PO values exactly (1,450원 = 1450.00 KRW) -> accepted; text and HTML parts agree.")


@case("dough-divider-tis620-price", "confirmation/th-TH",
      "TIS-620 Thai reply raises the divider price to 39,900.00 baht and keeps the blade set; date given as 15/12/2026.")
def c027(seed):
    S = sup("SIAMBK", "Siam Bakery Machinery Co., Ltd.", "sales@siambakemach.example", "th-TH")
    P = po("4500031614", S, "THB", "2026-11-18", [
        ("SBM-DD20-30100", "Dough divider 20 parts, 30-100 g, manual", 3, "EA", "38500.00", "2026-12-15"),
        ("SBM-BLD-SS20", "Divider blade set stainless, 20 parts", 3, "SET", "4200.00", "2026-12-15"),
    ], buyer=B_JONAS)
    body = ("เรียน คุณ Jonas Weber\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500031614 บริษัทฯ ขอยืนยันดังนี้\n\n"
            "รายการที่ 1 เครื่องแบ่งแป้ง 20 ช่อง 30-100 กรัม จำนวน 3 เครื่อง ราคาต่อหน่วย 39,900.00 บาท (ปรับราคาตามต้นทุนเหล็ก)\n"
            "รายการที่ 2 ชุดใบมีดสแตนเลส จำนวน 3 ชุด ราคา 4,200.00 บาท ตามใบสั่งซื้อ\n\n"
            "ส่งของวันที่ 15/12/2026 ตามที่ขอ\n\nขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายขาย บริษัท สยามเบเกอรี่แมชชีนเนอรี่ จำกัด\n"
            "99/12 ถ.บางนา-ตราด กม.18 สมุทรปราการ 10540\nโทร +66 2 555 3120\n\n" + outlook_quote(P))
    eml = build(seed, frm=("สมชาย ใจดี", "sales@siambakemach.example"), date=date_hdr(2026, 11, 20, 10, 1, 0, 7),
                subject=reply_subject(P, "RE:"), body=body, pos_reply=P, client="outlook", lang="th-TH",
                charset="tis-620", cte="base64", html="none")
    return [P], eml, E([conf(P, {1: chg(3, "39900.00", "2026-12-15"), 2: "acc"})],
                       "Thai in TIS-620; price change 38500 -> 39900 THB on line 1; 15/12/2026 equals the requested date.")


@case("misting-nozzles-indonesian-ok", "confirmation/id-ID",
      "Gmail one-paragraph 'semua item kami konfirmasi sesuai PO' with IDR prices written 'Rp 12.500' (dot thousands) in the quoted table context.")
def c028(seed):
    S = sup("EMBUNI", "PT Embun Irigasi Nusantara", "penjualan@embunirigasi.example", "id-ID")
    P = po("4500031628", S, "IDR", "2026-11-18", [
        ("EI-NZ-015", "Fogger nozzle 0.15 mm cross 4-way", 1000, "PCS", "12500.00", "2026-12-09"),
        ("EI-PE16-100", "PE hose 16 mm x 100 m", 20, "ROL", "385000.00", "2026-12-09"),
        ("EI-FLT120", "Disc filter 1in 120 mesh", 10, "EA", "210000.00", "2026-12-09"),
    ])
    body = ("Selamat siang Ibu Lena,\n\nTerima kasih atas PO 4500031628. Semua item kami konfirmasi sesuai PO: nozzle Rp 12.500/pcs, "
            "selang PE Rp 385.000/rol, filter Rp 210.000/unit, pengiriman tanggal 9 Desember 2026.\n\n"
            "Salam,\nDewi Lestari\nPT Embun Irigasi Nusantara\nJl. Raya Cikarang-Cibarusah Km 5, Bekasi 17530\nTelp. +62 21 5555 3349\n\n"
            + gt_quote(P, "Pada Rab, 18 Nov 2026 pukul 10.12 Lena Marsh <lena.marsh@halvorsen-pike.example> menulis:"))
    eml = build(seed, frm=("Dewi Lestari", "penjualan@embunirigasi.example"), date=date_hdr(2026, 11, 19, 13, 27, 45, 7),
                subject="Re: Order acknowledgment request - PO 4500031628", body=body, pos_reply=P, client="gmail", lang="id-ID")
    return [P], eml, E([conf(P, {1: "acc", 2: "acc", 3: "acc"})],
                       "Indonesian dot-thousands 'Rp 12.500' equals 12500.00 IDR; '9 Desember 2026' = requested date; all accepted.")


@case("harvest-bins-za-split-prose", "confirmation/en-ZA",
      "Prose split: 60 bins on Friday 4 December and the balance of 40 on 11 December; the lids all come with the first load.")
def c029(seed):
    S = sup("CAPEBN", "Cape Bin Moulders (Pty) Ltd", "sales@capebin.example", "en-ZA")
    P = po("4500031642", S, "ZAR", "2026-11-18", [
        ("CBM-HB500", "Harvest bin 500 L, 1200x1000x760 mm, ventilated", 100, "EA", "1890.00", "2026-12-04"),
        ("CBM-LID1210", "Bin lid 1200x1000", 100, "EA", "240.00", "2026-12-04"),
    ], buyer=B_PRIYA)
    body = ("Hi Priya\n\nThanks for the order - harvest has started early in Stellenbosch so the moulds are busy.\n\n"
            "We can do the bins at R1 890,00 each as ordered, but split: 60 bins on Friday 4 December and the balance of 40 bins on 11 December. "
            "All 100 lids (R240,00) come with the first load on the 4th.\n\n"
            "Cheers\nJohan van der Merwe\nCape Bin Moulders (Pty) Ltd\n14 Borcherds Quarry Rd, Airport Industria, Cape Town 7490\nTel +27 21 555 0190\n\n"
            + outlook_quote(P))
    eml = build(seed, frm=("Johan van der Merwe", "johan@capebin.example"), date=date_hdr(2026, 11, 19, 16, 5, 0, 2),
                subject=reply_subject(P), body=body, pos_reply=P, client="outlook", lang="en-ZA")
    return [P], eml, E([conf(P, {1: chg(100, "1890.00", "2026-12-11", [(60, "2026-12-04"), (40, "2026-12-11")]), 2: "acc"})],
                       "South African 'R1 890,00' (space thousands, decimal comma); schedule 60 + 40 with the last delivery 2026-12-11; lids on 4 Dec = accepted.")


@case("ear-tags-three-pos-one-answered", "confirmation/en-AU",
      "pos.json holds three open POs of the same supplier; the reply (threaded on the second) answers only PO 4500031671, the others are left out.")
def c030(seed):
    S = sup("OZTAGS", "Outback Livestock Tags Pty Ltd", "orders@outbacktags.example", "en-AU")
    P1 = po("4500031656", S, "AUD", "2026-11-16", [
        ("OLT-NLIS-W", "NLIS RFID ear tag, white, 2027 year colour", 1500, "PCS", "3.20", "2026-12-11"),
    ])
    P2 = po("4500031671", S, "AUD", "2026-11-18", [
        ("OLT-V7558-O", "Visual ear tag 75x58 mm, orange, blank", 3000, "PCS", "0.55", "2026-12-14"),
        ("OLT-APP-UNI", "Tag applicator universal", 12, "EA", "24.90", "2026-12-14"),
    ])
    P3 = po("4500031699", S, "AUD", "2026-11-19", [
        ("OLT-MRK-BLK", "Ear tag marker pen, black, 12 pack", 20, "BOX", "38.00", "2026-12-18"),
    ])
    body = ("G'day Lena,\n\nRe PO 4500031671 - visual tags 75x58 orange: 3,000 pcs at $0.55, and 12 applicators at $24.90, "
            "all good for delivery 14/12/2026. Confirmed.\n\n"
            "Cheers,\nBec Sullivan\nCustomer Service | Outback Livestock Tags Pty Ltd\n21 Yarrawonga Rd, Wodonga VIC 3690\nPh 02 6055 5184\n\n"
            + outlook_quote(P2))
    eml = build(seed, frm=("Bec Sullivan", "bec@outbacktags.example"), date=date_hdr(2026, 11, 20, 9, 18, 0, 11),
                subject=reply_subject(P2), body=body, pos_reply=P2, client="outlook", lang="en-AU")
    return [P1, P2, P3], eml, E([conf(P2, {1: "acc", 2: "acc"})],
                                "Three POs known; only 4500031671 is answered (all as ordered, 14/12/2026 day-first). The other two POs are not mentioned -> left out.")


@case("pto-nz-two-of-three", "confirmation/en-NZ",
      "Two of three POs answered in one mail (one as ordered, one with a new price); the third is only mentioned as 'still checking' and left out.")
def c031(seed):
    S = sup("KIWPTO", "Kiwi Driveline Ltd", "sales@kiwidriveline.example", "en-NZ")
    P1 = po("4500031703", S, "NZD", "2026-11-17", [
        ("KD-PTO-S6-800", "PTO shaft series 6, 1 3/8in x 6, 800 mm", 6, "EA", "455.00", "2026-12-09"),
        ("KD-SB-M10", "Shear bolt M10x40 8.8", 100, "PCS", "1.80", "2026-12-09"),
    ], buyer=B_JONAS)
    P2 = po("4500031717", S, "NZD", "2026-11-18", [
        ("KD-YK-138", "Yoke 1 3/8in Z6 quick-release", 10, "EA", "62.00", "2026-12-09"),
        ("KD-GRD-1000", "Shaft guard cone 1000 mm", 10, "EA", "48.00", "2026-12-09"),
    ], buyer=B_JONAS)
    P3 = po("4500031731", S, "NZD", "2026-11-19", [
        ("KD-WA-80", "Wide-angle joint 80 deg", 2, "EA", "690.00", "2026-12-16"),
    ], buyer=B_JONAS)
    body = ("Kia ora Jonas,\n\nQuick update on your three orders:\n\n"
            "4500031703 - confirmed as ordered, both lines, delivery 9/12/2026.\n"
            "4500031717 - yokes confirmed at $64.50 (supplier increase), guards as ordered; both lines 9/12/2026.\n"
            "4500031731 - still checking the wide-angle joint with the factory, will come back to you.\n\n"
            "Cheers,\nAroha Ngata\nKiwi Driveline Ltd\n8 Kahu Road, Sockburn, Christchurch 8042\nPh +64 3 555 2290\n\n"
            + gt_quote(P1, "On Tue, 17 Nov 2026 at 10:12, Jonas Weber <jonas.weber@halvorsen-pike.example> wrote:"))
    eml = build(seed, frm=("Aroha Ngata", "sales@kiwidriveline.example"), date=date_hdr(2026, 11, 20, 14, 2, 10, 13),
                subject="Re: Order acknowledgment request - PO 4500031703", body=body, pos_reply=P1, client="apple", lang="en-NZ",
                cte="quoted-printable")
    return [P1, P2, P3], eml, E([conf(P1, {1: "acc", 2: "acc"}), conf(P2, {1: chg(10, "64.50", "2026-12-09"), 2: "acc"})],
                                "Two POs answered; 4500031731 is only mentioned ('still checking') -> left out rather than listed as unconfirmed. 9/12/2026 is day-first (NZ).")


@case("compass-erp-flate-pdf", "confirmation/en-SG",
      "Automatic ERP mail with only a Flate-compressed PDF order confirmation; the PDF confirms a changed quantity and date on line 2.")
def c032(seed):
    S = sup("LIONNV", "Lion Nautical Instruments Pte Ltd", "erp-noreply@lionnautical.example", "en-SG")
    P = po("4500031745", S, "USD", "2026-11-19", [
        ("LNI-C125-BK", "Marine compass 125 mm card, black, 12/24V", 12, "EA", "214.00", "2026-12-11"),
        ("LNI-DC-NMEA", "Fluxgate digital compass NMEA 2000", 8, "EA", "368.00", "2026-12-11"),
        ("LNI-BRK-SS", "Stainless bracket for 125 mm compass", 12, "EA", "27.50", "2026-12-11"),
    ], buyer=B_PRIYA)
    body = ("This is an automatically generated message from Lion Nautical Instruments Pte Ltd.\n\n"
            "Sales order 26-SO-08813 has been created for your purchase order 4500031745.\n"
            "Please find the order confirmation attached (PDF). Do not reply to this address.\n\n"
            "Lion Nautical Instruments Pte Ltd | 31 Loyang Way #04-12, Singapore 508730 | +65 6555 4120\n")
    pdf = make_pdf([
        "**LION NAUTICAL INSTRUMENTS PTE LTD",
        "31 Loyang Way #04-12, Singapore 508730   GST Reg. 201512345K",
        "",
        "**ORDER CONFIRMATION  26-SO-08813",
        "Customer PO: 4500031745        PO date: 19/11/2026",
        "Confirmation date: 20/11/2026  Currency: USD",
        "Ship to: Halvorsen & Pike Trading Ltd, Waalhaven Z.z. 44, 3089 JH Rotterdam",
        "",
        "Item  Material        Description                              Conf. qty  UoM  Unit price  Delivery date",
        "10    LNI-C125-BK     Marine compass 125 mm card, black        12         EA      214.00   11/12/2026",
        "20    LNI-DC-NMEA     Fluxgate digital compass NMEA 2000       6          EA      368.00   08/01/2027",
        "30    LNI-BRK-SS      Stainless bracket 125 mm                 12         EA       27.50   11/12/2026",
        "",
        "Remarks: item 20 - only 6 units available from next production lot; remaining 2 units cancelled.",
        "Dates are delivery dates DAP Rotterdam, format DD/MM/YYYY.",
        "Total USD 5,106.00",
    ], title="Order Confirmation 26-SO-08813", compress=True, date="D:20261120081502+08'00'", producer="SAP Business One")
    eml = build(seed, frm=("Lion Nautical ERP", "erp-noreply@lionnautical.example"), date=date_hdr(2026, 11, 20, 8, 15, 9, 8),
                subject="Order Confirmation 26-SO-08813 / Your PO 4500031745", body=body, pos_reply=P, client="erp",
                html="none", cte="7bit", charset="us-ascii", thread=False,
                attachments=[(pdf, "application/pdf", "OC_26-SO-08813.pdf")])
    return [P], eml, E([conf(P, {1: "acc", 2: chg(6, "368.00", "2027-01-08"), 3: "acc"})],
                       "ERP-generated mail = confirmation. Compressed PDF: ERP item numbers 10/20/30 map to PO lines 1/2/3; line 2 reduced to 6 units with delivery 08/01/2027 (day-first).")
