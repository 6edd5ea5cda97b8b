from .common import *


@case("html-blockquote-despacho-es-co", "confirmation", "es-CO",
      "Colombian HTML reply over a blockquoted request: only a dispatch ('despacho') date is given, and one line's quantity is cut to stock.")
def c():
    s = sup("RUEDASCOL", "Ruedas y Rodachinas de Colombia S.A.S.", "ventas@rodachinas.example", "es-CO")
    p = po("4500031905", s, "rp", "USD", "2026-11-17", [
        ("TW-150-RB-S", "Trolley wheel 150 mm rubber, swivel", 64, "EA", "6.80", "2026-12-14"),
        ("TW-150-RB-F", "Trolley wheel 150 mm rubber, fixed", 64, "EA", "5.90", "2026-12-14"),
        ("TW-200-PN", "Trolley wheel 200 mm pneumatic", 20, "EA", "12.40", "2026-12-14")])
    top = ("<p>Buenas tardes Rahul,</p><p>Confirmamos su orden 4500031905 así:</p><ul>"
           "<li>Rodachina 150 mm giratoria: 64 und a USD 6,80</li><li>Rodachina 150 mm fija: 64 und a USD 5,90</li>"
           "<li>Rueda neumática 200 mm: solo tenemos 12 und en inventario, despachamos esas 12 a USD 12,40; las 8 restantes no las vamos a traer.</li></ul>"
           "<p>Despacho de todo el pedido el 9 de diciembre desde Medellín.</p><p>Cordialmente,<br>Carolina Restrepo<br>Asesora comercial<br>"
           "Ruedas y Rodachinas de Colombia S.A.S. · NIT 900.123.456-7 · Cel. 310 555 2299</p>")
    h_ = ("<html><body>" + top + "<div class=\"gmail_quote\"><div>El mar, 17 nov 2026 a las 3:30, Rahul Pillai &lt;rahul.pillai@halvard-supply.example&gt; escribió:</div>"
          "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
          + request_html_table(p) + "</blockquote></div></body></html>")
    eml = message(reply_headers(p, "Carolina Restrepo", "carolina.restrepo@rodachinas.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-18", "15:10:00", "-0500"), "<CAOr0dach1nas31905@mail.gmail.example>"),
                  html(h_, cte="quoted-printable"))
    e = expected("confirmation", "Only a dispatch date is given (9 de diciembre -> 2026-12-09), so it is the date for all lines (earlier than 2026-12-14 -> changed). Line 3: only 12 of 20, rest not supplied -> quantity 12.",
                 [conf(p, {1: chg(p, 1, date="2026-12-09"), 2: chg(p, 2, date="2026-12-09"), 3: chg(p, 3, quantity=12, date="2026-12-09")})])
    return [p], eml, e


@case("price-increase-letter-es-cl", "unrelated", "es-CL",
      "Chilean general price-increase circular (+6 % from 1 January 2027) sent as a new thread with a PDF; not an answer to the open PO.")
def c():
    s = sup("ESCALCHILE", "Escalas y Pisos Chile SpA", "ventas@escalaschile.example", "es-CL")
    p = po("4500031912", s, "tj", "USD", "2026-11-18", [
        ("SS-1T-PL", "Step stool 1-tread plastic, anti-slip", 60, "EA", "7.90", "2027-01-22")])
    letter = pdf(["ESCALAS Y PISOS CHILE SpA", "Santiago, 19 de noviembre de 2026", "", "Estimado cliente:",
                  "Informamos que a partir del 1 de enero de 2027 nuestra lista de precios", "tendra un reajuste general de 6%.",
                  "Los pedidos confirmados antes del 31/12/2026 mantienen sus precios.", "", "Atentamente, Gerencia Comercial"])
    body = ("Estimados clientes:\n\nAdjuntamos carta informando el reajuste de precios de 6% que regirá a partir del 1 de enero de 2027. "
            "Las órdenes confirmadas hasta el 31 de diciembre mantienen sus precios vigentes.\n\nSaludos cordiales,\nGerencia Comercial\n"
            "Escalas y Pisos Chile SpA · Av. Américo Vespucio 1500, Quilicura · +56 2 2555 4100\n")
    eml = message([("From", addr("Gerencia Comercial Escalas Chile", "comercial@escalaschile.example")),
                   ("To", "undisclosed-recipients:;"), ("Subject", hdr("Reajuste de precios 2027")),
                   ("Date", rfcdate("2026-11-19", "09:00:00", "-0300")), ("Message-ID", "<circular-2027-precios@escalaschile.example>")],
                  multi("mixed", [text(body), attachment("Carta_reajuste_2027.pdf", "application/pdf", letter)], "b1_circular2027"))
    e = expected("unrelated", "A general price-increase letter to all customers (undisclosed recipients, new thread); it does not mention PO 4500031912 or commit to anything about it.")
    return [p], eml, e


