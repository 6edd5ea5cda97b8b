# -*- coding: utf-8 -*-
"""Cases 055-070."""
from .common import (A, AD, ATT, C, CONF, DH, H, M, MAIL, OTHER, PDF, PO, R, RAW, S, T, U, buyer_to, case, long_en,
                     q_gt, q_html, q_outlook, req_html, req_subject, req_text, reply_hdrs, L)


@case("floor-squeegees-dispatch-vs-delivery", "en-ZA",
      "South African reply giving both dispatch 2026/12/09 and delivery 2026/12/11 (delivery wins), R1 249,50 and office-closure dates.")
def c055():
    s = S("HIGHJAN", "Highveld Janitorial Supplies (Pty) Ltd", "orders@highveldjan.example", "en-ZA")
    po = PO("4500018771", s, [
        L("FS-750-WH", "Floor squeegee 750 mm, white rubber, food-safe", 30, "EA", "245.00", "2026-12-14"),
        L("FS-1000-HD", "Heavy-duty floor squeegee 1000 mm, aluminium", 10, "EA", "1249.50", "2026-12-14"),
    ], "ZAR", "2026-11-11")
    txt = """Morning Dana

Thanks for the order (your PO 4500018771, our SO 77821). Confirmed as follows:

1. 750mm white squeegee - 30 @ R245,00 - dispatch 2026/12/09, delivery 2026/12/11
2. 1000mm HD squeegee - 10 @ R1 249,50 - dispatch 2026/12/09, delivery 2026/12/11

Please note our offices close 18/12 and reopen 11/01.

Regards
Thandi Mokoena
Highveld Janitorial Supplies (Pty) Ltd
Reg. 2004/012345/07 | VAT 4123456789
Tel 011 608 1234 | Cell 082 555 1234
"""
    body = T(txt + "\n" + q_outlook(po, "en", long_en("2026-11-11", "10:05"), sep="-----Original Message-----"),
             charset="windows-1252")
    eml = MAIL(AD("Thandi Mokoena", "thandi@highveldjan.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-12 15:10", "+0200"), body, "<006d01db3512$8c9daeb0$a5d80c10$@highveldjan.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(d="2026-12-11"), 2: C(d="2026-12-11")}},
               "Both lines at PO qty and price (R1 249,50 = 1249.50). A delivery date is given (2026/12/11) and wins over the "
               "dispatch date 2026/12/09; it is earlier than the requested 2026-12-14 -> changed. Office closure dates are noise.")
    return [po], eml, exp


@case("junction-boxes-afrikaans-new-quote", "af-ZA",
      "Afrikaans: quoted prices no longer valid (PVC up 'ongeveer 12%'), a new quotation follows - nothing confirmed.")
def c056():
    s = S("KAROOEL", "Karoo Elektries BK", "bestellings@karoo-elektries.example", "af-ZA")
    po = PO("4500018787", s, [
        L("JB-PVC-100", "PVC junction box 100x100 mm, IP55", 200, "EA", "28.50", "2026-12-16"),
        L("JB-GLAND-KIT", "Gland entry kit for PVC boxes", 200, "SET", "6.75", "2026-12-16"),
    ], "ZAR", "2026-11-12", "lena")
    txt = """Goeiemôre Lena

Dankie vir die bestelling 4500018787. Ongelukkig kan ons nie meer die pryse van ons kwotasie van
Augustus hou nie - die PVC-prys het intussen met ongeveer 12% gestyg.
Ons stuur vir julle vandag of Maandag 'n nuwe kwotasie en sodra julle dit goedkeur, bevestig ons
die bestelling met afleweringsdatums.

Groete
Pieter van der Merwe
Karoo Elektries BK | Voortrekkerweg 18, Beaufort-Wes 6970 | Tel 023 414 2233
"""
    body = T(txt + "\n" + q_gt(po, "Op Do. 12 Nov. 2026 om 10:05 het Lena Holt <lena.holt@kestrelworks.example> geskryf:"))
    eml = MAIL(AD("Pieter van der Merwe", "pieter@karoo-elektries.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-13 08:35", "+0200"), body, "<CAKm2q8R4tY6uI0oP3aS5dF7gH9jK1lZ@mail.gmail.example>",
               *reply_hdrs(po))
    return [po], eml, OTHER("needs_review", "Supplier will not hold the prices, gives only an approximate increase and "
                                            "promises a new quotation; confirmation only after we approve it.")


@case("gear-oil-fx-surcharge-percent", "en-NG",
      "Formal Nigerian letter: prices as ordered 'subject to a 2% FX differential surcharge' on the invoice -> +2% on both lines; VAT is not a change.")
