"""Cases 001-018."""
import datetime as dt

from . import mime
from .common import (case, S, PO, C, conf, expected, when, std_body, mail, buyer_of, quote_inline, req_subject,
                     quote_outlook, quote_outlook_html, html_doc, paras, alt, request_mail, req_dt, req_date_hdr)
from .pdf import make_pdf

RE = "RE: "


@case("gb-signal-lamps-all-ok", "confirmation/en-GB",
      "One-line Outlook confirmation above the full quoted request; every value must come from the PO itself.")
def c001():
    sup = S("LUMARAIL", "Lumarail Signalling Ltd", "orders@lumarail.example", "en-GB")
    po = PO("4500231107", sup, "GBP", "2026-11-05", [
        ("RSL-24V-LED-R", "LED signal lamp 24V red, 136 mm lens, 2027 spec", 40, "EA", "86.40", "2026-12-14"),
        ("RSL-24V-LED-G", "LED signal lamp 24V green, 136 mm lens", 40, "EA", "86.40", "2026-12-14"),
        ("RSL-GSK-12x20", "Lamp housing gasket 12x20 mm, EPDM", 200, "PCS", "0.85", "2026-12-14"),
    ])
    reply = ("Hi Dana,\n\nThank you for your order. We confirm PO 4500231107 in full - all three lines as ordered, "
             "delivery to your Hamburg warehouse on 14/12/2026.\n\nKind regards,\n\nGareth Pryce\nSales Office\n"
             "Lumarail Signalling Ltd | Unit 7, Brunel Park, Swindon SN2 8BB\nT +44 1793 440 218\n\n"
             "Lumarail Signalling Ltd is registered in England and Wales, company no. 04418822. This e-mail and any "
             "attachments are confidential and intended solely for the addressee.\n")
    body = std_body(po, reply, "en", "outlook")
    eml = mail(("Gareth Pryce", "g.pryce@lumarail.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-09 16:42:10", "+0000"), body, po=po, lang="en-GB")
    return [po], eml, expected("confirmation", "Short blanket confirmation; the date 14/12/2026 (day-first) equals "
                               "the requested date and the quoted table repeats all PO values.",
                               conf(po, {1: "A", 2: "A", 3: "A"}))


@case("de-needles-inline-kw", "confirmation/de-DE",
      "Answers typed inline under each quoted PO row: KW 51 without a day, a per-box price rise, a refused line.")
def c002():
    sup = S("NADELWERK", "Schwarzwälder Nadelwerk GmbH", "auftrag@nadelwerk-sw.example", "de-DE")
    po = PO("4500231142", sup, "EUR", "2026-11-04", [
        ("SMN-130705-80", "Needles 130/705H Nm 80/12, 10 pcs/card", 2000, "PCS", "0.38", "2026-12-11"),
        ("SMN-134-110", "Needles 134 R Nm 110/18 chromium", 1500, "PCS", "0.52", "2026-12-11"),
        ("SMN-DBX1-90", "Needles DBx1 Nm 90/14 SES, box of 100", 30, "BOX", "41.00", "2026-12-11"),
        ("SMN-TQX7-100", "Leather needles TQx7 Nm 100/16 LR point", 800, "PCS", "0.74", "2026-12-11"),
    ], buyer="jonas")
    d = req_dt(po)
    attribution = "Am %s um %s schrieb Jonas Albrecht:" % (d.strftime("%d.%m.%Y"), d.strftime("%H:%M"))
    head = ("Hallo Herr Albrecht,\n\nunsere Antworten finden Sie direkt unter den einzelnen Positionen.\n\n"
            "Mit freundlichen Grüßen\nSabine Herrmann\nAuftragsabwicklung\n"
            "Schwarzwälder Nadelwerk GmbH, Talstraße 14, 78136 Schonach\nTel. +49 7722 9180-31")
    answers = {1: "-> OK, wie bestellt.",
               2: "-> Liefertermin bestätigt für KW 51, Menge und Preis wie bestellt.",
               3: "-> Menge und Termin 11.12.2026 ok, aber neuer Preis 43,50 EUR je Box (Rohstoffzuschlag).",
               4: "-> TQx7 Nm 100 wird nicht mehr gefertigt, diese Position können wir leider nicht liefern."}
    body = mime.text(quote_inline(po, answers, attribution, head), charset="iso-8859-15", cte="quoted-printable",
                     extra=[("format", "flowed")])
    eml = mail(("Sabine Herrmann", "s.herrmann@nadelwerk-sw.example"), buyer_of(po), "Re: " + req_subject(po),
               when("2026-11-11 10:05:44", "+0100"), body, po=po, style="tb", client="tb")
    return [po], eml, expected(
        "confirmation", "Inline answers under quoted rows. Pos 2 'KW 51' has no day -> Friday of ISO week 51 = "
        "2026-12-18; pos 3 price 43,50 per box (PO unit BOX); pos 4 declined.",
        conf(po, {1: "A", 2: C(d="2026-12-18"), 3: C(p="43.50"), 4: "R"}))


@case("fr-caps-pdf-ar", "confirmation/fr-FR",
      "Body only points to an attached ERP PDF acknowledgement (Flate stream) that moves one line's date.")
