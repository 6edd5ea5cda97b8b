"""Cases 019-036."""
from . import mime
from .common import *  # noqa: F401,F403


@case("press-cloths-fredag-18-december", "confirmation/da-DK",
      "Danish delivery 'levering fredag den 18. december' (weekday + day without year) and one line discontinued.")
def c_da():
    s = sup("MOSTPRES", "Mostpres ApS", "ordre@mostpres.example", "da-DK")
    p = po("4500231702", s, "DKK", "2026-11-04", [
        L(1, "PC-NY-50", "Pressedug nylon 50x50 cm, 120 mesh", 200, "PCS", "58.00", "2026-12-16"),
        L(2, "PC-NY-80", "Pressedug nylon 80x80 cm, 120 mesh", 100, "PCS", "96.50", "2026-12-16"),
        L(3, "PC-RAM-50", "Presseramme bøg 50x50 cm", 20, "PCS", "210.00", "2026-12-16"),
    ], buyer="jonas")
    body = ("Hej Jonas\n\n"
            "Tak for ordren 4500231702.\n\n"
            "Vi bekræfter linje 1 og 2 med antal og priser som bestilt (200 stk. à 58,00 kr. og 100 stk. à 96,50 kr.), "
            "levering fredag den 18. december.\n\n"
            "Linje 3 (presserammer i bøg) kan vi desværre ikke levere - varen er udgået af sortimentet.\n\n"
            "Med venlig hilsen")
    sig = "Mette Kjær\nSalgsassistent\nMostpres ApS · Industrivej 21 · 5700 Svendborg\nTlf. +45 62 55 01 42 · CVR 12345678"
    eml = reply("c019", p, ("Mette Kjær", "mk@mostpres.example"), "2026-11-17 11:09:44 +0100", body,
                client="outlook", lang="da", prefix="SV: ", charset="iso-8859-1", sent="4. november 2026 10:14")
    e = exp("confirmation", "'levering fredag den 18. december' has no year: 2026-12-18 (a Friday) for lines 1-2, quantities and prices "
            "as ordered; line 3 declined as discontinued = rejected.",
            [conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, d="2026-12-18"), 3: "R"})])
    return [p], eml, e


@case("rail-grease-confirm-next-week", "needs_review/de-CH",
      "Swiss German reply promising the confirmation 'nächste Woche (KW 48)' - a week number that is not a delivery date.")
def c_ch_next():
    s = sup("SCHIENSCHMIER", "Schienenschmier AG", "verkauf@schienenschmier.example", "de-CH")
    p = po("4500231720", s, "CHF", "2026-11-06", [
        L(1, "SG-GRAF-20", "Schienenfett Graphit, Kessel 20 kg", 40, "EA", "186.00", "2026-12-11"),
        L(2, "SG-WEICH-5", "Weichengleitmittel 5 L Kanister", 60, "EA", "42.50", "2026-12-11"),
    ], buyer="ines")
    body = ("Grüezi Frau Vogt\n\n"
            "Besten Dank für Ihre Bestellung 4500231720.\n\n"
            "Unser Graphitlieferant hat für Dezember eine Preisanpassung angekündigt. Wir klären das zurzeit ab und "
            "senden Ihnen die Auftragsbestätigung mit Preisen und Lieferterminen nächste Woche (KW 48).\n\n"
            "Freundliche Grüsse")
    sig = "Reto Hänggi\nVerkaufsinnendienst\nSchienenschmier AG\nIndustriestrasse 40, 8604 Volketswil\nTel. +41 44 555 01 42"
    eml = reply("c020", p, ("Reto Hänggi", "reto.haenggi@schienenschmier.example"), "2026-11-17 16:40:05 +0100", body,
                client="outlook", lang="de", prefix="AW: ", charset="iso-8859-1", sent="Freitag, 6. November 2026 10:14")
    e = exp("needs_review", "No commitment: prices are being clarified and the confirmation is promised for next week (KW 48); "
            "KW 48 is the date of the promised answer, not a delivery date.")
    return [p], eml, e


@case("bonsai-wire-cena-gab", "confirmation/lv-LV",
      "Latvian 'cena 4,20 EUR/gab.' where one 'gabals' is one roll (the PO's unit); ISO-8859-13 body.")
def c_lv():
    s = sup("BONSTIEPLE", "Bonsai Stieples SIA", "pasutijumi@bonsaistieples.example", "lv-LV")
    p = po("4500231755", s, "EUR", "2026-11-05", [
        L(1, "BW-AL-15", "Alumīnija bonsai stieple 1.5 mm, rullis 100 g", 300, "ROL", "3.90", "2026-12-11"),
        L(2, "BW-CU-25", "Vara stieple atkvēlināta 2.5 mm, rullis 500 g", 50, "ROL", "18.60", "2026-12-11"),
    ])
    body = ("Labdien, Helēna!\n\n"
            "Paldies par pasūtījumu Nr. 4500231755. Apstiprinām:\n\n"
            "1. BW-AL-15 alumīnija stieple 1.5 mm - 300 ruļļi, cena 4,20 EUR/gab. (alumīnija cenu pieaugums)\n"
            "2. BW-CU-25 vara stieple 2.5 mm - 50 ruļļi, cena 18,60 EUR/gab.\n\n"
            "Piegāde 11.12.2026., DAP Felixstowe.\n\n"
            "Ar cieņu")
    sig = "Jānis Ozols\nPārdošanas daļa\nBonsai Stieples SIA, Rūpniecības iela 7, Rīga, LV-1010\nTālr. +371 67 555 014"
    eml = reply("c021", p, ("Jānis Ozols", "janis.ozols@bonsaistieples.example"), "2026-11-12 09:25:31 +0200", body,
                client="thunderbird", charset="iso-8859-13", html=False, qstyle="below",
                attr="05.11.2026 11:14, Helen Marsh rakstīja:")
    e = exp("confirmation", "Line 1 'cena 4,20 EUR/gab.' - one gabals = one roll - changes the price from 3.90; line 2 as ordered; "
            "delivery 11.12.2026. equals the requested date.",
            [conf(p, {1: C(p, 1, price="4.20"), 2: "A"})])
    return [p], eml, e


