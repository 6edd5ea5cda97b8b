# -*- coding: utf-8 -*-
"""Cases 055-070."""
from .common import *


@case("mt-mt-spray-guns-maltese-tuesday", "mt-MT",
      "Maltese reply with weekday+date ('it-Tlieta 22 ta' Diċembru') moving one line later, other line matching its own requested date.")
def c_mt():
    s = supplier("MALTSP", "Spray Tech Malta Ltd", "orders@spraytechmalta.example", "mt-MT")
    p = po("4500031756", s, "2026-11-16", [
        ("SG-GRAV-14", "Spray gun gravity feed 1.4 mm", 10, "EA", "56.00", "2026-12-18"),
        ("SG-CLEAN-KIT", "Spray gun cleaning kit", 10, "SET", "14.50", "2026-12-22")])
    body = ("Bongu Marta,\n\nNikkonfermaw l-ordni tiegħek 4500031756 kif ġej:\n\n"
            "Linja 1: 10 pistoli tal-isprej SG-GRAV-14 @ €56.00 kull wieħed - konsenja t-Tlieta 22 ta' Diċembru\n"
            "Linja 2: 10 kits tat-tindif SG-CLEAN-KIT @ €14.50 - konsenja t-Tlieta 22 ta' Diċembru\n\n"
            "Grazzi,\nJoseph Borg\nSpray Tech Malta Ltd | Triq l-Industrija, Qormi QRM 3000 | Tel: 2155 1234 | VAT MT12345678\n")
    eml = reply(p, text(body), mdate(2026, 11, 17, 11, 30, 0), "<jb-4500031756@spraytechmalta.example>",
                name="Joseph Borg", subject="RE: Purchase order 4500031756 - please confirm")
    return [p], eml, expected("confirmation",
        "Both lines delivered Tuesday 22 December 2026. Line 1 was requested 2026-12-18 -> changed date; line 2 was requested 2026-12-22 -> accepted.",
        conf(p, {1: C(p, 1, date="2026-12-22"), 2: A(p, 2)}))


@case("cy-gb-caution-signs-bilingual-packs", "cy-GB",
      "Welsh/English bilingual reply (Welsh first): one line rounded up to packs of 10, signature and bilingual disclaimer.")
def c_cy():
    s = supplier("ARWYDD", "Arwyddion Cymru Cyf", "archebion@arwyddioncymru.example", "cy-GB")
    p = po("4500031760", s, "2026-11-13", [
        ("CS-BIL-A3", "Bilingual caution sign A3 'Perygl / Danger'", 25, "PC", "8.75", "2026-12-11"),
        ("CS-WET-FLR", "Wet floor A-frame sign, bilingual", 12, "EA", "21.40", "2026-12-11")], currency="GBP")
    body = ("Annwyl Marta,\n\nDiolch am eich archeb 4500031760. Rydym yn cadarnhau:\n"
            "Llinell 1: CS-BIL-A3 - 30 (pecynnau o 10, felly 30 yn lle 25) @ £8.75 yr un, danfon Dydd Gwener 11 Rhagfyr\n"
            "Llinell 2: CS-WET-FLR - 12 @ £21.40, danfon Dydd Gwener 11 Rhagfyr\n\n"
            "Dear Marta,\n\nThank you for order 4500031760. We confirm:\n"
            "Line 1: CS-BIL-A3 - 30 (packs of 10, so 30 instead of 25) @ £8.75 each, delivery Friday 11 December\n"
            "Line 2: CS-WET-FLR - 12 @ £21.40, delivery Friday 11 December\n\n"
            "Cofion / Regards\nSiân Pritchard\nArwyddion Cymru Cyf | Ystad Ddiwydiannol Llangefni LL77 7JA | 01248 555 123\n\n"
            "Mae'r e-bost hwn yn gyfrinachol. This e-mail is confidential. Cwmni cofrestredig 01234567 | Registered company 01234567\n")
    eml = reply(p, text(body), mdate(2026, 11, 16, 14, 0, 0, "+0000"), "<sp-4500031760@arwyddioncymru.example>",
                name="Siân Pritchard", subject="RE: Purchase order 4500031760 - please confirm")
    return [p], eml, expected("confirmation",
        "Welsh and English say the same. Line 1: 30 instead of 25 (packs of 10), same price and date (Friday 11 December 2026) -> changed quantity. Line 2 accepted.",
        conf(p, {1: C(p, 1, q=30), 2: A(p, 2)}))


