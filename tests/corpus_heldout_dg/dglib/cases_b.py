# -*- coding: utf-8 -*-
import datetime as _dt
from .common import *


@case("roof-slates-xlsx-ack-nl-be", "confirmation", "nl-BE",
      "Flemish one-liner with an ERP order confirmation as XLSX (real date cells with date format); changes only visible in the spreadsheet.")
def c019():
    S = sup("LEIEN", "Leien & Daken NV", "verkoop@leienendaken.example", "nl-BE")
    p = mkpo("4500031020", S, "mira", "EUR", "2026-11-06", [
        ("RS-NAT-4025", "Roof slate, natural, 40x25 cm", 12000, "PC", "0.92", "2027-01-22"),
        ("RS-NAT-6030", "Roof slate, natural, 60x30 cm", 4000, "PC", "1.85", "2027-01-22"),
        ("RS-HOOK-SS", "Slate hook, stainless, 120 mm, box of 1000", 16, "BOX", "28.00", "2027-01-22"),
    ])
    rows = [
        ["Leien & Daken NV", None, None, None, None, None, None],
        ["ORDERBEVESTIGING", None, None, None, "Ons ordernr.", "OB-2026-4471"],
        ["Klant", "Harbourline Trading", None, None, "Uw bestelling", "4500031020"],
        ["Datum", _dt.date(2026, 11, 10)],
        [],
        ["Lijn", "Artikel", "Omschrijving", "Aantal", "Eenheid", "Prijs EUR", "Leverdatum"],
        [1, "RS-NAT-4025", "Natuurleien 40x25", 12000, "ST", 0.92, _dt.date(2027, 1, 22)],
        [2, "RS-NAT-6030", "Natuurleien 60x30", 4000, "ST", 1.85, _dt.date(2027, 1, 29)],
        [3, "RS-HOOK-SS", "Leihaken inox 120 mm (doos 1000)", 16, "DS", 29.5, _dt.date(2027, 1, 22)],
        [],
        ["Totaal excl. btw", None, None, None, None, 18912],
        ["Levering franco werf. Betaling 30 dagen einde maand."],
    ]
    body = """Goeiemiddag Mira,

In bijlage onze orderbevestiging voor uw bestelling 4500031020.

Met vriendelijke groeten,
Wim Verstraete
Leien & Daken NV – Industriezone Kruishoutem, Nijverheidslaan 8, 9770 Kruishoutem
tel. 09 383 12 40 – BTW BE 0456.789.123
"""
    m = eml(p, multi("mixed", text(body, cs="windows-1252"),
                     att(xlsx(rows, "Orderbevestiging"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "OB-2026-4471.xlsx"), style="outlook"),
            "2026-11-10 14:08:22", ("Wim Verstraete", S["email"]), prefix="RE:", midstyle="outlook")
    e = expected("confirmation", "The XLSX confirmation (date cells formatted as dates) holds the answer: line 1 as ordered; line 2 delivery 29-01-2027 instead of 22-01; line 3 price 29.50 per box instead of 28.00. Total 12000*0.92 + 4000*1.85 + 16*29.50 = 18 912 checks out.",
                 [conf(p, acc(p, 1), chg(p, 2, date="2027-01-29"), chg(p, 3, price="29.50"))])
    return [p], m, e


@case("soap-moulds-iphone-week50-sv", "confirmation", "sv-SE",
      "Swedish one-liner from an iPhone: 'Ok på allt, leverans v. 50' above an Apple-style quote; one line requested earlier than week 50.")
def c020():
    S = sup("TVALF", "Tvålformar i Gnosjö AB", "linda@tvalformar.example", "sv-SE")
    p = mkpo("4500031021", S, "mira", "SEK", "2026-11-09", [
        ("SM-SIL-6", "Soap mould, silicone, 6 cavities, oval", 300, "PC", "41.00", "2026-12-11"),
        ("SM-SIL-LOAF", "Soap mould, silicone loaf, 1.2 kg", 150, "PC", "89.00", "2026-12-04"),
    ])
    body = ("Hej! Ok på allt, leverans v. 50.\n/Linda\n\nSkickat från min iPhone\n\n"
            "> 9 nov. 2026 kl. 09:05 skrev Mira Lindqvist <mira.lindqvist@harbourline.example>:\n>\n" + quoted(req_text(p)) + "\n")
    m = eml(p, text(body, cte="quoted-printable"), "2026-11-10 19:47:03", ("Linda Johansson", S["email"]),
            prefix="Sv:", midstyle="apple", mua="iPhone Mail (22B91)")
    e = expected("confirmation", "'Ok på allt' accepts quantities and prices; 'v. 50' with no day = Friday of ISO week 50 = 2026-12-11. Line 1 was requested for 2026-12-11 (accepted); line 2 was requested for 2026-12-04, so it is changed to 2026-12-11.",
                 [conf(p, acc(p, 1), chg(p, 2, date=kw(2026, 50)))])
    return [p], m, e


@case("ooo-exchange-danish", "auto_reply", "da-DK",
      "Danish Exchange out-of-office ('Automatisk svar') without threading headers, listing dates and a colleague's phone number.")
def c021():
    S = sup("TELTP", "Teltpløkker Danmark ApS", "soren@teltplokker.example", "da-DK")
    p = mkpo("4500031022", S, "jonas", "DKK", "2026-11-09", [
        ("TP-STL-23", "Tent peg, steel, 23 cm, galvanised", 6000, "PC", "2.35", "2026-12-14"),
        ("TP-PLS-30", "Tent peg, plastic, 30 cm, orange", 3000, "PC", "1.90", "2026-12-14"),
    ])
    body = """Tak for din mail.

Jeg er på ferie til og med fredag den 20. november 2026 og har ikke adgang til mail.
Din mail bliver ikke videresendt.

Ved spørgsmål om ordrer og levering kontakt venligst min kollega Mette Holm på mh@teltplokker.example eller tlf. +45 75 82 14 60.

Venlig hilsen
Søren Kjeldsen
Teltpløkker Danmark ApS
"""
    m = eml(p, text(body, cs="iso-8859-1"), "2026-11-09 09:05:31", ("Søren Kjeldsen", S["email"]),
            subject="Automatisk svar: " + req_subject(p), reply=False, subj_cs="iso-8859-1",
            extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                   ("X-MS-Exchange-Inbox-Rules-Loop", S["email"])])
    e = expected("auto_reply", "Exchange out-of-office reply; the holiday dates are not delivery information.")
    return [p], m, e


