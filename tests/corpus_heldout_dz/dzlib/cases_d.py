"""Cases 055-070."""
from .common import *  # noqa: F401,F403


@case
def c055():
    s = sup("KIWISG", "Kiwi Safety Gear Ltd", "orders@kiwisafety.example", "en-NZ")
    p = po("4500032055", s, [ln("DC-NZ-T56-L", "Disposable coverall type 5/6, L", 200, "EA", "9.80", "2027-01-15")],
           currency="NZD", issued="2026-11-23", buyer=B_TOM)
    body = ("Kia ora,\n\nThanks for your email. I'm on annual leave from Monday 23 November 2026 and back on\n"
            "Monday 11 January 2027, with no access to email.\n\n"
            "For urgent orders please contact our Auckland team on 09 555 0123 or orders@kiwisafety.example.\n\n"
            "Ngā mihi,\nAroha Ngata\nAccount Manager | Kiwi Safety Gear Ltd\n")
    eml = reply(p, addr("Aroha Ngata", "aroha.ngata@kiwisafety.example"), "Mon, 23 Nov 2026 21:14:09 +1300",
                text(body), subject="Automatic reply: " + req_subject(p),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                msgid=mid("c055", "", "outlook"))
    return K("kiwi-annual-leave-jan", "auto_reply/en-NZ",
             "NZ summer-leave auto-reply whose return date (11 January 2027) looks like a delivery date in the PO's window.",
             [p], eml, exp("auto_reply", "Out-of-office until 11 January 2027; the date is the return date, not a delivery commitment."))


@case
def c056():
    s = sup("LEINS", "Leinster Safety Supplies Ltd", "sales@leinstersafety.example", "en-IE")
    p = po("4500032056", s, [
        ln("DC-IE-M", "Disposable coverall type 5/6, M", 150, "EA", "6.75", "2026-12-18"),
        ln("DC-IE-L", "Disposable coverall type 5/6, L", 250, "EA", "6.75", "2026-12-18"),
        ln("DC-IE-XXL", "Disposable coverall type 5/6, XXL", 100, "EA", "7.10", "2026-12-18")],
        issued="2026-11-09", buyer=B_TOM)
    body = ("Hi Tomás,\n\nThanks a million for the order. All three sizes confirmed at PO prices. M and L will be delivered\n"
            "w/c 14th December; the XXL are on back order and we're looking at w/c 11th January for those, I'm afraid.\n\n"
            "Kind regards,\nSiobhán Murphy\nCustomer Service\n"
            "Leinster Safety Supplies Ltd, Unit 7, Naas Industrial Estate, Co. Kildare, W91 XY12\n"
            "T: +353 45 123 456 | VAT IE 1234567T | Registered in Ireland No. 456789\n\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee. If you have received\n"
            "it in error please notify the sender and delete it. Leinster Safety Supplies Ltd accepts no liability for\n"
            "any damage caused by viruses transmitted by this e-mail.\n")
    body += q_outlook(p, sent="09 November 2026 09:14")
    htm = t2h(body.split("\n\n________________________________")[0]) + q_outlook_html(p, sent="09 November 2026 09:14")
    eml = reply(p, addr("Siobhán Murphy", "smurphy@leinstersafety.example", "iso-8859-1"), "Thu, 12 Nov 2026 15:20:07 +0000",
                alt(body, htm, "windows-1252"), msgid=mid("c056", "", "outlook"))
    return K("leinster-week-commencing", "confirmation/en-IE",
             "Irish 'w/c 14th December' / 'w/c 11th January' week-commencing dates plus a long confidentiality disclaimer.",
             [p], eml, exp("confirmation", "A week given without a day is read as its Friday: w/c 14 Dec -> 2026-12-18 (= requested) for M and L, accepted; XXL w/c 11 Jan -> 2027-01-15, changed date.",
                           conf(p, {3: C(p, 3, d="2027-01-15")})))