def c057():
    s = S("LAGLUBE", "Lagos Lubricants & Allied Ltd", "sales@lagoslube.example", "en-NG")
    po = PO("4500018794", s, [
        L("GO-EP90-DR", "Gear oil SAE 80W-90 GL-5, 208 L drum", 4, "DR", "690.00", "2026-12-18"),
        L("GO-EP140-PL", "Gear oil SAE 85W-140, 18 L pail", 20, "PC", "68.00", "2026-12-18"),
    ], "USD", "2026-11-10", "tomasz")
    txt = """Dear Sir,

RE: CONFIRMATION OF YOUR PURCHASE ORDER NO. 4500018794

We acknowledge receipt of your above-referenced purchase order and kindly find below our confirmation:

1. Gear Oil SAE 80W-90 GL-5 (208L drum): 4 drums @ USD690.00 per drum - delivery 18th December, 2026.
2. Gear Oil SAE 85W-140 (18L pail): 20 pails @ USD68.00 per pail - delivery 18th December, 2026.

Kindly note that all prices are exclusive of 7.5% VAT and subject to a 2% foreign exchange
differential surcharge due to the current NGN/USD volatility, which will be reflected on our invoice.

Thank you for your patronage.

Yours faithfully,
For: Lagos Lubricants & Allied Ltd

Adebayo Okonkwo (Mr.)
Sales Manager
Plot 14, Oregun Industrial Estate, Ikeja, Lagos | +234 803 456 7890 | RC 123456
"""
    body = M("alternative", T(txt), H("<div style=\"font-family:Times New Roman\">" + txt.replace("\n", "<br>") + "</div>"))
    eml = MAIL(AD("Adebayo Okonkwo", "adebayo.okonkwo@lagoslube.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-11 12:15"), body, "<BN8PR17MB2740E4F5A6B7C8D9@BN8PR17MB2740.namprd17.prod.outlook.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(p="703.80"), 2: C(p="69.36")}},
               "Quantities and 18th December 2026 as ordered, but a 2% surcharge applies to the unit prices: 690.00 x 1.02 = "
               "703.80 and 68.00 x 1.02 = 69.36. The 7.5% VAT is tax, not a price change.")
    return [po], eml, exp


@case("quick-couplers-asn-other-po", "en-SG",
      "Singapore shipment notice (DO/AWB) for another PO 4500017355 of the same supplier - not an answer.")
def c058():
    s = S("LIONHYD", "Lion City Hydraulics Pte Ltd", "ops@lioncityhyd.example", "en-SG")
    po = PO("4500018801", s, [
        L("QC-SCREW-3/4", "Screw-to-connect quick coupler 3/4\", steel", 16, "EA", "46.00", "2027-01-08"),
        L("QC-ISO-A-3/8", "Quick coupler ISO 7241-A, 3/8\", set", 20, "SET", "15.20", "2027-01-08"),
    ], "SGD", "2026-11-13", "priya")
    txt = """Dear Customer,

Please be informed that the following shipment has been dispatched on 17 Nov 2026.

Your PO      : 4500017355
Our DO       : 8812045
Carrier      : DHL Express, AWB 1234567890
Packages     : 2 cartons, 14.6 kg

Item            Description                          Qty
QC-ISO-A-3/8    Quick coupler ISO-A 3/8", set        50 SET
QC-ISO-A-1/2    Quick coupler ISO-A 1/2", set        30 SET

Estimated delivery: 20 Nov 2026

This is a system generated notification. For enquiries please contact ops@lioncityhyd.example.

Lion City Hydraulics Pte Ltd | 10 Ubi Crescent #03-45, Singapore 408564 | UEN 201012345K
"""
    body = M("alternative", T(txt), H("<pre>" + txt.replace("<", "&lt;") + "</pre>"))
    eml = MAIL(AD("Lion City Hydraulics Logistics", "logistics@lioncityhyd.example"), "priya.nair@kestrelworks.example",
               "Shipment Notice / DO 8812045 - Your PO 4500017355", DH("2026-11-17 15:30", "+0800"), body,
               "<asn.8812045@lioncityhyd.example>")
    return [po], eml, OTHER("unrelated", "Shipping notice for PO 4500017355, which is not an open PO here; the shared item "
                                         "QC-ISO-A-3/8 and quantities belong to that other order.")


@case("hand-cleaners-per-case-month-first", "en-US",
      "US reply pricing per case (4/cs, 6/cs) with month-first 'ships 12/10'; one case price hides a per-unit increase (51.00/4 = 12.75).")