@case("one-of-two-pos-en-sg", "confirmation", "en-SG",
      "Singapore reply confirming one PO and only saying the other 'will revert separately'; the second PO must be left out.")
def c():
    s = sup("LIONGRIP", "Lion Grip Hardware Pte Ltd", "sales@liongrip.example", "en-SG")
    p1 = po("4500031920", s, "rp", "SGD", "2026-11-16", [
        ("KB-SS-M8", "Carabiner stainless M8 quick link", 500, "EA", "1.20", "2026-12-09"),
        ("KB-SS-M10", "Carabiner stainless M10 quick link", 300, "EA", "1.65", "2026-12-09")])
    p2 = po("4500031921", s, "rp", "SGD", "2026-11-16", [
        ("RP-SS-30", "Rope pulley stainless 30 mm", 100, "EA", "4.80", "2026-12-09")])
    body = ("Hi Rahul,\n\nFor PO 4500031920 can confirm both items, qty and price follow PO. Delivery 9 Dec ok.\n"
            "For PO 4500031921 the pulley still checking with our supplier, will revert separately.\n\nThanks & regards\n"
            "Jasmine Tan\nLion Grip Hardware Pte Ltd\n10 Ubi Crescent #03-21, Singapore 408564\nDID: +65 6555 1023 | HP: +65 9555 7781 | UEN 201512345K\n")
    eml = message(reply_headers(p1, "Jasmine Tan", "jasmine@liongrip.example", "RE: " + req_subject(p1),
                                rfcdate("2026-11-17", "17:45:00", "+0800"), "<SG2PR04MB3212@liongrip.example>"),
                  text(body, cte="7bit"))
    e = expected("confirmation", "PO 4500031920 confirmed as ordered (9 Dec = 2026-12-09). PO 4500031921 is only mentioned ('will revert separately'), not answered, so it is left out of confirmations.",
                 [conf(p1, {1: acc(p1, 1), 2: acc(p1, 2)})])
    return [p1, p2], eml, e


@case("lakh-grouping-ta-in", "confirmation", "ta-IN",
      "Tamil/English reply with Indian lakh grouping in totals ('₹1,25,400') and a revised unit price on one caliper line.")
def c():
    s = sup("KOVAIMEAS", "Kovai Measuring Tools", "sales@kovaimeasure.example", "ta-IN")
    p = po("4500031934", s, "rp", "INR", "2026-11-16", [
        ("DC-150-SS", "Digital caliper 150 mm stainless", 60, "EA", "2090.00", "2026-12-18"),
        ("DC-DEPTH-200", "Digital depth gauge 200 mm", 20, "EA", "2650.00", "2026-12-18")])
    body = ("வணக்கம் Rahul sir,\n\nஉங்கள் PO 4500031934 பெற்றுக்கொண்டோம். உறுதிப்படுத்துகிறோம்:\n\n"
            "1) DC-150-SS – 60 nos @ ₹2,090.00 = ₹1,25,400.00 – delivery 18-12-2026\n"
            "2) DC-DEPTH-200 – 20 nos @ ₹2,780.00 (புதிய விலை, import duty உயர்வு) = ₹55,600.00 – delivery 18-12-2026\n\n"
            "மொத்தம் ₹1,81,000.00 + GST 18%\n\nநன்றி,\nS. Karthikeyan\nKovai Measuring Tools, Coimbatore 641 021\nPh: 0422 255 5123 | GSTIN 33AAFFK1234L1Z2\n")
    eml = message(reply_headers(p, "S. Karthikeyan", "karthik@kovaimeasure.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-17", "11:30:00", "+0530"), "<CAG4kovai31934m@mail.gmail.example>"),
                  text(body, cte="base64"))
    e = expected("confirmation", "Line 1 accepted (₹2,090.00; the lakh-grouped total 1,25,400 is just 60 x 2090). Line 2 new price 2,780.00 vs 2650.00 -> changed. Date 18-12-2026 as requested.",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, unit_price="2780.00")})])
    return [p], eml, e