@case("tent-pegs-partial-tomorrow-nb", "confirmation", "nb-NO",
      "Norwegian Gmail reply confirming two lines and saying the third will be answered 'i morgen' after checking with the factory.")
def c022():
    S = sup("FJELL", "Fjellutstyr Engros AS", "ordre@fjellutstyr.example", "nb-NO")
    p = mkpo("4500031023", S, "jonas", "NOK", "2026-11-10", [
        ("TP-ALU-18", "Tent peg, aluminium Y-profile, 18 cm", 5000, "PC", "3.90", "2026-12-15"),
        ("TP-STL-25", "Tent peg, steel, heavy duty, 25 cm", 2000, "PC", "6.50", "2026-12-15"),
        ("TP-TI-16", "Tent peg, titanium, 16 cm", 400, "PC", "29.00", "2026-12-15"),
    ])
    intro = "tir. 10. nov. 2026 kl. 09:05 skrev Jonas Weber <jonas.weber@harbourline.example>:"
    body = """Hei Jonas,

Linje 1 og 2 bekreftes som bestilt: 5 000 stk. à kr 3,90 og 2 000 stk. à kr 6,50, levering 15.12.

Titanpluggene (linje 3) må jeg sjekke med fabrikken først. Kommer tilbake til deg i morgen.

Mvh
Eirik Solberg
Fjellutstyr Engros AS
Tlf. 22 65 40 18 | Mob. 918 44 207
Org.nr. 987 654 321 MVA
""" + q_gmail(p, intro)
    m = eml(p, alt(body, html_wrap(nl2br(body), "nb"), style="gmail"), "2026-11-11 15:31:12",
            ("Eirik Solberg", S["email"]), prefix="Re:", midstyle="gmail")
    e = expected("confirmation", "Lines 1 and 2 confirmed as ordered (15.12 = 2026-12-15). Line 3 is explicitly deferred ('kommer tilbake i morgen') -> unconfirmed.",
                 [conf(p, acc(p, 1), acc(p, 2), unc())])
    return [p], m, e


@case("exchange-ndr-mailbox-disabled-fi", "bounce", "fi-FI",
      "Non-delivery report generated by the Finnish supplier's Exchange server in Finnish and English (5.2.1 mailbox disabled), sent after acceptance.")
