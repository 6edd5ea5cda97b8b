from .common import *


@case(55, "lv-wallplugs-partial-tomorrow", "Latvian reply (ISO-8859-13): line 1 confirmed, line 2 cut to stock (1500 of 2000), line 3 price/date to be confirmed tomorrow.")
def c055():
    s = sup("STRIG", "SIA Stiprinājumi Rīga", "pardosana@stiprinajumi.example", "lv-LV")
    p = po("4500032377", s, "ta", "EUR", "2026-11-24", [
        ("WP-FR-10", "Frame fixing plug 10 x 100 mm with screw", 800, "EA", "0.32", "2026-12-18"),
        ("WP-NY-12", "Nylon wall plug 12 x 60 mm", 2000, "PC", "0.09", "2026-12-18"),
        ("WP-CHEM-300", "Chemical anchor resin 300 ml, styrene-free", 48, "EA", "7.85", "2026-12-18")])
    body = ("Labdien, Tom!\n\nPaldies par pasūtījumu Nr. 4500032377.\n\n"
            "1. pozīcija - 800 gab. par 0,32 EUR, piegāde 18.12.2026. - apstiprinām.\n"
            "2. pozīcija - noliktavā ir tikai 1500 gab.; apstiprinām 1500 gab. par 0,09 EUR ar piegādi 18.12.2026., "
            "atlikušos 500 gab. nevarēsim piegādāt.\n"
            "3. pozīcija - ķīmiskā enkura cenu un termiņu apstiprināsim rīt, gaidām ražotāja atbildi.\n\n"
            "Ar cieņu,\nJānis Ozols\nPārdošanas nodaļa | SIA Stiprinājumi Rīga | Reģ. Nr. 40003123456 | Tālr. +371 67 123 456\n"
            + quote_outlook(p, "en", "Tuesday, November 24, 2026 11:14"))
    eml = message(reply_headers(p, "Jānis Ozols", s["email"], rfcdate(2026, 11, 26, 10, 10, "+0200"),
                                "<VI1P190MB0321.strig@VI1P190MB0321.EURP190.prod.outlook.example>", charset="iso-8859-13"),
                  text(body, charset="iso-8859-13"))
    return [p], eml, expected("confirmation",
        "L1 as ordered. L2 only 1500 of 2000 confirmed (rest cannot be supplied) -> changed qty 1500. L3 to be confirmed tomorrow -> unconfirmed.",
        [conf(p, {1: "acc", 2: chg(p, 2, quantity=1500), 3: UNC})])


@case(56, "ee-bounce-qmail-quota", "qmail-send bounce (plain text, no DSN part) from an Estonian supplier's server: mailbox over quota; the copy of our PO table is included below.")
def c056():
    s = sup("TTOO", "Tallinna Tööriist OÜ", "myyk@tallinnatooriist.example", "et-EE")
    p = po("4500032399", s, "mk", "EUR", "2026-11-24", [
        ("RM-NYL-40", "Nylon-faced mallet 40 mm, replaceable faces", 50, "EA", "11.20", "2027-01-08"),
        ("RM-FACE-40", "Replacement faces 40 mm, pair", 100, "PR", "2.90", "2027-01-08")])
    body = ("Hi. This is the qmail-send program at mail.tallinnatooriist.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<myyk@tallinnatooriist.example>:\nThe users mailfolder is over the allowed quota (size). (#5.2.2)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <marta.keller@northgate-supply.example>\nReceived: (qmail 28114 invoked from network); 24 Nov 2026 10:14:09 -0000\n"
            "From: Marta Keller <marta.keller@northgate-supply.example>\nTo: myyk@tallinnatooriist.example\n"
            "Subject: %s\nDate: %s\nMessage-ID: %s\n\n%s" % (subj(p), req_sent(p), p["request_message_id"], request_text(p)))
    h = [("From", "MAILER-DAEMON@mail.tallinnatooriist.example"), ("To", p["buyer"]["email"]),
         ("Subject", "failure notice"), ("Date", rfcdate(2026, 11, 24, 10, 14, "+0000", 12)),
         ("Message-ID", "<1795515252.28117@mail.tallinnatooriist.example>")]
    return [p], message(h, text(body, charset="us-ascii", cte="7bit")), expected("bounce",
        "qmail failure notice (mailbox over quota); the quoted PO table is our own message, not an answer.")