@case
def c057():
    s = sup("KITTW", "Kittwerk Zürich AG", "verkauf@kittwerk.example", "de-CH")
    p = po("4500032057", s, [
        ln("EP-UNI-100", "Epoxy putty universal, 100 g", 200, "PC", "6.40", "2026-12-11"),
        ln("EP-MET-500", "Epoxy putty metal repair, 500 g tin", 24, "PC", "38.50", "2026-12-11"),
        ln("EP-HT-250", "Epoxy putty high-temperature, 250 g", 12, "PC", "27.80", "2026-12-11")],
        currency="CHF", issued="2026-11-10")
    doc = pdf(["#AUFTRAGSBESTÄTIGUNG AB 26-3391", "Kittwerk Zürich AG - Hardturmstrasse 161 - 8005 Zürich - CHE-123.456.789 MWST", "",
               "Kunde: Halvorsen Industrial, Dock 4, Gate B", "Ihre Bestellung: 4500032057 vom 10.11.2026     Datum: 16.11.2026", "",
               "Pos  Artikel      Bezeichnung                          Menge  Einheit   Preis CHF   Liefertermin",
               "1    EP-UNI-100   Epoxy-Knetmasse universal 100 g        200  Stk          6.40   KW 50",
               "2    EP-MET-500   Epoxy-Metallkitt 500 g Dose             24  Stk         41.20   KW 50",
               "3    EP-HT-250    Epoxy-Kitt hochtemperaturfest 250 g     12  Stk         27.80   KW 51", "",
               "Total netto CHF 2'602.40   zzgl. MWST 8.1%",
               "Pos. 2: Preisanpassung infolge Rohstoffzuschlag ab 01.11.2026",
               "Zahlungsbedingungen: 30 Tage netto    Lieferung: franko Domizil"], "AB 26-3391")
    body = ("Grüezi Frau Lindqvist\n\nBesten Dank für Ihre Bestellung. Anbei unsere Auftragsbestätigung AB 26-3391.\n"
            "Bitte beachten Sie die Preisanpassung bei Pos. 2 und den späteren Termin bei Pos. 3.\n\n"
            "Freundliche Grüsse\nReto Brunner\nInnendienst\n\n"
            "Kittwerk Zürich AG | Hardturmstrasse 161 | 8005 Zürich\nTel. +41 44 273 18 80 | MWST CHE-123.456.789\n")
    eml = reply(p, addr("Reto Brunner", "reto.brunner@kittwerk.example"), "Mon, 16 Nov 2026 16:48:22 +0100",
                multi("mixed", alt(body, t2h(body), "iso-8859-1"), attach(doc, "application/pdf", "AB_26-3391.pdf")),
                prefix="AW: ", msgid=mid("c057", "", "outlook"))
    return K("kittwerk-pdf-kw-swiss", "confirmation/de-CH",
             "Swiss German (no ß) mail with a hand-built PDF order acknowledgement giving delivery as 'KW 50'/'KW 51', apostrophe thousands (2'602.40).",
             [p], eml, exp("confirmation", "PDF: pos 1 KW 50 = Friday 2026-12-11 = requested -> accepted; pos 2 price 41.20 instead of 38.50, KW 50; pos 3 KW 51 = 2026-12-18 instead of 2026-12-11.",
                           conf(p, {2: C(p, 2, price="41.20"), 3: C(p, 3, d="2026-12-18")})))


@case
def c058():
    s = sup("SIWAL", "Sécurité Incendie Wallonie SRL", "commandes@siwallonie.example", "fr-BE")
    p = po("4500032058", s, [
        ln("FB-BE-1212", "Fire blanket 1.2 x 1.2 m, EN 1869", 70, "EA", "17.40", "2026-12-18"),
        ln("FB-BE-HOLDER", "Wall holder for fire blanket", 70, "EA", "4.90", "2026-12-18")],
        issued="2026-11-12", buyer=B_JUN)
    body = ("Bonjour Monsieur Okafor,\n\nNous vous confirmons votre commande 4500032058. Les couvertures anti-feu (septante pièces)\n"
            "et les supports muraux seront livrés en semaine 51, aux prix de votre bon de commande.\n"
            "Le transport est offert à partir de 500 € HTVA.\n\nBien à vous,\n\nNathalie Dubois\nService commercial\n"
            "Sécurité Incendie Wallonie SRL\nRue de l'Industrie 45, 4460 Grâce-Hollogne\n"
            "Tél. 04 224 56 78 | TVA BE 0456.789.123 | IBAN BE68 5390 0754 7034\n")
    body += q_outlook(p, ("De", "Envoyé", "À", "Objet"), "jeudi 12 novembre 2026 09:14")
    eml = reply(p, addr("Nathalie Dubois", "n.dubois@siwallonie.example", "iso-8859-15"), "Tue, 17 Nov 2026 11:30:00 +0100",
                text(body, "iso-8859-15", "8bit"))
    return K("siwallonie-septante-semaine-51", "confirmation/fr-BE",
             "Belgian French with 'septante pièces', 'semaine 51' and a signature with VAT, IBAN and phone numbers.",
             [p], eml, exp("confirmation", "Semaine 51 without a day = Friday 2026-12-18 = requested; septante = 70 = ordered; PO prices. Both lines accepted; the 500 € free-freight threshold is not a price.",
                           conf(p, {})))


