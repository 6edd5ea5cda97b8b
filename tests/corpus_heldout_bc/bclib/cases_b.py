"""Cases 019-036."""
from . import mime
from .common import (L, ans, case, conf, other, po, quote_block, reply, request_text, sup, req_subject, rfcdate,
                     BUYERS)
from .pdf import make_pdf
from decimal import Decimal


@case("bridal-veils-huf-rejected", "confirmation/hu-HU",
      "Hungarian dates '2026. 12. 18.', forint amounts with space thousands ('18 500 Ft'), one rejected line and a new price")
def c019():
    s = sup("FATYOLHAZ", "Fátyolház Kft.", "rendeles@fatyolhaz.example", "hu-HU")
    p = po("4500081566", s, "HUF", "2026-11-11", [
        L("BV-CATH-300", "Cathedral bridal veil 300 cm, 2-tier, ivory, lace edge 5 cm", 20, "EA", "18500.00", "2026-12-18"),
        L("BV-ELB-90", "Elbow-length veil 90 cm, soft tulle, white", 40, "EA", "6900.00", "2026-12-18"),
        L("BV-COMB-7", "Veil comb 7 cm, metal, 2027 collection", 100, "EA", "950.00", "2026-12-11"),
    ], buyer="elin")
    body = ("Kedves Elin!\n\nA 4500081566 számú megrendelést az alábbiak szerint igazoljuk vissza:\n\n"
            "1. tétel: 20 db katedrális fátyol (300 cm), 18 500 Ft/db, szállítás 2026. 12. 18.\n"
            "2. tétel: sajnos nem tudjuk szállítani, a 90 cm-es puha tüll kifutott a gyártónál.\n"
            "3. tétel: 100 db fátyolfésű, 1 050 Ft/db (új beszállító), szállítás 2026. 12. 11.\n\n"
            "Üdvözlettel:")
    sig = ("Kovács Eszter\nértékesítés\nFátyolház Kft.\n1097 Budapest, Gubacsi út 34.\nTel.: +36 1 555 2874\n"
           "Adószám: 25571183-2-43")
    eml = reply(p, frm=("Kovács Eszter", "rendeles@fatyolhaz.example"), date="2026-11-23 09:40:12 +0100", body=body,
                sig=sig, client="outlook", lang="en_gb", content_lang="hu-HU", charset="iso-8859-2",
                re_prefix="VS:")
    return [p], eml, conf(ans(p, {1: "A", 2: "R", 3: {"p": "1050.00"}}),
                          notes="Hungarian year-first dates with spaces ('2026. 12. 18.'); '18 500 Ft' = 18500 HUF (as ordered); "
                                "line 2 cannot be supplied -> rejected; line 3 price 1 050 Ft vs PO 950.")


@case("photo-paper-contradictory-substitute", "needs_review/ro-RO",
      "confirms 'integral' with a date, then a PS says line 1 is out of stock until January and proposes a 240 g substitute")
def c020():
    s = sup("FOTOHARTIE", "FotoHârtie Distribuție SRL", "comenzi@fotohartie.example", "ro-RO")
    p = po("PO-26-0604", s, "EUR", "2026-11-12", [
        L("PP-A4-260G", "Photo paper A4, 260 g/m2, glossy, 100 sheets/pack", 300, "EA", "11.40", "2026-12-11"),
        L("PP-10x15-500", "Photo paper 10x15 cm, satin, 500 sheets", 120, "EA", "14.80", "2026-12-11"),
    ])
    body = ("Bună ziua,\n\nVă confirmăm integral comanda PO-26-0604, cu livrare pe 11.12.2026, la prețurile din comandă.\n\n"
            "Cu stimă,\nAndreea Popescu\nFotoHârtie Distribuție SRL\nStr. Fabricii 46, 060821 București\nTel. +40 21 555 3390\n\n"
            "PS: Colegii de la depozit îmi spun că hârtia A4 260 g nu mai este în stoc până în ianuarie. "
            "O putem înlocui cu A4 240 g la același preț, dacă sunteți de acord - vă rog să ne confirmați.")
    eml = reply(p, frm=("Andreea Popescu", "comenzi@fotohartie.example"), date="2026-11-23 15:18:40 +0200", body=body,
                client="gmail", attrib="În joi, 12 nov. 2026 la 11:15, Mara Okafor <mara.okafor@larkspur-trading.example> a scris:")
    return [p], eml, other(
        "needs_review", "Contradictory: the body confirms the whole order for 11.12.2026, the PS says line 1 is out of stock until "
                        "January and asks us to approve a 240 g substitute. A buyer cannot record line 1 (or trust the 'integral' "
                        "confirmation) without asking back.")


@case("pipette-tips-bulgarian-base64", "confirmation/bg-BG",
      "Bulgarian Cyrillic body in windows-1251/base64 confirming everything 'до 18.12.2026 г.' (= requested) with pack sizes in the text")
