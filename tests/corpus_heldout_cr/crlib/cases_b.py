"""Cases, part B."""
from . import mime as M
from .common import (case, supplier, po, dt, confirmation, C, week_day,
                     request_text, request_html, request_subject, outlook_quote, outlook_quote_html,
                     gmail_quote, gmail_quote_html, prefix, apple_attr, tb_attr, esc, request_dt, local)
from .reply import build_reply
from .pdf import Flow, render


# ------------------------------------------------------------------ 19
@case("deski-obwarzanki-tylko-pdf", "confirmation", "pl-PL",
      "body only says 'w załączeniu potwierdzenie'; the answer is a PDF order confirmation (PZ/2026/1187) "
      "with Polish number format 3 360,00 and one changed price, one changed date")
def c_pl():
    sup = supplier("KRDESKA", "Stolarnia Krakowska Deska Sp. z o.o.", "biuro@krakowskadeska.example", "pl-PL")
    p = po(4500032077, sup, "ingrid", "PLN", "2026-11-18", [
        ("BB-ALDER-60", "Bagel board, alder, 60 x 15 cm, burlap covered", 80, "EA", "42.00", "2026-12-14"),
        ("BB-BURLAP-R", "Replacement burlap cover, 60 cm", 200, "EA", "9.50", "2026-12-14"),
        ("BB-PEEL-120", "Bagel peel, long handle 120 cm", 20, "EA", "68.00", "2027-01-11")])
    t = dt(2026, 11, 27, 8, 55, 2)
    body = """Dzień dobry,

w załączeniu przesyłam potwierdzenie zamówienia nr 4500032077.

Pozdrawiam
Agnieszka Wójcik
Dział Sprzedaży
Stolarnia Krakowska Deska Sp. z o.o.
ul. Zabłocie 23, 30-701 Kraków
tel. +48 12 000 00 00"""
    rt = local(request_dt(p), 1)
    q = "W dniu %02d.%02d.%d o %02d:%02d, Ingrid Solberg pisze:\n" % (rt.day, rt.month, rt.year, rt.hour,
                                                                     rt.minute) + prefix(request_text(p))
    f = Flow()
    f.para("Stolarnia Krakowska Deska Sp. z o.o.", 13, True)
    f.para("ul. Zablocie 23, 30-701 Krakow   NIP 676-000-00-00   REGON 000000000", 8, gap=12)
    f.para("POTWIERDZENIE ZAMOWIENIA nr PZ/2026/1187", 12, True, gap=2)
    f.para("Data wystawienia: 27.11.2026", 9, gap=6)
    f.para("Zamawiajacy: Meridian Heritage Supply B.V., Waalhaven Z.z. 41, 3089 JH Rotterdam", 9)
    f.para("Nr zamowienia klienta: 4500032077 z dnia 18.11.2026", 9, gap=10)
    f.table(["Lp.", "Kod", "Nazwa", "Ilosc", "J.m.", "Cena netto", "Wartosc netto", "Termin dostawy"],
            [["1", "BB-ALDER-60", "Deska do obwarzankow, olcha 60x15 cm", "80", "szt.", "42,00", "3 360,00",
              "14.12.2026"],
             ["2", "BB-BURLAP-R", "Pokrowiec jutowy zapasowy 60 cm", "200", "szt.", "10,20", "2 040,00",
              "14.12.2026"],
             ["3", "BB-PEEL-120", "Lopata do obwarzankow, 120 cm", "20", "szt.", "68,00", "1 360,00",
              "18.01.2027"]],
            [24, 66, 170, 34, 28, 52, 62, 64], right=(3, 5, 6))
    f.para("Razem netto: 6 760,00 PLN", 9, True, gap=8)
    f.para("Uwagi: cena poz. 2 zmieniona ze wzgledu na wzrost cen juty; termin poz. 3 po przerwie swiatecznej.", 8)
    f.para("Warunki platnosci: przelew 30 dni. Dostawa: DAP Rotterdam.", 8, gap=14)
    f.para("Wystawil(a): Agnieszka Wojcik", 8)
    pdfb = render(f.pages, title="Potwierdzenie zamowienia PZ/2026/1187", author="Stolarnia Krakowska Deska",
                  creator="Subiekt nexo PRO", producer="Subiekt nexo PRO", created="D:20261127085012+01'00'")
    att = M.attachment(pdfb, "application/pdf", "PZ_2026_1187.pdf")
    eml = build_reply("pl-bagel", "tb", ("Agnieszka Wójcik", "biuro@krakowskadeska.example"),
                      "Re: " + request_subject(p), t, body, p=p, quote_text=q, with_html=False,
                      charset="iso-8859-2", lang="pl", attachments=[att], flowed=True,
                      x_mailer="Mozilla Thunderbird", header_charset="iso-8859-2")
    exp = confirmation(
        "Everything is in the PDF: line 1 as ordered, line 2 price 10,20 (was 9.50), line 3 on 18.01.2027.",
        (p, {1: "A", 2: C(p, 2, unit_price="10.20"), 3: C(p, 3, date="2027-01-18")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 20
@case("rucicky-odpovedi-mezi-radky", "confirmation", "cs-CZ",
      "answers typed between the '> ' quoted lines of our request (Thunderbird, ISO-8859-2); one line "
      "'termín zatím nevíme, potvrdíme příští týden' stays unconfirmed; 10 450,00 Kč with space thousands")
def c_cs():
    sup = supplier("BROZ", "Hodinářské ručičky Brož s.r.o.", "obchod@rucicky-broz.example", "cs-CZ")
    p = po(4500032103, sup, "marek", "CZK", "2026-11-16", [
        ("CH-HR-BRS-120", "Tower clock hour hand, brass, 120 cm", 2, "EA", "8400.00", "2027-01-15"),
        ("CH-MN-BRS-160", "Tower clock minute hand, brass, 160 cm", 2, "EA", "9800.00", "2027-01-15"),
        ("CH-CW-SET", "Counterweight set for tower clock hands", 2, "SET", "2650.00", "2027-01-15")])
    t = dt(2026, 11, 24, 14, 22, 50)
    answers = {1: "OK, potvrzujeme.",
               2: "Cena 10 450,00 Kč/ks (nutný silnější plech kvůli délce), termín 15. 1. 2027 platí.",
               3: "Termín zatím nevíme, protizávaží odlévá slévárna, potvrdíme příští týden."}
    out = []
    lines = request_text(p).split("\n")
    cur = None
    for i, ln in enumerate(lines):
        out.append(("> " + ln) if ln else ">")
        if ln.startswith("Line "):
            cur = int(ln.split(":")[0].split()[1])
        elif cur and ln.startswith("        "):
            out += ["", answers[cur], ""]
            cur = None
    body = ("Dobrý den, pane Nováku,\n\nodpovědi píšu přímo do Vaší objednávky níže.\n\n"
            + tb_attr("cs", p, 1) + "\n" + "\n".join(out) + "\n\n-- \nPetr Brož\nHodinářské ručičky Brož s.r.o.\n"
            "Masarykova 112, 602 00 Brno\ntel. +420 543 000 000")
    eml = build_reply("cz-hands", "tb", ("Petr Brož", "obchod@rucicky-broz.example"),
                      "Re: " + request_subject(p), t, body, p=p, with_html=False,
                      charset="iso-8859-2", lang="cs", x_mailer="Mozilla Thunderbird",
                      header_charset="iso-8859-2")
    exp = confirmation(
        "Answers sit under each quoted line. Line 1 OK. Line 2 price 10 450,00 CZK, date 15. 1. 2027 unchanged. "
        "Line 3: date not known yet, will confirm next week -> unconfirmed.",
        (p, {1: "A", 2: C(p, 2, unit_price="10450.00"), 3: "U"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 21
@case("villamosules-huzat-magyar-datum", "confirmation", "hu-HU",
      "Hungarian year-first dates in two styles ('2026. december 18.', '2027. 01. 08.'), 12 500 Ft, "
      "family-name-first signature, ISO-8859-2 base64")
def c_hu():
    sup = supplier("VKARPIT", "Villamos Kárpit Kft.", "ertekesites@villamoskarpit.example", "hu-HU")
    p = po(4500032150, sup, "ingrid", "HUF", "2026-11-19", [
        ("TSC-MOQ-GRN", "Tram seat cover, moquette, green pattern", 240, "EA", "12500", "2026-12-18"),
        ("TSC-BACK-GRN", "Tram backrest cover, moquette, green", 240, "EA", "9800", "2026-12-18"),
        ("TSC-VELC-50", "Hook-and-loop tape, 50 m roll", 10, "EA", "14200", "2027-01-08")])
    t = dt(2026, 11, 30, 13, 40, 26)
    body = """Tisztelt Solberg Asszony!

Köszönjük a 4500032150 számú megrendelését, melyet az alábbiak szerint igazolunk vissza:

1. tétel - TSC-MOQ-GRN, villamosülés-huzat, moquette, zöld mintás: 240 db, 12 500 Ft/db, szállítás 2026. december 18.
2. tétel - TSC-BACK-GRN, háttámla-huzat, zöld: 240 db, 9 800 Ft/db, szállítás 2027. január 8. (a zöld moquette második szállítmánya csak januárban érkezik)
3. tétel - TSC-VELC-50, tépőzár, 50 m-es tekercs: 10 tekercs, 14 200 Ft/tekercs, szállítás 2027. 01. 08.

Üdvözlettel:

Kovács Eszter
értékesítési asszisztens
Villamos Kárpit Kft.
1097 Budapest, Gubacsi út 6.
Tel.: +36 1 000 0000"""
    eml = build_reply("hu-tram", "outlook", ("Kovács Eszter", "ertekesites@villamoskarpit.example"),
                      "VS: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("hu", p, 1), quote_html=outlook_quote_html("hu", p, 1),
                      charset="iso-8859-2", cte="base64", lang="hu-HU",
                      host="VI1PR06MB4469.eurprd06.prod.outlook.com", outlook_lang="HU")
    exp = confirmation(
        "Line 1 as ordered. Line 2 moved to 2027-01-08 (2027. január 8.). Line 3 as ordered "
        "('2027. 01. 08.' equals the requested date).",
        (p, {1: "A", 2: C(p, 2, date="2027-01-08"), 3: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 22
@case("zeytin-presi-yuzde-3-iskonto", "confirmation", "tr-TR",
      "Turkish windows-1254; percent written before the number ('%3 iskonto') applies to the PO price "
      "(42,50 TL -> 41.225); second line a week later")
def c_tr():
    sup = supplier("EGEZEY", "Ege Zeytin Makine San. ve Tic. Ltd. Şti.", "satis@egezeytinmakine.example", "tr-TR")
    p = po(4500032188, sup, "tomas", "TRY", "2026-11-19", [
        ("OPM-PP-45", "Olive press mat, polypropylene, 45 cm", 600, "EA", "42.50", "2026-12-16"),
        ("OPM-CENTER-R", "Press mat centring ring, stainless", 40, "EA", "318.00", "2026-12-16")])
    t = dt(2026, 11, 27, 11, 3, 40, off=3)
    body = """Sayın Tomás Herrera,

4500032188 numaralı siparişiniz için teşekkür ederiz. Siparişinizi aşağıdaki şekilde onaylıyoruz:

1. kalem OPM-PP-45 zeytin presi filtre altlığı 45 cm: 600 adet, birim fiyat 42,50 TL; bu siparişe özel %3 iskonto uygulanacaktır. Teslim tarihi 16.12.2026.
2. kalem OPM-CENTER-R paslanmaz merkezleme halkası: 40 adet, birim fiyat 318,00 TL, teslim tarihi 23.12.2026.

Saygılarımızla,

Mehmet Yılmaz
Satış Müdürü
Ege Zeytin Makine San. ve Tic. Ltd. Şti.
Ayvalık / Balıkesir
Tel: +90 266 000 00 00"""
    eml = build_reply("tr-olive", "outlook", ("Mehmet Yılmaz", "satis@egezeytinmakine.example"),
                      "YNT: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("tr", p, 3), quote_html=outlook_quote_html("tr", p, 3),
                      charset="windows-1254", lang="tr-TR", host="AM9PR03MB7762.eurprd03.prod.outlook.com",
                      outlook_lang="TR")
    exp = confirmation(
        "Line 1: 3% discount on 42.50 -> 41.225 per piece; quantity and date as ordered. Line 2: delivery "
        "23.12.2026 instead of 16.12.",
        (p, {1: C(p, 1, unit_price="41.225"), 2: C(p, 2, date="2026-12-23")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 23
@case("zaanif-ghaws-arqam-hindiya", "confirmation", "ar-AE",
      "Arabic right-to-left mail with Arabic-Indic digits (٤٠ زوجًا, ٢٨٥٫٠٠ درهم, ٠٤/٠١/٢٠٢٧) and the "
      "Arabic decimal separator; HTML dir=rtl; PO number itself in Arabic-Indic digits")
def c_ar():
    sup = supplier("GULFDIVE", "Gulf Diving Equipment Est. LLC", "sales@gulfdive.example", "ar-AE")
    p = po(4500032210, sup, "ingrid", "AED", "2026-11-19", [
        ("DF-FREE-LNG", "Freediving fins, long blade", 40, "PR", "285.00", "2026-12-17"),
        ("DF-SNRK-S", "Snorkelling fins, short, size S", 120, "PR", "85.50", "2026-12-17")])
    t = dt(2026, 11, 30, 10, 20, 8, off=4)
    body = """السيدة إنغريد سولبرغ المحترمة،

تحية طيبة وبعد،

نشكركم على أمر الشراء رقم ٤٥٠٠٠٣٢٢١٠، ونؤكد لكم ما يلي:

البند ١: زعانف غوص حر بشفرة طويلة (DF-FREE-LNG) - الكمية ٤٠ زوجًا بسعر ٢٨٥٫٠٠ درهم للزوج، التسليم بتاريخ ١٧/١٢/٢٠٢٦.
البند ٢: زعانف سباحة قصيرة مقاس S (DF-SNRK-S) - الكمية ١٢٠ زوجًا بسعر ٨٥٫٥٠ درهم للزوج، التسليم بتاريخ ٠٤/٠١/٢٠٢٧ بسبب تأخر الشحنة من المصنع.

وتفضلوا بقبول فائق الاحترام،

خالد المنصوري
قسم المبيعات
مؤسسة الخليج لمعدات الغوص ذ.م.م
دبي - القوز الصناعية ٣
هاتف: +971 4 000 0000"""
    bh = "<div dir=\"rtl\" style=\"text-align:right\">%s</div>" % M.text_to_html_paras(body, "MsoNormal")
    eml = build_reply("ae-fins", "outlook", ("خالد المنصوري", "sales@gulfdive.example"),
                      "رد: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("en", p, 4), quote_html=outlook_quote_html("en", p, 4),
                      body_html=bh, charset="utf-8", cte="base64", lang="ar-AE",
                      host="DB8PR10MB3342.EURPRD10.PROD.OUTLOOK.COM", outlook_lang="AR-SA")
    exp = confirmation(
        "Arabic-Indic digits: line 1 40 pairs at 285.00 AED on 17/12/2026 (as ordered); line 2 120 pairs at "
        "85.50 AED, delivery 04/01/2027 (day first) instead of 17/12.",
        (p, {1: "A", 2: C(p, 2, date="2027-01-04")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 24
@case("banjo-iphone-ships-12-14", "confirmation", "en-US",
      "iPhone one-liner 'Confirmed, all 3 lines. Ships 12/14.' above a long quote with our figures; US "
      "month/day without year; only a ship date is given")
def c_us_banjo():
    sup = supplier("PRAIRIE", "Prairie Banjo Works LLC", "orders@prairiebanjo.example", "en-US")
    p = po(4500032245, sup, "michael", "USD", "2026-11-20", [
        ("BJ-HEAD-11F", "Banjo head 11 in, frosted, high crown", 60, "EA", "19.75", "2026-12-18"),
        ("BJ-BRIDGE-58", "Banjo bridge, maple/ebony, 5/8 in", 100, "EA", "7.40", "2026-12-18"),
        ("BJ-TAIL-CL", "Clamshell tailpiece, nickel", 25, "EA", "32.00", "2026-12-18")])
    t = dt(2026, 11, 24, 18, 47, 55, off=-6)
    body = "Confirmed, all 3 lines. Ships 12/14.\n\nSent from my iPhone"
    q = prefix(apple_attr(p, -6, "en-US") + "\n\n" + request_text(p))
    hb = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
          "<body dir=\"auto\">Confirmed, all 3 lines. Ships 12/14.<br><br><div dir=\"ltr\">Sent from my iPhone"
          "</div><div dir=\"ltr\"><br><blockquote type=\"cite\">%s</blockquote></div><blockquote type=\"cite\">"
          "<div dir=\"ltr\">%s</div></blockquote></body></html>" % (
              esc(apple_attr(p, -6, "en-US")), request_html(p)))
    eml = build_reply("us-banjo", "iphone", ("Wade Hollis", "wade@prairiebanjo.example"),
                      "Re: " + request_subject(p), t, body, p=p, quote_text=q, html_body=hb,
                      charset="utf-8", cte="quoted-printable", sep="\n\n")
    exp = confirmation(
        "All lines confirmed; only a ship date (12/14 -> 2026-12-14, month first, next such date) is given, so "
        "it is the date for every line; quantities and prices unchanged.",
        (p, {1: C(p, 1, date="2026-12-14"), 2: C(p, 2, date="2026-12-14"), 3: C(p, 3, date="2026-12-14")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 25
@case("hestesom-erp-pdf-noreply", "confirmation", "da-DK",
      "automatic ERP mail from noreply@ (Auto-Submitted: auto-generated) carrying a PDF order confirmation: "
      "it is a confirmation, not an auto-reply; SAP positions 10/20/30 map to our lines 1/2/3")
def c_da():
    sup = supplier("JENSENHS", "Jensen Hovsøm A/S", "salg@jensen-hovsom.example", "da-DK")
    p = po(4500032271, sup, "femke", "DKK", "2026-11-19", [
        ("HSN-CITY-5", "Horseshoe nails City 5, box of 250", 50, "BOX", "145.00", "2026-12-09"),
        ("HSN-SLIM-6", "Horseshoe nails Slim 6, box of 250", 30, "BOX", "152.00", "2026-12-09"),
        ("HSN-STUD-M10", "Screw-in studs M10, set of 8", 40, "SET", "88.00", "2026-12-09")])
    t = dt(2026, 11, 30, 6, 12, 4)
    body = """Kære kunde

Vedhæftet finder De ordrebekræftelse nr. 20461873 vedrørende Deres ordre 4500032271.

Med venlig hilsen
Jensen Hovsøm A/S
Salgsafdelingen

Denne e-mail er automatisk genereret. Der kan ikke svares på denne e-mail.
Ved spørgsmål kontakt venligst salg@jensen-hovsom.example eller tlf. +45 97 00 00 00."""
    f = Flow()
    f.para("Jensen Hovsøm A/S", 14, True)
    f.para("Industrivej 8, DK-7400 Herning   CVR 12345678   Tlf. +45 97 00 00 00", 8, gap=12)
    f.para("ORDREBEKRÆFTELSE", 13, True)
    f.para("Nr. 20461873        Dato 30.11.2026        Side 1/1", 9, gap=8)
    f.para("Kunde: 100482  Meridian Heritage Supply B.V., Waalhaven Z.z. 41, NL-3089 JH Rotterdam", 9)
    f.para("Deres ordre: 4500032271 af 19.11.2026        Vores ref.: Lone Mikkelsen", 9, gap=10)
    f.table(["Pos", "Varenr.", "Tekst", "Antal", "Enhed", "Pris DKK", "Beløb DKK", "Lev.dato"],
            [["10", "HSN-CITY-5", "Hestesøm City 5, æske à 250 stk.", "50", "ÆSK", "145,00", "7.250,00",
              "09.12.2026"],
             ["20", "HSN-SLIM-6", "Hestesøm Slim 6, æske à 250 stk.", "30", "ÆSK", "152,00", "4.560,00",
              "16.12.2026"],
             ["30", "HSN-STUD-M10", "Skruebrodder M10, sæt à 8 stk.", "40", "SÆT", "92,40", "3.696,00",
              "09.12.2026"]],
            [28, 72, 160, 36, 36, 52, 60, 58], right=(3, 5, 6))
    f.para("Nettobeløb i alt: 15.506,00 DKK   (momsfri EU-levering, omvendt betalingspligt)", 9, True, gap=8)
    f.para("Bemærk: Pris pos. 30 reguleret jf. prisliste af 01.11.2026 (+5 %).", 8)
    f.para("Leveringsbetingelse: DAP Rotterdam.   Betalingsbetingelse: Netto 30 dage.", 8)
    pdfb = render(f.pages, title="Ordrebekræftelse 20461873", author="Jensen Hovsøm A/S",
                  creator="SAP NetWeaver", producer="SAP NetWeaver 750", created="D:20261130061200+01'00'")
    att = M.attachment(pdfb, "application/pdf", "OB_20461873.pdf", size=False)
    extra = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
             ("Precedence", "bulk")]
    eml = build_reply("dk-nails", "generic", ("Jensen Hovsøm A/S", "noreply@jensen-hovsom.example"),
                      "Ordrebekræftelse 20461873 / Deres ordre 4500032271", t, body, p=p, with_html=False,
                      charset="iso-8859-1", attachments=[att], in_reply_to="", references="",
                      host="sapmail01.jensen-hovsom.example", x_mailer="SAP NetWeaver 7.50")
    exp = confirmation(
        "ERP confirmation from a noreply address (auto-generated header) still commits: pos. 10 = line 1 as "
        "ordered; pos. 20 = line 2 delivery 16.12.2026; pos. 30 = line 3 price 92,40 (+5 %).",
        (p, {1: "A", 2: C(p, 2, date="2026-12-16"), 3: C(p, 3, unit_price="92.40")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 26
@case("schermdoek-html-only-tabel", "confirmation", "nl-NL",
      "HTML-only Outlook mail (no text/plain part); the answer is an HTML table with dd-mm-yyyy dates and "
      "'2.000 st' / '€ 0,085' Dutch numbers")
def c_nl():
    sup = supplier("KDWEST", "Kassendoek Westland B.V.", "verkoop@kassendoekwestland.example", "nl-NL")
    p = po(4500032305, sup, "femke", "EUR", "2026-11-20", [
        ("KSD-40-W", "Greenhouse shade screen 40%, white, 5.2 m wide", 800, "M", "3.95", "2026-12-18"),
        ("KSD-65-A", "Greenhouse shade screen 65%, aluminium, 5.2 m wide", 600, "M", "5.60", "2026-12-18"),
        ("KSD-HOOK", "Screen hook, polyamide", 2000, "PCS", "0.085", "2026-12-18")])
    t = dt(2026, 12, 2, 11, 11, 31)
    rows = [("1", "KSD-40-W", "800 m", "€ 3,95", "18-12-2026", "akkoord"),
            ("2", "KSD-65-A", "600 m", "€ 5,60", "08-01-2027", "scherm 65% pas na de jaarwisseling leverbaar"),
            ("3", "KSD-HOOK", "2.000 st", "€ 0,085", "18-12-2026", "akkoord")]
    tr = "\n".join("<tr>" + "".join("<td style=\"border:solid #BFBFBF 1.0pt;padding:2pt 5pt\"><p class=\"MsoNormal\">"
                                   "%s</p></td>" % esc(c) for c in r) + "</tr>" for r in rows)
    bh = ("<p class=\"MsoNormal\">Goedemiddag Femke,</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n"
          "<p class=\"MsoNormal\">Hierbij de bevestiging van order 4500032305:</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n"
          "<table class=\"MsoNormalTable\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" style=\"border-collapse:collapse\">\n"
          "<tr>" + "".join("<td style=\"border:solid #BFBFBF 1.0pt;background:#DDEBF7;padding:2pt 5pt\"><p class=\"MsoNormal\"><b>%s</b></p></td>" % c
                           for c in ("Regel", "Artikel", "Aantal", "Prijs", "Leverdatum", "Opmerking")) + "</tr>\n"
          + tr + "\n</table>\n<p class=\"MsoNormal\">&nbsp;</p>\n"
          "<p class=\"MsoNormal\">Met vriendelijke groet,</p>\n<p class=\"MsoNormal\">&nbsp;</p>\n"
          "<p class=\"MsoNormal\"><b>Ruud van Leeuwen</b><br>Binnendienst<br>Kassendoek Westland B.V.<br>"
          "Middel Broekweg 29, 2675 KB Honselersdijk<br>T +31 174 000 000</p>")
    hb = M.outlook_html(bh, outlook_quote_html("nl", p, 1), "windows-1252", "NL")
    eml = build_reply("nl-shade", "outlook", ("Ruud van Leeuwen", "verkoop@kassendoekwestland.example"),
                      "RE: " + request_subject(p), t, "", p=p, html_body=hb, html_only=True,
                      charset="windows-1252", lang="nl-NL", host="AS8PR04MB8117.eurprd04.prod.outlook.com")
    exp = confirmation(
        "Only an HTML table: line 1 and 3 as ordered ('2.000 st' = 2000, '€ 0,085'); line 2 delivery "
        "08-01-2027 (dd-mm-yyyy).",
        (p, {1: "A", 2: C(p, 2, date="2027-01-08"), 3: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 27
@case("curlingstein-intern-trad-videresendt", "confirmation", "nb-NO",
      "forward of an internal chain (sales -> production -> logistics) with earlier proposals ('alle 16 par "
      "til 18.12?', 'uke 2'); only the note on top is the commitment: 10 pairs 18.12, 6 pairs fredag 15. januar")
def c_nb():
    sup = supplier("NORDCURL", "Nordisk Curling AS", "post@nordiskcurling.example", "nb-NO")
    p = po(4500032333, sup, "ingrid", "NOK", "2026-11-23", [
        ("CS-GRAN-PR", "Curling stones, granite, competition grade, pair", 16, "PR", "11950.00", "2026-12-18"),
        ("CS-BRUSH-PRO", "Curling brush, carbon handle, synthetic pad", 24, "EA", "1245.00", "2026-12-18")])
    t = dt(2026, 11, 30, 14, 15, 9)
    top = """Hei Ingrid,

se tråden under. Vi bekrefter linje 1 slik: 10 par leveres 18.12., de resterende 6 parene fredag 15. januar. Pris som bestilt. Linje 2 (kostene) leveres komplett 18.12. som bestilt.

Mvh
Kari Haugen
Salg
Nordisk Curling AS
Industriveien 4, 2665 Lesja
Tlf. 61 00 00 00"""
    chain = """

________________________________
Fra: Ola Bakken <ola.bakken@nordiskcurling.example>
Sendt: mandag 30. november 2026 13:02
Til: Kari Haugen <kari.haugen@nordiskcurling.example>; Per Nilsen <per.nilsen@nordiskcurling.example>
Emne: SV: VS: Order acknowledgement request - PO 4500032333

Uke 2 er ok fra lageret, vi kjører dem med ordinær bil fredag 15.01.

Ola

________________________________
Fra: Per Nilsen <per.nilsen@nordiskcurling.example>
Sendt: mandag 30. november 2026 10:41
Til: Kari Haugen <kari.haugen@nordiskcurling.example>
Kopi: Ola Bakken <ola.bakken@nordiskcurling.example>
Emne: SV: VS: Order acknowledgement request - PO 4500032333

Kari, vi klarer ikke alle 16 parene før jul, slipingen av løpeflatene tar lengre tid. 10 par kan være klare til 18.12, resten i uke 2.

Per

________________________________
Fra: Kari Haugen <kari.haugen@nordiskcurling.example>
Sendt: fredag 27. november 2026 15:20
Til: Per Nilsen <per.nilsen@nordiskcurling.example>; Ola Bakken <ola.bakken@nordiskcurling.example>
Emne: VS: Order acknowledgement request - PO 4500032333

Hei, kan vi bekrefte alt til 18.12 på denne? Se ordre under. Kostene har vi på lager.

Kari

"""
    q = chain + outlook_quote("nb", p, 1, rule="_" * 32)
    eml = build_reply("no-curling", "outlook", ("Kari Haugen", "kari.haugen@nordiskcurling.example"),
                      "VS: SV: VS: " + request_subject(p), t, top, p=p, quote_text=q, sep="",
                      quote_html=M.text_to_html_paras(chain, "MsoNormal") + outlook_quote_html("nb", p, 1),
                      charset="iso-8859-1", lang="nb-NO", host="GV3P280MB0427.SWEP280.PROD.OUTLOOK.COM",
                      outlook_lang="NO-BOK", in_reply_to="", references="")
    exp = confirmation(
        "Only Kari's note on top commits: line 1 split 10 pairs 2026-12-18 + 6 pairs Friday 2027-01-15 (total "
        "16, PO price). Line 2 complete on 18.12 as ordered. The internal drafts below are not commitments.",
        (p, {1: C(p, 1, date="2027-01-15", schedule=[(10, "2026-12-18"), (6, "2027-01-15")]), 2: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 28
@case("skiwachs-zwei-bestellungen-chf", "confirmation", "de-CH",
      "one reply to the request for PO A that also answers PO B; Swiss CHF 1'240.50 with apostrophe "
      "thousands, dd.mm.yy two-digit years, Swiss spelling (Grüsse); one date moves earlier")
def c_ch():
    sup = supplier("WACHSENG", "Wachswerk Engadin AG", "verkauf@wachswerk-engadin.example", "de-CH")
    pa = po(4500032360, sup, "ingrid", "CHF", "2026-11-23", [
        ("SKW-RACE-HF", "Race glide wax, fluoro-free, 60 g", 100, "EA", "42.50", "2026-12-11"),
        ("SKW-BASE-1KG", "Base wax, training, 1 kg block", 20, "EA", "118.00", "2026-12-11")])
    pb = po(4500032361, sup, "ingrid", "CHF", "2026-11-23", [
        ("SKW-BRUSH-NY", "Nylon brush, oval", 40, "EA", "24.90", "2026-12-11"),
        ("SKW-SCRP-5", "Plexi scraper 5 mm", 100, "EA", "6.80", "2026-12-11"),
        ("SKW-IRON-PRO", "Wax iron, digital, 1000 W", 6, "EA", "1240.50", "2027-01-08")])
    t = dt(2026, 11, 26, 8, 15, 47)
    body = """Grüezi Frau Solberg

Besten Dank für Ihre beiden Bestellungen. Gerne bestätigen wir wie folgt:

Bestellung 4500032360
- Pos. 1 Race Glide Wax 60 g: 100 Stk. à CHF 42.50, Lieferung 11.12.26
- Pos. 2 Basiswachs 1 kg: 20 Stk. à CHF 118.00, Lieferung 11.12.26

Bestellung 4500032361
- Pos. 1 Nylonbürste oval: 40 Stk. à CHF 24.90, Lieferung 11.12.26
- Pos. 2 Plexiklinge 5 mm: 100 Stk., neuer Preis CHF 7.20/Stk. (Preiserhöhung unseres Lieferanten), Lieferung 11.12.26
- Pos. 3 Wachsbügeleisen digital 1000 W: 6 Stk. à CHF 1'240.50, Lieferung bereits am 18.12.26 statt 08.01.27

Freundliche Grüsse

Reto Caflisch
Verkauf Innendienst
Wachswerk Engadin AG
Via da la Staziun 12, 7500 St. Moritz
Tel. +41 81 000 00 00"""
    eml = build_reply("ch-wax", "outlook", ("Reto Caflisch", "verkauf@wachswerk-engadin.example"),
                      "AW: " + request_subject(pa), t, body, p=pa,
                      quote_text=outlook_quote("de", pa, 1), quote_html=outlook_quote_html("de", pa, 1),
                      charset="iso-8859-1", lang="de-CH", host="ZR0P278MB0620.CHEP278.PROD.OUTLOOK.COM",
                      outlook_lang="DE-CH")
    exp = confirmation(
        "Reply threads on PO 4500032360 but answers both POs. A: both lines as ordered. B: line 1 as ordered, "
        "line 2 price CHF 7.20, line 3 delivered earlier on 18.12.26 (CHF 1'240.50 unchanged).",
        (pa, {1: "A", 2: "A"}),
        (pb, {1: "A", 2: C(pb, 2, unit_price="7.20"), 3: C(pb, 3, date="2026-12-18")}))
    return [pa, pb], eml, exp


# ------------------------------------------------------------------ 29
@case("cierges-expedition-vs-livraison", "confirmation", "fr-FR",
      "both a ship date ('expédition le vendredi 11/12') and a delivery date ('livraison ... le mardi "
      "15/12/2026') are given - the delivery date wins; narrow no-break spaces in '2 455,40 €'")
def c_fr():
    sup = supplier("CIERGESA", "Ciergerie Saint-Amand SARL", "commandes@ciergerie-saintamand.example", "fr-FR")
    p = po(4500032402, sup, "ingrid", "EUR", "2026-11-23", [
        ("CIE-PAS-100", "Paschal candle, 100 cm, gold decor", 10, "EA", "118.00", "2026-12-14"),
        ("CIE-ACOL-30", "Acolyte candle, 30 x 3 cm", 500, "EA", "1.85", "2026-12-14"),
        ("CIE-BOB-BR", "Candle bobeche, brass", 24, "EA", "14.60", "2026-12-14")])
    t = dt(2026, 12, 1, 9, 27, 18)
    body = ("Bonjour Madame Solberg,\n\n"
            "Nous vous remercions pour votre commande n° 4500032402, que nous confirmons dans son intégralité : "
            "quantités et prix conformes.\n\n"
            "Expédition le vendredi 11/12 depuis notre atelier ; livraison chez vous prévue le mardi 15/12/2026 "
            "(transporteur Geodis, délai 2 jours ouvrés).\n\n"
            "Montant total HT : 2\u202f455,40\u00a0€\n\n"
            "Bien cordialement,\n\n"
            "Claire Dubois\nService commercial\nCiergerie Saint-Amand\n"
            "12, rue des Cierges – 59230 Saint-Amand-les-Eaux\nTél. : 03 27 00 00 00")
    eml = build_reply("fr-cierges", "outlook", ("Claire Dubois", "commandes@ciergerie-saintamand.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("fr", p, 1), quote_html=outlook_quote_html("fr", p, 1),
                      charset="utf-8", lang="fr-FR", host="PR3PR05MB7003.eurprd05.prod.outlook.com",
                      outlook_lang="FR")
    exp = confirmation(
        "Quantities and prices as ordered; ship date 11/12, delivery date 15/12/2026 - the delivery date wins, "
        "so every line is one day later than requested (2026-12-14).",
        (p, {1: C(p, 1, date="2026-12-15"), 2: C(p, 2, date="2026-12-15"), 3: C(p, 3, date="2026-12-15")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 30
@case("ponteiros-preco-ao-cento", "confirmation", "pt-PT",
      "European Portuguese; prices per hundred ('42,00 € / cento') while the PO is per piece; '2 000 un.' "
      "with space thousands; one price and one date changed")
def c_pt():
    sup = supplier("RINORTE", "Relojoaria Industrial do Norte, Lda.", "comercial@rinorte.example", "pt-PT")
    p = po(4500032433, sup, "tomas", "EUR", "2026-11-23", [
        ("CH-HR-ST-35", "Clock hour hand, blued steel, 35 mm", 2000, "PCS", "0.42", "2026-12-15"),
        ("CH-MN-ST-48", "Clock minute hand, blued steel, 48 mm", 2000, "PCS", "0.46", "2026-12-15"),
        ("CH-SEC-RD-52", "Clock second hand, red, 52 mm", 1500, "PCS", "0.38", "2026-12-15")])
    t = dt(2026, 11, 27, 15, 33, 6, off=0)
    body = """Exmo. Sr. Tomás Herrera,

Agradecemos a sua encomenda n.º 4500032433, que confirmamos nas seguintes condições:

Linha 1 – ponteiros das horas, aço azulado 35 mm: 2 000 un. a 42,00 € / cento – entrega 15/12/2026
Linha 2 – ponteiros dos minutos, aço azulado 48 mm: 2 000 un. a 48,00 € / cento – entrega 15/12/2026
Linha 3 – ponteiros dos segundos, vermelhos 52 mm: 1 500 un. a 38,00 € / cento – entrega 22/12/2026

Com os melhores cumprimentos,

Rui Carvalho
Departamento Comercial
Relojoaria Industrial do Norte, Lda.
Rua do Bonjardim, 455 – 4000-124 Porto
Tel. 22 000 0000"""
    eml = build_reply("pt-hands", "outlook", ("Rui Carvalho", "comercial@rinorte.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("pt", p, 0), quote_html=outlook_quote_html("pt", p, 0),
                      charset="windows-1252", lang="pt-PT", host="DU0PR09MB6123.eurprd09.prod.outlook.com",
                      outlook_lang="PT")
    exp = confirmation(
        "Prices per hundred: 42,00/100 = 0.42 (as ordered), 48,00/100 = 0.48 (was 0.46), 38,00/100 = 0.38. "
        "Line 3 delivery 22/12/2026.",
        (p, {1: "A", 2: C(p, 2, unit_price="0.48"), 3: C(p, 3, date="2026-12-22")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 31
@case("velos-apicultura-caja-de-40", "confirmation", "es-MX",
      "Mexican Spanish; quantity rounded up to full cartons ('se surten 120 piezas, cajas de 40') and "
      "'$1,250.00' with comma thousands in MXN; day named with date but no year")
def c_mx():
    sup = supplier("APIBAJIO", "Apícola del Bajío S.A. de C.V.", "ventas@apicoladelbajio.example", "es-MX")
    p = po(4500032460, sup, "tomas", "MXN", "2026-11-24", [
        ("BV-HAT-MX", "Beekeeping hat with veil, cotton", 100, "EA", "185.00", "2026-12-18"),
        ("BV-JKT-M", "Beekeeping jacket with fencing veil, size M", 30, "EA", "1250.00", "2026-12-18")])
    t = dt(2026, 11, 27, 17, 2, 33, off=-6)
    body = """Buenas tardes Tomás,

Gracias por su orden de compra 4500032460. Le confirmo lo siguiente:

Partida 1: sombrero con velo BV-HAT-MX - se surten 120 piezas (manejamos cajas de 40 pzas. y no podemos abrir caja) a $185.00 c/u, entrega el viernes 18 de diciembre.
Partida 2: chamarra con velo BV-JKT-M - 30 piezas a $1,250.00 c/u, entrega el 18 de diciembre.

Precios más IVA.

Saludos cordiales,

Lic. Alejandra Pérez
Ventas
Apícola del Bajío S.A. de C.V.
Carretera León-Silao km 8.5, León, Gto.
Tel. 477 000 0000"""
    eml = build_reply("mx-veils", "outlook", ("Alejandra Pérez", "ventas@apicoladelbajio.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("es", p, -6), quote_html=outlook_quote_html("es", p, -6),
                      charset="iso-8859-1", lang="es-MX", host="SJ0PR11MB5678.namprd11.prod.outlook.com",
                      outlook_lang="ES-MX")
    exp = confirmation(
        "Line 1: 120 pieces instead of 100 (cartons of 40), price and date unchanged. Line 2 as ordered. "
        "'Precios más IVA' = net prices, same basis as the PO.",
        (p, {1: C(p, 1, quantity=120), 2: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 32
@case("clavos-herradura-celular-voseo", "confirmation", "es-AR",
      "Argentine mobile reply in voseo from Gmail on Android ('Dale, confirmado... el ítem 2 recién el "
      "21/12'); dd/mm without year; no prices repeated")
def c_ar_nails():
    sup = supplier("HPAMPA", "Herrajes Pampa S.R.L.", "ventas@herrajespampa.example", "es-AR")
    p = po(4500032486, sup, "tomas", "ARS", "2026-11-24", [
        ("HN-ARG-5", "Horseshoe nails No. 5, box of 250", 60, "BOX", "12500.00", "2026-12-14"),
        ("HN-ARG-6", "Horseshoe nails No. 6, box of 250", 40, "BOX", "13200.00", "2026-12-14")])
    t = dt(2026, 11, 25, 19, 41, 2, off=-3)
    body = ("Hola Tomás! Dale, confirmado. El ítem 2 te lo puedo despachar recién el 21/12, el ítem 1 sale el 14 "
            "como pediste. Precios los de la OC.\nAbrazo\nMartín\n\nEnviado desde mi Galaxy")
    q = gmail_quote("es", p, -3)
    eml = build_reply("ar-nails", "gmail", ("Martín Giménez", "martin.gimenez.hpampa@gmail.example"),
                      "Re: " + request_subject(p), t, body, p=p, quote_text=q,
                      quote_html=gmail_quote_html("es", p, -3), charset="utf-8", cte="base64",
                      cc=[("Herrajes Pampa Ventas", "ventas@herrajespampa.example")])
    exp = confirmation(
        "Sent from the salesman's private Gmail with the company address in Cc. Line 1 on the 14th as asked; "
        "line 2 only ships 21/12 (ship date = date). Prices 'los de la OC' = as ordered.",
        (p, {1: "A", 2: C(p, 2, date="2026-12-21")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 33
@case("rock-lobster-pots-half-now-half-jan", "confirmation", "en-AU",
      "Australian English; line split into 30 'dispatching 17/12' and 30 going out '12/01/27' (dd/mm/yy); "
      "dispatch dates only; '$' meaning AUD")
def c_au():
    sup = supplier("GERPOT", "Geraldton Pot Co. Pty Ltd", "sales@geraldtonpot.example", "en-AU")
    p = po(4500032511, sup, "ingrid", "AUD", "2026-11-24", [
        ("RLP-BEEHIVE", "Rock lobster pot, beehive cane style", 60, "EA", "265.00", "2026-12-17"),
        ("RLP-NECK-PL", "Pot neck, plastic, 6 in", 120, "EA", "18.50", "2026-12-17")])
    t = dt(2026, 11, 30, 16, 5, 12, off=8)
    body = """G'day Ingrid,

Thanks for the order (PO 4500032511). We can do:

Line 1 - beehive pots: 30 ready to go, dispatching 17/12. The other 30 will go out 12/01/27 once the cane comes in. Price stays $265.00 ea.
Line 2 - plastic necks: all 120 @ $18.50 on the 17/12 dispatch.

Cheers,
Shane O'Brien
Geraldton Pot Co. Pty Ltd
14 Fishing Boat Harbour Rd, Geraldton WA 6530
Ph 08 9900 0000 | ABN 12 345 678 901"""
    eml = build_reply("au-pots", "outlook", ("Shane O'Brien", "sales@geraldtonpot.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("en", p, 8, fmt_lang="en-GB"),
                      quote_html=outlook_quote_html("en", p, 8, fmt_lang="en-GB"),
                      charset="us-ascii", cte="7bit", lang="en-AU",
                      host="SY4P282MB1234.AUSP282.PROD.OUTLOOK.COM", outlook_lang="EN-AU")
    exp = confirmation(
        "Line 1 split: 30 dispatched 17/12/2026, 30 on 12/01/27 = 2027-01-12 (dd/mm/yy); dispatch dates are "
        "the dates. Line 2 as ordered.",
        (p, {1: C(p, 1, date="2027-01-12", schedule=[(30, "2026-12-17"), (30, "2027-01-12")]), 2: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 34
@case("rickshaw-wheels-za-year-first", "confirmation", "en-ZA",
      "South African year-first dates (2026/12/15) and 'R 1 150,00' with space thousands and comma "
      "decimal; POPIA disclaimer; one line with new price and later date")
def c_za():
    sup = supplier("DURBCYC", "Durban Cycle & Rickshaw Works (Pty) Ltd", "sales@durbancycle.example", "en-ZA")
    p = po(4500032544, sup, "priya", "ZAR", "2026-11-24", [
        ("RW-26-SPOKE", "Rickshaw wheel 26 in, 36-spoke, steel rim", 40, "EA", "1150.00", "2026-12-15"),
        ("RW-HUB-RR", "Rear hub, heavy duty", 40, "EA", "420.00", "2026-12-15"),
        ("RW-TYRE-26", "Tyre 26 x 2.125, puncture resistant", 80, "EA", "189.00", "2026-12-15")])
    t = dt(2026, 11, 27, 10, 44, 51, off=2)
    body = """Good day Priya

Herewith our confirmation of PO 4500032544:

1. 26" rickshaw wheels: 40 @ R 1 150,00 - delivery 2026/12/15
2. Rear hubs HD: 40 @ R 420,00 - delivery 2026/12/15
3. Tyres 26 x 2.125: 80 @ R 198,00 (price increase effective 1 December) - delivery 2027/01/12

Kind regards

Thandi Nkosi
Sales Administrator
Durban Cycle & Rickshaw Works (Pty) Ltd
22 Jacobs Road, Mobeni, Durban 4092
Tel: +27 31 000 0000 | Reg. No. 2001/000000/07

Disclaimer: This e-mail and its attachments are confidential and may contain personal information as defined in the Protection of Personal Information Act (POPIA). If you are not the intended recipient, please notify the sender and delete this e-mail."""
    eml = build_reply("za-wheels", "outlook", ("Thandi Nkosi", "sales@durbancycle.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("en", p, 2, fmt_lang="en-GB"),
                      quote_html=outlook_quote_html("en", p, 2, fmt_lang="en-GB"),
                      charset="us-ascii", cte="7bit", lang="en-ZA",
                      host="JN2P275MB0456.ZAFP275.PROD.OUTLOOK.COM", outlook_lang="EN-ZA")
    exp = confirmation(
        "yyyy/mm/dd dates. Lines 1-2 as ordered. Line 3: R 198,00 (was 189.00) and 2027-01-12.",
        (p, {1: "A", 2: "A", 3: C(p, 3, unit_price="198.00", date="2027-01-12")}))
    return [p], eml, exp


# ------------------------------------------------------------------ 35
@case("weblitzen-kw-53", "confirmation", "de-DE",
      "ERP-style table with positions 10/20/30, 'KW 53/2026' (2026 has an ISO week 53: Friday = "
      "2027-01-01) and 'KW 01/2027'; price '0,1160 €/St' vs PO 0.118; '0,0640' equals 0.064")
def c_de_kw53():
    sup = supplier("LITZEN", "Süddeutsche Webgeschirr GmbH", "vertrieb@webgeschirr-sued.example", "de-DE")
    p = po(4500032577, sup, "ingrid", "EUR", "2026-11-24", [
        ("LH-GB-280", "Steel wire heddle, 280 mm, for dobby loom", 5000, "PCS", "0.118", "2026-12-23"),
        ("LH-DR-165", "Drop wire, 165 x 11 x 0.2 mm", 3000, "PCS", "0.064", "2026-12-23"),
        ("LH-FR-SHAFT", "Heddle frame shaft rod, aluminium, 1800 mm", 4, "EA", "186.00", "2027-01-08")])
    t = dt(2026, 12, 1, 15, 52, 14)
    body = """Guten Tag Frau Solberg,

zu Ihrer Bestellung 4500032577 bestätigen wir wie folgt:

Pos.  Artikel       Bezeichnung                    Menge    Preis          Liefertermin
10    LH-GB-280     Stahldrahtlitze 280 mm         5.000 St 0,1160 EUR/St  KW 53/2026
20    LH-DR-165     Lamelle 165 x 11 x 0,2 mm      3.000 St 0,0640 EUR/St  KW 53/2026
30    LH-FR-SHAFT   Schaftstab Alu 1.800 mm            4 St 186,00 EUR/St  KW 01/2027

Lieferung frei Haus, Zahlung 30 Tage netto.

Mit freundlichen Grüßen

Sabine Maier
Vertriebsinnendienst
Süddeutsche Webgeschirr GmbH
Gewerbestraße 5, 72458 Albstadt
Tel. +49 7431 000-0
Sitz der Gesellschaft: Albstadt, Registergericht Stuttgart HRB 000000"""
    eml = build_reply("de-kw53", "outlook", ("Maier, Sabine", "vertrieb@webgeschirr-sued.example"),
                      "AW: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("de", p, 1), quote_html=outlook_quote_html("de", p, 1),
                      charset="iso-8859-1", lang="de-DE", host="BE1P281MB2011.DEUP281.PROD.OUTLOOK.COM",
                      outlook_lang="DE")
    kw53 = week_day(2026, 53)
    exp = confirmation(
        "2026 has 53 ISO weeks: KW 53/2026 -> Friday 2027-01-01; KW 01/2027 -> Friday 2027-01-08 (= requested). "
        "Line 1 price 0.116 (PO 0.118) and KW 53; line 2 price 0,0640 = 0.064 unchanged, KW 53; line 3 as ordered.",
        (p, {1: C(p, 1, unit_price="0.1160", date=kw53), 2: C(p, 2, date=kw53), 3: "A"}))
    return [p], eml, exp


# ------------------------------------------------------------------ 36
@case("cherkovni-svesht-cp1251-pozitsia-otkaz", "confirmation", "bg-BG",
      "Bulgarian in windows-1251 with „“ quotes; prices in euro (Bulgaria uses EUR since 2026) with "
      "'0,24 €'; line 3 declined with the reason in brackets; dates '21.12.2026 г.'")
def c_bg():
    sup = supplier("SVNIKOLA", "Vosachna rabotilnitsa Sv. Nikola OOD", "office@svnikola-svesht.example", "bg-BG")
    p = po(4500032601, sup, "ingrid", "EUR", "2026-11-24", [
        ("CC-ORTH-35", "Church candle, beeswax, 35 cm, thin", 5000, "PCS", "0.24", "2026-12-21"),
        ("CC-ORTH-60", "Church candle, beeswax, 60 cm", 1000, "PCS", "1.35", "2026-12-21"),
        ("CC-LAMP-FLT", "Oil lamp wick float, box of 100", 50, "BOX", "3.80", "2026-12-21")])
    t = dt(2026, 11, 30, 11, 8, 30, off=2)
    body = """Уважаема г-жо Солберг,

Благодарим Ви за поръчка № 4500032601. Потвърждаваме я, както следва:

1. Восъчни свещи 35 см (CC-ORTH-35) – 5 000 бр. по 0,24 € – доставка 21.12.2026 г.
2. Восъчни свещи 60 см (CC-ORTH-60) – 1 000 бр. по 1,35 € – доставка 21.12.2026 г.
3. Плувки за кандило (CC-LAMP-FLT) – за съжаление не можем да изпълним тази позиция (доставчикът ни спря производството им).

С уважение,
Петя Иванова
Търговски отдел
Восъчна работилница „Св. Никола“ ООД
гр. Троян, ул. „Васил Левски“ 14
тел. +359 670 0 00 00"""
    eml = build_reply("bg-candles", "outlook", ("Петя Иванова", "office@svnikola-svesht.example"),
                      "RE: " + request_subject(p), t, body, p=p,
                      quote_text=outlook_quote("bg", p, 2), quote_html=outlook_quote_html("bg", p, 2),
                      charset="windows-1251", lang="bg-BG", host="VI1PR08MB5541.eurprd08.prod.outlook.com",
                      outlook_lang="BG")
    exp = confirmation(
        "Lines 1-2 as ordered ('5 000 бр.', '0,24 €'). Line 3 declined: 'не можем да изпълним тази позиция "
        "(доставчикът ни спря производството им)'.",
        (p, {1: "A", 2: "A", 3: "R"}))
    return [p], eml, exp
