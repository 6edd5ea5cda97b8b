"""Cases 037-053."""
import datetime as dt

from . import mime, pdf, xlsx
from .common import (AUTO, C, E, L, PO, S, case, conf, reply, rfc822_part, req_subject, req_text, wd, assemble,
                     pdfdate)


@case("seat-fabric-two-deliveries-hu", "confirmation/hu-HU",
      "Hungarian 'YYYY. MM. DD.' dates: one line split in two deliveries (second in January 2027), one line discontinued")
def c_fabric_hu(slug):
    sup = S("BUSZTEX", "Busztextil Kft.", "rendeles@busztextil.example", "hu-HU")
    po = PO("4500321502", sup, "ingrid", "EUR", "2026-11-23", [
        L("BF-MQ-160", "Bus seat moquette 160 cm, pattern Danube 12x20, 2027 colours", 1200, "M", "14.80", "2026-12-16"),
        L("BF-LTH-140", "Artificial leather 140 cm, 1.2 mm, black", 400, "M", "11.20", "2026-12-16"),
        L("BF-FOAM-10", "Seat foam sheet 10 mm, 2x1 m", 300, "PCS", "6.75", "2026-12-16"),
    ])
    body = """Tisztelt Salo Asszony!

Köszönjük megrendelését. A 4500321502 számú rendelést az alábbiak szerint igazoljuk vissza:

1. tétel (BF-MQ-160): 1200 m, 14,80 EUR/m - két részletben: 700 m 2026. 12. 09-én, a maradék 500 m 2027. 01. 13-án.
2. tétel (BF-LTH-140): 400 m, 11,20 EUR/m, szállítás 2026. 12. 16.
3. tétel (BF-FOAM-10): a 10 mm-es habot már nem gyártjuk, ezt a tételt nem tudjuk szállítani.

Üdvözlettel:
Szabó Krisztina
értékesítési asszisztens
Busztextil Kft.
8200 Veszprém, Házgyári út 9.
Tel.: +36 88 555 214
"""
    eml = reply(slug, po, ("Szabó Krisztina", "szabo.krisztina@busztextil.example"), body,
                (2026, 11, 26, 9, 58, 3, 60), client="outlook", cs="iso-8859-2", lang="hu", content_lang="hu-HU",
                subject="VS: " + req_subject(po))
    exp = E("confirmation", "hu-HU: line 1 split 700 m on 2026. 12. 09. and 500 m on 2027. 01. 13. (last date "
            "2027-01-13); line 2 as ordered; line 3 no longer produced = rejected.",
            conf(po, {1: C(s=[(700, "2026-12-09"), (500, "2027-01-13")]), 2: "A", 3: "R"}))
    return [po], eml, exp


@case("milking-liners-date-in-our-note", "needs_review/en-NZ",
      "'we'll work to the date in your note below' while our quoted request names two different dates (11/12 ideal, 18/12 latest)")
def c_only_quote_nz(slug):
    sup = S("CDRUB", "Canterbury Dairy Rubber Ltd", "orders@cdrubber.example", "en-NZ")
    po = PO("4500321566", sup, "tomasz", "USD", "2026-11-23", [
        L("ML-CDR-24", "Milking liner 24 mm, NZ pattern, 2500 milkings", 600, "PCS", "3.10", "2026-12-18"),
        L("ML-CDR-PLG", "Liner plug set, 4 per set", 100, "SET", "4.80", "2026-12-18"),
    ])
    po["_note"] = ("Note: we would ideally like the goods on 11/12 for a farm-show display, but 18/12 at the latest "
                   "(as in the table) is still fine.")
    body = """Hi Tomasz,

No worries - we'll work to the date in your note below. Rubber's in, so should be sweet.

Cheers,
Shane

Shane McAllister
Canterbury Dairy Rubber Ltd
17 Hayton Rd, Wigram, Christchurch 8042
Ph +64 3 348 7720
"""
    eml = reply(slug, po, ("Shane McAllister", "shane@cdrubber.example"), body, (2026, 11, 24, 16, 20, 0, 780),
                client="iphone", cs="us-ascii", cte="7bit", quote="gmail",
                attribution="On 23/11/2026, at 9:14 PM, Tomasz Nowicki <tomasz.nowicki@kestrel-supply.example> wrote:",
                subject="Re: " + req_subject(po))
    exp = E("needs_review", "en-NZ: the only dates are in our own quoted request, which names both 11/12 (ideal) and "
            "18/12 (latest); 'the date in your note' cannot be pinned down, and quantities/prices are not addressed.")
    return [po], eml, exp


@case("milking-liners-inline-ro", "confirmation/ro-RO",
      "Romanian answers typed inline under each quoted PO line of our request (accept, new price, new date)")
