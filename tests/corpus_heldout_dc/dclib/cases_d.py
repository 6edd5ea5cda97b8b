# -*- coding: utf-8 -*-
"""Cases 054-070."""
from .common import *


@case("us-drums-backorder-eta-monthfirst", "en-US", "Terse US reply with month-first dates: line 1 'ships 12/4' (= need-by), line 2 'backordered, ETA 1/8' (= 2027-01-08).")
def c054():
    s = sup("PRAIRIEPERC", "Prairie Percussion Supply LLC", "orders@prairieperc.example", "en-US")
    p = po("4500031820", s, "2026-11-11", "USD", [
        ("KD-PED-29", "Kettle drum pedal timpani 29\", fiberglass", 2, "EA", "2140.00", "2026-12-04"),
        ("KD-MAL-GEN", "Kettle drum mallets general, pair", 12, "PR", "38.75", "2026-12-04")], buyer=0)
    t = ("Dana -\n\nConfirmed. Line 1 ships 12/4. Line 2 is backordered, ETA 1/8.\nPricing as per your PO.\n\nThanks,\nBrett\n\n"
         "Brett Sorensen | Prairie Percussion Supply LLC\n1420 W 8th St, Sioux Falls, SD 57104 | (605) 555-0147\n")
    m = reply(p, ALT(T(t + gmail_quote(p)), H(text2html(t))), when(2026, 11, 16, 16, 22, -6), prefix="Re: ")
    return [p], m, expected("confirmation", "en-US month-first: 12/4 = 2026-12-04 ship date = need-by -> line 1 accepted; line 2 ETA 1/8 = 2027-01-08 (delivery estimate, no year -> next Jan 8) -> changed.",
                            conf(p, {1: A, 2: C(d="2027-01-08")}))


@case("gb-glaze-other-po-follows", "en-GB", "British Outlook top-post answers one PO and only says the second open PO 'will follow separately'; 'the 5th of January' for one line.")
def c055():
    s = sup("POTTERIES", "Stoke Glaze & Colour Ltd", "sales@stokeglaze.example", "en-GB")
    p1 = po("4500031825", s, "2026-11-09", "GBP", [
        ("PG-CEL-UK", "Pottery glaze celadon, brush-on 500 ml", 48, "EA", "11.20", "2026-12-17"),
        ("PG-TEN-UK", "Pottery glaze tenmoku, powder", 25, "KG", "9.60", "2026-12-17")], buyer=1)
    p2 = po("4500031830", s, "2026-11-10", "GBP", [
        ("PG-CLR-UK", "Pottery glaze clear transparent, powder", 100, "KG", "6.10", "2027-01-12")], buyer=1)
    t = ("Hi Jonas,\n\nThanks for 4500031825 - the celadon (48 x £11.20) is fine for 17th December. The tenmoku powder is out until after "
         "Christmas; we can do the 5th of January, same price, full 25 kg.\n\n4500031830 will follow separately once I've spoken to the mill.\n\n"
         "Best wishes,\nHarriet Cole\nStoke Glaze & Colour Ltd | Registered in England No. 04512783 | VAT GB 812 3456 71\n"
         "This e-mail and any attachments are confidential and intended solely for the addressee.\n" + outlook_quote(p1))
    m = reply(p1, T(t, "windows-1252", "quoted-printable"), when(2026, 11, 12, 10, 47, 0))
    return [p1, p2], m, expected("confirmation", "PO ...825: line 1 as ordered, line 2 moved to 2027-01-05 (5th of January, next occurrence). PO ...830 is only mentioned ('will follow separately') and is left out.",
                                 conf(p1, {1: A, 2: C(d="2027-01-05")}))