def c059():
    s = S("GLISUP", "Great Lakes Industrial Supply Co.", "orders@glisupply.example", "en-US")
    po = PO("4500018817", s, [
        L("HC-CITRUS-1G", "Citrus hand cleaner with pumice, 1 gal", 48, "EA", "12.40", "2026-12-14"),
        L("HC-TOWEL-72", "Hand cleaning towels, bucket of 72", 36, "EA", "9.75", "2026-12-14"),
        L("HC-PUMP-1G", "Pump dispenser for 1 gal jug", 24, "EA", "2.95", "2026-12-14"),
    ], "USD", "2026-11-09")
    txt = """Hi Dana,

Thanks for PO 4500018817 - here's where we're at:

- Citrus hand cleaner 1 gal: these come 4 to a case, we'll ship 12 cs (48 jugs) at $51.00/cs. Ships 12/10.
- Towel buckets: 6/cs, 6 cs = 36, $58.50/cs, ships 12/10.
- Pumps: no problem, 24 ea @ $2.95, ships 12/10.

FedEx Freight, ~3 business days transit.

Thanks!
Kevin Marshall
Inside Sales | Great Lakes Industrial Supply Co.
2100 W. Fulton St, Chicago, IL 60612
o: (312) 555-0187 | c: (773) 555-0142
"""
    intro = "On Mon, Nov 9, 2026 at 3:05 AM Dana Ruiz <dana.ruiz@kestrelworks.example> wrote:"
    body = M("alternative", T(txt + "\n" + q_gt(po, intro)),
             H("<div dir=\"ltr\">" + txt.replace("\n", "<br>") + "</div><br>" + q_html(po, intro.replace("<", "&lt;").replace(">", "&gt;"))))
    eml = MAIL(AD("Kevin Marshall", "kmarshall@glisupply.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-10 14:52", "-0500"), body, "<CAPz3w9Lq2XkT7vN0rS4mB8yH1dF5gJ6@mail.gmail.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(p="12.75", d="2026-12-10"), 2: C(d="2026-12-10"), 3: C(d="2026-12-10")}},
               "Per-case prices converted to the PO's EA: $51.00/4 = 12.75 (PO 12.40) -> changed; $58.50/6 = 9.75 = PO. "
               "'ships 12/10' is month-first = Dec 10, a ship date and the only firm date (transit is approximate), so all "
               "three lines are 2026-12-10, earlier than requested.")
    return [po], eml, exp


@case("insulated-gloves-uk-html-only", "en-GB",
      "British HTML-only Outlook reply: sizes confirmed 'for delivery Thursday 17th December', tester up to £152.00 from 1st Nov.")
def c060():
    s = S("PENNES", "Pennine Electrical Safety Ltd", "orders@pennine-es.example", "en-GB")
    po = PO("4500018823", s, [
        L("IG-CL0-09-UK", "Insulated gloves class 0, size 9, EN 60903", 40, "PR", "32.50", "2026-12-17"),
        L("IG-CL0-11-UK", "Insulated gloves class 0, size 11, EN 60903", 20, "PR", "32.50", "2026-12-17"),
        L("IG-TESTER", "Glove inflation tester", 2, "EA", "145.00", "2026-12-17"),
    ], "GBP", "2026-11-11", "lena")
    html = ("<div class=\"WordSection1\"><p class=\"MsoNormal\">Hi Lena,</p><p class=\"MsoNormal\">&nbsp;</p>"
            "<p class=\"MsoNormal\">Thanks for your order. Sizes 9 and 11 confirmed at &pound;32.50/pr for delivery "
            "Thursday 17<sup>th</sup> December.</p><p class=\"MsoNormal\">The glove inflator has gone up to &pound;152.00 "
            "from 1<sup>st</sup> Nov I&#8217;m afraid &#8211; still Thursday 17<sup>th</sup> for delivery.</p>"
            "<p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">Kind regards,</p><p class=\"MsoNormal\"><b>Sarah "
            "Whitfield</b> | Customer Services<br>Pennine Electrical Safety Ltd | Unit 7 Calder Park, Wakefield WF2 7AW<br>"
            "T: 01924 555 018 | Registered in England No. 04512367 | VAT GB 812 3456 78</p>"
            + q_html(po, "<b>From:</b> Lena Holt &lt;lena.holt@kestrelworks.example&gt;<br><b>Sent:</b> 11 November 2026 "
                         "08:05<br><b>To:</b> orders@pennine-es.example<br><b>Subject:</b> " + req_subject(po), "outlook")
            + "</div>")
    body = H(html, charset="windows-1252")
    eml = MAIL(AD("Sarah Whitfield", "s.whitfield@pennine-es.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-12 16:20", "+0000"), body, "<LO2P265MB5612F6E7D8C9B0A1@LO2P265MB5612.GBRP265.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: A, 3: C(p="152.00")}},
               "Lines 1-2 (sizes 9 and 11) as ordered, Thursday 17th December = 2026-12-17. Line 3 (inflation tester) same "
               "qty and date, price 152.00 instead of 145.00.")
    return [po], eml, exp


@case("pallet-wrap-gmail-dsn-address-not-found", "en-CA",
      "Google-style DSN 'Address not found' (multipart/report with text, HTML, delivery-status and returned headers).")
