"""Cases 001-018."""
from .common import (PO, supplier, dt, tz, CET, conf, other, acc, chg, rej, unc, all_acc, Case,
                     req_text, req_html, quote_gt, OUTLOOK, esc, BUYER_COMPANY, PURCHASING)
from .mime import (text, multipart, message, msgid, boundary, ew, addr, attachment, rfc822,
                   raw_part, html_doc, p_html, br_html, date_hdr, Part)
from .kit import (hdrs, received, outlook_extra, outlook_alt, gmail_alt, plain_reply,
                  request_message, request_headers_text)
from . import pdf as P


def pon(n, k=0):
    return "45000%d" % (31200 + 11 * n + k)


# ----------------------------------------------------------------------------- 001
def c001():
    S = supplier("REEFGLOW", "Reef Glow Aquatics Inc.", "sales@reefglow.example", "en-US")
    po = PO(pon(1), S, "cv", "USD", "2026-11-24", [
        ("AH-100T", "Titanium aquarium heater 100 W", 150, "EA", "14.20", "2026-12-14"),
        ("AH-300T", "Titanium aquarium heater 300 W", 80, "EA", "21.75", "2026-12-14"),
        ("AH-CTRL-2", "Digital heater controller, dual probe", 40, "EA", "38.90", "2026-12-14"),
    ], contact="Mike")
    when = dt(2026, 11, 30, 8, 2, 11, tz(-5))
    top = ("Confirmed as ordered, all 3 lines. Will send tracking once it ships.\n\n"
           "Mike\n\nSent from my iPhone\n")
    attr = "On Nov 24, 2026, at 3:42\u202fAM, Clara Vennet <%s> wrote:\n" % po.buyer_email
    body = top + "\n" + attr + quote_gt("\ufeff" + req_text(po))
    part = text(body, "plain", "utf-8", "quoted-printable", quoted_charset=False)
    frm = addr("Mike Daniels", "mike.daniels@reefglow.example")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("apple", "c001", "reefglow.example"), po.request_id, po.request_id,
                       recv=received("mail.reefglow.example", "203.0.113.14", when, po.buyer_email, "c001"),
                       extra=[("X-Mailer", "iPhone Mail (22B91)")]) +
                  [("Mime-Version", "1.0 (1.0)")], part)
    exp = conf([(po, all_acc(po))],
               "Four-word iPhone confirmation; every figure in the mail is in the quoted request, "
               "which must not be read as the answer. All lines accepted as ordered.")
    return Case(1, "iphone-one-liner-heaters", "confirmation/en-US",
                "mobile one-liner above a fully quoted request; no figures of its own", [po], eml, exp)