def c023():
    S = sup("SAUNA", "Saunatarvike Oy", "myynti@saunatarvike.example", "fi-FI")
    p = mkpo("4500031024", S, "priya", "EUR", "2026-11-09", [
        ("SM-BIRCH-SOAP", "Soap mould, birch wood, 1 kg loaf", 120, "PC", "11.40", "2026-12-16"),
    ])
    human = """Toimitus seuraaville vastaanottajille tai ryhmille epäonnistui:

myynti@saunatarvike.example
Vastaanottajan postilaatikko on poistettu käytöstä. Ota yhteyttä vastaanottajaan jollakin muulla tavalla.

Delivery has failed to these recipients or groups:

myynti@saunatarvike.example
The recipient's mailbox is disabled. Please contact the recipient by some other means.

Diagnostic information for administrators:

Generating server: EXCH01.saunatarvike.local
myynti@saunatarvike.example
Remote Server returned '550 5.2.1 Mailbox disabled for this recipient'
"""
    b = p["buyer"]
    orig_h = ("From: %s <%s>\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: %s\nMIME-Version: 1.0\n"
              % (b["name"], b["email"], S["email"], req_subject(p), rfcdate("2026-11-09 09:05:00"), p["request_message_id"]))
    ds = ("Reporting-MTA: dns;EXCH01.saunatarvike.local\nReceived-From-MTA: dns;mx.saunatarvike.example\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822;myynti@saunatarvike.example\nAction: failed\nStatus: 5.2.1\n"
          "Diagnostic-Code: smtp;550 5.2.1 Mailbox disabled for this recipient\n" % rfcdate("2026-11-09 10:05:22", "+0200"))
    body = multi("report", text(human, cte="quoted-printable"),
                 Part([("Content-Type", "message/delivery-status")], ds.encode()),
                 Part([("Content-Type", "text/rfc822-headers")], orig_h.encode()),
                 style="outlook", params="; report-type=delivery-status")
    m = eml(p, body, "2026-11-09 10:05:24", ("Microsoft Exchange", "postmaster@saunatarvike.example"),
            subject="Toimitus epäonnistui: " + req_subject(p), reply=False, tz="+0200",
            extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")])
    e = expected("bounce", "Exchange NDR from the supplier's own server: mailbox disabled (5.2.1); our request was not delivered.")
    return [p], m, e


@case("jewellery-boxes-percent-surcharge-et", "confirmation", "et-EE",
      "Estonian confirmation of quantities and date with a 4% raw-material surcharge on every line (prices must be derived from the PO).")
def c024():
    S = sup("PUITK", "Puitkarp OÜ", "muuk@puitkarp.example", "et-EE")
    p = mkpo("4500031025", S, "tom", "EUR", "2026-11-10", [
        ("JB-OAK-M", "Jewellery box, oak, medium, engraved lid", 200, "PC", "14.50", "2027-01-18"),
        ("JB-BIRCH-S", "Jewellery box, birch, small", 400, "PC", "7.20", "2027-01-18"),
    ])
    body = """Tere, Tom!

Kinnitame tellimuse nr 4500031025 kogused (200 tk ja 400 tk) ning tarneaja 18.01.2027.

Palun arvestage, et kuna tamme- ja kasepuidu hind on tõusnud, lisandub selle tellimuse
mõlemale reale 4% toormelisa tellimuses toodud ühikuhinnale.

Lugupidamisega
Kadri Tamm
müügijuht
Puitkarp OÜ | Tööstuse 14, 80010 Pärnu | tel +372 445 1290 | reg. kood 10987654
""" + q_gmail(p)
    m = eml(p, text(body, cs="iso-8859-15"), "2026-11-12 11:02:55", ("Kadri Tamm", S["email"]),
            prefix="Re:", tz="+0200", subj_cs="iso-8859-15", mua="UA:Mozilla Thunderbird 128.3.1")
    e = expected("confirmation", "Quantities and date (18.01.2027) as ordered, but a 4% surcharge on the PO unit price on both lines: 14.50*1.04 = 15.08 and 7.20*1.04 = 7.488.",
                 [conf(p, chg(p, 1, price="15.08"), chg(p, 2, price="7.488"))])
    return [p], m, e


@case("newsletter-winter-sale-lv", "unrelated", "lv-LV",
      "Latvian HTML marketing newsletter from the supplier's own domain (List-Unsubscribe, bulk) that mentions ice scrapers but not our PO.")
def c025():
    S = sup("ZIEMA", "Ziemas Preces SIA", "pasutijumi@ziemaspreces.example", "lv-LV")
    p = mkpo("4500031026", S, "priya", "EUR", "2026-11-10", [
        ("IS-TELE-90", "Ice scraper, telescopic, with brush, 90 cm", 500, "PC", "5.60", "2026-12-02"),
    ])
    plain = """Ziemas Preces SIA – Jaunumi, novembris 2026

Ziema klāt! Līdz 30. novembrim -20% visiem ledus skrāpjiem un sniega birstēm.
* Teleskopiskais skrāpis ar birsti 90 cm – tagad 4,48 EUR (bija 5,60 EUR)
* Ledus skrāpis ar cimdu – 2,90 EUR
Minimālais pasūtījums 100 gab. Piegāde 5 darba dienās.

Pasūtiet: www.ziemaspreces.example/akcija

Ja nevēlaties saņemt šos jaunumus, atrakstieties: www.ziemaspreces.example/unsubscribe
Ziemas Preces SIA, Ganību dambis 24, Rīga, LV-1005
"""
    html = html_wrap("<h2>Ziema klāt! -20% visiem ledus skrāpjiem</h2>" + nl2br(plain), "lv")
    m = eml(p, alt(plain, html), "2026-11-12 07:00:00", ("Ziemas Preces", "jaunumi@ziemaspreces.example"),
            subject="Ziemas akcija: -20% ledus skrāpjiem līdz 30. novembrim", reply=False, tz="+0200",
            to="priya.nair@harbourline.example",
            extra=[("List-Unsubscribe", "<https://www.ziemaspreces.example/unsubscribe?u=88213>"),
                   ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID7a2b1f**")])
    e = expected("unrelated", "Promotional newsletter; the sale price for the scraper we ordered is marketing, not an answer to PO 4500031026.")
    return [p], m, e


@case("garden-twine-csv-pack-rounding-lt", "confirmation", "lt-LT",
      "Lithuanian mail with a semicolon CSV (decimal commas, ISO dates): one line rounded up to cartons of 24, one line delivered earlier.")
def c026():
    S = sup("SODAS", "UAB Sodo Reikmenys", "uzsakymai@sodoreikmenys.example", "lt-LT")
    p = mkpo("4500031027", S, "jonas", "EUR", "2026-11-10", [
        ("GT-COT-50", "Garden twine, cotton, 50 m ball", 1010, "PC", "0.95", "2027-02-01"),
        ("GT-SIS-KG", "Garden twine, sisal, natural, bulk", 250, "KG", "4.60", "2027-02-01"),
        ("GT-WIRE-GRN", "Plant tie wire, green, 100 m", 300, "ROL", "1.15", "2027-02-01"),
    ])
    rows = [["Eil.Nr.", "Prekės kodas", "Pavadinimas", "Kiekis", "Mat.vnt.", "Kaina EUR", "Pristatymo data"],
            ["1", "GT-COT-50", "Medvilninis špagatas 50 m", "1032", "vnt.", "0,95", "2027-02-01"],
            ["2", "GT-SIS-KG", "Sizalio špagatas", "250", "kg", "4,60", "2027-02-01"],
            ["3", "GT-WIRE-GRN", "Augalų rišimo viela, žalia 100 m", "300", "rit.", "1,15", "2027-01-25"]]
    body = """Laba diena,

siunčiame užsakymo Nr. 4500031027 patvirtinimą (CSV faile).
Pastaba: medvilninis špagatas pakuojamas dėžėmis po 24 vnt., todėl kiekis suapvalintas iki 1 032 vnt. (43 dėžės).

Pagarbiai
Rasa Petrauskienė
UAB Sodo Reikmenys, Kauno g. 112, LT-44280 Kaunas
Tel. +370 37 40 22 15
"""
    m = eml(p, multi("mixed", text(body, cs="iso-8859-13"),
                     att(csvdata(rows), "text/csv", "patvirtinimas_4500031027.csv")),
            "2026-11-12 09:44:10", ("Rasa Petrauskienė", S["email"]), prefix="RE:", tz="+0200",
            subj_cs="iso-8859-13")
    e = expected("confirmation", "CSV: line 1 1032 pcs (rounded up from 1010 to 43 cartons of 24) at 0,95, date as ordered; line 2 as ordered; line 3 as ordered but delivery 2027-01-25, a week earlier than requested -> changed.",
                 [conf(p, chg(p, 1, qty=1032), acc(p, 2), chg(p, 3, date="2027-01-25"))])
    return [p], m, e


@case("nail-files-forwarded-warehouse-hu", "confirmation", "hu-HU",
      "Hungarian salesperson forwards the warehouse's internal note and confirms on top; line 2 split 300 now + 200 in January (Hungarian date format).")
def c027():
    S = sup("SZEPS", "Szépség Kellék Kft.", "ertekesites@szepsegkellek.example", "hu-HU")
    p = mkpo("4500031028", S, "tom", "HUF", "2026-11-10", [
        ("NF-STEEL-15", "Nail file, stainless steel, 15 cm", 800, "PC", "420.00", "2026-12-14"),
        ("NF-GLASS-9", "Nail file, glass, 9 cm, in sleeve", 500, "PC", "690.00", "2026-12-14"),
    ])
    body = """Kedves Tom!

Lent a raktár válasza. Ez alapján visszaigazoljuk a 4500031028 sz. rendelést:

1. tétel: 800 db, 420 Ft/db, szállítás 2026. 12. 14.
2. tétel: 300 db 2026. 12. 14-én, a maradék 200 db 2027. 01. 11-én, ár változatlan (690 Ft/db).

Üdvözlettel:
Kovács Eszter
értékesítési asszisztens
Szépség Kellék Kft. | 1097 Budapest, Illatos út 9. | +36 1 347 2210 | adószám: 12345678-2-43

---------- Továbbított üzenet ---------
Feladó: Raktár <raktar@szepsegkellek.example>
Dátum: 2026. nov. 11., Sze 14:02
Tárgy: Re: 4500031028 készlet?
Címzett: Kovács Eszter <ertekesites@szepsegkellek.example>

Eszter,
acél reszelő megvan, mehet dec. 14-én. Üvegreszelőből csak 300 db van, a többi
(200 db) január 11-re jön be a beszállítótól.
Üdv, Laci
"""
    m = eml(p, text(body, cs="iso-8859-2"), "2026-11-11 15:20:41", ("Kovács Eszter", S["email"]),
            prefix="VS:", subj_cs="iso-8859-2", mua="UA:Mozilla/5.0 Thunderbird/128.4.0")
    e = expected("confirmation", "The salesperson's own text on top commits: line 1 as ordered; line 2 split 300 on 2026-12-14 and 200 on 2027-01-11, price unchanged, total 500, last delivery 2027-01-11. The forwarded warehouse note is background.",
                 [conf(p, acc(p, 1), chg(p, 2, schedule=[(300, "2026-12-14"), (200, "2027-01-11")]))])
    return [p], m, e


@case("egg-cartons-revert-by-friday-ro", "needs_review", "ro-RO",
      "Romanian holding reply: order received, dates to be confirmed by Friday after the factory answers; no figures committed.")
def c028():
    S = sup("CARTO", "Cartonaj Transilvania SRL", "vanzari@cartonaj-ts.example", "ro-RO")
    p = mkpo("4500031029", S, "priya", "EUR", "2026-11-10", [
        ("EC-10-GREY", "Egg carton, 10 eggs, grey pulp", 50000, "PC", "0.072", "2027-01-11"),
        ("EC-12-PRINT", "Egg carton, 12 eggs, printed lid", 30000, "PC", "0.118", "2027-01-11"),
    ])
    body = """Bună ziua doamna Nair,

Vă mulțumim pentru comanda 4500031029, am primit-o și am transmis-o către fabrică.
Vă vom reveni cu confirmarea cantităților și a termenelor de livrare până vineri, 13 noiembrie,
după ce primim planificarea producției pentru ianuarie.

Cu stimă,
Ioana Mureșan
Departament Vânzări
Cartonaj Transilvania SRL | Str. Fabricii nr. 5, 400632 Cluj-Napoca
Tel: +40 264 415 300 | CUI RO 16543210
""" + q_outlook(p, "en")
    m = eml(p, text(body), "2026-11-11 10:18:09", ("Ioana Mureșan", S["email"]), prefix="RE:",
            tz="+0200", midstyle="outlook")
    e = expected("needs_review", "Human acknowledgement promising to revert by Friday; no quantity, price or date is committed.")
    return [p], m, e


@case("cake-tins-discontinued-substitute-bg", "confirmation", "bg-BG",
      "Bulgarian reply in windows-1251: two lines confirmed, the third discontinued with an optional substitute at another price (line rejected).")
def c029():
    S = sup("PEKAR", "Пекарски Форми ООД", "office@pekarski-formi.example", "bg-BG")
    p = mkpo("4500031030", S, "mira", "EUR", "2026-11-11", [
        ("CT-LOAF-30", "Loaf tin, 30 cm, carbon steel", 500, "PC", "2.60", "2026-12-17"),
        ("CT-MUF-12", "Muffin tray, 12 cups, non-stick", 300, "PC", "4.40", "2026-12-17"),
        ("CT-HEART-22", "Cake tin, heart shape, 22 cm", 200, "PC", "3.90", "2026-12-17"),
    ])
    body = """Здравейте, г-жо Линдквист,

Благодарим за поръчка № 4500031030. Потвърждаваме:

1. Форма за хляб 30 см – 500 бр. по 2,60 EUR, доставка 17.12.2026 г.
2. Тава за мъфини 12 бр. – 300 бр. по 4,40 EUR, доставка 17.12.2026 г.
3. Форма сърце 22 см – този артикул е спрян от производство и не можем да го доставим.
   Ако желаете, можем да предложим форма сърце 24 см (CT-HEART-24) на цена 4,20 EUR – моля, потвърдете отделно.

Поздрави,
Даниела Петрова
Търговски отдел, Пекарски Форми ООД
гр. Пловдив, бул. „Кукленско шосе“ 17 | тел. +359 32 62 48 10 | ЕИК 115 678 901
"""
    m = eml(p, text(body, cs="windows-1251"), "2026-11-12 12:40:36", ("Даниела Петрова", S["email"]),
            prefix="RE:", tz="+0200", subj_cs="windows-1251", midstyle="outlook")
    e = expected("confirmation", "Lines 1-2 confirmed as ordered. Line 3 discontinued; the 24 cm substitute is only an offer requiring separate approval, so the ordered line is rejected.",
                 [conf(p, acc(p, 1), acc(p, 2), rej())])
    return [p], m, e


@case("file-folders-ship-vs-delivery-uk", "confirmation", "uk-UA",
      "Ukrainian reply giving both a ship day (Monday 21 Dec) and a delivery day (Thursday 24 Dec) with weekday names; delivery date wins.")
def c030():
    S = sup("PAPKA", "ТОВ «Канцпапка»", "zbut@kantspapka.example", "uk-UA")
    p = mkpo("4500031031", S, "jonas", "USD", "2026-11-11", [
        ("FF-ARCH-75", "Lever arch file, A4, 75 mm, grey", 1200, "PC", "1.95", "2026-12-22"),
        ("FF-ARCH-50", "Lever arch file, A4, 50 mm, grey", 800, "PC", "1.80", "2026-12-22"),
    ])
    body = """Добрий день, пане Йонасе!

Дякуємо за замовлення № 4500031031.

Позиція 1 – реєстратор A4 75 мм: 1200 шт. по 1,95 USD.
Позиція 2 – реєстратор A4 50 мм: 800 шт. по 1,80 USD.

Обидві позиції відвантажимо разом у понеділок, 21 грудня, доставка до Гамбурга – у четвер, 24 грудня.

З повагою,
Олена Коваленко
відділ збуту ТОВ «Канцпапка»
м. Житомир, вул. Промислова, 3 | +380 412 42 18 90 | ЄДРПОУ 34567890
"""
    m = eml(p, text(body, cte="base64"), "2026-11-12 14:55:30", ("Олена Коваленко", S["email"]),
            prefix="RE:", tz="+0200")
    e = expected("confirmation", "Quantities and prices as ordered. Ship Monday 21 Dec, delivery Thursday 24 Dec 2026; the delivery date wins, so both lines are changed to 2026-12-24 (requested 2026-12-22).",
                 [conf(p, chg(p, 1, date="2026-12-24"), chg(p, 2, date="2026-12-24"))])
    return [p], m, e


@case("boat-cleats-in-4-weeks-el", "confirmation", "el-GR",
      "Greek reply in ISO-8859-7 committing delivery 'in 4 weeks from today' (relative to the Date header), prices with decimal comma.")
def c031():
    S = sup("NAFTI", "Ναυτιλιακά Είδη Πειραιώς Α.Ε.", "sales@naftiliaka-pireos.example", "el-GR")
    p = mkpo("4500031032", S, "tom", "EUR", "2026-11-11", [
        ("BC-BRZ-125", "Boat cleat, bronze, 125 mm", 60, "EA", "24.00", "2026-12-04"),
        ("BC-BRZ-200", "Boat cleat, bronze, 200 mm", 40, "EA", "39.00", "2026-12-04"),
    ])
    body = """Καλημέρα σας κ. Okafor,

Σχετικά με την παραγγελία 4500031032:

Κωδ. BC-BRZ-125: 60 τεμ. x 24,00 €
Κωδ. BC-BRZ-200: 40 τεμ. x 39,00 €

Οι μπρούτζινες κοτσανέλες χυτεύονται κατά παραγγελία, η παράδοση θα γίνει σε 4 εβδομάδες από σήμερα.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Ναυτιλιακά Είδη Πειραιώς Α.Ε.
Ακτή Μιαούλη 45, 185 36 Πειραιάς | Τηλ. 210 41 22 870 | ΑΦΜ 094512367
"""
    m = eml(p, text(body, cs="iso-8859-7"), "2026-11-12 10:20:00", ("Γιώργος Παπαδόπουλος", S["email"]),
            prefix="ΑΠ:", tz="+0200", subj_cs="iso-8859-7", midstyle="outlook")
    e = expected("confirmation", "Quantities and prices as ordered; delivery 'in 4 weeks from today' counted from the Date header (Thu 2026-11-12) = 2026-12-10, later than the requested 2026-12-04.",
                 [conf(p, chg(p, 1, date=plus("2026-11-12", 28)), chg(p, 2, date=plus("2026-11-12", 28)))])
    return [p], m, e


@case("quilt-batting-moq-metres-tr", "confirmation", "tr-TR",
      "Turkish reply in ISO-8859-9 with dot thousands separators ('1.500 metre'): line 2 raised to production minimum.")
def c032():
    S = sup("ELYAF", "Bursa Elyaf Tekstil San. ve Tic. A.Ş.", "ihracat@bursaelyaf.example", "tr-TR")
    p = mkpo("4500031033", S, "mira", "EUR", "2026-11-11", [
        ("QB-POLY-200G", "Quilt batting, polyester, 200 g/m2, 150 cm", 2500, "M", "1.45", "2027-01-20"),
        ("QB-POLY-100G", "Quilt batting, polyester, 100 g/m2, 150 cm", 1200, "M", "0.98", "2027-01-20"),
    ])
    body = """Sayın Mira Hanım,

4500031033 numaralı siparişiniz için teşekkür ederiz.

1. kalem QB-POLY-200G: 2.500 m, 1,45 EUR/m, teslim tarihi 20.01.2027 – onaylanmıştır.
2. kalem QB-POLY-100G: bu kalitede minimum üretim miktarımız 1.500 metredir. 1.500 m, 0,98 EUR/m, teslim tarihi 20.01.2027 olarak onaylıyoruz.

Saygılarımızla,
Emre Yıldız
İhracat Departmanı
Bursa Elyaf Tekstil San. ve Tic. A.Ş.
Demirtaş OSB, 16245 Osmangazi/Bursa | Tel: +90 224 261 44 50
"""
    m = eml(p, text(body, cs="iso-8859-9"), "2026-11-13 09:12:45", ("Emre Yıldız", S["email"]),
            prefix="YNT:", tz="+0300", subj_cs="iso-8859-9")
    e = expected("confirmation", "Line 1 as ordered (2.500 = 2500 with dot thousands). Line 2 quantity raised to the 1.500 m production minimum; price and date unchanged.",
                 [conf(p, acc(p, 1), chg(p, 2, qty=1500))])
    return [p], m, e


@case("ooo-hebrew-base64", "auto_reply", "he-IL",
      "Hebrew out-of-office (UTF-8 base64, RTL) with X-Autoreply header and In-Reply-To; mentions return date and mobile number.")
def c033():
    S = sup("TAKIN", "Tachshitim Kinneret Ltd.", "orders@takhshitim-kinneret.example", "he-IL")
    p = mkpo("4500031034", S, "priya", "USD", "2026-11-12", [
        ("JB-LTH-RND", "Jewellery box, leather, round, travel size", 350, "PC", "5.90", "2027-01-14"),
        ("JB-LTH-RECT", "Jewellery box, leather, rectangular, 6 compartments", 200, "PC", "9.80", "2027-01-14"),
    ])
    body = """שלום,

תודה על פנייתך. אני מחוץ למשרד עד יום ראשון, 22 בנובמבר 2026, ללא גישה לדואר אלקטרוני.
בעניינים דחופים ניתן לפנות לאבי לוי בטלפון 03-6129944 שלוחה 2.

בברכה,
נועה כהן
תכשיטים כנרת בע"מ
"""
    m = eml(p, text(body, cte="base64"), "2026-11-12 10:06:02", ("נועה כהן", S["email"]),
            subject="מחוץ למשרד: " + req_subject(p), tz="+0200",
            extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    e = expected("auto_reply", "Automatic out-of-office reply; nothing about the order.")
    return [p], m, e


@case("map-pins-clarify-arabic-digits-ar", "needs_review", "ar-EG",
      "Arabic reply with Arabic-Indic digits asking which pin head (plastic or metal) is meant before quoting price and date.")
def c034():
    S = sup("NILST", "Nile Stationery Co.", "sales@nilestationery.example", "ar-EG")
    p = mkpo("4500031035", S, "tom", "USD", "2026-11-12", [
        ("MP-PLS-ASST", "Map pins, assorted colours", 10000, "PC", "0.012", "2027-01-06"),
        ("MP-BOARD-A2", "Pin board, cork, A2", 120, "PC", "6.40", "2027-01-06"),
    ])
    body = """السيد/ توم أوكافور المحترم،

تحية طيبة وبعد،

بالإشارة إلى أمر الشراء رقم 4500031035، نرجو التوضيح قبل التأكيد:
البند الأول (١٠٬٠٠٠ دبوس خرائط ألوان متنوعة): هل المطلوب الدبوس ذو الرأس البلاستيكي أم الرأس المعدني؟ الكود المذكور كان يستخدم للنوعين في الكتالوج القديم.
بعد توضيحكم سنرسل تأكيد السعر وموعد التسليم للبندين معاً.

وتفضلوا بقبول فائق الاحترام،
أحمد عبد الرحمن
قسم المبيعات – شركة النيل للأدوات المكتبية
هاتف: ٠٢-٢٥٧٨٤٤١٠ | محمول: ٠١٠٠٢٣٤٥٦٧٨
"""
    m = eml(p, alt(body, '<html><body dir="rtl">' + nl2br(body) + "</body></html>"), "2026-11-14 11:40:20",
            ("Ahmed Abdelrahman", S["email"]), prefix="رد:", tz="+0200", midstyle="outlook")
    e = expected("needs_review", "The supplier asks which variant is meant and will confirm price and date for both lines only after our answer; nothing committed.")
    return [p], m, e


@case("lens-caps-mould-repair-euckr", "confirmation", "ko-KR",
      "Korean reply in EUC-KR with dotted dates (2026.12.18); one size delayed by mould repair.")
def c035():
    S = sup("HANOP", "Hanil Optical Parts Co., Ltd.", "export@hanil-optical.example", "ko-KR")
    p = mkpo("4500031036", S, "mira", "USD", "2026-11-12", [
        ("LC-67-PRO", "Lens cap, 67 mm, centre-pinch", 800, "PC", "1.20", "2026-12-18"),
        ("LC-72-PRO", "Lens cap, 72 mm, centre-pinch", 600, "PC", "1.30", "2026-12-18"),
        ("LC-82-PRO", "Lens cap, 82 mm, centre-pinch", 300, "PC", "1.55", "2026-12-18"),
    ])
    body = """Mira Lindqvist 님께,

안녕하십니까. 한일광학부품 해외영업팀 박지훈입니다.
발주서 4500031036 관련하여 아래와 같이 회신드립니다.

1번 LC-67-PRO : 800개, 단가 USD 1.20, 납기 2026.12.18
2번 LC-72-PRO : 600개, 단가 USD 1.30, 납기 2026.12.18
3번 LC-82-PRO : 300개, 단가 USD 1.55, 82mm 금형 수리 중으로 납기 2027.01.15 가능합니다.

양해 부탁드립니다.

감사합니다.
박지훈 드림
한일광학부품(주) 해외영업팀 | T. 032-812-4470 | M. 010-5521-8830
인천광역시 남동구 남동대로 215
"""
    m = eml(p, text(body, cs="euc-kr", cte="base64"), "2026-11-13 17:08:51", ("박지훈", S["email"]),
            prefix="RE:", tz="+0900", subj_cs="euc-kr")
    e = expected("confirmation", "Lines 1-2 as ordered. Line 3 quantity and price unchanged, delivery 2027.01.15 instead of 2026-12-18.",
                 [conf(p, acc(p, 1), acc(p, 2), chg(p, 3, date="2027-01-15"))])
    return [p], m, e


@case("hair-clips-per-dozen-gb2312", "confirmation", "zh-CN",
      "Simplified Chinese in GB2312 pricing per dozen (每打): one line equals the PO unit price, the other is higher.")
def c036():
    S = sup("YWJIN", "Yiwu Jinhua Hair Accessories Co., Ltd.", "sales@ywjinhua.example", "zh-CN")
    p = mkpo("4500031037", S, "priya", "CNY", "2026-11-12", [
        ("HC-BAR-6", "Hair barrette, metal, 6 cm, gold", 2400, "PC", "0.35", "2026-12-20"),
        ("HC-SCR-ASST", "Hair scrunchie, satin, assorted colours", 1200, "PC", "0.80", "2026-12-20"),
    ])
    body = """Priya 您好！

贵司订单 4500031037 确认如下：

1. HC-BAR-6 金色金属发夹 6厘米：2400 个（200 打），每打 4.20 元，12月20日前交货。
2. HC-SCR-ASST 缎面发圈 混色：1200 个（100 打），缎面布料涨价，每打 10.20 元，12月20日前交货。

运费条款按原订单执行。

谢谢！
王丽 Lily Wang
义乌金华发饰有限公司 外贸部
电话：0579-8552 3361  手机：138 5798 2214
"""
    m = eml(p, text(body, cs="gb2312", cte="base64"), "2026-11-13 15:30:07", ("王丽", S["email"]),
            prefix="回复:", tz="+0800", subj_cs="gb2312")
    e = expected("confirmation", "Prices per dozen: 4.20/12 = 0.35 (equals PO) and 10.20/12 = 0.85 (PO 0.80) -> line 2 changed price. '12月20日前交货' (deliver by 20 Dec, no year) = 2026-12-20 as requested.",
                 [conf(p, acc(p, 1), chg(p, 2, price="0.85"))])
    return [p], m, e
