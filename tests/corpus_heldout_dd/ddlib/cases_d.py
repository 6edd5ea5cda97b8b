from .common import (A, R, U, L, XLSX, case, ch, conf, dsn, exp, html_doc, kw, mail, pdf, po, q_gt, q_html,
                     q_outlook, raw, sup, hdate, req_subject, req_date, request_text, po_table, xlsx)


@case("serbian-cyrillic-per-kg", "Serbian Cyrillic reply: twine priced per kg at a new price, sacks as ordered, date '21. децембра' without year.")
def _(n):
    s = sup("JUTASRB", "Јута Бачка д.о.о.", "prodaja@jutabacka.example", "sr-RS")
    p = po("4500034001", s, "2026-11-05", "EUR", [
        L("JT-TWINE-3", "Jute twine 3-ply for sack closing", 150, "KG", "4.80", "2026-12-18"),
        L("JS-30KG", "Jute sack 30 kg, 60x90 cm", 1200, "EA", "0.72", "2026-12-18")])
    t = ("Поштована госпођо Окафор,\n\nпотврђујемо поруџбину 4500034001:\n1. канап од јуте: 150 кг, нова цена 5,10 €/кг, испорука 21. децембра\n"
         "2. џакови 30 кг: 1.200 ком по 0,72 €, испорука 18.12.2026.\n\nСрдачан поздрав,\nМилан Јовановић\nЈута Бачка д.о.о., ПИБ 101234567, тел. 021 123 456\n")
    return [p], mail(n, p, "Milan Jovanović <prodaja@jutabacka.example>", "2026-11-09 09:55 +0100", subject="RE: " + req_subject(p), text=t, cte="base64"), \
        exp("confirmation", "Line 1: 5,10 €/kg (PO unit KG) = 5.10 and '21. децембра' = 2026-12-21. Line 2: '1.200' = 1200 as ordered.",
            conf(p, {1: ch(150, "5.10", "2026-12-21"), 2: A}))