def c061():
    s = S("MAPLEPK", "Maple Packaging Solutions Inc.", "orders@maplepack.example", "en-CA")
    po = PO("4500018839", s, [
        L("PW-MACH-20-80", "Machine stretch film 20\" x 5000', 80 gauge", 24, "ROL", "74.00", "2027-01-13"),
    ], "CAD", "2026-11-17")
    txt = """** Address not found **

Your message wasn't delivered to orders@maplepack.example because the address couldn't be found,
or is unable to receive mail.

Learn more here: https://support.google.example/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the
recipient's email address for typos or unnecessary spaces.
"""
    html = "<h3>Address not found</h3>" + "".join(f"<p>{p.replace(chr(10), ' ')}</p>" for p in txt.split("\n\n")[1:])
    ds = ("Reporting-MTA: dns; googlemail.com\nArrival-Date: Tue, 17 Nov 2026 00:05:33 -0800 (PST)\n"
          "X-Original-Message-ID: " + po["request_message_id"] + "\n\n"
          "Final-Recipient: rfc822; orders@maplepack.example\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: dns; aspmx.l.google.example. (2607:f8b0:4864:20::1a, the server for the domain maplepack.example.)\n"
          "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
          "Last-Attempt-Date: Tue, 17 Nov 2026 00:05:34 -0800 (PST)\n")
    orig = (f"From: Dana Ruiz <dana.ruiz@kestrelworks.example>\nTo: orders@maplepack.example\n"
            f"Subject: {req_subject(po)}\nDate: Tue, 17 Nov 2026 09:05:30 +0100\nMessage-ID: {po['request_message_id']}\n")
    body = M("report", M("related", M("alternative", T(txt), H(html))),
             RAW("message/delivery-status", ds.encode()),
             RAW("text/rfc822-headers", orig.encode()), params="; report-type=delivery-status")
    eml = MAIL(AD("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "dana.ruiz@kestrelworks.example",
               "Delivery Status Notification (Failure)", DH("2026-11-17 00:05", "-0800"), body,
               "<6737a2be.050a0220.1d3f2.9c41.GMR@mx.google.example>", po["request_message_id"], po["request_message_id"],
               extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, OTHER("bounce", "Delivery Status Notification (Failure), 550 5.1.1 address not found for "
                                      "orders@maplepack.example; threaded on our request but a bounce.")


@case("junction-boxes-tamil-dispatch", "ta-IN",
      "Tamil reply: both lines dispatched 'டிசம்பர் 12' (no year, = requested), line 2 at a new price ரூ.10.25.")
def c062():
    s = S("SRIMUR", "Sri Murugan Electricals", "sales@srimurugan-elec.example", "ta-IN")
    po = PO("4500018845", s, [
        L("JB-MS-4X4", "Metal junction box 4x4 inch, GI, with cover", 300, "EA", "68.00", "2026-12-12"),
        L("JB-PVC-RND-20", "PVC round junction box 20 mm, 2-way", 1000, "EA", "9.50", "2026-12-12"),
    ], "INR", "2026-11-10", "priya")
    txt = """மதிப்பிற்குரிய பிரியா மேடம்,

உங்கள் கொள்முதல் ஆணை எண் 4500018845 கிடைத்தது, நன்றி.

1. GI ஜங்ஷன் பாக்ஸ் 4x4 - 300 எண்ணிக்கை - ரூ.68.00 - டிசம்பர் 12 அன்று அனுப்புகிறோம்.
2. PVC ரவுண்ட் பாக்ஸ் 20 மி.மீ - 1000 எண்ணிக்கை - விலை ரூ.10.25 (புதிய விலை) - டிசம்பர் 12 அன்று அனுப்புகிறோம்.

நன்றி,
க. செந்தில்குமார்
ஸ்ரீ முருகன் எலக்ட்ரிகல்ஸ், கோயம்புத்தூர்
கைபேசி: 94430 12345 | GSTIN 33ABCPS1234K1Z9
"""
    body = T(txt, cte="base64")
    eml = MAIL(AD("K. Senthilkumar", "senthil@srimurugan-elec.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-12 11:45", "+0530"), body, "<CAB7n3kR5tW8yQ1pM4sV6xZ0aC2eG9hJ@mail.gmail.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(p="10.25")}},
               "Both lines dispatched ('அனுப்புகிறோம்') on 12 December = 2026-12-12 = requested (ship date only). Line 1 as "
               "ordered; line 2 new price 10.25 instead of 9.50.")
    return [po], eml, exp


@case("key-cabinets-bengali-digits-shipment", "bn-BD",
      "Bengali reply in Bengali digits (১৫/১২/২০২৬, ৩৬.৫০) giving only a port shipment date, and a steel price increase on line 2.")
def c063():
    s = S("DHKSTL", "Dhaka Steel Furniture Ltd.", "sales@dhakasteelfurn.example", "bn-BD")
    po = PO("4500018851", s, [
        L("KC-30-BD", "Key cabinet 30 hooks, steel, key lock", 20, "EA", "21.00", "2026-12-20"),
        L("KC-60-BD", "Key cabinet 60 hooks, steel, key lock", 10, "EA", "34.00", "2026-12-20"),
    ], "USD", "2026-11-09")
    txt = """প্রিয় ডানা রুইজ,

আপনার ক্রয় আদেশ নং ৪৫০০০১৮৮৫১ এর জন্য ধন্যবাদ। আমরা নিম্নরূপ নিশ্চিত করছি:

১. ৩০ হুকের চাবি কেবিনেট - ২০ পিস - প্রতি পিস ২১.০০ মার্কিন ডলার - চট্টগ্রাম বন্দর থেকে জাহাজীকরণ ১৫/১২/২০২৬
২. ৬০ হুকের চাবি কেবিনেট - ১০ পিস - স্টিলের দাম বাড়ায় প্রতি পিস ৩৬.৫০ মার্কিন ডলার - জাহাজীকরণ ১৫/১২/২০২৬

শুভেচ্ছান্তে,
মোঃ রফিকুল ইসলাম
রপ্তানি বিভাগ, ঢাকা স্টিল ফার্নিচার লিমিটেড
ফোন: +৮৮০ ১৭১১-২৩৪৫৬৭
"""
    body = M("alternative", T(txt, cte="base64"), H(txt.replace("\n", "<br>"), cte="base64"))
    eml = MAIL(AD("Md. Rafiqul Islam", "rafiqul@dhakasteelfurn.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-11 13:00", "+0600"), body, "<1f2e3d4c5b6a7980@dhakasteelfurn.example>", *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(d="2026-12-15"), 2: C(p="36.50", d="2026-12-15")}},
               "Bengali digits. Only a shipment date from Chittagong port (১৫/১২/২০২৬ = 2026-12-15) is given, so date = "
               "2026-12-15 for both (PO 2026-12-20). Line 2 price 36.50 instead of 34.00 (steel price rise).")
    return [po], eml, exp


