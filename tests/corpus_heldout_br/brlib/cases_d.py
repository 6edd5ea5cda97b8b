"""Cases 055-070."""
import html as _html

from .common import (A, C, R, U, build, case, conf, other, po, sup, request_eml, request_text, request_html,
                     buyer_of, req_subject, quote_outlook)
from .mime import addr, attach, date_hdr, hdr, leaf, message, multipart
from .pdf import make_pdf


@case("polo-mallets-vague-should-be-fine", "needs_review/en-GB",
      "Chatty British reply: 'most of it should be fine for mid-December', one size 'a bit tight', will let us know.")
def c_polo_gb(slug):
    s = sup("HURL", "Hurlingham Mallet Makers Ltd", "office@hurlinghammallets.example", "en-GB")
    p = po("4500031564", s, "GBP", "2026-11-25", [
        ("PM-BMB-50", "Bamboo polo mallet 50 in, 190 g cigar head", 10, "EA", "118.00", "2026-12-11"),
        ("PM-BMB-52", "Bamboo polo mallet 52 in, 200 g cigar head", 10, "EA", "118.00", "2026-12-11"),
        ("PM-JNR-30", "Junior mallet 30 in, 1/2 weight head", 6, "EA", "74.00", "2026-12-11"),
    ], buyer="tomasz")
    body = ("Hi Tomasz,\n\nGot the order, thanks. Most of it should be fine for mid-December I think - the 30-inch junior "
            "ones might be a bit tight as we're still waiting on cane from Argentina. I'll let you know once I've had a "
            "word with the workshop.\n\nCheers,\nHenry\n\n--\nHenry Aldridge\nHurlingham Mallet Makers Ltd\n"
            "The Old Forge, Cowdray Park, Midhurst GU29 0AQ\n01730 555 812")
    eml = build(slug, p=p, frm=("Henry Aldridge", "henry@hurlinghammallets.example"),
                date=("2026-11-26 18:02:40", "+0000"), body=body, client="gmail", quote="gmail", charset="utf-8")
    return [p], eml, other("needs_review", "Hedged language ('should be fine', 'might be tight', 'I'll let you know'): no line is committed.")


@case("fryer-baskets-forwarded-per-each", "confirmation/en-US",
      "Outlook forward of a warehouse stock check; prices restated per each for a PO in dozens (one equal, one higher).")
def c_fryer_us(slug):
    s = sup("LONESTAR", "Lone Star Fryer Parts LLC", "orders@lonestar-fryer.example", "en-US")
    p = po("4500031572", s, "USD", "2026-11-25", [
        ("DFB-TWIN-11", "Twin fryer basket 11 x 5-1/2 x 6 in, chrome", 10, "DZ", "44.40", "2026-12-16"),
        ("DFB-FULL-17", "Full basket 17 x 8-3/4 x 5-3/4 in, front hook", 6, "DZ", "79.20", "2026-12-16"),
    ])
    body = ("Laura - see below from our warehouse, we're good on both lines of your PO 4500031572. Note we now price these "
            "per each: $3.70 ea on the twin baskets and $6.90 ea on the full size (wire went up). Both ship 12/16.\n\n"
            "Kevin Walsh\nInside Sales | Lone Star Fryer Parts LLC\n4410 Irving Blvd, Dallas, TX 75247\n(214) 555-0176")
    fwd = ("From: Lone Star Warehouse <warehouse@lonestar-fryer.example>\nSent: Monday, November 30, 2026 8:02 AM\n"
           "To: Kevin Walsh <kevin.walsh@lonestar-fryer.example>\nSubject: RE: PO 4500031572 stock check\n\n"
           "Kevin, we have 120 of the twins and 72 of the full size on hand, can ship Dec 16.\n\nDarnell\n\n")
    qt0, qh0 = quote_outlook(p, "en")
    qt = "________________________________\n" + fwd + qt0
    qh = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
          + _html.escape(fwd).replace("\n", "<br>\n") + "</div>\n" + qh0)
    eml = build(slug, p=p, frm=("Kevin Walsh", "kevin.walsh@lonestar-fryer.example"),
                date=("2026-11-30 08:47:19", "-0600"), body=body, charset="us-ascii", cte="7bit",
                quote_text=qt, quote_html=qh, threaded=False, subject="FW: PO 4500031572 - Kestrel")
    return [p], eml, conf([(p, {1: A, 2: C(p="82.80")})],
                          "Per-each prices against a per-dozen PO: 3.70 x 12 = 44.40 (unchanged), 6.90 x 12 = 82.80 (changed); ship 12/16 = PO date.")