def c_inline_ro(slug):
    sup = S("AGROMULS", "Agromuls S.R.L.", "comenzi@agromuls.example", "ro-RO")
    po = PO("4500321620", sup, "lucia", "EUR", "2026-11-24", [
        L("ML-SIL-21", "Milking liner silicone 21 mm, for 4/4 cluster", 300, "PCS", "7.90", "2026-12-11"),
        L("ML-TUB-9", "Short milk tube 9x16 mm, 1.5 m", 150, "PCS", "3.20", "2026-12-11"),
        L("ML-CLW-150", "Claw 150 cc, 2027 model", 40, "PCS", "54.00", "2026-12-11"),
    ])
    answers = {"1": "Confirmăm, livrare 11.12.2026.",
               "2": "Cantitate neschimbată, preț nou 3,45 EUR/buc. (furnizorul de cauciuc a majorat prețul), livrare 11.12.2026.",
               "3": "Livrare 18.12.2026, în rest conform comenzii."}
    out = []
    for ln in req_text(po).rstrip("\n").split("\n"):
        out.append("> " + ln if ln else ">")
        k = ln.split(" ", 1)[0]
        if k in answers and ln.startswith(k + "  "):
            out.append("")
            out.append(answers[k])
            out.append("")
    body = ("Bună ziua doamna Ferrante,\n\nrăspunsurile noastre sunt mai jos, la fiecare poziție.\n\n"
            "Pe 24.11.2026 la 09:14, Lucia Ferrante a scris:\n" + "\n".join(out) +
            "\n\nCu stimă,\nIoana Dumitrescu\nDepartament vânzări\nAgromuls S.R.L.\n"
            "Str. Fabricii nr. 21, 400620 Cluj-Napoca\nTel. +40 264 405 118\n")
    eml = reply(slug, po, ("Ioana Dumitrescu", "ioana.dumitrescu@agromuls.example"), body,
                (2026, 11, 26, 11, 31, 45, 120), client="thunderbird", cs="UTF-8", text_only=True, quote="none",
                subject="Re: " + req_subject(po), content_lang="ro-RO")
    exp = E("confirmation", "ro-RO inline answers under each quoted line: pos. 1 confirmed as ordered, pos. 2 new price "
            "3,45 EUR, pos. 3 new date 18.12.2026; the quoted lines still carry our values.",
            conf(po, {1: "A", 2: C(p="3.45"), 3: C(d="2026-12-18")}))
    return [po], eml, exp


@case("sourdough-jars-pdf-only", "confirmation/hr-HR",
      "the Croatian body only says 'u privitku'; all answers are in a Flate-compressed PDF order acknowledgment")
def c_pdf_hr(slug):
    sup = S("STAKLOJ", "Staklo Jadran d.o.o.", "prodaja@staklo-jadran.example", "hr-HR")
    po = PO("4500321688", sup, "helen", "EUR", "2026-11-24", [
        L("SJ-500-SW", "Sourdough jar 500 ml, swing top, 2027 range", 960, "PCS", "2.95", "2026-12-09"),
        L("SJ-1500-SW", "Sourdough jar 1.5 l, swing top", 480, "PCS", "4.40", "2026-12-09"),
        L("SJ-LBL-250", "Chalkboard label 50x30 mm, roll of 250", 20, "ROL", "7.60", "2026-12-09"),
    ])
    pdfb = pdf.simple_doc(
        ["POTVRDA NARUDŽBE / ORDER ACKNOWLEDGEMENT", "Staklo Jadran d.o.o., Zagrebacka 144, 10000 Zagreb",
         "Broj potvrde: PN-26-1187    Datum: 26.11.2026", "Kupac: Kestrel Supply Group, Rotterdam",
         "Vasa narudzba: 4500321688 od 24.11.2026"],
        ["Poz.", "Sifra", "Opis", "Kol.", "JM", "Cijena EUR", "Rok isporuke"],
        [["1", "SJ-500-SW", "Staklenka 500 ml, patent zatvarac", "960", "kom", "2,95", "09.12.2026"],
         ["2", "SJ-1500-SW", "Staklenka 1,5 l, patent zatvarac", "480", "kom", "4,60", "16.12.2026"],
         ["3", "SJ-LBL-250", "Naljepnica 50x30 mm, rola 250", "20", "rola", "7,60", "09.12.2026"]],
        ["Cijene su bez PDV-a, FCA Zagreb. Placanje: 30 dana.", "Napomena: poz. 2 - nova cijena stakla od 01.11.2026.",
         "Izradio: I. Kovacevic"],
        [50, 80, 150, 330, 370, 410, 480], title="Potvrda narudzbe PN-26-1187", author="Staklo Jadran d.o.o.",
        producer="Pantheon ERP 2026", date=pdfdate(2026, 11, 26, 13, 40), compress=True)
    body = """Poštovani,

u privitku Vam šaljemo potvrdu narudžbe.

Lijep pozdrav,
Ivana Kovačević
Prodaja | Staklo Jadran d.o.o.
Zagrebačka 144, 10000 Zagreb
tel. +385 1 3650 228
"""
    eml = reply(slug, po, ("Ivana Kovačević", "ivana.kovacevic@staklo-jadran.example"), body,
                (2026, 11, 26, 13, 44, 2, 60), client="outlook", cs="windows-1250", lang="hr", content_lang="hr-HR",
                subject="RE: " + req_subject(po), attachments=[mime.attachment(pdfb, "application/pdf", "PN-26-1187.pdf")])
    exp = E("confirmation", "hr-HR: answer only in the attached PDF (Flate stream): poz. 1 and 3 as ordered, poz. 2 at "
            "4,60 EUR with Rok isporuke 16.12.2026.",
            conf(po, {1: "A", 2: C(p="4.60", d="2026-12-16"), 3: "A"}))
    return [po], eml, exp