@case("af-za-tool-belts-one-line-gone", "af-ZA",
      "Afrikaans reply with 'R 1 250,00' amounts and ISO dates; second line no longer available (rejected).")
def c_af():
    s = supplier("GORDEL", "Gordel & Gereedskap (Edms) Bpk", "bestellings@gordelgereedskap.example", "af-ZA")
    p = po("4500031774", s, "2026-11-13", [
        ("TB-LEER-DL", "Tool belt leather, double pouch", 20, "EA", "1250.00", "2026-12-11"),
        ("TB-DRILL-HL", "Drill holster, leather", 20, "EA", "310.00", "2026-12-11")], currency="ZAR")
    body = ("Goeie dag Marta\n\nDankie vir bestelling 4500031774. Ons bevestig soos volg:\n\n"
            "Lyn 1: TB-LEER-DL, 20 stuks @ R 1 250,00, aflewering 2026-12-11\n"
            "Lyn 2: TB-DRILL-HL - ongelukkig is dié item nie meer beskikbaar nie; ons kan dit nie lewer nie.\n\n"
            "Vriendelike groete\nPieter van der Merwe\nGordel & Gereedskap (Edms) Bpk | Paarl | 021 555 0199 | BTW 4987654321\n")
    eml = reply(p, text(body, cs="iso-8859-1"), mdate(2026, 11, 16, 8, 20, 0, "+0200"), "<pvdm-4500031774@gordelgereedskap.example>",
                name="Pieter van der Merwe", subject="RE: Purchase order 4500031774 - please confirm")
    return [p], eml, expected("confirmation",
        "Line 1 as ordered (R 1 250,00 = 1250.00). Line 2 cannot be supplied -> rejected.",
        conf(p, {1: A(p, 1), 2: R}))


@case("de-de-contradictory-kw-vs-date", "de-DE",
      "German confirmation that states 'KW 50 (18.12.2026)', but 18.12. is in KW 51: contradictory date, a human must ask.")
def c_de():
    s = supplier("ABZIEH", "Abziehtechnik Müller GmbH", "auftrag@abziehtechnik-mueller.example", "de-DE")
    p = po("4500031788", s, "2026-11-16", [
        ("GP-2A-100", "Zweiarm-Abzieher 100 mm", 25, "EA", "18.90", "2026-12-11"),
        ("GP-INT-SET", "Innenauszieher-Satz 8-tlg.", 5, "SET", "149.00", "2026-12-11")])
    body = ("Sehr geehrte Frau Kowalczyk,\n\nvielen Dank für Ihre Bestellung 4500031788.\n\n"
            "Pos. 1 GP-2A-100: 25 Stück à 18,90 EUR\n"
            "Pos. 2 GP-INT-SET: 5 Satz à 149,00 EUR\n\n"
            "Liefertermin für alle Positionen: KW 50 (18.12.2026).\n\n"
            "Mit freundlichen Grüßen\nThomas Becker\nAuftragsabwicklung\nAbziehtechnik Müller GmbH | Gewerbestraße 7 | 42853 Remscheid\n"
            "Tel. +49 2191 555-120 | Amtsgericht Wuppertal HRB 12345 | USt-IdNr. DE123456789\n")
    eml = reply(p, text(body, cs="iso-8859-15"), mdate(2026, 11, 17, 10, 12, 0), "<tb.4500031788@abziehtechnik-mueller.example>",
                name="Thomas Becker", subject="AW: Purchase order 4500031788 - please confirm")
    return [p], eml, expected("needs_review",
        "Quantities and prices match, but the date contradicts itself: KW 50 ends Friday 2026-12-11 (the requested date) while 18.12.2026 is in KW 51. A careful buyer cannot tell which date is committed and must ask.")


@case("bn-bd-magnetic-sweepers-bengali-digits", "bn-BD",
      "Bengali reply written entirely with Bengali digits (৬০, ১৪.২০, ০৫/০১/২০২৭); one line later in January.")
