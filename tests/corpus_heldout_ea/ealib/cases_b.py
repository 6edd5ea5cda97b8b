# -*- coding: utf-8 -*-
from .common import *  # noqa


# 019
@case("se-soldering-vecka3-stock", "confirmation", "sv-SE",
      "Swedish reply: 'leverans vecka 3' equals the requested Friday (so accepted), line 3 cut to stock with the rest cancelled.")
def c019():
    s = sup("LODNORD", "Lödteknik Norden AB", "order@lodteknik.example", "sv-SE")
    po = mkpo("4500031020", s, "SEK", "2026-11-05", [
        ("LN-LK-60", "Soldering iron 60 W, temperature controlled", 40, "EA", "1245.00", "2027-01-22"),
        ("LN-LS-80", "Soldering station 80 W digital", 15, "EA", "2890.00", "2027-01-22"),
        ("LN-SP-1", "Spare tip set, 5 pcs", 60, "SET", "189.00", "2027-01-22")], buyer="mia")
    body = """Hej Mia!

Tack för beställningen 4500031020. Vi bekräftar enligt nedan:

Rad 1: 40 st lödpennor 60 W à 1 245,00 kr
Rad 2: 15 st lödstationer 80 W à 2 890,00 kr
Rad 3: vi har endast 50 set spetsar i lager, resterande 10 set utgår (tillverkaren har slutat med artikeln). Pris 189,00 kr/set.

Samtliga rader levereras vecka 3.

Med vänliga hälsningar
Anders Nyström
Lödteknik Norden AB | Verkstadsgatan 7, 602 23 Norrköping | 011-12 34 56 | Org.nr 556123-4567
"""
    q = q_outlook(po, "den 5 november 2026 10:12", ("Från", "Skickat", "Till", "Ämne"), "")
    eml = reply(po, "Anders Nyström", s["email"], "Mon, 9 Nov 2026 13:40:12 +0100",
                "<HE1PR0701MB2983E4B1@HE1PR0701MB2983.eurprd07.prod.outlook.example>", body, q, prefix="SV: ")
    return [po], eml, exp("confirmation",
        "'Vecka 3' without a day = Friday 2027-01-22 = requested date, so lines 1 and 2 are accepted. Line 3: only 50 of 60 sets, remaining 10 cancelled -> changed qty 50, same price and date.",
        conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(po, 3, q=50)}))


# 020
@case("no-tape-measures-partial-tomorrow", "confirmation", "nb-NO",
      "Norwegian partial answer: line 1 as ordered, line 2 new price, line 3 'kommer tilbake i morgen' stays unconfirmed.")
def c020():
    s = sup("BYGGV", "Bygg & Verktøy Engros AS", "ordre@byggverktoy.example", "nb-NO")
    po = mkpo("4500031021", s, "NOK", "2026-11-05", [
        ("BV-MB-5", "Tape measure 5 m x 25 mm", 300, "EA", "79.00", "2026-12-14"),
        ("BV-MB-8", "Tape measure 8 m x 27 mm", 150, "EA", "119.00", "2026-12-14"),
        ("BV-ML-30", "Measuring tape 30 m fibreglass", 40, "EA", "265.00", "2027-01-11")], buyer="mia")
    body = """Hei Mia,

Linje 1 (5 m) er bekreftet som bestilt, levering 14.12.
Linje 2 (8 m): 150 stk, levering 14.12., men prisen er dessverre 124,50 pr. stk pga. valuta - beklager at prislisten din ikke var oppdatert.
Linje 3 (30 m målebånd) må jeg sjekke med leverandøren i Taiwan, kommer tilbake til deg i morgen.

Mvh
Kari Johansen
Bygg & Verktøy Engros AS
Tlf 22 33 44 55 | Mob 913 45 678 | Org.nr 987 654 321 MVA
"""
    eml = reply(po, "Kari Johansen", s["email"], "Thu, 5 Nov 2026 15:02:33 +0100",
                "<CAKj2mZ7pQ1x@mail.gmail.example>", body,
                q_gmail(po, "tor. 5. nov. 2026 kl. 10:12 skrev Mia Lindqvist <mia.lindqvist@buyer.example>:"),
                prefix="SV: ")
    return [po], eml, exp("confirmation",
        "Line 1 accepted (14.12. = 2026-12-14). Line 2 confirmed at 124.50 instead of 119.00. Line 3 not committed ('will come back tomorrow') -> unconfirmed.",
        conf(po, {1: A(po, 1), 2: C(po, 2, p="124.50"), 3: U}))


# 021
@case("dk-autosvar-ferie", "auto_reply", "da-DK",
      "Danish Outlook 'Automatisk svar' with return date, phone number and alternate address.")