# ----------------------------------------------------------------------------- 002
def c002():
    S = supplier("KOWALCZYK", "Szczotkarnia Kowalczyk Sp. z o.o.",
                 "zamowienia@szczotkarnia-kowalczyk.example", "pl-PL")
    po = PO(pon(2), S, "tr", "PLN", "2026-11-20", [
        ("KOM-SZ-300", "Chimney brush, steel wire, dia. 300 mm", 60, "PCS", "58.00", "2026-12-14"),
        ("KOM-SZ-250", "Chimney brush, steel wire, dia. 250 mm", 80, "PCS", "52.00", "2026-12-14"),
        ("KOM-KUL-5", "Sweep's drop weight ball, 5 kg", 20, "PCS", "96.50", "2026-12-14"),
        ("KOM-LIN-15", "Flexible sweeping rod set, 15 m", 15, "SET", "310.00", "2026-12-18"),
    ], contact="Ms Wróbel")
    when = dt(2026, 11, 26, 13, 27, 40)
    rows = [
        ("1", "KOM-SZ-300", "Szczotka kominowa stalowa fi 300 mm", "60", "szt.", "58,00", "3 480,00", "14.12.2026"),
        ("2", "KOM-SZ-250", "Szczotka kominowa stalowa fi 250 mm", "80", "szt.", "52,00", "4 160,00", "21.12.2026"),
        ("3", "KOM-KUL-5", "Kula kominiarska żeliwna 5 kg", "12", "szt.", "96,50", "1 158,00", "14.12.2026"),
        ("4", "KOM-LIN-15", "Zestaw linek kominiarskich 15 m", "15", "kpl.", "318,00", "4 770,00", "18.12.2026"),
    ]
    pg = P.Page()
    pg.text(40, 800, "Szczotkarnia Kowalczyk Sp. z o.o.", 15, True)
    pg.text(40, 786, "ul. Rzemieślnicza 14, 34-400 Nowy Targ  |  NIP 735-000-00-00  |  tel. +48 18 555 21 40", 7.5)
    pg.text(40, 750, "POTWIERDZENIE ZAMÓWIENIA nr ZS/1187/11/2026", 13, True)
    info = [("Data wystawienia:", "26.11.2026"), ("Zamawiający:", "Northgate Sourcing GmbH"),
            ("", "Kanalstrasse 41, 22085 Hamburg, Niemcy"),
            ("Nr zamówienia klienta:", "%s z dnia 20.11.2026" % po.number),
            ("Waluta:", "PLN"), ("Warunki dostawy:", "DAP Hamburg (Incoterms 2020)"),
            ("Warunki płatności:", "przelew 30 dni")]
    y = 728
    for a, b in info:
        pg.text(40, y, a, 8, True)
        pg.text(150, y, b, 8)
        y -= 12
    y -= 10
    pg.rect(36, y - 4, 523, 14, 0.88)
    heads = [("Poz.", 40, False), ("Indeks", 62, False), ("Nazwa towaru", 122, False), ("Ilość", 305, True),
             ("J.m.", 312, False), ("Cena netto", 390, True), ("Wartość netto", 460, True),
             ("Termin dostawy", 470, False)]
    for t, x, r in heads:
        pg.text(x, y, t, 7.5, True, right=r)
    y -= 6
    pg.line(36, y, 559, y)
    y -= 12
    for r in rows:
        pg.text(44, y, r[0], 8)
        pg.text(62, y, r[1], 8)
        pg.text(122, y, r[2], 8)
        pg.text(305, y, r[3], 8, right=True)
        pg.text(312, y, r[4], 8)
        pg.text(390, y, r[5], 8, right=True)
        pg.text(460, y, r[6], 8, right=True)
        pg.text(470, y, r[7], 8)
        y -= 14
    pg.line(36, y + 6, 559, y + 6)
    y -= 6
    pg.text(330, y, "Razem netto:", 8.5, True)
    pg.text(460, y, "13 568,00 PLN", 8.5, True, right=True)
    y -= 12
    pg.text(330, y, "VAT 0% (WDT)", 8)
    y -= 26
    for t in ["Kolumna \u201eTermin dostawy\u201d = termin dostawy do miejsca przeznaczenia.",
              "Uwagi:",
              "poz. 2 - termin dostawy przesunięty na 21.12.2026 (brak drutu stalowego 0,5 mm).",
              "poz. 3 - dostawa częściowa 12 szt.; pozostałe 8 szt. - termin do uzgodnienia.",
              "poz. 4 - cena wg aktualnego cennika (wzrost kosztów stali).",
              "",
              "Wystawił: Agnieszka Wróbel, Dział Sprzedaży"]:
        pg.text(40, y, t, 8)
        y -= 12
    pdf = P.build_pdf([pg], "cp1250", title="Potwierdzenie zamówienia ZS/1187/11/2026",
                      producer="Comarch ERP Optima", creator="Comarch ERP Optima",
                      creation="D:20261126132512+01'00'")
    top = ("Dzień dobry Panie Tomaszu,\n\n"
           "w załączeniu przesyłam potwierdzenie zamówienia nr ZS/1187/11/2026 do Państwa zamówienia %s.\n"
           "Proszę o zwrócenie uwagi na zmiany w pozycjach 2, 3 i 4.\n\n"
           "Pozdrawiam\nAgnieszka Wróbel\nDział Sprzedaży\nSzczotkarnia Kowalczyk Sp. z o.o.\n"
           "ul. Rzemieślnicza 14, 34-400 Nowy Targ\ntel. +48 18 555 21 40\n\n"
           "Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata. Jeżeli nie jest Pan/Pani\n"
           "adresatem tej wiadomości, prosimy o jej usunięcie i poinformowanie nadawcy.\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["pl"], "piątek, 20 listopada 2026 09:42", top, "c002",
                      charset="iso-8859-2", html_lang="PL")
    att = attachment(pdf, "application/pdf", "Potwierdzenie_ZS_1187_11_2026.pdf")
    body = multipart("mixed", [alt, att], boundary("outlook-att", "c002"))
    frm = addr("Agnieszka Wróbel", "a.wrobel@szczotkarnia-kowalczyk.example", "iso-8859-2", "Q")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook", "c002"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c002",
                       recv=received("mail.szczotkarnia-kowalczyk.example", "203.0.113.52", when, po.buyer_email, "c002"),
                       extra=outlook_extra("pl-PL", True)), body)
    exp = conf([(po, {1: acc(), 2: chg(date="2026-12-21"), 3: chg(q=12),
                      4: chg(p="318.00")})],
               "All figures are in a Polish PDF (Comarch-style, cp1250 text). Pos. 2 later date, "
               "pos. 3 partial 12 of 20 (remaining 8 'termin do uzgodnienia' = not committed), pos. 4 new price. "
               "Space thousands separators and decimal commas.")
    return Case(2, "polish-pdf-termin-dostawy", "confirmation/pl-PL",
                "Polish PDF order confirmation with Poz./Termin dostawy columns; partial qty, new price, later date",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 003
def c003():
    S = supplier("RIGASMAKSLA", "SIA Rīgas Mākslas Piederumi", "pasutijumi@rigasmaksla.example", "lv-LV")
    po = PO(pon(3), S, "tr", "EUR", "2026-11-30", [
        ("EC-LV-CL70", "Easel canvas clamp, birch, 70 mm", 120, "PCS", "3.10", "2026-12-15"),
        ("EC-LV-BOLT", "Easel wing bolt M6 x 60", 300, "PCS", "0.38", "2026-12-15"),
    ], req_dt=dt(2026, 11, 30, 10, 12, 38))
    when = dt(2026, 11, 30, 10, 12, 41)
    rcpt = po.supplier["email"]
    qid = "4ZQx2kM3bz1Gt"
    bnd = "%s.1796029961/mx-out1.northgate-sourcing.example" % qid
    notice = (
        "This is the mail system at host mx-out1.northgate-sourcing.example.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        "<%s>: host mx.rigasmaksla.example[198.51.100.23] said:\n"
        "    550 5.1.1 <%s>: Recipient address rejected: User unknown in\n"
        "    virtual mailbox table (in reply to RCPT TO command)\n" % (rcpt, rcpt))
    status = (
        "Reporting-MTA: dns; mx-out1.northgate-sourcing.example\n"
        "X-Postfix-Queue-ID: %s\n"
        "X-Postfix-Sender: rfc822; %s\n"
        "Arrival-Date: Mon, 30 Nov 2026 10:12:38 +0100 (CET)\n\n"
        "Final-Recipient: rfc822; %s\n"
        "Original-Recipient: rfc822;%s\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; mx.rigasmaksla.example\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User\n"
        "    unknown in virtual mailbox table\n" % (qid, po.buyer_email, rcpt, rcpt, rcpt))
    orig = request_message(po)
    orig = (b"Return-Path: <" + po.buyer_email.encode() + b">\n"
            b"Received: from p2p01.northgate-sourcing.example (p2p01.northgate-sourcing.example [192.0.2.41])\n"
            b"\tby mx-out1.northgate-sourcing.example (Postfix) with ESMTPS id 4ZQx2kM3bz1Gt\n"
            b"\tfor <" + rcpt.encode() + b">; Mon, 30 Nov 2026 10:12:38 +0100 (CET)\n") + orig
    parts = [raw_part("text/plain; charset=us-ascii", notice, extra=[("Content-Description", "Notification")]),
             raw_part("message/delivery-status", status, extra=[("Content-Description", "Delivery report")]),
             rfc822(orig, extra=[("Content-Description", "Undelivered Message")])]
    body = multipart("report", parts, bnd, params="report-type=delivery-status",
                     preamble="This is a MIME-encapsulated message.")
    hs = [("Return-Path", "<>"),
          ("Received", "by mx-out1.northgate-sourcing.example (Postfix)\n\tid 4ZQx3Bc0VHz1Gv; Mon, 30 Nov 2026 10:12:41 +0100 (CET)"),
          ("Date", date_hdr(when)),
          ("From", "MAILER-DAEMON@mx-out1.northgate-sourcing.example (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"),
          ("To", po.buyer_email),
          ("Auto-Submitted", "auto-replied"),
          ("Message-Id", "<20261130091241.4ZQx3Bc0VHz1Gv@mx-out1.northgate-sourcing.example>")]
    eml = message(hs, body)
    exp = other("bounce", "Postfix DSN (multipart/report) for the acknowledgment request itself; "
                "the returned original carries all PO figures.")
    return Case(3, "postfix-user-unknown", "bounce/lv-LV",
                "Postfix multipart/report 5.1.1 with the full request (PO table) attached as message/rfc822",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 004
def c004():
    S = supplier("DELORME", "Rubans Delorme SAS", "adv@rubans-delorme.example", "fr-FR")
    po = PO(pon(4), S, "cv", "EUR", "2026-11-23", [
        ("RUB-SAT-22-RS", "Satin ribbon 22 mm, ballet pink", 1200, "M", "0.38", "2026-12-18"),
        ("RUB-ELA-25-RS", "Elastic band 25 mm, ballet pink", 600, "M", "0.52", "2026-12-18"),
        ("RUB-SAT-22-NR", "Satin ribbon 22 mm, black", 400, "M", "0.38", "2026-12-18"),
    ], contact="Ms Perrin")
    when = dt(2026, 12, 2, 11, 5, 33)
    nb = "\u00a0"
    rows = [
        ("RUB-SAT-22-RS", "Ruban satin 22 mm rose ballet", "1%s200 m" % nb, "0,38%s€" % nb, "semaine 51"),
        ("RUB-ELA-25-RS", "Élastique 25 mm rose ballet", "600 m", "0,55%s€" % nb, "semaine 51"),
        ("RUB-SAT-22-NR", "Ruban satin 22 mm noir", "400 m", "0,38%s€" % nb, "semaine 2"),
    ]
    trs = "".join("<tr>" + "".join('<td style="border:1px solid #bbb;padding:3px 8px">%s</td>' % esc(c) for c in r) + "</tr>\n" for r in rows)
    html = (
        '<div style="font-family: arial, helvetica, sans-serif; font-size: 10pt; color: #000000">'
        "<div>Bonjour Madame Vennet,</div><div><br></div>"
        "<div>Nous accusons bonne réception de votre commande n°%s et vous en remercions.</div>"
        "<div>Veuillez trouver ci-dessous notre confirmation&nbsp;:</div><div><br></div>"
        '<table style="border-collapse:collapse;font-size:10pt"><tr>'
        '<th style="border:1px solid #bbb;padding:3px 8px;background:#eee">Réf.</th>'
        '<th style="border:1px solid #bbb;padding:3px 8px;background:#eee">Désignation</th>'
        '<th style="border:1px solid #bbb;padding:3px 8px;background:#eee">Quantité</th>'
        '<th style="border:1px solid #bbb;padding:3px 8px;background:#eee">Prix unitaire HT</th>'
        '<th style="border:1px solid #bbb;padding:3px 8px;background:#eee">Livraison</th></tr>\n%s</table>'
        "<div><br></div>"
        "<div>Le prix de l'élastique a été ajusté suite à la hausse du coût de la matière première "
        "(nouveau tarif applicable depuis le 1<sup>er</sup> novembre).</div>"
        "<div>Le ruban satin noir est actuellement en rupture&nbsp;; le réassort arrive fin décembre, "
        "nous vous le livrerons donc en semaine 2.</div><div><br></div>"
        "<div>Bien cordialement,</div><div><br></div>"
        "<div><b>Sandrine Perrin</b><br>Administration des ventes<br>Rubans Delorme SAS<br>"
        "12 rue des Tisserands &ndash; 69004 Lyon<br>Tél.&nbsp;: +33 4 78 55 01 23</div>"
        "<div><br></div><hr id=\"zwchr\">"
        "<div><b>De: </b>\"Clara Vennet\" &lt;%s&gt;<br><b>À: </b>adv@rubans-delorme.example<br>"
        "<b>Envoyé: </b>Lundi 23 Novembre 2026 09:42:17<br><b>Objet: </b>%s<br></div><div><br></div>"
        '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">%s</blockquote>'
        "</div>" % (po.number, trs, po.buyer_email, po.subject, req_html(po)))
    part = text(html_doc(html, charset="iso-8859-15"), "html", "iso-8859-15", "quoted-printable")
    frm = addr("Sandrine Perrin", "adv@rubans-delorme.example")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       "<1618472937.884213.1796205933120.JavaMail.zimbra@rubans-delorme.example>",
                       po.request_id, po.request_id,
                       recv=received("zimbra.rubans-delorme.example", "203.0.113.77", when, po.buyer_email, "c004"),
                       extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF132 (Win)/9.0.0_GA_4583)"),
                              ("Thread-Index", "AQHbRdf1q4dXPtA3kUyF9gxz1MOtKw==")]), part)
    exp = conf([(po, {1: acc(), 2: chg(p="0.55"), 3: chg(date="2027-01-15")})],
               "HTML-only mail (no text/plain part), ISO-8859-15 with NBSP thousands separator and euro sign. "
               "'semaine 51' = Fri 2026-12-18 (as ordered); 'semaine 2' without year = Fri 2027-01-15. "
               "Elastic repriced 0,55.")
    return Case(4, "html-only-semaine", "confirmation/fr-FR",
                "HTML-only Zimbra reply, table with week numbers (semaine 51 / semaine 2) and NBSP numbers",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 005
def c005():
    S = supplier("ZAPFTEC", "Zapftechnik Heilbronn GmbH", "verkauf@zapftechnik-hn.example", "de-DE")
    po = PO(pon(5), S, "ja", "EUR", "2026-11-23", [
        ("KC-S-FLAT", "Keg coupler type S, flat probe, stainless", 40, "EA", "48.50", "2026-12-15"),
        ("KC-A-BASKET", "Keg coupler type A (basket), stainless", 25, "EA", "52.80", "2026-12-15"),
        ("KC-G-SEAL", "Coupler seal kit, EPDM", 200, "SET", "3.20", "2026-12-15"),
    ], contact="Ms Köhler")
    when = dt(2026, 11, 26, 15, 48, 2)
    top = ("Hallo Herr Albrecht,\n\n"
           "vielen Dank für Ihre Bestellung %s.\n\n"
           "Hiermit bestätigen wir Ihnen alle drei Positionen in der bestellten Menge mit Liefertermin 15.12.2026.\n\n"
           "Bitte beachten Sie: Die Preise verstehen sich zzgl. Metallteuerungszuschlag (MTZ) auf Edelstahl\n"
           "und Messing gemäß der Notierung des Liefermonats. Der MTZ für Dezember wird Anfang Dezember\n"
           "veröffentlicht und auf der Rechnung separat ausgewiesen.\n\n"
           "Mit freundlichen Grüßen / Best regards\n\n"
           "i.A. Sabine Köhler\nInnendienst Vertrieb\n\n"
           "Zapftechnik Heilbronn GmbH\nSalzstraße 118 | 74076 Heilbronn\nTel. +49 7131 555-412\n"
           "Geschäftsführer: Dipl.-Ing. Rainer Vogt | HRB 700000, Amtsgericht Stuttgart\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["de"], "Montag, 23. November 2026 09:42", top, "c005",
                      charset="windows-1252", html_lang="DE")
    frm = addr("Köhler, Sabine", "s.koehler@zapftechnik-hn.example", "windows-1252", "Q")
    eml = message(hdrs(frm, "Albrecht, Jonas <%s>" % po.buyer_email, "AW: " + po.subject, when,
                       msgid("outlook", "c005"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c005",
                       recv=received("mail.zapftechnik-hn.example", "203.0.113.91", when, po.buyer_email, "c005"),
                       extra=outlook_extra("de-DE")), alt)
    exp = other("needs_review",
                "Quantities and date confirmed, but prices are 'zzgl. MTZ des Liefermonats' - a metal surcharge "
                "not yet known; the price commitment is open, a buyer has to accept or negotiate it.")
    return Case(5, "metal-surcharge-of-delivery-month", "needs_review/de-DE",
                "'bestätigt' but prices plus the metal surcharge (MTZ) of the delivery month, amount unknown",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 006
def c006():
    S = supplier("MIKAGE", "Mikage Kogaku Co., Ltd.", "eigyo@mikage-kogaku.example", "ja-JP")
    po = PO(pon(6), S, "pn", "JPY", "2026-11-25", [
        ("EP-PL-25", "Ploessl eyepiece 25 mm, 1.25 in", 40, "EA", "4800", "2026-12-15"),
        ("EP-WA-13", "Wide-angle eyepiece 13 mm, 68 deg", 24, "EA", "12500", "2026-12-15"),
        ("EP-BAR-2X", "Barlow lens 2x, 1.25 in, achromatic", 30, "EA", "6200", "2026-12-15"),
    ], contact="Ms Mikami")
    when = dt(2026, 12, 1, 17, 20, 8, tz(9))
    top = (
        "Northgate Sourcing GmbH\nPriya Natarajan 様\n\n"
        "いつも大変お世話になっております。\nミカゲ光学 営業部の三上でございます。\n\n"
        "この度はご注文（PO %s）をいただき、誠にありがとうございます。\n"
        "下記の通りお請けいたします。\n\n"
        "■注文請書\n"
        "1. EP-PL-25 プルーセル接眼レンズ 25mm\n"
        "   数量：40個　単価：4,800円　納期：12月15日(火)\n"
        "2. EP-WA-13 広角接眼レンズ 13mm 68°\n"
        "   数量：24個　単価：12,500円　納期：12月22日(火)\n"
        "   ※コーティング工程が混み合っており、1週間遅れとなります。\n"
        "3. EP-BAR-2X バローレンズ 2倍\n"
        "   数量：30個　単価：6,500円　納期：12月15日(火)\n"
        "   ※硝材の価格改定に伴い、単価を改定させていただきました。\n\n"
        "なお、弊社は12月29日(火)〜1月5日(火)まで年末年始休業とさせていただきます。\n\n"
        "何卒よろしくお願い申し上げます。\n\n"
        "--------------------------------------------\n"
        "株式会社ミカゲ光学　営業部\n三上 裕子 (Yuko Mikami)\n"
        "〒392-0000 長野県諏訪市湖岸通り 5-12-3\n"
        "TEL 0266-55-0123 / FAX 0266-55-0124\n"
        "--------------------------------------------\n" % po.number)
    attr = "On Wed, 25 Nov 2026 09:42:17 +0100\nPriya Natarajan <%s> wrote:" % po.buyer_email
    part = plain_reply(po, attr, top, "ISO-2022-JP", "7bit", quoted_charset=False)
    frm = addr("三上 裕子", "y.mikami@mikage-kogaku.example", "ISO-2022-JP", "B")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       "<20261201172008.8C1E.4A3F9B21@mikage-kogaku.example>", po.request_id, po.request_id,
                       recv=received("smtp.mikage-kogaku.example", "203.0.113.130", when, po.buyer_email, "c006"),
                       extra=[("X-Mailer", "Becky! ver. 2.81.04 [ja]")]), part)
    exp = conf([(po, {1: acc(), 2: chg(date="2026-12-22"), 3: chg(p="6500")})],
               "ISO-2022-JP 注文請書 in the body; dates without year (12月22日 -> 2026-12-22); "
               "year-end closure dates 12/29-1/5 are noise. Line 2 one week later, line 3 repriced 6,500円.")
    return Case(6, "iso2022jp-chuumon-ukesho", "confirmation/ja-JP",
                "ISO-2022-JP order acceptance with 12月22日(火) dates, full-width colons and holiday-closure noise",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 007
def c007():
    S = supplier("XIANGRUI", "Shenzhen Xiangrui Model Technology Co., Ltd.", "sales03@xr-rc.example", "zh-CN")
    po = PO(pon(7), S, "mo", "USD", "2026-11-20", [
        ("DP-9450-CW", "Propeller 9450 self-tightening, CW, black", 2000, "PCS", "0.38", "2027-01-08"),
        ("DP-9450-CCW", "Propeller 9450 self-tightening, CCW, black", 2000, "PCS", "0.38", "2027-01-08"),
        ("DP-1045-CF", "Carbon fibre propeller 10x4.5, pair CW/CCW", 300, "PR", "2.95", "2027-01-08"),
    ], contact="Lily")
    when = dt(2026, 11, 25, 16, 33, 51, tz(8))
    top = (
        "Dear Marisol,\n\n"
        "您好！感谢您的订单。PO#%s 确认如下 / Please see our confirmation:\n\n"
        "1. DP-9450-CW   2000pcs  USD0.38/pc\n"
        "2. DP-9450-CCW  2000pcs  USD0.38/pc\n"
        "3. DP-1045-CF   碳纤维桨最小起订量为500对，我们按500对安排生产，单价降到USD2.80/对。\n"
        "   (MOQ is 500 pairs, we will produce and ship 500 pairs at USD2.80/pair)\n\n"
        "交期 / Delivery:\n"
        "2026年12月18日深圳出货，海运DDP，2027年1月8日前送达贵司汉堡仓库。\n"
        "ETD Shenzhen Dec 18, DDP delivered to your Hamburg warehouse by Jan 8, 2027.\n\n"
        "如有问题请随时联系。\n\n"
        "Best regards\nLily Chen 陈莉\nSales Manager\n"
        "Shenzhen Xiangrui Model Technology Co., Ltd.\n"
        "深圳市宝安区福永街道 / Fuyong, Bao'an, Shenzhen\nTel/WeChat: +86 138 0000 1234\n" % po.number)
    quoted = (
        "\n\n------------------&nbsp;原始邮件&nbsp;------------------\n").replace("&nbsp;", " ")
    hdr = ("发件人: \"Marisol Ortega\"<%s>;\n发送时间: 2026年11月20日(星期五) 下午4:42\n"
           "收件人: \"sales03\"<sales03@xr-rc.example>;\n主题: %s\n\n" % (po.buyer_email, po.subject))
    plain = top + quoted + hdr + req_text(po)
    html = ("<div>" + br_html(top) + "</div><div><br></div><div style=\"font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;\">"
            "------------------&nbsp;原始邮件&nbsp;------------------</div>"
            "<div style=\"font-size: 12px;background:#efefef;padding:8px;\">" + br_html(hdr.strip()) + "</div><div><br></div>" + req_html(po))
    alt = multipart("alternative", [text(plain, "plain", "gb2312", "base64"),
                                    text(html_doc(html, charset="gb2312"), "html", "gb2312", "base64")],
                    "----=_NextPart_6765C3A7_0E2B9C48_3B1D5A42")
    frm = addr("Lily Chen", "sales03@xr-rc.example")
    eml = message(hdrs(frm, "\"Marisol Ortega\" <%s>" % po.buyer_email, ew("回复：", "gb2312") + " " + po.subject, when,
                       "<tencent_3F6B1C8D2E4A5B7C9D0E1F2A3B4C5D6E7F08@qq.example>", po.request_id, po.request_id,
                       recv=received("smtpbg.qq.example", "203.0.113.200", when, po.buyer_email, "c007"),
                       extra=[("X-Mailer", "Foxmail 7.2.25.228[cn]"), ("X-Priority", "3")]), alt)
    exp = conf([(po, {1: acc(), 2: acc(), 3: chg(q=500, p="2.80")})],
               "GB2312/base64 Foxmail reply, Chinese+English. ETD Shenzhen Dec 18 is only the ship date; the DDP "
               "delivery date 'by Jan 8, 2027' wins and equals the PO date. Line 3 raised to the MOQ of 500 pairs at 2.80.")
    return Case(7, "gb2312-moq-ddp-eta", "confirmation/zh-CN",
                "GB2312 Foxmail, unquoted original below '原始邮件'; ETD vs DDP delivery date; MOQ raises qty",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 008
def c008():
    S = supplier("TCSAW", "Taichung Precision Saw Co., Ltd.", "sales@tc-saw.example", "zh-TW")
    po = PO(pon(8), S, "pn", "TWD", "2026-11-23", [
        ("JSB-20", "Jeweller saw blades size 2/0, bundle of 144", 40, "BOX", "920.00", "2026-12-18"),
        ("JSB-40", "Jeweller saw blades size 4/0, bundle of 144", 40, "BOX", "920.00", "2026-12-18"),
        ("JSB-FRM-75", "Adjustable jeweller saw frame, 75 mm throat", 25, "EA", "455.00", "2026-12-18"),
    ], contact="Ms Lin")
    when = dt(2026, 11, 26, 10, 15, 44, tz(8))
    top = (
        "Priya 您好，\n\n"
        "感謝您的訂購，PO %s 回覆如下：\n\n"
        "項次 1：JSB-20 鋸條 2/0，40 盒，單價 NT$920，交貨日期 115/12/18\n"
        "項次 2：JSB-40 鋸條 4/0，40 盒，單價 NT$920，交貨日期 115/12/28（4/0 鋼材到料較晚）\n"
        "項次 3：JSB-FRM-75 可調式鋸弓，25 支，單價 NT$480（原物料調漲），交貨日期 115/12/18\n\n"
        "以上，若有問題請再告知，謝謝。\n\n"
        "林美惠 Mei-Hui Lin\n業務部\n台中精密鋸條股份有限公司\nTEL: 04-2355-0123 #215\n" % po.number)
    alt = outlook_alt(po, ("寄件者", "寄件日期", "收件者", "副本", "主旨"),
                      "2026年11月23日 星期一 下午 4:42", top, "c008", charset="big5", cte="base64",
                      html_lang="ZH-TW")
    frm = addr("林美惠", "sales@tc-saw.example", "big5", "B")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email, ew("回覆:", "big5") + " " + po.subject, when,
                       msgid("outlook-apac", "c008"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c008",
                       recv=received("mail.tc-saw.example", "203.0.113.18", when, po.buyer_email, "c008"),
                       extra=outlook_extra("zh-TW")), alt)
    exp = conf([(po, {1: acc(), 2: chg(date="2026-12-28"), 3: chg(p="480.00")})],
               "Big5 Outlook reply with ROC (Minguo) calendar dates: 115/12/18 = 2026-12-18, 115/12/28 = 2026-12-28. "
               "Frame price NT$480 instead of 455.")
    return Case(8, "big5-minguo-dates", "confirmation/zh-TW",
                "Big5 text with Taiwanese ROC-year dates (115/12/28) and NT$ prices",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 009
def c009():
    S = supplier("SKYFALCON", "Sky Falcon Drone Trading LLC", "ahmed@skyfalcon-drones.example", "ar-AE")
    po = PO(pon(9), S, "mo", "AED", "2026-11-30", [
        ("DP-1555-CF", "Carbon propeller 15x5.5, pair", 120, "PR", "68.00", "2026-12-16"),
        ("DP-HUB-M8", "Propeller hub adapter M8", 240, "PCS", "9.50", "2026-12-16"),
    ])
    when = dt(2026, 12, 1, 9, 14, 3, tz(4))
    ar = ("شكراً لرسالتكم.\n"
          "أنا خارج المكتب حتى يوم الاثنين 14 ديسمبر 2026 مع إمكانية محدودة للوصول إلى البريد الإلكتروني.\n"
          "للأمور العاجلة يرجى التواصل مع زميلي السيد خالد يوسف على البريد khalid@skyfalcon-drones.example "
          "أو على الرقم +971 4 555 0199.\n")
    en = ("Thank you for your email.\n"
          "I am out of the office until Monday, 14 December 2026 with limited access to email.\n"
          "For urgent matters please contact my colleague Mr. Khalid Youssef at khalid@skyfalcon-drones.example "
          "or +971 4 555 0199.\n")
    sig = "\nأحمد المنصوري | Ahmed Al Mansoori\nSky Falcon Drone Trading LLC | Dubai, UAE\n"
    plain = ar + "\n" + en + sig
    html = ('<div dir="rtl" style="font-family:Tahoma;font-size:10pt">' + br_html(ar) + "</div><hr>"
            '<div dir="ltr" style="font-family:Calibri;font-size:11pt">' + br_html(en) + "</div>"
            '<div dir="ltr">' + br_html(sig) + "</div>")
    alt = multipart("alternative", [text(plain, "plain", "windows-1256", "quoted-printable"),
                                    text(html_doc(html, charset="windows-1256"), "html", "windows-1256", "quoted-printable")],
                    boundary("outlook", "c009"))
    frm = addr("Ahmed Al Mansoori", "ahmed@skyfalcon-drones.example")
    subj = ew("رد تلقائي:", "windows-1256") + " " + po.subject
    eml = message(hdrs(frm, "Marisol Ortega <%s>" % po.buyer_email, subj, when,
                       msgid("outlook", "c009"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c009",
                       recv=received("mail.skyfalcon-drones.example", "198.51.100.90", when, po.buyer_email, "c009"),
                       extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                              ("X-MS-Exchange-Inbox-Rules-Loop", "ahmed@skyfalcon-drones.example"),
                              ("Content-Language", "ar-AE")]), alt)
    exp = other("auto_reply", "Arabic out-of-office (windows-1256) with an English copy; the return date "
                "14 December 2026 is not a delivery date.")
    return Case(9, "arabic-out-of-office", "auto_reply/ar-AE",
                "Arabic out-of-office with English copy, windows-1256, return date that looks like a delivery date",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 010
def c010():
    S = supplier("LAYANG", "CV Layang Nusantara", "marketing@layangnusantara.example", "id-ID")
    po = PO(pon(10), S, "mo", "IDR", "2026-11-23", [
        ("KLS-HW-12", "Kite line spool, hardwood, 12 cm", 500, "PCS", "18500.00", "2026-12-21"),
        ("KLS-ALU-15", "Aluminium kite reel 15 cm with handle", 200, "PCS", "64000.00", "2026-12-21"),
        ("KLS-LN-300", "Braided kite line 300 m, 40 kg", 300, "PCS", "27500.00", "2026-12-21"),
    ], contact="Ibu Dewi")
    when = dt(2026, 12, 2, 14, 5, 19, tz(7))
    top = (
        "Dengan hormat Ibu Marisol,\n\n"
        "Terima kasih atas PO No. %s. Bersama ini kami konfirmasi sebagai berikut:\n\n"
        "1. Gulungan benang kayu 12 cm (KLS-HW-12): 500 pcs @ Rp 18.500, siap kirim tanggal 21 Desember 2026.\n"
        "2. Gulungan aluminium 15 cm (KLS-ALU-15): stok kami hanya 150 pcs, akan dikirim tanggal 21 Desember 2026. "
        "Sisa 50 pcs menyusul tanggal 11 Januari 2027. Harga tetap Rp 64.000.\n"
        "3. Benang layangan 300 m (KLS-LN-300): 300 pcs, tanggal kirim 21 Desember 2026, namun harga naik menjadi "
        "Rp 29.000 per pcs karena kenaikan harga bahan baku nilon. Mohon maaf atas kenaikan ini.\n\n"
        "Hormat kami,\n\nDewi Lestari\nMarketing\nCV Layang Nusantara\n"
        "Jl. Cihampelas No. 88, Bandung 40131\nTelp. (022) 555-1234 / WA 0812-0000-1234\n" % po.number)
    attr = ("Pada Senin, 23 November 2026 15.42.17 WIB, Marisol Ortega <%s> menulis:" % po.buyer_email)
    plain = top + "\n\n" + attr + "\n\n" + quote_gt(req_text(po))
    html = ('<html><head></head><body><div class="ydp3f1e2a9byahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            "<div dir=\"ltr\">" + br_html(top) + "</div></div>"
            '<div id="ydp8a4c2d11yahoo_quoted_4412087" class="ydp8a4c2d11yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
            "<div>" + esc(attr) + "</div><div><br></div><blockquote>" + req_html(po) + "</blockquote></div></div></body></html>")
    alt = multipart("alternative", [text(plain, "plain", "UTF-8", "quoted-printable"),
                                    text(html, "html", "UTF-8", "quoted-printable")],
                    "----=_Part_2291871_1144302615.1796195119874")
    frm = addr("Dewi Lestari", "marketing@layangnusantara.example")
    eml = message(hdrs(frm, "Marisol Ortega <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       "<1803347561.2291872.1796195119877@mail.yahoo.example>", po.request_id, po.request_id,
                       recv=received("sonic310-21.consmr.mail.yahoo.example", "198.51.100.131", when, po.buyer_email, "c010"),
                       extra=[("X-Mailer", "WebService/1.1.23737 YMailNorrin")]), alt)
    exp = conf([(po, {1: acc(), 2: chg(sched=[(150, "2026-12-21"), (50, "2027-01-11")]),
                      3: chg(p="29000.00")})],
               "Indonesian Yahoo reply; 'siap kirim' = ready to ship, ship date only. Rp uses dot thousands. "
               "Line 2 split 150 + 50 (last 2027-01-11), line 3 price Rp 29.000.")
    return Case(10, "indonesian-split-reel", "confirmation/id-ID",
                "Indonesian reply, Rp 18.500 dot thousands, split delivery on one line, price rise on another",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 011
def c011():
    S = supplier("ASHCOMBE", "Ashcombe Model Works Ltd", "sales@ashcombe-models.example", "en-GB")
    po = PO(pon(11), S, "cv", "GBP", "2026-11-27", [
        ("MRC-NEM-362", "NEM 362 close coupler, OO gauge", 500, "PCS", "0.84", "2026-12-11"),
        ("MRC-KN-5", "Knuckle coupler No. 5, medium shank", 300, "PR", "2.10", "2026-12-11"),
        ("MRC-TT-POCKET", "TT:120 coupler pocket, NEM 355", 400, "PCS", "0.46", "2026-12-11"),
        ("MRC-UNC-TOOL", "Uncoupling tool, brass", 60, "EA", "3.95", "2026-12-11"),
    ], contact="Graham")
    when = dt(2026, 12, 1, 16, 48, 55, tz(0))
    q = quote_gt(req_text(po)).split("\n")
    answers = {"1": "OK", "2": "NO - 12/01", "3": "OK",
               "4": "NO - DISCONTINUED, SORRY. NEAREST IS MRC-UNC-TOOL2 (STEEL) AT 4.40 IF YOU WANT IT"}
    out = []
    for line in q:
        out.append(line)
        s = line[2:] if line.startswith("> ") else ""
        tok = s.split(" ")[0] if s else ""
        if tok in answers and ("MRC-" in s):
            out.append(answers[tok])
    body = ("Hi Clara,\n\nAnswers below in caps.\n\nGraham\n\n"
            "On 27/11/2026 08:42, Clara Vennet wrote:\n" + "\n".join(out) + "\n"
            "-- \nGraham Pike\nAshcombe Model Works Ltd\nUnit 5, Station Yard, Ashcombe, Devon EX7 0AA\n01626 555 019\n")
    part = text(body, "plain", "UTF-8", "7bit", flowed=True, quoted_charset=False)
    frm = addr("Graham Pike", "sales@ashcombe-models.example")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("thunderbird", "c011", "ashcombe-models.example"), po.request_id, po.request_id,
                       recv=received("mail.ashcombe-models.example", "203.0.113.61", when, po.buyer_email, "c011"),
                       extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB")]), part)
    exp = conf([(po, {1: acc(), 2: chg(date="2027-01-12"), 3: acc(), 4: rej()})],
               "Answers typed between the '> ' quoted PO lines in capitals. 'NO - 12/01' is day-first en-GB "
               "without a year -> 12 January 2027. Line 4 discontinued; the steel alternative is only an offer.")
    return Case(11, "inline-caps-ok-no", "confirmation/en-GB",
                "answers typed in capitals between quoted PO lines ('OK', 'NO - 12/01'), day-first date without year",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 012
def c012():
    S = supplier("BALTVEL", "UAB Baltijos velenai", "pardavimai@baltijosvelenai.example", "lt-LT")
    po = PO(pon(12), S, "tr", "EUR", "2026-11-24", [
        ("PPR-INK-420", "Ink form roller, NBR 35 Shore A, 420 mm", 10, "EA", "265.00", "2026-12-18"),
        ("PPR-RC-420", "Roller recovering service, 420 mm", 6, "EA", "140.00", "2026-12-18"),
    ])
    when = dt(2026, 11, 27, 15, 3, 12, tz(2))
    cols = [("Pos.", 40), ("Description", 70), ("Qty", 330), ("Unit", 360), ("Rate EUR", 440), ("Amount EUR", 540)]
    rows = [("1", "Road freight Kaunas (LT) - Hamburg (DE), 2 pallets, 412 kg", "1", "job", "385.00", "385.00"),
            ("2", "Fuel surcharge 14 %", "1", "job", "53.90", "53.90"),
            ("3", "Tail-lift delivery", "1", "job", "25.00", "25.00")]
    pdf = P.table_doc(
        [("FREIGHT INVOICE No. BCF-26-11873", 13, True), ("Invoice date: 27.11.2026    Due date: 27.12.2026", 9, False),
         ("Customer: Northgate Sourcing GmbH, Kanalstrasse 41, 22085 Hamburg, DE  VAT DE000000000", 8, False),
         ("Shipment: VNO-HAM 26-1145    Shipper: UAB Baltijos velenai, Kaunas", 8, False),
         ("Customer reference: PO 4500029874    Pick-up: 18.11.2026    Delivered: 23.11.2026", 8, False)],
        cols, rows,
        [("Net total: EUR 463.90    VAT 0 % - reverse charge (Art. 196 Directive 2006/112/EC)", 9, True),
         ("Total due: EUR 463.90", 10, True),
         ("Bank: AB Example Bankas, IBAN LT00 7300 0000 0000 0000, SWIFT HABALT22", 8, False)],
        col_align=["l", "l", "r", "l", "r", "r"], logo="Baltic Cargo Forwarding UAB",
        title="Invoice BCF-26-11873", producer="Microsoft: Print To PDF", creation="D:20261127145800+02'00'")
    body_t = ("Dear Customer,\n\n"
              "Please find attached our invoice BCF-26-11873 for shipment VNO-HAM 26-1145\n"
              "(shipper UAB Baltijos velenai, your reference PO 4500029874), delivered on 23.11.2026.\n\n"
              "Amount due: EUR 463.90, payment term 30 days (due 27.12.2026).\n\n"
              "Best regards\nAccounts Receivable\nBaltic Cargo Forwarding UAB\nSavanorių pr. 178, LT-03154 Vilnius\n"
              "+370 5 255 0123 | invoices@bcf-cargo.example\n")
    alt = multipart("alternative", [text(body_t, "plain", "utf-8", "quoted-printable"),
                                    text(html_doc(p_html(body_t), outlook=True), "html", "utf-8", "quoted-printable")],
                    boundary("outlook", "c012"))
    att = attachment(pdf, "application/pdf", "BCF-26-11873.pdf")
    mixed = multipart("mixed", [alt, att], boundary("outlook-att", "c012"))
    frm = addr("Baltic Cargo Forwarding - Invoices", "invoices@bcf-cargo.example")
    eml = message(hdrs(frm, "%s" % PURCHASING, "Invoice BCF-26-11873 / Shipment VNO-HAM 26-1145 / Your ref. PO 4500029874",
                       when, msgid("outlook", "c012"), cc="Tomasz Rybak <%s>" % po.buyer_email,
                       recv=received("mail.bcf-cargo.example", "198.51.100.66", when, PURCHASING, "c012"),
                       extra=outlook_extra("lt-LT", True)), mixed)
    exp = other("unrelated", "Freight forwarder's invoice for an earlier shipment (PO 4500029874) from the same shipper; "
                "not an answer about the open PO, despite the supplier name, dates and amounts.")
    return Case(12, "freight-invoice-other-po", "unrelated/lt-LT",
                "freight invoice naming the same supplier as shipper, for a different (older) PO, with dates and amounts",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 013
def c013():
    S = supplier("VOUGA", "Cortiças do Vouga, Lda.", "encomendas@corticas-vouga.example", "pt-PT")
    a = PO(pon(13), S, "ja", "EUR", "2026-11-19", [
        ("BUNG-CRK-45", "Cork barrel bung, 45 mm", 2000, "PCS", "0.42", "2026-12-16"),
        ("BUNG-CRK-50", "Cork barrel bung, 50 mm", 2000, "PCS", "0.47", "2026-12-16"),
    ], contact="Mr Figueiredo")
    b = PO(pon(13, 1), S, "ja", "EUR", "2026-11-24", [
        ("BUNG-SIL-48", "Silicone barrel bung 48 mm, food grade", 500, "PCS", "1.85", "2027-01-13"),
        ("BUNG-CRK-55", "Cork barrel bung, 55 mm", 1000, "PCS", "0.55", "2027-01-13"),
        ("BUNG-EXT-01", "Bung extractor tool, stainless", 20, "EA", "24.00", "2027-01-13"),
    ], contact="Mr Figueiredo")
    when = dt(2026, 12, 3, 12, 31, 7, tz(0))
    ta = [("Ref.", "Descrição", "Qtd.", "Preço unit.", "Entrega"),
          ("BUNG-CRK-45", "Batoque cortiça 45 mm", "2.000", "0,42 €", "16/12/2026"),
          ("BUNG-CRK-50", "Batoque cortiça 50 mm", "2.000", "0,47 €", "16/12/2026")]
    tb = [("Ref.", "Descrição", "Qtd.", "Preço unit.", "Entrega"),
          ("BUNG-SIL-48", "Batoque silicone 48 mm", "500", "1,95 €", "13/01/2027"),
          ("BUNG-CRK-55", "Batoque cortiça 55 mm", "1.000", "0,55 €", "13/01/2027"),
          ("BUNG-EXT-01", "Extrator de batoques", "—", "—", "não disponível")]

    def ttxt(t):
        w = [max(len(r[i]) for r in t) for i in range(5)]
        return "\n".join("  ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in t)

    def thtml(t):
        out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
        for i, r in enumerate(t):
            out.append("<tr>" + "".join('<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">%s%s%s</p></td>'
                                        % ("<b>" if i == 0 else "", esc(c), "</b>" if i == 0 else "") for c in r) + "</tr>")
        out.append("</table>")
        return "\n".join(out)
    intro = ("Bom dia Sr. Jonas Albrecht,\n\n"
             "Agradecemos as V/ encomendas. Seguem as nossas confirmações para as duas encomendas em aberto:\n")
    outro = ("O extrator de batoques deixou de ser fabricado pelo nosso fornecedor, pelo que não o podemos fornecer.\n"
             "O preço do batoque de silicone foi atualizado conforme a nossa tabela de 2027.\n\n"
             "Com os melhores cumprimentos,\n\nRui Figueiredo\nDepartamento Comercial\nCortiças do Vouga, Lda.\n"
             "Zona Industrial, Lote 12, 3740-000 Sever do Vouga, Portugal\nTel.: +351 234 555 120\n")
    top = (intro + "\nEncomenda %s (de 19/11/2026)\n" % a.number + ttxt(ta) +
           "\n\nEncomenda %s (de 24/11/2026)\n" % b.number + ttxt(tb) + "\n\n" + outro)
    top_html = (p_html(intro) + '<p class="MsoNormal"><b>Encomenda %s (de 19/11/2026)</b></p>' % a.number + thtml(ta) +
                '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal"><b>Encomenda %s (de 24/11/2026)</b></p>' % b.number +
                thtml(tb) + '<p class="MsoNormal">&nbsp;</p>' + p_html(outro))
    alt = outlook_alt(b, OUTLOOK["pt"], "terça-feira, 24 de novembro de 2026 08:42", top, "c013",
                      charset="windows-1252", top_html=top_html, html_lang="PT")
    frm = addr("Rui Figueiredo", "encomendas@corticas-vouga.example")
    eml = message(hdrs(frm, "Jonas Albrecht <%s>" % b.buyer_email, "RE: " + b.subject, when,
                       msgid("outlook", "c013"), b.request_id, b.request_id,
                       thread_topic=b.subject, seed="c013",
                       recv=received("mail.corticas-vouga.example", "203.0.113.33", when, b.buyer_email, "c013"),
                       extra=outlook_extra("pt-PT")), alt)
    exp = conf([(a, all_acc(a)), (b, {1: chg(p="1.95"), 2: acc(), 3: rej()})],
               "One reply (threaded on the second PO's request) answering both open POs with a table per PO; "
               "Portuguese 2.000 thousands and 0,42 € decimals. Second PO: silicone bung repriced, extractor rejected.")
    return Case(13, "two-pos-table-per-po", "confirmation/pt-PT",
                "one reply answers two POs with a table each, threaded on only one of them",
                [a, b], eml, exp)


# ----------------------------------------------------------------------------- 014
def c014():
    S = supplier("YIFENG", "Dongguan Yifeng Hardware Co., Ltd.", "kevin@yf-hardware.example", "zh-CN")
    po = PO(pon(14), S, "mo", "USD", "2026-11-25", [
        ("PGC-AL-30", "Paragliding main carabiner, aluminium, 30 kN, auto-lock", 200, "PCS", "11.40", "2026-12-22"),
        ("PGC-QL-7", "Steel quick-link 7 mm, rated 35 kN", 400, "PCS", "2.15", "2026-12-22"),
    ], contact="Kevin")
    when = dt(2026, 11, 30, 10, 2, 26, tz(8))
    top = ("Hi Marisol,\n\n"
           "Thanks for your PO %s. We can make 200pcs carabiners and 400pcs quick-links, goods ready on Dec 22.\n\n"
           "Price:\n"
           "Carabiner 30kN auto-lock: RMB 78.50/pc\n"
           "Quick-link 7mm: RMB 14.80/pc\n"
           "(含13%%增值税 / 13%% VAT included, we issue VAT invoice)\n\n"
           "Best regards\nKevin Zhou 周凯\nDongguan Yifeng Hardware Co., Ltd.\nMob/WeChat: +86 139 0000 5678\n" % po.number)
    attr = "在 2026年11月25日 16:42，Marisol Ortega<%s> 写道：" % po.buyer_email
    alt = gmail_alt(po, attr, top, "c014", charset="UTF-8", cte="base64")
    frm = addr("Kevin Zhou", "kevin@yf-hardware.example")
    eml = message(hdrs(frm, "Marisol Ortega <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("gmail", "c014"), po.request_id, po.request_id,
                       recv=received("mail-sor-f41.google.example", "198.51.100.41", when, po.buyer_email, "c014")), alt)
    exp = other("needs_review", "Quantities and ready date fit, but prices are quoted in RMB including 13% Chinese VAT "
                "for a USD PO, with no conversion: the price commitment cannot be expressed in the PO currency.")
    return Case(14, "rmb-price-for-usd-po", "needs_review/zh-CN",
                "price quoted in RMB incl. VAT for a USD PO, no conversion given",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 015
def c015():
    S = supplier("GRENCHEN", "Hemmungsteile Grenchen AG", "verkauf@hemmungsteile.example", "de-CH")
    po = PO(pon(15), S, "ja", "CHF", "2026-11-20", [
        ("ESC-WH-15", "Escapement wheel, 15 teeth, brass, dia. 9.2 mm", 1000, "PCS", "1.85", "2027-01-15"),
        ("ESC-PAL-15", "Pallet fork, steel, for ESC-WH-15", 1000, "PCS", "2.40", "2027-01-15"),
        ("ESC-ARB-3", "Escapement arbor, hardened, 3 mm", 1000, "PCS", "0.95", "2027-01-15"),
        ("ESC-SET-REG", "Regulator escapement set (wheel + pallet), jewelled", 40, "SET", "185.00", "2027-01-15"),
    ], contact="Mr Schnyder")
    when = dt(2026, 11, 27, 14, 10, 36)
    top = ("Grüezi Herr Albrecht\n\n"
           "Besten Dank für Ihre Bestellung %s, die wir wie folgt bestätigen:\n\n"
           "Pos. 1  ESC-WH-15    1'000 Stk.  CHF 1.85    Liefertermin KW 2/2027\n"
           "Pos. 2  ESC-PAL-15   1'000 Stk.  CHF 2.55    Liefertermin KW 2/2027\n"
           "Pos. 3  ESC-ARB-3    1'000 Stk.  CHF 0.95    Liefertermin KW 2/2027\n"
           "Pos. 4  ESC-SET-REG     40 Set   CHF 185.00  Lieferung in zwei Tranchen:\n"
           "                                             20 Sets KW 51/2026, 20 Sets KW 4/2027\n\n"
           "Die Palettengabeln (Pos. 2) müssen wir aufgrund der gestiegenen Stahlpreise um CHF 0.15 anpassen.\n"
           "Gesamtwert netto: CHF 12'750.00, zzgl. MWST.\n\n"
           "Freundliche Grüsse\n\nBeat Schnyder\nVerkaufsinnendienst\n\n"
           "Hemmungsteile Grenchen AG\nBettlachstrasse 12\nCH-2540 Grenchen\nTel. +41 32 555 14 20\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["de"], "Freitag, 20. November 2026 09:42", top, "c015",
                      charset="iso-8859-1", html_lang="DE-CH")
    frm = addr("Schnyder Beat", "beat.schnyder@hemmungsteile.example")
    eml = message(hdrs(frm, "Albrecht Jonas <%s>" % po.buyer_email, "AW: " + po.subject, when,
                       msgid("outlook", "c015"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c015",
                       recv=received("mail.hemmungsteile.example", "203.0.113.150", when, po.buyer_email, "c015"),
                       extra=outlook_extra("de-CH")), alt)
    exp = conf([(po, {1: acc(), 2: chg(p="2.55"), 3: acc(),
                      4: chg(sched=[(20, "2026-12-18"), (20, "2027-01-29")])})],
               "Swiss apostrophe thousands (1'000, 12'750.00). KW 2/2027 = Fri 2027-01-15 = as ordered. "
               "Pos. 2 +CHF 0.15 -> 2.55. Pos. 4 two tranches KW 51/2026 (2026-12-18) and KW 4/2027 (2027-01-29).")
    return Case(15, "swiss-apostrophe-kw-tranches", "confirmation/de-CH",
                "Swiss 1'000 numbers, KW dates across the year end, a price delta and a two-tranche split",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 016
def c016():
    S = supplier("PLATHONG", "Pla Thong Aqua Co., Ltd.", "sales@plathong-aqua.example", "th-TH")
    po = PO(pon(16), S, "pn", "THB", "2026-11-25", [
        ("AQH-50-G", "Aquarium heater 50 W, glass, adjustable", 300, "PCS", "185.00", "2026-12-18"),
        ("AQH-150-G", "Aquarium heater 150 W, glass, adjustable", 200, "PCS", "245.00", "2026-12-18"),
        ("AQH-GRD-S", "Heater guard, plastic, small", 300, "PCS", "28.00", "2026-12-18"),
    ], contact="Khun Somchai")
    when = dt(2026, 12, 3, 11, 20, 48, tz(7))
    top = ("เรียน คุณ Priya\n\n"
           "ขอบคุณสำหรับใบสั่งซื้อเลขที่ %s บริษัทฯ ขอยืนยันรายการดังนี้\n\n"
           "1. AQH-50-G ฮีตเตอร์ตู้ปลา 50 วัตต์ จำนวน 300 ชิ้น ราคา 185.00 บาท ส่งมอบวันที่ 18 ธ.ค. 2569\n"
           "2. AQH-150-G ฮีตเตอร์ตู้ปลา 150 วัตต์ จำนวน 200 ชิ้น ราคา 255.00 บาท ส่งมอบวันที่ 8 ม.ค. 2570\n"
           "3. AQH-GRD-S ที่ครอบฮีตเตอร์ ขนาดเล็ก จำนวน 300 ชิ้น ราคา 28.00 บาท ส่งมอบวันที่ 18 ธ.ค. 2569\n\n"
           "หมายเหตุ: รายการที่ 2 ปรับราคาเนื่องจากต้นทุนชิ้นส่วนเพิ่มขึ้น และวัตถุดิบจะเข้าหลังปีใหม่\n\n"
           "ขอแสดงความนับถือ\nสมชาย ใจดี\nฝ่ายขาย บริษัท ปลาทอง อควา จำกัด\nโทร. 02-555-0147\n" % po.number)
    attr = "เมื่อ พ. 25 พ.ย. 2026 เวลา 15:42 Priya Natarajan <%s> เขียนว่า:" % po.buyer_email
    part = plain_reply(po, attr, top, "TIS-620", "base64", quoted_charset=False)
    frm = addr("สมชาย ใจดี", "sales@plathong-aqua.example", "TIS-620", "B")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("thunderbird", "c016", "plathong-aqua.example"), po.request_id, po.request_id,
                       recv=received("mail.plathong-aqua.example", "203.0.113.170", when, po.buyer_email, "c016"),
                       extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")]), part)
    exp = conf([(po, {1: acc(), 2: chg(p="255.00", date="2027-01-08"), 3: acc()})],
               "TIS-620 Thai text with Buddhist-era years: 18 ธ.ค. 2569 = 2026-12-18, 8 ม.ค. 2570 = 2027-01-08; "
               "the quote attribution uses the Gregorian 2026. Line 2 repriced and later.")
    return Case(16, "thai-buddhist-era", "confirmation/th-TH",
                "TIS-620 Thai with Buddhist-era years (2569/2570) and abbreviated Thai month names",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 017
def c017():
    S = supplier("LEMAIRE", "Anches & Tampons Lemaire SARL", "commandes@lemaire-musique.example", "fr-FR")
    po = PO(pon(17), S, "ja", "EUR", "2026-11-26", [
        ("SXP-SET-ALTO", "Saxophone pad set, alto, leather, with resonators", 30, "SET", "62.00", "2026-12-17"),
        ("SXP-42-R", "Saxophone pad 42 mm, metal resonator", 200, "PCS", "2.60", "2026-12-17"),
    ], req_dt=dt(2026, 11, 26, 9, 42, 17))
    when = dt(2026, 11, 26, 8, 42, 25, tz(0))
    rcpt = po.supplier["email"]
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>DSN</title></head>'
            '<body><div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif">'
            '<p style="font-size:16px;color:#000">Your message to <a href="mailto:%s">%s</a> couldn\'t be delivered.</p>'
            '<p style="font-size:16px"><b>commandes</b> wasn\'t found at <b>lemaire-musique.example</b>.</p>'
            '<table><tr><td style="color:#c00000;font-size:14px"><b>Action Required</b></td><td>Recipient</td></tr>'
            '<tr><td colspan="2">Unknown To address</td></tr></table>'
            '<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following:<br>'
            '- Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose '
            'Send Again from the Report ribbon.<br>- Retype the recipient\'s address, then send the message again.</p>'
            '<p><b>More Info for Email Admins</b><br>Status code: 550 5.1.10<br>'
            'This error occurs because the sender sent a message to an email address hosted by Office 365 but the address '
            'is incorrect or doesn\'t exist at the destination domain.</p>'
            '<p>Original Message Details<br>Created Date: 26/11/2026 08:42:17<br>Sender Address: %s<br>'
            'Recipient Address: %s<br>Subject: %s</p>'
            '<p>Error Details<br>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup<br>'
            'DSN generated by: PR3P193MB0712.EURP193.PROD.OUTLOOK.COM</p></div></body></html>'
            % (rcpt, rcpt, po.buyer_email, rcpt, po.subject, rcpt))
    status = ("Reporting-MTA: dns;PR3P193MB0712.EURP193.PROD.OUTLOOK.COM\n"
              "Received-From-MTA: dns;mx-out1.northgate-sourcing.example\n"
              "Arrival-Date: Thu, 26 Nov 2026 08:42:19 +0000\n\n"
              "Final-Recipient: rfc822;%s\nAction: failed\nStatus: 5.1.10\n"
              "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n"
              % (rcpt, rcpt))
    bnd = "_9b7c0a52-5b63-4f7e-a3c1-1f2d8e4b7a60_"
    plain = ("Your message to %s couldn't be delivered.\n\n"
             "commandes wasn't found at lemaire-musique.example.\n\n"
             "%s\nOffice 365\ncommandes\nAction Required\t\t\tRecipient\n\nUnknown To address\n\n"
             "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
             "- Send the message again following these steps: In Outlook, open this non-delivery report (NDR) "
             "and choose Send Again from the Report ribbon.\n"
             "- Retype the recipient's address, then send the message again.\n\n"
             "More Info for Email Admins\nStatus code: 550 5.1.10\n\n"
             "Original Message Details\nCreated Date: 26/11/2026 08:42:17\nSender Address: %s\n"
             "Recipient Address: %s\nSubject: %s\n\n"
             "Error Details\nReported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup\n"
             "DSN generated by: PR3P193MB0712.EURP193.PROD.OUTLOOK.COM\n"
             % (rcpt, po.buyer_email.split("@")[0].replace(".", " ").title(), po.buyer_email, rcpt, po.subject, rcpt))
    parts = [multipart("alternative", [text(plain, "plain", "utf-8", "quoted-printable", quoted_charset=False),
                                       text(html, "html", "utf-8", "quoted-printable", quoted_charset=False)],
                       "_2f1e2b7d-0c8a-4e55-9d57-8f1c4a1b9e22_"),
             raw_part("message/delivery-status", status),
             rfc822(request_message(po))]
    body = multipart("report", parts, bnd, params="report-type=delivery-status")
    hs = [("From", "Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@lemaire-musique.example>"),
          ("To", "<%s>" % po.buyer_email),
          ("Date", date_hdr(when)),
          ("Content-Language", "en-US"),
          ("Message-ID", "<a9d4c2e1-7f4b-4c0e-9c8d-%s@PR3P193MB0712.EURP193.PROD.OUTLOOK.COM>" % "5e2b1f0a7c33"),
          ("In-Reply-To", po.request_id), ("References", po.request_id),
          ("Subject", "Undeliverable: " + po.subject),
          ("Auto-Submitted", "auto-replied"),
          ("X-MS-PublicTrafficType", "Email"),
          ("X-MS-Exchange-Message-Is-Ndr", ""),
          ("X-MS-Exchange-Organization-SCL", "-1")]
    eml = message(hs, body)
    exp = other("bounce", "Exchange Online NDR 550 5.1.10 RecipientNotFound for the request, threaded via "
                "In-Reply-To like a reply; the attached original carries the PO table.")
    return Case(17, "exchange-ndr-recipient-not-found", "bounce/fr-FR",
                "Exchange Online NDR (text + HTML) 550 5.1.10, In-Reply-To set like a reply, original attached",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 018
def c018():
    S = supplier("AEROVLEKY", "Aerovleky Kunovice s.r.o.", "obchod@aerovleky.example", "cs-CZ")
    po = PO(pon(18), S, "tr", "CZK", "2026-11-25", [
        ("GTH-E22", "Glider release hook, nose (aerotow), certified", 12, "EA", "14500.00", "2027-01-22"),
        ("GTH-G88", "Glider release hook, CG (winch launch), certified", 12, "EA", "16800.00", "2027-01-22"),
        ("GTH-RING-SET", "Tow ring set, certified (pair)", 60, "SET", "690.00", "2027-01-22"),
    ], contact="Ms Dvořáková")
    when = dt(2026, 11, 30, 13, 55, 2)
    top = ("Dobrý den pane Rybaku,\n\n"
           "přeposílám níže vyjádření naší výroby k Vaší objednávce %s.\n"
           "Shrnutí – závazně potvrzujeme:\n"
           "- poz. 1 (E22): 12 ks, 14 500 Kč/ks, dodání do 22. 1. 2027\n"
           "- poz. 2 (G88): 12 ks, 16 800 Kč/ks, dodání až 5. 2. 2027 (čekáme na certifikované pružiny od dodavatele)\n"
           "- poz. 3 (sady kroužků): 60 sad, 690 Kč/sada, dodání do 22. 1. 2027 společně s poz. 1\n\n"
           "S pozdravem\n\nIng. Petra Dvořáková\nobchodní oddělení\nAerovleky Kunovice s.r.o.\n"
           "Na Letišti 1120, 686 04 Kunovice\ntel.: +420 572 555 310\n" % po.number)
    L = OUTLOOK["cs"]
    mid1 = ("Od: Jan Novák <jan.novak@aerovleky.example>\nOdesláno: pondělí 30. listopadu 2026 11:20\n"
            "Komu: Petra Dvořáková <petra.dvorakova@aerovleky.example>\n"
            "Předmět: RE: objednávka Northgate %s – termíny\n\n"
            "Petro,\nE22 zvládneme do 15. 1., G88 nejdřív začátkem února – pružiny od dodavatele mají zpoždění, "
            "počítej 5. 2. Kroužky máme skladem, můžou jít hned.\nJan\n\n" % po.number)
    mid2 = ("Od: Petra Dvořáková <petra.dvorakova@aerovleky.example>\nOdesláno: pátek 27. listopadu 2026 15:02\n"
            "Komu: Jan Novák <jan.novak@aerovleky.example>\n"
            "Předmět: objednávka Northgate %s – termíny\n\n"
            "Honzo, můžeš mi potvrdit termíny na objednávku níže? Chtějí všechno na 22. 1.\nDíky, P.\n\n" % po.number)
    eq_html = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
               + p_html(mid1) + "</div>" +
               '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
               + p_html(mid2) + "</div>")
    alt = outlook_alt(po, L, "středa 25. listopadu 2026 9:42", top, "c018", charset="windows-1250",
                      extra_quote_text=mid1 + mid2, extra_quote_html=eq_html, html_lang="CS")
    frm = addr("Petra Dvořáková", "petra.dvorakova@aerovleky.example", "windows-1250", "Q")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, ew("PŘ:", "windows-1250", "Q") + " " + po.subject, when,
                       msgid("outlook", "c018"), refs=po.request_id,
                       thread_topic=po.subject, seed="c018",
                       recv=received("mail.aerovleky.example", "203.0.113.199", when, po.buyer_email, "c018"),
                       extra=outlook_extra("cs-CZ")), alt)
    exp = conf([(po, {1: acc(), 2: chg(date="2027-02-05"), 3: acc()})],
               "Czech forward ('PŘ:') of an internal chain. The sales summary on top is the commitment: E22 and rings "
               "by 22. 1. 2027 as ordered (production's '15. 1.' and 'rings can go now' are internal), G88 on 5. 2. 2027.")
    return Case(18, "czech-forwarded-internal-chain", "confirmation/cs-CZ",
                "forward of an internal production chain with earlier/other dates below the binding summary",
                [po], eml, exp)


CASES = [c001, c002, c003, c004, c005, c006, c007, c008, c009, c010, c011, c012, c013, c014,
         c015, c016, c017, c018]