@case("ladder-hooks-urdu-drawing-missing", "ur-PK",
      "Urdu reply: the drawing referenced in the PO was not attached; asks for drawing and RAL colour before confirming.")
def c064():
    s = S("SIALHW", "Sialkot Hardware Works", "sales@sialkothw.example", "ur-PK")
    po = PO("4500018868", s, [
        L("LH-CUSTOM-400", "Ladder hook 400 mm per drawing KW-LH-04, powder coated", 200, "EA", "3.80", "2027-01-20"),
    ], "USD", "2026-11-12", "tomasz")
    txt = """محترم ٹوماش صاحب،
السلام علیکم۔

آپ کے پرچیز آرڈر نمبر 4500018868 کا شکریہ۔ آرڈر میں ڈرائنگ KW-LH-04 کا حوالہ ہے لیکن ای میل کے ساتھ
ڈرائنگ منسلک نہیں تھی۔ براہ کرم ڈرائنگ اور پاؤڈر کوٹنگ کا رنگ (RAL نمبر) بھیج دیں، اس کے بعد ہم قیمت اور
ڈیلیوری کی تاریخ کی تصدیق کر دیں گے۔

شکریہ،
محمد عمران
سیالکوٹ ہارڈویئر ورکس
فون: 0300-1234567
"""
    body = M("alternative", T(txt), H("<div dir=\"rtl\">" + txt.replace("\n", "<br>") + "</div>"))
    eml = MAIL(AD("Muhammad Imran", "imran@sialkothw.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-16 12:30", "+0500"), body, "<CAM9p2rT6yU1iO4pA7sD0fG3hJ5kL8zX@mail.gmail.example>",
               *reply_hdrs(po))
    return [po], eml, OTHER("needs_review", "The supplier asks for the missing drawing and the RAL colour and will confirm "
                                            "price and date afterwards; nothing committed.")


@case("measuring-tapes-body-vs-pdf-conflict", "ka-GE",
      "Georgian body says delivery 15 December while the attached confirmation PDF says 22.12.2026 for both lines - contradictory.")