@case("toy-wheels-cennik-2027", "unrelated/sk-SK",
      "Slovak 2027 price list as XLSX with new prices for the very items on the open PO, but not an answer to it")
def c_pricelist_sk(slug):
    sup = S("TATRADK", "Tatra Drevo Komponenty s.r.o.", "obchod@tatradrevo.example", "sk-SK")
    po = PO("4500321715", sup, "dana", "EUR", "2026-11-24", [
        L("TD-KOL-45", "Beech wheel 45 mm, 8 mm hole", 5000, "PCS", "0.19", "2026-12-18"),
        L("TD-KOL-30", "Beech wheel 30 mm, 6 mm hole", 5000, "PCS", "0.12", "2026-12-18"),
    ])
    from decimal import Decimal as D
    rows = [["Cenník 2027 - platný od 1. 1. 2027"], [],
            ["Kód", "Popis", "MJ", "Cena 2026 EUR", "Cena 2027 EUR", "Balenie"],
            ["TD-KOL-30", "Koleso buk 30 mm, otvor 6 mm", "ks", D("0.12"), D("0.13"), 500],
            ["TD-KOL-45", "Koleso buk 45 mm, otvor 8 mm", "ks", D("0.19"), D("0.21"), 250],
            ["TD-KOL-60", "Koleso buk 60x12 mm", "ks", D("0.31"), D("0.33"), 200],
            ["TD-OSK-8", "Os buk 8x60 mm", "ks", D("0.06"), D("0.06"), 1000]]
    xl = xlsx.build(rows, sheet="Cennik 2027", creator="Tatra Drevo Komponenty")
    body = """Dobrý deň,

v prílohe Vám posielame náš cenník na rok 2027, platný od 1. 1. 2027. Objednávky doručené do 31. 12. 2026 fakturujeme ešte podľa cien 2026.

S pozdravom
Obchodné oddelenie
Tatra Drevo Komponenty s.r.o.
Priemyselná 5, 058 01 Poprad
tel. +421 52 772 40 10
"""
    eml = reply(slug, None, ("Tatra Drevo - obchod", "obchod@tatradrevo.example"), body, (2026, 11, 25, 8, 5, 0, 60),
                client="outlook", cs="iso-8859-2", quote="none", content_lang="sk-SK", threaded=False,
                subject="Cenník 2027", to=("Dana Ruiz", "dana.ruiz@kestrel-supply.example"),
                attachments=[mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                             "Cennik_2027_TatraDrevo.xlsx")])
    exp = E("unrelated", "sk-SK general price list for 2027 (XLSX); it lists the PO's items with new prices but does not "
            "answer PO 4500321715 (orders before 31. 12. 2026 keep 2026 prices).")
    return [po], eml, exp


@case("window-poles-xlsx-serial-dates", "confirmation/sl-SI",
      "Slovenian body points to an XLSX whose confirmed dates are Excel serial numbers; one row moved, one row not supplied")
def c_xlsx_sl(slug):
    sup = S("OKENSKI", "Okenski Sistemi d.o.o.", "prodaja@okenski-sistemi.example", "sl-SI")
    po = PO("4500321750", sup, "marcus", "EUR", "2026-11-24", [
        L("WP-ALU-4", "Window cleaning pole aluminium 2x2 m, 28 mm", 60, "PCS", "24.50", "2026-12-11"),
        L("WP-CRB-8", "Carbon pole 4x2 m (8 m), 2027 model", 20, "PCS", "142.00", "2026-12-11"),
        L("WP-BRS-28", "Water-fed brush 28 cm, 3/8 hose connector", 40, "PCS", "31.00", "2026-12-11"),
        L("WP-HOS-25", "Hose 8 mm, 25 m roll", 30, "ROL", "19.90", "2026-12-11"),
    ])
    from decimal import Decimal as D
    rows = [["Potrditev naročila 4500321750"], ["Okenski Sistemi d.o.o.", None, None, None, None, None, "Datum:",
                                                   dt.date(2026, 11, 27)], [],
            ["Poz.", "Artikel", "Naziv", "Količina", "EM", "Cena EUR", "Potrjen datum dobave", "Opomba"],
            [1, "WP-ALU-4", "Teleskopska palica alu 2x2 m", 60, "kos", D("24.50"), dt.date(2026, 12, 11), "OK"],
            [2, "WP-CRB-8", "Karbonska palica 4x2 m", 20, "kos", D("142.00"), dt.date(2026, 12, 18), "dobava iz Italije"],
            [3, "WP-BRS-28", "Krtača 28 cm", 40, "kos", D("31.00"), dt.date(2026, 12, 11), "OK"],
            [4, "WP-HOS-25", "Cev 8 mm, 25 m", None, "kol", None, None, "ni več v prodajnem programu - ne dobavimo"]]
    xl = xlsx.build(rows, sheet="Potrditev", creator="Okenski Sistemi d.o.o.")
    body = """Pozdravljeni, g. Obi,

v prilogi pošiljam potrditev naročila 4500321750 v Excelu (datumi dobave so v stolpcu G).

Lep pozdrav,
Nina Zupan
Prodaja
Okenski Sistemi d.o.o.
Tržaška cesta 118, 1000 Ljubljana
T: +386 1 256 71 40
"""
    eml = reply(slug, po, ("Nina Zupan", "nina.zupan@okenski-sistemi.example"), body, (2026, 11, 27, 12, 9, 50, 60),
                client="outlook", cs="iso-8859-2", lang="sl", content_lang="sl-SI", subject="RE: " + req_subject(po),
                attachments=[mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                                             "Potrditev_4500321750.xlsx")])
    exp = E("confirmation", "sl-SI: answer only in the XLSX; dates are Excel serials (46367 = 2026-12-11, 46374 = "
            "2026-12-18); row 2 moved to 18.12., row 4 'ne dobavimo' = rejected.",
            conf(po, {1: "A", 2: C(d="2026-12-18"), 3: "A", 4: "R"}))
    assert (dt.date(2026, 12, 11) - dt.date(1899, 12, 30)).days == 46367
    return [po], eml, exp