def c_bn():
    s = supplier("DHKMAG", "Dhaka Magnetics Ltd.", "sales@dhakamagnetics.example", "bn-BD")
    p = po("4500031792", s, "2026-11-13", [
        ("MS-12-HND", "Magnetic sweeper 12\" handheld", 60, "EA", "14.20", "2026-12-15"),
        ("MS-PICKUP", "Magnetic pick-up tool, telescopic", 120, "EA", "2.10", "2026-12-15")], currency="USD", buyer="jb")
    body = ("প্রিয় জেমস,\n\nআপনার ক্রয় আদেশ ৪৫০০০৩১৭৯২ এর জন্য ধন্যবাদ। আমরা নিম্নরূপ নিশ্চিত করছি:\n\n"
            "১. MS-12-HND: ৬০ পিস, প্রতি পিস ১৪.২০ মার্কিন ডলার, ডেলিভারি ১৫/১২/২০২৬\n"
            "২. MS-PICKUP: ১২০ পিস, প্রতি পিস ২.১০ মার্কিন ডলার, ডেলিভারি ০৫/০১/২০২৭\n\n"
            "শুভেচ্ছান্তে,\nমোঃ রফিকুল ইসলাম\nবিক্রয় বিভাগ, ঢাকা ম্যাগনেটিক্স লিঃ\nতেজগাঁও শিল্প এলাকা, ঢাকা-১২০৮ | ফোন: +৮৮০ ২ ৫৫৫১২৩৪\n")
    eml = reply(p, text(body, cte="base64"), mdate(2026, 11, 16, 16, 0, 0, "+0600"), "<ri-4500031792@dhakamagnetics.example>",
                name="Md. Rafiqul Islam", subject="Re: Purchase order 4500031792 - please confirm")
    return [p], eml, expected("confirmation",
        "Bengali digits: line 1 60 pcs at 14.20, delivery 15/12/2026 -> accepted; line 2 120 pcs at 2.10, delivery 05/01/2027 (day-first) = 2027-01-05 -> changed date.",
        conf(p, {1: A(p, 1), 2: C(p, 2, date="2027-01-05")}))


@case("ur-pk-receipt-only", "ur-PK",
      "Urdu (RTL) two-line reply that only says the order was received and forwarded to the factory: no commitment.")
def c_ur():
    s = supplier("SIALKB", "Sialkot Blades Industries", "info@sialkotblades.example", "ur-PK")
    p = po("4500031806", s, "2026-11-16", [
        ("KB-TRAP-100", "Trapezoid blades, dispenser of 100", 80, "BOX", "6.40", "2027-01-15")], currency="USD", buyer="jb")
    body = ("محترم جیمز صاحب،\n\nآپ کا پرچیز آرڈر نمبر 4500031806 موصول ہو گیا ہے، شکریہ۔ ہم نے اسے فیکٹری کو بھیج دیا ہے۔\n\n"
            "والسلام\nعمران بٹ\nسیالکوٹ بلیڈز انڈسٹریز، سیالکوٹ | فون: 052-3555123 | موبائل: 0300-5551234\n")
    eml = reply(p, text(body, cte="base64"), mdate(2026, 11, 17, 12, 0, 0, "+0500"), "<ib-4500031806@sialkotblades.example>",
                name="Imran Butt", subject="RE: Purchase order 4500031806 - please confirm")
    return [p], eml, expected("needs_review", "Human receipt only ('received, sent to the factory'); no quantity, price or date is committed.")


@case("ta-in-gear-puller-drawing-question", "ta-IN",
      "Tamil reply asking for the drawing and jaw reach of a special puller before quoting a date: a question.")
def c_ta():
    s = supplier("KOVAIT", "Kovai Tools & Engineering", "sales@kovaitools.example", "ta-IN")
    p = po("4500031810", s, "2026-11-16", [
        ("GP-SPL-300", "Special 3-jaw puller, 300 mm reach, per drawing NG-4471", 6, "EA", "8400.00", "2027-01-20")],
        currency="INR", buyer="rs")
    body = ("வணக்கம் ராகுல் அவர்களே,\n\nஉங்கள் கொள்முதல் ஆணை 4500031810 கிடைத்தது. நன்றி.\n\n"
            "GP-SPL-300 ஒரு சிறப்பு தயாரிப்பு என்பதால், வரைபடம் NG-4471 இன் சமீபத்திய பதிப்பையும், தேவையான jaw reach "
            "(300 மி.மீ. உள்ளேயா வெளியேயா) பற்றிய விவரத்தையும் அனுப்ப முடியுமா? அதன் பிறகு விலை மற்றும் டெலிவரி தேதியை உறுதி செய்கிறோம்.\n\n"
            "நன்றி,\nசெந்தில் குமார்\nகோவை டூல்ஸ் & இன்ஜினியரிங், கோயம்புத்தூர் | 0422-2555123 | GSTIN 33AAFFK1234M1Z2\n")
    eml = reply(p, text(body, cte="base64"), mdate(2026, 11, 18, 11, 40, 0, "+0530"), "<sk-4500031810@kovaitools.example>",
                name="Senthil Kumar", subject="Re: Purchase order 4500031810 - please confirm")
    return [p], eml, expected("needs_review", "The supplier asks for the drawing revision and reach definition and will confirm price and date afterwards.")


