"""Cases 037-054."""
import datetime as dt

from .common import (case, sup, po, conf, allacc, expected, when, kw, next_md, wd, req_text, req_subject,
                     table_rows, orig_request, req_dt, pdf_date, q_outlook, BUYER_DOMAIN)
from . import mime
from .pdf import make_pdf
from .xlsx import make_xlsx


# 037 -------------------------------------------------------------------------
@case("concrete-spacers-three-pos-one-answered", "confirmation/nl-BE",
      "Three open POs from the supplier; the reply answers one and only mentions the other two.")
def c037(c):
    s = sup("BAV", "Betonafstandhouders Vlaanderen NV", "orders@bav-spacers.example", "nl-BE")
    pa = po("4500038368", s, "EUR", "2026-11-20", [
        ("BAV-RW-25", "Spacer wheel 25 mm, rebar 8-16 mm", 10000, "PCS", "0.14", "2026-12-16"),
        ("BAV-ST-50", "Chair spacer 50 mm, PP, for mesh", 5000, "PCS", "0.22", "2026-12-16"),
    ])
    pb = po("4500038369", s, "EUR", "2026-11-20", [
        ("BAV-AH-30", "Spacer block 30 mm, fibre concrete, 50x50", 6000, "PCS", "0.31", "2026-12-16"),
        ("BAV-AH-40", "Spacer block 40 mm, fibre concrete, 50x50", 4000, "PCS", "0.36", "2026-12-16"),
        ("BAV-SL-20", "Plastic spacer strip 20 mm, 1 m lengths", 2500, "M", "0.92", "2026-12-16"),
    ])
    pc = po("4500038372", s, "EUR", "2026-11-23", [
        ("BAV-LS-35", "Linear spacer 35 mm, fibre concrete, 1 m", 1800, "M", "1.85", "2027-01-08"),
    ])
    wd("2026-12-16", 2)
    body = ("Goedemiddag Dana,\n\nBetreft jullie bestelling 4500038369: we bevestigen alle drie de lijnen, levering "
            "woensdag 16/12 zoals gevraagd. Enkel de prijs van de kunststof strip (lijn 3) is ondertussen gestegen "
            "naar € 0,97/m.\n\nDe andere twee bestellingen (4500038368 en 4500038372) bekijken we morgen, daarop "
            "krijg je apart antwoord.\n\nMet vriendelijke groeten,\n\nWim Peeters\nVerkoop binnendienst\n"
            "Betonafstandhouders Vlaanderen NV\nIndustrieweg 88, 3583 Beringen\nT +32 11 45 62 30\n")
    eml = c.mail(frm=("Wim Peeters", "wim.peeters@bav-spacers.example"), p=pb,
                 subject="RE: " + req_subject(pb), date="2026-11-24 14:03:27 +0100", client="outlook",
                 body=body, quote="outlook", qlang="nl", charset="windows-1252", content_language="nl-BE")
    return [pa, pb, pc], eml, expected("confirmation",
                                       "Only PO 4500038369 is answered (lines 1-2 as ordered, line 3 at 0.97/m); "
                                       "4500038368 and 4500038372 are only mentioned and left out.",
                                       conf(pb, {1: "A", 2: "A", 3: {"p": "0.97"}}))


# 038 -------------------------------------------------------------------------
@case("concrete-spacer-granulate-eur-per-kg", "confirmation/hu-HU",
      "Price quoted per kg ('0,43 EUR/kg') for a PO line in tonnes; Hungarian 'YYYY. MM. DD.' dates.")
def c038(c):
    s = sup("TAVTARTO", "Távtartó Kft.", "rendeles@tavtarto.example", "hu-HU")
    p = po("4500038375", s, "EUR", "2026-11-23", [
        ("TT-FB-BULK", "Fibre-cement spacer granulate, big bag 1 t", 12, "T", "410.00", "2026-12-18"),
        ("TT-KR-20", "Spacer wheel 20 mm, PP, rebar 8-16 mm", 15000, "PCS", "0.16", "2026-12-18"),
    ], buyer="tom")
    body = ("Tisztelt Lindqvist Úr!\n\nKöszönjük a 4500038375 számú megrendelését, amelyet az alábbiak szerint "
            "visszaigazolunk:\n\n1. tétel: 12 t, egységár 0,43 EUR/kg, szállítás 2026. 12. 18.\n"
            "2. tétel: 15 000 db, 0,16 EUR/db, szállítás 2026. 12. 18.\n\n"
            "Az 1. tétel árát a cementár emelkedése miatt kellett módosítanunk.\n\nÜdvözlettel:\n\nKovács Péter\n"
            "értékesítési referens\nTávtartó Kft.\n2040 Budaörs, Gyár utca 6.\nTel.: +36 23 555 718\n")
    eml = c.mail(frm=("Kovács Péter", "kovacs.peter@tavtarto.example"), p=p,
                 subject="VS: " + req_subject(p), date="2026-11-30 10:30:00 +0100", client="outlook",
                 body=body, quote="outlook", qlang="hu", charset="iso-8859-2", content_language="hu-HU",
                 hdr_charset="iso-8859-2")
    return [p], eml, expected("confirmation",
                              "0,43 EUR/kg = 430.00 EUR per tonne (PO 410.00 per T): line 1 price changed; line 2 "
                              "as ordered ('15 000 db' with a space separator).",
                              conf(p, {1: {"p": "430.00"}, 2: "A"}))


