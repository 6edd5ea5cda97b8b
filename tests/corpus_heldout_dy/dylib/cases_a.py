# -*- coding: utf-8 -*-
"""Cases 001-018."""
from .common import *


@case("de-at-knife-blades-per100-kw51", "de-AT",
      "Outlook top-post in windows-1252 QP: price quoted per 100 pieces (equal to PO) and one line moved to 'KW 51'.")
def c_de_at():
    s = supplier("KWS", "Klingenwerk Steyr GmbH", "verkauf@klingenwerk-steyr.example", "de-AT")
    p = po("4500031201", s, "2026-11-09", [
        ("TRK-0619", "Trapezklingen 61 x 19 mm, Spender", 500, "PC", "0.42", "2026-12-11"),
        ("ABK-18", "Abbrechklingen 18 mm, Box a 10 Stk", 120, "BOX", "3.85", "2026-12-11")])
    body = ("Sehr geehrte Frau Kowalczyk,\n\n"
            "danke für Ihre Bestellung 4500031201, die wir wie folgt bestätigen:\n\n"
            "Pos. 1  TRK-0619 Trapezklingen 61x19 – 500 Stk. à EUR 42,00 / 100 Stk. – Liefertermin 11.12.2026\n"
            "Pos. 2  ABK-18 Abbrechklingen 18 mm – 120 Box à EUR 3,85 – Liefertermin KW 51 (Ware derzeit im Zulauf)\n\n"
            "Lieferung frei Haus, Zahlungsziel 30 Tage netto.\n\n"
            "Mit freundlichen Grüßen\n\nIng. Johann Aigner\nVerkauf Innendienst\n\n"
            "Klingenwerk Steyr GmbH | Ennser Straße 45 | 4400 Steyr | Österreich\n"
            "Tel. +43 7252 12 345-17 | Fax +43 7252 12 345-99\n"
            "FN 123456x, LG Steyr | UID ATU12345678\n\n"
            "________________________________\n"
            "Von: Marta Kowalczyk <marta.kowalczyk@northgate-supply.example>\n"
            "Gesendet: Montag, 9. November 2026 14:05\n"
            "An: verkauf@klingenwerk-steyr.example\n"
            "Betreff: Purchase order 4500031201 - please confirm\n\n" + request_text(p))
    eml = reply(p, text(body, cs="windows-1252"), mdate(2026, 11, 11, 10, 42, 7), "<VI1PR08MB5521A3F09C2E4B1D8E7F@VI1PR08MB5521.eurprd08.prod.outlook.example>",
                name="Aigner Johann", subject="AW: Purchase order 4500031201 - please confirm",
                mailer="X-Mailer: Microsoft Outlook 16.0")
    return [p], eml, expected("confirmation",
        "Line 1: EUR 42,00 per 100 pieces = 0.42/PC as ordered, date as ordered -> accepted. Line 2: 'KW 51' with no day = Friday of ISO week 51 = 2026-12-18, later than 2026-12-11 -> changed (date only).",
        conf(p, {1: A(p, 1), 2: C(p, 2, date="2026-12-18")}))


@case("pt-br-spray-gun-phone-later", "pt-BR",
      "Terse iPhone reply above a Gmail-style quote; 'entrega só dia 15/01' is a date without year moving delivery a week later.")
def c_pt_br():
    s = supplier("FPAUL", "Ferragens Paulista Ltda", "vendas@ferragenspaulista.example", "pt-BR")
    p = po("4500031215", s, "2026-11-10", [
        ("PP-HVLP-14", "Pistola de pintura HVLP bico 1.4 mm, caneca 600 ml", 12, "EA", "389.90", "2027-01-08")],
        currency="BRL")
    body = ("Boa tarde Marta, pedido 4500031215 confirmado, 12 pçs a R$ 389,90. Entrega só dia 15/01 pq o fabricante tá sem estoque até o fim do ano.\n"
            "Abs\nRogério\n\nEnviado do meu iPhone\n\n"
            + quote_gt(p, "Em 10 de nov. de 2026, às 11:20, Marta Kowalczyk <marta.kowalczyk@northgate-supply.example> escreveu:\n"))
    eml = reply(p, text(body), mdate(2026, 11, 12, 16, 3, 51, "-0300"), "<6F2A91C3-7B1E-4D55-9A0C-2E8B4F1D7A33@ferragenspaulista.example>",
                name="Rogério Tavares", subject="Re: Purchase order 4500031215 - please confirm",
                mailer="X-Mailer: iPhone Mail (21H16)")
    return [p], eml, expected("confirmation",
        "Quantity and price as ordered (R$ 389,90 = 389.90). '15/01' is day-first with no year; next such date after the 12 Nov 2026 mail is 2027-01-15, a week after the requested 2027-01-08 -> changed.",
        conf(p, {1: C(p, 1, date="2027-01-15")}))


@case("th-th-heat-guns-buddhist-era", "th-TH",
      "HTML-only TIS-620 base64 mail; dates written in the Buddhist Era (2569/2570) and one line delayed for restocking.")