def c021():
    s = sup("DKVVS", "Dansk VVS Grossist A/S", "salg@danskvvs.example", "da-DK")
    po = mkpo("4500031022", s, "DKK", "2026-11-10", [
        ("DV-HAV-12", "Garden hose 1/2\", 25 m", 60, "ROL", "189.00", "2026-12-18"),
        ("DV-HAV-SP", "Hose spray gun, 7 patterns", 60, "EA", "64.00", "2026-12-18")])
    body = """Tak for din mail.

Jeg er på ferie til og med mandag den 23.11. og har ikke adgang til mails.
Henvendelser vedr. ordrer kan sendes til ordre@danskvvs.example eller på tlf. 70 20 30 40.

Venlig hilsen
Henrik Mortensen
"""
    eml = reply(po, "Henrik Mortensen", s["email"], "Tue, 10 Nov 2026 10:12:44 +0100",
                "<AS8PR02MB7205.autoreply@AS8PR02MB7205.eurprd02.prod.outlook.example>", body,
                prefix="Automatisk svar: ", extra=[("Auto-Submitted", "auto-replied"),
                                                   ("X-MS-Exchange-Inbox-Rules-Loop", "salg@danskvvs.example")])
    return [po], eml, exp("auto_reply", "Danish out-of-office auto reply; nothing about the order.")


# 022
@case("fi-water-filters-html-vko", "confirmation", "fi-FI",
      "HTML-only Finnish mail with a table; 'vko 50' equals the requested Friday, line 3 new price in the week asked.")
def c022():
    s = sup("VESIP", "Vesipuhdas Oy", "myynti@vesipuhdas.example", "fi-FI")
    po = mkpo("4500031023", s, "EUR", "2026-11-05", [
        ("VP-SU-10", "Water filter cartridge 10\", 5 um", 400, "EA", "4.60", "2026-12-11"),
        ("VP-SU-20", "Water filter housing 20\" big blue", 50, "EA", "38.00", "2026-12-11"),
        ("VP-AK-10", "Activated carbon cartridge 10\"", 200, "EA", "7.90", "2027-01-15")], buyer="mia")
    hb = """<div style="font-family:Calibri,sans-serif">Hei Mia,<br><br>kiitos tilauksesta 4500031023. Vahvistamme sen seuraavasti:<br><br>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Rivi</th><th>Tuote</th><th>M&auml;&auml;r&auml;</th><th>Hinta &euro;/kpl</th><th>Toimitus</th></tr>
<tr><td>1</td><td>VP-SU-10 suodatinpanos 10&quot;</td><td>400 kpl</td><td>4,60</td><td>vko 50</td></tr>
<tr><td>2</td><td>VP-SU-20 suodatinkotelo 20&quot;</td><td>50 kpl</td><td>38,00</td><td>vko 50</td></tr>
<tr><td>3</td><td>VP-AK-10 aktiivihiilipanos 10&quot;</td><td>200 kpl</td><td>8,30 *</td><td>vko 2</td></tr>
</table><br>* Aktiivihiilen hinta noussut 1.11.2026 alkaen.<br><br>Yst&auml;v&auml;llisin terveisin<br>Jukka Virtanen<br>
Vesipuhdas Oy | Teollisuustie 9, 33330 Tampere | puh. 040 123 4567 | Y-tunnus 1234567-8</div>
<br><div style="border-top:1px solid #e1e1e1;padding-top:3px"><b>L&auml;hett&auml;j&auml;:</b> Mia Lindqvist &lt;mia.lindqvist@buyer.example&gt;<br><b>L&auml;hetetty:</b> torstai 5. marraskuuta 2026 10.12<br><b>Vastaanottaja:</b> myynti@vesipuhdas.example<br><b>Aihe:</b> """ + req_subject(po) + "</div>" + req_html(po)
    eml = reply(po, "Jukka Virtanen", s["email"], "Tue, 10 Nov 2026 09:55:01 +0200",
                "<DB9PR10MB5441A7@DB9PR10MB5441.EURPRD10.PROD.OUTLOOK.example>", "", htmlbody=hb, html_only=True,
                prefix="VS: ")
    return [po], eml, exp("confirmation",
        "HTML only. 'vko 50' = Friday 2026-12-11 = requested, so lines 1 and 2 are accepted. Line 3: price 8.30 (was 7.90), 'vko 2' = 2027-01-15 = requested.",
        conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(po, 3, p="8.30")}))


# 023
@case("ee-gloves-per-dozen", "confirmation", "et-EE",
      "Estonian reply quoting gloves per dozen pairs (28,80 €/tosin = 2.40/PR, unchanged) and a later date for the winter gloves.")