def c065():
    s = S("KAVKINS", "Kavkasia Instruments LLC", "sales@kavkasia-instr.example", "ka-GE")
    po = PO("4500018874", s, [
        L("MT-5M-GE", "Measuring tape 5 m x 25 mm, rubber case", 100, "EA", "3.10", "2026-12-15"),
        L("MT-50M-STEEL", "Steel measuring tape 50 m, open frame", 5, "EA", "39.00", "2026-12-15"),
    ], "EUR", "2026-11-12", "lena")
    txt = """გამარჯობა ლენა,

გიდასტურებთ შეკვეთას 4500018874: რაოდენობა და ფასები უცვლელია, მიწოდება 15 დეკემბერს.
თანდართულია ჩვენი შეკვეთის დადასტურება.

პატივისცემით,
გიორგი ბერიძე
Kavkasia Instruments LLC | თბილისი, წერეთლის გამზ. 118 | +995 32 2 45 67 89
"""
    pdf = PDF(["#KAVKASIA INSTRUMENTS LLC", "ORDER CONFIRMATION OC-26/0912", "Date: 17.11.2026",
               "Customer: Kestrel Works B.V.   Customer order: 4500018874", "",
               "No  Code           Description                  Qty   Price EUR  Delivery",
               "1   MT-5M-GE       Measuring tape 5 m x 25 mm   100   3.10       22.12.2026",
               "2   MT-50M-STEEL   Steel tape 50 m open frame   5     39.00      22.12.2026", "",
               "Total EUR 505.00   Incoterms: CPT Rotterdam"], "OC-26/0912")
    body = M("mixed", T(txt), ATT(pdf, "application/pdf", "OC-26-0912.pdf"))
    eml = MAIL(AD("Giorgi Beridze", "g.beridze@kavkasia-instr.example"), buyer_to(po), "RE: " + req_subject(po),
               DH("2026-11-17 12:10", "+0400"), body, "<7a8b9c0d1e2f3a4b@kavkasia-instr.example>", *reply_hdrs(po))
    return [po], eml, OTHER("needs_review", "Quantities and prices agree, but the mail says delivery 15 December (as "
                                            "requested) while the attached formal confirmation says 22.12.2026 for both "
                                            "lines. The two commitments contradict each other; a buyer must ask which holds.")


@case("key-cabinets-ooo-armenian", "hy-AM",
      "Armenian + English out-of-office with a return date and a phone number.")
def c066():
    s = S("ARARLOCK", "Ararat Lock & Safe CJSC", "sales@araratlock.example", "hy-AM")
    po = PO("4500018880", s, [
        L("KC-200-ARM", "Key cabinet 200 hooks, steel, code lock", 2, "EA", "310.00", "2027-01-22"),
        L("KC-TAG-500", "Key tags, numbered 1-500, plastic", 1, "SET", "42.00", "2027-01-22"),
    ], "USD", "2026-11-17")
    txt = """Բարև Ձեզ,

Ես արձակուրդում եմ մինչև 2026 թ. նոյեմբերի 30-ը։ Շտապ հարցերի դեպքում խնդրում եմ դիմել
sales@araratlock.example կամ զանգահարել +374 10 55 12 34։

Շնորհակալություն,
Անի Հակոբյան

---
Hello, I am on annual leave until 30 November 2026. For urgent matters please contact
sales@araratlock.example or call +374 10 55 12 34.
Ani Hakobyan
"""
    body = T(txt)
    eml = MAIL(AD("Անի Հակոբյան", "ani.hakobyan@araratlock.example"), buyer_to(po),
               "Արձակուրդ / Out of office: " + req_subject(po), DH("2026-11-17 12:05", "+0400"), body,
               "<ooo-3a9f1c.1731830700@araratlock.example>", *reply_hdrs(po),
               extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [po], eml, OTHER("auto_reply", "Out-of-office in Armenian and English until 30 November; no order content.")


@case("needle-valves-kazakh-tenge", "kk-KZ",
      "Kazakh reply with '18 500 ₸' space thousands; the manifold ships 25.12.2026 instead of the requested 18.12.")
def c067():
    s = S("TENGEARM", "Tenge Armatura LLP", "satu@tengearm.example", "kk-KZ")
    po = PO("4500018896", s, [
        L("NV-SS-1/2-KZ", "Needle valve 1/2\" NPT, stainless 316, 420 bar", 12, "EA", "18500", "2026-12-18"),
        L("NV-MAN-2W", "2-valve manifold for pressure gauge, stainless", 6, "EA", "46800", "2026-12-18"),
    ], "KZT", "2026-11-12", "lena")
    txt = """Құрметті Лена ханым!

4500018896 нөмірлі тапсырысыңыз үшін рахмет. Растаймыз:

1. Инелі вентиль 1/2" NPT, 316 болат - 12 дана, бағасы 18 500 ₸, жөнелту 18.12.2026.
2. Манометрге арналған 2 вентильді блок - 6 дана, бағасы 46 800 ₸. Зауыттан келуі кешігеді,
   жөнелту 25.12.2026.

Құрметпен,
Айгүл Серікқызы
«Теңге Арматура» ЖШС, сату бөлімі
Алматы қ., Сүйінбай даңғ. 162 | тел. +7 727 312 45 67
"""
    body = T(txt + "\n" + q_gt(po, "12.11.2026 12:05, Lena Holt пишет:"))
    eml = MAIL(AD("Айгүл Серікқызы", "aigul.s@tengearm.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-19 10:10", "+0500"), body, "<1731993000.553311@tengearm.example>", *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: A, 2: C(d="2026-12-25")}},
               "Ship dates (жөнелту) only. Line 1: 12 at 18 500 KZT, ships 18.12.2026 = as ordered. Line 2: 6 at 46 800, "
               "ships 25.12.2026 -> changed date.")
    return [po], eml, exp


