"""Cases 019-036."""
from .common import (A, C, R, U, PO, Part, alt, attach, case, conf, dsn, html_doc, mdate, message, mid,
                     multipart, other, quote_gt, quote_outlook, reply, req_id, req_subject, request_html,
                     request_text, sup, text, make_pdf, make_xlsx)


@case("sk-sk-forwarded-warehouse-answer", "Salesperson forwards the warehouse's internal Slovak answer; dates '18.12.' without year, one regulator delayed to mid-January.")
def c019():
    s = sup("TECHPLYN", "TechPlyn s.r.o.", "predaj@techplyn.example", "sk-SK")
    po = PO("4500031402", s, "EUR", "2026-11-06", [
        ("OXR-200-2G", "Oxygen regulator 200 bar, 2 gauges, G 3/4", 8, "EA", "54.80", "2026-12-18"),
        ("OXR-FB-ARR", "Flashback arrestor oxygen, regulator mount", 16, "EA", "17.20", "2026-12-18")], buyer="ines")
    body = ("Dobrý deň pani Kovac,\n\nposielam vyjadrenie nášho skladu k Vašej objednávke 4500031402 – ceny a množstvá podľa objednávky platia.\n\n"
            "S pozdravom\nMartina Horváthová\nobchodné oddelenie\nTechPlyn s.r.o., Priemyselná 9, 917 01 Trnava\ntel.: +421 33 551 20 87\n\n"
            "---------- Preposlaná správa ----------\nOd: Jozef Baláž <sklad@techplyn.example>\nDátum: ut 10. 11. 2026 o 14:02\n"
            "Predmet: RE: obj. 4500031402 Northgate\nKomu: Martina Horváthová <predaj@techplyn.example>\n\n"
            "Martina,\nregulátory OXR-200-2G 8 ks máme, expedujeme tak, aby boli u zákazníka do 18.12.\n"
            "Poistky OXR-FB-ARR prídu od výrobcu až v januári, u zákazníka budú 15.1.\nJožo\n")
    raw = reply(po, ("Martina Horváthová", s["email"]), mdate(10, "15:20:11", "+0100"),
                "<CAK2vRt0b8sQ@techplyn.example>", text(body), subject="Fwd: RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: C(date="2027-01-15")})],
                           "Forwarded internal answer, endorsed by the salesperson (prices and quantities per PO). Line 1 at the customer by 18.12. = 2026-12-18 as requested; line 2 at the customer 15.1. (no year, next such date) = 2027-01-15.")


@case("hu-hu-answers-second-of-two-pos", "Two open POs from the same supplier; the Hungarian reply (threaded on the second request) answers only that one, with dates like '2027. 01. 12.'.")
def c020():
    s = sup("FEMSZ", "Fémszerszám Kft.", "ertekesites@femszerszam.example", "hu-HU")
    a = PO("4500031410", s, "EUR", "2026-11-02", [
        ("PB-600-HX", "Pry bar 600 mm, hexagonal, chisel/pointed", 20, "EA", "9.80", "2026-12-07")], buyer="omar")
    b = PO("4500031428", s, "EUR", "2026-11-05", [
        ("PB-1000-HX", "Pry bar 1000 mm, hexagonal", 12, "EA", "14.60", "2026-12-14"),
        ("PB-SET-3", "Pry bar set 3 pcs (300/450/600 mm)", 10, "SET", "22.50", "2026-12-14")], buyer="omar")
    body = ("Tisztelt Haddad Úr!\n\nKöszönjük a 4500031428 számú megrendelését, az alábbiak szerint visszaigazoljuk:\n\n"
            "1. tétel PB-1000-HX – 12 db – 14,60 EUR/db – szállítás: 2026. 12. 14.\n"
            "2. tétel PB-SET-3 – 10 készlet – 22,50 EUR/készlet – szállítás: 2027. 01. 12. (a készletek januárban érkeznek)\n\n"
            "Üdvözlettel:\nKiss Balázs\nértékesítési munkatárs\nFémszerszám Kft. | 6000 Kecskemét, Szent István krt. 44.\n"
            "Tel.: +36 76 481 220 | Adószám: 12345678-2-03\n\n"
            "Feladó: Omar Haddad <omar.haddad@northgate-supply.example>\nElküldve: 2026. november 5., csütörtök 9:14\n"
            f"Címzett: {s['email']}\nTárgy: {req_subject(b)}\n\n" + request_text(b))
    raw = reply(b, ("Kiss Balázs", s["email"]), mdate(11, "10:06:54", "+0100"),
                "<VI1PR03MB6620D3E5@femszerszam.example>", text(body, charset="iso-8859-2", cte="quoted-printable"),
                subject="VS: " + req_subject(b), subject_charset="iso-8859-2")
    return [a, b], raw, conf([(b, {1: A, 2: C(date="2027-01-12")})],
                             "Only PO 4500031428 is answered (PO 4500031410 is not mentioned and is left out). Line 1 as ordered; line 2 delivery 2027. 01. 12. (Hungarian year-first) instead of 2026-12-14.")


