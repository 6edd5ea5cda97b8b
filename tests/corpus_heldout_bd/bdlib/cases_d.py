"""Cases 055-070."""
import datetime as dt

from . import mime
from .common import (case, sup, L, PO, A, C, R, U, conf, out, reply, kw, request_text, req_subject, req_sent,
                     BUYERS, msgid, boundary, orig_request, to_html, outlook_quote)
from .pdf import make_pdf
from .xlsx import make_xlsx


@case("mollebrianza-springs-substitute-offered", "confirmation/it-IT",
      "One line refused and a substitute with its own code (MB-MICRO-4) offered subject to a new order; others confirmed.")
def c055():
    S = sup("MOLLEBR", "Molle Brianza S.p.A.", "ordini@mollebrianza.example", "it-IT")
    P = PO("4510086505", S, "jonas", "EUR", "2026-11-20", [
        L(1, "MB-INS-7Z-90", "Pocket spring insert 7-zone 90x190 cm, H=14 cm", 100, "EA", "29.50", "2026-12-18"),
        L(2, "MB-INS-7Z-160", "Pocket spring insert 7-zone 160x190, H=14 cm", 60, "EA", "51.00", "2026-12-18"),
        L(3, "MB-MICRO-3", "Micro pocket spring topper layer 3 cm, 160x200", 40, "EA", "22.80", "2026-12-18"),
    ])
    body = ("Buongiorno Sig. Verbeek,\n\nconfermiamo le righe 1 e 2 del Vs. ordine 4510086505 come da ordine "
            "(quantità, prezzi e consegna 18/12/2026).\n\nLa riga 3 (MB-MICRO-3) purtroppo non è più in produzione e "
            "non possiamo fornirla. In alternativa possiamo proporVi l'articolo MB-MICRO-4 (strato micromolle 4 cm, "
            "160x200) a 24,90 €/pz, consegna 08/01/2027. Se interessati, Vi preghiamo di inviarci una modifica "
            "d'ordine con il nuovo codice.\n\nCordiali saluti\n\nPaolo Brambilla\nServizio Clienti\nMolle Brianza S.p.A.\n"
            "Via Valassina 210, 20811 Cesano Maderno (MB)\nTel. +39 0362 555 480\n")
    eml = reply(P, when="2026-11-24T10:30:00+01:00", body=body, seed="c055",
                frm=("Paolo Brambilla", "p.brambilla@mollebrianza.example"), quote="outlook", qlang="it", prefix="R: ")
    return out([P], eml, "confirmation",
               "Line 3 is refused ('non possiamo fornirla'); the substitute MB-MICRO-4 has another code, price and date "
               "and needs a new order from us, so it is an offer, not a confirmation of line 3 -> rejected. Lines 1-2 "
               "accepted.",
               [conf(P, {1: A(P, 1), 2: A(P, 2), 3: R})])


@case("bowbridge-harp-strings-vague", "needs_review/en-GB",
      "Chatty British reply: 'should be fine for around mid-December', 'could be a week or so later', 'will firm up'.")
def c056():
    S = sup("BOWBR", "Bowbridge Harp Strings Ltd", "sales@bowbridgestrings.example", "en-GB", "Rachel")
    P = PO("4510086618", S, "mira", "GBP", "2026-11-20", [
        L(1, "BHS-GUT-2A", "Gut harp string 2nd octave A, 1.65 mm", 80, "PCS", "14.20", "2026-12-11"),
        L(2, "BHS-NYL-4F", "Nylon harp string 4th octave F, 0.91 mm", 150, "PCS", "4.60", "2026-12-11"),
        L(3, "BHS-SET-LEV", "Lever harp full set, 36 strings", 12, "SET", "215.00", "2026-12-11"),
    ])
    body = ("Hi Mira,\n\nThanks for this. Most of it should be fine for around mid-December - the gut strings depend on "
            "when our next batch comes out of the drying room, could be a week or so later. Pricing I'd expect to be "
            "in line with last time, but let me double-check with Ian on the sets.\n\nI'll firm it all up early next "
            "week.\n\nCheers,\nRachel\n\nRachel Forde | Sales\nBowbridge Harp Strings Ltd\nThe Old Tannery, Bowbridge "
            "Lane, Stroud GL5 2JP\n01453 555 604\n")
    eml = reply(P, when="2026-11-26T16:48:00+00:00", body=body, seed="c056",
                frm=("Rachel Forde", "rachel@bowbridgestrings.example"), client="apple", quote="gt", prefix="Re: ")
    return out([P], eml, "needs_review",
               "Nothing firm: 'should be fine for around mid-December', gut strings 'a week or so later', prices to be "
               "double-checked, 'I'll firm it all up early next week'.")


@case("schweissdraht-body-vs-pdf-conflict", "needs_review/de-DE",
      "Body says 18.12.2026 at ordered prices, the attached AB-PDF says KW 02/2027 and a higher price for pos. 2.")