@case(57, "il-mallets-html-rtl-1255", "Hebrew HTML-only reply (windows-1255, dir=rtl) with ₪ prices: line 2 price raised because of rubber costs.")
def c057():
    s = sup("GALIL", "Galil Work Tools Ltd.", "sales@galil-tools.example", "he-IL")
    p = po("4500032411", s, "pn", "ILS", "2026-11-24", [
        ("RM-DEAD-1KG", "Dead-blow mallet 1 kg, polyurethane", 60, "EA", "54.90", "2026-12-20"),
        ("RM-RUB-500", "Rubber mallet 500 g, grey", 120, "EA", "19.50", "2026-12-20")])
    inner = ("<div>שלום פריה,</div><div><br></div><div>מאשרים את הזמנה 4500032411:</div>"
             "<div>שורה 1 – 60 יח' במחיר 54.90 ₪ ליחידה, אספקה עד 20/12/2026.</div>"
             "<div>שורה 2 – 120 יח', המחיר עודכן ל-21.30 ₪ ליחידה בגלל עליית מחירי הגומי, אספקה עד 20/12/2026.</div>"
             "<div><br></div><div>בברכה,</div><div>יוסי לוי</div><div>מחלקת מכירות | כלי עבודה הגליל בע&quot;מ | טל' 04-8123456 | ח.פ. 512345678</div>"
             "<hr><div dir='ltr'><b>From:</b> Priya Nair &lt;%s&gt;<br><b>Sent:</b> Tuesday, November 24, 2026 11:14 AM<br>"
             "<b>Subject:</b> %s</div><div dir='ltr'>%s</div>" % (p["buyer"]["email"], subj(p), request_html(p)))
    eml = message(reply_headers(p, "יוסי לוי", s["email"], rfcdate(2026, 11, 29, 9, 20, "+0200"),
                                "<DU0P193MB1122.galil@DU0P193MB1122.EURP193.prod.outlook.example>", charset="windows-1255"),
                  html(html_doc(inner, "he", rtl=True, charset="windows-1255"), charset="windows-1255"))
    return [p], eml, expected("confirmation",
        "Line 1 as ordered (20/12/2026). Line 2 price 21.30 instead of 19.50 -> changed.",
        [conf(p, {1: "acc", 2: chg(p, 2, price="21.30")})])


@case(58, "ae-cablereels-bilingual-reject", "UAE reply in English with an Arabic summary paragraph; item 3 (CEE reel) declined, items 1-2 as ordered.")
def c058():
    s = sup("ALNOOR", "Al Noor Electrical Trading LLC", "sales@alnoor-electrical.example", "ar-AE")
    p = po("4500032433", s, "jb", "AED", "2026-11-25", [
        ("CR-BS-25", "Cable reel 25 m, 3x2.5 mm2, BS 1363 sockets", 40, "EA", "165.00", "2026-12-23"),
        ("CR-BS-50", "Cable reel 50 m, 3x2.5 mm2, BS 1363 sockets", 25, "EA", "289.00", "2026-12-23"),
        ("CR-CEE-32", "Cable reel 25 m with CEE 32 A 5-pin outlet", 10, "EA", "610.00", "2026-12-23")])
    plain = ("Dear Jonas,\n\nGood day. Please find below our confirmation for PO 4500032433:\n\n"
             "Item 1: 40 pcs @ AED 165.00 - delivery 23/12/2026\nItem 2: 25 pcs @ AED 289.00 - delivery 23/12/2026\n"
             "Item 3: Sorry, we are unable to supply the CEE 32A reel; the item is not approved by our QA for export.\n\n"
             "عزيزي يوناس،\nنؤكد لكم أمر الشراء رقم 4500032433: البندان 1 و2 كما هو مطلوب، والتسليم بتاريخ 23/12/2026. "
             "نعتذر عن عدم توريد البند 3.\n\n"
             "Best regards,\nMohammed Al Mansoori\nSales Coordinator\nAl Noor Electrical Trading LLC | P.O. Box 12345, Dubai, UAE\n"
             "TRN 100123456700003 | Tel +971 4 123 4567 | Mob +971 50 123 4567\n")
    hb = paras(plain).replace("<p>عزيزي", "<p dir=\"rtl\">عزيزي")
    eml = message(reply_headers(p, "Mohammed Al Mansoori", s["email"], rfcdate(2026, 11, 29, 11, 45, "+0400"),
                                "<PAXP251MB0123.alnoor@PAXP251MB0123.EURP251.prod.outlook.example>"),
                  alt(plain, html_doc(hb, "en"), "_000_PAXP251MB0123alnoor_", cte="base64"))
    return [p], eml, expected("confirmation", "Items 1-2 as ordered; item 3 declined -> rejected.",
                              [conf(p, {1: "acc", 2: "acc", 3: REJ})])