@case("de-stamps-csv-kw-weekday", "de-DE", "German ERP 'Auftragsbestätigung' with a semicolon CSV (windows-1252, decimal comma): 'KW 51', 'Di. KW 50' and a new price on one line.")
def c056():
    s = sup("STEMPELHAUS", "Stempelhaus Krämer GmbH & Co. KG", "auftrag@stempelhaus-kraemer.example", "de-DE")
    p = po("4500031838", s, "2026-11-06", "EUR", [
        ("IS-HOLZ-4020", "Wooden ink stamp 40x20 mm, custom text", 100, "PC", "8.90", "2026-12-18"),
        ("IS-DATUM-5", "Date ink stamp, 5 mm, self-inking", 20, "PC", "24.50", "2026-12-18"),
        ("IS-KISSEN-L", "Ink stamp pad large, black", 50, "PC", "3.10", "2026-12-18")])
    csv = ("Auftragsbestätigung;AB-2611-0457;;;;;\nIhre Bestellung;4500031838;;;;;\n"
           "Pos;Artikel;Bezeichnung;Menge;ME;Preis/ME EUR;Liefertermin\n"
           "1;IS-HOLZ-4020;Holzstempel 40x20 mm, Text nach Vorgabe;100;Stk;8,90;KW 51\n"
           "2;IS-DATUM-5;Datumstempel 5 mm, selbstfärbend;20;Stk;24,50;Di. KW 50\n"
           "3;IS-KISSEN-L;Stempelkissen groß, schwarz;50;Stk;3,25;KW 51\n")
    t = ("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere Auftragsbestätigung AB-2611-0457 zu Ihrer Bestellung 4500031838.\n"
         "Bitte prüfen Sie die Angaben; ohne Widerspruch innerhalb von 3 Tagen gilt die AB als angenommen.\n\n"
         "Mit freundlichen Grüßen\nIhr Auftragsservice\nStempelhaus Krämer GmbH & Co. KG · Amtsgericht Bielefeld HRA 12345 · USt-IdNr. DE123456789\n")
    body = Multi("mixed", [T(t, "iso-8859-1"), ATT("AB-2611-0457.csv", "text/csv; charset=windows-1252", csv.encode("cp1252"))])
    m = eml(body, frm=("Stempelhaus Krämer Auftragsservice", s["email"]), to=(p["buyer"]["name"], p["buyer"]["email"]),
            subject="Auftragsbestätigung AB-2611-0457 zu Ihrer Bestellung 4500031838", date=when(2026, 11, 9, 7, 15, 1), charset="iso-8859-1")
    return [p], m, expected("confirmation", "CSV: line 1 KW 51 = Fri 2026-12-18 = need-by -> accepted. Line 2 'Di. KW 50' = Tuesday 2026-12-08 -> changed (earlier). Line 3 price 3,25 instead of 3.10 -> changed.",
                            conf(p, {1: A, 2: C(d="2026-12-08"), 3: C(p="3.25")}))


@case("fr-quartz-questions-first", "fr-FR", "French reply asks whether partial delivery is acceptable and which delivery address applies before confirming anything.")
def c057():
    s = sup("CRISTAUX", "Cristaux & Minéraux de Provence SARL", "commandes@cristaux-provence.example", "fr-FR")
    p = po("4500031846", s, "2026-11-10", "EUR", [
        ("QZ-GEO-MED", "Quartz crystal geode, medium 10-15 cm", 30, "PC", "24.00", "2026-12-16"),
        ("QZ-PT-LEM", "Lemurian quartz point 8-10 cm", 50, "PC", "9.50", "2026-12-16")], buyer=2)
    t = ("Bonjour Madame Natarajan,\n\nMerci pour votre commande n° 4500031846.\n\nAvant de vous la confirmer, deux questions :\n"
         "1) Accepteriez-vous une livraison partielle (20 géodes le 16/12, le solde mi-janvier) ?\n"
         "2) La livraison se fait-elle bien à votre entrepôt de Hambourg et non au siège ?\n\n"
         "Dès votre retour, je vous envoie l'accusé de réception de commande.\n\nBien cordialement,\nSophie Marchand\n"
         "Cristaux & Minéraux de Provence SARL – SIRET 812 345 678 00021 – Tél. 04 90 12 34 56\n")
    m = reply(p, ALT(T(t, "iso-8859-15"), H(text2html(t), "iso-8859-15")), when(2026, 11, 12, 9, 5, 1))
    return [p], m, expected("needs_review", "Questions before confirming; the partial-delivery split is a proposal awaiting our answer, not a commitment.")