@case("candle-snuffers-cyrillic-sr", "confirmation/sr-RS",
      "Serbian Cyrillic prose: all articles confirmed for the requested date except a new price on the 180 cm snuffer")
def c_snuffer_sr(slug):
    sup = S("CRKVOPR", "Црквена Опрема доо", "prodaja@crkvena-oprema.example", "sr-RS")
    po = PO("4500321812", sup, "lucia", "EUR", "2026-11-25", [
        L("CS-BRS-120", "Candle snuffer, brass, 120 cm handle, bell 45 mm", 12, "PCS", "58.00", "2026-12-17"),
        L("CS-BRS-180", "Candle snuffer with lighter wick, 180 cm, 2-part", 8, "PCS", "86.00", "2026-12-17"),
        L("CS-WCK-1M", "Lighter wick, 3 mm", 100, "M", "0.95", "2026-12-17"),
    ])
    body = """Поштована госпођо Феранте,

захваљујемо на поруџбини. Потврђујемо Вашу поруџбину бр. 4500321812.

Сва три артикла испоручујемо у траженим количинама, са испоруком 17.12.2026, као што сте тражили. Цене остају према поруџбини, осим за гасилицу од 180 цм (CS-BRS-180), чија је нова цена 89,00 EUR по комаду због поскупљења месинга.

Срдачан поздрав,
Милица Јовановић
Комерцијала
Црквена Опрема доо
Булевар ослобођења 77, 21000 Нови Сад
тел. +381 21 455 710
"""
    eml = reply(slug, po, ("Милица Јовановић", "milica.jovanovic@crkvena-oprema.example"), body,
                (2026, 11, 27, 14, 18, 33, 60), client="gmail", cs="UTF-8", cte="quoted-printable", quote="gmail",
                attribution="сре, 25. нов 2026. у 09:14 Lucia Ferrante <lucia.ferrante@kestrel-supply.example> је написао/ла:",
                subject="Re: " + req_subject(po))
    wd("2026-11-25", "Wed")
    exp = E("confirmation", "sr-RS Cyrillic prose: quantities and 17.12.2026 confirmed for all three; only CS-BRS-180 "
            "gets a new price 89,00 EUR.",
            conf(po, {1: "A", 2: C(p="89.00"), 3: "A"}))
    return [po], eml, exp


@case("snuffers-ndr-unzustellbar", "bounce/de-CH",
      "German Exchange NDR 'Unzustellbar' with HTML-only explanation, delivery-status and the original request")
def c_ndr_de(slug):
    sup = S("HUBERKB", "Kirchenbedarf Huber AG", "bestellung@kirchenbedarf-huber.example", "de-CH")
    po = PO("4500321845", sup, "ingrid", "CHF", "2026-11-25", [
        L("CS-HUB-150", "Candle snuffer, brass, 150 cm", 6, "PCS", "92.00", "2026-12-16"),
        L("CS-HUB-DOC", "Wick docter, brass, 30 cm", 6, "PCS", "28.50", "2026-12-16"),
    ])
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Ihre Nachricht an bestellung@kirchenbedarf-huber.example konnte nicht zugestellt werden.</font></b></p>
<p>bestellung wurde bei kirchenbedarf-huber.example nicht gefunden.</p>
<p><b>Unbekannte An-Adresse</b></p>
<p>So beheben Sie das Problem<br>Möglicherweise ist die Adresse falsch geschrieben oder existiert nicht. Überprüfen Sie die Adresse des Empfängers und senden Sie die Nachricht erneut.</p>
<p>Diagnoseinformationen für Administratoren:<br>Generierender Server: ZR0P278MB0412.CHEP278.PROD.OUTLOOK.COM<br>
bestellung@kirchenbedarf-huber.example<br>Remoteserver hat '550 5.1.1 User unknown' zurückgegeben</p>
</body></html>
"""
    ds = """Reporting-MTA: dns;ZR0P278MB0412.CHEP278.PROD.OUTLOOK.COM
