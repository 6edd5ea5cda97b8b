"""Cases 055-070."""
from decimal import Decimal

from .common import (case, sup, po, conf, allacc, expected, when, kw, next_md, wd, req_text, req_subject,
                     table_rows, orig_request, req_dt, pdf_date, COMPANY)
from . import mime
from .pdf import make_pdf


# 055 -------------------------------------------------------------------------
@case("soap-pumps-hebrew-mixed-english", "confirmation/he-IL",
      "Right-to-left Hebrew in windows-1255 with English fragments, dollar prices and day-first dates.")
def c055(c):
    s = sup("GALIL", "Galil Dispensers Ltd.", "orders@galil-dispensers.example", "he-IL")
    p = po("4500038494", s, "USD", "2026-11-30", [
        ("GD-FP-40", "Foam pump 40/410, white, 1.0 ml", 6000, "PCS", "0.33", "2026-12-18"),
        ("GD-SD-800", "Touchless soap dispenser 800 ml, 6V battery", 120, "EA", "24.80", "2026-12-18"),
        ("GD-BP-4AA", "Battery pack 4xAA for SD-800", 120, "EA", "2.10", "2026-12-18"),
    ])
    body = ("שלום דנה,\n\nתודה על ההזמנה 4500038494.\nמאשרים את ההזמנה כדלקמן:\n\n"
            "שורה 1 – 6,000 יח' – $0.33 – אספקה 18/12/2026\n"
            "שורה 2 – 120 יח' – $26.40 (price increase from our supplier, sorry) – אספקה 08/01/2027\n"
            "שורה 3 – 120 יח' – $2.10 – אספקה 18/12/2026\n\nבברכה,\nנועה לוי\nGalil Dispensers Ltd.\n"
            "רח' התעשייה 7, כרמיאל\nTel: +972 4 958 2210\n")
    eml = c.mail(frm=("Noa Levi", "noa.levi@galil-dispensers.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-12-01 11:30:25 +0200", client="outlook",
                 body=body, quote="outlook", qlang="en", charset="windows-1255", content_language="he-IL")
    return [p], eml, expected("confirmation",
                              "Line 2 price 26.40 (was 24.80) and delivery 08/01/2027 = 2027-01-08 (day-first); "
                              "lines 1 and 3 as ordered.",
                              conf(p, {1: "A", 2: {"p": "26.40", "d": "2027-01-08"}, 3: "A"}))


# 056 -------------------------------------------------------------------------
@case("oyster-bags-vague-asap", "needs_review/nl-NL",
      "A friendly 'komt goed, zo snel mogelijk, waarschijnlijk voor de kerst' with prices still to be checked.")
def c056(c):
    s = sup("ZOBYERSEKE", "Zeeuwse Oesterbenodigdheden B.V.", "verkoop@zob-yerseke.example", "nl-NL")
    p = po("4500038501", s, "EUR", "2026-11-30", [
        ("ZOB-OZ-9", "Oyster bag 9 mm mesh, 100x50 cm, UV-stable", 800, "PCS", "3.60", "2026-12-16"),
        ("ZOB-HK-25", "Bag hook set, stainless, 25 pcs", 40, "SET", "18.75", "2026-12-16"),
    ], buyer="marc")
    body = ("Hoi Marc,\n\nKomt goed! We gaan ermee aan de slag en leveren zo snel mogelijk, waarschijnlijk nog voor de "
            "kerst. Prijzen moet ik even nakijken want de nieuwe zakken zijn iets duurder geworden.\n\nGroet,\nPieter\n\n"
            "Verstuurd vanaf mijn iPhone\n")
    eml = c.mail(frm=("Pieter Kodde", "pieter@zob-yerseke.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-12-01 19:22:03 +0100", client="iphone",
                 body=body, quote="apple", qlang="nl", mode="text")
    return [p], eml, expected("needs_review",
                              "Vague: no date ('as soon as possible, probably before Christmas') and prices "
                              "explicitly still open; nothing a buyer can book.")


# 057 -------------------------------------------------------------------------
@case("turnstiles-arabic-split-delivery", "confirmation/ar-AE",
      "Arabic reply with an English recap; one line split into two deliveries with day-first dates.")
def c057(c):
    s = sup("GULFGATE", "Gulf Gate Access Systems LLC", "orders@gulfgate-access.example", "ar-AE")
    p = po("4500038508", s, "AED", "2026-12-01", [
        ("GG-FH-01", "Full-height turnstile, single, 304 stainless", 2, "EA", "18500.00", "2027-01-29"),
        ("GG-TP-02", "Tripod turnstile, 24V, with LED indicators", 6, "EA", "6200.00", "2027-01-29"),
    ])
    body = ("السيدة دانا المحترمة،\n\nتحية طيبة وبعد،\n\nنؤكد لكم استلام أمر الشراء رقم 4500038508 ونؤكد الطلب "
            "كما يلي:\n\nالبند 1: عدد 2، السعر 18,500.00 درهم للوحدة، التسليم 29/01/2027\n"
            "البند 2: عدد 6، السعر 6,200.00 درهم للوحدة، التسليم على دفعتين: 4 وحدات بتاريخ 29/01/2027 و 2 وحدات "
            "بتاريخ 12/02/2027\n\nPlease note: line 2 is split into two deliveries as above (4 pcs on 29 Jan, "
            "2 pcs on 12 Feb 2027).\n\nمع أطيب التحيات،\nأحمد الحمادي\nGulf Gate Access Systems LLC\n"
            "P.O. Box 48213, Dubai Investments Park, Dubai, UAE\nTel: +971 4 885 3310\n")
    eml = c.mail(frm=("Ahmed Al Hammadi", "ahmed.hammadi@gulfgate-access.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-12-02 10:15:00 +0400", client="outlook",
                 body=body, quote="outlook", qlang="en", charset="utf-8", cte="base64", content_language="ar-AE")
    return [p], eml, expected("confirmation",
                              "Line 1 as ordered; line 2 in two deliveries: 4 on 2027-01-29 and 2 on 2027-02-12.",
                              conf(p, {1: "A", 2: {"s": [(4, "2027-01-29"), (2, "2027-02-12")]}}))


# 058 -------------------------------------------------------------------------
@case("dental-floss-gb2312-price-and-earlier-date", "confirmation/zh-CN",
      "GB2312 Simplified Chinese with 年月日 dates; one price up, one line delivered earlier than requested.")
def c058(c):
    s = sup("JIECHI", "Ningbo Jiechi Daily Products Co., Ltd.", "sales@jiechi-floss.example", "zh-CN")
    p = po("4500038515", s, "CNY", "2026-12-01", [
        ("JC-FL-50M", "Dental floss spool 50 m, mint, waxed", 20000, "PCS", "1.15", "2027-01-22"),
        ("JC-FL-30P", "Dental floss spool 30 m, PTFE", 10000, "PCS", "1.60", "2027-01-22"),
        ("JC-FP-100", "Floss picks, 100 per bag", 2000, "BOX", "6.80", "2027-01-22"),
    ], buyer="dana")
    body = ("Dana 您好：\n\n感谢您的订单 4500038515，现确认如下：\n\n"
            "1. JC-FL-50M 牙线卷 50米 薄荷味：20,000 个，单价 1.15 元，交货期 2027年1月22日\n"
            "2. JC-FL-30P 牙线卷 30米 PTFE：10,000 个，单价 1.68 元（原材料涨价），交货期 2027年1月22日\n"
            "3. JC-FP-100 牙线棒 100支/袋：2,000 袋，单价 6.80 元，交货期 2027年1月8日\n\n"
            "如有问题请随时联系。\n\n此致\n敬礼\n\n王丽 Lily Wang\n销售部\n宁波洁齿日用品有限公司\n"
            "浙江省宁波市鄞州区工业园区 16 号\nTel: +86 574 8812 6630\n")
    eml = c.mail(frm=("Lily Wang", "lily.wang@jiechi-floss.example"), p=p,
                 subject="回复: " + req_subject(p), date="2026-12-02 15:20:00 +0800", client="outlook",
                 body=body, quote="outlook", qlang="zh-CN", charset="gb2312", cte="base64", hdr_charset="gb2312",
                 content_language="zh-CN")
    return [p], eml, expected("confirmation",
                              "Line 2 price 1.68 (was 1.60); line 3 delivered 2027-01-08, earlier than requested; "
                              "line 1 as ordered. '100支/袋' is pack content, not a quantity.",
                              conf(p, {1: "A", 2: {"p": "1.68"}, 3: {"d": "2027-01-08"}}))


# 059 -------------------------------------------------------------------------
@case("glove-boxes-invoice-other-order", "unrelated/nl-BE",
      "An invoice with PDF for an earlier, already delivered PO, from the supplier of an open PO.")
def c059(c):
    s = sup("FLAMUS", "Flanders Museum Supplies BV", "orders@flanders-museum.example", "nl-BE")
    p = po("4500038522", s, "EUR", "2026-12-01", [
        ("FMS-GB-12", "Museum glove box, polycarbonate, 1200x600x700", 1, "EA", "7850.00", "2027-02-12"),
        ("FMS-GL-9", "Nitrile glove pair size 9, for 250 mm port", 6, "PAIR", "96.00", "2027-02-12"),
    ])
    d = when("2026-12-02 09:00:12 +0100")
    lines = [("Flanders Museum Supplies BV", "B"), "Kortrijksesteenweg 1120, 9051 Gent  |  BTW BE 0712.448.906", "",
             ("FACTUUR 2026-1187", "B"), "Factuurdatum: 01/12/2026      Vervaldatum: 31/12/2026", "",
             "Klant: Brightwater Supply Group B.V., Waalhaven Z.z. 41, 3089 JH Rotterdam, NL (BTW NL861204533B01)",
             "Uw bestelling: 4500037905      Levering: 24/11/2026 (leveringsbon 26-0977)", "",
             ("Art.nr      Omschrijving                                  Aantal   Prijs      Totaal", "B"),
             "FMS-AS-40   Acrylic display case 400x400x600                   4   412,00    1 648,00",
             "FMS-SG-05   Silica gel 500 g                                  20    11,80      236,00", "",
             "Totaal excl. btw: 1 884,00 EUR", "Btw verlegd - art. 196 Richtlijn 2006/112/EG",
             "Totaal te betalen: 1 884,00 EUR", "",
             "Gelieve te betalen op IBAN BE71 0961 2345 6769 met vermelding van +++118/7000/12345+++"]
    assert 4 * 412 + 20 * Decimal("11.80") == 1884
    pdf = make_pdf(lines, title="Factuur 2026-1187", author="Exact Online", date=pdf_date(d),
                   producer="Exact Online PDF", compress=True)
    body = ("Geachte klant,\n\nIn bijlage vindt u factuur 2026-1187 voor uw bestelling 4500037905.\n"
            "Wij danken u voor de prompte betaling binnen 30 dagen.\n\nMet vriendelijke groeten,\n"
            "Boekhouding - Flanders Museum Supplies BV\n")
    att = mime.attachment(pdf, "application/pdf", "Factuur_2026-1187.pdf")
    eml = c.mail(frm=("Flanders Museum Supplies - Boekhouding", "facturatie@flanders-museum.example"), p=p,
                 thread=False, subject="Factuur 2026-1187 - uw bestelling 4500037905", date="2026-12-02 09:00:12 +0100",
                 client="erp", body=body, mode="text", attachments=[att],
                 to="accounts.payable@brightwater-supply.example",
                 extra=[("X-Mailer", "Exact Online")])
    return [p], eml, expected("unrelated",
                              "Invoice for the earlier PO 4500037905 (already delivered); the open PO 4500038522 is "
                              "not mentioned.")


# 060 -------------------------------------------------------------------------
@case("embroidery-hoops-vietnamese-two-lots", "confirmation/vi-VN",
      "Vietnamese with dot thousands and comma decimals ('2.000 cái', '0,74 USD'); line 2 in two lots.")
def c060(c):
    s = sup("KHUNGTHEU", "Khung Theu Viet Co., Ltd.", "sales@khungtheuviet.example", "vi-VN")
    p = po("4500038529", s, "USD", "2026-12-01", [
        ("KTV-KT-10", "Bamboo embroidery hoop 10 in (25 cm)", 2000, "PCS", "0.74", "2027-01-15"),
        ("KTV-KT-06", "Bamboo embroidery hoop 6 in (15 cm)", 3000, "PCS", "0.52", "2027-01-15"),
    ])
    body = ("Chào chị Dana,\n\nCảm ơn chị đã đặt hàng. Chúng tôi xác nhận đơn hàng số 4500038529 như sau:\n\n"
            "- Mục 1: khung thêu tre 10 inch, số lượng 2.000 cái, đơn giá 0,74 USD, giao hàng ngày 15/01/2027\n"
            "- Mục 2: khung thêu tre 6 inch, số lượng 3.000 cái, đơn giá 0,52 USD, giao hàng làm 2 đợt: "
            "1.500 cái ngày 15/01/2027 và 1.500 cái ngày 29/01/2027\n\nTrân trọng,\n\nNguyễn Thị Lan\n"
            "Phòng Kinh doanh\nCông ty TNHH Khung Thêu Việt\nKCN Tân Tạo, Q. Bình Tân, TP. Hồ Chí Minh\n"
            "ĐT: +84 28 3754 2291\n")
    eml = c.mail(frm=("Nguyễn Thị Lan", "lan.nguyen@khungtheuviet.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-12-02 16:40:00 +0700", client="gmail",
                 body=body, quote="gmail", qlang="en")
    return [p], eml, expected("confirmation",
                              "Line 1 as ordered; line 2 delivered 1.500 + 1.500 (= 3000) on 2027-01-15 and "
                              "2027-01-29.",
                              conf(p, {1: "A", 2: {"s": [(1500, "2027-01-15"), (1500, "2027-01-29")]}}))


# 061 -------------------------------------------------------------------------
@case("embroidery-supplies-sendmail-dsn", "bounce/en-AU",
      "A sendmail 'Returned mail' DSN from the supplier's relay with transcript, status 5.1.1 and the full request.")
def c061(c):
    s = sup("SXEMB", "Southern Cross Embroidery Supplies Pty Ltd", "orders@sxembroidery.example", "en-AU")
    p = po("4500038536", s, "AUD", "2026-12-02", [
        ("SXE-HP-20", "Embroidery hoop 20 cm, beech, brass screw", 400, "PCS", "3.90", "2027-01-22"),
        ("SXE-FR-1218", "Q-snap frame 12x18 in", 60, "EA", "24.50", "2027-01-22"),
        ("SXE-ST-3", "Hoop stand, 3-way clamp", 25, "EA", "48.00", "2027-01-22"),
    ])
    d = when("2026-12-02 09:14:20 +1100")
    txt = ("The original message was received at " + req_dt(p).strftime("%a, %d %b %Y %H:%M:%S %z") + "\n"
           "from mx1.brightwater-supply.example [192.0.2.44]\n\n   ----- The following addresses had permanent "
           "fatal errors -----\n<orders@sxembroidery.example>\n    (reason: 550 5.1.1 User unknown)\n\n"
           "   ----- Transcript of session follows -----\n... while talking to mailstore.sxembroidery.example.:\n"
           ">>> RCPT To:<orders@sxembroidery.example>\n<<< 550 5.1.1 <orders@sxembroidery.example>... User unknown\n"
           "550 5.1.1 <orders@sxembroidery.example>... User unknown\n")
    ds = ("Reporting-MTA: dns; relay.sxembroidery.example\n"
          "Received-From-MTA: DNS; mx1.brightwater-supply.example\n"
          "Arrival-Date: " + req_dt(p).strftime("%a, %d %b %Y %H:%M:%S %z") + "\n\n"
          "Final-Recipient: RFC822; orders@sxembroidery.example\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: DNS; mailstore.sxembroidery.example\nDiagnostic-Code: SMTP; 550 5.1.1 "
          "<orders@sxembroidery.example>... User unknown\n"
          "Last-Attempt-Date: " + d.strftime("%a, %d %b %Y %H:%M:%S %z") + "\n")
    rep = mime.multipart("report", [
        mime.Part([("Content-Type", "text/plain; charset=us-ascii")], txt.encode()),
        mime.Part([("Content-Type", "message/delivery-status")], ds.encode()),
        mime.Part([("Content-Type", "message/rfc822")], orig_request(p).encode()),
    ], "4B1MEJ0a019284.1764627260/relay.sxembroidery.example", params="report-type=delivery-status",
        preamble="This is a MIME-encapsulated message")
    hs = [("Return-Path", "<>"), ("Date", d.strftime("%a, %d %b %Y %H:%M:%S %z")),
          ("From", "Mail Delivery Subsystem <MAILER-DAEMON@relay.sxembroidery.example>"),
          ("Message-Id", "<202612012214.4B1MEJ0b019284@relay.sxembroidery.example>"),
          ("To", f"<{p['buyer']['email']}>"), ("Subject", "Returned mail: see transcript for details"),
          ("Auto-Submitted", "auto-generated (failure)")]
    eml = mime.message(hs, rep)
    return [p], eml, expected("bounce",
                              "Sendmail DSN (User unknown) from the supplier's relay; the returned request includes "
                              "the PO table and 2027-01-22 dates.")


# 062 -------------------------------------------------------------------------
@case("surf-leashes-thai-buddhist-year", "confirmation/th-TH",
      "TIS-620 Thai reply; line 2's date uses a Thai month name and the Buddhist-era year 2570 (= 2027).")
def c062(c):
    s = sup("PHUKETSURF", "Phuket Surf Supply Co., Ltd.", "sales@phuketsurfsupply.example", "th-TH")
    p = po("4500038543", s, "USD", "2026-12-02", [
        ("PSS-LS-7", "Surf leash 7 ft, 7 mm, ankle cuff", 400, "EA", "6.90", "2027-01-22"),
        ("PSS-LS-8", "Surf leash 8 ft, 7 mm, ankle cuff", 200, "EA", "7.30", "2027-01-22"),
    ], buyer="priya")
    body = ("เรียน คุณ Priya\n\nขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500038543 ทางบริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้\n\n"
            "รายการที่ 1: 400 ชิ้น ราคา 6.90 USD ส่งมอบวันที่ 22/01/2027\n"
            "รายการที่ 2: 200 ชิ้น ราคา 7.30 USD ส่งมอบวันที่ 5 กุมภาพันธ์ 2570\n\n"
            "ขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายขาย\nบริษัท ภูเก็ตเซิร์ฟ ซัพพลาย จำกัด\n"
            "Tel: +66 76 212 448\n")
    eml = c.mail(frm=("Somchai Jaidee", "somchai@phuketsurfsupply.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-12-03 10:12:48 +0700", client="thunderbird",
                 body=body, quote="thunderbird", qlang="en", charset="tis-620", cte="quoted-printable",
                 content_language="th-TH")
    assert 2570 - 543 == 2027
    return [p], eml, expected("confirmation",
                              "Line 1 as ordered; line 2 '5 กุมภาพันธ์ 2570' = 5 February 2027 (Buddhist era "
                              "2570 - 543).", conf(p, {1: "A", 2: {"d": "2027-02-05"}}))


# 063 -------------------------------------------------------------------------
@case("surf-leashes-brazil-9ft-or-10ft", "needs_review/pt-BR",
      "The supplier asks which model is meant (9 ft vs 10 ft for the same code) before confirming anything.")
def c063(c):
    s = sup("LEASHBR", "Leash Brasil Acessórios de Surf Ltda.", "vendas@leashbrasil.example", "pt-BR")
    p = po("4500038550", s, "USD", "2026-12-02", [
        ("LB-LS-6", "Surf leash 6 ft, 6 mm, competition", 300, "EA", "5.80", "2027-01-15"),
        ("LB-LS-9", "Longboard leash 9 ft, 7 mm, knee cuff", 100, "EA", "8.40", "2027-01-15"),
    ])
    body = ("Olá Dana, tudo bem?\n\nAntes de confirmar o pedido 4500038550 preciso tirar uma dúvida: no item 2 "
            "vocês colocaram o código LB-LS-9 com a descrição 9 ft, mas no nosso catálogo 2027 esse código é o "
            "leash de 10 pés. Qual dos dois vocês querem? Preço e prazo mudam conforme o modelo.\n\n"
            "Assim que você me responder, mando a confirmação completa do pedido.\n\nAbraços,\nCamila Souza\n"
            "Leash Brasil Acessórios de Surf Ltda.\nRua das Gaivotas, 310 - Ubatuba/SP - CEP 11680-000\n"
            "(12) 3832-4418\n")
    eml = c.mail(frm=("Camila Souza", "camila@leashbrasil.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-12-03 14:02:33 -0300", client="gmail",
                 body=body, quote="gmail", qlang="pt")
    return [p], eml, expected("needs_review",
                              "A clarification question about item 2 (9 ft vs 10 ft); the full confirmation is "
                              "explicitly postponed until we answer.")


# 064 -------------------------------------------------------------------------
@case("oyster-bags-indonesian-price-up", "confirmation/id-ID",
      "Indonesian list with 'USD 2,05' decimal commas and '1.500 pcs' dot thousands; one price increase.")
def c064(c):
    s = sup("TIRAMNUS", "PT Budidaya Tiram Nusantara", "penjualan@tiramnusantara.example", "id-ID")
    p = po("4500038557", s, "USD", "2026-12-02", [
        ("BTN-KT-9", "Oyster grow-out bag, mesh 9 mm, 100x50 cm", 1500, "PCS", "2.65", "2027-01-29"),
        ("BTN-KT-4", "Oyster seed bag, mesh 4 mm, 50x35 cm", 1000, "PCS", "1.90", "2027-01-29"),
        ("BTN-CT-300", "Cable tie UV-stable 300 mm, bag of 100", 50, "BOX", "3.40", "2027-01-29"),
    ])
    body = ("Yth. Ibu Dana,\n\nTerima kasih atas pesanan Ibu nomor 4500038557. Dengan ini kami konfirmasi:\n\n"
            "1. Kantong tiram mesh 9 mm: 1.500 pcs @ USD 2,65 - pengiriman 29 Januari 2027\n"
            "2. Kantong benih mesh 4 mm: 1.000 pcs @ USD 2,05 - pengiriman 29 Januari 2027\n"
            "3. Cable tie 300 mm: 50 pak @ USD 3,40 - pengiriman 29 Januari 2027\n\n"
            "Harga item 2 naik karena kenaikan bahan baku HDPE.\n\nHormat kami,\n\nDewi Lestari\nBagian Penjualan\n"
            "PT Budidaya Tiram Nusantara\nJl. Raya Pelabuhan No. 88, Situbondo, Jawa Timur\nTelp. +62 338 671 204\n")
    eml = c.mail(frm=("Dewi Lestari", "dewi.lestari@tiramnusantara.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-12-03 09:45:00 +0700", client="outlook",
                 body=body, quote="outlook", qlang="en", charset="iso-8859-1", content_language="id-ID")
    return [p], eml, expected("confirmation",
                              "Line 2 price USD 2,05 = 2.05 (was 1.90); lines 1 and 3 as ordered ('pak' = the "
                              "PO's BOX of 100).", conf(p, {1: "A", 2: {"p": "2.05"}, 3: "A"}))


# 065 -------------------------------------------------------------------------
@case("fermenters-singapore-two-of-three-pos", "confirmation/en-SG",
      "Three open POs; the reply answers two in separate blocks and ignores the third.")
def c065(c):
    s = sup("LIONBREW", "Lion City Brewtech Pte Ltd", "sales@lioncitybrewtech.example", "en-SG")
    pa = po("4500038564", s, "SGD", "2026-12-01", [
        ("LCB-UT-300", "Unitank 300 L, jacketed, 2 bar", 2, "EA", "5200.00", "2027-02-05"),
        ("LCB-CS-15", "Carbonation stone kit, 1.5 in TC", 2, "SET", "165.00", "2027-02-05"),
    ])
    pb = po("4500038565", s, "SGD", "2026-12-01", [
        ("LCB-BT-500", "Bright tank 500 L, 3 bar", 1, "EA", "6900.00", "2027-02-19"),
        ("LCB-PR-3", "Pressure relief valve 3 bar, 1.5 in TC", 3, "EA", "88.00", "2027-02-19"),
    ])
    pc = po("4500038571", s, "SGD", "2026-12-02", [
        ("LCB-HD-10", "Hop dosing vessel 10 L", 1, "EA", "1450.00", "2027-02-19"),
    ])
    body = ("Hi Dana,\n\nThanks for the orders. Please see below:\n\nPO 4500038564\n"
            "- Unitank 300 L x 2 @ SGD 5,200.00: confirmed, delivery 5 Feb 2027\n"
            "- Carbonation stone kit x 2 @ SGD 165.00: confirmed, delivery 5 Feb 2027\n\nPO 4500038565\n"
            "- Bright tank 500 L x 1 @ SGD 6,900.00: confirmed, but earliest delivery is 5 Mar 2027\n"
            "- PRV 3 bar x 3 @ SGD 92.00 (new 2027 price): delivery 19 Feb 2027\n\n"
            "Regards,\nJonathan Tan\nSales Engineer\nLion City Brewtech Pte Ltd\n"
            "21 Tuas South Avenue 6, Singapore 637019\nT +65 6861 0423\n")
    eml = c.mail(frm=("Jonathan Tan", "jonathan.tan@lioncitybrewtech.example"), p=pa,
                 subject="RE: " + req_subject(pa), date="2026-12-03 17:05:22 +0800", client="outlook",
                 body=body, quote="outlook", qlang="en", content_language="en-SG")
    return [pa, pb, pc], eml, expected("confirmation",
                                       "PO 4500038564 accepted as ordered; PO 4500038565 line 1 moved to 2027-03-05, "
                                       "line 2 price 92.00; PO 4500038571 not mentioned and left out.",
                                       allacc(pa),
                                       conf(pb, {1: {"d": "2027-03-05"}, 2: {"p": "92.00"}}))


# 066 -------------------------------------------------------------------------
@case("embroidery-frames-italian-fuori-ufficio", "auto_reply/it-IT",
      "Italian out-of-office with a weekday and date ('lunedì 7 dicembre') and a colleague's phone number.")
def c066(c):
    s = sup("TELAICOMO", "Telai Como S.r.l.", "ordini@telaicomo.example", "it-IT")
    p = po("4500038578", s, "EUR", "2026-12-03", [
        ("TC-TR-30", "Embroidery frame, tabletop, 30x30 cm, walnut", 20, "EA", "64.00", "2027-01-22"),
        ("TC-TB-20", "Embroidery hoop 20 cm, beech, double ring", 200, "PCS", "3.20", "2027-01-22"),
    ], buyer="marc")
    wd("2026-12-07", 0)
    body = ("Buongiorno,\n\nsono fuori ufficio fino a lunedì 7 dicembre compreso, con accesso limitato alla posta "
            "elettronica.\nPer urgenze potete contattare il collega Marco Riva (marco.riva@telaicomo.example, "
            "tel. 031 270 455).\n\nCordiali saluti\nElena Colombo\n\n---\nI am out of the office until Monday "
            "7 December.\n")
    eml = c.mail(frm=("Elena Colombo", "ordini@telaicomo.example"), p=p,
                 subject="Risposta automatica: " + req_subject(p), date="2026-12-03 09:01:44 +0100", client="outlook",
                 body=body, charset="iso-8859-1", content_language="it-IT",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, expected("auto_reply",
                              "Out-of-office; '7 dicembre' is the return date, not a delivery date.")


# 067 -------------------------------------------------------------------------
@case("abattoir-hooks-indian-lakh-dispatch-delivery", "confirmation/en-IN",
      "Indian lakh grouping (Rs. 7,98,000.00), dd-mm-yyyy, and dispatch vs delivery dates on the same line.")
def c067(c):
    s = sup("BHARATMPE", "Bharat Meat Processing Equipment Pvt. Ltd.", "orders@bharatmpe.example", "en-IN")
    p = po("4500038585", s, "INR", "2026-12-03", [
        ("BMP-HK-S10", "S-hook SS304, 10 mm x 250 mm", 5000, "PCS", "86.00", "2027-01-15"),
        ("BMP-TR-60", "Trolley with hook for 60x12 rail", 1200, "PCS", "640.00", "2027-01-15"),
        ("BMP-GM-2", "Gambrel, 2 hooks, SS304, 500 mm", 400, "PCS", "1250.00", "2027-01-15"),
    ], buyer="priya")
    assert 5000 * 86 == 430000 and 1200 * 665 == 798000 and 400 * 1250 == 500000
    assert 430000 + 798000 + 500000 == 1728000
    body = ("Dear Madam,\n\nGreetings from Bharat MPE!\n\nWe are pleased to acknowledge your PO No. 4500038585 dated "
            "03-12-2026 and confirm the same as under:\n\n"
            "1) S-hook SS304 10x250 - 5,000 nos @ Rs. 86.00 - total Rs. 4,30,000.00 - dispatch 08-01-2027, "
            "delivery at your warehouse 15-01-2027\n"
            "2) Trolley 60x12 - 1,200 nos @ Rs. 665.00 - total Rs. 7,98,000.00 - delivery 15-01-2027\n"
            "3) Gambrel 2-hook - 400 nos @ Rs. 1,250.00 - total Rs. 5,00,000.00 - delivery 29-01-2027\n\n"
            "Grand total: Rs. 17,28,000.00 plus GST as applicable.\n\nKindly do the needful.\n\n"
            "Thanks & Regards,\nRajesh Kumar\nManager - Sales\nBharat Meat Processing Equipment Pvt. Ltd.\n"
            "Plot 42, Sector 6, IMT Manesar, Gurugram, Haryana 122050\nMob: +91 98110 24567\n")
    eml = c.mail(frm=("Rajesh Kumar", "rajesh.kumar@bharatmpe.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-12-03 12:35:00 +0530", client="outlook",
                 body=body, quote="outlook", qlang="en", content_language="en-IN")
    return [p], eml, expected("confirmation",
                              "Line 1 delivery 15-01-2027 wins over dispatch 08-01 (= requested, accepted); line 2 "
                              "price Rs. 665.00; line 3 delivery 2027-01-29. Lakh-grouped totals are not prices.",
                              conf(p, {1: "A", 2: {"p": "665.00"}, 3: {"d": "2027-01-29"}}))


# 068 -------------------------------------------------------------------------
@case("concrete-spacers-hinglish-next-week", "needs_review/hi-IN",
      "Hindi/English mix acknowledging receipt and promising the final confirmation next week.")
def c068(c):
    s = sup("SHREEGCP", "Shree Ganesh Concrete Products", "sales@shreeganeshcp.example", "hi-IN")
    p = po("4500038592", s, "INR", "2026-12-03", [
        ("SGC-CB-25", "Concrete cover block 25 mm, M30 grade", 50000, "PCS", "3.20", "2027-01-08"),
        ("SGC-CB-40", "Concrete cover block 40 mm, M30 grade", 30000, "PCS", "3.90", "2027-01-08"),
    ], buyer="priya")
    body = ("नमस्ते प्रिया जी,\n\nआपका PO नंबर 4500038592 मिल गया है, धन्यवाद। हम अभी स्टॉक और रेट चेक कर रहे हैं। "
            "Final confirmation with delivery dates अगले हफ्ते भेज देंगे।\n\nधन्यवाद,\nअमित शर्मा\n"
            "Shree Ganesh Concrete Products\nMIDC Bhosari, Pune 411026\nMob: +91 98220 41873\n")
    eml = c.mail(frm=("Amit Sharma", "amit@shreeganeshcp.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-12-04 11:10:00 +0530", client="gmail",
                 body=body, quote="gmail", qlang="en", cte="base64")
    return [p], eml, expected("needs_review",
                              "Receipt only: stock and rates are being checked, final confirmation with dates "
                              "promised for next week.")


# 069 -------------------------------------------------------------------------
@case("tram-insulators-ex-works-vs-delivered", "confirmation/en-ZA",
      "Each line gives an ex-works date and a later delivered date; the delivery date wins. Rand prices 'R 6 450,00'.")
def c069(c):
    s = sup("HIGHVELD", "Highveld Traction Insulators (Pty) Ltd", "orders@highveld-insulators.example", "en-ZA")
    p = po("4500038599", s, "ZAR", "2026-11-27", [
        ("HTI-SI-750", "Section insulator 750 V DC, 1.2 m, for 107 mm2 wire", 8, "EA", "6450.00", "2027-01-22"),
        ("HTI-EI-16", "Egg insulator, porcelain, M16", 200, "EA", "74.50", "2027-01-22"),
        ("HTI-RI-3", "Rod insulator 3 kN, silicone, 600 V", 60, "EA", "389.00", "2027-01-22"),
    ], buyer="marc")
    body = ("Good day Marc,\n\nTrust you are well. Herewith our confirmation for PO 4500038599:\n\n"
            "Line 1: 8 x R 6 450,00 - ex-works Germiston 8 January 2027, delivered Rotterdam 5 February 2027 "
            "(sea freight)\nLine 2: 200 x R 74,50 - ex-works 8 January 2027, delivered Rotterdam 5 February 2027\n"
            "Line 3: 60 x R 389,00 - ex-works 8 January 2027, delivered Rotterdam 5 February 2027\n\n"
            "Kind regards\nThabo Nkosi\nSales Administrator\nHighveld Traction Insulators (Pty) Ltd\n"
            "14 Steel Road, Germiston 1401, South Africa\nTel +27 11 825 4190\n")
    eml = c.mail(frm=("Thabo Nkosi", "thabo.nkosi@highveld-insulators.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-12-04 08:20:11 +0200", client="outlook",
                 body=body, quote="outlook", qlang="en", content_language="en-ZA")
    d = "2027-02-05"
    return [p], eml, expected("confirmation",
                              "Delivered date 5 February 2027 wins over ex-works 8 January for all lines; prices "
                              "in South African format equal the PO.", conf(p, {1: {"d": d}, 2: {"d": d}, 3: {"d": d}}))


# 070 -------------------------------------------------------------------------
@case("glove-boxes-delivery-note-other-order", "unrelated/sv-SE",
      "A dispatch notice with a delivery-note PDF for an older PO, full of quantities and dates.")
def c070(c):
    s = sup("GLASMONT", "Svenska Glasmontrar AB", "order@glasmontrar.example", "sv-SE")
    p = po("4500038606", s, "SEK", "2026-12-01", [
        ("SGM-HB-1", "Museum glove box, glass/steel, 1000x600x650", 1, "EA", "42800.00", "2027-02-26"),
        ("SGM-FI-2", "HEPA filter cartridge for glove box", 4, "EA", "1290.00", "2027-02-26"),
    ], buyer="tom")
    d = when("2026-12-04 07:45:30 +0100")
    lines = [("Svenska Glasmontrar AB", "B"), "Industrivagen 9, 745 37 Enkoping", "",
             ("FOLJESEDEL / DELIVERY NOTE 88412", "B"), "Datum: 2026-12-03     Er order: 4500037712", "",
             "Mottagare: Brightwater Supply Group B.V., Waalhaven Z.z. 41, 3089 JH Rotterdam", "",
             ("Art.nr     Benamning                               Antal  Enhet", "B"),
             "SGM-MC-80  Museum showcase 800x800x1800, UV glass          2  st",
             "SGM-LK-3   Lock set, 3 keys                                 2  set", "",
             "Kollin: 2 pall, bruttovikt 412 kg", "Transportor: DSV, sandningsnr 40 558 712 903",
             "Beraknad leverans: 2026-12-09"]
    pdf = make_pdf(lines, title="Foljesedel 88412", author="Visma", date=pdf_date(d), producer="Visma Business")
    body = ("Hej,\n\nEr order 4500037712 har skickats idag. Följesedel 88412 bifogas.\n"
            "Beräknad leverans: onsdag 9 december.\nSändningsnummer DSV: 40 558 712 903\n\n"
            "Med vänliga hälsningar\nLager & Frakt\nSvenska Glasmontrar AB\n")
    att = mime.attachment(pdf, "application/pdf", "Foljesedel_88412.pdf")
    eml = c.mail(frm=("Svenska Glasmontrar - Lager", "lager@glasmontrar.example"), p=p, thread=False,
                 subject="Följesedel 88412 - er order 4500037712", date="2026-12-04 07:45:30 +0100",
                 client="erp", body=body, mode="text", charset="iso-8859-1", attachments=[att],
                 extra=[("X-Mailer", "Visma Business Mail")])
    wd("2026-12-09", 2)
    return [p], eml, expected("unrelated",
                              "Shipping notice and delivery note for the older order 4500037712; nothing about the "
                              "open PO 4500038606.")