def c_th():
    s = supplier("SIAMTM", "Siam Tool Mart Co., Ltd.", "sales@siamtoolmart.example", "th-TH")
    p = po("4500031230", s, "2026-11-06", [
        ("HG-2000", "Heat gun 2000 W, 2 temperature settings", 20, "EA", "1450.00", "2026-12-18"),
        ("HG-NZ4", "Nozzle set for heat gun, 4 pcs", 20, "SET", "320.00", "2026-12-18")], currency="THB")
    h = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=tis-620\"></head><body>"
         "<p>เรียน คุณมาร์ตา</p>"
         "<p>ทางบริษัทฯ ขอยืนยันใบสั่งซื้อเลขที่ 4500031230 ดังนี้</p>"
         "<table border=\"1\"><tr><th>ลำดับ</th><th>รหัสสินค้า</th><th>จำนวน</th><th>ราคา/หน่วย (บาท)</th><th>วันที่ส่งของ</th></tr>"
         "<tr><td>1</td><td>HG-2000 ปืนเป่าลมร้อน 2000 วัตต์</td><td>20 ตัว</td><td>1,450.00</td><td>18/12/2569</td></tr>"
         "<tr><td>2</td><td>HG-NZ4 ชุดหัวเป่า 4 ชิ้น</td><td>20 ชุด</td><td>320.00</td><td>20/01/2570 (สินค้าหมด รอของเข้า)</td></tr></table>"
         "<p>ขอแสดงความนับถือ<br>สมชาย ใจดี<br>ฝ่ายขาย บริษัท สยามทูลมาร์ท จำกัด<br>โทร 02-123-4567 ต่อ 108</p>"
         "</body></html>")
    eml = reply(p, html(h, cs="tis-620", cte="base64"), mdate(2026, 11, 9, 14, 20, 0, "+0700"), "<20261109142000.5521@mail.siamtoolmart.example>",
                name="Somchai Jaidee", subject="RE: Purchase order 4500031230 - please confirm")
    return [p], eml, expected("confirmation",
        "Thai dates use the Buddhist Era (BE = CE + 543): 18/12/2569 = 2026-12-18 (as requested) and 20/01/2570 = 2027-01-20. Line 1 accepted, line 2 changed date only.",
        conf(p, {1: A(p, 1), 2: C(p, 2, date="2027-01-20")}))


@case("sw-ke-first-aid-colour-question", "sw-KE",
      "Swahili reply that acknowledges the PO but asks whether a different box colour is acceptable and announces a new refill price tomorrow.")
def c_sw():
    s = supplier("MWSAFE", "Mwananchi Safety Supplies Ltd", "mauzo@mwananchisafety.example", "sw-KE")
    p = po("4500031244", s, "2026-11-10", [
        ("FAK-25", "First aid kit, 25-person, wall box", 30, "EA", "4850.00", "2026-12-11"),
        ("FAK-RF", "Refill pack for FAK-25", 60, "PC", "1200.00", "2026-12-11")], currency="KES")
    body = ("Habari Marta,\n\n"
            "Tumepokea oda yako namba 4500031244, asante sana.\n\n"
            "Kabla ya kuthibitisha tunaomba ufafanuzi: kisanduku cha FAK-25 kwa sasa kinapatikana kwa rangi ya kijani tu, "
            "si nyeupe kama ilivyo kwenye katalogi. Je, mnakubali rangi ya kijani?\n"
            "Pia bei ya refill (FAK-RF) imepanda kidogo kutoka kwa mtengenezaji - tutakutumia bei mpya kesho.\n\n"
            "Tukipata jibu lako tutathibitisha oda nzima pamoja na tarehe ya kusafirisha.\n\n"
            "Asante,\nWanjiru Kamau\nAfisa Mauzo | Mwananchi Safety Supplies Ltd\n"
            "Enterprise Road, Industrial Area, Nairobi | Simu: +254 20 555 0142 | PIN P051234567X\n")
    eml = reply(p, text(body), mdate(2026, 11, 12, 9, 14, 30, "+0300"), "<CAH9xk2Lq0pT4m@mail.mwananchisafety.example>",
                name="Wanjiru Kamau", subject="Re: Purchase order 4500031244 - please confirm")
    return [p], eml, expected("needs_review",
        "The supplier explicitly withholds confirmation ('Kabla ya kuthibitisha' = before confirming) pending our answer on box colour, and says the refill price will change. Nothing is committed.")


@case("hi-in-extension-cords-moq", "hi-IN",
      "Hindi reply mixing Devanagari and English, Indian digit grouping (1,25,000 + GST) and a line raised to the MOQ of 50.")
def c_hi():
    s = supplier("VIDYUT", "Vidyut Electricals Pvt. Ltd.", "sales@vidyutelectricals.example", "hi-IN")
    p = po("4500031258", s, "2026-11-09", [
        ("EXT-4S-5M", "Extension board 4 socket, 5 m cord", 100, "EA", "1250.00", "2026-12-18"),
        ("EXT-RL-25", "Cable reel 25 m, 3 x 1.5 sq mm", 40, "EA", "3480.00", "2026-12-18")],
        currency="INR", buyer="rs")
    body = ("नमस्ते राहुल जी,\n\n"
            "आपका PO नंबर 4500031258 मिल गया, धन्यवाद। हमारी पुष्टि इस प्रकार है:\n\n"
            "लाइन 1 – EXT-4S-5M – 100 नग @ ₹1,250.00 प्रति नग – डिलीवरी 18-12-2026 तक। कुल ₹1,25,000 + GST\n"
            "लाइन 2 – EXT-RL-25 – केबल रील का न्यूनतम ऑर्डर (MOQ) 50 नग है, इसलिए हम 50 नग @ ₹3,480.00 भेजेंगे, "
            "डिलीवरी 18-12-2026 तक। कुल ₹1,74,000 + GST\n\n"
            "GST 18% अलग से लगेगा जैसा कि कोटेशन में था।\n\n"
            "धन्यवाद सहित,\nसुरेश पाटिल\nसेल्स मैनेजर, विद्युत इलेक्ट्रिकल्स प्रा. लि.\n"
            "प्लॉट 14, MIDC भोसरी, पुणे 411026\n"
            "मो. 98220 41357 | फोन 020-2712 3344 | GSTIN 27AABCV1234F1Z5 | CIN U31900MH2009PTC123456\n")
    eml = reply(p, text(body, cte="base64"), mdate(2026, 11, 11, 17, 48, 2, "+0530"), "<CAJ7pN3vR+x2@mail.vidyutelectricals.example>",
                name="Suresh Patil", subject="Re: Purchase order 4500031258 - please confirm")
    return [p], eml, expected("confirmation",
        "Line 1 exactly as ordered (GST is extra and was already excluded from the PO price). Line 2 raised from 40 to the MOQ of 50 at the same price and date -> changed quantity 50. Totals with Indian grouping (1,25,000; 1,74,000) and signature numbers are not order data.",
        conf(p, {1: A(p, 1), 2: C(p, 2, q=50)}))