@case(59, "eg-hacksaws-revert-sunday", "Egyptian Arabic formal reply (windows-1256): PO received, stock and import prices under review, final answer 'next Sunday'.")
def c059():
    s = sup("NILE", "Nile Tools & Equipment Co.", "sales@niletools.example", "ar-EG")
    p = po("4500032455", s, "ta", "EGP", "2026-11-25", [
        ("HS-FR-12", "Hacksaw frame 12 in, tubular", 100, "EA", "185.00", "2027-01-10"),
        ("HS-BL-12-24", "Hacksaw blade 12 in 24 TPI HSS, pack of 10", 200, "BOX", "240.00", "2027-01-10")])
    body = ("الأستاذ/ توم ألفاريز المحترم،\n\nتحية طيبة وبعد،\n\n"
            "نفيدكم باستلام أمر الشراء رقم 4500032455، وجاري مراجعة المخزون وأسعار الاستيراد الجديدة. "
            "سنقوم بالرد عليكم بالتأكيد النهائي للكميات والأسعار ومواعيد التسليم يوم الأحد القادم إن شاء الله.\n\n"
            "وتفضلوا بقبول فائق الاحترام،\nأحمد عبد الرحمن\nقسم المبيعات - شركة النيل للعدد والأدوات\nت: 0225741234\n")
    eml = message(reply_headers(p, "أحمد عبد الرحمن", s["email"], rfcdate(2026, 11, 26, 13, 0, "+0200"),
                                "<000c01dc5f8e$2a3b4c5d$6e7f8091$@niletools.example>", charset="windows-1256"),
                  text(body, charset="windows-1256"))
    return [p], eml, expected("needs_review", "Receipt only; final confirmation of quantities, prices and dates promised for next Sunday.")


@case(60, "pk-punches-dispatch-only", "Pakistani export reply with '210/-' price notation and only a dispatch date '18-Dec-2026' (earlier than need-by); advance-payment remark is not a condition.")
def c060():
    s = sup("SPT", "Sialkot Precision Tools (Pvt) Ltd", "export@sialkotprecision.example", "en-PK")
    p = po("4500032477", s, "pn", "PKR", "2026-11-25", [
        ("NP-SK-3", "Nail punch 3/32 in, knurled, chrome vanadium", 300, "EA", "210.00", "2026-12-21"),
        ("NP-SK-SET5", "Nail punch set 5 pcs, in plastic wallet", 100, "SET", "980.00", "2026-12-21")])
    body = ("Dear Madam Priya,\n\nAssalam-o-Alaikum.\n\nWith reference to your PO No. 4500032477 dated 25-Nov-2026, we are pleased "
            "to confirm the order as per following:\n\n1. Nail Punch 3/32\" - 300 Pcs @ PKR 210/- each\n"
            "2. Nail Punch Set 5 Pcs - 100 Sets @ PKR 980/- per set\n\n"
            "Goods will be dispatched from Sialkot on 18-Dec-2026 via TCS Cargo. Kindly note 50% advance is not required "
            "for this order as per our running account.\n\nThanking you and assuring you of our best services at all times.\n\n"
            "Regards,\nMuhammad Usman\nExport Manager\nSialkot Precision Tools (Pvt) Ltd | Ugoki Road, Sialkot\n"
            "NTN 1234567-8 | Ph +92 52 3541234 | Cell 0300-6123456\n\n"
            + quote_gmail(p, "On Wed, Nov 25, 2026 at 2:14 PM Priya Nair <%s> wrote:" % p["buyer"]["email"]))
    eml = message(reply_headers(p, "Muhammad Usman", s["email"], rfcdate(2026, 11, 27, 15, 40, "+0500"),
                                "<CAPz7Hk2n-spt.2711@mail.gmail.example>", prefix="Re: "), text(body))
    return [p], eml, expected("confirmation",
        "Qty/price as ordered; only a dispatch date is given, so date = 2026-12-18 (earlier than 12-21) -> both lines changed.",
        [conf(p, {1: chg(p, 1, date="2026-12-18"), 2: chg(p, 2, date="2026-12-18")})])