def c021():
    s = sup("LABTIPBG", "ЛабТип ООД", "sales@labtip.example", "bg-BG")
    p = po("4500081590", s, "EUR", "2026-11-12", [
        L("PT-200-Y", "Pipette tips 200 ul, yellow, racked 96/rack, 10 racks/box", 40, "BOX", "38.00", "2026-12-18"),
        L("PT-1000-B", "Pipette tips 1000 ul, blue, bulk 500/bag, 2 bags/box", 60, "BOX", "22.00", "2026-12-18"),
        L("PT-10-FIL", "Filter tips 10 ul, sterile, 2027 lot, 96x10", 20, "BOX", "61.50", "2026-12-18"),
    ], buyer="priya")
    body = ("Здравейте, г-жо Раман,\n\nПотвърждаваме поръчка № 4500081590 изцяло - количества и цени съгласно поръчката, "
            "доставка до 18.12.2026 г. за всички позиции:\n\n"
            "1. Накрайници 200 µl, жълти (96 бр./рак, 10 рака/кутия) - 40 кутии x 38,00 EUR\n"
            "2. Накрайници 1000 µl, сини (2 x 500 бр./кутия) - 60 кутии x 22,00 EUR\n"
            "3. Накрайници с филтър 10 µl, стерилни - 20 кутии x 61,50 EUR\n\nПоздрави,")
    sig = "Петя Георгиева\nотдел Продажби\nЛабТип ООД\nбул. Цариградско шосе 115, 1784 София\nтел. +359 2 555 4412"
    eml = reply(p, frm=("Петя Георгиева", "sales@labtip.example"), date="2026-11-24 10:05:33 +0200", body=body,
                sig=sig, client="outlook", lang="en_gb", content_lang="bg-BG", charset="windows-1251", cte="base64")
    return [p], eml, conf(ans(p, {1: "A", 2: "A", 3: "A"}),
                          notes="All lines as ordered; 'до 18.12.2026 г.' (g. = year) equals every requested date. 96 / 10 / 500 "
                                "are pack sizes, not quantities. Cyrillic windows-1251 in base64.")


@case("silo-sensors-answer-above-croatian-chain", "confirmation/hr-HR",
      "English answer on top of a long forwarded internal Croatian chain whose earlier dates (18.12., then 8.1.) contradict each other")
def c022():
    s = sup("SILOSENS", "SiloSens d.o.o.", "prodaja@silosens.example", "hr-HR")
    p = po("4500081611", s, "EUR", "2026-11-12", [
        L("GS-TEMP-30", "Grain temperature cable 30 m, 10 sensors, 4-20 mA", 12, "EA", "412.00", "2026-12-18"),
        L("GS-LVL-24V", "Radar level sensor 24V DC, 0-40 m, M20x1.5 gland", 6, "EA", "689.00", "2026-12-18"),
        L("GS-HUM-2", "Moisture probe 2 m, 2027 firmware", 10, "EA", "245.00", "2027-01-15"),
    ], buyer="jonas")
    b = BUYERS["jonas"]
    req = request_text(p)
    text = f"""Hi Jonas,

sorry for the late answer - you can see our internal back-and-forth below (in Croatian, sorry).

Final answer for PO 4500081611:
- line 1, temperature cables 30 m: delivery 08.01.2027 (sensor elements are late from our supplier)
- line 2, radar level sensors: as ordered, 18.12.2026
- line 3, moisture probes: as ordered, 15.01.2027
Prices unchanged.

Best regards,
Ivana Horvat
Sales | SiloSens d.o.o.
Radnička cesta 52, 10000 Zagreb, Croatia
T +385 1 555 6230 | M +385 91 555 7718

From: Marko Babić <marko.babic@silosens.example>
Sent: Tuesday, 24 November 2026 16:02
To: Ivana Horvat <ivana.horvat@silosens.example>
Cc: Tomislav Jurić <tomislav.juric@silosens.example>
Subject: RE: RE: FW: Purchase order 4500081611 - please confirm

Ivana, Tomislav je u pravu. Kabeli od 30 m ne mogu biti gotovi do 18.12., senzori kasne od dobavljača - najranije 8.1.2027. Radarske sonde su na skladištu, vlaga 15.1. je OK.

Pozdrav,
Marko

From: Tomislav Jurić <tomislav.juric@silosens.example>
Sent: Tuesday, 24 November 2026 11:40
To: Marko Babić <marko.babic@silosens.example>; Ivana Horvat <ivana.horvat@silosens.example>
Subject: RE: FW: Purchase order 4500081611 - please confirm

Marko, jesi siguran za 18.12.? Dobavljač senzora nam je jučer javio da šalje tek u 2. tjednu siječnja.

T.

From: Marko Babić <marko.babic@silosens.example>
Sent: Monday, 23 November 2026 15:27
To: Ivana Horvat <ivana.horvat@silosens.example>
Subject: RE: FW: Purchase order 4500081611 - please confirm

Sve tri pozicije mogu biti gotove na vrijeme, kabeli 30 m do 18.12.

M.

From: Ivana Horvat <ivana.horvat@silosens.example>
Sent: Monday, 23 November 2026 09:05
To: Marko Babić <marko.babic@silosens.example>
Subject: FW: Purchase order 4500081611 - please confirm

Marko, molim te provjeri rokove za ovu narudžbu (12 kabela, 6 radarskih sondi, 10 sondi za vlagu). Kupac treba 18.12. i 15.1.

Hvala, Ivana

From: {b[0]} <{b[1]}>
Sent: Thursday, 12 November 2026 10:15
To: SiloSens d.o.o. <prodaja@silosens.example>
Subject: {req_subject(p)}

{req}
"""
    eml = reply(p, frm=("Ivana Horvat", "ivana.horvat@silosens.example"), date="2026-11-25 08:44:19 +0100",
                body="", text_only_body=text, html=False, client="outlook", quote=None, content_lang="en-GB",
                subject=f"RE: {req_subject(p)}")
    return [p], eml, conf(ans(p, {1: {"d": "2027-01-08"}, 2: "A", 3: "A"}),
                          notes="Only the English answer on top counts: line 1 delivery 08.01.2027, lines 2 and 3 as ordered. The "
                                "forwarded internal Croatian chain below contains superseded dates (18.12. for the cables) and "
                                "quantities from the PO.")