Received-From-MTA: dns;AM9PR07MB7734.eurprd07.prod.outlook.com
Arrival-Date: Wed, 25 Nov 2026 08:14:00 +0000

Final-Recipient: rfc822;bestellung@kirchenbedarf-huber.example
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 User unknown
Remote-MTA: dns;mail.kirchenbedarf-huber.example
"""
    body = mime.multipart("report", [mime.text(h, "html", "utf-8", "base64"),
                                     mime.raw_part([("Content-Type", "message/delivery-status")], ds.encode()),
                                     rfc822_part(po)],
                          "_000_" + mime.h(slug, 24, "ndr"), params=" report-type=delivery-status;")
    hs = [("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@kestrel-supply.example>"),
          ("To", "Ingrid Salo <ingrid.salo@kestrel-supply.example>"), ("Date", "Wed, 25 Nov 2026 08:14:06 +0000"),
          ("Content-Language", "de-DE"), ("Message-ID", "<%s@ZR0P278MB0412.CHEP278.PROD.OUTLOOK.COM>" % mime.h(slug, 32, "m")),
          ("In-Reply-To", po["request_message_id"]), ("References", po["request_message_id"]),
          ("Subject", "Unzustellbar: " + req_subject(po)), ("Auto-Submitted", "auto-replied")]
    eml = assemble(hs, body)
    exp = E("bounce", "German-language Exchange NDR (550 5.1.1 user unknown) with the original request attached; "
            "the PO table inside must not count as an answer.")
    return [po], eml, exp


@case("roaster-drums-greek-price", "confirmation/el-GR",
      "ISO-8859-7 Greek reply: 'τιμή 1.480,00 €' per piece (dot thousands) for line 1, line 2 as ordered")
def c_drums_el(slug):
    sup = S("AEGROAST", "Καβουρδιστήρες Αιγαίου Α.Ε.", "sales@aegean-roasters.example", "el-GR")
    po = PO("4500321877", sup, "lucia", "EUR", "2026-11-25", [
        L("RD-30-CI", "Roaster drum 30 kg, cast iron, double wall 4 mm", 2, "EA", "1420.00", "2026-12-18"),
        L("RD-PAD-30", "Drum paddle set for 30 kg drum, 3/8 rivets", 4, "SET", "165.00", "2026-12-18"),
    ])
    body = """Αγαπητή κυρία Ferrante,

Σας ευχαριστούμε για την παραγγελία σας. Επιβεβαιώνουμε την παραγγελία 4500321877 ως εξής:

Θέση 1 (RD-30-CI): 2 τεμ., τιμή 1.480,00 € ανά τεμάχιο (αύξηση τιμής χυτοσιδήρου), παράδοση 18/12/2026.
Θέση 2 (RD-PAD-30): 4 σετ, 165,00 € ανά σετ, παράδοση 18/12/2026.

Με εκτίμηση,
Γιώργος Παπαδόπουλος
Τμήμα Πωλήσεων
Καβουρδιστήρες Αιγαίου Α.Ε.
ΒΙ.ΠΕ. Σίνδου, 57022 Θεσσαλονίκη
Τηλ. +30 2310 798 440
"""
    eml = reply(slug, po, ("Γιώργος Παπαδόπουλος", "g.papadopoulos@aegean-roasters.example"), body,
                (2026, 11, 30, 10, 55, 12, 120), client="outlook", cs="iso-8859-7", lang="el", content_lang="el-GR",
                subject="RE: " + req_subject(po))
    exp = E("confirmation", "el-GR: '1.480,00 €' = 1480.00 (PO 1420.00) for line 1; line 2 quantity, price and "
            "18/12/2026 as ordered.",
            conf(po, {1: C(p="1480.00"), 2: "A"}))
    return [po], eml, exp


@case("mask-elastic-body-vs-csv", "needs_review/pl-PL",
      "Polish body confirms 300 rolls for 10.12 while the attached CSV says 250 rolls on 17.12.2026: contradictory")
def c_contra_pl(slug):
    sup = S("GUMTEX", "Gumtex Sp. z o.o.", "biuro@gumtex.example", "pl-PL")
    po = PO("4500321930", sup, "tomasz", "EUR", "2026-11-26", [
        L("ME-3MM-W", "Ear-loop elastic 3 mm, white, 1000 m roll", 300, "ROL", "10.90", "2026-12-10"),
        L("ME-5MM-B", "Ear-loop elastic 5 mm, blue, 500 m roll", 100, "ROL", "12.40", "2026-12-10"),
    ])
    csvt = ("Pozycja;Indeks;Opis;Ilosc;JM;Cena EUR;Termin dostawy\r\n"
            "1;ME-3MM-W;Guma uszna 3 mm biala;250;rol;10,90;17.12.2026\r\n"
            "2;ME-5MM-B;Guma uszna 5 mm niebieska;100;rol;12,40;10.12.2026\r\n")
    att = mime.attachment(csvt.encode("cp1250"), "text/csv", "potwierdzenie_4500321930.csv", cte="base64")
    body = """Dzień dobry,

potwierdzamy zamówienie 4500321930: poz. 1 - 300 rolek, poz. 2 - 100 rolek, dostawa 10.12., ceny bez zmian.
Potwierdzenie w załączniku.