@case("macedonian-ooo", "Macedonian out-of-office auto-reply with return date and a colleague's phone number.")
def _(n):
    s = sup("KERAMIKMK", "Керамик Изолатори ДООЕЛ", "prodazba@keramik-izolatori.example", "mk-MK")
    p = po("4500034002", s, "2026-11-12", "EUR", [
        L("CI-POST-24", "Ceramic post insulator 24 kV", 100, "EA", "14.20", "2027-01-20")])
    t = ("Почитувани,\n\nОтсутен сум од канцеларија до 20.11.2026. За итни прашања контактирајте ја колешката Ана Стојанова на 02 3123 456.\n\nСо почит,\nДарко Николовски\n")
    return [p], mail(n, p, "Darko Nikolovski <prodazba@keramik-izolatori.example>", "2026-11-12 09:13 +0100", subject="Автоматски одговор: " + req_subject(p),
                     text=t, headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")]), \
        exp("auto_reply", "Out-of-office in Macedonian.")


@case("albanian-confirm-tomorrow", "Albanian reply: 'we received the order, we will confirm tomorrow after checking stock' - no commitment.")
def _(n):
    s = sup("KAPESE", "Kapëse Shpk", "shitje@kapese.example", "sq-AL")
    p = po("4500034003", s, "2026-11-11", "EUR", [
        L("DH-LTH-M", "Dog harness leather, M", 40, "EA", "18.00", "2027-01-15"),
        L("DH-LTH-L", "Dog harness leather, L", 40, "EA", "19.50", "2027-01-15")])
    t = ("Përshëndetje Lena,\n\nFaleminderit për porosinë 4500034003. E kemi marrë dhe po kontrollojmë magazinën; do t'ju konfirmojmë nesër sasitë dhe datat.\n\n"
         "Me respekt,\nErion Hoxha\nKapëse Shpk | NIPT L12345678A | +355 4 223 4567\n" + q_gt(p))
    return [p], mail(n, p, "Erion Hoxha <shitje@kapese.example>", "2026-11-12 10:40 +0100", subject="Re: " + req_subject(p), text=t), \
        exp("needs_review", "Only a promise to confirm tomorrow; nothing committed.")


@case("georgian-all-accepted", "Georgian-script reply confirming all three lines as ordered, with an HTML alternative.")
def _(n):
    s = sup("KALAMI", "შპს კალამი", "sales@kalami.example", "ka-GE")
    p = po("4500034004", s, "2026-11-06", "USD", [
        L("QP-SWAN-W", "Quill pen swan feather, white", 50, "EA", "8.40", "2027-01-15"),
        L("QP-HOLDER", "Quill pen holder, walnut", 50, "EA", "5.10", "2027-01-15"),
        L("QP-INK-SEP", "Sepia ink 30 ml", 100, "EA", "2.90", "2027-01-15")])
    t = ("ქალბატონო ლენა,\n\nგიდასტურებთ შეკვეთას 4500034004 სრულად: სამივე პოზიცია, რაოდენობა და ფასი შეკვეთის მიხედვით, მიწოდება 15.01.2027.\n\n"
         "პატივისცემით,\nნინო ბერიძე\nშპს კალამი | +995 32 212 34 56\n")
    h = html_doc("<p>ქალბატონო ლენა,</p><p>გიდასტურებთ შეკვეთას <b>4500034004</b> სრულად: სამივე პოზიცია, რაოდენობა და ფასი შეკვეთის მიხედვით, მიწოდება 15.01.2027.</p>"
                 "<p>პატივისცემით,<br>ნინო ბერიძე<br>შპს კალამი | +995 32 212 34 56</p>")
    return [p], mail(n, p, "Nino Beridze <sales@kalami.example>", "2026-11-10 12:12 +0400", subject="RE: " + req_subject(p), text=t, html=h, cte="base64"), \
        exp("confirmation", "All three lines confirmed as ordered (15.01.2027 = requested).", conf(p, {1: A, 2: A, 3: A}))


@case("armenian-price-increase-letter", "Armenian/English circular announcing 2027 price increases, new thread, not an answer to the PO.")
def _(n):
    s = sup("ARARATFELT", "Ararat Felt LLC", "info@araratfelt.example", "hy-AM")
    p = po("4500034005", s, "2026-11-09", "USD", [
        L("FH-WOOL-GR", "Felt hat wool, grey", 100, "EA", "16.00", "2027-01-29")])
    t = ("Հարգելի գործընկեր,\n\nDear valued customer,\n\nDue to rising wool and energy costs, our prices will increase by 6% for all orders placed from "
         "1 January 2027. Orders placed before 31.12.2026 will be invoiced at current prices.\n\nՀարգանքով,\nAnna Hakobyan\nAdministration, Ararat Felt LLC, Yerevan | +374 10 123456\n")
    return [p], mail(n, p, "Ararat Felt LLC <info@araratfelt.example>", "2026-11-17 10:00 +0400", thread=False,
                     subject="Price adjustment 2027 / Գնային փոփոխություն 2027", text=t), \
        exp("unrelated", "A general price-increase circular for orders placed from 2027; our PO was placed in November, and the letter does not answer it.")


@case("azerbaijan-exim-plain", "Exim 'Mail delivery failed' plain-text bounce (no multipart/report) for an Azerbaijani supplier.")
def _(n):
    s = sup("TORSAN", "Torsan MMC", "satish@torsan.example", "az-AZ")
    p = po("4500034006", s, "2026-11-10", "USD", [
        L("NF-FOAM-70", "Net float foam 70 mm", 2000, "EA", "0.31", "2026-12-21")])
    return [p], raw(f"""
Return-path: <>
From: Mail Delivery System <Mailer-Daemon@mail.brightmoor.example>
To: lena.okafor@brightmoor.example
Subject: Mail delivery failed: returning message to sender
Date: {hdate("2026-11-10 09:14 +0100")}
Message-ID: <E1vKx7Q-0004Zb-2n@mail.brightmoor.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  satish@torsan.example
    host mx.torsan.example [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<satish@torsan.example>:
    550 No such user here

------ This is a copy of the message, including all the headers. ------

From: Lena Okafor <lena.okafor@brightmoor.example>
To: satish@torsan.example
Subject: {req_subject(p)}
Date: {req_date(p)}
Message-ID: {p['request_message_id']}

{request_text(p)}
"""), exp("bounce", "Exim plain-text bounce containing a full copy of our PO request (which must not be read as a reply).")


@case("kazakh-pack-of-20", "Kazakh reply rounding quantity to packs of 20 (150 -> 160) and giving the date as '18 желтоқсан'.")
def _(n):
    s = sup("KAZKOLGAP", "Қазқолғап ЖШС", "sales@kazkolgap.example", "kk-KZ")
    p = po("4500034007", s, "2026-11-09", "EUR", [
        L("OG-FELT-KZ", "Oven glove wool felt", 150, "PR", "5.60", "2026-12-18")])
    t = ("Құрметті Лена ханым,\n\n4500034007 тапсырысыңызды растаймыз. Қолғаптар қаптамада 20 жұптан, сондықтан 160 жұп жібереміз, бағасы 5,60 EUR, "
         "жеткізу 18 желтоқсан.\n\nҚұрметпен,\nАйгүл Серікова\nҚазқолғап ЖШС, БСН 123456789012, +7 727 123 45 67\n" + q_gt(p))
    return [p], mail(n, p, "Aigul Serikova <sales@kazkolgap.example>", "2026-11-11 15:00 +0500", subject="Re: " + req_subject(p), text=t), \
        exp("confirmation", "Quantity rounded to packs of 20: 160 pairs, same price; 18 желтоқсан (December) = 2026-12-18 as requested.",
            conf(p, {1: ch(160, "5.60", "2026-12-18")}))


@case("mongolian-felt-pending", "Mongolian reply: cannot confirm the date until raw felt arrives 'around the end of the month' - no commitment.")
def _(n):
    s = sup("ESGII", "Эсгий Урлал ХХК", "borluulalt@esgii.example", "mn-MN")
    p = po("4500034008", s, "2026-11-10", "USD", [
        L("FH-MGL-TRD", "Felt hat Mongolian traditional", 60, "EA", "22.00", "2027-01-22"),
        L("FH-MGL-KID", "Felt hat children", 40, "EA", "12.50", "2027-01-22")])
    t = ("Сайн байна уу Лена,\n\n4500034008 захиалгыг хүлээн авлаа. Эсгий түүхий эд сарын сүүлээр ирэх тул хүргэх огноог одоогоор баталж чадахгүй байна. "
         "Түүхий эд ирмэгц тоо ширхэг, огноог баталгаажуулна.\n\nХүндэтгэсэн,\nБат-Эрдэнэ\nЭсгий Урлал ХХК | +976 7011 2233\n" + q_gt(p))
    return [p], mail(n, p, "Bat-Erdene <borluulalt@esgii.example>", "2026-11-13 11:30 +0800", subject="Re: " + req_subject(p), text=t), \
        exp("needs_review", "Order received but quantities and dates will only be confirmed when raw felt arrives: no commitment.")


@case("bangladesh-etd-eta", "Bangladeshi export reply with ETD Chattogram and ETA Rotterdam (dd-mm-yyyy); ETA wins; PI with many numbers.")
def _(n):
    s = sup("GOLDENFIBRE", "Golden Fibre Jute Mills Ltd.", "export@goldenfibre.example", "bn-BD")
    p = po("4500034009", s, "2026-11-03", "USD", [
        L("JS-B-TWILL", "Jute B-twill sack 50 kg", 10000, "EA", "0.79", "2027-01-29"),
        L("JS-HESS-10", "Hessian cloth 10 oz, 40 in", 2000, "M", "0.95", "2027-01-29")])
    t = ("Dear Madam,\n\nAssalamu Alaikum and greetings from Golden Fibre!\n\nWe are pleased to confirm your PO No. 4500034009 as per our Proforma Invoice "
         "GFJ/PI/2026/1187 (copy below):\n\n10,000 pcs B-twill sacks @ USD 0.79 and 2,000 m hessian cloth @ USD 0.95, FOB Chattogram + freight prepaid.\n"
         "Both items will be shipped in one 20' container: ETD Chattogram 05-01-2027, ETA Rotterdam 08-02-2027.\n\n"
         "Bank: Sonali Bank Ltd, A/C 0123456789012, SWIFT BSONBDDH. BIN 000123456-0101.\n\nBest regards,\nMd. Kamrul Hasan\nManager (Export)\n"
         "Golden Fibre Jute Mills Ltd. | +880 1711 123456\n" + q_outlook(p))
    return [p], mail(n, p, "Kamrul Hasan <export@goldenfibre.example>", "2026-11-05 13:10 +0600", subject="RE: " + req_subject(p), text=t), \
        exp("confirmation", "Quantities and prices as ordered; the delivery date is the ETA Rotterdam 08-02-2027 (day-first), which wins over the ETD, so both lines changed to 2027-02-08.",
            conf(p, {1: ch(10000, "0.79", "2027-02-08"), 2: ch(2000, "0.95", "2027-02-08")}))


@case("exchange-online-ndr-pk", "Exchange Online NDR (5.1.10 recipient not found) for a Pakistani supplier, with HTML human part.")
def _(n):
    s = sup("SIALKOTLT", "Sialkot Leather Tools (Pvt) Ltd", "orders@sialkotleathertools.example", "ur-PK")
    p = po("4500034010", s, "2026-11-11", "USD", [
        L("LP-SADDLE-6", "Saddler's hole punch set, 6 pcs", 30, "SET", "21.00", "2027-01-15"),
        L("LP-CREASE", "Leather creaser, brass", 30, "EA", "7.40", "2027-01-15")])
    human = ("Your message to orders@sialkotleathertools.example couldn't be delivered.\n\norders wasn't found at sialkotleathertools.example.\n\n"
             "Lena.Okafor   Office 365   orders\nAction Required   Recipient\n\nUnknown To address\n\nHow to Fix It\n"
             "The address may be misspelled or may not exist. Try one or more of the following: ...\n\n"
             "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'")
    return [p], dsn(n, p, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@brightmoor.example>", "2026-11-11 09:13 +0100",
                    "Undeliverable: " + req_subject(p), human, s["email"], "5.1.10",
                    "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup", "AM0PR10MB1234.eurprd10.prod.outlook.example"), \
        exp("bounce", "Exchange Online non-delivery report: recipient not found.")


@case("nepal-sample-first", "Nepali reply: will send a pre-production sample for approval; production and dates only after approval.")
def _(n):
    s = sup("HIMALFELT", "हिमाल फेल्ट उद्योग प्रा. लि.", "export@himalfelt.example", "ne-NP")
    p = po("4500034011", s, "2026-11-09", "USD", [
        L("FH-NP-MULTI", "Felt hat handmade, multicolour", 200, "EA", "9.50", "2027-02-05")])
    t = ("नमस्ते लेना जी,\n\nतपाईंको अर्डर 4500034011 प्राप्त भयो, धन्यवाद। उत्पादन सुरु गर्नुअघि हामी एउटा नमुना (sample) पठाउँछौं; "
         "तपाईंको स्वीकृति पछि मात्र मिति र परिमाण पुष्टि गर्नेछौं।\n\nधन्यवाद,\nसुनिता श्रेष्ठ\nहिमाल फेल्ट उद्योग, काठमाडौं | +977 1 4412345\n" + q_gt(p))
    return [p], mail(n, p, "Sunita Shrestha <export@himalfelt.example>", "2026-11-12 12:15 +0545", subject="Re: " + req_subject(p), text=t), \
        exp("needs_review", "Sample first, dates and quantities confirmed only after approval: nothing committed.")


@case("srilanka-ticket-ack", "Sri Lankan helpdesk automatic acknowledgement with a ticket number and SLA hours.")
def _(n):
    s = sup("LANKARUB", "Lanka Rubber Stamps & Seals (Pvt) Ltd", "orders@lankarubber.example", "si-LK")
    p = po("4500034012", s, "2026-11-12", "USD", [
        L("RS-SEAL-40", "Round rubber seal 40 mm", 100, "EA", "2.70", "2026-12-15")])
    t = ("ආයුබෝවන් / Thank you for contacting Lanka Rubber Stamps.\n\nThis is an automated acknowledgement. Your request has been logged as ticket #LRS-2026-11-04871. "
         "Our customer service team will respond within 48 working hours (Mon-Fri 8.30-17.00 IST).\n\nPlease do not reply to this e-mail.\n")
    return [p], mail(n, p, "Lanka Rubber Support <support@lankarubber.example>", "2026-11-12 13:44 +0530", subject="[Ticket #LRS-2026-11-04871] " + req_subject(p),
                     text=t, headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]), \
        exp("auto_reply", "Automatic ticket acknowledgement; it neither confirms nor asks anything.")