@case("snow-chains-slovenian", "confirmation/sl-SI",
      "Slovenian reply: reduced quantity 'namesto 250 parov ... 200 parov' and a later date with spaced format '18. 12. 2026'")
def c023():
    s = sup("VERIGESI", "Verige Triglav d.o.o.", "prodaja@verige-triglav.example", "sl-SI")
    p = po("PO-26-0618", s, "EUR", "2026-11-12", [
        L("SC-9MM-195", "Snow chain 9 mm, 195/65 R15, quick-fit", 250, "PAIR", "42.00", "2026-12-04"),
        L("SC-16MM-4X4", "SUV snow chain 16 mm, 255/55 R18", 60, "PAIR", "118.00", "2026-12-04"),
    ])
    body = ("Spoštovana ga. Okafor,\n\npotrjujemo naročilo PO-26-0618 z naslednjimi spremembami:\n\n"
            "- snežne verige 9 mm (195/65 R15): namesto 250 parov lahko dobavimo 200 parov, dobava 4. 12. 2026;\n"
            "- verige 16 mm za SUV (255/55 R18): 60 parov, dobava šele 18. 12. 2026 (prej ni mogoče).\n\n"
            "Cene ostanejo nespremenjene (42,00 EUR oz. 118,00 EUR za par).\n\nLep pozdrav,")
    sig = ("Nina Kranjc\nKomerciala\nVerige Triglav d.o.o.\nLjubljanska cesta 101, 4000 Kranj\nTel.: +386 4 555 28 60")
    eml = reply(p, frm=("Nina Kranjc", "prodaja@verige-triglav.example"), date="2026-11-24 12:31:08 +0100", body=body,
                sig=sig, client="outlook", lang="en_gb", content_lang="sl-SI", charset="iso-8859-2")
    return [p], eml, conf(ans(p, {1: {"q": 200}, 2: {"d": "2026-12-18"}}),
                          notes="Line 1: 200 instead of 250 pairs, date 4. 12. 2026 as requested; line 2: date 18. 12. 2026. "
                                "Prices unchanged ('42,00 EUR oz. 118,00 EUR za par').")


@case("insulators-serbian-cyrillic", "confirmation/sr-RS",
      "Serbian Cyrillic, lines referred to as 'ставке 1 и 3' together and 'ставку 2' rejected")
def c024():
    s = sup("IZOLATORRS", "Изолатор Стакло д.о.о.", "prodaja@izolator-staklo.example", "sr-RS")
    p = po("PO-26-0631", s, "EUR", "2026-11-13", [
        L("GI-PIN-95", "Glass pin insulator CD 145, 95 mm, green", 3000, "PCS", "0.72", "2026-12-11"),
        L("GI-CORNER-6", "Corner insulator for 6 mm wire, 2027 version, brown", 1200, "PCS", "0.38", "2026-12-11"),
        L("GI-TAPE-40", "Tape insulator 40 mm, screw 4x40", 800, "PCS", "0.29", "2026-12-11"),
    ], buyer="elin")
    body = ("Поштовани,\n\nпотврђујемо поруџбину PO-26-0631 за ставке 1 и 3 у свему према поруџбини "
            "(количина, цена, рок испоруке 11.12.2026).\n\n"
            "Ставку 2 (угаони изолатор за жицу 6 mm) више не производимо и нажалост не можемо да је испоручимо.\n\n"
            "Срдачан поздрав,\nДрагана Петровић\nИзолатор Стакло д.о.о.\nИндустријска зона бб, 35000 Јагодина\n+381 35 555 210")
    eml = reply(p, frm=("Драгана Петровић", "prodaja@izolator-staklo.example"), date="2026-11-24 14:50:27 +0100",
                body=body, client="gmail", cte="base64",
                attrib="пет, 13. нов 2026. у 10:15 Elin Sandberg <elin.sandberg@larkspur-trading.example> је написао/ла:")
    return [p], eml, conf(ans(p, {1: "A", 2: "R", 3: "A"}),
                          notes="Cyrillic Serbian: lines 1 and 3 confirmed as ordered (11.12.2026), line 2 no longer produced -> rejected.")