@case("is-is-out-of-office", "is-IS",
      "Icelandic out-of-office in ISO-8859-1 with Auto-Submitted header and a back-date that looks like a delivery date.")
def c_is():
    s = supplier("VERKF", "Verkfærasalan ehf.", "jon@verkfaerasalan.example", "is-IS")
    p = po("4500031263", s, "2026-11-12", [
        ("TB-PRO-2", "Tool belt, leather, 2 pouches + hammer loop", 25, "EA", "54.00", "2026-12-16"),
        ("TB-SUSP", "Suspenders for tool belt", 25, "EA", "18.50", "2026-12-16")])
    body = ("Góðan dag,\n\nÉg er fjarverandi frá 12. nóvember til og með 27. nóvember og hef takmarkaðan aðgang að tölvupósti.\n"
            "Fyrir pantanir og staðfestingar vinsamlegast hafið samband við sala@verkfaerasalan.example eða í síma 555 1234.\n\n"
            "I am out of the office until 27 November. For orders please contact sala@verkfaerasalan.example.\n\n"
            "Kveðja,\nJón Guðmundsson\nVerkfærasalan ehf. | Smiðjuvegi 4 | 200 Kópavogur\n")
    eml = reply(p, text(body, cs="iso-8859-1"), mdate(2026, 11, 12, 15, 2, 11, "+0000"), "<ooo.20261112150211.7781@verkfaerasalan.example>",
                name="Jón Guðmundsson", subject="Sjálfvirkt svar: Purchase order 4500031263 - please confirm",
                extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], subj_cs="iso-8859-1")
    return [p], eml, expected("auto_reply",
        "Automatic out-of-office (Auto-Submitted: auto-replied); '27. nóvember' is the return date, not a delivery date.")


@case("en-us-erp-pdf-acknowledgment", "en-US",
      "No-reply ERP mail in a new thread whose only order data is in an attached PDF (text layer) with US month-first dates, a price-list change and an earlier date.")
def c_en_us():
    s = supplier("LAKESH", "Lakeshore Lift & Jack Inc.", "orders@lakeshorelift.example", "en-US")
    p = po("4500031272", s, "2026-11-13", [
        ("JS-3T", "Jack stand 3 ton, ratchet type, pair", 40, "PR", "38.75", "2026-12-04"),
        ("JS-6T", "Jack stand 6 ton, pin type, pair", 20, "PR", "64.20", "2026-12-04"),
        ("JS-12T", "Jack stand 12 ton, heavy duty, pair", 10, "PR", "139.00", "2027-01-15")],
        currency="USD", buyer="jb")
    pdf_lines = [
        "LAKESHORE LIFT & JACK INC.        SALES ORDER ACKNOWLEDGMENT",
        "2250 W. Industrial Pkwy, Racine, WI 53404   Tel (262) 555-0188",
        "",
        "Sales Order: SO-88120        Order Date: 11/16/2026",
        "Customer PO: 4500031272      Customer: NORTHGATE SUPPLY B.V. (C10442)",
        "Ship Via: Ocean LCL / Terms: Net 45 / FOB Racine WI",
        "",
        "Ln  Item      Description                    Qty  UM   Unit Price    Extension   Promised Delivery",
        "1   JS-3T     JACK STAND 3T RATCHET (PAIR)    40  PR        38.75     1,550.00   12/04/2026",
        "2   JS-6T     JACK STAND 6T PIN TYPE (PAIR)   20  PR        66.10     1,322.00   12/04/2026",
        "3   JS-12T    JACK STAND 12T HD (PAIR)        10  PR       139.00     1,390.00   01/08/2027",
        "",
        "Line 2: price per current price list effective 11/01/2026.",
        "                                         Order Total USD   4,262.00",
        "Please review this acknowledgment carefully and advise of any discrepancies within 48 hours.",
    ]
    body = ("*** This is an automatically generated message. Please do not reply to this e-mail. ***\n\n"
            "Dear Customer,\n\nThank you for your order. Attached please find Sales Order Acknowledgment SO-88120 "
            "for your purchase order 4500031272.\n\nLakeshore Lift & Jack Inc. - Customer Service\n"
            "Questions: orders@lakeshorelift.example | (262) 555-0188\n")
    m = multi("mixed", text(body, cs="us-ascii", cte="7bit"),
              attach("SO-88120_Ack.pdf", "application/pdf", pdf(pdf_lines, "Sales Order Acknowledgment SO-88120")))
    eml = message("Lakeshore ERP <noreply-erp@lakeshorelift.example>", "James Bright <james.bright@northgate-supply.example>",
                  "Sales Order Acknowledgment SO-88120 / Your PO 4500031272", mdate(2026, 11, 16, 7, 31, 5, "-0600"),
                  "<SO88120.ACK.20261116073105@erp.lakeshorelift.example>", m,
                  extra=["Auto-Submitted: auto-generated"])
    return [p], eml, expected("confirmation",
        "ERP-generated acknowledgment that commits to the order (confirmation, not auto_reply). US dates: 12/04/2026 = 2026-12-04, 01/08/2027 = 2027-01-08. Line 1 as ordered; line 2 price 66.10 instead of 64.20; line 3 earlier date 2027-01-08.",
        conf(p, {1: A(p, 1), 2: C(p, 2, price="66.10"), 3: C(p, 3, date="2027-01-08")}))