@case(61, "bd-kickplates-bengali-digits", "Bengali reply with Bengali-script digits for quantities, prices and dates (১৮/০১/২০২৭); line 2 price increase.")
def c061():
    s = sup("DMW", "Dhaka Metal Works Ltd.", "sales@dhakametalworks.example", "bn-BD")
    p = po("4500032499", s, "ta", "BDT", "2026-11-26", [
        ("KP-600-SS", "Kick plate 600 x 150 mm, stainless 0.8 mm", 200, "EA", "420.00", "2027-01-18"),
        ("KP-700-SS", "Kick plate 700 x 150 mm, stainless 0.8 mm", 150, "EA", "480.00", "2027-01-18")])
    body = ("প্রিয় টম আলভারেজ,\n\nআপনার ক্রয়াদেশ নং 4500032499 এর জন্য ধন্যবাদ। আমরা নিম্নরূপ নিশ্চিত করছি:\n\n"
            "১. কিক প্লেট ৬০০ x ১৫০ মিমি (KP-600-SS) – ২০০ পিস, প্রতি পিস ৪২০.০০ টাকা, ডেলিভারি ১৮/০১/২০২৭\n"
            "২. কিক প্লেট ৭০০ x ১৫০ মিমি (KP-700-SS) – ১৫০ পিস, প্রতি পিস ৪৯৫.০০ টাকা (স্টেইনলেস স্টিলের দাম বৃদ্ধির কারণে), ডেলিভারি ১৮/০১/২০২৭\n\n"
            "শুভেচ্ছান্তে,\nমোঃ রফিকুল ইসলাম\nবিক্রয় বিভাগ, ঢাকা মেটাল ওয়ার্কস লিমিটেড\nফোন: +৮৮০ ২ ৯৮৭৬৫৪৩\n")
    eml = message(reply_headers(p, "Md. Rafiqul Islam", s["email"], rfcdate(2026, 11, 30, 12, 10, "+0600"),
                                "<CAE4bD9x-dmw.3011@mail.gmail.example>", prefix="Re: "), text(body, cte="base64"))
    return [p], eml, expected("confirmation",
        "Bengali digits: line 1 200 pcs at 420.00, 18/01/2027 = as ordered. Line 2 150 pcs at 495.00 instead of 480.00 -> changed.",
        [conf(p, {1: "acc", 2: chg(p, 2, price="495.00")})])


@case(62, "ta-shackles-tamil-monday", "Tamil reply: PO received, price and delivery date will be confirmed with the factory on Monday.")
def c062():
    s = sup("KRS", "Kadal Rigging Supplies", "sales@kadalrigging.example", "ta-IN")
    p = po("4500032511", s, "pn", "INR", "2026-11-26", [
        ("AS-BOW-12", "Bow shackle 12 mm, alloy, WLL 2 t", 100, "EA", "385.00", "2027-01-12")])
    body = ("வணக்கம் பிரியா அவர்களே,\n\nதங்களின் கொள்முதல் ஆணை எண் 4500032511 கிடைத்தது, நன்றி. விலை மற்றும் டெலிவரி தேதியை "
            "எங்கள் தொழிற்சாலையுடன் சரிபார்த்து திங்கள்கிழமை உறுதிப்படுத்துகிறோம்.\n\nநன்றியுடன்,\nசெந்தில் குமார்\n"
            "விற்பனைப் பிரிவு, கடல் ரிக்கிங் சப்ளைஸ், சென்னை\nகைபேசி: +91 94440 12345\n")
    eml = message(reply_headers(p, "செந்தில் குமார்", s["email"], rfcdate(2026, 11, 27, 17, 5, "+0530"),
                                "<CAN8tS3r-krs.2711@mail.gmail.example>", prefix="Re: "), text(body, cte="base64"))
    return [p], eml, expected("needs_review", "Receipt only; price and date to be confirmed on Monday.")