# 039 -------------------------------------------------------------------------
@case("salon-chairs-ticket-system-receipt", "auto_reply/en-US",
      "A helpdesk ticket receipt that quotes holiday dates and a ticket number, threaded like a human reply.")
def c039(c):
    s = sup("SALONPRO", "Salon Pro Seating Inc.", "orders@salonproseating.example", "en-US")
    p = po("4500038382", s, "USD", "2026-11-23", [
        ("SPS-HC-410", "Hydraulic salon chair, 2027 model, black", 10, "EA", "329.00", "2026-12-18"),
        ("SPS-FR-14", "Footrest ring 14 in, chrome", 10, "EA", "42.00", "2026-12-18"),
    ])
    body = ("Hello Dana,\n\nThank you for contacting Salon Pro Seating. This is an automated message to let you know "
            "that we have received your request and a ticket has been created (#48213).\n\n"
            "Our Order Desk typically responds within 2 business days. Requests received after 12/18 will be "
            "processed after the holiday break, starting January 4, 2027.\n\n"
            "To add information to this ticket, simply reply to this email and keep [Ticket #48213] in the subject.\n\n"
            "-- Salon Pro Seating Order Desk\nhttps://support.salonproseating.example\n")
    eml = c.mail(frm=("Salon Pro Seating Support", "support@salonproseating.example"), p=p,
                 subject="[Ticket #48213] RE: " + req_subject(p), date="2026-11-23 08:14:55 -0500",
                 client="other", body=body,
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                        ("X-Mailer", "Freshdesk")])
    return [p], eml, expected("auto_reply",
                              "Helpdesk auto-acknowledgment (ticket #48213); 12/18 and January 4, 2027 are support "
                              "hours, not delivery dates.")


# 040 -------------------------------------------------------------------------
@case("turnstiles-erp-pdf-flate", "confirmation/sk-SK",
      "Automatic ERP mail; the confirmation with its own order number is only in a Flate-compressed PDF.")
def c040(c):
    s = sup("TURNZA", "Turnikety Žilina s.r.o.", "objednavky@turnikety-za.example", "sk-SK")
    p = po("4500038389", s, "EUR", "2026-11-24", [
        ("TZ-TP-01", "Tripod turnstile TP-01, stainless, 12/24V", 6, "EA", "1865.00", "2027-01-22"),
        ("TZ-RF-10", "RFID reader module 13.56 MHz", 6, "EA", "142.00", "2027-01-22"),
        ("TZ-AB-3", "Spare arm set 3 pcs, 500 mm", 10, "SET", "96.00", "2027-01-22"),
    ], buyer="marc")
    d = when("2026-12-01 06:12:03 +0100")
    lines = [("Turnikety Zilina s.r.o.", "B"), "Priemyselna 8, 010 01 Zilina, Slovensko",
             "ICO: 36 412 889   DIC: 2022158840   IC DPH: SK2022158840", "",
             ("POTVRDENIE OBJEDNAVKY / ORDER CONFIRMATION  2026/PO-01472", "B"), "",
             "Odberatel: Brightwater Supply Group B.V., Waalhaven Z.z. 41, 3089 JH Rotterdam, NL",
             "Vasa objednavka c.: 4500038389 zo dna 24.11.2026",
             "Datum potvrdenia: 01.12.2026      Mena: EUR      Dodacie podmienky: DAP Rotterdam", "",
             ("Poz. Kod        Popis                                   Mnozstvo  MJ    Cena/MJ    Spolu      Datum dodania", "B"),
             "10   TZ-TP-01   Turniket TP-01 nerez 12/24V                    6  ks   1 865,00  11 190,00    22.01.2027",
             "20   TZ-RF-10   RFID modul 13,56 MHz                           6  ks     142,00     852,00    29.01.2027",
             "30   TZ-AB-3    Nahradne ramena 3 ks, 500 mm                  10  sada    96,00     960,00    22.01.2027",
             "", "Spolu bez DPH: 13 002,00 EUR",
             "", "Platobne podmienky: 30 dni od datumu fakturacie.",
             "Pozn.: RFID moduly dodavame tyzden po turniketoch (samostatna zasielka).", "",
             "Vystavil: system SAP Business One - dokument je platny bez podpisu."]
    assert 6 * 1865 + 6 * 142 + 10 * 96 == 13002
    pdf = make_pdf(lines, title="Potvrdenie objednavky 2026/PO-01472", author="SAP Business One",
                   compress=True, date=pdf_date(d), producer="Crystal Reports")
    body = ("Dobrý deň,\n\nv prílohe Vám zasielame potvrdenie objednávky č. 2026/PO-01472 k Vašej objednávke "
            "4500038389.\n\nTáto správa bola vygenerovaná automaticky, prosím, neodpovedajte na ňu.\n\n"
            "Turnikety Žilina s.r.o. | Priemyselná 8, 010 01 Žilina | IČO: 36 412 889\n")
    att = mime.attachment(pdf, "application/pdf", "Potvrdenie_objednavky_2026_PO-01472.pdf")
    eml = c.mail(frm=("Turnikety Žilina - ERP", "erp@turnikety-za.example"), p=p, thread=False,
                 subject="Potvrdenie objednávky 2026/PO-01472 (Vaša obj. 4500038389)", date="2026-12-01 06:12:03 +0100",
                 client="erp", body=body, mode="text", attachments=[att],
                 extra=[("X-Mailer", "SAP Business One 10.0 Mail Service"), ("Auto-Submitted", "auto-generated")])
    return [p], eml, expected("confirmation",
                              "ERP-generated PDF (Flate stream) is a real confirmation: items 10/20/30 map to PO "
                              "lines 1-3; RFID module delivered 29.01.2027, the rest as ordered.",
                              conf(p, {1: "A", 2: {"d": "2027-01-29"}, 3: "A"}))