@case("en-gb-inline-caps-split-discontinued", "en-GB",
      "Answers typed in capitals between '> ' quoted PO lines: a stock/balance split with day-first dates, one line as ordered, one size no longer available.")
def c_en_gb():
    s = supplier("BRUSHW", "Midland Brushworks Ltd", "sales@midlandbrushworks.example", "en-GB")
    p = po("4500031286", s, "2026-11-11", [
        ("WB-SS-4R", "Wire brush, stainless, 4 row, wooden handle", 200, "EA", "2.35", "2026-12-09"),
        ("WB-CUP-75", "Cup brush 75 mm M14, crimped steel", 60, "EA", "6.90", "2026-12-09"),
        ("WB-WHL-100", "Wheel brush 100 mm, twisted knot", 60, "EA", "7.45", "2026-12-09")], currency="GBP")
    q = request_text(p).split("\n")
    out = []
    for ln in q:
        out.append("> " + ln if ln else ">")
        if ln.startswith("1 | WB-SS-4R"):
            out.append("\nOK - 120 FROM STOCK, DESPATCH 27/11. BALANCE OF 80 DESPATCH 11/01\n")
        elif ln.startswith("2 | WB-CUP-75"):
            out.append("\nFINE AS ORDERED\n")
        elif ln.startswith("3 | WB-WHL-100"):
            out.append("\nSORRY NO LONGER MADE IN 100MM. NEAREST IS WB-WHL-115 (115MM) @ 8.10 - SEND NEW PO IF YOU WANT IT\n")
    body = ("Hi Marta,\n\nAnswers in line below in caps.\n\nCheers\nGary\n\n"
            "Gary Whitfield | Sales Office | Midland Brushworks Ltd\nUnit 7, Cradley Heath Ind. Est., B64 6AA\n"
            "T: 01384 555 210 | M: 07700 900 418 | Co. Reg. 04123987 | VAT GB 123 4567 89\n\n"
            "On Wed, 11 Nov 2026 at 09:12, Marta Kowalczyk <marta.kowalczyk@northgate-supply.example> wrote:\n"
            + "\n".join(out) + "\n")
    eml = reply(p, text(body, cs="us-ascii", cte="7bit"), mdate(2026, 11, 12, 11, 5, 40, "+0000"), "<CAF3kq9-Yh2bD8wM@mail.midlandbrushworks.example>",
                name="Gary Whitfield", subject="Re: Purchase order 4500031286 - please confirm")
    return [p], eml, expected("confirmation",
        "Inline answers. Line 1: 120 despatched 27/11 (2026-11-27) and 80 on 11/01 (next 11 January = 2027-01-11); only ship dates given so they are the dates; total 200, last date 2027-01-11 -> changed with schedule. Line 2 accepted. Line 3 rejected: the 115 mm alternative is only an offer needing a new PO.",
        conf(p, {1: C(p, 1, date="2027-01-11", sched=[(120, "2026-11-27"), (80, "2027-01-11")]), 2: A(p, 2), 3: R}))


@case("ja-jp-needle-files-iso2022-box-rounding", "ja-JP",
      "Formal Japanese, text part ISO-2022-JP and HTML part Shift_JIS: yearless dates (12月18日出荷 / 12月25日納品) and a quantity rounded up to full boxes of 12.")