@case("afrikaans-inline-outlook", "Afrikaans answers typed into our Outlook-quoted request (no '> ' markers, capitals after each row); line 3 rejected.")
def _(n):
    s = sup("KLAMPIE", "Klampie Gereedskap (Edms) Bpk", "bestellings@klampie.example", "af-ZA")
    p = po("4500034013", s, "2026-11-10", "USD", [
        L("EC-SPRING", "Easel spring clamp, 75 mm", 300, "EA", "0.90", "2026-12-21"),
        L("EC-C-100", "Easel C-clamp, 100 mm", 100, "EA", "2.40", "2026-12-21"),
        L("EC-C-150", "Easel C-clamp, 150 mm", 100, "EA", "3.10", "2026-12-21")])
    rows = po_table(p).splitlines()
    b = p["buyer"]
    t = ("Goeie dag Lena\n\nSien my antwoorde in HOOFLETTERS hieronder.\n\nGroete\nPieter van der Merwe\nKlampie Gereedskap | 021 555 0134\n\n"
         f"From: {b['name']} <{b['email']}>\nSent: {req_date(p)}\nTo: {s['email']}\nSubject: {req_subject(p)}\n\n"
         "Dear Klampie Gereedskap (Edms) Bpk team,\n\nplease find our purchase order 4500034013 below.\n\n"
         f"{rows[0]}\n{rows[1]}\nBEVESTIG - OK\n{rows[2]}\nBEVESTIG, MAAR AFLEWERING EERS 11/01/2027\n{rows[3]}\nNIE MEER BESKIKBAAR NIE - JAMMER\n\n"
         "Kind regards\nLena Okafor\n")
    return [p], mail(n, p, "Pieter van der Merwe <bestellings@klampie.example>", "2026-11-12 08:30 +0200", subject="RE: " + req_subject(p), text=t), \
        exp("confirmation", "Answers written in capitals under each quoted row: line 1 OK, line 2 delivery 11/01/2027 (day-first), line 3 no longer available = rejected.",
            conf(p, {1: A, 2: ch(100, "2.40", "2027-01-11"), 3: R}))