def c023():
    s = sup("TOOOH", "Tööohutus OÜ", "muuk@tooohutus.example", "et-EE")
    po = mkpo("4500031024", s, "EUR", "2026-11-06", [
        ("TO-KIND-NIT9", "Nitrile coated work gloves, size 9", 600, "PR", "2.40", "2026-12-18"),
        ("TO-KIND-NIT10", "Nitrile coated work gloves, size 10", 480, "PR", "2.40", "2026-12-18"),
        ("TO-KIND-TALV", "Winter work gloves, lined", 120, "PR", "6.90", "2026-12-18")])
    body = """Tere!

Kinnitame tellimuse 4500031024.

Read 1 ja 2 (nitriilkindad, suurus 9 ja 10): 600 ja 480 paari, hind 28,80 € tosina paari eest, tarne 18.12.2026.
Rida 3 (talvekindad): laos hetkel otsas, saame tarnida 120 paari 15.01.2027, hind 6,90 € paar.

Lugupidamisega
Kadri Tamm
Tööohutus OÜ | Peterburi tee 46, 11415 Tallinn | +372 612 3456 | KMKR EE101234567
"""
    eml = reply(po, "Kadri Tamm", s["email"], "Wed, 11 Nov 2026 14:07:19 +0200",
                "<1a2b3c4d.5e6f@tooohutus.example>", body, q_outlook(po), charset="iso-8859-15")
    return [po], eml, exp("confirmation",
        "28,80 € per dozen pairs = 2.40 per pair, equal to the PO, so lines 1-2 are accepted. Line 3 same qty and price but 2027-01-15.",
        conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(po, 3, d="2027-01-15")}))


# 024
@case("lv-anchor-drawing-rev-question", "needs_review", "lv-LV",
      "Latvian reply asks which drawing revision to produce before confirming; price and date depend on the answer.")
def c024():
    s = sup("STIPR", "Stiprinājumi SIA", "pasutijumi@stiprinajumi.example", "lv-LV")
    po = mkpo("4500031025", s, "EUR", "2026-11-05", [
        ("ST-AB-M24", "Foundation anchor bolt M24x600, bent, dwg FN-2207 rev B", 64, "PC", "11.80", "2027-01-29")])
    body = """Labdien, Dana!

Paldies par pasūtījumu 4500031025.

Pirms apstiprināšanas lūdzu precizēt: pievienotajā rasējumā FN-2207 ir norādīta revīzija C (vītnes garums 150 mm), bet pasūtījumā rev. B (120 mm). Kuru versiju ražot? Cena un izgatavošanas termiņš ir atkarīgi no vītnes garuma.

Ar cieņu
Jānis Bērziņš
Stiprinājumi SIA, Rīga, tālr. +371 67 123 456
"""
    eml = reply(po, "Jānis Bērziņš", s["email"], "Mon, 9 Nov 2026 11:21:08 +0200",
                "<b7c8d9e0f1@stiprinajumi.example>", body, q_gmail(po), charset="iso-8859-13")
    return [po], eml, exp("needs_review",
        "A question before confirming (drawing revision B vs C); supplier says price and lead time depend on the answer.")


# 025
@case("lt-brake-cleaner-csv-1257", "confirmation", "lt-LT",
      "Short Lithuanian body; the answer is in a windows-1257 semicolon CSV from the ERP: one price change, one line still open.")
def c025():
    s = sup("AUTOCH", "UAB Autochemija", "uzsakymai@autochemija.example", "lt-LT")
    po = mkpo("4500031026", s, "EUR", "2026-11-05", [
        ("AC-SV-500", "Brake cleaner aerosol 500 ml", 1440, "EA", "1.95", "2026-12-18"),
        ("AC-SV-600", "Brake cleaner aerosol 600 ml, acetone-free", 720, "EA", "2.35", "2026-12-18"),
        ("AC-SV-25L", "Brake cleaner 25 l drum", 10, "EA", "58.00", "2027-01-08")])
    rows = [["Užsakymo Nr.", "Eil.", "Prekės kodas", "Pavadinimas", "Kiekis", "Mato vnt.", "Kaina EUR",
             "Pristatymo data", "Būsena"],
            ["4500031026", "1", "AC-SV-500", "Stabdžių valiklis 500 ml", "1440", "vnt", "1,95", "2026-12-18",
             "Patvirtinta"],
            ["4500031026", "2", "AC-SV-600", "Stabdžių valiklis 600 ml be acetono", "720", "vnt", "2,49",
             "2026-12-18", "Patvirtinta (pakeista kaina)"],
            ["4500031026", "3", "AC-SV-25L", "Stabdžių valiklis 25 l", "10", "vnt", "58,00", "",
             "Nepatvirtinta - laukiama gamintojo atsakymo"]]
    body = """Laba diena,

prisegame užsakymo 4500031026 patvirtinimą (CSV). 3 eilutės pristatymo datą patvirtinsime kitą savaitę.

Pagarbiai
Rūta Kazlauskienė
UAB Autochemija, Vilnius, tel. +370 5 212 3456
"""
    eml = reply(po, "Rūta Kazlauskienė", s["email"], "Wed, 11 Nov 2026 16:44:30 +0200",
                "<20261111144430.GA1207@autochemija.example>", body, q_gmail(po), charset="iso-8859-13",
                atts=[att("patvirtinimas_4500031026.csv", "text/csv; charset=windows-1257",
                          csvb(rows, enc="windows-1257"))])
    return [po], eml, exp("confirmation",
        "CSV (windows-1257, decimal comma): line 1 as ordered; line 2 price 2.49 instead of 2.35; line 3 explicitly not confirmed yet -> unconfirmed.",
        conf(po, {1: A(po, 1), 2: C(po, 2, p="2.49"), 3: U}))


