# -*- coding: utf-8 -*-
from .common import *  # noqa


# 039
@case("my-nailers-januari", "confirmation", "ms-MY",
      "Malay reply confirming two lines as per PO and moving one line to '8 Januari 2027' at the same price.")
def c039():
    s = sup("PJAYA", "Syarikat Perkakasan Jaya Sdn. Bhd.", "jualan@perkakasanjaya.example", "ms-MY")
    po = mkpo("4500031040", s, "MYR", "2026-11-06", [
        ("PJ-NG-F32", "Pneumatic brad nailer F32", 15, "EA", "185.00", "2026-12-18"),
        ("PJ-NG-ST64", "Finish nailer 16 ga, 64 mm", 10, "EA", "320.00", "2026-12-18"),
        ("PJ-NG-HOSE", "Air hose 8 mm x 15 m with couplers", 25, "EA", "42.00", "2026-12-18")])
    body = """Salam sejahtera Cik Dana,

Terima kasih atas PO 4500031040.

Kami sahkan item 1 dan 3 mengikut PO (kuantiti dan harga), penghantaran pada 18 Disember 2026.
Item 2 (finish nailer 16 ga): stok dijangka tiba dari Taiwan, jadi penghantaran pada 8 Januari 2027. Harga kekal RM320.00 seunit, kuantiti 10 unit.

Sekian, terima kasih.

Nurul Aina binti Hassan
Eksekutif Jualan
Syarikat Perkakasan Jaya Sdn. Bhd. (123456-X)
Tel: 03-5512 3456 | Faks: 03-5512 3457
"""
    eml = reply(po, "Nurul Aina Hassan", s["email"], "Fri, 13 Nov 2026 11:47:02 +0800",
                "<SG2PR06MB5010F3A2@SG2PR06MB5010.apcprd06.prod.outlook.example>", body, q_outlook(po))
    return [po], eml, exp("confirmation",
        "Items 1 and 3 as ordered; item 2 same qty/price, delivery 2027-01-08.",
        conf(po, {1: A(po, 1), 2: C(po, 2, d="2027-01-08"), 3: A(po, 3)}))


# 040
@case("ph-rollers-next-tuesday", "confirmation", "en-PH",
      "Taglish phone reply sent on a Friday: all confirmed but delivered 'next Tuesday' (2026-11-24), earlier than requested.")
def c040():
    s = sup("MNLPT", "Manila Paint Supplies Inc.", "orders@manilapaint.example", "en-PH")
    po = mkpo("4500031041", s, "PHP", "2026-11-13", [
        ("MP-RL-7", "Paint roller 7\" with frame", 240, "EA", "95.00", "2026-12-10"),
        ("MP-RL-4", "Mini paint roller 4\" refill, 2 pcs", 300, "SET", "48.00", "2026-12-10")])
    body = """Hi Ma'am Dana, noted po on PO 4500031041. Confirmed po lahat, same qty and price. May stock na kami kaya i-deliver na po namin next Tuesday. Thanks po!

- Jessa

Sent from Yahoo Mail on Android
"""
    q = "\n\n  On Fri, Nov 13, 2026 at 10:12 AM, Dana Ruiz<dana.ruiz@buyer.example> wrote:   " + \
        "\n".join("  " + x for x in req_body(po).split("\n"))
    eml = reply(po, "Jessa Reyes", s["email"], "Fri, 20 Nov 2026 17:22:40 +0800",
                "<1763630560.987654.321@mail.yahoo.example>", body, q)
    return [po], eml, exp("confirmation",
        "Qty and price confirmed for both lines; 'next Tuesday' relative to Fri 2026-11-20 = 2026-11-24, earlier than the requested 2026-12-10 -> changed date.",
        conf(po, {1: C(po, 1, d="2026-11-24"), 2: C(po, 2, d="2026-11-24")}))


# 041
@case("in-rain-gauges-soa-pdf", "confirmation", "en-IN",
      "Indian ERP 'Sales Order Acknowledgement' PDF with dd/mm/yyyy dates (05/01 = 5 Jan, 12/02 = 12 Feb) and a revised rate on item 3.")