@case("amharic-forwarded-to-production", "Amharic/English reply: order received and forwarded to the production manager, no quantities or dates.")
def _(n):
    s = sup("MARTEMA", "Mar Tema Beekeeping Equipment PLC", "sales@martema.example", "am-ET")
    p = po("4500034014", s, "2026-11-10", "USD", [
        L("BS-ETH-STD", "Bee smoker standard, tin", 100, "EA", "7.90", "2027-01-29")])
    t = ("ሰላም ሌና,\n\nትዕዛዝዎ ደርሶናል፤ እናመሰግናለን። Your order 4500034014 has been received and forwarded to our production manager. "
         "He will get back to you on the delivery schedule.\n\nከሰላምታ ጋር,\nዮሐንስ ታደሰ / Yohannes Tadesse\nMar Tema PLC, Addis Ababa | +251 11 123 4567\n" + q_gt(p))
    return [p], mail(n, p, "Yohannes Tadesse <sales@martema.example>", "2026-11-13 10:05 +0300", subject="Re: " + req_subject(p), text=t), \
        exp("needs_review", "A human receipt only (order received, forwarded); no commitment.")


@case("nigeria-invoice-other-po", "Nigerian supplier e-mails an invoice PDF for an earlier, different PO; Yoruba greeting; not an answer.")
def _(n):
    s = sup("OGUNSCOOP", "Ogun Agro Implements Ltd", "accounts@ogunagro.example", "yo-NG")
    p = po("4500034015", s, "2026-11-10", "USD", [
        L("GS-WOOD-2L", "Grain scoop wooden handle 2 L", 300, "EA", "3.60", "2027-01-22")])
    doc = pdf(["OGUN AGRO IMPLEMENTS LTD  -  Abeokuta, Ogun State  -  RC 123456  TIN 01234567-0001",
               "COMMERCIAL INVOICE  OAI/INV/2026/0912   Date: 16/11/2026",
               "Customer PO: 4500027711",
               "GS-WOOD-1L  Grain scoop wooden handle 1 L   400 pcs  x USD 2.90  = USD 1,160.00",
               "Total due: USD 1,160.00   Payment: 30 days from invoice date",
               "Bank: Zenith Bank Plc  Acct 1012345678  SWIFT ZEIBNGLA"])
    t = ("E kaaro Ma,\n\nPlease find attached our invoice OAI/INV/2026/0912 for your PO 4500027711 delivered last month. Kindly arrange payment as per terms.\n\n"
         "Thank you.\nAdebayo Ogunleye\nAccounts Dept, Ogun Agro Implements Ltd | 0803 123 4567\n")
    return [p], mail(n, p, "Adebayo Ogunleye <accounts@ogunagro.example>", "2026-11-16 11:00 +0100", thread=False,
                     subject="Invoice OAI/INV/2026/0912 - PO 4500027711", text=t,
                     attachments=[("OAI_INV_2026_0912.pdf", "application/pdf", doc)]), \
        exp("unrelated", "An invoice for another, already delivered PO (4500027711); PO 4500034015 is not answered.")