@case(63, "ng-mixers-confirm-but-prices-void", "Nigerian reply that 'confirms the order as per your PO' yet says the PO prices are no longer valid and revised prices will follow: contradictory.")
def c063():
    s = sup("LPM", "Lagos Plant & Machinery Ltd", "sales@lagosplant.example", "en-NG")
    p = po("4500032533", s, "jb", "NGN", "2026-11-26", [
        ("MM-DSL-350", "Mortar mixer 350 L, diesel engine", 2, "EA", "2850000.00", "2027-02-05"),
        ("MM-BLADE-SET", "Mixer drum blade set, spare", 6, "SET", "145000.00", "2027-02-05")])
    body = ("Good morning Sir,\n\nWe acknowledge receipt of your PO 4500032533 and hereby confirm the order as per your PO, "
            "delivery on or before 05/02/2027.\n\nHowever, please note that due to the recent movement in the exchange rate, "
            "the prices on the PO are no longer valid. Our accounts department will send revised unit prices before we "
            "proceed with the order.\n\nThank you for your continued patronage.\n\nYours faithfully,\nFor: Lagos Plant & Machinery Ltd\n\n"
            "Chinedu Okafor\nSales Executive\n+234 803 123 4567 | RC 123456\n"
            + quote_outlook(p, "en", "Thursday, November 26, 2026 10:14 AM"))
    eml = message(reply_headers(p, "Chinedu Okafor", s["email"], rfcdate(2026, 11, 30, 10, 25),
                                "<CAOy4Rq1-lpm.3011@mail.gmail.example>"), text(body, charset="us-ascii", cte="7bit"))
    return [p], eml, expected("needs_review",
        "Says 'as per your PO' but voids the PO prices and will not proceed until revised prices are sent: contradictory, nothing firm.")


@case(64, "sg-bounce-gmail-nxdomain", "Google-style 'Delivery Status Notification (Failure)' for a mistyped supplier domain, with the full original PO mail attached as message/rfc822.")
def c064():
    s = sup("LION", "Lion City Fasteners Pte Ltd", "purchasing@lionfasteners.example", "en-SG")
    p = po("4500032555", s, "mk", "SGD", "2026-11-27", [
        ("UB-M6-40-SS", "U-bolt M6 x 40 mm, stainless 304", 1000, "EA", "0.62", "2026-12-30")])
    txt = ("\n** Address not found **\n\nYour message wasn't delivered to purchasing@lionfasteners.example because the domain "
           "lionfasteners.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n"
           "Learn more at https://support.google.example/mail/?p=BadRcptDomain\n\nThe response was:\n\n"
           "DNS Error: DNS type 'mx' lookup of lionfasteners.example responded with code NXDOMAIN\n"
           "Domain name not found: lionfasteners.example\n")
    ds = ("Reporting-MTA: dns; googlemail.example\nArrival-Date: Fri, 27 Nov 2026 01:14:02 -0800 (PST)\n"
          "X-Original-Message-ID: %s\n\nFinal-Recipient: rfc822; purchasing@lionfasteners.example\nAction: failed\n"
          "Status: 5.1.2\nDiagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of lionfasteners.example responded with code NXDOMAIN\n"
          "Last-Attempt-Date: Fri, 27 Nov 2026 01:14:03 -0800 (PST)\n" % p["request_message_id"])
    orig = ("From: Marta Keller <marta.keller@northgate-supply.example>\nTo: purchasing@lionfasteners.example\n"
            "Subject: %s\nDate: %s\nMessage-ID: %s\nContent-Type: text/plain; charset=\"UTF-8\"\n\n%s"
            % (subj(p), req_sent(p), p["request_message_id"], request_text(p)))
    root = multipart("report", [
        alt(txt, html_doc(paras(txt)), "000000000000c1d2e3f4a5b6c7d8"),
        raw("message/delivery-status", ds), raw("message/rfc822", orig)],
        "000000000000b0c1d2e3f4a5b6c7", "; report-type=delivery-status")
    h = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"), ("To", p["buyer"]["email"]),
         ("Subject", "Delivery Status Notification (Failure)"), ("Date", rfcdate(2026, 11, 27, 1, 14, "-0800", 3)),
         ("Message-ID", "<6541a2b3.050a0220.1c2d3.9f8e@mx.googlemail.example>"),
         ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]), ("Auto-Submitted", "auto-replied")]
    return [p], message(h, root), expected("bounce", "DSN: supplier domain not found; attached original is our own PO mail.")