Pozdrawiam
Marek Zieliński
Gumtex Sp. z o.o.
ul. Włókiennicza 40, 90-207 Łódź
tel. +48 42 630 12 88
"""
    eml = reply(slug, po, ("Marek Zieliński", "m.zielinski@gumtex.example"), body, (2026, 11, 27, 8, 49, 21, 60),
                client="outlook", cs="iso-8859-2", lang="pl", content_lang="pl-PL", subject="Odp: " + req_subject(po),
                attachments=[att])
    exp = E("needs_review", "pl-PL: body says poz. 1 = 300 rolls on 10.12., the attached CSV says 250 rolls on 17.12.2026; "
            "a careful buyer cannot tell which is binding.")
    return [po], eml, exp


@case("cleats-two-pos-one-answered", "confirmation/nb-NO",
      "two open POs from the same supplier; the Norwegian reply confirms one as ordered and only promises news on the other")
def c_two_nb(slug):
    sup = S("FJORDB", "Fjord Beslag AS", "ordre@fjordbeslag.example", "nb-NO")
    po1 = PO("4500322001", sup, "dana", "EUR", "2026-11-20", [
        L("SC-CAM-M612", "Cam cleat medium, 6-12 mm rope", 100, "EA", "12.80", "2026-12-18"),
        L("SC-BSE-14", "Bullseye fairlead 14 mm", 50, "EA", "3.95", "2026-12-18"),
    ])
    po2 = PO("4500322044", sup, "dana", "EUR", "2026-11-26", [
        L("SC-CLM-812", "Clam cleat 8-12 mm, aluminium, 2027", 80, "EA", "9.40", "2026-12-11"),
        L("SC-FAIR-16", "Fairlead 16 mm for cleat, 4/3 bolt pattern", 80, "EA", "4.10", "2026-12-11"),
    ])
    body = """Hei Dana,

Bekrefter ordre 4500322044 som bestilt, levering 11.12.

Ordre 4500322001 kommer vi tilbake til i morgen - vi venter på svar fra fabrikken i Ålesund om klemmene.

Mvh
Eirik Haugland
Fjord Beslag AS
Sjøgata 14, 6002 Ålesund
Tlf. +47 70 12 44 80
"""
    eml = reply(slug, po2, ("Eirik Haugland", "eirik@fjordbeslag.example"), body, (2026, 11, 30, 15, 12, 40, 60),
                client="apple", cs="iso-8859-1", quote="gmail",
                attribution="26. nov. 2026 kl. 09:14 skrev Dana Ruiz <dana.ruiz@kestrel-supply.example>:",
                subject="Re: " + req_subject(po2))
    exp = E("confirmation", "nb-NO: PO 4500322044 'som bestilt, levering 11.12.' (= requested) -> both lines accepted; "
            "PO 4500322001 is only mentioned ('kommer tilbake i morgen') and is left out.",
            conf(po2, {1: "A", 2: "A"}))
    return [po1, po2], eml, exp


@case("pharmacy-carts-hebrew", "confirmation/he-IL",
      "windows-1255 Hebrew (RTL) reply mixing English item codes: one cart as ordered, the other moved to 06/01/2027 (day-first)")
def c_carts_he(slug):
    sup = S("AGALOT", "עגלות רפואה בע\"מ", "orders@agalot-refua.example", "he-IL")
    po = PO("4500322107", sup, "marcus", "USD", "2026-11-26", [
        L("PC-EMG-5", "Emergency crash cart, 5 drawers, 2027 model", 4, "EA", "2240.00", "2026-12-16"),
        L("PC-MED-30", "Medication cart 30 bins, 24V electronic lock", 2, "EA", "3180.00", "2026-12-16"),
    ])
    body = """שלום מרקוס,

תודה על ההזמנה. אנו מאשרים את הזמנה 4500322107 כדלקמן:

פריט 1 (PC-EMG-5) - 4 יחידות, 2,240.00 USD ליחידה, אספקה 16/12/2026.
פריט 2 (PC-MED-30) - 2 יחידות, 3,180.00 USD ליחידה, אספקה 06/01/2027 (המנעול 24V בהזמנה מיוחדת מהספק).

בברכה,
נועה לוי
מנהלת הזמנות
עגלות רפואה בע"מ
רח' המלאכה 12, אזור התעשייה, נתניה
טל' 09-8654321
"""
    eml = reply(slug, po, ("נועה לוי", "noa.levi@agalot-refua.example"), body, (2026, 12, 1, 9, 22, 0, 120),
                client="outlook", cs="windows-1255", content_lang="he-IL", subject="RE: " + req_subject(po))
    exp = E("confirmation", "he-IL windows-1255: item 1 as ordered (16/12/2026); item 2 quantity and price kept, delivery "
            "06/01/2027 day-first = 2027-01-06.",
            conf(po, {1: "A", 2: C(d="2027-01-06")}))
    return [po], eml, exp


@case("toy-wheels-absence-fr-nl", "auto_reply/fr-BE",
      "bilingual French/Dutch out-of-office from Belgium with absence dates and a colleague's number")
def c_ooo_be(slug):
    sup = S("ARDJOU", "Ardenne Jouets Bois SRL", "commandes@ardenne-jouets.example", "fr-BE")
    po = PO("4500322140", sup, "helen", "EUR", "2026-11-26", [
        L("AJ-ROUE-38", "Wooden wheel 38 mm, maple, 6 mm hole", 3000, "PCS", "0.22", "2026-12-14"),
        L("AJ-AXE-6", "Axle 6x40 mm", 3000, "PCS", "0.05", "2026-12-14"),
    ])
    body = """Bonjour,

