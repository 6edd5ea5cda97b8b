from .common import (case, supplier, PO, acc, chg, REJ, UNC, conf, expected, kw, plus,
                     maildate, request_subject, request_body, request_html_table, gt_quote,
                     outlook_quote, text, html, attachment, multipart, message, make_pdf, raw_part,
                     esc, BUYERS)


# ------------------------------------------------------------------ 019
@case(19, "hoof-nippers-turkish-next-thursday", "tr-TR",
      "Turkish cp1254 reply: prices/qty as ordered but shipping 'önümüzdeki Perşembe' (a ship date weeks before need-by)")
def c019():
    s = supplier("ANADOLUNAL", "Anadolu Nalbant Aletleri San. Tic. Ltd. Şti.", "satis@anadolunalbant.example", "tr-TR")
    po = PO(4500031019, s, "EUR", "2026-11-17", [
        ("HN-14", "Hoof nipper 14 in, forged, double-sided", 40, "EA", "18.60", "2026-12-14"),
        ("HN-12", "Hoof nipper 12 in, pony", 25, "EA", "15.90", "2026-12-14"),
    ], buyer="jonas")
    body = ("Merhaba Jonas Bey,\n\n4500031019 nolu siparişiniz onaylanmıştır. Her iki kalem de stokta mevcut, "
            "adet ve fiyatlar siparişinizdeki gibidir (40 adet x 18,60 EUR ve 25 adet x 15,90 EUR).\n"
            "Sevkiyatı önümüzdeki Perşembe yapıyoruz.\n\n"
            "Saygılarımla,\nMehmet Yılmaz\nİhracat Sorumlusu\nAnadolu Nalbant Aletleri San. Tic. Ltd. Şti.\n"
            "Tel: +90 332 345 67 89 | Faks: +90 332 345 67 90 | Vergi No: 0680123456\n\n"
            "Kimden: Jonas Keller <jonas.keller@buyer.example>\nGönderildi: 17 Kasım 2026 Salı 11:14\n"
            "Kime: satis@anadolunalbant.example\nKonu: " + request_subject(po) + "\n\n" + request_body(po) + "\n")
    eml = message(("Mehmet Yılmaz", "mehmet.yilmaz@anadolunalbant.example"), ("Jonas Keller", po["buyer"]["email"]),
                  "YNT: " + request_subject(po), maildate(2026, 11, 20, 11, 5, 180),
                  "<000001db3a4b$2c3d4e50$84b7eaf0$@anadolunalbant.example>",
                  text(body, charset="windows-1254"), reply_to_po=po)
    exp = expected("confirmation", "Mail is Friday 2026-11-20; 'önümüzdeki Perşembe' = Thursday 2026-11-26, a ship date and "
                   "the only date given, so date = 2026-11-26 for both lines (earlier than 2026-12-14) -> changed.",
                   [conf(po, {1: chg(po, 1, date="2026-11-26"), 2: chg(po, 2, date="2026-11-26")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 020
@case(20, "sieve-mesh-dutch-inline-answers", "nl-NL",
      "Dutch answers typed between our '>'-quoted PO lines: OK, 'wk 2' for one line, the frame no longer available")
def c020():
    s = supplier("ZEEFTWENTE", "Zeefdoek Twente B.V.", "verkoop@zeefdoek-twente.example", "nl-NL")
    po = PO(4500031020, s, "EUR", "2026-11-11", [
        ("SV-100", "Sieve mesh 100 micron nylon, 1.02 m", 50, "M", "8.40", "2026-12-09"),
        ("SV-250", "Sieve mesh 250 micron nylon, 1.02 m", 50, "M", "6.10", "2026-12-09"),
        ("SV-FR30", "Sieve frame 30 cm, stainless", 12, "EA", "24.00", "2026-12-09"),
    ])
    q = gt_quote(request_body(po)).split("\n")
    out = []
    for ln in q:
        out.append(ln)
        if ln.startswith("> 1 "):
            out.append("OK")
        elif ln.startswith("> 2 "):
            out.append("-> prijs ok, levering wordt wk 2 (2027)")
        elif ln.startswith("> 3 "):
            out.append("-> helaas niet meer leverbaar, opvolger is SV-FR31 a EUR 26,50. Hoor graag of u die wilt,")
            out.append("   dan graag een aparte bestelling.")
    body = ("Goedemiddag Dana,\n\nZie mijn antwoorden hieronder tussen de regels.\n\nMet vriendelijke groet,\n"
            "Henk Bosman\nBinnendienst | Zeefdoek Twente B.V.\nT +31 (0)74 250 31 40 | KvK 06012345 | "
            "BTW NL001234567B01\n\n"
            "Op 11-11-2026 om 09:14 schreef Dana Ruiz:\n" + "\n".join(out) + "\n")
    eml = message(("Henk Bosman", "h.bosman@zeefdoek-twente.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 12, 14, 22),
                  "<a3f1e2d4-77c0-4d2a-b1e9-0c5d6e7f8a90@zeefdoek-twente.example>",
                  text(body, charset="utf-8", cte="8bit"), reply_to_po=po,
                  extra=[("User-Agent", "Mozilla Thunderbird")])
    exp = expected("confirmation", "Inline answers under each quoted line. Line 1 'OK' = as ordered. Line 2 price ok, delivery "
                   "week 2 2027 -> Friday 2027-01-15 -> changed. Line 3 no longer available (successor needs a separate "
                   "order) -> rejected.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date=kw(2027, 2)), 3: REJ})])
    return [po], eml, exp


# ------------------------------------------------------------------ 021
@case(21, "nib-holders-flemish-will-revert", "nl-BE",
      "Flemish reply: waiting for the Japanese maker, 'ten laatste vrijdag 20/11' is a promise to answer, not a delivery date")
def c021():
    s = supplier("PENNENHUIS", "Pennenhuis Brugge BV", "info@pennenhuis.example", "nl-BE")
    po = PO(4500031021, s, "EUR", "2026-11-13", [
        ("NH-OB", "Oblique nib holder, pear wood", 40, "EA", "12.50", "2026-12-18"),
        ("NH-ST", "Straight nib holder, ebonite", 60, "EA", "7.80", "2026-12-18"),
    ])
    body = ("Dag Dana,\n\nBedankt voor uw bestelling 4500031021.\n\nOnze leverancier in Japan heeft de levering van "
            "de ebonieten pennenhouders nog niet bevestigd, en voor de schuine houders in perenhout wacht ik op "
            "de nieuwe prijslijst 2027. Ik laat u ten laatste vrijdag 20/11 iets weten voor beide posities.\n\n"
            "Met vriendelijke groeten,\nWout Peeters\nPennenhuis Brugge BV\nSteenstraat 48, 8000 Brugge\n"
            "Tel. 050 33 12 90 | BTW BE 0456.123.789\n\n"
            "Van: Dana Ruiz <dana.ruiz@buyer.example>\nVerzonden: vrijdag 13 november 2026 9:14\n"
            "Aan: info@pennenhuis.example\nOnderwerp: " + request_subject(po) + "\n\n" + request_body(po) + "\n")
    eml = message(("Wout Peeters", "wout@pennenhuis.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 16, 10, 48),
                  "<DB7PR07MB5610F1E2D3C4B5A6@DB7PR07MB5610.eurprd07.prod.outlook.com>",
                  text(body, charset="windows-1252"), reply_to_po=po)
    exp = expected("needs_review", "Human reply that commits to nothing yet: delivery and price are still open; 20/11 is the "
                   "date by which they will answer.")
    return [po], eml, exp


# ------------------------------------------------------------------ 022
@case(22, "banjo-strings-swedish-csv-moq", "sv-SE",
      "Short Swedish mail with a semicolon CSV order confirmation (cp1252, decimal comma); line 2 raised to MOQ 100")
def c022():
    s = supplier("STRANGVERK", "Strängverket i Göteborg AB", "order@strangverket.example", "sv-SE")
    po = PO(4500031022, s, "SEK", "2026-11-10", [
        ("BS-5L", "Banjo string set 5-string, light", 120, "SET", "89.00", "2026-12-18"),
        ("BS-5M", "Banjo string set 5-string, medium", 80, "SET", "89.00", "2026-12-18"),
        ("BS-4T", "Tenor banjo string set 4-string", 40, "SET", "109.00", "2027-01-08"),
    ], buyer="mette")
    csv = ("Ordernr;Kundens ordernr;Rad;Artikelnr;Benämning;Antal;Enhet;À-pris;Valuta;Leveransdatum\r\n"
           "30118;4500031022;1;BS-5L;Banjosträngar 5-str light;120;SET;89,00;SEK;2026-12-18\r\n"
           "30118;4500031022;2;BS-5M;Banjosträngar 5-str medium;100;SET;89,00;SEK;2026-12-18\r\n"
           "30118;4500031022;3;BS-4T;Tenorbanjo 4-str;40;SET;109,00;SEK;2027-01-08\r\n").encode("cp1252")
    body = ("Hej Mette!\n\nBifogar orderbekräftelse 30118 på er order 4500031022.\n"
            "Obs: rad 2 har vi höjt till 100 set, det är vår minsta orderkvantitet för medium.\n\n"
            "Mvh\nElin Lindqvist\nSträngverket i Göteborg AB\nOrg.nr 556123-4567 | 031-711 23 40\n")
    root = multipart("mixed", [text(body, charset="iso-8859-1"),
                               attachment(csv, "text/csv; charset=\"windows-1252\"", "Orderbekraftelse_30118.csv")])
    eml = message(("Elin Lindqvist", "elin@strangverket.example"), ("Mette Holm", po["buyer"]["email"]),
                  "SV: " + request_subject(po), maildate(2026, 11, 11, 8, 37),
                  "<HE1PR05MB3321A9B8C7D6E5F4@HE1PR05MB3321.eurprd05.prod.outlook.com>", root, reply_to_po=po)
    exp = expected("confirmation", "The CSV is the confirmation. Rows 1 and 3 match the PO. Row 2 is 100 SET (MOQ) instead "
                   "of 80 at the same price and date -> changed quantity.",
                   [conf(po, {1: "acc", 2: chg(po, 2, quantity=100), 3: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 023
@case(23, "anchor-shackles-norwegian-ooo", "nb-NO",
      "Norwegian holiday autoreply naming a return date and an order desk phone number")
def c023():
    s = supplier("FJORDKJET", "Fjordkjetting AS", "ordre@fjordkjetting.example", "nb-NO")
    po = PO(4500031023, s, "NOK", "2026-11-18", [
        ("AS-13", "Anchor shackle 13 mm, galvanised", 100, "EA", "42.00", "2027-01-12"),
        ("AS-19", "Anchor shackle 19 mm, galvanised", 40, "EA", "96.00", "2027-01-12"),
    ], buyer="mette")
    body = ("Takk for din e-post.\n\nJeg er på ferie til og med 29. november og har ikke tilgang til e-post. "
            "Henvendelser om ordre kan sendes til ordre@fjordkjetting.example eller tlf. 57 82 44 00.\n\n"
            "Thank you for your e-mail. I am on holiday until 29 November. For orders please contact "
            "ordre@fjordkjetting.example or +47 57 82 44 00.\n\nMed vennlig hilsen\nKari Nordheim\nFjordkjetting AS\n")
    eml = message(("Kari Nordheim", "kari.nordheim@fjordkjetting.example"), ("Mette Holm", po["buyer"]["email"]),
                  "Automatisk svar: " + request_subject(po), maildate(2026, 11, 18, 9, 15),
                  "<7c0f4b21e9a84d1c@fjordkjetting.example>", text(body, charset="iso-8859-1"), reply_to_po=po,
                  extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")])
    exp = expected("auto_reply", "Holiday autoreply; '29. november' is the return date, not a delivery date.")
    return [po], eml, exp


# ------------------------------------------------------------------ 024
@case(24, "shackles-ratchets-danish-two-pos", "da-DK",
      "One Danish mail answers two POs: the first fully ok, the second with line 2 in 'uge 3'")
def c024():
    s = supplier("HSSKIB", "Hvide Sande Skibsudstyr ApS", "salg@hs-skibsudstyr.example", "da-DK")
    a = PO(4500031024, s, "EUR", "2026-11-12", [
        ("AS-08", "Anchor shackle 8 mm, galvanised", 300, "EA", "0.95", "2026-12-11"),
        ("AS-12", "Anchor shackle 12 mm, galvanised", 150, "EA", "2.10", "2026-12-11"),
    ], buyer="mette")
    b = PO(4500031124, s, "EUR", "2026-11-12", [
        ("RR-48", "Rope ratchet 1/2 in, 150 kg", 60, "PC", "9.75", "2027-01-08"),
        ("RR-25", "Rope ratchet 1/4 in, 68 kg", 100, "PC", "4.10", "2027-01-08"),
    ], buyer="mette")
    body = ("Hej Mette\n\nTak for ordrerne. Vi bekræfter begge:\n\n"
            "Ordre 4500031024: alt ok som bestilt, levering 11/12.\n"
            "Ordre 4500031124: linje 1 ok. Linje 2 (RR-25) kan først leveres i uge 3, pris uændret.\n\n"
            "Venlig hilsen\nJesper Madsen\nHvide Sande Skibsudstyr ApS\nTlf. 97 31 12 44 | CVR 12345678\n\n"
            "Fra: Mette Holm <mette.holm@buyer.example>\nSendt: 12. november 2026 09:14\n"
            "Til: salg@hs-skibsudstyr.example\nEmne: " + request_subject(a) + "\n\n" + request_body(a) + "\n")
    eml = message(("Jesper Madsen", "jm@hs-skibsudstyr.example"), ("Mette Holm", a["buyer"]["email"]),
                  "SV: " + request_subject(a), maildate(2026, 11, 13, 13, 2),
                  "<AM9PR02MB7154E8D9C0B1A2F3@AM9PR02MB7154.eurprd02.prod.outlook.com>",
                  text(body, charset="iso-8859-1"), reply_to_po=a)
    exp = expected("confirmation", "Two POs in one mail (thread is PO 4500031024). 4500031024 fully as ordered. 4500031124: "
                   "line 1 ok; line 2 'uge 3' = ISO week 3 2027 -> Friday 2027-01-22, price unchanged -> changed.",
                   [conf(a, {1: "acc", 2: "acc"}),
                    conf(b, {1: "acc", 2: chg(b, 2, date=kw(2027, 3))})])
    return [a, b], eml, exp


# ------------------------------------------------------------------ 025
@case(25, "lamp-wicks-finnish-week-split", "fi-FI",
      "Finnish split by weeks (300 rll vko 50, loput 200 vko 2/2027) while the other line ships week 50 as asked")
def c025():
    s = supplier("VALOKUT", "Valo-Kutomo Oy", "myynti@valokutomo.example", "fi-FI")
    po = PO(4500031025, s, "EUR", "2026-11-09", [
        ("LW-14", "Flat lamp wick 14 mm cotton, 10 m roll", 500, "ROL", "2.40", "2026-12-11"),
        ("LW-7R", "Round lamp wick 7 mm, 5 m roll", 200, "ROL", "1.95", "2026-12-11"),
    ])
    body = ("Hei Dana,\n\nkiitos tilauksesta 4500031025. Vahvistamme sen seuraavasti:\n\n"
            "Rivi 1, LW-14: toimitamme 300 rll viikolla 50 ja loput 200 rll viikolla 2/2027, hinta 2,40 €/rll.\n"
            "Rivi 2, LW-7R: 200 rll viikolla 50, hinta 1,95 €/rll.\n\n"
            "Ystävällisin terveisin\nSanna Virtanen\nmyyntipalvelu | Valo-Kutomo Oy\npuh. 040 512 3344 | "
            "Y-tunnus 1234567-8\n\n"
            "Lähettäjä: Dana Ruiz <dana.ruiz@buyer.example>\nLähetetty: maanantai 9. marraskuuta 2026 10.14\n"
            "Vastaanottaja: myynti@valokutomo.example\nAihe: " + request_subject(po) + "\n\n" + request_body(po) + "\n")
    eml = message(("Sanna Virtanen", "sanna.virtanen@valokutomo.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "VS: " + request_subject(po), maildate(2026, 11, 10, 15, 12, 120),
                  "<HE1P190MB0412C3D2E1F0A9B8@HE1P190MB0412.EURP190.PROD.OUTLOOK.COM>",
                  text(body, charset="iso-8859-15"), reply_to_po=po)
    exp = expected("confirmation", "Weeks without a day -> Friday. Line 1: 300 in week 50 (2026-12-11) + 200 in week 2/2027 "
                   "(2027-01-15) -> changed with schedule, total 500. Line 2: week 50 = 2026-12-11 = requested -> accepted.",
                   [conf(po, {1: chg(po, 1, date=kw(2027, 2), schedule=[(300, kw(2026, 50)), (200, kw(2027, 2))]),
                              2: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 026
@case(26, "jigsaw-blades-exim-mailbox-full", "et-EE",
      "Exim non-MIME bounce ('Mail delivery failed') carrying a full copy of our PO request")
def c026():
    s = supplier("TLNTOOL", "Tallinna Tööriistad OÜ", "myyk@tooriistad.example", "et-EE")
    po = PO(4500031026, s, "EUR", "2026-11-16", [
        ("JB-T144D", "Jigsaw blade T144D, fast wood", 1500, "PC", "0.48", "2026-12-21"),
    ], buyer="jonas")
    orig = ("Return-path: <jonas.keller@buyer.example>\nReceived: from mail.buyer.example ([194.25.11.20])\n"
            "\tby mx.tooriistad.example with esmtps (Exim 4.96)\n\tid 1tCq2h-0004Xy-1M\n"
            "\tfor myyk@tooriistad.example; Mon, 16 Nov 2026 10:14:07 +0200\n"
            "From: Jonas Keller <jonas.keller@buyer.example>\nTo: myyk@tooriistad.example\n"
            "Subject: " + request_subject(po) + "\nDate: Mon, 16 Nov 2026 09:14:02 +0100\n"
            "Message-ID: " + po["request_message_id"] + "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
            + request_body(po) + "\n")
    body = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent "
            "error. The following address(es) failed:\n\n  myyk@tooriistad.example\n"
            "    mailbox is full: retry timeout exceeded\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n" + orig)
    eml = message(("Mail Delivery System", "Mailer-Daemon@mx.tooriistad.example"), po["buyer"]["email"],
                  "Mail delivery failed: returning message to sender", maildate(2026, 11, 20, 10, 16, 120),
                  "<E1tDy7c-0007Qa-2B@mx.tooriistad.example>",
                  raw_part("text/plain; charset=utf-8", body, "8bit"), mime_version=False,
                  extra=[("^Return-path", "<>"), ("X-Failed-Recipients", "myyk@tooriistad.example"),
                         ("Auto-Submitted", "auto-replied")])
    exp = expected("bounce", "Exim failure report (mailbox full, retry timeout); the PO table below is our own returned "
                   "message.")
    return [po], eml, exp


# ------------------------------------------------------------------ 027
@case(27, "piano-hinges-latvian-surcharge", "lv-LV",
      "Latvian ISO-8859-13 confirmation with a '+4 % izejvielu piemaksa' steel surcharge on all lines")
def c027():
    s = supplier("RIGASFURN", "Rīgas Furnitūra SIA", "pardosana@rigasfurnitura.example", "lv-LV")
    po = PO(4500031027, s, "EUR", "2026-11-10", [
        ("PH-600", "Piano hinge 600 mm, steel, zinc plated", 500, "PC", "1.75", "2026-12-16"),
        ("PH-1200", "Piano hinge 1200 mm, steel, zinc plated", 250, "PC", "3.20", "2026-12-16"),
    ], buyer="tomas")
    body = ("Labdien, Tomas!\n\nApstiprinām pasūtījumu Nr. 4500031027. Daudzumi un piegādes datums 16.12.2026 "
            "paliek bez izmaiņām.\nSakarā ar tērauda cenu kāpumu visām pozīcijām tiek piemērota izejvielu "
            "piemaksa +4 % no pasūtījuma cenas.\n\n"
            "Ar cieņu\nLīga Ozola\nPārdošanas nodaļa | Rīgas Furnitūra SIA\nReģ. Nr. 40003123456 | "
            "Tālr. +371 67 123 456\n")
    eml = message(("Līga Ozola", "liga.ozola@rigasfurnitura.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 12, 9, 44, 120),
                  "<20261112074455.51B2E3F4@rigasfurnitura.example>",
                  text(body, charset="iso-8859-13"), reply_to_po=po)
    exp = expected("confirmation", "Quantities and date unchanged; +4 % surcharge on the PO price: 1.75 -> 1.82, "
                   "3.20 -> 3.328 -> both changed.",
                   [conf(po, {1: chg(po, 1, unit_price="1.82"), 2: chg(po, 2, unit_price="3.328")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 028
@case(28, "orchard-ladder-lithuanian-prepayment", "lt-LT",
      "Lithuanian cp1257 reply: will confirm only after 50 % prepayment and asks whether we agree")
def c028():
    s = supplier("SODOKOP", "UAB Sodo Kopėčios", "prekyba@sodokopecios.example", "lt-LT")
    po = PO(4500031028, s, "EUR", "2026-11-16", [
        ("OL-08", "Orchard ladder 8 steps, alu tripod", 20, "EA", "118.00", "2027-02-10"),
        ("OL-SH", "Ladder foot shoe, rubber, set of 3", 20, "SET", "9.50", "2027-02-10"),
    ], buyer="tomas")
    body = ("Laba diena,\n\nDėkojame už užsakymą Nr. 4500031028. Prekės yra gaminamos, terminas 2027-02-10 "
            "mums tinka.\nKadangi tai pirmasis Jūsų užsakymas, užsakymą patvirtinsime tik gavę 50 % išankstinį "
            "apmokėjimą. Prašome patvirtinti, ar sutinkate su šia sąlyga, tuomet atsiųsime išankstinę sąskaitą.\n\n"
            "Pagarbiai\nRūta Kazlauskienė\nUAB Sodo Kopėčios | Įm. k. 301234567 | Tel. +370 37 45 67 89\n")
    eml = message(("Rūta Kazlauskienė", "ruta@sodokopecios.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 17, 11, 31, 120),
                  "<000d01db3812$ab12cd34$01f2e3d4$@sodokopecios.example>",
                  text(body, charset="windows-1257"), reply_to_po=po)
    exp = expected("needs_review", "They will confirm only after a 50 % prepayment and ask whether we accept that condition; "
                   "'terminas mums tinka' is not yet a commitment. Needs a buyer's decision.")
    return [po], eml, exp


# ------------------------------------------------------------------ 029
@case(29, "drill-chucks-ukrainian-ship-by", "uk-UA",
      "Ukrainian cp1251 base64 full confirmation with only a ship-by date without year ('до 22 грудня')")
def c029():
    s = supplier("PATRONINS", "TOV Patron-Instrument", "prodazh@patron-instr.example", "uk-UA")
    po = PO(4500031029, s, "EUR", "2026-11-13", [
        ("DC-10", "Keyed drill chuck 1.5-10 mm, 3/8-24 UNF", 150, "EA", "4.60", "2026-12-22"),
        ("DC-13", "Keyed drill chuck 1.5-13 mm, 1/2-20 UNF", 150, "EA", "5.30", "2026-12-22"),
    ], buyer="jonas")
    body = ("Доброго дня, пане Йонасе!\n\nПідтверджуємо замовлення № 4500031029 у повному обсязі:\n"
            "- DC-10 - 150 шт. по 4,60 EUR\n- DC-13 - 150 шт. по 5,30 EUR\n\n"
            "Відвантаження зі складу у Дніпрі - до 22 грудня.\n\n"
            "З повагою,\nОксана Коваленко\nменеджер ЗЕД\nТОВ \"Патрон-Інструмент\", код ЄДРПОУ 41234567\n"
            "тел. +380 56 789 12 34, +380 67 123 45 67\n")
    eml = message(("Оксана Коваленко", "o.kovalenko@patron-instr.example"), ("Jonas Keller", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 16, 12, 20, 120),
                  "<002b01db380c$91a2b3c4$b4e6f7a8$@patron-instr.example>",
                  text(body, charset="windows-1251", cte="base64"), reply_to_po=po, subject_charset="windows-1251")
    exp = expected("confirmation", "Full confirmation at PO prices; only a ship date is given ('до 22 грудня', no year -> "
                   "2026-12-22), which equals the requested date -> accepted.",
                   [conf(po, {1: "acc", 2: "acc"})])
    return [po], eml, exp


# ------------------------------------------------------------------ 030
@case(30, "mortar-pans-serbian-three-weeks", "sr-RS",
      "Serbian Cyrillic reply: delivery 'за три недеље' from the mail date (earlier than asked) and a new price for one line")
def c030():
    s = supplier("GRADJOPR", "Gradjevinska oprema Nis d.o.o.", "prodaja@gradjoprema.example", "sr-RS")
    po = PO(4500031030, s, "EUR", "2026-11-19", [
        ("MP-90", "Mortar pan 90 L steel with handles", 40, "EA", "18.50", "2026-12-21"),
        ("MP-60", "Mortar pan 60 L, rubber", 60, "EA", "11.20", "2026-12-21"),
    ], buyer="tomas")
    body = ("Поштовани,\n\nПотврђујемо поруџбину бр. 4500031030:\n\n"
            "1. MP-90 корито за малтер 90 л, челично - 40 ком, 18,50 EUR/ком\n"
            "2. MP-60 корито 60 л, гумено - 60 ком, нова цена 11,90 EUR/ком (поскупљење сировине)\n\n"
            "Испорука за обе ставке за три недеље од данас.\n\n"
            "Срдачан поздрав,\nДраган Јовановић\nГрађевинска опрема Ниш д.о.о. | ПИБ 101234567\n"
            "тел. 018 4512 300 | моб. 064 123 4567\n")
    eml = message(("Драган Јовановић", "dragan@gradjoprema.example"), ("Tomas Ferreira", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 24, 8, 50),
                  "<7a1b2c3d-4e5f-4061-8728-394a5b6c7d8e@gradjoprema.example>",
                  text(body, charset="utf-8", cte="base64"), reply_to_po=po)
    exp = expected("confirmation", "Mail dated 2026-11-24; 'за три недеље од данас' = +21 days = 2026-12-15, earlier than the "
                   "requested 2026-12-21 -> both lines changed date; line 2 also new price 11.90.",
                   [conf(po, {1: chg(po, 1, date="2026-12-15"), 2: chg(po, 2, unit_price="11.90", date="2026-12-15")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 031
@case(31, "torque-wrenches-croatian-invoice-other-po", "hr-HR",
      "Croatian invoice mail with a PDF 'Račun' for an older PO (4500029870), not the open one")
def c031():
    s = supplier("ALATIKA", "Alati Karlovac d.o.o.", "prodaja@alati-karlovac.example", "hr-HR")
    po = PO(4500031031, s, "EUR", "2026-11-18", [
        ("TW-340", "Torque wrench 3/4 in, 100-340 Nm", 10, "EA", "148.00", "2027-01-20"),
        ("TW-ADP", "Adapter 3/4 F to 1/2 M", 10, "EA", "6.40", "2027-01-20"),
    ], buyer="jonas")
    pdf = make_pdf([
        "#ALATI KARLOVAC d.o.o.",
        "Zagrebacka 112, 47000 Karlovac - OIB 12345678901 - IBAN HR12 2340 0091 1101 2345 6",
        "",
        "#RACUN br. 1187-1-1",
        "Datum racuna: 19.11.2026.   Datum isporuke: 18.11.2026.   Dospijece: 19.12.2026.",
        "Kupac: Brightwater Supply GmbH, Hafenstrasse 12, 28217 Bremen, VAT DE812345678",
        "Vasa narudzba: 4500029870     Otpremnica: 884/2026",
        "",
        "Rb.  Sifra      Naziv                                  Kol.  JM     Cijena      Iznos",
        "1    TW-210     Moment kljuc 1/2\" 40-210 Nm              12  kom    92,50     1.110,00",
        "2    TW-CASE    Kofer za moment kljuc                    12  kom     8,20        98,40",
        "",
        "                                             Ukupno EUR (0 % PDV, cl. 138 ZDO)   1.208,40",
        "Oslobodjeno PDV-a - isporuka unutar EU, prijenos porezne obveze.",
    ], producer="Pantheon", title="Racun 1187-1-1")
    body = ("Poštovani,\n\nu privitku Vam dostavljamo račun br. 1187-1-1 za Vašu narudžbu 4500029870 "
            "(otpremnica 884/2026).\nRok plaćanja: 30 dana, 19.12.2026.\n\nLijep pozdrav,\nIvana Horvat\n"
            "Računovodstvo | Alati Karlovac d.o.o.\nTel. +385 47 611 200\n")
    root = multipart("mixed", [text(body, charset="iso-8859-2"),
                               attachment(pdf, "application/pdf", "Racun_1187-1-1.pdf")])
    eml = message(("Alati Karlovac - računovodstvo", "racunovodstvo@alati-karlovac.example"),
                  ("Jonas Keller", po["buyer"]["email"]), "Račun br. 1187-1-1 / narudžba 4500029870",
                  maildate(2026, 11, 19, 14, 3), "<racun.1187-1-1.20261119@alati-karlovac.example>", root,
                  subject_charset="iso-8859-2")
    exp = expected("unrelated", "Invoice for a different, already delivered order (4500029870: TW-210, TW-CASE). It says "
                   "nothing about open PO 4500031031.")
    return [po], eml, exp


# ------------------------------------------------------------------ 032
@case(32, "gauze-slovenian-forwarded-warehouse", "sl-SI",
      "Sales rep confirms 'see below' over a forwarded internal warehouse note: 8 cm rolls split 900 now / 600 on 8.1.")
def c032():
    s = supplier("MEDISTR", "Medis Trade d.o.o.", "prodaja@medistrade.example", "sl-SI")
    po = PO(4500031032, s, "EUR", "2026-11-16", [
        ("GZ-5E", "Gauze roll 5 cm x 4 m, elastic", 2000, "ROL", "0.21", "2026-12-14"),
        ("GZ-8E", "Gauze roll 8 cm x 4 m, elastic", 1500, "ROL", "0.27", "2026-12-14"),
    ], buyer="priya")
    body = ("Pozdravljeni,\n\nspodaj je odgovor iz skladišča. Naročilo 4500031032 potrjujemo po teh rokih, cene "
            "ostanejo kot v naročilu; 8 cm pošljemo v dveh delih.\n\nLep pozdrav,\nNina Kovač\nProdaja | "
            "Medis Trade d.o.o. | Tel. +386 1 560 22 10\n\n"
            "---------- Posredovano sporočilo ---------\nOd: Marko Zupan <skladisce@medistrade.example>\n"
            "Datum: tor., 17. nov. 2026 ob 08:41\nZadeva: RE: 4500031032\nZa: Nina Kovač <nina.kovac@medistrade.example>\n\n"
            "Nina,\n5 cm imamo 2000 na zalogi, lahko gre 14.12.\n8 cm imamo samo 900, ostalih 600 dobimo in "
            "pošljemo 8.1.\nMarko\n\n"
            "---------- Posredovano sporočilo ---------\nOd: Priya Nair <priya.nair@buyer.example>\n"
            "Datum: pon., 16. nov. 2026 ob 09:14\nZadeva: " + request_subject(po) + "\n"
            "Za: prodaja@medistrade.example\n\n" + request_body(po) + "\n")
    eml = message(("Nina Kovač", "nina.kovac@medistrade.example"), ("Priya Nair", po["buyer"]["email"]),
                  "Fwd: " + request_subject(po), maildate(2026, 11, 17, 10, 2),
                  "<CAK9wL2nFq7pYt0uRx3sVz8bMe1cGh5dJiA@mail.gmail.com>", text(body), reply_to_po=po)
    exp = expected("confirmation", "The rep's top text confirms at PO prices 'po teh rokih' (the forwarded warehouse note). "
                   "5 cm: 2000 on 14.12. -> accepted. 8 cm: 900 on 14.12. + 600 on 8.1. (next 8 Jan = 2027-01-08) -> "
                   "changed with schedule.",
                   [conf(po, {1: "acc", 2: chg(po, 2, date="2027-01-08",
                                                 schedule=[(900, "2026-12-14"), (600, "2027-01-08")])})])
    return [po], eml, exp


# ------------------------------------------------------------------ 033
@case(33, "sieve-mesh-korean-euckr", "ko-KR",
      "Korean EUC-KR base64 reply with 원 prices and 2027.01.19 dates: second line dearer and a week later")
def c033():
    s = supplier("DAEHANMESH", "Daehan Mesh Co., Ltd.", "sales@daehanmesh.example", "ko-KR")
    po = PO(4500031033, s, "KRW", "2026-11-12", [
        ("SM-80", "Sieve mesh 80 mesh SUS316, 1 m x 30 m", 5, "ROL", "980000", "2027-01-12"),
        ("SM-120", "Sieve mesh 120 mesh SUS316, 1 m x 30 m", 5, "ROL", "1250000", "2027-01-12"),
    ], buyer="priya")
    body = ("안녕하세요, 대한메쉬 영업팀 김민준입니다.\n\n발주번호 4500031033 건 아래와 같이 확인드립니다.\n\n"
            "1) SM-80 80메쉬 SUS316 1m x 30m : 5롤, 단가 980,000원, 납기 2027.01.12\n"
            "2) SM-120 120메쉬 SUS316 1m x 30m : 5롤, 단가 1,310,000원 (원자재 가격 인상), 납기 2027.01.19\n\n"
            "확인 부탁드립니다.\n감사합니다.\n\n김민준 과장 | 대한메쉬(주) 영업팀\n"
            "T. 031-498-1234 | M. 010-2345-6789 | 경기도 안산시 단원구 산단로 77\n")
    eml = message(("김민준", "mj.kim@daehanmesh.example"), ("Priya Nair", po["buyer"]["email"]),
                  "RE: " + request_subject(po), maildate(2026, 11, 13, 10, 25, 540),
                  "<20261113102512.7F3C.MJKIM@daehanmesh.example>",
                  text(body, charset="euc-kr", cte="base64"), reply_to_po=po, subject_charset="euc-kr")
    exp = expected("confirmation", "Line 1 as ordered. Line 2: 1,310,000 KRW (raw material) and 2027.01.19 -> changed price "
                   "and date.",
                   [conf(po, {1: "acc", 2: chg(po, 2, unit_price="1310000", date="2027-01-19")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 034
@case(34, "quartz-crucibles-chinese-gbk", "zh-CN",
      "Simplified-Chinese GBK reply: '单价不变' (price unchanged), dates without year, quartz tube ships 1月15日")
def c034():
    s = supplier("HUAJING", "Lianyungang Huajing Quartz Products Co., Ltd.", "sales@huajingquartz.example", "zh-CN")
    po = PO(4500031034, s, "CNY", "2026-11-11", [
        ("QC-30", "Quartz crucible 30 ml, opaque", 100, "EA", "38.00", "2026-12-25"),
        ("QC-100", "Quartz crucible 100 ml, transparent", 50, "EA", "96.00", "2026-12-25"),
        ("QT-25", "Quartz tube OD25 x 1000 mm", 20, "EA", "185.00", "2026-12-25"),
    ], buyer="priya")
    body = ("Priya 您好！\n\n贵司订单 4500031034 已收到，确认如下：\n\n"
            "1. QC-30 石英坩埚 30ml，100个，单价不变，交期 12月25日\n"
            "2. QC-100 石英坩埚 100ml，50个，单价不变，交期 12月25日\n"
            "3. QT-25 石英管 OD25x1000mm：目前缺货，20支，单价 185.00元，1月15日发货\n\n"
            "谢谢！\n\n王丽 Lily Wang\n连云港华晶石英制品有限公司 外贸部\n"
            "电话：0518-8512 3456  手机/微信：138 1234 5678\n")
    eml = message(("Lily Wang", "lily@huajingquartz.example"), ("Priya Nair", po["buyer"]["email"]),
                  "回复：" + request_subject(po), maildate(2026, 11, 12, 16, 40, 480),
                  "<tencent_8A7B6C5D4E3F2A1B0C9D8E7F@qq.example>",
                  text(body, charset="gbk", cte="base64"), reply_to_po=po, subject_charset="gbk",
                  extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]")])
    exp = expected("confirmation", "Lines 1-2: qty as ordered, '单价不变' = unchanged price, 交期 12月25日 -> 2026-12-25 -> "
                   "accepted. Line 3: 20 pcs at 185.00, ship 1月15日 (no year -> 2027-01-15) -> changed date.",
                   [conf(po, {1: "acc", 2: "acc", 3: chg(po, 3, date="2027-01-15")})])
    return [po], eml, exp


# ------------------------------------------------------------------ 035
@case(35, "egg-incubators-vietnamese-contradiction", "vi-VN",
      "Vietnamese reply whose sentence says 15/12/2026 but whose own detail table says 15/01/2027 for the only line")
def c035():
    s = supplier("PHUTHANH", "Cong ty TNHH Co khi Phu Thanh", "kinhdoanh@cokhiphuthanh.example", "vi-VN")
    po = PO(4500031035, s, "USD", "2026-11-12", [
        ("INC-200", "Egg incubator 200 eggs, automatic", 10, "SET", "265.00", "2026-12-15"),
    ])
    body = ("Chào chị Dana,\n\nBên em xác nhận đơn hàng 4500031035: 10 bộ máy ấp trứng 200 quả, đơn giá 265 USD, "
            "giao hàng ngày 15/12/2026.\n\nChi tiết:\n"
            "| STT | Mã hàng  | Tên hàng               | SL | Đơn giá (USD) | Ngày giao  |\n"
            "|  1  | INC-200  | Máy ấp trứng 200 quả   | 10 | 265,00        | 15/01/2027 |\n\n"
            "Trân trọng,\nNguyễn Thị Hương\nPhòng Kinh doanh - Công ty TNHH Cơ khí Phú Thành\n"
            "ĐT: 0274 3812 456 - DĐ: 0903 456 789 - MST: 3701234567\n")
    hb = ("<div>Chào chị Dana,<br><br>Bên em xác nhận đơn hàng 4500031035: 10 bộ máy ấp trứng 200 quả, đơn giá "
          "265 USD, giao hàng ngày 15/12/2026.<br><br>Chi tiết:</div><table border=1 cellspacing=0>"
          "<tr><th>STT</th><th>Mã hàng</th><th>Tên hàng</th><th>SL</th><th>Đơn giá (USD)</th><th>Ngày giao</th></tr>"
          "<tr><td>1</td><td>INC-200</td><td>Máy ấp trứng 200 quả</td><td>10</td><td>265,00</td><td>15/01/2027</td></tr>"
          "</table><div><br>Trân trọng,<br>Nguyễn Thị Hương<br>Phòng Kinh doanh - Công ty TNHH Cơ khí Phú Thành<br>"
          "ĐT: 0274 3812 456 - DĐ: 0903 456 789 - MST: 3701234567</div>")
    root = multipart("alternative", [text(body, cte="base64"), html(hb, cte="base64")])
    eml = message(("Nguyễn Thị Hương", "huong.nt@cokhiphuthanh.example"), ("Dana Ruiz", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 13, 14, 12, 420),
                  "<CAPw8gRj3mN1bT5vXq9zLc0sYe2fHd7kUoA@mail.gmail.com>", root, reply_to_po=po)
    exp = expected("needs_review", "The text says delivery 15/12/2026 (as requested) but the supplier's own detail table says "
                   "15/01/2027 for the same single line. A careful buyer cannot tell which is meant and must ask.")
    return [po], eml, exp


# ------------------------------------------------------------------ 036
@case(36, "fence-staples-indonesian-siap-pak", "id-ID",
      "Terse Indonesian Yahoo-mobile reply 'Siap pak ... kirim tgl 18 Des': PO prices, one ship date later than asked")
def c036():
    s = supplier("SUMBERKWT", "CV Sumber Kawat Jaya", "sumberkawatjaya@yahoo.example", "id-ID")
    po = PO(4500031036, s, "IDR", "2026-11-16", [
        ("FS-2530", "Fence staple 2.5x30 mm, galvanised", 500, "KG", "28500", "2026-12-15"),
        ("FS-3040", "Fence staple 3.0x40 mm, galvanised", 300, "KG", "27900", "2026-12-15"),
    ], buyer="jonas")
    body = ("Siap pak, PO 4500031036 kami proses. Harga sesuai PO, barang kirim tgl 18 Des ya pak. Tks\n\n"
            "Dikirim dari Yahoo Mail di Android\n\n"
            "Pada Sen, 16 Nov 2026 pada 15.14, Jonas Keller\n<jonas.keller@buyer.example> menulis:\n"
            + gt_quote(request_body(po)) + "\n")
    eml = message(("Budi Santoso", "sumberkawatjaya@yahoo.example"), ("Jonas Keller", po["buyer"]["email"]),
                  "Re: " + request_subject(po), maildate(2026, 11, 17, 7, 3, 420),
                  "<1385520771.2245019.1763337780112@mail.yahoo.example>", text(body, charset="utf-8", cte="7bit"),
                  reply_to_po=po, extra=[("X-Mailer", "WebService/1.1.22863 YMailNorrin")])
    exp = expected("confirmation", "'Siap ... kami proses' with 'Harga sesuai PO' commits to the PO; the only date is a "
                   "ship date '18 Des' (no year -> 2026-12-18), later than 2026-12-15 -> both lines changed date, full qty.",
                   [conf(po, {1: chg(po, 1, date="2026-12-18"), 2: chg(po, 2, date="2026-12-18")})])
    return [po], eml, exp