@case("vi-vn-extension-cords-copper-price", "vi-VN",
      "Vietnamese reply with VND amounts using dot grouping ('1.320.000 đ'); one line repriced for copper costs.")
def c_vi():
    s = supplier("DIENVN", "Công ty TNHH Thiết bị Điện Sài Gòn", "kinhdoanh@diensaigon.example", "vi-VN")
    p = po("4500031824", s, "2026-11-13", [
        ("EXT-6S-5M", "Power strip 6 sockets, 5 m", 200, "EA", "185000", "2026-12-18"),
        ("EXT-RL-30", "Cable reel 30 m, 2 x 2.5 mm2", 50, "EA", "1250000", "2026-12-18")], currency="VND")
    body = ("Kính gửi chị Marta,\n\nCông ty chúng tôi xác nhận đơn hàng số 4500031824 như sau:\n\n"
            "1. EXT-6S-5M – Ổ cắm kéo dài 6 lỗ 5 m: 200 cái, đơn giá 185.000 đ, giao hàng ngày 18/12/2026.\n"
            "2. EXT-RL-30 – Cuộn dây điện 30 m: 50 cái, đơn giá mới 1.320.000 đ (do giá đồng tăng), giao hàng ngày 18/12/2026.\n\n"
            "Giá trên chưa bao gồm VAT 10%.\n\nTrân trọng,\nNguyễn Thị Lan\nPhòng Kinh doanh | ĐT: 028 3555 1234 | MST 0301234567\n")
    eml = reply(p, text(body), mdate(2026, 11, 16, 15, 10, 0, "+0700"), "<ntl-4500031824@diensaigon.example>",
                name="Nguyễn Thị Lan", subject="RE: Purchase order 4500031824 - please confirm")
    return [p], eml, expected("confirmation",
        "Line 1: 185.000 đ = 185000 -> accepted. Line 2: 1.320.000 đ instead of 1250000 -> changed price. VAT is extra on both, as in the PO.",
        conf(p, {1: A(p, 1), 2: C(p, 2, price="1320000")}))


@case("id-id-two-pos-answers-second-split", "id-ID",
      "Indonesian reply that answers only the second of two open POs (split delivery), and says the first is still being processed.")
def c_id():
    s = supplier("MEDIKA", "PT Medika Aman Sentosa", "sales@medikaaman.example", "id-ID")
    p1 = po("4500031838", s, "2026-11-12", [
        ("FAK-BIG-50", "First aid cabinet, 50-person", 10, "EA", "1250000", "2026-12-10")], currency="IDR")
    p2 = po("4500031842", s, "2026-11-13", [
        ("FAK-PLSTR-100", "Plaster strips, box of 100", 500, "BOX", "12500", "2026-12-10"),
        ("FAK-GAUZE-10", "Sterile gauze 10 x 10 cm, box of 25", 200, "BOX", "18000", "2026-12-10")], currency="IDR")
    body = ("Selamat siang Ibu Marta,\n\nTerkait PO 4500031842 kami konfirmasi sbb:\n"
            "- FAK-PLSTR-100: 500 box, harga Rp 12.500/box sesuai PO. Dikirim 2 tahap: 300 box tgl 10 Desember 2026, "
            "sisa 200 box tgl 7 Januari 2027.\n"
            "- FAK-GAUZE-10: 200 box @ Rp 18.000, kirim 10 Desember 2026.\n\n"
            "Untuk PO 4500031838 (lemari P3K) masih kami proses, konfirmasi menyusul.\n\n"
            "Terima kasih,\nDewi Lestari\nPT Medika Aman Sentosa | Jl. Industri Raya No. 8, Bekasi | Telp. (021) 5555 1234 | NPWP 01.234.567.8-012.000\n")
    eml = reply(p2, text(body), mdate(2026, 11, 16, 13, 25, 0, "+0700"), "<dl-4500031842@medikaaman.example>",
                name="Dewi Lestari", subject="RE: Purchase order 4500031842 - please confirm")
    return [p1, p2], eml, expected("confirmation",
        "Only PO 4500031842 is answered (4500031838 is merely mentioned as in progress -> left out). Line 1: 300 on 2026-12-10 + 200 on 2027-01-07 = 500 -> changed with schedule, last date 2027-01-07. Line 2 accepted (Rp 18.000 = 18000).",
        conf(p2, {1: C(p2, 1, date="2027-01-07", sched=[(300, "2026-12-10"), (200, "2027-01-07")]), 2: A(p2, 2)}))


