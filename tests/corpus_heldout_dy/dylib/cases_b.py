# -*- coding: utf-8 -*-
"""Cases 019-036."""
from .common import *


@case("fi-fi-gear-pullers-xlsx", "fi-FI",
      "One-line Finnish body; the confirmation is an ERP-made XLSX (inline strings, text dates 'd.m.yyyy'), one line moved to February.")
def c_fi():
    s = supplier("VETOKO", "Vetokone Oy", "myynti@vetokone.example", "fi-FI")
    p = po("4500031402", s, "2026-11-12", [
        ("GP-2J-150", "Gear puller 2-jaw 150 mm", 20, "EA", "24.90", "2026-12-16"),
        ("GP-3J-250", "Gear puller 3-jaw 250 mm", 10, "EA", "58.00", "2026-12-16"),
        ("GP-HYD-10T", "Hydraulic gear puller 10 t, in case", 4, "SET", "289.00", "2027-01-20")])
    rows = [["TILAUSVAHVISTUS / ORDER CONFIRMATION", "", "", "", "", "", ""],
            ["Asiakkaan tilaus", "4500031402", "", "Myyntitilaus", "MT-260877", "", ""],
            ["Rivi", "Tuote", "Kuvaus", "Vahvistettu määrä", "Yks.", "Hinta EUR", "Toimituspäivä"],
            [1, "GP-2J-150", "Ulosvedin 2-kyntinen 150 mm", 20, "KPL", 24.9, "16.12.2026"],
            [2, "GP-3J-250", "Ulosvedin 3-kyntinen 250 mm", 10, "KPL", 58, "16.12.2026"],
            [3, "GP-HYD-10T", "Hydraulinen ulosvedin 10 t, salkku", 4, "SRJ", 289, "3.2.2027"],
            ["", "", "", "", "", "Yhteensä", 1734.0]]
    body = ("Hei,\n\nliitteenä tilausvahvistus tilaukseenne 4500031402.\n\n"
            "Ystävällisin terveisin\nSanna Virtanen\nVetokone Oy | Teollisuustie 8, 33330 Tampere | puh. 03 555 1280 | Y-tunnus 1234567-8\n")
    m = multi("mixed", text(body, cs="iso-8859-1"),
              attach("Tilausvahvistus_MT-260877.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                     xlsx(rows, "Vahvistus")))
    eml = reply(p, m, mdate(2026, 11, 16, 13, 4, 55, "+0200"), "<HE1P190MB0331E2F4A9@HE1P190MB0331.EURP190.PROD.OUTLOOK.example>",
                name="Sanna Virtanen", subject="VS: Purchase order 4500031402 - please confirm")
    return [p], eml, expected("confirmation",
        "All data is in the XLSX. Lines 1-2 as ordered (16.12.2026). Line 3: same quantity and price, delivery 3.2.2027 = 2027-02-03 instead of 2027-01-20 -> changed date.",
        conf(p, {1: A(p, 1), 2: A(p, 2), 3: C(p, 3, date="2027-02-03")}))


@case("hu-hu-loading-ramps-short-stock", "hu-HU",
      "Hungarian 'yyyy. mm. dd.' dates and decimal comma; kerb ramps cut from 30 to 24 because of stock, remainder not supplied.")
def c_hu():
    s = supplier("RAKODO", "Rakodótechnika Kft.", "ertekesites@rakodotechnika.example", "hu-HU")
    p = po("4500031416", s, "2026-11-11", [
        ("LR-ALU-2T", "Loading ramp aluminium 2 t, 2.5 m, pair", 6, "PR", "412.00", "2027-01-12"),
        ("LR-RUB-CURB", "Rubber kerb ramp 1 m", 30, "PC", "17.80", "2027-01-12")])
    body = ("Tisztelt Kowalczyk Asszony!\n\n"
            "Köszönjük a 4500031416 számú megrendelését, melyet az alábbiak szerint igazolunk vissza:\n\n"
            "1. tétel: LR-ALU-2T alumínium rámpa, 6 pár, 412,00 EUR/pár, szállítás: 2027. 01. 12.\n"
            "2. tétel: LR-RUB-CURB gumi küszöbrámpa – raktárkészletünk csak 24 db, ezt tudjuk szállítani 2027. 01. 12-én, "
            "a fennmaradó 6 db-ot sajnos nem tudjuk teljesíteni (a gyártó kivezette a terméket). Egységár: 17,80 EUR.\n\n"
            "Üdvözlettel:\nTóth Gábor\nértékesítési vezető\nRakodótechnika Kft. | 2040 Budaörs, Gyár utca 2.\n"
            "Tel.: +36 23 555 410 | Adószám: 12345678-2-13\n")
    eml = reply(p, text(body), mdate(2026, 11, 13, 9, 40, 12), "<a7c3e1d2b4f5@rakodotechnika.example>",
                name="Tóth Gábor", subject="Re: Purchase order 4500031416 - please confirm")
    return [p], eml, expected("confirmation",
        "Line 1 as ordered. Line 2: only 24 of 30 can be supplied, the remaining 6 will not be delivered -> changed with quantity 24 (same price and date).",
        conf(p, {1: A(p, 1), 2: C(p, 2, q=24)}))


@case("tr-tr-out-of-office-bilingual", "tr-TR",
      "Turkish/English out-of-office in ISO-8859-9 with the PO subject echoed and a return date; no Auto-Submitted header, only X-Autoreply.")
def c_tr():
    s = supplier("BOYAMAK", "Boyamak Makina San. ve Tic. A.Ş.", "satis@boyamak.example", "tr-TR")
    p = po("4500031420", s, "2026-11-16", [
        ("SG-LVLP-13", "Spray gun LVLP 1.3 mm, gravity feed", 24, "EA", "47.50", "2026-12-21")])
    body = ("Merhaba,\n\n23 Kasım 2026 Pazartesi gününe kadar ofis dışındayım. Acil konular için lütfen satis@boyamak.example "
            "adresine veya +90 212 555 40 40 numaralı telefona başvurunuz.\n\n"
            "Hello, I am out of the office until Monday 23 November 2026. For urgent matters please contact satis@boyamak.example.\n\n"
            "Saygılarımla / Best regards\nEmre Yıldız\n")
    eml = message(addr("Emre Yıldız", "emre.yildiz@boyamak.example"), "marta.kowalczyk@northgate-supply.example",
                  "Otomatik yanıt: Purchase order 4500031420 - please confirm", mdate(2026, 11, 16, 10, 1, 3, "+0300"),
                  "<autoreply.1763276463.5512@boyamak.example>", text(body, cs="iso-8859-9"),
                  in_reply_to=p["request_message_id"], extra=["X-Autoreply: yes"], subj_cs="iso-8859-9")
    return [p], eml, expected("auto_reply", "Out-of-office auto reply; 23 Kasım is the return date.")


@case("el-gr-first-aid-yearless-date", "el-GR",
      "Greek in ISO-8859-7 with a yearless '15/1' delivery and a confirmed price written '12,40 €'.")
def c_el():
    s = supplier("IASO", "Iaso Ygeionomika A.E.", "pwliseis@iaso-ygeia.example", "el-GR")
    p = po("4500031434", s, "2026-11-12", [
        ("FAK-CAR", "First aid kit for vehicles, DIN 13164", 150, "EA", "12.40", "2026-12-18"),
        ("FAK-BURN", "Burn dressing kit", 50, "EA", "9.10", "2026-12-18")])
    body = ("Καλημέρα κα Kowalczyk,\n\n"
            "Σας επιβεβαιώνουμε την παραγγελία 4500031434:\n"
            "- FAK-CAR φαρμακείο αυτοκινήτου: 150 τεμ. x 12,40 €, παράδοση 18/12\n"
            "- FAK-BURN σετ εγκαυμάτων: 50 τεμ. x 9,10 €, παράδοση 15/1 λόγω αργιών\n\n"
            "Με εκτίμηση,\nΓιώργος Παπαδόπουλος\nΤμήμα Πωλήσεων, ΙΑΣΩ Υγειονομικά Α.Ε.\n"
            "Τηλ. 210 555 1234 | ΑΦΜ 099123456 | Λεωφ. Κηφισού 120, Αθήνα\n")
    eml = reply(p, text(body, cs="iso-8859-7"), mdate(2026, 11, 16, 12, 3, 0, "+0200"), "<1a2b3c4d.iaso@mail.iaso-ygeia.example>",
                name="Γιώργος Παπαδόπουλος", subject="RE: Purchase order 4500031434 - please confirm", subj_cs="iso-8859-7")
    return [p], eml, expected("confirmation",
        "Yearless day-first dates: 18/12 -> 2026-12-18 (as requested) and 15/1 -> next 15 January after the mail = 2027-01-15. Line 1 accepted, line 2 changed date.",
        conf(p, {1: A(p, 1), 2: C(p, 2, date="2027-01-15")}))


@case("da-dk-sweepers-partial-question", "da-DK",
      "Danish reply offering a choice (part-deliver 30 now or all 50 in week 3) and asking which we prefer: a question, not a commitment.")
def c_da():
    s = supplier("MAGNA", "Magna Rengøringsteknik ApS", "salg@magnarengoring.example", "da-DK")
    p = po("4500031448", s, "2026-11-13", [
        ("MS-18-TEL", "Magnetic sweeper 18\", telescopic handle", 50, "EA", "36.90", "2026-12-10")])
    body = ("Hej Marta\n\nTak for ordren 4500031448.\n\n"
            "Vi har kun 30 stk. af MS-18-TEL på lager lige nu. Må vi dellevere de 30 stk. til den 10/12 og resten i uge 3, "
            "eller vil I hellere have alle 50 stk. samlet i uge 3? Prisen er uændret 36,90 EUR/stk.\n\n"
            "Giv mig lige et praj, så sender jeg ordrebekræftelsen.\n\n"
            "Venlig hilsen\nMette Kjær\nMagna Rengøringsteknik ApS | Tlf. +45 86 55 12 34 | CVR 12345678\n")
    eml = reply(p, text(body, cs="iso-8859-1"), mdate(2026, 11, 16, 14, 18, 0), "<5c1d0f7e-magna-2026@magnarengoring.example>",
                name="Mette Kjær", subject="SV: Purchase order 4500031448 - please confirm")
    return [p], eml, expected("needs_review",
        "The supplier proposes two alternatives and waits for our choice before sending the confirmation; no delivery plan is committed.")


@case("nb-no-tool-belts-ships-tomorrow", "nb-NO",
      "Norwegian phone reply 'sendes i morgen' (relative ship date, much earlier than requested) with signature phone numbers.")
def c_nb():
    s = supplier("VERKBU", "Verktøybua AS", "ordre@verktoybua.example", "nb-NO")
    p = po("4500031452", s, "2026-11-17", [
        ("TB-NYL-11", "Tool belt nylon, 11 pockets", 30, "EA", "29.90", "2026-12-04"),
        ("TB-HMR-LP", "Hammer loop, leather", 30, "EA", "6.40", "2026-12-04")])
    body = ("Hei!\nAlt på lager, ordre 4500031452 ok på antall og pris. Sendes i morgen med Bring.\n\n"
            "Mvh\nKnut Haugen\nVerktøybua AS\nMob 915 55 123 | Org.nr 912 345 678 MVA\n\nSendt fra min Galaxy\n")
    eml = reply(p, text(body), mdate(2026, 11, 19, 15, 55, 20), "<kh-2026111915552@verktoybua.example>",
                name="Knut Haugen", subject="Sv: Purchase order 4500031452 - please confirm")
    return [p], eml, expected("confirmation",
        "Quantity and price confirmed; 'sendes i morgen' relative to the Thursday 19 Nov 2026 mail = ship date 2026-11-20 (only a ship date is given) -> both lines changed (earlier date).",
        conf(p, {1: C(p, 1, date="2026-11-20"), 2: C(p, 2, date="2026-11-20")}))


@case("ro-ro-needle-files-html-accept", "ro-RO",
      "Romanian multipart/alternative reply with an HTML table restating all lines as ordered above a blockquoted request.")
def c_ro():
    s = supplier("PILROM", "Pilrom Scule S.R.L.", "vanzari@pilrom.example", "ro-RO")
    p = po("4500031466", s, "2026-11-12", [
        ("NF-SET6-WAR", "Needle file set 6 pcs, warding", 40, "SET", "11.30", "2026-12-14"),
        ("NF-SQ-140", "Needle file square 140 mm", 60, "PC", "2.15", "2026-12-14"),
        ("NF-HDL", "File handle, plastic, for needle files", 100, "PC", "0.65", "2026-12-14")])
    rows = "".join("<tr><td>%d</td><td>%s</td><td>%d</td><td>%s</td><td>14.12.2026</td></tr>" % (
        l["line"], l["item"], l["quantity"], l["unit_price"].replace(".", ",")) for l in p["lines"])
    hb = ("<p>Bună ziua doamna Kowalczyk,</p><p>Vă confirmăm comanda nr. 4500031466 după cum urmează:</p>"
          "<table border=\"1\"><tr><th>Poz.</th><th>Cod</th><th>Cant.</th><th>Preț unitar EUR</th><th>Data livrării</th></tr>"
          + rows + "</table><p>Cu stimă,<br>Andreea Popescu<br>Pilrom Scule S.R.L. | Str. Fabricii 7, Cluj-Napoca<br>"
          "Tel. +40 264 555 301 | CUI RO12345678 | J12/1234/2009</p>"
          + quote_html(p, "Marta Kowalczyk &lt;marta.kowalczyk@northgate-supply.example&gt; a scris la 12.11.2026 10:02:"))
    plain = strip_tags(hb)
    m = multi("alternative", text(plain), html(html_doc(hb, "ro")))
    eml = reply(p, m, mdate(2026, 11, 13, 10, 30, 0, "+0200"), "<b71a0c9e3f2d4a55@pilrom.example>",
                name="Andreea Popescu", subject="Re: Purchase order 4500031466 - please confirm")
    return [p], eml, expected("confirmation",
        "All three lines restated with the ordered quantity, price (decimal comma) and 14.12.2026 -> all accepted; the quoted request table repeats the PO and must not be read as a second answer.",
        all_acc(p))


@case("bg-bg-exim-unrouteable", "bg-BG",
      "Exim bounce (no multipart/report, plain text with the original message quoted) for an unrouteable Bulgarian domain.")
def c_bg():
    s = supplier("OSTRIE", "Ostrie OOD", "poruchki@ostrie-bg.example", "bg-BG")
    p = po("4500031470", s, "2026-11-17", [
        ("KB-SK5-100", "Knife blades SK5, 18 mm, tube of 10", 300, "PC", "0.95", "2026-12-18")])
    sent = mdate(2026, 11, 17, 8, 12, 0)
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  poruchki@ostrie-bg.example\n"
            "    Unrouteable address\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            + orig_headers(p, sent) + "\n" + request_text(p))
    eml = message("Mail Delivery System <Mailer-Daemon@relay2.northgate-supply.example>", "marta.kowalczyk@northgate-supply.example",
                  "Mail delivery failed: returning message to sender", mdate(2026, 11, 17, 8, 12, 3),
                  "<E1vKx2a-0003Fq-7Q@relay2.northgate-supply.example>", text(body, cs="us-ascii", cte="7bit"),
                  extra=["X-Failed-Recipients: poruchki@ostrie-bg.example", "Auto-Submitted: auto-replied"])
    return [p], eml, expected("bounce", "Exim 'Mail delivery failed' with the original PO request quoted below; the PO table inside is our own text, not a confirmation.")


@case("uk-ua-pipe-wrenches-stock-70", "uk-UA",
      "Ukrainian windows-1251 reply: one line cut to 70 of 100 because the series is discontinued, other line fine.")
def c_uk():
    s = supplier("KLYUCH", "TOV Klyuch-Prom", "zbut@klyuch-prom.example", "uk-UA")
    p = po("4500031474", s, "2026-11-13", [
        ("PW-18-ST", "Pipe wrench 18\", steel, Stillson type", 100, "EA", "11.75", "2026-12-11"),
        ("PW-CHAIN-4", "Chain pipe wrench 4\"", 20, "EA", "38.40", "2026-12-11")])
    body = ("Доброго дня, пані Марто!\n\n"
            "Підтверджуємо замовлення № 4500031474:\n\n"
            "1) PW-18-ST — на складі лише 70 шт., можемо поставити 70 шт. по 11,75 EUR до 11.12.2026. "
            "Решту 30 шт. поставити не зможемо: виробник припинив випуск цієї серії.\n"
            "2) PW-CHAIN-4 — 20 шт. по 38,40 EUR, поставка до 11.12.2026.\n\n"
            "З повагою,\nОксана Коваленко\nменеджер з продажу, ТОВ «Ключ-Пром»\nм. Дніпро, вул. Робоча, 23\n"
            "тел. +380 56 555 12 34, ЄДРПОУ 12345678\n")
    eml = reply(p, text(body, cs="windows-1251", cte="base64"), mdate(2026, 11, 16, 11, 22, 0, "+0200"), "<001b01dc5787$a1f03d20$e5d0b760$@klyuch-prom.example>",
                name="Оксана Коваленко", subject="RE: Purchase order 4500031474 - please confirm", subj_cs="windows-1251")
    return [p], eml, expected("confirmation",
        "Line 1: only 70 of 100 will be delivered (the rest is declined) at the same price and date -> changed quantity 70. Line 2 as ordered.",
        conf(p, {1: C(p, 1, q=70), 2: A(p, 2)}))


@case("hr-hr-invoice-other-po", "hr-HR",
      "Croatian invoice mail with a PDF for an earlier, different PO from the same supplier; the open PO is not answered.")
def c_hr():
    s = supplier("PRVAP", "Prva Pomoć d.o.o.", "racuni@prvapomoc.example", "hr-HR")
    p = po("4500031488", s, "2026-11-13", [
        ("FAK-10-IND", "First aid kit, 10-person, industrial", 40, "EA", "27.50", "2026-12-15"),
        ("EYE-WASH-500", "Eye wash bottle 500 ml", 40, "EA", "7.20", "2026-12-15")])
    body = ("Poštovani,\n\nu privitku Vam šaljemo račun br. 2026-01187 za Vašu narudžbu 4500030977 (isporučeno 10.11.2026).\n"
            "Iznos za plaćanje: 1.184,00 EUR, dospijeće 10.12.2026.\n\n"
            "Lijep pozdrav,\nIvana Horvat\nRačunovodstvo | Prva Pomoć d.o.o. | Zagreb | OIB 12345678901 | IBAN HR12 2340 0091 1234 5678 9\n")
    pdfl = ["PRVA POMOC d.o.o.    RACUN br. 2026-01187", "Kupac: Northgate Supply B.V.", "Vasa narudzba: 4500030977",
            "Datum isporuke: 10.11.2026    Dospijece: 10.12.2026",
            "1  FAK-25-IND  Prva pomoc ormaric 25 osoba   20 kom   47,36   947,20",
            "                           Osnovica 947,20  PDV 25% 236,80  UKUPNO EUR 1.184,00"]
    m = multi("mixed", text(body, cs="iso-8859-2"), attach("Racun_2026-01187.pdf", "application/pdf", pdf(pdfl, "Racun 2026-01187")))
    eml = message(addr("Prva Pomoć - računi", "racuni@prvapomoc.example"), "Marta Kowalczyk <marta.kowalczyk@northgate-supply.example>",
                  "Račun 2026-01187", mdate(2026, 11, 16, 8, 5, 0), "<racun-2026-01187@prvapomoc.example>", m, subj_cs="iso-8859-2")
    return [p], eml, expected("unrelated", "An invoice for a previous order 4500030977 (not in pos.json); PO 4500031488 is not mentioned.")


@case("sr-rs-mallets-per-dozen", "sr-RS",
      "Serbian Latin reply pricing line 1 per dozen (54,00 EUR/tucet = 4.50/EA, unchanged) while line 2 gets a new price and a later date.")
def c_sr():
    s = supplier("CEKIC", "Čekić Alati d.o.o.", "prodaja@cekic-alati.example", "sr-RS")
    p = po("4500031492", s, "2026-11-12", [
        ("MG-RUB-680", "Rubber mallet 680 g, wooden handle", 48, "EA", "4.50", "2026-12-10"),
        ("MG-DB-1000", "Dead blow hammer 1000 g", 12, "EA", "14.90", "2026-12-10")])
    body = ("Poštovana gospođo Kowalczyk,\n\n"
            "potvrđujemo porudžbenicu 4500031492:\n\n"
            "stavka 1 – MG-RUB-680: 4 tuceta (48 kom) po ceni od 54,00 EUR po tucetu, isporuka 10.12.2026.\n"
            "stavka 2 – MG-DB-1000: 12 kom po 15,90 EUR/kom (nova cena od 1.11.), isporuka 17.12.2026.\n\n"
            "Srdačan pozdrav,\nMilan Jovanović\nČekić Alati d.o.o., Novi Sad | tel. +381 21 555 123 | PIB 101234567\n")
    eml = reply(p, text(body), mdate(2026, 11, 13, 9, 12, 0), "<CAM8x7Yt3w@mail.cekic-alati.example>",
                name="Milan Jovanović", subject="Re: Purchase order 4500031492 - please confirm")
    return [p], eml, expected("confirmation",
        "Line 1: 54,00 EUR per dozen / 12 = 4.50 per EA, 48 pcs, 10.12.2026 -> accepted. Line 2: price 15.90 instead of 14.90 and delivery 2026-12-17 -> changed.",
        conf(p, {1: A(p, 1), 2: C(p, 2, price="15.90", date="2026-12-17")}))


@case("sl-si-waiting-for-manufacturer", "sl-SI",
      "Slovenian reply that repeats the PO lines but says the confirmation follows once the manufacturer answers.")
def c_sl():
    s = supplier("DVIGALO", "Dvigalo Oprema d.o.o.", "prodaja@dvigalo-oprema.example", "sl-SI")
    p = po("4500031506", s, "2026-11-16", [
        ("JS-SS-2T", "Jack stand 2 t, stainless, pair", 10, "PR", "88.00", "2027-01-14"),
        ("JS-LOW-3T", "Low-profile jack stand 3 t, pair", 10, "PR", "52.00", "2027-01-14")])
    body = ("Pozdravljeni,\n\nnaročilo 4500031506 smo prejeli:\n"
            "- JS-SS-2T, 10 parov po 88,00 EUR\n- JS-LOW-3T, 10 parov po 52,00 EUR\n\n"
            "Ker gre za izvedbo iz nerjavnega jekla, čakamo na potrditev proizvajalca glede roka in cene. "
            "Potrditev naročila vam pošljemo, ko jo prejmemo, predvidoma v začetku prihodnjega tedna.\n\n"
            "Lep pozdrav,\nNina Kranjc\nDvigalo Oprema d.o.o. | Celje | tel. 03 555 22 10\n")
    eml = reply(p, text(body, cs="iso-8859-2"), mdate(2026, 11, 17, 10, 0, 0), "<nk.20261117100000@dvigalo-oprema.example>",
                name="Nina Kranjc", subject="RE: Purchase order 4500031506 - please confirm")
    return [p], eml, expected("needs_review",
        "The lines are only repeated as received; price and date depend on the manufacturer and the confirmation is promised for next week -> nothing committed.")


@case("sk-sk-forwarded-warehouse-answer", "sk-SK",
      "Sales rep forwards the warehouse's internal answer ('platí to tak'); the answer uses yearless d.m. dates, one of which falls in the next year.")
def c_sk():
    s = supplier("TEPLO", "Teplotechnik Trnava s.r.o.", "predaj@teplotechnik.example", "sk-SK")
    p = po("4500031510", s, "2026-11-13", [
        ("HG-1800", "Heat gun 1800 W, LCD", 40, "EA", "31.20", "2026-12-04"),
        ("HG-KIT", "Heat gun kit in case with 5 nozzles", 15, "SET", "44.90", "2026-12-11")])
    body = ("Dobrý deň pani Kowalczyk,\n\nposielam vyjadrenie zo skladu nižšie – platí to tak, ceny bez zmeny.\n\n"
            "S pozdravom\nMartin Horváth\nobchodný zástupca | Teplotechnik Trnava s.r.o. | +421 905 555 321\n\n"
            "---------- Forwarded message ---------\n"
            "Od: Sklad Trnava <sklad@teplotechnik.example>\n"
            "Date: ut 17. 11. 2026 o 8:14\n"
            "Subject: RE: PO 4500031510\n"
            "To: Martin Horváth <martin.horvath@teplotechnik.example>\n\n"
            "Martin,\npol. 1 mame, 40 ks, expedujeme 4.12.\n"
            "pol. 2 (HG-KIT) az 8.1., skor to nepride od dodavatela.\nJano\n")
    eml = reply(p, text(body), mdate(2026, 11, 17, 9, 2, 0), "<CAB2dkS7u+Q@mail.teplotechnik.example>",
                name="Martin Horváth", email="martin.horvath@teplotechnik.example",
                subject="Fwd: RE: PO 4500031510")
    return [p], eml, expected("confirmation",
        "The rep endorses the forwarded warehouse answer with unchanged prices. Line 1: 40 pcs shipped 4.12. = 2026-12-04 -> accepted. Line 2: '8.1.' without year = next 8 January = 2027-01-08 -> changed date.",
        conf(p, {1: A(p, 1), 2: C(p, 2, date="2027-01-08")}))


@case("lt-lt-helpdesk-ticket-receipt", "lt-LT",
      "Lithuanian helpdesk auto-acknowledgement with a ticket number and a promise to answer within one working day.")
def c_lt():
    s = supplier("STATIN", "UAB Statinė", "uzsakymai@statine.example", "lt-LT")
    p = po("4500031524", s, "2026-11-17", [
        ("OD-60-STL", "Oil drum 60 l, steel, tight head", 50, "EA", "32.00", "2027-01-11")])
    body = ("Sveiki,\n\nJūsų užklausa gauta ir užregistruota. Užklausos Nr. #48213.\n"
            "Mūsų pardavimų skyrius atsakys per 1 darbo dieną.\n\n"
            "Tai automatinis pranešimas, prašome į jį neatsakyti.\n\nUAB Statinė | Kaunas | tel. +370 37 555 010\n")
    eml = message(addr("UAB Statinė", "uzsakymai@statine.example", "iso-8859-13"), "marta.kowalczyk@northgate-supply.example",
                  "[Užklausa #48213] Purchase order 4500031524 - please confirm", mdate(2026, 11, 17, 11, 0, 4, "+0200"),
                  "<ticket-48213-ack@helpdesk.statine.example>", text(body, cs="iso-8859-13"),
                  in_reply_to=p["request_message_id"], references=p["request_message_id"],
                  extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"], subj_cs="iso-8859-13")
    return [p], eml, expected("auto_reply", "Automatic ticket receipt ('Tai automatinis pranešimas'); no order data.")


@case("lv-lv-bolt-cutters-two-deliveries", "lv-LV",
      "Latvian ISO-8859-13 reply splitting line 1 into 36 + 24 pieces, the second date spelled out ('2027. gada 12. janvārī').")
def c_lv():
    s = supplier("KNAIB", "SIA Knaibles", "pardosana@knaibles.example", "lv-LV")
    p = po("4500031538", s, "2026-11-13", [
        ("BC-450", "Bolt cutter 450 mm", 60, "EA", "16.80", "2026-12-15"),
        ("BC-HEAD-450", "Replacement head for BC-450", 20, "EA", "9.40", "2026-12-15")])
    body = ("Labdien!\n\nApstiprinām pasūtījumu 4500031538:\n\n"
            "1. BC-450 – 60 gab. par 16,80 EUR/gab.. Piegāde divās daļās: 36 gab. 15.12.2026, atlikušie 24 gab. 2027. gada 12. janvārī.\n"
            "2. BC-HEAD-450 – 20 gab. par 9,40 EUR/gab., piegāde 15.12.2026.\n\n"
            "Ar cieņu\nLīga Bērziņa\nSIA Knaibles | Rīga, Krasta iela 52 | tālr. +371 67 555 123 | PVN LV40001234567\n")
    eml = reply(p, text(body, cs="iso-8859-13"), mdate(2026, 11, 16, 15, 30, 0, "+0200"), "<lb-4500031538@knaibles.example>",
                name="Līga Bērziņa", subject="RE: Purchase order 4500031538 - please confirm", subj_cs="iso-8859-13")
    return [p], eml, expected("confirmation",
        "Line 1: 36 on 2026-12-15 + 24 on 2027-01-12 = 60 total, last delivery 2027-01-12 -> changed with schedule. Line 2 accepted.",
        conf(p, {1: C(p, 1, date="2027-01-12", sched=[(36, "2026-12-15"), (24, "2027-01-12")]), 2: A(p, 2)}))


@case("et-ee-dehumidifiers-week-tuesday", "et-EE",
      "Estonian reply: delivery on 'the Tuesday of week 3' (day named inside an ISO week) for all lines.")
def c_et():
    s = supplier("KUIV", "Kuivatus OÜ", "muuk@kuivatus.example", "et-EE")
    p = po("4500031542", s, "2026-11-16", [
        ("DH-20L", "Dehumidifier 20 l/day", 12, "EA", "189.00", "2027-01-15"),
        ("DH-HOSE-3", "Drain hose 3 m for DH-20L", 12, "EA", "6.50", "2027-01-15")])
    body = ("Tere Marta,\n\naitäh tellimuse eest. Kinnitame tellimuse 4500031542: kõik read vastavalt tellimusele "
            "(kogused ja hinnad), tarne 3. nädala teisipäeval.\n\n"
            "Lugupidamisega\nKadri Tamm\nKuivatus OÜ | Tallinn | +372 655 1234 | KMKR EE101234567\n")
    eml = reply(p, text(body, cs="iso-8859-15"), mdate(2026, 11, 17, 13, 45, 0, "+0200"), "<kt.4500031542@kuivatus.example>",
                name="Kadri Tamm", subject="Re: Purchase order 4500031542 - please confirm")
    return [p], eml, expected("confirmation",
        "Quantities and prices as ordered; 'teisipäev, 3. nädal' = Tuesday of ISO week 3 of 2027 = 2027-01-19, later than 2027-01-15 -> both changed date.",
        conf(p, {1: C(p, 1, date="2027-01-19"), 2: C(p, 2, date="2027-01-19")}))


@case("pt-pt-caution-signs-csv", "pt-PT",
      "Portuguese ERP CSV attachment (windows-1252, ';' separated, decimal comma, dd-mm-yyyy): roll count rounded to boxes of 8, one line later.")
def c_pt_pt():
    s = supplier("SINALUX", "Sinalux - Sinalização, Lda.", "encomendas@sinalux.example", "pt-PT")
    p = po("4500031556", s, "2026-11-12", [
        ("SIN-PERIGO-A3", "Sinal 'Perigo' A3, alumínio", 40, "PC", "12.60", "2026-12-18"),
        ("SIN-EPI-A4", "Sinal 'Uso obrigatório de EPI' A4", 80, "PC", "5.90", "2026-12-18"),
        ("FITA-SIN-100", "Fita de sinalização vermelha/branca 100 m", 30, "ROL", "3.40", "2026-12-18")])
    csv = ("Encomenda cliente;Linha;Artigo;Descrição;Qtd confirmada;Un;Preço unit. EUR;Data entrega;Obs\r\n"
           "4500031556;1;SIN-PERIGO-A3;Sinal Perigo A3 alumínio;40;PC;12,60;18-12-2026;\r\n"
           "4500031556;2;SIN-EPI-A4;Sinal Uso obrigatório EPI A4;80;PC;5,90;08-01-2027;ruptura de stock\r\n"
           "4500031556;3;FITA-SIN-100;Fita sinalização 100 m;32;ROL;3,40;18-12-2026;caixa de 8 rolos\r\n")
    body = ("Bom dia,\n\nSegue em anexo a confirmação da V/ encomenda 4500031556.\n\n"
            "Com os melhores cumprimentos,\nRui Almeida\nSinalux, Lda. | Maia | Tel. +351 229 555 100 | NIF 501234567\n")
    m = multi("mixed", text(body, cs="windows-1252"), attach("confirmacao_4500031556.csv", "text/csv", csv.encode("cp1252")))
    eml = reply(p, m, mdate(2026, 11, 13, 10, 17, 0, "+0000"), "<DB9PR02MB7012C0FFEE12@DB9PR02MB7012.eurprd02.prod.outlook.example>",
                name="Rui Almeida", subject="RE: Purchase order 4500031556 - please confirm")
    return [p], eml, expected("confirmation",
        "Data only in the CSV. Line 1 as ordered. Line 2 date 08-01-2027 (day-first) = 2027-01-08 -> changed. Line 3 quantity 32 (boxes of 8 rolls) instead of 30 -> changed.",
        conf(p, {1: A(p, 1), 2: C(p, 2, date="2027-01-08"), 3: C(p, 3, q=32)}))


@case("fr-ca-prepayment-before-confirming", "fr-CA",
      "Québec French reply: first order requires prepayment before any confirmation; amounts in '1 234,56 $' style but no commitment.")
def c_fr_ca():
    s = supplier("PISTOQC", "Pistolets Laurentides inc.", "ventes@pistolets-laurentides.example", "fr-CA")
    p = po("4500031560", s, "2026-11-13", [
        ("SG-HVLP-17", "Spray gun HVLP 1.7 mm, 1 l cup", 10, "EA", "214.00", "2027-01-08"),
        ("SG-CLEAN-KIT", "Spray gun cleaning kit", 10, "SET", "18.50", "2027-01-08")], currency="CAD", buyer="jb")
    body = ("Bonjour M. Bright,\n\nMerci pour votre bon de commande 4500031560 (total 2 325,00 $ avant taxes).\n\n"
            "Comme il s'agit d'une première commande avec votre entreprise, notre politique exige un paiement anticipé "
            "avant que nous puissions confirmer les quantités et les dates de livraison. Vous trouverez nos coordonnées "
            "bancaires ci-dessous. Dès réception du paiement, nous vous ferons parvenir l'accusé de réception de commande.\n\n"
            "Institution 815 – Transit 30012 – Compte 0123456\n\n"
            "Cordialement,\nGeneviève Tremblay\nService à la clientèle | Pistolets Laurentides inc.\n"
            "1450, boul. Industriel, Saint-Jérôme (Québec) J7Y 4B2 | 450 555-0172 poste 3\n")
    eml = reply(p, text(body), mdate(2026, 11, 16, 9, 5, 0, "-0500"), "<GT-20261116-0905@pistolets-laurentides.example>",
                name="Geneviève Tremblay", subject="RE: Purchase order 4500031560 - please confirm")
    return [p], eml, expected("needs_review",
        "The supplier will only confirm after prepayment; nothing is committed yet and a human has to arrange payment.")