@case("sled-runners-data-postavky", "confirmation/uk-UA",
      "Ukrainian reply in windows-1251 with 'дата поставки 18.12.2026' for both lines and the screw boxes confirmed in boxes.")
def c_uk():
    s = sup("POLOZTEKH", "Poloztekh LLC", "sales@poloztekh.example", "uk-UA")
    p = po("4500231801", s, "EUR", "2026-11-05", [
        L(1, "DS-RUN-UHMW", "Sled runner UHMW 1.5 mm x 40 mm x 2.4 m", 80, "PCS", "34.50", "2026-12-11"),
        L(2, "DS-SCR-M6", "Screw M6x20 stainless, box of 100", 10, "BOX", "7.80", "2026-12-11"),
    ], buyer="jonas")
    body = ("Добрий день, пане Йонасе!\n\n"
            "Дякуємо за замовлення № 4500231801. Підтверджуємо:\n\n"
            "1. DS-RUN-UHMW полоз UHMW 1,5 мм – 80 шт., ціна 34,50 EUR/шт.\n"
            "2. DS-SCR-M6 гвинт M6x20 – 10 упаковок по 100 шт., ціна 7,80 EUR/упак.\n\n"
            "Дата поставки 18.12.2026 (обидві позиції), умови DAP Felixstowe.\n\n"
            "З повагою,")
    sig = "Олена Коваленко\nменеджер зі збуту\nТОВ «Полозтех», вул. Промислова 12, м. Житомир, 10003\nтел. +380 412 55 01 42"
    eml = reply("c022", p, ("Олена Коваленко", "o.kovalenko@poloztekh.example"), "2026-11-16 12:44:10 +0200", body,
                client="outlook", charset="windows-1251", sent="Thursday, November 5, 2026 11:14 AM")
    e = exp("confirmation", "Quantities and prices as ordered (1,5 mm and 34,50 with decimal commas); 'дата поставки 18.12.2026' moves "
            "both lines from 2026-12-11 to 2026-12-18.",
            [conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, d="2026-12-18")})])
    return [p], eml, e


@case("exchange-ndr-mailbox-full", "bounce/de-AT",
      "Exchange NDR (Undeliverable, 5.2.2 mailbox full) with HTML and text parts, a delivery-status part and the full original request.")