@case("photo-paper-greek", "confirmation/el-GR",
      "Greek in ISO-8859-7 quoted-printable; one line later, one line with a new price '73,50 €'")
def c025():
    s = sup("FOTOXARTI", "Φωτοχάρτης Α.Ε.", "orders@fotoxartis.example", "el-GR")
    p = po("4500081633", s, "EUR", "2026-11-13", [
        L("PP-A3-300", "Photo paper A3+, 300 g/m2 baryta, 25 sheets", 80, "EA", "34.90", "2026-12-11"),
        L("PP-ROLL-24", "Photo paper roll 24 in x 30 m, lustre 260 g", 25, "ROL", "71.00", "2026-12-11"),
    ], buyer="priya")
    body = ("Καλησπέρα σας κα Raman,\n\nΕπιβεβαιώνουμε την παραγγελία 4500081633 ως εξής:\n\n"
            "Είδος 1 (A3+ 300 g): 80 τεμ. x 34,90 €, παράδοση 18/12/2026\n"
            "Είδος 2 (ρολό 24\" x 30 m): 25 ρολά x 73,50 €, παράδοση 11/12/2026\n\n"
            "Με εκτίμηση,")
    sig = "Γιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων\nΦωτοχάρτης Α.Ε.\nΛεωφ. Αθηνών 214, 12461 Χαϊδάρι\nΤηλ. +30 210 555 8830"
    eml = reply(p, frm=("Γιώργος Παπαδόπουλος", "orders@fotoxartis.example"), date="2026-11-25 17:12:45 +0200",
                body=body, sig=sig, client="outlook", lang="en_gb", content_lang="el-GR", charset="iso-8859-7")
    return [p], eml, conf(ans(p, {1: {"d": "2026-12-18"}, 2: {"p": "73.50"}}),
                          notes="Line 1 delivery 18/12/2026 (day-first) instead of 11/12; line 2 price 73,50 € instead of 71.00.")


@case("moto-chains-turkish-two-lots", "confirmation/tr-TR",
      "line 1 delivered in two lots whose total and final date equal the PO, so only the schedule differs")
def c026():
    s = sup("ZINCIRTR", "Zincir Motor Parça San. ve Tic. A.Ş.", "satis@zincirmotor.example", "tr-TR")
    p = po("4500081650", s, "USD", "2026-11-13", [
        L("MC-530-116", "Motorcycle chain 530 x 116 links, X-ring, gold", 500, "EA", "39.50", "2026-12-11"),
        L("MC-SPR-15T", "Front sprocket 15T, 530 pitch", 300, "EA", "6.80", "2026-12-11"),
    ])
    body = ("Merhaba Mara Hanım,\n\n4500081650 no.lu siparişinizi onaylıyoruz:\n\n"
            "1. kalem (530 zincir, 116 bakla): 2 parti halinde teslim - 300 adet 27.11.2026, kalan 200 adet 11.12.2026. "
            "Birim fiyat 39,50 USD.\n"
            "2. kalem (15T ön dişli): 300 adet, birim fiyat 6,80 USD, teslim 11.12.2026.\n\n"
            "Saygılarımızla,")
    sig = ("Emre Yıldız\nİhracat Satış Sorumlusu\nZincir Motor Parça San. ve Tic. A.Ş.\nOSB 4. Cadde No:18, 16140 Nilüfer / Bursa\n"
           "Tel: +90 224 555 41 70")
    eml = reply(p, frm=("Emre Yıldız", "satis@zincirmotor.example"), date="2026-11-25 11:20:03 +0300", body=body,
                sig=sig, client="outlook", lang="en_gb", content_lang="tr-TR", charset="iso-8859-9")
    return [p], eml, conf(ans(p, {1: {"s": [(300, "2026-11-27"), (200, "2026-12-11")]}, 2: "A"}),
                          notes="Line 1 total 500 and last date 11.12.2026 equal the PO, but it comes in two lots (300 on 27.11., "
                                "200 on 11.12.) -> changed with schedule. Line 2 as ordered.")


@case("stage-gels-sv-orderbekraftelse-vecka", "confirmation/sv-SE",
      "Swedish Apple Mail with a PDF order confirmation using 'v.50' week notation and Swedish number format '1 040,00'")