def c057():
    S = sup("SDRUHR", "Schweißdraht Ruhr GmbH", "vertrieb@schweissdraht-ruhr.example", "de-DE")
    P = PO("4510086721", S, "tomas", "EUR", "2026-11-23", [
        L(1, "SDR-G3SI1-10", "Welding wire G3Si1 1.0 mm, 18 kg spool", 100, "EA", "42.50", "2026-12-18"),
        L(2, "SDR-G3SI1-12", "Welding wire G3Si1 1.2 mm, 18 kg spool", 60, "EA", "41.90", "2026-12-18"),
    ])
    pdf = make_pdf([[
        "Schweißdraht Ruhr GmbH  ·  Hafenstraße 31  ·  45356 Essen",
        "",
        "AUFTRAGSBESTÄTIGUNG  AB-2611-0442",
        "Datum: 27.11.2026",
        "Ihre Bestellung: 4510086721 vom 23.11.2026",
        "Kunde: Kestrel Trading B.V., Tilburg",
        "",
        "Pos.  Artikel         Bezeichnung                     Menge  ME   Preis/ME EUR  Liefertermin",
        "1     SDR-G3SI1-10    Schweißdraht G3Si1 1,0 mm 18 kg   100  Spl        42,50  KW 02/2027",
        "2     SDR-G3SI1-12    Schweißdraht G3Si1 1,2 mm 18 kg    60  Spl        43,40  KW 02/2027",
        "",
        "Lieferung frei Haus. Es gelten unsere AGB.",
    ]], title="AB-2611-0442", author="Schweissdraht Ruhr GmbH", producer="SAP NetWeaver 7.50",
        created="D:20261127091200+01'00'", font="Courier", size=8)
    body = ("Hallo Herr Lindqvist,\n\nanbei unsere Auftragsbestätigung AB-2611-0442 zu Ihrer Bestellung 4510086721. "
            "Liefertermin für beide Positionen ist der 18.12.2026, Preise wie bestellt.\n\nMit freundlichen Grüßen\n"
            "Jörg Wiesner\nVertrieb Innendienst\nSchweißdraht Ruhr GmbH\nHafenstraße 31, 45356 Essen\n"
            "Tel. +49 201 555 8823\n")
    eml = reply(P, when="2026-11-27T09:40:00+01:00", body=body, seed="c057",
                frm=("Jörg Wiesner", "j.wiesner@schweissdraht-ruhr.example"), quote="outlook", qlang="de",
                prefix="AW: ", charset="iso-8859-1",
                atts=[mime.att(pdf, "application/pdf", "AB-2611-0442.pdf")])
    return out([P], eml, "needs_review",
               "Contradiction: the body promises 18.12.2026 at ordered prices, the attached AB says KW 02/2027 for both "
               "positions and 43,40 instead of 41,90 for pos. 2 - a buyer cannot tell which is binding.")


@case("olimp-medals-prepayment-condition", "needs_review/pl-PL",
      "Full confirmation made conditional on a 30 % prepayment by 04.12.2026 and artwork approval.")
def c058():
    S = sup("OLIMP", "Medale Sportowe Olimp Sp. z o.o.", "biuro@medale-olimp.example", "pl-PL")
    P = PO("4510086834", S, "priya", "PLN", "2026-11-23", [
        L(1, "MO-MED-65", "Marathon medal 65 mm, 3D, antique silver, 2027", 2500, "PCS", "9.80", "2027-02-19"),
        L(2, "MO-WST-25", "Lanyard sublimated 25 mm x 80 cm", 2500, "PCS", "2.10", "2027-02-19"),
    ])
    body = ("Dzień dobry Pani Priyo,\n\ndziękujemy za zamówienie 4510086834. Możemy je zrealizować w całości w terminie "
            "19.02.2027 r. po cenach z zamówienia, pod warunkiem otrzymania przedpłaty w wysokości 30% "
            "(8 925,00 zł) do 04.12.2026 r. oraz akceptacji projektu graficznego do 10.12.2026 r.\n\n"
            "Po spełnieniu tych warunków prześlemy potwierdzenie zamówienia.\n\nZ poważaniem\nTomasz Wiśniewski\n"
            "Kierownik Sprzedaży\nMedale Sportowe Olimp Sp. z o.o.\nul. Fabryczna 7, 43-300 Bielsko-Biała\n"
            "tel. +48 33 555 71 20\n")
    eml = reply(P, when="2026-11-27T12:00:00+01:00", body=body, seed="c058",
                frm=("Tomasz Wiśniewski", "t.wisniewski@medale-olimp.example"), charset="iso-8859-2",
                quote="outlook", qlang="pl", prefix="RE: ")
    return out([P], eml, "needs_review",
               "Conditional: the order can be done 'pod warunkiem' of a 30% prepayment (8 925,00 zł = 30% of 29 750) and "
               "artwork approval; the real confirmation will follow, so nothing is committed yet.")


@case("prairiehose-ticket-autoreply", "auto_reply/en-US",
      "Helpdesk ticket auto-reply '[Request #48213]' that quotes our whole request, PO table included.")