@case("ro-ro-box-rounding", "Romanian reply rounding rivet boxes up to a full carton of 5 boxes and confirming the price per box with a decimal comma.")
def c021():
    s = sup("NITUR", "Nituri Industriale S.R.L.", "vanzari@nituri-industriale.example", "ro-RO")
    po = PO("4500031433", s, "EUR", "2026-11-05", [
        ("RV-ST-48-16", "Blind rivet steel 4.8 x 16 mm (box of 1000)", 48, "BOX", "14.20", "2026-12-15"),
        ("RV-TOOL-HD", "Heavy-duty hand riveter 2.4-6.4 mm", 6, "EA", "36.00", "2026-12-15")], buyer="mika")
    body = ("Bună ziua,\n\nVă confirmăm comanda nr. 4500031433 după cum urmează:\n\n"
            "- RV-ST-48-16: nituri livrate numai în baxuri de câte 5 cutii, deci 50 cutii x 14,20 EUR/cutie, livrare 15.12.2026\n"
            "- RV-TOOL-HD: 6 buc. x 36,00 EUR, livrare 15.12.2026\n\n"
            "Cu stimă,\nIoana Popescu\nDepartament Vânzări\nNituri Industriale S.R.L. | Str. Fabricii 23, 400620 Cluj-Napoca\n"
            "Tel: +40 264 418 300 | CUI RO 18273645 | J12/3341/2005\n\n"
            + quote_gt(po, "La 05.11.2026 10:21, Mika Laine a scris:"))
    raw = reply(po, ("Ioana Popescu", s["email"]), mdate(9, "12:30:09", "+0200"),
                "<8a3b2f11-0c41-4d6e-a2f9-5e2d1c9b7a31@nituri-industriale.example>",
                text(body, cte="base64"), subject="Re: " + req_subject(po),
                extra=[("User-Agent", "Mozilla Thunderbird")])
    return [po], raw, conf([(po, {1: C(quantity=50), 2: A})],
                           "Line 1 rounded up from 48 to 50 boxes (cartons of 5 boxes), same price and date. Line 2 as ordered.")


@case("bg-bg-will-revert-after-stocktake", "Bulgarian windows-1251 reply: order received, confirmation promised by Friday after the stock count; nothing committed.")
def c022():
    s = sup("SKELET", "Скелет Инженеринг ЕООД", "office@skelet-eng.example", "bg-BG")
    po = PO("4500031447", s, "EUR", "2026-11-06", [
        ("SC-48-SW", "Scaffold swivel coupler 48.3 mm, forged", 400, "PC", "3.15", "2026-12-21"),
        ("SC-48-RA", "Scaffold right-angle coupler 48.3 mm, forged", 600, "PC", "2.85", "2026-12-21")], buyer="omar")
    body = ("Здравейте г-н Хадад,\n\nПолучихме поръчка № 4500031447, благодаря.\n"
            "В момента правим инвентаризация в склада и ще Ви потвърдим количествата и срока на доставка до петък, 13.11.2026 г.\n\n"
            "Поздрави,\nДесислава Петрова\nТърговски отдел\nСкелет Инженеринг ЕООД, гр. Пловдив, бул. Кукленско шосе 17\n"
            "тел. +359 32 640 118 | ЕИК 203948571\n")
    raw = reply(po, ("Десислава Петрова", s["email"]), mdate(10, "16:45:00", "+0200"),
                "<003601dcf2c4$9a1b2c30$ce518690$@skelet-eng.example>", text(body, charset="windows-1251"),
                subject="RE: " + req_subject(po), subject_charset="windows-1251")
    return [po], raw, other("needs_review", "Acknowledges receipt only; quantities and dates will be confirmed by Friday 13.11 after a stock count. No line is committed.")