def c027():
    s = sup("SCENFILTER", "Scenfilter Nordic AB", "order@scenfilter.example", "sv-SE")
    p = po("PO-26-0644", s, "SEK", "2026-11-13", [
        L("GEL-R80-24", "Filter gel R80 Primary Blue, 24x20 in sheet", 150, "EA", "68.00", "2026-12-11"),
        L("GEL-DIFF-216", "Diffusion roll 216 White, 1.22 x 7.62 m", 8, "ROL", "1040.00", "2026-12-04"),
        L("GEL-HT-600", "Heat shield HT 600 deg, 50x60 cm", 30, "EA", "210.00", "2026-12-11"),
    ], buyer="elin")
    pdf = make_pdf([[
        ("HB", 14, "Scenfilter Nordic AB"),
        ("H", 9, "Hammarby Fabriksvag 23, 120 30 Stockholm   Org.nr 556812-4471   Tel 08-555 120 40"),
        ("H", 9, " "),
        ("HB", 13, "ORDERBEKRAFTELSE  nr 26-3318"),
        ("H", 10, "Datum: 2026-11-26        Kundnr: 10442 Larkspur Trading Co."),
        ("H", 10, "Er referens: Elin Sandberg    Ert ordernr: PO-26-0644"),
        ("H", 10, "Leveransvillkor: DAP Bristol    Betalningsvillkor: 30 dagar netto"),
        ("H", 9, " "),
        "Rad Artikel        Benamning                        Antal Enh   A-pris SEK  Leverans",
        "--- -------------- -------------------------------- ----- ---- ----------- --------",
        "  1 GEL-R80-24     R80 Primary Blue 24x20\"            150 st         68,00  v.50",
        "  2 GEL-DIFF-216   Diffusion 216 White rulle            8 rl      1 040,00  v.50",
        "  3 GEL-HT-600     Varmeskydd HT 600 gr 50x60          30 st        225,00  v.50",
        " ",
        "                                           Summa exkl. moms:  25 270,00 SEK",
        ("H", 9, " "),
        ("H", 9, "Leveransvecka avser ankomst hos kund. Vi reserverar oss for slutforsaljning."),
    ]], title="Orderbekraftelse 26-3318", date="20261126083000+01'00'", producer="Visma Business 14.3")
    assert 150 * 68 + 8 * 1040 + 30 * 225 == 25270
    body = "Hej Elin!\n\nBifogar orderbekräftelse på er order PO-26-0644.\n\nMed vänlig hälsning\nPer Lindholm\nScenfilter Nordic AB\n08-555 120 40"
    att = mime.attachment(pdf, "application/pdf", "Orderbekraftelse_26-3318.pdf")
    eml = reply(p, frm=("Per Lindholm", "order@scenfilter.example"), date="2026-11-26 08:34:10 +0100", body=body,
                client="apple", attachments=[att], re_prefix="SV:",
                attrib="13 nov. 2026 kl. 10:15 skrev Elin Sandberg <elin.sandberg@larkspur-trading.example>:")
    return [p], eml, conf(ans(p, {1: "A", 2: {"d": "2026-12-11"}, 3: {"p": "225.00"}}),
                          notes="PDF (uncompressed text): 'v.50' = Friday 11 Dec 2026 (arrival at customer). Line 1 equals the PO; "
                                "line 2 moves from 04.12 to week 50; line 3 price 225,00 vs PO 210.00.")


@case("advent-cards-danish-uge-50", "confirmation/da-DK",
      "Danish prose: 'først levere i uge 50' for one item named by description, the other 'som ønsket'")
def c028():
    s = sup("KORTHUSET", "Korthuset ApS", "ordre@korthuset.example", "da-DK")
    p = po("PO-26-0652", s, "DKK", "2026-11-16", [
        L("GC-ADV-24", "Advent calendar card 24 doors, 21x29.7 cm", 500, "EA", "9.50", "2026-11-27"),
        L("GC-NY-2027", "New Year card 2027, gold foil, 10x21 cm", 800, "EA", "4.20", "2026-12-18"),
    ])
    body = ("Hej Mara\n\nTak for ordren PO-26-0652.\n\nJulekalenderkortene kan vi desværre først levere i uge 50, da "
            "guldfolien er forsinket fra vores leverandør. Nytårskortene leveres som ønsket. Priser og antal er som i ordren.\n\n"
            "Med venlig hilsen")
    sig = "Mette Kjær Jensen\nKundeservice\nKorthuset ApS\nHerstedvang 8, 2620 Albertslund\nTlf. +45 43 55 51 80"
    eml = reply(p, frm=("Mette Kjær Jensen", "ordre@korthuset.example"), date="2026-11-26 13:05:51 +0100", body=body,
                sig=sig, client="outlook", lang="da", content_lang="da-DK", charset="iso-8859-1", re_prefix="SV:")
    return [p], eml, conf(ans(p, {1: {"d": "2026-12-11"}, 2: "A"}),
                          notes="'uge 50' without a weekday = Friday of ISO week 50 = 2026-12-11 for the advent cards (line 1, named "
                                "by description); the New Year cards (line 2) as ordered.")


@case("kayak-paddles-norwegian-uke-48", "needs_review/nb-NO",
      "Norwegian 'kommer tilbake med bekreftelse i uke 48' - a week number that is a promise to answer, not a delivery date")