@case
def c059():
    s = sup("GASVL", "Gasdetectie Vlaanderen BV", "verkoop@gasdetectie-vl.example", "nl-BE")
    p = po("4500032059", s, [
        ln("GD-CO-PERS", "Personal CO detector", 15, "EA", "189.00", "2027-01-08"),
        ln("GD-4G-DIFF", "4-gas diffusion detector", 4, "EA", "749.00", "2027-01-08")],
        issued="2026-11-13", buyer=B_TOM)
    body = ("Dag Tomás,\n\nBedankt voor de bestelling 4500032059. Nog één vraag vooraleer we bevestigen: moeten de toestellen\n"
            "gekalibreerd en met kalibratiecertificaat geleverd worden? Dat kost € 35,00 per stuk extra en verlengt de\n"
            "levertermijn met een week. Laat maar iets weten, dan stuur ik de orderbevestiging.\n\n"
            "Met vriendelijke groeten\nWouter Peeters\nGasdetectie Vlaanderen BV | 03 450 12 34 | BTW BE 0654.321.987\n")
    eml = reply(p, addr("Wouter Peeters", "wouter.peeters@gasdetectie-vl.example"), "Wed, 18 Nov 2026 08:51:36 +0100",
                alt(body + q_gmail(p), t2h(body) + q_outlook_html(p, ("Van", "Verzonden", "Aan", "Onderwerp"), "vrijdag 13 november 2026 09:14")),
                msgid=mid("c059", "", "outlook"))
    return K("gasdetectie-calibration-question", "needs_review/nl-BE",
             "Flemish question about optional calibration (+€ 35,00 each, +1 week) before the supplier will confirm.",
             [p], eml, exp("needs_review", "Question before confirming; the surcharge and extra week only apply if the buyer chooses calibration. Nothing committed."))


@case
def c060():
    s = sup("LIONCT", "Lion City Tools Pte Ltd", "sales@lioncitytools.example", "en-SG")
    pa = po("4500032060", s, [
        ln("HK-SG-LONG", "Hex key set long arm 1.5-10 mm, 9 pcs", 50, "SET", "12.80", "2026-12-11"),
        ln("HK-SG-TH8", "T-handle hex key 8 mm", 24, "PC", "9.60", "2026-12-11")],
        currency="SGD", issued="2026-11-05")
    pb = po("4500032061", s, [ln("TW-SG-38", "Torque wrench 3/8\" 20-100 Nm", 6, "EA", "148.00", "2026-12-18")],
            currency="SGD", issued="2026-11-10")
    body = ("Hi Mara,\n\nNoted with thanks. For PO 4500032060 we confirm both items:\n"
            "- HK-SG-LONG 50 sets @ S$12.80, deliver 11/12/2026\n- HK-SG-TH8 24 pcs @ S$9.60, deliver 11/12/2026\n\n"
            "As for PO 4500032061 (torque wrench), we are checking with our principal in Taiwan and will revert separately by next week.\n\n"
            "Thanks & regards,\nTan Wei Ling\nSales Coordinator\nLion City Tools Pte Ltd | UEN 201912345K\n"
            "10 Ubi Crescent #05-12, Singapore 408564 | T +65 6745 1234\n")
    body += q_outlook(pa, sent="Thursday, 5 November 2026 4:14 PM")
    eml = reply(pa, addr("Tan Wei Ling", "weiling.tan@lioncitytools.example"), "Mon, 9 Nov 2026 11:20:18 +0800",
                text(body, "us-ascii", "7bit"), msgid=mid("c060", "", "outlook"))
    return K("lioncity-one-of-two-pos", "confirmation/en-SG",
             "Two open POs from the supplier; the reply confirms one and only mentions the other as 'will revert separately'.",
             [pa, pb], eml, exp("confirmation", "PO 4500032060 confirmed as ordered (11/12/2026 day-first). PO 4500032061 is only mentioned, not answered, so it is left out of confirmations.",
                                conf(pa, {})))