# 026
@case("hu-mcb-price-from-january", "confirmation", "hu-HU",
      "Hungarian ISO-8859-2 reply with Hungarian date order ('2027. január 8.') and a new 2027 list price on line 3.")
def c026():
    s = sup("VILLNK", "Villamos Nagyker Kft.", "rendeles@villamosnagyker.example", "hu-HU")
    po = mkpo("4500031027", s, "HUF", "2026-11-06", [
        ("VN-KM-1P10", "MCB 1P B10 6kA", 300, "EA", "1450.00", "2027-01-08"),
        ("VN-KM-3P25", "MCB 3P C25 6kA", 100, "EA", "6890.00", "2027-01-08"),
        ("VN-FI-4P40", "RCD 4P 40A 30mA", 40, "EA", "12450.00", "2027-01-08")])
    body = """Tisztelt Ruiz Dana!

Köszönjük megrendelését (4500031027). Az alábbiak szerint igazoljuk vissza:

1. tétel: 300 db kismegszakító 1P B10, 1 450 Ft/db, szállítás 2027. január 8.
2. tétel: 100 db kismegszakító 3P C25, 6 890 Ft/db, szállítás 2027. január 8.
3. tétel: 40 db FI-relé 4P 40A: a gyártó 2027. január 1-jétől 13 200 Ft/db árat alkalmaz, szállítás 2027. január 15.

Üdvözlettel:
Kovács Zsófia
értékesítési asszisztens
Villamos Nagyker Kft. | 1097 Budapest, Gubacsi út 12. | Tel.: +36 1 234 5678
"""
    eml = reply(po, "Kovács Zsófia", s["email"], "Thu, 12 Nov 2026 08:31:55 +0100",
                "<3c2b1a09f8e7d6c5@villamosnagyker.example>", body,
                q_outlook(po, "2026. november 6., péntek 10:12", ("Feladó", "Elküldve", "Címzett", "Tárgy")),
                charset="iso-8859-2", hcharset="iso-8859-2")
    return [po], eml, exp("confirmation",
        "Lines 1-2 as ordered. Line 3: delivered 2027-01-15, after the new price takes effect on 1 Jan, so the confirmed price is 13200 HUF and the date is later.",
        conf(po, {1: A(po, 1), 2: A(po, 2), 3: C(po, 3, p="13200.00", d="2027-01-15")}))


# 027
@case("ro-exim-mailbox-full", "bounce", "ro-RO",
      "Exim 'Mail delivery failed' plain-text bounce (552 mailbox full) with our full PO mail copied below.")
def c027():
    s = sup("INSTG", "Instal Grup SRL", "comenzi@instalgrup.example", "ro-RO")
    po = mkpo("4500031028", s, "RON", "2026-11-10", [
        ("IG-AM-EN3", "Door closer EN 2-4, silver", 40, "EA", "145.00", "2026-12-15")])
    body = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  comenzi@instalgrup.example
    host mx.instalgrup.example [198.51.100.7]
    SMTP error from remote mail server after RCPT TO:<comenzi@instalgrup.example>:
    552 5.2.2 Mailbox full / Casuta postala este plina

------ This is a copy of the message, including all the headers. ------

Return-path: <dana.ruiz@buyer.example>
Received: from [10.1.4.22] (helo=buyer.example)
	by mx.buyer.example with esmtpsa (TLS1.3) (Exim 4.97)
	id 1tA9xk-0003Zz-2m; Tue, 10 Nov 2026 10:12:40 +0100
From: Dana Ruiz <dana.ruiz@buyer.example>
To: comenzi@instalgrup.example
Subject: %s
Date: Tue, 10 Nov 2026 10:12:38 +0100
Message-ID: %s