@case(65, "ie-price-increase-letter", "Irish supplier's general price-increase circular (+6.5% from 1 Feb 2027), new thread, no PO referenced - not an answer.")
def c065():
    s = sup("LIFFEY", "Liffey Building Products Ltd", "orders@liffeybp.example", "en-IE")
    p = po("4500032577", s, "mk", "EUR", "2026-11-27", [
        ("JC-READY-14", "Ready-mixed jointing compound, 14 kg tub", 60, "EA", "16.40", "2027-01-15")])
    txt = ("Dear Valued Customer,\n\nDue to sustained increases in raw material, energy and haulage costs, we wish to advise "
           "that our list prices will increase by an average of 6.5% on all orders delivered from 1 February 2027. "
           "Orders received and confirmed before that date will be honoured at current prices.\n\n"
           "Updated price lists will be available from your account manager from 15 December 2026.\n\n"
           "We thank you for your continued support.\n\nYours sincerely,\n\nAoife Byrne\nCommercial Director\n"
           "Liffey Building Products Ltd | Unit 7, Ballymount Industrial Estate, Dublin 12, D12 XY34\n"
           "Registered in Ireland No. 345678 | VAT IE 9876543K\n")
    h = [("From", addr("Liffey Building Products", "customerservice@liffeybp.example")),
         ("To", addr(p["buyer"]["name"], p["buyer"]["email"])),
         ("Subject", "Price adjustment notice - effective 1 February 2027"), ("Date", rfcdate(2026, 11, 30, 9, 0, "+0000")),
         ("Message-ID", "<circular.2027-01.4471@liffeybp.example>")]
    return [p], message(h, alt(txt, html_doc(paras(txt), "en-IE"), "=_liffey_circ_01")), expected("unrelated",
        "Generic price-increase circular to all customers; it does not answer PO 4500032577 (whose need-by date is before 1 Feb anyway).")


@case(66, "ca-sashclamps-catalan-split", "Catalan reply: lines 1-2 on 22 December, line 3 split 8 from stock and 4 on 'dijous 14 de gener' (no year).")
def c066():
    s = sup("PUIG", "Eines Puig i Fills, S.L.", "comercial@einespuig.example", "ca-ES")
    p = po("4500032599", s, "mk", "EUR", "2026-11-27", [
        ("SC-F-300", "F-clamp 300 x 120 mm, cast jaw", 60, "EA", "9.80", "2026-12-22"),
        ("SC-F-500", "F-clamp 500 x 120 mm, cast jaw", 40, "EA", "12.30", "2026-12-22"),
        ("SC-T-1500", "Sash clamp T-bar 1500 mm", 12, "EA", "34.60", "2026-12-22")])
    body = ("Bon dia, Marta:\n\nUs confirmem la comanda 4500032599:\n"
            "- Línia 1: 60 u. a 9,80 €, lliurament el 22 de desembre.\n"
            "- Línia 2: 40 u. a 12,30 €, lliurament el 22 de desembre.\n"
            "- Línia 3: en tenim 8 en estoc, que us enviarem el 22 de desembre; les 4 restants arribaran de fàbrica i les "
            "lliurarem el dijous 14 de gener, al mateix preu.\n\n"
            "Salutacions cordials,\nJordi Puig\nDepartament comercial | Eines Puig i Fills, S.L. | NIF B-08123456 | Tel. 93 456 78 90\n"
            + quote_outlook(p, "es", "viernes, 27 de noviembre de 2026 10:14"))
    eml = message(reply_headers(p, "Jordi Puig", s["email"], rfcdate(2026, 11, 30, 9, 35),
                                "<AM9P195MB0456.puig@AM9P195MB0456.EURP195.prod.outlook.example>"),
                  text(body, charset="iso-8859-15"))
    return [p], eml, expected("confirmation",
        "Lines 1-2 as ordered (22 de desembre = requested). Line 3: 8 on 2026-12-22 + 4 on Thursday 2027-01-14 -> changed with schedule.",
        [conf(p, {1: "acc", 2: "acc", 3: chg(p, 3, schedule=[(8, "2026-12-22"), (4, "2027-01-14")])})])