@case("advance-lc-question-bn-bd", "needs_review", "bn-BD",
      "Bengali reply asking whether we will pay 50 % advance or open an LC, with delivery given only as 'after advance'.")
def c():
    s = sup("DHAKAGLOVE", "Dhaka Safety Gloves Ltd.", "export@dhakagloves.example", "bn-BD")
    p = po("4500031940", s, "as", "USD", "2026-11-18", [
        ("VG-IND-100", "Vinyl gloves industrial, 100/box", 1200, "BOX", "2.95", "2027-01-29")])
    body = ("প্রিয় Anika,\n\nআপনার PO 4500031940 পেয়েছি, ধন্যবাদ। অর্ডার কনফার্ম করার আগে জানতে চাই: আপনারা কি ৫০% অগ্রিম পেমেন্ট করবেন, নাকি LC খুলবেন? "
            "পেমেন্ট পদ্ধতি নিশ্চিত হলে আমরা শিপমেন্টের তারিখসহ প্রফর্মা ইনভয়েস পাঠাব। সাধারণত অগ্রিম পাওয়ার ৪ সপ্তাহ পর শিপমেন্ট হয়।\n\n"
            "শুভেচ্ছান্তে,\nমোঃ রফিকুল ইসলাম\nএক্সপোর্ট ম্যানেজার, Dhaka Safety Gloves Ltd.\nফোন: +৮৮০ ১৭১১ ৫৫৫১২৩\n")
    eml = message(reply_headers(p, "Md. Rafiqul Islam", "rafiq@dhakagloves.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-19", "16:00:00", "+0600"), "<CABd1haka31940r@mail.gmail.example>"),
                  text(body, cte="base64"))
    e = expected("needs_review", "Payment-terms question before confirming; shipment is only 'usually 4 weeks after advance', which depends on an unknown payment date, so nothing is committed.")
    return [p], eml, e


@case("urdu-english-ur-pk", "confirmation", "ur-PK",
      "Urdu/English mixed reply confirming carabiners with one line delivered earlier and a rejected line the factory no longer makes.")
def c():
    s = sup("SIALKOTHW", "Sialkot Hardware Works", "info@sialkothw.example", "ur-PK")
    p = po("4500031951", s, "tj", "USD", "2026-11-17", [
        ("KB-FORGE-10", "Forged steel carabiner 10 mm", 400, "EA", "0.88", "2027-01-15"),
        ("KB-FORGE-12", "Forged steel carabiner 12 mm", 300, "EA", "1.05", "2027-01-15"),
        ("KB-BRASS-6", "Brass snap carabiner 6 mm", 200, "EA", "0.64", "2027-01-15")])
    body = ("محترم Tom صاحب،\n\nآپ کا PO 4500031951 موصول ہو گیا، شکریہ۔\n\n"
            "Item 1 (10 mm): 400 pcs @ USD 0.88 – ready, delivery 08-01-2027\n"
            "Item 2 (12 mm): 300 pcs @ USD 1.05 – delivery 15-01-2027 as per PO\n"
            "Item 3 (brass 6 mm): معذرت، یہ آئٹم اب ہماری فیکٹری میں نہیں بنتا، supply نہیں کر سکیں گے۔\n\n"
            "والسلام\nMuhammad Usman\nSialkot Hardware Works, Small Industrial Estate, Sialkot\nTel: +92 52 355 5120 | Cell: 0300 555 6612 | NTN 1234567-8\n")
    eml = message(reply_headers(p, "Muhammad Usman", "usman@sialkothw.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-18", "13:13:13", "+0500"), "<PK1P123MB0456@sialkothw.example>"),
                  text(body, cte="quoted-printable"))
    e = expected("confirmation", "Dates are dd-mm-yyyy. Line 1 delivery 2027-01-08 (earlier) -> changed; line 2 accepted; line 3 no longer made -> rejected.",
                 [conf(p, {1: chg(p, 1, date="2027-01-08"), 2: acc(p, 2), 3: rej()})])
    return [p], eml, e