@case("ms-my-cuti-auto-reply", "ms-MY",
      "Malay/English out-of-office ('Saya sedang bercuti') sent as multipart/alternative with an HTML signature.")
def c_ms():
    s = supplier("TANDA", "Tanda Keselamatan Sdn. Bhd.", "jualan@tandakeselamatan.example", "ms-MY")
    p = po("4500031856", s, "2026-11-18", [
        ("CS-AWAS-A3", "Caution sign 'AWAS' A3, aluminium", 60, "PC", "18.50", "2026-12-21")], currency="MYR")
    t = ("Terima kasih atas e-mel anda. Saya sedang bercuti dan akan kembali ke pejabat pada 25 November 2026. "
         "Untuk urusan segera, sila hubungi jualan@tandakeselamatan.example.\n\n"
         "Thank you for your email. I am on leave and will return on 25 November 2026.\n\n"
         "Nurul Aisyah binti Ahmad\nTanda Keselamatan Sdn. Bhd. | Shah Alam | +603 5555 1234\n")
    m = multi("alternative", text(t), html(html_doc("<p>" + t.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p>", "ms")))
    eml = message(addr("Nurul Aisyah", "nurul.aisyah@tandakeselamatan.example"), "marta.kowalczyk@northgate-supply.example",
                  "Automatic reply: Purchase order 4500031856 - please confirm", mdate(2026, 11, 18, 9, 1, 0, "+0800"),
                  "<auto-na-20261118@tandakeselamatan.example>", m, in_reply_to=p["request_message_id"],
                  references=p["request_message_id"], extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    return [p], eml, expected("auto_reply", "Out-of-office auto reply (on leave until 25 November).")


@case("tl-ph-taglish-will-revert-friday", "tl-PH",
      "Taglish reply 'i-check pa namin... balikan ka namin by Friday' with prices restated: still no commitment.")
def c_fil():
    s = supplier("MANILA", "Manila Hardware Trading Corp.", "sales@manilahardware.example", "tl-PH")
    p = po("4500031860", s, "2026-11-17", [
        ("PW-12-DR", "Pipe wrench 12\", drop forged", 36, "EA", "8.90", "2026-12-18"),
        ("PW-36-DR", "Pipe wrench 36\", drop forged", 6, "EA", "41.00", "2026-12-18")], currency="USD", buyer="jb")
    body = ("Hi Sir James!\n\nReceived po namin yung PO 4500031860, thank you po. Same price pa rin naman ($8.90 at $41.00). "
            "I-check pa namin sa warehouse sa Valenzuela kung kumpleto yung stock ng 36\", balikan ka namin by Friday "
            "para sa delivery date.\n\nThank you po!\n\nJoy Santos\nManila Hardware Trading Corp. | 0917 555 1234 | TIN 123-456-789-000\n")
    eml = reply(p, text(body, cs="us-ascii", cte="7bit"), mdate(2026, 11, 18, 10, 20, 0, "+0800"), "<CAJS8m2yQ@mail.manilahardware.example>",
                name="Joy Santos", subject="Re: Purchase order 4500031860 - please confirm")
    return [p], eml, expected("needs_review",
        "Prices are restated but stock and delivery date will be confirmed on Friday; no line is actually committed.")


@case("ar-eg-wire-brushes-arabic-indic-digits", "ar-EG",
      "Arabic reply with Arabic-Indic digits and '٫' as decimal separator; one line reduced to the available 90 pieces.")
def c_ar():
    s = supplier("NILEBR", "Nile Brushes Co.", "sales@nilebrushes.example", "ar-EG")
    p = po("4500031874", s, "2026-11-15", [
        ("WB-CS-5R", "Wire brush carbon steel, 5 rows", 240, "EA", "1.85", "2026-12-17"),
        ("WB-END-25", "End brush 25 mm, 6 mm shank", 100, "EA", "2.40", "2026-12-17")], currency="USD", buyer="jb")
    body = ("السيد/ جيمس برايت المحترم،\n\nتحية طيبة وبعد،\n\nنؤكد لكم أمر الشراء رقم ٤٥٠٠٠٣١٨٧٤ كما يلي:\n\n"
            "البند ١: فرشاة سلك صلب ٥ صفوف – ٢٤٠ قطعة بسعر ١٫٨٥ دولار للقطعة – التسليم ١٧/١٢/٢٠٢٦\n"
            "البند ٢: فرشاة طرفية ٢٥ مم – ٩٠ قطعة فقط (الكمية المتاحة) بسعر ٢٫٤٠ دولار – التسليم ١٧/١٢/٢٠٢٦\n\n"
            "وتفضلوا بقبول فائق الاحترام،\nأحمد عبد الرحمن\nإدارة المبيعات – شركة النيل للفرش\nالعاشر من رمضان – ت: ٠١٥٥٥٥١٢٣٤\n")
    eml = reply(p, text(body, cte="base64"), mdate(2026, 11, 16, 12, 0, 0, "+0200"), "<ar-4500031874@nilebrushes.example>",
                name="أحمد عبد الرحمن", subject="RE: Purchase order 4500031874 - please confirm")
    return [p], eml, expected("confirmation",
        "Arabic-Indic digits: line 1 240 pcs at 1.85, 17/12/2026 -> accepted. Line 2 only 90 of 100 at 2.40, same date -> changed quantity 90.",
        conf(p, {1: A(p, 1), 2: C(p, 2, q=90)}))


@case("he-il-gmail-style-address-not-found", "he-IL",
      "Google-style 'Delivery Status Notification (Failure)' multipart/report for a Hebrew-named supplier mailbox that does not exist.")
def c_he():
    s = supplier("PTZIM", "Ptzira Precision Tools Ltd", "hazmanot@ptzira.example", "he-IL")
    p = po("4500031888", s, "2026-11-18", [
        ("NF-ESC-SET", "Escapement needle file set, 12 pcs", 25, "SET", "19.60", "2026-12-21")])
    sent = mdate(2026, 11, 18, 15, 0, 0)
    human = ("** Address not found **\n\nYour message wasn't delivered to hazmanot@ptzira.example because the address couldn't "
             "be found, or is unable to receive mail.\n\nThe response from the remote server was:\n"
             "550 5.1.1 The email account that you tried to reach does not exist.\n")
    body = dsn("mx.northgate-supply.example", "hazmanot@ptzira.example", "5.1.1",
               "550 5.1.1 The email account that you tried to reach does not exist.", sent, human, orig_headers(p, sent),
               boundary_tag="000000000000dsn")
    eml = message("Mail Delivery Subsystem <mailer-daemon@mx.northgate-supply.example>", "marta.kowalczyk@northgate-supply.example",
                  "Delivery Status Notification (Failure)", mdate(2026, 11, 18, 15, 0, 2),
                  "<dsn-5f3a1c7b9e@mx.northgate-supply.example>", body,
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=["Auto-Submitted: auto-replied"])
    return [p], eml, expected("bounce", "DSN: the supplier's address does not exist (550 5.1.1).")


@case("ka-ge-heat-guns-georgian-all-ok", "ka-GE",
      "Georgian reply restating every line with Georgian month names ('18 დეკემბერი'): everything as ordered.")
def c_ka():
    s = supplier("TBILTL", "Tbilisi Tools LLC", "sales@tbilisitools.example", "ka-GE")
    p = po("4500031892", s, "2026-11-16", [
        ("HG-1600-GE", "Heat gun 1600 W", 30, "EA", "22.50", "2026-12-18"),
        ("HG-SCRAPER", "Scraper attachment for heat gun", 30, "EA", "3.10", "2026-12-18")])
    body = ("გამარჯობა მარტა,\n\nგიდასტურებთ შეკვეთას 4500031892:\n\n"
            "1. HG-1600-GE – 30 ცალი, ფასი 22,50 EUR, მიწოდება 18 დეკემბერი 2026\n"
            "2. HG-SCRAPER – 30 ცალი, ფასი 3,10 EUR, მიწოდება 18 დეკემბერი 2026\n\n"
            "პატივისცემით,\nგიორგი ბერიძე\nთბილისი თულს შპს | ტელ. +995 32 255 51 23 | ს/კ 404123456\n")
    eml = reply(p, text(body, cte="base64"), mdate(2026, 11, 17, 13, 0, 0, "+0400"), "<gb-4500031892@tbilisitools.example>",
                name="Giorgi Beridze", subject="RE: Purchase order 4500031892 - please confirm")
    return [p], eml, expected("confirmation", "Both lines restated with the ordered quantity, price (decimal comma) and 18 December 2026 -> all accepted.",
                              all_acc(p))


@case("kk-kz-qmail-no-mailbox", "kk-KZ",
      "qmail-send bounce in plain text (no multipart/report) for a Kazakh supplier address, with the original request appended.")
def c_kk():
    s = supplier("KAZTAR", "Kaztara LLP", "tapsyrys@kaztara.example", "kk-KZ")
    p = po("4500031906", s, "2026-11-18", [
        ("OD-200-KZ", "Steel drum 200 l, tight head, red", 100, "EA", "41.00", "2027-01-18")], currency="USD", buyer="jb")
    sent = mdate(2026, 11, 18, 8, 0, 0, "+0000")
    body = ("Hi. This is the qmail-send program at mail.kaztara.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<tapsyrys@kaztara.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n" + orig_headers(p, sent).replace("Marta Kowalczyk", "James Bright") + "\n" + request_text(p))
    eml = message("MAILER-DAEMON@mail.kaztara.example", "james.bright@northgate-supply.example",
                  "failure notice", mdate(2026, 11, 18, 13, 0, 9, "+0500"), "<20261118080009.31337.qmail@mail.kaztara.example>",
                  text(body, cs="us-ascii", cte="7bit"))
    return [p], eml, expected("bounce", "qmail 'failure notice': no such mailbox; the quoted PO table is our own request.")


@case("am-et-jack-stands-ethiopian-calendar", "am-ET",
      "Amharic confirmation dating delivery in the Ethiopian calendar (ታኅሣሥ 13 ቀን 2019 ዓ.ም.) with the Gregorian date in brackets; price changed.")
def c_am():
    s = supplier("ABAYJK", "Abay Jack & Lift PLC", "sales@abayjack.example", "am-ET")
    p = po("4500031910", s, "2026-11-16", [
        ("JS-6T-ET", "Jack stand 6 t, pair", 16, "PR", "2450.00", "2026-12-18")], currency="ETB", buyer="jb")
    body = ("ውድ ሚስተር ጄምስ፣\n\nየግዢ ትዕዛዝ ቁጥር 4500031910 ተቀብለን እናረጋግጣለን።\n\n"
            "ዕቃ፦ JS-6T-ET የመኪና ማቆሚያ 6 ቶን (ጥንድ)\nብዛት፦ 16 ጥንድ\n"
            "ዋጋ፦ 2,580.00 ብር በጥንድ (የብረት ዋጋ ጭማሪ ምክንያት)\n"
            "የማስረከቢያ ቀን፦ ታኅሣሥ 13 ቀን 2019 ዓ.ም. (22/12/2026)\n\n"
            "ከሰላምታ ጋር\nሰላማዊት ታደሰ\nየሽያጭ ክፍል፣ አባይ ጃክ ኤንድ ሊፍት ኃ.የተ.የግ.ማ.\nአዲስ አበባ | ስልክ +251 11 555 1234 | TIN 0012345678\n")
    eml = reply(p, text(body, cte="base64"), mdate(2026, 11, 17, 10, 30, 0, "+0300"), "<st-4500031910@abayjack.example>",
                name="Selamawit Tadesse", subject="RE: Purchase order 4500031910 - please confirm")
    return [p], eml, expected("confirmation",
        "Tahsas 13, 2019 E.C. = 2026-12-22 (also given as 22/12/2026). Quantity 16 as ordered, price 2,580.00 instead of 2450.00 -> changed price and date.",
        conf(p, {1: C(p, 1, price="2580.00", date="2026-12-22")}))