@case("ru-ru-koi8r-in-three-weeks", "Russian KOI8-R reply: everything as ordered except delivery 'через 3 недели' counted from the mail date, earlier than requested.")
def c023():
    s = sup("TENTPRO", "ООО «Тент-Профи»", "zakaz@tent-profi.example", "ru-RU")
    po = PO("4500031452", s, "EUR", "2026-11-05", [
        ("TRP-68-GR", "Tarpaulin 6 x 8 m, PVC 650 g/m2, grey", 25, "PC", "64.00", "2026-12-14"),
        ("TRP-ROPE-10", "Tarpaulin rope 10 m with hooks", 50, "PC", "2.40", "2026-12-14")], buyer="ines")
    body = ("Добрый день, Инес!\n\nПодтверждаем заказ № 4500031452 в полном объёме: тенты ТП-68 — 25 шт. по 64,00 EUR, "
            "верёвки с крюками — 50 шт. по 2,40 EUR.\nПоставка обеих позиций — через 3 недели от сегодняшнего дня, "
            "т. е. раньше запрошенного срока.\n\nС уважением,\nАлексей Смирнов\nменеджер по продажам\n"
            "ООО «Тент-Профи», г. Иваново, ул. Ташкентская, 90\nтел. +7 (4932) 58-14-20, ИНН 3702145890\n")
    raw = reply(po, ("Алексей Смирнов", s["email"]), mdate(9, "11:20:00", "+0300"),
                "<1762676400.182734@tent-profi.example>", text(body, charset="koi8-r", cte="8bit"),
                subject="Re: " + req_subject(po), subject_charset="koi8-r")
    return [po], raw, conf([(po, {1: C(date="2026-11-30"), 2: C(date="2026-11-30")})],
                           "Quantities and prices as ordered. Delivery 'in 3 weeks from today': mail dated Mon 2026-11-09 + 21 days = 2026-11-30, earlier than 2026-12-14, for both lines.")