def c029():
    s = sup("PADLEVERK", "Padleverket AS", "ordre@padleverket.example", "nb-NO")
    p = po("4500081677", s, "NOK", "2026-11-16", [
        L("KP-210-WW", "Whitewater paddle 197 cm, 45 deg, 2027 carbon blade", 30, "EA", "1490.00", "2026-12-18"),
        L("KP-LEASH-2", "Paddle leash coiled, 2 m", 60, "EA", "149.00", "2026-12-18"),
    ], buyer="jonas")
    body = ("Hei Jonas,\n\ntakk for bestillingen. Vi må sjekke med fabrikken i Polen når 2027-bladene kommer, og "
            "kommer tilbake med bekreftelse på både leveringsdato og pris i uke 48.\n\nMvh\nOla Brekke\nPadleverket AS\n"
            "Sandviksveien 12, 5035 Bergen\n+47 55 55 40 12")
    eml = reply(p, frm=("Ola Brekke", "ordre@padleverket.example"), date="2026-11-17 09:12:30 +0100", body=body,
                client="gmail", re_prefix="SV:",
                attrib="man. 16. nov. 2026 kl. 10:15 skrev Jonas Feld <jonas.feld@larkspur-trading.example>:")
    return [p], eml, other(
        "needs_review", "Holding reply: 'uke 48' is when they will come back with a confirmation, not a delivery date; nothing "
                        "is committed.")


@case("silo-sensors-finnish-viikko-missing-line", "confirmation/fi-FI",
      "Finnish 'toimitus viikolla 2' crossing into 2027, one line explicitly left open ('palaan asiaan') -> unconfirmed")
def c030():
    s = sup("VILJAANTURI", "Vilja-Anturi Oy", "myynti@vilja-anturi.example", "fi-FI")
    p = po("PO-26-0661", s, "EUR", "2026-11-16", [
        L("GS-CO2-01", "CO2 sensor for grain silo, 0-5000 ppm, 24V", 8, "EA", "329.00", "2026-12-18"),
        L("GS-CBL-20", "Sensor cable 20 m, 4x0.5 mm2", 16, "EA", "54.00", "2026-12-18"),
        L("GS-GW-4G", "Wireless gateway 4G, 2027 firmware", 2, "EA", "890.00", "2026-12-18"),
    ], buyer="elin")
    body = ("Hei Elin,\n\ntilaus PO-26-0661:\n\n"
            "CO2-anturit: 8 kpl, hinta 329,00 €, toimitus viikolla 2.\n"
            "Gateway 4G: 2 kpl, 890,00 €, toimitus 18.12.2026.\n\n"
            "Kaapeleista palaan asiaan, kun saan tiedon tehtaalta.\n\nYstävällisin terveisin\nJukka Mäkinen\nVilja-Anturi Oy\n"
            "Teollisuustie 9, 60100 Seinäjoki\npuh. 040 555 2817\n\nLähetetty iPhonesta")
    eml = reply(p, frm=("Jukka Mäkinen", "myynti@vilja-anturi.example"), date="2026-11-26 19:44:02 +0200", body=body,
                client="iphone", re_prefix="VS:", html=False,
                attrib="Elin Sandberg <elin.sandberg@larkspur-trading.example> kirjoitti 16.11.2026 kello 11.15:")
    return [p], eml, conf(ans(p, {1: {"d": "2027-01-15"}, 2: "U", 3: "A"}),
                          notes="'viikolla 2' written in Nov 2026 = ISO week 2 of 2027, Friday 2027-01-15 (line 1). The cable line "
                                "is explicitly deferred -> unconfirmed. Gateway as ordered.")


@case("wooden-toys-estonian-nadal-51", "confirmation/et-EE",
      "Estonian 'tarne nädal 51' for one line, explicit date for the other, Thunderbird 8bit UTF-8")
def c031():
    s = sup("PUITMANG", "Puitmänguasi OÜ", "tellimused@puitmang.example", "et-EE")
    p = po("PO-26-0673", s, "EUR", "2026-11-17", [
        L("WT-HORSE-60", "Rocking horse 60 cm, birch, 2027 design", 20, "EA", "74.00", "2026-12-11"),
        L("WT-KIT-4", "Wooden kitchen set 4 pcs, 30x20 cm", 50, "SET", "19.80", "2026-12-11"),
    ], buyer="priya")
    body = ("Tere, Priya!\n\nKinnitame tellimuse PO-26-0673:\n\n"
            "- kiikhobused 60 cm: 20 tk, hind 74,00 EUR, tarne nädal 51\n"
            "- köögikomplektid: 50 kmpl, hind 19,80 EUR, tarne 11.12.2026\n\n"
            "Lugupidamisega")
    sig = "Kadri Tamm\nPuitmänguasi OÜ\nPärnu mnt 142, 11317 Tallinn\n+372 655 5120"
    eml = reply(p, frm=("Kadri Tamm", "tellimused@puitmang.example"), date="2026-11-26 10:27:14 +0200", body=body,
                sig=sig, client="tb", cte="8bit", html=False, content_lang="et-EE",
                attrib="17.11.2026 11:15, Priya Raman kirjutas:")
    return [p], eml, conf(ans(p, {1: {"d": "2026-12-18"}, 2: "A"}),
                          notes="'nädal 51' = Friday of ISO week 51 = 2026-12-18 for line 1; line 2 as ordered.")