def c041():
    s = sup("VARSHA", "Varsha Instruments Pvt Ltd", "sales@varshainstruments.example", "en-IN")
    po = mkpo("4500031042", s, "INR", "2026-11-05", [
        ("VI-RG-200", "Ordinary rain gauge 200 cm2, FRP", 40, "EA", "3450.00", "2027-01-05"),
        ("VI-RG-TB", "Tipping bucket rain gauge 0.2 mm", 10, "EA", "18500.00", "2027-01-05"),
        ("VI-MC-10", "Measuring cylinder for rain gauge", 40, "EA", "420.00", "2027-01-05")])
    lines = ["VARSHA INSTRUMENTS PVT LTD",
             "Plot 42, MIDC Bhosari, Pune 411026 | GSTIN 27AAACV1234K1Z2",
             "",
             "SALES ORDER ACKNOWLEDGEMENT   No. SOA/26-27/1184   Date: 10/11/2026",
             "Customer PO No.: 4500031042   PO Date: 05/11/2026",
             "",
             "Sr  Item Code    Description                       Qty   UOM   Rate (INR)   Delivery",
             "1   VI-RG-200    Ordinary rain gauge 200 cm2 FRP    40   Nos     3,450.00   05/01/2027",
             "2   VI-RG-TB     Tipping bucket rain gauge 0.2mm    10   Nos    18,500.00   12/02/2027",
             "3   VI-MC-10     Measuring cylinder 10 mm           40   Nos       450.00   05/01/2027",
             "",
             "Basic value: Rs. 3,41,000.00   GST 18% extra   Freight: extra at actuals",
             "Note: Item 3 rate revised as per price list w.e.f. 01/10/2026.",
             "For Varsha Instruments Pvt Ltd - Authorised Signatory"]
    body = """Dear Madam,

Please find attached our Sales Order Acknowledgement no. SOA/26-27/1184 against your PO no. 4500031042 dt. 05/11/2026.
Kindly note delivery of item 2 shall be 12/02/2027 due to import of sensors.

Thanks & Regards,
Sandeep Kulkarni
Sr. Executive - Sales Coordination
Varsha Instruments Pvt Ltd | +91 20 2712 3456 | +91 98220 12345
"""
    eml = reply(po, "Sandeep Kulkarni", s["email"], "Tue, 10 Nov 2026 16:05:12 +0530",
                "<CAB8kJp2Q9@mail.gmail.example>", body, q_gmail(po),
                atts=[att("SOA-26-27-1184.pdf", "application/pdf", pdf(lines, "SOA/26-27/1184"))])
    return [po], eml, exp("confirmation",
        "Day-first dates: item 1 05/01/2027 = requested 2027-01-05 (accepted); item 2 12/02/2027 = 2027-02-12; item 3 rate 450.00 instead of 420.00. Basic value 138000+185000+18000 = 3,41,000 consistent.",
        conf(po, {1: A(po, 1), 2: C(po, 2, d="2027-02-12"), 3: C(po, 3, p="450.00")}))


# 042
@case("au-tax-invoice-other-po", "unrelated", "en-AU",
      "Tax invoice from the same supplier for a different, older PO, with PDF, amounts, BSB and due date.")
def c042():
    s = sup("SXSAFE", "Southern Cross Safety Pty Ltd", "orders@southerncrosssafety.example", "en-AU")
    po = mkpo("4500031043", s, "AUD", "2026-11-09", [
        ("SX-GL-NIT-L", "Nitrile dipped work gloves, L", 600, "PR", "3.10", "2026-12-14"),
        ("SX-GL-CUT5-L", "Cut level 5 gloves, L", 120, "PR", "9.80", "2026-12-14")])
    lines = ["SOUTHERN CROSS SAFETY PTY LTD  ABN 12 345 678 901", "TAX INVOICE INV-088213   Date: 12/11/2026",
             "Your order: 4500029870", "Qty 300 PR  SX-GL-NIT-M  Nitrile dipped work gloves, M  @ 3.10  = 930.00",
             "Subtotal 930.00   GST 93.00   TOTAL AUD 1,023.00", "Due date: 12/12/2026",
             "EFT: BSB 062-000  Account 1234 5678"]
    body = """Good afternoon,

Please find attached Tax Invoice INV-088213 for your order 4500029870, delivered 10/11/2026.

Amount due: AUD 1,023.00 (incl. GST) by 12/12/2026.
EFT details: BSB 062-000, Account 1234 5678, reference INV-088213.

Kind regards,
Accounts Receivable
Southern Cross Safety Pty Ltd | ABN 12 345 678 901 | (02) 9876 5432
"""
    eml = reply(po, "Southern Cross Safety Accounts", "accounts@southerncrosssafety.example",
                "Thu, 12 Nov 2026 14:30:00 +1100", "<inv-088213.20261112@southerncrosssafety.example>", body,
                subject="Tax Invoice INV-088213 - order 4500029870", is_reply=False,
                atts=[att("INV-088213.pdf", "application/pdf", pdf(lines, "Tax Invoice INV-088213"))])
    return [po], eml, exp("unrelated",
        "Invoice for a different order (4500029870), not an answer about open PO 4500031043.")