@case("french-erp-csv-semaine", "French ERP 'Accusé de réception de commande' with a CSV attachment (semicolon, decimal comma) and 'semaine 2' in the body.")
def _(n):
    s = sup("ISOLCERAM", "Isolcéram SAS", "adv@isolceram.example", "fr-FR")
    p = po("4500034016", s, "2026-11-09", "EUR", [
        L("CI-BOB-30", "Isolateur bobine céramique 30 mm", 1000, "EA", "0.48", "2027-01-08"),
        L("CI-PASS-20", "Passe-fil céramique 20 mm", 500, "EA", "0.36", "2027-01-08"),
        L("CI-CLOT-E", "Isolateur de clôture électrique", 2000, "EA", "0.22", "2027-01-08")])
    csv = ("N° commande client;Ligne;Article;Désignation;Quantité;Unité;Prix unitaire HT;Devise;Date de livraison confirmée\n"
           "4500034016;1;CI-BOB-30;Isolateur bobine 30 mm;1000;U;0,48;EUR;08/01/2027\n"
           "4500034016;2;CI-PASS-20;Passe-fil 20 mm;500;U;0,36;EUR;15/01/2027\n"
           "4500034016;3;CI-CLOT-E;Isolateur clôture;2000;U;0,24;EUR;08/01/2027\n")
    t = ("Madame, Monsieur,\n\nVeuillez trouver ci-joint l'accusé de réception de votre commande 4500034016 (notre réf. ARC-26-04412).\n"
         "Ligne 2 : livraison semaine 2. Ligne 3 : nouveau tarif 2027 appliqué.\n\n"
         "Ce message est généré automatiquement, merci de ne pas y répondre. Pour toute question : adv@isolceram.example - 04 72 12 34 56.\n"
         "Isolcéram SAS - RCS Lyon 123 456 789 - capital 500 000 €\n")
    return [p], mail(n, p, "Isolceram ADV <noreply@isolceram.example>", "2026-11-10 05:30 +0100", thread=False,
                     subject="Accusé de réception de commande ARC-26-04412 - votre commande 4500034016", text=t, charset="iso-8859-15", cte="quoted-printable",
                     attachments=[("ARC-26-04412.csv", "text/csv", csv)]), \
        exp("confirmation", "ERP acknowledgement = confirmation. CSV: line 1 as ordered; line 2 on 15/01/2027 (= Friday of week 2); line 3 new price 0,24 instead of 0.22.",
            conf(p, {1: A, 2: ch(500, "0.36", "2027-01-15"), 3: ch(2000, "0.24", "2027-01-08")}))
