# -*- coding: utf-8 -*-
from .common import *


# 037 ------------------------------------------------------------------
@case("ennz-gmail-dsn-nxdomain", "en-NZ", "bounce",
      "Gmail 'Delivery Status Notification (Failure)' (Address not found / NXDOMAIN) with HTML+text alternative, delivery-status and returned headers.")
def c037():
    p = po("4500018598", "KIWIKILN", "Kiwi Kiln Supplies Ltd", "orders@kiwikiln.example", "en-NZ", "dana", "NZD",
           "2026-11-20", [
               ("KS-ALU-380", "Alumina kiln shelf 380 mm round", 12, "EA", "96.50", "2026-12-14"),
               ("KS-STILT-SET", "Kiln stilt set, 24 pcs", 10, "SET", "18.00", "2026-12-14")])
    plain = """
** Address not found **

Your message wasn't delivered to orders@kiwikiln.example because the domain kiwikiln.example couldn't be found. Check for typos or unnecessary spaces and try again.

Learn more here: https://support.google.com/mail/?p=NoSuchDomain

The response was:

DNS Error: DNS type 'mx' lookup of kiwikiln.example responded with code NXDOMAIN
Domain name not found: kiwikiln.example
"""
    html = html_doc('<table><tr><td style="font-size:24px">Address not found</td></tr><tr><td>Your message wasn\'t delivered to <a style="color:#212121">orders@kiwikiln.example</a> because the domain kiwikiln.example couldn\'t be found. Check for typos or unnecessary spaces and try again.</td></tr><tr><td><b>The response was:</b><p style="font-family:monospace">DNS Error: DNS type \'mx\' lookup of kiwikiln.example responded with code NXDOMAIN Domain name not found: kiwikiln.example</p></td></tr></table>')
    alt = multipart("alternative", [text(plain, charset="UTF-8"), text(html, "html", charset="UTF-8")], "000000000000a1c3d80605e9b3b1c2")
    ds = Part([("Content-Type", "message/delivery-status")], b"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; dana.ruiz@brightwater-tools.example
Arrival-Date: Fri, 20 Nov 2026 13:05:11 -0800 (PST)
X-Original-Message-ID: <po-4500018598.1.20261120@brightwater-tools.example>

Final-Recipient: rfc822; orders@kiwikiln.example
Action: failed
Status: 5.1.2
Diagnostic-Code: smtp; DNS Error: DNS type 'mx' lookup of kiwikiln.example responded with code NXDOMAIN
 Domain name not found: kiwikiln.example
Last-Attempt-Date: Fri, 20 Nov 2026 13:05:12 -0800 (PST)
""")
    oh = Part([("Content-Type", "text/rfc822-headers")], orig_headers(p, hdate("2026-11-21 10:05:09", "+1300")).encode())
    b = multipart("report", [alt, ds, oh], "000000000000a1b7c60605e9b3b1a0", extra="; report-type=delivery-status")
    eml = message(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), buyer(p),
                  "Delivery Status Notification (Failure)", hdate("2026-11-20 13:05:12", "-0800"),
                  mid("gmail", "x", "37"), b, extra=[("Auto-Submitted", "auto-replied")], **reply_hdrs(p))
    exp = expected("bounce", "Gmail DSN: the supplier's domain does not resolve; the request was never delivered. The In-Reply-To to our request does not make it a reply.")
    return [p], eml, exp


# 038 ------------------------------------------------------------------
@case("enza-comma-decimal-signature-numbers", "en-ZA", "confirmation",
      "South African confirmation with 'R 1 245,50' (space thousands, comma decimal), yyyy/mm/dd dates and a signature full of reg/VAT/bank/phone numbers.")
def c038():
    p = po("4500018602", "HIGHVELD", "Highveld Pneumatics (Pty) Ltd", "sales@highveldpneumatics.example", "en-ZA", "priya", "ZAR",
           "2026-11-17", [
               ("AH-RB-10-20", "Air hose rubber 10 mm, 20 m, 20 bar", 50, "EA", "1245.50", "2026-12-11"),
               ("AH-CPL-ARO", "Quick coupler ARO 1/4\", brass", 200, "EA", "38.75", "2026-12-11")])
    t = """Good morning Priya

Herewith confirmation of your PO 4500018602:
Line 1: 50 x Air hose rubber 10 mm x 20 m @ R 1 245,50 ea - delivery 2026/12/11
Line 2: 200 x ARO coupler 1/4" brass @ R 38,75 ea - delivery 2026/12/11

Regards

Thabo Mokoena
Sales Consultant
Highveld Pneumatics (Pty) Ltd
Reg. No. 2004/012345/07 | VAT No. 4123456789 | B-BBEE Level 2 Contributor
Tel: +27 11 608 1234 | Cell: 082 555 1234 | Fax: 086 555 9876
Unit 12, Kya Sands Business Park, 23 Bernie Street, Randburg, 2169
Banking details: FNB, Acc 62812345678, Branch 250655 - please verify telephonically before paying

""" + outlook_quote(p, "Tuesday, 17 November 2026 10:48")
    eml = message(("Thabo Mokoena", "sales@highveldpneumatics.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-19 09:15:36", "+0200"), mid("outlook", "highveldpneumatics.example", "38"),
                  text(t, charset="us-ascii", cte="7bit"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Both lines confirmed exactly as ordered: R 1 245,50 = 1245.50, R 38,75 = 38.75, 2026/12/11 = requested. The many numbers in the signature are irrelevant.",
                   conf(p, l1=A(p, 1), l2=A(p, 2)))
    return [p], eml, exp


# 039 ------------------------------------------------------------------
@case("afza-forwarded-warehouse-answer", "af-ZA", "confirmation",
      "Afrikaans sales rep forwards the warehouse's internal answer and says 'we confirm it like this': 120 on 15 Desember + 80 on 20 Januarie.")
def c039():
    p = po("4500018615", "KAAPSE", "Kaapse Hangslotte (Edms) Bpk", "verkope@kaapsehangslotte.example", "af-ZA", "tom", "ZAR",
           "2026-11-16", [
               ("PL-45-BR", "Padlock brass 45 mm, 3 keys", 200, "EA", "89.90", "2026-12-15"),
               ("PL-DISC-70", "Disc padlock 70 mm, stainless", 50, "EA", "245.00", "2026-12-15")])
    t = """Hallo Tom

Sien asseblief ons pakhuis se antwoord hieronder. Ons bevestig jou bestelling 4500018615 so, pryse bly soos op die bestelling.

Groete
Johan van der Merwe
Verkope | Kaapse Hangslotte (Edms) Bpk | 021 948 1200 | Reg. 1998/004512/07

---------- Forwarded message ---------
From: Pieter Botha <pieter.botha@kaapsehangslotte.example>
Date: Tue, 17 Nov 2026 at 16:40
Subject: RE: Bestelling 4500018615 - voorraad
To: Johan van der Merwe <verkope@kaapsehangslotte.example>


Johan

45 mm koper: ons het net 120 op voorraad, kan dit 15 Desember stuur. Die res (80) kom eers met die volgende houer, ons kan dit teen 20 Januarie lewer.
Skyfslotte 70 mm: al 50 op 15 Desember.

Pieter
Pakhuis
"""
    eml = message(("Johan van der Merwe", "verkope@kaapsehangslotte.example"), buyer(p), "Fwd: RE: Bestelling 4500018615 - voorraad",
                  hdate("2026-11-18 11:02:44", "+0200"), mid("gmail", "x", "39"), text(t))
    exp = expected("confirmation",
                   "The rep adopts the forwarded warehouse answer as the confirmation. Line 1: 120 on 15 Dec 2026 and the remaining 80 by 20 January (no year -> 2027-01-20); total 200, price unchanged -> changed with schedule. Line 2: all 50 on 15 Dec -> accepted.",
                   conf(p, l1=C(p, 1, date="2027-01-20", schedule=[(120, "2026-12-15"), (80, "2027-01-20")]), l2=A(p, 2)))
    return [p], eml, exp


# 040 ------------------------------------------------------------------
@case("araea-rtl-html-arabic-indic-digits", "ar-AE", "confirmation",
      "Arabic HTML-only (dir=rtl) with Eastern Arabic digits and '٫' decimal separator: one line as ordered, the other re-priced and moved to ٠٤/٠١/٢٠٢٧.")
def c040():
    p = po("4500018622", "GULFEQUIP", "Gulf Equipment Est.", "sales@gulfequip.example", "ar-AE", "dana", "AED",
           "2026-11-17", [
               ("CM-180-E", "Cement mixer 180 L, electric", 10, "EA", "1450.00", "2026-12-20"),
               ("CM-350-P", "Cement mixer 350 L, petrol engine", 4, "EA", "3980.00", "2026-12-20")])
    body = """<div dir="rtl" style="font-family:Tahoma;font-size:11pt">
<p>السيدة دانا رويز المحترمة،</p>
<p>تحية طيبة وبعد،</p>
<p>نؤكد لكم استلام أمر الشراء رقم 4500018622 ونفيدكم بما يلي:</p>
<p>١- خلاطة إسمنت ١٨٠ لتر كهربائية (CM-180-E): الكمية ١٠ قطع، السعر ١٤٥٠٫٠٠ درهم للقطعة، التسليم بتاريخ ٢٠/١٢/٢٠٢٦.<br>
٢- خلاطة إسمنت ٣٥٠ لتر بمحرك بنزين (CM-350-P): الكمية ٤ قطع، السعر ٤١٢٠٫٠٠ درهم للقطعة بسبب ارتفاع أسعار المحركات، التسليم بتاريخ ٠٤/٠١/٢٠٢٧.</p>
<p>وتفضلوا بقبول فائق الاحترام،</p>
<p><b>خالد المنصوري</b><br>مدير المبيعات – مؤسسة الخليج للمعدات<br>المنطقة الصناعية ١٢، الشارقة، الإمارات العربية المتحدة<br>هاتف: ‎+971 6 543 2100‎ | الرقم الضريبي: 100234567800003</p>
</div>"""
    eml = message(("خالد المنصوري", "sales@gulfequip.example"), buyer(p), "رد: " + req_subject(p),
                  hdate("2026-11-22 10:30:15", "+0400"), mid("outlook", "gulfequip.example", "40"),
                  text(html_doc(body, lang="ar", dir_="rtl"), "html", cte="base64"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Eastern Arabic digits: line 1 = 10 pcs at 1450.00 AED, 20/12/2026 -> accepted. Line 2 = 4 pcs at 4120.00 (٤١٢٠٫٠٠) with delivery 04/01/2027 (day-first) -> changed price and date.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, price="4120.00", date="2027-01-04")))
    return [p], eml, exp


# 041 ------------------------------------------------------------------
@case("heil-win1255-will-revert-thursday", "he-IL", "needs_review",
      "Hebrew (windows-1255) reply: order received, checking availability with the factory, will come back by next Thursday with dates and final approval.")
def c041():
    p = po("4500018630", "SHARON", "Sharon Metal Ltd.", "sales@sharonmetal.example", "he-IL", "lena", "ILS",
           "2026-11-18", [
               ("SB-200-BLK", "Shelf bracket 200 mm, black", 500, "EA", "6.40", "2026-12-17"),
               ("SB-CANT-400", "Cantilever bracket 400 mm", 80, "EA", "34.00", "2026-12-17")])
    t = """שלום לנה,

קיבלנו את ההזמנה 4500018630, תודה. אנחנו בודקים מול המפעל את הזמינות של הזרועות 400 מ"מ ונחזור אלייך עד יום חמישי הבא עם מועדי אספקה ואישור סופי להזמנה.

בברכה,
יוסי לוי
מתכת השרון בע"מ | טל' 09-7654321 | נייד 052-3456789 | ח.פ. 512345678
"""
    eml = message(("Yossi Levi", "sales@sharonmetal.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-19 16:10:27", "+0200"), mid("outlook", "sharonmetal.example", "41"),
                  text(t, charset="windows-1255"), **reply_hdrs(p))
    exp = expected("needs_review", "Received and being checked; dates and final approval promised by next Thursday. No line is committed.")
    return [p], eml, exp


# 042 ------------------------------------------------------------------
@case("urpk-price-per-dozen", "ur-PK", "confirmation",
      "Urdu confirmation quoting knives at 1,380 rupees per dozen (240 pcs = 20 dozen) against an each price -> 115.00 per EA.")
def c042():
    p = po("4500018641", "SIALKOT", "Sialkot Blade Industries (Pvt.) Ltd.", "sales@sialkotblade.example", "ur-PK", "priya", "PKR",
           "2026-11-16", [
               ("UK-FOLD-LB", "Folding utility knife, lock-back", 240, "EA", "110.00", "2026-12-18"),
               ("UK-HOOK-BL", "Hook blades, pack of 5", 120, "PC", "95.00", "2026-12-18")])
    t = """محترمہ پریا صاحبہ،
السلام علیکم!

آپ کا آرڈر نمبر 4500018641 موصول ہوا، شکریہ۔ تصدیق درج ذیل ہے:

1۔ فولڈنگ یوٹیلیٹی نائف (UK-FOLD-LB): 240 عدد (20 درجن)، قیمت 1,380 روپے فی درجن، ترسیل 18-12-2026
2۔ ہک بلیڈ (UK-HOOK-BL): 120 پیکٹ، 95 روپے فی پیکٹ، ترسیل 18-12-2026

والسلام
محمد عمران
سیالکوٹ بلیڈ انڈسٹریز (پرائیویٹ) لمیٹڈ
فون: 052-3551234 | موبائل: 0300-6123456 | NTN: 1234567-8
"""
    eml = message(("Muhammad Imran", "sales@sialkotblade.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-18 13:40:02", "+0500"), mid("plain", "sialkotblade.example", "42"),
                  text(t, cte="base64"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1: 1,380 PKR per dozen = 115.00 per EA (PO 110.00), 240 pcs, 18-12-2026 -> changed price. Line 2 as ordered -> accepted.",
                   conf(p, l1=C(p, 1, price="115.00"), l2=A(p, 2)))
    return [p], eml, exp


# 043 ------------------------------------------------------------------
@case("bnbd-bengali-digits-short-stock", "bn-BD", "confirmation",
      "Bangla reply written with Bengali digits (৩০০, ২০/১২/২০২৬, ৳১,৪৫০.০০); canvas line reduced to the 60 in stock, the other 40 cannot be supplied.")
def c043():
    p = po("4500018650", "PADMA", "Padma Tarpaulin Industries Ltd.", "sales@padmatarp.example", "bn-BD", "tom", "BDT",
           "2026-11-17", [
               ("TP-HDPE-5X7", "HDPE tarpaulin 5 x 7 m, 200 g/m2", 300, "PC", "1450.00", "2026-12-20"),
               ("TP-CNV-4X5", "Cotton canvas tarpaulin 4 x 5 m, waterproofed", 100, "PC", "3200.00", "2026-12-20")])
    t = """প্রিয় টম,

আপনার ক্রয়াদেশ নং 4500018650 এর জন্য ধন্যবাদ। আমরা নিম্নরূপ নিশ্চিত করছি:

১. HDPE ত্রিপল ৫x৭ মি: ৩০০ পিস, প্রতি পিস ৳১,৪৫০.০০, ডেলিভারি ২০/১২/২০২৬
২. ক্যানভাস ত্রিপল ৪x৫ মি: আমাদের স্টকে ৬০ পিস আছে, ৬০ পিস ২০/১২/২০২৬ তারিখে পাঠাতে পারব; বাকি ৪০ পিস সরবরাহ করা সম্ভব নয়। মূল্য ৳৩,২০০.০০ প্রতি পিস।

শুভেচ্ছান্তে,
রফিকুল ইসলাম
বিক্রয় ব্যবস্থাপক, পদ্মা টারপলিন ইন্ডাস্ট্রিজ লিমিটেড
ফোন: +৮৮০ ২ ৯৮৭৬৫৪৩ | মোবাইল: ০১৭১১-২৩৪৫৬৭
"""
    eml = message(("Rafiqul Islam", "sales@padmatarp.example"), buyer(p), "Re: " + req_subject(p),
                  hdate("2026-11-19 12:00:48", "+0600"), mid("gmail", "x", "43"), text(t, cte="base64"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Bengali digits. Line 1: 300 pcs at 1450.00 on 20/12/2026 -> accepted. Line 2: only 60 of 100 can be supplied (rest not possible), same price and date -> changed quantity 60.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, quantity=60)))
    return [p], eml, exp


# 044 ------------------------------------------------------------------
@case("tain-tamil-one-model-discontinued", "ta-IN", "confirmation",
      "Tamil reply: two irrigation lines confirmed as ordered (₹ amounts, dd-mm-yyyy), the venturi injector model is discontinued -> rejected.")
def c044():
    p = po("4500018662", "KAVERI", "Kaveri Drip Systems Pvt Ltd", "sales@kaveridrip.example", "ta-IN", "priya", "INR",
           "2026-11-18", [
               ("DR-INL-16", "Inline drip lateral 16 mm, 40 cm spacing, 500 m roll", 20, "ROL", "3150.00", "2026-12-22"),
               ("DR-ONL-4L", "Online dripper 4 l/h", 10000, "EA", "2.85", "2026-12-22"),
               ("DR-VENT-20", "Venturi fertiliser injector 20 mm", 10, "EA", "1290.00", "2026-12-22")])
    t = """வணக்கம் பிரியா அவர்களே,

உங்கள் கொள்முதல் ஆணை எண் 4500018662 கிடைத்தது. உறுதிப்படுத்தல் கீழே:

1. இன்லைன் டிரிப் லேட்டரல் 16 மி.மீ: 20 ரோல், ரோல் ஒன்றுக்கு ₹3,150.00, டெலிவரி 22-12-2026.
2. ஆன்லைன் டிரிப்பர் 4 லி/மணி: 10,000 எண்ணிக்கை, ஒன்றுக்கு ₹2.85, டெலிவரி 22-12-2026.
3. வென்டூரி உர இன்ஜெக்டர் 20 மி.மீ: இந்த மாடல் உற்பத்தி நிறுத்தப்பட்டுவிட்டது, வழங்க இயலாது.

நன்றி,
செந்தில் குமார்
விற்பனைப் பிரிவு, காவேரி டிரிப் சிஸ்டம்ஸ் பிரைவேட் லிமிடெட்
கோயம்புத்தூர் 641 021 | கைபேசி: +91 94430 12345 | GSTIN: 33AABCK1234M1Z5
"""
    eml = message(("Senthil Kumar", "sales@kaveridrip.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-20 11:10:05", "+0530"), mid("outlook", "kaveridrip.example", "44"),
                  text(t), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Lines 1 and 2 confirmed exactly as ordered (10,000 pcs at 2.85, 22-12-2026). Line 3 model discontinued, cannot be supplied -> rejected.",
                   conf(p, l1=A(p, 1), l2=A(p, 2), l3=R))
    return [p], eml, exp


# 045 ------------------------------------------------------------------
@case("slsi-win1250-second-line-tomorrow", "sl-SI", "confirmation",
      "Slovenian (windows-1250 QP) with '16. 12. 2026' spaced date: first line confirmed, second 'we will confirm tomorrow' -> unconfirmed.")
def c045():
    p = po("4500018670", "SAVINJA", "Tesnila Savinja d.o.o.", "prodaja@tesnila-savinja.example", "sl-SI", "lena", "EUR",
           "2026-11-17", [
               ("EG-EXH-3", "Exhaust manifold gasket, 3-port", 150, "EA", "4.80", "2026-12-16"),
               ("EG-PAN-V8", "Oil pan gasket, cork-rubber, V8", 40, "EA", "17.60", "2026-12-16")])
    t = """Pozdravljeni,

za naročilo 4500018670 potrjujemo:
- poz. 1, tesnilo izpušnega kolektorja: 150 kos po 4,80 EUR, dobava 16. 12. 2026.
- poz. 2, tesnilo oljnega korita: rok dobave vam potrdimo jutri, ko dobimo odgovor dobavitelja.

Lep pozdrav,
Mojca Kranjc
Tesnila Savinja d.o.o., Ljubljanska cesta 21, 3000 Celje
T: +386 3 425 61 20 | ID za DDV: SI12345678

""" + outlook_quote(p, "torek, 17. november 2026 11:03", ("Od", "Poslano", "Za", "Zadeva"))
    eml = message(("Mojca Kranjc", "prodaja@tesnila-savinja.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-18 14:22:31"), mid("outlook", "tesnila-savinja.example", "45"),
                  text(t, charset="windows-1250"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1 confirmed as ordered (16. 12. 2026 = requested). Line 2 delivery date to be confirmed tomorrow -> unconfirmed.",
                   conf(p, l1=A(p, 1), l2=U))
    return [p], eml, exp


# 046 ------------------------------------------------------------------
@case("hrhr-inline-markers-in-outlook-quote", "hr-HR", "confirmation",
      "Croatian answers typed inline into the unprefixed Outlook quote of our PO, marked '>>>': OK / new price 9,40 / delivery only 11.01.2027.")
def c046():
    p = po("4500018683", "JADRAN", "Alati Jadran d.o.o.", "prodaja@alatijadran.example", "hr-HR", "mikael", "EUR",
           "2026-11-16", [
               ("DC-10-KL", "Keyless drill chuck 10 mm, 3/8\"-24", 60, "EA", "14.20", "2026-12-14"),
               ("DC-SDS-AD", "SDS-plus chuck adapter", 40, "EA", "8.90", "2026-12-14"),
               ("DC-13-MET", "Metal keyless chuck 13 mm, ratchet", 25, "EA", "32.50", "2026-12-14")])
    ans = ["   >>> OK, potvrđeno.", "   >>> može, ali cijena je 9,40 EUR/kom (novi cjenik).", "   >>> količina i cijena OK, isporuka tek 11.01.2027."]
    q = outlook_quote(p, "ponedjeljak, 16. studenoga 2026. 13:27", ("Šalje", "Poslano", "Prima", "Predmet")).split("\n")
    out, k = [], 0
    for x in q:
        out.append(x)
        if k < 3 and x.startswith(str(k + 1) + "    ") and p["lines"][k]["item"] in x:
            out.append(ans[k])
            k += 1
    assert k == 3
    t = """Poštovani,

odgovori su upisani ispod, u Vašem mailu (označeno s >>>).

Lijep pozdrav,
Ivana Horvat
Prodaja | Alati Jadran d.o.o. | Zagrebačka 88, 21000 Split
Tel: +385 21 555 432 | OIB: 12345678901

""" + "\n".join(out)
    eml = message(("Ivana Horvat", "prodaja@alatijadran.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-17 10:48:12"), mid("outlook", "alatijadran.example", "46"),
                  text(t, charset="iso-8859-2"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Answers are typed under each quoted PO line. Line 1 OK -> accepted. Line 2 new price 9,40 -> changed price 9.40. Line 3 quantity/price OK but delivery only 11.01.2027 -> changed date.",
                   conf(p, l1=A(p, 1), l2=C(p, 2, price="9.40"), l3=C(p, 3, date="2027-01-11")))
    return [p], eml, exp


# 047 ------------------------------------------------------------------
@case("srrs-cyrillic-150-of-200", "sr-RS", "confirmation",
      "Serbian Cyrillic: only 150 of 200 posts in stock and the rest will not be supplied; date '18. децембра' without year; wire as ordered.")
def c047():
    p = po("4500018694", "OGRADE", "Ograde Srbija d.o.o.", "prodaja@ogradesrbija.example", "sr-RS", "tom", "RSD",
           "2026-11-18", [
               ("FP-40-1500", "Fence post 40 x 40 mm, 1500 mm, green", 200, "EA", "1150.00", "2026-12-18"),
               ("FP-TENS-W", "Tension wire 2.8 mm, 100 m", 15, "ROL", "2890.00", "2026-12-18")])
    t = """Поштовани господине Окафор,

потврђујемо поруџбеницу бр. 4500018694:

1. Стуб за ограду 40x40 мм, 1500 мм, зелени: на стању имамо 150 ком., толико можемо да испоручимо до 18. децембра по цени од 1.150,00 дин. Преосталих 50 ком. нећемо моћи да обезбедимо.
2. Затезна жица 2,8 мм, 100 м: 15 ролни по 2.890,00 дин., испорука 18. децембра.

Срдачан поздрав,
Милош Јовановић
Ограде Србија д.о.о. | Нови Сад | тел. 021 455 120 | ПИБ 101234567
"""
    eml = message(("Милош Јовановић", "prodaja@ogradesrbija.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-19 10:44:20"), mid("plain", "ogradesrbija.example", "47"), text(t), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1: only 150 pcs, the remaining 50 will not be supplied; price and 18 Dec (next 18 December = 2026-12-18) unchanged -> changed quantity 150. Line 2 as ordered -> accepted.",
                   conf(p, l1=C(p, 1, quantity=150), l2=A(p, 2)))
    return [p], eml, exp


# 048 ------------------------------------------------------------------
@case("ptpt-accept-new-price-question", "pt-PT", "needs_review",
      "European Portuguese: the PO price is no longer valid, they quote 69,50 € and ask us to accept it before they proceed and give a date.")
def c048():
    p = po("4500018702", "LUSITANIA", "Carrinhos Lusitânia, Lda.", "encomendas@carrinhoslusitania.example", "pt-PT", "lena", "EUR",
           "2026-11-18", [("HT-ALU-150", "Aluminium hand truck 150 kg, folding", 25, "EA", "64.00", "2026-12-15")])
    t = """Bom dia Sra. Lena Vogt,

Agradecemos a vossa encomenda n.º 4500018702. Informamos que o preço de 64,00 € já não está em vigor; o preço atual do carrinho de alumínio é de 69,50 €/un. Agradecemos que nos confirmem se aceitam o novo preço para podermos avançar com a encomenda e indicar a data de entrega.

Com os melhores cumprimentos,
Rui Carvalho
Departamento Comercial
Carrinhos Lusitânia, Lda. | Zona Industrial de Oiã, Lote 14 | 3770-059 Oliveira do Bairro
Tel. +351 234 720 150 | NIF 501 234 567

""" + outlook_quote(p, "18 de novembro de 2026 15:12", ("De", "Enviado", "Para", "Assunto"))
    eml = message(("Rui Carvalho", "encomendas@carrinhoslusitania.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-20 10:15:03", "+0000"), mid("outlook", "carrinhoslusitania.example", "48"),
                  text(t, charset="iso-8859-15"), **reply_hdrs(p))
    exp = expected("needs_review",
                   "A question before confirming: will we accept the new price of 69.50? Only then will they proceed and give a delivery date. No commitment.")
    return [p], eml, exp


# 049 ------------------------------------------------------------------
@case("esar-iphone-dale-confirmado", "es-AR", "confirmation",
      "Argentine one-liner from an iPhone ('Dale, confirmado todo, entrega el 10/12') over an Apple Mail '>' quote -> everything accepted.")
def c049():
    p = po("4500018711", "DELPLATA", "Lijadoras del Plata S.R.L.", "ventas@lijadorasdelplata.example", "es-AR", "tom", "ARS",
           "2026-11-19", [
               ("OS-PAL-240", "Palm sander 1/4 sheet, 240 W", 12, "EA", "58900.00", "2026-12-10"),
               ("OS-SHEET-P80", "Sanding sheets 1/4, P80, pack of 50", 24, "PC", "7450.00", "2026-12-10")])
    t = """Dale Tom, confirmado todo, entrega el 10/12. Abrazo

Enviado desde mi iPhone

""" + gt_quote(p, "El 19 nov 2026, a las 17:02, Tom Okafor <%s> escribió:" % p["buyer"]["email"])
    eml = message(("Martín Gómez", "ventas@lijadorasdelplata.example"), buyer(p), "Re: " + req_subject(p),
                  hdate("2026-11-20 19:32:10", "-0300"), mid("apple", "lijadorasdelplata.example", "49"),
                  text(t, cte="quoted-printable"), extra=[("X-Mailer", "iPhone Mail (21H16)")], **reply_hdrs(p))
    exp = expected("confirmation", "'confirmado todo' with delivery 10/12 (day-first, = 2026-12-10 = requested) -> both lines accepted.",
                   conf(p, l1=A(p, 1), l2=A(p, 2)))
    return [p], eml, exp


# 050 ------------------------------------------------------------------
@case("escl-clp-dot-thousands-despacho", "es-CL", "confirmation",
      "Chilean reply: '$24.990 + IVA' (CLP, dot = thousands, no decimals) is a new price; 'despacho el miércoles 16 de diciembre' is a ship date equal to the need-by.")
def c050():
    p = po("4500018725", "MESASSIERRAS", "Mesas y Sierras SpA", "ventas@mesasysierras.example", "es-CL", "dana", "CLP",
           "2026-11-18", [
               ("JT-BENCH-CL", "Jigsaw bench table 580 mm, with clamps", 10, "EA", "23990", "2026-12-16"),
               ("JT-GUIDE-R", "Rip guide for jigsaw table", 10, "EA", "8490", "2026-12-16")])
    t = """Estimada Dana:

Junto con saludar, confirmamos su OC 4500018725:

- Mesa para caladora JT-BENCH-CL: 10 un. a $24.990 + IVA c/u (reajuste de lista de noviembre). Despacho el miércoles 16 de diciembre.
- Guía paralela JT-GUIDE-R: 10 un. a $8.490 + IVA c/u, despacho misma fecha.

Saludos cordiales,

Camila Rojas Fuentes
Ejecutiva Comercial
Mesas y Sierras SpA | Av. Américo Vespucio 1501, Quilicura, Santiago
+56 2 2345 6789 | RUT 76.123.456-7
"""
    html = html_doc("<div>" + t.replace("\n", "<br>") + "</div>")
    b = multipart("alternative", [text(t), text(html, "html")], "----=_Part_55123_88172634.1795015800444")
    eml = message(("Camila Rojas", "ventas@mesasysierras.example"), buyer(p), "RE: " + req_subject(p),
                  hdate("2026-11-19 12:30:07", "-0300"), mid("plain", "mesasysierras.example", "50"), b, **reply_hdrs(p))
    exp = expected("confirmation",
                   "Line 1: new list price $24.990 = 24990 CLP (net, + IVA like the PO) -> changed price; dispatch Wed 16 Dec 2026 = requested. Line 2: 8490 and same date -> accepted.",
                   conf(p, l1=C(p, 1, price="24990"), l2=A(p, 2)))
    return [p], eml, exp


# 051 ------------------------------------------------------------------
@case("esco-newsletter-bulk", "es-CO", "unrelated",
      "Colombian HTML newsletter from the same supplier (Precedence: bulk, List-Unsubscribe) with prices, discounts and a Christmas order deadline.")
def c051():
    p = po("4500018733", "ANDINA", "Ferretería Industrial Andina S.A.S.", "pedidos@ferreandina.example", "es-CO", "tom", "COP",
           "2026-11-18", [
               ("ND-SET-6-CO", "Nut driver set 6 pcs, 1/4\"-1/2\"", 30, "SET", "89900", "2026-12-14"),
               ("ND-HOLDER", "Magnetic bit holder 60 mm", 100, "EA", "7900", "2026-12-14")])
    html = html_doc("""<table width="600" align="center" style="font-family:Arial"><tr><td style="background:#0a4d8c;color:#fff;padding:16px;font-size:22px">Boletín Ferretería Andina · Noviembre 2026</td></tr>
<tr><td style="padding:12px"><h2>¡Llegó la temporada de fin de año!</h2>
<p>Destornilladores de copa, juegos de puntas y discos de corte con <b>15% de descuento</b> hasta el 30/11/2026.</p>
<p>Juego de destornilladores de copa 6 pzas: <s>$ 89.900</s> <b>$ 76.415</b><br>Portapuntas magnético 60 mm: <s>$ 7.900</s> <b>$ 6.715</b></p>
<p>Pedidos recibidos antes del 15/12/2026 se despachan antes de Navidad.</p>
<p><a href="https://ferreandina.example/promo">Ver catálogo</a></p></td></tr>
<tr><td style="font-size:10px;color:#777;padding:12px">Ferretería Industrial Andina S.A.S. · NIT 900.123.456-7 · Calle 13 # 68-40, Bogotá · PBX (601) 745 1200<br>
Recibe este correo porque es cliente registrado. <a href="https://ferreandina.example/baja?u=8812">Cancelar suscripción</a></td></tr></table>""", lang="es")
    plain = "Boletín Ferretería Andina - Noviembre 2026\n\n¡Llegó la temporada de fin de año! 15% de descuento hasta el 30/11/2026.\nJuego de destornilladores de copa 6 pzas: $ 76.415 (antes $ 89.900)\nPortapuntas magnético 60 mm: $ 6.715 (antes $ 7.900)\nPedidos recibidos antes del 15/12/2026 se despachan antes de Navidad.\n\nCancelar suscripción: https://ferreandina.example/baja?u=8812\n"
    b = multipart("alternative", [text(plain), text(html, "html")], "b1_9f8e7d6c5b4a39281706f5e4d3c2b1a0")
    eml = message(("Ferretería Andina", "boletin@ferreandina.example"), ("", p["buyer"]["email"]),
                  "🔧 Boletín noviembre: 15% en destornilladores y puntas", hdate("2026-11-24 07:00:00", "-0500"),
                  mid("plain", "mailer.ferreandina.example", "51"), b,
                  extra=[("List-Unsubscribe", "<https://ferreandina.example/baja?u=8812>, <mailto:baja@ferreandina.example>"),
                         ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                         ("X-Mailer", "Mailchimp Mailer - **CIDd8e1f2a3b4**")])
    exp = expected("unrelated", "Marketing newsletter with promotional prices; it does not answer PO 4500018733 even though the products match.")
    return [p], eml, exp


# 052 ------------------------------------------------------------------
@case("dech-kw1-2027-apostrophe-chf", "de-CH", "confirmation",
      "Swiss German: 'CHF 1'245.50' apostrophe thousands; one position 'KW 1/2027' (= Fri 8 Jan 2027), the other 'KW 51' (= requested).")
def c052():
    p = po("4500018740", "BIELER", "Präzisions-Bohrfutter Bieler AG", "verkauf@bieler-bohrfutter.example", "de-CH", "lena", "CHF",
           "2026-11-17", [
               ("DC-PREC-16", "Precision keyless chuck 0.5-16 mm, B16", 12, "EA", "1245.50", "2026-12-18"),
               ("DC-ARBOR-MK2", "Arbor MK2 / B16", 12, "EA", "48.00", "2026-12-18")])
    t = """Grüezi Frau Vogt

Besten Dank für Ihre Bestellung 4500018740, die wir gerne wie folgt bestätigen:

Pos. 1   12 Stk.  Präzisions-Bohrfutter 0,5-16 mm B16   à CHF 1'245.50   Liefertermin KW 1/2027
Pos. 2   12 Stk.  Aufnahmedorn MK2/B16                    à CHF 48.00      Liefertermin KW 51

Freundliche Grüsse

Reto Ammann
Verkauf Innendienst
Präzisions-Bohrfutter Bieler AG | Bahnhofstrasse 41 | 2502 Biel/Bienne
T +41 32 344 12 12 | MWST CHE-123.456.789

""" + outlook_quote(p, "Dienstag, 17. November 2026 09:30", ("Von", "Gesendet", "An", "Betreff"))
    eml = message(("Reto Ammann", "verkauf@bieler-bohrfutter.example"), buyer(p), "AW: " + req_subject(p),
                  hdate("2026-11-24 15:02:40"), mid("outlook", "bieler-bohrfutter.example", "52"),
                  text(t, charset="iso-8859-1"), **reply_hdrs(p))
    exp = expected("confirmation",
                   "Pos. 1: KW 1/2027 without a day = Friday of ISO week 1 of 2027 = 2027-01-08 (note 2026 has 53 ISO weeks) -> changed date, price 1'245.50 = 1245.50 unchanged. Pos. 2: KW 51 = 2026-12-18 = requested -> accepted.",
                   conf(p, l1=C(p, 1, date="2027-01-08"), l2=A(p, 2)))
    return [p], eml, exp


# 053 ------------------------------------------------------------------
@case("frch-absence-commande-traitee-au-retour", "fr-CH", "auto_reply",
      "Swiss French out-of-office 'Absence du bureau' saying the order will be handled on return (30.11.2026), with an emergency phone number.")
def c053():
    p = po("4500018752", "LEMAN", "Pompes Léman SA", "commandes@pompesleman.example", "fr-CH", "mikael", "CHF",
           "2026-11-20", [
               ("BP-SS-316", "Barrel pump stainless 316, electric 800 W", 2, "EA", "1380.00", "2026-12-18"),
               ("BP-HOSE-25", "Chemical hose 1\", 3 m", 2, "EA", "145.00", "2026-12-18")])
    t = """Bonjour,

Je suis absent jusqu'au lundi 30.11.2026 inclus. Votre commande sera traitée dès mon retour.
En cas d'urgence, veuillez contacter M. Laurent Favre au +41 21 654 32 10.

Meilleures salutations
Nicolas Rochat
Pompes Léman SA
"""
    eml = message(("Nicolas Rochat", "commandes@pompesleman.example"), buyer(p), "Absence du bureau : " + req_subject(p),
                  hdate("2026-11-20 16:40:09"), mid("outlook", "pompesleman.example", "53"),
                  text(t, charset="iso-8859-1"), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                  **reply_hdrs(p))
    exp = expected("auto_reply", "Out-of-office auto-reply; 'will be handled on my return' is not a commitment to quantities, prices or dates.")
    return [p], eml, exp