@case("uk-ua-out-of-office", "Ukrainian out-of-office reply with a return date and a deputy's address; flagged Auto-Submitted.")
def c024():
    s = sup("KLEIUA", "ТОВ «Клей-Майстер»", "o.bondarenko@klei-master.example", "uk-UA")
    po = PO("4500031466", s, "EUR", "2026-11-06", [
        ("WG-D3-750", "Wood glue PVAc D3, 750 g bottle", 120, "EA", "4.10", "2026-12-16")], buyer="mika")
    body = ("Доброго дня!\n\nДякую за Ваш лист. Я перебуваю у відпустці до 20.11.2026 включно і не маю доступу до пошти.\n"
            "З питань замовлень звертайтеся, будь ласка, до моєї колеги Ірини Ткаченко: i.tkachenko@klei-master.example, тел. +380 44 392 17 05.\n\n"
            "З повагою,\nОлена Бондаренко\n")
    raw = reply(po, ("Олена Бондаренко", s["email"]), mdate(6, "09:41:02", "+0200"),
                "<auto.4500031466.20261106@klei-master.example>", text(body, cte="base64"),
                subject="Автовідповідь: " + req_subject(po),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    return [po], raw, other("auto_reply", "Out-of-office auto reply in Ukrainian; says nothing about the order.")


@case("tr-tr-stock-split-8859-9", "Turkish ISO-8859-9 reply: 80 of 120 rolls now, the rest on a later date written with a Turkish month name; second line unchanged.")
def c025():
    s = sup("KAYMAZ", "Kaymaz Bant Sanayi ve Ticaret A.Ş.", "satis@kaymazbant.example", "tr-TR")
    po = PO("4500031471", s, "USD", "2026-11-05", [
        ("AST-100-BK", "Anti-slip tape 100 mm x 18 m, black, grit 60", 120, "ROL", "14.90", "2026-12-04"),
        ("AST-50-GL", "Anti-slip tape 50 mm x 18 m, glow-in-the-dark", 40, "ROL", "12.30", "2026-12-04")], buyer="dana")
    body = ("Merhaba Dana Hanım,\n\n4500031471 numaralı siparişiniz için teşekkür ederiz.\n\n"
            "AST-100-BK: stokta 80 rulo var, 4 Aralık'ta sevk ediyoruz; kalan 40 rulo 8 Ocak 2027'de teslim edilecek.\n"
            "AST-50-GL: 40 rulo, 12,30 USD, 4 Aralık teslim, sorun yok.\n\nFiyatlar siparişteki gibidir.\n\n"
            "Saygılarımızla,\nEmre Yılmaz\nSatış Müdürü\nKaymaz Bant San. ve Tic. A.Ş. | İkitelli OSB, Başakşehir / İstanbul\n"
            "Tel: +90 212 549 31 70 | Vergi No: 5210384917\n")
    raw = reply(po, ("Emre Yılmaz", s["email"]), mdate(10, "14:55:31", "+0300"),
                "<20261110145531.77c2@kaymazbant.example>", text(body, charset="iso-8859-9"),
                subject="YNT: " + req_subject(po), subject_charset="iso-8859-9")
    return [po], raw, conf([(po, {1: C(schedule=[(80, "2026-12-04"), (40, "2027-01-08")]), 2: A})],
                           "Line 1 split: 80 rolls shipped 4 December (ship date stands as date), remaining 40 delivered 2027-01-08; total 120, last date 2027-01-08. Line 2 as ordered.")


@case("el-gr-iso-8859-7-accept-all", "Greek ISO-8859-7 reply confirming all three lines as ordered with prices in decimal comma and dd/mm/yyyy dates.")
def c026():
    s = sup("ELASTIKA", "Ελαστικά Ιμάντες Παπαδόπουλος Α.Ε.", "poliseis@papadopoulos-imantes.example", "el-GR")
    po = PO("4500031489", s, "EUR", "2026-11-04", [
        ("BC-060-RD", "Bungee cord 60 cm, red, hooks", 200, "EA", "1.45", "2026-12-10"),
        ("BC-100-GR", "Bungee cord 100 cm, green, hooks", 200, "EA", "1.90", "2026-12-10"),
        ("BC-NET-1215", "Cargo net 120 x 150 cm with hooks", 30, "EA", "8.70", "2026-12-10")], buyer="omar")
    body = ("Καλημέρα σας κ. Haddad,\n\nΕπιβεβαιώνουμε την παραγγελία σας 4500031489:\n\n"
            "Α/Α 1  BC-060-RD   200 τεμ.  1,45 €  παράδοση 10/12/2026\n"
            "Α/Α 2  BC-100-GR   200 τεμ.  1,90 €  παράδοση 10/12/2026\n"
            "Α/Α 3  BC-NET-1215  30 τεμ.  8,70 €  παράδοση 10/12/2026\n\n"
            "Με εκτίμηση,\nΜαρία Γεωργίου\nΤμήμα Πωλήσεων\nΕλαστικά Ιμάντες Παπαδόπουλος Α.Ε. | Θεσσαλονίκη\nΤηλ. 2310 795 420 | ΑΦΜ 094381726\n")
    raw = reply(po, ("Μαρία Γεωργίου", s["email"]), mdate(6, "12:08:44", "+0200"),
                "<GV0P278MB0833A2@papadopoulos-imantes.example>", text(body.replace("€", "EUR"), charset="iso-8859-7"),
                subject="ΑΠ: " + req_subject(po), subject_charset="iso-8859-7")
    return [po], raw, conf([(po, {1: A, 2: A, 3: A})],
                           "All three lines confirmed exactly as ordered.")


@case("sv-se-vecka-and-weekday-in-week", "Swedish reply mixing 'vecka 50' for one line and 'tisdag vecka 50' for another.")
def c027():
    s = sup("NORRVERK", "Norrverktyg AB", "order@norrverktyg.example", "sv-SE")
    po = PO("4500031495", s, "EUR", "2026-11-06", [
        ("CC-450-HD", "Cable cutter 450 mm, heavy duty", 15, "EA", "27.80", "2026-12-04"),
        ("CC-ACSR-32", "Cable cutter for ACSR up to 32 mm", 6, "EA", "96.00", "2026-12-04")], buyer="mika")
    body = ("Hej Mika,\n\nTack för ordern 4500031495. Vi bekräftar antal och priser enligt er beställning.\n\n"
            "CC-450-HD: leverans vecka 50.\nCC-ACSR-32: leverans tisdag vecka 50.\n\n"
            "Med vänliga hälsningar\nLinnea Sjöberg\nOrderavdelningen\nNorrverktyg AB | Box 114, 901 03 Umeå | 090-14 22 80 | Org.nr 556712-3345\n\n"
            + quote_gt(po, "Den 6 nov. 2026 kl. 10:14 skrev Mika Laine <mika.laine@northgate-supply.example>:"))
    raw = reply(po, ("Linnea Sjöberg", s["email"]), mdate(11, "09:02:10", "+0100"),
                "<HE1P190MB0405B3@norrverktyg.example>", text(body, charset="iso-8859-1"), subject="SV: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(date="2026-12-11"), 2: C(date="2026-12-08")})],
                           "Week 50 without a day = Friday 2026-12-11; 'Tuesday week 50' = 2026-12-08. Both later than 2026-12-04; quantities and prices as ordered.")


@case("nb-no-prepayment-before-confirming", "Norwegian reply: the order can only be confirmed once a prepayment has been received (new customer); nothing committed yet.")
def c028():
    s = sup("BRENSEL", "Brenselkanne Norge AS", "ordre@brenselkanne.example", "nb-NO")
    po = PO("4500031503", s, "EUR", "2026-11-06", [
        ("FC-10-GR", "Fuel can 10 l, steel, green (diesel)", 40, "EA", "19.50", "2026-12-15")], buyer="ines")
    body = ("Hei Ines,\n\nTakk for bestillingen 4500031503.\n\nSom ny kunde hos oss må vi dessverre be om forskuddsbetaling. "
            "Proformafaktura på EUR 780,00 er vedlagt. Vi kan bekrefte ordren og leveringsdato så snart betalingen er mottatt.\n\n"
            "Med vennlig hilsen\nKnut Haugen\nBrenselkanne Norge AS | Org.nr. 918 334 771 MVA | Tlf. 22 64 81 30\n")
    pf = make_pdf(["Brenselkanne Norge AS", "PROFORMAFAKTURA 70-2026-0412", "Deres ordre: 4500031503",
                   "40 stk FC-10-GR Kanne 10 l staal groenn   a 19,50   780,00 EUR", "Betales til IBAN NO93 8601 1117 947"],
                  title="Proforma 70-2026-0412")
    m = multipart("mixed", [text(body, charset="iso-8859-1"), attach(pf, "application/pdf", "Proforma_70-2026-0412.pdf")],
                  "=-=-=__gbp0419ad__=-=-=")
    raw = reply(po, ("Knut Haugen", s["email"]), mdate(9, "13:33:00", "+0100"),
                "<a8d1f0e2c3b4@brenselkanne.example>", m, subject="SV: " + req_subject(po))
    return [po], raw, other("needs_review", "No commitment: the supplier will confirm order and date only after prepayment of the attached proforma. A buyer must decide on paying first.")


@case("da-dk-gmail-friday-date", "Danish Gmail reply: everything confirmed with delivery 'fredag d. 11/12' (no year), i.e. a few days later than requested.")
def c029():
    s = sup("HOERVAERN", "Dansk Høreværn ApS", "salg@dansk-hoervaern.example", "da-DK")
    po = PO("4500031511", s, "EUR", "2026-11-03", [
        ("EP-SIL-RE", "Reusable silicone earplugs with cord, SNR 27 dB", 300, "PR", "1.15", "2026-12-08"),
        ("EP-CASE-10", "Earplug carry case, aluminium", 300, "EA", "0.65", "2026-12-08")], buyer="dana")
    body = ("Hej Dana\n\nTak for ordren. Vi bekræfter 300 par EP-SIL-RE à 1,15 EUR og 300 stk. EP-CASE-10 à 0,65 EUR.\n"
            "Levering fredag d. 11/12.\n\nVenlig hilsen\nMette Kjær\nDansk Høreværn ApS\nTlf. +45 86 12 40 77 · CVR 35 88 12 40\n\n"
            + quote_gt(po, "Den tir. 3. nov. 2026 kl. 09.12 skrev Dana Ruiz <dana.ruiz@northgate-supply.example>:"))
    raw = reply(po, ("Mette Kjær", "mette@dansk-hoervaern.example"), mdate(4, "08:05:19", "+0100"),
                "<CAJ8mT1kQ9x2@mail.gmail.com>",
                alt(text(body), text(html_doc("<div dir=\"ltr\">" + body.split("\n\nDen tir.")[0].replace("\n", "<br>") + "</div><div class=\"gmail_quote\"><blockquote class=\"gmail_quote\">" + request_html(po) + "</blockquote></div>"), "html"),
                    "000000000000f3d1a20605e8c4b1"),
                subject="Re: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(date="2026-12-11"), 2: C(date="2026-12-11")})],
                           "Quantities and prices as ordered; 'fredag d. 11/12' = Friday 11 December 2026 (day-first, no year) instead of 2026-12-08 for both lines.")


@case("fi-fi-exim-plain-bounce", "Classic Exim 'Mail delivery failed' bounce as plain text (not multipart/report), quoting the original message.")
def c030():
    s = sup("POLTTO", "Polttoainekanisteri Oy", "myynti@polttoainekanisteri.example", "fi-FI")
    po = PO("4500031526", s, "EUR", "2026-11-05", [
        ("FC-20-ML", "Fuel can 20 l, military style, olive", 24, "EA", "27.40", "2026-12-09")], buyer="mika")
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n"
            "  myynti@polttoainekanisteri.example\n    host mx.polttoainekanisteri.example [192.0.2.41]\n"
            "    SMTP error from remote mail server after RCPT TO:<myynti@polttoainekanisteri.example>:\n"
            "    550 5.1.1 Postilaatikkoa ei ole olemassa / mailbox does not exist\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <mika.laine@northgate-supply.example>\nFrom: Mika Laine <mika.laine@northgate-supply.example>\n"
            f"To: myynti@polttoainekanisteri.example\nSubject: {req_subject(po)}\nDate: Thu, 05 Nov 2026 08:40:11 +0000\n"
            f"Message-ID: {req_id(po)}\n\n" + request_text(po))
    raw = message(("Mail Delivery System", "Mailer-Daemon@relay.northgate-supply.example"),
                  ("Mika Laine", "mika.laine@northgate-supply.example"),
                  "Mail delivery failed: returning message to sender", mdate(5, "08:40:14", "+0000"),
                  "<E1tK7Qx-0004Zm-3R@relay.northgate-supply.example>", text(body, cte="7bit", charset="us-ascii"),
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "myynti@polttoainekanisteri.example")])
    return [po], raw, other("bounce", "Exim plain-text bounce: permanent 550 5.1.1, the request never reached the supplier.")