@case("cy-coracle-paddles-wythnos", "cy-GB", "Welsh reply: 'wythnos 2' (ISO week 2) for the whole line = Friday 2027-01-15; price and quantity confirmed.")
def c058():
    s = sup("CORWGL", "Padlau Corwgl Cyf.", "archebion@padlaucorwgl.example", "cy-GB")
    p = po("4500031851", s, "2026-11-09", "GBP", [
        ("CP-COR-120", "Canoe paddle coracle style, ash 120 cm", 30, "EA", "42.00", "2027-01-08")], buyer=1)
    t = ("Annwyl Jonas,\n\nDiolch am eich archeb 4500031851. Rydym yn cadarnhau 30 padl onnen 120 cm am £42.00 yr un.\n"
         "Yn anffodus ni fyddant yn barod tan wythnos 2 y flwyddyn newydd.\n\nCofion cynnes,\nGwenllian Prys\nPadlau Corwgl Cyf. | Cenarth, Castellnewydd Emlyn | 01239 710 222\n")
    m = reply(p, T(t + gmail_quote(p, "Ar Llun, 9 Tach 2026 am 08:12, Jonas Berglund <jonas.berglund@halvard-trading.example> ysgrifennodd:"), "utf-8", "quoted-printable"),
              when(2026, 11, 11, 14, 30, 0), prefix="Ate: ")
    return [p], m, expected("confirmation", "Qty/price as ordered; 'wythnos 2 y flwyddyn newydd' = ISO week 2 of 2027, no day named -> Friday 2027-01-15.",
                            conf(p, {1: C(d="2027-01-15")}))