def c_ja():
    s = supplier("TOHOSK", "Toho Seimitsu Kogu K.K.", "eigyo@toho-seimitsu.example", "ja-JP")
    p = po("4500031290", s, "2026-11-10", [
        ("NF-SET12", "Needle file set, 12 pcs, 140 mm", 30, "SET", "2400", "2026-12-18"),
        ("NF-HALF-R", "Needle file half round 160 mm, cut 2", 30, "PC", "380", "2026-12-18")], currency="JPY")
    body = ("ノースゲート・サプライ\nマルタ・コヴァルチク様\n\n"
            "いつも大変お世話になっております。\n東邦精密工具株式会社 営業部の佐藤でございます。\n\n"
            "ご注文（注文番号 4500031290）につきまして、下記の通りお請けいたします。\n\n"
            "1. NF-SET12 組やすりセット 12本組 140mm　30セット　単価 2,400円（税抜）　12月18日出荷\n"
            "2. NF-HALF-R 半丸やすり 160mm 中目　1箱12本入りのため、36本（3箱）に変更させていただきます。"
            "単価 380円（税抜）　12月25日納品\n\n"
            "ご確認のほど、何卒よろしくお願い申し上げます。\n\n"
            "――――――――――――――――\n東邦精密工具株式会社\n営業部　佐藤 健一\n"
            "〒959-1276 新潟県燕市小池 1234-5\nTEL 0256-00-1234　FAX 0256-00-1235\n――――――――――――――――\n")
    hb = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><div>" + \
        body.replace("\n", "<br>\n") + "</div></body></html>"
    m = multi("alternative", text(body, cs="ISO-2022-JP", cte="7bit"), html(hb, cs="Shift_JIS", cte="quoted-printable"))
    eml = reply(p, m, mdate(2026, 11, 13, 10, 2, 44, "+0900"), "<202611131002.AB12345@toho-seimitsu.example>",
                name="佐藤 健一", subject="Re: Purchase order 4500031290 - please confirm")
    return [p], eml, expected("confirmation",
        "Line 1: 30 sets at 2,400 JPY, shipped 12月18日 (only a ship date -> 2026-12-18, as requested) -> accepted. Line 2: rounded up to 36 pieces (3 boxes of 12), delivery 12月25日 = 2026-12-25 -> changed quantity and date, price unchanged.",
        conf(p, {1: A(p, 1), 2: C(p, 2, q=36, date="2026-12-25")}))


@case("zh-tw-pipe-wrench-roc-calendar", "zh-TW",
      "Traditional Chinese in Big5 with Minguo (ROC) calendar dates (115年 = 2026) and an aluminium price increase on one line.")
def c_zh_tw():
    s = supplier("DACHEN", "Dacheng Hardware Industrial Co., Ltd.", "sales@dacheng-hw.example", "zh-TW")
    p = po("4500031304", s, "2026-11-09", [
        ("PW-14", "Pipe wrench 14\", cast iron", 50, "EA", "420.00", "2026-12-15"),
        ("PW-24", "Pipe wrench 24\", aluminium", 20, "EA", "1350.00", "2026-12-15")], currency="TWD")
    body = ("Marta 您好：\n\n貴司訂單 4500031304 確認如下：\n\n"
            "1. PW-14 14吋管鉗（鑄鐵）50支，單價 NT$420，交期 115年12月15日\n"
            "2. PW-24 24吋鋁合金管鉗 20支，單價 NT$1,380（鋁材漲價），交期 115年12月22日\n\n"
            "以上，如有問題請再告知，謝謝！\n\n"
            "大成五金工業股份有限公司 業務部\n林怡君 Vicky Lin\nTEL: 04-2358-1234 #215  FAX: 04-2358-5678\n"
            "台中市西屯區工業區一路 88 號\n")
    eml = reply(p, text(body, cs="big5", cte="base64"), mdate(2026, 11, 10, 16, 40, 2, "+0800"), "<000001dc5a3b$8e1f2c40$2a5d84c0$@dacheng-hw.example>",
                name="林怡君", subject="RE: Purchase order 4500031304 - please confirm", subj_cs="big5")
    return [p], eml, expected("confirmation",
        "ROC year 115 = 2026. Line 1 as ordered (115年12月15日 = 2026-12-15). Line 2: price NT$1,380 instead of 1350.00 and date 2026-12-22 -> changed.",
        conf(p, {1: A(p, 1), 2: C(p, 2, price="1380.00", date="2026-12-22")}))


@case("ru-ru-bolt-cutters-koi8-discontinued", "ru-RU",
      "Russian in KOI8-R: two lines confirmed with a shipment date, the jaws line discontinued with an analogue offered only on a separate order.")
def c_ru():
    s = supplier("SEVINS", "OOO Severny Instrument", "zakaz@sevinstrument.example", "ru-RU")
    p = po("4500031318", s, "2026-11-11", [
        ("BC-600", "Bolt cutter 600 mm", 25, "EA", "21.40", "2026-12-18"),
        ("BC-900", "Bolt cutter 900 mm", 15, "EA", "34.90", "2026-12-18"),
        ("BC-JAW-600", "Replacement jaws for BC-600", 10, "SET", "9.80", "2026-12-18")])
    body = ("Добрый день, Марта!\n\n"
            "Заказ N 4500031318 подтверждаем:\n"
            "поз. 1 - BC-600, 25 шт. по 21,40 EUR;\n"
            "поз. 2 - BC-900, 15 шт. по 34,90 EUR;\n"
            "отгрузка обеих позиций 18.12.2026.\n\n"
            "Поз. 3 (сменные губки BC-JAW-600) снята с производства, поставить не можем. "
            "Есть аналог BC-JAW-600N по 11,20 EUR - если интересно, оформите, пожалуйста, отдельный заказ.\n\n"
            "С уважением,\nДмитрий Волков\nменеджер отдела продаж\nООО \"Северный Инструмент\"\n"
            "тел. +7 (812) 555-23-41, доб. 112\nИНН 7801234567 / КПП 780101001\n")
    eml = reply(p, text(body, cs="koi8-r", cte="8bit"), mdate(2026, 11, 12, 12, 15, 9, "+0300"), "<1731402909.112233@mail.sevinstrument.example>",
                name="Дмитрий Волков", subject="RE: Purchase order 4500031318 - please confirm", subj_cs="koi8-r")
    return [p], eml, expected("confirmation",
        "Lines 1-2 as ordered (only a shipment date 18.12.2026 is given, equal to the requested date). Line 3 discontinued -> rejected; the analogue needs a separate order and is not a commitment on this line.",
        conf(p, {1: A(p, 1), 2: A(p, 2), 3: R}))