@case("gmail-address-not-found-en-ng", "bounce", "en-NG",
      "Gmail-style 'Delivery Status Notification (Failure)' - 'Address not found' - for our request to a Nigerian supplier.")
def c():
    s = sup("LAGOSFIRE", "Lagos Fire & Safety Ltd", "orders@lagosfiresafety.example", "en-NG")
    p = po("4500031963", s, "mk", "USD", "2026-11-19", [
        ("FE-DCP-9", "Fire extinguisher DCP 9 kg", 50, "EA", "41.00", "2027-01-22")])
    t = ("** Address not found **\n\nYour message wasn't delivered to orders@lagosfiresafety.example because the address couldn't be found, "
         "or is unable to receive mail.\n\nLearn more here: https://support.google.example/mail/?p=NoSuchUser\n\n"
         "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.\n")
    status = ("Reporting-MTA: dns; googlemail.example\nArrival-Date: Thu, 19 Nov 2026 00:30:04 -0800 (PST)\n\n"
              "Final-Recipient: rfc822; orders@lagosfiresafety.example\nAction: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.lagosfiresafety.example. (198.51.100.77)\n"
              "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.\nLast-Attempt-Date: Thu, 19 Nov 2026 00:30:05 -0800 (PST)\n")
    orig = ("From: Mira Kovac <mira.kovac@halvard-supply.example>\nTo: orders@lagosfiresafety.example\nSubject: " + req_subject(p) +
            "\nDate: Thu, 19 Nov 2026 08:30:00 +0000\nMessage-ID: " + p["request_message_id"] + "\nContent-Type: text/plain; charset=us-ascii\n")
    root = multi("report", [
        multi("related", [multi("alternative", [text(t, cte="7bit"), html("<html><body><h2>Address not found</h2><p>Your message wasn't delivered to "
                                                                          "<a>orders@lagosfiresafety.example</a> because the address couldn't be found.</p></body></html>")], "000000000000b2c3d405e8aa0002")],
              "000000000000b2c3d405e8aa0001"),
        raw_part([("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Type", "message/rfc822")], orig + "\n" + request_text(p).replace("Kovač", "Kovac") + "\n")],
        "000000000000b2c3d405e8aa0000", extra="; report-type=delivery-status")
    h = [("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.example>"), ("To", "mira.kovac@halvard-supply.example"),
         ("Subject", "Delivery Status Notification (Failure)"), ("Date", rfcdate("2026-11-19", "00:30:05", "-0800")),
         ("Message-ID", "<6745aa12.050a0220.1c2b3d.9f8eSMTPIN_FAILED@mx.googlemail.example>"),
         ("References", p["request_message_id"]), ("In-Reply-To", p["request_message_id"]), ("Auto-Submitted", "auto-replied")]
    eml = message(h, root)
    e = expected("bounce", "Gmail-style DSN, 550 5.1.1 no such user; the returned message is our request.")
    return [p], eml, e


@case("maltese-mt-mt", "confirmation", "mt-MT",
      "Maltese reply ('Nikkonfermaw l-ordni') confirming step stools with one line short and the remainder cancelled.")
def c():
    s = sup("TARGIMT", "Targi Malta Ltd", "ordnijiet@targimalta.example", "mt-MT")
    p = po("4500031975", s, "as", "EUR", "2026-11-18", [
        ("SS-FOLD-2", "Folding step stool 2-step, steel", 30, "EA", "21.50", "2026-12-15"),
        ("SS-KIDS-1", "Step stool 1-step, plastic, non-slip", 40, "EA", "6.40", "2026-12-15")])
    body = ("Għażiża Anika,\n\nGrazzi tal-ordni. Nikkonfermaw l-ordni 4500031975 kif ġej:\n"
            "- SS-FOLD-2: 30 biċċa, €21.50 kull waħda, kunsinna 15/12/2026\n"
            "- SS-KIDS-1: għandna 25 biss fl-istokk, nibagħtuhom fil-15/12/2026; il-15 l-oħra ma nistgħux nġibuhom.\n\n"
            "Saħħa,\nJoseph Camilleri\nTargi Malta Ltd, Triq l-Industrija, Qormi | Tel: 2155 4120 | VAT MT 1234-5678\n")
    eml = message(reply_headers(p, "Joseph Camilleri", "joseph@targimalta.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-19", "10:10:10", "+0100"), "<AM9PR02MB7781@targimalta.example>"),
                  text(body))
    e = expected("confirmation", "Line 1 accepted. Line 2 only 25 of 40 on 2026-12-15 and the other 15 cannot be supplied -> changed, quantity 25.",
                 [conf(p, {1: acc(p, 1), 2: chg(p, 2, quantity=25)})])
    return [p], eml, e