@case(67, "ge-logtongs-georgian-pack12", "Georgian reply (Mkhedruli script, lari with decimal comma): line 2 rounded to packs of 12 (30 -> 36), dates '2027 წლის 20 იანვარი'.")
def c067():
    s = sup("TYTE", "Tkis Teknika LLC", "sales@tkistechnika.example", "ka-GE")
    p = po("4500032611", s, "jb", "GEL", "2026-11-27", [
        ("LT-SKID-700", "Skidding tongs, 700 mm opening", 15, "EA", "148.00", "2027-01-20"),
        ("LT-LIFT-300", "Lifting tongs 300 mm, hand", 30, "EA", "62.00", "2027-01-20")])
    body = ("გამარჯობა, იონას!\n\nგიდასტურებთ შეკვეთას № 4500032611:\n"
            "1. მორის მარწუხი 700 მმ - 15 ცალი, 148,00 ლარი, მიწოდება 2027 წლის 20 იანვარი.\n"
            "2. ხელის მარწუხი 300 მმ - შეფუთვაში 12 ცალია, ამიტომ ვაწვდით 36 ცალს, 62,00 ლარი, მიწოდება 2027 წლის 20 იანვარი.\n\n"
            "პატივისცემით,\nგიორგი ბერიძე\nგაყიდვების მენეჯერი | შპს „ტყის ტექნიკა“ | ტელ. +995 32 2 123 456\n")
    eml = message(reply_headers(p, "Giorgi Beridze", s["email"], rfcdate(2026, 11, 30, 14, 0, "+0400"),
                                "<CAJ2gE7m-tyte.3011@mail.gmail.example>", prefix="Re: "), text(body))
    return [p], eml, expected("confirmation",
        "Line 1 as ordered. Line 2 quantity 36 (3 packs of 12) instead of 30, price/date unchanged -> changed.",
        [conf(p, {1: "acc", 2: chg(p, 2, quantity=36)})])


@case(68, "mt-ooo-maltese-iso8859-3", "Maltese/English out-of-office in ISO-8859-3 (ħ, ġ, ċ) with a return date in December.")
def c068():
    s = sup("CAMM", "Camilleri Marine Hardware Ltd", "maria@camillerimarine.example", "mt-MT")
    p = po("4500032633", s, "mk", "EUR", "2026-11-27", [
        ("DS-HOOK-150", "Door hook and eye, stainless 150 mm, marine", 50, "EA", "6.20", "2027-01-11")])
    body = ("Grazzi tal-email tiegħek. Jien barra mill-uffiċċju sat-8 ta' Diċembru 2026 b'aċċess limitat għall-email.\n"
            "Għal ordnijiet urġenti, jekk jogħġbok ikkuntattja lil sales@camillerimarine.example jew ċempel +356 2123 4567.\n\n"
            "Thank you for your email. I am out of the office until 8 December 2026 with limited access to email.\n"
            "For urgent orders please contact sales@camillerimarine.example or call +356 2123 4567.\n\nKind regards,\nMaria Camilleri\n")
    h = reply_headers(p, "Maria Camilleri", s["email"], rfcdate(2026, 11, 27, 10, 14, ss=6),
                      "<ooo.1795770846.3312@camillerimarine.example>", subject="Automatic reply: " + subj(p),
                      extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], message(h, text(body, charset="iso-8859-3")), expected("auto_reply", "Out-of-office until 8 December 2026.")