%s""" % (req_subject(po), po["request_message_id"], req_body(po))
    hs = [("From", "Mail Delivery System <Mailer-Daemon@mx.buyer.example>"), ("To", "dana.ruiz@buyer.example"),
          ("Subject", "Mail delivery failed: returning message to sender"),
          ("Date", "Tue, 10 Nov 2026 10:12:47 +0100"), ("Message-ID", "<E1tA9xr-0003a4-0b@mx.buyer.example>"),
          ("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "comenzi@instalgrup.example")]
    return [po], msg(hs, text(body, "us-ascii", "7bit")), exp("bounce",
        "Exim bounce: permanent failure (mailbox full); the quoted PO table is our own request, not an answer.")


# 028
@case("bg-door-closers-split-cp1251", "confirmation", "bg-BG",
      "Bulgarian windows-1251 reply: line 1 delivered in two parts (60 now, 40 end of January), prices in EUR.")
def c028():
    s = sup("KLYUCH", "Klyuchalki Tech EOOD", "poruchki@klyuchalki.example", "bg-BG")
    po = mkpo("4500031029", s, "EUR", "2026-11-04", [
        ("KT-AZ-60", "Door closer size 2-4, arm type", 100, "EA", "21.50", "2026-12-15"),
        ("KT-AZ-SL", "Door closer with slide rail", 30, "EA", "48.00", "2026-12-15")])
    body = """Здравейте,

Потвърждаваме поръчка 4500031029:

Поз. 1 (автомат за врата с рамо): в момента разполагаме с 60 бр., които ще доставим на 15.12.2026 г.; останалите 40 бр. - на 29.01.2027 г. Цена 21,50 EUR/бр.
Поз. 2 (автомат с плъзгаща шина): 30 бр. по 48,00 EUR, доставка 15.12.2026 г.

Поздрави,
Иван Петров
Ключалки Тех ЕООД, гр. Пловдив
тел. +359 32 123 456, ЕИК 123456789
"""
    eml = reply(po, "Иван Петров", s["email"], "Mon, 9 Nov 2026 17:12:05 +0200",
                "<001f01db3256$7a8b9c0d$6f7e8d9c$@klyuchalki.example>", body, q_outlook(po),
                charset="windows-1251", hcharset="windows-1251")
    return [po], eml, exp("confirmation",
        "Line 1: all 100 at the PO price, split 60 on 2026-12-15 and 40 on 2027-01-29 (last delivery = date). Line 2 as ordered.",
        conf(po, {1: C(po, 1, sched=[(60, "2026-12-15"), (40, "2027-01-29")]), 2: A(po, 2)}))


# 029
@case("gr-earth-rods-copper-surcharge", "confirmation", "el-GR",
      "Greek ISO-8859-7 base64 reply: '+3%' copper surcharge on line 1 only (18.50 -> 19.055), no amount restated.")
def c029():
    s = sup("PAPAD", "Papadopoulos Earthing S.A.", "pwliseis@geioseis.example", "el-GR")
    po = mkpo("4500031030", s, "EUR", "2026-11-05", [
        ("GP-RAB-15", "Earth rod copper-bonded 1.5 m, 5/8\"", 200, "EA", "18.50", "2026-12-17"),
        ("GP-SYN-58", "Earth rod coupler 5/8\"", 200, "EA", "2.20", "2026-12-17")])
    body = """Καλησπέρα σας κα Ruiz,

Επιβεβαιώνουμε την παραγγελία σας 4500031030.

Λόγω της αύξησης της τιμής του χαλκού, στη θέση 1 (ράβδοι γείωσης 1,5 m) ισχύει επιβάρυνση +3% επί της τιμής της παραγγελίας. Η θέση 2 (σύνδεσμοι) παραμένει χωρίς αλλαγή.
Ποσότητες όπως στην παραγγελία. Παράδοση και των δύο θέσεων: 17/12/2026.

Με εκτίμηση,
Νίκος Παπαδόπουλος
Τμήμα Πωλήσεων
Γειώσεις Παπαδόπουλος Α.Ε. | Θεσσαλονίκη | Τηλ. 2310 123 456 | ΑΦΜ 099123456
"""
    eml = reply(po, "Νίκος Παπαδόπουλος", s["email"], "Wed, 11 Nov 2026 18:20:40 +0200",
                "<AM9PR08MB6102B3@AM9PR08MB6102.eurprd08.prod.outlook.example>", body, q_outlook(po),
                charset="iso-8859-7", cte="base64", hcharset="iso-8859-7")
    return [po], eml, exp("confirmation",
        "Line 1: +3% on 18.50 = 19.055 (percentage applies to the PO price), qty and date unchanged. Line 2 as ordered.",
        conf(po, {1: C(po, 1, p="19.055"), 2: A(po, 2)}))


# 030
@case("tr-flashlights-koli-rounding", "confirmation", "tr-TR",
      "Turkish 'Ynt:' reply in ISO-8859-9: qty rounded to 24-piece cartons (250 -> 264), date with weekday '22 Ocak 2027 Cuma'.")
def c030():
    s = sup("ISIKEL", "Isik Elektrik San. ve Tic. A.S.", "satis@isikelektrik.example", "tr-TR")
    po = mkpo("4500031031", s, "USD", "2026-11-06", [
        ("IE-FL-LED3", "LED flashlight 3xAAA, rubber", 250, "EA", "3.85", "2027-01-22"),
        ("IE-FL-HEAD", "LED head torch 200 lm", 100, "EA", "5.40", "2027-01-22")])
    body = """Merhaba Dana Hanım,

