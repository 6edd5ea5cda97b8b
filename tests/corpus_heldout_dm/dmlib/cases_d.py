# -*- coding: utf-8 -*-
from .common import *


@case("cn-gb2312-price-up", "zh-CN", "confirmation",
      "Simplified Chinese reply in GB2312 (base64) with 订单确认: line 1 unit price raised, line 2 later date in 2027年1月 format.")
def _(c):
    p = c.po("4500033001", "HUAXIN", "Ningbo Huaxin Hardware Co., Ltd.", "sales@huaxin-hw.example", [
        ("GL-CHN-ZN", "Gate latch chain type, zinc, 150 mm", 1000, "PC", "3.50", "2027-01-08"),
        ("GL-RING-BK", "Ring gate latch, black", 500, "PC", "4.80", "2027-01-08"),
    ], cur="CNY", issued="2026-11-06", buyer="mikkel")
    body = ("Mikkel 先生，您好！\n\n贵司订单 4500033001 已收到，现确认如下：\n\n"
            "1、GL-CHN-ZN 链条门闩：1000 只，因锌价上涨，单价调整为 ￥3.80/只，交货期 2027年1月8日。\n"
            "2、GL-RING-BK 环形门闩：500 只，单价 ￥4.80/只，交货期 2027年1月20日。\n\n"
            "以上价格不含税。如有疑问请随时联系。\n\n此致\n敬礼\n\n王丽\n宁波华鑫五金有限公司 外贸部\n电话：0574-8765 4321  手机：138 0574 1234\n")
    c.mail("wangli@huaxin-hw.example", "2026-11-09 16:20 +0800", T(body, "gb2312", "base64"), reply_to_po=p,
           prefix="答复: ", frm_name="王丽")
    c.confirm((p, {1: C(p="3.80"), 2: C(d="2027-01-20")}),
              notes="Line 1 price 3.80 CNY instead of 3.50 (date = requested 2027-01-08); line 2 price unchanged, delivery 2027-01-20. '以上价格不含税' (prices excl. tax) matches the net PO.")


@case("hk-partial-tba", "zh-HK", "confirmation",
      "Hong Kong bilingual reply: line 1 confirmed, line 2 'delivery date TBA / 交期待定' -> unconfirmed, line 3 earlier.")