# 043
@case("za-soldering-rand-comma", "confirmation", "en-ZA",
      "South African English: yyyy/mm/dd dates, rand with space thousands and decimal comma (R1 315,50), plus a holiday closure notice.")
def c043():
    s = sup("PROTEA", "Protea Electronics (Pty) Ltd", "sales@proteaelectronics.example", "en-ZA")
    po = mkpo("4500031044", s, "ZAR", "2026-11-06", [
        ("PE-SI-40", "Soldering iron 40 W, ceramic element", 50, "EA", "185.00", "2026-12-11"),
        ("PE-SS-936", "Soldering station 60 W, ESD safe", 12, "EA", "1249.00", "2026-12-11"),
        ("PE-SW-500", "Solder wire 60/40 0.8 mm, 500 g", 30, "ROL", "329.00", "2026-12-11")])
    body = """Morning Dana

Thanks for the PO.

Items 1 and 3 confirmed as per order, delivery 2026/12/11.
Item 2: price has gone up to R1 315,50 each (supplier increase, rand weak), qty 12, delivery 2026/12/11.

Please note we close 2026/12/18 to 2027/01/04.

Regards
Thabo Nkosi
Protea Electronics (Pty) Ltd | Reg. 2001/012345/07 | VAT 4123456789
T +27 11 555 0192 | C 082 555 0193
"""
    eml = reply(po, "Thabo Nkosi", s["email"], "Mon, 9 Nov 2026 07:58:44 +0200",
                "<VI1PR0202MB3344AA@VI1PR0202MB3344.eurprd02.prod.outlook.example>", body, q_outlook(po))
    return [po], eml, exp("confirmation",
        "Items 1 and 3 as ordered (2026/12/11). Item 2 price R1 315,50 = 1315.50 (was 1249.00). The closure dates are not delivery dates.",
        conf(po, {1: A(po, 1), 2: C(po, 2, p="1315.50"), 3: A(po, 3)}))


# 044
@case("ng-exchange-ndr-domain", "bounce", "en-NG",
      "Exchange/Outlook 'Undeliverable' NDR (554 5.4.310 domain does not exist) with HTML and delivery-status parts.")