@case("trolley-wheels-qmail-failure-notice", "mt-MT",
      "qmail 'failure notice' in plain text: mailbox disabled (#5.2.1), original request copied below the line.")
def c068():
    s = S("MTCAST", "Malta Castors & Wheels Ltd", "orders@maltacastors.example", "mt-MT")
    po = PO("4500018903", s, [
        L("TW-80-NYL", "Trolley wheel 80 mm, nylon, swivel", 100, "EA", "2.20", "2027-01-15"),
        L("TW-80-NYL-BR", "Trolley wheel 80 mm, nylon, swivel with brake", 50, "EA", "2.85", "2027-01-15"),
    ], "EUR", "2026-11-18", "tomasz")
    txt = f"""Hi. This is the qmail-send program at mail.maltacastors.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<orders@maltacastors.example>:
This mailbox has been disabled. (#5.2.1)

--- Below this line is a copy of the message.

Return-Path: <tomasz.weber@kestrelworks.example>
Received: (qmail 21877 invoked from network); 18 Nov 2026 08:05:20 -0000
Received: from mx1.kestrelworks.example (203.0.113.25)
  by mail.maltacastors.example with SMTP; 18 Nov 2026 08:05:20 -0000
From: Tomasz Weber <tomasz.weber@kestrelworks.example>
To: orders@maltacastors.example
Subject: {req_subject(po)}
Date: Wed, 18 Nov 2026 09:05:14 +0100
Message-ID: {po['request_message_id']}

{req_text(po)}"""
    body = T(txt, cte="7bit", charset="us-ascii")
    eml = MAIL("MAILER-DAEMON@mail.maltacastors.example", "tomasz.weber@kestrelworks.example", "failure notice",
               DH("2026-11-18 08:05", "+0000"), body, "<20261118080521.21879.qmail@mail.maltacastors.example>",
               pre=[("Return-Path", "<>")])
    return [po], eml, OTHER("bounce", "qmail failure notice: the supplier mailbox is disabled (#5.2.1); our request is "
                                      "copied below the line.")


@case("oil-filters-welsh-next-tuesday", "cy-GB",
      "Welsh reply (Thunderbird HTML blockquote) confirming both lines, delivered 'ddydd Mawrth nesaf' from a Wednesday mail (= 2026-11-24).")