@case("car-wash-minimum-order-surcharge", "needs_review/de-DE",
      "German reply will deliver on time only if we accept a 45 EUR small-order surcharge and asks us to agree first.")
def c_brush_de(slug):
    s = sup("WASCH", "Waschbürsten Krämer GmbH & Co. KG", "info@waschbuersten-kraemer.example", "de-DE")
    p = po("4500031580", s, "EUR", "2026-11-26", [
        ("CWB-SEG-1800", "Brush segment 1800 mm, PE 3/8 bristle", 2, "EA", "312.00", "2026-12-17"),
        ("CWB-FLAP-1220", "Textile flap 12x20 cm, pack of 100", 2, "BOX", "58.00", "2026-12-17"),
    ])
    body = ("Guten Tag Frau Beck,\n\nvielen Dank für Ihre Bestellung 4500031580. Liefern können wir zum 17.12., allerdings nur, "
            "wenn Sie einem Mindermengenzuschlag von 45,00 EUR zustimmen, da der Auftragswert unter 1.000 EUR liegt.\n\n"
            "Bitte bestätigen Sie uns dies kurz, dann erhalten Sie die Auftragsbestätigung.\n\n"
            "Mit freundlichen Grüßen\nStefanie Krämer\nWaschbürsten Krämer GmbH & Co. KG\nGewerbering 18, 73430 Aalen\n"
            "Tel. +49 7361 55 02 30\nSitz Aalen, Registergericht Ulm HRA 720118")
    eml = build(slug, p=p, frm=("Stefanie Krämer", "s.kraemer@waschbuersten-kraemer.example"),
                date=("2026-11-27 10:44:02", "+0100"), body=body, lang="de", charset="iso-8859-1")
    return [p], eml, other("needs_review", "Delivery date offered only on condition of a surcharge; the confirmation is explicitly pending our consent.")


@case("textile-dyes-qmail-plain-bounce", "bounce/sk-SK",
      "Plain-text qmail bounce with the complete original MIME request pasted below 'a copy of the message'.")
def c_dyes_sk(slug):
    s = sup("FARBA", "Farbiareň Trenčín a.s.", "predaj@farbiaren-tn.example", "sk-SK")
    p = po("4500031588", s, "EUR", "2026-11-26", [
        ("TD-AR18-25", "Acid Red 18, 100%, 25 kg drum", 6, "EA", "168.00", "2026-12-18"),
        ("TD-SB35-KG", "Solvent Black 35, per kg, 1/3 ST depth", 40, "KG", "21.50", "2026-12-18"),
    ])
    orig = request_eml(p)
    txt = ("Hi. This is the qmail-send program at mail.kestrel-supply.example.\n"
           "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
           "This is a permanent error; I've given up. Sorry it didn't work out.\n\n"
           "<predaj@farbiaren-tn.example>:\n192.0.2.45 does not like recipient.\n"
           "Remote host said: 550 5.7.1 Message rejected due to local policy\nGiving up on 192.0.2.45.\n\n"
           "--- Below this line is a copy of the message.\n\n"
           "Return-Path: <laura.beck@kestrel-supply.example>\n"
           "Received: (qmail 28114 invoked by uid 1002); 26 Nov 2026 08:41:06 -0000\n").encode() + orig
    heads = ["Return-Path: <>",
             "Date: Thu, 26 Nov 2026 08:41:09 +0000",
             "From: MAILER-DAEMON@mail.kestrel-supply.example",
             "To: laura.beck@kestrel-supply.example",
             "Subject: failure notice",
             "Message-ID: <20261126084109.28117.qmail@mail.kestrel-supply.example>", ""]
    return [p], message(heads, txt), other("bounce", "Single-part qmail bounce: no multipart/report, the original MIME source (with the PO table) is inline text.")


@case("pet-carriers-spanish-ticket", "auto_reply/es-ES",
      "Helpdesk ticket acknowledgment in Spanish quoting our subject with the PO number and promising an answer within 48 h.")