@case("pl-pl-angle-brackets-confirm-tomorrow", "pl-PL",
      "Polish acknowledgement that promises prices and dates 'jutro do południa' while waiting for the steel mill: nothing committed.")
def c_pl():
    s = supplier("KATPOL", "Katowickie Okucia Budowlane Sp. z o.o.", "handlowy@okucia-kob.example", "pl-PL")
    p = po("4500031322", s, "2026-11-13", [
        ("KP-60-ZN", "Kątownik perforowany 60x60x40 mm, ocynk", 2000, "PC", "0.86", "2027-01-12"),
        ("KP-90-ZN", "Kątownik wzmocniony 90x90x65 mm, ocynk", 800, "PC", "1.74", "2027-01-12")], currency="PLN")
    body = ("Dzień dobry Pani Marto,\n\n"
            "dziękujemy za zamówienie 4500031322 - dotarło do nas.\n"
            "Potwierdzenie cen i terminów prześlemy jutro do południa, ponieważ czekamy na odpowiedź huty w sprawie "
            "dostępności blachy ocynkowanej 2,0 mm.\n\n"
            "Pozdrawiam serdecznie\nAgnieszka Nowak\nDział Handlowy\n"
            "Katowickie Okucia Budowlane Sp. z o.o. | ul. Przemysłowa 12 | 40-020 Katowice\n"
            "tel. +48 32 555 12 40 | NIP 634-012-34-56 | KRS 0000123456\n\n"
            "-----Wiadomość oryginalna-----\n"
            "Od: Marta Kowalczyk <marta.kowalczyk@northgate-supply.example>\n"
            "Wysłano: piątek, 13 listopada 2026 08:55\n"
            "Do: handlowy@okucia-kob.example\n"
            "Temat: Purchase order 4500031322 - please confirm\n\n" + request_text(p))
    eml = reply(p, text(body, cs="iso-8859-2"), mdate(2026, 11, 13, 13, 27, 0), "<002a01dc55d2$4b7c1e90$e27459b0$@okucia-kob.example>",
                name="Agnieszka Nowak", subject="RE: Purchase order 4500031322 - please confirm")
    return [p], eml, expected("needs_review",
        "Receipt only: prices and dates will be confirmed tomorrow; no line is committed, so a human must follow up.")


@case("it-it-postfix-mailbox-full", "it-IT",
      "Postfix DSN from our own MTA: the Italian supplier's server answered 552 mailbox full (Italian text in the diagnostic).")
def c_it():
    s = supplier("MARTIT", "Martelli Italia S.r.l.", "ordini@martelli-italia.example", "it-IT")
    p = po("4500031336", s, "2026-11-16", [
        ("MG-RUB-450", "Rubber mallet 450 g, black, fibreglass handle", 60, "EA", "6.20", "2026-12-14"),
        ("MG-RUB-900", "Rubber mallet 900 g, white, non-marking", 30, "EA", "9.75", "2026-12-14")])
    sent = mdate(2026, 11, 16, 9, 30, 0)
    human = ("This is the mail system at host mx1.northgate-supply.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
             "For further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n"
             "                   The mail system\n\n"
             "<ordini@martelli-italia.example>: host mx.martelli-italia.example[203.0.113.45]\n"
             "    said: 552 5.2.2 <ordini@martelli-italia.example>: Casella piena / Mailbox\n"
             "    full (in reply to RCPT TO command)\n")
    body = dsn("mx1.northgate-supply.example", "ordini@martelli-italia.example", "5.2.2",
               "552 5.2.2 <ordini@martelli-italia.example>: Casella piena / Mailbox full", sent, human,
               orig_headers(p, sent))
    eml = message("MAILER-DAEMON@mx1.northgate-supply.example (Mail Delivery System)",
                  "marta.kowalczyk@northgate-supply.example", "Undelivered Mail Returned to Sender",
                  mdate(2026, 11, 16, 9, 30, 4), "<20261116083004.7C2A1E0412@mx1.northgate-supply.example>", body,
                  extra=["Auto-Submitted: auto-replied"])
    return [p], eml, expected("bounce", "Postfix delivery status notification: the PO request never reached the supplier (552 mailbox full).")


@case("es-mx-magnetic-sweeper-steel-5pct", "es-MX",
      "Gmail multipart/alternative reply confirming the date but applying a 5% steel surcharge, with the resulting prices written with a decimal point.")