def c_ndr():
    s = sup("STEINERMAT", "Judomatten Steiner GmbH", "office@judomatten-steiner.example", "de-AT")
    p = po("4500232095", s, "EUR", "2026-11-12", [
        L(1, "JM-IJF-4B", "Judomatte IJF 1x1 m, 4 cm, blau", 100, "PCS", "49.00", "2026-12-14"),
        L(2, "JM-IJF-4G", "Judomatte IJF 1x1 m, 4 cm, gelb", 50, "PCS", "49.00", "2026-12-14"),
        L(3, "JM-KLETT-5", "Klettband-Verbinder 5 cm x 25 m", 4, "ROL", "38.00", "2027-01-08"),
    ], buyer="ines")
    human = ("Delivery has failed to these recipients or groups:\n\n"
             "office@judomatten-steiner.example\n"
             "The recipient's mailbox is full and can't accept messages now. Please try resending this message later, "
             "or contact the recipient directly.\n\n\n\n\n\n\n"
             "Diagnostic information for administrators:\n\n"
             "Generating server: LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM\n\n"
             "office@judomatten-steiner.example\n"
             "mail.judomatten-steiner.example\n"
             "Remote Server returned '552 5.2.2 <office@judomatten-steiner.example>: Mailbox quota exceeded'\n\n"
             "Original message headers:\n\n"
             "From: Ines Vogt <ines.vogt@haldenrooke.example>\n"
             "To: Judomatten Steiner GmbH <office@judomatten-steiner.example>\n"
             "Subject: Order confirmation request - PO 4500232095\n"
             "Date: Thu, 12 Nov 2026 09:14:00 +0000\n"
             "Message-ID: <ackreq.4500232095.20261112@haldenrooke.example>\n")
    hh = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
          "<div style=\"font-family:'Segoe UI',Arial,sans-serif;font-size:14px\">"
          "<p style=\"color:#C00000;font-size:17px\"><b>Your message to office@judomatten-steiner.example couldn't be delivered.</b></p>"
          "<p>The recipient's mailbox is full and can't accept messages now.</p>"
          "<table><tr><td>ines.vogt</td><td>Office 365</td><td>judomatten-steiner.example</td></tr>"
          "<tr><td>Sender</td><td></td><td><b style=\"color:#C00000\">Action Required</b></td></tr></table>"
          "<p><b>How to Fix It</b><br>Try resending this message later, or contact the recipient by some other means.</p>"
          "<p>Diagnostic information for administrators:<br>Generating server: LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM<br>"
          "Remote Server returned '552 5.2.2 Mailbox quota exceeded'</p></div></body></html>\n")
    status = ("Reporting-MTA: dns;LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM\n"
              "Received-From-MTA: dns;LO2P265MB5110.GBRP265.PROD.OUTLOOK.COM\n"
              "Arrival-Date: Thu, 12 Nov 2026 09:14:01 +0000\n\n"
              "Final-Recipient: rfc822;office@judomatten-steiner.example\n"
              "Action: failed\n"
              "Status: 5.2.2\n"
              "Remote-MTA: dns;mail.judomatten-steiner.example\n"
              "Diagnostic-Code: smtp;552 5.2.2 <office@judomatten-steiner.example>: Mailbox quota exceeded\n"
              "X-Display-Name: Judomatten Steiner GmbH\n")
    eml = report("c023", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@haldenrooke.example>",
                 to="Ines Vogt <ines.vogt@haldenrooke.example>",
                 subject="Undeliverable: Order confirmation request - PO 4500232095", date="2026-11-12 09:14:09 +0000",
                 human=human, human_html=hh, status=status, original=request_message(p), bstyle="outlook",
                 msg_id="<3c2a1f0e-9b7d-4e2a-8f61-5d0c7a9e4b12@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM>",
                 extra=[("Content-Language", "en-GB"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")])
    e = exp("bounce", "Exchange non-delivery report for our request (mailbox quota exceeded); the attached original carries the PO "
            "table with quantities, prices and dates, which must not be read as a confirmation.")
    return [p], eml, e


@case("wiper-blades-cena-bez-nds", "confirmation/ru-RU",
      "KOI8-R reply (The Bat!) with 'цена 450 руб. за шт. без НДС' (net, per piece) on one line and the other accepted.")
def c_ru():
    s = sup("RETRODVORNIK", "OOO Retro-Dvornik", "zakaz@retro-dvornik.example", "ru-RU")
    p = po("4500231850", s, "RUB", "2026-11-03", [
        L(1, "WB-VT-11", "Wiper blade 11 in (280 mm), chrome, 1950s cars", 200, "PCS", "430.00", "2026-12-18"),
        L(2, "WB-ARM-6V", "Wiper arm for 6V motor, 1957 pattern", 100, "PCS", "1250.00", "2026-12-18"),
    ])
    b = buyer_of(p)
    body = ("Здравствуйте, Хелен!\n\n"
            "Подтверждаем заказ 4500231850:\n\n"
            "Поз. 1 WB-VT-11 щётка 11\" (280 мм) - 200 шт., цена 450 руб. за шт. без НДС (подорожание хромированной стали).\n"
            "Поз. 2 WB-ARM-6V поводок 6V - 100 шт., цена 1 250,00 руб. за шт. без НДС.\n\n"
            "Срок поставки по обеим позициям - 18.12.2026.\n\n"
            "С уважением,\nАндрей Морозов\nменеджер отдела продаж\nООО \"Ретро-Дворник\"\n"
            "г. Тольятти, ул. Заводская, д. 5\nтел. +7 8482 55-01-42\n")
    q = gt_quote(p, "Вы писали 3 ноября 2026 г., 12:14:00:")
    eml = build("c024", frm=("Андрей Морозов", "a.morozov@retro-dvornik.example"), to=(b[0], b[1]),
                subject="Re: " + req_subject(p), date="2026-11-11 10:31:57 +0300", client="generic",
                text=body + "\n" + q, charset="koi8-r", cte="8bit", reply=p,
                extra=[("X-Mailer", "The Bat! (v10.4.1) Professional")])
    e = exp("confirmation", "Line 1 net price 450 RUB per piece replaces 430.00; line 2 '1 250,00' (space grouping, decimal comma) "
            "equals the PO; delivery 18.12.2026 equals the requested date, so line 2 is accepted.",
            [conf(p, {1: C(p, 1, price="450.00"), 2: "A"})])
    return [p], eml, e


@case("curtain-weights-dostavka-do", "confirmation/bg-BG",
      "Bulgarian 'доставка до 18 декември' (by 18 December, no year) with metres confirmed as ordered; windows-1251.")
def c_bg():
    s = sup("ZAVESATEH", "Zavesa Tech EOOD", "office@zavesatech.example", "bg-BG")
    p = po("4500231903", s, "EUR", "2026-11-06", [
        L(1, "CW-LEAD-1KG", "Curtain hem weight, lead tape 1 kg/m, 25 mm", 120, "M", "16.80", "2026-12-21"),
        L(2, "CW-CHAIN-8", "Weighting chain 8 mm, galvanised", 200, "M", "4.25", "2026-12-21"),
    ], buyer="ines")
    body = ("Здравейте, г-жо Фогт,\n\n"
            "Благодарим за поръчка № 4500231903. Потвърждаваме:\n\n"
            "- CW-LEAD-1KG оловна лента 1 kg/m – 120 м, 16,80 EUR/м\n"
            "- CW-CHAIN-8 верижка 8 mm – 200 м, 4,25 EUR/м\n\n"
            "Доставка до 18 декември, с куриер до Felixstowe.\n\n"
            "Поздрави,")
    sig = "Николай Петров\nТърговски отдел\nЗавеса Тех ЕООД, бул. „Цар Борис III“ 215, 1618 София\nтел. +359 2 955 0142"
    eml = reply("c025", p, ("Николай Петров", "n.petrov@zavesatech.example"), "2026-11-20 15:03:28 +0200", body,
                client="outlook", charset="windows-1251", sent="Friday, November 6, 2026 11:14 AM")
    e = exp("confirmation", "'Доставка до 18 декември' (delivery by 18 December, no year) = 2026-12-18, before the requested 12-21; "
            "quantities in metres and prices as ordered.",
            [conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, d="2026-12-18")})])
    return [p], eml, e