@case("ge-georgian-ooo", "ka-GE", "Georgian/English out-of-office with a return date and a colleague's address.")
def c059():
    s = sup("KARTULI", "შპს ქართული ჭურჭელი", "sales@kartuli-pottery.example", "ka-GE")
    p = po("4500031860", s, "2026-11-16", "EUR", [
        ("PG-QVEV-RED", "Pottery glaze red clay slip, 10 kg", 20, "EA", "18.00", "2027-01-19")])
    t = ("გამარჯობა,\n\nგმადლობთ წერილისთვის. 16-დან 27 ნოემბრამდე შვებულებაში ვარ. სასწრაფო საკითხებზე მიმართეთ ნინოს: nino@kartuli-pottery.example\n\n"
         "Thank you for your message. I am on leave from 16 to 27 November. For urgent matters please contact nino@kartuli-pottery.example.\n\nგიორგი\n")
    m = reply(p, T(t, "utf-8", "base64"), when(2026, 11, 16, 10, 12, 4), subject="ავტომატური პასუხი: " + req_subject(p),
              extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes"])
    return [p], m, expected("auto_reply", "Out-of-office (16-27 November); no statement about the order.")


@case("am-clubs-dozens", "hy-AM", "Armenian reply confirms '10 դյուժին' (10 dozen = 120) which is exactly the ordered 120 pcs; everything as ordered.")
def c060():
    s = sup("ARARAT", "Արարատ Ժոնգլ ՍՊԸ", "sales@ararat-juggle.example", "hy-AM")
    p = po("4500031866", s, "2026-11-09", "USD", [
        ("JC-BEECH-47", "Juggling club beech, 47 cm", 120, "PC", "8.60", "2026-12-15"),
        ("JC-RING-32", "Juggling ring 32 cm, plastic", 60, "PC", "2.40", "2026-12-15")], buyer=2)
    t = ("Հարգելի Պրիյա,\n\nՀաստատում ենք թիվ 4500031866 պատվերը՝\n"
         "1. Հաճարենու ժոնգլյորական մական 47 սմ — 10 դյուժին, 8,60 USD/հատ\n2. Օղակ 32 սմ — 60 հատ, 2,40 USD/հատ\n"
         "Առաքումը՝ 15.12.2026։\n\nՀարգանքով՝\nԱրամ Գրիգորյան\nԱրարատ Ժոնգլ ՍՊԸ, Երևան | ՀՎՀՀ 02571234 | +374 10 52 34 56\n")
    m = reply(p, T(t, "utf-8", "base64"), when(2026, 11, 11, 12, 44, 4))
    return [p], m, expected("confirmation", "10 dozen = 120 pcs = PO quantity; prices (decimal comma) and date 15.12.2026 as ordered -> both lines accepted.",
                            conf(p, {1: A, 2: A}))


@case("kz-abacus-kazakh-price-date", "kk-KZ", "Kazakh Cyrillic: new unit price 10,40 USD and delivery '2027 жылғы 22 қаңтар' (Kazakh genitive date form).")
def c061():
    s = sup("ESEPSHOT", "«Есеп-Шот» ЖШС", "sauda@esepshot.example", "kk-KZ")
    p = po("4500031873", s, "2026-11-06", "USD", [
        ("AB-SCH-100", "Abacus frame Russian schoty, 10 rows", 50, "EA", "9.80", "2027-01-15")])
    t = ("Құрметті Дана ханым!\n\nNo 4500031873 тапсырысыңызды растаймыз: 50 дана есеп шот.\n"
         "Ағаш бағасының өсуіне байланысты бір данасының бағасы 10,40 USD болады.\nЖеткізу мерзімі: 2027 жылғы 22 қаңтар.\n\n"
         "Құрметпен,\nАйгүл Сейітова\n«Есеп-Шот» ЖШС, Алматы | БСН 150340012345 | +7 727 250 12 34\n")
    m = reply(p, T(t, "utf-8", "quoted-printable"), when(2026, 11, 10, 15, 10, 5))
    return [p], m, expected("confirmation", "50 pcs as ordered, price 9.80 -> 10.40, delivery 2027-01-22 instead of 2027-01-15.",
                            conf(p, {1: C(p="10.40", d="2027-01-22")}))


@case("mn-dsn-delayed-warning", "mn-MN", "Postfix 'delayed' DSN (Action: delayed, 4.4.1) for the Mongolian supplier's server: a delivery status notification, not a reply.")
def c062():
    s = sup("MONGOLGONG", "Монгол Хэнгэрэг ХХК", "borluulalt@mongolgong.example", "mn-MN")
    p = po("4500031880", s, "2026-11-13", "USD", [
        ("KD-HENG-40", "Kettle drum traditional, 40 cm", 6, "EA", "310.00", "2027-02-05"),
        ("GM-HENG-ST", "Gong mallet, horn handle", 12, "EA", "14.00", "2027-02-05")])
    txt = ("This is the mail system at host smtp.halvard-trading.example.\n\n####################################################################\n"
           "# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n"
           "Your message could not be delivered for more than 4 hour(s).\nIt will be retried until it is 5 day(s) old.\n\n"
           "<borluulalt@mongolgong.example>: connect to mail.mongolgong.example[203.0.113.77]:25: Connection timed out\n")
    body = Multi("report", [T(txt, "us-ascii", "7bit"),
                            dsn("smtp.halvard-trading.example", "borluulalt@mongolgong.example", "delayed", "4.4.1",
                                "connect to mail.mongolgong.example[203.0.113.77]:25: Connection timed out", when(2026, 11, 13, 9, 12, 1)),
                            rfc822_part(our_request_eml(p).split(b"\n\n")[0] + b"\n", headers_only=True)], "; report-type=delivery-status")
    m = eml(body, frm=("Mail Delivery System", "MAILER-DAEMON@smtp.halvard-trading.example"), to=("", p["buyer"]["email"]),
            subject="Delayed Mail (still being retried)", date=when(2026, 11, 13, 13, 20, 1), extra=["Auto-Submitted: auto-replied"])
    return [p], m, expected("bounce", "A DSN with Action: delayed (warning only) - still a delivery status notification, not an answer from the supplier.")


@case("bd-jute-bengali-digits", "bn-BD", "Bengali digits (২,০০০ মিটার, ০.৪০ ডলার) with a price increase on the jute rope; other line confirmed.")
def c063():
    s = sup("SONALIPAAT", "সোনালী পাট রশি লিমিটেড", "export@sonalipaat.example", "bn-BD")
    p = po("4500031888", s, "2026-11-05", "USD", [
        ("HR-JUTE-10", "Hammock rope jute 10 mm, natural", 2000, "M", "0.38", "2026-12-20"),
        ("HR-JUTE-16", "Hammock rope jute 16 mm, natural", 800, "M", "0.72", "2026-12-20")])
    t = ("প্রিয় ডানা,\n\nআপনার ক্রয় আদেশ নং 4500031888 এর জন্য ধন্যবাদ।\n"
         "১) ১০ মিমি পাটের রশি: ২,০০০ মিটার, কাঁচা পাটের দাম বাড়ার কারণে মূল্য প্রতি মিটার ০.৪০ ডলার, ডেলিভারি ২০ ডিসেম্বর ২০২৬।\n"
         "২) ১৬ মিমি পাটের রশি: ৮০০ মিটার, প্রতি মিটার ০.৭২ ডলার, ডেলিভারি ২০ ডিসেম্বর ২০২৬।\n\n"
         "শুভেচ্ছান্তে,\nমোঃ রফিকুল ইসলাম\nসোনালী পাট রশি লিমিটেড, নারায়ণগঞ্জ | +৮৮০ ১৭১১ ২৩৪৫৬৭\n")
    m = reply(p, T(t, "utf-8", "base64"), when(2026, 11, 8, 13, 0, 6))
    return [p], m, expected("confirmation", "Bengali digits: line 1 2000 m at 0.40 (was 0.38), date as ordered; line 2 as ordered.",
                            conf(p, {1: C(p="0.40"), 2: A}))


@case("in-tamil-incubator-partial", "ta-IN", "Tamil reply confirms one line and says the other will be confirmed tomorrow after checking with the factory.")
def c064():
    s = sup("NAMAKKAL", "Namakkal Poultry Equipments Pvt Ltd", "sales@namakkalpoultry.example", "ta-IN")
    p = po("4500031893", s, "2026-11-09", "INR", [
        ("EI-528-IND", "Egg incubator 528 eggs, industrial", 2, "EA", "68500.00", "2027-01-11"),
        ("EI-HATCH-176", "Hatcher unit 176 eggs", 2, "EA", "32400.00", "2027-01-11")], buyer=2)
    t = ("வணக்கம் பிரியா அவர்களே,\n\nஉங்கள் ஆர்டர் 4500031893-க்கு நன்றி.\n"
         "1. 528 முட்டை இன்குபேட்டர் – 2 எண்ணம், விலை ₹68,500.00, டெலிவரி 11-01-2027 – உறுதி செய்கிறோம்.\n"
         "2. ஹேட்சர் 176 – தொழிற்சாலையுடன் சரிபார்த்து நாளை உறுதி செய்கிறோம்.\n\n"
         "நன்றி,\nசெந்தில் குமார்\nNamakkal Poultry Equipments Pvt Ltd | +91 4286 234 567 | GSTIN 33AAACN1234A1Z9\n")
    m = reply(p, T(t, "utf-8", "base64"), when(2026, 11, 10, 17, 5, 5, 30))
    return [p], m, expected("confirmation", "Line 1 confirmed as ordered (₹68,500.00, 11-01-2027). Line 2 deferred to tomorrow -> unconfirmed.",
                            conf(p, {1: A, 2: U}))


@case("pk-sialkot-urdu-reject-one", "ur-PK", "Urdu (RTL) from a Sialkot maker: line 1 later date, line 2 'we do not make this item' -> rejected.")
def c065():
    s = sup("SIALKOTSPORT", "Sialkot Sports Works (Pvt) Ltd", "export@sialkotsports.example", "ur-PK")
    p = po("4500031901", s, "2026-11-06", "USD", [
        ("DF-NYL-STD", "Darts flights nylon standard, set of 3", 500, "SET", "0.85", "2026-12-18"),
        ("DF-ALU-SH", "Darts shafts aluminium, set of 3", 300, "SET", "1.60", "2026-12-18")], buyer=1)
    t = ("محترم جوناس صاحب،\n\nآپ کے آرڈر نمبر 4500031901 کا شکریہ۔\n"
         "لائن 1: 500 سیٹ ڈارٹس فلائٹس، قیمت 0.85 ڈالر فی سیٹ، ترسیل 10 جنوری 2027۔\n"
         "لائن 2: معذرت، ہم ایلومینیم شافٹس نہیں بناتے، یہ آئٹم ہم سپلائی نہیں کر سکتے۔\n\n"
         "والسلام،\nمحمد عمران\nSialkot Sports Works (Pvt) Ltd | +92 52 3256 789 | NTN 1234567-8\n")
    m = reply(p, ALT(T(t, "utf-8", "base64"), H("<div dir=\"rtl\">" + text2html(t) + "</div>", "utf-8", "base64")), when(2026, 11, 9, 12, 30, 5))
    return [p], m, expected("confirmation", "Line 1 qty/price as ordered, delivery 2027-01-10 -> changed. Line 2 refused (not manufactured) -> rejected.",
                            conf(p, {1: C(d="2027-01-10"), 2: R}))


@case("np-festival-will-confirm", "ne-NP", "Nepali reply: office closed for the Tihar festival, will check stock and confirm after reopening; no commitment.")
def c066():
    s = sup("HIMGONG", "हिमालयन साउन्ड हस्तकला प्रा. लि.", "sales@himalayansound.example", "ne-NP")
    p = po("4500031909", s, "2026-11-06", "USD", [
        ("GM-SB-WOOD", "Gong mallet for singing bowls, wood with suede", 150, "EA", "2.20", "2026-12-21")])
    t = ("नमस्ते डाना जी,\n\nतपाईंको अर्डर नं. 4500031909 प्राप्त भयो, धन्यवाद।\n"
         "तिहार पर्वको कारण हाम्रो कार्यशाला अहिले बन्द छ। कार्यशाला खुलेपछि स्टक जाँच गरेर मूल्य र मिति पुष्टि गर्नेछौं।\n\n"
         "शुभकामना सहित,\nसुनिता श्रेष्ठ\nहिमालयन साउन्ड हस्तकला, ललितपुर | +९७७ १ ५५२ ३४५६\n")
    m = reply(p, T(t, "utf-8", "base64"), when(2026, 11, 9, 11, 45, 5, 45))
    return [p], m, expected("needs_review", "Received; workshop closed for Tihar, stock/price/date will be confirmed after reopening. No commitment.")


@case("lk-coir-rope-sinhala", "si-LK", "Sinhala reply confirming both lines exactly as ordered with the date written '2026 දෙසැම්බර් 18'.")
def c067():
    s = sup("LANKACOIR", "Lanka Coir Products (Pvt) Ltd", "sales@lankacoir.example", "si-LK")
    p = po("4500031914", s, "2026-11-05", "USD", [
        ("HR-COIR-12", "Hammock rope coir 12 mm", 1500, "M", "0.31", "2026-12-18"),
        ("HR-COIR-20", "Hammock rope coir 20 mm", 600, "M", "0.58", "2026-12-18")])
    t = ("හිතවත් ඩානා මහත්මිය,\n\nඔබගේ ඇණවුම් අංක 4500031914 අපි තහවුරු කරමු.\n"
         "1. කොහු ලණු 12 mm – මීටර් 1,500, මීටරයකට USD 0.31\n2. කොහු ලණු 20 mm – මීටර් 600, මීටරයකට USD 0.58\n"
         "බෙදාහැරීම: 2026 දෙසැම්බර් 18\n\nස්තූතියි,\nනිමල් පෙරේරා\nLanka Coir Products (Pvt) Ltd | Negombo | +94 31 222 3344\n")
    m = reply(p, T(t + gmail_quote(p), "utf-8", "base64"), when(2026, 11, 10, 10, 20, 5, 30), prefix="Re: ")
    return [p], m, expected("confirmation", "Both lines confirmed as ordered (1,500 m at 0.31; 600 m at 0.58; 2026-12-18).",
                            conf(p, {1: A, 2: A}))


@case("et-amharic-catalogue-greeting", "am-ET", "Amharic season's greetings with a new catalogue and example prices; not about the open PO.")
def c068():
    s = sup("ABYSSINIA", "አቢሲኒያ የእጅ ሥራ ኃ.የተ.የግ.ማ.", "info@abyssinia-crafts.example", "am-ET")
    p = po("4500031920", s, "2026-11-10", "USD", [
        ("NF-ET-SIG", "Nautical flag set, cotton, 26 letters", 10, "SET", "64.00", "2027-01-20")])
    t = ("ውድ ደንበኞቻችን፣\n\nአዲሱን የ2027 ካታሎጋችንን ስናቀርብ ደስ ይለናል። አዳዲስ ምርቶች፦ የጥጥ ባንዲራዎች ከ USD 5.50 ጀምሮ፣ "
         "የእጅ ሥራ ከበሮዎች ከ USD 48.00 ጀምሮ።\n\nመልካም በዓል!\nአቢሲኒያ የእጅ ሥራ ቡድን\nአዲስ አበባ | +251 11 551 2233\n")
    cat = pdf(["Abyssinia Crafts - Catalogue 2027", "Cotton flags from USD 5.50", "Hand drums from USD 48.00"], "Catalogue 2027")
    m = eml(Multi("mixed", [T(t, "utf-8", "base64"), ATT("Catalogue_2027.pdf", "application/pdf", cat)]), frm=("Abyssinia Crafts", s["email"]),
            to=("", p["buyer"]["email"]), subject="አዲስ ካታሎግ 2027 / New catalogue 2027", date=when(2026, 11, 17, 9, 0, 3),
            extra=["Precedence: bulk"])
    return [p], m, expected("unrelated", "Catalogue/greetings mailing with generic prices; it neither names nor answers PO 4500031920.")


@case("al-qmail-no-mailbox", "sq-AL", "Classic qmail-send bounce text ('Sorry, no mailbox here by that name. (#5.1.1)') from the Albanian host, plain text only.")
def c069():
    s = sup("FLAMURI", "Flamuri Detar sh.p.k.", "porosi@flamuridetar.example", "sq-AL")
    p = po("4500031928", s, "2026-11-16", "EUR", [
        ("NF-AL-ENS", "Nautical flag Albania ensign 60x90", 80, "PC", "3.40", "2027-01-14")])
    t = ("Hi. This is the qmail-send program at mail.flamuridetar.example.\n"
         "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
         "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
         "<porosi@flamuridetar.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
         "--- Below this line is a copy of the message.\n\n" + our_request_eml(p).decode())
    m = eml(T(t, "us-ascii", "7bit"), frm=("", "MAILER-DAEMON@mail.flamuridetar.example"), to=("", p["buyer"]["email"]),
            subject="failure notice", date=when(2026, 11, 16, 9, 13, 1))
    return [p], m, expected("bounce", "qmail failure notice: mailbox does not exist; the copy below is our own request.")


@case("mk-frets-whole-order-declined", "mk-MK", "Macedonian Cyrillic: the supplier declines the whole order (production stopped until March) - a confirmation whose lines are all rejected.")
def c070():
    s = sup("TAMBURA", "Тамбура Прагови ДООЕЛ", "prodazba@tambura-pragovi.example", "mk-MK")
    p = po("4500031935", s, "2026-11-09", "EUR", [
        ("MF-BR-17", "Mandolin fret wire brass 1.7 mm", 300, "M", "1.20", "2026-12-22"),
        ("MF-NS-24", "Mandolin fret wire nickel silver 2.4 mm", 150, "M", "1.95", "2026-12-22")], buyer=1)
    t = ("Почитуван г-дин Берглунд,\n\nВи благодариме за нарачката бр. 4500031935.\n"
         "За жал, не можеме да ја прифатиме: производството на жица за прагови е запрено до март 2027 поради реконструкција на погонот, "
         "и не можеме да ги испорачаме ниту двете позиции.\nЌе Ве известиме кога ќе продолжиме со производство.\n\n"
         "Со почит,\nЕлена Стојановска\nТамбура Прагови ДООЕЛ, Скопје | ЕДБ 4030012345678 | +389 2 3123 456\n")
    m = reply(p, T(t, "windows-1251", "quoted-printable"), when(2026, 11, 12, 11, 25, 1), prefix="Одг: ")
    return [p], m, expected("confirmation", "Explicit refusal of both positions (production stopped until March 2027): an answer, so kind confirmation with both lines rejected.",
                            conf(p, {1: R, 2: R}))