def _(c):
    p = c.po("4500033025", "WINGF", "Wing Fat Electrical Supplies Ltd", "sales@wingfat.example", [
        ("JB-WP-IP66", "Weatherproof junction box IP66 120x80", 200, "PC", "2.90", "2026-12-18"),
        ("JB-MET-4SQ", "Metal junction box 4in square, galvanised", 150, "PC", "1.75", "2026-12-18"),
        ("JB-CVR-4SQ", "Blank cover 4in square", 150, "PC", "0.45", "2026-12-18"),
    ], cur="USD", issued="2026-11-06", buyer="dana")
    body = ("Dear Dana,\n\nRe your PO 4500033025:\n\n"
            "Item 1 JB-WP-IP66 - 200 pcs @ USD 2.90, delivery 18/12/2026 OK.\n"
            "Item 2 JB-MET-4SQ - delivery date TBA 交期待定, factory will revert next week.\n"
            "Item 3 JB-CVR-4SQ - 150 pcs @ USD 0.45, in stock, can deliver 04/12/2026.\n\n"
            "Thanks & regards,\nKelvin Chan 陳家豪\nWing Fat Electrical Supplies Ltd 永發電器有限公司\nTel: 2345 6789  Fax: 2345 6780\n"
            + c.quote(p, "outlook"))
    c.mail("kelvin.chan@wingfat.example", "2026-11-10 11:48 +0800", T(body, "utf-8", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Kelvin Chan")
    c.confirm((p, {1: A, 2: U, 3: C(d="2026-12-04")}),
              notes="HK day-first dates. Line 2 date to be advised -> unconfirmed; line 3 delivered earlier on 2026-12-04.")


@case("sg-eta-noted", "en-SG", "confirmation",
      "Singapore 'Noted with thanks' reply: ETA per line, one line later, with a long confidentiality disclaimer.")
def _(c):
    p = c.po("4500033048", "LIONT", "Lion City Tools Pte Ltd", "sales@lioncitytools.example", [
        ("HG-DIG-2000", "Digital heat gun 2000 W, 50-650 C", 20, "EA", "68.00", "2026-12-18"),
        ("HG-CASE", "Carry case for heat gun", 20, "EA", "9.50", "2026-12-18"),
        ("HG-REFL", "Reflector nozzle for heat gun", 40, "EA", "3.20", "2026-12-18"),
    ], cur="SGD", issued="2026-11-06", buyer="priya")
    body = ("Hi Priya,\n\nNoted with thanks. Confirm PO 4500033048 as follows:\n"
            "1) HG-DIG-2000 x 20 - ETA 18 Dec\n2) HG-CASE x 20 - ETA 18 Dec\n3) HG-REFL x 40 - ETA 8 Jan, waiting stock from China\n"
            "Price as per PO.\n\nRegards,\nJason Tan\nLion City Tools Pte Ltd (UEN 201912345K)\nDID: +65 6123 4567 | HP: +65 9123 4567\n\n"
            "CONFIDENTIALITY NOTICE: This email and any attachments are confidential and may be privileged. If you are not the intended recipient, "
            "please notify the sender immediately and delete it. Lion City Tools Pte Ltd accepts no liability for any damage caused by this email. "
            "Orders are subject to our standard terms and conditions of sale dated 01.01.2026.\n" + c.quote(p, "outlook"))
    c.mail("jason.tan@lioncitytools.example", "2026-11-10 09:05 +0800", T(body, "us-ascii", "7bit"), reply_to_po=p,
           prefix="RE: ", frm_name="Jason Tan")
    c.confirm((p, {1: A, 2: A, 3: C(d="2027-01-08")}),
              notes="ETA is the delivery date. '18 Dec' = requested; '8 Jan' without year = 2027-01-08. The T&C date in the disclaimer is noise.")


@case("ph-noted-po-will-check", "tl-PH", "needs_review",
      "Taglish reply 'Noted po, i-check namin sa warehouse, update namin kayo bukas' - polite holding reply.")
def _(c):
    p = c.po("4500033070", "TALIM", "Talim Hardware Trading Corp.", "sales@talimhardware.example", [
        ("CT-250-BK", "Cable tie 250x4.8 black", 5000, "PC", "0.65", "2026-12-15"),
        ("CT-BASE-SC", "Screw-mount cable tie base", 2000, "PC", "0.95", "2026-12-15"),
    ], cur="PHP", issued="2026-11-09", buyer="priya")
    body = ("Hi Ma'am Priya,\n\nNoted po ang PO 4500033070. I-check lang namin sa warehouse kung kumpleto ang stocks, "
            "update namin kayo bukas regarding delivery date. Thank you po!\n\nBest regards,\nMaria Santos\nTalim Hardware Trading Corp. | 0917 123 4567\n"
            + c.quote(p, "gmail"))
    c.mail("maria.santos@talimhardware.example", "2026-11-10 10:30 +0800", T(body, "utf-8", "quoted-printable"), reply_to_po=p,
           prefix="Re: ", frm_name="Maria Santos")
    c.other("needs_review", "'Noted po' only acknowledges the PO; stock and delivery date will be confirmed tomorrow. No commitment.")


@case("bd-bounce-sendmail", "bn-BD", "bounce",
      "Classic sendmail 'Returned mail: see transcript for details' (multipart/report) after 5 days of deferral: host unreachable.")
def _(c):
    p = c.po("4500033092", "PATAKA", "Pataka Safety Products Ltd.", "sales@patakasafety.example", [
        ("TB-SAFE-HV", "Safety tool belt with lanyard ring", 100, "PC", "14.50", "2027-01-20"),
    ], cur="USD", issued="2026-11-04")
    human = ("The original message was received at Wed, 4 Nov 2026 08:41:17 +0100\nfrom mail.buyer.example [192.0.2.10]\n\n"
             "   ----- The following addresses had permanent fatal errors -----\n<sales@patakasafety.example>\n"
             "    (reason: 421 4.4.2 Connection timed out)\n\n   ----- Transcript of session follows -----\n"
             "<sales@patakasafety.example>... Deferred: Connection timed out with mx.patakasafety.example.\n"
             "Message could not be delivered for 5 days\nMessage will be deleted from queue\n")
    dsn(c, p, "MAILER-DAEMON@mail.buyer.example", "2026-11-09 08:45 +0100", human, "4.4.2",
        "421 4.4.2 Connection timed out", "mail.buyer.example", None, subject="Returned mail: see transcript for details",
        orig_headers_only=False)
    c.other("bounce", "Sendmail permanent failure after 5 days of deferral; contains a copy of our request with the PO table.")


@case("ta-electrodeholders-pack25", "ta-IN", "confirmation",
      "Tamil greeting + English body from a Coimbatore supplier: line 2 rounded to multiples of 25, DD/MM/YYYY dates, rupee prices with /-.")
def _(c):
    p = c.po("4500033115", "KOVAI", "Kovai Welding Accessories", "sales@kovaiwelding.example", [
        ("EH-300A-IN", "Electrode holder 300 A, Indian pattern", 100, "EA", "285.00", "2026-12-12"),
        ("EH-LUG-50", "Cable lug 50 sq mm for electrode holder", 110, "EA", "18.00", "2026-12-12"),
    ], cur="INR", issued="2026-11-06", buyer="priya")
    body = ("வணக்கம் Priya madam,\n\nThank you for your PO 4500033115.\n\n"
            "1. Electrode holder 300A - 100 Nos @ Rs.285/- each - dispatch on 12/12/2026.\n"
            "2. Cable lug 50 sq mm - packed in 25 Nos per packet, so we will send 125 Nos @ Rs.18/- each - dispatch on 12/12/2026.\n\n"
            "நன்றி,\nS. Karthikeyan\nKovai Welding Accessories, Coimbatore - 641 021\nPh: 0422 2345678 | Cell: 94430 12345\n")
    c.mail("karthik@kovaiwelding.example", "2026-11-09 11:05 +0530", T(body, "utf-8", "base64"), reply_to_po=p,
           prefix="Re: ", frm_name="S. Karthikeyan")
    c.confirm((p, {1: A, 2: C(q=125)}), notes="Line 2: 110 rounded up to 5 packets of 25 = 125 at the PO price; dispatch date 12/12/2026 is the date (= requested). Line 1 as ordered; the PIN code 641 021 is noise.")


@case("pk-rate-revision-approval", "ur-PK", "needs_review",
      "Urdu/English reply: new rates due to rupee devaluation, asks us to approve the revised rate before they confirm delivery.")
def _(c):
    p = c.po("4500033140", "SAAFP", "Saaf Pani Industries (Pvt.) Ltd.", "sales@saafpani.example", [
        ("WF-CER-10", "Ceramic water filter candle 10in", 300, "EA", "4.10", "2027-01-25"),
        ("WF-HSG-SS", "Stainless filter housing 10in", 30, "EA", "38.00", "2027-01-25"),
    ], cur="USD", issued="2026-11-06")
    body = ("السلام علیکم Dana صاحبہ،\n\nآپ کا PO 4500033140 موصول ہوا، شکریہ۔\n\n"
            "Due to recent rupee devaluation and raw material cost, our revised rates are: WF-CER-10 USD 4.45/pc and WF-HSG-SS USD 41.00/pc. "
            "Kindly approve the revised rates, then we will confirm delivery schedule and issue proforma.\n\n"
            "شکریہ\nMuhammad Bilal\nExport Sales | Saaf Pani Industries (Pvt.) Ltd., Sialkot | NTN 1234567-8\n")
    c.mail("bilal@saafpani.example", "2026-11-10 12:40 +0500", T(body, "utf-8", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Muhammad Bilal")
    c.other("needs_review", "The supplier proposes new prices and explicitly waits for our approval before confirming anything (no delivery dates); a buyer must decide.")


@case("eg-arabic-indic-digits", "ar-EG", "confirmation",
      "Egyptian Arabic reply written entirely with Arabic-Indic digits (٤٠٠, ٢٠٢٦/١٢/٢٠, ١٢٫٥٠); line 1 quantity reduced, line 2 accepted.")
def _(c):
    p = c.po("4500033166", "NILEF", "Nile Felt Industries S.A.E.", "sales@nilefelt.example", [
        ("FP-FURN-40", "Felt furniture pad 40 mm square, 48 pcs/sheet", 500, "PC", "12.50", "2026-12-20"),
        ("FP-ROLL-3", "Felt roll 3 mm x 1 m x 10 m, grey", 20, "ROL", "310.00", "2026-12-20"),
    ], cur="EGP", issued="2026-11-06", buyer="mikkel")
    body = ("السيد/ ميكل سورنسن المحترم،\n\nتحية طيبة وبعد،\n\nنؤكد لسيادتكم أمر الشراء رقم ٤٥٠٠٠٣٣١٦٦ كالتالي:\n\n"
            "١- FP-FURN-40: الكمية المتاحة ٤٠٠ قطعة بسعر ١٢٫٥٠ جنيه للقطعة، التسليم ٢٠٢٦/١٢/٢٠\n"
            "٢- FP-ROLL-3: ٢٠ رول بسعر ٣١٠٫٠٠ جنيه، التسليم ٢٠٢٦/١٢/٢٠\n\n"
            "وتفضلوا بقبول فائق الاحترام،\nأحمد عبد الرحمن\nمدير المبيعات - شركة النيل للّباد\nت: ٠٢٢٣٤٥٦٧٨٩\n")
    c.mail("ahmed.abdelrahman@nilefelt.example", "2026-11-09 13:15 +0200", T(body, "utf-8", "base64"), reply_to_po=p,
           prefix="رد: ", frm_name="أحمد عبد الرحمن")
    c.confirm((p, {1: C(q=400), 2: A}),
              notes="Arabic-Indic digits: ٤٠٠ = 400 of 500 available on line 1, ١٢٫٥٠ = 12.50 (Arabic decimal separator), ٢٠٢٦/١٢/٢٠ = 2026-12-20. Line 2 as ordered.")


@case("gb-relative-dates-disclaimer", "en-GB", "confirmation",
      "British reply with relative dates ('in 3 weeks from today', 'this Thursday'), a long legal disclaimer, and one line unchanged.")
def _(c):
    p = c.po("4500033190", "BRIT", "Britannia Security Cabinets Ltd", "sales@britanniasc.example", [
        ("KC-30-DIG", "Key cabinet 30 hooks, digital lock", 12, "PC", "64.00", "2026-12-18"),
        ("KC-200-MECH", "Key cabinet 200 hooks, mechanical lock", 4, "PC", "189.00", "2027-01-08"),
        ("KC-TAGS-50", "Key tags with ID window, 50 pcs", 20, "BOX", "7.80", "2026-12-10"),
    ], cur="GBP", issued="2026-11-20")
    body = ("Morning Dana,\n\nThanks for PO 4500033190, confirmed at your prices and quantities. On timings:\n\n"
            "- KC-30-DIG: these are being re-boxed, so delivery in 3 weeks from today.\n"
            "- KC-200-MECH: fine for the date you asked.\n"
            "- KC-TAGS-50: in stock, we'll have them with you this Thursday.\n\n"
            "Kind regards,\n\nOliver Hughes\nSales Office | Britannia Security Cabinets Ltd\nUnit 4, Orbital Park, Ashford TN24 0SA\n"
            "T: 01233 555 210 | Registered in England No. 04123456 | VAT GB 123 4567 89\n\n"
            "This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. "
            "If you have received this email in error please notify the system manager. Please note that any views or opinions presented in this email "
            "are solely those of the author. Britannia Security Cabinets Ltd is registered in England and Wales, company number 04123456.\n"
            + c.quote(p, "outlook"))
    c.mail("oliver.hughes@britanniasc.example", "2026-11-30 09:12 +0000", T(body, "utf-8", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Oliver Hughes")
    c.confirm((p, {1: C(d="2026-12-21"), 2: A, 3: C(d="2026-12-03")}),
              notes="Mail sent Monday 2026-11-30: '3 weeks from today' = 2026-12-21 (later than 2026-12-18); 'this Thursday' = 2026-12-03 (earlier than 2026-12-10). Line 2 as ordered.")


@case("frbe-semaine-1", "fr-BE", "confirmation",
      "Belgian French reply: 'semaine 50' and 'semaine 1' (no day -> Fridays, across the year boundary), one line rounded to a box of 10.")
def _(c):
    p = c.po("4500033212", "NEZMA", "Nez de Marche Benelux SPRL", "commandes@nezdemarche.example", [
        ("SN-PVC-40", "Stair nosing PVC 40 mm, 2 m, black", 200, "PC", "3.95", "2026-12-11"),
        ("SN-LED-AL", "LED stair nosing aluminium 1.2 m", 16, "PC", "47.00", "2026-12-11"),
    ], issued="2026-11-09")
    body = ("Bonjour Madame Ruiz,\n\nNous vous confirmons la commande 4500033212 :\n\n"
            "- SN-PVC-40 : 200 pièces à 3,95 EUR, livraison semaine 50\n"
            "- SN-LED-AL : conditionnement par boîte de 10, soit 20 pièces à 47,00 EUR, livraison semaine 1\n\n"
            "Bien à vous,\nLaurent Dubois\nNez de Marche Benelux SPRL | TVA BE 0123.456.789 | +32 2 345 67 89\n")
    c.mail("l.dubois@nezdemarche.example", "2026-11-10 14:30 +0100", T(body, "iso-8859-1", "quoted-printable"), reply_to_po=p,
           prefix="RE : ", frm_name="Laurent Dubois")
    c.confirm((p, {1: A, 2: C(q=20, d=kw(2027, 1))}),
              notes="'semaine 50' = Friday 2026-12-11 = requested; 'semaine 1' with no year is the next week 1 after the Nov 2026 mail = Friday 2027-01-08. Line 2 also rounded 16 -> 20 (2 boxes of 10).")


@case("nlbe-choice-question", "nl-BE", "needs_review",
      "Flemish reply offering two alternatives (200 now or all 500 in January) and asking which we prefer.")
def _(c):
    p = c.po("4500033236", "HORRE", "Horren Vlaanderen BV", "verkoop@horrenvlaanderen.example", [
        ("IS-PLI-DR", "Pleated insect screen door 100x220", 500, "PC", "38.50", "2026-12-16"),
    ], issued="2026-11-09", buyer="mikkel")
    body = ("Dag Mikkel,\n\nVoor bestelling 4500033236 hebben wij twee mogelijkheden:\n"
            "1) 200 stuks nu leveren (16/12) en de rest van 300 stuks begin februari, of\n"
            "2) de volledige 500 stuks in één levering op 22/01.\n\nLaat u ons weten wat uw voorkeur heeft? Dan sturen wij de orderbevestiging.\n\n"
            "Met vriendelijke groeten,\nSofie Peeters\nHorren Vlaanderen BV | BTW BE 0456.789.123\n")
    c.mail("sofie.peeters@horrenvlaanderen.example", "2026-11-10 16:05 +0100", T(body, "windows-1252", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Sofie Peeters")
    c.other("needs_review", "Two alternative schedules are offered and the supplier waits for our choice before sending the confirmation; committing to either would be a guess.")


@case("mt-html-blockquote", "mt-MT", "confirmation",
      "Maltese/English HTML-only reply on top of an HTML blockquote of our PO table; line 2 date 'Monday 14th December' (no year).")
def _(c):
    p = c.po("4500033260", "MELIT", "Melita Building Supplies Ltd", "sales@melitabs.example", [
        ("SN-BR-30", "Stair nosing brass 30 mm, 1.5 m", 24, "PC", "18.20", "2026-12-09"),
        ("SN-RUB-INS", "Rubber insert for stair nosing, 10 m", 12, "ROL", "11.40", "2026-12-09"),
    ], issued="2026-11-06")
    html = ("<html><body><div style=\"font-family:Calibri,sans-serif\"><p>Bonġu Dana,</p>"
            "<p>Grazzi tal-ordni. PO 4500033260 confirmed: the brass nosings for the 9th as requested, the rubber insert "
            "will only be ready for <b>Monday 14th December</b>. Prices as per your PO.</p>"
            "<p>Saħħa,<br>Joseph Camilleri<br>Melita Building Supplies Ltd | Triq il-Kbira, Mosta MST 1234 | VAT MT12345678</p></div>"
            + c.quote_html(p) + "</body></html>")
    c.mail("joseph@melitabs.example", "2026-11-09 12:30 +0100", H(html, "utf-8", "quoted-printable"), reply_to_po=p,
           prefix="RE: ", frm_name="Joseph Camilleri")
    c.confirm((p, {1: A, 2: C(d="2026-12-14")}),
              notes="HTML only. 'the 9th' = 2026-12-09 = requested for line 1; line 2 'Monday 14th December' = 2026-12-14 (a Monday). The blockquoted table repeats PO values and is not a second answer.")


@case("al-shipping-notice-other-order", "sq-AL", "unrelated",
      "Albanian shipping notice (dispatch + tracking) for an OLDER order, sent as a new mail; our open PO is not mentioned.")
def _(c):
    p = c.po("4500033282", "VEGLA", "Vegla Profesionale sh.p.k.", "shitje@veglaprof.example", [
        ("MP-SPIRAL-120", "Spiral mixing paddle 120 mm", 50, "PC", "8.40", "2026-12-21"),
    ], issued="2026-11-09")
    body = ("Përshëndetje,\n\nJu njoftojmë se porosia juaj nr. 4500030917 (fatura 2026-1187) u nis sot me DHL.\n"
            "Numri i gjurmimit: 1234567890. Dorëzimi i pritshëm: 13.11.2026.\n\n"
            "Artikujt: MP-SPIRAL-120 x 30 copë, MP-140-FLAT x 20 copë.\n\nMe respekt,\nEnkeleda Hoxha\nLogjistika | Vegla Profesionale sh.p.k. | NIPT L12345678A\n")
    c.mail("logjistika@veglaprof.example", "2026-11-10 15:00 +0100", T(body, "utf-8", "quoted-printable"),
           subject="Njoftim dërgese - porosia 4500030917", to="dana.ruiz@buyer.example")
    c.other("unrelated", "Dispatch notice for an older order 4500030917 that happens to contain the same item code; it says nothing about open PO 4500033282.")


@case("ge-ooo-georgian", "ka-GE", "auto_reply",
      "Georgian out-of-office (Mkhedruli script, UTF-8 base64) with return date; Precedence: auto_reply header only.")
def _(c):
    p = c.po("4500033305", "KARTL", "Kartli Electro LLC", "sales@kartlielectro.example", [
        ("JB-DIN-12", "Distribution junction box 12 modules, DIN rail", 40, "PC", "21.00", "2027-01-22"),
    ], cur="USD", issued="2026-11-10")
    body = ("გამარჯობა,\n\nგმადლობთ წერილისთვის. 2026 წლის 20 ნოემბრამდე ვიმყოფები შვებულებაში. "
            "სასწრაფო საკითხებზე გთხოვთ დაუკავშირდეთ ჩემს კოლეგას, ნინო ბერიძეს: +995 32 2 123 456.\n\n"
            "I am on leave until 20 November 2026. For urgent matters please contact Nino Beridze.\n\nპატივისცემით,\nგიორგი ლომიძე\n")
    c.mail("giorgi.lomidze@kartlielectro.example", "2026-11-10 11:43 +0400", T(body, "utf-8", "base64"),
           subject="ავტომატური პასუხი: " + c.subject(p), reply_to_po=p, extra=[("Precedence", "auto_reply")])
    c.other("auto_reply", "Leave auto-reply in Georgian and English.")


@case("mk-bounce-qmail", "mk-MK", "bounce",
      "qmail-send plain-text bounce ('Hi. This is the qmail-send program') with the original message appended.")
def _(c):
    p = c.po("4500033328", "ALATM", "Alat Makedonija DOOEL", "prodazba@alatmk.example", [
        ("NF-DIAM-10", "Diamond needle file set 10 pcs", 30, "SET", "11.50", "2026-12-18"),
    ], issued="2026-11-10", buyer="priya")
    b = p["buyer"]
    body = ("Hi. This is the qmail-send program at mail.alatmk.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<prodazba@alatmk.example>:\n"
            "Sorry, no mailbox here by that name. (#5.1.1)\n\n--- Below this line is a copy of the message.\n\n"
            "Return-Path: <%s>\nFrom: %s <%s>\nTo: prodazba@alatmk.example\nSubject: %s\nMessage-ID: %s\nDate: %s\n\n%s\n" % (
                b["email"], b["name"], b["email"], c.subject(p), p["request_message_id"], c.req_date(p), c.request_text(p)))
    c.mail("MAILER-DAEMON@mail.alatmk.example", "2026-11-10 08:42 +0100", T(body, "us-ascii", "7bit"),
           subject="failure notice", to=b["email"])
    c.other("bounce", "qmail failure notice with our request copied below; no Auto-Submitted header, the subject is just 'failure notice'.")


@case("in-erp-csv-regret", "en-IN", "confirmation",
      "Indian ERP-style 'PFA order acknowledgement' with a CSV: DD-MMM-YYYY dates, one line REGRET (rejected), one later, one as ordered.")
def _(c):
    p = c.po("4500033350", "BHARAT", "Bharat Level Controls Pvt. Ltd.", "sales@bharatlevel.example", [
        ("LS-CND-3P", "Conductivity level sensor 3-probe", 20, "EA", "48.00", "2026-12-22"),
        ("LS-RELAY-230", "Level controller relay 230 VAC", 20, "EA", "26.00", "2026-12-22"),
        ("LS-PROBE-SS", "Spare probe SS316 1 m", 60, "EA", "4.50", "2026-12-22"),
    ], cur="USD", issued="2026-11-06", buyer="dana")
    csv = ("OA No,OA Date,Cust PO No,Sr,Item Code,Description,Qty,UOM,Rate (USD),Delivery Date,Remarks\r\n"
           "OA/26-27/1142,09-Nov-2026,4500033350,1,LS-CND-3P,CONDUCTIVITY LEVEL SENSOR 3P,20,NOS,48.00,22-Dec-2026,\r\n"
           "OA/26-27/1142,09-Nov-2026,4500033350,2,LS-RELAY-230,LEVEL CONTROLLER RELAY 230V,20,NOS,26.00,12-Jan-2027,\r\n"
           "OA/26-27/1142,09-Nov-2026,4500033350,3,LS-PROBE-SS,SPARE PROBE SS316 1M,0,NOS,0.00,,REGRET - ITEM OBSOLETE\r\n")
    body = ("Dear Madam,\n\nGreetings from Bharat Level Controls!!\n\nPFA our Order Acknowledgement OA/26-27/1142 against your PO No. 4500033350 for your kind perusal.\n"
            "Kindly do the needful and revert in case of any discrepancy.\n\nThanks & Regards,\nVikram Patil\nSr. Executive - Sales Coordination\n"
            "Bharat Level Controls Pvt. Ltd. | Plot No. 45, MIDC Bhosari, Pune - 411026 | Mob: +91 98220 12345\n")
    c.mail("vikram.patil@bharatlevel.example", "2026-11-09 17:25 +0530",
           MIX(T(body, "us-ascii", "7bit"), ATT("OA_26-27_1142.csv", "text/csv", csv)),
           subject="Order Acknowledgement OA/26-27/1142 - PO No. 4500033350", reply_to_po=p, refs=False)
    c.confirm((p, {1: A, 2: C(d="2027-01-12"), 3: R}),
              notes="New thread; all data in the CSV. Line 2 delivery 12-Jan-2027; line 3 'REGRET - ITEM OBSOLETE' with qty 0 = rejected; line 1 as ordered.")