Je suis absente du 23 novembre au 4 décembre 2026 inclus. Votre message ne sera pas transféré.
Pour toute commande urgente, veuillez contacter Julien Lambert au +32 84 31 22 70 ou commandes@ardenne-jouets.example.

Goedendag,

Ik ben afwezig van 23 november tot en met 4 december 2026. Uw bericht wordt niet doorgestuurd.
Voor dringende bestellingen kunt u contact opnemen met Julien Lambert op +32 84 31 22 70.

Cordialement / Met vriendelijke groeten,
Sophie Delvaux
"""
    eml = reply(slug, po, ("Sophie Delvaux", "s.delvaux@ardenne-jouets.example"), body, (2026, 11, 26, 9, 14, 22, 60),
                client="outlook", cs="iso-8859-1", quote="none", content_lang="fr-BE",
                subject="Réponse automatique : " + req_subject(po), extra=AUTO)
    exp = E("auto_reply", "fr-BE/nl-BE out-of-office (23.11.-4.12.2026), nothing about the order.")
    return [po], eml, exp


@case("turf-infill-per-tonne-arabic", "confirmation/ar-AE",
      "Arabic windows-1256 reply pricing EPDM per tonne while the PO is per KG; shipment date and a later delivery date given")
def c_turf_ar(slug):
    sup = S("GREENF", "شركة الملاعب الخضراء ذ.م.م", "sales@greenfields-uae.example", "ar-AE")
    po = PO("4500322170", sup, "tomasz", "USD", "2026-11-26", [
        L("TI-EPDM-14", "EPDM infill granules 1-4 mm, green", 20000, "KG", "0.92", "2026-12-14"),
        L("TI-CRK-03", "Cork infill 0.5-3 mm, organic", 6, "T", "980.00", "2026-12-14"),
    ])
    body = """السيد توماس المحترم،

تحية طيبة وبعد،

نشكركم على طلب الشراء رقم 4500322170 ونؤكد التوريد كما يلي:

البند 1: حبيبات EPDM مقاس 1-4 مم، الكمية 20 طن (20,000 كغ)، السعر 890 دولار أمريكي للطن.
البند 2: حبيبات الفلين، الكمية 6 طن، السعر 980 دولار أمريكي للطن كما في الطلب.

الشحن من ميناء جبل علي بتاريخ 07/12/2026، والتسليم في مستودعكم في روتردام بتاريخ 28/12/2026 للبندين.

مع خالص التحية،
أحمد الشامسي
قسم المبيعات
شركة الملاعب الخضراء ذ.م.م
المنطقة الحرة بجبل علي، دبي، الإمارات العربية المتحدة
هاتف: +971 4 881 2240
"""
    eml = reply(slug, po, ("أحمد الشامسي", "ahmed.alshamsi@greenfields-uae.example"), body,
                (2026, 11, 30, 11, 40, 0, 240), client="outlook", cs="windows-1256", content_lang="ar-AE",
                subject="RE: " + req_subject(po))
    exp = E("confirmation", "ar-AE: line 1 priced 890 USD per tonne = 0.89 per KG (PO unit); shipment 07/12 but delivery "
            "28/12/2026 wins for both lines; line 2 price per tonne unchanged.",
            conf(po, {1: C(p="0.89", d="2026-12-28"), 2: C(d="2026-12-28")}))
    return [po], eml, exp


@case("hook-latches-hindi-split", "confirmation/hi-IN",
      "Hindi/English mix with Indian digit grouping (₹4,05,000) and a two-lot schedule for line 1 with dd-mm-yyyy dates")
def c_latch_hi(slug):
    sup = S("BHARATLF", "Bharat Lifting Equipment Pvt Ltd", "sales@bharatlifting.example", "hi-IN")
    po = PO("4500322233", sup, "marcus", "INR", "2026-11-27", [
        L("HL-FRG-20", "Forged hook latch, 20 t, with 3 mm spring", 1500, "PCS", "185.00", "2026-12-15"),
        L("HL-KIT-M8", "Latch kit M8x40, zinc plated", 3000, "SET", "42.50", "2026-12-15"),
    ])
    assert 1500 * 185 + 3000 * 42.5 == 405000
    body = """नमस्ते मार्कस जी,

आपके PO 4500322233 के लिए धन्यवाद। हमारी पुष्टि इस प्रकार है:

लाइन 1 (HL-FRG-20) - 1,500 नग, ₹185.00 प्रति नग, दो खेप में: 1,000 नग 08-12-2026 को और बाकी 500 नग 22-12-2026 को।
लाइन 2 (HL-KIT-M8) - 3,000 सेट, ₹42.50 प्रति सेट, डिलीवरी 15-12-2026।