@case("et-ee-price-per-1000-and-box-rounding", "Estonian reply giving the screw price per 1000 pieces (same value as the PO) and rounding the second line to full boxes of 500.")
def c031():
    s = sup("KRUVID", "Kruvimaailm OÜ", "myyk@kruvimaailm.example", "et-EE")
    po = PO("4500031531", s, "EUR", "2026-11-04", [
        ("DWS-35-25", "Drywall screw 3.5 x 25 mm, fine thread, black", 12000, "PC", "0.0185", "2026-12-11"),
        ("DWS-39-45", "Drywall screw 3.9 x 45 mm, coarse thread, black", 5200, "PC", "0.0260", "2026-12-11")], buyer="mika")
    body = ("Tere, Mika!\n\nKinnitame tellimuse 4500031531:\n\n"
            "1) DWS-35-25 – 12 000 tk, hind 18,50 EUR/1000 tk, tarne 11.12.2026\n"
            "2) DWS-39-45 – müüme ainult täiskarpides à 500 tk, seega 5 500 tk, hind 26,00 EUR/1000 tk, tarne 11.12.2026\n\n"
            "Lugupidamisega\nKadri Tamm\nmüügijuht\nKruvimaailm OÜ | Peterburi tee 71, 11415 Tallinn | +372 605 3318 | KMKR EE101887654\n")
    raw = reply(po, ("Kadri Tamm", s["email"]), mdate(9, "10:10:10", "+0200"),
                "<1c9f3a77e2@kruvimaailm.example>", text(body, charset="iso-8859-15"), subject="Re: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: C(quantity=5500)})],
                           "18,50 EUR per 1000 = 0.0185 per piece and 26,00 per 1000 = 0.0260: prices as ordered. Line 2 rounded from 5200 to 5500 (boxes of 500). Dates as requested. '12 000' uses a space as thousands separator.")