def c059():
    S = sup("PRAIRIE", "Prairie Garden Hose Co.", "orders@prairiehose.example", "en-US")
    P = PO("4510086947", S, "jonas", "USD", "2026-11-24", [
        L(1, "PGH-58-75", "Rubber garden hose 5/8in x 75 ft, 500 psi", 400, "EA", "31.50", "2027-01-15"),
        L(2, "PGH-34-100", "Rubber garden hose 3/4in x 100 ft", 200, "EA", "44.00", "2027-01-15"),
    ])
    t = req_sent(P)
    quoted = "\n".join("  " + ln if ln else "" for ln in request_text(P).split("\n"))
    body = ("##- Please type your reply above this line -##\n\nYour request (48213) has been received and is being "
            "reviewed by our Order Desk team.\n\nTo add additional comments, reply to this email.\n\n"
            "Typical response time: 1-2 business days (Mon-Fri, 8 AM - 5 PM CST).\n\n"
            "--------------------------------\n\nJonas Verbeek\nNov 24, 2026, %d:%02d AM CST\n\n%s\n"
            "--------------------------------\nThis email is a service from Prairie Garden Hose Co. Order Desk.\n"
            "[N2K4RP-7QZ1]\n") % (t.hour - 7, t.minute, quoted)
    eml = reply(P, when="2026-11-24T%02d:%02d:00-06:00" % (t.hour - 7, min(t.minute + 2, 59)), body=body,
                seed="c059", frm=("Prairie Garden Hose Co. Order Desk", "support@prairiehose.example"),
                subject="[Request #48213] Re: " + req_subject(P), quote=None, client="zendesk",
                extra_headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                               ("X-Auto-Response-Suppress", "All")])
    return out([P], eml, "auto_reply",
               "Ticket-system receipt: 'Your request (48213) has been received'; it quotes our full request with "
               "quantities, prices and dates, none of which is a commitment.")


@case("kansaifelt-japanese-out-of-office", "auto_reply/ja-JP",
      "ISO-2022-JP out-of-office for a business trip (11月25日（水）から12月2日（水）) with a colleague's contact.")