@case("rail-grease-winter-newsletter", "unrelated/nl-NL",
      "HTML-only marketing newsletter from a supplier with an open PO, full of prices, item codes and an end date.")
def c_newsletter():
    s = sup("RAILCARE", "RailCare Smeertechniek B.V.", "orders@railcare.example", "nl-NL")
    p = po("4500231930", s, "EUR", "2026-11-06", [
        L(1, "RC-FLENS-10", "Flenssmeermiddel, patroon 10 kg", 30, "EA", "118.00", "2026-12-14"),
    ])
    hd = ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
          "<title>RailCare nieuwsbrief november 2026</title></head>\n"
          "<body style=\"margin:0;background:#eef2f5\"><table width=\"600\" align=\"center\" style=\"background:#fff;font-family:Arial\">\n"
          "<tr><td style=\"background:#004b87;color:#fff;padding:16px\"><h1>Winteractie 2026</h1></td></tr>\n"
          "<tr><td style=\"padding:16px\"><p>Beste relatie,</p>"
          "<p>Bereid uw tramnet voor op de winter! Tot en met 18-12-2026 ontvangt u <b>15% korting</b> op ons complete assortiment "
          "spoorvetten en flenssmeermiddelen.</p>\n"
          "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
          "<tr><th>Artikel</th><th>Omschrijving</th><th>Normaal</th><th>Actie</th></tr>\n"
          "<tr><td>RC-FLENS-10</td><td>Flenssmeermiddel, patroon 10 kg</td><td>&euro; 124,00</td><td>&euro; 105,40</td></tr>\n"
          "<tr><td>RC-WISSEL-5</td><td>Wisselglijmiddel 5 L</td><td>&euro; 46,00</td><td>&euro; 39,10</td></tr>\n"
          "<tr><td>RC-BIO-200</td><td>Bio-spoorvet, vat 200 L</td><td>&euro; 980,00</td><td>&euro; 833,00</td></tr></table>\n"
          "<p>Bestellen? Mail naar orders@railcare.example of bel 010 555 0144. Levering binnen 5 werkdagen.</p>"
          "<p>Met vriendelijke groet,<br>Team RailCare</p></td></tr>\n"
          "<tr><td style=\"font-size:11px;color:#777;padding:16px\">RailCare Smeertechniek B.V. | Waalhaven Z.z. 19 | 3089 JH Rotterdam<br>"
          "U ontvangt deze e-mail omdat u klant bent. <a href=\"https://mail.railcare.example/unsub?u=8c21f\">Afmelden</a></td></tr>"
          "</table></body></html>\n")
    b = BUYERS["helen"]
    eml = build("c026", frm=("RailCare Smeertechniek", "nieuwsbrief@railcare.example"), to=(b[0], b[1]),
                subject="Winteractie: 15% korting op alle spoorvetten t/m 18-12-2026", date="2026-11-18 07:00:00 +0100",
                client="generic", html=hd, cte="quoted-printable",
                extra=[("List-Unsubscribe", "<https://mail.railcare.example/unsub?u=8c21f>, <mailto:unsub@railcare.example>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                       ("X-Mailer", "Mailchimp Mailer - **CID8c21f4e1a0**")])
    e = exp("unrelated", "Marketing newsletter (HTML only) from the supplier of open PO 4500231930; lists the same item code with a "
            "campaign price and an end date 18-12-2026, but it does not answer the order.")
    return [p], eml, e


@case("padlocks-mishloah-14-12", "confirmation/he-IL",
      "Hebrew right-to-left reply in windows-1255 giving only a ship date 'משלוח ב-14/12' (day-first, no year).")
def c_he():
    s = sup("ESCLOCK", "Escape Locks Ltd", "orders@escapelocks.example", "he-IL")
    p = po("4500231951", s, "ILS", "2026-11-05", [
        L(1, "PL-4D-40", "Combination padlock 4-digit, 40 mm, 6 mm shackle", 150, "EA", "42.00", "2026-12-18"),
        L(2, "PL-DIR-5", "Directional lock, 5/16 in shackle", 80, "EA", "118.00", "2026-12-18"),
    ], buyer="jonas")
    body = ("שלום ג'ונס,\n\n"
            "תודה על ההזמנה 4500231951.\n"
            "אנו מאשרים את שתי השורות בכמויות ובמחירים שבהזמנה:\n"
            "1. PL-4D-40 - 150 יח' × 42.00 ₪\n"
            "2. PL-DIR-5 - 80 יח' × 118.00 ₪\n\n"
            "משלוח ב-14/12 מהמחסן באשדוד (DHL).\n\n"
            "בברכה,")
    sig = "נועה לוי\nמנהלת תיקי לקוחות\nEscape Locks Ltd | רח' המלאכה 8, אשדוד\nטל' 08-955-0142"
    eml = reply("c027", p, ("נועה לוי", "noa@escapelocks.example"), "2026-11-19 10:12:45 +0200", body,
                client="outlook", charset="windows-1255", sent="Thursday, November 5, 2026 11:14 AM")
    e = exp("confirmation", "Only a ship date is given: 'משלוח ב-14/12' = 14 December (day-first, next occurrence) = 2026-12-14, "
            "which replaces the requested 2026-12-18 for both lines; quantities and prices as ordered.",
            [conf(p, {1: C(p, 1, d="2026-12-14"), 2: C(p, 2, d="2026-12-14")})])
    return [p], eml, e


@case("windlass-mawid-altasleem", "confirmation/ar-AE",
      "Arabic reply (UTF-8 base64) with 'موعد التسليم 18 ديسمبر' and a chain line cut to the available 150 m.")
def c_ar():
    s = sup("GULFWINDLASS", "Gulf Marine Windlass Trading LLC", "sales@gulfwindlass.example", "ar-AE")
    p = po("4500232004", s, "AED", "2026-11-06", [
        L(1, "AW-H1500-12", "Horizontal windlass 1500 W 12V, gypsy 10 mm", 4, "EA", "5200.00", "2026-12-14"),
        L(2, "AW-CH-10G4", "Anchor chain 10 mm G4 galvanised", 200, "M", "38.50", "2026-12-14"),
    ], buyer="jonas")
    body = ("السيد جوناس المحترم،\n\n"
            "تحية طيبة وبعد،\n"
            "نشكركم على أمر الشراء رقم 4500232004، ونؤكد لكم ما يلي:\n\n"
            "البند 1: ونش المرساة الأفقي 1500 واط 12 فولت – الكمية 4 – السعر 5,200.00 درهم للقطعة.\n"
            "البند 2: سلسلة المرساة 10 مم – الكمية المتوفرة 150 متراً فقط بسعر 38.50 درهم للمتر، ولا يمكننا توريد الكمية المتبقية (50 متراً).\n\n"
            "موعد التسليم 18 ديسمبر لكلا البندين.\n\n"
            "Best regards / مع أطيب التحيات")
    sig = "Khalid Al Mansoori | خالد المنصوري\nSales Coordinator\nGulf Marine Windlass Trading LLC\nP.O. Box 55142, Al Jaddaf, Dubai, UAE\nTel +971 4 555 0142"
    eml = reply("c028", p, ("Khalid Al Mansoori", "khalid@gulfwindlass.example"), "2026-11-15 09:48:13 +0400", body,
                client="gmail", cte="base64",
                attr="On Fri, 6 Nov 2026 at 1:14 PM Jonas Pereira <jonas.pereira@haldenrooke.example> wrote:")
    e = exp("confirmation", "'موعد التسليم 18 ديسمبر' (no year) = 2026-12-18 for both lines; line 2 only 150 m of 200 m, the rest "
            "explicitly not supplied; prices as ordered.",
            [conf(p, {1: C(p, 1, d="2026-12-18"), 2: C(p, 2, q=150, d="2026-12-18")})])
    return [p], eml, e


@case("sled-runners-drilling-question", "needs_review/fr-CA",
      "Quebec French reply that asks which hole spacing to drill before confirming; it mentions sizes and a possible date.")
def c_frca_q():
    s = sup("BOREAL", "Traîneaux Boréal inc.", "commandes@traineauxboreal.example", "fr-CA")
    p = po("4500232031", s, "CAD", "2026-11-09", [
        L(1, "DS-PE-96", "Patin UHMW 3/8 po x 96 po, perçage 5/16 po", 60, "PCS", "64.00", "2026-12-11"),
        L(2, "DS-ALU-4", "Rail aluminium 4 pi pour patin", 60, "PCS", "41.00", "2026-12-11"),
    ], buyer="helen")
    body = ("Bonjour Helen,\n\n"
            "Merci pour la commande 4500232031. Avant de la confirmer, pourriez-vous nous préciser l'espacement des trous de 5/16 po "
            "sur les patins : aux 12 po ou aux 16 po? Le dessin reçu l'an dernier indiquait 16 po.\n\n"
            "Si c'est aux 16 po, on pourrait probablement expédier vers le 2026-12-09, mais je dois d'abord valider avec l'usine.\n\n"
            "Bonne journée,")
    sig = "Marie-Ève Tremblay\nService à la clientèle\nTraîneaux Boréal inc.\n1250, rue Industrielle, Saint-Raymond (Québec) G3L 0A1\n418 555-0142"
    eml = reply("c029", p, ("Marie-Ève Tremblay", "metremblay@traineauxboreal.example"), "2026-11-10 08:22:16 -0500", body,
                client="outlook", lang="fr", charset="iso-8859-1", sent="9 novembre 2026 04:14")
    e = exp("needs_review", "A question (12 in or 16 in hole spacing) before confirming; the ship date 2026-12-09 is only 'probably' and "
            "still to be validated with the plant.")
    return [p], eml, e


@case("egg-trays-thai-baht-buddhist-year", "confirmation/th-TH",
      "Thai TIS-620 reply with 'ราคาต่อหน่วย 125 บาท' and a delivery date in the Buddhist era (18/12/2569 = 2026-12-18).")
def c_th():
    s = sup("SIAMHATCH", "Siam Hatchery Supplies Co., Ltd.", "sales@siamhatchery.example", "th-TH")
    p = po("4500232057", s, "THB", "2026-11-06", [
        L(1, "ET-PL-30", "Plastic egg tray 30 eggs 6x5, 2027 mould", 2000, "PCS", "118.00", "2026-12-18"),
        L(2, "ET-HT-88", "Hatcher basket 88 eggs, 4/3 vent pattern", 300, "PCS", "340.00", "2026-12-18"),
    ])
    body = ("เรียน คุณเฮเลน\n\n"
            "ขอบคุณสำหรับใบสั่งซื้อเลขที่ 4500232057 บริษัทฯ ขอยืนยันคำสั่งซื้อดังนี้\n\n"
            "รายการที่ 1 ถาดไข่พลาสติก 30 ฟอง (ET-PL-30) จำนวน 2,000 ใบ ราคาต่อหน่วย 125 บาท (ปรับตามราคาเม็ดพลาสติก)\n"
            "รายการที่ 2 ตะกร้าฟักไข่ 88 ฟอง (ET-HT-88) จำนวน 300 ใบ ราคาต่อหน่วย 340 บาท\n\n"
            "กำหนดส่งสินค้าถึงลูกค้า วันที่ 18/12/2569 ทั้งสองรายการ\n\n"
            "ขอแสดงความนับถือ")
    sig = "สมชาย ใจดี\nฝ่ายขายต่างประเทศ\nSiam Hatchery Supplies Co., Ltd.\n99 หมู่ 4 ถ.บางนา-ตราด กม.23 สมุทรปราการ 10540\nโทร 02-555-0142"
    eml = reply("c030", p, ("Somchai Jaidee", "somchai@siamhatchery.example"), "2026-11-13 14:05:37 +0700", body,
                client="outlook", charset="tis-620", cte="base64", html_charset="utf-8",
                sent="Friday, November 6, 2026 4:14 PM")
    e = exp("confirmation", "Line 1 'ราคาต่อหน่วย 125 บาท' replaces 118.00; line 2 as ordered; the date 18/12/2569 is Buddhist era "
            "(2569 - 543 = 2026), i.e. the requested 2026-12-18.",
            [conf(p, {1: C(p, 1, price="125.00"), 2: "A"})])
    return [p], eml, e


@case("windlass-shared-inbox-receipt", "auto_reply/de-DE",
      "Shared-inbox receipt ('Ihre Nachricht ist eingegangen') that talks about order confirmations within 2 working days.")
def c_inbox():
    s = sup("ANKERNORD", "Ankerwinden Nord GmbH", "bestellung@ankerwinden-nord.example", "de-DE")
    p = po("4500232078", s, "EUR", "2026-11-10", [
        L(1, "AN-VW-1500", "Vertikale Ankerwinde 1500 W, 24V, Kettennuss 10 mm", 3, "EA", "2140.00", "2026-12-18"),
        L(2, "AN-FS-24", "Fußschalter Paar 24V, Edelstahl", 3, "PAIR", "96.00", "2026-12-18"),
    ])
    txt = ("Sehr geehrte Damen und Herren,\n\n"
           "vielen Dank für Ihre Nachricht an bestellung@ankerwinden-nord.example. Sie ist am 10.11.2026 um 10:14 Uhr bei uns "
           "eingegangen und wird schnellstmöglich bearbeitet.\n\n"
           "Auftragsbestätigungen versenden wir in der Regel innerhalb von 2 Werktagen. Bitte senden Sie Ihre Bestellung nicht erneut.\n\n"
           "Dies ist eine automatisch erzeugte Nachricht - bitte antworten Sie nicht darauf.\n\n"
           "Ankerwinden Nord GmbH | Am Hafenkai 3 | 24937 Flensburg | Tel. +49 461 555 0140\n")
    b = BUYERS["helen"]
    eml = build("c031", frm=("Ankerwinden Nord - Bestellannahme", "bestellung@ankerwinden-nord.example"), to=(b[0], b[1]),
                subject="Eingangsbestätigung: Order confirmation request - PO 4500232078", date="2026-11-10 10:14:22 +0100",
                client="generic", text=txt, charset="iso-8859-1", reply=p,
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    e = exp("auto_reply", "Automatic receipt from a shared order inbox: it says the message arrived and confirmations follow within 2 "
            "working days; 'Eingangsbestätigung' is a receipt, not an order confirmation.")
    return [p], eml, e


@case("gully-caps-harga-seunit-rm", "confirmation/ms-MY",
      "Malay reply with 'harga seunit RM 12.40' on one line, the other confirmed unchanged; RM symbol instead of MYR.")
def c_ms():
    s = sup("AGROSALURAN", "Agro Saluran Sdn. Bhd.", "jualan@agrosaluran.example", "ms-MY")
    p = po("4500232102", s, "MYR", "2026-11-09", [
        L(1, "HG-CAP-100", "Gully end cap 100x50 mm, UV-stabilised", 600, "PCS", "11.80", "2026-12-16"),
        L(2, "HG-NFT-4M", "NFT gully 100x50 mm, 4 m length", 150, "PCS", "96.00", "2026-12-16"),
    ], buyer="ines")
    body = ("Salam sejahtera Cik Ines,\n\n"
            "Terima kasih atas pesanan PO 4500232102. Kami sahkan seperti berikut:\n\n"
            "Item 1 - HG-CAP-100 penutup hujung: 600 unit, harga seunit RM 12.40 (kenaikan harga resin)\n"
            "Item 2 - HG-NFT-4M saluran NFT 4 m: 150 unit, harga seunit RM 96.00\n\n"
            "Penghantaran pada 16/12/2026 untuk kedua-dua item.\n\n"
            "Terima kasih.")
    sig = "Nurul Aina binti Hassan\nEksekutif Jualan\nAgro Saluran Sdn. Bhd.\nLot 12, Jalan Perusahaan 3, 43650 Bandar Baru Bangi, Selangor\nTel: +60 3-5550 1420"
    eml = reply("c032", p, ("Nurul Aina Hassan", "nurul.aina@agrosaluran.example"), "2026-11-11 15:36:02 +0800", body,
                client="gmail", attr="On Mon, 9 Nov 2026 at 5:14 PM Ines Vogt <ines.vogt@haldenrooke.example> wrote:")
    e = exp("confirmation", "Line 1 'harga seunit RM 12.40' (RM = MYR) replaces 11.80; line 2 repeats the PO; delivery 16/12/2026 "
            "(day-first) equals the requested date.",
            [conf(p, {1: C(p, 1, price="12.40"), 2: "A"})])
    return [p], eml, e


@case("shuttles-line3-separate-confirmation", "confirmation/sv-SE",
      "Lines 1 and 2 are confirmed as ordered; line 3 'följer i en separat bekräftelse', so it stays unconfirmed.")
def c_sv():
    s = sup("VAVSKYTTEL", "Vävskyttel AB", "order@vavskyttel.example", "sv-SE")
    p = po("4500232125", s, "SEK", "2026-11-09", [
        L(1, "LS-FLY-38", "Flygskyttel bok, 38 cm, med 2 rullar", 40, "EA", "495.00", "2026-12-18"),
        L(2, "LS-BOB-12", "Spolar trä 12 cm", 400, "EA", "18.50", "2026-12-18"),
        L(3, "LS-REED-50", "Vävsked 50/10, 120 cm", 10, "EA", "1240.00", "2027-01-15"),
    ], buyer="jonas")
    body = ("Hej Jonas,\n\n"
            "Tack för beställningen 4500232125.\n\n"
            "Rad 1 (flygskyttlar, 40 st à 495,00 kr) och rad 2 (spolar, 400 st à 18,50 kr) bekräftas enligt order, "
            "leverans 2026-12-18.\n\n"
            "Rad 3 (vävskedar 50/10) tillverkas hos vår underleverantör i Borås - den följer i en separat bekräftelse.\n\n"
            "Med vänliga hälsningar")
    sig = "Karin Lindqvist\nOrderavdelningen\nVävskyttel AB, Industrigatan 4, 511 54 Kinna\nTel 0320-55 01 42"
    eml = reply("c033", p, ("Karin Lindqvist", "karin.lindqvist@vavskyttel.example"), "2026-11-12 13:27:50 +0100", body,
                client="outlook", lang="sv", prefix="SV: ", charset="iso-8859-1", sent="den 9 november 2026 10:14")
    e = exp("confirmation", "Lines 1-2 confirmed exactly as ordered (2026-12-18); line 3 'följer i en separat bekräftelse' = addressed "
            "without commitment, so unconfirmed.",
            [conf(p, {1: "A", 2: "A", 3: "U"})])
    return [p], eml, e


@case("qmail-plain-text-bounce", "bounce/cs-CZ",
      "Plain-text qmail bounce (no multipart/report) with the complete original request pasted below the failure notice.")
def c_qmail():
    s = sup("CLUNEK", "Člunek Textil s.r.o.", "objednavky@clunek-textil.example", "cs-CZ")
    p = po("4500232140", s, "CZK", "2026-11-11", [
        L(1, "LS-CL-34", "Člunek pro tkalcovský stav 34 cm, habr", 30, "EA", "1450.00", "2026-12-18"),
        L(2, "LS-CIV-8", "Cívka papírová 8x200 mm", 1500, "EA", "6.20", "2026-12-18"),
    ], buyer="ines")
    orig = request_message(p).decode("utf-8", "replace").replace("\r\n", "\n")
    txt = ("Hi. This is the qmail-send program at mail.clunek-textil.example.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<objednavky@clunek-textil.example>:\n"
           "This mailbox is disabled (#5.2.1)\n\n"
           "--- Below this line is a copy of the message.\n\n" + orig)
    eml = build("c034", frm=("", "MAILER-DAEMON@mail.clunek-textil.example"), to=("", "ines.vogt@haldenrooke.example"),
                subject="failure notice", date="2026-11-11 10:14:06 +0100", client="generic", text=txt,
                charset="us-ascii", cte="7bit", msg_id="<20261111091406.28114.qmail@mail.clunek-textil.example>")
    e = exp("bounce", "qmail 'failure notice' in plain text: the pasted copy of our request (PO table, prices, requested dates) is "
            "the only order content; mailbox disabled.")
    return [p], eml, e


@case("ski-jump-dienstag-kw-51-per-gebinde", "confirmation/de-AT",
      "Delivery 'Dienstag der KW 51' (a named day in a calendar week = 2026-12-15) and a coating priced per 5 L Gebinde against a per-litre PO.")
def c_at():
    s = sup("SCHANZENTIROL", "Schanzentechnik Tirol GmbH", "verkauf@schanzentechnik.example", "de-AT")
    p = po("4500232166", s, "EUR", "2026-11-10", [
        L(1, "SJ-SPUR-KER", "Keramikspur-Element 1.200 mm, Nut 12x20", 30, "EA", "312.00", "2026-12-18"),
        L(2, "SJ-EIS-5L", "Eisspur-Beschichtung 2K, Gebinde 5 L", 60, "L", "58.00", "2026-12-18"),
    ], buyer="ines")
    body = ("Sehr geehrte Frau Vogt,\n\n"
            "danke für Ihre Bestellung 4500232166, die wir gerne bestätigen:\n\n"
            "Pos. 1: 30 Stk. Keramikspur-Element SJ-SPUR-KER à € 312,00\n"
            "Pos. 2: 12 Gebinde à 5 L Eisspur-Beschichtung SJ-EIS-5L à € 285,00 je Gebinde\n\n"
            "Liefertermin: Dienstag der KW 51, frei Baustelle bzw. DAP Felixstowe.\n\n"
            "Mit freundlichen Grüßen aus Innsbruck")
    sig = "Florian Gruber\nVerkauf Innendienst\nSchanzentechnik Tirol GmbH\nGrabenweg 68, 6020 Innsbruck, Österreich\nT +43 512 555 014 | FN 123456a, LG Innsbruck"
    eml = reply("c035", p, ("Florian Gruber", "f.gruber@schanzentechnik.example"), "2026-11-18 17:02:11 +0100", body,
                client="apple", lang="de", prefix="AW: ",
                attr="Am 10.11.2026 um 10:14 schrieb Ines Vogt <ines.vogt@haldenrooke.example>:")
    t = iso_week_day(51, 2)
    e = exp("confirmation", "'Dienstag der KW 51' = Tuesday of ISO week 51 = %s for both lines; line 2: 12 x 5 L = 60 L as ordered, "
            "EUR 285.00 per 5 L can = 57.00 per litre (changed from 58.00)." % t,
            [conf(p, {1: C(p, 1, d=t), 2: C(p, 2, price="57.00", d=t)})])
    return [p], eml, e


@case("seat-hinge-zar-excl-vat", "confirmation/en-ZA",
      "South African English with 'ZAR 1 250,00 excl. VAT each' (space grouping, decimal comma) on a per-set PO.")
def c_za():
    s = sup("KAROO", "Karoo Stadium Seating (Pty) Ltd", "orders@karooseating.example", "en-ZA")
    p = po("4500232188", s, "ZAR", "2026-11-10", [
        L(1, "SH-ASM-2027", "Stadium seat hinge assembly 2027 model, 4/3 spring", 200, "SET", "1195.00", "2026-12-18"),
        L(2, "SH-CAP-12", "Hinge cover cap 12x20 mm, black", 400, "PCS", "14.50", "2026-12-18"),
    ])
    body = ("Good day Helen\n\n"
            "Thank you for PO 4500232188. We confirm as follows:\n\n"
            "Line 1: 200 hinge assemblies SH-ASM-2027 at ZAR 1 250,00 excl. VAT each (steel increase from 1 November, as advised)\n"
            "Line 2: 400 cover caps SH-CAP-12 at ZAR 14,50 excl. VAT each\n\n"
            "Delivery to Felixstowe on 18/12/2026, both lines.\n\n"
            "Kind regards")
    sig = ("Thandi Nkosi\nSales Administrator\nKaroo Stadium Seating (Pty) Ltd\n14 Voortrekker Road, Bellville, Cape Town, 7530\n"
           "Tel: +27 21 555 0142 | Cell: 082 555 0142\n\nThis e-mail is subject to our standard disclaimer at www.karooseating.example/disclaimer.")
    eml = reply("c036", p, ("Thandi Nkosi", "thandi@karooseating.example"), "2026-11-16 09:51:36 +0200", body,
                client="outlook", sent="Tuesday, 10 November 2026 11:14")
    e = exp("confirmation", "'ZAR 1 250,00 excl. VAT each' = 1250.00 net per set (PO 1195.00); line 2 14,50 = 14.50 as ordered; "
            "delivery 18/12/2026 as requested.",
            [conf(p, {1: C(p, 1, price="1250.00"), 2: "A"})])
    return [p], eml, e