4500031031 nolu siparişiniz için teyidimiz aşağıdadır:

1. kalem: ürünler 24'lü koli halinde sevk edilmektedir, bu nedenle 264 adet (11 koli), birim fiyat 3,85 USD.
2. kalem: 100 adet, birim fiyat 5,40 USD.

Teslim tarihi her iki kalem için 22 Ocak 2027 Cuma.

Saygılarımızla,
Elif Yıldız
Dış Ticaret Departmanı
Işık Elektrik San. ve Tic. A.Ş. | İkitelli OSB, İstanbul | Tel: +90 212 555 12 34
"""
    eml = reply(po, "Elif Yıldız", s["email"], "Fri, 13 Nov 2026 10:04:17 +0300",
                "<20261113070417.1f2e3d@isikelektrik.example>", body, q_outlook(po), charset="iso-8859-9",
                prefix="Ynt: ", hcharset="iso-8859-9")
    return [po], eml, exp("confirmation",
        "Line 1 rounded up to full cartons of 24: 264 at unchanged price and date (22 Jan 2027 is the requested date). Line 2 as ordered.",
        conf(po, {1: C(po, 1, q=264), 2: A(po, 2)}))


# 031
@case("ua-hoses-revert-by-friday", "needs_review", "uk-UA",
      "Ukrainian acknowledgment that promises confirmation with dates 'by Friday'; nothing confirmed yet.")
def c031():
    s = sup("POLYV", "Polyvservis LLC", "zbut@polyvservis.example", "uk-UA")
    po = mkpo("4500031032", s, "EUR", "2026-11-10", [
        ("PS-SH-34-50", "Garden hose 3/4\", 50 m, reinforced", 80, "ROL", "31.00", "2027-02-12"),
        ("PS-SH-12-20", "Garden hose 1/2\", 20 m", 150, "ROL", "11.20", "2027-02-12")])
    body = """Добрий день, Дано!

Ваше замовлення 4500031032 отримали, дякуємо.
Зараз уточнюємо залишки на складі у Львові та терміни з виробником. Підтвердження з датами надішлемо до п'ятниці.

З повагою,
Олена Коваленко
ТОВ «Поливсервіс», +380 32 245 67 89
"""
    eml = reply(po, "Олена Коваленко", s["email"], "Tue, 10 Nov 2026 12:55:00 +0200",
                "<CAM9xK2+uV7p@mail.gmail.example>", body,
                q_gmail(po, "вт, 10 лист. 2026 р. о 10:12 Dana Ruiz <dana.ruiz@buyer.example> пише:"))
    return [po], eml, exp("needs_review",
        "Receipt only with a promise to confirm by Friday; no quantity, price or date committed.")


# 032
@case("sk-hinges-forwarded-warehouse", "confirmation", "sk-SK",
      "Slovak sales rep forwards the warehouse's internal note; ship date 7.12. vs arrival at customer 10.12. (delivery wins).")
def c032():
    s = sup("KOVZA", "Kovanie Žilina s.r.o.", "predaj@kovanie-zilina.example", "sk-SK")
    po = mkpo("4500031033", s, "EUR", "2026-11-06", [
        ("KZ-ZAV-35", "Furniture hinge 35 mm, clip-on", 2000, "PC", "0.64", "2026-12-10"),
        ("KZ-ZAV-POD", "Mounting plate for hinge, 0 mm", 2000, "PC", "0.21", "2026-12-10")])
    body = """Dobrý deň pani Ruiz,

posielam vyjadrenie nášho skladu nižšie - objednávku 4500031033 potvrdzujeme v plnom rozsahu, ceny podľa objednávky.

S pozdravom
Peter Hudák
obchodný zástupca, Kovanie Žilina s.r.o.
mobil: +421 905 123 456

---------- Forwarded message ---------
Od: Sklad Kovanie <sklad@kovanie-zilina.example>
Date: ut 10. 11. 2026 o 9:02
Subject: RE: 4500031033
To: Peter Hudák <peter.hudak@kovanie-zilina.example>