def c_carriers_es(slug):
    s = sup("MASCO", "Mascotrans Ibérica S.A.", "pedidos@mascotrans.example", "es-ES")
    p = po("4500031596", s, "EUR", "2026-11-26", [
        ("PC-WIRE-36", "Wire crate carrier 36 in, 2-door, 4/3 tray", 20, "EA", "38.60", "2026-12-18"),
        ("PC-BAG-S", "Carrier bag S, 40x25x25 cm, mesh", 60, "EA", "9.20", "2026-12-18"),
    ])
    body = ("Estimado/a cliente:\n\nSu solicitud ha sido recibida y se ha creado el ticket #48213 con el asunto "
            "«Order acknowledgment request - PO 4500031596».\n\n"
            "Un agente de nuestro equipo le responderá en un plazo máximo de 48 horas laborables. Puede consultar el estado "
            "de su ticket en: https://soporte.mascotrans.example/helpdesk/tickets/48213\n\n"
            "Este es un mensaje automático, por favor no responda a este correo.\n\n"
            "Atención al Cliente - Mascotrans Ibérica S.A.\nAvda. de la Industria 32, 28108 Alcobendas (Madrid)")
    eml = build(slug, p=p, frm=("Atención al Cliente Mascotrans", "soporte@mascotrans.example"),
                date=("2026-11-26 09:42:05", "+0100"), body=body, lang="es", client="freshdesk", quote="none",
                subject="[Ticket #48213] Hemos recibido su solicitud: Order acknowledgment request - PO 4500031596",
                extra_headers=["Auto-Submitted: auto-replied", "X-Freshdesk-Ticket-Id: 48213", "Precedence: bulk"])
    return [p], eml, other("auto_reply", "Ticket-system receipt; it echoes the PO number in the subject but commits to nothing.")


@case("hydraulic-hoses-swedish-delivery-note", "unrelated/sv-SE",
      "Swedish ERP delivery note (följesedel) PDF for an older PO with overlapping hose sizes.")
def c_hoses_se(slug):
    s = sup("SLANGT", "Slangteknik i Borås AB", "order@slangteknik.example", "sv-SE")
    p = po("4500031604", s, "SEK", "2026-11-26", [
        ("HH-2SN-16-2000", "Hydraulic hose 1\" 2SN, 2000 mm, ORFS 1-7/16", 30, "EA", "845.00", "2026-12-18"),
        ("HH-1SN-06-50", "Hydraulic hose 3/8\" 1SN, roll of 50 m", 4, "ROL", "1980.00", "2026-12-18"),
    ], buyer="jonas")
    pdf = make_pdf([
        ("SLANGTEKNIK I BORÅS AB", "B", 13),
        "Fabriksgatan 14, 504 38 Borås  |  Org.nr 556712-4408  |  033-41 22 90",
        "",
        ("FÖLJESEDEL 70088123", "B", 12),
        "Leveransdatum: 2026-11-27        Er order: 4500030877        Vår order: 261503",
        "Mottagare: Kestrel Industrial Supply GmbH, Billwerder Ring 12, Dock 4, 21035 Hamburg",
        "Transportör: DSV Road  |  Kolli: 3  |  Vikt: 212 kg",
        "",
        ("Rad  Artikel          Benämning                                   Lev. antal  Enhet", "B"),
        "1    HH-2SN-12-1500   Hydraulslang 3/4\" 2SN, 1500 mm, ORFS 1-3/16      40        st",
        "2    HH-1SN-08-50     Hydraulslang 1/2\" 1SN, rulle 50 m                 6         rulle",
        "",
        "Restnoteringar: inga",
    ], title="Följesedel 70088123", author="Monitor ERP", producer="Monitor ERP 10", created="D:20261127061500+01'00'")
    body = ("Hej,\n\nBifogat följesedel 70088123 för er order 4500030877, levererad 2026-11-27.\n\n"
            "Detta mejl skickas automatiskt från Monitor ERP.\n\nSlangteknik i Borås AB\nFabriksgatan 14, 504 38 Borås")
    eml = build(slug, p=p, frm=("Slangteknik i Borås AB", "noreply@slangteknik.example"),
                date=("2026-11-27 06:15:44", "+0100"), body=body, lang="sv", client="monitor", quote="none",
                html=False, threaded=False, charset="iso-8859-1",
                subject="Följesedel 70088123 - er order 4500030877",
                extra_headers=["X-Mailer: Monitor ERP System"],
                attachments=[("application/pdf", "Foljesedel_70088123.pdf", pdf)])
    return [p], eml, other("unrelated", "Delivery note for older PO 4500030877 from the same supplier; sizes and dates resemble the open PO 4500031604.")