def c060():
    S = sup("KANFELT", "Kansai Felt Kogyo Co., Ltd.", "order@kansai-felt.example", "ja-JP")
    P = PO("4510087050", S, "mira", "JPY", "2026-11-24", [
        L(1, "KF-FELT-30R", "Felt pad round 30 mm, 3 mm, beige", 50000, "PCS", "4.20", "2026-12-18"),
        L(2, "KF-FELT-SQ20", "Felt pad square 20x20 mm", 30000, "PCS", "3.60", "2026-12-18"),
    ])
    assert dt.date(2026, 11, 25).weekday() == 2 and dt.date(2026, 12, 2).weekday() == 2
    body = ("いつもお世話になっております。\n関西フェルト工業の山田です。\n\n"
            "誠に勝手ながら、11月25日（水）から12月2日（水）まで海外出張のため不在にしております。\n"
            "ご不便をおかけしますが、12月3日（木）以降に順次ご返信いたします。\n\n"
            "お急ぎの場合は、営業部 田中（tanaka@kansai-felt.example / 06-6555-1234）までご連絡ください。\n\n"
            "Thank you for your e-mail. I am on a business trip from November 25 to December 2 with limited access "
            "to e-mail.\n\n関西フェルト工業株式会社\n営業部 山田 浩二\n")
    eml = reply(P, when="2026-11-25T08:01:00+09:00", body=body, seed="c060",
                frm=("山田 浩二", "k.yamada@kansai-felt.example"), subject="自動応答: " + req_subject(P),
                quote=None, html=False, charset="iso-2022-jp", cte="7bit", client="exchange",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return out([P], eml, "auto_reply",
               "Japanese out-of-office (出張) in ISO-2022-JP; the dates 12月2日/12月3日 are absence dates, not delivery dates.")


@case("brodbackar-case-receipt", "auto_reply/sv-SE",
      "Swedish order-desk auto-receipt with a case number that says the order confirmation will follow separately.")
def c061():
    S = sup("BRODB", "Brödbackar Nord AB", "order@brodbackar.example", "sv-SE")
    P = PO("4510087163", S, "tomas", "SEK", "2026-11-25", [
        L(1, "BBN-BB-6040", "Bread crate 600x400x150, nestable, 2027 colour", 800, "PCS", "68.00", "2027-01-15"),
        L(2, "BBN-DOL-6040", "Dolly for 600x400 crates", 40, "PCS", "395.00", "2027-01-15"),
    ])
    body = ("Hej!\n\nTack för ditt mejl. Vi har tagit emot ditt meddelande och det har fått ärendenummer #SE-260114. "
            "En handläggare på vår orderavdelning återkommer normalt inom 24 timmar (vardagar 07.30-16.00).\n\n"
            "Observera: detta är ett automatiskt svar. Orderbekräftelsen skickas separat när ordern har registrerats.\n\n"
            "Med vänlig hälsning\nBrödbackar Nord AB\nKundtjänst\nMagasinsgatan 4, 852 35 Sundsvall\n")
    when = (req_sent(P) + dt.timedelta(seconds=31)).isoformat()
    eml = reply(P, when=when, body=body, seed="c061",
                frm=("Brödbackar Nord AB Kundtjänst", "order@brodbackar.example"),
                subject="[#SE-260114] Vi har tagit emot ditt ärende: " + req_subject(P), quote=None, html=True,
                client="erp", charset="iso-8859-1",
                extra_headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
    return out([P], eml, "auto_reply",
               "Automatic receipt ('Vi har tagit emot ditt meddelande') that explicitly says the order confirmation "
               "follows separately; '24 timmar' and the case number are noise.")


def _plain_bounce(seed, P, frm, subject, when, text, extra=()):
    full = text + orig_request(P).decode("ascii").replace("\r\n", "\n")
    root = mime.Part([("Content-Type", "text/plain; charset=us-ascii"), ("Content-Transfer-Encoding", "7bit")],
                     full.replace("\n", "\r\n").encode("ascii"))
    return mime.message([("Return-Path", "<>"), ("From", frm), ("To", BUYERS[P["_buyer"]][1]),
                         ("Subject", subject), ("Date", mime.rfcdate(when)),
                         ("Message-ID", "<%s@%s>" % (mime.h(seed, 24), frm.split("@")[-1].rstrip(">").split()[0]))]
                        + list(extra) + [("MIME-Version", "1.0")], root)


@case("yogaprof-qmail-failure-notice", "bounce/ru-RU",
      "Plain-text qmail 'failure notice' (no MIME report) with the original request pasted below the separator.")
def c062():
    S = sup("YOGAPROF", "OOO Yoga Prof", "zakaz@yogaprof.example", "ru-RU")
    P = PO("4510087276", S, "priya", "EUR", "2026-11-25", [
        L(1, "YP-BLK-EVA-8", "Yoga block EVA 22x15x8 cm, lilac", 1000, "EA", "2.95", "2026-12-18"),
        L(2, "YP-BLK-2PK", "Yoga block 2-pack 23x15x7.5 cm, grey", 500, "SET", "5.40", "2026-12-18"),
    ])
    t = req_sent(P) + dt.timedelta(seconds=3)
    text = ("Hi. This is the qmail-send program at mail.yogaprof.example.\n"
            "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
            "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<zakaz@yogaprof.example>:\nSorry, no mailbox here by that name. (#5.1.1)\n\n"
            "--- Below this line is a copy of the message.\n\n"
            "Return-Path: <priya.raman@kestrel-trading.example>\n"
            "Received: (qmail 28114 invoked from network); %s\n" % mime.rfcdate(t.isoformat()))
    eml = _plain_bounce("c062", P, "MAILER-DAEMON@mail.yogaprof.example", "failure notice",
                        (t + dt.timedelta(hours=2)).astimezone(dt.timezone(dt.timedelta(hours=3))).isoformat(), text)
    return out([P], eml, "bounce",
               "qmail plain-text bounce without multipart/report; recognisable only from the text ('failure notice', "
               "#5.1.1) while the pasted original carries the PO table with 2026-12-18 dates.")


@case("thameschimney-exim-mail-delivery-failed", "bounce/en-GB",
      "Exim 'Mail delivery failed: returning message to sender' with X-Failed-Recipients and the full original below.")
def c063():
    S = sup("THAMESCL", "Thames Chimney Liners Ltd", "sales@thameschimney.example", "en-GB")
    P = PO("4510087389", S, "mira", "GBP", "2026-11-26", [
        L(1, "TCL-FLX-125", "Flexible flue liner 125 mm, 316 grade, per m", 200, "M", "18.40", "2026-12-18"),
        L(2, "TCL-FLX-150", "Flexible flue liner 150 mm, 904 grade, per m", 150, "M", "26.90", "2026-12-18"),
        L(3, "TCL-REG-150", "Register plate adaptor 150 mm", 30, "PCS", "22.00", "2026-12-18"),
    ])
    t = req_sent(P) + dt.timedelta(seconds=6)
    text = ("This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  sales@thameschimney.example\n    host mx.thameschimney.example [203.0.113.45]\n"
            "    SMTP error from remote mail server after RCPT TO:<sales@thameschimney.example>:\n"
            "    550 5.7.1 Message rejected: mailbox disabled\n\n"
            "------ This is a copy of the message, including all the headers. ------\n\n"
            "Return-path: <mira.holst@kestrel-trading.example>\n"
            "Received: from [10.20.4.17] (helo=kestrel-trading.example)\n"
            "\tby mx2.kestrel-trading.example with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
            "\t(Exim 4.97)\n\tid 1tQx7K-00031p-2a\n")
    eml = _plain_bounce("c063", P, "Mail Delivery System <Mailer-Daemon@mx2.kestrel-trading.example>",
                        "Mail delivery failed: returning message to sender", t.isoformat(), text,
                        extra=[("X-Failed-Recipients", "sales@thameschimney.example"),
                               ("Auto-Submitted", "auto-replied")])
    return out([P], eml, "bounce",
               "Exim plain-text bounce (550 5.7.1 mailbox disabled) with the original request copied in, including "
               "the PO table, prices and dates.")


@case("anzuelos-sendmail-delay-warning", "bounce/es-ES",
      "Sendmail DSN 'Warning: could not send message for past 4 hours' (Action: delayed) - still a delivery report.")
def c064():
    S = sup("ANZCANT", "Cebos y Anzuelos del Cantábrico S.L.", "pedidos@anzueloscantabrico.example", "es-ES")
    P = PO("4510087492", S, "jonas", "EUR", "2026-11-26", [
        L(1, "ACA-ANZ-8", "Fishing hook no. 8, red, eyed, 100/box", 300, "BOX", "3.20", "2026-12-18"),
        L(2, "ACA-ANZ-12", "Fishing hook no. 12, bronze, 100/box", 300, "BOX", "2.90", "2026-12-18"),
        L(3, "ACA-PLOMO-10", "Split shot sinker 10 g, 25/box", 200, "BOX", "4.10", "2026-12-18"),
    ])
    t0 = req_sent(P) + dt.timedelta(seconds=5)
    t1 = t0 + dt.timedelta(hours=4, minutes=2)
    host = "relay.anzueloscantabrico.example"
    notice = ("    **********************************************\n"
              "    **      THIS IS A WARNING MESSAGE ONLY      **\n"
              "    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **\n"
              "    **********************************************\n\n"
              "The original message was received at %s\nfrom mx1.kestrel-trading.example [192.0.2.10]\n\n"
              "   ----- Transcript of session follows -----\n"
              "<pedidos@anzueloscantabrico.example>... Deferred: Connection timed out with mail.anzueloscantabrico.example.\n"
              "Warning: message still undelivered after 4 hours\nWill keep trying until message is 5 days old\n") % (
        mime.rfcdate(t0.isoformat()))
    status = ("Reporting-MTA: dns; %s\nArrival-Date: %s\n\n"
              "Final-Recipient: RFC822; pedidos@anzueloscantabrico.example\nAction: delayed\nStatus: 4.4.1\n"
              "Remote-MTA: DNS; mail.anzueloscantabrico.example\nLast-Attempt-Date: %s\n"
              "Will-Retry-Until: %s\n") % (host, mime.rfcdate(t0.isoformat()), mime.rfcdate(t1.isoformat()),
                                          mime.rfcdate((t0 + dt.timedelta(days=5)).isoformat()))
    b = "%s.%s/%s" % ("5AQ9C0k4011842", "1764152520", host)
    root = mime.multi("report", [
        mime.Part([("Content-Type", "text/plain; charset=us-ascii")], notice.replace("\n", "\r\n").encode()),
        mime.Part([("Content-Type", "message/delivery-status")], status.replace("\n", "\r\n").encode()),
        mime.Part([("Content-Type", "message/rfc822")], orig_request(P)),
    ], b, params="; report-type=delivery-status", preamble="This is a MIME-encapsulated message")
    eml = mime.message([("Return-Path", "<>"), ("From", "Mail Delivery Subsystem <MAILER-DAEMON@%s>" % host),
                        ("To", BUYERS["jonas"][1]), ("Subject", "Warning: could not send message for past 4 hours"),
                        ("Date", mime.rfcdate(t1.isoformat())),
                        ("Message-ID", "<202611261%s.5AQ9C0k4011842@%s>" % (t1.strftime("%H%M"), host)),
                        ("Auto-Submitted", "auto-generated (warning)"), ("MIME-Version", "1.0")], root)
    return out([P], eml, "bounce",
               "A delay DSN (Action: delayed, Status 4.4.1) rather than a failure; the supplier never saw the request, "
               "whose PO table travels in the message/rfc822 part.")


@case("gsfranken-asn-other-po", "unrelated/de-DE",
      "Shipping notice (Versandavis) for an older PO 4510079918 that shares an item code with the open PO.")
def c065():
    S = sup("GSFRANK", "Gartenschlauch-Werk Franken GmbH", "vertrieb@gs-franken.example", "de-DE")
    P = PO("4510087505", S, "tomas", "EUR", "2026-11-26", [
        L(1, "GSF-12-25", "Garden hose 1/2in x 25 m, 6-layer", 400, "ROL", "9.80", "2026-12-18"),
        L(2, "GSF-34-50", "Garden hose 3/4in x 50 m, 6-layer", 200, "ROL", "27.50", "2026-12-18"),
    ])
    body = ("Sehr geehrte Damen und Herren,\n\nheute wurde folgende Sendung an Sie übergeben:\n\n"
            "Lieferschein:          80023317\nIhre Bestellung:       4510079918 vom 14.10.2026\n"
            "Versanddatum:          27.11.2026\nSpediteur:             DACHSER, Sendungsnr. 6120 4471 2290\n"
            "Voraussichtl. Zustellung: 01.12.2026\nPackstücke:            3 Paletten, 684 kg\n\n"
            "Pos.  Artikel     Bezeichnung                    Menge\n"
            "10    GSF-12-25   Gartenschlauch 1/2\" 25 m        300 Rolle\n"
            "20    GSF-SPR-4   Spritzpistole 4-fach            240 Stk\n\n"
            "Diese E-Mail wurde automatisch erstellt.\n\nGartenschlauch-Werk Franken GmbH · Versand\n"
            "Am Hafen 9 · 90451 Nürnberg · Tel. +49 911 555 6610\n")
    pdf = make_pdf([["Gartenschlauch-Werk Franken GmbH - LIEFERSCHEIN 80023317",
                     "Ihre Bestellung 4510079918 vom 14.10.2026   Versanddatum 27.11.2026",
                     "", "Pos  Artikel     Bezeichnung                    Menge",
                     "10   GSF-12-25   Gartenschlauch 1/2\" 25 m        300 Rolle",
                     "20   GSF-SPR-4   Spritzpistole 4-fach            240 Stk",
                     "", "3 Paletten, Bruttogewicht 684 kg"]],
                   title="Lieferschein 80023317", producer="proALPHA", created="D:20261127140500+01'00'",
                   font="Courier", size=9, compress=True)
    eml = reply(P, when="2026-11-27T14:10:00+01:00", body=body, seed="c065",
                frm=("GS Franken Versand", "versand@gs-franken.example"), thread=False, quote=None, client="erp",
                html=False, charset="iso-8859-1",
                subject="Versandavis / Lieferschein 80023317 zu Ihrer Bestellung 4510079918",
                atts=[mime.att(pdf, "application/pdf", "LS_80023317.pdf")])
    return out([P], eml, "unrelated",
               "An ASN for PO 4510079918 (not open here) even though GSF-12-25 also appears on the open PO 4510087505; "
               "shipping dates and quantities belong to the other order.")


@case("incensifiorentini-newsletter", "unrelated/it-IT",
      "Supplier newsletter with a Black Friday discount and 'consegna entro il 18/12' for new orders.")
def c066():
    S = sup("INCFIOR", "Incensi Fiorentini S.r.l.", "ordini@incensifiorentini.example", "it-IT")
    P = PO("4510087618", S, "mira", "EUR", "2026-11-27", [
        L(1, "IF-RESIN-50", "Frankincense resin 50 g jar", 400, "EA", "3.40", "2027-01-15"),
        L(2, "IF-STICK-MIX", "Incense sticks mixed scents, 8 x 20 sticks", 600, "EA", "2.80", "2027-01-15"),
    ])
    text = ("Novità 2027 da Incensi Fiorentini\n\nCara cliente, caro cliente,\n\n"
            "sono arrivate le nuove fragranze 2027: Fico d'India, Zagara e Ambra Toscana, in confezioni da 20 "
            "bastoncini (23 cm).\n\nBLACK FRIDAY: -20% su tutto il catalogo fino al 30/11! Per gli ordini ricevuti "
            "entro il 4 dicembre garantiamo la consegna entro il 18/12.\n\nScopri il listino 2027: "
            "https://www.incensifiorentini.example/listino-2027\n\nIncensi Fiorentini S.r.l. - Via dei Profumieri 3, "
            "50122 Firenze - P.IVA 05512340487\nRicevi questa e-mail perché sei cliente registrato. Per non ricevere "
            "più le nostre comunicazioni: https://www.incensifiorentini.example/unsubscribe?u=7f3a9\n")
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Novità 2027</title></head><body style=\"margin:0;"
            "background:#f4efe8\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            "<table width=\"600\" style=\"background:#fff;font-family:Georgia,serif\"><tr><td style=\"padding:24px\">"
            "<h1 style=\"color:#7a3e1d\">Novità 2027</h1><p>Sono arrivate le nuove fragranze 2027: <b>Fico d'India</b>, "
            "<b>Zagara</b> e <b>Ambra Toscana</b>, in confezioni da 20 bastoncini (23 cm).</p>"
            "<p style=\"font-size:20px;color:#b22\"><b>BLACK FRIDAY: -20% su tutto il catalogo fino al 30/11!</b></p>"
            "<p>Per gli ordini ricevuti entro il 4 dicembre garantiamo la consegna entro il 18/12.</p>"
            "<p><a href=\"https://www.incensifiorentini.example/listino-2027\">Scopri il listino 2027</a></p>"
            "<p style=\"font-size:11px;color:#888\">Incensi Fiorentini S.r.l. - Via dei Profumieri 3, 50122 Firenze - "
            "P.IVA 05512340487<br><a href=\"https://www.incensifiorentini.example/unsubscribe?u=7f3a9\">Annulla "
            "l'iscrizione</a></p></td></tr></table></td></tr></table></body></html>\n")
    root = mime.multi("alternative", [mime.text(text, "plain", "utf-8", "quoted-printable"),
                                      mime.text(html, "html", "utf-8", "quoted-printable")], boundary("c066", "mc", 0))
    eml = mime.message([("From", mime.addr("Incensi Fiorentini", "newsletter@incensifiorentini.example")),
                        ("Reply-To", "ordini@incensifiorentini.example"),
                        ("To", mime.addr(*BUYERS["mira"])),
                        ("Subject", mime.ew("Novità 2027 e Black Friday -20% | Incensi Fiorentini", "utf-8")),
                        ("Date", mime.rfcdate("2026-11-27T07:00:00+01:00")),
                        ("Message-ID", "<%s@mail182.atl11.mcsv.example>" % mime.h("c066", 28)),
                        ("List-Unsubscribe", "<https://www.incensifiorentini.example/unsubscribe?u=7f3a9>"),
                        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                        ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CIDb7a2c91f0e4d3a**"),
                        ("MIME-Version", "1.0")], root)
    return out([P], eml, "unrelated",
               "Newsletter from the supplier's domain (Precedence: bulk, List-Unsubscribe) with a discount and "
               "'consegna entro il 18/12' for new orders - not an answer about PO 4510087618.")


@case("tuinlabel-price-list-2027-xlsx", "unrelated/nl-NL",
      "General 2027 price list with an XLSX listing our item codes at new prices, explicitly not for running orders.")
def c067():
    S = sup("TUINLAB", "Tuinlabel Nederland B.V.", "verkoop@tuinlabel.example", "nl-NL")
    P = PO("4510087721", S, "priya", "EUR", "2026-11-27", [
        L(1, "TLN-STEK-10", "Plant label stake 10 cm, white", 30000, "PCS", "0.031", "2027-01-15"),
        L(2, "TLN-STEK-12", "Plant label stake 12 cm, white", 20000, "PCS", "0.036", "2027-01-15"),
    ])
    rows = [["Tuinlabel Nederland B.V. - Prijslijst 2027"], ["Geldig voor orders geplaatst vanaf", dt.date(2027, 1, 1)], [],
            ["Artikel", "Omschrijving", "Verpakking", "Prijs per stuk EUR", "Prijs per 1000 EUR"],
            ["TLN-STEK-10", "Steeketiket 10 cm wit", "doos 1000", 0.033, 33.00],
            ["TLN-STEK-12", "Steeketiket 12 cm wit", "doos 1000", 0.038, 38.00],
            ["TLN-STEK-15", "Steeketiket 15 cm wit", "doos 500", 0.047, 47.00],
            ["TLN-LUS-20", "Lusetiket 20 cm geel", "doos 1000", 0.058, 58.00]]
    x = make_xlsx(rows, "Prijslijst 2027", stamp=(2026, 11, 30, 8, 45, 0))
    body = ("Beste relatie,\n\nHierbij ontvangt u onze prijslijst 2027 (zie bijlage). De nieuwe prijzen gelden voor "
            "orders die vanaf 1 januari 2027 worden geplaatst; lopende orders leveren wij tegen de afgesproken "
            "prijzen.\n\nHeeft u vragen, neem dan contact op met uw accountmanager.\n\nMet vriendelijke groet,\n\n"
            "Team Verkoop\nTuinlabel Nederland B.V.\nVeilingweg 12, 2675 BT Honselersdijk\nT 0174 555 300\n")
    eml = reply(P, when="2026-11-30T09:00:00+01:00", body=body, seed="c067",
                frm=("Tuinlabel Nederland Verkoop", "verkoop@tuinlabel.example"), thread=False, quote=None,
                to=("Kestrel Trading B.V. Inkoop", "purchasing@kestrel-trading.example"),
                subject="Prijslijst 2027 Tuinlabel Nederland", extra_headers=[("Precedence", "bulk")],
                atts=[mime.att(x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                               "Prijslijst_2027_Tuinlabel.xlsx")])
    return out([P], eml, "unrelated",
               "Circular price list: the XLSX lists TLN-STEK-10/12 at 0.033/0.038 but only for orders placed from "
               "2027-01-01; running orders keep their prices, so it is no answer to PO 4510087721.")


@case("siatki-invoice-other-order", "unrelated/pl-PL",
      "VAT invoice (PDF) for an earlier order 4510081990 with the same net items and a payment due date.")
def c068():
    S = sup("SIATKI", "Siatki Trampolinowe Polska Sp. z o.o.", "biuro@siatki-tramp.example", "pl-PL")
    P = PO("4510087834", S, "jonas", "EUR", "2026-11-27", [
        L(1, "STP-NET-244", "Trampoline net 244 cm (8 ft), 6 poles", 150, "EA", "16.40", "2027-01-22"),
        L(2, "STP-NET-312", "Trampoline net 312 cm (10 ft), 8 poles", 100, "EA", "19.80", "2027-01-22"),
    ])
    pdf = make_pdf([[
        "Siatki Trampolinowe Polska Sp. z o.o., ul. Sportowa 5, 87-100 Torun, NIP 956-555-12-08",
        "", "FAKTURA VAT nr FV/2026/11/0873", "Data wystawienia: 30.11.2026    Data sprzedazy: 24.11.2026",
        "Nabywca: Kestrel Trading B.V., Vossenbergselaan 27, 5047 ST Tilburg, NL  VAT NL859012345B01",
        "Zamowienie: 4510081990", "",
        "Lp  Kod           Nazwa                          Ilosc  J.m.  Cena netto EUR   Wartosc netto EUR",
        "1   STP-NET-244   Siatka do trampoliny 244 cm      120  szt          16,40            1 968,00",
        "2   STP-NET-312   Siatka do trampoliny 312 cm       80  szt          19,80            1 584,00",
        "", "Razem netto: 3 552,00 EUR   VAT 0% (WDT)   Razem brutto: 3 552,00 EUR",
        "Termin platnosci: 24.12.2026, przelew",
    ]], title="FV/2026/11/0873", producer="Comarch ERP Optima", created="D:20261130132000+01'00'",
        font="Courier", size=8, compress=True)
    body = ("Dzień dobry,\n\nw załączeniu przesyłamy fakturę VAT nr FV/2026/11/0873 do zamówienia 4510081990 "
            "(dostawa z dnia 24.11.2026). Termin płatności: 24.12.2026.\n\nPozdrawiamy\nDział Księgowości\n"
            "Siatki Trampolinowe Polska Sp. z o.o.\nul. Sportowa 5, 87-100 Toruń\n")
    eml = reply(P, when="2026-11-30T13:30:00+01:00", body=body, seed="c068",
                frm=("Siatki Trampolinowe - Księgowość", "faktury@siatki-tramp.example"), thread=False, quote=None,
                client="erp", html=False, charset="iso-8859-2",
                to=("Kestrel Accounts Payable", "ap@kestrel-trading.example"),
                subject="Faktura VAT nr FV/2026/11/0873 - zamówienie 4510081990",
                atts=[mime.att(pdf, "application/pdf", "FV_2026_11_0873.pdf")])
    from decimal import Decimal as _D
    assert _D("16.40") * 120 == 1968 and _D("19.80") * 80 == 1584
    return out([P], eml, "unrelated",
               "Invoice for the earlier order 4510081990 (same item codes and prices as the open PO 4510087834); its "
               "quantities and payment date 24.12.2026 say nothing about the open order.")


@case("bondibarber-summer-sale-marketing", "unrelated/en-AU",
      "HTML-only marketing blast (15% off until 24/12, Hair Expo dates) from the supplier of an open barber-chair PO.")
def c069():
    S = sup("BONDIB", "Bondi Barber Supply Co.", "orders@bondibarber.example", "en-AU")
    P = PO("4510087947", S, "tomas", "AUD", "2026-11-30", [
        L(1, "BBS-CH-CLASSIC", "Barber chair classic, hydraulic, black", 8, "EA", "980.00", "2027-02-12"),
        L(2, "BBS-CH-CHILD", "Child booster seat for barber chair", 8, "EA", "95.00", "2027-02-12"),
    ])
    html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Arial,sans-serif\">"
            "<div style=\"max-width:640px;margin:auto\"><h1 style=\"background:#0b3d5c;color:#fff;padding:18px\">"
            "Summer Sale - 15% off all barber chairs</h1>"
            "<p>G'day! Our biggest sale of the year runs until <b>24/12</b>: 15% off the Classic, the Heritage and the "
            "new 2027 Bondi Pro (from $849 ea).</p>"
            "<p>Come and sit in one at <b>Hair Expo Australia, ICC Sydney, 12-14/06/2027</b>, stand B24.</p>"
            "<p>Order by 11/12 for delivery before Christmas (metro areas).</p>"
            "<p><a href=\"https://bondibarber.example/sale\">Shop the sale</a></p>"
            "<p style=\"font-size:11px;color:#777\">Bondi Barber Supply Co., 3/41 Campbell Pde, Bondi Beach NSW 2026. "
            "ABN 51 824 555 019. <a href=\"https://bondibarber.example/unsub\">Unsubscribe</a></p></div></body></html>\n")
    root = mime.text(html, "html", "utf-8", "quoted-printable")
    eml = mime.message([("From", mime.addr("Bondi Barber Supply", "marketing@bondibarber.example")),
                        ("To", mime.addr(*BUYERS["tomas"])),
                        ("Subject", "Summer Sale: 15% off barber chairs until 24/12 + see us at Hair Expo 2027"),
                        ("Date", mime.rfcdate("2026-12-02T06:30:00+11:00")),
                        ("Message-ID", "<%s@em.bondibarber.example>" % mime.h("c069", 30)),
                        ("List-Unsubscribe", "<https://bondibarber.example/unsub>"), ("Precedence", "bulk"),
                        ("X-Mailer", "Klaviyo"), ("MIME-Version", "1.0")], root)
    return out([P], eml, "unrelated",
               "Marketing e-mail from the supplier's domain with prices ($849), dates (24/12, 11/12, 12-14/06/2027) and "
               "a postcode 2026 - none of it answers PO 4510087947.")


