"""Cases 054-070."""
from .common import (PO, supplier, dt, tz, CET, conf, other, acc, chg, rej, unc, all_acc, Case,
                     req_text, req_html, quote_gt, OUTLOOK, esc, BUYER_COMPANY, PURCHASING,
                     outlook_block, outlook_block_html)
from .mime import (text, multipart, message, msgid, boundary, ew, addr, attachment, rfc822,
                   raw_part, html_doc, p_html, br_html, date_hdr, Part)
from .kit import (hdrs, received, outlook_extra, outlook_alt, gmail_alt, plain_reply,
                  request_message, request_headers_text)
from . import pdf as P
from .cases_a import pon


# ----------------------------------------------------------------------------- 054
def c054():
    S = supplier("BALTVEL", "UAB Baltijos velenai", "pardavimai@baltijosvelenai.example", "lt-LT")
    po = PO(pon(54), S, "tr", "EUR", "2026-11-27", [
        ("PPR-LT-INK-520", "Ink form roller, NBR, 520 mm", 8, "EA", "312.00", "2026-12-22"),
        ("PPR-LT-DST-520", "Ink distributor roller, steel core, 520 mm", 8, "EA", "284.00", "2026-12-22"),
    ], contact="Ms Jankauskienė")
    when = dt(2026, 12, 3, 9, 12, 35, tz(2))
    top = ("Laba diena, Tomasz,\n\n"
           "dėkojame už užsakymą Nr. %s. Patvirtiname:\n\n"
           "1. Dažų volas NBR 520 mm – 8 vnt., kaina 312,00 EUR/vnt., pristatymas 2026-12-22\n"
           "2. Dažų skirstomasis volas 520 mm – 8 vnt., kaina 298,00 EUR/vnt., pristatymas: 4 vnt. 2026-12-22, "
           "likusieji 4 vnt. 2027-01-19\n\n"
           "2 pozicijos kaina pakeista dėl išaugusių plieno kainų.\n\n"
           "Pagarbiai\nRūta Jankauskienė\nPardavimų vadybininkė\nUAB „Baltijos velenai“\n"
           "Pramonės pr. 16, LT-51329 Kaunas\nTel. +370 37 555 012\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["lt"], "2026 m. lapkričio 27 d., penktadienis 10:42", top, "c054",
                      charset="windows-1257", html_lang="LT")
    frm = addr("Rūta Jankauskienė", "ruta.jankauskiene@baltijosvelenai.example", "windows-1257", "Q")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook", "c054"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c054",
                       recv=received("mail.baltijosvelenai.example", "203.0.113.154", when, po.buyer_email, "c054"),
                       extra=outlook_extra("lt-LT")), alt)
    exp = conf([(po, {1: acc(), 2: chg(p="298.00", sched=[(4, "2026-12-22"), (4, "2027-01-19")])})],
               "Lithuanian windows-1257 reply with ISO dates; line 2 repriced and split 4 + 4.")
    return Case(54, "lithuanian-split-reprice", "confirmation/lt-LT",
                "windows-1257 Lithuanian with ISO dates; one line both repriced and split",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 055
def c055():
    S = supplier("FJALLSKARM", "Fjällskärm AB", "order@fjallskarm.example", "sv-SE")
    po = PO(pon(55), S, "cv", "SEK", "2026-11-24", [
        ("PGC-SE-AL30", "Paragliding main carabiner, 30 kN, auto-lock", 120, "PCS", "189.00", "2026-12-18"),
        ("PGC-SE-SPD", "Speed-bar carabiner, small", 200, "PCS", "64.00", "2026-12-18"),
    ], contact="Erik")
    when = dt(2026, 11, 27, 13, 30, 17)
    cols = [("Rad", 40), ("Artikel", 62), ("Benämning", 150), ("Antal", 350), ("Enh", 358), ("á-pris", 440),
            ("Belopp", 500), ("Leveransdatum", 505)]
    rows = [("1", "PGC-SE-AL30", "Huvudkarbinhake 30 kN autolås", "120", "st", "189,00", "22 680,00", "2026-12-18"),
            ("2", "PGC-SE-SPD", "Speedbar-karbinhake liten", "150", "st", "64,00", "9 600,00", "2027-01-20")]
    pdf = P.table_doc(
        [("ORDERBEKRÄFTELSE 26-3318", 13, True), ("Datum: 2026-11-27", 9, False),
         ("Kund: Northgate Sourcing GmbH, Hamburg", 8, False),
         ("Er referens: Clara Vennet    Ert ordernr: %s" % po.number, 8, False),
         ("Leveransvillkor: DAP Hamburg    Betalningsvillkor: 30 dagar netto", 8, False)],
        cols, rows,
        [("Summa exkl. moms: 32 280,00 SEK", 9, True),
         ("Restnoterat rad 2: 50 st - leveransdatum meddelas senare.", 8, False)],
        col_align=["l", "l", "l", "r", "l", "r", "r", "l"], logo="Fjällskärm AB",
        title="Orderbekräftelse 26-3318", producer="Visma Business", creation="D:20261127132500+01'00'")
    top = ("Hej Clara,\n\n"
           "Tack för beställningen! Vi bekräftar order %s enligt er beställning. Orderbekräftelse bifogas.\n\n"
           "Med vänliga hälsningar\nErik Lindqvist\nFjällskärm AB\nStorgatan 8, 831 30 Östersund\n"
           "Tel. 063-555 01 20\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["sv"], "den 24 november 2026 09:42", top, "c055", html_lang="SV")
    body = multipart("mixed", [alt, attachment(pdf, "application/pdf", "Orderbekräftelse 26-3318.pdf",
                                               name_style="rfc2231")], boundary("outlook-att", "c055"))
    frm = addr("Erik Lindqvist", "order@fjallskarm.example")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % po.buyer_email, "SV: " + po.subject, when,
                       msgid("outlook", "c055"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c055",
                       recv=received("mail.fjallskarm.example", "203.0.113.155", when, po.buyer_email, "c055"),
                       extra=outlook_extra("sv-SE", True)), body)
    exp = other("needs_review", "Body says 'enligt er beställning' (as ordered) but the attached confirmation shows line 2 "
                "with 150 instead of 200 pcs and 2027-01-20 instead of 2026-12-18 (rest back-ordered). Body and "
                "attachment contradict each other.")
    return Case(55, "swedish-body-vs-pdf-conflict", "needs_review/sv-SE",
                "body says 'as ordered', attached PDF shows a reduced quantity and later date on one line",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 056
def c056():
    S = supplier("GETAHSEMPURNA", "Syarikat Getah Sempurna Sdn. Bhd.", "jualan@getahsempurna.example", "ms-MY")
    po = PO(pon(56), S, "mo", "MYR", "2026-11-25", [
        ("BUNG-MY-45", "Rubber barrel bung, food grade, 45 mm", 3000, "PCS", "0.95", "2026-12-21"),
        ("BUNG-MY-52", "Rubber barrel bung, food grade, 52 mm", 2000, "PCS", "1.10", "2026-12-21"),
    ], contact="Cik Nurul")
    when = dt(2026, 12, 1, 15, 48, 6, tz(8))
    top = ("Salam sejahtera Cik Marisol,\n\n"
           "Terima kasih atas pesanan (PO) no. %s. Kami ingin mengesahkan pesanan tuan/puan seperti berikut:\n\n"
           "1. Penutup tong getah 45 mm - 3,000 pcs @ RM0.95 - penghantaran 21 Disember 2026\n"
           "2. Penutup tong getah 52 mm - 2,000 pcs @ RM1.15 - penghantaran 4 Januari 2027\n\n"
           "Harga item 2 telah diselaraskan mengikut harga getah semasa.\n\n"
           "Sekian, terima kasih.\n\n"
           "Yang benar,\nNurul Aisyah binti Ahmad\nEksekutif Jualan\nSyarikat Getah Sempurna Sdn. Bhd.\n"
           "Lot 23, Kawasan Perindustrian Menglembu, 31450 Ipoh, Perak\nTel: +605-555 0123\n" % po.number)
    attr = "Pada Rab, 25 Nov 2026 pada 4:42\u202fPTG Marisol Ortega <%s> menulis:" % po.buyer_email
    alt = gmail_alt(po, attr, top, "c056")
    frm = addr("Nurul Aisyah", "jualan@getahsempurna.example")
    eml = message(hdrs(frm, "Marisol Ortega <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("gmail", "c056"), po.request_id, po.request_id,
                       recv=received("mail-pg1-f169.google.example", "198.51.100.169", when, po.buyer_email, "c056")), alt)
    exp = conf([(po, {1: acc(), 2: chg(p="1.15", date="2027-01-04")})],
               "Malay reply (Disember/Januari month names, RM prices, comma thousands); line 2 repriced and later.")
    return Case(56, "malay-rm-disember", "confirmation/ms-MY",
                "Malay month names and RM prices; one line repriced and moved to January",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 057
def c057():
    S = supplier("POLSTERWERK", "Polsterwerk Markneukirchen GmbH", "auftrag@polsterwerk-mn.example", "de-DE")
    po = PO(pon(57), S, "ja", "EUR", "2026-11-26", [
        ("SXP-DE-28", "Saxophone pad 28.0 mm, kid leather, metal resonator", 500, "PCS", "1.64", "2026-12-11"),
        ("SXP-DE-36", "Saxophone pad 36.0 mm, kid leather, metal resonator", 500, "PCS", "1.92", "2026-12-11"),
        ("SXP-DE-52", "Saxophone pad 52.0 mm, kid leather, metal resonator", 200, "PCS", "2.95", "2026-12-11"),
    ])
    when = dt(2026, 11, 30, 6, 15, 2)
    pg = P.Page()
    pg.text(40, 800, "Polsterwerk Markneukirchen GmbH", 15, True)
    pg.text(40, 786, "Klingenthaler Straße 30 · 08258 Markneukirchen · Tel. 037422 555-0", 7.5)
    pg.text(40, 740, "Northgate Sourcing GmbH", 9)
    pg.text(40, 728, "Einkauf", 9)
    pg.text(40, 716, "Kanalstraße 41", 9)
    pg.text(40, 704, "22085 Hamburg", 9)
    rb = [("Auftragsbestätigung", "20261187"), ("Datum", "30.11.2026"), ("Kunden-Nr.", "D-10442"),
          ("Ihre Bestellung", "%s vom 26.11.2026" % po.number), ("Ihr Zeichen", "J. Albrecht"),
          ("Bearbeiter", "K. Seidel")]
    y = 740
    for a, b in rb:
        pg.text(330, y, a, 8, True)
        pg.text(430, y, b, 8)
        y -= 12
    pg.text(40, 660, "Auftragsbestätigung 20261187", 13, True)
    pg.text(40, 644, "Wir danken für Ihren Auftrag, den wir zu unseren Verkaufs- und Lieferbedingungen wie folgt bestätigen:", 8)
    y = 620
    pg.rect(36, y - 4, 523, 14, 0.88)
    heads = [("Pos", 40), ("Artikel", 62), ("Bezeichnung", 112), ("Menge", 330), ("ME", 336), ("Preis €", 400),
             ("PE", 408), ("Betrag €", 480), ("Liefertermin", 490)]
    for t, x in heads:
        pg.text(x, y, t, 7.5, True, right=(t in ("Menge", "Preis €", "Betrag €")))
    y -= 18
    rows = [("1", "28-KL-MR", "Saxophonpolster 28,0 mm Ziegenleder, Metallres.", "SXP-DE-28", "500", "Stk", "164,00", "100", "820,00", "KW 50/2026"),
            ("2", "36-KL-MR", "Saxophonpolster 36,0 mm Ziegenleder, Metallres.", "SXP-DE-36", "500", "Stk", "192,00", "100", "960,00", "KW 50/2026"),
            ("3", "52-KL-MR", "Saxophonpolster 52,0 mm Ziegenleder, Metallres.", "SXP-DE-52", "200", "Stk", "309,00", "100", "618,00", "KW 51/2026")]
    for r in rows:
        pg.text(42, y, r[0], 8)
        pg.text(62, y, r[1], 8)
        pg.text(112, y, r[2], 8)
        pg.text(112, y - 10, "Ihre Art.-Nr.: " + r[3], 7)
        pg.text(330, y, r[4], 8, right=True)
        pg.text(336, y, r[5], 8)
        pg.text(400, y, r[6], 8, right=True)
        pg.text(408, y, r[7], 8)
        pg.text(480, y, r[8], 8, right=True)
        pg.text(490, y, r[9], 8)
        y -= 26
    pg.line(36, y + 12, 559, y + 12)
    pg.text(330, y, "Nettobetrag", 8.5, True)
    pg.text(480, y, "2.398,00", 8.5, True, right=True)
    y -= 12
    pg.text(330, y, "USt. 19 %", 8)
    pg.text(480, y, "455,62", 8, right=True)
    y -= 12
    pg.text(330, y, "Gesamtbetrag EUR", 8.5, True)
    pg.text(480, y, "2.853,62", 8.5, True, right=True)
    y -= 28
    for t in ["PE = Preiseinheit (Preis je 100 Stück).",
              "Pos. 3: Preisanpassung Ziegenleder gemäß unserem Schreiben vom 02.11.2026.",
              "Liefertermine = Anlieferung bei Ihnen in der angegebenen Kalenderwoche.",
              "Lieferung frei Haus. Zahlung: 14 Tage 2 % Skonto, 30 Tage netto.",
              "Diese Auftragsbestätigung wurde maschinell erstellt und ist ohne Unterschrift gültig."]:
        pg.text(40, y, t, 7.5)
        y -= 11
    pdf = P.build_pdf([pg], "cp1252", title="AB 20261187", producer="SAP NetWeaver 7.50 (SAPscript)",
                      creator="SAP", creation="D:20261130061500+01'00'")
    t = ("Sehr geehrte Damen und Herren,\n\n"
         "anbei erhalten Sie unsere Auftragsbestätigung 20261187 zu Ihrer Bestellung %s.\n\n"
         "Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail; bei Rückfragen "
         "wenden Sie sich an auftrag@polsterwerk-mn.example.\n\n"
         "Mit freundlichen Grüßen\nPolsterwerk Markneukirchen GmbH\n\n"
         "Sitz der Gesellschaft: Markneukirchen | Amtsgericht Chemnitz HRB 00000 | Geschäftsführer: Uwe Seidel\n"
         % po.number)
    body = multipart("mixed", [text(t, "plain", "iso-8859-15", "quoted-printable"),
                               attachment(pdf, "application/pdf", "AB_20261187.pdf", size=False)],
                     "=_sap_ab_20261187_1796015702")
    frm = addr("Polsterwerk Markneukirchen - Auftragsbearbeitung", "noreply@polsterwerk-mn.example", quote=True)
    eml = message(hdrs(frm, po.buyer_email, "Auftragsbestätigung 20261187 zu Ihrer Bestellung %s" % po.number, when,
                       "<20261130061502.SAPAB.20261187@sap.polsterwerk-mn.example>",
                       recv=received("sap.polsterwerk-mn.example", "203.0.113.157", when, po.buyer_email, "c057"),
                       extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "SAP Web Application Server 7.50")]), body)
    exp = conf([(po, {1: acc(), 2: acc(), 3: chg(p="3.09", date="2026-12-18")})],
               "Automatic ERP mail (Auto-Submitted) carrying a real order confirmation PDF -> confirmation. Prices per "
               "PE 100: 164,00/100 = 1.64 per piece as ordered; pos. 3 309,00/100 = 3.09. KW 50 = 2026-12-11 "
               "(as ordered), KW 51 = 2026-12-18. No In-Reply-To; matched by PO number.")
    return Case(57, "sap-ab-pdf-price-per-100", "confirmation/de-DE",
                "auto-generated SAP mail with an AB PDF: prices per 100 pcs (PE), KW dates, no threading headers",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 058
def c058():
    S = supplier("BACVARIJA", "Bačvarija Slavonija d.o.o.", "prodaja@bacvarija-slavonija.example", "hr-HR")
    po = PO(pon(58), S, "ja", "EUR", "2026-11-26", [
        ("BUNG-HR-OAK50", "Oak barrel bung, 50 mm", 600, "PCS", "0.95", "2026-12-18"),
        ("BUNG-HR-SIL50", "Silicone barrel bung, 50 mm", 400, "PCS", "1.70", "2026-12-18"),
    ], req_dt=dt(2026, 11, 26, 9, 42, 17))
    when = dt(2026, 11, 27, 9, 58, 3)
    rcpt = po.supplier["email"]
    mid = "1vMq3K-00042x-7T"
    t = ("This message was created automatically by mail delivery software.\n"
         "A message that you sent has not yet been delivered to one or more of its\n"
         "recipients after more than 24 hours on the queue on mx-out2.northgate-sourcing.example.\n\n"
         "The message identifier is:     %s\n"
         "The subject of the message is: %s\n"
         "The date of the message is:    Thu, 26 Nov 2026 09:42:17 +0100\n\n"
         "The address to which the message has not yet been delivered is:\n\n"
         "  %s\n"
         "    host mail.bacvarija-slavonija.example [198.51.100.58]\n"
         "    Delay reason: SMTP error from remote mail server after pipelined RCPT TO:<%s>:\n"
         "    451 4.3.0 Mailbox temporarily unavailable, please try again later\n\n"
         "No action is required on your part. Delivery attempts will continue for\n"
         "some time, and this warning may be repeated at intervals if the message\n"
         "remains undelivered. Eventually the mail delivery software will give up,\n"
         "and when that happens, the message will be returned to you.\n" % (mid, po.subject, rcpt, rcpt))
    status = ("Reporting-MTA: dns; mx-out2.northgate-sourcing.example\n\n"
              "Action: delayed\nFinal-Recipient: rfc822;%s\nStatus: 4.0.0\n"
              "Remote-MTA: dns; mail.bacvarija-slavonija.example\n"
              "Diagnostic-Code: smtp; 451 4.3.0 Mailbox temporarily unavailable, please try again later\n"
              "Will-Retry-Until: Thu, 03 Dec 2026 09:42:17 +0100\n" % rcpt)
    hdr_txt = request_headers_text(po)
    bnd = "1795769883-eximdsn-1804289383"
    body = multipart("report", [raw_part("text/plain; charset=us-ascii", t, "7bit"),
                                raw_part("message/delivery-status", status),
                                raw_part("text/rfc822-headers; charset=us-ascii", hdr_txt)],
                     bnd, params="report-type=delivery-status")
    hs = [("Return-path", "<>"),
          ("Envelope-to", po.buyer_email),
          ("Delivery-date", date_hdr(when)),
          ("Received", "from Debian-exim by mx-out2.northgate-sourcing.example with local (Exim 4.98)\n\tid 1vMqQb-0004Jc-2f\n\tfor %s;\n\t%s" % (po.buyer_email, date_hdr(when))),
          ("X-Failed-Recipients", rcpt),
          ("Auto-Submitted", "auto-replied"),
          ("From", "Mail Delivery System <Mailer-Daemon@mx-out2.northgate-sourcing.example>"),
          ("To", po.buyer_email),
          ("References", po.request_id),
          ("Content-Transfer-Encoding", "7bit"),
          ("Subject", "Warning: message %s delayed 24 hours" % mid),
          ("Message-Id", "<E1vMqQb-0004Jc-2f@mx-out2.northgate-sourcing.example>"),
          ("Date", date_hdr(when))]
    hs = [h for h in hs if h[0] != "X-Failed-Recipients"]
    eml = message(hs, body)
    exp = other("bounce", "Exim delay warning (Action: delayed, 451 4.3.0) - the request has not reached the supplier "
                "yet; Will-Retry-Until date is not a delivery date.")
    return Case(58, "exim-delay-warning", "bounce/hr-HR",
                "Exim 'delayed 24 hours' warning (multipart/report, Action: delayed) with a retry-until date",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 059
def c059():
    S = supplier("TETSUMO", "Tetsumo Mokei Ltd.", "info@tetsumo.example", "ja-JP")
    po = PO(pon(59), S, "cv", "JPY", "2026-11-30", [
        ("MRC-JP-N-KN", "N scale body-mount knuckle coupler", 400, "PCS", "180", "2026-12-09"),
        ("MRC-JP-HO-TC", "HO tight-lock coupler, grey", 300, "PCS", "240", "2026-12-09"),
    ], contact="Mr Sato")
    when = dt(2026, 12, 3, 10, 5, 44, tz(9))
    top = ("Northgate Sourcing GmbH\nClara Vennet 様\n\n"
           "お世話になっております。テツモ模型の佐藤です。\n\n"
           "PO %s の件、ご連絡が遅くなり申し訳ございません。\n"
           "2品目とも数量・単価はご注文通りでお受けいたします。\n"
           "ただし、ご希望の12月9日の納期には間に合わず、来週金曜日の出荷となります。\n\n"
           "よろしくお願いいたします。\n\n"
           "佐藤 健一\n有限会社テツモ模型\n埼玉県川口市本町 4-1-8\nTEL 048-555-0123\n" % po.number)
    qb = outlook_block(OUTLOOK["ja"], "Clara Vennet <%s>" % po.buyer_email, "2026年11月30日 17:42",
                       po.supplier["email"], po.subject)
    plain = top + "\n-----Original Message-----\n" + qb + "\n" + req_text(po)
    part = text(plain, "plain", "shift_jis", "base64")
    frm = addr("佐藤 健一", "info@tetsumo.example", "iso-2022-jp", "B")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       "<000001db4f2a$8c1e3b40$a45ab1c0$@tetsumo.example>", po.request_id, po.request_id,
                       recv=received("mail.tetsumo.example", "203.0.113.159", when, po.buyer_email, "c059"),
                       extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbQ7Jm1n8eK3f2T0Sxk0vZ9aHc1Q=="),
                              ("Content-Language", "ja")]), part)
    exp = conf([(po, {1: chg(date="2026-12-11"), 2: chg(date="2026-12-11")})],
               "Shift_JIS base64 plain text. Relative weekday: 来週金曜日 (Friday of next week) from Thu 2026-12-03 = "
               "Fri 2026-12-11, a ship date (出荷); quantities and prices as ordered.")
    return Case(59, "shiftjis-raishuu-kinyoubi", "confirmation/ja-JP",
                "Shift_JIS mail whose only date is '来週金曜日の出荷' (Friday of next week)",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 060
def c060():
    S = supplier("FERRETTI", "Tamponi Musicali Ferretti S.r.l.", "ordini@tamponiferretti.example", "it-IT")
    po = PO(pon(60), S, "ja", "EUR", "2026-11-23", [
        ("SXP-IT-ALTO", "Saxophone pad set, alto, white leather, metal resonators", 40, "SET", "45.00", "2026-12-18"),
        ("SXP-IT-TEN", "Saxophone pad set, tenor, white leather, metal resonators", 25, "SET", "58.00", "2026-12-18"),
        ("SXP-IT-BAR", "Saxophone pad set, baritone, white leather", 6, "SET", "112.50", "2026-12-18"),
    ], contact="Ms Ferretti")
    when = dt(2026, 12, 1, 9, 30, 40)
    top = ("Buongiorno sig. Albrecht,\n\n"
           "con la presente confermiamo il Vs. ordine n. %s del 23/11/2026 alle seguenti condizioni:\n\n"
           "- pos. 1 serie tamponi sax contralto: 40 serie, consegna confermata per il 18/12/2026\n"
           "- pos. 2 serie tamponi sax tenore: 25 serie, consegna confermata per il 18/12/2026\n"
           "- pos. 3 serie tamponi sax baritono: 6 serie, consegna confermata per il 15/01/2027\n\n"
           "Come da nostra comunicazione di ottobre, dal 1° dicembre 2026 i prezzi di listino sono aumentati del 4%%; "
           "l'aumento si applica a tutte le posizioni del Vs. ordine.\n\n"
           "Cordiali saluti\n\nFrancesca Ferretti\nUfficio Commerciale\nTamponi Musicali Ferretti S.r.l.\n"
           "Via dell'Artigianato 21, 60022 Castelfidardo (AN)\nTel. +39 071 555 0123 - P.IVA 00000000000\n\n"
           "Ai sensi del Regolamento UE 2016/679 (GDPR) si precisa che le informazioni contenute in questo messaggio "
           "sono riservate e ad uso esclusivo del destinatario.\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["it"], "lunedì 23 novembre 2026 09:42", top, "c060",
                      charset="windows-1252", html_lang="IT")
    frm = addr("Francesca Ferretti", "ordini@tamponiferretti.example")
    eml = message(hdrs(frm, "Jonas Albrecht <%s>" % po.buyer_email, "R: " + po.subject, when,
                       msgid("outlook", "c060"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c060",
                       recv=received("mail.tamponiferretti.example", "203.0.113.160", when, po.buyer_email, "c060"),
                       extra=outlook_extra("it-IT")), alt)
    exp = conf([(po, {1: chg(p="46.80"), 2: chg(p="60.32"), 3: chg(p="117.00", date="2027-01-15")})],
               "Italian 'R:' reply; quantities/dates confirmed, and a list-price increase of 4% applied to all lines "
               "without restating prices: 45.00 -> 46.80, 58.00 -> 60.32, 112.50 -> 117.00. Baritone sets later.")
    return Case(60, "italian-plus-four-percent", "confirmation/it-IT",
                "a +4% list increase stated once in prose and applying to every line, no new prices written",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 061
def c061():
    S = supplier("HANBIT", "Hanbit Optical Co., Ltd.", "sy.park@hanbit-optical.example", "ko-KR")
    po = PO(pon(61), S, "pn", "KRW", "2026-11-27", [
        ("EP-KR-ED10", "ED eyepiece 10 mm, 1.25 in", 50, "EA", "68000", "2026-12-21"),
        ("EP-KR-ED5", "ED eyepiece 5 mm, 1.25 in", 50, "EA", "68000", "2026-12-21"),
    ])
    when = dt(2026, 11, 27, 17, 42, 40, tz(9))
    t = ("안녕하세요. 한빛광학 해외영업팀 박서연입니다.\n\n"
         "현재 해외 출장 중으로 11월 27일(금)부터 12월 4일(금)까지 메일 확인이 어렵습니다.\n"
         "급한 용무는 팀장 이민수(ms.lee@hanbit-optical.example, 031-555-0170)에게 연락 부탁드립니다.\n\n"
         "Thank you for your email. I am on a business trip from Nov 27 to Dec 4 with limited access to email.\n"
         "For urgent matters please contact Mr. Minsu Lee (ms.lee@hanbit-optical.example).\n\n"
         "박서연 / Seoyeon Park\n(주)한빛광학\n")
    part = text(t, "plain", "euc-kr", "base64")
    frm = addr("박서연", "sy.park@hanbit-optical.example", "euc-kr", "B")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email, ew("[자동응답]", "euc-kr") + " RE: " + po.subject, when,
                       "<autoreply.20261127174240.7731@hanbit-optical.example>", po.request_id, po.request_id,
                       recv=received("mail.hanbit-optical.example", "203.0.113.161", when, po.buyer_email, "c061"),
                       extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Daou Office Mail")]), part)
    exp = other("auto_reply", "Korean business-trip auto-reply (EUC-KR, '[자동응답]' subject tag, 'RE:' like a reply); "
                "12월 4일 is the return date.")
    return Case(61, "korean-trip-autoreply", "auto_reply/ko-KR",
                "EUC-KR auto-reply with 'RE:' subject and a date range that could be misread as delivery",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 062
def c062():
    S = supplier("PLANERTEH", "Planer Tehnika EOOD", "office@planertehnika.example", "bg-BG")
    po = PO(pon(62), S, "tr", "EUR", "2026-11-25", [
        ("GTH-BG-NOSE", "Glider nose release hook, aerotow", 6, "EA", "560.00", "2026-12-21"),
        ("GTH-BG-CG", "Glider CG release hook, winch", 6, "EA", "610.00", "2026-12-21"),
        ("GTH-BG-SPR", "Release spring kit", 20, "SET", "34.00", "2026-12-21"),
    ], contact="Mr Petrov")
    when = dt(2026, 12, 2, 11, 48, 26, tz(2))
    top = ("Здравейте, г-н Рибак,\n\n"
           "Благодарим Ви за поръчка № %s. Потвърждаваме я, както следва:\n\n"
           "1. Кука за аеробуксир (носова) – 6 бр. x 560,00 € (1 095,26 лв.) – доставка до 21.12.2026 г.\n"
           "2. Кука за лебедка (център на тежестта) – 6 бр. x 640,00 € (1 251,73 лв.) – доставка до 21.12.2026 г.\n"
           "3. Комплект пружини – 20 компл. x 34,00 € (66,50 лв.) – доставка до 11.01.2027 г.\n\n"
           "Цената на поз. 2 е коригирана поради поскъпване на сертифицираните компоненти.\n"
           "Левовите равностойности са само за информация (фиксиран курс 1,95583).\n\n"
           "С уважение,\nНиколай Петров\nТърговски отдел\n„Планер Техника“ ЕООД\n"
           "гр. Казанлък, ул. „Индустриална“ 8\nтел.: +359 431 5 55 01\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["bg"], "сряда, 25 ноември 2026 г. 10:42", top, "c062",
                      charset="windows-1251", cte="base64", html_lang="BG")
    frm = addr("Николай Петров", "office@planertehnika.example", "windows-1251", "B")
    eml = message(hdrs(frm, "Tomasz Rybak <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook", "c062"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c062",
                       recv=received("mail.planertehnika.example", "203.0.113.162", when, po.buyer_email, "c062"),
                       extra=outlook_extra("bg-BG")), alt)
    exp = conf([(po, {1: acc(), 2: chg(p="640.00"), 3: chg(date="2027-01-11")})],
               "Bulgarian windows-1251 reply after the 2026 euro changeover: every euro price is followed by a leva "
               "equivalent (1 095,26 лв.) that must be ignored; 'доставка до' = delivery by; dates with 'г.'.")
    return Case(62, "bulgarian-euro-with-leva", "confirmation/bg-BG",
                "EUR prices shown next to informative BGN equivalents (dual display), windows-1251",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 063
def c063():
    S = supplier("LINHASPIPA", "Linhas Pipa Brasil Ltda.", "vendas@linhaspipa.example", "pt-BR")
    po = PO(pon(63), S, "mo", "BRL", "2026-11-30", [
        ("KLS-BR-CAR15", "Kite line spool (carretel), wooden, 15 cm", 600, "PCS", "7.90", "2026-12-18"),
        ("KLS-BR-LIN10", "Cotton kite line No. 10, bulk", 80, "KG", "42.00", "2026-12-18"),
        ("KLS-BR-LATA", "Kite line spool, aluminium can type", 150, "PCS", "26.50", "2026-12-18"),
    ], contact="Rodrigo")
    when = dt(2026, 12, 2, 19, 47, 12, tz(-3))
    top = ("Oi Marisol, td bem?\n"
           "Pedido %s ok, carretel de madeira e linha 10 confirmados, preço do pedido, entrega dia 18.\n"
           "A lata de alumínio tô vendo com a fábrica amanhã e te falo.\n"
           "Abs\nRodrigo\n\nObter o Outlook para Android\n" % po.number)
    alt = outlook_alt(po, ("De", "Enviado", "Para", "Cc", "Assunto"),
                      "segunda-feira, 30 de novembro de 2026 05:42", top, "c063", style="owa", html_lang="PT-BR")
    frm = addr("Rodrigo Almeida", "rodrigo@linhaspipa.example")
    eml = message(hdrs(frm, "Marisol Ortega <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("outlook", "c063"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c063",
                       recv=received("mail.linhaspipa.example", "203.0.113.163", when, po.buyer_email, "c063"),
                       extra=outlook_extra("pt-BR")), alt)
    exp = conf([(po, {1: acc(), 2: acc(), 3: unc()})],
               "Mobile Outlook reply in colloquial Portuguese; 'entrega dia 18' (day only) = next 18th after "
               "2026-12-02 = 2026-12-18. The aluminium spool is deferred ('te falo') -> unconfirmed.")
    return Case(63, "brazil-mobile-dia-18", "confirmation/pt-BR",
                "colloquial mobile reply, date as 'dia 18' only, one line deferred ('tô vendo com a fábrica amanhã e te falo')",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 064
def c064():
    S = supplier("ROLOSGRAF", "Rolos Gráficos Paulista Ltda.", "comercial@rolosgraficos.example", "pt-BR")
    po = PO(pon(64), S, "ja", "BRL", "2026-11-27", [
        ("PPR-BR-BAT640", "Ink roller (batedor), 640 mm, recovering", 6, "EA", "980.00", "2026-12-21"),
        ("PPR-BR-MOL640", "Dampening roller (molhador), 640 mm", 4, "EA", "1140.00", "2026-12-21"),
    ], contact="Ms Prado")
    when = dt(2026, 11, 30, 11, 5, 52, tz(-3))
    cols = [("Item", 40), ("Código", 62), ("Descrição", 140), ("Qtd.", 340), ("Valor unit. R$", 430), ("Total R$", 520)]
    rows = [("1", "PPR-BR-BAT640", "Rolo batedor 640 mm - reemborrachamento", "6", "980,00", "5.880,00"),
            ("2", "PPR-BR-MOL640", "Rolo molhador 640 mm", "4", "1.140,00", "4.560,00")]
    pdf = P.table_doc(
        [("FATURA PROFORMA PI-2026-0871", 13, True), ("Data: 30/11/2026    Validade: 15 dias", 9, False),
         ("Cliente: Northgate Sourcing GmbH - Pedido %s" % po.number, 8, False)],
        cols, rows,
        [("Total: R$ 10.440,00", 10, True),
         ("Condição: 50% antecipado (R$ 5.220,00) - saldo antes do embarque", 8, False),
         ("Prazo de entrega: 15 dias úteis após a compensação do pagamento antecipado", 8, False),
         ("Banco: Banco Exemplo S.A. - Ag. 0001 - C/C 00000-0 - SWIFT EXMPBRSP", 8, False)],
        col_align=["l", "l", "l", "r", "r", "r"], logo="Rolos Gráficos Paulista Ltda.",
        title="PI-2026-0871", producer="Bling ERP", creation="D:20261130105800-03'00'")
    top = ("Prezado Sr. Jonas,\n\n"
           "Recebemos o pedido %s, obrigado.\n\n"
           "Para clientes do exterior, nossa política comercial exige pagamento antecipado de 50%% do valor total. "
           "Após a compensação do pagamento, o prazo de entrega é de 15 dias úteis. Os preços do pedido estão de acordo.\n\n"
           "Segue em anexo a fatura proforma PI-2026-0871 para o pagamento.\n\n"
           "Atenciosamente,\nLuciana Prado\nDepartamento Comercial\nRolos Gráficos Paulista Ltda.\n"
           "Rua da Mooca, 1500 - São Paulo/SP\nTel.: (11) 5555-0123\n" % po.number)
    alt = outlook_alt(po, ("De", "Enviada em", "Para", "Cc", "Assunto"),
                      "sexta-feira, 27 de novembro de 2026 05:42", top, "c064", html_lang="PT-BR")
    body = multipart("mixed", [alt, attachment(pdf, "application/pdf", "Proforma PI-2026-0871.pdf")],
                     boundary("outlook-att", "c064"))
    frm = addr("Luciana Prado", "comercial@rolosgraficos.example")
    eml = message(hdrs(frm, "Jonas Albrecht <%s>" % po.buyer_email, "RES: " + po.subject, when,
                       msgid("outlook", "c064"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c064",
                       recv=received("mail.rolosgraficos.example", "203.0.113.164", when, po.buyer_email, "c064"),
                       extra=outlook_extra("pt-BR", True)), body)
    exp = other("needs_review", "Acceptance is conditional on a 50% prepayment, and the lead time (15 business days) "
                "runs from an unknown payment date; the proforma repeats PO figures but fixes no date.")
    return Case(64, "prepayment-condition-proforma", "needs_review/pt-BR",
                "conditional on 50% prepayment; lead time counted from an unknown event; proforma PDF with PO figures",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 065
def c065():
    S = supplier("DELTABREW", "Delta Brewing Equipment Co.", "sales@deltabrew-eg.example", "ar-EG")
    po = PO(pon(65), S, "pn", "EGP", "2026-11-24", [
        ("KC-EG-D", "Keg coupler type D, stainless", 50, "EA", "2650.00", "2026-12-20"),
        ("KC-EG-GAS", "Gas hose assembly for keg coupler, 1.5 m", 100, "EA", "340.00", "2026-12-20"),
    ], contact="Eng. Ahmed")
    when = dt(2026, 11, 29, 12, 15, 9, tz(2))

    def ad(s):
        return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    top = ("السيدة/ بريا ناتاراجان المحترمة،\nتحية طيبة وبعد،\n\n"
           "نشكركم على أمر الشراء رقم %s، ونؤكد لكم ما يلي:\n\n"
           "البند ١: وصلة برميل نوع D ستانلس – الكمية ٥٠ قطعة – سعر الوحدة ٢٬٦٥٠٫٠٠ جنيه – التسليم ٢٠/١٢/٢٠٢٦\n"
           "البند ٢: خرطوم غاز ١٫٥ متر – الكمية ٨٠ قطعة فقط – سعر الوحدة ٣٤٠٫٠٠ جنيه – التسليم ٢٠/١٢/٢٠٢٦\n\n"
           "الكمية المتبقية من البند ٢ (٢٠ قطعة) غير متوفرة حاليًا ولا يمكننا توريدها.\n\n"
           "وتفضلوا بقبول فائق الاحترام،\n\nم. أحمد عبد الرحمن\nمدير المبيعات\nشركة الدلتا لمعدات التخمير\n"
           "المنطقة الصناعية الثالثة، مدينة العاشر من رمضان\nهاتف: %s\n" % (ad(po.number), ad("015 555 0123")))
    top_html = '<div dir="rtl">' + p_html(top.rstrip("\n")) + "</div>"
    alt = outlook_alt(po, OUTLOOK["ar"], "الثلاثاء، 24 نوفمبر 2026 10:42 ص", top, "c065", cte="base64",
                      top_html=top_html, html_lang="AR-EG", dir_="rtl")
    frm = addr("Ahmed Abdelrahman", "sales@deltabrew-eg.example")
    eml = message(hdrs(frm, "Priya Natarajan <%s>" % po.buyer_email, ew("رد:", "utf-8") + " " + po.subject, when,
                       msgid("outlook", "c065"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c065",
                       recv=received("mail.deltabrew-eg.example", "203.0.113.165", when, po.buyer_email, "c065"),
                       extra=outlook_extra("ar-EG")), alt)
    exp = conf([(po, {1: acc(), 2: chg(q=80)})],
               "Arabic reply with Eastern Arabic-Indic digits throughout, incl. the PO number, Arabic thousands (٬) and "
               "decimal (٫) separators; line 2 only 80 of 100, the rest explicitly cannot be supplied.")
    return Case(65, "arabic-indic-digits", "confirmation/ar-EG",
                "Arabic-Indic digits (٢٠/١٢/٢٠٢٦, ٢٬٦٥٠٫٠٠) incl. the PO number; part quantity on one line",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 066
def c066():
    S = supplier("CRESCENT", "Crescent Woodwind Supply Inc.", "orders@crescentwoodwind.example", "en-US")
    po = PO(pon(66), S, "cv", "USD", "2026-11-24", [
        ("SXP-US-ALTO", "Saxophone pad set, alto, tan leather, domed metal resonators", 30, "SET", "39.00", "2026-12-16"),
        ("SXP-US-TNR", "Saxophone pad set, tenor, tan leather", 20, "SET", "52.00", "2026-12-16"),
    ])
    when = dt(2026, 12, 1, 7, 0, 4, tz(-8))
    t = ("See you in Anaheim?\n\n"
         "Hi Clara,\n\n"
         "The Crescent Woodwind team will be at the Winter Music Trade Expo 2027, Anaheim Convention Center, "
         "January 21-24, 2027 - Hall D, booth #4521.\n\n"
         "SHOW SPECIALS\n"
         "* 10% off all pad sets ordered at the booth\n"
         "* Alto pad set (tan leather, domed metal resonators): show price $35.10 (reg. $39.00)\n"
         "* Free freight on orders over $1,500 shipped by February 15, 2027\n\n"
         "Book a meeting slot: https://crescentwoodwind.example/expo2027\n\n"
         "Crescent Woodwind Supply Inc. | 400 Harbor Blvd, Long Beach, CA 90802\n"
         "You received this email because you are a Crescent Woodwind customer.\n"
         "Unsubscribe: https://crescentwoodwind.example/hs/manage-preferences/unsubscribe?d=Vn4q2\n")
    html = ('<div style="max-width:600px;margin:auto;font-family:Helvetica,Arial,sans-serif">'
            '<h1 style="color:#7a1f3d">See you in Anaheim?</h1>' + br_html(t.split("\n\n", 1)[1]) + "</div>"
            '<img src="https://t.crescentwoodwind.example/e3t/Cto/Vn4q2.gif" width="1" height="1">')
    alt = multipart("alternative", [text(t, "plain", "utf-8", "quoted-printable"),
                                    text(html_doc(html), "html", "utf-8", "quoted-printable")],
                    "----=_Part_8812736_1420391542.1796137204011")
    frm = addr("Crescent Woodwind Supply", "news@crescentwoodwind.example")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % po.buyer_email,
                       "Winter Music Trade Expo 2027: booth #4521 + show specials on pad sets", when,
                       "<1796137204011.a41c2f7e-0b1d-4f33-9c1e-8812736@bf1.hubspot.example>",
                       recv=received("bf1.hubspot.example", "198.51.100.201", when, po.buyer_email, "c066"),
                       extra=[("List-Unsubscribe", "<https://crescentwoodwind.example/hs/manage-preferences/unsubscribe?d=Vn4q2>"),
                              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                              ("Precedence", "bulk"), ("X-HS-Cid", "Vn4q2")]), alt)
    exp = other("unrelated", "Trade-fair marketing mail from the supplier with dates and a show price for one of the "
                "PO items; not an answer to the PO.")
    return Case(66, "trade-fair-invitation", "unrelated/en-US",
                "supplier marketing mail with January dates and a discounted price for a PO item",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 067
def c067():
    S = supplier("PENNINE", "Pennine Sweep Supplies Ltd", "orders@penninesweep.example", "en-GB")
    a = PO(pon(67, -1), S, "cv", "GBP", "2026-11-10", [
        ("CSB-UK-POLY-12", "Chimney brush, polypropylene, 12 in", 80, "PCS", "11.20", "2026-12-04"),
    ], contact="Steve")
    b = PO(pon(67), S, "cv", "GBP", "2026-11-18", [
        ("CSB-UK-WIRE-14", "Chimney brush, wire, 14 in", 40, "PCS", "16.80", "2026-12-14"),
        ("CSB-UK-ROD-3", "Sweep rod 3 ft, polypropylene, 1/2 in BSW", 300, "PCS", "4.35", "2026-12-14"),
        ("CSB-UK-VAC-FLT", "Soot vacuum HEPA filter", 25, "EA", "27.90", "2026-12-14"),
    ], contact="Steve")
    c = PO(pon(67, 1), S, "cv", "GBP", "2026-11-26", [
        ("CSB-UK-ROTARY", "Rotary sweeping kit, 10 m", 10, "SET", "189.00", "2027-01-08"),
    ], contact="Steve")
    when = dt(2026, 12, 2, 10, 40, 18, tz(0))
    top = ("Hi Clara,\n\n"
           "Replying on this thread as it's the one in my inbox - this is about your PO %s (wire brushes / rods / "
           "filters), NOT the poly brushes, I'll answer on that one separately.\n\n"
           "%s:\n"
           "- 14\" wire brushes: 40 @ £16.80, with you 14/12\n"
           "- 3ft rods: 300 @ £4.35, with you 14/12\n"
           "- HEPA filters: manufacturer has put them up, now £29.50 each, 25 with you 21/12\n\n"
           "The rotary kits on your newest PO I'll come back to you on too.\n\n"
           "Cheers,\nSteve Holroyd\nPennine Sweep Supplies Ltd\nUnit 3, Mill Lane, Huddersfield HD1 0AA\n01484 555 012\n"
           % (b.number, b.number))
    attr = "On Tue, 10 Nov 2026 at 08:42, Clara Vennet <%s> wrote:" % a.buyer_email
    alt = gmail_alt(a, attr, top, "c067")
    frm = addr("Steve Holroyd", "steve@penninesweep.example")
    eml = message(hdrs(frm, "Clara Vennet <%s>" % a.buyer_email, "Re: " + a.subject, when,
                       msgid("gmail", "c067"), a.request_id, a.request_id,
                       recv=received("mail-ej1-f47.google.example", "198.51.100.47", when, a.buyer_email, "c067")), alt)
    exp = conf([(b, {1: acc(), 2: acc(), 3: chg(p="29.50", date="2026-12-21")})],
               "Three open POs. The reply is threaded (In-Reply-To/Subject) on the oldest PO's request, but the body "
               "answers the middle PO by number. The threaded PO and the newest PO are only mentioned ('answer "
               "separately', 'come back to you') and are left out. en-GB dd/mm without year.")
    return Case(67, "wrong-thread-three-pos", "confirmation/en-GB",
                "threaded on PO A's request but answers PO B; A and C only mentioned; three POs open",
                [a, b, c], eml, exp)


# ----------------------------------------------------------------------------- 068
def c068():
    S = supplier("CINTASPORT", "Cintas Porteñas S.R.L.", "ventas@cintasportenas.example", "es-AR")
    po = PO(pon(68), S, "mo", "ARS", "2026-11-24", [
        ("RIB-AR-SAT25-SAL", "Satin ribbon 25 mm, salmon pink", 2000, "M", "310.00", "2026-12-17"),
        ("RIB-AR-SAT25-BLA", "Satin ribbon 25 mm, white", 1000, "M", "310.00", "2026-12-17"),
        ("RIB-AR-ELA20", "Elastic ribbon 20 mm, salmon", 800, "M", "420.00", "2026-12-17"),
        ("RIB-AR-TUL15", "Tulle ribbon 15 cm, white", 500, "M", "560.00", "2026-12-17"),
    ], contact="Martín")
    when = dt(2026, 11, 30, 16, 20, 45, tz(-3))
    top = ("Hola Marisol, ¿cómo estás?\n\n"
           "Te confirmo la OC %s. Te paso el detalle con nuestros códigos (entre paréntesis el tuyo):\n\n"
           "CP-E20S (RIB-AR-ELA20) elástico 20 mm salmón – 800 m a $ 420,00 – entrega 17/12\n"
           "CP-S25B (RIB-AR-SAT25-BLA) raso 25 mm blanco – 1.000 m a $ 310,00 – entrega 17/12\n"
           "CP-S25S (RIB-AR-SAT25-SAL) raso 25 mm salmón – 1.200 m a $ 310,00 el 17/12 y los 800 m restantes el 7/1\n"
           "CP-T15B (RIB-AR-TUL15) tul 15 cm blanco – no lo fabricamos más, lo damos de baja.\n\n"
           "Cualquier cosa avisame.\n\n"
           "Saludos,\nMartín Gómez\nCintas Porteñas S.R.L.\nAv. Warnes 1234, C1414 CABA\nTel. (011) 4555-0123\n"
           % po.number)
    alt = outlook_alt(po, OUTLOOK["es"], "martes, 24 de noviembre de 2026 05:42", top, "c068", html_lang="ES-AR")
    frm = addr("Martín Gómez", "ventas@cintasportenas.example")
    eml = message(hdrs(frm, "Marisol Ortega <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook", "c068"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c068",
                       recv=received("mail.cintasportenas.example", "203.0.113.168", when, po.buyer_email, "c068"),
                       extra=outlook_extra("es-AR")), alt)
    exp = conf([(po, {1: chg(sched=[(1200, "2026-12-17"), (800, "2027-01-07")]), 2: acc(), 3: acc(), 4: rej()})],
               "Lines answered in a different order under the supplier's own codes, with our codes in brackets; "
               "dates without year (17/12 -> 2026-12-17, 7/1 -> 2027-01-07); salmon satin split, tulle dropped.")
    return Case(68, "argentine-own-codes-reordered", "confirmation/es-AR",
                "lines reordered under supplier codes with ours in brackets; day/month dates without year; split + drop",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 069
def c069():
    S = supplier("KAROOKEG", "Karoo Keg Fittings (Pty) Ltd", "sales@karookeg.example", "en-ZA")
    po = PO(pon(69), S, "ja", "ZAR", "2026-11-23", [
        ("KC-ZA-S", "Keg coupler type S, stainless, lever", 20, "EA", "1450.00", "2026-12-18"),
        ("KC-ZA-SEAL", "Coupler seal kit", 100, "SET", "38.00", "2026-12-18"),
    ], contact="Thabo")
    when = dt(2026, 11, 26, 10, 25, 36, tz(2))
    top = ("Hi Jonas,\n\n"
           "Thanks for PO %s. Before we book it: the S-type couplers come in cartons of 40 from our supplier. "
           "At 20 units the price is R 1 520,00 each (broken carton), or if you take the full carton of 40 we can "
           "do R 1 320,00 each. Both options are available for delivery on 18/12/2026.\n\n"
           "Seal kits are fine as per PO.\n\n"
           "Please let us know which option you prefer and we'll send the order confirmation.\n\n"
           "Regards,\nThabo Nkosi\nSales\nKaroo Keg Fittings (Pty) Ltd\n"
           "14 Voortrekker Road, Bellville, Cape Town 7530\nTel: 021 555 0123\n" % po.number)
    alt = outlook_alt(po, OUTLOOK["en"], "Monday, 23 November 2026 10:42", top, "c069", html_lang="EN-ZA")
    frm = addr("Thabo Nkosi", "sales@karookeg.example")
    eml = message(hdrs(frm, "Jonas Albrecht <%s>" % po.buyer_email, "RE: " + po.subject, when,
                       msgid("outlook", "c069"), po.request_id, po.request_id,
                       thread_topic=po.subject, seed="c069",
                       recv=received("mail.karookeg.example", "203.0.113.169", when, po.buyer_email, "c069"),
                       extra=outlook_extra("en-ZA")), alt)
    exp = other("needs_review", "Conditional offer: two price/quantity options for the couplers and the order is not "
                "booked until the buyer chooses ('we'll send the order confirmation'); nothing committed yet.")
    return Case(69, "carton-option-offer", "needs_review/en-ZA",
                "two alternative price/quantity options, booking deferred until the buyer chooses",
                [po], eml, exp)


# ----------------------------------------------------------------------------- 070
def c070():
    S = supplier("DROONITEH", "Droonitehnika OÜ", "muuk@droonitehnika.example", "et-EE")
    po = PO(pon(70), S, "mo", "EUR", "2026-11-27", [
        ("DP-EE-1045", "Propeller 10x4.5, nylon-glass, pair", 400, "PR", "1.85", "2026-12-16"),
        ("DP-EE-1238", "Propeller 12x3.8, carbon, pair", 200, "PR", "6.40", "2026-12-16"),
        ("DP-EE-ADPT", "Propeller adapter set, M5/M6", 150, "SET", "2.20", "2026-12-16"),
    ], contact="Kristjan")
    when = dt(2026, 12, 1, 15, 20, 31, tz(2))
    top = ("Tere, Marisol!\n\n"
           "Täname tellimuse %s eest. Kinnitame:\n\n"
           "1. rida – propeller 10x4.5, 400 paari à 1,85 EUR, tarne 16.12.2026\n"
           "2. rida – süsinikpropeller 12x3.8, 200 paari à 6,40 EUR, tarne 16.12.2026\n\n"
           "3. rea (adapterikomplektid) osas ootame veel tarnija vastust, kinnitame selle järgmisel nädalal eraldi.\n\n"
           "Lugupidamisega\nKristjan Tamm\nDroonitehnika OÜ\nTartu mnt 84, 10112 Tallinn\ntel +372 555 0123\n"
           % po.number)
    top = top.replace("–", "-")
    attr = "27.11.2026 10:42, Marisol Ortega kirjutas:"
    part = plain_reply(po, attr, top, "ISO-8859-15", "quoted-printable", flowed=True)
    frm = addr("Kristjan Tamm", "muuk@droonitehnika.example")
    eml = message(hdrs(frm, "Marisol Ortega <%s>" % po.buyer_email, "Re: " + po.subject, when,
                       msgid("thunderbird", "c070", "droonitehnika.example"), po.request_id, po.request_id,
                       recv=received("mail.droonitehnika.example", "203.0.113.170", when, po.buyer_email, "c070"),
                       extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "et")]), part)
    exp = conf([(po, {1: acc(), 2: acc(), 3: unc()})],
               "Estonian Thunderbird reply (ISO-8859-15); lines 1-2 confirmed as ordered, line 3 'will confirm next "
               "week separately' -> unconfirmed.")
    return Case(70, "estonian-one-line-pending", "confirmation/et-EE",
                "two lines confirmed, the third explicitly pending ('kinnitame järgmisel nädalal')",
                [po], eml, exp)


CASES = [c054, c055, c056, c057, c058, c059, c060, c061, c062, c063, c064, c065, c066, c067, c068,
         c069, c070]