@case("hearing-batteries-latvian-genitive-date", "confirmation/lv-LV",
      "Latvian long dates '2026. gada 11. decembrī' in windows-1257 and a small price change on the tester")
def c032():
    s = sup("DZIRDESBAT", "Dzirdes Baterijas SIA", "pasutijumi@dzirdesbat.example", "lv-LV")
    p = po("4500081702", s, "EUR", "2026-11-17", [
        L("HAB-675-60", "Zinc-air battery size 675, 1.45V, 60/pack", 100, "BOX", "23.40", "2026-12-11"),
        L("HAB-TEST-1", "Battery tester for sizes 10/13/312/675", 20, "EA", "12.00", "2026-12-11"),
    ], buyer="jonas")
    body = ("Labdien, Jonas!\n\nApstiprinām pasūtījumu 4500081702:\n\n"
            "1. pozīcija - 100 iepakojumi, 23,40 EUR, piegāde 2026. gada 11. decembrī;\n"
            "2. pozīcija - 20 gab., cena 12,60 EUR, piegāde 2026. gada 11. decembrī.\n\n"
            "Ar cieņu")
    sig = "Līga Bērziņa\nDzirdes Baterijas SIA\nBrīvības gatve 214, Rīga, LV-1039\nTālr. +371 67 555 120"
    eml = reply(p, frm=("Līga Bērziņa", "pasutijumi@dzirdesbat.example"), date="2026-11-27 09:03:47 +0200", body=body,
                sig=sig, client="outlook", lang="en_gb", content_lang="lv-LV", charset="windows-1257")
    return [p], eml, conf(ans(p, {1: "A", 2: {"p": "12.60"}}),
                          notes="Latvian year-first long date = 2026-12-11 (requested) for both; line 2 price 12,60 vs PO 12.00.")


@case("pipette-tips-lithuanian-substitute-question", "needs_review/lt-LT",
      "proposes an alternative item code and asks 'Ar tinka?' - confirmation only after our approval")
def c033():
    s = sup("LABANTGAL", "Lab Antgaliai UAB", "pardavimai@labantgaliai.example", "lt-LT")
    p = po("PO-26-0688", s, "EUR", "2026-11-17", [
        L("PT-200-Y", "Pipette tips 200 ul, yellow, racked 96/rack, 10 racks/box", 50, "BOX", "36.50", "2026-12-11"),
        L("PT-300-LR", "Low-retention tips 300 ul, 2027 lot, 96/rack", 20, "BOX", "48.00", "2026-12-11"),
    ])
    body = ("Laba diena,\n\ndėkojame už užsakymą PO-26-0688.\n\n"
            "Vietoj 300 µl mažo sulaikymo antgalių (PT-300-LR) siūlome analogą PT-300-LR2 - tas pats dydis, kaina 46,90 EUR, "
            "pristatymas 2026-12-11. Ar tinka? Patvirtinsime visą užsakymą gavę Jūsų atsakymą.\n\n"
            "Pagarbiai\nRūta Kazlauskienė\nLab Antgaliai UAB\nSavanorių pr. 178, LT-03154 Vilnius\n+370 5 255 5130")
    eml = reply(p, frm=("Rūta Kazlauskienė", "pardavimai@labantgaliai.example"), date="2026-11-27 14:41:20 +0200",
                body=body, client="gmail", cte="quoted-printable",
                attrib="2026-11-17, an, 11:15 Mara Okafor <mara.okafor@larkspur-trading.example> rašė:")
    return [p], eml, other(
        "needs_review", "Offers a substitute (PT-300-LR2 at 46,90 EUR) and asks whether it is acceptable; the whole order will be "
                        "confirmed only after our reply. Nothing is committed yet, not even line 1.")


@case("smokers-ukrainian-r-dates", "confirmation/uk-UA",
      "Ukrainian dates with the year marker '18.12.2026 р.' and one line moved later than requested")