@case("lv-lv-invoice-other-order", "Latvian invoice mail with a PDF for an earlier, already delivered order (different PO number) while our hinge PO is open.")
def c032():
    s = sup("ENGES", "SIA Eņģes un Furnitūra", "rekini@enges-furnitura.example", "lv-LV")
    po = PO("4500031540", s, "EUR", "2026-11-06", [
        ("GH-BT-120", "Butt hinge 120 x 80 mm, galvanised, for gates", 200, "PR", "3.95", "2027-01-12")], buyer="omar")
    pdf = make_pdf(["SIA Enges un Furnitura, Riga, PVN LV40103344552", "PVN REKINS Nr. EF-2026/1874   Datums: 12.11.2026",
                    "Pasutitajs: Northgate Facility Supply   Jusu pasutijums: 4500029913",
                    "GH-STR-400  Siksnas enge 400 mm  60 pari x 9,80 = 588,00 EUR",
                    "PVN 0% (reversa maksa)   Kopa apmaksai: 588,00 EUR   Apmaksas termins: 12.12.2026"],
                   title="Rekins EF-2026/1874")
    body = ("Labdien!\n\nPielikumā nosūtām rēķinu Nr. EF-2026/1874 par Jūsu pasūtījumu 4500029913 (piegādāts 10.11.2026).\n"
            "Apmaksas termiņš: 12.12.2026.\n\nAr cieņu\nGrāmatvedība\nSIA Eņģes un Furnitūra\n")
    m = multipart("mixed", [text(body), attach(pdf, "application/pdf", "EF-2026-1874.pdf")], "b1_6f0d3e7a9c2b4e51a8f7")
    raw = message(("SIA Eņģes un Furnitūra", s["email"].replace("rekini", "rekini")), ("Omar Haddad", "omar.haddad@northgate-supply.example"),
                  "Rēķins Nr. EF-2026/1874", mdate(12, "11:00:00", "+0200"), "<rekins.EF-2026-1874@enges-furnitura.example>", m)
    return [po], raw, other("unrelated", "Invoice for a different, already delivered order 4500029913; it says nothing about open PO 4500031540.")