def c003():
    sup = S("BOUCHAGES", "Bouchages Lemaire SAS", "adv@bouchages-lemaire.example", "fr-FR")
    po = PO("4500231188", sup, "EUR", "2026-11-06", [
        ("CAP-PF-15-GLD", "Perfume cap 15 mm FEA, gold metallised, 2027 collection", 12000, "PCS", "0.186",
         "2027-01-15"),
        ("CAP-ZMK-18415", "Zamak cap 18/415 satin silver", 5000, "PCS", "0.742", "2027-01-15"),
    ], buyer="claire")
    pdf = make_pdf([
        (14, "BOUCHAGES LEMAIRE SAS"),
        "ZI des Prés, 27 rue de l'Industrie, 27400 Louviers - France",
        "Tél. +33 2 32 40 18 77 - adv@bouchages-lemaire.example",
        "",
        (12, "ACCUSÉ DE RÉCEPTION DE COMMANDE N° AR-26-11873"),
        "Date : 12/11/2026",
        "Client : Brightwater Trading GmbH, Hamburg",
        "Votre commande : 4500231188 du 06/11/2026",
        "",
        "Pos  Référence        Désignation                          Qté       PU EUR   Livraison",
        "1    CAP-PF-15-GLD    Capot FEA 15 doré métallisé        12 000      0,186   15/01/2027",
        "2    CAP-ZMK-18415    Capot zamak 18/415 argent satiné    5 000      0,742   29/01/2027",
        "",
        "Total HT : 5 942,00 EUR",
        "Conditions de paiement : 60 jours fin de mois",
        "Incoterm : DAP Hambourg",
        "",
        "Pos 2 : délai fonderie zamak, livraison décalée.",
        "Nos conditions générales de vente s'appliquent.",
    ], title="AR-26-11873", author="Bouchages Lemaire ADV", date="D:20261112141500+01'00'", flate=True,
        producer="Sage X3 Reporting")
    reply = ("Bonjour Madame Dubois,\n\nVeuillez trouver ci-joint notre accusé de réception de commande "
             "n° AR-26-11873 relatif à votre commande 4500231188.\n\nBien cordialement,\n\nNathalie Leroux\n"
             "Administration des ventes\nBouchages Lemaire SAS\nTél. : +33 2 32 40 18 77\n")
    inner = std_body(po, reply, "fr", "outlook", charset="iso-8859-15")
    body = mime.Multi("mixed", [inner, mime.attach(pdf, "application/pdf", "AR-26-11873.pdf")])
    eml = mail(("Nathalie Leroux", "n.leroux@bouchages-lemaire.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-12 14:20:03", "+0100"), body, po=po, lang="fr-FR", has_attach=True,
               subj_charset="iso-8859-15")
    # 12000*0.186 + 5000*0.742 = 2232 + 3710 = 5942
    return [po], eml, expected(
        "confirmation", "All values are only in the attached PDF (Flate-compressed); French number format with "
        "space thousands; line 2 delivery 29/01/2027 instead of 15/01/2027.",
        conf(po, {1: "A", 2: C(d="2027-01-29")}))


@case("us-pucks-per-dozen", "confirmation/en-US",
      "Prices quoted per dozen and quantities in dozens against a PO in pieces; one line short-shipped; US dates.")
def c004():
    sup = S("NORTHPUCK", "North Country Puck Co.", "sales@northcountrypuck.example", "en-US")
    po = PO("4500231203", sup, "USD", "2026-11-05", [
        ("HP-OFF-6OZ", "Official hockey puck 6 oz, 3 in x 1 in, vulcanized rubber", 600, "PCS", "1.85",
         "2026-12-04"),
        ("HP-BLUE-4OZ", "Youth puck 4 oz blue, 3 in x 1 in", 240, "PCS", "1.60", "2026-12-04"),
        ("HP-LOGO-PRT", "Custom logo print, 1 color, 2027 season", 600, "PCS", "0.45", "2026-12-04"),
    ])
    reply = ("Hi Dana,\n\nThanks for the PO. Confirming 4500231203 as follows (our pricing is per dozen):\n\n"
             "- HP-OFF-6OZ: 50 dz @ $22.20/dz\n"
             "- HP-BLUE-4OZ: we only have 15 dz of the blue youth pucks left for this year, so 15 dz (180 pcs) "
             "@ $19.20/dz, no backorder\n"
             "- HP-LOGO-PRT: logo print on all 50 dz @ $5.40/dz\n\n"
             "Everything goes in one shipment, ships 11/30 and delivers to your Hamburg warehouse 12/04.\n\n"
             "Best,\nKyle Olsen\nInside Sales | North Country Puck Co.\n1420 Industrial Pkwy, Duluth, MN 55811\n"
             "(218) 555-0143\n")
    body = std_body(po, reply, "en", "gt")
    eml = mail(("Kyle Olsen", "kolsen@northcountrypuck.example"), buyer_of(po), "Re: " + req_subject(po),
               when("2026-11-10 11:32:18", "-0500"), body, po=po, style="gmail")
    # 22.20/12 = 1.85 ; 19.20/12 = 1.60 ; 5.40/12 = 0.45 ; 15*12 = 180 ; 50*12 = 600
    return [po], eml, expected(
        "confirmation", "Per-dozen prices convert to the PO's per-piece prices (22.20/12=1.85, 19.20/12=1.60, "
        "5.40/12=0.45), so lines 1 and 3 are accepted; line 2 only 15 dz = 180 pcs. Ship 11/30 but delivery 12/04 "
        "wins (US month-first).",
        conf(po, {1: "A", 2: C(q=180), 3: "A"}))


@case("se-winch-in-3-weeks", "confirmation/sv-SE",
      "Delivery given only as 'om 3 veckor' (in 3 weeks), to be counted from the mail's Date header.")
