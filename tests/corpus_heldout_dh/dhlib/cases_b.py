from .common import *


@case(19, "ventielhandel-valves-csv", "confirmation", "nl-NL",
      "Dutch short mail + ERP CSV (semicolons, decimal comma, dd-mm-yyyy); one line cancelled with quantity 0, one repriced, one later.")
def c019():
    sup = ("VENTBRA", "Ventielhandel Brabant B.V.", "verkoop@ventielhandel-brabant.example", "nl-NL")
    p = po("4500081220", sup, "EUR", "2026-11-09", [
        ("TV-TR413", "Tubeless tyre valve TR413, snap-in", 2000, "PC", "0.19", "2027-01-08"),
        ("TV-TR414", "Tubeless tyre valve TR414, snap-in", 1000, "PC", "0.21", "2027-01-08"),
        ("TV-CAP-BK", "Valve cap plastic black", 5000, "PC", "0.025", "2027-01-08"),
        ("TV-TOOL-4", "Valve core tool 4-way", 50, "PC", "1.85", "2027-01-08"),
    ])
    body = """Goedemiddag Dana,

In de bijlage vind je onze orderbevestiging OB-2026-04412 (export uit ons systeem).
Regel 3 (zwarte ventieldopjes) is helaas uit ons assortiment, daar hebben we geen alternatief voor.

Met vriendelijke groet,

Sanne de Vries
Binnendienst
Ventielhandel Brabant B.V. | Ekkersrijt 4102 | 5692 DA Son en Breugel
T 0499 47 12 30 | KvK 17081234 | BTW NL8123.45.678.B01
"""
    csv = ("Orderbevestiging;OB-2026-04412\r\nUw referentie;4500081220\r\nDatum;12-11-2026\r\n\r\n"
           "Regel;Artikel;Omschrijving;Aantal;Eenheid;Prijs;Valuta;Leverdatum;Opmerking\r\n"
           "1;TV-TR413;Ventiel TR413 snap-in;2000;ST;0,19;EUR;08-01-2027;\r\n"
           "2;TV-TR414;Ventiel TR414 snap-in;1000;ST;0,23;EUR;08-01-2027;prijs 2027\r\n"
           "3;TV-CAP-BK;Ventieldop kunststof zwart;0;ST;0,025;EUR;;vervallen - artikel uit assortiment\r\n"
           "4;TV-TOOL-4;Ventielsleutel 4-in-1;50;ST;1,85;EUR;15-01-2027;\r\n")
    root = multi("mixed", alt(body, to_html(body)),
                 attach("text/csv", csv.encode("windows-1252"), "OB-2026-04412.csv", charset="windows-1252"))
    eml = reply(p, "Sanne de Vries", "sanne.devries@ventielhandel-brabant.example", mdate(2026, 11, 12, 14, 3, 7, 60),
                root, subject="RE: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1), 2: C(p, 2, price="0.23"), 3: R, 4: C(p, 4, d="2027-01-15")})],
        "notes": "Data is in the CSV attachment (decimal comma, dd-mm-yyyy). Line 3 quantity 0 'vervallen' and the body says it is out of range -> rejected. Line 2 price 0,23; line 4 delivery 15-01-2027."}
    return [p], eml, exp


@case(20, "sigillverkstaden-wax-split-vecka3", "confirmation", "sv-SE",
      "Swedish reply over Outlook quote: line 1 split 80 now (ISO date) and 40 in 'vecka 3' of next year; line 2 as ordered.")
def c020():
    sup = ("SIGILL", "Sigillverkstaden i Gävle AB", "order@sigillverkstaden.example", "sv-SE")
    p = po("4500081221", sup, "SEK", "2026-11-05", [
        ("WS-STK-RED", "Sealing wax stick red, 11 mm", 120, "PC", "24.00", "2026-12-09"),
        ("WS-BEAD-GLD", "Sealing wax beads gold, 250 g", 60, "PC", "89.00", "2026-12-09"),
    ])
    body = """Hej Dana!

Tack för beställningen.

Rad 1 (röda lackstänger): vi har 80 st i lager som levereras 2026-12-08, resterande 40 st levereras vecka 3. Pris enligt order.
Rad 2 (guldpärlor): enligt order, 60 st à 89,00 kr, leverans 2026-12-09.

Med vänliga hälsningar
Ebba Lindqvist
Sigillverkstaden i Gävle AB
Norra Kungsgatan 11, 803 20 Gävle | 026-12 34 56 | Org.nr 556123-4567

""" + outlook_quote(p, "sv", "den 5 november 2026 13:40")
    eml = reply(p, "Ebba Lindqvist", "ebba@sigillverkstaden.example", mdate(2026, 11, 6, 8, 55, 31, 60),
                alt(body, to_html(body)), subject="SV: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, d=week_day(2027, 3), sched=[(80, "2026-12-08"), (40, week_day(2027, 3))]),
        2: A(p, 2)})],
        "notes": "Line 1 split: 80 on 2026-12-08, 40 in 'vecka 3' = the next week 3 after Nov 2026 -> ISO week 3 of 2027, Friday 2027-01-22. Total quantity unchanged (120)."}
    return [p], eml, exp