@case
def c061():
    s = sup("SRIMUR", "Sri Murugan Engineering Tools", "sales@srimurugantools.example", "ta-IN")
    p = po("4500032062", s, [
        ln("IS-12-S24", "Impact socket 1/2\" 24 mm", 100, "PC", "265.00", "2026-12-18"),
        ln("IS-34-S32", "Impact socket 3/4\" 32 mm", 40, "PC", "610.00", "2026-12-18")],
        currency="INR", issued="2026-11-12", buyer=B_JUN)
    body = ("வணக்கம் சார்,\n\nதங்கள் PO No. 4500032062 கிடைத்தது, நன்றி.\n"
            "Material QC-க்கு பிறகு dispatch செய்யப்படும். Delivery date திங்கட்கிழமை (Monday) உறுதி செய்கிறோம்.\n\n"
            "நன்றி,\nS. Karthikeyan\nSri Murugan Engineering Tools, Coimbatore\nPh: 0422 257 1234 | Mob: 94430 12345\n")
    eml = reply(p, addr("S. Karthikeyan", "karthik@srimurugantools.example"), "Fri, 13 Nov 2026 18:05:44 +0530",
                text(body, "utf-8", "base64"))
    return K("srimurugan-tamil-date-monday", "needs_review/ta-IN",
             "Tamil-English mix: PO received, dispatch after QC, delivery date to be confirmed on Monday - a weekday that is not a delivery date.",
             [p], eml, exp("needs_review", "'Delivery date ... Monday உறுதி செய்கிறோம்' = we will confirm the delivery date on Monday; nothing is committed now."))


@case
def c062():
    s = sup("DHKSAF", "Dhaka Safety Solutions", "orders@dhakasafety.example", "bn-BD")
    p = po("4500032063", s, [ln("PW-BD-17", "Stretch film 17 um, 500 mm x 300 m", 200, "ROL", "620.00", "2026-12-18")],
           currency="BDT", issued="2026-11-18")
    expl = ("** Address not found **\n\nYour message wasn't delivered to orders@dhakasafety.example because the domain\n"
            "dhakasafety.example couldn't be found. Check for typos or unnecessary spaces and try again.\n\n\n\n"
            "The response was:\n\nDNS Error: DNS type 'mx' lookup of dhakasafety.example responded with code NXDOMAIN\n"
            "Domain name not found: dhakasafety.example\n")
    body = multi("report", alt(expl, t2h(expl)),
                 dsn("googlemail.com", "orders@dhakasafety.example", "failed", "5.1.2",
                     "DNS Error: DNS type 'mx' lookup of dhakasafety.example responded with code NXDOMAIN",
                     extra="Received-From-MTA: dns; m.lindqvist@halvorsen-industrial.example\n",
                     arrival="Wed, 18 Nov 2026 00:14:05 -0800 (PST)"),
                 rfc822(our_request(p, "Wed, 18 Nov 2026 09:14:05 +0100")), extra=" report-type=delivery-status;")
    eml = msg([("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", "m.lindqvist@halvorsen-industrial.example"),
               ("Subject", "Delivery Status Notification (Failure)"), ("Date", "Wed, 18 Nov 2026 00:14:07 -0800 (PST)"),
               ("Message-ID", "<673b2f1a.050a0220.3c9b1.8e21.GMR@mx.google.com>"),
               ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
               ("Auto-Submitted", "auto-replied")], body)
    return K("dhaka-gmail-nxdomain", "bounce/bn-BD",
             "Gmail-style 'Delivery Status Notification (Failure)' for a non-existent supplier domain, threaded on the request and returning it.",
             [p], eml, exp("bounce", "Google DSN: the supplier domain has no MX (NXDOMAIN); a delivery failure, not a reply."))