def c044():
    s = sup("LAGEL", "Lagos Electrical Stores Ltd", "procurement@lagoselectrical.example", "en-NG")
    po = mkpo("4500031045", s, "NGN", "2026-11-11", [
        ("LE-MCB-1P20", "MCB 1P 20A, C curve", 200, "EA", "3500.00", "2026-12-18"),
        ("LE-DB-8W", "Distribution board 8-way", 20, "EA", "28500.00", "2026-12-18")])
    mid = "<3f2e1d0c-ndr-4b5a@DB8PR09MB3321.eurprd09.prod.outlook.example>"
    t = text("""Delivery has failed to these recipients or groups:

procurement@lagoselectrical.example (procurement@lagoselectrical.example)
The domain lagoselectrical.example doesn't exist. It might be misspelled or it might not exist anymore. Check the address and try again.

Diagnostic information for administrators:

Generating server: DB8PR09MB3321.eurprd09.prod.outlook.example

procurement@lagoselectrical.example
Remote Server returned '554 5.4.310 DNS domain lagoselectrical.example does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=lagoselectrical.example]'

Original message headers:

From: Dana Ruiz <dana.ruiz@buyer.example>
To: procurement@lagoselectrical.example
Subject: %s
Date: Wed, 11 Nov 2026 09:12:03 +0000
Message-ID: %s
""" % (req_subject(po), po["request_message_id"]), "utf-8", "quoted-printable")
    h = html("<p><b><font color=\"#000066\" size=\"3\">Your message to procurement@lagoselectrical.example couldn't be delivered.</font></b></p>"
             "<p>lagoselectrical.example couldn't be found.</p><p>Action Required: Check the recipient's address.</p>"
             "<p>Remote Server returned '554 5.4.310 DNS domain lagoselectrical.example does not exist'</p>")
    alt = mp("alternative", [t, h], bnd(mid, 1))
    ds = Part([("Content-Type", "message/delivery-status")], b"""Reporting-MTA: dns;DB8PR09MB3321.eurprd09.prod.outlook.example
Received-From-MTA: dns;buyer.example
Arrival-Date: Wed, 11 Nov 2026 09:12:04 +0000

Final-Recipient: rfc822;procurement@lagoselectrical.example
Action: failed
Status: 5.4.310
Diagnostic-Code: smtp;554 5.4.310 DNS domain lagoselectrical.example does not exist [Message=InfoDomainNonexistent]
""")
    root = mp("report; report-type=delivery-status", [alt, ds], bnd(mid, 2))
    hs = [("From", "Microsoft Outlook <postmaster@buyer.example>"), ("To", addr("Dana Ruiz", "dana.ruiz@buyer.example")),
          ("Subject", "Undeliverable: " + req_subject(po)), ("Date", "Wed, 11 Nov 2026 09:12:06 +0000"),
          ("Message-ID", mid), ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    return [po], msg(hs, root), exp("bounce", "Exchange non-delivery report: recipient domain does not exist.")


# 045
@case("ae-tape-measures-arabic-digits", "confirmation", "ar-AE",
      "Arabic reply written entirely with Arabic-Indic digits (٤٥٠٠٠٣١٠٤٦, ٢٨٫٧٥, ٢٠/١٢/٢٠٢٦): line 2 price and date changed.")
def c045():
    s = sup("ALNOOR", "Al Noor Tools Trading LLC", "sales@alnoortools.example", "ar-AE")
    po = mkpo("4500031046", s, "AED", "2026-11-05", [
        ("AN-TM-5", "Tape measure 5 m, magnetic hook", 500, "EA", "14.50", "2026-12-15"),
        ("AN-TM-10", "Tape measure 10 m, rubber case", 200, "EA", "27.00", "2026-12-15")])
    body = """السيدة دانا المحترمة،

تحية طيبة وبعد،

نؤكد لكم استلام أمر الشراء رقم ٤٥٠٠٠٣١٠٤٦ ونؤكد ما يلي:

البند ١: شريط قياس ٥ م، الكمية ٥٠٠ قطعة بسعر ١٤٫٥٠ درهم للقطعة، التسليم ١٥/١٢/٢٠٢٦.
البند ٢: شريط قياس ١٠ م، الكمية ٢٠٠ قطعة بسعر ٢٨٫٧٥ درهم للقطعة (زيادة من المصنع)، التسليم ٢٠/١٢/٢٠٢٦.

وتفضلوا بقبول فائق الاحترام،
أحمد الحمادي
قسم المبيعات - النور لتجارة العدد ذ.م.م
هاتف: ٠٤ ٢٣٤ ٥٦٧٨ | ص.ب ١٢٣٤٥ دبي
"""
    eml = reply(po, "أحمد الحمادي", s["email"], "Wed, 11 Nov 2026 12:40:18 +0400",
                "<DXBPR01MB1234C5@DXBPR01MB1234.mea.prod.outlook.example>", body, q_outlook(po), cte="base64",
                htmlbody='<div dir="rtl">' + h2t(body) + "</div>" + q_html(po))
    return [po], eml, exp("confirmation",
        "Arabic-Indic digits, day-first. Line 1 as ordered. Line 2: 28.75 AED (was 27.00) and delivery 2026-12-20.",
        conf(po, {1: A(po, 1), 2: C(po, 2, p="28.75", d="2026-12-20")}))


# 046
@case("il-water-filters-cp1255", "confirmation", "he-IL",
      "Hebrew windows-1255 reply with two-digit years (17.12.26, 03.01.27) and a shekel sign.")
def c046():
    s = sup("MAIMT", "Maim Tehorim Ltd.", "orders@maimtehorim.example", "he-IL")
    po = mkpo("4500031047", s, "ILS", "2026-11-04", [
        ("MT-FL-10", "Sediment filter cartridge 10\", 20 micron", 300, "EA", "9.80", "2026-12-17"),
        ("MT-FL-CTO", "Carbon block cartridge 10\"", 150, "EA", "24.00", "2026-12-17")])
    body = """שלום דנה,

מאשרים את הזמנה 4500031047:
שורה 1 - 300 יח' במחיר 9.80 ₪ ליח', אספקה 17.12.26.
שורה 2 - 150 יח' במחיר 24.00 ₪ ליח', אספקה 03.01.27 (חוסר זמני במלאי).

בברכה,
יוסי כהן
מים טהורים בע"מ | טל' 03-1234567 | ח.פ. 512345678
"""
    eml = reply(po, "יוסי כהן", s["email"], "Sun, 8 Nov 2026 10:25:31 +0200",
                "<000c01db31b8$1a2b3c4d$5e6f7a8b$@maimtehorim.example>", body, q_outlook(po),
                charset="windows-1255", hcharset="windows-1255")
    return [po], eml, exp("confirmation",
        "Two-digit years, day-first: line 1 17.12.26 = 2026-12-17 (accepted); line 2 03.01.27 = 2027-01-03, qty and price unchanged.",
        conf(po, {1: A(po, 1), 2: C(po, 2, d="2027-01-03")}))


# 047
@case("pk-gloves-logo-question", "needs_review", "ur-PK",
      "Urdu reply asking whether gloves are plain or logo-printed before confirming; price and delivery depend on it.")
def c047():
    s = sup("SIALK", "Sialkot Safety Gloves (Pvt) Ltd", "export@sialkotgloves.example", "ur-PK")
    po = mkpo("4500031048", s, "USD", "2026-11-09", [
        ("SG-LTH-L", "Leather work gloves, size L", 1200, "PR", "2.15", "2027-02-15"),
        ("SG-LTH-XL", "Leather work gloves, size XL", 800, "PR", "2.15", "2027-02-15")])
    body = """محترمہ ڈانا صاحبہ،

آپ کا آرڈر 4500031048 موصول ہوا، شکریہ۔

تصدیق سے پہلے براہ کرم بتائیں کہ دستانوں پر آپ کا لوگو پرنٹ ہوگا یا سادہ؟ لوگو کی صورت میں قیمت اور ڈیلیوری کا وقت مختلف ہوگا۔ آپ کا جواب ملتے ہی ہم آرڈر کی تصدیق بھیج دیں گے۔

والسلام،
محمد عمران
ایکسپورٹ ڈیپارٹمنٹ، سیالکوٹ سیفٹی گلووز
فون: 0092-52-3456789
"""
    eml = reply(po, "Muhammad Imran", s["email"], "Thu, 12 Nov 2026 15:10:00 +0500",
                "<CAJr5mP0aXk@mail.gmail.example>", body, q_gmail(po))
    return [po], eml, exp("needs_review",
        "Question before confirming (plain vs logo print); confirmation promised after our answer.")


# 048
@case("bd-anchor-bolts-bengali-digits", "confirmation", "bn-BD",
      "Bengali reply with Bengali digits in dates: items 1-2 as ordered, item 3 'will let you know tomorrow' (unconfirmed).")
def c048():
    s = sup("DHKFST", "Dhaka Steel Fasteners Ltd.", "sales@dhakafasteners.example", "bn-BD")
    po = mkpo("4500031049", s, "BDT", "2026-11-05", [
        ("DF-AB-M10", "Anchor bolt M10x100 with nut & washer", 3000, "PC", "18.50", "2026-12-20"),
        ("DF-AB-M12", "Anchor bolt M12x150 with nut & washer", 2000, "PC", "27.00", "2026-12-20"),
        ("DF-AB-M16", "Anchor bolt M16x200", 500, "PC", "55.00", "2027-01-10")])
    body = """প্রিয় ডানা,

আপনার ক্রয় আদেশ 4500031049 এর জন্য ধন্যবাদ।

আইটেম ১ ও ২: পরিমাণ ও মূল্য অর্ডার অনুযায়ী, ডেলিভারি ২০/১২/২০২৬।
আইটেম ৩ (M16x200): কাঁচামালের প্রাপ্যতা যাচাই করছি, আগামীকাল জানাবো।

শুভেচ্ছান্তে,
মোঃ রফিকুল ইসলাম
বিক্রয় বিভাগ, ঢাকা স্টিল ফাস্টেনার্স লিঃ
ফোন: +৮৮০ ১৭১১ ২৩৪৫৬৭
"""
    eml = reply(po, "Md. Rafiqul Islam", s["email"], "Mon, 9 Nov 2026 13:15:55 +0600",
                "<20261109071555.rafiq@dhakafasteners.example>", body, q_gmail(po))
    return [po], eml, exp("confirmation",
        "Items 1 and 2 confirmed as ordered (২০/১২/২০২৬ = 2026-12-20). Item 3 still being checked -> unconfirmed.",
        conf(po, {1: A(po, 1), 2: A(po, 2), 3: U}))


# 049
@case("in-tamil-ticket-autoack", "auto_reply", "ta-IN",
      "Tamil/English helpdesk auto-acknowledgment creating a ticket, with a response-time promise; no order content.")
def c049():
    s = sup("CHNHYD", "Chennai Hydro Filters", "support@chennaihydro.example", "ta-IN")
    po = mkpo("4500031050", s, "INR", "2026-11-09", [
        ("CH-RO-MEM", "RO membrane 75 GPD", 100, "EA", "1150.00", "2026-12-16"),
        ("CH-SED-10", "Sediment filter 10\"", 300, "EA", "85.00", "2026-12-16")])
    body = """வணக்கம்,

உங்கள் மின்னஞ்சல் பெறப்பட்டது. டிக்கெட் எண் #CHF-48213 உருவாக்கப்பட்டுள்ளது. எங்கள் குழு 2 வேலை நாட்களுக்குள் பதிலளிக்கும்.

Your email has been received and ticket #CHF-48213 has been created. Our team will respond within 2 working days.

This is an automated message, please do not reply.
Chennai Hydro Filters | 044-2345 6789
"""
    eml = reply(po, "Chennai Hydro Filters Support", "noreply@chennaihydro.example", "Mon, 9 Nov 2026 10:12:30 +0530",
                "<ticket-CHF-48213@helpdesk.chennaihydro.example>", body,
                subject="[Ticket #CHF-48213] " + req_subject(po),
                extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    return [po], eml, exp("auto_reply", "Automatic helpdesk acknowledgment; nothing about quantities, prices or dates.")


# 050
@case("pt-foam-xlsx-confirmation", "confirmation", "pt-PT",
      "Portuguese one-line body; the confirmation is an XLSX (inline strings) with a reduced qty and a later date.")
def c050():
    s = sup("ISONOR", "Isolamentos do Norte, Lda.", "encomendas@isonorte.example", "pt-PT")
    po = mkpo("4500031051", s, "EUR", "2026-11-05", [
        ("IN-ESP-750", "PU foam 750 ml, winter grade", 480, "EA", "5.90", "2026-12-14"),
        ("IN-ESP-FR", "Fire-rated PU foam B1 750 ml", 120, "EA", "9.40", "2026-12-14"),
        ("IN-PIS-01", "Foam gun, metal", 24, "EA", "16.50", "2026-12-14")])
    rows = [["Confirmação de encomenda", "", "", "", "", "", "", ""],
            ["V/ encomenda", "4500031051", "", "Data", "10/11/2026"],
            [],
            ["Linha", "Artigo", "Descrição", "Qtd encomendada", "Qtd confirmada", "Preço unit. (EUR)", "Data entrega",
             "Observações"],
            [1, "IN-ESP-750", "Espuma PU 750 ml inverno", 480, 480, 5.9, "14/12/2026", ""],
            [2, "IN-ESP-FR", "Espuma PU corta-fogo B1 750 ml", 120, 96, 9.4, "14/12/2026",
             "Disponível apenas 96 un. (8 caixas); restante anulado"],
            [3, "IN-PIS-01", "Pistola para espuma, metálica", 24, 24, 16.5, "21/12/2026", ""]]
    body = """Boa tarde,

Em anexo a confirmação da V/ encomenda 4500031051.

Melhores cumprimentos,
Rui Carvalho
Isolamentos do Norte, Lda. | Rua da Indústria 250, 4470-000 Maia | Tel. 229 123 456 | NIF 501234567
"""
    eml = reply(po, "Rui Carvalho", s["email"], "Tue, 10 Nov 2026 15:27:40 +0000",
                "<AM6PR04MB5510D2@AM6PR04MB5510.eurprd04.prod.outlook.example>", body,
                q_outlook(po, "5 de novembro de 2026 10:12", ("De", "Enviada", "Para", "Assunto")),
                prefix="RE: ", atts=[att("Confirmacao_4500031051.xlsx",
                                         "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                         xlsx(rows, "Confirmacao"))])
    return [po], eml, exp("confirmation",
        "XLSX: line 1 as ordered; line 2 only 96 of 120 (rest cancelled) at same price/date; line 3 delivery 21/12/2026 instead of 14/12.",
        conf(po, {1: A(po, 1), 2: C(po, 2, q=96), 3: C(po, 3, d="2026-12-21")}))


# 051
@case("ca-breakers-per-unit-surcharge", "confirmation", "fr-CA",
      "Québec French reply with ISO dates and a per-unit copper surcharge stated as an amount (28,40 $ + 1,25 $ = 29,65 $).")
def c051():
    s = sup("DELAUR", "Distributions Électriques Laurentides inc.", "commandes@delaurentides.example", "fr-CA")
    po = mkpo("4500031052", s, "CAD", "2026-11-06", [
        ("DL-DJ-15", "Circuit breaker 1P 15A, plug-in", 200, "EA", "11.25", "2026-12-09"),
        ("DL-DJ-2P40", "Circuit breaker 2P 40A", 60, "EA", "28.40", "2026-12-09"),
        ("DL-DDFT-20", "GFCI breaker 1P 20A", 40, "EA", "64.90", "2027-01-13")])
    body = """Bonjour Dana,

Voici la confirmation de votre commande 4500031052 :

Ligne 1 : 200 unités à 11,25 $, livraison le 2026-12-09.
Ligne 2 : 60 unités, livraison le 2026-12-09; veuillez noter un supplément de 1,25 $ l'unité (tarif cuivre), pour un prix de 29,65 $ l'unité.
Ligne 3 : 40 unités à 64,90 $, livraison le 2027-01-13.

TPS et TVQ en sus.

Merci et bonne journée!

Geneviève Tremblay
Service à la clientèle | Distributions Électriques Laurentides inc.
450 555-0148, poste 223 | Saint-Jérôme (Québec)
"""
    eml = reply(po, "Geneviève Tremblay", s["email"], "Wed, 11 Nov 2026 10:44:09 -0500",
                "<YT3PR01MB6210E8@YT3PR01MB6210.CANPRD01.PROD.OUTLOOK.example>", body,
                q_outlook(po, "6 novembre 2026 10:12", ("De ", "Envoyé ", "À ", "Objet ")), charset="windows-1252")
    return [po], eml, exp("confirmation",
        "Lines 1 and 3 as ordered. Line 2: per-unit surcharge of 1.25 -> 29.65 (stated), qty/date unchanged. Taxes extra is not a price change.",
        conf(po, {1: A(po, 1), 2: C(po, 2, p="29.65"), 3: A(po, 3)}))


# 052
@case("ch-door-closers-dienstag-kw50", "confirmation", "de-CH",
      "Swiss German: CHF 1'420.00 per 10 pieces (=142.00) and 'Dienstag, KW 50' (a named day in a calendar week) for all lines.")
def c052():
    s = sup("TUERZ", "Türtechnik Zürcher AG", "verkauf@tuertechnik-zuercher.example", "de-CH")
    po = mkpo("4500031053", s, "CHF", "2026-11-05", [
        ("TZ-TS-83", "Overhead door closer EN 2-6", 25, "EA", "142.00", "2026-12-11"),
        ("TZ-GS-83", "Guide rail for door closer", 25, "EA", "38.50", "2026-12-11"),
        ("TZ-TS-93", "Cam-action door closer EN 2-5, silver", 10, "EA", "212.00", "2026-12-11")])
    body = """Grüezi Frau Ruiz

Besten Dank für Ihre Bestellung 4500031053, welche wir gerne wie folgt bestätigen:

Pos. 1: 25 Stk. Türschliesser TS 83, CHF 1'420.00 / 10 Stk.
Pos. 2: 25 Stk. Gleitschiene, CHF 38.50 / Stk.
Pos. 3: 10 Stk. Türschliesser TS 93, CHF 212.00 / Stk.

Liefertermin für alle Positionen: Dienstag, KW 50.

Freundliche Grüsse

Reto Brunner
Verkauf Innendienst
Türtechnik Zürcher AG | Hardstrasse 219 | 8005 Zürich
T +41 44 123 45 67 | MWST CHE-123.456.789
"""
    eml = reply(po, "Reto Brunner", s["email"], "Mon, 9 Nov 2026 14:03:27 +0100",
                "<ZR0P278MB0123B5@ZR0P278MB0123.CHEP278.PROD.OUTLOOK.example>", body,
                q_outlook(po, "Donnerstag, 5. November 2026 10:12", ("Von", "Gesendet", "An", "Betreff")),
                prefix="AW: ")
    return [po], eml, exp("confirmation",
        "Prices unchanged (1'420.00 per 10 = 142.00). 'Dienstag, KW 50' names a day, so the date is Tuesday of ISO week 50 = 2026-12-08, three days before the requested date, for all lines.",
        conf(po, {i: C(po, i, d=kw(2026, 50, 2)) for i in (1, 2, 3)}))


# 053
@case("be-price-increase-circular", "unrelated", "fr-BE",
      "Belgian French circular announcing a 4,5% price increase from 1 Jan 2027 to all customers (undisclosed recipients), not an answer.")
def c053():
    s = sup("LAMB", "Outillage Lambert SA", "commandes@outillage-lambert.example", "fr-BE")
    po = mkpo("4500031054", s, "EUR", "2026-11-09", [
        ("OL-LAME-T101", "Jigsaw blade T101B, 5 pcs", 200, "SET", "2.70", "2027-01-20"),
        ("OL-LAME-T118", "Jigsaw blade T118A, 5 pcs", 100, "SET", "3.30", "2027-01-20")])
    body = """Madame, Monsieur, cher client,

Suite à la hausse persistante des coûts de l'acier et de l'énergie, nous nous voyons contraints d'adapter nos tarifs. Une hausse moyenne de 4,5 % sera appliquée sur l'ensemble de notre gamme à compter du 1er janvier 2027.

Les commandes confirmées avant le 31 décembre 2026 et livrées avant le 31 janvier 2027 restent facturées aux prix actuels.

Votre nouvelle liste de prix vous parviendra début décembre. Votre délégué commercial reste à votre disposition.

Nous vous remercions de votre compréhension et de votre fidélité.

La Direction commerciale
Outillage Lambert SA | Chaussée de Mons 512, 1070 Anderlecht | TVA BE 0123.456.789
"""
    eml = reply(po, "Outillage Lambert - Direction commerciale", "info@outillage-lambert.example",
                "Thu, 12 Nov 2026 08:00:00 +0100", "<circ-2027-tarifs.0042@outillage-lambert.example>", body,
                subject="Adaptation tarifaire au 1er janvier 2027", is_reply=False, to="undisclosed-recipients:;",
                charset="iso-8859-15")
    return [po], eml, exp("unrelated",
        "General price-increase letter to all customers; it does not mention or answer PO 4500031054.")


# 054
@case("be-earth-rods-week1-html", "confirmation", "nl-BE",
      "Flemish Outlook multipart reply: 'leverdatum week 1' equals the requested Friday; only the copper wire price changes.")
def c054():
    s = sup("AARDV", "Aarding Vlaanderen BV", "bestellingen@aardingvlaanderen.example", "nl-BE")
    po = mkpo("4500031055", s, "EUR", "2026-11-06", [
        ("AV-AP-150", "Earth rod galvanised 1.5 m", 120, "EA", "7.80", "2027-01-08"),
        ("AV-KL-16", "Earth rod clamp 16 mm", 240, "EA", "1.45", "2027-01-08"),
        ("AV-KB-50", "Bare copper earth wire 50 mm2", 200, "M", "6.95", "2027-01-08")])
    body = """Goedemiddag Dana,

Hierbij bevestigen wij uw bestelling 4500031055: alle posities in de gevraagde hoeveelheden, leverdatum week 1.
Prijzen volgens bestelling, behalve pos. 3 (koperdraad 50 mm²): € 7,35/m i.p.v. € 6,95 door de gestegen koperprijs.

Met vriendelijke groeten,
Bram Peeters
Aarding Vlaanderen BV | Industrieweg 8, 9000 Gent | +32 9 123 45 67 | BTW BE 0456.789.123
"""
    hb = h2t(body) + '<hr><div><b>Van:</b> Dana Ruiz &lt;dana.ruiz@buyer.example&gt;<br><b>Verzonden:</b> vrijdag 6 november 2026 10:12<br><b>Aan:</b> ' + s["email"] + '<br><b>Onderwerp:</b> ' + req_subject(po) + '</div>' + req_html(po)
    eml = reply(po, "Bram Peeters", s["email"], "Tue, 10 Nov 2026 13:51:06 +0100",
                "<AM8PR05MB7731F1@AM8PR05MB7731.eurprd05.prod.outlook.example>", body,
                q_outlook(po, "vrijdag 6 november 2026 10:12", ("Van", "Verzonden", "Aan", "Onderwerp"),
                          "________________________________"), htmlbody=hb)
    return [po], eml, exp("confirmation",
        "'Week 1' without a day = Friday 2027-01-08 = requested date. Lines 1-2 accepted; line 3 price 7.35 instead of 6.95.",
        conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(po, 3, p="7.35")}))