def c005():
    sup = S("SEGELBESLAG", "Bohus Segelbeslag AB", "order@bohussegel.example", "sv-SE")
    po = PO("4500231219", sup, "SEK", "2026-11-09", [
        ("WH-10-LOCK-AL", "Winch handle 10 in lock-in, aluminium, 2-grip", 60, "EA", "689.00", "2026-12-04"),
        ("WH-8-FLOAT", "Winch handle 8 in floating, 24 mm grip", 40, "EA", "545.00", "2026-12-04"),
    ], buyer="jonas")
    reply = ("Hej Jonas,\n\nTack för beställningen. Vi bekräftar order 4500231219, båda raderna med antal och "
             "priser enligt er order (689,00 kr resp. 545,00 kr/st).\n\nLeverans till ert lager i Hamburg om 3 veckor "
             "räknat från idag - handtagen ska anodiseras först, så den 4/12 hinner vi tyvärr inte.\n\n"
             "Med vänliga hälsningar\nErik Lindqvist\nBohus Segelbeslag AB\nVarvsvägen 3, 451 50 Uddevalla\n"
             "Tel 0522-66 43 10\n")
    d = req_dt(po)
    body = std_body(po, reply, "sv", "gt", charset="iso-8859-1",
                    attribution="%d nov. 2026 kl. %s skrev Jonas Albrecht <%s>:" % (d.day, d.strftime("%H:%M"),
                                                                                 po["buyer"]["email"]))
    eml = mail(("Erik Lindqvist", "erik.lindqvist@bohussegel.example"), buyer_of(po), "SV: " + req_subject(po),
               when("2026-11-18 08:47:31", "+0100"), body, po=po, style="apple", client="apple")
    d = (dt.date(2026, 11, 18) + dt.timedelta(weeks=3)).isoformat()
    assert d == "2026-12-09"
    return [po], eml, expected(
        "confirmation", "'Leverans ... om 3 veckor räknat från idag' is a delivery date relative to the Date header "
        "(Wed 2026-11-18) -> 2026-12-09, a committed date per FORMAT.md; 4/12 is the day-first requested date "
        "they cannot make.",
        conf(po, {1: C(d=d), 2: C(d=d)}))


@case("de-ooo-return-date", "auto_reply/de-DE",
      "German Exchange out-of-office naming a return date and a deputy, threaded on the request with the PO number.")
def c006():
    sup = S("GABELTEC", "Gabeltec Staplerzubehör GmbH", "vertrieb@gabeltec.example", "de-DE")
    po = PO("4500231230", sup, "EUR", "2026-11-09", [
        ("FF-1200-100x40", "Forklift fork 1200 mm, 100x40 mm, class 2A", 4, "PAIR", "412.00", "2026-12-16"),
        ("FF-EXT-1800", "Fork extension 1800 mm for 100x40", 2, "PAIR", "298.00", "2026-12-16"),
    ], buyer="jonas")
    txt = ("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Nachricht. Ich bin bis einschließlich "
           "20.11.2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ab Montag, 23.11.2026, bin ich "
           "wieder für Sie erreichbar.\n\nIhre Nachricht wird nicht weitergeleitet. In dringenden Fällen "
           "(Bestellungen, Liefertermine) wenden Sie sich bitte an Herrn Tobias Wenz, Tel. +49 2261 8143-22, "
           "t.wenz@gabeltec.example.\n\nMit freundlichen Grüßen\nMartina Krüger\nGabeltec Staplerzubehör GmbH\n")
    body = alt(txt, html_doc(paras(txt), "iso-8859-1"), "iso-8859-1")
    eml = mail(("Martina Krüger", "m.krueger@gabeltec.example"), buyer_of(po),
               "Automatische Antwort: " + req_subject(po),
               when((req_dt(po) + dt.timedelta(seconds=41)).isoformat(sep=" "), "+0100"), body, po=po,
               lang="de-DE", subj_charset="iso-8859-1",
               extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                      ("X-MS-Exchange-Inbox-Rules-Loop", "m.krueger@gabeltec.example")])
    return [po], eml, expected("auto_reply", "Out-of-office with dates (20.11.2026, 23.11.2026) that are return "
                               "dates, not delivery dates.")


@case("hr-drill-bits-isporuka", "confirmation/hr-HR",
      "Croatian prose 'isporuka 18.12.2026.' (trailing dot) moves all lines; windows-1250 quoted-printable.")