@case(21, "oljefilter-norge-fravaer", "auto_reply", "nb-NO",
      "Norwegian out-of-office ('Fravær:') with a return date and an alternative contact address.")
def c021():
    sup = ("OLJENO", "Filterhuset Norge AS", "ordre@filterhuset.example", "nb-NO")
    p = po("4500081222", sup, "NOK", "2026-11-11", [
        ("OF-SPIN-34", "Oil filter spin-on 3/4-16 UNF", 150, "EA", "89.00", "2027-01-14"),
    ], buyer="jonas")
    body = """Hei,

takk for e-posten din. Jeg er på ferie til og med fredag 27. november og har ikke tilgang til e-post.
Henvendelser om ordre kan sendes til ordre@filterhuset.example eller ring sentralbord 22 33 44 55.

Med vennlig hilsen
Kari Nordmann
Filterhuset Norge AS
"""
    eml = reply(p, "Kari Nordmann", "kari.nordmann@filterhuset.example", mdate(2026, 11, 11, 15, 20, 0, 60),
                text(body, charset="iso-8859-1"), subject="Fravær: " + req_subject(p), charset="iso-8859-1",
                extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")])
    exp = {"kind": "auto_reply", "notes": "Out-of-office notice in Norwegian; the date is the return date, not a delivery date."}
    return [p], eml, exp


@case(22, "luftteknik-erp-html-ordrebekraeftelse", "confirmation", "da-DK",
      "Danish Business-Central-style HTML order confirmation in a new thread, our PO only as 'Deres ref.'; table includes line totals next to unit prices.")
def c022():
    sup = ("LUFTDK", "Luftteknik Danmark A/S", "salg@luftteknik.example", "da-DK")
    p = po("4500081223", sup, "DKK", "2026-11-06", [
        ("AF-PL-G4-490", "Panel filter G4 490x592x48", 80, "EA", "62.50", "2026-12-15"),
        ("AF-BAG-M6", "Bag filter M6 592x592x500, 6 pockets", 40, "EA", "245.00", "2026-12-15"),
        ("AF-CARB-300", "Carbon filter cartridge 300 mm", 12, "EA", "1180.00", "2027-01-12"),
    ])
    rows = [("10000", "AF-PL-G4-490", "Panelfilter G4 490x592x48", "80", "STK", "62,50", "5.000,00", "15-12-2026"),
            ("20000", "AF-BAG-M6", "Posefilter M6 592x592x500 6P", "40", "STK", "245,00", "9.800,00", "15-12-2026"),
            ("30000", "AF-CARB-300", "Kulfilterpatron 300 mm", "12", "STK", "1.235,00", "14.820,00", "19-01-2027")]
    th = "".join("<th>%s</th>" % h for h in ("Linje", "Varenr.", "Beskrivelse", "Antal", "Enhed", "Enhedspris", "Beløb DKK", "Lev.dato"))
    tr = "".join("<tr>%s</tr>" % "".join("<td>%s</td>" % c for c in r) for r in rows)
    htm = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p><b>Ordrebekræftelse 104512</b></p>
<p>Kunde: Kestrel Supply Ltd (debitor 20188)<br>Deres ref.: 4500081223 / Dana Ruiz<br>Bogføringsdato: 12-11-2026</p>
<table border="1" cellspacing="0" cellpadding="3">%s%s</table>
<p>Beløb i alt ekskl. moms: 29.620,00 DKK</p>
<p>Bemærk: linje 30000 er prissat efter prisliste 2027 og leveres uge 3.</p>
<p>Med venlig hilsen<br>Mette Sørensen<br>Luftteknik Danmark A/S &middot; Industrivej 21 &middot; 8660 Skanderborg &middot; CVR 12345678 &middot; tlf. 86 52 11 00</p>
</body></html>""" % (th, tr)
    plain = ("Ordrebekræftelse 104512\nDeres ref.: 4500081223 / Dana Ruiz\n\n" +
             "\n".join("%s  %-13s %-30s %4s %s %10s %11s  %s" % r for r in rows) +
             "\n\nBeløb i alt ekskl. moms: 29.620,00 DKK\nBemærk: linje 30000 er prissat efter prisliste 2027 og leveres uge 3.\n\nMed venlig hilsen\nMette Sørensen\nLuftteknik Danmark A/S\n")
    eml = reply(p, "Mette Sørensen", "salg@luftteknik.example", mdate(2026, 11, 12, 9, 14, 50, 60),
                alt(plain, htm, charset="iso-8859-1"), subject="Ordrebekræftelse 104512", reply=False, charset="iso-8859-1")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1), 2: A(p, 2), 3: C(p, 3, price="1235.00", d="2027-01-19")})],
        "notes": "New thread; the PO is identified by 'Deres ref.: 4500081223'. Lines 10000/20000/30000 map to PO lines 1-3 by item. 'Beløb' is the line total, not a unit price. Line 3: 1.235,00 DKK and 19-01-2027 (a Tuesday in uge 3; the exact date wins over the week)."}
    return [p], eml, exp


@case(23, "saranatehdas-hinges-vko50-oneliner", "confirmation", "fi-FI",
      "Finnish phone one-liner 'kaikki ok, toimitus vko 50': one date for both lines, earlier than one need-by and later than the other.")
def c023():
    sup = ("SARANA", "Saranatehdas Kuopio Oy", "myynti@saranatehdas.example", "fi-FI")
    p = po("4500081224", sup, "EUR", "2026-11-10", [
        ("BH-MS-75", "Brass hinge 75x50 mm", 200, "PC", "3.40", "2026-12-04"),
        ("BH-MS-100", "Brass hinge 100x75 mm", 100, "PC", "5.90", "2026-12-18"),
    ])
    attr = "Dana Ruiz <%s> kirjoitti 10.11.2026 kello 14.05:" % p["buyer"]["email"]
    body = "Moi, kaikki ok, toimitus vko 50.\n\nt. Jari\n\nLähetetty iPhonesta\n\n" + attr + "\n\n" + gt(req_text(p))
    eml = reply(p, "Jari Heikkinen", "jari.heikkinen@saranatehdas.example", mdate(2026, 11, 11, 7, 2, 15, 120),
                text(body, charset="utf-8", cte="8bit"), subject="Re: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, d=week_day(2026, 50)), 2: C(p, 2, d=week_day(2026, 50))})],
        "notes": "Quantities and prices OK; delivery 'vko 50' (week 50) without a day = Friday 2026-12-11: later than line 1's 12-04, earlier than line 2's 12-18, so both changed."}
    return [p], eml, exp


@case(24, "anadolutebesir-chalk-question", "needs_review", "tr-TR",
      "Turkish ISO-8859-9 reply asking which variant is meant and announcing new December prices before sending a confirmation.")
def c024():
    sup = ("ANATEB", "Anadolu Tebeşir San. ve Tic. A.Ş.", "satis@anadolutebesir.example", "tr-TR")
    p = po("4500081225", sup, "TRY", "2026-11-09", [
        ("CH-W-144", "White school chalk, box of 144", 200, "BOX", "85.00", "2026-12-14"),
        ("CH-JUMBO-20", "Jumbo sidewalk chalk, tub of 20", 100, "PC", "140.00", "2026-12-14"),
    ])
    body = """Merhaba Dana Hanım,

Siparişiniz için teşekkür ederiz. Onay vermeden önce iki konuyu netleştirmemiz gerekiyor:

- 2. kalemdeki jumbo tebeşirler renkli mi olsun, yoksa sadece beyaz mı? Katalogumuzda iki versiyon var (CH-JUMBO-20C ve CH-JUMBO-20W), fiyatları farklı.
- 1 Aralık itibarıyla fiyat listemiz güncellenecek; yeni fiyatları pazartesi size iletebilirim.

Cevabınıza göre sipariş onayını göndereceğiz.

Saygılarımla,
Mehmet Yılmaz
Satış Temsilcisi
Anadolu Tebeşir San. ve Tic. A.Ş. | OSB 3. Cadde No:14, Eskişehir | Tel: 0222 236 14 50
"""
    eml = reply(p, "Mehmet Yılmaz", "mehmet.yilmaz@anadolutebesir.example", mdate(2026, 11, 10, 10, 30, 0, 180),
                text(body + "\n" + outlook_quote(p, "tr", "9 Kasım 2026 Pazartesi 16:12"), charset="iso-8859-9"),
                subject="YNT: " + req_subject(p), charset="iso-8859-9")
    exp = {"kind": "needs_review",
           "notes": "Questions before confirming (which variant, new prices from 1 December); 'we will send the confirmation depending on your answer' -> nothing committed."}
    return [p], eml, exp


@case(25, "prostasia-masks-per-box-greek", "confirmation", "el-GR",
      "Greek ISO-8859-7 reply pricing line 1 per box of 20 (9,80 € / 20 = 0.49 vs 0.45 ordered), dot thousands in quantity.")
def c025():
    sup = ("PROSTAS", "Προστασία Εργασίας Α.Ε.", "sales@prostasia-ergasias.example", "el-GR")
    p = po("4500081226", sup, "EUR", "2026-11-04", [
        ("DM-FFP1-NV", "Dust mask FFP1 without valve", 2000, "EA", "0.45", "2026-12-07"),
        ("DM-FFP3-V", "Dust mask FFP3 with valve", 400, "EA", "2.10", "2026-12-07"),
    ])
    body = """Καλημέρα κα Ruiz,

Σας επιβεβαιώνουμε την παραγγελία 4500081226:

1. Μάσκες FFP1 χωρίς βαλβίδα: 2.000 τεμ. (100 κουτιά των 20 τεμ.), τιμή 9,80 € ανά κουτί.
2. Μάσκες FFP3 με βαλβίδα: 400 τεμ. στα 2,10 €/τεμ.

Παράδοση και των δύο ειδών στις 07/12/2026.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Προστασία Εργασίας Α.Ε. | Λ. Κηφισού 112, 122 41 Αιγάλεω | Τηλ. 210 5312 450 | ΑΦΜ 099123456

""" + outlook_quote(p, "el", "Τετάρτη, 4 Νοεμβρίου 2026 3:15 μμ")
    eml = reply(p, "Γιώργος Παπαδόπουλος", "g.papadopoulos@prostasia-ergasias.example", mdate(2026, 11, 5, 11, 8, 0, 120),
                text(body, charset="iso-8859-7"), subject="ΑΠ: " + req_subject(p), charset="iso-8859-7")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, price="0.49"), 2: A(p, 2)})],
        "notes": "Line 1 price per box of 20: 9,80 € / 20 = 0.49 per EA (PO 0.45) -> changed; quantity 2.000 = 2000. Line 2 as ordered. 07/12/2026 is day-first = requested."}
    return [p], eml, exp


@case(26, "csendmv-earplugs-hu-dates", "confirmation", "hu-HU",
      "Hungarian ISO-8859-2 reply with year-first long dates and a year-less 'január 15-én'; forint amounts with space thousands.")
def c026():
    sup = ("CSENDMV", "Csend Munkavédelem Kft.", "rendeles@csendmv.example", "hu-HU")
    p = po("4500081227", sup, "HUF", "2026-11-09", [
        ("EP-F37-500", "Foam earplugs SNR 37, refill 500 pairs", 40, "BOX", "14900", "2026-12-18"),
        ("EP-RU-27", "Reusable earplugs SNR 27 with case", 300, "PR", "690", "2027-01-08"),
    ])
    body = """Kedves Dana!

Köszönjük a megrendelést (4500081227). Az alábbiak szerint visszaigazoljuk:

1. tétel: 40 doboz habszivacs füldugó, 14 900 Ft/doboz, szállítás 2026. december 18.
2. tétel: 300 pár újrahasználható füldugó, 690 Ft/pár, szállítás január 15-én (a gyártótól csak januárban érkezik).

Üdvözlettel:
Kovács Péter
értékesítés
Csend Munkavédelem Kft. | 1097 Budapest, Gubacsi út 6. | +36 1 234 5678 | adószám: 12345678-2-43

""" + outlook_quote(p, "hu", "2026. november 9., hétfő 15:48")
    eml = reply(p, "Kovács Péter", "kovacs.peter@csendmv.example", mdate(2026, 11, 10, 9, 45, 12, 60),
                text(body, charset="iso-8859-2"), subject="VS: " + req_subject(p), charset="iso-8859-2")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: C(p, 2, d="2027-01-15")})],
           "notes": "Line 1 exactly as ordered (2026. december 18.). Line 2 'január 15-én' has no year -> next 15 January = 2027-01-15, a week after the requested 2027-01-08."}
    return [p], eml, exp


@case(27, "pensuletavi-exchange-ndr", "bounce", "ro-RO",
      "Exchange/Outlook 'Undeliverable' NDR (multipart/report) for the Romanian supplier's address, quoting the original subject with the PO number.")
def c027():
    sup = ("PENTAVI", "Pensule & Tăvi SRL", "comenzi@pensuletavi.example", "ro-RO")
    p = po("4500081228", sup, "RON", "2026-11-10", [
        ("PT-250-PP", "Paint tray 250 mm, polypropylene", 400, "PC", "7.90", "2026-12-17"),
        ("PT-ROLL-SET", "Paint tray + roller set 180 mm", 150, "SET", "24.50", "2026-12-17"),
    ], buyer="jonas")
    rcpt = sup[2]
    notice = """Delivery has failed to these recipients or groups:

%s
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.

Diagnostic information for administrators:

Generating server: AM9PR04MB8123.eurprd04.prod.outlook.example

%s
mx.pensuletavi.example
Remote Server returned '550 5.1.1 <%s>: Recipient address rejected: utilizator inexistent'

Original message headers:

From: Jonas Keller <jonas.keller@kestrel-supply.example>
To: <%s>
Subject: %s
Date: Tue, 10 Nov 2026 14:20:31 +0000
Message-ID: %s
""" % (rcpt, rcpt, rcpt, rcpt, req_subject(p), p["request_message_id"])
    ds = """Reporting-MTA: dns;AM9PR04MB8123.eurprd04.prod.outlook.example
Received-From-MTA: dns;AM9PR04MB8123.eurprd04.prod.outlook.example
Arrival-Date: Tue, 10 Nov 2026 14:20:32 +0000

Final-Recipient: rfc822;%s
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 <%s>: Recipient address rejected: utilizator inexistent
Remote-MTA: dns;mx.pensuletavi.example
""" % (rcpt, rcpt)
    root = multi("report", text(notice, charset="us-ascii", cte="7bit"),
                 raw_part("Content-Type: message/delivery-status", ds),
                 params=[("report-type", "delivery-status")])
    hs = [("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-supply.example>"),
          ("To", addr("Jonas Keller", "jonas.keller@kestrel-supply.example")),
          ("Subject", "Undeliverable: " + req_subject(p)), ("Date", mdate(2026, 11, 10, 14, 20, 35, 0)),
          ("Message-ID", "<d1a2f3e4-5b6c-4d7e-8f90-a1b2c3d4e5f6@AM9PR04MB8123.eurprd04.prod.outlook.example>"),
          ("In-Reply-To", p["request_message_id"]), ("References", p["request_message_id"]),
          ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]
    eml = email_bytes(hs, root, seed="027")
    exp = {"kind": "bounce", "notes": "Exchange NDR: 550 5.1.1 recipient unknown at the supplier; no supplier answer."}
    return [p], eml, exp


@case(28, "ribarskisvyat-hooks-cp1251-discontinued", "confirmation", "bg-BG",
      "Bulgarian windows-1251 reply in euro (Bulgaria on the euro since 2026); third line stopped from production.")
def c028():
    sup = ("RIBSVYAT", "Рибарски свят ЕООД", "prodazhbi@ribarskisvyat.example", "bg-BG")
    p = po("4500081229", sup, "EUR", "2026-11-06", [
        ("FH-CARP-6", "Carp hook size 6, barbless, pack of 10", 300, "PC", "1.35", "2026-12-16"),
        ("FH-CARP-8", "Carp hook size 8, barbless, pack of 10", 300, "PC", "1.35", "2026-12-16"),
        ("FH-JIG-10", "Jig hook 1/0, pack of 25", 100, "PC", "3.20", "2026-12-16"),
    ])
    body = """Здравейте, г-жо Руиз,

Потвърждаваме поръчка № 4500081229:

поз. 1 – 300 оп. куки за шаран №6 по 1,35 €, доставка 16.12.2026 г.
поз. 2 – 300 оп. куки за шаран №8 по 1,35 €, доставка 16.12.2026 г.
поз. 3 – за съжаление артикулът е спрян от производство и не можем да го доставим.

Поздрави,
Иван Петров
Рибарски свят ЕООД
гр. Пловдив, бул. „Марица“ 154 | тел. 032 60 12 34 | ЕИК 160123456
"""
    eml = reply(p, "Иван Петров", "ivan.petrov@ribarskisvyat.example", mdate(2026, 11, 9, 16, 1, 0, 120),
                text(body + "\n-----Original Message-----\n" + gt(req_text(p)), charset="windows-1251"),
                subject="RE: " + req_subject(p), charset="windows-1251")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: A(p, 1), 2: A(p, 2), 3: R})],
           "notes": "Lines 1-2 as ordered; '№6/№8' are hook sizes, not line numbers. Line 3 discontinued -> rejected."}
    return [p], eml, exp


@case(29, "plytkar-floats-in-3-weeks", "confirmation", "uk-UA",
      "Ukrainian reply: prices and quantities in full, line 2 on time, line 1 'через 3 тижні від сьогодні' relative to the mail date.")
def c029():
    sup = ("PLYTKAR", "ТОВ «Плиткар-Інструмент»", "zamovlennia@plytkar.example", "uk-UA")
    p = po("4500081230", sup, "UAH", "2026-11-09", [
        ("GF-SP-280", "Sponge grout float 280x140 mm", 200, "PC", "145.00", "2026-12-11"),
        ("GF-RB-240", "Rubber grout float 240x100 mm", 120, "PC", "118.00", "2026-12-11"),
    ])
    body = """Добрий день, пані Дано!

Підтверджуємо замовлення № 4500081230 в повному обсязі за вказаними цінами.

Щодо термінів: позиція 2 (гумові терки) — як просили, до 11.12.2026.
Позицію 1 (губчасті терки 280×140) доставимо через 3 тижні від сьогодні, раніше виробник не встигає.

З повагою,
Олена Коваленко
менеджер з продажу
ТОВ «Плиткар-Інструмент», м. Львів, вул. Городоцька, 355 | +380 32 245 67 89
"""
    attr = "пн, 9 лист. 2026 р. о 16:02 Dana Ruiz <%s> пише:" % p["buyer"]["email"]
    eml = reply(p, "Олена Коваленко", "o.kovalenko@plytkar.example", mdate(2026, 11, 26, 11, 30, 0, 120),
                alt(body + "\n" + attr + "\n" + gt(req_text(p)), to_html(body, req_html(p), attr_line=attr)),
                subject="Re: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: C(p, 1, d="2026-12-17"), 2: A(p, 2)})],
           "notes": "Mail dated Thu 2026-11-26; 'через 3 тижні від сьогодні' = +21 days = 2026-12-17 for line 1. Line 2 by 11.12.2026 as requested. Quantities/prices confirmed in full."}
    return [p], eml, exp


@case(30, "lanaren-newsletter", "unrelated", "sk-SK",
      "Slovak bulk newsletter from the same supplier domain (List-Unsubscribe, Precedence: bulk) with dates and prices, while a PO is open.")
def c030():
    sup = ("LANPOV", "Lanáreň Považie s.r.o.", "obchod@lanaren-povazie.example", "sk-SK")
    p = po("4500081231", sup, "EUR", "2026-11-10", [
        ("HR-10-PP", "Hammock rope 10 mm PP, 200 m coil", 15, "ROL", "48.00", "2027-01-20"),
    ])
    body = """Zimné novinky 2026 od Lanárne Považie

Milí zákazníci,

do ponuky sme pridali 6 nových farieb polypropylénových lán na hojdacie siete (8, 10 a 12 mm) a nové bavlnené laná 14 mm.

- Do 30. novembra zľava 15 % na všetky karabíny a oceľové krúžky.
- Objednávky prijaté do 15. decembra doručíme ešte pred Vianocami.
- Lano PP 10 mm, cievka 200 m: teraz len 46,90 € bez DPH.

Tešíme sa na vašu objednávku!
Tím Lanáreň Považie s.r.o. | Priemyselná 12, 017 01 Považská Bystrica

Ak si neželáte dostávať tieto správy, odhláste sa tu: https://lanaren-povazie.example/newsletter/odhlasit?u=8812
"""
    hs = [("From", addr("Lanáreň Považie", "newsletter@lanaren-povazie.example")),
          ("To", "dana.ruiz@kestrel-supply.example"),
          ("Subject", enc_header("Zimné novinky 2026: nové farby lán a -15 % na karabíny")),
          ("Date", mdate(2026, 11, 17, 8, 0, 0, 60)), ("Message-ID", msgid("030news", "mail.lanaren-povazie.example")),
          ("List-Unsubscribe", "<https://lanaren-povazie.example/newsletter/odhlasit?u=8812>, <mailto:unsubscribe@lanaren-povazie.example>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
          ("X-Mailer", "Mailchimp Mailer - **CID8812ab**")]
    eml = email_bytes(hs, alt(body, to_html(body, font="Arial")), seed="030")
    exp = {"kind": "unrelated", "notes": "Marketing newsletter; the 46,90 € rope price and the December date are offers to everybody, not an answer to PO 4500081231."}
    return [p], eml, exp


@case(31, "disava-cones-per-dozen", "confirmation", "sl-SI",
      "Slovenian reply quoting prices per dozen ('ducat') and quantities in dozens for a PO in pieces; one line equals the PO, one does not.")
def c031():
    sup = ("DISAVA", "Dišava d.o.o.", "prodaja@disava.example", "sl-SI")
    p = po("4500081232", sup, "EUR", "2026-11-05", [
        ("IC-LAV-C", "Incense cones lavender", 600, "PC", "0.65", "2026-12-10"),
        ("IC-CED-C", "Incense cones cedar", 600, "PC", "0.65", "2026-12-10"),
    ])
    body = """Pozdravljeni,

potrjujemo naročilo št. 4500081232. Stožce prodajamo na ducate, zato:

- sivka: 50 ducatov po 8,40 EUR/ducat
- cedra: 50 ducatov po 7,80 EUR/ducat

Dobava obeh postavk 10. 12. 2026.

Lep pozdrav,
Maja Novak
Dišava d.o.o., Tržaška cesta 118, 1000 Ljubljana
tel. 01 423 55 10 | ID za DDV: SI12345678
"""
    attr = "Dana Ruiz <%s> je 5. 11. 2026 ob 16:20 napisal(a):" % p["buyer"]["email"]
    eml = reply(p, "Maja Novak", "maja.novak@disava.example", mdate(2026, 11, 6, 12, 0, 5, 60),
                text(body + "\n" + attr + "\n" + gt(req_text(p)), charset="iso-8859-2"),
                subject="Re: " + req_subject(p), charset="iso-8859-2")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {1: C(p, 1, price="0.70"), 2: A(p, 2)})],
           "notes": "50 dozen = 600 pieces. Lavender 8,40 per dozen = 0.70 per piece (PO 0.65) -> changed; cedar 7,80 / 12 = 0.65 -> accepted. '10. 12. 2026' = 2026-12-10."}
    return [p], eml, exp


@case(32, "poklopci-lids-prepayment-first", "needs_review", "hr-HR",
      "Croatian reply: the order will only be confirmed after 100% prepayment of the attached proforma (PDF); the proforma repeats quantities and prices but no commitment.")
def c032():
    sup = ("POKLZG", "Poklopci Zagreb d.o.o.", "prodaja@poklopci-zg.example", "hr-HR")
    p = po("4500081233", sup, "EUR", "2026-11-09", [
        ("JL-82-WH", "Twist-off lid 82 mm white", 5000, "PC", "0.11", "2026-12-17"),
        ("JL-66-BK", "Twist-off lid 66 mm black", 7500, "PC", "0.124", "2026-12-17"),
    ])
    body = """Poštovana gospođo Ruiz,

zahvaljujemo na narudžbi 4500081233.

Budući da ste novi kupac, narudžbu možemo potvrditi tek nakon uplate predujma od 100 % prema predračunu u privitku (PR-2026-0871, iznos 1.850,00 EUR s PDV-om). Po primitku uplate poslat ćemo Vam potvrdu narudžbe s rokom isporuke.

Lijep pozdrav,
Ivana Horvat
Poklopci Zagreb d.o.o. | Radnička cesta 47, 10000 Zagreb | OIB 12345678901 | tel. +385 1 6189 220
IBAN HR12 2340 0091 1101 2345 6
"""
    pdf = make_pdf([(50, 790, 14, "Poklopci Zagreb d.o.o."), (50, 760, 12, "PREDRACUN br. PR-2026-0871"),
                    (50, 740, 10, "Kupac: Kestrel Supply Ltd   Vasa narudzba: 4500081233"),
                    (50, 710, 10, "1  JL-82-WH  Poklopac twist-off 82 mm bijeli   5.000 kom  0,110   550,00"),
                    (50, 696, 10, "2  JL-66-BK  Poklopac twist-off 66 mm crni     7.500 kom  0,124   930,00"),
                    (50, 670, 10, "Osnovica 1.480,00 EUR   PDV 25% 370,00 EUR   Ukupno 1.850,00 EUR"),
                    (50, 650, 10, "Placanje: 100% predujam. Rok isporuke potvrdjuje se nakon uplate.")], "PR-2026-0871")
    root = multi("mixed", text(body + "\n" + outlook_quote(p, "en", "9. studenoga 2026. 10:14")),
                 attach("application/pdf", pdf, "Predracun_PR-2026-0871.pdf"))
    eml = reply(p, "Ivana Horvat", "ivana.horvat@poklopci-zg.example", mdate(2026, 11, 10, 8, 20, 0, 60), root,
                subject="RE: " + req_subject(p))
    exp = {"kind": "needs_review",
           "notes": "The supplier explicitly will confirm only after prepayment ('možemo potvrditi tek nakon uplate'); the delivery date is not given. The proforma repeats PO values but commits to nothing."}
    return [p], eml, exp


@case(33, "gravnovic-keytags-inline-cyrillic", "confirmation", "sr-RS",
      "Serbian Cyrillic answers typed inline under '>' quoted PO lines; line 2 new price and later date without year.")
def c033():
    sup = ("GRAVNOV", "Гравирање Новић д.о.о.", "prodaja@gravnovic.example", "sr-RS")
    p = po("4500081234", sup, "RSD", "2026-11-06", [
        ("KT-BR-ENG", "Brass key tag, engraved number", 250, "PC", "120.00", "2026-12-14"),
        ("KT-LE-BR", "Leather key tag, brown", 150, "PC", "210.00", "2026-12-14"),
    ])
    out = ["Поштовани,", "", "одговори су у тексту испод.", "", "Поздрав,", "Милан Новић",
           "Гравирање Новић д.о.о., Булевар ослобођења 77, Нови Сад | 021 455 120 | ПИБ 101234567", "",
           "On 06.11.2026. 15:31, Dana Ruiz wrote:"]
    for l in req_text(p).split("\n"):
        out.append(("> " + l) if l else ">")
        if l.startswith(" 1  KT-BR-ENG"):
            out.append("може, испорука 14.12.")
        if l.startswith(" 2  KT-LE-BR"):
            out.append("кожни привесци: цена је сада 235,00 дин., испорука 21.12.")
    eml = reply(p, "Милан Новић", "milan@gravnovic.example", mdate(2026, 11, 9, 9, 5, 0, 60),
                text("\n".join(out)), subject="Re: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1), 2: C(p, 2, price="235.00", d="2026-12-21")})],
        "notes": "Answers are inline under each quoted line. '14.12.' and '21.12.' have no year -> 2026. Line 2: 235,00 RSD and 2026-12-21."}
    return [p], eml, exp


@case(34, "virtuves-ladles-earlier-pack", "confirmation", "lt-LT",
      "Lithuanian windows-1257 reply: pack-of-6 rounding on line 1 and both lines delivered a week EARLIER than requested (ISO dates).")
def c034():
    sup = ("VIRTIRA", "UAB Virtuvės įrankiai", "pardavimai@virtuvesirankiai.example", "lt-LT")
    p = po("4500081235", sup, "EUR", "2026-11-09", [
        ("LS-NYL-4", "Nylon ladle set, 4 pcs", 25, "SET", "6.80", "2026-12-21"),
        ("LS-SIL-3", "Silicone ladle set, 3 pcs", 40, "SET", "8.90", "2026-12-21"),
    ])
    body = """Laba diena,

patvirtiname užsakymą Nr. 4500081235:

1. LS-NYL-4 – dėžėje po 6 rinkinius, todėl siunčiame 30 rinkinių po 6,80 EUR;
2. LS-SIL-3 – 40 rinkinių po 8,90 EUR.

Abi eilutės bus pristatytos anksčiau, nei prašėte – 2026-12-14.

Pagarbiai
Tomas Kazlauskas
UAB „Virtuvės įrankiai“ | Savanorių pr. 178, Vilnius | tel. +370 5 212 3456 | įm. k. 301234567
"""
    eml = reply(p, "Tomas Kazlauskas", "tomas@virtuvesirankiai.example", mdate(2026, 11, 10, 13, 45, 0, 120),
                text(body + "\n-----Original Message-----\n" + gt(req_text(p)), charset="windows-1257"),
                subject="RE: " + req_subject(p), charset="windows-1257")
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: C(p, 1, q=30, d="2026-12-14"), 2: C(p, 2, d="2026-12-14")})],
        "notes": "Line 1 rounded to 5 boxes of 6 = 30 sets. Both delivered 2026-12-14, a week before the requested 2026-12-21: earlier is still a change."}
    return [p], eml, exp


@case(35, "riepu-valves-autoreply-lv", "auto_reply", "lv-LV",
      "Latvian/English bilingual automatic reply ('Automātiskā atbilde') with a leave end date.")
def c035():
    sup = ("BALTRIEP", "SIA Baltijas Riepu Serviss", "pasutijumi@baltriepu.example", "lv-LV")
    p = po("4500081236", sup, "EUR", "2026-11-11", [
        ("TV-TR418", "Tubeless valve TR418, chrome sleeve", 500, "PC", "0.95", "2027-01-13"),
        ("TV-MET-11", "Metal clamp-in valve 11.5 mm", 300, "PC", "2.40", "2027-01-13"),
    ], buyer="jonas")
    body = """Labdien!

Paldies par Jūsu e-pastu. Esmu atvaļinājumā līdz 2026. gada 30. novembrim. Steidzamos jautājumos, lūdzu, sazinieties ar kolēģi Ilzi Bērziņu (ilze.berzina@baltriepu.example, tālr. +371 67 123 456).

Hello, thank you for your e-mail. I am on leave until 30 November 2026. For urgent matters please contact my colleague Ilze Bērziņa (ilze.berzina@baltriepu.example).

Ar cieņu / Kind regards
Andris Kalniņš
"""
    eml = reply(p, "Andris Kalniņš", "andris.kalnins@baltriepu.example", mdate(2026, 11, 11, 9, 0, 3, 120),
                text(body), subject="Automātiskā atbilde: " + req_subject(p),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    exp = {"kind": "auto_reply", "notes": "Bilingual out-of-office auto-reply; no commitment."}
    return [p], eml, exp


@case(36, "kahjuritorje-traps-xlsx-partial", "confirmation", "et-EE",
      "Estonian short mail with an XLSX confirmation: one line repriced, one line left 'kinnitamata' pending the supplier's own supplier.")
def c036():
    sup = ("KAHJHUL", "Kahjuritõrje Hulgi OÜ", "info@kahjuritorje-hulgi.example", "et-EE")
    p = po("4500081237", sup, "EUR", "2026-11-10", [
        ("MT-SNAP-P", "Plastic snap mouse trap", 500, "PC", "0.89", "2027-01-11"),
        ("MT-GLUE-2", "Glue board mouse trap, pack of 2", 300, "PC", "1.20", "2027-01-11"),
        ("MT-BOX-ST", "Bait station, lockable", 80, "PC", "4.60", "2027-01-25"),
    ])
    body = """Tere,

manuses tellimuse kinnitus nr TK-26-1093. Rea 3 kinnitame hiljem, ootame tarnija vastust.

Lugupidamisega
Kadri Tamm
Kahjuritõrje Hulgi OÜ | Peterburi tee 46, 11415 Tallinn | +372 650 1234
"""
    rows = [["Tellimuse kinnitus", "TK-26-1093"], ["Teie tellimus", "4500081237"], ["Kuupäev", "12.11.2026"], [],
            ["Rida", "Kood", "Nimetus", "Kogus", "Ühik", "Hind EUR", "Summa EUR", "Tarne"],
            [1, "MT-SNAP-P", "Lõksu plastik", 500, "tk", 0.89, 445, "11.01.2027"],
            [2, "MT-GLUE-2", "Liimpüünis 2 tk", 300, "tk", 1.25, 375, "11.01.2027"],
            [3, "MT-BOX-ST", "Söödajaam lukustatav", 80, "tk", "", "", "kinnitamata"]]
    root = multi("mixed", text(body), attach(XLSX_CT, make_xlsx(rows, "Kinnitus"), "TK-26-1093.xlsx"))
    eml = reply(p, "Kadri Tamm", "kadri.tamm@kahjuritorje-hulgi.example", mdate(2026, 11, 12, 10, 10, 0, 120), root,
                subject="Vs: " + req_subject(p))
    exp = {"kind": "confirmation", "confirmations": [conf(p, {
        1: A(p, 1), 2: C(p, 2, price="1.25"), 3: U})],
        "notes": "Values are in the XLSX. Line 2 price 1.25 (PO 1.20). Line 3 'kinnitamata' (not confirmed) and the mail says it will be confirmed later -> unconfirmed. Summa column is the line total."}
    return [p], eml, exp