@case("cert-surcharge-amount-ka-ge", "confirmation", "ka-GE",
      "Georgian reply adding a fixed certification surcharge in lari per valve to one line and keeping the other as ordered.")
def c():
    s = sup("KARTVALVE", "შპს ქართული არმატურა", "sales@kartvalve.example", "ka-GE")
    p = po("4500031988", s, "mk", "GEL", "2026-11-17", [
        ("GV-DN100-PN16", "Gate valve DN100 PN16 ductile iron, resilient seat", 6, "EA", "640.00", "2026-12-22"),
        ("GV-DN65-PN16", "Gate valve DN65 PN16 ductile iron, resilient seat", 10, "EA", "410.00", "2026-12-22")])
    body = ("ქალბატონო მირა,\n\nგმადლობთ შეკვეთისთვის. ვადასტურებთ შეკვეთას № 4500031988:\n\n"
            "1. GV-DN100-PN16 – 6 ცალი, ფასი 640,00 ლარი + სერტიფიცირების დანამატი 12,00 ლარი ერთეულზე, მიწოდება 22.12.2026\n"
            "2. GV-DN65-PN16 – 10 ცალი, ფასი 410,00 ლარი, მიწოდება 22.12.2026\n\n"
            "პატივისცემით,\nგიორგი ბერიძე\nშპს ქართული არმატურა, თბილისი | ტელ. +995 32 255 41 20\n")
    eml = message(reply_headers(p, "გიორგი ბერიძე", "g.beridze@kartvalve.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-18", "12:00:00", "+0400"), "<kartvalve-31988-1795075200@kartvalve.example>"),
                  text(body, cte="base64"))
    e = expected("confirmation", "Line 1: 640,00 + 12,00 GEL certification surcharge per unit = 652.00 -> changed price. Line 2 accepted.",
                 [conf(p, {1: chg(p, 1, unit_price="652.00"), 2: acc(p, 2)})])
    return [p], eml, e


@case("contradictory-dates-kk-kz", "needs_review", "kk-KZ",
      "Kazakh/Russian reply whose text confirms December delivery while the attached CSV confirmation says February; a human must clarify.")
def c():
    s = sup("ALTYNSLING", "ТОО «Алтын Строп»", "sales@altynstrop.example", "kk-KZ")
    p = po("4500031995", s, "rp", "KZT", "2026-11-18", [
        ("LS-POLY-1T", "Polyester round sling 1 t, 1.5 m", 100, "EA", "3900.00", "2026-12-21")])
    csvdata = ("PO;Позиция;Артикул;Кол-во;Цена KZT;Дата поставки\r\n4500031995;1;LS-POLY-1T;100;3900,00;19.02.2027\r\n").encode("utf-8-sig")
    body = ("Сәлеметсіз бе, Rahul!\n\nТапсырысыңыз үшін рахмет. Тапсырыс № 4500031995 расталды: 100 дана, 3 900 теңге, жеткізу 21.12.2026.\n"
            "Подтверждение из системы во вложении.\n\nҚұрметпен,\nАйгүл Сапарова\nТОО «Алтын Строп», Алматы | +7 727 355 41 20\n")
    eml = message(reply_headers(p, "Айгүл Сапарова", "aigul@altynstrop.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-19", "15:15:15", "+0500"), "<altyn-31995-a1@altynstrop.example>"),
                  multi("mixed", [text(body), attachment("confirmation_4500031995.csv", "text/csv", csvdata)], "----altyn31995----"))
    e = expected("needs_review", "Contradictory: the mail text confirms delivery 21.12.2026 but the attached system confirmation says 19.02.2027 for the same line; a careful buyer cannot tell which date is committed.")
    return [p], eml, e