@case("container-seals-irish-questions", "needs_review/en-IE",
      "Irish supplier asks about Incoterms and seal numbering before it will send a confirmation with dates.")
def c_seals_ie(slug):
    s = sup("CORKSEAL", "Cork Harbour Seals Ltd", "sales@corkharbourseals.example", "en-IE")
    p = po("4500031612", s, "EUR", "2026-11-27", [
        ("CSL-BOLT-ISO", "Bolt seal ISO 17712 H, 8 mm", 4000, "EA", "0.61", "2026-12-18"),
        ("CSL-PAD-27", "Padlock seal, 1.5 mm shackle, 2027 numbering", 1000, "EA", "0.47", "2026-12-18"),
    ])
    body = ("Hi Laura,\n\nThanks for the order. Before we confirm could you let us know two things:\n\n"
            "(1) is it DAP Hamburg as per our quote, or ex works Cork as on your PO form?\n"
            "(2) should the padlock seals be numbered from 270001 on, continuing last year's series?\n\n"
            "Once I have that I'll send on the confirmation with dates.\n\nThanks a million,\nAoife\n\n"
            "Aoife Byrne | Sales\nCork Harbour Seals Ltd\nUnit 7, Ringaskiddy Business Park, Co. Cork, P43 X920\n"
            "+353 21 455 7120")
    eml = build(slug, p=p, frm=("Aoife Byrne", "aoife.byrne@corkharbourseals.example"),
                date=("2026-11-30 12:10:36", "+0000"), body=body, charset="us-ascii", cte="7bit")
    return [p], eml, other("needs_review", "Two open questions; confirmation with dates promised afterwards. 270001 is a seal number, not a quantity.")


@case("skate-blades-three-pos-two-answered", "confirmation/en-US",
      "Three open POs; the reply confirms one, reduces another and only mentions the third.")
def c_blades_us(slug):
    s = sup("NORTHX", "North Star Skate Steel Inc.", "sales@northstarskate.example", "en-US")
    pa = po("4500031620", s, "USD", "2026-11-27", [
        ("ISB-HOC-254", "Hockey runner 254 mm, 4 ft radius", 80, "PAIR", "36.00", "2026-12-18"),
        ("ISB-HOC-280", "Hockey runner 280 mm, 9 ft radius", 40, "PAIR", "38.50", "2026-12-18"),
    ])
    pb = po("4500031627", s, "USD", "2026-11-27", [
        ("ISB-GOAL-296", "Goalie blade 296 mm, 1/2 in hollow", 12, "PAIR", "79.00", "2027-01-08"),
    ])
    pc = po("4500031633", s, "USD", "2026-11-30", [
        ("ISB-FIG-95S", "Figure blade 9.5 in, 7/16 toe pick", 20, "PAIR", "92.00", "2027-01-15"),
        ("ISB-GRD-L27", "Blade guard L, 2027 colours", 40, "PAIR", "5.50", "2027-01-15"),
    ])
    body = ("Hi Laura,\n\nHere's where we are on your open orders:\n\n"
            "PO 4500031620 - both sizes confirmed, 80 pr 254 mm and 40 pr 280 mm, pricing as per PO, delivery 12/18/2026.\n"
            "PO 4500031627 - goalie blades: we can only do 10 pair, $79.00, delivery 01/08/2027.\n"
            "PO 4500031633 - received, our planner will get back to you on this one next week.\n\n"
            "Thanks,\nBrian Kowalski\nCustomer Service Manager\nNorth Star Skate Steel Inc.\n2201 Como Ave, Saint Paul, MN 55108\n"
            "(651) 555-0134")
    eml = build(slug, p=pa, frm=("Brian Kowalski", "brian.kowalski@northstarskate.example"),
                date=("2026-12-01 10:31:18", "-0600"), body=body, charset="us-ascii", cte="7bit")
    return [pa, pb, pc], eml, conf([(pa, A), (pb, {1: C(q=10)})],
                                   "US month-first dates (01/08/2027 = 8 Jan); PO 4500031633 is only acknowledged and left out.")


@case("display-cases-german-ooo", "auto_reply/de-DE",
      "German Outlook out-of-office naming an absence end date and a deputy with phone number.")