@case
def c063():
    s = sup("LAHAE", "Lahore Auto Electric Traders", "sales@lahoreautoelectric.example", "ur-PK")
    p = po("4500032064", s, [
        ln("JS-PK-1500", "Jump starter 12 V, 1500 A, with LED torch", 40, "EA", "18500.00", "2026-12-18"),
        ln("JS-PK-CASE", "Carry case for jump starter", 40, "EA", "1250.00", "2026-12-18")],
        currency="PKR", issued="2026-11-11", buyer=B_TOM)
    body = ("محترم ٹامس صاحب،\n\nالسلام علیکم! آپ کا پرچیز آرڈر نمبر 4500032064 موصول ہوا، شکریہ۔\n\n"
            "JS-PK-1500: 25 یونٹس اسٹاک میں ہیں، یہ 4 دسمبر کو ڈیلیور ہوں گے۔ باقی 15 یونٹس تین ہفتے بعد (چین سے شپمنٹ)\n"
            "یعنی 25 دسمبر 2026 کو۔ قیمت وہی Rs. 18,500 فی یونٹ۔\n"
            "JS-PK-CASE: 40 عدد، Rs. 1,250، 4 دسمبر کو۔\n\n"
            "شکریہ\nمحمد عمران\nسیلز منیجر\n0300-1234567\n")
    eml = reply(p, addr("محمد عمران", "imran@lahoreautoelectric.example"), "Thu, 19 Nov 2026 12:40:00 +0500",
                alt(body, '<div dir="rtl">' + esc(body).replace("\n", "<br>\n") + "</div>"), prefix="Re: ")
    return K("lahore-urdu-split-three-weeks", "confirmation/ur-PK",
             "Urdu RTL mail mixing Latin codes; split delivery, 25 now on a yearless '4 دسمبر' and 15 'three weeks later, i.e. 25 December 2026'.",
             [p], eml, exp("confirmation", "Line 1: 25 units on 4 December (2026-12-04) + 15 units on 2026-12-25 -> schedule, total 40, price same. Line 2: all 40 on 2026-12-04, earlier than requested -> changed date.",
                           conf(p, {1: C(p, 1, sched=[(25, "2026-12-04"), (15, "2026-12-25")]), 2: C(p, 2, d="2026-12-04")})))


@case
def c064():
    s = sup("SAMDAC", "Samsheneblo Dacva LLC", "sales@samsheneblo-dacva.example", "ka-GE")
    p = po("4500032065", s, [
        ln("KP-GE-FOAM", "Kneeling pad foam, 40 x 25 cm", 50, "PC", "18.50", "2026-12-18"),
        ln("KP-GE-KNEE", "Knee pads, hard shell, pair", 30, "PR", "34.00", "2026-12-18")],
        currency="GEL", issued="2026-11-10")
    body = ("გამარჯობა მარა,\n\nგიდასტურებთ შეკვეთას № 4500032065:\n"
            "1. KP-GE-FOAM — 50 ცალი, 18,50 ლარი, მიწოდება 18 დეკემბერს\n"
            "2. KP-GE-KNEE — 30 წყვილი, ფასი 36,00 ლარი (მომწოდებლის ფასის ზრდა), მიწოდება 18 დეკემბერს\n\n"
            "პატივისცემით,\nნინო ბერიძე\nგაყიდვების მენეჯერი\nტელ: +995 32 2 45 67 89\n")
    body += q_gmail(p)
    eml = reply(p, addr("ნინო ბერიძე", "nino.beridze@samsheneblo-dacva.example"), "Fri, 13 Nov 2026 13:13:13 +0400",
                text(body, "utf-8", "base64"), prefix="Re: ")
    return K("samsheneblo-georgian-price", "confirmation/ka-GE",
             "Georgian-script reply (base64) with yearless '18 დეკემბერს' and a supplier-driven price rise on the knee pads.",
             [p], eml, exp("confirmation", "Line 1 as ordered (18 December = 2026-12-18). Line 2: 30 pairs on 2026-12-18 but 36,00 GEL instead of 34.00.",
                           conf(p, {2: C(p, 2, price="36.00")})))