@case("lt-lt-1257-one-line-not-produced", "Lithuanian windows-1257 reply: two blade lines confirmed, the 32 TPI line no longer produced.")
def c033():
    s = sup("PJUKLAI", "UAB Pjūklų Centras", "pardavimai@pjukluc.example", "lt-LT")
    po = PO("4500031555", s, "EUR", "2026-11-05", [
        ("HSB-250-24", "Hacksaw blade 250 mm, HSS, 24 TPI", 200, "EA", "0.74", "2026-12-17"),
        ("HSB-250-32", "Hacksaw blade 250 mm, HSS, 32 TPI", 100, "EA", "0.79", "2026-12-17"),
        ("HSB-JR-150", "Junior hacksaw blade 150 mm (pack of 10)", 50, "PC", "1.90", "2026-12-17")], buyer="dana")
    body = ("Laba diena,\n\ndėkojame už užsakymą Nr. 4500031555.\n\n"
            "1 eil. HSB-250-24 – 200 vnt. po 0,74 EUR – pristatymas 2026-12-17 – patvirtiname\n"
            "2 eil. HSB-250-32 – šio gaminio gamintojas nebegamina, pristatyti negalime\n"
            "3 eil. HSB-JR-150 – 50 pak. po 1,90 EUR – pristatymas 2026-12-17 – patvirtiname\n\n"
            "Pagarbiai\nRūta Kazlauskienė\nUAB Pjūklų Centras, Kaunas | tel. +370 37 40 22 18 | PVM kodas LT100004418\n")
    raw = reply(po, ("Rūta Kazlauskienė", s["email"]), mdate(10, "09:47:06", "+0200"),
                "<DU2P193MB2001E7@pjukluc.example>", text(body, charset="windows-1257"), subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: R, 3: A})],
                           "Lines 1 and 3 as ordered; line 2 is no longer produced and cannot be delivered: rejected.")


@case("sl-si-which-colour-question", "Slovenian reply asking which colour set is meant because the item code and description disagree; nothing confirmed.")
def c034():
    s = sup("TONERSI", "Toner Center d.o.o.", "prodaja@tonercenter.example", "sl-SI")
    po = PO("4500031562", s, "EUR", "2026-11-06", [
        ("INK-T29XL-SET", "Ink cartridge Epson 29XL, multipack 4 colours", 20, "SET", "44.90", "2026-12-09"),
        ("INK-T29XL-BK", "Ink cartridge Epson 29XL black", 30, "EA", "16.20", "2026-12-09")], buyer="ines")
    body = ("Pozdravljeni,\n\nhvala za naročilo 4500031562. Preden ga potrdimo, prosimo za pojasnilo pri 1. postavki: "
            "koda INK-T29XL-SET pri nas pomeni komplet 3 barv (brez črne), v opisu pa navajate 4 barve. "
            "Komplet s 4 barvami ima drugo kodo in stane 52,30 EUR. Katerega želite?\n\n"
            "Ko prejmemo odgovor, pošljemo potrditev za celotno naročilo.\n\n"
            "Lep pozdrav,\nNina Kranjc\nToner Center d.o.o., Ljubljana | tel. 01 520 44 10\n")
    raw = reply(po, ("Nina Kranjc", s["email"]), mdate(10, "14:01:55", "+0100"),
                "<c8a1f3e0.21d4@tonercenter.example>", text(body, charset="iso-8859-2"), subject="RE: " + req_subject(po))
    return [po], raw, other("needs_review", "Question before confirming (code vs description mismatch); the whole order will be confirmed after our answer, so no line is committed.")