Peter,
závesy 35 mm 2000 ks máme, podložky 2000 ks máme. Expedujeme 7.12., u zákazníka budú 10.12.
Jana
"""
    eml = reply(po, "Peter Hudák", "peter.hudak@kovanie-zilina.example", "Tue, 10 Nov 2026 09:40:26 +0100",
                "<CAHx7Q1f9dZ@mail.gmail.example>", body, q_gmail(po), prefix="RE: ")
    return [po], eml, exp("confirmation",
        "Full confirmation at PO prices; the warehouse note gives shipment 7.12. and arrival at the customer 10.12. = requested delivery 2026-12-10, so both lines accepted.",
        allacc(po))


# 033
@case("si-pipe-foam-discontinued", "confirmation", "sl-SI",
      "Slovenian reply rejecting a discontinued line and confirming the other as ordered.")
def c033():
    s = sup("IZOLIR", "Izolirka d.o.o.", "prodaja@izolirka.example", "sl-SI")
    po = mkpo("4500031034", s, "EUR", "2026-11-04", [
        ("IZ-PE-13", "PE pipe insulation foam 22x13 mm", 500, "M", "0.58", "2026-12-16"),
        ("IZ-PE-20", "PE pipe insulation foam 28x20 mm", 300, "M", "0.86", "2026-12-16")])
    body = """Pozdravljeni,

pozicija 1 (izolacija 22x13) je bila ukinjena in je ne proizvajamo več, zato je žal ne moremo dobaviti. Nadomestnega izdelka nimamo.
Pozicijo 2 (28x20) potrjujemo: 300 m po 0,86 EUR/m, dobava 16. 12. 2026.

Lep pozdrav,
Maja Kranjc
Izolirka d.o.o., Celje | tel. 03 123 45 67
"""
    eml = reply(po, "Maja Kranjc", s["email"], "Fri, 6 Nov 2026 13:15:48 +0100",
                "<9f8e7d6c5b4a@izolirka.example>", body, q_outlook(po), charset="iso-8859-2", hcharset="iso-8859-2")
    return [po], eml, exp("confirmation",
        "Line 1 discontinued, cannot be supplied -> rejected. Line 2 as ordered.",
        conf(po, {1: R, 2: A(po, 2)}))


# 034
@case("hr-godisnji-odmor", "auto_reply", "hr-HR",
      "Croatian out-of-office naming a colleague with phone number and a return date.")
def c034():
    s = sup("ALATH", "Alati Horvat d.o.o.", "marko.horvat@alatihorvat.example", "hr-HR")
    po = mkpo("4500031035", s, "EUR", "2026-11-06", [
        ("AH-PIS-60", "Soldering iron 60 W", 30, "EA", "18.90", "2026-12-11"),
        ("AH-LEM-500", "Solder wire 1 mm, 500 g", 20, "ROL", "24.50", "2026-12-11")])
    body = """Poštovani,

do 16.11.2026. sam na godišnjem odmoru s ograničenim pristupom e-pošti.
U hitnim slučajevima obratite se kolegici Ivani Babić, tel. +385 1 2345 678, ivana.babic@alatihorvat.example.

Lijep pozdrav,
Marko Horvat
"""
    eml = reply(po, "Marko Horvat", s["email"], "Fri, 6 Nov 2026 10:12:51 +0100",
                "<ooo.20261106091251@alatihorvat.example>", body, charset="iso-8859-2",
                subject="Automatski odgovor: " + req_subject(po), extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, exp("auto_reply", "Croatian out-of-office reply.")


# 035
@case("rs-jigsaw-cyrillic-do-18-dec", "confirmation", "sr-RS",
      "Serbian Cyrillic one-paragraph confirmation: both lines as ordered except delivery 'до 18. децембра' (no year).")
def c035():
    s = sup("ALJOV", "Alati Jovanovic d.o.o.", "prodaja@alati-jovanovic.example", "sr-RS")
    po = mkpo("4500031036", s, "EUR", "2026-11-05", [
        ("AJ-UB-T101", "Jigsaw blades T101B, 5 pcs", 150, "SET", "2.60", "2026-12-15"),
        ("AJ-UB-T127", "Jigsaw blades T127D aluminium, 3 pcs", 80, "SET", "3.90", "2026-12-15")])
    body = """Поштовани,

потврђујемо поруџбину 4500031036. Обе ставке у траженим количинама и по ценама из поруџбине, испорука до 18. децембра.

Срдачан поздрав,
Милан Јовановић
Алати Јовановић д.о.о., Нови Сад, тел. 021 123 456, ПИБ 101234567
"""
    eml = reply(po, "Милан Јовановић", s["email"], "Tue, 10 Nov 2026 08:58:30 +0100",
                "<5a6b7c8d9e@alati-jovanovic.example>", body, q_gmail(po))
    return [po], eml, exp("confirmation",
        "Quantities and prices as ordered; delivery by 18 December (no year -> 2026-12-18) instead of 2026-12-15 for both lines.",
        conf(po, {1: C(po, 1, d="2026-12-18"), 2: C(po, 2, d="2026-12-18")}))


# 036
@case("kr-scales-euckr-price-up", "confirmation", "ko-KR",
      "Korean EUC-KR base64 reply: line 1 unit price raised to 12,800 won, line 2 unchanged.")
def c036():
    s = sup("HANBIT", "Hanbit Measure Co., Ltd.", "sales@hanbitmeasure.example", "ko-KR")
    po = mkpo("4500031037", s, "KRW", "2026-11-05", [
        ("HM-KS-3K", "Kitchen scale 3 kg, glass top", 200, "EA", "12000", "2027-01-15"),
        ("HM-KS-10K", "Kitchen scale 10 kg, stainless bowl", 80, "EA", "21500", "2027-01-15")])
    body = """다나 님 안녕하세요.