@case
def c065():
    s = sup("ARMGAS", "Arm Gas Sarker LLC", "sales@armgas.example", "hy-AM")
    p = po("4500032066", s, [
        ln("NR-AM-200", "Nitrogen regulator 200 bar, 0-10 bar", 5, "EA", "68000", "2027-01-15"),
        ln("NR-AM-GAUGE", "Spare pressure gauge 0-315 bar", 10, "EA", "9500", "2027-01-15")],
        currency="AMD", issued="2026-11-13", buyer=B_JUN)
    body = ("Բարև Ձեզ,\n\nՍտացել ենք Ձեր 4500032066 պատվերը։ Գները և առաքման ժամկետները կհաստատենք վաղը՝\n"
            "մատակարարի հետ ճշտելուց հետո։\n\nՀարգանքով՝\nԱննա Սարգսյան\nՎաճառքի բաժին\nՀեռ.՝ +374 10 52 34 56\n")
    eml = reply(p, addr("Աննա Սարգսյան", "anna.sargsyan@armgas.example"), "Tue, 17 Nov 2026 17:02:12 +0400",
                text(body), prefix="Re: ")
    return K("armgas-confirm-tomorrow", "needs_review/hy-AM",
             "Armenian short reply: order received, prices and dates will be confirmed tomorrow after checking with the manufacturer.",
             [p], eml, exp("needs_review", "'կհաստատենք վաղը' = we will confirm tomorrow: a human answer that commits to nothing yet."))


@case
def c066():
    s = sup("KAUIP", "Kauipsizdik Zhuieleri LLP", "sales@kauipsizdik.example", "kk-KZ")
    p = po("4500032067", s, [
        ln("LT-KZ-PAD", "Safety padlock, red, keyed different", 40, "EA", "4850.00", "2026-12-18"),
        ln("LT-KZ-TAG", "Lockout tag, bilingual, 25 pcs/box", 20, "BOX", "3200.00", "2026-12-18"),
        ln("LT-KZ-STN", "Lockout station with 10 padlocks", 2, "EA", "45000.00", "2026-12-18")],
        currency="KZT", issued="2026-11-11", buyer=B_JUN)
    body = ("Құрметті Джун мырза,\n\n4500032067 нөмірлі тапсырысыңызды растаймыз:\n"
            "1. LT-KZ-PAD – 40 дана – 4 850,00 ₸ – жеткізу 18.12.2026\n"
            "2. LT-KZ-TAG – 20 қорап – 3 200,00 ₸ – жеткізу 18.12.2026\n"
            "3. LT-KZ-STN – 2 дана – 47 500,00 ₸ – жеткізу 15.01.2027\n\n"
            "Құрметпен,\nАйгерім Сапарова\nсату менеджері\nТел.: +7 727 250 12 34\n"
            "БСН 180340012345 | ЖСК KZ12 722S 0000 1234 5678\n")
    body += q_outlook(p, ("Кімнен", "Жіберілді", "Кімге", "Тақырып"), "11 қараша 2026 ж. 14:14")
    eml = reply(p, addr("Айгерім Сапарова", "a.saparova@kauipsizdik.example"), "Mon, 16 Nov 2026 15:25:50 +0500",
                text(body, "utf-8", "quoted-printable"))
    return K("kauipsizdik-kazakh-space-thousands", "confirmation/kk-KZ",
             "Kazakh Cyrillic with space thousands and decimal comma in tenge; the last line changes both price and date.",
             [p], eml, exp("confirmation", "Lines 1-2 as ordered. Line 3: 2 pcs at 47 500,00 ₸ (PO 45000.00) on 15.01.2027 (PO 18.12.2026) -> changed price and date.",
                           conf(p, {3: C(p, 3, price="47500.00", d="2027-01-15")})))