@case("macedonian-mk-mk", "confirmation", "mk-MK",
      "Macedonian Cyrillic reply confirming trolley wheels with an earlier date on one line and a changed quantity on the other.")
def c():
    s = sup("TRKALAMK", "Тркала Скопје ДООЕЛ", "prodazba@trkala.example", "mk-MK")
    p = po("4500032004", s, "tj", "EUR", "2026-11-18", [
        ("TW-80-NY", "Trolley wheel 80 mm nylon, swivel", 120, "EA", "2.10", "2026-12-18"),
        ("TW-80-NY-B", "Trolley wheel 80 mm nylon, swivel with brake", 60, "EA", "2.75", "2026-12-18")])
    body = ("Почитуван г-дине Jessup,\n\nЈа потврдуваме нарачката бр. 4500032004:\n"
            "1. TW-80-NY – 120 парчиња по 2,10 EUR, испорака 11.12.2026\n"
            "2. TW-80-NY-B – 64 парчиња (пакување по 16) по 2,75 EUR, испорака 18.12.2026\n\n"
            "Со почит,\nЕлена Стојановска\nТркала Скопје ДООЕЛ | тел. +389 2 255 4120\n")
    eml = message(reply_headers(p, "Елена Стојановска", "elena@trkala.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-19", "11:00:00", "+0100"), "<trkala.32004.20261119@trkala.example>"),
                  text(body, charset="windows-1251", cte="quoted-printable"))
    e = expected("confirmation", "Line 1 delivery 11.12.2026, earlier than requested -> changed date. Line 2 rounded to 64 (packs of 16) -> changed quantity, date as requested.",
                 [conf(p, {1: chg(p, 1, date="2026-12-11"), 2: chg(p, 2, quantity=64)})])
    return [p], eml, e


@case("albanian-sq-al", "confirmation", "sq-AL",
      "Albanian reply with the motion-sensor delivery given as 'java 52' (calendar week, Friday = Christmas Day) and unchanged prices.")
def c():
    s = sup("SENSORAL", "Sensor Albania sh.p.k.", "shitje@sensoral.example", "sq-AL")
    p = po("4500032011", s, "as", "EUR", "2026-11-19", [
        ("MS-MW-5G", "Microwave motion sensor 5.8 GHz", 90, "EA", "8.70", "2026-12-18"),
        ("MS-DAY-NT", "Day/night motion sensor, outdoor", 60, "EA", "7.45", "2026-12-18")])
    body = ("Përshëndetje Anika,\n\nJu konfirmojmë porosinë 4500032011: të gjitha artikujt në sasinë dhe çmimin e porosisë "
            "(90 copë × 8,70 €, 60 copë × 7,45 €). Dorëzimi: java 52.\n\nMe respekt,\nArben Hoxha\nSensor Albania sh.p.k., Tiranë | Tel. +355 4 255 4120 | NIPT L12345678A\n")
    eml = message(reply_headers(p, "Arben Hoxha", "arben.hoxha@sensoral.example", "Re: " + req_subject(p),
                                rfcdate("2026-11-20", "09:20:00", "+0100"), "<sensoral-32011-0a@sensoral.example>"),
                  text(body))
    e = expected("confirmation", "Quantities and prices as ordered; 'java 52' without a day = Friday of ISO week 52 = 2026-12-25 (per the reading rule), later than 2026-12-18 -> both changed (date).",
                 [conf(p, {1: chg(p, 1, date=kw(2026, 52)), 2: chg(p, 2, date=kw(2026, 52))})])
    return [p], eml, e


@case("qmail-bounce-hy-am", "bounce", "hy-AM",
      "qmail-send 'failure notice' (plain text, no DSN) for our request to an Armenian supplier whose mailbox no longer exists.")