def c034():
    s = sup("DYMOKHID", "ТОВ «Димохід-Про»", "sales@dymokhid.example", "uk-UA")
    p = po("4500081720", s, "EUR", "2026-11-18", [
        L("SM-COLD-80", "Cold smoke generator 80 L, stainless, 230V", 15, "EA", "210.00", "2026-12-18"),
        L("SM-HOOK-50", "Sausage hooks stainless, 50 pcs, 4 mm", 40, "SET", "12.40", "2026-12-18"),
        L("SM-THERM-2", "Probe thermometer 0-150 C, 2 probes", 30, "EA", "18.90", "2026-12-11"),
    ])
    body = ("Добрий день, пані Маро!\n\nПідтверджуємо замовлення № 4500081720:\n\n"
            "поз. 1 - 15 шт., 210,00 EUR, поставка 18.12.2026 р.;\n"
            "поз. 2 - 40 компл., 12,40 EUR, поставка 18.12.2026 р.;\n"
            "поз. 3 - 30 шт., 18,90 EUR, поставка 18.12.2026 р. (раніше, на жаль, не встигаємо).\n\n"
            "З повагою,")
    sig = "Олена Коваленко\nменеджер зі збуту\nТОВ «Димохід-Про»\nвул. Промислова, 12, м. Вінниця, 21027\nтел. +380 432 55 51 20"
    eml = reply(p, frm=("Олена Коваленко", "sales@dymokhid.example"), date="2026-11-27 11:55:09 +0200", body=body,
                sig=sig, client="outlook", lang="en_gb", content_lang="uk-UA", charset="windows-1251")
    return [p], eml, conf(ans(p, {1: "A", 2: "A", 3: {"d": "2026-12-18"}}),
                          notes="'18.12.2026 р.' (р. = year) is day-first; lines 1-2 as ordered, line 3 moved from 11.12 to 18.12.2026.")


@case("silo-sensors-russian-koi8r", "confirmation/ru-RU",
      "Russian KOI8-R 8bit mail from The Bat!: price '1 190,00 USD' with a space thousands separator and a 2027 date")
def c035():
    s = sup("ELEVATORPRIB", 'ООО "ЭлеваторПрибор"', "zakaz@elevatorpribor.example", "ru-RU")
    p = po("PO-26-0695", s, "USD", "2026-11-18", [
        L("GS-TEMP-40", "Grain temperature cable 40 m, 14 sensors", 20, "EA", "498.00", "2026-12-25"),
        L("GS-CTRL-8", "Silo monitoring controller 8 channels, 24V", 4, "EA", "1150.00", "2026-12-25"),
    ], buyer="jonas")
    body = ("Добрый день, Йонас!\n\nПодтверждаем заказ PO-26-0695:\n\n"
            "1) термоподвески 40 м (14 датчиков) - 20 шт., цена 498,00 USD, срок поставки 25.12.2026;\n"
            "2) контроллер 8 каналов - 4 шт., цена 1 190,00 USD (изменение цены комплектующих), срок поставки 15.01.2027.\n\n"
            "С уважением,\nСергей Волков\nООО \"ЭлеваторПрибор\"\nг. Воронеж, ул. Землячки, 15\nтел. +7 473 555-41-20")
    text = body + "\n\n" + quote_block(p, "tb", attrib="Вы писали 18 ноября 2026 г., 12:15:14:")[0]
    eml = reply(p, frm=("Сергей Волков", "zakaz@elevatorpribor.example"), date="2026-11-30 10:18:33 +0300", body="",
                text_only_body=text, html=False, client="outlook_classic", quote=None, charset="koi8-r", cte="8bit",
                xmailer="The Bat! (v10.5.3) Professional", re_prefix="Re:")
    return [p], eml, conf(ans(p, {1: "A", 2: {"p": "1190.00", "d": "2027-01-15"}}),
                          notes="Line 2: '1 190,00 USD' = 1190.00 (space thousands, comma decimals) and 15.01.2027; line 1 as ordered.")


@case("ortho-brackets-hebrew-out-of-office", "auto_reply/he-IL",
      "Hebrew/English Outlook automatic reply, threaded on our request, with a return date and a phone number")
def c036():
    s = sup("ORTHODENT", "Orthodent Israel Ltd", "orders@orthodent.example", "he-IL")
    p = po("4500081735", s, "USD", "2026-11-18", [
        L("OB-SELF-022", "Self-ligating bracket kit .022, 5-5, 2027 low profile", 40, "SET", "58.00", "2026-12-11"),
        L("OB-WIRE-016", "NiTi archwire .016 upper, 10 pcs/pack", 100, "EA", "6.90", "2026-12-11"),
    ], buyer="priya")
    body = ("שלום,\n\nאני מחוץ למשרד עד יום חמישי 26.11.2026 ללא גישה לדואר אלקטרוני.\n"
            "לנושאים דחופים ניתן לפנות לאבי כהן בטלפון 03-5559412 או בכתובת avi@orthodent.example.\n\n"
            "Hello,\nI am out of the office until Thursday 26.11.2026 with no access to e-mail.\n"
            "For urgent matters please contact Avi Cohen, +972 3 555 9412, avi@orthodent.example.\n\n"
            "בברכה,\nנועה לוי\nOrthodent Israel Ltd")
    eml = reply(p, frm=("נועה לוי", "orders@orthodent.example"), date="2026-11-19 08:02:11 +0200", body=body,
                client="outlook", quote=None, charset="windows-1255", cte="base64", html=False,
                subject="תשובה אוטומטית: " + req_subject(p), content_lang="he-IL",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, other("auto_reply", "Out-of-office auto-reply (Auto-Submitted: auto-replied) in Hebrew and English; the "
                                         "date 26.11.2026 is the return date, not a delivery date.")