발주서 4500031037 확인하였습니다.

1번 품목 (주방저울 3kg): 200개, 단가 12,800원 (원자재 가격 인상 반영), 납기 2027년 1월 15일
2번 품목 (주방저울 10kg): 80개, 단가 21,500원, 납기 2027년 1월 15일

감사합니다.
한빛계량 영업팀 김민준 과장
Tel. 02-1234-5678 / H.P 010-9876-5432
"""
    eml = reply(po, "김민준", s["email"], "Thu, 12 Nov 2026 14:20:09 +0900",
                "<20261112142009.kmj@hanbitmeasure.example>", body, q_outlook(po),
                charset="euc-kr", cte="base64", hcharset="euc-kr")
    return [po], eml, exp("confirmation",
        "Line 1: price 12,800 KRW instead of 12,000, qty/date unchanged. Line 2 as ordered.",
        conf(po, {1: C(po, 1, p="12800"), 2: A(po, 2)}))


# 037
@case("vn-lamp-holders-stock-short", "confirmation", "vi-VN",
      "Vietnamese reply with dot thousands (5.000, 6.500 ₫): line 2 reduced to stock, the rest will not be supplied.")
def c037():
    s = sup("QMINH", "Quang Minh Electric Co., Ltd", "kinhdoanh@quangminh.example", "vi-VN")
    po = mkpo("4500031038", s, "VND", "2026-11-04", [
        ("QM-DUI-E27", "E27 lamp holder, bakelite", 5000, "PC", "6500", "2026-12-10"),
        ("QM-DUI-E27S", "E27 lamp holder with switch", 2000, "PC", "11000", "2026-12-10")])
    body = """Chào chị Dana,

Bên em xác nhận đơn hàng 4500031038 như sau:
- Dòng 1: đui đèn E27 bakelite, 5.000 cái, đơn giá 6.500 ₫, giao ngày 10/12/2026.
- Dòng 2: đui đèn E27 có công tắc, hiện kho chỉ còn 1.500 cái. Bên em giao 1.500 cái ngày 10/12/2026, đơn giá 11.000 ₫; 500 cái còn lại không thể cung cấp do nhà máy đã ngừng sản xuất mẫu này.

Trân trọng,
Nguyễn Thị Hoa
Phòng Kinh doanh - Công ty TNHH Điện Quang Minh
ĐT: 028 3812 3456 - MST: 0301234567
"""
    eml = reply(po, "Nguyễn Thị Hoa", s["email"], "Wed, 11 Nov 2026 15:33:21 +0700",
                "<CAOq5Zr1kT@mail.gmail.example>", body, q_gmail(po), cte="base64")
    return [po], eml, exp("confirmation",
        "Line 1 as ordered. Line 2: only 1,500 of 2,000 (remaining 500 will not be supplied) at the PO price and date.",
        conf(po, {1: A(po, 1), 2: C(po, 2, q=1500)}))


# 038
@case("id-mop-buckets-cek-stok", "needs_review", "id-ID",
      "Indonesian WhatsApp-style acknowledgment: stock being checked, qty and ship date 'tomorrow'.")
def c038():
    s = sup("SUMBER", "PT Sumber Bersih Abadi", "sales@sumberbersih.example", "id-ID")
    po = mkpo("4500031039", s, "IDR", "2026-11-09", [
        ("SB-EMB-15", "Mop bucket 15 l with wringer", 300, "EA", "85000", "2026-12-21")])
    body = """Selamat siang Bu Dana,

PO 4500031039 sudah kami terima. Stok ember pel sedang kami cek di gudang Cikarang, konfirmasi qty dan tanggal kirim akan kami kabari besok ya.

Terima kasih,
Dewi
PT Sumber Bersih Abadi | 021-8990 1234 | WA 0812 3456 7890
"""
    eml = reply(po, "Dewi Lestari", s["email"], "Tue, 10 Nov 2026 12:05:33 +0700",
                "<1762751133.dl@sumberbersih.example>", body, q_gmail(po))
    return [po], eml, exp("needs_review", "Acknowledges receipt, promises the confirmation tomorrow; commits to nothing.")