def c():
    s = sup("ARARATACOU", "Ararat Acoustics LLC", "orders@araratacoustics.example", "hy-AM")
    p = po("4500032020", s, "tj", "USD", "2026-11-19", [
        ("AP-BASS-TRAP", "Acoustic bass trap corner panel", 16, "EA", "64.00", "2027-01-29"),
        ("AP-DIFF-60", "Acoustic diffuser panel 600x600, wood", 12, "EA", "88.00", "2027-01-29")])
    body = ("Hi. This is the qmail-send program at mail.araratacoustics.example.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n<orders@araratacoustics.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\nReturn-Path: <tom.jessup@halvard-supply.example>\nFrom: Tom Jessup <tom.jessup@halvard-supply.example>\n"
            "To: orders@araratacoustics.example\nSubject: " + req_subject(p) + "\nMessage-ID: " + p["request_message_id"] + "\n\n" + request_text(p) + "\n")
    h = [("From", "MAILER-DAEMON@mail.araratacoustics.example"), ("To", "tom.jessup@halvard-supply.example"),
         ("Subject", "failure notice"), ("Date", rfcdate("2026-11-19", "12:30:07", "+0400")),
         ("Message-ID", "<20261119083007.21544.qmail@mail.araratacoustics.example>")]
    eml = message(h, text(body, charset="us-ascii", cte="7bit"))
    e = expected("bounce", "qmail failure notice (no mailbox, #5.1.1) from the supplier's server; the sender is MAILER-DAEMON at the supplier's domain and the text below is our own request.")
    return [p], eml, e


@case("shipping-notice-other-po-zh-hk", "unrelated", "zh-HK",
      "Hong Kong bilingual shipping notice (出貨通知) with tracking number for a different PO of ours, while the open PO in pos.json is unanswered.")
def c():
    s = sup("HKCLAMP", "港通五金有限公司", "cs@hkclamp.example", "zh-HK")
    p = po("4500032033", s, "rp", "HKD", "2026-11-18", [
        ("JC-SCAF-48", "Scaffold junction clamp 48.3 mm, drop forged", 500, "EA", "14.80", "2027-01-08")])
    body = ("Dear Rahul,\n\n出貨通知 Shipping Notice\n\n貴司訂單 PO 4500029544 已於 2026年11月19日 出貨。\n"
            "Your order PO 4500029544 was shipped on 19/11/2026.\n\n貨品 Item: JC-SWV-48 旋轉扣 Swivel clamp 48.3 mm × 300 pcs\n"
            "承運商 Carrier: SF Express  運單號 AWB: SF1402 3356 7781\n預計到達 ETA: 24/11/2026\n\n"
            "如有查詢，請致電 +852 2555 4120。\n港通五金有限公司 客戶服務部\n")
    eml = message([("From", addr("港通五金 Customer Service", "cs@hkclamp.example")), ("To", addr("Rahul Pillai", "rahul.pillai@halvard-supply.example")),
                   ("Subject", hdr("出貨通知 Shipping Notice - PO 4500029544")), ("Date", rfcdate("2026-11-19", "17:05:00", "+0800")),
                   ("Message-ID", "<ship-4500029544-20261119@hkclamp.example>")],
                  text(body, cte="base64"))
    e = expected("unrelated", "A shipping notice for another, older PO (4500029544, different item); it does not answer open PO 4500032033 even though the supplier and goods family match.")
    return [p], eml, e


@case("erp-csv-en-ca", "confirmation", "en-CA",
      "Canadian ERP mail with a CSV order acknowledgement (ISO dates, one line split in two shipments, one price change) and a body that only says 'see attached'.")