@case
def c067():
    s = sup("MALTIS", "Malta Industrial Supplies Ltd", "orders@maltaindustrial.example", "mt-MT")
    p = po("4500032068", s, [ln("UH-MT-7", "USB 3.0 hub 7 ports, powered", 10, "EA", "39.00", "2026-12-18")],
           issued="2026-11-13")
    body = ("Għażiż klijent,\n\nL-ordni tiegħek numru 4500028811 inbagħtet illum mill-maħżen tagħna f'Ħal Far.\n"
            "Numru tat-traċċar: MT2611190442\nKunsinna mistennija: 24/11/2026\n"
            "Kontenut: 6 x TW-MT-12 Torque wrench 1/2\", 2 x TW-MT-CAL Calibration certificate\n\n"
            "Grazzi tal-ordni.\n\n(Dear customer, your order 4500028811 was shipped today. Expected delivery 24/11/2026.)\n\n"
            "Malta Industrial Supplies Ltd | Tel. 2165 4321 | VAT MT 1234-5678\n")
    eml = msg([("From", addr("Malta Industrial Supplies - Despatch", "despatch@maltaindustrial.example")),
               ("To", "m.lindqvist@halvorsen-industrial.example"),
               ("Subject", hdr("Avviż ta' trasport / Shipping notice - Ordni 4500028811")),
               ("Date", "Thu, 19 Nov 2026 16:02:00 +0100"), ("Message-ID", mid("c067", "maltaindustrial.example"))],
              text(body, "iso-8859-3", "quoted-printable"))
    return K("maltaindustrial-shipping-other-order", "unrelated/mt-MT",
             "Maltese (ISO-8859-3) shipping notice for a different order of the same supplier, with a tracking number and a delivery date.",
             [p], eml, exp("unrelated", "Despatch notice for order 4500028811 (torque wrenches), not for the open PO 4500032068 (USB hubs)."))


@case
def c068():
    s = sup("PAENTC", "Paent Marcio Cymru Cyf", "archebion@paentcymru.example", "cy-GB")
    p = po("4500032069", s, [
        ln("MP-CY-WHT", "Line marking paint white, 750 ml", 60, "PC", "6.20", "2026-12-18"),
        ln("MP-CY-RED", "Line marking paint red, 750 ml", 24, "PC", "6.20", "2026-12-18"),
        ln("MP-CY-APPL", "Line marking applicator trolley", 2, "EA", "89.00", "2026-12-18")],
        currency="GBP", issued="2026-11-12")
    body = ("Annwyl Mara,\n\nDiolch am eich archeb 4500032069. Rydym yn cadarnhau:\n"
            "- Paent gwyn: 60 @ £6.20 - dosbarthu Dydd Gwener 18 Rhagfyr\n"
            "- Paent coch: 24 @ £6.20 - dosbarthu Dydd Gwener 18 Rhagfyr\n"
            "- Troli: dim ond 1 mewn stoc, felly 1 @ £89.00 ar 18 Rhagfyr; mae'r ail wedi'i ganslo.\n\n"
            "(English: all confirmed for Friday 18 December; applicator trolley - only 1 available, the second is cancelled.)\n\n"
            "Cofion,\nRhys Evans\nGwerthiant | Sales\n"
            "Paent Marcio Cymru Cyf | Ffôn/Tel 029 2048 1234 | Rhif Cwmni/Company No. 09876543\n")
    body += q_outlook(p, sent="12 November 2026 09:14")
    eml = reply(p, addr("Rhys Evans", "rhys.evans@paentcymru.example"), "Mon, 16 Nov 2026 09:59:01 +0000",
                text(body, "iso-8859-1"), prefix="Ateb: ")
    return K("paentcymru-welsh-one-trolley", "confirmation/cy-GB",
             "Welsh with an English gloss, lines named by colour, yearless 'Dydd Gwener 18 Rhagfyr', quantity cut on the trolley.",
             [p], eml, exp("confirmation", "White and red paint as ordered (Friday 18 December = 2026-12-18). Trolley: only 1 of 2, the second cancelled -> changed to quantity 1, same price and date.",
                           conf(p, {3: C(p, 3, q=1)})))


