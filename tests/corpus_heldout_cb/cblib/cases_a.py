"""Cases 001-018."""
from .common import (case, sup, po, conf, allacc, expected, when, kw, next_md, wd, req_text, req_subject,
                     table_rows, orig_request, req_dt, pdf_date, BUYER_DOMAIN, COMPANY)
from . import mime
from .pdf import make_pdf


# 001 -------------------------------------------------------------------------
@case("bagpipe-reeds-all-confirmed-oneliner", "confirmation/en-GB",
      "A one-sentence 'all confirmed as per your PO' above an Outlook-quoted request: every value must come from the PO itself.")
def c001(c):
    s = sup("GLENMORVEN", "Glenmorven Reed Works Ltd", "orders@glenmorven-reeds.example", "en-GB")
    p = po("4500038101", s, "GBP", "2026-11-03", [
        ("GRW-CH-43", "Highland chanter reed, cane, medium-hard 4/3", 120, "PCS", "6.80", "2026-12-11"),
        ("GRW-DR-3S", "Drone reed set, synthetic, 2 tenor + 1 bass", 40, "SET", "24.50", "2026-12-11"),
        ("GRW-PC-12", "Practice chanter reed, plastic, box of 12", 25, "BOX", "18.00", "2027-01-15"),
    ])
    body = ("Hi Dana,\n\nThanks for the order. All three lines confirmed as per your PO - quantities, prices and "
            "dates exactly as listed below.\n\nKind regards\nFiona\n\n"
            "Fiona MacLeod\nSales Office | Glenmorven Reed Works Ltd\nUnit 4, Carsebridge Court, Alloa FK10 3LQ, Scotland\n"
            "T: +44 (0)1259 721 884  |  www.glenmorven-reeds.example\n\n"
            "This e-mail and any attachments are confidential and intended solely for the addressee. "
            "Glenmorven Reed Works Ltd, registered in Scotland No. SC412887.\n")
    eml = c.mail(frm=("Fiona MacLeod", "fiona.macleod@glenmorven-reeds.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-10 11:42:07 +0000", client="outlook",
                 body=body, quote="outlook", qlang="en", content_language="en-GB")
    return [p], eml, expected("confirmation",
                              "Blanket acceptance from a colleague of the PO contact; quantities, prices and dates "
                              "appear only in the quoted request, so every line is accepted with the PO values.",
                              allacc(p))


# 002 -------------------------------------------------------------------------
@case("soap-pumps-inline-answers-us-dates", "confirmation/en-US",
      "Answers are typed between the quoted PO lines, with month-first US dates and one price increase.")
def c002(c):
    s = sup("LAKESHORE", "Lakeshore Dispensing Components Inc.", "orders@lakeshore-dispensing.example", "en-US")
    p = po("4500038117", s, "USD", "2026-11-04", [
        ("LDC-FP-28410", "Foam pump head 28/410, white, 0.8 ml output", 5000, "PCS", "0.42", "2026-12-04"),
        ("LDC-LP-24415", "Lotion pump 24/415, chrome collar, 2.0 cc", 3000, "PCS", "0.57", "2026-12-04"),
        ("LDC-WM-1000", "Wall dispenser 1000 ml, ABS, 24V sensor", 150, "EA", "18.90", "2026-12-18"),
        ("LDC-DT-180", "Dip tube 3/16 in x 180 mm, PP", 8000, "PCS", "0.03", "2026-12-04"),
    ], buyer="dana")
    head, rows = table_rows(p)
    ans = [
        "KC: OK as ordered.",
        "KC: Confirmed 3,000 pcs for 12/4, but price is $0.61/pc - the chrome collar surcharge went up on 11/1.",
        "KC: Confirmed 150 ea at $18.90, the 24V sensor boards are late - delivery 01/08/2027.",
        "KC: OK.",
    ]
    d = req_dt(p)
    quoted = [f"On Wed, Nov 4, 2026 at {d.hour % 12 or 12}:{d:%M} AM Dana Ruiz <{p['buyer']['email']}> wrote:"]
    rt = req_text(p).rstrip("\n").split("\n")
    for x in rt:
        quoted.append("> " + x if x else ">")
        for r, a in zip(rows, ans):
            if x == r:
                quoted.append("")
                quoted.append(a)
                quoted.append("")
    body = ("Hi Dana,\n\nThanks for PO 4500038117 - my answers are inline below, marked KC.\n\n"
            "Best,\nKevin\n\nKevin Callahan | Customer Service\nLakeshore Dispensing Components Inc.\n"
            "2210 N. Elston Ave, Chicago, IL 60614\nPh (773) 555-0148\n\n" + "\n".join(quoted) + "\n")
    eml = c.mail(frm=("Kevin Callahan", "kcallahan@lakeshore-dispensing.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-11-11 14:05:33 -0500", client="gmail", body=body)
    return [p], eml, expected("confirmation",
                              "Inline answers under each quoted row; 12/4 and 01/08/2027 are month-first (en-US); "
                              "line 2 price rises to 0.61, line 3 moves to 2027-01-08.",
                              conf(p, {1: "A", 2: {"p": "0.61"}, 3: {"d": "2027-01-08"}, 4: "A"}))


# 003 -------------------------------------------------------------------------
@case("chimney-cowls-lieferung-kw51", "confirmation/de-DE",
      "'Lieferung in der 51. KW' without a day must become the Friday of ISO week 51 for all lines.")
def c003(c):
    s = sup("BRENNER", "Brenner Kaminhauben GmbH", "auftrag@brenner-kaminhauben.example", "de-DE")
    p = po("4500038124", s, "EUR", "2026-11-04", [
        ("BKH-ED-150", "Chimney cowl, stainless 1.4301, dia 150 mm, 1.5 mm", 60, "EA", "48.30", "2026-12-11"),
        ("BKH-ED-200", "Chimney cowl, stainless 1.4301, dia 200 mm, 1.5 mm", 40, "EA", "61.75", "2026-12-11"),
        ("BKH-RT-300", "Rotating cowl Turbo 300x300, galvanised", 12, "EA", "139.00", "2026-12-11"),
    ], buyer="marc")
    body = ("Sehr geehrter Herr Oosterhuis,\n\nvielen Dank für Ihre Bestellung 4500038124. Wir bestätigen alle "
            "drei Positionen in Menge und zu den genannten Preisen.\n\nLieferung in der 51. KW - früher ist es "
            "wegen des Rückstands in der Blechbearbeitung leider nicht möglich.\n\n"
            "Mit freundlichen Grüßen\n\nStefan Kühne\nInnendienst / Auftragsabwicklung\n"
            "Brenner Kaminhauben GmbH\nIndustriestraße 17, 57462 Olpe\nTel. +49 2761 94418-22\n"
            "Geschäftsführer: Thomas Brenner | Amtsgericht Siegen HRB 10458\n")
    eml = c.mail(frm=("Stefan Kühne", "s.kuehne@brenner-kaminhauben.example"), p=p,
                 subject="AW: " + req_subject(p), date="2026-11-12 08:17:44 +0100", client="thunderbird",
                 body=body, quote="thunderbird", qlang="de", charset="iso-8859-1", cte="quoted-printable",
                 content_language="de-DE")
    d = kw(2026, 51)
    assert d == "2026-12-18"
    return [p], eml, expected("confirmation",
                              "Calendar week without a day: KW 51/2026 -> Friday 2026-12-18 for every line; "
                              "quantities and prices unchanged.",
                              conf(p, {1: {"d": d}, 2: {"d": d}, 3: {"d": d}}))


# 004 -------------------------------------------------------------------------
@case("fermenters-invoice-in-sek-day-rate", "needs_review/sv-SE",
      "Every line is confirmed, but the supplier will invoice in SEK at the day's rate instead of the EUR PO price.")
def c004(c):
    s = sup("NORRBRYGG", "Norrbryggeri Teknik AB", "order@norrbryggeri-teknik.example", "sv-SE")
    p = po("4500038131", s, "EUR", "2026-11-05", [
        ("NBT-FV-500", "Conical fermenter 500 L, AISI 304, 2.5 bar", 2, "EA", "6850.00", "2027-01-22"),
        ("NBT-GJ-500", "Glycol jacket kit for 500 L, 1/2 in connections", 2, "SET", "980.00", "2027-01-22"),
        ("NBT-CIP-38", "CIP spray ball 38 mm, 360 deg", 6, "EA", "74.50", "2027-01-22"),
    ], buyer="tom")
    body = ("Hej Tomas,\n\nTack för beställningen! Vi bekräftar samtliga rader - antal och leveransdatum "
            "22 januari enligt er order.\n\nObservera dock att vi från och med december fakturerar alla kunder i SEK. "
            "Beloppen räknas om från era EUR-priser till dagskursen (Riksbankens mittkurs) på fakturadagen.\n\n"
            "Med vänliga hälsningar\n\nAnna Sjöberg\nOrderavdelningen\nNorrbryggeri Teknik AB\n"
            "Sågverksgatan 8, 903 27 Umeå\nTel. 090-18 44 20\n")
    eml = c.mail(frm=("Anna Sjöberg", "anna.sjoberg@norrbryggeri-teknik.example"), p=p,
                 subject="SV: " + req_subject(p), date="2026-11-13 10:21:09 +0100", client="outlook",
                 body=body, quote="outlook", qlang="sv", charset="iso-8859-1", content_language="sv-SE")
    return [p], eml, expected("needs_review",
                              "Quantities and dates are confirmed, but the price will be invoiced in SEK at the "
                              "day's rate: the EUR unit price is not committed, so a buyer has to decide.")


# 005 -------------------------------------------------------------------------
@case("book-trolleys-bon-pour-accord-pdf", "confirmation/fr-FR",
      "The body only says the PO is returned 'bon pour accord'; the signed-back PO is a PDF attachment.")
def c005(c):
    s = sup("DURAND", "Mobilier Bibliothèque Durand SAS", "adv@durand-biblio.example", "fr-FR")
    p = po("4500038140", s, "EUR", "2026-11-05", [
        ("DUR-CH3-60", "Book trolley, 3 sloping shelves, beech, 60x40 cm", 10, "EA", "289.00", "2026-12-16"),
        ("DUR-CH2-45", "Book trolley, 2 shelves, steel, 45x35 cm, castors 75 mm", 14, "EA", "198.50", "2026-12-16"),
        ("DUR-RB-75", "Spare castor 75 mm with brake, set of 4", 20, "SET", "21.40", "2026-12-16"),
    ])
    pdfl = [("PURCHASE ORDER 4500038140", "B"), "", COMPANY, "Waalhaven Z.z. 41, 3089 JH Rotterdam, Netherlands", "",
            "Supplier: Mobilier Bibliothèque Durand SAS, 14 rue des Tanneurs, 69007 Lyon, France",
            "Order date: 2026-11-05     Buyer: Dana Ruiz     Currency: EUR     Incoterms: DAP Rotterdam", "",
            ("Ln  Item          Description                                        Qty  UoM   Price    Req. date", "B")]
    for l in p["lines"]:
        pdfl.append(f"{l['line']:<4}{l['item']:<14}{l['description']:<51}{l['quantity']:>4}  {l['uom']:<5}"
                    f"{l['unit_price']:>7}    {l['requested_date']}")
    pdfl += ["", "Total net: EUR 6,097.00", "", "Please confirm by return. Quote our PO number on all documents.",
             "", "", ("BON POUR ACCORD", "B"), "Lyon, le 12/11/2026", "S. Marchand - ADV",
             "Mobilier Bibliothèque Durand SAS (cachet de l'entreprise)"]
    tot = sum(l["quantity"] * __import__("decimal").Decimal(l["unit_price"]) for l in p["lines"])
    assert str(tot) == "6097.00", tot
    pdf = make_pdf(pdfl, title="PO 4500038140", author="Brightwater Supply Group",
                   date="D:20261112163812+01'00'", producer="Canon iR-ADV C5535 / PDF")
    body = ("Bonjour Madame Ruiz,\n\nVeuillez trouver ci-joint votre bon de commande n° 4500038140 revêtu de "
            "notre « Bon pour accord », daté et signé.\n\nBonne fin de journée,\n\nSophie Marchand\n"
            "Administration des ventes\nMobilier Bibliothèque Durand SAS\n14 rue des Tanneurs, 69007 Lyon\n"
            "Tél. : +33 (0)4 72 61 18 30\n")
    att = mime.attachment(pdf, "application/pdf", "BC_4500038140_bon_pour_accord.pdf")
    eml = c.mail(frm=("Sophie Marchand", "adv@durand-biblio.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-12 16:48:02 +0100", client="outlook",
                 body=body, quote="outlook", qlang="fr", charset="iso-8859-15", content_language="fr-FR",
                 attachments=[att])
    return [p], eml, expected("confirmation",
                              "'Bon pour accord' on the returned PO PDF is an acceptance of the PO as issued; no "
                              "values are restated in the body.",
                              allacc(p))


# 006 -------------------------------------------------------------------------
@case("hairdresser-chairs-consegna-18-12", "confirmation/it-IT",
      "'confermiamo l'ordine, consegna 18/12' gives a day-first date without a year for all lines.")
def c006(c):
    s = sup("SALFER", "Saloni Ferraresi S.r.l.", "ordini@saloniferraresi.example", "it-IT")
    p = po("4500038152", s, "EUR", "2026-11-06", [
        ("SF-PH-210", "Hydraulic styling chair Vega, black, 2027 model", 8, "EA", "412.00", "2026-12-11"),
        ("SF-LV-02", "Backwash unit 2-in-1, ceramic bowl", 2, "EA", "1180.00", "2026-12-11"),
        ("SF-PG-210", "Chrome footrest for Vega 2027, 1/2 ring", 8, "EA", "36.50", "2026-12-11"),
    ])
    body = ("Buongiorno Dana,\n\nconfermiamo l'ordine, consegna 18/12.\nPrezzi e quantità come da Vs. ordine.\n\n"
            "Cordiali saluti\n\nGiulia Ferri\nUfficio Commerciale\nSaloni Ferraresi S.r.l.\n"
            "Via Bologna 212, 44122 Ferrara (FE)\nTel. +39 0532 771 540\n\n"
            "Ai sensi del Regolamento UE 2016/679 (GDPR) le informazioni contenute in questa e-mail sono riservate "
            "e destinate esclusivamente al destinatario.\n")
    eml = c.mail(frm=("Giulia Ferri", "giulia.ferri@saloniferraresi.example"), p=p,
                 subject="R: " + req_subject(p), date="2026-11-13 09:30:12 +0100", client="gmail",
                 body=body, quote="gmail", qlang="it")
    d = next_md(when("2026-11-13 09:30:12 +0100"), 12, 18)
    return [p], eml, expected("confirmation",
                              "18/12 is day-first and has no year -> 2026-12-18, one week after the requested "
                              "2026-12-11, for all three lines.",
                              conf(p, {1: {"d": d}, 2: {"d": d}, 3: {"d": d}}))


# 007 -------------------------------------------------------------------------
@case("ice-augers-korean-out-of-office", "auto_reply/ko-KR",
      "Korean out-of-office in EUC-KR with return dates and a deputy, threaded on the request.")
def c007(c):
    s = sup("HANBIT", "Hanbit Outdoor Co., Ltd.", "sales@hanbit-outdoor.example", "ko-KR")
    p = po("4500038160", s, "USD", "2026-11-06", [
        ("HB-IA-150", "Ice fishing auger, hand, 150 mm, 2-piece shaft", 60, "EA", "38.40", "2026-12-18"),
        ("HB-IA-EXT", "Auger extension 0.5 m", 60, "EA", "9.60", "2026-12-18"),
    ], buyer="priya")
    body = ("안녕하세요.\n\n저는 11월 16일부터 11월 27일까지 해외 출장으로 부재중입니다.\n"
            "이 기간 동안에는 이메일 확인이 어렵습니다.\n\n"
            "주문 및 납기 관련 긴급한 용무는 영업팀 김지은 대리(jieun.kim@hanbit-outdoor.example, "
            "+82 2 555 0192)에게 연락 부탁드립니다.\n\n감사합니다.\n박성훈 드림\n\n"
            "I am out of the office until 27 November with limited access to e-mail. For urgent matters please "
            "contact Ms. Jieun Kim (jieun.kim@hanbit-outdoor.example).\n")
    eml = c.mail(frm=("박성훈", "sales@hanbit-outdoor.example"), p=p,
                 subject="자동 회신: " + req_subject(p), date="2026-11-16 09:02:11 +0900", client="outlook",
                 body=body, mode="text", charset="euc-kr", cte="base64", hdr_charset="euc-kr",
                 content_language="ko-KR",
                 extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return [p], eml, expected("auto_reply",
                              "Out-of-office reply in Korean (EUC-KR, base64); the dates 11/16-11/27 are absence "
                              "dates, not delivery dates.")


# 008 -------------------------------------------------------------------------
@case("oyster-bags-entrega-18-dezembro", "confirmation/pt-PT",
      "'entrega a 18 de dezembro' with a month name and no year equals the requested date, so all lines are accepted.")
def c008(c):
    s = sup("OSTSADO", "Ostrícola do Sado, Lda.", "encomendas@ostricola-sado.example", "pt-PT")
    p = po("4500038168", s, "EUR", "2026-11-06", [
        ("OS-PB-09", "Oyster mesh bag HDPE, mesh 9 mm, 100x50 cm", 600, "PCS", "3.85", "2026-12-18"),
        ("OS-PB-14", "Oyster mesh bag HDPE, mesh 14 mm, 100x50 cm", 400, "PCS", "3.95", "2026-12-18"),
        ("OS-CL-200", "Bag clip, stainless, 200 pcs per box", 6, "BOX", "44.00", "2026-12-18"),
    ])
    body = ("Cara Dana,\n\nObrigado pela encomenda n.º 4500038168.\nConfirmamos as três linhas nas quantidades e "
            "preços indicados, com entrega a 18 de dezembro nas vossas instalações em Roterdão.\n\n"
            "Com os melhores cumprimentos,\n\nRui Carvalho\nDepartamento Comercial\nOstrícola do Sado, Lda.\n"
            "Estrada da Comporta, km 4, 7580-612 Alcácer do Sal\nTel.: +351 265 610 448\n")
    eml = c.mail(frm=("Rui Carvalho", "rui.carvalho@ostricola-sado.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-16 12:14:55 +0000", client="outlook",
                 body=body, quote="outlook", qlang="pt", charset="iso-8859-1", content_language="pt-PT")
    assert next_md(when("2026-11-16 12:14:55 +0000"), 12, 18) == "2026-12-18"
    return [p], eml, expected("confirmation",
                              "18 de dezembro (no year) resolves to 2026-12-18, which is the requested date: all "
                              "lines accepted.", allacc(p))


# 009 -------------------------------------------------------------------------
@case("concrete-spacers-dostawa-do-18-12", "confirmation/pl-PL",
      "'dostawa do 18.12.2026' moves every line a week later while quantities and prices stay.")
def c009(c):
    s = sup("DYSTBET", "Dystans-Bet Sp. z o.o.", "zamowienia@dystansbet.example", "pl-PL")
    p = po("4500038175", s, "PLN", "2026-11-09", [
        ("DB-KR-25", "Spacer wheel, rebar 6-12 mm, cover 25 mm", 20000, "PCS", "0.18", "2026-12-11"),
        ("DB-LK-35", "Linear spacer 35 mm, fibre concrete, 2 m bars", 1500, "M", "2.40", "2026-12-11"),
        ("DB-KZ-50", "Chair spacer 50/60 mm, PP", 8000, "PCS", "0.27", "2026-12-11"),
    ], buyer="tom")
    body = ("Dzień dobry,\n\npotwierdzamy zamówienie nr 4500038175 - ilości i ceny bez zmian, dostawa do "
            "18.12.2026 (poz. 2 nie damy rady wcześniej, więc całość wyślemy jednym transportem).\n\n"
            "Pozdrawiam\nKatarzyna Wójcik\nDział Sprzedaży\nDystans-Bet Sp. z o.o.\n"
            "ul. Przemysłowa 9, 62-020 Swarzędz\ntel. +48 61 817 22 40\n")
    eml = c.mail(frm=("Katarzyna Wójcik", "k.wojcik@dystansbet.example"), p=p,
                 subject="Odp: " + req_subject(p), date="2026-11-17 07:55:31 +0100", client="thunderbird",
                 body=body, quote="thunderbird", qlang="pl", charset="iso-8859-2", content_language="pl")
    return [p], eml, expected("confirmation",
                              "One date for the whole order, day-first 18.12.2026; description numbers (6-12 mm, "
                              "50/60 mm) are not quantities or dates.",
                              conf(p, {1: {"d": "2026-12-18"}, 2: {"d": "2026-12-18"}, 3: {"d": "2026-12-18"}}))


# 010 -------------------------------------------------------------------------
@case("antifouling-postfix-dsn-user-unknown", "bounce/en-GB",
      "A Postfix DSN (multipart/report) carrying the full original request with its PO table and requested dates.")
def c010(c):
    s = sup("HARBOURLINE", "Harbourline Marine Coatings Ltd", "orders@harbourline-coatings.example", "en-GB")
    p = po("4500038188", s, "GBP", "2026-11-09", [
        ("HMC-AF-CU-5", "Antifouling, copper oxide, navy, 5 L", 80, "EA", "112.00", "2026-12-14"),
        ("HMC-AF-TC-1", "Antifouling tin-free, black, 1 L", 240, "EA", "26.40", "2026-12-14"),
        ("HMC-TP-25", "Tie-coat primer 2.5 L", 40, "EA", "47.90", "2026-12-14"),
    ], buyer="dana")
    d = when("2026-11-09 10:16:03 +0100")
    qid = "4Cq8Xk1Tb3z9"
    txt = ("This is the mail system at host mx1.brightwater-supply.example.\n\n"
           "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
           "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
           "If you do so, please include this problem report. You can\ndelete your own text from the attached "
           "returned message.\n\n                   The mail system\n\n"
           "<orders@harbourline-coatings.example>: host mx.harbourline-coatings.example[203.0.113.58]\n"
           "    said: 550 5.1.1 <orders@harbourline-coatings.example>: Recipient address\n"
           "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n    command)\n")
    ds = (f"Reporting-MTA: dns; mx1.brightwater-supply.example\nX-Postfix-Queue-ID: {qid}\n"
          f"X-Postfix-Sender: rfc822; {p['buyer']['email']}\n"
          f"Arrival-Date: {req_dt(p).strftime('%a, %d %b %Y %H:%M:%S %z')}\n\n"
          "Final-Recipient: rfc822; orders@harbourline-coatings.example\n"
          "Original-Recipient: rfc822;orders@harbourline-coatings.example\nAction: failed\nStatus: 5.1.1\n"
          "Remote-MTA: dns; mx.harbourline-coatings.example\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <orders@harbourline-coatings.example>:\n"
          "    Recipient address rejected: User unknown in virtual mailbox table\n")
    b = "3F1A20C04E.1762679763/mx1.brightwater-supply.example"
    rep = mime.multipart("report", [
        mime.Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")],
                  txt.encode()),
        mime.Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
                  ds.encode()),
        mime.Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")],
                  orig_request(p).encode()),
    ], b, params="report-type=delivery-status", preamble="This is a MIME-encapsulated message.")
    hs = [("Return-Path", "<>"), ("Received", "by mx1.brightwater-supply.example (Postfix)\n\tid 3F1A20C04E; "
                                  + d.strftime("%a, %d %b %Y %H:%M:%S %z (CET)")),
          ("Date", d.strftime("%a, %d %b %Y %H:%M:%S %z (CET)")),
          ("From", "MAILER-DAEMON@mx1.brightwater-supply.example (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", p["buyer"]["email"]), ("Auto-Submitted", "auto-replied"),
          ("Message-Id", "<20261109091603.3F1A20C04E@mx1.brightwater-supply.example>")]
    eml = mime.message(hs, rep)
    return [p], eml, expected("bounce",
                              "Postfix DSN: 550 5.1.1 user unknown; the attached original request contains the PO "
                              "table with quantities, prices and 2026-12-14 dates that must not be read as an answer.")


# 011 -------------------------------------------------------------------------
@case("ice-augers-cena-1250-kc-ks", "confirmation/cs-CZ",
      "Czech price '1 250,00 Kč/ks' uses a space as thousands separator and a decimal comma.")
def c011(c):
    s = sup("LEDOVRT", "Ledovrt s.r.o.", "objednavky@ledovrt.example", "cs-CZ")
    p = po("4500038183", s, "CZK", "2026-11-09", [
        ("LV-130-M", "Ice auger, manual, 130 mm, 1.2 m extension", 40, "EA", "1190.00", "2026-12-11"),
        ("LV-NZ-130", "Spare blades 130 mm", 60, "PAIR", "285.00", "2026-12-11"),
    ])
    body = ("Dobrý den, paní Ruiz,\n\nděkujeme za objednávku č. 4500038183 a potvrzujeme ji takto:\n\n"
            "poz. 1 - LV-130-M, 40 ks, cena 1 250,00 Kč/ks (zdražení oceli od 1. 11.), dodání 11. 12. 2026\n"
            "poz. 2 - LV-NZ-130, 60 párů, 285,00 Kč/pár, dodání 11. 12. 2026\n\n"
            "S pozdravem\n\nJan Novotný\nobchodní oddělení\nLedovrt s.r.o.\nPrůmyslová 1182, 537 01 Chrudim\n"
            "tel.: +420 469 622 318\n")
    eml = c.mail(frm=("Jan Novotný", "jan.novotny@ledovrt.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-17 13:40:02 +0100", client="outlook",
                 body=body, quote="outlook", qlang="cs", charset="windows-1250", content_language="cs-CZ")
    return [p], eml, expected("confirmation",
                              "Line 1 price 1 250,00 Kc/ks = 1250.00 CZK (was 1190.00); '1. 11.' is the date of the "
                              "steel surcharge, not a delivery; line 2 as ordered.",
                              conf(p, {1: {"p": "1250.00"}, 2: "A"}))


# 012 -------------------------------------------------------------------------
@case("antifouling-confirmam-comanda-drums", "confirmation/ro-RO",
      "Quantity given as drums x litres (18 x 20 L) against a PO in litres, with the remainder refused.")
def c012(c):
    s = sup("NAVOCOAT", "Navocoat Constanța SRL", "vanzari@navocoat.example", "ro-RO")
    p = po("4500038190", s, "EUR", "2026-11-10", [
        ("NVC-AF-SP5", "Antifouling self-polishing, red, 5 L can", 120, "EA", "96.00", "2026-12-14"),
        ("NVC-AF-HM", "Antifouling hard matrix, black, in 20 L drums", 400, "L", "14.20", "2026-12-14"),
        ("NVC-PR-25", "Epoxy primer 2K, 2.5 L kit", 60, "SET", "58.40", "2026-12-14"),
    ], buyer="priya")
    body = ("Bună ziua,\n\nVă mulțumim pentru comanda nr. 4500038190. Confirmăm comanda după cum urmează:\n\n"
            "- poz. 1: 120 buc. x 96,00 EUR, livrare 14.12.2026\n"
            "- poz. 2: 18 bidoane x 20 L, preț 14,20 EUR/L, livrare 14.12.2026 - atât mai avem în stoc; "
            "restul nu îl mai putem livra, produsul se înlocuiește cu gama 2027\n"
            "- poz. 3: 60 seturi x 58,40 EUR, livrare 14.12.2026\n\n"
            "Cu stimă,\nAndreea Popescu\nDepartament Vânzări\nNavocoat Constanța SRL\n"
            "Str. Industrială nr. 14, 900147 Constanța\nTel. +40 241 606 227\n")
    eml = c.mail(frm=("Andreea Popescu", "andreea.popescu@navocoat.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-11-18 10:11:45 +0200", client="gmail",
                 body=body, quote="gmail", qlang="en", cte="base64")
    assert 18 * 20 == 360
    return [p], eml, expected("confirmation",
                              "Line 2 is confirmed as 18 drums x 20 L = 360 L of the 400 L ordered (the rest is "
                              "refused), price per litre unchanged; lines 1 and 3 as ordered.",
                              conf(p, {1: "A", 2: {"q": 360}, 3: "A"}))


# 013 -------------------------------------------------------------------------
@case("turnstiles-webinar-invitation", "unrelated/en-US",
      "A marketing webinar invitation from the supplier's domain, full of dates and product numbers, not threaded.")
def c013(c):
    s = sup("GATEWISE", "Gatewise Access Systems LLC", "orders@gatewise-access.example", "en-US")
    p = po("4500038197", s, "USD", "2026-11-10", [
        ("GW-TR-300", "Tripod turnstile arm set, 304 stainless, 3 arms", 24, "SET", "188.00", "2026-12-18"),
        ("GW-CR-24V", "Card reader bracket kit, 24V", 12, "EA", "64.50", "2026-12-18"),
    ])
    text = ("Stadium Access 2027: Tripod vs. Full-Height Turnstiles\nLive webinar - Thursday, December 10, 2026, "
            "11:00 AM EST (45 min)\n\nHi Dana,\n\nFan ingress is changing fast. Join our product team for a live "
            "session on:\n\n* Throughput: 30 vs. 18 fans per minute per lane\n* Retrofitting 24V readers on "
            "existing tripod gates\n* The new GW-FH-2027 full-height turnstile (shipping Q1/2027)\n\n"
            "Reserve your seat: https://events.gatewise-access.example/stadium-2027?utm_source=email\n\n"
            "Can't make it? Register anyway and we'll send you the recording.\n\n"
            "Gatewise Access Systems LLC | 4100 Commerce Pkwy, Columbus, OH 43219\n"
            "You are receiving this email because you are a Gatewise customer. Unsubscribe: "
            "https://events.gatewise-access.example/u/7f3c2a\n")
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Stadium Access 2027</title></head>"
            "<body style=\"font-family:Arial,sans-serif;background:#f3f5f7\">\n<table width=\"600\" align=\"center\" "
            "style=\"background:#fff\"><tr><td style=\"padding:24px\">\n<h1 style=\"color:#0b3d91\">Stadium Access "
            "2027: Tripod vs. Full-Height Turnstiles</h1>\n<p><b>Live webinar - Thursday, December 10, 2026, 11:00 AM "
            "EST</b> (45 min)</p>\n<p>Hi Dana,</p><p>Fan ingress is changing fast. Join our product team for a live "
            "session on:</p>\n<ul><li>Throughput: 30 vs. 18 fans per minute per lane</li><li>Retrofitting 24V "
            "readers on existing tripod gates</li><li>The new GW-FH-2027 full-height turnstile (shipping "
            "Q1/2027)</li></ul>\n<p><a href=\"https://events.gatewise-access.example/stadium-2027?utm_source=email\" "
            "style=\"background:#0b3d91;color:#fff;padding:10px 18px;text-decoration:none\">Reserve your seat</a>"
            "</p>\n<p style=\"font-size:11px;color:#777\">Gatewise Access Systems LLC | 4100 Commerce Pkwy, Columbus, "
            "OH 43219<br>You are receiving this email because you are a Gatewise customer. <a href=\"https://events."
            "gatewise-access.example/u/7f3c2a\">Unsubscribe</a></p>\n</td></tr></table></body></html>\n")
    eml = c.mail(frm=("Gatewise Events", "events@gatewise-access.example"), p=p, thread=False,
                 subject="Dana, you're invited: Stadium Access 2027 live webinar (Dec 10)",
                 date="2026-11-18 15:00:00 -0500", client="other", body=text, html=html,
                 extra=[("List-Unsubscribe", "<https://events.gatewise-access.example/u/7f3c2a>"),
                        ("Precedence", "bulk"), ("X-Mailer", "Gatewise Marketing Cloud")])
    return [p], eml, expected("unrelated",
                              "Webinar invitation from the supplier's marketing system; 'December 10, 2026' and "
                              "'24V' are event details, not an answer to PO 4500038197.")


# 014 -------------------------------------------------------------------------
@case("tram-insulators-bulgarian-two-batches", "confirmation/bg-BG",
      "Cyrillic windows-1251 reply; one line is split into two batches with day-first dates and 'г.' suffixes.")
def c014(c):
    s = sup("ELIZOL", "Elektroizolator AD", "sales@elizolator.example", "bg-BG")
    p = po("4500038205", s, "EUR", "2026-11-10", [
        ("EI-SC-750", "Tram section insulator 750 V DC, 1.6 m, GRP rod", 12, "EA", "318.00", "2027-01-15"),
        ("EI-SU-25", "Suspension insulator 25 kN, M16 threads", 80, "EA", "42.60", "2027-01-15"),
        ("EI-PO-3", "Pull-off insulator 3 kN, 600/750 V", 150, "EA", "17.90", "2027-01-15"),
    ], buyer="marc")
    body = ("Здравейте, г-н Оостерхаус,\n\nБлагодарим Ви за поръчка № 4500038205 и потвърждаваме поръчката "
            "както следва:\n\nПоз. 1 - 12 бр. - 318,00 EUR/бр. - доставка 15.01.2027 г.\n"
            "Поз. 2 - 80 бр. - 42,60 EUR/бр. - доставка 15.01.2027 г.\n"
            "Поз. 3 - 150 бр. - 17,90 EUR/бр. - доставка на две партиди: 100 бр. на 15.01.2027 г. и 50 бр. на "
            "29.01.2027 г.\n\nС уважение,\nИван Петров\nТърговски отдел\nЕлектроизолатор АД\n"
            "бул. „Христо Ботев“ 112, 4004 Пловдив\nтел. +359 32 604 318\n")
    eml = c.mail(frm=("Иван Петров", "i.petrov@elizolator.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-19 11:25:36 +0200", client="outlook",
                 body=body, quote="outlook", qlang="bg", charset="windows-1251", content_language="bg-BG",
                 hdr_charset="windows-1251")
    return [p], eml, expected("confirmation",
                              "Lines 1-2 as ordered; line 3 in two deliveries (100 on 2027-01-15, 50 on 2027-01-29), "
                              "so its date is the last delivery.",
                              conf(p, {1: "A", 2: "A", 3: {"s": [(100, "2027-01-15"), (50, "2027-01-29")]}}))


# 015 -------------------------------------------------------------------------
@case("abattoir-hooks-potvrdujemo-isporuka", "confirmation/sr-RS",
      "Serbian Latin 'isporuka 18.12.2026.' with a trailing ordinal dot applies one new date to every line.")
def c015(c):
    s = sup("METALOPROMET", "Metalopromet d.o.o.", "prodaja@metalopromet.example", "sr-RS")
    p = po("4500038212", s, "EUR", "2026-11-10", [
        ("MPK-SH-200", "Meat hook S-type, stainless, 8 x 200 mm", 1000, "PCS", "1.35", "2026-12-11"),
        ("MPK-RH-60", "Roller hook, 60x10 rail, wheel 45 mm", 300, "PCS", "6.90", "2026-12-11"),
        ("MPK-GB-450", "Gambrel 2-hook, 450 mm, stainless", 120, "PCS", "11.20", "2026-12-11"),
    ], buyer="tom")
    body = ("Poštovani gospodine Lindqvist,\n\nhvala na porudžbini br. 4500038212 - potvrđujemo porudžbinu, "
            "isporuka 18.12.2026. Količine i cene su kao u porudžbini.\n\nSrdačan pozdrav,\n\nMilan Jovanović\n"
            "Komercijala\nMetalopromet d.o.o.\nBulevar oslobođenja 201, 21000 Novi Sad\ntel. +381 21 445 702\n")
    eml = c.mail(frm=("Milan Jovanović", "milan.jovanovic@metalopromet.example"), p=p,
                 subject="Re: " + req_subject(p), date="2026-11-19 14:02:10 +0100", client="other",
                 body=body, quote="prefixed", charset="windows-1250", cte="8bit", mode="text")
    d = "2026-12-18"
    return [p], eml, expected("confirmation",
                              "One delivery date 18.12.2026. (Serbian trailing dot) for all lines; 8 x 200 mm and "
                              "60x10 are dimensions.",
                              conf(p, {1: {"d": d}, 2: {"d": d}, 3: {"d": d}}))


# 016 -------------------------------------------------------------------------
@case("balloon-burners-confirms-wrong-po-number", "needs_review/es-ES",
      "Confirms 'pedido 4500038812', a number we never issued, with quantities that do not match our PO 4500038221.")
def c016(c):
    s = sup("QAI", "Quemadores Aerostáticos Ibéricos S.L.", "pedidos@qai-burners.example", "es-ES")
    p = po("4500038221", s, "EUR", "2026-11-11", [
        ("QAI-BD-DUO", "Double burner Duo, stainless coils, 2027 model", 2, "EA", "7450.00", "2027-02-12"),
        ("QAI-VL-38", "Blast valve 3/8 in, brass, 24 bar", 6, "EA", "218.00", "2027-02-12"),
        ("QAI-PL-LP", "Pilot light assembly, LPG", 6, "EA", "96.40", "2027-02-12"),
    ], buyer="dana")
    body = ("Hola Dana:\n\nTe confirmamos el pedido 4500038812:\n\n"
            "  QAI-BD-DUO  Quemador doble Duo    4 uds.  7.450,00 €  entrega 12/02/2027\n"
            "  QAI-VL-38   Válvula 3/8\"          6 uds.    218,00 €  entrega 12/02/2027\n\n"
            "Cualquier cosa me dices.\n\nUn saludo,\n\nLaura Gómez\nDpto. Comercial\n"
            "Quemadores Aerostáticos Ibéricos S.L.\nPol. Ind. El Carrascal, nave 12, 45100 Sonseca (Toledo)\n"
            "Tel. +34 925 38 07 61\n\n"
            "AVISO LEGAL: Este mensaje y sus anexos son confidenciales. Si usted no es el destinatario, le rogamos "
            "lo comunique al remitente y proceda a su borrado.\n")
    eml = c.mail(frm=("Laura Gómez", "laura.gomez@qai-burners.example"), p=p, thread=False,
                 subject="Confirmación de pedido 4500038812", date="2026-11-20 12:40:18 +0100",
                 client="outlook", body=body, charset="windows-1252", content_language="es-ES")
    return [p], eml, expected("needs_review",
                              "The mail confirms PO 4500038812, which we never issued (ours is 4500038221), with "
                              "4 burners instead of 2 and no pilot-light line: possibly a typo, possibly another "
                              "customer's order - a human must check.")


# 017 -------------------------------------------------------------------------
@case("antifouling-greek-one-line-discontinued", "confirmation/el-GR",
      "Greek ISO-8859-7 reply: one line accepted, one refused (discontinued), one with a later day-first date.")
def c017(c):
    s = sup("AEGEAN", "Aegean Coatings S.A.", "orders@aegeancoatings.example", "el-GR")
    p = po("4500038230", s, "EUR", "2026-11-11", [
        ("AEG-AF-BL-2.5", "Antifouling copper-free, blue, 2.5 L", 200, "EA", "68.90", "2026-12-09"),
        ("AEG-AF-WH-075", "Antifouling spray for outboard legs, white, 0.75 L", 150, "EA", "22.10", "2026-12-09"),
        ("AEG-TH-3", "Thinner no. 3, 1 L", 100, "EA", "9.80", "2026-12-09"),
    ], buyer="priya")
    body = ("Αγαπητή κα Raman,\n\nσας ευχαριστούμε για την παραγγελία 4500038230. Με το παρόν "
            "επιβεβαιώνουμε την παραγγελία με τις εξής αλλαγές:\n\n"
            "Θέση 1: 200 τεμ. x 68,90 € - παράδοση 09/12/2026\n"
            "Θέση 2: δεν είναι πλέον διαθέσιμο (διακοπή παραγωγής) - δυστυχώς δεν μπορούμε να το προμηθεύσουμε\n"
            "Θέση 3: 100 τεμ. x 9,80 € - παράδοση 16/12/2026\n\n"
            "Με εκτίμηση,\nΝίκος Παπαδόπουλος\nΤμήμα Πωλήσεων\nAegean Coatings S.A.\n"
            "Λεωφ. Ποσειδώνος 58, 185 45 Πειραιάς\nΤηλ. +30 210 412 8830\n")
    eml = c.mail(frm=("Νίκος Παπαδόπουλος", "n.papadopoulos@aegeancoatings.example"), p=p,
                 subject="RE: " + req_subject(p), date="2026-11-20 09:48:20 +0200", client="outlook",
                 body=body, quote="outlook", qlang="el", charset="iso-8859-7", content_language="el-GR",
                 hdr_charset="iso-8859-7")
    return [p], eml, expected("confirmation",
                              "Line 1 as ordered, line 2 refused, line 3 delivered 16/12/2026 instead of 09/12; "
                              "Greek decimal comma prices equal the PO.",
                              conf(p, {1: "A", 2: "R", 3: {"d": "2026-12-16"}}))


# 018 -------------------------------------------------------------------------
@case("barber-chairs-siparisinizi-onayliyoruz", "confirmation/tr-TR",
      "Turkish prose: 'Kalem 1 ve 3' keep the date, 'Kalem 2' moves two weeks, prices only said to be unchanged.")
def c018(c):
    s = sup("KUAFORSAN", "Kuaförsan Mobilya San. ve Tic. A.Ş.", "siparis@kuaforsan.example", "tr-TR")
    p = po("4500038238", s, "EUR", "2026-11-11", [
        ("KS-BC-700", "Barber chair Osmanli, hydraulic, cognac leather", 4, "EA", "890.00", "2027-01-08"),
        ("KS-KC-310", "Kids styling chair Car, 2027 model", 3, "EA", "265.00", "2027-01-08"),
        ("KS-HR-12", "Headrest cushion 12x20 cm, black", 10, "EA", "19.50", "2027-01-08"),
    ])
    body = ("Sayın Dana Ruiz,\n\n4500038238 numaralı siparişinizi onaylıyoruz. Kalem 1 ve 3 istediğiniz tarihte "
            "(08.01.2027) teslim edilecektir. Kalem 2 (çocuk koltuğu) için üretim planımız nedeniyle teslim tarihi "
            "22.01.2027 olacaktır. Miktarlar ve fiyatlar siparişteki gibidir.\n\nSaygılarımızla,\n\n"
            "Elif Yıldız\nSatış Destek\nKuaförsan Mobilya San. ve Tic. A.Ş.\n"
            "İkitelli OSB, Mobilyacılar Sitesi 4. Blok No: 27, 34490 Başakşehir / İstanbul\nTel: +90 212 671 44 09\n")
    eml = c.mail(frm=("Elif Yıldız", "elif.yildiz@kuaforsan.example"), p=p,
                 subject="YNT: " + req_subject(p), date="2026-11-20 15:30:00 +0300", client="outlook",
                 body=body, quote="outlook", qlang="tr", charset="iso-8859-9", content_language="tr-TR",
                 hdr_charset="iso-8859-9")
    return [p], eml, expected("confirmation",
                              "Lines 1 and 3 confirmed for 08.01.2027 (= requested), line 2 moved to 2027-01-22.",
                              conf(p, {1: "A", 2: {"d": "2027-01-22"}, 3: "A"}))