def c_es_mx():
    s = supplier("IMANOR", "Imanes del Norte S.A. de C.V.", "ventas@imanesdelnorte.example", "es-MX")
    p = po("4500031346", s, "2026-11-09", [
        ("MS-24", "Magnetic sweeper 24\" with quick release", 10, "EA", "1890.00", "2026-12-11"),
        ("MS-36", "Magnetic sweeper 36\" with wheels", 6, "EA", "2640.00", "2026-12-11")], currency="MXN")
    t = ("Hola Marta, buenas tardes.\n\n"
         "Confirmamos tu orden 4500031346 con fecha de entrega 11/12/2026, cantidades completas.\n\n"
         "Te comento que a partir del 1 de noviembre nuestros precios tienen un incremento del 5% por el aumento del acero, "
         "por lo que los precios unitarios quedan así:\n"
         "- MS-24: $1,984.50 MXN\n- MS-36: $2,772.00 MXN\n\n"
         "Cualquier duda quedo a tus órdenes.\n\nSaludos,\nLuis Fernando Garza\nVentas | Imanes del Norte\n"
         "Tel. (81) 8355 1200 ext. 14 | Monterrey, N.L.\n\n")
    attr = "El lun, 9 nov 2026 a las 10:15, Marta Kowalczyk (<marta.kowalczyk@northgate-supply.example>) escribió:"
    plain = t + quote_gt(p, attr)
    hb = ("<div dir=\"ltr\">" + t.replace("\n", "<br>\n") + "</div><br>" + quote_html(p, attr.replace("<", "&lt;").replace(">", "&gt;")))
    m = multi("alternative", text(plain), html(html_doc(hb, "es")), tag="000000000000")
    eml = reply(p, m, mdate(2026, 11, 10, 15, 22, 18, "-0600"), "<CAL4m8sKz1Xc+9vQ@mail.imanesdelnorte.example>",
                name="Luis Fernando Garza", subject="Re: Purchase order 4500031346 - please confirm")
    return [p], eml, expected("confirmation",
        "Quantities and date (11/12/2026 day-first = 2026-12-11) as ordered; +5% on both prices: 1890.00 x 1.05 = 1984.50, 2640.00 x 1.05 = 2772.00 -> both changed price.",
        conf(p, {1: C(p, 1, price="1984.50"), 2: C(p, 2, price="2772.00")}))


@case("nl-nl-dehumidifier-newsletter", "nl-NL",
      "Dutch marketing newsletter from the same supplier naming the very model we ordered, with List-Unsubscribe: not an answer.")
def c_nl():
    s = supplier("DROOG", "Droogtechniek Holland B.V.", "verkoop@droogtechniek.example", "nl-NL")
    p = po("4500031350", s, "2026-11-10", [
        ("BD-50L", "Bouwdroger 50 l/24h, condensatie", 8, "EA", "649.00", "2026-12-07")])
    t = ("Droogtechniek Holland – Nieuwsbrief november 2026\n\n"
         "WINTERACTIE: 15% korting op bouwdrogers!\n\n"
         "Vocht op de bouwplaats? Onze BD-50L condensdroger (50 l/24h) nu van € 649,00 voor € 551,65 excl. btw.\n"
         "Actie geldig t/m 18-12-2026 of zolang de voorraad strekt. Levering binnen 2 werkdagen.\n\n"
         "Nieuw in het assortiment: adsorptiedroger AD-300 – vraag een offerte aan.\n\n"
         "U ontvangt deze e-mail omdat u klant bent bij Droogtechniek Holland B.V. Afmelden: https://droogtechniek.example/afmelden\n"
         "KvK 12345678 | Industrieweg 22, 3433 NJ Nieuwegein\n")
    h = html_doc("<h1>WINTERACTIE: 15% korting op bouwdrogers!</h1>" + "".join("<p>%s</p>" % x for x in t.split("\n\n")[2:]), "nl")
    m = multi("alternative", text(t), html(h), tag="_----NL2026_")
    eml = message("Droogtechniek Holland <nieuwsbrief@droogtechniek.example>", "marta.kowalczyk@northgate-supply.example",
                  "Winteractie: 15% korting op bouwdrogers ❄", mdate(2026, 11, 17, 6, 0, 0),
                  "<nb-2026-11.4f8a21@news.droogtechniek.example>", m,
                  extra=["List-Unsubscribe: <https://droogtechniek.example/afmelden?u=88412>", "Precedence: bulk"])
    return [p], eml, expected("unrelated", "Bulk newsletter (Precedence: bulk, List-Unsubscribe); the promo price and dates for BD-50L are not an answer to PO 4500031350.")


@case("sv-se-oil-drums-vecka-2", "sv-SE",
      "Swedish reply with '1 245,00 kr' decimal comma/space grouping and delivery given as 'vecka 2' (ISO week of 2027).")
def c_sv():
    s = supplier("NORDFAT", "Nordfat AB", "order@nordfat.example", "sv-SE")
    p = po("4500031360", s, "2026-11-12", [
        ("OD-200-OH", "Oil drum 200 l, open head, blue", 40, "EA", "1245.00", "2027-01-08"),
        ("OD-RING", "Clamp ring for 200 l open-head drum", 40, "EA", "189.00", "2027-01-08")], currency="SEK")
    body = ("Hej Marta!\n\nTack för ordern. Vi bekräftar 4500031360 enligt följande:\n\n"
            "Rad 1: OD-200-OH, 40 st à 1 245,00 kr\n"
            "Rad 2: OD-RING, 40 st à 189,00 kr\n\n"
            "Leverans för båda raderna vecka 2, fabriken har stängt mellan jul och nyår.\n\n"
            "Med vänlig hälsning\nPer Lindqvist\nInnesälj, Nordfat AB\nBox 214, 721 06 Västerås\n"
            "Tel 021-555 14 20 | Org.nr 556123-4567\n")
    eml = reply(p, text(body, cs="iso-8859-1"), mdate(2026, 11, 17, 8, 47, 31), "<AS8P192MB1467D2B4C3A01F@AS8P192MB1467.EURP192.PROD.OUTLOOK.example>",
                name="Per Lindqvist", subject="SV: Purchase order 4500031360 - please confirm")
    return [p], eml, expected("confirmation",
        "Quantities and prices as ordered (1 245,00 kr = 1245.00). 'vecka 2' without a day = Friday of ISO week 2 of 2027 = 2027-01-15, later than 2027-01-08 -> both lines changed (date only).",
        conf(p, {1: C(p, 1, date="2027-01-15"), 2: C(p, 2, date="2027-01-15")}))