@case("mercier-labels-quantities-only", "needs_review/fr-FR",
      "'Les quantités sont OK', prices and dates to follow: the only prices and dates are in our own quoted request.")
def c070():
    S = sup("EHMERC", "Étiquettes Horticoles Mercier SARL", "commandes@etiquettes-mercier.example", "fr-FR")
    P = PO("4510088050", S, "mira", "EUR", "2026-11-27", [
        L(1, "EHM-PIQ-12", "Plant label 12 cm, printed 1/0, white", 25000, "PCS", "0.052", "2027-01-08"),
        L(2, "EHM-PIQ-16", "Plant label 16 cm, printed 4/0, white", 15000, "PCS", "0.079", "2027-01-08"),
        L(3, "EHM-ATT-25", "Loop label 25 cm, UV 2 years", 10000, "PCS", "0.064", "2027-01-08"),
    ])
    body = ("Bonjour Madame Holst,\n\nBien reçu votre commande, merci. Les quantités sont OK de notre côté.\n\n"
            "Pour les prix et les délais, je dois d'abord valider avec l'atelier d'impression (nouvelle encre UV) : "
            "je reviens vers vous au plus vite.\n\nCordialement,\n\nSébastien Mercier\nÉtiquettes Horticoles Mercier SARL\n"
            "12 rue des Maraîchers, 49130 Les Ponts-de-Cé\nTél. 02 41 55 48 20\n")
    eml = reply(P, when="2026-12-03T11:20:00+01:00", body=body, seed="c070",
                frm=("Sébastien Mercier", "s.mercier@etiquettes-mercier.example"), charset="iso-8859-1",
                quote="outlook", qlang="fr", prefix="RE : ")
    return out([P], eml, "needs_review",
               "Only quantities are 'OK'; prices and dates are pending ('je reviens vers vous'); every price and date "
               "in the mail is in our own quoted request, so nothing can be recorded as confirmed.")