def c007():
    sup = S("BUSOTEH", "Bušotehnika d.o.o.", "prodaja@busotehnika.example", "hr-HR")
    po = PO("4500231251", sup, "EUR", "2026-11-06", [
        ("MDB-45-R32", "Button bit 45 mm R32 thread, 8 buttons", 120, "PCS", "38.90", "2026-12-11"),
        ("MDB-64-T38", "Retrac button bit 64 mm T38", 60, "PCS", "71.20", "2026-12-11"),
        ("MDB-ROD-R32-3660", "Drill rod R32, 3660 mm, hex 32", 24, "PCS", "146.00", "2026-12-11"),
    ], buyer="tomasz")
    reply = ("Poštovani gospodine Wolski,\n\nzahvaljujemo na narudžbi. Potvrđujemo narudžbu br. 4500231251 kako "
             "slijedi: sve tri stavke u naručenim količinama i po naručenim cijenama (38,90 / 71,20 / 146,00 EUR), "
             "isporuka 18.12.2026.\n\nRaniji termin nažalost nije moguć zbog remonta linije za kaljenje.\n\n"
             "Srdačan pozdrav,\nIvana Kovačević\nProdaja\nBušotehnika d.o.o., Industrijska 22, 10360 Sesvete\n"
             "Tel. +385 1 2004 561\n")
    body = std_body(po, reply, "hr", "outlook", charset="windows-1250")
    eml = mail(("Ivana Kovačević", "ivana.kovacevic@busotehnika.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-13 09:20:55", "+0100"), body, po=po, lang="hr-HR", subj_charset="windows-1250")
    return [po], eml, expected("confirmation", "Croatian date with trailing dot '18.12.2026.' applies to all three "
                               "lines; prices repeated unchanged in decimal-comma format.",
                               conf(po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18"), 3: C(d="2026-12-18")}))


@case("in-needles-lakh-lots", "confirmation/en-IN",
      "Indian lakh grouping (1,20,000) and a three-lot delivery schedule with day-first dates.")
def c008():
    sup = S("SUPRNEEDLE", "Supreme Needle Industries Pvt. Ltd.", "export@supremeneedle.example", "en-IN")
    po = PO("4500231266", sup, "USD", "2026-11-03", [
        ("SMN-DBX1-75", "Needles DBx1 Nm 75/11 R point", 120000, "PCS", "0.021", "2026-12-18"),
        ("SMN-DPX5-90", "Needles DPx5 Nm 90/14 SPI", 50000, "PCS", "0.026", "2026-12-18"),
    ], buyer="priya")
    reply = ("Dear Priya ji,\n\nGreetings from Supreme Needle!\n\nWe are pleased to confirm your PO No. 4500231266 "
             "as under:\n\nLine 1 - DBx1 Nm 75/11: 1,20,000 pcs @ USD 0.021/pc. Delivery at your Hamburg warehouse "
             "in three lots of 40,000 pcs each on 27-11-2026, 11-12-2026 and 18-12-2026.\n"
             "Line 2 - DPx5 Nm 90/14: 50,000 pcs @ USD 0.026/pc, delivery 18-12-2026 along with the last lot.\n\n"
             "Thanking you and assuring you of our best services at all times.\n\nWarm regards,\nSanjay Mehta\n"
             "Export Division\nSupreme Needle Industries Pvt. Ltd.\nPlot 41, GIDC Estate, Vapi 396195, Gujarat\n"
             "Mob: +91 98250 41177\n")
    body = std_body(po, reply, "en", "outlook")
    eml = mail(("Sanjay Mehta", "sanjay.mehta@supremeneedle.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-10 12:35:09", "+0530"), body, po=po, lang="en-IN")
    return [po], eml, expected(
        "confirmation", "Lakh notation 1,20,000 = 120000; line 1 split into three lots (changed only by the schedule, "
        "last lot on the requested date); dd-mm-yyyy dates.",
        conf(po, {1: C(sched=[(40000, "2026-11-27"), (40000, "2026-12-11"), (40000, "2026-12-18")]), 2: "A"}))


@case("fr-exchange-non-remis", "bounce/fr-FR",
      "French Exchange 'Non remis' NDR from the supplier's server with the original PO request attached as message/rfc822.")
def c009():
    sup = S("CIRESJURA", "Cires Fromagères du Jura SARL", "commandes@cires-jura.example", "fr-FR")
    po = PO("4500231274", sup, "EUR", "2026-11-09", [
        ("CW-RED-25", "Cheese coating wax red, 25 kg carton, food grade", 400, "KG", "6.20", "2026-12-10"),
        ("CW-BLK-25", "Cheese wax black, 25 kg carton, melting point 68-72 C", 200, "KG", "6.45", "2026-12-10"),
    ], buyer="claire")
    rd = req_dt(po) + dt.timedelta(seconds=47)
    date = when(rd.isoformat(sep=" "), "+0100")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<p><b><font color=\"#000066\" size=\"3\">Votre message n'a pas pu être remis à "
            "commandes@cires-jura.example.</font></b></p>\n"
            "<p>La boîte aux lettres du destinataire est introuvable ou a été désactivée. Le message n'a pas été "
            "remis.</p>\n<p><b>Diagnostics pour les administrateurs :</b></p>\n"
            "<p>Serveur de génération : EXCH02.cires-jura.local<br>\ncommandes@cires-jura.example<br>\n"
            "Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p>\n"
            "<p>En-têtes du message d'origine :</p>\n<pre>Subject: %s\nMessage-ID: %s</pre>\n</body></html>\n"
            % (req_subject(po), po["request_message_id"]))
    plain = ("Votre message n'a pas pu être remis à commandes@cires-jura.example.\n\n"
             "La boîte aux lettres du destinataire est introuvable ou a été désactivée. Le message n'a pas été "
             "remis.\n\nDiagnostics pour les administrateurs :\n\nServeur de génération : EXCH02.cires-jura.local\n"
             "commandes@cires-jura.example\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'\n")
    ds = ("Reporting-MTA: dns;EXCH02.cires-jura.local\nReceived-From-MTA: dns;mx1.cires-jura.example\n"
          "Arrival-Date: %s\n\nFinal-Recipient: rfc822;commandes@cires-jura.example\nAction: failed\n"
          "Status: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n" % date)
    body = mime.Multi("report", [
        alt(plain, html, "utf-8", "base64"),
        mime.raw("message/delivery-status", ds.encode()),
        mime.raw("message/rfc822", request_mail(po)),
    ], params=[("report-type", "delivery-status")])
    eml = mail(("Microsoft Outlook", "postmaster@cires-jura.example"), buyer_of(po),
               "Non remis : " + req_subject(po), when((rd + dt.timedelta(seconds=9)).isoformat(sep=" "), "+0100"),
               body, po=po, client="plain", extra=[("Auto-Submitted", "auto-replied"),
                                                 ("X-MS-Exchange-Message-Is-Ndr", "")], threaded=False,
               irt=po["request_message_id"], refs=po["request_message_id"])
    return [po], eml, expected("bounce", "Exchange NDR in French ('Non remis', 5.1.1) carrying our request with "
                               "the full PO table and requested dates in the attached original.")


@case("ee-blinds-detsembril", "confirmation/et-EE",
      "Estonian '18. detsembril' without a year, plus a reduced quantity on one line stated in prose.")
def c010():
    sup = S("VALGUSKATE", "Valguskate OÜ", "tellimused@valguskate.example", "et-EE")
    po = PO("4500231289", sup, "EUR", "2026-11-10", [
        ("SKB-M06-BLK", "Skylight blackout blind M06 78x118 cm, black", 30, "PCS", "54.80", "2026-12-11"),
        ("SKB-M08-WHT", "Skylight blind M08 78x140 cm, white pleated", 25, "PCS", "61.30", "2026-12-11"),
        ("SKB-RAIL-1.5", "Side rail set 1.5 m, aluminium", 55, "SET", "8.90", "2026-12-11"),
    ], buyer="tomasz")
    reply = ("Tere, Tomasz!\n\nKinnitame tellimuse 4500231289. Read 1 ja 2 koguses ja hinnaga nagu tellitud, "
             "tarne 18. detsembril.\n\nKülgsiinide komplekte (rida 3) on laos ainult 40 komplekti - need saadame "
             "koos ülejäänud kaubaga samal päeval, hind 8,90 EUR/kmpl. Ülejäänud 15 komplekti me ei tarni, toode "
             "on tootmisest maas.\n\nLugupidamisega\nKadri Tamm\nValguskate OÜ\nPärnu mnt 139, 11317 Tallinn\n"
             "+372 655 1204\n")
    d = req_dt(po)
    body = std_body(po, reply, "et", "gt", charset="iso-8859-15",
                    attribution="Kuupäeval %s kirjutas Tomasz Wolski <%s>:" % (d.strftime("%d.%m.%Y %H:%M"),
                                                                            po["buyer"]["email"]))
    eml = mail(("Kadri Tamm", "kadri.tamm@valguskate.example"), buyer_of(po), "Re: " + req_subject(po),
               when("2026-11-19 13:10:27", "+0200"), body, po=po, style="gmail")
    return [po], eml, expected(
        "confirmation", "'18. detsembril' has no year -> next 18 December on/after the mail date = 2026-12-18; "
        "line 3 only 40 of 55 sets (rest not supplied) on the same day.",
        conf(po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18"), 3: C(q=40, d="2026-12-18")}))


@case("jp-cones-next-week", "needs_review/ja-JP",
      "Shift_JIS reply: order received, answer on dates and quantities promised 'next week'; the only dates are in our quoted table.")
def c011():
    sup = S("KANSAIONK", "Kansai Onkyo Shiko K.K.", "eigyo@kansai-onkyo.example", "ja-JP")
    po = PO("4500231297", sup, "JPY", "2026-11-06", [
        ("LSC-165-PP", "Cone 6.5 in (165 mm) paper pulp, 25.4 mm coil seat", 2000, "PCS", "185", "2026-12-18"),
        ("LSC-100-KV", "Cone 4 in kevlar blend, 2027 model", 1000, "PCS", "320", "2026-12-18"),
    ], buyer="priya")
    reply = ("Priya Nair様\n\nいつも大変お世話になっております。\n関西音響紙工 営業部の田中でございます。\n\n"
             "発注書 4500231297 を確かに受領いたしました。\n"
             "現在、工場にて紙パルプの在庫と生産スケジュールを確認しております。\n"
             "納期および数量につきましては、来週中に改めてご回答いたします。\n"
             "なお、単価は現行通りとなる見込みです。\n\n何卒よろしくお願い申し上げます。\n\n"
             "関西音響紙工株式会社\n営業部 田中 健一\nTEL: 06-6543-2110\n")
    body = std_body(po, reply, "ja", "outlook", charset="shift_jis", cte="base64")
    eml = mail(("田中 健一", "k.tanaka@kansai-onkyo.example"), buyer_of(po), RE + req_subject(po),
               when("2026-11-13 17:40:12", "+0900"), body, po=po, lang="ja-JP", subj_charset="iso-2022-jp",
               name_charset="iso-2022-jp")
    return [po], eml, expected("needs_review", "Japanese acknowledgement of receipt only: dates/quantities will be "
                               "answered next week, price 'expected' to stay; all concrete values are in our "
                               "quoted request.")


@case("fi-baskets-mennessa", "confirmation/fi-FI",
      "Finnish '18.12. mennessä' (day.month. without year) for two lines while a third keeps '11.12.'.")
def c012():
    sup = S("KORIPAJA", "Koripaja Oy", "myynti@koripaja.example", "fi-FI")
    po = PO("4500231305", sup, "EUR", "2026-11-11", [
        ("BPB-RND-22", "Proofing basket round 22 cm, rattan, 1 kg dough", 300, "PCS", "7.40", "2026-12-11"),
        ("BPB-OVL-35x14", "Proofing basket oval 35x14 cm, rattan", 200, "PCS", "8.95", "2026-12-11"),
        ("BPB-LIN-22", "Linen liner for 22 cm basket", 300, "PCS", "1.95", "2026-12-11"),
    ], buyer="jonas")
    reply = ("Hei Jonas,\n\nkiitos tilauksesta 4500231305. Vahvistamme kaikki rivit tilatuin määrin ja hinnoin.\n\n"
             "Pellavaliinat (rivi 3) toimitamme 11.12. kuten pyysitte. Korit (rivit 1 ja 2) toimitetaan teille "
             "18.12. mennessä, koska rottinkierä on myöhässä.\n\nYstävällisin terveisin\nAnna Virtanen\nKoripaja Oy\n"
             "Teollisuustie 8, 33960 Pirkkala\npuh. 040 731 2288\n")
    body = std_body(po, reply, "fi", "outlook", charset="iso-8859-15")
    eml = mail(("Anna Virtanen", "anna.virtanen@koripaja.example"), buyer_of(po), "VS: " + req_subject(po),
               when("2026-11-16 10:02:40", "+0200"), body, po=po, lang="fi-FI")
    return [po], eml, expected(
        "confirmation", "'18.12. mennessä' = by 18 December, no year -> 2026-12-18 for lines 1-2; '11.12.' equals "
        "the requested date for line 3.",
        conf(po, {1: C(d="2026-12-18"), 2: C(d="2026-12-18"), 3: "A"}))


@case("it-drums-collect", "confirmation/it-IT",
      "Full confirmation that asks us to collect the goods ourselves (ex works); the ready date equals the requested date.")
def c013():
    sup = S("BOTTALI", "Bottali Macchine Conceria S.r.l.", "ordini@bottali-conceria.example", "it-IT")
    po = PO("4500231318", sup, "EUR", "2026-11-09", [
        ("LTD-3x3-WOOD", "Tanning drum 3x3 m, iroko wood, 7.5 kW drive", 1, "EA", "48500.00", "2027-01-29"),
        ("LTD-DOOR-SS", "Drum door set, stainless steel, 600x400 mm", 2, "SET", "1240.00", "2027-01-29"),
        ("LTD-PEG-24", "Drum pegs 24 mm, hornbeam, box of 50", 10, "BOX", "36.00", "2027-01-29"),
    ], buyer="claire")
    reply = ("Gentile Sig.ra Dubois,\n\ncon la presente confermiamo il Vs. ordine n. 4500231318 per tutte le "
             "posizioni, quantità e prezzi come da ordine (bottale 3x3 m € 48.500,00; porte inox € 1.240,00/set; "
             "pioli € 36,00/scatola).\n\nLa merce sarà pronta per il ritiro presso il nostro stabilimento di Santa "
             "Croce sull'Arno il 29/01/2027. Vi chiediamo cortesemente di organizzare il ritiro con un Vs. vettore "
             "(resa franco fabbrica), dato che il bottale supera le dimensioni gestite dai nostri trasportatori "
             "abituali.\n\nCordiali saluti\n\nMarco Bottali\nUfficio commerciale\nBottali Macchine Conceria S.r.l.\n"
             "Via del Cuoio 18, 56029 Santa Croce sull'Arno (PI)\nTel. +39 0571 36 21 40\n\n"
             "Ai sensi del Regolamento UE 2016/679 le informazioni contenute in questa e-mail sono riservate.\n")
    body = std_body(po, reply, "it", "outlook", charset="windows-1252")
    eml = mail(("Marco Bottali", "m.bottali@bottali-conceria.example"), buyer_of(po), "R: " + req_subject(po),
               when("2026-11-23 11:15:37", "+0100"), body, po=po, lang="it-IT")
    return [po], eml, expected(
        "confirmation", "Decision: confirmation. The supplier commits to all lines as ordered; asking us to collect "
        "(ex works) is a logistics request, not a condition withholding the commitment. Only a ready-for-"
        "collection date is given, which counts like a ship date: 29/01/2027 = requested date, so all accepted.",
        conf(po, {1: "A", 2: "A", 3: "A"}))


@case("us-postfix-dsn", "bounce/en-US",
      "Postfix multipart/report DSN (user unknown) returning the full request with its PO table.")
def c014():
    sup = S("HARBORCHIME", "Harbor Chime Works LLC", "orders@harborchime.example", "en-US")
    po = PO("4500231322", sup, "USD", "2026-11-10", [
        ("WC-AL-27", "Wind chime 27 in, 5 aluminium tubes, tuned C major", 150, "EA", "14.20", "2026-12-15"),
        ("WC-BAMBOO-18", "Bamboo wind chime 18 in, 6 rods", 200, "EA", "6.75", "2026-12-15"),
    ])
    rd = req_dt(po)
    date = when((rd + dt.timedelta(seconds=12)).isoformat(sep=" "), "+0100")
    plain = ("This is the mail system at host mx01.brightwater-trading.example.\n\n"
             "I'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. "
             "It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\n"
             "If you do so, please include this problem report. You can\ndelete your own text from the attached "
             "returned message.\n\n                   The mail system\n\n<orders@harborchime.example>: host "
             "mx.harborchime.example[203.0.113.25] said: 550\n    5.1.1 <orders@harborchime.example>: Recipient "
             "address rejected: User unknown\n    in virtual mailbox table (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; mx01.brightwater-trading.example\nX-Postfix-Queue-ID: 4CkT2m1Qz9z9sWd\n"
          "X-Postfix-Sender: rfc822; dana.ruiz@brightwater-trading.example\nArrival-Date: %s\n\n"
          "Final-Recipient: rfc822; orders@harborchime.example\nOriginal-Recipient: rfc822;orders@harborchime.example\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.harborchime.example\nDiagnostic-Code: smtp; 550 5.1.1 "
          "<orders@harborchime.example>: Recipient address rejected:\n    User unknown in virtual mailbox table\n"
          % req_date_hdr(po))
    body = mime.Multi("report", [
        mime.text(plain, charset="us-ascii", cte="7bit", headers=[("Content-Description", "Notification")]),
        mime.raw("message/delivery-status", ds.encode(), headers=[("Content-Description", "Delivery report")]),
        mime.raw("message/rfc822", request_mail(po), headers=[("Content-Description", "Undelivered Message")]),
    ], params=[("report-type", "delivery-status")], preamble="This is a MIME-encapsulated message.")
    eml = mail(("Mail Delivery System", "MAILER-DAEMON@mx01.brightwater-trading.example"), buyer_of(po),
               "Undelivered Mail Returned to Sender", date, body, style="plain", threaded=False,
               extra=[("Auto-Submitted", "auto-replied")])
    return [po], eml, expected("bounce", "Postfix DSN: the only PO data is in the returned original request.")


@case("dk-chimes-levering-december", "confirmation/da-DK",
      "Danish iPhone reply 'levering den 18. december' (no year) with a price rise on one line in kroner.")
def c015():
    sup = S("KLOKKESPIL", "Nordisk Klokkespil ApS", "ordre@klokkespil.example", "da-DK")
    po = PO("4500231340", sup, "DKK", "2026-11-12", [
        ("WC-BRASS-6", "Wind chime brass, 6 tubes, 60 cm", 120, "EA", "189.00", "2026-12-11"),
        ("WC-GLASS-BLU", "Glass wind chime blue, 35 cm", 80, "EA", "142.50", "2026-12-11"),
    ], buyer="jonas")
    reply = ("Hej Jonas\n\nTak for ordren. Vi kan bekræfte ordre 4500231340 med levering den 18. december for begge "
             "linjer. Antal og priser er som på ordren, dog er glasklokkespillet steget til 149,00 kr. pr. stk. "
             "pga. nye fragtomkostninger fra glasværket.\n\nVh\nMette Sørensen\nNordisk Klokkespil ApS\n"
             "tlf. 86 12 40 77\n\nSendt fra min iPhone\n")
    d = req_dt(po)
    attribution = "Den %d. nov. 2026 kl. %s skrev Jonas Albrecht <%s>:" % (d.day, d.strftime("%H.%M"),
                                                                          po["buyer"]["email"])
    body = std_body(po, reply, "da", "gt", charset="iso-8859-1", html=False, attribution=attribution)
    eml = mail(("Mette Sørensen", "mette@klokkespil.example"), buyer_of(po), "Sv: " + req_subject(po),
               when("2026-11-17 14:20:05", "+0100"), body, po=po, style="apple", client="iphone")
    return [po], eml, expected(
        "confirmation", "'levering den 18. december' has no year -> 2026-12-18 for both lines; line 2 price "
        "149,00 kr. (decimal comma).",
        conf(po, {1: C(d="2026-12-18"), 2: C(p="149.00", d="2026-12-18")}))


@case("nl-cones-two-po-numbers", "confirmation/nl-NL",
      "Subject and body name two PO numbers with transposed digits; only one is in pos.json, the other is an old delivered order.")
def c016():
    sup = S("CONUSNL", "Conus Audio Components B.V.", "verkoop@conus-audio.example", "nl-NL")
    po = PO("4500231356", sup, "EUR", "2026-11-10", [
        ("LSC-200-PP", "Cone 8 in polypropylene, 30 mm voice coil seat", 800, "PCS", "3.42", "2026-12-17"),
        ("LSC-DC-44", "Dust cap 44 mm, felt, 2027 series", 800, "PCS", "0.28", "2026-12-17"),
    ], buyer="priya")
    reply = ("Beste Priya,\n\nOrder 4500213656 (jullie order van september) is al op 02-11-2026 volledig uitgeleverd, "
             "die kunnen jullie afsluiten.\n\nVoor de nieuwe order 4500231356 bevestigen wij:\n"
             "- conussen 8 inch PP: 800 st. à € 3,42, levering 17-12-2026\n"
             "- stofkappen 44 mm: 800 st. à € 0,31 (nieuwe prijslijst per 01-11-2026), levering 17-12-2026\n\n"
             "Met vriendelijke groet,\n\nRuud de Vries\nCustomer Service\nConus Audio Components B.V.\n"
             "De Run 4410, 5503 LM Veldhoven\nT +31 40 254 88 10\n")
    body = std_body(po, reply, "nl", "outlook", charset="iso-8859-15")
    eml = mail(("Ruud de Vries", "r.devries@conus-audio.example"), buyer_of(po),
               "RE: " + req_subject(po) + " / PO 4500213656", when("2026-11-16 15:48:00", "+0100"), body, po=po,
               lang="nl-NL")
    return [po], eml, expected(
        "confirmation", "Two PO numbers (4500231356 and look-alike 4500213656); only 4500231356 is ours and "
        "answered. Line 2 price 0,31 instead of 0.28; dd-mm-yyyy dates equal the requested date.",
        conf(po, {1: "A", 2: C(p="0.31")}))


@case("at-drill-bits-certificate", "unrelated/de-AT",
      "A 3.1 inspection certificate for an earlier delivery of another PO, with quantities and dates in the PDF.")
def c017():
    sup = S("BOHRSTEINER", "Bohrtechnik Steiner GmbH", "office@bohrtechnik-steiner.example", "de-AT")
    po = PO("4500231371", sup, "EUR", "2026-11-11", [
        ("MDB-102-DTH", "DTH hammer bit 102 mm, 3.5 in shank", 20, "PCS", "212.00", "2026-12-18"),
        ("MDB-115-DTH", "DTH hammer bit 115 mm, 4 in shank", 10, "PCS", "248.00", "2026-12-18"),
    ], buyer="tomasz")
    pdf = make_pdf([
        (13, "Bohrtechnik Steiner GmbH"),
        "Erzbergstrasse 9, 8790 Eisenerz, Österreich",
        "",
        (12, "ABNAHMEPRÜFZEUGNIS 3.1 nach EN 10204:2004"),
        "Zeugnis-Nr.: APZ-26-0912          Datum: 17.11.2026",
        "Kunde: Brightwater Trading GmbH, Hamburg",
        "Ihre Bestellung: 4500229830 vom 28.09.2026",
        "Lieferschein: LS-26-04417 vom 21.10.2026",
        "",
        "Pos  Artikel        Bezeichnung                     Menge   Charge",
        "1    MDB-102-DTH    DTH-Bohrkrone 102 mm, 3.5\"      24 Stk  C26-3318",
        "2    MDB-89-DTH     DTH-Bohrkrone 89 mm, 3\"         12 Stk  C26-3320",
        "",
        "Werkstoff: 42CrMo4, vergütet, Härte 52-54 HRC",
        "Hartmetall: YK05, Stiftdurchmesser 12 mm",
        "Wir bestätigen, dass die gelieferten Erzeugnisse den Vereinbarungen der Bestellung entsprechen.",
        "",
        "i.A. DI Gerald Pichler, Qualitätssicherung",
    ], title="APZ-26-0912", author="QS Steiner", date="D:20261117154000+01'00'", flate=True)
    txt = ("Sehr geehrte Damen und Herren,\n\nanbei übermitteln wir Ihnen das Abnahmeprüfzeugnis 3.1 nach EN 10204 "
           "für unsere Lieferung vom 21.10.2026 (Ihre Bestellung 4500229830, Lieferschein LS-26-04417).\n\n"
           "Mit freundlichen Grüßen\n\nGerald Pichler\nQualitätssicherung\nBohrtechnik Steiner GmbH\n"
           "Erzbergstraße 9, 8790 Eisenerz\nTel. +43 3848 2210-15\nFN 118822 t, Landesgericht Leoben\n")
    body = mime.Multi("mixed", [alt(txt, html_doc(paras(txt), "iso-8859-1"), "iso-8859-1"),
                                mime.attach(pdf, "application/pdf", "APZ-26-0912_3.1.pdf")])
    eml = mail(("Gerald Pichler", "qs@bohrtechnik-steiner.example"), buyer_of(po),
               "Abnahmeprüfzeugnis 3.1 - Bestellung 4500229830 / LS-26-04417", when("2026-11-18 08:05:14", "+0100"),
               body, lang="de-AT", has_attach=True, subj_charset="iso-8859-1")
    return [po], eml, expected("unrelated", "Certificate of conformity for an earlier shipment of another PO "
                               "(4500229830); shares an item code with the open PO but answers nothing about it.")


@case("pl-forks-18-grudnia", "confirmation/pl-PL",
      "Polish per-position list: one line 'dostawa 18 grudnia' (no year), others via ship date and 'razem z poz. 1'.")
def c018():
    sup = S("WIDLEX", "Widlex Sp. z o.o.", "zamowienia@widlex.example", "pl-PL")
    po = PO("4500231385", sup, "PLN", "2026-11-12", [
        ("FF-1150-100x45", "Forklift fork 1150 mm, 100x45 mm, FEM 2A", 12, "PAIR", "1480.00", "2026-12-11"),
        ("FF-1500-120x50", "Forklift fork 1500 mm, 120x50 mm, FEM 3A", 6, "PAIR", "2210.00", "2026-12-11"),
        ("FF-LOCK-PIN", "Fork locking pin set M10x40", 18, "SET", "24.50", "2026-12-11"),
    ], buyer="tomasz")
    reply = ("Dzień dobry Panie Tomaszu,\n\npotwierdzamy zamówienie nr 4500231385:\n\n"
             "poz. 1 - 12 par, 1 480,00 zł/para, wysyłka 11.12.2026\n"
             "poz. 2 - 6 par, 2 210,00 zł/para - widły 1500 mm są kute na zamówienie, dostawa 18 grudnia\n"
             "poz. 3 - 18 kpl., 24,50 zł/kpl., razem z poz. 1\n\n"
             "Pozdrawiam\nAgnieszka Nowak\nDział Sprzedaży\nWidlex Sp. z o.o., ul. Przemysłowa 7, 62-080 Tarnowo "
             "Podgórne\ntel. +48 61 814 22 90\n")
    body = std_body(po, reply, "pl", "outlook", charset="iso-8859-2")
    eml = mail(("Agnieszka Nowak", "a.nowak@widlex.example"), buyer_of(po), "RE: " + req_subject(po),
               when("2026-11-18 12:44:19", "+0100"), body, po=po, lang="pl-PL", subj_charset="iso-8859-2")
    return [po], eml, expected(
        "confirmation", "'dostawa 18 grudnia' (genitive month, no year) -> 2026-12-18 for line 2; line 1 gives only a "
        "ship date equal to the requested date; line 3 ships with line 1. Space-thousands decimal-comma prices.",
        conf(po, {1: "A", 2: C(d="2026-12-18"), 3: "A"}))