@case("ko-kr-inspection-mirror-partial-tomorrow", "ko-KR",
      "Korean EUC-KR base64 reply: line 1 confirmed, line 2 lead time to be answered tomorrow (partial answer).")
def c_ko():
    s = supplier("HANBIT", "Hanbit Tools Co., Ltd.", "sales@hanbittools.example", "ko-KR")
    p = po("4500031374", s, "2026-11-11", [
        ("IM-50-TEL", "Inspection mirror 50 mm, telescopic", 100, "EA", "8500", "2026-12-11"),
        ("IM-LED-80", "Inspection mirror 80 mm with LED", 40, "EA", "23000", "2026-12-11")], currency="KRW")
    body = ("마르타 님, 안녕하세요.\n한빛공구 영업팀 김지훈입니다.\n\n"
            "발주서 4500031374 관련 회신 드립니다.\n\n"
            "1번 품목 IM-50-TEL 100개, 단가 8,500원, 납기 2026년 12월 11일 확인합니다.\n"
            "2번 품목 IM-LED-80은 LED 부품 입고 일정을 확인 중이라 내일 중으로 납기 회신 드리겠습니다.\n\n"
            "감사합니다.\n\n김지훈 과장 | 한빛공구(주) 영업팀\nTel. 032-555-7788 | Mobile 010-5555-1234\n")
    eml = reply(p, text(body, cs="euc-kr", cte="base64"), mdate(2026, 11, 12, 17, 5, 0, "+0900"), "<20261112170500.a1b2c3@hanbittools.example>",
                name="김지훈", subject="RE: Purchase order 4500031374 - please confirm", subj_cs="euc-kr")
    return [p], eml, expected("confirmation",
        "Line 1 confirmed exactly as ordered -> accepted. Line 2: lead time will be answered tomorrow -> unconfirmed. A partial answer is still a confirmation.",
        conf(p, {1: A(p, 1), 2: U}))


@case("cs-cz-two-pos-one-mail-split", "cs-CZ",
      "Czech windows-1250 QP mail answering two of three open POs; one line split between stock now and the rest in January.")
def c_cs():
    s = supplier("BZNAC", "Bezpečnostní značení s.r.o.", "obchod@bezpecnostni-znaceni.example", "cs-CZ")
    p1 = po("4500031388", s, "2026-11-10", [
        ("CS-WF-A4", "Caution sign 'Wet floor' A4, PVC", 100, "PC", "48.00", "2026-12-07"),
        ("CS-ESD", "Sign 'ESD protected area' 300x200 mm", 50, "PC", "65.00", "2026-12-07")], currency="CZK")
    p2 = po("4500031392", s, "2026-11-11", [
        ("CS-FLR-STAND", "Floor stand A-frame 'Caution'", 20, "EA", "690.00", "2026-12-14"),
        ("CS-STEP-A4", "Caution sign 'Mind the step' A4", 200, "PC", "48.00", "2026-12-14")], currency="CZK")
    p3 = po("4500031399", s, "2026-11-12", [
        ("CS-FIRE-EXT", "Sign 'Fire extinguisher' 200x200 mm, photoluminescent", 80, "PC", "72.00", "2027-01-11")], currency="CZK")
    body = ("Dobrý den paní Kowalczyk,\n\n"
            "potvrzujeme Vaše objednávky:\n\n"
            "4500031388 – vše dle objednávky, expedice 7. 12. 2026.\n\n"
            "4500031392 – pol. 1 OK (20 ks stojanů, 14. 12.). Pol. 2 (tabulka „Pozor schod“ A4) máme skladem jen 150 ks, "
            "ty pošleme spolu s pol. 1 dne 14. 12. 2026, zbylých 50 ks dodáme do 15. 1. 2027. Cena beze změny.\n\n"
            "Objednávku 4500031399 zpracováváme, potvrzení pošlu zvlášť.\n\n"
            "S pozdravem\nIng. Petra Dvořáková\nobchodní oddělení\nBezpečnostní značení s.r.o., Průmyslová 1472/11, 102 00 Praha 10\n"
            "tel.: +420 272 555 031 | IČO: 12345678 | DIČ: CZ12345678\n")
    eml = message(addr("Petra Dvořáková", "obchod@bezpecnostni-znaceni.example"), "Marta Kowalczyk <marta.kowalczyk@northgate-supply.example>",
                  "RE: objednávky 4500031388 a 4500031392", mdate(2026, 11, 13, 11, 9, 26),
                  "<3f1e0a2b-77c4-4c2e-9d1a-0b8e5a6c4d21@bezpecnostni-znaceni.example>", text(body, cs="windows-1250"),
                  in_reply_to=p2["request_message_id"], references=p1["request_message_id"] + " " + p2["request_message_id"],
                  subj_cs="windows-1250")
    return [p1, p2, p3], eml, expected("confirmation",
        "PO 4500031388 fully as ordered (shipment 7. 12. 2026 = requested date). PO 4500031392: line 1 accepted; line 2 150 pcs on 2026-12-14 + 50 pcs by 2027-01-15 = 200 total, last date 2027-01-15 -> changed with schedule. PO 4500031399 only mentioned ('confirmation will follow') -> left out.",
        all_acc(p1), conf(p2, {1: A(p2, 1), 2: C(p2, 2, date="2027-01-15", sched=[(150, "2026-12-14"), (50, "2027-01-15")])}))