# 041 -------------------------------------------------------------------------
@case("chimney-cowls-croatian-stavke", "confirmation/hr-HR",
      "Per-position list with one quantity cut for stock and one date in short form '8.1.2027.'.")
def c041(c):
    s = sup("DIMNJAK", "Dimnjak-Servis d.o.o.", "prodaja@dimnjak-servis.example", "hr-HR")
    p = po("4500038396", s, "EUR", "2026-11-24", [
        ("DS-KP-130", "Chimney cowl, stainless, dia 130 mm", 50, "EA", "39.80", "2026-12-18"),
        ("DS-KP-160", "Chimney cowl, stainless, dia 160 mm", 50, "EA", "44.60", "2026-12-18"),
        ("DS-VK-200", "Wind-directional cowl 200 mm, 0.6 mm sheet", 20, "EA", "118.00", "2026-12-18"),
        ("DS-OB-10", "Mounting clamp set M8x40, 10 pcs", 30, "SET", "12.90", "2026-12-18"),
    ], buyer="tom")
    body = ("Poštovani,\n\nzahvaljujemo na narudžbi 4500038396. Potvrđujemo po stavkama:\n\n"
            "Stavka 1: 50 kom, 39,80 EUR/kom, isporuka 18.12.2026.\n"
            "Stavka 2: 40 kom (više nemamo na zalihi), 44,60 EUR/kom, isporuka 18.12.2026.\n"
            "Stavka 3: 20 kom, 118,00 EUR/kom, isporuka 8.1.2027.\n"
            "Stavka 4: 30 kompleta, 12,90 EUR/kompl., isporuka 18.12.2026.\n\n"
            "Lijep pozdrav,\n\nIvana Horvat\nProdaja\nDimnjak-Servis d.o.o.\nSlavonska avenija 52, 10000 Zagreb\n"
            "Tel. +385 1 2345 660\n")
    eml = c.mail(frm=("Ivana Horvat", "ivana.horvat@dimnjak-servis.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-12-01 09:15:47 +0100", client="outlook",
                 body=body, quote="outlook", qlang="hr", charset="windows-1250", content_language="hr-HR")
    return [p], eml, expected("confirmation",
                              "Line 2 only 40 of 50; line 3 on 8.1.2027. = 2027-01-08; lines 1 and 4 as ordered.",
                              conf(p, {1: "A", 2: {"q": 40}, 3: {"d": "2027-01-08"}, 4: "A"}))


# 042 -------------------------------------------------------------------------
@case("clock-gears-contradictory-dates", "needs_review/it-IT",
      "The sentence confirms the requested 15/01/2027, the table under it says 12/02/2027 for both lines.")
def c042(c):
    s = sup("MCB", "Meccanica Campanaria Bresciana S.r.l.", "ufficio.vendite@mcb-orologi.example", "it-IT")
    p = po("4500038403", s, "EUR", "2026-11-24", [
        ("MCB-RC-120", "Clock tower crown wheel, 120 teeth, cast iron", 1, "EA", "2350.00", "2027-01-15"),
        ("MCB-PG-30", "Pinion 30 teeth, steel, bore 25 mm", 2, "EA", "410.00", "2027-01-15"),
    ], buyer="marc")
    body = ("Gentile Sig. Oosterhuis,\n\nconfermiamo il Vs. ordine 4500038403 con consegna 15/01/2027 come "
            "richiesto.\n\n"
            "Pos. 1  ruota corona 120 denti   1 pz   € 2.350,00   consegna 12/02/2027\n"
            "Pos. 2  pignone 30 denti         2 pz   €   410,00   consegna 12/02/2027\n\n"
            "Distinti saluti\n\nPaolo Bertoli\nUfficio Vendite\nMeccanica Campanaria Bresciana S.r.l.\n"
            "Via dei Campanari 9, 25038 Rovato (BS)\nTel. 030 772 1845\n")
    eml = c.mail(frm=("Paolo Bertoli", "ufficio.vendite@mcb-orologi.example"), p=p,
                 subject="R: " + req_subject(p), date="2026-11-26 15:05:20 +0100", client="outlook",
                 body=body, quote="outlook", qlang="it", charset="windows-1252", content_language="it-IT")
    return [p], eml, expected("needs_review",
                              "Contradictory: the text confirms delivery 15/01/2027 'as requested', the line table "
                              "gives 12/02/2027; a buyer cannot tell which date is committed.")


# 043 -------------------------------------------------------------------------
@case("clock-gears-slovenian-xlsx", "confirmation/sl-SI",
      "The body only points to an Excel attachment; the changes are in XLSX cells with date serials and a remark column.")
def c043(c):
    s = sup("ZOBKR", "Zobniki Kranj d.o.o.", "prodaja@zobniki-kranj.example", "sl-SI")
    p = po("4500038410", s, "EUR", "2026-11-25", [
        ("ZK-ZS-M3-48", "Spur gear M3, 48 teeth, brass CuZn39Pb3", 12, "EA", "86.00", "2027-01-15"),
        ("ZK-ZS-M3-16", "Pinion M3, 16 teeth, steel 42CrMo4", 12, "EA", "34.50", "2027-01-15"),
        ("ZK-OS-20", "Arbor shaft dia 20 x 320 mm", 6, "EA", "58.00", "2027-01-15"),
        ("ZK-LE-6205", "Ball bearing 6205-2RS", 24, "EA", "7.40", "2027-01-15"),
    ], buyer="priya")
    D = dt.date
    rows = [["Potrditev naročila / Order confirmation", None, None, None, None, None, None, None],
            ["Vaše naročilo", "4500038410", None, None, None, None, None, None],
            [],
            ["Poz.", "Artikel", "Opis", "Količina", "EM", "Cena EUR", "Datum dobave", "Opomba"],
            [1, "ZK-ZS-M3-48", "Zobnik M3 z48, medenina", 12, "kos", ("n", "86.00"), D(2027, 1, 15), ""],
            [2, "ZK-ZS-M3-16", "Pastorek M3 z16, 42CrMo4", 12, "kos", ("n", "36.20"), D(2027, 1, 15),
             "nova cena (material)"],
            [3, "ZK-OS-20", "Os fi 20 x 320 mm", 6, "kos", ("n", "58.00"), D(2027, 1, 15), ""],
            [4, "ZK-LE-6205", "Ležaj 6205-2RS", 24, "kos", ("n", "7.40"), D(2027, 1, 29),
             "dobava iz skladišča proizvajalca"]]
    xl = make_xlsx(rows, sheet="Potrditev", stamp=(2026, 12, 2, 8, 35, 0))
    body = ("Pozdravljeni,\n\nv priponki pošiljamo potrditev naročila 4500038410 (Excel). Prosimo, preverite "
            "spremembi pri postavkah 2 in 4.\n\nLep pozdrav,\n\nMaja Kos\nProdaja\nZobniki Kranj d.o.o.\n"
            "Ljubljanska cesta 24, 4000 Kranj\nTel.: +386 4 201 55 30\n")
    att = mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "Potrditev_4500038410.xlsx")
    eml = c.mail(frm=("Maja Kos", "maja.kos@zobniki-kranj.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-12-02 08:40:10 +0100", client="outlook",
                 body=body, quote="outlook", qlang="sl", charset="utf-8", content_language="sl-SI",
                 attachments=[att])
    return [p], eml, expected("confirmation",
                              "XLSX only: line 2 price 36.20 (was 34.50), line 4 delivery 2027-01-29 (date serial "
                              "46416); lines 1 and 3 as ordered.",
                              conf(p, {1: "A", 2: {"p": "36.20"}, 3: "A", 4: {"d": "2027-01-29"}}))


# 044 -------------------------------------------------------------------------
@case("museum-glove-boxes-danish-csv", "confirmation/da-DK",
      "Semicolon CSV attachment with Danish '18.400,00' prices and dd-mm-yyyy dates; one quantity reduced.")
def c044(c):
    s = sup("NORDKONS", "Nordisk Konservering ApS", "ordre@nordisk-konservering.example", "da-DK")
    p = po("4500038417", s, "DKK", "2026-11-25", [
        ("NK-HB-900", "Museum glove box, acrylic, 900x600x600, 2 ports", 2, "EA", "18400.00", "2027-02-05"),
        ("NK-HS-8", "Butyl gloves size 8, for 200 mm port", 10, "PAIR", "640.00", "2027-02-05"),
        ("NK-SG-1", "Silica gel cassette 1 kg, buffered 50% RH", 20, "EA", "215.00", "2027-02-05"),
    ])
    csv = ("Ordrenr;Linje;Varenr;Beskrivelse;Antal;Enhed;Enhedspris DKK;Leveringsdato\r\n"
           "4500038417;1;NK-HB-900;Handskeboks akryl 900x600x600, 2 porte;2;stk;18.400,00;05-02-2027\r\n"
           "4500038417;2;NK-HS-8;Butylhandsker str. 8;10;par;640,00;05-02-2027\r\n"
           "4500038417;3;NK-SG-1;Silikagelkassette 1 kg, 50% RH;15;stk;215,00;05-02-2027\r\n")
    body = ("Hej Dana\n\nTak for ordren. Vedhæftet finder du vores ordrebekræftelse som CSV-fil, så den kan læses "
            "direkte ind i jeres system.\n\nBemærk: silikagelkassetterne har vi kun 15 stk. af - de sidste 5 kan vi "
            "desværre ikke levere.\n\nVenlig hilsen\n\nMette Kjær\nOrdrekontoret\nNordisk Konservering ApS\n"
            "Værkstedsvej 19, 2500 Valby\nTlf. +45 36 44 18 20\n")
    att = mime.attachment(csv.encode("windows-1252"), "text/csv; charset=windows-1252",
                          "Ordrebekraeftelse_4500038417.csv")
    eml = c.mail(frm=("Mette Kjær", "mette.kjaer@nordisk-konservering.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-12-02 13:25:00 +0100", client="apple",
                 body=body, quote="apple", qlang="en", attachments=[att])
    return [p], eml, expected("confirmation",
                              "CSV with Danish number format: 18.400,00 = 18400.00 (unchanged); line 3 only 15 of 20, "
                              "the rest refused; dates 05-02-2027 = requested 2027-02-05.",
                              conf(p, {1: "A", 2: "A", 3: {"q": 15}}))


# 045 -------------------------------------------------------------------------
@case("abattoir-hooks-qmail-plain-bounce", "bounce/pl-PL",
      "A plain-text qmail 'failure notice' with the whole original request pasted below the separator line.")
def c045(c):
    s = sup("HAKMET", "Hak-Met Sp. j.", "biuro@hakmet.example", "pl-PL")
    p = po("4500038424", s, "PLN", "2026-11-25", [
        ("HM-HS-8200", "S-hook 8 x 200 mm, stainless AISI 304", 2000, "PCS", "4.60", "2026-12-18"),
        ("HM-HR-60", "Roller hook for 60x12 flat rail", 400, "PCS", "31.50", "2026-12-18"),
    ], buyer="tom")
    d = when("2026-11-25 09:31:02 +0100")
    body = ("Hi. This is the qmail-send program at mail.hakmet.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<biuro@hakmet.example>:\nThis mailbox is disabled (#5.2.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            f"Return-Path: <{p['buyer']['email']}>\n"
            f"Received: (qmail 28114 invoked from network); {req_dt(p).strftime('%d %b %Y %H:%M:%S')} -0000\n"
            + orig_request(p))
    hs = [("Return-Path", "<>"), ("Date", d.strftime("%d %b %Y %H:%M:%S %z")),
          ("From", "MAILER-DAEMON@mail.hakmet.example"), ("To", p["buyer"]["email"]),
          ("Subject", "failure notice"), ("Message-ID", "<20261125083102.28131.qmail@mail.hakmet.example>")]
    part = mime.Part([("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")],
                     body.encode("ascii"))
    eml = mime.message(hs, part)
    return [p], eml, expected("bounce",
                              "Plain-text qmail bounce (no DSN structure): the copy of our request with its PO "
                              "table follows the separator line.")


# 046 -------------------------------------------------------------------------
@case("soap-pumps-cartons-of-24", "confirmation/nb-NO",
      "Quantity expressed as 12 cartons of 24 (288) for a PO of 300 pieces, price per piece unchanged.")
def c046(c):
    s = sup("FJORDDISP", "Fjord Dispensering AS", "ordre@fjord-dispensering.example", "nb-NO")
    p = po("4500038431", s, "NOK", "2026-11-26", [
        ("FD-SP-500", "Soap dispenser pump for 500 ml bottle, 28/400", 300, "EA", "21.50", "2026-12-18"),
        ("FD-WD-1L", "Wall soap dispenser 1 L, white, lockable", 48, "EA", "189.00", "2026-12-18"),
    ], buyer="tom")
    body = ("Hei Tomas,\n\nTakk for bestillingen. Vi bekrefter ordre 4500038431 slik:\n\n"
            "Linje 1: pumpene pakkes i kartonger à 24 stk., vi leverer 12 kartonger (288 stk.) à kr 21,50 per stk. "
            "- levering 18.12.2026.\nLinje 2: 48 stk. à kr 189,00, levering 18.12.2026.\n\n"
            "Med vennlig hilsen\n\nIngrid Solberg\nKundeservice\nFjord Dispensering AS\nSandviksveien 40, 5035 Bergen\n"
            "Tlf. +47 55 30 21 87\n")
    eml = c.mail(frm=("Ingrid Solberg", "ingrid.solberg@fjord-dispensering.example"), p=p,
                 subject="SV: " + req_subject(p), date="2026-12-02 10:11:36 +0100", client="outlook",
                 body=body, quote="outlook", qlang="nb", charset="iso-8859-1", content_language="nb-NO")
    assert 12 * 24 == 288
    return [p], eml, expected("confirmation",
                              "Line 1: 12 cartons x 24 = 288 pieces instead of 300 (full cartons only), price per "
                              "piece 21.50 unchanged; line 2 as ordered.",
                              conf(p, {1: {"q": 288}, 2: "A"}))


# 047 -------------------------------------------------------------------------
@case("paragliding-lines-estonian-discontinued", "confirmation/et-EE",
      "Estonian per-row answers in ISO-8859-15 where the middle row is declined as no longer produced.")
def c047(c):
    s = sup("BALTPARA", "Baltic Paraline OÜ", "myyk@balticparaline.example", "et-EE")
    p = po("4500038438", s, "EUR", "2026-11-26", [
        ("BP-DY-12", "Dyneema line 1.2 mm, red, 200 m", 10, "ROL", "148.00", "2027-01-08"),
        ("BP-DY-09", "Dyneema line 0.9 mm, blue, 200 m", 10, "ROL", "132.00", "2027-01-08"),
        ("BP-AR-20", "Aramid brake line 2.0 mm, 50 m", 6, "ROL", "71.00", "2027-01-08"),
    ], buyer="priya")
    body = ("Tere, Priya!\n\nTänan tellimuse eest. Kinnitame tellimuse 4500038438 järgmiselt:\n\n"
            "Rida 1 - 10 rulli, 148,00 € - tarne 08.01.2027\n"
            "Rida 2 - seda toodet me enam ei valmista, kahjuks ei saa tarnida.\n"
            "Rida 3 - 6 rulli, 71,00 € - tarne 08.01.2027\n\nLugupidamisega\n\nKadri Tamm\nmüügijuht\n"
            "Baltic Paraline OÜ\nPärnu mnt 139, 11317 Tallinn\ntel +372 655 4120\n")
    eml = c.mail(frm=("Kadri Tamm", "kadri.tamm@balticparaline.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-12-03 11:20:30 +0200", client="thunderbird",
                 body=body, quote="thunderbird", qlang="en", charset="iso-8859-15", content_language="et-EE")
    return [p], eml, expected("confirmation",
                              "Rows 1 and 3 as ordered, row 2 rejected (product discontinued).",
                              conf(p, {1: "A", 2: "R", 3: "A"}))


# 048 -------------------------------------------------------------------------
@case("soap-pumps-price-list-2027-xlsx", "unrelated/it-IT",
      "A 2027 price list with an XLSX of items and prices valid from 01/01/2027, not about the open PO.")
def c048(c):
    s = sup("IDROSAP", "Idrosapone Italia S.r.l.", "ordini@idrosapone.example", "it-IT")
    p = po("4500038445", s, "EUR", "2026-11-26", [
        ("IS-PD-28", "Soap pump 28/410, white, 1.5 cc", 6000, "PCS", "0.26", "2027-01-15"),
        ("IS-DS-500", "Soap dispenser 500 ml, chrome", 200, "EA", "7.80", "2027-01-15"),
    ])
    rows = [["Listino prezzi 2027 - validità dal 01/01/2027", None, None, None],
            [],
            ["Codice", "Descrizione", "UM", "Prezzo EUR"],
            ["IS-PD-28", "Pompa sapone 28/410 bianca 1,5 cc", "pz", ("n", "0.28")],
            ["IS-PD-24", "Pompa sapone 24/410 bianca 1,0 cc", "pz", ("n", "0.24")],
            ["IS-DS-500", "Dispenser 500 ml cromato", "pz", ("n", "8.20")],
            ["IS-DS-1000", "Dispenser 1000 ml a parete, 24V sensore", "pz", ("n", "21.90")]]
    xl = make_xlsx(rows, sheet="Listino 2027", stamp=(2026, 12, 1, 17, 2, 0))
    body = ("Gentili clienti,\n\nin allegato trovate il nostro nuovo listino prezzi 2027, valido per tutti gli ordini "
            "con consegna dal 01/01/2027.\nGli ordini già confermati restano ai prezzi concordati.\n\n"
            "Cordiali saluti\nUfficio Commerciale\nIdrosapone Italia S.r.l. - Via dell'Artigianato 15, 35010 "
            "Vigonza (PD)\n")
    att = mime.attachment(xl, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          "Listino_Idrosapone_2027.xlsx")
    eml = c.mail(frm=("Idrosapone Italia - Ufficio Commerciale", "commerciale@idrosapone.example"), p=p,
                 thread=False, subject="Listino prezzi 2027", date="2026-12-03 08:00:00 +0100", client="outlook",
                 body=body, charset="iso-8859-1", content_language="it-IT", attachments=[att],
                 to="clienti@idrosapone.example", extra=[("Bcc", ""), ("Precedence", "bulk")])
    return [p], eml, expected("unrelated",
                              "General 2027 price list to all customers (Bcc); its prices for IS-PD-28 and "
                              "IS-DS-500 differ from the PO but are not an answer to PO 4500038445.")


# 049 -------------------------------------------------------------------------
@case("oyster-bags-latvian-partial", "confirmation/lv-LV",
      "Latvian windows-1257 reply that confirms only 600 of 1000 bags and refuses the remaining 400.")
def c049(c):
    s = sup("BALTAKVA", "Baltijas Akvakultūra SIA", "pasutijumi@balt-akva.example", "lv-LV")
    p = po("4500038452", s, "EUR", "2026-11-26", [
        ("BA-OB-6", "Oyster bag HDPE, mesh 6 mm, 80x50 cm", 1000, "PCS", "3.10", "2027-01-15"),
        ("BA-OB-12", "Oyster bag HDPE, mesh 12 mm, 80x50 cm", 800, "PCS", "3.25", "2027-01-15"),
    ])
    body = ("Labdien, Dana!\n\nPaldies par pasūtījumu 4500038452. Apstiprinām:\n\n"
            "1. pozīcija - varam piegādāt tikai 600 gab. (vairāk izejvielu šogad nav), cena 3,10 EUR/gab., "
            "piegāde 15.01.2027.\n2. pozīcija - 800 gab., 3,25 EUR/gab., piegāde 15.01.2027.\n\n"
            "Atlikušos 400 gab. no 1. pozīcijas mēs diemžēl nevaram piegādāt.\n\nAr cieņu,\n\nLīga Bērziņa\n"
            "Pārdošanas nodaļa\nBaltijas Akvakultūra SIA\nOstas iela 7, Liepāja, LV-3401\nTālr. +371 634 22 518\n")
    eml = c.mail(frm=("Līga Bērziņa", "liga.berzina@balt-akva.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-12-03 14:45:12 +0200", client="outlook",
                 body=body, quote="outlook", qlang="lv", charset="windows-1257", content_language="lv-LV",
                 hdr_charset="windows-1257")
    return [p], eml, expected("confirmation",
                              "Line 1 partial: 600 of 1000 confirmed, the remaining 400 refused; line 2 as ordered.",
                              conf(p, {1: {"q": 600}, 2: "A"}))


# 050 -------------------------------------------------------------------------
@case("salon-chairs-lithuanian-two-of-four", "confirmation/lt-LT",
      "Only positions 1 and 4 are confirmed; 2 and 3 will be answered separately and stay unconfirmed.")
def c050(c):
    s = sup("KIRPBALD", "Kirpyklų baldai UAB", "uzsakymai@kirpyklubaldai.example", "lt-LT")
    p = po("4500038459", s, "EUR", "2026-11-27", [
        ("KB-KK-100", "Styling chair, hydraulic, grey, 2027 model", 6, "EA", "298.00", "2027-01-22"),
        ("KB-KK-200", "Barber chair, reclining, black", 2, "EA", "745.00", "2027-01-22"),
        ("KB-PL-01", "Hairwash basin, ceramic, tilting", 2, "EA", "512.00", "2027-01-22"),
        ("KB-VZ-05", "Trolley 5 drawers, 86 cm", 4, "EA", "119.00", "2027-01-22"),
    ])
    body = ("Laba diena,\n\ndėkojame už užsakymą 4500038459. Patvirtiname 1 ir 4 pozicijas: kiekiai ir kainos kaip "
            "užsakyme, pristatymas 2027-01-22.\n\nDėl kitų pozicijų atsakysime atskirai, kai gausime informaciją iš "
            "gamintojo.\n\nPagarbiai\nRūta Kazlauskienė\nPardavimų vadybininkė\nKirpyklų baldai UAB\n"
            "Savanorių pr. 178, LT-03154 Vilnius\nTel. +370 5 213 4470\n")
    eml = c.mail(frm=("Rūta Kazlauskienė", "ruta.k@kirpyklubaldai.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-12-04 09:05:00 +0200", client="gmail",
                 body=body, quote="gmail", qlang="en", charset="windows-1257", hdr_charset="windows-1257")
    return [p], eml, expected("confirmation",
                              "Lines 1 and 4 accepted (2027-01-22 = requested); lines 2 and 3 explicitly deferred "
                              "-> unconfirmed.", conf(p, {1: "A", 2: "U", 3: "U", 4: "A"}))


# 051 -------------------------------------------------------------------------
@case("abattoir-rails-value-only-in-our-quote", "needs_review/pl-PL",
      "'As we discussed by phone' - the new date exists only in our own quoted follow-up question.")
def c051(c):
    s = sup("RZEZTECH", "Rzeźnik-Tech Sp. z o.o.", "biuro@rzeznik-tech.example", "pl-PL")
    p = po("4500038466", s, "EUR", "2026-11-27", [
        ("RT-HK-250", "Carcass hook 12 x 250 mm, stainless", 1500, "PCS", "2.35", "2026-12-16"),
        ("RT-TR-80", "Trolley for 80x12 flat rail, 2 wheels", 300, "PCS", "14.90", "2026-12-16"),
    ], buyer="tom")
    fu_id = f"<followup-4500038466.20261201@{BUYER_DOMAIN}>"
    follow = ("Dear Mr Zieliński,\n\nthank you for the call. Could you deliver line 2 (trolleys) already on "
              "2026-12-09 instead of 2026-12-16, and line 1 in full by 2026-12-14? Please confirm in writing.\n\n"
              "Kind regards\nTomas Lindqvist\nPurchasing | Brightwater Supply Group B.V.\n")
    body = ("Dzień dobry,\n\ntak jak rozmawialiśmy telefonicznie - postaramy się, zrobimy co w naszej mocy.\n\n"
            "Pozdrawiam\nTomasz Zieliński\nRzeźnik-Tech Sp. z o.o.\nul. Rolnicza 41, 96-100 Skierniewice\n"
            "tel. +48 46 833 19 02\n\n"
            "-----Wiadomość oryginalna-----\nOd: Tomas Lindqvist <tomas.lindqvist@brightwater-supply.example>\n"
            "Wysłano: 01.12.2026 10:22\nDo: biuro@rzeznik-tech.example\nTemat: RE: " + req_subject(p) + "\n\n"
            + follow + q_outlook(p, "pl"))
    eml = c.mail(frm=("Tomasz Zieliński", "t.zielinski@rzeznik-tech.example"), p=p,
                 subject="Odp: RE: " + req_subject(p), date="2026-12-01 16:48:09 +0100", client="other",
                 body=body, mode="text", charset="iso-8859-2", irt=fu_id,
                 refs=p["request_message_id"] + " " + fu_id, thread=False)
    return [p], eml, expected("needs_review",
                              "The supplier only says 'as discussed by phone, we'll do our best'; 2026-12-09 and "
                              "2026-12-14 appear only in our own quoted follow-up, so nothing is committed.")


# 052 -------------------------------------------------------------------------
@case("ice-augers-ukrainian-plus-4-percent", "confirmation/uk-UA",
      "A '+4 %' surcharge on two lines must be applied to the PO unit prices; Cyrillic windows-1251.")
def c052(c):
    s = sup("LODOBUR", "Lodobur Ukraine LLC", "sales@lodobur.example", "uk-UA")
    p = po("4500038473", s, "EUR", "2026-11-27", [
        ("LU-LB-130", "Ice auger 130 mm, two-handed, 1.2 m", 80, "EA", "27.50", "2027-01-15"),
        ("LU-LB-160", "Ice auger 160 mm, two-handed, 1.4 m", 40, "EA", "31.25", "2027-01-15"),
        ("LU-NZ-130", "Blade set 130 mm", 100, "PAIR", "6.80", "2027-01-15"),
    ], buyer="tom")
    body = ("Добрий день, пане Томасе!\n\nДякуємо за замовлення № 4500038473. Підтверджуємо всі позиції в повному "
            "обсязі з доставкою 15.01.2027.\nУвага: на позиції 1 та 2 діє надбавка +4 % до цін замовлення через "
            "подорожчання сталі; ціна позиції 3 без змін.\n\nЗ повагою,\nОлена Шевченко\nвідділ продажу\n"
            "Lodobur Ukraine LLC\nвул. Промислова 12, Житомир, 10003\nтел. +380 412 55 18 40\n")
    eml = c.mail(frm=("Олена Шевченко", "o.shevchenko@lodobur.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-30 12:18:40 +0200", client="outlook",
                 body=body, quote="outlook", qlang="uk", charset="windows-1251", content_language="uk-UA",
                 hdr_charset="windows-1251")
    from decimal import Decimal
    p1 = (Decimal("27.50") * Decimal("1.04")).quantize(Decimal("0.01"))
    p2 = (Decimal("31.25") * Decimal("1.04")).quantize(Decimal("0.01"))
    assert (str(p1), str(p2)) == ("28.60", "32.50")
    return [p], eml, expected("confirmation",
                              "+4 % on lines 1-2: 27.50 -> 28.60 and 31.25 -> 32.50; line 3 unchanged; all dates "
                              "as requested.", conf(p, {1: {"p": "28.60"}, 2: {"p": "32.50"}, 3: "A"}))


# 053 -------------------------------------------------------------------------
@case("carcass-hooks-koi8r-two-shipments", "confirmation/ru-RU",
      "KOI8-R 8bit webmail reply; one line ships in two batches (ship dates only), the other has a delivery date.")
def c053(c):
    s = sup("MYASOPROM", "OOO Myasoprom-Osnastka", "zakaz@myasoprom-osnastka.example", "ru-RU")
    p = po("4500038480", s, "EUR", "2026-11-30", [
        ("MO-KR-250", "Carcass hook, stainless, 10 x 250 mm", 2000, "PCS", "1.85", "2026-12-18"),
        ("MO-RL-80", "Trolley roller hook for 80 mm tube rail", 500, "PCS", "8.40", "2026-12-18"),
    ])
    body = ("Добрый день, Дана!\n\nБлагодарим за заказ N 4500038480. Подтверждаем:\n\n"
            "1. Крюк 10x250 мм - 2000 шт. по 1,85 EUR, отгрузка двумя партиями: 1200 шт. - 18.12.2026, "
            "800 шт. - 22.01.2027.\n2. Крюк роликовый - 500 шт. по 8,40 EUR, поставка 18.12.2026.\n\n"
            "С уважением,\nАлексей Смирнов\nотдел продаж\nООО \"Мясопром-Оснастка\"\n"
            "г. Подольск, ул. Заводская, д. 18\nтел. +7 495 555-21-87\n")
    eml = c.mail(frm=("Алексей Смирнов", "a.smirnov@myasoprom-osnastka.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-12-01 10:40:00 +0300", client="other",
                 body=body, quote="prefixed", mode="text", charset="koi8-r", cte="8bit", hdr_charset="koi8-r")
    return [p], eml, expected("confirmation",
                              "Line 1 shipped in two batches, 1200 on 2026-12-18 and 800 on 2027-01-22 (ship dates "
                              "count when no delivery date is given); line 2 as ordered.",
                              conf(p, {1: {"s": [(1200, "2026-12-18"), (800, "2027-01-22")]}, 2: "A"}))


# 054 -------------------------------------------------------------------------
@case("balloon-burners-shared-inbox-receipt", "auto_reply/ms-MY",
      "A bilingual Malay/English shared-mailbox receipt with a reference number, sent in reply to the request.")
def c054(c):
    s = sup("ANGKASA", "Angkasa Burner Works Sdn. Bhd.", "sales@angkasaburner.example", "ms-MY")
    p = po("4500038487", s, "USD", "2026-11-30", [
        ("ABW-BR-SGL", "Single burner 15 MW, for 90,000 cu ft envelope", 2, "EA", "4650.00", "2027-02-26"),
        ("ABW-VL-12", "Liquid fire valve 1/2 in", 4, "EA", "186.00", "2027-02-26"),
    ], buyer="priya")
    body = ("Terima kasih kerana menghubungi Angkasa Burner Works Sdn. Bhd.\n\n"
            "E-mel anda telah diterima oleh peti mel jualan kami dan akan diproses oleh pasukan kami dalam tempoh "
            "2 hari bekerja. Sila jangan balas e-mel ini.\n\n"
            "Thank you for contacting Angkasa Burner Works. Your e-mail has been received by our sales mailbox and "
            "will be handled within 2 working days. Please do not reply to this message.\n\n"
            "No. rujukan / Reference: SLS-2026-11-0877\n\nAngkasa Burner Works Sdn. Bhd.\n"
            "Lot 23, Jalan Perindustrian 4, 43650 Bandar Baru Bangi, Selangor\n")
    eml = c.mail(frm=("Angkasa Sales", "sales@angkasaburner.example"), p=p,
                 subject="[SLS-2026-11-0877] Diterima / Received: " + req_subject(p),
                 date="2026-11-30 16:05:42 +0800", client="other", body=body, mode="text",
                 extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    return [p], eml, expected("auto_reply",
                              "Shared-inbox receipt (Malay + English) with a reference number; nothing about "
                              "quantities, prices or dates.")