कुल मूल्य ₹4,05,000 (GST अतिरिक्त)।

धन्यवाद सहित,
राजेश कुमार
Sales Manager - Exports
Bharat Lifting Equipment Pvt Ltd
Plot 17, Phase II, Industrial Area, Faridabad 121003, Haryana
+91 129 427 6610
"""
    eml = reply(slug, po, ("Rajesh Kumar", "rajesh.kumar@bharatlifting.example"), body, (2026, 11, 30, 17, 5, 44, 330),
                client="gmail", cs="UTF-8", cte="base64", quote="gmail", subject="Re: " + req_subject(po))
    exp = E("confirmation", "hi-IN: line 1 in two lots (1,000 on 08-12-2026, 500 on 22-12-2026, dd-mm-yyyy); line 2 as "
            "ordered on 15-12-2026; the total uses Indian lakh grouping.",
            conf(po, {1: C(s=[(1000, "2026-12-08"), (500, "2026-12-22")]), 2: "A"}))
    return [po], eml, exp


@case("freezer-gaskets-checking-factory", "needs_review/zh-CN",
      "Chinese receipt that confirms nothing: stock of item 2 to be checked with the factory, answer 'within 3 working days'")
def c_check_zh(slug):
    sup = S("OKCOLD", "宁波欧凯冷链配件有限公司", "sales@okcold-parts.example", "zh-CN")
    po = PO("4500322290", sup, "helen", "USD", "2026-11-27", [
        L("FG-OK-650", "Freezer lid gasket 650x480 mm, PVC", 120, "PCS", "6.80", "2026-12-16"),
        L("FG-OK-MAG", "Magnetic strip 12x6 mm for gaskets, 50 m roll", 10, "ROL", "44.00", "2026-12-16"),
    ])
    body = """Helen 您好，

订单 4500322290 已收到，谢谢！

第1项我们有库存；第2项的磁条需要向工厂确认库存和价格，我们会在3个工作日内回复您交期和价格，届时一起确认整张订单。

祝好
刘洋
宁波欧凯冷链配件有限公司
浙江省宁波市北仑区新碶街道 88 号
电话：+86 574 8618 2236
"""
    eml = reply(slug, po, ("刘洋", "liuyang@okcold-parts.example"), body, (2026, 11, 30, 9, 2, 18, 480),
                client="other", cs="GBK", cte="base64", text_only=True, quote="gmail",
                attribution="------------------ 原始邮件 ------------------", quote_above=False,
                subject="回复：" + req_subject(po), extra=[("X-Mailer", "QQMail 2.x")])
    exp = E("needs_review", "zh-CN: receipt only; item 1 'in stock' is not a confirmation of the order, item 2 pending "
            "factory check, answer promised within 3 working days.")
    return [po], eml, exp


@case("toy-wheels-en-in-do-the-needful", "confirmation/en-IN",
      "Indian English list: one line as ordered, one reduced to 5,000 pcs, the third 'under revision, will revert by next week'")
def c_wheels_in(slug):
    sup = S("CHANNA", "Channapatna Crafts Exports Pvt. Ltd.", "exports@channapatnacrafts.example", "en-IN")
    po = PO("4500322355", sup, "ingrid", "USD", "2026-11-27", [
        L("TW-IVY-45", "Ivory-wood toy wheel 45 mm, lac finish", 4000, "PCS", "0.38", "2026-12-18"),
        L("TW-IVY-30", "Ivory-wood toy wheel 30 mm, natural", 6000, "PCS", "0.26", "2026-12-18"),
        L("TW-PEG-550", "Wooden peg 5x50 mm", 10000, "PCS", "0.04", "2026-12-18"),
    ])
    body = """Dear Madam,

Greetings from Channapatna Crafts!

We are pleased to confirm PO No. 4500322355 as follows:

1) 45 mm wheels (TW-IVY-45) - 4,000 pcs @ USD 0.38 - delivery 18-12-2026
2) 30 mm wheels (TW-IVY-30) - we can supply 5,000 pcs only @ USD 0.26 - delivery 18-12-2026
3) Pegs 5x50 (TW-PEG-550) - price under revision due to seasoning cost, we will revert with price and date by next week

Kindly do the needful and acknowledge the revised quantity.

Thanks & Regards,
Suresh Gowda
Export Manager
Channapatna Crafts Exports Pvt. Ltd.
No. 12, Kalanagar, Channapatna 562160, Karnataka
Mob: +91 98450 31277
"""
    eml = reply(slug, po, ("Suresh Gowda", "suresh@channapatnacrafts.example"), body, (2026, 12, 1, 12, 30, 0, 330),
                client="outlook", cs="us-ascii", cte="7bit", content_lang="en-IN", subject="RE: " + req_subject(po))
    exp = E("confirmation", "en-IN: line 1 as ordered; line 2 only 5,000 of 6,000; line 3 price under revision = unconfirmed; "
            "'kindly acknowledge' does not make the supplier's commitment conditional.",
            conf(po, {1: "A", 2: C(q=5000), 3: "U"}))
    return [po], eml, exp