def c069():
    s = S("HIDLCY", "Hidlwyr Cymru Cyf", "archebion@hidlwyrcymru.example", "cy-GB")
    po = PO("4500018919", s, [
        L("OF-FUEL-SEP", "Fuel/water separator filter element, 10 micron", 24, "EA", "14.20", "2026-12-04"),
        L("OF-BYPASS-HD", "Bypass oil filter, heavy duty", 12, "EA", "22.80", "2026-12-04"),
    ], "GBP", "2026-11-16", "lena")
    txt = """Prynhawn da Lena,

Diolch am eich archeb 4500018919. Rydym yn cadarnhau'r ddwy linell fel y gofynnwyd - 24 x hidlydd
tanwydd ar £14.20 a 12 x hidlydd osgoi ar £22.80. Bydd y nwyddau'n cael eu danfon ddydd Mawrth nesaf.

Cofion,
Rhys Llewelyn
Hidlwyr Cymru Cyf | Uned 3, Ystad Ddiwydiannol Llandarcy, Castell-nedd SA10 6JQ | 01792 555 310
--
Mae'r e-bost hwn yn gyfrinachol. This e-mail is confidential.
Rydym yn croesawu gohebiaeth yn Gymraeg. We welcome correspondence in Welsh.
"""
    intro = "Ar 16/11/2026 09:05, Lena Holt ysgrifennodd:"
    html = ("<p>" + txt.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>"
            f"<div class=\"moz-cite-prefix\">{intro}<br></div><blockquote type=\"cite\" "
            f"cite=\"mid:{po['request_message_id'][1:-1]}\">{req_html(po)}</blockquote>")
    body = M("alternative", T(txt + "\n" + q_gt(po, intro)), H(html))
    eml = MAIL(AD("Rhys Llewelyn", "rhys@hidlwyrcymru.example"), buyer_to(po), "Re: " + req_subject(po),
               DH("2026-11-18 15:05", "+0000"), body, "<4d5e6f70-8192-4a3b-bc4d-5e6f708192a3@hidlwyrcymru.example>",
               *reply_hdrs(po), extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = CONF([po], {po["po_number"]: {1: C(d="2026-11-24"), 2: C(d="2026-11-24")}},
               "Both lines confirmed at PO qty and price; delivered (danfon) 'ddydd Mawrth nesaf' = next Tuesday after "
               "Wednesday 2026-11-18 = 2026-11-24, earlier than the requested 2026-12-04 -> changed.")
    return [po], eml, exp


@case("quick-couplers-ab-pdf-kw53", "de-DE",
      "German AB PDF with 'KW 51/2026' and 'KW 53/2026' (= Friday 2027-01-01), VPE rounding 48 -> 50 and a pair price increase.")
def c070():
    s = S("RHEINHYD", "Rhein-Hydraulik Kupplungen GmbH", "auftrag@rhein-hydraulik.example", "de-DE")
    po = PO("4500018925", s, [
        L("QC-ISO-A-3/4", "Quick coupler ISO 7241-A, 3/4\", female, steel", 24, "EA", "19.40", "2026-12-22"),
        L("QC-ISO-A-3/4M", "Quick coupler ISO 7241-A, 3/4\", male, steel", 24, "EA", "12.60", "2026-12-22"),
        L("QC-FF-1/2-HP", "Flat-face coupler 1/2\", 350 bar, pair", 10, "SET", "58.00", "2026-12-22"),
        L("QC-CAP-3/4", "Protective cap 3/4\" for ISO-A couplers", 48, "EA", "1.10", "2026-12-22"),
    ], "EUR", "2026-11-13", "tomasz")
    pdf = PDF(["#Auftragsbestätigung AB 26-04471",
               "Rhein-Hydraulik Kupplungen GmbH - Hafenstraße 31 - 47119 Duisburg",
               "Kestrel Works B.V., Dock 4, Waalhaven Z.z. 21, 3089 JH Rotterdam",
               "Ihre Bestellung 4500018925 vom 13.11.2026 - Datum 18.11.2026 - Kd.-Nr. 230187", "",
               "Pos Artikel         Bezeichnung                 Menge  ME    Preis EUR  Liefertermin",
               "1   QC-ISO-A-3/4    Kupplungsmuffe ISO-A 3/4    24     Stk   19,40      KW 51/2026",
               "2   QC-ISO-A-3/4M   Kupplungsstecker ISO-A 3/4  24     Stk   12,60      KW 51/2026",
               "3   QC-FF-1/2-HP    Flat-Face-Kupplung 1/2 Paar 10     Satz  61,50      KW 53/2026",
               "4   QC-CAP-3/4      Schutzkappe 3/4 (VPE 25)    50     Stk   1,10       KW 51/2026", "",
               "Nettowert                                                   EUR 1.438,00",
               "zzgl. 19 % MwSt.                                            EUR   273,22",
               "Gesamtbetrag                                                EUR 1.711,22", "",
               "Lieferung frei Haus. Zahlung 30 Tage netto. Es gelten unsere AGB."],
              "AB 26-04471", "SAP Business One")
    txt = """Sehr geehrter Herr Weber,

anbei unsere Auftragsbestätigung AB 26-04471 zu Ihrer Bestellung 4500018925.
Bitte beachten Sie die Liefertermine und die angepasste Menge bei Pos. 4 (Verpackungseinheit 25 Stück).

Mit freundlichen Grüßen
i. A. Sabine Krämer
Vertriebsinnendienst

Rhein-Hydraulik Kupplungen GmbH
Hafenstraße 31 | 47119 Duisburg
Tel. +49 203 4488-215 | Fax +49 203 4488-299
Geschäftsführer: Dipl.-Ing. Klaus Brandt | Amtsgericht Duisburg HRB 12345 | USt-IdNr. DE812345678
"""
    body = M("mixed",
             M("alternative", T(txt + "\n" + q_outlook(po, "de", "Freitag, 13. November 2026 09:05")),
               H("<div>" + txt.replace("\n", "<br>") + "</div>")),
             ATT(pdf, "application/pdf", "AB_26-04471.pdf"))
    eml = MAIL(AD("Sabine Krämer", "s.kraemer@rhein-hydraulik.example"), buyer_to(po), "AW: " + req_subject(po),
               DH("2026-11-18 11:47"), body, "<FR2P281MB0123A4B5C6D7E8F9@FR2P281MB0123.DEUP281.PROD.OUTLOOK.example>",
               *reply_hdrs(po))
    exp = CONF([po], {po["po_number"]: {1: C(d="2026-12-18"), 2: C(d="2026-12-18"),
                                       3: C(p="61.50", d="2027-01-01"), 4: C(q=50, d="2026-12-18")}},
               "From the PDF: KW 51/2026 without a day = Friday 2026-12-18 (PO asked 2026-12-22) for lines 1, 2, 4; "
               "KW 53/2026 = Friday of ISO week 53 = 2027-01-01 for line 3, which is also re-priced 61,50 (was 58.00). "
               "Line 4 raised to 50 (packs of 25), price unchanged. Net total 465,60 + 302,40 + 615,00 + 55,00 = 1.438,00 matches.")
    return [po], eml, exp