def c_cases_de(slug):
    s = sup("VITRI", "Vitrinenbau Franken GmbH", "vertrieb@vitrinenbau-franken.example", "de-DE")
    p = po("4500031641", s, "EUR", "2026-11-30", [
        ("MDC-CUBE-500", "Cube showcase 500x500x500 mm, 8 mm low-iron glass", 8, "EA", "690.00", "2027-01-20"),
        ("MDC-LED-24V", "LED spot 24V, 3 W, 3000 K", 16, "EA", "42.00", "2027-01-20"),
    ], buyer="jonas")
    body = ("Vielen Dank für Ihre Nachricht.\n\nIch bin bis einschließlich 04.12.2026 nicht im Büro. Ihre E-Mail wird nicht "
            "weitergeleitet.\n\nIn dringenden Fällen wenden Sie sich bitte an meine Kollegin Frau Sabine Roth "
            "(s.roth@vitrinenbau-franken.example, Tel. +49 911 580 33 12).\n\nMit freundlichen Grüßen\nMarkus Held")
    eml = build(slug, p=p, frm=("Markus Held", "vertrieb@vitrinenbau-franken.example"),
                date=("2026-11-30 09:41:40", "+0100"), body=body, lang="de", charset="iso-8859-1", quote="none",
                subject="Automatische Antwort: Order acknowledgment request - PO 4500031641",
                extra_headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"])
    return [p], eml, other("auto_reply", "Out-of-office; 04.12.2026 is the end of absence, not a delivery date.")


@case("chinrests-italian-inline-red", "confirmation/it-IT",
      "Italian Outlook reply with answers typed in red inside our quoted table rows; text part shows them inline.")
def c_chinrest_it(slug):
    s = sup("MENTON", "Mentoniere Cremonesi S.n.c.", "ordini@mentonierecremonesi.example", "it-IT")
    p = po("4500031659", s, "EUR", "2026-11-30", [
        ("VC-GUAR-44B", "Guarneri chinrest 4/4, boxwood", 60, "EA", "17.80", "2026-12-18"),
        ("VC-STRAD-44E", "Stradivari chinrest 4/4, ebony, side mount", 40, "EA", "19.40", "2026-12-18"),
        ("VC-TEKA-12", "Teka chinrest 1/2 size, rosewood", 25, "EA", "12.60", "2026-12-18"),
    ])
    notes = {1: "OK", 2: "disponibili solo 30 pz, consegna 18/12", 3: "25 pz, consegna 08/01/2027"}
    qt0, _ = quote_outlook(p, "it")
    out = []
    for l in qt0.split("\n"):
        out.append(l)
        for n, t in notes.items():
            if l.startswith(f"  {n} |"):
                out.append(f"      >>> Pos. {n}: {t} [Marco]")
    qt = "\n".join(out)
    b = buyer_of(p)
    rows = "".join(
        f"<tr><td>{ln['line']}</td><td>{ln['item']}</td><td>{_html.escape(ln['description'])}</td><td>{ln['quantity']}</td>"
        f"<td>{ln['uom']}</td><td>{ln['unit_price']}</td><td>{ln['requested_date']}</td></tr>\n"
        f"<tr><td colspan=\"7\"><span style=\"color:red\"><b>Pos. {ln['line']}: {notes[ln['line']]} [Marco]</b></span></td></tr>\n"
        for ln in p["lines"])
    qh = ("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\"><p class=\"MsoNormal\">"
          f"<b>Da:</b> {b[0]} &lt;{b[1]}&gt;<br>\n<b>Inviato:</b> 30.11.2026 09:41<br>\n<b>A:</b> {p['supplier']['email']}<br>\n"
          f"<b>Oggetto:</b> {req_subject(p)}</p></div>\n<p>Dear Sir or Madam,</p><p>please find below our purchase order "
          f"{p['po_number']} dated 30 Nov 2026.</p>\n<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\">\n<tr><th>Pos</th>"
          f"<th>Item</th><th>Description</th><th>Qty</th><th>Unit</th><th>Unit price</th><th>Requested</th></tr>\n{rows}</table>\n"
          f"<p>Kind regards<br>{b[0]}</p>\n")
    body = ("Buongiorno Laura,\n\nrisposte in rosso qui sotto, riga per riga.\n\nSaluti\nMarco Ferrari\n"
            "Mentoniere Cremonesi S.n.c. - Via Bergamo 41, 26100 Cremona - tel. +39 0372 45 18 06")
    eml = build(slug, p=p, frm=("Marco Ferrari", "marco.ferrari@mentonierecremonesi.example"),
                date=("2026-12-01 15:28:50", "+0100"), body=body, lang="it", charset="windows-1252",
                quote_text=qt, quote_html=qh, subj_prefix="R: ")
    return [p], eml, conf([(p, {1: A, 2: C(q=30), 3: C(d="2027-01-08")})],
                          "Answers only inside the quoted PO (red in HTML, '>>>' in text); '18/12' without year equals the PO date.")


@case("steel-wool-uk-erp-csv", "confirmation/en-GB",
      "UK ERP acknowledgment with a CSV attachment; '04/01/2027' is 4 January in en-GB.")
def c_wool_gb(slug):
    s = sup("SHEFF", "Sheffield Wire Wool Co. Ltd", "sales@sheffieldwirewool.example", "en-GB")
    p = po("4500031667", s, "GBP", "2026-11-30", [
        ("SW-00-450", "Steel wool grade 00, 450 g sleeve", 240, "EA", "3.85", "2026-12-18"),
        ("SW-000-1KG", "Steel wool grade 000, 1 kg reel", 60, "ROL", "9.40", "2026-12-18"),
        ("SW-4-5KG", "Steel wool grade 4, 5 kg bale", 20, "EA", "26.10", "2026-12-18"),
    ])
    csv = ("Order,Line,Item,Description,Qty,UOM,Unit Price,Delivery Date\r\n"
           "4500031667,1,SW-00-450,\"Steel wool grade 00, 450 g sleeve\",240,EA,3.85,18/12/2026\r\n"
           "4500031667,2,SW-000-1KG,\"Steel wool grade 000, 1 kg reel\",60,ROL,9.40,04/01/2027\r\n"
           "4500031667,3,SW-4-5KG,\"Steel wool grade 4, 5 kg bale\",20,EA,26.10,18/12/2026\r\n").encode("ascii")
    body = ("Dear Customer,\n\nPlease find attached acknowledgement SOA-118734 of your order 4500031667.\n"
            "Delivery dates shown are dates of delivery to your premises.\n\n"
            "Sheffield Wire Wool Co. Ltd\nUnit 12, Attercliffe Road, Sheffield S9 3QS\nTel 0114 555 0290\n\n"
            "This message was generated automatically by Sage 200. Please do not reply to this address.")
    eml = build(slug, p=p, frm=("Sheffield Wire Wool Sales", "sage200@sheffieldwirewool.example"),
                date=("2026-12-01 07:30:05", "+0000"), body=body, client="sage", quote="none", html=False,
                threaded=False, charset="us-ascii", cte="7bit",
                subject="Sales Order Acknowledgement SOA-118734 - Your ref 4500031667",
                extra_headers=["X-Mailer: Sage 200 Email Service"],
                attachments=[("text/csv; charset=us-ascii", "SOA-118734.csv", csv)])
    return [p], eml, conf([(p, {1: A, 2: C(d="2027-01-04"), 3: A})],
                          "Data only in the CSV; en-GB day-first 04/01/2027 = 2027-01-04 (not April 1).")


@case("candle-wicks-us-month-first", "confirmation/en-US",
      "US Apple Mail reply: 'delivered to you by 12/04' - month-first, no year, earlier than requested.")
def c_wicks_us(slug):
    s = sup("WICKCO", "Prairie Wick Company", "orders@prairiewick.example", "en-US")
    p = po("4500031675", s, "USD", "2026-11-18", [
        ("CW-HTP-104", "HTP 104 wick, 6 in, tabbed, 1000 ct", 8, "BOX", "41.50", "2026-12-11"),
        ("CW-CD-8", "CD 8 wick, 8 in, 500 ct", 6, "BOX", "27.30", "2026-12-11"),
    ])
    body = ("Hi Laura,\n\nAll set on PO 4500031675 - 8 boxes HTP 104 and 6 boxes CD 8 at your prices. Both are in stock so "
            "we'll have them delivered to you by 12/04.\n\nThanks!\nJenna\n\nJenna Olson\nPrairie Wick Company\n"
            "318 N Main St, Hutchinson, KS 67501\n(620) 555-0117")
    eml = build(slug, p=p, frm=("Jenna Olson", "jenna@prairiewick.example"),
                date=("2026-11-20 13:55:27", "-0600"), body=body, client="apple", quote="apple", charset="us-ascii",
                cte="7bit")
    d = "2026-12-04"
    return [p], eml, conf([(p, {1: C(d=d), 2: C(d=d)})],
                          "'12/04' in en-US is December 4 (next occurrence after the 20 Nov mail), a week before the requested date.")


@case("crossbow-strings-french-two-deliveries", "confirmation/fr-FR",
      "French Thunderbird reply: line 1 in two deliveries '300 le 14/12, le solde (200) le 8 janvier' with no years.")
def c_xbow_fr(slug):
    s = sup("ARBAL", "Cordes d'Arbalète du Jura SARL", "commandes@cordesjura.example", "fr-FR")
    p = po("4500031683", s, "EUR", "2026-11-30", [
        ("CS-DYN-22", "Dyneema string 22 strands, 35.5 in", 500, "EA", "11.90", "2026-12-14"),
        ("CS-END-38", "End serving cable 3/8, pair", 200, "PAIR", "7.30", "2026-12-14"),
    ])
    body = ("Bonjour Laura,\n\nCommande 4500031683 bien reçue, merci.\n\n"
            "Ligne 1 : livraison en deux fois, 300 cordes le 14/12 et le solde (200) le 8 janvier.\n"
            "Ligne 2 : OK, 200 paires au prix de la commande, livraison le 14/12.\n\n"
            "Cordialement,\n\n-- \nJulien Girard\nCordes d'Arbalète du Jura SARL\n4 chemin des Forges, 39300 Champagnole\n"
            "03 84 52 70 11")
    eml = build(slug, p=p, frm=("Julien Girard", "julien.girard@cordesjura.example"),
                date=("2026-12-02 09:06:31", "+0100"), body=body, lang="fr", charset="utf-8", client="thunderbird",
                quote="thunderbird", html=False, attrib="Le 30/11/2026 à 09:41, Laura Beck a écrit :")
    return [p], eml, conf([(p, {1: C(s=[(300, "2026-12-14"), (200, "2027-01-08")]), 2: A})],
                          "Split 300 + 'le solde (200)'; '8 janvier' after a 2 Dec mail is 2027-01-08.")


@case("organ-stops-six-lines-mixed", "confirmation/de-DE",
      "Six-line organ order answered position by position: accepted, later date, refused, new price, restated, and one left open.")
def c_organ_mixed(slug):
    s = sup("ORGBAU", "Orgelbau Reinhardt & Söhne GmbH", "info@orgelbau-reinhardt.example", "de-DE")
    p = po("4500031691", s, "EUR", "2026-11-30", [
        ("OS-SUB16-30", "Subbass 16' stop, 30 pipes, pine", 1, "SET", "12400.00", "2027-02-19"),
        ("OS-RFL4-56", "Rohrfloete 4' stop, 56 pipes, 40% tin", 1, "SET", "6850.00", "2027-02-19"),
        ("OS-MIX-IV", "Mixtur IV stop, 224 pipes, 1-1/3'", 1, "SET", "15900.00", "2027-02-19"),
        ("OS-TREM-24", "Tremulant, 24V electric", 1, "EA", "1180.00", "2027-02-19"),
        ("OS-KNOB-ML", "Stop knob set, maple, 12 pcs", 2, "SET", "320.00", "2027-01-15"),
        ("OS-WIND-45", "Wind trunk 45 mm, 1.5 m, zinc", 4, "EA", "265.00", "2027-01-15"),
    ], buyer="jonas")
    body = ("Sehr geehrter Herr Eklund,\n\nzu Ihrer Bestellung 4500031691:\n\n"
            "Pos. 1 Subbass 16': bestätigt wie bestellt.\n"
            "Pos. 2 Rohrflöte 4': bestätigt, Liefertermin jedoch 12.03.2027.\n"
            "Pos. 3 Mixtur IV: können wir derzeit nicht fertigen, da unser Intonateur ausfällt - bitte anderweitig vergeben.\n"
            "Pos. 4 Tremulant: bestätigt, Preis 1.240,00 EUR.\n"
            "Pos. 5 Registerknöpfe: 2 Sätze à 320,00 EUR, Lieferung 15.01.2027.\n\n"
            "Zu Pos. 6 (Windkanal) melden wir uns noch, das klären wir gerade mit der Zinkgießerei.\n\n"
            "Mit freundlichen Grüßen\n\nKlaus Reinhardt\nOrgelbau Reinhardt & Söhne GmbH\nKirchgasse 5, 36037 Fulda\n"
            "Tel. 0661 250 73 40")
    eml = build(slug, p=p, frm=("Klaus Reinhardt", "k.reinhardt@orgelbau-reinhardt.example"),
                date=("2026-12-02 14:19:08", "+0100"), body=body, lang="de", charset="utf-8", client="thunderbird",
                quote="thunderbird", html=False, attrib="Am 30.11.2026 um 09:41 schrieb Jonas Eklund:")
    return [p], eml, conf([(p, {1: A, 2: C(d="2027-03-12"), 3: R, 4: C(p="1240.00"), 5: A, 6: U})],
                          "All four statuses in one PO; line 6 is deferred ('melden wir uns noch') = unconfirmed; 1.240,00 = 1240.00.")


@case("car-wash-norwegian-week-50", "confirmation/nb-NO",
      "Norwegian iPhone reply 'Levering uke 50 for alt': Friday of week 50 matches line 1 but moves line 2.")
def c_brush_no(slug):
    s = sup("VASKE", "Vasketeknikk AS", "post@vasketeknikk.example", "nb-NO")
    p = po("4500031709", s, "NOK", "2026-11-27", [
        ("CWB-SIDE-2000N", "Side brush 2000 mm, soft foam, 3/8 hub", 4, "EA", "7450.00", "2026-12-11"),
        ("CWB-WHL-400N", "Wheel brush 400 mm, 24V", 6, "EA", "2190.00", "2026-12-08"),
    ], buyer="jonas")
    body = ("Hei Jonas\n\nBekrefter ordre 4500031709 med priser og antall som bestilt. Levering uke 50 for alt.\n\n"
            "Mvh\nOla Berg\nVasketeknikk AS\n\nSendt fra min iPhone")
    eml = build(slug, p=p, frm=("Ola Berg", "ola.berg@vasketeknikk.example"),
                date=("2026-11-30 07:12:44", "+0100"), body=body, lang="nb", client="iphone", quote="apple",
                attrib="27. nov. 2026 kl. 09:41 skrev Jonas Eklund <jonas.eklund@kestrel-supply.example>:")
    d = "2026-12-11"
    return [p], eml, conf([(p, {1: A, 2: C(d=d)})],
                          "'uke 50' = Friday 2026-12-11: equal to line 1's requested date, later than line 2's 12-08.")


@case("steel-wool-czech-per-piece-box", "confirmation/cs-CZ",
      "Czech reply gives pieces and price per piece (Kč/ks) for a PO in boxes of 12; one line's price changes.")
def c_wool_cz(slug):
    s = sup("DRATEN", "Drátěnky Morava s.r.o.", "prodej@dratenky-morava.example", "cs-CZ")
    p = po("4500031717", s, "CZK", "2026-11-30", [
        ("SW-PAD-0-12", "Steel wool pads grade 0, box of 12", 50, "BOX", "540.00", "2026-12-16"),
        ("SW-PAD-000-12", "Steel wool pads grade 000, box of 12", 30, "BOX", "576.00", "2026-12-16"),
    ])
    body = ("Dobrý den,\n\npotvrzujeme objednávku 4500031717:\n\n"
            "pol. 1: 600 ks drátěnek jemnost 0 (50 krabic po 12 ks), cena 45,50 Kč/ks, dodání 16. 12. 2026\n"
            "pol. 2: 360 ks jemnost 000 (30 krabic), cena 48,00 Kč/ks, dodání 16. 12. 2026\n\n"
            "S pozdravem\nPetr Novotný\nDrátěnky Morava s.r.o.\nPrůmyslová 1420, 755 01 Vsetín\ntel. +420 571 411 208")
    eml = build(slug, p=p, frm=("Petr Novotný", "petr.novotny@dratenky-morava.example"),
                date=("2026-12-03 09:37:14", "+0100"), body=body, lang="cs", charset="utf-8", client="gmail",
                quote="gmail", attrib="po 30. 11. 2026 v 9:41 odesílatel Laura Beck <laura.beck@kestrel-supply.example> napsal:")
    return [p], eml, conf([(p, {1: C(p="546.00"), 2: A})],
                          "Per-piece prices x 12: 45,50 x 12 = 546.00 CZK/box (changed), 48,00 x 12 = 576.00 (as ordered); 600 ks = 50 boxes.")