@case("hr-hr-erp-csv-attachment", "Croatian mail whose body only points to a semicolon CSV exported by the ERP; the CSV carries decimal commas, a changed date and a reduced quantity.")
def c035():
    s = sup("ELEKTRO", "Elektro-Spoj d.o.o.", "narudzbe@elektrospoj.example", "hr-HR")
    po = PO("4500031578", s, "EUR", "2026-11-05", [
        ("JB-S-8080", "Surface junction box 80 x 80 mm, IP54, white", 300, "EA", "1.35", "2026-12-10"),
        ("JB-F-65", "Flush junction box 65 mm for drywall", 500, "EA", "0.42", "2026-12-10"),
        ("JB-WAGO-5", "Lever connector 5-pole", 1000, "EA", "0.31", "2026-12-10")], buyer="mika")
    csv = ("Narudzba;Stavka;Sifra;Opis;Kolicina;JM;Cijena;Valuta;Datum isporuke;Napomena\r\n"
           "4500031578;1;JB-S-8080;Razvodna kutija 80x80 IP54;300;kom;1,35;EUR;10.12.2026;\r\n"
           "4500031578;2;JB-F-65;Kutija za gips 65 mm;500;kom;0,42;EUR;17.12.2026;kasni dobava\r\n"
           "4500031578;3;JB-WAGO-5;Spojnica 5-polna;800;kom;0,31;EUR;10.12.2026;zaliha 800 kom, ostatak otkazan\r\n")
    body = ("Poštovani,\n\nu privitku Vam šaljemo potvrdu narudžbe 4500031578 (CSV iz našeg sustava).\n\n"
            "Lijep pozdrav,\nIvana Horvat\nElektro-Spoj d.o.o. | Zagreb | OIB 44318290571\n")
    m = multipart("mixed", [text(body, charset="iso-8859-2"),
                            attach(csv.encode("cp1250"), "text/csv; charset=\"windows-1250\"", "potvrda_4500031578.csv")],
                  "----_NmP-7c61e0a9b3f28d44-Part_1")
    raw = reply(po, ("Ivana Horvat", s["email"]), mdate(11, "12:12:12", "+0100"),
                "<1731323532.7731.elektrospoj@elektrospoj.example>", m, subject="Odg: " + req_subject(po))
    return [po], raw, conf([(po, {1: A, 2: C(date="2026-12-17"), 3: C(quantity=800)})],
                           "All data in the CSV: line 1 as ordered; line 2 delivery 17.12.2026 instead of 10.12; line 3 only 800 of 1000 (remainder cancelled), price and date unchanged.")


@case("sr-rs-latin-later-date", "Serbian (Latin) reply confirming kick plates with a later date written 'do 29.01.2027.' and the price unchanged.")
def c036():
    s = sup("OKOVI", "Okovi Beograd d.o.o.", "prodaja@okovi-bg.example", "sr-RS")
    po = PO("4500031583", s, "EUR", "2026-11-06", [
        ("KP-SS-750", "Kick plate stainless steel 750 x 150 mm", 50, "EA", "19.40", "2027-01-20"),
        ("KP-SS-850", "Kick plate stainless steel 850 x 150 mm", 50, "EA", "21.10", "2027-01-20")], buyer="omar")
    body = ("Poštovani gospodine Haddad,\n\npotvrđujemo porudžbinu br. 4500031583: obe pozicije, po 50 kom, po cenama iz porudžbine "
            "(19,40 EUR i 21,10 EUR). Zbog praznika isporuka može biti najkasnije do 29.01.2027.\n\n"
            "Srdačan pozdrav,\nMarko Jovanović\nOkovi Beograd d.o.o. | PIB 101223344 | +381 11 30 44 120\n")
    raw = reply(po, ("Marko Jovanović", s["email"]), mdate(12, "10:20:30", "+0100"),
                "<PR3P192MB0711F0@okovi-bg.example>", text(body, charset="iso-8859-2"), subject="RE: " + req_subject(po))
    return [po], raw, conf([(po, {1: C(date="2027-01-29"), 2: C(date="2027-01-29")})],
                           "Quantities and prices as ordered; delivery at the latest 29.01.2027 instead of 2027-01-20 for both lines.")