@case
def c069():
    s = sup("KEYGAS", "Keystone Gas Equipment Inc.", "orders@keystonegas.example", "en-US")
    p = po("4500032070", s, [
        ln("NR-US-580", "Nitrogen regulator CGA-580, 0-400 psi", 12, "EA", "164.00", "2026-12-11"),
        ln("NR-US-HP", "High-pressure nitrogen regulator, 0-1500 psi", 3, "EA", "529.00", "2026-12-11")],
        currency="USD", issued="2026-11-13", buyer=B_TOM)
    body = ("Tomás,\n\nGood morning. PO 4500032070 is confirmed at PO pricing. Everything ships 12/04 via FedEx Ground from our\n"
            "Allentown, PA warehouse and should deliver 12/08.\n\nThanks,\nKevin O'Brien\n"
            "Inside Sales | Keystone Gas Equipment Inc.\n1250 Industrial Blvd, Allentown, PA 18109\n"
            "P 610-555-0147 | F 610-555-0148 | Toll Free 1-800-555-0199\n")
    body += q_outlook(p, sent="Friday, November 13, 2026 3:14 AM")
    htm = t2h(body.split("\n\n________________________________")[0]) + q_outlook_html(p, sent="Friday, November 13, 2026 3:14 AM")
    eml = reply(p, addr("Kevin O'Brien", "kobrien@keystonegas.example"), "Tue, 17 Nov 2026 08:41:27 -0500",
                alt(body, htm, "windows-1252"), msgid=mid("c069", "", "outlook"))
    return K("keystone-ship-and-deliver-mmdd", "confirmation/en-US",
             "US month-first '12/04' ship and '12/08' delivery dates in one sentence; the delivery date wins.",
             [p], eml, exp("confirmation", "en-US month-first: ships Dec 4, delivers Dec 8; the delivery date wins -> 2026-12-08 for both lines (PO 2026-12-11), prices as ordered.",
                           conf(p, {1: C(p, 1, d="2026-12-08"), 2: C(p, 2, d="2026-12-08")})))


@case
def c070():
    s = sup("LSA", "Lëtzebuerger Sécherheetsartikelen S.à r.l.", "bestellung@lsa.example", "lb-LU")
    p = po("4500032071", s, [ln("RV-LU-YEL", "Reflective vest yellow, class 2", 80, "EA", "3.90", "2026-12-18")],
           issued="2026-11-19")
    expl = ("The original message was received at Thu, 19 Nov 2026 09:14:06 +0100\n"
            "from mailer.halvorsen-industrial.example [198.51.100.21]\n\n"
            "   ----- The following addresses had permanent fatal errors -----\n<bestellung@lsa.example>\n"
            "    (reason: 550 5.7.1 Message rejected as spam by Content Filtering)\n\n"
            "   ----- Transcript of session follows -----\n... while talking to mx01.lsa.example.:\n>>> DATA\n"
            "<<< 550 5.7.1 Message rejected as spam by Content Filtering\n554 5.0.0 Service unavailable\n")
    r = our_request(p, "Thu, 19 Nov 2026 09:14:05 +0100")
    body = multi("report", text(expl, "us-ascii", "7bit"),
                 dsn("relay.halvorsen-industrial.example", "bestellung@lsa.example", "failed", "5.7.1",
                     "550 5.7.1 Message rejected as spam by Content Filtering", remote="mx01.lsa.example",
                     arrival="Thu, 19 Nov 2026 09:14:06 +0100", extra="Received-From-MTA: DNS; mailer.halvorsen-industrial.example\n"),
                 b"Content-Type: text/rfc822-headers\n\n" + r.split(b"\n\n", 1)[0] + b"\n", extra=" report-type=delivery-status;")
    eml = msg([("From", "Mail Delivery Subsystem <MAILER-DAEMON@relay.halvorsen-industrial.example>"),
               ("To", "<m.lindqvist@halvorsen-industrial.example>"),
               ("Subject", "Returned mail: see transcript for details"), ("Date", "Thu, 19 Nov 2026 09:14:09 +0100"),
               ("Message-ID", "<202611190814.4AJ8E9wQ017722@relay.halvorsen-industrial.example>"),
               ("Auto-Submitted", "auto-generated (failure)")], body)
    return K("lsa-sendmail-spam-reject", "bounce/lb-LU",
             "Sendmail 'Returned mail: see transcript for details' with an SMTP transcript: our PO mail was rejected as spam.",
             [p], eml, exp("bounce", "Sendmail DSN, 550 5.7.1 rejected as spam; only our returned headers, no answer from the supplier."))