@case(69, "nz-hinges-backorder-2nd-feb", "Kiwi phone reply: 'lines 1 and 2 good to go as per PO', line 3 back-ordered to '2nd Feb' (no year) at the same price.")
def c069():
    s = sup("FARMG", "Waikato Farm Gate Supplies Ltd", "orders@waikatofarmgate.example", "en-NZ")
    p = po("4500032655", s, "ta", "NZD", "2026-11-27", [
        ("GH-FARM-BOLT", "Farm gate hinge bolt 16 mm, galv", 200, "EA", "7.90", "2027-01-22"),
        ("GH-FARM-LATCH", "Gate latch, spring loaded, galv", 100, "EA", "14.50", "2027-01-22"),
        ("GH-FARM-STRAP", "Gate hinge strap 400 mm, galv", 100, "EA", "18.20", "2027-01-22")])
    body = ("Hi Tom, sweet as - lines 1 and 2 good to go as per PO. Line 3 we'll have to backorder, supplier has confirmed "
            "ETA 2nd Feb, same price, and we'll send it on to you that day.\n\nCheers\nHemi\n\nSent from my Galaxy\n\n"
            "-------- Original message --------\nFrom: Tom Alvarez <%s>\nDate: 27/11/26 22:14 (GMT+12:00)\nTo: %s\nSubject: %s\n\n%s"
            % (p["buyer"]["email"], s["email"], subj(p), request_text(p)))
    eml = message(reply_headers(p, "Hemi Walker", s["email"], rfcdate(2026, 11, 30, 8, 12, "+1300"),
                                "<m2k9x7-farmg.3011@email.android.example>"), text(body))
    return [p], eml, expected("confirmation",
        "Lines 1-2 as ordered. Line 3 same qty/price, delivery '2nd Feb' -> next such date 2027-02-02 -> changed.",
        [conf(p, {1: "acc", 2: "acc", 3: chg(p, 3, date="2027-02-02")})])


@case(70, "al-bounce-exim-albanian", "Exim 'Mail delivery failed' bounce (plain text with full copy of our PO mail) for an Albanian supplier; remote 550 in Albanian/English.")
def c070():
    s = sup("MTIR", "Metalurgjia Tirana sh.p.k.", "shitje@metalurgjiatirana.example", "sq-AL")
    p = po("4500032677", s, "pn", "ALL", "2026-11-27", [
        ("FB-25x3-BLK", "Flat bar 25 x 3 mm, black steel, 6 m lengths", 120, "EA", "640.00", "2027-01-15")])
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  shitje@metalurgjiatirana.example\n    host mx.metalurgjiatirana.example [203.0.113.25]\n"
            "    SMTP error from remote mail server after RCPT TO:<shitje@metalurgjiatirana.example>:\n"
            "    550 Kutia postare nuk ekziston / Mailbox does not exist\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <priya.nair@northgate-supply.example>\nFrom: Priya Nair <priya.nair@northgate-supply.example>\n"
            "To: shitje@metalurgjiatirana.example\nSubject: %s\nDate: %s\nMessage-ID: %s\n\n%s"
            % (subj(p), req_sent(p), p["request_message_id"], request_text(p)))
    h = [("From", "Mail Delivery System <Mailer-Daemon@mail.northgate-supply.example>"), ("To", p["buyer"]["email"]),
         ("Subject", "Mail delivery failed: returning message to sender"), ("Date", rfcdate(2026, 11, 27, 10, 14, ss=31)),
         ("Message-ID", "<E1vQx2A-0007Lm-3K@mail.northgate-supply.example>"), ("Auto-Submitted", "auto-replied"),
         ("X-Failed-Recipients", "shitje@metalurgjiatirana.example")]
    return [p], message(h, text(body, charset="us-ascii", cte="7bit")), expected("bounce",
        "Exim bounce: mailbox does not exist; the PO text is the returned copy of our own mail.")