def c():
    s = sup("MAPLEHW", "Maple Leaf Industrial Hardware Inc.", "orders@mapleleafhw.example", "en-CA")
    p = po("4500032045", s, "tj", "CAD", "2026-11-18", [
        ("WV-MULTI-125", "Multi-angle workbench vise 125 mm", 18, "EA", "96.00", "2026-12-16"),
        ("WV-JAW-125-AL", "Soft jaw pads aluminium 125 mm, pair", 36, "PR", "11.25", "2026-12-16"),
        ("WV-MNT-PLT", "Vise mounting plate, steel", 18, "EA", "23.40", "2026-12-16")])
    csvdata = ("\"SO Number\",\"Customer PO\",\"PO Line\",\"Item\",\"Qty Confirmed\",\"UOM\",\"Unit Price CAD\",\"Ship Date\",\"Delivery Date\"\r\n"
               "\"SO-55120\",\"4500032045\",1,\"WV-MULTI-125\",10,\"EA\",96.00,2026-12-11,2026-12-16\r\n"
               "\"SO-55120\",\"4500032045\",1,\"WV-MULTI-125\",8,\"EA\",96.00,2027-01-06,2027-01-11\r\n"
               "\"SO-55120\",\"4500032045\",2,\"WV-JAW-125-AL\",36,\"PR\",11.25,2026-12-11,2026-12-16\r\n"
               "\"SO-55120\",\"4500032045\",3,\"WV-MNT-PLT\",18,\"EA\",24.10,2026-12-11,2026-12-16\r\n").encode("ascii")
    body = ("Order Acknowledgement SO-55120 for your PO 4500032045 is attached (CSV).\n\n"
            "Please review and advise of any discrepancies within 2 business days.\n\nMaple Leaf Industrial Hardware Inc. | 1-800-555-0143 | GST/HST 81234 5678 RT0001\n")
    eml = message(reply_headers(p, "Maple Leaf Order Desk", "orderdesk@mapleleafhw.example", "Order Acknowledgement SO-55120 / PO 4500032045",
                                rfcdate("2026-11-19", "03:00:00", "-0500"), "<SO55120.ack@erp.mapleleafhw.example>", reply=False),
                  multi("mixed", [text(body, cte="7bit"), attachment("SO-55120_ack.csv", "text/csv", csvdata)], "=_ack_SO55120"))
    e = expected("confirmation", "ERP CSV acknowledgement. Line 1 split: 10 on 2026-12-16 and 8 on 2027-01-11 (delivery dates win over ship dates) -> changed, schedule. Line 2 accepted. Line 3 price 24.10 vs 23.40 -> changed.",
                 [conf(p, {1: chg(p, 1, schedule=[(10, "2026-12-16"), (8, "2027-01-11")]), 2: acc(p, 2), 3: chg(p, 3, unit_price="24.10")})])
    return [p], eml, e


@case("text-vs-pdf-conflict-fr-ca", "needs_review", "fr-CA",
      "Québec reply whose body confirms the order 'tel quel' while the attached PDF acknowledgement shows a different price and quantity for the same line.")
def c():
    s = sup("ABRASIFQC", "Abrasifs Laurentides inc.", "commandes@abrasifslaurentides.example", "fr-CA")
    p = po("4500032051", s, "mk", "CAD", "2026-11-19", [
        ("BS-76-KIT", "Belt sander 76 mm kit with dust bag", 8, "EA", "214.00", "2027-01-14")])
    ack = pdf(["ABRASIFS LAURENTIDES INC.   TPS 812345678 RT0001  TVQ 1234567890 TQ0001", "ACCUSE DE RECEPTION DE COMMANDE  AR-20931",
               "Votre bon de commande: 4500032051   Date: 2026-11-20", "",
               "Ligne  Article     Qte  Prix unit. CAD  Livraison", "1      BS-76-KIT   6    229,00          2027-01-14"])
    body = ("Bonjour Mme Kovac,\n\nMerci pour votre commande. On vous confirme le tout tel quel, livraison le 14 janvier.\n"
            "Vous trouverez ci-joint notre accusé de réception.\n\nBonne journée!\n\nSylvie Gagnon\nAbrasifs Laurentides inc., Saint-Jérôme (Québec) | 450 555-4120, poste 22\n")
    eml = message(reply_headers(p, "Sylvie Gagnon", "sgagnon@abrasifslaurentides.example", "RE: " + req_subject(p),
                                rfcdate("2026-11-20", "14:20:00", "-0500"), "<YT2PR01MB4455@abrasifslaurentides.example>"),
                  multi("mixed", [text(body, charset="iso-8859-1"), attachment("AR-20931.pdf", "application/pdf", ack)], "_004_YT2PR01MB4455_"))
    e = expected("needs_review", "The text confirms 'tel quel' (8 at 214.00, 14 January) but the attached acknowledgement shows 6 pieces at 229,00 for the same line; the two contradict, so a human must ask which is right.")
    return [p], eml, e
